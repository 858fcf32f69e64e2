"""Article body of an HTML page: trafilatura first, our flat-text cleaner as a second pass.

trafilatura reads the DOM and beats any text-level heuristic on markup (see
benchmarks/results/clean.md), so it does the extraction. Its settings are explicit here
because its defaults keep comment sections; the ones below scored best on the
article-extraction benchmark. The second pass only removes what trafilatura keeps but a
reader would not count as the article: furniture lines (newsletter boxes, photo credits,
"min read" labels) that the flat cleaner recognises by shape.
"""

from __future__ import annotations

import re

from newsledger.clean.body import CleanedBody
from newsledger.clean.flat import furniture_reason

# Explicit extraction settings (measured on the benchmark; see module docstring).
TRAFILATURA_SETTINGS: dict[str, object] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
    "output_format": "txt",
}
# Run the flat cleaner's per-line furniture filter over trafilatura's output.
SECOND_PASS = True

_WS = re.compile(r"\s+")


def _extract(html: str, url: str | None) -> str:
    """trafilatura's body text, or "" when it finds none or fails on broken markup."""
    try:
        import trafilatura

        return trafilatura.extract(html, url=url, **TRAFILATURA_SETTINGS) or ""  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - broken markup must not stop the run
        return ""


def _locate(html: str, para: str, start: int) -> int:
    """Where a paragraph stands verbatim in the page source, searching forward; -1 if not."""
    pos = html.find(para, start)
    if pos < 0:
        pos = html.find(para)
    return pos


def clean_html(html: str, url: str | None = None) -> CleanedBody:
    """The article body of an HTML page, with dropped lines and offsets into the page source.

    Offsets exist only for paragraphs that occur verbatim in the source (no entities or
    inline tags inside them); the others map to nothing. Never raises.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        return CleanedBody("", [], [])
    text = _extract(html, url)
    if not text.strip():
        return CleanedBody("", [("", "no article body found in the HTML")], [])

    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    for raw in text.split("\n"):
        line = _WS.sub(" ", raw).strip()
        if not line:
            continue
        reason = furniture_reason(line) if SECOND_PASS else None
        if reason:
            dropped.append((line, reason))
        else:
            kept.append(line)

    parts: list[str] = []
    offsets: list[tuple[int, int, int]] = []
    pos = 0
    search_from = 0
    for para in kept:
        if parts:
            pos += 2
        found = _locate(html, para, search_from)
        if found >= 0:
            offsets.append((pos, found, len(para)))
            search_from = found + len(para)
        parts.append(para)
        pos += len(para)
    return CleanedBody("\n\n".join(parts), dropped, offsets)
