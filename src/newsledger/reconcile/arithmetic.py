"""Relations the reports state between figures, and whether the numbers fit them.

Four shapes cover most of what news text does with numbers: parts and a total (killed +
wounded = casualties), a fraction of a stated count ("4,000 casualties, two-thirds of
whom were killed"), a share of a whole stated elsewhere ("up to half of the contingent"),
and a rate over a period ("92 a day since December"). Every check keeps interval bounds,
so "more than 3,000" and "300 + 2,700" are judged as ranges, not as point values.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from newsledger.model import ArithmeticCheck, Claim, Fact
from newsledger.reconcile import vocab
from newsledger.reconcile.facts import (
    INF,
    claim_ref,
    describe_value,
    fmt_number,
    interval,
    overlaps,
    parse_time,
    rate_of,
)

_LINK = re.compile(r"^[\s,]*(?:of\s+(?:whom|them|which|those|these))\b", re.I)
_LINK_BEFORE = re.compile(r"\b(?:of\s+(?:whom|them|which|those|these))[\s,]*$", re.I)
PEOPLE_HARM = {"kill", "wound", "casualty", "missing"}


def _is_share(c: Claim) -> bool:
    return vocab.unit_class(c.unit, c.kind)[0] == "percent" or c.kind in ("percent", "fraction")


def _pos(c: Claim) -> int:
    s = c.sentence or ""
    if c.sentence_span and c.sentence_span != (0, 0):
        p = c.span[0] - c.sentence_span[0]
        if 0 <= p < len(s):
            return p
    return max(s.find(c.quote or "\0"), 0)


def _mul_bound(a: str, b: str, inexact: bool) -> str:
    """Bound of a product: one-sided bounds survive only when the sides agree."""
    sides = {x for x in (a, b) if x != "exact"}
    if not sides:
        return "approx" if inexact else "exact"
    if sides == {"at_least"} or sides == {"at_most"}:
        return sides.pop()
    if sides == {"range"}:
        return "range"
    return "approx"


def derive_claims(claims: list[Claim]) -> list[Claim]:
    """Counts the text makes explicit: 'N casualties, two-thirds of whom were killed'.

    Only a share linked to a preceding count by 'of whom/them/which' in the same sentence
    is used, so nothing is derived that the sentence does not state.
    """
    out: list[Claim] = []
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims or []:
        if isinstance(c, Claim) and not c.derived and c.sentence and isinstance(
                c.low, int | float):
            by_sentence[(c.doc, c.sentence)].append(c)
    for (_, sentence), group in by_sentence.items():
        group.sort(key=_pos)
        for k, share in enumerate(group):
            if not _is_share(share) or k == 0:
                continue
            p = _pos(share)
            after = sentence[p + len(share.quote or ""):]
            before = sentence[:p]
            if not (_LINK.search(after) or _LINK_BEFORE.search(before)):
                continue
            counts = [c for c in group[:k] if not _is_share(c)]
            if not counts:
                continue
            base = counts[-1]
            out.append(_derive(base, share))
    return out


def _snap(percent: float) -> float:
    """66.67 is two-thirds rounded for print: use the exact fraction when one is that close."""
    for den in range(2, 13):
        for num in range(1, den):
            if abs(percent - 100.0 * num / den) < 0.011:
                return num / den
    return percent / 100.0


def _derive(base: Claim, share: Claim) -> Claim:
    f_lo = _snap(share.low)
    f_hi = _snap(share.high) if share.high is not None else f_lo
    low = base.low * f_lo
    top = (base.high if base.high is not None else base.low) * f_hi
    high = top if abs(top - low) > 1e-9 else None
    inexact = abs(low - round(low)) > 1e-6
    bound = _mul_bound(base.bound, share.bound, inexact)
    if high is not None and bound in ("exact", "approx"):
        bound = "range"
    return replace(
        share, quote=share.quote, low=round(low, 2), high=None if high is None else round(
            high, 2), bound=bound, unit=base.unit, event=share.event or base.event,
        subject=share.subject or base.subject, claimant=share.claimant or base.claimant,
        claimant_aliases=list(share.claimant_aliases or base.claimant_aliases or []),
        via=list(share.via or base.via or []), time=share.time or base.time,
        hedged=share.hedged or base.hedged, negated=share.negated or base.negated,
        derived=True, basis=f"{share.quote} of {base.quote}", kind="count")


# ---- checks ---------------------------------------------------------------------------


def _iv(c: Claim) -> tuple[float, float]:
    return interval(float(c.low), c.high, c.bound)


def _raw(c: Claim) -> tuple[float, float]:
    """The stated interval without rounding slack, for sentences people read."""
    top = c.high if c.high is not None else c.low
    return {"at_least": (c.low, INF), "at_most": (0.0, top)}.get(c.bound, (c.low, top))


def _fmt_iv(iv: tuple[float, float]) -> str:
    lo, hi = iv
    if hi == INF:
        return f"at least {fmt_number(lo)}"
    if lo <= 0:
        return f"at most {fmt_number(hi)}"
    return f"{fmt_number(lo)}–{fmt_number(hi)}"


def _who(c: Claim) -> str:
    return c.claimant or "the outlet"


def _event(c: Claim) -> str:
    cls = vocab.unit_class(c.unit, c.kind)[0]
    return vocab.event_family(c.event, c.unit, cls)


def _mid(iv: tuple[float, float]) -> float:
    return iv[0] if iv[1] == INF else (iv[1] if iv[0] <= 0 else (iv[0] + iv[1]) / 2)


def _counts(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if not _is_share(c) and vocab.unit_class(c.unit, c.kind)[0]
            == "people" and not rate_of(c)]


def _parts_total(claims: list[Claim]) -> list[ArithmeticCheck]:
    """Killed + wounded from one claimant and document against a casualty total nearby."""
    out = []
    people = _counts(claims)
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in people:
        by_doc[c.doc].append(c)
    for doc_claims in by_doc.values():
        parts: dict[str | None, dict[str, Claim]] = defaultdict(dict)
        for c in doc_claims:
            if not c.derived and _event(c) in ("kill", "wound"):
                parts[c.claimant].setdefault(_event(c), c)
        totals = [c for c in doc_claims if _event(c) == "casualty" and not c.derived]
        for who, p in parts.items():
            if len(p) < 2:
                continue
            k, w = p["kill"], p["wound"]
            ik, iw = _iv(k), _iv(w)
            expected = (ik[0] + iw[0], ik[1] + iw[1])
            rk, rw = _raw(k), _raw(w)
            stated = (rk[0] + rw[0], rk[1] + rw[1])
            for t in totals:
                it = _iv(t)
                fits = overlaps(expected, it)
                out.append(ArithmeticCheck(
                    kind="parts_total",
                    description=(f"killed {describe_value(k.low, k.high, k.bound)} + wounded "
                                 f"{describe_value(w.low, w.high, w.bound)} ({who or 'the outlet'})"
                                 f" = {_fmt_iv(stated)} vs casualties "
                                 f"{describe_value(t.low, t.high, t.bound)} ({_who(t)})"),
                    expected=_mid(stated), observed=_mid(it), fits=fits,
                    claims=[claim_ref(k), claim_ref(w), claim_ref(t)]))
    return out


def _fraction_of(derived: list[Claim], facts: list[Fact]) -> list[ArithmeticCheck]:
    """A derived count against the other claimants' figures in the same fact."""
    out = []
    for d in derived:
        ref = claim_ref(d)
        fact = next((f for f in facts if any(c.derived and claim_ref(c) == ref
                                             and c.basis == d.basis for c in f.claims)), None)
        pool = fact.claims if fact else [c for f in facts for c in f.claims
                                          if _event(c) == _event(d) and not _is_share(c)]
        seen = set()
        for c in pool:
            if c.derived or (c.claimant or "").casefold() == (d.claimant or "").casefold():
                continue
            key = ((c.claimant or "").casefold(), c.low, c.high, c.bound)
            if key in seen:
                continue
            seen.add(key)
            e, o = _iv(d), _iv(c)
            out.append(ArithmeticCheck(
                kind="fraction_of",
                description=(f"{d.basis} ({_who(d)}) ≈ {describe_value(d.low, d.high, d.bound)}"
                             f" vs {_who(c)}: {describe_value(c.low, c.high, c.bound)}"),
                expected=d.low, observed=_mid(o), fits=overlaps(e, o),
                claims=[ref, claim_ref(c)]))
    return out


def _whole_for(share: Claim, facts: list[Fact]) -> Fact | None:
    """The whole a share of people refers to: the largest total deployment fact."""
    wholes = [f for f in facts if f.event == "deploy" and f.claims and not f.id.split(".")[3:4]
              == ["additional"] and ".prospective." not in f.id and f.id.startswith("people.")
              and ".personnel." in f.id]
    return max(wholes, key=lambda f: (len(f.claims), f.high or 0), default=None)


def _share_of(claims: list[Claim], facts: list[Fact], used: set[str]) -> list[ArithmeticCheck]:
    """'Up to half of the contingent' x the contingent's size vs the stated counts."""
    out = []
    for s in claims:
        if not _is_share(s) or claim_ref(s) in used or _event(s) not in PEOPLE_HARM:
            continue
        whole = _whole_for(s, facts)
        if whole is None or whole.low is None:
            continue
        w_lo, w_hi = whole.low, whole.high if whole.high is not None else whole.low
        f_iv = _iv(s)
        expected = (f_iv[0] / 100 * w_lo, min(f_iv[1], 100.0) / 100 * w_hi)
        counts = [f for f in facts if f.event == _event(s) and f.id.startswith("people.")
                  and ".total." in f.id and ".per-" not in f.id]
        for lt, o in _latest_figures(counts, skip_derived=True):
            out.append(ArithmeticCheck(
                kind="share_of",
                description=(f"{s.quote} ({_who(s)}) of {whole.label} "
                             f"{fmt_number(w_lo)}–{fmt_number(w_hi)} = {_fmt_iv(expected)}"
                             f" vs {lt['claimant']}: {lt['value']}"),
                expected=_mid(expected), observed=_mid(o), fits=overlaps(expected, o),
                claims=[claim_ref(s)]))
    return out


def _latest_figures(facts: list[Fact], skip_derived: bool = False):  # noqa: ANN202 - a generator
    """Each distinct latest figure of each claimant over `facts`, with its value interval."""
    seen = set()
    for f in facts:
        for lt in f.latest:
            key = (lt["claimant"], lt["low"], lt["high"], lt["bound"])
            if key in seen or (skip_derived and lt.get("derived")):
                continue
            seen.add(key)
            yield lt, interval(float(lt["low"]), lt["high"], lt["bound"])


_PER_DAYS = {"per day": 1, "per week": 7, "per month": 30.44, "per year": 365.25,
             "per hour": 1 / 24}


def _rate_over_period(claims: list[Claim], facts: list[Fact]) -> list[ArithmeticCheck]:
    """A rate times its stated period, against the stated totals of the same event."""
    out = []
    for r in claims:
        per = rate_of(r)
        t = parse_time(r.time)
        if per not in _PER_DAYS or not t or _is_share(r):
            continue
        days = (t[1] - t[0]).days + 1
        n = days / _PER_DAYS[per]
        lo, hi = _raw(r)
        expected = (lo * n, hi * n)
        totals = [f for f in facts if f.event == _event(r) and ".per-" not in f.id
                  and ".total." in f.id and not f.id.startswith("percent")]
        for lt, o in _latest_figures(totals):
            out.append(ArithmeticCheck(
                kind="rate_over_period",
                description=(f"{r.quote} {per} ({_who(r)}) over {days} days ({r.time}) "
                             f"≈ {fmt_number(expected[0])} in that period alone vs total "
                             f"{lt['claimant']}: {lt['value']}"),
                # a total can never be smaller than its part in one period
                expected=expected[0], observed=_mid(o), fits=o[1] >= _iv(r)[0] * n,
                claims=[claim_ref(r)]))
    return out


def check_arithmetic(claims: list[Claim], facts: list[Fact]) -> list[ArithmeticCheck]:
    """All four kinds of check; derived claims are made here when the caller has none."""
    claims = [c for c in claims or [] if isinstance(c, Claim) and isinstance(c.low, int | float)]
    facts = [f for f in facts or [] if isinstance(f, Fact)]
    derived = [c for c in claims if c.derived] or derive_claims(claims)
    used = {claim_ref(d) for d in derived}
    plain = [c for c in claims if not c.derived]
    return (_parts_total(plain) + _fraction_of(derived, facts) + _share_of(plain, facts, used)
            + _rate_over_period(plain, facts))
