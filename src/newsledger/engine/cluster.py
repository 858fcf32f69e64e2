"""Run ingest and the per-document function on a Ray cluster with Ray Data.

The driver only expands the inputs into a list of files and URLs; reading, cleaning and
extraction all happen in `map_batches` on the workers, so a firehose scales with the
cluster.

`store_with_ray` is what `newsledger run --engine ray` uses: each worker writes the results
of its batch to Parquet shards (`store.parquet`) and sends back one small row per input,
so no worker waits on the single SQLite writer and nothing a worker finished is lost when
the driver dies. The driver loads each shard into the ledger as its row arrives. A re-run of
the same command resumes: shards of a run that never finished are loaded first, and inputs
whose content the ledger already holds are skipped by the workers without being processed.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import resource
import socket
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsledger.ingest import Limits, read_inputs
from newsledger.ingest.files import expand, read_file
from newsledger.ingest.text import rejected
from newsledger.ingest.web import is_url
from newsledger.model import DocumentResult, RawDocument
from newsledger.pipeline import process_document

if TYPE_CHECKING:
    from newsledger.store.ledger import BatchWriter, Ledger

BATCH_SIZE = 16  # inputs per map_batches call: one shard file per date per batch


def _specs(inputs: Iterable[str]) -> list[dict[str, str]]:
    """Each file or URL on its own, so Ray can spread them, with the name and source the local
    reader gives it (a file in a folder is named by its path inside the folder); names that
    match nothing stay for the reader to reject."""
    out: list[dict[str, str]] = []
    for spec in map(str, inputs):
        if is_url(spec):
            out.append({"spec": spec, "name": "", "source": ""})
            continue
        for path, name, source in expand(spec):
            out.append({"spec": str(path) if path is not None else spec, "name": name, "source": source})
    return out


def _read(item: dict[str, str]) -> Iterator[RawDocument]:
    """The documents of one listed input, exactly as `ingest.read_inputs` reads them on one machine."""
    if not item["name"]:
        yield from read_inputs([item["spec"]], limits=Limits())
        return
    path = Path(item["spec"])
    if not path.exists():
        yield rejected(item["name"], item["source"], "no such file")
        return
    try:
        yield from read_file(path, item["name"], item["source"], Limits())
    except Exception as e:  # noqa: BLE001 - one reader's bug must not end the batch
        yield rejected(item["name"], item["source"], f"could not read: {type(e).__name__}: {e}")


def _items(batch: dict[str, Any]) -> Iterator[dict[str, str]]:
    for spec, name, source in zip(batch["spec"], batch["name"], batch["source"], strict=True):
        yield {"spec": str(spec), "name": str(name), "source": str(source)}


def _process_batch(batch: dict[str, Any]) -> dict[str, list[bytes]]:
    results: list[bytes] = []
    for item in _items(batch):
        for raw in _read(item):
            results.append(pickle.dumps(process_document(raw)))
    return {"result": results}


class ClusterUnreachable(RuntimeError):
    """The Ray address given cannot be reached; the message says which and why."""


def check_address(address: str | None, timeout: float = 5.0) -> None:
    """Fail fast on a `host:port` (or `ray://host:port`) nobody answers on.

    Ray itself retries an unreachable GCS for minutes, printing warnings, before it gives up.
    """
    m = re.fullmatch(r"(?:ray://)?\[?([^\]/]+?)\]?:(\d+)/?", (address or "").strip())
    if not m:
        return
    try:
        socket.create_connection((m.group(1), int(m.group(2))), timeout=timeout).close()
    except OSError as e:
        raise ClusterUnreachable(f"no Ray cluster answers at {address}: {e.strerror or e}") from e


def _init(address: str | None, num_cpus: int | None) -> Any:
    import ray

    if not ray.is_initialized():
        check_address(address)
        ray.init(address=address, num_cpus=num_cpus if address is None else None,
                 include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    # Results reach the driver in input order, as with the local engines: of two inputs with the
    # same bytes the first listed is stored and the other counted a duplicate, whichever worker
    # finished first (under load a later copy could otherwise win, and the ledger would differ).
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    return ray


def run_ray(inputs: Iterable[str], *, address: str | None = None, batch_size: int = 8,
            num_cpus: int | None = None) -> Iterator[DocumentResult]:
    """Results of every input, processed by Ray Data workers (a local cluster when no address)."""
    ray = _init(address, num_cpus)
    specs = _specs(inputs)
    if not specs:
        return
    ds = ray.data.from_items(specs)
    ds = ds.map_batches(_process_batch, batch_size=batch_size, batch_format="default")
    for row in ds.iter_rows():
        yield pickle.loads(row["result"])


# ---- sharded runs: workers write Parquet, the driver loads the ledger from it -------------------

_SETS: dict[str, Any] = {}  # per worker process: the driver's skip sets, fetched once per run


def _skip_sets(ref: Any) -> tuple[dict[str, str], frozenset[tuple[str, str]]]:
    import ray

    key = ref.hex()
    if key not in _SETS:
        _SETS.clear()
        _SETS[key] = ray.get(ref)
    return _SETS[key]


def _shard_batch(batch: dict[str, Any], *, shards: str, run: str, skip_ref: Any) -> dict[str, list]:
    """Process a batch, write its results as shards, return one small row per input.

    Inputs whose content the ledger already holds (`known`) or that the driver recovered
    from an unfinished run (`recovered`) come back as rows without a file: they are read
    (their hash needs the bytes) but not processed again.
    """
    from newsledger.store.parquet import partition_of, write_shard

    known, recovered = _skip_sets(skip_ref)
    rows: dict[str, list] = {k: [] for k in ("source", "doc", "raw_hash", "status", "file", "pid", "maxrss")}
    results: list[DocumentResult] = []
    outcome: list[tuple[DocumentResult | None, Any, str]] = []
    for item in _items(batch):
        for raw in _read(item):
            if (raw.source, raw.raw_hash) in recovered:
                outcome.append((None, raw, "recovered"))
            elif raw.raw_hash and raw.raw_hash in known and not raw.source < known[raw.raw_hash]:
                outcome.append((None, raw, "known"))  # a copy listed before the stored one is read (ledger.py)
            else:
                result = process_document(raw)
                results.append(result)
                outcome.append((result, raw, result.document.status))
    # the batch's name: the same on a retry of this task, new in every run
    name = f"{run}-" + hashlib.sha1("\n".join(map(str, batch["spec"])).encode()).hexdigest()[:16]
    files = {p.parent.name.removeprefix("date="): str(p) for p in write_shard(shards, results, name)}
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    for result, raw, status in outcome:
        doc = result.document if result is not None else None
        rows["source"].append(raw.source)
        rows["doc"].append(raw.name)
        rows["raw_hash"].append(raw.raw_hash)
        rows["status"].append(status)
        rows["file"].append(files[partition_of(doc)] if doc is not None else "")
        rows["pid"].append(_node_pid())
        rows["maxrss"].append(maxrss)
    return rows


def _node_pid() -> str:
    import os

    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class ShardedRun:
    """What a sharded run did beyond the per-input results: for the summary and the benchmarks."""

    shards: Path
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    recovered: int = 0  # inputs loaded from the shards of an unfinished earlier run
    known: int = 0  # inputs the workers skipped: their content is already in the ledger
    processed: int = 0
    worker_peak: dict[str, int] = field(default_factory=dict)  # worker -> peak RSS in bytes


def _done_marker(shards: Path, run: str) -> Path:
    return shards / "_runs" / f"{run}.done"


def _unfinished_files(shards: Path) -> list[Path]:
    """Shards written by runs that never reached their end (killed driver, lost cluster)."""
    from newsledger.store.parquet import shard_files

    out = []
    for f in shard_files(shards):
        run = f.stem.removeprefix("part-").split("-", 1)[0]
        if not _done_marker(shards, run).exists():
            out.append(f)
    return out


def _ok_hashes(ledger: Ledger) -> dict[str, str]:
    """The content the ledger holds, with the source it is stored under."""
    rows = ledger.db.execute("SELECT raw_hash, source FROM documents WHERE status = 'ok'").fetchall()
    return {r[0]: r[1] for r in rows}


def store_with_ray(ledger: Ledger, run_id: int, inputs: Iterable[str], *, shards: Path,
                   address: str | None = None, num_cpus: int | None = None, batch_size: int = BATCH_SIZE,
                   state: ShardedRun | None = None, writer: BatchWriter) -> Iterator[DocumentResult | None]:
    """Each input once, handed to `writer` (committed a batch at a time): its result, or None
    when the ledger already holds it.

    Shards of unfinished runs are loaded first (their inputs are then not processed again),
    then the workers process what the ledger does not hold, writing shards the driver loads.
    """
    from newsledger.store.parquet import ShardReader

    state = state or ShardedRun(shards=Path(shards))
    shards = state.shards
    shards.mkdir(parents=True, exist_ok=True)
    leftovers = _unfinished_files(shards)
    recovered: set[tuple[str, str]] = set()
    if leftovers:
        with ShardReader(shards) as reader:
            for result in reader.results(files=leftovers):
                d = result.document
                if (d.source, d.raw_hash) in recovered:
                    continue  # a batch written again by a retried task
                recovered.add((d.source, d.raw_hash))
                state.recovered += 1
                writer.add(result)
                yield result
        writer.flush()
    ray = _init(address, num_cpus)
    specs = _specs(inputs)
    if specs:
        skip_ref = ray.put((_ok_hashes(ledger), frozenset(recovered)))
        ds = ray.data.from_items(specs)
        ds = ds.map_batches(_shard_batch, batch_size=batch_size, batch_format="default",
                            fn_kwargs={"shards": str(shards), "run": state.run, "skip_ref": skip_ref})
        loaded: dict[str, dict[tuple[str, str], list[DocumentResult]]] = {}
        with ShardReader(shards) as reader:
            for row in ds.iter_rows():
                state.worker_peak[row["pid"]] = max(state.worker_peak.get(row["pid"], 0), int(row["maxrss"]))
                status = row["status"]
                if status == "recovered":
                    continue  # counted when its shard was loaded above
                if status == "known":
                    state.known += 1
                    writer.seen(row["source"])
                    yield None
                    continue
                file = row["file"]
                if file not in loaded:  # read each shard once; an input named twice is in it twice
                    loaded[file] = {}
                    for r in reader.results(files=[Path(file)]):
                        loaded[file].setdefault((r.document.source, r.document.raw_hash), []).append(r)
                pending = loaded[file][(row["source"], row["raw_hash"])]
                result = pending.pop(0)
                if not pending:
                    del loaded[file][(row["source"], row["raw_hash"])]
                if not loaded[file]:
                    del loaded[file]
                state.processed += 1
                writer.add(result)
                yield result
    writer.flush()  # the shards' results are committed before their runs are marked done
    for run in {state.run} | {f.stem.removeprefix("part-").split("-", 1)[0] for f in leftovers}:
        marker = _done_marker(shards, run)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
