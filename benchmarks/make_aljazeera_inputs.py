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

import datetime as dt
import re

from make_page_inputs import write_csv_rows  # the shared pages.txt writer (run from benchmarks/)

FURNITURE = "Follow Al Jazeera English:"



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
    write_csv_rows(__doc__, "the scrape's initial_content.csv", report)


if __name__ == "__main__":
    main()
