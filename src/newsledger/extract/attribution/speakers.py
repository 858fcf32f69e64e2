"""Who a cue's speaker is: the subject of a reporting verb, and the source behind a source noun.

`_speaker_of_verb` finds the subject of 'said', 'estimates', 'found' past the parser's misreadings
(inverted tags, appositions, names read as modifiers); `_source_of_noun` finds who is behind 'an
estimate', 'data from X', 'a report by Y'. Both give a token and leave naming it to `naming`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution.phrases import (
    _first_pobj,
    _is_bare_descriptor,
    _is_role_noun,
    _named_apposition,
    _org_name,
    _proper_name,
    _time_word,
    is_named,
    noun_phrase,
)
from newsledger.extract.attribution.shapes import (
    ASKED_OF_OTHERS,
    BACKING_VERBS,
    CLAIM_NOUNS,
    DELIVERED_WORDS,
    EVIDENCE_VERBS,
    FILING_VERBS,
    INSTITUTION_WORDS,
    ISSUING_VERBS,
    ORG_DESCRIPTORS,
    PROPOSAL_NOUNS,
    REFLEXIVES,
    REPORT_TEXTS,
    SPOKES_HEADS,
    SUPPORTED_WORK,
)
from newsledger.extract.attribution.tracker import SourceTracker
from newsledger.extract.places import COUNTRY_OF
from newsledger.extract.timex import MONTHS, WEEKDAYS

# Verbs whose object does what the to-clause says ("led the index to post a gain", "asked the bank to
# report"), where "used MDCT scans to measure" leaves the measuring to the subject.
OBJECT_CONTROL_VERBS = frozenset("""lead cause push drive prompt force help allow enable ask urge encourage persuade
    require order spur compel invite expect get""".split())

DEADLINE_WORDS = frozenset("date time deadline end start close then now".split())

MONTH_WORDS = frozenset(
    "jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul. july aug aug. "
    "august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december".split()
)


def _ends_on_its_own_words(verb: Token) -> bool:
    """Whether only the verb's own phrases ('on Tuesday') and punctuation follow it in the sentence."""
    return all(t.is_punct or t.head == verb or verb.i < t.head.i <= t.i for t in verb.doc[verb.i + 1 : verb.sent.end])


def _stray_apposition_before(verb: Token) -> Token | None:
    """'…, Patrick F. Kennedy, the undersecretary for management, wrote in a memo': a name set off
    by commas right before a verb with no subject, which the parser hung as an apposition on a
    noun of the reported clause."""
    closing_tag = verb.dep_ == "advcl" and verb.lemma_.lower() in lx.REPORT_VERBS and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "dobj", "ccomp") for c in verb.children) and _ends_on_its_own_words(verb)
    if verb.dep_ != "ROOT" and not closing_tag or verb.i < verb.sent.start + 3:
        return None  # (a closing tag the parser hung under the reported clause: "…, the Times reported on Tuesday.")
    if verb.doc[verb.i - 1].text != ",":
        # "…in Bangkok, a statement from the airport said": a text set off by a comma and read as an
        # apposition, running up to the subjectless verb
        node = verb.doc[verb.i - 1]
        for _ in range(6):
            if node.dep_ == "appos" and (node.pos_ == "NOUN" and node.lemma_.lower() in lx.REPORT_NOUNS | lx.DOCUMENT_HEADS
                                         or closing_tag and node.pos_ == "PROPN" and is_named(node, strict=True)) \
                    and node.right_edge.i == verb.i - 1 and node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ",":
                return node
            if node.head == node or node.head.i >= verb.i:
                return None
            node = node.head
        return None
    node = verb.doc[verb.i - 2]
    for _ in range(6):
        if node.dep_ == "appos" and node.pos_ == "PROPN" and is_named(node, strict=True):
            return node
        if node.head == node or node.head.i >= verb.i:
            return None
        node = node.head
    return None


MUTE_ACTS = frozenset("decision move step change ban lockdown restriction measure policy cut closure".split())


def _description_read_as_subject(name: Token, description: Token) -> bool:
    """"New York state, the epicenter of the outbreak, reported 481 deaths": the parser made the
    description set off by commas a second subject; the name before it is the one speaking."""
    named = _proper_name(name) or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.children)
    return description.i > name.i and description.pos_ == "NOUN" and named \
        and description.left_edge.i == name.right_edge.i + 2 and name.doc[name.right_edge.i + 1].text == ","


TIME_CONJUNCTIONS = frozenset("since after before until once".split())


def _subject_read_as_object_of_since(verb: Token) -> Token | None:
    """"… since Health Minister Hugo Monroy this week said up to 75% were infected": the parser took
    'since' for a preposition and the minister for its object, leaving 'said' with no subject."""
    if verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    start = min([verb.i, *(c.left_edge.i for c in verb.children if c.i < verb.i and c.dep_ in ("npadvmod", "advmod"))])
    if start == 0:
        return None
    name = verb.doc[start - 1]
    if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.head.lower_ in TIME_CONJUNCTIONS and not _time_word(name):
        return name  # (not "a post shared 15,000 times since last Thursday claims …": a day)
    return None


def _joined_into_first(first: Token, nearer: Token, verb: Token) -> bool:
    """Is the second of two subjects a misread part of the first? '36 percent of the patients taking
    SAMe and an antidepressant showed improvement' (the share's own 'and'), 'a score of six or more on
    the X Scale and Y Scale indicated …' (an 'and' hung inside the first subject's phrase)."""
    if any(c.dep_ == "cc" and first.i < c.i < nearer.i for c in first.children) \
            and (first.like_num or any(c.dep_ == "nummod" and c.like_num for c in first.children)):
        return True
    link = verb.doc[nearer.left_edge.i - 1] if nearer.left_edge.i > first.i else None
    return link is not None and link.dep_ == "cc" and link.head != verb \
        and first.left_edge.i <= link.head.i <= first.right_edge.i


def _name_after_opening_participle(verb: Token) -> Token | None:
    """'Speaking at the European Parliament in Strasbourg, Jean-Claude Juncker urged …': the parser
    makes the opening participle the subject and hangs the name on the place before the comma; the
    speaker is the run of proper nouns between that comma and the verb."""
    opening = next((c for c in verb.children if c.dep_ in ("csubj", "advcl") and c.tag_ == "VBG"
                    and c.i == verb.sent.start), None)
    if opening is None or any(c.dep_ == "nsubj" for c in verb.children) or verb.i - 1 <= opening.i:
        return None
    last = verb.doc[verb.i - 1]
    i = last.i
    while i > opening.i and (verb.doc[i].pos_ == "PROPN" or verb.doc[i].tag_ == "HYPH"):
        i -= 1
    return last if last.pos_ == "PROPN" and verb.doc[i].text == "," else None


def _venue_of_as_reported(verb: Token) -> Token | None:
    """"…, as reported in The Lancet": a report with no one reporting speaks through the title it
    appeared in (a name, not "as reported in the past")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and not _time_word(g)), None)


def _tag_read_as_conj(verb: Token) -> bool:
    """"Colonoscopy may miss one in 13 cancers, suggests a new study": the parser joins the inverted
    tag to the clause it reports as a second verb; a comma before it and nothing after its object
    tell it apart from a verb of the same subject ("…, and suggests")."""
    return verb.dep_ in ("conj", "dep") and verb.tag_ in ("VBZ", "VBD") and verb.head.i < verb.i \
        and verb.doc[verb.i - 1].text == ","


def _dates_the_tag(tok: Token, verb: Token) -> bool:
    """A token of a time phrase hung on the verb ('this week', 'on Tuesday')."""
    node = tok
    while node.head != verb and node.head != node:
        node = node.head
    return node.head == verb and node.dep_ in ("npadvmod", "prep") and any(
        _time_word(t) for t in node.subtree)


# Verbs of looking ahead whose participle after a noun ("a plant expected to open") is passive in sense
FORECAST_VERBS = frozenset("expect project forecast predict estimate anticipate tip slate schedule".split())


def _speaker_of_verb(verb: Token) -> Token | None:
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    tagged = _inverted_tag(verb)
    if tagged is not None:
        return tagged
    opened = _name_after_opening_participle(verb)
    if opened is not None:
        return opened
    surname = name_read_as_modal(verb)
    if surname is not None:
        return surname
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if verb.tag_ == "VBN" and verb.dep_ in ("pcomp", "advcl", "acl") and not any(
            c.dep_ in ("aux", "auxpass") or c.dep_ == "mark" and c.lower_ not in ("with", "without") for c in verb.children):
        subjects = []  # "with growth projected at 0.6pc": what is projected, not who projects it
    if len(subjects) > 1:  # "… 250,000 refugees (in fact, Obama has proposed …)": a misparse gives two; the nearer
        first = min(subjects, key=lambda c: c.i)
        nearer = min(subjects, key=lambda c: abs(verb.i - c.i))
        # ("says study co-author Jedd Wolchok": a title split at its hyphen reads as a subject of its own
        # right before the name)
        titled = [c for c in subjects if c.pos_ == "PROPN" and any(
            o is not c and o.pos_ == "NOUN" and o.right_edge == o and o.i + 1 == c.left_edge.i for o in subjects)]
        subjects = titled[:1] or [first if _joined_into_first(first, nearer, verb)
                                  or _description_read_as_subject(first, nearer) else nearer]
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and child in subjects:
            return _parenthetical_speaker(verb, child) or child
        if _name_read_as_compound(verb, child):
            return child
    inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if inverted is not None and not subjects and verb.lemma_.lower() in lx.REPORT_VERBS \
            and (any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or _tag_read_as_conj(verb)) \
            and (inverted.pos_ == "PROPN" or inverted.lemma_.lower() in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS) \
            and all(t.is_punct or _dates_the_tag(t, verb) for t in verb.doc[inverted.right_edge.i + 1 : verb.sent.end]):
        return inverted  # "…was $13.58 billion, states the report.": the tag inverted, its subject read as object
        # ("…, explained a Nomura report this week.": a time after it still closes the tag)
    for child in verb.children:  # "it was reported by X", not "admitted by that date"
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj" and not (_time_word(g) or g.lemma_ in DEADLINE_WORDS):
                    return g
    venue = _venue_of_as_reported(verb)
    if venue is not None and not subjects:
        return venue
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DELIVERED_WORDS \
            and verb.head.dep_ == "dobj" and any(c.dep_ == "ccomp" for c in verb.children):
        # "Ezike delivered an emotional message for her church — detailing that more than 1,000 …":
        # who delivered the message says what it details
        giver = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        if giver is not None:
            return giver
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in MUTE_ACTS:
        # "X hit out at the decision saying …": the parser hangs the participle on the decision,
        # which says nothing; X, the subject of the clause, is speaking
        clause = verb.head.head.head if verb.head.dep_ == "pobj" else verb.head.head
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.lemma_.lower() in EVIDENCE_VERBS \
            and verb.head.lemma_.lower() not in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS \
            and not any(c.dep_ == "ccomp" for c in verb.children):
        # "a list of signatures showing the support of 1 per cent": a thing, which says nothing (but
        # "handwritten ledgers showing he was to receive $12.7 million" state a fact)
        return None
    if verb.dep_ == "acl" and verb.lemma_.lower() in FORECAST_VERBS and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return None  # "with a second phase expected to add 1,000 homes": what is expected, not who expects it
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and (
            verb.tag_ != "VBN" or any(c.dep_ == "ccomp" for c in verb.children)):
        # "media reports estimating that …", "The group, …, posted that …" (a misread finite verb);
        # not "the man accused of buying two guns": a participle with no clause makes its noun the object
        return verb.head
    named = _stray_apposition_before(verb)
    if named is not None:
        return named
    if _tag_read_as_participle(verb):
        return verb.head  # "…, the analysis by the two trusts, reported Thursday."
    named = _tag_name_read_as_modifier(verb) if not subjects else None
    if named is not None:
        return named
    named = _tag_subject_read_as_modifier(verb) if not subjects else None
    if named is not None:
        return named
    if not subjects:
        issued = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == "VBN"
                       and c.lemma_.lower() in ISSUING_VERBS), None)
        text = next((c for c in issued.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in REPORT_TEXTS), None) if issued is not None else None
        if text is not None:  # "Analysis from the budget office, released overnight, estimates …": the analysis
            return text
    named = _subject_read_as_object_of_since(verb)
    if named is not None:
        return named
    named = _name_before_participle(verb)
    if named is not None:
        return named
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        if verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in lx.REPORT_VERBS \
                and verb.lemma_.lower() in lx.REPORT_VERBS and verb.doc[verb.i - 1].text == ",":
            # "She said that Pakistan is relying on imports, adding that …": the speaker adds, not
            # the subject of what she said, where the parser hung the participle
            return _speaker_of_verb(verb.head.head)
        # "The ministry gave a lower count, reporting 3,950 cases": the participle shares the subject
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and verb.head.tag_ == "VBD":
        # "A post shared 15,000 times since Friday claims that …": the parser took the participle
        # for the main verb and hung the real one under it without a subject; the post speaks
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on"
                                                                          for c in verb.head.children):
        # "… and went on to say 300 schools would close", 'to say' read as an adverbial clause of 'went on'
        went = verb.head
        return next((c for c in went.children if c.dep_ == "nsubj"), None) or (
            next((c for c in went.head.children if c.dep_ == "nsubj"), None) if went.dep_ == "conj" else None)
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.head.lemma_.lower() in lx.REPORT_VERBS:
            return _speaker_of_verb(verb.head)
        controller = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if verb.dep_ == "xcomp" and controller is None and verb.head.dep_ == "conj":
            # "Maryam termed it a simplistic solution and went on to say …": the subject both verbs share
            controller = next((c for c in verb.head.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
        if verb.dep_ == "xcomp" and obj is not None and verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            return obj  # "This optimism led the index to post a gain of 1,697 points": the object does it
        if verb.dep_ == "xcomp" and controller is not None:
            return controller  # "its board voted to add 60": the controller, not a nearby noun
        if controller is not None and (_proper_name(controller) or _shared_speaker(controller) and _says_a_clause(verb)
                                       and verb.head.dep_ != "ccomp") and (
                any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children) and (
                    any(c.dep_ == "ccomp" for c in verb.children) or _stance(verb))
                or verb.lemma_.lower() in lx.REPORT_VERBS and not any(c.dep_ in ("dobj", "dative") for c in verb.children)):
            # "The Ledger did the math and found that …", "X freed up $26 million and on Monday
            # announced $5 million more": the named subject both verbs share
            return controller
        if controller is not None and verb.dep_ == "conj" and verb.lemma_.lower() in ("report", "announce") \
                and (_proper_name(controller) or _is_bare_descriptor(controller)):
            return controller  # "the platform increased its revenue 69% and reported 121.4 million users"
        return _left_subject(verb)
    aside = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
                  and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)), None)
    lost = next((c for c in aside.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None) \
        if aside is not None else None
    if lost is not None:  # "As we have noted, a March study by X concluded that …": the parser made the study noted's
        return lost
    if verb.dep_ in ("ROOT", "ccomp") and any(c.dep_ in ("ccomp", "advcl") for c in verb.children):
        left = _left_subject(verb)  # "Kommersant, citing a source, reported that ...": a lost subject
        if left is not None and (left.pos_ == "PROPN" or left.ent_type_ in ("ORG", "PERSON", "NORP")):
            return left
    return None


def name_read_as_modal(verb: Token) -> Token | None:
    """"May lowered his price target", '"…," May wrote': the analyst Mark May read as the modal. A
    modal never governs a past or third-person form, so a capitalised one right before such a verb is a
    name."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "aux" and before.head == verb and before.tag_ in ("MD", "NNP") and before.text.istitle():
        return before
    if before.tag_ in ("WRB", "WDT", "WP", "IN", "RB") and before.text.istitle() and before.head == verb \
            and before.i - 1 > verb.sent.start and before.nbor(-1).pos_ == "PROPN" and before.nbor(-1).text.istitle() \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return before  # "Senior meteorologist Jonathan How said …": a surname read as a function word
    return None


def _says_a_clause(verb: Token) -> bool:
    """An active reporting verb with a clause of its own ("… and said 300 people had left"): not a
    plan ("had planned to charge $6 million") nor a passive ("are estimated to have bought")."""
    return verb.lemma_.lower() in lx.REPORT_VERBS and any(c.dep_ == "ccomp" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)


def _shared_speaker(subj: Token) -> bool:
    """A subject two joined verbs can share as a speaker besides a name: "the ministry", "police",
    "the spokesman" or "he" ("The ministry issued a statement and said 300 …"); not a thing or a
    count ("Prices rose and …")."""
    if any(t.like_num for t in subj.subtree):
        return False
    lemma = subj.lemma_.lower()
    return subj.lower_ in lx.PRONOUNS_PERSON | {"they", "we", "i"} or _is_bare_descriptor(subj) or _is_role_noun(subj) \
        or lemma in SPOKES_HEADS or lemma in ("police", "official", "officer", "authority") \
        or _named_apposition(subj) is not None  # "The inquiry's chair, Ann Hale, opened … and said"


def _inverted_tag(verb: Token) -> Token | None:
    """'Food crisis deepens with 2.3 bln facing insecurity, warns COMSTECH': a reporting verb after a
    comma with a name right after it, ending the sentence, is a tag whose speaker is that name,
    whatever the parser took for the verb's subject."""
    if verb.i == verb.sent.start or not _after_comma(verb) or verb.lemma_.lower() not in lx.REPORT_VERBS \
            or verb.lemma_.lower() in ("tell", "inform", "brief") or any(
                c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") for c in verb.children):
        return None  # (not '"…," Nand Kishore, a police officer, told AFP': the listener)
    # ("…, said Yarborough.": a surname the parser may hang as an adverb or an attribute)
    name = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj", "advmod", "npadvmod", "attr", "oprd")
                 and c.i > verb.i and c.pos_ == "PROPN" and not _time_word(c) and c.ent_type_ not in ("DATE", "TIME")), None)
    if name is None or name.left_edge.i != verb.i + 1 or not all(t.is_punct for t in verb.doc[name.right_edge.i + 1:verb.sent.end]):
        return None
    return name


def _after_comma(verb: Token) -> bool:
    """A comma right before the verb, or a comma and the quotation it closes ('…," write Dr X')."""
    before = verb.nbor(-1)
    if before.text == ",":
        return True
    return before.is_quote and verb.i - 2 >= verb.sent.start and verb.nbor(-2).text == ","


def _quoted_as_saying(verb: Token) -> Token | None:
    """'the article said, quoting him as saying "…"': who is quoted speaks the quotation; the one
    quoting relays it."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def _name_before_participle(verb: Token) -> Token | None:
    """'footage of Ana Ruiz asking, "..."', 'a clip of Hale saying ...': a participle right after a
    name in an object is that person speaking, though the parser hangs it on the main verb."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.i == verb.sent.start:
        return None
    left = verb.doc[verb.i - 1]
    if left.ent_type_ in ("DATE", "TIME") or left.lower_ in MONTHS or left.lower_ in WEEKDAYS:
        return None  # "released a video on Monday featuring …": a day speaks for no one
    return left if left.pos_ == "PROPN" and left.dep_ in ("pobj", "dobj") else None


def _parenthetical_speaker(verb: Token, subj: Token) -> Token | None:
    """', the Disaster Authority (NDMA) said on Thursday': the name right before a sentence-final
    reporting verb is its speaker, even where the parser made the sentence's subject the verb's."""
    doc = verb.doc
    i = verb.i - 1
    while i > subj.i and doc[i].text in (")", "]"):
        i -= 1
    j = i
    while j > subj.i and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX"):
        j -= 1
    if j <= subj.i or doc[j].text != "," or j >= i:
        return None
    stretch = doc[j + 1 : i + 1]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in stretch):
        return None
    heads = [t for t in stretch if t.head.i < stretch.start or t.head.i >= stretch.end]
    head = heads[0] if heads else stretch[-1]
    if _time_word(head) or head.ent_type_ in ("DATE", "TIME"):
        return None  # "X, a company of 20,000 people, last year announced …": a date, the subject speaks
    if head.dep_ == "appos" and head.head == subj and head.pos_ == "NOUN":
        return None  # "Rafique Suleman, a former chairman of the association said": his role, he speaks
    return head if head.pos_ in ("PROPN", "NOUN") else None


def _tag_name_read_as_modifier(verb: Token) -> Token | None:
    """'"… all 57 delegates," a subdued Trump told supporters': after a quotation the parser can read
    "a subdued Trump told" as words describing the audience; the name right before the reporting
    verb, with only an article and adjectives between it and the closing quote, is its speaker."""
    if verb.lemma_.lower() not in lx.REPORT_VERBS or verb.i == 0 or verb.dep_ not in ("amod", "acl", "compound"):
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    i = name.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ == "PROPN":
        i -= 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("DET", "ADJ") or i >= verb.sent.start and verb.doc[i].tag_ == "VBN":
        i -= 1
    before = verb.doc[i] if i >= verb.sent.start else None
    if before is None or not (before.is_quote or before.text == "," and i > verb.sent.start and verb.doc[i - 1].is_quote):
        return None
    return name


def _tag_subject_read_as_modifier(verb: Token) -> Token | None:
    """'…, Axios notes.': a closing tag whose one-word name the parser read as an adjective on the verb
    (taken for a plural noun); a capitalised word right after the comma, the tag ending the sentence."""
    if verb.lemma_.lower() not in lx.REPORT_VERBS or verb.i < 2 or not any(
            c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.head != verb or name.dep_ not in ("amod", "compound", "nmod") or not name.text[:1].isupper() \
            or verb.doc[verb.i - 2].text != "," or _time_word(name):
        return None
    if not all(t.is_punct for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return None
    return name


def _left_subject(verb: Token) -> Token | None:
    """A misparsed clause's speaker: the nearest name-like noun to the left of its verb.

    The small parser often hangs "but X, citing Y, estimate ..." off the wrong head; the
    speaker is still the noun just before the verb once a "citing ..." aside is skipped.
    """
    skip: set[int] = set()
    for tok in verb.doc[: verb.i]:
        if tok.lemma_.lower() in ("cite", "quote"):
            skip.update(t.i for t in tok.subtree)
    for i in range(verb.i - 1, max(verb.i - 12, -1), -1):
        tok = verb.doc[i]
        if i in skip or tok.is_punct:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("dobj", "pobj", "compound", "amod", "npadvmod"):
            return tok
        if tok.pos_ in ("VERB", "AUX") or tok.lower_ in ("that", "which"):
            return None
    return None


# Texts a figure is contained in ("the figure contained in the government's business case"), and
# the texts and counts that report one ("Analysis from the budget office, released overnight, estimates").
HOLDING_TEXTS = lx.DOCUMENT_HEADS | {"case"}

CONDUCT_VERBS = frozenset("run conduct carry do perform commission complete".split())  # "X ran an analysis"
SOURCE_COMPOUNDS = frozenset("census poll survey audit".split())  # documents that keep figures of their own


def _author_after_sample(noun: Token) -> Token | None:
    """"A recent study of more than 1,000 US workers from the advisory firm Brunswick": the parser hangs
    the author on the sample; a named author after "from" or "by" is still the study's."""
    if noun.lemma_.lower() not in lx.DOCUMENT_HEADS:
        return None
    samples = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for sample in [noun, *samples]:  # ("a survey from the consulting firm Halvard" as well)
        for prep in sample.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "by"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ == "PROPN":  # "by Gallup"; "from Ipsos MORI" only with a body's name ("adults from Texas")
                    name = noun_phrase(obj)[0]
                    if prep.lower_ == "by" and name.lower() not in COUNTRY_OF or _org_name(name):
                        return obj
                    continue
                named = next((c for c in obj.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                              and c.i > obj.i), None) if obj.lemma_.lower() in ORG_DESCRIPTORS else None
                if named is not None:  # "from the business advisory firm Brunswick"
                    return named
    return None


FORECAST_NOUNS = frozenset("estimate forecast projection outlook prediction".split())
# who puts out a text of their own ("released new statistics saying …"; not "posted a study", passed on)
RELEASING_VERBS = frozenset("publish release issue produce prepare unveil compile".split())
REVISING_VERBS = frozenset("cut lower raise trim slash revise upgrade downgrade".split())


def _source_of_noun(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            if _time_word(child):
                return None  # "in Monday's poll", "last week's survey": which one, not whose
            if child.pos_ == "NOUN" and any(c.lower_ in ("a", "an", "any", "each", "every") for c in child.children):
                return None  # "a state's total number of seats": any state's, no one's report
            if noun.lemma_.lower() in ("toll", "tally", "count", "total", "caseload") and (
                    child.lemma_.lower() in TALLIED_PLACES or child.ent_type_ in ("GPE", "LOC")) \
                    and not (noun.dep_ == "pobj" and noun.head.head.lower_ == "according"):
                return None  # "the state's death toll", "Italy's tally": the place counted, not who counts
            mover = next((c for c in child.children if c.dep_ == "compound" and c.i < child.i
                          and c.lemma_.lower() in REVISING_VERBS and c.i > child.sent.start), None)
            namer = next((c for c in mover.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None) \
                if mover is not None and noun.lemma_.lower() in FORECAST_NOUNS else None
            if namer is not None:  # "IMF lowers Pakistan's growth estimate", read as one long name: the IMF's
                return namer
            if noun.lemma_.lower() in FORECAST_NOUNS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in REVISING_VERBS and (
                    child.lemma_.lower() in TALLIED_PLACES | {"country", "nation", "economy"} or child.lower_ in COUNTRY_OF):
                estimator = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                if estimator is not None and (estimator.pos_ == "PROPN" or estimator.lemma_.lower() in lx.DESCRIPTOR_HEADS):
                    return estimator  # "the IMF lowered the country's growth estimate to 3pc": the IMF's estimate
            return child
    # "the latest IPC analysis", "a Western intelligence assessment": the name in front
    named = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.ent_type_ not in ("DATE", "TIME")
             and c.lower_ not in MONTH_WORDS
             and (c.pos_ == "PROPN" and not c.text.islower() or c.ent_type_ in ("ORG", "NORP", "GPE")
                  or c.lemma_.lower() in INSTITUTION_WORDS)  # "the landmark study": a lower-case word tagged a name
             and not (c.ent_type_ in ("GPE", "LOC") and noun.lemma_.lower() in ("poll", "survey"))]
    # ("New Hampshire primary polls": where the voters were asked, not who asked them)
    if named:
        return named[-1]
    kept_by = next((c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in SOURCE_COMPOUNDS), None)
    if kept_by is not None:  # "Census figures show …", "poll numbers": the count's own document
        return kept_by
    issuer = _issued_by(noun) or _as_compiled_by(noun)  # "figures released by the transit authority"
    if issuer is not None:
        return issuer
    author = _author_after_sample(noun)
    if author is not None:
        return author
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CONDUCT_VERBS and noun.lemma_.lower() in lx.DOCUMENT_HEADS \
            and noun.tag_ == "NN" and not any(c.dep_ == "nummod" for c in noun.children) \
            and any(c.dep_ == "relcl" and c.lemma_.lower() in lx.REPORT_VERBS for c in noun.children):
        # (only an unnamed text reporting in its own clause: "Quinnipiac conducted the poll of 1,042 voters" keeps
        # the poll a claimant of its own, and "conducted 26 surveys" counts texts)
        runner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if runner is not None and (runner.pos_ == "PROPN" or runner.lemma_.lower() in lx.DESCRIPTOR_HEADS):
            return runner  # "The center ran an analysis that found …": the center's analysis
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RELEASING_VERBS \
            and (noun.lemma_.lower() in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS or noun.lower_ in lx.REPORT_NOUNS) \
            and not any(c.dep_ == "nummod" for c in noun.children) \
            and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lx.REPORT_VERBS | EVIDENCE_VERBS for c in noun.children):
        issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if issuer is not None and (issuer.pos_ == "PROPN" or issuer.lemma_.lower() in lx.DESCRIPTOR_HEADS):
            return issuer  # "the Defense Department released new statistics saying …": the department's
    holder = next((g for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("contain", "include", "give")
                   and c.tag_ == "VBN" for p in c.children if p.dep_ == "prep" and p.lower_ == "in"
                   for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in HOLDING_TEXTS), None)
    if holder is not None:  # "the figure contained in the government's business case": that document's
        return holder
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in REPEATING_VERBS and noun.lemma_.lower() in CLAIM_NOUNS \
            and any(c.dep_ in ("acl", "ccomp") for c in noun.children):
        # "He reiterated claims that the chief takes 3 percent": whoever repeats them makes them again
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    for child in noun.children:
        if child.lower_ == "of" and noun.lemma_.lower() in lx.DOCUMENT_HEADS - {"record", "records", "data", "datum"}:
            continue  # "an analysis of Trump's Twitter", "a survey of voters": what it studied, not who wrote it
        if child.dep_ == "prep" and (child.lower_ in ("from", "by", "of") or child.lower_ == "in" and noun.lemma_.lower() in (
                "report", "article", "story", "interview", "column")) and not (
                    noun.lemma_.lower() == "number" and child.lower_ != "from"):  # "numbers from X", not "the number of"
            for g in child.children:
                if g.dep_ == "pobj" and not _time_word(g) and (
                        g.pos_ == "PROPN" or g.ent_type_ or g.lemma_.lower() in lx.DESCRIPTOR_HEADS
                        or g.lemma_.lower() in lx.DOCUMENT_HEADS):
                    return g  # "the results of the poll": the poll ("figures from March" are of a month)
    return None


TALLIED_PLACES = frozenset("state country city nation region province county district town village island "
                           "territory world continent area".split())
REPEATING_VERBS = frozenset("reiterate repeat renew restate echo level make voice raise".split())

COMPILING_VERBS = ISSUING_VERBS | frozenset("calculate tally measure estimate".split())  # "as compiled by X"


def _as_compiled_by(noun: Token) -> Token | None:
    """'below the average analyst estimate of $48.82 billion, as compiled by LSEG': the clause right
    after the estimate's phrase names who compiled it, wherever the parser hung the clause."""
    doc = noun.doc
    at = noun.right_edge.i + 1
    if at + 2 >= noun.sent.end or doc[at].text != "," or doc[at + 1].lower_ != "as":
        return None
    verb = doc[at + 2]
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in COMPILING_VERBS:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    obj = _first_pobj(agent) if agent is not None else None
    return obj if obj is not None and (obj.pos_ == "PROPN" or obj.text[:1].isupper()) else None


def _issued_by(noun: Token, verbs: frozenset[str] | None = None) -> Token | None:
    """The named body a participle or a relative clause says put a text out ('figures released
    by the transit authority', 'figures her campaign released Friday'), or None; `verbs` limits
    the participles that count (a relative clause always needs a verb of issuing)."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and (verbs is None or child.lemma_.lower() in verbs) \
                and child.lemma_.lower() not in BACKING_VERBS:  # "research supported by X": X paid, it did not write
            agents = list(child.children)
            hung = []  # "a report produced for the charity by the university": the 'by' hung on the charity
            # (and "data compiled from the 2013 survey by the Trust": on the source it drew from)
            for beneficiary in [_first_pobj(c) for c in agents if c.dep_ == "prep" and c.lower_ in ("for", "from")]:
                hung += [c for c in beneficiary.children if c.dep_ == "prep" and c.lower_ == "by"] if beneficiary else []
            for agent in agents + hung:
                obj = _first_pobj(agent) if agent.dep_ == "agent" or agent in hung else None
                if obj is not None and _time_word(obj):
                    obj = None
                if obj is not None and (obj.pos_ == "PROPN" or obj.lemma_.lower() in lx.DESCRIPTOR_HEADS
                                        or _is_role_noun(obj) and any(c.lower_ == "the" for c in obj.children)
                                        or obj.text[:1].isupper() and obj.text[1:2].islower()):
                    return obj  # (a capitalised name the tagger took for a noun: "issued by Moneyfacts")
                # "The figures, revealed in a OnePoll survey, showed …": the document that put them out
                obj = _first_pobj(agent) if agent.dep_ == "prep" and agent.lower_ == "in" else None
                if obj is not None and obj.lemma_.lower() in lx.DOCUMENT_HEADS and child.lemma_.lower() in ISSUING_VERBS \
                        and noun.lemma_.lower() not in lx.DOCUMENT_HEADS:  # (a paper published in a review is the paper's)
                    return obj
        if child.dep_ == "relcl" and child.lemma_.lower() in ISSUING_VERBS | FILING_VERBS:
            for subj in child.children:
                if subj.dep_ == "nsubj" and (subj.pos_ == "PROPN" or subj.lemma_.lower() in lx.DESCRIPTOR_HEADS
                                             or subj.lower_ in lx.PRONOUNS_GROUP | lx.PRONOUNS_PERSON):
                    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                    # "Romney's tax returns, which he released in January": the owner the pronoun stands for
                    return owner if owner is not None and subj.lower_ in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP else subj
    return None


def _agent_participle(verb: Token) -> bool:
    """'a 3 GW array announced by the president': a participle on a noun with a 'by' agent speaks
    for the whole noun phrase, the figures in front of the noun too."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "agent" for c in verb.children)


def _tag_read_as_participle(verb: Token) -> bool:
    """'… suicides were up 2%, the analysis by the two trusts, reported Thursday.': a closing tag whose
    subject the parser took for an apposition, and the verb for a participle describing it."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in lx.REPORT_VERBS:
        return False
    head = verb.head
    if head.lemma_.lower() not in REPORT_TEXTS and head.pos_ != "PROPN" or head.dep_ != "appos":
        return False
    if any(c.dep_ not in ("npadvmod", "prep", "punct", "advmod") for c in verb.children):
        return False
    rest = verb.doc[verb.i + 1 : verb.sent.end]
    if any(not (t.is_punct or _time_word(t) or t.lower_ in ("on", "late", "early")) for t in rest):
        return False
    left = head.left_edge.i - 1
    return left > verb.sent.start and verb.doc[left].text == ","


def _comma_tag(verb: Token) -> bool:
    """A short tag set off by commas (or closing the sentence): ', the data shows,'."""
    doc = verb.doc
    left = verb.left_edge.i - 1
    return left > verb.sent.start and doc[left].text == "," and verb.i + 1 < len(doc) and (
        doc[verb.i + 1].text in (",", ".", ";") and verb.right_edge.i == verb.i)


def _name_read_as_compound(verb: Token, child: Token) -> bool:
    """'Trump estimates that he spent …' read as the noun phrase 'Trump estimates': the name in
    front is the verb's subject."""
    if child.dep_ == "compound" and child.i == verb.i - 1 and verb.tag_ == "VBZ" and _comma_tag(verb) \
            and child.lemma_.lower() in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | {"data", "figure", "record"}:
        return True  # "…, the Effis data shows, while …": a tag between commas, its subject read as a modifier
    if not (child.dep_ == "compound" and child.i == verb.i - 1 and verb.tag_ in ("NNS", "VBZ", "VBP")
            and verb.lemma_.lower() in lx.REPORT_VERBS):
        return False
    start = verb.sent.start
    if child.left_edge.i == start or child.left_edge.i == start + 1 and verb.doc[start].lower_ == "the" and any(
            c.i == start and c.dep_ == "det" for c in verb.children) and child.pos_ == "PROPN" \
            and verb.i + 1 < verb.sent.end and verb.nbor(1).lower_ == "that" and verb.nbor(1).dep_ == "mark":
        # ("KOMO-TV reports": the whole name; "The EPA projects that …": the body the article names)
        return child.left_edge.text[:1].isupper() and child.text[:1].isupper()
    if verb.i + 1 < verb.sent.end and verb.nbor(1).lower_ == "that" and verb.nbor(1).dep_ == "mark" \
            and child.lemma_.lower() in lx.DESCRIPTOR_HEADS and all(
                t.head == verb and t.dep_ in ("det", "compound") for t in verb.doc[start : child.i]) \
            and any(t.pos_ == "PROPN" for t in verb.doc[start : child.i]):
        return True  # "The Sanders campaign projects that …": a named body's descriptor, all read into the noun
    # "…, including 13 in Louisiana, ICE data shows.": a closing tag after a comma
    closing = all(t.is_punct for t in verb.doc[verb.i + 1 : verb.sent.end])
    before = child.left_edge.i - 1
    if verb.doc[before].lower_ in ("the", "a", "this", "that") and verb.doc[before].head == verb:
        before -= 1  # "…, the study states.": the article hung on the verb the noun was read into
    return closing and before >= verb.sent.start and verb.doc[before].text == "," and (
        child.lemma_.lower() in lx.REPORT_NOUNS | lx.DOCUMENT_HEADS | lx.DESCRIPTOR_HEADS or child.text[:1].isupper())
    # ("…, the police claim.": a body)


PRAISE_VERBS = frozenset("praise laud hail commend congratulate applaud salute".split())


def _stance(verb: Token, tracker: SourceTracker | None = None) -> bool:
    """A verb of stance, intention or accusation with a named subject ('rated' is read off the
    text: the small model lemmatises it as 'rat'; a surname it tags as a common noun, "Sanders
    supports", is named when the text named that person before)."""
    lemma = "rate" if verb.lower_ in ("rated", "rates", "rating") else verb.lemma_.lower()
    if lemma == "charge":  # "charged that ...", "charged him with taking $2 million"; not "charged a fee"
        if not any(c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "ccomp" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children):
            return False
    elif lemma == "sue":  # "is suing Trump for $40 million": the sum the plaintiff demands
        return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.like_num or g.pos_ == "NUM" or g.tag_ == "$"
                                                                 for g in c.subtree) for c in verb.children)
    elif lemma in PRAISE_VERBS:  # "lauded the forces for eliminating 14 terrorists": the praise states the deed
        subj = _stance_subject(verb)
        return subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP) \
            and any(c.dep_ == "prep" and c.lower_ == "for" and any(g.like_num for g in c.subtree) for c in verb.children)
    elif lemma in ("push", "press", "lobby", "campaign", "fight"):  # "pushed Monday for a tax hike on incomes over
        # $250,000": a position; not "pushed the bill through", "pressed charges"
        subj = _stance_subject(verb)
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) and subj is not None \
            and (subj.pos_ == "PROPN" or subj.lower_ in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP)
    elif lemma not in lx.STANCE_VERBS:
        return False
    if lemma in ("seek", "ask", "request") and any(c.dep_ == "dobj" and c.lemma_.lower() in ASKED_OF_OTHERS
                                                   for c in verb.children):
        return False  # "ICIJ sought comment from Huione by sending a request to two addresses": a reporter's act
    if lemma in ("support", "back") and any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in (
            "percent", "%") or c.like_num) for c in verb.children):
        return False  # "1 percent support Stein", "Clinton support 27 percent": a voter's choice or a share
    if lemma in ("support", "back") and any(c.dep_ == "dobj" and c.lemma_.lower() in SUPPORTED_WORK
                                            for c in verb.children):
        return False  # "is supporting efforts by two groups": funding work, no position on a figure
    if lemma == "call" and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on") or c.dep_ == "oprd"
                                   or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                                   for c in verb.children):
        return False  # "call for" (also "for the wage to be raised"), "called half of them X" state a position;
        # "called him", "call out" do not
    if lemma == "defend" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        return False  # "is defending itself against criticism": an act, no position on a figure
    if lemma == "threaten" and not any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "threatened to impose a 35 percent tax" states an intent; "threaten Israel with bombs" an act
    if lemma == "point" and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("to", "out") for c in verb.children):
        return False
    if lemma == "feature" and not any(c.dep_ == "dobj" and c.lemma_.lower() in lx.REPORT_NOUNS | lx.DOCUMENT_HEADS
                                      | {"claim", "quote", "story", "statistic", "figure"} for c in verb.children):
        return False  # "the ad features a claim that …" states it; "the Games featured three mascots" had them
    if lemma == "think" and not any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "He thinks the index can hold at 2,200" holds a view; "think about it" does not
    if lemma == "agree" and not any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "agreed that 300 jobs would go" is a position; "agreed to inject $6.5 billion" a deal
    if lemma == "plead" and not any(c.dep_ == "prep" and c.lower_ in ("for", "with") or c.dep_ == "ccomp"
                                    for c in verb.children):
        return False  # "pleaded for $5 million in aid" takes a stance; "pleaded not guilty" does not
    subj = _stance_subject(verb)
    if subj is not None and subj.pos_ == "NOUN" and subj.text[:1].isupper() and tracker is not None \
            and tracker.person_by_surname(subj.text):
        return True
    return subj is not None and (subj.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children) or subj.lower_ in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP
                                 or subj.lemma_.lower() in lx.DESCRIPTOR_HEADS | lx.DOCUMENT_HEADS or _is_role_noun(subj))


def _stance_subject(verb: Token) -> Token | None:
    """Who takes the stance: the verb's subject; for 'promising to ...' the subject of the clause the
    participle hangs on; for 'who has pledged' the relative's antecedent; for 'his plan calls for'
    the plan's author."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _name_before_participle(verb) \
        or _name_after_opening_participle(verb)
    if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "xcomp" for c in verb.children):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "X called …, and threatened to …"
    if subj is None and _agent_participle(verb):  # "the $40 billion in purchases touted by Trump"
        subj = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if subj is not None and subj.lower_ in lx.RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        subj = subj.head.head
    if subj is not None and subj.lemma_.lower() in PROPOSAL_NOUNS:
        subj = _author(subj)
    return subj


def _author(noun: Token) -> Token | None:
    """The named or pronoun owner of a proposal ('Vasko's plan', 'her plan'), if any."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.pos_ == "PROPN" or owner.lower_ in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP):
        return None
    return owner
