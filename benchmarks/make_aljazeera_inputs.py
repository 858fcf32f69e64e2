"""Write stories of an Al Jazeera English scrape (May 2025) as plain-text reports.

The scrape is `initial_content.csv` of github.com/basharulalammazu/Aljazeera-News-Analysis (commit
3c39b59cbe062550b3f21a373a5d5c96a5d117de): 97 rows with the columns category, title, date, author,
content, url, taken from aljazeera.com's News, Features, Economy, Sports, Science & Tech and Opinion
sections in April-May 2025. `date` is the page's "Published On" date ("15 May 2025"); `content` is
every `<p>` of the page joined with one space, so the standfirst (the deck under the headline) opens
it and the original paragraph breaks are lost (an empty `<p>` leaves a run of spaces). A blind set
lists its stories in `pages.txt` as `<name> <row>` (the 0-based data row). Each becomes
`<out>/<name>.txt`:

    date: 2025-05-15        (the date column: ingest reads it as the publication date)
    <title>
    <blank line>
    <content, split into paragraphs where it has a run of two or more spaces>

The page furniture "Follow Al Jazeera English:" that closes every row is dropped; nothing else is
changed.

    python benchmarks/make_aljazeera_inputs.py --csv /path/to/initial_content.csv \
        --pages benchmarks/realnews81/pages.txt --out /tmp/rn81
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from pathlib import Path

from make_page_inputs import write_reports  # the shared pages.txt writer (run from benchmarks/)

FURNITURE = "Follow Al Jazeera English:"


def rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        return list(csv.DictReader(f))


def published(row: dict[str, str]) -> dt.date:
    text = row["date"].strip()
    for form in ("%d %b %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            pass
    raise ValueError(f"no date in row: {text!r}")


def body(row: dict[str, str]) -> str:
    text = row["content"].strip()
    if text.endswith(FURNITURE):
        text = text[: -len(FURNITURE)].rstrip()
    paragraphs = [p.strip() for p in re.split(r" {2,}", text) if p.strip()]
    return "\n\n".join(paragraphs)


def report(row: dict[str, str]) -> str:
    return f"date: {published(row).isoformat()}\n{row['title'].strip()}\n\n{body(row)}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, required=True, help="the scrape's initial_content.csv")
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt: <name> <row>")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    table = rows(args.csv)
    write_reports(args.pages, args.out, lambda row: report(table[int(row)]))


if __name__ == "__main__":
    main()
