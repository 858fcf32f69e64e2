"""Who says a figure, and through whom it reached the outlet.

Reporting frames are read off the dependency parse: a reporting verb whose complement
holds the figure ("X said that ..."), a prepositional source ("according to X", "as per
X"), a source noun ("X's estimate", "an estimate from X"), and a cited source ("citing
X"). The innermost frame that names an affiliated source gives the claimant; news
organisations in outer frames are the route (`via`). Pronouns and descriptors ("he",
"the agency") are resolved against sources seen earlier in the same document.

No library does attribution of this kind for English news (spaCy gives the parse, not
the frames), which is why this module is written by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.counted import of_object
from newsledger.extract.places import COUNTRY_OF
from newsledger.extract.sexes import first_name_sex, is_first_name
from newsledger.extract.timex import MONTHS, WEEKDAYS

SKIP_CHILD_DEPS = frozenset({"relcl", "acl", "punct", "advcl", "ccomp", "parataxis"})
LEADING_DROP = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "even", "also", "only"})
MAX_NP_TOKENS = 16


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


POLL_REACH = 1  # paragraphs after the one that names a poll in which its respondents still speak for it
POLL_WORD = re.compile(r"\b(?:[Pp]oll|[Ss]urvey)s?\b")
LEAD_PARAGRAPHS = 3  # the headline and the opening paragraphs, where a story says what it reports


# Who may be cited by what they are rather than by name, and be "the official" or "those experts" later
SINGLE_OFFICIALS = frozenset("official spokesman spokeswoman spokesperson source".split())
GROUP_OFFICIALS = frozenset("officials experts analysts economists sources".split())
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
                or m.group("name5") or m.group("name6")
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
            if not name[:1].isupper() or name.split()[0] in ("Our", "My"):
                continue  # "The survey came as …" names no survey; "Our survey" is the outlet's own
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
                fits = [name for name in pool if self.sex_of(name) in (None, sex) and name not in self.known_orgs]
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


# Verbs that give a cause ("attributed the rise to …"): they vouch for what hangs on them and nothing
# else in the sentence ("jumped 54 percent …, a spike analysts attribute to the push" is no report of 54).
CAUSE_VERBS = frozenset("attribute blame credit".split())
# Verbs whose object does what the to-clause says ("led the index to post a gain", "asked the bank to
# report"), where "used MDCT scans to measure" leaves the measuring to the subject.
OBJECT_CONTROL_VERBS = frozenset("""lead cause push drive prompt force help allow enable ask urge encourage persuade
    require order spur compel invite expect get""".split())


# What is handed over at a ceremony, not stated: "presented 50 gold medals", "handed cheques of Rs1m".
HANDED_THINGS = frozenset("""medal award prize certificate cheque check trophy gift shield plaque scholarship degree
    diploma bouquet flower souvenir key laptop""".split())


def _plural_phrase(tok: Token) -> bool:
    """'women and girls', 'researchers': what 'it' cannot stand for ('Procter & Gamble', 'the United
    States' it can)."""
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" or any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children) \
        and any(c.dep_ == "conj" and not (c.pos_ == "PROPN" and tok.pos_ == "PROPN") for c in tok.children)
    # ("Trinidad and Tobago", "Johnson and Johnson": one name with an 'and' in it)


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


# "McAuliffe", "O'Rourke", "Ki-moon" (a short syllable, hyphen, lower case: not "Sacramento-based")
# letters of names written in Latin script beyond ASCII ("Peña", "Erdoğan", "Müller"): a name regex
# that stops at the first accented letter cuts the speaker to "Enrique Pe"
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_CAP = rf"(?:Mc|Mac|O'|De|Di|Van|Le|La)?(?:[{_UP}][{_LOW}]{{1,3}}-[{_LOW}]+|[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
PERSON_SHAPE = re.compile(
    rf"(?:\b(?:(?:Minister|Secretary)\s+(?:for|of)\s+{_CAP}|President|Prime Minister|Minister|Mayor|Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|Judge|"
    rf"Justice|Speaker|Chancellor|Ambassador|Commissioner|Sheriff|Coach|Rev\.|Prof\.?|Professor|Col\.|Lt\.|"
    rf"Capt\.|Sgt\.|Maj\.|Adm\.|Dr|Mr|Mrs|Ms|General|Gen\.|Chief|(?:Assembly|Congress|Council|Alder)(?:wo)?man|"
    rf"spokes(?:man|woman|person)|director|executive|leader|chair(?:man|woman)?|secretary|councillor|"
    rf"officer|commander|judge|professor|analyst|economist|minister)\.?(?:-elect|-designate)?\s+)(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})"
    rf"|(?P<name2>(?:[{_UP}]\.\s+)?{_CAP}(?:\s+{_CAP}){{1,2}})(?=,\s+(?:a|an|the|who|whose|director|head|chief|founder|president|professor|chair\w*|spokes\w+|vice|deputy|senior|executive|managing|co-founder|owner|editor|partner)\b|\s+(?:(?:has|had)\s+)?(?:said|says|told|added|wrote|argued|explained|noted|insisted|warned|rejected|denied|acknowledged|spoke|"
    rf"estimated|predicted|calculated|projected)\b)"
)
# "Mary Kay Ash of Clinton Township, Michigan, is among …": a named person introduced by where they live
NAMED_OF_PLACE = re.compile(rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})\s+of\s+[A-Z]")
# "according to a report from the pay experts Incomes Data Services": the issuer of an unparsed
# sentence's document, whom a later "it says" means
ACCORDING_TO_ISSUER = re.compile(
    r"\baccording to (?:a|an|the|new|its|their)\s+(?:[a-z-]+\s+){0,2}(?:report|study|survey|analysis|research|poll|"
    r"review|paper|figures|data|estimates)\s+(?:from|by|for|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'.-]*){0,6})")
# "Sources in the CDA", "sources at the Ministry of Finance": unnamed sources of a named body.
SOURCES_OF_BODY = (r"[Ss]ources (?:in|at|within|inside) (?:the )?"
                   r"(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*){0,5})")
SOURCES_INSIDE = re.compile(rf"^{SOURCES_OF_BODY}$")
SOURCES_INSIDE_SAID = re.compile(rf"\b{SOURCES_OF_BODY}\s+(?:said|says|told|added)\b")
ACCORDING_TO = re.compile(r"\baccording to\s+(?:[\w'-]+\s+){0,4}$", re.I)
# '“…,” said Ana Ruiz, 24,' / ', says Ana Ruiz.': the speaker named after an inverted verb
INVERTED_SPEAKER = re.compile(
    rf"[,”\"’']\s*(?:said|says|added|wrote|asked|recalled|explained)\s+(?:(?:Dr|Prof|Sen|Rep|Gov|Gen|Rev)\.?\s+)?"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,5}})(?=[\s,.;]|$)")
# "One driver told News 3 …", "A nurse said …": an unnamed person who speaks, opening the sentence.
UNNAMED_TELLER = re.compile(r"^(?:One|A|An|Another)\s+(?:[a-z-]+\s+){0,2}(?:driver|resident|witness|man|woman|worker|"
                            r"employee|passenger|customer|voter|student|parent|teacher|nurse|doctor|farmer|shopper|"
                            r"owner|user|member|mother|father|neighbou?r|survivor|victim|fan|patient)\s+(?:told|said|says)\b")
# '"…," said Meyer.': the inverted verb with a surname alone, closing the sentence.
INVERTED_SURNAME = re.compile(rf"[,”\"’']\s*(?:said|says|added|explained)\s+(?P<name>{_CAP})(?=\s*[.,;]|$)")
# Capitalised role words in front of a name ("said Justice Secretary Humza Yousaf"): no part of it.
ROLE_TITLE_WORDS = frozenset("""Justice Secretary Minister Prime Foreign Home Health Finance Education Interior Defence
    Defense Chief Deputy Executive President Vice Senator Governor Mayor Commissioner Director Spokesman Spokeswoman
    Economy Trade Transport Labour Labor State General Attorney Police Superintendent Supt Inspector Detective Sergeant
    Officer Chancellor Professor Judge Coach Manager Chairman Chairwoman Chair Leader Acting Assistant Councillor
    Councilman Councilwoman Representative Sheriff Ambassador""".split())


def _without_title_words(name: str) -> str:
    """'Justice Secretary Humza Yousaf' -> 'Humza Yousaf': the person, not the office in front."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-2]) if w in ROLE_TITLE_WORDS), default=-1)
    # ("Cedarbrook Lodge General Manager Scott Ostrander": the person after the last word of the office)
    return " ".join(words[last + 1 :])
# The person a body named right before a reporting verb belongs to: "Paul Wiegert of Canada's University of …"
# (an "and" that starts a second person, "… and Anna Kell of Barclays", ends the body)
AFFILIATION_BEFORE = re.compile(r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+of\s+"
                                r"(?:(?:the|[A-Z][\w'’.-]*|of|for|&|and(?!\s+[A-Z][\w'’-]+\s+[A-Z][\w'’.-]+\s+of\b))\s+)*")
# A named researcher's team: "Laukkanen and his colleagues", "Rinne and co-authors"
_TEAM_WORDS = r"\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|coauthors|co-?workers|collaborators|team)"
_SENTENCE_ADVERBS = r"(?!(?:But|And|Then|So|Yet|Now|When|While|Later|Meanwhile)\s)"
TEAM_MENTION = re.compile(rf"\b{_SENTENCE_ADVERBS}(?P<lead>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}){_TEAM_WORDS}\b")
NAMED_TEAM = re.compile(rf"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}{_TEAM_WORDS}$")
# A person's name with the place or body they are from: the pronouns after it stand for the name.
PERSON_OF_PLACE = re.compile(r"^((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)\s+of\s+\S")
# A sentence opening on a team of researchers, whom a 'they' in the next sentences means
PLURAL_GROUP_LEAD = re.compile(
    r"(?:(?:But|And|Overall|In all),?\s+)?(?P<name>(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}(?:team|group|panel)\s+of\s+"
    r"(?:[\w-]+\s+)?(?:researchers|scientists|experts|doctors)"
    r"|(?:[Tt]he\s+)?(?:[Rr]esearchers|[Ss]cientists|[Aa]uthors|[Ii]nvestigators)"
    r"(?:\s+(?:at|from|of)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})?"
    # "Rinne and colleagues used a new dye. … they found": a named researcher's team
    rf"|(?P<lead>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}){_TEAM_WORDS}(?=\s+(?:[a-z]+ed|have|had|were|are)\b))\b")
# "Walmart said it is providing masks", "…, and Acme Corp announced its …": a name that reports of itself
SAID_OF_ITSELF = re.compile(r"(?:^|[.;]\s+|,\s+(?:and\s+|but\s+)?)(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|\d+)){0,3})"
                            r"(?:,\s+(?:which|a|an|the)\s[^,;]{1,100},)?\s+"
                            r"(?:said|says|announced|reported|confirmed|added)\s+(?:that\s+|on\s+\w+\s+|[A-Z][a-z]+day\s+)?(?:it|its)\b")
# '“…,” Stafford said of the plan': one capitalised word speaking right after a quotation.
QUOTED_SURNAME = re.compile(rf"[,?!.]\s*[”\"’']\s*(?P<name>{_CAP})(?P<aside>,\s+(?:a|an|the)\s[^,“”\"]{{1,60}},)?\s+"
                            r"(?:said|says|added|continued|explained|recalled|noted|told|wrote|responded|replied|answered|began|concluded)\b")
# The person a sentence opens with: "Sen. Ann Ray said", "Mr. Obama, who", "Anna Kell argued".
_ROLE_LEAD = "member|leader|chief|official|secretary|director|spokesman|spokeswoman|spokesperson|chair|chairman|chairwoman"
_TITLE_LEAD = ("Secretary|Director|General|Economist|Analyst|Professor|Commissioner|Attorney|Executive|CEO|"
               "Spokes(?:man|woman|person)|Chair(?:man|woman)?|President|Governor|Mayor|Minister|Senator|"
               "Representative|Superintendent|Sheriff|Chancellor|Ambassador|Judge|Justice|Leader|Coach|Manager|"
               "Officer|Commander|Administrator|Inspector|Founder|Strategist|Researcher|Scientist|Premier|"
               "Tanaiste|Taoiseach")
# "And yet Mrs. Clinton's plan …", "But Carson said …": a connective before the sentence's subject
_OPENER = (r"(?:(?:And\s+yet|But|And|Yet|Still|So|Now|Instead|Meanwhile|Then|Later)\s*,?\s+)?"
           # "At US Airways, Todd Lehmacher called …": a short phrase set before the subject
           r"(?:(?:At|In|On|After|Before|During|Like|Unlike|Asked\s+about)\s+[^,.;:\"“”]{1,40},\s+)?"
           # "Last night Tanaiste Leo Varadkar made …", "On Monday, Mayor …": a time before the subject
           r"(?:(?:(?:Last|Late|Early)\s+(?:night|week|month|year|evening|morning)|Yesterday|Today|Earlier|"
           r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,?\s+)?")
_STAFF_WORDS = "officials|executives|employees|workers|staff|officers|representatives|spokes(?:man|woman|person)|engineers|lawyers"
LEAD_PERSON = re.compile(
    rf"[\"“‘']?{_OPENER}(?:(?P<courtesy>(?:Mr|Mrs|Ms|Miss)\.?\s+{_CAP}(?:\s+{_CAP})?)"
    rf"|(?:(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Dr)\.|Dr\s|President|Senator|Governor|Mayor|Minister|Judge|Secretary)"
    rf"(?:-elect|-designate)?\s+"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})"
    # "Indeed Canada's senior economist Brendon Bernard said": the person after the body's role word
    rf"|(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*['’]s\s+(?:[a-z-]+\s+){{1,3}}(?P<name6>{_CAP}(?:\s+{_CAP}){{1,2}})"
    rf"|(?P<name2>{_CAP}(?:\s+[A-Z]\.)?\s+{_CAP})"
    rf"|(?:[A-Z][\w-]+['’]s|The|Her|His|Its|Their)\s+(?:[a-z-]+\s+){{0,2}}[a-z]+,\s+(?P<name3>{_CAP}(?:\s+{_CAP}){{1,2}})"
    # "Council member Raul Denby accused", "Fire chief Aldo Rusk blamed": a role phrase before the name
    rf"|[A-Z][a-z]+\s+(?:{_ROLE_LEAD})\s+(?P<name4>{_CAP}\s+{_CAP})"
    # "Defense Secretary Lloyd Austin said", "Inspector General J. Russell George listed", "Economist
    # Ana Ruiz expects": a capitalised title, with the body's name or an acronym before it
    rf"|(?:(?:[A-Z][\w.&'’-]*)\s+){{0,3}}?(?:{_TITLE_LEAD})(?:-elect|-designate)?\s+(?!(?:{_TITLE_LEAD})\b)(?P<name5>(?:[A-Z]\.\s+)?{_CAP}(?:\s+[A-Z]\.)?(?:\s+{_CAP}){{1,2}}))"
    rf"(?=\s+[a-z]|,|['’]s\s+[a-z])"
    rf"(?!\s+(?:{_STAFF_WORDS})\b)"  # "Con Edison officials said": a company's people, not a person
)
# "In a paper last month, Yamey warned that …": a surname (of someone named before) reporting,
# at the start of the sentence or of its main clause
SURNAME_REPORTS = re.compile(rf"(?:^(?:(?:But|And|Yet|Still|So|Meanwhile|Later|Instead|Now)\s+)?|,\s+|;\s+)(?P<name>{_CAP})\s+(?:said|says|told|added|wrote|warned|argued|noted|"
                             r"estimated|explained|insisted|stressed|cautioned|acknowledged|predicted)\b")
# "Schiff called on ...", "Murphy, a Jupiter Democrat, has ...": a bare surname opening a sentence
# "…, Ban demurred." / "…, Okafor said.": a surname and one verb closing the sentence, its main clause
SURNAME_LAST = re.compile(r",\s+(?P<name>[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?)\s+(?:[a-z]+ed|said|says|wrote|told)\.[\"”]?\s*$")
SURNAME_LEAD = re.compile(rf"[\"“‘']?{_OPENER}(?P<name>{_CAP})(?=\s+[a-z]|,\s|['’]s\s+[a-z])")
DOCUMENT_AGE = re.compile(r"^(?:(?:most|very)\s+)?(?:latest|newest|new|recent|last|previous|earlier|same|"
                          r"separate|another|other|first|second|third)\s+(?=\S)", re.I)
ASKED = re.compile(rf"\basked\s+(?P<name>{_CAP}(?:\s+{_CAP})?)\s+(?:how|what|why|whether|if|when|where|who|about|to)\b")
REPLY_VERBS = frozenset("reply answer respond retort".split())
LEAD_REACH = 2  # sentences a lead person stays the referent of 'he'/'she'
# a quotation closed and tagged with a pronoun: '“…,” he said', '“…?” she asked'
QUOTE_THEN_TAG = re.compile(r"[,?!.]\s*[”\"]\s*(?:he|she)\s+[a-z]+")


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
LEAD_WORDS = re.compile(r"(?:The\s+|An?\s+)?(?:[a-z-]+\s+){0,2}")
THE_NAME_LEAD = re.compile(r"The\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
                           r"(?:was|is|has|had|became|remains|will|would|said|says|reported|announced|[a-z]{3,}ed)\b")
LEADING_PREPOSITIONS = frozenset("Like Unlike Despite Under Over Among During Through Without Within Across Against "
                                 "Beyond Via Per Amid Toward Towards Near Inside Outside Following".split())
OPENING_ADVERBS = frozenset("Overall However Meanwhile Instead Still Together Elsewhere Nonetheless Nevertheless "
                            "Moreover Furthermore Otherwise Thus Therefore Afterwards Later Earlier Now Then Yet Also "
                            "Indeed Again Altogether Likewise Besides Hence Accordingly Separately Previously".split())
NOT_NAME_STARTS = frozenset(
    "The A An In On At But And As If When While After Before For From With By Since Until Of This That These Those "
    "Last Next Most Many Some Such Other Both Each Every All No Not Only It Its Their His Her Our We They He She "
    # an inverted condition ("Were Minnesota to fall behind, …", "Had Ruiz won, …"): no name opens with it
    "Were Had Should Did Does Do Is Are Was Would Could Might Must".split())
ORG_LAST_WORDS = frozenset(
    "Inc Corp Group Bank Party House Committee Council Department Ministry Agency Office Court Fund Foundation "
    "Institute University College Association Union Times Post Journal News Street Fargo Airlines Weekly Gazette "
    "Herald Tribune Magazine Review Observer Guardian Telegraph Daily Press Media Network Systems Foods "
    "Assembly Parliament Senate Congress Commission Authority Board Services Associates Partners Consulting "
    "Consultants Analytics Insights Holdings Capital Securities Ltd LLC Plc".split())
# "the association said": a body named before, speaking in a sentence with no figure (not parsed)
BODY_SAID = re.compile(r"\b[Tt]he\s+(?P<word>[a-z]+)\s+(?:said|says|added|adds|told|warned|noted|stated)\b")
# Titles only a person's name opens with ("Cllr David Perry", "Dr Amy Lee", "Mrs. Clinton").
PERSONAL_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Prof|Rev|Sen|Rep|Gov)\.?\s+[A-Z]")
STORY_POLL_LEAD = re.compile(r"^(?:(?:The|A|An|In|According|This|That|These|Those|Another|Its|Their|His|Her|Our|My|"
                             r"Each|Every|One|Any|Such|Last|Next)\s+)+")
FULL_NAME_SHAPE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*\.?){1,3}(?:,?\s+(?:Jr|Sr)\.?)?")
NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")  # "Joseph R. Biden Jr." is a Biden
TITLED_SURNAME = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?P<surname>[A-Z][\w'’-]+)$")
COURTESY_NAME = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss)\.?\s+{_CAP}(?:\s+{_CAP})?")
DOCUMENT_SHAPE = re.compile(
    r"(?<![\w.])[A-Z][\w/&.'-]*\s+(?:(?:of\s+|the\s+|and\s+)?[A-Z][\w/&.'-]*\s+){0,4}"
    r"(?:(?:national|statewide|state|online|tracking)\s+)?"  # "USA TODAY/Rock the Vote survey", "University of Texas poll"
    r"(?P<kind>poll|polls|survey|study|report|analysis|census|audit)\b"
    r"(?!\s+(?:respondents?|participants?|takers?)\b)"  # "One survey respondent said": a person
)
# "U.S.", "PIRG", "AT&T": initials inside an organisation's name ("the U.S. PIRG Education Fund")
_ACRONYM = r"(?:(?:[A-Z]\.){2,}|[A-Z][A-Z&]+\b)"
ORG_SHAPE = re.compile(
    rf"\b(?:(?:{_CAP}|{_ACRONYM})(?:['’]s?)?\s+){{0,4}}(?:Ministry|Agency|Office|Service|Commission|Council|Bank|Union|Organi[sz]ation|"
    rf"Institute|Department|Systems|Group|Corp|Inc|Ltd|AG|Authority|Court|Party|Forces|Police|Association|"
    rf"Federation|Survey|Committee|Fund|Programme|Program|Administration|Board|Airlines?|Company|Cent(?:er|re)|"
    rf"Foundation|Bureau|Coalition|Project)\b"
    rf"(?:\s+(?:of|for)(?:\s+the)?(?:\s+{_CAP})+)?"
)


NOT_PERSON_HEADS = frozenset(
    """house center centre foundation institute university college school hospital party committee street
    project network fund alliance coalition front movement watch forum campaign
    county city province state region district town village borough municipality parish island valley
    republic kingdom""".split()
)


# Verbs whose subject may be a thing that shows something ("the flooding showed", "the blast
# revealed"): an event is no source, whatever it shows.
SUPPORTED_WORK = frozenset("effort research work project program programme group team study trial".split())
REFLEXIVES = frozenset("itself himself herself themselves myself ourselves yourself".split())
EVIDENCE_VERBS = frozenset("show reveal indicate suggest register record find count put measure list tally".split())
THING_SUBJECT_VERBS = EVIDENCE_VERBS | {"claim"}  # verbs a thing can be the subject of without speaking
OBJECT_MISREAD_VERBS = EVIDENCE_VERBS | {"say", "tell"}  # whose "object" is often a clause or a list going on
EVENT_NOUNS = frozenset("""flood floods flooding storm storms hurricane typhoon cyclone quake earthquake tremor
    tsunami fire fires wildfire blaze explosion blast crash collapse attack attacks war fighting shelling bombing
    violence shooting shootings outbreak epidemic pandemic drought heatwave famine disaster catastrophe tragedy
    accident spill eruption landslide thing things snow ice rain water wind fog smoke dust mud sand tide
    melt thaw photo photos image images picture pictures footage video videos""".split())
SETTING_OFF_EVENTS = frozenset("stampede riot clash raid massacre killing incident protest strike".split())
# (the elements: "the snow thinned to reveal two regions of ice"; pictures: "photos showed crowds at
# 80 per cent of normal, according to Nine News" is the newsroom's count, not the photos')


def one_official(tok: Token) -> bool:
    """Is the speaker one official or spokesperson, named by office ("a ministry official", "the
    ministry's official", "an official of the ministry")? That one is a person: the "he" of the
    next sentences, whatever name the claim gives."""
    if tok.lemma_.lower() in SINGLE_OFFICIALS and tok.tag_ == "NN":
        return True
    holder = tok.head if tok.dep_ in ("poss", "compound") else tok.head.head if (
        tok.dep_ == "pobj" and tok.head.lower_ == "of") else None
    return holder is not None and holder.lower_ in SINGLE_OFFICIALS - {"source"}


def _could_speak(head: Token) -> bool:
    """Can this subject be a source? Anything but an event ('last week's flooding in Derna
    showed …', 'the blast revealed …') or a bare thing; names, people, bodies, documents,
    polls, results and emails all can; nor what a figure measures ('levels showed almost no
    change', 'sales showed a rise')."""
    lemma = head.lemma_.lower()
    return lemma not in EVENT_NOUNS and head.lower_ not in EVENT_NOUNS and lemma not in MEASURED_NOUNS \
        and lemma not in LEVEL_NOUNS


# A factbox's heading: a business's name in capitals, on a line of its own, with its ticker or not
# ("ERIE INSURANCE (ERIE.O)", "GEICO"); each entry's "the company" is the one its heading names.
SECTION_HEADING = re.compile(r"^(?P<name>[A-Z][A-Z0-9&.'’\- ]{1,50}?[A-Z0-9])(?:\s*\([A-Z0-9.]+\))?$")
SECTION_REACH = 3  # paragraphs below its heading that a factbox entry runs to
SECTION_BREAK = re.compile(r"^[A-Z][A-Z0-9&'’\- ]{2,50}:?$")  # "BACKGROUND", "WHAT HAPPENS NEXT": a heading naming no one
NOT_SECTION_WORDS = frozenset("""background context analysis timeline key facts what why how who when where next update
    updates related more read see also editor note notes reporting editing file photo photos video graphic factbox
    explainer q&a the a of and in on for full text transcript statement watch live breaking exclusive opinion
    comment updated correction""".upper().split())
_KEEP_CAPS = frozenset("US U.S. UK U.K. EU AG SA NV PLC LLC AB ASA".split())


TICKER = re.compile(r"\([A-Z0-9]{1,6}\.[A-Z]{1,3}\)\s*$")  # "(ALL.N)", "(ERIE.O)"
BUSINESS_WORDS = frozenset("""INSURANCE ASSURANCE CORP CORPORATION INC CO LTD PLC LLC GROUP HOLDINGS BANK BANCORP MOTORS
    AIRLINES AIRWAYS ENERGY FINANCIAL MUTUAL PARTNERS CAPITAL SYSTEMS TECHNOLOGIES PHARMACEUTICALS""".split())


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


def _could_be_person(name: str) -> bool:
    """Two capitalised words read as a name only if neither is a preposition, article or date word, nor
    the first a number ("Seventeen Taliban members …")."""
    words = name.split()
    return words[0] not in NOT_NAME_STARTS | LEADING_PREPOSITIONS and words[0].lower() not in NUMBER_WORDS and not any(
        w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words)


def _org_name(name: str) -> bool:
    """Does a capitalised name read as an organisation ('Open Ballot Project', 'Halbrook Foods',
    'Ministry of Health'), so that no 'he' or 'she' may stand for it?"""
    last = name.split()[-1] if name.split() else ""
    return last in ORG_LAST_WORDS or last.lower() in NOT_PERSON_HEADS or bool(ORG_SHAPE.search(name)) \
        or "&" in name  # "AT&T", "Procter & Gamble": no person's name has an ampersand


# Descriptors that stand for a business or group named in the same breath ("X will cut jobs,
# the company said").
ORG_DESCRIPTORS = frozenset(
    """company firm group maker carmaker automaker retailer lender manufacturer producer developer
    provider chain giant startup airline carrier operator insurer utility bank conglomerate
    supplier distributor exchange""".split()
)
# How a business's own name says what it is, for the descriptors whose word is not in the name
# ("the airline" for "Ardan Air", "the carmaker" for "Vestra Motors").
_AIR = ("Air", "Airlines", "Airways", "Airline")
_CARS = ("Motors", "Motor", "Automotive", "Auto")
_POWER = ("Power", "Energy", "Electric", "Electricity", "Water", "Gas", "Utilities")
KIND_NAME_ENDINGS = {"airline": _AIR, "carrier": _AIR, "carmaker": _CARS, "automaker": _CARS, "maker": _CARS,
                     "insurer": ("Insurance", "Assurance", "Re"), "utility": _POWER, "operator": _POWER,
                     "lender": ("Bank", "Bancorp", "Credit", "Finance"), "retailer": ("Stores", "Mart", "Retail")}
_KIND_ENDINGS = "|".join(sorted({w for ends in KIND_NAME_ENDINGS.values() for w in ends} - {"Re"}, key=len, reverse=True))
KIND_NAME = re.compile(rf"(?<![\w.])(?:(?!The\b|A\b|An\b)[A-Z][\w&'-]*\s+){{1,3}}(?:{_KIND_ENDINGS})\b(?![ \t]+[A-Z&])")
# Words loose enough to stand for whatever organisation was named last.
LOOSE_ORG_WORDS = frozenset("group organization organisation platform publisher broadcaster".split())  # a public body is one too
GENERIC_ORG_WORDS = LOOSE_ORG_WORDS | {"company", "firm"}
PUBLIC_ORG_WORDS = frozenset("group organization organisation".split())  # a committee is one; never a publisher
PUBLIC_BODY = re.compile(r"\b(?:Ministry|Department|Agency|Commission|Council|Union|Police|Court|Office|Bureau|"
                         r"Government|Parliament|Authority|Committee|Assembly|Senate|Army|Navy|Federation|"
                         r"Association|Party)\b")
# Institutions that are no business either: "the company" after "Berenson-Allen Centre" is not the centre
NON_BUSINESS = re.compile(r"\b(?:University|Institute|Hospital|Centre|Center|School|College|Foundation|Clinic|"
                          r"Museum|Society|Academy)\b")
# Roles that only people hold, for "The regional governor, Tomas Erdei," and "parent Jolene Marsh".
# Words before a role that make it another office: "vice president", "shadow chancellor", "deputy mayor".
RANK_PREFIXES = frozenset("vice shadow deputy former assistant ex".split())
PERSON_ROLES = frozenset(
    """governor mayor minister president spokesman spokeswoman spokesperson secretary senator chancellor premier
    commissioner councillor
    chairman chairwoman chair director executive chief commander general officer judge prosecutor
    lawyer attorney professor researcher economist analyst scientist doctor nurse coach manager
    founder owner leader candidate lawmaker senator representative ambassador envoy sheriff
    official head boss nominee front-runner frontrunner hopeful challenger incumbent contender
    physicist engineer physician surgeon epidemiologist oncologist psychiatrist psychologist neurologist
    cardiologist pediatrician author co-author investigator historian
    editor reporter journalist columnist correspondent presenter producer writer photographer
    actor actress singer captain striker midfielder goalkeeper teacher pilot""".split()
)
ROLE_OR_ANON = PERSON_ROLES | lx.ANON_HEADS  # words that make a claimant people, never "the company"
# Roles an unnamed speaker has ("an analyst said"), which "the analyst" may take back to one named before.
ANONYMOUS_ROLES = lx.ANON_HEADS & PERSON_ROLES
# Titles written in front of a name, and the role noun a later sentence uses for that person.
ABBREVIATED_TITLES = frozenset("Sen Gov Rep Gen Prof".split())  # written with a full stop: "Sen. Ana Ruiz"
# Descriptors that stand for a body, neither a person's role nor a document ("the association").
BODY_WORDS = lx.DESCRIPTOR_HEADS - PERSON_ROLES - lx.DOCUMENT_HEADS
TITLES = {"Vice President": "vice president", "Sen": "senator", "Senator": "senator", "Gov": "governor", "Governor": "governor", "Rep": "representative",
          "Representative": "representative", "President": "president", "Mayor": "mayor", "Judge": "judge",
          "Secretary": "secretary", "Minister": "minister", "Gen": "general", "General": "general",
          "Ambassador": "ambassador", "Sheriff": "sheriff", "Prof": "professor", "Professor": "professor"}
TITLE_NAME = re.compile(
    r"(?<!Vice )(?<!Deputy )(?<!Lt\. )\b(?P<title>"
    + "|".join(re.escape(t) + (r"\." if t in ABBREVIATED_TITLES else "") for t in sorted(TITLES, key=len, reverse=True))
    + rf")\s+(?P<name>(?:Mc|Mac|O'|De|Di|Van|Le|La)?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
    rf"(?:\s+(?:[A-Z]\.\s+)?(?:Mc|Mac|O'|De|Di|Van|Le|La)?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?){{1,2}})")
PLURAL_ROLE = {"authorities": "authority", "organisers": "organiser", "prosecutors": "prosecutor"}
_ROLE_WORDS = "|".join(sorted((lx.DESCRIPTOR_HEADS | ORG_DESCRIPTORS | PERSON_ROLES) - {"report", "survey", "general"},
                              key=len, reverse=True))
_NAME = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[A-Z][\w'&.-]*)(?:\s+(?:of\s+|for\s+|de\s+)?[A-Z][\w'&.-]*){0,4}"
# A trailing frame ("…across Belmora, the agency said") is no apposition.
_SAYS = r"(?:said|says|say|told|tells|added|adds|reported|reports|estimated|estimates|confirmed|announced|wrote|stated|noted|warned|insisted)\b"
# "a union organiser", "a party official": the person is a member of the body, not the body
_MEMBER = (r"(?:organi[sz]er|official|member|leader|worker|spokes\w+|activist|representative|lawyer|president|"
           r"chief|head|director|chair\w*|steward|boss|executive|employee|staffer|adviser|advisor)s?\b")
# "security firm Redline", "snack maker Halbrook Foods", "grid operator Alvenet"
ROLE_THEN_NAME = re.compile(rf"\b(?P<role>{_ROLE_WORDS})\s+(?P<name>{_NAME})\b")
_RANK_BEFORE = re.compile(r"(?i)\b(vice|shadow|deputy|former|assistant|ex)[\s-]+$")


_PLACE_PREP_BEFORE = re.compile(r"\b(?i:in|at|on|from|to|of|for|with|by|during|after|before|into)\s+(?:the\s+)?$")
_VERB_AFTER = re.compile(r"\s+(?:also\s+)?(?!(?:that|who|which|whose)\b)[a-z]+(?:ed|s)\b")


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
PORTFOLIO_COMMA_NAME = re.compile(
    r"\b(?P<role>Minister|Secretary|Governor|Chairman|Chairwoman|Chairperson|Director|Commissioner|Advis[eo]r)"
    rf"\s+(?:for|of)\s+(?:(?:and\s+)?[A-Z][\w&'’-]*\s*){{1,6}},\s+(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}}),")
ROLE_COMMA_NAME = re.compile(rf"\b(?P<role>{_ROLE_WORDS}),\s+(?P<name>{_NAME}),")  # a name set off after its role
# "Redline, a security firm", "Halbrook Foods, the snack maker", "the governor, Tomas Erdei,"
NAME_THEN_ROLE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{_ROLE_WORDS})\b(?!\s+{_SAYS})(?!\s+{_MEMBER})(?!\s+(?:{_ROLE_WORDS})\b)"
    rf"|(?:\b(?:the|The|his|His|her|Her|its|Its|their|Their)|[A-Z][\w-]+['’]s)\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?P<role2>{_ROLE_WORDS}),\s+(?P<name2>{_NAME}),"
)
_PUT_OUT = r"released|published|compiled|issued|produced|commissioned|conducted|carried out|announced"
PUBLISH_WORDS = re.compile(rf"\b(?:{_PUT_OUT}|filed|put out)\b")
PUBLISHED_BY = re.compile(
    rf"\b(?P<kind>report|data|figures|statistics|survey|poll|study|analysis|review|audit|records|numbers|results)\s+"
    rf"(?:(?:has|have|had)\s+been\s+|(?:was|were|is|are)\s+)?"  # "the data has been compiled by the Police Bureau"
    rf"(?:{_PUT_OUT})\s+by\s+(?P<name>(?:the\s+)?{_NAME})"
)
SAID_IN_STATEMENT = re.compile(
    rf"(?:^|(?<=[.;:]\s))(?P<name>(?:The\s+)?{_NAME})(?:,[^,;]{{1,80}},)?\s+(?:said|says|added)\s+in\s+(?:a|its|an)\s+"
    rf"(?:[\w-]+\s+){{0,2}}statement\b")
PUBLISHES = re.compile(
    rf"(?P<name>{_NAME})\s+(?:published|released|issued|filed|put out)\s+(?:its|a|an|the|new)\s+"
    rf"(?:[\w-]+\s+){{0,3}}(?P<kind>report|data|figures|survey|study|analysis|statement|filing|review|audit)\b"
)


# Document words that name the same kind of thing: 'the data' after 'figures released by X'.
_FAMILIES = {"figure": "data", "figures": "data", "datum": "data", "statistics": "data", "number": "data",
             "numbers": "data", "records": "record", "study": "report", "analysis": "report",
             "review": "report", "assessment": "report", "paper": "report", "poll": "survey", "research": "report"}


def _document_family(word: str) -> str:
    word = word.lower()
    return _FAMILIES.get(word, word)


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:The|the|A|An)\s+", "", name.strip())


PERSON_TITLE_START = re.compile(
    r"(?:President|Prime Minister|Minister|Governor|Mayor|Senator|Sen\.|Rep\.|Gov\.|Judge|Dr\.?|Professor|"
    r"General|Gen\.|Chancellor|Secretary|Finance [Mm]inister|[A-Z][a-z]+ [Mm]inister)\s")


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


# Documents an organisation issues about itself: 'X will do Y, the filing said' is X's.
SELF_ISSUED = frozenset("filing statement release".split())


def _named_subject_before(head: Token, persons: list[str]) -> str | None:
    """The proper-noun subject of the reported clause before a trailing 'the company said', unless
    it is a person ('Assem, the co-pilot, had logged 2,766 hours, the airline said')."""
    quoted_to = max((t.i for t in head.doc[head.sent.start : head.i] if t.text in ("\u201d", '"', "''")),
                    default=head.sent.start - 1) if head.doc[head.sent.start].text in ("\u201c", '"', "``") else -1
    for tok in head.sent:
        if tok.i >= head.i:
            break
        if tok.i < quoted_to:
            continue  # '"Chicago accounted for 93% of the cases," a spokesman wrote': the quotation's subject
        if tok.dep_ == "nsubj" and tok.lemma_.lower() in ("share", "stock") and tok.doc[tok.left_edge.i].pos_ == "PROPN":
            # "Tempur-Pedic International (TPX) shares lost half their value after the mattress company said"
            end = next((t.i for t in tok.doc[tok.left_edge.i : tok.i] if t.text == "("), tok.i)
            words = tok.doc[tok.left_edge.i : end]
            if end < tok.i and len(words) and all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in words) \
                    and not any(words.text in p or p in words.text for p in persons):
                return words.text
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in ORG_DESCRIPTORS:
            # "The investment firm, Shiv Nadar & Sanjay Kalra Associates (SNSK), will …": the name set off after it
            tok = next((c for c in tok.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
                        and tok.doc[c.left_edge.i - 1].text == ","), tok)
        if (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ in ("appos", "conj") and tok.head.lemma_.lower() in ORG_DESCRIPTORS
                # "Future plc's share price plummeted as the publishing giant said": the subject's owner
                or tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "NOUN") \
                and tok.pos_ == "PROPN" and not any(
                c.like_num for c in tok.subtree):
            # "Enterprise software maker Quillon Systems": the name, without the role in front
            text = _without_role_in_front(tok, noun_phrase(tok)[0])
            # (a ticker in brackets, "Dawson Geophysical Co (DWSN.O)", describes no one)
            described = any(c.dep_ == "appos" and c.lemma_.lower() not in lx.DESCRIPTOR_HEADS | ORG_DESCRIPTORS
                            and tok.doc[c.left_edge.i - 1].text != "(" for c in tok.children)
            if not (COURTESY_NAME.match(text) or PERSON_TITLE_START.match(text) or described
                    or any(text in p or p in text for p in persons)):
                return text
    return None


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


def _proper_name(tok: Token) -> bool:
    """A head that is itself a name ('Paulo Rennes', 'Frontex'), not a role that has one."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG")


# "Reid, D-Nev., said", "Rep. Ana Ruiz (R-Texas)": a US legislator's party and state, never a name
PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?$")


def _party_tag(tok: Token) -> bool:
    return bool(PARTY_TAG.match(tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text))


def _named_apposition(spk: Token) -> Token | None:
    """The name set beside a role noun ('the company's chief executive, Mara Tull'): FORMAT wants
    the claimant's short name, and the role adds nothing a reader can link."""
    if _proper_name(spk):
        return None
    named = next((c for c in spk.children if c.dep_ == "appos" and _proper_name(c)
                  and c.lower_ not in lx.PRONOUNS_PERSON and not _party_tag(c)), None)
    if named is None and spk.i + 1 < spk.sent.end:
        nxt = spk.doc[spk.i + 1]  # "the business weekly Kapital", the name hung on another word
        while nxt.pos_ == "PROPN" and nxt.dep_ == "compound" and nxt.head.i > nxt.i:
            nxt = nxt.head
        if nxt.pos_ == "PROPN" and nxt.dep_ == "appos":
            named = nxt
    return named


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


# Dependencies by which words in front of a name belong to it ("lead researcher Tomas Vik").
NAME_FRONT_DEPS = frozenset({"compound", "amod", "det", "nmod", "poss", "case"})


def _name_start(spk: Token) -> int:
    """The first token of the words in front of a name that hang on it. Not its subtree's left
    edge: a misparse can hang a whole quotation on a role word ('"…," lead researcher X said')."""
    j = spk.i
    while j > spk.sent.start:
        t = spk.doc[j - 1]
        if t.text in ("-", "‑") and t.whitespace_ == "" and j - 2 >= spk.sent.start \
                and spk.doc[j - 2].whitespace_ == "" and spk.doc[j - 2].pos_ == "PROPN" and spk.doc[j].text[:1].isupper():
            j -= 1  # "Al-Kahlot", "Ocasio-Cortez": one name the parser cut at its hyphen (not "Michigan-based")
            continue
        while t != spk and t.dep_ in NAME_FRONT_DEPS and t.i < spk.i and t.head != t:
            t = t.head
        if t != spk or spk.doc[j - 1].is_punct:
            break
        j -= 1
    return j


def _without_role_in_front(spk: Token, text: str) -> str:
    """A name without the lower-case words that say what it is ('threat intelligence firm
    Redline', 'opposition leader Ana Varga'): the short name FORMAT asks for, and the one other
    reports use, so the actor links."""
    start = _name_start(spk)
    first = next((t for t in spk.doc[start : spk.i + 1] if t.pos_ == "PROPN"), spk)
    front = spk.doc[start : first.i]
    if not front or any(t.pos_ not in ("NOUN", "ADJ", "DET") and not (t.dep_ in ("compound", "amod") and t.is_lower)
                        or t.tag_ == "POS" or t.like_num
                        or (t.text[:1].isupper() and t.i > spk.sent.start) for t in front):
        return text  # "Ukrainian officer Ivan Dorn", "Trump's manager": the front says whose
    short = text[text.find(first.text):] if first.text in text else text
    return short or text


def _without_apposition(spk: Token, text: str) -> str:
    """The phrase before the first apposition of a name ('Ardan Air, the airline' -> 'Ardan Air')."""
    appos = next(c for c in spk.children if c.dep_ == "appos")
    if appos.pos_ == "PROPN" and appos.left_edge.i > 0 and not spk.doc[appos.left_edge.i - 1].is_punct:
        return text  # "the National Institute of Alcohol Abuse and Alcoholism": one name the parser split, no comma
    short = _strip_article(spk.doc[_name_start(spk) : appos.left_edge.i].text.rstrip(" ,(\u2013\u2014-"))
    if short and short not in text and len(short.split()) <= MAX_NP_TOKENS // 2:
        return short  # a long description after the name cut the phrase to another entity in it
    return short if short and short in text else text


def _described_business(head: Token) -> bool:
    """'the UK-based magazine and specialist publishing giant': a business described at length but
    not named, which only a name in the same sentence can stand for."""
    based = {t.i for t in head.subtree if t.dep_ == "npadvmod" and t.head.lower_ == "based"}
    return head.lemma_.lower() in ORG_DESCRIPTORS and head.pos_ == "NOUN" \
        and head.doc[head.left_edge.i].lower_ == "the" and not any(
            t.dep_ in ("prep", "relcl", "acl", "appos") or (t.pos_ == "PROPN" or t.ent_type_) and t.i not in based
            for t in head.subtree)


def _is_bare_descriptor(head: Token) -> bool:
    """'the agency', 'the spy agency', 'the ministry': a common noun with no name of its own."""
    if head.lemma_.lower() not in lx.DESCRIPTOR_HEADS or head.pos_ == "PROPN":
        return False
    # "the organization in March": a time says when, not which
    dated = {t.i for c in head.children if c.dep_ == "prep" and _dated(c) for t in c.subtree}
    for tok in head.subtree:
        if tok.i in dated:
            continue
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return False
        if tok.dep_ in ("prep", "relcl", "acl", "appos"):
            return False
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    return any(c.lower_ == "the" for c in head.children) and len(modifiers) <= 1


# Words of party and standing in front of a role ("the Democratic front-runner").
CAMP_WORDS = frozenset("democratic republican gop presumptive likely former current independent conservative liberal "
                       "labour labor tory presidential".split())


def _is_role_noun(head: Token) -> bool:
    """'the candidate', 'the senator': a role only people hold, with 'the' and nothing else."""
    if head.lemma_.lower() not in PERSON_ROLES - SPOKES_HEADS - {"official", "officer", "analyst", "researcher"} \
            or head.tag_ != "NN":
        return False
    # "the candidate", and "the Democratic front-runner", "the presumptive Republican nominee"
    modifiers = [c for c in head.children if c.dep_ != "det"]
    return [c.lower_ for c in head.children if c.dep_ == "det"] == ["the"] and len(modifiers) <= 2 and all(
        c.dep_ in ("amod", "compound") and c.i < head.i and (c.lower_ in CAMP_WORDS or c.pos_ == "ADJ")
        for c in modifiers)


# Bodies whose name is written as a possessive: "Moody's said", "Sotheby's estimates" (not "Moody").
# (Only names that are rarely a person's: "Christie's" is as often Chris Christie's.)
POSSESSIVE_NAMES = frozenset("Moody Sotheby Sainsbury Macy Kellogg Domino Dillard Applebee Hardee".split())


def noun_phrase(tok: Token) -> tuple[str, Token]:
    """The text of the phrase headed by `tok`, without clauses, trailing commas or a leading 'the'."""
    idx = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in SKIP_CHILD_DEPS or (child.dep_ == "prep" and (_dated(child) or _in_a_text(child))) or (
                    child.dep_ == "appos" and _party_tag(child)) or (
                    child.dep_ == "npadvmod" and _time_word(child) and child.right_edge.i == t.right_edge.i) or (
                    child.dep_ == "appos" and child.pos_ == "NOUN" and t.pos_ == "PROPN" and t.i != tok.i) or (
                    # "The Star story, part of ICIJ's investigation,": what the text is, set off by commas
                    child.dep_ == "appos" and child.pos_ == "NOUN" and t.pos_ == "NOUN" and child.i > t.i
                    and child.left_edge.i > 0 and t.doc[child.left_edge.i - 1].text == ",") or (
                    child.dep_ == "dobj" and t.pos_ == "NOUN" and child.i > t.i) or (
                    child.dep_ == "prep" and child.lower_ == "of" and t.pos_ == "PROPN" and child.i > t.i
                    and any(g.dep_ == "nummod" for g in child.subtree)):  # "the CDC of 305 patients": a sample hung on the name
                continue  # "the campaign on Sunday", "a Register poll last month": the day is no part of who
                # (closing the phrase only: "a study last year by economists at X" keeps its authors);
                # "by the Centre for Economic Policy Research, a London-based think tank": what it is;
                # a noun takes no object ("a filing the company made": a relative clause misread)
            idx.add(child.i)
            stack.append(child)
    if tok.tag_ in ("WRB", "WDT", "WP", "IN", "RB", "MD") and tok.text.istitle():
        # "Jonathan How", "Mark May": a surname read as a function word keeps the given name before it
        k = tok.i - 1
        while k >= tok.sent.start and tok.doc[k].pos_ == "PROPN" and tok.doc[k].text.istitle() and tok.i - k <= 3:
            idx.add(k)
            k -= 1
    if tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN" and tok.head.dep_ == "ROOT":
        # "The Sanders campaign projects that …": the words in front were hung on the verb read as a noun
        idx.update(t.i for t in tok.head.children if t.i < tok.i and t.dep_ == "compound")
    # Keep the run of the phrase around its head: a child the parser hung across a clause
    # ("rebels said ..., a claim") would otherwise drag the clause in.
    doc = tok.doc
    left = right = tok.i
    while left - 1 in idx or (left - 2 in idx and doc[left - 1].is_punct and doc[left - 1].text != ","):
        left -= 1  # (not back across a comma: "in Strasbourg, Jean-Claude Juncker" misread as one phrase)
    while right + 1 in idx or (right + 2 in idx and doc[right + 1].is_punct):
        right += 1
    doc = tok.doc
    while left < right and (doc[left].is_punct or doc[left].lower_ in LEADING_DROP):
        left += 1
    while right > left and (doc[right].is_punct and doc[right].text not in ")"):
        right -= 1
    if right - left + 1 > MAX_NP_TOKENS:
        named = [e for e in doc[left : right + 1].ents if e.label_ in ("PERSON", "ORG")]
        if named:
            best = sorted(named, key=lambda e: (e.label_ != "PERSON", -len(e)))[0]
            return best.text, best.root
        runs = _propn_runs(doc, left, right)
        if runs:  # no entities (recognition skipped): the run of proper nouns holding the head names the speaker,
            # else the last one ("Dr. Ann Wu of the Department of … Center for …": Ann Wu, not the centre)
            start, end = next(((a, b) for a, b in runs if a <= tok.i < b), runs[-1])
            return doc[start:end].text, doc[end - 1]
        left = max(left, tok.i - MAX_NP_TOKENS // 2)
        right = min(right, tok.i + MAX_NP_TOKENS // 2)
    while right > left and doc[right].tag_ == "POS":  # "the agency's" -> "the agency"
        right -= 1
    while right > left and doc[right].is_lower and doc[right].whitespace_ == "" and right + 1 < len(doc) \
            and doc[right + 1].text == "-":
        right -= 1  # "Karenga matter-of-factly explained": the adverb's first part is no part of the name
    if right + 2 < len(doc) and doc[right].pos_ == "PROPN" and doc[right].whitespace_ == "" \
            and doc[right + 1].text == "-" and doc[right + 1].whitespace_ == "" and doc[right + 2].is_alpha \
            and len(doc[right + 2]) <= 4:
        right += 2  # "Moon Jae-in": the parser cut the name at its hyphen
    text = doc[left : right + 1].text
    if right + 1 < len(doc) and doc[right + 1].tag_ == "POS" and doc[right].text in POSSESSIVE_NAMES:
        text += doc[right + 1].text  # "Moody's estimates": the agency's name ends in 's
    if text.count("(") > text.count(")"):
        text = text.rsplit("(", 1)[0].rstrip()
    text = re.sub(r"^\W*>", "", text)  # '">Sanders': the tail of a markup tag left glued to the name
    return text.strip(" ,;:\u2013\u2014-"), tok


# Words a dated phrase ends in: the calendar's names (from the time reader) and spans of time.
TIME_HEADS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "week month year day morning evening night weekend today yesterday tonight afternoon".split())


# Measures a change is "in" ("a 100-point reduction in the Crohn's Disease Activity Index"), never a poll's
MEASURE_NOUNS = frozenset("index score scale rate level gauge measure".split())
# Nouns of change, whose "in X" is the measure that changed ("a 100-point reduction in the index")
CHANGE_NOUNS = frozenset("reduction increase rise fall drop decline change improvement gain growth jump cut "
                         "decrease reading".split())


def _in_a_text(prep: Token) -> bool:
    """'the ministry in the roadmap', 'the agency in a statement': where it said so, not who."""
    return prep.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | TEXT_WORDS for g in prep.children)


TEXT_WORDS = frozenset("statement release roadmap plan letter interview speech filing memo blog".split())


DEADLINE_WORDS = frozenset("date time deadline end start close then now".split())


def _time_word(tok: Token) -> bool:
    """A calendar word ("Jan.", "month", "Sunday"): it dates a phrase, it names nobody."""
    return tok.lower_.rstrip(".") in TIME_HEADS


def _dated(prep: Token) -> bool:
    """'on Sunday', 'in 2009' (not 'of 2009': "the Class of 2009" is a name)."""
    return any(c.dep_ == "pobj" and (_time_word(c) or (prep.lower_ != "of" and c.like_num and YEAR.fullmatch(c.text))
                                     or prep.lower_ == "since" and c.like_num and OLD_YEAR.fullmatch(c.text))
               for c in prep.children)  # ("the review of 1,550 eradications since 1872" is the review)


OLD_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def _propn_runs(doc, left: int, right: int) -> list[tuple[int, int]]:  # noqa: ANN001 - a spaCy Doc
    runs: list[tuple[int, int]] = []
    i = left
    while i <= right:
        if doc[i].pos_ == "PROPN":
            j = i
            while j + 1 <= right and doc[j + 1].pos_ == "PROPN":
                j += 1
            if j > i:
                runs.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return runs


MONTH_WORDS = frozenset(
    "jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul. july aug aug. "
    "august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december".split()
)


def looks_like_person(tok: Token) -> bool:
    """A person's name: by entity label where recognition ran, else First Last proper nouns."""
    if tok.ent_type_:
        return tok.ent_type_ == "PERSON"
    if tok.pos_ != "PROPN":
        return False
    # the name itself: not what an apposition or a clause says of it ("Declan Fahy, chair of the
    # district," is a person although 'district' names a body)
    aside = {t.i for c in tok.children if c.dep_ in ("appos", "acl", "relcl", "prep", "conj", "cc", "punct")
             for t in c.subtree}
    phrase = [t for t in tok.subtree if t.i not in aside]
    # "Lok Nyay Party leader Vikram Sethi": the body before a role noun is whose role it is
    roles = [t.i for t in phrase if t.i < tok.i and t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_ROLES]
    if roles:
        phrase = [t for t in phrase if t.i > roles[-1]]
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c in phrase]
    words = {t.lower_ for t in phrase}
    if tok.lower_ in NOT_PERSON_HEADS or ORG_SHAPE.search(" ".join(t.text for t in phrase)):
        return False  # "the White House", "the Tax Policy Center"
    # a title only people hold ("Prime Minister Andrei Voss") does not make the name an institution
    return bool(names) and not words & (lx.DESCRIPTOR_HEADS - PERSON_ROLES) and not any(
        t.lower_ in lx.MEDIA_HEADS for t in phrase)


def is_media(text: str, head: Token | None = None) -> bool:
    low = " " + re.sub(r"[^a-z0-9 -]", " ", text.lower()) + " "
    if any(f" {name} " in low for name in lx.MEDIA_NAMES):
        return True
    words = low.split()
    if "media" in words:
        return True
    if head is not None:
        h = head.text.lower()
        if h == "agency":
            return "news" in words or "press" in words
        if h in lx.MEDIA_HEADS and h not in ("agency",):
            # "press secretary", "news conference" are not newsrooms: the head must be the newsroom word.
            return not any(w in words for w in ("secretary", "officer", "conference", "release", "service"))
    return False


AFFILIATION_WORDS = frozenset(
    """military army government intelligence police security defence defense diplomatic official
    ministry presidential federal state navy guard coastguard governor mayor minister prosecutor
    court council commander"""
    .split()
)


def is_named(head: Token, strict: bool = False) -> bool:
    """Does the phrase name who is speaking (a name, a nationality, an institution), not just a kind of people?

    `strict` leaves out pronouns and bare descriptors ("the ministry"), which name a source
    only through what came before; a citation must name its source outright.
    """
    for tok in head.subtree:
        if tok.dep_ in ("relcl", "acl"):
            continue
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            return True
        if tok.pos_ == "ADJ" and tok.text[:1].isupper() and tok.i > tok.sent.start:  # "Ukrainian", "South Korean"
            return True
        if tok.lower_ in AFFILIATION_WORDS:
            return True
    if strict:
        return False
    if _bare_plural(head):
        return False  # "insurers estimate", "rescuers said": a kind of people, not one source
    if _name_tagged_noun(head) and not any(c.dep_ == "det" for c in head.children):
        return True  # "Carmat estimates …": a name the tagger read as a common noun
    return head.lower_ in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP or head.lemma_.lower() in lx.DESCRIPTOR_HEADS


def _bare_plural(head: Token) -> bool:
    """A plural common noun with no determiner, possessive or name of its own."""
    return head.tag_ == "NNS" and head.lemma_.lower() not in COLLECTIVE_SOURCES and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nmod") for c in head.children)


# Plurals that name one body when bare ("Police said", "Authorities said").
COLLECTIVE_SOURCES = frozenset("police authority authorities prosecutor prosecutors organiser organizer".split())


# Kinds of people the issue names as no claimant when bare ("Scientists say …", "researchers
# believe"); "the researchers" points back at a team the text named, so it stays.
BARE_EXPERTS = frozenset("scientist scientists researcher researchers authorities doctors physicians".split())
# "Many now believe …", "Some say …": a quantity of unnamed people
QUANTIFIER_SPEAKERS = frozenset("many some most others few several".split())


PLACED_PEOPLE = frozenset("resident villager witness eyewitness local neighbour neighbor bystander onlooker".split())


FIELD_NOUNS = frozenset("sector industry field area market business profession trade space".split())


def _unnamed_field(prep: Token) -> bool:
    """'in the sector', 'across the industry': where experts work, naming no body (unlike 'a source
    in the defence ministry', an affiliation)."""
    return prep.dep_ == "prep" and prep.lower_ in ("in", "across", "within") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in FIELD_NOUNS for g in prep.children) and not any(
        t.pos_ == "PROPN" or t.text[:1].isupper() for t in prep.subtree)


def is_anonymous(head: Token) -> bool:
    """'anonymous sources', 'its own sources', 'people familiar with the matter' name no affiliation."""
    if head.lower_ in BARE_EXPERTS and head.tag_ == "NNS" and not any(
            c.dep_ in ("det", "poss", "compound", "amod", "prep", "nmod", "appos") for c in head.children):
        return True
    if head.lower_ in QUANTIFIER_SPEAKERS and not any(c.dep_ in ("prep", "compound", "amod") for c in head.children):
        return True
    if head.lemma_.lower() not in lx.ANON_HEADS:
        return False
    # ("a resident of Hasnabad", "witnesses in the square": where they live or stood is no affiliation)
    placed = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from", "near")
              for t in c.subtree} if head.lemma_.lower() in PLACED_PEOPLE else set()
    # ("a resident, speaking on condition of anonymity, said": how they spoke, no affiliation)
    placed |= {t.i for c in head.children if c.dep_ in ("acl", "relcl")
               and any(g.lower_ in ("anonymity", "anonymously", "authorized", "authorised") for g in c.subtree)
               for t in c.subtree}  # ("a source not authorized to speak on the record")
    placed |= {t.i for c in head.children if _unnamed_field(c) for t in c.subtree}  # "experts in the sector"
    for tok in head.subtree:
        if tok == head or tok.i in placed:
            continue
        low = tok.lower_
        if tok.dep_ == "amod" and low == "familiar":
            return True
        if tok.is_punct or low in lx.ANON_MODIFIERS or tok.dep_ in ("det", "nummod", "quantmod"):
            continue
        return False
    return True


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


def _affiliated_count(spk: Token) -> bool:
    """'three police sources', 'two government officials': counted, but named by the body they are
    from (FORMAT: affiliated sources speak), unlike 'two people briefed on the talks'."""
    return spk.tag_ == "NNS" and spk.lemma_.lower() in ("source", "official") and any(
        c.dep_ in ("compound", "amod") and c.i < spk.i and c.lower_ not in lx.ANON_MODIFIERS for c in spk.children)


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


def _ends_on_its_own_words(verb: Token) -> bool:
    """Whether only the verb's own phrases ('on Tuesday') and punctuation follow it in the sentence."""
    return all(t.is_punct or t.head == verb or verb.i < t.head.i <= t.i for t in verb.doc[verb.i + 1 : verb.sent.end])


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


# What a speaker delivers or gives ("delivered a message, saying …", "gave a speech detailing …").
DELIVERED_WORDS = frozenset("message speech address statement talk sermon briefing remarks update letter".split())
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
    return verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBD") and verb.head.i < verb.i \
        and verb.doc[verb.i - 1].text == ","


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
            and all(t.is_punct for t in verb.doc[inverted.right_edge.i + 1 : verb.sent.end]):
        return inverted  # "…was $13.58 billion, states the report.": the tag inverted, its subject read as object
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


def _ends_a_name(tok: Token) -> bool:
    """'Washington Post', 'Daily Report': a report noun that is the last word of a proper name."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)


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


# Common nouns that stand for one institution when they qualify a claim ("union claims", "police figures").
INSTITUTION_WORDS = frozenset("union police ministry government army military company agency council district county".split())


# Texts a figure is contained in ("the figure contained in the government's business case"), and
# the texts and counts that report one ("Analysis from the budget office, released overnight, estimates").
HOLDING_TEXTS = lx.DOCUMENT_HEADS | {"case"}
REPORT_TEXTS = lx.DOCUMENT_HEADS | lx.REPORT_NOUNS


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


OFFICIAL_REACH = 8  # sentences after an official was last cited that 'the official' is still that one


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
TALLY_NOUNS = frozenset("figure tally count estimate toll data datum statistic statistics number".split())


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


TALLIED_PLACES = frozenset("state country city nation region province county district town village island "
                           "territory world continent area".split())
REPEATING_VERBS = frozenset("reiterate repeat renew restate echo level make voice raise".split())
CLAIM_NOUNS = frozenset("claim allegation accusation charge assertion".split())

# Participles that say who put out a text: "results published by X", "tables issued by X".
SAMPLING_VERBS = frozenset("take conduct draw".split())  # "a sample taken by the CDC": who took it speaks
ISSUING_VERBS = frozenset("publish release issue compile post produce prepare circulate reveal disclose announce".split())
TAKING_VERBS = ISSUING_VERBS | SAMPLING_VERBS  # a text put out, or a sample taken
FILING_VERBS = frozenset("file submit provide share".split())  # "data the city provided": its own text


BACKING_VERBS = frozenset("support fund sponsor finance back underwrite commission".split())


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
            for beneficiary in [_first_pobj(c) for c in agents if c.dep_ == "prep" and c.lower_ == "for"]:
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
                      or _setting_participle(tok)) and (lemma not in ("cite", "quote") or _cites(tok))
                     or _message_cites(tok) or _gives_figure(tok) or _names_the_figure(tok)
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
            if lemma in lx.TALLY_VERBS and spk is not None and (_a_country(spk) or _a_thing_counted(spk)):
                continue  # "Spain has recorded 157,000 cases", "the service has registered 1,200 sessions": what
                # happened there or to it, not a report
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
                tok.dep_ == "parataxis" or tok.dep_ in ("advcl", "conj") and lemma in lx.REPORT_VERBS
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
                                                          or _tag_read_as_participle(tok))
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


NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens hundred
    hundreds thousand thousands million""".split())
CLOCK_TIME = re.compile(r"(?i)^\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|GMT|UTC)?$")
# A speaker's text that stops on a word which cannot end a name ("… Scale (HAMD) and", "the head of")
FRAGMENT_END = re.compile(r"(?i)\s(?:and|or|of|on|in|the|a|an|to|for|with|by|from)$|[,(]$")


# Verbs by which a text moves a running count: "the update brought the toll to 41".
COUNT_MOVERS = frozenset("raise bring lift push take increase put lower cut reduce revise set".split())


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


def _agent_participle(verb: Token) -> bool:
    """'a 3 GW array announced by the president': a participle on a noun with a 'by' agent speaks
    for the whole noun phrase, the figures in front of the noun too."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "agent" for c in verb.children)


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
ASKED_OF_OTHERS = frozenset("comment comments response reply answer answers clarification information details".split())
RELAYING_SOURCES = frozenset("source insider aide person official".split())  # "…, according to a government source"
OWN_TEXTS = frozenset("analysis article story piece ranking".split())  # "this analysis": the story itself
PUT_AT_STATES = frozenset("risk stake ease heart centre center top forefront disposal mercy odds rest bottom".split())
BARE_DATA = frozenset(("data", "datum", "record", "records"))
AUTHORING = frozenset("write publish pen author list".split())
AUTHORED_WORKS = frozenset(
    "book biography novel memoir story article column paper report study letter post tweet song poem essay piece "
    "episode edition issue chapter demand request recommendation proposal reason step priority condition".split())
SCORED_RESULTS = frozenset("era record time score average win victory mark lap goal finish".split())
UNDONE = frozenset("fail refuse decline neglect forget omit".split())
RESEARCH_NOUNS = frozenset("researcher scientist investigator analyst auditor inspector economist team authors".split())
FINDING_SUBJECTS = lx.DOCUMENT_HEADS | RESEARCH_NOUNS  # "The audit found them 20% over budget": a finding
VERDICTS = frozenset("guilty innocent liable responsible competent unfit fit negligent".split())
PHONED = frozenset("number phone line hotline home office police 911 ambulance".split())
PHONE_KINDS = PHONED | {"cell", "telephone", "fax"}  # "the family's home number", "her cell number"


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


def _name_read_as_compound(verb: Token, child: Token) -> bool:
    """'Trump estimates that he spent …' read as the noun phrase 'Trump estimates': the name in
    front is the verb's subject."""
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
    return lemma in ("give", "revise", "update", "raise", "increase", "lower", "cut", "slash", "trim", "lift",
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


# "…, a figure touted by X" / "…, the number X cited": an aside that names whose the figure is.
ASIDE_NOUNS = frozenset("figure number sum estimate amount total tally projection".split())
ASIDE_VERBS = (lx.REPORT_VERBS | lx.STANCE_VERBS | frozenset("give use quote cite tout release publish".split())) \
    - lx.DENY_VERBS - frozenset("question doubt challenge".split())


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


CARRYING_VERBS = frozenset("publish appear print report describe detail present release post".split())
PRINTING_VERBS = frozenset("publish appear print report describe detail".split())  # what a journal does
# Words of journals' names ("Nature Climate Change", "Scientific Reports", "JAMA Pediatrics"): the
# extraction parse has no entity types, and "published in Boston" must not name a journal.
JOURNAL_WORDS = frozenset("journal journals review reports proceedings annals lancet nature science sciences cell "
                          "jama bmj plos medicine letters bulletin archives pediatrics neurology circulation affairs "
                          "physics chemistry biology psychiatry oncology epidemiology cardiology ecology".split())


def _journal_of(head: Token) -> str | None:
    """'a study published in the Lancet', 'the paper, which appeared in the journal Nature': the
    journal that carried the text identifies it, the way readers cite it ('in the Lancet');
    'a new study' alone says nothing a reader can look up."""
    for child in head.children:
        if child.dep_ not in ("acl", "relcl") or child.lemma_.lower() not in CARRYING_VERBS:
            continue
        for prep in child.children:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None) \
                if prep.dep_ == "prep" and prep.lower_ == "in" else None
            if obj is not None and obj.text == "journal":  # "in the journal Science"
                obj = next((g for g in obj.children if g.dep_ in ("appos", "compound", "npadvmod")
                            and g.pos_ == "PROPN" and g.i > obj.i), None)
                said = obj is not None
            else:
                said = False
            if obj is None or obj.pos_ != "PROPN":
                continue
            several = any(t.lower_ == "journals" for t in obj.doc[max(obj.left_edge.i - 1, 0) : obj.i + 1])
            cut = {t.i for c in obj.subtree if (c.dep_ in ("appos", "relcl", "acl") or several and c.dep_ in ("cc", "conj"))
                   and c != obj for t in c.subtree}  # "the journals Frontiers in Pharmacology and Medicine": the first
            kept = [t for t in obj.subtree if t.i not in cut]
            while kept and not kept[0].text[:1].isupper():
                kept = kept[1:]  # "the Lancet", "the journals X"; but "The American Journal of Psychiatry"
            name = obj.doc[kept[0].i : kept[-1].i + 1].text.strip(" .,") if kept else ""
            if name and "," not in name and len(name.split()) <= 8 and (said or several or child.lemma_.lower() in PRINTING_VERBS and any(
                    w.lower().strip("'’") in JOURNAL_WORDS for w in name.split())):  # (not "presented in Medicine Hat")
                return name  # ("published in Boston" names a place)
    return None


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


def _first_pobj(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "prep":
            found = _first_pobj(child)
            if found is not None:
                return found
    return None


# What a share of a poll's respondents does: answers ("55 percent named Britain", "a third agreed").
ANSWER_VERBS = frozenset("say tell name pick choose select agree disagree answer respond oppose favor favour prefer "
                         "back support rate".split())


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
    if spk.lemma_.lower() in lx.REPORT_NOUNS | lx.DOCUMENT_HEADS and spk.pos_ == "NOUN":
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
        if spk.lemma_.lower() in lx.DOCUMENT_HEADS and spk.pos_ == "NOUN":
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


QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})
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
        person = bool(COURTESY_NAME.match(text)) or (tok.pos_ == "PROPN" and not _org_name(text) and (
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


# What a figure measures, never who measured it ("projected costs will rise …, according to their count")
MEASURED_NOUNS = frozenset("cost price spending revenue sale profit income premium fee wage tax debt deficit "
                           "value output growth inflation offtake momentum trend demand supply volume turnover "
                           "consumption production usage traffic activity economy performance".split())
LEVEL_NOUNS = frozenset("level rate reading concentration".split())  # what is measured, in a study's results


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


# "In the fund's view", "in his estimation": a judgement's owner vouches for the clause.
VIEW_NOUNS = frozenset("view opinion estimation judgment judgement assessment reckoning".split())

# Participles that make the owner of a figure its source ("the alliance's recommended 2 percent").
OWNED_PARTICIPLES = frozenset("recommend estimate project forecast propose promise pledge claim report target".split())

# A proposal states its author's figures: "X's plan would cost $1 trillion", "his plan calls for 28 percent".
PROPOSAL_NOUNS = frozenset("plan proposal agenda blueprint".split())


def _proposes(verb: Token) -> bool:
    """Does a proposal's verb state what the proposal would do ('would cost', 'cuts', 'calls for'),
    rather than what the outlet says of it ('do nothing to address')?"""
    return verb.pos_ in ("VERB", "AUX") and (
        any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might", "'d", "'ll") for c in verb.children)
        or verb.lemma_.lower() in PROPOSAL_VERBS)


PROPOSAL_VERBS = frozenset("cost call include raise cut cap create spend provide require set give add save".split())


def _author(noun: Token) -> Token | None:
    """The named or pronoun owner of a proposal ('Vasko's plan', 'her plan'), if any."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.pos_ == "PROPN" or owner.lower_ in lx.PRONOUNS_PERSON | lx.PRONOUNS_GROUP):
        return None
    return owner


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
SURVEYING_VERBS = frozenset("survey poll interview study analyse analyze examine".split())  # a body's own fieldwork


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


YEAR = re.compile(r"(?:19|20)\d\d")  # "the 2014 American Community Survey" is not a head count
FIRST_PERSON = frozenset("i me my we us our".split())
# People whose word is their own, not their relative's ("his wife said" is not his claim).
KIN_WORDS = frozenset("""wife husband son daughter mother father brother sister friend neighbour neighbor
    rival opponent critic critics partner widow child children parent parents""".split())
SPOKES_HEADS = frozenset("spokesperson spokesman spokeswoman representative".split())


SHARE_HEADS = frozenset("majority majorities minority plurality half third quarter fifth share average proportion".split())


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


def _attach_citations(sent: Span, frames: list[Frame], tracker: SourceTracker) -> None:
    """'X reported, citing Y': Y is the source behind X's frame when Y names an affiliation."""
    for tok in sent:
        if tok.lemma_.lower() not in ("cite", "quote") or tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "pobj")), None)
        if obj is None or is_anonymous(obj) or not is_named(obj, strict=True):
            continue
        if any(c.dep_ == "relcl" and any(w.lower_ in ("where", "when") for w in c.children) for c in obj.children):
            continue  # 'citing the "Kurram battlefield" where 250 people were killed': an example, not a source
        named = _named_apposition(obj)
        text, head = noun_phrase(named if named is not None else obj)  # "the harbour master, Ivo Dragan": the name
        text = tracker.resolve(text, head)
        says = next((f for f in frames if f.kind == "verb" and f.cue.head.head == tok and f.cue.head.lower_ == "as"), None)
        if says is not None:  # "outlets quoted the harbour master as saying …": what he is quoted as saying
            says.cited = text
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


def _definite(tok: Token | None) -> bool:
    """'the labour inspectorate' is one body; 'insurers', 'some analysts' are a kind of people."""
    return tok is not None and tok.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in tok.children)


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


def dominates(top: Token, tok: Token) -> bool:
    """Is `tok` inside the subtree of `top` (walking heads, without building the subtree)?"""
    while True:
        if tok == top:
            return True
        if tok.head == tok:
            return False
        tok = tok.head


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


SOURCE_KIND_WORDS = lx.DESCRIPTOR_HEADS | ORG_DESCRIPTORS | lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | PERSON_ROLES


def _name_tagged_noun(tok: Token) -> bool:
    """'Carmat estimates …': a capitalised singular the tagger took for a common noun, and no word the
    lexicon knows as a kind of source."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text[:1].isupper() and tok.lemma_.lower() not in SOURCE_KIND_WORDS


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


# Who carries out a study: "the researchers found" inside "In six studies, …" speaks for the studies.
RESEARCH_PEOPLE = frozenset("researcher scientist investigator author team".split())


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


WEATHER_UNITS = frozenset("mm cm millimetres millimeters centimetres centimeters inch inches degrees °c °f".split())
WEATHER_NOUNS = frozenset("rain rainfall snow snowfall temperature temperatures".split())


def _records_weather(verb: Token) -> bool:
    """'Saidu Sharif recorded 28mm', 'Jacobabad recorded a high of 49°C': a place where the weather
    was measured, which reports nothing (whatever the recogniser takes the place for)."""
    return any(t.lower_ in WEATHER_NOUNS | WEATHER_UNITS for obj in verb.children if obj.dep_ == "dobj"
               for t in obj.subtree)


def _a_country(tok: Token) -> bool:
    """'Spain', 'South Korea', 'the Netherlands': a country named by itself (not 'Spain's health ministry')."""
    if tok.pos_ != "PROPN":
        return False
    words = [t for t in tok.subtree if t.dep_ != "det" and not t.is_punct]
    if any(t.i > tok.i or t.dep_ != "compound" and t != tok for t in words):
        return False
    return " ".join(t.lower_ for t in words) in COUNTRY_OF


COUNT_KEEPERS = PERSON_ROLES | lx.DOCUMENT_HEADS | lx.REPORT_NOUNS  # besides bodies: people and texts that count


def _a_thing_counted(tok: Token) -> bool:
    """'the service', 'the hotspot': a common noun that is no body keeping a count, with no name on it."""
    return tok.pos_ == "NOUN" and not _is_body(tok) and tok.lemma_.lower() not in COUNT_KEEPERS \
        and not any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in tok.children)


def _a_place(token: Token | None) -> bool:
    """A country, state or city named as the subject ('Georgia has reported …')."""
    return token is not None and (token.ent_type_ in ("GPE", "LOC") or _a_country(token))


def _is_body(token: Token | None) -> bool:
    """A speaker that can itself keep a count: an institution noun ('the inspectorate', 'the
    ministry'), not a place or a device (read from the noun, since claims are parsed without
    entities)."""
    return token is not None and token.lemma_.lower() in lx.DESCRIPTOR_HEADS


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

