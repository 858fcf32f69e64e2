"""Facts: claims that measure the same quantity, with their agreement and provenance.

The work is split by job: `identity` reads what each claim measures, `grouping` decides
which claims are one fact (DuckDB blocking, small splits inside blocks), `status` judges
agreement and each claimant's series, `naming` gives the fact its heading and id, and
`provenance` counts independent claimants. This module only runs them in order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from newsledger.link.names import Canon
from newsledger.model import Claim, Fact
from newsledger.reconcile import grouping
from newsledger.reconcile.identity import Row, RowsOf, claim_rows
from newsledger.reconcile.naming import fact_id, fact_label
from newsledger.reconcile.provenance import provenance
from newsledger.reconcile.status import incompatible_pairs, judge, latest_per_claimant
from newsledger.reconcile.values import claim_ref


def build_facts(claims: list[Claim], docs_meta: dict[str, dict],
                actor_of: dict[str, str]) -> list[Fact]:
    """Facts from claims; junk claims are skipped (see build_facts_report for reasons)."""
    return build_facts_report(claims, docs_meta, actor_of)[0]


def _groups(rows: list[Row], skipped: list[str], con: Any) -> list[tuple[str, list[Row]]]:
    """Fact-sized groups of rows: blocks from SQL (`con` holds them as table claims), split
    inside, loose claims folded in."""
    by_i = {r.i: r for r in rows}
    groups = grouping.group([by_i[i] for i in ids] for ids in grouping.blocks(con))
    loose = [r for r in rows if r.loose and not grouping.is_wordy(r.cls)]
    left = grouping.fold_loose(loose, groups)
    for r in left:
        if r.extra.get("junk_unit"):
            skipped.append(f"{claim_ref(r.claim)} ({r.claim.quote!r}): no countable unit and no "
                           "compatible fact to fold into; left unfactored")
    blocks: dict[tuple, list[Row]] = defaultdict(list)
    for r in left:  # with no event to go by, only figures about the same subject meet
        if not r.extra.get("junk_unit"):
            blocks[(r.story, r.cls, r.event, r.rate,
                    r.fam if r.cls == "people" else grouping.subject_key(r))].append(r)
    groups += grouping.group(blocks.values())
    groups = [(phase, kept) for phase, g in groups if (kept := grouping.without_subgroups(g, skipped))]
    # ids count up among same-named facts: order groups by their first claim, not input order
    groups.sort(key=lambda pg: min((r.claim.doc, r.claim.span[0], r.claim.quote) for r in pg[1]))
    return groups


@contextmanager
def _claims_table(con: Any, rows: list[Row]) -> Iterator[Any]:
    """A DuckDB connection holding `rows` as table claims: the caller's, emptied again after,
    or a new one closed after."""
    import duckdb  # imported where facts are built: extraction alone never pays for it

    own = con is None
    con = duckdb.connect() if own else con
    try:
        con.register("claims_arrow", grouping.table(rows))
        con.execute("CREATE OR REPLACE TEMP TABLE claims AS SELECT * FROM claims_arrow")
        yield con
    finally:
        if own:
            con.close()
        else:
            for view in ("claims_arrow", "fact_map"):
                con.unregister(view)
            con.execute("DROP TABLE IF EXISTS claims; DROP TABLE IF EXISTS member")


def _owner_key(rows: list[Row]) -> str:
    counts = Counter(t for r in rows for t in r.owner)
    if not counts:
        return ""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def build_facts_report(claims: list[Claim], docs_meta: dict[str, dict],
                       actor_of: dict[str, str], final: bool = True,
                       canon: Canon | None = None, rows_of: RowsOf | None = None,
                       con: Any = None) -> tuple[list[Fact], list[str]]:
    """Facts plus the reason each unusable claim was skipped.

    `final=False` leaves ids without their ".N" suffix and labels as named: a caller that
    builds facts story by story numbers them all at once with `number_facts`, and passes the
    one `canon` it built from `actor_of` (building it costs as much as the whole actor map);
    `rows_of` reads one report's claims (identity.claim_rows), kept between runs by the caller;
    `con` is a DuckDB connection to block and pair in, kept by a caller that builds many
    stories (opening one costs more than a small story's queries)."""
    docs_meta = docs_meta if isinstance(docs_meta, dict) else {}
    actor_of = actor_of if isinstance(actor_of, dict) else {}
    canon = canon if isinstance(canon, Canon) else Canon(actor_of)
    rows, skipped = claim_rows(claims, docs_meta, actor_of, canon, rows_of)
    if not rows:
        return [], skipped
    with _claims_table(con, rows) as sql:
        groups = _groups(rows, skipped, sql)
        fact_of = {r.i: n for n, (_, g) in enumerate(groups) for r in g}
        if not fact_of:
            return [], skipped
        pairs = incompatible_pairs(sql, fact_of)
    pairs_by_fact: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in pairs:
        pairs_by_fact[fact_of[a]].append((a, b))

    facts: list[Fact] = []
    used_ids: Counter[str] = Counter()
    for n, (phase, g) in enumerate(groups):
        g.sort(key=lambda r: (r.t[1] if r.t else date.min, r.claim.doc, r.claim.span[0]))
        r0 = next((r for r in g if not r.loose), g[0])  # a folded claim never names the fact
        owner = _owner_key(g)
        fams = Counter(r.fam for r in g if r.fam != "generic")
        fam = fams.most_common(1)[0][0] if fams else r0.fam
        label = fact_label(g, phase, owner)
        key = owner or (label.split(" (")[0] if grouping.is_wordy(r0.cls) else "")
        fid = fact_id(r0.cls, r0.event, phase, r0.rate, key, fam)
        used_ids[fid] += 1
        if used_ids[fid] > 1 and final:
            fid = f"{fid}.{used_ids[fid]}"
        values = [v for r in g for v in (float(r.claim.low) * r.factor,
                                         None if r.claim.high is None else r.claim.high * r.factor)
                  if v is not None]
        subjects = Counter(r.claim.subject for r in g if r.claim.subject)
        subject = min(subjects, key=lambda s: (-subjects[s], len(s))) if subjects else None
        units = Counter(r.extra["unit"] for r in g if r.extra.get("unit") and not r.claim.derived) or Counter(
            r.extra["unit"] for r in g if r.extra.get("unit"))
        unit = (r0.cls if r0.cls in ("area", "length", "mass", "percent") else None)
        unit = {"area": "square kilometer", "length": "kilometer", "mass": "tonne"}.get(
            unit or "", unit) or (units.most_common(1)[0][0] if units else None)
        fact = Fact(id=fid, unit=unit, event=r0.event if r0.event != "-" else None,
                    subject=subject, status="", low=min(values), high=max(values),
                    independent_sources=0, reports=0, claims=[r.claim for r in g], label=label)
        indep, reports, routes = provenance(fact, docs_meta, actor_of, canon)
        fact.independent_sources, fact.reports, fact.routes = indep, reports, routes
        fact.status, fact.notes = judge(g, pairs_by_fact.get(n, []), indep)
        fact.latest = latest_per_claimant(g)
        facts.append(fact)
    if final:
        _disambiguate_labels(facts)
    return facts, skipped


def first_claim(f: Fact) -> tuple:
    """The order facts are numbered in: by their first claim (document, offset, quote)."""
    return min(((c.doc, c.span[0], c.quote) for c in f.claims), default=("", 0, ""))


def number_facts(facts: list[Fact]) -> list[Fact]:
    """Facts built with final=False (from any number of stories), in the order one
    build_facts call gives them, with ".N" suffixes on repeated ids and told-apart labels."""
    facts = sorted(facts, key=first_claim)
    used: Counter[str] = Counter()
    for f in facts:
        used[f.id] += 1
        if used[f.id] > 1:
            f.id = f"{f.id}.{used[f.id]}"
    _disambiguate_labels(facts)
    return facts


def _disambiguate_labels(facts: list[Fact]) -> None:
    """Two facts with one heading get what tells them apart: the owner, else the words of
    their subject the heading lacks, else a number."""
    counts = Counter(f.label for f in facts)
    for f in facts:
        if counts[f.label] > 1:
            owner = f.id.split(".")[5] if f.id.count(".") >= 5 else ""
            have = {w.casefold() for w in re.findall(r"[\w’'-]+", f.label)}
            subject = re.sub(r"\s+(['’]s)\b", r"\1", f.subject or "")
            words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", subject)
                     if w.casefold() not in have and w.casefold() not in _SMALL][:4]
            extra = owner.replace("-", " ") if owner and owner != "any" else " ".join(words)
            if extra and extra.casefold() not in f.label.casefold():
                f.label = f"{f.label} — {extra}"
    counts = Counter(f.label for f in facts)
    seen: Counter[str] = Counter()
    for f in facts:
        if counts[f.label] > 1:
            seen[f.label] += 1
            f.label = f"{f.label} ({seen[f.label]})"


_SMALL = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "them", "it", "its", "their"}
