#!/usr/bin/env python3
"""Build the generality test set (report texts and gold files) from the annotated sources.

The sources (``sources_*.py``) hold each report with inline marks, so that offsets are
computed by this script and never by hand:

- ``[[quote]]``        a figure claim; its fields come from the doc's ``claims`` list, in order
- ``{{quote|why}}``    a figure in page furniture or a teaser (a not-claim)
- ``<<<`` and ``>>>``  start and end of the article body

Run: python3 benchmarks/general/annotate/build_gold.py  (writes ../*.txt and ../gold/*.jsonl)
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
GOLD = OUT / "gold"
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\|(.+?)\}\}|<<<|>>>", re.S)
ABBREV = {"mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "u.s", "no", "gen", "lt", "col", "rs", "vs", "e.g", "i.e",
          "u.k", "u.n", "corp", "inc", "co", "gov", "sen", "rep", "prof", "approx", "a.m", "p.m"}
WORD = re.compile(r"\S+")


def parse(marked: str) -> tuple[str, list, list, int, int]:
    """Strip the marks; return text, claim spans, not-claim (span, why), body start and end."""
    out: list[str] = []
    pos = 0
    last = 0
    claims, nots = [], []
    body_start = body_end = -1
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        last = m.end()
        tok = m.group(0)
        if tok == "<<<":
            body_start = pos
        elif tok == ">>>":
            body_end = pos
        elif m.group(1) is not None:
            out.append(m.group(1))
            claims.append((pos, pos + len(m.group(1))))
            pos += len(m.group(1))
        else:
            out.append(m.group(2))
            nots.append(((pos, pos + len(m.group(2))), m.group(3)))
            pos += len(m.group(2))
    out.append(marked[last:])
    text = "".join(out)
    assert body_start >= 0 and body_end > body_start, "body marks missing"
    return text, claims, nots, body_start, body_end


def is_boundary(text: str, i: int) -> bool:
    """True when the character at i ends a sentence ('.', '!', '?', plus closing quotes)."""
    if text[i] == "\n":
        return True
    if text[i] not in ".!?":
        return False
    j = i + 1
    while j < len(text) and text[j] in "\"”’'":
        j += 1
    if j < len(text) and text[j] not in " \n":
        return False
    k = j
    while k < len(text) and text[k] == " ":
        k += 1
    if k < len(text) and text[k] != "\n" and not (text[k].isupper() or text[k].isdigit() or text[k] in "\"“‘'("):
        return False
    if text[i] == ".":
        w = re.search(r"([A-Za-z.]+)$", text[:i])
        if w and (w.group(1).lower() in ABBREV or re.fullmatch(r"[A-Z]", w.group(1))):
            return False
    return True


def sentence_of(text: str, a: int, b: int, dateline: str | None, body: tuple[int, int]) -> str:
    """The full sentence around [a, b), kept inside the body when the quote is, without a dateline."""
    lo, hi = body if body[0] <= a < body[1] else (0, len(text))
    s = a
    while s > lo and not is_boundary(text, s - 1):
        s -= 1
    e = b
    while e < hi and not is_boundary(text, e):
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
        while e < len(text) and text[e] in "\"”’'":
            e += 1
    sent = text[s:e].strip()
    if dateline and sent.startswith(dateline):
        rest = re.match(re.escape(dateline) + r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?)?(?: \([^)]+\))? ?[—–-]+ ?", sent)
        if rest:
            sent = sent[rest.end():]
    return sent


def edge_words(text: str, start: int, end: int, first: bool) -> str:
    """Eight word tokens (with a letter or digit) at the body's start or end, verbatim."""
    toks = [m for m in WORD.finditer(text, start, end) if any(c.isalnum() for c in m.group())]
    pick = toks[:8] if first else toks[-8:]
    return text[pick[0].start():pick[-1].end()]


def build() -> None:
    docs, claims, nots, stories = [], [], [], []
    for mod_name in sorted(p.stem for p in HERE.glob("sources_*.py")):
        mod = importlib.import_module(mod_name)
        for d in mod.DOCS:
            text, cspans, nspans, bs, be = parse(d["text"])
            name = d["doc"]
            (OUT / name).write_text(text, encoding="utf-8")
            specs = d["claims"]
            if len(specs) != len(cspans):
                sys.exit(f"{name}: {len(cspans)} marks but {len(specs)} claim specs")
            who = d.get("claimants", {})
            for (a, b), spec in zip(cspans, specs, strict=True):
                key = spec.pop("who")
                canon, aliases, via = who[key] if key else (None, [], [])
                row = {"doc": name, "quote": text[a:b], **{k: spec[k] for k in ("low", "high", "bound", "unit", "event", "subject")},
                       "claimant": canon, "claimant_aliases": list(aliases),
                       "via": spec["via"] if spec["via"] is not None else list(via),
                       "time": spec["time"], "hedged": spec["hedged"], "negated": spec["negated"],
                       "sentence": sentence_of(text, a, b, d.get("dateline"), (bs, be)), "span": [a, b]}
                claims.append(row)
            for (a, b), why in nspans:
                nots.append({"doc": name, "quote": text[a:b], "why": why, "span": [a, b]})
            docs.append({"doc": name, "outlet": d.get("outlet"), "outlet_basis": d.get("outlet_basis"),
                         "title": d.get("title"), "author": d.get("author"), "published": d.get("published"),
                         "dateline": d.get("dateline"),
                         "body_first_words": edge_words(text, bs, be, True),
                         "body_last_words": edge_words(text, bs, be, False),
                         "body_spans": [[bs, be]]})
            stories.append({"doc": name, "story": d["story"]})
    for fname, rows in (("documents.jsonl", docs), ("claims.jsonl", claims),
                        ("not_claims.jsonl", nots), ("stories.jsonl", stories)):
        with open(GOLD / fname, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {len(claims)} claims, {len(nots)} not-claims")


def num(x):
    """Whole floats (7.5e12) are written as integers, as the seed gold does."""
    return int(x) if isinstance(x, float) and x.is_integer() else x


def C(low, high, bound, unit, event, subject, who, time=None, hedged=False, negated=False, via=None) -> dict:
    """One claim spec, in the order the fields are read aloud when annotating."""
    return {"low": num(low), "high": num(high), "bound": bound, "unit": unit, "event": event, "subject": subject,
            "who": who, "time": time, "hedged": hedged, "negated": negated, "via": via}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    build()
