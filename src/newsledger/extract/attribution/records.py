"""`Frame` and `Attribution`, the records attribution hands on, and which figures a frame covers.

Kept on their own because every layer above builds or reads them; `Frame.covers` and its tests of a
frame's reach ('…, she added, with 69.2% …') belong with the record they decide for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution.phrases import dominates
from newsledger.extract.attribution.shapes import DELIVERED_WORDS, TEXT_WORDS


@dataclass
class Frame:
    """One reporting frame in a sentence."""

    kind: str  # verb | according | noun | tell
    cue: Token  # the reporting verb, preposition or noun
    scope: Token  # the node that must dominate the figure for the frame to apply
    speaker: str | None
    speaker_token: Token | None
    media: bool = False
    recipient: str | None = None  # "told AFP" -> AFP, when the recipient is a newsroom
    generic: bool = False  # "insurers", "survivors": a kind of people, not a named source
    cited: str | None = None  # "citing X" attached to this frame
    document: bool = False  # the speaker is a poll, study, report or data set
    stance: bool = False  # a verb of intention ("plans to", "called for"), not of saying
    before: int | None = None  # a parenthetical 'X said' reports only what comes before it

    def covers(self, anchor: Token) -> bool:
        return dominates(self.scope, anchor) and (
            self.before is None or anchor.i < self.before or _phrase_of_clause(self.scope, anchor)
            or _joined_after_aside(self.cue, self.scope, anchor)) and not _across_semicolon(anchor, self.cue) \
            and not _report_of_its_own(self.cue, anchor) and not _in_its_medium(self.cue, anchor)


def _branch_under(head: Token, anchor: Token) -> Token:
    """The child of `head` whose subtree holds `anchor` (the sentence root when `head` is not above it)."""
    child = anchor
    while child.head.i != child.i and child.head != head:
        child = child.head
    return child


def _in_its_medium(cue: Token, anchor: Token) -> bool:
    """'the judge wrote in a 68-page opinion', 'said in a 12-minute video': the figure sizes the text
    the words came in, not what they say."""
    child = _branch_under(cue, anchor)
    return child.head == cue and child.dep_ == "prep" and child.lower_ in ("in", "on", "during") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | TEXT_WORDS | DELIVERED_WORDS
        | {"opinion", "video", "ruling", "post"} and g.left_edge.i <= anchor.i < g.i for g in child.children)


def _report_of_its_own(cue: Token, anchor: Token) -> bool:
    """'Official data does not show where they live, but the median pay of £52,000 indicates …': a
    reporting verb joined to the cue with a subject of its own makes a report of its own."""
    child = _branch_under(cue, anchor)
    return child.head == cue and child.dep_ == "conj" and child.lemma_.lower() in lx.REPORT_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in child.children)


def _phrase_of_clause(scope: Token, anchor: Token) -> bool:
    """'Women outvoted men, she added, with 69.2% of women voting': a 'with' or 'including' phrase
    that spells out the reported clause after a parenthetical 'she added' is still what she
    reported; a clause of its own ('…, the agency said, as analysts had expected 200') is not, nor
    (PolNeAR dev says) the clause's other phrases, which more often set the scene."""
    child = _branch_under(scope, anchor)
    if child.head == scope and child.dep_ == "prep" and child.lower_ == "by" and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children):
        return True  # "The army responded, the statement added, by downing five jets": how, as reported
    return child.head == scope and child.dep_ == "prep" and child.lower_ in (
        "with", "including", "compared", "versus", "vs", "vs.")  # "…, the group said, compared with $2,700 for …"


def _joined_after_aside(cue: Token, scope: Token, anchor: Token) -> bool:
    """'Turnout was 61 percent, the commission said, and 3,000 ballots were spoiled': a clause
    joined by 'and' straight after a parenthetical frame is part of the same report."""
    child = _branch_under(scope, anchor)
    if child.head == scope and child.dep_ == "advcl" and child.i > cue.i and any(
            c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in child.children):
        # "68 completed the study, Kim said, while 27 others completed 20 weeks": the contrast is his too
        return all(t.text == "," for t in anchor.doc[cue.right_edge.i + 1 : child.left_edge.i])
    if child.head != scope or child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or child.i < cue.i:
        return False
    gap = anchor.doc[cue.right_edge.i + 1 : child.left_edge.i]
    return any(t.lower_ == "and" for t in gap) and all(t.lower_ in (",", "and") for t in gap)


def _across_semicolon(anchor: Token, cue: Token) -> bool:
    """'Morvania slaps 25% tariff; Kestran vows retaliation': a frame after a semicolon speaks for
    its own clause, unless it is a bare '…; officials said' with nothing else to report."""
    semi = next((t.i for t in anchor.doc[anchor.i : cue.i] if t.text == ";"), None) if anchor.i < cue.i else None
    return semi is not None and any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and c.i > semi for c in cue.children)


@dataclass
class Attribution:
    claimant: str | None = None
    via: list[str] = field(default_factory=list)
    frame: Frame | None = None
    frames: list[Frame] = field(default_factory=list)
