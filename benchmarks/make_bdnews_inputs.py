"""Write English stories of the BDNewsPaperScraper archive (Bangladeshi outlets, 2025) as plain-text reports.

github.com/EhsanulHaqueSiam/BDNewsPaperScraper (MIT licence) commits a daily news archive to
`data/articles.json`: a JSON list of article records (url, paper_name, headline, sub_title, article,
publication_date, source_language, ...). A blind set lists its stories in `pages.txt` as
`<name> <url>` (the record's `url` field, unique in the file). Each becomes `<out>/<name>.txt`:

    date: 2025-12-30        (the date part of publication_date: ingest reads it as the publication date)
    <headline>
    <blank line>
    <the article text, paragraphs separated by blank lines>

The archive keeps each story's text as one string whose paragraphs the scraper ran together with
nothing between them ("... Rahman.The information ..."); the script puts a blank line back at each
such join (a sentence end straight before an upper-case letter or opening quote) and collapses runs
of white space. The sub_title (a deck) is left out; nothing else is changed.

    python benchmarks/make_bdnews_inputs.py --json /path/to/articles.json \
        --pages benchmarks/realnews59/pages.txt --out /tmp/rn59

`--draw` prints the drawable stories (a date, 1,500-6,000 characters of body, at least 6 digits)
and a seeded sample of them instead of writing anything.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from make_page_inputs import drawable, write_reports  # shared helpers (run from benchmarks/)

DAY = re.compile(r"(\d{4}-\d\d-\d\d)")
# The scraper joined the paragraphs with nothing between them ("... Rahman.The information ..."): a
# sentence end (after a lower-case letter, digit, bracket or closing quote) run straight into an
# upper-case letter or opening quote marks a lost paragraph break.
JOIN = re.compile(r"(?<=[a-z0-9)][.?!])(?=[A-Z“‘])|(?<=[.?!][”’\"])(?=[A-Z“‘])")


def records(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def day_of(rec: dict) -> str | None:
    m = DAY.match(str(rec.get("publication_date") or ""))
    return m.group(1) if m else None


def report(rec: dict) -> str:
    body = JOIN.sub("\n\n", " ".join(rec["article"].split()))
    return f"date: {day_of(rec)}\n{rec['headline'].strip()}\n\n{body}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, required=True, help="the archive's data/articles.json")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <url>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--draw", type=int, metavar="SEED", help="print the drawable stories and a sample")
    ap.add_argument("-n", type=int, default=40, help="sample size for --draw")
    args = ap.parse_args()
    recs = records(args.json)
    if args.draw is not None:
        pool = [r for r in recs if r.get("source_language") == "English" and day_of(r)
                and drawable(" ".join((r.get("article") or "").split()))]
        print(f"{len(pool)} drawable of {len(recs)}")
        for i, r in enumerate(random.Random(args.draw).sample(pool, min(args.n, len(pool)))):
            print(i, day_of(r), r["paper_name"], r["url"])
        return
    if args.pages is None or args.out is None:
        ap.error("--pages and --out are required (or --draw)")
    by_url = {r["url"]: r for r in recs}
    write_reports(args.pages, args.out, lambda url: report(by_url[url]))


if __name__ == "__main__":
    main()
