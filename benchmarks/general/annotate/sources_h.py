"""Annotated sources, reports 035-044 (marks are explained in build_gold.py).

Written for issue 10 before any tuning of the cues they test: figures a source puts forward
by proposing, promising, pledging, vowing, warning, accusing, charging, predicting or
estimating (the source's claim), beside figures of actions the outlet reports in its own
voice (ordered, appointed, decided, approved, allowed, bought: no claimant). A figure in a
proposal named with its author ("her plan would cost", "under her proposal") is the author's.
"""
from build_gold import C

DOCS = [
    {
        "doc": "035_rivenhall_bus_plan.txt",
        "story": "rivenhall-bus-plan-2026-03",
        "outlet": None, "outlet_basis": None,
        "title": "Rivenhall mayor proposes 120 electric buses",
        "author": None, "published": "2026-03-10", "dateline": None,
        "claimants": {
            "ik": ("Ines Kovac", ["Kovac", "Rivenhall Mayor Ines Kovac", "mayor"], []),
            "rd": ("Raul Denby", ["Denby", "Council member Raul Denby"], []),
        },
        "text": """date 2026-03-10
Rivenhall mayor proposes [[120]] electric buses

<<<Rivenhall Mayor Ines Kovac proposed adding [[120]] electric buses to the city's fleet and hiring [[300]] more drivers, in a budget speech to the city council.

Her plan would cost [[about $600 million]], most of it raised through a [[0.5 percent]] increase in the sales tax. Kovac promised to hold the basic fare at [[$2]] until the end of her term.

Council member Raul Denby accused the mayor of leaving [[$90 million]] in maintenance costs out of the plan. He predicted the real bill would top [[$750 million]].

The city bought [[40]] buses last year, and the charter allows the council to raise the sales tax by [[up to 1 percent]] without a public vote.

Supporters of the plan packed the public gallery, and several held signs asking for later evening service on the east side. Denby said the council would hold hearings before any vote and that he wanted the transit agency to publish its own cost figures. Kovac said the buses would be charged overnight at the existing depot on Mill Road, which would need new power lines.>>>
""",
        "claims": [
            C(120, None, "exact", "bus", "add", "electric buses proposed for Rivenhall", None),
            C(120, None, "exact", "bus", "add", "electric buses proposed for Rivenhall", "ik"),
            C(300, None, "exact", "driver", "hire", "bus drivers to be hired", "ik"),
            C(600e6, None, "approx", "dollar", "cost", "cost of the bus plan", "ik"),
            C(0.5, None, "exact", "percent", "increase", "sales tax increase in the plan", "ik"),
            C(2, None, "exact", "dollar", "fare", "basic bus fare", "ik"),
            C(90e6, None, "exact", "dollar", "cost", "maintenance costs left out of the plan", "rd"),
            C(750e6, None, "at_least", "dollar", "cost", "real cost of the bus plan", "rd", hedged=True),
            C(40, None, "exact", "bus", "buy", "buses bought by Rivenhall", None, "2025-01-01/2025-12-31"),
            C(1, None, "at_most", "percent", "raise", "sales tax rise allowed without a vote", None),
        ],
    },
    {
        "doc": "036_alder_church_fund.txt",
        "story": "alder-church-embezzlement-2026-02",
        "outlet": "Kestrel Herald", "outlet_basis": "text",
        "title": "Ex-treasurer charged with taking $1.3 million from church fund",
        "author": None, "published": "2026-02-12", "dateline": None,
        "claimants": {
            "pr": ("Alder County prosecutors", ["Prosecutors", "complaint"], []),
            "po": ("Priya Okafor", ["Okafor", "Marrow's lawyer"], []),
        },
        "text": """Kestrel Herald
12 February 2026

Ex-treasurer charged with taking [[$1.3 million]] from church fund

<<<Prosecutors in Alder County have charged a former church treasurer with embezzling [[$1.3 million]] from a building fund over six years.

The complaint accuses Daniel Marrow, 58, of writing [[214]] cheques to himself and to a boat dealer. Marrow's lawyer, Priya Okafor, said her client had repaid [[about $400,000]] and would contest the rest.

A judge ordered Marrow to surrender his passport and set bail at [[$50,000]].

The charge carries a sentence of up to 20 years. The church, which has [[about 900]] members, said in a statement that it had hired an outside auditor.

Members of the congregation said they had noticed that repairs to the roof kept being postponed, but nobody had asked why. The pastor told worshippers on Sunday that the church would cooperate fully with investigators. Okafor said her client was cooperating and had no criminal record. A hearing is scheduled for next month in the county courthouse.>>>
""",
        "claims": [
            C(1.3e6, None, "exact", "dollar", "embezzle", "money taken from the church fund", None),
            C(1.3e6, None, "exact", "dollar", "embezzle", "money taken from the church fund", "pr"),
            C(214, None, "exact", "cheque", "write", "cheques written by the treasurer", "pr"),
            C(400000, None, "approx", "dollar", "repay", "money repaid by the treasurer", "po"),
            C(50000, None, "exact", "dollar", "bail", "bail set for the treasurer", None),
            C(900, None, "approx", "member", None, "members of the church", None),
        ],
    },
    {
        "doc": "037_orvane_chemicals_jobs.txt",
        "story": "orvane-tessing-jobs-2026-01",
        "outlet": None, "outlet_basis": None,
        "title": "Orvane Chemicals warns of up to 800 job losses",
        "author": None, "published": "2026-01-22", "dateline": None,
        "claimants": {
            "oc": ("Orvane Chemicals", ["Orvane"], []),
            "cu": ("Chemunion", ["works union", "Hanne Lisowski", "Lisowski"], []),
        },
        "text": """date 2026-01-22
Orvane Chemicals warns of [[up to 800]] job losses

<<<Orvane Chemicals has warned that [[as many as 800]] jobs could go at its Tessing plant if gas prices stay high, blaming energy bills that it said had tripled to [[€42 million]] a year.

The works union, Chemunion, estimated that [[another 1,500]] jobs at suppliers depend on the plant. Its regional secretary, Hanne Lisowski, vowed to fight every one of the cuts.

The regional government decided in December to give the plant [[€12 million]] in energy aid. It has appointed [[two]] mediators to the talks.

Orvane employs [[about 3,100]] people in the region.

Managers at the plant told staff at a meeting that no decision had been taken yet and that the company was still talking to gas suppliers about longer contracts. Lisowski said workers were angry that they had learned about the warning from the local radio station. The regional economy minister said he would meet both sides before the end of the month.>>>
""",
        "claims": [
            C(800, None, "at_most", "job", "loss", "Orvane job losses", None),
            C(800, None, "at_most", "job", "go", "jobs at risk at the Tessing plant", "oc", hedged=True),
            C(42e6, None, "exact", "euro", "energy bill", "Orvane yearly energy bills", "oc"),
            C(1500, None, "exact", "job", "depend", "supplier jobs depending on the plant", "cu", hedged=True),
            C(12e6, None, "exact", "euro", "aid", "regional energy aid for the plant", None, "2025-12"),
            C(2, None, "exact", "mediator", "appoint", "mediators appointed to the talks", None),
            C(3100, None, "approx", "person", "employ", "Orvane employees in the region", None),
        ],
    },
    {
        "doc": "038_holm_draft_budget.txt",
        "story": "holm-draft-budget-2026-05",
        "outlet": "Nordvik Post", "outlet_basis": "text",
        "title": "Holm's draft budget aims to narrow deficit",
        "author": "Sigrid Aune", "published": "2026-05-06", "dateline": None,
        "claimants": {
            "th": ("Tarek Holm", ["Holm", "Finance Minister Tarek Holm", "ministry", "government"], []),
            "cb": ("central bank", [], []),
            "ms": ("Mira Sand", ["Sand", "Opposition leader Mira Sand"], []),
        },
        "text": """Nordvik Post

Holm's draft budget aims to narrow deficit

By Sigrid Aune
6 May 2026

<<<Finance Minister Tarek Holm's draft budget would cut the deficit to [[2.8 percent]] of output next year from [[3.6 percent]] this year, the ministry said.

Holm pledged [[4 billion crowns]] for road repairs and promised that pensions would rise by [[5 percent]].

The central bank predicted growth of [[1.9 percent]] this year, slower than the [[2.4 percent]] the government expects.

Opposition leader Mira Sand accused Holm of inflating tax receipts by [[9 billion crowns]]. The budget law allows the government to borrow [[up to 30 billion crowns]] without a new vote in parliament.

Parliament approved [[68]] amendments to last year's budget.

The draft now goes to the finance committee, where the governing coalition holds a narrow majority. Economists said the plan relied on strong wage growth and on a recovery in exports to neighbouring markets. Sand said her party would table its own proposals, including a cut in fuel duty, and would try to win over smaller parties before the final vote in the autumn.>>>
""",
        "claims": [
            C(2.8, None, "exact", "percent", "deficit", "budget deficit next year", "th", "2027-01-01/2027-12-31"),
            C(3.6, None, "exact", "percent", "deficit", "budget deficit this year", "th", "2026-01-01/2026-12-31"),
            C(4e9, None, "exact", "crown", "pledge", "money pledged for road repairs", "th"),
            C(5, None, "exact", "percent", "rise", "pension rise", "th"),
            C(1.9, None, "exact", "percent", "growth", "growth forecast by the central bank", "cb",
              "2026-01-01/2026-12-31", hedged=True),
            C(2.4, None, "exact", "percent", "growth", "growth the government expects", "th",
              "2026-01-01/2026-12-31", hedged=True),
            C(9e9, None, "exact", "crown", "inflate", "tax receipts inflated in the budget", "ms"),
            C(30e9, None, "at_most", "crown", "borrow", "borrowing allowed without a vote", None),
            C(68, None, "exact", "amendment", "approve", "amendments approved by parliament", None),
        ],
    },
    {
        "doc": "039_verbeek_winter_beds.txt",
        "story": "verbeek-winter-beds-2025-10",
        "outlet": None, "outlet_basis": None,
        "title": "Health minister orders extra hospital beds for winter",
        "author": None, "published": "2025-10-14", "dateline": None,
        "claimants": {
            "hm": ("health ministry", ["ministry", "Anouk Verbeek", "Verbeek", "Health Minister Anouk Verbeek"], []),
            "nvz": ("NVZ", ["nurses' union", "Joost Aalders", "Aalders"], []),
        },
        "text": """date 2025-10-14
Health minister orders extra hospital beds for winter

<<<Health Minister Anouk Verbeek ordered hospitals to open [[2,000]] extra beds before winter and appointed [[three]] regional coordinators to oversee them.

The ministry estimated that the beds would cost [[€75 million]] to staff. Verbeek warned that flu admissions could reach [[1,200]] a week at the peak of the season.

The nurses' union NVZ said [[more than 6,000]] nursing posts were vacant and called for a [[10 percent]] pay rise. Its chair, Joost Aalders, charged that the ministry had cut [[400]] training places since 2023.

Hospitals treated [[about 18,000]] flu patients last winter.

Hospital managers said finding staff for the beds would be harder than finding the rooms, since many wards already rely on agency nurses. Verbeek said the government would pay overtime rates for nurses who agree to extra shifts during the season. The union said it would consult members about industrial action if talks on pay make no progress before Christmas.>>>
""",
        "claims": [
            C(2000, None, "exact", "bed", "open", "extra hospital beds ordered", None),
            C(3, None, "exact", "coordinator", "appoint", "regional coordinators appointed", None),
            C(75e6, None, "exact", "euro", "cost", "cost of staffing the extra beds", "hm", hedged=True),
            C(1200, None, "exact", "admission", "admit", "weekly flu admissions at the peak", "hm", hedged=True),
            C(6000, None, "at_least", "post", "vacant", "vacant nursing posts", "nvz"),
            C(10, None, "exact", "percent", "rise", "pay rise called for by the union", "nvz"),
            C(400, None, "exact", "place", "cut", "nurse training places cut", "nvz", "2023-01-01/2025-10-14"),
            C(18000, None, "approx", "patient", "treat", "flu patients treated last winter", None,
              "2024-12-01/2025-02-28"),
        ],
    },
    {
        "doc": "040_pike_abara_senate_race.txt",
        "story": "pike-abara-senate-2026",
        "outlet": "Capitol Ledger", "outlet_basis": "text",
        "title": "Pike vows 50,000 factory jobs; Abara calls plan a fantasy",
        "author": None, "published": "2026-02-17", "dateline": None,
        "claimants": {
            "lp": ("Lorna Pike", ["Pike", "Senate candidate Lorna Pike", "Pike's campaign"], []),
            "ga": ("Glen Abara", ["Abara", "state Treasurer Glen Abara"], []),
        },
        "text": """Capitol Ledger

Pike vows [[50,000]] factory jobs; Abara calls plan a fantasy

<<<Senate candidate Lorna Pike vowed to create [[50,000]] manufacturing jobs in her first term and promised a [[$15]] minimum wage.

Her rival, state Treasurer Glen Abara, called the plan a fantasy. Abara estimated it would add [[$3.4 billion]] to the state's debt and said Pike had raised [[$2.1 million]] from out-of-state donors.

Pike's campaign said it had [[more than 4,000]] volunteers.

State law allows individual donors to give [[up to $3,300]] per election. Governor Elsa Moran last year appointed [[12]] members to the state ethics board.

Pike has made factory jobs the centre of her campaign, touring closed plants across the northern counties and promising tax credits for companies that return production to the state. Abara, who has held statewide office for most of the past decade, has focused on debt and on what he calls reckless promises. The primary is expected to be close, according to party officials in both camps, and turnout is hard to predict.>>>
""",
        "claims": [
            C(50000, None, "exact", "job", "create", "factory jobs promised by Pike", None),
            C(50000, None, "exact", "job", "create", "manufacturing jobs promised by Pike", "lp"),
            C(15, None, "exact", "dollar", "minimum wage", "minimum wage promised by Pike", "lp"),
            C(3.4e9, None, "exact", "dollar", "debt", "debt added by Pike's plan", "ga", hedged=True),
            C(2.1e6, None, "exact", "dollar", "raise", "money Pike raised from out-of-state donors", "ga"),
            C(4000, None, "at_least", "volunteer", None, "Pike campaign volunteers", "lp"),
            C(3300, None, "at_most", "dollar", "donate", "donation limit per election", None),
            C(12, None, "exact", "member", "appoint", "ethics board members appointed", None,
              "2025-01-01/2025-12-31"),
        ],
    },
    {
        "doc": "041_marrow_valley_schools.txt",
        "story": "marrow-valley-school-closures-2026-03",
        "outlet": None, "outlet_basis": None,
        "title": "Marrow Valley superintendent proposes closing six schools",
        "author": None, "published": "2026-03-03", "dateline": None,
        "claimants": {
            "cr": ("Carmen Ruiz-Blake", ["Ruiz-Blake", "Marrow Valley school district", "district",
                                         "Superintendent Carmen Ruiz-Blake"], []),
            "tu": ("teachers' union", [], []),
            "ks": ("Keep Our Schools", ["Parent group Keep Our Schools"], []),
            "df": ("district figures", ["Marrow Valley school district", "district"], []),
        },
        "text": """date 2026-03-03
Marrow Valley superintendent proposes closing [[six]] schools

<<<Superintendent Carmen Ruiz-Blake proposed closing [[six]] elementary schools and cutting [[140]] teaching posts to close a [[$38 million]] budget gap, the Marrow Valley school district said.

Under her proposal, class sizes would rise to an average of [[27]] pupils. The teachers' union predicted that [[more than 30]] pupils would crowd some classrooms.

Parent group Keep Our Schools accused the district of overstating the gap by [[about $11 million]].

The school board decided in January to sell [[two]] empty buildings. The board has also ordered an audit of [[four]] building projects.

Enrolment has fallen by [[2,300]] pupils since 2019, district figures show.

Parents filled the school library for the meeting and many spoke against closing the smaller schools in rural parts of the district, where children would face longer bus journeys. Ruiz-Blake said the district had cut administrative costs first and had no choice left but to consolidate. The board is expected to vote on the proposal later this spring after public hearings.>>>
""",
        "claims": [
            C(6, None, "exact", "school", "close", "schools proposed for closure", None),
            C(6, None, "exact", "school", "close", "elementary schools proposed for closure", "cr"),
            C(140, None, "exact", "post", "cut", "teaching posts to be cut", "cr"),
            C(38e6, None, "exact", "dollar", "gap", "school district budget gap", "cr"),
            C(27, None, "exact", "pupil", None, "average class size under the proposal", "cr"),
            C(30, None, "at_least", "pupil", None, "pupils in some classrooms", "tu", hedged=True),
            C(11e6, None, "approx", "dollar", "overstate", "amount by which the gap is overstated", "ks"),
            C(2, None, "exact", "building", "sell", "empty buildings to be sold", None, "2026-01"),
            C(4, None, "exact", "project", "audit", "building projects audited", None),
            C(2300, None, "exact", "pupil", "fall", "fall in enrolment", "df", "2019-01-01/2026-03-03"),
        ],
    },
    {
        "doc": "042_lunaris_data_centres.txt",
        "story": "lunaris-harlow-data-centres-2025-11",
        "outlet": None, "outlet_basis": None,
        "title": "Lunaris plans three data centres in Harlow valley",
        "author": None, "published": "2025-11-19", "dateline": None,
        "claimants": {
            "ln": ("Lunaris Networks", ["Lunaris", "company", "Dev Anand", "Anand"], []),
            "sw": ("Save Harlow Water", [], []),
            "wa": ("water authority", ["county's water authority"], []),
        },
        "text": """date 2025-11-19
Lunaris plans [[three]] data centres in Harlow valley

<<<Lunaris Networks said it plans to build [[three]] data centres in the Harlow valley at a cost of [[$2.2 billion]], creating [[about 450]] permanent jobs.

The company expects construction to employ [[up to 1,800]] workers at its peak, chief operating officer Dev Anand told the Harlow Gazette.

Harlow County commissioners approved tax breaks worth [[$160 million]] for the project.

Residents' group Save Harlow Water warned that the sites would use [[1.5 million gallons]] of water a day. The county's water authority said its reservoirs hold [[about 9 billion gallons]].

Lunaris has appointed [[two]] local officials to its community board.

Local officials welcomed the investment but said they wanted guarantees on water and power use before building permits are issued. Anand said the centres would be cooled with recycled water wherever possible. Farmers in the valley have asked the county to study how the project would affect irrigation during dry summers, and a public hearing on the permits is planned for the new year.>>>
""",
        "claims": [
            C(3, None, "exact", "data centre", "build", "data centres planned by Lunaris", None),
            C(3, None, "exact", "data centre", "build", "data centres planned by Lunaris", "ln"),
            C(2.2e9, None, "exact", "dollar", "cost", "cost of the data centres", "ln"),
            C(450, None, "approx", "job", "create", "permanent jobs created", "ln"),
            C(1800, None, "at_most", "worker", "employ", "construction workers at the peak", "ln", hedged=True,
              via=["Harlow Gazette"]),
            C(160e6, None, "exact", "dollar", "tax break", "tax breaks approved for the project", None),
            C(1.5e6, None, "exact", "gallon", "use", "daily water use of the sites", "sw"),
            C(9e9, None, "approx", "gallon", "hold", "water held in the county reservoirs", "wa"),
            C(2, None, "exact", "official", "appoint", "officials appointed to the community board", None),
        ],
    },
    {
        "doc": "043_kellan_agro_seed_suit.txt",
        "story": "kellan-agro-seed-suit-2026-04",
        "outlet": "Basin Farm Journal", "outlet_basis": "text",
        "title": "Farmers sue Kellan Agro over mislabelled wheat seed",
        "author": None, "published": "2026-04-08", "dateline": None,
        "claimants": {
            "fa": ("Farmers in the Oster basin", ["farmers", "lawsuit"], []),
            "ka": ("Kellan Agro", ["seed company"], []),
        },
        "text": """Basin Farm Journal
April 8, 2026

Farmers sue Kellan Agro over mislabelled wheat seed

<<<Farmers in the Oster basin have sued Kellan Agro, accusing the seed company of selling [[12,000 tonnes]] of mislabelled wheat seed and seeking [[$45 million]] in damages.

The lawsuit says [[more than 300]] farms planted the seed. Kellan Agro denied the claims and said it had sold [[only 2,000 tonnes]] of the variety.

The court allowed [[31]] more farms to join the case last week. A state law allows farmers to claim [[three times]] their losses when seed is mislabelled.

Several farmers said in interviews that their harvests had been far smaller than expected, and that the grain failed quality tests at the mill. Kellan Agro said the variety had been tested by an independent laboratory and met every standard required by the state. Lawyers for the farmers said they would ask the court to order the company to hand over its sales records, its shipping papers and its laboratory test results.>>>
""",
        "claims": [
            C(12000, None, "exact", "tonne", "sell", "mislabelled wheat seed sold", "fa", negated=True),
            C(45e6, None, "exact", "dollar", "damages", "damages sought by the farmers", "fa"),
            C(300, None, "at_least", "farm", "plant", "farms that planted the seed", "fa"),
            C(2000, None, "exact", "tonne", "sell", "seed of the variety sold by Kellan Agro", "ka"),
            C(31, None, "exact", "farm", "join", "farms allowed to join the case", None, "2026-03-30/2026-04-05"),
            C(3, None, "exact", "times", "claim", "multiple of losses farmers may claim", None),
        ],
    },
    {
        "doc": "044_portwell_stadium.txt",
        "story": "portwell-sharks-stadium-2026-01",
        "outlet": None, "outlet_basis": None,
        "title": "Sharks propose docks stadium, pledge $700 million",
        "author": None, "published": "2026-01-27", "dateline": None,
        "claimants": {
            "ps": ("Portwell Sharks", ["Sharks", "Maya Lind", "Lind", "club"], []),
            "ec": ("economist hired by the club", ["economist", "Portwell Sharks", "club"], []),
            "ao": ("Ade Obi", ["Obi", "Council member Ade Obi"], []),
        },
        "text": """date 2026-01-27
Sharks propose docks stadium, pledge [[$700 million]]

<<<The Portwell Sharks proposed building a [[28,000]]-seat stadium on the old docks and pledged to pay [[$700 million]] of its cost, owner Maya Lind said.

An economist hired by the club estimated that the stadium would bring [[$95 million]] a year to the city. Council member Ade Obi accused the club of asking taxpayers for [[$250 million]] in roads and sewers while calling it a private project.

The city council appointed a [[seven]]-member panel to review the plan. The docks site covers [[62 acres]].

Lind said the club had outgrown its current ground and that the docks site would bring new life to a neglected part of the waterfront. Residents of nearby streets have raised concerns about traffic on match days and about the loss of the old warehouses. Obi said he would ask for an independent study of the costs before the council considers any agreement with the club.>>>
""",
        "claims": [
            C(700e6, None, "exact", "dollar", "pledge", "money pledged by the Sharks", None),
            C(28000, None, "exact", "seat", None, "seats in the proposed stadium", "ps"),
            C(700e6, None, "exact", "dollar", "pledge", "money pledged by the Sharks", "ps"),
            C(95e6, None, "exact", "dollar", "bring", "yearly money the stadium brings the city", "ec", hedged=True),
            C(250e6, None, "exact", "dollar", "ask", "public money for roads and sewers", "ao"),
            C(7, None, "exact", "member", "appoint", "members of the review panel", None),
            C(62, None, "exact", "acre", "cover", "area of the docks site", None),
        ],
    },
]
