"""Near-duplicate reports: syndicated copies, re-headlined or trimmed reposts.

A copy must not count as an independent report, so the ledger needs to know which
document repeats which. MinHash + LSH (datasketch) finds candidate pairs without comparing
every pair; each candidate is then confirmed on the exact shingle sets, by Jaccard or by
containment (a trimmed copy is almost wholly contained in its original).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

SHINGLE = 5
NUM_PERM = 128
MIN_SHINGLES = 8  # shorter texts say too little to call them copies
CONTAINMENT = 0.9


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of a text, case and punctuation folded."""
    words = re.findall(r"\w+", text.lower()) if isinstance(text, str) else []
    return {" ".join(words[i:i + k]) for i in range(max(0, len(words) - k + 1))}


def _minhash(items: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    for s in items:
        m.update(s.encode("utf-8"))
    return m


def near_duplicates(docs: Sequence[tuple], threshold: float = 0.8) -> list[tuple[str, str]]:
    """Pairs (copy, original) among `docs`, given as (name, body) or (name, body, published).

    The original is the earliest published (ISO dates compare as strings); without dates,
    the one seen first. Every member of a group of copies points at the same original.
    Malformed items are skipped.
    """
    items: list[tuple[str, set[str], str, int]] = []
    for pos, d in enumerate(docs):
        if not isinstance(d, (tuple, list)) or len(d) < 2 or not isinstance(d[0], str):
            continue
        sh = shingles(d[1])
        if len(sh) < MIN_SHINGLES:
            continue
        published = d[2] if len(d) > 2 and isinstance(d[2], str) and d[2] else "9999"
        items.append((d[0], sh, published, pos))
    if len(items) < 2:
        return []
    threshold = min(max(float(threshold), 0.05), 1.0)
    lsh = MinHashLSH(threshold=max(0.05, threshold * 0.6), num_perm=NUM_PERM)
    hashes = {}
    for i, (_name, sh, _pub, _pos) in enumerate(items):
        hashes[i] = _minhash(sh)
        lsh.insert(str(i), hashes[i])
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(len(items)):
        for j in map(int, lsh.query(hashes[i])):
            if j <= i:
                continue
            a, b = items[i][1], items[j][1]
            inter = len(a & b)
            if inter / len(a | b) >= threshold or inter / min(len(a), len(b)) >= CONTAINMENT:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    pairs: list[tuple[str, str]] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda i: (items[i][2], items[i][3]))
        pairs += [(items[i][0], items[original][0]) for i in sorted(members) if i != original]
    return pairs
