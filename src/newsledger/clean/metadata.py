"""Document metadata: title, author, outlet, publication date, dateline, language, URL.

Sources are tried from the most to the least explicit (reader hints, HTML metadata, the
byline, the URL, and only then what the text implies), and every answer says which one it
came from, so a guess is never mistaken for a fact. The outlet is reported only where the
page itself names it; otherwise it stays unknown.

Hand-written parts (bylines, publisher-voice frames, datelines, the implied-date rule) cover
flattened scraped text, which the HTML metadata libraries cannot read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from ..model import RawDocument

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MON = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d{2}"
# "February 27, 2025" / "Feb. 27" / "27 February 2025" / "27 Feb" / "2025-02-27"
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MON})\s+(?P<d1>{_DAY})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>{_YEAR})\b)?"
    rf"|(?P<d2>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MON})(?:\s+(?P<y2>{_YEAR}))?\b"
    rf"|(?P<y3>{_YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?:\b|(?=T\d))"
    rf"|(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>{_YEAR})\b"
    rf"|(?<![/\d])(?P<a5>[0-3]?\d)/(?P<b5>[0-3]?\d)/(?P<y5>{_YEAR})\b(?!/))"
)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MON})\s+(?:of\s+)?(?P<y>{_YEAR})\b")
_FUTURE = re.compile(r"\b(will|would|shall|scheduled|due to|plans? to|planned|expected to|next|upcoming|until|by the end of)\b", re.I)
_REPORTING = re.compile(r"\b(said|says|reported|reports|announced|told|stated|claimed|confirmed|wrote|noted)\b", re.I)

_CAP = r"[A-Z][\w&/.\-]*"
_NAME = rf"{_CAP}(?:[ \t]+(?:(?:of|the|and|for|&)[ \t]+)?{_CAP}){{0,5}}"
_XNAME = rf"(?:[Tt]he[ \t]+)?{_NAME}"  # an outlet as written after a preposition
_OPENERS = {"However", "Meanwhile", "But", "And", "So", "Still", "Yet", "Also", "Separately",
            "Earlier", "Later", "Instead", "Now", "Then", "Previously", "Both", "While", "As", "In"}
# Publisher-voice frames: how an outlet speaks of itself. Weighted, because "told X" also
# fits any outlet the story quotes, while "X could not verify" almost only fits the publisher.
# Each frame with the words one of which every match contains: a page without them skips
# the frame's regular expression (a plain substring test is far cheaper than a scan for names).
_OUTLET_FRAMES: tuple[tuple[re.Pattern[str], int, tuple[str, ...]], ...] = (
    (re.compile(rf"(?P<x>{_NAME})\s+(?:could|can|did|was|is|has|have)\s*(?:not|n[’']t|unable to)\s+"
                r"(?:been able to\s+)?(?:immediately\s+)?(?:independently\s+(?:verify|verified|confirm|confirmed)|verify|verified)\b"), 3, ("verif", "confirm")),
    # "could not confirm" is also said of ministries and officials: weak alone
    (re.compile(rf"(?P<x>{_NAME})\s+(?:could|can|did|was|is|has|have)\s*(?:not|n[’']t|unable to)\s+"
                r"(?:been able to\s+)?(?:immediately\s+)?(?:confirm|confirmed|reach|reached)\b"), 1, ("confirm", "reach")),
    (re.compile(rf"(?:©|\(c\)|Copyright)\s*(?:{_YEAR}(?:\s*[-–]\s*{_YEAR})?)?\s*,?\s*(?P<x>{_NAME})"), 3, ("©", "(c)", "Copyright")),
    (re.compile(rf"\b(?:reporter|correspondent|journalist|editor|writer|columnist|producer)\s+(?:for|at|with)\s+(?P<x>{_XNAME})"), 3, ("reporter", "correspondent", "journalist", "editor", "writer", "columnist", "producer")),
    (re.compile(rf"\bis\s+(?P<x>{_XNAME})(?:’s|'s)\s+(?:[\w-]+\s+){{0,2}}(?:reporter|correspondent|journalist|editor|writer|columnist)\b"), 3, ("reporter", "correspondent", "journalist", "editor", "writer", "columnist")),
    (re.compile(rf"\b(?:reports|writes|reporting|writing)\s+(?:on|about)\s+[^.\n]{{1,60}}?\s+for\s+(?P<x>{_XNAME})"), 3, ("report", "writ")),
    (re.compile(rf"\b(?:confirmed|commented|said|spoke|explained)\s+(?:for|to)\s+(?P<x>{_XNAME})"), 1, ("confirmed", "commented", "said", "spoke", "explained")),
    (re.compile(rf"\b(?:interviewed|contacted|reached)\s+by\s+(?P<x>{_XNAME})"), 2, ("interviewed", "contacted", "reached")),
    (re.compile(rf"\b(?:told|speaking to|in an interview with)\s+(?P<x>{_XNAME})"), 1, ("told", "speaking to", "in an interview with")),
    (re.compile(rf"(?P<x>{_NAME})(?:’s|'s)\s+(?:first-ever|own|newsletter|magazine|podcast|journalists|reporters|correspondents?)\b"), 1, ("first-ever", "own", "newsletter", "magazine", "podcast", "journalists", "reporters", "correspondent")),
    (re.compile(rf"\b(?:subscribe to|support|donate to|become a member of)\s+(?P<x>{_XNAME})"), 1, ("subscribe to", "support", "donate to", "become a member of")),
)
_OUTLET_MIN_SCORE = 2
_NOT_OUTLET = {"The", "This", "It", "He", "She", "They", "We", "I", "You", "Officials", "Police"}

_BYLINE = re.compile(rf"^\s*(?:by|words by|written by|story by|reporting by)[:\s]+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)",
                     re.I | re.M)
_BIO = re.compile(rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})[ \t]+is\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:reporter|correspondent|journalist|editor|writer|columnist)\b")
_NAME_STOP = set(MONTHS) | set(_MONTH_ABBR) | {"updated", "published", "posted", "min", "read", "am", "pm",
                                                "monday", "tuesday", "wednesday", "thursday", "friday",
                                                "saturday", "sunday", "and", "staff"}
_BYLINE_LINE = re.compile(r"^\s*(?:by\b|published|updated|posted|date[d:]?\b|last updated)", re.I)
DATELINE = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}))?"
    rf"(?:,\s*{_MON}\.?\s+{_DAY})?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*[—–-]{1,2}\s")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_.]|$)")
_URL_DATE_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")
_FURNITURE = re.compile(r"min read|subscribe|sign up|skip to|read more|news feed|newsletter|cookie|"
                        r"advertis|share this|follow us|log in|pre-order|menu|©|copyright", re.I)
_CREDIT = re.compile(r"\((?:[^()]*/)?[^()]*(?:Images|Photo|AFP|AP|Reuters|EPA|Getty)[^()]*\)\s*$")

CONFIDENCE = {"hint": 0.9, "header": 0.95, "html": 0.85, "byline": 0.85, "url": 0.8}


def _month(token: str) -> int:
    t = token.lower().rstrip(".")
    return MONTHS.get(t) or _MONTH_ABBR.get(t[:4] if t.startswith("sept") else t[:3], 0)


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _date_parts(m: re.Match[str]) -> tuple[int | None, int, int]:
    if m.group("y3"):
        return int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    if m.group("y4"):  # "16.09.2025": day first, as everywhere the dotted form is used
        return int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))
    if m.group("y5"):  # "29/04/2025" day first; "04/29/2025" (US) only when the middle cannot be a month
        a, b = int(m.group("a5")), int(m.group("b5"))
        return (int(m.group("y5")), a, b) if b > 12 else (int(m.group("y5")), b, a)
    if m.group("m1"):
        y = m.group("y1")
        return (int(y) if y else None), _month(m.group("m1")), int(m.group("d1"))
    y = m.group("y2")
    return (int(y) if y else None), _month(m.group("m2")), int(m.group("d2"))


def normalize_date(value: str) -> str | None:
    """An ISO date from a hint such as '2025-02-27T10:42:00+02:00' or 'Thu, 27 Feb 2025'."""
    v = value.strip()
    try:
        return dt.date.fromisoformat(v[:10]).isoformat()
    except ValueError:
        pass
    m = _DATE.search(v)
    if m:
        y, mo, d = _date_parts(m)
        day = _mk(y, mo, d) if y else None
        if day:
            return day.isoformat()
    import dateparser  # slow to import; only for the odd formats the pattern above misses

    parsed = dateparser.parse(v, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


# ---- where the body sits in the page -------------------------------------------------


def _plain(raw: RawDocument) -> str:
    """The page as text: the content itself, or the text of the HTML tree."""
    if raw.kind != "html":
        return raw.content
    try:
        import lxml.html

        tree = lxml.html.fromstring(raw.content)
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        return "\n".join(t.strip() for t in tree.itertext() if t.strip())
    except Exception:  # noqa: BLE001 - broken markup only costs us the text-based fallbacks
        return re.sub(r"<[^>]+>", "\n", raw.content)


def _lead_gap(page: str, head: str, body: str) -> str:
    """The page's lines between the body's first and second paragraphs that the body dropped.

    A long read's standfirst is prose, so the body starts on it and the byline and
    "Published ..." lines under it fall here, not in the head.
    """
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    if len(paras) < 2:
        return ""
    nxt = page.find(paras[1][:60], len(head))
    if nxt < 0:
        return ""
    kept = set(paras)
    return "\n".join(ln for ln in page[len(head):nxt].splitlines() if ln.strip() and ln.strip() not in kept)


def _split(page: str, body: str) -> tuple[str, str]:
    """(text before the body, text after it); the head holds headline and byline."""
    words = body.split()
    start = _loose_find(page, words[:10])
    if start is None:
        return page[:1500], ""
    end = _loose_find(page, words[-10:], start[0])
    return page[:start[0]], page[end[1]:] if end else ""


def _loose_find(page: str, words: list[str], after: int = 0) -> tuple[int, int] | None:
    """Where the words stand in the page, whatever whitespace the cleaner put between them: it
    rejoins paragraphs and lines, and an exact search for its text then finds no body at all."""
    if not words:
        return None
    m = re.compile(r"\s+".join(map(re.escape, words))).search(page, after)
    return m.span() if m else None


# ---- title and author ------------------------------------------------------------------


_LABEL = re.compile(r"^(?:(?:image|photo|picture|video|watch|listen|caption|credits?|font size|updated|published|"
                    r"posted|topics?|tags?|related|trending|most (?:read|popular)|advertisement|share)\b|from\s*:)",
                    re.I)  # "From: the ministry" labels a press release's sender; "From the ashes, …" can head one
_DATE_ONLY = re.compile(rf"^(?:[A-Z][a-z]{{2,8}},?\s+)?(?:\d{{1,2}}\s+{_MON}|{_MON}\.?\s+\d{{1,2}})\b.*\d{{4}}", re.I)
_STOP = frozenset("the a an of to in on at for and or as with by from after before over is are was were be "
                  "its his her their this that says said".split())


def _content_words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _STOP}


def _headline(head: str, body: str = "") -> str | None:
    """The headline line of flattened text.

    Short, capitalised, no final period, near the body, often repeated or followed by a
    byline; above all it is about what the article's opening says, which tells it apart
    from captions, credits, section names and date lines above the body.
    """
    lines = [ln.strip() for ln in head.splitlines()]
    counts = Counter(ln for ln in lines if ln)
    lead = _content_words(body[:600])
    best, best_score = None, 0.0
    for i, ln in enumerate(lines):
        words = ln.split()
        if not (4 <= len(words) <= 30) or ln[-1] in ".:;,*" or not ln[0].isupper() \
                or _FURNITURE.search(ln) or _CREDIT.search(ln) or re.search(r"\s[|>»·]\s", ln):
            continue
        if _BYLINE_LINE.match(ln) or _LABEL.match(ln) or _DATE_ONLY.match(ln):
            continue
        score = 1.0 + (3 if counts[ln] > 1 else 0)
        nxt = next((x for x in lines[i + 1:] if x), "")
        if _BYLINE_LINE.match(nxt):
            score += 3
        score += 0.5 * sum(w[0].isupper() for w in words) / len(words)
        mine = _content_words(ln)
        if lead and mine:
            score += 4 * len(mine & lead) / len(mine)
        if _in_list(lines, i):
            score -= 3  # one item of a "Key points" or menu list, not a headline
        if score > best_score:
            best, best_score = ln, score
    return best


_CAPTION_LABEL = re.compile(r"^(?:image|photo|picture)?\s*(?:caption|credits?)?\s*:\s*", re.I)


def _in_list(lines: list[str], i: int) -> bool:
    """Is line i one of three or more short lines in a row (a list, not a standalone headline)?"""
    lo = i
    while lo > 0 and lines[lo - 1]:
        lo -= 1
    hi = i
    while hi + 1 < len(lines) and lines[hi + 1]:
        hi += 1
    block = lines[lo:hi + 1]
    return len(block) >= 3 and all(len(x.split()) <= 14 for x in block)


def _line_key(line: str) -> str:
    """A line as a reader compares it: any quotation marks, spacing and case alike."""
    return " ".join(re.sub(r"[‘’“”'\"]", "", line).split()).lower()


def head_lines(head: str, body: str, title: str | None, limit: int = 8) -> list[str]:
    """The article's own lines above its body: standfirst, key points, captions.

    A reader counts their figures as the article's (FORMAT: a headline or caption repeat is
    a claim), but only lines that speak of what the body's opening speaks of; menus,
    promotions and teasers of other stories above the headline fail that test.
    """
    from newsledger.clean.flat import furniture_reason

    lead = _content_words(body[:800])
    out: list[str] = []
    headline = _line_key(title or "")
    in_body = _line_key(body)
    for raw_line in head.splitlines():
        ln = _CAPTION_LABEL.sub("", raw_line.strip()) if re.match(r"^(?:image|photo|picture|caption)", raw_line.strip(), re.I) else raw_line.strip()
        if not ln or len(ln.split()) < 4 or ln in out:
            continue
        if headline and (_line_key(ln) == headline or headline.startswith(_line_key(ln))):
            continue  # the headline again, in other quotation marks or without the site's name after it
        if len(ln) >= 40 and _line_key(ln) in in_body:
            continue  # the body's own paragraph, which the page's markup also carries above it
        if _BYLINE_LINE.match(ln) or _DATE_ONLY.match(ln) or _FURNITURE.search(ln) or re.search(r"\s[|>»·]\s", ln):
            continue
        reason = furniture_reason(ln)
        if reason and not any(k in reason for k in ("caption", "credit", "title", "heading")):
            continue
        mine = _content_words(ln)
        shared = mine & lead
        if len(shared) >= 2 and len(shared) >= 0.4 * len(mine):
            out.append(_CREDIT.sub("", ln).strip())
        if len(out) >= limit:
            break
    return out


def _clean_names(text: str) -> str | None:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    names = []
    for part in parts:
        toks = []
        for tok in part.split():
            if tok.lower().rstrip(".,") in _NAME_STOP or any(c.isdigit() for c in tok):
                break
            toks.append(tok)
        if 1 <= len(toks) <= 4:
            names.append(" ".join(toks))
    return " and ".join(names) if names else None


def _author(head: str, tail: str) -> str | None:
    m = _BYLINE.search(head)
    if m:
        got = _clean_names(m.group("names"))
        if got:
            return got
    for region in (tail, head):
        m = _BIO.search(region)
        if m:
            return m.group("name")
    return None


# ---- outlet ------------------------------------------------------------------------------


def _trim_outlet(x: str) -> str | None:
    x = re.split(r"(?<=[a-z])\.\s", x)[0]  # "The Valley Post. All rights reserved": a sentence ends
    toks = x.split()
    if "The" in toks[1:]:
        toks = toks[toks.index("The", 1):]
    while toks and toks[0] in _OPENERS:
        toks = toks[1:]
    while toks and toks[-1].lower() in {"of", "the", "and", "for", "&"}:
        toks = toks[:-1]
    name = " ".join(toks).rstrip(".")
    return name if name and name not in _NOT_OUTLET else None


def _canonical_outlet(name: str, with_the: bool) -> str:
    """'the Kyiv Independent' and 'The Kyiv Independent' are one outlet; acronyms keep no article."""
    core = re.sub(r"^[Tt]he\s+", "", name)
    if with_the or name.startswith(("The ", "the ")):
        return core if core.isupper() else f"The {core}"
    return core


def outlet_from_text(text: str) -> str | None:
    """The outlet a page names in its own voice, or None when no frame names one clearly."""
    scores: Counter[str] = Counter()
    for pattern, weight, needs in _OUTLET_FRAMES:
        if not any(word in text for word in needs):
            continue
        for m in pattern.finditer(text):
            raw = _trim_outlet(m.group("x"))
            if not raw:
                continue
            before = text[max(0, m.start("x") - 4):m.start("x")]
            with_the = before.lower().endswith("the ") or raw.startswith("The ")
            scores[_canonical_outlet(raw, with_the)] += weight
    if not scores:
        return None
    name, score = scores.most_common(1)[0]
    return name if score >= _OUTLET_MIN_SCORE else None


def site_from_url(url: str) -> str | None:
    """The site's host name without 'www.', e.g. 'babel.ua'."""
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#:]+)", url.strip(), re.I)
    if not m:
        return None
    return re.sub(r"^www\d?\.", "", m.group(1).lower())


# ---- dates ------------------------------------------------------------------------------


_BYLINE_CUE = re.compile(r"\b(?:by|min(?:ute)?s? read|reading time|published|updated|posted|source|editor)\b", re.I)
_EDITION = re.compile(r"\b(?:print edition|issue|edition|volume)\b", re.I)


def _byline_date(head: str) -> str | None:
    """A full date on a byline-shaped line (by/published/updated, or little else but a date).

    A line with a byline cue wins over a bare date line; a print-edition date is the
    last resort, since the web article usually went out earlier.
    """
    found: list[tuple[int, str]] = []
    for ln in head.splitlines():
        if ln.isupper():  # "PUBLISHED 5 NOV 2024": months in capitals only on a line in capitals,
            ln = ln.title()  # so a lowercase "may 5" in prose stays a verb
        m = _DATE.search(ln)
        if not m:
            continue
        y, mo, d = _date_parts(m)
        day = _mk(y, mo, d) if y else None
        if not day:
            continue
        rest = _DATE.sub(" ", ln)
        rest = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|\b\d+\s*min(?:ute)?s?\s+read\b|\b(?:UTC|GMT|EST|EDT|CET|KST)\b", " ", rest)
        if _EDITION.search(ln):
            found.append((2, day.isoformat()))
        elif _BYLINE_LINE.match(ln) or _BYLINE_CUE.search(ln):
            found.append((0, day.isoformat()))
        elif len(rest.split()) <= 6:
            found.append((1, day.isoformat()))
    return min(found)[1] if found else None


_URL_LINE = re.compile(r"^\s*(?:url:\s*|source:\s*)?(?P<url>https?://[^\s<>\"]+)\s*$", re.I)


def url_from_head(head: str, lines: int = 5) -> str | None:
    """The page's own address when a flattened page gives it on a line of its own at the top.

    Saved and scraped text often starts with the address it came from; a link further down
    is more likely a teaser, so only the first few non-empty lines count.
    """
    seen = 0
    for ln in head.splitlines():
        if not ln.strip():
            continue
        m = _URL_LINE.match(ln)
        if m:
            return m.group("url")
        seen += 1
        if seen >= lines:
            break
    return None


def date_from_url(url: str) -> str | None:
    for pattern in (_URL_DATE, _URL_DATE_COMPACT):
        m = pattern.search(url)
        if m:
            day = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if day:
                return day.isoformat()
    return None


def implied_date(body: str) -> tuple[str | None, str | None, float]:
    """(latest day the body reports, its month, confidence) when nothing states the date.

    Rule: a report is published on or after the events it recounts, and news style drops the
    year for dates within the last year. So a yearless date is placed in the year of the
    latest date written with a year (the anchor) or the next one, whichever lies nearer the
    anchor, days before the anchor counting 1.5 times (reports mostly move forward from their
    latest dated background: "since August 2024 ... on Feb. 4" is 2025-02-04, "in August ...
    since December 2024" stays 2024). Dates in sentences about the future are ignored, and
    the latest resulting day is the estimate. Confidence is 0.5 when that day is the day something was said or
    reported, else 0.35. With only month-level dates ("in early February"), no day is given
    but the month is, with confidence 0.2.
    """
    explicit: list[dt.date] = []
    for m in _MONTH_YEAR.finditer(body):
        d = _mk(int(m.group("y")), _month(m.group("m")), 1)
        if d:
            explicit.append(d)
    found: list[tuple[int | None, int, int, int]] = []
    for m in _DATE.finditer(body):
        y, mo, d = _date_parts(m)
        found.append((y, mo, d, m.start()))
        full = _mk(y, mo, d) if y else None
        if full:
            explicit.append(full)
    anchor = max(explicit) if explicit else None
    days: list[tuple[dt.date, int]] = []
    for y, mo, d, pos in found:
        if y is None:
            if anchor is None:
                continue
            y = _place(mo, d, anchor)
        day = _mk(y, mo, d)
        if day and not _FUTURE.search(_sentence_at(body, pos)):
            days.append((day, pos))
    if days:
        day, pos = max(days)
        conf = 0.5 if _REPORTING.search(_sentence_at(body, pos)) else 0.35
        return day.isoformat(), day.isoformat()[:7], conf
    months = [m for m in _month_mentions(body, anchor)]
    if months:
        return None, max(months), 0.2
    return None, None, 0.0


def _place(month: int, day: int, anchor: dt.date) -> int:
    """The year of a yearless month-day, per the rule in `implied_date`."""
    day = min(day, 28) if month == 2 else min(day, 30)
    same, after = dt.date(anchor.year, month, day), dt.date(anchor.year + 1, month, day)
    back = (anchor - same).days * 1.5 if same < anchor else 0
    if same >= anchor:
        return anchor.year
    return anchor.year if back < (after - anchor).days else anchor.year + 1


def _month_mentions(body: str, anchor: dt.date | None) -> list[str]:
    out = []
    for m in _MONTH_YEAR.finditer(body):
        out.append(f"{int(m.group('y')):04d}-{_month(m.group('m')):02d}")
    if anchor:
        for m in re.finditer(rf"\b(?:in|since|early|mid-|late|end of|first week of|beginning of)\s*(?P<m>{_MON})\b(?!\s+\d)", body):
            mo = _month(m.group("m"))
            if _FUTURE.search(_sentence_at(body, m.start())):
                continue
            y = _place(mo, 15, anchor)
            out.append(f"{y:04d}-{mo:02d}")
    return out


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    return text[start:end]


def _day_before(day: str, other: str) -> bool:
    try:
        return dt.date.fromisoformat(day) + dt.timedelta(days=1) == dt.date.fromisoformat(other)
    except ValueError:
        return False


def _html_date(html: str) -> str | None:
    try:
        import htmldate

        return htmldate.find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - junk markup: fall back to the text rules
        return None


# ---- dateline and language ----------------------------------------------------------------


def dateline(body: str) -> str | None:
    """'TAIPEI, Taiwan' from 'TAIPEI, Taiwan – ...', 'KYIV' from 'KYIV (Reuters) — ...'."""
    m = DATELINE.match(body)
    if not m:
        return None
    city = m.group("city").strip()
    if len(city) < 3 or not any(c.isalpha() for c in city):
        return None
    region = m.group("region")
    return f"{city}, {region}" if region and not _month(region.split()[0]) else city


def language(body: str) -> str | None:
    from newsledger.clean.language import detect_language

    return detect_language(body)


# ---- the whole record ---------------------------------------------------------------------


def _html_meta(raw: RawDocument) -> dict[str, Any]:
    if raw.kind != "html":
        return {}
    try:
        from trafilatura import extract_metadata

        meta = extract_metadata(raw.content, extensive=False)
        out = meta.as_dict() if meta else {}
    except Exception:  # noqa: BLE001 - broken markup only costs us the HTML-based fields
        out = {}
    out["date"] = _html_date(raw.content)
    return out


EMPTY: dict[str, Any] = {
    "title": None, "author": None, "outlet": None, "outlet_basis": None, "published": None,
    "published_basis": None, "published_confidence": 0.0, "published_month": None,
    "dateline": None, "language": None, "url": None, "head_lines": [],
}


def read_metadata(raw: RawDocument, body: str) -> dict[str, Any]:
    """Metadata of one document; each field says which evidence it came from.

    `raw.content` is the full page (with furniture); `body` the cleaned article text.
    Keys: title, author, outlet, outlet_basis, published (ISO day), published_basis,
    published_confidence, published_month (ISO month, set even when only the month is
    known), dateline, language, url. Never raises: junk gives the empty record.
    """
    try:
        return _read(raw, body or "")
    except Exception as e:  # noqa: BLE001 - metadata is best effort; the body still counts
        return {**EMPTY, "url": (raw.hints or {}).get("url"), "metadata_error": f"{type(e).__name__}: {e}"}


def _read(raw: RawDocument, body: str) -> dict[str, Any]:
    hints = raw.hints or {}
    html = _html_meta(raw)
    page = _plain(raw)
    head, tail = _split(page, body)
    url = hints.get("url") or html.get("url") or url_from_head(head) or None

    title = hints.get("title") or html.get("title") or _headline(head, body)
    author = hints.get("author") or html.get("author") or _author(head, tail)

    outlet, outlet_basis = None, None
    from_text = outlet_from_text(page)
    for value, basis in ((hints.get("outlet"), "hint"), (html.get("sitename"), "html"),
                         (from_text, "text"), (site_from_url(url) if url else None, "url")):
        if value:
            outlet, outlet_basis = value.strip(), basis
            break

    published, basis, confidence, month = None, None, 0.0, None
    shown = _byline_date(head) or _byline_date(_lead_gap(page, head, body))
    from_url = date_from_url(url) if url else None
    from_html = html.get("date")
    if shown and from_html and (shown == from_url or _day_before(shown, from_html)) and from_html != shown:
        # The date the page shows agrees with its own address, or is the day before the markup's:
        # the markup's date came from elsewhere (an image's upload path) or is a UTC stamp past the
        # outlet's local midnight ('2019-11-19T04:50Z' on a page that shows Nov. 18, 11:50 PM ET;
        # an address built from that stamp agrees with it and is no evidence against the page)
        from_html = None
    candidates = (
        (hints.get("published"), hints.get("published_basis") or "hint"),
        (from_html, "html"),
        (shown, "byline"),
        (from_url, "url"),
    )
    for value, b in candidates:
        iso = normalize_date(value) if value else None
        if iso:
            published, basis, confidence = iso, b, CONFIDENCE.get(b, 0.8)
            month = iso[:7]
            break
    if published is None:
        published, month, confidence = implied_date(body)
        basis = "implied" if (published or month) else None

    return {
        "title": title or None,
        "head_lines": head_lines(head, body, title),
        "author": author or None,
        "outlet": outlet,
        "outlet_basis": outlet_basis,
        "published": published,
        "published_basis": basis,
        "published_confidence": confidence,
        "published_month": month,
        "dateline": dateline(body),
        "language": language(body),
        "url": url,
    }
