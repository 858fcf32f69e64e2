"""Score extracted figure claims against a gold JSONL (rules of gold/FORMAT.md).

A system claim matches a gold claim when they are in the same document (extension
ignored), their numbers agree within 1% (low, and high where either has one), and their
quotes overlap (one contains the other, case and spacing ignored). Each gold claim is
matched at most once. Field accuracies are computed over matched pairs only. Derived
claims form their own pool: they are matched only against gold claims marked derived,
so a derived figure never counts against the precision of the figures the text states.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import PurePath
from typing import Any

FIELDS = ("unit", "event", "bound", "claimant", "time", "hedged")


def doc_key(name: str) -> str:
    """Document identity without directory or extension ("a/003_x.txt" -> "003_x")."""
    base = PurePath(str(name).split("#")[0]).name
    for ext in (".gz", ".txt", ".html", ".htm", ".jsonl", ".json"):
        if base.endswith(ext):
            base = base[: -len(ext)]
    return base


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", "", (text or "").lower().replace("\u2019", "'"))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= 0.01 * max(abs(a), abs(b))


def _lemma(word: str) -> str:
    """A deliberately small English singulariser: the scorer must not depend on the model it scores."""
    w = word.lower().strip(".,;:'\"()")
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            return w[: -len(suffix)] + repl
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _last_lemma(text: str | None) -> str | None:
    if not text:
        return None
    words = re.findall(r"[A-Za-z]+", text)
    return _lemma(words[-1]) if words else None


def same_lemma(a: str | None, b: str | None) -> bool:
    return _last_lemma(a) == _last_lemma(b)


def _interval(value: str | None) -> tuple[date, date] | None:
    """An ISO date, month, year or 'start/end' as an inclusive day interval."""
    if not value:
        return None
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            return _interval(a)[0], _interval(b)[1]  # type: ignore[index]
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            d = date(*parts)
            return d, d
        if len(parts) == 2:
            start = date(parts[0], parts[1], 1)
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return start, nxt - timedelta(days=1)
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, TypeError, IndexError):
        return None
    return None


def same_time(a: str | None, b: str | None) -> bool:
    """Both null, or the intervals overlap and neither is over three times as long as the other."""
    if not a and not b:
        return True
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return False
    if ia[0] > ib[1] or ib[0] > ia[1]:
        return False
    la = (ia[1] - ia[0]).days + 1
    lb = (ib[1] - ib[0]).days + 1
    return la <= 3 * lb and lb <= 3 * la


def same_claimant(system: str | None, gold: str | None, aliases: Iterable[str] = ()) -> bool:
    if not system and not gold:
        return True
    if not system or not gold:
        return False
    s = _squash(system)
    for name in (gold, *aliases):
        g = _squash(name)
        if g and (g in s or s in g):
            return True
    return False


def field_agrees(name: str, system: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    if name == "unit":
        return same_lemma(system.get("unit"), gold.get("unit"))
    if name == "event":
        return same_lemma(system.get("event"), gold.get("event"))
    if name == "claimant":
        return same_claimant(system.get("claimant"), gold.get("claimant"), gold.get("claimant_aliases") or ())
    if name == "time":
        return same_time(system.get("time"), gold.get("time"))
    if name == "hedged":
        return bool(system.get("hedged")) == bool(gold.get("hedged"))
    return system.get(name) == gold.get(name)


def claims_match(system: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    if doc_key(system["doc"]) != doc_key(gold["doc"]):
        return False
    if not _close(system.get("low"), gold.get("low")):
        return False
    if (system.get("high") is not None or gold.get("high") is not None) and not _close(
        system.get("high"), gold.get("high")
    ):
        return False
    s, g = _squash(system.get("quote")), _squash(gold.get("quote"))
    return bool(s and g) and (s in g or g in s)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    pairs: list[tuple[dict, dict]] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.field_right[name] / self.tp if self.tp else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "fields": {name: round(self.accuracy(name), 4) for name in FIELDS},
        }


def _match_pool(system: list[dict], gold: list[dict], score: Score) -> None:
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_doc[doc_key(g["doc"])].append(i)
    used: set[int] = set()
    # Exact quote matches first, so a loose containment never steals a better partner.
    order = sorted(range(len(system)), key=lambda i: len(system[i].get("quote") or ""), reverse=True)
    matched_sys: set[int] = set()
    for exact in (True, False):
        for si in order:
            if si in matched_sys:
                continue
            s = system[si]
            for gi in by_doc.get(doc_key(s["doc"]), []):
                if gi in used or not claims_match(s, gold[gi]):
                    continue
                if exact and _squash(s.get("quote")) != _squash(gold[gi].get("quote")):
                    continue
                used.add(gi)
                matched_sys.add(si)
                score.tp += 1
                score.pairs.append((s, gold[gi]))
                for name in FIELDS:
                    score.field_right[name] += field_agrees(name, s, gold[gi])
                break
    score.false_positives.extend(system[i] for i in range(len(system)) if i not in matched_sys)
    score.false_negatives.extend(gold[i] for i in range(len(gold)) if i not in used)
    score.fp += len(system) - len(matched_sys)
    score.fn += len(gold) - len(used)


def score_claims(system: Iterable[Mapping[str, Any]], gold: Iterable[Mapping[str, Any]]) -> dict[str, Score]:
    """Scores for stated claims ("claims") and, separately, for derived ones ("derived")."""
    sys_list = [dict(c) for c in system]
    gold_list = [dict(g) for g in gold]
    stated, derived = Score(), Score()
    _match_pool([c for c in sys_list if not c.get("derived")], [g for g in gold_list if not g.get("derived")], stated)
    _match_pool([c for c in sys_list if c.get("derived")], [g for g in gold_list if g.get("derived")], derived)
    return {"claims": stated, "derived": derived}


def score_not_claims(system: Iterable[Mapping[str, Any]], not_claims: Iterable[Mapping[str, Any]]) -> list[dict]:
    """The not-claims (furniture, teasers) that the system reported anyway."""
    sys_list = list(system)
    leaks = []
    for nc in not_claims:
        q = _squash(nc.get("quote"))
        for s in sys_list:
            sq = _squash(s.get("quote"))
            if doc_key(s["doc"]) == doc_key(nc["doc"]) and sq and (sq in q or q in sq):
                leaks.append({"not_claim": dict(nc), "system": dict(s)})
                break
    return leaks
