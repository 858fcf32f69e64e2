"""The SQLite ledger: documents, claims and the conclusions drawn from them.

SQLite because the ledger is a file an analyst can open anywhere; the cross-document
stages read it into DuckDB/Arrow tables when they need set operations at scale.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsledger.model import (
    Actor,
    ArithmeticCheck,
    Claim,
    Document,
    DocumentResult,
    Event,
    Fact,
    Mention,
    Story,
    TimelineEntry,
)
from newsledger.store.schema import MIGRATIONS, SCHEMA_VERSION

CLAIM_COLUMNS = (
    "document_id doc quote low high bound unit event subject claimant claimant_aliases via time "
    "statement_time hedged negated derived basis kind sentence span_start span_end sentence_start "
    "sentence_end run_id"
).split()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LedgerError(RuntimeError):
    """A ledger file that cannot be used as it is; the message says why, for the user."""


# Tables of schema 1: a version-0 file holding other tables is someone else's database.
_OWN_TABLES = {"runs", "sources", "documents", "claims", "mentions", "events"}


class Ledger:
    """One ledger file. Use as a context manager; every write is committed on exit."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                if self.path.is_dir():
                    raise LedgerError(f"{self.path} is a directory, not a ledger file")
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path))
        except (OSError, sqlite3.Error) as e:
            raise LedgerError(f"cannot open the ledger {self.path}: {e}") from e
        try:
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self.migrate()  # first: a file we refuse must not be switched to WAL either
            self.db.execute("PRAGMA journal_mode = WAL") if str(path) != ":memory:" else None
        except sqlite3.DatabaseError as e:
            self.db.close()
            raise LedgerError(f"{self.path} is not a newsledger ledger ({e})") from e
        except LedgerError:
            self.db.close()
            raise

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    # -- schema -------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring an older (or new, empty) ledger up to the current schema."""
        current = self.version
        if current > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.path} was written by a newer newsledger (schema {current}; this one reads up to "
                f"{SCHEMA_VERSION}): upgrade newsledger or use another --db"
            )
        if current == 0:
            tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables - _OWN_TABLES:
                raise LedgerError(
                    f"{self.path} is a SQLite file with other tables ({', '.join(sorted(tables)[:5])}), "
                    "not a newsledger ledger: it was left untouched"
                )
        for number in range(current, SCHEMA_VERSION):
            self.db.executescript(MIGRATIONS[number])
            self.db.execute(f"PRAGMA user_version = {number + 1}")
        self.db.commit()

    # -- runs -----------------------------------------------------------------------------
    def start_run(self, inputs: Iterable[str]) -> int:
        cur = self.db.execute("INSERT INTO runs (started, inputs) VALUES (?, ?)", (_now(), json.dumps(list(inputs))))
        self.db.commit()
        return int(cur.lastrowid)  # type: ignore[arg-type]

    def finish_run(self, run_id: int, **counts: int) -> None:
        sets = ", ".join(f"{k} = ?" for k in counts)
        self.db.execute(
            f"UPDATE runs SET finished = ?{', ' + sets if sets else ''} WHERE id = ?",
            (_now(), *counts.values(), run_id),
        )
        self.db.commit()

    def previous_run(self, run_id: int) -> int | None:
        row = self.db.execute("SELECT max(run_id) FROM snapshots WHERE run_id < ?", (run_id,)).fetchone()
        return row[0] if row and row[0] is not None else None

    # -- documents ----------------------------------------------------------------------------
    def has_document(self, raw_hash: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE raw_hash = ?", (raw_hash,)).fetchone() is not None

    def add_result(self, result: DocumentResult, run_id: int) -> int | None:
        """Store one processed input; None when the same content is already in the ledger.

        A good document replaces what the ledger held for its source (an earlier rejection, or
        an earlier version of an updated page) and a rejection of the same bytes, so a fetch
        that failed yesterday or a reader fixed since does not stay rejected for ever. Its
        name is made unique, because the cross-document stages key documents by name.
        """
        d = result.document
        key = d.raw_hash or f"rejected:{d.source}:{d.reason}"
        existing = self.db.execute("SELECT status FROM documents WHERE raw_hash = ?", (key,)).fetchone()
        if existing is not None and not (existing["status"] != "ok" and d.status == "ok"):
            self.db.execute("UPDATE sources SET last_run = ? WHERE source = ?", (run_id, d.source))
            return None
        if d.status == "ok":
            self.db.execute("DELETE FROM documents WHERE source = ? OR raw_hash = ?", (d.source, key))
        else:  # the latest reason a source failed is the one worth showing
            self.db.execute("DELETE FROM documents WHERE source = ? AND status != 'ok'", (d.source,))
        name = self._unique_name(d.doc, d.source)
        if name != d.doc:
            result = _renamed(result, name)
            d = result.document
        self.db.execute(
            "INSERT INTO sources (source, first_run, last_run) VALUES (?, ?, ?) "
            "ON CONFLICT(source) DO UPDATE SET last_run = excluded.last_run",
            (d.source, run_id, run_id),
        )
        cur = self.db.execute(
            """INSERT INTO documents (doc, source, raw_hash, status, reason, title, author, outlet, outlet_basis,
               published, published_basis, published_confidence, dateline, language, url, body, dropped, run_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (d.doc, d.source, key, d.status, d.reason, d.title, d.author, d.outlet, d.outlet_basis,
             d.published, d.published_basis, d.published_confidence, d.dateline, d.language, d.url,
             d.body, json.dumps(d.dropped), run_id),
        )
        doc_id = int(cur.lastrowid)  # type: ignore[arg-type]
        self.db.executemany(
            f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})",
            [_claim_row(c, doc_id, run_id) for c in result.claims],
        )
        self.db.executemany(
            'INSERT INTO mentions (document_id, doc, text, label, role, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(doc_id, m.doc, m.text, m.label, m.role, m.start, m.end) for m in result.mentions],
        )
        self.db.executemany(
            'INSERT INTO events (document_id, doc, "when", what, claimant, sentence, span_start, span_end) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, e.doc, e.when, e.what, e.claimant, e.sentence, e.span[0], e.span[1]) for e in result.events],
        )
        return doc_id

    def _unique_name(self, name: str, source: str) -> str:
        """`name`, or a longer one when another source already stored a document under it."""
        def taken(n: str) -> bool:
            row = self.db.execute("SELECT 1 FROM documents WHERE doc = ? AND source != ?", (n, source)).fetchone()
            return row is not None

        if not taken(name):
            return name
        parent = Path(source).parent.name
        candidates = [f"{parent}/{name}"] if parent and "://" not in source else []
        candidates += [f"{name} ({k})" for k in range(2, 10_000)]
        return next(n for n in candidates if not taken(n))

    def documents(self, status: str | None = None) -> list[Document]:
        sql = "SELECT * FROM documents" + (" WHERE status = ?" if status else "") + " ORDER BY id"
        rows = self.db.execute(sql, (status,) if status else ()).fetchall()
        out = []
        for r in rows:
            d = Document(doc=r["doc"], source=r["source"], raw_hash=r["raw_hash"])
            for key in ("body", "title", "author", "outlet", "outlet_basis", "published", "published_basis",
                        "published_confidence", "dateline", "language", "url", "status", "reason"):
                setattr(d, key, r[key] if r[key] is not None else getattr(d, key))
            d.dropped = json.loads(r["dropped"] or "[]")
            out.append(d)
        return out

    def claims(self) -> list[tuple[int, Claim]]:
        rows = self.db.execute(
            "SELECT c.* FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.status = 'ok' ORDER BY c.id"
        ).fetchall()
        return [(r["id"], _claim_from_row(r)) for r in rows]

    def mentions(self) -> list[Mention]:
        rows = self.db.execute('SELECT doc, text, label, role, start, "end" FROM mentions').fetchall()
        return [Mention(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def events(self) -> list[Event]:
        rows = self.db.execute('SELECT doc, "when", what, claimant, sentence, span_start, span_end FROM events').fetchall()
        return [Event(r[0], r[1], r[2], r[3], r[4], (r[5], r[6])) for r in rows]

    # -- conclusions ------------------------------------------------------------------------
    def replace_conclusions(
        self,
        *,
        stories: list[Story],
        actors: list[Actor],
        facts: list[Fact],
        fact_claim_ids: dict[str, list[int]],
        timeline: list[TimelineEntry],
        checks: list[ArithmeticCheck],
    ) -> None:
        """Cross-document results are derived data: each run rewrites them whole."""
        for table in ("fact_claims", "facts", "stories", "actors", "timeline", "checks"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.executemany(
            "INSERT INTO stories VALUES (?, ?, ?, ?)",
            [(s.id, s.title, json.dumps(s.docs), json.dumps([list(p) for p in s.duplicates])) for s in stories],
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO actors VALUES (?, ?, ?, ?, ?)",
            [(a.canonical, a.type, json.dumps(a.aliases), a.role, json.dumps(a.docs)) for a in actors],
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(f.id, f.story, f.label, f.unit, f.event, f.subject, f.status, f.low, f.high, f.independent_sources,
              f.reports, json.dumps(f.latest, default=str), json.dumps(f.routes, default=str), json.dumps(f.notes))
             for f in facts],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO fact_claims VALUES (?, ?)",
            [(fid, cid) for fid, ids in fact_claim_ids.items() for cid in ids],
        )
        self.db.executemany(
            'INSERT INTO timeline (story, "when", what, claimant, docs, evidence) VALUES (?, ?, ?, ?, ?, ?)',
            [(t.story, t.when, t.what, t.claimant, json.dumps(t.docs), json.dumps(t.evidence, default=str))
             for t in timeline],
        )
        self.db.executemany(
            "INSERT INTO checks (kind, description, expected, observed, fits, claims) VALUES (?, ?, ?, ?, ?, ?)",
            [(c.kind, c.description, c.expected, c.observed, int(c.fits), json.dumps(c.claims)) for c in checks],
        )
        self.db.commit()

    def save_snapshot(self, run_id: int, payload: dict[str, Any]) -> None:
        self.db.execute("INSERT OR REPLACE INTO snapshots VALUES (?, ?)", (run_id, json.dumps(payload, default=str)))
        self.db.commit()

    def snapshot(self, run_id: int) -> dict[str, Any] | None:
        row = self.db.execute("SELECT payload FROM snapshots WHERE run_id = ?", (run_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def save_changes(self, run_id: int, changes: list[dict[str, Any]]) -> None:
        self.db.executemany(
            "INSERT INTO changes VALUES (?, ?, ?, ?)",
            [(run_id, c.get("kind"), c.get("description"), json.dumps(c, default=str)) for c in changes],
        )
        self.db.commit()


def _renamed(result: DocumentResult, name: str) -> DocumentResult:
    """The same result under another document name (claims, mentions and events carry it too)."""
    return DocumentResult(
        document=replace(result.document, doc=name),
        claims=[replace(c, doc=name) for c in result.claims],
        mentions=[replace(m, doc=name) for m in result.mentions],
        events=[replace(e, doc=name) for e in result.events],
    )


def _claim_row(c: Claim, doc_id: int, run_id: int) -> tuple:
    return (
        doc_id, c.doc, c.quote, c.low, c.high, c.bound, c.unit, c.event, c.subject, c.claimant,
        json.dumps(c.claimant_aliases), json.dumps(c.via), c.time, c.statement_time, int(c.hedged),
        int(c.negated), int(c.derived), c.basis, c.kind, c.sentence, c.span[0], c.span[1],
        c.sentence_span[0], c.sentence_span[1], run_id,
    )


def _claim_from_row(r: sqlite3.Row) -> Claim:
    """A Claim from its row; NULLs (rows of an older ledger, or written by hand) read as the model's
    defaults, because the cross-document stages do arithmetic on spans and compare kinds."""
    def pair(a: str, b: str) -> tuple[int, int]:
        return (r[a], r[b]) if r[a] is not None and r[b] is not None else (0, 0)

    return Claim(
        doc=r["doc"], quote=r["quote"], low=r["low"], high=r["high"], bound=r["bound"] or "exact", unit=r["unit"],
        event=r["event"], subject=r["subject"], claimant=r["claimant"], via=json.loads(r["via"] or "[]"),
        time=r["time"], hedged=bool(r["hedged"]), negated=bool(r["negated"]), sentence=r["sentence"] or "",
        span=pair("span_start", "span_end"), claimant_aliases=json.loads(r["claimant_aliases"] or "[]"),
        derived=bool(r["derived"]), basis=r["basis"], statement_time=r["statement_time"], kind=r["kind"] or "count",
        sentence_span=pair("sentence_start", "sentence_end"),
    )
