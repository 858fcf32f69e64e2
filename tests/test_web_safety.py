"""The web server when shared: Host allow-list, token, read-only mode, headers, uploads, SQL.

Runs on a ledger the real pipeline wrote from the reports in test_web.py (our own words).
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_web import LOCAL, REPORTS, run_pipeline, write_inputs
from typer.testing import CliRunner

from newsledger.web import jobs as jobs_module
from newsledger.web.app import create_app

TOKEN = "correct-horse-battery-staple"
SECURITY_HEADERS = ("content-security-policy", "x-frame-options", "x-content-type-options",
                    "referrer-policy")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("safety")
    return run_pipeline([write_inputs(work / "in")], work)


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db), base_url=LOCAL)


def _get_paths(client: TestClient) -> list[str]:
    """Every GET route of the schema, with path parameters filled by a real or unknown id."""
    schema = client.get("/api/openapi.json").json()
    out = ["/static/web.css", "/static/report.css", "/api/docs", "/login", "/no/such/page"]
    for path, ops in schema["paths"].items():
        if "get" not in ops:
            continue
        out.append(path.replace("{story_id}", "s1").replace("{name}", "nobody")
                   .replace("{job_id}", "nojob"))
    return out


def test_security_headers_on_every_page_and_error(client):
    paths = _get_paths(client)
    assert len(paths) > 40
    for path in paths:
        r = client.get(path, params={"sql": "SELECT 1"} if "sql" in path else None)
        assert r.status_code < 500, path
        for h in SECURITY_HEADERS:
            assert h in r.headers, (path, h)
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert "default-src 'self'" in r.headers["content-security-policy"]
    refused = client.get("/", headers={"host": "evil.example"})
    assert all(h in refused.headers for h in SECURITY_HEADERS)


def test_foreign_host_is_refused(client, db):
    for path in ("/", "/claims", "/api/claims", "/api/openapi.json"):
        r = client.get(path, headers={"host": "attacker.example:8000"})
        assert r.status_code == 400, path
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"host": "[::1]:8000"}).status_code == 200
    shared = TestClient(create_app(db, allowed_hosts={"ledger.lan"}), base_url="http://ledger.lan")
    assert shared.get("/").status_code == 200


def test_a_token_guards_every_read_and_write(db):
    c = TestClient(create_app(db, token=TOKEN), base_url=LOCAL)
    page = c.get("/claims")
    assert page.status_code == 401 and 'name="token"' in page.text
    assert page.headers["content-type"].startswith("text/html")
    api = c.get("/api/claims")
    assert api.status_code == 401 and api.json()["detail"]
    assert api.headers["www-authenticate"].startswith("Bearer")
    assert c.get("/api/claims", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert c.get("/api/claims", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert c.get("/api/claims", headers={"x-newsledger-token": TOKEN}).status_code == 200
    upload = c.post("/api/reports", data={"urls": "https://example.org/a"})
    assert upload.status_code == 401
    form = c.post("/add", data={"urls": "https://example.org/a"})
    assert form.status_code == 401


def test_login_page_sets_a_session_cookie_that_is_not_the_token(db):
    c = TestClient(create_app(db, token=TOKEN), base_url=LOCAL)
    assert c.get("/login").status_code == 200
    bad = c.post("/login", data={"token": "guess", "next": "/facts"}, follow_redirects=False)
    assert bad.status_code == 401 and "not right" in bad.text
    ok = c.post("/login", data={"token": TOKEN, "next": "/facts"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/facts"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert TOKEN not in cookie
    assert c.get("/facts").status_code == 200  # the client keeps the cookie
    away = c.post("/login", data={"token": TOKEN, "next": "//evil.example/"},
                  follow_redirects=False)
    assert away.headers["location"] == "/"


def test_public_mode_reads_but_refuses_writes(db):
    c = TestClient(create_app(db, read_only=True), base_url=LOCAL)
    assert c.get("/claims").status_code == 200
    assert "read-only" in c.get("/").text
    assert c.post("/api/reports", data={"urls": "https://example.org/x"}).status_code == 403
    assert c.post("/add", data={"urls": "https://example.org/x"}).status_code == 403
    assert c.get("/api/health").json() == {"ok": True, "run": 1, "read_only": True,
                                           "token_required": False}


def test_cross_site_form_posts_are_refused(client):
    r = client.post("/add", data={"urls": "https://example.org/x"},
                    headers={"origin": "https://evil.example"})
    assert r.status_code == 403


def test_serve_refuses_a_network_address_without_a_token(db, monkeypatch):
    from newsledger import cli
    from newsledger.web import app as web_app

    calls = []
    monkeypatch.setattr(web_app, "serve", lambda *a, **kw: calls.append(kw))
    runner = CliRunner()
    refused = runner.invoke(cli.app, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert refused.exit_code == 2 and "without a token" in refused.output and calls == []
    public = runner.invoke(cli.app, ["serve", "--db", str(db), "--host", "0.0.0.0", "--public"])
    assert public.exit_code == 0 and "WARNING" in public.output
    assert calls[-1]["read_only"] is True and calls[-1]["token"] is None
    tokened = runner.invoke(cli.app, ["serve", "--db", str(db), "--host", "0.0.0.0",
                                      "--token", TOKEN])
    assert tokened.exit_code == 0 and calls[-1]["token"] == TOKEN
    assert calls[-1]["read_only"] is False
    local = runner.invoke(cli.app, ["serve", "--db", str(db)])
    assert local.exit_code == 0 and calls[-1]["host"] == "127.0.0.1"


# ---- uploads ------------------------------------------------------------------------------

def _wait(client: TestClient, job_id: str, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish")


def test_uploaded_report_runs_through_the_pipeline_and_appears(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    first, second = list(REPORTS)
    (folder / first).write_text(REPORTS[first], encoding="utf-8")
    db = run_pipeline([folder], tmp_path)
    c = TestClient(create_app(db), base_url=LOCAL)
    assert c.get("/api/claims", params={"doc": second}).json()["total"] == 0
    r = c.post("/api/reports", files=[("files", (second, REPORTS[second].encode(), "text/plain"))])
    assert r.status_code == 202, r.text
    job = _wait(c, r.json()["id"])
    assert job["state"] == "done" and job["added"] == 1 and job["docs"] == [second]
    claims = c.get("/api/claims", params={"doc": second}).json()
    assert claims["total"] == job["claims"] > 0
    page = c.get(f"/jobs/{job['id']}")
    assert page.status_code == 200 and second in page.text
    again = c.post("/api/reports", files=[("files", (second, REPORTS[second].encode(),
                                                     "text/plain"))])
    assert _wait(c, again.json()["id"])["skipped"] == 1


def test_upload_limits(client, monkeypatch):
    nothing = client.post("/api/reports", data={"urls": ""})
    assert nothing.status_code == 422
    wrong = client.post("/api/reports", files=[("files", ("tool.exe", b"MZ\x00", "application/x"))])
    assert wrong.status_code == 422 and "not a report file" in wrong.json()["detail"]
    monkeypatch.setattr(jobs_module, "MAX_FILE_BYTES", 1000)
    big = client.post("/api/reports", files=[("files", ("big.txt", b"x" * 5000, "text/plain"))])
    assert big.status_code == 413
    inside = client.post("/api/reports", data={"urls": "http://127.0.0.1:8000/secret"})
    assert inside.status_code == 422 and "public" in inside.json()["detail"]
    page = client.post("/add", data={"urls": "ftp://example.org/x"})
    assert page.status_code == 422 and "http(s)" in page.text
    assert page.headers["content-type"].startswith("text/html")


def test_request_bodies_are_capped(db):
    c = TestClient(create_app(db), base_url=LOCAL)
    c.app.policy.max_body = 10_000
    r = c.post("/api/reports", files=[("files", ("a.txt", b"y" * 20_000, "text/plain"))])
    assert r.status_code == 413

    def chunks():
        yield b"z" * 8000
        yield b"z" * 8000

    streamed = c.post("/api/reports", content=chunks(),
                      headers={"content-type": "multipart/form-data; boundary=x"})
    assert streamed.status_code == 413


# ---- read-only SQL ------------------------------------------------------------------------

def test_sql_reads_and_cannot_write(client, db):
    import sqlite3

    n = sqlite3.connect(db).execute("SELECT count(*) FROM claims").fetchone()[0]
    r = client.get("/api/sql", params={"sql": "SELECT count(*) AS n FROM claims"})
    assert r.status_code == 200 and r.json()["rows"] == [[n]]
    for bad in ("DELETE FROM claims", "DROP TABLE claims", "ATTACH DATABASE '/tmp/x.db' AS x",
                "PRAGMA writable_schema = 1", "SELECT 1; DELETE FROM claims",
                "UPDATE claims SET quote = 'x'"):
        r = client.get("/api/sql", params={"sql": bad})
        assert r.status_code == 400, bad
    assert sqlite3.connect(db).execute("SELECT count(*) FROM claims").fetchone()[0] == n
    page = client.get("/sql", params={"sql": "DELETE FROM claims"})
    assert page.status_code == 400 and "<h1>SQL</h1>" in page.text


def test_sql_is_stopped_after_its_time_limit(db):
    c = TestClient(create_app(db, sql_seconds=0.2), base_url=LOCAL)
    endless = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
               "SELECT count(*) FROM n")
    started = time.monotonic()
    r = c.get("/api/sql", params={"sql": endless})
    assert r.status_code == 400 and "longer than" in r.json()["detail"]
    assert time.monotonic() - started < 5


def test_sql_results_are_escaped(client):
    r = client.get("/sql", params={"sql": "SELECT '<script>alert(3)</script>' AS x"})
    assert r.status_code == 200
    assert "<script>alert(3)" not in r.text and "&lt;script&gt;alert(3)" in r.text


def test_csv_export_is_text_not_a_page(client):
    r = client.get("/claims.csv")
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    first = io.StringIO(r.text).readline()
    assert first.startswith("id,")
