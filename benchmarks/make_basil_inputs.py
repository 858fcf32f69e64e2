"""Write stories of the BASIL media-bias corpus (Fox News, The New York Times, HuffPost; 2010-2019) as plain-text reports.

BASIL (Bias Annotation Spans on the Informational Level; Fan, White, Sharma, Su, Choubey, Huang and
Wang, "In Plain Sight: Media Bias Through the Lens of Factual Reporting", EMNLP 2019) holds 300 US
political news stories: 100 events, each told by Fox News, The New York Times and HuffPost. Its second
release sits in github.com/launchnlp/BASIL (commit 4fdbc4f68d5ddae648990063cb6dd11424d96222; the
repository states no licence, the article text belongs to each outlet) under `articles/<year>/`, one
JSON file a story (`<triplet uuid>_<1|2|3>.json`) with the keys `source` ("fox", "nyt", "hpo", a few in
capitals), `title` (the page title, outlet suffix included), `url`, `date` (ISO), `uuid`,
`triplet-uuid`, `main-event`, `main-entities`, `keywords`, `word-count` and `body-paragraphs`: a list
of paragraphs, each a list of sentences. The `annotations/` folder (bias spans) is not used. A blind
set lists its stories in `pages.txt` as `<name> <year>/<file>` (relative to the `articles` folder of
the copy its README names). Each becomes `<out>/<name>.txt`:

    date: 2015-05-05        (the `date` key: ingest reads it as the publication date)
    <title>
    <blank line>
    <paragraph>
    <blank line>
    <paragraph> ...

A paragraph is its sentences joined with one space (each stripped); empty paragraphs are dropped.
Nothing else is changed.

    python benchmarks/make_basil_inputs.py --dir /path/to/BASIL/articles \
        --pages benchmarks/realnews303/pages.txt --out /tmp/rn303

`--sample SEED N` instead prints N candidates (stories with a date, 1,500-6,000 characters of body
and at least 6 digits), drawn with random.Random(SEED) from the sorted list, as pages.txt lines.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from make_page_inputs import (  # shared with the other input scripts (run from benchmarks/)
    collection_main,
    drawable,
)


def story(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def paragraphs(record: dict[str, Any]) -> list[str]:
    """Each body paragraph as one line: its sentences joined by a space."""
    joined = (" ".join(s.strip() for s in block if s.strip()) for block in record.get("body-paragraphs") or [])
    return [p for p in joined if p]


def report(record: dict[str, Any]) -> str:
    body = "\n\n".join(paragraphs(record))
    return f"date: {record['date'].strip()[:10]}\n{record['title'].strip()}\n\n{body}\n"


def name_of(record: dict[str, Any]) -> str:
    """basil-<outlet>-<first 8 hex digits of the story's uuid>"""
    return f"basil-{record['source'].lower()}-{record['uuid'][:8]}"


def candidates(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.glob("*/*.json")):
        record = story(path)
        if (record.get("date") or "").strip() and drawable("\n\n".join(paragraphs(record))):
            found.append((name_of(record), f"{path.parent.name}/{path.name}"))
    return found


def main() -> None:
    collection_main(__doc__, "the copy's articles folder", "the set's pages.txt: <name> <year>/<file>",
                    candidates, lambda folder: lambda key: report(story(folder / key)))


if __name__ == "__main__":
    main()
