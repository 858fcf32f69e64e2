"""Data objects that flow through the pipeline.

Every stage reads and enriches these; none of them imports anything of ours, so a
stage can run in-process, in a pool, or inside a Ray worker with the same objects.
Plain dataclasses (not pydantic) keep them cheap to create in the hot per-document path
and trivially picklable for process pools and Ray.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Bound = Literal["exact", "approx", "at_least", "at_most", "range"]
Status = Literal["ok", "rejected"]


@dataclass(frozen=True)
class RawDocument:
    """One input as read, before anything is interpreted.

    `content` holds the decoded text (or HTML markup); `kind` says which. A reader that
    cannot make sense of an input still yields a RawDocument with `error` set, so the
    rejection is stored and reported instead of silently dropped.
    """

    name: str  # the input's base name ("003_5dfc.txt", "feed.jsonl#4", "example.com/a")
    source: str  # where it came from: path, URL, "file.jsonl:4", "crawl.warc.gz#12"
    content: str = ""
    kind: Literal["text", "html"] = "text"
    raw_hash: str = ""  # sha256 of the raw bytes, for de-duplication across runs
    hints: dict[str, str] = field(default_factory=dict)  # url, title, published, outlet, author
    error: str | None = None  # set when the input was rejected by the reader


@dataclass
class Document:
    """A cleaned article: the body that claims are read from, plus its metadata."""

    doc: str
    source: str
    raw_hash: str
    body: str = ""
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    outlet_basis: str | None = None  # "text", "url", "hint", or None when unknown
    published: str | None = None  # ISO date
    published_basis: str | None = None  # "header", "byline", "text", "htmldate", "hint", "implied"
    published_confidence: float = 0.0
    published_month: str | None = None  # ISO month, known even when the day is not
    dateline: str | None = None
    language: str | None = None
    url: str | None = None
    status: Status = "ok"
    reason: str | None = None
    note: str | None = None  # a limit a stored document hit ("figures read from the first ... characters")
    dropped: list[str] = field(default_factory=list)  # furniture lines removed by the cleaner
    head_lines: list[str] = field(default_factory=list)  # standfirst, key points, captions above the body

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Figure:
    """A number as written in a sentence, normalised, before anyone is attributed to it."""

    start: int  # offsets in the text given to the parser
    end: int
    quote: str
    low: float
    high: float | None = None
    bound: Bound = "exact"
    unit: str | None = None  # unit carried by the figure itself: percent, dollar, square kilometer
    kind: str = "count"  # count | money | percent | fraction | measure | multiplier | rate
    vague: bool = False


@dataclass
class TimeRef:
    """A resolved time expression: an ISO date, month, or interval 'start/end'."""

    value: str
    start: int
    end: int
    text: str


@dataclass
class Claim:
    """A figure claim: the unit of the ledger (fields as in the gold JSONL)."""

    doc: str
    quote: str
    low: float
    high: float | None
    bound: Bound
    unit: str | None
    event: str | None
    subject: str | None
    claimant: str | None
    via: list[str]
    time: str | None
    hedged: bool
    negated: bool
    sentence: str
    span: tuple[int, int]  # offsets of `quote` in the document body
    claimant_aliases: list[str] = field(default_factory=list)
    derived: bool = False
    basis: str | None = None  # for derived claims: how the value was computed
    statement_time: str | None = None  # when the claimant said it, if the text says
    kind: str = "count"
    sentence_span: tuple[int, int] = (0, 0)
    claimant_as_written: str | None = None  # the report's spelling, where `claimant` is the actor's name

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        d["sentence_span"] = list(self.sentence_span)
        return d


@dataclass
class Mention:
    """A named actor as written in a document (claimant, intermediary or entity)."""

    doc: str
    text: str
    label: str  # PERSON, ORG, GPE, NORP, MEDIA
    role: str  # claimant | via | entity
    start: int
    end: int


@dataclass
class Event:
    """A dated happening stated by a report: a timeline candidate."""

    doc: str
    when: str
    what: str
    claimant: str | None
    sentence: str
    span: tuple[int, int]


@dataclass
class DocumentResult:
    """Everything the per-document function learns from one input."""

    document: Document
    claims: list[Claim] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


# ---- across documents -------------------------------------------------------------


@dataclass
class Actor:
    """One real-world claimant or source, however the reports spell it."""

    canonical: str
    type: str  # person | agency | government | outlet | military | organisation | group
    aliases: list[str] = field(default_factory=list)  # as written in the reports
    role: str | None = None  # claimant, intermediary, or both; with a short note
    docs: list[str] = field(default_factory=list)


@dataclass
class Story:
    """Documents about one developing story; `duplicates` pairs a copy with its original."""

    id: str
    title: str
    docs: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc, copy_of_doc)


@dataclass
class Fact:
    """Claims that measure the same thing, with their agreement and provenance."""

    id: str
    unit: str | None
    event: str | None
    subject: str | None
    status: str  # consistent | conflicting | superseded | single-source
    low: float | None
    high: float | None
    independent_sources: int
    reports: int
    claims: list[Claim] = field(default_factory=list)
    label: str = ""  # a short human heading, e.g. "troops sent"
    story: str | None = None
    latest: list[dict[str, Any]] = field(default_factory=list)  # per claimant: value, time, doc
    routes: list[dict[str, Any]] = field(default_factory=list)  # claimant -> via -> outlet/doc
    notes: list[str] = field(default_factory=list)  # why conflicting / superseded


@dataclass
class ArithmeticCheck:
    """A relation the text states between figures, and whether the numbers fit it."""

    kind: str  # parts_total | fraction_of | share_of | rate_over_period
    description: str
    expected: float | None
    observed: float | None
    fits: bool
    claims: list[str] = field(default_factory=list)  # "doc:start-end" of the claims involved


@dataclass
class TimelineEntry:
    """A dated event merged across reports."""

    when: str
    what: str
    claimant: str | None
    docs: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)  # doc, sentence, span
    story: str | None = None
