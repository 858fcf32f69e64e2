"""Shared fixtures: the seed articles live outside the project and tests skip without them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
BENCH_DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "gold" / "claims.jsonl").exists():
        pytest.skip("../shared/seeds is not present")
    return SEEDS


@pytest.fixture(scope="session")
def seed_files(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


@pytest.fixture(scope="session")
def gold(seeds_dir: Path) -> dict[str, list[dict]]:
    g = seeds_dir / "gold"
    return {name: _jsonl(g / f"{name}.jsonl")
            for name in ("claims", "not_claims", "documents", "timeline", "entities")}
