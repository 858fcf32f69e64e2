"""Counts a sentence states through a fraction: "4,000 casualties, two-thirds of them dead".

Per document and pure (the pipeline runs it beside the extractor): only a share linked to a
preceding count by "of whom/them/which" in the same sentence makes a derived claim, so
nothing is derived that the sentence does not state. The derived claim keeps its basis
("two-thirds of 4,000") and interval bounds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from newsledger.model import Claim
from newsledger.reconcile import vocab

_LINK = re.compile(r"^[\s,]*(?:of\s+(?:whom|them|which|those|these))\b", re.I)
_LINK_BEFORE = re.compile(r"\b(?:of\s+(?:whom|them|which|those|these))[\s,]*$", re.I)


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


