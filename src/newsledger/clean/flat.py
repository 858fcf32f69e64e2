"""Article body of already-flattened scraped text (no markup left to guide us).

Why hand-written: the libraries that find article bodies (trafilatura, readability, jusText)
read the DOM, or at least paragraph markup; once a page has been flattened to text only the
line layout is left. jusText can be run on lines, but it scores each line alone and keeps
newsletter boxes, teasers of other stories and author bios that are well-formed prose. This
module adds what a reader uses on a flat page:

1. line shape: length, sentence punctuation, share of stop words, headline shape, bullets,
   photo credits, a small vocabulary of generic web furniture ("subscribe", "min read");
2. repetition: furniture repeats within a page, prose does not;
3. position: the body is the densest contiguous run of prose (a maximum-sum segment over
   per-line weights), so menus before the headline and footers after the article fall away;
4. topical coherence: an island of prose (set off by non-prose lines) that shares almost no
   content-word stem with the title and the rest of the segment (a teaser of another story)
   weighs against the segment instead of for it; a readers' comment section ends the body.

Inside the chosen segment, runs of short lines (a "related stories" list) are dropped while
single short lines between paragraphs (subheadings) are kept, so an article that goes on
after an embedded list keeps its continuation.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newsledger.clean.body import CleanedBody
from newsledger.clean.metadata import DATELINE

# --- line shape vocabulary (generic web furniture, not tied to any site) -------------------

_FURNITURE = re.compile(
    r"\b(subscri\w*|newsletters?|sign[ -]?(up|in)|log[ -]?in|register|min(ute)?s? read|"
    r"advertis\w*|sponsored|cookies?|all rights reserved|copyright|share (this|on)|"
    r"follow us|read (more|also|next)|see also|related( (stories|articles|posts|content))?|"
    r"more (news|stories)|most (popular|read|viewed)|trending|recommended|click here|"
    r"comments?|privacy|terms of (use|service)|skip to|edit post|show more|load more|"
    r"view all|back to top|reply|enter your email|e-?mail address|indicates required|donat\w+|"
    r"members?hip|become a member|support us|download (the|our) app|whatsapp|facebook|"
    r"twitter|instagram|linkedin|pinterest|telegram|youtube|rss|print|audio is|listen to|"
    r"next (article|story|post)|previous (article|story|post)|tags?|filed under|"
    r"gallery|caption|close|menu|search|home|contact us|about us|editors?'? picks|"
    r"news feed|latest news|breaking news|watch|video|podcast|you may also like|"
    r"also read|don't miss|top stories|continue reading|reprints?)\b",
    re.IGNORECASE,
)
# A sentence leading into a quotation ("On July 6, Sanders made the following comment:"): prose,
# though it names a comment.
_LEAD_IN = re.compile(r"^[A-Z][^:]*\b(?:made|gave|offered|issued|posted|wrote|said|had)\b[^:]*\b(?:comments?|remarks?|"
                      r"statement|reply|response)\b[^:]*:\s*$")
# Cues strong enough to mark even a long, well-formed line as furniture.
_STRONG = re.compile(
    # (a call to subscribe, not a business's subscriptions or subscribers: "revenue from subscriptions")
    r"\b(subscribe(?! to (?:the|a|an|their|his|her|its)\b)|subscribe[sd]? (?:now|today|here)|subscriber[- ]only|"
    r"subscribers only|already a subscriber|subscription (?:required|needed|options|offers?|plans?)|"
    r"(?:start|get|buy|your|a free|free) (?:digital )?subscription|newsletter|sign up|enter your email|indicates required|all rights reserved|"
    r"cookies?|min(ute)? read|become a member|support (us|our)|"
    # a site's own membership, not a country's ("a Moscow membership bid", "membership of GATT")
    r"(become|get|buy|renew|start|your|our|a free|digital|premium) membership|"
    r"membership (plans?|options|required|benefits|perks|fees?)|"
    # an appeal for money, not a story about donations ("made a $5,000 donation to the PAC")
    r"donate (now|today|here|monthly|once)|(please|you can|click to) donate|make a (one-time |monthly )?donation|"
    r"your (tax-deductible |generous )?(donation|gift)|"
    r"join [\d,.]+k?\+? (readers|subscribers|supporters|members|others|people)|in your inbox|"
    r"support (independent|quality|our|public[- ]interest) [\w ]{0,20}journalism|give (from|today)|"
    r"free to read|for your personal,? non-commercial use|order (presentation-ready copies|reprints))\b"
    r"|^(last )?(updated|published|posted)( at| on)?\b.{0,30}$"
    r"|^(this (article|story) (was )?)?originally (published|appeared) (on|in|at|by)\b.{0,60}$"
    r"|^(see also|read more|read also|also read|related|more on this|recommended|don't miss)\s*[:|>\-–—]"
    r"|^(image|photo|picture|slide|video)\s+\d+\s*(of|/)\s*\d+\b",
    re.IGNORECASE,
)
_CREDIT_WORDS = (
    r"Getty|AFP|Reuters|AP\b|Photo|Image|Credit|Courtesy|Shutterstock|EPA|Xinhua|Anadolu|"
    r"Foto|Bild|Pool|File"
)
_CREDIT_END = re.compile(
    r"\((?:[^()]{0,120}?(?:" + _CREDIT_WORDS + r")[^()]{0,120}|[A-Z][^()/]{1,60}/[^()]{1,80})\)\s*$"
)
_CREDIT_START = re.compile(
    r"^(photo|image|picture|credit|foto|source|illustration)s?\s*(by|:|credit)", re.IGNORECASE
)
_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:is|was|has been|joined)\b.{0,120}?\b"
    r"(reporter|journalist|writer|editor|correspondent|columnist|contributor|author|producer|"
    r"freelancer?|photographer|intern|fellow|staff)\b"
)
_BYLINE = re.compile(r"^(by|written by|words by|reporting by|text:)\s+\S", re.IGNORECASE)
_TIME_ONLY = re.compile(
    r"^[\W\d]*(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)[\W]*$", re.IGNORECASE
)
_STAMP = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    re.IGNORECASE,
)
_COMMENT_HEAD = re.compile(r"^.{1,80}\b(says|said|wrote|writes|replied)\s*:\s*$", re.IGNORECASE)
# Opens a readers' comment section; comments come after the article, so nothing past such a
# line can be the body (when prose stands before it).
_COMMENTS_OPEN = re.compile(
    r"^(\d[\d,.]*\s+(comments?|responses?|replies|reactions)\b.{0,120}|(leave|post|add|write) "
    r"a (reply|comment|response)\b.{0,40}|comments?|(join|start) the (discussion|conversation)\b.{0,40}|"
    r"discussion|reader comments|show comments|view comments)\s*$",
    re.IGNORECASE,
)
_URLISH = re.compile(r"^(https?://|www\.)\S+$|^\S+@\S+\.\w+$")
_BULLET = re.compile(r"^(?:[*•·▪►»◦‣-]|o(?=\s)|\d{1,2}[.)](?=\s))\s+")
_INLINE_BULLETS = re.compile(r"\s[*•·▪]\s")
_WORD = re.compile(r"\w+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
_UNPUNCTUATED_WORDS = 15  # words a line needs to count as a paragraph on a page without full stops
_END_PUNCT = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")

# Weights of the maximum-sum segment, tuned on the article-extraction benchmark (181 pages,
# whole-page sweeps of one knob at a time; see benchmarks/bench_clean.py).
_GOOD_MIN_WORDS = 10
_SHORT_PENALTY = 1.0
_BAD_PENALTY = 8.0
_MIN_COHERENCE = 0.1
_MIN_BODY_WORDS = 40
_SHAPE_CHARS = 5000
_KEEP_LAST_HEADING = True


@dataclass
class _Line:
    """One non-blank line, its position in the original and its shape."""

    idx: int
    start: int  # original offset of `text`
    text: str
    bullet: bool
    words: list[str] = field(default_factory=list)
    stop_ratio: float = 0.0
    ends: bool = False
    rank: int | None = None  # the number of a numbered item ("3. …"), which the bullet took off
    kind: str = "short"  # good | medium | short | bad
    reason: str = ""
    weight: float = 0.0
    stems: frozenset[str] = frozenset()
    data: bool = False  # a sentence that lists places or items with their figures after a colon


# --- language helpers -----------------------------------------------------------------------


@lru_cache(maxsize=32)
def _stopwords(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for a language code; empty when spaCy has none (CJK, unknown)."""
    import importlib

    try:
        mod = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except Exception:  # noqa: BLE001 - any import trouble means "no list"
        return frozenset()
    words = getattr(mod, "STOP_WORDS", set())
    return frozenset(w.lower() for w in words) if len(words) >= 50 else frozenset()


def _language(sample: str) -> str:
    """Language code of the page's longer lines; English when unsure or on any failure."""
    if len(sample) < 40:
        return "en"
    from newsledger.clean.language import detect_language

    return detect_language(sample[:4000]) or "en"


def _stem(word: str) -> str:
    """A crude suffix-stripping stem; coherence only needs "troops" to meet "troop".

    Hand-written because no stemmer is among the dependencies and spaCy lemmas would need
    a full parse of every scraped line, junk included.
    """
    w = word.lower()
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: len(w) - len(suf)] + rep
            break
    return w[:7]


# --- splitting and shape ---------------------------------------------------------------------


_LINE = re.compile(r"[^\S\n]*\S[^\n]*")  # a line with some text (a "blank" line may hold spaces: "\r" became one)
# Words a sentence does not end on: a wrapped line that stops on one runs on below ("since" / "March as …").
_RUN_ON_WORDS = frozenset("""the a an of and or to in on at for with by from as that than since
    was were is are has have had will would its their his her but""".split())
_WRAP_WIDTH = 90  # hard-wrapped copy keeps nine lines in ten at or under this width
_MIN_WRAPPED = 8  # lines of a text before its shape can tell that it is wrapped


def _unwrap(text: str) -> str:
    """Hard-wrapped copy (a wire story cut at some 65 characters a line, often with a blank line
    between lines) has its sentences cut across lines, each of which would read as a short
    paragraph of its own and be dropped as furniture. A break inside a sentence (the line above
    stops on a word no sentence ends on, or the line below starts in lower case) becomes spaces.
    The text keeps its length, so offsets into it stay true."""
    lines = list(_LINE.finditer(text))
    texts = [m.group(0).strip() for m in lines]
    filled = sorted(len(t) for t in texts if len(t) >= 30)
    if len(filled) < _MIN_WRAPPED or filled[(len(filled) * 9) // 10 - 1] > _WRAP_WIDTH:
        return text

    def runs_on(above: str, below: str) -> bool:
        if not above or not below or _END_PUNCT.search(above[-40:]):
            return False
        return below[:1].islower() or below[:1].isdigit() or above.split()[-1].lower() in _RUN_ON_WORDS

    breaks = [k for k in range(len(lines) - 1) if len(texts[k]) >= 30 and runs_on(texts[k], texts[k + 1])]
    if len(breaks) * 3 < len(filled):
        return text  # a few short lines that happen to run on: prose laid out as it should be
    out = list(text)
    for k in breaks:
        for pos in range(lines[k].end(), lines[k + 1].start()):
            out[pos] = " "
    return "".join(out)


def _split(text: str) -> list[_Line]:
    """Non-blank lines with their original offsets; indentation and list bullets removed."""
    out: list[_Line] = []
    pos = 0
    for idx, raw in enumerate(text.split("\n")):
        start = pos
        pos += len(raw) + 1
        stripped = raw.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        body = stripped[lead:]
        if not body:
            continue
        bullet = False
        m = _BULLET.match(body)
        if m and (m.group(0)[0] != "o" or lead > 0):
            bullet = True
            lead += m.end()
            body = body[m.end():]
            if not body.strip():
                body = ""
        if not body:
            out.append(_Line(idx, start + lead, "", True))
            continue
        line = _Line(idx, start + lead, body, bullet)
        if m and m.group(0)[0].isdigit():
            line.rank = int(m.group(0).rstrip().rstrip(".)"))
        out.append(line)
    return out


def _shape(line: _Line, stops: frozenset[str], repeats: dict[str, int], unpunctuated: bool = False) -> None:
    """Classify one line as good / medium / short / bad prose from its own shape (`unpunctuated`: the
    page ends no line with a stop, so a long line counts as ending one)."""
    # Shape is read from the first few thousand characters: a one-line page of megabytes
    # is judged as quickly as a paragraph (the weight is capped anyway).
    t = line.text[:_SHAPE_CHARS]
    words = _WORD.findall(t)
    ends = bool(_END_PUNCT.search(line.text[-40:])) or unpunctuated and len(words) >= _UNPUNCTUATED_WORDS
    line.words = words
    n = len(words)
    if stops:
        line.stop_ratio = sum(w.lower() in stops for w in words) / n if n else 0.0
    line.ends = ends
    line.stems = frozenset(
        _stem(w) for w in _CONTENT_WORD.findall(t) if w.lower() not in stops
    )
    key = " ".join(w.lower() for w in words)
    repeated = repeats.get(key, 0) > 1

    def bad(reason: str) -> None:
        line.kind, line.reason = "bad", reason

    if n == 0:
        return bad("furniture")
    if _URLISH.match(t) or _TIME_ONLY.match(t):
        return bad("furniture")
    if n <= 12 and not line.ends and _STAMP.search(t):
        return bad("timestamp")
    if n <= 12 and _COMMENT_HEAD.match(t):
        return bad("comment")
    if _CREDIT_END.search(t) or _CREDIT_START.match(t):
        return bad("caption")
    if _BIO.match(t) and n <= 120:
        return bad("bio")
    if len(_INLINE_BULLETS.findall(t)) >= 2 and _menu_items(t):
        return bad("list")
    if n < 12 and _FURNITURE.search(t) and not _LEAD_IN.match(t):  # the long alternation: short lines only
        return bad("furniture")
    if n <= 40 and _STRONG.search(t):
        return bad("furniture")
    if repeated and n < 15 and not line.ends:
        return bad("repeated")
    if _BYLINE.match(t) and n <= 12:
        return bad("byline")

    # Prose: enough words, sentence punctuation, and (where a stop list exists) function words.
    chars = len(t)
    cjk = not stops
    long_enough = chars >= 60 if cjk else n >= _GOOD_MIN_WORDS
    # (a wire's lead dense with names, "Westdeutsche Landesbank Girozentrale <WELG.F> said its
    # wholly-owned Luxembourg subsidiary …", has fewer function words; a long line that ends a
    # sentence still reads as prose with fewer)
    # ("Rainfall amounts include: Kakul 31mm, Bannu 8mm, …": a report's data, dense with names)
    line.data = ends and DATA_RUN.search(t) is not None
    prose_ratio = True if cjk else line.stop_ratio >= 0.2 or (n >= 25 and ends and line.stop_ratio >= 0.14) \
        or (ends and bool(DATELINE.match(t))) or line.data  # "SEOUL, April 21 - U.S. Commerce Secretary …": the wire's lead
    if long_enough and prose_ratio and (line.ends or n >= 40):
        line.kind = "good"
    elif (n >= 5 or (cjk and chars >= 20)) and line.ends and not line.bullet and (
            prose_ratio or n >= 12 and line.stop_ratio >= 0.14):
        line.kind = "medium"
    else:
        line.kind = "short"
    if line.bullet and line.kind != "good" and n < 12:
        line.kind = "short"


# After a colon, three or more items each with a figure: "were: Nokundi 46 C, Chilas 45 C, Dalbandin 44 C".
DATA_RUN = re.compile(r":\s*(?:[^,;:\d]{1,40}\d[^,;:]{0,12}[,;]\s*(?:and\s+)?){2,}[^,;:\d]{1,40}\d")


def _menu_items(text: str) -> bool:
    """'Home • News • Sport', 'Talks to resume, minister says * No relief for …': inline bullets
    between words or headlines are a menu; a factbox flattened to one line ('* Cut the top rate
    to 35 percent from 39.6 percent. * …') has whole sentences between its bullets, and is the article."""
    items = [item.strip() for item in _INLINE_BULLETS.split(text)[1:]]
    sentences = [item for item in items if len(_WORD.findall(item)) >= 6 and _END_PUNCT.search(item)]
    return len(sentences) * 2 < len(items)


def _speaker_lead_ins(lines: list[_Line]) -> None:
    """'Minister Ana Ruiz said:' above a paragraph that opens a quotation hands the quotation to
    its speaker (press releases, statements); only a head with no quotation under it is a
    reader's comment ('jdoe says:'). Dropping the lead-in would leave the quotation speakerless."""
    for ln, nxt in itertools.pairwise(lines):
        if ln.reason == "comment" and nxt.kind in ("good", "medium") and nxt.text.lstrip()[:1] in _QUOTE_OPENERS:
            ln.kind, ln.reason = "short", ""


_QUOTE_OPENERS = frozenset('"“‘\'«')


def _weights(lines: list[_Line]) -> None:
    for ln in lines:
        n = len(ln.words)
        if ln.kind == "good":
            ln.weight = float(min(n, 120))
        elif ln.kind == "medium":
            ln.weight = 0.5 * n
        elif ln.kind == "short":
            ln.weight = -_SHORT_PENALTY
        else:
            ln.weight = -(_BAD_PENALTY + min(n, 40) / 4)


def _best_segment(weights: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous segment [i, j] (Kadane); (0, -1) when nothing is positive."""
    best, best_i, best_j = 0.0, 0, -1
    cur, cur_i = 0.0, 0
    for j, w in enumerate(weights):
        if cur <= 0:
            cur, cur_i = w, j
        else:
            cur += w
        if cur > best:
            best, best_i, best_j = cur, cur_i, j
    return best_i, best_j


# --- coherence ------------------------------------------------------------------------------


_LABEL_LINE = re.compile(r"^(?:from|to|source|filed|posted|topics?|tags?|category|section|location)\s*:", re.I)
_NOT_HEADLINE = frozenset({"caption", "byline", "timestamp", "comment", "furniture", "list", "bio"})


def _find_title(lines: list[_Line], i: int) -> _Line | None:
    """The headline: the nearest headline-shaped line above the body start."""
    for k in range(i - 1, max(-1, i - 15), -1):
        ln = lines[k]
        n = len(ln.words)
        if ln.reason in _NOT_HEADLINE or ln.bullet:
            continue  # "Published 2 October 2026", "By Ann Lee | 21 May 2026" sit between headline and body
        if ln.text.count(" | ") >= 2 or _LABEL_LINE.match(ln.text):
            continue  # a menu ("News | Sport | Weather") or a labelled field ("From: the ministry")
        if 4 <= n <= 30 and not _FURNITURE.search(ln.text) and not ln.text.endswith("."):
            return ln
    return None


def furniture_reason(line: str) -> str | None:
    """Why one line on its own is page furniture (caption, bio, newsletter...), else None."""
    text = line.strip()
    if not text:
        return None
    ln = _Line(0, 0, text, False)
    _shape(ln, _stopwords("en"), {})
    return ln.reason if ln.kind == "bad" else None


# --- the cleaner ----------------------------------------------------------------------------


def _junk(text: str) -> str | None:
    """A reason when the text cannot hold an article (empty, binary), else None."""
    if not text or not text.strip():
        return "empty"
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample))
    letters = sum(map(str.isalpha, sample))
    if bad > 0.05 * len(sample) or letters < 0.3 * len(sample.replace(" ", "").replace("\n", "") or "x"):
        return "binary"
    return None


def clean_text(text: str) -> CleanedBody:
    """The article body of flattened scraped text, with dropped lines and offsets.

    Never raises: junk input gives an empty body and one dropped entry naming why.
    """
    try:
        return _clean_text(text)
    except Exception as exc:  # noqa: BLE001 - a cleaner must not lose the run
        return CleanedBody("", [(str(text)[:200] if text else "", f"error: {exc!r}")], [])


def _clean_text(text: str) -> CleanedBody:
    if not isinstance(text, str):
        text = str(text or "")
    junk = _junk(text)
    if junk:
        return CleanedBody("", [(text[:200], junk)] if text.strip() else [], [])
    # Control characters would break line shape; swap them for spaces (offsets stay put).
    text = _CONTROL.sub(" ", text.replace("\r", " "))
    text = _unwrap(text)
    lines = [ln for ln in _split(text) if ln.text]
    if not lines:
        return CleanedBody("", [], [])
    longest = sorted(lines, key=lambda ln: len(ln.text), reverse=True)[:12]
    stops = _stopwords(_language(" ".join(ln.text for ln in longest)))
    if stops and longest:
        # Stop words only help where words are space-delimited like English (not Korean).
        ratios = sorted(
            sum(w.lower() in stops for w in ws) / len(ws)
            for ws in (_WORD.findall(ln.text) for ln in longest[:9]) if ws
        )
        if not ratios or ratios[len(ratios) // 2] < 0.2:
            stops = frozenset()
    coherence_ok = bool(stops)
    repeats: dict[str, int] = {}
    for ln in lines:
        key = " ".join(w.lower() for w in _WORD.findall(ln.text))
        repeats[key] = repeats.get(key, 0) + 1
    long_lines = [ln for ln in lines if len(_WORD.findall(ln.text[:_SHAPE_CHARS])) >= _UNPUNCTUATED_WORDS]
    # A source that stripped every full stop ("… set ablaze 531000 litres of diesel" and nothing after):
    # its long lines are still its paragraphs.
    unpunctuated = len(long_lines) >= 3 and not any(_END_PUNCT.search(ln.text[-40:]) for ln in long_lines)
    for ln in lines:
        _shape(ln, stops, repeats, unpunctuated)
    _speaker_lead_ins(lines)
    _weights(lines)

    # Readers' comments: cut the page at the first comment-section opener after some prose.
    prose_before = 0.0
    for k, ln in enumerate(lines):
        if ln.weight > 0:
            prose_before += ln.weight
        if prose_before >= _MIN_BODY_WORDS and _COMMENTS_OPEN.match(ln.text):
            for rest in lines[k:]:
                rest.weight = min(rest.weight, 0.0) - 1.0
                rest.reason = rest.reason or "comments"
            break

    # Pass 1: densest run of prose by shape alone.
    i, j = _best_segment([ln.weight for ln in lines])
    if j < i:
        return CleanedBody("", [(ln.text, ln.reason or "not prose") for ln in lines], [])
    title = _find_title(lines, i)

    # Pass 2: an island of prose (set apart by non-prose lines) that shares little vocabulary
    # with the rest of the segment is a teaser of another story: it counts against the segment.
    if coherence_ok:
        vocab: Counter[str] = Counter()
        n_good = 0
        for ln in lines[i: j + 1]:
            if ln.kind == "good":
                vocab.update(ln.stems)
                n_good += 1
        if title is not None:
            vocab.update(title.stems)
        for k, ln in enumerate(lines):
            if ln.kind not in ("good", "medium") or len(ln.stems) < 6 or ln.data:
                continue
            if k > 0 and lines[k - 1].kind in ("good", "medium") and i < k <= j:
                continue
            own = 1 if i <= k <= j and ln.kind == "good" else 0
            if n_good - own < 2:
                continue  # too little else on the page to judge topic by
            shared = sum(1 for s in ln.stems if vocab[s] - own > 0)
            if shared / len(ln.stems) < _MIN_COHERENCE:
                ln.weight = -ln.weight * 0.5
                ln.reason = "off-topic"
        i2, j2 = _best_segment([ln.weight for ln in lines])
        if j2 >= i2:
            i, j = i2, j2

    keep = _select(lines, i, j)
    tail = j + 1  # a ranking right after the prose ("Dave's top 10 …" over "1. … (52%)"): the story's results
    while tail < len(lines) and lines[tail].kind == "short":
        tail += 1
    keep.update(_ranked_items(lines, j + 1, tail - 1))
    dropped: list[tuple[str, str]] = []
    for k, ln in enumerate(lines):
        if k in keep:
            continue
        if title is not None and ln.text == title.text:
            reason = "title"
        elif ln.reason:
            reason = ln.reason
        elif k < i:
            reason = "before body"
        elif k > j:
            reason = "after body"
        else:
            reason = "list" if ln.kind == "short" else "not prose"
        dropped.append((ln.text, reason))

    top = next((k for k, ln in enumerate(lines) if ln is title), i - 1)  # below the headline
    captions = [_CREDIT_END.sub("", ln.text).strip() for k, ln in enumerate(lines)
                if top < k <= j and ln.reason == "caption" and len(ln.words) >= 8]

    parts: list[str] = []
    offsets: list[tuple[int, int, int]] = []
    pos = 0
    for k in sorted(keep):
        ln = lines[k]
        if parts:
            pos += 2
        offsets.append((pos, ln.start, len(ln.text)))
        parts.append(ln.text)
        pos += len(ln.text)
    return CleanedBody("\n\n".join(parts), dropped, offsets, [c for c in captions if c])


def _listed_figures(lines: list[_Line], k: int, end: int, keep: set[int]) -> bool:
    """'Other highlights include:' over '- $2.2 billion for schools', '- $1 billion for housing': a
    bulleted list the story leads into with a colon, its items holding figures, is the story's own
    (a menu has no lead-in and no figures)."""
    first = _first_item(lines, k, keep)
    if first is None:
        return False
    items = lines[first : end + 1]
    if len(items) >= 3 and all(LISTED_AMOUNT.search(ln.text) for ln in items):
        return True  # "Here's a list of his gifts so far:" over "Direct Relief-$2,000,000.00" lines: each an amount
    return bool(items) and all(ln.bullet for ln in items) \
        and sum(any(ch.isdigit() for ch in ln.text) for ln in items) * 2 >= len(items)


def _labelled_figures(lines: list[_Line], k: int, end: int, keep: set[int]) -> int | None:
    """'caps based on these estimates:' over 'Magic Kingdom: 45,000 (50%)', 'Epcot: 55,000 (50%)': a
    list of labels and their figures that the story leads into with a colon is the story's own;
    the last line of it, or None (a promotion after it, 'SEE ALSO: …', is not)."""
    first = _first_item(lines, k, keep)
    if first is None:
        return None
    last = first - 1
    while last + 1 <= end and LABELLED_FIGURE.match(lines[last + 1].text):
        last += 1
    return last if last - first >= 1 else None


def _ranked_items(lines: list[_Line], k: int, end: int) -> list[int]:
    """'1. … – Masai Graham (52%)', '2. … – Mark Simmons (37%)': a ranking numbered 1, 2, 3 … whose
    every item ends on its share or score in brackets is the story's results, lead-in or not; its
    lines, or none (a numbered menu or a list of links gives no figure per item)."""
    ranked = [(m, lines[m].rank or 0) for m in range(k, end + 1)
              if lines[m].rank is not None and RANKED_ITEM.search(lines[m].text)]
    if len(ranked) < 3 or [r for _, r in ranked] != list(range(ranked[0][1], ranked[0][1] + len(ranked))) \
            or [m for m, _ in ranked] != list(range(ranked[0][0], ranked[0][0] + len(ranked))):
        return []
    return [m for m, _ in ranked]


# A ranked item with its figure in brackets at the end: "3. … – Olaf Falafel (36%)", "2. Labour (31 seats)"
RANKED_ITEM = re.compile(r"\(\s*[$£€]?\d[\d.,]*\s*(?:%|per\s*cent|percent|votes?|points?|pts|seats?)?\s*\)\s*$", re.I)


def _first_item(lines: list[_Line], k: int, keep: set[int]) -> int | None:
    """The first item of a list a colon leads into: the line after line k when k ends in one, line k
    when the kept line before it does; None when no colon leads into the run."""
    if lines[k].text.rstrip().endswith(":"):
        return k + 1
    return k if k - 1 in keep and lines[k - 1].text.rstrip().endswith(":") else None


# A list item that gives a label its figure: "Epcot: 55,000 (50%) and 82,500 (75%)", "Lahore: 31mm".
LABELLED_FIGURE = re.compile(r"[^:\n]{2,60}:\s*[$£€¥₹]?\s?\d")
# A list item that ends on an amount of money ("Give2SF-$15,000,000.00", "Freedom House: $50,000").
LISTED_AMOUNT = re.compile(r"[-–:=]\s*[$£€¥₹]\s?\d[\d,.]*\s*(?:[mb]n|million|billion|k)?\s*$", re.I)


def _select(lines: list[_Line], i: int, j: int) -> set[int]:
    """Lines kept inside the segment: prose, and short lines that head a paragraph."""
    keep: set[int] = set()
    k = i
    while k <= j:
        ln = lines[k]
        if ln.kind in ("good", "medium"):
            if ln.weight > 0:
                keep.add(k)
            k += 1
            continue
        if ln.kind == "bad":
            k += 1
            continue
        # A run of short lines: one or two before prose are subheadings; more is a list.
        run_end = k
        while run_end + 1 <= j and lines[run_end + 1].kind == "short":
            run_end += 1
        if _listed_figures(lines, k, run_end, keep):
            keep.update(range(k, run_end + 1))
            k = run_end + 1
            continue
        ranked = _ranked_items(lines, k, run_end)
        if ranked:  # (the heading over it stays out, as a list's heading does)
            keep.update(ranked)
            k = run_end + 1
            continue
        labelled = _labelled_figures(lines, k, run_end, keep)
        if labelled:
            keep.update(range(k, labelled + 1))
            k = labelled + 1
            continue
        nxt = run_end + 1
        if nxt <= j and lines[nxt].kind in ("good", "medium"):
            if run_end - k + 1 <= 2:
                keep.update(range(k, run_end + 1))
            elif _KEEP_LAST_HEADING:
                keep.add(run_end)
        k = run_end + 1
    return keep
