"""Pairwise F1 of actor alias grouping against hand-made gold entities.

How it counts (so numbers are comparable across runs):

* Each gold entity contributes its canonical name and its aliases; each system actor its
  canonical name and its aliases. Strings are compared in the normalised form of
  `link.actors.normalise` (curly = straight apostrophe, case folded, a leading article and a
  trailing possessive dropped, spacing collapsed).
* Every string is put in exactly one group per side: if a string appears in several
  groups on one side, the first group (in the order given) keeps it.
* Only strings present on both sides are scored. Over every unordered pair of those
  strings, a pair is "gold-together" when one gold entity holds both and "system-together"
  when one actor holds both. Precision = both-together / system-together, recall =
  both-together / gold-together, F1 their harmonic mean.
* Strings only one side has do not count: the metric judges grouping, not coverage;
  `coverage` reports how many gold strings the system named at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import Any

from newsledger.link.actors import normalise
from newsledger.model import Actor


def _partition(groups: Iterable[Iterable[str]]) -> dict[str, int]:
    where: dict[str, int] = {}
    for gid, names in enumerate(groups):
        for name in names:
            if isinstance(name, str) and normalise(name):
                where.setdefault(normalise(name), gid)
    return where


def pairwise_f1(actors: list[Actor], gold_entities: list[dict[str, Any]]) -> dict[str, float]:
    """Precision, recall and F1 over alias pairs, plus the counts behind them."""
    gold = _partition(
        [e.get("canonical") or "", *(e.get("aliases") or [])] for e in gold_entities if isinstance(e, dict)
    )
    system = _partition([a.canonical, *a.aliases] for a in actors if isinstance(a, Actor))
    shared = sorted(set(gold) & set(system))
    gold_pairs = sys_pairs = both = 0
    for a, b in combinations(shared, 2):
        g = gold[a] == gold[b]
        s = system[a] == system[b]
        gold_pairs += g
        sys_pairs += s
        both += g and s
    precision = both / sys_pairs if sys_pairs else 0.0
    recall = both / gold_pairs if gold_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "shared_strings": float(len(shared)),
        "gold_strings": float(len(gold)),
        "coverage": len(shared) / len(gold) if gold else 0.0,
        "gold_pairs": float(gold_pairs),
        "system_pairs": float(sys_pairs),
        "correct_pairs": float(both),
    }
