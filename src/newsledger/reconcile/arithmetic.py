"""Relations the reports state between figures, and whether the numbers fit them.

Only relations the text makes real are checked, inside one story, and each check names
every claim it uses and its rule:

- parts_total: the outcomes of one group in one report against its total (killed +
  injured = casualties; rescued + dead + missing = aboard), and an increment with the
  running total it brings the count to ("three more bodies, bringing the toll to 41");
- share_of: a share of a named base with the part also stated ("4,500 jobs, or 12 percent
  of its workforce of 37,500"), or a share of a force killed or wounded against the size
  of that force and its stated casualties;
- rate_over_period: a rate over the period the text gives for it, against the count the
  report gives for that same period ("14 a day over the past four weeks": 392).

A fraction that only derives a count ("4,000 casualties, two-thirds of them dead") makes a
derived claim (reconcile.derived), not a check. Every check keeps interval bounds, so "more
than 3,000" and "300 + 2,700" are judged as ranges, and a total dated later than its parts
may be larger than them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from newsledger.model import ArithmeticCheck, Claim, Fact
from newsledger.reconcile.identity import Row, RowsOf, claim_rows, quote_pos
from newsledger.reconcile.values import (
    INF,
    claim_ref,
    describe_value,
    fmt_number,
    interval,
    overlaps,
)

#: a total and the outcomes that make it up
CONTAINERS = {"casualty": ("kill", "wound"),
              "trap": ("rescue", "kill", "missing", "trap", "wound"),
              "aboard": ("rescue", "kill", "missing", "wound")}
HARM = {"kill", "wound", "casualty"}
_PER_DAYS = {"per day": 1.0, "per week": 7.0, "per month": 30.44, "per year": 365.25,
             "per hour": 1 / 24}
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "hour": 1 / 24}
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None}
_PERIOD = re.compile(r"\b(?:for|over|in|during|within)\s+(?:the\s+)?(?:past|last|previous|first)?\s*"
                     r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                     r"(day|week|month|year|hour)s?\b", re.I)
_RUNNING = re.compile(r"\b(?:toll|count\s+of|in\s+all|in\s+total|so\s+far|to\s+date|since|overall|"
                      r"cumulative)\b", re.I)
_SHARE_OF = re.compile(r"^\s*(?:of|in)\b", re.I)
_FORCE = re.compile(r"\b(?:force|forces|contingent|troops|soldiers|them|it|its\s+strength|army|units?)\b",
                    re.I)


@dataclass
class _Item:
    row: Row
    fact: Fact | None

    @property
    def claim(self) -> Claim:
        return self.row.claim

    @property
    def name(self) -> str:
        return self.fact.label if self.fact is not None else (self.claim.unit or "figure")


def _iv(c: Claim) -> tuple[float, float]:
    return interval(float(c.low), c.high, c.bound)


def _share_iv(c: Claim) -> tuple[float, float]:
    """A stated percentage: an exact one is rounded to its last digit ('11 percent' is 10.5–11.5)."""
    if c.bound != "exact":
        return _iv(c)
    text = re.sub(r"[^\d.]", "", c.quote or "")
    decimals = len(text.split(".")[1]) if "." in text else 0
    half = 0.5 * 10 ** (-decimals) if text else 0.0
    return (c.low - half, (c.high if c.high is not None else c.low) + half)


def _raw(c: Claim) -> tuple[float, float]:
    top = c.high if c.high is not None else c.low
    return {"at_least": (c.low, INF), "at_most": (0.0, top)}.get(c.bound, (c.low, top))


def _fmt_iv(iv: tuple[float, float]) -> str:
    lo, hi = iv
    if hi == INF:
        return f"at least {fmt_number(lo)}"
    if lo <= 0:
        return f"at most {fmt_number(hi)}"
    if abs(hi - lo) <= 1e-9 * max(1.0, abs(lo)):
        return fmt_number(lo)
    return f"{fmt_number(lo)}–{fmt_number(hi)}"


def _mid(iv: tuple[float, float]) -> float:
    return iv[0] if iv[1] == INF else (iv[1] if iv[0] <= 0 else (iv[0] + iv[1]) / 2)


def _value(it: _Item) -> str:
    c = it.claim
    who = c.claimant or "the outlet"
    return f"{it.name} {describe_value(float(c.low), c.high, c.bound)} ({who})"


def _usable(r: Row) -> bool:
    return not r.claim.derived and not r.projection and r.phase != "prospective"


def _rep(r: Row) -> float:
    c = r.claim
    return float(c.high) if c.bound == "at_most" and c.high else float(c.low)


def _fit_in_time(parts: list[_Item], total: _Item, summed: tuple[float, float]) -> bool:
    """Parts against a total: equal when they hold at one time; a later total may be
    larger (a running count grows), an earlier one smaller."""
    t_parts = [p.row.t for p in parts if p.row.t]
    t_total = total.row.t
    it = _iv(total.claim)
    if t_parts and t_total:
        # a part dated before the total: the total may have grown since (a later count)
        if t_total[0] > min(t[1] for t in t_parts):
            return it[1] >= summed[0]
        if t_total[1] < max(t[0] for t in t_parts):
            return it[0] <= summed[1]
    return overlaps(summed, it)


def _check(kind: str, description: str, expected: float | None, observed: float | None, fits: bool,
           items: list[_Item]) -> ArithmeticCheck:
    return ArithmeticCheck(kind=kind, description=description, expected=expected, observed=observed,
                           fits=fits, claims=[claim_ref(i.claim) for i in items])


def _parts_total(by_doc: dict[str, list[_Item]]) -> list[ArithmeticCheck]:
    """The outcomes one report gives for one group against the group's total."""
    out = []
    for items in by_doc.values():
        people = [i for i in items if i.row.cls == "people" and not i.row.rate and _usable(i.row)
                  and i.row.phase == "total"]
        for total in people:
            states = CONTAINERS.get(total.row.event)
            if not states:
                continue
            parts: dict[str, _Item] = {}
            for i in sorted(people, key=lambda i: i.claim.span[0]):
                if (i is total or i.row.event not in states or _rep(i.row) >= _rep(total.row)
                        or (i.fact is not None and i.fact is total.fact and i.row.event == total.row.event
                            and not re.search(r"\bstill\b|\bremain", i.claim.sentence or "", re.I))):
                    continue
                if total.row.owner and i.row.owner and not total.row.owner & i.row.owner:
                    continue
                parts.setdefault(i.row.event, i)
            if len(parts) < 2:
                continue
            chosen = [parts[s] for s in states if s in parts]
            ivs = [_iv(p.claim) for p in chosen]
            summed = (sum(v[0] for v in ivs), sum(v[1] for v in ivs))
            stated = [_raw(p.claim) for p in chosen]
            stated_sum = (sum(v[0] for v in stated), sum(v[1] for v in stated))
            fits = _fit_in_time(chosen, total, summed)
            text = " + ".join(_value(p) for p in chosen)
            out.append(_check("parts_total", f"{text} = {_fmt_iv(stated_sum)} vs {_value(total)}",
                              _mid(stated_sum), _mid(_iv(total.claim)), fits, [*chosen, total]))
    return out


def _increments(items: list[_Item]) -> list[ArithmeticCheck]:
    """'N more …, bringing the total to T': the fact's previous figure + N against T."""
    out = []
    by_sentence: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for i in items:  # a plan adds up like a count: "will cut a further 2,000, bringing cuts to 6,500"
        if not i.claim.derived and i.row.phase != "prospective" and not i.row.rate:
            by_sentence[(i.claim.doc, i.claim.sentence)].append(i)
    for group in by_sentence.values():
        for step in group:
            if step.row.phase != "additional":
                continue
            for total in group:
                if (total is step or total.row.phase != "total" or total.fact is None
                        or total.row.event != step.row.event or total.row.cls != step.row.cls
                        or _rep(total.row) <= _rep(step.row) or not total.row.t):
                    continue
                earlier = [r for r in _fact_rows(total.fact, items) if r.row.t and r.row.t[1] < total.row.t[0]
                           and not r.claim.derived and _rep(r.row) < _rep(total.row)]
                if not earlier:
                    continue
                prev = max(earlier, key=lambda r: (r.row.t[1], r.claim.claimant == total.claim.claimant))
                ivs = [_iv(prev.claim), _iv(step.claim)]
                summed = (ivs[0][0] + ivs[1][0], ivs[0][1] + ivs[1][1])
                stated = [_raw(prev.claim), _raw(step.claim)]
                stated_sum = (stated[0][0] + stated[1][0], stated[0][1] + stated[1][1])
                fits = overlaps(summed, _iv(total.claim))
                out.append(_check(
                    "parts_total", f"{_value(prev)} + {_value(step)} = {_fmt_iv(stated_sum)} vs {_value(total)}",
                    _mid(stated_sum), _mid(_iv(total.claim)), fits, [prev, step, total]))
    return out


def _fact_rows(fact: Fact, items: list[_Item]) -> list[_Item]:
    return [i for i in items if i.fact is fact]


def _shares_in_sentence(items: list[_Item]) -> list[ArithmeticCheck]:
    """'P, or S of B' in one sentence: P / B against the stated share S."""
    out = []
    by_sentence: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for i in items:
        if not i.claim.derived and not i.row.rate:
            by_sentence[(i.claim.doc, i.claim.sentence)].append(i)
    for group in by_sentence.values():
        group.sort(key=lambda i: i.claim.span[0])
        for s in group:
            if s.row.cls != "percent":
                continue
            after = (s.claim.sentence or "")[quote_pos(s.claim) + len(s.claim.quote or ""):]
            if not _SHARE_OF.search(after):
                continue
            counts = [i for i in group if i.row.cls != "percent" and _comparable(i.row.cls, _cls_of(group, s))]
            before = [i for i in counts if i.claim.span[0] < s.claim.span[0]]
            if not before:
                continue
            part = before[-1]
            bases = [i for i in counts if i is not part and _rep(i.row) > _rep(part.row)
                     and _comparable(i.row.cls, part.row.cls)]
            if not bases:
                continue
            base = max(bases, key=lambda i: _rep(i.row))
            p_iv, b_iv = _iv(part.claim), _iv(base.claim)
            ratio = (100 * p_iv[0] / b_iv[1], 100 * p_iv[1] / b_iv[0]) if b_iv[0] > 0 and b_iv[1] != INF else None
            if ratio is None:
                continue
            stated = 100 * _rep(part.row) / _rep(base.row)
            fits = overlaps(ratio, _share_iv(s.claim))
            out.append(_check(
                "share_of", f"{_value(part)} / {_value(base)} = {fmt_number(stated)}% vs {_value(s)}",
                stated, float(s.claim.low), fits, [s, part, base]))
    return out


def _comparable(a: str, b: str) -> bool:
    """Two measure classes one may divide: the same, or two head counts (jobs of a workforce)."""
    counts = ("people", "count:")
    return a == b or (a.startswith(counts) and b.startswith(counts))


def _cls_of(group: list[_Item], share: _Item) -> str:
    """The measure class of the counts a share relates: the class of the figure it follows."""
    before = [i for i in group if i.row.cls != "percent" and i.claim.span[0] < share.claim.span[0]]
    return before[-1].row.cls if before else ""


def _harm_shares(items: list[_Item], facts: list[Fact], used: set[str]) -> list[ArithmeticCheck]:
    """'Up to half of the force killed or wounded': share x the force's size vs the stated
    casualties of the same story."""
    out = []
    seen: set[tuple] = set()
    rows_of = defaultdict(list)
    for i in items:
        if i.fact is not None:
            rows_of[id(i.fact)].append(i)
    for s in items:
        if (s.row.cls != "percent" or s.row.event not in HARM or claim_ref(s.claim) in used
                or s.claim.derived):
            continue
        before, after = (s.claim.sentence or "")[:quote_pos(s.claim)], (s.claim.sentence or "")[quote_pos(s.claim):]
        if not _FORCE.search(f"{before[-60:]} {after[:80]}"):
            continue
        story = s.row.story
        forces = [f for f in facts if _fact_story(f, rows_of) == story and f.event == "deploy"
                  and f.id.startswith("people.personnel.") and ".total." in f.id and f.claims]
        parts = [f for f in facts if _fact_story(f, rows_of) == story and f.event == s.row.event
                 and f.id.startswith("people.") and ".total." in f.id and ".per-" not in f.id]
        if not forces or not parts:
            continue
        force = max(forces, key=lambda f: (len(f.claims), f.high or 0))
        base = _latest_item(force, rows_of)
        if base is None:
            continue
        for part_fact in parts:
            for part in _latest_items(part_fact, rows_of):
                key = (s.fact.id if s.fact else claim_ref(s.claim), part.claim.claimant, part.claim.low)
                if key in seen:
                    continue
                seen.add(key)
                f_iv = _iv(s.claim)
                b_iv = (force.low or 0.0, force.high if force.high is not None else force.low or 0.0)
                expected = (f_iv[0] / 100 * b_iv[0], min(f_iv[1], 100.0) / 100 * b_iv[1])
                o = _iv(part.claim)
                out.append(_check(
                    "share_of", f"{_value(s)} of {force.label} {_fmt_iv(b_iv)} = {_fmt_iv(expected)} "
                    f"vs {_value(part)}", _mid(expected), _mid(o), overlaps(expected, o), [s, base, part]))
    return out


def _fact_story(f: Fact, rows_of: dict[int, list[_Item]]) -> str:
    members = rows_of.get(id(f)) or []
    return members[0].row.story if members else ""


def _latest_items(f: Fact, rows_of: dict[int, list[_Item]]) -> list[_Item]:
    """Each claimant's newest usable figure of a fact."""
    best: dict[str, _Item] = {}
    for i in rows_of.get(id(f)) or []:
        if not _usable(i.row):
            continue
        key = (i.claim.claimant or "").casefold()
        cur = best.get(key)
        if cur is None or (i.row.t and cur.row.t and i.row.t[1] > cur.row.t[1]):
            best[key] = i
    return list(best.values())


def _latest_item(f: Fact, rows_of: dict[int, list[_Item]]) -> _Item | None:
    items = _latest_items(f, rows_of)
    return max(items, key=lambda i: (i.row.t[1] if i.row.t else 0, i.claim.doc)) if items and all(
        i.row.t for i in items) else (items[0] if items else None)


def _period_days(r: Row) -> float | None:
    """The period a rate is given for: a duration in its sentence ('over the past four
    weeks', 'for two weeks'), else its stated time when that spans more than a day."""
    m = _PERIOD.search(r.claim.sentence or "")
    if m:
        n = m.group(1).lower()
        count = float(n) if n.isdigit() else _NUMBER_WORDS.get(n)
        if count:
            return count * _UNIT_DAYS[m.group(2).lower()]
    if r.t and r.t_basis == "stated" and (r.t[1] - r.t[0]).days >= 1:
        return float((r.t[1] - r.t[0]).days + 1)
    return None


def _same_period(rate: Row, count: Row, days: float) -> bool:
    """The count is given for the rate's period: a stated time of about that length that
    overlaps it, or the same sentence without a running-total cue ('toll', 'so far')."""
    if count.t and count.t_basis == "stated" and rate.t:
        span = (count.t[1] - count.t[0]).days + 1
        if span > 1 and count.t[0] <= rate.t[1] and rate.t[0] <= count.t[1]:
            return max(span, days) <= 1.5 * min(span, days)
    if count.claim.sentence == rate.claim.sentence:
        pos = quote_pos(count.claim)
        window = (count.claim.sentence or "")[max(0, pos - 40):pos + len(count.claim.quote or "") + 30]
        return not _RUNNING.search(window)
    return False


def _rates(by_doc: dict[str, list[_Item]]) -> list[ArithmeticCheck]:
    """A rate times the period the text gives for it, against the count for that period."""
    out = []
    for items in by_doc.values():
        for r in items:
            per = r.row.rate
            if per not in _PER_DAYS or not _usable(r.row):
                continue
            days = _period_days(r.row)
            if not days:
                continue
            n = days / _PER_DAYS[per]
            lo, hi = interval(float(r.claim.low), r.claim.high, "approx" if r.claim.bound == "exact" else r.claim.bound)
            expected = (lo * n, hi * n)
            for c in items:
                if (c is r or c.row.rate or not _usable(c.row) or c.row.cls != r.row.cls
                        or (c.row.event != r.row.event and "-" not in (c.row.event, r.row.event))
                        or not _same_period(r.row, c.row, days)):
                    continue
                raw = _raw(r.claim)
                out.append(_check(
                    "rate_over_period",
                    f"{_value(r)} {per} over {fmt_number(days)} days = about {_fmt_iv((raw[0] * n, raw[1] * n))}"
                    f" vs {_value(c)}", _mid((raw[0] * n, raw[1] * n)), _mid(_iv(c.claim)),
                    overlaps(expected, _iv(c.claim)), [r, c]))
    return out


def check_arithmetic(claims: list[Claim], facts: list[Fact], docs_meta: dict[str, dict] | None = None,
                     rows_of: RowsOf | None = None) -> list[ArithmeticCheck]:
    """Every real relation among the claims (module docstring), one check each (`rows_of`:
    see identity.claim_rows)."""
    claims = [c for c in claims or [] if isinstance(c, Claim) and isinstance(c.low, int | float)]
    facts = [f for f in facts or [] if isinstance(f, Fact)]
    fact_of = {id(c): f for f in facts for c in f.claims}
    meta = dict(docs_meta) if isinstance(docs_meta, dict) else {}
    for f in facts:  # a fact's claims are one story even when the caller gave no stories
        for c in f.claims:
            if f.story and c.doc not in meta:
                meta[c.doc] = {"story": f.story}
            elif f.story and isinstance(meta.get(c.doc), dict) and not meta[c.doc].get("story"):
                meta[c.doc] = {**meta[c.doc], "story": f.story}
    rows, _ = claim_rows(claims, meta, {}, rows_of=rows_of)
    items = [_Item(r, fact_of.get(id(r.claim))) for r in rows]
    by_doc: dict[str, list[_Item]] = defaultdict(list)
    for i in items:
        by_doc[i.claim.doc].append(i)
    # a share that already made a derived count ("two-thirds of them") is not checked again
    # (looked up in a set: comparing every claim with every derived one grew with claims squared)
    derived_from = {(d.doc, d.sentence, d.quote) for d in claims if d.derived}
    used = {claim_ref(c) for c in claims if not c.derived and (c.doc, c.sentence, c.quote) in derived_from}
    checks = (_parts_total(by_doc) + _increments(items) + _shares_in_sentence(items)
              + _harm_shares(items, facts, used) + _rates(by_doc))
    out, seen = [], set()
    for ch in checks:
        key = (ch.kind, ch.description, ch.fits)
        if key not in seen:
            seen.add(key)
            out.append(ch)
    return out
