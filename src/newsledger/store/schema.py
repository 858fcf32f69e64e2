"""The ledger's SQLite schema, as numbered migrations.

A ledger file anyone can open (sqlite3, Datasette, DuckDB): tables read like the domain.
Each migration is applied once, in order, and the version is kept in `PRAGMA user_version`,
so an old ledger is upgraded in place when a newer newsledger opens it.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents in, figure claims out.
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        inputs TEXT NOT NULL,            -- JSON list of what was asked for
        documents_added INTEGER DEFAULT 0,
        documents_skipped INTEGER DEFAULT 0,
        rejected INTEGER DEFAULT 0,
        claims_added INTEGER DEFAULT 0
    );
    CREATE TABLE sources (
        source TEXT PRIMARY KEY,         -- path, URL, 'file.jsonl:3', 'crawl.warc.gz#2'
        first_run INTEGER REFERENCES runs(id),
        last_run INTEGER REFERENCES runs(id)
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc TEXT NOT NULL,               -- the input's base name
        source TEXT NOT NULL REFERENCES sources(source),
        raw_hash TEXT NOT NULL UNIQUE,   -- sha256 of the raw bytes: re-runs add nothing twice
        status TEXT NOT NULL CHECK (status IN ('ok', 'rejected')),
        reason TEXT,                     -- why it was rejected
        title TEXT, author TEXT, outlet TEXT, outlet_basis TEXT,
        published TEXT, published_basis TEXT, published_confidence REAL,
        dateline TEXT, language TEXT, url TEXT,
        body TEXT,                       -- the cleaned article body; claim spans point into it
        dropped TEXT,                    -- JSON list of furniture lines removed, with reasons
        run_id INTEGER REFERENCES runs(id)
    );
    CREATE INDEX documents_doc ON documents(doc);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        doc TEXT NOT NULL,
        quote TEXT NOT NULL,
        low REAL, high REAL, bound TEXT,
        unit TEXT, event TEXT, subject TEXT,
        claimant TEXT,
        claimant_aliases TEXT,           -- JSON list
        via TEXT,                        -- JSON list of intermediaries
        time TEXT, statement_time TEXT,
        hedged INTEGER, negated INTEGER,
        derived INTEGER DEFAULT 0, basis TEXT, kind TEXT,
        sentence TEXT,
        span_start INTEGER, span_end INTEGER,
        sentence_start INTEGER, sentence_end INTEGER,
        run_id INTEGER REFERENCES runs(id)
    );
    CREATE INDEX claims_doc ON claims(doc);
    CREATE INDEX claims_unit_event ON claims(unit, event);
    CREATE TABLE mentions (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        doc TEXT NOT NULL, text TEXT NOT NULL, label TEXT, role TEXT, start INTEGER, "end" INTEGER
    );
    CREATE TABLE events (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        doc TEXT NOT NULL, "when" TEXT NOT NULL, what TEXT NOT NULL, claimant TEXT,
        sentence TEXT, span_start INTEGER, span_end INTEGER
    );
    """,
    # 2: what the cross-document stages conclude; rewritten by every run.
    """
    CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT, docs TEXT, duplicates TEXT
    );
    CREATE TABLE actors (
        canonical TEXT PRIMARY KEY, type TEXT, aliases TEXT, role TEXT, docs TEXT
    );
    CREATE TABLE facts (
        id TEXT PRIMARY KEY, story TEXT, label TEXT, unit TEXT, event TEXT, subject TEXT,
        status TEXT, low REAL, high REAL, independent_sources INTEGER, reports INTEGER,
        latest TEXT, routes TEXT, notes TEXT
    );
    CREATE TABLE fact_claims (
        fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        PRIMARY KEY (fact_id, claim_id)
    );
    CREATE TABLE timeline (
        id INTEGER PRIMARY KEY, story TEXT, "when" TEXT NOT NULL, what TEXT NOT NULL,
        claimant TEXT, docs TEXT, evidence TEXT
    );
    CREATE TABLE checks (
        id INTEGER PRIMARY KEY, kind TEXT, description TEXT, expected REAL, observed REAL,
        fits INTEGER, claims TEXT
    );
    -- A compact picture of each run's conclusions, so the next run can say what changed.
    CREATE TABLE snapshots (
        run_id INTEGER PRIMARY KEY REFERENCES runs(id), payload TEXT NOT NULL
    );
    CREATE TABLE changes (
        run_id INTEGER REFERENCES runs(id), kind TEXT, description TEXT, detail TEXT
    );
    """,
    # 3: runs that can be told apart while they work (two at once, or one killed) and that
    # account for every input; a note on a document that was stored but hit a limit.
    """
    ALTER TABLE runs ADD COLUMN status TEXT;          -- running | finished | interrupted
    ALTER TABLE runs ADD COLUMN host TEXT;            -- where the run's process lives
    ALTER TABLE runs ADD COLUMN pid INTEGER;
    ALTER TABLE runs ADD COLUMN pid_start TEXT;       -- the process's start time (pids are reused)
    ALTER TABLE runs ADD COLUMN heartbeat TEXT;       -- the run's last commit
    ALTER TABLE runs ADD COLUMN documents_read INTEGER; -- inputs = added + skipped + rejected
    ALTER TABLE runs ADD COLUMN note TEXT;            -- e.g. why an interrupted run was closed
    ALTER TABLE documents ADD COLUMN note TEXT;       -- a limit a stored document hit (text cut short)
    UPDATE runs SET status = CASE WHEN finished IS NULL THEN 'running' ELSE 'finished' END;
    """,
    # 4: what the cross-document stage concluded per story, keyed by a digest of all it was
    # concluded from: a run that adds reports reuses the stories they leave unchanged.
    """
    CREATE TABLE story_cache (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
