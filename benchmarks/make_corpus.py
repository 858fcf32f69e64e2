"""Build a corpus of N realistic news reports for the scale benchmark.

    python benchmarks/make_corpus.py N --seed S --out DIR

Reports are recombined from the project's own reports (examples/, benchmarks/general,
benchmarks/heldout; never from ../shared/seeds): a *story* takes one report as its
template and a second one for colour, gives every name in them a new invented name, moves
them to a new date and scales their figures. Each story is then told by several outlets
over several days: the figures grow from day to day (revised tolls), paragraphs are kept or
dropped per report, some reports are syndicated copies (exact bytes under another outlet's
name, or re-headlined), and bad inputs (empty, binary, non-English, nothing but page
furniture) are mixed in at a known rate. The same N and seed give the same bytes.

Files go to DIR/YYYY-MM-DD/<outlet>-<story>-<n>.<ext> (a crawler's day folders), in .txt
(a `date` header line), .html and single-record .jsonl. DIR/.manifest.json says how many of
each kind were written; DIR/.manifest.jsonl lists every file with its story and kind. Both
are hidden files, so `newsledger run DIR` does not read them as reports.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_SOURCES = [ROOT / "examples", *sorted((ROOT / "benchmarks" / "general").glob("[0-9]*.txt")),
                    *sorted((ROOT / "benchmarks" / "heldout").glob("[0-9]*.txt"))]

MONTHS = ("January February March April May June July August September October November December "
          "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# Words of institutions and titles keep their spelling: only proper names are invented anew.
KEEP = set(MONTHS + DAYS + """The A An In On At Of For By With From As It Its This That These Those He She They We
I You His Her Their Our There Here When While After Before Since Until If But And Or So Yet Also However
Meanwhile Some Many Most More About Around Nearly Almost Over Under Up To No Not Only One Two Three Four
Five Six Seven Eight Nine Ten Twelve Hundreds Thousands Dozens Ministry Minister Prime President Agency
Office Department National Health Police Army Force Forces Council Commission Bank Service Services
Institute Union Committee Authority Government General Court Red Cross Nations United World Organization
Organisation Programme Program Fund State States Security Defence Defense Interior Foreign Affairs
Emergency Emergencies Disaster Management Civil Protection Survey Geological Centre Center Meteorological
Coast Guard Fire Rescue Company Corporation Party Parliament Election Electoral Labour Labor Federation
Association International European Central Statistics Bureau Office Secretary Chief Director Mayor Governor
Spokesman Spokeswoman Spokesperson Officials Official Reporting Editing Additional Writing Published
Updated Share Read Related Topics Advertisement Sign Join Comments Photo File Reuters AFP AP UN WHO US UK
EU Red Crescent Doctors Without Borders Humanitarian Coordination Affairs Relief Food Refugees Migration
High Commissioner Children Development Monetary Finance Treasury Economy Trade Industry Energy Transport
Education Agriculture Water Weather Climate Observatory University Hospital Hospitals Province Provinces
District Region Regional County City Capital North South East West Northern Southern Eastern Western
Central Upper Lower New Old Saint Santa Port Lake River Valley Mount Island Islands Bay Sea Gulf""".split())

SYLLABLES = ("ka ra ta lo mi ve sa do ne ri ko la ma ti be su na vo re li ga da mo te si nu "
             "ar el or an us en il ast orn ell ir und").split()
OUTLET_HEADS = ("Courier Herald Gazette Post Tribune Observer Chronicle Ledger Monitor Dispatch Journal "
                "Times Express Record Standard Examiner Sentinel Bulletin Review Wire").split()

# Furniture a scraped page carries around its article (our own wording).
FURNITURE = [
    "Sign up for the morning briefing and get the day's top stories in your inbox.",
    "Advertisement",
    "Share this article",
    "Most read",
    "We use cookies to make this site work. Accept all | Manage preferences",
    "Read more: our coverage of the region",
    "Comments are closed for this story.",
    "Support independent journalism from just 2 a month.",
]
# Non-English reports (our own sentences), to be rejected as not English.
FOREIGN = {
    "es": ["Las autoridades regionales informaron el martes que al menos {n} personas resultaron heridas.",
           "Los equipos de rescate siguen trabajando en la zona afectada desde la madrugada.",
           "El gobierno anunció una ayuda de emergencia para las familias que perdieron su vivienda.",
           "Según la agencia nacional, la cifra de víctimas podría aumentar en los próximos días.",
           "Los vecinos pasaron la noche en escuelas y polideportivos habilitados como refugio."],
    "de": ["Die Behörden teilten am Dienstag mit, dass mindestens {n} Menschen verletzt wurden.",
           "Rettungskräfte suchen seit dem frühen Morgen in den Trümmern nach Überlebenden.",
           "Die Regierung kündigte eine Soforthilfe für die betroffenen Familien an.",
           "Nach Angaben der nationalen Behörde könnte die Zahl der Opfer weiter steigen.",
           "Viele Bewohner verbrachten die Nacht in Schulen und Turnhallen."],
}
BAD_KINDS = ("empty", "binary", "foreign", "furniture")

NUMBER = re.compile(r"(?<![\w.,:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w:]|,\d{3})")
NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?\b")


@dataclass
class Template:
    source: str
    title: str
    paragraphs: list[str]
    names: list[str]


def load_templates() -> list[Template]:
    """The project's own reports, cleaned by newsledger itself, as paragraphs and names."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsledger.ingest import read_inputs
    from newsledger.pipeline import clean_document

    out: list[Template] = []
    for raw in read_inputs([str(p) for p in TEMPLATE_SOURCES]):
        doc, _ = clean_document(raw)
        if doc.status != "ok":
            continue
        paras = [p.strip() for p in re.split(r"\n\s*\n|\n", doc.body) if len(p.strip()) > 30]
        if len(paras) < 2:
            continue
        text = " ".join([doc.title or "", *paras])
        lower = set(re.findall(r"\b[a-z][a-z]+\b", text))
        names = sorted({m for m in NAME.findall(text) if m not in KEEP and m.lower() not in lower})
        first = doc.title or paras[0].split(". ")[0]
        out.append(Template(raw.source, first, paras, names))
    if not out:
        sys.exit("no template reports found under examples/ and benchmarks/")
    return out


def invent_name(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
    return word.capitalize()


def substitute(text: str, names: dict[str, str], factor: float) -> str:
    """The text with its names swapped and its counts scaled (years, times, dates, small numbers kept)."""
    if names:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
        text = pattern.sub(lambda m: names[m.group(1)], text)

    def scale(m: re.Match[str]) -> str:
        whole, frac = m.group(1), m.group(2)
        value = int(whole.replace(",", ""))
        before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 12]
        if frac or value < 20 or (1900 <= value <= 2100 and "," not in whole):
            return m.group(0)
        if any(mon in before.split()[-1:] or after.lstrip().startswith(mon) for mon in MONTHS):
            return m.group(0)
        if re.match(r"\s*(%|per ?cent|percent|C\b|degrees)", after):
            return m.group(0)
        new = max(20, round(value * factor))
        digits = len(str(new))
        new = round(new, -max(0, digits - 3))  # reports give round figures
        return f"{new:,}" if "," in whole or new >= 10000 else str(new)

    return NUMBER.sub(scale, text)


@dataclass
class Story:
    sid: int
    template: Template
    colour: Template
    names: dict[str, str]
    start: date
    factor: float
    growth: float


def make_story(sid: int, templates: list[Template], rng: random.Random) -> Story:
    t = rng.choice(templates)
    colour = rng.choice([x for x in templates if x is not t])
    names = {n: invent_name(rng) for n in sorted(set(t.names) | set(colour.names))}
    start = date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    return Story(sid, t, colour, names, start, rng.uniform(0.5, 2.0), rng.uniform(0.0, 0.12))


def report_text(story: Story, day: int, rng: random.Random) -> tuple[str, list[str]]:
    """Title and paragraphs of one report on the story, `day` days after it began."""
    factor = story.factor * (1 + story.growth * day)
    t = story.template
    paras = [t.paragraphs[0]] + [p for p in t.paragraphs[1:] if rng.random() < 0.75]
    if rng.random() < 0.5:
        paras.insert(rng.randrange(1, len(paras) + 1), rng.choice(story.colour.paragraphs[1:] or story.colour.paragraphs))
    return (substitute(t.title, story.names, factor),
            [substitute(p, story.names, factor) for p in paras])


def outlet_names(count: int, rng: random.Random) -> list[str]:
    seen: set[str] = set()
    while len(seen) < count:
        seen.add(f"The {invent_name(rng)} {rng.choice(OUTLET_HEADS)}")
    return sorted(seen)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def render(fmt: str, title: str, paras: list[str], outlet: str, day: date, rng: random.Random,
           url: str) -> bytes:
    author = f"{invent_name(rng)} {invent_name(rng)}"
    if fmt == "html":
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
        page = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}"
                f"</title><meta property=\"og:site_name\" content=\"{html.escape(outlet)}\">"
                f"<meta property=\"article:published_time\" content=\"{day.isoformat()}T08:00:00Z\">"
                f"<meta name=\"author\" content=\"{author}\"></head><body>"
                f"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>"
                f"<article><h1>{html.escape(title)}</h1><p class=\"byline\">By {author}</p>{body}</article>"
                f"<aside><h2>Most read</h2><ul><li>{html.escape(rng.choice(FURNITURE))}</li></ul></aside>"
                f"<footer>{html.escape(outlet)}</footer></body></html>")
        return page.encode()
    if fmt == "jsonl":
        record = {"url": url, "title": title, "published": day.isoformat(), "outlet": outlet, "author": author,
                  "text": "\n\n".join(paras)}
        return (json.dumps(record, ensure_ascii=False) + "\n").encode()
    lines = [f"date {day.isoformat()}", outlet.upper(), title, f"By {author} | {day.strftime('%d %B %Y')}"]
    body = list(paras)
    for _ in range(rng.choice((0, 1, 2))):
        body.insert(rng.randrange(1, len(body) + 1), rng.choice(FURNITURE))
    return ("\n".join(lines) + "\n\n" + "\n\n".join(body) + "\n").encode()


def bad_input(kind: str, rng: random.Random) -> tuple[str, bytes]:
    if kind == "empty":
        return "txt", b""
    if kind == "binary":
        return "txt", b"\x89PNG\r\n\x1a\n\x00\x00" + rng.randbytes(2048)
    if kind == "foreign":
        lang = rng.choice(sorted(FOREIGN))
        sents = [s.format(n=rng.randrange(20, 900)) for s in FOREIGN[lang]]
        rng.shuffle(sents)
        return "txt", ("\n\n".join(sents) + "\n").encode()
    return "txt", ("\n".join(rng.sample(FURNITURE, 3)) + "\n").encode()


def build(n: int, seed: int, out: Path, bad_rate: float = 0.03, copy_rate: float = 0.08,
          near_rate: float = 0.04, per_story: float = 8.0) -> dict:
    """Write n inputs to `out`; return the manifest summary."""
    rng = random.Random(seed)
    templates = load_templates()
    outlets = outlet_names(max(12, n // 40), rng)
    n_bad = round(n * bad_rate)
    n_copies = round(n * copy_rate)
    n_near = round(n * near_rate)
    n_reports = n - n_bad - n_copies - n_near
    if n_reports < 1:
        raise SystemExit("N too small for the requested rates of copies and bad inputs")
    stories = [make_story(k + 1, templates, rng) for k in range(max(1, round(n_reports / per_story)))]
    files: list[dict] = []
    originals: list[dict] = []
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, bytes] = {}

    def place(day: date, stem: str, ext: str, data: bytes, meta: dict) -> None:
        rel = f"{day.isoformat()}/{stem}.{ext}"
        k = 2
        while rel in written:
            rel = f"{day.isoformat()}/{stem}-{k}.{ext}"
            k += 1
        written[rel] = data
        files.append({"file": rel, **meta, "sha256": hashlib.sha256(data).hexdigest()})

    for k in range(n_reports):
        story = stories[k % len(stories)] if k < len(stories) else rng.choice(stories)
        offset = min(int(rng.expovariate(1 / 2.5)), 14)
        day = story.start + timedelta(days=offset)
        title, paras = report_text(story, offset, rng)
        outlet = rng.choice(outlets)
        fmt = rng.choices(("txt", "html", "jsonl"), weights=(75, 20, 5))[0]
        url = f"https://{slug(outlet)}.example/{day.isoformat()}/{slug(title)[:60]}"
        data = render(fmt, title, paras, outlet, day, rng, url)
        meta = {"kind": "report", "story": story.sid, "outlet": outlet, "published": day.isoformat()}
        place(day, f"{slug(outlet)[4:]}-s{story.sid}-{k}", fmt, data, meta)
        originals.append({"file": files[-1]["file"], "title": title, "paras": paras, "story": story.sid,
                          "day": day, "fmt": fmt, "data": data})
    for k in range(n_copies):  # the same bytes, picked up from a wire by another outlet
        src = rng.choice(originals)
        outlet = rng.choice(outlets)
        place(src["day"], f"{slug(outlet)[4:]}-copy-{k}", src["fmt"], src["data"],
              {"kind": "exact_copy", "story": src["story"], "copy_of": src["file"]})
    for k in range(n_near):  # re-headlined, with a syndication line and a day's delay
        src = rng.choice(originals)
        outlet = rng.choice(outlets)
        day = src["day"] + timedelta(days=rng.choice((0, 1)))
        paras = [*src["paras"], f"This article first appeared on {rng.choice(outlets)}."]
        title = f"{src['title']} ({rng.choice(('update', 'latest', 'wire'))})"
        data = render("txt", title, paras, outlet, day, rng, "")
        place(day, f"{slug(outlet)[4:]}-syndicated-{k}", "txt", data,
              {"kind": "near_copy", "story": src["story"], "copy_of": src["file"]})
    for k in range(n_bad):
        kind = BAD_KINDS[k % len(BAD_KINDS)]
        ext, data = bad_input(kind, rng)
        day = date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        place(day, f"bad-{kind}-{k}", ext, data, {"kind": f"bad:{kind}"})
    for rel, data in written.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    kinds = Counter(f["kind"] for f in files)
    summary = {"n": n, "seed": seed, "stories": len(stories), "outlets": len(outlets), "templates": len(templates),
               "kinds": dict(sorted(kinds.items())), "distinct_contents": len({f["sha256"] for f in files}),
               "bytes": sum(len(d) for d in written.values())}
    (out / ".manifest.json").write_text(json.dumps(summary, indent=2) + "\n")
    with (out / ".manifest.jsonl").open("w") as f:
        for row in sorted(files, key=lambda r: r["file"]):
            f.write(json.dumps(row) + "\n")
    return summary


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="how many inputs to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="folder to write (default: /tmp/newsledger-corpus-N-sSEED)")
    ap.add_argument("--bad-rate", type=float, default=0.03, help="share of bad inputs (default 0.03)")
    ap.add_argument("--copy-rate", type=float, default=0.08, help="share of exact syndicated copies")
    ap.add_argument("--near-rate", type=float, default=0.04, help="share of re-headlined copies")
    args = ap.parse_args(argv)
    out = args.out or Path(f"/tmp/newsledger-corpus-{args.n}-s{args.seed}")
    if out.exists() and any(out.iterdir()):
        sys.exit(f"{out} exists and is not empty; pick another --out")
    summary = build(args.n, args.seed, out, args.bad_rate, args.copy_rate, args.near_rate)
    print(json.dumps({"out": str(out), **summary}))


if __name__ == "__main__":
    main()
