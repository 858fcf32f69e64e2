"""Rendered charts kept in the ledger, one row per story, tagged with the run that drew them.

Drawing a timeline with matplotlib takes a fifth of a second; a reader (the web UI) that
finds a chart drawn for the ledger's newest run shows it instead of drawing it again.
"""

from __future__ import annotations

import sqlite3

SCHEMA = """CREATE TABLE IF NOT EXISTS story_charts (
    story TEXT PRIMARY KEY, run_id INTEGER, timeline_svg TEXT, provenance_svg TEXT
)"""


def save_charts(conn: sqlite3.Connection, run_id: int | None,
                charts: dict[str, tuple[str | None, str | None]]) -> None:
    """Replace every story's charts with those drawn for `run_id`."""
    conn.execute(SCHEMA)
    conn.execute("DELETE FROM story_charts")
    conn.executemany("INSERT INTO story_charts VALUES (?, ?, ?, ?)",
                     [(story, run_id, t, p) for story, (t, p) in charts.items()])
    conn.commit()


def load_charts(conn: sqlite3.Connection, story: str,
                run_id: int | None) -> tuple[str | None, str | None] | None:
    """(timeline data URI, provenance SVG) drawn for this run, or None if not drawn for it."""
    try:
        row = conn.execute("SELECT timeline_svg, provenance_svg FROM story_charts "
                           "WHERE story = ? AND run_id IS ?", (story, run_id)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return (row[0], row[1]) if row else None
