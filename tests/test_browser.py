"""The written brief and the web UI in a real browser (Debian's chromium via Playwright).

Both run on real pipeline output: `newsledger run` over the project's examples/ folder.
Checks what a test client cannot: the page renders without console errors, loads nothing
from the network, and the figures table and timeline chart are actually visible.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import threading
import time
from pathlib import Path

import pytest
from test_web import run_pipeline

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory) -> Path:
    """The examples run through the whole pipeline once; the ledger and brief land in one folder."""
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not present")
    work = tmp_path_factory.mktemp("browser")
    run_pipeline([EXAMPLES], work)
    return work


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _watch(page, allowed: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Record console errors and block (and record) every request outside `allowed`."""
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r):
        if r.request.url.startswith(allowed):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return errors, outside


def test_report_html_renders_offline(browser, pipeline):
    page = browser.new_page(viewport={"width": 1280, "height": 1600})
    errors, outside = _watch(page, ("file:", "data:"))
    page.goto((pipeline / "out" / "report.html").as_uri())
    page.wait_for_load_state("load")
    table = page.locator("table.figures").first
    assert table.is_visible()
    assert table.locator("tbody tr").count() > 0
    chart = page.locator("img.timeline-chart").first
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 50
    assert page.evaluate("document.querySelector('img.timeline-chart').naturalWidth") > 0
    assert page.locator("svg.provenance").first.is_visible()
    # an evidence link scrolls to its sentence and opens nothing external
    page.locator(".summary a.cite").first.click()
    assert page.evaluate("location.hash").startswith("#ev-")
    page.screenshot(path="/tmp/newsledger-report.png", full_page=True)
    assert errors == []
    assert outside == []


def _serve(db):
    """The web app on `db` in a uvicorn thread on a free loopback port; yields its base URL."""
    import uvicorn

    from newsledger.web.app import create_app, server_config

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(server_config(create_app(db), "127.0.0.1", port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def server(pipeline):
    yield from _serve(pipeline / "ledger.sqlite")


def test_web_story_click_through(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    errors, outside = _watch(page, (server, "data:"))
    page.goto(server + "/")
    link = page.locator("a.story-link").first
    assert link.is_visible()
    link.click()
    page.wait_for_url("**/story/**")
    assert page.locator("table.figures tbody tr").count() > 0
    assert page.locator("img.timeline-chart").first.bounding_box()["height"] > 50
    page.screenshot(path="/tmp/newsledger-web-story.png")
    page.locator("nav.top a", has_text="Claims").click()
    page.fill("input[name=q]", "troops")
    page.locator("form.filters button").click()
    page.wait_for_url("**q=troops**")  # the form submits by navigating: wait for the new page
    page.wait_for_selector("table.claims tbody tr mark", timeout=60_000)
    assert page.locator("table.claims tbody tr mark").count() > 0
    assert errors == []
    assert outside == []


# ---- the workbench, in a browser ------------------------------------------------------------

SHOTS = Path(os.environ.get("NEWSLEDGER_SCREENSHOTS", "/tmp/newsledger-screens"))

NEW_REPORT = """The Lakeside Herald
Region | Transport

Ferry strike strands island travellers for a third day

By Imre Sallai | November 3, 2025

About 4,500 passengers have been unable to leave Osk Island since the ferry crews walked out on Friday, the island council said on Sunday.

The crews' union said 212 of its 230 members had joined the strike, which it called over unpaid overtime worth 1.8 million kronor.

The ferry operator put the number of cancelled crossings at 96 and said a replacement boat could carry no more than 300 people a day.
"""


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def _count(page) -> int:
    return int(page.locator("p.count b.total").inner_text().replace(",", ""))


def test_workbench_sort_facet_range_search_and_export(browser, server, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    errors, outside = _watch(page, (server, "data:"))
    page.goto(server + "/claims")
    total = _count(page)
    assert total > 0
    # sort by the low value, descending after a second click
    page.locator("th a.sort[data-col=low]").click()
    page.wait_for_url("**sort=low**")
    page.locator("th a.sort[data-col=low]").click()
    page.wait_for_url("**sort=-low**")
    lows = [float(x.replace(",", "")) for x in page.locator("td.c-low").all_inner_texts() if x.strip()
            and x.strip() != "—"]
    assert lows and lows == sorted(lows, reverse=True)
    # a facet: the count beside the value is the number of rows it leaves
    facet = page.locator("section.facet[data-col=unit] li").first
    expected = int(facet.locator(".n").inner_text().replace(",", ""))
    facet.locator("a").click()
    page.wait_for_url("**unit=**")
    assert _count(page) == expected and "sort=-low" in page.url
    _shot(page, "claims-facet")
    # a number range, typed into the boxes
    page.fill("fieldset[data-col=low] input[name=low_min]", "100")
    page.locator("form.ranges button").click()
    page.wait_for_url("**low_min=100**")
    ranged = _count(page)
    assert ranged <= expected
    assert all(float(x.replace(",", "")) >= 100 for x in page.locator("td.c-low").all_inner_texts()
               if x.strip() and x.strip() != "—")
    # export what is on screen
    with page.expect_download() as dl:
        page.locator("a.export", has_text="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == ranged and all(float(r["low"]) >= 100 for r in rows)
    # full-text search keeps the filters
    page.goto(server + "/claims")
    page.fill("form.search input[name=q]", "troops")
    page.locator("form.search button").click()
    page.wait_for_url("**q=troops**")
    assert 0 < _count(page) < total
    assert page.locator("table.claims tbody tr mark").count() > 0
    _shot(page, "claims-search")
    assert errors == [] and outside == []


def test_open_an_actor_from_the_claims(browser, server):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors, outside = _watch(page, (server, "data:"))
    page.goto(server + "/claims?sort=-low")
    link = page.locator("td.c-claimant a").first
    name = link.inner_text()
    link.click()
    page.wait_for_url("**/actor/**")
    assert page.locator("h1").inner_text()
    assert page.locator("table.actor-claims tbody tr").count() >= 1
    assert name in page.content() or page.locator("ul.aliases li", has_text=name).count() == 1
    _shot(page, "actor")
    assert errors == [] and outside == []


def test_every_page_loads_with_nothing_from_outside(browser, server):
    """CSP violations show as console errors, so this also checks the headers fit the pages."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors, outside = _watch(page, (server, "data:"))
    for path in ("/", "/facts", "/documents", "/actors", "/timeline?sort=-when", "/checks",
                 "/runs", "/changes", "/stories", "/sql?sql=SELECT+1", "/add", "/api/docs"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    # Swagger UI draws after its script has parsed the whole schema: seconds on a loaded machine
    page.wait_for_selector(".swagger-ui .opblock", timeout=60_000)
    assert page.locator(".swagger-ui .opblock").count() > 10  # Swagger UI drew the API
    _shot(page, "api-docs")
    page.goto(server + "/timeline")
    _shot(page, "timeline")
    assert errors == [] and outside == []


@pytest.fixture()
def writable_server(pipeline, tmp_path):
    """A server on a copy of the ledger, so an upload does not change the other tests' data."""
    import shutil

    db = tmp_path / "ledger.sqlite"
    shutil.copy(pipeline / "ledger.sqlite", db)
    yield from _serve(db)


def test_upload_a_report_and_see_its_claims(browser, writable_server, tmp_path):
    server = writable_server
    report = tmp_path / "lakeside_ferry_strike.txt"
    report.write_text(NEW_REPORT, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors, outside = _watch(page, (server, "data:"))
    page.goto(server + "/")
    page.locator("nav.top a.add").click()
    page.set_input_files("form.add input[type=file]", str(report))
    page.locator("form.add button").click()
    page.wait_for_url("**/jobs/**")
    page.wait_for_selector("#job-state:text('done')", timeout=180_000)
    _shot(page, "job-done")
    page.locator("ul.job-docs a", has_text="its claims").click()
    page.wait_for_url("**doc=lakeside_ferry_strike.txt**")
    assert _count(page) >= 3
    assert set(page.locator("td.c-doc").all_inner_texts()) == {"lakeside_ferry_strike.txt"}
    assert "4,500" in page.locator("table.claims").inner_text()
    _shot(page, "uploaded-claims")
    assert errors == [] and outside == []
