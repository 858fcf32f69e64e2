"""Score the body cleaners on the article-extraction benchmark (181 real pages).

Usage: python benchmarks/bench_clean.py --data ../shared/data/article-extraction-benchmark

One run scores, on the same pages and with the same metric, our HTML path, trafilatura
alone, our flat-text path, the raw flattened page (the floor), jusText on the flattened
page, and trafilatura fed the flattened page. It prints a Markdown table and writes it to
benchmarks/results/clean.md, with the numbers in clean.json.

Metric (the benchmark's README, reimplemented here): tokens are `\\w+` matches; each text
becomes the multiset of its 4-token shingles (1-3 tokens give one shorter shingle); per page
TP is the multiset intersection, FP the prediction's surplus, FN the gold's surplus.
Precision is averaged over pages with a non-empty prediction, recall over all pages, and F1
is the harmonic mean of the two averages.
"""

from __future__ import annotations

import argparse
import gzip
import html as html_lib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsledger.clean.flat import clean_text  # noqa: E402
from newsledger.clean.html import TRAFILATURA_SETTINGS, clean_html  # noqa: E402

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n gives one shorter shingle."""
    toks = _TOKEN.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i: i + n]) for i in range(len(toks) - n + 1))


def page_scores(pred: str, gold: str) -> tuple[float | None, float]:
    """(precision or None when the prediction is empty, recall) of one page."""
    p, g = shingles(pred), shingles(gold)
    tp = sum((p & g).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    prec = tp / (tp + fp) if (tp + fp) else None
    rec = tp / (tp + fn) if (tp + fn) else (1.0 if not p else 0.0)
    return prec, rec


def aggregate(per_page: list[tuple[float | None, float]]) -> dict[str, float]:
    precs = [p for p, _ in per_page if p is not None]
    recs = [r for _, r in per_page]
    prec = sum(precs) / len(precs) if precs else 0.0
    rec = sum(recs) / len(recs) if recs else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
            "empty_outputs": len(recs) - len(precs)}


# --- the systems ----------------------------------------------------------------------------


def ours_html(page: dict) -> str:
    return clean_html(page["html"], page["url"]).body


def trafilatura_defaults(page: dict) -> str:
    import trafilatura

    return trafilatura.extract(page["html"], url=page["url"]) or ""


def trafilatura_ours_settings(page: dict) -> str:
    import trafilatura

    return trafilatura.extract(page["html"], url=page["url"], **TRAFILATURA_SETTINGS) or ""


def ours_flat(page: dict) -> str:
    return clean_text(page["text"]).body


def raw_text(page: dict) -> str:
    return page["text"]


def _paragraph_html(text: str, blank_line_blocks: bool) -> str:
    """Minimal HTML for a flat page: one <p> per blank-line block (or per line)."""
    if blank_line_blocks:
        blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    else:
        blocks = [ln for ln in text.split("\n") if ln.strip()]
    paras = "".join(f"<p>{html_lib.escape(b.strip())}</p>\n" for b in blocks)
    return f"<html><body>{paras}</body></html>"


def justext_flat(page: dict) -> str:
    import justext

    doc = _paragraph_html(page["text"], blank_line_blocks=True)
    paras = justext.justext(doc.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    return "\n\n".join(p.text for p in paras if not p.is_boilerplate)


def trafilatura_flat(page: dict) -> str:
    import trafilatura

    doc = _paragraph_html(page["text"], blank_line_blocks=True)
    return trafilatura.extract(doc, include_comments=False) or ""


SYSTEMS: list[tuple[str, str, Callable[[dict], str]]] = [
    ("ours-html", "HTML → clean_html (trafilatura, our settings, furniture trimmed at the edges)", ours_html),
    ("trafilatura-html", "HTML → trafilatura defaults (baseline)", trafilatura_defaults),
    ("trafilatura-ours-settings", "HTML → trafilatura, our settings, no second pass", trafilatura_ours_settings),
    ("ours-flat", "page.txt → clean_text", ours_flat),
    ("raw-flat", "page.txt unchanged (floor)", raw_text),
    ("justext-flat", "page.txt → jusText (blank-line paragraphs, English)", justext_flat),
    ("trafilatura-flat", "page.txt → <p>-wrapped → trafilatura", trafilatura_flat),
]


def load(data: Path, limit: int | None) -> list[dict]:
    gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(gold)[:limit]:
        with gzip.open(data / "html" / f"{pid}.html.gz", "rt", encoding="utf-8", errors="replace") as fh:
            html = fh.read()
        text = (data / "html" / f"{pid}.page.txt").read_text(encoding="utf-8", errors="replace")
        pages.append({"id": pid, "url": gold[pid].get("url"), "html": html, "text": text,
                      "gold": gold[pid].get("articleBody") or ""})
    return pages


def run(pages: list[dict], only: set[str] | None) -> dict[str, dict]:
    results: dict[str, dict] = {}
    for key, label, fn in SYSTEMS:
        if only and key not in only:
            continue
        per_page = []
        per_page_f1: dict[str, float] = {}
        errors = 0
        t0 = time.perf_counter()
        outputs = []
        for page in pages:
            try:
                outputs.append(fn(page))
            except Exception:  # noqa: BLE001 - a failing system scores an empty output
                errors += 1
                outputs.append("")
        elapsed = time.perf_counter() - t0
        for page, out in zip(pages, outputs, strict=True):
            p, r = page_scores(out, page["gold"])
            per_page.append((p, r))
            per_page_f1[page["id"]] = round(2 * p * r / (p + r), 4) if p and r else 0.0
        agg = aggregate(per_page)
        agg.update({"label": label, "errors": errors,
                    "pages_per_s": round(len(pages) / elapsed, 1) if elapsed else 0.0,
                    "per_page_f1": per_page_f1})
        results[key] = agg
        print(f"  {key:28s} P {agg['precision']:.3f}  R {agg['recall']:.3f}  F1 {agg['f1']:.3f}"
              f"  {agg['pages_per_s']:.1f} pages/s", file=sys.stderr)
    return results


def table(results: dict[str, dict], n_pages: int) -> str:
    lines = [
        f"# Body cleaning on the article-extraction benchmark ({n_pages} pages)",
        "",
        "Macro precision over pages with a non-empty output, macro recall over all pages, F1 the",
        "harmonic mean of the two; 4-token shingles of `\\w+` tokens. Speed is one process,",
        "extraction only. Produced by `make bench-clean`.",
        "",
        "| system | input | P | R | F1 | empty | pages/s |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, res in results.items():
        speed = "—" if res["pages_per_s"] > 10000 else res["pages_per_s"]
        lines.append(f"| {key} | {res['label']} | {res['precision']:.3f} | {res['recall']:.3f} | "
                     f"**{res['f1']:.3f}** | {res['empty_outputs']} | {speed} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="article-extraction-benchmark folder")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--only", default="", help="comma-separated system keys (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages only (for a quick look)")
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args()
    if not (args.data / "ground-truth.json").exists():
        print(f"no benchmark data at {args.data}", file=sys.stderr)
        return 2
    pages = load(args.data, args.limit)
    only = {s.strip() for s in args.only.split(",") if s.strip()} or None
    results = run(pages, only)
    md = table(results, len(pages))
    print(md)
    if not args.no_write:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "clean.md").write_text(md, encoding="utf-8")
        (args.out / "clean.json").write_text(json.dumps(
            {"pages": len(pages), "systems": results}, indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
