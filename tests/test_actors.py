"""Actor resolution across documents, and the pairwise scorer."""

from __future__ import annotations

import pytest

from newsledger.evaluate.actors import pairwise_f1
from newsledger.extract.mentions import find_mentions
from newsledger.link.actors import normalise, resolve_actors
from newsledger.model import Actor, Mention


def _m(doc: str, text: str, label: str, start: int = 0) -> Mention:
    return Mention(doc=doc, text=text, label=label, role="entity", start=start, end=start + len(text))


def _group_of(alias_map: dict[str, str], text: str) -> str:
    return alias_map[text]


@pytest.fixture(scope="module")
def seed_mentions(seeds_dir, gold):
    out = []
    for d in gold["documents"]:
        text = (seeds_dir / d["doc"]).read_text(encoding="utf-8")
        body = "\n\n".join(text[a:b] for a, b in d["body_spans"])
        out += find_mentions(d["doc"], body)
    return out


def test_seed_grouping_with_claim_names(seed_mentions, gold):
    names = [(c["claimant"], c["via"]) for c in gold["claims"]]
    actors, alias_map = resolve_actors(seed_mentions, names)
    score = pairwise_f1(actors, gold["entities"])
    assert score["f1"] >= 0.9, score
    assert score["precision"] >= 0.95, score
    for a in actors:
        assert alias_map[a.canonical] == a.canonical or a.canonical in alias_map


def test_seed_grouping_from_mentions_alone(seed_mentions, gold):
    actors, _ = resolve_actors(seed_mentions)
    score = pairwise_f1(actors, gold["entities"])
    assert score["f1"] >= 0.85, score


def test_acronym_country_prefix_and_descriptor_join_across_documents():
    mentions = [
        _m("a", "Kenya's National Disaster Management Authority (NDMA)", "ORG"),
        _m("b", "NDMA", "ORG"),
        _m("b", "National Disaster Management Authority", "ORG", 20),
        _m("c", "Nairobi's disaster agency", "ORG"),
        _m("c", "Tanzania's disaster agency", "ORG", 40),
        _m("d", "Tanzania's Disaster Management Department", "ORG"),
    ]
    actors, amap = resolve_actors(mentions)
    kenya = amap["NDMA"]
    assert kenya == "National Disaster Management Authority (Kenya)"
    for alias in ("National Disaster Management Authority", "Nairobi's disaster agency",
                  "Kenya's National Disaster Management Authority (NDMA)"):
        assert amap[alias] == kenya
    assert amap["Tanzania's disaster agency"] == amap["Tanzania's Disaster Management Department"] != kenya
    assert next(a for a in actors if a.canonical == kenya).type == "agency"


def test_person_variants_roles_and_capitals():
    mentions = [
        _m("a", "Defence Minister Olena Kovalenko", "PERSON"),
        _m("a", "Olena Kovalenko", "PERSON", 17),
        _m("b", "Kovalenkko", "PERSON"),
        _m("c", "the defence minister, Olena Kovalenkoh", "PERSON"),
        _m("c", "Olena Kovalenkoh", "PERSON", 24),
        _m("d", "Kyiv", "GPE"),
        _m("d", "Ukrainian officials", "ORG", 10),
        _m("e", "Ukraine", "GPE"),
        _m("e", "Moscow", "GPE", 20),
    ]
    actors, amap = resolve_actors(mentions)
    person = amap["Olena Kovalenko"]
    assert amap["Kovalenkko"] == amap["the defence minister, Olena Kovalenkoh"] == person
    assert amap["Defence Minister Olena Kovalenko"] == person
    assert amap["Kyiv"] == amap["Ukrainian officials"] == amap["Ukraine"] == "Ukraine"
    assert amap["Moscow"] == "Russia"
    assert next(a for a in actors if a.canonical == person).type == "person"


def test_anaphor_binds_to_nearest_compatible_antecedent():
    mentions = [
        _m("a", "Ministry of Health", "ORG", 0),
        _m("a", "the Daily Sentinel", "MEDIA", 50),
        _m("a", "The ministry", "ORG", 120),
        _m("a", "the newspaper", "MEDIA", 200),
        _m("b", "Red Cross", "ORG", 0),
    ]
    _, amap = resolve_actors(mentions)
    assert amap["The ministry"] == amap["Ministry of Health"]
    assert amap["the newspaper"] == amap["the Daily Sentinel"]


def test_curly_and_straight_apostrophes_are_one_name():
    mentions = [_m("a", "Chile’s Interior Ministry", "ORG"), _m("b", "Chile's Interior Ministry", "ORG")]
    _, amap = resolve_actors(mentions)
    assert amap["Chile’s Interior Ministry"] == amap["Chile's Interior Ministry"]


def test_junk_is_skipped():
    actors, amap = resolve_actors([None, "text", _m("a", "", "ORG")], [None, ("", []), 5])
    assert actors == [] and amap == {}


def test_pairwise_f1_counts_pairs_over_shared_strings():
    gold = [{"canonical": "A", "aliases": ["a1", "a2"]}, {"canonical": "B", "aliases": ["b1"]}]
    system = [Actor("A", "agency", ["a1"]), Actor("X", "agency", ["a2", "b1"]), Actor("Z", "group", ["zz"])]
    s = pairwise_f1(system, gold)
    # shared strings a, a1, a2, b1 (zz and b only on one side); gold pairs: a-a1, a-a2, a1-a2
    assert s["gold_pairs"] == 3 and s["system_pairs"] == 2 and s["correct_pairs"] == 1
    assert s["precision"] == pytest.approx(0.5) and s["recall"] == pytest.approx(1 / 3)
    assert normalise("The Agency’s") == "agency"


def test_transliteration_titles_and_surnames_of_claimants_merge():
    """Spelling variants of one person (doubled or -iy endings) and bare surnames used as
    claimant names are one actor, so a figure they repeat counts one source, not several."""
    mentions = [
        _m("a", "Premier Oleksandr Kravchenkiy", "PERSON"),
        _m("b", "Oleksandr Kravchenko", "PERSON"),
    ]
    claims = [
        ("Moldovan Premier Oleksandr Kravchenkyy", []),
        ("Kravchenko", []),
        ("Kravchenkyy", []),
        ("Oleksandr Kravchenkiy", []),
    ]
    actors, amap = resolve_actors(mentions, claims)
    person = amap["Oleksandr Kravchenko"]
    for alias in ("Premier Oleksandr Kravchenkiy", "Moldovan Premier Oleksandr Kravchenkyy",
                  "Kravchenko", "Kravchenkyy", "Oleksandr Kravchenkiy"):
        assert amap[alias] == person, alias
    assert [a.type for a in actors if a.canonical == person] == ["person"]
    # a different first name is a different person, however close the surname
    _, amap2 = resolve_actors([*mentions, _m("c", "Iryna Kravchenko", "PERSON")])
    assert amap2["Iryna Kravchenko"] != amap2["Oleksandr Kravchenko"]


def test_coordinated_sources_stay_whole_and_appositions_fold():
    claims = [
        ("French and German officials", []),
        ("Brazil and the United States", []),
        ("Centre for Coastal Studies, a Lisbon research group", []),
        ("Centre for Coastal Studies", []),
        ("the UN's refugee office, UNHCR", []),
        ("UNHCR", []),
    ]
    actors, amap = resolve_actors([], claims)
    assert amap["French and German officials"] == "French and German officials"
    assert amap["Brazil and the United States"] == "Brazil and the United States"
    assert amap["Centre for Coastal Studies, a Lisbon research group"] == amap["Centre for Coastal Studies"]
    assert amap["the UN's refugee office, UNHCR"] == amap["UNHCR"]
    assert not any(a.canonical.lower().startswith("and ") for a in actors)


def test_role_descriptor_joins_the_person_holding_that_duty():
    mentions = [_m("a", "the head of Chile's navy, Rosa Pardo", "PERSON"), _m("a", "Rosa Pardo", "PERSON", 40)]
    _, amap = resolve_actors(mentions, [("Chile's navy chief", []), ("Peru's navy chief", [])])
    assert amap["Chile's navy chief"] == amap["Rosa Pardo"]
    assert amap["Peru's navy chief"] != amap["Rosa Pardo"]


# Blocking keys of the person linker: two surnames the edit-distance rule calls one always
# share a key, so blocking never hides a pair the full comparison would have linked.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsledger.link.actors import _edit_distance, _one_letter_less, _same_surname, _translit  # noqa: E402

_SURNAME = st.text(alphabet="abcdeikmnorsvyzjh", min_size=1, max_size=9)


@settings(max_examples=400, deadline=None)
@given(_SURNAME, st.integers(0, 8), st.sampled_from(["sub", "ins", "del", "same"]), st.sampled_from("aeiknrsz"))
def test_surnames_one_edit_apart_share_a_blocking_key(name: str, at: int, edit: str, letter: str) -> None:
    k = at % (len(name) + 1)
    other = {"sub": name[:k] + letter + name[k + 1:], "ins": name[:k] + letter + name[k:],
             "del": name[:k] + name[k + 1:], "same": name}[edit] or "x"
    a, b = name.capitalize(), other.capitalize()
    if _same_surname(a, b):
        assert _one_letter_less(_translit(a)) & _one_letter_less(_translit(b))
    ta, tb = _translit(a), _translit(b)
    if _edit_distance(ta, tb) <= 1:  # the keys' promise holds for any pair one edit apart
        assert _one_letter_less(ta) & _one_letter_less(tb)


def test_a_claimant_cut_from_inside_a_name_is_that_name() -> None:
    """"Geological" read as the claimant of "The U.S. Geological Survey measured ..." is the
    survey; a word that two different names contain stays as it is."""
    from newsledger.link.actors import resolve_actors
    from newsledger.model import Mention

    survey = Mention(doc="a.txt", text="The U.S. Geological Survey", label="ORG", role="entity", start=0, end=26)
    _, actor_of = resolve_actors([survey], [("Geological", [])])
    assert actor_of["Geological"] == actor_of["The U.S. Geological Survey"] == "U.S. Geological Survey"
    other = Mention(doc="b.txt", text="British Geological Society", label="ORG", role="entity", start=0, end=26)
    _, actor_of = resolve_actors([survey, other], [("Geological", [])])
    assert actor_of["Geological"] == "Geological"


def _resolve(docs: dict[str, str], claimants: list[str]) -> tuple[list[Actor], dict[str, str]]:
    mentions = [m for doc, text in docs.items() for m in find_mentions(doc, text)]
    return resolve_actors(mentions, [(c, []) for c in claimants])


def test_an_organisation_acronym_links_to_its_expansion() -> None:
    docs = {
        "a.txt": "The United Nations said on Monday that 40,000 people had fled the fighting in the hills.",
        "b.txt": "The UN said aid convoys had reached the valley on Tuesday. UNHCR said 5,000 more had crossed.",
    }
    actors, amap = _resolve(docs, ["United Nations", "UN", "UNHCR", "the UN refugee agency UNHCR"])
    assert amap["UN"] == amap["United Nations"] == "United Nations"
    assert amap["the UN refugee agency UNHCR"] == amap["UNHCR"]  # a description, then the agency's acronym
    assert amap["UNHCR"] != amap["UN"]  # an agency of the UN is not the UN


def test_a_spelled_out_acronym_inside_a_longer_name() -> None:
    """"UN relief office" is the "United Nations relief office" once the run spells out UN."""
    mentions = [_m("a", "the United Nations", "ORG"), _m("a", "UN", "ORG", 40),
                _m("b", "the United Nations relief office", "ORG"), _m("c", "the UN relief office", "ORG")]
    _, amap = resolve_actors(mentions)
    assert amap["the UN relief office"] == amap["the United Nations relief office"]
    assert amap["the UN relief office"] != amap["UN"]


def test_organisations_sharing_a_place_or_a_function_word_stay_apart() -> None:
    docs = {
        "c.txt": "Malvoria's Health Ministry said 120 measles cases had been recorded in the north. "
                 "The World Health Organization said the outbreak was still spreading. "
                 "The National Public Health Institute put the number of cases higher, at 150. "
                 "The United Nations refugee agency said 2,000 people had left the area.",
        "d.txt": "The Health Ministry in Dorsk said 300 people had been killed in the fighting. "
                 "Dorsk's army said it had retaken two towns.",
    }
    actors, amap = _resolve(docs, ["Malvoria's Health Ministry", "World Health Organization",
                                   "National Public Health Institute", "the Health Ministry"])
    names = [amap["Malvoria's Health Ministry"], amap["World Health Organization"],
             amap["National Public Health Institute"], amap["The United Nations refugee agency"]]
    assert len(set(names)) == 4, names
    assert amap["Malvoria's Health Ministry"] != amap["Malvoria"]  # a ministry is not its country
    assert "Health Ministry" in amap["Malvoria's Health Ministry"]
    # "the Health Ministry" of a report about Dorsk is not Malvoria's ministry
    assert amap["the Health Ministry"] != amap["Malvoria's Health Ministry"]
    assert len({a.canonical for a in actors}) == len(actors)  # one canonical name per actor


def test_a_bare_ministry_joins_its_country_where_every_report_names_that_country() -> None:
    mentions = [_m("a", "Malvoria's Health Ministry", "ORG"), _m("b", "Malvoria", "GPE"),
                _m("b", "the Health Ministry", "ORG", 30)]
    _, amap = resolve_actors(mentions)
    assert amap["the Health Ministry"] == amap["Malvoria's Health Ministry"]


def test_a_bare_ministry_is_its_countrys_in_a_report_about_that_country_only() -> None:
    """One string, two bodies: "the Health Ministry" of a report about Malvoria is Malvoria's
    ministry, the same words in a report about Dorsk are not (a claim is named per report)."""
    from newsledger.link.names import canonical_claims
    from newsledger.model import Claim

    docs = {
        "m1.txt": "Malvoria's Health Ministry said 120 measles cases had been recorded in the north.",
        "m2.txt": "Measles has now infected 300 children in Malvoria, the Health Ministry said on Friday.",
        "d1.txt": "The Health Ministry said 300 people had been killed in Dorsk since the fighting began.",
    }
    _, amap = _resolve(docs, ["Malvoria's Health Ministry", "the Health Ministry"])

    def claim(doc: str) -> Claim:
        return Claim(doc=doc, quote="300", low=300.0, high=None, bound="exact", unit="case", event=None,
                     subject=None, claimant="the Health Ministry", via=[], time=None, hedged=False, negated=False,
                     sentence="", span=(0, 3))

    named = {c.doc: c.claimant for c in canonical_claims([claim("m2.txt"), claim("d1.txt")], amap)}
    assert named["m2.txt"] == amap["Malvoria's Health Ministry"] == "Health Ministry (Malvoria)"
    assert named["d1.txt"] != named["m2.txt"]
