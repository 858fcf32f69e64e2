"""Engines: where the per-document function runs must not change what it finds."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.engine.local import run_local
from newsledger.ingest import read_inputs
from newsledger.model import DocumentResult

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SRC = Path(__file__).resolve().parents[1] / "src" / "newsledger"


def source_fingerprint() -> str:
    """The state of the package's source files on disk (names, sizes, modification times)."""
    h = hashlib.sha256()
    for f in sorted(SRC.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            st = f.stat()
            h.update(f"{f.relative_to(SRC)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


# Ray workers import the package from disk when they start, this process did at collection. If
# the sources change in between (someone editing the tree while the tests run), the two engines
# ran different code and comparing them says nothing.
FINGERPRINT = source_fingerprint()


def same_code_or_skip() -> None:
    if source_fingerprint() != FINGERPRINT:
        pytest.skip("package sources changed on disk during the test session; the engines ran different code")


def inputs(tmp: Path) -> list[str]:
    """The examples plus one missing file, so every engine also has a rejection to carry."""
    return [str(EXAMPLES), str(tmp / "not-there.txt")]


def digest(results: list[DocumentResult]) -> dict[str, tuple]:
    """What an engine produced, per document name, independent of the order results came back in."""
    out = {}
    for r in results:
        d = r.document
        claims = sorted(tuple(sorted((k, repr(v)) for k, v in c.to_dict().items())) for c in r.claims)
        out[d.doc] = (d.status, d.reason, d.raw_hash, d.body, claims, len(r.mentions), len(r.events))
    return out


@pytest.fixture(scope="module")
def local_results(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[DocumentResult]]:
    specs = inputs(tmp_path_factory.mktemp("engine"))
    return specs, list(run_local(read_inputs(specs), workers=1))


def test_local_results_cover_every_input(local_results) -> None:
    _, results = local_results
    by_name = {r.document.doc: r for r in results}
    assert by_name["not-there.txt"].document.status == "rejected"
    ok = [r for r in results if r.document.status == "ok"]
    assert len(ok) == 8 and all(r.claims for r in ok)


def test_two_workers_find_the_same_as_one(local_results) -> None:
    specs, one = local_results
    two = list(run_local(read_inputs(specs), workers=2))
    assert [r.document.doc for r in two] == [r.document.doc for r in one]  # input order kept
    assert digest(two) == digest(one)


@pytest.fixture(scope="module")
def ray_cluster():
    ray = pytest.importorskip("ray")
    # A small local cluster: two CPUs, a modest object store, no dashboard, no log streaming.
    ray.init(num_cpus=2, object_store_memory=100 * 1024 * 1024, include_dashboard=False,
             log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.mark.ray
@pytest.mark.timeout(180)
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray Data's own, about its settings
def test_ray_finds_the_same_as_the_local_engine(ray_cluster, local_results) -> None:
    from newsledger.engine.cluster import run_ray

    specs, local = local_results
    remote = list(run_ray(specs, batch_size=2))
    same_code_or_skip()
    assert sorted(r.document.doc for r in remote) == sorted(r.document.doc for r in local)
    assert digest(remote) == digest(local)


@pytest.mark.ray
@pytest.mark.timeout(180)
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray Data's own, about its settings
def test_cli_run_on_ray_fills_the_ledger_like_local(ray_cluster, tmp_path: Path) -> None:
    """One worker, two local workers and Ray store the same documents, claims and facts."""
    counts = {}
    for engine, extra in (("local", []), ("workers2", ["--workers", "2"]), ("ray", ["--engine", "ray"])):
        db = tmp_path / f"{engine}.sqlite"
        res = CliRunner().invoke(app, ["run", str(EXAMPLES), *extra, "--db", str(db),
                                       "--out", str(tmp_path / engine)])
        assert res.exit_code == 0, res.output
        assert re.search(r"documents added\D*?8\b", res.output)
        assert (tmp_path / engine / "report.html").exists()
        con = sqlite3.connect(db)
        counts[engine] = (
            sorted(con.execute("SELECT doc, status, raw_hash FROM documents").fetchall()),
            sorted(con.execute("SELECT doc, quote, span_start, low, claimant FROM claims").fetchall(),
                   key=repr),
            sorted(con.execute("SELECT f.id, f.label, f.status, f.low, f.high, c.doc, c.span_start FROM facts f "
                               "JOIN fact_claims fc ON fc.fact_id = f.id JOIN claims c ON c.id = fc.claim_id"
                               ).fetchall(), key=repr),
        )
        con.close()
    same_code_or_skip()
    assert counts["local"][2]  # the examples do give facts
    assert counts["workers2"] == counts["local"]
    assert counts["ray"] == counts["local"]


def test_unreachable_ray_address_fails_fast_with_a_message(tmp_path: Path) -> None:
    # Port 9 on this machine refuses at once; Ray itself would retry for minutes.
    res = CliRunner().invoke(app, ["run", str(EXAMPLES), "--engine", "ray", "--ray-address", "127.0.0.1:9",
                                   "--db", str(tmp_path / "l.sqlite"), "--out", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert "no Ray cluster answers at 127.0.0.1:9" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "l.sqlite").exists()
