"""Write Guardian stories saved from its Content API (tkgnm/machine-learning-capi) as plain-text reports.

The public repository github.com/tkgnm/machine-learning-capi keeps ten pages of the Guardian's
Content API search results (`scripts/articledata/articles_<n>.json`, 200 items each, the newest
items of 13-23 August 2022; `articles/search_<n>.json` holds 1,000 more of 22-26 May 2022). Each
item has the Guardian's id (the URL path), `webPublicationDate`, and the fields headline,
trailText, byline and body (the article's HTML). A blind set lists its stories in `pages.txt` as
`<name> <json file inside the checkout> <Guardian id>`. Each becomes `<out>/<name>.txt`:

    date: 2022-08-23        (the date in the Guardian id/URL, the desk's local date)
    <headline>
    <blank line>
    <the body's paragraphs, one per block, separated by blank lines>

The body keeps the text of its paragraphs, subheadings, list items and block quotes; figures (images
with captions, embeds), asides (related-story links), tables and iframes are left out, as are the
trail text (the standfirst), the byline and the one-line newsletter promotions ("Sign up to receive
an email with the top stories from Guardian Australia every morning").

    python benchmarks/make_guardiancapi_inputs.py --checkout /work/src72 \
        --pages benchmarks/realnews72/pages.txt --out /tmp/rn72

With `--list` instead of `--pages`, it prints every article of the checkout's
`scripts/articledata` files whose body a blind draw can pick (`drawable`), one per line as
`<json file> <Guardian id>`, in file and result order. The draw was made on this list with the
body's newsletter promotions still counted (as the first version of this script did), so `--list`
keeps them when it measures a body; realnews72 drew `random.Random(2072).sample(list, 40)`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from make_page_inputs import drawable, write_reports  # shared helpers (run from benchmarks/)

SKIP = {"figure", "aside", "table", "iframe", "footer", "quiz", "script", "style", "figcaption"}
BLOCK = {"p", "h2", "h3", "li", "blockquote"}
PROMO = re.compile(r"Sign up (to|for) .{0,150}$")  # the newsletter sign-up line inside some bodies
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


class _Body(HTMLParser):
    """Collect the text of block elements outside skipped elements, one paragraph per block."""

    def __init__(self, drop_promos: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_promos = drop_promos
        self.skip = 0
        self.paras: list[str] = []
        self.buf: list[str] = []

    def _flush(self) -> None:
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(self.buf))
        text = "\n".join(line.strip() for line in text.split("\n")).strip()
        if text and not (self.drop_promos and PROMO.match(text)):
            self.paras.append(text)
        self.buf = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIP:
            self.skip += 1
        elif self.skip:
            return
        elif tag in BLOCK:
            self._flush()
        elif tag == "br":
            self.buf.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br" and not self.skip:
            self.buf.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif not self.skip and tag in BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data.replace("\n", " "))

    def close(self) -> None:
        super().close()
        self._flush()


def body_text(body_html: str, drop_promos: bool = True) -> str:
    parser = _Body(drop_promos)
    parser.feed(body_html)
    parser.close()
    return "\n\n".join(parser.paras)


def published(item: dict) -> dt.date:
    """The date in the id (`section/2022/aug/23/slug`), else webPublicationDate's UTC date."""
    m = re.search(r"/(\d{4})/([a-z]{3})/(\d{2})/", "/" + item["id"] + "/")
    if m and m.group(2) in MONTHS:
        return dt.date(int(m.group(1)), MONTHS[m.group(2)], int(m.group(3)))
    return dt.date.fromisoformat(item["webPublicationDate"][:10])


def report(item: dict) -> str:
    fields = item.get("fields", {})
    headline = html.unescape(fields.get("headline") or item.get("webTitle", "")).strip()
    return f"date: {published(item).isoformat()}\n{headline}\n\n{body_text(fields.get('body', ''))}\n"


def items(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["response"]["results"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="the repository's files (extracted)")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <json file> <id>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--list", action="store_true", help="print the drawable articles")
    args = ap.parse_args()
    if args.list:
        files = sorted((args.checkout / "scripts" / "articledata").glob("articles_*.json"),
                       key=lambda p: int(re.sub(r"\D", "", p.name)))
        for path in files:
            for item in items(path):
                if item.get("type") == "article" and drawable(body_text(item["fields"].get("body", ""), drop_promos=False)):
                    print(path.relative_to(args.checkout).as_posix(), item["id"])
        return
    if not (args.pages and args.out):
        ap.error("--pages and --out are required (or --list)")
    cache: dict[str, dict[str, dict]] = {}

    def text_of(key: str) -> str:
        rel, gid = key.split()
        if rel not in cache:
            cache[rel] = {item["id"]: item for item in items(args.checkout / rel)}
        return report(cache[rel][gid])

    write_reports(args.pages, args.out, text_of)


if __name__ == "__main__":
    main()
