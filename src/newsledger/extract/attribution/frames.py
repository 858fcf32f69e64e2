"""`find_frames`: every reporting frame of a sentence, read off the dependency parse.

Reporting verbs, 'according to' and 'as per', source nouns, documents that hold figures, and
'citing X' attached to the frame it cites for; with the asides and scopes that set what each frame
covers.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution.cues import (
    _adds_a_quantity,
    _cites,
    _closes_sentence,
    _closing_tag_read_as_noun,
    _compares,
    _content_hung_elsewhere,
    _court_heard,
    _document_before_time_clause,
    _documents_agree,
    _gives_figure,
    _legal_claim,
    _lets_in,
    _message_cites,
    _misparsed_show,
    _misread_document,
    _misread_name_and_verb,
    _misread_report_noun,
    _misread_subject_verb,
    _names_the_figure,
    _noun_read_as_verb,
    _pleaded_act,
    _poll_has,
    _poll_holding,
    _price_target,
    _quoted_before,
    _records_weather,
    _report_read_as_noun,
    _said_of_antecedent,
    _sees_figure,
    _setting_participle,
    _show_read_as_noun,
    _speech_turn,
    _states_its_content,
    _subject_of_participle_chain,
    _subject_read_as_modifier,
    _tag_on_apposition,
    _tag_read_as_plural,
    _text_identifies,
    _text_reads,
    _verb_read_as_compound,
    _verb_read_as_modifier,
    reports_nothing,
)
from newsledger.extract.attribution.naming import _frame
from newsledger.extract.attribution.phrases import (
    _bare_plural,
    _first_pobj,
    _named_apposition,
    _plural_phrase,
    _strip_article,
    _time_word,
    dominates,
    is_anonymous,
    is_media,
    is_named,
    looks_like_person,
    noun_phrase,
)
from newsledger.extract.attribution.records import Frame, _across_semicolon
from newsledger.extract.attribution.shapes import (
    ANSWER_VERBS,
    ASIDE_NOUNS,
    ASIDE_VERBS,
    CHANGE_NOUNS,
    CLOCK_TIME,
    COUNT_MOVERS,
    EVENT_NOUNS,
    EVIDENCE_VERBS,
    FRAGMENT_END,
    MEASURED_NOUNS,
    NOT_PERSON_HEADS,
    NUMBER_WORDS,
    ORG_DESCRIPTORS,
    PAID_BILLS,
    PERSON_ROLES,
    PHONE_KINDS,
    PROPOSAL_NOUNS,
    QUOTE_MARKS,
    SELF_ISSUED,
    SOURCES_OF_BODY,
    TALLY_NOUNS,
)
from newsledger.extract.attribution.speakers import (
    _agent_participle,
    _author,
    _comma_tag,
    _source_of_noun,
    _speaker_of_verb,
    _stance,
    _tag_read_as_conj,
    _tag_read_as_participle,
)
from newsledger.extract.attribution.tracker import SourceTracker, _document_family
from newsledger.extract.counted import of_object
from newsledger.extract.places import REGIONS, is_country

SOURCES_INSIDE = re.compile(rf"^{SOURCES_OF_BODY}$")

THING_SUBJECT_VERBS = EVIDENCE_VERBS | {"claim"}  # verbs a thing can be the subject of without speaking


def _could_speak(head: Token) -> bool:
    """Can this subject be a source? Anything but an event ('last week's flooding in Derna
    showed …', 'the blast revealed …') or a bare thing; names, people, bodies, documents,
    polls, results and emails all can; nor what a figure measures ('levels showed almost no
    change', 'sales showed a rise')."""
    lemma = head.lemma_.lower()
    return lemma not in EVENT_NOUNS and head.lower_ not in EVENT_NOUNS and lemma not in MEASURED_NOUNS \
        and lemma not in LEVEL_NOUNS and not (lemma == "bill" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in PAID_BILLS for c in head.children))
    # ("Pakistan's oil import bill also showed a negative growth": a sum paid, not a bill of law)


# Measures a change is "in" ("a 100-point reduction in the Crohn's Disease Activity Index"), never a poll's
MEASURE_NOUNS = frozenset("index score scale rate level gauge measure".split())


def _ends_a_name(tok: Token) -> bool:
    """'Washington Post', 'Daily Report': a report noun that is the last word of a proper name."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)


def _according_scope(attach: Token) -> Token:
    """The clause an 'according to' vouches for: the one it hangs on, or, when that is only the
    complement of a verb that reports nothing ("The top 1 percent would see their incomes go up by
    19.9 percent, according to X"), the clause around it, whose subject the source speaks of too."""
    scope = attach.head if attach.dep_ != "ROOT" else attach
    doc = attach.doc
    if scope.dep_ in ("nsubj", "nsubjpass") and scope.i < attach.i and doc[attach.i - 1].text == "," \
            and attach.right_edge.i + 1 < len(doc) and doc[attach.right_edge.i + 1].text == "," \
            and scope.head.i > attach.right_edge.i:
        scope = scope.head  # "Other cleavages, according to the poll, include …": an aside after the subject, hung on it
    if scope.dep_ == "conj" and scope.i > attach.i and scope.head.i < attach.i and attach.i > 0 \
            and doc[attach.i - 1].text == "," and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for c in attach.children if c.lower_ == "to" for g in c.children):
        # "£60m of food has been wasted …, according to the NFU, which found £22m had been wasted": the
        # clause before the aside, whatever later verb the parser hung the aside on
        scope = scope.head
    while scope.dep_ in ("ccomp", "xcomp") and scope.head.pos_ in ("VERB", "AUX") \
            and scope.head.lemma_.lower() not in lx.REPORT_VERBS and not _stance(scope.head):
        scope = scope.head
    return scope


PLAN_IDIOMS = frozenset("plan schedule script tradition custom form".split())
# What 'per' leads to when it is no source: a rate's base ("$5 per ticket", "per the hour") or a plan
# whose rule the outlet applies in its own sum ("A quarter of that, per the Dunmore plan, is $30,000").
NOT_PER_SOURCES = PLAN_IDIOMS | frozenset("hour day week month year person head cent capita unit proposal formula "
                                          "recipe".split())


def _per_source(tok: Token) -> bool:
    """'(Only 25 percent can be part-time, per the contract.)', 'Per the filing, …': 'per' as
    'according to', set off by a comma or opening the sentence, before a named or definite source
    (not 'per the hour' or '$5 per ticket')."""
    if tok.lower_ != "per" or tok.i + 1 >= tok.sent.end:
        return False
    if not (tok.i == tok.sent.start or tok.i > 0 and tok.nbor(-1).text in (",", "(", "—", "–")):
        return False
    nxt = tok.nbor(1)
    obj = _first_pobj(tok)
    return obj is not None and (nxt.lower_ in ("the", "its", "his", "her", "their", "a", "an") or nxt.pos_ == "PROPN") \
        and obj.lemma_.lower() not in NOT_PER_SOURCES


def _based_on_document(tok: Token) -> bool:
    """'…, based on an AP-NORC poll conducted in June': set off by a comma (or opening the
    sentence), 'based on' a document names the figures' source as 'according to' does (not 'a
    fee based on income', 'based on the evidence, the jury …')."""
    if tok.lower_ != "based" or tok.i + 1 >= tok.sent.end or tok.nbor(1).lower_ != "on":
        return False
    if not (tok.i == tok.sent.start or tok.nbor(-1).text in (",", "(", "—", "–")):
        return False
    obj = _first_pobj(tok)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in lx.DOCUMENT_HEADS - PLAIN_SENSE_DOCUMENTS \
        and obj.lemma_.lower() not in ("research", "investigation", "inquiry", "review")


def find_frames(sent: Span, tracker: SourceTracker) -> list[Frame]:
    frames: list[Frame] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if _based_on_document(tok):
            frames.append(_frame("according", tok, sent.root, _first_pobj(tok), tracker))
        elif tok.lower_ == "according" or (tok.lower_ == "per" and tok.i > sent.start and tok.nbor(-1).lower_ == "as") \
                or _per_source(tok):
            obj = _first_pobj(tok)
            attach = tok.nbor(-1) if tok.lower_ == "per" and tok.i > 0 and tok.head == tok.nbor(-1) else tok
            if obj is not None and not (obj.lemma_.lower() in PLAN_IDIOMS and not any(c.dep_ in ("det", "poss", "compound") for c in obj.children)):
                # ("if all goes according to plan": an idiom, nobody's report)
                frames.append(_frame("according", tok, _according_scope(attach), obj, tracker))
        elif (tok.pos_ in ("VERB", "AUX") and not _noun_read_as_verb(tok) or _report_read_as_noun(tok)) \
                and ((lemma in lx.REPORT_VERBS or _stance(tok, tracker) or _speech_turn(tok) or _sees_figure(tok)
                      or _poll_has(tok)
                      or _court_heard(tok) or _pleaded_act(tok) is not None
                      or _setting_participle(tok)) and (lemma not in ("cite", "quote") or _cites(tok)
                                                        or _quoted_before(tok))
                     or _message_cites(tok) or _text_reads(tok) or _gives_figure(tok) or _names_the_figure(tok)
                     or _documents_agree(tok) or _text_identifies(tok)) \
                and not (lemma == "add" and tok.i + 1 < sent.end and tok.nbor(1).lower_ in ("up", "to")
                         and not any(c.dep_ == "ccomp" for c in tok.children)) \
                and not _adds_a_quantity(tok) and not _lets_in(tok):  # '"…," Trump added to People'
            if reports_nothing(tok, lemma):
                continue
            if lemma == "put" and not any(
                (c.dep_ == "dobj" and c.lemma_.lower() in lx.QUANTITY_HEADS | lx.REPORT_NOUNS)
                or (c.dep_ == "prep" and c.lower_ in ("at", "on"))
                or (c.dep_ == "nsubj" and c.lemma_.lower() in lx.DOCUMENT_HEADS)  # "That survey put Marsh ahead by six"
                for c in tok.children
            ):
                continue
            spk = _speaker_of_verb(tok)
            # "…, warned a Fitch report this week.": an inverted tag closing the sentence reports all before it
            inverted_tag = spk is not None and spk.dep_ == "dobj" and spk.head == tok and _tag_read_as_conj(tok)
            spk = _document_before_time_clause(tok, spk) or spk
            misread_head = _subject_read_as_modifier(tok) if spk is None else None
            if misread_head is not None:  # "the IMF estimated the balance … at 2.5pc" read as "the IMF-estimated balance"
                spk = misread_head
            # "The tracking poll has Trump hovering around 35 percent", read as the verb 'trump' with 'has' its auxiliary
            poll_aux = tok.dep_ == "aux" and _poll_has(tok)
            if spk is None and poll_aux:
                spk = _poll_holding(tok)
            if lemma in lx.TALLY_VERBS and _records_weather(tok):
                spk = None  # "Worksop recorded 93mm of rain on Tuesday": where it fell, no one reporting (its day stays)
            if (lemma in lx.TALLY_VERBS or lemma == "post") and spk is not None and (_a_country(spk) or _a_thing_counted(spk)):
                continue  # "Spain has recorded 157,000 cases", "the service has registered 1,200 sessions", "the
                # country posted a current account surplus": what happened there or to it, not a report
            if lemma == "confirm" and spk is not None and _a_country(spk) and any(
                    t.lower_ == "according" for t in sent):
                continue  # "The United States has confirmed 1 million cases, according to Johns Hopkins": a tally's place
            misread = _misread_document(tok)
            antecedent = spk.head.head if spk is not None and spk.lower_ in lx.RELATIVE_PRONOUNS \
                and spk.head.dep_ == "relcl" else spk
            if spk is not None and lemma in THING_SUBJECT_VERBS and not _could_speak(antecedent) and misread is None:
                # ("the outbreak has claimed 2.4 million lives": it killed, it does not assert)
                spk = None  # "Last week's flooding in Derna showed …", "The email chain showed …": no one speaks
            if spk is not None and spk.lemma_.lower() in PROPOSAL_NOUNS:
                # "His plan calls for a 28 percent rate": the plan's author; a plan of no one named speaks for no one
                spk = _author(spk) or (spk if spk.pos_ == "PROPN" else None)
            if spk is not None and (spk.lemma_.lower() in lx.REPORT_NOUNS or spk.lower_ in lx.REPORT_NOUNS) \
                    and not _ends_a_name(spk):  # "the Washington Post reported": a paper, not a post
                src = _source_of_noun(spk)
                spk = src if src is not None else spk
            if spk is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
                spk = next((c for c in tok.children if c.dep_ == "nsubj"), None) or _subject_of_participle_chain(tok)
            # "Rose to 214, the agency said, as ...": a parenthetical 'said' hung off the clause it reports
            parenthetical = tok.head.pos_ in ("VERB", "AUX") and tok.i > tok.head.i and (
                tok.dep_ == "parataxis" or tok.dep_ == "dep" and spk is not None and _comma_tag(tok)  # ", the data shows,"
                or tok.dep_ in ("advcl", "conj") and lemma in lx.REPORT_VERBS
                and any(c.dep_ == "nsubj" for c in tok.children)
                and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children) and not _compares(tok)
                # "…, Dana Whitfield, the undersecretary, wrote in a memo": no "and" makes it a conjunct
                and (tok.dep_ == "advcl" or not any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)))
            # "The hashtag, he said, drew 6.7 million posts": a parenthetical inside the clause covers all of it
            inside = tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") and tok.i < tok.head.i
            # "As the Post noted, Republicans control 30 chambers": an 'as' aside reports its main clause
            inside = inside or (tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and not any(
                c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children) and not _compares(tok))
            inside = inside or _leading_aside(tok)
            aside = not parenthetical and not inside and (_trailing_aside(tok) or _tag_on_apposition(tok, spk)
                                                          or _tag_read_as_participle(tok)
                                                          or inverted_tag)
            whole = not parenthetical and not inside and not aside and _comma_aside(tok)
            scope = sent.root if aside or whole or parenthetical and _closes_sentence(tok, spk) \
                else _phrase_top(tok.head) if _agent_participle(tok) \
                else tok.head if parenthetical or inside or _names_the_figure(tok) or _said_of_antecedent(tok) else tok
            if poll_aux:
                scope = tok.head
            scope = _pleaded_act(tok) or scope  # the act admitted, not the charges or the court's day
            if misread_head is not None:
                scope = sent.root
            frame = _frame("verb", tok, scope, spk, tracker)
            if misread is not None:  # "…, Federal Election Commission records show."
                frame.speaker, frame.speaker_token = misread
                frame.document, frame.generic, frame.media = True, False, False
            if parenthetical or aside:
                frame.before = tok.i
            frame.stance = lemma not in lx.REPORT_VERBS or lemma in ("expect", "hope")
            relay = _quoted_by(tok, ("advcl", "acl", "ccomp")) or (
                _quoted_by(spk, ("acl", "relcl")) if spk is not None else None)
            if relay is not None:  # "X, quoted by AP, said": AP relayed it
                frame.recipient = relay
            if lemma == "tell":
                for child in tok.children:
                    if child.dep_ in ("dative", "dobj") and child.pos_ in ("PROPN", "NOUN"):
                        text, head = noun_phrase(child)
                        if is_media(text, head):
                            frame.recipient = text
            frames.append(frame)
        elif tok.pos_ == "VERB" and _document_subject(tok) is not None:
            frames.append(_frame("verb", tok, tok, _document_subject(tok), tracker))
        elif (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.head.lower_ == "in")  \
                and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "under", "by") \
                and _clause_verb(tok.head) is not None and _holding_document(tok) is not None:
            # ('In a Harwick College Poll taken last week, ...': a title-cased head is still the poll)
            # "In the latest X poll, Clinton led by 5", "Under her plan, ...", "by one estimate",
            # "held a 24-point lead in an X poll" (the parser hangs 'in' on the noun)
            # ("In a Saturday court filing, Manafort offered …": an unnamed filing is its filer's)
            clause = _clause_verb(tok.head)
            if tok.head.lower_ == "in" and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in CHANGE_NOUNS \
                    and tok.lemma_.lower() in MEASURE_NOUNS:
                continue  # "a 100-point reduction in the Crohn's Disease Activity Index": what changed, no source
            if tok.lemma_.lower() in ("study", "trial", "research", "experiment") and (
                    clause.lemma_.lower() in SETUP_VERBS
                    or clause.lemma_.lower() in FRONTED_SETUP_VERBS and tok.head.i < clause.i):
                continue  # "In the study, researchers assigned half of 263 newborns to …": how it was done
            if tok.lemma_.lower() in PLAIN_SENSE_DOCUMENTS and any(c.dep_ == "nummod" for c in tok.children):
                continue  # "The device comes in two models": versions counted, no document
            if tok.head.lower_ == "in" and tok.head.head.tag_ == "VBN" and tok.head.head.dep_ in ("acl", "relcl") \
                    and tok.head.head.lemma_.lower() in ("name", "identify", "describe", "list", "mention", "call"):
                continue  # "The girl, named in reports as Terrie Lynch, died with her three friends": who she is
            if (clause.lemma_.lower() in PARTICIPATION_VERBS or clause.lemma_.lower() == "take" and any(
                    c.dep_ == "dobj" and c.lower_ == "part" for c in clause.children)) and tok.head.head == clause:
                continue  # "80,336 women who participated in the Nurses' Health Study", "recruiting 100 schools to
                # take part in a study": who took part, not what it says
            filer = _filer(tok, clause)
            if filer is not None and tok.lemma_.lower() in AUTHORED_TEXTS:  # 'the report' later is the WHO's
                tracker.note_publisher(tok.lemma_.lower(), noun_phrase(filer)[0])
            frame = _frame("according", tok.head, clause, filer or _holding_document(tok), tracker)
            # "The analysis found that under Romney's plan 72 million would be uninsured": what a
            # plan would do, as someone reports it, is the reporter's finding
            frame.stance = tok.head.lower_ == "under" and tok.lemma_.lower() in PROPOSAL_NOUNS
            frames.append(frame)
        elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (lemma in VIEW_NOUNS and tok.head.lower_ == "in"
                                                             or lemma == "account" and tok.head.lower_ == "by") \
                and _clause_verb(tok.head) is not None and any(c.dep_ == "poss" for c in tok.children):
            # "In the IMF's view, the euro area will shrink 0.5%", "By her account, 40 were there": whose view it is
            owner = next(c for c in tok.children if c.dep_ == "poss")
            frames.append(_frame("according", tok.head, _clause_verb(tok.head), owner, tracker))
        elif tok.tag_ == "VBN" and tok.dep_ == "amod" and lemma in OWNED_PARTICIPLES and _owner(tok.head) is not None:
            # "the alliance's recommended 2 percent", "the ministry's estimated 5,000": the owner's figure
            frame = _frame("noun", tok, tok.head, _owner(tok.head), tracker)
            frame.stance = lemma not in lx.REPORT_VERBS
            frames.append(frame)
        elif tok.pos_ == "NOUN" and lemma in PROPOSAL_NOUNS and _author(tok) is not None:
            # "Vasko's plan to hire 9,000 guards", "Her plan would cost $600 million": the author's
            scope = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and _proposes(tok.head) else tok
            frame = _frame("noun", tok, scope, _author(tok), tracker)
            frame.stance = True
            frames.append(frame)
        elif (tok.pos_ == "NOUN" or _noun_read_as_verb(tok)) and (lemma in lx.REPORT_NOUNS or _price_target(tok)) and not (
                lemma == "count" and any(c.dep_ == "nummod" for c in tok.children)) and not (  # "five counts of fraud": charges
                lemma == "account" and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                               for c in tok.children)) and not (  # "a Twitter account" tells nothing
                lemma == "number" and any(c.dep_ == "compound" and c.lemma_.lower() in PHONE_KINDS
                                          for c in tok.children)) and not (  # "the family's home number": a phone's
                lemma == "claim" and _legal_claim(tok)):  # "settled claims brought by two actors": suits
            src = _source_of_noun(tok)
            if src is not None and lemma in lx.DOCUMENT_HEADS and src.pos_ == "PROPN":
                tracker.note_publisher(lemma, noun_phrase(src)[0])  # "a report by X said": 'the report' is X's
            if src is not None:
                # "it raised its growth forecast to 1.8 percent": the figure hangs off the verb; so
                # it does where the source's text moves a count ("the ministry's update raised the toll to 41")
                scope = tok.head if tok.head.pos_ == "VERB" and (tok.dep_ == "dobj" or (
                    tok.dep_ == "nsubj" and tok.head.lemma_.lower() in COUNT_MOVERS)) else _content_hung_elsewhere(tok) or tok
                if scope == tok.head and tok.dep_ == "dobj" and _states_its_content(tok):
                    # "developments include the IMF's projection that debt would rise to $126.7bn, profit …
                    # increased 115pc": the projection says its clause, not the list it stands in
                    scope = tok
                frames.append(_frame("noun", tok, scope, src, tracker))
    for f in frames:  # "The mission said it had recorded ...": 'it' is the mission, not the last thing named
        spk = f.speaker_token
        clause = spk.head if spk is not None else None
        outer = next((g for g in frames if g is not f and g.kind == "verb" and g.speaker and clause is not None
                      and clause.dep_ == "ccomp" and clause.head.i == g.cue.i), None)
        if outer is not None and spk is not None and spk.lower_ in ("it", "they", "he", "she") and spk.dep_ == "nsubj" \
                and _agrees(spk, outer, tracker) and not _across_semicolon(spk, outer.cue):
            f.speaker, f.media, f.generic = outer.speaker, outer.media, outer.generic
        elif spk is not None and spk.lower_ == "it" and spk.dep_ == "nsubj" and f.kind == "verb":
            # "the paper notes …, it lists …, and it says …": 'it' goes on with the document or body
            # that reported first in the sentence, not with the last thing named before
            first = next((g for g in frames if g.kind == "verb" and g.speaker and g.cue.i < f.cue.i
                          and g.speaker_token is not None and g.speaker_token.lower_ not in lx.PRONOUNS_PERSON
                          and g.speaker_token.lower_ not in ("they", "we") and not _plural_phrase(g.speaker_token)
                          # ("…, they represented 31.1% of cases, it said": 'it' is never a plural)
                          and not looks_like_person(g.speaker_token) and not _across_semicolon(spk, g.cue)), None)
            if first is not None:
                f.speaker, f.media, f.generic, f.document = first.speaker, first.media, first.generic, first.document
    # 'More from Jeffrey Jones: "The count finds that …"': a subject outside the quotation and its
    # verb inside it is a misparse; the quotation's speaker is found from the marks instead.
    frames = [f for f in frames if f.kind != "verb" or f.speaker_token is None or not _across_quote(f.speaker_token, f.cue)]
    misread = _misread_report_noun(sent) or _misread_name_and_verb(sent) or _misread_subject_verb(sent) \
        or _closing_tag_read_as_noun(sent) or _verb_read_as_modifier(sent) or _verb_read_as_compound(sent)
    tag = _tag_read_as_plural(sent) if misread is None else None
    if misread is not None:  # "Economists at X forecast that …" parsed as one noun phrase
        frames = [f for f in frames if f.cue.i != misread[0].i]
        frame = _frame("verb", misread[0], misread[1], misread[2], tracker)
        if frame.speaker and misread[0].text in frame.speaker:  # the name stops before the misread verb
            frame.speaker = _strip_article(frame.speaker[: frame.speaker.rfind(misread[0].text)].strip())
        frames.append(frame)
    elif tag is not None:  # the name alone speaks, not the description the misread verb closes
        frames = [f for f in frames if f.cue.i != tag[0].i]
        name = sent.doc[tag[2].left_edge.i : tag[2].i + 1].text
        frames.append(Frame("verb", tag[0], tag[1], tracker.resolve(name, tag[2]) or name, tag[2]))
    tail = _misparsed_show(sent)
    if tail is not None:  # its frame, if the verb made one, covered only the misread word
        frames = [f for f in frames if f.cue.i != tail[0].i]
        frame = _frame("verb", tail[0], sent.root, tail[1], tracker)
        if frame.speaker and frame.speaker.endswith(" " + tail[0].text):  # the misread verb hung as the name's head
            frame.speaker = frame.speaker[: -len(tail[0].text) - 1]
        frames.append(frame)
    shown = _show_read_as_noun(sent)
    if shown is not None:
        frames = [f for f in frames if f.cue.i != shown[0].i]
        frames.append(_frame("verb", shown[0], shown[0], shown[1], tracker))
    owned = _figure_aside(sent)
    if owned is not None:  # the aside's verb may be a frame already, scoped to its own clause
        frames = [f for f in frames if f.cue.i != owned[0].i]
        frame = _frame("verb", owned[0], sent.root, owned[1], tracker)
        frame.before = owned[2]
        frames.append(frame)
    for f in frames:  # a misparse can cut a phrase that is nobody: "score of six or more on the X Scale and"
        if f.speaker:
            f.speaker = _mended_speaker(f.speaker, sent.text)
    _answers_own_poll(frames)
    _attach_citations(sent, frames, tracker)
    for f in frames:  # "X said in a regulatory filing": a later "the filing" is X's
        if f.kind != "verb" or not f.speaker or f.document or f.media:
            continue
        kind = next((g.lemma_.lower() for c in f.cue.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in lx.DOCUMENT_HEADS | {"statement", "release"}), None)
        if kind is not None:
            tracker.note_publisher(kind, f.speaker)
    return frames


def _answers_own_poll(frames: list[Frame]) -> None:
    """'Sixty-seven percent of Americans said …, in a Washington Post-ABC News poll this month':
    respondents answer the poll their own sentence names, not the one the story named before."""
    polls = [f for f in frames if f.kind == "according" and f.document and f.speaker and f.cue.lower_ == "in"
             and f.speaker_token is not None and f.speaker_token.lemma_.lower() in ("poll", "survey")]
    for f in frames:
        if f.kind == "verb" and f.document and f.cue.lemma_.lower() in ANSWER_VERBS:
            own = next((p for p in polls if _in_own_answer(p.cue, f.cue)), None)
            if own is not None:
                f.speaker = own.speaker


def _in_own_answer(prep: Token, verb: Token) -> bool:
    """Does the 'in' hang on the answer verb or on the clause it reports, with no other clause of its
    own between ('after half said so in the earlier poll' is another answer, in another poll)?"""
    tok = prep.head
    while tok != verb:
        if tok.dep_ in ("advcl", "conj", "relcl") or tok.head == tok:
            return False
        tok = tok.head
    return True


def _mended_speaker(name: str, text: str) -> str | None:
    """A speaker's text as the parser cut it, mended: 'sources close to' + 'Real' when the name after
    the preposition was read as a verb; 'Adwatch Analytics and' without its dangling 'and'; 'Fischer,
    including one with …' without the phrase after the name; None for what is no name at all
    ('score of six or more on the X Scale and')."""
    name = name.split(", including ")[0]
    inside = SOURCES_INSIDE.match(name)
    if inside is not None:  # "Sources in the CDA": FORMAT's "CDA sources", the form other reports use
        return f"{inside.group('org')} sources"
    glued = re.split(r"(?<![A-Z])[?!]?[”\"’']+(?=[A-Z])", name)  # (not "O'Malley", "D’Souza")
    if len(glued) > 1:  # "my crime?’”Abu Sufian": a quotation run into the name by the page's text
        name = glued[-1].strip(" ’'")
        if not name[:1].isupper():
            return None
    if CLOCK_TIME.match(name):
        return None  # "at around 10:00pm, the member secretary … announced": a time, read as the speaker
    if not FRAGMENT_END.search(name):
        return name
    if name.split()[-1].lower() in ("to", "of", "for", "from", "by", "with", "at") and (
            cut := re.search(re.escape(name) + r"\s+((?:[A-Z][\w'’&.-]*\s?){1,3})", text)):
        return f"{name} {cut.group(1).strip()}"
    while FRAGMENT_END.search(name):
        name = FRAGMENT_END.sub("", name).rstrip(" ,(")
    words = name.split()
    if not words or not words[0][:1].isupper() or any(w.lower() in NUMBER_WORDS or w[:1].isdigit() for w in words):
        return None
    return name


def _phrase_top(noun: Token) -> Token:
    """The head of the figure's phrase a noun closes: 'the $40 billion in farm purchases' for
    'purchases', so a participle on the noun speaks for the amount in front of it too."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "NUM", "PROPN", "SYM"):
        noun = noun.head.head
    return noun


def _across_quote(spk: Token, cue: Token) -> bool:
    """Is one of the speaker and the verb inside a quotation and the other outside (an odd number
    of quotation marks between them)?"""
    left, right = sorted((spk.i, cue.i))
    return sum(t.text in QUOTE_MARKS for t in spk.doc[left:right]) % 2 == 1


def _leading_aside(verb: Token) -> bool:
    """'X previously reported, the foundation refused to name 1,076 donors': a reporting clause set
    off by a comma before the main clause, with no conjunction to make it the main clause's cause or
    time ('After X reported, …'), reports the main clause."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i and verb.head.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in lx.REPORT_VERBS and verb.i + 1 < verb.sent.end and verb.nbor(1).text == "," \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "ccomp" for c in verb.children) \
        and not any(t.dep_ == "mark" or t.tag_ == "WRB" for t in verb.subtree if t.i < verb.i)


def _comma_aside(verb: Token) -> bool:
    """'Of those 2,800 violations, he said, 1,900 involved noncitizens': a bare reporting tag set off
    by commas inside the sentence reports all of it, even where the parser hung it on a noun."""
    if verb.dep_ == "ROOT" or verb.head.pos_ in ("VERB", "AUX") or verb.lemma_.lower() not in lx.REPORT_VERBS \
            or verb.i + 1 >= verb.sent.end or verb.nbor(1).text != ",":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ not in ("nsubj", "punct", "advmod") for c in verb.children):
        return False
    left = subj.left_edge.i - 1
    return left > verb.sent.start and verb.doc[left].text == ","


def _trailing_aside(verb: Token) -> bool:
    """'… an unfavorable view of Trump, the poll found.': a reporting verb that closes the sentence
    after a comma, its subject between, reports all that comes before, wherever the parser hung it
    (here as a clause of 'view')."""
    if verb.dep_ == "ROOT" or verb.lemma_.lower() not in lx.REPORT_VERBS:
        return False
    rest = verb.doc[verb.i + 1 : verb.sent.end]
    if any(not (t.is_punct or t.text in QUOTE_MARKS) for t in rest):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (a clause before the subject is the reported one, hung on the tag: "70 percent said they
    # believe Trump made advances, the Post reported", 'made' a clause of 'reported')
    if subj is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > subj.i for c in verb.children):
        return False
    left = subj.left_edge.i - 1
    if verb.dep_ == "relcl" and verb.head.i < subj.i and verb.head.lemma_.lower() not in ASIDE_NOUNS | TALLY_NOUNS:
        # "…, the official paper El Peruano said.": the (not "…, a figure the federation disputed")
        left = min(left, verb.head.left_edge.i - 1)  # description is read as a noun the clause hangs on
    return left > verb.sent.start and verb.doc[left].text == ","


def _figure_aside(sent: Span) -> tuple[Token, Token, int] | None:
    """'…, a figure touted by the premier' / '…, the number Minister Ana Ruiz cited': a noun set
    off after the figures that names their source through a participle with an agent or a
    relative clause. The parser hangs such an aside anywhere (apposition, an adverbial noun, even
    the main subject), so it is read from the words. Returns the verb, the speaker and the comma."""
    doc = sent.doc
    for comma in (t for t in sent if t.text == "," and t.i + 3 < sent.end):
        noun = doc[comma.i + 2] if doc[comma.i + 1].lower_ in ("a", "the", "that") else None
        if noun is None or noun.lemma_.lower() not in ASIDE_NOUNS:
            continue
        after = doc[noun.i + 1: min(noun.i + 9, sent.end)]
        verb = next((t for t in after if t.pos_ == "VERB" or t.tag_ in ("VBN", "VBD")), None)
        if verb is None or verb.lemma_.lower() not in ASIDE_VERBS:
            continue
        if verb.i == noun.i + 1:  # "a figure touted by X"
            by = doc[verb.i + 1] if verb.i + 1 < sent.end else None
            spk = _first_pobj(by) if by is not None and by.lower_ == "by" else None
        else:  # "the number (that) X (has) cited"
            words = [t for t in doc[noun.i + 1: verb.i] if t.lower_ not in ("that", "which") and t.pos_ not in ("AUX", "ADV")]
            spk = words[-1] if words and all(t.pos_ in ("PROPN", "NOUN", "DET") for t in words) \
                and words[-1].pos_ in ("PROPN", "NOUN") else None
        if spk is not None and (is_named(spk) or spk.pos_ == "NOUN" and not _bare_plural(spk)):
            return verb, spk, comma.i
    return None


def _clause_verb(prep: Token) -> Token | None:
    """The verb of the clause a preposition belongs to: its head, or for 'a lead in the poll' the
    verb above the noun it hangs on (not across a clause boundary). A sentence-opening 'Under X's
    plan, ...' covers the main clause, wherever the parser hung it."""
    root = prep.sent.root
    if prep.i == prep.sent.start and (root.pos_ in ("VERB", "AUX") or prep.head == root):
        return root  # also "In the X survey, 71 percent of voters approved", parsed with 'percent' as root
    node = prep.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ in ("relcl", "acl", "ccomp", "advcl") or node.head == node:
            return None
        node = node.head
    return None


def _agrees(pron: Token, outer: Frame, tracker: SourceTracker) -> bool:
    """Can the pronoun be the outer speaker? Not 'he' for 'she' or for a woman the text has titled
    ("He calls for $1 trillion; she calls for $275 billion" is two people, misparsed as one report)."""
    other = outer.speaker_token
    if pron.lower_ in ("he", "she"):
        if other is not None and other.lower_ in ("he", "she", "it", "they") and other.lower_ != pron.lower_:
            return False
        sex = tracker.sex_of(outer.speaker) if outer.speaker else None
        return sex is None or sex == ("f" if pron.lower_ == "she" else "m")
    return True


LEVEL_NOUNS = frozenset("level rate reading concentration".split())  # what is measured, in a study's results

# "In the fund's view", "in his estimation": a judgement's owner vouches for the clause.
VIEW_NOUNS = frozenset("view opinion estimation judgment judgement assessment reckoning".split())

# Participles that make the owner of a figure its source ("the alliance's recommended 2 percent").
OWNED_PARTICIPLES = frozenset("recommend estimate project forecast propose promise pledge claim report target".split())


def _proposes(verb: Token) -> bool:
    """Does a proposal's verb state what the proposal would do ('would cost', 'cuts', 'calls for'),
    rather than what the outlet says of it ('do nothing to address')?"""
    return verb.pos_ in ("VERB", "AUX") and (
        any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might", "'d", "'ll") for c in verb.children)
        or verb.lemma_.lower() in PROPOSAL_VERBS)


PROPOSAL_VERBS = frozenset("cost call include raise cut cap create spend provide require set give add save".split())


def _owner(noun: Token) -> Token | None:
    """The possessor that may speak for a figure ('Ruiz's', 'her', 'the alliance's'), if any."""
    owner = _author(noun)
    if owner is not None:
        return owner
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is None or owner.lemma_.lower() not in lx.DESCRIPTOR_HEADS | ORG_DESCRIPTORS | NOT_PERSON_HEADS | {"administration"}:
        return None
    return owner


AUTHORED_TEXTS = frozenset("report analysis review assessment paper".split())  # "In a report, the WHO examined …"
STUDYING_VERBS = frozenset("examine analyse analyze assess review study track calculate".split())


def _filer(noun: Token, clause: Token | None) -> Token | None:
    """The named subject of the clause an unnamed 'in a filing/statement' opens: the one who filed
    or issued it ('In a court filing, Manafort offered …'), not the document as a source of its own."""
    if clause is None or noun.lemma_.lower() not in SELF_ISSUED | AUTHORED_TEXTS or noun.head.lower_ != "in" \
            or noun.head.i > clause.i \
            or any(c.dep_ == "poss" or c.pos_ == "PROPN" and c.dep_ == "compound" and not _time_word(c)
                   for c in noun.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if noun.lemma_.lower() in AUTHORED_TEXTS - SELF_ISSUED and clause.lemma_.lower() not in lx.REPORT_VERBS | EVIDENCE_VERBS | \
            STUDYING_VERBS:
        return None  # ("In a report released on Tuesday, Jorvik ranked 48th": what the report is about)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


DISTRIBUTIVE_DETS = frozenset("each every both either neither any all".split())


def _studies_in_general(noun: Token) -> bool:
    """'showed 100% inhibition in preclinical studies', 'under 5pc in other studies': unnamed
    studies in the plural are where something was seen, not a text that states the figure."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in ("study", "trial", "test", "experiment", "report") \
        and not any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("other", "some", "several", "many")
                    or c.pos_ == "PROPN" or c.dep_ == "prep" for c in noun.children)


def _holding_document(noun: Token) -> Token | None:
    """The source behind 'in the poll' / 'under X's plan' / 'by one estimate', if the noun is one."""
    lemma, prep = noun.lemma_.lower(), noun.head.lower_
    if prep == "in" and lemma in lx.DOCUMENT_HEADS - {"research", "review", "investigation", "inquiry", "paper"}:
        if _standing_in_polls(noun) or any(c.dep_ == "det" and c.lower_ in DISTRIBUTIVE_DETS for c in noun.children) \
                or _studies_in_general(noun):
            return None  # ("five comments in each document": a count of what the documents hold)
        return noun
    if prep == "in" and lemma == "average" and (
            any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.text[:1].isupper()) for c in noun.children)
            or (of := of_object(noun)) is not None and of.lemma_.lower() in ("poll", "survey")):
        return noun  # "leads by 7 points in the RealClear average of polls": a polling average
    if prep == "under" and lemma in ("plan", "proposal", "budget", "bill", "scenario"):
        return next((c for c in noun.children if c.dep_ == "poss"), None)
    if prep == "by" and lemma in ("estimate", "count", "calculation", "measure", "tally"):
        return noun
    if prep == "in" and noun.pos_ == "PROPN" and noun.head.i == noun.sent.start:
        # "In its Fiscal Monitor 2025, …": a publication its owner names, opening the sentence
        return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    return None


def _standing_in_polls(noun: Token) -> bool:
    """'climbed to 12 percent in the polls', 'trails by six in national polls': unnamed polls in
    the plural are where a candidate stands, not a source that states the figure."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in ("poll", "survey"):
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return True  # "10% or more in at least four polls", "led in 10 of them": polls counted, a threshold or a tally
    # "recent polls from Quinnipiac" are named; "the polls against Clinton" are not
    aside = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("against", "between", "versus", "vs", "vs.")]
    words = [t for t in noun.subtree if t != noun and not any(dominates(a, t) for a in aside)]
    return not any(t.pos_ == "PROPN" or t.dep_ == "poss" or t.lower_ == "exit" for t in words)


# Verbs and objects by which a document describes how it was made ("the poll interviewed 1,200
# voters", "has a margin of error of 3 points"): the outlet describing the method, no finding.
METHOD_VERBS = frozenset("interview survey poll sample contact collect weight".split())
# What researchers did in a study to find anything ("In the trial, researchers assigned half of 263
# newborns to …"): its design, which the outlet describes; no finding yet (as the subject of
# DESIGN_VERBS a document states no finding either: "The study followed 14,200 children")
PARTICIPATION_VERBS = frozenset("participate enroll enrol join volunteer register sign".split())
SETUP_VERBS = frozenset("""include involve follow enroll enrol recruit track look examine analyze analyse compare
    randomize randomise assign split divide test screen put give perform conduct carry run""".split())
FRONTED_SETUP_VERBS = frozenset("use treat administer".split())  # "In the study, researchers used …" (not "diets used in it")
# A study's design as the verb of a document subject: "The study involved 192 patients"
DESIGN_VERBS = frozenset("include involve follow enroll enrol recruit track randomize randomise assign".split())
DESIGNED_TEXTS = frozenset("study trial research experiment".split())  # what has a design to describe
METHOD_OBJECTS = frozenset("margin error sample respondent".split())
# Document words with an everyday sense that states nothing ("the new model gets a bigger
# engine", "the post got 5,000 likes", "the record stands at 9.58 seconds"): they speak only
# through a reporting verb ("the model projects", "records show").
PLAIN_SENSE_DOCUMENTS = frozenset("model index post paper review record records slide".split())


# What an inquiry or a report does rather than states: "the investigation has spent $6 million".
DOCUMENT_ACTS = frozenset("spend cost approach near last take".split())


def _document_subject(verb: Token) -> Token | None:
    """'Exit polls gave X 38 percent', 'The study followed 14,200 children': a document as the
    subject of any verb states what the verb's clause says."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in lx.DOCUMENT_HEADS \
            or verb.lemma_.lower() in lx.MOVE_VERBS or subj.lemma_.lower() in PLAIN_SENSE_DOCUMENTS:
        return None
    if not any(c.dep_ in ("dobj", "dative", "ccomp", "attr", "oprd", "xcomp") for c in verb.children):
        return None  # "since records began": the document does not state anything here
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lx.REPORT_VERBS:
        return None  # "A study found that medical research contradicted half of …": what the study found
    if verb.lemma_.lower() in DOCUMENT_ACTS or verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children):
        return None  # "the investigation is approaching the two-year mark and has spent $6 million": it acts
    if verb.lemma_.lower() in METHOD_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in METHOD_OBJECTS for c in verb.children) \
            or verb.lemma_.lower() in DESIGN_VERBS and subj.lemma_.lower() in DESIGNED_TEXTS:
        return None  # ("The study followed 1,200 men": whom it took in, its design, which the outlet describes;
        # but "the forecast includes 14 named storms", "the analysis included 1,219 adults" state what they hold)
    return subj


def _quoted_by(tok: Token, deps: tuple[str, ...]) -> str | None:
    """The newsroom in a 'quoted by X' attached to `tok`, if any."""
    for child in tok.children:
        if child.dep_ in deps and child.lemma_.lower() == "quote":
            for agent in child.children:
                obj = _first_pobj(agent) if agent.dep_ in ("agent", "prep") else None
                if obj is not None:
                    text, head = noun_phrase(obj)
                    if is_media(text, head):
                        return text
    return None

def _named_document_meant(obj: Token, tracker: SourceTracker) -> bool:
    """'the report' in 'quoted the report as saying' when a report was named before: the tracker
    takes it back to that document, as it does 'according to the report'."""
    lemma = obj.lemma_.lower()
    return lemma in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS and any(c.lower_ in ("the", "this") for c in obj.children) \
        and any(kind == _document_family(lemma) or kind == lemma for kind, _ in tracker.documents + tracker.publishers)


def _attach_citations(sent: Span, frames: list[Frame], tracker: SourceTracker) -> None:
    """'X reported, citing Y': Y is the source behind X's frame when Y names an affiliation."""
    for tok in sent:
        if tok.lemma_.lower() not in ("cite", "quote") or tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "pobj")), None)
        if obj is None or is_anonymous(obj):
            continue
        says = next((f for f in frames if f.kind == "verb" and f.cue.head.head == tok and f.cue.head.lower_ == "as"), None)
        document = not is_named(obj, strict=True)
        if document and not (says is not None and _named_document_meant(obj, tracker)):
            continue  # (but "The Daily quoted the report as saying …" after the report was named: the report's words)
        if any(c.dep_ == "relcl" and any(w.lower_ in ("where", "when") for w in c.children) for c in obj.children):
            continue  # 'citing the "Kurram battlefield" where 250 people were killed': an example, not a source
        if any(c.dep_ in ("relcl", "acl", "ccomp") and any(w.dep_ == "mark" and w.lower_ == "that" for w in c.children)
               and not any(t.like_num for t in c.subtree) for c in obj.children):
            continue  # "cut its outlook to $101, citing a Bloomberg report that the upgrade was delayed": the
            # report is cited for what its own clause says, not for the figure
        named = _named_apposition(obj)
        text, head = noun_phrase(named if named is not None else obj)  # "the harbour master, Ivo Dragan": the name
        text = tracker.document(text, head) if document else tracker.resolve(text, head)
        if says is not None:  # "outlets quoted the harbour master as saying …": what he is quoted as saying
            says.cited = text
            for own in (f for f in frames if f.cue == tok):  # ("…, Interfax quoted the ministry as saying")
                own.cited = text
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue  # "…, although other outlets quoted X": a clause of its own, not the outer speaker's source
        owner = None
        anc = tok.head
        while anc is not None:
            owner = next((f for f in frames if f.cue == anc and f.kind == "verb"), None)
            if owner is not None or anc.head == anc:
                break
            anc = anc.head
        if owner is None:
            verbs = [f for f in frames if f.kind == "verb"]
            owner = verbs[0] if len(verbs) == 1 else None
        if owner is not None and owner.cue != tok:  # "They cited the case of X": the citers speak
            owner.cited = text


def _a_country(tok: Token) -> bool:
    """'Spain', 'South Korea', 'the Netherlands': a country named by itself (not 'Spain's health ministry')."""
    if tok.pos_ != "PROPN":
        return False
    words = [t for t in tok.subtree if t.dep_ != "det" and not t.is_punct]
    if any(t.i > tok.i or t.dep_ != "compound" and t != tok for t in words):
        return False
    name = " ".join(t.lower_ for t in words)
    return is_country(name) or name in REGIONS  # ("California recorded 10,200 new cases": a state, too)


COUNT_KEEPERS = PERSON_ROLES | lx.DOCUMENT_HEADS | lx.REPORT_NOUNS  # besides bodies: people and texts that count


def _a_thing_counted(tok: Token) -> bool:
    """'the service', 'the hotspot': a common noun that is no body keeping a count, with no name on it."""
    return tok.pos_ == "NOUN" and not _is_body(tok) and tok.lemma_.lower() not in COUNT_KEEPERS \
        and not any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in tok.children)


def _is_body(token: Token | None) -> bool:
    """A speaker that can itself keep a count: an institution noun ('the inspectorate', 'the
    ministry'), not a place or a device (read from the noun, since claims are parsed without
    entities)."""
    return token is not None and token.lemma_.lower() in lx.DESCRIPTOR_HEADS
