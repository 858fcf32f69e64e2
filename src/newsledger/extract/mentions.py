"""Actor mentions in one document: who could be a source, as the text writes it.

spaCy's NER finds the proper names; news reports, however, attribute most figures to
descriptions ("the country's spy agency", "military officials", "police") and to wires
("X news agency reported"), which NER misses or mislabels. Those come from noun chunks
whose head is a source-like noun, from acronym definitions and from a small list of
outlet shapes. Everything stays as written (text + character span); deciding which
mentions are the same real-world actor is `link.actors`' job.
"""

from __future__ import annotations

import re
from typing import Any

from newsledger.model import Mention

NER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}

# Heads of noun phrases that name a source. Grouped by the label the mention gets.
INSTITUTION_HEADS = {
    "agency", "service", "directorate", "ministry", "department", "office", "bureau",
    "intelligence", "military", "army", "navy", "forces", "police", "government",
    "authorities", "authority", "administration", "sources", "source", "officials",
    "official", "organisers", "organizers", "tank", "commission", "committee", "council",
    "command", "spokesperson", "spokesman", "spokeswoman", "rescuers", "regulator",
    "court", "prosecutors", "investigators", "union", "observers", "monitors",
}
PERSON_ROLE_HEADS = {
    "chief", "head", "minister", "president", "leader", "commander", "director",
    "secretary", "governor", "mayor", "premier", "chancellor", "spokesperson",
}
MEDIA_HEADS = {"media", "reports", "newspaper", "outlet", "outlets", "magazine", "broadcaster", "tabloid",
               "daily", "wire", "channel", "website"}
# Words that make a descriptor specific enough to be a source (not just "the head").
QUALIFIERS = {
    "intelligence", "spy", "military", "defence", "defense", "health", "foreign", "interior",
    "security", "police", "state", "news", "election", "electoral", "emergency", "finance",
    "special", "border", "fire", "justice", "education", "think", "rescue", "civil",
    "agriculture", "energy", "environment", "trade", "economy", "transport",
}
BARE_SOURCE_HEADS = {"police", "organisers", "organizers", "authorities", "rescuers",
                     "prosecutors", "investigators"}

# The big wires and broadcasters: a short generic list, everything else goes by shape.
KNOWN_OUTLETS = {
    "reuters", "ap", "associated press", "afp", "agence france-presse", "agence france presse",
    "yonhap", "xinhua", "kyodo", "tass", "ria novosti", "interfax", "ukrinform", "unian",
    "bloomberg", "bbc", "cnn", "al jazeera", "dpa", "ansa", "efe", "pti", "ani", "anadolu",
    "bernama", "antara", "kcna", "nhk", "upi", "sky news", "france 24", "dw", "npr", "abc",
    "cbs", "nbc", "fox news", "politico", "axios", "euronews", "rfa", "voa",
}
OUTLET_WORDS = {
    "news", "times", "post", "press", "journal", "daily", "herald", "tribune", "gazette",
    "telegraph", "guardian", "independent", "broadcasting", "radio", "tv", "television",
    "magazine", "wire", "chronicle", "observer", "standard", "express", "mail", "today",
    "newspaper", "zone", "review", "insider", "monitor", "courier", "ledger", "report",
}
# Words that mark an organisation as an institution rather than an outlet.
INSTITUTION_WORDS = {
    "intelligence", "ministry", "service", "department", "office", "police", "army",
    "forces", "council", "committee", "commission", "institute", "university", "bank",
    "directorate", "agency", "government", "command", "staff", "party", "court", "fund",
}
MEDIA_CONTEXT_AFTER = re.compile(
    r"^\s*(?:news agency|newspaper|broadcaster|reported|reports|wrote|published|said in a report)\b",
    re.I,
)
MEDIA_CONTEXT_BEFORE = re.compile(r"\b(?:told|according to|interview with|reported by|cited by)\s*$", re.I)
ACRONYM_PAREN = re.compile(
    r"\s*\(\s*(?:(?:also |commonly |better )?known as |or |aka |formerly )?([A-Z][A-Za-z&]{1,9})\s*\)"
)
ACRONYM_OR = re.compile(r",\s+or\s+([A-Z]{2,8}),")
NAME_WORD = re.compile(r"[A-Z][\w.&'’-]*|of|for|the|and|on|de")
CONNECTORS = {"of", "for", "the", "and", "on", "de"}
CUT = re.compile(r".*(?:\n|[–—“”\"]\s*)", re.S)  # chunks must not cross lines, dashes or quotes
POSSESSIVE = re.compile(r"\s*['’]s?$")


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it does not cross a line break, dash or quote, nor end in 's."""
    text = body[start:end]
    m = CUT.match(text)
    if m:
        start += m.end()
        text = body[start:end]
    m = POSSESSIVE.search(text)
    if m and len(text) - len(m.group(0)) > 1:
        end -= len(m.group(0))
    while start < end and not body[start].isalnum():
        start += 1
    while end > start and not body[end - 1].isalnum() and body[end - 1] != ")":
        end -= 1
    return start, end


def _is_outlet_name(text: str) -> bool:
    """Does the name alone look like a news outlet (a known wire or a masthead shape)?"""
    low = re.sub(r"^the\s+", "", text.lower().replace("’", "'")).strip()
    if low in KNOWN_OUTLETS or low.split(" news agency")[0] in KNOWN_OUTLETS:
        return True
    words = re.findall(r"[a-z]+", low)
    if not words or any(w in INSTITUTION_WORDS for w in words):
        return False
    return words[-1] in OUTLET_WORDS or "news" in words


def _media_context(body: str, start: int, end: int) -> bool:
    return bool(MEDIA_CONTEXT_AFTER.match(body[end:end + 40])) or bool(
        MEDIA_CONTEXT_BEFORE.search(body[max(0, start - 25):start])
    )


def _entity_mentions(sd: Any, body: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    ents = [e for e in sd.ents if e.label_ in NER_LABELS]
    for i, ent in enumerate(ents):
        start, end = _trim(body, ent.start_char, ent.end_char)
        if end - start < 2:
            continue
        text = body[start:end]
        label = ent.label_
        if label == "PERSON" and len(text.split()) > 1 and text.split()[-1] in {"Oblast", "Region", "Province", "Krai"}:
            label = "GPE"
        if label in {"NORP", "GPE"} and ent.root.dep_ == "amod":
            continue  # an adjective ("North Korean troops") is not an actor
        if label == "NORP":
            if ent.root.dep_ == "compound" and not _media_context(body, start, end):
                continue
            if _media_context(body, start, end) and not text.lower().endswith("s"):
                label = "ORG"
        if label in {"ORG", "NORP", "PERSON"}:
            shape = _is_outlet_name(text)
            context = _media_context(body, start, end) and label != "PERSON" and not any(
                w in INSTITUTION_WORDS for w in text.lower().split()
            )
            if shape or (context and not text.isupper()) or text.lower() in KNOWN_OUTLETS:
                label = "MEDIA"
            elif context and text.isupper() and body[end:end + 15].lower().lstrip().startswith("news agency"):
                label = "MEDIA"
        if label == "MEDIA":
            m = re.match(r"\s+news agency\b", body[end:end + 20], re.I)
            if m:
                end += m.end()
        # "South Korea's National Intelligence Service": keep the country with the name
        if label == "ORG" and i > 0 and ents[i - 1].label_ == "GPE":
            prev = ents[i - 1]
            gap = body[prev.end_char:start]
            if re.fullmatch(r"(?:\s*['’]s)?\s*", gap) and re.search(r"['’]s\s*$", body[prev.start_char:start]):
                out.append((start, end, label))
                start = prev.start_char
        out.append((start, end, label))
    return out


def _chunk_mentions(sd: Any, body: str) -> list[tuple[int, int, str]]:
    """Descriptor noun phrases: "the country's spy agency", "military officials", "police"."""
    out: list[tuple[int, int, str]] = []
    for chunk in sd.noun_chunks:
        head = chunk.root.lower_
        if head not in INSTITUTION_HEADS | PERSON_ROLE_HEADS | MEDIA_HEADS:
            continue
        start, end = _trim(body, chunk.start_char, chunk.end_char)
        text = body[start:end]
        words = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’-]+", text)]
        if not words:
            continue
        qualified = any(w in QUALIFIERS for w in words) or any(
            t.ent_type_ in {"GPE", "NORP", "ORG"} for t in chunk if start <= t.idx < end
        ) or any(t.dep_ == "poss" and t.lower_ not in {"its", "their", "his", "her"} for t in chunk)
        if head == "reports" and not re.search(r"\bmedia reports$", text, re.I):
            continue
        if head in MEDIA_HEADS and any(t.text[:1].isupper() for t in chunk if start < t.idx < end):
            qualified = True  # "The War Zone magazine": a masthead with its kind
        if head in MEDIA_HEADS or "news agency" in text.lower():
            label = "MEDIA"
        elif head in PERSON_ROLE_HEADS and head not in {"spokesperson"}:
            label = "PERSON"
        else:
            label = "ORG"
        bare = len(words) == 1 or (len(words) == 2 and words[0] in {"the", "a", "an"})
        if bare and head not in BARE_SOURCE_HEADS and head not in {"agency", "sources", "outlet"}:
            continue
        if not qualified and not bare and head not in BARE_SOURCE_HEADS and head not in {
            "sources", "source", "officials", "outlet", "agency", "media"
        }:
            continue
        if not qualified and bare and head in {"agency", "sources", "outlet"} and words[0] != "the":
            continue
        if label == "MEDIA" and head not in {"media", "outlet", "outlets", "agency"} and not qualified:
            continue
        out.append((start, end, label))
    return out


def _acronym_mentions(body: str, sd: Any) -> list[tuple[int, int, str]]:
    """'Name (ACR)', 'Name (known as ACR) of X', 'Name, or ACR,': one mention holding both."""
    out: list[tuple[int, int, str]] = []
    chunk_ends = {c.end_char: c.start_char for c in sd.noun_chunks}
    for m in list(ACRONYM_PAREN.finditer(body)) + list(ACRONYM_OR.finditer(body)):
        acr = m.group(1)
        if sum(c.isupper() for c in acr) < 2:
            continue
        name_end = m.start()
        words = list(re.finditer(r"\S+", body[max(0, name_end - 160):name_end]))
        offset = max(0, name_end - 160)
        start = None
        for w in reversed(words):
            token = w.group(0).rstrip(",")
            if NAME_WORD.fullmatch(token) or re.fullmatch(r"[A-Z][\w.-]*['’]s", token):
                start = offset + w.start()
                if token != w.group(0):
                    break
                continue
            break
        while start is not None and body[start:].split(" ", 1)[0].lower() in CONNECTORS:
            nxt = body.find(" ", start)
            start = nxt + 1 if 0 < nxt < name_end else None
        if start is None or not any(c.isupper() for c in body[start:name_end]):
            start = chunk_ends.get(name_end)
        if start is None:
            continue
        end = m.end()
        if m.re is ACRONYM_OR:
            end -= 1
        else:  # "Agency (known as ACR) of the Ministry of Interior of Chile": keep the "of" tail
            tail = re.match(r"(?:\s+of(?:\s+(?:the|[A-Z][\w-]*))+)+", body[end:end + 120])
            if tail:
                end += len(tail.group(0).rstrip())
        start, _ = _trim(body, start, end)
        if end > start:
            out.append((start, end, "ORG"))
    return out


def _apposition_mentions(sd: Any, body: str) -> list[tuple[int, int, str]]:
    """A person with a role: "President X", "the country's X chief Y", "the head of Z, Y"."""
    out: list[tuple[int, int, str]] = []
    for ent in sd.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        left = root.left_edge.i
        if root.dep_ == "appos" and root.head.i < ent.start and ent.start - root.head.i < 30:
            left = min(left, root.head.left_edge.i)
        if left >= ent.start:
            continue
        start, end = _trim(body, sd[left].idx, ent.end_char)
        if start < ent.start_char and end > start:
            out.append((start, end, "PERSON"))
    return out


PARSE_CHUNK = 20_000  # characters parsed at once; a news body is one piece (see _parse)


def _parse(nlp: Any, body: str) -> Any:
    """The body parsed as one spaCy Doc, in pieces of about PARSE_CHUNK characters cut at
    paragraph or sentence breaks and joined back (Doc.from_docs): the parser's working memory
    grows with the length of what it parses at once (about 300 MB for 100,000 characters in
    one piece). A body shorter than a piece is parsed exactly as before."""
    from spacy.tokens import Doc

    text = body[: nlp.max_length - 1]
    if len(text) <= PARSE_CHUNK:
        return nlp(text)
    pieces, start = [], 0
    while start < len(text):
        end = min(start + PARSE_CHUNK, len(text))
        if end < len(text):
            window = text[start + PARSE_CHUNK // 2: end]
            for mark in ("\n\n", "\n", ". ", " "):
                at = window.rfind(mark)
                if at >= 0:
                    end = start + PARSE_CHUNK // 2 + at + len(mark)
                    break
        pieces.append(text[start:end])
        start = end
    return Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)


def find_mentions(doc: str, body: str, spacy_doc: Any = None) -> list[Mention]:
    """Actor mentions of one document body, sorted by position, role "entity".

    `spacy_doc` lets a caller that already parsed the body reuse its parse. Junk input
    (not a string, empty body) gives an empty list rather than an error.
    """
    if not isinstance(body, str) or not body.strip():
        return []
    if spacy_doc is None:
        from newsledger.extract.nlp import get_nlp

        try:
            spacy_doc = _parse(get_nlp(), body)
        except Exception:  # a parser failure must not lose the document
            return []
    spans: list[tuple[int, int, str]] = []
    spans += _entity_mentions(spacy_doc, body)
    spans += _chunk_mentions(spacy_doc, body)
    spans += _acronym_mentions(body, spacy_doc)
    spans += _apposition_mentions(spacy_doc, body)
    seen: dict[tuple[int, int], str] = {}
    for start, end, label in spans:
        if end > start and (start, end) not in seen:
            seen[(start, end)] = label
    return [
        Mention(doc=str(doc), text=body[s:e], label=label, role="entity", start=s, end=e)
        for (s, e), label in sorted(seen.items())
    ]
