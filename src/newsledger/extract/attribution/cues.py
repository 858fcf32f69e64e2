"""Whether a token is a reporting cue at all: senses that report nothing, and cues the parser misread.

`reports_nothing` rules out the senses of reporting verbs that state no figure ('admitted 1.4 million
refugees', 'claimed £800m in allowances'); the `_misread_*`, `*_read_as_*` tests recover cues the
small parser tagged as nouns or modifiers. Kept apart from `frames` so that the long list of
exceptions does not hide how a frame is built.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution.phrases import (
    _is_bare_descriptor,
    _is_role_noun,
    _proper_name,
    _time_word,
    dominates,
)
from newsledger.extract.attribution.shapes import (
    ASIDE_NOUNS,
    ASIDE_VERBS,
    CHANGE_NOUNS,
    EVIDENCE_VERBS,
    PHONED,
    QUOTE_MARKS,
    RESEARCH_PEOPLE,
    TALLY_NOUNS,
)
from newsledger.extract.attribution.speakers import (
    _agent_participle,
    _ends_on_its_own_words,
    _name_read_as_compound,
    _stance,
    _stray_apposition_before,
)

# What is handed over at a ceremony, not stated: "presented 50 gold medals", "handed cheques of Rs1m".
HANDED_THINGS = frozenset("""medal award prize certificate cheque check trophy gift shield plaque scholarship degree
    diploma bouquet flower souvenir key laptop""".split())

TIME_MARKS = frozenset("before after until since".split())
TAKEN_VERBS = frozenset("conduct take release publish carry field complete".split())


def _document_before_time_clause(verb: Token, spk: Token | None) -> Token | None:
    """'A CNN poll conducted a month before the election showed that 44% …', read as 'the election
    showed': the poll whose participle the time clause belongs to is the verb's subject."""
    if spk is None or verb.lemma_.lower() not in ("show", "find", "suggest", "indicate", "reveal"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS and c.i < spk.i for c in verb.children):
        return None
    return next((t for t in reversed(verb.doc[verb.sent.start : spk.i]) if t.lemma_.lower() in lx.DOCUMENT_HEADS
                 and t.dep_ == "nsubj" and t.head.lemma_.lower() in TAKEN_VERBS and t.head.tag_ in ("VBN", "VBD")), None)


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """'the IMF estimated Pakistan's primary balance … at 2.5pc of GDP', parsed as a noun phrase with
    'estimated' an adjective and no verb in the sentence: the name right before it is the subject."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.head != verb.sent.root \
            or verb.sent.root.pos_ not in ("NOUN", "PROPN") or verb.i == verb.sent.start:
        return None
    name = verb.nbor(-1)
    if name.pos_ != "PROPN" or name.head != verb.head or name.dep_ not in ("nmod", "compound"):
        return None
    return name if any(c.lower_ == "the" and c.i == name.i - 1 for c in verb.head.children) or name.i == verb.sent.start \
        else None


def _closes_sentence(verb: Token, spk: Token | None) -> bool:
    """'There were 236,000 jobs added …, and the rate dropped to 7.7 percent, the bureau reported
    Friday.': a tag set off by a comma at the sentence's end reports all before it, though the parser
    hung it on the last clause only."""
    return spk is not None and spk.i < verb.i and spk.left_edge.i > verb.sent.start \
        and verb.doc[spk.left_edge.i - 1].text == "," and _ends_on_its_own_words(verb) \
        and not any(t.text in QUOTE_MARKS for t in verb.doc[verb.sent.start : spk.left_edge.i])


def _tag_on_apposition(verb: Token, spk: Token | None) -> bool:
    """'…two trustees of Harrow Inc, the Daily Courier reported on Monday.': a closing tag whose
    name the parser hung as an apposition on the last noun, with the verb under the reported
    clause or under the name; it reports all that comes before."""
    if spk is None or spk.dep_ != "appos" or spk.pos_ != "PROPN" or spk.i != verb.i - 1:
        return False
    if verb.dep_ == "advcl":
        return _stray_apposition_before(verb) == spk
    return verb.dep_ == "acl" and verb.head == spk and verb.tag_ in ("VBD", "VBZ") \
        and verb.lemma_.lower() in lx.REPORT_VERBS and not any(
            c.dep_ in ("nsubj", "dobj", "ccomp", "xcomp") for c in verb.children) and _ends_on_its_own_words(verb)


def _compares(clause: Token) -> bool:
    """'10 times as many cases as they had reported': the second 'as' of a comparison weighs the
    figure against an earlier one; unlike 'as the Post noted' it reports nothing of the clause."""
    return any(t.lower_ in ("as", "so") and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "ADV")
               and t.i < clause.left_edge.i for t in clause.head.subtree)


# Participles whose agent put a figure forward without a verb of saying: "priorities identified
# by the ministry", "a 2% target set by the bank", "a stadium proposed by the mayor".
SETTING_PARTICIPLES = frozenset("identify set propose".split())


def _setting_participle(verb: Token) -> bool:
    """'priorities identified by the ministry' (not 'people set free by the court': a participle
    with a complement of its own does something else than put a figure forward)."""
    return verb.lemma_.lower() in SETTING_PARTICIPLES and _agent_participle(verb) and not any(
        c.dep_ in ("oprd", "acomp", "prt", "dobj", "xcomp", "ccomp") for c in verb.children)


def _finite_subject(verb: Token) -> Token | None:
    """The subject of a finite verb ('cited', 'references'); None for a participle ('citing')."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _cites(verb: Token) -> bool:
    """'Trump cited endorsements from 88 generals': a finite 'cite' with a named or pronoun subject
    reports what it cites ('..., citing X' is a route for another frame, see _attach_citations)."""
    subj = _finite_subject(verb)
    return verb.lemma_.lower() == "cite" and subj is not None and (
        subj.pos_ == "PROPN" or subj.lower_ in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP
        # "the company cited its $6.3 billion cash pile": a body or role the text named before
        or any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) and (_is_bare_descriptor(subj) or _is_role_noun(subj)))


def _quoted_before(verb: Token) -> bool:
    """'Cambodia cleared 32 sq km, the Daily quoted the report as saying': the words come first, so
    'quoted' holds them and reports them (the one quoted is the source, see _attach_citations)."""
    # (not "quoted his spokesman as saying": one named by no name relays nothing the agency can be given)
    return verb.lemma_.lower() == "quote" and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" and any(g.tag_ == "VBG" for g in c.children)
                for c in verb.children) \
        and any(c.dep_ == "dobj" and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
                for c in verb.children)


def _message_cites(verb: Token) -> bool:
    """'A web video by the party references four cases', 'the spot features a story that …': an
    ad, video or letter that cites, references or features something states it as its own."""
    lemma, subj = verb.lemma_.lower(), _finite_subject(verb)
    if lemma not in ("cite", "reference", "feature") or subj is None or subj.lemma_.lower() not in lx.MESSAGE_HEADS:
        return False
    if lemma == "feature":  # "the ad features five farmers" shows people, it states nothing
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.lemma_.lower() in lx.REPORT_NOUNS | lx.DOCUMENT_HEADS | {"story", "article", "quote"}
    return True


# Texts that "read" what they say: '"…," the campaign's website reads', 'the sign read'
READING_TEXTS = lx.MESSAGE_HEADS | frozenset("website site sign banner label statement post tweet caption plaque note "
                                             "message release notice headline placard slogan inscription".split())


def _text_reads(verb: Token) -> bool:
    """'"With 54 staffers, our team is lean," Rubio's website reads': a text that reads something says
    it; a person who reads (a verdict, a book) reports nothing of their own."""
    if verb.lemma_.lower() != "read" or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return False
    subj = _finite_subject(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in READING_TEXTS:
        return False
    quoted = any(t.text in ('"', "\u201d") for t in verb.doc[verb.sent.start : subj.left_edge.i])
    return (quoted or any(c.dep_ == "ccomp" for c in verb.children)) and not any(c.dep_ == "dobj" for c in verb.children)


def _names_the_figure(verb: Token) -> bool:
    """'the $53 million figure McKinley cited', 'the 900 figure that the ministry gave': a relative
    clause on the figure's own noun says whose the figure is."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in ASIDE_VERBS or any(
            c.dep_ in ("ccomp", "dobj") and c.lower_ not in ("that", "which") for c in verb.children):
        return False
    if verb.head.lemma_.lower() in ASIDE_NOUNS:
        return True
    # "the 3.1% the government estimated", "the 3.5% growth rate that economists had forecast": a
    # counted noun whose clause has a subject of its own (not "the 20 people who said")
    # (a verb of saying or estimating: "the 15 percent tariff the administration had planned" is a
    # policy the outlet describes; "the 33 it gave": the pronoun is the main clause's speaker)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    counted = verb.head.like_num or any(t.like_num for c in verb.head.lefts for t in c.subtree)
    return counted and subject is not None and subject.tag_ not in ("WDT", "WP", "PRP") and subject.i > verb.head.i \
        and verb.lemma_.lower() in (lx.REPORT_VERBS | lx.HEDGE_VERBS) - (lx.STANCE_VERBS - {"predict"})
        # ("the 65,000 deaths Trump predicted in April": a forecast is a figure given, a plan is not)


def _lets_in(verb: Token) -> bool:
    """'the country had admitted 1.4 million refugees': 'admit' with a counted object lets people
    in; its reporting use takes a clause ('admitted that ...') or a fault ('admitted the error')."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return verb.lemma_.lower() == "admit" and obj is not None and (
        obj.like_num or any(c.like_num and c.dep_ in ("nummod", "quantmod") for c in obj.children)) \
        and not any(c.dep_ == "ccomp" for c in verb.children)


def _adds_a_quantity(verb: Token) -> bool:
    """'The town has added roughly 3,900 people', 'gold added 0.1%': 'add' with a
    counted object grows something and reports nothing (its reporting use takes a clause or a
    quotation: 'she added that …'). Under an intention ('the board voted to add 60 more') the
    subject still owns the figure, as it owns a plan's, so the frame stays there."""
    if verb.lemma_.lower() != "add" or verb.dep_ == "xcomp" or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    # ("Hermes International added 3.5pc": a figure glued to its unit is no number word to the parser)
    return any(c.dep_ in ("dobj", "npadvmod") and any(t.like_num or t.text[:1].isdigit() for t in c.subtree)
               for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1 and any(  # "adding on a 5% surcharge"
            g.dep_ == "pobj" and g.pos_ == "NOUN" and not _time_word(g) and any(t.like_num for t in g.subtree)
            for g in c.children) for c in verb.children)


# "said a lot", "says nothing": how much something tells, not a statement of a figure
# (and what a claim takes: "the storm claimed 12 lives", "claimed the coldest temperature at -6.6C",
# "claimed responsibility for an attack that killed 12")
WON_THINGS = frozenset("vote seat victory win title prize delegate medal crown".split())
TAKEN_THINGS = frozenset("life lives responsibility credit record temperature spot place lead".split())  # the object's head
SAYS_ONLY = frozenset("lot much little nothing everything something plenty volumes enough".split())


def _said_of_antecedent(verb: Token) -> bool:
    """'to as low as 10 percent, which Senator Ted Cruz proposed': a relative clause whose object
    is the figure before it says who put the figure forward."""
    return verb.dep_ == "relcl" and not verb.head.like_num and (
        verb.head.pos_ == "NUM" or any(c.dep_ == "nummod" or c.like_num for c in verb.head.children)
        or verb.head.lower_ in ("percent", "%")) and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.children)


APPOINTEES = frozenset("nominee appointee pick nomination appointment judge justice ambassador".split())


DISMISSED_PEOPLE = frozenset("worker employee staff official officer batsman batter player manager coach".split())


# Beliefs the text may only seem to see in someone ("he seemed to believe", "she appears to expect").
IMPRESSION_VERBS = frozenset("believe think expect assume want feel know".split())


# Verbs whose doer presses someone else to act ("urged X to"): with no one pressed after them, the
# subject is the one pressed, in the passive a headline shortens ("X urged to quit").
PRESSED_VERBS = frozenset("urge press ask advise encourage order pressure implore lobby".split())


def _let_in(admit: Token) -> bool:
    """'admitted' in its sense of letting in: a participle on a noun, a passive, or a verb with no
    confession after it (no object, no clause with a subject of its own, no 'to paying'), only a
    phrase of where or when, outside any quotation."""
    children = list(admit.children)
    if admit.dep_ == "acl" and admit.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in children):
        return True
    confessed = any(c.dep_ in ("dobj", "xcomp", "parataxis") or c.dep_ == "ccomp" and any(
        g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children) for c in children)
    placed = any(c.dep_ == "prep" and not any(g.dep_ == "pcomp" for g in c.children) for c in children)
    return not confessed and placed and not any(t.text in QUOTE_MARKS for t in admit.sent)


HEARSAY_VERBS = frozenset("believe think say allege know rumour rumor".split())  # "X believed to have …"


# What one claims as money owed ("claimed £800m in capital allowances", "claimed $5,000 in expenses")
CLAIMED_MONEY = frozenset("allowance expense relief credit benefit compensation damage refund subsidy deduction "
                          "reimbursement payment".split())


def _claims_money(verb: Token) -> bool:
    """'the company claimed more than £800m in capital allowances': money claimed, not an assertion."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in CLAIMED_MONEY:
            return True
        if lemma in CHANGE_NOUNS or not any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in obj.subtree):
            continue  # ("claimed a 20 percent rise in payments": an assertion about money)
        if any(p.dep_ == "prep" and p.lower_ in ("in", "for", "of") and any(o.lemma_.lower() in CLAIMED_MONEY for o in p.children)
               for p in [*obj.children, *verb.children]):
            return True
    return False


def reports_nothing(verb: Token, lemma: str) -> bool:
    """Uses of reporting verbs that report nothing: idioms and other senses of the word."""
    children = list(verb.children)
    if lemma == "detail" and not any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in children):
        return True  # "It details how to be prepared … across 32 pages": what a booklet covers, no figure given
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNDONE:
        return True  # "had failed to declare the £5,000 of donations": nothing was declared
    if lemma == "conclude" and any(c.dep_ == "prep" and c.lower_ == "with" for c in children) \
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative", "parataxis") for c in children) \
            and not any(t.text == ":" for t in verb.doc[verb.i : verb.sent.end]):
        return True  # "The fourth day of the campaign concluded with teams reaching 81 percent": it ended
    if lemma in HEARSAY_VERBS and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("dobj", "ccomp", "agent") for c in children) \
            and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in children) \
            and (verb.dep_ != "ROOT" or any(c.dep_ == "auxpass" for c in children)):  # ("Officials said to expect …")
        return True  # "the terrorist believed to have made the explosives", "is said to have paid": nobody's report
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("seem", "appear") and lemma in IMPRESSION_VERBS:
        return True  # "Cartwright, who seemed to believe he had an expectation of $800,000": an impression of him
    if lemma == "target" and any(c.dep_ == "dobj" and not any(t.like_num or t.text == "%" for t in c.subtree)
                                 for c in children):
        return True  # "it targeted younger veterans for savings": aiming at people, no level aimed at
    if lemma == "admit" and _let_in(verb):
        return True  # "patients admitted on weekends", "was admitted to hospital": let in, not confessing
    if lemma in PRESSED_VERBS and verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "xcomp" and c.i > verb.i for c in children) \
            and not any(c.dep_ in ("dobj", "dative", "ccomp", "auxpass", "nsubjpass") or c.dep_ == "prep" and c.lower_ == "for"
                        for c in children):
        # "Pritzker urged to let restaurants open at 25%": a headline's passive, she is the one urged
        # (not "Obama asked for $1.9 billion to fight Zika": he asks for it)
        return True
    if lemma == "present" and any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        return True  # "the team presented 74 participants with 10 photos": handing over, not stating
    if lemma in ("present", "hand", "award") and any(c.dep_ == "dobj" and c.lemma_.lower() in HANDED_THINGS
                                                     for c in children):
        return True  # "The University also presented 50 gold medals to students": a gift handed over, no findings
    if lemma == "tell":  # "All told, the county spent $4 million"
        return any(c.dep_ == "nsubj" and c.lower_ == "all" for c in children)
    if lemma == "say":  # "That said, the two companies …"; "their smiles said a lot"
        return verb.i + 1 < verb.sent.end and verb.nbor(1).text == "," and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "this") and c.i == verb.i - 1 for c in children) or any(
            c.dep_ in ("dobj", "npadvmod") and c.lower_ in SAYS_ONLY for c in children) and not any(
            c.dep_ in ("ccomp", "parataxis") for c in children)
    if lemma == "dismiss" and any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in DISMISSED_PEOPLE)
                                  for c in children):
        return True  # "Jansen dismissed Kuldeep for 19", "the board dismissed two staff": an act on people
    if lemma == "post" and not any(c.dep_ in ("ccomp", "parataxis") for c in children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SCORED_RESULTS for c in children):
        return True  # "posting a 2.72 ERA", "posted a 9.58 time": a result scored, not a message put out
        # (a firm that "posted a loss of $40 million" reports its own accounts)
    if lemma == "feature" and not any(c.dep_ in ("dobj", "ccomp") for c in children):
        return True  # "Special Branch featured in three of the claims": appearing in, not stating
    if lemma == "find" and any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "dobj") and c.tag_ == "JJ" for c in children):
        subj = next((c for c in children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in lx.DOCUMENT_HEADS | RESEARCH_NOUNS:
            return True  # "the rowers found gold elusive, settling for three silver": an experience, not a finding
    if lemma == "find":  # "refugees find their way to the city", "found itself short"; a verdict:
        # "the jury found Roof guilty on all 33 counts"; a search: "could not find partners to fund it"
        return any(c.dep_ == "dobj" and (c.lemma_.lower() == "way" or c.lower_.endswith(("self", "selves"))
                                         or _infinitive_on(c) and not _share_read_into(c)) for c in children) or any(
            c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in VERDICTS for c in children) or (
            # a search or a shot: "officers found him about 50 yards from his car", "found the net from six yards"
            any(c.dep_ == "dobj" and (c.lower_ in ("him", "her", "them") or c.lemma_.lower() == "net") for c in children)
            and not any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in children)
            and not any(c.dep_ == "nsubj" and c.lemma_.lower() in FINDING_SUBJECTS for c in children))
    if lemma == "show" and any(c.dep_ == "prt" and c.lower_ in ("up", "off") for c in children) and not any(
            c.dep_ in ("dobj", "ccomp", "oprd", "attr", "nsubj") and c.i > verb.i for c in children):
        return True  # "the laureates showed up to receive a $3 million prize": arriving, not showing
    if lemma == "call" and any(c.dep_ == "dobj" and c.lemma_.lower() in PHONED for c in children):
        return True  # "he called the family's home number nine times": phoning
    if lemma == "put" and not any(c.dep_ == "prep" and c.lower_ in ("at", "near", "around", "on") and (
            c.lower_ != "on" or any(t.like_num or t.lower_ in ("percent", "%") for t in c.subtree))
            and not any(g.dep_ == "pobj" and g.lemma_.lower() in PUT_AT_STATES for g in c.children) for c in children):
        return True  # "put a bounty on his head", "put four jobs at risk": only "put it at N" sizes
    if lemma in ("rule", "complain"):  # "the court ruled (that) …", "Democrats complained it would …";
        # not "ruled the country for 30 years", "ruled out a $5 billion bid", "complained of pain"
        return not any(c.dep_ == "ccomp" for c in children) or any(c.dep_ == "prt" for c in children)
    if lemma == "expect" and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in children) \
            and any(c.dep_ == "xcomp" for c in children):
        return True  # "five things Congress can expect to confront", "buyers can expect to pay $40 more": a prospect
    if lemma == "confirm" and any(c.dep_ == "dobj" and any(t.lemma_.lower() in APPOINTEES for t in c.subtree)
                                  for c in children):
        return True  # "the Senate confirmed two of the nominees": a vote on people, not a report
    if lemma == "determine":  # "investigators determined that 12 had failed"; not "to determine the 40 winners"
        return not any(c.dep_ == "ccomp" for c in children)
    if lemma == "contend":  # "struggled to contend with 10 million users": coping, not claiming
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
    if lemma == "claim":  # "claiming 41 percent of the vote", "claimed victory": winning, not asserting
        return any(c.dep_ == "dobj" and (any(t.lemma_.lower() in WON_THINGS for t in c.subtree)
                                         or c.lemma_.lower() in TAKEN_THINGS) for c in children) \
            and not any(c.dep_ in ("ccomp", "xcomp") for c in children) or _claims_money(verb)
    if lemma == "post":  # "each must post $100,000 bond": money handed over, no message
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("bond", "bail") for c in children)
    if lemma in AUTHORING and not any(c.dep_ in ("ccomp", "parataxis") for c in children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in AUTHORED_WORKS and any(n.dep_ == "nummod" for n in c.children)
            for c in children):
        return True  # "he has written 12 biographies", "listed six demands": how many works, not what they say
    if lemma == "write" and any(c.dep_ == "prt" and c.lower_ in ("off", "down") for c in children):
        return True  # "has written off £5m", "wrote down the stake": accounts, not a text
    if lemma == "maintain":  # "Con Edison, which maintains 90,000 miles of cable": upkeep, not a claim
        return not any(c.dep_ in ("ccomp", "parataxis") for c in children) and not (
            verb.i + 1 < verb.sent.end and verb.nbor(1).text in (":", ",") and any(t.text in QUOTE_MARKS for t in verb.sent))
    if lemma == "show" and verb.dep_ != "xcomp":  # "That potential didn't show in Kazan": nothing shown
        return any(c.dep_ == "neg" for c in children) and not any(
            c.dep_ in ("dobj", "ccomp", "parataxis", "attr", "oprd", "mark", "xcomp", "advcl") for c in children) \
            and not (verb.i + 1 < verb.sent.end and verb.nbor(1).text == ":")
    if lemma == "show":  # "the strain began to show (when …)": becoming visible, with nothing shown
        return verb.dep_ == "xcomp" and not any(
            c.dep_ in ("dobj", "ccomp", "parataxis", "attr", "oprd", "mark") and not _when_clause(c)
            for c in children) and not (verb.i + 1 < verb.sent.end and verb.nbor(1).text == ":")
    return False


SHARED_DATA = frozenset("data datum figure figures statistic statistics number numbers finding findings estimate".split())

PUT_AT_STATES = frozenset("risk stake ease heart centre center top forefront disposal mercy odds rest bottom".split())

AUTHORING = frozenset("write publish pen author list".split())
AUTHORED_WORKS = frozenset(
    "book biography novel memoir story article column paper report study letter post tweet song poem essay piece "
    "episode edition issue chapter demand request recommendation proposal reason step priority condition".split())
SCORED_RESULTS = frozenset("era record time score average win victory mark lap goal finish".split())
UNDONE = frozenset("fail refuse decline neglect forget omit".split())
RESEARCH_NOUNS = frozenset("researcher scientist investigator analyst auditor inspector economist team authors".split())
FINDING_SUBJECTS = lx.DOCUMENT_HEADS | RESEARCH_NOUNS  # "The audit found them 20% over budget": a finding
VERDICTS = frozenset("guilty innocent liable responsible competent unfit fit negligent".split())


def _infinitive_on(noun: Token) -> bool:
    """'partners to fund the telescope': a noun with a to-clause on it, what is sought, not found."""
    return not any(c.dep_ == "nummod" for c in noun.children) and any(
        g.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children) for g in noun.children)


def _when_clause(clause: Token) -> bool:
    """'… when the council reads out the figures', which the parser may hang as a reported clause."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "whenever", "while") for c in clause.children)


def _report_read_as_noun(tok: Token) -> bool:
    """'the Congressional Budget Office projects that …' with 'projects' tagged a plural noun: the
    parse still gives it a subject and a 'that' clause, so it is the sentence's reporting verb."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" or _name_read_as_compound(tok, c) for c in tok.children) \
        and any(c.dep_ == "ccomp" or c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > tok.i
                or c.dep_ in ("acl", "relcl") and c.i > tok.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in tok.children)  # ("WKRN-TV reports there were 412": a finite clause hung as 'acl';
    # "The EPA projects that the rule would cut …": a 'that' clause hung as a relative one)


def _noun_read_as_verb(tok: Token) -> bool:
    """'raised its British growth forecast by 0.1 points' with 'forecast' tagged a verb: an object
    or subject with a determiner or an owner in front is the noun."""
    return tok.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and any(
        c.dep_ in ("poss", "det") and c.i < tok.i for c in tok.children)


def _poll_has(verb: Token) -> bool:
    """'The Reuters/Ipsos tracking poll has Trump hovering around 35 percent', 'the survey has Lee at
    41%': a poll that 'has' a candidate at a share reports that share."""
    if verb.lemma_.lower() != "have" or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    subject = _poll_holding(verb)
    clause = verb.head if verb.dep_ == "aux" else verb
    if verb.dep_ == "aux" and clause.lemma_.lower() in lx.MOVE_VERBS and clause.tag_ == "VBN":
        return False  # "the average had fallen 12.6 percent": a perfect tense, the average moved
    return subject is not None and any(t.like_num or t.text == "%" for t in clause.subtree if t.i > verb.i)


def _poll_holding(verb: Token) -> Token | None:
    """The poll that 'has' the figures; when the parser read 'has Trump hovering' as the verb
    'trump' with 'has' its auxiliary, the poll is that misread verb's subject."""
    clause = verb.head if verb.dep_ == "aux" else verb
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lemma_.lower() in ("poll", "survey", "average") else None


def _share_read_into(noun: Token) -> bool:
    """'found at least 38% plan to buy': a share of people the parser read as a noun's modifier (a
    '38% plan'), which makes the finding a search ('found partners to fund it')."""
    return any(t.i < noun.i and (t.lower_ in ("%", "percent", "per") or t.text.endswith("%")) for t in noun.subtree)


def _sees_figure(verb: Token) -> bool:
    """'Home Depot sees fiscal 2019 sales growth of 1.8 percent': a named body's outlook. Only the
    present tense with a figure in the object ('the city saw 300 murders' is what happened there)."""
    if verb.lemma_.lower() != "see":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in RESEARCH_PEOPLE and any(
            c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in verb.children):
        return True  # "the scientists saw a 60% reduction in plaques": what a study's team observed
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    # ("The Fed raised rates. It sees unemployment falling to 4.5 percent": an institution's 'it')
    return subj is not None and (_proper_name(subj) or subj.lower_ in ("it", "they")) and any(
        c.dep_ in ("dobj", "ccomp") and any(t.like_num for t in c.subtree) for c in verb.children)


HEARING_BODIES = frozenset("court tribunal inquiry jury hearing committee trial inquest".split())


def _court_heard(verb: Token) -> bool:
    """'The court heard the defendant had 11 previous convictions': what a court, an inquiry or a
    jury heard is the evidence it was given, reported as the hearing's."""
    if verb.lemma_.lower() != "hear" or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in HEARING_BODIES


def _pleaded_act(verb: Token) -> Token | None:
    """'X pleaded guilty to paying a consultant $15,000': a plea of guilty admits the act it is to,
    as 'admitted to paying' does; the act, or None (not 'pleaded not guilty', which denies it, nor
    'pleaded guilty to two counts', the charges the court brought)."""
    if verb.lemma_.lower() != "plead" or not any(c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ == "guilty"
                                                 for c in verb.children) \
            or any(c.dep_ == "neg" or c.lower_ == "not" for c in verb.subtree if c.i < verb.i + 3):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)



FINDING_TEXTS = frozenset("story series investigation report analysis article audit review probe study".split())


SUED_ACTS = frozenset("settle file bring lodge pay drop dismiss".split())


def _legal_claim(noun: Token) -> bool:
    """'NGN settled claims brought by X', 'claims filed against the firm': a claim at law, which
    states no figure of its claimant's (unlike 'X's claim that 3,000 died')."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in SUED_ACTS:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in SUED_ACTS for c in noun.children)


def _subject_of_participle_chain(verb: Token) -> Token | None:
    """'X has begun work, pledging completion in 100 days, while also announcing a Rs1 billion
    package': participles strung on the clause share its named subject."""
    node = verb
    while node.dep_ == "advcl" and node.tag_ == "VBG" and node.head != node:
        node = node.head
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj if subj.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in subj.children) else None
    return None


def _text_identifies(verb: Token) -> bool:
    """'The Star story identified a street with 50 businesses', 'a Herald series that identified
    more than 60 victims': a piece of reporting states what it identified; a person who
    identifies someone (police naming a suspect, researchers picking a sample) does not."""
    if verb.lemma_.lower() not in ("identify", "uncover", "document") or verb.pos_ != "VERB":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in FINDING_TEXTS


def _documents_agree(verb: Token) -> bool:
    """'independent analyses agree the top 1 percent would gain most': studies that agree state
    what they agree on; people who agree to something report nothing."""
    return verb.lemma_.lower() == "agree" and any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.DOCUMENT_HEADS for c in verb.children)


def _gives_figure(verb: Token) -> bool:
    """'gave the toll as seven', 'gave a figure of 300', 'has revised the number of miners
    trapped to 31': giving or revising reports a count only with a count or estimate as its
    object (most uses of 'give' hand something over; 'cut the number of patrols' is an act)."""
    lemma = verb.lemma_.lower()
    objects = ("toll", "tally", "count", "figure", "estimate", "outlook", "forecast", "projection", "guidance",
               "prediction") + (("number",) if lemma in ("revise", "update") else ())  # "raised the number of patrols" is an act
    # ("slashed its outlook for growth to 1.6%": a forecaster moving its own forecast states the new one)
    if lemma in ("compile", "assemble", "publish", "release", "keep") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("list", "tally", "database", "tracker", "count") for c in verb.children):
        return True  # "the ACLU has assembled a list of 76 agencies": the list is its count
    if lemma in ("share", "present") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SHARED_DATA for c in verb.children):
        return True  # "Prof. Choudhary shared sobering global data, including the fact that 733 million …"
    if lemma in ("range", "vary") and any(  # "Private sector estimates of the damage have ranged as high as $95 billion"
            c.dep_ == "nsubj" and c.lemma_.lower() in ("estimate", "forecast", "projection") and any(
                m.dep_ in ("amod", "compound", "poss") and m.i < c.i for m in c.children) for c in verb.children):
        return True  # (bare "Estimates vary" name no one: the frame then has no speaker)
    return lemma in ("give", "provide", "offer", "revise", "update", "raise", "increase", "lower", "cut", "slash", "trim", "lift",
                     "boost", "downgrade", "upgrade", "reduce", "up", "hike", "nudge", "narrow", "reaffirm",
                     "reiterate") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def _speech_turn(verb: Token) -> bool:
    """'He continued: "…"', '"…," she replied': verbs that report speech only when a quotation
    or a colon stands right beside them ('prices continued to rise' reports nothing)."""
    if verb.lemma_.lower() not in lx.SPEECH_TURN_VERBS:
        return False
    if verb.lemma_.lower() in ("recall", "recount") and any(c.dep_ == "ccomp" for c in verb.children) \
            and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "Manning recalled the fund was capitalised at $100 million": what they recall they report
    if verb.lemma_.lower() in ("continue", "conclude") and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
           for c in verb.children) and any(
            c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in lx.PRONOUNS_PERSON) for c in verb.children):
        return True  # "Pachter continued that Madden will lead sales with 1.33 million": a that-clause is said
    doc = verb.doc
    if verb.lemma_.lower() in ("begin", "conclude") and not any(
            c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in lx.PRONOUNS_PERSON) for c in verb.children):
        return False  # '"…," Biden began', not "the scandal ''Spotlight'' told began as a column"
    after = doc[verb.i + 1 : min(verb.i + 3, verb.sent.end)]
    before = doc[max(verb.i - 3, verb.sent.start) : verb.i]
    return any(t.text in QUOTE_MARKS or t.text == ":" for t in after) or (
        any(t.text in QUOTE_MARKS for t in before) and any(t.dep_ == "nsubj" for t in verb.children))


def _misread_document(verb: Token) -> tuple[str, Token] | None:
    """'…, Federal Election Commission records show.': the small model reads 'records' (or
    'reports') as a verb and hangs the commission on 'show'. The document is what shows; its
    name is the words in front of it."""
    if verb.lemma_.lower() not in EVIDENCE_VERBS or verb.i - 1 <= verb.sent.start:
        return None
    doc = verb.doc
    word = doc[verb.i - 1]
    if not (word.lower_.endswith("s") and word.lower_[:-1] in lx.DOCUMENT_HEADS) \
            or not (word.tag_.startswith("VB") or word.dep_ == "compound"):
        return None
    left = word.i
    while left - 1 >= verb.sent.start and (doc[left - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[left - 1].tag_ == "POS"):
        left -= 1
    if left == word.i:
        return None  # "Reports show …" opening a sentence parses as it should
    return doc[left : word.i + 1].text, word


def _misread_report_noun(sent: Span) -> tuple[Token, Token, Token] | None:
    """'Economists at Tarrant Capital forecast that prices will fall': with no verb for a root, the
    small model reads the reporting verb as a noun in the subject's phrase and hangs the 'that'
    clause on the subject. Returns the cue, the clause it reports and the subject."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lx.REPORT_VERBS or tok.i <= root.i \
                or tok.i + 1 >= sent.end or tok.nbor(1).lower_ != "that" or tok.nbor(1).dep_ != "mark":
            continue
        clause = tok.nbor(1).head
        if clause.i > tok.i and dominates(root, tok) and clause.pos_ in ("VERB", "AUX"):
            return tok, clause, root
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        # "In January the IMF forecast economic growth of 2.5%": no verb at all, the reporting verb read
        # as a noun modifying its own object; the name in front of it speaks
        for tok in sent:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.REPORT_VERBS and tok.head == root and tok.i < root.i \
                    and tok.dep_ in ("nmod", "compound", "amod"):
                speaker = next((c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"), None)
                if speaker is not None:
                    return tok, root, speaker
    return None


def _misread_subject_verb(sent: Span) -> tuple[Token, Token, Token] | None:
    """'The Centers for Disease Control and Prevention estimates 1 in 110 children have autism': the
    reporting verb read as a plural noun heading the reported clause's subject, with the name that
    says it hung on it. Returns the cue, the clause it reports and the name."""
    for tok in sent:
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in lx.REPORT_VERBS or tok.dep_ not in ("nsubj", "nsubjpass") \
                or tok.head.pos_ not in ("VERB", "AUX") or tok.head.i < tok.i or tok.i == sent.start \
                or tok.nbor(-1).pos_ != "PROPN":
            continue
        name = next((c for c in tok.children if c.dep_ in ("nsubj", "compound", "nmod") and c.i < tok.i
                     and c.pos_ == "PROPN"), None)
        # (an object after it makes it a verb: not "CNN reports suggest …", "Party rules allow …")
        if name is not None and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
            return tok, tok.head, name
    return None


def _verb_read_as_modifier(sent: Span) -> tuple[Token, Token, Token] | None:
    """'the grid operator projected power demand would peak at 44,919 megawatts': a reporting verb in the
    past tense read as an adjective on the reported clause's subject, its own subject still hung on it.
    Returns the cue, the clause it reports and its subject."""
    for tok in sent:
        if tok.tag_ != "VBD" or tok.dep_ != "amod" or tok.lemma_.lower() not in lx.REPORT_VERBS:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        noun = tok.head
        if subject is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return tok, noun.head, subject
    return None


def _verb_read_as_compound(sent: Span) -> tuple[Token, Token, Token] | None:
    """'The IMF forecast growth in the Euro Area would slow to 0.8pc': the verb read as a noun in one
    long subject ('IMF forecast growth') of the reported clause, whose modal shows it is a forecast.
    Returns the cue, the clause it reports and the name in front."""
    for tok in sent:
        if tok.tag_ != "NN" or tok.dep_ != "compound" or tok.lower_ not in ("forecast", "forecasts", "estimate",
                                                                           "estimates", "projects", "predicts"):
            continue
        name = tok.nbor(-1) if tok.i > sent.start else None
        noun = tok.head
        if name is None or name.pos_ != "PROPN" or name.head != noun or noun.i != tok.i + 1 \
                or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause = noun.head
        if clause.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might")
                                                  for c in clause.children):
            return tok, clause, name
    return None


def _closing_tag_read_as_noun(sent: Span) -> tuple[Token, Token, Token] | None:
    """'…, the editorial notes.', 'With a partial reopening, the model forecasts, deaths will
    rise to 173,000': a tag set off by commas read as the noun phrase 'the editorial notes'.
    Returns the cue, the clause it reports and the word before it."""
    for tok in sent:
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in lx.REPORT_VERBS or tok.i == sent.start \
                or tok.i + 1 >= sent.end or tok.nbor(1).text not in (",", "."):
            continue
        speaker = tok.nbor(-1)
        start = min((c.left_edge.i for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")),
                    default=tok.i)
        if speaker.dep_ not in ("amod", "compound") or speaker.head != tok or start <= sent.start \
                or tok.doc[start - 1].text != ",":
            continue
        closing = all(t.is_punct for t in tok.doc[tok.i + 1 : sent.end])
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None) if closing else sent.root
        if clause is not None and clause != tok:
            return tok, clause, speaker
    return None


TAG_VERBS_READ_AS_NOUNS = frozenset("notes says writes argues estimates reports warns adds explains concludes".split())


def _tag_read_as_plural(sent: Span) -> tuple[Token, Token, Token] | None:
    """'…costs just $30,000, Dr. Kate Ponder of the medical school in St. Louis notes in her
    commentary': a trailing tag whose verb the model read as a plural noun ending the speaker's
    description. Returns the cue, the sentence's root and the name that opens the tag."""
    for tok in sent:
        if tok.tag_ != "NNS" or tok.lower_ not in TAG_VERBS_READ_AS_NOUNS or tok.i == sent.start \
                or tok.nbor(-1).pos_ != "PROPN" or tok.i + 1 >= sent.end or tok.nbor(1).lower_ not in ("in", "that", ",", "."):
            continue
        comma = next((t for t in reversed(sent.doc[sent.start : tok.i]) if t.text == ","), None)
        if comma is None or comma.i + 1 >= tok.i:
            return None
        words = sent.doc[comma.i + 1 : tok.i]
        if any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in words):
            return None
        # the name at the top of the tag's first phrase ("Ponder" in "Dr. Kate Ponder of …")
        name = next((t for t in words if t.pos_ == "PROPN" and not words.start <= t.head.i < words.end), None)
        first = words[0]
        if name is None or not (first.pos_ == "PROPN" or first.lower_ in ("dr.", "dr")):
            return None
        return tok, sent.root, name
    return None


def _misread_name_and_verb(sent: Span) -> tuple[Token, Token, Token] | None:
    """'Trump claims he's worth $10 billion' read as the verb 'trump' and its object 'claims': a
    capitalised word opening the sentence, then a reporting verb's -s form with a clause hung on
    either. Returns the cue, the clause it reports and the name."""
    if len(sent) < 4:
        return None
    name, cue = sent[0], sent[1]
    if not name.text[:1].isupper() or name.pos_ not in ("NOUN", "VERB") or name.is_sent_start is False \
            or cue.tag_ not in ("NNS", "VBZ") or cue.lemma_.lower() not in lx.REPORT_VERBS | lx.STANCE_VERBS \
            or not cue.lower_.endswith("s") or name.dep_ != "ROOT":
        return None
    clause = next((c for t in (name, cue) for c in t.children if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in clause.children):
        return None
    return cue, clause, name


def _misparsed_show(sent: Span) -> tuple[Token, Token] | None:
    """'…, the filing shows.' / '…, the filing shows, from …': the small model often reads a
    parenthetical 'show(s)' as a noun, or hangs it as a noun would be. Returns that word and the
    document before it."""
    for tok in sent:
        if tok.lower_ not in ("show", "shows", "showed") or tok.i < sent.start + 3 or (
                tok.pos_ == "VERB" and tok.dep_ not in ("pobj", "dobj", "compound", "nmod", "appos")):
            continue  # (a verb hung as the object of a preposition is the same misreading)
        after = tok.nbor(1) if tok.i + 1 < sent.end else None
        if after is not None and after.text not in (",", ".", ";"):
            continue
        left = tok.i - 1
        while left > sent.start and sent.doc[left].text not in (",", ";", "(", "—") and tok.i - left <= 12:
            left -= 1
        if sent.doc[left].text != ",":
            continue
        # the stretch's document: "…, the filing shows.", "…, data from Kantar Media show."
        # ("tallies by X and other trackers show": the first such noun, which the rest describes)
        before = next((t for t in sent.doc[left + 1 : tok.i] if t.pos_ in ("NOUN", "PROPN")
                       and t.lemma_.lower() in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | TALLY_NOUNS), None)
        if before is not None:
            return tok, before
    return None


def _show_read_as_noun(sent: Span) -> tuple[Token, Token] | None:
    """'after leaked documents from his tax return show he took a $916 million loss': the small
    model reads 'show' as a noun, yet a noun does not take a clause of its own. Returns that word
    and the document noun shortly before it."""
    for tok in sent:
        if tok.lower_ not in ("show", "shows", "showed") or tok.pos_ != "NOUN" \
                or not any(c.dep_ == "ccomp" for c in tok.children):
            continue
        doc = next((t for t in reversed(sent.doc[max(sent.start, tok.i - 8) : tok.i])
                    if t.lemma_.lower() in lx.DOCUMENT_HEADS and t.pos_ == "NOUN"), None)
        if doc is not None:
            return tok, doc
    return None


def _price_target(noun: Token) -> bool:
    """'Exane cut its target price to 900 pence', 'raised its price target on the stock to $40': an
    analyst's call on what a share is worth, theirs as a forecast is."""
    other = {"price": "target", "target": "price"}.get(noun.lemma_.lower())
    return other is not None and any(c.dep_ == "compound" and c.lemma_.lower() == other for c in noun.children)


def _states_its_content(noun: Token) -> bool:
    """A report noun with its own that-clause ('the projection that debt would rise …') as the object of
    a verb that does not report it ('include', 'cited'): what it says is that clause."""
    return noun.head.lemma_.lower() not in lx.REPORT_VERBS | lx.STANCE_VERBS and any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children)


def _content_hung_elsewhere(noun: Token) -> Token | None:
    """'Shares fell on the report in Auto Bild that the X3 emitted 11 times the limit': the report's
    that-clause, which the parser hung on the sentence's verb; not when that verb reports the clause
    itself ("officials said in a report that …")."""
    after = noun.right_edge.i + 1
    if after >= noun.sent.end or noun.doc[after].lower_ != "that" or noun.doc[after].dep_ != "mark":
        return None
    clause = noun.doc[after].head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb == noun or verb.lemma_.lower() in lx.REPORT_VERBS or _stance(verb):
        return None
    return clause


WEATHER_UNITS = frozenset("mm cm millimetres millimeters centimetres centimeters inch inches degrees °c °f".split())
WEATHER_NOUNS = frozenset("rain rainfall snow snowfall temperature temperatures".split())


def _records_weather(verb: Token) -> bool:
    """'Saidu Sharif recorded 28mm', 'Jacobabad recorded a high of 49°C': a place where the weather
    was measured, which reports nothing (whatever the recogniser takes the place for)."""
    return any(t.lower_ in WEATHER_NOUNS | WEATHER_UNITS for obj in verb.children if obj.dep_ == "dobj"
               for t in obj.subtree)
