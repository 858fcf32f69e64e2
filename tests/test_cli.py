"""The `newsledger` command, driven in-process (spaCy loads once per session)."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsledger.cli import CLAIM_FIELDS, app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CLEAN_KEYS = {"doc", "body", "title", "author", "outlet", "published", "dateline", "language", "status", "reason"}
# The targets for `eval` on the seeds.
TARGETS = {"precision": 0.95, "recall": 0.95}
FIELD_TARGETS = {"unit": 0.90, "bound": 0.95, "claimant": 0.90, "time": 0.80}

# A page of our own writing: a short article wrapped in the furniture scraped text carries.
FURNITURE_PAGE = """\
Home | World | Business | Sport | Weather
Sign in   Subscribe
Advertisement
Bridge reopens after flood repairs
By Dana Whitlock
March 4, 2024
Share on Facebook  Share on X  Copy link
The river crossing at Holmbury reopened to traffic on Monday, eleven weeks after floodwater undermined two of its piers, the county highways department said.
Engineers replaced 40 metres of the deck and drove 16 new steel piles into the riverbed, according to the department, which put the cost of the work at £3.2 million.
Local traders said footfall had fallen by about a third while the bridge was shut, and the chamber of commerce asked the council to extend its rate relief until the summer.
Sign up for our morning newsletter
Get the top stories in your inbox every day. Enter your email
Related stories
Storm damage bill tops £50 million across the region
Read more: Council approves 12 new flood wardens
© 2024 The Valley Post. All rights reserved. Privacy policy | Terms | Cookies
"""
ARTICLE_LINES = FURNITURE_PAGE.splitlines()[7:10]
FURNITURE_LINES = FURNITURE_PAGE.splitlines()[:3] + FURNITURE_PAGE.splitlines()[6:7] + FURNITURE_PAGE.splitlines()[10:]


def invoke(*args: object):
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture()
def page(tmp_path: Path) -> Path:
    path = tmp_path / "valley_post.txt"
    path.write_text(FURNITURE_PAGE, encoding="utf-8")
    return path


# -- help -----------------------------------------------------------------------------------------

def test_every_command_has_help_that_explains_it() -> None:
    group = typer.main.get_command(app)
    names = sorted(group.commands)  # type: ignore[attr-defined]
    assert {"run", "clean", "claims", "eval", "serve", "report"} <= set(names)
    top = invoke("--help")
    assert top.exit_code == 0
    for name in names:
        assert name in top.stdout
        res = invoke(name, "--help")
        assert res.exit_code == 0, res.output
        summary = group.commands[name].help.split("\n")[0]  # type: ignore[attr-defined]
        assert len(summary.split()) >= 5, f"{name}: help too thin"
        assert norm(summary)[:40] in norm(res.stdout)
        # Every option of the command says what it is for.
        for param in group.commands[name].params:  # type: ignore[attr-defined]
            if param.param_type_name == "option" and param.name != "help":
                assert (param.help or "").strip(), f"{name} {param.opts} has no help"


# -- clean ------------------------------------------------------------------------------------------

def test_clean_seeds_prints_the_body_without_furniture(seed_files: list[Path], gold: dict) -> None:
    firsts = {d["doc"]: d for d in gold["documents"]}
    for path in seed_files:
        res = invoke("clean", path)
        assert res.exit_code == 0
        body = norm(res.stdout)
        want = firsts[path.name]
        assert norm(want["body_first_words"]) in body, path.name
        assert norm(want["body_last_words"]) in body, path.name
        raw = path.read_text(encoding="utf-8")
        for nc in (n for n in gold["not_claims"] if n["doc"] == path.name):
            start, end = nc["span"]
            around = norm(raw[max(raw.rfind("\n", 0, start) + 1, start - 30):min(raw.find("\n", end) % (len(raw) + 1), end + 30)])
            assert around not in body, f"{path.name}: furniture {nc['quote']!r} kept"


def test_clean_drops_page_furniture(page: Path) -> None:
    res = invoke("clean", page)
    assert res.exit_code == 0
    body = norm(res.stdout)
    for line in ARTICLE_LINES:
        assert norm(line) in body
    for line in FURNITURE_LINES:
        assert norm(line) not in body, line
    assert "Whitlock" not in body and "Holmbury" in body


def test_clean_json_gives_body_and_metadata(page: Path) -> None:
    text = invoke("clean", page).stdout
    res = invoke("clean", page, "--json")
    assert res.exit_code == 0
    record = json.loads(res.stdout)
    assert record["body"].rstrip() == text.rstrip()
    assert record["doc"] == page.name and record["status"] == "ok"
    assert record["title"] == "Bridge reopens after flood repairs"
    assert record["author"] == "Dana Whitlock"
    assert record["published"] == "2024-03-04"
    assert record["language"] == "en"
    assert any("Share on Facebook" in d for d in record["dropped"])


def test_clean_outlet_from_copyright_line(page: Path) -> None:
    assert json.loads(invoke("clean", page, "--json").stdout)["outlet"] == "The Valley Post"


def test_clean_jsonl_one_line_per_input(page: Path, tmp_path: Path) -> None:
    empty = tmp_path / "sub" / "nothing.txt"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    res = invoke("clean", page, empty, "--format", "jsonl")
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert len(lines) == 2
    rows = [json.loads(x) for x in lines]
    assert all(set(r) == CLEAN_KEYS for r in rows)
    assert [r["doc"] for r in rows] == ["valley_post.txt", "nothing.txt"]
    assert rows[0]["status"] == "ok" and "Holmbury" in rows[0]["body"] and rows[0]["reason"] is None
    assert rows[1]["status"] == "rejected" and rows[1]["reason"] and rows[1]["body"] == ""


# -- claims -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def example_claims() -> list[dict]:
    res = invoke("claims", EXAMPLES / "quake_06_meridian_courier.txt", "--format", "jsonl")
    assert res.exit_code == 0
    return [json.loads(x) for x in res.stdout.splitlines()]


def test_claims_jsonl_rows_point_at_their_evidence(example_claims: list[dict]) -> None:
    assert len(example_claims) >= 5
    cleaned = json.loads(invoke("clean", EXAMPLES / "quake_06_meridian_courier.txt", "--json").stdout)
    for row in example_claims:
        assert set(CLAIM_FIELDS) <= set(row)
        assert row["doc"] == "quake_06_meridian_courier.txt"
        # A headline claim's span points into the title, every other one into the body.
        text = cleaned["title"] if row["basis"] == "headline" else cleaned["body"]
        start, end = row["span"]
        assert text[start:end] == row["quote"]
        assert row["quote"] in row["sentence"] and row["sentence"] in text
        assert row["bound"] in {"exact", "approx", "at_least", "at_most", "range"}
        assert isinstance(row["low"], float | int) and isinstance(row["via"], list)
        assert isinstance(row["hedged"], bool) and isinstance(row["negated"], bool)
        if row["high"] is not None:
            assert row["high"] >= row["low"]


def test_claims_csv_and_table_carry_the_same_claims(example_claims: list[dict]) -> None:
    res = invoke("claims", EXAMPLES / "quake_06_meridian_courier.txt", "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert tuple(rows[0]) == CLAIM_FIELDS
    assert [r["quote"] for r in rows] == [c["quote"] for c in example_claims]
    assert [json.loads(r["span"]) for r in rows] == [c["span"] for c in example_claims]
    assert [float(r["low"]) for r in rows] == [c["low"] for c in example_claims]

    table = invoke("claims", EXAMPLES / "quake_06_meridian_courier.txt", "--format", "table")
    assert table.exit_code == 0
    assert "quote" in table.stdout and "claimant" in table.stdout
    assert invoke("claims", EXAMPLES, "--format", "yaml").exit_code != 0


def test_eval_on_the_seeds_meets_the_targets(seeds_dir: Path) -> None:
    res = invoke("eval", "--gold", seeds_dir / "gold" / "claims.jsonl", seeds_dir, "--json")
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    claims = scores["claims"]
    assert scores["documents"] == len(list(seeds_dir.glob("*.txt")))
    for name, floor in TARGETS.items():
        assert claims[name] >= floor, (name, claims[name])
    assert claims["f1"] >= min(TARGETS.values())
    for name, floor in FIELD_TARGETS.items():
        assert claims["fields"][name] >= floor, (name, claims["fields"][name])
    assert scores["not_claims_reported"] == 0


# -- run, report, serve ----------------------------------------------------------------------------

OUTPUTS = ("report.html", "report.md", "facts.json", "timeline.json", "actors.json", "stories.json",
           "claims.csv", "documents.jsonl")


def test_run_writes_the_brief_and_reports_changes_on_the_next_run(tmp_path: Path) -> None:
    inputs, db, out = tmp_path / "in", tmp_path / "l.sqlite", tmp_path / "out"
    inputs.mkdir()
    later = "quake_07_eastgate_daily.txt"
    for f in EXAMPLES.iterdir():
        if f.suffix in (".txt", ".html", ".jsonl") and f.name != later:
            shutil.copy(f, inputs / f.name)

    first = invoke("run", inputs, "--db", db, "--out", out)
    assert first.exit_code == 0, first.output
    assert re.search(r"^report: (.+report\.html)$", first.stdout, re.M)
    assert Path(re.search(r"^report: (.+)$", first.stdout, re.M).group(1)) == out / "report.html"
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0, name
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text().splitlines() if x.strip()]
    assert len(docs) == 7  # six files, the JSON Lines one holding two reports
    facts = json.loads((out / "facts.json").read_text())
    assert facts and isinstance(facts, list | dict)
    claims_csv = list(csv.DictReader(io.StringIO((out / "claims.csv").read_text())))
    con = sqlite3.connect(db)
    assert len(claims_csv) == con.execute("SELECT count(*) FROM claims").fetchone()[0]
    con.close()
    assert "What changed" not in (out / "report.md").read_text()

    shutil.copy(EXAMPLES / later, inputs / later)
    second = invoke("run", inputs, "--db", db, "--out", out)
    assert second.exit_code == 0, second.output
    changes = int(re.search(r"changes since last run\D*?(\d+)", second.output).group(1))
    assert changes > 0
    brief = (out / "report.md").read_text()
    section = brief.split("What changed", 1)[1].split("\n## ", 1)[0]
    assert later in section
    con = sqlite3.connect(db)
    rows = con.execute("SELECT kind, description FROM changes WHERE run_id = (SELECT max(id) FROM runs)").fetchall()
    con.close()
    assert len(rows) == changes
    assert ("new_document", f"new report {later}") in rows
    assert all(desc for _, desc in rows)
    new_claims = [d for k, d in rows if k == "new_claim"]
    assert new_claims and all(later in d for d in new_claims)

    # `report` re-writes the brief from the ledger alone.
    again = invoke("report", "--db", db, "--out", tmp_path / "again")
    assert again.exit_code == 0
    assert (tmp_path / "again" / "report.html").exists()
    assert len((tmp_path / "again" / "documents.jsonl").read_text().splitlines()) == 8


def test_serve_and_report_without_a_ledger_exit_with_a_message(tmp_path: Path) -> None:
    for cmd in ("serve", "report"):
        res = invoke(cmd, "--db", tmp_path / "missing.sqlite")
        assert res.exit_code != 0
        assert "no ledger at" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "missing.sqlite").exists()


def test_run_refuses_an_out_path_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("keep me")
    res = invoke("run", EXAMPLES / "quake_06_meridian_courier.txt", "--db", tmp_path / "l.sqlite", "--out", target)
    assert res.exit_code != 0 and "not a folder" in norm(res.output)
    assert target.read_text() == "keep me"


def test_eval_errors_list_gold_lines_without_a_sentence(tmp_path: Path) -> None:
    # A gold set that may not store the article's text has no "sentence" field; --errors must
    # still list its misses (it crashed on them), and print brackets from the text as they are.
    report = tmp_path / "r.txt"
    report.write_text("The council said 41 [sic] buses ran on Monday. Fares rose to $3.\n", encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc": "r.txt", "quote": "97 trams", "low": 97, "high": None}) + "\n",
                    encoding="utf-8")
    res = invoke("eval", "--gold", gold, report, "--errors")
    assert res.exit_code == 0, res.output
    assert "'97 trams'" in res.output and "[sic]" in res.output
