"""General news vocabulary for deciding whether two figures count the same thing.

Hand-written tables because no library maps news nouns/verbs to "what is being counted":
WordNet-style similarity would put "troop" near "crowd" and "kill" near "capture". The
tables cover the usual beats (conflict, disaster, epidemic, protest, election, budget) and
fall back to the word itself, so an unknown unit still groups with identical units.
"""

from __future__ import annotations

import re

# ---- units ---------------------------------------------------------------------------

#: unit lemma -> (class, family). Claims are only compared inside one class; inside the
#: "people" class two families are compatible when equal or when one is generic.
_PEOPLE = {
    "personnel": ("troop", "soldier", "fighter", "personnel", "military personnel",
                  "serviceman", "servicemen", "service member", "servicemember",
                  "combatant", "militant", "mercenary", "conscript", "recruit", "marine",
                  "sailor", "paratrooper", "infantryman", "force", "guerrilla", "insurgent",
                  "reservist", "contingent"),
    # ranks: each its own family, "500 officers and three generals" are different counts
    "officer": ("officer",),
    "general": ("general",),
    "commander": ("commander",),
    "civilian": ("civilian", "noncombatant"),
    "person": ("person", "people", "resident", "inhabitant", "individual", "child",
               "adult", "man", "woman", "worker", "student", "passenger", "migrant",
               "tourist", "citizen", "pilgrim", "miner", "patient", "member", "employee",
               "staff", "dockworker", "docker", "nurse", "doctor", "teacher", "driver",
               "farmer", "crew", "survivor"),
    "displaced": ("displaced", "displaced person", "evacuee", "refugee", "asylum seeker",
                  "homeless"),
    "detainee": ("arrest", "detainee", "prisoner", "prisoner of war", "pow", "captive",
                 "hostage", "suspect"),
    "protester": ("protester", "protestor", "demonstrator", "marcher", "participant",
                  "rioter", "striker"),
    "case": ("case", "infection", "infected", "confirmed case"),
    "vote": ("vote", "ballot", "voter", "seat", "delegate"),
    # generic casualty words: compatible with any people family
    "generic": ("casualty", "death", "dead", "fatality", "victim", "body", "loss",
                "injured", "wounded", "injury", "missing", "survivor", "toll", "life"),
}

#: a unit that itself says what happened ("deaths", "injured") implies the event
UNIT_IMPLIES_EVENT = {
    "casualty": "casualty", "loss": "casualty", "toll": "kill",
    "death": "kill", "dead": "kill", "fatality": "kill", "body": "kill", "life": "kill",
    "injured": "wound", "wounded": "wound", "injury": "wound",
    "missing": "missing", "arrest": "arrest", "detainee": "arrest",
    "case": "infect", "infection": "infect", "infected": "infect", "confirmed case": "infect",
    "evacuee": "displace", "displaced": "displace", "displaced person": "displace",
    "refugee": "displace", "cut": "cut", "layoff": "cut", "redundancy": "cut",
}
#: a unit that names what happened to a counted noun it leaves out ("2,000 job cuts")
UNIT_ALIAS = {"cut": "job", "job cut": "job", "layoff": "job", "redundancy": "job"}

CURRENCIES = {
    "dollar": "dollar", "usd": "dollar", "$": "dollar", "us dollar": "dollar",
    "euro": "euro", "eur": "euro", "€": "euro", "pound": "pound", "gbp": "pound",
    "sterling": "pound", "£": "pound", "yen": "yen", "yuan": "yuan", "renminbi": "yuan",
    "rupee": "rupee", "hryvnia": "hryvnia", "ruble": "ruble", "rouble": "ruble",
    "won": "won", "franc": "franc", "peso": "peso", "real": "real", "lira": "lira",
    "rand": "rand", "naira": "naira", "shekel": "shekel", "riyal": "riyal",
    "dirham": "dirham", "krona": "krona", "krone": "krone", "zloty": "zloty",
    "taka": "taka", "rupiah": "rupiah", "ringgit": "ringgit", "baht": "baht",
    "dong": "dong", "shilling": "shilling", "cedi": "cedi", "crown": "crown", "koruna": "crown",
    "forint": "forint", "leu": "leu", "lev": "lev", "dinar": "dinar", "kwacha": "kwacha",
    "birr": "birr", "rial": "rial", "manat": "manat", "tenge": "tenge", "som": "som", "loti": "loti",
}

#: measure units -> (class, factor to the class's base unit)
MEASURES = {
    "square kilometer": ("area", 1.0), "square kilometre": ("area", 1.0),
    "km2": ("area", 1.0), "km²": ("area", 1.0), "sq km": ("area", 1.0),
    "square mile": ("area", 2.58999), "sq mile": ("area", 2.58999),
    "hectare": ("area", 0.01), "acre": ("area", 0.00404686),
    "square meter": ("area", 1e-6), "square metre": ("area", 1e-6),
    "kilometer": ("length", 1.0), "kilometre": ("length", 1.0), "km": ("length", 1.0),
    "mile": ("length", 1.60934), "meter": ("length", 0.001), "metre": ("length", 0.001),
    "tonne": ("mass", 1.0), "ton": ("mass", 1.0), "kilogram": ("mass", 0.001),
    "percent": ("percent", 1.0), "per cent": ("percent", 1.0), "%": ("percent", 1.0),
    "percentage point": ("percent point", 1.0),
}

PEOPLE_WORDS = {w for words in _PEOPLE.values() for w in words if " " not in w}

_UNIT_INDEX: dict[str, tuple[str, str]] = {
    word: ("people", fam) for fam, words in _PEOPLE.items() for word in words
}

# ---- events --------------------------------------------------------------------------

_EVENTS = {
    "deploy": ("send", "deploy", "dispatch", "transfer", "move", "station", "ship",
               "arrive", "redeploy", "dispatched", "reinforce", "sent", "deployed"),
    "kill": ("kill", "die", "dead", "death", "slay", "perish", "fatality", "execute",
             "drown", "murder", "killed", "died", "deaths", "toll", "fatal", "bodies", "body",
             "lives", "slain", "perished", "drowned"),
    "wound": ("wound", "injure", "hurt", "injury", "wounded", "injured", "injuries", "treat", "treated"),
    "need": ("need", "needing", "needed"),
    "casualty": ("casualty", "casualties", "lose", "loss", "losses", "kill or wound",
                 "killed or wounded"),
    "capture": ("capture", "take prisoner", "surrender", "abduct", "kidnap", "captured"),
    "arrest": ("arrest", "detain", "jail", "imprison", "apprehend", "round up", "arrested",
               "detained"),
    "control": ("control", "hold", "occupy", "seize", "take", "keep", "retain", "held",
                "seized", "occupied", "foothold"),
    "regain": ("regain", "retake", "recapture", "liberate", "reclaim"),
    "fight": ("fight", "engage", "battle", "combat", "participate", "fighting"),
    "assemble": ("assemble", "gather", "mass", "amass", "concentrate", "mobilize",
                 "mobilise", "muster"),
    "displace": ("displace", "evacuate", "flee", "relocate", "uproot", "displaced", "fled",
                 "evacuated", "homeless", "driven", "forced", "displacement"),
    "shelter": ("shelter", "shelters", "camp", "camps", "sheltering"),
    "infect": ("infect", "test positive", "contract", "diagnose", "infected", "infection",
               "infections", "case", "cases"),
    "missing": ("miss", "missing", "disappear", "unaccounted"),
    "trap": ("trap", "trapped", "underground", "stranded"),
    "employ": ("employ", "employs", "employed", "workforce", "headcount", "payroll"),
    "rescue": ("rescue", "save", "evacuate by air", "rescued", "saved", "surface", "safety"),
    "aboard": ("aboard", "board", "carry", "carrying", "onboard"),
    "protest": ("protest", "march", "rally", "demonstrate", "strike", "walk", "striking"),
    "vote": ("vote", "elect", "win", "poll", "votes", "won", "seat", "seats"),
    "spend": ("spend", "expenditure", "allocate", "budget", "cost", "fund", "pay",
              "invest", "pledge", "grant", "aid", "spending", "receive", "release"),
    "revenue": ("revenue", "earn", "collect", "income", "tax"),
    "deficit": ("deficit", "shortfall", "gap", "borrow", "debt"),
    "damage": ("damage", "destroy", "flatten", "demolish", "flood", "destroyed",
               "damaged"),
    "burn": ("burn", "scorch", "burned", "burnt", "scorched", "blaze"),
    "cut": ("cut", "axe", "shed", "eliminate", "layoff", "layoffs", "redundancy", "lay off",
            "reduction", "reductions", "redundancies"),
    "admit": ("admit", "hospitalise", "hospitalize", "admitted", "hospitalised",
              "hospitalized"),
}
_EVENT_INDEX = {word: fam for fam, words in _EVENTS.items() for word in words}


def word_family(word: str) -> str | None:
    """The event family a single word names ("dispatch" and "sent" are "deploy"), or None."""
    return _EVENT_INDEX.get(word)

#: states a running total keeps adding to: a projection of one is the same quantity later
CUMULATIVE_EVENTS = {"kill", "wound", "casualty", "missing", "displace", "infect", "damage",
                     "burn", "arrest", "spend", "deficit", "cut", "shelter"}

#: words that look like a state but say how a figure is reported or changed
_REPORTING = """say tell report claim announce confirm state write add note cite accord show find
record log count tally expect suggest assess think fear warn know believe estimate put give
project forecast predict reckon quote list register document verify ask answer reply respond""".split()
_LIGHT = """be have do rise climb reach pass top exceed hit stand bring raise revise fall drop increase
grow near number total approach surpass double jump soar go come remain stay make get widen lead
trail average people outbreak rise fell rose grew reached passed topped hit stood brought raised
revised dropped increased climbed neared numbered totalled totaled approached exceeded surpassed
doubled jumped soared went remained stayed made got led trailed averaged now still more recover
recovered fallen risen grown gone come shrink shrank shrunk shrunken whittle whittled""".split()
REPORT_OR_LIGHT = frozenset(_REPORTING) | frozenset(_LIGHT)
#: states that count one quantity at different moments: the block key folds them
BLOCK_EVENT = {"trap": "missing"}
#: a state word after "to" that is still the state ("believed to have died" reads "died")
STATE_ADJECTIVES = {"dead", "died", "die", "killed", "injured", "wounded", "missing"}
#: words the state search must not take for a state ("cases" of a disease are read by unit)
NOT_STATES = {"hold", "take", "keep", "move", "mass", "gap", "fund", "pay", "tax", "body"}
#: words around a figure that say nothing about what it measures
FILLER_WORDS = {"about", "around", "roughly", "some", "nearly", "almost", "more", "than", "least",
                "most", "only", "also", "just", "over", "under", "per", "cent", "percent",
                "according", "total", "figure", "number", "count", "estimate", "new", "latest",
                "official", "final", "own", "far", "still", "now", "since", "other", "another",
                "further", "already", "while", "would", "could", "may", "might", "will", "can",
                "said", "says", "say", "told", "its", "their", "his", "her", "not", "billion",
                "million", "thousand", "hundred"}


def is_report_or_light(word: str) -> bool:
    """A verb of saying or doubt, or a light verb: never what a figure measures."""
    w = " ".join(str(word).lower().split())
    return w in REPORT_OR_LIGHT or _strip_inflection(w) in REPORT_OR_LIGHT or (
        w.endswith("ed") and w[:-2] in REPORT_OR_LIGHT) or (w.endswith("d") and w[:-1] in REPORT_OR_LIGHT)


#: events that harm people; "another" next to them means "in addition", not a new wave
HARM_EVENTS = {"kill", "wound", "casualty", "missing", "capture", "arrest"}

#: territory: seizing an area and holding it describe the same stock at different times
AREA_HOLD_EVENTS = {"control", "capture"}

EVENT_LABEL = {
    "shelter": "in shelters", "trap": "trapped", "burn": "burned", "cut": "cut",
    "admit": "admitted to hospital", "aboard": "aboard", "need": "in need", "employ": "employed",
    "deploy": "sent", "kill": "killed", "wound": "wounded", "casualty": "casualties",
    "capture": "captured", "arrest": "arrested", "hold": "held", "control": "held",
    "regain": "regained", "fight": "fighting", "assemble": "assembled",
    "displace": "displaced", "infect": "infected", "missing": "missing",
    "rescue": "rescued", "protest": "protesting", "vote": "votes", "spend": "spending",
    "revenue": "revenue", "deficit": "deficit", "damage": "damaged",
}
FAMILY_NOUN = {
    "personnel": "troops", "officer": "officers", "general": "generals",
    "commander": "commanders", "civilian": "civilians",
    "person": "people", "displaced": "people", "detainee": "people",
    "protester": "protesters", "case": "cases", "vote": "votes", "generic": "people",
}

# ---- phases and rates ----------------------------------------------------------------

ADDITIONAL_WORDS = {"additional", "more", "new", "another", "further", "extra", "fresh",
                    "reinforcement", "reinforcements", "newly", "latest", "second",
                    "batch", "wave", "top-up", "adds"}
#: modal or plan cue before a verb: a figure about what may happen, not what happened
PROSPECTIVE_RE = re.compile(
    r"\b(?:could|might|may|will|would|shall|plans?\s+to|planning\s+to|intends?\s+to|"
    r"expected\s+to|set\s+to|ready\s+to|prepared\s+to|going\s+to|poised\s+to|"
    r"threaten(?:s|ed)?\s+to)\s+(?!have\b)(?:also\s+|soon\s+|still\s+)?\w+",
    re.I)
FORECAST_RE = re.compile(
    r"\b(?:forecasts?|forecast\s+(?:at|to)|projected|projections?|expected|expects|predicted|"
    r"targets?|aims?\s+(?:at|for)|goal|needed\s+to|at\s+risk)\b", re.I)
PROSPECTIVE_SUBJECT = {"future", "potential", "possible", "planned", "prospective",
                       "projected", "proposed"}
RATE_RE = re.compile(
    r"^[^,;]{0,40}?\b(?:(?:a|per|each|every)\s+(day|week|month|year|hour)|"
    r"(daily|weekly|monthly|yearly|annually|hourly))\b", re.I)
RATE_SUBJECT_RE = re.compile(r"\b(daily|weekly|monthly|per day|a day|per week|rate)\b", re.I)

STOPWORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "from", "with", "and",
    "or", "that", "who", "which", "whom", "its", "their", "his", "her", "as", "into",
    "since", "than", "this", "these", "those", "has", "have", "had", "was", "were",
    "been", "is", "are", "be", "among", "still", "so", "far",
}
#: prepositions that introduce a place or beneficiary, not the owner of what is counted
PLACE_PREPS = {"to", "in", "into", "from", "at", "on", "for", "against", "near", "across",
               "inside", "within", "toward", "towards", "over", "among"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these",
               "those", "our", "some"}
#: nouns that a "more"/"new"/"additional" marker may qualify to mean a new wave
WAVE_NOUNS = {"deployment", "batch", "wave", "group", "contingent", "round", "tranche",
              "package", "shipment", "transfer", "rotation", "unit", "units"}

#: country-name variants folded to one token so "DPRK" and "North Korean" meet
DEMONYMS = {
    "north korean": "north korea", "north koreans": "north korea", "dprk": "north korea",
    "pyongyang": "north korea", "south korean": "south korea", "rok": "south korea",
    "seoul": "south korea", "russian": "russia", "russians": "russia", "moscow": "russia",
    "kremlin": "russia", "ukrainian": "ukraine", "ukrainians": "ukraine", "kyiv": "ukraine",
    "kiev": "ukraine", "american": "united states", "us": "united states",
    "u.s.": "united states", "usa": "united states", "washington": "united states",
    "british": "united kingdom", "uk": "united kingdom", "britain": "united kingdom",
    "chinese": "china", "beijing": "china", "israeli": "israel", "israelis": "israel",
    "palestinian": "palestine", "palestinians": "palestine", "iranian": "iran",
    "tehran": "iran", "syrian": "syria", "turkish": "turkey", "indian": "india",
    "pakistani": "pakistan", "french": "france", "german": "germany", "japanese": "japan",
    "sudanese": "sudan", "yemeni": "yemen", "lebanese": "lebanon", "afghan": "afghanistan",
}


#: states that belong to one kind of figure only: money is spent, people are killed
MONEY_EVENTS = {"spend", "revenue", "deficit"}  # never a state of people or things counted
#: the wave words that may stand right before a figure ("a further 2,000", "# more")
WAVE_MARKERS = {"additional", "more", "another", "further", "extra", "fresh", "new", "adds"}
#: the wave words a subject may carry ("additional troops", not "the new parliament")
SUBJECT_WAVE = {"additional", "more", "another", "further", "extra", "fresh", "reinforcement",
                "reinforcements"}
PEOPLE_STATES = {"kill", "wound", "casualty", "missing", "rescue", "trap", "displace", "shelter",
                 "infect", "admit", "aboard", "arrest", "capture", "need", "employ"}
#: units that measure a thing rather than count it: no state belongs to them
MEASURE_NOUNS = {"magnitude", "degree", "degree celsius", "degree fahrenheit", "point", "meter",
                 "kilometer", "mile", "foot", "inch", "centimeter"}
#: phrases a word-by-word reading misses
STATE_PHRASES = (
    (re.compile(r"\btak(?:e|es|ing|en)\s+part\b|\btook\s+part\b", re.I), "fight"),
    (re.compile(r"\bin\s+hospital\b|\bhospitali[sz]ed\b", re.I), "admit"),
    (re.compile(r"\bbrought\s+(?:to\s+(?:the\s+)?surface|out\s+alive|to\s+safety)|\bpulled\s+(?:out\s+)?alive",
                re.I), "rescue"),
    (re.compile(r"\b(?:on\s+board|aboard)\b", re.I), "aboard"),
    (re.compile(r"\b(?:forc|driv|drove|fle[de])\w*\b[^.;]{0,40}\bfrom\s+(?:their\s+)?homes?\b", re.I),
     "displace"),
)
#: nouns in "its workforce of 37,500": the figure measures the noun, not the sentence's verb
APPOSITION_FILLERS = {"total", "number", "estimate", "estimated", "figure", "count", "tally", "sum",
                      "average", "maximum", "minimum", "peak", "high", "low", "rate"}

#: words a noisy extractor may hand over as the counted noun that count nothing
NON_UNITS = {
    "they", "them", "their", "it", "its", "we", "us", "you", "he", "she", "him", "her",
    "who", "whom", "which", "that", "this", "these", "those", "what", "one", "ones",
    "other", "others", "another", "some", "any", "all", "each", "both", "many", "few",
    "more", "most", "less", "least", "number", "total", "figure", "amount", "estimate",
    "count", "tally", "toll number", "sum", "lot", "dozen", "hundred", "thousand",
    "million", "billion", "half", "third", "quarter", "time", "year", "month", "week", "day",
    "nightfall", "night", "morning", "evening", "dawn", "afternoon", "noon", "midnight", "weekend",
    "hour", "minute", "injure", "kill", "die", "wound", "displace", "evacuate", "rescue", "miss",
}


def clean_unit(unit: str | None) -> str | None:
    """The unit if it names something countable, else None: pronouns ("they"), numbers
    ("22") and bare verb forms ("fighting") come from a misparse, not from the text's noun."""
    if not isinstance(unit, str):
        return None
    u = " ".join(unit.lower().replace("-", " ").split())
    if not u or not re.fullmatch(r"[a-z%$€£¥². ]+", u) or u in NON_UNITS:
        return None
    last = u.split()[-1]
    known = (u in MEASURES or u in CURRENCIES or u in _UNIT_INDEX or last in _UNIT_INDEX
             or _singular(last) in _UNIT_INDEX or last in MEASURES or _singular(u) in MEASURES)
    if not known and re.search(r"(ing|ed)$", last) and len(last) > 5 and _singular(last) not in ING_NOUNS:
        return None
    return unit


# Countable nouns that end like a verb form ("two empty buildings", "three hearings").
ING_NOUNS = frozenset(
    """building meeting hearing filing listing offering recording sibling dwelling crossing opening shooting
    bombing killing sighting warning ruling posting holding painting drawing landing""".split()
)


def singular(word: str) -> str:
    """Public name of the crude singular (facts compare subject words with it)."""
    return _singular(word)


def _singular(word: str) -> str:
    """Crude singular because units arrive as lemmas, plurals or with spaces from noisy text."""
    w = word.strip().lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us")) and len(w) > 3:
        return w[:-1]
    return w


def unit_class(unit: str | None, kind: str = "count") -> tuple[str, str, float]:
    """Return (class, family, factor): only claims of one class are ever compared."""
    u = " ".join((unit or "").lower().replace("-", " ").split())
    if not u:
        return ("percent", "percent", 1.0) if kind in ("percent", "fraction") else (
            "count", "count", 1.0)
    for cand in (u, _singular(u), u.split()[-1], _singular(u.split()[-1])):
        if cand in MEASURES:
            cls, factor = MEASURES[cand]
            return cls, cls, factor
        if cand in CURRENCIES:
            return "money:" + CURRENCIES[cand], "money", 1.0
        if cand in _UNIT_INDEX:
            return (*_UNIT_INDEX[cand], 1.0)
    if kind == "money":
        return "money:" + _singular(u), "money", 1.0
    return "count:" + _singular(u), _singular(u), 1.0


def people_compatible(fam_a: str, fam_b: str) -> bool:
    """Two people families may count the same heads (generic casualty words fit any)."""
    return fam_a == fam_b or "generic" in (fam_a, fam_b)


def event_family(event: str | None, unit: str | None, cls: str) -> str:
    """Family of what happened; the unit supplies it when the verb is missing ("deaths")."""
    e = " ".join((event or "").lower().replace("-", " ").split())
    fam = ""
    if e:
        for cand in (e, _singular(e), _strip_inflection(e), e.split()[-1]):
            if cand in _EVENT_INDEX:
                fam = _EVENT_INDEX[cand]
                break
        else:
            fam = _strip_inflection(e)
    u = (unit or "").lower().strip()
    implied = UNIT_IMPLIES_EVENT.get(u) or UNIT_IMPLIES_EVENT.get(_singular(u))
    if implied and (not fam or fam in ("deploy", "fight")):
        fam = implied
    if cls == "area" and fam in AREA_HOLD_EVENTS:
        return "hold"
    return fam or "-"


def _strip_inflection(word: str) -> str:
    for suffix, repl in (("ied", "y"), ("ed", ""), ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            if stem in _EVENT_INDEX:
                return stem
            if stem + "e" in _EVENT_INDEX:
                return stem + "e"
    return word
