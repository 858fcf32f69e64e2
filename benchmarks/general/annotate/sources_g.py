"""Annotated sources, reports 028-034 (marks are explained in build_gold.py).

Written for issue 10 before any tuning, with sources_f.py: filings and annual reports,
so far / now / has risen to / since, a dateline with the year, court papers, a report as
claimant, exit polls, transit data with the date only in the URL.
"""
from build_gold import C

DOCS = [
    {
        "doc": "028_halbrook_job_cuts.txt",
        "story": "halbrook-foods-cuts-2025-11",
        "outlet": None, "outlet_basis": None,
        "title": "Halbrook Foods to cut 1,200 jobs as sales slip",
        "author": None, "published": "2025-11-03", "dateline": None,
        "claimants": {
            "hf": ("Halbrook Foods", ["Marta Ilves", "Ilves", "annual report", "company"], []),
            "kb": ("Kai Brenner", [], []),
        },
        "text": """date 2025-11-03
Halbrook Foods to cut [[1,200]] jobs as sales slip

<<<Halbrook Foods will cut [[1,200]] jobs, or [[about 8 percent]] of its workforce, the snack maker said in a regulatory filing on Monday.

The company currently employs [[about 15,000]] people in [[nine]] countries, according to its latest annual report. Its net debt has risen to [[$2.7 billion]], the filing shows, from [[$1.9 billion]] a year ago.

Sales fell [[6 percent]] to [[$3.1 billion]] in the nine months to September, the filing said, as shoppers switched to cheaper own-label crisps and biscuits.

Chief executive Marta Ilves said the cuts would save [[$90 million]] a year. "We built capacity for a market that did not arrive," she told analysts on a call. "Now we have to be honest about the size of this business."

Shares in Halbrook fell [[11 percent]] in early trading.

Union official Kai Brenner said [[more than 400]] of the jobs would go at the Dunmere plant, which has made biscuits since 1962, and that workers had learned of the plan from the news.>>>
""",
        "claims": [
            C(1200, None, "exact", "job", "cut", "Halbrook Foods job cuts", None),
            C(1200, None, "exact", "job", "cut", "Halbrook Foods job cuts", "hf", "2025-11-03"),
            C(8, None, "approx", "percent", "cut", "share of the workforce cut", "hf", "2025-11-03"),
            C(15000, None, "approx", "person", "employ", "Halbrook Foods employees", "hf", "2025-11-03"),
            C(9, None, "exact", "country", "employ", "countries where Halbrook Foods employs people", "hf", "2025-11-03"),
            C(2.7e9, None, "exact", "dollar", "debt", "Halbrook Foods net debt", "hf", "2025-11-03"),
            C(1.9e9, None, "exact", "dollar", "debt", "Halbrook Foods net debt a year earlier", "hf", "2024-11-03"),
            C(6, None, "exact", "percent", "fall", "fall in Halbrook Foods sales", "hf", "2025-01-01/2025-09-30"),
            C(3.1e9, None, "exact", "dollar", "sales", "Halbrook Foods sales in nine months", "hf", "2025-01-01/2025-09-30"),
            C(90e6, None, "exact", "dollar", "save", "yearly savings from the cuts", "hf"),
            C(11, None, "exact", "percent", "fall", "fall in Halbrook shares", None),
            C(400, None, "at_least", "job", "cut", "jobs cut at the Dunmere plant", "kb"),
        ],
    },
    {
        "doc": "029_brenna_ridge_fire.txt",
        "story": "brenna-ridge-fire-2025-08",
        "outlet": "Valley Sentinel", "outlet_basis": "text",
        "title": "Brenna Ridge fire keeps growing as crews gain ground on east flank",
        "author": "Tom Ekwueme", "published": "2025-08-20", "dateline": None,
        "claimants": {
            "fd": ("state forestry department", ["forestry department", "Carla Nix", "Nix"], []),
            "sh": ("county sheriff's office", [], []),
            "nws": ("National Weather Service", [], []),
            "gov": ("governor's office", [], []),
        },
        "text": """Valley Sentinel

Brenna Ridge fire keeps growing as crews gain ground on east flank

By Tom Ekwueme
Aug. 20, 2025

<<<The Brenna Ridge fire has now burned [[more than 42,000 acres]] and is [[35 percent]] contained, the state forestry department said on Wednesday.

The fire has destroyed [[214]] homes so far, up from [[160]] last week, department spokeswoman Carla Nix said. The number of firefighters on the lines has risen to [[2,850]], with crews from neighbouring states.

Since the fire started on Aug. 9, [[about 4,000]] residents have been ordered to leave their homes, according to the county sheriff's office. [[Roughly 1,500]] of them have been allowed to go back.

The National Weather Service forecast gusts of up to [[35 mph]] on Thursday, which could push the fire toward the town of Millbrook.

The state has spent [[$48 million]] on the fire so far, the governor's office said last week. Officials have not said what started it, and investigators were still working through the burned area near the ridge road where the first flames were seen.>>>

Comments (14)
""",
        "claims": [
            C(42000, None, "at_least", "acre", "burn", "area burned by the Brenna Ridge fire", "fd", "2025-08-20"),
            C(35, None, "exact", "percent", "contain", "share of the fire contained", "fd", "2025-08-20"),
            C(214, None, "exact", "home", "destroy", "homes destroyed by the fire", "fd", "2025-08-20"),
            C(160, None, "exact", "home", "destroy", "homes destroyed by last week", "fd", "2025-08-11/2025-08-17"),
            C(2850, None, "exact", "firefighter", "fight", "firefighters on the lines", "fd", "2025-08-20"),
            C(4000, None, "approx", "resident", "evacuate", "residents ordered to leave", "sh", "2025-08-09/2025-08-20"),
            C(1500, None, "approx", "resident", "return", "evacuees allowed back", "sh"),
            C(35, None, "at_most", "mile per hour", "forecast", "forecast wind gusts", "nws", "2025-08-21", hedged=True),
            C(48e6, None, "exact", "dollar", "spend", "state spending on the fire", "gov", "2025-08-11/2025-08-17"),
        ],
    },
    {
        "doc": "030_vellmar_indictment.txt",
        "story": "vellmar-water-contracts-2025",
        "outlet": "Vellmar Courier", "outlet_basis": "text",
        "title": "Former water utility buyer charged over family contracts",
        "author": None, "published": "2025-12-09", "dateline": None,
        "claimants": {
            "da": ("indictment", ["Court papers", "Prosecutors", "Leona Marsh", "Marsh"], []),
            "sa": ("Simon Achebe", ["Achebe", "Pohl's lawyer"], []),
        },
        "text": """Vellmar Courier
Tuesday, December 9, 2025

Former water utility buyer charged over family contracts

<<<A former procurement chief at Vellmar's water utility steered [[$14.6 million]] in contracts to companies owned by his relatives between 2019 and 2023, according to an indictment unsealed on Monday.

Court papers show that Edgar Pohl, who ran purchasing at Vellmar Water from 2016 until last year, approved [[37]] contracts without competitive bidding. The indictment says he received [[at least $820,000]] in kickbacks.

Prosecutors said the scheme cost ratepayers [[about $5 million]] in inflated prices. "We have traced [[$3.2 million]] to a single account abroad. The money moved in small amounts so that nobody would notice," District Attorney Leona Marsh said. She said her office was still examining [[11]] more contracts.

Pohl's lawyer, Simon Achebe, said his client would plead not guilty. He said the contracts had saved the utility [[$2 million]] and that the prosecution had counted renewals as new contracts.

Pohl faces up to 20 years in prison if convicted. Vellmar Water said it had tightened its purchasing rules and was cooperating with investigators.>>>
""",
        "claims": [
            C(14.6e6, None, "exact", "dollar", "steer", "contracts steered to relatives' companies", "da", "2019-01-01/2023-12-31"),
            C(37, None, "exact", "contract", "approve", "contracts approved without bidding", "da"),
            C(820000, None, "at_least", "dollar", "receive", "kickbacks received", "da"),
            C(5e6, None, "approx", "dollar", "cost", "cost of the scheme to ratepayers", "da"),
            C(3.2e6, None, "exact", "dollar", "trace", "money traced to one account abroad", "da"),
            C(11, None, "exact", "contract", "examine", "further contracts under examination", "da"),
            C(2e6, None, "exact", "dollar", "save", "savings to the utility from the contracts", "sa"),
        ],
    },
    {
        "doc": "031_ostrava_hunger_report.txt",
        "story": "ostrava-highlands-hunger-2025",
        "outlet": None, "outlet_basis": None,
        "title": "Hunger grips Ostrava highlands as drought cuts harvest",
        "author": None, "published": "2025-04-29", "dateline": None,
        "claimants": {
            "fewn": ("Famine Early Warning Network", ["FEWN", "report"], []),
            "te": ("Tomas Erdei", ["Erdei", "regional governor"], []),
            "ocha": ("UN humanitarian office", [], []),
        },
        "text": """Posted 29/04/2025

Hunger grips Ostrava highlands as drought cuts harvest

<<<About [[2.8 million]] people in the Ostrava highlands face acute hunger, a report by the Famine Early Warning Network (FEWN) said on Tuesday, [[40 percent]] more than a year earlier.

The report, compiled with [[six]] aid agencies, estimates that [[410,000]] children under five are acutely malnourished. It says food prices in highland markets currently stand at [[2.5 times]] their five-year average.

Drought has cut the maize harvest by [[nearly half]] since 2023, the report found, and [[three]] of the region's [[five]] main roads could not be used during the rains.

The regional governor, Tomas Erdei, rejected the figures as exaggerated. "Our own count is [[1.1 million]] people in need, and we are reaching them," he said.

Aid groups have received [[18 percent]] of the [[$640 million]] they need for the highlands this year, the UN humanitarian office said. Without more money, it said, food rations would be reduced from June.>>>
""",
        "claims": [
            C(2.8e6, None, "approx", "person", "face", "people facing acute hunger", "fewn", "2025-04-29"),
            C(40, None, "exact", "percent", "rise", "rise in people facing hunger over a year", "fewn", "2025-04-29"),
            C(6, None, "exact", "agency", "compile", "aid agencies that compiled the report", "fewn"),
            C(410000, None, "exact", "child", "malnourish", "acutely malnourished children", "fewn", hedged=True),
            C(2.5, None, "exact", "times", "price", "food prices against their five-year average", "fewn", "2025-04-29"),
            C(50, None, "at_most", "percent", "cut", "cut in the maize harvest", "fewn", "2023-01-01/2025-04-29"),
            C(3, None, "exact", "road", "close", "main roads unusable during the rains", "fewn"),
            C(5, None, "exact", "road", None, "main roads of the region", "fewn"),
            C(1.1e6, None, "exact", "person", "need", "people in need by the governor's count", "te"),
            C(18, None, "exact", "percent", "receive", "share of the appeal received", "ocha", "2025-01-01/2025-12-31"),
            C(640e6, None, "exact", "dollar", "need", "money aid groups need this year", "ocha", "2025-01-01/2025-12-31"),
        ],
    },
    {
        "doc": "032_port_alven_heat.txt",
        "story": "port-alven-heat-2025-06",
        "outlet": None, "outlet_basis": None,
        "title": "Heat deaths mount in Port Alven as temperatures stay above 40C",
        "author": "Ines Kovac", "published": "2025-06-03", "dateline": "PORT ALVEN",
        "claimants": {
            "hd": ("city health department", ["department"], []),
            "wo": ("national weather office", [], []),
            "mf": ("Dario Fenn", ["Fenn"], []),
            "av": ("Alvenet", [], []),
        },
        "text": """Heat deaths mount in Port Alven as temperatures stay [[above 40C]]
By Ines Kovac

<<<PORT ALVEN, June 3, 2025 — Hospitals in Port Alven treated [[more than 1,300]] people for heat stroke last week, the city health department said Monday, as temperatures stayed [[above 40 degrees Celsius]] for a sixth straight day.

At least [[23]] people have died from heat-related causes since May 24, the department said. [[Fourteen]] of them were over 70, and most lived alone.

The national weather office said yesterday's high of [[44.1 degrees Celsius]] at the airport was the hottest June day on record. It expects temperatures to ease to [[about 36 degrees]] by Friday.

Mayor Dario Fenn said the city had opened [[28]] cooling centres, and that [[about 9,000]] people used them over the weekend. "We will keep them open for as long as this lasts," he said.

Electricity demand peaked at [[6.2 gigawatts]] on Sunday evening, grid operator Alvenet said, close to the system's limit of [[6.5 gigawatts]]. It asked households to run washing machines late at night.>>>
""",
        "claims": [
            C(40, None, "at_least", "degree celsius", "temperature", "temperatures in Port Alven", None),
            C(1300, None, "at_least", "person", "treat", "people treated for heat stroke", "hd", "2025-05-26/2025-06-01"),
            C(40, None, "at_least", "degree celsius", "temperature", "temperatures in Port Alven", None, "2025-06-02"),
            C(23, None, "at_least", "person", "die", "heat-related deaths", "hd", "2025-05-24/2025-06-03"),
            C(14, None, "exact", "person", "die", "heat deaths of people over 70", "hd"),
            C(44.1, None, "exact", "degree celsius", "temperature", "high at the airport", "wo", "2025-06-02"),
            C(36, None, "approx", "degree", "temperature", "forecast temperature", "wo", "2025-06-06", hedged=True),
            C(28, None, "exact", "centre", "open", "cooling centres opened", "mf"),
            C(9000, None, "approx", "person", "use", "people using cooling centres", "mf", "2025-05-31/2025-06-01"),
            C(6.2, None, "exact", "gigawatt", "demand", "peak electricity demand", "av", "2025-06-01"),
            C(6.5, None, "exact", "gigawatt", "limit", "grid capacity limit", "av"),
        ],
    },
    {
        "doc": "033_marovia_exit_polls.txt",
        "story": "marovia-election-2025-03",
        "outlet": None, "outlet_basis": None,
        "title": "Civic Alliance leads Marovia vote count",
        "author": None, "published": "2025-03-10", "dateline": None,
        "claimants": {
            "ep": ("exit polls", [], []),
            "cec": ("Central Electoral Commission", ["commission"], []),
            "hr": ("Hanna Ruud", ["Ruud"], []),
            "mtv": ("MTV-2 exit poll", ["MTV-2", "exit poll"], []),
        },
        "text": """Posted: 10 March 2025, 01:15

Civic Alliance leads Marovia vote count

<<<Exit polls gave the Civic Alliance [[about 38 percent]] of the vote in Sunday's parliamentary election in Marovia, ahead of the ruling National Party on [[31 percent]].

With [[87 percent]] of ballots counted early on Monday, the Central Electoral Commission put the Civic Alliance on [[36.4 percent]] and the National Party on [[32.9 percent]]. Turnout was [[61 percent]], the commission said.

According to the exit polls, [[52 percent]] of voters under 35 backed the Civic Alliance, while [[nearly 60 percent]] of voters over 60 chose the National Party.

Civic Alliance leader Hanna Ruud said her party expected to win [[at least 70]] of the [[150]] seats and would seek partners among the smaller parties. The National Party's campaign chief, Viktor Lenz, said it was too early to call the result.

An exit poll for the broadcaster MTV-2 gave the smaller parties a combined [[18 percent]]. Final results are due later this week.>>>
""",
        "claims": [
            C(38, None, "approx", "percent", "vote", "Civic Alliance vote share", "ep", "2025-03-09"),
            C(31, None, "exact", "percent", "vote", "National Party vote share", "ep", "2025-03-09"),
            C(87, None, "exact", "percent", "count", "share of ballots counted", "cec", "2025-03-10"),
            C(36.4, None, "exact", "percent", "vote", "Civic Alliance share of counted votes", "cec", "2025-03-10"),
            C(32.9, None, "exact", "percent", "vote", "National Party share of counted votes", "cec", "2025-03-10"),
            C(61, None, "exact", "percent", "turnout", "turnout", "cec"),
            C(52, None, "exact", "percent", "back", "voters under 35 backing the Civic Alliance", "ep"),
            C(60, None, "at_most", "percent", "choose", "voters over 60 choosing the National Party", "ep"),
            C(70, None, "at_least", "seat", "win", "seats the Civic Alliance expects to win", "hr", hedged=True),
            C(150, None, "exact", "seat", None, "seats in parliament", "hr"),
            C(18, None, "exact", "percent", "vote", "combined share of smaller parties", "mtv"),
        ],
    },
    {
        "doc": "034_lakeshore_ridership.txt",
        "story": "lakeshore-metro-ridership-2025",
        "outlet": "Lakeshore Tribune", "outlet_basis": "text",
        "title": "Metro ridership reaches its highest level since the pandemic",
        "author": None, "published": "2025-06-18", "dateline": None,
        "claimants": {
            "lta": ("Lakeshore Transit Authority", ["authority", "Omar Haddad", "Haddad"], []),
            "lcu": ("Lakeshore Commuters' Union", ["rider survey"], []),
        },
        "text": """https://www.lakeshore-tribune.example/2025/06/18/metro-ridership-high
Lakeshore Tribune > Local > Transport

Metro ridership reaches its highest level since the pandemic

<<<Weekday ridership on the Lakeshore Metro has risen to [[412,000]] trips, the highest since early 2020, figures released by the Lakeshore Transit Authority show.

The data show that ridership in May was [[94 percent]] of its level in May 2019, up from [[81 percent]] a year earlier. Weekend ridership stood at [[103 percent]] of its pre-pandemic level in May.

The authority currently runs [[1,140]] trains each weekday on its [[four]] lines. Its board voted last week to add [[60]] more.

Transit chief Omar Haddad said fare revenue so far this year was [[$212 million]], [[$9 million]] above budget. "People are coming back because the trains turn up on time," he said.

Not every rider is convinced. A rider survey by the Lakeshore Commuters' Union found that [[46 percent]] of respondents said crowding at rush hour had got worse, and the union wants the new trains on the Red Line first.>>>

Share | Print | Comments
""",
        "claims": [
            C(412000, None, "exact", "trip", "ride", "weekday trips on the Lakeshore Metro", "lta", "2025-06-18"),
            C(94, None, "exact", "percent", "ride", "May ridership against May 2019", "lta", "2025-05"),
            C(81, None, "exact", "percent", "ride", "ridership against 2019 a year earlier", "lta", "2024-05"),
            C(103, None, "exact", "percent", "ride", "weekend ridership against pre-pandemic level", "lta", "2025-05"),
            C(1140, None, "exact", "train", "run", "trains run each weekday", "lta", "2025-06-18"),
            C(4, None, "exact", "line", "run", "metro lines", "lta", "2025-06-18"),
            C(60, None, "exact", "train", "add", "trains the board voted to add", "lta", "2025-06-09/2025-06-15"),
            C(212e6, None, "exact", "dollar", "revenue", "fare revenue this year", "lta", "2025-01-01/2025-06-18"),
            C(9e6, None, "exact", "dollar", "revenue", "fare revenue above budget", "lta", "2025-01-01/2025-06-18"),
            C(46, None, "exact", "percent", "say", "respondents saying crowding got worse", "lcu"),
        ],
    },
]
