"""Write one run's brief (HTML, Markdown), its charts and its data files into a folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from newsledger.report import charts
from newsledger.report.bundle import Ledger
from newsledger.report.context import build_context
from newsledger.report.data import write_data

TEMPLATES = Path(__file__).parent / "templates"
KNOWN_STATUS = {"consistent", "conflicting", "superseded", "single-source", "ok", "rejected"}

_MD_SPECIAL = re.compile(r"([\\`*\[\]|<>])")


def md_escape(value: Any) -> str:
    """Markdown-safe inline text: no table breaks, no raw HTML, no stray emphasis or links."""
    text = "" if value is None else str(value)
    text = re.sub(r"\s+", " ", text)  # keep edge spaces: pieces are joined around the figure
    return _MD_SPECIAL.sub(lambda m: {"<": "&lt;", ">": "&gt;"}.get(m.group(1), "\\" + m.group(1)),
                           text)


def status_class(value: Any) -> str:
    """A CSS class for a status badge; unknown statuses share one neutral class."""
    text = str(value or "").lower()
    return "st-" + (text if text in KNOWN_STATUS else "other")


def _env(autoescape: bool) -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=autoescape,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = md_escape
    env.filters["status_class"] = status_class
    return env


def render_html(ledger: Ledger, context: dict[str, Any] | None = None) -> str:
    ctx = context if context is not None else build_context(ledger)
    css = Markup((TEMPLATES / "report.css").read_text(encoding="utf-8"))
    for story in ctx["stories"]:  # our own SVG, built with escaped text
        story["provenance_markup"] = Markup(story.get("provenance_svg") or "")
    return _env(True).get_template("report.html").render(css=css, **ctx)


def render_markdown(ledger: Ledger, context: dict[str, Any] | None = None) -> str:
    ctx = context if context is not None else build_context(ledger, charts=False)
    return _env(False).get_template("report.md").render(**ctx)


def _chart_rows(ledger: Ledger, ctx: dict[str, Any]) -> list[tuple[str, str | None, int]]:
    """One lane per story when there are several, else one lane per claimant."""
    rows: list[tuple[str, str | None, int]] = []
    n = 0
    for story in ctx["stories"]:
        for t in story["timeline"]:
            n += 1
            lane = story["title"] if ctx["multi"] else (t["claimant"] or "unattributed")
            rows.append((lane, t["when"], t["n"] if not ctx["multi"] else n))
    return rows


def write_report(bundle: Ledger, out_dir: Path) -> dict[str, Path]:
    """Write report.html, report.md, the timeline charts and the data files; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = build_context(bundle)
    paths: dict[str, Path] = {}
    html_path = out_dir / "report.html"
    html_path.write_text(render_html(bundle, ctx), encoding="utf-8")
    paths["report.html"] = html_path
    md_path = out_dir / "report.md"
    md_path.write_text(render_markdown(bundle, ctx), encoding="utf-8")
    paths["report.md"] = md_path
    paths.update(charts.write_timeline(_chart_rows(bundle, ctx), out_dir))
    paths.update(write_data(bundle, out_dir))
    return paths
