"""A short, repeatable pass of the fuzz targets (the long one is `make fuzz`).

Derandomized so the suite gives the same answer on every machine; the examples are near
misses of news text, markup and container formats (tests/fuzz_targets.py).
"""

from __future__ import annotations

import pytest
from fuzz_targets import TARGETS, strategy
from hypothesis import HealthCheck, given, settings

EXAMPLES = {"pipeline": 25, "cleaner": 120}


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_no_exception_and_well_formed_output(name: str) -> None:
    target = TARGETS[name]

    @settings(max_examples=EXAMPLES.get(name, 300), derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy(name))
    def run(data: bytes) -> None:
        target(data)

    run()


def test_regressions_found_by_the_fuzzers() -> None:
    """Inputs that once made a target fail (kept in tests/fuzz_regressions/TARGET-*.bin)."""
    from pathlib import Path

    folder = Path(__file__).parent / "fuzz_regressions"
    cases = sorted(folder.glob("*.bin")) if folder.is_dir() else []
    for case in cases:
        TARGETS[case.name.split("-")[0]](case.read_bytes())
