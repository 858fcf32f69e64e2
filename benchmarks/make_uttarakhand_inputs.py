"""Write English stories of the Uttarakhand news scraper's export (Indian outlets, 2026) as plain-text reports.

github.com/pragyananda/Uttarakhand_sentiment_analysis_project keeps what its scraper collected in
`data/articles.jsonl`: one JSON object a line with id, url, publisher, title, text (the body as its
extractor, newspaper4k or trafilatura, gave it: paragraphs on their own lines), language and
published_at (an ISO timestamp in UTC). A blind set lists its stories in `pages.txt` as
`<name> <id>` (the article's `id`, a 40-hex hash). Each becomes `<out>/<name>.txt`:

    date: 2026-08-12        (published_at in India's time, UTC+05:30: ingest reads it as the publication date)
    <title>                 (a trailing " | <publisher>" or " - <publisher>" dropped)
    <blank line>
    <the body's paragraphs, one blank line between them>

The paragraphs are the text's non-empty lines, stripped. Page furniture the extractors kept is
dropped (see FURNITURE and END below: ad prompts, "Advertisement", bylines and TOI's date line, a
first line repeating the headline, TOI's "End of Article" and author box); nothing else is changed.
Decks (a summary sentence under the headline) stay.

    python benchmarks/make_uttarakhand_inputs.py \
        --jsonl /path/to/Uttarakhand_sentiment_analysis_project/data/articles.jsonl \
        --pages benchmarks/realnews50/pages.txt --out /tmp/rn50

`--candidates` lists the English stories with a date and a body of 1,500-6,000 characters holding
at least 6 digits, in the order random.Random(2050).sample gives them (how realnews50 chose its
stories), instead of writing anything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

from make_page_inputs import (  # the shared draw rule and pages.txt writer (run from benchmarks/)
    drawable,
    write_reports,
)

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# Page furniture the extractors kept, dropped line by line: the ad prompt, "Advertisement", Mint's
# section label and update stamp, TOI's "| <author> | TNN | Aug 12, 2026, 17:13 IST" date line,
# bylines ("By Sunil Sonker", "Garhwal Post Bureau"). The body ends at "End of Article" or
# "About the Author" (TOI's author box).
FURNITURE = re.compile(
    r"^(?:Tired of too many ads\?\s*go ad free now|Advertisement|Focus|Updated\s*\d{1,2} \w{3} \d{4},.*"
    r"|\|.*\|\s*\w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} IST|By [A-Z][\w.]*(?: [A-Z][\w.]*){0,3}|[\w ]{0,30} Bureau)$"
)
END = {"End of Article", "About the Author"}


def paragraphs(row: dict) -> list[str]:
    kept = []
    for line in (row.get("text") or "").split("\n"):
        line = line.strip()
        if line in END:
            break
        if line and not FURNITURE.match(line):
            kept.append(line)
    if kept and kept[0] == title(row):  # the extractor's repeat of the headline
        kept = kept[1:]
    return kept


def body(row: dict) -> str:
    return "\n\n".join(paragraphs(row))


def title(row: dict) -> str:
    head = (row.get("title") or "").strip()
    publisher = (row.get("publisher") or "").strip()
    for sep in (" | ", " - "):
        if publisher and head.endswith(sep + publisher):
            head = head[: -len(sep + publisher)].rstrip()
    return head


def day(row: dict) -> dt.date:
    stamp = dt.datetime.fromisoformat(row["published_at"].replace("Z", "+00:00"))
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(IST).date()


def report(row: dict) -> str:
    return f"date: {day(row).isoformat()}\n{title(row)}\n\n{body(row)}\n"


def candidates(table: list[dict]) -> list[dict]:
    pool = [
        r for r in table
        if r.get("language") == "en" and r.get("published_at") and drawable(body(r))
    ]
    return random.Random(2050).sample(pool, min(40, len(pool)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jsonl", type=Path, required=True, help="the project's data/articles.jsonl")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <id>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--candidates", action="store_true", help="list the sampled candidates and stop")
    args = ap.parse_args()
    table = rows(args.jsonl)
    if args.candidates:
        for i, r in enumerate(candidates(table), 1):
            print(i, r["id"], day(r).isoformat(), r["publisher"], "|", title(r))
        return
    if not (args.pages and args.out):
        ap.error("--pages and --out are needed unless --candidates is given")
    by_id = {r["id"]: r for r in table}
    write_reports(args.pages, args.out, lambda key: report(by_id[key]))


if __name__ == "__main__":
    main()
