"""Where quotations run in a body, across sentences and paragraphs.

A figure inside a quotation belongs to the quotation's speaker, who may be named in another
sentence: before it ("X said: ..."), after it ("...," X said), or paragraphs earlier when a
quote runs on (news style reopens the mark at each new paragraph and closes it only at the
end). spaCy's parse is per sentence and knows nothing of that, so the marks are paired here
with a scan over each paragraph. Written by hand: no library pairs news quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.sentences import paragraphs

# Opening-only, closing-only and two-way marks; '' and `` are the typewriter pairs some wires use.
MARK = re.compile(r"\u201c|\u201d|``|''|\"")
OPENING = frozenset({"\u201c", "``"})
CLOSING = frozenset({"\u201d"})
# "WALLACE:" / "MR. SMITH:" opening a paragraph: a transcript's speaker label.
SPEAKER_LABEL = re.compile(r"^[\"\u201c]?\s*(?P<name>(?:[A-Z][A-Z.'\-]+)(?:\s+[A-Z][A-Z.'\-]+){0,3}):\s")
# Words that head a part of a page, not a speaker: a live blog's 'Update:', a fact-check's
# 'Claim:' / 'Verdict:', a caption's 'Photo:'. Neither a transcript label nor a colon lead-in.
SECTION_HEADS = frozenset(
    "Update Updated Note Editor Source Sources Photo Video Read More Watch Listen Q A Claim Claims Verdict Rating "
    "Fact Facts Context Background Summary Correction Clarification Breaking Analysis Key Points Bottom Line "
    "Conclusion Evidence Ruling".split())


@dataclass(frozen=True)
class Quote:
    """One stretch of quoted text; `group` joins the paragraphs of one running quotation."""

    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark, or the paragraph's end when it stays open
    group: int
    closed: bool


def find_quotes(body: str) -> list[Quote]:
    """Quotations of a body, in order; a quote left open at a paragraph's end joins the next
    paragraph's quote when that paragraph opens with a mark (a running quotation)."""
    quotes: list[Quote] = []
    group = -1
    carry = False
    for p_start, p_end in paragraphs(body):
        text = body[p_start:p_end]
        opened: int | None = None
        opener = ""
        depth = 0
        inner_straight = False  # a '"' quotation open inside a curly one
        first = True
        for m in MARK.finditer(text):
            mark = m.group(0)
            two_way = mark not in OPENING and mark not in CLOSING
            if opened is None:
                if mark in OPENING or (two_way and _opens(text, m.end())):
                    joins = carry and first and not text[: m.start()].strip()
                    if not joins:
                        group += 1
                    opened, opener, depth, inner_straight = m.start(), mark, 0, False
            elif opener == "\u201c" and mark == '"':
                # mixed marks from a CMS ('“… her skull," the office said'): a straight mark that
                # opens nothing closes the curly quote, unless it ends a quotation inside it
                if _opens(text, m.end()) and not inner_straight:
                    inner_straight = True
                elif inner_straight:
                    inner_straight = False
                elif not depth:
                    quotes.append(Quote(p_start + opened, p_start + m.end(), group, True))
                    opened = None
            elif mark == opener and (mark == '"' or mark == "\u201c" and not depth) and m.start() > 0 \
                    and text[m.start() - 1].isspace() and _opens(text, m.end()) and text[: m.start()].rstrip()[-1:] in ".?!":
                # '… three million unemployed. "Never again …': a straight mark after a space and before a
                # word opens; the quotation before it lost its closing mark, and the speaker goes on.
                # ('… compete against them. “It’s the final …': a curly one too, where the page lost the
                # paragraph break of a running quotation)
                quotes.append(Quote(p_start + opened, p_start + m.start(), group, True))
                opened = m.start()
            elif _closes(opener, mark):
                if depth:
                    depth -= 1  # the end of a quotation inside the quotation
                else:
                    quotes.append(Quote(p_start + opened, p_start + m.end(), group, True))
                    opened = None
            elif mark == opener and mark in OPENING:
                depth += 1
            first = False
        carry = opened is not None
        if opened is not None:
            quotes.append(Quote(p_start + opened, p_end, group, False))
        if not quotes or quotes[-1].start < p_start:
            group = _single_quotes(text, p_start, group, quotes)
    return quotes


# Single marks as quotation marks ('These findings show …,' said Pollard): only where a
# paragraph has no double-marked quotation, and only at a word edge, since the same marks are
# apostrophes ("we've", "the players' union", "’90s") everywhere else.
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013]))['\u2018](?=[A-Z0-9])")
SINGLE_CLOSE = re.compile(r"(?<=[,.?!])['\u2019](?=\s|$|['\u2019\"])")


def _single_quotes(text: str, p_start: int, group: int, quotes: list[Quote]) -> int:
    """Append the paragraph's single-marked quotations, each closed within it (an apostrophe may
    look like an opening mark; it is never followed by a closing one after punctuation); returns the
    last group number used."""
    at = 0
    while True:
        opening = SINGLE_OPEN.search(text, at)
        if opening is None:
            return group
        closing = SINGLE_CLOSE.search(text, opening.end())
        if closing is None:  # (a headline's 'It Is Not A Radical Idea' To Ask …: no mark after punctuation)
            return group
        group += 1
        quotes.append(Quote(p_start + opening.start(), p_start + closing.end(), group, True))
        at = closing.end()


def _closes(opener: str, mark: str) -> bool:
    """A quote closes with the partner of the mark that opened it; marks of the other style
    inside it belong to a quotation within the quotation."""
    if opener == "\u201c":
        return mark == "\u201d"
    if opener == "``":
        return mark == "''"
    return mark == opener


def _opens(text: str, at: int) -> bool:
    """A two-way mark opens a quote when a word follows it ('"The' rather than 'said" and')."""
    return at < len(text) and not text[at].isspace() and text[at] not in ",.;:)"


def quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The quotation that holds [start, end), if any."""
    for q in quotes:
        if q.start < start and end <= q.end:
            return q
        if q.start >= end:
            break
    return None


def speaker_label(paragraph_text: str) -> str | None:
    """A transcript label ('PENCE: ...') names the speaker of its paragraph."""
    m = SPEAKER_LABEL.match(paragraph_text)
    if m is None or len(m.group("name")) < 3:
        return None
    return m.group("name").title()


@lru_cache(maxsize=4)  # asked once per document and once per quotation group of it
def transcript_labels(body: str) -> dict[int, str]:
    """The speaker label of each paragraph that has one, by paragraph index. A page's section
    heads share the label's shape ('CLAIM:', 'VERDICT:', 'UPDATE:' in fact-checks and live
    blogs); taken as speakers they would claim every figure of their line, so they are not.
    Nor is a dateline in capitals, the one label of a page, on its first paragraph."""
    spans = paragraphs(body)
    every = {k: name for k, (a, b) in enumerate(spans) if (name := speaker_label(body[a:b]))}
    names = set(every.values())
    if len(names) == len(every) and (len(names) >= 3 or len(names) == 2 and any(len(n.split()) > 1 for n in names)):
        return {}  # labels none of which speaks twice: a preview's, a fact box's or a news roundup's section
        # heads ("SAHIWAL: …" then "MAN HUMILIATED: …"), where a transcript's speakers take turns; two
        # one-word labels ("SMITH:", "JONES:") may be one exchange
    labels = {k: name for k, name in every.items() if not set(name.split()) & SECTION_HEADS
              and not {w.lower() for w in name.split()} & HEAD_WORDS}  # "WHAT TO EXPECT:", "SEASON TO DATE:"
    if list(labels) == [0]:
        return {}  # one label, on the first paragraph and nowhere else: a dateline ("NEW DELHI: ...")
    staff = {m.group("name").split()[-1].title() for m in STAFF_LABEL.finditer(body)}
    return {k: name for k, name in labels.items() if name.split()[-1] not in staff}


# "ANTHONY KUHN, BYLINE:", "DAVID GREENE, HOST:": a broadcast transcript's own reporter and host,
# whose later "KUHN:" paragraphs are the outlet speaking in its own voice, no source it quotes.
STAFF_LABEL = re.compile(r"^[\"\u201c]?\s*(?P<name>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}),\s+(?:BYLINE|HOST)\s*:",
                         re.MULTILINE)


# Words a section head has and a speaker's name does not ("WHAT TO EXPECT:", "KEY TO THE GAME:").
HEAD_WORDS = frozenset("to the of for in at on with what how why who when where".split())


# 'More from Blumenthal and Cohen: ', 'Pollsters agree - Carl Bialik: ': the words just before a colon
# that opens a quotation, when they are a name (capitalised words, at most one 'and'), perhaps
# with a role after it ('More from Ana Ruiz, the institute's head of surveillance:').
COLON_NAME = re.compile(
    r"(?:^|[\s\-\u2013\u2014(])(?P<name>[A-Z][\w.'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w.'\u2019-]*){0,3})"
    r"(?:,\s+(?:the|a|an|its|his|her|their)\s[^:\u201c\u201d\"]{1,80})?\s*:\s*$")  # ', the institute's head of …:'


def colon_speaker(lead_in: str) -> str | None:
    """The name a colon hands the quotation to ('… - Michael P. McDonald: "…"'), if the words
    before the colon are one; a headline in capitals or a label word ('Update:') is not."""
    m = COLON_NAME.search(lead_in)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    if name.isupper() or words[0] in SECTION_HEADS or len(name) < 3:
        return None
    return name
