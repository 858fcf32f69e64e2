"""Per-story conclusions kept between runs, keyed by a digest of everything they came from.

A run that adds a thousand reports to a ledger of a hundred thousand touches few stories;
the facts, checks and timeline of every other story are computed from exactly the same
inputs as last time, so they are taken from here instead (engine.conclude loads the cache
from the ledger and stores back what the run used). The digest covers the story's claims
with their canonical names, its reports' outlet, date and title, its events, and the
source of the cross-document code, so a changed input or a changed newsledger never
reuses a stale entry; the story's id (which shifts when an earlier report arrives) is set
after the lookup and is not part of it.
"""

from __future__ import annotations

import hashlib
import pickle
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


class StoryCache:
    """Entries from the last run (`stored`); what this run looked up or added is in `used`."""

    def __init__(self, stored: dict[str, bytes] | None = None) -> None:
        self.stored = stored if isinstance(stored, dict) else {}
        self.used: dict[str, bytes] = {}
        self.hits = self.misses = 0

    def get(self, key: str) -> Any:
        blob = self.stored.get(key)
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
