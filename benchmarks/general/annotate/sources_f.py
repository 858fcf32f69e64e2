"""Annotated sources, reports 020-027 (marks are explained in build_gold.py).

Written for issue 10 before any tuning of attribution or time: polls, studies, filings,
long quotations, pronoun and role-noun speakers, coordinated and nested speakers,
respondent counts, and time forms (now, so far, currently, has risen to, update headers,
a date only in the URL or the first line, last week, since ...).
"""
from build_gold import C

DOCS = [
    {
        "doc": "020_mayor_poll.txt",
        "story": "calverton-mayor-race-2025",
        "outlet": "Calverton Ledger", "outlet_basis": "text",
        "title": "Poll puts Ferrand ahead in Calverton mayor's race",
        "author": "Mara Lindqvist", "published": "2025-10-14", "dateline": None,
        "claimants": {
            "bw": ("Brightwater University poll", ["Brightwater University", "Brightwater poll"], []),
            "lk": ("Ledger/KCVT poll", ["KCVT"], []),
            "int": ("Dahl campaign internal poll", ["internal poll", "Ivo Benning", "Benning"], []),
            "clerk": ("Calverton city clerk's office", ["city clerk's office"], []),
        },
        "text": """Calverton Ledger
News | Politics | City Hall | Opinion

Poll puts Ferrand ahead in Calverton mayor's race

By Mara Lindqvist | October 14, 2025

<<<Councillor Nadia Ferrand leads the race for mayor of Calverton by [[nine]] points, a Brightwater University poll found, with three weeks left before the vote.

According to the poll, [[44 percent]] of likely voters back Ferrand and [[35 percent]] support the incumbent, Mayor Oskar Dahl. [[Twelve percent]] said they had not made up their minds. The survey of [[812]] likely voters was carried out Oct. 6-10 and has a margin of error of [[3.4 percentage points]].

In the latest Ledger/KCVT poll, released on Monday, Ferrand's lead was a narrower [[five]] points, [[41 percent]] to [[36 percent]].

Dahl's campaign brushed both surveys aside. An internal poll released by the campaign on Sunday shows the mayor within [[two]] points, spokesman Ivo Benning said. "We are level in every neighbourhood that actually turns out," he said.

Housing dominates the contest. [[Fifty-two percent]] of voters said rents and home prices were their biggest worry, the Brightwater poll found, far ahead of crime and transit. Among voters under 30, [[58 percent]] favour Ferrand.

Turnout in the last mayoral election, in 2021, was [[31 percent]], according to the city clerk's office. Both campaigns say they expect more people to vote this time, though neither would give a number.

Ferrand and Dahl meet for their only televised debate on Thursday evening.>>>

Sign up for the Ledger's City Hall newsletter
""",
        "claims": [
            C(9, None, "exact", "point", "lead", "Ferrand's lead over Dahl", "bw"),
            C(44, None, "exact", "percent", "back", "likely voters backing Ferrand", "bw"),
            C(35, None, "exact", "percent", "support", "likely voters supporting Dahl", "bw"),
            C(12, None, "exact", "percent", "undecided", "likely voters undecided", "bw"),
            C(812, None, "exact", "voter", "survey", "likely voters surveyed", "bw", "2025-10-06/2025-10-10"),
            C(3.4, None, "exact", "percentage point", None, "poll's margin of error", "bw"),
            C(5, None, "exact", "point", "lead", "Ferrand's lead in the Ledger/KCVT poll", "lk", "2025-10-13"),
            C(41, None, "exact", "percent", "back", "voters backing Ferrand in the Ledger/KCVT poll", "lk", "2025-10-13"),
            C(36, None, "exact", "percent", "back", "voters backing Dahl in the Ledger/KCVT poll", "lk", "2025-10-13"),
            C(2, None, "exact", "point", "trail", "Dahl's deficit in his campaign's internal poll", "int", "2025-10-12"),
            C(52, None, "exact", "percent", "worry", "voters naming housing costs as their biggest worry", "bw"),
            C(58, None, "exact", "percent", "favour", "voters under 30 favouring Ferrand", "bw"),
            C(31, None, "exact", "percent", "turnout", "turnout in the 2021 mayoral election", "clerk", "2021-01-01/2021-12-31"),
        ],
    },
    {
        "doc": "021_bus_asthma_study.txt",
        "story": "orlen-bus-asthma-study-2025",
        "outlet": "Northfield Herald", "outlet_basis": "text",
        "title": "Study links diesel buses to child asthma visits in Orlen",
        "author": None, "published": "2025-05-07", "dateline": None,
        "claimants": {
            "st": ("Journal of Urban Health Research study",
                   ["Helga Runstad", "Runstad", "Orlen Medical College", "Journal of Urban Health Research"], []),
            "ta": ("Orlen transit agency", ["city transit agency"], []),
        },
        "text": """https://www.northfield-herald.example/health/2025/05/07/diesel-buses-asthma-study
Northfield Herald
Health | Science | Local | Sport

Study links diesel buses to child asthma visits in Orlen

<<<Children living within [[200 meters]] of Orlen's busiest bus corridors were [[1.6 times]] as likely to need emergency care for asthma as children who lived farther away, a study published on Tuesday in the Journal of Urban Health Research found.

The study, led by epidemiologist Helga Runstad of Orlen Medical College, followed [[14,200]] children between 2018 and 2023. The data show that emergency visits peaked in winter, when [[about 60 percent]] of the city's diesel buses idled at depots for longer, Runstad said.

"If you live on one of those streets, your child's lungs are paying the bill," she said. "We found [[roughly 900]] extra emergency visits a year that we can tie to the buses. That is a cost the city has never counted."

The city transit agency currently runs [[340]] diesel buses and [[45]] electric ones, according to its fleet figures. It plans to replace [[120]] of the diesel buses by 2027.

Researchers who were not involved said the findings matched earlier work elsewhere, but warned that a study of this kind could not prove that the fumes caused the attacks. Parents on Canal Road, one of the corridors in the study, have asked the council for air monitors outside primary schools.>>>

Related: Council delays vote on low-emission zone
""",
        "claims": [
            C(200, None, "exact", "meter", "live", "distance from the bus corridors", "st", "2025-05-06"),
            C(1.6, None, "exact", "times", "visit", "asthma emergency risk near bus corridors", "st", "2025-05-06"),
            C(14200, None, "exact", "child", "follow", "children followed by the study", "st", "2018-01-01/2023-12-31"),
            C(60, None, "approx", "percent", "idle", "share of diesel buses idling at depots in winter", "st"),
            C(900, None, "approx", "visit", "link", "extra emergency visits a year tied to the buses", "st"),
            C(340, None, "exact", "bus", "run", "diesel buses run by the transit agency", "ta", "2025-05-07"),
            C(45, None, "exact", "bus", "run", "electric buses run by the transit agency", "ta", "2025-05-07"),
            C(120, None, "exact", "bus", "replace", "diesel buses to be replaced", "ta", "2027-01-01/2027-12-31"),
        ],
    },
    {
        "doc": "022_senate_filings.txt",
        "story": "harwell-senate-fundraising-2025-q2",
        "outlet": "Capitol Courier", "outlet_basis": "text",
        "title": "Harwell outraises rivals in Senate primary, filings show",
        "author": "Dev Raman", "published": "2025-07-16", "dateline": None,
        "claimants": {
            "fec": ("Federal Election Commission filings", ["FEC filings", "Federal Election Commission"], []),
            "oy": ("Dana Oyelaran campaign", ["Her campaign"], []),
            "obp": ("Open Ballot Project", [], []),
            "fisk": ("Lena Fisk", ["Fisk", "Marchetti's spokeswoman"], []),
        },
        "text": """Capitol Courier

Harwell outraises rivals in Senate primary, filings show

By Dev Raman
Published July 16, 2025 at 6:05 p.m.

<<<State Sen. Corinne Harwell raised [[$2.3 million]] in the second quarter, more than any other candidate in the Senate primary, Federal Election Commission filings show.

Harwell has raised [[$5.1 million]] so far in the race and had [[$3.8 million]] in cash on hand at the end of June, according to the FEC filings, which were due on Tuesday.

Her main rival, businessman Theo Marchetti, raised [[$1.4 million]] in the quarter, but he has also lent his campaign [[$2 million]] of his own money, the filings show.

A third candidate, former prosecutor Dana Oyelaran, raised [[$610,000]]. Her campaign said [[more than 9,000]] people had donated, [[82 percent]] of them giving small sums.

About [[70 percent]] of Harwell's money came from donors who gave the legal maximum, according to an analysis by the Open Ballot Project, a nonpartisan group that tracks political money. The group found that [[fewer than 1,000]] of her donors live in the state.

Marchetti's spokeswoman, Lena Fisk, said the loan showed that he was betting on himself. She said the campaign had [[11]] field offices open now and would add more in August.

The primary is on Sept. 9.>>>

Most read
Transit bill stalls in committee
""",
        "claims": [
            C(2.3e6, None, "exact", "dollar", "raise", "money raised by Harwell in the second quarter", "fec", "2025-04-01/2025-06-30"),
            C(5.1e6, None, "exact", "dollar", "raise", "money raised by Harwell in the race", "fec", "2025-07-16"),
            C(3.8e6, None, "exact", "dollar", "cash", "Harwell's cash on hand", "fec", "2025-06-30"),
            C(1.4e6, None, "exact", "dollar", "raise", "money raised by Marchetti in the quarter", "fec", "2025-04-01/2025-06-30"),
            C(2e6, None, "exact", "dollar", "lend", "Marchetti's loan to his campaign", "fec"),
            C(610000, None, "exact", "dollar", "raise", "money raised by Oyelaran", None),
            C(9000, None, "at_least", "person", "donate", "people who donated to Oyelaran", "oy"),
            C(82, None, "exact", "percent", "give", "share of Oyelaran's donors giving small sums", "oy"),
            C(70, None, "approx", "percent", "come", "share of Harwell's money from maximum donors", "obp"),
            C(1000, None, "at_most", "donor", "live", "Harwell's donors living in the state", "obp"),
            C(11, None, "exact", "office", "open", "Marchetti campaign field offices open", "fisk", "2025-07-16"),
        ],
    },
    {
        "doc": "023_dock_strike_quotes.txt",
        "story": "eastport-dock-strike-2026",
        "outlet": None, "outlet_basis": None,
        "title": "Eastport dockers extend strike as talks stall",
        "author": None, "published": "2026-02-14", "dateline": None,
        "claimants": {
            "un": ("Harbour and Dock Workers' Union", ["Rhona Calder", "Calder", "union"], []),
            "pa": ("Eastport Port Authority", ["spokesman for the authority", "spokesman"], []),
            "et": ("Eastport Terminals", [], []),
        },
        "text": """Eastport dockers extend strike as talks stall
Updated 14 Feb 2026, 09:40 GMT

<<<Dock workers at Eastport will stay off the job for at least another week, their union said on Friday, after talks with the port's operators broke down for the third time.

Rhona Calder, general secretary of the Harbour and Dock Workers' Union, said: "We have [[2,300]] members out and not one of them will go back for a [[2 percent]] offer. The operators made [[£180 million]] in profit last year. They can afford to pay the people who load their ships."

"Inflation took [[11 percent]] off our members' pay," Calder told reporters outside the union's offices. "We are asking for [[9 percent]], and even that only wins back part of what was lost.

"Every day this goes on costs the operators far more than our claim would. By our count, [[more than 140]] ships are now waiting offshore."

The Eastport Port Authority put the number of ships at anchor at [[96]] on Friday evening. A spokesman for the authority said [[about 40 percent]] of the port's container traffic had gone to other ports since the strike began on Feb. 2.

"We regret the disruption," the spokesman said. "Cargo worth [[roughly £25 million]] a day is not moving."

The operators' group, Eastport Terminals, said its offer was worth [[4.5 percent]] over two years once bonuses were counted. No new talks have been scheduled.>>>
""",
        "claims": [
            C(2300, None, "exact", "member", "strike", "union members on strike", "un"),
            C(2, None, "exact", "percent", "offer", "pay offer rejected by the union", "un"),
            C(180e6, None, "exact", "pound", "profit", "operators' profit last year", "un", "2025-01-01/2025-12-31"),
            C(11, None, "exact", "percent", "inflation", "members' pay lost to inflation", "un"),
            C(9, None, "exact", "percent", "ask", "pay rise the union asks for", "un"),
            C(140, None, "at_least", "ship", "wait", "ships waiting offshore", "un", "2026-02-14"),
            C(96, None, "exact", "ship", "anchor", "ships at anchor", "pa", "2026-02-13"),
            C(40, None, "approx", "percent", "divert", "container traffic diverted to other ports", "pa", "2026-02-02/2026-02-14"),
            C(25e6, None, "approx", "pound", "move", "cargo value not moving each day", "pa"),
            C(4.5, None, "exact", "percent", "offer", "operators' pay offer over two years", "et"),
        ],
    },
    {
        "doc": "024_tervania_flood_live.txt",
        "story": "tervania-floods-2026-03",
        "outlet": None, "outlet_basis": None,
        "title": "LIVE: Floods in southern Tervania",
        "author": None, "published": "2026-03-03", "dateline": None,
        "claimants": {
            "mi": ("Interior Ministry (Tervania)", ["interior ministry", "ministry", "Aurel Vintila", "spokesman"], []),
            "hy": ("hydrological institute", ["institute"], []),
            "tv": ("Tervel", [], []),
        },
        "text": """LIVE: Floods in southern Tervania
Last updated 3 March 2026, 11:20 CET

11:20
<<<The interior ministry says the death toll from the floods has risen to [[47]]. Ministry spokesman Aurel Vintila told a briefing this morning that [[12]] people were still missing.

10:55
Rescuers have found [[392]] people stranded on rooftops and upper floors since the river burst its banks on Saturday, the ministry said. It added that [[about 6,500]] people are currently staying in emergency shelters, most of them in school gyms.

10:30
The spokesman said [[three]] helicopters from neighbouring Orsava joined the rescue this morning, bringing the number in the air to [[11]].

09:45
The water level at the Dravo gauge now stands at [[7.4 meters]], [[1.9 meters]] above the flood warning level, the hydrological institute said. The institute expects the river to crest on Wednesday at up to [[7.8 meters]].

09:10
Power company Tervel said [[roughly 18,000]] homes were without electricity overnight, down from [[26,000]] on Sunday. Crews cannot reach several substations until the water falls.>>>

Share this live page
""",
        "claims": [
            C(47, None, "exact", "person", "kill", "death toll from the Tervania floods", "mi", "2026-03-03"),
            C(12, None, "exact", "person", "miss", "people missing in the floods", "mi", "2026-03-03"),
            C(392, None, "exact", "person", "find", "people found stranded by rescuers", "mi", "2026-02-28/2026-03-03"),
            C(6500, None, "approx", "person", "shelter", "people staying in emergency shelters", "mi", "2026-03-03"),
            C(3, None, "exact", "helicopter", "join", "helicopters from Orsava joining the rescue", "mi", "2026-03-03"),
            C(11, None, "exact", "helicopter", "rescue", "helicopters in the air", "mi", "2026-03-03"),
            C(7.4, None, "exact", "meter", "level", "water level at the Dravo gauge", "hy", "2026-03-03"),
            C(1.9, None, "exact", "meter", "level", "water level above the warning level", "hy", "2026-03-03"),
            C(7.8, None, "at_most", "meter", "crest", "forecast crest of the river", "hy", "2026-03-04", hedged=True),
            C(18000, None, "approx", "home", "outage", "homes without electricity overnight", "tv", "2026-03-02/2026-03-03"),
            C(26000, None, "exact", "home", "outage", "homes without electricity on Sunday", "tv", "2026-03-01"),
        ],
    },
    {
        "doc": "025_korova_mine_nested.txt",
        "story": "korova-mine-collapse-2025-09",
        "outlet": "Korova Post", "outlet_basis": "text",
        "title": "Dozens trapped after mine gallery collapses in Korova",
        "author": "Irina Maleva", "published": "2025-09-22", "dateline": "KOROVA",
        "claimants": {
            "sm": ("Sorvik Mining", ["mine's operator", "company"], []),
            "li": ("labour inspectorate", [], []),
            "mu": ("national mining union", [], []),
            "ho": ("hospital official", ["city hospital"], []),
            "pm": ("Andrei Voss", ["Voss"], []),
        },
        "text": """Korova Post

Dozens trapped after mine gallery collapses in Korova

Irina Maleva
September 22, 2025, 14:05

<<<KOROVA, Sept 22 — Governor Petra Lusk told Reuters on Monday that the mine's operator, Sorvik Mining, estimated [[31]] workers were trapped underground after part of a gallery gave way.

Rescuers had reached a chamber [[about 600 meters]] below the surface, the company said in a statement, but had not yet made contact with the men.

Sorvik's safety director, Ivan Belcu, told the regional council that the labour inspectorate had counted [[four]] safety violations at the site last year. The company had appealed against the fines, he said.

The national mining union said [[more than 1,200]] miners work at the Korova site, and that [[at least 200]] were on the night shift when the roof came down.

Local news site Korova24 reported, citing a hospital official, that [[nine]] injured miners had been brought to the city hospital, [[two]] of them in serious condition.

Prime Minister Andrei Voss, who flew to Korova in the afternoon, said the government would release [[5 million crowns]] for the families. He said [[140]] rescuers were now working at the mine, including specialists from the army.

The mine produces coal for the power station at Dern, which supplies much of the region's heating.>>>

More from the Korova Post
""",
        "claims": [
            C(31, None, "exact", "worker", "trap", "workers trapped underground", "sm", "2025-09-22", hedged=True,
              via=["Petra Lusk", "Reuters"]),
            C(600, None, "approx", "meter", "reach", "depth of the chamber reached by rescuers", "sm"),
            C(4, None, "exact", "violation", "count", "safety violations counted at the site", "li", "2024-01-01/2024-12-31",
              via=["Ivan Belcu", "regional council"]),
            C(1200, None, "at_least", "miner", "work", "miners working at the Korova site", "mu"),
            C(200, None, "at_least", "miner", "work", "miners on the night shift", "mu"),
            C(9, None, "exact", "miner", "injure", "injured miners brought to hospital", "ho", via=["Korova24"]),
            C(2, None, "exact", "miner", "injure", "miners in serious condition", "ho", via=["Korova24"]),
            C(5e6, None, "exact", "crown", "release", "government money for the families", "pm"),
            C(140, None, "exact", "rescuer", "work", "rescuers working at the mine", "pm", "2025-09-22"),
        ],
    },
    {
        "doc": "026_sarova_dengue_coordinated.txt",
        "story": "sarova-dengue-2025",
        "outlet": "Sarova Daily", "outlet_basis": "text",
        "title": "Dengue cases pass 1,800 in Sarova province",
        "author": None, "published": "2025-11-19", "dateline": None,
        "claimants": {
            "mw": ("health ministry and World Health Organization",
                   ["health ministry", "World Health Organization"], []),
            "gov": ("Mira Castell and Jonas Efe", ["Mira Castell", "Jonas Efe", "Castell"], []),
            "sit": ("Sarova Institute of Tropical Medicine", [], []),
            "ngo": ("Doctors Without Borders and the Red Cross", ["Doctors Without Borders", "Red Cross"], []),
            "sv": ("ministry door-to-door survey", ["door-to-door survey", "ministry"], []),
        },
        "text": """Sarova Daily | Wednesday, November 19, 2025

Dengue cases [[pass 1,800]] in Sarova province

<<<The health ministry and the World Health Organization said on Tuesday that [[1,870]] dengue cases had been confirmed in Sarova province so far this year. [[Eleven]] people have died, they said.

Provincial governor Mira Castell and her deputy, Jonas Efe, told reporters that [[34]] schools had been closed so that classrooms could be sprayed. Castell said the closures would last until the end of the month.

Mosquito traps in the worst-hit districts currently catch [[about 300]] insects a night, according to the Sarova Institute of Tropical Medicine, many times the catch at the same point last year.

Doctors Without Borders and the Red Cross said they had set up [[four]] field clinics since the start of November, and that each was seeing [[more than 120]] patients a day.

In a door-to-door survey carried out by the ministry in October, [[62 percent]] of households said they had no mosquito nets. Nets are now being handed out free at markets and clinics.

Doctors say the real number of cases is probably far higher, because many people with mild fever never see a doctor. The rainy season started late this year and has lasted longer than usual.>>>

Read more: Sarova's water board raises tariffs
""",
        "claims": [
            C(1800, None, "at_least", "case", "confirm", "dengue cases in Sarova province", None),
            C(1870, None, "exact", "case", "confirm", "dengue cases confirmed in Sarova province this year", "mw", "2025-01-01/2025-11-18"),
            C(11, None, "exact", "person", "die", "dengue deaths", "mw"),
            C(34, None, "exact", "school", "close", "schools closed for spraying", "gov"),
            C(300, None, "approx", "insect", "catch", "mosquitoes caught per trap a night", "sit", "2025-11-19"),
            C(4, None, "exact", "clinic", "set up", "field clinics set up since the start of November", "ngo", "2025-11-01/2025-11-19"),
            C(120, None, "at_least", "patient", "see", "patients a day at each field clinic", "ngo"),
            C(62, None, "exact", "percent", "lack", "households without mosquito nets", "sv", "2025-10"),
        ],
    },
    {
        "doc": "027_lunderland_food_survey.txt",
        "story": "lunderland-cost-of-living-2025-05",
        "outlet": None, "outlet_basis": None,
        "title": "A quarter of Lunderland households skipping meals, survey finds",
        "author": None, "published": "2025-06-11", "dateline": None,
        "claimants": {
            "nso": ("National Statistics Office", ["office", "cost-of-living survey"], []),
            "fb": ("Lunderland Food Bank Network", ["Ruth Okafor"], []),
            "fin": ("finance ministry", [], []),
        },
        "text": """11 June 2025

[[A quarter]] of Lunderland households skipping meals, survey finds

<<<[[One in four]] households in Lunderland cut the size of meals or skipped them in May because they could not afford food, a survey by the National Statistics Office found.

The office's monthly cost-of-living survey, published on Tuesday, asked [[5,400]] adults about their finances in the last two weeks of May. [[Forty-one percent]] said they were spending more on food than before, and [[18 percent]] said they had borrowed money to pay for groceries.

Food prices rose [[7.2 percent]] in the year to April, according to separate figures from the office, down from [[8.9 percent]] in March.

"These are families in work, not only people on benefits," said Ruth Okafor, director of the Lunderland Food Bank Network. She said the network had handed out [[61,000]] emergency parcels last month, [[a fifth]] more than a year earlier.

The finance ministry said [[2.1 million]] households would receive a winter energy payment, and that it was looking at help with food costs. Opposition parties said the payment came too late for families who were already going without.>>>
""",
        "claims": [
            C(25, None, "exact", "percent", "skip", "households skipping meals", "nso"),
            C(25, None, "exact", "percent", "cut", "households cutting or skipping meals", "nso", "2025-05"),
            C(5400, None, "exact", "adult", "ask", "adults asked in the survey", "nso", "2025-05-18/2025-05-31"),
            C(41, None, "exact", "percent", "spend", "adults spending more on food", "nso"),
            C(18, None, "exact", "percent", "borrow", "adults borrowing to pay for groceries", "nso"),
            C(7.2, None, "exact", "percent", "rise", "annual food price inflation", "nso", "2025-04"),
            C(8.9, None, "exact", "percent", "rise", "annual food price inflation in March", "nso", "2025-03"),
            C(61000, None, "exact", "parcel", "hand out", "emergency food parcels handed out", "fb", "2025-05"),
            C(20, None, "exact", "percent", "rise", "rise in parcels over a year earlier", "fb", "2025-05"),
            C(2.1e6, None, "exact", "household", "receive", "households to receive a winter energy payment", "fin"),
        ],
    },
]
