"""Countries by name, other names, demonym and capital: a closed word class that news uses for
places. Attribution reads it to tell a place that tallies ("Spain has recorded 157,000 cases")
from a body that reports; actor linking reads it to join "Ukraine's defence ministry" to Ukraine."""

from __future__ import annotations

# name|other names|demonyms|capitals
_GAZETTEER = """
south korea|republic of korea,rok|south korean|seoul
north korea|dprk,democratic people's republic of korea|north korean|pyongyang
ukraine||ukrainian|kyiv,kiev
russia|russian federation|russian|moscow,kremlin
united states|us,u.s.,usa,america,united states of america|american,us|washington,white house
united kingdom|uk,u.k.,britain,great britain|british|london
china|people's republic of china,prc|chinese|beijing
japan||japanese|tokyo
taiwan||taiwanese|taipei
france||french|paris
germany||german|berlin
italy||italian|rome
spain||spanish|madrid
poland||polish|warsaw
belarus||belarusian|minsk
turkey|turkiye,türkiye|turkish|ankara
iran||iranian|tehran
iraq||iraqi|baghdad
israel||israeli|jerusalem
syria||syrian|damascus
lebanon||lebanese|beirut
egypt||egyptian|cairo
india||indian|new delhi,delhi
pakistan||pakistani|islamabad
afghanistan||afghan|kabul
bangladesh||bangladeshi|dhaka
nepal||nepalese,nepali|kathmandu
indonesia||indonesian|jakarta
philippines||philippine,filipino|manila
vietnam||vietnamese|hanoi
thailand||thai|bangkok
myanmar|burma|myanmar,burmese|naypyidaw
australia||australian|canberra
canada||canadian|ottawa
mexico||mexican|mexico city
brazil||brazilian|brasilia
argentina||argentine,argentinian|buenos aires
colombia||colombian|bogota
venezuela||venezuelan|caracas
chile||chilean|santiago
peru||peruvian|lima
nigeria||nigerian|abuja
kenya||kenyan|nairobi
tanzania||tanzanian|dodoma
uganda||ugandan|kampala
ethiopia||ethiopian|addis ababa
sudan||sudanese|khartoum
south africa||south african|pretoria
saudi arabia||saudi|riyadh
yemen||yemeni|sanaa
qatar||qatari|doha
united arab emirates|uae|emirati|abu dhabi
greece||greek|athens
hungary||hungarian|budapest
romania||romanian|bucharest
moldova||moldovan|chisinau
georgia||georgian|tbilisi
armenia||armenian|yerevan
azerbaijan||azerbaijani|baku
kazakhstan||kazakh|astana
european union|eu|european|brussels
palestine|palestinian territories,gaza|palestinian|ramallah
haiti||haitian|port-au-prince
morocco||moroccan|rabat
denmark||danish,dane|copenhagen
sweden||swedish,swede|stockholm
norway||norwegian|oslo
finland||finnish,finn|helsinki
iceland||icelandic|reykjavik
netherlands|holland|dutch|amsterdam,the hague
belgium||belgian|
switzerland||swiss|bern
austria||austrian|vienna
portugal||portuguese|lisbon
ireland|republic of ireland|irish|dublin
czech republic|czechia|czech|prague
slovakia||slovak|bratislava
slovenia||slovenian|ljubljana
croatia||croatian|zagreb
serbia||serbian|belgrade
bulgaria||bulgarian|
lithuania||lithuanian|vilnius
latvia||latvian|riga
estonia||estonian|tallinn
ghana||ghanaian|accra
algeria||algerian|algiers
libya||libyan|tripoli
tunisia||tunisian|tunis
kuwait||kuwaiti|
oman||omani|muscat
malaysia||malaysian|kuala lumpur
singapore||singaporean|
sri lanka||sri lankan|
new zealand||new zealander|
cuba||cuban|havana
jamaica||jamaican|
bahamas|the bahamas|bahamian|
trinidad and tobago|trinidad|trinidadian|port of spain
guyana||guyanese|
costa rica||costa rican|
panama||panamanian|
ecuador||ecuadorian|quito
bolivia||bolivian|la paz
uruguay||uruguayan|montevideo
paraguay||paraguayan|asuncion
"""
COUNTRY_OF: dict[str, str] = {}  # any name, capital (lower case) -> country
DEMONYM_OF: dict[str, str] = {}
CAPITALS: set[str] = set()
for _line in _GAZETTEER.strip().splitlines():
    _name, _others, _dems, _caps = _line.split("|")
    for _n in [_name, *filter(None, _others.split(","))]:
        COUNTRY_OF[_n] = _name
    for _c in filter(None, _caps.split(",")):
        COUNTRY_OF[_c] = _name
        CAPITALS.add(_c)
    for _d in filter(None, _dems.split(",")):
        DEMONYM_OF[_d] = _name


def is_country(name: str) -> bool:
    """'United States', 'the Philippines', 'Armenia': a country's name, never a person's."""
    low = name.lower()
    return (low[4:] if low.startswith("the ") else low) in COUNTRY_OF


# States and provinces a tally is kept for ("California recorded 10,200 new cases", "Ontario reported
# 900"): places, like countries, where the count happened, never a speaker by their bare name.
REGIONS = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
    washington wisconsin wyoming""".split()) | frozenset({
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
    "south carolina", "south dakota", "west virginia", "ontario", "quebec", "alberta", "manitoba", "saskatchewan",
    "nova scotia", "new brunswick", "british columbia", "newfoundland and labrador", "prince edward island",
    "queensland", "victoria", "tasmania", "new south wales", "western australia", "south australia",
    "punjab", "sindh", "balochistan", "khyber pakhtunkhwa", "kerala", "maharashtra", "karnataka", "tamil nadu",
    "uttar pradesh", "west bengal", "gujarat", "bihar", "rajasthan", "lagos", "bavaria", "lombardy", "catalonia"})
