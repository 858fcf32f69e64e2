"""Write Wikinews stories of the NewsReader MEANTIME corpus (stock-market subcorpus, NAF files) as plain-text reports.

The MEANTIME corpus (NewsReader project; English Wikinews articles, CC BY 2.5) keeps each story as a NAF
XML file: `<nafHeader><fileDesc creationtime="2008-09-17T00:00:00" title="..."/>` and the article text,
paragraphs separated by blank lines, in `<raw>`. The 30 stock-market stories ship in
github.com/neostrange/textgraphx under `src/textgraphx/datastore/original_dataset/`. A blind set lists its
stories in `pages.txt` as `<name> <path of the .naf file inside the checkout>`. Each becomes
`<out>/<name>.txt`:

    date: 2008-09-17        (the creationtime attribute: ingest reads it as the publication date)
    <title>
    <blank line>
    <the raw text, its paragraphs separated by blank lines>

The raw text's own first two lines, a repeat of the title and the date line ("October 20, 2007"), are
dropped (the date is the header's); nothing else is changed (runs of blank lines become one; trailing
spaces are dropped; the hard-wrapped lines of a paragraph are joined with one space).

    python benchmarks/make_meantime_inputs.py --checkout /work/src56/textgraphx \
        --pages benchmarks/realnews56/pages.txt --out /tmp/realnews56-check

`--list SEED N` prints, instead, every story with a date and 1,500-6,000 characters of body holding at
least 6 digits, then N of them drawn with random.Random(SEED).sample (all of them, shuffled, when fewer
qualify): the way a blind set picks candidates without reading them.
"""

from __future__ import annotations

import argparse
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from make_page_inputs import (  # the shared draw rule and writer (run from benchmarks/)
    drawable,
    write_reports,
)

DATASET = "src/textgraphx/datastore/original_dataset"


def parse(path: Path) -> tuple[str, str, str]:
    """(date YYYY-MM-DD, title, body) of one NAF file."""
    root = ET.parse(path).getroot()
    desc = root.find("nafHeader/fileDesc")
    day = (desc.get("creationtime") or "")[:10] if desc is not None else ""
    title = (desc.get("title") or "").strip() if desc is not None else ""
    raw = root.findtext("raw") or ""
    # A paragraph is a run of lines; a few stories hard-wrap their paragraphs, so lines are joined.
    paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in re.split(r"\n\s*\n", raw)]
    paras = [p for p in paras if p]
    # Wikinews's raw text repeats the title and a date line ("October 20, 2007") before the story.
    if paras and paras[0] == title:
        paras = paras[1:]
    if paras and re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", paras[0]):
        paras = paras[1:]
    return day, title, "\n\n".join(paras)


def report(path: Path) -> str:
    day, title, body = parse(path)
    return f"date: {day}\n{title}\n\n{body}\n"


def listing(checkout: Path, seed: int, n: int) -> None:
    ok = []
    for path in sorted((checkout / DATASET).glob("*.naf")):
        day, _, body = parse(path)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) and drawable(body):
            ok.append(path.relative_to(checkout).as_posix())
    print(f"{len(ok)} stories qualify")
    for rel in random.Random(seed).sample(ok, min(n, len(ok))):
        print(rel)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="a textgraphx checkout (or its extracted dataset)")
    ap.add_argument("--pages", type=Path, help="the set's pages.txt: <name> <path of the .naf file>")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--list", nargs=2, type=int, metavar=("SEED", "N"), help="print the candidate draw instead")
    args = ap.parse_args()
    if args.list:
        listing(args.checkout, *args.list)
        return
    if not (args.pages and args.out):
        ap.error("--pages and --out are required unless --list is given")
    write_reports(args.pages, args.out, lambda rel: report(args.checkout / rel))


if __name__ == "__main__":
    main()
