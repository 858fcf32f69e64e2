"""Cheap sentence and paragraph boundaries for a cleaned body.

The dependency parse is the expensive part of extraction, so boundaries come from
spaCy's rule-based sentencizer on a blank English tokenizer (it knows "Feb." and "U.S."
are not sentence ends) and only sentences that can hold a figure are parsed later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
# A dateline opens a report ("TAIPEI, Taiwan – ", "KYIV (Reuters) - ") and is not part of its first sentence.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][\w.' ]{1,30})?)(?:\s*\([^)]{1,30}\))?\s*[\u2013\u2014-]{1,2}\s+"
)


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the body
    end: int
    text: str
    paragraph: int  # index of the paragraph the sentence stands in


@lru_cache(maxsize=1)
def _splitter() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


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
    nlp = _splitter()
    paras = paragraphs(body)
    docs = nlp.pipe(body[s:e] for s, e in paras)
    for index, ((p_start, _), doc) in enumerate(zip(paras, docs, strict=True)):
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            start = p_start + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            if index < 3 and sent.start == 0:
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
