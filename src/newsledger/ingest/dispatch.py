"""Route one input's bytes to the right reader after sniffing them."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator

from ..model import RawDocument
from .decode import decode_bytes, meta_charset, utf16_without_bom
from .jsonl import JSON_EXT, read_json_records
from .limits import Limits, too_large
from .sniff import binary_kind, is_gzip, is_warc, looks_like_html, looks_like_jsonl
from .text import document, rejected

HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")


def gunzip_capped(data: bytes, limits: Limits) -> bytes | str:
    """Decompressed bytes, or a reason; never inflates past `max_bytes` (gzip bombs)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(limits.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as e:
        return f"broken gzip ({e})"
    if len(out) > limits.max_bytes:
        return too_large(None, limits, what="decompressed content")
    return out


def _first_record_parses(text: str) -> bool:
    """A text that merely starts with '{' is not JSON Lines unless its first line parses."""
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _inner_name(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def from_bytes(data: bytes, name: str, source: str, limits: Limits, *,
               declared_kind: str | None = None, charset: str | None = None,
               hints: dict[str, str] | None = None, depth: int = 0) -> Iterator[RawDocument]:
    """Every document in `data` (one, or many for JSON Lines / WARC), rejections included."""
    if not data or not data.strip():
        yield rejected(name, source, "empty input", data, hints)
        return
    if len(data) > limits.max_bytes:
        yield rejected(name, source, too_large(len(data), limits), None, hints)
        return
    if is_gzip(data):
        inner = gunzip_capped(data, limits)
        if isinstance(inner, str):
            yield rejected(name, source, inner, data, hints)
        elif depth >= 2:
            yield rejected(name, source, "binary content (nested gzip)", data, hints)
        else:
            yield from from_bytes(inner, _inner_name(name), source, limits, declared_kind=declared_kind,
                                  charset=charset, hints=hints, depth=depth + 1)
        return
    if is_warc(data):
        from .warc import read_warc

        yield from read_warc(io.BytesIO(data), name, source, limits)
        return
    bomless = utf16_without_bom(data)
    why = None if bomless else binary_kind(data[:8192])
    if why:
        yield rejected(name, source, f"binary content ({why})", data, hints)
        return
    lower = _inner_name(name.lower())
    declared = charset or meta_charset(data)
    decoded = decode_bytes(data, declared)
    text = decoded.text
    is_json_name = lower.endswith(JSON_EXT)
    if declared_kind != "html" and ((looks_like_jsonl(text) and (is_json_name or _first_record_parses(text))) or (
            is_json_name and text.lstrip("\ufeff \t\r\n").startswith("["))):
        yield from read_json_records(decoded, name, source, limits)
        return
    kind = "html" if declared_kind == "html" or lower.endswith(HTML_EXT) or looks_like_html(text) else "text"
    yield document(name, source, decoded, data, kind, hints)
