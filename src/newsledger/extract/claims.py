"""Figure claims of one document: figures + parse + attribution + time + doubt.

Only sentences that hold a figure (and the sentence before each, for pronouns and
carry-over) go through the dependency parser, in one `nlp.pipe` batch; the rest of the
body is never parsed. `parse_all=True` parses every sentence, which is the baseline the
speed benchmark compares against.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.asof import claim_statement_time, figure_time, same_period
from newsledger.extract.attribution import (
    INSTITUTION_WORDS,
    ORG_LAST_WORDS,
    Attribution,
    Frame,
    SourceTracker,
    attribute,
    find_frames,
    has_continuation_cue,
    is_anonymous,
    is_media,
    is_named,
    looks_like_person,
    name_read_as_modal,
    names_officials,
    noun_phrase,
    one_official,
    reports_nothing,
    speaks_of_itself,
)
from newsledger.extract.counted import counted
from newsledger.extract.figures import (
    SCALE_WORDS,
    drop_names,
    find_figures,
    repeated_names,
    writes_decimal_point,
)
from newsledger.extract.golf import drop_golf_scores, is_golf_text
from newsledger.extract.nlp import get_nlp
from newsledger.extract.places import COUNTRY_OF
from newsledger.extract.quotes import Quote, colon_speaker, find_quotes, quote_at, transcript_labels
from newsledger.extract.sentences import Sentence, paragraphs, split_sentences
from newsledger.extract.timex import (
    THEN_ANAPHOR,
    anaphoric_times,
    dated_antecedent,
    find_times,
    pointable,
    value_bounds,
)
from newsledger.model import Claim, Figure, TimeRef

# Words that signal attribution; a sentence without one has no frame worth parsing for.
REPORT_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|according|reported|reports|report|estimated|estimates|estimate|claimed|"
    r"claims|announced|stated|added|confirmed|denied|citing|cited|wrote|believes?|believed|per|quoted|"
    r"put|noted|warned|show(?:s|ed)?|found|insisted|argued|predicted|expects?|expected|continued|replied|"
    r"responded|answered|retorted|recalled|conceded)\b|[\"\u201c\u201d]|:\s*$",
    re.I,
)
IRREGULAR_FORMS = {"say": "said", "tell": "told", "write": "wrote|written", "find": "found", "show": "shown",
                   "begin": "began|begun"}


def _verb_forms(lemma: str) -> str:
    """'tweet' -> tweet|tweets|tweeted|tweeting; enough English morphology for a cue regex."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else (
        lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s")
    past = lemma[:-1] + "ied" if third.endswith("ies") else stem + "ed"
    return "|".join([lemma, third, past, stem + "ing", IRREGULAR_FORMS.get(lemma, past)])


# Any reporting verb of the lexicon: where a quotation's speaker may stand ('Reyes tweeted, "…')
SPEAKER_CUE = re.compile(
    REPORT_CUE.pattern + r"|\b(?:" + "|".join(_verb_forms(v) for v in sorted(lx.REPORT_VERBS | lx.SPEECH_TURN_VERBS))
    + r")\b", re.I)
DISCLAIMER = re.compile("|".join(re.escape(p) for p in lx.HEDGE_PHRASES), re.I)


@dataclass
class Carried:
    """The source a later sentence of the paragraph may inherit, on a continuation cue."""

    name: str
    via: list[str]
    standings: bool = False  # a poll's: its later shares carry over without a cue (FORMAT: "same paragraph")
    across: bool = False  # a poll named paragraphs up: only its shares and sample details carry, no cue
    listing: bool = False  # the items of a list its source introduced ("The letter warned:"): no cue needed


@dataclass
class _Parsed:
    sent: Sentence
    span: Span
    figures: list[Figure]


@dataclass
class ClaimPlan:
    """One body read up to the parse: its sentences, their figures and quotations, and which
    sentences (then which headline and standfirst lines) the parser must see.

    `extract_claims` is `plan_claims`, one parse of `texts`, `finish_claims`; a caller with
    many documents can parse the texts of several plans in one `nlp.pipe` stream
    (pipeline.process_documents), which spares the pipeline's per-call cost per document.
    """

    doc: str
    body: str
    published: str | None
    sents: list[Sentence]
    figures: list[list[Figure]]
    quotes: list[Quote]
    quoted: set[int]
    order: list[int]
    heads: list[tuple[str, str, list[Figure]]]

    @property
    def body_texts(self) -> list[str]:
        return [parse_form(self.sents[i].text) for i in self.order]

    @property
    def texts(self) -> list[str]:
        """Everything to parse, in the order `finish_claims` expects the parses."""
        return self.body_texts + [parse_form(line) for _, line, _ in self.heads]


RECENT_CLAIMS = 30  # how far back "during the same period" looks for the period just given (this paragraph or the last)
# A wire headline credits its source after a closing colon ("… over next 30 years: CBO", "…: Reuters/Ipsos
# poll", "…: budget chief Mulvaney"); a named source only, with anything ", citing sources" dropped. Bare
# roles and "sources", "report", "aide" name no one here (the body says who), and a colon set off by
# spaces ("… listing : CityAM") ends a page title with the site's name.
HEADLINE_CREDIT = re.compile(
    r"(?<=\S):\s+(?P<source>(?:[a-z][\w-]*\s+){0,2}[A-Z][\w.&/'’-]*(?:\s+[A-Z][\w.&/'’-]*){0,3}(?:\s+(?i:poll|survey|study|report))?)"
    r"(?:,\s+citing\s+[\w\s]+)?\s*$")
# "…: investigating officer", "…: study": a bare office or document after the closing colon is
# still who the headline credits (FORMAT keeps a generic document, and an official by office);
# "…: reports", "…: analysts" stay the outlet's (anonymous, or the press itself).
HEADLINE_ROLE_CREDIT = re.compile(
    r"(?<=\S):\s+(?P<source>(?:[a-z][\w-]*\s+){0,2}(?:officer|official|minister|spokes(?:man|woman|person)|police|"
    r"ministry|watchdog|regulator|study|survey|poll))\s*$")
# A wire headline's other credit, after a dash: "Sinai blasts injure six peacekeepers - Pentagon". A
# page title ends the same way with its site ("- ABC News") or a section ("- Photos"): not a source.
DASH_CREDIT = re.compile(r"(?<=\S)\s+[-–—]\s+(?P<source>[A-Z][\w.&/'’-]*(?:\s+[A-Z][\w.&/'’-]*){0,2})\s*$")
CREDITED_BODIES = frozenset("Pentagon Kremlin Police Army Military Government Officials Sources Minister Spokesman "
                            "Spokeswoman Spokesperson Witnesses Regulator Watchdog".split())
PAPER_NAME_WORDS = frozenset("Times Post Journal News Street Weekly Gazette Herald Tribune Magazine Review Observer "
                             "Guardian Telegraph Daily Press Media Network".split())  # a site's name ends a page title
TITLE_SECTIONS = frozenset("photos photo pictures video videos live really chart opinion analysis update updates review "
                           "watch gallery explainer podcast report reports exclusive interview editorial business "
                           "politics markets market world sport sports travel news local national international health "
                           "science technology tech entertainment lifestyle culture economy money".split())


# A caption's credit label before the colon ("—Photo: V. Raju", "Picture: Reuters"): the name after it
# took or supplied the picture, and says nothing of the caption's figures.
PICTURE_CREDIT = re.compile(r"\b(?:photo|photograph|picture|image|illustration|graphic|video|footage|file)s?\s*:$", re.I)


def title_credit(line: str) -> re.Match[str] | None:
    """The source a headline-style line credits at its end, if any."""
    m = HEADLINE_CREDIT.search(line) or HEADLINE_ROLE_CREDIT.search(line)
    if m is not None:
        return None if PICTURE_CREDIT.search(line[: m.start() + 1]) else m  # "… —Photo: V. Raju": who took it
    m = DASH_CREDIT.search(line)
    if m is None or is_media(m.group("source")) or m.group("source").lower() in COUNTRY_OF or any(
            w.lower().strip(".") in TITLE_SECTIONS for w in m.group("source").split()):
        return None  # (a section, "- Politics", or a place, "- Pakistan", ends a page title)
    last = m.group("source").split()[-1]
    # a body or an office ("- Pentagon", "- DIHK", "- Interior Ministry"), not a site ("- Houston Chronicle")
    return m if last in CREDITED_BODIES or last in ORG_LAST_WORDS - PAPER_NAME_WORDS or re.fullmatch(r"[A-Z]{2,6}", last) \
        else None


THE_POLL = re.compile(r"^(?:The|This|That) (?:(?:new|latest)\s+)?(?:poll|survey)\b")
POLL_NAMED = re.compile(r"\b(?:[Pp]oll|[Ss]urvey)\b")


# "a Morning Consult Poll found": the small model reads a capitalised "Poll" after a name as
# part of a longer proper name and cuts the pollster in two ("Consult"); the common noun parses
# whole. Same length, so every offset holds.
CAPITAL_POLL = re.compile(r"(?<=[A-Za-z.&/'’-] )Poll(?=s?\b)(?! [A-Z])")


def _restore_capital_poll(body: str, claims: list[Claim]) -> None:
    """Give back the 'Poll' that `parse_form` lowered for the parser, where the text writes it so."""
    if "Poll" not in body:
        return
    for c in claims:
        if c.claimant and " poll" in c.claimant:
            written = c.claimant.replace(" poll", " Poll")
            if written in body and c.claimant not in body:
                c.claimant = written


def parse_form(text: str) -> str:
    """The text the parser reads: `text` with a pollster's capitalised 'Poll' in lower case."""
    return CAPITAL_POLL.sub("poll", text) if "Poll" in text else text


def extract_claims(
    doc: str,
    body: str,
    published: str | None = None,
    *,
    title: str | None = None,
    head_lines: list[str] | None = None,
    nlp: Language | None = None,
    parse_all: bool = False,
) -> list[Claim]:
    """Every figure claim of a cleaned body, of its headline (basis 'headline') and of the
    article's own lines above the body: standfirst, key points, captions (basis 'standfirst')."""
    nlp = nlp or get_nlp(ner=False)  # claims never read entities (see parse_texts)
    plan = plan_claims(doc, body, published, title=title, head_lines=head_lines, parse_all=parse_all)
    if parse_all:  # the benchmark's baseline: the whole pipeline over the body; headlines as always
        parses = parse_texts(nlp, plan.body_texts, True) + parse_texts(nlp, [ln for _, ln, _ in plan.heads], False)
    else:
        # The headline and the lines above the body go through the parser in the same batch as
        # the body's sentences: one pipeline call per document.
        parses = parse_texts(nlp, plan.texts, False)
    return finish_claims(plan, parses)


# A sentence opening on "he" or "she", and one naming a speaker with a verb of speaking beside the name.
PRONOUN_OPENING = re.compile(r"^\W*(?:He|She)\b")
_SPEECH = r"(?:said|says|told|remarked|observed|stressed|emphasi[sz]ed|noted|added|explained|stated|argued|warned|insisted)"
NAMED_SPEAKER = re.compile(rf"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+,?\s+{_SPEECH}\b|\b{_SPEECH}\s+(?:[A-Z][a-z]+\s+){{1,3}}"
                           # "Sidi, who works for the charity, says …": a surname with a relative clause
                           rf"|\b(?!(?:The|This|That|It|He|She|They)\b)[A-Z][a-z]+,\s+who\b[^.;]{{0,200}}?,\s+{_SPEECH}\b")
PRONOUN_REACH = 6  # sentences back a 'he' or 'she' is looked up
AGED_OPENING = re.compile(r"^\W*The\s+\d{1,3}-year-old\b")  # a person just named, described again by age
# "It said …": a body named in the sentence before, which must be read for 'it' to resolve
BODY_PRONOUN_OPENING = re.compile(rf"^\W*(?:It|They)\s+(?:also\s+|\w+ly\s+)?{_SPEECH}\b")


def _described_by_who(tok: Token) -> bool:
    """'Sidi, who works for the charity, says': a name a 'who' clause describes is a person's."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj"
                                                                 for g in c.children) for c in tok.children)


def _named_before_pronouns(sents: list[Sentence], wanted: set[int]) -> set[int]:
    """Sentences that name who a wanted sentence's opening 'he' or 'she' is ('Masood Khan remarked,
    "…"' two paragraphs before 'He lauded …, stating, "… 100 colleges"'): the parser must read them
    for the pronoun to resolve, though they hold no figure."""
    out: set[int] = set()
    for i in wanted:
        if i and BODY_PRONOUN_OPENING.match(sents[i].text) and sents[i - 1].paragraph == sents[i].paragraph \
                and SPEAKER_CUE.search(sents[i - 1].text):
            out.add(i - 1)  # '…, according to the maritime authority. It said more than 100 ships …'
        if i and AGED_OPENING.match(sents[i].text) and i - 1 not in wanted:
            out.add(i - 1)  # "Mary Kay Ash of Clinton Township … The 54-year-old mom says …": who she is
        if not PRONOUN_OPENING.match(sents[i].text):
            continue
        named = next((k for k in range(i - 1, max(-1, i - 1 - PRONOUN_REACH), -1)
                      if NAMED_SPEAKER.search(sents[k].text)), None)
        if named is not None and named not in wanted:
            out.add(named)
    return out


def plan_claims(doc: str, body: str, published: str | None = None, *, title: str | None = None,
                head_lines: list[str] | None = None, parse_all: bool = False) -> ClaimPlan:
    """Sentences, figures and quotations of a body, and the sentences worth parsing."""
    sents = split_sentences(body)
    names = repeated_names([body, title or "", *(head_lines or [])])
    point = writes_decimal_point(body)  # "9.014 points" in a text that writes "26.5531" is nine
    figures = [drop_names(s.text, find_figures(s.text, point), names) for s in sents]
    if is_golf_text(body):  # "fired a 67 for a 136 total", "birdied 10 and 15": the course's numbers
        figures = [drop_golf_scores(s.text, figs) for s, figs in zip(sents, figures, strict=True)]
    quotes = find_quotes(body)
    wanted: set[int] = set(range(len(sents))) if parse_all else set()
    for i, figs in enumerate(figures):
        if figs:
            wanted.add(i)
            # The sentence before matters only when it may lend its speaker to this one.
            if i and sents[i - 1].paragraph == sents[i].paragraph and not REPORT_CUE.search(sents[i].text) \
                    and REPORT_CUE.search(sents[i - 1].text):
                wanted.add(i - 1)
        if figs:
            # A poll named without a figure ("A Morning Consult poll found that he would draw from
            # her support.") is the one "the results" and "the poll" of the next sentences are.
            wanted.update(k for k in (i - 1, i - 2) if k >= 0 and POLL_NAMED.search(sents[k].text))
    # "The letter warned:" over a list of figures: the source of every item
    wanted.update(i for i in range(len(sents)) if _opens_list(sents, i))
    quoted = _quoted_figures(sents, figures, quotes)
    wanted |= _speaker_sentences(sents, quotes, quoted)
    wanted |= _named_before_pronouns(sents, wanted)
    heads = [(kind, line, figs) for kind, line in
             ([("headline", title)] if title else []) + [("standfirst", ln) for ln in head_lines or []]
             if (figs := drop_names(line, find_figures(line, point), names))]
    return ClaimPlan(doc, body, published, sents, figures, quotes, quoted, sorted(wanted), heads)


def finish_claims(plan: ClaimPlan, parses: list[Span]) -> list[Claim]:
    """The claims of a planned body, given the parses of `plan.texts` in their order."""
    doc, body, published = plan.doc, plan.body, plan.published
    sents, figures, quotes, quoted, order, heads = (plan.sents, plan.figures, plan.quotes, plan.quoted,
                                                    plan.order, plan.heads)
    parsed = {i: _Parsed(sents[i], span, figures[i]) for i, span in zip(order, parses, strict=False)}

    tracker = SourceTracker()
    tracker.read_ahead([s.text for s in sents])
    frames_of: dict[int, list[Frame]] = {}
    written: dict[int, dict[str, str]] = {}  # per sentence: full name -> the titled surname the report wrote
    known_poll: dict[int, str | None] = {}  # the poll the story last named, as of each parsed sentence
    for i in range(len(sents)):
        tracker.next_sentence(sents[i].text, sents[i].paragraph)
        if i not in parsed:
            tracker.note_names(sents[i].text)
            tracker.note_unparsed_speakers(sents[i].text)
            continue
        p = parsed[i]
        frames = frames_of[i] = find_frames(p.span, tracker)
        for f in frames:  # "Mr Andrews" is the "Kevin Andrews" named before; the report's spelling is kept
            full = tracker.full_name(f.speaker) if f.speaker else None
            if full is not None and full != f.speaker:
                written.setdefault(i, {})[full] = f.speaker
                f.speaker = full
        # noted innermost first, so the sentence's own speaker is the last one a later "he" finds
        # ("the chancellor said the cuts proposed by Oliver Letwin …, he told activists. He said: …")
        for f in sorted(frames, key=lambda f: (-len(list(f.cue.ancestors)), f.cue.i)):
            if f.speaker and not f.media and not f.document and not f.generic:
                is_person = f.speaker_token is not None and (
                    looks_like_person(f.speaker_token) or f.speaker_token.lower_ in lx.PRONOUNS_PERSON
                    or _described_by_who(f.speaker_token))
                tracker.note_claimant(f.speaker, is_person)
                if not is_person and f.speaker_token is not None and one_official(f.speaker_token):
                    tracker.official_speaker = (tracker.sentence_no, f.speaker)  # the "he" of what follows
                if speaks_of_itself(f):
                    tracker.note_organisation(f.speaker)
            if names_officials(f):
                tracker.note_official(f.speaker)  # "a Norland trade ministry official said": whom "the official" means
        known_poll[i] = tracker.latest_poll()
        tracker.note_quoted_surnames(sents[i].text)
        tracker.note_entities(p.span)
        tracker.note_subject(p.span)
        tracker.note_study(p.span)
        if not p.span.doc.has_annotation("ENT_IOB"):
            tracker.note_names(p.sent.text)
    speakers = _quote_speakers(body, sents, quotes, quoted, parsed, frames_of, published)

    labels = transcript_labels(body)
    paragraph_of = {s.start: s.paragraph for s in sents}
    claims: list[Claim] = []
    last_claimant: dict[int, Carried] = {}
    poll: tuple[int, Carried] | None = None  # (paragraph, the poll whose results the story is listing)
    items = _list_items(sents)
    listing: tuple[int, Carried] | None = None  # (last paragraph, the source that introduced a list)
    for i in range(len(sents)):
        # "…, according to a new Washington Post-ABC News poll." opens a story of its results, often
        # with no figure of its own; "The X poll was conducted …" gives the poll's own details
        lead = POLL_LEAD.search(sents[i].text)
        if lead is not None:
            poll = (sents[i].paragraph, Carried(lead.group("name") or lead.group("name2"), []))
        if i not in parsed:
            if lead is None and poll is not None:
                poll = _listing_after(sents[i].text, sents[i].paragraph, None, poll)
            continue
        p = parsed[i]
        frames = frames_of[i]
        if poll is None and known_poll.get(i) and THE_POLL.search(p.sent.text) and POLL_DETAIL.search(p.sent.text):
            # "The survey was conducted September 16-19 among 600 respondents.": the poll named before
            poll = (p.sent.paragraph, Carried(known_poll[i], []))  # type: ignore[arg-type]
        if listing is not None and not (p.sent.paragraph == listing[0] or p.sent.paragraph in items
                                        and p.sent.paragraph - 1 in items | {listing[0]}):
            listing = None  # a paragraph that is no item of the list ends it
        elif listing is not None:
            listing = (p.sent.paragraph, listing[1])
        if p.figures:
            carried = last_claimant.get(p.sent.paragraph)
            if listing is not None and p.sent.paragraph in items and (carried is None or carried.name == listing[1].name):
                carried = listing[1]
            answers = POLL_ANSWERS.search(p.sent.text) is not None  # ("… of those surveyed": however far down)
            if poll is not None and carried in (None, poll[1]) and (
                    p.sent.paragraph == poll[0] or answers
                    or p.sent.paragraph <= poll[0] + LISTING_REACH and _continues_listing(p.span)):
                # a results listing goes on in its paragraph, and into the next one only on a cue ("These
                # voters also backed …"): a new paragraph of bare shares is the outlet's (FORMAT's carry rule)
                carried = Carried(poll[1].name, poll[1].via, standings=True, across=p.sent.paragraph != poll[0])
            elif poll is None and carried is None and known_poll.get(i) and answers:
                # "Almost half of those surveyed (48%) also back …", after other voices: the survey named before
                carried = Carried(known_poll[i], [], standings=True, across=True)  # type: ignore[arg-type]
            label = labels.get(p.sent.paragraph)
            earlier = next((c.time for c in reversed(claims[-RECENT_CLAIMS:]) if c.time and c.sentence_span[0] < p.sent.start
                            and paragraph_of.get(c.sentence_span[0], -1) >= p.sent.paragraph - 1), None)
            then = _dated_before(sents, i, published) if THEN_ANAPHOR.search(p.sent.text) else None
            new = _claims_of(doc, p, frames, published, carried, quotes, speakers, label, earlier, then)
            for c in new:
                if c.claimant in written.get(i, {}):
                    c.claimant_as_written = written[i][c.claimant]
            claims.extend(new)
        named = [c for c in claims if c.sentence_span == (p.sent.start, p.sent.end) and c.claimant]
        speaker = Carried(named[-1].claimant, named[-1].via) if named else None  # type: ignore[arg-type]
        if speaker is None and frames:
            # someone speaking here (not "Trump's proposal" named in passing) ends a poll's listing
            f = next((f for f in frames if f.speaker and not f.media and f.kind != "noun"), None)
            speaker = Carried(f.speaker, []) if f is not None else None  # type: ignore[arg-type]
        if speaker is not None and POLL_NAME.search(speaker.name) and _names_an_earlier_year(p.sent.text, published):
            poll = None  # "According to exit polls, Romney led by ten points in 2012": no listing of today's poll
        elif speaker is not None or lead is None:
            poll = _listing_after(p.sent.text, p.sent.paragraph, speaker, poll)
        if speaker is not None:
            last_claimant[p.sent.paragraph] = poll[1] if poll is not None else speaker
        if _opens_list(sents, i):
            source = speaker.name if speaker is not None else _intro_source(p.span)
            listing = (p.sent.paragraph, Carried(source, speaker.via if speaker else [], listing=True)) \
                if source else None
    _apply_disclaimers(sents, claims)
    _restore_capital_poll(body, claims)
    _credit_embedded_posts(sents, claims)
    _credit_title_lines(sents, claims)
    head_claims: list[Claim] = []
    for (kind, line, figs), span in zip(heads, parses[len(order):], strict=True):
        head_claims.extend(_headline_claims(doc, line, figs, span, published, kind))
    for c in head_claims + claims:  # names and subjects as a reader sees them: no stray no-break spaces
        c.claimant, c.subject = _plain_spaces(c.claimant), _plain_spaces(c.subject)
        if c.claimant is not None and (c.claimant.lower() in UNRESOLVED_PRONOUNS or c.claimant in NOT_CLAIMANTS):
            c.claimant = None  # a pronoun nothing resolved names no one a reader could look up
        c.via = [_plain_spaces(v) or v for v in c.via]
    return head_claims + claims


TITLE_LINE_WORDS = 25  # a line the page repeats its headline on (or a caption's title) is short


def _credit_title_lines(sents: list[Sentence], claims: list[Claim]) -> None:
    """A headline repeated in the body as a line of its own ("Blasts injure six peacekeepers -
    Pentagon", no closing stop) credits its source as the headline does."""
    alone = Counter(s.paragraph for s in sents)
    credits: dict[int, tuple[int, str]] = {}
    for s in sents:
        text = s.text.rstrip()
        if alone[s.paragraph] != 1 or not text or text[-1] in ".!?\"”’" or len(text.split()) > TITLE_LINE_WORDS:
            continue
        m = title_credit(text)
        if m is not None:
            credits[s.start] = (s.start + m.start(), m.group("source"))
    for c in claims:
        credit = credits.get(c.sentence_span[0])
        if credit and c.claimant is None and c.span is not None and c.span[1] <= credit[0]:
            c.claimant = credit[1]


# The byline an embedded post ends on when a page flattens it: "— RTÉ (@rte) May 25, 2018"
POST_SIGNATURE = re.compile(r"(?:—|–|--?)\s*(?P<name>[^—–()@\n]{1,60}?)\s*\(@\w{1,30}\)\s*"
                            r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$")


POST_LENGTH = 300  # characters a post runs to; a longer sentence is the article's own prose


def _credit_embedded_posts(sents: list[Sentence], claims: list[Claim]) -> None:
    """A post a page embeds is its author's: a figure in the post its signature closes (the
    signature's sentence, and the one before when the signature stands alone), which no frame gives
    anyone, goes to the name the signature shows."""
    authors: dict[int, str] = {}
    for k, sent in enumerate(sents):
        m = POST_SIGNATURE.search(sent.text)
        if m is None or m.start() > POST_LENGTH:
            continue
        authors[sent.start] = m.group("name").strip()
        if m.start() <= 2 and k and sents[k - 1].paragraph == sent.paragraph and len(sents[k - 1].text) <= POST_LENGTH:
            authors[sents[k - 1].start] = authors[sent.start]
    for c in claims:
        author = authors.get(c.sentence_span[0])
        if author and c.claimant is None:
            c.claimant = author


LIST_MARK = re.compile(r"[-•*–—▪·]\s|\d{1,2}[.)]\s")


INTRO_VERBS = lx.REPORT_VERBS | frozenset("outline list set detail give include release issue".split())
INTRO_BODIES = lx.DOCUMENT_HEADS | lx.MESSAGE_HEADS | INSTITUTION_WORDS | frozenset("department office authority commission".split())


def _intro_source(span: Span) -> str | None:
    """The document or named source whose reporting verb introduces a list though no frame reads
    it as a speaker ("The points the letter outlined;")."""
    for tok in span:
        if tok.dep_ == "nsubj" and tok.head.lemma_ in INTRO_VERBS and tok.head.pos_ == "VERB" \
                and (tok.lemma_ in INTRO_BODIES or tok.pos_ == "PROPN"):
            return noun_phrase(tok)[0]
    return None


def _opens_list(sents: list[Sentence], i: int) -> bool:
    """Sentence i ends in a colon or semicolon and the next paragraph is a list item."""
    return i + 1 < len(sents) and sents[i].text.rstrip()[-1:] in ":;" and bool(LIST_MARK.match(sents[i + 1].text)) \
        and sents[i + 1].paragraph > sents[i].paragraph


def _list_items(sents: list[Sentence]) -> set[int]:
    """The paragraphs that are items of a bulleted or numbered list ("- There were 34 deaths …")."""
    firsts: dict[int, str] = {}
    for s in sents:
        firsts.setdefault(s.paragraph, s.text)
    return {k for k, text in firsts.items() if LIST_MARK.match(text)}


def _plain_spaces(text: str | None) -> str | None:
    return " ".join(text.replace("\xa0", " ").split()) if text and "\xa0" in text else text


THEN_LOOKBACK = 6  # sentences that "back then" or "that year" may point back over


def _dated_before(sents: list[Sentence], i: int, published: str | None) -> TimeRef | None:
    """The last past time the story named before sentence i (this paragraph or the two before)."""
    for j in range(i - 1, max(-1, i - 1 - THEN_LOOKBACK), -1):
        if sents[j].paragraph < sents[i].paragraph - 2:
            break
        refs = pointable(find_times(sents[j].text, published))
        if refs:  # the nearest time the story gave, or none when that one runs up to now
            return dated_antecedent(refs, published)
    return None


def parse_texts(nlp: Language, texts: list[str], full: bool) -> list[Span]:
    """Parse the chosen sentences, without entity recognition unless `full`.

    Entity recognition is half of the model's cost and the extractor does not need it:
    speakers are named by proper-noun runs and name shapes (attribution/phrases.py, shapes.py), which scored
    the same on all three gold sets. `full` is the benchmark's baseline: the whole pipeline.
    """
    if not texts:
        return []
    skip = [] if full else [p for p in ("ner",) if p in getattr(nlp, "pipe_names", ("ner",))]
    return [d[:] for d in nlp.pipe([_plain_apostrophes(t) for t in texts], batch_size=64, disable=skip)]


# A typographic apostrophe inside a word ("Trump’s", "don’t"): the small model often reads it as a
# closing quote and loses the possessive ("Trump’s promised increase" parsed as "for Trump").
_CURLY_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u2019(?=[A-Za-z])")


def _plain_apostrophes(text: str) -> str:
    """The text the parser reads: word-internal ’ as ', one character for one, so every offset holds."""
    return _CURLY_APOSTROPHE.sub("'", text) if "\u2019" in text else text


def _quoted_figures(sents: list[Sentence], figures: list[list[Figure]], quotes: list[Quote]) -> set[int]:
    """Groups of the quotations that hold a figure: only their speakers need finding."""
    groups: set[int] = set()
    for s, figs in zip(sents, figures, strict=True):
        for fig in figs:
            q = quote_at(quotes, s.start + fig.start, s.start + fig.end)
            if q is not None:
                groups.add(q.group)
    return groups


def _sentence_at(sents: list[Sentence], pos: int) -> int | None:
    for k, s in enumerate(sents):
        if s.start <= pos < max(s.end, s.start + 1):
            return k
    return None


def _group_ends(sents: list[Sentence], quotes: list[Quote], group: int) -> tuple[int | None, int | None]:
    """Sentences where a quotation group opens and where it closes."""
    members = [q for q in quotes if q.group == group]
    return _sentence_at(sents, members[0].start), _sentence_at(sents, members[-1].end - 1)


def _speaker_sentences(sents: list[Sentence], quotes: list[Quote], groups: set[int],
                       fallback: bool = True) -> set[int]:
    """Sentences that may name a quoted figure's speaker: where its quotation opens and closes,
    the lead-in before it ('... made the following comment:') and the tail after it; with
    `fallback`, also the sentence before it in its paragraph (who the quotation is about, or the body
    a later 'the organization' means) and where the paragraph's earlier quotations are tagged."""
    out: set[int] = set()
    for g in groups:
        first, last = _group_ends(sents, quotes, g)
        for k in (first, last):
            if k is not None and SPEAKER_CUE.search(_outside(sents[k], quotes)):
                out.add(k)
        if first is not None and first > 0 and (sents[first - 1].text.rstrip().endswith(":")
                                                 or SPEAKER_CUE.search(_outside(sents[first - 1], quotes))):
            out.add(first - 1)
        if last is not None and last + 1 < len(sents) and SPEAKER_CUE.search(sents[last + 1].text[:80]):
            out.add(last + 1)
        if fallback and first is not None and first > 0 and sents[first - 1].paragraph == sents[first].paragraph:
            out.add(first - 1)  # 'Barnby is furious with the company. "…"': who the quotation is about
            out |= _speaker_sentences(sents, quotes, _earlier_in_paragraph(sents, quotes, g), fallback=False)
            opening = _paragraph_opening(sents, first)
            if SPEAKER_CUE.search(_outside(sents[opening], quotes)):
                out.add(opening)  # 'He said the other option … . Many … . "When we brought the law, …"'
    return out


def _paragraph_opening(sents: list[Sentence], k: int) -> int:
    """The first sentence of sentence k's paragraph."""
    while k > 0 and sents[k - 1].paragraph == sents[k].paragraph:
        k -= 1
    return k


def _earlier_in_paragraph(sents: list[Sentence], quotes: list[Quote], group: int) -> set[int]:
    """Quotation groups that open earlier in the paragraph where this one opens (one pass over the
    quotes: a transcript holds hundreds, each asking this)."""
    first, _ = _group_ends(sents, quotes, group)
    if first is None:
        return set()
    k = _paragraph_opening(sents, first)
    opens = next(q.start for q in quotes if q.group == group)
    return {q.group for q in quotes if q.group < group and sents[k].start <= q.start < opens}


def _outside(s: Sentence, quotes: list[Quote]) -> str:
    """The sentence's words outside quotation marks (where its own reporting frame stands)."""
    text = s.text
    for q in quotes:
        if q.end <= s.start or q.start >= s.end:
            continue
        a, b = max(q.start, s.start) - s.start, min(q.end, s.end) - s.start
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _cue_outside(frame: Frame, s: Sentence, quotes: list[Quote]) -> bool:
    pos = s.start + frame.cue.idx
    return quote_at(quotes, pos, pos + 1) is None


def _quote_speakers(
    body: str,
    sents: list[Sentence],
    quotes: list[Quote],
    groups: set[int],
    parsed: dict[int, _Parsed],
    frames_of: dict[int, list[Frame]],
    published: str | None = None,
) -> dict[int, tuple[str, str | None]]:
    """The speaker of each quotation group that holds a figure, with the day the speaking frame
    gives ('…," he wrote to us on Monday'), which dates the quotation's figures in other sentences.

    In order: a reporting frame outside the marks in the sentence where the quote closes
    ('...," she said') or opens ('X said: "...'), nearest to the marks; a transcript label
    ('PENCE: ...'); the subject of a lead-in sentence ending in a colon; a frame in the sentence
    right after the quote ('"..." \u2014 Then he added').
    """
    def speaker(g: int, fallback: bool) -> tuple[str | None, str | None]:
        members = [q for q in quotes if q.group == g]
        first, last = _group_ends(sents, quotes, g)
        name: str | None = None
        said_on: str | None = None
        for k, edge in ((last, members[-1].end), (first, members[0].start)):
            if k is None or k not in frames_of:
                continue
            outer = [f for f in frames_of[k] if f.speaker and not f.media and f.kind in ("verb", "according")
                     and _cue_outside(f, sents[k], quotes)]
            if outer:
                best = min(outer, key=lambda f: abs(sents[k].start + f.cue.idx - edge))
                name = best.speaker
                said_on = _said_on(parsed[k], best, published)
                break
        if name is None and first is not None:
            para = next((k for k, p in enumerate(paragraphs(body)) if p[0] <= members[0].start < p[1]), None)
            if para is not None:
                name = transcript_labels(body).get(para)
            if name is None:  # 'More from Jeffrey Jones: "…"': the name right before the colon
                name = colon_speaker(body[sents[first].start:members[0].start])
        lead = first - 1 if first else None
        colon = lead is not None and sents[lead].text.rstrip().endswith(":")
        if name is None and lead is not None and colon and lead in parsed:
            # 'Sanders made the following comment: "…"'
            name = _lead_in_subject(parsed[lead].span, frames_of.get(lead, []), colon=True)
        if name is None and last is not None:  # '"… 14 million votes?" Trump said, …': the tag right after
            name = _tag_after(sents, frames_of, last)
        if name is None and lead is not None and not colon and lead in parsed and \
                not body[sents[first].start:members[0].start].strip():
            # 'Caddell said so on Fox. "Yesterday ..."'
            name = _lead_in_subject(parsed[lead].span, frames_of.get(lead, []), colon=False)
        if name is None:  # 'Politico reveals a few facts: "…"': a newsroom quoted for its own reporting
            name = next((f.speaker for k in (first, last) if k is not None and k in frames_of
                         for f in frames_of[k] if f.speaker and f.media and f.kind == "verb"
                         and _cue_outside(f, sents[k], quotes)), None)
        opens_sentence = first is not None and not body[sents[first].start:members[0].start].strip()
        if name is None and fallback and opens_sentence and lead is not None and lead in parsed \
                and sents[lead].paragraph == sents[first].paragraph:
            # 'Barnby is furious with the company. "Some of the bosses should face jail …"'
            name = _named_person_subject(parsed[lead].span)
        if name is None and fallback and opens_sentence:
            # '"… important," he said. An inquiry begins in March. "I'm taking two reporters."': a
            # quotation with no tag of its own goes on the turn of the paragraph's last quoted speaker
            for h in sorted(_earlier_in_paragraph(sents, quotes, g), reverse=True):
                name, said_on = speaker(h, fallback=False)
                if name is not None:
                    break
        if name is None and fallback and opens_sentence and first is not None:
            # 'He said the other option was trackers. Some installed them. "When we brought the law, …"':
            # a paragraph that opens on someone's report goes on in their words
            opening = _paragraph_opening(sents, first)
            if opening < first and opening in frames_of:
                main = [f for f in frames_of[opening] if f.kind == "verb" and f.speaker and not f.media
                        and not f.stance and f.cue.dep_ == "ROOT" and _cue_outside(f, sents[opening], quotes)]
                if main:
                    name = main[0].speaker
        return name, said_on

    out: dict[int, tuple[str, str | None]] = {}
    for g in groups:
        name, said_on = speaker(g, fallback=True)
        if name:
            out[g] = (name, said_on)
    return out


def _named_person_subject(span: Span) -> str | None:
    """The person a sentence is about, named as its main clause's subject, who speaks the
    quotation that follows it in the paragraph."""
    subj = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or not is_named(subj) or not looks_like_person(subj):
        return None
    return noun_phrase(subj)[0]


def _tag_after(sents: list[Sentence], frames_of: dict[int, list[Frame]], last: int) -> str | None:
    """The speaker of a reporting verb opening the sentence right after a quotation, in its
    paragraph ('"…?" Trump said, looking out', '"…" He added …')."""
    if last + 1 not in frames_of or sents[last + 1].paragraph != sents[last].paragraph \
            or sents[last + 1].text.rstrip().endswith(":"):
        return None  # 'She went on to say:' leads into the next quotation, not back to this one
    nxt = [f for f in frames_of[last + 1] if f.kind == "verb" and f.speaker and not f.media]
    if not nxt:
        return None
    cue, spk = nxt[0].cue, nxt[0].speaker_token
    opens = cue.i - cue.sent.start <= 4 or spk is not None and spk.i < cue.i and spk.left_edge.i == cue.sent.start \
        and all(t.is_punct for t in cue.doc[spk.right_edge.i + 1 : cue.i])
    # ('"…?" South Carolina Rep. Jim Clyburn, the No. 3 House Democrat, told POLITICO': the whole
    # sentence before the verb is who speaks)
    return nxt[0].speaker if opens else None


def _said_on(p: _Parsed, frame: Frame, published: str | None) -> str | None:
    """The day a reporting frame gives its speaking ('she said on Tuesday'), if any."""
    heads = [(t, _token_span(p.span, t.start, t.end)) for t in find_times(p.sent.text, published)]
    return claim_statement_time(Attribution(frame=frame), heads) if heads else None


def _lead_in_subject(span: Span, frames: list[Frame], colon: bool) -> str | None:
    """'Sanders made the following comment:' / 'He concluded:': who is about to speak."""
    spoken = [f for f in frames if f.kind == "verb" and f.speaker and not f.media]
    main = [f for f in spoken if f.cue.dep_ == "ROOT"]
    if main and not colon:
        # 'Doe said the reports should show where it went. "…"': the one who speaks, not a
        # source named inside what she said
        return main[0].speaker
    if spoken:
        return spoken[-1].speaker
    if not colon:
        return None
    said_by = _author_of_remark(span)
    if said_by is not None:
        return said_by
    relayed = [f for f in frames if f.kind == "verb" and f.speaker and f.media]
    if relayed:  # "…, as the Heritage Foundation website notes:": a newsroom or site quoted for its own words
        return relayed[-1].speaker
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (is_named(subj) or (subj.text[:1].isupper() and subj.i > span.start - 1
                                               and subj.lower_ not in PRONOUNS | {"this", "that", "there"})):
        return None
    return noun_phrase(subj)[0]


# Nouns for words someone spoke or wrote, whose author a lead-in names ("this statement by Trump:").
REMARK_NOUNS = frozenset("statement remark comment claim quote tweet post assertion words".split())


def _author_of_remark(span: Span) -> str | None:
    """'… how the website rated this statement by Trump on June 11:': the quotation after the colon
    is the remark's author's, whoever the lead-in's subject is."""
    for tok in span:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REMARK_NOUNS and tok.lower_ not in REMARK_NOUNS:
            continue
        # the parser often hangs "by"/"from" on the verb: take the preposition right after the noun too
        after = [tok.nbor(1)] if tok.i + 1 < span.end and tok.nbor(1).lower_ in ("by", "from") else []
        for child in [*tok.children, *after]:
            if child.dep_ == "poss":  # "Trump's statement"
                who = child
            elif child.lower_ in ("by", "from"):  # "this statement by Trump"
                who = next((g for g in child.children if g.dep_ == "pobj"), None)
            else:
                continue
            if who is not None and is_named(who, strict=True):
                return noun_phrase(who)[0]
    return None


def _token_span(span: Span, start: int, end: int) -> Span | None:
    return span.char_span(start, end, alignment_mode="expand")


def _claims_of(
    doc: str,
    p: _Parsed,
    frames: list[Frame],
    published: str | None,
    carried: Carried | None,
    quotes: list[Quote] | None = None,
    speakers: dict[int, tuple[str, str | None]] | None = None,
    label: str | None = None,
    earlier: str | None = None,
    then: TimeRef | None = None,
) -> list[Claim]:
    """The claims of one parsed sentence; `earlier` is the time of the story's last dated figure
    nearby, which "during the same period" takes; `then` the last time the sentences just before
    gave, which "back then" or "that year" points to."""
    out: list[Claim] = []
    times = find_times(p.sent.text, published)
    if THEN_ANAPHOR.search(p.sent.text):
        # (not inside a quotation: a speaker's "since then" points into their own words)
        times = [t for t in anaphoric_times(p.sent.text, times, then, published)
                 if t in times or quote_at(quotes or [], p.sent.start + t.start, p.sent.start + t.end) is None]
    time_heads = [(t, _token_span(p.span, t.start, t.end)) for t in times]
    # "Smith won the 2020 race with 52 percent": a result dated long before the report is no poll's
    old_times = published is not None and any(t.value[:4] < published[:4] for t in times)
    fieldwork = _fieldwork(p.sent.text, times)  # a poll's days in the field date its sample and margin
    previous_unit: str | None = None
    scaled_unit: str | None = None
    for fig in p.figures:
        fspan = _token_span(p.span, fig.start, fig.end)
        if fspan is None or len(fspan) == 0:
            continue
        anchor = _figure_root(fspan)
        if _counts_sources(fig, anchor):
            continue
        what = counted(fig, fspan, previous_unit)
        if what.unit and fig.kind == "count":
            previous_unit = what.unit
        if SCALED.search(fig.quote):
            if scaled_unit is not None and (what.unit is None or what.noun is None and not fig.unit):
                # "a loss of 2.5 mln dlrs on sales of 148 mln", "31 mln tonnes against 25.5 mln":
                # a bare scaled figure is in the unit of the scaled figure it is set against
                what = replace(what, unit=scaled_unit)
            scaled_unit = what.unit or scaled_unit
        attr = attribute(p.span, anchor, frames)
        q = quote_at(quotes or [], p.sent.start + fig.start, p.sent.start + fig.end)
        said, said_on = (speakers or {}).get(q.group, (None, None)) if q is not None else (None, None)
        if label:  # a transcript's paragraph: its labelled speaker says all of it
            q, said, said_on = Quote(p.sent.start - 1, p.sent.end + 1, -1, True), label, None
        quoted_from_elsewhere = bool(said) and _quote_speaker_wins(attr, p.sent, q)  # type: ignore[arg-type]
        if quoted_from_elsewhere:
            attr = Attribution(claimant=said, via=[])
        elif attr.claimant is None and carried is not None and q is None and (
                not carried.across and _continues(p.span, attr, frames, anchor, carried.name)
                or carried.listing and not any(f.speaker for f in attr.frames)
                # a poll's listing: frames naming no one ("those describing themselves as …") do not stop it
                or carried.standings and not any(f.speaker or _others_voice(f) for f in attr.frames)
                and ((SHARE.search(fig.quote) or what.unit in SHARE_UNITS)
                     and (not carried.across or RESPONDENTS.search(p.sent.text) and not old_times)
                     or POLL_DETAIL.search(p.sent.text))):
            attr = Attribution(claimant=carried.name, via=list(carried.via))
        place_size = _sizes_a_place(p.sent.text, fig.start, fig.end)
        if place_size or attr.claimant and q is None and _aside_on_a_name(anchor):
            # "a city of more than 200,000", "Freya, a 600kg walrus,": the outlet's aside
            attr = Attribution(claimant=None, via=[])
        when = figure_time(anchor, attr, time_heads, published, p.sent.text)
        since = UNDATED_SINCE.match(p.sent.text, fig.end)
        if since and any(fig.end <= t.start < since.end() + 40 for t in times):
            since = None  # "since the start of March": dated after all
        if place_size or since:
            # the size is no count of the day the sentence reports; "a total of 84,000 since the
            # beginning of the pandemic" runs from a start the text does not date, not the week before
            when = None
        if when is None and attr.claimant and (dated := DATED_DOCUMENT.search(attr.claimant)) \
                and dated.group(1) in p.sent.text:
            when = f"{dated.group(1)}-01-01/{dated.group(1)}-12-31"  # "in a 2014 Pew study, 78 percent": its year
        when = _as_of_dated_source(p.sent.text[:fig.start], when, published) or when
        if when is None and earlier is not None and same_period(anchor):
            when = earlier
        earlier = when or earlier  # "raised $9 million in February, burning $17.5 million over the month"
        when = when or fieldwork
        stated = claim_statement_time(attr, time_heads)
        if quoted_from_elsewhere and said_on:
            # the speaking frame sits in another sentence of the quotation: its day is the statement's
            stated = stated or said_on
            when = when or said_on
        out.append(
            Claim(
                doc=doc,
                quote=fig.quote,
                low=fig.low,
                high=fig.high,
                bound=fig.bound,
                unit=what.unit,
                event=what.event,
                subject=what.subject,
                claimant=_without_aside(attr.claimant),
                via=attr.via,
                time=when,
                hedged=_hedged(p.span, fspan, anchor, attr),
                negated=_negated(anchor, attr),
                sentence=p.sent.text,
                span=(p.sent.start + fig.start, p.sent.start + fig.end),
                kind=fig.kind,
                sentence_span=(p.sent.start, p.sent.end),
                statement_time=stated,
            )
        )
    return out


# "In Manzhouli, a city of more than 200,000, …", "the archipelago nation, home to 270 million
# people": the outlet's aside on how big a place is, neither the speaker's figure nor the day's.
_PLACE_NOUNS = ("city|town|country|nation|state|region|province|district|village|island|islands|archipelago|"
                "county|municipality|metropolis|community|capital|suburb|enclave|territory")
_QUALIFIER = r"(?:(?:about|around|some|roughly|nearly|almost|approximately|more\s+than|over|fewer\s+than|less\s+than|just\s+over|just\s+under|under|at\s+least)\s+)?"
PLACE_SIZE_BEFORE = re.compile(
    rf"(?:,|\(|—|–)\s*(?:(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_PLACE_NOUNS})\s+of|home\s+to|"
    rf"with\s+(?:a|its)\s+population\s+of)\s+{_QUALIFIER}$", re.I)  # ("the US, with a population of 330 million,")
PLACE_SIZE_AFTER = re.compile(r"^(?:\s+(?:people|residents|inhabitants|souls|citizens))?\s*(?:,|\)|—|–|\.|$)")


# "Napier, a remand prisoner at the time": a name that kept the apposition describing it
NAME_ASIDE = re.compile(r"^(?P<name>[A-Z][^,]{1,60}?),\s+(?:a|an|the|who|which|whose)\s.*$")


def _without_aside(name: str | None) -> str | None:
    m = NAME_ASIDE.match(name) if name else None
    return m.group("name") if m else name


UNDATED_SINCE = re.compile(r"[^,;.]{0,60}?\bsince\s+(?:the\s+)?(?:beginning|start|outbreak|onset|launch|founding|"
                           r"creation|inception|dawn)\s+of\b", re.I)


# A figure written with a multiplier ("148 mln", "$2.5 billion", "4.1bn").
SCALED = re.compile(rf"\d(?:\s*(?:{'|'.join(sorted(SCALE_WORDS))})|[mk])\b", re.I)


def _sizes_a_place(text: str, start: int, end: int) -> bool:
    return bool(PLACE_SIZE_BEFORE.search(text[:start])) and bool(PLACE_SIZE_AFTER.match(text[end:]))


# "The poll was conducted between Oct. 30 and Nov. 9, and surveyed 2,000 people with a margin of
# error of 2.8 points": the days a poll was in the field, which date its sample and its margin.
_DATED_TEXTS = "study|survey|poll|report|census|analysis|review|audit|paper|assessment"
DATED_DOCUMENT = re.compile(rf"\b((?:19|20)\d\d)\b(?:\s+[A-Z][\w&.-]*)*\s+(?i:{_DATED_TEXTS})\b")
# "2018 figures show that 36.9% ... in the past month": the figures are of their year, and a
# "past month" in them is theirs too, not the month before publication.
DATED_SOURCE = re.compile(rf"\b((?:19|20)\d\d)\s+(?:figures|data|statistics|numbers|{_DATED_TEXTS})\s+"
                          r"(?:show|showed|shows|found|find|finds|suggest|suggests|suggested|indicate|indicates|reveal|reveals)\b")


def _as_of_dated_source(before: str, when: str | None, published: str | None) -> str | None:
    m = DATED_SOURCE.search(before)
    if m is None or published is None or m.group(1) >= published[:4]:
        return None
    year = m.group(1)
    bounds = value_bounds(when) if when else None
    if bounds is not None and bounds[0].year <= int(year) <= bounds[1].year:
        return None  # the figure's own time falls in the source's year
    return f"{year}-01-01/{year}-12-31"


FIELDWORK = re.compile(r"\b(?:conducted|taken|carried out|fielded|in the field)\b", re.I)


def _fieldwork(sentence: str, times: list[TimeRef]) -> str | None:
    """The field period of a sentence giving a poll's details, when it names just one span of days."""
    if not FIELDWORK.search(sentence) or not POLL_DETAIL.search(sentence):
        return None
    spans = {t.value for t in times if "/" in t.value and len(t.value) == 21}
    return spans.pop() if len(spans) == 1 else None


def _figure_root(fspan: Span) -> Token:
    """The token a figure hangs from: its number's phrase, not a bound word in front that the parser
    made the head ('as low as 12 percent' under 'low')."""
    num = next((t for t in fspan if t.like_num or t.tag_ == "$"), None)
    if num is not None and fspan.root.i < num.i:
        return fspan.doc[num.i : fspan.end].root
    return fspan.root


def _names_an_earlier_year(text: str, published: str | None) -> bool:
    """Whether the sentence names a year before the report's."""
    return published is not None and any(y < published[:4] for y in YEAR_WORD.findall(text))


YEAR_WORD = re.compile(r"\b((?:19|20)\d\d)\b")


def _others_voice(frame: Frame) -> bool:
    """'… rose 2.3 percent in April – economists have said they expect …': unnamed experts speaking
    in the sentence end a poll's listing there (its respondents, "54 percent said", do not)."""
    spk = frame.speaker_token
    return frame.kind == "verb" and spk is not None and is_anonymous(spk) \
        and not any(t.like_num or t.text == "%" for t in spk.subtree)


LISTING_REACH = 3  # paragraphs after the poll's last results within which a cue ("The results …") goes back to it
# "These voters", "Those surveyed", "Among independents", "In addition": the sample of the poll just listed,
# named again, or the listing said to go on
RESPONDENTS_AGAIN = re.compile(r"^(?:(?:These|Those|Such)\s+(?:\w+\s+)?(?:voters|respondents|adults|people|Americans|"
                               r"residents|surveyed|polled|asked|likely|registered)\b|Among\s|Of\s+(?:those|them)\b|"
                               r"In\s+addition\b)")
# "70% of those surveyed", "that poll": a sentence that says it reports the poll's answers
POLL_ANSWERS = re.compile(r"\b(?:(?:those|people|voters|adults|Americans)\s+(?:surveyed|polled|questioned|asked|interviewed)|"
                          r"(?:that|this|the same)\s+(?:poll|survey))\b", re.I)


# "The poll was conducted …", "The results are bad news for …", "When asked which …": the poll itself again
POLL_AGAIN = re.compile(r"^(?:(?:The|These|Its)\s+(?:(?:new|latest|same|full)\s+)?(?:poll|survey|results|findings|"
                        r"figures)\b|(?:When\s+)?[Aa]sked\b)")


def _continues_listing(span: Span) -> bool:
    """Does a sentence in a new paragraph say it goes on with the poll's results ('also', 'These voters',
    'The poll was conducted …')? ('of those surveyed' anywhere, `POLL_ANSWERS`, reaches further.)"""
    text = span.text.lstrip()
    return has_continuation_cue(span) or RESPONDENTS_AGAIN.match(text) is not None or POLL_AGAIN.match(text) is not None


SURVEYED = re.compile(r"\b(?:surveyed|polled)\b")


def _listing_after(text: str, paragraph: int, speaker: Carried | None,
                   poll: tuple[int, Carried] | None) -> tuple[int, Carried] | None:
    """The poll whose results the story is listing after a sentence that names `speaker` (or no
    one): a poll it names, or the one before while the text still reads it out ("The poll showed
    …", "Military Times surveyed troops …", its pollster speaking); a sentence reporting anyone
    else's words ends the listing."""
    if speaker is None:
        if poll is not None and (POLL_NAMED.search(text) or SURVEYED.search(text)):
            return paragraph, poll[1]  # ("Fleet Courier surveyed sailors on several matchups.": its fieldwork)
        return None if REPORT_CUE.search(text) else poll
    generic = not any(w[:1].isupper() for w in speaker.name.split())
    if poll is not None and generic and POLL_NAMED.search(speaker.name) and poll[1].name[:1].isupper():
        return paragraph, poll[1]  # "the poll", "the survey": the one named before
    if POLL_NAME.search(speaker.name):
        return paragraph, speaker
    if poll is not None and (speaker.name in poll[1].name or poll[1].name in speaker.name):
        return paragraph, poll[1]  # "Military Times found …" while listing the Military Times survey
    if not generic and POLL_NAMED.search(text):  # "The poll, released by the X Institute, showed …"
        named = OWN_NAMED_POLL.search(text)
        if named is not None and speaker.name not in named.group("name"):
            # "After Gove announced …, the latest Opinium poll gives Labour …": the poll the sentence names
            return paragraph, Carried(named.group("name"), [])
        return paragraph, speaker
    return None


# A poll named by its pollster in the sentence ("the latest Opinium poll", "a YouGov survey").
OWN_NAMED_POLL = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:new|latest|recent|fresh)\s+)?"
                            r"(?P<name>(?:[A-Z][\w.&/'’-]*\s+){1,4}(?:poll|survey))\b")


# A poll's name ("Quinnipiac University poll", "the latest CNN/ORC survey") and a share of its
# respondents: after a sentence that gives a poll's results, further shares in the same paragraph
# without a frame of their own ("Carson trails them at 13 percent.") go on listing them.
POLL_NAME = re.compile(r"\b(?:poll|polls|polling)$", re.I)  # opinion polls; a "survey" is as often a data series
SHARE_UNITS = frozenset({"percent", "point", "percentage point"})  # "leads by 21 points" quoted as "21"
SHARE = re.compile(r"%|\bper ?cent\b|\bpoints?\b|\bpercentage\b|\bhalf\b|\bthirds?\b|\bin (?:\w+ )?(?:10|ten)\b", re.I)
# Words of a poll's results ("Among likely voters, 46 percent…", "She leads him 49 percent to 47"):
# in the paragraphs after a poll's, a share needs one to be the poll's ("Turnout reached 61
# percent in the last race" is not).
RESPONDENTS = re.compile(r"\b(?:voters?|respondents?|adults|Americans|residents|likely|registered|leads?|led|ahead|edge|"
                         r"trails?|trailing|approv\w*|disapprov\w*|favou?rabl\w*|favou?r(?:s|ed)|support\w*|backs?|backed|choose|"
                         r"prefer\w*|agreed?|disagreed?|unsure|undecided|[Ww]hen asked|oppos\w*|"
                         # the candidates' standings: "earned 51 percent", "is in third place with 24
                         # percent", "comes in second with 34", "received 38 percent", "tied at 4 percent"
                         r"earn(?:s|ed)?|receiv\w+|prevail\w*|tied|place|comes? in|came in|held|holds)\b")
# A poll's own details ("the sample is 834", "a margin of sampling error of 4 points", "a phone
# survey of 1,704 adults"): the poll's too (not "Calder has 3.9 million registered voters").
POLL_DETAIL = re.compile(r"\b(?:sample|margin of (?:sampling )?error|respondents|surveyed|interviewed|polled|"
                         r"survey of)\b", re.I)
# "…, according to a new Washington Post-ABC News national poll." / "A new Quinnipiac poll shows …"
POLL_LEAD = re.compile(r"(?:\baccording to (?:a |an |the )?|^(?:A|An|The) )(?:(?:new|latest|recent|fresh)\s+)?"
                       r"(?P<name>(?:[A-Z][\w.&/'’-]*\s+){1,5}(?:(?:national|statewide|state|online|tracking)\s+)?"
                       r"(?:poll|survey))\b(?:(?!\baccording\b).)*$|"
                       r"^(?:A|An|The) (?:(?:new|latest|recent|fresh)\s+)?(?P<name2>(?:[A-Z][\w.&/'’-]*\s+){1,5}poll)"
                       r"\s+(?:shows|showed|finds|found|released)\b")


SOURCE_NOUNS = frozenset("person people source official diplomat insider aide executive".split())
UNNAMED_SOURCE = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:familiar\s+with|briefed\s+on|with\s+knowledge\s+of|"
                            r"close\s+to|who\s+(?:spoke|asked|requested|declined|were\s+not))\b", re.I)


def _counts_sources(fig: Figure, anchor: Token) -> bool:
    """'according to two people familiar with the matter', 'three officials said': how many
    sources a report has is how it knows, not a figure it reports."""
    noun = anchor.head if anchor.dep_ == "nummod" else None
    if fig.kind != "count" or noun is None or fig.low > 12 or noun.lemma_.lower() not in SOURCE_NOUNS:
        return False
    after = noun.doc[noun.i + 1: min(noun.i + 8, len(noun.doc))].text
    verb = noun.head
    return bool(UNNAMED_SOURCE.match(after)) or (
        noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according") or (
        noun.dep_ == "nsubj" and verb.lemma_.lower() in lx.REPORT_VERBS and verb.lemma_.lower() != "estimate")


def _quote_speaker_wins(attr: Attribution, s: Sentence, q: Quote) -> bool:
    """Inside a quotation its speaker holds the figure, unless a frame inside the quote names
    someone else outright ("we know, the FBI says, that ...")."""
    f = attr.frame
    if attr.claimant is None or f is None:
        return True
    pos = s.start + f.cue.idx
    if not (q.start < pos < q.end):
        return False  # the quotation's own frame already spoke
    spk = f.speaker_token
    return spk is None or f.generic or not is_named(spk, strict=True)


def _continues(span: Span, attr: Attribution, frames: list[Frame], anchor: Token, carried: str = "") -> bool:
    """Carry a claimant over only where the sentence continues a report: a sentence with no
    frame of its own and a continuation cue ("also", "added", a pronoun subject of a
    reporting verb). A sentence whose own speaker does not hold the figure ("he told 2,300
    people gathered in the hall") says the figure is not that report's. Quotations get their
    speaker elsewhere (`_quote_speakers`); a clause after a semicolon is a sentence of its own."""
    own = [f for f in frames if f.kind == "verb" and f.speaker and not any(
        t.text == ";" for t in anchor.doc[min(anchor.i, f.cue.i):max(anchor.i, f.cue.i)])]
    return not attr.frames and not own and has_continuation_cue(span) and not _the_speaker_as_topic(span, carried) \
        and not _unnamed_speakers_of_their_own(span)


def _aside_on_a_name(anchor: Token) -> bool:
    """'The premier said it was right to put down Freya, a 600kg walrus euthanised on Sunday': a
    figure in a phrase set off after a name says what that named thing is, in the outlet's words."""
    node = anchor
    while node.head != node:
        if node.dep_ == "appos" and (node.pos_ == "NOUN" or node.text.islower()) and node.head.pos_ == "PROPN" \
                and node.i > node.head.i \
                and node is not anchor and node.doc[node.left_edge.i].lower_ in ("a", "an") \
                and node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == "," \
                and any(t.like_num for t in node.doc[node.left_edge.i : node.i]):
            return True
        if node.dep_ in ("ccomp", "relcl", "advcl", "ROOT"):
            return False
        node = node.head
    return False


def _unnamed_speakers_of_their_own(span: Span) -> bool:
    """'Many of the 64 senators voting for it also lamented that …': the sentence reports people of
    its own, though none named; the 'also' adds them to those before, it does not carry a name."""
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj is not None and root.lemma_.lower() in SPEAKING_VERBS \
        and subj.lower_ not in PRONOUNS and subj.pos_ != "PROPN"


SPEAKING_VERBS = lx.REPORT_VERBS | lx.STANCE_VERBS
PRONOUNS = lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP
UNRESOLVED_PRONOUNS = PRONOUNS | frozenset("we i you us me".split())
# Words a claimant can never be, as written (not "WHO"), which a misparse can leave as one: a relative
# pronoun ("…, which warned …" read apart from its antecedent), a market quote ("Futures indicated …")
# or "time" ("time spent on Twitter" misread as the subject of "lowered his forecast")
NOT_CLAIMANTS = frozenset("which who whom whose that Which That futures Futures time".split())


def _the_speaker_as_topic(span: Span, carried: str) -> bool:
    """'Mr Moss will also get a £300,000 bonus': the speaker just quoted, named again as the subject
    of what happens to them, is what the outlet reports on, not who reports it ('also' or not)."""
    for t in span:
        if t.lower_ != "also" or t.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = t.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "PROPN" and subj.text in carried \
                and verb.lemma_.lower() not in lx.REPORT_VERBS | lx.STANCE_VERBS:
            return True
    return False


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while tok.head != tok:
        tok = tok.head
        out.append(tok)
    return out


def _hedged(span: Span, fspan: Span, anchor: Token, attr: Attribution) -> bool:
    if DISCLAIMER.search(span.text):
        return True
    near = span.doc[max(fspan.start - 2, 0): fspan.end]
    if any(t.lower_ in ("estimated", "alleged", "purported", "possible") for t in near):
        return True
    for node in _ancestors(anchor):
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and lemma in lx.HEDGE_VERBS and not reports_nothing(node, lemma):
            return True  # (not "the storm claimed 12 lives")
        if node.pos_ == "NOUN" and lemma in lx.HEDGE_NOUNS:
            return True
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in lx.HEDGE_MODALS and child != name_read_as_modal(node):
                return True
            if child.dep_ == "advmod" and child.lower_ in lx.HEDGE_ADVERBS:
                return True
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            break  # "X estimated A and said B": doubt does not distribute over coordinated clauses
    frame = attr.frame
    return frame is not None and frame.cue.lemma_.lower() in lx.HEDGE_VERBS | lx.HEDGE_NOUNS \
        and not reports_nothing(frame.cue, frame.cue.lemma_.lower())


def _negated(anchor: Token, attr: Attribution) -> bool:
    for node in _ancestors(anchor):
        if node.pos_ == "VERB" and node.lemma_.lower() in lx.DENY_VERBS:
            return True
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in node.children):
            return True
    frame = attr.frame
    if frame is not None and frame.kind == "verb":
        if frame.cue.lemma_.lower() in lx.DENY_VERBS:
            return True
    return False


def _apply_disclaimers(sents: list[Sentence], claims: list[Claim]) -> None:
    """'X could not independently verify the claims' casts doubt on the report just before it."""
    for k, s in enumerate(sents):
        if k == 0 or not DISCLAIMER.search(s.text) or find_figures(s.text):
            continue
        prev = sents[k - 1]
        for c in claims:
            if c.sentence_span == (prev.start, prev.end):
                c.hedged = True


def _headline_claims(doc: str, title: str, figs: list[Figure], span: Span, published: str | None,
                     kind: str = "headline") -> list[Claim]:
    """A headline's figures are claims too (FORMAT: every occurrence counts, headline included)."""
    sent = Sentence(0, len(title), title, -1)
    parsed = _Parsed(sent, span, figs)
    frames = find_frames(span, SourceTracker())
    out = _claims_of(doc, parsed, frames, published, None)
    credit = title_credit(title)
    for c in out:
        c.basis = kind
        c.sentence_span = (-1, -1)
        if c.claimant is None and credit is not None and c.span is not None and c.span[1] <= credit.start():
            c.claimant = credit.group("source")  # "Arsenal to cost $1.2 trillion: CBO": the wire's credit line
    return out
