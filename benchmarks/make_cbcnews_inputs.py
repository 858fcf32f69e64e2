"""Write stories of a 100-story CBC News sample (Canada, 2009-2025) as plain-text reports.

CBC/Radio-Canada's take-home assignment for an AI engineer post ships `news-dataset.json`: 100 stories
published on cbc.ca between 2009 and 2025, mostly from CBC News (national, world and the regional
newsrooms: Hamilton, Ottawa, Montreal, Windsor, Nova Scotia, PEI, ...), plus a few Arts, Books, Life and
archive pages. Candidates keep a copy; the one this script was written against is
github.com/hamideshahrabi/Content-Editorial-Assistant (commit e13e510f8dc0b58b8a147737d01174b466227ef9,
file `news-dataset.json` at the repository root; the repository states no licence, the article text
belongs to CBC). The file is one JSON list; each story has `content_id` ("1.6272172", the number of the
page's URL), `content_headline`, `content_type`, `content_publish_time` (ISO, no zone),
`content_last_update`, `content_categories`, `content_tags`, `content_word_count`,
`content_department_path` ("News/Canada/Ottawa") and `body`: the article text as ONE string, with
`&nbsp;`/`&amp;` entities kept, paragraph breaks lost, crossheads run into the text, and the anchor text
of links, embeds and italic titles cut out (a gap of spaces is left where they stood). A blind set lists
its stories in `pages.txt` as `<name> <content_id>`. Each becomes `<out>/<name>.txt`:

    date: 2021-12-06        (the date of `content_publish_time`: ingest reads it as the publication date)
    <content_headline>
    <blank line>
    <body>

The body is one paragraph, as the source keeps it. Its entities are unescaped (`&nbsp;` becomes a
space) and every run of whitespace becomes one space; nothing else is changed.

    python benchmarks/make_cbcnews_inputs.py --dir /path/to/folder-with-news-dataset.json \
        --pages benchmarks/realnews321/pages.txt --out /tmp/rn321

`--sample SEED N` instead prints N candidates (stories with a date, 1,500-6,000 characters of cleaned
body and at least 6 digits), drawn with random.Random(SEED) from the list sorted by name, as pages.txt
lines. A story's name is `cbc-<content_id without its leading "1.">` (no dot, so that a scorer stripping
an extension cannot cut it).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from make_page_inputs import (  # shared with the other input scripts (run from benchmarks/)
    collection_main,
    drawable,
)

DATASET = "news-dataset.json"


def stories(folder: Path) -> dict[str, dict[str, Any]]:
    """The dataset's stories by content_id."""
    records = json.loads((folder / DATASET).read_text(encoding="utf-8"))
    return {r["content_id"]: r for r in records}


def clean(text: str) -> str:
    """Entities unescaped, whitespace runs (the gaps of cut links included) collapsed to one space."""
    return re.sub(r"\s+", " ", html.unescape(text or "")).strip()


def report(record: dict[str, Any]) -> str:
    return (f"date: {record['content_publish_time'].strip()[:10]}\n"
            f"{clean(record['content_headline'])}\n\n{clean(record['body'])}\n")


def name_of(record: dict[str, Any]) -> str:
    """cbc-<the content_id's number after '1.'>"""
    return "cbc-" + record["content_id"].split(".", 1)[-1]


def candidates(folder: Path) -> list[tuple[str, str]]:
    found = []
    for key, record in stories(folder).items():
        if (record.get("content_publish_time") or "").strip() and drawable(clean(record["body"])):
            found.append((name_of(record), key))
    return sorted(found)


def main() -> None:
    cache: dict[str, dict[str, Any]] = {}

    def reporter(folder: Path):
        def text_of(key: str) -> str:
            if not cache:
                cache.update(stories(folder))
            return report(cache[key])
        return text_of

    collection_main(__doc__, "the folder holding news-dataset.json",
                    "the set's pages.txt: <name> <content_id>", candidates, reporter)


if __name__ == "__main__":
    main()
