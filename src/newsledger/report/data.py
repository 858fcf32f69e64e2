"""Plain data files beside the brief: JSON, JSON Lines and CSV that any tool can open."""

from __future__ import annotations

import csv
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from newsledger.link.names import Canon, actor_map, as_written
from newsledger.model import Claim
from newsledger.report.bundle import Ledger

CLAIM_FIELDS = [f.name for f in fields(Claim)]


def _names(ledger: Ledger) -> Canon:
    """Every claimant and intermediary by its actor's canonical name (the spelling a report
    used stays in claimant_aliases / claimant_as_written)."""
    return Canon(actor_map(ledger.actors))


def _claim_brief(c: Claim, canon: Canon | None = None) -> dict[str, Any]:
    canon = canon or Canon({})
    return {"doc": c.doc, "quote": c.quote, "low": c.low, "high": c.high, "bound": c.bound,
            "claimant": canon(c.claimant, c.claimant_aliases), "claimant_as_written": as_written(c),
            "via": [v for v in (canon(x) for x in c.via or []) if v], "time": c.time,
            "hedged": c.hedged, "negated": c.negated, "sentence": c.sentence,
            "span": list(c.span) if c.span else None}


def facts_json(ledger: Ledger) -> list[dict[str, Any]]:
    canon = _names(ledger)
    return [{"id": f.id, "label": f.label, "story": f.story, "unit": f.unit, "event": f.event,
             "subject": f.subject, "status": f.status, "low": f.low, "high": f.high,
             "independent_sources": f.independent_sources, "reports": f.reports,
             "notes": list(f.notes or []), "latest": list(f.latest or []),
             "routes": list(f.routes or []), "claims": [_claim_brief(c, canon) for c in f.claims]}
            for f in ledger.facts]


def timeline_json(ledger: Ledger) -> list[dict[str, Any]]:
    canon = _names(ledger)
    return [{"when": t.when, "what": t.what, "claimant": canon(t.claimant), "docs": list(t.docs),
             "story": t.story, "evidence": list(t.evidence or [])} for t in ledger.timeline]


def actors_json(ledger: Ledger) -> list[dict[str, Any]]:
    return [{"canonical": a.canonical, "type": a.type, "aliases": list(a.aliases),
             "role": a.role, "docs": list(a.docs)} for a in ledger.actors]


def stories_json(ledger: Ledger) -> list[dict[str, Any]]:
    return [{"id": s.id, "title": s.title, "docs": list(s.docs),
             "duplicates": [list(p) for p in s.duplicates]} for s in ledger.stories]


def documents_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """Metadata of every input, rejected ones included; bodies stay in the ledger/brief."""
    rows = []
    seen = set()
    for d in ledger.documents:
        row = d.to_dict()
        row["body_chars"] = len(row.pop("body") or "")
        rows.append(row)
        seen.add(d.doc)
    for item in ledger.rejected:
        try:
            name, source, reason = item
        except (TypeError, ValueError):
            continue
        if name not in seen:
            rows.append({"doc": name, "source": source, "status": "rejected", "reason": reason})
    return rows


def write_claims_csv(ledger: Ledger, path: Path) -> None:
    fact_of = {id(c): f.id for f in ledger.facts for c in f.claims}
    fact_of_key = {(c.doc, tuple(c.span), c.quote, c.derived): f.id for f in ledger.facts for c in f.claims}
    canon = _names(ledger)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*CLAIM_FIELDS, "fact"])
        writer.writeheader()
        for c in ledger.claims:
            row = {}
            for name in CLAIM_FIELDS:
                value = getattr(c, name)
                if name == "claimant":
                    value = canon(c.claimant, c.claimant_aliases)
                elif name == "claimant_as_written":
                    value = as_written(c)
                elif name == "via":
                    value = [v for v in (canon(x) for x in c.via or []) if v]
                if isinstance(value, (list, tuple)):
                    value = json.dumps(list(value), ensure_ascii=False)
                row[name] = value
            row["fact"] = fact_of.get(id(c)) or fact_of_key.get((c.doc, tuple(c.span), c.quote, c.derived), "")
            writer.writerow(row)


def _dump(obj: Any, path: Path) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1, default=str) + "\n",
                    encoding="utf-8")


def write_data(ledger: Ledger, out_dir: Path) -> dict[str, Path]:
    out = {name: out_dir / name for name in ("facts.json", "timeline.json", "actors.json",
                                             "stories.json", "claims.csv", "documents.jsonl")}
    _dump(facts_json(ledger), out["facts.json"])
    _dump(timeline_json(ledger), out["timeline.json"])
    _dump(actors_json(ledger), out["actors.json"])
    _dump(stories_json(ledger), out["stories.json"])
    write_claims_csv(ledger, out["claims.csv"])
    with out["documents.jsonl"].open("w", encoding="utf-8") as fh:
        for row in documents_rows(ledger):
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return out
