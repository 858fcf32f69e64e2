"""What changed between two runs of the ledger: new claims, revised figures, new conflicts.

Snapshots are plain dicts (as written to JSON), so a run can be compared with one stored
weeks ago without re-reading its documents. Keys are built from content (document, span,
quote; measure + event + owner), never from counters, so they survive re-numbering.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsledger.reconcile import vocab
from newsledger.reconcile.identity import owner_tokens
from newsledger.reconcile.values import parse_time


def claim_key(c: dict[str, Any]) -> str:
    """Stable identity of a claim across runs: document, span and quote."""
    span = c.get("span") or ["", ""]
    try:
        start, end = span[0], span[1]
    except (TypeError, IndexError, KeyError):
        start, end = "", ""
    return f"{c.get('doc', '')}:{start}-{end}:{' '.join(str(c.get('quote', '')).split())}"


def fact_key(c: dict[str, Any]) -> str:
    """Which fact a claim dict speaks to: its `fact` id when stored, else measure + event
    + owner (coarser than build_facts, which also splits waves, rates and families)."""
    if c.get("fact"):
        return str(c["fact"])
    parts = (c.get("unit"), str(c.get("kind") or "count"), c.get("event"), c.get("subject"))
    if all(p is None or isinstance(p, str) for p in parts):
        return _measure(*parts)  # a ledger repeats few measures over many claims: each read once
    return _measure.__wrapped__(*parts)


@lru_cache(maxsize=1 << 16)
def _measure(unit: str | None, kind: str, event: str | None, subject: str | None) -> str:
    cls, fam, _ = vocab.unit_class(unit, kind)
    family = vocab.event_family(event, unit, cls)
    owner = ",".join(sorted(owner_tokens(subject)))
    return f"{cls}|{family}|{owner or 'any'}"


def _claimant(c: dict[str, Any]) -> str:
    return str(c.get("claimant") or "(outlet)").casefold()


def _when(c: dict[str, Any]) -> str:
    time = c.get("time")
    return _end(time) if isinstance(time, str) else _end.__wrapped__(time)


@lru_cache(maxsize=1 << 16)
def _end(time: Any) -> str:
    t = parse_time(time)
    return t[1].isoformat() if t else ""


def _latest(claims: list[dict[str, Any]], keys: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """The latest claim of each claimant on each fact (`keys`: each claim's claim_key)."""
    out: dict[tuple[str, str], tuple[tuple[str, str], dict[str, Any]]] = {}
    for c, ck in zip(claims, keys, strict=True):
        key = (_claimant(c), fact_key(c))
        cur = out.get(key)
        rank = (_when(c), ck)
        if cur is None or rank > cur[0]:
            out[key] = (rank, c)
    return {k: c for k, (_, c) in out.items()}


def _dicts(snapshot: Any, name: str) -> list[dict[str, Any]]:
    items = snapshot.get(name) if isinstance(snapshot, dict) else None
    return [x for x in items or [] if isinstance(x, dict)]


def diff_runs(previous: dict, current: dict) -> list[dict]:
    """Changes from `previous` to `current`, each a dict with a `kind`:
    new_document, new_claim, revised_figure, new_conflict."""
    old_claims, new_claims = _dicts(previous, "claims"), _dicts(current, "claims")
    old_facts, new_facts = _dicts(previous, "facts"), _dicts(current, "facts")
    out: list[dict] = []

    old_docs = {c.get("doc") for c in old_claims} | {
        d.get("doc") for d in _dicts(previous, "documents")}
    new_docs = sorted({str(c.get("doc")) for c in new_claims if c.get("doc")} | {
        str(d.get("doc")) for d in _dicts(current, "documents") if d.get("doc")})
    out += [{"kind": "new_document", "doc": d} for d in new_docs if d not in old_docs]

    old_keys, new_keys = [claim_key(c) for c in old_claims], [claim_key(c) for c in new_claims]  # each once
    seen = set(old_keys)
    for c, key in zip(new_claims, new_keys, strict=True):
        if key not in seen:
            out.append({"kind": "new_claim", "key": key, "doc": c.get("doc"),
                        "quote": c.get("quote"), "claimant": c.get("claimant"),
                        "fact": fact_key(c)})

    before = _latest(old_claims, old_keys)
    for key, c in sorted(_latest(new_claims, new_keys).items()):
        b = before.get(key)
        if b is None:
            continue
        if (b.get("low"), b.get("high"), b.get("time")) != (c.get("low"), c.get("high"),
                                                            c.get("time")):
            out.append({"kind": "revised_figure", "claimant": c.get("claimant"), "fact": key[1],
                        "before": {k: b.get(k) for k in ("low", "high", "time", "quote", "doc")},
                        "after": {k: c.get(k) for k in ("low", "high", "time", "quote", "doc")}})

    old_status = {f.get("id"): f.get("status") for f in old_facts}
    for f in new_facts:
        if f.get("status") == "conflicting" and old_status.get(f.get("id")) != "conflicting":
            out.append({"kind": "new_conflict", "fact": f.get("id"), "label": f.get("label"),
                        "was": old_status.get(f.get("id")), "low": f.get("low"),
                        "high": f.get("high")})
    return out
