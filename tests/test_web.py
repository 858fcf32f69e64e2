"""The web UI over a ledger written by the real pipeline (`newsledger run`) from small reports.

The reports are written here in our own words: two outlets on one invented storm, one wire
record whose title and text carry markup (to prove the pages escape it), and inputs the
pipeline must reject (empty, binary, a JSON line with no text). The security and upload
tests are in test_web_safety.py; the workbench's tables in test_workbench.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from typer.testing import CliRunner

from newsledger.web import queries
from newsledger.web.app import create_app

LOCAL = "http://127.0.0.1:8000"

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
    return TestClient(create_app(db), base_url=LOCAL)


def test_pipeline_wrote_what_the_pages_need(sql):
    ok = sql.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
    rejected = sql.execute("SELECT count(*) FROM documents WHERE status = 'rejected'").fetchone()[0]
    assert ok == 3 and rejected >= 3
    assert sql.execute("SELECT count(*) FROM claims").fetchone()[0] >= 6
    assert sql.execute("SELECT count(*) FROM stories").fetchone()[0] >= 1
    assert sql.execute("SELECT count(*) FROM facts").fetchone()[0] >= 1


def test_run_builds_the_search_index(sql):
    names = {r[0] for r in sql.execute("SELECT name FROM sqlite_master")}
    assert {"claims_fts", "documents_fts"} <= names
    n = sql.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'crescent'").fetchone()[0]
    assert n == sql.execute("SELECT count(*) FROM claims WHERE sentence LIKE '%Crescent%' "
                            "OR claimant LIKE '%Crescent%'").fetchone()[0] > 0


def test_index_lists_every_story_with_counts(client, sql):
    r = client.get("/")
    assert r.status_code == 200
    for s in sql.execute("SELECT id FROM stories"):
        assert f'href="/story/{quote(s["id"], safe="")}"' in r.text
    n_claims = sql.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert f"<b>{n_claims}</b>" in r.text
    api = client.get("/api/stories").json()
    assert api["total"] == len(api["rows"]) == sql.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert sum(s["claims"] for s in api["rows"]) == n_claims
    assert "<img src=x" not in r.text


def test_head_is_answered_like_get(client):
    for path in ("/", "/claims", "/facts"):
        r = client.head(path)
        assert r.status_code == 200 and r.content == b""
        assert r.headers["content-type"].startswith("text/html")


def test_every_story_page_renders(client, sql):
    for s in sql.execute("SELECT id, title FROM stories"):
        r = client.get(f"/story/{quote(s['id'], safe='')}")
        assert r.status_code == 200
        for text in ("Key figures", "Timeline", "Evidence"):
            assert text in r.text
        assert "<mark>" in r.text
        assert "<script>alert(1)" not in r.text and "<img src=x" not in r.text


def test_story_charts_are_drawn_once_per_run_and_kept_in_the_ledger(db, sql):
    from newsledger.web.prepare import needs_prepare, prepare

    assert prepare(db)
    assert not needs_prepare(db)
    run = sql.execute("SELECT max(id) FROM runs").fetchone()[0]
    rows = sql.execute("SELECT story, run_id, timeline_svg FROM story_charts").fetchall()
    assert {r["story"] for r in rows} == {r[0] for r in sql.execute("SELECT id FROM stories")}
    assert all(r["run_id"] == run for r in rows)
    with_timeline = [r for r in rows if r["timeline_svg"]]
    assert with_timeline and all(r["timeline_svg"].startswith("data:image/svg+xml;base64,")
                                 for r in with_timeline)
    page = TestClient(create_app(db), base_url=LOCAL).get(
        "/story/" + quote(with_timeline[0]["story"], safe=""))
    assert with_timeline[0]["timeline_svg"] in page.text  # the stored chart, not a new drawing


def test_unknown_ids_are_404_as_html_pages_and_json_in_the_api(client):
    for path in ("/story/nope", "/doc/nope.txt", "/actor/Nobody%20At%20All", "/no/such/page"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "<h1>404</h1>" in r.text
    for path in ("/api/nothing", "/api/document/nope.txt", "/api/actor/Nobody"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["detail"]


def test_oversized_numbers_are_refused_not_crashed(client):
    r = client.get("/api/claims", params={"offset": "9223372036854775808"})
    assert r.status_code == 422 and r.headers["content-type"] == "application/json"
    r = client.get("/claims", params={"page": "100000000000000000"})
    assert r.status_code == 400 and "<h1>400</h1>" in r.text
    assert client.get("/claims", params={"page": "abc"}).status_code == 400
    assert client.get("/api/claims", params={"limit": 0}).status_code == 422
    assert client.get("/api/facts", params={"low_min": "1e999"}).status_code == 422
    assert client.get("/api/claims", params={"published_min": "yesterday"}).status_code == 422
    assert client.get("/claims", params={"published_min": "yesterday"}).status_code == 400
    assert client.get("/api/claims", params={"q": "x" * 201}).status_code == 422
    assert client.get("/api/claims", params={"sort": "-nope"}).status_code == 422


def test_documents_page_shows_rejected_inputs_with_reasons(client, sql):
    r = client.get("/documents", params={"status": "rejected"})
    assert r.status_code == 200
    rejected = sql.execute("SELECT doc, reason FROM documents WHERE status = 'rejected'").fetchall()
    assert len(rejected) >= 3
    for row in rejected:
        assert escape(row["doc"]) in r.text and escape(row["reason"]) in r.text
    all_docs = client.get("/documents").text
    assert "&#34;&gt;&lt;img src=x" in all_docs and "<img src=x" not in all_docs
    api = client.get("/api/documents", params={"status": "ok"}).json()
    assert {d["status"] for d in api["rows"]} == {"ok"} and api["total"] == 3


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
        detail = client.get("/api/document/" + quote(row["doc"], safe="")).json()
        assert len(detail["claims"]) == len(spans) or len(detail["claims"]) >= disjoint
        assert {c["doc"] for c in detail["claims"]} <= {row["doc"]}


def test_api_timeline_is_the_ledger_timeline_in_date_order(client, sql):
    tl = client.get("/api/timeline", params={"limit": 500}).json()
    assert tl["total"] == len(tl["rows"]) == sql.execute("SELECT count(*) FROM timeline").fetchone()[0]
    assert [t["when"] for t in tl["rows"]] == sorted(t["when"] for t in tl["rows"])
    assert all(isinstance(t["docs"], list) for t in tl["rows"])


def test_second_run_adds_nothing_and_the_index_says_so(tmp_path):
    inputs = write_inputs(tmp_path / "in")
    run_pipeline([inputs], tmp_path)
    db = run_pipeline([inputs], tmp_path)
    page = TestClient(create_app(db), base_url=LOCAL).get("/")
    assert "Run 2 of 2" in page.text
    assert "0 documents added" in page.text


def test_a_new_run_is_seen_without_a_restart(tmp_path):
    """Pages are cached per ledger version: a run that lands while serving shows at once."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = next(iter(REPORTS))
    (folder / name).write_text(REPORTS[name], encoding="utf-8")
    db = run_pipeline([folder], tmp_path)
    client = TestClient(create_app(db), base_url=LOCAL)
    before = client.get("/api/documents").json()["total"]
    assert client.get("/api/documents").json()["total"] == before  # served from the cache
    other = [n for n in REPORTS if n != name][0]
    (folder / other).write_text(REPORTS[other], encoding="utf-8")
    run_pipeline([folder], tmp_path)
    assert client.get("/api/documents").json()["total"] == before + 1


def test_missing_or_junk_db(tmp_path):
    c = TestClient(create_app(tmp_path / "missing.sqlite"), base_url=LOCAL)
    assert c.get("/").status_code == 503
    assert c.get("/api/facts").status_code == 503
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    assert TestClient(create_app(junk), base_url=LOCAL).get("/facts").status_code == 503
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    e = TestClient(create_app(empty), base_url=LOCAL)
    assert e.get("/").status_code == 200
    assert e.get("/api/claims").json()["rows"] == []
    assert e.get("/documents").status_code == 200
    assert e.get("/claims", params={"q": "anything"}).status_code == 200


def test_queries_read_only(db):
    conn = queries.connect(db)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM claims")
    conn.close()


def test_stylesheets_and_api_docs_are_served_from_the_package(client):
    for path in ("/static/report.css", "/static/web.css"):
        r = client.get(path)
        assert r.status_code == 200 and "text/css" in r.headers["content-type"]
        assert "{" in r.text
    docs = client.get("/api/docs")
    assert docs.status_code == 200
    srcs = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert srcs and all(s.startswith(("/", "data:")) for s in srcs)
    if "/static/swagger/swagger-ui-bundle.js" in srcs:
        js = client.get("/static/swagger/swagger-ui-bundle.js")
        assert js.status_code == 200 and len(js.content) > 100_000
    schema = client.get("/api/openapi.json").json()
    assert schema["paths"]["/api/claims"]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"]["$ref"].endswith("ClaimsPage")
