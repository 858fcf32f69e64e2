#!/usr/bin/env python3
"""Check the generality gold against the report texts beside it (stdlib only).

Written separately from the builder so that a mistake in one is caught by the other:
every quote, sentence, title, author, dateline and edge-words string must occur verbatim,
every span must point at its quote, quotes must lie inside their sentence, and claims must
sit in the body (or in the headline); not-claims must sit outside the body.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
BOUNDS = {"exact", "approx", "at_least", "at_most", "range"}
FIELDS = ["doc", "quote", "low", "high", "bound", "unit", "event", "subject", "claimant",
          "claimant_aliases", "via", "time", "hedged", "negated", "sentence", "span"]


def load(name: str) -> list[dict]:
    with open(GOLD / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def iso_ok(t: str | None) -> bool:
    """A date, a month, or an ordered interval of two of them."""
    if t is None:
        return True
    parts = t.split("/")
    if len(parts) > 2:
        return False
    days = []
    for p in parts:
        m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", p)
        if not m:
            return False
        try:
            days.append(date(int(m[1]), int(m[2]), int(m[3] or 1)))
        except ValueError:
            return False
    return len(days) == 1 or days[0] <= days[1]


def words(s: str) -> int:
    return len([w for w in s.split() if any(c.isalnum() for c in w)])


def main() -> int:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*.txt"))}
    errors: list[str] = []
    docs = {d["doc"]: d for d in load("documents.jsonl")}
    if set(docs) != set(texts):
        errors.append(f"documents.jsonl and *.txt differ: {sorted(set(docs) ^ set(texts))}")
    for d in docs.values():
        t = texts.get(d["doc"], "")
        for k in ("title", "author", "dateline", "body_first_words", "body_last_words"):
            if d.get(k) is not None and d[k] not in t:
                errors.append(f"{d['doc']}: {k} not verbatim: {d[k]!r}")
        (s, e), = d["body_spans"]
        if not t[s:e].startswith(d["body_first_words"]) or not t[s:e].endswith(d["body_last_words"]):
            errors.append(f"{d['doc']}: edge words not at the body's edges")
        if words(d["body_first_words"]) != 8 or words(d["body_last_words"]) != 8:
            errors.append(f"{d['doc']}: edge words are not 8 words")
        if d["published"] is not None and not iso_ok(d["published"]):
            errors.append(f"{d['doc']}: bad published {d['published']!r}")
        n = words(t[s:e])
        if not 150 <= n <= 450:
            errors.append(f"{d['doc']}: body has {n} words (want 150-450)")

    def in_body(doc: str, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in docs[doc]["body_spans"])

    def in_title(doc: str, a: int, b: int) -> bool:
        title = docs[doc].get("title")
        if not title:
            return False
        t = texts[doc]
        return any(m.start() <= a and b <= m.end() for m in re.finditer(re.escape(title), t))

    claims = load("claims.jsonl")
    seen = set()
    for c in claims:
        tag = f"{c.get('doc')} {c.get('quote')!r}"
        missing = [f for f in FIELDS if f not in c]
        if missing:
            errors.append(f"{tag}: missing {missing}")
            continue
        t = texts.get(c["doc"])
        if t is None:
            errors.append(f"{tag}: unknown doc")
            continue
        a, b = c["span"]
        if t[a:b] != c["quote"]:
            errors.append(f"{tag}: span {c['span']} holds {t[a:b]!r}")
        if (c["doc"], a) in seen:
            errors.append(f"{tag}: duplicate span")
        seen.add((c["doc"], a))
        if c["sentence"] not in t:
            errors.append(f"{tag}: sentence not verbatim")
        elif c["quote"] not in c["sentence"]:
            errors.append(f"{tag}: quote not in its sentence")
        else:
            starts = [m.start() for m in re.finditer(re.escape(c["sentence"]), t)]
            if not any(s0 <= a and b <= s0 + len(c["sentence"]) for s0 in starts):
                errors.append(f"{tag}: span is not inside any occurrence of its sentence")
        if not (in_body(c["doc"], a, b) or in_title(c["doc"], a, b)):
            errors.append(f"{tag}: claim outside body and headline")
        if c["bound"] not in BOUNDS:
            errors.append(f"{tag}: bad bound {c['bound']!r}")
        if (c["bound"] == "range") != (c["high"] is not None):
            errors.append(f"{tag}: high must be set exactly for ranges")
        if c["high"] is not None and c["high"] < c["low"]:
            errors.append(f"{tag}: high < low")
        if not isinstance(c["low"], (int, float)) or isinstance(c["low"], bool):
            errors.append(f"{tag}: low is not a number")
        if not iso_ok(c["time"]):
            errors.append(f"{tag}: bad time {c['time']!r}")
        if c["claimant"] is None and (c["claimant_aliases"] or c["via"]):
            errors.append(f"{tag}: aliases or via without a claimant")
        for alias in c["claimant_aliases"]:
            if alias not in t:
                errors.append(f"{tag}: alias not in text: {alias!r}")
        for v in c["via"]:
            if v not in t:
                errors.append(f"{tag}: via not in text: {v!r}")
        if not isinstance(c["hedged"], bool) or not isinstance(c["negated"], bool):
            errors.append(f"{tag}: hedged/negated not boolean")
        if c["unit"] != c["unit"].lower() or (c["event"] and c["event"] != c["event"].lower()):
            errors.append(f"{tag}: unit/event not lower-case")
    for n in load("not_claims.jsonl"):
        t = texts.get(n["doc"], "")
        a, b = n["span"]
        if t[a:b] != n["quote"]:
            errors.append(f"not-claim {n['doc']} {n['quote']!r}: span holds {t[a:b]!r}")
        if in_body(n["doc"], a, b):
            errors.append(f"not-claim {n['doc']} {n['quote']!r}: inside the body")
        if not n.get("why"):
            errors.append(f"not-claim {n['doc']} {n['quote']!r}: no reason")
    stories = load("stories.jsonl")
    if {s["doc"] for s in stories} != set(docs):
        errors.append("stories.jsonl does not cover every document")
    for line in errors:
        print("ERROR", line)
    print(f"{len(docs)} documents, {len(claims)} claims, "
          f"{len(load('not_claims.jsonl'))} not-claims, {len({s['story'] for s in stories})} stories: "
          f"{'OK' if not errors else f'{len(errors)} errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
