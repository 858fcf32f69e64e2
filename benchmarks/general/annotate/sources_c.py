"""Annotated sources, reports 011-014 (marks are explained in build_gold.py)."""
from build_gold import C

DOCS = [
    {
        "doc": "011_rail_strike.txt",
        "story": "norvik-rail-strike-2025-06",
        "outlet": "Norvik Post", "outlet_basis": "text",
        "title": "Rail strike halts most trains as union and operator trade figures",
        "author": "Erik Dahl", "published": "2025-06-25", "dateline": None,
        "claimants": {
            "union": ("Rail Workers' Union (Norvik)", ["Rail Workers' Union", "RWU", "Maja Falk"], []),
            "nr": ("Norvik Rail", [], ["Reuters"]),
            "biz": ("Confederation of Norvik Business", [], []),
        },
        "text": """Norvik Post
News | Business | Transport | Opinion

Rail strike halts most trains as union and operator trade figures

By Erik Dahl, June 25, 2025
{{3 min read|page furniture: reading-time label}}

<<<[[About 28 000]] rail workers walked out on Wednesday at the start of a 48-hour strike over pay, the Rail Workers' Union (RWU) said, leaving stations across Norvik largely deserted.

The union says [[94%]] of members who voted backed the action, on a turnout of [[71%]]. It is demanding a pay rise of [[12 percent]] over two years; the state-owned operator Norvik Rail has offered [[4.5 percent]].

Norvik Rail told Reuters that [[about 40 percent]] of scheduled trains were running by midday, a figure the union disputed. "Maybe [[one train in five]] is moving," RWU leader Maja Falk said.

The Confederation of Norvik Business estimated that the strike was costing the economy [[€38 million a day]] and said [[more than 600]] freight trains had been cancelled since Monday, when a ban on overtime began.

It is the third strike on the railways so far this year. Talks are due to resume on Friday.>>>

Subscribe to Norvik Post for {{€9.99|page furniture: subscription offer}} a month
Related: Ferry operator adds {{14|teaser of another story}} sailings during strike
""",
        "claims": [
            C(28000, None, "approx", "worker", "strike", "rail workers on strike", "union", "2025-06-25"),
            C(94, None, "exact", "percent", "vote", "share of voting members who backed the strike", "union"),
            C(71, None, "exact", "percent", "turnout", "turnout in the strike ballot", "union"),
            C(12, None, "exact", "percent", "demand", "pay rise demanded by the union over two years", "union"),
            C(4.5, None, "exact", "percent", "offer", "pay rise offered by Norvik Rail", "union"),
            C(40, None, "approx", "percent", "run", "share of scheduled trains running", "nr"),
            C(20, None, "exact", "percent", "run", "share of trains running, by the union's account", "union", hedged=True),
            C(38e6, None, "exact", "euro", "cost", "daily cost of the strike to the economy", "biz", hedged=True),
            C(600, None, "at_least", "freight train", "cancel", "freight trains cancelled", "biz", "2025-06-23/2025-06-25"),
        ],
    },
    {
        "doc": "012_plane_crash.txt",
        "story": "ardan-air-417-crash-2025",
        "outlet": None, "outlet_basis": None, "title": None, "author": None,
        "published": "2025-01-29", "dateline": "VELDEN",
        "claimants": {
            "caa": ("Civil Aviation Authority (Ardan)", ["Civil Aviation Authority", "CAA"], []),
            "airline": ("Ardan Air", [], []),
            "gov": ("Governor Paulo Rennes", ["Paulo Rennes"], ["AFP"]),
            "hosp": ("Velden General Hospital", [], []),
        },
        "text": """date 2025-01-29 <<<VELDEN — [[At least 61]] people were killed when an Ardan Air passenger plane crashed shortly after take-off from Velden on Tuesday evening, the Civil Aviation Authority (CAA) said on Wednesday.

Flight 417, an ATR turboprop, was carrying [[68]] passengers and [[four]] crew members when it came down in farmland [[about 6 kilometers]] from the runway at 9:40 p.m., the airline said in a statement. It said the aircraft had last been inspected on Jan. 20.

[[Eleven]] survivors were being treated in hospital, [[two]] of them in critical condition, according to Velden General Hospital.

The CAA said the plane had climbed to [[about 3,500 feet]] before it lost contact with air traffic control. Investigators have recovered both flight recorders.

The regional governor, Paulo Rennes, told AFP that [[as many as 40]] of the passengers were students returning from a tournament. That figure could not be confirmed.

The 14-year-old aircraft had flown for the airline since 2019.>>>
""",
        "claims": [
            C(61, None, "at_least", "person", "kill", "people killed in the Ardan Air crash", "caa", "2025-01-28"),
            C(68, None, "exact", "passenger", "carry", "passengers on Flight 417", "airline"),
            C(4, None, "exact", "crew member", "carry", "crew on Flight 417", "airline"),
            C(6, None, "approx", "kilometer", "crash", "distance of the crash site from the runway", "airline"),
            C(11, None, "exact", "survivor", "treat", "survivors treated in hospital", "hosp"),
            C(2, None, "exact", "survivor", "critical", "survivors in critical condition", "hosp"),
            C(3500, None, "approx", "foot", "climb", "altitude reached before contact was lost", "caa"),
            C(40, None, "at_most", "passenger", "student", "passengers who were students", "gov", hedged=True),
        ],
    },
    {
        "doc": "013_mine_blast.txt",
        "story": "kovar-mine-explosion",
        "outlet": None, "outlet_basis": None, "title": "Twelve miners dead, dozens trapped after blast at Kovar coal mine",
        "author": None, "published": None, "dateline": None,
        "claimants": {
            "company": ("Kovar Coal", [], []),
            "state": ("state news agency", [], []),
            "union": ("Miners' Union (Kovar)", ["Miners' Union", "Dana Petrik"], []),
            "min": ("Ministry of Emergency Situations", ["emergencies ministry"], []),
        },
        "text": """[[Twelve]] miners dead, dozens trapped after blast at Kovar coal mine

<<<[[Twelve]] miners were killed and [[as many as 30]] others were trapped underground after a methane explosion at the Kovar coal mine on Thursday, the state news agency reported, citing the emergencies ministry.

The mine's operator, Kovar Coal, said [[214]] workers were on the shift when the blast hit a section [[600 meters]] below the surface, and that [[172]] had been brought out safely.

Rescuers were pumping air into the shaft and hoped to reach the trapped men within a day, the ministry also said.

The Miners' Union said safety inspections at the mine had been cut to [[two]] a year from [[six]], and that gas sensors in the affected section had not worked for weeks. Kovar Coal denied that the sensors were faulty.

"These men were sent into a gas trap," union leader Dana Petrik said. Hundreds of relatives waited at the pit head through the night. The prosecutor's office opened an inquiry into possible safety violations.>>>
""",
        "claims": [
            C(12, None, "exact", "miner", "kill", "miners killed in the Kovar explosion (headline)", None),
            C(12, None, "exact", "miner", "kill", "miners killed in the Kovar explosion", "min", via=["state news agency"]),
            C(30, None, "at_most", "miner", "trap", "miners trapped underground", "min", via=["state news agency"]),
            C(214, None, "exact", "worker", "work", "workers on the shift", "company"),
            C(600, None, "exact", "meter", "depth", "depth of the section hit by the blast", "company"),
            C(172, None, "exact", "worker", "rescue", "workers brought out safely", "company"),
            C(2, None, "exact", "inspection", "inspect", "safety inspections a year now", "union"),
            C(6, None, "exact", "inspection", "inspect", "safety inspections a year before the cut", "union"),
        ],
    },
    {
        "doc": "014_heat_wave.txt",
        "story": "lusaria-heat-wave-2025-07",
        "outlet": "The Southern Courier", "outlet_basis": "text",
        "title": "Heat wave: record 46.1C as researchers estimate hundreds of excess deaths",
        "author": "Ana Varela", "published": "2025-07-16", "dateline": None,
        "claimants": {
            "met": ("National Meteorological Institute", [], []),
            "health": ("Ministry of Health (Lusaria)", ["health ministry"], []),
            "lsh": ("Lusaria School of Public Health", ["researchers"], []),
            "grid": ("grid operator (Lusaria)", ["grid operator"], []),
            "ems": ("emergency services", [], []),
        },
        "text": """The Southern Courier
Weather | Climate | Health

Heat wave: record [[46.1C]] as researchers estimate hundreds of excess deaths

by Ana Varela  July 16, 2025 11:05 AM
{{2 min read|page furniture: reading-time label}}

<<<Temperatures hit [[46.1 degrees Celsius]] in the southern city of Marisa on Tuesday, a national record, the National Meteorological Institute said, as the country sweltered for the fifth consecutive day.

The health ministry said [[48]] people had died of heatstroke since the heat wave began on July 10. Researchers at the Lusaria School of Public Health estimated that excess deaths could be [[roughly 1,150]], based on death registrations in the first week.

Emergency calls rose [[35%]] compared with a normal July week, the emergency services said, and power demand peaked at a record [[62 gigawatts]] on Monday evening, according to the grid operator.

The institute expects temperatures to stay [[above 40 degrees]] until at least Sunday in [[seven]] of the country's regions.

Doctors urged older people to stay indoors during the hottest hours of the day and to drink water regularly, even when they do not feel thirsty. Several cities opened air-conditioned public buildings as cooling centres, and outdoor work on building sites was banned in the afternoon in the worst-affected regions.>>>

Weather alerts by email: Join {{80,000|page furniture: newsletter box}} readers
Related: Water restrictions for {{1.3 million|teaser of another story}} residents in the east
""",
        "claims": [
            C(46.1, None, "exact", "degree celsius", "reach", "record temperature (headline)", None),
            C(46.1, None, "exact", "degree celsius", "reach", "record temperature in Marisa", "met", "2025-07-15"),
            C(48, None, "exact", "person", "die", "heatstroke deaths", "health", "2025-07-10/2025-07-16"),
            C(1150, None, "approx", "death", "die", "excess deaths during the heat wave", "lsh", "2025-07-10/2025-07-16", hedged=True),
            C(35, None, "exact", "percent", "rise", "rise in emergency calls", "ems"),
            C(62, None, "exact", "gigawatt", "peak", "peak power demand", "grid", "2025-07-14"),
            C(40, None, "at_least", "degree", "stay", "expected temperatures until Sunday", "met", "2025-07-16/2025-07-20", hedged=True),
            C(7, None, "exact", "region", None, "regions expected to stay above 40 degrees", "met", "2025-07-16/2025-07-20", hedged=True),
        ],
    },
]
