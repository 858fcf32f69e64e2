"""Write news-please articles of Giveme5W1H's news_cluster dataset (2016-18) as plain-text reports.

The Giveme5W1H project (github.com/fhamborg/Giveme5W1H) keeps, under
`Giveme5W1H/examples/datasets/news_cluster/data_raw/<hash>.json`, about 420 English news articles
crawled with news-please from many outlets (New York Times, Washington Post, RT, NPR, The Sun,
The Hindu, USA Today, China Daily, ...), each a JSON object with `title`, `text` (paragraphs
separated by newlines), `date_publish`, `source_domain` and `url`. A blind set lists its stories in
`pages.txt` as `<name> <path inside a Giveme5W1H checkout>`. Each becomes `<out>/<name>.txt`:

    date: 2017-09-15        (the date part of date_publish: ingest reads it as the publication date)
    <title>
    <blank line>
    <paragraph>
    <blank line>
    <paragraph> ...

Paragraphs are the text's non-empty lines, stripped; nothing else is changed.

    python benchmarks/make_giveme5w1h_inputs.py --checkout /work/src36 \
        --pages benchmarks/realnews36/pages.txt --out /tmp/rn36
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from make_page_inputs import write_reports  # the shared pages.txt writer (run from benchmarks/)


def report(article: dict) -> str:
    day = str(article["date_publish"]).strip()[:10]
    paragraphs = [p.strip() for p in (article.get("text") or "").splitlines() if p.strip()]
    head = f"date: {day}\n"
    title = (article.get("title") or "").strip()
    if title:
        head += f"{title}\n"
    return head + "\n" + "\n\n".join(paragraphs) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="a Giveme5W1H checkout (or its extracted files)")
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt: <name> <path>")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    write_reports(args.pages, args.out,
                  lambda rel: report(json.loads((args.checkout / rel).read_text(encoding="utf-8"))))


if __name__ == "__main__":
    main()
