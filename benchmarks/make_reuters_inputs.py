"""Write Reuters-21578 stories as plain-text reports (the stories stay outside the repo).

A blind set on the 1987 Reuters newswire (the Reuters-21578 collection, `reut2-NNN.sgm`) lists
its stories by NEWID in `pages.txt` (`<name> <file> <NEWID>`). Each becomes `<out>/<name>.txt`:

    date: 1987-03-26        (the <DATE> field: ingest reads it as the publication date)
    <HEADLINE>
    <blank line>
    <DATELINE>, <Month> <day> - <the story, its lines joined into paragraphs>

The wire's fixed-width lines are joined back into paragraphs (a new paragraph starts at an
indented line), the SGML entities are decoded and the closing " Reuter" signature is dropped;
nothing else is changed.

    python benchmarks/make_reuters_inputs.py --checkout /path/to/reuters21578 \
        --pages benchmarks/realnews28/pages.txt --out /tmp/rn28
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
from pathlib import Path

from make_page_inputs import write_reports  # the shared pages.txt writer (run from benchmarks/)

STORY = re.compile(r'<REUTERS\b[^>]*\bNEWID="(?P<id>\d+)"[^>]*>(?P<body>.*?)</REUTERS>', re.S)
FIELD = re.compile(r"<(?P<tag>DATE|TITLE|DATELINE|BODY)>(?P<text>.*?)</(?P=tag)>", re.S)


def stories(sgm: str) -> dict[str, dict[str, str]]:
    """NEWID -> the story's DATE, TITLE, DATELINE and BODY fields (raw SGML text)."""
    out = {}
    for m in STORY.finditer(sgm):
        out[m["id"]] = {f["tag"]: f["text"] for f in FIELD.finditer(m["body"])}
    return out


def unwrap(body: str) -> str:
    """Paragraphs of a fixed-width wire body: an indented line opens a paragraph, the others continue it."""
    paragraphs: list[str] = []
    for line in body.splitlines():
        if not line.strip():
            continue
        if line.startswith((" ", "\t")) or not paragraphs:
            paragraphs.append(line.strip())
        else:
            paragraphs[-1] += " " + line.strip()
    if paragraphs and paragraphs[-1] in ("Reuter", "REUTER"):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def report(fields: dict[str, str]) -> str:
    day = dt.datetime.strptime(fields["DATE"].strip().split()[0], "%d-%b-%Y").date()
    clean = lambda s: html.unescape(re.sub(r"&#\d+;", "", s))  # noqa: E731 - control codes of the wire
    body = unwrap(clean(fields.get("BODY", "")))
    body = re.sub(r"\s*\bReuter\s*$", "", body)
    title = " ".join(clean(fields.get("TITLE", "")).split())
    dateline = " ".join(clean(fields.get("DATELINE", "")).split())
    lead = f"{dateline} " if dateline else ""
    return f"date: {day.isoformat()}\n{title}\n\n{lead}{body}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="folder holding the reut2-NNN.sgm files")
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt: <name> <file> <NEWID>")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    cache: dict[str, dict[str, dict[str, str]]] = {}

    def text_of(where: str) -> str:
        file, newid = where.split()
        if file not in cache:  # one parse per .sgm file
            cache[file] = stories((args.checkout / file).read_text(encoding="latin-1"))
        return report(cache[file][newid])

    write_reports(args.pages, args.out, text_of)


if __name__ == "__main__":
    main()
