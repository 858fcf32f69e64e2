"""All cross-document stages over one set of per-document results, in memory.

`engine.conclude` runs this over everything in the ledger and stores the result; the
benchmarks run the very same function, so what they measure is what a run produces.
Order: actors first (every later table names actors by their canonical name), then
stories and near-duplicates, then facts inside each story, arithmetic, and the timeline.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from newsledger.extract.timex import value_bounds
from newsledger.link.names import Canon
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
from newsledger.reconcile.cache import StoryCache, digest, report_key


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
                       events: list[Event], cache: StoryCache | None = None) -> Conclusions:
    """Actors, stories, duplicates, facts, checks and timeline of the documents that were read.

    Facts, checks and timeline are concluded story by story (figures and events of two
    stories never meet), so a story whose inputs did not change is taken from `cache`."""
    from newsledger.link.actors import resolve_actors
    from newsledger.link.names import canonical_claims
    from newsledger.link.stories import group_stories, in_teaser

    cache = cache if cache is not None else StoryCache()
    # one order whatever order the reports were stored in (a run that adds reports stores them
    # after the ledger's, a rebuild among them): reports by name, each report's items as it
    # gave them, so every tie below breaks the same way in both
    ok = sorted((d for d in documents if d.status == "ok"), key=lambda d: d.doc)
    rank = {d.doc: k for k, d in enumerate(ok)}
    names = set(rank)
    bodies = {d.doc: d.body for d in ok}
    claims = sorted((c for c in claims if c.doc in names), key=lambda c: rank[c.doc])
    mentions = sorted((m for m in mentions if isinstance(m, Mention) and m.doc in names), key=lambda m: rank[m.doc])
    events = sorted((e for e in events if isinstance(e, Event) and e.doc in names), key=lambda e: rank[e.doc])
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
    features = _text_features(ok, cache)
    stories = group_stories(
        [{"doc": d.doc, "title": d.title or "", "body": d.body, "published": d.published,
          "actors": sorted(by_doc_actors.get(d.doc, ())), "figures": sorted(by_doc_figures.get(d.doc, ()))}
         for d in ok], duplicates=False,  # near-duplicates come next, over all reports at once
        parts={doc: f[1] for doc, f in features.items()}, terms={doc: f[2] for doc, f in features.items()})
    dupes = _near_duplicates(ok, features, cache)
    story_of = {doc: s.id for s in stories for doc in s.docs}
    dupes_of: dict[str | None, list[tuple[str, str]]] = {}
    for p in dupes:
        dupes_of.setdefault(story_of.get(p[0]), []).append(p)
    for s in stories:
        s.duplicates = dupes_of.get(s.id, [])
    meta = {d.doc: {"outlet": d.outlet, "published": d.published, "title": d.title,
                    "story": story_of.get(d.doc)} for d in ok}
    facts, checks = story_facts(claims, meta, actor_of, story_of, cache)
    timeline = story_timelines([e for e in events if e.doc in names], actor_of, story_of, cache)
    return Conclusions(claims=every, actors=actors, actor_of=actor_of, stories=stories, story_of=story_of,
                       duplicates=dupes, facts=facts, checks=checks, timeline=timeline)


_ONE_STORY = "story"  # what each story's reports are filed under while its facts are built


def _text_features(ok: list[Document], cache: StoryCache) -> dict[str, tuple]:
    """What story grouping and near-duplicates read from each report's own text: its names
    (link.stories.name_parts), its near-duplicate signature (shingle count, MinHash) and its
    TF-IDF term counts (link.stories.term_counts; the weights are the ledger's, worked out
    each run). Kept under the report's name with a digest of its text: a run that adds
    reports reads the texts of its new reports only."""
    from newsledger.link.dedup import signature
    from newsledger.link.stories import name_parts, term_counts

    out = {}
    for d in ok:
        key, name = digest("text", (d.title or "", d.body)), report_key("text", d.doc)
        got = cache.get_named(name, key)
        if got is None:
            got = (signature(d.body), name_parts(d.title or "", d.body or ""),
                   term_counts(f"{d.title or ''}\n{d.body or ''}"))
            cache.put_named(name, key, got)
        out[d.doc] = got
    return out


def _near_duplicates(ok: list[Document], features: dict[str, tuple], cache: StoryCache) -> list[tuple[str, str]]:
    """Near-duplicate pairs over all reports (link.dedup). Whether two reports are copies
    depends on their two texts only, so each report keeps the copies it was paired with (with
    a digest of each one's text) under its name: a run that adds reports looks up only the new
    ones, and the pairs among the others come from the cache.

    The pairs kept join each group by a spanning tree (dedup.copy_pairs confirms no pair whose
    reports are already joined), so a group that lost a report or whose report's text changed
    may need a pair the tree left out: all its reports are looked up again."""
    from newsledger.link.dedup import copy_pairs, grouped, hashed

    text = {d.doc: digest("copies", d.body) for d in ok}
    kept: dict[str, dict[str, str]] = {}
    for d in ok:
        got = cache.get_named(report_key("copies", d.doc), text[d.doc])
        if isinstance(got, dict):
            kept[d.doc] = got
    edges: set[tuple[str, str]] = set()
    broken: set[str] = set()
    for a, partners in kept.items():
        for b, h in partners.items():
            if text.get(b) == h:
                edges.add((min(a, b), max(a, b)))
            else:
                broken.add(a)
    stale = _joined(broken, edges)
    items = hashed([(d.doc, d.body, d.published or "") for d in ok], {doc: f[0] for doc, f in features.items()})
    pairs = copy_pairs(items, known=[e for e in edges if e[0] not in stale],
                       fresh={d.doc for d in ok if d.doc not in kept} | stale)
    partners: dict[str, dict[str, str]] = {d.doc: {} for d in ok}
    for a, b in pairs:
        partners[a][b], partners[b][a] = text[b], text[a]
    for doc, mine in partners.items():
        if kept.get(doc) != mine:
            cache.put_named(report_key("copies", doc), text[doc], mine)
    return grouped(items, pairs)


def _joined(seeds: set[str], edges: set[tuple[str, str]]) -> set[str]:
    """The reports the edges join to any of `seeds` (the seeds included)."""
    near: dict[str, list[str]] = {}
    for a, b in edges:
        near.setdefault(a, []).append(b)
        near.setdefault(b, []).append(a)
    out, todo = set(seeds), list(seeds)
    while todo:
        for b in near.get(todo.pop(), ()):
            if b not in out:
                out.add(b)
                todo.append(b)
    return out


def _names_in(claims: list[Claim], canon: Canon) -> tuple:
    """How the actor map resolves every name the claims use, in their own report (the map may
    name a report's "Health Ministry" apart): a story's canonical names depend on nothing else."""
    out = set()
    for c in claims:
        for n in (c.claimant, c.claimant_as_written, *(c.claimant_aliases or []), *(c.via or [])):
            if isinstance(n, str):
                out.add((c.doc, n, canon(n, doc=c.doc)))
        if isinstance(c.claimant, str):
            out.add((c.doc, c.claimant, canon(c.claimant, c.claimant_aliases, doc=c.doc)))
    return tuple(sorted(out, key=repr))


def story_facts(claims: list[Claim], meta: dict[str, dict], actor_of: dict[str, str],
                story_of: dict[str, str], cache: StoryCache) -> tuple[list[Fact], list[ArithmeticCheck]]:
    """Facts and arithmetic checks, story by story, then numbered across the ledger.

    A story's facts are built from its own claims only (under one neutral story name, so a
    renumbered story keeps its cache entry); ids get their ".N" and labels their
    distinctions over all facts at once (number_facts), and the checks, which quote labels,
    are keyed by the story's inputs and its facts' final labels."""
    import duckdb  # one connection for every story: opening one costs more than a small story's queries

    with duckdb.connect() as con:
        return _story_facts(claims, meta, actor_of, story_of, cache, con)


def _story_facts(claims: list[Claim], meta: dict[str, dict], actor_of: dict[str, str], story_of: dict[str, str],
                 cache: StoryCache, con: Any) -> tuple[list[Fact], list[ArithmeticCheck]]:
    from newsledger.reconcile.arithmetic import check_arithmetic
    from newsledger.reconcile.facts import build_facts_report, number_facts

    canon = Canon(actor_of)
    kept = _KeptRows(cache)
    by_story: dict[str, list[Claim]] = {}
    for c in claims:
        by_story.setdefault(story_of.get(c.doc) or "", []).append(c)
    raw: list[Fact] = []
    inputs: dict[str, tuple[list[Claim], dict[str, dict], str]] = {}
    for story in sorted(by_story):
        own = by_story[story]
        docs = sorted({c.doc for c in own})
        smeta = {d: {**meta.get(d, {}), "story": _ONE_STORY if story else None} for d in docs}
        key = digest("facts", (own, sorted(smeta.items()), _names_in(own, canon)))
        got = cache.get(key)
        if got is None:
            got = build_facts_report(own, smeta, actor_of, final=False, canon=canon,
                                     rows_of=kept.kept, con=con)[0]
            cache.put(key, _claims_as_places(got, own))
        else:
            got = _claims_from_places(got, own)
        for f in got:
            f.story = story or None
        raw += got
        inputs[story] = (own, smeta, key)
    story_id = {id(f): f.id for f in raw}  # before number_facts adds its ".N"
    facts = number_facts(raw)
    facts_of: dict[str, list[Fact]] = {}
    for f in facts:
        facts_of.setdefault(f.story or "", []).append(f)
    checks: list[ArithmeticCheck] = []
    seen: set[tuple] = set()
    for story in sorted(inputs):
        own, smeta, key = inputs[story]
        mine = facts_of.get(story, [])
        # the checks quote labels and tell facts apart by id, and both are numbered across the
        # ledger (a fact added to one story renumbers the "troops (3)" of every later one):
        # they are made with stand-ins unique in the story, cached, then given the real labels
        ids = [story_id[id(f)] for f in mine]
        ckey = digest("checks", (key, ids))
        got = cache.get(ckey)
        if got is None:
            stand_ins = [replace(f, id=f"{i}.#{k}", label=_stand_in(k)) for k, (f, i) in enumerate(zip(mine, ids, strict=True))]
            got = check_arithmetic(own, stand_ins, smeta, rows_of=kept.renamed)
            cache.put(ckey, got)
        for ch in got:
            text = ch.description
            for k, f in enumerate(mine):
                text = text.replace(_stand_in(k), f.label)
            ch.description = text
            if (ch.kind, ch.description, ch.fits) not in seen:
                seen.add((ch.kind, ch.description, ch.fits))
                checks.append(ch)
    return facts, checks


def _claims_as_places(facts: list[Fact], own: list[Claim]) -> list[Fact]:
    """The facts with each claim given as its place among the story's claims: the cache entry
    stays small (the claims are the story's inputs, which its key digests already), and a
    reused fact holds the very claims of this run, as a fact made afresh does."""
    place = {id(c): k for k, c in enumerate(own)}
    return [replace(f, claims=[place.get(id(c), c) for c in f.claims]) for f in facts]


def _claims_from_places(facts: list[Fact], own: list[Claim]) -> list[Fact]:
    for f in facts:
        f.claims = [own[c] if isinstance(c, int) else c for c in f.claims]
    return facts


class _KeptRows:
    """identity.doc_rows, kept per report in the cache: a story that new reports join is
    concluded again, but what its other reports' claims measure is read back, not re-read
    from their sentences (that reading was most of the cost of concluding a story).

    Facts read each report under the ledger's actor map and are kept; checks read it under
    none, which is the facts' reading renamed (identity.renamed_rows), made from the one this
    run read or made instead of being kept a second time."""

    def __init__(self, cache: StoryCache) -> None:
        self.cache = cache
        self.made: dict[str, tuple[list[int], Any, str]] = {}  # doc -> claims, meta, entry name

    def kept(self, claims: list[Claim], docs_meta: dict[str, dict], canon: Canon) -> list:
        """The rows of one report's claims under `canon`, from the cache or made and kept."""
        from newsledger.reconcile.identity import doc_rows

        doc = claims[0].doc
        names = [(c.claimant, c.claimant_aliases, canon(c.claimant, c.claimant_aliases)) for c in claims]
        key, name = digest("rows", (claims, docs_meta.get(doc), names)), report_key("rows", doc)
        got = self.cache.get_named(name, key)
        if got is None:
            got = doc_rows(claims, docs_meta, canon)
            self.cache.put_named(name, key, [replace(r, claim=None) for r in got])  # the claims are the caller's
        else:
            got = self._attached(got, claims)
        self.made[doc] = ([id(c) for c in claims], docs_meta.get(doc), name)
        return got

    def renamed(self, claims: list[Claim], docs_meta: dict[str, dict], canon: Canon) -> list:
        """The rows of one report's claims under `canon`, from the kept ones of this run."""
        from newsledger.reconcile.identity import doc_rows, renamed_rows

        made = self.made.get(claims[0].doc)
        if made and made[0] == [id(c) for c in claims] and made[1] == docs_meta.get(claims[0].doc):
            return renamed_rows(self._attached(pickle.loads(self.cache.used[made[2]])[1], claims), canon)  # noqa: S301
        return doc_rows(claims, docs_meta, canon)

    @staticmethod
    def _attached(rows: list, claims: list[Claim]) -> list:
        for r, c in zip(rows, claims, strict=True):
            r.claim = c
        return rows


def _stand_in(k: int) -> str:
    """The label of a story's k-th fact while its checks are made (no label contains it)."""
    return f"\x00{k}\x00"


def story_timelines(events: list[Event], actor_of: dict[str, str], story_of: dict[str, str],
                    cache: StoryCache | None = None) -> list[TimelineEntry]:
    """The timeline, merged story by story: events of two stories never merge (a firehose
    holds many "troops deployed in August"), and each story costs what its own events cost,
    so the stage grows with the corpus, not with its square. One spaCy pass reads the
    descriptions of every story not in `cache`; reports of no story are merged among themselves."""
    from newsledger.reconcile.timeline import merge_timeline

    cache = cache if cache is not None else StoryCache()
    canon = Canon(actor_of)
    by_story: dict[str, list[Event]] = {}
    for e in events:
        if isinstance(e, Event):
            by_story.setdefault(story_of.get(e.doc) or "", []).append(e)
    done: dict[str, list[TimelineEntry]] = {}
    keys: dict[str, str] = {}
    for story, own in by_story.items():
        names = {(e.doc, e.claimant, canon(e.claimant, doc=e.doc)) for e in own if isinstance(e.claimant, str)}
        keys[story] = digest("timeline", (own, sorted(names, key=repr)))
        got = cache.get(keys[story])
        if got is not None:
            done[story] = got
    words = _event_words([e for s, own in by_story.items() if s not in done for e in own], cache)
    out: list[TimelineEntry] = []
    for story in sorted(by_story):
        if story not in done:
            done[story] = merge_timeline(by_story[story], canon, words)
            cache.put(keys[story], done[story])
        for t in done[story]:
            t.story = story or None
            out.append(t)
    out.sort(key=lambda t: (value_bounds(t.when) or (date.max, date.max), t.what))
    return out


def _event_words(events: list[Event], cache: StoryCache) -> dict[str, frozenset[str]]:
    """The merge words of each description (timeline.event_words, a spaCy pass), kept per
    report under its name with a digest of its descriptions: a story that new reports join
    is merged again, but only the new reports' descriptions go through spaCy."""
    from newsledger.reconcile.timeline import event_words

    by_doc: dict[str, set[str]] = {}
    for e in events:
        if isinstance(e, Event) and isinstance(e.what, str):
            by_doc.setdefault(e.doc, set()).add(e.what)
    words: dict[str, frozenset[str]] = {}
    missing: dict[str, tuple[str, list[str]]] = {}
    for doc, texts in by_doc.items():
        mine = sorted(texts)
        key = digest("event-words", mine)
        got = cache.get_named(report_key("event-words", doc), key)
        if isinstance(got, dict):
            words.update(got)
        else:
            missing[doc] = (key, mine)
    texts = sorted({t for _, mine in missing.values() for t in mine} - words.keys())
    words.update(zip(texts, event_words(texts), strict=True))
    for doc, (key, mine) in missing.items():
        cache.put_named(report_key("event-words", doc), key, {t: words[t] for t in mine})
    return words
