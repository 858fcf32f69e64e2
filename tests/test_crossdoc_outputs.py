"""What an analyst reads across reports: headings, one name per actor, checks, stories.

Runs the real pipeline (newsledger run) over examples/ and the cross-document benchmark's
own multi-report stories (benchmarks/crossdoc/stories, written for the project), then reads
the files a user opens: facts.json, timeline.json, claims.csv, actors.json, stories.json.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsledger.evaluate.facts import bad_label, label_problems
from newsledger.link.names import fold_name

ROOT = Path(__file__).resolve().parents[1]
CROSSDOC = ROOT / "benchmarks" / "crossdoc"


def _run(inputs: list[Path], tmp: Path) -> Path:
    from test_web import run_pipeline

    run_pipeline(inputs, tmp)
    return tmp / "out"


@pytest.fixture(scope="module")
def example_out(tmp_path_factory) -> Path:
    if not (ROOT / "examples").is_dir():
        pytest.skip("examples/ is not present")
    return _run([ROOT / "examples"], tmp_path_factory.mktemp("examples"))


@pytest.fixture(scope="module")
def stories_out(tmp_path_factory) -> Path:
    if not (CROSSDOC / "stories").is_dir():
        pytest.skip("benchmarks/crossdoc is not present")
    return _run([CROSSDOC / "stories"], tmp_path_factory.mktemp("stories"))


def test_bad_label_rule():
    assert bad_label("people people") == "repeats 'people'"
    assert bad_label("people confirm") == "ends in 'confirm'"
    assert bad_label("storm expect") == "ends in 'expect'"
    assert bad_label("death toll") is None
    assert bad_label("area held (km²)") is None
    assert bad_label("share of the force killed or wounded (%)") is None


@pytest.mark.parametrize("which", ["example_out", "stories_out"])
def test_no_heading_repeats_a_word_or_ends_in_a_verb_of_saying(which, request):
    out = request.getfixturevalue(which)
    labels = [f["label"] for f in json.loads((out / "facts.json").read_text())]
    assert labels and label_problems(labels) == []


def _web_tables(db: Path) -> dict[str, list[str]]:
    """What the web workbench shows from the same ledger: the claims table, a report's page,
    a story page's evidence."""
    import sqlite3

    from newsledger.web import queries, tables

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = tables.select(conn, tables.View(tables.TABLES["claims"], limit=tables.EXPORT_MAX))[1]
    docs = [queries.document(conn, d) for d in sorted({r["doc"] for r in rows})]
    page = [c for d in docs if d for c in queries.document_claims(conn, d["id"])]
    stories = [queries.load_story(conn, s["id"]) for s in queries.stories(conn)]
    return {
        "web claims table": [r["claimant"] for r in rows if r["claimant"]]
        + [v for r in rows for v in r["via"] or []],
        "web report pages": [c["claimant"] for c in page if c["claimant"]],
        "web story pages": [c.claimant for s in stories if s for c in s.claims if c.claimant],
    }


def _tables(out: Path) -> dict[str, list[str]]:
    facts = json.loads((out / "facts.json").read_text())
    timeline = json.loads((out / "timeline.json").read_text())
    rows = list(csv.DictReader((out / "claims.csv").open(encoding="utf-8")))
    return {
        **_web_tables(out.parent / "ledger.sqlite"),
        "facts.json claims": [c["claimant"] for f in facts for c in f["claims"] if c["claimant"]],
        "facts.json latest": [x["claimant"] for f in facts for x in f["latest"]],
        "facts.json routes": [r["claimant"] for f in facts for r in f["routes"]]
        + [v for f in facts for r in f["routes"] for v in r["via"]],
        "timeline.json": [t["claimant"] for t in timeline if t["claimant"]],
        "claims.csv": [r["claimant"] for r in rows if r["claimant"]],
    }


@pytest.mark.parametrize("which", ["example_out", "stories_out"])
def test_one_name_per_actor_in_every_table(which, request):
    out = request.getfixturevalue(which)
    actor_of = {}
    for a in json.loads((out / "actors.json").read_text()):
        for name in [a["canonical"], *a["aliases"]]:
            actor_of[fold_name(name)] = a["canonical"]
    for table, names in _tables(out).items():
        spellings: dict[str, set[str]] = {}
        for n in names:
            if n.endswith(" (own voice)"):
                continue
            spellings.setdefault(actor_of.get(fold_name(n), n), set()).add(n)
        twice = {k: v for k, v in spellings.items() if len(v) > 1}
        assert not twice, f"{table} names one actor two ways: {twice}"


def test_claimants_read_whole_and_keep_the_reports_spelling(example_out):
    """No claimant is a word cut from inside a longer name the reports give (the demo once
    named "Geological" for the U.S. Geological Survey); the spelling a report used stays
    available beside the canonical name."""
    actors = json.loads((example_out / "actors.json").read_text())
    rows = list(csv.DictReader((example_out / "claims.csv").open(encoding="utf-8")))
    names = {a["canonical"] for a in actors}
    for name in {r["claimant"] for r in rows if r["claimant"]}:
        for other in names - {name}:
            words, host = name.split(), other.split()
            inner = any(host[i:i + len(words)] == words for i in range(1, len(host) - len(words)))
            assert not inner, f"claimant {name!r} is cut out of {other!r}"
    written = {r["claimant_as_written"] for r in rows if r["claimant"] and r["claimant_as_written"] != r["claimant"]}
    assert written, "the report's own spellings are kept in claimant_as_written"


def test_demo_death_toll_is_one_fact_with_a_series_and_a_projection(example_out):
    facts = json.loads((example_out / "facts.json").read_text())
    tolls = [f for f in facts if f["label"] == "death toll"]
    assert len(tolls) == 1
    toll = tolls[0]
    values = {c["low"] for c in toll["claims"]}
    assert {1284, 1412, 2000, 3000} <= values
    ndma = next(x for x in toll["latest"] if "Disaster Management" in x["claimant"])
    assert ndma["low"] == 1412 and [s["value"] for s in ndma["series"]] == ["1,284", "1,412"]
    assert any(x["projection"] and x["low"] == 3000 for x in toll["latest"])


def test_teasers_of_other_stories_make_no_fact(example_out):
    facts = json.loads((example_out / "facts.json").read_text())
    assert not any(c["quote"] in ("up to 26", "2.8%") for f in facts for c in f["claims"])
    rows = list(csv.DictReader((example_out / "claims.csv").open(encoding="utf-8")))
    assert any(r["quote"] == "up to 26" for r in rows)  # still a claim of its report, just no story's


def test_months_long_stories_stay_one_and_untitled_ones_read(stories_out):
    stories = json.loads((stories_out / "stories.json").read_text())
    gold = {}
    for line in (CROSSDOC / "gold" / "stories.jsonl").read_text().splitlines():
        row = json.loads(line)
        gold.setdefault(row["story"], set()).add(row["doc"])
    found = [set(s["docs"]) for s in stories]
    for name in ("dunrave-measles", "castrel-strike", "sarmeta-war"):  # reported over months
        assert gold[name] in found, name
    for s in stories:
        words = s["title"].split()
        assert len(words) >= 4 and s["title"][:1].isupper(), s["title"]


def test_checks_name_every_claim_and_stay_in_one_story(stories_out):
    con_path = stories_out.parent / "ledger.sqlite"
    import sqlite3

    con = sqlite3.connect(con_path)
    rows = con.execute("SELECT * FROM checks").fetchall()
    cols = [d[0] for d in con.execute("SELECT * FROM checks").description]
    con.close()
    stories = {d: s["id"] for s in json.loads((stories_out / "stories.json").read_text()) for d in s["docs"]}
    assert rows
    for row in rows:
        check = dict(zip(cols, row, strict=True))
        refs = json.loads(check["claims"]) if isinstance(check["claims"], str) else check["claims"]
        assert len(refs) >= 2, check
        assert len({stories[r.rsplit(":", 1)[0]] for r in refs}) == 1, check
