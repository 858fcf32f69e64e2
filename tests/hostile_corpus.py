"""Inputs for the reliability tests and benchmarks: many small good reports, and hostile files.

Every sentence here is written for this project. The builders write files and return what a
run should make of them, so a test can state its expectation next to the input.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

TOWNS = ["Ashford", "Bramley", "Calder", "Dunmore", "Elston", "Fenwick", "Garrow", "Holbeck", "Irvine",
         "Jarrow", "Kelso", "Lydd", "Marden", "Norley", "Otley", "Penrith", "Quorn", "Rydal", "Selby", "Tring"]
HAZARDS = [("storm", "uprooted trees and tore roofs from"), ("flood", "left water standing in"),
           ("fire", "destroyed"), ("landslide", "buried the road to")]

SENTENCE = ("The regional governor said on Tuesday that 240 people had been evacuated from villages along "
            "the river after three days of heavy rain, and officials estimated that about 1,500 homes were "
            "flooded. ")


def report(n: int, tag: str = "") -> str:
    """A short news report, different for every `n` (and `tag`): a few figures with a claimant."""
    town = TOWNS[n % len(TOWNS)]
    hazard, verb = HAZARDS[n % len(HAZARDS)]
    homes, people, cost = 40 + 7 * n, 110 + 13 * n, 2 + n % 9
    return (
        f"{hazard.title()} hits {town} {tag}\n\n"
        f"A {hazard} {verb} {homes} homes in {town} on Monday night, the county council said on Tuesday. "
        f"About {people} residents spent the night in a sports hall, a council spokeswoman said.\n\n"
        f"Engineers estimated that repairs would cost at least ${cost} million, according to the council, "
        f"and more than {n + 3} roads stayed closed on Tuesday morning. Report {tag} number {n}.\n"
    )


def write_reports(folder: Path, count: int, tag: str = "") -> list[Path]:
    """`count` different reports as .txt files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        p = folder / f"report_{tag}{n:03d}.txt"
        p.write_text(report(n, tag), encoding="utf-8")
        paths.append(p)
    return paths


def one_line_text(path: Path, size: int = 19_900_000) -> Path:
    """A text of `size` bytes with no line break: news sentences run together, each with figures."""
    reps = size // len(SENTENCE) + 1
    path.write_text((SENTENCE * reps)[:size].rstrip() + ".", encoding="ascii")
    return path


def tag_flood_html(path: Path, tags: int = 1_000_000) -> Path:
    """An HTML page of `tags` tags (about 9.5 bytes each: a million make 9.5 MB) around short words."""
    pair = "<span>word </span>\n"
    head = "<html><head><title>Tag flood</title></head><body><p>"
    tail = "</p></body></html>"
    path.write_text(head + pair * ((tags - 6) // 2) + tail, encoding="ascii")
    return path


def jsonl_with_giant_line(path: Path, good: int = 3, giant_bytes: int = 50_000_000) -> list[str]:
    """A JSON Lines file: `good` report records around one record whose line is `giant_bytes` long.

    Returns the document names of the good records (their URL slugs).
    """
    names = []
    with path.open("w", encoding="utf-8") as f:
        for n in range(good):
            url = f"https://example.org/reports/{n}"
            if n == good // 2:
                filler = "x" * giant_bytes
                f.write(json.dumps({"url": "https://example.org/giant", "text": filler}) + "\n")
            f.write(json.dumps({"url": url, "title": f"Report {n}", "text": report(n, "jsonl")}) + "\n")
            names.append(f"example.org/reports/{n}")
    return names


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def symlink_loop(folder: Path, name: str = "loop") -> Path:
    """Two links that point at each other: stat() fails with ELOOP."""
    a, b = folder / f"{name}_a.txt", folder / f"{name}_b.txt"
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    return a
