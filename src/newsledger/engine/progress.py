"""Progress of a run: Rich bars with a rate and an ETA, for the per-document part and for
each cross-document stage.

The per-document bar counts inputs as their results are stored. A cross-document stage is
one call over all the tables, so nothing inside it can be counted; its bar instead moves
with the clock against what the stage cost per item in the previous run on this ledger
(kept in the run's snapshot), scaled to this run's item count. On a ledger's first run the
stage bars show elapsed time only, and their rate once the stage is done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Items per second: the running speed, or the overall rate once the task is done."""

    def render(self, task: Task) -> Text:
        unit = task.fields.get("unit", "items")
        speed = task.finished_speed or task.speed
        if task.finished and task.elapsed:
            speed = task.completed / task.elapsed
        if not speed:
            return Text(f"– {unit}/s", style="progress.data.speed")
        return Text(f"{speed:,.1f} {unit}/s", style="progress.data.speed")


def make_progress(console: Console, disable: bool = False) -> Progress:
    """The bar every long command shows: what, bar, done/total, rate, elapsed, ETA."""
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
        TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
        console=console, transient=False, disable=disable,
    )


class Stages:
    """Times the cross-document stages and shows each one as a bar.

    `previous` is the `timings` of the last run ({stage: {"seconds", "items"}}); `timings`
    is filled for the next one.
    """

    def __init__(self, progress: Progress | None = None, previous: dict[str, Any] | None = None) -> None:
        self.progress = progress
        self.previous = previous if isinstance(previous, dict) else {}
        self.timings: dict[str, dict[str, float]] = {}

    def expected(self, name: str, items: int) -> float | None:
        """Seconds the stage should take for `items`, from the previous run (linear in items)."""
        before = self.previous.get(name)
        if not isinstance(before, dict) or not before.get("items") or before.get("seconds") is None:
            return None
        return float(before["seconds"]) * items / float(before["items"])

    @contextmanager
    def stage(self, name: str, items: int, unit: str = "items") -> Iterator[None]:
        expected = self.expected(name, items)
        task = None
        stop = threading.Event()
        ticker = None
        if self.progress is not None:
            task = self.progress.add_task(name, total=max(items, 1), unit=unit)
            if expected:
                ticker = threading.Thread(target=self._tick, args=(task, items, expected, stop), daemon=True)
                ticker.start()
        start = time.perf_counter()
        try:
            yield
        finally:
            seconds = time.perf_counter() - start
            stop.set()
            if ticker is not None:
                ticker.join()
            self.timings[name] = {"seconds": round(seconds, 4), "items": items}
            if self.progress is not None and task is not None:
                self.progress.update(task, completed=max(items, 1))
                self.progress.stop_task(task)

    def _tick(self, task: Any, items: int, expected: float, stop: threading.Event) -> None:
        start = time.perf_counter()
        while not stop.wait(0.25):
            share = min((time.perf_counter() - start) / expected, 0.99)
            self.progress.update(task, completed=int(items * share))  # type: ignore[union-attr]
