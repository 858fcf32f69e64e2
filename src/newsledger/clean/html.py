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
# ... and so may one up to twice that long when the wider read is over ten times longer: a
# comment-policy box of 411 characters above a 4,700-character story.
SHORTISH_BODY = 800
SHORTISH_RATIO = 10
# ... or over four times longer when the precise read is only the wider one's last paragraphs
# (a 409-character tail of a 3,900-character story whose list the precise read dropped).
TAIL_RATIO = 4
_TAIL_KEY = 80


def _extends(wider: str, text: str) -> bool:
    """Does the wider read run on before the precise one, which is its tail?"""
    key = text.strip()[:_TAIL_KEY]
    at = wider.find(key) if key else -1
    return at > 0 and len(wider) - at <= 2 * len(text)


# Lines at the head of a widened extraction that are checked one by one for furniture: the
# wider read also takes the headline and the tool links above the article.
WIDENED_HEAD = 8


# A link to another story set inside the body: a label, a colon, a headline ("Related: The 15
# Weirdest Galaxies", "READ MORE: Two diagnosed in Beijing"). A reader skips it; its numbers
# belong to other stories.
_LINK_LABEL = re.compile(r"^\(?(?:read more|related(?: stories| articles| coverage)?|more|also read|read also|see also|"
                         r"read next|recommended|most read|editor'?s picks?|photos?|video)\s*:", re.IGNORECASE)
# The same set in brackets at the end of a paragraph: "… of the gusher. (See the world's top 10
# environmental disasters.)"
_TRAILING_TEASER = re.compile(r"\s*\((?:See|Read|Watch|MORE|More|PHOTOS?|Photos?|VIDEO|Video|RELATED|Related)\b"
                              r"[^()]{3,160}\)\s*$")
_BULLET = re.compile(r"^[-\u2022\u25aa*]\s+")
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _headline_item(line: str) -> bool:
    """A bullet holding a headline ('- 11 Fascinating Facts About Our Milky Way Galaxy'): short,
    most of its longer words capitalised, no sentence stop at its end."""
    if not _BULLET.match(line) or len(line) > 100 or "(" in line or line.rstrip().endswith((".", "?", "!", ";", ",")):
        return False  # ("- Wales (Group E): Second appearance" is a row of the story's own list)
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(line.split()) >= 5 and len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _story_links(lines: list[str], keep: list[bool]) -> list[str | None]:
    """Which kept lines are links to other stories: a labelled link anywhere, the headline bullets
    after one, and a run of two or more headline bullets that closes the body."""
    why: list[str | None] = [None] * len(lines)
    after_label = False
    for k, line in enumerate(lines):
        if _LINK_LABEL.match(line):
            why[k], after_label = "link to another story", True
        elif after_label and _headline_item(line):
            why[k] = "link to another story"
        else:
            after_label = False
    last = max((k for k in range(len(lines)) if keep[k]), default=-1)
    while last >= 0 and furniture_reason(lines[last]):
        last -= 1  # "Originally published on …" after the list
    run = last
    while run >= 0 and keep[run] and _headline_item(lines[run]):
        run -= 1
    if last - run >= 2:
        for k in range(run + 1, last + 1):
            why[k] = "list of links to other stories"
    return why


def _label_line(line: str) -> bool:
    """A heading or tab label ('World', 'State & District Details'): a few words, no sentence stop."""
    return len(line.split()) <= 4 and not line.rstrip().endswith((".", "?", "!", ":", ",", ";")) and "|" not in line


def _trailing_widget(lines: list[str], keep: list[bool]) -> list[int]:
    """A data widget closing the body: two or more tab labels, then a table, up to the end ('World /
    India / State & District Details', then a case table). The story's own tables follow prose that
    introduces them; a box of tabs and rows is page furniture."""
    kept = [k for k in range(len(lines)) if keep[k]]
    k = len(kept) - 1
    while k >= 0 and lines[kept[k]].startswith("|"):
        k -= 1
    table = len(kept) - 1 - k
    labels = 0
    while k >= 0 and _label_line(lines[kept[k]]):
        k -= 1
        labels += 1
    return kept[k + 1:] if table >= 2 and labels >= 2 else []


def _extract(html: str, url: str | None) -> tuple[str, bool]:
    """trafilatura's body text ("" when it finds none or fails on broken markup), and whether
    it is the wider second read."""
    try:
        import trafilatura

        text = trafilatura.extract(html, url=url, **TRAFILATURA_SETTINGS) or ""  # type: ignore[arg-type]
        if len(text) < SHORTISH_BODY:
            wider = trafilatura.extract(html, url=url, **{**TRAFILATURA_SETTINGS, "favor_precision": False}) or ""
            ratio = 3 if len(text) < SHORT_BODY else SHORTISH_RATIO
            if _extends(wider, text):
                ratio = min(ratio, TAIL_RATIO)
            if len(wider) > ratio * max(len(text), 1):
                return wider, True
        return text, False
    except Exception:  # noqa: BLE001 - broken markup must not stop the run
        return "", False


# Class words of the element that holds an article's paragraphs ("body__container",
# "article-body", "story-text"): when an ad break splits the body into several such elements,
# trafilatura keeps the first and the later ones are read here.
_BODY_CLASS = re.compile(r"(?i)body|article|story")
_CONTINUATION_KEY = 60  # characters of trafilatura's last paragraph that find it in the page


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


_OTHER_STORY = re.compile(r"(?i)next|related|recommend|more-stories|read-more|up-next|trending")


def _story_of(el):  # noqa: ANN001, ANN202 - lxml elements
    """The <article> an element sits in, or None."""
    return next((a for a in el.iterancestors() if a.tag == "article"), None)


def _split_body_rest(html: str, text: str) -> list[str]:
    """Paragraphs of the later parts of a body an ad break split (same container class as the
    part trafilatura kept, later in the page), not already in `text`; [] when there are none.
    Hand-written: trafilatura keeps one container, and no library stitches them."""
    last = next((_norm(ln) for ln in reversed(text.split("\n")) if len(ln.strip()) >= 40), "")
    if not last:
        return []
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
        key = last[:_CONTINUATION_KEY]
        target = next((p for p in root.iter("p") if _norm(p.text_content()).startswith(key)), None)
        container = target.getparent() if target is not None else None
        while container is not None and not container.get("class"):
            container = container.getparent()
        if container is None or not _BODY_CLASS.search(container.get("class", "")):
            return []
        same = root.xpath("//*[@class=$c]", c=container.get("class"))
        if len(same) < 2 or container not in same:
            return []
        have = {_norm(ln) for ln in text.split("\n")}
        story = _story_of(container)
        order = {el: k for k, el in enumerate(root.iter())}
        headlines = [order[h] for h in root.iter("h1")]
        rest = []
        for part in same[same.index(container) + 1:]:
            if _story_of(part) is not story or any(order[container] < h < order[part] for h in headlines) \
                    or any(_OTHER_STORY.search(f"{a.get('class', '')} {a.get('id', '')}") for a in part.iterancestors()):
                break  # the next story of an endless page: its own <article>, headline or "next" block
            for p in part.iter("p"):
                para = _norm(p.text_content())
                if para and para not in have:
                    rest.append(para)
                    have.add(para)
        return rest
    except Exception:  # noqa: BLE001 - broken markup: keep what trafilatura found
        return []


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
    lines = [ln for ln in lines if ln] + _split_body_rest(html, text)
    reasons = [furniture_reason(ln) if SECOND_PASS else None for ln in lines]
    # Only the edges: inside the body trafilatura's choice beats a line's shape (measured),
    # but a newsletter box or photo credit hanging off either end is furniture.
    lo, hi = 0, len(lines)
    while lo < hi and reasons[lo]:
        lo += 1
    while hi > lo and reasons[hi - 1]:
        hi -= 1
    keep = [lo <= k < hi and not (widened and k < lo + WIDENED_HEAD and reasons[k]) for k in range(len(lines))]
    for k, why in enumerate(_story_links(lines, keep)):
        if why and keep[k]:
            keep[k], reasons[k] = False, why
    for k in _trailing_widget(lines, keep):
        keep[k], reasons[k] = False, "data widget after the story (tab labels and a table)"
    kept = [_TRAILING_TEASER.sub("", ln) if keep[k] and _TRAILING_TEASER.search(ln) and
            _TRAILING_TEASER.sub("", ln).strip() else ln for k, ln in enumerate(lines)]
    kept = [ln for k, ln in enumerate(kept) if keep[k]]
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
