"""Values and times of claims: the interval a figure allows, the dates a time covers.

Shared by facts, status, arithmetic and changes: "more than 3,000" is [3000, inf), "about
92" is 92 +/- 12.5 %, "2025-01" is January 1 to 31. Kept apart so none of those modules
needs another's internals.
"""

from __future__ import annotations

import math
import re
from datetime import date

from newsledger.model import Claim

INF = math.inf
EXACT_TOL = 0.005  # rounding slack for an "exact" figure
APPROX_TOL = 0.125  # "about X" reads as X +/- 12.5%


def claim_ref(c: Claim) -> str:
    """Stable reference of a claim: document and character span."""
    return f"{c.doc}:{c.span[0]}-{c.span[1]}"


def interval(low: float, high: float | None, bound: str) -> tuple[float, float]:
    """The values a claim allows: at_least X -> [X, inf), about X -> X +/- 12.5%, ..."""
    if bound == "range" and high is not None:
        return (min(low, high), max(low, high))
    if bound == "at_least":
        return (low, INF)
    if bound == "at_most":
        return (0.0, high if high is not None else low)
    if bound == "approx":
        top = high if high is not None else low
        return (low * (1 - APPROX_TOL), top * (1 + APPROX_TOL))
    top = high if high is not None else low
    return (low * (1 - EXACT_TOL), top * (1 + EXACT_TOL))


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def parse_time(value: str | None) -> tuple[date, date] | None:
    """ISO date, month, year or 'start/end' interval -> (first day, last day); junk -> None."""
    if not value or not isinstance(value, str):
        return None
    parts = value.split("/")
    first, last = _day(parts[0], True), _day(parts[-1], False)
    if first is None or last is None:
        return None
    return (first, last) if first <= last else (last, first)


def _day(text: str, start: bool) -> date | None:
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\s*", text or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return date(y, int(mo), int(d))
        if mo:
            if start:
                return date(y, int(mo), 1)
            nxt = date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(y, 1, 1) if start else date(y, 12, 31)
    except ValueError:
        return None


def fmt_number(x: float) -> str:
    if x == INF:
        return "inf"
    if abs(x - round(x)) < 0.05 or abs(x) >= 100:
        return f"{round(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def describe_value(low: float, high: float | None, bound: str) -> str:
    """A figure in words, from its normalised value (quotes like 'two-thirds' mislead)."""
    lo = fmt_number(low)
    if bound == "range" and high is not None:
        return f"{lo}–{fmt_number(high)}"
    return {"at_least": f"at least {lo}", "at_most": f"at most {lo}",
            "approx": f"about {lo}"}.get(bound, lo)
