"""Write stories of the PNG-News-Database (The National and TVWAN, Papua New Guinea; 2024-2025) as plain-text reports.

PNG-News-Database (github.com/charlieikosi/PNG-News-Database, commit
3cc7c2efad74d90a5b4f7e33fd968294e8fc8281; the repository states no licence, the article text belongs to
each outlet) keeps news stories scraped from Papua New Guinea outlets as CSV files, one row a story. Two
of its full-text files are used:

    The National/thenational_nation_with_full_text_sentiment.csv   (The National, Port Moresby daily,
        2025-08-25 .. 2025-11-20; columns Title, URL, Date, Content, Category, Sentiment, People, Source;
        the body's paragraphs were joined with single spaces by the scraper, so a story is one paragraph)
    TVWAN/tvwan_business_with_full_text_sentiment.csv              (TVWAN, the TV Wan news site,
        2024-02-06 .. 2025-11-17; columns Title, Date, URL, Source, Category, Sentiment, People, Content;
        paragraphs are separated by line breaks)

`Date` is D/MM/YYYY (day first). The other TVWAN files of that commit (politics, local) carry one date
for every row (a scraper error) and are not used; `Category`, `Sentiment` and `People` are the
collector's machine labels and are not used either. A blind set lists its stories in `pages.txt` as
`<name> <key>`, the key being `national/<last path part of the URL>` or `tvwan/<news id>`, relative to
the folder holding `The National/` and `TVWAN/` (the `--dir`). Each becomes `<out>/<name>.txt`:

    date: 2025-09-24        (the `Date` column: ingest reads it as the publication date)
    <Title>
    <blank line>
    <paragraph>
    <blank line>
    <paragraph> ...

A paragraph is one non-empty line of `Content`, stripped. Nothing else is changed.

    python benchmarks/make_pngnews_inputs.py --dir /path/to/PNG-News-Database \
        --pages benchmarks/realnews309/pages.txt --out /tmp/rn309

`--sample SEED N` instead prints N candidates (stories with a date, 1,500-6,000 characters of body
and at least 6 digits), drawn with random.Random(SEED) from the sorted list, as pages.txt lines.
Names are `png-national-<first 8 hex digits of the SHA-1 of the URL>` and `png-tvwan-<news id>`.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from make_page_inputs import (  # shared with the other input scripts (run from benchmarks/)
    collection_main,
    drawable,
)

FILES = {
    "national": "The National/thenational_nation_with_full_text_sentiment.csv",
    "tvwan": "TVWAN/tvwan_business_with_full_text_sentiment.csv",
}


def rows(folder: Path, outlet: str) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with (folder / FILES[outlet]).open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def key_of(outlet: str, row: dict[str, str]) -> str:
    return f"{outlet}/{row['URL'].rstrip('/').rsplit('/', 1)[-1]}"


def name_of(outlet: str, row: dict[str, str]) -> str:
    if outlet == "tvwan":
        return f"png-tvwan-{row['URL'].rstrip('/').rsplit('/', 1)[-1]}"
    return f"png-national-{hashlib.sha1(row['URL'].encode('utf-8')).hexdigest()[:8]}"


def iso_date(text: str) -> str:
    day, month, year = (int(part) for part in text.strip().split("/"))
    return f"{year:04d}-{month:02d}-{day:02d}"


def paragraphs(row: dict[str, str]) -> list[str]:
    return [line.strip() for line in row["Content"].splitlines() if line.strip()]


def report(row: dict[str, str]) -> str:
    body = "\n\n".join(paragraphs(row))
    return f"date: {iso_date(row['Date'])}\n{row['Title'].strip()}\n\n{body}\n"


def index(folder: Path) -> dict[str, tuple[str, dict[str, str]]]:
    found = {}
    for outlet in FILES:
        for row in rows(folder, outlet):
            found[key_of(outlet, row)] = (outlet, row)
    return found


def candidates(folder: Path) -> list[tuple[str, str]]:
    found = []
    for key, (outlet, row) in sorted(index(folder).items()):
        if row["Date"].strip() and drawable("\n\n".join(paragraphs(row))):
            found.append((name_of(outlet, row), key))
    return found


def main() -> None:
    def reporter(folder: Path):
        table = index(folder)
        return lambda key: report(table[key][1])

    collection_main(__doc__, "the copy's root folder (holding 'The National/' and 'TVWAN/')",
                    "the set's pages.txt: <name> <outlet>/<id>", candidates, reporter)


if __name__ == "__main__":
    main()
