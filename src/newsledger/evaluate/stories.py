"""B-cubed precision, recall and F1 of story grouping against gold story labels.

For each document present in both the system's stories and the gold map: precision is the
share of its system cluster that shares its gold story, recall the share of its gold story
that shares its system cluster (both counting the document itself, over scored documents
only). The averages over documents give B-cubed P and R (Bagga & Baldwin 1998).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsledger.model import Story


def bcubed_f1(stories: list[Story], gold_map: dict[str, str]) -> dict[str, Any]:
    """B-cubed scores; `gold_map` maps document name -> gold story id."""
    system: dict[str, str] = {}
    for s in stories:
        if isinstance(s, Story):
            for d in s.docs:
                system.setdefault(d, s.id)
    gold = {d: g for d, g in (gold_map or {}).items() if isinstance(d, str)}
    scored = sorted(set(system) & set(gold))
    if not scored:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "docs": 0}
    by_sys: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for d in scored:
        by_sys[system[d]].add(d)
        by_gold[gold[d]].add(d)
    p = r = 0.0
    for d in scored:
        both = len(by_sys[system[d]] & by_gold[gold[d]])
        p += both / len(by_sys[system[d]])
        r += both / len(by_gold[gold[d]])
    p, r = p / len(scored), r / len(scored)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "docs": len(scored)}
