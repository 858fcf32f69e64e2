"""`attribute`: which frame's speaker claims a given figure, and through whom.

Picks among a sentence's frames the innermost one that covers the figure's head and names a source,
skipping frames that only say whom or where ('he told 2,300 people'), a figure inside the speaker's
own name, or a clause walled off from the frame; newsrooms in outer frames become the route. Also the
cues that a sentence continues the report before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution.frames import _a_country, _is_body
from newsledger.extract.attribution.naming import _definite, _share_of_people
from newsledger.extract.attribution.phrases import (
    _name_tagged_noun,
    dominates,
    is_anonymous,
    is_media,
)
from newsledger.extract.attribution.records import (
    Attribution,
    Frame,
    _across_semicolon,
    _branch_under,
    _in_its_medium,
    _report_of_its_own,
)
from newsledger.extract.attribution.shapes import (
    CLAIM_NOUNS,
    EVENT_NOUNS,
    EVIDENCE_VERBS,
    ORG_DESCRIPTORS,
    PERSON_ROLES,
    QUOTE_MARKS,
    RESEARCH_PEOPLE,
    TALLY_NOUNS,
    TEXT_WORDS,
)
from newsledger.extract.attribution.speakers import _ends_on_its_own_words

SETTING_OFF_VERBS = frozenset("send bring push drive lift knock pull leave".split())


def _what_it_set_off(cue: Token, anchor: Token) -> bool:
    """'X said its drug worked, sending its shares up 27 percent': a participle after a comma that
    tells what the news set off is the outlet's account, not part of what was said."""
    node = anchor
    while node.head.i != node.i and node != cue:
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in SETTING_OFF_VERBS \
                and node.i > cue.i and node.doc[node.left_edge.i - 1].text == "," \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in ("share", "stock", "price", "index", "market")
                        for v in (node, *node.conjuncts) for c in v.children):  # ("bringing X close and sending …")
            return True
        node = node.head
    return False


def _own_clause_after_object(cue: Token, anchor: Token) -> bool:
    """'Patients reported mild pain, and only 1 in 10 had an infection': when the verb reports a
    thing (an object, no clause), a clause joined after it with a subject of its own is the
    outlet's next statement, not more of what was reported."""
    if cue.lemma_.lower() in OBJECT_MISREAD_VERBS or not any(c.dep_ == "dobj" for c in cue.children) \
            or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False  # ("said more than 1,200 miners work …": a clause misread as an object; what a poll shows
        # goes on through its list)
    child = _branch_under(cue, anchor)
    return child.head == cue and child.dep_ == "conj" and child.i > cue.i and child.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "cc" and c.i < child.left_edge.i for c in cue.children) \
        and not any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in child.children) \
        and any((c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dep" and c.i < child.i and c.like_num)
                and c.pos_ != "PRON" for c in child.children)  # "only 1 in 10 suffered": '1' hung as 'dep'


# Verbs that give a cause ("attributed the rise to …"): they vouch for what hangs on them and nothing
# else in the sentence ("jumped 54 percent …, a spike analysts attribute to the push" is no report of 54).
CAUSE_VERBS = frozenset("attribute blame credit".split())

OBJECT_MISREAD_VERBS = EVIDENCE_VERBS | {"say", "tell"}  # whose "object" is often a clause or a list going on

SETTING_OFF_EVENTS = frozenset("stampede riot clash raid massacre killing incident protest strike".split())
# (the elements: "the snow thinned to reveal two regions of ice"; pictures: "photos showed crowds at
# 80 per cent of normal, according to Nine News" is the newsroom's count, not the photos')

RELAYING_SOURCES = frozenset("source insider aide person official".split())  # "…, according to a government source"

BARE_DATA = frozenset(("data", "datum", "record", "records"))




def _depth(tok: Token) -> int:
    d = 0
    while tok.head != tok:
        tok = tok.head
        d += 1
    return d


def _inside_name(name: Token, tok: Token) -> bool:
    """Is `tok` part of the phrase `name` heads (not of a clause attached to it)?"""
    while tok != name:
        if tok.dep_ in ("relcl", "acl", "ccomp", "advcl") or tok.head == tok or tok.is_punct:
            return False  # (a clause the parser hung under a comma after the name is no part of it)
        if tok.dep_ == "appos" and tok.like_num and tok.head == name:
            # "According to the AP, 571 of the 714 delegates …" misread as the AP's apposition (not
            # "the chairs from Jefferson and Arapahoe, two of the five largest counties": the source's own description)
            return False
        tok = tok.head
    return True


def _in_later_conjunct(scope: Token, cue: Token, anchor: Token) -> bool:
    """"A and B might be vulnerable, but according to the Wrap they are safe": a source set inside
    a clause joined on after the figure's ("but", "and") speaks for that clause alone."""
    if scope.dep_ != "conj" or anchor.i > cue.i or dominates(scope, anchor):
        return False
    return any(t.dep_ == "cc" and t.head == scope.head and anchor.i < t.i < cue.i for t in cue.doc[anchor.i:cue.i])


def _heads_sentence(frame: Frame, anchor: Token) -> bool:
    """May a frame that does not dominate the figure still attribute it (a misparse)? Only a
    sentence-level frame (the root, or a ', X said' aside after the figure), never one in a
    subordinate clause ('after data showed ...') or a clause before the figure's."""
    cue = frame.cue
    if frame.kind == "according":
        return not _in_later_conjunct(frame.scope, cue, anchor)
    if cue.dep_ == "ROOT":
        return True
    if cue.i < anchor.i and any(t.lower_ == "that" and t.dep_ == "mark" and dominates(t.head, anchor)
                                for t in cue.doc[cue.i + 1 : anchor.i]):
        return True  # "X reported, citing Y, that ...": the complement hung off the wrong head
    if cue.i < anchor.i and _tag_inside_clause(cue, anchor):
        return True  # "… has increased since the 1970s, a study finds, from 23.7 to 27": the clause goes on
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue.i < anchor.i and subj is not None and _tag_then_comma(cue, subj):
        return True  # "…, programme director Shahida Begum said, around 25 percent …": what follows the comma
    if cue.dep_ == "ccomp" and cue.head.dep_ == "ROOT" and cue.i < anchor.i and cue.head.i > cue.i \
            and subj is not None and subj.left_edge.i == cue.sent.start \
            and not any(t.text == ";" for t in cue.doc[cue.i : anchor.i]) and any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in cue.children):
        return True  # "The body reported that 68% were in work, 43% in trade and 47% …": the list it reported,
        # which the parser hung the report under
    if cue.dep_ == "conj" and subj is not None and not any(t.like_num for t in subj.subtree) \
            and any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i for c in cue.children):
        return False  # "... 20% more powerful, yet X says it will use less fuel": X's own clause says what X says
    if cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and any(
            t.dep_ == "cc" and t.head == cue.head and (subj is None or t.i == subj.left_edge.i - 1)
            and not any(q.is_quote or q.text in QUOTE_MARKS for q in cue.doc[t.i : cue.i])  # (a quotation's tag)
            for t in cue.doc[anchor.i : cue.i]):
        # "X freed up $26 million and announced …": what X did is not what X announced; "three
        # children have died, and states are also reporting cases": a clause of its own joined on
        return False
    if cue.dep_ == "parataxis" and cue.i > anchor.i and cue.head.i > cue.i and subj is not None \
            and subj.left_edge.i > cue.sent.start and cue.doc[subj.left_edge.i - 1].text == "," \
            and cue.i + 1 < cue.sent.end and cue.doc[cue.i + 1].text == ",":
        return True  # "… in the $600 to $1,500 range, she says, which is the bulk": the aside hung on what follows
    return cue.dep_ in ("parataxis", "ccomp", "conj") and cue.head.dep_ == "ROOT" and cue.i > anchor.i


CLAUSE_PART_DEPS = frozenset({"prep", "dobj", "attr", "acomp", "npadvmod", "advmod", "oprd"})
MEASURE_PREPS = frozenset("from to by at".split())  # phrases that give a reported clause its figure


def _tag_inside_clause(cue: Token, anchor: Token) -> bool:
    """A tag set inside the clause it reports ("…, a study finds, from 23.7 to 27"): the figure after
    it is a part of that clause's verb (its object, a phrase of its), not a clause of its own ("…,
    officials said, even as the army killed five")."""
    if cue.dep_ != "parataxis" or cue.head.dep_ != "ROOT" or cue.head.i > cue.i:
        return False
    part = anchor
    while part.head != cue.head:
        if part.head == cue and part.dep_ == "prep" and part.lower_ in MEASURE_PREPS and part.i > cue.i \
                and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
            return True  # "…, a report finds, from 29 to 38": the parser hung the clause's phrase on the tag
        if part.head == part:
            return False
        part = part.head
    return part.dep_ in CLAUSE_PART_DEPS and part.i > cue.i


def _tag_then_comma(cue: Token, subj: Token) -> bool:
    """'Referring to X data, director Y said, around 25 percent …': a reporting tag with nothing of its
    own, a comma after it, opening the sentence's report. Not an aside after a clause of its own ('A
    and B swapped 390 prisoners, officials said, even as …'), a tag after a quotation, nor one in a
    time clause ('By the time those primaries concluded, …')."""
    if cue.i + 1 >= cue.sent.end or cue.nbor(1).text not in (",", ":") or cue.lemma_.lower() not in lx.REPORT_VERBS \
            or cue.dep_ not in ("ROOT", "parataxis", "ccomp", "conj") \
            or any(c.dep_ in ("ccomp", "dobj", "xcomp", "mark") for c in cue.children):
        return False
    before = cue.doc[cue.sent.start : subj.left_edge.i]
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") or t.text in QUOTE_MARKS for t in before) \
        and not (subj.left_edge.i > 0 and cue.doc[subj.left_edge.i - 1].text in QUOTE_MARKS)


def _describes_speaker(frame: Frame, anchor: Token) -> bool:
    """'said Joseph, who has four children' / 'A USA TODAY analysis of PACs that raised $1 million
    shows': a figure in the speaker's own phrase describes the speaker; it is not the claim."""
    spk = frame.speaker_token
    return spk is not None and spk.dep_ in ("nsubj", "nsubjpass", "agent", "pobj", "appos") \
        and dominates(spk, anchor) and not dominates(spk, frame.cue)


def _in_description(spk: Token, anchor: Token) -> bool:
    """Does the figure sit in a clause or phrase describing the speaker ("X, head of a league of 700
    parishes,"), not in the speaker itself ("Fifty-two percent of voters said")?"""
    tok = anchor
    while tok.i != spk.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "appos"):
            return True
        tok = tok.head
    return False


# Verbs of speech whose object is the one spoken to, and whose prepositions say where or when:
# what they report is their clause or quotation, never these.
TOLD_VERBS = frozenset("tell brief inform remind assure address".split())
SPOKE_VERBS = TOLD_VERBS | frozenset("say speak add write tweet".split())


def _clause_inside(phrase: Token, anchor: Token) -> bool:
    """'During Hurricane Irma, …, nearly 7 million people evacuated, …, Koon said': a clause with
    its own subject inside a phrase opening the sentence holds the figure; the parser hung what
    was said on the opening phrase, which is no setting of the speech."""
    node = anchor
    while node.i != phrase.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
        node = node.head
    return False


def _said_to_or_where(cue: Token, anchor: Token) -> bool:
    """Is the figure in the audience or the setting of a speech verb ('told 2,300 people', 'said at
    a rally of 5,000 supporters') rather than in what was said?"""
    lemma = cue.lemma_.lower()
    if lemma not in SPOKE_VERBS:
        return False
    if _described_after_quotation(cue, anchor):
        return True
    for c in cue.children:
        if not dominates(c, anchor):
            continue
        if c.dep_ == "dative" or c.dep_ == "dobj" and lemma in TOLD_VERBS:
            # "told a few thousand teachers who filled the lawn that the state should ...": a 'that'
            # clause the parser hung inside the audience is still what was told
            return not _reported_clause_between(c, anchor) or any(g.dep_ == "ccomp" for g in cue.children)
        if c.dep_ == "prep" and c.lower_ in ("at", "to", "before", "during") and not any(
                g.dep_ in ("ccomp", "xcomp") for g in c.subtree) and not (c.i < cue.i and _clause_inside(c, anchor)):
            return True
        # Only where what was said stands elsewhere (a quotation before the verb, a clause after it,
        # or this phrase leading the sentence): after a wire-style ', the ministry said,' the
        # trailing 'with winds up to 70 km/h' still continues the report.
        if not (c.i < cue.i or _said_elsewhere(cue)):
            continue
        if c.dep_ == "prep" and (c.lower_ in ("with", "beside", "alongside", "amid")
                                 or c.lower_ == "in" and any(g.lower_ == "front" for g in c.children)) and not any(
                g.dep_ in ("ccomp", "xcomp") for g in c.subtree):
            return True
        if c.dep_ == "advcl" and c.i > cue.i and _setting_clause(c):
            return True
    return False


def _reported_clause_between(top: Token, anchor: Token) -> bool:
    """Is there a clause opened by 'that' on the way up from the figure to `top`?"""
    tok = anchor
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            return True
        tok = tok.head
    return False


ACTED_DENIALS = frozenset("reject dismiss disown".split())  # verbs that also act on things counted
CHARGE_NOUNS = frozenset("charge count offence offense rape murder assault allegation".split())  # what a defendant denies


PLEA_VERBS = frozenset("admit plead confess accept".split())
DENY_OR_PLEA = lx.DENY_VERBS | PLEA_VERBS


def _counts_charges(cue: Token, anchor: Token) -> bool:
    """A count of the charges a defendant denies or admits is the court's tally, no claim of his."""
    return anchor.dep_ == "nummod" and anchor.head.lemma_.lower() in CHARGE_NOUNS \
        and cue.lemma_.lower() in DENY_OR_PLEA


def _rejects_a_thing(cue: Token, anchor: Token) -> bool:
    """Is the figure inside a thing a verb of denial acts on ('voters rejected a $2 billion
    stadium'), rather than a figure or claim it disputes ('rejected the toll of 300')?"""
    if _counts_charges(cue, anchor):
        return True  # "He denies a total of 10 rapes", "admitted guilt to the five charges": the charges' count
    if cue.lemma_.lower() not in lx.DENY_VERBS:
        return False
    for c in cue.children:
        if c.dep_ in ("dobj", "nsubjpass") and dominates(c, anchor) and c.i != anchor.i:
            counted = anchor.head.i == c.i and anchor.dep_ == "nummod" and not any(
                t.text in "$€£¥" for t in anchor.subtree) and cue.lemma_.lower() not in ACTED_DENIALS
            # ("denied 300 deaths": the count itself; but "rejected two bids", "dismissed 12 appeals": acts)
            return c.lemma_.lower() not in lx.REPORT_NOUNS | lx.QUANTITY_HEADS and not c.like_num and not counted
    return False


DENIED_TEXTS = CLAIM_NOUNS | frozenset("report suggestion rumour rumor story speculation".split())


def _denied_report(cue: Token, anchor: Token) -> bool:
    """'BMW denied a report that its X3 emitted 11 times the limit', 'rejected claims that it cut 500
    jobs': the figure is the report's or the claim's, whoever made it; the one who denies it makes
    no claim of it (FORMAT: negated, the claimant is the report's source or no one)."""
    if cue.lemma_.lower() not in lx.DENY_VERBS:
        return False
    for obj in cue.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in DENIED_TEXTS:
            return any(c.dep_ in ("acl", "ccomp", "relcl") and dominates(c, anchor) for c in obj.children) or any(
                c.dep_ == "ccomp" and c.i > obj.i and dominates(c, anchor) for c in cue.children)
            # (the parser often hangs the report's that-clause on the verb)
    return False


def _denies_a_thing(cue: Token) -> bool:
    """'the court has rejected some of the president's agenda': a verb of denial whose object is a
    thing, no figure or claim, reports nothing a misparse could lend to the rest of the sentence."""
    if cue.lemma_.lower() not in lx.DENY_VERBS or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() not in lx.REPORT_NOUNS | lx.QUANTITY_HEADS and not any(
        t.like_num for t in obj.subtree)


def _described_after_quotation(cue: Token, anchor: Token) -> bool:
    """'"We will tax you," Trump said of Carrier, whose parent moved 1,400 jobs to Mexico': after a
    quotation closed before the verb, a figure in a clause describing whom or when it was said of
    is the outlet's (the parser hangs such clauses anywhere)."""
    doc = cue.doc
    if anchor.i < cue.i or not any(t.text in QUOTE_MARKS for t in doc[cue.sent.start : cue.i]):
        return False
    if any(t.text in QUOTE_MARKS for t in doc[cue.i : anchor.i]):
        return False  # a second quotation after the verb is what was said
    between = doc[cue.i + 1 : anchor.i]
    return any(t.lower_ in ("whose", "which", "who", "when", "where") for t in between) and not any(
        t.lower_ == "that" and t.dep_ == "mark" or t.lemma_.lower() in lx.REPORT_VERBS for t in between)


def _describes_object(cue: Token, anchor: Token) -> bool:
    """'Trump never mentioned Clinton, who trailed Sanders by 20 points', 'blamed several factors,
    including cuts that eliminated $18 million': a relative clause on what the verb names describes
    it in the outlet's voice, unless it reports something itself."""
    for obj in cue.children:
        if obj.dep_ not in ("dobj", "pobj", "prep") or not dominates(obj, anchor):
            continue
        node = anchor
        while node != obj and node.head != node:
            if node.dep_ in ("ccomp", "parataxis"):
                return False  # "told teachers who filled the lawn that the state should spend $2 billion"
            if node.dep_ == "relcl" and node.lemma_.lower() not in lx.REPORT_VERBS | lx.STANCE_VERBS \
                    and node.head.lemma_.lower() not in TEXT_NOUNS \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in node.children):
                return True
            node = node.head
    return False


# What a relative clause on which spells out what was said or put forward: "presented a budget
# that raises spending to Rs 7.5 trillion" is the minister's budget.
TEXT_NOUNS = lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | frozenset(
    "budget bill law measure legislation deal agreement policy order plan proposal package offer".split())


def _said_elsewhere(cue: Token) -> bool:
    """Does the speech verb have its content in a quotation before it or a clause after it?"""
    sent = cue.sent
    if cue.dep_ == "ROOT" and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in cue.children) \
            and not any(t.text == ":" for t in cue.doc[cue.i : sent.end]):
        return True  # "Ruiz said, gripping the lectern with two hands.": what she said came before
    return any(t.text in QUOTE_MARKS for t in cue.doc[sent.start : cue.i]) or any(
        c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


def _told_past(verb: Token) -> bool:
    """Is the clause told in the simple past ('stood', 'was', not 'have recovered', 'are')?"""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lemma_.lower() != "have" for c in verb.children)


TOTAL_VERBS = frozenset("bring take push raise lift".split())  # "bringing the total to 169"


def _setting_clause(clause: Token) -> bool:
    """', gripping the podium with two hands', 'as she stood beside three teachers': a clause after the
    speech verb that says what the speaker did meanwhile, not a second report ('adding that ...')."""
    lemma = clause.lemma_.lower()
    if lemma in lx.REPORT_VERBS | lx.STANCE_VERBS | lx.SPEECH_TURN_VERBS | {"cite", "quote", "refer", "speak", "talk"}:
        return False
    if lemma in TOTAL_VERBS and clause.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ == "to" for c in clause.children):
        return False  # "…, the health ministry said, bringing the toll to 169": the speaker's running total
    if any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in clause.children) and any(
            c.dep_ == "ccomp" and clause.head.i < c.i < clause.i and _told_past(c) == _told_past(clause)
            for c in clause.head.children):
        return False  # "said 18 cases are active; while 122 inmates have recovered": the contrast goes on reporting
        # (not '"…," Trump told supporters, while 475 Republicans were voting': what went on meanwhile)
    if clause.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "mark" for c in clause.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "which", "that") for c in clause.children) \
            and clause.head.dep_ == "ROOT" and not any(t.text in QUOTE_MARKS for t in clause.doc[clause.sent.start:clause.head.i]):
        return False  # "The minister said in recent months, after …, the department conducted 45 shows": a
        # reported clause the parser hung as an adverbial one (no 'as', 'while' or 'when' opens it)
    return not any(t.text in QUOTE_MARKS or t.dep_ == "ccomp" and t.head == clause for t in clause.subtree)


def _leading_clause(frame: Frame, anchor: Token) -> bool:
    """'Though the bill would cost $2 billion, one study found ...', 'Addressing 300 donors, Ruiz said
    ...': a clause set off before the speaker of a verb whose content follows it is the outlet's
    framing, not part of what is reported."""
    cue = frame.cue
    # ("when Congress passed an $800 billion bill, he called it 'a responsible mix'": an object too)
    if frame.kind != "verb" or not any(c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > cue.i for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = subj.left_edge.i if subj is not None else cue.i
    for c in cue.children:
        if c.dep_ in ("advcl", "prep") and c.right_edge.i < first and dominates(c, anchor):
            if _subject_of_reported_clause(c, cue) or _leading_report(c):
                return False
            return any(t.text == "," for t in cue.doc[c.right_edge.i + 1 : first]) or (
                c.right_edge.i + 1 < len(cue.doc) and cue.doc[c.right_edge.i + 1].text == ",")
    return False


RECALLING_VERBS = frozenset("recall remind".split())  # saying again what is known ("Recalling that …, X said")


def _leading_report(clause: Token) -> bool:
    """'Recalling that two dictators amended the constitution, Zafar highlighted …', 'Noting that 40% …,
    she said …': a participle of saying that opens the sentence is the speaker's own report."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in lx.REPORT_VERBS | RECALLING_VERBS \
        and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in clause.children)


def _subject_of_reported_clause(clause: Token, cue: Token) -> bool:
    """'Covering 100,000 km² of ice, Zornetzer told me, would cost $2 billion': a gerund clause
    opening the sentence, then an aside, then a reported verb with no subject of its own: the
    gerund is that verb's subject, misparsed, and part of what is reported."""
    if clause.tag_ != "VBG" or clause.left_edge.i != cue.sent.start:
        return False
    after = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    return any(not any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for g in v.children)
               and any(g.dep_ == "aux" for g in v.children) for v in after)


def _tag_between_sources(frames: list[Frame], anchor: Token) -> Frame | None:
    """'Seven were shot in Cleveland, WOIO-TV reported, while two were killed in Baton Rouge, according
    to The Advocate': a tag set off by commas mid-sentence reports the half before it, and the closing
    'according to' the half after it, however the parser hung the two."""
    doc = anchor.doc
    tags = [f for f in frames if f.kind == "verb" and f.speaker and not f.stance and f.speaker_token is not None
            and f.speaker_token.i == f.cue.i - 1 and f.speaker_token.left_edge.i > anchor.sent.start
            and doc[f.speaker_token.left_edge.i - 1].text == "," and f.cue.i + 1 < anchor.sent.end
            and doc[f.cue.i + 1].text == "," and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > f.cue.i
                                                          for c in f.cue.children)]
    closing = [f for f in frames if f.kind == "according" and f.speaker and _at_sentence_edge(f.cue)
               and f.cue.i > anchor.sent.start + 1]
    if len(tags) != 1 or len(closing) != 1 or not tags[0].cue.i < closing[0].cue.i:
        return None
    tag, acc = tags[0], closing[0]
    if anchor.i < tag.speaker_token.left_edge.i:
        return tag
    if tag.cue.i < anchor.i < acc.cue.i:
        return acc
    return None


def _closing_tag(cue: Token) -> bool:
    """', The Wall Street Journal reported this week.': a reporting verb after a comma with its subject,
    saying nothing of its own, however the parser hung it."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    start = subj.left_edge.i if subj is not None else cue.i
    return start > cue.sent.start and cue.doc[start - 1].text == "," and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children)


def _in_subject(frame: Frame, anchor: Token) -> bool:
    """Is the figure inside the subject of the frame's own verb (the speakers, not what they say)?"""
    spk = frame.speaker_token
    subj = next((c for c in frame.cue.children if c.dep_ == "nsubj"), None) if frame.kind == "verb" else None
    if spk is None or subj is None or not dominates(subj, anchor):
        return False
    deps = []
    while spk != subj and spk.head != spk:  # the speaker named in apposition to a counted subject
        deps.append(spk.dep_)
        spk = spk.head
    return spk == subj and (not deps or "appos" in deps and set(deps) <= {"appos", "conj", "compound"})


def _counted_people(spk: Token) -> bool:
    """'twice as many Democrats', 'more voters', 'a third of adults': people counted by whoever
    reports on them (a survey's respondents), not a source of their own."""
    return _share_of_people(spk) or spk.pos_ in ("NOUN", "PROPN") and spk.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "amod" and c.lower_ in ("many", "more", "fewer") for c in spk.children)


COMPARISON_WORDS = frozenset("down up compared versus against".split())


def _relayed_frame(frame: Frame, frames: list[Frame]) -> Frame | None:
    """The frame of the clause a reporting verb relays from before it: its complement ("A poll showed
    13%, the Times reported" parsed with 'reported' on top) or the clause a parenthetical tag hangs on."""
    if frame.kind != "verb" or not frame.speaker:
        return None
    heads = [c.i for c in frame.cue.children if c.dep_ == "ccomp" and c.i < frame.cue.i]
    if frame.cue.dep_ == "parataxis" and frame.cue.head.i < frame.cue.i:
        heads.append(frame.cue.head.i)
    return next((g for g in frames if g is not frame and g.speaker and g.kind == "verb" and heads
                 and g.cue.i == heads[0]), None)


def _in_comparison_on(cue: Token, anchor: Token) -> bool:
    """Does the figure sit in a comparison ('down from 19%') the parser hung on this verb?"""
    child = _branch_under(cue, anchor)
    return child.head == cue and child.dep_ in ("advmod", "prep", "advcl") and child.lower_ in COMPARISON_WORDS


def _parallel_after_semicolon(frame: Frame, anchor: Token) -> bool:
    """Is the figure's clause, after a semicolon, headed by the same verb as the clause the frame
    reports? Only that parallel shape is read as the report's list going on."""
    if frame.kind != "verb" or not frame.speaker or frame.stance:
        return False
    reported = next((c for c in frame.cue.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if reported is None or reported.i > anchor.i:
        return False
    between = anchor.doc[reported.right_edge.i : anchor.i]
    if not any(t.text == ";" for t in between) or any(t.text in QUOTE_MARKS for t in between):
        return False
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "conj" and verb.head.i > reported.right_edge.i:
        verb = verb.head  # "; Nike holds $11 billion and would owe $3.6 billion"
    return verb.i > reported.right_edge.i and verb.lemma_.lower() == reported.lemma_.lower()


def _walled_off(cue: Token, anchor: Token) -> bool:
    """Does a quotation or a bracketed clause stand between the cue and the figure, so that the
    cue speaks only on its own side?"""
    return _outside_its_quotation(cue, anchor) or _in_parenthetical_clause(cue, anchor)


def _in_parenthetical_clause(cue: Token, anchor: Token) -> bool:
    """Are the cue and the figure on two sides of a bracketed clause of its own ('(the formula is a
    state's seats, plus two)', '… 250,000 refugees (in fact, Obama has proposed 10,000)')? Such an
    aside is the outlet explaining or correcting; a bare bracketed figure ('$5 billion (up from $3
    billion)') stays with its clause."""
    for inner, outer in ((anchor, cue), (cue, anchor)):
        span = _brackets_around(inner)
        if span is not None and not span[0] < outer.i < span[1] and any(
                t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in inner.doc[span[0] + 1 : span[1]]) \
                and not (inner is anchor and _spells_out_object(span, cue)):
            return True
    return False


def _spells_out_object(span: tuple[int, int], cue: Token) -> bool:
    """'Other cleavages, according to the poll, include ideology (Sanders leads by 29 points …)': a
    bracketed clause that opens on its own subject straight after the object of the clause the cue
    vouches for spells that object out, as the source's data, where an aside that corrects ('(in
    fact, Obama has proposed …)') opens on an adverb."""
    doc = cue.doc
    before, first = doc[span[0] - 1], doc[span[0] + 1]
    verb = before.head
    subject = first if first.dep_ == "nsubj" else first.head
    return before.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") and dominates(verb, cue) \
        and first.dep_ in ("nsubj", "compound", "det", "amod", "nummod") \
        and subject.dep_ == "nsubj" and span[0] < subject.i < span[1]


def _brackets_around(tok: Token) -> tuple[int, int] | None:
    """The (open, close) indices of the round brackets the token sits in, within its sentence."""
    doc = tok.doc
    sent = tok.sent
    opened = next((t.i for t in reversed(doc[sent.start : tok.i]) if t.text in ("(", ")")), None)
    if opened is None or doc[opened].text != "(":
        return None
    closed = next((t.i for t in doc[tok.i : sent.end] if t.text == ")"), sent.end)
    return opened, closed


def _outside_its_quotation(cue: Token, anchor: Token) -> bool:
    """Is the cue inside a quotation that opens and closes within the sentence, and the figure
    outside it? What a quoted text cites is the quotation's business, not the reporter's."""
    sent = cue.sent
    marks = [t.i for t in sent if t.text in QUOTE_MARKS]
    for start, end in zip(marks[::2], marks[1::2], strict=False):  # an odd mark left open pairs with nothing
        if start < cue.i < end:
            return not start < anchor.i < end
    return False


def speaks_of_itself(frame: Frame) -> bool:
    """Does a named speaker report what 'it' did ("Delmar Telecom said it had sold 2 million phones")?
    People say 'he' or 'I'. Not 'its' ("Halloran said its offer was fair": her authority's), nor an
    'it' with no object ("she said it had been a hard year")."""
    spk = frame.speaker_token
    if frame.kind != "verb" or spk is None or not (spk.pos_ == "PROPN" or _name_tagged_noun(spk)):
        return False
    return any(c.dep_ == "ccomp" and (
        any(g.dep_ == "nsubj" and g.lower_ == "it" for g in c.children) and any(k.dep_ == "dobj" for k in c.children)
        # "Carmat estimates its device will cost $176,000": a name the tagger took for a noun, with its own
        # 'its' (a person's 'its' is the body they speak for: "Halloran said its offer was fair")
        or spk.pos_ == "NOUN" and any(g.dep_ in ("nsubj", "nsubjpass") and any(
            k.dep_ == "poss" and k.lower_ == "its" for k in g.children) for g in c.children)) for c in frame.cue.children)


SIZED_TEXTS = (lx.DOCUMENT_HEADS | TEXT_WORDS | {"book", "bill", "ruling", "indictment", "complaint", "lawsuit",
                                                  "section", "supplement", "insert", "edition", "page", "booklet",
                                                  "affidavit", "motion", "petition", "dossier", "transcript", "manifesto",
                                                  "memoir", "thesis", "document", "essay", "judgment", "verdict",
                                                  "cable", "email", "e-mail", "speech", "video", "message", "dispatch"}) - {
    "poll", "survey", "forecast", "projection", "model", "data", "datum", "index"}


def _outlets_aside(cue: Token, anchor: Token) -> bool:
    """A clause inside what the verb reports that the outlet adds of its own: a 'though'/'although'
    clause set off by a comma after the report ("X complained the department kept it in the dark,
    though the tax pays a third"), or, for a ruling, the clause naming who the party is ("The man
    accused of buying two of the guns will stay in custody, a judge ruled")."""
    ruling = cue.lemma_.lower() == "rule"
    node = anchor
    while node.head != node and node != cue:
        if node.dep_ == "advcl" and node.i > cue.i and node.head != cue and any(
                c.dep_ == "mark" and c.lower_ in ("though", "although") for c in node.children) \
                and node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ",":
            return True
        if ruling and node.dep_ in ("acl", "relcl") and node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head != cue:
            return True
        node = node.head
    return False


def _sizes_a_text(anchor: Token) -> bool:
    """'his 104-page disclosure report', 'a 46-page analysis': a hyphened size in front of a text
    describes the text; it is nobody's claim, whoever the text speaks for."""
    doc = anchor.doc
    if not any(t.tag_ == "HYPH" for t in doc[max(anchor.i - 1, anchor.sent.start) : min(anchor.i + 2, anchor.sent.end)]):
        return False
    tok = anchor
    for _ in range(3):
        if tok.dep_ not in ("compound", "nummod", "amod", "npadvmod", "nmod") or tok.head.i <= tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in SIZED_TEXTS and tok.pos_ == "NOUN":
            return True
    return False


def _respondents_of_poll(frame: Frame) -> bool:
    """'Fifty-four percent say …' after a named poll: the share of respondents is the poll's
    finding, so the figure in the subject is what the poll reports."""
    spk = frame.speaker_token
    return frame.document and spk is not None and spk.lemma_.lower() not in lx.DOCUMENT_HEADS


def _contact_clause(f: Frame, anchor: Token) -> bool:
    """'the $50bn the government said it would cost', 'the 2,000 jobs the firm expects to add': a
    reporting clause with no 'that' hung straight on the figure's noun reports the figure, however
    the parser joined it."""
    if f.kind != "verb" or not f.speaker or f.speaker_token is None:
        return False
    noun = anchor if anchor.pos_ in ("NOUN", "PROPN") or anchor.dep_ not in ("nummod", "quantmod") else anchor.head
    spk = f.speaker_token
    return noun.i - 1 <= anchor.i <= noun.i and spk.left_edge.i == noun.right_edge.i + 1 == noun.i + 1 \
        and f.cue.i == spk.i + 1 and spk.dep_ == "nsubj" \
        and spk.doc[spk.left_edge.i].lower_ in ("the", "his", "her", "its", "their") \
        and any(c.dep_ in ("ccomp", "xcomp") for c in f.cue.children)


def _relative_report_on(f: Frame, anchor: Token) -> bool:
    """'compared to the 57 percent that ICE admits were discretionary', 'the 3 percent which the bank
    had forecast': a reporting clause on the figure's own noun, its relative pronoun what is reported,
    names the figure's source before any frame the whole phrase sits in."""
    if f.kind != "verb" or not f.speaker or f.speaker_token is None or f.cue.dep_ != "relcl":
        return False
    noun = anchor if anchor.pos_ in ("NOUN", "PROPN") or anchor.dep_ not in ("nummod", "quantmod") else anchor.head
    if noun is not anchor and noun.ent_type_ not in ("PERCENT", "MONEY", "QUANTITY") \
            and noun.lemma_.lower() not in lx.QUANTITY_HEADS:
        return False  # "three statutes that officials say interfere with …": the clause is about the things counted
    spk = f.speaker_token
    between = anchor.doc[noun.i + 1 : spk.left_edge.i]
    return f.cue.head == noun and noun.i < spk.i < f.cue.i and spk.dep_ == "nsubj" \
        and spk.lower_ not in lx.RELATIVE_PRONOUNS and 0 < len(between) <= 1 \
        and all(t.lower_ in ("that", "which") for t in between)


DASHES = frozenset("— – --".split())


def _same_dash_aside(cue: Token, anchor: Token) -> bool:
    """'Politico reports that Rubio courts Adelson — worth $32 billion, he's the 12th-richest person in the
    world, according to Forbes — and …': an aside set off by dashes holds its own source with its figure."""
    dashes = [t.i for t in cue.sent if t.text in DASHES]
    low, high = min(cue.i, anchor.i), max(cue.i, anchor.i)
    opening = [i for i in dashes if i < low]
    closing = [i for i in dashes if i > high]
    # (dashes pair up in order: an odd count before opens an aside, "— for a third month — by 12% … — …" does not)
    return len(opening) % 2 == 1 and bool(closing) and not any(low < i < high for i in dashes)


def attribute(sent: Span, anchor: Token, frames: list[Frame]) -> Attribution:
    """The claimant and route of the figure whose head token is `anchor`."""
    if _sizes_a_text(anchor):
        return Attribution(claimant=None, via=[])
    scoped: list[tuple[int, int, Frame]] = []
    for f in frames:
        if _respondents_of_poll(f):
            pass  # "Fifty-four percent say …": the respondents' share is the poll's finding
        elif f.speaker_token is not None and f.speaker_token.i != f.cue.i and (
                _inside_name(f.speaker_token, anchor) or f.kind != "noun" and _describes_speaker(f, anchor)):
            continue  # the figure sits inside the speaker's own name or a clause describing the speaker
        elif _in_subject(f, anchor):
            continue  # "The three scholars -- A, B and C -- agreed": a figure in the subject is not what it says
        elif f.kind == "verb" and f.generic and f.speaker_token is not None and dominates(f.speaker_token, anchor) \
                and f.cue.dep_ in ("ccomp", "conj") and not _share_of_people(f.speaker_token):
            continue  # "warned that 48pc of countries were not reporting data": the counted are no source
        elif f.kind == "noun" and f.scope != f.cue and f.cue.dep_ == "dobj" and any(
                c.dep_ in ("nsubj", "nsubjpass") and dominates(c, anchor) for c in f.scope.children):
            continue  # "48pc of countries were not reporting any AMR data": who reports, not what the data say
        if f.kind == "verb" and (_said_to_or_where(f.cue, anchor) or _leading_clause(f, anchor)
                                 or _describes_object(f.cue, anchor)):
            continue  # "he told 2,300 people gathered in the square": whom or where, not what
        if f.kind == "noun" and anchor.dep_ == "nummod" and anchor.head == f.cue:
            continue  # "30 lakh government posts were vacant", "two new reports": the figure counts the texts
        if f.kind == "verb" and f.cue.lemma_.lower() in CAUSE_VERBS and not any(
                c.dep_ in ("dobj", "prep") and dominates(c, anchor) for c in f.cue.children):
            continue  # "jumped 54 percent, a spike analysts attribute to the push": the cause, not the figure
        if _walled_off(f.cue, anchor):
            continue  # '… says the company "has 987 units, according to its website"': the quotation's own
        if f.kind == "verb" and _outlets_aside(f.cue, anchor):
            continue  # "X complained that the department kept it in the dark, though the tax pays a third": the outlet's
        if f.kind == "verb" and _when_it_spoke(f.cue, anchor):
            continue  # "Ford announced $500 million, two months after Amazon led a $700 million round": when, not what
        if _what_it_set_off(f.cue, anchor):
            continue  # "said its gel showed effectiveness, sending its shares up 27 percent": the market's reply
        if f.kind == "verb" and _own_clause_after_object(f.cue, anchor):
            continue  # "None of the patients reported incontinence, and only 1 in 10 suffered …": a statement of its own
        if f.kind == "verb" and _counts_the_act(f.cue, anchor):
            continue  # "posted over a thousand times", "said it 12 times": how often, not what
        if f.kind == "verb" and (_rejects_a_thing(f.cue, anchor) or _denied_report(f.cue, anchor)):
            continue  # "a $2 billion stadium was rejected by voters": an act on the stadium, not a denial of $2 billion
        if f.stance and (f.kind == "noun" and _inside_name(f.cue, anchor) or f.cue.lemma_.lower() == "call"
                         and any(c.dep_ == "oprd" for c in f.cue.children) and not _inside_name(f.cue, anchor)
                         and not any(c.dep_ == "prep" and c.lower_ in ("on", "for") for c in f.cue.children)):
            continue  # "Sanders' $75 billion plan": the outlet sizes the plan; "called X's plan to open a $2 billion
            # plant a disgrace": the figure describes what is called names, it is not the caller's
        if f.covers(anchor):
            scoped.append((-_depth(f.scope), f.kind == "according", abs(f.cue.i - anchor.i), f))
    own_clause = next((f for f in frames if _relative_report_on(f, anchor)), None)
    if own_clause is not None:
        scoped = [(0, False, 0, own_clause)]  # the clause is on the figure itself: no frame around it relays it
    halves = _tag_between_sources(frames, anchor)
    if halves is not None:
        scoped = [(0, False, 0, halves)]
    if any(not _respondents_of_poll(x[3]) and x[3].speaker for x in scoped):
        # "In a poll for TVH, 58% of residents said …": the poll the sentence names, not the last one
        scoped = [x for x in scoped if not _respondents_of_poll(x[3])]
    if not scoped:
        # "the $50bn the government said it would cost": a bare relative clause right after the figure
        scoped = [(0, False, 0, f) for f in frames if _contact_clause(f, anchor)][:1]
    if not scoped:
        # "According to X, ..." hung on the root covers the sentence, unless a frame of its own
        # holds the figure ('X reported that ... , according to its own website'); so does one
        # that opens or closes the sentence, wherever the parser hung it ("A was paid $5; B $7,
        # according to FEC records": the list after a semicolon is one report).
        scoped = [(-_depth(f.scope), True, abs(f.cue.i - anchor.i), f) for f in frames
                  if f.kind == "according" and (f.scope.dep_ == "ROOT" or _at_sentence_edge(f.cue))
                  and not (f.speaker_token is not None and _inside_name(f.speaker_token, anchor))
                  and not _walled_off(f.cue, anchor)]
    if not scoped:
        # "The report noted that more families rent than own: 70 percent do": what follows a colon
        # spells out the report before it, however the parser hung the colon's clause.
        colon = next((t.i for t in reversed(anchor.doc[anchor.sent.start : anchor.i]) if t.text == ":"), None)
        before = [f for f in frames if colon is not None and f.kind == "verb" and f.speaker and not f.stance
                  and f.cue.i < colon - 1 and dominates(f.scope, anchor.doc[colon - 1])]
        if before:
            scoped = [(0, False, colon - before[-1].cue.i, before[-1])]
    if not scoped:
        # "The researchers reported that Apple holds $215 billion; Nike holds $11 billion": a
        # clause of the same verb after a semicolon goes on with the reported list.
        scoped = [(0, False, 0, f) for f in frames if _parallel_after_semicolon(f, anchor)][:1]
    if not scoped:
        # "Eighty-four percent of voters have an unfavorable view of Trump, the poll found.": a closing tag
        # the parser hung inside the clause it reports (here as a relative clause on "view")
        tags = [f for f in frames if f.kind == "verb" and f.speaker and f.cue.i > anchor.i and _closing_tag(f.cue)
                and f.cue.dep_ in ("relcl", "acl", "appos") and _ends_on_its_own_words(f.cue)
                and not _walled_off(f.cue, anchor) and not dominates(f.cue, anchor)]
        scoped = [(0, False, 0, tags[-1])] if tags else []
    if not scoped and not any(f.kind == "verb" and f.speaker and _describes_speaker(f, anchor)
                              and _in_description(f.speaker_token, anchor) for f in frames):
        # A misparse can leave the figure outside every frame; one reporting frame in the
        # sentence still attributes what the sentence says (not a figure in a speaker's own
        # phrase: "X, head of a union of 900 churches, said he plans ..." plans nothing of 900).
        # (nor a frame inside what a speaker the figure describes says: "Researchers studying 33,000 women
        # found that the women said …" counts the women studied, said by no one)
        outer = [g for g in frames if _in_subject(g, anchor)]
        single = [f for f in frames if f.kind in ("verb", "according") and not _in_subject(f, anchor)
                  and not (f.kind == "verb" and f.cue.lemma_.lower() in CAUSE_VERBS)
                  and not (any(dominates(c, f.cue) for g in outer for c in g.cue.children if c.dep_ == "ccomp")
                           and not _closing_tag(f.cue))
                  and not (f.kind == "verb" and (_said_to_or_where(f.cue, anchor) or _leading_clause(f, anchor)
                                                 or _rejects_a_thing(f.cue, anchor) or _denies_a_thing(f.cue)
                                                 or _denied_report(f.cue, anchor)
                                                 or _describes_object(f.cue, anchor)
                                                 or _counts_the_act(f.cue, anchor) or _when_it_spoke(f.cue, anchor)
                                                 or _own_clause_after_object(f.cue, anchor)
                                                 or _report_of_its_own(f.cue, anchor)))
                  and not _what_it_set_off(f.cue, anchor) and not _in_its_medium(f.cue, anchor)
                  and not (f.speaker_token is not None and dominates(f.speaker_token, anchor))
                  and not _across_semicolon(anchor, f.cue) and not _walled_off(f.cue, anchor)
                  and not (f.kind == "verb" and _outlets_aside(f.cue, anchor))]
        if len(single) == 1 and _heads_sentence(single[0], anchor):
            scoped.append((0, False, 0, single[0]))
    if all(x[3].speaker is None and x[3].speaker_token is None for x in scoped):
        # No frame holds the figure, or only one the parser left without a subject ("as a new poll showed …"
        # read as "as a poll", "showed" subjectless):
        # "… as a new poll showed Trump moving ahead in Iowa, 32%-25%, while Rubio was at 18%": shares
        # after a poll's cue in its sentence, however the parser hung them, are the poll's standings
        polls = [f for f in frames if f.speaker and f.cue.i < anchor.i and not _walled_off(f.cue, anchor) and (
                 f.document and f.speaker_token is not None and f.speaker_token.lemma_.lower() in ("poll", "survey")
                 or f.kind == "noun" and f.cue.lemma_.lower() in ("poll", "survey") and f.cue.i + 1 < f.cue.sent.end
                 and f.cue.nbor(1).lemma_.lower() in POLL_FINDS)]  # "a new Harlow poll showed", misparsed
        if polls and _a_share(anchor):
            scoped = [(0, False, anchor.i - polls[-1].cue.i, polls[-1])]
    # Innermost first; a verb frame sits inside an "according to" in the same clause.
    scoped.sort(key=lambda x: (x[0], x[1], x[2]))
    ordered = [x[3] for x in scoped]
    relayed = _relayed_frame(ordered[0], frames) if ordered else None
    if relayed is not None and (relayed in ordered or _in_comparison_on(ordered[0].cue, anchor)):
        # "A poll showed 31%, the Ledger reported(, down from 38%)": the tag relays the clause it hangs
        # on, and a comparison the parser hung on the tag is that clause's
        ordered = [relayed, *[f for f in ordered if f is not relayed]]
    if ordered and ordered[0].speaker is None and ordered[0].speaker_token is not None and ordered[0].kind == "verb" \
            and is_anonymous(ordered[0].speaker_token) and not any(
                c.dep_ == "nummod" for c in ordered[0].speaker_token.children) \
            and not any(f.kind == "according" and f.document and f.speaker for f in ordered[1:]):
        # ("2,300 people had registered": a count; "Economists expected 195,000, according to a Bloomberg
        # survey": the survey that asked them is the source)
        return Attribution(frames=ordered, frame=ordered[0])  # "experts say": no claimant, not the outer one
    if len(ordered) > 1 and ordered[0].kind == "verb" and ordered[0].speaker_token is not None \
            and _counted_people(ordered[0].speaker_token) and any(f.speaker and not f.media for f in ordered[1:]):
        ordered = ordered[1:]  # "Pew found that twice as many Democrats said …": what Pew found
    aside = [f for f in ordered if f.kind == "according" and f.speaker and _same_dash_aside(f.cue, anchor)]
    if aside and ordered[0] not in aside and not _same_dash_aside(ordered[0].cue, anchor):
        ordered = [*aside, *[f for f in ordered if f not in aside]]  # its own source first, the frame around it relays
    if len(ordered) > 1 and ordered[0].kind == "according" and not _same_dash_aside(ordered[0].cue, anchor) and any(
            f.kind == "verb" and f.speaker and not f.media and not f.generic and f.cue.i < ordered[0].cue.i
            and (ordered[0].media or _at_sentence_edge(ordered[0].cue) and ordered[0].speaker_token is not None
                 and ordered[0].speaker_token.lemma_.lower() in RELAYING_SOURCES and dominates(f.scope, ordered[0].cue))
            for f in ordered[1:]):
        # 'Turki said that "…," according to AP reports': AP relays Turki; so does a source at the end of
        # the sentence ("Ofgem told her that two suppliers would collapse, according to a government source")
        ordered = [*ordered[1:], ordered[0]]
    opening = next((f for f in ordered[1:] if f.kind == "according" and f.speaker and not f.media
                    and f.cue.i < anchor.i and f.cue.i == next(t.i for t in sent if not t.is_punct)), None)
    if opening is not None and ordered[0].kind == "verb" and ordered[0].cue.i > anchor.i \
            and _closing_tag(ordered[0].cue) and all(t.is_punct for t in ordered[0].cue.doc[
                max(t.i for t in ordered[0].cue.subtree) + 1 : sent.end]):
        # "According to Ukraine's General Staff, Russia has lost 44,700 troops, the Kyiv Independent
        # reports.": the source the sentence opens on, relayed by the tag that closes it
        ordered = [opening, *[f for f in ordered if f is not opening]]
    if len(ordered) > 1 and ordered[0].kind == "verb" and _as_aside(ordered[0].cue) and any(
            f.kind == "according" and f.speaker and not f.media for f in ordered[1:]):
        # "As Business Insider reported, four states …, according to researchers at Harvard": the
        # outlet's aside relays what the researchers found
        ordered = [*ordered[1:], ordered[0]]
    if len(ordered) > 1 and ordered[0].kind == "verb" and _unrealized(ordered[0].cue) \
            and any(f.speaker for f in ordered[1:]):
        ordered = ordered[1:]  # "X said Glencore needs to announce $4 billion of cuts": X's figure, no one announced it
    if len(ordered) > 1 and _evidence_of_a_thing(ordered[0]) and any(f.speaker for f in ordered[1:]):
        ordered = ordered[1:]  # "X said the track record of the fight indicates that …": X reads the record
    result = Attribution(frames=ordered)
    media: list[str] = []
    # "Insurers estimate X, the Insurance Association said": a generic inner speaker gives way
    # to a named outer one.
    # "Holmqvist said the government planned to borrow 142bn": the speaker reports the plan.
    if len(ordered) > 1 and ordered[0].stance and any(f.speaker and not f.stance for f in ordered[1:]):
        ordered = [f for f in ordered if not f.stance]
    # "Kiberoi County has recorded 317 cases, the ministry said": a place or an instrument that
    # tallied gives way to the named speaker who reports it (a body that counts, "the labour
    # inspectorate had counted four violations", stays the source).
    if len(ordered) > 1 and ordered[0].kind == "verb" and (
            ordered[0].cue.lemma_.lower() in lx.TALLY_VERBS and not _is_body(ordered[0].speaker_token)
            and any(f.speaker and not f.generic and not f.media for f in ordered[1:])
            or ordered[0].cue.lemma_.lower() == "report" and _a_place(ordered[0].speaker_token)
            and any(f.kind == "according" and f.speaker and not f.media for f in ordered[1:])):
        # ("Georgia has reported 174 cases per 100,000, according to a Reuters analysis": the analysis
        # of the place's reports is the source)
        ordered = ordered[1:]
    # An unnamed document stays ("…, and that an independent review had found no more than 4"):
    # FORMAT keeps it as a generic claimant; bare data are someone's, and give way.
    if len(ordered) > 1 and ordered[0].generic and not ordered[0].cited and not _definite(ordered[0].speaker_token) \
            and not (ordered[0].document and ordered[0].speaker_token is not None
                     and ordered[0].speaker_token.lemma_.lower() not in BARE_DATA):
        inner = ordered[0].speaker_token
        studied = not ordered[0].document and inner is not None and inner.lemma_.lower() not in RESEARCH_PEOPLE
        bare = ordered[0].document and inner is not None and inner.lemma_.lower() in BARE_DATA
        if any(f.speaker and (not f.media or bare and not f.generic) and (not f.generic or f.document and studied)
               for f in ordered[1:]):
            # ("a study found that users with 27 conditions reported …": the study's; "the publisher said
            # data showed a fall of 20%": a newsroom that cites bare data about itself is their source)
            ordered = ordered[1:]
    for f in ordered:
        names: list[tuple[str, bool]] = []
        if f.cited:
            names.append((f.cited, is_media(f.cited)))
        if f.speaker:
            names.append((f.speaker, f.media))
        # The innermost source originates the figure (a newsroom too, when it made the
        # estimate); every frame around it relays it.
        if f.document and result.claimant is not None:
            continue  # "the agency said in a report": the report is how, not who
        if result.frame is not None and _clause_of_its_own(f.cue, result.frame.cue):
            continue  # "A said 40, although outlets quoted B as saying three": B's three is not relayed by A
        for name, _is_med in names:
            if result.claimant is None:
                result.claimant, result.frame = name, f
            elif name != result.claimant and name not in media:
                media.append(name)
        if f.recipient and f.recipient not in media:
            media.append(f.recipient)
    result.via = [m for m in media if m != result.claimant]
    if result.frame is None and ordered:
        result.frame = ordered[0]
    return result


def _as_aside(cue: Token) -> bool:
    """'As X reported earlier, …': a reporting verb in an 'as' clause set off from what it relays."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children)  # (not "as Tesla confirmed two cases")


# What a sum is counted after ("a net profit after tax of $1.66bn"): part of the figure, not an event
NET_OF = frozenset("tax taxes taxation interest cost costs expense expenses deduction deductions depreciation "
                   "inflation adjustment adjustments fee fees levy charge charges impairment impairments".split())


def _when_it_spoke(cue: Token, anchor: Token) -> bool:
    """A figure in a clause that dates the reporting act itself ('announced X, two months after
    Amazon led a $700 million round', '…, said X, before the vote on the 12 bills'): the outlet's
    setting of the statement, not what was stated."""
    for clause in cue.children:
        if clause.dep_ == "advcl" and clause.i > cue.i and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "until", "once") for c in clause.children) \
                and dominates(clause, anchor):
            return True
        if clause.dep_ == "prep" and clause.lower_ in ("after", "before") and clause.i > cue.i \
                and dominates(clause, anchor) and any(g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS | SETTING_OFF_EVENTS
                                                       for g in clause.children):
            return True  # "is defending itself after a stampede in Mecca killed 717": what set it off
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]  # (a clause's 'after' is said)
    for prep in [c for c in cue.children if c.dep_ == "prep"] + [g for o in objects for g in o.children if g.dep_ == "prep"]:
        if prep.lower_ in ("after", "following") and prep.i > cue.i and dominates(prep, anchor) \
                and not any(g.dep_ == "pobj" and g.lemma_.lower() in NET_OF for g in prep.children) \
                and any(o.i < prep.i and not dominates(o, anchor) or o == prep.head for o in objects):
            return True  # "had expected the decision after the data, including 0.1 percent growth": what it went on
    return False


def _counts_the_act(cue: Token, anchor: Token) -> bool:
    """'posted over a thousand times since 2014': a count of 'times' hung on the reporting verb
    itself says how often it spoke, not what it said."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod") else anchor
    if noun.lemma_.lower() in SPOKEN_ITEMS and noun.dep_ == "dobj" and noun.head == cue \
            and cue.lemma_.lower() in PUTTING_OUT:
        return True  # "Trump posted two other tweets": how much it said, not a figure it gave
    return noun.lemma_.lower() == "time" and noun.dep_ in ("npadvmod", "advmod", "dobj") and noun.head == cue


PUTTING_OUT = frozenset("post tweet issue publish send release write deliver give make".split())
# What a speaker puts out, counted ("posted two tweets", "issued three statements").
SPOKEN_ITEMS = frozenset("""tweet post message video letter statement email e-mail photo picture image comment
    update blog speech interview""".split())


OBLIGATION_HEADS = frozenset("need have ought want plan hope intend urge ask".split())
OBLIGATION_MODALS = frozenset("must should would could might may".split())


def _unrealized(cue: Token) -> bool:
    """'needs to announce', 'should disclose', 'urged it to report': a report nobody has made yet
    sources no figure; whoever says it must be made does."""
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in OBLIGATION_HEADS:
        return True
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in cue.children)


def _evidence_of_a_thing(frame: Frame) -> bool:
    """'parameters like the Sun's elevation revealed that …', 'the track record indicates that …':
    a thing that shows something is evidence someone reads, not a source; one that writes or
    counts (a report, data, a body, a person) is."""
    spk = frame.speaker_token
    return frame.kind == "verb" and frame.cue.lemma_.lower() in EVIDENCE_VERBS and spk is not None \
        and spk.pos_ == "NOUN" and not frame.document and not (spk.text[:1].isupper() and spk.i > spk.sent.start) \
        and spk.lemma_.lower() not in (  # (a capitalised "noun" mid-sentence is a name the tagger missed)
            lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | lx.DESCRIPTOR_HEADS | PERSON_ROLES | ORG_DESCRIPTORS | TALLY_NOUNS
            | {"average"})


POLL_FINDS = frozenset("show find give put suggest indicate".split())


def _a_share(anchor: Token) -> bool:
    """A percentage or a lead in points: the figure's own next words say so."""
    return any(t.lower_ in ("%", "percent", "per", "points", "point") or t.text.endswith("%")
               for t in anchor.doc[anchor.i : min(anchor.i + 3, anchor.sent.end)])


def _clause_of_its_own(outer: Token, inner: Token) -> bool:
    """Whether the inner cue sits in an adverbial clause of the outer cue that has a subject of its
    own ("…, although other outlets quoted …"): a clause beside the report, not inside it."""
    node = inner
    while node.head.i != node.i and node != outer:
        if node.dep_ == "advcl" and node.head == outer and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
        node = node.head
    return False


def _a_place(token: Token | None) -> bool:
    """A country, state or city named as the subject ('Georgia has reported …')."""
    return token is not None and (token.ent_type_ in ("GPE", "LOC") or _a_country(token))


def _at_sentence_edge(cue: Token) -> bool:
    """'According to X, …' opening the sentence, or '…, according to X.' closing it."""
    sent = cue.sent
    first = next((t for t in sent if not t.is_punct), None)
    if first is not None and first.i == cue.i:
        return True
    last = max(t.i for t in cue.subtree)
    opened = sum(t.text in QUOTE_MARKS for t in sent.doc[sent.start : cue.i]) % 2 == 1
    # ('… says the company "has 987 subsidiaries, according to its own website."': the quotation's)
    return all(t.is_punct for t in sent.doc[last + 1 : sent.end]) and not opened


def has_continuation_cue(sent: Span) -> bool:
    words = {t.lower_ for t in sent}
    for t in sent:
        if t.lower_ not in ("also", "additionally", "furthermore", "moreover"):
            continue
        subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "PROPN" and t.head.lemma_.lower() not in lx.REPORT_VERBS | lx.STANCE_VERBS:
            continue  # "Ford also took part in a $1.3 billion round": a named actor doing something, in the outlet's voice
        return True
    if "added" in words:
        return True
    # "Fourteen of them were over 70": a part of what the report just counted
    if any(t.lower_ in ("them", "those", "whom") and t.head.lower_ == "of" and t.head.head.like_num
           and t.head.head.dep_ in ("nsubj", "nsubjpass") for t in sent):  # not "the players -- about 20 of them --"
        return True
    # "Among these women, the risk was 55 percent lower": the group the report just spoke of
    if _opens_on_that_group(sent):
        return True
    # "They put the figure higher": a pronoun subject of a reporting verb continues the report
    first = sent[0] if len(sent) else None
    return first is not None and first.lower_ in ("it", "he", "she", "they") and first.dep_ == "nsubj" and (
        first.head.lemma_.lower() in lx.REPORT_VERBS | lx.STANCE_VERBS)


def _opens_on_that_group(sent: Span) -> bool:
    """'Among these women, …', 'Of those 40 patients, …': a sentence that opens on a group named by
    a demonstrative goes on with the finding before it (not 'Among those killed were …', a group
    of the outlet's own telling)."""
    if len(sent) < 4 or sent[0].lower_ not in ("among", "of"):
        return False
    noun = next((c for c in sent[0].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.right_edge.i + 1 >= sent.end:
        return False
    return sent.doc[noun.right_edge.i + 1].text == "," and any(
        c.dep_ == "det" and c.lower_ in ("these", "those") for c in noun.children)
