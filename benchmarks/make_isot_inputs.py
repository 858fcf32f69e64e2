"""Write stories of the ISOT news collection's True.csv (Reuters, 2016-17) as plain-text reports.

The ISOT fake-news collection (University of Victoria) keeps its real stories, all Reuters wires,
in `True.csv` with the columns title, text, subject, date. A blind set lists its stories in
`pages.txt` as `<name> <row>` (the 0-based data row of the copy its README names). Each becomes
`<out>/<name>.txt`:

    date: 2017-12-06        (the date column: ingest reads it as the publication date)
    <title>
    <blank line>
    <dateline> (Reuters) - <the story, as one paragraph>

The collection keeps each story's text as one paragraph; nothing else is changed.

    python benchmarks/make_isot_inputs.py --csv /path/to/True.csv \
        --pages benchmarks/realnews31/pages.txt --out /tmp/rn31
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path

from make_page_inputs import write_reports  # the shared pages.txt writer (run from benchmarks/)


def rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        return list(csv.DictReader(f))


def report(row: dict[str, str]) -> str:
    day = dt.datetime.strptime(row["date"].strip(), "%B %d, %Y").date()
    return f"date: {day.isoformat()}\n{row['title'].strip()}\n\n{row['text'].strip()}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, required=True, help="the collection's True.csv")
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt: <name> <row>")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    table = rows(args.csv)
    write_reports(args.pages, args.out, lambda row: report(table[int(row)]))


if __name__ == "__main__":
    main()
