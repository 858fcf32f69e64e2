"""Group figure claims that measure the same thing into facts, and judge their agreement.

Claims are turned into a feature table (measure class, event family, phase, rate, owner,
value interval, effective time) and loaded into an in-memory DuckDB: blocking (which
claims can ever be compared) and the pairwise interval test inside a fact are SQL, so the
work grows with the size of the blocks, not with the square of all claims.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from newsledger.model import Claim, Fact
from newsledger.reconcile import vocab

if TYPE_CHECKING:  # DuckDB and Arrow are imported where facts are built: extraction alone never pays for them
    import duckdb
    import pyarrow as pa

INF = math.inf
EXACT_TOL = 0.005  # rounding slack for an "exact" figure
APPROX_TOL = 0.125  # "about X" reads as X +/- 12.5%


# ---- small helpers shared with provenance / arithmetic / changes ---------------------------


def claim_ref(c: Claim) -> str:
    """Stable reference of a claim: document and character span."""
    return f"{c.doc}:{c.span[0]}-{c.span[1]}"


def interval(low: float, high: float | None, bound: str) -> tuple[float, float]:
    """The values a claim allows: at_least X -> [X, inf), about X -> X +/- 12.5%, ..."""
    if bound == "range" and high is not None:
        return (min(low, high), max(low, high))
    if bound == "at_least":
        return (low, INF)
    if bound == "at_most":
        return (0.0, high if high is not None else low)
    if bound == "approx":
        top = high if high is not None else low
        return (low * (1 - APPROX_TOL), top * (1 + APPROX_TOL))
    top = high if high is not None else low
    return (low * (1 - EXACT_TOL), top * (1 + EXACT_TOL))


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def parse_time(value: str | None) -> tuple[date, date] | None:
    """ISO date, month, year or 'start/end' interval -> (first day, last day); junk -> None."""
    if not value or not isinstance(value, str):
        return None
    parts = value.split("/")
    first, last = _day(parts[0], True), _day(parts[-1], False)
    if first is None or last is None:
        return None
    return (first, last) if first <= last else (last, first)


def _day(text: str, start: bool) -> date | None:
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\s*", text or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return date(y, int(mo), int(d))
        if mo:
            if start:
                return date(y, int(mo), 1)
            nxt = date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(y, 1, 1) if start else date(y, 12, 31)
    except ValueError:
        return None


def canonical(name: str | None, aliases: list[str] | None, actor_of: dict[str, str]) -> str | None:
    """Canonical actor name: the map, then case-insensitive, then the claim's aliases."""
    if not name or not isinstance(name, str):
        return None
    amap = actor_of if isinstance(actor_of, dict) else {}
    if name in amap:
        return amap[name]
    lower = {fold_name(str(k)): v for k, v in amap.items()}
    for cand in [name, *(aliases or [])]:
        if isinstance(cand, str) and fold_name(cand) in lower:
            return lower[fold_name(cand)]
    return re.sub(r"^(?i:the)\s+", "", name.strip())


def fold_name(name: str) -> str:
    """'The Agency' and 'agency' name one actor; curly and straight apostrophes too."""
    return re.sub(r"^the\s+", "", " ".join(name.casefold().replace("’", "'").split()))


def outlet_of(doc: str, docs_meta: dict[str, dict]) -> str:
    meta = docs_meta.get(doc) if isinstance(docs_meta, dict) else None
    outlet = (meta or {}).get("outlet") if isinstance(meta, dict) else None
    return outlet or f"unknown outlet ({doc})"


def fmt_number(x: float) -> str:
    if x == INF:
        return "inf"
    if abs(x - round(x)) < 0.05 or abs(x) >= 100:
        return f"{round(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def describe_value(low: float, high: float | None, bound: str) -> str:
    """A figure in words, from its normalised value (quotes like 'two-thirds' mislead)."""
    lo = fmt_number(low)
    if bound == "range" and high is not None:
        return f"{lo}–{fmt_number(high)}"
    return {"at_least": f"at least {lo}", "at_most": f"at most {lo}",
            "approx": f"about {lo}"}.get(bound, lo)


# ---- per-claim features -----------------------------------------------------------------


@dataclass
class Row:
    """One claim with what reconciling needs to know about it."""

    i: int
    claim: Claim
    cls: str
    fam: str
    factor: float
    event: str
    rate: str
    phase: str
    owner: frozenset[str]
    lo: float
    hi: float
    claimant: str | None  # canonical, None for the outlet's own voice
    outlet: str
    t: tuple[date, date] | None = None
    t_basis: str = "none"
    story: str = ""
    earlier: bool = False  # the text marks the figure as an earlier state ("initially")
    loose: bool = False  # unit or event unknown: folds into a compatible fact if one exists
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def who(self) -> str:
        return self.claimant or f"{self.outlet} (own voice)"


_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’]*")
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
           "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
           "september", "october", "november", "december", "monday", "tuesday",
           "wednesday", "thursday", "friday", "saturday", "sunday", "president", "minister"}


def owner_tokens(subject: str | None) -> frozenset[str]:
    """Whose people/things are counted: country words and proper names outside place phrases.

    'North Korean troops sent to Russia' -> {north korea}; 'DPRK soldiers' -> {north korea};
    a subject without such words ('troops') has no owner and fits any.
    """
    if not subject or not isinstance(subject, str):
        return frozenset()
    text = re.sub(r"\([^)]*\)", " ", subject)
    toks = _TOKEN.findall(text)
    out: set[str] = set()
    i = 0
    while i < len(toks):
        j = i - 1
        while j >= 0 and toks[j].lower() in vocab.DETERMINERS:
            j -= 1
        prev = toks[j].lower() if j >= 0 else ""
        two = f"{toks[i]} {toks[i + 1]}".lower() if i + 1 < len(toks) else ""
        one = toks[i].lower().strip(".'’")
        if prev in vocab.PLACE_PREPS:
            # skip the whole capitalised run that the preposition introduces
            while i < len(toks) and toks[i][:1].isupper():
                i += 1
            if i < len(toks) and not toks[i][:1].isupper():
                i += 1
            continue
        if two in vocab.DEMONYMS:
            out.add(vocab.DEMONYMS[two])
            i += 2
            continue
        if one in vocab.DEMONYMS:
            out.add(vocab.DEMONYMS[one])
        elif toks[i][:1].isupper() and one not in _MONTHS and one not in vocab.STOPWORDS and (
                i > 0 or toks[i].isupper()):
            out.add(one)
        i += 1
    return frozenset(out)


_CLAUSE_SPLIT = re.compile(r"[;:()\u2014]|,(?=\s)|\s[\u2013-]\s")
_BOUND_MORE = re.compile(r"\b(?:more\s+than|no\s+more|not\s+more|more\s+or\s+less|or\s+more)\b",
                         re.I)


def _quote_pos(c: Claim) -> int:
    s = c.sentence or ""
    if c.sentence_span and c.sentence_span != (0, 0) and c.span:
        pos = c.span[0] - c.sentence_span[0]
        if 0 <= pos < len(s):
            return pos
    pos = s.find(c.quote or "\0")
    return max(pos, 0)


def _clause(c: Claim) -> tuple[str, str]:
    """Text of the clause around the figure, split before and after the quote."""
    s = c.sentence or ""
    pos = _quote_pos(c)
    start, end = 0, len(s)
    for m in _CLAUSE_SPLIT.finditer(s):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos + len(c.quote or ""):
            end = m.start()
            break
    return s[start:pos], s[pos + len(c.quote or ""):end]


def rate_of(c: Claim) -> str:
    """'per day' for '92 casualties a day' (text right after the figure) or a daily subject."""
    after = (c.sentence or "")[_quote_pos(c) + len(c.quote or ""):]
    m = vocab.RATE_RE.search(after)
    if m:
        unit = m.group(1) or {"daily": "day", "weekly": "week", "monthly": "month",
                              "yearly": "year", "annually": "year",
                              "hourly": "hour"}[m.group(2).lower()]
        return f"per {unit.lower()}"
    if c.kind == "rate":
        return "per period"
    subj = (c.subject or "").lower()
    if re.search(r"\b(daily|per day|a day)\b", subj):
        return "per day"
    if re.search(r"\b(weekly|per week|a week)\b", subj):
        return "per week"
    return ""


_EITHER = re.compile(r"\b(?:killed|dead|died)\s+(?:or|and/or)\s+(?:wounded|injured)\b|"
                     r"\b(?:wounded|injured)\s+(?:or|and/or)\s+(?:killed|dead)\b", re.I)


_RELATIVE = {"who", "which", "that", "whose", "whom", "where", "when", "while", "although",
             "though", "because"}


def infer_event(c: Claim) -> str | None:
    """Event word from the figure's clause when the extractor gave none: the nearest verb
    after the figure, else before it ("killed or wounded" is a casualty)."""
    before, after = _clause(c)
    for text in (after, before):
        if _EITHER.search(text):
            return "casualty"
        words = re.findall(r"[a-z]+", text.lower())
        order = range(len(words)) if text is after else range(len(words) - 1, -1, -1)
        if text is after:  # a relative clause describes another noun ("forces who occupied")
            stop = next((k for k, w in enumerate(words) if w in _RELATIVE), len(words))
            order = range(stop)
        for k in order:
            if k > 0 and words[k - 1] == "to":
                continue  # "12,000 soldiers are in X to fight": a purpose, not what happened
            fam = vocab.event_family(words[k], None, "")
            if fam in vocab.EVENT_LABEL:
                return fam
    return None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", text)}


def phase_of(c: Claim, event: str, published: date | None, figures_in_sentence: int) -> str:
    """total | additional | prospective: a new wave or a possible future one is its own fact."""
    before, after = _clause(c)
    window = f"{before} {after}"
    subj = c.subject or ""
    t = parse_time(c.time)
    if (vocab.PROSPECTIVE_RE.search(window) or _words(subj) & vocab.PROSPECTIVE_SUBJECT) and not (
            t and published and t[0] <= published):
        return "prospective"
    markers = set(vocab.ADDITIONAL_WORDS)
    if event in vocab.HARM_EVENTS:
        markers.discard("another")  # "300 killed and another 2,700 wounded"
    if _words(_BOUND_MORE.sub(" ", subj)) & markers:
        return "additional"
    s = c.sentence or ""
    pos = _quote_pos(c)
    if event not in vocab.HARM_EVENTS and figures_in_sentence <= 1:
        text = f"{s[:pos]} # {s[pos + len(c.quote or ''):]}"
    else:
        text = f"{before} # {after}"
    if _marks_wave(_BOUND_MORE.sub(" ", text), markers, c.unit):
        return "additional"
    return "total"


def _marks_wave(text: str, markers: set[str], unit: str | None) -> bool:
    """A marker counts only when it qualifies the figure ('#'), the counted noun or a
    wave noun within three words: 'more troops', 'an additional #', not 'another report'."""
    toks = [t.lower() for t in re.findall(r"#|[A-Za-z][A-Za-z-]*", text)]
    heads = set(vocab.WAVE_NOUNS) | {"#"}
    if unit:
        u = unit.lower().split()[-1]
        heads |= {u, u + "s", u + "es"}
    heads |= {w for w in vocab.PEOPLE_WORDS}
    for k, tok in enumerate(toks):
        if tok in markers and any(t in heads or t.rstrip("s") in heads
                                  for t in toks[k + 1:k + 4]):
            return True
    return False


def _valid(c: Any) -> str | None:
    """Why a claim cannot be reconciled, or None."""
    if not isinstance(c, Claim):
        return "not a Claim"
    if not isinstance(c.low, int | float) or isinstance(c.low, bool) or math.isnan(c.low):
        return "low is not a number"
    if c.high is not None and (not isinstance(c.high, int | float) or math.isnan(c.high)):
        return "high is not a number"
    if not c.doc:
        return "no document"
    return None


_EARLIER_RE = re.compile(r"\b(?:initially|originally|at first|previously|earlier|formerly|"
                         r"at the (?:outset|start)|at (?:its|the) (?:peak|height))\b", re.I)


def _sibling_unit(c: Claim, firm: dict[tuple[str, str], list[Claim]]) -> str | None:
    """Unit of the nearest figure of the same sentence: "300 soldiers killed and 2,700
    injured" counts soldiers twice (ellipsis)."""
    best = None
    for other in firm.get((c.doc, c.sentence), []):
        if other is c or other.kind != c.kind:
            continue
        gap = abs(other.span[0] - c.span[0])
        if best is None or gap < best[0] or (gap == best[0] and other.span[0] < c.span[0]):
            best = (gap, other.unit)
    return best[1] if best else None


def claim_rows(claims: list[Claim], docs_meta: dict[str, dict],
               actor_of: dict[str, str]) -> tuple[list[Row], list[str]]:
    """Feature rows for the valid claims, and a reason for each skipped one."""
    skipped: list[str] = []
    good: list[Claim] = []
    for n, c in enumerate(claims or []):
        why = _valid(c)
        if why:
            skipped.append(f"claim {n}: {why}")
        else:
            good.append(c)
    per_sentence = Counter((c.doc, c.sentence) for c in good if not c.derived)
    firm: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in good:
        if not c.derived and vocab.clean_unit(c.unit):
            firm[(c.doc, c.sentence)].append(c)
    story_of = story_map(good, docs_meta)
    rows: list[Row] = []
    spelling: dict[str, str] = {}  # one display name per actor however it is cased
    for i, c in enumerate(good):
        unit = vocab.clean_unit(c.unit)
        junk_unit = unit is None and c.kind in ("count", "rate")
        if junk_unit:
            unit = _sibling_unit(c, firm)
            junk_unit = unit is None
        cls, fam, factor = vocab.unit_class(unit, c.kind)
        event = vocab.event_family(c.event or infer_event(c), unit, cls)
        meta = docs_meta.get(c.doc, {}) if isinstance(docs_meta, dict) else {}
        published = parse_time(meta.get("published") if isinstance(meta, dict) else None)
        pub = published[1] if published else None
        lo, hi = interval(float(c.low), c.high, c.bound)
        before = (c.sentence or "")[:_quote_pos(c)]
        rows.append(Row(
            i=i, claim=c, cls=cls, fam=fam, factor=factor, event=event, rate=rate_of(c),
            phase=phase_of(c, event, pub, per_sentence[(c.doc, c.sentence)]),
            owner=owner_tokens(c.subject), lo=lo * factor, hi=hi * factor,
            claimant=_spelled(canonical(c.claimant, c.claimant_aliases, actor_of), spelling),
            outlet=outlet_of(c.doc, docs_meta),
            extra={"published": published, "junk_unit": junk_unit, "unit": unit},
            story=story_of.get(c.doc, ""), earlier=bool(_EARLIER_RE.search(before)),
            loose=junk_unit or event == "-"))
    _effective_times(rows)
    return rows, skipped


def story_map(claims: list[Claim], docs_meta: dict[str, dict]) -> dict[str, str]:
    """Which story each document belongs to: figures of different stories never meet.

    Taken from docs_meta["story"] when the caller knows it; otherwise the reports are
    grouped here with link.stories on their titles and the sentences their figures stand
    in (all that a claim table carries about a report)."""
    meta = docs_meta if isinstance(docs_meta, dict) else {}
    known = {d: str(m["story"]) for d, m in meta.items() if isinstance(m, dict) and m.get("story")}
    docs = sorted({c.doc for c in claims})
    if all(d in known for d in docs) or len(docs) < 2:
        return {d: known.get(d, "") for d in docs}
    from newsledger.link.stories import group_stories

    text: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        if c.sentence and c.sentence not in text[c.doc]:
            text[c.doc].append(c.sentence)
    items = [{"doc": d, "title": str((meta.get(d) or {}).get("title") or ""),
              "body": " ".join(text[d]), "published": (meta.get(d) or {}).get("published")}
             for d in docs if d not in known]
    found = {d: s.id for s in group_stories(items) for d in s.docs}
    return {d: known.get(d) or f"derived:{found.get(d, d)}" for d in docs}


def _spelled(name: str | None, spelling: dict[str, str]) -> str | None:
    return spelling.setdefault(fold_name(name), name) if name else None


def _effective_times(rows: list[Row]) -> None:
    """When each figure holds: stated time, else the same claimant's dated matching figure,
    else the publication date (a repeated old estimate keeps its original date)."""
    for r in rows:
        t = parse_time(r.claim.time) or parse_time(r.claim.statement_time)
        if t:
            r.t, r.t_basis = t, "stated"
    dated = defaultdict(list)
    for r in rows:
        if r.t and r.claimant:
            dated[(r.claimant.casefold(), r.cls, r.event)].append(r)
    for r in rows:
        if r.t:
            continue
        same = [d for d in dated.get(((r.claimant or "").casefold(), r.cls, r.event), [])
                if overlaps((d.lo, d.hi), (r.lo, r.hi))]
        if same:
            best = max(same, key=lambda d: d.t[1])
            r.t, r.t_basis = best.t, f"as dated in {best.claim.doc}"
        elif r.extra.get("published"):
            r.t, r.t_basis = r.extra["published"], "published"


# ---- grouping ---------------------------------------------------------------------------


def _table(rows: list[Row]) -> pa.Table:
    import pyarrow as pa

    return pa.table({
        "i": [r.i for r in rows],
        "story": [r.story for r in rows],
        "cls": [r.cls for r in rows],
        "event": [r.event for r in rows],
        "rate": [r.rate for r in rows],
        "lo": [r.lo for r in rows],
        "hi": [r.hi if r.hi != INF else None for r in rows],
        "loose": [r.loose for r in rows],
    })


def _blocks(con: duckdb.DuckDBPyConnection) -> list[list[int]]:
    """Blocking in SQL: only claims of one story, measure class, event family and rate meet."""
    return [ids for (ids,) in con.execute(
        "SELECT list(i ORDER BY i) FROM claims WHERE NOT loose GROUP BY story, cls, event, rate "
        "ORDER BY min(i)"
    ).fetchall()]


def _split_phases(block: list[Row]) -> dict[str, list[Row]]:
    """Unmarked claims whose stated time meets only a new wave's time join that wave."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in block:
        groups[r.phase].append(r)
    add_t = [parse_time(r.claim.time) for r in groups.get("additional", [])]
    add_t = [t for t in add_t if t]
    if add_t:
        stay = []
            # anchors: stated times of unmarked claims that no new-wave time touches
        tot_t = [t for t in (parse_time(r.claim.time) for r in groups["total"])
                 if t and not any(_t_overlap(t, a) for a in add_t)]
        for r in groups.get("total", []):
            t = parse_time(r.claim.time)
            if t and any(_t_overlap(t, a) for a in add_t) and not any(
                    _t_overlap(t, b) for b in tot_t):
                groups["additional"].append(r)
            else:
                stay.append(r)
        groups["total"] = stay
    return {k: v for k, v in groups.items() if v}


def _group(blocks) -> list[tuple[str, list[Row]]]:  # noqa: ANN001 - any iterable of row lists
    """Split each block by phase, owner and people family into fact-sized groups."""
    groups: list[tuple[str, list[Row]]] = []
    for block in blocks:
        for phase, prow in _split_phases(list(block)).items():
            for orow in _split_owners(prow):
                for frow in _split_families(orow):
                    groups.append((phase, frow))
    return groups


def _subject_key(r: Row) -> str:
    """Content words of the subject (or the claim itself when it has none): event-less
    shares and amounts meet only when they say what they measure the same way."""
    words = sorted({vocab.singular(w) for w in re.findall(r"[a-z]+", (r.claim.subject or "").lower())
                    if w not in vocab.STOPWORDS and w not in vocab.DETERMINERS})
    return " ".join(words) if words else f"#{claim_ref(r.claim)}"


def _without_subgroups(g: list[Row], skipped: list[str]) -> list[Row]:
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


def _rep(r: Row) -> float:
    """One representative value of a claim (geometric middle of a range), for nearness."""
    c = r.claim
    v = math.sqrt(c.low * c.high) if c.high and c.low > 0 and c.high > 0 else float(c.low)
    return max(v * r.factor, 1e-9)


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


def _t_overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _split_owners(rows: list[Row]) -> list[list[Row]]:
    """Union claims whose owners share a word; ownerless claims join their document's
    cluster, else the largest one (they carry no evidence against it)."""
    parent = list(range(len(rows)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_by_token: dict[str, int] = {}
    for k, r in enumerate(rows):
        for tok in r.owner:
            if tok in first_by_token:
                parent[find(k)] = find(first_by_token[tok])
            else:
                first_by_token[tok] = k
    clusters: dict[int, list[Row]] = defaultdict(list)
    loose: list[Row] = []
    for k, r in enumerate(rows):
        (clusters[find(k)] if r.owner else loose).append(r)
    groups = list(clusters.values())
    if not groups:
        return [loose] if loose else []
    for r in loose:
        same_doc = [g for g in groups if any(x.claim.doc == r.claim.doc for x in g)]
        target = same_doc[0] if len(same_doc) == 1 else max(groups, key=len)
        target.append(r)
    return groups


def _split_families(rows: list[Row]) -> list[list[Row]]:
    """People families that cannot count the same heads (civilians vs troops) part ways."""
    if not rows or rows[0].cls != "people":
        return [rows]
    by_fam: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_fam[r.fam].append(r)
    generic = by_fam.pop("generic", [])
    if not by_fam:
        return [generic]
    groups = sorted(by_fam.values(), key=len, reverse=True)
    groups[0].extend(generic)
    return groups


# ---- per fact ---------------------------------------------------------------------------


def _incompatible_pairs(con: duckdb.DuckDBPyConnection, rows: list[Row],
                        fact_of: dict[int, int]) -> list[tuple[int, int]]:
    """Pairs of claims in one fact whose value intervals cannot both hold (SQL self-join)."""
    con.execute("CREATE OR REPLACE TEMP TABLE member AS SELECT * FROM claims")
    import pyarrow as pa

    con.register("fact_map", pa.table({"i": list(fact_of), "fact": list(fact_of.values())}))
    return con.execute(
        """SELECT a.i, b.i FROM member a JOIN fact_map fa ON a.i = fa.i
           JOIN member b ON b.i > a.i JOIN fact_map fb ON b.i = fb.i AND fb.fact = fa.fact
           WHERE a.lo > coalesce(b.hi, 'inf'::DOUBLE) OR b.lo > coalesce(a.hi, 'inf'::DOUBLE)
           ORDER BY a.i, b.i"""
    ).fetchall()


def _time_label(r: Row) -> str:
    if r.claim.time:
        return r.claim.time
    if r.earlier and r.t and r.t_basis == "published":
        return f"earlier, before {r.t[0].isoformat()}"
    if r.t:
        return r.t[0].isoformat() if r.t[0] == r.t[1] else f"{r.t[0]}/{r.t[1]}"
    return "undated"


def _estimate(r: Row) -> str:
    c = r.claim
    val = describe_value(float(c.low), c.high, c.bound)
    return f"{r.who}: {val} ({_time_label(r)})"


def judge(rows: list[Row], pairs: list[tuple[int, int]],
          independent: int) -> tuple[str, list[str]]:
    """Status and one note per disagreement: different times supersede, same times conflict."""
    by_i = {r.i: r for r in rows}
    notes: list[str] = []
    seen: set[tuple[str, str]] = set()
    conflicting = superseded = False
    for a_i, b_i in pairs:
        a, b = by_i[a_i], by_i[b_i]
        if _marked_earlier(a, b) or _marked_earlier(b, a) or (
                a.t and b.t and not _t_overlap(a.t, b.t)):
            if _marked_earlier(a, b) or _marked_earlier(b, a):
                old, new = (a, b) if _marked_earlier(a, b) else (b, a)
            else:
                old, new = (a, b) if a.t[1] < b.t[0] else (b, a)
            key = (_estimate(old), _estimate(new))
            if key not in seen:
                seen.add(key)
                notes.append(f"{key[0]} vs {key[1]}: later estimate supersedes")
            superseded = True
        else:
            key = tuple(sorted((_estimate(a), _estimate(b))))
            if key not in seen:
                seen.add(key)
                notes.append(f"{key[0]} vs {key[1]}: cannot both hold at the same time")
            conflicting = True
    if conflicting:
        return "conflicting", notes
    if superseded:
        return "superseded", notes
    if independent <= 1:
        return "single-source", ["one independent claimant"]
    return "consistent", ["all figures can hold together"]


def _marked_earlier(a: Row, b: Row) -> bool:
    """The text puts figure a before b ("initially X ... still Y") and no stated time says
    otherwise: an older state, not a contradiction."""
    return a.earlier and not b.earlier and a.t_basis in ("published", "none") and (
        b.t is None or a.t is None or a.t[0] <= b.t[1])


def latest_per_claimant(rows: list[Row]) -> list[dict[str, Any]]:
    """Each claimant's newest figure (stated time, else publication date) with its date."""
    best: dict[str, Row] = {}
    for r in rows:
        key = r.who.casefold()
        end = r.t[1] if r.t else date.min
        cur = best.get(key)
        cur_end = cur.t[1] if cur and cur.t else date.min
        if cur is None or end > cur_end or (end == cur_end and (
                (cur.earlier and not r.earlier) or (cur.claim.derived and not r.claim.derived))):
            best[key] = r
    out = []
    for r in sorted(best.values(), key=lambda x: (x.t[1] if x.t else date.min, x.who)):
        c = r.claim
        out.append({"claimant": r.who, "quote": c.quote, "low": c.low, "high": c.high,
                    "bound": c.bound, "value": describe_value(float(c.low), c.high, c.bound),
                    "time": _time_label(r), "date_basis": r.t_basis, "doc": c.doc,
                    "derived": c.derived})
    return out


def _label(rows: list[Row], phase: str, owner: str) -> str:
    r0 = next((r for r in rows if not r.loose), rows[0])
    event_word = vocab.EVENT_LABEL.get(r0.event, r0.event if r0.event != "-" else "")
    if r0.cls == "people":
        fams = Counter(r.fam for r in rows if r.fam != "generic")
        fam = fams.most_common(1)[0][0] if fams else "generic"
        noun = vocab.FAMILY_NOUN.get(fam, "people")
        if r0.event in ("kill", "wound", "casualty", "missing") and fam in (
                "personnel", "generic"):
            base = event_word
        else:
            base = f"{noun} {event_word}".strip()
    elif r0.cls == "area":
        base = f"territory {event_word} (square kilometer)" if r0.event == "hold" else (
            f"area {event_word} (square kilometer)")
    elif r0.cls == "percent":
        base = f"{event_word or 'share'} (percent)"
    elif r0.cls.startswith("money:"):
        base = f"{event_word or 'amount'} ({r0.cls.split(':', 1)[1]})"
    else:
        noun = r0.cls.split(":", 1)[-1]
        base = f"{noun} {event_word}".strip()
    if phase == "additional":
        base = f"additional {base}"
    elif phase == "prospective":
        base = f"possible future {base}"
    if r0.rate:
        base = f"{base} {r0.rate}"
    return base


def fact_id(cls: str, event: str, phase: str, rate: str, owner: str, fam: str) -> str:
    """Readable id that stays the same across runs: what is counted, never a counter."""
    parts = [cls, fam if cls == "people" else "", event, phase, rate.replace(" ", "-"), owner]
    slug = ".".join(re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-") or "any" for p in parts)
    return slug if len(slug) <= 120 else slug[:100] + hashlib.sha1(slug.encode()).hexdigest()[:8]


def _owner_key(rows: list[Row]) -> str:
    counts = Counter(t for r in rows for t in r.owner)
    if not counts:
        return ""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def build_facts(claims: list[Claim], docs_meta: dict[str, dict],
                actor_of: dict[str, str]) -> list[Fact]:
    """Facts from claims; junk claims are skipped (see build_facts_report for reasons)."""
    return build_facts_report(claims, docs_meta, actor_of)[0]


def build_facts_report(claims: list[Claim], docs_meta: dict[str, dict],
                       actor_of: dict[str, str]) -> tuple[list[Fact], list[str]]:
    """Facts plus the reason each unusable claim was skipped."""
    from newsledger.reconcile.provenance import provenance  # provenance imports our helpers

    docs_meta = docs_meta if isinstance(docs_meta, dict) else {}
    actor_of = actor_of if isinstance(actor_of, dict) else {}
    rows, skipped = claim_rows(claims, docs_meta, actor_of)
    if not rows:
        return [], skipped
    by_i = {r.i: r for r in rows}
    import duckdb

    con = duckdb.connect()
    con.register("claims_arrow", _table(rows))
    con.execute("CREATE TEMP TABLE claims AS SELECT * FROM claims_arrow")
    groups = _group([by_i[i] for i in ids] for ids in _blocks(con))
    left = fold_loose([r for r in rows if r.loose], groups)
    for r in left:
        if r.extra.get("junk_unit"):
            skipped.append(f"{claim_ref(r.claim)} ({r.claim.quote!r}): no countable unit and no "
                           "compatible fact to fold into; left unfactored")
    blocks: dict[tuple, list[Row]] = defaultdict(list)
    for r in left:  # with no event to go by, only figures about the same subject meet
        if not r.extra.get("junk_unit"):
            blocks[(r.story, r.cls, r.event, r.rate,
                    r.fam if r.cls == "people" else _subject_key(r))].append(r)
    groups += _group(blocks.values())
    groups = [(phase, kept) for phase, g in groups if (kept := _without_subgroups(g, skipped))]
    # ids count up among same-named facts: order groups by their first claim, not input order
    groups.sort(key=lambda pg: min((r.claim.doc, r.claim.span[0], r.claim.quote) for r in pg[1]))
    fact_of = {r.i: n for n, (_, g) in enumerate(groups) for r in g}
    if not fact_of:
        con.close()
        return [], skipped
    pairs = _incompatible_pairs(con, rows, fact_of)
    con.close()
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
        fid = fact_id(r0.cls, r0.event, phase, r0.rate, owner, fam)
        used_ids[fid] += 1
        if used_ids[fid] > 1:
            fid = f"{fid}.{used_ids[fid]}"
        values = [v for r in g for v in (float(r.claim.low) * r.factor,
                                         None if r.claim.high is None else r.claim.high * r.factor)
                  if v is not None]
        subjects = Counter(r.claim.subject for r in g if r.claim.subject)
        subject = min(subjects, key=lambda s: (-subjects[s], len(s))) if subjects else None
        units = Counter(r.extra["unit"] for r in g if r.extra.get("unit"))
        unit = (r0.cls if r0.cls in ("area", "length", "mass", "percent") else None)
        unit = {"area": "square kilometer", "length": "kilometer", "mass": "tonne"}.get(
            unit or "", unit) or (units.most_common(1)[0][0] if units else None)
        fact = Fact(id=fid, unit=unit, event=r0.event if r0.event != "-" else None,
                    subject=subject, status="", low=min(values), high=max(values),
                    independent_sources=0, reports=0, claims=[r.claim for r in g],
                    label=_label(g, phase, owner))
        indep, reports, routes = provenance(fact, docs_meta, actor_of)
        fact.independent_sources, fact.reports, fact.routes = indep, reports, routes
        fact.status, fact.notes = judge(g, pairs_by_fact.get(n, []), indep)
        fact.latest = latest_per_claimant(g)
        facts.append(fact)
    _disambiguate_labels(facts)
    return facts, skipped


def _disambiguate_labels(facts: list[Fact]) -> None:
    """Two facts with one heading (Russian vs Ukrainian troops killed) get their owner added."""
    counts = Counter(f.label for f in facts)
    for f in facts:
        if counts[f.label] > 1:
            owner = f.id.split(".")[5] if f.id.count(".") >= 5 else ""
            if owner and owner != "any":
                f.label = f"{f.label} — {owner.replace('-', ' ')}"
