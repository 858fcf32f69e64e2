"""A run that adds reports to a ledger concludes what a rebuild of all of them concludes,
and takes the stories the new reports leave untouched from the story cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GENERAL = sorted((ROOT / "benchmarks" / "general").glob("*.txt"))[:12]


def run(db: Path, out: Path, inputs: list[Path]) -> None:
    res = CliRunner().invoke(app, ["run", *map(str, inputs), "--db", str(db), "--out", str(out)])
    assert res.exit_code == 0, res.output


def conclusions(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    try:
        return {
            "facts": sorted(con.execute(
                "SELECT f.id, f.story, f.label, f.status, f.low, f.high, f.independent_sources, f.reports, "
                "f.latest, f.routes, f.notes, c.doc, c.span_start FROM facts f "
                "JOIN fact_claims fc ON fc.fact_id = f.id JOIN claims c ON c.id = fc.claim_id").fetchall(), key=repr),
            "stories": sorted(con.execute("SELECT id, title, docs, duplicates FROM stories").fetchall()),
            "timeline": sorted(con.execute('SELECT story, "when", what, claimant, docs, evidence FROM timeline')
                               .fetchall(), key=repr),
            "checks": sorted(con.execute("SELECT kind, description, expected, observed, fits, claims FROM checks")
                             .fetchall(), key=repr),
        }
    finally:
        con.close()


def cache_keys(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT key FROM story_cache")}
    finally:
        con.close()


@pytest.mark.skipif(len(GENERAL) < 12, reason="benchmarks/general is not there")
def test_adding_reports_gives_what_a_rebuild_gives(tmp_path: Path) -> None:
    first, added = [EXAMPLES, *GENERAL[:8]], GENERAL[8:]
    grown = tmp_path / "grown.sqlite"
    run(grown, tmp_path / "out1", first)
    before = cache_keys(grown)
    run(grown, tmp_path / "out2", [*first, *added])
    rebuilt = tmp_path / "rebuilt.sqlite"
    run(rebuilt, tmp_path / "out3", [*first, *added])

    got, want = conclusions(grown), conclusions(rebuilt)
    assert want["facts"] and want["timeline"] and len(want["stories"]) > 3
    assert got == want
    # the stories the added reports did not touch came from the cache: their entries survived the run
    assert before & cache_keys(grown)
    # and the ones they did touch were concluded anew
    assert cache_keys(grown) - before
