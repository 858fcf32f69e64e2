"""Write stories of the AllSides article collection (Baly et al., EMNLP 2020) as plain-text reports.

github.com/ramybaly/Article-Bias-Prediction keeps 37,554 news and opinion articles crawled through
www.allsides.com, one JSON file per article under `data/jsons/<ID>.json`, with the fields ID, topic,
source, source_url, url, date (YYYY-MM-DD), authors, title, content_original (the body as newspaper3k
returned it, paragraphs on their own lines), content, bias, bias_text. A blind set lists its stories in
`pages.txt` as `<name> <ID>`. Each becomes `<out>/<name>.txt`:

    date: 2016-09-20        (the date field: ingest reads it as the publication date)
    <title>
    <blank line>
    <paragraph>
    <blank line>
    <paragraph> ...

The body's lines are stripped, empty ones dropped, and the rest written one paragraph each with a
blank line between. Page furniture that newspaper3k kept as whole lines is dropped: a first line that
repeats the title (NPR), NPR's audio-player line ("<title> Listen · 3:48 3:48") and photo toggles
("Enlarge this image toggle caption ..."), a USA TODAY byline block (the lines up to a "USA TODAY"
line among the first three), CNN's crawl-relative stamp ("7 years ago"), "Follow @..." and "Story
Continued Below" lines, "ADVERTISEMENT", "Slideshow (28 Images)", and the Washington Times's "Sign up
for Daily ... Newsletter(s)" and "Copyright © ..." lines. Nothing else is changed.

    python benchmarks/make_allsides_inputs.py --checkout /path/to/Article-Bias-Prediction \
        --pages benchmarks/realnews40/pages.txt --out /tmp/rn40

`--candidates N --seed S` instead prints N stories drawn with random.Random(S).sample from all stories
with a date (a year 2000-2021) and 1,500-6,000 characters of body holding at least 6 digits, in
ID order before the draw (how realnews40 chose its candidates; the body here is the stripped lines
joined by blank lines, before furniture is dropped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

from make_page_inputs import (  # shared with the other input scripts (run from benchmarks/)
    drawable,
    write_reports,
)

FURNITURE = re.compile(
    r"(.*\sListen · \d+:\d\d( \d+:\d\d)?|Enlarge this image\b.*|\d+ years? ago|Follow @\w+"
    r"|Story Continued Below|ADVERTISEMENT|Slideshow \(\d+ Images\)"
    r"|Sign up for Daily( Opinion)? Newsletters?( Manage Newsletters)?|Copyright © .*)"
)


def load(checkout: Path, ident: str) -> dict:
    path = checkout / "data" / "jsons" / f"{ident}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def published(story: dict) -> dt.date | None:
    try:
        day = dt.date.fromisoformat((story.get("date") or "").strip())
    except ValueError:
        return None
    return day if 2000 <= day.year <= 2021 else None


def lines(story: dict) -> list[str]:
    stripped = (ln.strip() for ln in (story.get("content_original") or "").splitlines())
    return [ln for ln in stripped if ln]


def raw_body(story: dict) -> str:
    return "\n\n".join(lines(story))


def body(story: dict) -> str:
    paras = lines(story)
    if paras and paras[0] == story["title"].strip():
        paras = paras[1:]
    if "USA TODAY" in paras[:3]:
        paras = paras[paras.index("USA TODAY") + 1:]
    return "\n\n".join(p for p in paras if not FURNITURE.fullmatch(p))


def report(story: dict) -> str:
    day = published(story)
    if day is None:
        raise ValueError(f"{story.get('ID')}: no usable date")
    return f"date: {day.isoformat()}\n{story['title'].strip()}\n\n{body(story)}\n"


def candidates(checkout: Path, count: int, seed: int) -> list[dict]:
    pool = []
    for path in sorted((checkout / "data" / "jsons").glob("*.json")):
        story = json.loads(path.read_text(encoding="utf-8"))
        text = raw_body(story)
        if published(story) and drawable(text):
            pool.append(story)
    print(f"# {len(pool)} eligible stories")
    return random.Random(seed).sample(pool, count)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="an Article-Bias-Prediction checkout")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <ID>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--candidates", type=int, help="print this many sampled candidates instead")
    ap.add_argument("--seed", type=int, default=2040)
    args = ap.parse_args()
    if args.candidates:
        for i, story in enumerate(candidates(args.checkout, args.candidates, args.seed), 1):
            print(i, story["ID"], story["date"], story["source_url"], story["source"], sep="\t")
        return
    if not (args.pages and args.out):
        ap.error("--pages and --out are needed (or --candidates)")
    write_reports(args.pages, args.out, lambda ident: report(load(args.checkout, ident)))


if __name__ == "__main__":
    main()
