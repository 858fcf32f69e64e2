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

import datetime as dt

from make_page_inputs import write_csv_rows  # the shared pages.txt writer (run from benchmarks/)


def report(row: dict[str, str]) -> str:
    day = dt.datetime.strptime(row["date"].strip(), "%B %d, %Y").date()
    return f"date: {day.isoformat()}\n{row['title'].strip()}\n\n{row['text'].strip()}\n"


def main() -> None:
    write_csv_rows(__doc__, "the collection's True.csv", report)


if __name__ == "__main__":
    main()
