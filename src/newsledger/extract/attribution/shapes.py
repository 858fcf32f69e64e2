"""How sources are written: compiled patterns and word lists of names, roles, titles, bodies and documents.

The patterns that scan a sentence's text for people, officials, organisations and documents, and
the word lists more than one layer of attribution reads. They are kept apart from the code that uses
them so that a thousand lines of lexicon do not bury the logic, and so that every layer can share
them without importing another layer's code.
"""

from __future__ import annotations

import re

from newsledger.extract import lexicon as lx
from newsledger.extract.timex import MONTHS, WEEKDAYS

SKIP_CHILD_DEPS = frozenset({"relcl", "acl", "punct", "advcl", "ccomp", "parataxis"})
LEADING_DROP = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "even", "also", "only"})
MAX_NP_TOKENS = 16

# Who may be cited by what they are rather than by name, and be "the official" or "those experts" later
SINGLE_OFFICIALS = frozenset("official spokesman spokeswoman spokesperson source".split())
GROUP_OFFICIALS = frozenset("officials experts analysts economists sources".split())

# "McAuliffe", "O'Rourke", "Ki-moon" (a short syllable, hyphen, lower case: not "Sacramento-based")
# letters of names written in Latin script beyond ASCII ("Peña", "Erdoğan", "Müller"): a name regex
# that stops at the first accented letter cuts the speaker to "Enrique Pe"
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_CAP = (rf"(?:(?:Mc|Mac|O'|De|Di|Van|Le|La)?(?:[{_UP}][{_LOW}]{{1,3}}-[{_LOW}]+|[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
        rf"|(?:al|el|ad|ash|as|ud|ul)-[{_UP}][{_LOW}]+)")  # ("Mohammed Yusef al-Tulib", "Abdul al-Sayed")
PERSON_SHAPE = re.compile(
    rf"(?:\b(?:(?:Minister|Secretary)\s+(?:for|of)\s+{_CAP}|President|Prime Minister|Minister|Mayor|Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|Judge|"
    rf"Justice|Speaker|Chancellor|Ambassador|Commissioner|Sheriff|Coach|Rev\.|Prof\.?|Professor|Col\.|Lt\.|"
    rf"Capt\.|Sgt\.|Maj\.|Adm\.|Dr|Mr|Mrs|Ms|General|Gen\.|Chief|(?:Assembly|Congress|Council|Alder)(?:wo)?man|"
    rf"spokes(?:man|woman|person)|director|executive|leader|chair(?:man|woman)?|secretary|councillor|"
    rf"officer|commander|judge|professor|analyst|economist|minister|[Ii]nspector|[Ss]uperintendent|Supt\.|Insp\.|"
    rf"Det\.|[Dd]etective|[Cc]onstable|[Ss]ergeant|[Ll]ieutenant|Cllr|Councillor|Colonel|Brigadier)\.?(?:-elect|-designate)?\s+)"
    # ("Industries Minister R V Deshpande": initials before a surname)
    rf"(?P<name>(?:[{_UP}]\.?\s+){{1,2}}{_CAP}(?:\s+{_CAP})?|{_CAP}(?:\s+{_CAP}){{1,2}})"
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
# Words of a minister's portfolio, which run on into the name after a long title ("Minister of State
# for Interior Talal Chaudhry")
_PORTFOLIOS = ("Interior|Investment|State|Finance|Health|Defen[cs]e|Information|Education|Commerce|Trade|Industries|"
               "Industry|Affairs|Planning|Development|Law|Justice|Energy|Water|Power|Railways|Communications|"
               "Housing|Agriculture|Labour|Labor|Culture|Tourism|Transport|Environment|Welfare|Revenue|Economy")
_TITLE_LEAD = ("Secretary|Director|General|Economist|Analyst|Professor|Commissioner|Attorney|Executive|CEO|"
               "Spokes(?:man|woman|person)|Chair(?:man|woman)?|President|Governor|Mayor|Minister|Senator|"
               "Representative|Superintendent|Sheriff|Chancellor|Ambassador|Judge|Justice|Leader|Coach|Manager|"
               "Officer|Commander|Administrator|Inspector|Founder|Strategist|Researcher|Scientist|Premier|"
               "Tanaiste|Taoiseach")
# "And yet Mrs. Clinton's plan …", "But Carson said …": a connective before the sentence's subject
_OPENER = (r"(?:[A-Z]{3,}(?:[\s-][A-Z]{3,})?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z]+\))?\s*[:—–]\s*)?"  # "ISLAMABAD:", "LAGOS, Sep 01 (APP):"
           r"(?:(?:And\s+yet|But|And|Yet|Still|So|Now|Instead|Meanwhile|Then|Later)\s*,?\s+)?"
           # "At US Airways, Todd Lehmacher called …": a short phrase set before the subject
           r"(?:(?:At|In|On|After|Before|During|Like|Unlike|Asked\s+about)\s+[^,.;:\"“”]{1,40},\s+)?"
           # "Last night Tanaiste Leo Varadkar made …", "On Monday, Mayor …": a time before the subject
           r"(?:(?:(?:Last|Late|Early)\s+(?:night|week|month|year|evening|morning)|Yesterday|Today|Earlier|"
           r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,?\s+)?")
_STAFF_WORDS = "officials|executives|employees|workers|staff|officers|representatives|spokes(?:man|woman|person)|engineers|lawyers"
LEAD_PERSON = re.compile(
    rf"[\"“‘']?{_OPENER}(?:"
    # "Federal Minister for Investment and Chairman Board of Investment Qaiser Ahmed Sheikh on Monday
    # announced": a long title, then the name right before the verb
    rf"(?:[A-Z][\w.&'’-]*\s+){{0,3}}?(?:{_TITLE_LEAD})\s+(?:[A-Z][\w.&'’-]*\s+){{0,3}}?(?:for|of|and)\s+"
    rf"(?:(?:for|of|and|the|[A-Z][\w.&'’-]*)\s+){{1,8}}?(?!(?:{_PORTFOLIOS})\s)(?P<name7>{_CAP}(?:\s+{_CAP}){{1,2}})(?=\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?!(?:of|for|and|the|in|at|to)\b)[a-z])"
    rf"|(?P<courtesy>(?:Mr|Mrs|Ms|Miss)\.?\s+{_CAP}(?:\s+{_CAP})?)"
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
    rf"(?=\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?[a-z]|,|['’]s\s+[a-z])"  # ("… Chaudhary Sunday announced")
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
DOCUMENT_AGE = re.compile(r"^(?:(?:(?:most|very)\s+)?(?:latest|newest|new|recent|last|previous|earlier|same|"
                          r"separate|another|other|first|second|third)\s+)?(?:(?:annual|yearly|monthly|quarterly|weekly)\s+)?"
                          r"(?=\S)", re.I)  # (and how often it comes out: "the latest annual Landmine Monitor Report")
ASKED = re.compile(rf"\basked\s+(?P<name>{_CAP}(?:\s+{_CAP})?)\s+(?:how|what|why|whether|if|when|where|who|about|to)\b")

# a quotation closed and tagged with a pronoun: '“…,” he said', '“…?” she asked'
QUOTE_THEN_TAG = re.compile(r"[,?!.]\s*[”\"]\s*(?:he|she)\s+[a-z]+")

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

EVENT_NOUNS = frozenset("""flood floods flooding storm storms hurricane typhoon cyclone quake earthquake tremor
    tsunami fire fires wildfire blaze explosion blast crash collapse attack attacks war fighting shelling bombing
    violence shooting shootings outbreak epidemic pandemic drought heatwave famine disaster catastrophe tragedy
    accident spill eruption landslide thing things snow ice rain water wind fog smoke dust mud sand tide
    melt thaw photo photos image images picture pictures footage video videos""".split())

# A factbox's heading: a business's name in capitals, on a line of its own, with its ticker or not
# ("ERIE INSURANCE (ERIE.O)", "GEICO"); each entry's "the company" is the one its heading names.
SECTION_HEADING = re.compile(r"^(?P<name>[A-Z][A-Z0-9&.'’\- ]{1,50}?[A-Z0-9])(?:\s*\([A-Z0-9.]+\))?$")

SECTION_BREAK = re.compile(r"^[A-Z][A-Z0-9&'’\- ]{2,50}:?$")  # "BACKGROUND", "WHAT HAPPENS NEXT": a heading naming no one
NOT_SECTION_WORDS = frozenset("""background context analysis timeline key facts what why how who when where next update
    updates related more read see also editor note notes reporting editing file photo photos video graphic factbox
    explainer q&a the a of and in on for full text transcript statement watch live breaking exclusive opinion
    comment updated correction""".upper().split())
_KEEP_CAPS = frozenset("US U.S. UK U.K. EU AG SA NV PLC LLC AB ASA".split())


TICKER = re.compile(r"\([A-Z0-9]{1,6}\.[A-Z]{1,3}\)\s*$")  # "(ALL.N)", "(ERIE.O)"
BUSINESS_WORDS = frozenset("""INSURANCE ASSURANCE CORP CORPORATION INC CO LTD PLC LLC GROUP HOLDINGS BANK BANCORP MOTORS
    AIRLINES AIRWAYS ENERGY FINANCIAL MUTUAL PARTNERS CAPITAL SYSTEMS TECHNOLOGIES PHARMACEUTICALS""".split())

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

# Titles written in front of a name, and the role noun a later sentence uses for that person.
ABBREVIATED_TITLES = frozenset("Sen Gov Rep Gen Prof".split())  # written with a full stop: "Sen. Ana Ruiz"
# Descriptors that stand for a body, neither a person's role nor a document ("the association").
BODY_WORDS = lx.DESCRIPTOR_HEADS - PERSON_ROLES - lx.DOCUMENT_HEADS
TITLES = {"Vice President": "vice president", "Sen": "senator", "Senator": "senator", "Gov": "governor", "Governor": "governor", "Rep": "representative",
          "Representative": "representative", "President": "president", "Mayor": "mayor", "Judge": "judge",
          "Secretary": "secretary", "Minister": "minister", "Gen": "general", "General": "general",
          "Ambassador": "ambassador", "Sheriff": "sheriff", "Prof": "professor", "Professor": "professor"}
TITLE_NAME = re.compile(
    r"(?<!Vice )(?<!Deputy )(?<!Lt\. )(?<!Inspector )(?<!Attorney )(?<!Surgeon )(?<!Solicitor )(?<!Auditor )\b(?P<title>"
    + "|".join(re.escape(t) + (r"\." if t in ABBREVIATED_TITLES else "") for t in sorted(TITLES, key=len, reverse=True))
    + rf")\s+(?P<name>(?:[{_UP}]\.?\s+){{1,2}}(?:Mc|Mac|O'|De|Di|Van|Le|La)?[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)?"  # "Minister R V Deshpande"
    rf"|(?:Mc|Mac|O'|De|Di|Van|Le|La)?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
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

PERSON_TITLE_START = re.compile(
    r"(?:President|Prime Minister|Minister|Governor|Mayor|Senator|Sen\.|Rep\.|Gov\.|Judge|Dr\.?|Professor|"
    r"General|Gen\.|Chancellor|Secretary|Finance [Mm]inister|[A-Z][a-z]+ [Mm]inister)\s")

# Documents an organisation issues about itself: 'X will do Y, the filing said' is X's.
SELF_ISSUED = frozenset("filing statement release".split())

# "Reid, D-Nev., said", "Rep. Ana Ruiz (R-Texas)": a US legislator's party and state, never a name
PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?$")

# Dependencies by which words in front of a name belong to it ("lead researcher Tomas Vik").
NAME_FRONT_DEPS = frozenset({"compound", "amod", "det", "nmod", "poss", "case"})

# Words of party and standing in front of a role ("the Democratic front-runner").
CAMP_WORDS = frozenset("democratic republican gop presumptive likely former current independent conservative liberal "
                       "labour labor tory presidential".split())

# Bodies whose name is written as a possessive: "Moody's said", "Sotheby's estimates" (not "Moody").
# (Only names that are rarely a person's: "Christie's" is as often Chris Christie's.)
POSSESSIVE_NAMES = frozenset("Moody Sotheby Sainsbury Macy Kellogg Domino Dillard Applebee Hardee".split())

# Words a dated phrase ends in: the calendar's names (from the time reader) and spans of time.
TIME_HEADS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "week month year day morning evening night weekend today yesterday tonight afternoon".split())

# Nouns of change, whose "in X" is the measure that changed ("a 100-point reduction in the index")
CHANGE_NOUNS = frozenset("reduction increase rise fall drop decline change improvement gain growth jump cut "
                         "decrease reading".split())

TEXT_WORDS = frozenset("statement release roadmap plan letter interview speech filing memo blog".split())

OLD_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")

AFFILIATION_WORDS = frozenset(
    """military army government intelligence police security defence defense diplomatic official
    ministry presidential federal state navy guard coastguard governor mayor minister prosecutor
    court council commander"""
    .split()
)

# Plurals that name one body when bare ("Police said", "Authorities said").
COLLECTIVE_SOURCES = frozenset("police authority authorities prosecutor prosecutors organiser organizer".split())


# Kinds of people the issue names as no claimant when bare ("Scientists say …", "researchers
# believe"); "the researchers" points back at a team the text named, so it stays. ("Authorities
# said" is an official body speaking, as "Police said" is: a claimant.)
# ("Critics say", "Supporters said": a side of an argument, which no blind gold names as a claimant)
BARE_EXPERTS = frozenset("scientist scientists researcher researchers doctors physicians critics opponents supporters".split())
# "Many now believe …", "Some say …": a quantity of unnamed people
QUANTIFIER_SPEAKERS = frozenset("many some most others few several".split())


PLACED_PEOPLE = frozenset("resident villager witness eyewitness local neighbour neighbor bystander onlooker".split())


FIELD_NOUNS = frozenset("sector industry field area market business profession trade space".split())

# What a speaker delivers or gives ("delivered a message, saying …", "gave a speech detailing …").
DELIVERED_WORDS = frozenset("message speech address statement talk sermon briefing remarks update letter".split())

# Common nouns that stand for one institution when they qualify a claim ("union claims", "police figures").
INSTITUTION_WORDS = frozenset("union police ministry government army military company agency council district county".split())

REPORT_TEXTS = lx.DOCUMENT_HEADS | lx.REPORT_NOUNS

TALLY_NOUNS = frozenset("figure tally count estimate toll data datum statistic statistics number".split())

CLAIM_NOUNS = frozenset("claim allegation accusation charge assertion".split())

ISSUING_VERBS = frozenset("publish release issue compile post produce prepare circulate reveal disclose announce".split())

FILING_VERBS = frozenset("file submit provide share".split())  # "data the city provided": its own text


BACKING_VERBS = frozenset("support fund sponsor finance back underwrite commission".split())

NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens hundred
    hundreds thousand thousands million""".split())
CLOCK_TIME = re.compile(r"(?i)^\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|GMT|UTC)?$")
# A speaker's text that stops on a word which cannot end a name ("… Scale (HAMD) and", "the head of")
FRAGMENT_END = re.compile(r"(?i)\s(?:and|or|of|on|in|the|a|an|to|for|with|by|from)$|[,(]$")


# Verbs by which a text moves a running count: "the update brought the toll to 41".
COUNT_MOVERS = frozenset("raise bring lift push take increase put lower cut reduce revise set".split())

ASKED_OF_OTHERS = frozenset("comment comments response reply answer answers clarification information details".split())

PHONED = frozenset("number phone line hotline home office police 911 ambulance".split())
PHONE_KINDS = PHONED | {"cell", "telephone", "fax"}  # "the family's home number", "her cell number"

# "…, a figure touted by X" / "…, the number X cited": an aside that names whose the figure is.
ASIDE_NOUNS = frozenset("figure number sum estimate amount total tally projection".split())
ASIDE_VERBS = (lx.REPORT_VERBS | lx.STANCE_VERBS | frozenset("give use quote cite tout release publish".split())) \
    - lx.DENY_VERBS - frozenset("question doubt challenge".split())

CARRYING_VERBS = frozenset("publish appear print report describe detail present release post".split())
PRINTING_VERBS = frozenset("publish appear print report describe detail".split())  # what a journal does
# Words of journals' names ("Nature Climate Change", "Scientific Reports", "JAMA Pediatrics"): the
# extraction parse has no entity types, and "published in Boston" must not name a journal.
JOURNAL_WORDS = frozenset("journal journals review reports proceedings annals lancet nature science sciences cell "
                          "jama bmj plos medicine letters bulletin archives pediatrics neurology circulation affairs "
                          "physics chemistry biology psychiatry oncology epidemiology cardiology ecology".split())

# What a share of a poll's respondents does: answers ("55 percent named Britain", "a third agreed").
ANSWER_VERBS = frozenset("say tell name pick choose select agree disagree answer respond oppose favor favour prefer "
                         "back support rate".split())

QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})

# What a figure measures, never who measured it ("projected costs will rise …, according to their count")
MEASURED_NOUNS = frozenset("cost price spending revenue sale profit income premium fee wage tax debt deficit "
                           "value output growth inflation offtake momentum trend demand supply volume turnover "
                           "consumption production usage traffic activity economy performance export import "
                           "shipment remittance".split())
PAID_BILLS = frozenset("import export oil fuel energy electricity power food wage salary interest".split())  # "the import bill"

# A proposal states its author's figures: "X's plan would cost $1 trillion", "his plan calls for 28 percent".
PROPOSAL_NOUNS = frozenset("plan proposal agenda blueprint".split())

YEAR = re.compile(r"(?:19|20)\d\d")  # "the 2014 American Community Survey" is not a head count
FIRST_PERSON = frozenset("i me my we us our".split())

SPOKES_HEADS = frozenset("spokesperson spokesman spokeswoman representative".split())


SHARE_HEADS = frozenset("majority majorities minority plurality half third quarter fifth share average proportion".split())

SOURCE_KIND_WORDS = lx.DESCRIPTOR_HEADS | ORG_DESCRIPTORS | lx.DOCUMENT_HEADS | lx.REPORT_NOUNS | PERSON_ROLES

# Who carries out a study: "the researchers found" inside "In six studies, …" speaks for the studies.
RESEARCH_PEOPLE = frozenset("researcher scientist investigator author team".split())
