"""`--engine ray` against a real two-node Ray cluster on this machine, and runs that lose a
worker or their driver half-way.

The cluster is what an operator starts by hand: `ray start --head` on loopback, then a second
`ray start --address` joining it (two raylets, one CPU each, so batches really run on both
nodes). Its processes are found by the temporary folder they were started with and stopped by
their ids afterwards, however the test ends (never `ray stop`: it would stop every Ray on the
machine). Token auth is off for this throwaway loopback cluster (RAY_AUTH_MODE=disabled), so a
token some other Ray left in the home folder does not lock it.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_concurrency import newsledger, rows

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
EXAMPLES = ROOT / "examples"
RAY = Path(sys.executable).with_name("ray")

pytestmark = [pytest.mark.ray, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ray_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
           "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0", "COLUMNS": "300", "NO_COLOR": "1",
           "TERM": "dumb", "OMP_NUM_THREADS": "1"}
    env.pop("NEWSLEDGER_PROGRESS", None)
    env.pop("RAY_ADDRESS", None)
    return env


def ports() -> list[str]:
    """Ports of one node's side processes: free ones, so two nodes (or another helper's Ray) never collide."""
    return ["--dashboard-agent-listen-port", str(free_port()), "--dashboard-agent-grpc-port", str(free_port()),
            "--runtime-env-agent-port", str(free_port()), "--metrics-export-port", str(free_port()),
            "--node-manager-port", str(free_port()), "--object-manager-port", str(free_port())]


def cluster_pids(marker: str) -> set[int]:
    """Processes started with `marker` (the cluster's temp folder) on their command line, and their children."""
    parent: dict[int, int] = {}
    own: set[int] = set()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes()
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        parent[int(proc.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        if marker.encode() in cmd:
            own.add(int(proc.name))
    grew = True
    while grew:
        kids = {p for p, pp in parent.items() if pp in own and p not in own}
        grew = bool(kids)
        own |= kids
    return own - {os.getpid()}


def stop_cluster(marker: str) -> None:
    """SIGTERM the cluster's processes, then SIGKILL what is left after a grace period."""
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        for pid in cluster_pids(marker):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and any(_running(p) for p in cluster_pids(marker)):
            time.sleep(0.2)


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def alive_nodes(address: str) -> int:
    code = (f"import ray; ray.init(address={address!r}, log_to_driver=False, configure_logging=False); "
            "print(sum(n['Alive'] for n in ray.nodes()))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ray_env(), timeout=120)
    return int(p.stdout.strip().splitlines()[-1]) if p.returncode == 0 and p.stdout.strip() else 0


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, str]]:
    """(address, the cluster's temp folder) of a running two-node cluster."""
    pytest.importorskip("ray")
    if not RAY.exists():
        pytest.skip("the `ray` command is not installed next to this Python")
    temp = tempfile.mkdtemp(prefix="nlr-", dir="/tmp")  # short: Ray's socket paths must stay short
    port = free_port()
    address = f"127.0.0.1:{port}"
    common = ["--num-cpus", "1", "--object-store-memory", str(80 * 2**20), "--disable-usage-stats",
              "--node-ip-address", "127.0.0.1"]
    try:
        head = subprocess.run([str(RAY), "start", "--head", "--port", str(port), "--include-dashboard", "false",
                               "--dashboard-port", str(free_port()), "--temp-dir", temp, *common, *ports()],
                              capture_output=True, text=True, env=ray_env(), timeout=180)
        assert head.returncode == 0, head.stdout[-2000:] + head.stderr[-2000:]
        node = subprocess.run([str(RAY), "start", "--address", address, *common, *ports()],
                              capture_output=True, text=True, env=ray_env(), timeout=180)
        assert node.returncode == 0, node.stdout[-2000:] + node.stderr[-2000:]
        deadline = time.monotonic() + 60
        while alive_nodes(address) < 2:
            assert time.monotonic() < deadline, "the second node never joined the head"
            time.sleep(1)
        yield address, temp
    finally:
        stop_cluster(temp)
        shutil.rmtree(temp, ignore_errors=True)


def ledger_state(db: Path) -> tuple:
    """What a finished run leaves that must not depend on the engine or on how the run got there."""
    docs = sorted(rows(db, "SELECT doc, source, raw_hash, status FROM documents"))
    claims = sorted(rows(db, "SELECT doc, quote, span_start, span_end, low, high, claimant, time FROM claims"),
                    key=repr)
    facts = sorted(rows(db, "SELECT f.id, f.label, f.status, f.low, f.high, c.doc, c.span_start FROM facts f "
                            "JOIN fact_claims fc ON fc.fact_id = f.id JOIN claims c ON c.id = fc.claim_id"), key=repr)
    return docs, claims, facts


def run(args: list[object], timeout: float = 600) -> subprocess.CompletedProcess:
    p = subprocess.run(newsledger(*args), capture_output=True, text=True, env=ray_env(), timeout=timeout)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    return p


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """Generated reports with exact copies and bad inputs among them, and how many inputs there are."""
    folder = tmp_path_factory.mktemp("corpus") / "reports"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "36", "--seed", "7",
                    "--bad-rate", "0.1", "--copy-rate", "0.15", "--out", str(folder)], check=True,
                   capture_output=True)
    kinds = json.loads((folder / ".manifest.json").read_text())["kinds"]
    assert kinds.get("exact_copy") and any(k.startswith("bad:") for k in kinds)
    return folder, sum(kinds.values())


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    folder, n = corpus
    work = tmp_path_factory.mktemp("clean")
    run(["run", folder, "--db", work / "l.sqlite", "--out", work / "out"])
    state = ledger_state(work / "l.sqlite")
    assert len(state[0]) < n and state[1] and state[2]  # copies stored once, claims and facts found
    return state


@pytest.mark.timeout(900)
def test_two_node_cluster_gives_the_claims_and_facts_of_a_local_run(cluster, corpus, clean_run,
                                                                     tmp_path: Path) -> None:
    folder, n = corpus
    p = run(["run", folder, "--engine", "ray", "--ray-address", cluster[0], "--db", tmp_path / "l.sqlite",
             "--out", tmp_path / "out"])
    assert ledger_state(tmp_path / "l.sqlite") == clean_run
    assert rows(tmp_path / "l.sqlite", "SELECT status, documents_read FROM runs") == [("finished", n)]
    assert f"inputs: {n} =" in p.stderr + p.stdout
    assert (tmp_path / "out" / "report.html").exists()


def start_killable(args: list[object], log: Path) -> subprocess.Popen:
    return subprocess.Popen(newsledger(*args), stdout=log.open("w"), stderr=subprocess.STDOUT, env=ray_env(),
                            start_new_session=True)


def wait_until(check, proc: subprocess.Popen, limit: float) -> bool:  # noqa: ANN001 - a () -> bool
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if check():
            return True
        time.sleep(0.1)
    return False


def shards_written(out: Path) -> int:
    return len(list((out / "shards").glob("date=*/*.parquet")))


def busy_workers(marker_pids: set[int]) -> list[int]:
    """Ray worker processes running one of our batches right now (their title names the task)."""
    out = []
    for pid in marker_pids:
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if cmd.startswith("ray::") and "IDLE" not in cmd and ("MapBatches" in cmd or "shard_batch" in cmd):
            out.append(pid)
    return out


def assert_counted_once(db: Path, n: int, clean_state: tuple) -> None:
    """The last run accounts for every input exactly once, and the ledger is what a clean run leaves."""
    last = rows(db, "SELECT status, documents_read, documents_added + documents_skipped + rejected FROM runs "
                    "ORDER BY id DESC LIMIT 1")[0]
    assert last == ("finished", n, n)
    assert rows(db, "SELECT count(*) FROM (SELECT raw_hash FROM documents GROUP BY raw_hash HAVING count(*) > 1)") \
        == [(0,)]
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert ledger_state(db) == clean_state


@pytest.mark.timeout(900)
def test_a_driver_killed_mid_run_resumes_and_counts_each_input_once(cluster, corpus, clean_run,
                                                                    tmp_path: Path) -> None:
    folder, n = corpus
    db, out = tmp_path / "l.sqlite", tmp_path / "out"
    args = ["run", folder, "--engine", "ray", "--ray-address", cluster[0], "--db", db, "--out", out]
    proc = start_killable(args, tmp_path / "first.log")
    # kill -9 once the workers have written some shards, before the run is over
    written = wait_until(lambda: shards_written(out) >= 2, proc, 300)
    time.sleep(random.Random(3).uniform(0, 0.5))
    assert written and proc.poll() is None, (tmp_path / "first.log").read_text()[-3000:]
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert rows(db, "SELECT status FROM runs") == [("running",)]  # it never got to finish
    run(args)
    assert_counted_once(db, n, clean_run)


@pytest.mark.timeout(900)
def test_a_worker_killed_mid_run_loses_no_input_and_counts_none_twice(cluster, corpus, clean_run,
                                                                      tmp_path: Path) -> None:
    folder, n = corpus
    db, out = tmp_path / "l.sqlite", tmp_path / "out"
    address, marker = cluster
    args = ["run", folder, "--engine", "ray", "--ray-address", address, "--db", db, "--out", out]
    proc = start_killable(args, tmp_path / "first.log")
    killed: list[int] = []

    def kill_a_busy_worker() -> bool:
        busy = busy_workers(cluster_pids(marker))
        if busy and shards_written(out) >= 1:
            os.kill(busy[0], signal.SIGKILL)
            killed.append(busy[0])
            return True
        return False

    wait_until(kill_a_busy_worker, proc, 300)
    assert killed, "no worker was caught running a batch: " + (tmp_path / "first.log").read_text()[-3000:]
    try:
        proc.wait(timeout=600)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    if proc.returncode == 0:  # Ray ran the lost batch again: the run itself counts each input once
        assert_counted_once(db, n, clean_run)
    run(args)  # and a re-run (needed when the run gave up) finishes it, adding nothing twice
    assert_counted_once(db, n, clean_run)
    if proc.returncode == 0:
        assert rows(db, "SELECT documents_added FROM runs ORDER BY id DESC LIMIT 1") == [(0,)]
