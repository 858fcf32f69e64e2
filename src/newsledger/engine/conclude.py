"""The cross-document stages over a whole ledger: link, reconcile, what changed.

Reads every stored document, claim, mention and event back from the ledger (so a run
that added one report re-concludes over all of them), then rewrites the derived tables.
Each stage is timed and shown as a progress bar (`engine.progress.Stages`); the timings go
into the run's snapshot, so the next run can estimate how long each stage will take.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsledger.engine.progress import Stages
from newsledger.model import (
    Actor,
    ArithmeticCheck,
    Claim,
    Document,
    Event,
    Fact,
    Mention,
    Story,
    TimelineEntry,
)
from newsledger.report.bundle import Ledger as Brief
from newsledger.store.ledger import Ledger


def claim_key(c: Claim) -> tuple:
    return (c.doc, c.span[0], c.span[1], c.quote, c.derived)


@dataclass
class Derived:
    """What the cross-document stages conclude from the per-document results."""

    actors: list[Actor] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    checks: list[ArithmeticCheck] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)


def derive(ok: list[Document], claims: list[Claim], mentions: list[Mention], events: list[Event],
           stages: Stages | None = None) -> Derived:
    """Actors, stories, facts, checks and timeline of the good documents, stage by stage."""
    from newsledger.link.actors import resolve_actors
    from newsledger.link.dedup import near_duplicates
    from newsledger.link.stories import group_stories
    from newsledger.reconcile.arithmetic import check_arithmetic
    from newsledger.reconcile.facts import build_facts
    from newsledger.reconcile.timeline import merge_timeline

    stages = stages or Stages()
    with stages.stage("actors", len(mentions) + len(claims), "names"):
        actors, actor_of = resolve_actors(
            mentions, [(c.claimant, list(c.via)) for c in claims if c.claimant and not c.derived]
        )
    by_doc_actors: dict[str, set[str]] = {}
    for c in claims:
        if c.claimant:
            by_doc_actors.setdefault(c.doc, set()).add(actor_of.get(c.claimant, c.claimant))
    with stages.stage("stories", len(ok), "docs"):
        stories = group_stories(
            [{"doc": d.doc, "title": d.title or "", "body": d.body, "published": d.published,
              "actors": sorted(by_doc_actors.get(d.doc, ()))} for d in ok]
        )
    with stages.stage("near-duplicates", len(ok), "docs"):
        dupes = near_duplicates([(d.doc, d.body) for d in ok])
        story_of = {doc: s.id for s in stories for doc in s.docs}
        for s in stories:
            s.duplicates = [p for p in dupes if story_of.get(p[0]) == s.id]

    docs_meta = {d.doc: {"outlet": d.outlet, "published": d.published, "title": d.title, "story": story_of.get(d.doc)}
                 for d in ok}
    with stages.stage("facts", len(claims), "claims"):
        facts = build_facts(claims, docs_meta, actor_of)
        for f in facts:
            f.story = _majority([story_of.get(c.doc) for c in f.claims])
    with stages.stage("arithmetic checks", len(claims), "claims"):
        checks = check_arithmetic(claims, facts)
    with stages.stage("timeline", len(events), "events"):
        timeline = merge_timeline(events)
        for t in timeline:
            t.story = _majority([story_of.get(doc) for doc in t.docs])
    return Derived(actors=actors, stories=stories, facts=facts, checks=checks, timeline=timeline)


def conclude(ledger: Ledger, run_id: int, progress: Any = None) -> Brief:
    """Run every cross-document stage over the whole ledger and store what they conclude.

    `progress` is a Rich Progress to show the stages in (None: no bars).
    """
    from newsledger.reconcile.changes import diff_runs

    previous_id = ledger.previous_run(run_id)
    previous = ledger.snapshot(previous_id) if previous_id is not None else None
    stages = Stages(progress, (previous or {}).get("timings"))
    n_docs = ledger.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    with stages.stage("reading the ledger", n_docs, "docs"):
        documents = ledger.documents()
        ok = [d for d in documents if d.status == "ok"]
        rejected = [(d.doc, d.source, d.reason or "") for d in documents if d.status != "ok"]
        id_claims = ledger.claims()
        claims = [c for _, c in id_claims]
        ids = {claim_key(c): cid for cid, c in id_claims}
        mentions, events = ledger.mentions(), ledger.events()
    done = derive(ok, claims, mentions, events, stages)
    stories, actors, facts, timeline, checks = done.stories, done.actors, done.facts, done.timeline, done.checks

    with stages.stage("writing conclusions", len(facts), "facts"):
        fact_claim_ids = {f.id: [ids[k] for c in f.claims if (k := claim_key(c)) in ids] for f in facts}
        ledger.replace_conclusions(stories=stories, actors=actors, facts=facts, fact_claim_ids=fact_claim_ids,
                                   timeline=timeline, checks=checks)
    with stages.stage("changes since last run", len(claims), "claims"):
        current = snapshot(claims, facts, [d.doc for d in ok])
        changes = [_described(c) for c in diff_runs(previous, current)] if previous is not None else []
    current["timings"] = stages.timings
    ledger.save_snapshot(run_id, current)
    ledger.save_changes(run_id, changes)
    return Brief(documents=ok, rejected=rejected, claims=claims, facts=facts, stories=stories, actors=actors,
                 timeline=timeline, checks=checks, changes=changes)


def _described(change: dict[str, Any]) -> dict[str, Any]:
    """The change with a one-line `description`: the brief and the ledger show that line, and
    the diff only gives structured fields (without it every change read as a bare kind)."""
    if change.get("description"):
        return change
    kind = change.get("kind")
    who = change.get("claimant") or "the outlet"
    if kind == "new_document":
        text = f"new report {change.get('doc')}"
    elif kind == "new_claim":
        text = f"{change.get('quote')} in {change.get('doc')}, claimed by {who}"
    elif kind == "revised_figure":
        before, after = change.get("before") or {}, change.get("after") or {}
        text = (f"{who} revised a figure: {before.get('quote')} ({before.get('doc')}) is now "
                f"{after.get('quote')} ({after.get('doc')})")
    elif kind == "new_conflict":
        was = change.get("was") or "new"
        text = f"{change.get('label') or change.get('fact')}: reports now disagree (was {was})"
    else:
        text = str(kind or "change")
    return {**change, "description": text}


def _majority(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def snapshot(claims: list[Claim], facts: list[Fact], docs: list[str]) -> dict[str, Any]:
    """What the next run compares itself against."""
    return {
        "documents": docs,
        "claims": [
            {"doc": c.doc, "quote": c.quote, "low": c.low, "high": c.high, "claimant": c.claimant, "time": c.time,
             "unit": c.unit, "event": c.event, "span": list(c.span)}
            for c in claims if not c.derived
        ],
        "facts": [{"id": f.id, "label": f.label, "status": f.status, "low": f.low, "high": f.high} for f in facts],
    }
