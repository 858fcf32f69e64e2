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
from scipy.cluster.hierarchy import DisjointSet

from newsledger.link.copy_search import candidates, may_be_copies, ranked_tokens, same_texts

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
    """Confirmed pairs of copies (names, in item order) that join every group: a spanning
    forest of the pairs, not all of them (a candidate whose two reports are already joined
    is not confirmed, so a group of many copies costs one confirmation per report, not one
    per pair; `grouped` gives the same groups from it as from every pair). Candidates are
    the MinHash LSH index's, less those that provably fail (link.copy_search).

    Whether two texts are copies depends on those two texts only, so a caller that kept the
    pairs among its older reports passes them as `known` and names the reports they do not
    cover in `fresh`: only pairs with a fresh report are looked for (None: all of them, as
    without `known`). The known pairs must join every group of the older reports as they
    did when found (the caller drops a group whose report changed or left: across.py)."""
    if len(items) < 2:
        return set()
    threshold = min(max(float(threshold), 0.05), 1.0)
    pos = {item.name: i for i, item in enumerate(items)}
    joined = DisjointSet(range(len(items)))
    found: set[tuple[str, str]] = set()

    def join(i: int, j: int) -> None:
        i, j = min(i, j), max(i, j)
        if joined.merge(i, j):  # a spanning forest: a pair already joined adds nothing
            found.add((items[i].name, items[j].name))

    for a, b in known or ():
        if a in pos and b in pos and a != b:
            join(pos[a], pos[b])
    fresh_ones = [i for i, item in enumerate(items) if fresh is None or item.name in fresh]
    if not fresh_ones:
        return found
    # reports with the same words: one text, copies of each other (equal shingles and MinHash)
    twin = same_texts([item.body for item in items])
    for i, first in enumerate(twin):
        if first != i:
            join(first, i)
    texts = [i for i in range(len(items)) if twin[i] == i]
    at = {i: k for k, i in enumerate(texts)}
    todo = np.unique([at[twin[i]] for i in fresh_ones])

    def enough(inter: int, sa: int, sb: int) -> bool:
        return inter / (sa + sb - inter) >= threshold or inter / min(sa, sb) >= CONTAINMENT

    @lru_cache(maxsize=4096)
    def shingled(i: int) -> set[str]:
        return shingles(items[i].body)

    lsh = MinHashLSH(threshold=max(0.05, threshold * 0.6), num_perm=NUM_PERM)  # its bands, not its index
    bands = np.stack([items[i].hash.hashvalues[:lsh.b * lsh.r] for i in texts]).reshape(len(texts), lsh.b, lsh.r)
    tokens = ranked_tokens([items[i].body for i in texts], SHINGLE)
    sizes = [items[i].size for i in texts]
    for x, y in candidates(tokens, sizes, lambda s: _overlap_floor(threshold, s), bands, todo):
        i, j = texts[x], texts[y]
        if joined.connected(i, j) or not may_be_copies(tokens[x], tokens[y], sizes[x], sizes[y], enough):
            continue
        a, b = shingled(i), shingled(j)
        if enough(len(a & b), len(a), len(b)):
            join(i, j)
    return found


def _overlap_floor(threshold: float, size: int) -> int:
    """Shingles two copies share at least, the smaller holding `size`: a Jaccard of t needs
    2t/(1+t) of the smaller set, containment CONTAINMENT of it (one less, against rounding)."""
    return max(1, int(min(2 * threshold / (1 + threshold), CONTAINMENT) * size) - 1)


@dataclass
class Hashed:
    """A report near_duplicates can compare: its name, text, date, place in the input, MinHash."""

    name: str
    body: str
    published: str
    pos: int
    hash: LeanMinHash
    size: int = 0  # its number of distinct shingles


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
        items.append(Hashed(d[0], d[1], published, pos,
                            LeanMinHash(seed=7, hashvalues=values, scheme=_empty().scheme), count))
    return items


def grouped(items: list[Hashed], pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(copy, original) for every group the confirmed pairs join (order-free: the same
    groups whichever way the pairs were found)."""
    index = {item.name: i for i, item in enumerate(items)}
    joined = DisjointSet(range(len(items)))
    for a, b in pairs:
        joined.merge(index[a], index[b])
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(joined[i], []).append(i)
    out: list[tuple[str, str]] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda i: (items[i].published, items[i].pos))
        out += [(items[i].name, items[original].name) for i in sorted(members) if i != original]
    return out
