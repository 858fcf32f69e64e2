"""`SourceTracker`: per-document memory of who has spoken, for pronouns, descriptors and carry-over.

It reads each sentence's text as the document goes by (leads, officials, groups, polls, section
headings) and resolves 'he', 'the agency' or 'the poll' to a source seen earlier. It is separate
because it is state across sentences, while the layers above read one sentence's parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution.phrases import (
    _could_be_person,
    _dated,
    _is_bare_descriptor,
    _is_role_noun,
    _journal_of,
    _named_apposition,
    _named_subject_before,
    _org_name,
    _plural_phrase,
    _strip_article,
    _time_word,
    _without_role_in_front,
    dominates,
    looks_like_person,
    noun_phrase,
)
from newsledger.extract.attribution.shapes import (
    _KEEP_CAPS,
    _PLACE_PREP_BEFORE,
    _RANK_BEFORE,
    _VERB_AFTER,
    ACCORDING_TO,
    ACCORDING_TO_ISSUER,
    AFFILIATION_BEFORE,
    ASKED,
    BODY_SAID,
    BODY_WORDS,
    BUSINESS_WORDS,
    COURTESY_NAME,
    DOCUMENT_AGE,
    DOCUMENT_SHAPE,
    FIRST_PERSON,
    FULL_NAME_SHAPE,
    GENERIC_ORG_WORDS,
    INSTITUTION_WORDS,
    INVERTED_SPEAKER,
    INVERTED_SURNAME,
    KIND_NAME,
    KIND_NAME_ENDINGS,
    LEAD_PERSON,
    LEAD_WORDS,
    LEADING_PREPOSITIONS,
    LOOSE_ORG_WORDS,
    NAME_SUFFIX,
    NAME_THEN_ROLE,
    NAMED_OF_PLACE,
    NAMED_TEAM,
    NON_BUSINESS,
    NOT_NAME_STARTS,
    NOT_SECTION_WORDS,
    OPENING_ADVERBS,
    ORG_DESCRIPTORS,
    ORG_SHAPE,
    PERSON_OF_PLACE,
    PERSON_ROLES,
    PERSON_SHAPE,
    PERSON_TITLE_START,
    PERSONAL_TITLE,
    PLURAL_GROUP_LEAD,
    PLURAL_ROLE,
    PORTFOLIO_COMMA_NAME,
    PUBLIC_BODY,
    PUBLIC_ORG_WORDS,
    PUBLISH_WORDS,
    PUBLISHED_BY,
    PUBLISHES,
    QUOTE_THEN_TAG,
    QUOTED_SURNAME,
    RANK_PREFIXES,
    REPORT_TEXTS,
    ROLE_COMMA_NAME,
    ROLE_OR_ANON,
    ROLE_THEN_NAME,
    ROLE_TITLE_WORDS,
    SAID_IN_STATEMENT,
    SAID_OF_ITSELF,
    SECTION_BREAK,
    SECTION_HEADING,
    SINGLE_OFFICIALS,
    SOURCES_INSIDE_SAID,
    STORY_POLL_LEAD,
    SURNAME_LAST,
    SURNAME_LEAD,
    SURNAME_REPORTS,
    TEAM_MENTION,
    THE_NAME_LEAD,
    TICKER,
    TITLE_NAME,
    TITLED_SURNAME,
    TITLES,
    UNNAMED_TELLER,
)
from newsledger.extract.places import is_country
from newsledger.extract.sexes import first_name_sex, is_first_name

POLL_REACH = 1  # paragraphs after the one that names a poll in which its respondents still speak for it
POLL_WORD = re.compile(r"\b(?:[Pp]oll|[Ss]urvey)s?\b")
LEAD_PARAGRAPHS = 3  # the headline and the opening paragraphs, where a story says what it reports

# "a senior White House official told Reuters", "an Indian finance ministry official said": an
# anonymous official of a named body, the one "the official said" means further down
_OFFICIAL_WORDS = r"official|spokes(?:man|woman|person)"
AFFILIATED_OFFICIAL = re.compile(
    rf"\b(?:an?|one)\s+(?P<who>(?:[\w.'’-]+\s+){{1,5}}?(?:{_OFFICIAL_WORDS}))\s+(?:said|says|told|added)\b")
THE_SAME_OFFICIAL = re.compile(rf"\b(?i:the)\s+(?P<word>{_OFFICIAL_WORDS})\s+(?:said|says|told|added)\b")
# "according to three senior administration officials", "which infectious disease experts say": a group
# of sources whose words say what they are, the group "the officials" and "those experts" mean later
AFFILIATED_GROUP = re.compile(
    r"\b(?:according\s+to\s+(?:(?:two|three|four|five|six|several|some)\s+)?(?P<who>(?:[\w.'’-]+\s+){1,3}?"
    r"(?:officials|experts|analysts|economists|sources))\b"
    r"|(?P<who2>(?:[\w.'’-]+\s+){1,3}?(?:officials|experts|analysts|economists|sources))\s+(?:said|say|says|told|warned)\b)")
GROUP_LEAD_WORDS = frozenset("which that who whom whose what how and but as while when where because many most "
                             "the those these this a an other some all".split())
THE_SAME_GROUP = re.compile(
    r"\b(?:(?:said|says|according\s+to)\s+(?:the|those|these)\s+(?P<word2>officials|experts|analysts|economists|sources)\b"
    r"|(?:the|those|these)\s+(?P<word>officials|experts|analysts|economists|sources)\s+(?:(?:also|have|had)\s+)?"
    r"(?:said|say|says|told|added|stressed)\b)", re.I)


# Words in front of "the poll", "the study" that pick out no other document than the one just named.
SAME_DOCUMENT_WORDS = frozenset("new latest same earlier recent last previous first second original full final "
                                "above following whole entire".split())


@dataclass
class SourceTracker:
    """Per-document memory of who has been speaking, for pronouns, descriptors and carry-over."""

    persons: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: set[str] = field(default_factory=set)  # names the parser tagged as countries, states, cities
    speakers: list[str] = field(default_factory=list)  # people who have been quoted
    claimants: list[str] = field(default_factory=list)
    documents: list[tuple[str, str]] = field(default_factory=list)  # (head lemma, name) of named polls, studies
    things: list[str] = field(default_factory=list)  # sources that are not people, latest last: what 'it' is
    roles: list[tuple[str, str]] = field(default_factory=list)  # (role word, name): what 'the firm' is
    sentence_no: int = 0
    unnamed_teller: int | None = None  # the sentence where "One driver told News 3 …" spoke, unnamed
    lead: tuple[int, str] | None = None  # (sentence number, the person that sentence opens with)
    spoke_at: dict[str, int] = field(default_factory=dict)  # person -> the last sentence they spoke in
    asked: tuple[int, str] | None = None  # (sentence number, the person a question was put to): who replies
    lead_org: tuple[int, str] | None = None  # (sentence number, the institution that sentence opens with)
    publishers: list[tuple[str, str]] = field(default_factory=list)  # (document kind, who released it)
    paragraph: int = 0
    poll_paragraph: int | None = None  # the paragraph that last named or cited a poll or survey
    lead_poll: str | None = None  # a poll the headline or the first paragraphs name: what the story reports
    lead_poll_paragraphs: set[int] = field(default_factory=set)  # which of those paragraphs cite a poll
    sexes: dict[str, str] = field(default_factory=dict)  # surname -> 'm' / 'f', learnt from confident he/she
    # when each (kind, name) of `documents` and `publishers` was last noted: 'the survey' is the
    # latest survey, whether the text named the survey or only who carried it out
    noted_at: dict[tuple[str, str], int] = field(default_factory=dict)
    notes: int = 0  # how many such notes so far: the clock of `noted_at`
    known_orgs: set[str] = field(default_factory=set)  # names the text showed are no person ("X said it had sold")
    pair: tuple[int, int, str] | None = None  # (sentence, paragraph, the last claimant of two or more names): 'the two firms'
    officials: list[tuple[int, str]] = field(default_factory=list)  # (sentence, "senior White House official"): 'the official'
    official_speaker: tuple[int, str] | None = None  # (sentence, "ministry official"): the one official who spoke last
    # the clock of `lead`: sentences of quoted speech ('“… . … .” He added …') do not move it, since a
    # running quotation keeps its speaker in focus however many sentences it runs
    focus: int = 0
    lead_focus: int = 0
    in_quote: bool = False  # does the sentence before end inside an open quotation?
    plural_lead: tuple[int, str] | None = None  # (sentence, "team of researchers") a sentence opened with: 'they' next
    section: tuple[int, str] | None = None  # (paragraph, business) a factbox's capitalised heading names: 'the insurer' below it
    tickers: bool = False  # has a heading given a company's ticker ("ALLSTATE CORP (ALL.N)")?
    story_polls: set[str] = field(default_factory=set)  # every poll or survey the story names, wherever
    given_names: dict[str, set[str]] = field(default_factory=dict)  # surname -> the given names the story pairs it with

    def read_ahead(self, texts: list[str]) -> None:
        """Note the polls the whole story names: "A poll showed … The poll found …", then "The YouGov
        poll with Sky News found …" a paragraph on, is one poll, named late."""
        for text in texts:
            for m in FULL_NAME_SHAPE.finditer(text):  # "Hunter Biden", "Joseph R. Biden Jr.": two Bidens
                words = _without_title_words(NAME_SUFFIX.sub("", m.group(0))).split()
                if len(words) >= 2 and words[0] not in ROLE_TITLE_WORDS and not TITLED_SURNAME.match(" ".join(words)):
                    self.given_names.setdefault(words[-1], set()).add(words[0])
            for m in DOCUMENT_SHAPE.finditer(text):
                name = DOCUMENT_AGE.sub("", re.sub(STORY_POLL_LEAD, "", m.group(0).strip()))
                if m.group("kind").lower().rstrip("s") in ("poll", "survey") and name[:1].isupper() \
                        and len(name.split()) > 1:  # ("This survey", "Another poll" name no poll)
                    self.story_polls.add(name)

    def next_sentence(self, text: str, paragraph: int = 0) -> None:
        """Move to the next sentence of the body, remembering the person it opens with: a 'he' or
        'she' in the sentence after is most often that person (the subject of the sentence before),
        not the last person quoted further up."""
        self.sentence_no += 1
        if paragraph != self.paragraph or self.sentence_no == 1:
            heading = _section_heading(text, self.tickers)
            if heading is not None and TICKER.search(text):
                self.tickers = True  # a list of companies with their tickers: its plain headings are companies too
            if heading is not None or SECTION_BREAK.match(text):
                self.section = (paragraph, heading) if heading is not None else None
        self.paragraph = paragraph
        quoted = self.in_quote or text.lstrip()[:1] in ("“", '"')
        self.in_quote = _ends_inside_quote(text, self.in_quote)
        if not quoted:
            self.focus += 1
        if paragraph <= LEAD_PARAGRAPHS and POLL_WORD.search(text):  # "AP-GfK Poll: …", a headline unparsed
            self.lead_poll_paragraphs.add(paragraph)
        # '“Trump was up 5 points …,” he said': the name opens the quotation, not the sentence
        tagged = quoted and QUOTE_THEN_TAG.search(text) is not None
        m = LEAD_PERSON.match(text)
        if m is not None:
            name = m.group("courtesy") or m.group("name") or m.group("name2") or m.group("name3") or m.group("name4") \
                or m.group("name5") or m.group("name6") or m.group("name7")
            if _could_be_person(name) and not _org_name(name):
                if not tagged:
                    self._lead_on(name)
                self._push(self.persons, name)
        elif not tagged and (m := SURNAME_LEAD.match(text)) is not None and (known := self.person_by_surname(m.group("name"))):
            self._lead_on(known)  # "Canova has repeatedly ripped ...", after "Tim Canova"
        elif not tagged and (m := SURNAME_LAST.search(text)) is not None and (known := self.person_by_surname(m.group("name"))):
            self._lead_on(known)  # "Asked whether …, Ban demurred.": the main clause's subject
        if "olleagues" in text or "o-author" in text or "oauthor" in text:
            for m in TEAM_MENTION.finditer(text):  # '"…," wrote Laukkanen and his colleagues.': a team named
                lead = m.group("lead")
                full = self.person_by_surname(lead) if " " not in lead else (lead if first_name_sex(lead) else None)
                if full:  # a researcher's team, never "Maryland and their coauthors"
                    self._push(self.groups, m.group(0).replace(lead, full, 1))
        group = PLURAL_GROUP_LEAD.match(text)
        if group is not None:  # "An international team of researchers tracked …. They found …"
            name = _strip_article(group.group("name"))
            lead = group.group("lead")
            full = self.person_by_surname(lead) if lead is not None and " " not in lead else None
            self.plural_lead = (self.sentence_no, name.replace(lead, full, 1) if full else name)
        opening = LEAD_WORDS.match(text)
        m = ORG_SHAPE.match(text, opening.end()) if opening else None
        the_name = THE_NAME_LEAD.match(text) if m is None else None
        if m is not None:  # "The independent Fiscal Council was sceptical. … it said": the council
            self.lead_org = (self.sentence_no, m.group(0))
            self._push(self.orgs, m.group(0))
        elif the_name is not None and the_name.group("name").split()[0] not in NOT_NAME_STARTS:
            # "The Telegraph was the first publisher to pull out … Instead it published …": a name
            # with 'the' is a body, and the 'it' of the next sentence
            self.lead_org = (self.sentence_no, the_name.group("name"))
        if UNNAMED_TELLER.match(text):  # "One driver told News 3 he uses both …": the next 'he' is that driver
            self.unnamed_teller = self.sentence_no
        self.note_roles(text)
        self.note_officials(text)
        for m in SAID_OF_ITSELF.finditer(text) if " it" in text else ():  # "Walmart said it is providing masks"
            name = m.group("name")
            if name.split()[0] not in NOT_NAME_STARTS | LEADING_PREPOSITIONS and name not in self.persons + self.speakers \
                    and name.lower() not in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP | {"this", "that", "we", "i", "you"}:
                self.note_organisation(name)
        for m in ASKED.finditer(text):  # "Cardew asked Teague how many …": Teague answers next
            who = self.person_by_surname(m.group("name").split()[-1]) or m.group("name")
            self.asked = (self.sentence_no, who)

    def _lead_on(self, name: str) -> None:
        """Put `name` in focus as the person this sentence opens with, on the quotation-aware clock."""
        self.lead, self.lead_focus = (self.sentence_no, name), self.focus

    def replier(self, sex: str) -> str | None:
        """Who 'replied' or 'answered': the person a question was just put to."""
        if self.asked is None or self.sentence_no - self.asked[0] > 1 or self.sex_of(self.asked[1]) not in (None, sex):
            return None
        return self.asked[1]

    def note_roles(self, text: str) -> None:
        """Names the text introduces together with what they are ('snack maker Halbrook Foods',
        'Redline, a security firm', 'The regional governor, Tomas Erdei,') and who released a
        document ('figures released by the transit authority'), so that a later 'the firm',
        'he' or 'the report' can be resolved. Read off the text: it costs no parse."""
        for m in ROLE_THEN_NAME.finditer(text):
            self._note_role(_ranked(text, m), m.group("name"))
        for m in ROLE_COMMA_NAME.finditer(text):  # "whose chairman, Gerard Voss, stood by it"
            self._note_role(_ranked(text, m), m.group("name"))
        for m in PORTFOLIO_COMMA_NAME.finditer(text):  # "Minister for National Health Services, Mustafa Kamal,"
            self._note_role(m.group("role"), m.group("name"))
        if ", " in text:
            for m in NAME_THEN_ROLE.finditer(text):
                if m.group("name") and m.start() == 0 and (re.fullmatch(r"[A-Z][a-z]{3,}ly", m.group("name"))
                                                           or m.group("name") in OPENING_ADVERBS):
                    continue  # "Initially, the service will …", "Overall, the group found …": an adverb opening the sentence
                if _place_then_subject(text, m):
                    continue  # "Speaking in National Assembly, the minister highlighted …'
                self._note_role(m.group("role") or m.group("role2"), m.group("name") or m.group("name2"))
        for m in TITLE_NAME.finditer(text):  # "Sen. Ana Ruiz": 'the senator' later
            self._note_role(TITLES[m.group("title").rstrip(".")], m.group("name"))
        for m in KIND_NAME.finditer(text):  # "an Ardan Air passenger plane": 'the airline' later
            self._push(self.orgs, m.group(0))
        if PUBLISH_WORDS.search(text):
            for m in list(PUBLISHED_BY.finditer(text)) + list(PUBLISHES.finditer(text)):
                self.note_publisher(m.group("kind"), _strip_article(m.group("name")).rstrip("."))
        if "statement" in text:  # "The Security Committee, chaired by …, said in a statement": 'the statement' later
            for m in SAID_IN_STATEMENT.finditer(text):
                name = _strip_article(m.group("name"))
                if name.split()[0] not in NOT_NAME_STARTS | LEADING_PREPOSITIONS:
                    self.note_publisher("statement", name)  # (a person's statement is theirs too)

    def note_organisation(self, name: str) -> None:
        """A name the text itself shows is no person ("Delmar Telecom said it had sold …"): a
        later 'the company' may stand for it, and 'he' never does."""
        self.known_orgs.add(name)
        for pool in (self.persons, self.speakers):
            if name in pool:
                pool.remove(name)
        self.spoke_at.pop(name, None)
        if self.lead is not None and self.lead[1] == name:
            self.lead = None
        self._push(self.orgs, name)
        self._push(self.groups, name)
        self._push(self.things, name)

    def note_publisher(self, kind: str, name: str) -> None:
        if name.lower() in FIRST_PERSON | {"our", "my"}:
            return  # "our survey": the outlet's own, which names no one
        self._note_poll(_document_family(kind))
        entry = (_document_family(kind), name)
        self.publishers = [p for p in self.publishers if p != entry] + [entry]
        self._noted(entry)

    def _noted(self, entry: tuple[str, str]) -> None:
        self.notes += 1
        self.noted_at[entry] = self.notes

    def _named_kind(self, head: Token) -> str | None:
        """'the UK's second-biggest airport': a place's ranked thing of one kind, which the story named
        before as a name ending in that kind's word ('Gatwick airport')."""
        place = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if head.pos_ != "NOUN" or head.tag_ != "NN" or place is None or head.doc[head.left_edge.i].lower_ != "the" \
                or any(t.pos_ == "PROPN" and t.i != place.i and not dominates(place, t) for t in head.subtree):
            return None
        if not any(c.dep_ == "amod" and (c.tag_ == "JJS" or "-" in c.text or c.lower_ in RANK_PREFIXES)
                   for c in head.children):
            return None
        if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in head.head.children):
            return None  # (only going on about the one just named: "… also said"; the rank alone tells no name)
        word = " " + head.lower_
        found = [n for n in self.claimants + self.orgs + self.groups if n.lower().endswith(word) and len(n) > len(word)]
        return found[-1] if found else None

    def _latest(self, named: list[tuple[str, str]], issued: list[tuple[str, str]]) -> str | None:
        """The name of whichever of these documents or issuers the text noted last."""
        both = named + issued
        return max(both, key=lambda e: self.noted_at.get(e, -1))[1] if both else None

    def _note_role(self, role: str, name: str) -> None:
        word = role.lower().split()[-1]
        word = PLURAL_ROLE.get(word, word)
        name = _strip_article(name)
        if not _could_be_person(name):
            return  # "On Monday, the mayor …": a time or a phrase opening the sentence names nobody
        if word not in PERSON_ROLES and PERSONAL_TITLE.match(name):
            return  # "the leader of the council Cllr David Perry": a person's title, not the council's name
        if word in lx.DESCRIPTOR_HEADS or word in PERSON_ROLES:
            first = role.lower().split()[0]
            # a vice president is no president, nor a shadow chancellor the chancellor
            kept = f"{first} {word}" if first in RANK_PREFIXES and first != word else word
            self.roles = [r for r in self.roles if r != (kept, name)] + [(kept, name)]
            if word in PERSON_ROLES:
                self._push(self.persons, name)
            else:
                self._push(self.orgs, name)
                self._push(self.groups, name)

    def note_entities(self, sent: Span) -> None:
        for ent in sent.ents:
            text = ent.text.strip()
            if ent.label_ == "PERSON" and len(text) > 2:
                self._push(self.persons, text)
            elif ent.label_ in ("ORG", "NORP", "GPE") and len(text) > 1:
                self._push(self.groups, text)
                if ent.label_ == "ORG":
                    self._push(self.orgs, text)
                elif ent.label_ == "GPE":
                    self.places.add(text)

    def note_subject(self, sent: Span) -> None:
        """A parsed sentence whose main subject is a name that is no person ("As of October,
        Emirates had 270 aircraft."): an 'it' in the sentence after is most often that body, as
        with a sentence opening on an organisation's name."""
        if self.lead_org is not None and self.lead_org[0] == self.sentence_no:
            return
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        owner = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None else None
        if owner is not None and subj.pos_ == "NOUN" and _is_bare_descriptor(owner):
            # "The Scottish broadcaster's revenue was down 6%. It blamed …": the firm the text is on
            name = self.resolve(noun_phrase(owner)[0], owner)
            if name in self.orgs + self.groups + self.claimants:
                self.lead_org = (self.sentence_no, name)
            return
        if owner is not None and subj.pos_ == "NOUN" and owner.pos_ == "PROPN":
            subj = owner  # "STV's revenue was down 6%"
        if subj is None or subj.pos_ != "PROPN" or looks_like_person(subj) or subj.tag_ == "NNPS":
            return
        name = _strip_article(noun_phrase(subj)[0])
        known = self.persons + self.speakers
        if any(p == name or p.endswith(" " + name) for p in known) or self.person_by_surname(name):
            return  # "Lindqvist said ...", after "minister Ada Lindqvist": a person
        if name and name[0].isupper() and not any(c.like_num for c in subj.subtree):
            self.lead_org = (self.sentence_no, name)

    def note_study(self, sent: Span) -> None:
        """'The consultancy AWA surveyed 43 offices …': a named body that carried out a survey or a study
        is the issuer of 'the report' or 'the survey' the story goes on to cite, none other named."""
        verb = sent.root
        if verb.lemma_.lower() not in SURVEYING_VERBS or verb.pos_ != "VERB":
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return
        named = _named_apposition(subj) or subj
        name = _strip_article(_without_role_in_front(named, noun_phrase(named)[0]))
        if named.pos_ != "PROPN" or named.ent_type_ == "PERSON" or looks_like_person(named) and not _org_name(name):
            return
        for kind in ("report", "survey"):
            if not any(family == kind for family, _ in self.publishers):
                self.note_publisher(kind, name)

    def note_names(self, text: str) -> None:
        """Names in a sentence that was not parsed, read off their shape, so a later 'she said'
        or 'the company said' can still be resolved."""
        for m in PERSON_SHAPE.finditer(text):
            name = m.group("name") or m.group("name2")
            owner = AFFILIATION_BEFORE.search(text, 0, m.start())
            if owner is not None and owner.end() == m.start():
                # "Paul Wiegert of Canada's University of Western Ontario said": the person, not the place
                name = owner.group("person")
            if m.group("name2") and not _could_be_person(name):
                continue  # "In December, the …", "For China, a …", "Like Makaeff, who …"
            if not _org_name(name):
                self._push(self.persons, name)  # "Ballot Project, a nonpartisan group" is no person
        for m in NAMED_OF_PLACE.finditer(text):  # "Mary Kay Ash of Clinton Township is among …": a person
            if is_first_name(m.group("name").split()[0]) and not _org_name(m.group("name")):
                self._push(self.persons, m.group("name"))
        for m in COURTESY_NAME.finditer(text):  # "Mrs. Clinton": one surname, and the title tells 'she'
            self._push(self.persons, m.group(0))
        for m in DOCUMENT_SHAPE.finditer(text):  # "A Harwick College poll released ...": 'the poll' later
            kind = m.group("kind").lower().rstrip("s")
            name = re.sub(r"^(?:The|A|An|In|According)\s+", "", m.group(0).strip())
            if name.split()[0] in CAPS_LEAD_WORDS:
                continue  # "A NEW national study has found …": a paper's capitalised opening, not a name
            if not name[:1].isupper() or name.split()[0] in ("Our", "My", "Its", "Their"):
                continue  # "The survey came as …" names no survey; "Our survey" is the outlet's own ("Its
                # survey" is whoever 'its' stands for: read off the parse)
            self._remember_document(kind, name)
            self._noted((kind, name))
            self._note_poll(kind)
        for m in ORG_SHAPE.finditer(text):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(0))
            self._push(self.orgs, name)
            self._push(self.groups, name)

    def note_unparsed_speakers(self, text: str) -> None:
        """A person an unparsed sentence reports ("…, according to councillor Berit Lund, who …",
        "Anna Kell said the …", "Labour Minister Gordon Achterberg said he …") has spoken: a 'she
        said' under it is that person, not someone quoted further up. The sentence had no figure,
        so it was not parsed; its shape tells."""
        for m in PERSON_SHAPE.finditer(text):
            name = m.group("name") or m.group("name2")
            owner = AFFILIATION_BEFORE.search(text, 0, m.start())
            if owner is not None and owner.end() == m.start():
                # "Paul Wiegert of Canada's University of Western Ontario said": the person, not the place
                name = owner.group("person")
            # 'Minister X said' too, and 'host Bill Press, a former party chair, said'
            reported = re.match(r"(?:,\s+(?:a|an|the)\s[^,;\"“”()]{1,80},)?\s+(?:(?:has|had)\s+)?(?:said|says|told|added|wrote|"
                                r"estimated|predicted|calculated|projected)\b", text[m.end():])
            # ("…, Deutsche Bank's Alethia Young estimated. She expects …": an estimate is a report too)
            if (reported or ACCORDING_TO.search(text, 0, m.start())) and _could_be_person(name) and not _org_name(name):
                self.note_claimant(name, True)
        for m in INVERTED_SPEAKER.finditer(text):
            name = _without_title_words(m.group("name"))
            if _could_be_person(name) and not _org_name(name):
                self.note_claimant(name, True)
        for m in INVERTED_SURNAME.finditer(text):  # '"…," said Meyer.': the surname of a person the story names
            word = m.group("name")
            given = self.given_names.get(word, set())
            known = self.person_by_surname(word) or (f"{next(iter(given))} {word}" if len(given) == 1 else None)
            if known is not None:  # (not '"…," said Microsoft.': a surname only with the full name somewhere)
                self.note_claimant(known, True)
        for m in COURTESY_NAME.finditer(text):  # '"…," Mr. Georgelis said.' / 'said Ms. Ruiz'
            if re.match(r"\s+(?:said|says|told|added|wrote)\b", text[m.end():]) or re.search(
                    r"\b(?:said|says|added)\s+$", text[: m.start()]):
                self.note_claimant(self.person_by_surname(m.group(0).split()[-1]) or m.group(0), True)
        for m in ROLE_COMMA_NAME.finditer(text):  # "The union's chief executive, Dominic Farrant, said"
            if re.match(r"\s+(?:said|says|told|added|wrote)\b", text[m.end():]) and not _org_name(m.group("name")):
                self.note_claimant(m.group("name"), True)
        for m in SURNAME_REPORTS.finditer(text):  # "In a paper last month, Yamey warned that …"
            known = self.person_by_surname(m.group("name"))
            if known:
                self.note_claimant(known, True)
        for at, name in self.officials:  # "…, an Indian official said." / "the official said": who "he said" is next
            if at == self.sentence_no and name.split()[-1].lower() in SINGLE_OFFICIALS:
                self.note_claimant(name, True)
        for m in BODY_SAID.finditer(text):  # '"…," the association said.': the body named before has spoken
            word = m.group("word").lower()
            if word in BODY_WORDS:
                name = next((n for r, n in reversed(self.roles) if r == word), None) or next(
                    (n for n in reversed(self.claimants + self.groups) if word in n.lower().split()), None)
                if name is not None:
                    self.note_claimant(name, False)
        for m in SOURCES_INSIDE_SAID.finditer(text):  # "Sources in the CDA said …": whom a later "they said" means
            self.note_claimant(f"{m.group('org')} sources", False)
        for m in ACCORDING_TO_ISSUER.finditer(text):  # "…, according to a report from the pay experts Incomes Data Services"
            # (a report by a person is still what "it" means next)
            self.note_claimant(m.group("name").strip().rstrip(".'"), False)
        self.note_quoted_surnames(text)

    def note_quoted_surnames(self, text: str) -> None:
        """A surname speaking right after a quotation is a person, whether or not the sentence was
        parsed (the parser's entity label for one bare word is a coin toss)."""
        for m in QUOTED_SURNAME.finditer(text):
            # '"…," Stafford said' after 'Tom Stafford'; or a surname set off by who the person is
            # ('"…," Stafford, a member of the crew, responded'). A bare '"…," Amazon said' stays out.
            word = m.group("name")
            known = self.person_by_surname(word)
            if known or (m.group("aside") and _could_be_person(word) and not _org_name(word)
                         and word not in self.orgs):
                self.note_claimant(known or word, True)

    def full_name(self, text: str) -> str:
        """'Mr Andrews' is the 'Defence Minister Kevin Andrews' named before him, the name a reader
        can look up (a title of the other sex names someone else: not 'Mrs Clinton' for Bill)."""
        m = TITLED_SURNAME.match(text)
        if m is None or len({g for g in self.given_names.get(m.group("surname"), ())
                             if first_name_sex(f"{g} {m.group('surname')}") in (None, _sex_of(text))}) > 1:
            return text  # (two of that name in the story, "the elder Mr. Biden" after Joe and Hunter: no telling)
        fits = {name for name in self.speakers + self.persons
                if NAME_SUFFIX.sub("", name).split()[-1] == m.group("surname") and len(name.split()) > 1
                and not TITLED_SURNAME.match(name)
                and not _org_name(name) and self.sex_of(name) in (None, _sex_of(text))}
        # (two of that name, "the elder Mr. Biden" after Joe and Hunter: the text's own words tell which)
        return fits.pop() if len(fits) == 1 or len({_without_title_words(f) for f in fits}) == 1 and fits else text

    def person_by_surname(self, word: str) -> str | None:
        """The person already named whose name ends in `word` ('Schiff' after 'Rep. Adam Schiff'):
        news gives the full name once and the surname after."""
        for name in reversed(self.speakers + self.persons):
            parts = name.split()
            if (parts[-1] == word or len(parts) == 2 and parts[0] == word and "-" in parts[1]) and not _org_name(name):
                return name  # "Ban" for "Ban Ki-moon": the family name comes first
        return None

    def note_officials(self, text: str) -> None:
        """Officials and experts a sentence cites without a name but with an affiliation or a field
        ("a senior White House official told Reuters", "according to three senior administration
        officials", "which infectious disease experts say"), and a later "the official said" that
        shows the same one still speaking: read off the text, parsed or not."""
        for m in AFFILIATED_OFFICIAL.finditer(text):
            if any(w[:1].isupper() for w in m.group("who").split()):  # the body is named
                self.note_official(m.group("who"))
        for m in AFFILIATED_GROUP.finditer(text):
            words = (m.group("who") or m.group("who2")).split()
            while words and words[0].lower() in GROUP_LEAD_WORDS:
                words = words[1:]  # "which infectious disease experts say": the clause's word is no part
            if any(w.lower() not in lx.ANON_MODIFIERS for w in words[:-1]):  # an affiliation or a field
                self.note_official(" ".join(words))
        for m in [*THE_SAME_OFFICIAL.finditer(text), *THE_SAME_GROUP.finditer(text)]:
            name = self.official((m.groupdict().get("word2") or m.group("word")).lower())
            if name is not None:
                self.note_official(name)

    def note_official(self, name: str) -> None:
        self.officials = [o for o in self.officials if o[1] != name] + [(self.sentence_no, name)]

    def official(self, word: str) -> str | None:
        """The official (or group of officials, experts) of `word`'s kind cited last, if within
        OFFICIAL_REACH sentences: whom a bare 'the official', 'those experts' means."""
        for at, name in reversed(self.officials):
            if name.split()[-1].lower() == word:
                return name if at >= self.sentence_no - OFFICIAL_REACH else None
        return None

    def note_claimant(self, name: str, is_person: bool) -> None:
        if " and " in name:
            self.pair = (self.sentence_no, self.paragraph, name)
        # "Holmqvist" after "finance minister Karin Holmqvist": a person, whatever the parser thought
        is_person = is_person or any(p != name and p.endswith(" " + name) for p in self.persons + self.speakers) \
            or name in self.speakers or name in self.persons  # "the chancellor said", resolved to Mr Brown
        if is_person and (m := PERSON_OF_PLACE.match(name)) is not None:
            name = m.group(1)  # "Paul Wiegert of Canada's University of Western Ontario": the 'he' after is Wiegert
        self._push(self.claimants, name)
        self._push(self.persons if is_person else self.groups, name)
        if not is_person:
            self._push(self.things, name)
        if is_person:
            self._push(self.speakers, name)
            self.spoke_at[name] = self.sentence_no

    def document(self, text: str, head: Token) -> str:
        """A document as claimant: a named one is remembered; 'the poll', 'this study' stand for
        the last named one of that kind (or of any kind), and an unnamed one is kept as written."""
        lemma = head.lemma_.lower()
        self._note_poll(lemma)
        dated = [c for c in head.children if c.dep_ == "poss" and _time_word(c)]  # "Monday's poll": which one
        journal = _journal_of(head)
        named = any(t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > t.sent.start) for t in head.subtree
                    if t.dep_ not in ("relcl", "acl", "prep") and t.i < head.i and not any(t.i == d.i for d in dated)) or (
            any(c.dep_ == "poss" and c not in dated for c in head.children)) or journal is not None
        if named:
            if journal is None:  # ("the New England Journal of Medicine study" keeps its name)
                text = DOCUMENT_AGE.sub("", text)  # "the latest NBC/WSJ poll" is the NBC/WSJ poll
            self._remember_document(lemma, text)
            self._noted((lemma, text))
            self._push(self.things, text)
            return text
        definite = bool(dated) or any(c.lower_ in ("the", "this", "that", "these", "those") for c in head.children) or (
            head.i > 0 and head.doc[head.i - 1].lower_ in ("the", "this", "these", "those"))
        if definite:
            kinds = {lemma} | ({"poll", "survey"} if lemma in ("poll", "survey") else set())
            same = [d for d in self.documents if d[0] in kinds]
            kind_words = [c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i
                          and c.text.islower() and c.lower_ not in SAME_DOCUMENT_WORDS]
            if kind_words:  # "the household survey" after "a Bloomberg survey": another survey, unless its name says so
                same = [d for d in same if all(w in d[1].lower() for w in kind_words)]
            if len({d[1] for d in same}) > 1 and any(d[0] == lemma for d in same):
                # two polls named: "the poll" is the last one called a poll, not a survey named since
                same = [d for d in same if d[0] == lemma]
            # "A survey by Janmat Insights found …, the survey found": its issuer, when noted after
            # any named one of that kind
            by = [p for p in self.publishers if p[0] in {_document_family(k) for k in kinds}] if same else []
            if same:
                name = self._latest(same, by)
                for entry in [*same, *by]:  # "the earlier poll": back in focus for its respondents
                    if entry[1] == name:
                        self._noted(entry)
                return name
            issued = [name for kind, name in self.publishers if kind == _document_family(lemma)]
            body = next((c for c in head.children if c.dep_ == "compound" and c.lower_ in kind_words
                         and c.lemma_.lower() in INSTITUTION_WORDS), None)
            if body is not None and not any(body.lower_ in name.lower() for name in issued):
                return self.resolve(body.lower_, body)  # "the police report": the police's, not the cabinet's
            if issued and (not self.documents or lemma == "research" and not any(
                    _document_family(d[0]) == "report" for d in self.documents)):
                # ("The research also found …" after an analysis shared by Carbon Brief, other texts named
                # since: 'research' names no text; "according to the 2009 paper" keeps the paper it names)
                # "the filing shows", after "X said in a regulatory filing"; 'it' is X from now on
                self._push(self.things, issued[-1])
                return issued[-1]
            if lemma in ("poll", "survey") and not issued and len(self.story_polls) == 1 and not self.documents:
                # "The poll found 38% …", and the story names one poll only, further down: that one
                name = next(iter(self.story_polls))
                self._remember_document(lemma, name)
                self._noted((lemma, name))
                return name
            if lemma in ("poll", "survey") and not issued:
                # "According to the poll, …" with no poll named: still the one its respondents answer
                self.documents.append((lemma, text))
                self._noted((lemma, text))
        elif lemma in ("poll", "survey") and len(self.story_polls) == 1 and not self.documents \
                and any(c.lower_ in ("a", "an") for c in head.children) \
                and not any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ != "with" for c in head.children) and not any(
                    _time_word(t) or t.like_num or t.lower_ in ("other", "earlier", "previous", "separate")
                    for t in [*head.doc[head.left_edge.i : head.i], *head.doc[head.i + 1 : max(head.i, head.head.i)],
                              *(c for c in head.children if c.dep_ == "npadvmod" or c.dep_ == "prep" and _dated(c))]):
            # (not "a poll last year showed …" nor "another poll": not the one named now)
            # "a poll showed Truss 32 points ahead", in a story whose one named poll comes later
            name = next(iter(self.story_polls))
            self._remember_document(lemma, name)
            self._noted((lemma, name))
            return name
        return text

    def _remember_document(self, kind: str, name: str) -> None:
        """A named document, latest last; a poll named at the top is the story's own."""
        if kind in ("poll", "survey") and self.paragraph <= LEAD_PARAGRAPHS and self.lead_poll is None:
            self.lead_poll = name
        self.documents = [d for d in self.documents if d[1] != name] + [(kind, name)]

    def _note_poll(self, kind: str) -> None:
        if kind in ("poll", "survey"):
            self.poll_paragraph = self.paragraph

    def latest_poll(self) -> str | None:
        """The poll or survey the story last named, however far back."""
        named = [d for d in self.documents if d[0] in ("poll", "survey") and d[1][:1].isupper()]
        return self._latest(named, [p for p in self.publishers if p[0] in ("poll", "survey")])

    def poll(self) -> str | None:
        """The poll or survey the story last named (or whose pollster it named) in this paragraph
        or the one before, if any: the source of what its respondents 'said'. Further off, "52
        percent of voters said" is as often another poll's or the outlet's own summary."""
        if self.poll_paragraph is None:
            return None
        if self.paragraph - self.poll_paragraph > POLL_REACH:
            # a story that opens on a poll (cited in two of its first paragraphs, say the headline
            # and the lead) reports its respondents all the way down
            return self.lead_poll if len(self.lead_poll_paragraphs) >= 2 else None
        named = [d for d in self.documents if d[0] in ("poll", "survey")]
        issued = [p for p in self.publishers if p[0] in ("poll", "survey")]
        return self._latest(named, issued)

    def research_team(self, word: str) -> str | None:
        """Who bare 'researchers' are once a story has named a team ('Sloan-Kettering researchers')
        or a study by name ('the Physicians Health Study II'): that team, else that study. With
        nothing named before, they stay no one."""
        team = [n for n in self.claimants + self.groups if n.lower().endswith(" " + word)]
        if team:
            return team[-1]
        team = [n for n in self.claimants + self.groups if NAMED_TEAM.search(n)]
        if team:  # "wrote Laukkanen and his colleagues": the researchers the story goes on about
            return team[-1]
        named = [d[1] for d in self.documents if d[0] in ("study", "trial") and d[1][:1].isupper()]
        named += [n for n in self.claimants if re.search(r"\b(?:Study|Trial)\b", n)]  # "the Physicians Health Study"
        return named[-1] if named else None

    def owner_of(self, kind: str) -> str | None:
        """Whose unnamed statement or release this is: the last to issue one, else the last
        institution that spoke (a statement is always somebody's)."""
        issued = [name for k, name in self.publishers if k == _document_family(kind)]
        if issued:
            return issued[-1]
        return self.institution()

    def institution(self) -> str | None:
        """The last source that spoke and is no person ('Governor Lukas Varga' is one)."""
        people = set(self.persons) | set(self.speakers)
        for name in reversed(self.things):
            if name not in people and not PERSON_TITLE_START.match(name) and not COURTESY_NAME.match(name):
                return name
        return None

    def _lead_holds(self, sex: str | None) -> bool:
        """Does 'he'/'she' (sex None: a role noun) still stand for the person a recent sentence
        opened with? That person stays in focus for two sentences, until someone else speaks."""
        at, name = self.lead  # type: ignore[misc]
        if self.focus - self.lead_focus > LEAD_REACH or sex is not None and self.sex_of(name) not in (None, sex):
            return False
        return not any(when > at and who != name for who, when in self.spoke_at.items())

    def sex_of(self, name: str) -> str | None:
        """A title's sex, else the one the story gave the name: once "Ana Ruiz … she said" has been
        read, a later "he" is not Ruiz."""
        sex = _sex_of(name) or self.sexes.get(name.split()[-1] if name.split() else name)
        if sex is None and len(name.split()) == 1:  # "Oyelaran" after "Bernard Oyelaran": the full name's
            full = next((p for p in reversed(self.persons + self.speakers) if p != name and p.split()[-1] == name), None)
            sex = _sex_of(full) if full is not None else None
        return sex

    def learn_sex(self, name: str, sex: str) -> None:
        """Remember the sex a confident 'he'/'she' gave a name (its surname stands for it later)."""
        if name.split() and _sex_of(name) is None:
            self.sexes.setdefault(name.split()[-1], sex)

    @staticmethod
    def _push(items: list[str], value: str) -> None:
        if value in items:
            items.remove(value)
        items.append(value)

    def resolve(self, text: str, head: Token | None) -> str:
        """Replace a pronoun or a bare descriptor by the named source it stands for."""
        low = text.lower()
        if low in lx.PRONOUNS_PERSON:
            # "he said" continues the last person quoted, not the last person merely mentioned,
            # and "she" is never a "Mr." nor an "Eric" (a title, or a first name that is clearly one sex)
            sex = "f" if low in ("she", "her", "hers") else "m"
            if self.unnamed_teller is not None and self.sentence_no - self.unnamed_teller <= 2 and all(
                    when < self.unnamed_teller for when in self.spoke_at.values()):
                return text  # "One driver told News 3 …. He said he did 12 rides": the driver, named by no one
            if self.lead is not None and self._lead_holds(sex):
                self.learn_sex(self.lead[1], sex)
                return self.lead[1]
            official = self.official_speaker
            for pool in (self.speakers, self.persons):
                fits = [name for name in pool if self.sex_of(name) in (None, sex) and name not in self.known_orgs
                        and not is_country(name)]  # ("the visas the United States issued …, she said")
                if official is not None and official[0] >= self.sentence_no - OFFICIAL_REACH and (
                        not fits or pool is self.persons or self.spoke_at.get(fits[-1], -1) < official[0]):
                    return official[1]  # "A ministry official said …. He added …": that official, the last to speak
                if fits:
                    return fits[-1]
            return text
        if low in ("they", "their", "them") and self.plural_lead is not None \
                and self.sentence_no - self.plural_lead[0] <= 2:
            return self.plural_lead[1]  # 'they' after a sentence that opened on a team of researchers
        official = self.official_speaker
        if low == "they" and official is not None and official[0] == self.sentence_no - 1 and all(
                at <= official[0] for at in self.spoke_at.values()):
            return official[1]  # 'A BBC spokesperson told us …. "…," they said': the singular 'they'
        if low in ("they", "their", "them") and _plural_subject_before(head):
            return text  # "As officials and pundits wait …, they find …": the unnamed ones just mentioned
        if low in lx.PRONOUNS_GROUP:
            # "it says", "its figures": the last institution or document that spoke, never a person
            owner = _owner_of_subject(head) if low == "it" else None
            if owner is not None:  # "The CEN's proposals … would cost £9bn, it said": the proposals' owner
                return owner
            named = _named_subject_of_first_conjunct(head) if low == "it" else None
            if named is not None and named not in self.persons and self.sex_of(named) is None:
                return named  # "Vietnam borders China, yet it has reported 268 cases"
            if low in ("it", "its") and self.lead_org is not None and self.lead_org[0] == self.sentence_no - 1:
                return self.lead_org[1]
            people = (set(self.persons) | set(self.speakers)) - self.known_orgs
            things = [name for name in self.things if name not in people]
            if things:
                return things[-1]
            groups = [name for name in self.claimants + self.groups if name not in people]
            return groups[-1] if groups else text
        named = self._named_kind(head) if head is not None else None
        if named is not None:  # "the UK's second-biggest airport", after "Gatwick airport has said …"
            return named
        if head is not None and _described_business(head):
            subject = _named_subject_before(head, self.speakers)
            if subject is not None:  # "Future plc's shares fell as the UK-based publishing giant said …"
                return subject
        if head is not None and self.section is not None and self.paragraph - self.section[0] <= SECTION_REACH \
                and head.lemma_.lower() in ORG_DESCRIPTORS and head.tag_ == "NN" \
                and not any(t.pos_ == "PROPN" for t in head.subtree) and any(c.dep_ in ("det", "poss") for c in head.children):
            # "ERIE INSURANCE (ERIE.O)" over "The insurer said it would provide …", "The world's
            # largest-listed … insurance company said …": the entry's business
            return self.section[1]
        if head is not None and _is_bare_descriptor(head):
            word = head.lemma_.lower()
            rank = next((c.lower_ for c in head.children if c.lower_ in RANK_PREFIXES), None)
            if rank is not None:
                word = f"{rank} {word}"  # "the vice president" is not "the president"
            introduced = [name for role, name in self.roles if role == word and name.lower() != low]
            if introduced:  # "the firm" after "security firm Redline"
                return introduced[-1]
            if word in ORG_DESCRIPTORS:
                subject = _named_subject_before(head, self.speakers)
                if subject is not None:  # "Quillon will cut 1,800 jobs, the company said"
                    return subject
            for name in reversed(self.claimants + self.groups):
                if word in name.lower() and name.lower() != low:
                    return name
            marks = KIND_NAME_ENDINGS.get(word, ())
            for name in reversed(self.orgs + self.groups):
                if name.split()[-1] in marks:  # "the airline" after "an Ardan Air plane"
                    return name
            if word in LOOSE_ORG_WORDS and self.lead_org is not None and self.lead_org[0] >= self.sentence_no - 1:
                return self.lead_org[1]  # "RSF lowered Costa Rica two notches. '…,' the organization said"
            if word in GENERIC_ORG_WORDS and (self.orgs or word in LOOSE_ORG_WORDS):
                # "the company said": the organisation last named, though never a public body for
                # "the company" or "the firm" (a ministry or a union named since is not the company);
                # "the organization" is also the institution last speaking
                people = (set(self.persons) | set(self.speakers)) - self.known_orgs  # "the company" is never a person
                pool = self.orgs if self.orgs or word not in LOOSE_ORG_WORDS else [
                    n for n in self.claimants if n[:1].isupper()]
                if pool is self.orgs:
                    # a business that spoke counts as named last when it did, though the parser tagged
                    # no organisation ("Caterpillar expects …. For 2016, the company forecast …", not
                    # the "Joy Global Inc" mentioned a paragraph before)
                    pool = [n for n in self.orgs if n not in self.groups] + [
                        n for n in self.groups if n in self.orgs or (n in self.things and n in self.claimants
                                                                     and _business_like(n, self.places))]
                fits = [n for n in pool if n not in people and (word in PUBLIC_ORG_WORDS or not PUBLIC_BODY.search(n))
                        and not (word in ("company", "firm") and NON_BUSINESS.search(n))]
                return fits[-1] if fits else text
        if head is not None and _is_role_noun(head):
            # "Donald Trump spoke in Ohio. The candidate pointed out …": the person in focus or last quoted
            word = head.lemma_.lower()
            introduced = [name for role, name in self.roles if role == word]
            if introduced:  # "the senator" after "Sen. Ana Ruiz"
                return introduced[-1]
            other = {name for role, name in self.roles if role != word}  # "Sen. Ana Ruiz" is not 'the president'
            if self.lead is not None and self.lead[1] not in other and self._lead_holds(None):
                return self.lead[1]
            if self.speakers and self.speakers[-1] not in other and \
                    self.spoke_at.get(self.speakers[-1], -9) >= self.sentence_no - LEAD_REACH:
                return self.speakers[-1]
        return text


# Words some papers set in capitals to open a story ("A NEW study", "THE latest survey"): no name's start
CAPS_LEAD_WORDS = frozenset("NEW LATEST RECENT FRESH MAJOR FIRST SECOND ANOTHER ONE THE A AN THIS".split())

# Kinds of people who speak for themselves ("officials and pundits"), unlike crowds or prices
SPEAKING_KINDS = frozenset("official pundit expert analyst economist critic observer lawmaker leader researcher "
                           "scientist activist advocate strategist investor executive".split())


def _plural_subject_before(they: Token | None) -> bool:
    """'As elected officials and pundits wait to hear …, they find …': a plural common-noun subject of
    a clause earlier in the same sentence is what 'they' stands for."""
    if they is None:
        return False
    # what 'they' say is no antecedent of theirs
    said = [c for c in they.head.children if c.dep_ in ("ccomp", "parataxis")] if they.dep_ == "nsubj" else []
    if any(c.i > they.i for c in said):
        said = [c for c in said if c.i > they.i]  # a clause before it is its content only in a closing tag
    for tok in they.doc[they.sent.start : they.i]:
        if any(dominates(c, tok) for c in said) or any(c.dep_ == "nummod" for c in tok.children):
            continue  # ("Eleven people have died, they said.")
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and (
                tok.tag_ == "NNS" or any(c.dep_ == "conj" for c in tok.children)) \
                and not any(t.pos_ == "PROPN" for t in tok.subtree) and tok.head.i < they.i \
                and tok.head.head == they.head and tok.head != they.head \
                and (_is_role_noun(tok) or tok.lemma_.lower() in SPEAKING_KINDS):  # the subject of a clause set before
            return True
    return False


def _business_like(name: str, places: set[str]) -> bool:
    """A claimant that may be 'the company': a capitalised name that is no place, no text and no
    people ("Executives for Mondelez", "Witnesses")."""
    words = name.split()
    first = words[0].lower() if words else ""
    return bool(words) and name[:1].isupper() and name not in places and words[-1].lower() not in REPORT_TEXTS \
        and first not in ROLE_OR_ANON and first.rstrip("s") not in ROLE_OR_ANON


def _named_subject_of_first_conjunct(it: Token | None) -> str | None:
    """'Vietnam shares a border with China, yet it has reported 268 cases': "it" opening the second of
    two joined clauses is the first one's named subject, a body or a place, not a person."""
    if it is None or it.dep_ != "nsubj" or it.head.dep_ != "conj" or it.head.head.pos_ not in ("VERB", "AUX"):
        return None
    first = next((c for c in it.head.head.children if c.dep_ == "nsubj" and c.i < it.i), None)
    if any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in ORG_DESCRIPTORS | lx.DESCRIPTOR_HEADS
                                 | lx.DOCUMENT_HEADS | lx.REPORT_NOUNS) for c in it.head.head.children):
        return None  # "Apple bought the startup, and it says …", "obtained a memo, and it says …": 'it' may be that
    if first is None or first.pos_ != "PROPN" or first.ent_type_ == "PERSON" or looks_like_person(first) \
            or _time_word(first):
        return None
    if _plural_phrase(first) or not any(
            c.dep_ in ("ccomp", "dobj", "xcomp") for c in it.head.children):
        return None  # "While A and B women make up 4% …, they represented 31.1% …, it said": 'it' is no plural,
        # and a bare closing tag reports the sentence of someone named before
    text, _ = noun_phrase(first)
    return _strip_article(text)


def _owner_of_subject(it: Token | None) -> str | None:
    """The body whose thing the sentence is about, when "it" speaks in an aside of that sentence
    ("The CEN's proposals … would cost £9bn, it said"): a named owner of the main subject."""
    if it is None or it.dep_ != "nsubj":
        return None
    verb = it.head
    # the clause the aside reports: the one it interrupts, or the complement hung under it
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < it.i), None) \
        if verb.dep_ == "ROOT" else verb.sent.root
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < it.i), None)
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if subj is not None else None
    if owner is None or looks_like_person(owner):
        return None
    return noun_phrase(owner)[0]


MALE_TITLES = re.compile(r"\b(?:Mr|Sir|Lord|King|Prince|(?:Assembly|Congress|Council|Alder)man)\b\.?\s")
FEMALE_TITLES = re.compile(r"\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|(?:Assembly|Congress|Council|Alder)woman)\b\.?\s")


def _sex_of(name: str) -> str | None:
    if MALE_TITLES.search(name + " "):
        return "m"
    if FEMALE_TITLES.search(name + " "):
        return "f"
    return first_name_sex(name)


def _without_title_words(name: str) -> str:
    """'Justice Secretary Humza Yousaf' -> 'Humza Yousaf': the person, not the office in front."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-2]) if w in ROLE_TITLE_WORDS), default=-1)
    # ("Cedarbrook Lodge General Manager Scott Ostrander": the person after the last word of the office)
    return " ".join(words[last + 1 :])


LEAD_REACH = 2  # sentences a lead person stays the referent of 'he'/'she'


def _ends_inside_quote(text: str, open_before: bool) -> bool:
    """Does a quotation opened in (or before) this sentence run on past its end?"""
    if "“" not in text and "”" not in text and '"' not in text:
        return open_before
    inside = open_before
    for ch in text:
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


SECTION_REACH = 3  # paragraphs below its heading that a factbox entry runs to


def _section_heading(text: str, tickers: bool = False) -> str | None:
    """A factbox entry's heading: a company's name in capitals with its ticker, with a word only a
    business's name has ("AMERICAN FAMILY INSURANCE"), or in a list whose headings gave tickers
    ("GEICO"); not a headline or a dateline in capitals ("BOEING CUTS JOBS", "DETROIT")."""
    m = SECTION_HEADING.match(text.strip())
    if m is None:
        return None
    words = m.group("name").split()
    if len(words) > 6 or not any(len(w) >= 3 and w.isalpha() for w in words) \
            or all(w in NOT_SECTION_WORDS for w in words) or words[0] in NOT_SECTION_WORDS:
        return None
    if not (tickers or TICKER.search(text.strip()) or any(w.strip(".") in BUSINESS_WORDS for w in words)):
        return None
    return " ".join(w if w in _KEEP_CAPS or not w.isalpha() and "." in w else w.capitalize() for w in words)


def _place_then_subject(text: str, m: re.Match[str]) -> bool:
    """'Speaking in National Assembly, the minister highlighted …': a NAME_THEN_ROLE match that is a
    place ending an opening phrase, then the sentence's subject and its verb; no apposition (unlike
    'in partnership with NATO, the military alliance that includes …')."""
    return bool(m.group("name")) and text.startswith(", the ", m.end("name")) \
        and _PLACE_PREP_BEFORE.search(text, 0, m.start("name")) is not None and _VERB_AFTER.match(text, m.end()) is not None


def _ranked(text: str, m: re.Match[str]) -> str:
    """The role a match names, with a rank word just before it kept ("shadow chancellor")."""
    rank = _RANK_BEFORE.search(text, 0, m.start("role"))
    return f"{rank.group(1)} {m.group('role')}" if rank else m.group("role")


# Document words that name the same kind of thing: 'the data' after 'figures released by X'.
_FAMILIES = {"figure": "data", "figures": "data", "datum": "data", "statistics": "data", "number": "data",
             "numbers": "data", "records": "record", "study": "report", "analysis": "report",
             "review": "report", "assessment": "report", "paper": "report", "poll": "survey", "research": "report"}


def _document_family(word: str) -> str:
    word = word.lower()
    return _FAMILIES.get(word, word)


def _described_business(head: Token) -> bool:
    """'the UK-based magazine and specialist publishing giant': a business described at length but
    not named, which only a name in the same sentence can stand for."""
    based = {t.i for t in head.subtree if t.dep_ == "npadvmod" and t.head.lower_ == "based"}
    return head.lemma_.lower() in ORG_DESCRIPTORS and head.pos_ == "NOUN" \
        and head.doc[head.left_edge.i].lower_ == "the" and not any(
            t.dep_ in ("prep", "relcl", "acl", "appos") or (t.pos_ == "PROPN" or t.ent_type_) and t.i not in based
            for t in head.subtree)


OFFICIAL_REACH = 8  # sentences after an official was last cited that 'the official' is still that one

SURVEYING_VERBS = frozenset("survey poll interview study analyse analyze examine".split())  # a body's own fieldwork
