"""Write Daily Mail stories of a CNN/DailyMail CSV sample as plain-text reports with their dates.

The CNN/DailyMail summarisation collection (Hermann et al., 2015) keeps CNN and Daily Mail stories;
the Daily Mail ones open with a "By. <author>. PUBLISHED:. 14:11 EST, 25 October 2013. |. UPDATED:.
15:36 EST, 25 October 2013." header (in the TFDS/HF copies the lines are joined with ". "), sometimes
after the story's summary bullets. The copy a blind set uses is `data/cnn_dailymail.csv` of
github.com/DesixMimi/Text-Summarization (200 stories; columns: row number, text, y = highlights). A
set lists its stories in `pages.txt` as `<name> <row>` (the CSV's first column). Each becomes
`<out>/<name>.txt`:

    date: 2013-10-25        (the PUBLISHED date: ingest reads it as the publication date)
    <blank line>
    <the story, as one paragraph>

The collection has no headlines and keeps each story as one paragraph. Everything up to the end of
the PUBLISHED/UPDATED stamp (summary bullets, byline, stamps) is dropped; the rest is written as is.
Stories without a PUBLISHED stamp (CNN stories, Daily Mail stories with only an UPDATED stamp) are
not dated and are refused. `--list` prints the dated rows with body length and digit count.

    python benchmarks/make_dailymail_inputs.py --csv /work/src34/cnn_dailymail.csv \
        --pages benchmarks/realnews34/pages.txt --out /tmp/rn34
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from pathlib import Path

from make_page_inputs import write_reports  # the shared pages.txt writer (run from benchmarks/)

STAMP = re.compile(
    r"PUBLISHED:\.?\s*\d{1,2}:\d{2} [A-Z]{3}, (?P<day>\d{1,2} [A-Z][a-z]+ \d{4})\.?"
    r"(?:\s*\|\.?\s*UPDATED:\.?\s*\d{1,2}:\d{2} [A-Z]{3}, \d{1,2} [A-Z][a-z]+ \d{4}\.?)?\s*"
)


def rows(path: Path) -> dict[str, str]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        return {r[""]: r["text"] for r in csv.DictReader(f)}


def split(text: str) -> tuple[dt.date, str] | None:
    m = STAMP.search(text[:2000])
    if not m:
        return None
    day = dt.datetime.strptime(m.group("day"), "%d %B %Y").date()
    return day, text[m.end():].strip()


def report(text: str) -> str:
    parts = split(text)
    if parts is None:
        raise SystemExit("story has no PUBLISHED stamp")
    day, body = parts
    return f"date: {day.isoformat()}\n\n{body}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, required=True, help="the sample's cnn_dailymail.csv")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <row>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--list", action="store_true", help="list dated rows: row date chars digits")
    args = ap.parse_args()
    table = rows(args.csv)
    if args.list:
        for key, text in table.items():
            parts = split(text)
            if parts:
                print(key, parts[0].isoformat(), len(parts[1]), sum(c.isdigit() for c in parts[1]))
        return
    write_reports(args.pages, args.out, lambda row: report(table[row]))


if __name__ == "__main__":
    main()
