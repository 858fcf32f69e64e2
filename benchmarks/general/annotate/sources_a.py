"""Annotated sources, reports 001-005 (marks are explained in build_gold.py)."""
from build_gold import C

DOCS = [
    {
        "doc": "001_quake_toll.txt",
        "story": "valdoria-earthquake-2025-04",
        "outlet": None, "outlet_basis": None, "title": None, "author": None,
        "published": "2025-04-08", "dateline": None,
        "claimants": {
            "cpa": ("Civil Protection Agency (Valdoria)", ["Civil Protection Agency", "Anel Brask"], []),
            "usgs": ("U.S. Geological Survey", [], []),
            "ocha": ("UN Office for the Coordination of Humanitarian Affairs",
                     ["OCHA", "United Nations"], []),
            "state": ("state media", [], []),
        },
        "text": """date 2025-04-08 <<<The death toll from Sunday's earthquake in northern Valdoria rose to [[214]] on Tuesday, the country's Civil Protection Agency said, as the United Nations warned that the real number was probably far higher.

The quake struck at 4:12 a.m. [[about 35 kilometers]] south of the city of Serat, at a depth of [[10 kilometers]], according to the U.S. Geological Survey, which measured it at [[magnitude 6.8]]. [[More than 1,100]] people were injured, the agency added.

The UN Office for the Coordination of Humanitarian Affairs (OCHA) said in a situation report on Tuesday that [[between 300 and 450]] people may have died, citing local officials in mountain districts that rescuers had yet to reach. Its estimate could not be independently verified.

Civil protection chief Anel Brask dismissed the UN range. "We count the dead we have found, not the dead we imagine," he told state television.

[[About 12,000]] homes were damaged, according to the agency, and [[roughly 40 percent]] of the buildings in Serat's old town have been declared unsafe.

Hundreds of aftershocks have rattled the region since the main shock, the strongest of them a [[magnitude 5.1]] tremor on Monday afternoon, the agency said.

Rescue teams from [[three]] neighbouring countries joined the search on Monday, while one village in the Tarn valley was still cut off, state media reported.

The government has declared three days of national mourning.>>>
""",
        "claims": [
            C(214, None, "exact", "person", "kill", "people killed by the Valdoria earthquake", "cpa", "2025-04-08"),
            C(35, None, "approx", "kilometer", "locate", "distance of the epicenter south of Serat", "usgs"),
            C(10, None, "exact", "kilometer", "depth", "depth of the earthquake", "usgs"),
            C(6.8, None, "exact", "magnitude", "measure", "magnitude of the Valdoria earthquake", "usgs"),
            C(1100, None, "at_least", "person", "injure", "people injured by the earthquake", "cpa"),
            C(300, 450, "range", "person", "die", "people who may have died in the earthquake", "ocha", "2025-04-08", hedged=True),
            C(12000, None, "approx", "home", "damage", "homes damaged by the earthquake", "cpa"),
            C(40, None, "approx", "percent", "declare", "share of buildings in Serat's old town declared unsafe", "cpa"),
            C(5.1, None, "exact", "magnitude", "measure", "strongest aftershock", "cpa", "2025-04-07"),
            C(3, None, "exact", "country", "join", "neighbouring countries whose rescue teams joined the search", "state", "2025-04-07"),
        ],
    },
    {
        "doc": "002_flood_displaced.txt",
        "story": "kestran-monsoon-floods-2025",
        "outlet": "Kestran Times", "outlet_basis": "text",
        "title": "Marun floods: death toll climbs past 280 as waters spread",
        "author": "Farah Qadir", "published": "2025-08-21", "dateline": None,
        "claimants": {
            "ndma": ("National Disaster Management Authority (Kestran)", ["National Disaster Management Authority", "NDMA"], []),
            "met": ("Kestran Meteorological Department", ["meteorological department"], []),
            "unicef": ("UNICEF", ["UN children's agency"], ["Reuters"]),
            "fin": ("Ministry of Finance (Kestran)", ["finance ministry"], []),
        },
        "text": """Kestran Times
Home | National | World | Business | Sport | Weather

Marun floods: death toll climbs [[past 280]] as waters spread

By Farah Qadir | August 21, 2025
{{3 min read|page furniture: reading-time label}}

Residents wade through floodwater in Halvi on August 19, 2025. (Photo: Kestran Times)

<<<Floodwaters that have swamped Kestran's southern Marun province since mid-July have killed [[at least 286]] people, the National Disaster Management Authority (NDMA) said on Thursday, and forced [[an estimated 1.4 million]] from their homes.

The authority said [[12,000 square kilometers]] of farmland were under water and that [[more than 410,000]] head of livestock had drowned or been swept away.

The meteorological department said [[310 millimeters]] of rain fell on Halvi, the provincial capital, on Monday alone, [[nearly three times]] the city's usual total for the whole of August.

Aid agencies say the official figures understate the damage. The UN children's agency UNICEF told Reuters that [[about 3.4 million]] children live in flood-hit districts and that [[one in four]] schools there had been damaged or turned into shelters.

The finance ministry said it had released [[$120 million]] in emergency funds and would ask donors for a further [[$1.1 billion]].

Dozens of villages in the Indar river basin remained cut off on Thursday, officials said, and boats were the only way to reach them.>>>

Get the Kestran Times morning briefing
Join {{25,000 subscribers|page furniture: newsletter box}}. Enter your email

Farah Qadir covers climate and disasters for the Kestran Times. She has reported on {{four monsoon seasons|page furniture: author bio}}.

RELATED
Tesh reservoir reaches {{98%|teaser of another story}} of capacity
Locust swarms destroy {{3,000 hectares|teaser of another story}} of crops in the east
""",
        "claims": [
            C(280, None, "at_least", "death", "kill", "flood death toll in Marun (headline)", None),
            C(286, None, "at_least", "person", "kill", "people killed by floods in Marun province", "ndma", "2025-07-15/2025-08-21"),
            C(1400000, None, "approx", "person", "displace", "people forced from their homes by the floods", "ndma", "2025-07-15/2025-08-21", hedged=True),
            C(12000, None, "exact", "square kilometer", "flood", "farmland under water", "ndma"),
            C(410000, None, "at_least", "livestock", "kill", "head of livestock lost in the floods", "ndma"),
            C(310, None, "exact", "millimeter", "rain", "rainfall on Halvi", "met", "2025-08-18"),
            C(3, None, "at_most", "times", "rain", "Monday's rain relative to Halvi's August total", "met", "2025-08-18"),
            C(3400000, None, "approx", "child", "live", "children living in flood-hit districts", "unicef"),
            C(25, None, "exact", "percent", "damage", "share of schools in flood-hit districts damaged or used as shelters", "unicef"),
            C(120000000, None, "exact", "dollar", "release", "emergency funds released by the government", "fin"),
            C(1100000000, None, "exact", "dollar", "request", "aid the government will ask donors for", "fin"),
        ],
    },
    {
        "doc": "003_wildfire_hectares.txt",
        "story": "morvania-calder-wildfires-2025",
        "outlet": "Morvania Today", "outlet_basis": "text",
        "title": "Calder hills fires: thousands of firefighters battle blazes as heat persists",
        "author": "Ines Moreau", "published": "2025-07-30", "dateline": None,
        "claimants": {
            "fire": ("Calder regional fire service", ["regional fire service", "Pavel Orsic"], []),
            "effis": ("European Forest Fire Information System", [], []),
            "met": ("national weather service (Morvania)", ["national weather service"], []),
            "police": ("police (Morvania)", [], []),
            "ins": ("Morvanian Insurance Association", [], []),
        },
        "text": """Morvania Today
Subscribe for {{€1 a week|page furniture: subscription offer}}   Log in
News  Politics  Climate  Culture  Sport

Calder hills fires: thousands of firefighters battle blazes as heat persists

by Ines Moreau  July 30, 2025 6:40 PM

A water-bombing plane over the Calder hills on July 28, 2025. (AP Photo)

<<<Firefighters in Morvania's Calder hills were battling [[four]] major blazes on Wednesday after a week in which wildfires burned [[about 18,500 hectares]] of forest and farmland, the regional fire service said.

[[More than 2,300]] firefighters, backed by [[27]] aircraft, have been deployed, fire service spokesman Pavel Orsic told the Associated Press. He added that [[nine]] villages had been evacuated and that one firefighter was being treated for burns.

The European Forest Fire Information System, which maps fires from satellite images, put the burned area higher, at [[roughly 21,000 hectares]] since July 20.

Temperatures reached [[44.2 degrees Celsius]] in the town of Varna on Tuesday, the national weather service said, with winds gusting [[up to 70 kilometers per hour]].

Police said they had arrested [[two]] men suspected of starting fires deliberately.

Insurers estimate that losses could [[exceed €450 million]], the Morvanian Insurance Association said. Residents of the evacuated villages were told they could not return before the weekend, and the regional government asked neighbouring regions for extra water-bombing planes.>>>

Also read: Heatwave deaths in the south reach {{17|teaser of another story}}
""",
        "claims": [
            C(4, None, "exact", "blaze", "battle", "major blazes burning in the Calder hills", "fire", "2025-07-30"),
            C(18500, None, "approx", "hectare", "burn", "area burned by wildfires in the past week", "fire", "2025-07-23/2025-07-30"),
            C(2300, None, "at_least", "firefighter", "deploy", "firefighters deployed", "fire", via=["Associated Press"]),
            C(27, None, "exact", "aircraft", "deploy", "aircraft backing the firefighters", "fire", via=["Associated Press"]),
            C(9, None, "exact", "village", "evacuate", "villages evacuated", "fire", via=["Associated Press"]),
            C(21000, None, "approx", "hectare", "burn", "area burned (satellite mapping)", "effis", "2025-07-20/2025-07-30"),
            C(44.2, None, "exact", "degree celsius", "reach", "temperature in Varna", "met", "2025-07-29"),
            C(70, None, "at_most", "kilometer per hour", "gust", "wind gusts", "met", "2025-07-29"),
            C(2, None, "exact", "man", "arrest", "men arrested on suspicion of arson", "police"),
            C(450000000, None, "at_least", "euro", "loss", "insured losses from the fires", "ins", hedged=True),
        ],
    },
    {
        "doc": "004_hurricane_outages.txt",
        "story": "hurricane-lorna-belmora-2025",
        "outlet": None, "outlet_basis": None,
        "title": "Hurricane Lorna leaves 19 dead, most of Belmora without power",
        "author": None, "published": "2025-09-03", "dateline": "PORT ANSELM, Belmora",
        "claimants": {
            "cd": ("Civil Defence Office (Belmora)", ["civil defence office"], []),
            "rhc": ("Regional Hurricane Centre", ["hurricane centre"], []),
            "bpl": ("Belmora Power and Light", [], []),
            "health": ("Ministry of Health (Belmora)", ["health ministry"], []),
            "kestrel": ("Kestrel Risk Analytics", [], []),
            "fin": ("Odile Marchand", ["Finance Minister Odile Marchand"], []),
        },
        "text": """date 2025-09-03
Hurricane Lorna leaves [[19]] dead, most of Belmora without power

<<<PORT ANSELM, Belmora — Hurricane Lorna killed [[at least 19]] people as it tore across Belmora on Monday and Tuesday, the civil defence office said on Wednesday.

The storm made landfall near Port Anselm with sustained winds of [[215 kilometers per hour]], the Regional Hurricane Centre said.

Belmora Power and Light said [[nearly 1.2 million]] customers had no electricity on Wednesday morning, [[about 85%]] of its network.

[[Twelve]] of the island's [[14]] hospitals were running on generators, the health ministry said.

Kestrel Risk Analytics estimated insured losses at [[between $4.8 billion and $7 billion]].

The government's own preliminary assessment puts total damage at [[around $3 billion]], Finance Minister Odile Marchand told reporters, a figure she said might rise.

Rainfall totals [[exceeded 400 millimeters]] in parts of the north. Lorna weakened to a tropical storm late on Tuesday and is expected to pass [[about 150 miles]] east of Dorvan Island on Thursday, the hurricane centre said.>>>

Share   Post   Email
Most read: Fuel prices jump {{12%|most-read teaser of another story}} as ports close
""",
        "claims": [
            C(19, None, "exact", "person", "kill", "people killed by Hurricane Lorna (headline)", None),
            C(19, None, "at_least", "person", "kill", "people killed by Hurricane Lorna", "cd", "2025-09-01/2025-09-02"),
            C(215, None, "exact", "kilometer per hour", "sustain", "Lorna's sustained winds at landfall", "rhc"),
            C(1200000, None, "at_most", "customer", "outage", "customers without electricity", "bpl", "2025-09-03"),
            C(85, None, "approx", "percent", "outage", "share of the power network without electricity", "bpl", "2025-09-03"),
            C(12, None, "exact", "hospital", "operate", "hospitals running on generators", "health"),
            C(14, None, "exact", "hospital", None, "hospitals on the island", "health"),
            C(4800000000, 7000000000, "range", "dollar", "loss", "insured losses from Hurricane Lorna", "kestrel", hedged=True),
            C(3000000000, None, "approx", "dollar", "damage", "total damage from Hurricane Lorna", "fin", hedged=True),
            C(400, None, "at_least", "millimeter", "rain", "rainfall totals in the north", None),
            C(150, None, "approx", "mile", "pass", "Lorna's expected distance east of Dorvan Island", "rhc", "2025-09-04", hedged=True),
        ],
    },
    {
        "doc": "005_election_results.txt",
        "story": "ostrela-election-2025",
        "outlet": "Ostrela Herald", "outlet_basis": "text",
        "title": "Civic Union wins Ostrela election as opposition cries fraud",
        "author": "Mateo Ruiz", "published": "2025-05-19", "dateline": None,
        "claimants": {
            "cec": ("Central Election Commission (Ostrela)", ["Central Election Commission", "CEC"], []),
            "varga": ("Ilse Varga", ["Freedom Alliance"], ["AFP"]),
            "obs": ("Nordic-Baltic Democracy Forum", [], []),
            "oppmedia": ("opposition media", [], []),
        },
        "text": """Ostrela Herald
Politics | Economy | World | Opinion | Newsletters

Civic Union wins Ostrela election as opposition cries fraud

by Mateo Ruiz  May 19, 2025
{{4 min read|page furniture: reading-time label}}

<<<Ostrela's governing Civic Union won [[41.3%]] of the vote in Sunday's parliamentary election, the Central Election Commission (CEC) said on Monday, with [[99.2 percent]] of ballots counted.

The result gives the party [[178]] of the [[350]] seats in parliament, a narrow majority, according to the commission's projection. Turnout was [[64 percent]], up from [[58 percent]] at the last election in 2021, the commission added.

The opposition Freedom Alliance, which took [[29 percent]], refused to concede. Its leader, Ilse Varga, told AFP that [[at least 200,000]] votes had been "stolen" and that her party would challenge the count in [[eleven]] districts. She offered no evidence.

The election observation mission of the Nordic-Baltic Democracy Forum said it had recorded irregularities at [[about 3 percent]] of the [[1,240]] polling stations it visited, but found no sign of large-scale fraud.

The CEC denied that [[14,000]] ballots had gone missing in the northern city of Tarsk, as opposition media reported on Sunday.>>>

Photo: Supporters of the Civic Union celebrate in Ostgrad on May 18, 2025.

Ostrela Herald readers: {{12,804 members|page furniture: membership counter}} and counting. Join them.
""",
        "claims": [
            C(41.3, None, "exact", "percent", "win", "Civic Union's share of the vote", "cec", "2025-05-18"),
            C(99.2, None, "exact", "percent", "count", "share of ballots counted", "cec", "2025-05-19"),
            C(178, None, "exact", "seat", "win", "seats projected for the Civic Union", "cec", hedged=True),
            C(350, None, "exact", "seat", None, "seats in parliament", "cec"),
            C(64, None, "exact", "percent", "turnout", "turnout in the 2025 election", "cec"),
            C(58, None, "exact", "percent", "turnout", "turnout in the 2021 election", "cec", "2021-01-01/2021-12-31"),
            C(29, None, "exact", "percent", "win", "Freedom Alliance's share of the vote", None),
            C(200000, None, "at_least", "vote", "steal", "votes the opposition says were stolen", "varga", hedged=True),
            C(11, None, "exact", "district", "challenge", "districts where the opposition will challenge the count", "varga"),
            C(3, None, "approx", "percent", "irregularity", "share of visited polling stations with irregularities", "obs"),
            C(1240, None, "exact", "polling station", "visit", "polling stations visited by observers", "obs"),
            C(14000, None, "exact", "ballot", "miss", "ballots reported missing in Tarsk", "oppmedia", "2025-05-18", negated=True),
        ],
    },
]
