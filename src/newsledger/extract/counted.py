"""What a figure counts (unit), what happened to it (event) and about whom (subject).

Read off the dependency parse around the figure: the noun the number modifies, the
verb that governs that noun, or a participle attached to it ("2,700 injured").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.figures import (
    SCALE_WORDS,  # multipliers the parser may tag as nouns ("sales of 148 mln")
)
from newsledger.model import Figure

LIGHT_VERBS = frozenset("be have get make take do remain stand include".split())
LEVEL_VERBS = frozenset(
    "reach rise climb fall drop hit total top surpass exceed near approach stand increase decrease jump soar grow double".split()
)
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp", "xcomp"})
CASUALTY_EVENTS = frozenset({"kill", "wound", "injure", "die"})
# Plurals the lemmatizer leaves alone or gets wrong.
UNIT_LEMMAS = {"people": "person", "persons": "person", "dos": "dose", "police": "police officer", "crowd": "person"}


# Quantity words that are things counted in their own right when a number modifies them directly.
COUNTED_LOTS = frozenset("batch group contingent count".split())  # "five counts of fraud" counts charges


@dataclass
class Counted:
    unit: str | None
    event: str | None
    subject: str | None
    noun: Token | None


def figure_root(span: Span) -> Token:
    """The number of a figure's span that attaches it to the sentence.

    Several tokens of "an estimated 430,000" hang off the noun; the number, not the
    determiner, is the one that says what is counted.
    """
    outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    numeric = [t for t in outside if t.like_num or t.pos_ == "NUM" or t.tag_ == "CD"]
    if numeric:
        return numeric[-1]
    return span.root


DEAD_WORDS = frozenset({"dead", "injured", "wounded", "missing", "hurt", "homeless", "displaced"})


def _verb_above(tok: Token) -> Token | None:
    t = tok
    while t.head != t:
        t = t.head
        if t.pos_ == "VERB":
            return t
        if t.pos_ == "AUX" and t.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj"):
            return t
    return t if t.pos_ in ("VERB", "AUX") else None


def _participle(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("acl", "amod") and child.pos_ == "VERB" and child.tag_ in ("VBN", "VBD", "VBG"):
            return child
    return None


def of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _event_of(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    partners = {c.lemma_.lower() for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
    if lemma in CASUALTY_EVENTS and partners & CASUALTY_EVENTS - {lemma}:
        return "casualty"
    return lemma


def _level_subject(verb: Token) -> str | None:
    """'casualty rates ... reaching 50%', 'the death toll rose to 45': the measured noun."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("advcl", "xcomp", "conj"):
        return _level_subject(verb.head)
    if subj is None:
        return None
    if subj.lemma_.lower() in lx.QUANTITY_HEADS:
        comp = next((c for c in subj.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN"), None)
        if comp is not None:
            return comp.lemma_.lower()
        obj = of_object(subj)
        return obj.lemma_.lower() if obj is not None else None
    return subj.lemma_.lower()


def _measured_unit(root: Token) -> str | None:
    """'the death toll rose to 214', 'put the toll at 60', 'deaths could be roughly 1,150'."""
    t = root
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
    verb = t.head
    if verb == t or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma == "put":
        measured = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif lemma in LEVEL_VERBS or lemma == "be":
        measured = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        return None
    if measured is None or measured.pos_ not in ("NOUN", "PROPN"):
        return None
    if measured.lemma_.lower() in lx.QUANTITY_HEADS:
        inner = of_object(measured) or next(
            (c for c in measured.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"), None)
        return inner.lemma_.lower() if inner is not None else None
    return measured.lemma_.lower()


def _names_a_thing(tok: Token) -> bool:
    """A counted noun is a word: not a multiplier, not a number the parser tagged as a noun ("1.8245/50")."""
    return tok.lower_ not in SCALE_WORDS and any(c.isalpha() for c in tok.text) and not any(c.isdigit() for c in tok.text)


def _stock(noun: Token, root: Token) -> bool:
    """"175 mln shares", "500 shares of Acme": a number on plural "shares" counts stock, where
    "a share of the vote" is a proportion."""
    return noun.lemma_.lower() == "share" and noun.tag_ == "NNS" and root.head == noun and root.dep_ in ("nummod", "compound")


def _phrase(tok: Token, skip: set[int]) -> str:
    words = [t for t in tok.subtree if t.i not in skip and t.dep_ not in ("relcl", "acl", "punct", "det")
             and not any(a.dep_ in ("relcl", "acl", "appos") and a.i != tok.i for a in _ancestors_until(t, tok))]
    return " ".join(t.text for t in words[:8]).strip()


def _ancestors_until(t: Token, top: Token) -> list[Token]:
    out = []
    while t != top and t.head != t:
        out.append(t)
        t = t.head
    return out


def counted(fig: Figure, fspan: Span, previous_unit: str | None) -> Counted:
    """Unit, event and subject of a figure, given its span in a parsed sentence."""
    root = figure_root(fspan)
    inside = {t.i for t in fspan}
    noun: Token | None = None
    if root.head != root and root.head.i not in inside and root.dep_ in (
        "nummod", "quantmod", "amod", "compound", "nmod", "advmod", "npadvmod"
    ) and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
    elif root.pos_ == "NOUN" and root.lemma_.lower() not in lx.QUANTITY_HEADS and root.tag_ not in ("CD",) and fig.kind == "count" \
            and _names_a_thing(root):
        noun = root
    if noun is None and root.dep_ == "nummod" and root.head.pos_ == "ADJ" and root.head.dep_ == "amod" \
            and root.head.head.pos_ == "NOUN" and root.head.head.i > root.i and root.head.i not in inside:
        noun = root.head.head  # "nine elite US universities": the number read as the adjective's
    if noun is None and root.dep_ == "quantmod" and root.head.like_num and root.head.head.pos_ == "NOUN" \
            and root.head.i not in inside:
        noun = root.head.head  # "two of three requirements": the whole's noun
    if noun is not None and noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i == noun.i + 1 \
            and noun.tag_ == "NN" and noun.head.tag_ == "NNS":
        noun = noun.head  # "three plague variants" counts variants
    top = noun
    while top is not None and top.dep_ in ("compound", "nmod") and top.tag_ in ("NNP", "NNPS") and top.head.i > top.i \
            and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head
    if noun is not None and top is not noun and top.pos_ == "NOUN" and top.tag_ == "NNS":
        noun = top  # "717 hajj pilgrims", "three Culiseta annulata mosquitoes": a name in front of what is counted
    nxt = fspan.doc[fspan.end] if fspan.end < len(fspan.doc) else None
    if nxt is not None and nxt.tag_ in ("VBN", "VBD") and (noun is None or noun.i > nxt.i) and not (
        noun is not None and nxt.head == noun
    ):
        noun = None  # "... and 2,700 injured": the counted noun is the one already named
    # "a 5,000-strong force": the force is people under arms.
    after = fspan.doc[fspan.end: fspan.end + 2]
    strong = any(t.lower_ == "strong" for t in after)
    if noun is not None and noun.lemma_.lower() in lx.QUANTITY_HEADS and not (
            noun.lemma_.lower() == "count" and root.head == noun and root.dep_ == "nummod"):
        obj = of_object(noun)
        comp = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        noun = obj if obj is not None else (comp if comp is not None else noun)
    if noun is not None and (noun.pos_ == "PRON" or noun.lower_ in ("other", "others") or not _names_a_thing(noun)):
        noun = None
    if fig.unit:
        unit = fig.unit
    elif strong:
        unit = "troop"
    elif noun is not None and (noun.lemma_.lower() not in lx.QUANTITY_HEADS or (
            noun.lemma_.lower() in COUNTED_LOTS and root.head == noun and root.dep_ == "nummod")
            or _stock(noun, root)):
        unit = noun.lemma_.lower()  # "380 batches" counts batches; "a batch of 500 troops" counts troops
    elif nxt is not None and nxt.lower_ in DEAD_WORDS:
        unit = previous_unit or "person"  # "... and 2,700 wounded", "leaves 19 dead"
    else:
        obj = of_object(root)
        # ("537 of which", "two of them": the noun counted is the one named before)
        unit = obj.lemma_.lower() if obj is not None and fig.kind == "count" and obj.pos_ not in ("PRON", "DET") \
            else None
        if unit is None and fig.kind == "count":
            unit = _measured_unit(root) or previous_unit
    # Event: a verb inside the figure ("reaching 50%"), a participle on the counted noun, else the governing verb.
    base = noun if noun is not None else root
    verb = root if root.pos_ == "VERB" else (_participle(base) or _participle(root))
    if verb is None:
        verb = _verb_above(base)
    event: str | None = None
    if verb is not None:
        lemma = verb.lemma_.lower()
        if lemma in LEVEL_VERBS or lemma in LIGHT_VERBS:
            measured = _level_subject(verb) if lemma in LEVEL_VERBS else None
            event = measured if measured and measured not in lx.QUANTITY_HEADS else None
        elif lemma in lx.REPORT_VERBS and any(c.dep_ in ("ccomp", "nsubj") for c in verb.children) \
                and not verb.tag_ == "VBN":
            event = None  # the figure is what was said, not what happened
        else:
            event = _event_of(verb)
    if unit in ("casualty",) or (event is None and unit == "casualty"):
        event = "casualty"
    if event is None and fig.kind == "money":
        for child in list(root.children) + (list(root.head.children) if root.head != root else []):
            if child.dep_ == "prep" and child.lower_ in ("in", "for", "of", "on"):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    event = obj.lemma_.lower()
    subject = None
    if noun is not None:
        subject = _phrase(noun, inside) or None
    elif fig.kind in ("percent", "fraction"):
        obj = of_object(root)
        subject = _phrase(obj, inside) if obj is not None else None
    if unit:
        unit = UNIT_LEMMAS.get(unit, unit).replace("\u2019", "'")
    return Counted(unit=unit, event=event, subject=subject, noun=noun)


def clause_of(tok: Token) -> Token:
    """The head of the clause a token stands in (relative clauses and complements are their own)."""
    t = tok
    while t.head != t:
        if t.dep_ in CLAUSE_DEPS and t.dep_ != "xcomp":
            return t
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            return t
        t = t.head
    return t
