"""Write stories of a NewsData.io crawl (US news feeds, March 2023) as plain-text reports.

The metalinguistic-prompting project (github.com/jennhu/metalinguistic-prompting) keeps, in
`datasets/exp1/news/cleaned.csv`, 230 English stories that NewsData.io listed for the United States
on 22-26 March 2023, with the text newspaper3k extracted from each page. Its columns: download_date,
published_date_gmt, title, url, category, raw_text (paragraphs separated by blank lines). A blind
set lists its stories in `pages.txt` as `<name> <row>` (the 0-based data row of that CSV). Each
becomes `<out>/<name>.txt`:

    date: 2023-03-24        (the date of published_date_gmt: ingest reads it as the publication date)
    <title>
    <blank line>
    <paragraph>
    <blank line>
    <paragraph> ...

Paragraphs are kept as the CSV has them (whitespace inside a paragraph collapsed); lines that are
only "Advertisement" are dropped, and in the written report also an empty "By" byline and a last
paragraph that repeats the title (the draw below counts the body before those two drops). `--sample` prints the candidates a blind set draws from instead:
stories with a date and 1,500-6,000 characters of body holding at least 6 digits, sampled with
`random.Random(SEED).sample(candidates, N)`.

    python benchmarks/make_newsdata_inputs.py --csv /path/to/cleaned.csv \
        --pages benchmarks/realnews43/pages.txt --out /tmp/rn43
    python benchmarks/make_newsdata_inputs.py --csv /path/to/cleaned.csv --sample 2043 40
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

from make_page_inputs import (  # shared with the other input scripts (run from benchmarks/)
    drawable,
    write_reports,
)

JUNK = {"advertisement", "story continues below advertisement"}


def rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        return list(csv.DictReader(f))


def paragraphs(text: str) -> list[str]:
    out = []
    for block in re.split(r"\n\s*\n", text):
        para = " ".join(block.split())
        if para and para.lower() not in JUNK:
            out.append(para)
    return out


def day(row: dict[str, str]) -> str:
    stamp = row["published_date_gmt"].strip()
    return stamp[:10] if re.match(r"\d{4}-\d{2}-\d{2}", stamp) else ""


def report(row: dict[str, str]) -> str:
    title = " ".join(row["title"].split())
    paras = [p for p in paragraphs(row["raw_text"]) if p != "By"]  # an empty byline
    if paras and paras[-1] == title:  # the page's title repeated below the story
        paras.pop()
    body = "\n\n".join(paras)
    return f"date: {day(row)}\n{title}\n\n{body}\n"


def candidates(table: list[dict[str, str]]) -> list[int]:
    seen, keep = set(), []
    for i, row in enumerate(table):
        url = row["url"].strip()
        if url in seen:
            continue
        seen.add(url)
        body = "\n\n".join(paragraphs(row["raw_text"]))
        if day(row) and drawable(body):
            keep.append(i)
    return keep


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, required=True, help="the crawl's cleaned.csv")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <row>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", nargs=2, type=int, metavar=("SEED", "N"), help="print a blind draw")
    args = ap.parse_args()
    table = rows(args.csv)
    if args.sample:
        pool = candidates(table)
        seed, n = args.sample
        print(f"{len(pool)} candidates")
        for i in random.Random(seed).sample(pool, n):
            print(i, day(table[i]), table[i]["category"], table[i]["url"])
        return
    if not (args.pages and args.out):
        ap.error("--pages and --out are needed unless --sample is given")
    write_reports(args.pages, args.out, lambda row: report(table[int(row)]))


if __name__ == "__main__":
    main()
