"""Derived claims and arithmetic checks keep interval bounds."""

from __future__ import annotations

import pytest

from newsledger.model import Claim
from newsledger.reconcile.arithmetic import check_arithmetic
from newsledger.reconcile.derived import derive_claims
from newsledger.reconcile.facts import build_facts

FIELDS = ("doc", "quote", "low", "high", "bound", "unit", "event", "subject", "claimant",
          "via", "time", "hedged", "negated", "sentence")


def to_claims(rows: list[dict]) -> list[Claim]:
    """Gold rows as Claims (same helper as in test_facts; tests are not a package)."""
    return [Claim(**{k: r[k] for k in FIELDS}, span=tuple(r["span"]),
                  claimant_aliases=r.get("claimant_aliases", []),
                  kind="percent" if r["unit"] == "percent" else "count") for r in rows]


def _c(quote, low, unit, event, sentence, claimant="Health Ministry", bound="exact", time=None):
    start = sentence.find(quote)
    return Claim(doc="n1", quote=quote, low=low, high=None, bound=bound, unit=unit, event=event,
                 subject=None, claimant=claimant, via=[], time=time, hedged=False,
                 negated=False, sentence=sentence, span=(start, start + len(quote)),
                 kind="percent" if unit == "percent" else "count")


def test_of_whom_share_becomes_a_derived_count():
    s = "Officials counted 1,500 patients, 40% of whom were children, the ministry said."
    derived = derive_claims([_c("1,500", 1500, "patient", "infect", s),
                             _c("40%", 40, "percent", "infect", s)])
    assert len(derived) == 1
    d = derived[0]
    assert d.derived and d.low == pytest.approx(600) and d.bound == "exact"
    assert d.unit == "patient" and d.basis == "40% of 1,500"


def test_share_without_link_is_not_derived():
    s = "The ministry reported 1,500 cases while turnout fell 40% in the region."
    assert derive_claims([_c("1,500", 1500, "case", "infect", s),
                          _c("40%", 40, "percent", "vote", s)]) == []
    assert derive_claims([None, "junk"]) == []


def test_seed_relations_are_real_and_name_every_claim(gold):
    claims = to_claims(gold["claims"])
    derived = derive_claims(claims)
    assert [(d.basis, d.bound) for d in derived] == [("two-thirds of 4,000", "approx")]
    assert derived[0].low == pytest.approx(2666.67, abs=0.01)
    meta = {d["doc"]: d for d in gold["documents"]}
    facts = build_facts(claims + derived, meta, {})
    checks = check_arithmetic(claims + derived, facts)
    # a fraction that only derives a count is no check, and the ISW's 92 a day is given
    # for no period the reports also count: neither makes a check
    assert {c.kind for c in checks} == {"parts_total", "share_of"}
    # killed + wounded (Jan 13) against a casualty total given later: a larger later total fits
    parts = [c for c in checks if c.kind == "parts_total"]
    assert parts and all(c.fits for c in parts) and all(len(c.claims) == 3 for c in parts)
    # up to half of the 11,000-12,000 force against the 4,000 casualties: names all three
    shares = [c for c in checks if c.kind == "share_of"]
    assert shares and all(len(c.claims) == 3 and c.fits for c in shares)
    assert all(c.claims for c in checks)


def _doc(sentences: list[tuple[str, list[tuple[str, float, str, str | None]]]], doc: str = "d1",
         claimant: str | None = "Coast Guard", published: str = "2025-11-02"):
    """Claims of one report: each sentence with its (quote, value, unit, event) figures."""
    out = []
    offset = 0
    for sentence, figures in sentences:
        for quote, low, unit, event in figures:
            start = sentence.find(quote)
            out.append(Claim(doc=doc, quote=quote, low=low, high=None, bound="exact", unit=unit,
                             event=event, subject=None, claimant=claimant, via=[], time=None,
                             hedged=False, negated=False, sentence=sentence,
                             span=(offset + start, offset + start + len(quote)),
                             sentence_span=(offset, offset + len(sentence)),
                             kind="percent" if unit == "percent" else "count"))
        offset += len(sentence) + 1
    return out, {doc: {"outlet": "Gazette", "published": published, "story": "s"}}


def test_parts_and_total_of_one_group_in_one_report():
    claims, meta = _doc([
        ("A ferry carrying 214 people sank on Sunday.", [("214", 214, "person", "carry")]),
        ("By nightfall 162 people had been rescued, 38 bodies recovered and 14 people were missing.",
         [("162", 162, "person", "rescue"), ("38", 38, "body", "recover"), ("14", 14, "person", None)]),
    ])
    checks = check_arithmetic(claims, build_facts(claims, meta, {}), meta)
    assert len(checks) == 1 and checks[0].kind == "parts_total" and checks[0].fits
    assert len(checks[0].claims) == 4  # three parts and the total, each named


def test_parts_that_do_not_add_up_are_flagged():
    claims, meta = _doc([
        ("Rescuers reached 32 miners trapped by the collapse.", [("32", 32, "miner", "trap")]),
        ("By evening 11 miners had been rescued and 19 were still trapped.",
         [("11", 11, "miner", "rescue"), ("19", 19, "miner", "trap")]),
    ])
    checks = check_arithmetic(claims, build_facts(claims, meta, {}), meta)
    assert [(c.kind, c.fits) for c in checks] == [("parts_total", False)]


def test_share_of_a_named_base_and_unrelated_shares():
    claims, meta = _doc([
        ("The carmaker will cut 4,500 jobs, or 12 percent of its workforce of 37,500, it said.",
         [("4,500", 4500, "job", "cut"), ("12 percent", 12, "percent", "cut"), ("37,500", 37500, "job", None)]),
        ("Its shares fell 6.3 percent while 200 dealers closed.",
         [("6.3 percent", 6.3, "percent", "fall"), ("200", 200, "dealer", "close")]),
    ], claimant="Company")
    checks = check_arithmetic(claims, build_facts(claims, meta, {}), meta)
    assert [(c.kind, c.fits) for c in checks] == [("share_of", True)]
    assert len(checks[0].claims) == 3


def test_rate_over_the_period_the_text_gives():
    claims, meta = _doc([
        ("Over the past four weeks the ministry logged 392 new cases, an average of 14 a day.",
         [("392", 392, "case", "log"), ("14", 14, None, None)]),
        ("Since the outbreak began, 1,310 people have been infected.", [("1,310", 1310, "person", "infect")]),
    ], claimant="Health Ministry")
    checks = check_arithmetic(claims, build_facts(claims, meta, {}), meta)
    assert [(c.kind, c.fits) for c in checks] == [("rate_over_period", True)]
    # the running total is not a count for the rate's four weeks: it is not compared


def test_increment_brings_the_total_to_a_new_figure():
    first, meta1 = _doc([("The coast guard said 38 people had died.", [("38", 38, "person", "die")])],
                        doc="a", published="2025-11-02")
    second, meta2 = _doc([("Divers recovered three more bodies, bringing the death toll to 41.",
                           [("three", 3, "body", "recover"), ("41", 41, None, "bring")])],
                         doc="b", published="2025-11-03")
    claims, meta = first + second, meta1 | meta2
    checks = check_arithmetic(claims, build_facts(claims, meta, {}), meta)
    assert [(c.kind, c.fits, len(c.claims)) for c in checks] == [("parts_total", True, 3)]


def test_check_arithmetic_on_junk():
    assert check_arithmetic(None, None) == []
    assert check_arithmetic(["x"], [None]) == []
