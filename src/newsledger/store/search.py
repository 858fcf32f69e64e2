"""Full-text search and lookup indexes over the ledger, for readers such as the web UI.

Derived data only: the FTS5 tables index the text of `claims` and `documents` (external
content, so the text is stored once) and are rebuilt whole after each run; the plain indexes
serve the filters readers use most. Nothing here changes a row of the ledger itself, and a
ledger without these tables still reads (search falls back to LIKE).
"""

from __future__ import annotations

import sqlite3

FTS_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "claims_fts": ("claims", ("quote", "subject", "claimant", "unit", "event", "sentence")),
    "documents_fts": ("documents", ("doc", "title", "outlet", "author", "body")),
}

INDEXES = {
    "claims_claimant": "claims(claimant)",
    "claims_document": "claims(document_id)",
    "fact_claims_claim": "fact_claims(claim_id)",
    "facts_story": "facts(story)",
    "timeline_story": "timeline(story)",
    "documents_status": "documents(status)",
}


def build_search(conn: sqlite3.Connection) -> list[str]:
    """(Re)build the FTS tables and lookup indexes; returns the names built.

    A table or column missing from an older ledger skips that index instead of failing. One
    transaction: the server rebuilds in a background thread, and a search meanwhile must see the
    old index (or none, and scan), never a new table that is still empty.
    """
    built = []
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")
    for name, (table, columns) in FTS_TABLES.items():
        try:
            conn.execute(f"DROP TABLE IF EXISTS {name}")
            conn.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({', '.join(columns)}, "
                         f"content='{table}', content_rowid='id', "
                         "tokenize='unicode61 remove_diacritics 2')")
            conn.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
            built.append(name)
        except sqlite3.DatabaseError:
            conn.execute(f"DROP TABLE IF EXISTS {name}")
    for name, target in INDEXES.items():
        try:
            conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
            built.append(name)
        except sqlite3.DatabaseError:
            pass
    conn.commit()
    return built
