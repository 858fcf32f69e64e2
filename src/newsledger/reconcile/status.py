"""Agreement inside one fact: which figures conflict, which replace older ones, which are
projections, and the time series of each claimant.

- One claimant's later figure supersedes its earlier one (a toll revised day by day).
- Two claimants' figures that cannot both hold at the same time conflict. For a running
  total (deaths, cases, area burned) a later, larger figure from someone else is growth,
  not a contradiction, so it supersedes; a later, smaller one still conflicts.
- A projection, forecast or target is shown as such and never counted as a conflict.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from newsledger.reconcile import vocab
from newsledger.reconcile.identity import Row
from newsledger.reconcile.values import describe_value


def incompatible_pairs(con: duckdb.DuckDBPyConnection, fact_of: dict[int, int]) -> list[tuple[int, int]]:
    """Pairs of claims in one fact whose value intervals cannot both hold (SQL self-join)."""
    con.execute("CREATE OR REPLACE TEMP TABLE member AS SELECT * FROM claims")
    con.register("fact_map", pa.table({"i": list(fact_of), "fact": list(fact_of.values())}))
    return con.execute(
        """SELECT a.i, b.i FROM member a JOIN fact_map fa ON a.i = fa.i
           JOIN member b ON b.i > a.i JOIN fact_map fb ON b.i = fb.i AND fb.fact = fa.fact
           WHERE a.lo > coalesce(b.hi, 'inf'::DOUBLE) OR b.lo > coalesce(a.hi, 'inf'::DOUBLE)
           ORDER BY a.i, b.i"""
    ).fetchall()


def time_label(r: Row) -> str:
    if r.claim.time:
        return r.claim.time
    if r.earlier and r.t and r.t_basis == "published":
        return f"earlier, before {r.t[0].isoformat()}"
    if r.t:
        return r.t[0].isoformat() if r.t[0] == r.t[1] else f"{r.t[0]}/{r.t[1]}"
    return "undated"


def _describe(r: Row) -> str:
    """'ministry: about 11,000 (2025-02-14)': who gave which figure, when."""
    c = r.claim
    val = describe_value(float(c.low), c.high, c.bound)
    kind = " (projection)" if r.projection else ""
    return f"{r.who}: {val}{kind} ({time_label(r)})"


def _marked_earlier(a: Row, b: Row) -> bool:
    """The text puts figure a before b ("initially X ... still Y") and no stated time says
    otherwise: an older state, not a contradiction."""
    return a.earlier and not b.earlier and a.t_basis in ("published", "none") and (
        b.t is None or a.t is None or a.t[0] <= b.t[1])


def _order(a: Row, b: Row) -> tuple[Row, Row] | None:
    """(older, newer) when the two figures hold at different times, else None."""
    if _marked_earlier(a, b):
        return a, b
    if _marked_earlier(b, a):
        return b, a
    if a.t and b.t and (a.t[1] < b.t[0] or b.t[1] < a.t[0]):
        return (a, b) if a.t[1] < b.t[0] else (b, a)
    return None


def _same_who(a: Row, b: Row) -> bool:
    return a.who.casefold() == b.who.casefold()


def judge(rows: list[Row], pairs: list[tuple[int, int]],
          independent: int) -> tuple[str, list[str]]:
    """Status and one note per disagreement (see the module docstring)."""
    by_i = {r.i: r for r in rows}
    notes: list[str] = []
    seen: set[tuple[str, str]] = set()
    conflicting = superseded = False
    cumulative = bool(rows) and rows[0].event in vocab.CUMULATIVE_EVENTS
    said: dict[int, str] = {}  # a fact of many figures has many pairs per figure: each described once

    def _estimate(r: Row) -> str:
        if r.i not in said:
            said[r.i] = _describe(r)
        return said[r.i]

    for a_i, b_i in pairs:
        a, b = by_i.get(a_i), by_i.get(b_i)
        if a is None or b is None or a.projection or b.projection:
            continue
        order = _order(a, b)
        if order is not None:
            old, new = order
            key = (_estimate(old), _estimate(new))
            growth = _rep_hi(new) >= _rep_lo(old)
            replaces = _same_who(a, b) or old.earlier or not cumulative or growth
            if key not in seen:
                seen.add(key)
                why = "later estimate supersedes" if replaces else "a later count is lower than an earlier one"
                notes.append(f"{key[0]} vs {key[1]}: {why}")
            if replaces:
                superseded = True
            else:
                conflicting = True
            continue
        key = tuple(sorted((_estimate(a), _estimate(b))))
        if key not in seen:
            seen.add(key)
            notes.append(f"{key[0]} vs {key[1]}: cannot both hold at the same time")
        conflicting = True
    # Disagreements first: a reader who sees only the first notes should see why the fact
    # is disputed before the routine revisions ("later estimate supersedes").
    notes.sort(key=lambda n: n.endswith(": later estimate supersedes"))
    if conflicting:
        return "conflicting", notes
    if superseded:
        return "superseded", notes
    if independent <= 1:
        return "single-source", ["one independent claimant"]
    return "consistent", ["all figures can hold together"]


def _rep_lo(r: Row) -> float:
    return r.lo


def _rep_hi(r: Row) -> float:
    return r.hi


def latest_per_claimant(rows: list[Row]) -> list[dict[str, Any]]:
    """Each claimant's newest figure (stated time, else publication date), with the
    claimant's earlier figures as a series; projections are listed apart and marked."""
    counts = [r for r in rows if not r.projection] or rows
    by_who: dict[str, list[Row]] = {}
    for r in counts:
        by_who.setdefault(r.who.casefold(), []).append(r)
    out = []
    for series in by_who.values():
        series.sort(key=lambda r: (r.t[1] if r.t else date.min, not r.earlier, not r.claim.derived,
                                   r.claim.doc, r.claim.span[0]))
        last = series[-1]
        out.append(_item(last, series))
    for r in rows:
        if r.projection and counts is not rows:
            out.append(_item(r, [r]) | {"projection": True})
    out.sort(key=lambda x: (x["_end"], x["claimant"]))
    for x in out:
        x.pop("_end")
    return out


def _item(r: Row, series: list[Row]) -> dict[str, Any]:
    c = r.claim
    steps: list[dict[str, Any]] = []
    for s in [*series, r]:  # the claimant's figures over time; the same number again is no new step
        number = (float(s.claim.low), s.claim.high)
        if steps and steps[-1]["number"] == number:
            if s is r:
                steps[-1] = {"number": number, "value": describe_value(float(r.claim.low), r.claim.high, r.claim.bound),
                             "time": time_label(r), "doc": r.claim.doc}
            continue
        steps.append({"number": number, "value": describe_value(float(s.claim.low), s.claim.high, s.claim.bound),
                      "time": time_label(s), "doc": s.claim.doc})
    for step in steps:
        step.pop("number")
    return {"claimant": r.who, "quote": c.quote, "low": c.low, "high": c.high,
            "bound": c.bound, "value": describe_value(float(c.low), c.high, c.bound),
            "time": time_label(r), "date_basis": r.t_basis, "doc": c.doc, "start": c.span[0],
            "derived": c.derived, "projection": r.projection, "series": steps,
            "_end": r.t[1] if r.t else date.min}
