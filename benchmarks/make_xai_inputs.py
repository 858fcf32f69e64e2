"""Write Dawn and APP stories of the xai_articles scrape (Pakistan, 2025) as plain-text reports.

github.com/gitcodeuu/xai_articles keeps one JSON file per story under
`data/<dawn|app>/articles/YYYY/MM/DD/<YYYY-MM-DD>_<hash>.json` with the fields title, content,
source, link and date_published (an ISO UTC time); Dawn is the Karachi daily (dawn.com), APP the
state news agency Associated Press of Pakistan (app.com.pk). A blind set lists its stories in
`pages.txt` as `<name> <path of the JSON file in a checkout>`. Each becomes `<out>/<name>.txt`:

    date: 2025-05-08        (the publication date: ingest reads it as such; see published())
    <title>                 (Dawn's " - <Section> - DAWN.COM" suffix cut)
    <blank line>
    <the content, its paragraphs separated by blank lines>

Dropped from the content: the ad-script lines of APP pages ("(adsbygoogle=...") and Dawn's
print-edition footer ("Published in Dawn, May 8th, 2025"); soft hyphens (U+00AD) are removed and
a literal backslash-n (the breaks of some Dawn stories) is read as a line break.
Nothing else is changed (APP's "ISLAMABAD, Jan 14 (APP):" dateline stays).

    python benchmarks/make_xai_inputs.py --checkout /path/to/xai_articles \
        --pages benchmarks/realnews63/pages.txt --out /tmp/rn63

`--candidates N SEED` prints instead the stories that a blind set may draw from (a date, 1,500 to
6,000 characters of body, at least six digits in it; one per link), sampled with random.Random(SEED).
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

PAKISTAN = dt.timezone(dt.timedelta(hours=5))
FOOTER = re.compile(r"^Published in Dawn\b")
DATELINE = re.compile(r"[A-Z][A-Za-z .'\-]*, ([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}) \(APP\)")
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
SUFFIX = re.compile(r"(?: - [^-]+)? - DAWN\.COM\s*$")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8", errors="replace"))


def published(story: dict, path: Path) -> dt.date | None:
    """APP: the wire's dateline ("ISLAMABAD, Jan 14 (APP):"), the year from the file name (the
    day of the APP archive list it was read from; date_published there is often a later update).
    Dawn: date_published in Pakistan time (it agrees with the print footer's date)."""
    if "app" in path.parts:
        listed = dt.date.fromisoformat(path.name[:10])
        line = DATELINE.match(story.get("content") or "")
        if not line or line.group(1)[:3].lower() not in MONTHS:
            return listed
        month = MONTHS.index(line.group(1)[:3].lower()) + 1
        year = listed.year - 1 if (month == 12 and listed.month == 1) else listed.year
        try:
            return dt.date(year, month, int(line.group(2)))
        except ValueError:
            return listed
    stamp = story.get("date_published")
    if not stamp:
        return None
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(PAKISTAN).date()


def title(story: dict) -> str:
    return SUFFIX.sub("", (story.get("title") or "").replace("\u00ad", "").strip()).strip()


def paragraphs(story: dict) -> list[str]:
    text = (story.get("content") or "").replace("\u00ad", "").replace("\r\n", "\n")
    text = text.replace("\\n", "\n")  # some Dawn stories keep their breaks as a literal backslash-n
    kept = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or "adsbygoogle" in line or FOOTER.match(line):
            continue
        kept.append(line)
    return kept


def report(path: Path) -> str:
    story = load(path)
    day = published(story, path)
    head = f"date: {day.isoformat()}\n" if day else ""
    name = title(story)
    if name:
        head += f"{name}\n"
    return head + "\n" + "\n\n".join(paragraphs(story)) + "\n"


def candidates(checkout: Path, count: int, seed: int) -> None:
    seen: set[str] = set()
    pool = []
    for path in sorted(checkout.glob("data/*/articles/*/*/*/*.json")):
        try:
            story = load(path)
        except ValueError:
            continue
        link = story.get("link") or str(path)
        if link in seen or not published(story, path):
            continue
        seen.add(link)
        body = "\n\n".join(paragraphs(story))
        if drawable(body):
            pool.append(path.relative_to(checkout).as_posix())
    print(f"# {len(pool)} eligible stories")
    for rel in random.Random(seed).sample(pool, count):
        print(rel)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="a checkout of gitcodeuu/xai_articles")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <path in the checkout>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--candidates", nargs=2, type=int, metavar=("N", "SEED"))
    args = ap.parse_args()
    if args.candidates:
        candidates(args.checkout, *args.candidates)
        return
    if not (args.pages and args.out):
        ap.error("--pages and --out are needed (or --candidates N SEED)")
    write_reports(args.pages, args.out, lambda rel: report(args.checkout / rel))


if __name__ == "__main__":
    main()
