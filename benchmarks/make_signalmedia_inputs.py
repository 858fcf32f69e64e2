"""Write stories of the Signal Media sample (September 2015) as plain-text reports.

The Signal Media One-Million News Articles collection (NewsIR'16) has one JSON object per
article with the keys id, title, content, source, published and media-type. The VU Amsterdam
course repository cltl/python-for-text-analysis kept a 10,000-article sample of it, one file per
article, as `Final-Assignment/data/<n>.json` (commit f0976615932c5d7d33d4eafb9f7f29f8f2ecb7b8).
A blind set lists its stories in `pages.txt` as `<name> <file>` (the file name inside that
folder). Each becomes `<out>/<name>.txt`:

    date: 2015-09-16        (the date part of `published`: ingest reads it as the publication date)
    <title>
    <blank line>
    <the content's lines, stripped, one paragraph each, separated by blank lines>

Nothing else is changed: the collection's `content` is already the article body, one paragraph
a line (blank and space-only lines are dropped).

    python benchmarks/make_signalmedia_inputs.py --data /path/to/Final-Assignment/data \
        --pages benchmarks/realnews48/pages.txt --out /tmp/rn48
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from make_page_inputs import write_reports  # the shared pages.txt writer (run from benchmarks/)


def report(article: dict[str, str]) -> str:
    day = article["published"].strip()[:10]
    title = " ".join(article["title"].split())
    lines = [" ".join(line.split()) for line in article["content"].splitlines()]
    body = "\n\n".join(line for line in lines if line)
    return f"date: {day}\n{title}\n\n{body}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="the sample's folder of <n>.json files")
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt: <name> <file>")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()

    def text_of(key: str) -> str:
        return report(json.loads((args.data / key).read_text(encoding="utf-8")))

    write_reports(args.pages, args.out, text_of)


if __name__ == "__main__":
    main()
