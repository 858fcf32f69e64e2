"""Schema-driven fuzzing of `newsledger serve` with schemathesis (all checks), for a set time.

Builds a ledger from the seeds and examples, serves it on 127.0.0.1 (with a token, so the
upload endpoint is exercised with and without it), and runs `schemathesis run` against the
server's own OpenAPI schema until the time budget is spent. Exit code: schemathesis's.

    python benchmarks/fuzz_web.py --minutes 10 [--seeds ../shared/seeds] [-- --phases fuzzing]

Arguments after `--` go to `schemathesis run` as they are (phases, seed, workers...). Every
failure's full report (the request that reproduces it, the response, the check) is written to
the failures file, so a long run's findings survive the terminal.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import ROOT, build_ledger, free_port, start_server, stop_server  # noqa: E402

TOKEN = "fuzzing-token-0123456789"
MARK = "<!-- fuzz-web -->"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--report", type=Path, default=None, help="write schemathesis's ndjson here")
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results" / "web.md")
    ap.add_argument("--failures", type=Path,
                    default=ROOT / "benchmarks" / "results" / "web-fuzz-failures.txt",
                    help="every failure of the run, in full (schemathesis's FAILURES section)")
    args, extra = ap.parse_known_args()
    extra = [a for a in extra if a != "--"]
    seconds = max(10, int(args.minutes * 60))
    st = Path(sys.executable).with_name("schemathesis")
    with tempfile.TemporaryDirectory(prefix="fuzz-web-") as tmp:
        db = build_ledger(Path(tmp), args.seeds)
        port = free_port()
        os.environ["NEWSLEDGER_TOKEN"] = TOKEN
        server = start_server(db, port)
        started = time.monotonic()
        try:
            cmd = [str(st), "--config-file", str(ROOT / "benchmarks" / "schemathesis.toml"),
                   "run", f"http://127.0.0.1:{port}/api/openapi.json",
                   "--checks", "all", "--max-time", str(seconds), "--workers", "2",
                   "-H", f"Authorization: Bearer {TOKEN}", *extra]
            if args.report:
                cmd += ["--report", "ndjson", "--report-ndjson-path", str(args.report)]
            proc = subprocess.run(cmd, capture_output=True, text=True)
            code = proc.returncode
            sys.stdout.write(proc.stdout[-20000:])
            sys.stderr.write(proc.stderr[-5000:])
        finally:
            stop_server(server)
        took = time.monotonic() - started
        print(f"fuzzed for {took:.0f} s; schemathesis exit code {code}")
        _record(proc.stdout, took, code, args.results)
        _save_failures(proc.stdout, code, args.failures)
        return code


def _record(output: str, seconds: float, code: int, path: Path) -> None:
    """Put the run's summary into the web results file, under its own heading."""
    lines = output.splitlines()
    keep = [x for x in lines if x.strip().startswith(("Selected:", "Tested:", "✅", "❌", "⏭", "🚫",
                                                      "⚠️"))
            or " generated, " in x or x.startswith("=") and (" in " in x)]
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    section = ("\n".join([
        MARK, "## Schema-driven fuzzing", "",
        f"`make fuzz-web` ({stamp} UTC): schemathesis {_version()} with all checks against the "
        f"server's own OpenAPI schema, {seconds / 60:.1f} minutes, 2 workers, token sent, "
        f"uploads on. Exit code {code} ({'no failure' if code == 0 else 'failures found'}).",
        "", "```", *[x.strip() for x in keep], "```", ""]))
    text = path.read_text(encoding="utf-8") if path.exists() else "# Web server\n"
    text = text.split(MARK)[0].rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def _save_failures(output: str, code: int, path: Path) -> None:
    """Keep the FAILURES section whole (the terminal shows only its tail): requests to replay."""
    lines = output.splitlines()
    start = next((i for i, x in enumerate(lines) if " FAILURES " in x and x.startswith("=")), None)
    end = next((i for i, x in enumerate(lines) if x.startswith("=") and
                (" WARNINGS " in x or " SUMMARY " in x) and (start is None or i > start)), None)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    head = f"make fuzz-web, {stamp} UTC, schemathesis exit code {code}\n"
    # a fuzzed URL can run to hundreds of kilobytes: keep each line's start and its length
    kept = [x if len(x) <= 4000 else f"{x[:4000]} … ({len(x):,} characters)"
            for x in (lines[start:end] if start is not None else [])]
    body = "\n".join(kept) if kept else "no failures\n"
    path.write_text(head + "\n" + body.rstrip() + "\n", encoding="utf-8")


def _version() -> str:
    from importlib.metadata import version

    return version("schemathesis")


if __name__ == "__main__":
    sys.exit(main())
