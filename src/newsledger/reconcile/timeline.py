"""One dated timeline across reports: events that several outlets state are merged.

Two events merge when their dates are compatible (the intervals overlap and neither is
more than three times as long as the other, the rule the gold uses for times; or a week
lies inside a month), their descriptions share content lemmas (nouns, verbs,
adjectives, numbers; overlap coefficient; verbs of one family and a country's names folded,
so "sent" meets "deployed" and "Pyongyang" meets "North Korean"), they do not give
different figures, and their claimants do not disagree (same name, one inside the other,
an acronym of the other, or one unknown) unless both give the same figure for it: relayed
reports name the chain differently. Events are blocked by the months they cover, so each
one is compared only with entries of its own months, not with every other event.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from newsledger.extract.lexicon import MEDIA_NAMES
from newsledger.extract.nlp import get_nlp
from newsledger.extract.timex import value_bounds
from newsledger.link.names import Canon
from newsledger.model import Event, TimelineEntry
from newsledger.reconcile.vocab import DEMONYMS, word_family

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Verbs of saying add nothing to what happened: "X said troops left" and "Y reported troops left" agree.
GENERIC_LEMMAS = frozenset(
    """say tell report claim announce confirm state write add note cite accord be have do make
    also first other""".split()
)
MIN_OVERLAP = 0.5  # share of the shorter description's content lemmas found in the other
MIN_SHARED = 2
LOOSE_OVERLAP, LOOSE_SHARED = 0.4, 3  # or a little less of it when three or more lemmas agree
MAX_RATIO = 3.0
# Merging allows a little more than the scorer's 3x, so that a third of a month ("early
# August", 10 days) still merges with the whole month (31 days).
MERGE_RATIO = 3.5
MAX_BLOCK_MONTHS = 24  # a longer interval is indexed under its first months only
COMMON_SHARE = 0.2  # a word in more than this share of a run's events (at least ten) is common
NEST_RATIO = 4.5  # "the first week of February" inside "this month" (asks more of the words)
_COUNTRY_WORDS = frozenset(w for v in DEMONYMS.values() for w in v.split())


def content_lemmas(texts: Iterable[str]) -> list[frozenset[str]]:
    """Lower-case lemmas of the content words of each text (tagger and lemmatizer only)."""
    texts = [t if isinstance(t, str) else "" for t in texts]
    nlp = get_nlp()
    off = [p for p in ("parser", "ner") if p in nlp.pipe_names]
    out: list[frozenset[str]] = []
    for doc in nlp.pipe(texts, disable=off):
        lemmas = set()
        for t in doc:
            if t.pos_ not in CONTENT_POS or t.is_stop or t.is_punct:
                continue
            lemma = t.lemma_.lower().strip("'’.-")
            if t.pos_ == "NUM":
                lemma = re.sub(r"[,\s]", "", t.text)
            if lemma and lemma not in GENERIC_LEMMAS:
                lemmas.add(lemma)
        out.append(frozenset(lemmas))
    return out


def _fold(lemma: str) -> frozenset[str]:
    """A lemma as the merge compares it: its event family, or a country's name for a demonym."""
    if lemma in DEMONYMS:
        return frozenset(DEMONYMS[lemma].split())
    if lemma.endswith("n") and lemma[:-1] in _COUNTRY_WORDS:  # "korean" -> "korea"
        return frozenset({lemma[:-1]})
    return frozenset({word_family(lemma) or lemma})


def event_words(texts: Iterable[str]) -> list[frozenset[str]]:
    """Content lemmas of each description, folded for merging (see `_fold`)."""
    return [frozenset().union(*(_fold(w) for w in lem)) if lem else frozenset() for lem in content_lemmas(texts)]


def _numbers(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w[:1].isdigit())


def mergeable_dates(a: tuple[date, date], b: tuple[date, date]) -> str | None:
    """"compatible" (MERGE_RATIO), "contained" (one inside the other, NEST_RATIO), or None."""
    if compatible_dates(a, b, MERGE_RATIO):
        return "compatible"
    inner, outer = sorted((a, b), key=lambda iv: (iv[1] - iv[0]).days)
    if outer[0] <= inner[0] and inner[1] <= outer[1] and compatible_dates(a, b, NEST_RATIO):
        return "contained"
    return None


def relay(name: str | None) -> bool:
    """A news organisation: it passes a statement on, so its name never disagrees with a source's."""
    low = f" {' '.join(re.findall(r'[a-z0-9]+', (name or '').lower()))} "
    return any(f" {m} " in low for m in MEDIA_NAMES) or bool(
        re.search(r" (?:news agency|media|media outlets?|newspaper|magazine|broadcaster) $", low))


def same_event(a: tuple[Event, frozenset[str]], b: tuple[Event, frozenset[str]],
               common: frozenset[str] = frozenset(), contained: bool = False) -> bool:
    """Descriptions alike, no two different figures, claimants that agree.

    Words most events of the run share (`common`: "North Korean troops") cannot carry a
    merge alone where the evidence is weaker: dates that only lie inside one another
    (`contained`), a figure stated on one side only (unless both give the very same period),
    or two named sources (a news agency on the same date relays; two sources giving the same
    figure tell one event)."""
    (ea, la), (eb, lb) = a, b
    if not similar(la, lb):
        return False
    na, nb = _numbers(la), _numbers(lb)
    if na and nb and not na & nb:
        return False  # "300 killed" and "4,000 casualties" are two statements
    specific = overlap(la - common, lb - common) >= MIN_OVERLAP
    same_date = ea.when == eb.when
    if (contained or (bool(na) != bool(nb) and not (same_date and "/" in ea.when))) and not specific:
        return False  # a figure on one side only, or dates that merely nest: story words are not enough
    if same_claimant(ea.claimant, eb.claimant) or (same_date and (relay(ea.claimant) or relay(eb.claimant))):
        return True  # a news agency relaying the source, on the very same date
    return specific or (bool(na & nb) and overlap(la, lb) >= MIN_OVERLAP)


def compatible_dates(a: tuple[date, date], b: tuple[date, date], max_ratio: float = MAX_RATIO) -> bool:
    """Intervals overlap and neither is more than `max_ratio` times as long as the other."""
    if a[0] > b[1] or b[0] > a[1]:
        return False
    la, lb = (a[1] - a[0]).days + 1, (b[1] - b[0]).days + 1
    return max(la, lb) <= max_ratio * min(la, lb)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient; 0 when either side is empty or they share fewer than MIN_SHARED lemmas."""
    shared = len(a & b)
    if not a or not b or shared < MIN_SHARED:
        return 0.0
    return shared / min(len(a), len(b))


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two descriptions tell the same happening (see MIN_OVERLAP and LOOSE_OVERLAP)."""
    score = overlap(a, b)
    return score >= MIN_OVERLAP or (score >= LOOSE_OVERLAP and len(a & b) >= LOOSE_SHARED)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", name) if w.lower() not in ("of", "the", "for", "and"))


def same_claimant(a: str | None, b: str | None) -> bool:
    """Unknown on either side, one name inside the other, an acronym of it, or most words shared."""
    if not a or not b:
        return True
    x, y = a.lower().strip(), b.lower().strip()
    if x in y or y in x:
        return True
    words_x, words_y = set(re.findall(r"[A-Z]{2,}", a)), set(re.findall(r"[A-Z]{2,}", b))
    if (words_x and _acronym(b) in words_x) or (words_y and _acronym(a) in words_y):
        return True
    tx, ty = set(re.findall(r"\w+", x)), set(re.findall(r"\w+", y))
    return bool(tx and ty) and len(tx & ty) / len(tx | ty) >= 0.5


def _name_words(name: str | None, what: str) -> frozenset[str]:
    """The words of a claimant's name where the description names it ("The New York Times
    reported …"): who speaks is compared apart from what happened."""
    if not name or name.lower() not in what.lower():
        return frozenset()
    return frozenset().union(*(_fold(w) for w in re.findall(r"[a-z0-9]+", name.lower())))


def _months(iv: tuple[date, date]) -> list[tuple[int, int]]:
    out = []
    y, m = iv[0].year, iv[0].month
    while (y, m) <= (iv[1].year, iv[1].month) and len(out) < MAX_BLOCK_MONTHS:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _entry(members: list[tuple[Event, tuple[date, date], frozenset[str]]]) -> TimelineEntry:
    """The merged entry: the most stated date (the most precise on a tie), the most central description."""
    whens = Counter(e.when for e, _, _ in members)
    span_of = {e.when: (iv[1] - iv[0]).days for e, iv, _ in members}
    when = min(whens, key=lambda w: (-whens[w], span_of[w]))
    central = max(
        members,
        key=lambda m: (sum(overlap(m[2], o[2]) for o in members if o is not m), -len(m[0].what)),
    )
    claimants = Counter(e.claimant for e, _, _ in members if e.claimant)
    # The claimant shown must speak in the sentence shown: an event with no claimant merges
    # with anyone's, so the group's most common claimant may belong to another report's
    # sentence. Borrow one only when several members state it.
    who = central[0].claimant
    if not who and claimants and claimants.most_common(1)[0][1] >= 2:
        who = claimants.most_common(1)[0][0]
    evidence = [
        {"doc": e.doc, "sentence": e.sentence, "span": list(e.span), "when": e.when,
         "what": e.what, "claimant": e.claimant}
        for e, _, _ in members
    ]
    return TimelineEntry(
        when=when,
        what=central[0].what,
        claimant=who,
        docs=sorted({e.doc for e, _, _ in members}),
        evidence=evidence,
    )


def _joinable(a: list, b: list, common: frozenset[str]) -> bool:
    """Two groups tell one event: every date pair merges, no sentence twice, one pair alike and
    no pair of disagreeing claimants without the evidence `same_event` asks for."""
    alike = False
    for ea, iva, la in a:
        for eb, ivb, lb in b:
            how = mergeable_dates(iva, ivb)
            if not how or (ea.doc == eb.doc and ea.sentence == eb.sentence):
                return False
            same = same_event((ea, la), (eb, lb), common, how == "contained")
            if not same and not same_claimant(ea.claimant, eb.claimant):
                return False
            alike = alike or same
    return alike


def _join_groups(groups: list[list], common: frozenset[str]) -> list[list]:
    """Second pass: the greedy first pass may open two groups for one event when the event
    that links them comes later ("fighting since early August" before "the August incursion")."""
    changed = True
    while changed:
        changed = False
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                if groups[x] and groups[y] and _joinable(groups[x], groups[y], common):
                    groups[x].extend(groups[y])
                    groups[y] = []
                    changed = True
    return [g for g in groups if g]


def merge_timeline(events: list[Event], actor_of: dict[str, str] | Canon | None = None,
                   words: dict[str, frozenset[str]] | None = None) -> list[TimelineEntry]:
    """Merge events from different reports into dated entries, sorted by date (intervals by start).

    Claimants are named by their canonical actor (`actor_of`, from link.actors). Events whose
    `when` is not a time value are left out; never raises on junk. `words` maps an event's
    description to its `event_words` when the caller has them (one spaCy pass for many
    stories); descriptions missing from it are parsed here.
    """
    canon = actor_of if isinstance(actor_of, Canon) else Canon(actor_of)  # one Canon for many stories
    usable = [(replace(e, claimant=canon(e.claimant, doc=e.doc)), iv) for e in events or []
              if isinstance(e, Event) and (iv := value_bounds(e.when))]
    if not usable:
        return []
    usable.sort(key=lambda p: (p[1][0], p[1][1], p[0].doc))
    words = dict(words or {})
    missing = sorted({e.what for e, _ in usable if e.what not in words}, key=str)
    words.update(zip(missing, event_words(missing), strict=True))
    lemmas = [words[e.what] - _name_words(e.claimant, e.what) for e, _ in usable]
    df = Counter(w for lem in lemmas for w in lem)
    common = frozenset(w for w, n in df.items() if n > COMMON_SHARE * len(lemmas) and len(lemmas) >= 10)
    groups: list[list[tuple[Event, tuple[date, date], frozenset[str]]]] = []
    by_month: dict[tuple[int, int], list[int]] = defaultdict(list)
    for (event, iv), lem in zip(usable, lemmas, strict=True):
        best, best_score = None, 0.0
        candidates = {g for month in _months(iv) for g in by_month[month]}
        for g in sorted(candidates):
            members = groups[g]
            if any(e.doc == event.doc and e.sentence == event.sentence for e, _, _ in members):
                continue  # two events of one sentence are two events
            dates = [mergeable_dates(iv, miv) for _, miv, _ in members]
            if not all(dates):
                continue
            agree = [same_event((event, lem), (e, mlem), common, how == "contained")
                     for (e, _, mlem), how in zip(members, dates, strict=True)]
            if not all(agree[k] or same_claimant(event.claimant, e.claimant) for k, (e, _, _) in enumerate(members)):
                continue
            score = max((overlap(lem, mlem) for k, (_, _, mlem) in enumerate(members) if agree[k]), default=0.0)
            if score and any(e.when == event.when for e, _, _ in members):
                score += 0.01  # on a tie, the entry that gives the very same date
            if score > best_score:
                best, best_score = g, score
        if best is None:
            groups.append([])
            best = len(groups) - 1
        groups[best].append((event, iv, lem))
        for month in _months(iv):
            if best not in by_month[month]:
                by_month[month].append(best)
    groups = _join_groups(groups, common)
    entries = [_entry(members) for members in groups if members]
    entries.sort(key=lambda t: (value_bounds(t.when) or (date.max, date.max), t.what))
    return entries
