"""The per-document function: RawDocument -> DocumentResult.

Pure (no I/O, no shared state beyond the lazily loaded spaCy model), so the engine can
run it in-process, in a process pool or inside Ray Data `map_batches` unchanged. It never
raises: a stage that fails turns the document into a rejection that names the stage.

Its cost is bounded by `DocLimits`: markup with more tags than any news page is rejected
before a parser sees it, and text beyond what a report can hold is cut (with a note on the
document) before the stages whose cost grows with length. Wall time and memory per document
are enforced around it by the engine, which runs it in a worker process it can kill.
"""

from __future__ import annotations

import calendar
import re
import traceback
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import ftfy

from newsledger.clean.body import CleanedBody
from newsledger.model import Document, DocumentResult, RawDocument

MIN_BODY_CHARS = 40


@dataclass(frozen=True)
class DocLimits:
    """What one document may cost. The defaults are far above any real news report.

    `max_text_chars` caps the flat text handed to the cleaner (`max_html_chars` a page: markup
    and inline scripts make pages larger than their text); `max_body_chars` caps the article
    body that is stored and read for figures, actors and events: 100,000 characters is
    about 16,000 words, longer than a long-form feature, and parsing it costs about 10 s and
    350 MB; `max_html_tags` caps a page before any HTML parser reads it (news pages carry a
    few thousand tags). `seconds` and `memory_mb` are enforced by the engine's worker
    process (engine/local.py), not here.
    """

    max_html_tags: int = 100_000
    max_text_chars: int = 2_000_000
    max_html_chars: int = 5_000_000
    max_body_chars: int = 100_000
    seconds: float = 60.0
    memory_mb: int = 1024


DEFAULT_LIMITS = DocLimits()


@dataclass(frozen=True)
class Options:
    """What the per-document function does beyond cleaning."""

    claims: bool = True
    mentions: bool = True
    events: bool = True


DEFAULT_OPTIONS = Options()


def clean_document(raw: RawDocument, limits: DocLimits = DEFAULT_LIMITS) -> tuple[Document, CleanedBody | None]:
    """Body and metadata of one input; a rejection when there is no usable article."""
    doc = Document(doc=raw.name, source=raw.source, raw_hash=raw.raw_hash)
    if raw.error:
        doc.status, doc.reason = "rejected", raw.error
        return doc, None
    from newsledger.clean.flat import clean_text
    from newsledger.clean.html import clean_html, count_tags
    from newsledger.clean.metadata import read_metadata

    notes = []
    if raw.kind == "html":
        tags = count_tags(raw.content)
        if tags > limits.max_html_tags:
            doc.status = "rejected"
            doc.reason = (f"limit: too much markup: {tags:,} tags, over the {limits.max_html_tags:,}-tag limit for "
                          "one page (news pages have a few thousand); not parsed")
            return doc, None
    cap = limits.max_html_chars if raw.kind == "html" else limits.max_text_chars
    if len(raw.content) > cap:
        cut = _cut(raw.content, cap)
        notes.append(f"limit: {'page' if raw.kind == 'html' else 'text'} cut to its first {cut:,} of "
                     f"{len(raw.content):,} characters before cleaning")
        raw = replace(raw, content=raw.content[:cut])
    repaired = ftfy.fix_encoding(raw.content)
    if repaired != raw.content:
        # UTF-8 read once as Latin-1 or cp1252 upstream ("PeÃ±a" for "Peña"): names would not link
        # across reports, and a stray "Â" can split a figure from its unit
        notes.append("encoding: repaired text that was decoded with the wrong encoding upstream (mojibake)")
        raw = replace(raw, content=repaired)
    if not unicodedata.is_normalized("NFC", raw.content):
        # "A" and a combining tilde are one letter: read apart, a digit after them ("GÃ1⁄4len")
        # would stand alone as a figure
        raw = replace(raw, content=unicodedata.normalize("NFC", raw.content))
    url = raw.hints.get("url")
    cleaned = clean_html(raw.content, url, max_tags=limits.max_html_tags) if raw.kind == "html" \
        else clean_text(raw.content)
    if len(cleaned.body) > limits.max_body_chars:
        cut = _cut(cleaned.body, limits.max_body_chars)
        notes.append(f"limit: body cut to its first {cut:,} of {len(cleaned.body):,} characters; figures are "
                     "read from that part only")
        cleaned = CleanedBody(cleaned.body[:cut], cleaned.dropped, [o for o in cleaned.offsets if o[0] + o[2] <= cut],
                              cleaned.captions)
    doc.body = cleaned.body
    doc.note = "; ".join(notes) or None
    doc.dropped = [f"{reason}: {line[:120]}" for line, reason in cleaned.dropped]
    meta = read_metadata(raw, cleaned.body)
    for key, value in meta.items():
        if hasattr(doc, key) and value not in (None, "") and key != "note":
            setattr(doc, key, value)
    if len(doc.body.strip()) < MIN_BODY_CHARS:
        doc.status, doc.reason = "rejected", "no article body found (nothing but page furniture or too short)"
    elif doc.language and doc.language != "en" and not _reads_as_text(doc.body):
        doc.status, doc.reason = "rejected", "no article body found (what is left is not prose: markup or symbols)"
    elif doc.language and doc.language != "en":
        doc.status = "rejected"
        doc.reason = f"not English (detected '{doc.language}'): stored, but figures are read from English text only"
    return doc, cleaned


_WORD = re.compile(r"[^\W\d_]{2,}")


def _reads_as_text(body: str) -> bool:
    """Whether a body has the variety of words prose has (markup residue repeats a few tokens).

    Asked only before a language verdict, so that a page of tags is not called 'not English'.
    """
    words = _WORD.findall(body[:20_000].lower())
    return len(set(words)) >= 8 and len(set(words)) >= 0.05 * len(words)


def _cut(text: str, cap: int) -> int:
    """Where to cut `text` to at most `cap` characters: a paragraph break, else a sentence end,
    else a space in the last tenth before the cap, else the cap itself."""
    window = text[cap - cap // 10: cap]
    base = cap - len(window)
    for pattern in ("\n\n", "\n", ". ", " "):
        at = window.rfind(pattern)
        if at >= 0:
            return base + at + (1 if pattern == ". " else 0)
    return cap


def process_document(raw: RawDocument, options: Options = DEFAULT_OPTIONS,
                     limits: DocLimits = DEFAULT_LIMITS) -> DocumentResult:
    """Clean, then extract claims, mentions and dated events from one input."""
    stage = "clean"
    try:
        doc, cleaned = clean_document(raw, limits)
        result = DocumentResult(document=doc)
        if doc.status != "ok":
            return result
        if options.claims:
            stage = "extract claims"
            from newsledger.extract.claims import extract_claims
            from newsledger.extract.nlp import get_nlp
            from newsledger.reconcile.derived import derive_claims

            # Claims alone need no entity recogniser; with mentions or events the one full model serves all.
            nlp = get_nlp(ner=options.mentions or options.events)
            claims = extract_claims(doc.doc, doc.body, _reference_date(doc), title=doc.title,
                                    head_lines=doc.head_lines, nlp=nlp)
            result.claims = claims + derive_claims(claims)
        if options.mentions:
            stage = "extract mentions"
            from newsledger.extract.mentions import find_mentions

            result.mentions = find_mentions(doc.doc, doc.body)
        if options.events:
            stage = "extract events"
            from newsledger.extract.events import find_events

            result.events = find_events(doc.doc, doc.body, _reference_date(doc), _claimant_lookup(result),
                                        captions=cleaned.captions if cleaned else None)
        return result
    except Exception as exc:  # noqa: BLE001 - one document's failure must not end the run
        doc = Document(doc=raw.name, source=raw.source, raw_hash=raw.raw_hash, status="rejected")
        where = traceback.extract_tb(exc.__traceback__)[-1]
        doc.reason = f"internal error while we tried to {stage}: {type(exc).__name__}: {exc} ({where.name})"
        return DocumentResult(document=doc)


CLAIMS_ONLY = Options(mentions=False, events=False)
CLAIMS_BATCH = 32  # documents whose chosen sentences share one parser stream


def process_documents(raws: Iterable[RawDocument], options: Options = DEFAULT_OPTIONS,
                      limits: DocLimits = DEFAULT_LIMITS, batch: int = CLAIMS_BATCH,
                      ) -> Iterator[tuple[RawDocument, DocumentResult]]:
    """`process_document` over many inputs, in their order, with the same results.

    For claims alone, the sentences chosen from up to `batch` documents go through the
    parser as one `nlp.pipe` stream instead of one call per document: every call pays the
    pipeline's fixed cost per layer, about a fifth of the parsing time over a hundred news
    reports. A document whose batched path fails in any way is done again alone by
    `process_document`, which names the failing stage exactly as it always did.
    """
    if options != CLAIMS_ONLY:
        for raw in raws:
            yield raw, process_document(raw, options, limits)
        return
    chunk: list[RawDocument] = []
    for raw in raws:
        chunk.append(raw)
        if len(chunk) >= batch:
            yield from _claims_of_batch(chunk, limits)
            chunk = []
    if chunk:
        yield from _claims_of_batch(chunk, limits)


def _claims_of_batch(raws: list[RawDocument], limits: DocLimits) -> Iterator[tuple[RawDocument, DocumentResult]]:
    """Claims of a few documents: clean and plan each, parse their texts together, finish each."""
    from newsledger.extract.claims import finish_claims, parse_texts, plan_claims
    from newsledger.extract.nlp import get_nlp
    from newsledger.reconcile.derived import derive_claims

    planned: list[tuple[RawDocument, DocumentResult | None, Any]] = []
    for raw in raws:
        try:
            doc, _ = clean_document(raw, limits)
            if doc.status != "ok":
                planned.append((raw, DocumentResult(document=doc), None))
                continue
            plan = plan_claims(doc.doc, doc.body, _reference_date(doc), title=doc.title, head_lines=doc.head_lines)
            planned.append((raw, DocumentResult(document=doc), plan))
        except Exception:  # noqa: BLE001 - done again alone below, where the failure is reported
            planned.append((raw, None, None))
    try:
        texts = [t for _, _, plan in planned if plan is not None for t in plan.texts]
        parses = parse_texts(get_nlp(ner=False), texts, False) if any(p for _, _, p in planned) else []
    except Exception:  # noqa: BLE001 - each document alone then, each failure in its own words
        for raw, _, _ in planned:
            yield raw, process_document(raw, CLAIMS_ONLY, limits)
        return
    at = 0
    for raw, result, plan in planned:
        if result is None or plan is None:
            yield raw, result if result is not None else process_document(raw, CLAIMS_ONLY, limits)
            continue
        n = len(plan.texts)
        try:
            claims = finish_claims(plan, parses[at:at + n])
            result.claims = claims + derive_claims(claims)
        except Exception:  # noqa: BLE001
            result = process_document(raw, CLAIMS_ONLY, limits)
        at += n
        yield raw, result


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
