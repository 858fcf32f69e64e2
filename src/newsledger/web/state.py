"""What the server knows about its ledger between requests: which version it holds, and the
pages already built for that version.

The server never writes the conclusions, so a page built once is right until a run changes
the file. A run changes the file's size or mtime (or its WAL's), so a stat of two files is
all a cached request costs; when they move, the newest run id is read again and every cached
page is dropped. Pages are built off the event loop, once: concurrent requests for the same
page wait for the first build instead of starting twenty.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from newsledger.web import queries

MAX_ENTRIES = 512
MAX_BYTES = 64 * 1024 * 1024


class LedgerState:
    """One ledger file, its version key and a bounded cache of built pages."""

    def __init__(self, db_path: Path, on_new_version: Callable[[], None] | None = None) -> None:
        self.db_path = Path(db_path)
        self.on_new_version = on_new_version
        self._sig: tuple | None = None
        self._run: int | None = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[Any, Any] = OrderedDict()
        self._sizes: dict[Any, int] = {}
        self._bytes = 0
        self._inflight: dict[Any, asyncio.Future] = {}

    # -- version ------------------------------------------------------------------------
    def _signature(self) -> tuple:
        out = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(str(self.db_path) + suffix)
                out.append((st.st_mtime_ns, st.st_size, st.st_ino))
            except OSError:
                out.append(None)
        return tuple(out)

    def key(self) -> tuple:
        """(newest run id, file signature): changes whenever a run writes the ledger."""
        sig = self._signature()
        if sig != self._sig:
            with self._lock:
                if sig != self._sig:
                    self._run = self._read_run()
                    self._sig = sig
                    self.clear()
            if self.on_new_version is not None:
                self.on_new_version()
        return (self._run, self._sig)

    @property
    def run_id(self) -> int | None:
        self.key()
        return self._run

    def _read_run(self) -> int | None:
        conn = queries.connect(self.db_path)
        if conn is None:
            return None
        try:
            row = conn.execute("SELECT max(id) FROM runs").fetchone()
            return int(row[0]) if row and row[0] is not None else None
        except sqlite3.DatabaseError:
            return None
        finally:
            conn.close()

    def connect(self) -> sqlite3.Connection | None:
        return queries.connect(self.db_path)

    # -- cache --------------------------------------------------------------------------
    def clear(self) -> None:
        self._cache.clear()
        self._sizes.clear()
        self._bytes = 0

    def _put(self, key: Any, value: Any, size: int) -> None:
        if size > MAX_BYTES // 8:
            return
        self._cache[key] = value
        self._sizes[key] = size
        self._bytes += size
        while len(self._cache) > MAX_ENTRIES or self._bytes > MAX_BYTES:
            old, _ = self._cache.popitem(last=False)
            self._bytes -= self._sizes.pop(old, 0)

    async def cached(self, key: Any, build: Callable[[], Any],
                     size: Callable[[Any], int] = lambda v: 1024) -> Any:
        """The value for `key` in this ledger version, built once in a worker thread."""
        full = (self.key(), key)
        if full in self._cache:
            self._cache.move_to_end(full)
            return self._cache[full]
        pending = self._inflight.get(full)
        if pending is not None:
            return await asyncio.shield(pending)
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        self._inflight[full] = fut
        try:
            value = await run_in_threadpool(build)
        except BaseException as exc:
            fut.set_exception(exc)
            fut.exception()  # marked retrieved: waiters re-raise it, nobody logs it twice
            raise
        finally:
            self._inflight.pop(full, None)
        if full[0] == self.key():  # a run landed meanwhile: do not keep a stale page
            self._put(full, value, size(value))
        fut.set_result(value)
        return value

    async def call(self, fn: Callable[[], Any]) -> Any:
        """Blocking work (a write, an upload) off the event loop."""
        return await run_in_threadpool(fn)
