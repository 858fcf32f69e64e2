"""Run the per-document function in this process or in a local process pool."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from newsledger.model import DocumentResult, RawDocument
from newsledger.pipeline import process_document


def _warm() -> None:
    """Load the spaCy model once per worker, before the first document arrives."""
    from newsledger.extract.nlp import get_nlp

    get_nlp()


def run_local(raws: Iterable[RawDocument], workers: int = 1) -> Iterator[DocumentResult]:
    """Results in input order; `workers` > 1 spreads documents over processes."""
    if workers <= 1:
        for raw in raws:
            yield process_document(raw)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        yield from pool.map(process_document, raws, chunksize=4)
