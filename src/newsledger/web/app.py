"""FastAPI app over the SQLite ledger: stories, a workbench over every table, and a JSON API.

Pages reuse the report's view builder and stylesheet, so the browser UI and the written
brief present a fact the same way. The ledger is read-only to the pages, so each page is
built once per ledger version (state.py) in a worker thread; a cached request costs a stat.
Safety for a shared server (Host allow-list, token, headers) is in security.py.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import threading
from collections.abc import Callable
from inspect import Parameter, Signature
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pydantic import Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.report.anchors import claim_anchor, fact_anchor
from newsledger.report.highlight import split_body, split_sentence
from newsledger.report.writer import TEMPLATES as REPORT_TEMPLATES
from newsledger.report.writer import status_class
from newsledger.store.charts import load_charts
from newsledger.web import models, queries, tables
from newsledger.web.jobs import Jobs, UploadError
from newsledger.web.security import COOKIE, Guard, Policy, is_api_path, session_value
from newsledger.web.sql import MAX_SQL, NO_NUL, SqlError, run_sql
from newsledger.web.state import LedgerState

HERE = Path(__file__).parent
log = logging.getLogger("newsledger.web")

PAGE_SIZES = (25, 50, 100, 200, 500)
MAX_PAGE = 100_000
MAX_OFFSET = 10_000_000
MAX_NAME = 2000  # characters in a document or actor name in a path
BIG = tables.BIG
HTML_ONLY = {200: {"content": {"text/html": {}}, "description": "an HTML page"}}
PAGE_ERRORS = {400: {"content": {"text/html": {}}, "description": "a parameter is invalid"},
               404: {"content": {"text/html": {}}, "description": "no such item"},
               422: {"content": {"text/html": {}}, "description": "a parameter is out of bounds"}}
API_ERRORS = {400: {"model": models.Problem, "description": "the request could not be read"},
              404: {"model": models.Problem, "description": "no such item"},
              422: {"model": models.Problem, "description": "a parameter is invalid"}}


def doc_url(name: Any) -> str:
    return "/doc/" + quote(str(name), safe="")


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["doc_url"] = doc_url
    env.filters["status_class"] = status_class
    env.filters["fact_anchor"] = fact_anchor
    env.filters["q"] = lambda v: quote(str(v), safe="")
    env.filters["num"] = _num
    env.filters["pieces"] = _sentence_pieces
    return env


def _num(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:,.0f}" if v.is_integer() and abs(v) < 1e15 else f"{v:,.4g}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


class Url:
    """Links that change one part of the page's state and keep the rest (all state is in the URL)."""

    def __init__(self, path: str, params: list[tuple[str, str]]) -> None:
        self.path = path
        self.params = [(k, v) for k, v in params if v != ""]

    def _make(self, params: list[tuple[str, str]], path: str | None = None) -> str:
        query = urlencode(params)
        return (path or self.path) + ("?" + query if query else "")

    def has(self, key: str, value: str) -> bool:
        return (key, value) in self.params

    def get(self, key: str, default: str = "") -> str:
        return next((v for k, v in self.params if k == key), default)

    def toggle(self, key: str, value: str) -> str:
        rest = [(k, v) for k, v in self.params if k != "page"]
        if (key, value) in rest:
            return self._make([p for p in rest if p != (key, value)])
        return self._make(rest + [(key, value)])

    def drop(self, *keys: str) -> str:
        return self._make([(k, v) for k, v in self.params if k not in keys and k != "page"])

    def sort(self, col: str, current: str) -> str:
        new = "-" + col if current == col else col
        return self._make([(k, v) for k, v in self.params if k not in ("sort", "page")]
                          + [("sort", new)])

    def page(self, n: int) -> str:
        return self._make([(k, v) for k, v in self.params if k != "page"] + [("page", str(n))])

    def export(self, ext: str) -> str:
        return self._make([(k, v) for k, v in self.params if k not in ("page", "size")],
                          self.path + "." + ext)

    def hidden(self, *skip: str) -> list[tuple[str, str]]:
        return [(k, v) for k, v in self.params if k not in skip and k != "page"]


def create_app(db_path: Path, *, token: str | None = None, read_only: bool = False,
               allowed_hosts: set[str] | None = None, uploads: bool = True,
               sql_seconds: float = 1.0) -> Any:
    """The web UI for one ledger file; a missing or broken file gives a 503 page, not a crash.

    Returns the ASGI app wrapped in the security guard (`.app` is the FastAPI app).
    """
    db_path = Path(db_path)
    state = LedgerState(db_path, on_new_version=lambda: _prepare_later(db_path))
    env = _env()
    policy = Policy(token=token or None, read_only=read_only,
                    allowed_hosts=set(allowed_hosts or ()) | {"localhost", "127.0.0.1", "::1"})
    writable = uploads and not read_only
    jobs = Jobs(db_path, on_done=lambda job: state.clear())
    app = FastAPI(
        title="newsledger", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
        description="The sourced ledger of figures as JSON: every table with filters, "
                    "sorting, facets and totals; read-only SQL; adding reports.",
        version="1")
    app.state.ledger = state
    app.state.jobs = jobs
    app.state.policy = policy

    def render(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        body = env.get_template(name).render(db_name=db_path.name, writable=writable,
                                              signed_in=bool(policy.token), **ctx)
        return HTMLResponse(body, status_code=status)

    def html(body: bytes) -> Response:
        return Response(body, media_type="text/html; charset=utf-8")

    def connect():
        conn = state.connect()
        if conn is None:
            raise HTTPException(503, f"no readable ledger at {db_path.name}")
        return conn

    def read(fn: Callable[[Any], Any]) -> Any:
        conn = connect()
        try:
            return fn(conn)
        finally:
            conn.close()

    # ---- errors: HTML pages get HTML, the API gets JSON ------------------------------
    def error(request: Request, code: int, detail: Any,
              headers: dict[str, str] | None = None) -> Response:
        if is_api_path(request.url.path):
            return JSONResponse({"detail": detail}, status_code=code, headers=headers)
        text = detail if isinstance(detail, str) else "; ".join(
            f"{'.'.join(str(x) for x in e.get('loc', [])[1:])}: {e.get('msg')}"
            if isinstance(e, dict) else str(e) for e in detail)
        page = render("error.html", status=code, code=code, detail=text)
        page.headers.update(headers or {})
        return page

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, exc.detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return error(request, 422, detail)

    # ---- static files: our CSS, the report's CSS, Swagger UI from its package ---------
    @app.get("/static/report.css", include_in_schema=False)
    def report_css() -> Response:
        return Response((REPORT_TEMPLATES / "report.css").read_text(encoding="utf-8"),
                        media_type="text/css")

    swagger = _swagger_dir()
    if swagger is not None:
        app.mount("/static/swagger", StaticFiles(directory=str(swagger)), name="swagger")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> Response:
        return render("apidocs.html", swagger=swagger is not None)

    # ---- sign-in ----------------------------------------------------------------------
    @app.get("/login", response_class=HTMLResponse,
                   include_in_schema=False)
    def login_form(request: Request, next: str = "/") -> Response:
        return render("login.html", next=_local(next), failed=False)

    @app.post("/login", include_in_schema=False)
    def login(token: Annotated[str, Form(max_length=500)] = "",
              next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
        if not policy.token:
            return RedirectResponse(_local(next), status_code=303)
        if not policy.authorised({b"authorization": f"Bearer {token}".encode("utf-8",
                                                                               "replace")}):
            return render("login.html", status=401, next=_local(next), failed=True)
        resp = RedirectResponse(_local(next), status_code=303)
        resp.set_cookie(COOKIE, session_value(policy.token), httponly=True, samesite="strict",
                        path="/")
        return resp

    @app.post("/logout", include_in_schema=False)
    def logout() -> Response:
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(COOKIE, path="/")
        return resp

    # ---- pages ------------------------------------------------------------------------
    @app.get("/", responses=HTML_ONLY, tags=["pages"],
                   response_class=HTMLResponse)
    async def index() -> Response:
        """Stories with their counts, the newest run and what it changed."""
        def build() -> bytes:
            def q(conn):
                return dict(stories=queries.stories(conn), run=queries.latest_run(conn),
                            totals=queries.totals(conn))
            return render("index.html", **read(q)).body
        return html(await state.cached(("index",), build, len))

    @app.get("/story/{story_id}", tags=["pages"],
                   response_class=HTMLResponse, responses={**HTML_ONLY, **PAGE_ERRORS})
    async def story(story_id: Annotated[str, PathParam(max_length=500)]) -> Response:
        """One story: summary, key figures, disputes, timeline, provenance, evidence."""
        def build() -> bytes:
            return read(lambda conn: _story_page(conn, story_id, state.run_id))
        return html(await state.cached(("story", story_id), build, len))

    def _story_page(conn: Any, story_id: str, run_id: int | None) -> bytes:
        from newsledger.report.context import build_context

        ledger = queries.load_story(conn, story_id)
        if ledger is None:
            raise HTTPException(404, f"no story {story_id!r}")
        stored = load_charts(conn, story_id, run_id)
        ctx = build_context(ledger, charts=stored is None)
        s = ctx["stories"][0]
        if stored is not None:
            s["timeline_svg"], s["provenance_svg"] = stored
        s["provenance_markup"] = Markup(s.get("provenance_svg") or "")  # our SVG, text escaped
        return render("story.html", s=s, title=ctx["title"]).body

    @app.get("/doc/{name:path}", tags=["pages"],
                   response_class=HTMLResponse, responses={**HTML_ONLY, **PAGE_ERRORS})
    async def doc_page(name: Annotated[str, PathParam(max_length=MAX_NAME)]) -> Response:
        """One report: its cleaned body with every figure marked, and the figures beside it."""
        def build() -> bytes:
            def q(conn):
                d = queries.document(conn, name)
                if d is None:
                    raise HTTPException(404, f"no document {name!r}")
                rows = queries.document_claims(conn, d["id"])
                anchors = {r["id"]: "b-" + claim_anchor(queries.claim_from_row(r)) for r in rows}
                spans = [(r["span_start"] or 0, r["span_end"] or 0, anchors[r["id"]])
                         for r in rows]
                return render("doc.html", d=d, claims=rows, anchors=anchors,
                              pieces=split_body(d.get("body") or "", spans)).body
            return read(q)
        return html(await state.cached(("doc", name), build, len))

    @app.get("/actor/{name:path}", tags=["pages"],
                   response_class=HTMLResponse, responses={**HTML_ONLY, **PAGE_ERRORS})
    async def actor_page(name: Annotated[str, PathParam(max_length=MAX_NAME)]) -> Response:
        """One claimant or intermediary: its aliases, its figures, the facts they belong to."""
        def build() -> bytes:
            detail = read(lambda conn: _actor(conn, name))
            if detail is None:
                raise HTTPException(404, f"no actor {name!r}")
            t = tables.TABLES["claims"]
            return render("actor.html", a=detail["actor"], claims=detail["claims"],
                          facts=detail["facts"], events=detail["events"],
                          cols=[c for c in t.cols if c.show and c.name != "claimant"],
                          claims_url="/claims?" + urlencode(
                              [("claimant", n) for n in detail["names"][:tables.MAX_VALUES]])).body
        return html(await state.cached(("actor", name), build, len))

    # ---- the workbench: one page, API and export per table -------------------------------
    def view_of(t: tables.Table, request: Request, limit: int, offset: int) -> tables.View:
        page = request.url.path == "/" + t.name
        view, problems = tables.parse_view(t, list(request.query_params.multi_items()), limit,
                                           offset, form=page)
        if problems:
            raise HTTPException(400 if page else 422, "; ".join(problems))
        return view

    def table_data(view: tables.View, with_facets: bool = True) -> dict[str, Any]:
        def q(conn):
            total, rows = tables.select(conn, view)
            return {"total": total, "rows": rows,
                    "facets": tables.facets(conn, view) if with_facets else [],
                    "fts": tables.has_fts(conn, view.table)}
        return read(q)

    def add_table(t: tables.Table) -> None:
        row_model = models.ROW_MODELS[t.name]
        page_model = models.PAGE_MODELS[t.name]

        async def page(request: Request) -> Response:
            params = dict(request.query_params)
            page_no = _bounded_int(params.get("page"), 1, 1, MAX_PAGE, "page")
            size = _bounded_int(params.get("size"), 50, 1, tables.MAX_PAGE_SIZE, "size")
            view = view_of(t, request, size, (page_no - 1) * size)

            def build() -> bytes:
                data = table_data(view)
                pages = max(1, -(-data["total"] // size))
                return render("table.html", t=t, view=view, data=data, size=size,
                              page_no=page_no, pages=pages, sizes=PAGE_SIZES,
                              url=Url(request.url.path, list(request.query_params.multi_items())),
                              cols=[c for c in t.cols if c.show],
                              ranges=[c for c in t.cols if c.range],
                              status=200).body
            return html(await state.cached(("page", view.cache_key()), build, len))

        page.__doc__ = f"{t.title}: {t.about} Sort, facets, ranges and search in the URL."
        app.add_api_route("/" + t.name, page, methods=["GET"], tags=["pages"],
                          response_class=HTMLResponse, responses={**HTML_ONLY, **PAGE_ERRORS},
                          name=f"{t.name}_page", openapi_extra={"parameters": _doc_params(t)})

        async def api(request: Request, **kw: Any) -> Response:
            view = view_of(t, request, kw["limit"], kw["offset"])

            def build() -> bytes:
                data = table_data(view)
                out = page_model.model_validate({
                    "table": t.name, "total": data["total"], "offset": view.offset,
                    "limit": view.limit, "sort": view.sort or t.default_sort,
                    "rows": data["rows"], "facets": data["facets"]})
                return out.model_dump_json().encode()
            body = await state.cached(("api", view.cache_key()), build, len)
            return Response(body, media_type="application/json")

        api.__signature__ = _signature(t, paged=True)  # type: ignore[attr-defined]
        api.__doc__ = f"{t.about} One page of rows with the total and facet counts."
        app.add_api_route("/api/" + t.name, api, methods=["GET"], response_model=page_model,
                          tags=["tables"], responses=API_ERRORS, name=f"{t.name}_api")

        async def export_json(request: Request, **kw: Any) -> Response:
            view = view_of(t, request, tables.EXPORT_MAX, 0)

            def build() -> bytes:
                rows = read(lambda conn: tables.select(conn, view)[1])
                return json.dumps([row_model.model_validate(r).model_dump(mode="json")
                                   for r in rows], ensure_ascii=False).encode()
            body = await state.cached(("json", view.cache_key()), build, len)
            return Response(body, media_type="application/json", headers={
                "content-disposition": f'attachment; filename="{t.name}.json"'})

        export_json.__signature__ = _signature(t, paged=False)  # type: ignore[attr-defined]
        export_json.__doc__ = (f"Download what the {t.name} page shows (every page of it, up to "
                               f"{tables.EXPORT_MAX:,} rows) as JSON.")
        app.add_api_route(f"/{t.name}.json", export_json, methods=["GET"], tags=["export"],
                          response_model=list[row_model], responses=API_ERRORS,
                          name=f"{t.name}_json")

        async def export_csv(request: Request, **kw: Any) -> Response:
            view = view_of(t, request, tables.EXPORT_MAX, 0)

            def build() -> bytes:
                rows = read(lambda conn: tables.select(conn, view)[1])
                return _csv(t, rows)
            body = await state.cached(("csv", view.cache_key()), build, len)
            return Response(body, media_type="text/csv; charset=utf-8", headers={
                "content-disposition": f'attachment; filename="{t.name}.csv"'})

        export_csv.__signature__ = _signature(t, paged=False)  # type: ignore[attr-defined]
        export_csv.__doc__ = (f"Download what the {t.name} page shows (every page of it, up to "
                              f"{tables.EXPORT_MAX:,} rows) as CSV.")
        app.add_api_route(f"/{t.name}.csv", export_csv, methods=["GET"], tags=["export"],
                          response_class=Response, name=f"{t.name}_csv", responses={
                              200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                                    "description": "CSV, one header row"}, **API_ERRORS})

    for t in tables.TABLES.values():
        add_table(t)

    # ---- read-only SQL ------------------------------------------------------------------
    @app.get("/sql", tags=["pages"], response_class=HTMLResponse,
                   responses={**HTML_ONLY, **PAGE_ERRORS})
    async def sql_page(sql: Annotated[str, Query(max_length=MAX_SQL, pattern=NO_NUL)] = ""
                       ) -> Response:
        """Run a read-only query against the ledger (time-limited, at most 1,000 rows)."""
        if not sql.strip():
            return render("sql.html", sql="", result=None, problem=None, examples=SQL_EXAMPLES,
                          seconds=sql_seconds)
        try:
            result = await state.cached(("sql", sql), lambda: run_sql(db_path, sql,
                                                                      seconds=sql_seconds))
        except SqlError as e:
            return render("sql.html", status=400, sql=sql, result=None, problem=str(e),
                          examples=SQL_EXAMPLES, seconds=sql_seconds)
        return render("sql.html", sql=sql, result=result, problem=None, examples=SQL_EXAMPLES,
                      seconds=sql_seconds)

    @app.get("/api/sql", response_model=models.SqlResult, tags=["sql"],
             responses={400: {"model": models.Problem, "description": "the query was refused "
                              "or failed"}, **API_ERRORS})
    async def api_sql(sql: Annotated[str, Query(min_length=1, max_length=MAX_SQL, pattern=NO_NUL)]
                      ) -> Response:
        """Run one read-only SELECT against the ledger; stopped after the server's time limit."""
        try:
            result = await state.cached(("sql", sql), lambda: run_sql(db_path, sql,
                                                                      seconds=sql_seconds))
        except SqlError as e:
            return JSONResponse({"detail": str(e)}, status_code=400)
        return JSONResponse(models.SqlResult.model_validate(result).model_dump(mode="json"))

    # ---- JSON detail endpoints -----------------------------------------------------------
    @app.get("/api/document/{name:path}", response_model=models.DocumentDetail,
             tags=["items"], responses=API_ERRORS)
    async def api_document(name: Annotated[str, PathParam(max_length=MAX_NAME)]) -> Response:
        """One input with its cleaned body and the claims read from it."""
        def build() -> bytes:
            def q(conn):
                d = queries.document(conn, name)
                if d is None:
                    return None
                view = tables.View(tables.TABLES["claims"], filters={"doc": [d["doc"]]},
                                   sort="id", limit=tables.EXPORT_MAX)
                d["claims"] = tables.select(conn, view)[1]
                return models.DocumentDetail.model_validate(d).model_dump_json().encode()
            out = read(q)
            if out is None:
                raise HTTPException(404, "no such document")
            return out
        return Response(await state.cached(("api-doc", name), build, len),
                        media_type="application/json")

    @app.get("/api/actor/{name:path}", response_model=models.ActorDetail, tags=["items"],
             responses=API_ERRORS)
    async def api_actor(name: Annotated[str, PathParam(max_length=MAX_NAME)]) -> Response:
        """One actor (by name or alias) with its claims and the facts they belong to."""
        def build() -> bytes:
            detail = read(lambda conn: _actor(conn, name))
            if detail is None:
                raise HTTPException(404, "no such actor")
            return models.ActorDetail.model_validate(detail).model_dump_json().encode()
        return Response(await state.cached(("api-actor", name), build, len),
                        media_type="application/json")

    @app.get("/api/health", response_model=models.Health, tags=["server"])
    def health() -> models.Health:
        """Whether the ledger opens, its newest run, and what this server allows."""
        conn = state.connect()
        ok = conn is not None
        if conn is not None:
            conn.close()
        return models.Health(ok=ok, run=state.run_id, read_only=not writable,
                             token_required=bool(policy.token))

    # ---- adding reports ----------------------------------------------------------------------
    @app.get("/add", tags=["pages"], response_class=HTMLResponse,
                   responses=HTML_ONLY)
    def add_page() -> Response:
        """Upload report files or paste URLs; they run through the pipeline in the background."""
        return render("add.html", jobs=jobs.recent(), problem=None, limits=_limits())

    async def _submit(files: list[UploadFile], urls: str) -> Any:
        if not writable:
            raise HTTPException(403, "this server does not accept reports (read-only)")
        read_files = []
        for f in files:
            if not f.filename:
                continue
            data = await f.read(_limits()["file_bytes"] + 1)
            read_files.append((f.filename, data))
        url_list = [u for u in re.split(r"\s+", urls or "") if u]
        try:
            return await state.call(lambda: jobs.submit(read_files, url_list))
        except UploadError as e:
            raise HTTPException(413 if "larger" in str(e) or "MB" in str(e) else 422,
                                str(e)) from None

    @app.post("/add", tags=["pages"], response_class=HTMLResponse, responses={
        303: {"description": "to the job's progress page"}, **HTML_ONLY, **PAGE_ERRORS,
        401: {"content": {"text/html": {}}, "description": "sign in first"},
        403: {"content": {"text/html": {}}, "description": "this server takes no reports"},
        413: {"content": {"text/html": {}}, "description": "too large"}})
    async def add_submit(files: Annotated[list[UploadFile], File()] = [],  # noqa: B006
                         urls: Annotated[str, Form(max_length=50_000)] = "") -> Response:
        """The upload form's target: queue the job and show its progress page."""
        try:
            job = await _submit(files, urls)
        except HTTPException as e:
            return render("add.html", status=e.status_code, jobs=jobs.recent(),
                          problem=e.detail, limits=_limits())
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", tags=["pages"],
                   response_class=HTMLResponse, responses={**HTML_ONLY, **PAGE_ERRORS})
    def job_page(job_id: Annotated[str, PathParam(max_length=64)]) -> Response:
        """A job's progress; the page reloads itself until the job is done."""
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, "no such job")
        return render("job.html", job=job)

    @app.post("/api/reports", status_code=202, response_model=models.Job, tags=["reports"],
              responses={400: {"model": models.Problem, "description": "not a readable form"},
                         401: {"model": models.Problem, "description": "token missing"},
                         403: {"model": models.Problem, "description": "read-only server"},
                         413: {"model": models.Problem, "description": "too large"},
                         422: {"model": models.Problem, "description": "nothing to add, "
                               "or a file or URL refused"}})
    async def api_add(files: Annotated[list[UploadFile], File()] = [],  # noqa: B006
                      urls: Annotated[str, Form(max_length=50_000)] = "") -> JSONResponse:
        """Add reports (files and/or URLs, one per line); they run in the background."""
        job = await _submit(files, urls)
        return JSONResponse(job.as_dict(), status_code=202)

    @app.get("/api/jobs", response_model=list[models.Job], tags=["reports"])
    def api_jobs() -> list[dict[str, Any]]:
        """The most recent jobs, newest first."""
        return [j.as_dict() for j in jobs.recent()]

    @app.get("/api/jobs/{job_id}", response_model=models.Job, tags=["reports"],
             responses=API_ERRORS)
    def api_job(job_id: Annotated[str, PathParam(max_length=64)]) -> dict[str, Any]:
        """One job's progress."""
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, "no such job")
        return job.as_dict()

    _secure_openapi(app, lambda: _examples(state))
    return Guard(app, policy, methods_for=lambda scope: _methods(app, scope))


SQL_EXAMPLES = [
    ("Claimants with most figures (by actor)", "SELECT coalesce((SELECT a.canonical FROM actors a "
     "WHERE a.canonical = c.claimant OR c.claimant IN (SELECT value FROM json_each(a.aliases)) "
     "ORDER BY a.rowid LIMIT 1), c.claimant) AS actor, count(*) AS n FROM claims c "
     "WHERE c.claimant IS NOT NULL GROUP BY actor ORDER BY n DESC"),
    ("Conflicting facts", "SELECT id, label, low, high, reports FROM facts "
     "WHERE status = 'conflicting' ORDER BY reports DESC"),
    ("Figures relayed through an intermediary", "SELECT c.doc, c.quote, c.claimant, j.value AS via "
     "FROM claims c, json_each(c.via) j ORDER BY c.doc"),
]


_PREPARING: dict[Path, threading.Lock] = {}


def _prepare_later(db_path: Path) -> None:
    """Index and draw charts for a run this ledger has none for, in a background thread.

    The server notices a new run when the file changes; drawing is done once, stored in the
    ledger, and the pages built meanwhile draw their own charts instead of waiting.
    """
    from newsledger.web.prepare import needs_prepare, prepare

    lock = _PREPARING.setdefault(db_path.resolve(), threading.Lock())
    if not needs_prepare(db_path) or not lock.acquire(blocking=False):
        return

    def work() -> None:
        try:
            prepare(db_path)
        finally:
            lock.release()

    threading.Thread(target=work, name="newsledger-prepare", daemon=True).start()


def _methods(app: FastAPI, scope: dict[str, Any]) -> set[str]:
    """Every method some route answers at this path (Starlette's 405 names only one route's)."""
    from starlette.routing import Match

    out: set[str] = set()
    for route in app.routes:
        match, _ = route.matches({**scope, "method": "GET"})
        if match != Match.NONE or route.matches({**scope, "method": "POST"})[0] != Match.NONE:
            out |= set(getattr(route, "methods", None) or {"GET"})
    if "GET" in out:
        out.add("HEAD")
    return out


def _limits() -> dict[str, Any]:
    from newsledger.web import jobs as j

    return {"files": j.MAX_FILES, "file_bytes": j.MAX_FILE_BYTES, "total_bytes": j.MAX_TOTAL_BYTES,
            "urls": j.MAX_URLS, "suffixes": j.SUFFIXES}


def _local(target: str) -> str:
    """Only same-site paths as a redirect target (no //host or scheme)."""
    return target if target.startswith("/") and not target.startswith("//") \
        and "\\" not in target else "/"


def _bounded_int(value: str | None, default: int, lo: int, hi: int, name: str) -> int:
    if value is None:
        return default
    try:
        n = int(value)
    except ValueError:
        raise HTTPException(400, f"{name}: expected a whole number") from None
    if not lo <= n <= hi:
        raise HTTPException(400, f"{name}: must be between {lo} and {hi:,}")
    return n


def _signature(t: tables.Table, paged: bool) -> Signature:
    """The query parameters of a table's API endpoint, so OpenAPI documents (and FastAPI
    validates) every filter, range, sort and page parameter."""
    params = [Parameter("request", Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)]

    def add(name: str, annotation: Any, default: Any) -> None:
        params.append(Parameter(name, Parameter.KEYWORD_ONLY, annotation=annotation,
                                default=default))

    # Optional, but never null: a query string has no null, so the schema does not offer one
    # (a fuzzer's `q=false` is then what it is on the wire, a search for "false").
    add("q", Annotated[str, Query(max_length=tables.MAX_SEARCH, description="full-text search")],
        None)
    sorts = tuple(t.sorts)
    add("sort", Annotated[Literal[sorts],  # type: ignore[valid-type]
                          Query(description="column; '-column' for descending")], None)
    if paged:
        add("limit", Annotated[int, Query(ge=1, le=tables.MAX_PAGE_SIZE)], 50)
        add("offset", Annotated[int, Query(ge=0, le=MAX_OFFSET)], 0)
    for c in t.cols:
        if c.filterable:
            item: Any = Annotated[int, Field(ge=-BIG, le=BIG)] if c.kind == tables.INT \
                else Annotated[str, Field(max_length=tables.MAX_VALUE_CHARS)]
            add(c.name, Annotated[list[item], Query(  # type: ignore[valid-type]
                max_length=tables.MAX_VALUES,
                description=f"only rows whose {c.title} is one of these")], None)
        if c.range:
            if c.kind == tables.DATE:
                ann: Any = Annotated[str, Query(pattern=tables.DATE_RE.pattern, max_length=10,
                                                description="YYYY, YYYY-MM or YYYY-MM-DD")]
            elif c.kind == tables.INT:
                ann = Annotated[int, Query(ge=-BIG, le=BIG)]
            else:
                ann = Annotated[float, Query(allow_inf_nan=False, ge=-1e300, le=1e300)]
            # the page's own parser reads these again; both accept the same numbers
            add(c.name + "_min", ann, None)
            add(c.name + "_max", ann, None)
    for name in t.extra:
        add(name, Annotated[list[Annotated[str, Field(max_length=tables.MAX_VALUE_CHARS)]],
                            Query(max_length=tables.MAX_VALUES)], None)
    return Signature(params)


def _doc_params(t: tables.Table) -> list[dict[str, Any]]:
    """The HTML page's parameters, documented like the API's (the page reads them itself).

    Range inputs may be sent empty: that is what a form sends for a box left blank.
    """
    out = [{"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                       "maximum": MAX_PAGE}},
           {"name": "size", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                       "maximum": tables.MAX_PAGE_SIZE}},
           {"name": "q", "in": "query", "schema": {"type": "string",
                                                    "maxLength": tables.MAX_SEARCH}},
           {"name": "sort", "in": "query", "schema": {"type": "string", "enum": t.sorts}}]
    text = {"type": "string", "maxLength": tables.MAX_VALUE_CHARS}
    for name in [c.name for c in t.cols if c.filterable] + list(t.extra):
        out.append({"name": name, "in": "query", "schema": _one_or_more(text),
                    "description": "only rows with one of these values"})
    for c in t.cols:
        if c.range:
            pattern = tables.DATE_FORM_RE if c.kind == tables.DATE else tables.NUMBER_FORM_RE
            schema = {"type": "string", "pattern": pattern.pattern, "maxLength": tables.MAX_FORM}
            out += [{"name": c.name + "_min", "in": "query", "schema": schema},
                    {"name": c.name + "_max", "in": "query", "schema": schema}]
    return out


def _one_or_more(item: dict[str, Any]) -> dict[str, Any]:
    """A filter that takes several values (`?outlet=A&outlet=B`) or one (`?outlet=A`).

    Both spellings are in the schema because both are on the wire: sent once, the parameter
    is a plain value, and a value such as `5` or `false` is a name like any other.
    """
    return {"anyOf": [item, {"type": "array", "items": item, "maxItems": tables.MAX_VALUES}]}


def _one_or_more_params(schema: dict[str, Any]) -> None:
    """Rewrite FastAPI's array-only query parameters as `_one_or_more` (one or several values)."""
    for ops in schema.get("paths", {}).values():
        for op in ops.values():
            for p in op.get("parameters", []):
                sch = p.get("schema", {})
                if p.get("in") == "query" and sch.get("type") == "array":
                    extra = {k: v for k, v in sch.items() if k in ("title", "description")}
                    p["schema"] = {**_one_or_more(sch["items"]), **extra}


def _guard_responses(schema: dict[str, Any]) -> None:
    """Document the answers every operation can give before it runs (security.Guard: a foreign
    Host, no token, a read-only server) or when the ledger cannot be read, each in the
    operation's own language: HTML for pages, JSON for the API and exports."""
    problem = {"$ref": "#/components/schemas/Problem"}
    without_ledger = ("/api/health", "/api/jobs", "/jobs/", "/add")
    for path, ops in schema.get("paths", {}).items():
        api = is_api_path(path)
        content = {"application/json": {"schema": problem}} if api else \
            {"text/html": {"schema": {"type": "string"}}}
        for method, op in ops.items():
            answers = {"400": "a parameter is invalid, or the Host is not this server's",
                       "401": "a token is required (the server was started with --token)"}
            if method != "get":
                answers["403"] = "refused: a read-only server, or a form from another site"
            if not path.startswith(without_ledger):
                answers["503"] = "the ledger file cannot be read"
            for code, text in answers.items():
                op["responses"].setdefault(code, {"description": text, "content": content})
            for answer in op["responses"].values():  # error pages are text, not 'anything'
                for media in answer.get("content", {}).values():
                    if media.get("schema") == {}:
                        media["schema"] = {"type": "string"}


def _csv(t: tables.Table, rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    names = [c.name for c in t.cols]
    w = csv.writer(buf)
    w.writerow(names)
    for r in rows:
        w.writerow([json.dumps(r.get(n), ensure_ascii=False) if isinstance(r.get(n), (list, dict))
                    else ("" if r.get(n) is None else r.get(n)) for n in names])
    return buf.getvalue().encode("utf-8")


def _actor(conn: Any, name: str) -> dict[str, Any] | None:
    """An actor by canonical name or alias, with its claims, facts and dated events."""
    t = tables.TABLES["actors"]
    total, rows = tables.select(conn, tables.View(t, filters={"canonical": [name]}, limit=1))
    if not rows:
        try:
            hit = conn.execute("SELECT a.canonical FROM actors a, json_each(CASE WHEN "
                               "json_valid(a.aliases) THEN a.aliases ELSE '[]' END) j "
                               "WHERE j.value = ? LIMIT 1", (name,)).fetchone()
        except Exception:  # noqa: BLE001 - no actors table in an older ledger
            hit = None
        if hit is None:
            return None
        rows = tables.select(conn, tables.View(t, filters={"canonical": [hit[0]]}, limit=1))[1]
    actor = rows[0]
    names = list(dict.fromkeys([actor["canonical"], *actor["aliases"]]))
    claims = tables.select(conn, tables.View(tables.TABLES["claims"], filters={"claimant": names},
                                             sort="published", limit=tables.EXPORT_MAX))[1]
    facts = sorted({c["fact"] for c in claims if c.get("fact")})
    events = tables.select(conn, tables.View(tables.TABLES["timeline"],
                                             filters={"claimant": names}, limit=500))[1]
    return {"actor": actor, "claims": claims, "facts": facts, "events": events, "names": names}


def _swagger_dir() -> Path | None:
    """Swagger UI's files from the swagger-ui-bundle package: the API docs need no CDN."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    path = Path(str(swagger_ui_path))
    return path if (path / "swagger-ui-bundle.js").is_file() else None


def _examples(state: LedgerState) -> dict[str, str]:
    """A real story, document and actor of this ledger, as examples for the path parameters,
    so a reader of the docs (or a fuzzer) can try an item that exists."""
    conn = state.connect()
    out: dict[str, str] = {}
    if conn is None:
        return out
    try:
        for key, sql in (("story_id", "SELECT id FROM stories ORDER BY id LIMIT 1"),
                         ("doc", "SELECT doc FROM documents WHERE status = 'ok' AND doc NOT LIKE "
                                 "'%/%' ORDER BY id LIMIT 1"),
                         ("actor", "SELECT canonical FROM actors WHERE canonical NOT LIKE '%/%' "
                                   "ORDER BY canonical LIMIT 1")):
            try:
                row = conn.execute(sql).fetchone()
            except Exception:  # noqa: BLE001 - an older ledger without the table
                row = None
            if row and row[0]:
                out[key] = str(row[0])
    finally:
        conn.close()
    return out


def _secure_openapi(app: FastAPI, examples: Callable[[], dict[str, str]]) -> None:
    """Declare the bearer token in the schema, so API clients (and Swagger UI) can send it,
    and give path parameters an example that exists in this ledger."""
    from fastapi.openapi.utils import get_openapi

    def schema() -> dict[str, Any]:
        if app.openapi_schema is None:
            s = get_openapi(title=app.title, version=app.version, description=app.description,
                            routes=app.routes)
            found = examples()
            for path, ops in s.get("paths", {}).items():
                key = "story_id" if "{story_id}" in path else "doc" if path.startswith(
                    ("/doc/", "/api/document/")) else "actor" if "actor/" in path else None
                for op in ops.values():
                    for p in op.get("parameters", []):
                        if p.get("in") == "path" and key in found:
                            p["example"] = found[key]
            _one_or_more_params(s)
            _guard_responses(s)
            s.setdefault("components", {}).setdefault("securitySchemes", {})["token"] = {
                "type": "http", "scheme": "bearer",
                "description": "needed when the server was started with --token"}
            s["security"] = [{"token": []}, {}]
            app.openapi_schema = s
        return app.openapi_schema

    app.openapi = schema  # type: ignore[method-assign]


def _sentence_pieces(r: dict[str, Any]) -> tuple[str, str, str]:
    return split_sentence(queries.claim_from_row(r))


ENCODED_CHAR = 12  # bytes one character may take in a URL: four UTF-8 bytes, each as %XX
HEADER_ROOM = 64 * 1024  # the request's headers (token, cookie, browser headers)


def longest_request(schema: dict[str, Any]) -> int:
    """Bytes in the longest request line the schema allows, with room for headers.

    Every parameter is bounded, so this is finite; the server reads requests this long, so a
    request the schema allows is never cut off by the HTTP layer (uvicorn's h11 default is
    16 KiB, which a few long filter values exceed). A parameter without a bound is an error.
    """
    def value(sch: dict[str, Any]) -> int:
        if "anyOf" in sch:
            return max(value(x) for x in sch["anyOf"])
        kind = sch.get("type")
        if kind == "array":
            return sch["maxItems"] * value(sch["items"])
        if kind in ("integer", "number"):
            return 32
        if "enum" in sch:
            return max(len(str(v)) for v in sch["enum"]) * ENCODED_CHAR
        if "maxLength" not in sch:
            raise ValueError(f"unbounded parameter schema: {sch}")
        return sch["maxLength"] * ENCODED_CHAR

    def param(p: dict[str, Any]) -> int:
        sch = p["schema"]
        # each value of a repeated query parameter carries its name again
        repeat = max((x.get("maxItems", 1) for x in sch.get("anyOf", [sch])), default=1)
        return value(sch) + repeat * (len(p["name"]) * ENCODED_CHAR + 2)

    longest = 0
    for path, ops in schema.get("paths", {}).items():
        for op in ops.values():
            size = len(path) + sum(param(p) for p in op.get("parameters", []))
            longest = max(longest, size)
    return longest + HEADER_ROOM


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          read_only: bool = False, allowed_hosts: set[str] | None = None) -> None:
    """Run the UI with uvicorn (blocking); `newsledger serve --db ledger.sqlite` calls this."""
    import uvicorn

    from newsledger.web.security import default_hosts

    hosts = default_hosts(host) | (allowed_hosts or set())
    app = create_app(Path(db_path), token=token, read_only=read_only, allowed_hosts=hosts)
    uvicorn.Server(server_config(app, host, port)).run()


def server_config(app: Any, host: str, port: int, log_level: str = "info") -> Any:
    """uvicorn's settings for the app: it reads a request line as long as the schema allows."""
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, log_level=log_level,
                          h11_max_incomplete_event_size=longest_request(app.app.openapi()))
