"""All cross-document stages over one set of per-document results, in memory.

`engine.conclude` runs this over everything in the ledger and stores the result; the
benchmarks run the very same function, so what they measure is what a run produces.
Order: actors first (every later table names actors by their canonical name), then
stories and near-duplicates, then facts inside each story, arithmetic, and the timeline.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from newsledger.extract.timex import value_bounds
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


@dataclass
class Conclusions:
    """What the cross-document stages derive from documents, claims, mentions and events."""

    claims: list[Claim] = field(default_factory=list)  # with canonical claimant names
    actors: list[Actor] = field(default_factory=list)
    actor_of: dict[str, str] = field(default_factory=dict)  # name as written -> canonical
    stories: list[Story] = field(default_factory=list)
    story_of: dict[str, str] = field(default_factory=dict)  # doc -> story id
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    checks: list[ArithmeticCheck] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)


def conclude_documents(documents: list[Document], claims: list[Claim], mentions: list[Mention],
                       events: list[Event]) -> Conclusions:
    """Actors, stories, duplicates, facts, checks and timeline of the documents that were read."""
    from newsledger.link.actors import resolve_actors
    from newsledger.link.dedup import near_duplicates
    from newsledger.link.names import canonical_claims
    from newsledger.link.stories import group_stories, in_teaser
    from newsledger.reconcile.arithmetic import check_arithmetic
    from newsledger.reconcile.facts import build_facts

    ok = [d for d in documents if d.status == "ok"]
    names = {d.doc for d in ok}
    bodies = {d.doc: d.body for d in ok}
    claims = [c for c in claims if c.doc in names]
    actors, actor_of = resolve_actors(
        [m for m in mentions if m.doc in names],
        [(c.claimant, list(c.via)) for c in claims if c.claimant and not c.derived])
    every = canonical_claims(claims, actor_of)
    # figures from other stories' teasers under an article belong to no story (they stay claims)
    claims = [c for c in every if not in_teaser(c, bodies)]
    by_doc_actors: dict[str, set[str]] = {}
    by_doc_figures: dict[str, set[tuple]] = {}
    for c in claims:
        if c.claimant:
            by_doc_actors.setdefault(c.doc, set()).add(c.claimant)
        if not c.derived:
            by_doc_figures.setdefault(c.doc, set()).add((c.low, c.unit or ""))
    stories = group_stories(
        [{"doc": d.doc, "title": d.title or "", "body": d.body, "published": d.published,
          "actors": sorted(by_doc_actors.get(d.doc, ())), "figures": sorted(by_doc_figures.get(d.doc, ()))}
         for d in ok], duplicates=False)  # near-duplicates come next, over all reports at once
    dupes = near_duplicates([(d.doc, d.body, d.published or "") for d in ok])
    story_of = {doc: s.id for s in stories for doc in s.docs}
    for s in stories:
        s.duplicates = [p for p in dupes if story_of.get(p[0]) == s.id]
    meta = {d.doc: {"outlet": d.outlet, "published": d.published, "title": d.title,
                    "story": story_of.get(d.doc)} for d in ok}
    facts = build_facts(claims, meta, actor_of)
    for f in facts:
        f.story = _majority([story_of.get(c.doc) for c in f.claims])
    checks = check_arithmetic(claims, facts, meta)
    timeline = story_timelines([e for e in events if e.doc in names], actor_of, story_of)
    return Conclusions(claims=every, actors=actors, actor_of=actor_of, stories=stories, story_of=story_of,
                       duplicates=dupes, facts=facts, checks=checks, timeline=timeline)


def story_timelines(events: list[Event], actor_of: dict[str, str], story_of: dict[str, str]) -> list[TimelineEntry]:
    """The timeline, merged story by story: events of two stories never merge (a firehose
    holds many "troops deployed in August"), and each story costs what its own events cost,
    so the stage grows with the corpus, not with its square. One spaCy pass reads every
    description first; reports of no story are merged among themselves."""
    from newsledger.link.names import Canon
    from newsledger.reconcile.timeline import event_words, merge_timeline

    texts = sorted({e.what for e in events if isinstance(e, Event) and isinstance(e.what, str)})
    words = dict(zip(texts, event_words(texts), strict=True))
    by_story: dict[str, list[Event]] = {}
    for e in events:
        by_story.setdefault(story_of.get(getattr(e, "doc", None)) or "", []).append(e)
    out: list[TimelineEntry] = []
    canon = Canon(actor_of)
    for story in sorted(by_story):
        for t in merge_timeline(by_story[story], canon, words):
            t.story = story or None
            out.append(t)
    out.sort(key=lambda t: (value_bounds(t.when) or (date.max, date.max), t.what))
    return out


def _majority(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
