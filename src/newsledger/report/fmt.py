"""Human formatting of figures, ranges and dates for the brief.

Hand-written because the rules are ours (bound words, percent, money scale), and a
formatting library would still need them spelled out.
"""

from __future__ import annotations

import math
from typing import Any

_SCALE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_BOUND_SIGN = {"at_least": "≥ ", "at_most": "≤ ", "approx": "≈ ", "exact": "", "range": ""}
_BOUND_WORD = {"at_least": "at least ", "at_most": "up to ", "approx": "about ", "exact": "",
               "range": ""}


def number(value: Any) -> str:
    """1000 -> '1,000'; 66.67 -> '66.67'; 2.5e10 -> '25 billion'; junk -> '?'."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "?"
    if math.isnan(v) or math.isinf(v):
        return "?"
    for size, word in _SCALE:
        if abs(v) >= size:
            scaled = v / size
            text = f"{scaled:,.2f}".rstrip("0").rstrip(".")
            return f"{text} {word}"
    if v == int(v):
        return f"{int(v):,}"
    if abs(v) >= 100:  # a derived 2,666.67 people reads as 2,667
        return f"{round(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def span(low: Any, high: Any) -> str:
    """A value or a range: '11,000' or '11,000–12,000'."""
    if low is None and high is None:
        return "–"
    if high is None or high == low:
        return number(low)
    if low is None:
        return f"≤ {number(high)}"
    return f"{number(low)}–{number(high)}"


_IRREGULAR = {"foot": "feet", "person": "people", "child": "children", "man": "men",
              "woman": "women", "tooth": "teeth", "mouse": "mice", "sheep": "sheep",
              "livestock": "livestock", "series": "series", "aircraft": "aircraft",
              "fish": "fish", "deer": "deer", "staff": "staff", "police": "police",
              "personnel": "personnel", "crew": "crew", "percent": "percent", "dead": "dead",
              "injured": "injured", "wounded": "wounded", "missing": "missing",
              "displaced": "displaced", "homeless": "homeless", "news": "news"}


def plural(unit: str) -> str:
    """English plural of a unit lemma's last word ('casualty' -> 'casualties', 'foot' -> 'feet')."""
    head, _, last = unit.rpartition(" ")
    if last.lower() in _IRREGULAR:
        word = _IRREGULAR[last.lower()]
    elif not last or not last.isalpha() or last.endswith("s") and not last.endswith("ss"):
        word = last
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        word = last[:-1] + "ies"
    elif last.endswith(("ss", "x", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def with_unit(text: str, unit: str | None) -> str:
    if not unit:
        return text
    if unit == "percent":
        return f"{text}%"
    return f"{text} {unit if text in ('1', '–') else plural(unit)}"


def claim_value(low: Any, high: Any, bound: str | None, unit: str | None = None,
                words: bool = False) -> str:
    """A claim's value with its bound: '≥ 1,000 troop' (or 'at least 1,000' with words)."""
    table = _BOUND_WORD if words else _BOUND_SIGN
    prefix = table.get(bound or "exact", "")
    if bound == "range" or (high is not None and high != low):
        prefix = ""
    return prefix + with_unit(span(low, high), unit)


def when(value: str | None) -> str:
    """ISO date, month or interval, shown compactly ('2025-01-01/2025-02-28' -> '2025-01-01 → 2025-02-28')."""
    if not value:
        return "—"
    return " → ".join(part for part in str(value).split("/") if part)
