"""Claimant attribution measured against PolNeAR's hand-annotated attributions.

PolNeAR (github networkdynamics/PolNeAR, LREC 2018) marks source / cue / content spans in
US political news of 2016, in BRAT standoff files next to the article text, with CoreNLP
coreference in parallel. Each of our figure claims whose figure lies inside an annotated
content span has a gold claimant: that attribution's source (a pronoun source is resolved
through the CoreNLP coreference chain that holds it). A figure outside every content span
has no attribution in the corpus, so naming a claimant there is over-attribution.

The corpus is not shipped with newsledger: pass the folder holding its `data/` tree
(a checkout of the repository, or the train/dev compartments extracted from it). By the
corpus's own rule the test compartment is never read; this script refuses it.

    python benchmarks/polnear_attribution.py --polnear /tmp/polnear --split dev

Written by hand because no library reads PolNeAR's standoff files into our claim shape.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsledger.evaluate.claims import same_claimant
from newsledger.extract import lexicon as lx
from newsledger.extract.attribution import SourceTracker, find_frames
from newsledger.extract.claims import extract_claims
from newsledger.extract.nlp import get_nlp
from newsledger.model import Claim

Spans = list[tuple[int, int]]
PRONOUNS = frozenset(
    "he she him her his hers it its they them their we us our i me my you your who which that".split()
)
RELATIVE = frozenset({"which", "who", "that"})
MAX_ALIAS_WORDS = 6  # longer coreference "mentions" are parser noise, not names
ANON_EXTRA = frozenset("another with matter situation familiar close to who spoke on condition of anonymity".split())
EXAMPLE_WORDS = 8  # printed examples stay short fragments of the news text


@dataclass
class GoldAttribution:
    """One PolNeAR attribution: its spans as character offsets into the article text."""

    ident: str
    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)
    content: Spans = field(default_factory=list)

    def text(self, body: str, role: str) -> str:
        return " ".join(body[s:e] for s, e in getattr(self, role)).strip()


@dataclass
class Mention:
    start: int
    end: int
    text: str
    proper: bool


@dataclass
class Article:
    name: str
    text: str
    published: str | None
    attributions: list[GoldAttribution]
    chains: list[list[Mention]]


@dataclass
class Outcome:
    """One claim scored against the corpus."""

    article: str
    claim: Claim
    gold: GoldAttribution | None
    verdict: str  # correct | none | wrong | no_source_gold | outside_named | outside_none
    gold_source: str = ""
    aliases: list[str] = field(default_factory=list)
    source_kind: str = ""
    tags: list[str] = field(default_factory=list)
    cue_lemma: str = ""
    ours: str = "-"  # our frame that named the claimant: kind:lemma, or "carried"


# ---------------------------------------------------------------- reading the corpus


def _spans(field_text: str) -> Spans:
    """'12 40;52 60' -> [(12, 40), (52, 60)] (BRAT writes discontinuous spans with ';')."""
    out: Spans = []
    for part in field_text.split(";"):
        bits = part.split()
        if len(bits) == 2 and bits[0].isdigit() and bits[1].isdigit():
            out.append((int(bits[0]), int(bits[1])))
    return out


def parse_ann(ann: str) -> list[GoldAttribution]:
    """Attributions of one .ann file; text-bound lines first, then the E lines that join them."""
    spans: dict[str, Spans] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            head = cols[1].split(" ", 1)
            if len(head) == 2:
                spans[cols[0]] = _spans(head[1])
        elif cols[0].startswith("E"):
            roles = [tuple(r.split(":", 1)) for r in cols[1].split() if ":" in r]
            events.append((cols[0], roles))  # type: ignore[arg-type]
    out: list[GoldAttribution] = []
    for ident, roles in events:
        att = GoldAttribution(ident)
        for role, ref in roles:
            key = role.rstrip("0123456789").lower()
            if key in ("source", "cue", "content"):
                getattr(att, key).extend(spans.get(ref, []))
        if att.content:
            out.append(att)
    return out


def parse_coref(xml_path: Path) -> list[list[Mention]]:
    """CoreNLP coreference chains as character-offset mentions (empty when the file is missing or broken)."""
    try:
        root = ET.parse(xml_path).getroot()
    except (OSError, ET.ParseError):
        return []
    tokens: dict[tuple[int, int], tuple[int, int, str]] = {}
    for s_index, sent in enumerate(root.iter("sentence"), start=1):
        if sent.find("tokens") is None:
            continue
        sid = int(sent.get("id") or s_index)
        for tok in sent.iter("token"):
            try:
                tokens[(sid, int(tok.get("id") or 0))] = (
                    int(tok.findtext("CharacterOffsetBegin") or 0),
                    int(tok.findtext("CharacterOffsetEnd") or 0),
                    tok.findtext("POS") or "",
                )
            except ValueError:
                continue
    chains: list[list[Mention]] = []
    outer = root.find(".//coreference")
    if outer is None:
        return chains
    for chain in outer.findall("coreference"):
        mentions: list[Mention] = []
        for m in chain.findall("mention"):
            try:
                sid, start, end = (int(m.findtext(k) or 0) for k in ("sentence", "start", "end"))
            except ValueError:
                continue
            toks = [tokens[(sid, i)] for i in range(start, end) if (sid, i) in tokens]
            if not toks:
                continue
            proper = any(pos.startswith("NNP") for _, _, pos in toks)
            mentions.append(Mention(toks[0][0], toks[-1][1], m.findtext("text") or "", proper))
        if mentions:
            chains.append(mentions)
    return chains


def _metadata(root: Path) -> dict[str, str]:
    dates: dict[str, str] = {}
    path = root / "data" / "metadata.tsv"
    if not path.exists():
        return dates
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    if not lines:
        return dates
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row.get("publication_date", "")):
            dates[row.get("filename", "")] = row["publication_date"]
    return dates


def load_split(root: Path, split: str, limit: int | None) -> list[Article]:
    """Articles of a split; with a limit, an evenly spread sample (the listing is sorted by outlet)."""
    if split == "test":
        raise SystemExit("PolNeAR's test compartment stays unread (corpus rule): use train or dev")
    base = root / "data" / split
    texts = sorted((base / "text").glob("*.txt"))
    if limit and limit < len(texts):
        step = len(texts) / limit
        texts = [texts[int(k * step)] for k in range(limit)]
    dates = _metadata(root)
    out: list[Article] = []
    for txt in texts:
        anns = sorted((base / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        # Articles annotated by several people (agreement checks) are scored on the first annotator.
        text = txt.read_text(encoding="utf-8", errors="replace")
        attributions = parse_ann(anns[0].read_text(encoding="utf-8", errors="replace"))
        chains = parse_coref(base / "corenlp" / (txt.name + ".xml"))
        out.append(Article(txt.stem, text, dates.get(txt.stem), attributions, chains))
    return out


# ---------------------------------------------------------------- gold for one claim


def _inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


LEADING_WORD = re.compile(r"^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Some|One|Another|Most|Many)\b\s*")


def _source_kind(text: str) -> str:
    """named | pronoun | anonymous | descriptor: how the corpus's source names its speaker."""
    words = re.findall(r"[A-Za-z']+", text.lower())
    if not words:
        return "none"
    if len(words) == 1 and words[0] in PRONOUNS:
        return "pronoun"
    rest = LEADING_WORD.sub("", text.strip())  # "The poll" opening a sentence is not a name
    if re.search(r"\b[A-Z][a-z]", rest) or re.search(r"\b[A-Z]{2,}\b", rest):
        return "named"
    if any(w in lx.ANON_HEADS for w in words) and all(
        w in lx.ANON_HEADS | lx.ANON_MODIFIERS | ANON_EXTRA for w in words
    ):
        return "anonymous"
    return "descriptor"


DEFINITE = frozenset("the this that these those its his her their".split())
SAME_KIND = {"survey": "poll", "polls": "poll", "surveys": "poll", "studies": "study", "reports": "report",
             "companies": "company", "firms": "firm"}


def _same_kind(descriptor: str, ours: str) -> bool:
    """Is our claimant a named thing of the kind a definite descriptor without a coreference chain
    names ('The poll' -> 'Quinnipiac University poll', 'the company' -> 'Wealth-X' is not judged)?
    The corpus does not say which poll is meant, so such answers are counted apart from 'correct'."""
    words = re.findall(r"[A-Za-z][\w'-]*", descriptor.lower())
    mine = re.findall(r"[A-Za-z][\w'-]*", ours.lower())
    if len(words) < 2 or words[0] not in DEFINITE or not mine or len(mine) < 2:
        return False
    return SAME_KIND.get(words[-1], words[-1]) == SAME_KIND.get(mine[-1], mine[-1])


def gold_aliases(article: Article, att: GoldAttribution) -> list[str]:
    """The source text, plus the named mentions of the coreference chain the source belongs to."""
    text = att.text(article.text, "source")
    names = [text] if text else []
    pronoun = _source_kind(text) == "pronoun"
    for span in att.source:
        for chain in article.chains:
            if any(_overlaps((m.start, m.end), span) for m in chain):
                # A pronoun source also accepts the chain's short common-noun mentions ("this study").
                names += [m.text for m in chain
                          if (m.proper or (pronoun and m.text.lower() not in PRONOUNS))
                          and len(m.text.split()) <= MAX_ALIAS_WORDS and "<" not in m.text
                          and m.text not in names]
    if pronoun and text.lower() in RELATIVE and att.source:
        # "the study -- which notes ...": a relative pronoun stands for the words right before it
        before = re.findall(r"[A-Za-z][\w.'-]*", article.text[max(0, att.source[0][0] - 60):att.source[0][0]])
        content = [w for w in before if w.lower() not in PRONOUNS and w.lower() not in ("the", "a", "an")]
        if content:
            names.append(content[-1])
    return names


# ---------------------------------------------------------------- why a claim went wrong


def _lemmas(text: str) -> str:
    low = text.lower().strip()
    if not low:
        return "-"
    if "according to" in low:
        return "according to"
    doc = get_nlp()(text)
    keep = [t.lemma_.lower() for t in doc if t.pos_ not in ("AUX", "DET", "PART", "PRON", "PUNCT", "CCONJ")]
    return " ".join(keep or [t.lemma_.lower() for t in doc]) or low


def _cue_in_lexicon(lemma: str) -> bool:
    return lemma == "according to" or any(w in lx.REPORT_VERBS | lx.REPORT_NOUNS for w in lemma.split())


@lru_cache(maxsize=4096)
def _frames_of(sentence: str) -> list[tuple[str, str | None, str | None, frozenset[int]]]:
    """Our frames of a sentence read alone: label, speaker, cited source, char offsets the frame's scope covers."""
    frames = find_frames(get_nlp()(sentence)[:], SourceTracker())
    out = []
    for f in frames:
        label = "according to" if f.kind == "according" else f"{f.kind}:{f.cue.lemma_.lower()}"
        covered = frozenset(t.idx for t in f.scope.subtree)
        out.append((label, f.speaker, f.cited, covered))
    return out


@lru_cache(maxsize=4096)
def _local_claimants(sentence: str) -> dict[int, str | None]:
    """Claimants the extractor gives each figure of the sentence read alone (no carry-over, no memory)."""
    try:
        return {c.span[0]: c.claimant for c in extract_claims("sentence", sentence, None) if c.span}
    except Exception:  # noqa: BLE001 - a label for the report, never a reason to stop
        return {}


def our_frame(claim: Claim) -> str:
    """Which of our frames named the claimant: 'kind:lemma', or 'carried' when the sentence alone names no one.

    Claims do not keep their frame, so the sentence is read again on its own: a figure that
    gets no claimant there had its claimant carried over from an earlier sentence. The cue is
    the frame whose speaker is that sentence-local claimant (pronouns stay unresolved).
    """
    if not claim.claimant or claim.span is None:
        return "-"
    local = _local_claimants(claim.sentence).get(claim.span[0] - claim.sentence_span[0])
    if not local:
        return "carried"
    at = claim.span[0] - claim.sentence_span[0]
    for cue, speaker, cited, covered in _frames_of(claim.sentence):
        if (speaker and same_claimant(local, speaker)) or (cited and same_claimant(local, cited)):
            # A figure outside the frame's parse scope got the claimant from the one-frame fallback.
            inside = any(at <= i < claim.span[1] - claim.sentence_span[0] for i in covered)
            return cue if inside or cue == "according to" else f"{cue} (fallback)"
    return "frame:?"


def _same_sentence(spans: Spans, claim: Claim) -> bool:
    return any(_overlaps(sp, claim.sentence_span) for sp in spans)


def _in_quote(body: str, pos: int) -> bool:
    """Is `pos` inside a quotation opened earlier in its paragraph (curly or straight marks)?"""
    start = body.rfind("\n", 0, pos) + 1
    before = body[start:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _context(body: str, claim: Claim, source_at: int | None = None) -> str:
    quote = "in quote" if claim.span and _in_quote(body, claim.span[0]) else "no quote"
    if source_at is None or not claim.span:
        return quote
    para = "same para" if "\n" not in body[min(source_at, claim.span[0]):max(source_at, claim.span[0])] else "other para"
    return f"{quote}, {para}"


def cause(article: Article, out: Outcome) -> str:
    """One primary reason per error, checked from the most structural to the most lexical."""
    att, claim = out.gold, out.claim
    if att is None:  # a claimant where the corpus has no attribution
        if any(_inside(claim.span, a.source + a.cue) for a in article.attributions):  # type: ignore[arg-type]
            return "figure inside a source/cue span"
        frame = out.ours
        if frame == "carried":
            return f"carry-over into an unattributed sentence [{_context(article.text, claim)}]"
        if frame.startswith("according"):
            frame = "according to"
        if claim.claimant and claim.claimant[:1].islower():
            return f"generic noun as speaker ({frame})"
        return f"frame the corpus does not count ({frame})"
    if out.source_kind == "anonymous":
        return "anonymous gold source, we name someone"
    ours = claim.claimant
    if ours:
        others = [a for a in article.attributions if a is not att and a.source]
        if any(same_claimant(ours, a.text(article.text, "source")) for a in others if _same_sentence(a.source, claim)):
            return "competing/outer frame in the same sentence wins"
        if ours.lower() in att.text(article.text, "content").lower():
            return "speaker taken from inside the reported content"
        if out.source_kind in ("pronoun", "descriptor") and _same_sentence(att.source, claim):
            return f"{out.source_kind} source resolved to another name"
        if not _same_sentence(att.source, claim):
            where = _context(article.text, claim, att.source[0][0])
            return f"source in another sentence; we carry a different one [{where}]"
        if ours.lower() not in claim.sentence.lower():
            return "source in sentence; we carry one from before"
        return "other name in the sentence chosen"
    if att.source and not _same_sentence(att.source, claim):
        before = att.source[0][0] < claim.sentence_span[0]
        where = _context(article.text, claim, att.source[0][0])
        if before:
            return f"source in an earlier sentence, not carried [{where}]"
        return f"source in a later sentence [{where}]"
    if out.cue_lemma in (":", "-"):
        return "colon/label frame ('Name: ...')"
    if not _cue_in_lexicon(out.cue_lemma):
        return "cue not in lexicon"
    return "lexicon cue in sentence, frame missed (parse/scope)"


def _fragment(text: str, start: int, end: int, words: int = EXAMPLE_WORDS) -> str:
    """At most `words` words around [start, end): enough to find the case, not to copy the article."""
    left = text[:start].split()
    right = text[end:].split()
    keep_left = left[-(words // 2):] if words // 2 else []
    middle = text[start:end].split()
    keep_right = right[: max(words - len(keep_left) - len(middle), 0)]
    return " ".join(keep_left + middle + keep_right)


# ---------------------------------------------------------------- scoring


def score_article(article: Article) -> list[Outcome]:
    try:
        claims = extract_claims(article.name, article.text, article.published)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports a crash, it does not stop on one
        print(f"! {article.name}: extract_claims raised {exc!r}", file=sys.stderr)
        return []
    outcomes: list[Outcome] = []
    for claim in claims:
        if claim.span is None or claim.basis == "headline":
            continue
        span = tuple(claim.span)
        att = next((a for a in article.attributions if _inside(span, a.content)), None)  # type: ignore[arg-type]
        out = Outcome(article.name, claim, att, "")
        out.ours = our_frame(claim)
        if att is None:
            out.verdict = "outside_named" if claim.claimant else "outside_none"
        else:
            out.gold_source = att.text(article.text, "source")
            out.source_kind = _source_kind(out.gold_source)
            out.cue_lemma = _lemmas(att.text(article.text, "cue"))
            out.aliases = gold_aliases(article, att)
            if not att.source:
                out.verdict = "no_source_gold"
            elif not claim.claimant:
                out.verdict = "anon_none" if out.source_kind == "anonymous" else "none"
            elif out.source_kind == "pronoun" and len(out.aliases) == 1:
                out.verdict = "pronoun_unresolved"  # no coreference chain: we cannot tell who is meant
            elif same_claimant(claim.claimant, out.aliases[0], out.aliases[1:]) or (
                    claim.claimant_as_written and same_claimant(claim.claimant_as_written, out.aliases[0], out.aliases[1:])):
                out.verdict = "correct"  # ("Tom Clarke" for the "Mr. Clarke" the text has: his spelling kept as written)
            elif any(same_claimant(v, out.aliases[0], out.aliases[1:]) for v in claim.via):
                out.verdict = "via"
            elif out.source_kind == "descriptor" and len(out.aliases) == 1 and _same_kind(out.gold_source, claim.claimant):
                out.verdict = "descriptor_resolved"  # "the poll" (no chain) given as a named poll: cannot tell which
            else:
                out.verdict = "wrong"
        if out.verdict in ("none", "wrong", "outside_named"):
            out.tags = [cause(article, out)]
        outcomes.append(out)
    return outcomes


def _share(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


def summarise(outcomes: list[Outcome]) -> dict[str, object]:
    """Shares over claims whose figure is inside an annotated content span that has a source."""
    v = Counter(o.verdict for o in outcomes)
    attributed = sum(v[k] for k in ("correct", "via", "anon_none", "none", "wrong", "pronoun_unresolved",
                                    "descriptor_resolved"))
    outside = v["outside_named"] + v["outside_none"]
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        if o.gold is not None and o.gold.source:
            by_kind[o.source_kind][o.verdict] += 1
    return {
        "claims": len(outcomes),
        "in_content_with_source": attributed,
        "correct": _share(v["correct"], attributed),
        "correct_or_convention": _share(v["correct"] + v["anon_none"] + v["descriptor_resolved"], attributed),
        "descriptor_resolved": _share(v["descriptor_resolved"], attributed),
        "gold_only_in_via": _share(v["via"], attributed),
        "none": _share(v["none"], attributed),
        "anon_none": _share(v["anon_none"], attributed),
        "wrong": _share(v["wrong"], attributed),
        "pronoun_unresolved_named_by_us": _share(v["pronoun_unresolved"], attributed),
        "in_content_no_source_gold": v["no_source_gold"],
        "outside_content": outside,
        "outside_named": _share(v["outside_named"], outside),
        "named_precision": _share(v["correct"], v["correct"] + v["via"] + v["wrong"] + v["descriptor_resolved"]
                                  + v["outside_named"]),  # strict: an unjudged descriptor counts against us
        "by_source_kind": {k: dict(c) for k, c in sorted(by_kind.items())},
    }


def error_patterns(outcomes: list[Outcome], top: int = 30) -> list[tuple[tuple[str, str, str], list[Outcome]]]:
    """Errors grouped by (verdict, cause, gold cue lemma or our frame), most frequent first."""
    groups: dict[tuple[str, str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.tags:
            groups[(o.verdict, o.tags[0], o.cue_lemma or "-")].append(o)
    return sorted(groups.items(), key=lambda kv: -len(kv[1]))[:top]


def _example(o: Outcome) -> str:
    c = o.claim
    rel = (c.span[0] - c.sentence_span[0], c.span[1] - c.sentence_span[0]) if c.span else (0, 0)
    alias = f" (coref: {o.aliases[1]!r})" if len(o.aliases) > 1 else ""
    return (f"    {o.article[:38]}  fig={c.quote!r}  gold={o.gold_source[:50]!r}{alias}  ours={c.claimant!r}\n"
            f"      … {_fragment(c.sentence, *rel)} …")


def _print_report(outcomes: list[Outcome], articles: int, top: int) -> None:
    print(f"articles {articles}")
    print(json.dumps(summarise(outcomes), indent=1))
    for verdicts, title in ((("none", "wrong"), "errors on attributed figures"),
                            (("outside_named",), "claimants where the corpus has no attribution")):
        rows = [o for o in outcomes if o.verdict in verdicts]
        print(f"\n{title} by cause ({len(rows)}):")
        for name, n in Counter((o.verdict, o.tags[0]) for o in rows).most_common():
            print(f"  {n:4d}  {name[0]:<13} {name[1]}")
    print("\nour frames that named a claimant: verdicts (correct / via / wrong / outside_named / other):")
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        if o.claim.claimant:
            table[o.ours][o.verdict] += 1
    for frame, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values()))[:25]:
        rest = sum(c.values()) - c["correct"] - c["via"] - c["wrong"] - c["outside_named"]
        print(f"  {frame:<22} {c['correct']:4d} {c['via']:4d} {c['wrong']:4d} {c['outside_named']:4d} {rest:4d}")
    missed = [o for o in outcomes if o.verdict in ("none", "wrong")]
    print("\ngold cue lemmas of the errors (in our lexicon?):")
    for cue, n in Counter(o.cue_lemma for o in missed).most_common(40):
        print(f"  {n:4d}  {cue:<28} {'yes' if _cue_in_lexicon(cue) else 'NO'}")
    print(f"\n{top} most frequent error patterns (verdict | cause | gold cue):")
    for (verdict, why, cue), items in error_patterns(outcomes, top):
        print(f"\n[{len(items)}] {verdict} | {why} | cue={cue}")
        for o in items[:3]:
            print(_example(o))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, required=True, help="folder holding PolNeAR's data/ tree")
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--limit", type=int, default=None, help="score an evenly spread sample of N articles")
    ap.add_argument("--top", type=int, default=30, help="how many error patterns to print")
    ap.add_argument("--json", type=Path, default=None, help="also write the summary and cause counts here")
    ap.add_argument("--errors", type=Path, default=None,
                    help="write every error as JSON lines (holds corpus sentences: keep it out of the repository)")
    args = ap.parse_args(argv)
    articles = load_split(args.polnear, args.split, args.limit)
    if not articles:
        print(f"no articles under {args.polnear}/data/{args.split}", file=sys.stderr)
        return 1
    outcomes = [o for a in articles for o in score_article(a)]
    _print_report(outcomes, len(articles), args.top)
    if args.json:
        causes = Counter(f"{o.verdict}: {o.tags[0]}" for o in outcomes if o.tags)
        summary = summarise(outcomes) | {"split": args.split, "articles": len(articles),
                                         "causes": dict(causes.most_common())}
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for o in outcomes:
                if o.tags:
                    row = {"article": o.article, "verdict": o.verdict, "cause": o.tags[0], "cue": o.cue_lemma,
                           "ours_frame": o.ours, "figure": o.claim.quote, "ours": o.claim.claimant,
                           "via": o.claim.via, "gold": o.gold_source, "aliases": o.aliases[1:],
                           "sentence": o.claim.sentence}
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
