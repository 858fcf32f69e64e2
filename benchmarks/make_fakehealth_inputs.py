"""Write health news stories of the FakeHealth collection (HealthStory, 2009-2018) as plain-text reports.

FakeHealth (github.com/EnyanDai/FakeHealth; Dai, Sun and Wang, ICWSM 2020) keeps the health news
stories that HealthNewsReview.org reviewed, crawled with newspaper, one JSON file per story in
`dataset/content/HealthStory/story_reviews_<number>.json` (fields url, title, text, publish_date as a
Unix time, ...). The outlets are US and UK papers, wires and health sites (HealthDay, Reuters, The
New York Times, WebMD, NPR, the Los Angeles Times, ...). A blind set lists its stories in
`pages.txt` as `<name> <file stem>` (e.g. `fakehealth-00123 story_reviews_00123`). Each becomes
`<out>/<name>.txt`:

    date: 2016-05-02        (publish_date as a UTC calendar day: ingest reads it as the publication date)
    <title>
    <blank line>
    <the story's paragraphs, separated by blank lines>

The text is the crawl's own; only line breaks are normalised (each paragraph's lines are trimmed,
runs of blank lines become one). `--draw N` prints a seeded random draw of N candidate stems
instead: stories with a date and 1,500-6,000 characters of body holding at least 6 digits.

    python benchmarks/make_fakehealth_inputs.py --checkout /path/to/FakeHealth \
        --pages benchmarks/realnews53/pages.txt --out /tmp/rn53
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

from make_page_inputs import (  # the shared draw rule and writer (run from benchmarks/)
    drawable,
    write_reports,
)

STORIES = Path("dataset") / "content" / "HealthStory"


def load(checkout: Path, stem: str) -> dict:
    return json.loads((checkout / STORIES / f"{stem}.json").read_text(encoding="utf-8"))


def day(story: dict) -> dt.date | None:
    stamp = story.get("publish_date")
    if stamp is None:
        return None
    return dt.datetime.fromtimestamp(float(stamp), tz=dt.UTC).date()


def paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    out = []
    for block in blocks:
        para = "\n".join(line.strip() for line in block.split("\n") if line.strip())
        if para:
            out.append(para)
    return out


def body(story: dict) -> str:
    return "\n\n".join(paragraphs(story.get("text") or ""))


def report(story: dict) -> str:
    when = day(story)
    if when is None:
        raise ValueError("story has no publish_date")
    head = f"date: {when.isoformat()}\n"
    title = " ".join((story.get("title") or "").split())
    if title:
        head += f"{title}\n"
    return f"{head}\n{body(story)}\n"


def draw(checkout: Path, n: int, seed: int) -> list[str]:
    stems = sorted(p.stem for p in (checkout / STORIES).glob("*.json"))
    pool = []
    for stem in stems:
        story = load(checkout, stem)
        if day(story) is not None and drawable(body(story)):
            pool.append(stem)
    print(f"# {len(pool)} drawable of {len(stems)}")
    return random.Random(seed).sample(pool, n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="a FakeHealth checkout (or its extracted dataset/)")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <file stem>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--draw", type=int, help="print a seeded draw of this many candidate stems")
    ap.add_argument("--seed", type=int, default=2053)
    args = ap.parse_args()
    if args.draw:
        for stem in draw(args.checkout, args.draw, args.seed):
            print(stem)
        return
    if args.pages is None or args.out is None:
        ap.error("--pages and --out are needed unless --draw is given")
    write_reports(args.pages, args.out, lambda stem: report(load(args.checkout, stem)))


if __name__ == "__main__":
    main()
