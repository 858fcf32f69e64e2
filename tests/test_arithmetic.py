"""Derived claims and arithmetic checks keep interval bounds."""

from __future__ import annotations

import pytest

from newsledger.model import Claim
from newsledger.reconcile.arithmetic import check_arithmetic, derive_claims
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


def test_seed_fraction_rate_and_parts(gold):
    claims = to_claims(gold["claims"])
    derived = derive_claims(claims)
    assert [(d.basis, d.bound) for d in derived] == [("two-thirds of 4,000", "approx")]
    assert derived[0].low == pytest.approx(2666.67, abs=0.01)
    meta = {d["doc"]: d for d in gold["documents"]}
    facts = build_facts(claims + derived, meta, {})
    checks = check_arithmetic(claims + derived, facts)
    kinds = {c.kind for c in checks}
    assert kinds == {"parts_total", "fraction_of", "share_of", "rate_over_period"}
    # 2,667 killed cannot be an exact 300
    frac = [c for c in checks if c.kind == "fraction_of" and c.observed == 300]
    assert frac and not all(c.fits for c in frac)
    # killed + wounded 3,000 against a casualty total in the same report
    parts = [c for c in checks if c.kind == "parts_total"]
    assert parts and all(c.fits for c in parts) and len(parts[0].claims) == 3
    # ~92 a day over two months already exceeds a 4,000 total
    rates = [c for c in checks if c.kind == "rate_over_period"]
    assert rates and all(c.expected > 5000 and not c.fits for c in rates)


def test_check_arithmetic_on_junk():
    assert check_arithmetic(None, None) == []
    assert check_arithmetic(["x"], [None]) == []
