"""`_frame`: builds a frame and names its speaker from the span.

Turns a speaker token into the claimant's text: drops roles and appositions, resolves pronouns and
descriptors through the tracker, names documents, polls and companies, and marks media, generic
and anonymous sources. Separate from `frames`, which decides where frames are and how far they reach.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution.phrases import (
    _could_be_person,
    _first_pobj,
    _is_bare_descriptor,
    _is_role_noun,
    _journal_of,
    _name_start,
    _named_apposition,
    _named_subject_before,
    _org_name,
    _plural_phrase,
    _proper_name,
    _strip_article,
    _time_word,
    _without_role_in_front,
    dominates,
    is_anonymous,
    is_media,
    is_named,
    looks_like_person,
    noun_phrase,
)
from newsledger.extract.attribution.records import Frame
from newsledger.extract.attribution.shapes import (
    ANSWER_VERBS,
    COURTESY_NAME,
    EVIDENCE_VERBS,
    FIRST_PERSON,
    GROUP_OFFICIALS,
    ISSUING_VERBS,
    MAX_NP_TOKENS,
    MEASURED_NOUNS,
    ORG_DESCRIPTORS,
    PERSON_ROLES,
    PERSON_TITLE_START,
    PUBLIC_BODY,
    QUOTE_MARKS,
    SELF_ISSUED,
    SHARE_HEADS,
    SINGLE_OFFICIALS,
    SPOKES_HEADS,
    TALLY_NOUNS,
    YEAR,
)
from newsledger.extract.attribution.speakers import (
    _issued_by,
    _source_of_noun,
    name_read_as_modal,
)
from newsledger.extract.attribution.tracker import SourceTracker
from newsledger.extract.places import is_country

REPLY_VERBS = frozenset("reply answer respond retort".split())


def one_official(tok: Token) -> bool:
    """Is the speaker one official or spokesperson, named by office ("a ministry official", "the
    ministry's official", "an official of the ministry")? That one is a person: the "he" of the
    next sentences, whatever name the claim gives."""
    if tok.lemma_.lower() in SINGLE_OFFICIALS and tok.tag_ == "NN":
        return True
    holder = tok.head if tok.dep_ in ("poss", "compound") else tok.head.head if (
        tok.dep_ == "pobj" and tok.head.lower_ == "of") else None
    return holder is not None and holder.lower_ in SINGLE_OFFICIALS - {"source"}


# Roles an unnamed speaker has ("an analyst said"), which "the analyst" may take back to one named before.
ANONYMOUS_ROLES = lx.ANON_HEADS & PERSON_ROLES


def _institution_subject_before(spk: Token, tracker: SourceTracker) -> str | None:
    """The institution a clause is about, when a bare 'a spokesperson said' follows it: a
    descriptor subject the story has named ('The district gave ...'), else a named one."""
    for tok in spk.sent:
        if tok.i >= spk.i:
            break
        if tok.dep_ in ("nsubj", "nsubjpass") and _is_bare_descriptor(tok):
            text, head = noun_phrase(tok)
            resolved = tracker.resolve(text, head)
            if resolved != text:
                return resolved
    return _named_subject_before(spk, tracker.speakers + tracker.persons)


def _named_agent_before(head: Token, persons: list[str]) -> str | None:
    """'Three suspects were arrested by Sindh Rangers …, an official statement said': the body that
    acted, named after 'by' in the reported clause, issued the statement about it (not a person)."""
    for tok in head.doc[head.sent.start : head.i]:
        if tok.dep_ == "agent" and tok.head.pos_ == "VERB" and tok.head.dep_ in ("ccomp", "ROOT"):
            obj = _first_pobj(tok)
            if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON":
                text = noun_phrase(obj)[0]
                if not any(text in p or p in text for p in persons) and not PERSON_TITLE_START.match(text):
                    return text
    return None


def _one_in_name(tok: Token) -> bool:
    """'the One America News Network': a capital One inside a name counts nothing; nor does the
    number of 'a Rescue 1122 spokesperson', right after a name with 'a' before (not 'the S&P 500')."""
    if tok.text == "One" and tok.i > tok.sent.start and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
        return True
    return tok.i > tok.sent.start + 1 and tok.nbor(-1).pos_ == "PROPN" and tok.text.isdigit() and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < tok.i for c in tok.head.children)


def _person_closing_description(spk: Token) -> Token | None:
    """'One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said': the
    person named last in the role's description, set off by commas, is who the role is; the
    parser hangs the name on the description's last noun."""
    for t in spk.subtree:
        if t.i > spk.i and t.dep_ == "appos" and looks_like_person(t) and t.head.i > spk.i \
                and t.left_edge.i > 0 and spk.doc[t.left_edge.i - 1].text == "," \
                and t.right_edge.i + 2 < len(spk.doc) and spk.doc[t.right_edge.i + 1].text == "," \
                and not spk.left_edge.i <= t.right_edge.i + 2 <= spk.right_edge.i:
            return t
    return None


def _without_apposition(spk: Token, text: str) -> str:
    """The phrase before the first apposition of a name ('Ardan Air, the airline' -> 'Ardan Air')."""
    appos = next(c for c in spk.children if c.dep_ == "appos")
    if appos.pos_ == "PROPN" and appos.left_edge.i > 0 and not spk.doc[appos.left_edge.i - 1].is_punct:
        return text  # "the National Institute of Alcohol Abuse and Alcoholism": one name the parser split, no comma
    short = _strip_article(spk.doc[_name_start(spk) : appos.left_edge.i].text.rstrip(" ,(\u2013\u2014-"))
    if short and short not in text and len(short.split()) <= MAX_NP_TOKENS // 2:
        return short  # a long description after the name cut the phrase to another entity in it
    return short if short and short in text else text


def _affiliated_count(spk: Token) -> bool:
    """'three police sources', 'two government officials': counted, but named by the body they are
    from (FORMAT: affiliated sources speak), unlike 'two people briefed on the talks'."""
    return spk.tag_ == "NNS" and spk.lemma_.lower() in ("source", "official") and any(
        c.dep_ in ("compound", "amod") and c.i < spk.i and c.lower_ not in lx.ANON_MODIFIERS for c in spk.children)


def names_officials(frame: Frame) -> bool:
    """Does an unnamed speaker say what officials or experts they are ('three senior administration
    officials', 'infectious disease experts')? Then 'the officials' and 'those experts' further down
    are them, though no name was given."""
    head = frame.speaker_token
    return head is not None and head.lower_ in SINGLE_OFFICIALS | GROUP_OFFICIALS and frame.speaker is not None \
        and len(frame.speaker.split()) > 1 and frame.speaker.split()[-1].lower() == head.lower_ \
        and not is_anonymous(head)


AGE_WORD = re.compile(r"^\d{1,3}-year-old$")


def _aged_person(spk: Token, tracker: SourceTracker) -> str | None:
    """'The 54-year-old mom', 'the 30-year-old': a person described again by age is the person the
    story has just named (the one the last sentences opened with, else the last one named)."""
    if [c.lower_ for c in spk.children if c.dep_ == "det"] != ["the"] or spk.pos_ not in ("NOUN", "ADJ"):
        return None
    words = spk.doc[spk.left_edge.i + 1 : spk.i + 1].text.replace(" ", "")  # "34 - year - old", split up
    if not (AGE_WORD.match(spk.text) or AGE_WORD.match(words) or any(AGE_WORD.match(c.text) or c.dep_ in ("amod", "compound") and
                                            AGE_WORD.match(spk.doc[c.left_edge.i : c.right_edge.i + 1].text.replace(" ", ""))
                                            for c in spk.children)):
        return None
    if spk.lemma_.lower() in ORG_DESCRIPTORS | lx.DESCRIPTOR_HEADS:
        return None  # "the 50-year-old firm" is a business
    sex = "f" if spk.lemma_.lower() in FEMALE_NOUNS else "m" if spk.lemma_.lower() in MALE_NOUNS else None
    def fits(name: str) -> bool:
        return sex is None or tracker.sex_of(name) in (None, sex)
    if tracker.lead is not None and tracker.lead[0] >= tracker.sentence_no - 2 and fits(tracker.lead[1]):
        return tracker.lead[1]
    people = [p for p in tracker.persons if p not in tracker.known_orgs and fits(p)]
    return people[-1] if people else None


FEMALE_NOUNS = frozenset("woman mother mom mum wife daughter girl grandmother sister widow actress".split())
MALE_NOUNS = frozenset("man father dad husband son boy grandfather brother widower actor".split())


def _the_same_official(spk: Token, tracker: SourceTracker) -> str | None:
    """'The official' (or spokesman, source) with nothing but 'the', right after an official of a
    named body spoke ('a senior Indian finance ministry official said'): that same speaker."""
    word = spk.lower_
    singular = word in SINGLE_OFFICIALS and spk.tag_ == "NN"
    # "the officials", "those experts": the affiliated group named just before ("according to three senior
    # administration officials", "which infectious disease experts say is key")
    plural = word in GROUP_OFFICIALS and spk.tag_ == "NNS"
    if not (singular and [c.lower_ for c in spk.children] == ["the"]
            or plural and [c.lower_ for c in spk.children] in (["the"], ["those"], ["these"])):
        return None
    return tracker.official(word)


# "federal estimates", "provincial figures": the level of government whose count it is, as a named side is
GOVERNMENT_ADJECTIVES = frozenset("federal provincial municipal congressional".split())
SECTOR_NOUNS = frozenset("sector industry".split())


def _affiliated_tally(noun: Token) -> str | None:
    """'Palestinian tallies', 'Israeli figures': a count whose only source is a nationality or a
    named side keeps that affiliation as its claimant, as FORMAT keeps "South Korean military
    sources" (bare "figures" or "official estimates" stay nobody's)."""
    if noun.lemma_.lower() not in TALLY_NOUNS and noun.lower_ not in TALLY_NOUNS:
        return None
    sides = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and (c.ent_type_ == "NORP" or (
        c.i > noun.sent.start and c.tag_ in ("JJ", "NNP", "NNPS") and c.text[:1].isupper())
        or c.lower_ in GOVERNMENT_ADJECTIVES)]
    # "private sector estimates", "industry figures": a sector's own counts, kept as written
    sides += [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.lemma_.lower() in SECTOR_NOUNS]
    sides += [a for c in sides if c.dep_ == "compound" for a in (*c.children, *noun.children)
              if a.dep_ == "amod" and a.i == c.i - 1]  # "private sector", however the parser hung 'private'
    sides.sort(key=lambda t: t.i)
    if not sides:
        return None
    return " ".join(t.text for t in noun.doc[sides[0].i:noun.i + 1])


# Participles that say who put out a text: "results published by X", "tables issued by X".
SAMPLING_VERBS = frozenset("take conduct draw record collect".split())  # "a sample taken by the CDC", "the FEA
# recorded by the Economic Affairs Division": who took or kept it speaks

TAKING_VERBS = ISSUING_VERBS | SAMPLING_VERBS  # a text put out, or a sample taken

OWN_TEXTS = frozenset("analysis article story piece ranking".split())  # "this analysis": the story itself


def _document_name(head: Token) -> str:
    """The document's phrase, with the names the parser hung on a misread verb in front of it
    ('Meteora data show' parsed as one noun phrase headed by 'show'); a text identified by the
    journal that carried it is named after the journal."""
    journal = _journal_of(head)
    if journal is not None:  # how writers cite a paper: "a study in the Lancet", "the Lancet study"
        return journal
    text, _ = noun_phrase(head)
    for when in [c for c in head.children if c.dep_ == "poss" and _time_word(c)]:
        # "Last week's April jobs report" is the April jobs report (the phrase may already have lost "Last")
        for k in range(when.left_edge.i, when.right_edge.i + 1):
            cut = head.doc[k : when.right_edge.i + 1].text
            if text.startswith(cut):
                text = text[len(cut):].strip()
                break
    addressee = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > head.i), None)
    if addressee is not None:  # "a memo to the inspector general" is the memo, whoever it went to
        text = text.replace(" " + head.doc[addressee.i : addressee.right_edge.i + 1].text, "").strip()
    for aside in [c for c in head.children if c.dep_ == "appos" and c.i > head.i]:
        # "Fresh economic forecasts, the first since the election," are the forecasts
        text = text.replace(head.doc[aside.left_edge.i : aside.right_edge.i + 1].text, "").strip().rstrip(",").strip()
    sample = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i and any(
        t.like_num for t in c.subtree)), None)
    if sample is not None:  # "a survey of more than 5,000 professionals" is the survey; its sample is a figure
        text = text.replace(" " + head.doc[sample.i : sample.right_edge.i + 1].text, "").strip()
    left = head.i
    while left > head.sent.start and head.doc[left - 1].pos_ == "PROPN" and head.doc[left - 1].head.i != head.i \
            and head.doc[left - 1].dep_ == "compound":
        left -= 1
    return f"{head.doc[left:head.i].text} {text}" if left < head.i else text


def _company_before_code(spk: Token) -> Span | None:
    """"Mazda Motor Corp <MAZT.T> predicted …": the parser heads the subject with the exchange code
    or its closing bracket; the company is the run of name words in front of the code."""
    doc = spk.doc
    opening = next((t for t in doc[max(spk.i - 3, spk.sent.start) : spk.i + 1] if t.text == "<"), None)
    if opening is None or not (spk.text == ">" or spk.i == opening.i + 1):
        return None
    start = opening.i
    while start > spk.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start : opening.i] if start < opening.i else None


NORMS = frozenset("fact tradition custom practice".split())  # "as per facts of the case", "according to custom"


# A stock index's name ("the Nasdaq Composite", "the S&P 500", "the FTSE 100", "the Nikkei"): it moves, it says nothing.
MARKET_INDEX = re.compile(r"(?i)(?:\bcomposite|\bindustrial average|\b(?:Nikkei|FTSE|S&P|Dow|Hang\s+Seng|KOSPI|Sensex|Nifty|DAX|CAC|Stoxx|"
                          r"ASX|TSX|Russell|Nasdaq|KSE|PSX|stock|share|equity|benchmark|market)\b.*\bindex"
                          r"|\bS&P\s?\d+|\bFTSE\s?\d+|\bNikkei\s?225|\bNikkei\s+(?:stock\s+)?average"
                          r"|\bDow\s+Jones\s+Industrials?|\bStoxx\s?\d+|\bDAX|\bCAC\s?\d+|\bHang\s+Seng|\bSensex"
                          r"|\bNifty(?:\s?\d+)?|\bKOSPI|\bRussell\s?\d+|\bASX\s?\d+|\bTSX)$")


AT_A_LEVEL = frozenset("closing closed close ended ending settled finished points".split())  # an index's day


def _market_index(spk: Token) -> bool:
    if spk.pos_ != "PROPN" and spk.lemma_.lower() != "index":
        return False
    bare = [c.lower_ for c in spk.children] == ["the"]
    if bare and spk.lemma_.lower() == "index" and any(t.lower_ in AT_A_LEVEL for t in spk.sent):
        return True  # "the index showed mild recovery …, closing at 114,177.66": a measure, like the data
    if bare and spk.text == "Dow":
        return True  # "the Dow fell 300 points" (not "Dow said it would cut 2,000 jobs": the company)
    words = [t for t in spk.subtree if t.i <= spk.i and t.dep_ in ("compound", "nummod", "amod") or t == spk]
    return bool(MARKET_INDEX.search(" ".join(t.text for t in words)))


def _frame(kind: str, cue: Token, scope: Token, spk: Token | None, tracker: SourceTracker,
           nested: bool = False) -> Frame:
    if spk is None:
        return Frame(kind, cue, scope, None, None)
    if spk.lower_ in ("'s", "’s") and spk.dep_ == "nsubj":
        return Frame(kind, cue, scope, None, spk)  # "Let's say …": the writer's supposition, no one named
    company = _company_before_code(spk)
    if company is not None:
        return Frame(kind, cue, scope, tracker.resolve(company.text, company[-1]) or company.text, company[-1])
    if spk.lower_ in ("those", "these") and spk.pos_ == "PRON":
        return Frame(kind, cue, scope, None, spk)  # "(save for those that did propose it)": no one named
    if spk.lower_ in lx.RELATIVE_PRONOUNS and spk.head.dep_ == "relcl":
        antecedent = spk.head.head
        if spk.lower_ == "who" and antecedent.pos_ == "NOUN" and not _is_role_noun(antecedent) \
                and antecedent.lemma_.lower() not in PERSON_ROLES and spk.i > 0 and spk.nbor(-1).pos_ == "PROPN":
            antecedent = spk.nbor(-1)  # "a negotiation with Cartwright who, she said, seemed to …": 'who' is a person
        src = _source_of_noun(antecedent) if antecedent.lemma_.lower() in lx.REPORT_NOUNS else None
        spk = src if src is not None else antecedent
    elif spk.lower_ in ("which", "who") and spk.i > spk.sent.start and spk.nbor(-1).pos_ in ("PROPN", "NOUN") \
            and not _asks(spk.sent):
        spk = spk.nbor(-1)  # "the Chicago Police Department which reported …", the clause misread as the verb's
    elif spk.tag_ in ("WP", "WDT") and spk.lower_ in ("who", "what", "which") and not spk.text.isupper() \
            and _asks(spk.sent):
        return Frame(kind, cue, scope, None, spk)  # "Who told you that 90 percent …?": a question names no one
    elif any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in spk.children):
        return Frame(kind, cue, scope, None, spk)  # "…, no respiratory symptoms, and two tests confirmed": nobody
    elif _market_index(spk):
        return Frame(kind, cue, scope, None, spk)  # "the Nasdaq Composite recorded 23 new highs": a measure, not a voice
    elif spk.lower_ in ("that", "this") and not any(True for _ in spk.children):
        return Frame(kind, cue, scope, None, spk)  # "and that looked to have put them on the verge": an event
    elif kind == "according" and spk.lemma_.lower() in NORMS and spk.pos_ == "NOUN":
        return Frame(kind, cue, scope, None, spk)  # "as per facts of the case": nobody's claim (a law or rules state theirs)
    elif spk.lemma_.lower() == "detail" and not any(c.dep_ in ("prep", "acl", "compound", "poss") for c in spk.children):
        return Frame(kind, cue, scope, None, spk)  # "Details showed that …": the outlet's reading of the data
    if spk.lemma_.lower() == "result" and spk.pos_ == "NOUN" and [c.lower_ for c in spk.children] in (["the"], ["these"]):
        # "according to the results" (not "the official results", "the election results")
        poll = tracker.poll()  # "…, according to the results.": the poll the story is reporting
        if poll is not None:
            return Frame(kind, cue, scope, poll, spk, document=True)
    owner = next((c for c in spk.children if c.dep_ == "poss" and c.lower_ not in FIRST_PERSON | {"its", "their"}
                  and not _time_word(c)), None) if spk.lemma_.lower() == "result" and spk.pos_ == "NOUN" else None
    if owner is not None:  # "according to the company's second-quarter results": the company's own
        spk = owner
    if spk.lemma_.lower() in ("result", "finding") and spk.pos_ == "NOUN":
        # "according to the results of the latest Quinnipiac poll": the poll's, named as the poll
        of = next((g for c in spk.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in lx.DOCUMENT_HEADS), None)
        if of is not None:
            spk = of
    if kind == "according" and spk.pos_ == "NOUN" and spk.lemma_.lower() not in lx.REPORT_NOUNS | lx.DOCUMENT_HEADS:
        # "according to preliminary results published by the statistics office": a text the lexicon
        # does not list speaks for its issuer, when a verb of issuing names one
        spk = _issued_by(spk, TAKING_VERBS) or spk  # ("a recent sample taken by the CDC")
    elif kind == "verb" and spk.dep_ == "nsubj" and cue.lemma_.lower() in EVIDENCE_VERBS:
        # "The FEA recorded by the Economic Affairs Division showed inflows fell": the body that kept it
        spk = _issued_by(spk, TAKING_VERBS) or spk
    # ("the Landmine Monitor Report from the International Campaign to Ban Landmines": a named text, its issuer's)
    # (not "the U.S. Geological Survey", a body whose name ends in a document word and has no issuer after it)
    titled = spk.pos_ == "PROPN" and spk.lower_ in lx.DOCUMENT_HEADS and any(
        c.dep_ == "prep" and c.lower_ in ("from", "by") for c in spk.children)
    if spk.lemma_.lower() in lx.REPORT_NOUNS | lx.DOCUMENT_HEADS and (spk.pos_ == "NOUN" or titled):
        src = _source_of_noun(spk)
        if src is None or src.dep_ == "compound" and spk.lemma_.lower() in lx.DOCUMENT_HEADS:
            if spk.lemma_.lower() in SELF_ISSUED and (_definite(spk) or any(c.lower_ in ("a", "an") for c in spk.children)
                                                      and not any(c.dep_ in ("prep", "compound") for c in spk.children)):
                subject = _named_subject_before(spk, tracker.speakers) or _named_agent_before(spk, tracker.persons)
                if subject is not None:  # "Quillon expects a $300 million saving, the filing said"
                    return Frame(kind, cue, scope, subject, spk)
            if spk.lemma_.lower() in ("statement", "release"):
                owner = tracker.owner_of(spk.lemma_.lower())
                if owner is not None:  # "according to a statement released after the meeting": the body meeting
                    return Frame(kind, cue, scope, owner, spk)
                if kind == "according" and not _definite(spk) or kind == "verb" and spk.dep_ == "nsubj":
                    # "according to a press statement", "the press release said", whose no one says:
                    return Frame(kind, cue, scope, _document_name(spk), spk, generic=True, document=True)  # FORMAT's generic
            affiliated = _affiliated_tally(spk)
            if affiliated is not None:  # "according to Palestinian tallies": a source with a named affiliation
                return Frame(kind, cue, scope, affiliated, spk)
            if spk.lemma_.lower() not in lx.DOCUMENT_HEADS and not (kind == "according" and cue.lower_ == "by"):
                if spk.lemma_.lower() in ("figure", "number", "statistic", "statistics") and any(
                        c.dep_ == "det" and c.lower_ in ("the", "these") for c in spk.children):
                    issued = tracker.document(_document_name(spk), spk)
                    if issued != _document_name(spk):  # "the data has been compiled by the Police Bureau …
                        return Frame(kind, cue, scope, issued, spk)  # … The figures show": the Bureau's
                return Frame(kind, cue, scope, None, spk)  # "the figures show" names no one
            if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in spk.children):
                return Frame(kind, cue, scope, None, spk)  # "our survey showed": the outlet's own, as "we found"
            if spk.lemma_.lower() in OWN_TEXTS and any(c.lower_ == "this" for c in spk.children) and not any(
                    d[0] == spk.lemma_.lower() for d in tracker.documents):
                return Frame(kind, cue, scope, None, spk)  # "the 25 papers in this analysis": the story's own
            # "the poll found", "a Quinnipiac poll", "exit polls": the document speaks
            text = tracker.document(_document_name(spk), spk)
            return Frame(kind, cue, scope, text, spk, generic=not _names_document(spk, text), document=True)
        if spk.lemma_.lower() in lx.DOCUMENT_HEADS and (spk.pos_ == "NOUN" or titled):
            # "records from the safety agency": a later "the records" are the agency's
            name, head = noun_phrase(src)  # "a survey by the organization": the one it stands for
            tracker.note_publisher(spk.lemma_.lower(), tracker.resolve(name, head) if _is_bare_descriptor(head) else name)
        spk = src
    poller = _polled_by(spk)
    if poller is not None:  # "analysts polled by Reuters": the poll is the newsroom's
        spk = poller
    together = _named_together(spk, tracker)
    if together is not None:  # "the two companies said", after "Acme and Brightline said"
        return Frame(kind, cue, scope, together, spk)
    aged = _aged_person(spk, tracker)
    if aged is not None:  # "Mary Kay Ash of Clinton Township … The 54-year-old mom says …": Ash
        return Frame(kind, cue, scope, aged, spk)
    same = _the_same_official(spk, tracker)
    if same is not None:  # "…, a MITI official said. The official said …": the one just quoted
        return Frame(kind, cue, scope, same, spk)
    if spk.lower_ == "official" and spk.tag_ == "NN" and [c.lower_ for c in spk.children] == ["the"]:
        # "…, the Ministry of Trade said. … The official said …": no official named before, so one of
        # the public body last speaking
        body = tracker.institution()
        if body is not None and PUBLIC_BODY.search(body):
            return Frame(kind, cue, scope, body, spk, media=False)
    closing = None if _proper_name(spk) or spk.lemma_.lower() in SPOKES_HEADS else _person_closing_description(spk)
    if closing is not None:  # "One pastor supporting Mr. Cruz, Darran Whiting of …, said": Whiting
        spk = closing
    if spk.lower_ in ("researchers", "investigators") and is_anonymous(spk):
        team = tracker.research_team(spk.lower_)
        if team is not None:  # "researchers found …", in a story that named the team or its study
            return Frame(kind, cue, scope, team, spk)
    if spk.tag_ == "NN" and spk.lemma_.lower() in ANONYMOUS_ROLES \
            and [c.lower_ for c in spk.children] == ["the"]:
        introduced = [name for role, name in tracker.roles if role == spk.lemma_.lower()]
        if introduced:  # "the analyst is projecting 250,000", after "Wedbush analyst Michael Pachter"
            return Frame(kind, cue, scope, introduced[-1], spk)
    if spk.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in spk.children):
        named = next((c for c in spk.children if c.dep_ in ("appos", "conj") and c.i > spk.i and c.pos_ == "PROPN"
                      and looks_like_person(c) and spk.doc[c.left_edge.i - 1].text == ","), None)
        if named is not None:  # "…, said one of the study's investigators, Dr. Gary Roubin": Roubin
            spk = named
    if any(c.dep_ == "nummod" and c.lower_ == "one" for c in spk.children) and (
            _is_role_noun(spk) or spk.lemma_.lower() in lx.DESCRIPTOR_HEADS | ORG_DESCRIPTORS | ANONYMOUS_ROLES):
        named = next((c for c in spk.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > spk.i
                      and spk.doc[c.left_edge.i - 1].text == ","), None)
        if named is not None:  # "forecast by one analyst, Auxilione, to top £6,000": the one named
            spk = named
    counted = any(c.dep_ == "nummod" and not YEAR.fullmatch(c.text) and not _one_in_name(c) for c in spk.children) \
        and not _affiliated_count(spk)
    if is_anonymous(spk) or spk.like_num or spk.pos_ == "NUM" or spk.text == "%" or counted \
            or _share_of_people(spk):
        poll = tracker.poll() if kind == "verb" and cue.lemma_.lower() in ANSWER_VERBS and not is_anonymous(spk) \
            else None
        if poll is not None:  # "Twelve percent said they were undecided", after "a poll by X found": the poll's
            return Frame(kind, cue, scope, poll, spk, document=True)
        return Frame(kind, cue, scope, None, spk)  # "with 91% of stations reporting" names no one
    if kind == "verb" and cue.lemma_.lower() in ANSWER_VERBS and _respondent_group(spk):
        poll = tracker.poll()
        if poll is not None:  # "Supporters of Trump say by 55%-41% that …", in a poll's story: its respondents
            return Frame(kind, cue, scope, poll, spk, document=True)
        if spk.lemma_.lower() in ("respondent", "participant"):
            return Frame(kind, cue, scope, None, spk)  # respondents of no survey named: no one to name
    if kind == "verb" and cue.lemma_.lower() == "report" and _described_participants(spk):
        # "People who used the device within 20 minutes reported pain cut by 47 percent": those a study
        # followed, told apart by what they did, answer it rather than speak for themselves
        return Frame(kind, cue, scope, None, spk)
    alias = _self_name(spk)
    if alias is not None:  # "the group, which calls itself NightTide"
        return Frame(kind, cue, scope, alias, spk, media=False)
    principal = _speaks_for(spk)
    if principal is not None and _is_bare_descriptor(principal):
        # "The WHO has shipped …, a spokesperson for the agency said": the agency the clause is about
        body = _institution_subject_before(spk, tracker)
        if body is not None:
            return Frame(kind, cue, scope, body, spk, media=is_media(body, None))
    if principal is not None:  # "a spokesperson for the agency": the institution speaks
        spk = principal
    elif spk.lemma_.lower() in SPOKES_HEADS and not is_named(spk, strict=True) and not any(
            c.dep_ in ("compound", "nmod", "poss") and (c.pos_ == "PROPN" or c.text.isupper()) for c in spk.children):
        # ("an ICE spokeswoman" says for whom she speaks)
        # "The district gave 2,310 doses, a spokesperson said": the institution the clause is
        # about, else the institution last speaking
        body = _institution_subject_before(spk, tracker) or tracker.institution()
        if body is not None:
            return Frame(kind, cue, scope, body, spk, media=is_media(body, None))
    if spk.lower_ in FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in spk.children):
        # "we found", "our count", "our reporter estimates": a quotation's speaker (found
        # elsewhere), or outside quotations the outlet itself
        return Frame(kind, cue, scope, None, spk)
    subject = None if nested else _clause_subject(spk)
    if subject is not None:  # "The bank raised its forecast": 'its' is the bank (once: its own 'its' is not)
        return _frame(kind, cue, scope, subject, tracker, nested=True)
    bound = None if nested else _matrix_subject(spk)
    if bound is not None:  # "Most voters say they plan to …": 'they' are the voters, whoever spoke before
        return _frame(kind, cue, scope, bound, tracker, nested=True)
    if spk.lower_ in lx.PRONOUNS_GROUP | lx.PRONOUNS_PERSON:  # "its estimate", "his figures"
        earlier = _antecedent_in_sentence(spk, tracker) if spk.dep_ == "nsubj" else None
        if earlier is not None and " " not in earlier:
            earlier = tracker.person_by_surname(earlier) or earlier  # "Canova … He said": Tim Canova
        if earlier is not None and spk.lower_ in ("he", "she"):
            tracker.learn_sex(earlier, "f" if spk.lower_ == "she" else "m")
        if earlier is not None:  # "Canova has raised money: he said ...", "Forbes started it when it published"
            return Frame(kind, cue, scope, earlier, spk, media=is_media(earlier, None))
        replier = tracker.replier("f" if spk.lower_ == "she" else "m") if cue.lemma_.lower() in REPLY_VERBS \
            and spk.lower_ in ("he", "she") else None
        resolved = replier or tracker.resolve(spk.lower_, spk)
        return Frame(kind, cue, scope, resolved if resolved != spk.lower_ else None, spk,
                     media=is_media(resolved, None))
    named = _named_apposition(spk)
    if named is not None:  # "The regional governor, Paulo Rennes,": the name is the claimant
        spk = named
    text, head = noun_phrase(spk)
    count = next((c for c in spk.children if c.dep_ == "nummod" and c.i == spk.left_edge.i), None)
    if count is not None and spk.tag_ == "NNS":  # "three police sources said": police sources, however many
        text = spk.doc[count.i + 1 : spk.right_edge.i + 1].text if spk.right_edge.i > count.i else text
    if any(c.dep_ == "appos" for c in spk.children) and _proper_name(spk):
        text = _without_apposition(spk, text)  # "Paulo Rennes, the regional governor," -> "Paulo Rennes"
    if spk.pos_ == "PROPN":
        text = _without_role_in_front(spk, text)  # "the business weekly Vardo" -> "Vardo"
    owner = next((c for c in spk.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")), None)
    if owner is not None:  # "its lawyers", "their own count": the owner speaks through them
        who = tracker.resolve(owner.lower_, owner)
        if who != owner.lower_:
            text = f"{who}'s {text}" if spk.lemma_.lower() in KIN_WORDS else who
    resolved = tracker.resolve(text, head)
    # "a BBC spokesperson said": a newsroom's own spokesperson speaks for the firm, not as its reporters
    spokes = head.lemma_.lower() in SINGLE_OFFICIALS - {"source"} or one_official(head)
    frame = Frame(kind, cue, scope, resolved or None, head, media=is_media(resolved, head) and not spokes)
    frame.generic = resolved == text and not is_named(spk)
    return frame


PAIR_REACH = 2  # sentences after "A and B said" that "the two companies" still means them
# "the two companies", "both sides": parties the text has just named together
PARTY_COUNT = {"two": 2, "both": 2, "three": 3}
PARTY_NOUNS = ORG_DESCRIPTORS | frozenset("side party government country nation state city league club team union".split())


_NAME_LIST = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _names_in(text: str) -> int:
    """How many names a joined claimant holds: "A, B and C" holds three."""
    return len(_NAME_LIST.split(text))


def _named_together(spk: Token, tracker: SourceTracker) -> str | None:
    """Who "the two companies" or "both sides" are: the names the text gave together, as one
    claimant ("Acme and Brightline") in this sentence or among the last claimants. A count of
    parties names no one by itself, and without such a pair it stays no one's."""
    if spk.tag_ != "NNS" or spk.lemma_.lower() not in PARTY_NOUNS:
        return None
    n = next((PARTY_COUNT[c.lower_] for c in spk.children
              if c.lower_ in PARTY_COUNT and c.dep_ in ("nummod", "det", "predet", "preconj", "quantmod")), None)
    if n is None or not any(c.lower_ in ("the", "both") for c in spk.children):
        return None  # "Two companies said" are two unnamed ones
    for tok in spk.sent:
        if tok.pos_ == "PROPN" and tok.dep_ != "conj" and not dominates(spk, tok) and \
                sum(1 for c in tok.subtree if c.dep_ == "conj" and c.pos_ == "PROPN" and c.head.pos_ == "PROPN") == n - 1:
            text, _ = noun_phrase(tok)
            if _names_in(text) == n:
                return _strip_article(text)
    if tracker.pair is not None and tracker.sentence_no - tracker.pair[0] <= PAIR_REACH and \
            tracker.paragraph - tracker.pair[1] <= 1 and _names_in(tracker.pair[2]) == n:
        return tracker.pair[2]
    return None


def _asks(sent: Span) -> bool:
    """Is the sentence a question (its last mark a question mark, inside quotes or not)?"""
    return sent.text.rstrip(" \"'\u201d").endswith("?")


def _matrix_subject(pron: Token) -> Token | None:
    """The unnamed subject of the clause a subject pronoun's clause is reported in ('Eight of 10
    voters say they plan …', 'The senator said she would …'): English binds that pronoun to it far
    more often than to anyone named before. Named subjects are _antecedent_in_sentence's."""
    low = pron.lower_
    if pron.dep_ != "nsubj" or low not in ("they", "he", "she") or pron.head.dep_ not in ("ccomp", "relcl"):
        return None
    # ("Pakistan's leaders condemned strikes that they said killed 26": the clause the relative one hangs in)
    clause = pron.head.head if pron.head.dep_ == "ccomp" else pron.head.head.head
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lower_ in lx.PRONOUNS_GROUP | lx.PRONOUNS_PERSON:
        return None
    plural = subj.tag_ == "NNS" or any(c.dep_ == "nummod" for c in subj.children) or subj.lemma_.lower() in (
        "percent", "%", "majority", "half", "third", "quarter", "most")
    if low == "they":
        return subj if plural else None
    return subj if not plural and (subj.lemma_.lower() in PERSON_ROLES or _is_role_noun(subj)) else None


# Entity types a one-word name cannot be a person under ("AT&T … , she said" is someone else).
NOT_PERSON_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})


def _antecedent_in_sentence(pron: Token, tracker: SourceTracker) -> str | None:
    """A subject pronoun's antecedent when the same sentence names it first, outside any
    quotation: the nearest named subject before it that agrees ('he' is never a Mrs., 'it' never
    a person, 'they' never one person)."""
    low = pron.lower_
    sent = pron.sent
    quoted = False
    best: str | None = None
    for tok in sent:
        if tok.i >= pron.i:
            break
        if tok.text in QUOTE_MARKS:
            quoted = not quoted
            continue
        if quoted or tok.dep_ not in ("nsubj", "nsubjpass") and not _according_source(tok):
            continue
        if low == "they":  # "The authors, Ana Ruiz and Tom Berg, looked at it; they estimated …": the pair
            pair = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)
            if pair.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in pair.children):
                best = noun_phrase(pair)[0]
            continue
        named = tok.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
        if not named or any(c.like_num for c in tok.subtree):
            continue
        text, _ = noun_phrase(tok)
        # A full name, or a bare surname only as subject of a clause the pronoun's clause hangs on
        # ("Clinton has taken a stance, but she has said …"): a surname alone says nothing of sex.
        person = bool(COURTESY_NAME.match(text)) or (tok.pos_ == "PROPN" and not _org_name(text) and not is_country(text) and (
            " " in text or _could_be_person(text) and not is_media(text, None) and dominates(tok.head, pron)
            and tok.ent_type_ not in NOT_PERSON_ENTS))
        if low in ("he", "she"):
            sex = "f" if low == "she" else "m"
            if person and tracker.sex_of(text) in (None, sex):
                best = text
        elif low == "it" and not person and not _plural_phrase(tok):  # (not "… Islander women and girls")
            # ("the conservative-leaning Tax Foundation" is the Tax Foundation)
            best = _without_role_in_front(tok, text) if tok.pos_ == "PROPN" else text
    return best


def _according_source(tok: Token) -> bool:
    """The source of an 'according to' ("…, according to the Tax Foundation, more than twice what
    it projected …"): a pronoun after it in the sentence points back to it as a subject would."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _clause_subject(poss: Token) -> Token | None:
    """The named subject a possessive pronoun points back to within its own clause ('The bank
    raised its forecast', 'The agency runs 340 buses, according to its fleet figures')."""
    if poss.dep_ != "poss" or poss.lower_ not in ("its", "their", "his", "her"):
        return None
    node = poss.head
    for _ in range(4):
        if node.head == node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lower_ != "according":
            break
    if node.pos_ not in ("VERB", "AUX") or node.lower_ == "according":
        return None
    named = name_read_as_modal(node)
    if named is not None:
        return named  # "May lowered his price target": the analyst May, read as the modal
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.i == poss.head.i and node.dep_ == "ccomp" and node.head.pos_ == "VERB":
        # "Meridia said its investigation showed …": 'its' is the speaker of the clause above
        subj = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and poss.lower_ in ("his", "her") and subj.pos_ == "NOUN" and subj.lemma_.lower() not in (
            lx.DESCRIPTOR_HEADS | PERSON_ROLES):
        return None  # "Under her proposal, class sizes would rise": 'her' is no class size
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in lx.QUANTITY_HEADS | MEASURED_NOUNS:
        return None  # "costs will rise 1.1 percent, according to their calculations": no cost counts
    if subj is None or subj == poss.head or subj.lower_ in lx.PRONOUNS_GROUP | lx.PRONOUNS_PERSON | FIRST_PERSON or subj.pos_ not in (
            "NOUN", "PROPN") or any(c.dep_ == "nummod" for c in subj.children):
        return None
    return subj


def _names_document(head: Token, text: str) -> bool:
    """Is the document named ('the NBC/WSJ poll', a resolved 'the poll'), not merely a kind ('exit polls')?"""
    return any(ch.isupper() for ch in text[1:]) or any(c.dep_ == "poss" for c in head.children)


# People whose word is their own, not their relative's ("his wife said" is not his claim).
KIN_WORDS = frozenset("""wife husband son daughter mother father brother sister friend neighbour neighbor
    rival opponent critic critics partner widow child children parent parents""".split())


def _share_of_people(spk: Token) -> bool:
    """'About half of voters say', 'majorities in all five states said', 'an average of 10 percent
    of voters reported': a share of respondents answers a poll; it is not a source of its own."""
    if spk.lower_ in ("half", "third") and (any(c.dep_ in ("advmod", "quantmod") for c in spk.children)
                                             or not any(c.dep_ in ("det", "poss", "compound") for c in spk.children)):
        return True  # "Almost half said", "and half said yes": a share of those asked
    if spk.pos_ != "NOUN" or spk.lower_ not in SHARE_HEADS:
        return False
    people = [g for c in spk.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "among")
              for g in c.children if g.dep_ == "pobj"]
    if spk.lemma_.lower() in ("majority", "minority", "plurality") and not people:
        return True  # "A majority (55%) say …": those asked, with no one else named
    # "an average of polls" is a source; "of voters", "of 10 percent of voters", "in all five states" are not
    return any(g.lemma_.lower() not in lx.DOCUMENT_HEADS and (g.tag_ == "NNS" or g.lower_ in ("percent", "%")
                                                             or g.like_num) for g in people)


# People a poll samples, who answer it rather than speak for themselves ("women say by 60%-35%").
RESPONDENT_NOUNS = frozenset("""voter supporter respondent adult resident woman man parent millennial student
    independent household worker""".split())


def _respondent_group(spk: Token) -> bool:
    """A plural common noun for a poll's sample, with no name in it: 'supporters of Clinton',
    'younger voters', 'women'."""
    return spk.pos_ == "NOUN" and spk.tag_ == "NNS" and spk.lemma_.lower() in RESPONDENT_NOUNS and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("the", "those") for c in spk.children)


PARTICIPANT_NOUNS = frozenset("people patient participant user volunteer subject smoker drinker adult child".split())
# What a study's participants did ("who started using the device", "patients taking the higher dose")
TREATED_VERBS = frozenset("use start take receive get try eat drink wear follow undergo complete".split())


def _described_participants(spk: Token) -> bool:
    """'People who started using the device', 'patients taking the higher dose': a plural common noun
    told apart only by a clause on what they did or had, with no name or owner in front."""
    return spk.pos_ == "NOUN" and spk.tag_ == "NNS" and spk.lemma_.lower() in PARTICIPANT_NOUNS \
        and any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in TREATED_VERBS for c in spk.children) \
        and not any(c.dep_ in ("det", "poss", "compound", "amod") and c.lower_ not in ("the", "those")
                    or c.pos_ == "PROPN" for c in spk.children)


def _polled_by(spk: Token) -> Token | None:
    for child in spk.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("poll", "survey", "canvass", "interview"):
            for agent in child.children:
                obj = _first_pobj(agent) if agent.dep_ in ("agent", "prep") else None
                if obj is not None:
                    return obj
    return None


def _self_name(spk: Token) -> str | None:
    """'the group, which calls itself NightTide' / 'a group known as X': the name it goes by."""
    for child in spk.children:
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in ("call", "know", "name"):
            for g in child.subtree:
                if g.pos_ == "PROPN" and g.i > child.i:
                    while g.dep_ == "compound" and g.head.pos_ == "PROPN":
                        g = g.head
                    return noun_phrase(g)[0]
    return None


def _speaks_for(spk: Token) -> Token | None:
    if spk.lemma_.lower() not in SPOKES_HEADS:
        return None
    for child in spk.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            obj = _first_pobj(child)
            if obj is not None:
                return obj
    return None


def _definite(tok: Token | None) -> bool:
    """'the labour inspectorate' is one body; 'insurers', 'some analysts' are a kind of people."""
    return tok is not None and tok.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in tok.children)
