"""Cheap sentence and paragraph boundaries for a cleaned body.

The dependency parse is the expensive part of extraction, so boundaries come from a cheap
splitter that knows spaCy's English abbreviations ("Feb.", "U.S." are not sentence ends),
and only sentences that can hold a figure are parsed later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
# A dateline opens a report ("TAIPEI, Taiwan – ", "KYIV (Reuters) - ") and is not part of its first sentence.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'/\- ]{1,40}(?:,\s*[A-Z][\w.' ]{1,30})?)(?:\s*\([^)]{1,30}\))?\s*[\u2013\u2014-]{1,2}\s+"
    # or a wire's with a colon, dated or credited: "ISLAMABAD, May 29 (APP):"
    r"|^[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?:[A-Z]{2,6}|Reuters|Xinhua|Bloomberg)\)\s*:\s*"
    r"|^[A-Z][A-Z.'\- ]{1,40},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*:\s*"
)


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the body
    end: int
    text: str
    paragraph: int  # index of the paragraph the sentence stands in


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words ending in a period that do not end a sentence: spaCy's own English exceptions.

    Read from the language defaults (a dict) rather than a blank pipeline, which would cost
    a sixth of a second to build on every run.
    """
    from spacy.lang.en import English

    return frozenset(k for k in English.Defaults.tokenizer_exceptions if k.endswith("."))


# A sentence ends at . ! ? (and any closing quote or bracket) before a capital, digit or opening quote.
# A scraped page can lose the space ("rose 62.5 percent.Backlogged cases", 'backwards."Most of'): a stop
# glued between a lower-case word and a capitalised one ends a sentence too.
BOUNDARY = re.compile(r"[.!?\u2026]+[\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9])"
                      r"|(?<=[a-z%])[.!?][\"\u201d]?(?=[A-Z][a-z]{2,})")
INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
# Titles before several names ("Sens. Ruiz and Hale"), which spaCy's list has only in the singular.
PLURAL_TITLES = frozenset("Sens. Reps. Govs. Gens. Drs. Profs. Messrs.".split())
# Ranks and offices before a name ("Navy Cdr. Gary Ross", "Lt. Col. Ana Ruiz", "Det. Supt. Tom Hale"),
# which spaCy's list lacks; they never end a sentence.
RANK_TITLES = frozenset("Cdr. Cmdr. Lt. Col. Capt. Sgt. Maj. Brig. Cpl. Pvt. Supt. Insp. Det. Const. Hon. Amb. Fr.".split())
# Currencies written with a full stop before the amount (South Asian and East African papers).
CURRENCY_ABBREVIATIONS = frozenset("Rs. Re. Tk. Sh. Shs. Ksh. Kshs. Rp. Dh. Dhs. Rf. Nu.".split())


# An abbreviation that can close a sentence ("… in San Bernardino, Calif. The group said …", "… Apple
# Inc. It said …", "at 9 a.m. The"), when the next word can only open one; titles never do ("Gov. The").
SENTENCE_STARTS = frozenset("The A An He She It They We I But And This That These Those His Her Their Its There".split())
_NEVER_LAST = frozenset("Mr. Mrs. Ms. Dr. Gov. Sen. Rep. Prof. Rev. Gen. Adm. St. Mt. Messrs. vs. v. v.s. e.g. i.e. "
                        "E.g. E.G. I.e. I.E. No. Nos.".split())


def _next_word(text: str, at: int) -> str:
    """The word a stretch of text opens with, without an opening quote or bracket."""
    words = text[at:at + 40].split(maxsplit=1)
    return words[0].strip("\"\u201c\u2018([") if words else ""


def _can_end(word: str) -> bool:
    return word not in _NEVER_LAST and word not in PLURAL_TITLES and word not in RANK_TITLES and not (
        len(word) == 2 and word[0].isalpha())


def _split_paragraph(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph.

    A regular expression over the paragraph, with spaCy's tokenizer exceptions as the list
    of abbreviations, finds the same boundaries as spaCy's sentencizer (and keeps a quotation
    whole where the sentencizer cuts after its closing mark), at a thirtieth of the cost: it
    runs over every sentence of every report, parsed or not.
    """
    abbreviations = _abbreviations()
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BOUNDARY.finditer(text):
        words = text[start : m.start() + 1].split()
        last = words[-1].lstrip("\"\u201c\u2018([") if words else ""
        if (last in abbreviations or last in PLURAL_TITLES or last in RANK_TITLES or INITIALS.fullmatch(last)) and not (
                _can_end(last) and _next_word(text, m.end()) in SENTENCE_STARTS):
            continue
        if last in ("No.", "Nos.", *CURRENCY_ABBREVIATIONS) and text[m.end() : m.end() + 1].isdigit():
            continue  # "the No. 2 spot", "Bush (No. 43)", "almost Rs. 510 million"
        if m.group(0).startswith(("...", "\u2026")) and _quote_open(text[start : m.start()]):
            continue  # 'would "make more difficult... Turkcell's consolidation"': an ellipsis marks a cut
        spans.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _quote_open(stretch: str) -> bool:
    """Whether a double-marked quotation opened in `stretch` is still open at its end."""
    return stretch.count('"') % 2 == 1 or stretch.count("\u201c") > stretch.count("\u201d")


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph; flattened pages put one paragraph per line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(body + "\n"):
        start, end = pos, m.start()
        pos = m.end()
        chunk = body[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            spans.append((start + lead, start + trail))
    return spans


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of the body with their paragraph index; a leading dateline is left out."""
    out: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(paragraphs(body)):
        for k, (s_start, s_end) in enumerate(_split_paragraph(body[p_start:p_end])):
            raw = body[p_start + s_start : p_start + s_end]
            text = raw.strip()
            if not text:
                continue
            start = p_start + s_start + (len(raw) - len(raw.lstrip()))
            if index < 3 and k == 0:
                m = DATELINE.match(text)
                if m and len(text) - m.end() > 20:
                    start += m.end()
                    text = text[m.end():]
            out.append(Sentence(start, start + len(text), text, index))
    return _merge_fragments(body, out)


def _merge_fragments(body: str, sents: list[Sentence]) -> list[Sentence]:
    """Re-join pieces the sentencizer cut inside a quotation or after a lone initial."""
    merged: list[Sentence] = []
    for s in sents:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.paragraph == s.paragraph
            and (len(s.text) < 3 or re.search(r"\b[A-Z]\.$", prev.text) is not None)
        ):
            merged[-1] = Sentence(prev.start, s.end, body[prev.start:s.end], prev.paragraph)
        else:
            merged.append(s)
    return merged
