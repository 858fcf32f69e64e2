"""Per-document results as Parquet shards, partitioned by publication date.

On a cluster every worker writes the results of its own batch here, so no worker waits on
the single SQLite writer, and what a worker finished survives a driver that dies. The
driver reads the shards back with DuckDB to load the ledger and to tell which inputs are
already done. Layout (Hive partitions, readable by DuckDB, Spark, pandas):

    SHARDS/date=2025-02-27/part-<batch>.parquet
    SHARDS/date=unknown/part-<batch>.parquet

One row per document; its claims, mentions and events are nested lists in that row, so a
document and everything read from it are written in one file, all or nothing. A file is
written under a temporary name and renamed into place: a reader never sees half of one, and
a batch written twice (a retried task) replaces its own file instead of adding a copy.
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsledger.model import Claim, Document, DocumentResult, Event, Mention

GLOB = "date=*/*.parquet"

_STR, _F64, _BOOL, _I64 = pa.string(), pa.float64(), pa.bool_(), pa.int64()
_SPAN = pa.list_(_I64)
CLAIM = pa.struct([
    ("doc", _STR), ("quote", _STR), ("low", _F64), ("high", _F64), ("bound", _STR), ("unit", _STR),
    ("event", _STR), ("subject", _STR), ("claimant", _STR), ("via", pa.list_(_STR)), ("time", _STR),
    ("hedged", _BOOL), ("negated", _BOOL), ("sentence", _STR), ("span", _SPAN),
    ("claimant_aliases", pa.list_(_STR)), ("derived", _BOOL), ("basis", _STR), ("statement_time", _STR),
    ("kind", _STR), ("sentence_span", _SPAN), ("claimant_as_written", _STR),
])
MENTION = pa.struct([("doc", _STR), ("text", _STR), ("label", _STR), ("role", _STR), ("start", _I64),
                     ("end", _I64)])
EVENT = pa.struct([("doc", _STR), ("when", _STR), ("what", _STR), ("claimant", _STR), ("sentence", _STR),
                   ("span", _SPAN)])
DOCUMENT_FIELDS = [
    ("doc", _STR), ("source", _STR), ("raw_hash", _STR), ("body", _STR), ("title", _STR), ("author", _STR),
    ("outlet", _STR), ("outlet_basis", _STR), ("published", _STR), ("published_basis", _STR),
    ("published_confidence", _F64), ("published_month", _STR), ("dateline", _STR), ("language", _STR),
    ("url", _STR), ("status", _STR), ("reason", _STR), ("note", _STR), ("dropped", pa.list_(_STR)),
    ("head_lines", pa.list_(_STR)),
]
SCHEMA = pa.schema([*DOCUMENT_FIELDS, ("claims", pa.list_(CLAIM)), ("mentions", pa.list_(MENTION)),
                    ("events", pa.list_(EVENT))])

# The schema must say everything the model holds, or a shard would silently drop a field.
assert {f.name for f in fields(Document)} == {n for n, _ in DOCUMENT_FIELDS}
assert {f.name for f in fields(Claim)} == {CLAIM.field(i).name for i in range(CLAIM.num_fields)}


def partition_of(doc: Document) -> str:
    """The date partition of a document: its publication day, else 'unknown'."""
    day = (doc.published or "")[:10]
    return day if len(day) == 10 and day[4] == "-" and day[7] == "-" else "unknown"


def _row(result: DocumentResult) -> dict[str, Any]:
    row = asdict(result.document)
    row["claims"] = [c.to_dict() for c in result.claims]
    row["mentions"] = [asdict(m) for m in result.mentions]
    row["events"] = [{**asdict(e), "span": list(e.span)} for e in result.events]
    return row


def write_shard(root: Path | str, results: Iterable[DocumentResult], name: str | None = None) -> list[Path]:
    """Write results into one file per date partition; returns the files written.

    `name` identifies the batch: the same name writes the same files again (a retried
    task overwrites its own earlier attempt instead of adding a copy of it).
    """
    root = Path(root)
    name = name or uuid.uuid4().hex
    by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in results:
        by_day[partition_of(r.document)].append(_row(r))
    written: list[Path] = []
    for day, rows in sorted(by_day.items()):
        folder = root / f"date={day}"
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"part-{name}.parquet"
        tmp = folder / f".{final.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), tmp, compression="zstd")
        os.replace(tmp, final)
        written.append(final)
    return written


def shard_files(root: Path | str) -> list[Path]:
    """Every complete shard under `root` (temporary files of unfinished writes are not)."""
    root = Path(root)
    return sorted(root.glob(GLOB)) if root.is_dir() else []


class ShardReader:
    """Queries over the shards of one folder, in DuckDB."""

    def __init__(self, root: Path | str) -> None:
        import duckdb

        self.root = Path(root)
        self.con = duckdb.connect()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> ShardReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _scan(self, files: list[Path] | None = None) -> str | None:
        paths = [str(p) for p in (files if files is not None else shard_files(self.root))]
        if not paths:
            return None
        listed = ", ".join("'" + p.replace("'", "''") + "'" for p in paths)
        return f"read_parquet([{listed}], hive_partitioning = true)"

    def keys(self) -> list[tuple[str, str, str]]:
        """(source, raw_hash, status) of every stored document, without reading bodies or claims."""
        scan = self._scan()
        if scan is None:
            return []
        return [tuple(r) for r in self.con.execute(f"SELECT source, raw_hash, status FROM {scan}").fetchall()]

    def results(self, files: list[Path] | None = None, sources: set[str] | None = None) -> Iterator[DocumentResult]:
        """The stored results (of `files`, of `sources` only), as the per-document function returned them."""
        scan = self._scan(files)
        if scan is None:
            return
        sql = f"SELECT * EXCLUDE (date) FROM {scan}"
        if sources is not None:
            if not sources:
                return
            self.con.register("wanted", pa.table({"source": sorted(sources)}))
            sql += " WHERE source IN (SELECT source FROM wanted)"
        reader = self.con.sql(sql).to_arrow_reader(512)
        for batch in reader:
            for row in batch.to_pylist():
                yield result_from_row(row)

    def count(self) -> int:
        scan = self._scan()
        return int(self.con.execute(f"SELECT count(*) FROM {scan}").fetchone()[0]) if scan else 0


def result_from_row(row: dict[str, Any]) -> DocumentResult:
    """A DocumentResult from one shard row (the inverse of what write_shard stores)."""
    claims = [Claim(**{**c, "via": list(c["via"] or []), "claimant_aliases": list(c["claimant_aliases"] or []),
                       "span": tuple(c["span"] or (0, 0)), "sentence_span": tuple(c["sentence_span"] or (0, 0))})
              for c in row.pop("claims") or []]
    mentions = [Mention(**m) for m in row.pop("mentions") or []]
    events = [Event(**{**e, "span": tuple(e["span"] or (0, 0))}) for e in row.pop("events") or []]
    row["dropped"] = list(row.get("dropped") or [])
    row["head_lines"] = list(row.get("head_lines") or [])
    if row.get("published_confidence") is None:
        row["published_confidence"] = 0.0
    return DocumentResult(document=Document(**row), claims=claims, mentions=mentions, events=events)
