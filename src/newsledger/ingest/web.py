"""http(s) URLs: fetched politely, with a timeout and a size cap enforced while streaming."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import RawDocument
from .dispatch import from_bytes
from .jsonl import url_slug
from .limits import Limits, too_large
from .text import rejected
from .warc import _charset

if TYPE_CHECKING:  # httpx costs a tenth of a second to import; only URLs need it
    import httpx


def is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


def _why(exc: Exception, limits: Limits) -> str:
    """A short human reason for a failed fetch ("connection refused", "timed out after 15 s")."""
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {limits.url_timeout:g} s"
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError) or getattr(cause, "errno", None) == errno.ECONNREFUSED:
            return "connection refused"
        cause = cause.__cause__ or cause.__context__
    text = str(exc).lower()
    if "refused" in text:
        return "connection refused"
    if "name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return "unknown host"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    return str(exc) or type(exc).__name__


def fetch(url: str, limits: Limits, client: httpx.Client | None = None) -> Iterator[RawDocument]:
    """The document(s) at `url`, or one rejection saying why it could not be fetched."""
    import httpx

    name = url_slug(url)
    own = client is None
    client = client or httpx.Client(follow_redirects=True, timeout=limits.url_timeout,
                                    headers={"User-Agent": limits.user_agent})
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                yield rejected(name, url, f"could not fetch: HTTP {resp.status_code} {resp.reason_phrase}".strip())
                return
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                yield rejected(name, url, too_large(int(length), limits))
                return
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limits.max_bytes:
                    yield rejected(name, url, too_large(None, limits, what="download"))
                    return
                chunks.append(chunk)
            final = str(resp.url)
            ctype = resp.headers.get("Content-Type", "")
    except httpx.HTTPError as e:
        yield rejected(name, url, f"could not fetch: {_why(e, limits)}")
        return
    except (OSError, ValueError) as e:
        yield rejected(name, url, f"could not fetch: {e}")
        return
    finally:
        if own:
            client.close()
    hints = {"url": final}
    if final != url:
        hints["requested_url"] = url
    kind = "html" if "html" in ctype.lower() else None
    yield from from_bytes(b"".join(chunks), url_slug(final), url, limits, declared_kind=kind,
                          charset=_charset(ctype), hints=hints)
