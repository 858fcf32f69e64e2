"""Speed and accuracy of claim extraction: parse only figure sentences vs parse everything.

Usage: python benchmarks/bench_extract.py --seeds ../shared/seeds [--pages] [--min-seconds 10]

Two modes run the same `extract_claims` code: "ours" (`parse_all=False`: only sentences
holding a figure, and the sentence before each, go through spaCy) and "baseline"
(`parse_all=True`: the full pipeline over every sentence). Each mode runs in its own fresh
subprocess pinned to one core with OMP_NUM_THREADS=1, so throughput and peak memory
(`ru_maxrss`) are its own. The corpus (seeds, benchmarks/general, examples; `--pages` adds
the article-extraction-benchmark pages) is cleaned once beforehand with
`newsledger.pipeline.clean_document`; model load is timed apart; the corpus is repeated
until a mode has run for at least `--min-seconds`. Accuracy of each mode is scored on the
seed gold and the general gold with `newsledger.evaluate.claims.score_claims`, so speed is
compared at (shown) accuracy. A Markdown table goes to stdout and to
benchmarks/results/extract.md, the numbers to extract.json.

A per-component timing of the spaCy pipeline over the sentences each mode parses is
appended: it says where the time goes and what could be cut next.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

MODES = {"ours": False, "baseline": True}
# What-if variants: same extractor, a different parse of the sentences it asks for. They simulate
# options for cutting parse time without touching src/ and are reported apart from the two modes.
WHAT_IFS = {
    "ours, no NER": "no NER component on any parsed sentence",
    "ours, figure sentences only": "preceding sentences are tokenized but not parsed",
    "ours, cued predecessors": "a preceding sentence is parsed only when it holds a reporting cue or the "
                               "figure sentence after it speaks through a pronoun/descriptor",
    "ours, cued predecessors, NER only on them": "as above, and figure sentences are parsed without NER "
                                                 "(only the cued preceding sentences feed the entity memory)",
    "ours, cued predecessors, NER only on cued sentences": "cued predecessors, and NER runs only on sentences "
                                                           "that hold a reporting cue or lend a speaker",
}
REPORTING_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|according|as per|reported|reports|estimated?|claimed|claims|announced|"
    r"stated|added|cited|citing|confirmed|denied|spokes\w+|statement)\b", re.I)
BORROWED_SPEAKER = re.compile(
    r"\b(?:he|she|they|it|the \w+(?: \w+)?)\s+(?:also\s+)?(?:said|says|told|added|estimated|reported|put)\b", re.I)
GOLD_SETS = {"seeds": "{seeds}/gold/claims.jsonl", "general": str(ROOT / "benchmarks/general/gold/claims.jsonl")}


# --- corpus ----------------------------------------------------------------------------------


def _inputs(seeds: Path, pages: Path | None) -> list[tuple[str, list[str]]]:
    """(group, input paths): the groups decide which gold set scores which documents."""
    groups = [
        ("seeds", [str(p) for p in sorted(seeds.glob("*.txt"))]),
        ("general", [str(p) for p in sorted((ROOT / "benchmarks/general").glob("*.txt"))]),
        ("examples", [str(p) for p in sorted((ROOT / "examples").iterdir())
                      if p.is_file() and p.suffix in (".txt", ".html", ".jsonl")]),
    ]
    if pages is not None:
        groups.append(("pages", [str(p) for p in sorted((pages / "html").glob("*.page.txt"))]))
    return groups


def build_corpus(seeds: Path, pages: Path | None) -> list[dict[str, Any]]:
    """Cleaned bodies (once, before any timing) with the date relative times resolve against."""
    from newsledger.ingest import read_inputs
    from newsledger.pipeline import _reference_date, clean_document  # noqa: I001 - the pipeline's own reference date

    corpus: list[dict[str, Any]] = []
    for group, paths in _inputs(seeds, pages):
        for raw in read_inputs(paths):
            doc, _ = clean_document(raw)
            if doc.status != "ok":
                continue
            corpus.append({"group": group, "doc": doc.doc, "body": doc.body,
                           "published": _reference_date(doc), "title": doc.title})
    return corpus


# --- the worker: one mode, one fresh process, one core ---------------------------------------


class CountingNLP:
    """Wraps a spaCy pipeline: counts the sentences it is asked to parse and the time spent.

    `variant` simulates a what-if: "no-ner" parses without the NER component; "figure-only"
    and "cued" hand back a bare tokenized Doc (no tags, parse or entities) for figure-less
    sentences, always or unless a reporting cue justifies the parse; "cued-lean" is "cued"
    with figure sentences parsed without NER; "cued-ner-cue" is "cued" with NER only on
    sentences that hold a reporting cue or lend their speaker to the next.
    """

    def __init__(self, nlp: Any, variant: str | None = None) -> None:
        self.nlp = nlp
        self.variant = variant
        self.texts = 0
        self.full = 0
        self.seconds = 0.0

    def _wants_parse(self, texts: list[str], k: int) -> bool:
        from newsledger.extract.figures import find_figures

        if self.variant not in ("figure-only", "cued", "cued-lean", "cued-ner-cue") or find_figures(texts[k]):
            return True
        if self.variant == "figure-only":
            return False
        following = texts[k + 1] if k + 1 < len(texts) else ""
        return bool(REPORTING_CUE.search(texts[k]) or BORROWED_SPEAKER.search(following))

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        items = list(texts)
        self.texts += len(items)
        t0 = time.process_time()
        keep = [self._wants_parse(items, k) for k in range(len(items))]
        docs = [self._bare(t) for t in items]
        if self.variant == "cued-ner-cue":
            cued = [bool(REPORTING_CUE.search(t)) or (k + 1 < len(items) and bool(BORROWED_SPEAKER.search(items[k + 1])))
                    for k, t in enumerate(items)]
            groups = [([k for k in range(len(items)) if keep[k] and cued[k]], []),
                      ([k for k in range(len(items)) if keep[k] and not cued[k]], ["ner"])]
        elif self.variant == "cued-lean":
            from newsledger.extract.figures import find_figures

            with_fig = [bool(find_figures(t)) for t in items]
            groups = [([k for k in range(len(items)) if keep[k] and with_fig[k]], ["ner"]),
                      ([k for k in range(len(items)) if keep[k] and not with_fig[k]], [])]
        else:
            groups = [([k for k in range(len(items)) if keep[k]], ["ner"] if self.variant == "no-ner" else [])]
        asked = list(kwargs.pop("disable", []))
        for ks, disable in groups:
            off = sorted(set(disable) | set(asked))
            for k, doc in zip(ks, self.nlp.pipe([items[k] for k in ks], disable=off, **kwargs), strict=True):
                docs[k] = doc
        self.full += sum(keep)
        self.seconds += time.process_time() - t0
        return iter(docs)

    def __call__(self, text: str) -> Any:
        return next(self.pipe([text]))

    def _bare(self, text: str) -> Any:
        """A tokenized Doc with no tags or parse, marked as one sentence (as a parsed one is), so
        that code reading a sentence of a skipped text still finds one."""
        doc = self.nlp.make_doc(text)
        for k, tok in enumerate(doc):
            tok.is_sent_start = k == 0
        return doc


def _rss_mb() -> float:
    """Peak resident memory of this process image.

    /proc's VmHWM restarts at exec, unlike ru_maxrss, which a child inherits from the parent
    it was forked from (that would charge the parent's cleaning stage to the worker).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _pin_one_core() -> int | None:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):
        return None


VARIANTS = {"ours": (False, None), "baseline": (True, None), "ours, no NER": (False, "no-ner"),
            "ours, figure sentences only": (False, "figure-only"), "ours, cued predecessors": (False, "cued"),
            "ours, cued predecessors, NER only on them": (False, "cued-lean"),
            "ours, cued predecessors, NER only on cued sentences": (False, "cued-ner-cue")}


def worker(mode: str, corpus_path: Path, min_seconds: float) -> dict[str, Any]:
    """Extract the corpus repeatedly in one mode; return speed, memory and first-pass claims."""
    cpu = _pin_one_core()
    corpus = json.loads(corpus_path.read_text(encoding="utf-8"))
    rss_start = _rss_mb()
    t0 = time.process_time()
    from newsledger.extract.claims import extract_claims
    from newsledger.extract.nlp import get_nlp
    from newsledger.extract.sentences import split_sentences

    nlp = get_nlp()
    load_s = time.process_time() - t0
    rss_loaded = _rss_mb()
    sentences_per_pass = sum(len(split_sentences(d["body"])) for d in corpus)
    parse_all, variant = VARIANTS[mode]
    counter = CountingNLP(nlp, variant)
    claims: list[dict[str, Any]] = []
    passes = docs = 0
    first_pass_s = 0.0
    start = time.process_time()
    wall_start = time.perf_counter()
    while True:
        for d in corpus:
            found = extract_claims(d["doc"], d["body"], d["published"], title=d["title"],
                                   nlp=counter, parse_all=parse_all)  # type: ignore[arg-type]
            if passes == 0:
                claims.extend({**c.to_dict(), "group": d["group"]} for c in found)
            docs += 1
        passes += 1
        elapsed = time.process_time() - start
        if passes == 1:
            first_pass_s = elapsed
            parsed_first = counter.full
        if elapsed >= min_seconds:
            break
    return {
        "mode": mode,
        "cpu": cpu,
        "torch_loaded": "torch" in sys.modules,
        "model_load_s": round(load_s, 3),
        "passes": passes,
        "documents": docs,
        "seconds": round(elapsed, 3),
        "docs_per_s": round(docs / elapsed, 2),
        "wall_docs_per_s": round(docs / (time.perf_counter() - wall_start), 2),
        "first_pass_s": round(first_pass_s, 3),
        "sentences_per_pass": sentences_per_pass,
        "parsed_per_pass": parsed_first,
        "parse_share": round(counter.seconds / elapsed, 3),
        "rss_before_model_mb": round(rss_start, 1),
        "rss_after_model_mb": round(rss_loaded, 1),
        "peak_rss_mb": round(_rss_mb(), 1),
        "claims": claims,
    }


def _time_pipeline(nlp: Any, texts: list[str], batches: list[list[str]] | None = None) -> dict[str, float]:
    """Seconds per component (tokenizer first) over `texts`, run in `batches` when given."""
    timing = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
    for batch in batches if batches is not None else [texts]:
        t0 = time.process_time()
        docs = [nlp.make_doc(t) for t in batch]
        timing["tokenizer"] += time.process_time() - t0
        for comp, proc in nlp.pipeline:
            t0 = time.process_time()
            docs = list(proc.pipe(docs, batch_size=64))
            timing[comp] += time.process_time() - t0
    return {k: round(v, 3) for k, v in timing.items()}


def components(corpus_path: Path) -> dict[str, Any]:
    """Where spaCy's time goes: seconds per component over the sentences each mode parses."""
    _pin_one_core()
    from newsledger.extract.figures import find_figures
    from newsledger.extract.nlp import get_nlp
    from newsledger.extract.sentences import split_sentences

    corpus = json.loads(corpus_path.read_text(encoding="utf-8"))
    nlp = get_nlp()
    sets: dict[str, list[str]] = {"baseline": [], "ours": [], "ours_figure_only": []}
    per_doc: list[list[str]] = []
    groups: dict[str, dict[str, int]] = {}
    t0 = time.process_time()
    for d in corpus:
        sents = split_sentences(d["body"])
        has = [bool(find_figures(s.text)) for s in sents]
        wanted = sorted({j for i, h in enumerate(has) if h for j in ((i - 1, i) if i else (i,))})
        sets["baseline"] += [s.text for s in sents]
        sets["ours"] += [sents[i].text for i in wanted]
        sets["ours_figure_only"] += [s.text for s, h in zip(sents, has, strict=True) if h]
        per_doc.append([sents[i].text for i in wanted])
        g = groups.setdefault(d["group"], {"documents": 0, "sentences": 0, "figure": 0, "parsed": 0})
        g["documents"] += 1
        g["sentences"] += len(sents)
        g["figure"] += sum(has)
        g["parsed"] += len(wanted)
    split_and_find_s = time.process_time() - t0
    _time_pipeline(nlp, sets["ours"][:200])  # warm-up: first calls allocate
    out: dict[str, Any] = {"groups": groups, "split_and_find_figures_s": round(split_and_find_s, 3)}
    for name, texts in sets.items():
        out[name] = {"sentences": len(texts), "tokens": sum(len(nlp.make_doc(t)) for t in texts),
                     "seconds": _time_pipeline(nlp, texts)}
    out["ours_per_document_batches"] = {"sentences": len(sets["ours"]), "tokens": out["ours"]["tokens"],
                                        "seconds": _time_pipeline(nlp, [], per_doc)}
    return out


# --- the parent: run both modes, score, write the table --------------------------------------


def _run_child(args: list[str]) -> dict[str, Any]:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONHASHSEED": "0"}
    proc = subprocess.run([sys.executable, __file__, *args], env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"worker {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout)


def _score(claims: list[dict[str, Any]], gold_path: Path, group: str) -> dict[str, Any] | None:
    from newsledger.evaluate.claims import score_claims

    if not gold_path.exists():
        return None
    gold = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    s = score_claims([c for c in claims if c["group"] == group], gold)["claims"]
    return {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
            "claimant": round(s.accuracy("claimant"), 3), "time": round(s.accuracy("time"), 3),
            "unit": round(s.accuracy("unit"), 3), "hedged": round(s.accuracy("hedged"), 3),
            "matched": s.tp, "system": s.tp + s.fp, "gold": s.tp + s.fn}


def _fmt_table(results: dict[str, dict[str, Any]], scores: dict[str, dict[str, Any]]) -> str:
    o, b = results["ours"], results["baseline"]
    rows = [
        ("documents / CPU-second", "docs_per_s", "{:.1f}"),
        ("documents / wall-second (shared machine)", "wall_docs_per_s", "{:.1f}"),
        ("first pass (CPU s, cold caches)", "first_pass_s", "{:.2f}"),
        ("sentences parsed per pass", "parsed_per_pass", "{:d}"),
        ("share of time inside spaCy", "parse_share", "{:.0%}"),
        ("peak memory (MB, RSS)", "peak_rss_mb", "{:.0f}"),
        ("memory after model load (MB)", "rss_after_model_mb", "{:.0f}"),
        ("model load (CPU s, not timed)", "model_load_s", "{:.2f}"),
    ]
    lines = ["| measure | ours (figure sentences) | baseline (parse all) | ours / baseline |",
             "|---|---:|---:|---:|"]
    for label, key, fmt in rows:
        ratio = o[key] / b[key] if b[key] else float("nan")
        lines.append(f"| {label} | {fmt.format(o[key])} | {fmt.format(b[key])} | {ratio:.2f}× |")
    for gset in GOLD_SETS:
        so, sb = scores["ours"].get(gset), scores["baseline"].get(gset)
        if not so or not sb:
            continue
        for field in ("precision", "recall", "f1", "claimant", "time", "unit", "hedged"):
            lines.append(f"| {gset} gold {field} | {so[field]:.3f} | {sb[field]:.3f} | Δ {so[field] - sb[field]:+.3f} |")
        lines.append(f"| {gset} gold matched / system / gold | {so['matched']} / {so['system']} / {so['gold']} "
                     f"| {sb['matched']} / {sb['system']} / {sb['gold']} | |")
    return "\n".join(lines)


def _fmt_components(comp: dict[str, Any]) -> str:
    names = list(comp["baseline"]["seconds"])
    lines = ["| sentences parsed | count | tokens | " + " | ".join(names) + " | total (s) |",
             "|---|---:|---:|" + "---:|" * (len(names) + 1)]
    for key, label in (("baseline", "every sentence (baseline)"), ("ours", "figure + preceding (ours)"),
                       ("ours_per_document_batches", "ours, one batch per document (as run)"),
                       ("ours_figure_only", "figure sentences only")):
        c = comp[key]
        secs = c["seconds"]
        lines.append(f"| {label} | {c['sentences']} | {c['tokens']} | "
                     + " | ".join(f"{secs[n]:.2f}" for n in names) + f" | {sum(secs.values()):.2f} |")
    lines += ["", f"Sentence splitting + figure finding over the corpus: {comp['split_and_find_figures_s']:.2f} s.", "",
              "| corpus part | documents | sentences | with a figure | parsed by ours | parsed share |",
              "|---|---:|---:|---:|---:|---:|"]
    for g, c in comp["groups"].items():
        share = c["parsed"] / c["sentences"] if c["sentences"] else 0.0
        lines.append(f"| {g} | {c['documents']} | {c['sentences']} | {c['figure']} | {c['parsed']} | {share:.0%} |")
    return "\n".join(lines)


def _fmt_what_ifs(results: dict[str, dict[str, Any]], scores: dict[str, dict[str, Any]]) -> str:
    base = results["baseline"]["docs_per_s"]
    lines = ["| variant | what changes | docs/s | × baseline | sentences fully parsed | "
             "seeds F1 / claimant | general F1 / claimant | general time / hedged |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name in ["ours", *WHAT_IFS]:
        if name not in results:
            continue
        r, sc = results[name], scores[name]
        seeds = f"{sc['seeds']['f1']:.3f} / {sc['seeds']['claimant']:.3f}" if "seeds" in sc else "–"
        gen = f"{sc['general']['f1']:.3f} / {sc['general']['claimant']:.3f}" if "general" in sc else "–"
        gen2 = f"{sc['general']['time']:.3f} / {sc['general']['hedged']:.3f}" if "general" in sc else "–"
        what = WHAT_IFS.get(name, "as shipped")
        lines.append(f"| {name} | {what} | {r['docs_per_s']:.1f} | {r['docs_per_s'] / base:.2f}× | "
                     f"{r['parsed_per_pass']} | {seeds} | {gen} | {gen2} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--no-pages", action="store_true",
                    help="leave the article-extraction-benchmark pages out (quick run on the small corpus)")
    ap.add_argument("--bench-data", type=Path, default=ROOT.parent / "shared" / "data" / "article-extraction-benchmark")
    ap.add_argument("--no-what-if", action="store_true", help="run only the two modes, not the what-if variants")
    ap.add_argument("--min-seconds", type=float, default=10.0)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--worker", choices=[*VARIANTS, "components"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        out = components(args.corpus) if args.worker == "components" else worker(args.worker, args.corpus, args.min_seconds)
        sys.stdout.write(json.dumps(out))
        return 0

    pages = args.bench_data if not args.no_pages and (args.bench_data / "html").is_dir() else None
    t0 = time.process_time()
    corpus = build_corpus(args.seeds, pages)
    clean_s = time.process_time() - t0
    if not corpus:
        print("no documents found", file=sys.stderr)
        return 1
    groups = {g: sum(1 for d in corpus if d["group"] == g) for g in dict.fromkeys(d["group"] for d in corpus)}
    modes = [*MODES] + ([] if args.no_what_if else [*WHAT_IFS])
    with tempfile.TemporaryDirectory() as tmp:
        cpath = Path(tmp) / "corpus.json"
        cpath.write_text(json.dumps(corpus), encoding="utf-8")
        results = {m: _run_child(["--worker", m, "--corpus", str(cpath), "--min-seconds", str(args.min_seconds)])
                   for m in modes}
        comp = _run_child(["--worker", "components", "--corpus", str(cpath)])
    scores: dict[str, dict[str, Any]] = {}
    for mode, r in results.items():
        scores[mode] = {}
        for gset, path in GOLD_SETS.items():
            s = _score(r["claims"], Path(path.format(seeds=args.seeds)), gset)
            if s is not None:
                scores[mode][gset] = s
    speedup = results["ours"]["docs_per_s"] / results["baseline"]["docs_per_s"]
    chars = sum(len(d["body"]) for d in corpus)
    head = (f"Corpus: {len(corpus)} cleaned documents ({', '.join(f'{k} {v}' for k, v in groups.items())}; "
            f"{chars:,} characters; cleaning took {clean_s:.1f} s, not timed), "
            f"{results['ours']['sentences_per_pass']} sentences per pass; "
            f"ours ran {results['ours']['passes']} pass(es) in {results['ours']['seconds']:.1f} s, "
            f"baseline {results['baseline']['passes']} in {results['baseline']['seconds']:.1f} s. "
            f"One core (CPU {results['ours']['cpu']}), OMP_NUM_THREADS=1, each mode in a fresh process, "
            f"torch loaded: {any(r['torch_loaded'] for r in results.values())}.\n\n"
            f"**Speed-up: {speedup:.2f}× the baseline's documents per CPU-second** (goal ≥ 5× at equal accuracy).")
    sections = [head, _fmt_table(results, scores),
                "## spaCy time per component (one pass over the corpus, seconds)", _fmt_components(comp)]
    if not args.no_what_if:
        sections += ["## What-if variants (same extractor, simulated parse options; not shipped)",
                     _fmt_what_ifs(results, scores)]
    text = "\n\n".join(sections)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    md = args.out / "extract.md"
    previous = md.read_text(encoding="utf-8") if md.exists() else ""
    analysis = previous.split("<!-- analysis -->", 1)[1] if "<!-- analysis -->" in previous else "\n"
    md.write_text("# Claim extraction: speed and accuracy\n\nWritten by `make bench` (benchmarks/bench_extract.py); "
                  "the analysis below the marker is kept across runs.\n\n" + text + "\n\n<!-- analysis -->" + analysis,
                  encoding="utf-8")
    slim = {m: {k: v for k, v in r.items() if k != "claims"} for m, r in results.items()}
    (args.out / "extract.json").write_text(json.dumps(
        {"corpus": {"documents": len(corpus), "groups": groups, "characters": chars},
         "speedup_docs_per_s": round(speedup, 3), "modes": slim, "accuracy": scores, "components": comp},
        indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
