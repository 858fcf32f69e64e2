"""The cross-document stages over a whole ledger: link, reconcile, what changed.

Reads every stored document, claim, mention and event back from the ledger, links actors
and stories over all of them, then concludes facts, checks and timeline story by story,
taking every story whose inputs did not change from the ledger's story cache (so a run that
adds a few reports recomputes only the stories they touch), and rewrites the derived tables.
Each stage is timed and shown as a progress bar (`engine.progress.Stages`); the timings go
into the run's snapshot, so the next run can estimate how long each stage will take.
"""

from __future__ import annotations

from typing import Any

from newsledger.engine.progress import Stages
from newsledger.model import (
    Claim,
    Fact,
)
from newsledger.report.bundle import Ledger as Brief
from newsledger.store.ledger import Ledger


def claim_key(c: Claim) -> tuple:
    return (c.doc, c.span[0], c.span[1], c.quote, c.derived)


def conclude(ledger: Ledger, run_id: int, progress: Any = None) -> Brief:
    """Run every cross-document stage over the whole ledger and store what they conclude.

    `progress` is a Rich Progress to show the stages in (None: no bars).
    """
    from newsledger.reconcile.across import conclude_documents
    from newsledger.reconcile.cache import StoryCache, report_of
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
        cache = StoryCache(ledger.story_cache_entry)  # stories whose inputs did not change are reused
    with stages.stage("actors, stories, facts, checks, timeline", len(claims), "claims"):
        done = conclude_documents(ok, claims, mentions, events, cache)
    stories, actors, facts, timeline, checks = done.stories, done.actors, done.facts, done.timeline, done.checks
    claims = done.claims

    with stages.stage("writing conclusions", len(facts), "facts"):
        fact_claim_ids = {f.id: [ids[k] for c in f.claims if (k := claim_key(c)) in ids] for f in facts}
        with ledger.writing():  # the conclusions and the cache they came from change together
            ledger.replace_conclusions(stories=stories, actors=actors, facts=facts, fact_claim_ids=fact_claim_ids,
                                       timeline=timeline, checks=checks)
            names = {d.doc for d in ok}  # a report's own entries stay while it is in the ledger
            ledger.replace_story_cache(cache.used, cache.fresh, keep=lambda key: report_of(key) in names)
    with stages.stage("changes since last run", len(claims), "claims"):
        current = snapshot(claims, facts, [d.doc for d in ok])
        changes = [_described(c) for c in diff_runs(previous, current)] if previous is not None else []
    current["timings"] = stages.timings
    current["story_cache"] = {"reused": cache.hits, "computed": cache.misses}  # per story and per report (cache.py)
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
