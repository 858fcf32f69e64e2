"""Score a merged timeline against hand-made gold events.

A timeline entry matches a gold event when all three hold:

- document: they share at least one report (file extensions ignored);
- date: "strict" uses the rule of the claim scorer (intervals overlap and neither is more
  than three times as long as the other). "month" first widens both to whole calendar
  months, then applies the same rule, so "Jan. 30" matches "Jan. 30 to Feb. 4" and "early
  February" matches "the first week of February", but "this year" does not match
  "January-February". The headline numbers are month-level; strict ones are reported too;
- what happened: gold descriptions are paraphrases, so words are compared as content lemmas
  (nouns, verbs, adjectives, numbers; verbs of saying ignored). At least `min_share` (0.4)
  of the gold event's lemmas (of at most ten of them: a long gold description needs four),
  and at least two, must occur in the entry's description or in its evidence sentences from
  the reports both name (the sentences the report would cite).

Precision is the share of entries that match some gold event; recall the share of gold
events matched by some entry. An entry may match several gold events stated in one
sentence and a gold event may be matched by several unmerged entries: `duplicates` counts
gold events matched more than once (month-level, any match), and the `_1to1` figures pair
entries and gold events one to one (best share first), so over-splitting and
under-splitting both show. `duplicates_best` counts an event listed twice: gold events
that are the best match (strict dates) of two or more entries, or the best match of an
entry that the one-to-one pairing leaves over although it matches (every event it tells
was taken by another entry); an entry about another event whose sentence merely shares
the story's words with this one is not its duplicate.
Gold events from photo captions (`where: caption`) cannot be found in a body; recall is
given over all gold events and over body events only.
"""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import date
from pathlib import PurePath
from typing import Any

from newsledger.extract.timex import value_bounds
from newsledger.model import TimelineEntry
from newsledger.reconcile.timeline import compatible_dates, content_lemmas

MIN_SHARE = 0.4
SHARE_CAP = 10  # a long gold description needs at most 4 (0.4 x 10) of its lemmas found


def _stem(name: str) -> str:
    return PurePath(str(name)).stem


def _to_months(iv: tuple[date, date]) -> tuple[date, date]:
    end = iv[1]
    return iv[0].replace(day=1), end.replace(day=calendar.monthrange(end.year, end.month)[1])


def _date_ok(a: tuple[date, date], b: tuple[date, date], mode: str) -> bool:
    if mode == "month":
        return compatible_dates(_to_months(a), _to_months(b))
    return compatible_dates(a, b)


def _ratio(p: int, n: int) -> float:
    return round(p / n, 4) if n else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _greedy_pairs(scored: dict[tuple[int, int], float]) -> set[tuple[int, int]]:
    """One-to-one pairs, best share first."""
    used_e: set[int] = set()
    used_g: set[int] = set()
    out = set()
    for (i, j), _ in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0])):
        if i not in used_e and j not in used_g:
            out.add((i, j))
            used_e.add(i)
            used_g.add(j)
    return out


def score_timeline(entries: list[TimelineEntry], gold: list[dict], min_share: float = MIN_SHARE) -> dict[str, Any]:
    """Precision, recall and F1 of a timeline against gold events (see the module docstring)."""
    gold = [g for g in gold or [] if isinstance(g, dict) and value_bounds(g.get("when"))]
    entries = [e for e in entries or [] if isinstance(e, TimelineEntry) and value_bounds(e.when)]
    g_lem = content_lemmas(str(g.get("what") or "") for g in gold)
    # Each entry's words, per document: its description plus the evidence sentences of that report.
    texts: list[tuple[int, str, str]] = []
    for i, e in enumerate(entries):
        for d in e.docs:
            texts.append((i, _stem(d), e.what))
        for ev in e.evidence:
            texts.append((i, _stem(ev.get("doc", "")), str(ev.get("sentence") or "")))
    lem_of = content_lemmas(t for _, _, t in texts)
    e_lem: dict[tuple[int, str], frozenset[str]] = {}
    for (i, d, _), lem in zip(texts, lem_of, strict=True):
        e_lem[(i, d)] = e_lem.get((i, d), frozenset()) | lem
    g_iv = [value_bounds(g["when"]) for g in gold]
    e_iv = [value_bounds(e.when) for e in entries]
    g_docs = [{_stem(d) for d in g.get("docs") or []} for g in gold]
    e_docs = [{_stem(d) for d in e.docs} for e in entries]

    def share(i: int, j: int) -> float:
        """Share of the gold event's lemmas found in the entry's text from the reports both name."""
        words = frozenset().union(*(e_lem.get((i, d), frozenset()) for d in e_docs[i] & g_docs[j]))
        shared = len(g_lem[j] & words)
        return shared / min(len(g_lem[j]), SHARE_CAP) if shared >= 2 else 0.0

    out: dict[str, Any] = {"entries": len(entries), "gold": len(gold),
                           "gold_body": sum(1 for g in gold if g.get("where", "body") != "caption")}
    body = [j for j, g in enumerate(gold) if g.get("where", "body") != "caption"]
    for mode in ("month", "strict"):
        scored = {(i, j): sc for i in range(len(entries)) for j in range(len(gold))
                  if e_docs[i] & g_docs[j] and _date_ok(e_iv[i], g_iv[j], mode) and (sc := share(i, j)) >= min_share}
        if mode == "strict":
            best: dict[int, tuple[float, int]] = {}
            for (i, j), sc in scored.items():
                if (sc, -j) > (best.get(i, (0.0, 0))[0], -best.get(i, (0.0, 0))[1]):
                    best[i] = (sc, j)
            twice = Counter(j for _, j in best.values())
            # an entry the one-to-one pairing leaves over although it matches: every event it
            # tells was taken by another entry, so it lists one of them a second time
            paired = {i for i, _ in _greedy_pairs(scored)}
            left_over = {best[i][1] for i in best if i not in paired}
            listed_twice = sorted({j for j, n in twice.items() if n > 1} | left_over)
            out["duplicates_best"] = len(listed_twice)
            out["duplicated"] = [f"{gold[j]['when']}: {gold[j].get('what')}" for j in listed_twice]
        for matching, pairs in (("", set(scored)), ("_1to1", _greedy_pairs(scored))):
            hit_entries = {i for i, _ in pairs}
            hits = Counter(j for _, j in pairs)
            suffix = ("" if mode == "month" else "_strict") + matching
            p = _ratio(len(hit_entries), len(entries))
            r_all = _ratio(len(hits), len(gold))
            r_body = _ratio(sum(1 for j in body if j in hits), len(body))
            out[f"precision{suffix}"] = p
            out[f"recall{suffix}"] = r_all
            out[f"recall_body{suffix}"] = r_body
            out[f"f1{suffix}"] = _f1(p, r_all)
            out[f"f1_body{suffix}"] = _f1(p, r_body)
            if suffix == "":
                out["duplicates"] = sum(1 for n in hits.values() if n > 1)
                out["missed"] = [f"{gold[j]['when']}: {gold[j].get('what')}" for j in body if j not in hits]
                out["unmatched"] = [f"{entries[i].when}: {entries[i].what}" for i in range(len(entries))
                                    if i not in hit_entries]
    return out
