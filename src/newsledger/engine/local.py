"""Run the per-document function in this process or in a local process pool."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from newsledger.model import Document, DocumentResult, RawDocument
from newsledger.pipeline import process_document

# Documents in flight per worker: enough to keep workers busy, few enough that a large run
# never holds every input in memory (Executor.map would submit them all at once).
IN_FLIGHT_PER_WORKER = 4


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
        pending: deque[tuple[RawDocument, Future[DocumentResult]]] = deque()
        for raw in raws:
            pending.append((_stub(raw), pool.submit(process_document, raw)))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())


def _stub(raw: RawDocument) -> RawDocument:
    """What a rejection needs to name the input, without keeping its content alive."""
    return RawDocument(name=raw.name, source=raw.source, raw_hash=raw.raw_hash)


def _result(raw: RawDocument, future: Future[DocumentResult]) -> DocumentResult:
    """The worker's result; a worker that died (killed, out of memory) rejects its document."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a lost worker must not end the run
        doc = Document(doc=raw.name, source=raw.source, raw_hash=raw.raw_hash, status="rejected",
                       reason=f"internal error: the worker process failed ({type(exc).__name__}: {exc})")
        return DocumentResult(document=doc)
