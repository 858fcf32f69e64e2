"""What a claim measures: the features that decide which claims are one fact.

A fact is one quantity in the world. Its identity is what is counted (the measure class
and, for people, the family: troops, civilians, cases…), what happened to it (the state:
killed, injured, displaced, sent…, with synonyms folded), whose or where it is (owner
words), the kind of figure (count, share, money, a rate per day), and whether it is a new
wave or a possible future one. How the text reports it does not count: "said", "believed",
"confirmed", "put at", "estimated" and light verbs ("rose to", "stands at", "reached")
are skipped, and the state is read from the clause instead ("1,412 people had been
confirmed dead" is a death count, "the toll could reach 3,000" a projected one).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsledger.link.names import Canon, fold_name, outlet_of
from newsledger.model import Claim
from newsledger.reconcile import vocab
from newsledger.reconcile.values import interval, overlaps, parse_time


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
    projection: bool = False  # a forecast, target or possible value of the quantity
    residual: bool = False  # "still trapped", "remain on strike": the later state of a count
    loose: bool = False  # unit or event unknown: folds into a compatible fact if one exists
    words: frozenset[str] = frozenset()  # content words that say what is measured (stems)
    surface: dict[str, str] = field(default_factory=dict)  # stem -> the word as written
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def who(self) -> str:
        return self.claimant or f"{self.outlet} (own voice)"


# ---- the figure's clause ----------------------------------------------------------------

_CLAUSE_SPLIT = re.compile(r"[;:()\u2014]|,(?=\s)|\s[\u2013-]\s")
_BOUND_MORE = re.compile(r"\b(?:more\s+than|no\s+more|not\s+more|more\s+or\s+less|or\s+more|"
                         r"more(?=\s+[a-z]+\s+than\b))\b", re.I)


def quote_pos(c: Claim) -> int:
    """Offset of the quote inside its sentence."""
    s = c.sentence or ""
    if c.sentence_span and c.sentence_span != (0, 0) and c.span:
        pos = c.span[0] - c.sentence_span[0]
        if 0 <= pos < len(s):
            return pos
    pos = s.find(c.quote or "\0")
    return max(pos, 0)


def clause(c: Claim) -> tuple[str, str]:
    """Text of the clause around the figure, split before and after the quote."""
    s = c.sentence or ""
    pos = quote_pos(c)
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
    after = (c.sentence or "")[quote_pos(c) + len(c.quote or ""):]
    m = vocab.RATE_RE.search(after)
    if m:
        unit = m.group(1) or {"daily": "day", "weekly": "week", "monthly": "month",
                              "yearly": "year", "annually": "year",
                              "hourly": "hour"}[m.group(2).lower()]
        return f"per {unit.lower()}"
    before = (c.sentence or "")[:quote_pos(c)]
    if re.search(r"\b(?:averag\w*|a\s+rate\s+of)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$",
                 before, re.I) and re.search(r"\b(?:a|per|each|every)\s+(day|week|month|year)\b",
                                             c.sentence or "", re.I):
        unit = re.search(r"\b(?:a|per|each|every)\s+(day|week|month|year)\b", c.sentence, re.I).group(1)
        return f"per {unit.lower()}"
    subj = (c.subject or "").lower()
    if re.search(r"\b(daily|per day|a day)\b", subj):
        return "per day"
    if re.search(r"\b(weekly|per week|a week)\b", subj):
        return "per week"
    return ""


_EITHER = re.compile(r"\b(?:killed|dead|died|death)\s+(?:or|and/or)\s+(?:wounded|injured|injury)\b|"
                     r"\b(?:wounded|injured)\s+(?:or|and/or)\s+(?:killed|dead)\b", re.I)
_RELATIVE = {"who", "which", "that", "whose", "whom", "where", "when", "while", "although",
             "though", "because"}


_STOP_FORWARD = _RELATIVE | {"once", "after", "before", "as", "until", "if", "since", "unless"}
#: the figure follows a light verb or preposition: what it measures is said before it
_LIGHT_BEFORE = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|rose|risen|rises|rise|rising|climb(?:ed|s|ing)?|stands?|stood|standing|"
    r"put|puts|passe[sd]|pass|passing|top(?:ped|s|ping)?|exceed(?:ed|s|ing)?|hit|near(?:ed|s|ing)?|"
    r"bring(?:ing|s)?|brought|"
    r"rais(?:ed|es|ing)|revis(?:ed|es|ing)|now|at|to|of|was|were|is|are|be|been|total(?:led|ed|s)?)"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|an\s+estimated))?\s*$",
    re.I)


def _state_in(text: str, forward: bool, window: int = 12) -> str | None:
    """The nearest word of `text` that names a state, reading away from the figure."""
    if _EITHER.search(text):
        return "casualty"
    for rx, fam in vocab.STATE_PHRASES:
        if rx.search(text[:80] if forward else text[-80:]):
            return fam
    words = re.findall(r"[a-z]+", text.lower())
    if forward:  # a relative or time clause describes another noun ("forces who occupied"),
        # unless it opens right after the figure ("the 14,000 who walked out")
        stop = next((k for k, w in enumerate(words) if w in _STOP_FORWARD and k > 1), len(words))
        order: range = range(min(stop, window))
    else:
        order = range(len(words) - 1, max(-1, len(words) - 1 - window), -1)
    for k in order:
        w = words[k]
        if k > 0 and words[k - 1] == "to" and w not in vocab.STATE_ADJECTIVES:
            continue  # "12,000 soldiers are in X to fight": a purpose, not what happened
        if w in vocab.NOT_STATES:
            continue
        fam = vocab.event_family(w, None, "")
        if fam in vocab.EVENT_LABEL:
            return fam
    return None


def infer_event(c: Claim, sentence_fallback: bool = True) -> str | None:
    """The state a figure's clause gives it: the nearest state word after the figure, else
    before it ("killed or wounded" is a casualty; "1,412 people had been confirmed dead");
    after a light verb ("the death toll rose to 27") the words before it come first."""
    before, after = clause(c)
    whole = f"{before} # {after}"
    for rx, fam in vocab.STATE_PHRASES:
        if rx.search(whole):
            return fam
    if _LIGHT_BEFORE.search(before):
        found = _state_in(before, False, 20) or _state_in(after, True)
    else:
        found = _state_in(after, True) or _state_in(before, False, 20)
    if found or not sentence_fallback:
        return found
    # the clause says nothing: the sentence before it may ("casualty rates …, possibly reaching 50%")
    return _state_in((c.sentence or "")[:quote_pos(c)], False, 20)


_APPOSITION = re.compile(r"\b(?:its|their|the|a|an|his|her)\s+([a-z]+)\s+of\s+"
                         r"(?:about|around|some|nearly|roughly|almost|more\s+than|over)?\s*$", re.I)


def _fits_class(fam: str, unit: str | None, cls: str) -> bool:
    """A state that can belong to this kind of figure (money is spent, people are killed,
    a magnitude has no state)."""
    if (unit or "").lower() in vocab.MEASURE_NOUNS or cls in ("length", "mass"):
        return False
    if fam in vocab.MONEY_EVENTS and (cls == "people" or cls.startswith("count:")):
        return False
    if fam in vocab.PEOPLE_STATES and cls.startswith(("money:", "area")):
        return False
    return True


def claim_event(c: Claim, unit: str | None, cls: str) -> str:
    """The claim's state: the noun it is given as ("its workforce of 37,500"), else its own
    event unless that is a verb of saying, doubt or a light verb or does not fit the kind of
    figure, then the clause's state word, then what the unit implies ("deaths")."""
    before, _ = clause(c)
    m = _APPOSITION.search(before)
    if m and m.group(1).lower() not in vocab.APPOSITION_FILLERS and not vocab.is_report_or_light(m.group(1)):
        fam = vocab.event_family(m.group(1), unit, cls)
        return fam if fam in vocab.EVENT_LABEL else vocab.singular(m.group(1).lower())
    own = (c.event or "").strip().lower()
    if own and (vocab.is_report_or_light(own) or own == (unit or "").lower()
                or vocab.singular(own) in vocab.PEOPLE_WORDS):
        own = ""
    fam = vocab.event_family(own, unit, cls) if own else "-"
    if fam != "-" and not _fits_class(fam, unit, cls):
        fam = "-"
    if fam == "-" or fam not in vocab.EVENT_LABEL:
        inferred = infer_event(c, sentence_fallback=fam == "-")
        if inferred and _fits_class(inferred, unit, cls):
            fam = vocab.event_family(inferred, unit, cls)
        elif fam == "-":
            fam = vocab.event_family(None, unit, cls)
    if fam == "leave" and cls == "people":
        fam = "deploy"  # troops that left for the front were sent
    if cls == "people" and vocab.unit_class(unit, c.kind)[1] == "vote" and fam in ("control", "-"):
        fam = "vote"  # seats are won, held or taken: one count
    return fam if _fits_class(fam, unit, cls) or fam == "-" else "-"


# ---- owners, waves, projections ------------------------------------------------------------

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


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", text)}


def projection_of(c: Claim) -> bool:
    """The text gives the figure as a forecast, plan, target or possibility, not a count."""
    before, after = clause(c)
    window = f"{before} {after}"
    return bool(vocab.PROSPECTIVE_RE.search(window) or vocab.FORECAST_RE.search(window)
                or _words(c.subject or "") & vocab.PROSPECTIVE_SUBJECT)


def phase_of(c: Claim, event: str, published: date | None, figures_in_sentence: int,
             people: bool = True) -> str:
    """total | additional | prospective: a new wave, or a possible future new wave, is its
    own fact; a projection of the same quantity ("the toll could reach 3,000") is not."""
    before, after = clause(c)
    subj = c.subject or ""
    t = parse_time(c.time)
    markers = set(vocab.ADDITIONAL_WORDS)
    if event in vocab.HARM_EVENTS:
        markers.discard("another")  # "300 killed and another 2,700 wounded"
    s = c.sentence or ""
    pos = quote_pos(c)
    if event not in vocab.HARM_EVENTS and figures_in_sentence <= 1:
        text = f"{s[:pos]} # {s[pos + len(c.quote or ''):]}"
    else:
        text = f"{before} # {after}"
    wave = bool(_words(_BOUND_MORE.sub(" ", subj)) & markers & vocab.SUBJECT_WAVE) or _marks_wave(
        _BOUND_MORE.sub(" ", text), markers, c.unit, people)
    future = projection_of(c) and not (t and published and t[0] <= published)
    if future and wave:
        return "prospective"  # a possible new wave, not a projection of the same quantity
    return "additional" if wave else "total"


_NUMBER_WORDS = set("""two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen twenty thirty forty fifty hundred hundreds thousand thousands dozen dozens""".split())


def _marks_wave(text: str, markers: set[str], unit: str | None, people: bool = True) -> bool:
    """A marker counts only when it qualifies this figure: right before it ('an additional #',
    'a further #') or right after it ('# more'), before a wave noun ('the latest deployment'),
    or, in a clause holding no other figure, before the counted noun ('more troops')."""
    toks = [t.lower() for t in re.findall(r"#|\d[\d,.]*|[A-Za-z][A-Za-z-]*", text)]
    if "#" not in toks:
        return False
    at = toks.index("#")
    others = any(re.fullmatch(r"\d[\d,.]*", t) or t in _NUMBER_WORDS for t in toks)
    heads = set(vocab.WAVE_NOUNS)
    if unit and not others:
        u = unit.lower().split()[-1]
        heads |= {u, vocab.singular(u)}
        if people:
            heads |= set(vocab.PEOPLE_WORDS)
    near = markers & vocab.WAVE_MARKERS
    if any(t in near for t in toks[max(0, at - 2):at]) or (at + 1 < len(toks) and toks[at + 1] in near):
        return True
    for k, tok in enumerate(toks):
        if tok in markers and any(t in heads or vocab.singular(t) in heads for t in toks[k + 1:k + 4]):
            return True
    return False


def measure_words(c: Claim, claimant: str | None) -> frozenset[str]:
    return frozenset(measure_surface(c, claimant))


def measure_surface(c: Claim, claimant: str | None) -> dict[str, str]:
    """Content words near the figure that say what it measures ("vaccination coverage",
    "Civic Union … vote", "defence spending"), without the claimant's name, verbs of
    saying, light verbs, times and numbers: shares and amounts meet only when these agree."""
    before, after = clause(c)
    coordination = r"\s(?:and|or|but|while)\s"
    before = re.split(coordination, before)[-1]  # "13.1 billion and education 10.4"
    after = re.split(coordination, after)[0]
    subject = re.split(coordination, c.subject or "")[0]
    who = {vocab.singular(w) for w in re.findall(r"[a-z]+", (claimant or "").lower())}
    who |= {vocab.singular(w) for w in re.findall(r"[a-z]+", (c.unit or "").lower())}
    who |= {vocab.singular(w) for v in c.via or [] for w in re.findall(r"[a-z]+", str(v).lower())}
    who |= {vocab.singular(w) for a in c.claimant_aliases or [] for w in re.findall(r"[a-z]+", str(a).lower())}
    text = " ".join([before[-80:], after[:60], subject])
    out: dict[str, str] = {}
    for w in re.findall(r"[A-Za-z][A-Za-z-]+", text):
        lw = vocab.singular(w.lower())
        if (lw in vocab.STOPWORDS or lw in vocab.DETERMINERS or lw in _MONTHS or lw in who
                or vocab.is_report_or_light(lw) or lw in vocab.FILLER_WORDS or len(lw) < 3):
            continue
        out.setdefault(stem(lw), w if w[:1].isupper() and w[1:].islower() and len(w) > 3 and w.lower() != lw else lw)
    return out


def stem(word: str) -> str:
    """Crude stem so that 'contained' and 'containment' meet."""
    for suffix in ("ments", "ment", "ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# ---- the feature table ----------------------------------------------------------------------


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


_EARLIER_RE = re.compile(r"\b(?:initially|originally|at first|first\s+[a-z]+ed|previously|earlier|formerly|"
                         r"at the (?:outset|start)|at (?:its|the) (?:peak|height))\b", re.I)


def _earlier(c: Claim, after: str) -> bool:
    """The text marks the figure as an earlier state: "Initially, troops seized 1,000 km²",
    "from 1,000 km² at its peak" (not "seized 1,000 … and now control 400")."""
    before = re.split(r"\s(?:and|but|while|whereas)\s", (c.sentence or "")[:quote_pos(c)])[-1]
    # A marker right after an earlier figure is that figure's: "from 1,000 km² at its peak,
    # the area has shrunk to 400" marks the 1,000, and the 400 is the present state.
    owned = [m.end() for m in _MARKED_NUMBER.finditer(before)]
    if owned:
        before = before[owned[-1]:]
    return bool(_EARLIER_RE.search(before) or _PEAK_AFTER.search(after))


_PEAK_AFTER = re.compile(r"^[^,;]{0,40}\bat\s+(?:its|the)\s+(?:peak|height|start|outset)\b", re.I)
_MARKED_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?" + _PEAK_AFTER.pattern[1:], re.I)


def _sibling_unit(c: Claim, firm: dict[tuple[str, str], list[Claim]]) -> str | None:
    """Unit of the nearest figure of the same sentence: "300 soldiers killed and 2,700
    injured" counts soldiers twice (ellipsis)."""
    best = None
    for other in firm.get((c.doc, c.sentence), []):
        if other is c or (other.kind != c.kind and {other.kind, c.kind} != {"count", "rate"}):
            continue
        gap = abs(other.span[0] - c.span[0])
        if best is None or gap < best[0] or (gap == best[0] and other.span[0] < c.span[0]):
            best = (gap, other.unit)
    return best[1] if best else None


def _implied_unit(c: Claim) -> str | None:
    """A figure without a counted noun whose clause says what happened to people counts
    people: "toll passes 1,200", "At least 9,800 have been wounded", "with 214 aboard"."""
    state = infer_event(c)
    if state and vocab.event_family(state, None, "") in vocab.PEOPLE_STATES:
        if state == "need" and _NEEDED_WHAT.search((c.sentence or "")[:max(quote_pos(c), 0)]):
            return None  # "we needed twelve" (tankers): what is needed, not people in need
        return "person"
    return None


_NEEDED_WHAT = re.compile(r"\bneed(?:s|ed)?\s+(?:only\s+|just\s+|another\s+|at\s+least\s+)?$", re.I)


def _toll_unit(c: Claim, unit: str | None) -> str | None:
    """'Meridian ferry toll rises to 41': the figure counts the toll's dead, not ferries."""
    before, _ = clause(c)
    if _LIGHT_BEFORE.search(before) and re.search(r"\btoll\b", before, re.I):
        return "person"
    return vocab.UNIT_ALIAS.get((unit or "").lower(), unit)


_RESIDUAL = re.compile(r"\b(?:still|remain(?:s|ed|ing)?|left)\b", re.I)


def _residual(c: Claim) -> bool:
    """The figure is what remains of a count ("19 were still trapped", "40,000 remain in
    camps"): a later state of the count, not a rival figure for the same moment."""
    s = c.sentence or ""
    pos = quote_pos(c)
    return bool(_RESIDUAL.search(s[max(0, pos - 25):pos + len(c.quote or "") + 30]))


def _words_of(c: Claim, who: str | None) -> dict[str, Any]:
    surface = measure_surface(c, who)
    return {"words": frozenset(surface), "surface": surface}


def _is_headline(c: Claim, meta: dict) -> bool:
    """A figure in the report's headline: headlines round ("toll nears 7,000")."""
    title = str((meta or {}).get("title") or "").strip() if isinstance(meta, dict) else ""
    return bool(title) and (c.sentence or "").strip() in (title, title.rstrip("."))


RowsOf = Callable[[list[Claim], dict[str, dict], Canon], list["Row"]]  # doc_rows, or a cached stand-in


def claim_rows(claims: list[Claim], docs_meta: dict[str, dict], actor_of: dict[str, str],
               canon: Canon | None = None, rows_of: RowsOf | None = None) -> tuple[list[Row], list[str]]:
    """Feature rows for the valid claims, and a reason for each skipped one (`canon`:
    Canon(actor_of) when the caller built it already).

    Most of a row is read from its own report (`doc_rows`, one report at a time); only the
    display name of its claimant and the time it holds look across reports. `rows_of` stands
    in for doc_rows (a caller that keeps each report's rows between runs passes a cached one)."""
    skipped: list[str] = []
    good: list[Claim] = []
    for n, c in enumerate(claims or []):
        why = _valid(c)
        if why:
            skipped.append(f"claim {n}: {why}")
        else:
            good.append(c)
    canon = canon if isinstance(canon, Canon) else Canon(actor_of)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(good):
        by_doc[c.doc].append(k)
    placed: list[Row | None] = [None] * len(good)
    for positions in by_doc.values():
        for k, row in zip(positions, (rows_of or doc_rows)([good[k] for k in positions], docs_meta, canon),
                          strict=True):
            placed[k] = row
    rows = [r for r in placed if r is not None]
    spelling: dict[str, str] = {}  # one display name per actor however it is cased
    for i, r in enumerate(rows):
        r.i = i
        spelled = _spelled(r.claimant, spelling)
        if spelled != r.claimant:  # the words near the figure leave the claimant's name out
            r.claimant = spelled
            for key, value in _words_of(r.claim, spelled).items():
                setattr(r, key, value)
    _effective_times(rows)
    return rows, skipped


def doc_rows(claims: list[Claim], docs_meta: dict[str, dict], canon: Canon) -> list[Row]:
    """Rows of valid claims of one report, before claim_rows numbers them and looks across
    reports: pure in the claims, the report's metadata and the canonical names of its
    claimants, so it can be kept between runs."""
    per_sentence = Counter((c.doc, c.sentence) for c in claims if not c.derived)
    firm: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if not c.derived and vocab.clean_unit(c.unit):
            firm[(c.doc, c.sentence)].append(c)
    story_of = story_map(claims, docs_meta)
    rows: list[Row] = []
    for i, c in enumerate(claims):
        unit = _toll_unit(c, vocab.clean_unit(c.unit))
        junk_unit = unit is None and c.kind in ("count", "rate")
        if junk_unit:
            unit = _sibling_unit(c, firm) or _implied_unit(c)
            junk_unit = unit is None
        cls, fam, factor = vocab.unit_class(unit, c.kind)
        event = claim_event(c, unit, cls)
        if event == "employ" and cls.startswith("count:"):
            cls, fam, factor = vocab.unit_class("person", c.kind)  # "a workforce of 37,500" counts people
        elif event == "deploy" and cls == "people" and fam not in ("personnel", "officer", "general",
                                                                    "commander"):
            event = "displace"  # residents moved to higher ground were moved from their homes
        meta = docs_meta.get(c.doc, {}) if isinstance(docs_meta, dict) else {}
        published = parse_time(meta.get("published") if isinstance(meta, dict) else None)
        pub = published[1] if published else None
        headline = _is_headline(c, meta)
        lo, hi = interval(float(c.low), c.high, "approx" if headline and c.bound == "exact" else c.bound)
        before, after = clause(c)
        who = canon(c.claimant, c.claimant_aliases) or None
        rows.append(Row(
            i=i, claim=c, cls=cls, fam=fam, factor=factor, event=event, rate=rate_of(c),
            phase=phase_of(c, event, pub, per_sentence[(c.doc, c.sentence)], cls == "people"),
            owner=owner_tokens(c.subject), lo=lo * factor, hi=hi * factor,
            claimant=who, outlet=outlet_of(c.doc, docs_meta),
            extra={"published": published, "junk_unit": junk_unit, "unit": unit},
            story=story_of.get(c.doc, ""), earlier=_earlier(c, after),
            projection=projection_of(c), residual=_residual(c), **_words_of(c, who),
            loose=junk_unit or (event == "-" and cls in ("people", "area"))))
    _inherit_owners(rows)
    return rows


def renamed_rows(rows: list[Row], canon: Canon) -> list[Row]:
    """doc_rows made under another actor map, as this one makes them: the map decides only
    the claimant's name and, through it, the words near the figure that leave it out."""
    for r in rows:
        who = canon(r.claim.claimant, r.claim.claimant_aliases) or None
        if who != r.claimant:
            r.claimant = who
            for key, value in _words_of(r.claim, who).items():
                setattr(r, key, value)
    return rows


def _inherit_owners(rows: list[Row]) -> None:
    """'300 North Korean soldiers had died and 2,700 had been wounded': the second figure
    counts the same people; it takes the owner of the nearest figure of its sentence."""
    by_sentence: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        by_sentence[(r.claim.doc, r.claim.sentence)].append(r)
    for group in by_sentence.values():
        for r in group:
            if r.owner or r.cls != "people":
                continue
            near = [x for x in group if x.owner and x.cls == r.cls and vocab.people_compatible(x.fam, r.fam)
                    or (x.owner and x.cls == r.cls and x.fam == "person")]
            if near:
                r.owner = min(near, key=lambda x: abs(x.claim.span[0] - r.claim.span[0])).owner


def story_map(claims: list[Claim], docs_meta: dict[str, dict]) -> dict[str, str]:
    """Which story each document belongs to: figures of different stories never meet.

    Stories are link.stories' job (conclude groups the reports first and passes each
    report's story in docs_meta["story"]); a caller that gives none hands over one story."""
    meta = docs_meta if isinstance(docs_meta, dict) else {}
    return {c.doc: str((meta.get(c.doc) or {}).get("story") or "") if isinstance(meta.get(c.doc), dict) else ""
            for c in claims}


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
