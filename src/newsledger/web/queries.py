"""Read-only queries over the SQLite ledger for the pages that are not plain tables: the
index, a story (read back into model objects for the report's view builder) and a document.
The workbench's tables are declared in tables.py.

The schema is store/schema.py (the single source of truth); this module only reads it.
Claims and documents are joined on `claims.document_id`, and `doc` (the input's base
name) is what claims, stories and timeline entries use to name a report. JSON columns
hold lists. A table or column that is missing reads as empty, so a partial or older
ledger still browses instead of erroring.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from newsledger.link.names import Canon, actor_map
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

CLAIM_COLUMNS = ("id", "document_id", "doc", "quote", "low", "high", "bound", "unit", "event",
                 "subject", "claimant", "claimant_aliases", "via", "time", "statement_time",
                 "hedged", "negated", "derived", "basis", "kind", "sentence", "span_start",
                 "span_end", "sentence_start", "sentence_end")
_CLAIM_SELECT = ", ".join("c." + c for c in CLAIM_COLUMNS)
_OK_DOC = "d.status = 'ok'"


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


def _rows(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> list[dict[str, Any]]:
    """Rows as dicts; a table or column an older or partial ledger lacks reads as no rows.

    Any other database error (locked for too long, corrupt file, I/O) is raised: a page must
    show an error rather than pass an unreadable ledger off as an empty one.
    """
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    except sqlite3.OperationalError as e:
        if str(e).startswith(("no such table", "no such column")):
            return []
        raise


def _json(value: Any, default: Any) -> Any:
    if value is None or value == "":
        return default
    try:
        out = json.loads(value)
    except (TypeError, ValueError):
        return default
    return out if isinstance(out, type(default)) else default


def _story_of(conn: sqlite3.Connection) -> dict[str, str]:
    """Document name -> story id, from the stories' JSON lists of documents."""
    out: dict[str, str] = {}
    for s in _rows(conn, "SELECT id, docs FROM stories"):
        for doc in _json(s["docs"], []):
            out.setdefault(str(doc), s["id"])
    return out


# ---- lists for pages and the API ------------------------------------------------------


def stories(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Stories with counts of reports, claims, facts and disputed facts, biggest first."""
    claims_per_doc = {r["doc"]: r["n"] for r in _rows(
        conn, f"SELECT c.doc, count(*) AS n FROM claims c JOIN documents d ON d.id = c.document_id "
              f"WHERE {_OK_DOC} GROUP BY c.doc")}
    fact_counts = {r["story"]: r for r in _rows(
        conn, "SELECT story, count(*) AS n, sum(status IN ('conflicting','superseded')) AS disputed "
              "FROM facts GROUP BY story")}
    out = []
    for s in _rows(conn, "SELECT id, title, docs, duplicates FROM stories"):
        docs = [str(d) for d in _json(s["docs"], [])]
        counts = fact_counts.get(s["id"]) or {}
        out.append({"id": s["id"], "title": s["title"] or s["id"], "docs": len(docs),
                    "duplicates": len(_json(s["duplicates"], [])),
                    "claims": sum(claims_per_doc.get(d, 0) for d in docs),
                    "facts": counts.get("n") or 0,
                    "disputed": counts.get("disputed") or 0})
    out.sort(key=lambda s: (-s["docs"], -s["claims"], str(s["title"])))
    return out


def facts(conn: sqlite3.Connection, status: str | None = None, unit: str | None = None,
          story: str | None = None) -> list[dict[str, Any]]:
    """Facts, most-reported first, with their claim count and decoded JSON lists."""
    where, args = _where({"f.status": status, "f.unit": unit, "f.story": story})
    rows = _rows(conn, "SELECT f.*, (SELECT count(*) FROM fact_claims fc WHERE fc.fact_id = f.id)"
                       f" AS n_claims FROM facts f {where} "
                       "ORDER BY f.reports DESC, f.independent_sources DESC, n_claims DESC, f.id",
                 args)
    for r in rows:
        for key in ("latest", "routes", "notes"):
            r[key] = _json(r.get(key), [])
    return rows


def actors(conn: sqlite3.Connection) -> list[Actor]:
    """The resolved actors, so every page names a claimant by its actor's canonical name."""
    return [Actor(canonical=a["canonical"], type=a.get("type") or "", aliases=[str(x) for x in _json(a.get("aliases"), [])],
                  role=a.get("role"), docs=[str(x) for x in _json(a.get("docs"), [])])
            for a in _rows(conn, "SELECT canonical, type, aliases, role, docs FROM actors") if a.get("canonical")]


def _canonical_claims(rows: list[dict[str, Any]], canon: Canon) -> None:
    """Claim rows name their claimant and intermediaries canonically; the report's spelling
    stays in `claimant_as_written`."""
    for r in rows:
        r["claimant_as_written"] = r.get("claimant")
        r["claimant"] = canon(r.get("claimant"), r.get("claimant_aliases")) if r.get("claimant") else None
        r["via"] = [v for v in dict.fromkeys(canon(v) for v in r.get("via") or []) if v]


def _decode_claim(r: dict[str, Any]) -> None:
    r["via"] = [str(v) for v in _json(r.get("via"), [])]
    r["claimant_aliases"] = [str(v) for v in _json(r.get("claimant_aliases"), [])]
    r["hedged"], r["negated"] = bool(r.get("hedged")), bool(r.get("negated"))
    r["derived"] = bool(r.get("derived"))


def document(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """One input by its name; an accepted one wins over a rejected input of the same name."""
    rows = _rows(conn, "SELECT * FROM documents WHERE doc = ? ORDER BY status != 'ok', id DESC",
                 (name,))
    if not rows:
        return None
    d = rows[0]
    d["dropped"] = _json(d.get("dropped"), [])
    d["story"] = _story_of(conn).get(d["doc"]) if d.get("status") == "ok" else None
    return d


def document_claims(conn: sqlite3.Connection, document_id: int) -> list[dict[str, Any]]:
    """The claims read from one stored document, in text order."""
    rows = _rows(conn, f"SELECT {_CLAIM_SELECT} FROM claims c WHERE c.document_id = ? "
                       "ORDER BY c.span_start, c.id", (document_id,))
    for r in rows:
        _decode_claim(r)
    _canonical_claims(rows, Canon(actor_map(actors(conn))))
    return rows


def timeline(conn: sqlite3.Connection, story: str | None = None) -> list[dict[str, Any]]:
    where, args = _where({"story": story})
    rows = _rows(conn, f'SELECT id, story, "when", what, claimant, docs, evidence FROM timeline '
                       f'{where} ORDER BY "when", id', args)
    for r in rows:
        r["docs"] = [str(d) for d in _json(r.get("docs"), [])]
        r["evidence"] = _json(r.get("evidence"), [])
    return rows


def latest_run(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The newest run with its inputs, counts and the changes it found since the one before."""
    rows = _rows(conn, "SELECT * FROM runs ORDER BY id DESC LIMIT 1")
    if not rows:
        return None
    run = rows[0]
    run["inputs"] = [str(i) for i in _json(run.get("inputs"), [])]
    run["changes"] = _rows(conn, "SELECT kind, description FROM changes WHERE run_id = ? "
                                 "ORDER BY rowid", (run["id"],))
    run["n_runs"] = (_rows(conn, "SELECT count(*) AS n FROM runs") or [{"n": 1}])[0]["n"]
    return run


def totals(conn: sqlite3.Connection) -> dict[str, int]:
    """Headline counts of the whole ledger."""
    def one(sql: str) -> int:
        rows = _rows(conn, sql)
        return int(rows[0]["n"] or 0) if rows else 0

    return {"documents": one("SELECT count(*) AS n FROM documents WHERE status = 'ok'"),
            "rejected": one("SELECT count(*) AS n FROM documents WHERE status != 'ok'"),
            "claims": one(f"SELECT count(*) AS n FROM claims c JOIN documents d "
                          f"ON d.id = c.document_id WHERE {_OK_DOC}"),
            "facts": one("SELECT count(*) AS n FROM facts"),
            "timeline": one("SELECT count(*) AS n FROM timeline")}


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
                 sentence_span=(r.get("sentence_start") or 0, r.get("sentence_end") or 0),
                 claimant_as_written=r.get("claimant_as_written"))


def _document_obj(d: dict[str, Any]) -> Document:
    return Document(doc=d["doc"], source=d.get("source") or "", raw_hash=d.get("raw_hash") or "",
                    title=d.get("title"), author=d.get("author"), outlet=d.get("outlet"),
                    published=d.get("published"), url=d.get("url"),
                    status=d.get("status") or "ok", reason=d.get("reason"))


def load_story(conn: sqlite3.Connection, story_id: str) -> Ledger | None:
    """One story as a Ledger (documents, claims, facts, timeline, checks); None if unknown."""
    rows = _rows(conn, "SELECT * FROM stories WHERE id = ?", (story_id,))
    if not rows:
        return None
    s = rows[0]
    story = Story(id=s["id"], title=s["title"] or s["id"],
                  docs=[str(d) for d in _json(s["docs"], [])],
                  duplicates=[(str(p[0]), str(p[1])) for p in _json(s["duplicates"], [])
                              if isinstance(p, list) and len(p) == 2])
    members = set(story.docs)
    docs_json = json.dumps(story.docs)
    docs = [_document_obj(d) for d in _rows(
        conn, "SELECT * FROM documents d WHERE d.status = 'ok' AND d.doc IN "
              "(SELECT value FROM json_each(?)) ORDER BY d.published, d.doc", (docs_json,))]
    all_claims = _rows(conn, f"SELECT {_CLAIM_SELECT} FROM claims c JOIN documents d "
                             f"ON d.id = c.document_id WHERE {_OK_DOC} AND c.doc IN "
                             "(SELECT value FROM json_each(?)) ORDER BY c.doc, c.span_start",
                       (docs_json,))
    for c in all_claims:
        _decode_claim(c)
    known = actors(conn)
    _canonical_claims(all_claims, Canon(actor_map(known)))
    by_id = {c["id"]: claim_from_row(c) for c in all_claims}
    links: dict[str, list[int]] = {}
    for r in _rows(conn, "SELECT fc.fact_id, fc.claim_id FROM fact_claims fc JOIN facts f "
                         "ON f.id = fc.fact_id WHERE f.story = ?", (story_id,)):
        links.setdefault(r["fact_id"], []).append(r["claim_id"])
    fact_objs = [Fact(id=f["id"], unit=f.get("unit"), event=f.get("event"),
                      subject=f.get("subject"), status=f.get("status") or "",
                      low=f.get("low"), high=f.get("high"),
                      independent_sources=f.get("independent_sources") or 0,
                      reports=f.get("reports") or 0, label=f.get("label") or "",
                      story=f.get("story"), latest=f["latest"], routes=f["routes"],
                      notes=f["notes"],
                      claims=[by_id[i] for i in links.get(f["id"], []) if i in by_id])
                 for f in facts(conn, story=story_id)]
    entries = [TimelineEntry(when=t["when"] or "", what=t["what"] or "", claimant=t["claimant"],
                             docs=t["docs"], evidence=t["evidence"], story=t["story"])
               for t in timeline(conn) if t["story"] == story_id
               or (t["story"] is None and set(t["docs"]) & members)]
    checks = [ArithmeticCheck(kind=c["kind"] or "", description=c["description"] or "",
                              expected=c["expected"], observed=c["observed"],
                              fits=bool(c["fits"]), claims=[str(x) for x in _json(c["claims"], [])])
              for c in _rows(conn, "SELECT * FROM checks ORDER BY id")]
    checks = [c for c in checks if c.claims and {ref.rsplit(":", 1)[0] for ref in c.claims} <= members]
    return Ledger(documents=docs, claims=list(by_id.values()), facts=fact_objs, actors=known,
                  stories=[story], timeline=entries, checks=checks, title=story.title)

