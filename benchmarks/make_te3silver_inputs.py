"""Write stories of the TempEval-3 silver corpus (AFP and Xinhua newswire, 1997-2006) as plain-text reports.

The TempEval-3 shared task (SemEval-2013 task 1; UzZaman, Llorens, Derczynski, Allen, Verhagen and
Pustejovsky) released as "silver" training data 2,452 English newswire stories from the English
Gigaword collection (Agence France-Presse, April 1997 and December 2005/2006; Xinhua News Agency,
November/December 2005 and 2006), machine-annotated in TimeML. A public copy sits in
github.com/qiangning/StructTempRel-EMNLP17 (commit d6518a5a79d940d749c95ee5b72830714b132238; the
repository states no licence, the TempEval-3 data carry none of their own, the text belongs to each agency)
under `data/TempEval3/Training/TE3-Silver-data-0` ... `TE3-Silver-data-5`, one `.tml` file a story
(`AFP_ENG_19970401.0006.tml`). Each file holds `<DOCID>`, a `<DCT>` line (the dateline: place, the
creation time as a TIMEX3 with `functionInDocument="CREATION_TIME"` and an ISO `value`, the agency), a
`<TITLE>` and a `<TEXT>` whose paragraphs are separated by blank lines; EVENT, TIMEX3 and SIGNAL tags
are inline. A blind set lists its stories in `pages.txt` as `<name> <folder>/<file>` (relative to the
`Training` folder of the copy its README names). Each becomes `<out>/<name>.txt`:

    date: 1997-04-01        (the DCT's CREATION_TIME value: ingest reads it as the publication date)
    <title>
    <blank line>
    <paragraph>
    <blank line>
    <paragraph> ...

Tags are removed and XML entities decoded; each blank-line-separated block of TEXT is one paragraph,
its inner line breaks joined with a space. The dateline (place, date, agency) is not written: its date
is the `date:` line.

    python benchmarks/make_te3silver_inputs.py --dir /path/to/data/TempEval3/Training \
        --pages benchmarks/realnews293/pages.txt --out /tmp/rn293

`--sample SEED N` instead prints N candidates (stories with a creation date and a title, 1,500-6,000
characters of body and at least 6 digits), drawn with random.Random(SEED) from the sorted list, as
pages.txt lines.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from make_page_inputs import (  # shared with the other input scripts (run from benchmarks/)
    collection_main,
    drawable,
)

TAG = re.compile(r"<[^>]+>")
CREATED = re.compile(r'functionInDocument="CREATION_TIME"')
VALUE = re.compile(r'value="(\d{4}-\d{2}-\d{2})')


def element(source: str, name: str) -> str | None:
    """The raw inside of the first <name>...</name> element, or None."""
    found = re.search(rf"<{name}>(.*?)</{name}>", source, re.S)
    return found.group(1) if found else None


def plain(fragment: str) -> str:
    """Text without tags, entities decoded, runs of spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(TAG.sub("", fragment))).strip()


def created(source: str) -> str | None:
    """The ISO creation date from the DCT's CREATION_TIME TIMEX3."""
    dct = element(source, "DCT") or ""
    for tag in re.findall(r"<TIMEX3[^>]*>", dct):
        if CREATED.search(tag) and (value := VALUE.search(tag)):
            return value.group(1)
    return None


def paragraphs(source: str) -> list[str]:
    """The TEXT element's blank-line-separated blocks, as plain text."""
    text = element(source, "TEXT") or ""
    return [p for p in (plain(block) for block in re.split(r"\n\s*\n", text)) if p]


def report(path: Path) -> str:
    source = path.read_text(encoding="utf-8")
    body = "\n\n".join(paragraphs(source))
    return f"date: {created(source)}\n{plain(element(source, 'TITLE') or '')}\n\n{body}\n"


def name_of(path: Path) -> str:
    """AFP_ENG_19970401.0006.tml -> te3-afp-19970401.0006"""
    agency, _, rest = path.stem.split("_", 2)
    return f"te3-{agency.lower()}-{rest}"


def candidates(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.glob("TE3-Silver-data-*/*.tml"), key=lambda p: (p.name, p.parent.name)):
        source = path.read_text(encoding="utf-8")
        title = plain(element(source, "TITLE") or "")
        if created(source) and title and drawable("\n\n".join(paragraphs(source))):
            found.append((name_of(path), f"{path.parent.name}/{path.name}"))
    return found


def main() -> None:
    collection_main(__doc__, "the copy's data/TempEval3/Training folder", "the set's pages.txt: <name> <folder>/<file>",
                    candidates, lambda folder: lambda key: report(folder / key))


if __name__ == "__main__":
    main()
