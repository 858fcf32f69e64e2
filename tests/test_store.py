"""The SQLite ledger: schema versions, migration, re-runs, rejections, refusals.

Ledger-level tests build DocumentResults by hand (fast, no model); the re-run tests drive
`newsledger run` in-process, so spaCy loads once for the whole session.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.model import Claim, Document, DocumentResult, Event, Mention
from newsledger.store.ledger import Ledger, LedgerError
from newsledger.store.schema import MIGRATIONS, SCHEMA_VERSION

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def invoke(*args: object):
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def summary_count(output: str, label: str) -> int:
    m = re.search(re.escape(label) + r"\D*?(\d+)", output)
    assert m, f"{label!r} not in the run summary:\n{output}"
    return int(m.group(1))


def made_up_result(doc: str, source: str, digest: str, *, status: str = "ok", reason: str | None = None,
                   body: str = "Officials said 120 families were moved to shelters on Friday.") -> DocumentResult:
    d = Document(doc=doc, source=source, raw_hash=digest, body=body if status == "ok" else "",
                 status=status, reason=reason)  # type: ignore[arg-type]
    if status != "ok":
        return DocumentResult(document=d)
    start = body.index("120")
    claim = Claim(doc=doc, quote="120", low=120.0, high=None, bound="exact", unit="family", event="move",
                  subject="families", claimant="Officials", via=["Wire Service"], time="2024-03-08",
                  hedged=False, negated=False, sentence=body, span=(start, start + 3),
                  claimant_aliases=["the officials"], statement_time="2024-03-09", kind="count",
                  sentence_span=(0, len(body)))
    return DocumentResult(
        document=d, claims=[claim],
        mentions=[Mention(doc=doc, text="Officials", label="ORG", role="claimant", start=0, end=9)],
        events=[Event(doc=doc, when="2024-03-08", what="families moved", claimant="Officials",
                      sentence=body, span=(0, len(body)))],
    )


# -- schema -------------------------------------------------------------------------------------

def test_new_ledger_gets_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ledger.sqlite"
    with Ledger(path) as ledger:
        assert ledger.version == SCHEMA_VERSION == len(MIGRATIONS)
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert con.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    con.close()
    assert {"runs", "documents", "claims", "facts", "snapshots", "changes"} <= tables


def test_version_1_ledger_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript(MIGRATIONS[0])
    con.execute("PRAGMA user_version = 1")
    con.execute("INSERT INTO runs (id, started, inputs) VALUES (1, '2024-01-01T00:00:00', '[]')")
    con.execute("INSERT INTO sources (source, first_run, last_run) VALUES ('old.txt', 1, 1)")
    body = "The port authority said 75 ships were waiting to unload on Monday."
    con.execute("INSERT INTO documents (id, doc, source, raw_hash, status, body, dropped, run_id) "
                "VALUES (1, 'old.txt', 'old.txt', 'hash-of-old', 'ok', ?, '[]', 1)", (body,))
    con.execute("INSERT INTO claims (document_id, doc, quote, low, bound, unit, via, claimant_aliases, hedged, "
                "negated, sentence, span_start, span_end, run_id) "
                "VALUES (1, 'old.txt', '75', 75, 'exact', 'ship', '[]', '[]', 0, 0, ?, 24, 26, 1)", (body,))
    con.commit()
    con.close()

    with Ledger(path) as ledger:
        assert ledger.version == len(MIGRATIONS)
        assert [d.doc for d in ledger.documents()] == ["old.txt"]
        [(_, claim)] = ledger.claims()
        assert (claim.quote, claim.low, claim.unit) == ("75", 75.0, "ship")
        assert body[claim.span[0]:claim.span[1]] == "75"

    # The upgraded file takes a real run on top, and the old document is still there.
    out = invoke("run", EXAMPLES / "quake_06_meridian_courier.txt", "--db", path, "--out", tmp_path / "out")
    assert out.exit_code == 0, out.output
    with Ledger(path) as ledger:
        assert {d.doc for d in ledger.documents()} == {"old.txt", "quake_06_meridian_courier.txt"}
    assert count(path, "SELECT count(*) FROM claims WHERE doc = 'old.txt'") == 1
    assert count(path, "SELECT count(*) FROM facts") > 0


@pytest.mark.parametrize("kind", ["newer", "foreign", "not sqlite", "directory"])
def test_unusable_ledger_is_refused_and_left_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "ledger.sqlite"
    if kind == "directory":
        path.mkdir()
    elif kind == "not sqlite":
        path.write_text("a plain text file, not a database\n")
    else:
        con = sqlite3.connect(path)
        if kind == "newer":
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        else:
            con.execute("CREATE TABLE recipes (name TEXT)")
        con.commit()
        con.close()
    before = None if path.is_dir() else path.read_bytes()

    with pytest.raises(LedgerError) as err:
        Ledger(path)
    expected = {"newer": "newer newsledger", "foreign": "not a newsledger ledger",
                "not sqlite": "not a newsledger ledger", "directory": "is a directory"}[kind]
    assert expected in str(err.value)

    res = invoke("run", EXAMPLES / "quake_06_meridian_courier.txt", "--db", path, "--out", tmp_path / "out")
    assert res.exit_code == 2
    assert expected in " ".join(res.output.split())
    assert "Traceback" not in res.output and "report:" not in res.output
    assert not (tmp_path / "out").exists()
    if before is not None:
        assert path.read_bytes() == before


# -- documents --------------------------------------------------------------------------------------

def test_claim_fields_survive_the_round_trip(tmp_path: Path) -> None:
    result = made_up_result("a.txt", "/in/a.txt", "h-a")
    with Ledger(tmp_path / "l.sqlite") as ledger:
        run = ledger.start_run(["/in"])
        assert ledger.add_result(result, run) is not None
    with Ledger(tmp_path / "l.sqlite") as ledger:
        [(_, claim)] = ledger.claims()
        assert claim == result.claims[0]
        assert ledger.mentions() == result.mentions
        assert ledger.events() == result.events
        [doc] = ledger.documents()
        assert (doc.doc, doc.body, doc.status) == ("a.txt", result.document.body, "ok")


def test_same_content_is_stored_once(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        run = ledger.start_run([])
        assert ledger.add_result(made_up_result("a.txt", "/in/a.txt", "same"), run) is not None
        assert ledger.add_result(made_up_result("copy.txt", "/in/copy.txt", "same"), run) is None
        assert [d.doc for d in ledger.documents()] == ["a.txt"]
        assert len(ledger.claims()) == 1


def test_of_two_copies_the_first_listed_is_kept_whichever_arrives_first(tmp_path: Path) -> None:
    """Parallel workers and resumed runs deliver copies in any order; the ledger must not depend on it."""
    with Ledger(tmp_path / "l.sqlite") as ledger:
        run = ledger.start_run([])
        assert ledger.add_result(made_up_result("n.txt", "/in/n.txt", "same"), run) is not None
        assert ledger.add_result(made_up_result("a.txt", "/in/a.txt", "same"), run) is None  # counted as the copy
        assert [d.doc for d in ledger.documents()] == ["a.txt"]
        assert [c.doc for _, c in ledger.claims()] == ["a.txt"]
        later = ledger.start_run([])  # a finished run's document stays: a later run only adds
        ledger.finish_run(run)
        assert ledger.add_result(made_up_result("0.txt", "/in/0.txt", "same"), later) is None
        assert [d.doc for d in ledger.documents()] == ["a.txt"]


def test_same_base_name_from_two_folders_stays_two_documents(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        run = ledger.start_run([])
        ledger.add_result(made_up_result("story.txt", "/day1/story.txt", "h1"), run)
        ledger.add_result(made_up_result("story.txt", "/day2/story.txt", "h2"), run)
        names = [d.doc for d in ledger.documents()]
        assert len(set(names)) == 2 and names[0] == "story.txt"
        # Claims, mentions and events follow their document's (new) name.
        assert sorted(c.doc for _, c in ledger.claims()) == sorted(names)
        assert sorted(m.doc for m in ledger.mentions()) == sorted(names)
        assert sorted(e.doc for e in ledger.events()) == sorted(names)


def test_rejection_gives_way_when_the_source_reads_well_later(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        run = ledger.start_run([])
        bad = made_up_result("page", "http://example.test/page", "", status="rejected",
                             reason="could not fetch: timed out after 15 s")
        assert ledger.add_result(bad, run) is not None
        assert ledger.add_result(bad, run) is None  # the same failure again adds nothing
        other = made_up_result("page", "http://example.test/page", "", status="rejected",
                               reason="could not fetch: HTTP 503 Service Unavailable")
        assert ledger.add_result(other, run) is not None  # a new failure replaces the old one
        assert [d.reason for d in ledger.documents()] == [other.document.reason]
        later = ledger.start_run([])
        assert ledger.add_result(made_up_result("page", "http://example.test/page", "h-page"), later) is not None
        assert [(d.doc, d.status) for d in ledger.documents()] == [("page", "ok")]


def test_rerun_adds_nothing_twice_and_stores_rejections(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("kursk_01_meridian_courier.txt", "kursk_05_wire_feed.jsonl", "quake_06_meridian_courier.txt"):
        shutil.copy(EXAMPLES / name, inputs / name)
    (inputs / "blank.txt").write_bytes(b"")
    (inputs / "noise.dat").write_bytes(bytes(range(256)) * 8)
    db, out = tmp_path / "l.sqlite", tmp_path / "out"

    first = invoke("run", inputs, "--db", db, "--out", out)
    assert first.exit_code == 0, first.output
    docs = count(db, "SELECT count(*) FROM documents")
    claims = count(db, "SELECT count(*) FROM claims")
    ok = count(db, "SELECT count(*) FROM documents WHERE status = 'ok'")
    assert ok == 4  # three files, one of them with two records
    assert claims > 0 and summary_count(first.output, "documents added") == ok
    assert summary_count(first.output, "figure claims added") == claims
    con = sqlite3.connect(db)
    rejected = dict(con.execute("SELECT doc, reason FROM documents WHERE status = 'rejected'").fetchall())
    con.close()
    assert set(rejected) == {"blank.txt", "noise.dat"}
    assert "empty" in rejected["blank.txt"] and "binary" in rejected["noise.dat"]

    second = invoke("run", inputs, "--db", db, "--out", out)
    assert second.exit_code == 0, second.output
    assert count(db, "SELECT count(*) FROM documents") == docs
    assert count(db, "SELECT count(*) FROM claims") == claims
    assert summary_count(second.output, "documents added") == 0
    assert summary_count(second.output, "already in the ledger") == docs
    assert summary_count(second.output, "changes since last run") == 0
    assert count(db, "SELECT count(*) FROM runs WHERE finished IS NOT NULL") == 2


# -- several processes, killed runs ------------------------------------------------------------------

def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_dead_runs_row_is_closed_with_what_it_stored(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "l.sqlite"
    with Ledger(path) as ledger:
        run = ledger.start_run(["/in"])
        ledger.add_result(made_up_result("a.txt", "/in/a.txt", "h-a"), run)
        ledger.add_result(made_up_result("b.txt", "/in/b.txt", "", status="rejected", reason="empty input"), run)
        ledger.db.execute("UPDATE runs SET pid = ?, host = ?, heartbeat = '2024-05-01T10:00:00+00:00' WHERE id = ?",
                          (dead_pid(), socket.gethostname(), run))
        alive = ledger.start_run(["/more"])  # this process: alive, must stay open
    with Ledger(path) as ledger:
        later = ledger.start_run(["/again"])
        got = {r["id"]: dict(r) for r in ledger.db.execute("SELECT * FROM runs")}
    assert got[run]["status"] == "interrupted" and got[run]["finished"] == "2024-05-01T10:00:00+00:00"
    assert (got[run]["documents_added"], got[run]["rejected"], got[run]["claims_added"]) == (1, 1, 1)
    assert "killed or crashed" in got[run]["note"]
    assert got[alive]["finished"] is None and got[alive]["status"] == "running"
    assert got[later]["status"] == "running"


def test_unfinished_run_of_an_older_ledger_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        con.executescript(script)
    con.execute("PRAGMA user_version = 2")
    con.execute("INSERT INTO runs (id, started, inputs) VALUES (1, '2024-01-01T00:00:00', '[]')")
    con.commit()
    con.close()
    with Ledger(path) as ledger:
        ledger.start_run([])
        assert ledger.db.execute("SELECT status, finished FROM runs WHERE id = 1").fetchone()[:] == (
            "interrupted", "2024-01-01T00:00:00")


def hold_write_lock(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)  # let go from a timer thread
    con.execute("BEGIN IMMEDIATE")
    return con


def test_a_writer_waits_says_so_and_gives_up_with_a_message(tmp_path: Path) -> None:
    from newsledger.store.ledger import LedgerBusy

    path = tmp_path / "l.sqlite"
    Ledger(path).close()
    other = hold_write_lock(path)
    waits: list[float | None] = []
    ledger = Ledger(path, wait=1.0, on_wait=waits.append)
    with pytest.raises(LedgerBusy) as err:
        ledger.start_run([])
    assert "locked by another process" in str(err.value)
    assert len(waits) >= 2 and all(w is not None for w in waits) and waits == sorted(waits)
    other.rollback()  # the other process lets go: the same ledger object writes, and says the wait is over
    other.execute("BEGIN IMMEDIATE")
    import threading

    threading.Timer(0.6, other.rollback).start()
    waits.clear()
    ledger.wait = 60
    run = ledger.start_run([])
    assert waits and waits[-1] is None and run >= 1
    ledger.close()
    other.close()


def test_a_run_that_cannot_get_the_ledger_ends_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    Ledger(path).close()
    other = hold_write_lock(path)
    try:
        res = invoke("run", EXAMPLES / "quake_06_meridian_courier.txt", "--db", path, "--out", tmp_path / "out",
                     "--wait", "1")
    finally:
        other.rollback()
        other.close()
    assert res.exit_code == 3
    text = " ".join(res.output.split())
    assert "waiting for the ledger" in text and "locked by another process" in text
    assert "Traceback" not in res.output and "database is locked" not in res.output


def test_a_run_waits_for_the_ledger_then_completes(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "l.sqlite"
    Ledger(path).close()
    other = hold_write_lock(path)
    threading.Timer(1.5, other.rollback).start()
    res = invoke("run", EXAMPLES / "quake_06_meridian_courier.txt", "--db", path, "--out", tmp_path / "out")
    other.close()
    assert res.exit_code == 0, res.output
    assert "waiting for the ledger" in res.output
    assert count(path, "SELECT count(*) FROM documents WHERE status = 'ok'") == 1
    assert count(path, "SELECT count(*) FROM runs WHERE status = 'finished'") == 1


def test_a_rerun_does_not_process_what_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsledger.engine.local as local

    db, out = tmp_path / "l.sqlite", tmp_path / "out"
    inputs = [EXAMPLES / "quake_06_meridian_courier.txt", EXAMPLES / "kursk_01_meridian_courier.txt"]
    assert invoke("run", inputs[0], "--db", db, "--out", out).exit_code == 0
    seen: list[str] = []
    real = local.run_local
    monkeypatch.setattr(local, "run_local", lambda raws, **k: real((seen.append(r.name) or r for r in raws), **k))
    res = invoke("run", *inputs, "--db", db, "--out", out)
    assert res.exit_code == 0, res.output
    assert seen == ["kursk_01_meridian_courier.txt"]
    assert summary_count(res.output, "already in the ledger") == 1 and summary_count(res.output, "documents added") == 1
    assert "inputs: 2 = 1 added + 1 already in the ledger + 0 rejected" in res.output
