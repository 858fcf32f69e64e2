"""Check that no report of a gold set shares a run of 10 words with the seed articles.

Why: the project ships no copied sentences; the seeds sit outside the repository
(../shared/seeds beside the project), so the check skips when they are absent. Standard
library only; run from the project root: python3 benchmarks/goldset/check_copy.py SETDIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
N = 10


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: check_copy.py SETDIR (e.g. benchmarks/blind)")
        return 2
    here = Path(argv[0])
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        print(f"no seeds at {SEEDS}; nothing to check")
        return 0
    seen: set[tuple[str, ...]] = set()
    for p in seeds:
        seen |= shingles(p.read_text(encoding="utf-8", errors="replace"))
    shared = 0
    for p in sorted(here.glob("[0-9][0-9][0-9]_*.txt")):
        for s in sorted(shingles(p.read_text(encoding="utf-8")) & seen):
            shared += 1
            print(p.name, " ".join(s))
    print(f"{len(seeds)} seed articles, {shared} shared {N}-word runs")
    return 1 if shared else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
