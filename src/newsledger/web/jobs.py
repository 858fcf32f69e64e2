"""Reports added from the browser or the API, run through the pipeline in the background.

Uploads are saved under a folder beside the ledger, then one worker thread runs them the way
`newsledger run` does (ingest → per-document pipeline → ledger → cross-document stages), one
job at a time so two runs never write the ledger together. Progress lives in memory and is
polled by the job page and the API.
"""

from __future__ import annotations

import ipaddress
import queue
import re
import secrets
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MAX_FILES = 20
MAX_FILE_BYTES = 20 * 1024 * 1024  # the ingest limit per document
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_URLS = 20
SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".warc", ".gz",
            ".md")
MAX_JOBS_KEPT = 100


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class UploadError(ValueError):
    """An upload refused before it ran: the message says which limit it broke."""


@dataclass
class Job:
    id: str
    inputs: list[str]
    state: str = "queued"
    total: int = 0
    processed: int = 0
    added: int = 0
    skipped: int = 0
    rejected: list[list[str]] = field(default_factory=list)
    claims: int = 0
    message: str = "waiting for the worker"
    created: str = field(default_factory=_now)
    finished: str | None = None
    docs: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("id", "state", "inputs", "total", "processed",
                                              "added", "skipped", "rejected", "claims",
                                              "message", "created", "finished", "docs")}


def safe_name(name: str) -> str:
    """A file name with no folders and nothing a shell or a path could misread."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[^\w.\-]+", "_", base).strip("._") or "upload"
    return base[:120]


def check_url(url: str) -> str:
    """An http(s) URL to a public host; loopback, private and link-local targets are refused,
    so a shared server cannot be used to reach the network behind it."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UploadError(f"not an http(s) URL: {url[:200]}")
    if len(url) > 2000:
        raise UploadError("a URL may be at most 2000 characters")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
        addresses = {info[4][0] for info in infos}
    except (OSError, UnicodeError):
        addresses = set()  # unresolvable: the fetch will fail and be recorded as rejected
    for a in addresses:
        ip = ipaddress.ip_address(a.split("%", 1)[0])
        if not ip.is_global:
            raise UploadError(f"refused: {parts.hostname} is not a public address")
    return url


class Jobs:
    """The queue of jobs for one ledger and the thread that runs them."""

    def __init__(self, db_path: Path, on_done: Any = None) -> None:
        self.db_path = Path(db_path)
        self.folder = self.db_path.parent / (self.db_path.name + ".uploads")
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.on_done = on_done

    def submit(self, files: list[tuple[str, bytes]], urls: list[str]) -> Job:
        """Save the files, check the URLs, queue the job; UploadError when a limit is broken."""
        if not files and not urls:
            raise UploadError("nothing to add: choose files or paste URLs")
        if len(files) > MAX_FILES:
            raise UploadError(f"at most {MAX_FILES} files at a time")
        if len(urls) > MAX_URLS:
            raise UploadError(f"at most {MAX_URLS} URLs at a time")
        total = 0
        for name, data in files:
            if not name.lower().endswith(SUFFIXES):
                raise UploadError(f"{safe_name(name)}: not a report file (allowed: "
                                  f"{', '.join(SUFFIXES)})")
            if len(data) > MAX_FILE_BYTES:
                raise UploadError(f"{safe_name(name)}: larger than {MAX_FILE_BYTES // 2**20} MB")
            total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise UploadError(f"more than {MAX_TOTAL_BYTES // 2**20} MB in one upload")
        checked = [check_url(u) for u in urls]
        job_id = secrets.token_hex(6)
        inputs: list[str] = []
        if files:
            folder = self.folder / job_id
            folder.mkdir(parents=True, exist_ok=True)
            for name, data in files:
                path = folder / safe_name(name)
                k = 2
                while path.exists():
                    path = folder / f"{k}_{safe_name(name)}"
                    k += 1
                path.write_bytes(data)
                inputs.append(str(path))
        inputs += checked
        job = Job(id=job_id, inputs=inputs, total=len(inputs))
        with self._lock:
            self.jobs[job_id] = job
            while len(self.jobs) > MAX_JOBS_KEPT:
                oldest = next(iter(self.jobs))
                if self.jobs[oldest].state in ("queued", "running"):
                    break
                del self.jobs[oldest]
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="newsledger-jobs",
                                                daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def recent(self) -> list[Job]:
        return list(reversed(self.jobs.values()))[:20]

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            try:
                self._run(job)
            except Exception as exc:  # noqa: BLE001 - a failed job is reported, the server stays up
                job.state = "failed"
                job.message = f"the run failed: {type(exc).__name__}: {exc}"
            finally:
                job.finished = _now()
                self._queue.task_done()
                if self.on_done is not None:
                    self.on_done(job)

    def _run(self, job: Job) -> None:
        """What `newsledger run` does, reporting progress on the job as it goes."""
        from newsledger.engine.conclude import conclude
        from newsledger.engine.local import run_local
        from newsledger.ingest import count_inputs, read_inputs
        from newsledger.store.ledger import Ledger

        job.state = "running"
        job.message = "reading reports"
        with Ledger(self.db_path) as ledger:
            run_id = ledger.start_run(job.inputs)
            job.total = max(count_inputs(job.inputs), 1)
            for result in run_local(read_inputs(job.inputs)):
                d = result.document
                doc_id = ledger.add_result(result, run_id)
                if doc_id is None:
                    job.skipped += 1
                elif d.status != "ok":
                    job.rejected.append([d.doc, d.reason or ""])
                else:
                    job.added += 1
                    job.claims += len(result.claims)
                    job.docs.append(d.doc)
                job.processed += 1
                job.message = f"read {job.processed} of {job.total}"
            job.message = "reconciling across reports"
            conclude(ledger, run_id)
            ledger.finish_run(run_id, documents_added=job.added, documents_skipped=job.skipped,
                              rejected=len(job.rejected), claims_added=job.claims)
        from newsledger.web.prepare import prepare

        job.message = "indexing for search"
        prepare(self.db_path)
        job.state = "done"
        job.message = (f"{job.added} report{'s' if job.added != 1 else ''} added, "
                       f"{job.claims} claims, {len(job.rejected)} rejected, "
                       f"{job.skipped} already in the ledger")
