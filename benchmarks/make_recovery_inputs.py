"""Write stories of the ReCOVery news collection (COVID-19 news of 2020) as plain-text reports.

ReCOVery (github.com/apurvamulay/ReCOVery; Zhou, Mulay, Ferrara and Zafarani, CIKM 2020) kept, before
it merged them into one file, one CSV per outlet under `dataset/reliable/` (columns: an unnamed row
number, news_id, url, publisher, publish_date, author, title, image, body_text, ...). The body text keeps
the page's paragraphs, one a line. A blind set lists its stories in `pages.txt` as
`<name> <csv file>:<news_id>` (the file name under `dataset/reliable/` of the copy its README names).
Each becomes `<out>/<name>.txt`:

    date: 2020-05-14        (the publish_date column: ingest reads it as the publication date)
    <title>
    <blank line>
    <paragraph>
    <blank line>
    <paragraph> ...

Each non-empty line of body_text is one paragraph (stripped); nothing else is changed.

    python benchmarks/make_recovery_inputs.py --dir /path/to/ReCOVery/dataset/reliable \
        --pages benchmarks/realnews44/pages.txt --out /tmp/rn44

`--sample SEED N` instead prints N candidates (stories with a date, 1,500-6,000 characters of body
and at least 6 digits), drawn with random.Random(SEED) from the sorted list, as pages.txt lines.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from make_page_inputs import (  # shared with the other input scripts (run from benchmarks/)
    collection_main,
    drawable,
)


def table(path: Path) -> dict[str, dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        return {row["news_id"]: row for row in csv.DictReader(f)}


def paragraphs(body: str) -> list[str]:
    return [line.strip() for line in body.splitlines() if line.strip()]


def report(row: dict[str, str]) -> str:
    day = dt.date.fromisoformat(row["publish_date"].strip()[:10])
    body = "\n\n".join(paragraphs(row["body_text"]))
    return f"date: {day.isoformat()}\n{row['title'].strip()}\n\n{body}\n"


def outlet(name: str) -> str:
    return re.sub(r"^news-dataset[-_]|\.csv$", "", name).replace("_", "")


def candidates(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.glob("*.csv")):
        rows = table(path)
        for news_id in sorted(rows, key=int):
            row = rows[news_id]
            body = "\n\n".join(paragraphs(row["body_text"]))
            if not row["publish_date"].strip():
                continue
            if drawable(body):
                found.append((f"recovery-{outlet(path.name)}-{news_id}", f"{path.name}:{news_id}"))
    return found


def reporter(folder: Path) -> Callable[[str], str]:
    """Each story's report, each outlet's CSV read once."""
    tables: dict[str, dict[str, dict[str, str]]] = {}

    def text_of(key: str) -> str:
        file, news_id = key.rsplit(":", 1)
        if file not in tables:
            tables[file] = table(folder / file)
        return report(tables[file][news_id])

    return text_of


def main() -> None:
    collection_main(__doc__, "the collection's dataset/reliable folder", "the set's pages.txt: <name> <csv file>:<news_id>",
                    candidates, reporter)


if __name__ == "__main__":
    main()
