"""Typed responses of the JSON API, so the OpenAPI schema says exactly what each endpoint returns.

Row models are generated from the table declarations in tables.py (one source of truth);
the rest are written out here.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from newsledger.web.tables import BOOL, DATE, INT, JSON, LIST, NUM, TABLES, Table

_TYPES: dict[str, Any] = {
    "text": (str | None, None),
    DATE: (str | None, None),
    NUM: (float | None, None),
    INT: (int | None, None),
    BOOL: (bool | None, None),
    LIST: (list[str], Field(default_factory=list)),
    JSON: (list[Any] | dict[str, Any] | None, None),
}


class Problem(BaseModel):
    """Every error the API gives: what went wrong, in words."""

    detail: str | list[Any]


class FacetValue(BaseModel):
    value: str
    label: str
    count: int
    selected: bool


class Facet(BaseModel):
    column: str
    title: str
    values: list[FacetValue]
    truncated: bool


def _row_model(t: Table) -> type[BaseModel]:
    fields = {c.name: _TYPES[c.kind] for c in t.cols}
    name = t.name.capitalize().rstrip("s") + "Row" if t.name != "stories" else "StoryRow"
    return create_model(name, __config__=ConfigDict(extra="forbid"), **fields)


ROW_MODELS: dict[str, type[BaseModel]] = {name: _row_model(t) for name, t in TABLES.items()}


def _page_model(t: Table) -> type[BaseModel]:
    row = ROW_MODELS[t.name]
    return create_model(
        t.name.capitalize() + "Page",
        table=(Literal[t.name], t.name),  # type: ignore[valid-type]
        total=(int, Field(description="rows matching the filters, over all pages")),
        offset=(int, ...), limit=(int, ...), sort=(str, ...),
        rows=(list[row], ...),  # type: ignore[valid-type]
        facets=(list[Facet], ...),
    )


PAGE_MODELS: dict[str, type[BaseModel]] = {name: _page_model(t) for name, t in TABLES.items()}
ClaimRow = ROW_MODELS["claims"]
ActorRow = ROW_MODELS["actors"]


class StorySummary(BaseModel):
    id: str
    title: str
    docs: int
    duplicates: int
    claims: int
    facts: int
    disputed: int


class DocumentDetail(BaseModel):
    """One input with its cleaned body and the claims read from it."""

    model_config = ConfigDict(extra="ignore")
    id: int
    doc: str
    source: str | None = None
    status: str | None = None
    reason: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    body: str | None = None
    story: str | None = None
    claims: list[ClaimRow]  # type: ignore[valid-type]


class ActorDetail(BaseModel):
    actor: ActorRow  # type: ignore[valid-type]
    claims: list[ClaimRow]  # type: ignore[valid-type]
    facts: list[str]


class SqlResult(BaseModel):
    columns: list[str]
    rows: list[list[str | int | float | None]]
    truncated: bool = Field(description="more rows exist than were returned")
    elapsed_ms: float


class Job(BaseModel):
    """A batch of added reports going through the pipeline in the background."""

    id: str
    state: Literal["queued", "running", "done", "failed"]
    inputs: list[str]
    total: int
    processed: int
    added: int
    skipped: int
    rejected: list[list[str]]
    claims: int
    message: str
    created: str
    finished: str | None = None
    docs: list[str]


class Health(BaseModel):
    ok: bool
    run: int | None
    read_only: bool
    token_required: bool
