"""The shared spaCy pipeline: loaded once; lemmas and parses unchanged by the speed-ups in nlp.py."""

from __future__ import annotations

import pytest

TEXT = (
    "The ministers said on Monday that rescuers had pulled 41 bodies from the flooded mines, "
    "while officials estimated that dozens more workers were still missing and feared dead. "
    "Analysts believed the companies' losses would be bigger than the wolves' leaders admitted."
)


def test_same_lemmas_and_parses_as_the_model_as_shipped(nlp):
    import spacy

    from newsledger.extract.nlp import MODEL_NAMES

    plain = None
    for name in MODEL_NAMES:
        try:
            plain = spacy.load(name, exclude=["ner"])
            break
        except OSError:
            continue
    if plain is None:
        pytest.skip("no English model")
    index = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert any(isinstance(v, list) for v in index.values())  # the shipped form this module works around
    ours = [(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in nlp(TEXT)]
    theirs = [(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in plain(TEXT)]
    assert ours == theirs
    assert {"minister", "pull", "body", "mine", "estimate", "worker", "company", "wolf", "leader"} <= {
        row[1] for row in ours}


def test_a_loaded_full_pipeline_serves_callers_that_need_no_entities(nlp):
    from newsledger.extract.nlp import get_nlp

    assert "ner" in nlp.pipe_names
    assert get_nlp(ner=False) is nlp
    assert get_nlp() is nlp


def test_claims_alone_load_no_entity_recogniser(nlp, monkeypatch):
    from newsledger.extract import nlp as module

    monkeypatch.setattr(module, "_LOADED", {})
    lean = module.get_nlp(ner=False)
    assert "ner" not in lean.pipe_names
    assert {"parser", "lemmatizer"} <= set(lean.pipe_names)
    assert module.get_nlp(ner=False) is lean  # loaded once
    assert [t.lemma_ for t in lean(TEXT)] == [t.lemma_ for t in nlp(TEXT)]


def test_layers_multiply_with_numpy_when_configured(nlp):
    from newsledger.extract.nlp import MATMUL_WITH_NUMPY

    ops = {getattr(node.ops, "use_blis", None) for _, pipe in nlp.pipeline
           if getattr(pipe, "model", None) is not None for node in pipe.model.walk()}
    assert ops == {not MATMUL_WITH_NUMPY}


def test_a_curly_mark_glued_between_words_is_its_own_token(nlp):
    words = [t.text for t in nlp("The colonel said\u201citems were destroyed\u201dand left.")]
    assert words[:5] == ["The", "colonel", "said", "\u201c", "items"]
    assert "\u201d" in words and "and" in words
