"""The workbench over the ledger's tables: sorting, facets, multi-value filters, ranges,
full-text search, totals, pagination and exports, each checked against SQL on the same file.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_web import LOCAL, run_pipeline, write_inputs

from newsledger.web.app import create_app
from newsledger.web.tables import TABLES, fts_query, like_escape

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("workbench")
    inputs = [write_inputs(work / "in")] + ([EXAMPLES] if EXAMPLES.is_dir() else [])
    return run_pipeline(inputs, work)


@pytest.fixture(scope="module")
def sql(db):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db), base_url=LOCAL)


def ok_claims(sql, where: str = "1", args: tuple = ()) -> int:
    return sql.execute("SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id "
                       f"WHERE d.status = 'ok' AND {where}", args).fetchone()[0]


def test_every_table_page_sorts_by_every_sortable_column(client, sql):
    for t in TABLES.values():
        api = client.get(f"/api/{t.name}", params={"limit": 500}).json()
        assert api["table"] == t.name
        for col in t.cols:
            if col.sort and col.kind not in ("list", "json"):
                for sort in (col.name, "-" + col.name):
                    r = client.get(f"/{t.name}", params={"sort": sort})
                    assert r.status_code == 200, (t.name, sort)
                    rows = client.get(f"/api/{t.name}", params={"sort": sort, "limit": 500}).json()
                    values = [x[col.name] for x in rows["rows"] if x[col.name] is not None]
                    assert values == sorted(values, reverse=sort.startswith("-")), (t.name, sort)
                    assert rows["total"] == api["total"]


def test_facet_counts_match_sql_and_values_combine_with_or(client, sql):
    data = client.get("/api/claims").json()
    units = {f["column"]: f for f in data["facets"]}["unit"]["values"]
    assert len(units) >= 2
    for v in units:
        assert v["count"] == ok_claims(sql, "c.unit = ?", (v["value"],))
    a, b = units[0]["value"], units[1]["value"]
    both = client.get("/api/claims", params=[("unit", a), ("unit", b), ("limit", 500)]).json()
    assert both["total"] == units[0]["count"] + units[1]["count"]
    assert {r["unit"] for r in both["rows"]} == {a, b}
    # the facet being filtered still lists its other values, with counts from the other filters
    again = {f["column"]: f for f in both["facets"]}["unit"]["values"]
    assert [v["value"] for v in again if v["selected"]] == sorted([a, b], key=lambda x: [
        v["value"] for v in units].index(x))
    assert len(again) == len(units)


def test_filters_on_two_columns_combine_with_and(client, sql):
    row = sql.execute("SELECT c.unit, c.doc FROM claims c JOIN documents d ON d.id = c.document_id"
                      " WHERE d.status = 'ok' AND c.unit IS NOT NULL LIMIT 1").fetchone()
    r = client.get("/api/claims", params={"unit": row["unit"], "doc": row["doc"]}).json()
    assert r["total"] == ok_claims(sql, "c.unit = ? AND c.doc = ?", (row["unit"], row["doc"])) > 0


def test_list_columns_filter_by_membership(client, sql):
    via = {f["column"]: f for f in client.get("/api/claims").json()["facets"]}["via"]["values"]
    if not via:
        pytest.skip("no claim came through an intermediary")
    name = via[0]["value"]
    rows = client.get("/api/claims", params={"via": name, "limit": 500}).json()
    assert rows["total"] == via[0]["count"] > 0
    assert all(name in r["via"] for r in rows["rows"])


def test_number_and_date_ranges(client, sql):
    r = client.get("/api/claims", params={"low_min": 100, "low_max": 10000, "limit": 500}).json()
    assert r["total"] == ok_claims(sql, "c.low >= 100 AND c.low <= 10000") > 0
    assert all(100 <= x["low"] <= 10000 for x in r["rows"])
    day = sql.execute("SELECT min(published) FROM documents WHERE status = 'ok' AND published "
                      "IS NOT NULL").fetchone()[0]
    r = client.get("/api/documents", params={"published_max": day, "status": "ok"}).json()
    assert r["total"] == sql.execute("SELECT count(*) FROM documents WHERE status = 'ok' AND "
                                     "substr(published, 1, 10) <= ?", (day,)).fetchone()[0] > 0
    month = day[:7]
    r = client.get("/api/documents", params={"published_min": month, "published_max": month})
    assert r.json()["total"] >= 1
    assert all(x["published"].startswith(month) for x in r.json()["rows"])


def test_timeline_ranges_keep_periods_that_overlap(client, sql):
    rows = client.get("/api/timeline", params={"limit": 500}).json()["rows"]
    periods = [t for t in rows if "/" in (t["when"] or "")]
    if not periods:
        pytest.skip("no period in the timeline")
    start, end = periods[0]["when"].split("/")
    inside = client.get("/api/timeline", params={"when_min": end[:10], "when_max": end[:10],
                                                 "limit": 500}).json()["rows"]
    assert periods[0]["id"] in {t["id"] for t in inside}


def test_full_text_search_over_claims_and_documents(client, sql):
    r = client.get("/api/claims", params={"q": "crescent", "limit": 500}).json()
    assert r["total"] == ok_claims(sql, "(c.sentence LIKE '%crescent%' OR c.claimant LIKE "
                                        "'%crescent%')") > 0
    prefix = client.get("/api/claims", params={"q": "cresc"}).json()
    assert prefix["total"] == r["total"]
    docs = client.get("/api/documents", params={"q": "varnok storm"}).json()
    assert docs["total"] >= 2
    for odd in ('"unclosed', "AND OR NOT", "50% off_", "*", "-", "a:b", "NEAR(x y)"):
        assert client.get("/api/claims", params={"q": odd}).status_code == 200, odd
        assert client.get("/claims", params={"q": odd}).status_code == 200, odd


def test_search_without_an_index_escapes_like_wildcards(client):
    assert like_escape("50%_x") == "%50\\%\\_x%"
    assert fts_query('say "hi" OR NOT') == '"say" "hi" "OR" "NOT"*'
    assert fts_query("***") == ""
    every = client.get("/api/facts").json()["total"]
    assert every > 0 and client.get("/api/facts", params={"q": "%"}).json()["total"] < every


def test_pages_have_totals_and_do_not_overlap(client, sql):
    total = ok_claims(sql)
    seen = []
    for page in (1, 2, 3):
        r = client.get("/api/claims", params={"limit": 10, "offset": (page - 1) * 10,
                                               "sort": "unit"}).json()
        assert r["total"] == total
        seen += [x["id"] for x in r["rows"]]
    assert len(seen) == len(set(seen)) == min(30, total)
    html = client.get("/claims", params={"size": 10, "page": 2}).text
    assert f"{total:,}" in html and "page 2 of" in html


def test_export_is_the_filtered_view(client, sql):
    unit = sql.execute("SELECT unit FROM claims WHERE unit IS NOT NULL GROUP BY unit "
                       "ORDER BY count(*) DESC").fetchone()[0]
    page = client.get("/claims", params={"unit": unit, "sort": "-low", "size": 10})
    link = re.search(r'href="(/claims\.csv\?[^"]+)"', page.text).group(1)
    r = client.get(unescape(link))
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == ok_claims(sql, "c.unit = ?", (unit,))
    assert {x["unit"] for x in rows} == {unit}
    lows = [float(x["low"]) for x in rows if x["low"]]
    assert lows == sorted(lows, reverse=True)
    as_json = client.get(unescape(link).replace("/claims.csv", "/claims.json")).json()
    assert [str(x["id"]) for x in as_json] == [x["id"] for x in rows]
    assert all(isinstance(x["via"], list) for x in as_json)
    assert json.loads(rows[0]["via"]) == as_json[0]["via"]


def test_links_keep_the_rest_of_the_state(client):
    page = client.get("/facts", params={"status": "consistent", "sort": "-reports"}).text
    sort_links = re.findall(r'<a class="sort" data-col="([^"]+)" href="([^"]+)"', page)
    assert sort_links
    for col, href in sort_links:
        href = unescape(href)
        assert "status=consistent" in href and f"sort={col}" in href.replace("sort=-", "sort=")
    facet_links = [unescape(h) for h in re.findall(r'<section class="facet"[^>]*>.*?</section>',
                                                   page, re.S)[0:1] for h in
                   re.findall(r'href="([^"]+)"', h)]
    assert facet_links and all("sort=-reports" in h for h in facet_links)


def test_actor_page_by_name_or_alias(client, sql):
    row = sql.execute("SELECT canonical, aliases FROM actors WHERE aliases != '[]' "
                      "LIMIT 1").fetchone()
    if row is None:
        pytest.skip("no actor with aliases")
    names = [row["canonical"], *json.loads(row["aliases"])]
    n = ok_claims(sql, f"c.claimant IN ({','.join('?' * len(names))})", tuple(names))
    for name in (row["canonical"], names[-1]):
        detail = client.get("/api/actor/" + name.replace("/", "%2F")).json()
        assert detail["actor"]["canonical"] == row["canonical"]
        assert len(detail["claims"]) == n
        page = client.get("/actor/" + name)
        assert page.status_code == 200 and row["canonical"].replace("'", "&#39;") in page.text


def test_every_table_page_escapes_what_it_shows(client):
    for t in TABLES.values():
        text = client.get(f"/{t.name}", params={"q": "<script>alert(5)</script>"}).text
        assert "<script>alert(5)" not in text
    page = client.get("/documents").text
    assert "<img src=x" not in page and "&lt;img src=x" in page
