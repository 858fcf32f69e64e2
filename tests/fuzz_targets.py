"""Fuzz targets over the per-document stages: bytes in, no escaped exception, well-formed out.

Each target takes raw bytes (what atheris hands a target; the hypothesis tests build the
bytes from fragments of news text) and checks the invariants of one stage's output:
spans inside the text and equal to their quote, low <= high, times that parse as ISO
values, offsets that map the body back to the same characters of the input. Shared by
tests/test_fuzz.py (short, derandomized) and benchmarks/fuzz.py (`make fuzz`, long).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from newsledger.model import RawDocument

LIMITS_BYTES = 2_000_000  # readers' cap in the fuzzers: keeps one case fast, still exercises the cap path
READER_NAMES = ["a.txt", "b.html", "c.jsonl", "d.json", "e.warc", "f.txt.gz", "g", "h.jsonl.gz", "i.htm", "j.warc.gz"]
PUBLISHED = [None, "2025-02-14", "2024-02-29", "2025-12-31", "0001-01-01", "9999-12-31", "2025-02", "junk"]
TIME_CHARS = 4000  # the sentence-level stages see sentences; longer inputs only cost time


def _split(data: bytes) -> tuple[int, str]:
    """A selector byte and the rest as text (invalid UTF-8 replaced, as a reader would)."""
    if not data:
        return 0, ""
    return data[0], data[1:].decode("utf-8", errors="replace")


def _check_raw(doc: object) -> None:
    assert isinstance(doc, RawDocument)
    assert isinstance(doc.name, str) and doc.name
    assert isinstance(doc.source, str)
    if doc.error is not None:
        assert isinstance(doc.error, str) and doc.error.strip()
    else:
        assert isinstance(doc.content, str)
        assert doc.kind in ("text", "html")
        assert doc.raw_hash


def readers(data: bytes) -> None:
    """Every reader on arbitrary bytes: one RawDocument (content or a reason) per record."""
    from newsledger.ingest.dispatch import from_bytes
    from newsledger.ingest.jsonl import stream_json_lines
    from newsledger.ingest.limits import Limits
    from newsledger.ingest.warc import read_warc

    limits = Limits(max_bytes=LIMITS_BYTES, max_archive_bytes=4 * LIMITS_BYTES, max_jsonl_lines=2000,
                    max_warc_records=2000)
    name = READER_NAMES[data[0] % len(READER_NAMES)] if data else "empty.txt"
    payload = data[1:]
    docs = list(from_bytes(payload, name, name, limits))
    assert docs
    for doc in docs:
        _check_raw(doc)
    if name.endswith((".jsonl", ".jsonl.gz")):
        for doc in stream_json_lines(io.BytesIO(payload), name, name, limits):
            _check_raw(doc)
    if name.endswith((".warc", ".warc.gz")):
        for doc in read_warc(io.BytesIO(payload), name, name, limits):
            _check_raw(doc)


def cleaner(data: bytes) -> None:
    """The HTML and text cleaners, with metadata and the language check: a body whose offsets
    point at the same characters of the input, and a reason for every rejection."""
    from newsledger.pipeline import clean_document

    sel, text = _split(data)
    kind = "html" if sel % 2 else "text"
    raw = RawDocument(name="fuzz", source="fuzz", content=text, kind=kind, raw_hash="x")
    doc, cleaned = clean_document(raw)
    assert doc.status in ("ok", "rejected")
    assert doc.status == "ok" or (doc.reason or "").strip()
    if cleaned is None:
        return
    assert doc.body == cleaned.body
    for b, o, n in cleaned.offsets:
        assert 0 <= b and b + n <= len(cleaned.body) and 0 <= o and o + n <= len(text)
        for kept, orig in zip(cleaned.body[b:b + n], text[o:o + n], strict=True):
            # the text cleaner blanks control characters one for one, so positions still map
            assert kept == orig or (kept == " " and (orig in "\r\ufffd\x7f" or ord(orig) < 32)), (kept, orig)
    for line, reason in cleaned.dropped:
        assert isinstance(line, str) and isinstance(reason, str)


def figures(data: bytes) -> None:
    """The figure finder: quotes are the text at their spans, in order, not overlapping."""
    from newsledger.extract.figures import find_figures

    _, text = _split(data)
    text = text[:TIME_CHARS]
    figs = find_figures(text)
    last_end = 0
    for f in figs:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.quote
        assert f.start >= last_end  # sorted, never overlapping
        last_end = f.end
        assert f.high is None or f.low <= f.high
        assert f.bound in ("exact", "approx", "at_least", "at_most", "range")


def _valid_time(value: str) -> None:
    from newsledger.extract.timex import value_bounds

    bounds = value_bounds(value)
    assert bounds is not None, value
    assert bounds[0] <= bounds[1], value


def timex(data: bytes) -> None:
    """The time resolver: spans inside the text, values that parse as ISO days, months or intervals."""
    from newsledger.extract.timex import find_times, resolve_time

    sel, text = _split(data)
    text = text[:TIME_CHARS]
    published = PUBLISHED[sel % len(PUBLISHED)]
    for ref in find_times(text, published):
        assert 0 <= ref.start < ref.end <= len(text)
        assert text[ref.start:ref.end] == ref.text
        _valid_time(ref.value)
    value = resolve_time(text[:200], published)
    if value is not None:
        _valid_time(value)


def pipeline(data: bytes) -> None:
    """The whole per-document function (cleaning, figures, parse, attribution, times, actors,
    events): no stage fails, and every claim, mention and event points inside the body."""
    from newsledger.pipeline import process_document

    sel, text = _split(data)
    kind = "html" if sel % 4 == 1 else "text"
    raw = RawDocument(name="fuzz", source="fuzz", content=text[:TIME_CHARS], kind=kind, raw_hash="x",
                      hints={"published": "2025-02-14"} if sel % 3 else {})
    result = process_document(raw)
    doc = result.document
    assert not (doc.reason or "").startswith("internal error"), doc.reason
    body = doc.body or ""
    for c in result.claims:
        if c.derived:
            continue
        s, e = c.span
        if c.basis in ("headline", "standfirst"):
            continue
        assert 0 <= s < e <= len(body) and body[s:e] == c.quote, (c.span, c.quote)
        ss, se = c.sentence_span
        assert ss <= s and e <= se <= len(body)
        assert c.high is None or c.low <= c.high
        assert c.claimant is None or (isinstance(c.claimant, str) and c.claimant.strip())
        assert all(isinstance(v, str) and v.strip() for v in c.via)
        if c.time:
            _valid_time(c.time)
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(body) and body[m.start:m.end] == m.text
    for ev in result.events:
        _valid_time(ev.when)
        assert 0 <= ev.span[0] < ev.span[1] <= len(body)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "readers": readers, "cleaner": cleaner, "figures": figures, "timex": timex, "pipeline": pipeline,
}


# Pieces of news text, markup and container formats, written for these tests; the
# hypothesis strategies join them with arbitrary characters so that inputs are near misses
# of real reports rather than pure noise.
FRAGMENTS = [
    "The ministry said on Tuesday that ", "according to the agency, ", "officials estimated ",
    "more than 1,200 ", "about 40 ", "between 300 and 500 ", "up to 12,000 troops", "$2.5 billion",
    "3 million people", "two-thirds of ", "a dozen ", "nearly half ", "15%", " were killed", " were sent",
    "last week", "on 3 March", "since early December", "in January 2025", "by the end of the year",
    "two days ago", "Feb. 14", "2024-11-05", "the first quarter", "this spring", "yesterday",
    "\u201cWe could not verify the figure,\u201d he told reporters. ", "citing Yonhap, ", "Reuters reported ",
    "\n\n", "\n", ". ", ", ", " ", "(", ")", "\u00a0", "\u2013", "-",
    "<p>", "</p>", "<div class=\"x\">", "</div>", "<script>var a=1;</script>", "<!-- c -->", "<br>",
    "<html><head><title>T</title><meta charset=\"utf-8\"></head><body>", "</body></html>", "&amp;", "&#x27;",
    "{\"url\": \"https://example.org/a\", \"text\": \"", "\"}\n", "{\"title\": 1}\n", "[", "]",
    "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n", "HTTP/1.1 200 OK\r\n\r\n",
    "\x1f\x8b\x08\x00", "\xef\xbb\xbf", "\x00", "\ufffd",
]


def strategy(name: str):  # noqa: ANN201 - a hypothesis strategy of bytes for target `name`
    """Bytes for a target: a selector byte, then fragments and arbitrary text or bytes."""
    from hypothesis import strategies as st

    piece = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8))
    text = st.lists(piece, max_size=40).map("".join).map(lambda s: s.encode("utf-8", "surrogatepass"))
    body = st.one_of(text, st.binary(max_size=300)) if name == "readers" else text
    return st.tuples(st.integers(0, 255), body).map(lambda t: bytes([t[0]]) + t[1])
