"""Near-duplicate reports: syndicated copies, re-headlined or trimmed reposts.

A copy must not count as an independent report, so the ledger needs to know which
document repeats which. MinHash + LSH (datasketch) finds candidate pairs without comparing
every pair; each candidate is then confirmed on the exact shingle sets, by Jaccard or by
containment (a trimmed copy is almost wholly contained in its original).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 5
NUM_PERM = 128
MIN_SHINGLES = 8  # shorter texts say too little to call them copies
CONTAINMENT = 0.9


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of a text, case and punctuation folded."""
    words = re.findall(r"\w+", text.lower()) if isinstance(text, str) else []
    return {" ".join(words[i:i + k]) for i in range(max(0, len(words) - k + 1))}


@lru_cache(maxsize=1)
def _empty() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=7)  # its permutations are drawn once, not per report


def signature(text: str) -> tuple[int, np.ndarray]:
    """A report's shingle count and MinHash values: all near_duplicates needs of a report
    that is not a candidate, so a caller can keep them between runs (pure in the text)."""
    sh = shingles(text)
    m = _empty().copy()
    m.update_batch([s.encode("utf-8") for s in sorted(sh)])  # one numpy pass over all shingles
    return len(sh), m.hashvalues


def near_duplicates(docs: Sequence[tuple], threshold: float = 0.8,
                    signatures: Mapping[str, tuple[int, np.ndarray]] | None = None,
                    known: Iterable[tuple[str, str]] | None = None,
                    fresh: Collection[str] | None = None) -> list[tuple[str, str]]:
    """Pairs (copy, original) among `docs`, given as (name, body) or (name, body, published).

    The original is the earliest published (ISO dates compare as strings); without dates,
    the one seen first. Every member of a group of copies points at the same original.
    Malformed items are skipped. `signatures` holds `signature(body)` by name for reports
    the caller has them for; only candidate pairs are shingled again, to be confirmed.
    `known` and `fresh`: see copy_pairs.
    """
    items = hashed(docs, signatures)
    return grouped(items, copy_pairs(items, threshold, known, fresh))


def copy_pairs(items: list[Hashed], threshold: float = 0.8, known: Iterable[tuple[str, str]] | None = None,
               fresh: Collection[str] | None = None) -> set[tuple[str, str]]:
    """Confirmed pairs of copies (names, in item order). Whether two texts are copies depends
    on those two texts only, so a caller that kept the pairs among its older reports passes
    them as `known` and names the reports they do not cover in `fresh`: only the fresh ones
    are looked up in the index (None: all of them, as without `known`)."""
    if len(items) < 2:
        return set()
    threshold = min(max(float(threshold), 0.05), 1.0)
    lsh = MinHashLSH(threshold=max(0.05, threshold * 0.6), num_perm=NUM_PERM)
    for i, item in enumerate(items):
        lsh.insert(str(i), item.hash)
    pos = {item.name: i for i, item in enumerate(items)}
    found = {(a, b) if pos[a] < pos[b] else (b, a) for a, b in known or () if a in pos and b in pos and a != b}

    @lru_cache(maxsize=4096)
    def shingled(i: int) -> set[str]:
        return shingles(items[i].body)

    looked: set[tuple[int, int]] = set()
    for i in range(len(items)):
        if fresh is not None and items[i].name not in fresh:
            continue
        for j in sorted(map(int, lsh.query(items[i].hash))):
            pair = (min(i, j), max(i, j))
            if i == j or pair in looked:
                continue
            looked.add(pair)
            a, b = shingled(pair[0]), shingled(pair[1])
            inter = len(a & b)
            if inter / (len(a) + len(b) - inter) >= threshold or inter / min(len(a), len(b)) >= CONTAINMENT:
                found.add((items[pair[0]].name, items[pair[1]].name))
    return found


@dataclass
class Hashed:
    """A report near_duplicates can compare: its name, text, date, place in the input, MinHash."""

    name: str
    body: str
    published: str
    pos: int
    hash: LeanMinHash


def hashed(docs: Sequence[tuple], signatures: Mapping[str, tuple[int, np.ndarray]] | None) -> list[Hashed]:
    """The well-formed reports long enough to call copies, with their MinHash."""
    known = signatures if isinstance(signatures, Mapping) else {}
    items: list[Hashed] = []
    for pos, d in enumerate(docs):
        if not isinstance(d, (tuple, list)) or len(d) < 2 or not isinstance(d[0], str):
            continue
        count, values = known.get(d[0]) or signature(d[1])
        if count < MIN_SHINGLES:
            continue
        published = d[2] if len(d) > 2 and isinstance(d[2], str) and d[2] else "9999"
        items.append(Hashed(d[0], d[1], published, pos, LeanMinHash(seed=7, hashvalues=values, scheme=_empty().scheme)))
    return items


def grouped(items: list[Hashed], pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(copy, original) for every group the confirmed pairs join (order-free: the same
    groups whichever way the pairs were found)."""
    index = {item.name: i for i, item in enumerate(items)}
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(index[b])] = find(index[a])
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out: list[tuple[str, str]] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda i: (items[i].published, items[i].pos))
        out += [(items[i].name, items[original].name) for i in sorted(members) if i != original]
    return out
