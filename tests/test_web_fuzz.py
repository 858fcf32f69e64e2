"""A short schemathesis run over every operation of the web server's own OpenAPI schema.

The long run is `make fuzz-web` (ten minutes against a real server); this one, in-process and
a few examples per operation, keeps every change honest: no 5xx, responses that match their
declared schema, status codes and content types, and invalid input refused.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import jsonschema
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from test_web import LOCAL, run_pipeline, write_inputs

from newsledger.web.app import create_app, longest_request, server_config
from newsledger.web.sql import SqlError, run_sql
from newsledger.web.tables import MAX_SEARCH, MAX_VALUE_CHARS, MAX_VALUES

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.config import SchemathesisConfig  # noqa: E402

CONFIG = Path(__file__).resolve().parents[1] / "benchmarks" / "schemathesis.toml"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("fuzz")
    return run_pipeline([write_inputs(work / "in")], work)


@pytest.fixture(scope="module")
def web_schema(db):
    app = create_app(db, allowed_hosts={"testserver", "localhost"}, uploads=False)
    config = SchemathesisConfig.from_path(str(CONFIG))
    return schemathesis.openapi.from_asgi("/api/openapi.json", app, config=config)


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db), base_url=LOCAL)


def test_every_operation_conforms_to_its_schema(web_schema):
    """Each operation in turn, positive and negative examples, all of schemathesis's checks.

    Derandomized so that CI is repeatable; `make fuzz-web` explores at random for ten minutes.
    """
    operations = [result.ok() for result in web_schema.get_all_operations()]
    assert len(operations) > 40
    failures = []
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=6, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate()

        try:
            check()
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report
            failures.append(f"{op.method.upper()} {op.path}: {exc}")
    assert not failures, "\n\n".join(failures)[:20000]


# ---- one test per class of failure `make fuzz-web` found --------------------------------

def test_sql_with_a_nul_character_is_refused_not_crashed(client, db):
    """A NUL in a query made sqlite3 raise ValueError: a 500 on /sql and /api/sql."""
    with pytest.raises(SqlError):
        run_sql(db, "SELECT 1\x00 AS x")
    api = client.get("/api/sql", params={"sql": "SELECT 1\x00"})
    assert api.status_code == 422 and api.headers["content-type"] == "application/json"
    page = client.get("/sql", params={"sql": "SELECT 1\x00"})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "<h1>422</h1>" in page.text
    assert client.get("/api/sql", params={"sql": "SELECT 1 AS x"}).json()["rows"] == [[1]]


def test_every_parameter_is_bounded_and_the_server_reads_the_longest_request(db):
    """A request the schema allows was cut off by uvicorn's 16 KiB request-line limit with a
    plain-text 400 that no schema declares; the server now reads what the schema allows."""
    app = create_app(db)
    limit = longest_request(app.app.openapi())
    with pytest.raises(ValueError):
        longest_request({"paths": {"/x": {"get": {"parameters": [
            {"name": "a", "in": "query", "schema": {"type": "string"}}]}}}})
    wide = "\U0001F4F0" * MAX_VALUE_CHARS  # four UTF-8 bytes, twelve once percent-encoded
    query = urlencode([("q", "\U0001F4F0" * MAX_SEARCH)] + [("story", wide)] * MAX_VALUES)
    assert 16 * 1024 < len(query) < limit
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    import uvicorn

    server = uvicorn.Server(server_config(app, "127.0.0.1", port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        for path, kind in (("/api/timeline", "application/json"), ("/timeline", "text/html")):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", f"{path}?{query}")  # httpx refuses URLs this long
            r = conn.getresponse()
            body = r.read()
            conn.close()
            assert r.status == 200 and r.getheader("content-type").startswith(kind), body[:200]
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _reads_as_valid(wire: str, schema: dict) -> bool:
    """Whether the schema allows what a server reads off the wire: the text, or its number."""
    readings: list[object] = [wire]
    for parse in (int, float):
        try:
            readings.append(parse(wire))
        except ValueError:
            pass
    return any(jsonschema.Draft202012Validator(schema).is_valid(x) for x in readings)


def test_the_schema_says_which_query_values_the_server_takes(client):
    """`q=false` and `docs=5` were answered 200 where the schema typed them otherwise (a
    nullable string, an array): for every query parameter of every page, API list and export,
    the server takes a wire value exactly when its schema allows that value."""
    schema = client.get("/api/openapi.json").json()
    checked = 0
    mismatches = []
    for path, ops in schema["paths"].items():
        op = ops.get("get")
        if op is None or "{" in path or path in ("/sql", "/api/sql"):
            continue  # SQL that the schema allows may still be wrong SQL (a 400 by design)
        for p in op.get("parameters", []):
            if p["in"] != "query":
                continue
            for wire in ("false", "5", "", "null"):
                r = client.get(path, params={p["name"]: wire})
                expected = _reads_as_valid(wire, p["schema"])
                checked += 1
                if (r.status_code == 200) != expected:
                    mismatches.append(f"{path}?{p['name']}={wire}: {r.status_code}, "
                                      f"schema says {'valid' if expected else 'invalid'}")
                elif not expected:
                    html = not path.startswith("/api/") and not path.endswith((".json", ".csv"))
                    kind = "text/html" if html else "application/json"
                    assert r.headers["content-type"].startswith(kind), (path, p["name"], wire)
    assert checked > 500
    assert not mismatches, "\n".join(mismatches[:40])


def test_answers_given_before_a_route_runs_are_documented(tmp_path):
    """A token missing, a foreign Host, an unreadable ledger: each operation's schema lists the
    status and the content type the server then answers with."""
    app = create_app(tmp_path / "missing.sqlite", token="a-token-for-this-test-only")
    schema = app.app.openapi()
    asked = 0
    for headers, expected in (({"authorization": "Bearer a-token-for-this-test-only"}, 503),
                              ({}, 401),
                              ({"host": "evil.example"}, 400)):
        client = TestClient(app, base_url=LOCAL, headers=headers)
        for path, ops in schema["paths"].items():
            if "get" not in ops or "{" in path or path in ("/api/health", "/api/jobs", "/add"):
                continue
            r = client.get(path, params={"sql": "SELECT 1"} if path.endswith("sql") else None)
            # the SQL pages report an unreadable ledger as a failed query (400), like any other
            assert r.status_code == expected or (path.endswith("sql") and r.status_code == 400), \
                (path, r.status_code)
            documented = ops["get"]["responses"].get(str(r.status_code))
            assert documented, (path, r.status_code)
            ctype = r.headers["content-type"].split(";")[0]
            assert ctype in documented["content"], (path, r.status_code, ctype)
            asked += 1
    assert asked > 100
