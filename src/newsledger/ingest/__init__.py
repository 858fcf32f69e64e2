"""ingest stage: turn files, directories, globs and URLs into RawDocuments.

Every reader sniffs content (magic bytes, leading markup) before trusting a file name, and
no input can stop the others: a bad one becomes a RawDocument whose `error` says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import RawDocument
from .files import expand, open_regular, read_file
from .limits import Limits
from .sniff import is_gzip, is_warc
from .text import rejected
from .web import fetch, is_url

__all__ = ["Limits", "DEFAULT_LIMITS", "read_inputs", "count_inputs"]

DEFAULT_LIMITS = Limits()


def read_inputs(inputs: Iterable[str], *, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawDocument]:
    """Every document named by `inputs`, in order, rejections included; never raises on bad input."""
    client = None
    try:
        for spec in inputs:
            spec = str(spec)
            if is_url(spec):
                if client is None:
                    import httpx

                    client = httpx.Client(follow_redirects=True, timeout=limits.url_timeout,
                                          headers={"User-Agent": limits.user_agent})
                yield from fetch(spec, limits, client)
                continue
            try:
                found = list(expand(spec))
            except OSError as e:
                yield rejected(spec, spec, f"could not list: {e.strerror or e}")
                continue
            for path, name, source in found:
                if path is None:
                    yield rejected(name, source, "no such file")
                    continue
                try:
                    yield from read_file(path, name, source, limits)
                except Exception as e:  # noqa: BLE001 - one reader's bug must not end the run
                    yield rejected(name, source, f"could not read: {type(e).__name__}: {e}")
    finally:
        if client is not None:
            client.close()


def count_inputs(inputs: Iterable[str]) -> int | None:
    """How many documents `read_inputs` will yield, or None when only reading would tell.

    Counts files and JSON Lines records from a peek at each file; a gzip or WARC (whose
    record count needs a full pass) makes the total unknown.
    """
    total = 0
    for spec in inputs:
        spec = str(spec)
        if is_url(spec):
            total += 1
            continue
        for path, _name, _source in expand(spec):
            n = _count_file(path) if path is not None else 1
            if n is None:
                return None
            total += n
    return total


def _count_file(path: Path) -> int | None:
    """Documents in one file from a peek: 1, the number of JSON Lines records, or None (unknown)."""
    f, size, why = open_regular(path)
    if f is None:
        return 1  # rejected, one way or another: one input
    with f:
        try:
            head = f.read(4096)
        except OSError:
            return 1
        if is_gzip(head) or is_warc(head):
            return None
        first = next((ln for ln in head.splitlines() if ln.strip()), b"")
        if not first.lstrip().startswith(b"{"):
            return 1
        if size > DEFAULT_LIMITS.max_bytes:
            return None  # a long JSON Lines file: counting it would mean reading it twice
        f.seek(0)
        return sum(1 for ln in f if ln.strip()) or 1
