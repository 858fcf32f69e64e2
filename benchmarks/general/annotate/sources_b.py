"""Annotated sources, reports 006-010 (marks are explained in build_gold.py)."""
from build_gold import C

DOCS = [
    {
        "doc": "006_budget_capex.txt",
        "story": "sarkand-budget",
        "outlet": None, "outlet_basis": None,
        "title": "Budget lifts capital spending to Rs 7.5 trillion, targets 4.4% deficit",
        "author": None, "published": None, "dateline": None,
        "claimants": {
            "anand": ("Meera Anand", ["Finance Minister Meera Anand", "budget documents"], []),
            "pf": ("People's Front", ["Ravi Kohli"], []),
        },
        "text": """Budget lifts capital spending to [[Rs 7.5 trillion]], targets [[4.4%]] deficit

<<<Finance Minister Meera Anand on Saturday presented a budget that raises capital spending to [[Rs 7.5 trillion]] for the coming fiscal year, up [[11 percent]] on the current year, and aims to cut the fiscal deficit to [[4.4%]] of gross domestic product from [[4.8%]].

Total expenditure is budgeted at [[Rs 50.7 trillion]], with [[Rs 12.8 trillion]] set aside for interest payments, according to budget documents.

Anand told parliament that income tax would be cut for [[about 10 million]] taxpayers earning [[less than Rs 1.2 million]] a year, a measure that would cost the treasury [[roughly Rs 1 trillion]] in revenue.

The opposition People's Front said the real deficit was [[closer to 6 percent]] once borrowing by state-owned companies was counted. "These numbers hide the debt," its spokesman Ravi Kohli said.

Defence receives [[Rs 6.8 trillion]], [[about 13%]] of the total. [[Nearly half]] of the new capital spending goes to roads and railways.

Economists said the plan relied on tax revenue growing faster than it has in recent years.>>>
""",
        "claims": [
            C(7.5e12, None, "exact", "rupee", "expenditure", "capital spending in the budget (headline)", None),
            C(4.4, None, "exact", "percent", "deficit", "fiscal deficit target (headline)", None),
            C(7.5e12, None, "exact", "rupee", "expenditure", "capital spending for the coming fiscal year", "anand"),
            C(11, None, "exact", "percent", "increase", "rise in capital spending on the current year", "anand"),
            C(4.4, None, "exact", "percent", "deficit", "fiscal deficit target as a share of GDP", "anand"),
            C(4.8, None, "exact", "percent", "deficit", "current fiscal deficit as a share of GDP", "anand"),
            C(50.7e12, None, "exact", "rupee", "expenditure", "total budgeted expenditure", "anand"),
            C(12.8e12, None, "exact", "rupee", "expenditure", "interest payments", "anand"),
            C(10e6, None, "approx", "taxpayer", "benefit", "taxpayers getting an income tax cut", "anand"),
            C(1.2e6, None, "at_most", "rupee", "earn", "income threshold for the tax cut", "anand"),
            C(1e12, None, "approx", "rupee", "revenue", "revenue lost to the income tax cut", "anand"),
            C(6, None, "approx", "percent", "deficit", "real deficit including state-company borrowing", "pf"),
            C(6.8e12, None, "exact", "rupee", "expenditure", "defence allocation", None),
            C(13, None, "approx", "percent", "expenditure", "defence share of total expenditure", None),
            C(50, None, "at_most", "percent", "expenditure", "share of new capital spending on roads and railways", None),
        ],
    },
    {
        "doc": "007_central_bank_rates.txt",
        "story": "lusaria-rates-2025-06",
        "outlet": "Lusaria Business Daily", "outlet_basis": "text",
        "title": "National Bank holds rates as inflation cools to 3.1%",
        "author": "Hana Novak", "published": "2025-06-12", "dateline": None,
        "claimants": {
            "stat": ("Statistics Lusaria", ["statistics office"], []),
            "beck": ("National Bank of Lusaria", ["Tomas Beck", "Governor Tomas Beck"], []),
            "poll": ("Reuters poll", ["Economists polled by Reuters"], []),
        },
        "text": """Lusaria Business Daily
Markets | Economy | Companies | Currencies
EUR/LSC {{24.87|market ticker (page furniture)}}  {{0.3%|market ticker (page furniture)}}   LSX 50 {{1,912.4|market ticker (page furniture)}}

National Bank holds rates as inflation cools to [[3.1%]]

by Hana Novak  June 12, 2025 2:30 PM

<<<The National Bank of Lusaria held its main interest rate at [[4.25%]] on Thursday.

Inflation eased to [[3.1 percent]] in May from [[3.6 percent]] in April, the statistics office said on Tuesday.

Governor Tomas Beck said policymakers expected inflation to return to the bank's [[2%]] target by the end of next year, and that [[seven]] of the [[nine]] board members had voted to hold. [[Two]] members favoured a cut of [[25 basis points]].

The bank raised its growth forecast for this year to [[1.8 percent]] from [[1.5 percent]] and projected inflation of [[2.6 percent]] in 2026.

Economists polled by Reuters had expected the rate to stay at [[4.25%]], with [[18]] of [[22]] predicting no change.

Core inflation, which strips out food and energy prices, was unchanged at [[3.4 percent]].

Analysts said the decision left the door open to a cut later in the year if wage growth slows. The crown was little changed against the euro after the announcement, and government bond yields edged lower. Beck told a news conference that the board would watch energy prices and the labour market closely before its next meeting in July.>>>

Daily Markets Brief: the numbers that moved Lusaria's markets, every morning at 7. Sign up
""",
        "claims": [
            C(3.1, None, "exact", "percent", "inflation", "annual inflation (headline)", None),
            C(4.25, None, "exact", "percent", "hold", "National Bank of Lusaria main interest rate", None, "2025-06-12"),
            C(3.1, None, "exact", "percent", "inflation", "annual inflation in May", "stat", "2025-05"),
            C(3.6, None, "exact", "percent", "inflation", "annual inflation in April", "stat", "2025-04"),
            C(2, None, "exact", "percent", "target", "the bank's inflation target", "beck"),
            C(7, None, "exact", "member", "vote", "board members who voted to hold", "beck"),
            C(9, None, "exact", "member", None, "members of the bank's board", "beck"),
            C(2, None, "exact", "member", "favour", "board members who favoured a cut", "beck"),
            C(25, None, "exact", "basis point", "cut", "rate cut favoured by two members", "beck"),
            C(1.8, None, "exact", "percent", "growth", "growth forecast for 2025", "beck", "2025-01-01/2025-12-31", hedged=True),
            C(1.5, None, "exact", "percent", "growth", "previous growth forecast for 2025", "beck", "2025-01-01/2025-12-31", hedged=True),
            C(2.6, None, "exact", "percent", "inflation", "inflation projected for 2026", "beck", "2026-01-01/2026-12-31", hedged=True),
            C(4.25, None, "exact", "percent", "hold", "interest rate expected by economists", "poll", hedged=True),
            C(18, None, "exact", "economist", "predict", "economists predicting no change", "poll"),
            C(22, None, "exact", "economist", "poll", "economists polled", "poll"),
            C(3.4, None, "exact", "percent", "inflation", "core inflation", None),
        ],
    },
    {
        "doc": "008_cholera_cases.txt",
        "story": "dravia-cholera-2025",
        "outlet": "The Dravia Observer", "outlet_basis": "text",
        "title": "Cholera spreads to nine provinces as WHO warns cases undercounted",
        "author": None, "published": "2025-05-28", "dateline": None,
        "claimants": {
            "moh": ("Ministry of Health (Dravia)", ["health ministry", "Karel Dusek", "Health Minister Karel Dusek"], []),
            "who": ("World Health Organization", ["WHO", "Lena Sorensen"], []),
        },
        "text": """The Dravia Observer
Health   Science   Global development
Published 28 May 2025
{{5 min read|page furniture: reading-time label}}

Cholera spreads to [[nine]] provinces as WHO warns cases undercounted

<<<Dravia has recorded [[4,312]] suspected cholera cases and [[67]] deaths since mid-March, the health ministry said on Wednesday, as the outbreak spread to [[nine]] of the country's [[14]] provinces.

The World Health Organization said new cases were running at [[about 40 a day]], down from a peak of [[more than 110 a day]] in late April. The case fatality rate stands at [[1.6%]], above the [[1%]] level the agency considers acceptable, it added.

A WHO spokeswoman, Lena Sorensen, said the true number of cases may be [[two to three times]] higher because many patients in rural areas never reached a clinic.

Health Minister Karel Dusek denied that the outbreak was out of control and said [[1.2 million]] doses of oral vaccine had arrived last week. [[About a quarter]] of the cases were children under five, the ministry said.

Schools in the capital have been closed for two weeks. Officials urged residents to boil drinking water and to seek treatment quickly if they fall ill.>>>

A nurse treats a patient at a cholera centre in Ravno on May 26, 2025.

More on this story
Measles cases in Europe reach {{127,000|teaser of another story}}, highest since 1997
""",
        "claims": [
            C(9, None, "exact", "province", "spread", "provinces reached by cholera (headline)", None),
            C(4312, None, "exact", "case", "record", "suspected cholera cases", "moh", "2025-03-15/2025-05-28"),
            C(67, None, "exact", "death", "record", "cholera deaths", "moh", "2025-03-15/2025-05-28"),
            C(9, None, "exact", "province", "spread", "provinces reached by the outbreak", "moh", "2025-05-28"),
            C(14, None, "exact", "province", None, "provinces of Dravia", "moh"),
            C(40, None, "approx", "case", "record", "new cholera cases per day", "who"),
            C(110, None, "at_least", "case", "record", "peak of new cholera cases per day", "who", "2025-04-21/2025-04-30"),
            C(1.6, None, "exact", "percent", "fatality", "cholera case fatality rate", "who"),
            C(1, None, "exact", "percent", "threshold", "acceptable case fatality rate", "who"),
            C(2, 3, "range", "times", "undercount", "true cases relative to recorded cases", "who", hedged=True),
            C(1.2e6, None, "exact", "dose", "arrive", "oral cholera vaccine doses delivered", "moh", "2025-05-19/2025-05-25"),
            C(25, None, "approx", "percent", "case", "share of cases who are young children", "moh"),
        ],
    },
    {
        "doc": "009_protest_crowd.txt",
        "story": "quenland-pension-protest-2025-03",
        "outlet": "Aldis Evening Post", "outlet_basis": "text",
        "title": "Pension reform protest fills Aldis; police and unions differ on crowd size",
        "author": "Sofie Lind", "published": "2025-03-16", "dateline": None,
        "claimants": {
            "police": ("police (Quenland)", [], []),
            "flu": ("Federation of Labour Unions", ["Jan Holm"], []),
            "moi": ("Ministry of the Interior (Quenland)", ["interior ministry"], []),
            "cw": ("Civic Watch", [], []),
            "ipsen": ("Ipsen institute", [], []),
        },
        "text": """Aldis Evening Post
Home / Politics / Quenland

Pension reform protest fills Aldis; police and unions differ on crowd size

Sofie Lind, political reporter
Sunday 16 March 2025

<<<Tens of thousands of people marched through central Aldis on Saturday against the government's pension reform. Police put the crowd at [[32,000]], while organisers from the Federation of Labour Unions said [[more than 150,000]] had taken part.

The interior ministry said [[41]] people were arrested on Saturday night and [[12]] police officers were injured, [[three]] of them seriously.

Union spokesman Jan Holm dismissed the police count and told the Associated Press that the march had stretched for [[4 kilometers]].

The ministry denied that officers had fired rubber bullets, and rejected a claim by the rights group Civic Watch that [[more than 60]] demonstrators had been hurt.

It was the fourth national day of protest since January. Another strike is planned for March 27.

A poll by the Ipsen institute published on Friday found that [[68 percent]] of Quenlanders oppose raising the retirement age to 65.

The government says the reform is needed to keep the pension system solvent.>>>

Sofie Lind covers national politics. Follow her on social media.

Most read
Aldis airport to add {{2 million|most-read teaser of another story}} seats this summer
""",
        "claims": [
            C(32000, None, "exact", "person", "march", "size of the Aldis pension protest", "police", "2025-03-15"),
            C(150000, None, "at_least", "person", "march", "size of the Aldis pension protest", "flu", "2025-03-15"),
            C(41, None, "exact", "person", "arrest", "people arrested at the protest", "moi", "2025-03-15"),
            C(12, None, "exact", "police officer", "injure", "police officers injured", "moi", "2025-03-15"),
            C(3, None, "exact", "police officer", "injure", "police officers seriously injured", "moi", "2025-03-15"),
            C(4, None, "exact", "kilometer", "stretch", "length of the march", "flu", via=["Associated Press"]),
            C(60, None, "at_least", "demonstrator", "hurt", "demonstrators hurt", "cw", negated=True),
            C(68, None, "exact", "percent", "oppose", "Quenlanders opposed to raising the retirement age", "ipsen", "2025-03-14"),
        ],
    },
    {
        "doc": "010_refugees_displaced.txt",
        "story": "sarkand-displacement-2025",
        "outlet": None, "outlet_basis": None, "title": None, "author": None,
        "published": "2025-10-07", "dateline": None,
        "claimants": {
            "unhcr": ("UNHCR", ["UN refugee agency", "Olga Brandt"], []),
            "tes": ("Government of Tesland", ["Tesland's government"], []),
            "iom": ("International Organization for Migration", ["IOM"], []),
            "army": ("Sarkand army", ["Sarkand's army"], []),
        },
        "text": """date 2025-10-07
<<<[[More than 85,000]] people have fled fighting in eastern Sarkand into neighbouring Tesland since the start of September, the UN refugee agency UNHCR said on Tuesday.

Tesland's government puts the number higher, at [[around 110,000]], including people who crossed at unofficial points.

Inside Sarkand, [[an estimated 430,000]] people have been displaced, the International Organization for Migration (IOM) said in its latest report, [[roughly a third]] of them children.

UNHCR spokeswoman Olga Brandt said arrivals had reached [[2,500 a day]] last week and that the main transit camp at Vell, built for [[20,000]] people, was holding [[almost 34,000]]. The agency's appeal for [[$96 million]] is only [[18 percent]] funded, she added.

Sarkand's army said it had regained control of [[two]] border towns, a claim that could not be verified.

Aid workers said several hundred people were still arriving each night on foot. Tesland has kept its border open but has asked for help from its neighbours to house the new arrivals.>>>
""",
        "claims": [
            C(85000, None, "at_least", "person", "flee", "people who fled eastern Sarkand into Tesland", "unhcr", "2025-09-01/2025-10-07"),
            C(110000, None, "approx", "person", "flee", "people who fled into Tesland", "tes"),
            C(430000, None, "approx", "person", "displace", "people displaced inside Sarkand", "iom", hedged=True),
            C(33.33, None, "approx", "percent", "displace", "share of displaced who are children", "iom"),
            C(2500, None, "exact", "person", "arrive", "daily arrivals in Tesland", "unhcr", "2025-09-29/2025-10-05"),
            C(20000, None, "exact", "person", "capacity", "capacity of the Vell transit camp", "unhcr"),
            C(34000, None, "at_most", "person", "hold", "people held in the Vell transit camp", "unhcr"),
            C(96e6, None, "exact", "dollar", "appeal", "UNHCR appeal", "unhcr"),
            C(18, None, "exact", "percent", "fund", "share of the UNHCR appeal funded", "unhcr"),
            C(2, None, "exact", "town", "regain", "border towns the army says it retook", "army", hedged=True),
        ],
    },
]
