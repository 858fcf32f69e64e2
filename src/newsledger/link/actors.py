"""One actor per real-world source, however the reports spell it.

Reports name the same source many ways: a full name with the country in front, an
acronym, a description ("the country's spy agency"), a capital used for its government,
a surname, a transliteration variant. No library resolves these for news sources without
a knowledge base (and nothing may be downloaded at run time), so this module applies a few
general rules with union-find:

1. same normalised text;
2. acronym definitions ("Name (ACR)", "Name, or ACR") and matching initials;
3. one proper name with and without its country prefix;
4. persons by name variants (surname only, titles, edit distance after normalising
   transliteration) and role descriptors written in apposition to a person;
5. capitals and demonyms to their country ("Kyiv", "Ukrainian officials" -> Ukraine);
6. descriptors to the named institution of the same country and function
   ("South Korean intelligence" -> the intelligence agency of South Korea);
7. definite anaphors ("the agency", "the sources") to the nearest compatible antecedent
   in the same document.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from newsledger.extract.places import CAPITALS, COUNTRY_OF, DEMONYM_OF
from newsledger.link.names import doc_key
from newsledger.model import Actor, Mention

FUNCTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("intelligence", re.compile(r"\b(intelligence|spy|espionage)\b")),
    ("special_forces", re.compile(r"\bspecial (operations|forces)\b")),
    ("military", re.compile(r"\b(military|army|armed forces|defen[cs]e forces|navy|air force|troops)\b")),
    ("police", re.compile(r"\bpolice\b")),
    ("health", re.compile(r"\bhealth\b")),
    ("foreign", re.compile(r"\bforeign (ministry|affairs|office)|ministry of foreign\b")),
    ("defence", re.compile(r"\b(defen[cs]e (ministry|department)|ministry of defen[cs]e|pentagon)\b")),
    ("interior", re.compile(r"\b(interior|home office)\b")),
    ("emergency", re.compile(r"\b(emergenc(y|ies)|disaster|rescue)\b")),
    ("election", re.compile(r"\b(election|electoral)\b")),
    ("finance", re.compile(r"\b(finance|treasury)\b")),
    ("media", re.compile(r"\b(media|press|outlets?|newspapers?)\b")),
]
TITLES = {
    "president", "prime", "minister", "gen", "gen.", "general", "chief", "dr", "dr.", "mr", "mr.",
    "ms", "ms.", "mrs", "mrs.", "sen", "sen.", "senator", "rep", "rep.", "king", "queen", "pope",
    "lt", "lt.", "col", "col.", "colonel", "adm", "adm.", "admiral", "maj", "maj.", "major", "gov",
    "gov.", "governor", "mayor", "secretary", "spokesperson", "spokesman", "commander", "director",
    "chancellor", "premier", "sir", "lord", "prof", "prof.", "professor", "deputy", "foreign",
    "defence", "defense", "head", "leader", "sgt", "sgt.", "capt", "capt.", "captain",
}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
ANONYMOUS = {"anonymous", "unidentified", "unnamed", "senior", "two", "three", "several"}
PEOPLE_HEADS = {"sources", "source", "officials", "official", "spokesperson", "spokesman",
                "spokeswoman", "officers", "representatives"}
GOVERNMENT_HEADS = {"officials", "official", "government", "authorities", "administration",
                    "leadership", "reports", "sources"}
AGENCY_HEADS = {"agency", "service", "directorate", "bureau", "department", "intelligence",
                "command", "office", "commission", "committee", "council", "institute"}
ANAPHOR_HEADS = {"agency", "service", "ministry", "directorate", "department", "bureau",
                 "sources", "officials", "outlet", "newspaper", "magazine", "broadcaster",
                 "organisation", "organization", "group", "institute", "tank"}
# Words that make a capitalised claimant an organisation, never a person's name ("Open Ballot Project").
ORG_WORDS = frozenset("""ministry forces war studies institute project group network foundation monitor
    centre center fund association union party coalition alliance organization organisation society trust
    watch observatory programme program initiative campaign league federation company bank court""".split())
OUTLET_HEADS = {"outlet", "newspaper", "magazine", "broadcaster", "agency"}
PERSON_ROLE_HEADS = {"chief", "head", "minister", "president", "leader", "commander",
                     "director", "secretary", "governor", "mayor", "premier", "chancellor"}
_WORD = re.compile(r"[\w.&'-]+")


def _plain(text: str) -> str:
    """Straight apostrophes, one space; curly and straight quotes are the same name."""
    return _plain_str(text) if isinstance(text, str) else _plain_str.__wrapped__(text)


@lru_cache(maxsize=1 << 17)
def _plain_str(text: str) -> str:  # a ledger writes the same few names thousands of times: each read once
    text = unicodedata.normalize("NFKC", str(text)).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip(" ,;:.\"“”")


def normalise(text: str) -> str:
    """The comparison form of a name: lower case, no leading article, no trailing 's."""
    return _normalised(text) if isinstance(text, str) else _normalised.__wrapped__(text)


@lru_cache(maxsize=1 << 17)
def _normalised(text: str) -> str:
    s = _plain(text).lower()
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    s = re.sub(r"'s?$", "", s)
    return s.strip()


def _translit(name: str) -> str:
    """Fold transliteration variants (Zelenskyy/Zelenskiy/Zelensky) before comparing."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if c.isalpha())
    s = re.sub(r"(iy|yy|ij|ii)$", "y", s)
    return re.sub(r"(.)\1", r"\1", s).replace("kh", "h").replace("j", "y")


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (names are short; no dependency needed for this)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _same_surname(a: str, b: str) -> bool:
    ta, tb = _translit(a), _translit(b)
    if ta == tb:
        return True
    return min(len(ta), len(tb)) >= 5 and _edit_distance(ta, tb) <= 1


def _one_letter_less(t: str) -> set[str]:
    """The spelling and every spelling with one letter dropped: two spellings one edit apart
    (`_same_surname`) always share one of these, so they serve as blocking keys."""
    return {t} | {t[:k] + t[k + 1:] for k in range(len(t))}


def _is_proper(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in {"of", "for", "the", "and", "on", "de", "in", "at"}]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


@dataclass
class _Name:
    """One spelling of an actor, parsed into the parts the rules compare."""

    text: str
    label: str
    core: str = ""
    country: str | None = None
    acronym: str | None = None
    function: str | None = None
    head: str = ""
    kind: str = "other"  # person role institution descriptor media mediadesc place group other
    person: str | None = None  # name part of a person mention
    role_text: str | None = None  # role part written in apposition to a person
    definite: bool = False
    short: str | None = None  # "Main Intelligence Directorate" of "... of the Ministry of X"
    docs: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    surfaces: list[str] = field(default_factory=list)  # every spelling seen for this text


def _strip_country(words: list[str]) -> tuple[list[str], str | None]:
    """Take a country off the front ("South Korea's", "Ukrainian") or end ("of Ukraine")."""
    low = [w.lower() for w in words]
    for n in (3, 2, 1):
        if len(words) > n - 1:
            head = " ".join(low[:n])
            if head.endswith("'s") and head[:-2] in COUNTRY_OF:
                return words[n:], COUNTRY_OF[head[:-2]]
            if len(words) > n and head in DEMONYM_OF:
                return words[n:], DEMONYM_OF[head]
    if len(words) > 1 and words[0][:1].isupper() and low[0].endswith("'s") and low[0][:-2] not in COUNTRY_OF:
        return words[1:], low[0][:-2]  # an owner the gazetteer lacks ("Tanzania's ...")
    for n in (3, 2, 1):
        if len(words) > n + 1 and low[-n - 1] == "of" and " ".join(low[-n:]) in COUNTRY_OF:
            return words[: -n - 1], COUNTRY_OF[" ".join(low[-n:])]
    return words, None


def _country_word(words: list[str]) -> bool:
    """The words start with a country, a demonym or a capital ("U.S.", "the United States")."""
    low = [w.lower().rstrip(",") for w in words]
    while low and low[0] in DETERMINERS:
        low = low[1:]
    for n in (3, 2, 1):
        head = " ".join(low[:n])
        for h in (head, head + ".", head[:-2] if head.endswith("'s") else head):
            if h in COUNTRY_OF or h in DEMONYM_OF:
                return True
    return False


def _is_coordination(text: str) -> bool:
    """Two sources joined by "and"/"&" ("Ukrainian and U.S. officials", "France and Germany"):
    one claim by both, never to be cut down to one conjunct. Only countries are checked on
    both sides, so institution names containing "and" stay whole names as before."""
    words = _WORD.findall(_plain(text))
    low = [w.lower() for w in words]
    for k, w in enumerate(low):
        if w in {"and", "&"} and 0 < k < len(words) - 1:
            before = words[max(0, k - 3): k]
            left = any(_country_word(before[j:]) and len(before[j:]) <= 3 for j in range(len(before)))
            if left and _country_word(words[k + 1:]):
                return True
    return False


def _parse(text: str, label: str) -> _Name:
    s = _plain(text)
    name = _Name(text=text, label=label)
    if label == "MEDIA":  # "Yonhap news agency", "The War Zone magazine": the name is the masthead
        mast = re.sub(r"\s+(?:news agency|magazine|newspaper|website|broadcaster|wire service)$", "", s, flags=re.I)
        if re.search(r"[A-Z]", re.sub(r"^(?:the|a|an)\s+", "", mast, flags=re.I)):
            s = mast
    m = re.search(r"\s*\((?:(?:also |commonly |better )?known as |or |aka )?([^()]{1,40})\)", s)
    if m:
        inner = m.group(1).strip()
        if inner.lower() in COUNTRY_OF:
            name.country = COUNTRY_OF[inner.lower()]
        elif sum(c.isupper() for c in inner) >= 2 and " " not in inner:
            name.acronym = inner
        s = (s[: m.start()] + s[m.end():]).strip()
    m = re.search(r",\s+(?:or\s+)?([A-Z]{2,8})$", s)
    if m:
        name.acronym, s = m.group(1), s[: m.start()]
    m = re.search(r"\b[a-z][\w'-]*\s+([A-Z]{3,8})$", s)
    if m and not name.acronym and label != "PERSON":  # "the UN refugee agency UNHCR": a description, then the name
        name.acronym, s = m.group(1), s[: m.start(1)].rstrip()
    m = re.match(r"^(.*?[A-Z].*?),\s+(?:a|an)\s+(.+)$", s)
    if m and label != "PERSON" and _is_proper(_WORD.findall(m.group(1))):
        s = m.group(1)  # "Institute X, a Washington think tank": the apposition describes, the name names
    if _is_coordination(s):
        name.kind, name.core = "group", re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
        name.head = name.core.split()[-1].lower()
        return name
    if label == "PERSON" and "," in s:
        role, person = s.rsplit(",", 1)
        name.role_text, s = role.strip(), person.strip()
    words = _WORD.findall(s.replace("'s ", "'s  "))
    words = [w for w in words if w]
    name.definite = bool(words) and words[0].lower() == "the"
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if words and words[-1].lower().endswith("'s"):
        words[-1] = words[-1][:-2]
    rest, country = _strip_country(words)
    name.country = name.country or country
    low_text = " ".join(w.lower() for w in words)
    for fn, pattern in FUNCTIONS:
        if pattern.search(low_text):
            name.function = fn
            break
    if low_text + "." in COUNTRY_OF:
        low_text += "."  # "U.S" after the sentence's full stop was stripped
    if low_text in COUNTRY_OF:
        label = "GPE"  # NER sometimes calls a capital a PERSON
    if label == "PERSON":
        tail: list[str] = []
        for w in reversed(words):
            if w[:1].isupper() and w.lower() not in TITLES and w.lower() not in DEMONYM_OF and not w.endswith("'s"):
                tail.insert(0, w)
            else:
                break
        lead = words[: len(words) - len(tail)]
        if tail:
            name.kind, name.person = "person", " ".join(tail)
            if lead and not name.role_text:
                name.role_text = " ".join(lead)
        else:
            name.kind = "role"
        name.core = " ".join(rest)
        name.head = words[-1].lower() if words else ""
        return name
    name.core = " ".join(rest)
    core_low = name.core.lower()
    name.head = rest[-1].lower() if rest else ""
    if " of " in core_low:
        before = name.core[: core_low.index(" of ")].split()
        if before and _is_proper(before):
            name.head = before[-1].lower()
            if len(before) >= 2 and name.head in AGENCY_HEADS | {"ministry"}:
                name.short = " ".join(before)
    if low_text in COUNTRY_OF or (label == "GPE" and not rest):
        name.kind, name.country = "place", COUNTRY_OF.get(low_text, name.country)
        name.core = name.country or name.core
        return name
    if label == "GPE":
        name.kind = "place"
        return name
    if name.country and rest and all(w.lower() in GOVERNMENT_HEADS for w in rest) and not name.function:
        name.kind = "place"  # "Ukrainian officials", "the US government"
        return name
    if label == "MEDIA":
        name.kind = "media" if _is_proper(rest) and rest else "mediadesc"
        if name.kind == "mediadesc":
            name.function = "media"
        return name
    if label == "NORP":
        name.kind = "group"
        return name
    if rest and rest[-1].lower() in PEOPLE_HEADS and _is_proper(rest[:-1]) and len(rest) > 1 \
            and not any(p.fullmatch(" ".join(rest[:-1]).lower()) for _, p in FUNCTIONS):  # "Health officials": a description
        name.core = " ".join(rest[:-1])  # "a Special Operations Forces spokesperson"
        name.head = rest[-2].lower()
        name.kind = "institution"
        return name
    if rest and rest[-1].lower() in PERSON_ROLE_HEADS and not _is_proper(rest):
        name.kind = "role"
        return name
    if rest and (_is_proper(rest) or (len(rest) == 1 and rest[0].isupper())):
        name.kind = "institution"
    elif rest:
        name.kind = "descriptor"
    return name


def _generic_name(core: str) -> bool:
    """A name every country has: a function and an institution head, "Health Ministry",
    "Interior Ministry", "Ministry of Health", "Election Commission", "Intelligence Service"."""
    low = core.lower().strip()
    m = re.fullmatch(r"(\w+) of (?:the )?(.+)", low)
    words = [m.group(2), m.group(1)] if m else low.rsplit(" ", 1)
    if len(words) != 2 or words[1] not in AGENCY_HEADS | {"ministry"}:
        return False
    return any(p.fullmatch(words[0]) or p.fullmatch(" ".join(words)) for _, p in FUNCTIONS)


def _countries_named(names: list[_Name]) -> dict[str, set[str]]:
    """Document -> the countries its names name (a country, a capital, an owner: "Kestria's")."""
    out: dict[str, set[str]] = defaultdict(set)
    owners = {n.country for n in names if n.country}  # "Malvoria" however NER labelled it
    for n in names:
        home = n.country or (normalise(n.core) if n.kind == "place" and n.core else None) \
            or (normalise(n.text) if normalise(n.text) in owners else None)
        for d in n.docs if home else ():
            out[d].add(home)
    return out


def _all_speak_of(docs: Iterable[str], country: str, named_in: dict[str, set[str]]) -> bool:
    """Every one of the (at least one) documents names the country."""
    docs = list(docs)
    return bool(docs) and all(country in named_in.get(d, ()) for d in docs)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _initials(core: str) -> str:
    return "".join(w[0] for w in core.split() if w[:1].isupper() and w.lower() not in {"of", "for", "the", "and"})


def resolve_actors(
    mentions: list[Mention], claim_names: Iterable[tuple[str, list[str]]] = ()
) -> tuple[list[Actor], dict[str, str]]:
    """Group mentions (and claimant / via names of claims) into actors.

    Returns the actors and a map from every alias as written to its actor's canonical name.
    Junk items (not Mentions, empty text) are skipped, never raised on.
    """
    names: list[_Name] = []
    by_text: dict[str, int] = {}
    occurrences: list[tuple[str, int, int]] = []  # (doc, start, name index), in text order
    anaphors: list[tuple[str, int, int]] = []

    generic_of: dict[tuple[str, str], bool] = {}  # a name is parsed once per spelling, not per mention

    def add(text: str, label: str, doc: str | None, role: str, start: int = 0) -> int | None:
        if not isinstance(text, str) or not _plain(text):
            return None
        parsed = None
        generic = generic_of.get((text, label))
        if generic is None:
            parsed = _parse(text, label)
            # "the agency" points back; "the United Nations refugee agency" names its owner and is no anaphor
            generic = generic_of[(text, label)] = bool(
                parsed.definite and parsed.kind in {"descriptor", "mediadesc", "role"} and not parsed.country
                and parsed.head in ANAPHOR_HEADS | PERSON_ROLE_HEADS
                and (parsed.core[:1].islower() and "'s " in parsed.core or not re.search(r"\b[A-Z]", parsed.core)))
        key = f"{doc}#{start}#{normalise(text)}" if generic else f"{label in {'PERSON'}}|{normalise(text)}"
        idx = by_text.get(key)
        if idx is None:
            idx = by_text[key] = len(names)
            names.append(parsed or _parse(text, label))
        if text not in names[idx].surfaces:
            names[idx].surfaces.append(text)
        names[idx].docs.update([doc] if doc else [])
        names[idx].roles.add(role)
        if doc is not None:
            (anaphors if generic else occurrences).append((doc, start, idx))
        return idx

    for m in mentions:
        if isinstance(m, Mention):
            add(m.text, m.label, m.doc, m.role, m.start)
    for item in claim_names:
        try:
            claimant, via = item
        except (TypeError, ValueError):
            continue
        if claimant:
            add(claimant, "MEDIA" if _looks_outlet(claimant) else "CLAIM", None, "claimant")
        for v in via or []:
            add(v, "MEDIA" if _looks_outlet(v) else "CLAIM", None, "via")
    for n in names:  # a claimant name written like a person: "Kyrylo Budanov", "President Jane Roe"
        if n.label != "CLAIM" or n.kind != "institution":
            continue
        words = n.core.split()
        lead = 0
        while lead < len(words) - 1 and words[lead].lower() in TITLES:
            lead += 1
        person = words[lead:]
        if len(person) in (2, 3) and not n.function and not n.acronym and not n.short \
                and n.head not in AGENCY_HEADS and not any(w.lower() in TITLES for w in person) \
                and not any(w.lower() in ORG_WORDS for w in words):
            n.kind, n.person = "person", " ".join(person)
            if lead and not n.role_text:
                n.role_text = " ".join(words[:lead])

    _strip_run_on_names(names)
    uf = _UnionFind()
    _link(names, uf, occurrences, anaphors)
    _link_fragments(names, uf)
    actors, alias_map = _build(names, uf)
    alias_map.update(_in_document(names, alias_map))
    return actors, alias_map


def _in_document(names: list[_Name], alias_map: dict[str, str]) -> dict[str, str]:
    """A name every country has, written bare ("the Health Ministry"), stays its own actor
    when its reports speak of different countries; in a report that names one country
    whose ministry the run spells out ("Kestria's Health Ministry") it is that ministry.
    Keys are `doc_key(doc, name)`: a claim or event of that report is named by it."""
    named_in = _countries_named(names)
    qualified: dict[tuple[str, str], set[str]] = defaultdict(set)  # (country, core) -> canonical names
    for n in names:
        if n.kind == "institution" and n.country and n.surfaces and n.surfaces[0] in alias_map:
            qualified[(n.country, n.core.lower())].add(alias_map[n.surfaces[0]])
    out: dict[str, str] = {}
    for n in names:
        if n.kind != "institution" or n.country or not _generic_name(n.core):
            continue
        for d in n.docs:
            found = {c for home in named_in.get(d, ()) for c in qualified.get((home, n.core.lower()), ())}
            if len(found) == 1:
                target = found.pop()
                out.update({doc_key(d, text): target for text in n.surfaces if alias_map.get(text) != target})
    return out


def _link_fragments(names: list[_Name], uf: _UnionFind) -> None:
    """A claimant cut out of the middle of a name the reports write in full ("Geological" of
    "The U.S. Geological Survey") is that name: a capitalised run of its words that stops
    before its head word. Only where exactly one such name contains it."""
    # every run of words inside a written name that stops before its last word, with the
    # names holding it (one lookup per claimant, not a scan of every name in the ledger)
    inside: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for j, n in enumerate(names):
        if n.label in ("ORG", "PERSON", "MEDIA", "GPE", "NORP", "FAC") and n.docs:
            host = _WORD.findall(_plain(n.text))
            for i in range(len(host) - 1):
                for end in range(i + 1, len(host)):  # never ending on the head
                    inside[tuple(host[i:end])].add(j)
    for k, n in enumerate(names):
        if n.label != "CLAIM" or n.docs:
            continue
        words = _WORD.findall(_plain(n.text))
        if not words or not all(w[:1].isupper() for w in words):
            continue
        hosts = set(inside.get(tuple(words), ()))
        if len(hosts) == 1:
            uf.union(k, hosts.pop())


def _strip_run_on_names(names: list[_Name]) -> None:
    """An NER span that ran on into a person ("... of Ukraine Kyrylo Budanov"): cut the person
    off and parse the rest again, so the institution keeps its country and acronym."""
    # the longest person a name ends with: its tails after each space, longest first, looked
    # up in a set (comparing every name with every person grew with their product)
    persons = {n.person for n in names if n.kind == "person" and n.person and len(n.person.split()) >= 2}
    for k, n in enumerate(names):
        if n.kind not in {"institution", "descriptor"}:
            continue
        text = _plain(n.text)
        tails = (text[i + 1:] for i, ch in enumerate(text) if ch == " ")
        for person in tails:
            if person in persons and len(text) > len(person) + 3:
                fresh = _parse(text[: -len(person) - 1], n.label)
                fresh.text, fresh.docs, fresh.roles, fresh.surfaces = n.text, n.docs, n.roles, n.surfaces
                names[k] = fresh
                break


def _looks_outlet(text: str) -> bool:
    low = normalise(text)
    return bool(re.search(r"\b(news|media|press|times|post|daily|news agency|reuters|afp|ap|yonhap)\b", low))


def _link(names: list[_Name], uf: _UnionFind, occurrences: list, anaphors: list) -> None:
    keyed: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        uf.find(i)
        if n.kind == "place":
            keyed[f"place:{n.country or normalise(n.core)}"].append(i)
        elif n.kind == "institution":
            if n.acronym:
                keyed[f"acr:{n.acronym}"].append(i)
            if n.core.isupper() and " " not in n.core:
                keyed[f"acr:{n.core}"].append(i)
            keyed[f"org:{n.country}:{n.core.lower()}"].append(i)
            if n.short:
                keyed[f"org:{n.country}:{n.short.lower()}"].append(i)
        elif n.kind in {"media", "group"}:
            keyed[f"{n.kind}:{re.sub(r' news agency$', '', normalise(n.core or n.text))}"].append(i)
        elif n.kind in {"descriptor", "mediadesc"} and n.acronym:
            keyed[f"acr:{n.acronym}"].append(i)
        elif n.kind == "mediadesc":
            keyed[f"mediadesc:{n.country}:{n.head in {'media', 'outlets'}}"].append(i)
    for members in keyed.values():
        for j in members[1:]:
            uf.union(members[0], j)
    # a proper name without country joins the one country-qualified spelling, if unique
    by_core: dict[str, set[str]] = defaultdict(set)
    for key in keyed:
        if key.startswith("org:"):
            _, country, core = key.split(":", 2)
            by_core[core].add(country)
    named_in = _countries_named(names)
    for core, countries in by_core.items():
        known = countries - {"None"}
        if "None" in countries and len(known) == 1:
            home = known.pop()
            bare = keyed[f"org:None:{core}"]
            docs = set().union(*(names[j].docs for j in bare))
            # "the Health Ministry" is a different body in each country: it joins Kestria's only
            # where every report that writes it bare speaks of Kestria
            if _generic_name(core) and not _all_speak_of(docs, home, named_in):
                continue
            uf.union(bare[0], keyed[f"org:{home}:{core}"][0])
    # initials: "Institute for the Study of War" ~ "ISW"; a two-letter acronym only for a
    # two-word name, and only one such name in the run ("United Nations" ~ "UN")
    expansions: dict[str, set[str]] = defaultdict(set)
    for key, members in list(keyed.items()):
        if key.startswith("org:"):
            core = names[members[0]].core
            ini = _initials(core)
            if len(ini) >= 3 or (len(ini) == 2 and len(core.split()) == 2):
                expansions[ini].add(core.lower())
    for key, members in list(keyed.items()):
        if key.startswith("org:"):
            core = names[members[0]].core
            ini = _initials(core)
            if f"acr:{ini}" in keyed and (len(ini) >= 3 or expansions.get(ini) == {core.lower()}):
                uf.union(members[0], keyed[f"acr:{ini}"][0])
    _link_expanded(names, uf, {a: e.pop() for a, e in expansions.items() if len(e) == 1})
    _link_persons(names, uf)
    _link_descriptors(names, uf, occurrences)
    _link_capitals(names, uf, occurrences)
    _link_anaphors(names, uf, occurrences, anaphors)


def _link_expanded(names: list[_Name], uf: _UnionFind, expansion: dict[str, str]) -> None:
    """A name that starts with an acronym the run spells out is that spelled-out name:
    "UN refugee agency" ~ "United Nations refugee agency"."""
    def eligible(n: _Name) -> bool:
        return n.kind in {"institution", "descriptor"} and bool(n.core) and not n.country

    spelled: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        if eligible(n):
            spelled[n.core.lower()].append(i)
    for i, n in enumerate(names):
        words = n.core.split()
        if eligible(n) and len(words) > 1 and words[0] in expansion:
            for j in spelled.get(" ".join([expansion[words[0]], *words[1:]]).lower(), ()):
                uf.union(i, j)


def _link_capitals(names: list[_Name], uf: _UnionFind, occurrences: list) -> None:
    """A capital quoted as a claimant ("Seoul said 300 were killed") stands for the one
    named institution of that country its reports cite; with none or several, it stays
    the country. Country names themselves ("Ukraine said") are left alone."""
    country = _group_attr(names, uf, "country")
    function = _group_attr(names, uf, "function")
    by_doc: dict[str, set[int]] = defaultdict(set)
    for doc, _start, idx in occurrences:
        by_doc[doc].add(idx)
    for i, n in enumerate(names):
        text = normalise(n.text)
        if n.kind != "place" or "claimant" not in n.roles or text not in CAPITALS or not n.docs:
            continue
        home = COUNTRY_OF[text]
        roots = {uf.find(j) for d in n.docs for j in by_doc.get(d, ())
                 if names[j].kind == "institution" and function.get(uf.find(j))
                 and country.get(uf.find(j)) == home}
        if len(roots) == 1:
            uf.union(i, roots.pop())


def _link_persons(names: list[_Name], uf: _UnionFind) -> None:
    people = [i for i, n in enumerate(names) if n.kind == "person"]
    full = [i for i in people if len(names[i].person.split()) >= 2]
    # blocking: only names with one initial and a surname spelling a letter apart are compared
    # (every pair of people compared grew with the square of the people in the ledger)
    block: dict[tuple[str, str], list[int]] = defaultdict(list)
    for pos, a in enumerate(full):
        pa = names[a].person.split()
        for v in _one_letter_less(_translit(pa[-1])):
            block[(pa[0][0].lower(), v)].append(pos)
    for a_pos, a in enumerate(full):
        pa = names[a].person.split()
        near = {p for v in _one_letter_less(_translit(pa[-1])) for p in block[(pa[0][0].lower(), v)]}
        for b in (full[p] for p in sorted(near) if p > a_pos):
            pb = names[b].person.split()
            if _same_surname(pa[-1], pb[-1]) and (pa[0][0].lower() == pb[0][0].lower()):
                uf.union(a, b)
    surnames: dict[int, str] = {}
    for i in full:
        surnames.setdefault(uf.find(i), names[i].person.split()[-1])
    members: dict[int, list[int]] = defaultdict(list)  # each group of full names, by its root now
    for i in full:
        members[uf.find(i)].append(i)
    by_spelling: dict[str, set[int]] = defaultdict(set)
    for r, s in surnames.items():
        for v in _one_letter_less(_translit(s)):
            by_spelling[v].add(r)
    # surname-only mentions (also an NER "ORG" that is just a known surname)
    for i, n in enumerate(names):
        single = n.person if n.kind == "person" and len(n.person.split()) == 1 else None
        if n.kind == "institution" and len(n.core.split()) == 1 and not n.core.isupper():
            single = n.core
        if not single:
            continue
        near = {r for v in _one_letter_less(_translit(single)) for r in by_spelling.get(v, ())}
        hits = {r for r in near if _same_surname(surnames[r], single)}
        if len(hits) > 1:
            # a group whose root a surname-only mention has since taken over holds no full name
            # under its old root any more; the others keep their full names (a mention never
            # joins two groups of full names)
            hits = {r for r in hits if uf.find(r) == r and any(names[j].docs & n.docs for j in members[r])}
        if len(hits) == 1:
            uf.union(i, hits.pop())
            n.kind = "person"
    # role text in apposition becomes an alias: a standalone role joins that person
    roles: dict[str, set[int]] = defaultdict(set)
    for i in people:
        if names[i].role_text:
            words, _ = _strip_country(_WORD.findall(_plain(names[i].role_text)))
            words = [w for w in words if w.lower() not in DETERMINERS]
            if len(words) >= 2 or (words and words[-1].lower() in PERSON_ROLE_HEADS and len(words) > 1):
                roles[" ".join(words).lower()].add(uf.find(i))
    # "the country's spy chief" ~ the one person introduced as head of that country's intelligence
    duties: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in people:
        if names[i].role_text:
            role = _parse(names[i].role_text, "ORG")
            words = _WORD.findall(_plain(names[i].role_text))
            country = role.country or next(
                (c for k in range(len(words)) if (c := _strip_country(words[k:] + ["x"])[1])), None)
            if country and role.function:
                duties[(country, role.function)].add(uf.find(i))
    for i, n in enumerate(names):
        if n.kind == "role":
            words, _ = _strip_country(_WORD.findall(_plain(n.text)))
            key = " ".join(w for w in words if w.lower() not in DETERMINERS).lower()
            hits = {uf.find(r) for r in roles.get(key, set())}
            if not hits and n.country and n.function and n.head in PERSON_ROLE_HEADS:
                hits = {uf.find(r) for r in duties.get((n.country, n.function), set())}
            if len(hits) == 1:
                uf.union(i, hits.pop())


def _group_attr(names: list[_Name], uf: _UnionFind, attr: str) -> dict[int, str | None]:
    votes: dict[int, Counter] = defaultdict(Counter)
    for i, n in enumerate(names):
        value = getattr(n, attr)
        if value and n.kind in {"institution", "descriptor"}:
            votes[uf.find(i)][value] += 1
    return {root: c.most_common(1)[0][0] for root, c in votes.items()}


def _link_descriptors(names: list[_Name], uf: _UnionFind, occurrences: list) -> None:
    """Descriptors join the named institution of the same country and function."""
    country = _group_attr(names, uf, "country")
    function = _group_attr(names, uf, "function")
    named: dict[tuple[str | None, str], set[int]] = defaultdict(set)
    for i, n in enumerate(names):
        if n.kind == "institution" and n.kind != "person":
            root = uf.find(i)
            if function.get(root):
                named[(country.get(root), function[root])].add(root)
    doc_roots: dict[str, set[int]] = defaultdict(set)
    for doc, _start, idx in occurrences:
        doc_roots[doc].add(uf.find(idx))
    _inherit_country(names, uf, occurrences)
    acronyms = _group_attr(names, uf, "acronym")
    # a named institution without a country joins the one named group of its function whose
    # name it ends with ("..., South Korea's National Intelligence Service"); a shared function
    # word alone never joins two bodies (the World Health Organization is no health ministry)
    named_in = _countries_named(names)
    cores_of: dict[int, set[str]] = defaultdict(set)
    for j, m in enumerate(names):
        if m.kind == "institution" and len(m.core.split()) >= 2:
            cores_of[uf.find(j)].add(m.core.lower())
    for i, n in enumerate(names):
        root = uf.find(i)
        if n.kind == "institution" and n.function and not country.get(root) and not acronyms.get(root):
            known = {r for (c, f), roots in named.items() if c and f == n.function for r in roots
                     if any(n.core.lower().endswith(core) for core in cores_of[r])
                     and (not _generic_name(n.core) or _all_speak_of(n.docs, c, named_in))}
            if len(known) == 1:
                uf.union(i, next(iter(known)))
    desc_keys: dict[tuple, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        if n.kind != "descriptor" or not n.function:
            continue
        key = (n.country, n.function)
        targets = named.get(key, set()) if n.country else set()
        if not targets and n.country:  # named but country unknown: only if they share a document
            loose = named.get((None, n.function), set())
            targets = {r for r in loose if any(r in doc_roots[d] for d in n.docs)}
        if len(targets) == 1:
            uf.union(i, next(iter(targets)))
        else:
            desc_keys[key if n.country else (None, n.function, n.head)].append(i)
    for members in desc_keys.values():
        for j in members[1:]:
            uf.union(members[0], j)
    # "a military intelligence source" ~ the group already holding "military intelligence"
    cores: dict[str, set[int]] = defaultdict(set)
    for i, n in enumerate(names):
        if n.kind in {"descriptor", "institution"} and len(n.core.split()) >= 2:
            cores[n.core.lower()].add(uf.find(i))
    for i, n in enumerate(names):
        words = n.core.lower().split()
        if n.kind == "descriptor" and not n.country and n.head in PEOPLE_HEADS and len(words) >= 3:
            hits = {uf.find(r) for r in cores.get(" ".join(w for w in words[:-1] if w not in ANONYMOUS), set())}
            if len(hits) == 1:
                uf.union(i, hits.pop())


def _inherit_country(names: list[_Name], uf: _UnionFind, occurrences: list) -> None:
    """A source cited without a country takes the country its citer has: 'South Korean
    media, citing unidentified military sources'. Looks back a short window only, and
    only at actors with a country (not at place names), and only when they all agree."""
    country = _group_attr(names, uf, "country")
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, start, idx in occurrences:
        by_doc[doc].append((start, idx))
    for items in by_doc.values():
        items.sort()
        for pos, (start, idx) in enumerate(items):
            n = names[idx]
            if n.kind != "descriptor" or n.country or n.head not in PEOPLE_HEADS or not n.function:
                continue
            seen = {
                names[j].country or country.get(uf.find(j))
                for s, j in items[:pos]
                if start - s < 150 and names[j].kind in {"institution", "descriptor", "mediadesc", "media"}
            }
            seen.discard(None)
            if len(seen) == 1:
                n.country = seen.pop()


def _compatible(anaphor: _Name, group_names: list[_Name]) -> bool:
    head = anaphor.head
    if head in {"outlet", "newspaper", "magazine", "broadcaster"}:
        return any(n.kind == "media" for n in group_names)
    if head in {"sources", "officials"}:
        return any(n.kind == "descriptor" and n.head == head for n in group_names)
    if anaphor.function and not any(n.function == anaphor.function for n in group_names):
        return False
    return any(n.kind in {"institution", "descriptor"} and (n.head in AGENCY_HEADS | {"ministry"} or n.acronym)
               for n in group_names) and not any(n.kind in {"person", "media"} for n in group_names)


def _link_anaphors(names: list[_Name], uf: _UnionFind, occurrences: list, anaphors: list) -> None:
    """'The agency' / 'the sources' / 'the news outlet': nearest compatible antecedent."""
    members: dict[int, list[_Name]] = defaultdict(list)
    for i, n in enumerate(names):
        members[uf.find(i)].append(n)
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, start, idx in occurrences:
        by_doc[doc].append((start, idx))
    for doc, start, idx in anaphors:
        anaphor = names[idx]
        before = sorted((s, i) for s, i in by_doc.get(doc, []) if s < start)
        for _s, cand in reversed(before[-12:]):
            if anaphor.kind == "role":
                if names[cand].kind == "person" and names[cand].role_text and \
                        anaphor.head in names[cand].role_text.lower():
                    uf.union(idx, cand)
                    break
                continue
            if _compatible(anaphor, members[uf.find(cand)]):
                uf.union(idx, cand)
                break
        else:
            anaphor.kind = "unresolved"


def _actor_type(group: list[_Name]) -> str:
    kinds = Counter(n.kind for n in group)
    if kinds["person"]:
        return "person"
    if kinds["media"] or kinds["mediadesc"]:
        return "outlet"
    if kinds["place"] and not kinds["institution"]:
        return "government"
    functions = Counter(n.function for n in group if n.function)
    heads = {n.head for n in group}
    if functions and functions.most_common(1)[0][0] in {"military", "special_forces"}:
        return "military"
    if heads & {"ministry", "government", "cabinet", "administration", "presidency", "authorities"}:
        return "government"
    if heads & AGENCY_HEADS or (functions and functions.most_common(1)[0][0] == "intelligence"):
        return "agency"
    if heads & PEOPLE_HEADS or kinds["group"]:
        return "group"
    return "organisation"


def _canonical(group: list[_Name], kind: str) -> str:
    def pick(cands: list[str]) -> str:
        counts = Counter(cands)
        return max(counts, key=lambda c: (counts[c], len(c)))

    countries = Counter(n.country for n in group if n.country)
    country = countries.most_common(1)[0][0] if countries else None
    if kind == "person":
        persons = [n.person for n in group if n.person]
        full = [p for p in persons if len(p.split()) >= 2]
        return pick(full or persons or [group[0].text])
    if kind == "government" and country and not any(n.kind == "institution" for n in group):
        return _title_country(country)  # a ministry keeps its own name: "Health Ministry (Kestria)"
    if kind == "outlet":
        mast = [re.sub(r"^(?:the|a|an)\s+|\s+news agency$", "", _plain(n.text)) for n in group if n.kind == "media"]
        if mast:
            return pick(mast)
    proper = [n.short or n.core for n in group if n.kind in {"institution", "media"} and n.core
              and not (n.core.isupper() and " " not in n.core)]
    if proper:
        name = re.sub(r"\s+news agency$", "", pick(proper), flags=re.I)
        if country and kind in {"agency", "government", "military", "organisation"} \
                and country not in name.lower():
            name = f"{name} ({_title_country(country)})"
        return name
    acronyms = [n.core for n in group if n.kind == "institution" and n.core]
    if acronyms:
        return pick(acronyms)
    texts = [re.sub(r"^(the|a|an)\s+", "", _plain(n.text), flags=re.I) for n in group]
    return pick(texts)


def _title_country(country: str) -> str:
    return " ".join(w if w in {"of", "the"} else w.capitalize() for w in country.split())


def _build(names: list[_Name], uf: _UnionFind) -> tuple[list[Actor], dict[str, str]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        if n.kind != "unresolved":
            groups[uf.find(i)].append(i)
    actors: list[Actor] = []
    alias_votes: dict[str, Counter] = defaultdict(Counter)
    for members in groups.values():
        group = [names[i] for i in members]
        kind = _actor_type(group)
        canonical = _canonical(group, kind)
        aliases: list[str] = []
        for n in group:
            role_alias = n.role_text if n.kind == "person" and n.role_text and len(
                [w for w in n.role_text.split() if w.lower() not in DETERMINERS]) >= 2 else None
            for text in filter(None, [*n.surfaces, n.text, role_alias]):
                if text not in aliases:
                    aliases.append(text)
        roles = set().union(*(n.roles for n in group))
        role = ("claimant and intermediary" if {"claimant", "via"} <= roles else
                "claimant" if "claimant" in roles else "intermediary" if "via" in roles else "entity")
        docs = sorted(set().union(*(n.docs for n in group)))
        actors.append(Actor(canonical=canonical, type=kind, aliases=aliases, role=role, docs=docs))
        for a in [*aliases, canonical]:
            alias_votes[a][canonical] += len(docs) + 1
    actors = _one_per_name(actors)
    actors.sort(key=lambda a: (-len(a.docs), a.canonical))
    alias_map = {a: c.most_common(1)[0][0] for a, c in alias_votes.items()}
    return actors, alias_map


def _one_per_name(actors: list[Actor]) -> list[Actor]:
    """Two groups that end with one canonical name are one actor to every reader (and one row
    of the ledger's actors table): their aliases, reports and roles join."""
    by_name: dict[str, Actor] = {}
    for a in actors:
        held = by_name.get(a.canonical)
        if held is None:
            by_name[a.canonical] = a
            continue
        held.aliases = list(dict.fromkeys([*held.aliases, *a.aliases]))
        held.docs = sorted(set(held.docs) | set(a.docs))
        if held.role != a.role:
            held.role = "claimant and intermediary" if {held.role, a.role} & {"claimant and intermediary"} or \
                {held.role, a.role} == {"claimant", "intermediary"} else (held.role if held.role != "entity" else a.role)
    return list(by_name.values())
