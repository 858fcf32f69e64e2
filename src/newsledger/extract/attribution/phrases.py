"""Noun phrases and names read off the parse, and what kind of source a head is.

`noun_phrase` gives a speaker's text; `looks_like_person`, `is_named`, `is_media` and `is_anonymous`
say what kind of source it is. Every layer that names a speaker (the tracker, the speaker finders,
frame naming) needs them, so they sit below all of those.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsledger.extract import lexicon as lx
from newsledger.extract.attribution.shapes import (
    AFFILIATION_WORDS,
    BARE_EXPERTS,
    CAMP_WORDS,
    CARRYING_VERBS,
    COLLECTIVE_SOURCES,
    COURTESY_NAME,
    FIELD_NOUNS,
    JOURNAL_WORDS,
    LEADING_DROP,
    LEADING_PREPOSITIONS,
    MAX_NP_TOKENS,
    NAME_FRONT_DEPS,
    NOT_NAME_STARTS,
    NOT_PERSON_HEADS,
    NUMBER_WORDS,
    OLD_YEAR,
    ORG_DESCRIPTORS,
    ORG_LAST_WORDS,
    ORG_SHAPE,
    PARTY_TAG,
    PERSON_ROLES,
    PERSON_TITLE_START,
    PLACED_PEOPLE,
    POSSESSIVE_NAMES,
    PRINTING_VERBS,
    QUANTIFIER_SPEAKERS,
    SKIP_CHILD_DEPS,
    SOURCE_KIND_WORDS,
    SPOKES_HEADS,
    TEXT_WORDS,
    TIME_HEADS,
    YEAR,
)
from newsledger.extract.places import COUNTRY_OF
from newsledger.extract.sexes import is_first_name
from newsledger.extract.timex import MONTHS, WEEKDAYS


def _plural_phrase(tok: Token) -> bool:
    """'women and girls', 'researchers': what 'it' cannot stand for ('Procter & Gamble', 'the United
    States' it can)."""
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" or any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children) \
        and any(c.dep_ == "conj" and not (c.pos_ == "PROPN" and tok.pos_ == "PROPN") for c in tok.children)
    # ("Trinidad and Tobago", "Johnson and Johnson": one name with an 'and' in it)


def _could_be_person(name: str) -> bool:
    """Two capitalised words read as a name only if neither is a preposition, article or date word, nor
    the first a number ("Seventeen Taliban members …")."""
    words = name.split()
    if words[-1] in TITLE_ENDINGS:
        return False  # "Federal Minister for Investment … Qaiser Sheikh": the title, the name comes after
    if words[0].endswith("ing") and not is_first_name(words[0]):
        return False  # "Linking Pakistan's challenges with …, he said": a participle, not "Irving Berlin"
    return words[0] not in NOT_NAME_STARTS | LEADING_PREPOSITIONS and words[0].lower() not in NUMBER_WORDS and not any(
        w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words)


# Title nouns that end a title, never a person's name ("Prime Minister", "Finance Secretary")
TITLE_ENDINGS = frozenset("""Minister Secretary Chairman Chairwoman Chairperson President Director Commissioner Governor
    Mayor Senator Spokesman Spokeswoman Spokesperson Officer Ambassador Inspector Superintendent""".split())


def _org_name(name: str) -> bool:
    """Does a capitalised name read as an organisation ('Open Ballot Project', 'Halbrook Foods',
    'Ministry of Health'), so that no 'he' or 'she' may stand for it?"""
    last = name.split()[-1] if name.split() else ""
    return last in ORG_LAST_WORDS or last.lower() in NOT_PERSON_HEADS or bool(ORG_SHAPE.search(name)) \
        or "&" in name  # "AT&T", "Procter & Gamble": no person's name has an ampersand


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:The|the|A|An)\s+", "", name.strip())


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


def _proper_name(tok: Token) -> bool:
    """A head that is itself a name ('Paulo Rennes', 'Frontex'), not a role that has one."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG")


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


PLACE_NOUNS = frozenset("capital city town village province region state country district county".split())


def _where_a_name_speaks(prep: Token) -> bool:
    """'said commission chairman Onalsyn Zhumabekov in the capital Astana', 'Ana Lee in Brussels':
    where a named speaker was, no part of the name (unlike 'the embassy in Kabul', a common noun)."""
    obj = _first_pobj(prep) if prep.lower_ == "in" and prep.i > prep.head.i and prep.head.pos_ == "PROPN" else None
    return obj is not None and (obj.lemma_.lower() in PLACE_NOUNS and any(c.pos_ == "PROPN" for c in obj.children)
                                or obj.pos_ == "PROPN" and obj.lower_ in COUNTRY_OF)


# Bodies whose names go on with a purpose: "the Campaign to Ban Landmines", "the Committee to Protect Journalists"
NAMES_GOING_ON_TO = frozenset("""Campaign Committee Council Fund Foundation Coalition Alliance Society Center Centre
    Institute Association Movement Project Initiative Network Trust Commission League Union Board Partnership""".split())


def _purpose_in_name(doc: Doc, right: int, end: int) -> int:
    """Where a name that goes on with its purpose ends ("the International Campaign to Ban Landmines",
    "the Committee to Protect Journalists"), which the parser cuts at 'to'; else `right`."""
    if doc[right].text not in NAMES_GOING_ON_TO or right + 2 >= end or doc[right + 1].lower_ != "to" \
            or not doc[right + 2].text.istitle():
        return right
    k = right + 2
    while k + 1 < end and k - right < 5 and doc[k + 1].text.istitle() and doc[k + 1].is_alpha:
        k += 1
    return k


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
                    and any(g.dep_ == "nummod" for g in child.subtree)) or (  # "the CDC of 305 patients": a sample hung on the name
                    t.i == tok.i and _where_a_name_speaks(child)):
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
            return doc[best.start : _purpose_in_name(doc, best.end - 1, tok.sent.end) + 1].text, best.root
        runs = _propn_runs(doc, left, right)
        if runs:  # no entities (recognition skipped): the run of proper nouns holding the head names the speaker,
            # else the last one ("Dr. Ann Wu of the Department of … Center for …": Ann Wu, not the centre)
            start, end = next(((a, b) for a, b in runs if a <= tok.i < b), runs[-1])
            return doc[start : _purpose_in_name(doc, end - 1, tok.sent.end) + 1].text, doc[end - 1]
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
    right = _purpose_in_name(doc, right, tok.sent.end)
    text = doc[left : right + 1].text
    if right + 1 < len(doc) and doc[right + 1].tag_ == "POS" and doc[right].text in POSSESSIVE_NAMES:
        text += doc[right + 1].text  # "Moody's estimates": the agency's name ends in 's
    if text.count("(") > text.count(")"):
        text = text.rsplit("(", 1)[0].rstrip()
    text = re.sub(r"^\W*>", "", text)  # '">Sanders': the tail of a markup tag left glued to the name
    return text.strip(" ,;:\u2013\u2014-"), tok


def _in_a_text(prep: Token) -> bool:
    """'the ministry in the roadmap', 'the agency in a statement': where it said so, not who."""
    return prep.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | TEXT_WORDS for g in prep.children)


def _time_word(tok: Token) -> bool:
    """A calendar word ("Jan.", "month", "Sunday"): it dates a phrase, it names nobody."""
    return tok.lower_.rstrip(".") in TIME_HEADS


def _dated(prep: Token) -> bool:
    """'on Sunday', 'in 2009' (not 'of 2009': "the Class of 2009" is a name)."""
    return any(c.dep_ == "pobj" and (_time_word(c) or (prep.lower_ != "of" and c.like_num and YEAR.fullmatch(c.text))
                                     or prep.lower_ == "since" and c.like_num and OLD_YEAR.fullmatch(c.text))
               for c in prep.children)  # ("the review of 1,550 eradications since 1872" is the review)


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


def _first_pobj(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "prep":
            found = _first_pobj(child)
            if found is not None:
                return found
    return None


def dominates(top: Token, tok: Token) -> bool:
    """Is `tok` inside the subtree of `top` (walking heads, without building the subtree)?"""
    while True:
        if tok == top:
            return True
        if tok.head == tok:
            return False
        tok = tok.head


def _name_tagged_noun(tok: Token) -> bool:
    """'Carmat estimates …': a capitalised singular the tagger took for a common noun, and no word the
    lexicon knows as a kind of source."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text[:1].isupper() and tok.lemma_.lower() not in SOURCE_KIND_WORDS
