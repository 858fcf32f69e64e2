"""Write stories kept by the gtcode.com news mirror as plain-text reports.

The public repository github.com/gtcode-dot-com/l (a Hugo site) keeps the full text of stories it
takes from RSS feeds as Markdown files, `hugo-site/content/news/<category>/<slug>/index.md`, each with
a YAML front matter (`date`, `feed`, `source_url`, `title`, ...) and the story below it. Its
`comp-journalism` category holds 361 stories of Press Gazette (pressgazette.co.uk, the UK journalism
trade paper; feed `https://pressgazette.co.uk/feed/`), December 2025 to June 2026, and stories of
investigative and media-trade outlets (ICIJ, Nieman Lab, Bellingcat, GIJN, Reason, OpenNews Source,
The Dispatch, the Guardian's data journalism, First Draft). A blind set lists its stories in
`pages.txt` as `<name> <path inside the checkout>`. Each becomes `<out>/<name>.txt`:

    date: 2026-03-05        (the front matter's `date`: the day, UTC, the mirror first took the story)
    <title>
    <blank line>
    <the story, one paragraph per Markdown paragraph>

Rendering: images (`![..](..)`) are dropped, links keep their text (`[text](url)` -> `text`), lines of
one Markdown paragraph are joined, heading marks (`## `) and bold marks (`**`) are dropped, the
"Read more" link boxes (`*[ ... ]*`) and the closing "Email pged@pressgazette.co.uk ..." footer are
left out, and so are other feeds' own closing boilerplate (FEED_FOOTERS: Bellingcat's "Bellingcat is
a non-profit ..." donation and follow-us note, Nieman Lab's "Show tags / Hide tags", First Draft's
"Stay up to date with First Draft's work ..."), each with a "---" rule left just above it; where a
feed's Markdown puts each inline link in a paragraph of its own (Nieman Lab: JOIN_SPLIT_LINKS), the
pieces of a split sentence are joined back into one paragraph. Nothing else is changed.

    python benchmarks/make_pressgazette_inputs.py --checkout /path/to/gtcode-l \
        --pages benchmarks/realnews82/pages.txt --out /tmp/rn82
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from make_page_inputs import write_reports  # the shared pages.txt writer (run from benchmarks/)

# A feed's own closing boilerplate: the story is cut at the first line that starts with the marker
# (after leading Markdown emphasis), with any "---" rule and blank lines left just above it.
FEED_FOOTERS = {
    "bellingcat.com": "Bellingcat is a non-profit",
    "NiemanJournalismLab": "Show tags",
    "firstdraftnews.org": "Stay up to date with First Draft",
}

# Feeds whose Markdown puts each inline link in a paragraph of its own, splitting a sentence into
# pieces ("Technology journalist" / "[Julia Angwin](..)" / "is" / ...): a piece is joined back to the
# paragraph before it when it is a bare link or starts with a lower-case letter and that paragraph
# has no closing punctuation, or when it starts with closing punctuation (", said ...").
JOIN_SPLIT_LINKS = ("NiemanJournalismLab",)
BARE_LINK = re.compile(r"\[[^\[\]]*\]\([^()\s]*\)$")

LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")


def split_front(text: str) -> tuple[dict[str, str], str]:
    """The front matter's top-level scalar fields (folded continuation lines joined) and the body."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---\n", 4)
    fields: dict[str, str] = {}
    key = None
    for line in text[4:end].splitlines():
        if line.startswith(" ") and key is not None:
            if not line.strip().startswith("- ") and ":" not in line.strip().split(" ", 1)[0]:
                fields[key] += " " + line.strip()
            continue
        m = re.match(r"([A-Za-z_]+):\s?(.*)$", line)
        key = m.group(1) if m else None
        if key is not None:
            fields[key] = m.group(2).strip()
    return {k: unquote(v) for k, v in fields.items()}, text[end + 5 :]


def unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    return value


def paragraphs(body: str, feed: str = "") -> list[str]:
    """The story's paragraphs, rendered as the module docstring says."""
    lines = body.splitlines()
    for key, marker in FEED_FOOTERS.items():
        if key in feed:
            for i, line in enumerate(lines):
                if line.strip().lstrip("*_ ").startswith(marker):
                    lines = lines[:i]
                    while lines and lines[-1].strip() in ("", "---"):
                        lines.pop()
                    break
    for i, line in enumerate(lines):  # the closing "Email pged@pressgazette.co.uk ..." footer
        if line.strip() == "Email" and any("pged@pressgazette" in x for x in lines[i + 1 : i + 3]):
            lines = lines[:i]
            break
    blocks, cur = [], []
    for line in lines + [""]:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            blocks.append(cur)
            cur = []
    join = any(key in feed for key in JOIN_SPLIT_LINKS)
    out: list[str] = []
    prev_plain = False  # the paragraph before is running text (not a heading, quote or list item)
    for block in blocks:
        raw = "\n".join(block)
        if raw.startswith("![") or re.match(r"\*{1,3}\[", raw):  # images, "Read more" link boxes
            continue
        raw = "\n".join(x for x in block if not x.startswith("!["))
        raw = LINK.sub(lambda m: m.group(1).strip(), raw)
        text = ""
        for part in raw.split("\n"):
            part = part.strip()
            if not part:
                continue
            if text and not re.match(r"[,.;:!?)\u2019\u201d]", part):
                text += " "
            text += part
        plain = not re.match(r"[#>*+-]|\d+\.\s", block[0])
        text = re.sub(r"^#+\s*", "", text).replace("**", "")
        text = re.sub(r"[ \t]+", " ", text).strip()
        if not text:
            continue
        if join and out and prev_plain and plain:
            if re.match(r"[,.;:!?)\u2019\u201d]", text):
                out[-1] += text
                continue
            if not re.search(r"[.!?:\"\u201d\u2026]$", out[-1]) and (
                BARE_LINK.match(block[0]) and len(block) == 1 or text[0].islower()
            ):
                out[-1] += " " + text
                continue
        out.append(text)
        prev_plain = plain
    return out


def report(path: Path) -> str:
    fields, body = split_front(path.read_text(encoding="utf-8", errors="replace"))
    day = fields["date"][:10]
    return f"date: {day}\n{fields['title'].strip()}\n\n" + "\n\n".join(paragraphs(body, fields.get("feed", ""))) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, required=True, help="a checkout of gtcode-dot-com/l")
    ap.add_argument("--pages", type=Path, required=True, help="the set's pages.txt: <name> <path>")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    write_reports(args.pages, args.out, lambda rel: report(args.checkout / rel))


if __name__ == "__main__":
    main()
