"""Run the per-document function in worker processes on this machine, each document under
a wall-time and memory limit.

A document that runs past its time or memory (`DocLimits.seconds`, `DocLimits.memory_mb`)
cannot be stopped from inside the process that runs it (the time goes into C code: the
parser, lxml, regular expressions), so every document runs in a worker process the runner
can kill. A killed or dead worker rejects its document with the reason, a fresh worker
takes the next one, and the run goes on. `workers=0` runs in this process, without the
time and memory limits (for profiling and debugging).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait

from newsledger.model import Document, DocumentResult, RawDocument
from newsledger.pipeline import (
    DEFAULT_LIMITS,
    DEFAULT_OPTIONS,
    DocLimits,
    Options,
    process_document,
)

# Documents ahead of the oldest unfinished one: enough to keep workers busy, few enough that
# a large run never holds every input (or every result) in memory.
IN_FLIGHT_PER_WORKER = 4
# How often a busy worker's clock and memory are looked at.
POLL_SECONDS = 0.1

READY = "ready"

Process = Callable[[RawDocument, Options, DocLimits], DocumentResult]


def _serve(conn: Connection, fn: Process, options: Options, limits: DocLimits, parent: int,
           inherited: list[Connection]) -> None:
    """A worker's life: load the spaCy model once, then answer one document at a time.

    It dies with the runner (a runner killed with -9 must not leave workers behind): the
    kernel is asked to kill it then, it closes the runner's ends of the pipes it inherited
    (else a dead runner would never look like a closed pipe), and an idle worker checks.
    """
    from newsledger.extract.nlp import get_nlp

    _die_with(parent)
    for other in inherited:
        other.close()

    try:
        get_nlp()
    except Exception:  # noqa: BLE001 - the first document will report the missing model
        pass
    conn.send(READY)  # the clock of the first document starts now, not while the model loads
    while True:
        if not conn.poll(1.0):
            if os.getppid() != parent:  # the runner died (killed): nobody will ask again
                return
            continue
        try:
            raw = conn.recv()
        except EOFError:
            return
        if raw is None:
            return
        conn.send(fn(raw, options, limits))


def _die_with(parent: int) -> None:
    """Have the kernel kill this worker when the runner dies (Linux prctl PR_SET_PDEATHSIG),
    even while it is busy in C code; elsewhere the idle loop's parent check is the fallback."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # died before the request took effect
        os._exit(0)


def _own_mb(pid: int) -> float | None:
    """Memory a process holds for itself, in MB: its private pages (Linux smaps_rollup).

    A forked worker starts out sharing every page of the process that started it (a test
    runner or a web server can be large); those pages are not the document's doing, so
    they do not count against its limit. Resident size (statm) where smaps is missing;
    None where neither can be read.
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            kb = sum(int(line.split()[1]) for line in f if line.startswith((b"Private_Clean", b"Private_Dirty")))
        return kb / 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except (OSError, ValueError, IndexError):
        return None


class _Worker:
    """One worker process and the document it is busy with."""

    def __init__(self, fn: Process, options: Options, limits: DocLimits, others: list[_Worker]) -> None:
        ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
        self.conn, child = ctx.Pipe()
        inherited = [self.conn, *(w.conn for w in others)]
        self.proc = ctx.Process(target=_serve, args=(child, fn, options, limits, os.getpid(), inherited),
                                daemon=True)
        self.proc.start()
        child.close()
        self.job: tuple[int, RawDocument] | None = None
        self.ready = False
        self.started = 0.0
        self.peak_mb = 0.0

    def give(self, seq: int, raw: RawDocument) -> None:
        self.conn.send(raw)
        self.job, self.started, self.peak_mb = (seq, _stub(raw)), time.monotonic(), 0.0

    def clock(self) -> float:
        """Seconds the current document has run (none while the worker still loads the model)."""
        return time.monotonic() - self.started if self.ready else 0.0

    def over_limit(self, limits: DocLimits) -> str | None:
        """Why the current document must be stopped, or None."""
        if self.clock() > limits.seconds:
            return (f"limit: still running after {limits.seconds:g} s (the wall-time limit per document); "
                    "its worker was stopped")
        used = _own_mb(self.proc.pid) if self.proc.pid else None
        if used is not None:
            self.peak_mb = max(self.peak_mb, used)
            if used > limits.memory_mb:
                return (f"limit: used {used:,.0f} MB of memory, over the {limits.memory_mb:,} MB limit per "
                        "document; its worker was stopped")
        return None

    def stop(self) -> None:
        """Kill the process now (it may be stuck in C code) and reap it."""
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def close(self) -> None:
        """Ask an idle worker to exit; kill it if it does not."""
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(2)
        self.stop()


def run_local(raws: Iterable[RawDocument], workers: int = 1, *, options: Options = DEFAULT_OPTIONS,
              limits: DocLimits = DEFAULT_LIMITS, fn: Process = process_document) -> Iterator[DocumentResult]:
    """Results in input order, each document in one of `workers` processes under `limits`.

    `fn` is the per-document function (the pipeline's; a test may pass another). With
    `workers=0` documents run in this process and only the pipeline's own caps apply.
    """
    if workers <= 0:
        for raw in raws:
            yield fn(raw, options, limits)
        return
    if fn is process_document:
        # Load the model here, once: forked workers share its pages instead of each loading its
        # own (a run needs it here anyway, for the timeline), and a restarted worker is ready at once.
        from newsledger.extract.nlp import get_nlp

        try:
            get_nlp()
        except Exception:  # noqa: BLE001 - the documents will report the missing model
            pass
    pool: list[_Worker] = []
    done: dict[int, DocumentResult] = {}
    source = iter(raws)
    next_seq = yielded = 0
    exhausted = False
    try:
        while True:
            # Hand out documents to idle workers, never too far ahead of the oldest unfinished one.
            while not exhausted and next_seq - yielded < max(workers, 1) * IN_FLIGHT_PER_WORKER:
                idle = next((w for w in pool if w.job is None), None)
                if idle is None and len(pool) < workers:
                    idle = _Worker(fn, options, limits, pool)
                    pool.append(idle)
                if idle is None:
                    break
                raw = next(source, None)
                if raw is None:
                    exhausted = True
                    break
                _give(pool, idle, next_seq, raw, fn, options, limits, done)
                next_seq += 1
            while yielded in done:
                yield done.pop(yielded)
                yielded += 1
            busy = [w for w in pool if w.job is not None]
            if not busy:
                if exhausted:
                    return
                continue
            ready = wait([w.conn for w in busy], timeout=POLL_SECONDS)
            for w in busy:
                seq, stub = w.job  # type: ignore[misc]
                if w.conn in ready:
                    try:
                        answer = w.conn.recv()
                        if isinstance(answer, str) and answer == READY:
                            w.ready, w.started = True, time.monotonic()
                            continue
                        done[seq] = answer
                        w.job = None
                        continue
                    except (EOFError, OSError):
                        w.proc.join(1)
                        code = w.proc.exitcode
                        reason = f"limit: its worker process died (exit code {code}; out of memory?)"
                else:
                    reason = w.over_limit(limits)
                    if reason is None:
                        continue
                done[seq] = _rejected(stub, reason)
                w.stop()
                pool.remove(w)
    finally:
        for w in pool:
            if w.job is None:
                w.close()
            else:
                w.stop()


def _give(pool: list[_Worker], worker: _Worker, seq: int, raw: RawDocument, fn: Process, options: Options,
          limits: DocLimits, done: dict[int, DocumentResult]) -> None:
    """Send a document to a worker; one that died while idle is replaced once."""
    try:
        worker.give(seq, raw)
    except (OSError, ValueError):
        worker.stop()
        pool[pool.index(worker)] = fresh = _Worker(fn, options, limits, [w for w in pool if w is not worker])
        try:
            fresh.give(seq, raw)
        except (OSError, ValueError) as exc:
            done[seq] = _rejected(_stub(raw), f"internal error: no worker process would take it ({exc})")
            fresh.job = None


def _stub(raw: RawDocument) -> RawDocument:
    """What a rejection needs to name the input, without keeping its content alive."""
    return RawDocument(name=raw.name, source=raw.source, raw_hash=raw.raw_hash)


def _rejected(stub: RawDocument, reason: str) -> DocumentResult:
    return DocumentResult(document=Document(doc=stub.name, source=stub.source, raw_hash=stub.raw_hash,
                                            status="rejected", reason=reason))
