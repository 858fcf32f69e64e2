"""Check a hand-annotated set's gold against its report files; exits 1 and lists every problem found.

Why a separate checker: build_gold.py computes the offsets, and this script re-derives
nothing from it; it only reads the JSON Lines and the texts, so a bug in the builder or a
hand edit of the gold shows up here. Standard library only; run: python3 benchmarks/goldset/check_gold.py SETDIR
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

# The set to work on: its directory holds annotations.txt, the NNN_*.txt reports and gold/.
HERE = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
GOLD = HERE / "gold"
BOUNDS = {"exact", "approx", "at_least", "at_most", "range"}
CLAIM_KEYS = {"doc", "quote", "low", "high", "bound", "unit", "event", "subject", "claimant",
              "claimant_aliases", "via", "time", "hedged", "negated", "sentence", "span"}
DOC_KEYS = {"doc", "outlet", "outlet_basis", "title", "author", "published", "dateline",
            "body_first_words", "body_last_words", "body_spans", "own_spans"}
NUMBER_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|half|"
    r"third|quarter|fifth|tenth|tenths|double|triple)\b", re.I)
problems: list[str] = []


def err(*parts: object) -> None:
    problems.append(" | ".join(str(p) for p in parts))


def load(name: str) -> list[dict]:
    rows = []
    with open(GOLD / name, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                err(name, f"line {n}", f"not JSON: {exc}")
    return rows


def valid_day(s: str) -> bool:
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def valid_time(t: str) -> bool:
    """ISO date, ISO month, or an ordered interval of two ISO dates."""
    if re.fullmatch(r"\d{4}-\d{2}", t):
        return 1 <= int(t[5:]) <= 12
    if "/" in t:
        a, b = t.split("/", 1)
        return valid_day(a) and valid_day(b) and a <= b
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", t)) and valid_day(t)


def counted_words(s: str) -> int:
    return len([w for w in s.split() if any(c.isalnum() for c in w)])


def inside(a: int, b: int, spans: list[list[int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def check_documents(docs: dict[str, dict], texts: dict[str, str]) -> None:
    for name, d in docs.items():
        t = texts[name]
        if set(d) != DOC_KEYS:
            err("documents: keys", name, sorted(set(d) ^ DOC_KEYS))
        if d["title"] not in t:
            err("documents: title not in text", name)
        if d["dateline"] and d["dateline"] not in t:
            err("documents: dateline not in text", name)
        if d["author"] and d["author"].lower() not in t.lower():
            err("documents: author not in text", name, d["author"])
        if not (d["published"] and valid_day(d["published"])):
            err("documents: published is not an ISO date", name)
        spans = d["body_spans"]
        if not spans or any(not (0 <= s < e <= len(t)) for s, e in spans):
            err("documents: bad body_spans", name)
            continue
        if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):
            err("documents: body spans overlap or are unsorted", name)
        if not t[spans[0][0]:].startswith(d["body_first_words"]):
            err("documents: body_first_words not at body start", name)
        if not t[:spans[-1][1]].endswith(d["body_last_words"]):
            err("documents: body_last_words not at body end", name)
        for key in ("body_first_words", "body_last_words"):
            if counted_words(d[key]) != 8:
                err(f"documents: {key} is not 8 words", name)
        if t[spans[0][0]:spans[0][0] + 1].isspace() or t[spans[-1][1] - 1:spans[-1][1]].isspace():
            err("documents: body span starts or ends with whitespace", name)
        if not d["own_spans"] or t[slice(*d["own_spans"][0])] != d["title"]:
            err("documents: first own span is not the title", name)
        for s, e in d["own_spans"]:
            if inside(s, e, spans):
                err("documents: own span inside the body", name, t[s:e])
        words = sum(counted_words(t[s:e]) for s, e in spans)
        if not 200 <= words <= 500:
            err("documents: body length outside 200-500 words", name, words)


def check_claims(claims: list[dict], docs: dict[str, dict], texts: dict[str, str]) -> None:
    seen: dict[str, list[list[int]]] = {}
    last = ("", -1)
    for c in claims:
        name = c.get("doc")
        if set(c) != CLAIM_KEYS:
            err("claims: keys", name, c.get("quote"), sorted(set(c) ^ CLAIM_KEYS))
            continue
        if name not in docs:
            err("claims: unknown doc", name)
            continue
        t, d = texts[name], docs[name]
        a, b = c["span"]
        q = c["quote"]
        tag = (name, q, c["span"])
        if (name, a) <= last:
            err("claims: not sorted by doc and position", *tag)
        last = (name, a)
        if t[a:b] != q:
            err("claims: span does not point at the quote", *tag)
        if re.match(r"[0-9A-Za-z]", t[b:b + 1] or " ") or re.match(r"[0-9A-Za-z]", t[a - 1:a] or " "):
            err("claims: quote cuts a word or number", *tag)
        if not NUMBER_WORDS.search(q):
            err("claims: quote has no numeral or number word", *tag)
        if not (inside(a, b, d["body_spans"]) or inside(a, b, d["own_spans"])):
            err("claims: outside the body, title and the article's own headings", *tag)
        for s, e in seen.setdefault(name, []):
            if a < e and s < b:
                err("claims: overlaps another claim", *tag)
        seen[name].append([a, b])
        sent = c["sentence"]
        if "\n" in sent or sent != sent.strip():
            err("claims: sentence spans lines or has outer whitespace", *tag)
        starts = [m.start() for m in re.finditer(re.escape(sent), t)]
        if not any(s <= a and b <= s + len(sent) for s in starts):
            err("claims: sentence does not contain the quote at its span", *tag)
        if c["bound"] not in BOUNDS:
            err("claims: bad bound", *tag)
        if not isinstance(c["low"], (int, float)) or isinstance(c["low"], bool):
            err("claims: low is not a number", *tag)
        elif c["bound"] == "range":
            if not isinstance(c["high"], (int, float)) or c["high"] <= c["low"]:
                err("claims: range without a higher high", *tag)
        elif c["high"] is not None:
            err("claims: high set on a non-range", *tag)
        if c["unit"] == "percent" and not 0 <= c["low"] <= 100:
            err("claims: percent outside 0-100", *tag)
        if not c["unit"] or c["unit"] != c["unit"].lower():
            err("claims: unit empty or not lower-case", *tag)
        if c["event"] is not None and c["event"] != c["event"].lower():
            err("claims: event not lower-case", *tag)
        if not c["subject"]:
            err("claims: empty subject", *tag)
        if c["claimant"] is None and c["claimant_aliases"]:
            err("claims: aliases without a claimant", *tag)
        for alias in c["claimant_aliases"]:
            if alias not in t:
                err("claims: alias not in text", *tag, alias)
        for v in c["via"]:
            if v not in t:
                err("claims: via not in text", *tag, v)
        if c["time"] is not None and not valid_time(c["time"]):
            err("claims: bad time", *tag, c["time"])
        if not isinstance(c["hedged"], bool) or not isinstance(c["negated"], bool):
            err("claims: hedged/negated not boolean", *tag)


def check_not_claims(nots: list[dict], claims: list[dict], docs: dict[str, dict],
                     texts: dict[str, str]) -> None:
    claim_spans = {(c["doc"], tuple(c["span"])) for c in claims}
    for n in nots:
        name = n["doc"]
        if name not in docs:
            err("not_claims: unknown doc", name)
            continue
        a, b = n["span"]
        if texts[name][a:b] != n["quote"]:
            err("not_claims: span does not point at the quote", name, n["quote"])
        if inside(a, b, docs[name]["body_spans"]) or inside(a, b, docs[name]["own_spans"]):
            err("not_claims: inside the article", name, n["quote"])
        if any(d == name and s < b and a < e for d, (s, e) in claim_spans):
            err("not_claims: overlaps a claim", name, n["quote"])
        if not n.get("why"):
            err("not_claims: no reason", name, n["quote"])


def main() -> int:
    docs = {d["doc"]: d for d in load("documents.jsonl")}
    files = sorted(p.name for p in HERE.glob("[0-9][0-9][0-9]_*.txt"))
    if sorted(docs) != files:
        err("documents.jsonl and the report files differ", sorted(set(files) ^ set(docs)))
    texts = {n: (HERE / n).read_text(encoding="utf-8") for n in files if n in docs}
    docs = {n: d for n, d in docs.items() if n in texts}
    claims, nots = load("claims.jsonl"), load("not_claims.jsonl")
    check_documents(docs, texts)
    check_claims(claims, docs, texts)
    check_not_claims(nots, claims, docs, texts)
    without = sorted(set(docs) - {c["doc"] for c in claims})
    if without:
        err("documents without claims", without)
    for p in problems:
        print("FAIL", p)
    print(f"{len(docs)} documents, {len(claims)} claims, {len(nots)} not-claims, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
