"""Read-only SQL over the ledger for power users, bounded in time, rows and size.

Three locks keep it read-only and contained: the file is opened with `mode=ro`, the
connection is `query_only`, and an authorizer allows reads and functions but refuses
ATTACH (which would reach other files on disk), PRAGMA and every kind of write. A progress
handler stops a query that runs past its time limit.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

MAX_SQL = 5000
NO_NUL = r"^[^\x00]*$"  # SQLite reads a statement only up to its first NUL
MAX_ROWS = 1000
MAX_CELL = 10_000
TIME_LIMIT = 1.0

_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
            getattr(sqlite3, "SQLITE_RECURSIVE", 33)}


class SqlError(ValueError):
    """A query refused or failed; the message is safe to show."""


def _authorize(action: int, arg1: str | None, arg2: str | None, db: str | None,
               trigger: str | None) -> int:
    if action in _ALLOWED:
        if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in ("load_extension",
                                                                            "readfile", "writefile"):
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def run_sql(db_path: Path, sql: str, limit: int = MAX_ROWS,
            seconds: float = TIME_LIMIT) -> dict[str, Any]:
    """Columns, up to `limit` rows (cells as text, numbers or null), and whether it was cut."""
    sql = sql.strip().rstrip(";").strip()
    if not sql:
        raise SqlError("no query given")
    if len(sql) > MAX_SQL:
        raise SqlError(f"a query may be at most {MAX_SQL} characters")
    if "\x00" in sql:
        raise SqlError("a query may not contain a NUL character")
    if not sqlite3.complete_statement(sql + ";"):
        raise SqlError("the query is not one complete SQL statement")
    path = Path(db_path)
    if not path.is_file():
        raise SqlError("no readable ledger")
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, check_same_thread=False)
    started = time.monotonic()
    deadline = started + seconds
    try:
        conn.execute("PRAGMA query_only = 1")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 5_000_000)
        conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL * 2)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.set_authorizer(_authorize)
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 2000)
        try:
            cur = conn.execute(sql)
            if cur.description is None:
                raise SqlError("only queries that return rows are allowed")
            columns = [d[0] for d in cur.description]
            rows = cur.fetchmany(limit + 1)
        except sqlite3.OperationalError as e:
            if "interrupted" in str(e):
                raise SqlError(f"the query ran longer than {seconds:g} s and was stopped") from None
            raise SqlError(_clean(e)) from None
        except sqlite3.Warning as e:  # more than one statement
            raise SqlError(_clean(e)) from None
        except sqlite3.DatabaseError as e:
            raise SqlError(_clean(e)) from None
    finally:
        conn.close()
    return {"columns": columns, "rows": [[_cell(v) for v in r] for r in rows[:limit]],
            "truncated": len(rows) > limit,
            "elapsed_ms": round((time.monotonic() - started) * 1000, 1)}


def _clean(e: Exception) -> str:
    text = str(e)
    if "not authorized" in text:
        return "not allowed here: only reading queries (SELECT, WITH) run against the ledger"
    return text


def _cell(v: Any) -> str | int | float | None:
    if isinstance(v, bytes):
        return f"<{len(v)} bytes>"
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return str(v)
    if isinstance(v, int) and abs(v) > 2**53:
        return str(v)
    if isinstance(v, str) and len(v) > MAX_CELL:
        return v[:MAX_CELL] + "…"
    return v
