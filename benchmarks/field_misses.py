#!/usr/bin/env python3
"""List the matched claims whose field (time by default) disagrees with the gold.

Why: the accuracy figure of `newsledger eval` says how often a field is wrong, not why;
this prints each disagreement with its sentence so the misses can be sorted by cause.

    python benchmarks/field_misses.py --gold benchmarks/heldout/gold/claims.jsonl benchmarks/heldout/*.txt
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsledger.cli import extract_all
from newsledger.evaluate.claims import field_agrees, score_claims


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--field", default="time")
    args = ap.parse_args()
    gold = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    found, _ = extract_all(args.inputs, "scoring")
    score = score_claims(found, gold)["claims"]
    wrong = [(s, g) for s, g in score.pairs if not field_agrees(args.field, s, g)]
    for s, g in sorted(wrong, key=lambda p: (p[1]["doc"], p[1]["span"][0] if p[1].get("span") else 0)):
        print(f"{g['doc']} | {g['quote']!r} | system {s.get(args.field)!r} | gold {g.get(args.field)!r}")
        print(f"    {(g.get('sentence') or s.get('sentence') or '')[:220]}")  # a gold line may carry none
    print(f"{len(wrong)} of {score.tp} matched claims disagree on {args.field}")


if __name__ == "__main__":
    main()
