"""Get a ledger ready to serve after a run: search indexes built and story charts drawn once.

`newsledger run` and `newsledger report` build the search index (cheap); the server draws
the charts in the background when it sees a run it has no charts for, and the upload worker
does both after each job. Charts are drawn by the server, not the run, so a run over a
thousand stories does not pay for pictures nobody opens.
A failure here never fails a run: the server still works without (searching with LIKE and
drawing charts itself).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from newsledger.store.charts import save_charts
from newsledger.store.search import FTS_TABLES, build_search
from newsledger.web import queries

log = logging.getLogger("newsledger.web")


def story_charts(conn: sqlite3.Connection, story_id: str) -> tuple[str | None, str | None]:
    """The story page's two charts, drawn from the ledger as the page would draw them."""
    from newsledger.report.context import build_context

    ledger = queries.load_story(conn, story_id)
    if ledger is None:
        return None, None
    view = build_context(ledger, charts=True)["stories"][0]
    return view.get("timeline_svg"), view.get("provenance_svg")


def needs_prepare(db_path: Path) -> bool:
    """Whether the ledger lacks its search index or charts for its newest run."""
    conn = queries.connect(db_path)
    if conn is None:
        return False
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "runs" not in names:
            return False
        if not set(FTS_TABLES) <= names or "story_charts" not in names:
            return True
        run = conn.execute("SELECT max(id) FROM runs").fetchone()[0]
        stale = conn.execute("SELECT count(*) FROM story_charts WHERE run_id IS NOT ?",
                             (run,)).fetchone()[0]
        return bool(stale)
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def prepare(db_path: Path, charts: bool = True) -> bool:
    """Build the search index and (unless `charts` is False) draw every story's charts.

    False when the ledger could not be written (read-only file, locked for long).
    """
    try:
        conn = sqlite3.connect(str(db_path), timeout=30)
        conn.row_factory = sqlite3.Row
    except sqlite3.Error as e:
        log.warning("cannot prepare %s: %s", db_path, e)
        return False
    try:
        build_search(conn)
        if not charts:
            return True
        run = conn.execute("SELECT max(id) FROM runs").fetchone()[0]
        ids = [r[0] for r in conn.execute("SELECT id FROM stories")]
        save_charts(conn, run, {s: story_charts(conn, s) for s in ids})
        return True
    except (sqlite3.Error, OSError) as e:
        log.warning("cannot prepare %s: %s", db_path, e)
        return False
    finally:
        conn.close()
