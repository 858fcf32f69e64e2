"""Load benchmark of `newsledger serve`: the story page, a facts list and an API list endpoint.

Builds a ledger from the seeds and examples with `newsledger run`, starts the server on
127.0.0.1 in a child process, and sends a bounded number of requests (default 2,000 per
endpoint at 20 concurrent) over keep-alive connections. The client is a few lines of
asyncio (no HTTP library), so it takes little of the CPU it shares with the server.
Writes benchmarks/results/web.md.

    python benchmarks/bench_web.py --seeds ../shared/seeds [--requests 2000 --concurrency 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"p50": 30.0, "p99": 150.0}
FUZZ_MARK = "<!-- fuzz-web -->"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_ledger(work: Path, seeds: Path | None) -> Path:
    db = work / "ledger.sqlite"
    inputs = [str(ROOT / "examples")] + ([str(seeds)] if seeds and seeds.is_dir() else [])
    subprocess.run([sys.executable, "-m", "newsledger.cli", "run", *inputs, "--db", str(db),
                    "--out", str(work / "out")], check=True, capture_output=True)
    return db


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2).read()
            return proc
        except urllib.error.HTTPError:  # answering (401 when a token is set): it is up
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("server exited: " + proc.stderr.read().decode()[-2000:]) \
                    from None
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start within 60 s")


async def _fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str,
                 port: int) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(x.split(":", 1)[1]) for x in lines[1:]
                   if x.lower().startswith("content-length:")), None)
    if length is None:
        raise RuntimeError("response without Content-Length")
    await reader.readexactly(length)
    return status


async def load(port: int, path: str, requests: int, concurrency: int) -> dict:
    """`requests` GETs of `path` over `concurrency` keep-alive connections."""
    latencies: list[float] = []
    errors: list[str] = []
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while remaining > 0:
                remaining -= 1
                t0 = time.perf_counter()
                try:
                    status = await asyncio.wait_for(_fetch(reader, writer, path, port), 30)
                except Exception as exc:  # noqa: BLE001 - counted, connection replaced
                    errors.append(type(exc).__name__)
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)
                if status != 200:
                    errors.append(str(status))
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(round(p / 100 * len(latencies))) - 1)] \
            if latencies else float("nan")

    return {"path": path, "requests": requests, "concurrency": concurrency,
            "ok": len(latencies) - sum(1 for e in errors if e.isdigit()), "errors": len(errors),
            "error_kinds": sorted(set(errors)), "p50": pct(50), "p90": pct(90), "p99": pct(99),
            "max": latencies[-1] if latencies else float("nan"),
            "mean": statistics.fmean(latencies) if latencies else float("nan"),
            "rps": requests / wall, "wall_s": wall}


def stop_server(server: subprocess.Popen) -> None:
    """End a server started by `start_server`, forcibly if it does not stop within 10 s."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()


def cold(port: int, path: str) -> float:
    t0 = time.perf_counter()
    urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60).read()
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--db", type=Path, help="serve this ledger instead of building one")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "web.md")
    args = ap.parse_args()
    if not 1 <= args.requests <= 100_000 or not 1 <= args.concurrency <= 200:
        ap.error("requests must be 1..100000 and concurrency 1..200")

    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        db = args.db or build_ledger(Path(tmp), args.seeds)
        port = free_port()
        server = start_server(db, port)
        try:
            stories = json.load(urllib.request.urlopen(
                f"http://127.0.0.1:{port}/api/stories?sort=-reports&limit=1"))["rows"]
            story = "/story/" + urllib.request.quote(stories[0]["id"], safe="") if stories \
                else "/"
            paths = [story, "/facts", "/api/claims?limit=50"]
            colds = {p: cold(port, p) for p in paths}
            load_before = os.getloadavg()
            results = [asyncio.run(load(port, p, args.requests, args.concurrency))
                       for p in paths]
            load_after = os.getloadavg()
        finally:
            stop_server(server)
        counts = _counts(db)

    ok = all(r["errors"] == 0 and r["p50"] <= TARGETS["p50"] and r["p99"] <= TARGETS["p99"]
             for r in results)
    lines = [
        "# Web server under load",
        "",
        f"`python benchmarks/bench_web.py` ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC). "
        f"Ledger: {counts}. Server: `newsledger serve` (one uvicorn process) on 127.0.0.1; "
        f"client: asyncio keep-alive connections in another process, same machine.",
        f"Machine: {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}; load average {load_before[0]:.2f} before and "
        f"{load_after[0]:.2f} after (the machine is shared with other work, so figures vary).",
        "",
        f"{args.requests:,} requests per endpoint at {args.concurrency} concurrent. "
        f"Targets: p50 ≤ {TARGETS['p50']:.0f} ms, p99 ≤ {TARGETS['p99']:.0f} ms, no errors.",
        "",
        "| endpoint | first request (cold) ms | p50 ms | p90 ms | p99 ms | max ms | req/s | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(f"| `{r['path']}` | {colds[r['path']]:.0f} | {r['p50']:.1f} | {r['p90']:.1f} | "
                     f"{r['p99']:.1f} | {r['max']:.1f} | {r['rps']:.0f} | {r['errors']} |")
    lines += ["", f"All targets met: **{'yes' if ok else 'no'}**.", ""]
    text = "\n".join(lines)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    fuzz = old[old.index(FUZZ_MARK):] if FUZZ_MARK in old else ""  # fuzz_web.py's section
    args.out.write_text(text + ("\n" + fuzz if fuzz else ""), encoding="utf-8")
    print(text)
    return 0 if ok else 1


def _counts(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        n = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("documents", "claims", "facts", "stories")}
    finally:
        conn.close()
    return (f"{n['documents']} inputs, {n['claims']} claims, {n['facts']} facts, "
            f"{n['stories']} stories")


if __name__ == "__main__":
    sys.exit(main())
