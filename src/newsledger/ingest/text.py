"""Plain text and HTML documents from decoded bytes, and the scraped-text date header."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ..model import RawDocument
from .decode import Decoded

# Scrapers of flattened pages sometimes prepend "date 2025-02-27" and run the body on the
# same line; the header is metadata, not article text.
_DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\r?\n|\Z)", re.I)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def split_date_header(text: str) -> tuple[str, str | None]:
    """(text without the header, ISO date) when `text` opens with a valid date header."""
    m = _DATE_HEADER.match(text)
    if not m:
        return text, None
    try:
        dt.date.fromisoformat(m.group(1))
    except ValueError:
        return text, None
    return text[m.end():], m.group(1)


def rejected(name: str, source: str, reason: str, raw: bytes | None = None,
             hints: dict[str, str] | None = None) -> RawDocument:
    """A RawDocument that records why an input was not read."""
    return RawDocument(name=name, source=source, raw_hash=sha256(raw) if raw is not None else "",
                       hints=dict(hints or {}), error=reason)


def document(name: str, source: str, decoded: Decoded, raw: bytes, kind: str,
             hints: dict[str, str] | None = None) -> RawDocument:
    """A good document, or an 'empty input' rejection when nothing but blanks remains."""
    h = dict(hints or {})
    h["encoding"] = decoded.encoding
    if decoded.note:
        h["encoding_note"] = decoded.note
    content = decoded.text.lstrip("\ufeff")
    if kind == "text":
        content, date = split_date_header(content)
        if date:
            h.setdefault("published", date)
            h.setdefault("published_basis", "header")
    if not content.strip():
        return rejected(name, source, "empty input", raw, h)
    return RawDocument(name=name, source=source, content=content, kind=kind,  # type: ignore[arg-type]
                       raw_hash=sha256(raw), hints=h)
