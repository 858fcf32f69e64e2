"""FastAPI app over the SQLite ledger: stories, facts, claims, documents, and a JSON API.

Pages reuse the report's view builder and stylesheet, so the browser UI and the written
brief present a fact the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.report.anchors import claim_anchor, fact_anchor
from newsledger.report.context import build_context
from newsledger.report.highlight import split_body, split_sentence
from newsledger.report.writer import TEMPLATES as REPORT_TEMPLATES
from newsledger.report.writer import status_class
from newsledger.web import queries

HERE = Path(__file__).parent
PAGE_SIZE = 200


def doc_url(name: Any) -> str:
    return "/doc/" + quote(str(name), safe="")


def _templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape on for .html
    t.env.filters["doc_url"] = doc_url
    t.env.filters["status_class"] = status_class
    t.env.filters["fact_anchor"] = fact_anchor
    t.env.filters["q"] = lambda v: quote(str(v), safe="")
    return t


def create_app(db_path: Path) -> FastAPI:
    """The web UI for one ledger file; a missing or broken file gives a 503 page, not a crash."""
    db_path = Path(db_path)
    app = FastAPI(title="newsledger", docs_url="/api/docs", redoc_url=None)
    templates = _templates()

    @contextmanager
    def db() -> Iterator[sqlite3.Connection]:
        conn = queries.connect(db_path)
        if conn is None:
            raise HTTPException(503, f"no readable ledger at {db_path}")
        try:
            yield conn
        finally:
            conn.close()

    def page(request: Request, name: str, http_status: int = 200, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"db_name": db_path.name, **ctx},
                                          status_code=http_status)

    @app.exception_handler(StarletteHTTPException)
    async def _error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", http_status=exc.status_code, code=exc.status_code,
                    detail=str(exc.detail))

    @app.get("/static/report.css", include_in_schema=False)
    def report_css() -> Response:
        return Response((REPORT_TEMPLATES / "report.css").read_text(encoding="utf-8"),
                        media_type="text/css")

    # after the report.css route, which the mount would otherwise shadow
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        with db() as conn:
            return page(request, "index.html", stories=queries.stories(conn),
                        run=queries.latest_run(conn), totals=queries.totals(conn))

    @app.get("/story/{story_id}", response_class=HTMLResponse)
    def story(request: Request, story_id: str) -> HTMLResponse:
        with db() as conn:
            ledger = queries.load_story(conn, story_id)
        if ledger is None:
            raise HTTPException(404, f"no story {story_id!r}")
        ctx = build_context(ledger)
        s = ctx["stories"][0]
        s["provenance_markup"] = Markup(s.get("provenance_svg") or "")  # our SVG, text escaped
        return page(request, "story.html", s=s, title=ctx["title"])

    @app.get("/facts", response_class=HTMLResponse)
    def facts_page(request: Request, status: str | None = None, unit: str | None = None,
                   story: str | None = None) -> HTMLResponse:
        with db() as conn:
            rows = queries.facts(conn, status=status or None, unit=unit or None,
                                 story=story or None)
            return page(request, "facts.html", facts=rows, status=status or "",
                        unit=unit or "", statuses=queries.distinct(conn, "facts", "status"),
                        units=queries.distinct(conn, "facts", "unit"))

    @app.get("/claims", response_class=HTMLResponse)
    def claims_page(request: Request, doc: str | None = None, claimant: str | None = None,
                    unit: str | None = None, fact: str | None = None, q: str | None = None,
                    page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        filters = {"doc": doc or "", "claimant": claimant or "", "unit": unit or "",
                   "fact": fact or "", "q": q or ""}
        with db() as conn:
            rows = queries.claims(conn, doc=doc or None, claimant=claimant or None,
                                  unit=unit or None, fact=fact or None, q=q or None,
                                  limit=PAGE_SIZE + 1, offset=(page_no - 1) * PAGE_SIZE)
            for r in rows:
                r["pieces"] = _sentence_pieces(r)
            more = len(rows) > PAGE_SIZE
            keep = {k: v for k, v in filters.items() if v}
            return page(request, "claims.html", claims=rows[:PAGE_SIZE], f=filters,
                        page_no=page_no,
                        next_url=f"/claims?{urlencode({**keep, 'page': page_no + 1})}" if more
                        else None,
                        docs=queries.distinct(conn, "claims", "doc"),
                        claimants=queries.distinct(conn, "claims", "claimant"),
                        units=queries.distinct(conn, "claims", "unit"))

    @app.get("/documents", response_class=HTMLResponse)
    def documents_page(request: Request) -> HTMLResponse:
        with db() as conn:
            return page(request, "documents.html", docs=queries.documents(conn, status="ok"),
                        rejected=queries.documents(conn, status="rejected"),
                        reasons=queries.rejected_reasons(conn))

    @app.get("/doc/{name:path}", response_class=HTMLResponse)
    def doc_page(request: Request, name: str) -> HTMLResponse:
        with db() as conn:
            d = queries.document(conn, name)
            if d is None:
                raise HTTPException(404, f"no document {name!r}")
            rows = queries.document_claims(conn, d["id"])
        spans = [(r["span_start"] or 0, r["span_end"] or 0, "b-" + claim_anchor(
            queries.claim_from_row(r))) for r in rows]
        return page(request, "doc.html", d=d, claims=rows,
                    pieces=split_body(d.get("body") or "", spans),
                    anchors={r["id"]: "b-" + claim_anchor(queries.claim_from_row(r)) for r in rows})

    # ---- JSON API ---------------------------------------------------------------------

    @app.get("/api/stories")
    def api_stories() -> list[dict[str, Any]]:
        with db() as conn:
            return queries.stories(conn)

    @app.get("/api/facts")
    def api_facts(status: str | None = None, unit: str | None = None,
                  story: str | None = None) -> list[dict[str, Any]]:
        with db() as conn:
            return queries.facts(conn, status=status, unit=unit, story=story)

    @app.get("/api/claims")
    def api_claims(doc: str | None = None, claimant: str | None = None,
                   unit: str | None = None, fact: str | None = None, q: str | None = None,
                   limit: int = Query(200, ge=1, le=1000),
                   offset: int = Query(0, ge=0)) -> list[dict[str, Any]]:
        with db() as conn:
            return queries.claims(conn, doc=doc, claimant=claimant, unit=unit, fact=fact, q=q,
                                  limit=limit, offset=offset)

    @app.get("/api/timeline")
    def api_timeline(story: str | None = None) -> list[dict[str, Any]]:
        with db() as conn:
            return queries.timeline(conn, story=story)

    @app.get("/api/documents")
    def api_documents(status: str | None = None) -> list[dict[str, Any]]:
        with db() as conn:
            return queries.documents(conn, status=status or None)

    return app


def _sentence_pieces(r: dict[str, Any]) -> tuple[str, str, str]:
    return split_sentence(queries.claim_from_row(r))


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the UI with uvicorn (blocking); `newsledger serve --db ledger.sqlite` calls this."""
    import uvicorn

    uvicorn.run(create_app(Path(db_path)), host=host, port=port, log_level="info")
