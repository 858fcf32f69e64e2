"""The per-document function: RawDocument -> DocumentResult.

Pure (no I/O, no shared state beyond the lazily loaded spaCy model), so the engine can
run it in-process, in a process pool or inside Ray Data `map_batches` unchanged. It never
raises: a stage that fails turns the document into a rejection that names the stage.
"""

from __future__ import annotations

import calendar
import traceback
from dataclasses import dataclass

from newsledger.clean.body import CleanedBody
from newsledger.model import Document, DocumentResult, RawDocument

MIN_BODY_CHARS = 40


@dataclass(frozen=True)
class Options:
    """What the per-document function does beyond cleaning."""

    claims: bool = True
    mentions: bool = True
    events: bool = True


DEFAULT_OPTIONS = Options()


def clean_document(raw: RawDocument) -> tuple[Document, CleanedBody | None]:
    """Body and metadata of one input; a rejection when there is no usable article."""
    doc = Document(doc=raw.name, source=raw.source, raw_hash=raw.raw_hash)
    if raw.error:
        doc.status, doc.reason = "rejected", raw.error
        return doc, None
    from newsledger.clean.flat import clean_text
    from newsledger.clean.html import clean_html
    from newsledger.clean.metadata import read_metadata

    url = raw.hints.get("url")
    cleaned = clean_html(raw.content, url) if raw.kind == "html" else clean_text(raw.content)
    doc.body = cleaned.body
    doc.dropped = [f"{reason}: {line[:120]}" for line, reason in cleaned.dropped]
    meta = read_metadata(raw, cleaned.body)
    for key, value in meta.items():
        if hasattr(doc, key) and value not in (None, ""):
            setattr(doc, key, value)
    if len(doc.body.strip()) < MIN_BODY_CHARS:
        doc.status, doc.reason = "rejected", "no article body found (nothing but page furniture or too short)"
    elif doc.language and doc.language != "en":
        doc.status = "rejected"
        doc.reason = f"not English (detected '{doc.language}'): stored, but figures are read from English text only"
    return doc, cleaned


def process_document(raw: RawDocument, options: Options = DEFAULT_OPTIONS) -> DocumentResult:
    """Clean, then extract claims, mentions and dated events from one input."""
    stage = "clean"
    try:
        doc, _ = clean_document(raw)
        result = DocumentResult(document=doc)
        if doc.status != "ok":
            return result
        if options.claims:
            stage = "extract claims"
            from newsledger.extract.claims import extract_claims
            from newsledger.reconcile.derived import derive_claims

            claims = extract_claims(doc.doc, doc.body, _reference_date(doc), title=doc.title,
                                    head_lines=doc.head_lines)
            result.claims = claims + derive_claims(claims)
        if options.mentions:
            stage = "extract mentions"
            from newsledger.extract.mentions import find_mentions

            result.mentions = find_mentions(doc.doc, doc.body)
        if options.events:
            stage = "extract events"
            from newsledger.extract.events import find_events

            result.events = find_events(doc.doc, doc.body, _reference_date(doc), _claimant_lookup(result))
        return result
    except Exception as exc:  # noqa: BLE001 - one document's failure must not end the run
        doc = Document(doc=raw.name, source=raw.source, raw_hash=raw.raw_hash, status="rejected")
        where = traceback.extract_tb(exc.__traceback__)[-1]
        doc.reason = f"internal error while we tried to {stage}: {type(exc).__name__}: {exc} ({where.name})"
        return DocumentResult(document=doc)


def _reference_date(doc: Document) -> str | None:
    """The date relative times resolve against: the publication date, else the end of its month.

    Metadata sometimes knows only the month a report appeared in ("in January" and
    "since early December" still resolve against it); a weekday never does.
    """
    if doc.published:
        return doc.published
    if not doc.published_month:
        return None
    year, mon = (int(x) for x in doc.published_month.split("-")[:2])
    return f"{year:04d}-{mon:02d}-{calendar.monthrange(year, mon)[1]:02d}"


def _claimant_lookup(result: DocumentResult):  # noqa: ANN202 - a plain callable
    """Events reuse the claimant the claim extractor found for the same sentence."""
    by_sentence = {c.sentence_span: c.claimant for c in result.claims if c.claimant and not c.derived}

    def claimant_for(start: int, end: int) -> str | None:
        for (s, e), who in by_sentence.items():
            if s <= start < e or start <= s < end:
                return who
        return None

    return claimant_for
