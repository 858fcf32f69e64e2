"""The SQLite ledger: documents, claims and the conclusions drawn from them.

SQLite because the ledger is a file an analyst can open anywhere; the cross-document
stages read it into DuckDB/Arrow tables when they need set operations at scale.

Several processes may use one ledger at once (two runs, the web server): the file is in WAL
mode, so readers never wait, and every write is a short explicit transaction taken with
`BEGIN IMMEDIATE`. A writer that finds the lock held waits, tells its caller it is waiting
(`on_wait`), and gives up with a plain message only after `wait` seconds. A run stores its
documents a batch at a time (`BatchWriter`), so a killed run keeps what it committed.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
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

# One wait inside SQLite's busy handler; between two waits the caller hears how long it has waited.
BUSY_STEP = 0.25
# How long a writer waits for another process to release the ledger before it gives up.
DEFAULT_WAIT = 600.0

CLAIM_COLUMNS = (
    "document_id doc quote low high bound unit event subject claimant claimant_aliases via time "
    "statement_time hedged negated derived basis kind sentence span_start span_end sentence_start "
    "sentence_end run_id"
).split()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LedgerError(RuntimeError):
    """A ledger file that cannot be used as it is; the message says why, for the user."""


class LedgerBusy(LedgerError):
    """Another process kept the ledger locked for longer than this one was willing to wait."""


def _busy(e: sqlite3.OperationalError) -> bool:
    text = str(e).lower()
    return "locked" in text or "busy" in text


def _statements(script: str) -> list[str]:
    """The statements of a migration script, so they run inside our transaction
    (`executescript` would commit whatever transaction is open first)."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip() and not all(ln.strip().startswith("--") or not ln.strip() for ln in current.splitlines()):
        out.append(current.strip())
    return out


def _start_time(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot, from /proc), to tell a reused pid."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def _alive(host: str | None, pid: int | None, started: str | None) -> bool | None:
    """Whether the process that owns a run still exists: None when only its host could tell."""
    if host != socket.gethostname():
        return None if host else False
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: it exists
    return started is None or _start_time(pid) in (None, started)


# Tables of schema 1: a version-0 file holding other tables is someone else's database.
_OWN_TABLES = {"runs", "sources", "documents", "claims", "mentions", "events"}


class Ledger:
    """One ledger file. Use as a context manager; every write is committed on exit."""

    def __init__(self, path: Path | str, *, wait: float = DEFAULT_WAIT,
                 on_wait: Callable[[float | None], None] | None = None) -> None:
        self.path = Path(path)
        self.wait = wait  # seconds to wait for another writer before giving up
        self.on_wait = on_wait  # told how long we have waited, between two waits; None when done
        self._depth = 0
        memory = str(path) == ":memory:"
        try:
            if not memory:
                if self.path.is_dir():
                    raise LedgerError(f"{self.path} is a directory, not a ledger file")
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: every transaction below is explicit, so none is left open by accident.
            self.db = sqlite3.connect(str(path), timeout=BUSY_STEP, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise LedgerError(f"cannot open the ledger {self.path}: {e}") from e
        try:
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self.migrate()  # first: a file we refuse must not be switched to WAL either
            if not memory:
                self._retry(lambda: self.db.execute("PRAGMA journal_mode = WAL"))
                self.db.execute("PRAGMA synchronous = NORMAL")  # in WAL: no corruption, fewer fsyncs
        except sqlite3.DatabaseError as e:
            self.db.close()
            if isinstance(e, sqlite3.OperationalError) and _busy(e):
                raise LedgerBusy(self._busy_message()) from e
            raise LedgerError(f"{self.path} is not a newsledger ledger ({e})") from e
        except LedgerError:
            self.db.close()
            raise

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.db.in_transaction:
            self.db.commit()
        self.db.close()

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (nested uses join the outer one); rolled back on error.

        The write lock is taken up front (`BEGIN IMMEDIATE`), waiting for another writer as
        long as `wait` allows, so a transaction never fails half-way for want of it.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        self._retry(lambda: self.db.execute("BEGIN IMMEDIATE"))
        self._depth = 1
        try:
            yield self.db
        except BaseException:
            self._depth = 0
            if self.db.in_transaction:
                self.db.rollback()
            raise
        self._depth = 0
        self._retry(lambda: self.db.execute("COMMIT"))

    def _retry(self, step: Callable[[], object]) -> None:
        """Run `step`, waiting while another process holds the ledger; LedgerBusy after `wait` s."""
        began = time.monotonic()
        waited_at_all = False
        while True:
            try:
                step()
                if waited_at_all and self.on_wait is not None:
                    self.on_wait(None)
                return
            except sqlite3.OperationalError as e:
                if not _busy(e):
                    raise
                waited = time.monotonic() - began
                if waited >= self.wait:
                    raise LedgerBusy(self._busy_message(waited)) from e
                waited_at_all = True
                if self.on_wait is not None:
                    self.on_wait(waited)

    def _busy_message(self, waited: float | None = None) -> str:
        how_long = f" for {waited:.0f} s" if waited is not None else ""
        return (f"the ledger {self.path} is locked by another process{how_long}: another newsledger run "
                "may still be writing to it; try again when it has finished")

    # -- schema -------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring an older (or new, empty) ledger up to the current schema, in one transaction."""
        if self.version == SCHEMA_VERSION:
            return
        with self.writing():
            current = self.version  # again, under the lock: another process may have migrated it
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
                for statement in _statements(MIGRATIONS[number]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

    # -- runs -----------------------------------------------------------------------------
    def start_run(self, inputs: Iterable[str]) -> int:
        """A new run owned by this process; runs whose process has died are closed first."""
        host, pid = socket.gethostname(), os.getpid()
        with self.writing():
            self.close_dead_runs()
            cur = self.db.execute(
                "INSERT INTO runs (started, inputs, status, host, pid, pid_start, heartbeat) "
                "VALUES (?, ?, 'running', ?, ?, ?, ?)",
                (_now(), json.dumps(list(inputs)), host, pid, _start_time(pid), _now()),
            )
        return int(cur.lastrowid)  # type: ignore[arg-type]

    def finish_run(self, run_id: int, **counts: int) -> None:
        sets = "".join(f", {k} = ?" for k in counts)
        with self.writing():
            self.db.execute(
                f"UPDATE runs SET finished = ?, status = 'finished', heartbeat = ?{sets} WHERE id = ?",
                (_now(), _now(), *counts.values(), run_id),
            )

    def beat(self, run_id: int, **counts: int) -> None:
        """Record that the run is alive (and how far it got); done with every batch it commits."""
        sets = "".join(f", {k} = ?" for k in counts)
        with self.writing():
            self.db.execute(f"UPDATE runs SET heartbeat = ?{sets} WHERE id = ?", (_now(), *counts.values(), run_id))

    def close_dead_runs(self) -> list[int]:
        """Close the rows of runs whose process has died (killed, crashed, machine restarted).

        Their committed documents stay; the row gets the counts of what they stored, the
        time of their last commit as `finished`, and status 'interrupted'. A run on another
        host is left open: only that host can tell whether it still works.
        """
        closed = []
        with self.writing():
            rows = self.db.execute(
                "SELECT id, started, host, pid, pid_start, heartbeat FROM runs WHERE finished IS NULL").fetchall()
            for r in rows:
                if _alive(r["host"], r["pid"], r["pid_start"]) is not False:
                    continue
                added, rejected = self.db.execute(
                    "SELECT coalesce(sum(status = 'ok'), 0), coalesce(sum(status != 'ok'), 0) "
                    "FROM documents WHERE run_id = ?", (r["id"],)).fetchone()
                claims = self.db.execute("SELECT count(*) FROM claims WHERE run_id = ?", (r["id"],)).fetchone()[0]
                self.db.execute(
                    "UPDATE runs SET finished = ?, status = 'interrupted', documents_added = ?, rejected = ?, "
                    "claims_added = ?, note = ? WHERE id = ?",
                    (r["heartbeat"] or r["started"], added, rejected, claims,
                     f"the run's process ended before the run did (killed or crashed); the {added + rejected} "
                     "document(s) it had committed are kept", r["id"]),
                )
                closed.append(int(r["id"]))
        return closed

    def previous_run(self, run_id: int) -> int | None:
        row = self.db.execute("SELECT max(run_id) FROM snapshots WHERE run_id < ?", (run_id,)).fetchone()
        return row[0] if row and row[0] is not None else None

    # -- documents ----------------------------------------------------------------------------
    def has_document(self, raw_hash: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE raw_hash = ?", (raw_hash,)).fetchone() is not None

    def has_stored(self, raw_hash: str) -> bool:
        """Whether these bytes are already stored as a good document (so need no processing)."""
        row = self.db.execute("SELECT 1 FROM documents WHERE raw_hash = ? AND status = 'ok'", (raw_hash,)).fetchone()
        return row is not None

    def saw_source(self, source: str, run_id: int) -> None:
        """Note that a run met `source` again (its document was already stored)."""
        with self.writing():
            self.db.execute("UPDATE sources SET last_run = ? WHERE source = ?", (run_id, source))

    def add_result(self, result: DocumentResult, run_id: int) -> int | None:
        """Store one processed input; None when the same content is already in the ledger.

        A good document replaces what the ledger held for its source (an earlier rejection, or
        an earlier version of an updated page) and a rejection of the same bytes, so a fetch
        that failed yesterday or a reader fixed since does not stay rejected for ever. Its
        name is made unique, because the cross-document stages key documents by name.
        One transaction of its own, or part of the caller's (`writing`, as BatchWriter does).
        """
        with self.writing():
            return self._add_result(result, run_id)

    def _add_result(self, result: DocumentResult, run_id: int) -> int | None:
        d = result.document
        key = d.raw_hash or f"rejected:{d.source}:{d.reason}"
        existing = self.db.execute("SELECT status, source, run_id FROM documents WHERE raw_hash = ?", (key,)).fetchone()
        swap = existing is not None and existing["status"] == "ok" and d.status == "ok" and \
            d.source < existing["source"] and self._same_or_interrupted(existing["run_id"], run_id)
        if existing is not None and not (existing["status"] != "ok" and d.status == "ok") and not swap:
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
               published, published_basis, published_confidence, dateline, language, url, body, dropped, run_id,
               note)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (d.doc, d.source, key, d.status, d.reason, d.title, d.author, d.outlet, d.outlet_basis,
             d.published, d.published_basis, d.published_confidence, d.dateline, d.language, d.url,
             d.body, json.dumps(d.dropped), run_id, d.note),
        )
        doc_id = int(cur.lastrowid)  # type: ignore[arg-type]
        self._store_rows(result, doc_id, run_id)
        # A copy listed before the stored one (same run, or the run finishing a killed one) took its
        # place: the one that arrived first stays counted as stored, this one as the duplicate.
        return None if swap else doc_id

    def _same_or_interrupted(self, stored_by: int | None, run_id: int) -> bool:
        """Was a document stored by this run, or by a run that was killed before it ended (which
        the identical command now finishes)? Only then may an earlier-listed copy take its place."""
        if stored_by == run_id:
            return True
        row = self.db.execute("SELECT status FROM runs WHERE id = ?", (stored_by,)).fetchone()
        return row is not None and row["status"] == "interrupted"

    def _store_rows(self, result: DocumentResult, doc_id: int, run_id: int) -> None:
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
                        "published_confidence", "dateline", "language", "url", "status", "reason", "note"):
                setattr(d, key, r[key] if r[key] is not None else getattr(d, key))
            d.dropped = json.loads(r["dropped"] or "[]")
            out.append(d)
        return out

    def claims(self) -> list[tuple[int, Claim]]:
        cur = self.db.cursor()
        cur.row_factory = None  # plain tuples: a ledger holds millions of claims, read by position
        rows = cur.execute(
            f"SELECT c.id, {', '.join('c.' + k for k in _CLAIM_COLUMNS)} FROM claims c "
            "JOIN documents d ON d.id = c.document_id WHERE d.status = 'ok' ORDER BY c.id"
        ).fetchall()
        return [(r[0], _claim_from_row(r[1:])) for r in rows]

    def mentions(self) -> list[Mention]:
        cur = self.db.cursor()
        cur.row_factory = None  # plain tuples, as in claims()
        return [Mention(*r) for r in cur.execute('SELECT doc, text, label, role, start, "end" FROM mentions')]

    def events(self) -> list[Event]:
        cur = self.db.cursor()
        cur.row_factory = None
        rows = cur.execute('SELECT doc, "when", what, claimant, sentence, span_start, span_end FROM events')
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
        with self.writing():
            self._replace_conclusions(stories=stories, actors=actors, facts=facts, fact_claim_ids=fact_claim_ids,
                                      timeline=timeline, checks=checks)

    def _replace_conclusions(self, *, stories: list[Story], actors: list[Actor], facts: list[Fact],
                             fact_claim_ids: dict[str, list[int]], timeline: list[TimelineEntry],
                             checks: list[ArithmeticCheck]) -> None:
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

    def story_cache_entry(self, key: str) -> bytes | None:
        """One entry of the story cache (reconcile.cache.StoryCache): a run reads the entries it
        looks up, not the whole table, which holds a few entries per report."""
        row = self.db.execute("SELECT value FROM story_cache WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def replace_story_cache(self, used: dict[str, bytes], fresh: Iterable[str] | None = None,
                            keep: Callable[[str], bool] | None = None) -> None:
        """Keep the entries this run used, write the new ones and those it replaced (`fresh`),
        drop the rest except those `keep` says to keep (unused, but still current)."""
        with self.writing():
            old = {r[0] for r in self.db.execute("SELECT key FROM story_cache")}
            gone = [(k,) for k in old - used.keys() if keep is None or not keep(k)]
            self.db.executemany("DELETE FROM story_cache WHERE key = ?", gone)
            changed = set(fresh or ())
            self.db.executemany("INSERT OR REPLACE INTO story_cache VALUES (?, ?)",
                                [(k, v) for k, v in used.items() if k not in old or k in changed])

    def save_snapshot(self, run_id: int, payload: dict[str, Any]) -> None:
        with self.writing():
            self.db.execute("INSERT OR REPLACE INTO snapshots VALUES (?, ?)", (run_id, json.dumps(payload, default=str)))

    def snapshot(self, run_id: int) -> dict[str, Any] | None:
        row = self.db.execute("SELECT payload FROM snapshots WHERE run_id = ?", (run_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def save_changes(self, run_id: int, changes: list[dict[str, Any]]) -> None:
        with self.writing():
            self.db.executemany(
                "INSERT INTO changes VALUES (?, ?, ?, ?)",
                [(run_id, c.get("kind"), c.get("description"), json.dumps(c, default=str)) for c in changes],
            )


@dataclass
class BatchWriter:
    """Stores a run's results a batch at a time: one short transaction every `every`
    documents or `seconds`, whichever comes first.

    Short transactions let two runs share a ledger (each waits only for the other's batch),
    and a run killed half-way keeps every batch it committed. `flush_if_due` lets an engine
    that waits on a slow document commit what it already has. The counts are of inputs:
    every input is exactly one of added, skipped (already stored) or rejected.
    """

    ledger: Ledger
    run_id: int
    every: int = 25
    seconds: float = 1.0
    added: int = 0
    skipped: int = 0
    rejected: int = 0
    claims: int = 0
    rejections: list[tuple[str, str]] = field(default_factory=list)
    _pending: list[DocumentResult | str] = field(default_factory=list)
    _since: float = 0.0

    @property
    def read(self) -> int:
        """Inputs accounted for so far (committed)."""
        return self.added + self.skipped + self.rejected

    def counts(self) -> dict[str, int]:
        """The run's counts, named as the `runs` table names them."""
        return {"documents_added": self.added, "documents_skipped": self.skipped, "rejected": self.rejected,
                "claims_added": self.claims, "documents_read": self.read}

    def add(self, result: DocumentResult) -> None:
        self._queue(result)

    def seen(self, source: str) -> None:
        """An input whose bytes are already stored: counted as skipped, not processed again."""
        self._queue(source)

    def _queue(self, item: DocumentResult | str) -> None:
        if not self._pending:
            self._since = time.monotonic()
        self._pending.append(item)
        self.flush_if_due()

    def due(self) -> bool:
        return bool(self._pending) and (len(self._pending) >= self.every
                                        or time.monotonic() - self._since >= self.seconds)

    def flush_if_due(self) -> None:
        if self.due():
            self.flush()

    def flush(self) -> None:
        """Commit everything pending in one transaction (the counts move only once it is committed)."""
        if not self._pending:
            return
        added = skipped = claims = 0
        rejections: list[tuple[str, str]] = []
        with self.ledger.writing():
            for item in self._pending:
                if isinstance(item, str):
                    self.ledger.db.execute("UPDATE sources SET last_run = ? WHERE source = ?", (self.run_id, item))
                    skipped += 1
                    continue
                d = item.document
                if self.ledger.add_result(item, self.run_id) is None:
                    skipped += 1
                elif d.status != "ok":
                    rejections.append((d.doc, d.reason or ""))
                else:
                    added += 1
                    claims += len(item.claims)
            self.ledger.beat(self.run_id, documents_added=self.added + added,
                             documents_skipped=self.skipped + skipped,
                             rejected=self.rejected + len(rejections), claims_added=self.claims + claims,
                             documents_read=self.read + added + skipped + len(rejections))
        self.added += added
        self.skipped += skipped
        self.claims += claims
        self.rejected += len(rejections)
        self.rejections.extend(rejections)
        self._pending.clear()


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


def _list(text: str | None) -> list:
    """A JSON list column; most are empty, and a ledger of 100,000 reports holds millions."""
    return [] if not text or text == "[]" else json.loads(text)


_CLAIM_COLUMNS = ("doc", "quote", "low", "high", "bound", "unit", "event", "subject", "claimant", "via", "time",
                  "hedged", "negated", "sentence", "span_start", "span_end", "claimant_aliases", "derived", "basis",
                  "statement_time", "kind", "sentence_start", "sentence_end")


def _claim_from_row(r: tuple) -> Claim:
    """A Claim from its row's _CLAIM_COLUMNS; NULLs (rows of an older ledger, or written by hand) read as
    the model's defaults, because the cross-document stages do arithmetic on spans and compare kinds."""
    (doc, quote, low, high, bound, unit, event, subject, claimant, via, time, hedged, negated, sentence,
     span_start, span_end, aliases, derived, basis, statement_time, kind, sentence_start, sentence_end) = r
    return Claim(
        doc=doc, quote=quote, low=low, high=high, bound=bound or "exact", unit=unit,
        event=event, subject=subject, claimant=claimant, via=_list(via),
        time=time, hedged=bool(hedged), negated=bool(negated), sentence=sentence or "",
        span=(span_start, span_end) if span_start is not None and span_end is not None else (0, 0),
        claimant_aliases=_list(aliases), derived=bool(derived), basis=basis, statement_time=statement_time,
        kind=kind or "count",
        sentence_span=(sentence_start, sentence_end) if sentence_start is not None and sentence_end is not None
        else (0, 0),
    )
