"""Actor mentions: named actors, source descriptors, acronyms, appositions, outlets."""

from __future__ import annotations

import re

import pytest

from newsledger.extract.mentions import find_mentions
from newsledger.link.actors import normalise


def _bodies(seeds_dir, gold):
    out = []
    for d in gold["documents"]:
        text = (seeds_dir / d["doc"]).read_text(encoding="utf-8")
        out.append((d["doc"], "\n\n".join(text[a:b] for a, b in d["body_spans"])))
    return out


@pytest.fixture(scope="module")
def seed_mentions(seeds_dir, gold):
    return {doc: (body, find_mentions(doc, body)) for doc, body in _bodies(seeds_dir, gold)}


def test_spans_point_at_the_text(seed_mentions):
    for doc, (body, mentions) in seed_mentions.items():
        assert mentions, doc
        for m in mentions:
            assert body[m.start:m.end] == m.text
            assert m.doc == doc and m.role == "entity"
            assert "\n" not in m.text


def test_gold_outlets_are_labelled_media(seed_mentions, gold):
    outlets = [e for e in gold["entities"] if e["type"] == "MEDIA"]
    checked = 0
    for e in outlets:
        name = e["canonical"]
        for body, mentions in seed_mentions.values():
            if re.search(rf"\b{re.escape(name)}\b", body):
                checked += 1
                media = {normalise(m.text) for m in mentions if m.label == "MEDIA"}
                assert normalise(name) in media or any(normalise(name) in t for t in media), name
    assert checked >= 5


def test_acronym_definitions_keep_name_and_acronym(seed_mentions):
    found = 0
    for body, mentions in seed_mentions.values():
        for m in re.finditer(r"\((?:known as )?([A-Z]{2,6})\)", body):
            found += 1
            assert any(x.start < m.start() and x.end >= m.end() for x in mentions), m.group(0)
    assert found >= 2


def test_person_with_role_in_apposition(seed_mentions):
    hits = 0
    for _body, mentions in seed_mentions.values():
        names = {m.text for m in mentions if m.label == "PERSON"}
        for m in mentions:
            if m.label == "PERSON" and any(m.text != n and m.text.endswith(n) and " " in n for n in names):
                hits += 1
    assert hits >= 3


def test_descriptors_and_wires_in_own_words():
    body = ("Police said 40 people were detained, while organisers put the crowd at 20,000. "
            "Kenya's health ministry told Reuters that the outbreak was slowing. "
            "The National Disaster Management Authority (NDMA) gave a lower count, the Daily Nation reported.")
    mentions = find_mentions("x", body)
    by_text = {m.text: m.label for m in mentions}
    assert by_text.get("Police") == "ORG"
    assert by_text.get("organisers") == "ORG"
    assert by_text.get("Reuters") == "MEDIA"
    assert any(t.endswith("health ministry") for t in by_text)
    assert any("(NDMA)" in t for t in by_text)
    assert any(t.endswith("Daily Nation") and label == "MEDIA" for t, label in by_text.items())


@pytest.mark.parametrize("body", [None, "", "   ", 42, "!!!"])
def test_junk_gives_no_mentions(body):
    assert find_mentions("junk", body) == []
