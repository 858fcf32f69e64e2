"""Golf's own numbers: round scores, totals, strokes against par and hole numbers.

A golf report is dense with bare numbers that count nothing a reader would check across outlets:
"fired a 67", "on seven-under-par 135", "16 over for two rounds", "birdied 10 and 15". The
figure scanner reads a sentence at a time and cannot tell "a 67" on a golf course from "a 67"
anywhere else, so the document decides: only in a text that talks golf (several of its words)
are these shapes dropped. Counts of birdies, holes, wins or prize money stay figures.
"""

from __future__ import annotations

import re

from newsledger.model import Figure

# Words that only golf reports use together; a text needs two different ones.
_GOLF_WORDS = re.compile(
    r"\b(?:birdie[sd]?|birdying|bogey(?:s|ed)?|double-bogey(?:s|ed)?|eagle[sd]|par-(?:three|four|five|[345]|\d\d)"
    r"|(?:under|over)-par|fairways?|putts?|putted|tee shot|the cut|back nine|front nine)\b",
    re.IGNORECASE,
)
# What may follow a bare score or hole number: punctuation or a little word, never a unit ("67 people").
_THEN = r"(?=\s*(?:[,.;:)!?\u201d\"]|$|(?:to|at|for|and|but|on|in|with|after|as|that|which|the|respectively|total|while|before|when|over)\b))"
# "fired a 67", "shot a 64 and 70", "slumped to a second-round 78", "carded a bogey-free 66",
# "a fine 67 for a 136 total": an article, then at most two modifiers, then the score.
_ROUND_SCORE = re.compile(
    r"\b(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<n>[5-8]\d)\b" + _THEN +
    r"(?:\s+and\s+(?P<n2>[5-8]\d)\b" + _THEN + ")?",
    re.IGNORECASE,
)
# "seven-under-par 135", "for a 136 total", "on 135", "a two-round total of 139"
_TOTAL = re.compile(
    r"(?:(?:under|over)(?:-par)?|level(?:-par)?|total of|on|for an?)\s+(?P<n>[12]\d\d)\b(?!\s*(?:%|per|[a-z]{2,}\b(?<!total)))"
    r"|\b(?P<m>[12]\d\d)\s+total\b",
    re.IGNORECASE,
)
# "16 over for two rounds", "seven under", "3-under": strokes against par
_AGAINST_PAR = re.compile(r"\b(?P<n>\d{1,2}|[a-z]+)[\s-](?:under|over)\b(?!\s+(?:the|a|an|\d)\b|(?-i:\s+[A-Z]))", re.IGNORECASE)
# "on 11, 12 and 15", "birdied 10 and 15", "dropped a shot on seven", "the 18th" (an ordinal, not read anyway)
_HOLE_LIST = re.compile(
    r"\b(?:on|birdied|bogeyed|double-bogeyed|eagled|parred|at)\s+"
    r"(?P<list>(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen)(?:,\s*|\s+and\s+|\s+or\s+)?)+)" + _THEN,
    re.IGNORECASE,
)
_NINE = re.compile(r"\b(?:back|front)\s+(?P<n>nine)\b", re.IGNORECASE)
_HOLE_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen".split()) | {str(n) for n in range(1, 19)}


def is_golf_text(body: str) -> bool:
    """Two different golf words in the text: a golf report, where bare scores are not figures."""
    return len({m.group().lower() for m in _GOLF_WORDS.finditer(body)}) >= 2


def _golf_spans(text: str) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for m in _ROUND_SCORE.finditer(text):
        spans.update(m.span(g) for g in ("n", "n2") if m.group(g))
    for m in _TOTAL.finditer(text):
        spans.update(m.span(g) for g in ("n", "m") if m.group(g))
    for m in _AGAINST_PAR.finditer(text):
        spans.add(m.span("n"))
    for m in _HOLE_LIST.finditer(text):
        start = m.start("list")
        for part in re.finditer(r"\w+", m.group("list")):
            if part.group().lower() in _HOLE_NUMBERS:
                spans.add((start + part.start(), start + part.end()))
    for m in _NINE.finditer(text):
        spans.add(m.span("n"))
    return spans


def drop_golf_scores(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures of one sentence of a golf report, less its scores, totals and hole numbers.
    A figure goes only when its whole quote is one such number with no unit of its own."""
    if not figures:
        return figures
    spans = _golf_spans(text)
    return [f for f in figures if not (f.unit is None and (f.start, f.end) in spans)]
