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
from newsledger.clean.flat import clean_text, furniture_reason

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
_TAG = re.compile(r"<[A-Za-z/!?]")
# Pages with more tags than this are not parsed (see count_tags); news pages carry a few thousand.
MAX_TAGS = 100_000


def count_tags(html: str, stop_after: int | None = None) -> int:
    """Tags in a page (opening, closing, comments), counted without parsing it, up to
    `stop_after` + 1: the parsers' time and memory grow with this number, so it is the
    cheap cap to check before handing a page to them."""
    n = 0
    for n, _ in enumerate(_TAG.finditer(html), 1):
        if stop_after is not None and n > stop_after:
            break
    return n


# A precise extraction shorter than this may have caught a notice box instead of the article
# (a reprint notice on a wire-service page): the page is read again without favouring precision.
SHORT_BODY = 400


# Lines at the head of a widened extraction that are checked one by one for furniture: the
# wider read also takes the headline and the tool links above the article.
WIDENED_HEAD = 8


def _extract(html: str, url: str | None) -> tuple[str, bool]:
    """trafilatura's body text ("" when it finds none or fails on broken markup), and whether
    it is the wider second read."""
    try:
        import trafilatura

        text = trafilatura.extract(html, url=url, **TRAFILATURA_SETTINGS) or ""  # type: ignore[arg-type]
        if len(text) < SHORT_BODY:
            wider = trafilatura.extract(html, url=url, **{**TRAFILATURA_SETTINGS, "favor_precision": False}) or ""
            if len(wider) > 3 * max(len(text), 1):
                return wider, True
        return text, False
    except Exception:  # noqa: BLE001 - broken markup must not stop the run
        return "", False


_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
           "article", "header", "footer", "blockquote", "pre", "ul", "ol", "table", "aside",
           "nav", "figure", "figcaption", "dd", "dt"}


def _flatten(html: str) -> str:
    """The page's text, one line per block element, for the fallback path; "" on failure.

    trafilatura's own html2txt joins everything into one line, which leaves the text
    cleaner no line shape to work with; a few lines of lxml keep the block breaks.
    """
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
        for bad in root.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
                el.tail = "\n" + (el.tail or "")
        return root.text_content()
    except Exception:  # noqa: BLE001 - broken markup must not stop the run
        return ""


def _locate(html: str, para: str, start: int) -> int:
    """Where a paragraph stands verbatim in the page source, searching forward; -1 if not."""
    pos = html.find(para, start)
    if pos < 0:
        pos = html.find(para)
    return pos


def clean_html(html: str, url: str | None = None, *, max_tags: int = MAX_TAGS) -> CleanedBody:
    """The article body of an HTML page, with dropped lines and offsets into the page source.

    Offsets exist only for paragraphs that occur verbatim in the source (no entities or
    inline tags inside them); the others map to nothing. A page of more than `max_tags`
    tags gives no body (parsing it would cost minutes and gigabytes). Never raises.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        return CleanedBody("", [], [])
    if count_tags(html, max_tags) > max_tags:
        return CleanedBody("", [("", f"more than {max_tags:,} tags: not parsed")], [])
    text, widened = _extract(html, url)
    if not text.strip():
        # trafilatura found no article: flatten the page and let the text cleaner try.
        flat = _flatten(html)
        if not flat.strip():
            return CleanedBody("", [("", "no article body found in the HTML")], [])
        found = clean_text(flat)
        return CleanedBody(found.body, found.dropped, [])

    lines = [_WS.sub(" ", raw).strip() for raw in text.split("\n")]
    lines = [ln for ln in lines if ln]
    reasons = [furniture_reason(ln) if SECOND_PASS else None for ln in lines]
    # Only the edges: inside the body trafilatura's choice beats a line's shape (measured),
    # but a newsletter box or photo credit hanging off either end is furniture.
    lo, hi = 0, len(lines)
    while lo < hi and reasons[lo]:
        lo += 1
    while hi > lo and reasons[hi - 1]:
        hi -= 1
    keep = [lo <= k < hi and not (widened and k < lo + WIDENED_HEAD and reasons[k]) for k in range(len(lines))]
    kept = [ln for k, ln in enumerate(lines) if keep[k]]
    dropped = [(ln, str(reasons[k])) for k, ln in enumerate(lines) if not keep[k]]

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
