"""Read-only queries over the SQLite ledger, and the schema they assume.

The web UI reads the ledger the store writes. The schema below is the contract between
them: one table per domain object, lists and dicts stored as JSON text, rejected inputs
kept in `documents` with status 'rejected' and a reason. Tables that are missing read as
empty, so a partial or older ledger still browses instead of erroring.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from newsledger.model import (
    Actor,
    ArithmeticCheck,
    Claim,
    Document,
    Fact,
    Story,
    TimelineEntry,
)
from newsledger.report.bundle import Ledger

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  doc TEXT PRIMARY KEY,            -- input name, as in Document.doc
  source TEXT, raw_hash TEXT, title TEXT, author TEXT, outlet TEXT, outlet_basis TEXT,
  published TEXT,                  -- ISO date
  published_basis TEXT, published_confidence REAL, dateline TEXT, language TEXT, url TEXT,
  status TEXT NOT NULL DEFAULT 'ok',   -- ok | rejected
  reason TEXT,                     -- why rejected
  body TEXT,                       -- cleaned body; claim spans index into it
  story TEXT                       -- stories.id, or NULL
);
CREATE TABLE IF NOT EXISTS claims (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(doc),
  quote TEXT, low REAL, high REAL, bound TEXT, unit TEXT, event TEXT, subject TEXT,
  claimant TEXT,
  claimant_aliases TEXT,           -- JSON list
  via TEXT,                        -- JSON list
  time TEXT, hedged INTEGER, negated INTEGER, sentence TEXT,
  span_start INTEGER, span_end INTEGER, sentence_start INTEGER, sentence_end INTEGER,
  derived INTEGER DEFAULT 0, basis TEXT, statement_time TEXT, kind TEXT
);
CREATE TABLE IF NOT EXISTS facts (
  id TEXT PRIMARY KEY, story TEXT, label TEXT, unit TEXT, event TEXT, subject TEXT,
  status TEXT,                     -- consistent | conflicting | superseded | single-source
  low REAL, high REAL, independent_sources INTEGER, reports INTEGER,
  latest TEXT, routes TEXT, notes TEXT   -- JSON lists
);
CREATE TABLE IF NOT EXISTS fact_claims (
  fact_id TEXT NOT NULL REFERENCES facts(id),
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  PRIMARY KEY (fact_id, claim_id)
);
CREATE TABLE IF NOT EXISTS actors (
  canonical TEXT PRIMARY KEY, type TEXT, aliases TEXT, role TEXT, docs TEXT  -- JSON lists
);
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY, title TEXT,
  docs TEXT,                       -- JSON list of documents.doc
  duplicates TEXT                  -- JSON list of [doc, copy_of_doc]
);
CREATE TABLE IF NOT EXISTS timeline (
  id INTEGER PRIMARY KEY, story TEXT,
  "when" TEXT,                     -- ISO date, month or 'start/end'
  what TEXT, claimant TEXT,
  docs TEXT, evidence TEXT         -- JSON lists
);
CREATE TABLE IF NOT EXISTS checks (
  id INTEGER PRIMARY KEY, story TEXT, kind TEXT, description TEXT,
  expected REAL, observed REAL, fits INTEGER,
  claims TEXT                      -- JSON list of 'doc:start-end'
);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY, started TEXT, finished TEXT,
  inputs INTEGER, documents INTEGER, rejected INTEGER, claims INTEGER,
  changes TEXT                     -- JSON list of {kind, description}
);
"""

CLAIM_COLUMNS = ("id, doc, quote, low, high, bound, unit, event, subject, claimant, "
                 "claimant_aliases, via, time, hedged, negated, sentence, span_start, span_end, "
                 "sentence_start, sentence_end, derived, basis, statement_time, kind")


def connect(db_path: Path) -> sqlite3.Connection | None:
    """Open the ledger read-only; None when the file is missing or is not SQLite."""
    path = Path(db_path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("SELECT name FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.DatabaseError:
        return None


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _rows(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> list[dict[str, Any]]:
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    except sqlite3.OperationalError:  # table or column missing in an older ledger
        return []


def _json(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return default


# ---- lists for pages and the API ------------------------------------------------------


def stories(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Stories with counts of reports, claims, facts and disputed facts."""
    out = []
    for s in _rows(conn, "SELECT id, title, docs, duplicates FROM stories ORDER BY title"):
        docs = _json(s["docs"], [])
        marks = ",".join("?" * len(docs)) or "NULL"
        n_claims = _rows(conn, f"SELECT count(*) AS n FROM claims WHERE doc IN ({marks})",
                         tuple(docs))
        counts = _rows(conn, "SELECT count(*) AS n, sum(status IN ('conflicting','superseded')) "
                             "AS disputed FROM facts WHERE story = ?", (s["id"],))
        out.append({"id": s["id"], "title": s["title"] or s["id"], "docs": len(docs),
                    "duplicates": len(_json(s["duplicates"], [])),
                    "claims": n_claims[0]["n"] if n_claims else 0,
                    "facts": counts[0]["n"] if counts else 0,
                    "disputed": (counts[0]["disputed"] or 0) if counts else 0})
    return out


def facts(conn: sqlite3.Connection, status: str | None = None, unit: str | None = None,
          story: str | None = None) -> list[dict[str, Any]]:
    where, args = _where({"status": status, "unit": unit, "story": story})
    rows = _rows(conn, "SELECT f.*, (SELECT count(*) FROM fact_claims fc WHERE fc.fact_id = f.id)"
                       f" AS n_claims FROM facts f {where} ORDER BY reports DESC, id", args)
    for r in rows:
        for key in ("latest", "routes", "notes"):
            r[key] = _json(r.get(key), [])
    return rows


def claims(conn: sqlite3.Connection, doc: str | None = None, claimant: str | None = None,
           unit: str | None = None, fact: str | None = None, q: str | None = None,
           limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """Claims filtered by exact fields and a case-insensitive text search."""
    where, args = _where({"c.doc": doc, "c.claimant": claimant, "c.unit": unit})
    clauses = [where[len("WHERE "):]] if where else []
    if fact:
        clauses.append("c.id IN (SELECT claim_id FROM fact_claims WHERE fact_id = ?)")
        args += (fact,)
    if q:
        clauses.append("(c.sentence LIKE ? OR c.quote LIKE ? OR c.subject LIKE ? "
                       "OR c.claimant LIKE ?)")
        like = f"%{q}%"
        args += (like, like, like, like)
    sql = (f"SELECT {', '.join('c.' + c.strip() for c in CLAIM_COLUMNS.split(','))}, "
           "d.outlet, d.published, (SELECT min(fact_id) FROM fact_claims fc "
           "WHERE fc.claim_id = c.id) AS fact FROM claims c LEFT JOIN documents d ON d.doc = c.doc"
           + (" WHERE " + " AND ".join(clauses) if clauses else "")
           + " ORDER BY d.published, c.doc, c.span_start LIMIT ? OFFSET ?")
    rows = _rows(conn, sql, (*args, max(1, min(int(limit), 1000)), max(0, int(offset))))
    for r in rows:
        r["via"] = _json(r.get("via"), [])
        r["claimant_aliases"] = _json(r.get("claimant_aliases"), [])
        r["hedged"], r["negated"] = bool(r.get("hedged")), bool(r.get("negated"))
    return rows


def documents(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _rows(conn, "SELECT d.doc, d.source, d.title, d.outlet, d.published, d.status, "
                       "d.reason, d.url, d.story, (SELECT count(*) FROM claims c "
                       "WHERE c.doc = d.doc) AS n_claims FROM documents d "
                       "ORDER BY d.status != 'ok', d.published, d.doc")


def document(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    rows = _rows(conn, "SELECT * FROM documents WHERE doc = ?", (name,))
    return rows[0] if rows else None


def timeline(conn: sqlite3.Connection, story: str | None = None) -> list[dict[str, Any]]:
    where, args = _where({"story": story})
    rows = _rows(conn, f'SELECT id, story, "when", what, claimant, docs, evidence FROM timeline '
                       f'{where} ORDER BY "when", id', args)
    for r in rows:
        r["docs"] = _json(r.get("docs"), [])
        r["evidence"] = _json(r.get("evidence"), [])
    return rows


def distinct(conn: sqlite3.Connection, table: str, column: str) -> list[str]:
    """Values for a filter drop-down; table and column come from our code, never the user."""
    return [r["v"] for r in _rows(conn, f"SELECT DISTINCT {column} AS v FROM {table} "
                                        f"WHERE {column} IS NOT NULL ORDER BY v")]


def latest_run(conn: sqlite3.Connection) -> dict[str, Any] | None:
    rows = _rows(conn, "SELECT * FROM runs ORDER BY id DESC LIMIT 1")
    if not rows:
        return None
    rows[0]["changes"] = _json(rows[0].get("changes"), [])
    return rows[0]


def _where(filters: dict[str, Any]) -> tuple[str, tuple]:
    parts, args = [], []
    for column, value in filters.items():
        if value not in (None, ""):
            parts.append(f"{column} = ?")
            args.append(value)
    return ("WHERE " + " AND ".join(parts) if parts else ""), tuple(args)


# ---- back to model objects, so the story page reuses the report's view builder -------------


def claim_from_row(r: dict[str, Any]) -> Claim:
    return Claim(doc=r["doc"], quote=r.get("quote") or "", low=r.get("low"), high=r.get("high"),
                 bound=r.get("bound") or "exact", unit=r.get("unit"), event=r.get("event"),
                 subject=r.get("subject"), claimant=r.get("claimant"),
                 via=list(r.get("via") or []), time=r.get("time"), hedged=bool(r.get("hedged")),
                 negated=bool(r.get("negated")), sentence=r.get("sentence") or "",
                 span=(r.get("span_start") or 0, r.get("span_end") or 0),
                 claimant_aliases=list(r.get("claimant_aliases") or []),
                 derived=bool(r.get("derived")), basis=r.get("basis"),
                 statement_time=r.get("statement_time"), kind=r.get("kind") or "count",
                 sentence_span=(r.get("sentence_start") or 0, r.get("sentence_end") or 0))


def load_story(conn: sqlite3.Connection, story_id: str) -> Ledger | None:
    """One story as a Ledger (documents, claims, facts, timeline, checks); None if unknown."""
    rows = _rows(conn, "SELECT * FROM stories WHERE id = ?", (story_id,))
    if not rows:
        return None
    s = rows[0]
    story = Story(id=s["id"], title=s["title"] or s["id"], docs=list(_json(s["docs"], [])),
                  duplicates=[tuple(p) for p in _json(s["duplicates"], []) if len(p) == 2])
    members = set(story.docs)
    docs = []
    for name in story.docs:
        d = document(conn, name)
        if d:
            docs.append(Document(doc=d["doc"], source=d.get("source") or "",
                                 raw_hash=d.get("raw_hash") or "", title=d.get("title"),
                                 outlet=d.get("outlet"), published=d.get("published"),
                                 url=d.get("url"), status=d.get("status") or "ok",
                                 reason=d.get("reason")))
    cols = ", ".join("c." + c.strip() for c in CLAIM_COLUMNS.split(","))
    all_claims = _rows(conn, f"SELECT {cols} FROM claims c WHERE c.doc IN "
                             "(SELECT value FROM json_each(?)) ORDER BY c.doc, c.span_start",
                       (json.dumps(story.docs),))
    for c in all_claims:
        c["via"] = _json(c.get("via"), [])
        c["claimant_aliases"] = _json(c.get("claimant_aliases"), [])
    by_id = {c["id"]: claim_from_row(c) for c in all_claims}
    links: dict[str, list[int]] = {}
    for r in _rows(conn, "SELECT fact_id, claim_id FROM fact_claims"):
        links.setdefault(r["fact_id"], []).append(r["claim_id"])
    fact_objs = []
    for f in facts(conn, story=story_id):
        fact_objs.append(Fact(id=f["id"], unit=f.get("unit"), event=f.get("event"),
                              subject=f.get("subject"), status=f.get("status") or "",
                              low=f.get("low"), high=f.get("high"),
                              independent_sources=f.get("independent_sources") or 0,
                              reports=f.get("reports") or 0, label=f.get("label") or "",
                              story=f.get("story"), latest=f["latest"], routes=f["routes"],
                              notes=f["notes"],
                              claims=[by_id[i] for i in links.get(f["id"], []) if i in by_id]))
    entries = [TimelineEntry(when=t["when"] or "", what=t["what"] or "", claimant=t["claimant"],
                             docs=t["docs"], evidence=t["evidence"], story=t["story"])
               for t in timeline(conn) if t["story"] == story_id
               or (t["story"] is None and set(t["docs"]) & members)]
    checks = [ArithmeticCheck(kind=c["kind"] or "", description=c["description"] or "",
                              expected=c["expected"], observed=c["observed"],
                              fits=bool(c["fits"]), claims=_json(c["claims"], []))
              for c in _rows(conn, "SELECT * FROM checks WHERE story = ? OR story IS NULL",
                             (story_id,))]
    checks = [c for c in checks if not c.claims
              or {ref.rsplit(":", 1)[0] for ref in c.claims} & members]
    return Ledger(documents=docs, claims=list(by_id.values()), facts=fact_objs,
                  stories=[story], timeline=entries, checks=checks, title=story.title)


def actors(conn: sqlite3.Connection) -> list[Actor]:
    return [Actor(canonical=r["canonical"], type=r.get("type") or "",
                  aliases=_json(r.get("aliases"), []), role=r.get("role"),
                  docs=_json(r.get("docs"), []))
            for r in _rows(conn, "SELECT * FROM actors ORDER BY canonical")]
