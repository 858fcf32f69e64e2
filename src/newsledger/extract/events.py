"""Dated events per document: sentences that say something happened at a resolvable time.

A time expression alone does not make an event; it has to attach to a happening. The
dependency parse tells us what the time modifies: we climb from the time's head to the
first verb (or event noun such as "estimate", "incursion", "election") and describe the
event by that word's clause, trimmed of the time itself and of side clauses that carry a
different dated event. Only sentences holding a time are parsed, so long bodies stay cheap.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import timedelta

from spacy.tokens import Doc, Token

from newsledger.extract.figures import find_figures
from newsledger.extract.lexicon import REPORT_NOUNS
from newsledger.extract.nlp import get_nlp
from newsledger.extract.sentences import Sentence, split_sentences
from newsledger.extract.timex import PART_DAYS, find_times, onset, value_bounds
from newsledger.model import Event, TimeRef

log = logging.getLogger(__name__)

# Nouns that name a happening a date can attach to ("a Jan. 13 estimate", "the March 5 election").
EVENT_NOUNS = frozenset(
    """attack offensive incursion invasion assault strike raid bombing shelling explosion blast
    earthquake quake flood fire wildfire storm hurricane outbreak crash collapse
    election vote referendum poll ballot meeting summit talks visit interview briefing
    announcement statement report estimate assessment survey census decision ruling verdict
    agreement deal ceasefire truce deployment withdrawal arrival departure launch release
    protest rally march strike demonstration parade ceremony concert speech hearing trial
    arrest capture surrender resignation appointment budget""".split()
) | REPORT_NOUNS
# Side clauses that may hold a different event; dropped from the description when they do.
SIDE_DEPS = frozenset({"advcl", "parataxis", "conj", "relcl", "acl", "xcomp", "ccomp", "npadvmod", "prep"})
MAX_WHAT_TOKENS = 40
MAX_NAME_TOKENS = 8
# Verbs of saying: their subject is a claimant and their complement is what was said. A narrower
# set than the lexicon's REPORT_VERBS, which also holds "show", "find", "put" for figures.
SAY_VERBS = frozenset(
    """say tell report claim announce confirm state write estimate add note warn believe assess reveal
    disclose declare insist deny predict""".split()
)
VERB_POS = frozenset({"VERB"})
# A date on "published/released/aired" dates the medium; the event is the verb above it
# ("Budanov said in an interview published on Feb. 4": Budanov said, on Feb. 4).
MEDIA_VERBS = frozenset("publish release air broadcast post print issue".split())
# "After X reported on Jan. 30, Y confirmed ...": Y's statement falls between that date and the report's.
AFTER_MARKS = frozenset({"after", "following", "once"})
# Sentences without a time of their own that refer back to the previous dated one.
ANAPHORIC_TIME = re.compile(r"\bat\s+(?:the|that)\s+time\b|^\W*(?:initially|at\s+first)\b", re.I)
# "troops still control 400 km²": a present state with a figure holds as of the report's date.
STILL = re.compile(r"\bstill\b", re.I)
ONWARD = re.compile(r"\s*(?:on(?:wards?)?|and after)\b", re.I)
FUTURE_WORDS = frozenset("will wo 'll shall would going plan plans planned expect expects expected next".split())
# "the end of January" is its last day for a figure held then (cash on hand at the end of June),
# but a happening "at the end of January" took place in its last days: its last third, as "late January".
END_OF = re.compile(r"\bend\s+of\b", re.I)


def _anchor(sent: Doc, ref: TimeRef) -> Token | None:
    """The verb or event noun a time expression modifies, or None when it modifies nothing useful."""
    span = sent.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    seen = 0
    verbs_only = False  # above a media verb, the next verb is the event, not the medium's noun
    while tok.head is not tok and seen < 40:
        tok = tok.head
        seen += 1
        if tok.i >= span.start and tok.i < span.end:
            continue
        if tok.lower_ == "according":  # "According to X in early February, N were fighting"
            root = tok.sent.root
            return root if root.pos_ in ("VERB", "AUX") else None
        if tok.pos_ in VERB_POS or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
            if tok.lemma_.lower() in MEDIA_VERBS and tok.dep_ in ("acl", "relcl"):
                verbs_only = True
                continue
            if _under_plain_noun(tok):
                continue
            return tok
        if (not verbs_only and tok.pos_ == "NOUN" and tok.lemma_.lower() in EVENT_NOUNS
                and not _after_according(tok)):
            return tok
    return None  # a fragment (byline, caption credit) with no verb states no happening


def _after_according(tok: Token) -> bool:
    """The noun is the source in "according to information from X": not the event."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _under_plain_noun(tok: Token) -> bool:
    """A gerund that only fills out a noun ("any sign of participating"): the clause above is the event."""
    prep = tok.head
    return (tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep"
            and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lemma_.lower() not in EVENT_NOUNS)


def _time_tokens(sent: Doc, ref: TimeRef) -> set[int]:
    """Indices of the time expression and of a preposition that only introduces it."""
    span = sent.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return set()
    root = span.root
    if (root.head.pos_ in ("NOUN", "PROPN") and root.i < root.head.i and root.head.i >= span.end
            and root.dep_ in ("compound", "nmod", "amod", "nummod")):
        return set()  # "a Jan. 13 estimate": without its date the noun phrase would not read
    out = {t.i for t in span}
    out |= {c.i for t in span for c in t.children if c.dep_ == "case"}  # "Sunday's quake": drop the 's too
    head = span.root.head
    after = sent[span.end] if span.end < len(sent) else None
    if after is not None and after.lower_ in ("onward", "onwards"):
        out.add(after.i)  # "from early December onward"
    if head.dep_ == "prep" and head.i not in out and all(c.i in out for c in head.children):
        out.add(head.i)
    return out


def _describe(anchor: Token, drop: set[int], other_anchors: set[int]) -> str:
    """The anchor's clause, minus the time and minus side clauses that carry another event."""
    root = anchor
    saying = _is_saying_clause(anchor)
    if saying:
        root = anchor.sent.root  # "X happened, the agency said on Monday": what was said is the main clause
    elif anchor.dep_ in ("acl", "relcl") and anchor.head.pos_ in ("NOUN", "PROPN", "NUM"):
        root = anchor.head  # "an incursion launched in August": keep the noun the clause describes
    keep: set[int] = {t.i for t in root.subtree}
    if (anchor.lemma_.lower() in SAY_VERBS and anchor.sent.start > 0 and root.sent == anchor.sent
            and anchor.doc[0].text in ("“", '"')):
        keep |= set(range(anchor.sent.start))  # a quotation of several sentences, then its speaker
    path = {t.i for t in anchor.ancestors} | {anchor.i}
    for node in (root, anchor):
        complements = [c for c in node.children if c.dep_ == "ccomp"]
        for child in node.children:
            if child.i in path:
                continue
            sub = {t.i for t in child.subtree}
            if (node is root and root is not anchor and not saying and root.pos_ in ("NOUN", "PROPN", "NUM")
                    and child.dep_ in ("acl", "relcl", "prep")):
                keep -= sub  # for "noun + clause", keep only the noun phrase and the clause
            elif child.lower_ == "according":
                keep -= sub  # the source is the claimant, not part of what happened
            elif child.dep_ in SIDE_DEPS and sub & other_anchors:
                if not (node.lemma_.lower() in SAY_VERBS and child.dep_ == "ccomp"):
                    keep -= sub
            elif child.dep_ in ("ccomp", "conj", "parataxis") and len(complements) > 1 and _is_report(child):
                keep -= sub  # "X reported that A, Y confirmed that B": Y's statement is another event
            elif child.dep_ in ("acl", "relcl") and not (sub - drop - {child.i}) and sub & drop:
                keep -= sub  # "an interview published" once its date is gone says nothing
    marks = [c for c in root.children if c.dep_ == "mark" and c.i < root.i]
    if marks:  # "reported, citing sources, that the North sent": the clause starts at its "that"
        keep = {i for i in keep if i >= marks[0].i}
    keep -= drop
    toks = [t for t in anchor.doc if t.i in keep]
    while toks and (toks[0].is_punct or toks[0].dep_ in ("mark", "cc") or toks[0].lower_ in ("that", "and")):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "prep", "mark", "agent")):
        toks.pop()
    if len(toks) > MAX_WHAT_TOKENS:
        toks = toks[:MAX_WHAT_TOKENS]
    text = _join(toks)
    subject = _borrowed_subject(anchor) if toks and toks[0].i == anchor.i else None
    if subject:
        text = f"{subject} {text}"
    text = text.strip(" ,;:–—-\"“”'")
    if text.count("”") and not text.count("“"):
        text = text.replace("”", "")  # the opening quotation mark was trimmed away
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text or anchor.text


RELATIVES = frozenset("who whom whose which that".split())
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _readable(anchor: Token, drop: set[int], others: set[int]) -> str | None:
    """A description that reads as a clause (who did what), or None.

    The anchor's clause first; if that is a fragment ("injured by", "a cross-border raid",
    "who walked out"), the same with its time kept ("The dam, built in 1968"); then the
    nearest clause above it that reads. None when that clause is another event of the
    sentence: the fragment adds nothing to it."""
    text = _describe(anchor, drop, others)
    if not _fragment(anchor, text):
        return text
    kept = _describe(anchor, set(), others)
    if not _fragment(anchor, kept):
        return kept
    for up in anchor.ancestors:
        if up.pos_ not in ("VERB", "AUX"):
            continue
        if up.i in others:
            return None
        text = _describe(up, drop, others)
        if not _fragment(up, text):
            return text
    return None


def _fragment(anchor: Token, text: str) -> bool:
    """Not a clause a reader can take alone: too short, no verb, or no subject it names."""
    words = text.split()
    if len(words) < 3:
        return True
    low = {w.strip(",.;:").lower() for w in words}
    if anchor.pos_ in ("NOUN", "PROPN", "NUM"):
        return not any(t.pos_ in ("VERB", "AUX") and t.lower_ in low for t in anchor.subtree)
    if anchor.dep_ in ("acl", "relcl") and anchor.head.lower_ in low:
        return len(words) < 4  # "an incursion launched": the noun is its subject
    # the subject, or one the parse hung on a clause before the verb ("X citing Y, reported")
    subjects = [c for c in anchor.children if c.dep_ in SUBJECT_DEPS] or [
        t for c in anchor.children if c.i < anchor.i for t in c.children if t.dep_ in SUBJECT_DEPS and t.i < c.i]
    if not subjects:
        return _borrowed_subject(anchor) is None or len(words) < 4
    sub = {t.lower_ for t in subjects[0].subtree}
    if sub & RELATIVES and not low & {anchor.head.lower_}:
        return True  # "11 of whom were rescued": whom?
    return subjects[0].pos_ == "PRON" and len(words) < 5  # "it broke out"


def _join(toks: list[Token]) -> str:
    """Tokens as text; where a time was cut out, no doubled comma and no comma before "that"."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        gap = bool(out) and t.i != out[-1].i + 1
        if t.text == "," and out and (out[-1].text == "," or (gap and k + 1 < len(toks)
                                                              and toks[k + 1].lower_ == "that")):
            continue
        if gap and out and out[-1].text == "," and t.is_punct:
            out.pop()
        out.append(t)
    text = "".join(t.text_with_ws if k + 1 < len(out) and out[k + 1].i == t.i + 1 else t.text + " "
                   for k, t in enumerate(out)).strip()
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s+", " ", text))


def _is_report(tok: Token) -> bool:
    """A clause that is a statement of its own: a verb of saying with a named subject."""
    return tok.lemma_.lower() in SAY_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in tok.children)


def _borrowed_subject(anchor: Token) -> str | None:
    """The subject a bare gerund shares with the participle before it ("forces withdrawing …,
    before returning to combat": the forces return)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return None
    if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB":  # "was arrested on Monday and released on Friday"
        subj = [c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        return _noun_phrase(subj[0]) if subj else None
    if anchor.tag_ != "VBG" or anchor.dep_ not in ("pcomp", "advcl", "xcomp"):
        return None
    for tok in reversed(anchor.doc[anchor.sent.start:anchor.i]):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        if tok.pos_ == "VERB" and subj:
            return _noun_phrase(subj[0])
    return None


def _is_saying_clause(anchor: Token) -> bool:
    """A verb of saying that the parse hung below the clause it reports ("..., the agency said")."""
    return (anchor.lemma_.lower() in SAY_VERBS and anchor.dep_ in ("acl", "relcl", "parataxis", "ccomp", "advcl", "conj")
            and not any(c.dep_ in ("mark", "ccomp") for c in anchor.children))  # "After X reported that …" is its own


def _noun_phrase(tok: Token) -> str | None:
    """A claimant's name from its head: the subtree up to the first comma, bracket or clause."""
    if tok.pos_ == "NOUN":  # "the American newspaper The New York Times": the name is the apposition
        names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if names:
            tok = names[0]
    words: list[Token] = []
    for t in tok.subtree:
        if t is not tok and (t.dep_ in ("relcl", "acl", "appos") or t.text in (",", "(", ";", "–", "—")):
            if t.i > tok.i:
                break
            words = []
            continue
        words.append(t)
    while words and (words[0].dep_ == "det" or words[0].is_punct):
        words.pop(0)
    words = words[:MAX_NAME_TOKENS]
    while words and words[-1].is_punct:
        words.pop()
    text = "".join(t.text_with_ws for t in words).strip()
    return text or None


def _name_before(verb: Token, subj: Token) -> Token | None:
    """"X happened in Y, the agency said": the name between the last comma and a final
    reporting verb speaks, even where the parse made the verb's subject an earlier noun."""
    doc = verb.doc
    commas = [t.i for t in doc[subj.i + 1:verb.i] if t.text == ","]
    if not commas or commas[-1] + 1 >= verb.i:
        return None
    stretch = doc[commas[-1] + 1:verb.i]
    heads = [t for t in stretch if t.head.i < stretch.start or t.head.i >= stretch.end]
    head = heads[0] if heads else None
    return head if head is not None and head.pos_ in ("PROPN", "NOUN") else None


def _fallback_claimant(sent: Doc, anchor: Token) -> str | None:
    """Subject of the nearest reporting verb above the event, else the object of 'according to'."""
    if anchor.dep_ in ("acl", "relcl") and anchor.lemma_.lower() in SAY_VERBS and anchor.head.pos_ in ("NOUN", "PROPN"):
        return _noun_phrase(anchor.head)  # "an official ... claimed on Monday": the parse hangs the verb on its speaker
    tok: Token | None = anchor
    hops = 0
    while tok is not None and hops < 12:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SAY_VERBS:
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON":
                    return _noun_phrase(_name_before(tok, child) or child)
        if tok.head is tok:
            break
        tok = tok.head
        hops += 1
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(sent) and sent[t.i + 1].lower_ == "to":
            objs = [c for c in sent[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _noun_phrase(objs[0])
    return None


def _specificity(ref: TimeRef) -> int:
    iv = value_bounds(ref.value)
    return (iv[1] - iv[0]).days if iv else 10**6


def find_events(
    doc: str,
    body: str,
    published: str | None,
    claimant_for: Callable[[int, int], str | None] | None = None,
    captions: list[str] | None = None,
) -> list[Event]:
    """Timeline candidates of one document: (when, what, claimant, sentence, sentence span).

    `claimant_for(start, end)` gives the pipeline's claimant for a sentence span of the
    body; without it the claimant is read from the parse. A sentence without a time of its
    own gives an event only when it points back to the previous dated one ("at the time",
    "initially") or states a figure that still holds. The article's own photo captions
    (`captions`, from the cleaner) give events only where they carry a time of their own;
    their span is empty (0, 0): they stand outside the body. Never raises on bad input.
    """
    if not isinstance(body, str) or not body.strip():
        return []
    events = _body_events(doc, body, published, claimant_for)
    return events + _caption_events(doc, [c for c in captions or [] if isinstance(c, str) and c.strip()], published)


def _caption_events(doc: str, captions: list[str], published: str | None) -> list[Event]:
    """Dated events of photo captions ("Rescuers search the rubble in Halvi on March 3, 2025")."""
    dated = [(c, refs) for c in captions if (refs := find_times(c, published))]
    events: list[Event] = []
    for (caption, refs), parsed in zip(dated, get_nlp().pipe([c for c, _ in dated]), strict=True):
        def add(anchor: Token, when: str, drop: set[int], others: set[int], caption: str = caption) -> None:
            what = _readable(anchor, drop, others)
            if what is not None:
                events.append(Event(doc=doc, when=when, what=what, claimant=None, sentence=caption, span=(0, 0)))

        before = len(events)
        _dated_events(parsed, refs, published, add)
        _dedupe_sentence(events, before)
    return events


def _body_events(doc: str, body: str, published: str | None,
                 claimant_for: Callable[[int, int], str | None] | None) -> list[Event]:
    """Dated events of the body's sentences (see `find_events`)."""
    try:
        sentences = split_sentences(body)
    except Exception as exc:  # a broken body must not stop the run
        log.warning("events: cannot split %s: %s", doc, exc)
        return []
    sentences = _whole_quotes(body, sentences)
    picked = []
    for k, s in enumerate(sentences):
        refs = find_times(s.text, published)
        if refs or ANAPHORIC_TIME.search(s.text) or (published and STILL.search(s.text)):
            picked.append((k, s, refs))
    if not picked:
        return []
    nlp = get_nlp()
    events: list[Event] = []
    last: tuple[int, str] | None = None  # (sentence index, when) of the latest dated event
    for (k, sent, refs), parsed in zip(picked, nlp.pipe([s.text for _, s, _ in picked]), strict=True):
        claimant = None
        if claimant_for is not None:
            try:
                claimant = claimant_for(sent.start, sent.end)
            except Exception as exc:  # the caller's lookup failing is no reason to lose the event
                log.warning("events: claimant lookup failed in %s: %s", doc, exc)

        def add(anchor: Token, when: str, drop: set[int], others: set[int],
                sent: Sentence = sent, parsed: Doc = parsed, claimant: str | None = claimant) -> None:
            what = _readable(anchor, drop, others)
            if what is None:
                return  # a fragment whose clause is another event of the sentence
            # the claim extractor's claimant, else the speaker the parse shows ("Budanov said …")
            who = claimant or _fallback_claimant(parsed, anchor)
            events.append(Event(doc=doc, when=when, what=what, claimant=who, sentence=sent.text,
                                span=(sent.start, sent.end)))

        before = len(events)
        if refs:
            _dated_events(parsed, refs, published, add)
        else:
            _undated_event(parsed, published, last if last and k - last[0] <= 2 else None, add)
        _dedupe_sentence(events, before)
        if len(events) > before:
            last = (k, events[-1].when)
    return events


def _whole_quotes(body: str, sentences: list[Sentence]) -> list[Sentence]:
    """A quotation spread over sentences is one unit: '"A. B," the agency said on Monday' gives the
    statement A and B together, not a description starting inside the quotation."""
    out: list[Sentence] = []
    for s in sentences:
        opened = [k for k in range(len(out) - 1, max(-1, len(out) - 4), -1)
                  if out[k].paragraph == s.paragraph and _quote_balance(out[k].text) > 0]
        if _quote_balance(s.text) < 0 and opened:
            first = out[opened[0]]
            out[opened[0]:] = [Sentence(first.start, s.end, body[first.start:s.end], s.paragraph)]
        else:
            out.append(s)
    return out


def _quote_balance(text: str) -> int:
    """Opening minus closing curly quotes (straight quotes are counted as toggles)."""
    straight = text.count('"') % 2
    return text.count("“") - text.count("”") + (straight if text.lstrip().startswith('"') else -straight)


def _dedupe_sentence(events: list[Event], since: int) -> None:
    """Two events of one sentence with one time are one event: keep the fuller description
    ("The agency said in January that troops had not fought since January")."""
    kept: dict[str, Event] = {}
    for e in events[since:]:
        held = kept.get(e.when)
        if held is None or len(e.what) > len(held.what):
            kept[e.when] = e
    events[since:] = [e for e in events[since:] if kept.get(e.when) is e]


def _dated_events(parsed: Doc, refs: list[TimeRef], published: str | None,
                  add: Callable[[Token, str, set[int], set[int]], None]) -> None:
    """One event per word a time expression attaches to (the most precise time wins)."""
    by_anchor: dict[int, tuple[Token, TimeRef]] = {}
    for ref in refs:
        anchor = _anchor(parsed, ref)
        if anchor is None:
            continue
        held = by_anchor.get(anchor.i)
        if held is None or _specificity(ref) < _specificity(held[1]):
            by_anchor[anchor.i] = (anchor, ref)
    for anchor, ref in sorted(by_anchor.values(), key=lambda p: p[1].start):
        others = set(by_anchor) - {anchor.i}
        add(anchor, _event_time(anchor, ref, published), _time_tokens(parsed, ref), others)
        main = _after_main_clause(anchor, by_anchor)
        bounds = value_bounds(ref.value)
        pub = value_bounds(published)
        if main is not None and bounds and pub and bounds[0] < pub[0]:
            # "After X reported on Jan. 30, Y confirmed …": Y spoke between Jan. 30 and the report
            add(main, f"{bounds[0].isoformat()}/{pub[0].isoformat()}", _time_tokens(parsed, ref), set(by_anchor))


def _undated_event(parsed: Doc, published: str | None, last: tuple[int, str] | None,
                   add: Callable[[Token, str, set[int], set[int]], None]) -> None:
    """A sentence that takes its time from the one before ("at the time", "initially"), or a
    figure that still holds on the report's date ("troops still control 400 km²")."""
    text = parsed.text
    if last is not None and (m := ANAPHORIC_TIME.search(text)):
        root = next(iter(parsed.sents)).root
        if root.pos_ in ("VERB", "AUX"):
            span = parsed.char_span(m.start(), m.end(), alignment_mode="expand")
            add(root, last[1], {t.i for t in span} if span is not None else set(), set())
        return
    if not published or not value_bounds(published):
        return
    for tok in parsed:
        if tok.lower_ != "still" or tok.head.tag_ not in ("VBP", "VBZ") or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        if any(t.like_num and t.pos_ == "NUM" for t in verb.subtree):
            add(verb, value_bounds(published)[0].isoformat(), set(), set())
            return


def _after_main_clause(anchor: Token, by_anchor: dict[int, tuple[Token, TimeRef]]) -> Token | None:
    """The main clause an "After X …" clause precedes, when it has no time of its own."""
    marks = {c.lower_ for c in anchor.children if c.dep_ == "mark"}
    head = anchor.head
    if anchor.dep_ != "advcl" or not marks & AFTER_MARKS or head.i in by_anchor or head.pos_ != "VERB":
        return None
    return head if head.i > anchor.i else None


def _event_time(anchor: Token, ref: TimeRef, published: str | None) -> str:
    """The event's time: "since X" dates the start of a state, but the whole period of a figure
    counted over it ("92 casualties a day since early December"); an interval that runs past the
    report's date ends there unless the clause speaks of the future ("this year" so far)."""
    time_toks = set(range(len(anchor.doc)))
    span = anchor.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is not None:
        time_toks = {t.i for t in span}
    # a figure in the sense of the ledger: "92 casualties", not a duration ("in two months")
    spans = [(f.start, f.end) for f in find_figures(anchor.doc.text)]
    figure = any(t.i not in time_toks and any(a <= t.idx < b for a, b in spans) for t in anchor.subtree)
    when = ref.value if figure else _end_as_late(ref, onset(ref, published))
    start, pub = value_bounds(ref.value), value_bounds(published)
    if ONWARD.match(anchor.doc.text[ref.end:]) and figure and start and pub and start[0] < pub[0]:
        when = f"{start[0].isoformat()}/{pub[0].isoformat()}"  # "from early December onward"
    bounds, pub = value_bounds(when), value_bounds(published)
    if not bounds or not pub or not bounds[0] <= pub[0] < bounds[1]:
        return when
    clause = {t.lower_ for t in anchor.subtree} | {t.lower_ for t in anchor.children}
    if clause & FUTURE_WORDS:
        return when
    return pub[0].isoformat() if bounds[0] == pub[0] else f"{bounds[0].isoformat()}/{pub[0].isoformat()}"


def _end_as_late(ref: TimeRef, when: str) -> str:
    """A happening at "the end of" a month: the month's last third (see END_OF)."""
    bounds = value_bounds(when)
    if not bounds or bounds[0] != bounds[1] or not END_OF.search(ref.text):
        return when
    day = bounds[1]
    if (day + timedelta(days=1)).month == day.month:
        return when  # not a month's last day: "the end of the meeting on May 3"
    return f"{day.replace(day=PART_DAYS['late'][0]).isoformat()}/{day.isoformat()}"


__all__ = ["EVENT_NOUNS", "find_events"]
