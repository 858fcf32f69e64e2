"""The brief and data files, written from gold seed data grouped trivially into facts."""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsledger.model import (
    Actor,
    ArithmeticCheck,
    Claim,
    Document,
    Fact,
    Story,
    TimelineEntry,
)
from newsledger.report.anchors import claim_anchor, claim_ref
from newsledger.report.bundle import Ledger
from newsledger.report.charts import parse_when
from newsledger.report.highlight import split_sentence
from newsledger.report.writer import md_escape, write_report

XSS_SENTENCE = "<script>alert(1)</script>"
XSS_TITLE = '"><img src=x onerror=alert(2)>'


def claim_from_gold(row: dict) -> Claim:
    return Claim(doc=row["doc"], quote=row["quote"], low=row["low"], high=row["high"],
                 bound=row["bound"], unit=row["unit"], event=row["event"],
                 subject=row["subject"], claimant=row["claimant"], via=list(row["via"]),
                 time=row["time"], hedged=row["hedged"], negated=row["negated"],
                 sentence=row["sentence"], span=tuple(row["span"]),
                 claimant_aliases=list(row.get("claimant_aliases") or []))


def group_facts(claims: list[Claim]) -> list[Fact]:
    """Test-only grouping by (unit, event), just to have facts to render."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        groups[(c.unit, c.event)].append(c)
    facts = []
    for i, ((unit, event), cs) in enumerate(sorted(groups.items(), key=lambda kv: str(kv[0]))):
        values = {(c.low, c.high) for c in cs}
        claimants = {c.claimant or c.doc for c in cs}
        status = ("consistent" if len(values) == 1 else
                  "single-source" if len(claimants) == 1 else "conflicting")
        lows = [c.low for c in cs]
        highs = [c.high if c.high is not None else c.low for c in cs]
        facts.append(Fact(id=f"f{i}", unit=unit, event=event, subject=cs[0].subject,
                          status=status, low=min(lows), high=max(highs),
                          independent_sources=len(claimants), reports=len({c.doc for c in cs}),
                          claims=cs, notes=[f"{len(values)} different values"]
                          if status == "conflicting" else []))
    return facts


def gold_ledger(gold: dict, seeds_dir: Path) -> Ledger:
    docs = []
    for row in gold["documents"]:
        body = (seeds_dir / row["doc"]).read_text(encoding="utf-8")
        docs.append(Document(doc=row["doc"], source=str(seeds_dir / row["doc"]), raw_hash="",
                             body=body, title=row["title"], outlet=row["outlet"],
                             published=row["published"], author=row["author"]))
    claims = [claim_from_gold(r) for r in gold["claims"]]
    facts = group_facts(claims)
    timeline = [TimelineEntry(when=t["when"], what=t["what"], claimant=t["claimant"],
                              docs=list(t["docs"])) for t in gold["timeline"]]
    actors = [Actor(canonical=e["canonical"], type=e["type"], aliases=list(e["aliases"]),
                    role=e.get("role")) for e in gold["entities"]]
    story = Story(id="s1", title="Test story", docs=[d.doc for d in docs],
                  duplicates=[(docs[-1].doc, docs[0].doc)])
    pair = [c for c in claims if c.unit == claims[0].unit][:2]
    checks = [ArithmeticCheck(kind="parts_total", description="two figures add up",
                              expected=pair[0].low + pair[-1].low, observed=pair[0].low + pair[-1].low,
                              fits=True, claims=[claim_ref(c) for c in pair])]
    return Ledger(documents=docs, rejected=[("broken.bin", "/in/broken.bin", "not text: binary")],
                  claims=claims, facts=facts, stories=[story], actors=actors,
                  timeline=timeline, checks=checks,
                  changes=[{"kind": "new", "description": "first run"}], generated="2025-03-01")


@pytest.fixture(scope="module")
def ledger(gold, seeds_dir) -> Ledger:
    return gold_ledger(gold, seeds_dir)


@pytest.fixture(scope="module")
def written(ledger, tmp_path_factory) -> dict[str, Path]:
    return write_report(ledger, tmp_path_factory.mktemp("report"))


class _Ids(HTMLParser):
    """Collects ids, local hrefs and external references from the written HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if a.get("href"):
            self.hrefs.append(a["href"])
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith(("#", "data:")):
                self.sources.append(a[key])


def test_all_files_written(written):
    for name in ("report.html", "report.md", "facts.json", "timeline.json", "actors.json",
                 "stories.json", "claims.csv", "documents.jsonl", "timeline.png", "timeline.svg"):
        assert written[name].exists() and written[name].stat().st_size > 0, name
    assert written["timeline.png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in written["timeline.svg"].read_bytes()[:2000]


def test_html_self_contained_and_links_resolve(written):
    html = written["report.html"].read_text(encoding="utf-8")
    parser = _Ids()
    parser.feed(html)
    assert parser.sources == []
    missing = [h for h in parser.hrefs if h.startswith("#") and h[1:] not in parser.ids]
    assert missing == []
    assert "data:image/svg+xml;base64," in html
    assert '<svg class="provenance"' in html


def test_every_claim_quoted_with_mark(written, ledger):
    html = written["report.html"].read_text(encoding="utf-8")
    for c in ledger.claims:
        assert f'id="{claim_anchor(c)}"' in html
    marks = re.findall(r"<mark>([^<]*)</mark>", html)
    quotes = {c.quote for c in ledger.claims}
    assert quotes & set(marks) == quotes


def _rows(html: str, table_class: str) -> int:
    if f'<table class="{table_class}">' not in html:
        return 0
    table = html.split(f'<table class="{table_class}">')[1].split("</table>")[0]
    return len(re.findall(r"<tr[ >]", table)) - 1  # minus the header row


def test_key_figures_and_disputed(written, ledger):
    html = written["report.html"].read_text(encoding="utf-8")
    key, other = _rows(html, "figures"), _rows(html, "others")
    assert key > 0 and key + other == len(ledger.facts)
    disputed = [f for f in ledger.facts if f.status == "conflicting"]
    assert disputed, "the gold data should have conflicting figures"
    assert html.count('class="disputed') == len(disputed)


def test_summary_is_extractive_and_cited(written, ledger):
    html = written["report.html"].read_text(encoding="utf-8")
    block = html.split('<div class="summary">')[1].split("</div>")[0]
    paras = re.findall(r"<p>(.*?)</p>", block, re.S)
    assert 2 <= len(paras) <= 4
    sentences = {c.sentence for c in ledger.claims}
    import html as h
    for p in paras:
        text = re.sub(r"<a class=\"cite\".*", "", p).replace("<mark>", "").replace("</mark>", "")
        assert h.unescape(text).strip() in sentences
        assert 'class="cite" href="#ev-' in p


def test_markdown_sections_and_bold_figure(written, ledger):
    md = written["report.md"].read_text(encoding="utf-8")
    for heading in ("### Summary", "### Key figures", "### Disputed figures", "### Timeline",
                    "### Provenance", "### Arithmetic checks", "### Evidence", "## Documents",
                    "## Rejected inputs", "## What changed"):
        assert heading in md
    assert f"**{md_escape(ledger.claims[0].quote)}**" in md
    assert re.search(r"[a-z]\*\*\d", md) is None  # the words around a figure keep their spaces
    assert "broken.bin" in md


def test_data_files_shapes(written, ledger):
    facts = json.loads(written["facts.json"].read_text())
    assert len(facts) == len(ledger.facts)
    for key in ("id", "unit", "event", "subject", "status", "low", "high",
                "independent_sources", "reports", "claims"):
        assert key in facts[0]
    assert set(facts[0]["claims"][0]) >= {"doc", "quote", "low", "high", "claimant", "via", "time"}
    assert sum(len(f["claims"]) for f in facts) == len(ledger.claims)
    timeline = json.loads(written["timeline.json"].read_text())
    assert [t["when"] for t in timeline] == [t.when for t in ledger.timeline]
    actors = json.loads(written["actors.json"].read_text())
    assert {a["canonical"] for a in actors} == {a.canonical for a in ledger.actors}
    stories = json.loads(written["stories.json"].read_text())
    assert stories[0]["duplicates"] == [list(p) for p in ledger.stories[0].duplicates]
    with written["claims.csv"].open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(ledger.claims)
    assert {"doc", "quote", "low", "claimant", "via", "span", "sentence", "fact"} <= set(rows[0])
    docs = [json.loads(line) for line in written["documents.jsonl"].read_text().splitlines()]
    assert len(docs) == len(ledger.documents) + 1
    assert docs[-1]["status"] == "rejected" and docs[-1]["reason"]
    assert "body" not in docs[0]


def test_input_is_escaped(ledger, tmp_path):
    evil_claim = replace(ledger.claims[0], sentence=f"Officials said {XSS_SENTENCE} 1,000 troops.",
                         quote="1,000", claimant=XSS_TITLE)
    evil_doc = replace(ledger.documents[0], title=XSS_TITLE, outlet="<b>Outlet</b>")
    facts = [replace(ledger.facts[0], claims=[evil_claim], notes=[XSS_SENTENCE],
                     label=XSS_TITLE, status="conflicting")]
    evil = replace(ledger, documents=[evil_doc], claims=[evil_claim], facts=facts,
                   rejected=[(XSS_TITLE, "x", XSS_SENTENCE)],
                   timeline=[TimelineEntry(when="2025-01-02", what=XSS_SENTENCE,
                                           claimant=XSS_TITLE, docs=[evil_doc.doc])],
                   stories=[Story(id="s", title=XSS_TITLE, docs=[evil_doc.doc])])
    out = write_report(evil, tmp_path)
    html = out["report.html"].read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "<b>Outlet" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    md = out["report.md"].read_text(encoding="utf-8")
    assert "<script>" not in md and "<img" not in md


def test_empty_and_junk_ledger_does_not_crash(tmp_path):
    junk = Ledger(claims=[Claim(doc="d", quote="", low=float("nan"), high=None, bound="exact",
                                unit=None, event=None, subject=None, claimant=None, via=[],
                                time="not a date", hedged=False, negated=False, sentence="",
                                span=(5, 2))],
                  timeline=[TimelineEntry(when="garbage", what="x", claimant=None)],
                  rejected=[("only-two", "fields")],  # type: ignore[list-item]
                  changes=["plain string"])  # type: ignore[list-item]
    out = write_report(junk, tmp_path)
    assert "report.html" in out and out["report.html"].stat().st_size > 0
    out2 = write_report(Ledger(), tmp_path / "empty")
    assert "No facts" in out2["report.html"].read_text(encoding="utf-8")


def test_split_sentence_and_parse_when():
    c = Claim(doc="d", quote="12,000", low=12000, high=None, bound="exact", unit="troop",
              event=None, subject=None, claimant=None, via=[], time=None, hedged=False,
              negated=False, sentence="About 12,000 troops.", span=(106, 112),
              sentence_span=(100, 120))
    assert split_sentence(c) == ("About ", "12,000", " troops.")
    assert parse_when("2025-02") == (parse_when("2025-02-01")[0], parse_when("2025-02-28")[1])
    assert parse_when("2024-09-01/2024-11-30")[1].month == 11
    assert parse_when("soon") is None


def _fact(label: str, unit: str | None, event: str | None, subject: str | None = None,
          reports: int = 1, indep: int = 1) -> Fact:
    return Fact(id=label or "x", unit=unit, event=event, subject=subject, status="single-source",
                low=1.0, high=1.0, independent_sources=indep, reports=reports, label=label)


def test_fact_headings_from_noisy_labels():
    from newsledger.report.labels import display_label, is_noisy

    # a pronoun or an unknown verb lemma in the label gives way to the subject or the unit
    assert display_label(_fact("people carry", "passenger", "carry", "passengers")) == "passengers"
    assert display_label(_fact("foot plane", "foot", "plane")) == "feet"
    assert display_label(_fact("slap (percent)", "percent", "slap", "tariff on steel")) == (
        "tariff on steel (percent)")
    assert display_label(_fact("additional troops leave", "troop", "leave",
                               "additional troops")) == "additional troops"
    assert display_label(_fact("hospital run", "hospital", "run", "island 's hospitals")) == (
        "island's hospitals")
    # a label the vocabulary wrote is kept
    assert display_label(_fact("people killed", "person", "kill", "them")) == "people killed"
    assert is_noisy(_fact("they treat", "they", "treat"))
    assert is_noisy(_fact("count", None, None, reports=4, indep=3))
    assert not is_noisy(_fact("people killed", "person", "kill"))


def test_key_facts_lead_with_multi_source_and_tuck_noise_away():
    from newsledger.report.context import rank_facts
    from newsledger.report.labels import split_key_facts

    facts = [_fact("they treat", "they", "treat"), _fact("people killed", "person", "kill",
                                                         reports=5, indep=3),
             _fact("count", None, None, reports=4, indep=2),
             _fact("homes damaged", "home", "damage", reports=2)]
    facts += [_fact(f"boats sunk {i}", "boat", "sink") for i in range(20)]
    key, other = split_key_facts(rank_facts(facts), key_max=6)
    assert [f.label for f in key[:2]] == ["people killed", "homes damaged"]
    assert len(key) == 6
    assert {"they treat", "count"} <= {f.label for f in other}
    assert len(key) + len(other) == len(facts)


def test_short_claimant():
    from newsledger.report.labels import short_claimant

    assert short_claimant("Institute for the Study of War, a Washington think tank") == (
        "Institute for the Study of War")
    assert short_claimant("unknown outlet (r3.txt) (own voice)") == "r3.txt (own voice)"
    long = "A committee of regional officials and independent monitors from many countries"
    assert len(short_claimant(long)) <= 44 and short_claimant(long).endswith("…")


@pytest.fixture(scope="module")
def real_brief(tmp_path_factory) -> Path:
    """The brief written by `newsledger run` over the project's examples (two stories)."""
    from test_web import run_pipeline

    examples = Path(__file__).resolve().parents[1] / "examples"
    if not examples.is_dir():
        pytest.skip("examples/ is not present")
    work = tmp_path_factory.mktemp("real")
    run_pipeline([examples], work)
    return work / "out"


def test_real_brief_contents_key_figures_and_links(real_brief):
    html = (real_brief / "report.html").read_text(encoding="utf-8")
    parser = _Ids()
    parser.feed(html)
    assert parser.sources == []
    assert [h for h in parser.hrefs if h.startswith("#") and h[1:] not in parser.ids] == []
    stories = json.loads((real_brief / "stories.json").read_text())
    if len(stories) > 1:  # a table of contents with one row per story
        toc = html.split('<table class="toc-stories">')[1].split("</table>")[0]
        assert len(re.findall(r"<tr>", toc)) - 1 == len(stories)
    facts = json.loads((real_brief / "facts.json").read_text())
    # each story's key-figures table is ordered by how many reports carry the figure
    for table in html.split('<table class="figures">')[1:]:
        table = table.split("</table>")[0]
        src = [int(a) for a in re.findall(r'class="num src"[^>]*>\d+ / (\d+)<', table)]
        assert src and src == sorted(src, reverse=True)
    # evidence is folded, one block per fact
    assert html.count('<details class="evidence-block') == len(facts)
    md = (real_brief / "report.md").read_text(encoding="utf-8")
    assert "### Key figures" in md
