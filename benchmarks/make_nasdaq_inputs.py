"""Write stories of a public scrape of Nasdaq.com's market news (Feb-Mar 2023) as plain-text reports.

The repository github.com/Altonormz/NASDAQ (a student web-scraping project) kept, at commit
0ad5bf9e12249186a9879e82ba8119e499d18863, the text of 9,410 articles from Nasdaq.com's "Markets"
feed as `article content files/<id>.txt`, with `article_info.csv` (id, title, authors, date, tags,
URL). Each text file opens with the page's date line ("March 20, 2023 — 01:41 am EDT"), the
byline ("Written by", "RTTNews.com for", "RTTNews ->"), then the story, one paragraph a line,
then Nasdaq's disclaimer and site furniture. A blind set lists its stories in `pages.txt` as
`<name> <id>`. Each becomes `<out>/<name>.txt`:

    date: 2023-03-20        (the file's date line: ingest reads it as the publication date)
    <title>                 (article_info.csv's title for that id, when it has one)
    <blank line>
    <the story's paragraphs, separated by blank lines>

The date line, the byline lines, the disclaimer ("The views and opinions expressed herein ...")
and everything after it are left out; nothing else is changed.

    python benchmarks/make_nasdaq_inputs.py --checkout /path/to/extracted/commit \
        --pages benchmarks/realnews49/pages.txt --out /tmp/rn49
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from pathlib import Path

from make_page_inputs import write_reports  # the shared pages.txt writer (run from benchmarks/)

DATE_LINE = re.compile(r"^([A-Z][a-z]+ \d{1,2}, \d{4})\s+\S\s+\d{1,2}:\d{2}\s*[ap]m\s+E[SD]T$")
PUBLISHER_LINE = re.compile(r"^(.+?)\u00a0->$")
DISCLAIMER = "The views and opinions expressed herein"


def parse(text: str) -> tuple[dt.date | None, str | None, str]:
    """(date, publisher, body) of one article file; body paragraphs joined by blank lines."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    day = None
    if lines and (m := DATE_LINE.match(lines[0])):
        day = dt.datetime.strptime(m.group(1), "%B %d, %Y").date()
    publisher, start = None, 0
    for i, ln in enumerate(lines[:6]):
        if m := PUBLISHER_LINE.match(ln):
            publisher, start = m.group(1).strip(), i + 1
            break
    body = []
    for ln in lines[start:]:
        if ln.startswith(DISCLAIMER):
            break
        body.append(ln)
    return day, publisher, "\n\n".join(body)


def titles(info: Path) -> dict[tuple[str, str], str]:
    """(id, date line) -> title; the csv repeats some ids, so the date line picks the row."""
    with info.open(encoding="utf-8", newline="") as f:
        return {(row["id"], row["date"].strip()): row["title"].strip() for row in csv.DictReader(f)}


def report(checkout: Path, table: dict[tuple[str, str], str], ident: str) -> str:
    text = (checkout / "article content files" / f"{ident}.txt").read_text(encoding="utf-8", errors="replace")
    day, _, body = parse(text)
    if day is None:
        raise SystemExit(f"{ident}: no date line")
    first = next(ln.strip() for ln in text.splitlines() if ln.strip())
    title = table.get((ident, first))
    head = f"date: {day.isoformat()}\n" + (f"{title}\n" if title else "")
    return f"{head}\n{body}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True,
                    help="the commit's files: holds 'article content files/' and article_info.csv")
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt: <name> <id>")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    table = titles(args.checkout / "article_info.csv")
    write_reports(args.pages, args.out, lambda ident: report(args.checkout, table, ident))


if __name__ == "__main__":
    main()
