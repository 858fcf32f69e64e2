"""Limits that keep one bad or hostile input from exhausting a run."""

from __future__ import annotations

from dataclasses import dataclass

USER_AGENT = "newsledger/0.1 (+research tool)"


@dataclass(frozen=True)
class Limits:
    """Caps applied by every reader.

    `max_bytes` bounds one document (a file, a fetched page, a decompressed gzip member, a
    WARC record); an archive (WARC) may be larger as a whole because it is streamed record by
    record, up to `max_archive_bytes`.
    """

    max_bytes: int = 20_000_000
    max_archive_bytes: int = 2_000_000_000
    url_timeout: float = 15.0
    max_jsonl_lines: int = 100_000
    max_warc_records: int = 100_000
    user_agent: str = USER_AGENT


def megabytes(n: float) -> str:
    """Decimal megabytes as people read them in a rejection reason ("52.4 MB")."""
    return f"{n / 1e6:.1f} MB" if n % 1_000_000 else f"{n / 1e6:.0f} MB"


def too_large(size: float | None, limits: Limits, *, what: str = "") -> str:
    """The reason given for an input over `limits.max_bytes`."""
    cap = megabytes(limits.max_bytes)
    if size is None:
        return f"too large: {what or 'content'} exceeds the {cap} limit"
    return f"too large: {megabytes(size)} exceeds the {cap} limit"
