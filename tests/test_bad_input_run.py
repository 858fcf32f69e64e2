"""One `newsledger run` over a folder of good reports mixed with every kind of junk.

The run is a real subprocess (exit code, no traceback, the summary as a user sees it); the
ledger it leaves is then read back. All texts below are written for this test.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOOD_COPIES = ("kursk_01_meridian_courier.txt", "quake_06_meridian_courier.txt")
URL = "http://127.0.0.1:9/"  # the discard port on this machine: refused at once, never leaves it

NEWS = (
    "The regional governor said on Tuesday that 240 people had been evacuated from villages along the "
    "river after three days of heavy rain. Officials estimated that about 1,500 homes were flooded and "
    "that repairs would cost at least $12 million.\n\n"
    "Rescue teams from the capital arrived late on Monday, the interior ministry said, and more than 30 "
    "roads remained closed."
)
GERMAN = (
    "Der Bürgermeister sagte am Dienstag, dass 240 Menschen aus den Dörfern am Fluss in Sicherheit "
    "gebracht worden seien, nachdem es drei Tage lang stark geregnet hatte. Nach Schätzungen der Behörden "
    "wurden etwa 1.500 Häuser überflutet, und die Reparaturen würden mindestens zwölf Millionen Euro kosten."
)
# Legacy encodings: English news whose few non-ASCII words must come out exactly as written.
CP1251_TEXT = "Residents of the district known locally as Заречье were among those moved. " + NEWS
LATIN1_TEXT = "Café owners in Zürich and Señor Peña's shop in Málaga sent £2,000 in aid. " + NEWS


def record(n: int) -> str:
    return json.dumps({"url": f"https://example.org/floods/{n}", "title": f"Flood update {n}",
                       "text": NEWS.replace("240", str(240 + n))})


# file name -> (bytes, expected status, words the stored body or the rejection reason must hold)
def build(folder: Path) -> dict[str, tuple[str, str]]:
    for name in GOOD_COPIES:
        shutil.copy(EXAMPLES / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.bin").write_bytes(bytes(range(256)) * 64)
    block = (NEWS + "\n").encode() * 2500  # ~1 MB, written 50 times
    with (folder / "huge.txt").open("wb") as f:
        for _ in range(50):
            f.write(block)
    (folder / "cyrillic_cp1251.txt").write_bytes(CP1251_TEXT.encode("cp1251"))
    (folder / "western_latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "wide_utf16.txt").write_bytes(NEWS.encode("utf-16"))  # with its BOM
    (folder / "cut_off.html").write_text(
        "<html><head><title>Floods close roads</title></head><body><nav>Home | News</nav><article><p>"
        + NEWS.replace("\n\n", "</p><p>") + "</p><p>Police said 14 bridges were shut<div><span cla",
        encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        record(1) + "\n" + '{"url": "https://example.org/floods/x", "text": "no closing quote\n' + record(2) + "\n",
        encoding="utf-8")
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    return {
        "empty.txt": ("rejected", "empty"),
        "photo.bin": ("rejected", "binary"),
        "huge.txt": ("rejected", "too large"),
        "feed.jsonl#2": ("rejected", "invalid JSON"),
        "german.txt": ("rejected", "not English"),
        "127.0.0.1:9": ("rejected", "could not fetch"),
    }


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    base = tmp_path_factory.mktemp("bad_input")
    folder = base / "reports"
    folder.mkdir()
    bad = build(folder)
    db, out = base / "ledger.sqlite", base / "out"
    env = {**os.environ, "COLUMNS": "400", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("NEWSLEDGER_PROGRESS", None)
    proc = subprocess.run(
        [sys.executable, "-m", "newsledger.cli", "run", str(folder), URL, "--db", str(db), "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    docs = {r["doc"]: dict(r) for r in con.execute(
        "SELECT d.*, (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS n_claims FROM documents d")}
    con.close()
    return {"proc": proc, "docs": docs, "bad": bad, "out": out}


def test_run_ends_well_without_a_traceback(run: dict) -> None:
    proc = run["proc"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith("report.html")
    assert (run["out"] / "report.html").exists()


def test_every_good_document_is_in_the_ledger_with_claims(run: dict) -> None:
    docs = run["docs"]
    good = [*GOOD_COPIES, "cyrillic_cp1251.txt", "western_latin1.txt", "wide_utf16.txt", "cut_off.html",
            "example.org/floods/1", "example.org/floods/2"]
    for name in good:
        assert name in docs, f"{name} missing; have {sorted(docs)}"
        assert docs[name]["status"] == "ok", (name, docs[name]["reason"])
        assert docs[name]["n_claims"] > 0, name
    assert set(docs) == set(good) | set(run["bad"])


def test_legacy_encodings_are_decoded_right(run: dict) -> None:
    docs = run["docs"]
    assert "Заречье" in docs["cyrillic_cp1251.txt"]["body"]
    latin = docs["western_latin1.txt"]["body"]
    for word in ("Café", "Zürich", "Señor Peña", "Málaga", "£2,000"):
        assert word in latin
    wide = docs["wide_utf16.txt"]["body"]
    assert "\x00" not in wide and "\ufeff" not in wide
    assert " ".join(wide.split()) == " ".join(NEWS.split())
    for name in ("cyrillic_cp1251.txt", "western_latin1.txt", "wide_utf16.txt"):
        assert "\ufffd" not in docs[name]["body"], name
        assert docs[name]["language"] == "en"


def test_broken_html_and_jsonl_keep_what_is_good(run: dict) -> None:
    docs = run["docs"]
    html = docs["cut_off.html"]
    assert html["title"] == "Floods close roads"
    assert "14 bridges" in html["body"] and "Home | News" not in html["body"]
    assert "241 people" in docs["example.org/floods/1"]["body"]
    assert "242 people" in docs["example.org/floods/2"]["body"]


def test_every_bad_input_is_rejected_with_its_reason(run: dict) -> None:
    docs, summary = run["docs"], run["proc"].stderr
    rows = [[c.strip() for c in line.strip("│┃ ").split("│")] for line in summary.splitlines() if "│" in line]
    listed = {r[0]: r[1] for r in rows if len(r) == 2}
    for name, (status, why) in run["bad"].items():
        assert docs[name]["status"] == status, name
        assert why.lower() in (docs[name]["reason"] or "").lower(), (name, docs[name]["reason"])
        assert name in listed, f"{name} not in the summary's rejected table"
        assert listed[name] == docs[name]["reason"]
        assert docs[name]["n_claims"] == 0
    assert "20 MB" in docs["huge.txt"]["reason"]
    assert "'de'" in docs["german.txt"]["reason"] and docs["german.txt"]["language"] == "de"
    assert "Bürgermeister" in docs["german.txt"]["body"]  # stored, just not read for figures
    rejected = int(next(r[1] for r in rows if r[0] == "rejected"))
    assert rejected == len(run["bad"])
