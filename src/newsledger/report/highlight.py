"""Locate the figure inside its evidence sentence so the templates can mark it.

Returns plain text segments rather than markup: the templates escape each segment and
wrap the middle one in <mark> (HTML) or ** (Markdown), so input text is never trusted.
"""

from __future__ import annotations

from newsledger.model import Claim


def split_sentence(claim: Claim) -> tuple[str, str, str]:
    """(before, figure, after) of the claim's sentence; figure is '' when it cannot be found."""
    sentence = claim.sentence or ""
    quote = claim.quote or ""
    if not quote:
        return sentence, "", ""
    try:
        s_start, s_end = claim.sentence_span
        q_start, q_end = claim.span
        rel = int(q_start) - int(s_start)
        if s_end > s_start and 0 <= rel and sentence[rel:rel + len(quote)] == quote:
            return sentence[:rel], quote, sentence[rel + len(quote):]
    except (TypeError, ValueError):
        pass
    idx = sentence.find(quote)
    if idx < 0:
        idx = sentence.lower().find(quote.lower())
    if idx < 0:
        return sentence, "", ""
    return sentence[:idx], sentence[idx:idx + len(quote)], sentence[idx + len(quote):]


def split_body(body: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """Cut a document body into (text, anchor-or-None) pieces; pieces with an anchor are figures.

    Overlapping or out-of-range spans are skipped, so a bad offset never breaks the page.
    """
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, anchor in sorted(spans):
        if start < pos or end <= start or end > len(body):
            continue
        if start > pos:
            pieces.append((body[pos:start], None))
        pieces.append((body[start:end], anchor))
        pos = end
    if pos < len(body):
        pieces.append((body[pos:], None))
    return pieces
