"""As of when a figure holds: which of a sentence's time expressions dates which figure.

`timex` finds and resolves the time expressions of a sentence; this module chooses among
them with the parse, figure by figure, in the order the gold annotates:

1. a time in the figure's own clause, or in a participle on its noun ("deaths recorded
   since mid-October", "the record of 5.8m set in 1998"), nearest first;
2. the time a clause hangs from ("since 1996, when 31 people died"), or a short time of an
   event clause of the figure's clause ("killed when the plane crashed on Tuesday");
3. the time of the clause the figure's clause depends on ("walked out on Monday, leaving
   140 ships at anchor"; "cut by a third last year to save £2.4m");
4. when the claim was made ("said on Tuesday", "a poll released on Monday found");
5. the publication date for a state now ("currently", "now", "has risen to").

A time inside a comparison ("up from 31 a week ago", "than in 2021", "the highest since
2020") dates the compared figure, not the others; "so far" in a report dated earlier
("..., the office said last week") holds as of that statement.
"""

from __future__ import annotations

import calendar
import re
from datetime import timedelta

from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution import EVIDENCE_VERBS, Attribution, dominates
from newsledger.extract.counted import clause_of
from newsledger.extract.timex import (
    NUMBER_WORDS,
    WEEKDAYS,
    YEAR_WRITTEN,
    find_times,
    format_value,
    value_bounds,
)
from newsledger.model import TimeRef

TimeHead = tuple[TimeRef, Span | None]

PRESENT_MARKERS = frozenset({"still", "now", "currently", "presently"})
TEMPORAL_MARKS = frozenset({"when", "as", "while", "during", "with"})
SAME_DAY_WORDS = frozenset({"soon", "shortly", "just", "right", "immediately", "hours", "minutes", "moments"})
# Prepositions that open the other side of a comparison; "from", "on", "over" only after a
# change word ("up from 31", "an increase on 2024"), since "sent from Rason in May" compares nothing.
COMPARE_PREPS = frozenset({"than", "against", "versus", "vs", "vs.", "compared", "compare"})
CHANGE_WORDS = frozenset({"up", "down", "increase", "rise", "decrease", "fall", "drop", "gain", "jump",
                          "high", "low", "more", "less", "double", "twice", "triple", "half"})
# "a poll released on Monday", "an assessment cited last month": when the source spoke.
PUBLISH_VERBS = frozenset({"publish", "release", "issue", "unveil", "unseal", "cite", "conduct", "carry",
                           "post", "present", "file", "compile", "report"})
# "compared with prior guidance of 4%": an earlier outlook for the period the new figure covers.
OUTLOOK_NOUNS = frozenset({"guidance", "forecast", "outlook", "estimate", "projection", "expectation", "prediction",
                           "consensus", "target", "view"})
# "has risen to 47": a change up to now, in a dated report.
CHANGE_VERBS = frozenset({"rise", "climb", "reach", "increase", "grow", "jump", "fall", "drop", "swell",
                          "mount", "soar", "surge", "hit", "top", "pass", "exceed", "double", "decline"})
NOW_WORDS = re.compile(r"(?i)^(?:so\s+far|thus\s+far|now|currently|presently|to\s+date|till\s+date|at\s+present|"
                       r"right\s+now|as\s+of\s+now|at\s+(?:the|this)\s+moment|as\s+(?:it|things)\s+stands?)$")
SUPERLATIVE = frozenset({"first", "most", "least"})
MULTIPLES = frozenset({"double", "twice", "triple"})
DURATION_UNITS = frozenset({"day", "week", "month", "year", "decade", "hour", "minute"})
# What a share of people does when it answers a poll: its time is the poll's, not its group's.
ANSWER_LEMMAS = frozenset("say tell report answer respond believe think want expect plan support approve oppose "
                          "prefer favor favour agree disagree".split())
EVENT_DAYS = 31  # a time of an event clause dates a figure only when it is this short
# "some 60 metres long": a dimension is a property of the thing, which no event time dates.
# "up from 41,900 a year earlier": the compared figure's time, one year back (timex has no anchor for it).
# "compared to $115.7 million, last year.": the year-ago side, set off at the end of the sentence
LAST_YEAR_TAG = re.compile(r"(?i),\s+(?:last|a)\s+year(?:\s+ago)?\s*[.;]?$")
MONTH_YEAR = re.compile(r"(?:in\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}")
YEAR_BEFORE = re.compile(r"(?i)\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b|\bthe\s+(?:previous|prior)\s+year\b"
                         r"|\byear-ago\b")
DIMENSIONS = frozenset({"long", "wide", "high", "tall", "deep", "thick", "broad", "across"})
# "the 412-kilogram probe": a size glued to its thing describes it, and no event time dates it.
SIZE_UNITS = frozenset({"kilogram", "kg", "tonne", "ton", "pound", "metre", "meter", "kilometre", "kilometer",
                        "km", "mile", "foot", "feet", "inch", "acre", "hectare", "litre", "liter", "gallon",
                        "storey", "story", "megawatt", "seat", "bed", "room", "page"})
# "the major flood level of 9.5 metres": a line a measure is held against, not a measure.
THRESHOLDS = frozenset({"level", "threshold", "limit", "cap", "ceiling"})
# "cut 1,800 jobs after a first-quarter loss": a time on the noun of a prior cause dates the cause.
CAUSE_PREPS = frozenset({"after", "before", "following", "amid", "despite"})


def _days(value: str) -> int:
    iv = value_bounds(value)
    return (iv[1] - iv[0]).days + 1 if iv else 10**6


def _in_comparison(ts: Span, anchor: Token, sentence: str, ref: TimeRef) -> bool:
    """Whether the time sits in a comparison that the figure is not part of."""
    if ref.text.lower().startswith("since") and any(
        t.tag_ == "JJS" or t.lower_ in SUPERLATIVE for t in ts.doc[max(ts.start - 3, 0):ts.start]
    ):
        return True  # "the highest since early 2020"
    # ("18 percent jumps from this time last year": the parser may hang the time's words on two heads;
    # not a range's, "-1.0 percent from 2008 to the present", whose 'from' is no yardstick)
    roots = [ts.root] if re.search(r"(?i)\b(?:to|through|until|and)\b", ts.text) else \
        [node for node in ts if not ts.start <= node.head.i < ts.end or node.head == node]
    return any(_compared_from(node, anchor) for node in roots)


def _compared_from(node: Token, anchor: Token) -> bool:
    """Does the path up from a time's word pass through a comparison the figure is not part of?"""
    clause = clause_of(node)
    if clause == node and node.head != node:  # "up 4.8% on a year earlier": 'earlier' read as a clause of its own
        clause = clause_of(node.head)
    while node.head != node and node != clause:
        head = node.head
        lemma = head.lemma_.lower()
        if lemma in ("below", "above") and node.dep_ == "pobj" and any(
                c.dep_ == "npadvmod" and dominates(c, anchor) for c in head.children):
            return True  # "2 per cent below the 2008 level": the gap is now, the year is the yardstick's
        if head.dep_ == "prep" or head.pos_ in ("ADP", "SCONJ"):
            target = head.head
            if lemma in COMPARE_PREPS or (
                (target.lemma_.lower() in CHANGE_WORDS or target.like_num or target.lower_ in ("%", "percent", "cent")
                 or lemma in ("from", "over") and any(c.dep_ == "advmod" and c.lower_ in ("up", "down")
                                                      for c in target.children))
                and (lemma == "from" or (lemma in ("on", "over", "below", "above") and target.pos_ != "VERB"))
            ):
                return not dominates(head, anchor)
        if (lemma in MULTIPLES or any(c.lemma_.lower() in MULTIPLES for c in head.children)
                or (lemma == "period" and any(c.lower_ == "same" for c in head.children))) and head.i != anchor.i:
            return not dominates(head, anchor)  # "nearly double the number for the same period of last year"
        node = head
    return False


def _tag_of_comparison(ts: Span) -> bool:
    """'…, compared to $115.7 million, last year.': the year set off after a comparison dates its
    other side, not the figure it is compared with."""
    doc = ts.doc
    before = doc[max(ts.sent.start, ts.start - 8):ts.start]
    return bool(LAST_YEAR_TAG.match(doc[ts.start - 1:ts.sent.end].text)) and any(
        t.lower_ in COMPARE_PREPS or t.lower_ in ("from", "versus") for t in before)


def _comparison_of(anchor: Token) -> Token | None:
    """The comparison a figure itself stands in ('down from a peak of 23,000'), if any."""
    node = anchor
    while node.head != node:
        head = node.head
        if head.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj") and head.pos_ in ("VERB", "AUX"):
            return None
        lemma = head.lemma_.lower()
        if lemma == "from" and (node.lower_ in ("to", "into") or any(
                c.lower_ in ("to", "into") and c.i < anchor.i for c in node.children) or node.i != anchor.i and any(
                c.lower_ in ("to", "into") and c.dep_ == "prep" and c.i > node.i for c in head.children)):
            # ("from Rs. 17.92 to Rs. 79.92": the amount hangs on its currency word, 'to' on 'from')
            return None  # "rose from $18.9 trillion to $19.1 trillion" with 'to' hung on 'from' (or read as one
            # range): the level reached
        if (head.dep_ == "prep" or head.pos_ == "ADP") and (
            lemma in COMPARE_PREPS or (lemma == "from" and head.head.lemma_.lower() in CHANGE_WORDS)
        ) and (lemma != "against" or _measure_against(head)):
            if lemma in ("against", "versus", "vs", "vs.") and _another_option(anchor):
                return None  # "29% said Truss, against 28% who chose Starmer": two answers of one day
            return head
        node = head
    return None


def _past_another_yardstick(anchor: Token, ts: Span, compared: Token) -> bool:
    """'57.3 percent lower than the target and 48.6 percent lower than the outturn for the same period in
    2014', the second 'lower' misread as the first one's: a 'than' between the figure and the time sets
    up a yardstick of the figure's own, whose period is not the figure's."""
    return ts.start > anchor.i and any(t.lower_ == "than" and t.i != compared.i for t in anchor.doc[anchor.i : ts.start])


def _another_option(anchor: Token) -> bool:
    """A share set against another for a rival option ('28% who chose Starmer', '40% for Labour'):
    the standings of one poll, not an earlier level."""
    share = anchor if anchor.dep_ == "pobj" else anchor.head
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in c.children)
               or c.dep_ == "prep" and c.lower_ == "for" for c in share.children)


MEASURE_NOUNS = OUTLOOK_NOUNS | THRESHOLDS | frozenset(
    "figure average rate benchmark goal record total number percent % share median baseline capacity quota budget".split())


def _measure_against(prep: Token) -> bool:
    """'against a target of 350', 'against 3.2% a year earlier' compare; 'face off against the EPA,
    18 states' opposes sides."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.like_num or obj.lemma_.lower() in MEASURE_NOUNS
                                or any(c.dep_ in ("nummod", "quantmod") for c in obj.children))


def _earlier_outlook(compared: Token) -> bool:
    """Is the other side of a comparison an earlier outlook ('down from previous guidance of 2.3%')?"""
    objects = [g for c in (compared, *compared.children) for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in OUTLOOK_NOUNS for o in objects)


ESTIMATING = frozenset("estimate forecast project predict expect see put".split())


def _when_estimated(ts: Span) -> bool:
    """'down from the 2.9% it had estimated in July': the day of an earlier estimate, not the period
    the estimate is for (which is the other side's)."""
    node = ts.root
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node.lemma_.lower() in ESTIMATING and node.dep_ in ("relcl", "acl")


def _other_side(compared: Token) -> Token:
    """The figure a comparison hangs on: "$39,014, up from $38,373" -> $39,014 ("up" hangs on the
    figure, or on the verb whose object the figure is); else the comparison's head."""
    other = compared.head
    while not other.like_num and other.head != other and other.dep_ in ("advmod", "prep", "npadvmod"):
        other = other.head
    if other.pos_ in ("VERB", "AUX"):
        other = next((c for c in other.children if c.dep_ in ("attr", "dobj") and c.i < compared.i), other)
    measured = next((g for c in other.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and any(n.dep_ == "nummod" and n.like_num for n in g.children)), None)
    if measured is None and other.pos_ in ("VERB", "AUX"):  # "would grow just 1.1% next year, down from …"
        nums = [t for t in other.subtree if t.like_num and t.i < compared.i]
        measured = (nums[-1].head if nums[-1].head.pos_ == "NOUN" else nums[-1]) if nums else None
    return measured if measured is not None and not other.like_num else other  # "growth of just 2.7%": the 2.7%


def _nouns_of(anchor: Token) -> set[Token]:
    """The figure and the nouns it stands for: '96 deaths' -> deaths; 'the record of 5.8m' -> record;
    'the price of a car sold in October was $39,014' -> price and car (what the copula equates)."""
    out = {anchor}
    if anchor.dep_ in ("nummod", "quantmod", "compound", "amod"):
        out.add(anchor.head)
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        out.add(anchor.head.head)
    top = anchor.head if anchor.dep_ in ("nummod", "quantmod", "compound") else anchor
    if top.dep_ == "attr" and top.head.lemma_ == "be":
        subject = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
        while subject is not None:
            out.add(subject)
            # "the daily rise in deaths announced on Friday was 777": the rise of deaths, so dated
            of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None)
            subject = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return out


def _nearest(cands: list[tuple[TimeRef, Span]], anchor: Token) -> str | None:
    if not cands:
        return None
    # (a tie goes to a time set right after the figure: "0.8pc in 2025 and 1.2pc in 2026")
    def right_after(ts: Span) -> bool:
        return 0 < ts.start - anchor.i <= 2 and all(t.pos_ == "ADP" for t in anchor.doc[anchor.i + 1 : ts.start])
    return min(cands, key=lambda c: (abs(c[1].root.i - anchor.i), not right_after(c[1])))[0].value


def _side_of_flat_change(anchor: Token, heads: list[tuple[TimeRef, Span]]) -> str | None:
    """'increased from 6 in August to 67.3 in October', parsed flat (every phrase on the verb):
    each level takes the time that follows it, up to the other side's phrase."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("from", "to") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    sides = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to")]
    if len(sides) < 2:
        return None
    end = min((c.i for c in sides if c.i > prep.i), default=verb.right_edge.i + 1)
    mine = [(t, ts) for t, ts in heads if prep.i < ts.start < end and (
        ts.root.head.dep_ == "prep" and ts.root.head.head in (verb, anchor)
        and ts.root.head.lower_ in ("in", "on", "during", "at")
        or ts.root.dep_ == "npadvmod" and ts.root.head in (verb, anchor, *sides)
        # "to 28,041 for the same period in 2004": the period the side's own phrase names
        or ts.root.head.lower_ == "in" and ts.root.head.head.lemma_.lower() in ("period", "time", "quarter", "year", "month")
        and ts.root.head.head.head.head in (verb, anchor))]
    return _nearest(mine, anchor)


def _start_of_since(anchor: Token, heads: list[tuple[TimeRef, Span]], published: str | None) -> str | None:
    """'Since March, the bank has raised its rate to 3.25% from 0.25%': the level it moved from is
    the one at the start of the stretch, so March's, not the whole stretch's."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "from" or prep.head.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "prep" and c.lower_ == "to" for c in prep.head.children):
        return None
    since = [t for t, ts in heads if t.text.lower().startswith("since ") and dominates(prep.head, ts.root)
             and not _since_a_superlative(ts)]  # (not "…, the lowest level since he took office last October")
    if len(since) != 1:
        return None
    start = find_times("in " + since[0].text[len("since "):], published)
    return start[0].value if len(start) == 1 else None


def _change_between_sides(anchor: Token, heads: list[tuple[TimeRef, Span]]) -> str | None:
    """'fell by 23% from 36,185 in 2003 to 28,041 … in 2004': a change between two dated levels is
    the later one's (the time on the 'to' side), not the nearest time, which is the start's."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "by" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    sides = {c.lower_: c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to") and c.i > anchor.i}
    if set(sides) != {"from", "to"} or sides["from"].i > sides["to"].i:
        return None
    dated = [(t, ts) for t, ts in heads if sides["from"].i < ts.start and dominates(verb, ts.root)]
    later = [(t, ts) for t, ts in dated if ts.start > sides["to"].i]
    if not later or not any(ts.start < sides["to"].i for _, ts in dated):
        return None
    return later[-1][0].value


def figure_time(
    anchor: Token, attr: Attribution, time_heads: list[TimeHead], published: str | None, sentence: str
) -> str | None:
    """The time the figure refers to (the rules in the module docstring), or None."""
    heads = [(t, ts) for t, ts in time_heads if ts is not None and len(ts)]
    if _is_property(anchor):
        return None
    misread = _year_read_into_range(anchor)
    if misread is not None:  # the year is the other side's, whatever the parse made of it
        heads = [(t, ts) for t, ts in heads if not ts.start <= misread.i < ts.end]
    side = _side_of_flat_change(anchor, heads) or _change_between_sides(anchor, heads) \
        or _start_of_since(anchor, heads, published)
    if side is not None:
        return side
    label = _time_of_label(anchor, heads)
    if label is not None:
        return label
    heads = [(t, ts) for t, ts in heads if not _on_other_figure(ts, anchor) and not _on_prior_cause(ts, anchor)
             and not _in_apposition(ts, anchor) and not (_since_a_superlative(ts) and not dominates(ts.root, anchor))
             and not _in_from_side(ts, anchor) and not _in_other_parenthesis(ts, anchor)
             and not (AHEAD.search(t.text) and _figure_between(anchor, ts)) and not _of_earlier_forecast(ts)
             and not _birth_date(ts) and not _maturity(ts)]
    if _glued_size(anchor):
        published_by = [(t, ts) for t, ts in heads if _published_by(ts)]
        return claim_statement_time(attr, time_heads) or _nearest(published_by, anchor)
    compared = _comparison_of(anchor)
    if compared is not None:  # "down from a peak of 23,000 (on Sunday)": only a time of its own
        inside = [(t, ts) for t, ts in heads if (dominates(compared, ts.root)
                  or (ts.start > anchor.i and "," not in ts.doc[anchor.i:ts.start].text)) and not _when_estimated(ts)
                  and not _past_another_yardstick(anchor, ts, compared)]
        value = _nearest(inside, anchor)
        if YEAR_BEFORE.search(anchor.doc[anchor.i:compared.right_edge.i + 1].text) or LAST_YEAR_TAG.match(
                anchor.doc[compared.right_edge.i + 1:min(compared.right_edge.i + 5, anchor.sent.end)].text):
            # "up from $38,373 a year ago": the other side's period a year back, when it has one
            other = _other_side(compared)
            return _year_before(figure_time(other, attr, time_heads, published, sentence)) or value
        if value is None and (_earlier_outlook(compared) or any(_when_estimated(ts) and dominates(compared, ts.root)
                                                                for _, ts in heads)):
            # "will be 3.5%, compared with prior guidance of 4.0%": the old outlook was for the same period
            value = figure_time(_other_side(compared), attr, time_heads, published, sentence)
        if value is None and compared.lemma_.lower() in COMPARE_PREPS:
            # "In 2021, X reported 6.2%, compared with 5.4% statewide": a time set off at the head of
            # the sentence frames both sides of a comparison (not the start of a change: "up from")
            value = _nearest([(t, ts) for t, ts in heads if _opens_sentence(ts)], anchor)
        if value is None and published and _called_current(_owning_nouns(anchor)):
            return published[:10]  # "could rise to 1.4m from its current output of 0.8m": the level now
        return value
    usable = [(t, ts) for t, ts in heads if not _in_comparison(ts, anchor, sentence, t)
              and not _tag_of_comparison(ts)]
    if _from_side(anchor):  # "cut emissions from 500,000 tonnes to 300,000 by 2030": the deadline is the target's,
        # and so is a "now" after it ("declined from 58 percent in the last poll to 55 percent now")
        to = next((t.i for t in anchor.doc[anchor.i:anchor.sent.end] if t.lower_ == "to"), len(anchor.doc))
        usable = [(t, ts) for t, ts in usable if not _deadline(ts) and not (NOW_WORDS.match(t.text) and ts.start > to)]
    clause = clause_of(anchor)
    nouns = _nouns_of(anchor)

    if published and _called_current(_owning_nouns(anchor)):
        return published[:10]  # "the current rate of 4 percent will rise next year": now, whatever the clause says
    own = [(t, ts) for t, ts in usable if _time_clause(ts) == clause or _since_clause_of(ts, clause)]
    own = own or [(t, ts) for t, ts in usable if _dates_the_subject(ts, clause)
                  and (_days(t.value) <= EVENT_DAYS or ts.root.dep_ == "poss")]
    own = own or [(t, ts) for t, ts in usable if _when_clause_of(ts, clause)]
    on_noun = [(t, ts) for t, ts in usable if _on_the_noun(ts, nouns | _noun_chain(anchor))]
    if on_noun and all(NOW_WORDS.match(t.text) for t, _ in own):
        own = []  # "is now appealing the 11 sentences meted out in 2013": the participle dates its noun
    own += on_noun
    stated = claim_statement_time(attr, time_heads)
    named = [(t, ts) for t, ts in own if ts.root.dep_ == "poss" and ts.root.head in (anchor, anchor.head)
             and anchor.dep_ in ("nummod", "amod", "compound", "quantmod", "ROOT", "pobj", "dobj", "nsubj", "appos")
             and ts.root.head.pos_ == "NOUN"]
    if named:  # "from last year's 6.0% expansion": the year the figure's own noun is of
        return _nearest(named, anchor)
    if len(own) > 1:  # "41 per cent of this year's crop so far": the possessive names the crop
        own = [(t, ts) for t, ts in own if not _possessive(ts)] or own
    if len(own) > 1:  # "Ethiopia said Saturday growth was registered during the budget year": the day right
        own = [(t, ts) for t, ts in own if not _right_after_speech(ts)] or own  # after 'said' is the saying's
    if len(own) > 1:  # "in addition to 30 jets Wednesday, announced an order of 50 jets on Monday"
        own = [(t, ts) for t, ts in own if _on_figure_phrase(ts, anchor)] or own
    if len(own) > 1:  # "shipped 63,000 one year ago in the first quarter of 2019": the dated period it names
        own = [(t, ts) for t, ts in own if not (t.text.lower().endswith(" ago") and any(
            o is not ts and 0 <= o.start - ts.end <= 1 and YEAR_WRITTEN.search(o.text) for _, o in own))] or own
        # (not "a week ago Friday", "two years ago this month": the day or month the 'ago' counts back from)
    if len(own) > 1 and any(_as_of(ts) for _, ts in own):
        # "As of Friday evening, 115 detainees are currently positive": the day says which 'now' (but
        # "from 34% in February to 48% now" keeps its 'now')
        own = [(t, ts) for t, ts in own if not NOW_WORDS.match(t.text)] or own
    if own and all(NOW_WORDS.match(t.text) for t, _ in own) and _since_event(clause, usable, published, anchor):
        # "so far 14,728 have crossed since the government announced its policy in April": from April
        return _since_event(clause, usable, published, anchor)
    if not own and published:
        since = _since_then(clause, usable, anchor, published)
        if since is not None:
            return since
    if own:
        value = _nearest(own, anchor)
        if value and stated and attr.claimant and NOW_WORDS.match(_text_of(own, value)) and stated < value:
            return stated  # "has spent $48 million so far, the office said last week"
        return value

    answered = [(t, ts) for t, ts in usable if _in_what_respondents_report(t, ts, anchor, clause, published)]
    if answered:  # "19% of adults reported losing a job in March": the month of what they report
        return _nearest(answered, anchor)
    covered = [(t, ts) for t, ts in usable if _covered_by_data(ts, anchor)]
    if covered:  # "data from 2003-2006 shows a third of adults met it": the years the data cover
        return _nearest(covered, anchor)
    fielded = _fieldwork(attr, usable, anchor)
    if fielded:  # "according to the survey, which was conducted Friday and Saturday, 53% approve"
        return fielded
    described = _time_of_described_noun(anchor, clause, usable) or _time_of_partitive_whole(anchor, clause, usable)
    if described:
        return described
    hung = _hung_from(clause, heads)
    if hung:
        return hung
    began = _since_event(clause, usable, published, anchor)
    if began:  # "has risen 35 percent since Trump was elected on Nov. 8, 2016": from that day to now
        return began
    shifted = _days_apart(clause, heads, published)
    if shifted:  # "The crash comes a day after the Taliban swapped two hostages": the day before
        return shifted
    linked = [(t, ts) for t, ts in usable if _temporal_child(_time_clause(ts), clause)
              and (_days(t.value) <= EVENT_DAYS or _when_then(_time_clause(ts), clause))]
    if linked:
        return _nearest(linked, anchor)
    purposed = [(t, ts) for t, ts in usable if _purpose_of(_time_clause(ts), clause) and not _deadline(ts)
                and published and t.value[:10] < published[:10]]
    if purposed and _finite_tense(clause) == "past":
        # "1,000 Marines flew in to start the war in October 2001": the purpose's past date dates the act
        return _nearest(purposed, anchor)
    inherited = _inherited(clause, usable, anchor, conj=False) or _from_conjuncts(clause, usable, anchor)
    if inherited:
        return inherited
    stated = stated or _reported_on(anchor, heads)
    if stated:
        return stated
    inherited = _inherited(clause, usable, anchor, conj=True)
    if inherited:
        return inherited
    top = _top_clause(clause)
    fronted = [(t, ts) for t, ts in usable if _opens_sentence(ts) and _time_clause(ts) == top]
    if fronted and not (_finite_tense(clause) == "present" and _finite_tense(top) == "past"):
        # "In 2012, 43 percent came from donors who gave $200 or less": the whole clause then (not
        # "In 2012, Smith founded a company that employs 300": a state now)
        return _nearest(fronted, anchor)
    if len(usable) == 1 and _opens_sentence(usable[0][1]) and clause.dep_ in ("ROOT", "conj", "ccomp") \
            and _finite_tense(clause) == _finite_tense(_time_clause(usable[0][1])) == "past" \
            and not (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORT_LEMMAS) \
            and ";" not in anchor.doc[usable[0][1].end : anchor.i].text:
        # (not what someone else reported, nor a clause after a semicolon: "Last week she posted a
        # picture; it was shared 25,000 times")
        # "In August, Disney fell 15%, Fox slipped 20% and Viacom dropped 24%", the parser having hung
        # the first clause under a later one: the one time set off at the head still frames them all
        return usable[0][0].value
    colon = next((t.i for t in reversed(anchor.doc[anchor.sent.start : anchor.i]) if t.text == ":"), None)
    # ("June jobs report: economy adds 213,000 jobs": a short label's month heads what follows it)
    spelled = [(t, ts) for t, ts in usable if colon is not None and ts.end <= colon
               and (_days(t.value) <= 1 or colon - anchor.sent.start <= 5 and _days(t.value) <= EVENT_DAYS)]
    if spelled and not any(ts.start > colon for _, ts in usable):
        # "Two other indexes also fell today: the S&P fell by 9.48 points": the colon spells out that day
        return _nearest(spelled, anchor)
    published_by = [(t, ts) for t, ts in usable if _published_by(ts)]
    if published_by:
        return _nearest(published_by, anchor)
    if published and (_holds_now(clause) and not _from_side(anchor) or _now_above(clause, usable)
                      or _current_state(anchor, clause)):
        return published[:10]
    return None


WRITTEN_TEXTS = lx.DOCUMENT_HEADS | lx.REPORT_NOUNS  # (attribution's TEXT_NOUNS adds plans and bills)


def _since_then(clause: Token, usable: list[tuple[TimeRef, Span]], anchor: Token, published: str) -> str | None:
    """'soared 150 percent in the year to June, but have since plummeted nearly 40 percent': a bare
    'since' counts from the time the sentence named before it up to the report."""
    if not any(c.dep_ == "advmod" and c.lower_ == "since" and not any(True for _ in c.children) for c in clause.children):
        return None
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod", "compound") else anchor
    if not (noun.head == clause and noun.dep_ in ("dobj", "npadvmod") or noun.dep_ == "pobj" and noun.head.lower_ == "by"
            and noun.head.head == clause) or clause.lemma_.lower() in ("be", "have", "remain", "stand"):
        return None  # "has since grown to 4,000 employees": the level now; "8.69 GW … may have since been idled":
        # what the clause is about, not a change over the span
    before = [(t, ts) for t, ts in usable if ts.end <= anchor.i and _time_clause(ts) != clause]
    bounds = value_bounds(before[-1][0].value) if before else None
    end = value_bounds(published[:10])
    if bounds is None or end is None or bounds[1] >= end[0]:
        return None
    return format_value((bounds[1], end[0]))


def _dates_the_subject(ts: Span, clause: Token) -> bool:
    """'The May 7 confrontation saw more than 120 aircraft take to the skies', 'This year's allowance
    totals €392': a thing dated by a day or a possessive as the subject of the clause (or of the
    clause it completes) dates what the clause gives. Not a text's date ("the May 7 report
    found"): when a text came out is not what it counts."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    above = clause.dep_ in ("ccomp", "xcomp") or clause.dep_ == "conj" and not own_subject  # (a conjunct shares its subject)
    for verb in (clause, clause.head if above else None):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in WRITTEN_TEXTS \
                and ts.root.head == subj and ts.root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") and ts.end <= subj.i:
            return True
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in WRITTEN_TEXTS \
                and ts.root.dep_ == "pobj" and ts.root.head.lower_ in ("for", "on", "in") and ts.root.head.head == subj:
            return True  # "The seven-day average for Monday was 14.9 percent", "Bike sales in March were up by 50%"
    return False


def _year_read_into_range(anchor: Token) -> Token | None:
    """'from 10.2 percent in 2014 to 7.3 percent in 2015', parsed as the range '2014 to 7.3 percent':
    the year before 'to' dates the level moved from, not the one reached; that year, if so."""
    doc = anchor.doc
    num = anchor if anchor.like_num else next((c for c in anchor.children if c.dep_ == "nummod" and c.i < anchor.i), None)
    if num is None or num.i < anchor.sent.start + 3:
        return None
    to, year, prep = doc[num.i - 1], doc[num.i - 2], doc[num.i - 3]
    if to.lower_ != "to" or prep.lower_ not in ("in", "during", "for") or not YEAR_WRITTEN.fullmatch(year.text):
        return None
    return year if any(t.lower_ == "from" for t in doc[anchor.sent.start : prep.i]) else None


DEBT_PAPERS = frozenset("note bond security bill debt paper loan gilt bund treasury treasuries obligation".split())


def _maturity(ts: Span) -> bool:
    """'the 0.25 percent security due October 2020', 'notes due in April 2018', 'bonds maturing in
    2030': the date names the paper (when it is repaid), not when its price or yield was read."""
    doc = ts.doc
    k = ts.start - 1
    if k >= 0 and doc[k].lower_ == "in":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("due", "maturing", "expiring"):
        return False
    # (a date with its year names the paper; "a $2 billion debt due this month" is when it is repaid)
    return (doc[k - 1].lemma_.lower() in DEBT_PAPERS or doc[k - 1].lower_ in DEBT_PAPERS) \
        and YEAR_WRITTEN.search(ts.text) is not None


def _birth_date(ts: Span) -> bool:
    """'Born on September 21, 1938, the former minister was kidnapped by over 20 men': when a
    person was born dates that person, not what the sentence counts."""
    return any(t.lower_ == "born" for t in ts.doc[max(ts.sent.start, ts.start - 2) : ts.start])


def _in_other_parenthesis(ts: Span, anchor: Token) -> bool:
    """'made a profit of £1.7m (up from £1.5m in 2023)': a time inside a parenthesis that says more
    than the time is of the figures in it (a bare '(2023)' after a figure still labels it)."""
    sent = anchor.sent
    opening = next((t.i for t in reversed(anchor.doc[sent.start:ts.start]) if t.text in "()"), None)
    closing = next((t.i for t in anchor.doc[ts.end:sent.end] if t.text in "()"), None)
    if opening is None or closing is None or anchor.doc[opening].text != "(" or anchor.doc[closing].text != ")":
        return False
    if opening < anchor.i < closing:
        return False
    return any(t.is_alpha and t.lower_ not in ("in", "of", "for", "as", "the") for t in anchor.doc[opening + 1:ts.start]) \
        or any(t.is_alpha for t in anchor.doc[ts.end:closing])


SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def _since_a_superlative(ts: Span) -> bool:
    """'the highest increase since 1991', 'the most since June 23': the record's yardstick, not
    the stretch the figure covers."""
    if not ts.text.lower().startswith("since"):
        return False
    node = ts.root
    if node.dep_ == "advcl" and node.head.pos_ in ("NOUN", "ADJ"):
        node = node.head  # "the lowest level since he became prime minister": the clause hangs on the level
        if node.tag_ in SUPERLATIVE_TAGS or any(c.tag_ in SUPERLATIVE_TAGS or c.lower_ == "record" for c in node.children):
            return True
    for _ in range(3):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
        if node.tag_ in SUPERLATIVE_TAGS or any(c.tag_ in SUPERLATIVE_TAGS or c.lower_ == "record" for c in node.children):
            return True
    return False


def _in_from_side(ts: Span, anchor: Token) -> bool:
    """'fell from 54% in November to 35%': the time of the level a change starts from is not the
    time of the level it reaches."""
    if _deadline(ts):
        return False  # "going from 175 gigawatts to 450 gigawatts by 2022": the target's date
    to = next((a for a in anchor.ancestors if a.lower_ == "to" and a.dep_ == "prep"), None)
    if to is not None and any(c.lower_ == "from" and c.dep_ == "prep" and c.i < ts.start and ts.end <= to.i
                              and any(t.like_num for t in c.subtree) for c in to.head.children):
        # (a level, not a route: "flew from Jorvik in March to 12 destinations")
        return True  # "slowed from a peak of 6.4% in December 2021 to 0.2%": the date hung on the verb, between
    node = ts.root
    while node.head.i != node.i:
        if node.lower_ == "from" and node.dep_ == "prep" and (node.head.pos_ in ("VERB", "AUX") or node.head.lower_ in ("up", "down")):
            # (the parser often hangs "to 35%" on the "from" phrase itself)
            if not any(t.like_num and not (ts.start <= t.i < ts.end) for t in node.subtree):
                # "dropped 3% to 132m tonnes from a year ago": the yardstick's time, no figure's own
                return bool(YEAR_BEFORE.search(ts.text)) and not dominates(node, anchor)
                # (but "save $300 million a year from 2026": a start, not a level changed from)
            to = next((c for c in node.children if c.lower_ == "to" and dominates(c, anchor)), None)
            return not dominates(node, anchor) or (to is not None and not dominates(to, ts.root))
        if node.dep_ in ("relcl", "ccomp", "advcl"):
            return False
        node = node.head
    return False


def _in_apposition(ts: Span, anchor: Token) -> bool:
    """'New York, an Obama stronghold in 2008, is likely to lose two votes': a time inside an
    apposition describes the noun it renames, not the figure outside it."""
    node = ts.root
    while node.head.i != node.i:
        if node.dep_ == "appos":
            # (not "90 cents per barrel last fortnight", the period misread as renaming the figure's noun)
            return not dominates(node, anchor) and not (
                node == ts.root and ts.start > 0 and ts.doc[ts.start - 1].text != "," and _noun_chain(anchor) & {node.head})
        node = node.head
    node = anchor  # the other way round: "Britain, the largest market accounting for 40% of capacity, plans … by 2030"
    while True:
        if node.dep_ == "appos" and node.head.dep_ in ("nsubj", "nsubjpass") and ts.doc[node.left_edge.i - 1].text == "," \
                and node.pos_ == "VERB":  # (a described subject; not "a clear majority, 55%-43%,": the figure itself)
            return not dominates(node, ts.root)
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX") and node.dep_ != "appos":
            break  # (up to the figure's own clause only)
        node = node.head
    # "Dave Ruiz, at the time the chairman, wrote a plan with two limits": a time set off by commas
    # on a name describes the name
    prep = ts.root if ts.root.dep_ == "prep" else None
    doc = ts.doc
    return prep is not None and prep.head.pos_ == "PROPN" and not dominates(prep, anchor) \
        and ts.start > 0 and doc[ts.start - 1].text == "," and ts.end < len(doc) and doc[ts.end].text == ","


def _owning_nouns(anchor: Token) -> set[Token]:
    """The figure's noun chain and the noun it measures ('the current rate of 4 percent')."""
    chain = _noun_chain(anchor)
    top = _figure_noun(anchor)
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
        chain.add(top.head.head)
    return chain


def _current_state(anchor: Token, clause: Token) -> bool:
    """'The current federal minimum wage is $7.25', 'a current rate of 4 percent': a value the text
    calls current holds as of publication."""
    if _finite_tense(clause) == "past":
        return False
    subjects = {c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")} if clause.pos_ in ("VERB", "AUX") else set()
    return _called_current(subjects)


# Accounting terms in which "current" names a kind, not the present: "the current account
# deficit", Japan's "current profit" (recurring profit), "current assets", "current liabilities".
CURRENT_TERMS = frozenset("account accounts profit profits income earnings loss losses assets liabilities".split())


def _called_current(nouns: set[Token]) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in ("current", "present") and c.nbor(1).lower_ not in CURRENT_TERMS
               for n in nouns for c in n.children)


AHEAD = re.compile(r"(?i)\b(?:next|coming)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b")


# Not "expected": "grew faster than expected in the first quarter" dates the growth.
EARLIER_OUTLOOKS = frozenset("forecast forecasted estimated predicted projected planned budgeted".split())


def _of_earlier_forecast(ts: Span) -> bool:
    """'1.6 percent, half a point less than forecast in July': the time of the outlook a figure is
    set against, however the parser hangs it, dates that outlook and no figure of the sentence."""
    words = [t.lower_ for t in ts.doc[max(ts.sent.start, ts.start - 3):ts.start]]
    return "than" in words and words.index("than") + 1 < len(words) and words[words.index("than") + 1] in EARLIER_OUTLOOKS


def _figure_noun(anchor: Token) -> Token:
    """The noun a figure's words modify: '15' in 'the 15% tariffs' -> tariffs."""
    top = anchor
    while top.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and top.head.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
        top = top.head
    return top


def _figure_between(anchor: Token, ts: Span) -> bool:
    """'chose two firms for contracts worth $2.6bn over the next decade': a span ahead belongs to
    the figure beside it; another figure between them is what it spans."""
    top = _figure_noun(anchor)
    own = set(range(top.left_edge.i, top.i + 1))  # the figure's words up to its noun, not what hangs after
    left, right = (anchor.i + 1, ts.start) if anchor.i < ts.start else (ts.end, anchor.i)
    return any(t.like_num and t.i not in own for t in anchor.doc[left:right])


def _from_side(anchor: Token) -> bool:
    """Is the figure the starting point of a change spelt out 'from X to Y'?"""
    node = anchor
    while node.head.i != node.i and node.dep_ != "prep" and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node.dep_ == "prep" and node.lower_ == "from" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in (*node.head.children, *node.children))


def _deadline(ts: Span) -> bool:
    """'by 2030', 'by the end of the decade': the time a target is to be met by."""
    return ts.start > 0 and (ts.doc[ts.start].lower_ == "by" or ts.doc[ts.start - 1].lower_ == "by")


def _year_before(value: str | None) -> str | None:
    """The same period one year back ('2026-04-30' -> '2025-04-30', '2025-02' -> '2024-02'); None stays None."""
    iv = value_bounds(value)
    if iv is None:
        return None
    a, b = iv
    last = calendar.monthrange(b.year - 1, b.month)[1]
    at_end = b.day == calendar.monthrange(b.year, b.month)[1]
    return format_value((a.replace(year=a.year - 1, day=min(a.day, 28) if a.month == 2 else a.day),
                         b.replace(year=b.year - 1, day=last if at_end else min(b.day, last))))


def _is_property(anchor: Token) -> bool:
    """A figure that sizes a thing rather than counts an event: a dimension ('some 60 metres
    long') or the whole of a part-of-whole ('11 of its 14 stations'): the gold leaves both undated."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod", "compound") else anchor
    if noun.dep_ == "npadvmod" and noun.head.lower_ in DIMENSIONS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in THRESHOLDS:
        return True  # "above the major flood level of 9.5 metres"
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num and noun.head.head.i < anchor.i


def _glued_size(anchor: Token) -> bool:
    """'the 412-kilogram probe': a size glued to its thing describes it, so the times of the
    thing's own events ('launched on Monday') do not date it; a report's time still does."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod", "compound") else anchor
    unit = anchor if anchor.lemma_.lower() in SIZE_UNITS else noun
    before = anchor.doc[unit.i - 1] if unit.i > 0 else None
    return (unit.lemma_.lower() in SIZE_UNITS and unit.dep_ in ("amod", "compound", "nmod")
            and before is not None and before.text == "-" and not before.whitespace_)


SPAN_UNITS = frozenset("hour day week".split())  # a rolling span (not "a ten-year average", a yardstick)
# Nouns a span in front of averages over ("the seven-day average"), unlike "its 52-week high", a figure.
SPAN_MEASURES = frozenset("average mean total rate tally count sum".split())


def _on_other_figure(ts: Span, anchor: Token) -> bool:
    """'down from 45% in 2023 and 52% in 2021': a time hung on another figure's noun is that figure's."""
    prep = ts.root.head
    if ts.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at", "for", "during", "from"):
        return False
    owner = prep.head
    if owner.i == anchor.i or anchor.head.i == owner.i:
        return False
    value = anchor if anchor.dep_ == "pobj" else anchor.head
    if value.dep_ == "pobj" and value.head.lower_ == "of" and value.head.head == owner \
            and owner.lemma_.lower() in ("low", "high", "peak", "record", "trough"):
        return False  # "a 9-year low of 5.4pc in FY25": the low is the figure's own noun (not "against a
        # ten-year average of 47% for late August", a yardstick)
    if prep.lower_ == "from" and dominates(owner, anchor):
        return False  # ("rose from 3% on Monday": the figure's own start)
    # ("a four-basis point drop from Tuesday": the number sits in the noun's compound)
    return owner.like_num or any(c.dep_ in ("nummod", "quantmod") and c.like_num or c.dep_ == "compound" and any(
        g.dep_ == "nummod" and g.like_num for g in c.children) and not (
            c.lemma_.lower() in SPAN_UNITS and owner.lemma_.lower() in SPAN_MEASURES)
        for c in owner.children)  # ("the seven-day average for Monday": a span, no other figure)


def _on_figure_phrase(ts: Span, anchor: Token) -> bool:
    """A time hung by a preposition on the figure's noun or a noun it is 'of': 'an order of 50 jets
    on Monday' (not on a noun the figure only multiplies: 'three times the usual total for August')."""
    node = ts.root
    while node.dep_ in ("pobj", "prep") and node.head != node:
        node = node.head
    owners = {_figure_noun(anchor)}
    top = _figure_noun(anchor)
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head != top.head:
        top = top.head.head
        owners.add(top)
    return node != ts.root and node in owners


def _possessive(ts: Span) -> bool:
    """'this year's crop', 'last week's flooding': a time that says which thing, not as of when."""
    return any(t.dep_ == "case" and t.lower_ in ("'s", "’s", "'") for t in ts) or ts.root.dep_ == "poss"


def _on_prior_cause(ts: Span, anchor: Token) -> bool:
    """'to cut 1,800 jobs after a first-quarter loss': a time modifying the noun of an
    after/before phrase dates that cause, not the figure beside it."""
    root = ts.root
    noun = root.head
    if root.dep_ not in ("amod", "compound", "nmod", "poss") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in CAUSE_PREPS and not dominates(prep, anchor)


def _since_clause_of(ts: Span, clause: Token) -> bool:
    """'has claimed 60 attacks since it emerged in March': the since-clause dates its head clause."""
    return ts.root.dep_ == "advcl" and ts.root.head == clause and ts.doc[ts.start].lower_ in ("since", "ever")


def _from_conjuncts(clause: Token, usable: list[tuple[TimeRef, Span]], anchor: Token) -> str | None:
    """'12 were killed and 86 injured in a crush on Sunday': coordinated clauses of one form share a time."""
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    of_which = clause.doc[clause.left_edge.i:clause.left_edge.i + 2].text.lower() in ("of which", "of whom")
    for other in clause.conjuncts:
        if other.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" for c in (*clause.children, *other.children)):
            continue  # "... and that crews had rescued 140": a separate reported clause
        fronted = [(t, ts) for t, ts in usable if _time_clause(ts) == other and _opens_sentence(ts)]
        if fronted and other.i < clause.i and not _perfect(clause):
            return _nearest(fronted, anchor)  # "Last week, monitors maxed out at 999 and pollution reached 50 times …"
        shared_now = [(t, ts) for t, ts in usable if _time_clause(ts) == other and NOW_WORDS.match(t.text)]
        if shared_now and other.i < clause.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return _nearest(shared_now, anchor)  # "has now claimed 3.1 million lives and killed 218,000": one subject, now
        if other.tag_ != clause.tag_ and not of_which and _now_state(other, usable) \
                and _finite_tense(clause) == "present" and not _perfect(clause):
            return _now_state(other, usable)  # "Apple is now in every firm, and eight in ten are writing apps"
        reduced = _reduced_participle(other, clause)
        if reduced is not None:
            other = reduced
        if other.tag_ != clause.tag_ and not of_which and not _bare_participle_pair(clause, other):
            continue
        found = [(t, ts) for t, ts in usable if _time_clause(ts) == other
                 or (_temporal_child(_time_clause(ts), other) and _days(t.value) <= EVENT_DAYS)]
        if found:
            return _nearest(found, anchor)
    return None


def _when_clause_of(ts: Span, clause: Token) -> bool:
    """'the debt stood at $10.6 trillion when Mr. Obama took office in 2009': a 'when' clause on the
    figure's own clause, with a time of its own, says when."""
    inner = _time_clause(ts)
    when = next((c for c in inner.children if c.dep_ in ("advmod", "mark") and c.lower_ == "when"), None)
    # (a state in the past only: not "will not go back for a 3% raise when …", nor a measure inside an
    # infinitive, nor the contrast of "set a target of 500,000 when, on average, 1 million … since 2001")
    return inner.dep_ == "advcl" and inner.head == clause and inner.i > clause.i and when is not None \
        and clause.tag_ == "VBD" and ts.doc[when.i + 1].text != "," and not ts.text.lower().startswith("since")


def _right_after_speech(ts: Span) -> bool:
    """A weekday or date written right after a reporting verb ('said Saturday'), whatever clause the
    parser hung it on."""
    return ts.start > ts.sent.start and ts.doc[ts.start - 1].lemma_.lower() in SAYING_VERBS \
        and ts.doc[ts.start - 1].pos_ == "VERB" and ts.doc[ts.start - 1].tag_ == "VBD" \
        and ts.text.lower() in WEEKDAYS  # (not "expected this year")


SAYING_VERBS = frozenset("say tell announce report add state confirm".split())


def _bare_participle_pair(clause: Token, other: Token) -> bool:
    """'killed nine people and injured 20 others Sunday': a past verb and a conjunct the tagger read as
    a participle, with no subject or auxiliary of its own, are one form."""
    tags = {clause.tag_, other.tag_}
    if tags != {"VBD", "VBN"}:
        return False
    participle = clause if clause.tag_ == "VBN" else other
    return participle.dep_ == "conj" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in participle.children)


RESPONDENT_VERBS = frozenset("report say tell indicate".split())


def _in_what_respondents_report(t: TimeRef, ts: Span, anchor: Token, clause: Token, published: str | None) -> bool:
    """Is the time inside what a share of respondents reports ('19% of adults reported losing a job
    in March', '40% reported that they had lost a job in March')? Their answer's time is the share's."""
    if clause.lemma_.lower() not in RESPONDENT_VERBS or clause.pos_ != "VERB":
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in ("percent", "%") or not dominates(subject, anchor):
        return False  # a share of respondents ("19%"), not a count of speakers ("Two donors tell ABC")
    said = [c for c in clause.children if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.tag_ == "VBG"]
    return any(dominates(c, ts.root) for c in said) and ts.start > clause.i \
        and (published is None or (bounds := value_bounds(t.value)) is not None
             and bounds[1].isoformat() < published[:10])  # a past answer, not a fear ahead


DATA_LEMMAS = frozenset("data datum figure statistic statistics number record records".split())
DATA_VERBS = EVIDENCE_VERBS | {"say"}  # what data do when they report: show, indicate, suggest, say


def _covered_by_data(ts: Span, anchor: Token) -> bool:
    """Is the time part of the data that report the figure ('data from 2003-2006 show', 'figures for
    2019 indicate'), their subject? The data's period is then the figure's."""
    node = ts.root
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep", "compound", "nummod", "amod", "nmod") or node.head == node:
            break
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in DATA_LEMMAS:
            return node.dep_ in ("nsubj", "nsubjpass") and node.head.pos_ == "VERB" and dominates(node.head, anchor) \
                and node.head.lemma_.lower() in DATA_VERBS \
                and not dominates(node, anchor)
    return False


def _since_event(clause: Token, usable: list[tuple[TimeRef, Span]], published: str | None,
                 anchor: Token | None = None) -> str | None:
    """A 'since' clause that dates the event it names ('since Trump was elected on Nov. 8, 2016', 'since
    the plant opened in 2019'): the figure runs from then to the report, as 'since 2019' does."""
    # ("have killed 120 and displaced 300,000 since …": the second verb shares the perfect, the since-clause
    # hung on it covers both)
    if not published or not (_perfect(clause) or clause.dep_ == "conj" and _perfect(clause.head)):
        return None
    if anchor is not None and any(c.dep_ in ("nsubj", "nsubjpass") and dominates(c, anchor)
                                  and any(a.dep_ == "prep" and dominates(c, a) for a in anchor.ancestors) for c in clause.children):
        return None  # ("relations between the two countries have been frayed since …": whose, not how many)
    for sub in [*clause.children, *(g for c in clause.children if c.dep_ == "conj" for g in c.children)]:
        if sub.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in sub.children):
            continue
        verbs = [sub] + [c for c in sub.children if c.dep_ == "xcomp"]  # ("since rains started to pound it in October")
        inside = [t for t, ts in usable if "/" not in t.value and (ts.root.head in verbs or ts.root.head.dep_ == "prep"
                                                                  and ts.root.head.head in verbs)]
        # (the since-clause's own verb: not "since it missed its 2023 sales target")
        bounds = value_bounds(inside[0].value) if len(inside) == 1 else None
        if bounds is not None and bounds[0].isoformat() <= published[:10]:
            return f"{bounds[0].isoformat()}/{published[:10]}"
    return None


FIELDWORK_VERBS = frozenset("conduct take carry field".split())  # ("carried out"; not "held up by critics")


def _fieldwork(attr: Attribution, usable: list[tuple[TimeRef, Span]], anchor: Token) -> str | None:
    """The days a poll was in the field ('the survey, which was conducted Friday and Saturday', 'CNN's
    last poll, conducted in early April'), when that poll is the figure's source: its answers are of
    then, from the first day to the last."""
    polls = {f.speaker_token for f in attr.frames if f.speaker_token is not None} | {
        f.speaker_token.head for f in attr.frames if f.speaker_token is not None
        and f.speaker_token.dep_ in ("poss", "compound", "nmod")} | {  # ("A University of North Florida poll taken …")
        g for f in attr.frames for g in f.cue.children if g.dep_ == "pobj"}
    for poll in polls:
        if poll.lemma_.lower() not in ("poll", "survey"):
            continue
        for clause in poll.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in FIELDWORK_VERBS \
                    or dominates(clause, anchor) or any(c.dep_ == "prt" and c.lower_ != "out" for c in clause.children):
                continue
            inside = sorted(((t, ts) for t, ts in usable if dominates(clause, ts.root)), key=lambda x: x[1].start)
            bounds = [list(b) for t, _ in inside if (b := value_bounds(t.value)) is not None]
            for k in range(len(bounds) - 2, -1, -1):  # "Friday and Saturday": a run of days in the order written
                while bounds[k][0] > bounds[k + 1][0]:
                    bounds[k] = [bounds[k][0] - timedelta(days=7), bounds[k][1] - timedelta(days=7)]
            if bounds:
                first, last = min(b[0] for b in bounds), max(b[1] for b in bounds)
                return inside[0][0].value if len(inside) == 1 else format_value((first, last))
    return None


def _reduced_participle(other: Token, clause: Token) -> Token | None:
    """'Seven were killed and 26 others injured Friday after a roof collapsed': the parser reads the second
    participle as a modifier of its subject under a later verb; that participle is the conjoined clause."""
    if clause.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in clause.children):
        return None
    subject = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < other.i), None)
    if subject is None or subject.i < clause.i:
        return None
    return next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == subject.i + 1), None)


# ("The state on Sunday released data showing 1,860 cases": the day the data came out)
ISSUE_LEMMAS = frozenset({"release", "publish", "issue"})  # a text put out, whose day dates what it shows
REPORT_LEMMAS = frozenset({"say", "tell", "report", "announce", "state", "confirm", "add", "estimate", "write"}) | ISSUE_LEMMAS


def _reported_on(anchor: Token, heads: list[TimeHead]) -> str | None:
    """'..., the company said on Tuesday' on the main clause, when attribution found no frame for the figure."""
    root = anchor
    while root.head != root:
        root = root.head
    verbs = [root] + [c for c in root.children if c.dep_ in ("advcl", "parataxis", "ccomp")]
    for verb in verbs:
        if verb.lemma_.lower() not in REPORT_LEMMAS or dominates(verb, anchor) and verb is not root:
            continue
        if verb.lemma_.lower() == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            continue  # "…, adding to a drop from Tuesday": a sum grows, no one speaks
        if verb.lemma_.lower() in ISSUE_LEMMAS and not any(
                t.lemma_.lower() in WRITTEN_TEXTS and dominates(t, anchor) for t in verb.doc[verb.i + 1 : verb.i + 4]):
            continue  # "released data showing 1,860 cases" (not "fired after the photo was released on Dec. 5")
        for t, ts in heads:
            if ts is None:
                continue
            if 0 < ts.start - verb.i <= 2 and not any(w.pos_ in ("VERB", "AUX") for w in ts.doc[verb.i + 1:ts.start]):
                return t.value  # "said on Tuesday it had delivered ...", however the parser hangs it
            node = ts.root
            while node.head != node and (node.dep_ in ("pobj", "prep", "npadvmod", "compound")
                                         or node.dep_ == "nsubj" and node.i < ts.start < node.head.i):
                node = node.head  # ("The state on Sunday released …": the day hung on the subject before the verb)
            if node == verb and node.dep_ != "ccomp":
                return t.value
    return None


def _now_above(clause: Token, usable: list[tuple[TimeRef, Span]]) -> bool:
    """'its investigation so far showed that fewer than 2 million were affected': now, up the clauses."""
    if clause.dep_ != "ccomp":
        return False
    parent = clause_of(clause.head)
    return any(_time_clause(ts) == parent and NOW_WORDS.match(t.text) for t, ts in usable)


def _time_clause(ts: Span) -> Token:
    """The clause a time expression stands in; 'even as overnight strikes killed' parses the
    time as its own clause, which is the clause above it."""
    c = clause_of(ts.root)
    if ts.start <= c.i < ts.end and c.head != c:
        return clause_of(c.head)
    if c.dep_ == "acl" and c.head.lemma_.lower() in PERIOD_NOUNS and c.head.i < ts.start:
        return clause_of(c.head)  # "rose $35m during the week ended on Feb 14": the week's clause
    return c


PERIOD_NOUNS = frozenset("week month year quarter period days months weeks years session fortnight".split())


def _text_of(cands: list[tuple[TimeRef, Span]], value: str) -> str:
    return next((t.text for t, _ in cands if t.value == value), "")


def _noun_chain(anchor: Token) -> set[Token]:
    """The nouns the figure's phrase runs through by 'of' and 'on': in 'the 15% tariffs on $125
    billion of goods imposed on Sept. 1' a participle hung on 'goods' dates both figures."""
    top = _figure_noun(anchor)
    if top.lower_ in ("%", "percent", "pct") or top.like_num and top.lower_ not in ("million", "billion", "trillion"):
        return {top}  # "85% of the loans issued last year had been repaid": a share's time is not its whole's
    out: set[Token] = set()
    stack = [top]
    while stack:
        t = stack.pop()
        out.add(t)
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "on"):
                stack.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _on_the_noun(ts: Span, nouns: set[Token]) -> bool:
    """A participle on the figure's noun: '96 deaths recorded since mid-October' (not a relative clause)."""
    node = ts.root
    while node.head != node:
        if node.dep_ == "acl" and node.tag_ in ("VBN", "VBG", "VBD") and (  # (VBD: "sentences meted out in 2013" mistagged)
            node.head in nouns or any(c in nouns for c in node.head.conjuncts)
        ):
            return True
        if node.dep_ == "relcl" and node.head in nouns and (node.head.like_num or any(ch.isdigit() for ch in node.head.text)):
            return True  # "from 33 it gave on Friday": a clause on the bare number dates it
        if node.dep_ == "relcl" and node.head in nouns and node.tag_ == "VBD" and node.lemma_ != "be" and any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in node.children) \
                and any(c.dep_ == "nummod" and c.like_num for c in node.head.children):
            return True  # "7,000 refugees who arrived on Monday": what the counted people did, and when
        if node.dep_ in ("relcl", "ccomp", "advcl") or node.head == node:
            return False
        node = node.head
    return False


DAY_OF_MONTH = re.compile(r"^(?:[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?)(?:,?\s+\d{4})?$")


def _hung_from(clause: Token, heads: list[TimeHead]) -> str | None:
    """'since 1996, when 31 people died': the clause hangs from the time, which dates it (as a point)."""
    if clause.dep_ not in ("relcl", "advcl", "acl"):
        return None
    host = clause.head
    if clause.dep_ == "relcl":  # "the Sept. 11, 2012, attacks that killed four Americans": the event's day
        event = host
        if event.dep_ == "pobj" and event.head.dep_ == "prep" and event.head.head.pos_ == "NOUN":
            event = event.head.head  # "the March 3 blast at the refinery that killed six"
        for t, ts in heads:  # a day written in front of the event's noun
            if ts is not None and ts.root.head in (host, event) and ts.end <= ts.root.head.i \
                    and _days(t.value) <= EVENT_DAYS:
                return t.value
    # "in 1988, a year when Bush won 39 states": the year set beside the time is that time
    beside = host.lemma_.lower() in ("year", "day", "month", "week", "time", "moment") and host.dep_ in ("appos", "npadvmod")
    for t, ts in heads:
        if ts is not None and (ts.start <= clause.head.i < ts.end or beside and 0 < host.left_edge.i - ts.end <= 1
                               and host.doc[ts.end].text == ","):
            if t.text.lower().startswith("since"):
                iv = value_bounds(t.value)
                inner = t.text.split(None, 1)[1] if " " in t.text else ""
                if iv and re.fullmatch(r"(?:in\s+)?(?:19|20)\d{2}", inner):
                    return inner[-4:] + "-01-01/" + inner[-4:] + "-12-31"
                if iv and MONTH_YEAR.fullmatch(inner):  # "since April 2021, when prices rose 1.8%": that month
                    return f"{iv[0].year:04d}-{iv[0].month:02d}"
                if iv and DAY_OF_MONTH.search(inner):  # "since 4 August, when there were 22 cases": that day
                    return iv[0].isoformat()
                continue
            return t.value
    return None


def _time_of_label(anchor: Token, usable: list[tuple[TimeRef, Span]]) -> str | None:
    """'Cases in Bihar (2023): 20': a factbox line, a label with no verb, a colon, the figure; the
    label's time dates it."""
    sent = anchor.sent
    colon = next((t for t in anchor.doc[max(sent.start, anchor.i - 3):anchor.i] if t.text.endswith(":")), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in anchor.doc[sent.start:colon.i]):
        return None
    return _nearest([(t, ts) for t, ts in usable if ts.end <= colon.i], anchor)


RELATIVE_WORDS = frozenset({"that", "which", "when", "who"})


def _time_of_described_noun(anchor: Token, clause: Token, usable: list[tuple[TimeRef, Span]]) -> str | None:
    """'floods in 2024 that displaced 500,000', 'the 1989 stadium disaster, when 97 people were
    killed': a relative clause describes a noun dated just before it, and that date is its figure's.
    Read off the word order, since the parser often hangs such a clause elsewhere."""
    sent = anchor.sent
    rel = None
    for tok in reversed(anchor.doc[max(sent.start, anchor.i - 8):anchor.i]):
        if tok.text in (",", ";", ":"):
            break
        if tok.lower_ in RELATIVE_WORDS and tok.tag_ in ("WDT", "WRB", "WP"):
            rel = tok
            break
    if rel is None or rel.i <= sent.start:
        return None
    end = rel.i - 1
    if anchor.doc[end].tag_ == "IN" and end > sent.start:
        end -= 1  # "a 2016 referendum, in which 52 percent chose Brexit"
    if anchor.doc[end].text == ",":
        end -= 1
    start = end
    while start > sent.start and end - start < 6 and anchor.doc[start - 1].pos_ not in ("VERB", "AUX", "PUNCT"):
        start -= 1
    noun = anchor.doc[end]
    if noun.pos_ not in ("NOUN", "PROPN", "NUM") or _finite_tense(clause) != "past":
        return None  # ("a state in 2008 that is expected to add four seats": the clause is not of then)
    described = set(noun.subtree)
    inside = [(t, ts) for t, ts in usable if start <= ts.start and ts.end - 1 <= end
              and (ts.root in described or ts.end - 1 == end)  # on the noun, or right before the clause
              and not t.text.lower().startswith(("since", "ever since"))]  # ("since 1996, when 31 died": 1996)
    return _nearest(inside, anchor)


def _time_of_partitive_whole(anchor: Token, clause: Token, usable: list[tuple[TimeRef, Span]]) -> str | None:
    """'Of the 129 journalists killed last year, 86 were killed by Israel': a part counted out of a
    dated whole set off before it is of that time; so is '83 per cent of those who died last year'."""
    part = anchor if anchor.dep_ in ("nsubj", "nsubjpass") else anchor.head
    described = _time_of_described_whole(anchor, usable) \
        if _finite_tense(clause) == "past" and clause.lemma_.lower() not in ANSWER_LEMMAS else None
    # (nor "85 percent of those who voted for him in 2016 said they would again": their answer is now)
    if described is not None:  # (not "owns 40% of the homes that were built between 2010 and 2015": a share now)
        return described
    if part.head != clause or part.dep_ not in ("nsubj", "nsubjpass"):
        return None
    defining = [r for c in part.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" for r in g.children if r.dep_ == "relcl" and r.tag_ == "VBD"]
    told_past = clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)
    if defining and told_past and clause.lemma_.lower() not in ANSWER_LEMMAS:
        # (not "85 percent of those who voted for him in 2016 said they would again": their answer is now)
        found = _nearest([(t, ts) for t, ts in usable if any(dominates(r, ts.root) for r in defining)], anchor)
        if found:
            return found
    whole = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "of"
                  and all(t.is_punct for t in anchor.doc[anchor.sent.start:c.i])), None)
    if whole is None:
        return None
    return _nearest([(t, ts) for t, ts in usable if dominates(whole, ts.root)], anchor)


def _time_of_described_whole(anchor: Token, usable: list[tuple[TimeRef, Span]]) -> str | None:
    """'31.1% of cases involving a sentenced woman between 2005 and 2019': a share of a whole that a
    participle or relative clause dates by a span of years is of that span."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod") else anchor
    wholes = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    clauses = [r for g in wholes for r in g.children if r.dep_ in ("acl", "relcl")]
    return _nearest([(t, ts) for t, ts in usable if _days(t.value) > EVENT_DAYS
                     and any(dominates(r, ts.root) for r in clauses)], anchor)


def _inherited(clause: Token, usable: list[tuple[TimeRef, Span]], anchor: Token, conj: bool) -> str | None:
    """The time of the nearest clause above that has one, through dependent clauses only."""
    parent = _parent_clause(clause, conj)
    while parent is not None:
        found = [(t, ts) for t, ts in usable if _time_clause(ts) == parent]
        if found:
            return _nearest(found, anchor)
        parent = _parent_clause(parent, conj)
    return None


def _parent_clause(clause: Token, conj: bool) -> Token | None:
    """The clause a dependent clause inherits its time from: participles, purposes, 'with' clauses,
    and (with `conj`) a coordinated clause of the same form ('41 were arrested on Saturday and 12
    officers were injured'). Not through a reporting verb's complement: that is the statement's time."""
    if clause.dep_ == "advcl" and not any(c.dep_ == "mark" for c in clause.children):
        return _clause_just_before(clause) or clause_of(clause.head)
    if clause.dep_ == "acl" and clause.head.dep_ == "appos":
        return None  # "Britain, the largest market accounting for 40% of capacity, plans … by 2030": what it is now
    if clause.dep_ == "xcomp" or (clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBG")):
        return clause_of(clause.head)
    if clause.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            w.lower_ in ("which", "whom") for w in c.children) for c in _subtree_preps(clause)):
        return clause_of(clause.head)  # "launched 84 drones overnight, of which 71 were shot down"
    if clause.head.lower_ == "with" and (clause.dep_ == "pobj" or clause.dep_ == "pcomp" and (
            clause.tag_ == "VBG" or clause.lower_ in ("up", "down")
            or any(c.lower_ in ("up", "down") and c.dep_ in ("prt", "advmod") for c in clause.children))):
        # ("with the index up 0.87 percent": the move itself read as the clause)
        # ("with the month-ahead price up 16% to 535p": a move on that day too)
        # "with winds gusting up to 70 km/h", "with revenue dipping 1.3 percent" (not a state:
        # "with up to half of them wounded")
        return clause_of(clause.head)
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in clause.children):
        return clause_of(clause.head)  # "output fell 3% in August, with China down 3.5%": parsed as a clause
    if clause.head.lower_ == "by" and clause.dep_ == "pcomp" and clause.tag_ == "VBG" and any(
            c.dep_ == "dobj" and (c.like_num or any(g.dep_ == "nummod" for g in c.children)) for c in clause.children):
        # "bought it on March 13 by paying 77 ETH": the amount the act took, its time (not a figure
        # deep in what the means was about: "won in March by campaigning against a welcome of 1 million")
        return clause_of(clause.head)
    if conj and clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and (
            clause.tag_ == clause.head.tag_ or clause.tag_ == "VBN" and clause.head.tag_ == "VBD"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in clause.children)):
        # ("killed 13 people and injured 12", the second verb tagged a participle)
        return clause_of(clause.head)
    if conj and clause.dep_ == "relcl" and clause.head.lemma_.lower() in EVENT_HEADS \
            and (clause.tag_ == "VBD" or clause.lower_ in SAME_IN_THE_PAST) \
            and clause.head.dep_ in ("dobj", "pobj") and not (
                clause.head.dep_ == "pobj" and clause.head.head.lower_ in CAUSE_PREPS | {"since"}):
        # (not "fleeing Berlin Monday after the attack that killed 12": an earlier event)
        return clause_of(clause.head)  # "kept up its assault on Saturday in attacks that left 87 dead": the attacks' day
    if conj and clause.dep_ == "advcl" and (_tense(clause) == _tense(clause.head)
                                            or _finite_tense(clause) == _finite_tense(clause.head) != "") and any(
            c.dep_ == "mark" and c.lower_ in ("while", "whereas", "as") for c in clause.children):
        return clause_of(clause.head)  # "In October trucks averaged $41,640, while sedans averaged $31,627"
    return None


# Verbs whose past is written as their present, which the tagger often reads as present ("a campaign
# that cost only $1.2 million", after "won in 1992").
SAME_IN_THE_PAST = frozenset("cost hit cut put set hurt spread shut let burst".split())
# Events whose relative clause tells what they did ("attacks that left 87 dead"), at the events' time.
EVENT_HEADS = frozenset("attack strike raid blast explosion bombing shelling assault clash storm quake earthquake "
                        "flood fire crash stampede shooting campaign election war offensive auction".split())


def _clause_just_before(participle: Token) -> Token | None:
    """'… even though it reached a deal in July, agreeing to pay $50 million': a participle set off by
    a comma goes with the clause that ends right before it, wherever the parser hung it."""
    doc = participle.doc
    comma = participle.left_edge.i - 1
    if participle.tag_ != "VBG" or participle.left_edge.i != participle.i or comma <= participle.sent.start \
            or doc[comma].text != ",":
        return None
    before = clause_of(doc[comma - 1])
    if before == participle.head or before.right_edge.i != comma - 1 or before.tag_ not in ("VBD", "VBZ", "VBP") \
            or before.dep_ in ("acl", "relcl"):
        return None  # (a finite clause: not "nine others selected in November 2018, bringing the total to 14")
    return before


def _top_clause(clause: Token) -> Token:
    """The main clause a dependent clause sits in: up through relative, adverbial and
    complement clauses, stopping at a coordinated clause (which may have a time of its own)."""
    node = clause
    while node.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "pobj", "prep", "nsubj", "dobj", "attr",
                        "nsubjpass", "appos", "npadvmod", "compound", "amod", "nummod", "quantmod", "advmod") \
            and node.head != node:
        node = node.head
    return clause_of(node) if node.pos_ not in ("VERB", "AUX") else node


def _days_apart(clause: Token, heads: list[TimeHead], published: str | None) -> str | None:
    """The day of an event set a few days or weeks after or before another one of known day: 'comes
    a day after X', 'came two weeks before X' (the other event's day, or today for a present
    tense, moved by that many days)."""
    if clause.dep_ != "advcl":
        return None
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    gap = next((c for c in clause.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
    if mark is None or gap is None:
        return None
    count = next((c for c in gap.children if c.dep_ == "nummod"), None)
    word = count.lower_ if count is not None else next((c.lower_ for c in gap.children if c.dep_ == "det"), "")
    n = NUMBER_WORDS.get(word) if word not in ("few", "several") else None
    if n is None and count is not None and count.text.isdigit():
        n = int(count.text)
    if not n:
        return None
    head = clause.head
    own = [t.value for t, ts in heads if ts is not None and _time_clause(ts) == head and _days(t.value) == 1]
    anchor_day = own[0] if own else (published[:10] if published and _finite_tense(head) == "present" else None)
    iv = value_bounds(anchor_day) if anchor_day else None
    if iv is None:
        return None
    day = iv[0] - timedelta(days=n * (7 if gap.lemma_.lower() == "week" else 1)) * (1 if mark == "after" else -1)
    return format_value((day, day))


def _tense(verb: Token) -> str:
    """Past, present or other, from the tag: 'are up' and 'is up' are one form."""
    return {"VBD": "past", "VBP": "present", "VBZ": "present"}.get(verb.tag_, verb.tag_)


def _now_state(verb: Token, usable: list[tuple[TimeRef, Span]]) -> str | None:
    """The day of a present state marked 'now' or 'currently' on this verb (not a running 'so far')."""
    if _finite_tense(verb) != "present" or _perfect(verb):
        return None
    return next((t.value for t, ts in usable if _time_clause(ts) == verb and t.text.lower() in PRESENT_MARKERS), None)


def _as_of(ts: Span) -> bool:
    """A time written 'as of …' ('As of Friday evening'): the moment a count holds."""
    return ts.start >= 2 and ts.doc[ts.start - 2 : ts.start].text.lower() == "as of" or ts.text.lower().startswith("as of ")


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _finite_tense(verb: Token) -> str:
    """Past or present of a verb or of its auxiliary ('are writing' is present), else ''.
    'Apple is now in every firm, and eight in ten are writing apps': one present, one now."""
    for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))):
        if t.tag_ in ("VBD", "VBP", "VBZ"):
            return _tense(t)
    return ""


def _subtree_preps(clause: Token) -> list[Token]:
    return [t for t in clause.subtree if t.dep_ == "prep" and t.i < clause.i]


def _published_by(ts: Span) -> bool:
    """A time on a participle of publishing on some noun: 'a poll released on Monday'."""
    node = ts.root
    while node.head != node:
        if node.lemma_.lower() in PUBLISH_VERBS and (node.dep_ == "acl" or (
                node.dep_ == "advcl" and node.tag_ == "VBN" and not any(c.dep_ == "mark" for c in node.children))):
            return True  # "a poll released on Monday", "In the latest poll, released on Monday, ..."
        if node.dep_ in ("relcl", "ccomp", "advcl"):
            return False
        node = node.head
    return False


def _holds_now(clause: Token) -> bool:
    """A state as of publication: 'are still missing', 'the toll has risen to 47'."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if clause.tag_ in ("VBP", "VBZ") and any(c.lower_ in PRESENT_MARKERS for c in clause.children):
        return True
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in clause.children)
    return perfect and clause.lemma_.lower() in CHANGE_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in clause.children
    )


def _when_then(sub: Token, clause: Token) -> bool:
    """'When Robideau first spoke to NPR back in 2001, payday lending was a $14 billion industry': a
    'when' clause before a past state dates it however long its time (not 'as sales rose in 2020')."""
    return sub.i < clause.i and any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in sub.children) \
        and clause.lemma_ == "be" and clause.tag_ == "VBD"


def _temporal_child(sub: Token, clause: Token) -> bool:
    """An event clause of the figure's clause whose short time dates it: 'killed when the plane
    crashed on Tuesday'; or a bare predicate the parser hung as a clause ('150 returned home
    broke on Wednesday': no marker, no subject of its own)."""
    if sub.dep_ != "advcl" or sub.head != clause:
        return False
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in DURATION_UNITS for c in sub.children):
        return False  # "remain, 18 years after Washington invaded in 2001": then plus the years, not then
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in sub.children):
        return True
    # "after industrial production in October fell": the event before is not the figure's time, but
    # "soon after he was booed Monday", "hours after" put both on the same day
    marks = [c for c in sub.children if c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "before")]
    if marks and any(g.lower_ in SAME_DAY_WORDS for c in [*sub.children, *marks[0].children] for g in (c, *c.children)
                     if g.dep_ in ("advmod", "npadvmod")):
        return True
    if marks and sub.lemma_.lower() in ("close", "open") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ("market", "bell", "exchange") for c in sub.children):
        return True  # "shares grew 21% after the market closed Friday": the same trading day
    return sub.tag_ in ("VBD", "VBN", "JJ") and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "advmod") for c in sub.children)


def _purpose_of(sub: Token, clause: Token) -> bool:
    """An infinitive of purpose hung on the figure's clause ('flew in … to start the war')."""
    return sub.dep_ in ("advcl", "xcomp") and sub.head == clause and sub.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in sub.children)


def _opens_sentence(ts: Span) -> bool:
    """'In 2003, ...': a time set off at the head of the sentence frames all of its clauses."""
    sent = ts.root.sent
    lead = 1 if ts.doc[sent.start].lower_ in OPENING_ADVERBS else 0  # "Elsewhere on Monday, …"
    return ts.start - sent.start <= 1 + lead and ts.end < sent.end and ts.doc[ts.end].text == ","


OPENING_ADVERBS = frozenset("elsewhere meanwhile also earlier later and but separately".split())


MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())


def claim_statement_time(attr: Attribution, time_heads: list[TimeHead]) -> str | None:
    """When the claim was made, where the reporting frame carries a time ('said on Feb. 14')."""
    frame = attr.frame
    if frame is None or not time_heads:
        return None
    roots: list[Token] = [frame.cue]
    if frame.cue.dep_ == "relcl":
        roots.append(frame.cue.head)
    if frame.cue.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in frame.cue.children):
        roots.append(frame.cue.head)  # "came to light last week, when officials announced that ...": then
    if frame.cue.dep_ == "advcl" and frame.cue.tag_ == "VBG" and frame.cue.i > frame.cue.head.i:
        roots.append(frame.cue.head)  # "acknowledged shortages Tuesday, telling lawmakers that …": the same day
    if frame.kind == "according":
        roots = [frame.cue]
    spk = frame.speaker_token
    if spk is not None and spk.pos_ == "NOUN" and spk.lemma_.lower() in ("report", "data", "datum", "figure", "survey"):
        for t, ts in time_heads:  # "last week's April jobs report showed …": the month it covers, not its release
            if ts is None or not len(ts) or ts.root.lower_ not in MONTH_NAMES:
                continue
            node = ts.root
            while node.dep_ in ("compound", "nmod") and node.head.i > node.i and node.head != spk:
                node = node.head  # ("April jobs report": the month fronts the words in front of the head)
            if node.dep_ in ("compound", "nmod") and node.head == spk:
                return t.value
    for t, ts in time_heads:
        if ts is None or not len(ts):
            continue
        if _opens_sentence(ts) and frame.kind != "according" and frame.cue.dep_ == "conj" \
                and ts.root.head.i != ts.root.i and dominates(frame.cue.head, ts.root):
            return t.value  # "In 2003, X was accused of ... and officials admitted that ...": both then
        node = ts.root
        while node.head != node and node not in roots:
            if node.dep_ in ("ccomp", "relcl", "advcl") and node.head in roots and frame.kind != "according":
                break
            if node.dep_ in ("relcl", "acl") and node.head not in roots:
                break  # "Rescuers, who arrived on Sunday, said ...": that date is the rescuers', not the claim's
            if node.pos_ in ("VERB", "AUX") and node is not ts.root:
                break  # "said, after reporting a loss for the first quarter": the reporting's time, not the saying's
            node = node.head
        if node in roots:
            return t.value
    return None


# "Clinton raised $37 million during the same period": the period the story just gave. Not the
# other side of a comparison ("compared with the same period last year", "than in the same month").
SAME_PERIOD = re.compile(r"(?i)(?:\b(?:during|in|over|for|throughout|within)\s+(?:that|the\s+same)\s+"
                         r"(?:period|quarter|month|year|week|stretch|span|time\s+frame|timeframe)|"
                         # "raised $9 million in February … burning through $17.5 million over the course of
                         # the month": the month just named
                         r"\b(?:during|over\s+the\s+course\s+of|throughout)\s+the\s+(?:month|quarter|week)|"
                         r"\b(?:on\s+)?(?:that(?:\s+same)?|the\s+same)\s+day)\b"
                         r"(?!\s*(?:,\s*)?(?:last|a\s+year|of\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d|one\s+year|the\s+previous|"
                         r"the\s+prior|before|earlier|ago))")
COMPARED_BEFORE = re.compile(r"(?i)(?:\bcompared\s+(?:to|with)|\bthan|\bfrom|\bversus|\bvs\.?|\bagainst)\s*$")


def same_period(anchor: Token) -> bool:
    """Whether the figure's clause takes 'the same period' as the story's last one (a phrase that
    names no time of its own, only that the previous figure's holds)."""
    sent = anchor.sent
    clause = clause_of(anchor)
    for m in SAME_PERIOD.finditer(sent.text):
        if COMPARED_BEFORE.search(sent.text[:m.start()]):
            continue
        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and (clause_of(span.root) == clause or dominates(clause, span.root)):
            return True
    return False
