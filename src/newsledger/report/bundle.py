"""The bundle of cross-document results that the report and the web UI read.

One plain dataclass keeps the writers independent of how the results were produced
(in-process run, SQLite ledger read back, or test fixtures built by hand).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsledger.model import (
    Actor,
    ArithmeticCheck,
    Claim,
    Document,
    Fact,
    Story,
    TimelineEntry,
)


@dataclass
class Ledger:
    """Everything one run knows: inputs, claims, facts, stories, actors, timeline, checks."""

    documents: list[Document] = field(default_factory=list)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (name, source, reason)
    claims: list[Claim] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    checks: list[ArithmeticCheck] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)  # kind, description
    title: str | None = None  # heading of the brief; derived from the stories when None
    generated: str | None = None  # when the run finished (ISO), shown in the header
