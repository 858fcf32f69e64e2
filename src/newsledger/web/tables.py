"""The workbench's tables: what each ledger table shows, and one query builder for all of them.

Each table is declared once (its columns, which can be sorted, faceted, filtered by range,
searched); pages, the JSON API, CSV/JSON exports and the OpenAPI schema are all derived from
that declaration, so they cannot drift apart. SQL is assembled only from these declarations;
every value the visitor sends is a bound parameter.

Queries read a `base` CTE whose columns carry the declared names, so filters, sorting and
facets work the same way on a plain column, a count or a JSON list.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

TEXT, NUM, INT, DATE, BOOL, LIST, JSON = "text", "num", "int", "date", "bool", "list", "json"

MAX_VALUES = 50        # values of one facet filter
MAX_VALUE_CHARS = 500  # characters in one filter value (names, outlets, document paths)
MAX_SEARCH = 200       # characters in a search
FACET_SIZE = 30        # values listed per facet
EXPORT_MAX = 10_000    # rows in one CSV or JSON download
MAX_PAGE_SIZE = 500
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# what the HTML forms accept: the same, or a box left empty
DATE_FORM_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
NUMBER_FORM_RE = re.compile(r"^(-?(\d{1,18}\.?\d{0,18}|\.\d{1,18})([eE][-+]?\d{1,2})?)?$")
MAX_FORM = 40  # characters in one range box
MAX_NUMBER = 1e300
BIG = 2**62  # integers beyond this do not fit SQLite's 64 bits

# doc name -> story id, from the stories' JSON lists of documents
# Every spelling an actor is known by -> its canonical name (one name per actor in every table).
# A spelling two actors record goes to the first actor stored (the most reported), as in the brief.
ACTOR_OF = ("actor_of AS (SELECT alias, canonical, min(r) AS r FROM (SELECT a.canonical AS alias, "
            "a.canonical AS canonical, a.rowid AS r FROM actors a UNION ALL SELECT j.value, a.canonical, "
            "a.rowid FROM actors a, json_each(CASE WHEN json_valid(a.aliases) THEN a.aliases ELSE '[]' END) j) "
            "GROUP BY alias)")
ACTOR_JOIN = "LEFT JOIN actor_of ao ON ao.alias = c.claimant"
CANONICAL_CLAIMANT = "COALESCE(ao.canonical, c.claimant)"
CANONICAL_VIA = ("(SELECT json_group_array(COALESCE(av.canonical, j.value)) FROM json_each(CASE WHEN "
                 "json_valid(c.via) THEN c.via ELSE '[]' END) j LEFT JOIN actor_of av ON av.alias = j.value)")
STORY_OF = ("story_of AS (SELECT j.value AS doc, min(s.id) AS story FROM stories s, "
            "json_each(CASE WHEN json_valid(s.docs) THEN s.docs ELSE '[]' END) j GROUP BY j.value)")


@dataclass(frozen=True)
class Col:
    name: str
    sql: str
    kind: str = TEXT
    label: str = ""
    facet: bool = False      # listed with counts beside the table
    filter: bool = False     # may be filtered by exact values (facets always may)
    range: bool = False      # min/max inputs (numbers and dates)
    sort: bool = True
    show: bool = True        # a column of the HTML table (the API and exports have them all)
    link: str | None = None  # doc, story, actor, fact, run

    @property
    def title(self) -> str:
        return self.label or self.name.replace("_", " ")

    @property
    def filterable(self) -> bool:
        return self.facet or self.filter


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    source: str                     # FROM clause over aliased ledger tables
    aliases: dict[str, str]         # alias -> ledger table, to drop columns an old ledger lacks
    key: str                        # unique column: the last sort key, so pages never overlap
    cols: tuple[Col, ...]
    default_sort: str
    about: str
    fts: str | None = None          # FTS5 table whose rowid is `key`
    search: tuple[str, ...] = ()    # columns searched with LIKE when there is no FTS index
    ctes: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)  # named filters: param -> SQL over base

    def col(self, name: str) -> Col | None:
        return next((c for c in self.cols if c.name == name), None)

    @property
    def sorts(self) -> list[str]:
        names = [c.name for c in self.cols if c.sort and c.kind not in (LIST, JSON)]
        return names + ["-" + n for n in names]


def _json_list(expr: str) -> str:
    return f"CASE WHEN json_valid({expr}) THEN {expr} ELSE '[]' END"


TABLES: dict[str, Table] = {t.name: t for t in [
    Table(
        "documents", "Documents",
        "documents d LEFT JOIN story_of so ON so.doc = d.doc", {"d": "documents"}, "id",
        (Col("id", "d.id", INT, show=False),
         Col("doc", "d.doc", label="document", link="doc", filter=True),
         Col("title", "d.title"),
         Col("outlet", "d.outlet", facet=True),
         Col("author", "d.author", facet=True, show=False),
         Col("published", "d.published", DATE, range=True),
         Col("status", "d.status", facet=True),
         Col("reason", "d.reason"),
         Col("language", "d.language", facet=True, show=False),
         Col("story", "so.story", facet=True, link="story"),
         Col("claims", "(SELECT count(*) FROM claims c WHERE c.document_id = d.id)", INT,
             range=True),
         Col("url", "d.url", show=False),
         Col("source", "d.source", show=False),
         Col("run_id", "d.run_id", INT, filter=True, show=False, link="run")),
        "published", "Every input the ledger holds, accepted or rejected with its reason.",
        fts="documents_fts", search=("doc", "title", "outlet", "author", "reason", "url"),
        ctes=(STORY_OF,)),
    Table(
        "claims", "Claims",
        "claims c JOIN documents d ON d.id = c.document_id AND d.status = 'ok' "
        "LEFT JOIN story_of so ON so.doc = c.doc " + ACTOR_JOIN, {"c": "claims", "d": "documents"}, "id",
        (Col("id", "c.id", INT, show=False),
         Col("sentence", "c.sentence", label="evidence"),
         Col("quote", "c.quote", label="figure"),
         Col("low", "c.low", NUM, range=True),
         Col("high", "c.high", NUM, range=True),
         Col("bound", "c.bound", facet=True),
         Col("unit", "c.unit", facet=True),
         Col("event", "c.event", facet=True),
         Col("subject", "c.subject", show=False),
         Col("claimant", CANONICAL_CLAIMANT, facet=True, link="actor"),
         Col("claimant_as_written", "c.claimant", show=False, label="claimant as written"),
         Col("via", CANONICAL_VIA, LIST, facet=True),
         Col("time", "c.time", DATE, range=True, label="refers to"),
         Col("hedged", "c.hedged", BOOL, facet=True),
         Col("negated", "c.negated", BOOL, facet=True, show=False),
         Col("derived", "c.derived", BOOL, facet=True, show=False),
         Col("kind", "c.kind", facet=True, show=False),
         Col("doc", "c.doc", label="report", link="doc", filter=True),
         Col("outlet", "d.outlet", facet=True),
         Col("published", "d.published", DATE, range=True),
         Col("story", "so.story", facet=True, link="story"),
         Col("fact", "(SELECT min(fc.fact_id) FROM fact_claims fc WHERE fc.claim_id = c.id)",
             link="fact", show=False),
         Col("span_start", "c.span_start", INT, show=False),
         Col("span_end", "c.span_end", INT, show=False)),
        "published", "Every figure read from an accepted report, with who claims it and where.",
        fts="claims_fts", search=("sentence", "quote", "subject", "claimant", "claimant_as_written", "unit"),
        ctes=(STORY_OF, ACTOR_OF),
        extra={"fact": "base.id IN (SELECT claim_id FROM fact_claims WHERE fact_id IN ({}))"}),
    Table(
        "facts", "Facts",
        "facts f", {"f": "facts"}, "id",
        (Col("id", "f.id", link="fact", show=False),
         Col("label", "f.label", label="fact", link="fact"),
         Col("subject", "f.subject"),
         Col("unit", "f.unit", facet=True),
         Col("event", "f.event", facet=True),
         Col("low", "f.low", NUM, range=True),
         Col("high", "f.high", NUM, range=True),
         Col("status", "f.status", facet=True),
         Col("independent_sources", "f.independent_sources", INT, range=True, facet=True,
             label="independent"),
         Col("reports", "f.reports", INT, range=True),
         Col("claims", "(SELECT count(*) FROM fact_claims fc WHERE fc.fact_id = f.id)", INT,
             range=True),
         Col("story", "f.story", facet=True, link="story"),
         Col("notes", _json_list("f.notes"), LIST, show=False),
         Col("latest", _json_list("f.latest"), JSON, show=False),
         Col("routes", _json_list("f.routes"), JSON, show=False)),
        "-reports", "Claims grouped by what they measure, with their range and status.",
        search=("label", "subject", "unit", "event", "id")),
    Table(
        "actors", "Actors",
        "actors a", {"a": "actors"}, "canonical",
        (Col("canonical", "a.canonical", label="actor", link="actor"),
         Col("type", "a.type", facet=True),
         Col("role", "a.role", facet=True),
         Col("claims", "(SELECT count(*) FROM claims c WHERE c.claimant IN (SELECT a.canonical "
             f"UNION SELECT value FROM json_each({_json_list('a.aliases')})))", INT, range=True),
         Col("reports", f"json_array_length({_json_list('a.docs')})", INT, range=True),
         Col("aliases", _json_list("a.aliases"), LIST),
         Col("docs", _json_list("a.docs"), LIST, show=False)),
        "-claims", "Claimants and intermediaries, resolved across reports, with their aliases.",
        search=("canonical", "type", "role")),
    Table(
        "stories", "Stories",
        "stories s", {"s": "stories"}, "id",
        (Col("id", "s.id", link="story", show=False),
         Col("title", "s.title", label="story", link="story"),
         Col("reports", f"json_array_length({_json_list('s.docs')})", INT, range=True),
         Col("claims", f"(SELECT count(*) FROM claims c, json_each({_json_list('s.docs')}) j "
             "WHERE c.doc = j.value)", INT, range=True),
         Col("facts", "(SELECT count(*) FROM facts f WHERE f.story = s.id)", INT, range=True),
         Col("disputed", "(SELECT count(*) FROM facts f WHERE f.story = s.id AND f.status IN "
             "('conflicting', 'superseded'))", INT, range=True),
         Col("duplicates", f"json_array_length({_json_list('s.duplicates')})", INT, show=False),
         Col("docs", _json_list("s.docs"), LIST, show=False)),
        "-reports", "Reports grouped into stories.", search=("title", "id")),
    Table(
        "timeline", "Timeline",
        "timeline t", {"t": "timeline"}, "id",
        (Col("id", "t.id", INT, show=False),
         Col("when", 't."when"', DATE, range=True),
         Col("what", "t.what", label="event"),
         Col("claimant", "t.claimant", facet=True, link="actor"),
         Col("story", "t.story", facet=True, link="story"),
         Col("docs", _json_list("t.docs"), LIST, facet=True, label="reports"),
         Col("evidence", _json_list("t.evidence"), JSON, show=False)),
        "when", "Dated events across every story, each with the reports that give it.",
        search=("what", "claimant")),
    Table(
        "checks", "Checks",
        "checks k", {"k": "checks"}, "id",
        (Col("id", "k.id", INT, show=False),
         Col("kind", "k.kind", facet=True),
         Col("description", "k.description", label="relation"),
         Col("expected", "k.expected", NUM, range=True),
         Col("observed", "k.observed", NUM, range=True),
         Col("fits", "k.fits", BOOL, facet=True),
         Col("claims", _json_list("k.claims"), LIST, show=False)),
        "id", "Arithmetic relations between figures (parts and totals, rates), and whether they fit.",
        search=("description", "kind")),
    Table(
        "runs", "Runs",
        "runs r", {"r": "runs"}, "id",
        (Col("id", "r.id", INT, label="run", link="run"),
         Col("started", "r.started", DATE, range=True),
         Col("finished", "r.finished", DATE),
         Col("documents_added", "r.documents_added", INT, range=True, label="added"),
         Col("documents_skipped", "r.documents_skipped", INT, label="already held"),
         Col("rejected", "r.rejected", INT, range=True),
         Col("claims_added", "r.claims_added", INT, range=True),
         Col("inputs", _json_list("r.inputs"), LIST)),
        "-id", "Each time the pipeline ran over this ledger.", search=("inputs",)),
    Table(
        "changes", "Changes",
        "changes g", {"g": "changes"}, "rowid",
        (Col("rowid", "g.rowid", INT, show=False, label="#"),
         Col("run_id", "g.run_id", INT, facet=True, label="run", link="run"),
         Col("kind", "g.kind", facet=True),
         Col("description", "g.description", label="change"),
         Col("detail", "CASE WHEN json_valid(g.detail) THEN g.detail ELSE 'null' END", JSON,
             show=False)),
        "-rowid", "What each run found new or different since the run before.",
        search=("description", "kind")),
]}


# ---- a request's view of a table ------------------------------------------------------


@dataclass
class View:
    """Everything in the URL: search, filters, ranges, sort and page."""

    table: Table
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    ranges: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    extra: dict[str, list[str]] = field(default_factory=dict)
    sort: str = ""
    limit: int = 50
    offset: int = 0

    @property
    def sort_col(self) -> str:
        return (self.sort or self.table.default_sort).lstrip("-")

    @property
    def descending(self) -> bool:
        return (self.sort or self.table.default_sort).startswith("-")

    def cache_key(self) -> tuple:
        return (self.table.name, self.q, tuple(sorted((k, tuple(v)) for k, v in self.filters.items())),
                tuple(sorted(self.ranges.items())),
                tuple(sorted((k, tuple(v)) for k, v in self.extra.items())),
                self.sort, self.limit, self.offset)


def present_columns(conn: sqlite3.Connection, table: Table) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name in set(table.aliases.values()) | {"stories", "claims", "fact_claims", "facts", "actors"}:
        try:
            out[name] = {r[1] for r in conn.execute(f"PRAGMA table_info({name})")}
        except sqlite3.DatabaseError:
            out[name] = set()
    return out


_SIMPLE = re.compile(r'^(\w+)\.("?)(\w+)\2$')


def _col_sql(table: Table, col: Col, present: dict[str, set[str]]) -> str:
    """The column's SQL, or NULL when an older ledger lacks the column it reads."""
    m = _SIMPLE.match(col.sql)
    if m and m.group(3) != "rowid":
        tname = table.aliases.get(m.group(1))
        if tname and m.group(3) not in present.get(tname, set()):
            return "NULL"
    return col.sql


def has_fts(conn: sqlite3.Connection, table: Table) -> bool:
    if not table.fts:
        return False
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table.fts,)).fetchone()
    return row is not None


def fts_query(text: str) -> str:
    """A visitor's words as an FTS5 query: every word must match, the last one as a prefix.

    Each word is quoted, so FTS5 operators and punctuation in the search box are just text.
    """
    words = re.findall(r"\w+", text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words[:32]]
    quoted[-1] += "*"
    return " ".join(quoted)


def like_escape(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _base(conn: sqlite3.Connection, table: Table) -> str:
    present = present_columns(conn, table)
    if not present.get(next(iter(table.aliases.values()))):
        raise MissingTable(table.name)
    if "stories" not in present or not present["stories"]:
        ctes = []
        source = table.source.replace("LEFT JOIN story_of so ON so.doc = d.doc", "").replace(
            "LEFT JOIN story_of so ON so.doc = c.doc", "")
        cols = [("NULL" if "so." in c.sql else _col_sql(table, c, present)) + f' AS "{c.name}"'
                for c in table.cols]
    else:
        ctes = list(table.ctes)
        source = table.source
        cols = [_col_sql(table, c, present) + f' AS "{c.name}"' for c in table.cols]
    if ACTOR_JOIN in source and not present.get("actors"):  # an older ledger without actors: names as written
        source = source.replace(ACTOR_JOIN, "")
        ctes = [c for c in ctes if not c.startswith("actor_of")]
        cols = [c.replace(CANONICAL_CLAIMANT, "c.claimant").replace(CANONICAL_VIA, _json_list("c.via"))
                for c in cols]
    elif ACTOR_JOIN in source and not any(c.startswith("actor_of") for c in ctes):
        ctes.insert(0, ACTOR_OF)
    ctes.append(f"base AS (SELECT {', '.join(cols)} FROM {source})")
    return "WITH " + ", ".join(ctes) + " "


class MissingTable(Exception):
    """The ledger has no such table (an older or partial file): the page shows it as empty."""


def _where(conn: sqlite3.Connection, view: View, skip: str | None = None) -> tuple[str, list]:
    t = view.table
    parts: list[str] = []
    args: list[Any] = []
    if view.q:
        if has_fts(conn, t):
            query = fts_query(view.q)
            if query:
                parts.append(f'base."{t.key}" IN (SELECT rowid FROM {t.fts} WHERE {t.fts} MATCH ?)')
                args.append(query)
        else:
            cols = [c for c in t.search if t.col(c)]
            if cols:
                parts.append("(" + " OR ".join(f'base."{c}" LIKE ? ESCAPE \'\\\'' for c in cols) + ")")
                args += [like_escape(view.q)] * len(cols)
    for name, values in view.filters.items():
        col = t.col(name)
        if col is None or name == skip or not values:
            continue
        marks = ", ".join("?" * len(values))
        if col.kind == LIST:
            parts.append(f'EXISTS (SELECT 1 FROM json_each(base."{name}") j WHERE j.value IN ({marks}))')
        else:
            parts.append(f'base."{name}" IN ({marks})')
        args += [_typed(col, v) for v in values]
    for name, (lo, hi) in view.ranges.items():
        col = t.col(name)
        if col is None:
            continue
        if col.kind == DATE:  # periods ('2024-09-01/2024-11-30') overlap the asked range
            v = f'base."{name}"'
            start = f"substr({v}, 1, 10)"
            end = f"(CASE WHEN instr({v}, '/') THEN substr({v}, instr({v}, '/') + 1) ELSE {v} END)"
            if lo is not None:
                parts.append(f"substr({end}, 1, ?) >= ?")
                args += [len(lo), lo]
            if hi is not None:
                parts.append(f"substr({start}, 1, ?) <= ?")
                args += [len(hi), hi]
        else:
            if lo is not None:
                parts.append(f'base."{name}" >= ?')
                args.append(lo)
            if hi is not None:
                parts.append(f'base."{name}" <= ?')
                args.append(hi)
    for name, values in view.extra.items():
        template = t.extra.get(name)
        if template and values:
            parts.append(template.format(", ".join("?" * len(values))))
            args += list(values)
    return (" WHERE " + " AND ".join(parts)) if parts else "", args


def _typed(col: Col, value: str) -> Any:
    if col.kind == BOOL:
        return 1 if value.lower() in ("1", "true", "yes") else 0
    if col.kind == INT:  # a value no row can hold matches nothing (and cannot overflow SQLite)
        try:
            number = int(value)
        except ValueError:
            return value
        return number if abs(number) < BIG else value
    if col.kind == NUM:
        try:
            return float(value)
        except ValueError:
            return value
    return value


def _decode(table: Table, row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    for c in table.cols:
        v = out.get(c.name)
        if c.kind == LIST:
            try:
                items = json.loads(v) if v else []
            except ValueError:
                items = []
            out[c.name] = [x if isinstance(x, str) else json.dumps(x) for x in items] \
                if isinstance(items, list) else []
        elif c.kind == JSON:
            try:
                out[c.name] = json.loads(v) if v else None
            except ValueError:
                out[c.name] = None
        elif c.kind == BOOL and v is not None:
            out[c.name] = bool(v)
        elif c.kind in (TEXT, DATE) and v is not None and not isinstance(v, str):
            out[c.name] = str(v)
    return out


def _order(view: View) -> str:
    col = view.table.col(view.sort_col) or view.table.col(view.table.default_sort.lstrip("-"))
    assert col is not None
    direction = "DESC" if view.descending else "ASC"
    key = view.table.key
    return f' ORDER BY "{col.name}" IS NULL, "{col.name}" {direction}, "{key}" {direction}'


def select(conn: sqlite3.Connection, view: View, limit: int | None = None,
           offset: int | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(rows matching the view, the page of rows as dicts)."""
    try:
        base = _base(conn, view.table)
    except MissingTable:
        return 0, []
    where, args = _where(conn, view)
    total = conn.execute(f"{base}SELECT count(*) FROM base{where}", args).fetchone()[0]
    rows = conn.execute(f"{base}SELECT * FROM base{where}{_order(view)} LIMIT ? OFFSET ?",
                        [*args, view.limit if limit is None else limit,
                         view.offset if offset is None else offset]).fetchall()
    return int(total), [_decode(view.table, r) for r in rows]


def facets(conn: sqlite3.Connection, view: View) -> list[dict[str, Any]]:
    """Counts per value of each facet column, over the rows the other filters leave."""
    try:
        base = _base(conn, view.table)
    except MissingTable:
        return []
    out = []
    for col in view.table.cols:
        if not col.facet:
            continue
        where, args = _where(conn, view, skip=col.name)
        if col.kind == LIST:
            sql = (f'{base}SELECT j.value AS v, count(*) AS n FROM base, json_each(base."{col.name}") j'
                   f"{where} GROUP BY v ORDER BY n DESC, v LIMIT ?")
        else:
            cond = " AND " if where else " WHERE "
            sql = (f'{base}SELECT base."{col.name}" AS v, count(*) AS n FROM base{where}{cond}'
                   f'base."{col.name}" IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT ?')
        selected = set(view.filters.get(col.name, []))
        values = []
        for r in conn.execute(sql, [*args, FACET_SIZE + 1]).fetchall():
            v = r["v"]
            text = ("yes" if v else "no") if col.kind == BOOL else str(v)
            param = (str(int(bool(v)))) if col.kind == BOOL else str(v)
            values.append({"value": param, "label": text, "count": int(r["n"]),
                           "selected": param in selected})
        # a selected value beyond the listed ones still shows, so it can be removed
        listed = {v["value"] for v in values[:FACET_SIZE]}
        for v in sorted(selected - listed):
            values.append({"value": v, "label": v, "count": 0, "selected": True})
        out.append({"column": col.name, "title": col.title, "values": values[:FACET_SIZE]
                    + [x for x in values[FACET_SIZE:] if x["selected"]],
                    "truncated": len(values) > FACET_SIZE})
    return out


def parse_view(table: Table, params: list[tuple[str, str]], limit: int, offset: int,
               form: bool = True) -> tuple[View, list[str]]:
    """A View from query parameters, and the problems found in them (empty when valid).

    `form`: numbers as a page's range boxes take them (plain decimals, short exponents);
    the API's numbers were already read as floats by FastAPI.
    """
    errors: list[str] = []
    view = View(table, limit=limit, offset=offset)
    seen: set[str] = set()
    for key, value in params:
        single = key in ("q", "sort", "page", "size", "limit", "offset") or (
            key.endswith(("_min", "_max")) and table.col(key[:-4]) is not None)
        if single:
            if key in seen:
                errors.append(f"{key}: give it once")
            seen.add(key)
        if key == "q":
            if len(value) > MAX_SEARCH:
                errors.append(f"q: a search may be at most {MAX_SEARCH} characters")
            view.q = value.strip()
        elif key == "sort":
            if value not in table.sorts:
                errors.append(f"sort: no sortable column {value!r}")
            else:
                view.sort = value
        elif key.endswith(("_min", "_max")) and (col := table.col(key[:-4])) and col.range:
            if value == "":
                continue
            parsed = _range_value(col, value, form)
            if parsed is None:
                errors.append(f"{key}: expected "
                              f"{'a date YYYY[-MM[-DD]]' if col.kind == DATE else 'a number'}")
                continue
            lo, hi = view.ranges.get(col.name, (None, None))
            view.ranges[col.name] = (parsed, hi) if key.endswith("_min") else (lo, parsed)
        elif key in table.extra:
            if len(value) > MAX_VALUE_CHARS:
                errors.append(f"{key}: a value may be at most {MAX_VALUE_CHARS} characters")
            elif value:
                view.extra.setdefault(key, []).append(value)
        elif (col := table.col(key)) and col.filterable:
            if value == "":
                continue
            if len(value) > MAX_VALUE_CHARS:
                errors.append(f"{key}: a value may be at most {MAX_VALUE_CHARS} characters")
                continue
            view.filters.setdefault(key, [])
            if value not in view.filters[key]:
                view.filters[key].append(value)
    for key, values in [*view.filters.items(), *view.extra.items()]:
        if len(values) > MAX_VALUES:
            errors.append(f"{key}: at most {MAX_VALUES} values")
    return view, errors


def _range_value(col: Col, value: str, form: bool = True) -> Any:
    if col.kind == DATE:
        return value if DATE_RE.match(value) else None
    if form and (len(value) > MAX_FORM or not NUMBER_FORM_RE.match(value)):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    if not abs(number) <= MAX_NUMBER:  # also refuses nan
        return None
    return int(number) if col.kind == INT and number.is_integer() and abs(number) < BIG \
        else number
