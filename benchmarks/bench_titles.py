"""Title accuracy of the two headline finders against the gold titles.

The flat cleaner marks one line "title" (clean_text's dropped lines); metadata reads a
headline from the text above the body (read_metadata). Both are scored against the
`title` field of each gold documents.jsonl, compared without case, whitespace or
punctuation, so the two paths can be merged without losing what either gets right.

Run: PYTHONPATH=src python benchmarks/bench_titles.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsledger.clean.flat import clean_text
from newsledger.clean.metadata import read_metadata
from newsledger.model import RawDocument

ROOT = Path(__file__).resolve().parent
SETS = {
    "seeds": (Path("/work/shared/seeds"), Path("/work/shared/seeds/gold/documents.jsonl")),
    **{name: (ROOT / name, ROOT / name / "gold" / "documents.jsonl") for name in ("general", "heldout", "blind")},
}


def norm(text: str | None) -> str:
    """Lower case, letters and digits only, single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").lower()).split())


def titles(content: str, name: str) -> tuple[str | None, str | None]:
    """(flat cleaner's title, metadata's title) of one text page."""
    cleaned = clean_text(content)
    flat = next((line for line, reason in cleaned.dropped if reason == "title"), None)
    meta = read_metadata(RawDocument(name=name, source=name, content=content), cleaned.body).get("title")
    return flat, meta


def main(verbose: bool = False) -> None:
    tot = [0, 0, 0]
    for name, (folder, gold) in SETS.items():
        n = flat_ok = meta_ok = 0
        for row in map(json.loads, gold.read_text(encoding="utf-8").splitlines()):
            if not row.get("title"):
                continue
            flat, meta = titles((folder / row["doc"]).read_text(encoding="utf-8"), row["doc"])
            n += 1
            flat_ok += norm(flat) == norm(row["title"])
            meta_ok += norm(meta) == norm(row["title"])
            if verbose and (norm(flat) != norm(row["title"]) or norm(meta) != norm(row["title"])):
                print(f"  {name}/{row['doc']}: gold={row['title']!r}\n    flat={flat!r}\n    meta={meta!r}")
        print(f"{name:8} flat {flat_ok:3}/{n}  metadata {meta_ok:3}/{n}")
        tot = [tot[0] + n, tot[1] + flat_ok, tot[2] + meta_ok]
    print(f"{'total':8} flat {tot[1]:3}/{tot[0]}  metadata {tot[2]:3}/{tot[0]}")


if __name__ == "__main__":
    main("-v" in sys.argv)
