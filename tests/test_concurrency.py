"""Two runs on one ledger at the same time, and runs killed at random moments.

Real subprocesses (`python -m newsledger.cli run`) on real files: the failures these tests
reproduce (a second run dying on `database is locked`, a killed run leaving its row open and
its work lost) only show between processes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_corpus import write_reports

ENV = {**os.environ, "COLUMNS": "300", "NO_COLOR": "1", "TERM": "dumb"}
ENV.pop("NEWSLEDGER_PROGRESS", None)


def newsledger(*args: object) -> list[str]:
    return [sys.executable, "-m", "newsledger.cli", *(str(a) for a in args)]


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def ledger_state(db: Path) -> tuple:
    """What a finished run leaves that must not depend on how it got there."""
    docs = sorted(rows(db, "SELECT doc, source, raw_hash, status FROM documents"))
    claims = sorted(rows(db, "SELECT doc, quote, span_start, span_end, low, claimant FROM claims"), key=repr)
    return docs, claims


@pytest.mark.timeout(600)
def test_two_runs_at_once_both_store_everything(tmp_path: Path) -> None:
    first = write_reports(tmp_path / "a", 40, "a")
    second = write_reports(tmp_path / "b", 40, "b")
    db = tmp_path / "ledger.sqlite"
    procs = [subprocess.Popen(newsledger("run", folder, "--db", db, "--out", tmp_path / f"out_{folder.name}"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
             for folder in (tmp_path / "a", tmp_path / "b")]
    outputs = [p.communicate(timeout=540) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err[-3000:]
        assert "Traceback" not in out + err and "database is locked" not in out + err
    docs = rows(db, "SELECT doc, status FROM documents")
    assert len(docs) == 80 and {s for _, s in docs} == {"ok"}
    assert {d for d, _ in docs} == {p.name for p in first + second}
    # No document and no claim twice.
    assert rows(db, "SELECT count(*) FROM (SELECT raw_hash FROM documents GROUP BY raw_hash HAVING count(*) > 1)") == [(0,)]
    assert rows(db, "SELECT count(*) FROM (SELECT doc, span_start, quote FROM claims "
                    "GROUP BY doc, span_start, quote HAVING count(*) > 1)") == [(0,)]
    assert rows(db, "SELECT count(DISTINCT doc) FROM claims") == [(80,)]
    # Both runs closed their rows, each counting its own 40 inputs.
    assert sorted(rows(db, "SELECT status, documents_read, documents_added FROM runs")) == [
        ("finished", 40, 40), ("finished", 40, 40)]


def wait_for_documents(db: Path, at_least: int, proc: subprocess.Popen, limit: float) -> int:
    """Poll the ledger until a run has committed `at_least` documents (or ended, or time ran out)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            n = rows(db, "SELECT count(*) FROM documents")[0][0]
        except sqlite3.Error:
            n = 0
        if n >= at_least:
            return n
        time.sleep(0.05)
    return -1


@pytest.mark.timeout(1200)
def test_killed_runs_keep_their_work_and_the_next_run_finishes_it(tmp_path: Path) -> None:
    """kill -9 at 20 random moments of a run (loading, storing, concluding): every time the
    ledger passes its integrity check, keeps what was committed, and the next run processes only
    what is missing, closes the dead run's row and ends with exactly what one clean run stores."""
    folder = tmp_path / "reports"
    write_reports(folder, 12, "k")
    clean_db = tmp_path / "clean.sqlite"
    done = subprocess.run(newsledger("run", folder, "--db", clean_db, "--out", tmp_path / "clean_out"),
                          capture_output=True, text=True, env=ENV, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    expected = ledger_state(clean_db)
    assert len(expected[0]) == 12 and expected[1]

    rng = random.Random(15)
    db = tmp_path / "killed.sqlite"
    kills = round_ = 0
    while kills < 20 and round_ < 40:  # a run that ends before its kill moment is not a kill
        round_ += 1
        proc = subprocess.Popen(newsledger("run", folder, "--db", db, "--out", tmp_path / "out"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        # Kill at a random moment: sometimes before anything is stored, mostly while storing.
        if rng.random() < 0.3:
            time.sleep(rng.uniform(0.2, 3.0))
        else:
            have = rows(db, "SELECT count(*) FROM documents")[0][0] if db.exists() else 0
            # never wait for more than the folder holds: the kill then lands in the concluding stage
            wait_for_documents(db, min(have + rng.randint(1, 4), 12), proc, 120)
            time.sleep(rng.uniform(0, 0.3))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        if not db.exists():
            continue
        assert rows(db, "PRAGMA integrity_check") == [("ok",)], f"round {round_}"
        stored = rows(db, "SELECT raw_hash FROM documents WHERE status = 'ok'")
        assert len(stored) == len(set(stored)) <= 12
        if len(stored) == 12:  # everything stored: start again, so every round kills a working run
            db.unlink()
            for extra in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                extra.unlink(missing_ok=True)
    assert kills >= 20

    # The run after a kill: what was committed is not processed again, and the dead row is closed.
    write_reports(folder, 12, "k")  # the same files (same bytes)
    proc = subprocess.Popen(newsledger("run", folder, "--db", db, "--out", tmp_path / "out"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wait_for_documents(db, 3, proc, 120)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    kept = rows(db, "SELECT count(*) FROM documents")[0][0]
    final = subprocess.run(newsledger("run", folder, "--db", db, "--out", tmp_path / "out"),
                           capture_output=True, text=True, env=ENV, timeout=300)
    assert final.returncode == 0, final.stderr[-3000:]
    assert ledger_state(db) == expected
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    last = rows(db, "SELECT status, documents_read, documents_skipped, documents_added FROM runs "
                    "ORDER BY id DESC LIMIT 1")[0]
    assert last == ("finished", 12, kept, 12 - kept)
    assert rows(db, "SELECT count(*) FROM runs WHERE finished IS NULL OR status = 'running'") == [(0,)]
    interrupted = rows(db, "SELECT count(*) FROM runs WHERE status = 'interrupted'")[0][0]
    assert interrupted >= 1
