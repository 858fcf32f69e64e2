"""WARC / WARC.gz crawls: each HTML response record is one document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import RawDocument
from .decode import decode_bytes
from .jsonl import url_slug
from .limits import Limits, too_large
from .sniff import binary_kind, looks_like_html
from .text import document, rejected


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


def read_warc(stream: BinaryIO, name: str, source: str, limits: Limits) -> Iterator[RawDocument]:
    """HTML responses from a WARC stream, read record by record (never the whole archive)."""
    from warcio.archiveiterator import ArchiveIterator  # imported here: only WARC input pays for it
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    index = -1
    try:
        for index, record in enumerate(ArchiveIterator(stream)):
            if index >= limits.max_warc_records:
                yield rejected(name, source, f"stopped after {limits.max_warc_records} WARC records")
                return
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{index}"
            http = record.http_headers
            ctype = (http.get_header("Content-Type") or "") if http else ""
            if http and http.get_statuscode() and not http.get_statuscode().startswith("2"):
                continue  # redirects and errors carry no article
            payload = record.content_stream().read(limits.max_bytes + 1)
            doc_name, doc_source = url_slug(uri), f"{source}#{index}"
            hints = {"url": uri}
            crawled = record.rec_headers.get_header("WARC-Date")
            if crawled:
                hints["crawled"] = crawled
            if "html" not in ctype.lower() and not (payload and not binary_kind(payload[:8192])
                                                    and looks_like_html(payload[:4096].decode("latin-1"))):
                continue
            found += 1
            if len(payload) > limits.max_bytes:
                yield rejected(doc_name, doc_source, too_large(None, limits, what="WARC record"), None, hints)
                continue
            if not payload.strip():
                yield rejected(doc_name, doc_source, "empty input", payload, hints)
                continue
            yield document(doc_name, doc_source, decode_bytes(payload, _charset(ctype)), payload, "html", hints)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        yield rejected(name, source, f"broken WARC after record {index + 1}: {e}")
        return
    except Exception as e:  # noqa: BLE001 - warcio trips over malformed headers in many ways (found by fuzzing)
        yield rejected(name, source, f"broken WARC after record {index + 1}: {type(e).__name__}: {e}")
        return
    if not found:
        yield rejected(name, source, "no HTML response records in WARC")
