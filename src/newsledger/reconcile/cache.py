"""Per-story and per-report conclusions kept between runs, keyed by a digest of what they came from.

A run that adds a thousand reports to a ledger of a hundred thousand touches few stories;
the facts, checks and timeline of every other story are computed from exactly the same
inputs as last time, so they are taken from here instead (engine.conclude reads the cache
from the ledger entry by entry and stores back what the run used). The digest covers the story's claims
with their canonical names, its reports' outlet, date and title, its events, and the
source of the cross-document code, so a changed input or a changed newsledger never
reuses a stale entry; the story's id (which shifts when an earlier report arrives) is set
after the lookup and is not part of it.

Beside the stories, what each report gives on its own is kept under the report's name
(`report_key`), with the digest of what it was made from: the names and near-duplicate
signature of its text, the copies it has, the rows its claims make (identity.doc_rows) and
the words of its event descriptions. A story that new reports join is concluded again from
these, so only the new reports are read; the entries stay while the report is in the ledger,
whether a run looked them up or not.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def code_version() -> str:
    """Digest of the cross-document code (link/, reconcile/, model.py): entries from other code never match."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted([*(root / "link").glob("*.py"), *(root / "reconcile").glob("*.py"), root / "model.py"]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def digest(kind: str, parts: Any) -> str:
    """A key for `parts` (anything whose repr is stable: tuples, strings, numbers, dataclasses)."""
    return hashlib.sha256(repr((code_version(), kind, parts)).encode()).hexdigest()


REPORT_SEP = "\x1f"  # between the parts of an entry kept under a report's name


def report_key(kind: str, doc: str) -> str:
    """The name of the `kind` entry kept for one report (see StoryCache.get_named)."""
    return f"report{REPORT_SEP}{kind}{REPORT_SEP}{doc}"


def report_of(key: str) -> str | None:
    """The report a report_key names, None for a digest key."""
    parts = key.split(REPORT_SEP, 2)
    return parts[2] if len(parts) == 3 and parts[0] == "report" else None


class StoryCache:
    """Entries from the last run, read when looked up (`stored`: a dict, or a function from key
    to value, so a big ledger's cache is never loaded whole); what this run looked up or
    added is in `used`, what it added or replaced in `fresh`."""

    def __init__(self, stored: dict[str, bytes] | Callable[[str], bytes | None] | None = None) -> None:
        if callable(stored):
            self.lookup: Callable[[str], bytes | None] = stored
        else:
            self.lookup = (stored if isinstance(stored, dict) else {}).get
        self.used: dict[str, bytes] = {}
        self.fresh: set[str] = set()
        self.hits = self.misses = 0

    def get(self, key: str) -> Any:
        blob = self.lookup(key)
        if blob is None:
            self.misses += 1
            return None
        try:
            value = pickle.loads(blob)  # noqa: S301 - the ledger's own cache, written by put()
        except Exception:  # noqa: BLE001 - an unreadable entry is recomputed
            self.misses += 1
            return None
        self.used[key] = blob
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        self.used[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.fresh.add(key)

    def get_named(self, name: str, key: str) -> Any:
        """The value kept under `name` (report_key) if it was made from the inputs `key`
        digests. Per-report entries live under the report's name rather than their digest,
        so the ledger keeps them while the report is in it, used by this run or not (a run
        that adds reports reads those of the stories it touches only)."""
        blob = self.lookup(name)
        try:
            kept, value = pickle.loads(blob) if blob is not None else (None, None)  # noqa: S301 - as in get()
        except Exception:  # noqa: BLE001 - an unreadable entry is recomputed
            kept, value = None, None
        if kept != key:
            self.misses += 1
            return None
        self.used[name] = blob  # type: ignore[assignment] - not None when kept matched
        self.hits += 1
        return value

    def put_named(self, name: str, key: str, value: Any) -> None:
        self.put(name, (key, value))
