"""The table-driven attribute ruler finds exactly the matches of spaCy's own and sets the same attributes."""

from __future__ import annotations

import pytest

TEXTS = [
    "The ministry said 41 people were killed and that it could not confirm the toll.",
    "I ain't gonna say it, y'all, but let's c'mon and get 'em: nothin' doin'.",
    "There is nothing here. There's been talk; they'd gone and we'd have stayed, he's sure.",
    "Someone, anybody, everyone: whether or not she'll go, it's hers, not theirs, isn't it?",
    "She did. He had done it himself, though I doubt you'd know.  Then   we left\n\nat once.",
    "Gotta go, ol' friend, 'nuff said -- she wo n't, ca n't and sha n't.",
    "They got 3.5bn in 2024; it gets worse, as those who'd been there knew.",
]


def _models():
    import spacy

    from newsledger.extract.nlp import MODEL_NAMES
    from newsledger.extract.ruler import use_table_ruler

    for name in MODEL_NAMES:
        try:
            plain = spacy.load(name, exclude=["ner"])
            ours = spacy.load(name, exclude=["ner"])
        except OSError:
            continue
        use_table_ruler(ours)
        return plain, ours
    pytest.skip("no English model")


def test_same_matches_and_attributes_as_spacys_ruler():
    from newsledger.extract.ruler import TableAttributeRuler

    plain, ours = _models()
    assert isinstance(ours.get_pipe("attribute_ruler"), TableAttributeRuler)
    assert len(ours.get_pipe("attribute_ruler").patterns) == len(plain.get_pipe("attribute_ruler").patterns)
    before = ["attribute_ruler", "lemmatizer"]
    for text in TEXTS:
        d1 = plain(text, disable=before)
        d2 = ours(text, disable=before)
        assert ours.get_pipe("attribute_ruler").match(d2) == plain.get_pipe("attribute_ruler").match(d1)
        a = [(t.pos_, str(t.morph), t.lemma_) for t in plain(text)]
        b = [(t.pos_, str(t.morph), t.lemma_) for t in ours(text)]
        assert a == b
    # the multi-token and regular-expression rules did fire on these texts
    lemmas = {t.lemma_ for text in TEXTS for t in ours(text)}
    assert {"go", "be", "nothing", "you"} <= lemmas


def test_patterns_the_tables_cannot_express_still_match():
    import spacy

    from newsledger.extract.ruler import TableAttributeRuler

    nlp = spacy.blank("en")
    ruler = TableAttributeRuler(nlp.vocab, "ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], {"LEMMA": "huge"}, index=-1)
    ruler.add([[{"LENGTH": 4, "IS_DIGIT": True}]], {"LEMMA": "YEAR"})
    ruler.add([[{"LOWER": "big"}]], {"NORM": "large"})
    doc = ruler(nlp("a very very big show in 2024 and a big 12345"))
    assert [t.lemma_ for t in doc if t.lemma_] == ["huge", "YEAR"]
    assert [t.norm_ for t in doc if t.lower_ == "big"] == ["large", "large"]
