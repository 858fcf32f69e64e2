"""The hand-annotated generality sets stay consistent with their texts (spans, sentences,
fields): the shared checker re-reads every gold file against the reports it points into."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.parametrize("name", ["heldout", "blind", "blind2"])
def test_gold_set_passes_its_checker(name: str) -> None:
    setdir = BENCH / name
    if not (setdir / "gold" / "claims.jsonl").is_file():
        pytest.skip(f"benchmarks/{name} is not in this checkout")
    done = subprocess.run([sys.executable, str(BENCH / "goldset" / "check_gold.py"), str(setdir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.rstrip().endswith("0 problems")
