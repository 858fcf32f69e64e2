"""Find the figures in a sentence: numbers as written, normalised, with their bound and unit.

This runs on every sentence (it decides which sentences get a full parse at all), so it is a
hand-written token scanner rather than spaCy: a regex tokenizer plus small look-left /
look-right rules. No maintained library covers news figures as a whole (number words,
"Rs7.5tr", "11 to 12,000", bound phrases, dates/ages/durations to leave out), and the
quantity parsers on PyPI are slow or not installed here, so the rules live in this module.

Conventions follow the gold annotation: the quote is the minimal span including the bound
phrase and any unit the figure itself carries; fractions and percentages are given in
percent; money carries the currency unit and its full value. Dates, years, times of day,
ordinals, ages, durations, identifiers and vague quantities ("hundreds") are not figures.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from newsledger.extract.sexes import first_name_sex
from newsledger.extract.units import normalise_unit
from newsledger.model import Figure

log = logging.getLogger(__name__)

__all__ = ["find_figures", "parse_number_words"]

# ---- word lists (general English news vocabulary) -----------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
    "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Prepositions that make a four-digit number past 2099 a year ("by 2100", "until 2150")
_FAR_YEAR_PREPOSITIONS = frozenset("by in until till before after around beyond through".split())
_PLURAL_SCALES = {"millions": 1e6, "billions": 1e9, "trillions": 1e12}
# Abbreviated multipliers written after a number, spaced or attached ("2.5m", "$3 bn").
_SCALE_ABBR_ANY = {
    "bn": 1e9, "bln": 1e9, "bil": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "tn": 1e12, "trn": 1e12, "tr": 1e12, "cr": 1e7,
}
# Every multiplier word, spelled out or abbreviated: how big a figure is, never what it counts.
SCALE_WORDS = frozenset({*_SCALES, *_SCALE_ABBR_ANY})
_SCALE_ABBR_ATTACHED = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "T": 1e12}
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}

_CURRENCY_SYMBOLS = {
    "$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee", "₽": "ruble",
    "₴": "hryvnia", "₩": "won", "₦": "naira", "₺": "lira", "₪": "shekel", "₱": "peso", "₵": "cedi",
}
# Codes written before (or after) the number. Case-sensitive: "Hr" is the hryvnia sign.
_CURRENCY_CODES = {
    "USD": "dollar", "US": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen",
    "CNY": "yuan", "RMB": "yuan", "INR": "rupee", "Rs": "rupee", "PKR": "rupee",
    "LKR": "rupee", "NPR": "rupee", "RUB": "ruble", "UAH": "hryvnia", "Hr": "hryvnia",
    "KRW": "won", "CHF": "franc", "AUD": "dollar", "CAD": "dollar", "NZD": "dollar",
    "HKD": "dollar", "SGD": "dollar", "ZAR": "rand", "NGN": "naira", "BRL": "real",
    "MXN": "peso", "TRY": "lira", "PLN": "zloty", "SEK": "krona", "NOK": "krone",
    "DKK": "krone", "ILS": "shekel", "EGP": "pound", "KES": "shilling", "BDT": "taka",
    "IDR": "rupiah", "Rp": "rupiah", "MYR": "ringgit", "THB": "baht", "SAR": "riyal",
    "AED": "dirham", "Dh": "dirham", "IRR": "rial", "GHS": "cedi", "RM": "ringgit", "KSh": "shilling", "Ksh": "shilling",
    "TSh": "shilling", "Tsh": "shilling", "USh": "shilling", "UGX": "shilling", "TZS": "shilling", "Sh": "shilling",
    "NAD": "dollar", "Tk": "taka", "ZMW": "kwacha", "MWK": "kwacha", "BWP": "pula",
}
# A rand amount is written "R4bn", "R1.2 million", "R500": the letter glued to the number, which
# then has a scale, a separator or three digits (not the R21 road).
_RAND_AMOUNT = re.compile(r"[0-9]{1,3}(?:[,. \u00a0\u202f][0-9]+)+|[0-9]{3,}")
# "M50 000", "M2 million": Lesotho's loti, read only with grouped thousands or a scale word (not the M50 road)
_LETTER_CURRENCIES = {"R": "rand", "M": "loti", "K": "kina", "P": "peso"}
_LOTI_AMOUNT = re.compile(r"[0-9]{1,3}(?:[, \u00a0\u202f][0-9]{3})+")
# Letters glued before "$" ("US$", "HK$", "A$").
_DOLLAR_PREFIXES = {"US", "U.S.", "A", "AU", "C", "CA", "HK", "NZ", "S", "R", "NT", "Z", "N"}
_CURRENCY_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro",
    "pound": "pound", "pounds": "pound", "sterling": "pound", "yen": "yen", "yuan": "yuan",
    "renminbi": "yuan", "rupee": "rupee", "rupees": "rupee", "ruble": "ruble",
    "rubles": "ruble", "rouble": "ruble", "roubles": "ruble", "hryvnia": "hryvnia",
    "hryvnias": "hryvnia", "hryvnya": "hryvnia", "hryvnyas": "hryvnia", "peso": "peso",
    "pesos": "peso", "franc": "franc", "francs": "franc", "shekel": "shekel",
    "shekels": "shekel", "lira": "lira", "liras": "lira", "naira": "naira", "rand": "rand",
    "dinar": "dinar", "dinars": "dinar", "riyal": "riyal", "riyals": "riyal", "rial": "rial",
    "rials": "rial", "dirham": "dirham", "dirhams": "dirham", "baht": "baht",
    "rupiah": "rupiah", "ringgit": "ringgit", "zloty": "zloty", "zlotys": "zloty",
    "krona": "krona", "kronor": "krona", "krone": "krone", "kroner": "krone", "taka": "taka",
    "cedi": "cedi", "cedis": "cedi", "shilling": "shilling", "shillings": "shilling", "maloti": "loti", "loti": "loti",
    "cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny", "reais": "real", "won": "won", "kwacha": "kwacha",
    # wire shorthand: "18 mln dlrs", "25 cts a share", "40 mln stg"
    "dlrs": "dollar", "dlr": "dollar", "cts": "cent", "stg": "pound",
}
# "won", "rand", "real" are ordinary words too: accept them only after a multiplier.
_CURRENCY_WORDS_AFTER_SCALE_ONLY = {"won", "rand"}

# Measure units after a number, lower-cased (symbols such as GB, MW, C: see units.py).
_MEASURES = {
    "kilometer": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer",
    "kilometres": "kilometer", "km": "kilometer", "kms": "kilometer", "mile": "mile",
    "miles": "mile", "meter": "meter", "meters": "meter", "metre": "meter", "metres": "meter",
    "centimeter": "centimeter", "centimeters": "centimeter", "centimetre": "centimeter",
    "centimetres": "centimeter", "cm": "centimeter", "millimeter": "millimeter",
    "millimeters": "millimeter", "millimetre": "millimeter", "millimetres": "millimeter",
    "mm": "millimeter", "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch",
    "inches": "inch", "yard": "yard", "yards": "yard", "hectare": "hectare",
    "hectares": "hectare", "ha": "hectare", "acre": "acre", "acres": "acre",
    "tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "kilogram": "kilogram",
    "kilograms": "kilogram", "kg": "kilogram", "kgs": "kilogram", "gram": "gram",
    "grams": "gram", "lb": "pound", "lbs": "pound", "barrel": "barrel", "barrels": "barrel",
    "bpd": "barrel per day", "liter": "liter", "liters": "liter", "litre": "liter",
    "litres": "liter", "gallon": "gallon", "gallons": "gallon", "megawatt": "megawatt",
    "megawatts": "megawatt", "gigawatt": "gigawatt", "gigawatts": "gigawatt",
    "kilowatt": "kilowatt", "kilowatts": "kilowatt", "mph": "mile per hour",
    "kph": "kilometer per hour", "knot": "knot", "knots": "knot", "magnitude": "magnitude",
    "page": "page", "pages": "page", "km²": "square kilometer", "mi²": "square mile",
    "m²": "square meter", "sqkm": "square kilometer", "fps": "frame per second",
}
_AREA_PREFIX = {"square", "sq", "cubic"}
# Hyphen compounds that keep the figure a count ("a 5,000-strong force", "a 15-member panel").
_COUNT_SUFFIXES = {
    "strong", "member", "seat", "man", "person", "bed", "story", "storey", "nation",
    "country", "vehicle", "car", "truck", "vessel", "ship", "plane", "aircraft", "unit",
    "family", "home", "house", "point",
}
_TIME_UNITS = {
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
    "hr", "hrs", "h", "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends",
    "fortnight", "fortnights", "month", "months", "year", "years", "yr", "yrs", "decade",
    "decades", "century", "centuries", "millennium", "millennia", "quarter", "quarters",
    "term", "terms", "semester", "semesters", "season", "seasons", "round", "rounds",
}
_TIME_UNITS_SINGULAR = {"second", "minute", "hour", "day", "night", "week", "month", "year",
                        "decade", "quarter"}
_SPEEDS = frozenset({"mile per hour", "kilometer per hour"})
# What a "4K" names when it is a resolution: "4K streaming", "an 8K TV".
_RESOLUTION_NOUNS = frozenset("streaming stream resolution video videos tv tvs television display displays screen "
                              "screens hdr uhd footage camera cameras content gaming monitor monitors".split())
_DURATION_MODIFIERS = {
    "straight", "consecutive", "more", "full", "long", "whole", "additional", "further",
    "successive", "previous", "past", "next", "last", "calendar", "working", "business",
    "extra", "short", "solid", "entire", "other", "or", "so",
}
_FURNITURE_UNITS = {"px", "pt", "em", "rem", "dpi", "kb", "mb", "read", "comments",
                    "comment", "shares", "views", "likes"}
_TIME_SUFFIXES = {"am", "pm", "gmt", "utc", "cet", "est", "edt", "pst", "bst", "kst", "msk"}

# Bound phrases before a figure; longest match wins.
_BOUNDS_BEFORE: dict[tuple[str, ...], str] = {}
for _phrase, _bound in (
    ("more than", "at_least"), ("over", "at_least"), ("at least", "at_least"),
    ("in excess of", "at_least"), ("exceeded", "at_least"), ("exceeding", "at_least"),
    ("exceeds", "at_least"), ("exceed", "at_least"), ("surpassed", "at_least"),
    ("surpassing", "at_least"), ("surpasses", "at_least"), ("surpass", "at_least"),
    ("passed", "at_least"), ("topped", "at_least"), ("topping", "at_least"),
    ("upwards of", "at_least"), ("upward of", "at_least"), ("north of", "at_least"),
    ("greater than", "at_least"), ("higher than", "at_least"), ("above", "at_least"),
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("not less than", "at_least"),
    ("a minimum of", "at_least"), ("a little over", "at_least"), ("just over", "at_least"),
    ("well over", "at_least"), ("well above", "at_least"), ("just above", "at_least"),
    ("well in excess of", "at_least"), ("crossed", "at_least"), ("a minimum", "at_least"),
    ("up to", "at_most"), ("as many as", "at_most"), ("as much as", "at_most"),
    ("nearly", "at_most"), ("almost", "at_most"), ("approaching", "at_most"),
    ("as high as", "at_most"), ("as little as", "at_least"), ("as few as", "at_least"), ("as low as", "at_least"), ("reaching", "at_most"), ("under", "at_most"),
    ("fewer than", "at_most"), ("less than", "at_most"), ("no more than", "at_most"),
    ("not more than", "at_most"), ("at most", "at_most"), ("close to", "at_most"),
    ("closer to", "at_most"), ("just under", "at_most"), ("just below", "at_most"),
    ("below", "at_most"), ("short of", "at_most"), ("just shy of", "at_most"),
    ("shy of", "at_most"), ("a maximum of", "at_most"), ("nearing", "at_most"),
    ("lower than", "at_most"), ("a little under", "at_most"), ("well under", "at_most"),
    ("well below", "at_most"), ("not quite", "at_most"), ("within", "at_most"),
    ("about", "approx"), ("around", "approx"), ("approximately", "approx"),
    ("an estimated", "approx"), ("estimated", "approx"), ("roughly", "approx"),
    ("some", "approx"), ("~", "approx"), ("circa", "approx"), ("approx", "approx"),
    ("approx .", "approx"), ("c .", "approx"), ("an approximate", "approx"),
    ("approximate", "approx"), ("give or take", "approx"), ("more or less", "approx"),
    ("round about", "approx"), ("in the region of", "approx"), ("on the order of", "approx"),
    ("an estimate of", "approx"), ("ca .", "approx"),
):
    _BOUNDS_BEFORE[tuple(_phrase.split())] = _bound
_BOUND_MAXLEN = max(len(k) for k in _BOUNDS_BEFORE)
_BOUNDS_AFTER = {
    ("or", "more"): "at_least", ("or", "above"): "at_least", ("or", "higher"): "at_least",
    ("and", "above"): "at_least", ("plus",): "at_least", ("+",): "at_least",
    ("or", "so"): "approx", ("or", "fewer"): "at_most", ("or", "less"): "at_most",
    ("and", "over"): "at_least",
}
# Verbs that make "from X to Y" a change between two values, not a range.
_CHANGE_WORDS = set(
    """rose risen rise rises rising increased increase increases increasing grew grown grow
    grows growing fell fallen fall falls falling dropped drop drops dropping declined decline
    declines declining jumped jump jumps jumping climbed climb climbs climbing soared soar
    surged surge plunged plunge plummeted slipped slid cut cuts reduced reduce raised raise
    lowered lower doubled tripled went up down revised upgraded downgraded shrank shrunk
    expanded widened narrowed swelled swollen edged spiked leapt leaped tumbled sank dipped
    slumped increasing decreased decrease decreases added adds gained gains lost loses advanced eased
    shed double doubles doubling triple triples tripling quadruple halve halved
    slipping dipping sliding sinking tumbling plunging plummeting soaring surging edging slumping
    easing gaining losing advancing shedding cutting reducing lowering raising widening narrowing""".split()
)
# Verbs of moving that make "from X to Y" a change of level, not a range ("going from 125 to 134").
_MOVE_WORDS = frozenset("going gone moving moved changed changing switched switching".split())
# "called 911", "dial 999": emergency numbers after a verb of calling are phone numbers.
_DIAL_WORDS = frozenset("call calls called calling dial dials dialed dialled dialing dialling phone phoned phones "
                        "phoning ring rang".split())
_EMERGENCY_NUMBERS = frozenset({911, 999, 112})  # not 100 or 110: "called 100 witnesses"
_SERVICE_WORDS = frozenset("call calls caller callers service services system dispatch dispatcher dispatchers "
                           "operator operators center centre line lines emergency".split())
# The last word of a street's name after its house number ("2134 Caldwell Place").
_STREET_WORDS = frozenset("street st road rd avenue ave place pl drive dr lane ln boulevard blvd way court ct "
                          "terrace crescent highway hwy parkway pkwy circle square".split())
# Words that announce a spread of values: "range from 5 to 9", "estimates vary from 10 to 12".
_SPREAD_WORDS = frozenset("range ranges ranged ranging vary varies varied varying between anywhere spanning".split())
# Words directly before a bare integer that make it a name or a number-plate, not a figure.
_ID_PREFIXES = set(
    """article articles resolution resolutions section sections chapter clause paragraph no
    nos nr level category phase stage flight channel route highway interstate gate terminal
    platform room building block apartment suite version windows iphone galaxy model type
    class grade code bill amendment protocol vol volume part game episode season series page
    pages fig figure table item rule decree boeing airbus apollo soyuz falcon proposition prop
    district ward precinct lot box pier berth hangar bay bus tier defcon mk mark pixel
    xbox playstation ps ios android vision unit hall camp tower area zone sector fortune artemis region
    goal goals sdg sdgs size classes grades form forms constituency constituencies hb sb hr ab
    cessna embraer bombardier antonov ilyushin tupolev sukhoi""".split()
)
_AGE_WORDS = {"aged", "age", "ages", "ageing"}
# Things a bare "30m" before them measures in metres, not millions ("the 30m vessel").
_SIZED_THINGS = frozenset("vessel vessels ship ships boat boats yacht yachts trawler ferry barge tower towers wall walls "
                          "bridge pole poles mast crane cliff statue spire wave waves drop fall dive jump sprint".split())
# Named stages whose number may be spelled in lower case ("Phase six includes").
_STAGE_WORDS = frozenset("phase stage level tier round part season episode chapter".split())
# Words that may follow the second of two names ("SDGs 7 and 11 which …"), where a counted noun would not.
_AFTER_AN_ID = frozenset("which that are is were was of in on at and or to have has respectively focus deal from for".split())
# Words around "3-1" that make it a score or a vote tally ("won 3-1", "a 102-98 win", "voted 9-4").
_SCORE_VERBS = set(
    """won win wins winning beat beats beaten beating drew draw draws drawing lost lose loses losing
    defeated defeat thrashed thrash edged routed crushed hammered downed voted vote votes led lead leads
    trailed trailing finished ended sealed clinched score scored scoreline tied""".split()
)
# Of those, the verbs of a standing in a race, where "49-47" is two shares a poll reports.
_STANDING_VERBS = frozenset("led lead leads leading trailed trailing trails trail".split())
_SCORE_NOUNS = {"win", "victory", "defeat", "loss", "draw", "lead", "vote", "votes", "scoreline",
                "margin", "decision", "ruling", "majority", "result", "triumph", "thrashing", "split",
                "home", "away", "at", "in", "on", "to", "after", "with", "against"}
# Who or what "1 in 150 children" counts: a prevalence, however large the second number.
_PREVALENCE_NOUNS = frozenset("""people persons children kids adults men women babies infants births deaths
    patients residents students workers americans voters teens teenagers adolescents cases pregnancies""".split())
# Nouns after "1 in 10,000" that make it odds, however large the second number.
_ODDS_NOUNS = frozenset("chance chances odds risk probability likelihood".split())
_VERSION_WORDS = {"version", "v", "ios", "android", "python", "firmware", "macos"}
# What a channel's or station's number names ("France 3 television", "KFMB 760 AM", "WNYC 93.9 FM").
_BROADCAST_WORDS = frozenset("television tv radio channel station am fm".split())
# "Web 2.0", "Iraq 2.0": a whole version number after a name (not "Magnitude 6.0").
_WHOLE_VERSION = re.compile(r"\d{1,2}\.0")
_MULTIPLIER_WORDS = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
# "double" and its kin make a figure only before what they multiply ("double last year's").
_MULTIPLIED = {"the", "last", "that", "its", "their", "what", "his", "her", "our", "this"}
_PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband",
    "brother", "sister", "grandmother", "grandfather", "teenager", "student", "resident",
    "victim", "driver", "soldier", "officer", "suspect", "child", "farmer", "worker",
}
_FUNCTION_WORDS = set(
    """the a an to of by at in on for from with than about around over under and or some
    nearly almost just only another all up as more fewer less least most some total toll
    approximately roughly estimated exactly reaching reached topped exceeded passed surpassed
    but while when since after before during than if into onto per each every its their his
    her our these those this that which who whom whose what where then""".split()
)
_NOT_VERSIONED = _FUNCTION_WORDS | {"magnitude"}
_TWO_DECIMALS = re.compile(r"\d+\.\d\d")  # a price's cents: "US71.52c"
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_EVENT_PLURALS = {
    "elections", "olympics", "games", "polls", "protests", "floods", "riots", "attacks",
    "talks", "sanctions", "accords", "championships", "budgets", "midterms", "primaries",
    "levels", "figures", "numbers", "rates", "prices", "census", "estimates", "standards",
    "targets", "rules", "laws", "reforms",
}
# Before a year earlier than 1800, only these say a year is meant ("in 1656"; "1500 troops" is a count).
_OLD_YEAR_PREPOSITIONS = {"in", "since", "until", "till", "circa", "c.", "around"}
_YEAR_PREPOSITIONS = {
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "to",
    "between", "the", "and", "or", "for", "through", "circa", "early", "late", "mid", "fiscal",
    "year", "this", "that", "spring", "summer", "autumn", "fall", "winter", "'s",
}

# ---- tokenizer -------------------------------------------------------------------------

_SP = "[ \u00a0\u202f\u2009\u2007]"
# Words that name a product line after its number ("737 Max", "787 Dreamliner"), aircraft makers
# whose possessive precedes a model ("Boeing's 787"), and stock indexes named by a number.
_MODEL_LINES = r"(?:Max|MAX|Dreamliner|Neo|NEO)"
_MAKERS = r"(?:Boeing|Airbus|Embraer|Bombardier|Tupolev|Ilyushin|Sukhoi|Antonov)"
_INDEXES = r"(?:Nikkei|FTSE|DAX|CAC|STOXX|Stoxx|ASX|Sensex|Nifty|KOSPI|Russell|S&P|S and P|Dow|Standard & Poor['’]s)"
_NUM_RE = (
    rf"(?<![0-9])(?:[0-9]{{1,2}}(?:,[0-9]{{2}})+,[0-9]{{3}}(?![0-9])(?:\.[0-9]+)?"  # 1,00,000
    rf"|[0-9]{{1,3}}(?:(?:,[0-9]{{3}})+|(?:{_SP}[0-9]{{3}})+(?!{_SP}?(?:%|per)|{_SP}+{_MODEL_LINES}\b)"
    r"|(?:\.[0-9]{3}){2,})(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|(?<![\w.,])\.[0-9]+(?![.\w]))"
)
_TOKEN = re.compile(rf"(?P<num>{_NUM_RE})|(?P<word>[^\W\d_]+)|(?P<sym>\S)")

# Spans that never hold a figure: links, handles, dates, times of day, phone numbers.
_DAY_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2}(?![,.]?[0-9]))"
_BLOCK = re.compile(
    "|".join(
        (
            r"(?:https?://|www\.)\S+",
            # "July 9 and 10": two days of a month
            rf"\b{_MONTHS}{_SP}*[0-9]{{1,2}}(?:st|nd|rd|th)?{_SP}+and{_SP}+[0-9]{{1,2}}(?:st|nd|rd|th)?"
            r"(?=\s*(?:[,.;:)]|$|(?:in|at|on|when|the|to)\b))",
            r"\S+@\S+\.\w+",
            r"(?<!\w)[#@]\w+",
            rf"\b{_MONTHS}{_SP}*[0-9]{{1,2}}(?:st|nd|rd|th)?(?![0-9])"
            rf"(?:{_SP}*(?:[-–]|to|through|until){_SP}*[0-9]{{1,2}}(?![0-9]|{_SP}*(?:%|per)))?(?:,?{_SP}*[0-9]{{4}}(?![0-9]))?",
            rf"\b[0-9]{{1,2}}(?:st|nd|rd|th)?(?:{_SP}*[-–]{_SP}*[0-9]{{1,2}})?{_SP}+(?:of{_SP}+)?"
            rf"{_MONTHS}(?![a-z])(?:,?{_SP}*[0-9]{{4}}(?![0-9]))?",
            # "on 18 and 20 August", "on 18, 19 and 20 August": days of a month written before it
            rf"(?:(?<=\bon )|(?<=\bbetween ))[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,{_SP}*[0-9]{{1,2}}(?:st|nd|rd|th)?)*"
            rf"{_SP}+(?:and|&){_SP}+(?=[0-9]{{1,2}}(?:st|nd|rd|th)?{_SP}+{_MONTHS}(?![a-z]))",
            rf"\b{_MONTHS}{_SP}*[0-9]{{4}}(?![0-9])",
            r"\b[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\b",
            r"\b(?<![0-9]-)[0-9]{1,4}(?:/[0-9]{1,4})+\b(?<![0-9]-[0-9]/[0-9])(?<![0-9]-[0-9]/[0-9]{2})",
            r"\b[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}\b",
            r"\b[0-9]+(?:\.[0-9]+){2,}\b(?<![0-9]\.[0-9]{3})",
            r"\b[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?(?:\s*[AaPp]\.?\s?[Mm]\b\.?)?",
            r"\b[0-9]{1,2}:[0-9]{2}\b",
            r"\b[0-9]{1,2}\s*[AaPp]\.?[Mm]\.?(?![\w])",
            r"\b(?:[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*o['’]clock\b",
            r"\+[0-9][0-9 ()\-.]{6,}[0-9]",
            r"\([0-9]{2,4}\)\s*[0-9]{3,4}[-\s][0-9]{3,4}",
            r"\b[0-9]{3}-[0-9]{3}-[0-9]{4}\b",
            r"\b[0-9]{3}-0[0-9]{3}\b",
            # a local number after "call … at", "Contact:", in a list of lines: "624-6456; 225-8452 or 225-8491"
            r"(?:(?<=\bcall )|(?<=\bCall )|(?<=\bline )|(?<=\bnumber ))[2-9][0-9]{2}-[0-9]{4}(?![0-9]|[-–][0-9])",
            r"(?:(?<=\bat )|(?<=: )|(?<=; )|(?<=\bor ))"
            r"[2-9][0-9]{2}-[0-9]{4}(?![0-9]|[-–][0-9]|\s*(?:%|per\b|(?!or\b|and\b)[a-z]))",
            r"\b[0-9]{3}-[A-Z]{4}(?:\s*\([0-9]{4}\))?",  # "328-TIPS (8477)": a number spelled in letters
            # a road: "parallel to US 1", "off Route 9", "along Highway 401", "Interstate 95"
            r"(?:(?<=\bto )|(?<=\boff )|(?<=\bon )|(?<=\balong )|(?<=\bonto )|(?<=\bvia )|(?<=\band ))"
            r"(?:U\.?S\.?|Route|Highway|Hwy\.?|Interstate|State Road|SR)\s+[0-9]{1,3}[A-Z]?\b(?![,.]?[0-9])",
            r"\b0[0-9]{2,4}(?:[ -][0-9]{3,6}){1,2}\b",  # 0800 123 4567, 08000 858531
            r"(?:(?<=\bon )|(?<=\bcall )|(?<=\bCall ))0[0-9]{3}(?: [0-9]{2,4}){2,3}\b",  # "call NHS Direct on 0845 46 47"
            r"\b(?:Show|View|See) all [0-9]+\b",  # a gallery's button
            # "a 1761 work", "a 2019 study": a year that dates a work, not a count of anything
            r"(?<=\b[Aa] )(?:1[5-9]|20)[0-9]{2}(?= (?:work|painting|portrait|film|movie|novel|book|poem|song|album|law|act|"
            r"study|report|paper|survey|census|election|campaign|race|season|letter|treaty|speech|ruling|decision|case|"
            r"agreement|accord|deal|visit|trip|match|game|photo|photograph|interview|memo|order|model|edition|version|"
            r"recording|play|opera|musical|sculpture|map|manuscript|building|house|church|car)\b)",
            # "departed at 2100 on Sunday": a time on the 24-hour clock
            r"(?<=\bat )(?:[01][0-9]|2[0-3])[0-5][0-9](?=\s+(?:on|hours|hrs|GMT|UTC|BST|CET|local|today|tonight|yesterday)\b)",
            # "(0030 GMT)", "by 1400 GMT": a 24-hour time named by its zone needs no "at"
            r"\b(?:[01][0-9]|2[0-3])[0-5][0-9](?=\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|JST)\b)",
            # a reference: "Dev. Biol. 392(2): 404–418. doi:10.1016/…"
            r"\bdoi:\s*\S+",
            r"\b[0-9]{1,4}\([0-9]{1,3}\):\s*[0-9]+(?:[–-][0-9]+)?",
            # names with a number in them: "the Big Ten", "the Pac-12", "the No 10 policy unit"
            r"\bBig\s+(?:Ten|Twelve|East|1[02])\b",
            r"\bPac-1[02]\b",
            r"\bGroup of (?:Five|Seven|Eight|Ten|Twenty|Seventy-Seven|5|7|8|10|20|24|77)\b",  # the G7, the G20
            r"\bNo\.?\s1[01](?=\s+(?:Downing|policy|press|spokes\w*|officials?|aides?|sources?|insiders?|staff|flat)\b)",
            # house numbers: "8085-8089 Main St.", and a bracketed list after a street's name
            r"\b[0-9]{2,5}(?:-[0-9]{2,5})+(?=\s+[A-Z][a-z]+\s+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Lane|Ln|Drive|Dr)\b)",
            r"\b(?:Street|Road|Avenue) \([0-9]{2,5}(?:,\s*[0-9]{2,5})*(?:,?\s+and\s+[0-9]{2,5})?(?=\))",
            # roads: "the interchange with U.S. 29 and 40"
            r"\b(?:U\.S\.|Route|Highway|Interstate|I-)\s*[0-9]{1,3}(?:\s+(?:and|or|&)\s+[0-9]{1,3})?\b(?![,.]?[0-9]|\s*(?:%|percent))"
            r"(?=\s*(?:[.,;:)]|$|and\b|or\b|near\b|in\b|at\b|to\b))",
            # "state number 43", "Suite No. 5" in an address "421 Route 59", "1-800-SPEAK-UP", "GMT+10"
            r"\bnumber(?<=[a-z] number)\s+[0-9]{1,4}\b(?![,.][0-9]|\s*(?:%|percent|per\b|times|million|billion))",
            r"\b[0-9]{1,5}(?=\s+Route\s+[0-9])",
            r"\b1-8[0-9]{2}-[A-Z][A-Z-]+\b",
            r"\b(?:GMT|UTC)\s?[+\-−][0-9]{1,2}(?::?[0-9]{2})?",
            # a long run of digits without separators is an identifier ("meeting number 1604834046")
            r"\b(?<![$£€,.])[0-9]{8,}\b(?![,.][0-9])",
            # "in the 2100 block of Main Street": a street address
            r"\b[0-9]{2,5}(?=\s+block\s+of\b)",
            # "open from 3 to 9 p.m.", "between 12 and 8 p.m.": the first hour of a span of clock times
            r"\b[0-9]{1,2}(?=\s*(?:to|-|–)\s*[0-9]{1,2}(?::[0-9]{2})?\s*[AaPp]\.?\s?[Mm]\b)",
            r"(?<=\bbetween )[0-9]{1,2}(?=\s+and\s+[0-9]{1,2}(?::[0-9]{2})?\s*[AaPp]\.?\s?[Mm]\b)",
            r"\b[0-9]{1,2}\.[AaPp]\.[Mm]\.?",  # "about 1.p.m.": a clock time with a stray stop
            # a stock's exchange code: "Toyota Motor Corp (7203.T)", "<005930.KS>", "(0700.HK)"
            r"(?<=[(<])[0-9]{3,6}\.[A-Z]{1,2}(?=[)>])",
            # a variant or lineage code: "Omicron BA.2", "XBB.1.5", "B.1.1.7"
            r"\b[A-Z]{1,3}\.[0-9]+(?:\.[0-9]+)*\b",
            # a name or slogan in quotation marks: 'known as the "three amigos"', 'the "one country,
            # two systems" formula'
            r"\b(?:known as|called|dubbed|nicknamed|term|phrase|slogan|motto|so-called)\s+(?:the\s+)?[\"“][^\"”\d]{1,40}[\"”]",
            r"[\"“][^\"”\d]{1,40}[\"”](?=\s+(?:formula|policy|principle|slogan|doctrine|model|framework|mantra|rule)\b)",
            # a household described by its size: "a family of four" (a mother's "of four" counts her children)
            r"\b(?:family|families|household)s?\s+of\s+"
            r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-2])\b(?![.,/][0-9]|\s*(?:%|percent|per\b))",
            # eras and named wars, targets and deputies: "500 BC", "AD 79", "World War 3", "net zero", "his number 2"
            r"\b[0-9]{1,4}\s*(?:BC|BCE|B\.C\.|AD|CE|A\.D\.)(?![\w])|\b(?:AD|A\.D\.)\s*[0-9]{1,4}\b",
            r"\bWorld\s+War\s+(?:[0-9]|One|Two|Three|I{1,3})\b|\bWWI{1,3}\b|\b[Nn]et[- ][Zz]ero\b",
            r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa])\s+[Nn]umber\s+(?:2|two|one|1)\b(?!\s*(?:%|percent|per\b))",
            # "at 3M", "3M's policy": the company, not three million
            r"\b3M(?<![$£€.]3M)(?=['’]s\b|[,.;:]|\s+(?:was|is|has|had|policy|said|says|and|in|for|to|scientists?|headquarters)\b)"
            r"|\b(?:at|joined|left) 3M\b",
            # "the two are sharing", "the two met": a pronoun for people named before, not a count
            r"\b[Tt]he\s+(?:two|three|four)(?=\s+(?:are|were|have|had|will|would|met|agreed|also|both|then|later|"
            r"spoke|talked|shared|signed)\b)",
            r"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?[Nn]umber\s+(?:two|one|2|1)\b(?!\s*(?:%|percent|per\b))",
            # "the two of us": a pronoun, not a count; "think twice", "zero tolerance": idioms
            r"\b[Tt]he\s+(?:two|three|four|five)\s+of\s+(?:us|them|you)\b",
            r"\b(?i:think|thought|thinking|thinks)\s+twice\b|\b(?i:zero)[- ]tolerance\b",
            r"\b(?i:ground|patient|year|day)\s+zero\b",  # "the ceremony at ground zero", "patient zero"
            # a marker or an exit on a road: "near milepost 221", "at mile marker 14", "off exit 12"
            r"(?:(?<=\bmilepost )|(?<=\bmile marker )|(?<=\bmile post )|(?<=\b[Ee]xit ))[0-9]{1,4}[A-Z]?\b(?![,.][0-9])",
            # an aircraft model: "a 737 aircraft completion centre", "Boeing 787 jets"
            r"\b7[0-9]7(?:-[0-9]{1,3})?(?=\s*(?:MAX|Max|aircraft|airliners?|jets?|planes?|jetliners?|Dreamliners?|"
            r"freighters?|completion|family|program|programme)\b)",
            # a street address: "3 Oak St.", "39 E. Water St.", "5738 Route 96"
            # (the street's name ends the phrase: not "Some 40 Main Street shops closed")
            r"\b[0-9]{1,5}(?=\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+\s+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Ln|"
            r"Drive|Dr|Way|Place|Pl|Court|Ct|Terrace)\b\.?(?:\s*[,;:)]|\s*$|\s+(?:in|for|at|on|and|or|near)\b))",
            # the later labels of a list: "Districts 1 and 2", "Wards 3, 4 and 5"
            r"\b(?:Districts|Wards|Precincts|Gates|Terminals|Platforms|Sections|Articles|Chapters)\s+"
            r"[0-9]{1,3}(?:,\s*[0-9]{1,3})*(?:,?\s+(?:and|or|&)\s+[0-9]{1,3})?\b(?![,.][0-9]|\s*(?:%|percent))",
            # a version as a name: "Trump 2.0", "Web 3.0" (not "GDP 2.0%")
            r"\b[0-9]\.0(?<=[A-Za-z] [0-9]\.0)(?=\s+(?:is|was|would|will|has|had|era|agenda|could|may|might)\b|[,;:)'\"’”]|\.(?!\d))",
            # a banknote named by its face value: "your $1 bill", "$100 notes" (not "a $1 bill for ...")
            r"[$£€](?:1|2|5|10|20|50|100)(?=\s+(?:bills?|notes?|banknotes?)\b(?!\s+(?:for|from|of|to)\b))",
            # a military formation's name: "82 Division", "2 Brigade of the Army" (not "three brigades")
            r"\b[0-9]{1,3}(?=\s+(?:Division|Brigade|Battalion|Regiment|Squadron|Fleet|Corps|Platoon|Commando)\b)",
            # a risk level on its scale: "a Level 3 out of 5 risk"
            r"\b[Ll]evel\s+[0-9]+\s+(?:out\s+)?of\s+[0-9]+\b",
            # a year written with an apostrophe: "summer ’80", "the class of ’19"
            r"(?:(?<=\s)|^)’[0-9]{2}(?![0-9%]|[,.][0-9])|(?<=(?:summer|winter|spring|autumn) )'[0-9]{2}\b",
            # the base of a rate: "66 per 100,000 people", "5 deaths per 1,000 births"
            r"(?:(?<=\bper )|(?<=\bfor every ))(?:1|10|100|1,000|1000|10,000|10000|100,000|100000)(?![0-9,.])"
            r"(?!\s*(?:%|percent|per\s*cent)\b)",
            # the age someone died at: "has passed away at 94", "died at the age of 81"
            r"(?:(?<=\bpassed away at )|(?<=\bdied at )|(?<=\bdies at ))[0-9]{1,3}(?![0-9%]|[,.][0-9])",
            # a catalogue designation: "the exoplanet VHS 1256 b", "HD 209458 b"
            r"\b[A-Z]{2,5} [0-9]{3,7} [a-h]\b",
            # the verb "zero in (on)", not a count of nothing
            r"(?:(?<=\btrying to )|(?<=\btried to )|(?<=\btry to )|(?<=\bable to )|(?<=\bbegan to )|(?<=\bhelp to ))"
            r"zero(?=\s+in\b)|\bzero(?=\s+in\s+on\b)",
            # "hit an early three", "knocked down a three over Horford": a three-point shot
            r"(?:(?<=\ba )|(?<=\bA )|(?<=\ban ))(?:(?:early|late|big|deep|corner|quick|huge|clutch|timely|go-ahead|"
            r"step-back|contested|open|wide-open|second|third|fourth)\s+)?three(?=\s*(?:[.,;:!?)]|(?:over|from|to|at|"
            r"in|on|with|that|and|but|as|before|after|off|late|early)\b))",
            # a named day of an event: "on day one", "days four and five of the conference"
            rf"\b[Dd]ays?{_SP}+{_DAY_NUMBER}(?:{_SP}*(?:and|or|to|through|-|–|,){_SP}*{_DAY_NUMBER})*"
            r"(?=\s*(?:[.;:)!?]|,(?![0-9])|$|(?:and|or|of|to|in|at|on|the|when|after|before|with|was|is|will)\b))",
            # "Two: it is unrealistic.": a numbered point, not a count
            r"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?=:\s)",
            r"[A-Za-z_][\w.]*\([^()\s]*\)",  # alert(1), f(x, 2): code
            r"`[^`]*`",  # inline code
            r"<[^<>]{1,200}>",  # markup
            # model and index names: "787-9 jet", "777X", "737 Max", "Boeing's 787", "Nikkei 225"
            rf"\b[0-9]{{3}}-[0-9]{{1,2}}(?![0-9])(?={_SP}+(?:[A-Z]|(?:jet|plane|aircraft|airliner|variant|model)s?\b))",
            r"\b[0-9]{3}[xX]\b",
            r"\b[A-Z]{1,3}[0-9]{2,4}(?:-[0-9]{1,4})+\b",  # "A350-900", "MD11-200": a letter-led model code
            rf"\b[0-9]{{3}}(?={_SP}+{_MODEL_LINES}\b)",
            rf"\b{_MAKERS}['’]s{_SP}+[0-9]{{3}}(?![0-9,.])",
            rf"\b{_INDEXES}{_SP}+[0-9]{{2,4}}(?![0-9,.])",
            # a compound adjective built on a fraction or ordinal word: "a third-party audit", "half-hearted"
            r"\b(?:[Aa]\s+)?(?:third|half|quarter)(?=-(?:party|parties|world|rate|hearted|baked|time|term|final|finals|"
            r"century|way|mast|back|backs)\b)",
            # a statistical setting, not a finding: "the 95% confidence interval", "at the 5% level of significance"
            r"\b(?:90|95|99|99\.9)\s*(?:%|per\s*cent|percent)(?=\s+(?:confidence|credible|prediction)\s+(?:interval|level|band|bound)s?\b)",
            # a ranking band, not a count: "spent the season in the top 10", "a top-25 team"
            r"(?<=\bthe top )(?:5|10|20|25|40|50|100)(?=\s*(?:[.,;:!?)]|$|(?:for|of|in|on|at|again|since|this|that|last|after|"
            r"before|with|and|or|but|only|all|until|by|as|through|to|from|among|when|while|where|because|so)\b))",
            r"\b[Tt]op-(?:5|10|20|25|40|50|100)\b",
            # "the lower 48 (states)": the name of the contiguous United States
            r"\b(?:[Tt]he\s+)?[Ll]ower\s+48\b",
            # "from 3-point range", "a three-point shot", "hit a 3-pointer": basketball's long shot, not a count
            r"\b(?:3|[Tt]hree)-point(?=\s+(?:range|shots?|line|attempts?|plays?|baskets?|shooting|shooter|percentage)\b)"
            r"|\b(?:3|[Tt]hree)-pointers?\b",
        )
    )
)
_DOTTED_TIME = re.compile(r"[0-9]{1,2}\.[0-9]{2}")


@dataclass
class _Tok:
    kind: str  # num | word | sym
    text: str
    start: int
    end: int
    low: str  # lower-cased text


@dataclass
class _Atom:
    """A number read at a token position, before its context is weighed."""

    i0: int  # first token (inclusive)
    i1: int  # last token (exclusive)
    value: float
    scale: float = 1.0  # multiplier applied (thousand, bn, ...)
    plain_int: bool = False  # digits only, no separators/decimals/multiplier
    words: bool = False
    fraction: bool = False  # value is already in percent
    unit: str | None = None
    kind: str = "count"
    bound: str | None = None  # from a suffix ("or more", "-plus")
    skip: bool = False  # read, but not a figure (ordinal, identifier, duration ...)
    sign: float = 1.0
    sign_tok: int | None = None
    currency_tok: int | None = None  # first token of a currency prefix


def _tokenize(text: str) -> list[_Tok]:
    return [
        _Tok(m.lastgroup or "sym", m.group(), m.start(), m.end(), m.group().lower())
        for m in _TOKEN.finditer(text)
    ]


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _BLOCK.finditer(text):
        s = m.group()
        # "4.5 million" is not a time of day: a dotted time needs am/pm or a clock context
        if _DOTTED_TIME.fullmatch(s):
            continue
        spans.append((m.start(), m.end()))
    return spans


# ---- the scanner -------------------------------------------------------------------------


# Quantities that can be below zero, named after "negative": "a negative growth of 0.6pc".
SIGNED_NOUNS = frozenset("growth adjustment adjustments fca return returns rate rates yield inflation balance".split())


# Words after "No 1" that show it is a rank, not a count: "ranked No 1 with", "the No 3 seed".
_AFTER_RANK = frozenset("with in on at for and to seed spot ranking ranked player team side pick said says".split())


class _Scanner:
    """Walks the tokens of one text left to right and collects figures."""

    def __init__(self, text: str, decimal_point: bool = False) -> None:
        self.text = text
        self.decimal_point = decimal_point  # the document writes decimals with a point: "9.014" is nine
        self.toks = _tokenize(text)
        self.n = len(self.toks)
        self.floor = 0  # first token not yet claimed by an earlier figure
        self.score_end = -1  # token after the last score read ("6-4, 7-6 (5)": the sets run on)
        spans = _blocked_spans(text)
        self.blocked = [False] * self.n
        if spans:
            j = 0
            for k, t in enumerate(self.toks):
                while j < len(spans) and spans[j][1] <= t.start:
                    j += 1
                if j < len(spans) and spans[j][0] < t.end:
                    self.blocked[k] = True

    # -- small helpers
    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.low if t else ""

    def glued(self, i: int) -> bool:
        """True when token i starts right where token i-1 ends (no space)."""
        return 0 < i < self.n and self.toks[i - 1].end == self.toks[i].start

    def spaced_ok(self, i: int) -> bool:
        """True when tokens i-1 and i are separated by at most a little whitespace."""
        if not 0 < i < self.n:
            return False
        gap = self.text[self.toks[i - 1].end : self.toks[i].start]
        return len(gap) <= 2 and "\n" not in gap

    def is_word_number(self, i: int) -> bool:
        lo = self.low(i)
        return lo in _UNITS or lo in _TENS or lo in ("hundred", "dozen") or lo in _SCALES

    # -- reading one number
    def read_digits(self, i: int) -> _Atom | None:
        t = self.toks[i]
        raw = t.text
        dots = raw.count(".")
        digits = re.sub(r"[,\s\u00a0\u202f\u2009\u2007]", "", raw)
        grouped = digits != raw
        if dots >= 2:  # 1.234.567 - dots group thousands
            digits = digits.replace(".", "")
            grouped = True
        try:
            value = float(digits)
        except ValueError:
            return None
        atom = _Atom(i, i + 1, value, plain_int=not grouped and dots == 0)
        nxt = self.tok(i + 1)
        whole = self.mixed_fraction(i) if atom.plain_int else None
        if whole is not None:  # "7-3/4 pct", "up 1-3/8 to 32-1/4": the wires' fractions of a point or dollar
            atom.value, atom.i1, atom.plain_int = whole, i + 5, False
            return atom
        # a single ".ddd" group reads as thousands unless a multiplier or unit follows
        if dots == 1 and re.fullmatch(r"[0-9]{1,3}\.[0-9]{3}", raw) and not self.decimal_point:
            follows = nxt.low if nxt else ""
            if not (follows in _SCALES or follows in _SCALE_ABBR_ANY or follows in ("%", "percent")
                    or follows in _MEASURES or self.currency_before(i) is not None):
                atom.value = float(digits.replace(".", ""))
        # letters glued on the right
        if nxt is not None and nxt.kind == "word" and self.glued(i + 1):
            suf = nxt.text
            if suf.lower() in ("st", "nd", "rd", "th"):
                atom.i1, atom.skip = i + 2, True
                return atom
            if suf == "s" or suf.lower() == "s":
                atom.i1, atom.skip = i + 2, True  # 1980s, 90s
                return atom
            after = self.tok(i + 2)
            if after is not None and after.kind == "num" and self.glued(i + 2):
                atom.i1, atom.skip = i + 3, True  # "2K20", "4x4": a name
                return atom
            if suf.lower() in _SCALES and suf.lower() not in ("hundred", "dozen"):  # "£2.4million"
                atom.value *= _SCALES[suf.lower()]
                atom.scale = _SCALES[suf.lower()]
                atom.i1 = i + 2
                atom.plain_int = False
                return atom
            if suf in _SCALE_ABBR_ATTACHED or suf.lower() in _SCALE_ABBR_ANY:
                scale = _SCALE_ABBR_ATTACHED.get(suf) or _SCALE_ABBR_ANY[suf.lower()]
                converted_to_feet = self.low(i + 2) == "(" and self.low(i + 4) in ("ft", "feet", "foot") or (
                    self.low(i + 2) == "(" and (self.low(i + 3) or "").endswith("ft"))
                sized = suf == "m" and (self.low(i + 2) in _SIZED_THINGS or self.low(i + 2) == "-" and self.low(i + 3) in (
                    "high", "tall", "long", "wide", "deep"))  # "the 30m vessel", "a 40m-high tower"
                if suf in ("m", "M") and (self.low(i + 2) in (
                    "high", "tall", "long", "wide", "deep", "away", "below", "above", "from",
                ) or converted_to_feet or sized) and self.currency_before(i) is None:  # "NZ$40m from investors" is money
                    atom.i1, atom.unit, atom.kind = i + 2, "meter", "measure"
                    atom.plain_int = False
                    return atom
                atom.value *= scale
                atom.scale = scale
                atom.i1 = i + 2
                atom.plain_int = False
                return atom
            lo = suf.lower()
            if lo in _MEASURES and suf not in ("C", "F"):
                atom.unit = _MEASURES[lo]
                atom.kind = "measure"
                atom.i1 = i + 2
                atom.plain_int = False
                if lo == "km" and self.low(i + 2) in ("²", "2") and self.glued(i + 2):
                    atom.unit, atom.i1 = "square kilometer", i + 3
                self.feet_and_inches(atom)
                return atom
            if lo == "p" and suf == "p" and atom.value not in (240, 360, 480, 576, 720, 1080, 1440, 2160, 4320):
                atom.unit, atom.kind, atom.i1, atom.plain_int = "penny", "money", i + 2, False  # "5p a share"
                return atom
            if suf == "c" and self.cents_suffix(i, atom):
                atom.unit, atom.kind, atom.i1, atom.plain_int = "cent", "money", i + 2, False  # "US71.52c", "5c a litre"
                return atom
            unit = normalise_unit(suf)
            if unit is not None:  # "3.5GHz", "4,000mAh", "180MB", "500mg"
                atom.unit, atom.kind, atom.i1, atom.plain_int = unit, "measure", i + 2, False
                return atom
            if lo == "x":
                atom.unit, atom.kind, atom.i1, atom.plain_int = "times", "multiplier", i + 2, False
                return atom
            if lo in ("pc", "pct"):
                atom.unit, atom.kind, atom.i1, atom.plain_int = "percent", "percent", i + 2, False
                return atom
            if lo in ("bps", "bp", "pp", "ppt", "ppts"):
                unit = "basis point" if lo.startswith("b") else "percentage point"
                atom.unit, atom.kind, atom.i1, atom.plain_int = unit, "percent", i + 2, False
                return atom
            if lo in _TIME_SUFFIXES or lo in _TIME_UNITS or lo in _FURNITURE_UNITS:
                atom.i1, atom.skip = i + 2, True
                return atom
            atom.i1, atom.skip = i + 2, True  # 5G, 4K, 3D: a name, not a figure
            return atom
        # "2.5 million", "4.8 trillion", "7.5 bn"
        if nxt is not None and nxt.kind == "sym" and (half_end := self.and_a_half(i + 1)) is not None:
            atom.value += 0.5  # "3-and-a-half miles"
            atom.i1 = half_end
            atom.plain_int = False
        elif nxt is not None and nxt.kind == "word" and self.spaced_ok(i + 1):
            if nxt.low in _SCALES or nxt.low in _PLURAL_SCALES:  # ("K56 billions": a plural after digits)
                factor = _SCALES.get(nxt.low) or _PLURAL_SCALES[nxt.low]
                atom.value *= factor
                atom.scale = factor
                atom.i1 = i + 2
                atom.plain_int = False
                self.more_scales(atom)
            elif nxt.low in _SCALE_ABBR_ANY:
                atom.value *= _SCALE_ABBR_ANY[nxt.low]
                atom.scale = _SCALE_ABBR_ANY[nxt.low]
                atom.i1 = i + 2
                atom.plain_int = False
            elif (half_end := self.and_a_half(i + 1)) is not None:
                atom.value += 0.5
                atom.i1 = half_end
                atom.plain_int = False
                self.more_scales(atom)
        return atom

    def feet_and_inches(self, atom: _Atom) -> None:
        """"5ft 10in": one height, in feet."""
        j = atom.i1
        t = self.tok(j)
        if atom.unit != "foot" or t is None or t.kind != "num" or not self.spaced_ok(j):
            return
        if self.low(j + 1) in ("in", "inch", "inches") and self.spaced_ok(j + 1) and t.text.isdigit() and (
                int(t.text) < 12):
            atom.value = round(atom.value + float(t.text) / 12, 4)
            atom.i1 = j + 2

    def more_scales(self, atom: _Atom) -> None:
        """Apply a trailing multiplier word ("one and a half million", "a million")."""
        j = atom.i1
        t = self.tok(j)
        if t is not None and t.low in _SCALES and self.spaced_ok(j):
            atom.value *= _SCALES[t.low]
            atom.scale *= _SCALES[t.low]
            atom.i1 = j + 1

    def read_words(self, i: int) -> _Atom | None:
        """Number words: "twelve", "twenty-five", "one hundred and five", "a dozen"."""
        if self.low(i - 1) == "-" and self.glued(i) and self.glued(i - 1) and (
            self.toks[i - 2].kind == "word"
        ):
            return _Atom(i, i + 1, 0, skip=True)  # "Take-Two", "Catch-Twenty"
        total = 0.0
        current = 0.0
        j = i
        last = ""  # unit | teen | tens | hundred | scale | dozen
        used = 0
        started_with_a = False
        scale_seen = 1.0
        if self.low(j) in ("a", "an"):
            nxt = self.low(j + 1)
            if nxt in ("hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"):
                current = 1.0
                started_with_a = True
                last = "unit"
                j += 1
            else:
                return None
        while j < self.n:
            t = self.toks[j]
            lo = t.low
            if j > i and not self.spaced_ok(j):
                break
            if t.kind == "sym" and t.text == "-" and last == "tens" and self.glued(j) and (
                self.low(j + 1) in _UNITS and self.glued(j + 1)
            ):
                j += 1
                continue
            if t.kind != "word":
                break
            if lo in _UNITS:
                v = _UNITS[lo]
                if last in ("unit", "teen") or (last == "tens" and v >= 10):
                    break
                current += v
                last = "teen" if v >= 10 else "unit"
            elif lo in _TENS:
                if last in ("unit", "teen", "tens"):
                    break
                current += _TENS[lo]
                last = "tens"
            elif lo == "hundred":
                if last not in ("unit", "teen", "tens"):  # bare "hundred": "several hundred"
                    break
                current = (current or 1.0) * 100
                last = "hundred"
            elif lo in _SCALES or lo in ("mln", "bln") and last in ("unit", "teen", "tens", "hundred"):
                if last == "":
                    break
                factor = _SCALES.get(lo) or _SCALE_ABBR_ANY[lo]  # "five mln shares": the wires' spelling
                total += (current or 1.0) * factor
                scale_seen = factor
                current = 0.0
                last = "scale"
            elif lo == "dozen":
                if last not in ("unit", "teen", "tens"):
                    break
                current = (current or 1.0) * 12
                last = "dozen"
            elif lo == "and" and last in ("hundred", "scale") and (
                self.low(j + 1) in _UNITS or self.low(j + 1) in _TENS
            ):
                j += 1
                continue
            else:
                break
            used += 1
            j += 1
        if used == 0:
            return None
        value = total + current
        spoken_at = j
        if scale_seen == 1.0 and last in ("unit", "teen", "tens"):
            value, j = self.spoken_decimals(value, j)
        if used == 1 and not started_with_a and self.low(i) == "one" and j == spoken_at and not (
                self.low(i - 1) in ("between", "from") and self.low(j) in ("and", "to")) and not (
                self.low(j) == "to" and (self.low(j + 1) in _UNITS and self.low(j + 1) != "one"
                                         and self.low(j + 2) in _SCALES)):
            return None  # "one village", "one of the": a determiner (not "between one and two hikes")
        atom = _Atom(i, j, value, words=True, scale=scale_seen)
        # "two and a half", "five-and-a-half"
        if (half_end := self.and_a_half(j)) is not None:
            atom.value += 0.5
            atom.i1 = half_end
            self.more_scales(atom)
        return atom

    def and_a_half(self, j: int) -> int | None:
        """The end of "and a half" (spaced) or "-and-a-half" (hyphened) starting at token j, or None."""
        if self.low(j) == "and" and self.low(j + 1) == "a" and self.low(j + 2) == "half":
            return j + 3
        if [self.low(j + k) for k in range(6)] == ["-", "and", "-", "a", "-", "half"] and all(
                self.glued(j + k) for k in range(6)):
            return j + 6
        return None

    def spoken_decimals(self, value: float, j: int) -> tuple[float, int]:
        """"six-point-six", "two point five": decimals read out as a broadcaster says them."""
        hyphened = self.low(j) == "-" and self.glued(j) and self.low(j + 1) == "point" and self.glued(j + 1) \
            and self.low(j + 2) == "-" and self.glued(j + 2) and self.glued(j + 3)
        if hyphened:
            k = j + 3
        elif self.low(j) == "point" and self.spaced_ok(j) and self.spaced_ok(j + 1):
            k = j + 1
        else:
            return value, j
        digits = ""
        while self.low(k) in _UNITS and _UNITS[self.low(k)] < 10:
            digits += str(_UNITS[self.low(k)])
            if not (hyphened and self.low(k + 1) == "-" and self.glued(k + 1) and self.glued(k + 2)
                    and self.low(k + 2) in _UNITS):
                k += 1
                break
            k += 2
        if not digits or not hyphened and not (self.low(k) in _MEASURES or self.low(k) in _SCALES or self.low(k) in (
                "percent", "per", "%", "degrees", "degree", "points")):
            return value, j  # "at one point seven people left": a point in time, not 1.7
        return value + int(digits) / 10 ** len(digits), k

    def read_fraction(self, i: int) -> _Atom | None:
        """Shares written in words: "two-thirds", "a quarter", "half", "three in four"."""
        t = self.toks[i]
        lo = t.low
        # "half a million" -> a count
        if lo == "half" and self.low(i + 1) in ("a", "an") and self.low(i + 2) in _SCALES:
            return _Atom(i, i + 3, 0.5 * _SCALES[self.low(i + 2)], words=True)
        # "a quarter million", "a quarter of a million", "three quarters of a billion" -> a count
        if lo in ("a", "one", "three") and self.low(i + 1) in ("quarter", "quarters"):
            k = i + 2
            if self.low(k) == "of" and self.low(k + 1) in ("a", "an"):
                k += 2
            if self.low(k) in _SCALES and self.low(k) not in ("hundred", "dozen") and _SCALES[self.low(k)] >= 1e6:
                share = 0.75 if lo == "three" else 0.25
                return _Atom(i, k + 1, share * _SCALES[self.low(k)], words=True)
        # "half a percentage point", "half a mile", "half-mile": half of a unit, not a share
        if lo == "half" and self.low(i + 1) in ("a", "an") and self.low(i + 2) == "percentage" \
                and self.low(i + 3) in ("point", "points"):
            return _Atom(i, i + 4, 0.5, words=True, unit="percentage point", kind="percent")
        if lo == "half" and self.low(i + 1) in ("a", "an", "-") and self.low(i + 2) in _MEASURES:
            return _Atom(i, i + 3, 0.5, words=True, unit=_MEASURES[self.low(i + 2)], kind="measure")
        # numerator + fraction word
        num = None
        if lo in ("a", "an", "one"):
            num = 1
        elif lo in _UNITS and _UNITS[lo] > 0:
            num = _UNITS[lo]
        if num is not None:
            k = i + 1
            if self.low(k) == "-" and self.glued(k):
                k += 1
            fw = self.low(k)
            if fw in _FRACTIONS and self.spaced_ok(k):
                plural = fw.endswith("s") and fw != "halves"
                if fw == "halves":
                    plural = True
                if (num == 1) != plural:
                    if self.is_time_unit_after(k + 1):
                        return _Atom(i, k + 1, 0, skip=True)
                    if lo in ("a", "an") and fw in ("half",):
                        return None  # "a half" alone: part of "one and a half"
                    after = self.tok(k + 1)
                    if after is not None and after.low == "-" and self.glued(k + 1) \
                            and self.low(k + 2) in ("point", "points"):  # "a quarter-point move"
                        return _Atom(i, k + 3, round(num / _FRACTIONS[fw], 4), fraction=True,
                                     unit="percentage point", kind="percent")
                    share_context = self.low(i - 1) in ("by", "up", "down", "nearly", "almost", "about", "roughly",
                                                        "than", "over", "around", "some") or (
                        after is not None and after.low in ("since", "to", "last", "in", "from", "this", "on",
                                                            "over", "compared", "year", "a", "per", "between"))
                    if num == 1 and after is not None and after.kind == "word" and after.low != "of" \
                            and not share_context:
                        return None  # "a third paper", "a quarter final": an ordinal
                    value = round(100.0 * num / _FRACTIONS[fw], 2)
                    return _Atom(i, k + 1, value, fraction=True, unit="percent", kind="fraction")
        # a rating: "9.8 out of 10"
        if t.kind == "num" and "." in t.text and self.low(i + 1) == "out" and self.low(i + 2) == "of" and (
                self.low(i + 3) in ("5", "10", "100")):
            value = float(t.text)
            if value <= float(self.low(i + 3)):
                return _Atom(i, i + 4, value, unit="point", kind="rating")
        # "three in four", "1 in 5", "one out of every three"
        if lo in _UNITS or t.kind == "num":
            a = self._small_value(i)
            k = i + 1
            if a is not None and self.low(k) in ("in", "out"):
                if self.low(k) == "out":
                    if self.low(k + 1) != "of":
                        return None
                    k += 1
                k += 1
                if self.low(k) == "every":
                    k += 1
                b = self._small_value(k)
                # "a 1 in 10,000 chance": odds; "1 in 150 children", "one in 1,000 births": a prevalence
                rate = self.low(k + 1) in _ODDS_NOUNS or (a == 1 and self._counted_plural(k + 1))
                if b is None and self.tok(k) is not None and rate \
                        and re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{4,7}", self.tok(k).text):
                    b = float(self.tok(k).text.replace(",", ""))
                if b is not None and 0 < a < b and (b <= 100 or rate) and not self.blocked[k]:
                    return _Atom(i, k + 1, round(100.0 * a / b, 2 if b <= 100 else 6), fraction=True,
                                 unit="percent", kind="fraction")
        # bare "half"
        if lo == "half":
            prev = self.low(i - 1)
            if prev in ("the", "first", "second", "other", "latter", "last", "a", "an", "and", "this",
                        "that", "next", "back", "front", "early", "late"):
                return _Atom(i, i + 1, 0, skip=True)
            if self.low(i + 1) == "-" and self.glued(i + 1):
                return _Atom(i, i + 1, 0, skip=True)
            if self.is_time_unit_after(i + 1) or (
                self.low(i + 1) in ("a", "an", "the") and self.is_time_unit_after(i + 2)
            ):
                return _Atom(i, i + 1, 0, skip=True)
            return _Atom(i, i + 1, 50.0, fraction=True, unit="percent", kind="fraction")
        return None

    def _counted_plural(self, i: int) -> bool:
        """People or events a '1 in N' prevalence counts ('children', 'births'); not '1 in 2,000 races'."""
        t = self.tok(i)
        return t is not None and t.kind == "word" and t.low in _PREVALENCE_NOUNS

    def _small_value(self, i: int) -> float | None:
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == "num" and re.fullmatch(r"[0-9]{1,3}", t.text):
            return float(t.text)
        if t.low in _UNITS:
            return float(_UNITS[t.low])
        if t.low in _TENS:
            return float(_TENS[t.low])
        return None

    def is_time_unit_after(self, j: int) -> bool:
        lo = self.low(j)
        if lo == "-" and self.glued(j):
            lo = self.low(j + 1)
        return lo in _TIME_UNITS

    # -- context on the left
    def currency_before(self, i: int) -> tuple[int, str] | None:
        """(first token, unit) of a currency sign or code written right before token i."""
        p = self.tok(i - 1)
        if p is None or not self.spaced_ok(i) or i - 1 < self.floor:
            return None
        if p.kind == "sym" and p.text in ("¢", "₵") and self.low(i - 2) == "gh" and self.glued(i - 1):
            return i - 2, "cedi"  # "GH¢2.5bn", "GH₵400": Ghana's cedi, written with the cent sign
        if p.kind == "sym" and p.text in _CURRENCY_SYMBOLS:
            unit = _CURRENCY_SYMBOLS[p.text]
            first = i - 1
            pp = self.tok(i - 2)
            if p.text == "$" and pp is not None and pp.kind == "word" and self.glued(i - 1) and (
                pp.text in _DOLLAR_PREFIXES
            ):
                first = i - 2
            return first, unit
        if p.kind == "sym" and p.text == "." and self.low(i - 2) == "rs" and self.glued(i - 1):
            return i - 2, "rupee"
        if p.kind == "word" and p.text in _CURRENCY_CODES and p.text != "US":
            return i - 1, _CURRENCY_CODES[p.text]
        if self.letter_currency_at(i):
            return i - 1, _LETTER_CURRENCIES[p.text]
        return None

    def letter_currency_at(self, i: int) -> bool:
        """A currency written as one capital glued to the amount: 'R4bn', 'R1.2 million', 'R500':
        South African rand (not the R21 road); 'M50 000', 'M2 million': Lesotho's loti (not the M50
        motorway); 'K2 million', 'K9.2mil', 'K50,000': Papua New Guinea's kina
        (not the K2 peak or a K9 unit: an amount needs a scale or grouped thousands)."""
        p = self.tok(i - 1)
        if p is None or p.kind != "word" or not self.glued(i):
            return False
        if p.text in ("M", "K", "P"):  # ("P36,000": the Philippine peso, grouped as the loti is)
            return bool(_LOTI_AMOUNT.fullmatch(self.toks[i].text)) or self.low(i + 1) in _SCALES or (
                p.text == "K" and self.low(i + 1) in _SCALE_ABBR_ANY or self.low(i + 1) in _PLURAL_SCALES)
        return p.text == "R" and (bool(_RAND_AMOUNT.fullmatch(self.toks[i].text)) or self.low(i + 1) in _SCALE_ABBR_ANY
                                  or self.low(i + 1) in _SCALES)

    def bound_before(self, i: int) -> tuple[int, str] | None:
        """(first token, bound) of a bound phrase that ends right before token i."""
        for n in range(min(_BOUND_MAXLEN, i - self.floor), 0, -1):
            words = tuple(self.toks[k].low for k in range(i - n, i))
            b = _BOUNDS_BEFORE.get(words)
            if b is None:
                continue
            if all(self.spaced_ok(k) for k in range(i - n + 1, i + 1)) and not any(
                self.blocked[k] for k in range(i - n, i)
            ):
                return i - n, b
        return None

    def street_number(self, atom: _Atom) -> bool:
        """"2134 Caldwell Place", "3170 W. County Road": a house number before a street's name."""
        if atom.unit is not None and self.toks[atom.i1 - 1].text not in ("N", "S", "E", "W"):
            return False  # ("3170 W. County Road": the compass letter is no watt)
        if not self.toks[atom.i0].text.isdigit() or self.bound_before(atom.i0) is not None:
            return False  # "some 40 Main Street shops" counts shops
        j = atom.i1
        for _ in range(5):
            t = self.tok(j)
            if t is None or not (t.text[:1].isupper() or t.text == "."):
                return False
            if t.low in _STREET_WORDS and j > atom.i1:
                after = self.tok(j + 1)  # "12 Pacific Coast Highway towns": the street names what is counted
                return not (after is not None and after.kind == "word" and after.text.islower()
                            and after.low.endswith("s") and after.low not in ("was", "is", "has", "as", "this"))
            j += 1
        return False

    def phone_number(self, atom: _Atom) -> bool:
        """'contact the board on 1300 419 495': groups of bare digits set apart by single spaces
        that are no thousands grouping ("5 000 000": one to three digits, then threes) are a
        telephone number, as are two groups after a word of dialling ('call 9876 5432')."""
        def digits(k: int) -> list[str] | None:
            t = self.tok(k)
            groups = t.text.split() if t is not None and t.kind == "num" else []
            return groups if groups and all(g.isdigit() for g in groups) else None

        def spaced(k: int) -> bool:  # one space between token k and k + 1
            return self.toks[k + 1].start == self.toks[k].end + 1
        if atom.i1 - atom.i0 != 1 or digits(atom.i0) is None:
            return False
        lo = hi = atom.i0
        while lo - 1 >= 0 and digits(lo - 1) and spaced(lo - 1):
            lo -= 1
        while hi + 1 < self.n and digits(hi + 1) and spaced(hi):
            hi += 1
        groups = [g for k in range(lo, hi + 1) for g in digits(k) or []]
        if len(groups) < 2 or len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return False
        return len(groups) >= 3 or self.low(lo - 1) in _DIAL_WORDS | {"on", "number", "tel", "phone", "hotline"}

    def emergency_number(self, atom: _Atom) -> bool:
        """"called 911", "911 calls", "the 999 service": an emergency line named by its number."""
        return atom.plain_int and atom.value in _EMERGENCY_NUMBERS and (
            self.low(atom.i0 - 1) in _DIAL_WORDS or self.low(atom.i1) in _SERVICE_WORDS)

    def bracketed_marker(self, atom: _Atom, left: int) -> bool:
        """A bare whole number alone in brackets: a citation ("… binge eating (2)." "(10, 11)"), a
        tie-break ("7-6 (5)"), an age ("Smith (45)") or a list item ("(3)"); never a quantity."""
        if not atom.plain_int or atom.unit is not None or left != atom.i0:
            return False
        k = atom.i0 - 1
        while k >= 0 and k >= atom.i0 - 12 and (self.low(k) in (",", "-", "–") or self.toks[k].kind == "num"):
            k -= 1
        m = atom.i1
        while m < self.n and m <= atom.i1 + 12 and (self.low(m) in (",", "-", "–") or self.toks[m].kind == "num"):
            m += 1
        if self.low(k) != "(" or self.low(m) != ")" or any(
                self.toks[t].kind == "num" and "." in self.toks[t].text for t in range(k + 1, m)):
            return False
        after, before = self.tok(m + 1), self.tok(k - 1)
        return (after is None or after.text in ".,;:" or self.score_end == k  # a citation ends its clause; a tie-break
                or before is not None and before.kind == "word" and before.text[:1].isupper()
                and (not self.sentence_initial(k - 1)  # "Smith (45)": an age
                     or atom.value <= 110 and after is not None and after.kind == "word" and after.text.islower()))
                # ("Granny (78) suffers in silence": a person's age, first in the sentence)

    def list_marker(self, atom: _Atom, left: int) -> bool:
        """'1.' heading a numbered list item, on its own or before the item's words."""
        if not atom.plain_int or atom.unit is not None or left != atom.i0 or atom.value > 50:
            return False
        if not self.sentence_initial(atom.i0) or self.low(atom.i1) not in (".", ")") or not self.glued(atom.i1):
            return False
        after = self.tok(atom.i1 + 1)
        return after is None or (after.kind == "word" and after.text[:1].isupper())

    def names_a_product(self, atom: _Atom) -> bool:
        """"the 16-inch MacBook Pro", "4K streaming", "a .45-caliber handgun": a size or resolution
        that names a model, a format or a class, not a quantity (the size stated as one, "a
        display of 13.3 inches", stays)."""
        raw = self.text[self.toks[atom.i0].start:self.toks[atom.i1 - 1].end].lower()
        if raw in ("4k", "8k") and atom.kind != "money":
            return True  # "true 4K", "Falls Short of 4K": a picture format; "$4K" is money
        nxt = self.tok(atom.i1)
        if nxt is None or nxt.kind not in ("word", "sym"):
            return False
        if atom.unit == "inch" and self.low(atom.i1 - 2) == "-" and nxt.text[:1].isupper():
            return True
        if nxt.low in ("caliber", "calibre") or nxt.low == "-" and self.low(atom.i1 + 1) in ("caliber", "calibre"):
            return True  # "a .45-caliber handgun" names a gun's size class
        return raw in ("2k", "5k") and nxt.low in _RESOLUTION_NOUNS

    def zero_led_code(self, atom: _Atom) -> bool:
        """'the 007 codename', 'flight 0412': a whole number written with a leading zero is a code, not an amount."""
        raw = self.text[self.toks[atom.i0].start:self.toks[atom.i1 - 1].end]
        return atom.i1 - atom.i0 == 1 and len(raw) >= 2 and raw[0] == "0" and raw.isdigit()

    def _listed_after_id(self, i: int) -> bool:
        """Is the number at i the later item of a list of numbers that a name word opens ("Forms 45,
        46 and 47")? Walks back over numbers and their commas and 'and's to the word before them."""
        j = i - 1
        while j >= 1 and (self.low(j) in ("and", "or", "&") or self.toks[j].text == ",") \
                and self.toks[j - 1].kind == "num":
            j -= 2
            if j >= 0 and self.low(j) in _ID_PREFIXES:
                return True
        return False

    def cents_suffix(self, i: int, atom: _Atom) -> bool:
        """'US71.52c', '74.5c', '5c a litre': a glued lower-case c is cents where the figure reads as a
        price (a currency code glued before it, two decimals, or a price's 'a'/'per' after it), not
        the '30c' of a tabloid's temperature."""
        p = self.tok(i - 1)
        if p is not None and p.kind == "word" and p.text in ("US", "A", "NZ", "AU", "S") and self.glued(i):
            return True
        if _TWO_DECIMALS.fullmatch(self.toks[i].text):
            return True
        return self.low(i + 2) in ("a", "an", "per") and self.low(i + 3) in ("litre", "liter", "share", "kilo", "kg", "unit", "gallon")

    def identifier_before(self, atom: _Atom) -> bool:
        """A name or model number: "Su-34", "MH17", "Article 5", "No. 10", "France 24,"."""
        i = atom.i0
        p = self.tok(i - 1)
        if p is None:
            return False
        t0 = self.toks[i]
        if p.kind == "word" and p.low in _ID_PREFIXES and p.text[0].isupper() and p.low != "no" \
                and atom.i1 - i == 1 and t0.kind == "word" and (t0.text[0].isupper() or p.low in _STAGE_WORDS):
            return True  # "Region Two", "Phase Three", "Phase six includes": a name spelled out, not a count
        if atom.i1 - i == 1 and t0.kind == "word" and (
                p.low in ("round", "rounds")
                or p.low in ("and", "or") and self.low(i - 3) == "rounds" and self.is_word_number(i - 2)):
            return True  # "in round two", "between rounds two and four": a round's name, not a count
        if t0.kind != "num":
            return False
        if p.kind == "word" and p.low in _VERSION_WORDS and self.spaced_ok(i):
            return True  # "Version 17.4", "iOS 18"
        if p.kind == "word" and p.text[:1].isupper() and p.low not in _NOT_VERSIONED \
                and _WHOLE_VERSION.fullmatch(t0.text) and atom.i1 - i == 1 and atom.unit is None \
                and self.spaced_ok(i) and (atom.i1 >= self.n or self.toks[atom.i1].kind != "sym"):
            return True  # "Web 2.0", "Iraq 2.0", "Industry 4.0": a name's version, not a measure
        if (p.low in ("and", "or", "&") or p.text == ",") and atom.plain_int and self._listed_after_id(i) and (
                atom.i1 >= self.n or self.toks[atom.i1].kind == "sym" or self.low(atom.i1) in _AFTER_AN_ID):
            return True  # the second of "Articles 5 and 4", "SDGs 7 and 11", "Goals 7, 11", "Forms 45, 46 and 47"
        if p.kind == "word" and self.glued(i):
            return p.text not in _CURRENCY_CODES and not self.letter_currency_at(i)
        if p.kind == "sym" and p.text in "-‑" and self.glued(i):
            pp = self.tok(i - 2)
            if pp is not None and pp.kind == "word" and self.glued(i - 1) and pp.low != "magnitude":
                return True
            if pp is not None and pp.kind == "num" and self.glued(i - 1):
                return True  # the tail of "4-4-2"
        if p.kind == "word" and p.low in _ID_PREFIXES and p.text[0].isupper() and p.low != "no" \
                and self.spaced_ok(i) and self.toks[atom.i1 - 1].text in ("A", "B", "C", "D"):
            return True  # "Block 1B", "Phase 2A": a named stage, not 1 billion
        if not atom.plain_int:
            return False
        after = self.tok(atom.i1)
        if p.kind == "word" and p.text[:1].isupper() and self.low(i - 2) in ("a", "an") and atom.unit is None \
                and after is not None and after.kind == "word" and after.text.islower() and self.spaced_ok(i):
            return True  # "a Rescue 1122 spokesperson", "an Apollo 11 astronaut": one thing named, not a count
        j = i - 1
        if p.kind == "sym" and p.text == "." and self.glued(i - 1):
            j = i - 2
        pw = self.tok(j)
        if pw is None or pw.kind != "word" or not self.spaced_ok(j + 1):
            return False
        if j != i - 1 and pw.low not in _ID_PREFIXES:
            return False  # "... told the BBC. 300 people": a sentence ends between them
        after = self.tok(atom.i1)
        if pw.low in _ID_PREFIXES and pw.text[0].islower() and (
                atom.unit is not None or (after is not None and after.low in _MEASURES)):
            return False  # "a section 600 meters below": a measure after a common noun, not a name
        if pw.low in _ID_PREFIXES and (pw.low != "no" or j != i - 1 or pw.text[0].isupper()):
            if pw.low in ("no",) and j == i - 1:
                # "ranked No 1 with four titles", "the No 60 Liudmila Samsonova", "No 10 said": a rank or a name
                nxt = self.tok(i + 1)
                return pw.text == "No" and (self.low(i + 1) in (".", ",", ")", "") or nxt is not None and (
                    nxt.text[:1].isupper() or nxt.low in _AFTER_RANK))
            return True
        if pw.text == "Number":
            return True
        # "USB 3", "iPadOS 13": an acronym or brand right before a bare number (not in a
        # headline set in capitals, where "KYIV SAYS 300 KILLED" is a figure)
        nxt = self.tok(atom.i1)
        if (
            len(pw.text) >= 2
            and (pw.text.isupper() or any(c.isupper() for c in pw.text[1:]))
            and pw.text not in _CURRENCY_CODES
            and len(t0.text) <= 3
            and not (nxt is not None and nxt.kind == "word" and nxt.text.isupper())
            and not (nxt is not None and nxt.kind == "sym" and nxt.text in "%")
        ):
            return True
        # "France 24," / "Channel 4." : a capitalised name then a bare number and punctuation
        nxt = self.tok(atom.i1)
        if pw.text[:1].isupper() and pw.low not in _FUNCTION_WORDS and not self.sentence_initial(j) \
                and nxt is not None and nxt.low in _BROADCAST_WORDS:
            return True  # "told France 3 television", "on KFMB 760 AM": a channel or a station
        if (
            pw.text[:1].isupper()
            and pw.low not in _FUNCTION_WORDS
            and pw.low not in _AGE_WORDS
            and not pw.low.endswith(("s", "ed"))
            and len(t0.text) <= 3
            and (nxt is None or (nxt.kind == "sym" and nxt.text in ",.;:)!?"))
            and not self.sentence_initial(j)
        ):
            return True
        return False

    def sentence_initial(self, j: int) -> bool:
        if j == 0:
            return True
        start = self.toks[j].start
        before = self.text[max(0, start - 40) : start].rstrip()
        return not before or before[-1] in ".!?:\"“”‘’'(\n" or "\n" in self.text[
            self.toks[j - 1].end : self.toks[j].start
        ]

    # -- context on the right
    def attach_unit(self, atom: _Atom, currency: str | None) -> None:
        """Percent, currency word, measure unit, "times", hyphen compounds after the number."""
        j = atom.i1
        t = self.tok(j)
        if t is None or atom.skip:
            return
        lo = t.low
        if atom.unit is None and t.kind == "sym" and t.text in "%٪％" and self.spaced_ok(j):
            atom.unit, atom.kind, atom.i1 = "percent", "percent", j + 1
            if self.low(j + 1) in ("points", "point", "pts") and self.spaced_ok(j + 1):
                atom.unit, atom.i1 = "percentage point", j + 2
            return
        if t.kind == "sym" and t.text in "-‑" and self.glued(j) and self.glued(j + 1):
            self.hyphen_suffix(atom, j)
            return
        if t.kind == "sym" and t.text in "-‑" and self.glued(j) and self.suspended_duration(j):
            atom.skip, atom.i1 = True, j + 1  # "16- to 24-year-olds", "5- and 10-year bonds": spans of time
            return
        if t.kind == "sym" and t.text == "°" and atom.unit is None and self.spaced_ok(j):
            self.degrees(atom, j + 1)
            return
        if t.kind != "word" or not self.spaced_ok(j):
            return
        if atom.unit is not None:
            return
        if lo in ("percent", "pct") or (lo == "per" and self.low(j + 1) == "cent"):
            end = j + (2 if lo == "per" else 1)
            atom.unit, atom.kind, atom.i1 = "percent", "percent", end
            return
        if lo == "percentage" and self.low(j + 1) in ("point", "points"):
            atom.unit, atom.kind, atom.i1 = "percentage point", "percent", j + 2
            return
        if lo == "basis" and self.low(j + 1) in ("point", "points"):
            atom.unit, atom.kind, atom.i1 = "basis point", "percent", j + 2
            return
        if lo in ("bps", "bp"):
            atom.unit, atom.kind, atom.i1 = "basis point", "percent", j + 1
            return
        if currency is None:
            k = j
            if t.text in ("US", "U") and self.low(j + 1) in ("dollars", "dollar"):
                k = j + 1
            w = self.low(k)
            if w in _CURRENCY_WORDS and (
                w not in _CURRENCY_WORDS_AFTER_SCALE_ONLY or atom.scale > 1
            ) and not (w in ("pound", "pounds") and self.low(k + 1) in ("of",)):
                atom.unit, atom.kind, atom.i1 = _CURRENCY_WORDS[w], "money", k + 1
                return
            if t.text in _CURRENCY_CODES and t.text.isupper() and len(t.text) == 3:
                atom.unit, atom.kind, atom.i1 = _CURRENCY_CODES[t.text], "money", j + 1
                return
        if lo in _AREA_PREFIX or (lo == "sq" and self.low(j + 1) == "."):
            k = j + 1
            if self.low(k) == "." and self.glued(k):
                k += 1
            u = self.low(k)
            if u in _MEASURES and _MEASURES[u] in ("kilometer", "mile", "meter", "foot", "yard",
                                                   "centimeter", "inch"):
                pre = "cubic" if lo == "cubic" else "square"
                atom.unit, atom.kind, atom.i1 = f"{pre} {_MEASURES[u]}", "measure", k + 1
                return
        if lo in ("times", "fold"):
            atom.unit, atom.kind, atom.i1 = "times", "multiplier", j + 1
            return
        hit = self.unit_words(j) if lo not in _FURNITURE_UNITS else None
        if hit is not None and (hit[1] > 1 or lo not in _MEASURES) and not atom.words:
            atom.unit, atom.kind, atom.i1 = hit[0], "measure", j + hit[1]
            return
        if lo in _MEASURES and not (lo in ("page", "pages", "ha", "ft", "mm", "cm")
                                    and atom.words):
            unit = _MEASURES[lo]
            if lo in ("page", "pages"):
                return  # "5 pages" is a count of pages; only "212-page" carries the unit
            end = j + 1
            if unit == "kilometer" and self.low(end) in ("²", "2") and self.glued(end):
                unit, end = "square kilometer", end + 1
            if unit in ("kilometer", "mile") and self.low(end) == "/" and self.low(end + 1) in ("h", "hr", "hour"):
                unit, end = f"{unit} per hour", end + 2
            atom.unit, atom.i1 = unit, end
            atom.kind = "measure"
            self.feet_and_inches(atom)  # "6 feet 2 inches", "5 ft 6 in"
            return
        if lo in ("degrees", "degree"):
            self.degrees(atom, j + 1)
            return
        if lo == "on" and self.low(j + 1) == "the" and self.low(j + 2) == "richter":
            atom.unit, atom.kind = "magnitude", "measure"

    def unit_words(self, j: int) -> tuple[str, int] | None:
        """A unit of one or more words written from token j ("light years", "gigabits per second")."""
        ends = []
        k = j
        while k < self.n and len(ends) < 4 and (k == j or self.spaced_ok(k)):
            if self.toks[k].kind == "num":
                break
            ends.append(self.toks[k].end)
            k += 1
        start = self.toks[j].start
        for n in range(len(ends), 0, -1):
            if n == 1 and self.toks[j].kind != "word":
                continue
            unit = normalise_unit(self.text[start:ends[n - 1]])
            if unit is not None and unit not in ("gram", "liter", "astronomical unit", "decibel") or (
                    unit is not None and n > 1):
                return unit, n
            if unit is not None and self.toks[j].text.islower() and len(self.toks[j].text) > 2:
                return unit, n
        return None

    def degrees(self, atom: _Atom, end: int) -> None:
        """"45 degrees Celsius", "-5°C"; `end` is the token after the degree word or sign."""
        scale = self.low(end) if self.spaced_ok(end) else ""
        if scale in ("celsius", "c"):
            atom.unit, atom.i1 = "degree celsius", end + 1
        elif scale in ("fahrenheit", "f"):
            atom.unit, atom.i1 = "degree fahrenheit", end + 1
        else:
            atom.unit, atom.i1 = "degree", end
        atom.kind = "measure"

    def suspended_duration(self, j: int) -> bool:
        """A hyphen left hanging ("16- to 24-year-olds", "5- and 10-year bonds") whose partner ends in a unit of time."""
        if self.low(j + 1) not in ("to", "and", "or") or self.tok(j + 2) is None or self.toks[j + 2].kind != "num":
            return False
        return self.low(j + 3) in ("-", "‑") and self.glued(j + 3) and (
            self.low(j + 4) in _TIME_UNITS or self.low(j + 4) in ("yr", "year"))

    def hyphen_suffix(self, atom: _Atom, j: int) -> None:
        """"212-page", "7.1-magnitude", "34-year-old", "5,000-strong", "two-pronged"."""
        w = self.toks[j + 1]
        lo = w.low
        if w.kind != "word":
            return
        if w.text[:1].isupper() and not w.text.isupper() and (lo in _UNITS or lo in _TENS) and not self.toks[atom.i0].text[:1].isupper():
            atom.skip, atom.i1 = True, j + 2  # "7-Eleven": a name, number and number word
            return
        if lo in _SCALES and atom.scale == 1:  # "a $5-billion deal"
            atom.value *= _SCALES[lo]
            atom.scale = _SCALES[lo]
            atom.i1 = j + 2
            atom.plain_int = False
            return
        if lo in _TIME_UNITS or lo in ("yr", "year"):
            atom.skip = True  # "24-hour", "three-year", "34-year-old"
            atom.i1 = j + 2
            return
        if lo in ("page", "magnitude") or lo in _MEASURES:
            atom.unit, atom.kind, atom.i1 = _MEASURES.get(lo, lo), "measure", j + 2
            return
        if lo in ("fold",):
            atom.unit, atom.kind, atom.i1 = "times", "multiplier", j + 2
            return
        if lo in ("plus",):
            atom.bound, atom.i1 = "at_least", j + 2
            return
        if lo == "for" and self.low(j + 2) == "-" and self.glued(j + 2) and self.glued(j + 3) and (
                self.toks[j + 3].kind == "num"):  # "a 2-for-1 split"
            atom.unit, atom.kind, atom.i1 = "ratio", "ratio", j + 4
            return
        if lo == "per" and self.low(j + 2) == "cent" and self.spaced_ok(j + 2):
            atom.unit, atom.kind, atom.i1 = "percent", "percent", j + 3  # "a 25-per cent tariff"
            return
        if lo in ("percent",):
            atom.unit, atom.kind, atom.i1 = "percent", "percent", j + 2
            return
        if lo in _COUNT_SUFFIXES:
            return
        if atom.words:
            atom.skip = True  # "two-pronged", "one-sided"
            atom.i1 = j + 2

    def duration_after(self, atom: _Atom) -> bool:
        j = atom.i1
        if self.low(j) in ("last", "next", "past", "previous") and self.low(j + 1) in _TIME_UNITS_SINGULAR:
            return False  # "sold 450 last year": a figure and when, not a span of 450 years
        if self.low(j) in _DURATION_MODIFIERS and self.low(j + 1) in _TIME_UNITS:
            j += 1
        lo = self.low(j)
        if lo in _TIME_UNITS and self.spaced_ok(j):
            if lo in ("round", "rounds", "season", "seasons", "term", "terms", "quarter", "quarters"):
                return atom.words  # "two rounds" of talks; "5 rounds" of ammunition stays
            return True
        if lo in ("shares", "views", "likes", "comments", "comment") and self.n > 8 and (
                atom.scale >= 1e6 or lo == "shares" and (atom.value >= 1000 or self.low(j + 1) == "of")):
            return False  # "buy back 5 mln shares", "500 shares of Acme": stock, not a page's share counter
        return lo in _FURNITURE_UNITS and self.spaced_ok(j)

    def age_context(self, atom: _Atom, left: int) -> bool:
        if self.low(left - 1) in _AGE_WORDS:
            return True
        small = atom.plain_int and atom.value <= 120 and atom.unit is None
        nxt = self.tok(atom.i1)
        if small and self.low(left - 1) in ("turned", "turns", "turning", "turn") and (
                nxt is None or nxt.kind == "sym" or nxt.low in ("on", "this", "last", "in", "at", "today", "next")):
            return True  # "she turned 100 on Tuesday"
        # "I hired him when he was 15.": a person pronoun, a form of 'be', a bare small number, the end
        if small and self.low(left - 1) in ("was", "is", "am") and self.low(left - 2) in ("he", "she", "i") and (
                nxt is None or nxt.kind == "sym" and nxt.text in ".,;!?)" or nxt.low in ("when", "and", "then", "but")):
            return True  # "She was 15 and not eligible to vote"
        if small and self.low(left - 1) == "was" and self.low(atom.i1) == "when" and self.tok(left - 2) is not None \
                and self.toks[left - 2].kind == "word" and self.toks[left - 2].text[:1].isupper():
            return True  # "Kamala was 12 when her mother took a job"
        if small and self.low(left - 1) in ("re", "m", "s") and self.low(left - 2) in ("'", "’") and self.low(left - 3) in (
                "you", "i", "he", "she", "we", "they") and (nxt is None or nxt.kind == "sym" and nxt.text in ".,;!?"):
            return True  # "You're 22."
        if small and self.low(left - 1) == "now" and self.low(atom.i1) == "," and self.low(atom.i1 + 1) in (
                "he", "she", "i", "they", "we"):
            return True  # "Now 24, she has kept the weight off"
        if small and self.low(left - 1) == "then" and self.low(left - 2) == "," and self.tok(left - 3) is not None \
                and self.toks[left - 3].kind == "word" and self.toks[left - 3].text[:1].isupper() \
                and self.low(left - 4) in _PERSON_NOUNS \
                and (nxt is None or nxt.kind == "sym" and nxt.text in ".,;)"):
            return True  # "… for his daughter Elizabeth, then 9."
        # "the retirement age to 65", "an age of 18"
        whole = atom.unit is None and atom.value <= 120 and float(atom.value).is_integer()  # "three" as well as "3"
        if whole and self.low(left - 1) in ("to", "of", "at") and self.low(left - 2) in _AGE_WORDS \
                and self.low(atom.i1) != "of":
            return True  # ("from the age of three"; not "the age of three of the victims", a count of them)
        # the upper end of "between the ages of 18 and 29", "ages 18 and 29", read apart from the lower
        if small and self.low(left - 1) in ("and", "to", "or") and self.tok(left - 2) is not None \
                and (self.toks[left - 2].kind == "num" or self.is_word_number(left - 2)) and (self.low(left - 3) in _AGE_WORDS or (
                    self.low(left - 3) in ("of", "at") and self.low(left - 4) in _AGE_WORDS)):
            return True
        if small and self.low(left - 1) == "as" and self.low(left - 2) in ("young", "old") and self.low(left - 3) == "as":
            return True  # "boys as young as 13"
        # "children under five", "over-65s aside": people below or above an age ("adults under 50 or over 70")
        people_at = atom.i0 - 2
        if self.low(people_at) in ("or", "and") and self.tok(people_at - 1) is not None \
                and self.toks[people_at - 1].kind == "num" and self.low(people_at - 2) in ("under", "over", "below", "above"):
            people_at -= 3
        if atom.value <= 120 and atom.unit is None and self.low(atom.i0 - 1) in ("under", "over", "below", "above") and self.low(people_at) in (
                "children", "child", "kids", "babies", "infants", "people", "adults", "those", "anyone", "them",
                "residents", "patients", "pensioners"):
            return True
        j = atom.i1
        if self.low(j) in ("years", "year") and self.low(j + 1) == "old":
            return True
        # the first of "who were 22 and 24 years old"
        if small and self.low(j) in ("and", "or", "to") and self.tok(j + 1) is not None and self.toks[j + 1].kind == "num" \
                and self.low(j + 2) in ("years", "year") and self.low(j + 3) == "old":
            return True
        if self.low(j) == "-" and self.low(j + 1) in ("year", "years") and self.low(j + 2) == "-":
            return True
        # "Ryan Hollman 31, of Hope": a name, a bare small number, then where the person is from
        if small and self.low(j) == "," and self.low(j + 1) == "of" and self.tok(left - 1) is not None \
                and self.toks[left - 1].text[:1].isupper() and self.toks[left - 1].kind == "word":
            return True
        # "Smith, 62, said": a name, a comma, a bare small number, a comma
        if (
            atom.plain_int
            and atom.value <= 120
            and self.low(left - 1) == ","
            and self.tok(left - 2) is not None
            and (self.toks[left - 2].text[:1].isupper() or self.toks[left - 2].low in _PERSON_NOUNS
                 or self.low(left - 2) == "." and self.low(left - 3) in ("jr", "sr", "ii", "iii")  # "Carl Ames Jr., 55,"
                 # "Leung Hiu-yeung, 21,": a given name joined by a hyphen ends in lower case
                 or self.low(left - 3) == "-" and self.tok(left - 4) is not None and self.toks[left - 4].text[:1].isupper())
            and self.low(j) in (",", ")", ";")
        ):
            return True
        # "Bebe King, six, Elsie Stancombe, seven, and ...": a full name, then an age in words between commas
        if atom.words and atom.value <= 20 and atom.i1 - atom.i0 == 1 and self.low(left - 1) == "," \
                and self.low(j) == "," and all(self.tok(k) is not None and self.toks[k].kind == "word"
                                               and self.toks[k].text[:1].isupper()
                                               and self.toks[k].low not in _FUNCTION_WORDS for k in (left - 2, left - 3)):
            return True
        # "photographer Christina Assi, 28.": a full name, a comma, a bare small number, the end
        if small and self.low(left - 1) == "," and self.low(j) in (".", "!", "?") and self.tok(j + 1) is None \
                and all(self.tok(k) is not None and self.toks[k].kind == "word" and self.toks[k].text[:1].isupper()
                        and self.toks[k].low not in _FUNCTION_WORDS for k in (left - 2, left - 3)) \
                and not self.sentence_initial(left - 3):
            return True
        # 'said Lopiano, 52.': a name after a verb of saying, a comma, a bare small number, the end
        if small and self.low(left - 1) == "," and self.low(j) in (".", "!", "?") and self.tok(j + 1) is None \
                and self.tok(left - 2) is not None and self.toks[left - 2].text[:1].isupper() \
                and any(self.low(k) in ("said", "says", "added", "adds") for k in range(left - 5, left - 2)):
            return True
        return False

    def rate_after(self, atom: _Atom) -> bool:
        """"92 casualties a day", "40 cases per week", "$5 an hour"."""
        j = atom.i1
        for _ in range(5):
            t = self.tok(j)
            if t is None:
                return False
            if t.low in ("a", "an", "per", "each", "every") and self.low(j + 1) in _TIME_UNITS_SINGULAR:
                return self.low(j + 2) not in ("ago", "earlier", "later", "before", "after", "prior",
                                               "or", "and")
            if t.low in ("per", "a") and self.low(j + 1) in ("capita", "annum", "head"):
                return True
            if t.low == "/" and self.low(j + 1) in ("day", "week", "month", "year", "hour", "yr"):
                return True
            if t.low in ("daily", "weekly", "monthly", "annually", "yearly", "hourly"):
                return True
            if t.kind != "word" or t.low in ("and", "or", "but", "in", "of", "to", "that", "which"):
                return False
            j += 1
        return False

    def year_like(self, atom: _Atom, left: int, has_bound: bool) -> bool:
        if not atom.plain_int or atom.unit is not None:
            return False
        t = self.toks[atom.i0]
        if len(t.text) == 4 and 1000 <= atom.value < 1800 and self.low(left - 1) in _OLD_YEAR_PREPOSITIONS:
            return True  # "was arrested in 1656", "since 1215": an early year where a preposition of time says so
        if len(t.text) == 4 and 2100 <= atom.value <= 2299 and (
                self.low(left - 1) in _FAR_YEAR_PREPOSITIONS or self.low(left - 1) == "year" and self.low(left - 2) == "the") \
                and (self.tok(atom.i1) is None or self.tok(atom.i1).kind != "word" or self.low(atom.i1) in ("and", "or")):
            return True  # "by 2100", "by the year 2200": a far year in a forecast, not a count
        if len(t.text) != 4 or not 1800 <= atom.value <= 2099:
            return False
        nxt = self.tok(atom.i1)
        if nxt is not None and nxt.text in ("'", "’") and self.low(atom.i1 + 1) == "s":
            return True
        if has_bound:
            bound = self.bound_before(left)
            if bound is not None and self.low(bound[0] - 1) in ("since", "between", "from", "until", "till", "before"):
                return True  # "between at least 2007 and 2011", "since at least 1998": a year, however hedged
            return nxt is None or nxt.kind != "word" or nxt.low in _EVENT_PLURALS
        prev = self.low(left - 1)
        if (
            nxt is not None
            and nxt.kind == "word"
            and nxt.text.islower()
            and nxt.low.endswith("s")
            and nxt.low not in _EVENT_PLURALS
            and prev not in _YEAR_PREPOSITIONS
            and t.text.endswith("00")
            and not (self.tok(left - 1) is not None and self.toks[left - 1].text[:1].isupper())
        ):
            return False  # "2000 troops" (but "2019 deals", "Friday 2000 sales" are years)
        return True

    # -- a full figure at token i
    def in_a_name(self, i: int) -> bool:
        """A capitalised number word inside a sentence, between a lower-case word and a capitalised
        one, is part of a name; a title-case headline ("Crash Kills Three In Ohio") is not read so."""
        prev, nxt = self.tok(i - 1), self.tok(i + 1)
        if self.toks[i].text[:1].isupper() and prev is not None and prev.text == "The" and self._capitalised_run(i + 1):
            return True  # "The Four Paths Police say": a place named with a number, in a plain sentence
        pp = self.tok(i - 2)
        if self.toks[i].text[:1].isupper() and prev is not None and prev.kind == "word" and prev.text[:1].isupper() \
                and pp is not None and pp.kind == "word" and pp.text.islower() and not self.sentence_initial(i - 1) \
                and (nxt is None or nxt.kind == "sym" or nxt.text.islower()):
            return True  # "the last of the Big Six this quarter", "Super Six and Midnight Magic": a name
        if self.toks[i].text[:1].isupper() and prev is not None and prev.kind == "word" and prev.text[:1].isupper() \
                and pp is not None and pp.kind == "word" and pp.text.islower() and not self.sentence_initial(i - 1) \
                and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and self.spaced_ok(i + 1):
            return True  # "between Erik Ten Hag's team", "ahead of Double Ten National Day": inside a name
        if self.toks[i].text[:1].isupper() and self.toks[i].text.isalpha() and not self.toks[i].text.isupper() \
                and prev is not None and prev.kind == "word" \
                and prev.text.islower() and not self.sentence_initial(i) and self._plain_case_before(i - 1):
            return True  # "the Nine chairman", "rivals such as Seven and News": a network or a firm so named
        return self.toks[i].text[:1].isupper() and prev is not None and prev.kind == "word" and prev.text.islower() \
            and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and self.spaced_ok(i + 1)

    def _plain_case_before(self, j: int) -> bool:
        """Does a lower-case word of four letters or more stand among the five words up to token j, on
        the same line: a sentence in plain case, not a title-case headline ("Toll Rises to Nine")?"""
        words = 0
        k = j
        while k >= 0 and words < 5:
            t = self.toks[k]
            if "\n" in self.text[t.end : self.toks[k + 1].start]:
                break
            if t.kind == "word":
                words += 1
                if len(t.text) >= 4 and t.text.isalpha() and t.text.islower():
                    return True
            k -= 1
        return False

    def _capitalised_run(self, j: int) -> bool:
        """One to three capitalised words from token j, then a lower-case word: a name inside a
        sentence, not a headline in title case."""
        k = j
        while k < j + 3 and (t := self.tok(k)) is not None and t.kind == "word" and t.text[:1].isupper():
            k += 1
        after = self.tok(k)
        return k > j and after is not None and after.kind == "word" and after.text.islower()

    def read_half_dozen(self, i: int) -> _Atom | None:
        """'half a dozen', '(a) half-dozen': six, not a half and a dozen."""
        j = i + 1 if self.low(i) == "a" else i
        if self.low(j + 1) in ("a", "-") and self.low(j + 2) == "dozen":
            return _Atom(i, j + 3, 6.0, words=True)
        return None

    def read_at(self, i: int) -> tuple[_Atom | None, int]:
        """The atom starting at token i (with units), or None; and the next token to look at."""
        t = self.toks[i]
        atom = None
        if t.low == "half" or t.low == "a" and self.low(i + 1) == "half":
            atom = self.read_half_dozen(i)
        if atom is None and (t.kind == "word" or t.kind == "num"):
            atom = self.read_fraction(i)
        if atom is None:
            if t.kind == "num":
                atom = self.read_digits(i)
            elif t.kind == "word" and t.low in ("twice", "thrice"):
                # "twice the 1 percent level", "twice as many": a multiplier (FORMAT counts "five times")
                atom = _Atom(i, i + 1, 2.0 if t.low == "twice" else 3.0, words=True, unit="times",
                             kind="multiplier")
            elif t.kind == "word" and t.low in _MULTIPLIER_WORDS and self.low(i - 1) not in ("a", "the", "to") and (
                    self.low(i + 1) in _MULTIPLIED):
                # "double last year's attendance"; not "a double murder", not the verb "doubled"
                atom = _Atom(i, i + 1, _MULTIPLIER_WORDS[t.low], words=True, unit="times", kind="multiplier")
            elif t.kind == "word" and t.low.endswith("fold") and (
                t.low[:-4] in _UNITS or t.low[:-4] in _TENS or t.low[:-4] == "hundred"
            ):
                stem = t.low[:-4]
                value = _UNITS[stem] if stem in _UNITS else _TENS.get(stem, 100)
                atom = _Atom(i, i + 1, float(value), words=True, unit="times", kind="multiplier")
            elif t.kind == "word" and self.is_word_number(i) and self.in_a_name(i):
                return None, i + 1  # "done on Zero Hedge", "joined Seven Network": a name
            elif t.kind == "word" and (t.low in ("a", "an") or self.is_word_number(i)):
                atom = self.read_words(i)
                if atom is None and t.low not in ("a", "an"):
                    return None, i + 1
        if atom is None:
            return None, i + 1
        if any(self.blocked[k] for k in range(atom.i0, atom.i1)):
            return None, atom.i1
        return atom, atom.i1

    def finish(self, atom: _Atom) -> None:
        """Context on both sides that every atom gets: currency, unit, bound suffix."""
        cur = self.currency_before(atom.i0) if self.toks[atom.i0].kind == "num" else None
        if cur is not None:
            atom.currency_tok = cur[0]
            atom.unit, atom.kind = cur[1], "money"
            atom.plain_int = False
        # "magnitude 6.8" / "magnitude-6.8"
        k = atom.i0 - 1
        if self.low(k) == "-" and self.glued(atom.i0):
            k -= 1
        if self.low(k) == "magnitude" and atom.unit is None and k >= self.floor:
            atom.unit, atom.kind, atom.currency_tok = "magnitude", "measure", k
        j = atom.i1
        if cur is None and atom.kind == "count" and self.low(j) == "/" and self.glued(j) and self.low(j + 1) == "-" \
                and self.glued(j + 1) and not (j + 2 < self.n and self.glued(j + 2) and self.toks[j + 2].kind == "num"):
            atom.unit, atom.kind, atom.plain_int, atom.i1 = "shilling", "money", False, j + 2  # "10,000/-": East African shillings
        self.attach_unit(atom, atom.unit if atom.kind == "money" else None)
        # bound suffixes: "1,000 or more", "1,000+"
        j = atom.i1
        for phrase, b in _BOUNDS_AFTER.items():
            n = len(phrase)
            if tuple(self.low(j + k) for k in range(n)) == phrase and all(
                self.spaced_ok(j + k) for k in range(n)
            ):
                if phrase == ("+",) and not self.glued(j):
                    continue
                if phrase == ("plus",) and self.tok(j + 1) is not None and self.toks[j + 1].kind == "num":
                    continue
                atom.bound, atom.i1 = b, j + n
                break
        # a sign glued to the number (kept only where it means something: %, degrees, money)
        p = self.tok(atom.i0 - 1)
        if p is not None and p.kind == "sym" and p.text in "-−+" and self.glued(atom.i0) and (
            atom.i0 - 1 >= self.floor
        ) and (
            atom.kind in ("percent", "measure") and (atom.i0 < 2 or not self.glued(atom.i0 - 1))
        ) and atom.currency_tok is None:
            atom.sign = -1.0 if p.text in "-−" else 1.0
            atom.sign_tok = atom.i0 - 1
        self.minus_word(atom)

    def minus_word(self, atom: _Atom) -> None:
        """"minus 12C": a sign written as a word (but not "plus or minus 3 points")."""
        k = atom.i0 - 1
        if atom.kind in ("percent", "measure") and self.low(k) in ("minus", "negative") and k >= self.floor and (
                self.low(k - 1) != "or") and atom.sign_tok is None and atom.currency_tok is None:
            atom.sign, atom.sign_tok = -1.0, k
        of = min(atom.i0, atom.currency_tok if atom.currency_tok is not None else atom.i0) - 1
        if atom.sign_tok is None and self.low(of) == "of":
            # "a negative growth of 0.6pc", "a negative fuel cost adjustment (FCA) of Rs3": the quantity is
            # below zero, though the sign stands before its noun (not "a negative rating of 55%")
            words = [self.low(j) for j in range(max(self.floor, of - 8), of)]
            cut = max((k for k, w in enumerate(words) if w in (",", ";", "and", "but", "or")), default=-1)
            words = words[cut + 1:]  # (not "despite negative headlines, growth of 2.5 percent")
            if "negative" in words and words and (words[-1] in SIGNED_NOUNS or words[-1] == ")") and any(
                    w in SIGNED_NOUNS for w in words[words.index("negative") + 1:]):
                atom.sign = -1.0

    def left_edge(self, atom: _Atom) -> int:
        left = atom.i0
        if atom.currency_tok is not None:
            left = min(left, atom.currency_tok)
        if atom.sign_tok is not None:
            left = min(left, atom.sign_tok)
        return left

    def scan(self) -> list[Figure]:
        out: list[Figure] = []
        i = 0
        while i < self.n:
            if self.blocked[i]:
                i += 1
                continue
            atom, nxt = self.read_at(i)
            if atom is None:
                i = nxt
                continue
            if atom.skip:
                i = self.floor = max(atom.i1, i + 1)
                continue
            self.finish(atom)
            if atom.skip:
                i = self.floor = max(atom.i1, i + 1)
                continue
            figs, i = self.complete(atom)
            self.floor = i
            out.extend(figs)
        return out

    def complete(self, a: _Atom) -> tuple[list[Figure], int]:
        """Turn an atom into figures: look for a range partner, a bound, and filters."""
        left = self.left_edge(a)
        b_atom, b_after, between = self.range_partner(a, left)
        if a.kind in ("ratio", "score"):
            # two numbers, one figure: the quote keeps both, the value is the first ("high" is
            # reserved for ranges, which reconcile reads as intervals)
            bound = self.bound_before(left)
            start = self.toks[bound[0] if bound else left].start
            return [self.figure(start, self.toks[a.i1 - 1].end, a.value, None, bound[1] if bound else "exact",
                                a.unit, a.kind)], a.i1
        if b_atom is not None:
            return self.emit_range(a, b_atom, left, between), b_atom.i1
        if b_after is not None:
            # a pair that is not a range (a score, a change): skip both or the first only
            return [], b_after
        bound = self.bound_before(left)
        bound_start = bound[0] if bound else left
        if self.identifier_before(a) or self.age_context(a, left) or self.names_a_product(a) or self.zero_led_code(a) \
                or self.street_number(a) or self.emergency_number(a) or self.phone_number(a) \
                or self.bracketed_marker(a, left) \
                or self.list_marker(a, left):
            return [], a.i1
        if a.kind == "count" and a.unit is None and self.duration_after(a):
            return [], a.i1
        if self.year_like(a, left, bound is not None):
            return [], a.i1
        if a.kind == "count" and a.plain_int and self.low(a.i1) in ("'", "’") and self.low(a.i1 + 1) == "s":
            return [], a.i1
        kind = a.kind
        if kind in ("count", "money") and self.rate_after(a):
            kind = "rate"
        b = a.bound or (bound[1] if bound else "exact")
        start = self.toks[bound_start].start if bound else self.toks[left].start
        end = self.toks[a.i1 - 1].end
        value = a.value * a.sign
        return [self.figure(start, end, value, None, b, a.unit, kind)], a.i1

    def range_partner(self, a: _Atom, left: int) -> tuple[_Atom | None, int | None, int | None]:
        """The second half of "1,000 to 3,000", "11,000-12,000", "between 5 and 10"."""
        j = a.i1
        t = self.tok(j)
        if t is None or a.bound is not None:
            return None, None, None
        first = self.tok(a.i0)
        if first is not None and first.kind == "num" and self.tok(a.i0 - 1) is not None \
                and self.toks[a.i0 - 1].kind == "word" and self.glued(a.i0) \
                and self.toks[a.i0 - 1].text not in _CURRENCY_CODES and not self.letter_currency_at(a.i0):
            return None, None, None  # "in FY26 to $154.1 million", "the A380 to 30,000 feet": a code, no range
        between = None
        if self.low(left - 1) in ("between",) and left - 1 >= self.floor:
            between = left - 1
        nxt = self.tok(j + 2)
        if between is not None and t.kind == "word" and self.low(j + 1) == "and" and nxt is not None \
                and nxt.kind == "num" and self.low(j + 3) == t.low:
            j += 1  # "between 1,600 points and 1,700 points": the unit said on both sides
            t = self.toks[j]
        conn = t.low
        if conn in ("-", "–", "—", "‑", "−"):
            if not self.spaced_ok(j) or not self.spaced_ok(j + 1):
                return None, None, None
            if self.glued(j + 1) and self.low(j + 2) == "-" and self.glued(j + 2) and self.glued(j + 3) and (
                    self.low(j + 3)[:1].isdigit()):
                return None, j + 4, None  # "3-5-2", "4-4-2": a formation or a code, not a range
        elif conn in ("to", "through", "or") or (conn == "and" and between is not None):
            if not self.spaced_ok(j) or not self.spaced_ok(j + 1):
                return None, None, None
        elif conn == "/":
            offer = self.quoted_offer(a, j)
            if offer is None:
                return None, None, None
            b, _ = self.read_at(j + 1)
            if b is None or b.skip:
                return None, None, None
            self.finish(b)
            b.value, b.scale, b.plain_int = offer, a.scale, False
            if a.unit is not None and b.unit is None:
                b.unit = a.unit
            return (b, None, None) if a.value < b.value and (a.unit is None or b.unit in (None, a.unit)) \
                else (None, None, None)
        else:
            return None, None, None
        k = j + 1
        if k >= self.n or self.blocked[k]:
            return None, None, None
        # the partner may carry its own currency sign: "$10 billion to $100 billion"
        if self.toks[k].kind == "sym" and self.toks[k].text in _CURRENCY_SYMBOLS:
            k += 1
        elif self.toks[k].kind == "word" and (self.toks[k].text in _CURRENCY_CODES and self.toks[k].text != "US"
                                             or k + 1 < self.n and self.letter_currency_at(k + 1)):
            k += 1
        elif self.toks[k].text == "US" and self.low(k + 1) == "$":
            k += 2
        if k >= self.n:
            return None, None, None
        if self.toks[k].kind == "num" and self.toks[k - 1].kind == "word" and self.glued(k) and (
            self.toks[k - 1].text not in _CURRENCY_CODES and not self.letter_currency_at(k)
        ):
            return None, None, None
        b, _ = self.read_at(k)
        if b is None or b.skip or b.fraction != a.fraction:
            if b is not None and b.skip and a.kind == "count" and a.unit is None:
                # "three-to-four-year", "two or three weeks": the pair is a duration
                if conn in ("to", "or", "-", "–", "−") and (self.duration_after(b) or b.skip):
                    return None, b.i1, None
            return None, None, None
        self.finish(b)
        if b.skip:
            return None, b.i1, None
        if conn == "or" and a.kind == "count" and a.unit is None and self.duration_after(b):
            return None, b.i1, None  # "for 3 or 4 weeks": both numbers are the duration's
        # a range of years is a period, not a figure
        if a.plain_int and len(self.toks[a.i0].text) == 4 and 1800 <= a.value <= 2099:
            if (b.plain_int and (1800 <= b.value <= 2099 or len(self.toks[b.i0].text) == 2)):
                return None, b.i1, None
            if self.low(left - 1) in ("in", "since", "during", "of") and conn == "to":
                return None, None, None  # "from 36,185 in 2003 to 28,041": a year, then the other side
        # the change reading: "rose from 5 to 10", "cut by 3 to 4"
        lw = self.low(left - 1)
        if lw in ("current", "present", "existing") and self.low(left - 2) in ("the", "its", "their") \
                and self.low(left - 3) == "from":
            left -= 2  # "raising the limit from the current $154,000 to $220,000": a change
            lw = "from"
        if lw == "from":
            lw = self.low(left - 2)
        if conn == "to" and lw == "by":
            return None, None, None  # "rose by £4,500 to £291,000": a change and a level
        if conn == "to" and lw in (",", "and") and self.by_to_earlier(left - 1):
            return None, None, None  # "rise by £600 to £5,644, and £684 to £6,440": the change again, elided
        if conn == "to" and (lw in _MOVE_WORDS or lw == "of" and self.low(left - 2) in _CHANGE_WORDS
                             or a.sign < 0 and lw in _CHANGE_WORDS
                             or lw in ("-", "−") and self.glued(left) and self.low(left - 2) in _CHANGE_WORDS):
            # "going from 125.515 to 134.089", "an increase of 8.542 to 106.946", "down -2.08 to 13.83":
            # where it went from, or by how much, and where it ended
            return None, None, None
        if conn in ("to",) and (lw in _CHANGE_WORDS or self.low(left - 1) in _CHANGE_WORDS) and (
                self.low(left - 1) == "from" or a.unit is not None):
            # "rose from 5 to 10", "rose 5% to 7%": a change; "rose 20 to 30 per cent": a range
            return None, None, None
        if conn == "to" and self.low(left - 1) == "from" and self.changed_earlier(left - 1):
            return None, None, None  # "rose by 37 percent, from 0.90 percent to 1.23 percent"
        if conn == "or" and not (a.words and b.words) and not (
                a.plain_int and b.plain_int and a.value < b.value <= 10 * a.value and a.value < 1000 and a.unit is None
                and b.i1 < self.n and self.toks[b.i1].kind == "word" and self.toks[b.i1].text.islower()
                and b.bound is None):
            return None, None, None  # (but "up 5 or 6 points" is a range, as "five or six points" is)
        # units: the one that carries it lends it to the other
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            return None, None, None
        lo_v = a.value * a.sign
        hi_v = b.value * b.sign
        if b.scale > 1 and a.scale == 1:
            lo_v *= b.scale
        elif a.scale == 1 and b.scale == 1 and a.plain_int and not b.plain_int and b.value >= 1000:
            for s in (1e9, 1e6, 1e3):
                if lo_v * s <= hi_v < lo_v * s * 10:
                    lo_v *= s
                    break
        if conn in ("-", "–", "—", "‑", "−") and a.unit == "percent" == b.unit and a.value >= b.value:
            return None, None, None  # "by 58%-33%": two shares of a split, neither a range nor a score
        if conn in ("-", "–", "—", "‑", "−") and a.plain_int and b.plain_int and a.value < 1000 and b.value < 1000:
            before = {self.low(k) for k in range(max(self.floor, left - 4), left)}
            run_on = self.score_end >= 0 and all(self.low(k) in (",", "(", ")", "and") or self.toks[k].kind == "num"
                                                 for k in range(self.score_end, left))
            if self.glued(j) and self.glued(j + 1) and (before & _SCORE_VERBS or run_on or (
                    self.low(b.i1) in _SCORE_NOUNS and self.low(b.i1) not in ("at", "in", "on", "to", "after",
                                                                              "with", "against", "home", "away"))):
                if self.bound_before(left) is not None and lo_v > hi_v:
                    a.unit, a.kind, a.i1 = "ratio", "ratio", b.i1  # "led Hale more than 2-1": a margin, no score
                    return None, None, None
                if before & _STANDING_VERBS and not run_on and lo_v and hi_v:
                    a.unit, a.kind, a.i1 = "score", "score", b.i1  # "leads Jones 49-47 among likely voters"
                    return None, None, None  # (a side on nothing, "led 20-0 at halftime", is a game's score)
                self.score_end = b.i1  # "won 3-1", "a 102-98 win", "6-4, 3-6, 7-6": no figure
                return None, b.i1, None
            if self.low(left - 1) == "(" and self.low(b.i1) == ")" and left >= 2 \
                    and self.toks[left - 2].text[:1].isupper() and a.value < 200 and b.value < 200:
                self.score_end = b.i1
                return None, b.i1, None  # "the Texans (4-11)": a team's record of wins and losses
            if a.value < 100 and b.value < 100 and (lo_v >= hi_v or self.low(b.i1) in _SCORE_NOUNS - {
                    "at", "in", "on", "to", "after", "with", "against", "home", "away"}):
                self.score_end = b.i1
                return None, b.i1, None  # a score or a vote tally
        if not lo_v < hi_v:
            return None, None, None
        if conn == "to" and (lw in _CHANGE_WORDS or self.low(left - 1) in _CHANGE_WORDS) and hi_v > 4 * lo_v > 0:
            return None, None, None  # "rose 1-3/8 to 32-1/4": a change and the level it reached, not a range
        a.value, b.value = lo_v, hi_v
        if conn == "and" and between is None:
            return None, None, None
        return b, None, between

    def mixed_fraction(self, i: int) -> float | None:
        """'7-3/4': a whole number and a fraction with a denominator of 2, 4, 8, 16, 32 or 64, all
        glued ('24-7', '9/11' and '3-1/2-year-old' aside: a date or a name has no such shape)."""
        parts = [self.tok(i + k) for k in range(5)]
        if any(p is None for p in parts) or [p.text for p in parts[1:4:2]] != ["-", "/"] \
                or not all(self.glued(i + k) for k in range(1, 5)) or parts[2].kind != "num" or parts[4].kind != "num":
            return None
        top, bottom = parts[2].text, parts[4].text
        if not (top.isdigit() and bottom.isdigit()) or int(bottom) not in (2, 4, 8, 16, 32, 64) or int(top) >= int(bottom):
            return None
        after = self.tok(i + 5)
        if after is not None and after.text == "-" and self.glued(i + 5):
            return None  # "a 3-1/2-year term": a compound modifier
        return float(parts[0].text) + int(top) / int(bottom)

    def quoted_offer(self, a: _Atom, j: int) -> float | None:
        """'1.8245/50 marks', '145.60/70 yen', '6.5/6.6 tonnes': a market's bid and offer (or a pair
        of close readings) written with a slash; the short offer gives the bid's last digits. Only
        after a decimal bid, so "24/7", "9/11" and "50/50" stay what they are."""
        bid = self.toks[a.i1 - 1].text if a.i1 - 1 >= 0 else ""
        nxt = self.tok(j + 1)
        if not (self.glued(j) and self.glued(j + 1)) or nxt is None or nxt.kind != "num" or "." not in bid \
                or "," in bid or self.toks[a.i1 - 1].kind != "num":
            return None
        decimals = len(bid.split(".")[1])
        if "." in nxt.text:
            return float(nxt.text) if abs(float(nxt.text) - float(bid)) < 0.2 * float(bid) else None
        if len(nxt.text) > decimals:
            return None
        return float(bid[: len(bid) - len(nxt.text)] + nxt.text) * a.scale

    def by_to_earlier(self, k: int, reach: int = 20) -> bool:
        """Earlier in the clause before token k, "by <figure> to <figure>": a change and a level, so a
        bare "A to B" conjoined after it repeats that shape with the verb and "by" elided."""
        seen_to = False
        for j in range(k - 1, max(0, k - reach) - 1, -1):
            w = self.low(j)
            if w in (".", ";", "!", "?"):
                return False
            if w == "to" and self.figure_starts(j + 1):
                seen_to = True
            elif w == "by" and seen_to and self.figure_starts(j + 1):
                return True
        return False

    def figure_starts(self, i: int) -> bool:
        """A number at token i, or a currency sign glued to one ("£600")."""
        if i >= self.n:
            return False
        if self.toks[i].kind == "num":
            return True
        return self.toks[i].kind == "sym" and i + 1 < self.n and self.toks[i + 1].kind == "num" and self.glued(i + 1)

    def changed_earlier(self, k: int, reach: int = 25) -> bool:
        """A change verb earlier in the clause before token k, and no word of spread between:
        "rose by 37 percent, from 0.90 percent to 1.23 percent" is a before and an after, while
        "estimates rose sharply and now range from 10 to 12 percent" is a range."""
        for j in range(k - 1, max(0, k - reach) - 1, -1):  # words only: figures before may be claimed
            w = self.low(j)
            if w in (".", ";", "!", "?") or w in _SPREAD_WORDS:
                return False
            if w in _CHANGE_WORDS and w not in ("up", "down"):
                return True
        return False

    def emit_range(self, a: _Atom, b: _Atom, left: int, between: int | None) -> list[Figure]:
        unit = a.unit or b.unit
        kind = a.kind if a.unit else b.kind
        # a range of durations or ages is not a figure
        if unit is None and self.duration_after(b):
            return []
        if self.age_context(a, left) or (between is not None and self.low(between - 1) in _AGE_WORDS):
            return []
        start_tok = left
        if between is not None:
            start_tok = between
        else:
            bound = self.bound_before(left)
            if bound is not None:
                start_tok = bound[0]
        if a.value == 0 and unit in _SPEEDS and self.low(b.i0 - 1) == "to":
            # "zero to 60 mph in 5.8 seconds": an acceleration names the speed reached, not a range
            return [self.figure(self.toks[b.i0].start, self.toks[b.i1 - 1].end, b.value, None, "exact", unit, kind)]
        if kind in ("count", "money") and self.rate_after(b):
            kind = "rate"
        return [self.figure(self.toks[start_tok].start, self.toks[b.i1 - 1].end, a.value, b.value,
                            "range", unit, kind)]

    def figure(self, start: int, end: int, low: float, high: float | None, bound: str,
               unit: str | None, kind: str) -> Figure:
        return Figure(start=start, end=end, quote=self.text[start:end], low=low, high=high,
                      bound=bound, unit=unit, kind=kind)  # type: ignore[arg-type]


# ---- public API --------------------------------------------------------------------------


def find_figures(text: str, decimal_point: bool = False) -> list[Figure]:
    """All figures in `text`, in order; offsets index `text`. Never raises.

    A figure is a number that counts, measures or prices something. Dates, years, times of
    day, ordinals, ages, durations, identifiers and numeral-less quantities ("hundreds") are
    left out. `decimal_point` says the whole document writes decimals with a point and groups
    thousands with commas (`writes_decimal_point`), so "9.014 points" is nine, not 9,014.
    """
    if not isinstance(text, str) or not text or not _may_hold(text):
        return []
    try:
        return _same_metres(_Scanner(text, decimal_point).scan())
    except Exception:  # pragma: no cover - a safety net: one bad sentence must not stop a run
        log.warning("figure scan failed on a %d-character text", len(text), exc_info=True)
        return []


_LONG_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{4,}(?!\d|[.,]\d)")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?!\d|,\d)")


def writes_decimal_point(text: str) -> bool:
    """Does a document write decimals after a point with more than three places ("26.5531"),
    and never a decimal comma ("3,5")? Then a lone ".ddd" in it ("a gain of 9.014 points") is a
    decimal too, not a thousands group. (Commas for thousands prove nothing: a writer used to
    "160.000" may also write "160,000".)"""
    return bool(_LONG_DECIMAL.search(text)) and not _COMMA_DECIMAL.search(text)


# "Destiny 2", "Star Trek 4", "Windows 10": a capitalised word and a small bare number.
_NAME_NUMBER = re.compile(r"\b([A-Z][A-Za-z'’]*)[ \u00a0]([0-9]{1,2})\b(?![.,:/-]?[0-9])")
_NOT_NAMES = frozenset("""the a an in on at by of for from to and or but as after before since about around over
    under nearly almost some just only all top page another more fewer less those these other every each least
    most than with were was are is some another additional further""".split()) \
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# "Erik ten Hag": a number word in lower case between a given name and a surname is a particle of
# the name, and so it is where the surname follows it anywhere else in the report ("Ten Hag said").
_NAME_PARTICLE = re.compile(r"\b([A-Z][a-z]+) (ten) ([A-Z][a-z]+)\b")  # Dutch "ten" ("ten Hag", "ten Cate")


def repeated_names(texts: list[str]) -> set[tuple[str, str]]:
    """(word, number) pairs written together at least twice in one report: a title or a model
    ('Destiny 2' runs through a review), not a count a report repeats word for word; and
    (number word, '+' surname) pairs of a name's particle ('ten', '+Hag')."""
    seen: dict[tuple[str, str], int] = {}
    particles: set[tuple[str, str]] = set()
    for text in texts:
        for m in _NAME_NUMBER.finditer(text):
            if m.group(1).lower() not in _NOT_NAMES and not re.fullmatch(_MONTHS, m.group(1)):
                seen[m.groups()] = seen.get(m.groups(), 0) + 1
        particles.update((m.group(2), "+" + m.group(3)) for m in _NAME_PARTICLE.finditer(text)
                         if first_name_sex(m.group(0)) is not None)  # a given name before it: "Erik ten Hag"
    return {pair for pair, n in seen.items() if n >= 2} | particles


def drop_names(text: str, figures: list[Figure], names: set[tuple[str, str]]) -> list[Figure]:
    """The figures of `text` less the bare numbers of repeated names ('Destiny 2 runs at 1080p')."""
    if not names:
        return figures
    out = []
    for f in figures:
        m = re.search(r"([A-Z][A-Za-z'’]*)[ \u00a0]$", text[:f.start])
        after = re.match(r"[ \u00a0]([A-Z][a-z]+)", text[f.end:])
        if not (m and f.quote.isdigit() and (m.group(1), f.quote) in names) \
                and not (after and (f.quote.lower(), "+" + after.group(1)) in names):
            out.append(f)
    return out


# Every figure starts with a digit or one of these words; most sentences hold neither, and
# this check (a set lookup, ~1 µs a sentence) spares them the tokenizer: the scanner runs on
# every sentence of a report.
_START_WORDS = frozenset({*_UNITS, *_TENS, *_SCALES, *_FRACTIONS, *_MULTIPLIER_WORDS, "hundred", "dozen",
                          "twice", "thrice"})
_DIGIT = re.compile(r"[0-9]")
_LETTERS = re.compile(r"[a-z]+")


def _may_hold(text: str) -> bool:
    if _DIGIT.search(text):
        return True
    low = text.lower()
    return "fold" in low or not _START_WORDS.isdisjoint(_LETTERS.findall(low))


_BARE_M = re.compile(r"[0-9]+(?:\.[0-9]+)?\s?m")


def _same_metres(figures: list[Figure]) -> list[Figure]:
    """'reached 6.2m (20ft), above the 5.8m record': once one bare 'm' is metres, the others are too."""
    if not any(f.unit == "meter" and _BARE_M.fullmatch(f.quote.split()[-1]) for f in figures):
        return figures
    for f in figures:
        if f.unit is None and f.kind == "count" and _BARE_M.fullmatch(f.quote.split()[-1]) and f.low >= 1e5:
            f.low /= 1e6
            f.high = f.high / 1e6 if f.high is not None else None
            f.unit, f.kind = "meter", "measure"
    return figures


def parse_number_words(s: str) -> float | None:
    """The value of a number written in words ("twenty-five", "a dozen", "half a million").

    Returns None when `s` is not entirely a number written in words. (A bare "one" gives 1
    here, although `find_figures` skips it: in running text it is mostly a determiner.)
    """
    if not isinstance(s, str) or not s.strip():
        return None
    try:
        sc = _Scanner(s.strip())
        if sc.n == 0:
            return None
        atom = sc.read_fraction(0)
        if atom is not None and atom.fraction:
            return None
        if atom is None or atom.skip:
            atom = sc.read_words(0)
        if atom is None or atom.skip or atom.i1 != sc.n:
            if sc.n == 1 and sc.low(0) == "one":
                return 1.0
            return None
        return atom.value
    except Exception:  # pragma: no cover
        return None
