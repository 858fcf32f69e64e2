"""Echo versus independence: one agency through one wire stays one source."""

from __future__ import annotations

from newsledger.model import Claim, Fact
from newsledger.reconcile.facts import build_facts
from newsledger.reconcile.provenance import echoes, provenance

FIELDS = ("doc", "quote", "low", "high", "bound", "unit", "event", "subject", "claimant",
          "via", "time", "hedged", "negated", "sentence")


def to_claims(rows: list[dict]) -> list[Claim]:
    """Gold rows as Claims (same helper as in test_facts; tests are not a package)."""
    return [Claim(**{k: r[k] for k in FIELDS}, span=tuple(r["span"]),
                  claimant_aliases=r.get("claimant_aliases", []),
                  kind="percent" if r["unit"] == "percent" else "count") for r in rows]


def _claim(doc, claimant, via, aliases=()):
    s = "The agency estimated that 1,200 people were displaced by the fighting."
    return Claim(doc=doc, quote="1,200", low=1200, high=None, bound="exact", unit="people",
                 event="displace", subject="people displaced", claimant=claimant, via=via,
                 time=None, hedged=True, negated=False, sentence=s, span=(27, 32),
                 claimant_aliases=list(aliases))


def _fact(claims):
    return Fact(id="f", unit="people", event="displace", subject=None, status="", low=None,
                high=None, independent_sources=0, reports=0, claims=claims)


def test_five_outlets_through_one_wire_are_one_source():
    docs = [f"d{i}" for i in range(5)]
    meta = {d: {"outlet": f"Outlet {i}"} for i, d in enumerate(docs)}
    names = ["Relief Agency", "the relief agency", "RA", "Relief Agency", "RELIEF AGENCY"]
    claims = [_claim(d, n, ["Wire Service"]) for d, n in zip(docs, names, strict=True)]
    indep, reports, routes = provenance(_fact(claims), meta, {"RA": "Relief Agency"})
    assert (indep, reports) == (1, 5)
    assert {r["claimant"] for r in routes} == {"Relief Agency"}
    assert all(r["via"] == ["Wire Service"] for r in routes)
    assert {r["outlet"] for r in routes} == {f"Outlet {i}" for i in range(5)}


def test_outlet_voice_counts_only_without_named_claimants():
    meta = {"a": {"outlet": "Paper A"}}
    own = [_claim("a", None, []), _claim("b", None, [])]
    indep, reports, routes = provenance(_fact(own), meta, {})
    assert (indep, reports) == (2, 2)
    assert {r["outlet"] for r in routes} == {"Paper A", "unknown outlet (b)"}
    mixed = own + [_claim("c", "Relief Agency", [])]
    assert provenance(_fact(mixed), meta, {})[0] == 1


def test_bad_input_gives_zero_not_an_error():
    assert provenance(_fact([]), {}, {}) == (0, 0, [])
    assert provenance(None, None, None) == (0, 0, [])


def test_seed_agency_figures_are_echoed_not_confirmed(gold):
    meta = {d["doc"]: d for d in gold["documents"]}
    actors = {a: e["canonical"] for e in gold["entities"] for a in [e["canonical"], *e["aliases"]]}
    facts = build_facts(to_claims(gold["claims"]), meta, actors)
    wounded = next(f for f in facts if f.label == "North Korean troops wounded")
    counts = echoes(wounded)
    assert len(counts) == 1 and list(counts.values()) == [3]
    assert wounded.independent_sources == 1 and wounded.reports == 3
