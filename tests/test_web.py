"""The web UI over a ledger written by the real pipeline (`newsledger run`) from small reports.

The reports are written here in our own words: two outlets on one invented storm, one wire
record whose title and text carry markup (to prove the pages escape it), and inputs the
pipeline must reject (empty, binary, a JSON line with no text).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from typer.testing import CliRunner

from newsledger.web import queries
from newsledger.web.app import create_app

XSS_TITLE = '"><img src=x onerror=alert(2)> Varnok aid convoy'
XSS_TEXT = "<script>alert(1)</script>"

REPORTS = {
    "harbour_times.txt": """The Harbour Times
World | Weather

Storm Edda floods Varnok coast, dozens dead

By Mira Lund | October 14, 2025

At least 42 people were killed when Storm Edda struck the Varnok coast on Sunday, the regional
emergency agency said on Monday.

The agency said 3,100 people had been moved to shelters and about 12,000 homes had lost power.

The Red Crescent put the number of dead at 57, citing its volunteers in the worst-hit villages.
""",
    "northern_dispatch.txt": """Northern Dispatch
News | Climate

Varnok storm toll rises as rescuers reach cut-off villages

By Oskar Hale | October 15, 2025

The death toll from Storm Edda has risen to 61, the regional emergency agency said on Tuesday,
up from 42 a day earlier.

More than 5,000 people were staying in shelters, the agency said, while power had been
restored to all but 2,000 homes.

The Red Crescent said on Tuesday that 57 people had died and that 300 were still missing.
""",
}
WIRE = {"url": "https://wire.example/varnok-aid", "outlet": "Test Wire", "published": "2025-10-16",
        "title": XSS_TITLE,
        "text": "Aid trucks reached the Varnok coast on Thursday, the regional emergency agency "
                f"said. {XSS_TEXT} It said 40 trucks had carried food and water to 9 villages."}


def run_pipeline(inputs: list[Path], work: Path) -> Path:
    """Run `newsledger run` in-process (spaCy loads once per test session); return the ledger."""
    from newsledger.cli import app

    db = work / "ledger.sqlite"
    result = CliRunner().invoke(app, ["run", *map(str, inputs), "--db", str(db),
                                      "--out", str(work / "out")])
    assert result.exit_code == 0, result.output
    return db


def write_inputs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "wire.jsonl").write_text(json.dumps(WIRE) + "\n" + json.dumps({"title": "no body"})
                                       + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF\x00\x01\x02 not text")
    return folder


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("web")
    return run_pipeline([write_inputs(work / "in")], work)


@pytest.fixture(scope="module")
def sql(db) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def test_pipeline_wrote_what_the_pages_need(sql):
    ok = sql.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
    rejected = sql.execute("SELECT count(*) FROM documents WHERE status = 'rejected'").fetchone()[0]
    assert ok == 3 and rejected >= 3
    assert sql.execute("SELECT count(*) FROM claims").fetchone()[0] >= 6
    assert sql.execute("SELECT count(*) FROM stories").fetchone()[0] >= 1
    assert sql.execute("SELECT count(*) FROM facts").fetchone()[0] >= 1


def test_index_lists_every_story_with_counts(client, sql):
    r = client.get("/")
    assert r.status_code == 200
    for s in sql.execute("SELECT id FROM stories"):
        assert f'href="/story/{quote(s["id"], safe="")}"' in r.text
    n_claims = sql.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert f"<b>{n_claims}</b>" in r.text
    api = client.get("/api/stories").json()
    assert sum(s["claims"] for s in api) == n_claims
    assert "<img src=x" not in r.text


def test_every_story_page_renders(client, sql):
    for s in sql.execute("SELECT id, title FROM stories"):
        r = client.get(f"/story/{quote(s['id'], safe='')}")
        assert r.status_code == 200
        for text in ("Key figures", "Timeline", "Evidence"):
            assert text in r.text
        assert "<mark>" in r.text
        assert "<script>alert(1)" not in r.text and "<img src=x" not in r.text


def test_unknown_ids_are_404(client):
    assert client.get("/story/nope").status_code == 404
    assert client.get("/doc/nope.txt").status_code == 404
    assert client.get("/api/nothing").status_code == 404


def test_facts_filter_matches_the_ledger(client, sql):
    for (status,) in sql.execute("SELECT DISTINCT status FROM facts"):
        expected = sql.execute("SELECT count(*) FROM facts WHERE status = ?", (status,)).fetchone()[0]
        assert len(client.get("/api/facts", params={"status": status}).json()) == expected
        page = client.get("/facts", params={"status": status})
        assert page.status_code == 200
        assert page.text.count(f'class="badge st-{status}"') == expected
    data = client.get("/api/facts").json()
    assert [f["reports"] for f in data] == sorted((f["reports"] for f in data), reverse=True)


def test_claims_filters_and_search(client, sql):
    doc = "northern_dispatch.txt"
    expected = sql.execute("SELECT count(*) FROM claims WHERE doc = ?", (doc,)).fetchone()[0]
    assert expected > 0
    assert len(client.get("/api/claims", params={"doc": doc}).json()) == expected
    claimant = sql.execute("SELECT claimant FROM claims WHERE claimant IS NOT NULL").fetchone()[0]
    data = client.get("/api/claims", params={"claimant": claimant}).json()
    assert data and all(d["claimant"] == claimant for d in data)
    assert all(isinstance(d["via"], list) for d in data)
    data = client.get("/api/claims", params={"q": "Red Crescent"}).json()
    assert data and all("red crescent" in (d["sentence"] + (d["claimant"] or "")).lower()
                        for d in data)
    fact, n = sql.execute("SELECT fact_id, count(*) FROM fact_claims GROUP BY fact_id "
                          "ORDER BY 2 DESC").fetchone()
    assert len(client.get("/api/claims", params={"fact": fact}).json()) == n
    page = client.get("/claims", params={"q": "trucks"})
    assert page.status_code == 200 and "<mark>" in page.text
    assert "<script>alert(1)" not in page.text


def test_documents_page_shows_rejected_inputs_with_reasons(client, sql):
    r = client.get("/documents")
    assert r.status_code == 200
    rejected = sql.execute("SELECT doc, reason FROM documents WHERE status = 'rejected'").fetchall()
    assert len(rejected) >= 3
    section = r.text.split('id="rejected"', 1)[1]
    for row in rejected:
        assert escape(row["doc"]) in section and escape(row["reason"]) in section
    assert "&#34;&gt;&lt;img src=x" in r.text and "<img src=x" not in r.text
    statuses = {d["status"] for d in client.get("/api/documents", params={"status": "ok"}).json()}
    assert statuses == {"ok"}


def test_doc_page_marks_each_claim_and_escapes_the_body(client, sql):
    for row in sql.execute("SELECT id, doc FROM documents WHERE status = 'ok'"):
        spans = sorted({(r[0], r[1]) for r in sql.execute(
            "SELECT span_start, span_end FROM claims WHERE document_id = ?", (row["id"],))})
        disjoint, end = 0, -1
        for s, e in spans:
            if s >= end:
                disjoint, end = disjoint + 1, e
        r = client.get("/doc/" + quote(row["doc"], safe=""))
        assert r.status_code == 200
        assert r.text.count("<mark id=") == disjoint
        assert "<script>alert(1)" not in r.text


def test_api_timeline_is_the_ledger_timeline_in_date_order(client, sql):
    tl = client.get("/api/timeline").json()
    assert len(tl) == sql.execute("SELECT count(*) FROM timeline").fetchone()[0]
    assert [t["when"] for t in tl] == sorted(t["when"] for t in tl)
    assert all(isinstance(t["docs"], list) for t in tl)


def test_second_run_adds_nothing_and_the_index_says_so(tmp_path):
    inputs = write_inputs(tmp_path / "in")
    run_pipeline([inputs], tmp_path)
    db = run_pipeline([inputs], tmp_path)
    page = TestClient(create_app(db)).get("/")
    assert "Run 2 of 2" in page.text
    assert "0 documents added" in page.text


def test_missing_or_junk_db(tmp_path):
    c = TestClient(create_app(tmp_path / "missing.sqlite"))
    assert c.get("/").status_code == 503
    assert c.get("/api/facts").status_code == 503
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    assert TestClient(create_app(junk)).get("/facts").status_code == 503
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    e = TestClient(create_app(empty))
    assert e.get("/").status_code == 200 and e.get("/api/claims").json() == []
    assert e.get("/documents").status_code == 200


def test_queries_read_only(db):
    conn = queries.connect(db)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM claims")
    conn.close()


def test_stylesheets_served(client):
    for path in ("/static/report.css", "/static/web.css"):
        r = client.get(path)
        assert r.status_code == 200 and "text/css" in r.headers["content-type"]
        assert "{" in r.text
