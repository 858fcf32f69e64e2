"""The written brief and the web UI in a real browser (Debian's chromium via Playwright).

Both run on real pipeline output: `newsledger run` over the project's examples/ folder.
Checks what a test client cannot: the page renders without console errors, loads nothing
from the network, and the figures table and timeline chart are actually visible.
"""

from __future__ import annotations

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


@pytest.fixture()
def server(pipeline):
    import uvicorn

    from newsledger.web.app import create_app

    db = pipeline / "ledger.sqlite"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


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
    assert page.locator("table.claims tbody tr mark").count() > 0
    assert errors == []
    assert outside == []
