"""Which claims are one fact: blocking in DuckDB, then small splits inside each block.

Blocking is SQL over the feature table (claims of one story, measure class, state and
rate meet; shares and amounts meet by story, class and rate, their words decide), so the
work grows with the size of the blocks, not with the square of all claims. Inside a block:

- phases: a new wave or a possible future wave is its own fact;
- owners and people families: North Korean vs Russian troops, civilians vs soldiers;
- one report never gives two incompatible values of one quantity from one source at one
  time, unless it marks one as earlier or as a projection: such a pair is two quantities
  (11 of the province's 23 hospitals), so the block is cut at the widest gap in value;
- shares and amounts join when they share words that say what they measure, weighted by
  how rare each word is in the block ("turnout", "Civic Union", "defence spending").
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import duckdb
import pyarrow as pa

from newsledger.reconcile import vocab
from newsledger.reconcile.identity import Row, quote_pos, stem
from newsledger.reconcile.values import INF, claim_ref, overlaps, parse_time

#: measure classes whose claims are told apart by their words, not by a state verb
WORDY = ("percent", "percent point", "money:")
MIN_WORD_SIM = 0.5
SAME_STATE_SIM = 0.8
SAME_VALUE_SIM = 0.6
PAIR_CAP = 50


def _other_names(a: Row, b: Row) -> bool:
    """Each figure is said of a different name ("Civic Union" 41.5 %, "National Renewal" 34.1 %)."""
    na, nb = _names(a), _names(b)
    return bool(na and nb and not na & nb)


def _names(r: Row) -> set[str]:
    before = (r.claim.sentence or "")[:quote_pos(r.claim)]
    text = re.split(r"[,;:]", before)[-1]
    who = set(re.findall(r"[A-Z][a-z]+", r.claimant or ""))
    return {w for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+", text) if w not in who} - {"The", "A", "An"}


def _same_value(a: Row, b: Row) -> bool:
    ca, cb = a.claim, b.claim
    return abs(float(ca.low) - float(cb.low)) <= 0.005 * max(abs(float(cb.low)), 1e-9) and (
        (ca.high is None) == (cb.high is None))


def is_wordy(cls: str) -> bool:
    return cls.startswith(WORDY)


def table(rows: list[Row]) -> pa.Table:
    return pa.table({
        "i": [r.i for r in rows],
        "story": [r.story for r in rows],
        "cls": [r.cls for r in rows],
        "event": ["" if is_wordy(r.cls) else vocab.BLOCK_EVENT.get(r.event, r.event) for r in rows],
        "rate": [r.rate for r in rows],
        "lo": [r.lo for r in rows],
        "hi": [r.hi if r.hi != INF else None for r in rows],
        "loose": [r.loose and not is_wordy(r.cls) for r in rows],
    })


def blocks(con: duckdb.DuckDBPyConnection) -> list[list[int]]:
    """Blocking in SQL: only claims of one story, measure class, state and rate meet."""
    return [ids for (ids,) in con.execute(
        "SELECT list(i ORDER BY i) FROM claims WHERE NOT loose GROUP BY story, cls, event, rate "
        "ORDER BY min(i)"
    ).fetchall()]


def _t_overlap(a, b) -> bool:  # noqa: ANN001 - two (date, date) pairs
    return a[0] <= b[1] and b[0] <= a[1]


def split_phases(block: list[Row]) -> dict[str, list[Row]]:
    """Unmarked claims whose stated time meets only a new wave's time join that wave."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in block:
        groups[r.phase].append(r)
    waves = groups.get("additional", [])
    add_t = [t for t in (parse_time(r.claim.time) for r in waves) if t]
    if add_t:
        stay = []
        # anchors: stated times of unmarked claims that no new-wave time touches
        tot_t = [t for t in (parse_time(r.claim.time) for r in groups["total"])
                 if t and not any(_t_overlap(t, a) for a in add_t)]
        for r in groups.get("total", []):
            t = parse_time(r.claim.time)
            if t and any(_t_overlap(t, a) for a in add_t) and not any(
                    _t_overlap(t, b) for b in tot_t) and any(overlaps((r.lo, r.hi), (w.lo, w.hi)) for w in waves):
                groups["additional"].append(r)
            else:
                stay.append(r)
        groups["total"] = stay
    return {k: v for k, v in groups.items() if v}


def split_waves(rows: list[Row]) -> list[list[Row]]:
    """New waves at different stated times are different waves ("three more bodies" on
    Monday, "six more" two weeks later); claims without a stated time join the largest."""
    dated = sorted((r for r in rows if r.t_basis == "stated" and r.t), key=lambda r: (r.t[0], r.i))
    if len(dated) < 2:
        return [rows]
    waves: list[list[Row]] = []
    for r in dated:
        if waves and any(_t_overlap(r.t, x.t) for x in waves[-1]):
            waves[-1].append(r)
        else:
            waves.append([r])
    if len(waves) == 1:
        return [rows]
    rest = [r for r in rows if not (r.t_basis == "stated" and r.t)]
    max(waves, key=len).extend(rest)
    return waves


def split_owners(rows: list[Row]) -> list[list[Row]]:
    """Union claims whose owners share a word; ownerless claims join their document's
    cluster, else the largest one (they carry no evidence against it)."""
    parent = list(range(len(rows)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for tok in r.owner:
            counts[tok] += 1
    main = max(counts, key=lambda t: (counts[t], t)) if counts else None
    owners = [r.owner or (frozenset({main}) if main else frozenset()) for r in rows]
    first_by_token: dict[str, int] = {}
    for k, _r in enumerate(rows):
        for tok in owners[k]:
            if tok in first_by_token:
                parent[find(k)] = find(first_by_token[tok])
            else:
                first_by_token[tok] = k
    clusters: dict[int, list[Row]] = defaultdict(list)
    loose: list[Row] = []
    for k, r in enumerate(rows):
        (clusters[find(k)] if owners[k] else loose).append(r)
    groups = list(clusters.values())
    if not groups:
        return [loose] if loose else []
    for r in loose:
        same_doc = [g for g in groups if any(x.claim.doc == r.claim.doc for x in g)]
        target = same_doc[0] if len(same_doc) == 1 else max(groups, key=len)
        target.append(r)
    return groups


def split_families(rows: list[Row]) -> list[list[Row]]:
    """People families that cannot count the same heads (civilians vs troops) part ways."""
    if not rows or rows[0].cls != "people":
        return [rows]
    by_fam: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_fam[r.fam].append(r)
    generic = by_fam.pop("generic", []) + by_fam.pop("person", [])
    if not by_fam:
        return [generic]
    groups = sorted(by_fam.values(), key=len, reverse=True)
    groups[0].extend(generic)
    return groups


def cannot_share(a: Row, b: Row) -> bool:
    """Two figures one report gives for one source and time that cannot both hold measure
    two different things (unless one is marked earlier, projected or derived)."""
    if a.claim.doc != b.claim.doc or a.i == b.i:
        return False
    if bool(a.claimant) != bool(b.claimant) or (
            a.claimant and b.claimant and a.claimant.casefold() != b.claimant.casefold()):
        return False  # two sources, or a source and an unattributed figure, may disagree
    if a.residual != b.residual:
        return False  # "14,000 walked out … 11,500 still on strike": the count changed
    if a.earlier or b.earlier or a.projection != b.projection or a.claim.derived or b.claim.derived:
        return False
    if a.t and b.t and not _t_overlap(a.t, b.t) and (
            a.t_basis == b.t_basis == "stated" or _long_before(a, b) or _long_before(b, a)):
        return False  # one report, two times: the figure changed
    return not overlaps((a.lo, a.hi), (b.lo, b.hi))


def _long_before(a: Row, b: Row) -> bool:
    """a's stated time ends a month or more before b's time starts ("captured 1,000 km² last
    August … still hold 400")."""
    return a.t_basis == "stated" and bool(a.t and b.t) and (b.t[0] - a.t[1]).days >= 30


def _rep(r: Row) -> float:
    """One representative value of a claim (geometric middle of a range), for nearness."""
    c = r.claim
    v = math.sqrt(c.low * c.high) if c.high and c.low > 0 and c.high > 0 else float(c.low)
    return max(v * r.factor, 1e-9)


def split_values(rows: list[Row]) -> list[list[Row]]:
    """Cut a group at its widest gaps in (log) value until no two claims in a part are a
    pair one report cannot give for one quantity; a group without such a pair stays whole."""
    by_doc: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_doc[r.claim.doc].append(r)
    pairs = [(a, b) for same in by_doc.values() for k, a in enumerate(same) for b in same[k + 1:]
             if cannot_share(a, b)]
    if not pairs:
        return [rows]
    order = sorted(rows, key=lambda r: (math.log(_rep(r)), r.i))
    gaps = sorted(range(1, len(order)), key=lambda k: -(math.log(_rep(order[k])) - math.log(_rep(order[k - 1]))))
    cuts: set[int] = set()
    pos = {r.i: k for k, r in enumerate(order)}
    for k in gaps:
        unresolved = [(a, b) for a, b in pairs if not any(
            min(pos[a.i], pos[b.i]) < c <= max(pos[a.i], pos[b.i]) for c in cuts)]
        if not unresolved:
            break
        if any(min(pos[a.i], pos[b.i]) < k <= max(pos[a.i], pos[b.i]) for a, b in unresolved):
            cuts.add(k)
    parts, start = [], 0
    for k in sorted(cuts) + [len(order)]:
        parts.append(order[start:k])
        start = k
    return [p for p in parts if p]


def split_words(rows: list[Row]) -> list[list[Row]]:
    """Shares and amounts: join claims whose measure words agree (rare words weigh more),
    strongest pairs first, never joining a pair one report cannot give for one quantity."""
    if len(rows) < 2:
        return [rows]
    # each row's words and their weight, read once: a big block scores many pairs per row
    bag = [set(r.words) | ({stem(r.event)} if r.event != "-" else set()) for r in rows]
    df = Counter(w for ws in bag for w in ws)
    n = len(rows)
    # smoothed: a word all of a small block shares still counts
    idf = {w: math.log((n + 1) / (d + 0.5)) + 1.0 for w, d in df.items()}
    weight = [math.fsum(idf[w] for w in ws) for ws in bag]

    index: dict[str, list[int]] = defaultdict(list)
    for k, ws in enumerate(bag):
        for w in ws:
            index[w].append(k)
    scored: dict[tuple[int, int], float] = {}
    by_value: dict[float, list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        by_value[round(float(r.claim.low), 6)].append(k)
    for ks in [*index.values(), *by_value.values()]:
        if 1 < len(ks) <= max(PAIR_CAP, n // 2):  # a word in most of a big block pairs nothing
            for x in range(len(ks)):
                for y in range(x + 1, len(ks)):
                    scored.setdefault((ks[x], ks[y]), 0.0)
    for (a, b) in list(scored):
        shared = math.fsum(idf[w] for w in bag[a] & bag[b])
        base = min(weight[a], weight[b]) or 1.0
        scored[(a, b)] = shared / base
        if (rows[a].event == rows[b].event and rows[a].event in vocab.EVENT_LABEL and rows[a].cls == "percent"
                and not _other_names(rows[a], rows[b])):
            scored[(a, b)] = max(scored[(a, b)], SAME_STATE_SIM)  # "share killed" twice
        if _same_value(rows[a], rows[b]):
            scored[(a, b)] = max(scored[(a, b)], SAME_VALUE_SIM)  # a headline repeats its body
    parent = list(range(n))
    members: dict[int, list[int]] = {k: [k] for k in range(n)}
    # the members of each group by report: only two figures of one report can rule a join out
    by_doc: dict[int, dict[str, list[int]]] = {k: {r.claim.doc: [k]} for k, r in enumerate(rows)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def clash(ra: int, rb: int) -> bool:
        small, large = sorted((by_doc[ra], by_doc[rb]), key=len)
        return any(cannot_share(rows[x], rows[y]) for doc, xs in small.items() for x in xs for y in large.get(doc, ()))

    for (a, b), sim in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0])):
        if sim < MIN_WORD_SIM:
            break
        ra, rb = find(a), find(b)
        if ra == rb or clash(ra, rb):
            continue
        parent[rb] = ra
        members[ra] += members.pop(rb)
        for doc, ks in by_doc.pop(rb).items():
            by_doc[ra].setdefault(doc, []).extend(ks)
    return [[rows[k] for k in ks] for ks in members.values()]


def group(block_rows: Iterable[list[Row]]) -> list[tuple[str, list[Row]]]:
    """Split each block by phase, owner, people family, words and values into facts."""
    groups: list[tuple[str, list[Row]]] = []
    for block in block_rows:
        for phase, prow in split_phases(list(block)).items():
            parts = split_words(prow) if prow and is_wordy(prow[0].cls) else split_owners(prow)
            if phase == "additional":
                parts = [w for p in parts for w in split_waves(p)]
            for orow in parts:
                for frow in split_families(orow):
                    for vrow in split_values(frow):
                        groups.append((phase, vrow))
    return groups


_FOLD_PHASES = {"total": {"total", "additional"}, "additional": {"additional"},
                "prospective": {"prospective"}}


def _fold_target(r: Row, groups: list[tuple[str, list[Row]]]) -> int | None:
    """Index of the group a loose claim most plausibly belongs to, or None.

    A claim whose counted noun is unknown may only join a fact its own report also feeds
    (the noun was dropped, the thing is the same); a claim without an event joins a
    headcount (never a toll: a bare "12,000 soldiers" is not a death count). Values must
    be compatible; the nearest in log scale wins, then the larger fact."""
    best: tuple[float, int, int] | None = None
    for n, (phase, g) in enumerate(groups):
        g0 = g[0]
        if g0.story != r.story or g0.rate != r.rate or phase not in _FOLD_PHASES.get(r.phase, ()):
            continue
        if r.extra.get("junk_unit"):
            if not (g0.cls == "people" or g0.cls.startswith("count")) or r.claim.kind != g0.claim.kind:
                continue
            if not any(x.claim.doc == r.claim.doc and not x.claim.derived for x in g):
                continue
        else:
            if g0.cls != r.cls or not all(vocab.people_compatible(r.fam, x.fam) for x in g[:1]):
                continue
            owners = frozenset().union(*(x.owner for x in g))
            if r.owner and owners and not r.owner & owners:
                continue
        if r.event != "-":
            if g0.event != r.event:
                continue
        elif g0.event in vocab.HARM_EVENTS or g0.event == "-":
            continue
        if not any(overlaps((r.lo, r.hi), (x.lo, x.hi)) for x in g):
            continue
        if any(cannot_share(r, x) for x in g):
            continue
        dist = min(abs(math.log(_rep(r)) - math.log(_rep(x))) for x in g)
        key = (round(dist, 6), -len(g), n)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def fold_loose(loose: list[Row], groups: list[tuple[str, list[Row]]]) -> list[Row]:
    """Fold claims with an unknown unit or event into their nearest compatible fact;
    return the ones that fit none."""
    left = []
    for r in loose:
        n = _fold_target(r, groups)
        if n is None:
            left.append(r)
        else:
            groups[n][1].append(r)
    return left


def subject_key(r: Row) -> str:
    """Content words of the subject (or the claim itself when it has none): event-less
    counts meet only when they say what they measure the same way."""
    words = sorted({vocab.singular(w) for w in re.findall(r"[a-z]+", (r.claim.subject or "").lower())
                    if w not in vocab.STOPWORDS and w not in vocab.DETERMINERS})
    return " ".join(words) if words else f"#{claim_ref(r.claim)}"


def without_subgroups(g: list[Row], skipped: list[str]) -> list[Row]:
    """A derived count next to its own base in one fact is a part of it ("430,000 displaced,
    a third of them children"), not a rival estimate: it leaves the fact."""
    sentences = {(r.claim.doc, r.claim.sentence) for r in g if not r.claim.derived}
    out = []
    for r in g:
        if r.claim.derived and (r.claim.doc, r.claim.sentence) in sentences:
            skipped.append(f"{claim_ref(r.claim)} ({r.claim.basis}): a part of a figure in the same "
                           "fact; left unfactored")
        else:
            out.append(r)
    return out
