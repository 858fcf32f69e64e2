"""Annotated sources, report 019 (marks are explained in build_gold.py)."""
from build_gold import C

DOCS = [
    {
        "doc": "019_migrant_shipwreck.txt",
        "story": "lampara-shipwreck-2025-10",
        "outlet": None, "outlet_basis": None,
        "title": "Dozens missing after migrant boat capsizes off Lampara",
        "author": None, "published": "2025-10-29", "dateline": None,
        "claimants": {
            "cg": ("Lampara coast guard", ["coast guard"], []),
            "iom": ("International Organization for Migration", ["IOM"], []),
            "surv": ("survivors", [], []),
        },
        "text": """Dozens missing after migrant boat capsizes off Lampara

October 29, 2025

<<<A boat carrying migrants capsized off the island of Lampara early on Tuesday, and [[40-60]] people are missing, the coast guard said on Wednesday. Rescuers pulled [[37]] survivors and [[nine]] bodies from the sea.

Survivors told aid workers that the number of people on the wooden boat had been [[approaching 110]], according to the International Organization for Migration (IOM), which said the accounts had not been confirmed.

The IOM said [[more than 1,450]] people had died or gone missing on the route so far this year, nearly double the number for the same period of last year. The coast guard said seas were rough, with waves of [[up to 3 meters]].

Search ships were combing an area of [[about 200 square miles]] on Wednesday, the coast guard added.

Aid groups renewed calls for a dedicated rescue mission on the route, saying too many boats were setting off in poor weather. The coast guard said smugglers had charged passengers large sums for places on an unseaworthy vessel. An investigation into the sinking has been opened.>>>
""",
        "claims": [
            C(40, 60, "range", "person", "miss", "people missing after the capsizing", "cg", "2025-10-29"),
            C(37, None, "exact", "survivor", "rescue", "survivors pulled from the sea", "cg"),
            C(9, None, "exact", "body", "recover", "bodies recovered", "cg"),
            C(110, None, "at_most", "person", "carry", "people on the boat", "iom", hedged=True),
            C(1450, None, "at_least", "person", "die", "migrants dead or missing on the route this year", "iom", "2025-01-01/2025-10-29"),
            C(3, None, "at_most", "meter", "wave", "wave height", "cg"),
            C(200, None, "approx", "square mile", "search", "area searched by ships", "cg", "2025-10-29"),
        ],
    },
]
