"""Build a hand-annotated set's gold JSON Lines from its annotations.txt (benchmarks/heldout, benchmarks/blind).

Why a script: the annotations name each figure by its quote (in reading order) and its
values; offsets, sentences and first/last body words are computed here so that no span is
ever typed by hand. Standard library only; run: python3 benchmarks/goldset/build_gold.py SETDIR
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# The set to work on: its directory holds annotations.txt, the NNN_*.txt reports and gold/.
HERE = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
GOLD = HERE / "gold"

ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
    "inc", "ltd", "co", "corp", "u.s", "u.n", "a.m", "p.m",
}
BOUNDARY = re.compile(r"[.!?][\"”’')]*\s+")
DASH = re.compile(r"\s(?:-|--|–|—)\s")


def words8(text: str, start: int, forward: bool) -> str:
    """Eight tokens with a letter or digit, as a verbatim span from start (or back from it)."""
    toks = list(re.finditer(r"\S+", text[start:] if forward else text[:start]))
    if not forward:
        toks.reverse()
    count, last = 0, None
    for t in toks:
        if any(c.isalnum() for c in t.group()):
            count += 1
        last = t
        if count == 8:
            break
    if forward:
        return text[start:start + last.end()]
    return text[last.start():start]


def split_sentences(line: str) -> list[tuple[int, int]]:
    """Sentence offsets inside one line; a period after a known abbreviation does not end one."""
    out, s = [], 0
    for m in BOUNDARY.finditer(line):
        nxt = line[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘("):
            continue
        before = re.search(r"(\S+)$", line[s:m.start()] or " ")
        tok = before.group(1).strip("(\"“").lower() if before else ""
        if line[m.start()] == "." and (tok in ABBREV or re.fullmatch(r"[a-z]", tok)):
            continue
        end = m.end()
        while end > m.start() and line[end - 1].isspace():
            end -= 1
        out.append((s, end))
        s = m.end()
    if s < len(line.rstrip()):
        out.append((s, len(line.rstrip())))
    return out


def sentence_at(text: str, pos: int, dateline: str | None) -> str:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    for a, b in split_sentences(line):
        if a <= pos - ls < b:
            sent = line[a:b]
            if a == 0 and dateline and sent.startswith(dateline):
                m = DASH.search(sent)
                if m and m.end() <= pos - ls:
                    sent = sent[m.end():]
            return sent
    raise ValueError(f"no sentence at {pos}")


def num(s: str) -> int | float:
    v = float(s)
    return int(v) if v.is_integer() else v


def parse(path: Path) -> list[dict]:
    docs: list[dict] = []
    cur: dict | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ "):
            cur = {"doc": line[2:].strip(), "meta": {}, "body": [], "own": [], "who": {},
                   "claims": [], "nots": []}
            docs.append(cur)
            continue
        assert cur is not None, line
        key, _, rest = line.partition(" ")
        if key in ("C", "N", "S"):
            if key == "C":
                f = [x.strip() for x in rest.split(" | ")]
                assert len(f) == 9, (cur["doc"], line)
                cur["claims"].append({"f": f, "sentence": None})
            elif key == "N":
                q, why = [x.strip() for x in rest.split(" | ", 1)]
                cur["nots"].append((q, why))
            else:
                cur["claims"][-1]["sentence"] = rest.strip()
        elif key == "who":
            k, _, names = rest.partition(" = ")
            cur["who"][k.strip()] = [x.strip() for x in names.split(" | ")]
        elif key == "body:":
            a, b = rest.split(" ... ")
            cur["body"].append((a, b))
        elif key == "own:":
            cur["own"].append(rest)
        else:
            cur["meta"][key.rstrip(":")] = None if rest.strip() == "null" else rest.strip()
    return docs


def build(docs: list[dict]) -> tuple[list, list, list]:
    claims, nots, documents = [], [], []
    for d in docs:
        name = d["doc"]
        text = (HERE / name).read_text(encoding="utf-8")
        meta = d["meta"]
        spans, cursor = [], 0
        for a, b in d["body"]:
            s = text.index(a, cursor)
            e = text.index(b, s) + len(b)
            spans.append([s, e])
            cursor = e
        own = []
        for t in [meta["title"]] + d["own"]:
            s = text.index(t)
            own.append([s, s + len(t)])
        dateline = meta.get("dateline")
        pos = 0
        for c in d["claims"]:
            quote, val, unit, event, subject, who, via, time, flags = c["f"]
            pat = re.compile(r"(?<![0-9A-Za-z])" + re.escape(quote)
                             + r"(?![0-9A-Za-z]|[.,][0-9])")
            # the next whole-token occurrence inside the body or the article's own headings
            for m in pat.finditer(text, pos):
                if any(a <= m.start() and m.end() <= b for a, b in spans + own):
                    break
            else:
                raise ValueError(f"{name}: claim {quote!r} not found after offset {pos}")
            s, e = m.span()
            pos = e  # past this claim: a later quote may sit inside an earlier one ("about 14,000", "14,000")
            v = val.split()
            low, high, bound = num(v[0]), (None if v[1] == "-" else num(v[1])), v[2]
            names = d["who"][who] if who != "-" else [None]
            sent = c["sentence"] or sentence_at(text, s, dateline)
            claims.append({
                "doc": name, "quote": quote, "low": low, "high": high, "bound": bound,
                "unit": unit, "event": None if event == "-" else event, "subject": subject,
                "claimant": names[0], "claimant_aliases": names[1:],
                "via": [] if via == "-" else [x.strip() for x in via.split(",")],
                "time": None if time == "-" else time,
                "hedged": "h" in flags, "negated": "n" in flags,
                "sentence": sent, "span": [s, e],
            })
        for q, why in d["nots"]:
            for m in re.finditer(re.escape(q), text):
                if not any(a <= m.start() < b for a, b in spans):
                    nots.append({"doc": name, "quote": q, "why": why,
                                 "span": [m.start(), m.end()]})
                    break
            else:
                raise ValueError(f"{name}: not-claim {q!r} not found outside the body")
        documents.append({
            "doc": name, "outlet": meta.get("outlet"), "outlet_basis": meta.get("outlet_basis"),
            "title": meta["title"], "author": meta.get("author"),
            "published": meta.get("published"), "dateline": dateline,
            "body_first_words": words8(text, spans[0][0], True),
            "body_last_words": words8(text, spans[-1][1], False),
            "body_spans": spans, "own_spans": own,
        })
    claims.sort(key=lambda c: (c["doc"], c["span"][0]))
    nots.sort(key=lambda c: (c["doc"], c["span"][0]))
    return claims, nots, documents


def main() -> int:
    claims, nots, documents = build(parse(HERE / "annotations.txt"))
    GOLD.mkdir(exist_ok=True)
    for fname, rows in (("claims.jsonl", claims), ("not_claims.jsonl", nots),
                        ("documents.jsonl", documents)):
        with open(GOLD / fname, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(documents)} documents, {len(claims)} claims, {len(nots)} not-claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
