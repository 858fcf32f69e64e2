"""Run ingest and the per-document function on a Ray cluster with Ray Data.

The driver only expands the inputs into a list of files and URLs; reading, cleaning and
extraction all happen in `map_batches` on the workers, so a firehose scales with the
cluster. Results come back as pickled DocumentResults and are stored by the driver, which
keeps the SQLite ledger single-writer.
"""

from __future__ import annotations

import pickle
import re
import socket
from collections.abc import Iterable, Iterator
from typing import Any

from newsledger.ingest import Limits, read_inputs
from newsledger.ingest.files import expand
from newsledger.ingest.web import is_url
from newsledger.model import DocumentResult
from newsledger.pipeline import process_document


def _specs(inputs: Iterable[str]) -> list[str]:
    """Each file or URL on its own, so Ray can spread them; unreadable names stay for the reader to reject."""
    out: list[str] = []
    for spec in inputs:
        if is_url(str(spec)):
            out.append(str(spec))
            continue
        found = [str(path) if path is not None else str(spec) for path, _n, _s in expand(str(spec))]
        out.extend(found or [str(spec)])
    return out


def _process_batch(batch: dict[str, Any]) -> dict[str, list[bytes]]:
    results: list[bytes] = []
    for spec in batch["spec"]:
        for raw in read_inputs([str(spec)], limits=Limits()):
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


def run_ray(inputs: Iterable[str], *, address: str | None = None, batch_size: int = 8,
            num_cpus: int | None = None) -> Iterator[DocumentResult]:
    """Results of every input, processed by Ray Data workers (a local cluster when no address)."""
    import ray

    if not ray.is_initialized():
        check_address(address)
        ray.init(address=address, num_cpus=num_cpus if address is None else None,
                 include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    specs = _specs(inputs)
    if not specs:
        return
    ds = ray.data.from_items([{"spec": s} for s in specs])
    ds = ds.map_batches(_process_batch, batch_size=batch_size, batch_format="default")
    for row in ds.iter_rows():
        yield pickle.loads(row["result"])
