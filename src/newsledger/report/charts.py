"""Charts for the brief: a timeline (matplotlib) and a provenance graph (SVG by hand).

The provenance graph is a three-column flow (claimant → intermediary → outlet); drawing
it by hand keeps it a few kilobytes of crisp, selectable, printable SVG with no layout
library, where matplotlib would need a graph package and yield heavier output.
"""

from __future__ import annotations

import base64
import io
import math
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

ROW_COLOURS = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2",
               "#be185d", "#4d7c0f", "#475569"]


def parse_when(value: str | None) -> tuple[date, date] | None:
    """'2025-01-13', '2025-01', '2025' or 'a/b' -> (start, end); None for junk."""
    if not value:
        return None
    parts = [p.strip() for p in str(value).split("/") if p.strip()]
    if not parts:
        return None
    start = _one(parts[0], end=False)
    end = _one(parts[-1], end=True)
    if start is None or end is None:
        return None
    return (start, end) if start <= end else (end, start)


def _one(text: str, end: bool) -> date | None:
    bits = text.split("-")
    try:
        year = int(bits[0])
        if len(bits) == 1:
            return date(year, 12, 31) if end else date(year, 1, 1)
        month = int(bits[1])
        if len(bits) == 2:
            if not end:
                return date(year, month, 1)
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return date(year, month, int(bits[2][:2]))
    except (ValueError, IndexError):
        return None


def _window(spans: list[tuple[date, date]]) -> date:
    """Left edge of the axis: far-off outliers (an old anniversary) would squash the rest."""
    starts = sorted(s for s, _ in spans)
    last = max(e for _, e in spans)
    q = starts[len(starts) // 10]
    margin = max((last - q).days * 0.5, 30)
    return max(starts[0], q - timedelta(days=margin))


MAX_LANES = 8
OTHER_LANE = "other sources"


def _cap_lanes(items: list[tuple[str, Any, int]], limit: int = MAX_LANES) -> list[tuple[str, Any, int]]:
    """Keep the busiest lanes; the rest share one, so a story with many claimants stays legible."""
    counts: dict[str, int] = {}
    for label, _, _ in items:
        counts[label] = counts.get(label, 0) + 1
    if len(counts) <= limit:
        return items
    keep = set(sorted(counts, key=lambda k: (-counts[k], k))[: limit - 1])
    return [(label if label in keep else OTHER_LANE, span, n) for label, span, n in items]


def timeline_figure(rows: list[tuple[str, str | None, int]]):
    """rows: (row label, when, event number). One lane per label; numbers match the list."""
    items = [(label, parse_when(w), n) for label, w, n in rows]
    items = _cap_lanes([(label, span, n) for label, span, n in items if span is not None])
    labels: list[str] = []
    for label, _, _ in items:
        if label not in labels and label != OTHER_LANE:
            labels.append(label)
    if any(label == OTHER_LANE for label, _, _ in items):
        labels.append(OTHER_LANE)
    height = 1.0 + 0.5 * max(len(labels), 1)
    fig, ax = plt.subplots(figsize=(10, height), dpi=110)
    ax.set_facecolor("white")
    if not items:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    left = _window([s for _, s, _ in items])
    right = max(e for _, (_, e), _ in items)
    pad = timedelta(days=max((right - left).days * 0.03, 3))
    span_days = max((right - left).days, 1)
    last_x: dict[str, list[float]] = {}
    for label, (start, end), n in sorted(items, key=lambda it: it[1][0]):
        y = len(labels) - 1 - labels.index(label)
        colour = ROW_COLOURS[labels.index(label) % len(ROW_COLOURS)]
        clipped = start < left
        s = max(start, left)
        end = max(end, left)
        if (end - s).days >= 2:
            ax.plot([s, end], [y, y], color=colour, linewidth=5, alpha=0.35,
                    solid_capstyle="round")
        mid = s + (end - s) / 2
        ax.plot([mid], [y], marker="<" if clipped else "o", color=colour, markersize=6)
        # stagger numbers of events that sit close together in one lane
        x = mdates.date2num(mid)
        near = [p for p in last_x.get(label, []) if abs(p - x) < span_days * 0.025]
        last_x.setdefault(label, []).append(x)
        dy = (6, -12, 14, -20)[len(near) % 4]
        ax.annotate(str(n), (x, y), xytext=(0, dy), textcoords="offset points", ha="center",
                    fontsize=7, color="#111827")
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels([_short(lab, 38) for lab in reversed(labels)], fontsize=8)
    ax.set_ylim(-0.7, len(labels) - 0.3)
    ax.set_xlim(left - pad, right + pad)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#e5e7eb", linewidth=0.8)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    fig.tight_layout()
    return fig


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render(fig, fmt: str) -> bytes:
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "newsledger"}):
        fig.savefig(buf, format=fmt, metadata={"Date": None} if fmt == "svg" else None,
                    facecolor="white")
    plt.close(fig)
    return buf.getvalue()


def timeline_svg_data_uri(rows: list[tuple[str, str | None, int]]) -> str:
    """A data: URI, so the chart is self-contained and its ids cannot clash with the page."""
    svg = _render(timeline_figure(rows), "svg")
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def write_timeline(rows: list[tuple[str, str | None, int]], out_dir: Path) -> dict[str, Path]:
    out = {"timeline.png": out_dir / "timeline.png", "timeline.svg": out_dir / "timeline.svg"}
    out["timeline.png"].write_bytes(_render(timeline_figure(rows), "png"))
    out["timeline.svg"].write_bytes(_render(timeline_figure(rows), "svg"))
    return out


# ---- provenance ---------------------------------------------------------------------

_NODE_H = 22
_GAP = 8
_COL_W = 210
_COL_GAP = 70


def provenance_svg(routes: list[dict[str, Any]], max_routes: int = 40) -> str:
    """Inline SVG of claimant → intermediary → outlet chains; edge width grows with count.

    Text is XML-escaped here because the string is inserted into the page as markup.
    """
    routes = [r for r in routes if isinstance(r, dict) and len(r.get("chain") or []) >= 2]
    routes = routes[:max_routes]
    if not routes:
        return ""
    # columns: 0 claimant, 1 intermediary (any hop), 2 outlet
    cols: list[dict[str, int]] = [{}, {}, {}]
    edges: dict[tuple[tuple[int, str], tuple[int, str]], int] = {}
    for r in routes:
        chain = [str(x) for x in r["chain"]]
        count = int(r.get("count") or 1)
        placed = [(0, chain[0])] + [(1, v) for v in chain[1:-1]] + [(2, chain[-1])]
        for col, name in placed:
            cols[col][name] = cols[col].get(name, 0) + count
        for a, b in zip(placed, placed[1:], strict=False):
            edges[(a, b)] = edges.get((a, b), 0) + count
    used = [i for i, c in enumerate(cols) if c]
    xpos = {col: 10 + k * (_COL_W + _COL_GAP) for k, col in enumerate(used)}
    pos: dict[tuple[int, str], tuple[float, float]] = {}
    rows = max(len(c) for c in cols)
    height = 34 + rows * (_NODE_H + _GAP)
    for col in used:
        names = sorted(cols[col], key=lambda n: (-cols[col][n], n))
        offset = (rows - len(names)) * (_NODE_H + _GAP) / 2
        for i, name in enumerate(names):
            pos[(col, name)] = (xpos[col], 30 + offset + i * (_NODE_H + _GAP))
    width = 20 + len(used) * _COL_W + (len(used) - 1) * _COL_GAP
    heads = {0: "Claimant", 1: "Via", 2: "Outlet"}
    out = [f'<svg class="provenance" xmlns="http://www.w3.org/2000/svg" role="img" '
           f'aria-label="provenance graph" viewBox="0 0 {width} {height:.0f}" '
           f'width="{width}" height="{height:.0f}">']
    for col in used:
        out.append(f'<text x="{xpos[col] + 4}" y="16" class="pv-head">{heads[col]}</text>')
    top = max(edges.values())
    for (a, b), n in sorted(edges.items(), key=lambda e: e[1]):
        x1, y1 = pos[a][0] + _COL_W, pos[a][1] + _NODE_H / 2
        x2, y2 = pos[b][0], pos[b][1] + _NODE_H / 2
        if b[0] == a[0]:  # two hops in the Via column: loop back along the column
            x1, x2 = pos[a][0] + _COL_W, pos[b][0] + _COL_W
            cx = x1 + 30
            d = f"M{x1},{y1:.1f} C{cx},{y1:.1f} {cx},{y2:.1f} {x2},{y2:.1f}"
        else:
            cx = (x1 + x2) / 2
            d = f"M{x1},{y1:.1f} C{cx},{y1:.1f} {cx},{y2:.1f} {x2},{y2:.1f}"
        w = 1.2 + 4.5 * math.sqrt(n / top)
        out.append(f'<path d="{d}" class="pv-edge" stroke-width="{w:.1f}">'
                   f'<title>{escape(a[1])} → {escape(b[1])}: {n} claim(s)</title></path>')
    for (col, name), (x, y) in pos.items():
        label = escape(_short(name, 32))
        out.append(f'<g class="pv-node pv-c{col}"><rect x="{x}" y="{y:.1f}" width="{_COL_W}" '
                   f'height="{_NODE_H}" rx="5"/><text x="{x + 8}" y="{y + 15:.1f}">{label}'
                   f' <tspan class="pv-n">{cols[col][name]}</tspan></text>'
                   f'<title>{escape(name)}</title></g>')
    out.append("</svg>")
    return "".join(out)
