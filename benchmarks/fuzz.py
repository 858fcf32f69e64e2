"""Long fuzzing of the per-document stages (`make fuzz`): atheris when it is installed
(coverage-guided libFuzzer over the instrumented newsledger modules), else hypothesis with
a time budget. The targets and their invariants are in tests/fuzz_targets.py.

    python benchmarks/fuzz.py --minutes 10                 # every target, one after another
    python benchmarks/fuzz.py --target figures --minutes 1 --engine hypothesis

Each target runs in its own process; a failing input is written to
/tmp/newsledger-fuzz/TARGET/crashes/ (copy it to tests/fuzz_regressions/TARGET-what.bin to
keep it as a regression case). The summary (cases run, failures) goes to
benchmarks/results/fuzz.md.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]
WORK = Path("/tmp/newsledger-fuzz")
# Modules atheris instruments for coverage: the stages the targets reach.
MODULES = [
    "newsledger.ingest.dispatch", "newsledger.ingest.jsonl", "newsledger.ingest.warc", "newsledger.ingest.decode",
    "newsledger.ingest.sniff", "newsledger.ingest.text", "newsledger.pipeline", "newsledger.clean.html",
    "newsledger.clean.flat", "newsledger.clean.metadata", "newsledger.clean.language",
    "newsledger.extract.figures", "newsledger.extract.timex", "newsledger.extract.claims",
    "newsledger.extract.attribution", "newsledger.extract.counted", "newsledger.extract.sentences",
    "newsledger.extract.mentions", "newsledger.extract.events", "newsledger.extract.units",
    "newsledger.reconcile.derived",
]


def seed_corpus(target: str, folder: Path) -> None:
    """Start from our own example reports (text and HTML) and the news fragments."""
    import fuzz_targets as ft

    folder.mkdir(parents=True, exist_ok=True)
    examples = sorted(p for p in (ROOT / "examples").rglob("*") if p.is_file() and p.suffix in (".txt", ".html"))
    for n, path in enumerate(examples[:12]):
        data = path.read_bytes()[:6000]
        sel = ft.READER_NAMES.index("b.html") if path.suffix == ".html" else 0
        if target in ("cleaner", "pipeline"):
            sel = 1 if path.suffix == ".html" else 0
        (folder / f"example{n}").write_bytes(bytes([sel]) + data)
    (folder / "fragments").write_bytes(b"\x01" + "".join(ft.FRAGMENTS).encode("utf-8", "surrogatepass"))


def child_atheris(target: str, seconds: int) -> None:
    """Runs inside the target's process: libFuzzer prints its stats and stops at a failure."""
    import atheris

    with atheris.instrument_imports(include=["newsledger"]):
        import importlib

        for name in MODULES:
            importlib.import_module(name)
    import fuzz_targets as ft

    fn = ft.TARGETS[target]
    if target == "pipeline":
        from newsledger.extract.nlp import get_nlp

        get_nlp()
    corpus, seeds, crashes = WORK / target / "corpus", WORK / target / "seeds", WORK / target / "crashes"
    for d in (corpus, crashes):
        d.mkdir(parents=True, exist_ok=True)
    seed_corpus(target, seeds)
    args = [sys.argv[0], f"-max_total_time={seconds}", "-print_final_stats=1", "-max_len=8192", "-timeout=120",
            "-rss_limit_mb=3072", f"-artifact_prefix={crashes}/", str(corpus), str(seeds)]
    atheris.Setup(args, fn)
    atheris.Fuzz()


def child_hypothesis(target: str, seconds: int) -> None:
    """Hypothesis with a time budget: random cases until the clock runs out or one fails."""
    import fuzz_targets as ft
    from hypothesis import HealthCheck, Phase, given, settings

    fn, end, count = ft.TARGETS[target], time.monotonic() + seconds, [0]

    class Done(Exception):
        pass

    @settings(max_examples=10**9, deadline=None, database=None, phases=[Phase.generate, Phase.shrink],
              suppress_health_check=list(HealthCheck))
    @given(ft.strategy(target))
    def run(data: bytes) -> None:
        if time.monotonic() > end:
            raise Done
        count[0] += 1
        try:
            fn(data)
        except Exception:
            crashes = WORK / target / "crashes"
            crashes.mkdir(parents=True, exist_ok=True)
            (crashes / f"hypothesis-{abs(hash(data))}.bin").write_bytes(data)
            raise

    try:
        run()
    except Done:
        pass
    print(f"stat::number_of_executed_units: {count[0]}", file=sys.stderr)


def run_target(target: str, seconds: int, engine: str) -> dict[str, object]:
    """One target in its own process; cases run and the failure, if any, from its output."""
    start = time.monotonic()
    proc = subprocess.run([sys.executable, __file__, "--child", target, "--seconds", str(seconds), "--engine", engine],
                          capture_output=True, text=True, cwd=ROOT)
    took = time.monotonic() - start
    out = proc.stderr + proc.stdout
    (WORK / target).mkdir(parents=True, exist_ok=True)
    (WORK / target / "last.log").write_text(out)
    runs = [int(x) for x in re.findall(r"stat::number_of_executed_units:\s*(\d+)", out)]
    if not runs:
        runs = [int(x) for x in re.findall(r"#(\d+)\s+(?:DONE|pulse|NEW|REDUCE|INITED)", out)[-1:]]
    failure = None
    if proc.returncode != 0:
        tb = re.findall(r"^\w*(?:Error|Exception)\b.*$", out, re.M)
        failure = tb[-1] if tb else f"exit code {proc.returncode}"
    return {"target": target, "engine": engine, "seconds": round(took), "cases": runs[-1] if runs else 0,
            "failure": failure}


def main() -> None:
    import fuzz_targets as ft

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", action="append", choices=sorted(ft.TARGETS), help="repeatable; default all")
    ap.add_argument("--minutes", type=float, default=10.0, help="per target")
    ap.add_argument("--jobs", type=int, default=1, help="targets fuzzed at the same time")
    ap.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz.md")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--seconds", type=int, default=60, help=argparse.SUPPRESS)
    args = ap.parse_args()
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    if args.child:
        (child_atheris if engine == "atheris" else child_hypothesis)(args.child, args.seconds)
        return
    from concurrent.futures import ThreadPoolExecutor

    def one(target: str) -> dict[str, object]:
        row = run_target(target, max(1, int(args.minutes * 60)), engine)
        print(f"{target:9s} {row['engine']:10s} {row['seconds']:>5} s {row['cases']:>9,} cases  "
              f"{row['failure'] or 'no failure'}", flush=True)
        return row

    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        rows = list(pool.map(one, args.target or list(ft.TARGETS)))
    lines = ["# Fuzzing the per-document stages", "",
             f"`python benchmarks/fuzz.py --minutes {args.minutes:g} --jobs {args.jobs}` ({time.strftime('%Y-%m-%d')}); "
             "targets and "
             "invariants in tests/fuzz_targets.py.", "",
             "| target | engine | seconds | cases | result |", "|---|---|---:|---:|---|"]
    lines += [f"| {r['target']} | {r['engine']} | {r['seconds']} | {r['cases']:,} | {r['failure'] or 'no failure'} |"
              for r in rows]
    if args.target is None:
        args.out.write_text("\n".join(lines) + "\n")
    sys.exit(1 if any(r["failure"] for r in rows) else 0)


if __name__ == "__main__":
    main()
