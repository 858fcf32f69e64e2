"""JSON Lines (and plain JSON arrays) of reports: one record per document."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..model import RawDocument
from .decode import Decoded
from .limits import Limits
from .sniff import looks_like_html
from .text import document, rejected

HINT_FIELDS = ("url", "title", "published", "outlet", "author")


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
    """One RawDocument per JSON Lines record; a broken line is rejected alone.

    A JSON file none of whose records carries a report (a data or gold file that happens to
    sit among the inputs) is rejected once, as a whole, rather than line by line.
    """
    records = list(_read_json_records(decoded, name, source, limits))
    if len(records) > 1 and all(r.error and r.error.endswith(NO_CONTENT) for r in records):
        yield rejected(name, source, f"no record has a 'text' or 'html' field: not a file of reports "
                                     f"({len(records)} records)", decoded.text.encode("utf-8", "replace"))
        return
    yield from records


def _read_json_records(decoded: Decoded, name: str, source: str, limits: Limits) -> Iterator[RawDocument]:
    text = decoded.text.lstrip("\ufeff")
    stripped = text.lstrip()
    if stripped.startswith("{") and not _first_line_parses(stripped):
        try:  # one pretty-printed object rather than JSON Lines
            json.loads(stripped)
            stripped = "[" + stripped + "]"
        except json.JSONDecodeError:
            pass
    if stripped.startswith("["):  # a JSON array of records, as some exporters write
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as e:
            yield rejected(name, source, f"invalid JSON ({e.msg}: line {e.lineno} column {e.colno})",
                           text.encode())
            return
        for i, obj in enumerate(items if isinstance(items, list) else [items], 1):
            raw = json.dumps(obj, ensure_ascii=False).encode()
            yield _record(obj, f"{name}#{i}", f"{source}:{i}", raw, f"item {i}")
        return
    count = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        count += 1
        raw = line.encode("utf-8", "surrogatepass")
        doc_name, where = f"{name}#{lineno}", f"line {lineno}"
        if count > limits.max_jsonl_lines:
            yield rejected(name, source, f"{where}: stopped, more than {limits.max_jsonl_lines} lines")
            return
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield rejected(doc_name, f"{source}:{lineno}", f"{where}: invalid JSON ({e.msg} at column {e.colno})", raw)
            continue
        yield _record(obj, doc_name, f"{source}:{lineno}", raw, where)
