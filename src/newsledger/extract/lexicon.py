"""Closed word classes that English news uses to attribute, hedge and count.

These are general news vocabulary (reporting verbs, wire names, hedges), not phrases of
any particular article: a parse tells us *where* a word stands, these lists tell us what
kind of word it is.
"""

from __future__ import annotations

# Verbs whose subject is the source of what their complement says.
REPORT_VERBS = frozenset(
    """say tell report claim estimate state announce confirm deny add note write believe assess
    warn reveal disclose insist predict project forecast indicate suggest count record register
    tally calculate put show find conclude allege acknowledge admit testify brief inform explain
    assert argue maintain stress emphasise emphasize underscore underline highlight declare publish quote cite comment observe
    mention relay contend dispute reject dismiss accuse expect present unveil propose tweet post
    caution measure list peg foresee complain rule determine reiterate clarify specify reckon anticipate detail
    revise attribute""".split()
)
# Reporting verbs that tally or measure ("the county has recorded 317 cases", "a gauge
# registered 412 mm"): their subject is where the count was taken, so a named speaker who
# reports the tally ("..., the ministry said") is its source.
TALLY_VERBS = frozenset("record register count tally measure log".split())
# Verbs of stance and intention: their subject owns the figure in their complement too ("Clinton
# wants to sign up 5 million people", "Obama called for a 28 percent rate", "PolitiFact rated 32%
# of claims false"), though they report nothing.
STANCE_VERBS = frozenset(
    """want plan pledge promise vow call urge demand seek intend aim hope agree recommend rate
    tout boast brag highlight repeat reference feature point argue predict envision envisage target
    budget ask support blame assure regret signal mock slam extol defend
    advocate guarantee plead lament decry tout champion threaten think""".split()
)
# Verbs that take a turn in speech ("he continued:", "she replied,"): reporting only beside a
# quotation or a colon, since most of their uses report nothing.
SPEECH_TURN_VERBS = frozenset("continue reply respond answer retort quip joke recall recount concede ask wonder begin conclude "
                              "remark observe stress emphasise emphasize explain lament assert declare exclaim".split())
# Nouns that carry a source ("the ministry's estimate", "figures from the UN").
REPORT_NOUNS = frozenset(
    """estimate estimation claim figure figures data assessment report statement tally count survey
    poll study analysis projection forecast toll information account census
    findings calculation statistics number numbers datum update bulletin filing tweet post announcement
    release""".split()
)
# Documents and instruments that state figures themselves: "the poll found", "according to the
# data", "in the latest survey". Unlike "figures" or "the toll", they can be the claimant.
DOCUMENT_HEADS = frozenset(
    """poll survey study report analysis data datum census filing records record document audit
    review paper research slide memo assessment projection forecast model index investigation
    inquiry post tweet editorial bulletin doc transcript indictment affidavit dossier""".split()
)
# Verbs by which a level moves ("the index lost 0.4%", "shares closed 2% higher"): their subject
# is what moved, and a document there ("the STOXX 600 index") is measured, not speaking.
MOVE_VERBS = frozenset(
    """rise fall gain lose add drop climb slip slide jump sink surge soar tumble plunge dip edge ease
    rally advance decline increase decrease close end finish open trade hover shed retreat rebound""".split()
)
# Campaign and open media that carry a message of their own: "a web video by the party references
# four cases", "the letter cited a hearing". They speak only as the subject of a citing verb.
MESSAGE_HEADS = frozenset("ad advert advertisement commercial spot video letter mailer flyer".split())
# Verbs of doubt and denial.
HEDGE_VERBS = frozenset(
    "estimate believe assess claim suggest expect forecast project predict appear seem allege fear suspect".split()
)
HEDGE_NOUNS = frozenset("estimate assessment claim projection forecast allegation suspicion".split())
HEDGE_MODALS = frozenset("may might could".split())
HEDGE_ADVERBS = frozenset(
    """reportedly possibly likely allegedly probably apparently perhaps purportedly supposedly
    presumably potentially""".split()
)
HEDGE_PHRASES = (
    "could not verify", "could not be verified", "could not independently verify",
    "could not be independently verified", "could not immediately verify", "not be independently",
    "unverified", "if confirmed", "offered no proof", "offered no evidence", "without providing evidence",
    "cannot be verified", "can not be verified", "was not able to verify", "unable to verify",
    "could not confirm", "not independently confirmed", "has not been verified",
)
DENY_VERBS = frozenset("deny dismiss reject refute dispute contradict rebut disown".split())

# Names that are news organisations: their subjects relay, they rarely originate a figure.
MEDIA_NAMES = (
    "reuters", "associated press", "ap", "afp", "agence france-presse", "agence france presse", "yonhap",
    "xinhua", "tass", "ria novosti", "interfax", "kyodo", "bloomberg", "bbc", "cnn", "al jazeera",
    "ukrinform", "anadolu", "dpa", "ansa", "efe", "pti", "press trust of india", "nhk", "kcna",
    "nk news", "new york times", "washington post", "wall street journal", "financial times",
    "the guardian", "the times", "politico", "axios", "the economist", "nbc", "cbs", "abc news",
    "fox news", "sky news", "deutsche welle", "dw", "france 24", "radio free", "voice of america",
    "kyiv independent", "meduza", "the war zone", "euromaidan press", "korea joongang daily",
    "joongang", "chosun", "korea herald", "korea times", "nikkei", "south china morning post",
    "times of india", "hindustan times", "the hindu", "dawn", "le monde", "der spiegel", "el pais",
)
MEDIA_HEADS = frozenset(
    """media outlet outlets newspaper newspapers agency daily times post journal news press herald
    tribune gazette broadcaster television tv radio magazine wire channel network tabloid
    website""".split()
)
# Heads that make "X agency" a government body rather than a newsroom.
NON_MEDIA_AGENCY_CUES = frozenset(
    """spy intelligence security space energy health environmental environment protection
    refugee atomic nuclear drug food medicines customs border tax revenue disaster emergency
    management""".split()
)
# An unnamed source with no affiliation does not become the claimant.
ANON_HEADS = frozenset(
    """source sources person people official officials insider insiders witness witnesses eyewitness
    eyewitnesses survivor survivors resident residents expert experts analyst analysts observer
    observers bystander bystanders passenger passengers villager villagers neighbour neighbours
    neighbor neighbors relative relatives onlooker onlookers local locals reporter reporters
    correspondent correspondents monitor monitors economist economists trader traders investor
    investors""".split()
)
ANON_MODIFIERS = frozenset(
    """anonymous unnamed unidentified own its their his her our some several two three four many
    informed knowledgeable familiar other a an the one senior independent outside another local
    first second third fourth fifth additional separate further""".split()
)
PRONOUNS_PERSON = frozenset("he she him her his".split())
PRONOUNS_GROUP = frozenset("it they them its their".split())
RELATIVE_PRONOUNS = frozenset("which who that whom".split())
# Nouns that stand for a previously named source ("the agency said", "the spokesman added").
DESCRIPTOR_HEADS = frozenset(
    """agency ministry service department spokesman spokeswoman spokesperson official president
    minister chief head governor mayor general commander military army police government office
    council committee group organisation organization company firm institute center centre
    think tank tank report newspaper outlet bank authority authorities body commission board
    watchdog monitor observatory court prosecutor prosecutors union party campaign organisers
    organizers coalition airline carrier operator insurer association federation survey forum
    mission agency guard rescuers hospital regulator utility district maker carmaker automaker retailer
    lender manufacturer producer developer provider chain giant startup charity network insurer
    airline operator exchange distributor supplier inspectorate directorate secretariat alliance bloc
    foundation publisher broadcaster platform""".split()
)
CONTINUATION_CUES = ("also", "additionally", "added", "further", "furthermore", "moreover", "went on")

# Counted nouns that only name a quantity; the thing counted is in their "of" phrase.
QUANTITY_HEADS = frozenset(
    """number total toll tally count figure sum amount share proportion percentage rate majority
    minority fraction portion part half third quarter bulk estimate group batch contingent
    dozen""".split()
)
# "killed or wounded" and its kin count casualties.
CASUALTY_PAIRS = frozenset({("kill", "wound"), ("kill", "injure"), ("wound", "kill"), ("injure", "kill"), ("die", "injure")})
