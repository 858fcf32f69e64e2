"""Annotated sources, reports 045-052 (marks are explained in build_gold.py).

Written before any measurement, by a writer who had not seen the extraction code, to stress
how a figure's speaker is found: a person named in full once and then by bare surname, by
"he"/"she" after a quote (also when someone else spoke in between) or by a title's role noun
("the senator", "the governor", "the mayor", "the chief executive", a vice president beside
a president); "the company" after a named company; polls whose results run on over several
sentences and into the next paragraph, closed by "the poll found", followed by figures in
the outlet's own voice; quotes led in by a colon ("X continued: ..."), answered ("..., she
replied"), run over two paragraphs, or a newsroom quoted for its own reporting.
"""
from build_gold import C

DOCS = [
    {
        "doc": "045_calder_governor_poll.txt",
        "story": "calder-governor-race-2026",
        "outlet": "Harwick Ledger", "outlet_basis": "text",
        "title": "Marsh opens lead in Calder governor's race",
        "author": "Odile Brann", "published": "2026-09-15", "dateline": None,
        "claimants": {
            "hl": ("Harwick/Ledger poll", ["poll", "Harwick/Ledger"], []),
            "cpr": ("Calder Public Radio survey", ["Calder Public Radio", "survey"], []),
            "do": ("David Okonjo", ["Okonjo", "state Sen. David Okonjo", "senator"], []),
            "lm": ("Lena Marsh", ["Marsh", "Rep. Lena Marsh"], []),
            "pd": ("Priscilla Dane", ["Dane", "Okonjo's campaign manager"], []),
        },
        "text": """Harwick Ledger
September 15, 2026

Marsh opens lead in Calder governor's race

By Odile Brann

<<<Rep. Lena Marsh has pulled ahead of state Sen. David Okonjo in the race for governor of Calder, seven weeks before voters go to the polls.

According to a Harwick/Ledger poll released on Monday, Marsh leads with [[44 percent]]. Okonjo trails at [[36 percent]]. [[Eleven percent]] of likely voters have not made up their minds.

Among independents, Marsh is ahead by [[14]] points. Okonjo keeps a narrow edge with voters over 65, [[46 percent]] to [[43 percent]], the poll found.

Calder has [[3.9 million]] registered voters. Turnout in the 2022 race for governor was [[61 percent]].

In the latest Calder Public Radio survey, [[55 percent]] of voters named property taxes as their main worry. That survey put Marsh ahead by [[six]] points.

Okonjo brushed the numbers aside. "Polls in September don't cast ballots," the senator told supporters in Dunmore on Sunday. "We have knocked on [[310,000]] doors since March, and we will knock on every one of them again."

Marsh said on Monday that her campaign had raised [[$7.2 million]] so far. Okonjo's campaign manager, Priscilla Dane, put the senator's total at [[$5.9 million]]. "We never expected to win the money race," Dane said.

Marsh shrugged that off. "We have [[38]] field offices open and more people knocking on doors every weekend," she said. "Money is only part of the story."

The two candidates meet for their first debate in Port Elden next Thursday.>>>
""",
        "claims": [
            C(44, None, "exact", "percent", "lead", "likely voters backing Marsh", "hl", "2026-09-14"),
            C(36, None, "exact", "percent", "trail", "likely voters backing Okonjo", "hl"),
            C(11, None, "exact", "percent", "undecided", "likely voters undecided", "hl"),
            C(14, None, "exact", "point", "lead", "Marsh's lead among independents", "hl"),
            C(46, None, "exact", "percent", None, "voters over 65 backing Okonjo", "hl"),
            C(43, None, "exact", "percent", None, "voters over 65 backing Marsh", "hl"),
            C(3.9e6, None, "exact", "voter", "register", "registered voters in Calder", None),
            C(61, None, "exact", "percent", "turnout", "turnout in the 2022 governor's race", None,
              "2022-01-01/2022-12-31"),
            C(55, None, "exact", "percent", "worry", "voters naming property taxes as their main worry", "cpr"),
            C(6, None, "exact", "point", "lead", "Marsh's lead in the public radio survey", "cpr"),
            C(310000, None, "exact", "door", "knock", "doors knocked on by Okonjo's campaign", "do",
              "2026-03-01/2026-09-13"),
            C(7.2e6, None, "exact", "dollar", "raise", "money raised by Marsh's campaign", "lm", "2026-09-14"),
            C(5.9e6, None, "exact", "dollar", "raise", "money raised by Okonjo's campaign", "pd"),
            C(38, None, "exact", "office", "open", "Marsh campaign field offices", "lm"),
        ],
    },
    {
        "doc": "046_brennport_transit_strike.txt",
        "story": "brennport-transit-strike-2026-06",
        "outlet": None, "outlet_basis": None,
        "title": "Brennport bus and tram drivers walk out over pay",
        "author": None, "published": "2026-06-10", "dateline": None,
        "claimants": {
            "un": ("Brennport Transit Workers' Union", ["union"], []),
            "ta": ("Tomas Adeyemi", ["Adeyemi"], []),
            "rh": ("Ruth Halloran", ["Halloran", "Brennport Transit Authority", "authority"], []),
            "cv": ("Carla Venturi", ["Venturi", "Mayor Carla Venturi", "mayor"], []),
        },
        "text": """date 2026-06-10
Brennport bus and tram drivers walk out over pay

<<<[[About 4,200]] bus and tram drivers in Brennport walked off the job on Tuesday, shutting down most of the city's transit network, the Brennport Transit Workers' Union said.

Tomas Adeyemi, a union organiser at the Eastgate depot, said drivers had lost [[9 percent]] of their pay to inflation since 2024. Adeyemi has argued for months that the Brennport Transit Authority could pay for a raise out of its [[$140 million]] reserve fund.

The authority's chief executive, Ruth Halloran, said its offer of [[4 percent]] a year was fair. "We already have a [[$62 million]] hole in next year's budget," she said. "A [[9 percent]] raise would cost us another [[$38 million]]."

Mayor Carla Venturi urged both sides to return to talks and said the city had hired [[250]] shuttle buses to carry commuters to the main business districts.

Adeyemi said drivers would stay out as long as it took. "Nobody wants to strand [[300,000]] riders a day, but we have been patient for two years," he said.

The mayor said the shuttles would run until the strike ended. "We can move [[about 30,000]] people a day with them, and not one more," she said.

The network carried [[112 million]] passengers last year. No new talks had been scheduled by Tuesday evening.

The union said [[more than 90 percent]] of its members had voted for the walkout in May. Halloran said the authority would not take the reserve fund apart to settle a single contract, and that the fund was there to replace ageing trams.>>>
""",
        "claims": [
            C(4200, None, "approx", "driver", "walk out", "bus and tram drivers on strike", "un", "2026-06-09"),
            C(9, None, "exact", "percent", "lose", "drivers' pay lost to inflation", "ta", "2024-01-01/2026-06-10"),
            C(140e6, None, "exact", "dollar", "reserve", "transit authority reserve fund", "ta"),
            C(4, None, "exact", "percent", "offer", "authority's yearly pay offer", "rh"),
            C(62e6, None, "exact", "dollar", "gap", "hole in next year's transit budget", "rh", "2027-01-01/2027-12-31"),
            C(9, None, "exact", "percent", "raise", "raise the drivers ask for", "rh"),
            C(38e6, None, "exact", "dollar", "cost", "extra cost of the raise", "rh"),
            C(250, None, "exact", "bus", "hire", "shuttle buses hired by the city", "cv"),
            C(300000, None, "exact", "rider", "strand", "daily riders stranded by the strike", "ta"),
            C(30000, None, "approx", "person", "move", "people the shuttles can move a day", "cv"),
            C(112e6, None, "exact", "passenger", "carry", "passengers carried by the network", None,
              "2025-01-01/2025-12-31"),
            C(90, None, "at_least", "percent", "vote", "union members voting for the walkout", "un", "2026-05"),
        ],
    },
    {
        "doc": "047_st_anselm_kickback_trial.txt",
        "story": "st-anselm-kickback-trial-2026-05",
        "outlet": "Valdor Tribune", "outlet_basis": "text",
        "title": "Ex-hospital buyer took kickbacks, prosecutor tells jury",
        "author": None, "published": "2026-05-21", "dateline": "VELMORA",
        "claimants": {
            "nk": ("Nadia Kessler", ["Kessler", "prosecutor Nadia Kessler"], []),
            "bo": ("Bernard Oyelaran", ["Oyelaran", "Hale's lawyer"], []),
            "gs": ("Greta Solberg", ["Solberg"], []),
        },
        "text": """Valdor Tribune
21 May 2026

Ex-hospital buyer took kickbacks, prosecutor tells jury

<<<VELMORA — A former procurement director at St. Anselm Hospital took [[$2.4 million]] in kickbacks from a medical supplier, prosecutor Nadia Kessler told a jury on Wednesday.

Kessler said Marcus Hale, 51, steered [[37]] contracts worth [[$19 million]] to Orlin Medical Supply between 2019 and 2023. Kessler continued: “He kept [[three]] bank accounts in his sister's name. Every one of them received a payment within a week of a contract being signed.”

Hale's lawyer, Bernard Oyelaran, told jurors the payments were consulting fees and that his client had declared [[$310,000]] of them on his tax returns. “This is a paperwork case dressed up as a crime,” Oyelaran said.

The hospital's former finance chief, Greta Solberg, testified that she had flagged [[14]] contracts with no competing bids in 2023. Under cross-examination, Oyelaran asked whether the hospital had lost a cent on those contracts.

“It paid [[about 18 percent]] more than the going rate for heart stents,” she replied.

Oyelaran pressed her on why she had not gone to the police. Solberg said she had reported her concerns to the board and had been told the matter was being handled.

Hale faces [[11]] counts of bribery and fraud and has pleaded not guilty. St. Anselm has paid Orlin Medical Supply [[$4.1 million]] since the indictment in March, the Tribune found in hospital records.

The trial is expected to last until the middle of June. Judge Hollis Varnet told jurors they would not sit on Fridays.>>>
""",
        "claims": [
            C(2.4e6, None, "exact", "dollar", "kickback", "kickbacks taken by Hale", "nk", "2026-05-20"),
            C(37, None, "exact", "contract", "steer", "contracts steered to Orlin Medical Supply", "nk",
              "2019-01-01/2023-12-31"),
            C(19e6, None, "exact", "dollar", "contract", "value of the steered contracts", "nk",
              "2019-01-01/2023-12-31"),
            C(3, None, "exact", "account", "keep", "bank accounts in the sister's name", "nk"),
            C(310000, None, "exact", "dollar", "declare", "payments declared on Hale's tax returns", "bo"),
            C(14, None, "exact", "contract", "flag", "contracts without competing bids", "gs",
              "2023-01-01/2023-12-31"),
            C(18, None, "approx", "percent", "pay", "amount paid above the going rate for stents", "gs"),
            C(11, None, "exact", "count", "face", "counts Hale faces", None),
            C(4.1e6, None, "exact", "dollar", "pay", "payments to Orlin Medical Supply since the indictment", None,
              "2026-03-01/2026-05-21"),
        ],
    },
    {
        "doc": "048_corvex_foods_results.txt",
        "story": "corvex-foods-results-2026-02",
        "outlet": None, "outlet_basis": None,
        "title": "Corvex Foods profit falls 18 percent as cocoa costs bite",
        "author": None, "published": "2026-02-26", "dateline": None,
        "claimants": {
            "cf": ("Corvex Foods", ["Corvex", "company"], []),
            "ab": ("Anika Brandvold", ["Brandvold", "Corvex Foods", "Corvex", "chief executive"], []),
            "of": ("Oren Falk", ["Falk", "Corvex Foods", "Corvex", "Finance chief Oren Falk"], []),
            "mt": ("Maren Tolvik", ["Tolvik", "Heddon Securities"], []),
        },
        "text": """date 2026-02-26
Corvex Foods profit falls [[18 percent]] as cocoa costs bite

<<<Corvex Foods said on Thursday that its net profit fell [[18 percent]] last year to [[€412 million]], as the price of cocoa drove up costs across its chocolate business.

Sales rose [[6 percent]] to [[€5.3 billion]], the company said. It plans to cut [[about 900]] jobs, most of them at its plants in Osterlund.

Chief executive Anika Brandvold said cocoa had cost the group [[€260 million]] more last year than the year before. "We raised prices in the spring and again in the autumn, and it was still not enough," she said.

Finance chief Oren Falk said the company expected its operating margin to recover to [[about 11 percent]] this year. "The worst of the cocoa shock is behind us," he said.

Maren Tolvik, an analyst at Heddon Securities, said the job cuts would save [[roughly €70 million]] a year. Tolvik has argued that chocolate, at [[about 60 percent]] of sales, leaves Corvex badly exposed to a single crop.

Brandvold disagreed. "Chocolate is what people come to us for, and it earned [[€1.1 billion]] in operating profit before cocoa prices took off," the chief executive said.

Corvex shares fell [[4.2 percent]] in Dellhaven on Thursday. The company employs [[about 21,000]] people in [[14]] countries.

The board will ask shareholders to approve a smaller dividend at the annual meeting in April. Unions at the Osterlund plants said they had not been told which sites would be hit.>>>
""",
        "claims": [
            C(18, None, "exact", "percent", "fall", "fall in Corvex net profit", None),
            C(18, None, "exact", "percent", "fall", "fall in Corvex net profit", "cf", "2025-01-01/2025-12-31"),
            C(412e6, None, "exact", "euro", "profit", "Corvex net profit", "cf", "2025-01-01/2025-12-31"),
            C(6, None, "exact", "percent", "rise", "rise in Corvex sales", "cf"),
            C(5.3e9, None, "exact", "euro", "sales", "Corvex sales", "cf"),
            C(900, None, "approx", "job", "cut", "jobs Corvex plans to cut", "cf"),
            C(260e6, None, "exact", "euro", "cost", "extra cocoa costs", "ab", "2025-01-01/2025-12-31"),
            C(11, None, "approx", "percent", "margin", "Corvex operating margin expected", "of",
              "2026-01-01/2026-12-31", hedged=True),
            C(70e6, None, "approx", "euro", "save", "yearly savings from the job cuts", "mt"),
            C(60, None, "approx", "percent", "sales", "chocolate's share of Corvex sales", "mt"),
            C(1.1e9, None, "exact", "euro", "profit", "operating profit from chocolate", "ab"),
            C(4.2, None, "exact", "percent", "fall", "fall in Corvex shares", None, "2026-02-26"),
            C(21000, None, "approx", "person", "employ", "Corvex employees", None),
            C(14, None, "exact", "country", None, "countries where Corvex employs people", None),
        ],
    },
    {
        "doc": "049_varenia_berry_hepatitis.txt",
        "story": "varenia-hepatitis-berries-2026-07",
        "outlet": "Varenia Morning Star", "outlet_basis": "text",
        "title": "Hepatitis A cases linked to frozen berries climb to 163",
        "author": None, "published": "2026-07-08", "dateline": None,
        "claimants": {
            "nhi": ("National Health Institute", ["institute", "Sunniva Kallas", "Kallas"], []),
            "iv": ("Idris Varga", ["Varga", "President Idris Varga"], []),
            "nh": ("Noor Halden", ["Halden", "Vice President Noor Halden"], []),
        },
        "text": """Varenia Morning Star
July 8, 2026

Hepatitis A cases linked to frozen berries climb to [[163]]

<<<The number of hepatitis A cases linked to frozen berries has climbed to [[163]], the National Health Institute said on Tuesday, up from [[97]] last week.

[[Twenty-one]] patients have been admitted to hospital and [[two]] have died, the institute said.

President Idris Varga ordered the recall of [[14]] frozen fruit products on Monday and told importers to clear their warehouses. The president said the recall would cost the trade [[about €8 million]].

Vice President Noor Halden, who chairs the government's food safety council, said inspectors had tested [[380]] batches so far and found the virus in [[nine]]. “We have asked for [[40]] more inspectors to help with the testing,” the vice president said.

More from Sunniva Kallas, the institute's head of infectious diseases: “Most of the patients are adults, and [[about a third]] of them bought smoothies from the same cafe chain. We expect [[50 to 80]] more cases over the summer, because the illness can take weeks to show.”

Varenia recorded [[212]] hepatitis A cases in the whole of 2025.

Varga said he would ask parliament to give food inspectors the power to close warehouses without a court order. Halden said the council would publish the names of the brands involved once laboratory results were confirmed. Shops have been told to take the products off their shelves and give refunds to anyone who returns a bag.>>>
""",
        "claims": [
            C(163, None, "exact", "case", None, "hepatitis A cases linked to frozen berries", None),
            C(163, None, "exact", "case", None, "hepatitis A cases linked to frozen berries", "nhi", "2026-07-07"),
            C(97, None, "exact", "case", None, "hepatitis A cases a week earlier", "nhi", "2026-06-29/2026-07-05"),
            C(21, None, "exact", "patient", "admit", "patients admitted to hospital", "nhi"),
            C(2, None, "exact", "patient", "die", "deaths from the outbreak", "nhi"),
            C(14, None, "exact", "product", "recall", "frozen fruit products recalled", None, "2026-07-06"),
            C(8e6, None, "approx", "euro", "cost", "cost of the recall to the trade", "iv"),
            C(380, None, "exact", "batch", "test", "batches tested", "nh", "2026-07-08"),
            C(9, None, "exact", "batch", "find", "batches with the virus", "nh", "2026-07-08"),
            C(40, None, "exact", "inspector", "ask", "extra inspectors asked for", "nh"),
            C(33.33, None, "approx", "percent", "buy", "patients who bought smoothies from one chain", "nhi"),
            C(50, 80, "range", "case", "expect", "further cases expected", "nhi", "2026-06-01/2026-08-31", hedged=True),
            C(212, None, "exact", "case", None, "hepatitis A cases in 2025", None, "2025-01-01/2025-12-31"),
        ],
    },
    {
        "doc": "050_marlow_bay_budget.txt",
        "story": "marlow-bay-budget-2026-03",
        "outlet": "Marlow Bay Observer", "outlet_basis": "text",
        "title": "Rusk's budget holds property taxes, adds police",
        "author": "Teodor Vance", "published": "2026-03-18", "dateline": None,
        "claimants": {
            "er": ("Elena Rusk", ["Rusk", "Mayor Elena Rusk", "mayor"], []),
            "of": ("Omar Fennick", ["Fennick", "Council President Omar Fennick"], []),
            "kg": ("Kessington Gazette", ["Gazette"], []),
        },
        "text": """Marlow Bay Observer
March 18, 2026 | By Teodor Vance

Rusk's budget holds property taxes, adds police

<<<Mayor Elena Rusk unveiled a [[$1.84 billion]] budget for Marlow Bay, [[3.5 percent]] larger than the current one, and told the city council she would not raise property taxes.

"This budget puts [[120]] more officers on the street and repaves [[40 miles]] of road," Rusk said. "It does all of that without asking homeowners for another cent.

"We closed a [[$75 million]] gap by freezing [[210]] vacant posts, and we did it without laying anyone off."

The mayor said the plan also set aside [[$9 million]] for clearing snow, after a winter in which the city ran through its salt budget by January.

Council President Omar Fennick said the plan leaned on [[$48 million]] in one-time federal money that would soon run out. "That is a cliff, not a budget," he said.

The Kessington Gazette reported: "The city's pension fund is short [[$1.1 billion]], and the budget pays in [[$30 million]] less than the actuaries recommended."

Rusk disputed that. "We are paying in [[$212 million]] this year, more than any administration before us," she replied.

The city has [[14,300]] employees. Its budget has grown by [[about $260 million]] since 2022.

The council has held [[two]] budget hearings so far. Fennick said members would press for a larger payment into the pension fund before a vote in May.>>>
""",
        "claims": [
            C(1.84e9, None, "exact", "dollar", "budget", "Marlow Bay budget proposed by Rusk", "er"),
            C(3.5, None, "exact", "percent", "increase", "growth of the budget over the current one", "er"),
            C(120, None, "exact", "officer", "add", "police officers added by the budget", "er"),
            C(40, None, "exact", "mile", "repave", "road repaved under the budget", "er"),
            C(75e6, None, "exact", "dollar", "gap", "budget gap closed", "er"),
            C(210, None, "exact", "post", "freeze", "vacant posts frozen", "er"),
            C(9e6, None, "exact", "dollar", "set aside", "money for snow clearing", "er"),
            C(48e6, None, "exact", "dollar", "federal money", "one-time federal money in the budget", "of"),
            C(1.1e9, None, "exact", "dollar", "shortfall", "pension fund shortfall", "kg"),
            C(30e6, None, "exact", "dollar", "pay", "pension payment below the actuaries' advice", "kg"),
            C(212e6, None, "exact", "dollar", "pay", "city payment into the pension fund", "er",
              "2026-01-01/2026-12-31"),
            C(14300, None, "exact", "employee", None, "city employees", None),
            C(260e6, None, "approx", "dollar", "grow", "growth of the city budget", None, "2022-01-01/2026-03-18"),
            C(2, None, "exact", "hearing", "hold", "budget hearings held", None, "2026-03-18"),
        ],
    },
    {
        "doc": "051_carrick_comets_stadium.txt",
        "story": "carrick-comets-stadium-2026-08",
        "outlet": None, "outlet_basis": None,
        "title": "Governor backs state money for Comets stadium",
        "author": None, "published": "2026-08-04", "dateline": None,
        "claimants": {
            "ma": ("Miriam Ashdown", ["Ashdown", "Gov. Miriam Ashdown", "governor"], []),
            "hd": ("Halvard Development", ["Halvard", "company"], []),
            "vp": ("Victor Penhale", ["Penhale", "Carrick Comets", "Comets"], []),
            "jb": ("Joanna Brill", ["Brill", "Sen. Joanna Brill", "senator"], []),
        },
        "text": """date 2026-08-04
Governor backs state money for Comets stadium

<<<Gov. Miriam Ashdown said on Monday that the state would put [[$350 million]] toward a new stadium for the Carrick Comets, a deal she said would keep the football club in the city until at least 2060.

The governor said the stadium would seat [[42,000]] people and cost [[about $1.2 billion]] in all.

Halvard Development, which would build it, said it expects to hire [[2,500]] construction workers. The company also promised that [[30 percent]] of its contracts would go to firms in Carrick County.

Comets owner Victor Penhale said the club would pay [[$600 million]] and cover any cost overruns. "We are not asking anyone to pay for our mistakes," he said.

Sen. Joanna Brill called the deal a giveaway. Brill has argued that the state's real share is [[closer to $500 million]] once land and road work are counted. "Taxpayers are paying for parking lots," the senator said. "The last stadium deal in this state returned [[11 cents]] on the dollar."

Ashdown dismissed the estimate. "We counted every road and every pipe," she said, adding that the stadium would host [[60]] events a year besides football.

The Comets' current ground, opened in 1961, holds [[31,000]] people. The club drew an average crowd of [[27,400]] in 2025.

The legislature must approve the state's share, and a vote is not expected before the autumn session. Penhale said work could begin next spring if lawmakers back the plan.>>>
""",
        "claims": [
            C(350e6, None, "exact", "dollar", "put", "state money for the stadium", "ma", "2026-08-03"),
            C(42000, None, "exact", "person", "seat", "stadium capacity", "ma"),
            C(1.2e9, None, "approx", "dollar", "cost", "total cost of the stadium", "ma"),
            C(2500, None, "exact", "worker", "hire", "construction workers to be hired", "hd", hedged=True),
            C(30, None, "exact", "percent", "go", "contracts for Carrick County firms", "hd"),
            C(600e6, None, "exact", "dollar", "pay", "money the club would pay", "vp"),
            C(500e6, None, "approx", "dollar", "share", "state's real share of the cost", "jb"),
            C(11, None, "exact", "cent", "return", "return on the last stadium deal per dollar", "jb"),
            C(60, None, "exact", "event", "host", "events a year at the stadium", "ma"),
            C(31000, None, "exact", "person", "hold", "capacity of the current ground", None),
            C(27400, None, "exact", "crowd", "draw", "average crowd", None, "2025-01-01/2025-12-31"),
        ],
    },
    {
        "doc": "052_kelso_ridge_fire_inquiry.txt",
        "story": "kelso-ridge-fire-inquiry-2026-10",
        "outlet": "Highland Courier", "outlet_basis": "text",
        "title": "Kelso Ridge fire crews were stretched thin, inquiry hears",
        "author": None, "published": "2026-10-13", "dateline": None,
        "claimants": {
            "hc": ("Hamish Cardew", ["Cardew", "counsel to the inquiry"], []),
            "rt": ("Rowan Teague", ["Teague", "Fire chief Rowan Teague", "fire service"], []),
            "ea": ("emergency agency", ["agency"], []),
        },
        "text": """Highland Courier
13 October 2026

Kelso Ridge fire crews were stretched thin, inquiry hears

<<<The fire that swept through Kelso Ridge in August destroyed [[417]] homes, counsel to the inquiry, Hamish Cardew, said on Monday as public hearings opened.

Fire chief Rowan Teague told the inquiry his crews had [[11]] engines to cover a [[90-kilometer]] front on the first night. Teague said the fire service had asked for [[26]] more firefighters in its 2025 budget request and had received none.

Teague continued: "We were fighting a fire the size of a city with the crews you would send to a barn fire. By midnight the wind was gusting at [[95 kilometers per hour]]."

Cardew asked Teague how many water tankers the service had on hand that night. "We had [[four]], and we needed [[twelve]]," he replied.

The emergency agency said [[2,300]] people had registered for housing help so far and that it had paid out [[$18.6 million]] since the fire. The agency expects claims to keep rising through the winter.

The fire burned [[about 38,000 hectares]] in all. The regional government announced a [[$40 million]] rebuilding fund last week.

Residents who lost their homes filled the back of the hall, and several wept as a map of the fire's path was shown on a screen. The hearings are due to run until December, and the inquiry's chair has said she wants to report before the next fire season.>>>
""",
        "claims": [
            C(417, None, "exact", "home", "destroy", "homes destroyed by the fire", "hc", "2026-08"),
            C(11, None, "exact", "engine", None, "fire engines on the first night", "rt"),
            C(90, None, "exact", "kilometer", "front", "length of the fire front", "rt"),
            C(26, None, "exact", "firefighter", "ask", "firefighters asked for in the budget request", "rt",
              "2025-01-01/2025-12-31"),
            C(95, None, "exact", "kilometer per hour", "gust", "wind gusts", "rt"),
            C(4, None, "exact", "tanker", None, "water tankers on hand", "rt"),
            C(12, None, "exact", "tanker", "need", "water tankers needed", "rt"),
            C(2300, None, "exact", "person", "register", "people registered for housing help", "ea", "2026-10-13"),
            C(18.6e6, None, "exact", "dollar", "pay", "money paid out since the fire", "ea", "2026-08-01/2026-10-13"),
            C(38000, None, "approx", "hectare", "burn", "area burned", None),
            C(40e6, None, "exact", "dollar", "fund", "rebuilding fund announced", None, "2026-10-05/2026-10-11"),
        ],
    },
]
