"""Check that no report here shares a run of 10 words with the seed articles.

Why: the project ships no copied sentences; the seeds sit outside the repository
(../../../shared/seeds), so the check skips when they are absent. Standard library only;
run: python3 check_copy.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[2] / "shared" / "seeds"
N = 10


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}


def main() -> int:
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        print(f"no seeds at {SEEDS}; nothing to check")
        return 0
    seen: set[tuple[str, ...]] = set()
    for p in seeds:
        seen |= shingles(p.read_text(encoding="utf-8", errors="replace"))
    shared = 0
    for p in sorted(HERE.glob("[0-9][0-9][0-9]_*.txt")):
        for s in sorted(shingles(p.read_text(encoding="utf-8")) & seen):
            shared += 1
            print(p.name, " ".join(s))
    print(f"{len(seeds)} seed articles, {shared} shared {N}-word runs")
    return 1 if shared else 0


if __name__ == "__main__":
    sys.exit(main())
