"""Score figure extraction on the general-news sentence set (gold.txt).

Value precision/recall: a found figure matches a gold one of the same sentence when low and
high agree (within 1%). Unit accuracy and bound accuracy are counted over the matches; the
unit is the claim's unit from the whole extractor (figure parser + parse of the counted noun),
so `--values-only` skips the parse and scores values alone.

    python benchmarks/general/sentences/score.py [--show] [--json] [--values-only]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))  # this checkout's sources before any installed copy


@dataclass
class Item:
    section: str
    text: str
    gold: list[dict] = field(default_factory=list)


def load(path: Path = HERE / "gold.txt") -> list[Item]:
    """The annotated sentences: '## section', '> sentence', 'quote | low | high | bound | unit'."""
    items: list[Item] = []
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.startswith("> "):
            items.append(Item(section, line[2:]))
        elif "|" in line and not line.startswith("#"):
            quote, low, high, bound, unit = (p.strip() for p in line.split("|"))
            items[-1].gold.append({"quote": quote, "low": float(low), "high": float(high) if high else None,
                                   "bound": bound, "unit": unit})
    return items


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1e-9) or abs(a - b) < 0.006


def _singular(u: str | None) -> str:
    u = (u or "").lower().strip()
    return u[:-1] if u.endswith("s") and not u.endswith("ss") else u


def predict(items: list[Item], values_only: bool) -> list[list[dict]]:
    from newsledger.extract.figures import find_figures

    if values_only:
        return [[{"quote": f.quote, "low": f.low, "high": f.high, "bound": f.bound, "unit": f.unit}
                 for f in find_figures(it.text)] for it in items]
    from newsledger.extract.claims import extract_claims

    out = []
    for k, it in enumerate(items):
        claims = extract_claims(f"s{k:03d}", it.text)
        out.append([{"quote": c.quote, "low": c.low, "high": c.high, "bound": c.bound, "unit": c.unit}
                    for c in claims])
    return out


def score(items: list[Item], preds: list[list[dict]], show: bool = False) -> dict:
    tp = n_pred = n_gold = unit_ok = bound_ok = 0
    by_section: dict[str, list[int]] = {}
    for it, pred in zip(items, preds, strict=True):
        free = list(pred)
        n_pred += len(pred)
        n_gold += len(it.gold)
        sec = by_section.setdefault(it.section, [0, 0, 0])
        sec[1] += len(pred)
        sec[2] += len(it.gold)
        for g in it.gold:
            m = next((p for p in free if _close(p["low"], g["low"]) and _close(p["high"], g["high"])), None)
            if m is None:
                if show:
                    print(f"MISS  {g['quote']!r:32} {it.text}")
                continue
            free.remove(m)
            tp += 1
            sec[0] += 1
            u_ok = _singular(m["unit"]) == _singular(g["unit"])
            unit_ok += u_ok
            bound_ok += m["bound"] == g["bound"]
            if show and not u_ok:
                print(f"UNIT  {g['quote']!r:32} gold={g['unit']!r} got={m['unit']!r}")
            if show and m["bound"] != g["bound"]:
                print(f"BOUND {g['quote']!r:32} gold={g['bound']} got={m['bound']}")
        if show:
            for p in free:
                print(f"EXTRA {p['quote']!r:32} {p['low']} {it.text}")
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {
        "sentences": len(items), "gold": n_gold, "found": n_pred, "matched": tp,
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "unit_accuracy": round(unit_ok / tp, 3) if tp else 0.0,
        "bound_accuracy": round(bound_ok / tp, 3) if tp else 0.0,
        "by_section": {k: {"precision": round(v[0] / v[1], 3) if v[1] else 1.0,
                           "recall": round(v[0] / v[2], 3) if v[2] else 1.0} for k, v in by_section.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every miss, extra and wrong unit")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--values-only", action="store_true", help="figure parser alone, no parse (units not scored)")
    args = ap.parse_args(argv)
    items = load()
    result = score(items, predict(items, args.values_only), args.show)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(" ".join(f"{k}={v}" for k, v in result.items() if k != "by_section"))
        for k, v in result["by_section"].items():
            print(f"  {k:9} P={v['precision']:.3f} R={v['recall']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
