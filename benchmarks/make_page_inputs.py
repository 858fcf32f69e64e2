"""Copy a blind set's pages out of a public test-page checkout (the pages stay outside the repo).

Some of our blind gold sets are written on real news pages that other open-source projects keep
as test fixtures (mozilla/readability's `test/test-pages`, goose3's `tests/data/content`,
postlight/parser's `fixtures`, newspaper4k's `tests/data/html`, trafilatura's `tests/cache`). Some
files have generic names (`source.html` in a folder per page), so a set's `pages.txt` names each
page: `<name> <path inside the checkout>`, one per line. Each page becomes `<out>/<name>.html`
(a plain-text page, `.txt`, keeps its suffix so it is read as text); the gold's `doc` field is
that file name.

    python benchmarks/make_page_inputs.py --checkout /path/to/readability \
        --pages benchmarks/realnews7/pages.txt --out /tmp/rn7
"""

from __future__ import annotations

import argparse
import random
import shutil
from collections.abc import Callable
from pathlib import Path


def read_pages(listing: Path) -> list[tuple[str, str]]:
    """(name, path) pairs; blank lines and '#' comments are skipped."""
    pairs = []
    for raw in listing.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            name, path = line.split(None, 1)
            pairs.append((name, path.strip()))
    return pairs


def drawable(body: str) -> bool:
    """Can a blind draw pick this story: 1,500-6,000 characters of body holding at least 6 digits,
    so that it has figures to annotate and is not a brief or a long feature."""
    return 1500 <= len(body) <= 6000 and sum(c.isdigit() for c in body) >= 6


def write_reports(listing: Path, out: Path, text_of: Callable[[str], str]) -> None:
    """Write each story a pages.txt lists as `<out>/<name>.txt`, its text made from the rest of its
    line: the one writing loop every input script that renders a story shares."""
    out.mkdir(parents=True, exist_ok=True)
    for name, key in read_pages(listing):
        target = out / f"{name}.txt"
        target.write_text(text_of(key), encoding="utf-8")
        print(target)


def collection_main(doc: str, dir_help: str, pages_help: str,
                    candidates: Callable[[Path], list[tuple[str, str]]],
                    reporter: Callable[[Path], Callable[[str], str]]) -> None:
    """The command line of a collection's input script, one for all of them: `--sample SEED N`
    prints a seeded draw of the collection's candidates as pages.txt lines (how a blind set picks
    stories without reading them); `--pages LIST --out DIR` writes a set's reports, each key of the
    list read by `reporter(dir)`."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--dir", type=Path, required=True, help=dir_help)
    ap.add_argument("--pages", type=Path, help=pages_help)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", nargs=2, type=int, metavar=("SEED", "N"))
    args = ap.parse_args()
    if args.sample:
        seed, n = args.sample
        pool = candidates(args.dir)
        print(f"# {len(pool)} candidates")
        for name, key in random.Random(seed).sample(pool, min(n, len(pool))):
            print(name, key)
        return
    if not (args.pages and args.out):
        ap.error("--pages and --out are needed unless --sample is given")
    write_reports(args.pages, args.out, reporter(args.dir))


def write_csv_rows(doc: str, csv_help: str, text_of: Callable[[dict[str, str]], str]) -> None:
    """The command line of a collection kept as one CSV whose data rows a set's pages.txt names by
    number (`<name> <row>`): --csv, --pages, --out; each row becomes `text_of(row)`."""
    import csv

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--csv", type=Path, required=True, help=csv_help)
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt: <name> <row>")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    csv.field_size_limit(1 << 30)
    with args.csv.open(encoding="utf-8", errors="replace", newline="") as f:
        table = list(csv.DictReader(f))
    write_reports(args.pages, args.out, lambda row: text_of(table[int(row)]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="the project's checkout holding the pages")
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, path in read_pages(args.pages):
        suffix = ".txt" if path.endswith(".txt") else ".html"
        target = args.out / f"{name}{suffix}"
        shutil.copyfile(args.checkout / path, target)
        print(target)


if __name__ == "__main__":
    main()
