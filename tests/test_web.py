"""The web UI over a small SQLite ledger written from gold seed data with the documented schema."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_report import XSS_SENTENCE, XSS_TITLE, gold_ledger

from newsledger.report.bundle import Ledger
from newsledger.web import queries
from newsledger.web.app import create_app


def write_sqlite(ledger: Ledger, path: Path) -> Path:
    """Test helper: a ledger file in the schema that web/queries.py documents."""
    conn = sqlite3.connect(path)
    conn.executescript(queries.SCHEMA)
    story_of = {d: s.id for s in ledger.stories for d in s.docs}
    for d in ledger.documents:
        conn.execute("INSERT INTO documents (doc, source, title, author, outlet, published, url, "
                     "status, reason, body, story) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (d.doc, d.source, d.title, d.author, d.outlet, d.published, d.url, d.status,
                      d.reason, d.body, story_of.get(d.doc)))
    for name, source, reason in ledger.rejected:
        conn.execute("INSERT INTO documents (doc, source, status, reason) VALUES (?,?,?,?)",
                     (name, source, "rejected", reason))
    ids = {}
    for i, c in enumerate(ledger.claims, 1):
        ids[id(c)] = i
        conn.execute("INSERT INTO claims (id, doc, quote, low, high, bound, unit, event, subject, "
                     "claimant, claimant_aliases, via, time, hedged, negated, sentence, span_start,"
                     " span_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (i, c.doc, c.quote, c.low, c.high, c.bound, c.unit, c.event, c.subject,
                      c.claimant, json.dumps(c.claimant_aliases), json.dumps(c.via), c.time,
                      c.hedged, c.negated, c.sentence, c.span[0], c.span[1]))
    for f in ledger.facts:
        story = f.story or story_of.get(f.claims[0].doc)
        conn.execute("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (f.id, story, f.label, f.unit, f.event, f.subject, f.status, f.low, f.high,
                      f.independent_sources, f.reports, json.dumps(f.latest),
                      json.dumps(f.routes), json.dumps(f.notes)))
        conn.executemany("INSERT INTO fact_claims VALUES (?,?)",
                         [(f.id, ids[id(c)]) for c in f.claims])
    for s in ledger.stories:
        conn.execute("INSERT INTO stories VALUES (?,?,?,?)",
                     (s.id, s.title, json.dumps(s.docs), json.dumps(s.duplicates)))
    for t in ledger.timeline:
        conn.execute('INSERT INTO timeline (story, "when", what, claimant, docs, evidence) '
                     "VALUES (?,?,?,?,?,?)", (t.story or ledger.stories[0].id, t.when, t.what,
                                              t.claimant, json.dumps(t.docs), "[]"))
    for c in ledger.checks:
        conn.execute("INSERT INTO checks (kind, description, expected, observed, fits, claims) "
                     "VALUES (?,?,?,?,?,?)", (c.kind, c.description, c.expected, c.observed,
                                              c.fits, json.dumps(c.claims)))
    conn.execute("INSERT INTO runs (started, finished, documents, claims, changes) "
                 "VALUES (?,?,?,?,?)", ("2025-03-01T10:00", "2025-03-01T10:01",
                                        len(ledger.documents), len(ledger.claims),
                                        json.dumps(ledger.changes)))
    conn.commit()
    conn.close()
    return path


def evil_ledger(ledger: Ledger) -> Ledger:
    """The gold ledger with markup injected into a sentence, a title and a story name."""
    claims = list(ledger.claims)
    first = claims[0]
    claims[0] = replace(first, sentence=first.sentence + " " + XSS_SENTENCE)
    facts = [replace(f, claims=[claims[0] if c is first else c for c in f.claims])
             for f in ledger.facts]
    docs = [replace(ledger.documents[0], title=XSS_TITLE), *ledger.documents[1:]]
    stories = [replace(ledger.stories[0], title="Story " + XSS_TITLE)]
    return replace(ledger, claims=claims, facts=facts, documents=docs, stories=stories)


@pytest.fixture(scope="module")
def ledger(gold, seeds_dir) -> Ledger:
    return evil_ledger(gold_ledger(gold, seeds_dir))


@pytest.fixture(scope="module")
def client(ledger, tmp_path_factory) -> TestClient:
    db = write_sqlite(ledger, tmp_path_factory.mktemp("web") / "ledger.sqlite")
    return TestClient(create_app(db))


def test_index_lists_stories_with_counts(client, ledger):
    r = client.get("/")
    assert r.status_code == 200
    story = ledger.stories[0]
    assert f'href="/story/{story.id}"' in r.text
    assert f">{len(ledger.claims)}<" in r.text
    assert "<img src=x" not in r.text and "&lt;img src=x" in r.text


def test_story_page_sections(client, ledger):
    r = client.get(f"/story/{ledger.stories[0].id}")
    assert r.status_code == 200
    for text in ("Key figures", "Timeline", "Provenance", '<svg class="provenance"',
                 "data:image/svg+xml;base64,"):
        assert text in r.text
    assert r.text.count('<table class="figures">') == 1
    assert "<mark>" in r.text
    assert "<script>alert(1)" not in r.text


def test_unknown_ids_are_404(client):
    assert client.get("/story/nope").status_code == 404
    assert client.get("/doc/nope.txt").status_code == 404
    assert client.get("/api/nothing").status_code == 404


def test_facts_filter(client, ledger):
    statuses = {f.status for f in ledger.facts}
    for status in statuses:
        data = client.get("/api/facts", params={"status": status}).json()
        assert len(data) == sum(f.status == status for f in ledger.facts)
    page = client.get("/facts", params={"status": "conflicting"})
    assert page.status_code == 200
    assert page.text.count('class="badge st-conflicting"') == sum(
        f.status == "conflicting" for f in ledger.facts)
    unit = ledger.facts[0].unit
    assert all(f["unit"] == unit for f in client.get("/api/facts", params={"unit": unit}).json())


def test_claims_filters_and_search(client, ledger):
    doc = ledger.documents[1].doc
    data = client.get("/api/claims", params={"doc": doc}).json()
    assert len(data) == sum(c.doc == doc for c in ledger.claims)
    claimant = next(c.claimant for c in ledger.claims if c.claimant)
    data = client.get("/api/claims", params={"claimant": claimant}).json()
    assert data and all(d["claimant"] == claimant for d in data)
    word = ledger.claims[3].quote
    data = client.get("/api/claims", params={"q": word}).json()
    assert any(d["quote"] == word for d in data)
    page = client.get("/claims", params={"q": "alert(1)"})
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<script>alert(1)" not in page.text
    fact = ledger.facts[0]
    assert len(client.get("/api/claims", params={"fact": fact.id}).json()) == len(fact.claims)


def test_documents_and_rejected(client, ledger):
    r = client.get("/documents")
    assert r.status_code == 200
    name, _, reason = ledger.rejected[0]
    assert name in r.text and reason in r.text
    assert "&#34;&gt;&lt;img src=x" in r.text


def test_doc_page_highlights_claims(client, ledger):
    doc = ledger.documents[2].doc
    r = client.get("/doc/" + quote(doc, safe=""))
    assert r.status_code == 200
    n = sum(c.doc == doc for c in ledger.claims)
    assert r.text.count("<mark id=") == n


def test_api_timeline_and_stories(client, ledger):
    tl = client.get("/api/timeline").json()
    assert [t["when"] for t in tl] == sorted(t.when for t in ledger.timeline)
    stories = client.get("/api/stories").json()
    assert stories[0]["claims"] == len(ledger.claims)
    assert stories[0]["docs"] == len(ledger.stories[0].docs)


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


def test_stylesheets_served(client):
    for path in ("/static/report.css", "/static/web.css"):
        r = client.get(path)
        assert r.status_code == 200 and "text/css" in r.headers["content-type"]
        assert "{" in r.text
