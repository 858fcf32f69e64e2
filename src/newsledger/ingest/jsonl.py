"""JSON Lines (and plain JSON arrays) of reports: one record per document."""

from __future__ import annotations

import codecs
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from ..model import RawDocument
from .decode import Decoded, bom_encoding, decode_bytes, utf16_without_bom
from .limits import Limits, too_large
from .sniff import looks_like_html
from .text import document, rejected

HINT_FIELDS = ("url", "title", "published", "outlet", "author")
JSON_EXT = (".jsonl", ".ndjson", ".json")


def url_slug(url: str) -> str:
    """A readable, stable name for a URL: host and path, without scheme, query or slashes at the end."""
    s = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I)
    s = re.sub(r"[?#].*$", "", s).rstrip("/")
    s = re.sub(r"^www\.", "", s)
    return s[:200] or url


def _record(obj: Any, name: str, source: str, raw: bytes, where: str) -> RawDocument:
    if not isinstance(obj, dict):
        return rejected(name, source, f"{where}: not a JSON object", raw)
    hints = {k: str(obj[k]).strip() for k in HINT_FIELDS
             if isinstance(obj.get(k), str | int | float) and str(obj[k]).strip()}
    if hints.get("published"):
        hints["published_basis"] = "hint"
    if hints.get("url"):
        name = url_slug(hints["url"])
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str) and html.strip():
        body, kind = html, "html"
    elif isinstance(text, str) and text.strip():
        body, kind = text, "html" if looks_like_html(text) and text.lstrip().startswith("<") else "text"
    else:
        return rejected(name, source, f"{where}: {NO_CONTENT}", raw, hints)
    return document(name, source, Decoded(body, "utf-8"), raw, kind, hints)


def _first_line_parses(text: str) -> bool:
    try:
        json.loads(text.split("\n", 1)[0])
        return True
    except json.JSONDecodeError:
        return False


NO_CONTENT = "no 'text' or 'html' field with content"


def read_json_records(decoded: Decoded, name: str, source: str, limits: Limits) -> Iterator[RawDocument]:
    """One RawDocument per JSON Lines record (or JSON array item) of an already decoded text.

    A broken line is rejected alone. A JSON file none of whose records carries a report (a
    data or gold file that happens to sit among the inputs) is rejected once, as a whole.
    """
    text = decoded.text.lstrip("\ufeff")
    stripped = text.lstrip()
    if stripped.startswith("{") and not _first_line_parses(stripped):
        try:  # one pretty-printed object rather than JSON Lines
            json.loads(stripped)
            stripped = "[" + stripped + "]"
        except json.JSONDecodeError:
            pass
    if stripped.startswith("["):  # a JSON array of records, as some exporters write
        yield from _unless_no_reports(_array_records(stripped, text, name, source), name, source)
        return
    lines = ((n, line.encode("utf-8", "surrogatepass"), len(line)) for n, line in enumerate(text.splitlines(), 1))
    yield from _unless_no_reports(_line_records(lines, name, source, limits), name, source)


def streams_as_json_lines(head: bytes, name: str) -> bool:
    """Whether a file that starts with `head` is JSON Lines, to be read line by line.

    Its first line must parse as an object, or (when it runs past `head`) the file must be
    named like JSON or open like an object with a key. UTF-16/32 files are read whole.
    """
    bom = bom_encoding(head)
    if (bom and bom != "utf-8-sig") or utf16_without_bom(head):
        return False
    stripped = head[len(codecs.BOM_UTF8):].lstrip() if bom else head.lstrip()
    if not stripped.startswith(b"{"):
        return False
    first, newline, _ = stripped.partition(b"\n")
    if not newline:
        return name.lower().endswith(JSON_EXT) or stripped.startswith(b'{"')
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def stream_json_lines(f: BinaryIO, name: str, source: str, limits: Limits) -> Iterator[RawDocument]:
    """The records of a JSON Lines file read line by line: never more than one line in memory.

    A line longer than `limits.max_bytes` is one rejected record (its bytes are skipped, not
    kept); the file as a whole may be up to `limits.max_archive_bytes` (for gzip, once inflated).
    """
    yield from _unless_no_reports(_line_records(_read_lines(f, name, source, limits), name, source, limits),
                                  name, source)


class _Broken(Exception):
    """The stream failed after some lines (a truncated gzip, an I/O error)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _read_lines(f: BinaryIO, name: str, source: str, limits: Limits) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes without the line end or None when too long, size in bytes)."""
    cap, total, lineno = limits.max_bytes, 0, 0
    try:
        while True:
            line = f.readline(cap + 1)
            if not line:
                return
            lineno += 1
            size = len(line)
            if size > cap and not line.endswith(b"\n"):
                line = b""
                while total + size <= limits.max_archive_bytes:  # skip the rest of the long line
                    chunk = f.readline(1 << 20)
                    size += len(chunk)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                total += size
                yield lineno, None, size
            else:
                total += size
                if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                    line = line[len(codecs.BOM_UTF8):]
                yield lineno, line.rstrip(b"\r\n"), size
            if total > limits.max_archive_bytes:
                raise _Broken(f"stopped after line {lineno}: {too_large(None, Limits(max_bytes=limits.max_archive_bytes), what='the file')}")
    except (OSError, EOFError, zlib.error) as e:
        raise _Broken(f"could not read past line {lineno}: {e}") from e


def _line_records(lines: Iterable[tuple[int, bytes | None, int]], name: str, source: str,
                  limits: Limits) -> Iterator[RawDocument]:
    count = 0
    try:
        for lineno, raw, size in lines:
            if raw is not None and not raw.strip():
                continue
            count += 1
            doc_name, where = f"{name}#{lineno}", f"line {lineno}"
            if count > limits.max_jsonl_lines:
                yield rejected(name, source, f"{where}: stopped, more than {limits.max_jsonl_lines} lines")
                return
            if raw is None:
                yield rejected(doc_name, f"{source}:{lineno}", f"{where}: {too_large(size, limits)}")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = decode_bytes(raw).text
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as e:
                why = f"invalid JSON ({e.msg} at column {e.colno})" if isinstance(e, json.JSONDecodeError) \
                    else "invalid JSON (nested too deeply)"
                yield rejected(doc_name, f"{source}:{lineno}", f"{where}: {why}", raw)
                continue
            yield _record(obj, doc_name, f"{source}:{lineno}", raw, where)
    except _Broken as e:
        yield rejected(name, source, e.reason)


def _array_records(stripped: str, text: str, name: str, source: str) -> Iterator[RawDocument]:
    try:
        items = json.loads(stripped)
    except json.JSONDecodeError as e:
        yield rejected(name, source, f"invalid JSON ({e.msg}: line {e.lineno} column {e.colno})", text.encode())
        return
    except RecursionError:
        yield rejected(name, source, "invalid JSON (nested too deeply)", text.encode())
        return
    for i, obj in enumerate(items if isinstance(items, list) else [items], 1):
        raw = json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")
        yield _record(obj, f"{name}#{i}", f"{source}:{i}", raw, f"item {i}")


def _unless_no_reports(records: Iterable[RawDocument], name: str, source: str) -> Iterator[RawDocument]:
    """The records, or one rejection of the whole file when none of several carries a report
    or when it holds no record at all.

    Records are held back only while every one so far lacks a body, so a file of reports
    streams through without being kept in memory.
    """
    held: list[RawDocument] | None = []
    for r in records:
        if held is not None:
            if r.error and r.error.endswith(NO_CONTENT):
                held.append(r)
                continue
            yield from held
            held = None
        yield r
    if held is not None and len(held) > 1:
        yield rejected(name, source, f"no record has a 'text' or 'html' field: not a file of reports "
                                     f"({len(held)} records)")
    elif held:
        yield from held
    elif held is not None:  # not one record ('[]', '{}' lines only blank): a rejection, not a silent skip
        yield rejected(name, source, "no records: an empty JSON array or JSON Lines file")
