"""Facts from the seeds' gold claims, plus small invented stories of other kinds."""

from __future__ import annotations

import random

import pytest

from newsledger.model import Claim
from newsledger.reconcile.arithmetic import check_arithmetic
from newsledger.reconcile.derived import derive_claims
from newsledger.reconcile.facts import build_facts, build_facts_report

FIELDS = ("doc", "quote", "low", "high", "bound", "unit", "event", "subject", "claimant",
          "via", "time", "hedged", "negated", "sentence")


def to_claims(rows: list[dict]) -> list[Claim]:
    return [Claim(**{k: r[k] for k in FIELDS}, span=tuple(r["span"]),
                  claimant_aliases=r.get("claimant_aliases", []),
                  kind="percent" if r["unit"] == "percent" else "count") for r in rows]


@pytest.fixture(scope="module")
def seed(gold):
    claims = to_claims(gold["claims"])
    claims += derive_claims(claims)
    meta = {d["doc"]: d for d in gold["documents"]}
    actors = {a: e["canonical"] for e in gold["entities"] for a in [e["canonical"], *e["aliases"]]}
    facts = build_facts(claims, meta, actors)
    return claims, meta, actors, facts


def one(facts, label):
    found = [f for f in facts if f.label == label]
    assert len(found) == 1, [f.label for f in facts]
    return found[0]


def values(fact):
    return sorted({(c.low, c.high) for c in fact.claims})


def test_total_troops_is_one_consistent_fact(seed):
    f = one(seed[3], "North Korean troops sent")
    assert (f.low, f.high) == (11000, 12000)
    assert f.independent_sources >= 3
    assert f.status == "consistent"
    assert all(c.low >= 11000 for c in f.claims)


def test_additional_wave_is_separate_from_total_and_from_future(seed):
    f = one(seed[3], "additional North Korean troops sent")
    assert all(1000 <= c.low and (c.high or c.low) <= 3000 for c in f.claims)
    assert {c.bound for c in f.claims} >= {"at_least", "range"}
    # the Jan-Feb 2025 figures given without an "additional" word join by their time
    assert any(c.time and c.time.startswith("2025-01") for c in f.claims)
    future = [g for g in seed[3] if g.label.startswith("possible further North Korean troops")]
    assert len(future) == 1 and values(future[0]) == [(20000, 25000)]


def test_killed_later_estimate_supersedes_with_both_dates(seed):
    f = one(seed[3], "North Korean troops killed")
    derived = [c for c in f.claims if c.derived]
    assert len(derived) == 1 and derived[0].low == pytest.approx(2666.67, abs=0.01)
    assert any(c.low == 300 and not c.derived for c in f.claims)
    assert f.status in ("superseded", "conflicting")
    assert any("2025-01-13" in n and "2025-02-14" in n for n in f.notes)
    latest = {x["claimant"]: x["time"] for x in f.latest}
    assert latest["Volodymyr Zelensky"] == "2025-02-14"


def test_wounded_is_one_source_many_reports(seed):
    f = one(seed[3], "North Korean troops wounded")
    assert {c.low for c in f.claims} == {2700}
    assert (f.independent_sources, f.reports) == (1, 3)
    assert f.status == "single-source"


def test_casualty_counts_rate_and_share(seed):
    claims, _, _, facts = seed
    f = one(facts, "North Korean casualties")
    assert {3000, 4000} <= {c.low for c in f.claims}
    assert f.status == "consistent"
    rate = one(facts, "North Korean casualties per day")
    assert [c.low for c in rate.claims] == [92]
    shares = [c for c in check_arithmetic(claims, facts) if c.kind == "share_of"]
    assert shares and all(c.expected == pytest.approx(6000) and c.fits for c in shares)


def test_territory_held_shrinks_over_time(seed):
    f = one(seed[3], "area held (km²)")
    assert values(f) == [(400, None), (1000, None)]
    assert f.status == "superseded"
    assert f.latest[-1]["low"] == 400


def test_fact_ids_are_stable_under_reordering(seed):
    claims, meta, actors, facts = seed
    shuffled = claims[:]
    random.Random(7).shuffle(shuffled)
    again = build_facts(shuffled, meta, actors)
    assert {f.id for f in again} == {f.id for f in facts}
    assert len({f.id for f in facts}) == len(facts)


def _c(doc, quote, low, unit, event, subject, claimant, via, time, sentence, bound="exact"):
    return Claim(doc=doc, quote=quote, low=low, high=None, bound=bound, unit=unit, event=event,
                 subject=subject, claimant=claimant, via=via, time=time, hedged=False,
                 negated=False, sentence=sentence, span=(sentence.find(quote),
                                                         sentence.find(quote) + len(quote)))


def test_other_story_flood_and_protest():
    # the caller knows the stories (conclude groups reports first); figures of two stories never meet
    meta = {"a": {"outlet": "Daily Star", "published": "2024-05-06", "story": "flood"},
            "b": {"outlet": "Morning Post", "published": "2024-05-08", "story": "flood"},
            "c": {"outlet": "Morning Post", "published": "2024-05-10", "story": "protest"}}
    claims = [
        _c("a", "45", 45, "person", "die", "people who died in the floods", "Interior Ministry",
           ["Reuters"], "2024-05-06", "The interior ministry told Reuters on Monday 45 people died."),
        _c("b", "60", 60, "death", None, "flood deaths", "United Nations", ["Reuters"],
           "2024-05-08", "A UN office put the flood deaths at 60 on Wednesday, Reuters said."),
        _c("c", "5,000", 5000, "protester", "march", "protesters in the capital", "police", [],
           "2024-05-09", "Police counted 5,000 protesters in the capital on Thursday."),
        _c("c", "50,000", 50000, "protester", "march", "protesters in the capital", "organisers",
           [], "2024-05-09", "Organisers said 50,000 people marched on Thursday."),
    ]
    facts = build_facts(claims, meta, {"police": "Police", "Organisers": "Organisers"})
    assert len(facts) == 2
    flood = next(f for f in facts if f.event == "kill")
    assert flood.status == "superseded" and flood.label == "death toll"
    assert any("2024-05-06" in n and "2024-05-08" in n for n in flood.notes)
    assert flood.independent_sources == 2
    assert all(r["via"] == ["Reuters"] for r in flood.routes)
    protest = next(f for f in facts if f is not flood)
    assert protest.status == "conflicting"
    assert {r["claimant"] for r in protest.routes} == {"Police", "Organisers"}


def test_junk_claims_are_skipped_with_reasons():
    good = _c("x", "12", 12, "soldier", "kill", "soldiers", None, [], None, "12 soldiers died.")
    bad = _c("x", "?", 1, "soldier", "kill", "soldiers", None, [], None, "?")
    bad.low = "many"
    facts, skipped = build_facts_report([good, bad, None, "text"], None, None)
    assert len(facts) == 1 and facts[0].status == "single-source"
    assert len(skipped) == 3 and any("not a number" in s for s in skipped)
    assert build_facts([], {}, {}) == []


def test_missing_event_is_read_from_the_clause():
    s = "By nightfall 14 miners were dead or injured, and 30 more were rescued."
    a = _c("m", "14", 14, "miner", None, "miners", None, [], None, s)
    b = _c("m", "30", 30, "miner", None, "miners", None, [], None, s)
    facts = build_facts([a, b], {"m": {"outlet": "Gazette", "published": "2024-03-02"}}, {})
    assert sorted(f.event for f in facts) == ["casualty", "rescue"]


def test_countable_ing_nouns_are_units_and_verb_forms_are_not():
    from newsledger.reconcile.vocab import clean_unit

    assert clean_unit("building") == "building"
    assert clean_unit("hearings") == "hearings"
    assert clean_unit("fighting") is None


def test_peak_marker_belongs_to_the_figure_it_follows():
    # "at its peak" marks the 1,000, not the 400 the pocket has shrunk to: one claimant's
    # older and newer state, not two figures that cannot both hold.
    s = ("From more than 1,000 square kilometers at its peak, the rebel-held pocket has shrunk "
         "to around 400 square kilometers, army officers say.")
    claims = [_c("a", q, low, "square kilometer", "hold", "rebel-held pocket", "army officers", [], None, s,
                 bound=bound)
              for q, low, bound in (("more than 1,000 square kilometers", 1000, "at_least"),
                                    ("around 400 square kilometers", 400, "approx"))]
    facts = build_facts(claims, {"a": {"published": "2025-03-01", "story": "x"}}, {})
    assert len(facts) == 1
    assert facts[0].status == "superseded"
    assert facts[0].latest[0]["low"] == 400


def test_disagreements_come_before_revisions_in_the_notes():
    meta = {d: {"outlet": d.upper(), "published": day, "story": "quake"}
            for d, day in (("a", "2025-03-12"), ("b", "2025-03-13"))}
    claims = [
        _c("a", "1,284", 1284, "person", "kill", "people killed in the quake", "disaster agency", [],
           "2025-03-12", "The disaster agency said on Wednesday that 1,284 people were killed."),
        _c("b", "1,412", 1412, "person", "kill", "people killed in the quake", "disaster agency", [],
           "2025-03-13", "The disaster agency said on Thursday that 1,412 people were killed."),
        _c("b", "2,000", 2000, "person", "kill", "people killed in the quake", "relief office", [],
           "2025-03-13", "A relief office said on Thursday that 2,000 people were killed."),
    ]
    facts = build_facts(claims, meta, {})
    assert len(facts) == 1 and facts[0].status == "conflicting"
    kinds = ["supersedes" in n for n in facts[0].notes if " vs " in n]
    assert kinds == sorted(kinds) and kinds[0] is False and True in kinds
