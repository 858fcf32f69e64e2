"""Annotated sources, reports 015-018 (marks are explained in build_gold.py)."""
from build_gold import C

DOCS = [
    {
        "doc": "015_company_layoffs.txt",
        "story": "norrland-motors-layoffs-2025",
        "outlet": "Lowland Gazette", "outlet_basis": "text",
        "title": "Norrland Motors to cut 4,500 jobs and close two plants",
        "author": "Pieter Groen", "published": "2025-09-24", "dateline": None,
        "claimants": {
            "nm": ("Norrland Motors", ["Henrik Sand"], []),
            "union": ("IG Metallarbeiter", [], []),
        },
        "text": """Lowland Gazette
Business | Markets | Tech | Work

NRM {{-3.2%|market ticker (page furniture)}}   AEX {{912.55|market ticker (page furniture)}}

Norrland Motors to cut [[4,500]] jobs and close [[two]] plants

by Pieter Groen  September 24, 2025 8:12 AM

<<<Carmaker Norrland Motors said on Wednesday it would cut [[4,500]] jobs, [[about 8%]] of its [[56,000]]-strong workforce, and close [[two]] of its [[nine]] European plants by the end of 2027.

Chief executive Henrik Sand said the plan would save [[€1.2 billion]] a year once complete. Sales of the company's cars fell [[14 percent]] in the first half of the year, he added.

The metalworkers' union IG Metallarbeiter said the real number of job losses could reach [[up to 6,000]] once suppliers were counted, and called a protest for next week.

Norrland's shares fell [[3.2%]] in early trading.

The cuts are the latest in a wave of restructuring across the European car industry, which is struggling with weak demand, high energy costs and competition from cheaper electric models made in Asia. Sand said the company remained committed to its electric vehicle plans but needed to bring costs in line with lower sales. Regional politicians in the areas affected by the plant closures called the plan a betrayal of workers who had accepted wage restraint during the pandemic, and said they would press the company for guarantees on the remaining sites.>>>

The Gazette Business newsletter: {{2 min|page furniture: reading-time of the newsletter}} every weekday. Sign up free.
Pieter Groen writes about the car industry for the Lowland Gazette.
""",
        "claims": [
            C(4500, None, "exact", "job", "cut", "jobs Norrland Motors will cut (headline)", None),
            C(2, None, "exact", "plant", "close", "plants Norrland Motors will close (headline)", None),
            C(4500, None, "exact", "job", "cut", "jobs Norrland Motors will cut", "nm", "2025-09-24"),
            C(8, None, "approx", "percent", "cut", "share of the workforce cut", "nm", "2025-09-24"),
            C(56000, None, "exact", "employee", None, "Norrland Motors workforce", "nm", "2025-09-24"),
            C(2, None, "exact", "plant", "close", "European plants to close by the end of 2027", "nm", "2025-09-24"),
            C(9, None, "exact", "plant", None, "Norrland Motors European plants", "nm", "2025-09-24"),
            C(1.2e9, None, "exact", "euro", "save", "annual savings from the cuts", "nm"),
            C(14, None, "exact", "percent", "fall", "fall in car sales", "nm", "2025-01-01/2025-06-30"),
            C(6000, None, "at_most", "job", "loss", "job losses including suppliers", "union", hedged=True),
            C(3.2, None, "exact", "percent", "fall", "fall in Norrland shares", None, "2025-09-24"),
        ],
    },
    {
        "doc": "016_prisoner_exchange.txt",
        "story": "ardan-velsk-prisoner-exchange-2025",
        "outlet": None, "outlet_basis": None,
        "title": "Ardan and Velsk swap 205 prisoners each in largest exchange of war",
        "author": "Irina Kalnik", "published": "2025-05-06", "dateline": None,
        "claimants": {
            "ard": ("Ardan Coordination Headquarters for Prisoners of War", ["Coordination Headquarters"], []),
            "vdm": ("Ministry of Defence (Velsk)", ["Velsk's defence ministry"], []),
            "omb": ("Marta Lesko", ["Ardan's human rights ombudswoman"], []),
            "sahra": ("Foreign Ministry of Sahra", ["Sahra's foreign ministry"], []),
        },
        "text": """World  >  Europe

Ardan and Velsk swap [[205]] prisoners each in largest exchange of war

By Irina Kalnik
May 6, 2025

<<<Ardan and Velsk each released [[205]] prisoners of war on Tuesday in the largest exchange since the fighting began. The swap was brokered by the Gulf state of Sahra.

Ardan's Coordination Headquarters for Prisoners of War said those returned included [[19]] wounded soldiers and [[three]] civilians. Velsk's defence ministry confirmed it had received [[205]] servicemen.

Sahra's foreign ministry said it had mediated [[seven]] exchanges so far this year, returning [[1,840]] people in all.

Ardan's human rights ombudswoman, Marta Lesko, said [[more than 8,000]] Ardani soldiers and civilians were still held in Velsk. Velsk's defence ministry denied holding that many and did not give its own figure.

A 30-day truce on strikes against energy sites, agreed in April, has largely held, both sides say.

Families waited for hours at the border crossing where the exchange took place, holding photographs of missing relatives. Some of those released were visibly exhausted and were taken straight to hospital for checks. Officials from both governments said talks on further exchanges would continue, but gave no date.>>>

Sign up for our Europe newsletter
""",
        "claims": [
            C(205, None, "exact", "prisoner", "swap", "prisoners swapped by each side (headline)", None),
            C(205, None, "exact", "prisoner of war", "release", "prisoners released by each side", None, "2025-05-06"),
            C(19, None, "exact", "soldier", "return", "wounded soldiers among those returned to Ardan", "ard"),
            C(3, None, "exact", "civilian", "return", "civilians among those returned to Ardan", "ard"),
            C(205, None, "exact", "serviceman", "receive", "servicemen received by Velsk", "vdm"),
            C(7, None, "exact", "exchange", "mediate", "exchanges mediated by Sahra", "sahra", "2025-01-01/2025-05-06"),
            C(1840, None, "exact", "person", "return", "people returned in Sahra-mediated exchanges", "sahra", "2025-01-01/2025-05-06"),
            C(8000, None, "at_least", "person", "hold", "Ardani soldiers and civilians held in Velsk", "omb", negated=True),
        ],
    },
    {
        "doc": "017_war_casualties.txt",
        "story": "tamar-valley-fighting-2025",
        "outlet": None, "outlet_basis": None, "title": None, "author": None,
        "published": "2025-03-03", "dateline": "BORAN",
        "claimants": {
            "moh": ("Ministry of Health (Tamaria)", ["health ministry in Boran", "health ministry"], []),
            "un": ("UN human rights office", [], []),
            "cm": ("Conflict Monitor", [], []),
            "rsf": ("Rapid Defence Forces", ["RDF"], []),
            "aid": ("aid agencies", [], []),
        },
        "text": """Home | Africa | Middle East | Asia

<<<BORAN, March 3 (AFP) - Fighting between the army and the Rapid Defence Forces (RDF) in Tamaria's Tamar valley has killed [[1,240]] people since the start of the year, the health ministry in Boran said on Monday, most of them civilians.

The ministry also said [[more than 3,700]] people had been wounded and that [[eleven]] of the region's hospitals had stopped working.

The UN human rights office said it had verified the deaths of [[at least 900]] civilians, but that the true figure was likely far higher.

Conflict Monitor, a group that tracks violence from local reports, put the total death toll, including fighters, at [[over 3,000]]. Its figures could not be independently verified.

The RDF said its forces had captured [[twelve]] army positions in the first week of February and taken [[about 150]] soldiers prisoner. The army denied losing any positions.

Aid agencies say [[half]] of the valley's population of [[2.4 million]] has fled.>>>

{{3 min read|page furniture: reading-time label}}
Related: Locust outbreak threatens {{40%|teaser of another story}} of harvest
""",
        "claims": [
            C(1240, None, "exact", "person", "kill", "people killed in the Tamar valley fighting", "moh", "2025-01-01/2025-03-03", via=["AFP"]),
            C(3700, None, "at_least", "person", "wound", "people wounded in the Tamar valley fighting", "moh", via=["AFP"]),
            C(11, None, "exact", "hospital", "stop", "hospitals in the region that stopped working", "moh", via=["AFP"]),
            C(900, None, "at_least", "civilian", "kill", "civilian deaths verified by the UN", "un", via=["AFP"]),
            C(3000, None, "at_least", "death", "kill", "total death toll including fighters", "cm", hedged=True, via=["AFP"]),
            C(12, None, "exact", "army position", "capture", "army positions captured by the RDF", "rsf", "2025-02-01/2025-02-07", negated=True, via=["AFP"]),
            C(150, None, "approx", "soldier", "capture", "army soldiers taken prisoner by the RDF", "rsf", "2025-02-01/2025-02-07", via=["AFP"]),
            C(50, None, "exact", "percent", "flee", "share of the valley's population that has fled", "aid", via=["AFP"]),
            C(2.4e6, None, "exact", "person", None, "population of the Tamar valley", "aid", via=["AFP"]),
        ],
    },
    {
        "doc": "018_steel_tariffs.txt",
        "story": "morvania-kestran-steel-tariffs-2025",
        "outlet": "Trade Monitor", "outlet_basis": "text",
        "title": "Morvania slaps 25% tariff on Kestran steel; Kestran vows retaliation",
        "author": "Lucas Brandt", "published": "2025-04-23", "dateline": None,
        "claimants": {
            "trade": ("Ministry of Trade (Morvania)", ["trade ministry", "Elena Voss", "Trade Minister Elena Voss"], []),
            "kes": ("Ministry of Commerce (Kestran)", ["Kestran's commerce ministry"], []),
            "exp": ("Kestran Steel Exporters Association", [], []),
        },
        "text": """Trade Monitor | Policy | Commodities | Shipping

Morvania slaps [[25%]] tariff on Kestran steel; Kestran vows retaliation

Lucas Brandt · 23 April 2025 · {{4 min read|page furniture: reading-time label}}

<<<Morvania will impose a [[25 percent]] tariff on steel imported from Kestran from May 1, Trade Minister Elena Voss said on Wednesday, accusing Kestran mills of selling below cost.

The duty covers [[about $4.8 billion]] of imports a year, the trade ministry said, or [[roughly a fifth]] of all steel Morvania buys abroad. Imports from Kestran rose [[38%]] last year, it added.

Kestran's commerce ministry said it would respond with tariffs of [[10 to 15 percent]] on [[$2.1 billion]] of Morvanian farm goods.

The Kestran Steel Exporters Association estimated that [[as many as 12,000]] jobs in the industry may be at risk.

Morvania's steel output fell to its lowest since 2009 in the first quarter, according to industry data.

Economists warned that the dispute could spread to other sectors if neither side backed down. Morvanian carmakers, which rely on imported steel, said the duty would raise their costs and urged the government to grant exemptions for grades of steel that are not made at home. Voss said the government would consider requests for exemptions case by case.>>>

Trade Monitor Pro: {{14-day|page furniture: subscription trial length}} free trial
""",
        "claims": [
            C(25, None, "exact", "percent", "tariff", "Morvanian tariff on Kestran steel (headline)", None),
            C(25, None, "exact", "percent", "tariff", "Morvanian tariff on Kestran steel", "trade", "2025-05-01"),
            C(4.8e9, None, "approx", "dollar", "import", "annual steel imports covered by the tariff", "trade"),
            C(20, None, "approx", "percent", "import", "share of Morvania's steel imports covered", "trade"),
            C(38, None, "exact", "percent", "rise", "rise in steel imports from Kestran", "trade", "2024-01-01/2024-12-31"),
            C(10, 15, "range", "percent", "tariff", "Kestran's retaliatory tariffs", "kes"),
            C(2.1e9, None, "exact", "dollar", "tariff", "Morvanian farm goods targeted by retaliation", "kes"),
            C(12000, None, "at_most", "job", "risk", "steel jobs at risk", "exp", hedged=True),
        ],
    },
]
