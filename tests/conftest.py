"""Shared fixtures: the seed articles live outside the project and tests skip without them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# NEWSLEDGER_SEEDS points elsewhere when the checkout is not beside ../shared (a worktree)
SEEDS = Path(os.environ.get("NEWSLEDGER_SEEDS") or ROOT.parent / "shared" / "seeds")
BENCH_DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def bench_pages() -> Path:
    """The article-extraction benchmark's real pages (outside the project; skip without them)."""
    if not (BENCH_DATA / "ground-truth.json").exists():
        pytest.skip("../shared/data/article-extraction-benchmark is not present")
    return BENCH_DATA


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


# Reports in the extractor's unit tests are dated Thursday 20 June 2024 unless a test says
# otherwise, so relative expressions have one right answer.
CLAIM_TEST_PUBLISHED = "2024-06-20"


@pytest.fixture(scope="session")
def nlp():
    from newsledger.extract.nlp import get_nlp

    try:
        return get_nlp()
    except RuntimeError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def claim(nlp):
    """The one claim whose quote is `quote` in `body`."""
    from newsledger.extract.claims import extract_claims

    def find(body: str, quote: str, published: str | None = CLAIM_TEST_PUBLISHED):
        found = extract_claims("t.txt", body, published, nlp=nlp)
        matching = [c for c in found if c.quote == quote]
        assert len(matching) == 1, [c.quote for c in found]
        return matching[0]

    return find
