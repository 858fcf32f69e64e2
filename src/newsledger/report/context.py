"""Turn a Ledger into the plain view data that the HTML and Markdown templates render.

Both formats share this one function, so the brief says the same thing in each; the
templates only lay it out (and escape it). Everything here is extractive: sentences and
values are taken from the claims, never composed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from newsledger.link.names import Canon, actor_map
from newsledger.link.stories import in_teaser
from newsledger.model import ArithmeticCheck, Claim, Document, Fact, Story, TimelineEntry
from newsledger.report import fmt, labels
from newsledger.report.anchors import (
    claim_anchor,
    claim_ref,
    doc_anchor,
    fact_anchor,
    story_anchor,
)
from newsledger.report.bundle import Ledger
from newsledger.report.highlight import split_body, split_sentence

DISPUTED = ("conflicting", "superseded")
MAIN_FACTS = 6  # facts drawn in the provenance graph
SUMMARY_MAX = 4
UNATTRIBUTED = "unattributed (outlet's own voice)"
_CANON = Canon({})  # set per brief: every claimant is shown by its actor's canonical name


def _who(name: str | None, aliases: list[str] | None = None) -> str | None:
    return _CANON(name, aliases) if name else None


RULES = {"parts_total": "parts and total", "share_of": "share of a base",
         "rate_over_period": "rate over a period", "fraction_of": "fraction of a count"}


def actor_names(ledger: Ledger) -> Canon:
    """Canonical actor names for every spelling the ledger's actors record."""
    return Canon(actor_map(ledger.actors))


def build_context(ledger: Ledger, charts: bool = True) -> dict[str, Any]:
    """All sections of the brief, per story, as dicts of plain values."""
    global _CANON
    _CANON = actor_names(ledger)
    docs = {d.doc: d for d in ledger.documents if isinstance(d, Document)}
    stories = _stories(ledger, docs)
    used: set[str] = set()  # evidence anchors already given an id
    story_views = [_story_view(ledger, s, docs, used, charts, len(stories) > 1) for s in stories]
    # a relation between figures of two different stories is no check of either
    stray_checks = _unique_checks([_check_view(c, ledger) for c in ledger.checks if not any(
        _check_in(c, set(s.docs)) for s in stories)]) if len(stories) > 1 else []
    if ledger.title:
        title = ledger.title
    elif len(story_views) == 1:
        title = story_views[0]["title"]
    else:
        title = f"News ledger brief: {len(story_views)} stories"
    return {
        "title": title,
        "generated": ledger.generated,
        "stories": story_views,
        "multi": len(story_views) > 1,
        "toc": [{"anchor": s["anchor"], "title": s["title"], "docs": len(s["docs"]),
                 "figures": len(s["figures"]), "multi_source": s["multi_source"],
                 "disputed": len(s["disputed"]), "dates": s["dates"]} for s in story_views],
        "documents": [_doc_view(d, ledger.claims) for d in ledger.documents],
        "rejected": _rejected(ledger),
        "changes": [_change_view(c) for c in ledger.changes],
        "stray_checks": stray_checks,
        "totals": {
            "documents": sum(1 for d in ledger.documents if d.status == "ok"),
            "rejected": len(_rejected(ledger)),
            "claims": len(ledger.claims),
            "facts": len(ledger.facts),
            "disputed": sum(1 for f in ledger.facts if f.status in DISPUTED),
        },
    }


# ---- stories ------------------------------------------------------------------------


def _stories(ledger: Ledger, docs: dict[str, Document]) -> list[Story]:
    """The stories, biggest first: most reports, then most facts."""
    if ledger.stories:
        n_facts = Counter(f.story for f in ledger.facts)
        return sorted(ledger.stories, key=lambda s: (-len(s.docs or []), -n_facts[s.id],
                                                     str(s.title or s.id)))
    ok = [d.doc for d in ledger.documents if d.status == "ok"] or sorted({c.doc for c in ledger.claims})
    return [Story(id="all", title=ledger.title or "All reports", docs=ok)]


def _story_facts(ledger: Ledger, story: Story, single: bool) -> list[Fact]:
    members = set(story.docs)
    out = []
    for f in ledger.facts:
        if f.story is not None and ledger.stories:
            if f.story == story.id:
                out.append(f)
        elif single or any(c.doc in members for c in f.claims):
            out.append(f)
    return out


def rank_facts(facts: list[Fact]) -> list[Fact]:
    """Most-reported first: the figures most outlets carry lead the brief."""
    return sorted(facts, key=lambda f: (-(f.reports or 0), -(f.independent_sources or 0),
                                        -len(f.claims), f.id))


def _story_view(ledger: Ledger, story: Story, docs: dict[str, Document], used: set[str],
                charts: bool, multi: bool) -> dict[str, Any]:
    from newsledger.report import charts as chartmod  # matplotlib is slow to import

    single = not multi
    facts = rank_facts(_story_facts(ledger, story, single))
    members = set(story.docs)
    timeline = [t for t in ledger.timeline if _in_story(t, story, members, single, ledger)]
    timeline.sort(key=lambda t: (str(t.when or ""), t.what or ""))
    checks = [c for c in ledger.checks if single or _check_in(c, members)]
    key, other = labels.split_key_facts(facts)
    evidence = []
    for f in key + other:
        evidence.append({"fact": _fact_row(f, docs), "key": f in key, "claims": [
            _evidence(c, docs, used) for c in _unique_claims(_ordered_claims(f.claims, docs))]})
    in_fact = {id(c) for f in facts for c in f.claims}
    bodies = {d: docs[d].body for d in members if d in docs}
    others = [c for c in ledger.claims if id(c) not in in_fact and c.doc in members
              and not in_teaser(c, bodies)]  # another story's teaser figures are not this story's
    published = sorted(d.published for name in story.docs if (d := docs.get(name)) and d.published)
    view = {
        "id": story.id,
        "anchor": story_anchor(story.id),
        "title": story_title(story, ledger.claims, docs),
        "docs": [_doc_ref(d, docs) for d in story.docs],
        "dates": fmt.when("/".join(dict.fromkeys([published[0], published[-1]])))
        if published else None,
        "duplicates": [{"doc": _doc_ref(a, docs), "copy_of": _doc_ref(b, docs)}
                       for a, b in _pairs(story.duplicates)],
        "summary": summary(key or facts, ledger.claims, members, docs, story),
        "figures": [_fact_row(f, docs) for f in key],
        "multi_source": sum(1 for f in key if labels.is_multi_source(f)),
        "other_figures": [_fact_row(f, docs) for f in other],
        "disputed": [_fact_row(f, docs) for f in facts if f.status in DISPUTED],
        "timeline": [_timeline_row(t, docs, i + 1) for i, t in enumerate(timeline)],
        "checks": [c for c in _unique_checks([_check_view(c, ledger) for c in checks]) if not c["fits"]],
        "checks_fit": sum(1 for c in _unique_checks([_check_view(c, ledger) for c in checks]) if c["fits"]),
        "evidence": evidence,
        "other_claims": [_evidence(c, docs, used) for c in _ordered_claims(others, docs)],
        "routes": provenance_routes(facts[:MAIN_FACTS], docs),
        "timeline_svg": None,
        "provenance_svg": None,
    }
    if charts:
        rows = [(labels.short_claimant(t.claimant) if t.claimant else "unattributed", t.when,
                 i + 1) for i, t in enumerate(timeline)]
        view["timeline_svg"] = chartmod.timeline_svg_data_uri(rows) if rows else None
        view["provenance_svg"] = chartmod.provenance_svg(view["routes"]) if view["routes"] else None
    return view


def _in_story(t: TimelineEntry, story: Story, members: set[str], single: bool,
              ledger: Ledger) -> bool:
    if t.story is not None and ledger.stories:
        return t.story == story.id
    return single or bool(set(t.docs) & members)


def _pairs(items: Any) -> list[tuple[str, str]]:
    out = []
    for item in items or []:
        try:
            a, b = item
            out.append((str(a), str(b)))
        except (TypeError, ValueError):
            continue
    return out


def story_title(story: Story, claims: list[Claim], docs: dict[str, Document]) -> str:
    """The story's heading; a keyword list or a breadcrumb gives way to a member's headline,
    else to the opening figure sentence of its earliest report (quoted, never composed)."""
    title = re.sub(r"\s+", " ", story.title or "").strip()
    if _headline_like(title):
        return title
    members = [docs[d] for d in story.docs if d in docs]
    for d in sorted(members, key=lambda d: d.published or ""):
        if _headline_like(d.title or ""):
            return str(d.title)
    pool = [c for c in claims if c.doc in set(story.docs) and c.sentence and not c.derived]
    if pool:
        first = min(pool, key=lambda c: (_published(c.doc, docs), c.doc, _start(c)))
        text = re.sub(r"\s+", " ", first.sentence).strip()
        return text if len(text) <= 110 else text[:109].rsplit(" ", 1)[0] + "…"
    return title or story.id


def _headline_like(text: str) -> bool:
    """Capitalised words and no site breadcrumb ('Home / Politics'): reads as a headline."""
    if not text or len(text) < 12 or re.search(r"\s[/|»>]\s", text):
        return False
    return sum(1 for w in text.split() if w[:1].isupper() or w[:1].isdigit()) >= 1 and any(
        ch.isupper() for ch in text[:1] + text)


def _unique_claims(claims: list[Claim]) -> list[Claim]:
    """One evidence line per (report, sentence, figure): a headline repeated in the body is one."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key = (c.doc, (c.sentence or "").strip(), c.quote, c.derived)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _unique_checks(checks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Same relation stated once; relations that do not fit come first."""
    seen: set[str] = set()
    out = []
    for c in checks:
        if c["description"] not in seen:
            seen.add(c["description"])
            out.append(c)
    return sorted(out, key=lambda c: c["fits"])


# ---- summary ------------------------------------------------------------------------


def summary(facts: list[Fact], claims: list[Claim], members: set[str],
            docs: dict[str, Document], story: Story) -> list[dict[str, Any]]:
    """2–4 evidence sentences: the lead of the newest report, then one per top fact.

    Extractive by design: the sentences are quoted as written and each one cites the
    claim it came from, so the headline never says what no report said.
    """
    copies = {a for a, _ in _pairs(story.duplicates)}
    pool = [c for c in claims if c.doc in members and c.doc not in copies and c.sentence
            and not c.derived and len(c.sentence) <= 400]
    pool_ids = {id(c) for c in pool}
    chosen: list[Claim] = []
    seen: set[str] = set()

    def take(c: Claim | None) -> None:
        if c is not None and c.sentence.strip() not in seen and len(chosen) < SUMMARY_MAX:
            seen.add(c.sentence.strip())
            chosen.append(c)

    if pool:
        newest = max(pool, key=lambda c: (_published(c.doc, docs), -_start(c)))
        lead_doc = [c for c in pool if c.doc == newest.doc]
        take(min(lead_doc, key=_start))
    for f in facts:
        cands = [c for c in f.claims if id(c) in pool_ids and c.sentence.strip() not in seen]
        if cands:
            take(max(cands, key=lambda c: (c.claimant is not None, not c.negated,
                                           _published(c.doc, docs), -len(c.sentence))))
    for c in sorted(pool, key=lambda c: (_published(c.doc, docs), -_start(c)), reverse=True):
        if len(chosen) >= 2:
            break
        take(c)
    return [_evidence(c, docs, None) for c in chosen]


def _published(doc: str, docs: dict[str, Document]) -> str:
    d = docs.get(doc)
    return (d.published or "") if d else ""


def _start(c: Claim) -> int:
    try:
        return int(c.span[0])
    except (TypeError, ValueError, IndexError):
        return 0


def _ordered_claims(claims: list[Claim], docs: dict[str, Document]) -> list[Claim]:
    return sorted(claims, key=lambda c: (_published(c.doc, docs), c.doc, _start(c)))


# ---- rows ---------------------------------------------------------------------------


def fact_label(f: Fact) -> str:
    if f.label:
        return f.label
    parts = [p for p in (f.unit, f.event) if p]
    if f.unit and f.event and f.event == f.unit:
        parts = [f.unit]
    return " · ".join(parts) or (f.subject or f.id)


def _fact_row(f: Fact, docs: dict[str, Document]) -> dict[str, Any]:
    label = labels.display_label(f) or fact_label(f)
    subject = labels.clean_subject(f.subject)
    return {
        "id": f.id,
        "anchor": fact_anchor(f.id),
        "label": label,
        "raw_label": f.label or fact_label(f),
        "subject": subject if subject and subject.lower() != label.lower() else None,
        "multi_source": labels.is_multi_source(f),
        "unit": f.unit,
        "range": fmt.with_unit(fmt.span(f.low, f.high), labels.usable_unit(f)),
        "status": f.status or "unknown",
        "independent": f.independent_sources,
        "reports": f.reports,
        "n_claims": len(f.claims),
        "latest": latest(f, docs),
        "notes": [str(n) for n in f.notes or []],
    }


def latest(f: Fact, docs: dict[str, Document]) -> list[dict[str, Any]]:
    """Newest figure per claimant, from the fact's own `latest` list when it has one."""
    by_ref = {(c.doc, _start(c)): c for c in f.claims}
    rows: list[dict[str, Any]] = []
    for item in f.latest or []:
        if not isinstance(item, dict):
            continue
        claim = by_ref.get((item.get("doc"), _int(item.get("start"))))
        if claim is None:
            claim = next((c for c in f.claims if c.doc == item.get("doc")
                          and c.claimant == item.get("claimant")), None)
        value = item.get("value")
        if value is None and claim is not None:
            value = fmt.claim_value(claim.low, claim.high, claim.bound, f.unit)
        elif value is None:
            value = fmt.claim_value(item.get("low"), item.get("high"), item.get("bound"), f.unit)
        row = _latest_row(item.get("claimant"), str(value), item.get("time"), item.get("doc"), claim, docs)
        row["projection"] = bool(item.get("projection"))
        earlier = [x for x in item.get("series") or [] if isinstance(x, dict)][:-1]
        row["earlier"] = "; ".join(f"{x.get('value')} ({fmt.when(str(x.get('time')))})" for x in earlier[-3:])
        rows.append(row)
    if rows:
        return rows
    groups: dict[str | None, list[Claim]] = defaultdict(list)
    for c in f.claims:
        groups[c.claimant].append(c)
    for claimant, cs in groups.items():
        c = max(cs, key=lambda c: (_time_end(c.time), _published(c.doc, docs), _start(c)))
        rows.append(_latest_row(_who(claimant), fmt.claim_value(c.low, c.high, c.bound, f.unit),
                                c.time, c.doc, c, docs) | {"projection": False, "earlier": ""})
    rows.sort(key=lambda r: str(r["time"] or r["published"] or ""), reverse=True)
    return rows


def _latest_row(claimant: Any, value: str, time: Any, doc: Any, claim: Claim | None,
                docs: dict[str, Document]) -> dict[str, Any]:
    doc = str(doc) if doc else (claim.doc if claim else "")
    d = docs.get(doc)
    full = str(_who(str(claimant)) if not str(claimant).endswith(" (own voice)") else claimant) \
        if claimant else UNATTRIBUTED
    return {
        "claimant": labels.short_claimant(full),
        "claimant_full": full,
        "value": value,
        "time": str(time) if time else None,
        "time_text": _as_of(time),
        "published": d.published if d else None,
        "doc": _doc_ref(doc, docs),
        "anchor": claim_anchor(claim) if claim else doc_anchor(doc),
    }


def _as_of(time: Any) -> str | None:
    """'as of 2025-01-13', 'before 2025-02-27'; None when the figure carries no usable time."""
    text = str(time or "").strip()
    if not text or text.lower() in ("undated", "unknown", "none"):
        return None
    m = re.match(r"^(?:earlier,\s*)?(before|after|since|until)\s+(.+)$", text, re.I)
    if m:
        return f"{m.group(1).lower()} {fmt.when(m.group(2))}"
    return f"as of {fmt.when(text)}"


def _time_end(t: str | None) -> str:
    return str(t).split("/")[-1] if t else ""


def _int(v: Any) -> int | None:
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _doc_ref(doc: str, docs: dict[str, Document]) -> dict[str, Any]:
    d = docs.get(doc)
    return {"doc": doc, "anchor": doc_anchor(doc), "outlet": (d.outlet if d else None) or doc,
            "published": d.published if d else None, "title": d.title if d else None}


def _evidence(c: Claim, docs: dict[str, Document], used: set[str] | None) -> dict[str, Any]:
    before, mark, after = split_sentence(c)
    anchor = claim_anchor(c)
    own_id = used is not None and anchor not in used
    if used is not None:
        used.add(anchor)
    return {
        "anchor": anchor,
        "own_id": own_id,
        "body_anchor": "b-" + anchor,
        "doc": _doc_ref(c.doc, docs),
        "before": before, "mark": mark, "after": after,
        "quote": c.quote,
        "value": fmt.claim_value(c.low, c.high, c.bound, c.unit),
        "claimant": labels.short_claimant(_who(c.claimant, c.claimant_aliases)) if c.claimant else None,
        "claimant_full": _who(c.claimant, c.claimant_aliases),
        "via": [labels.short_claimant(str(_who(str(v)))) for v in c.via or []],
        "time": c.time,
        "hedged": bool(c.hedged), "negated": bool(c.negated),
        "derived": bool(c.derived), "basis": c.basis,
    }


def _timeline_row(t: TimelineEntry, docs: dict[str, Document], number: int) -> dict[str, Any]:
    evid = [e for e in t.evidence or [] if isinstance(e, dict)]
    who = _who(t.claimant)
    return {"n": number, "when": t.when, "when_text": fmt.when(t.when), "what": t.what,
            "claimant": labels.short_claimant(who) if who else None,
            "claimant_full": who, "docs": [_doc_ref(d, docs) for d in t.docs],
            "evidence": evid}


def _check_docs(c: ArithmeticCheck) -> list[str]:
    return [str(ref).rsplit(":", 1)[0] for ref in c.claims or []]


def _check_in(c: ArithmeticCheck, members: set[str]) -> bool:
    docs = set(_check_docs(c))
    return bool(docs) and docs <= members


def _check_view(c: ArithmeticCheck, ledger: Ledger) -> dict[str, Any]:
    by_ref = {claim_ref(cl): cl for cl in ledger.claims}
    outlets = {d.doc: d.outlet for d in ledger.documents}
    refs = []
    for ref in c.claims or []:
        ref = str(ref)
        doc = ref.rsplit(":", 1)[0]
        cl = by_ref.get(ref)
        label = f"{outlets.get(doc) or doc}: {cl.quote}" if cl else ref
        refs.append({"ref": label, "anchor": claim_anchor(cl) if cl else doc_anchor(doc)})
    return {"kind": c.kind, "rule": RULES.get(c.kind, c.kind), "description": c.description,
            "expected": fmt.number(c.expected) if c.expected is not None else "–",
            "observed": fmt.number(c.observed) if c.observed is not None else "–",
            "fits": bool(c.fits), "refs": refs}


def _change_view(change: Any) -> dict[str, str]:
    if isinstance(change, dict):
        return {"kind": str(change.get("kind") or "change"),
                "description": str(change.get("description") or "")}
    return {"kind": "change", "description": str(change)}


def _doc_view(d: Document, claims: list[Claim]) -> dict[str, Any]:
    spans = [(_start(c), _int(c.span[1]) or 0, "b-" + claim_anchor(c))
             for c in claims if c.doc == d.doc and c.span]
    pieces = split_body(d.body or "", spans) if d.status == "ok" else []
    return {"doc": d.doc, "anchor": doc_anchor(d.doc), "outlet": d.outlet, "title": d.title,
            "published": d.published, "status": d.status, "reason": d.reason, "url": d.url,
            "author": d.author, "n_claims": sum(1 for c in claims if c.doc == d.doc),
            "pieces": pieces}


def _rejected(ledger: Ledger) -> list[dict[str, str]]:
    out = []
    for item in ledger.rejected:
        try:
            name, source, reason = item
        except (TypeError, ValueError):
            name, source, reason = str(item), "", "unreadable rejection record"
        out.append({"name": str(name), "source": str(source), "reason": str(reason)})
    names = {r["name"] for r in out}
    for d in ledger.documents:
        if d.status != "ok" and d.doc not in names:
            out.append({"name": d.doc, "source": d.source, "reason": d.reason or "rejected"})
    return out


# ---- provenance ---------------------------------------------------------------------


def provenance_routes(facts: list[Fact], docs: dict[str, Document]) -> list[dict[str, Any]]:
    """Chains claimant → intermediaries → outlet, counted over the main facts' claims."""
    counter: Counter[tuple[str, ...]] = Counter()
    for f in facts:
        if f.routes:  # the reconcile stage's routes name claimants by their resolved actor
            hops = [(r.get("claimant"), r.get("via") or [], r.get("outlet"), len(r.get("claims") or [1]))
                    for r in f.routes]
        else:
            hops = [(c.claimant, c.via or [], (docs[c.doc].outlet if c.doc in docs else None) or c.doc, 1)
                    for c in f.claims]
        for claimant, via, outlet, n in hops:
            chain = [labels.short_claimant(str(claimant)) if claimant else UNATTRIBUTED,
                     *[labels.short_claimant(str(v)) for v in via[:2]],
                     labels.short_claimant(str(outlet))]
            # an outlet relaying itself ("Yonhap" via "Yonhap") adds no hop
            dedup = [x for i, x in enumerate(chain) if i == 0 or x != chain[i - 1]]
            counter[tuple(dedup)] += n
    return [{"chain": list(k), "count": n} for k, n in counter.most_common()]
