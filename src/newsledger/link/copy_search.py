"""Which reports could be copies, found without comparing every candidate of the MinHash index.

near-duplicates (link.dedup) confirms a pair on the exact shingle sets when the MinHash LSH
index gives it as a candidate. Asking the index report by report gives every report all the
reports that share most of its common phrases: hundreds of versions of one wire text, or
revisions of one story, most of which fail the confirmation, so the work grows with the
square of such a family. This module gives the same candidates minus pairs that provably
fail, with work that grows with the reports:

- reports with the same words are one text: only one of them is looked at (`same_texts`);
- prefix filter: two copies share at least `floor` shingles of the smaller report, so the
  rarest shingle they share is among the |B| - floor + 1 rarest of each. Every report is
  indexed by those rarest shingles only, so reports that share only common phrases, or are
  respelled versions of one text, never meet (the rarest shingles hold the names);
- the LSH test of the pairs left is the index's own: equal MinHash values in one band.

Shingles are handled as 64-bit numbers; a report where two shingles share a number is
indexed and looked up whole, so the filter stays exact.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

import numpy as np

_MIX = np.uint64(0x9E3779B97F4A7C15)


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def words_of(text: str) -> list[str]:
    """The words shingles are made of (link.dedup.shingles folds case the same way)."""
    return re.findall(r"\w+", text.lower()) if isinstance(text, str) else []


def same_texts(bodies: Sequence[str]) -> list[int]:
    """For each body, the first body with the same words (itself when none is earlier):
    such reports have the same shingles, so they are copies of each other and of the same others."""
    first: dict[bytes, list[int]] = {}
    out = []
    for i, body in enumerate(bodies):
        words = "\x00".join(words_of(body))
        key = hashlib.blake2b(words.encode("utf-8"), digest_size=16).digest()
        for j in first.get(key, ()):
            if "\x00".join(words_of(bodies[j])) == words:
                out.append(j)
                break
        else:
            first.setdefault(key, []).append(i)
            out.append(i)
    return out


def ranked_tokens(bodies: Sequence[str], k: int) -> list[np.ndarray]:
    """Each body's k-word shingles as ranks in one order of all of them, rarest first (ties by
    number), sorted: the first few of a report are the ones few other reports have."""
    seen: dict[str, int] = {}
    numbers = [_numbers(words_of(b), k, seen) for b in bodies]
    lengths = np.array([len(t) for t in numbers], dtype=np.int64)
    if not lengths.sum():
        return [np.empty(0, np.int64) for _ in bodies]
    uniq, inverse, counts = np.unique(np.concatenate(numbers), return_inverse=True, return_counts=True)
    del numbers
    rank = np.empty(len(uniq), dtype=np.int64)
    rank[np.lexsort((uniq, counts))] = np.arange(len(uniq))
    owner = np.repeat(np.arange(len(bodies), dtype=np.int64), lengths)
    keyed = np.sort(owner * len(uniq) + rank[inverse.reshape(-1)])
    return np.split(keyed - owner * len(uniq), np.cumsum(lengths)[:-1])


def _numbers(words: list[str], k: int, seen: dict[str, int]) -> np.ndarray:
    """Distinct numbers of the k-word shingles (from the words' stable hashes)."""
    n = len(words) - k + 1
    if n < 1:
        return np.empty(0, np.uint64)
    h = np.fromiter((seen[w] if w in seen else seen.setdefault(w, _word_hash(w)) for w in words),
                    np.uint64, len(words))
    out = h[:n].copy()
    for j in range(1, k):
        out = out * _MIX + h[j:j + n]
    return np.unique(out)


def candidates(tokens: list[np.ndarray], sizes: Sequence[int], floor: Callable[[int], int],
               bands: np.ndarray, todo: np.ndarray) -> list[tuple[int, int]]:
    """Pairs (i < j), one of them in `todo`, that share at least floor(smaller size) shingles as
    far as the prefix filter can tell and whose `bands` (n x b x r MinHash values) are equal in
    one band, sorted. sizes: each report's number of distinct shingles."""
    n = len(tokens)
    size = np.asarray(sizes, dtype=np.int64)
    whole = np.array([len(t) != s for t, s in zip(tokens, size, strict=True)], dtype=bool)
    floors = np.array([floor(int(s)) for s in size], dtype=np.int64)
    reach = np.where(whole, size + 1, size - floors + 1)  # how many of its rarest to index
    order = np.empty(n, dtype=np.int64)  # the smaller of a pair is indexed, the larger looks it up
    order[np.lexsort((np.arange(n), size))] = np.arange(n)
    index = _Index(tokens, reach, floors, whole, size, order)
    everyone = np.arange(n)
    if len(todo) == n:
        pairs = index.lookups(everyone, everyone)
    else:
        pairs = np.union1d(index.lookups(todo, everyone), index.lookups(np.setdiff1d(everyone, todo), todo))
    out: list[tuple[int, int]] = []
    for chunk in np.array_split(pairs, max(1, len(pairs) // 50000)):
        a, b = chunk // n, chunk % n
        near = (bands[a] == bands[b]).all(axis=2).any(axis=1)
        out += zip(np.minimum(a, b)[near].tolist(), np.maximum(a, b)[near].tolist(), strict=True)
    return sorted(out)


class _Index:
    """Reports by their rarest shingles, looked up with all shingles of others (see candidates)."""

    def __init__(self, tokens: list[np.ndarray], reach: np.ndarray, floors: np.ndarray, whole: np.ndarray,
                 size: np.ndarray, order: np.ndarray) -> None:
        self.tokens, self.reach, self.floors, self.whole, self.size, self.order = \
            tokens, reach, floors, whole, size, order

    def lookups(self, seekers: np.ndarray, indexed: np.ndarray) -> np.ndarray:
        """Pairs a * n + b: a in `seekers`, b in `indexed` and before a in `order`, sharing one of
        b's rarest shingles at a place in a that the floor for b's size allows."""
        tokens, n = self.tokens, len(self.tokens)
        if not len(seekers) or not len(indexed):
            return np.empty(0, dtype=np.int64)
        keys = np.concatenate([tokens[b][:self.reach[b]] for b in indexed])
        owners = np.repeat(indexed, [min(self.reach[b], len(tokens[b])) for b in indexed])
        by_key = np.argsort(keys, kind="stable")
        keys, owners = keys[by_key], owners[by_key]
        found = []
        for chunk in np.array_split(seekers, max(1, len(seekers) // 2000)):
            lengths = np.array([len(tokens[a]) for a in chunk], dtype=np.int64)
            if not lengths.sum():
                continue
            mine = np.concatenate([tokens[a] for a in chunk])
            place = np.arange(len(mine)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
            lo = np.searchsorted(keys, mine, "left")
            hits = np.searchsorted(keys, mine, "right") - lo
            total = int(hits.sum())
            if not total:
                continue
            a = np.repeat(np.repeat(chunk, lengths), hits)
            at = np.repeat(place, hits)
            b = owners[np.repeat(lo, hits) + np.arange(total) - np.repeat(np.cumsum(hits) - hits, hits)]
            # the rarest shared shingle is among a's |a| - floor(b) + 1 rarest (if a's numbers are distinct)
            keep = (self.order[b] < self.order[a]) & (self.whole[a] | (at < self.size[a] - self.floors[b] + 1))
            found.append(np.unique(a[keep] * n + b[keep]))
        return np.unique(np.concatenate(found)) if found else np.empty(0, dtype=np.int64)


def may_be_copies(tx: np.ndarray, ty: np.ndarray, sx: int, sy: int, enough: Callable[[int, int, int], bool]) -> bool:
    """False when even their shared numbers (no fewer than their shared shingles, when neither
    report has two shingles on one number) are not `enough` (inter, size x, size y): spares
    shingling both."""
    if len(tx) != sx or len(ty) != sy:
        return True
    return enough(len(np.intersect1d(tx, ty, assume_unique=True)), sx, sy)
