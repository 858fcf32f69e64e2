"""Hostile inputs as a user runs them (issue 15): each beside good reports, timed and weighed.

    python benchmarks/bench_hostile.py [--only one_line,tags]

Every case is a real `newsledger run` in a fresh process on a folder (or list of inputs)
holding the hostile input and two good reports. Measured from outside: wall time, CPU time
of the run and its worker (user + sys), peak memory of the process tree (proportional set
size of the run and its worker summed, sampled every 20 ms, so pages a forked worker shares
with the run count once; and the resident size of the largest single process), what
the ledger says about each input (status, reason or note), whether every good report is
stored, and whether the run's accounting line holds (inputs = added + already there +
rejected, and the ledger has one row per input). Two runs of 40 reports each on one
ledger at once are the concurrency case. Writes benchmarks/results/hostile.md.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from hostile_corpus import (  # noqa: E402 - the builders live beside the tests that use them
    SENTENCE,
    fifo,
    jsonl_with_giant_line,
    one_line_text,
    symlink_loop,
    tag_flood_html,
    write_reports,
)

ENV = {**os.environ, "COLUMNS": "300", "NO_COLOR": "1", "TERM": "dumb"}
ENV.pop("NEWSLEDGER_PROGRESS", None)
TARGET_SECONDS, TARGET_MB = 30, 600


def newsledger(*args: object) -> list[str]:
    return [sys.executable, "-m", "newsledger.cli", *(str(a) for a in args)]


def measured(cmd: list[str]) -> dict[str, object]:
    """Run `cmd`; wall and CPU seconds, peak memory of its process tree, its output."""
    start = time.monotonic()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=ENV)
    peak_sum = peak_one = 0.0
    cpu: dict[int, float] = {}
    out_chunks: list[str] = []
    import threading

    reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            tree = [proc]
        total = 0.0
        for p in tree:
            try:
                with p.oneshot():
                    mem = p.memory_full_info()
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
            except psutil.Error:
                continue
            # PSS: a forked worker shares the pages it inherited; RSS would count them twice.
            total += getattr(mem, "pss", mem.rss) / 1_048_576
            peak_one = max(peak_one, mem.rss / 1_048_576)
        peak_sum = max(peak_sum, total)
        time.sleep(0.02)
    wall = time.monotonic() - start
    reader.join(5)
    return {"wall": wall, "cpu": sum(cpu.values()), "peak_sum": peak_sum, "peak_one": peak_one,
            "code": proc.returncode, "output": "".join(out_chunks)}


def ledger_rows(db: Path) -> list[tuple[str, str, str]]:
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT doc, status, coalesce(reason, note, '') FROM documents ORDER BY doc").fetchall()
    finally:
        con.close()


def accounting(output: str, rows: int) -> tuple[bool, str]:
    """The run's line `inputs: N = a added + s already in the ledger + r rejected`, checked."""
    m = re.search(r"inputs: (\d+) = (\d+) added \+ (\d+) already in the ledger \+ (\d+) rejected", output)
    if not m:
        return False, "no accounting line"
    n, a, s, r = (int(x) for x in m.groups())
    return n == a + s + r and a + r == rows, m.group(0)


def big_paragraph_html(path: Path, size: int = 19_000_000) -> Path:
    """An HTML page whose article is one paragraph of `size` characters (few tags, huge text)."""
    text = SENTENCE * (size // len(SENTENCE))
    path.write_text(f"<html><head><title>One paragraph</title></head><body><article><p>{text}</p>"
                    "</article></body></html>", encoding="ascii")
    return path


def case(name: str, tmp: Path, build, inputs=None) -> dict[str, object]:  # noqa: ANN001
    folder = tmp / name
    good = write_reports(folder, 2, name)
    hostile = build(folder)
    db = tmp / f"{name}.sqlite"
    args = inputs(folder, hostile, good) if inputs else [folder]
    m = measured(newsledger("run", *args, "--db", db, "--out", tmp / f"{name}_out"))
    rows = ledger_rows(db)
    stored = {d for d, s, _ in rows if s == "ok"}
    m["good_stored"] = all(g.name in stored for g in good)
    m["rows"] = rows
    m["accounting"] = accounting(m["output"], len(rows))
    m["name"] = name
    m["hostile"] = [(d, s, r) for d, s, r in rows if not d.startswith("report_")]
    return m


CASES = {
    "one_line": lambda f: one_line_text(f / "one_line.txt"),
    "tags": lambda f: tag_flood_html(f / "tags.html"),
    "big_paragraph": lambda f: big_paragraph_html(f / "big_paragraph.html"),
    "giant_jsonl": lambda f: jsonl_with_giant_line(f / "feed.jsonl"),
    "fifo": lambda f: fifo(f / "pipe"),
    "loop": lambda f: symlink_loop(f),
}
# The FIFO is named on the command line (a folder walk skips nothing silently either).
INPUTS = {"fifo": lambda folder, hostile, good: [hostile, *good]}


def concurrency(tmp: Path) -> dict[str, object]:
    """Two runs of 40 reports each on one ledger, started together."""
    db = tmp / "two.sqlite"
    folders = [tmp / "two_a", tmp / "two_b"]
    for n, f in enumerate(folders):
        write_reports(f, 40, "ab"[n])
    start = time.monotonic()
    procs = [subprocess.Popen(newsledger("run", f, "--db", db, "--out", tmp / f"{f.name}_out"),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=ENV) for f in folders]
    outs = [p.communicate()[0] for p in procs]
    wall = time.monotonic() - start
    con = sqlite3.connect(db)
    stored = con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
    dups = con.execute("SELECT count(*) FROM (SELECT raw_hash FROM documents GROUP BY raw_hash "
                       "HAVING count(*) > 1)").fetchone()[0]
    con.close()
    return {"wall": wall, "codes": [p.returncode for p in procs], "stored": stored, "dups": dups,
            "accounting": [accounting(o, 40)[1] for o in outs]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="comma-separated case names (default: all, and the concurrency case)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "hostile.md")
    args = ap.parse_args()
    names = args.only.split(",") if args.only else list(CASES)
    results = []
    with tempfile.TemporaryDirectory(prefix="nl-hostile-") as t:
        tmp = Path(t)
        for name in names:
            r = case(name, tmp, CASES[name], INPUTS.get(name))
            results.append(r)
            print(f"{name:14s} wall {r['wall']:6.1f} s  cpu {r['cpu']:6.1f} s  peak {r['peak_sum']:5.0f} MB "
                  f"(largest process {r['peak_one']:4.0f} MB)  exit {r['code']}  good stored {r['good_stored']}  "
                  f"accounting {r['accounting'][0]}  {r['hostile']}", flush=True)
        two = concurrency(tmp) if not args.only else None
        if two:
            print(f"two runs at once: wall {two['wall']:.1f} s, exit {two['codes']}, stored {two['stored']}, "
                  f"duplicates {two['dups']}, {two['accounting']}", flush=True)
    load = os.getloadavg()[0]
    lines = ["# Hostile inputs (issue 15)", "",
             f"`python benchmarks/bench_hostile.py`, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, load "
             f"average {load:.1f} at the end (wall times grow with the load; CPU time does not). Each case: the "
             "hostile input and two good reports in one `newsledger run`, in a fresh process. Peak memory: the "
             f"run and its worker process summed. Targets: within {TARGET_SECONDS} s and {TARGET_MB} MB, the good "
             "reports stored, inputs = added + already there + rejected.", "",
             "| case | wall s | CPU s | peak MB (sum) | largest process MB | exit | good stored | accounting | "
             "what the ledger says about the hostile input |",
             "|---|---:|---:|---:|---:|---:|---|---|---|"]
    for r in results:
        said = "; ".join(f"{d}: {s}, {why[:150]}" for d, s, why in r["hostile"]) or "(not in the ledger)"
        lines.append(f"| {r['name']} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['peak_sum']:.0f} | {r['peak_one']:.0f} | "
                     f"{r['code']} | {'yes' if r['good_stored'] else 'NO'} | {r['accounting'][1]} | {said} |")
    if two:
        lines += ["", f"Two runs of 40 reports each on one ledger, started together: exit codes {two['codes']}, "
                  f"{two['stored']} documents stored, {two['dups']} duplicates, {two['wall']:.1f} s for both; "
                  f"each run's line: {' / '.join(two['accounting'])}."]
    if not args.only:
        args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
