"""Dated events per document: sentences that say something happened at a resolvable time.

A time expression alone does not make an event; it has to attach to a happening. The
dependency parse tells us what the time modifies: we climb from the time's head to the
first verb (or event noun such as "estimate", "incursion", "election") and describe the
event by that word's clause, trimmed of the time itself and of side clauses that carry a
different dated event. Only sentences holding a time are parsed, so long bodies stay cheap.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsledger.extract.lexicon import REPORT_NOUNS
from newsledger.extract.nlp import get_nlp
from newsledger.extract.sentences import split_sentences
from newsledger.extract.timex import find_times, onset, value_bounds
from newsledger.model import Event, TimeRef

log = logging.getLogger(__name__)

# Nouns that name a happening a date can attach to ("a Jan. 13 estimate", "the March 5 election").
EVENT_NOUNS = frozenset(
    """attack offensive incursion invasion assault strike raid bombing shelling explosion blast
    earthquake quake flood fire wildfire storm hurricane outbreak crash collapse
    election vote referendum poll ballot meeting summit talks visit interview briefing
    announcement statement report estimate assessment survey census decision ruling verdict
    agreement deal ceasefire truce deployment withdrawal arrival departure launch release
    protest rally march strike demonstration parade ceremony concert speech hearing trial
    arrest capture surrender resignation appointment budget""".split()
) | REPORT_NOUNS
# Side clauses that may hold a different event; dropped from the description when they do.
SIDE_DEPS = frozenset({"advcl", "parataxis", "conj", "relcl", "acl", "xcomp", "ccomp", "npadvmod", "prep"})
MAX_WHAT_TOKENS = 40
MAX_NAME_TOKENS = 8
# Verbs of saying: their subject is a claimant and their complement is what was said. A narrower
# set than the lexicon's REPORT_VERBS, which also holds "show", "find", "put" for figures.
SAY_VERBS = frozenset(
    """say tell report claim announce confirm state write estimate add note warn believe assess reveal
    disclose declare insist deny predict""".split()
)
VERB_POS = frozenset({"VERB"})


def _anchor(sent: Doc, ref: TimeRef) -> Token | None:
    """The verb or event noun a time expression modifies, or None when it modifies nothing useful."""
    span = sent.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    seen = 0
    while tok.head is not tok and seen < 40:
        tok = tok.head
        seen += 1
        if tok.i >= span.start and tok.i < span.end:
            continue
        if tok.pos_ in VERB_POS or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
            return tok
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in EVENT_NOUNS:
            return tok
    return None  # a fragment (byline, caption credit) with no verb states no happening


def _time_tokens(sent: Doc, ref: TimeRef) -> set[int]:
    """Indices of the time expression and of a preposition that only introduces it."""
    span = sent.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return set()
    out = {t.i for t in span}
    out |= {c.i for t in span for c in t.children if c.dep_ == "case"}  # "Sunday's quake": drop the 's too
    head = span.root.head
    if head.dep_ == "prep" and head.i not in out and all(c.i in out for c in head.children):
        out.add(head.i)
    return out


def _describe(anchor: Token, drop: set[int], other_anchors: set[int]) -> str:
    """The anchor's clause, minus the time and minus side clauses that carry another event."""
    root = anchor
    saying = _is_saying_clause(anchor)
    if saying:
        root = anchor.sent.root  # "X happened, the agency said on Monday": what was said is the main clause
    elif anchor.dep_ in ("acl", "relcl") and anchor.head.pos_ in ("NOUN", "PROPN"):
        root = anchor.head  # "an incursion launched in August": keep the noun the clause describes
    keep: set[int] = {t.i for t in root.subtree}
    path = {t.i for t in anchor.ancestors} | {anchor.i}
    for node in (root, anchor):
        for child in node.children:
            if child.i in path:
                continue
            sub = {t.i for t in child.subtree}
            if (node is root and root is not anchor and not saying and root.pos_ in ("NOUN", "PROPN")
                    and child.dep_ in ("acl", "relcl", "prep")):
                keep -= sub  # for "noun + clause", keep only the noun phrase and the clause
            elif child.dep_ in SIDE_DEPS and sub & other_anchors:
                if not (node.lemma_.lower() in SAY_VERBS and child.dep_ == "ccomp"):
                    keep -= sub
    keep -= drop
    toks = [t for t in anchor.doc if t.i in keep]
    while toks and (toks[0].is_punct or toks[0].dep_ in ("mark", "cc") or toks[0].lower_ in ("that", "and")):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "prep", "mark")):
        toks.pop()
    if len(toks) > MAX_WHAT_TOKENS:
        toks = toks[:MAX_WHAT_TOKENS]
    text = "".join(t.text_with_ws for t in toks).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return text.strip(" ,;:–—-\"“”'") or anchor.text


def _is_saying_clause(anchor: Token) -> bool:
    """A verb of saying that the parse hung below the clause it reports ("..., the agency said")."""
    return anchor.lemma_.lower() in SAY_VERBS and anchor.dep_ in ("acl", "relcl", "parataxis", "ccomp", "advcl", "conj")


def _noun_phrase(tok: Token) -> str | None:
    """A claimant's name from its head: the subtree up to the first comma, bracket or clause."""
    if tok.pos_ == "NOUN":  # "the American newspaper The New York Times": the name is the apposition
        names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if names:
            tok = names[0]
    words: list[Token] = []
    for t in tok.subtree:
        if t is not tok and (t.dep_ in ("relcl", "acl", "appos") or t.text in (",", "(", ";", "–", "—")):
            if t.i > tok.i:
                break
            words = []
            continue
        words.append(t)
    while words and (words[0].dep_ == "det" or words[0].is_punct):
        words.pop(0)
    words = words[:MAX_NAME_TOKENS]
    while words and words[-1].is_punct:
        words.pop()
    text = "".join(t.text_with_ws for t in words).strip()
    return text or None


def _fallback_claimant(sent: Doc, anchor: Token) -> str | None:
    """Subject of the nearest reporting verb above the event, else the object of 'according to'."""
    if anchor.dep_ in ("acl", "relcl") and anchor.lemma_.lower() in SAY_VERBS and anchor.head.pos_ in ("NOUN", "PROPN"):
        return _noun_phrase(anchor.head)  # "an official ... claimed on Monday": the parse hangs the verb on its speaker
    tok: Token | None = anchor
    hops = 0
    while tok is not None and hops < 12:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SAY_VERBS:
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON":
                    return _noun_phrase(child)
        if tok.head is tok:
            break
        tok = tok.head
        hops += 1
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(sent) and sent[t.i + 1].lower_ == "to":
            objs = [c for c in sent[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _noun_phrase(objs[0])
    return None


def _specificity(ref: TimeRef) -> int:
    iv = value_bounds(ref.value)
    return (iv[1] - iv[0]).days if iv else 10**6


def find_events(
    doc: str,
    body: str,
    published: str | None,
    claimant_for: Callable[[int, int], str | None] | None = None,
) -> list[Event]:
    """Timeline candidates of one document: (when, what, claimant, sentence, sentence span).

    `claimant_for(start, end)` gives the pipeline's claimant for a sentence span of the
    body; without it the claimant is read from the parse. Never raises on bad input.
    """
    if not isinstance(body, str) or not body.strip():
        return []
    try:
        sentences = split_sentences(body)
    except Exception as exc:  # a broken body must not stop the run
        log.warning("events: cannot split %s: %s", doc, exc)
        return []
    dated = [(s, refs) for s in sentences if (refs := find_times(s.text, published))]
    if not dated:
        return []
    nlp = get_nlp()
    events: list[Event] = []
    for (sent, refs), parsed in zip(dated, nlp.pipe([s.text for s, _ in dated]), strict=True):
        by_anchor: dict[int, tuple[Token, TimeRef]] = {}
        for ref in refs:
            anchor = _anchor(parsed, ref)
            if anchor is None:
                continue
            held = by_anchor.get(anchor.i)
            if held is None or _specificity(ref) < _specificity(held[1]):
                by_anchor[anchor.i] = (anchor, ref)
        claimant = None
        if claimant_for is not None:
            try:
                claimant = claimant_for(sent.start, sent.end)
            except Exception as exc:  # the caller's lookup failing is no reason to lose the event
                log.warning("events: claimant lookup failed in %s: %s", doc, exc)
        for anchor, ref in sorted(by_anchor.values(), key=lambda p: p[1].start):
            others = set(by_anchor) - {anchor.i}
            what = _describe(anchor, _time_tokens(parsed, ref), others)
            who = claimant if claimant_for is not None else _fallback_claimant(parsed, anchor)
            events.append(
                Event(doc=doc, when=onset(ref, published), what=what, claimant=who,
                      sentence=sent.text, span=(sent.start, sent.end))
            )
    return events


__all__ = ["EVENT_NOUNS", "find_events"]
