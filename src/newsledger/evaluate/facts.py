"""Score facts and arithmetic checks against hand-made gold (benchmarks/crossdoc/).

Claims are matched the way the claim scorer matches them: same document, quotes overlap
(one contains the other, case and spacing ignored), values within 1 %. A gold claim given
once matches every such claim of its document (a headline repeats its body sentence).

- Fact grouping: pairwise precision and recall over the gold claims the system placed in
  a fact. A pair is "together" in the gold when both claims belong to one gold fact, and
  in the system when their matched claims belong to one system fact. `placed` is the share
  of gold claims that reached a fact at all.
- Checks: a check matches a gold relation when it uses the same rule, every claim it names
  maps onto one of the relation's roles (by gold fact and value), every role is named, and
  the verdict (fits or not) agrees. Precision is over checks, recall over relations.
- Labels: a heading that repeats a word ("people people") or ends in a verb of saying or
  doubt ("people confirm") is counted as unreadable.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import PurePath
from typing import Any

from newsledger.model import ArithmeticCheck, Claim, Fact

VALUE_TOL = 0.01
#: verbs of saying, doubt and light verbs: a label ending in one names no measured quantity
REPORTING_WORDS = frozenset(
    """say says said tell told report reported claim claimed confirm confirmed believe believed
    estimate estimated put puts give gave given expect expected state stated announce announced
    add added note noted cite cited ask asked accord according show showed find found
    suggest suggested think thought reckon assess assessed""".split())


def _stem(name: str) -> str:
    return PurePath(str(name)).stem


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= VALUE_TOL * max(abs(float(b)), 1e-9)


def claim_matches(system: Claim, gold: dict[str, Any]) -> bool:
    """Same document, overlapping quotes, value within 1 % (a derived claim only matches a
    derived gold claim, so a share and the count made from it stay apart)."""
    if _stem(system.doc) != _stem(gold.get("doc", "")):
        return False
    a, b = _norm(system.quote), _norm(gold.get("quote", ""))
    if not a or not b or (a not in b and b not in a):
        return False
    if bool(system.derived) != bool(gold.get("derived")):
        return False
    return _close(system.low, gold.get("low"))


def _gold_claims(gold_facts: list[dict]) -> list[tuple[str, dict]]:
    return [(g["fact"], c) for g in gold_facts for c in g.get("claims") or []]


def map_claims(facts: list[Fact], claims: list[Claim],
               gold_facts: list[dict]) -> dict[int, list[tuple[Claim, str | None]]]:
    """For each gold claim (by index): the system claims matching it, with their fact id."""
    fact_of = {id(c): f.id for f in facts for c in f.claims}
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[_stem(c.doc)].append(c)
    gold = _gold_claims(gold_facts)
    # a system claim stands for the gold claims it matches best: an equal quote beats one
    # that only contains the other ("more than 1,000" troops vs "more than 1,000 square kilometers")
    best: dict[int, list[int]] = {}
    for k, (_, g) in enumerate(gold):
        for c in by_doc.get(_stem(g.get("doc", "")), []):
            if claim_matches(c, g):
                best.setdefault(id(c), []).append(k)
    out: dict[int, list[tuple[Claim, str | None]]] = {k: [] for k in range(len(gold))}
    claims_by_id = {id(c): c for c in claims}
    for cid, ks in best.items():
        c = claims_by_id[cid]
        score = {k: _quote_score(c.quote, gold[k][1].get("quote", "")) for k in ks}
        top = max(score.values())
        for k in ks:
            if score[k] == top:
                out[k].append((c, fact_of.get(cid)))
    return out


def _quote_score(a: str, b: str) -> float:
    a, b = _norm(a), _norm(b)
    return 1.0 if a == b else min(len(a), len(b)) / max(len(a), len(b), 1)


def score_grouping(facts: list[Fact], claims: list[Claim], gold_facts: list[dict]) -> dict[str, Any]:
    """Pairwise P/R/F1 of fact grouping over placed gold claims, and the share placed."""
    gold = _gold_claims(gold_facts)
    matched = map_claims(facts, claims, gold_facts)
    # one system fact per gold claim: the fact most of its matching claims sit in
    placed: dict[int, str] = {}
    for k, pairs in matched.items():
        ids = [fid for _, fid in pairs if fid]
        if ids:
            placed[k] = max(set(ids), key=lambda f: (ids.count(f), f))
    tp = fp = fn = 0
    splits: list[str] = []
    merges: list[str] = []
    for a, b in combinations(sorted(placed), 2):
        same_gold = gold[a][0] == gold[b][0]
        same_sys = placed[a] == placed[b]
        if same_gold and same_sys:
            tp += 1
        elif same_sys:
            fp += 1
            merges.append(f"{gold[a][0]} + {gold[b][0]}")
        elif same_gold:
            fn += 1
            splits.append(gold[a][0])
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "pairs": tp + fn, "gold_claims": len(gold), "placed": len(placed) / len(gold) if gold else 0.0,
            "split_facts": sorted(set(splits)), "merged_facts": sorted(set(merges)),
            "unplaced": [f"{g[0]}: {_stem(g[1]['doc'])} {g[1]['quote']}" for k, g in enumerate(gold)
                         if k not in placed]}


def _ref(c: Claim) -> str:
    return f"{c.doc}:{c.span[0]}-{c.span[1]}"


def score_checks(checks: list[ArithmeticCheck], claims: list[Claim], gold_facts: list[dict],
                 relations: list[dict]) -> dict[str, Any]:
    """Precision and recall of checks against gold relations (module docstring)."""
    gold = _gold_claims(gold_facts)
    by_ref: dict[str, Claim] = {_ref(c): c for c in claims}
    # every (gold fact, value) a system claim stands for
    stands: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for k, pairs in map_claims([], claims, gold_facts).items():
        for c, _ in pairs:
            stands[_ref(c)].add((gold[k][0], float(gold[k][1]["low"])))

    def role_hit(ref: str, role: dict) -> bool:
        return any(f == alt["fact"] and _close(v, alt["low"]) for f, v in stands.get(ref, ())
                   for alt in role["any"])

    def matches(check: ArithmeticCheck, rel: dict) -> bool:
        refs = [str(r) for r in check.claims or []]
        if check.kind != rel["rule"] or bool(check.fits) != bool(rel["fits"]) or not refs:
            return False
        if not all(any(role_hit(ref, role) for role in rel["roles"]) for ref in refs):
            return False
        return all(any(role_hit(ref, role) for ref in refs) for role in rel["roles"])

    good = [any(matches(c, r) for r in relations) for c in checks]
    found = [any(matches(c, r) for c in checks) for r in relations]
    near = [r for r, hit in zip(relations, found, strict=True) if not hit]
    wrong = [c.description for c, ok in zip(checks, good, strict=True) if not ok]
    unknown = sum(1 for c in checks for ref in c.claims or [] if str(ref) not in by_ref)
    return {"checks": len(checks), "relations": len(relations),
            "precision": sum(good) / len(checks) if checks else 1.0,
            "recall": sum(found) / len(relations) if relations else 1.0,
            "wrong": wrong, "missed": [f"{r['story']} {r['rule']} fits={r['fits']}: " + " | ".join(
                "/".join(f"{a['fact']}@{a['low']:g}" for a in role["any"]) for role in r["roles"])
                for r in near], "unknown_refs": unknown}


def bad_label(label: str) -> str | None:
    """Why a fact heading is unreadable, or None: a repeated word, or a verb of saying,
    doubt or a light verb as its last word (before a parenthesised unit)."""
    text = re.sub(r"\([^)]*\)", " ", str(label or "")).strip()
    words = [w.casefold() for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    if not words:
        return "empty"
    for a, b in combinations(range(len(words)), 2):
        if words[a] == words[b] and words[a] not in ("of", "and", "the", "in", "a"):
            return f"repeats '{words[a]}'"
    if words[-1] in REPORTING_WORDS:
        return f"ends in '{words[-1]}'"
    return None


def label_problems(labels: Iterable[str]) -> list[tuple[str, str]]:
    """(label, why) for every unreadable label."""
    return [(lab, why) for lab in labels if (why := bad_label(lab))]
