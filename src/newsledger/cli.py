"""The `newsledger` command."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsledger.model import RawDocument

app = typer.Typer(
    help=(
        "A sourced ledger of the figures in news reports: who claims each number, via whom, "
        "as of when, and where reports agree, conflict or echo one source.\n\n"
        "Start with `newsledger run REPORTS... --out DIR` and open DIR/report.html."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out = Console()

Inputs = Annotated[
    list[str],
    typer.Argument(help="Files, directories, globs or http(s) URLs: .txt, .html, .jsonl, .warc(.gz), any of them gzipped."),
]


def _progress() -> Progress:
    from newsledger.engine.progress import make_progress

    return make_progress(console, disable=not console.is_terminal and not _force_progress())


def _force_progress() -> bool:
    import os

    return bool(os.environ.get("NEWSLEDGER_PROGRESS"))


@app.command()
def run(
    inputs: Inputs,
    db: Annotated[Path, typer.Option(help="The SQLite ledger to add to (created if missing).")] = Path("ledger.sqlite"),
    out_dir: Annotated[Path, typer.Option("--out", help="Where the report and data files go; with --engine ray also "
                                          "the workers' Parquet shards (OUT/shards, partitioned by date).")] = Path("out"),
    workers: Annotated[int, typer.Option(help="Local worker processes for the per-document stages (0: in this "
                                         "process, without the time and memory limits).")] = 1,
    engine: Annotated[str, typer.Option(help="'local' (this machine) or 'ray' (Ray Data on a cluster).")] = "local",
    doc_seconds: Annotated[float, typer.Option(help="Wall-time limit per document: a document still running "
                                               "after it is rejected with that reason.")] = 60.0,
    doc_memory: Annotated[int, typer.Option(help="Memory limit per document's worker process, in MB.")] = 1024,
    ray_address: Annotated[str | None, typer.Option(help="Ray cluster address (e.g. ray://head:10001); local Ray when omitted.")] = None,
    wait: Annotated[float, typer.Option(help="Seconds to wait while another process writes to the ledger, before giving up.")] = 600.0,
) -> None:
    """Read reports, store documents and figure claims in the ledger, reconcile them, write the brief.

    Re-running on the same inputs adds nothing twice (documents are keyed by a hash of their
    bytes); a run over a ledger that already holds a story reports what changed since.
    """
    from newsledger.engine.conclude import conclude
    from newsledger.ingest import count_inputs, read_inputs
    from newsledger.report.writer import write_report

    if engine not in ("local", "ray"):
        raise typer.BadParameter("engine must be 'local' or 'ray'")
    if out_dir.exists() and not out_dir.is_dir():
        raise typer.BadParameter(f"{out_dir} is a file, not a folder", param_hint="--out")
    if engine == "ray":
        from newsledger.engine.cluster import ClusterUnreachable, check_address

        try:
            check_address(ray_address)
        except ClusterUnreachable as e:
            console.print(f"[red]{e}")
            raise typer.Exit(2) from None
    from newsledger.store.ledger import BatchWriter, LedgerBusy

    with _open_ledger(db, wait) as ledger, _progress() as progress:
        task = progress.add_task("reading reports", total=None, unit="docs")
        ledger.on_wait = _waiting_status(progress, task)
        try:
            run_id = ledger.start_run(inputs)
            progress.update(task, total=count_inputs(inputs))
            writer = BatchWriter(ledger, run_id)
            if engine == "ray":
                from newsledger.engine.cluster import store_with_ray

                for _ in store_with_ray(ledger, run_id, inputs, shards=out_dir / "shards", address=ray_address,
                                        writer=writer):
                    progress.advance(task)
            else:
                from newsledger.engine.local import run_local
                from newsledger.pipeline import DocLimits

                results = run_local(_not_stored(read_inputs(inputs), ledger, writer, progress, task),
                                    workers=workers, limits=DocLimits(seconds=doc_seconds, memory_mb=doc_memory))
                for result in results:
                    writer.add(result)
                    progress.advance(task)
            writer.flush()
            progress.update(task, description="per-document results stored")
            progress.stop_task(task)
            with ledger.writing():  # under the lock: a run at the same time cannot half-change what we read
                brief = conclude(ledger, run_id, progress)
            ledger.finish_run(run_id, **writer.counts())
        except LedgerBusy as e:
            progress.stop()
            console.print(f"[red]{e}")
            raise typer.Exit(3) from None
    paths = write_report(brief, out_dir)
    _index_for_web(db)
    _summary(brief, writer, db, paths)


def _index_for_web(db: Path) -> None:
    """Full-text search tables and lookup indexes for `newsledger serve` (derived, cheap)."""
    from newsledger.web.prepare import prepare

    prepare(db, charts=False)


def _not_stored(raws: Any, ledger: Any, writer: Any, progress: Progress, task: Any) -> Any:
    """The inputs whose bytes the ledger does not hold yet: a re-run (or the run after a killed
    one) does not process again what is already stored; those count as already in the ledger."""
    for raw in raws:
        if raw.raw_hash and not raw.error and ledger.has_stored(raw.raw_hash):
            writer.seen(raw.source)
            progress.advance(task)
            continue
        yield raw


def _waiting_status(progress: Progress, task: Any) -> Any:
    """What a run shows while another process holds the ledger's write lock (None: the wait is over)."""
    said = []
    before: list[str] = []

    def waiting(seconds: float | None) -> None:
        if seconds is None:
            if before:
                progress.update(task, description=before.pop())
            return
        if not said:
            said.append(True)
            if not console.is_terminal:
                console.print("waiting for the ledger: another process is writing to it")
        if not before:
            before.append(progress.tasks[0].description if progress.tasks else "reading reports")
        progress.update(task, description=f"waiting for the ledger ({seconds:.0f} s; another process is writing)")

    return waiting


def _open_ledger(db: Path, wait: float = 600.0) -> Any:
    """The ledger at `db`, or a one-line message and exit code 2 when it cannot be used
    (3 when another process kept it locked for longer than `wait` seconds)."""
    from newsledger.store.ledger import Ledger, LedgerBusy, LedgerError

    try:
        return Ledger(db, wait=wait)
    except LedgerError as e:
        console.print(f"[red]{e}")
        raise typer.Exit(3 if isinstance(e, LedgerBusy) else 2) from None


def _summary(brief: Any, writer: Any, db: Path, paths: dict[str, Path]) -> None:
    rejections = writer.rejections
    table = Table(title="newsledger run", show_header=True, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("inputs read", str(writer.read))
    table.add_row("documents added", str(writer.added))
    table.add_row("already in the ledger", str(writer.skipped))
    table.add_row("rejected", str(writer.rejected))
    table.add_row("figure claims added", str(writer.claims))
    table.add_row("documents in ledger", str(len(brief.documents)))
    table.add_row("stories", str(len(brief.stories)))
    table.add_row("facts", str(len(brief.facts)))
    table.add_row("conflicting facts", str(sum(f.status == "conflicting" for f in brief.facts)))
    table.add_row("timeline events", str(len(brief.timeline)))
    table.add_row("changes since last run", str(len(brief.changes)))
    console.print(table)
    if rejections:
        rej = Table(title="rejected inputs", header_style="bold red")
        rej.add_column("input")
        rej.add_column("reason")
        for name, reason in rejections:
            rej.add_row(name, reason)
        console.print(rej)
    console.print(f"inputs: {writer.read} = {writer.added} added + {writer.skipped} already in the ledger + "
                  f"{writer.rejected} rejected")
    console.print(f"ledger: {db}")
    report = paths.get("report.html") or next(iter(paths.values()), None)
    sys.stdout.write(f"report: {report}\n")  # plain: Rich would wrap a long path over two lines


@app.command()
def clean(
    inputs: Inputs,
    as_json: Annotated[bool, typer.Option("--json", help="Body plus metadata as one JSON object per input.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="text | json | jsonl (jsonl: one line per input).")] = "text",
) -> None:
    """Print the cleaned article body of each input (page furniture removed), or body plus metadata."""
    from newsledger.ingest import read_inputs
    from newsledger.pipeline import clean_document

    fmt = "json" if as_json and fmt == "text" else fmt
    if fmt not in ("text", "json", "jsonl"):
        raise typer.BadParameter("format must be text, json or jsonl")
    for raw in read_inputs(inputs):
        try:
            doc, _ = clean_document(raw)
        except Exception as exc:  # noqa: BLE001 - report, keep going
            console.print(f"[red]{raw.name}: could not clean: {exc}")
            continue
        record = {
            "doc": doc.doc, "body": doc.body, "title": doc.title, "author": doc.author, "outlet": doc.outlet,
            "published": doc.published, "dateline": doc.dateline, "language": doc.language,
            "status": doc.status, "reason": doc.reason,
        }
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt == "json":
            full = asdict(doc)
            full.pop("raw_hash", None)
            sys.stdout.write(json.dumps(full, ensure_ascii=False, indent=2) + "\n")
        elif doc.status != "ok":
            console.print(f"[red]{doc.doc}: rejected: {doc.reason}")
        else:
            sys.stdout.write(doc.body.rstrip() + "\n")


# `basis` tells a headline claim (its span points into the title) from a body claim.
CLAIM_FIELDS = ("doc", "quote", "low", "high", "bound", "unit", "event", "subject", "claimant", "via", "time",
                "hedged", "negated", "sentence", "span", "derived", "basis")


def extract_all(inputs: list[str], progress_label: str = "extracting claims",
                skip_under: Path | None = None) -> tuple[list[dict], list[tuple[str, str]]]:
    """Claims of every input as dicts, and (name, reason) for each rejected input.

    Files under `skip_under` are passed over (eval: the gold folder inside a folder of reports).
    """
    from newsledger.ingest import count_inputs, read_inputs
    from newsledger.pipeline import CLAIMS_ONLY, process_documents

    claims: list[dict] = []
    rejected: list[tuple[str, str]] = []
    with _progress() as progress:
        task = progress.add_task(progress_label, total=count_inputs(inputs))

        def wanted() -> Iterator[RawDocument]:
            for raw in read_inputs(inputs):
                if skip_under is not None and _is_under(raw.source, skip_under):
                    progress.advance(task)
                    continue
                yield raw

        for _, result in process_documents(wanted(), CLAIMS_ONLY):
            if result.document.status != "ok":
                rejected.append((result.document.doc, result.document.reason or ""))
            claims.extend(c.to_dict() for c in result.claims)
            progress.advance(task)
    return claims, rejected


def _is_under(source: str, folder: Path) -> bool:
    """Whether a file source (path, or 'path:line' of a JSON Lines record) lies in `folder`."""
    path = Path(source.rsplit(":", 1)[0] if not Path(source).exists() else source)
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError):
        return False


def _gold_folder(inputs: list[str], gold: Path) -> Path | None:
    """The gold's folder when it is a subfolder of an input folder: answers and tools, not reports."""
    folder = gold.resolve().parent
    for spec in inputs:
        p = Path(spec)
        if p.is_dir() and folder != p.resolve() and folder.is_relative_to(p.resolve()):
            return folder
    return None


@app.command()
def claims(
    inputs: Inputs,
    fmt: Annotated[str, typer.Option("--format", help="jsonl | csv | table")] = "jsonl",
) -> None:
    """Print every figure claim: value, bound, unit, event, claimant, route, time, doubt, evidence."""
    if fmt not in ("jsonl", "csv", "table"):
        raise typer.BadParameter("format must be jsonl, csv or table")
    found, rejected = extract_all(inputs)
    for name, reason in rejected:
        console.print(f"[yellow]rejected {name}: {reason}")
    rows = [{k: c.get(k) for k in CLAIM_FIELDS} for c in found]
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=CLAIM_FIELDS)
        w.writeheader()
        for r in rows:
            w.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in r.items()})
    else:
        t = Table(show_lines=False, header_style="bold")
        for col in ("doc", "quote", "bound", "unit", "event", "claimant", "via", "time", "hedged"):
            t.add_column(col, overflow="fold")
        for r in rows:
            t.add_row(*(str(r[c]) if r[c] not in (None, []) else "" for c in
                        ("doc", "quote", "bound", "unit", "event", "claimant", "via", "time", "hedged")))
        # Piped, the console is 80 columns and would fold every cell; let the table be as wide as it needs.
        (out if out.is_terminal else Console(width=1000)).print(t)


@app.command(name="eval")
def evaluate(
    inputs: Inputs,
    gold: Annotated[Path, typer.Option(help="Gold claims JSONL (fields of gold/FORMAT.md).", exists=True,
                                       dir_okay=False, readable=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    not_claims: Annotated[Path | None, typer.Option(help="Not-claims JSONL; defaults to not_claims.jsonl beside --gold.")] = None,
    errors: Annotated[bool, typer.Option(help="List false positives and misses.")] = False,
) -> None:
    """Score extracted figure claims against gold: precision, recall, F1 and field accuracy."""
    from newsledger.evaluate.claims import FIELDS, score_claims, score_not_claims

    gold_rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    found, _ = extract_all(inputs, "scoring", skip_under=_gold_folder(inputs, gold))
    scores = score_claims(found, gold_rows)
    nc_path = not_claims or gold.with_name("not_claims.jsonl")
    leaks = score_not_claims(found, [json.loads(x) for x in nc_path.read_text().splitlines() if x.strip()]) \
        if nc_path.exists() else []
    result = {"claims": scores["claims"].to_dict(), "derived": scores["derived"].to_dict(),
              "not_claims_reported": len(leaks), "documents": len({c["doc"] for c in found})}
    if errors:
        result["false_positives"] = [{k: c.get(k) for k in ("doc", "quote", "sentence")} for c in scores["claims"].false_positives]
        result["misses"] = [{k: c.get(k) for k in ("doc", "quote", "sentence")} for c in scores["claims"].false_negatives]
        result["field_errors"] = [
            {"doc": s["doc"], "quote": s["quote"], **{f: [s.get(f), g.get(f)] for f in FIELDS}}
            for s, g in scores["claims"].pairs
        ]
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        return
    s = scores["claims"]
    t = Table(title=f"figure claims vs {gold.name}", header_style="bold")
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_row("precision", f"{s.precision:.3f}")
    t.add_row("recall", f"{s.recall:.3f}")
    t.add_row("F1", f"{s.f1:.3f}")
    t.add_row("matched / system / gold", f"{s.tp} / {s.tp + s.fp} / {s.tp + s.fn}")
    for name in FIELDS:
        t.add_row(f"{name} accuracy (matched)", f"{s.accuracy(name):.3f}")
    t.add_row("not-claims reported", str(len(leaks)))
    t.add_row("derived claims matched", f"{scores['derived'].tp} of {scores['derived'].tp + scores['derived'].fp} system")
    out.print(t)
    if errors:
        for key in ("false_positives", "misses"):
            out.print(f"[bold]{key}")
            for r in result[key]:
                # a gold line may carry no sentence (a set that must not store the article's text)
                line = f"  {r.get('doc')}: {r.get('quote')!r} — {(r.get('sentence') or '')[:120]}"
                out.print(line, markup=False, highlight=False)


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="The SQLite ledger to browse.")] = Path("ledger.sqlite"),
    host: Annotated[str, typer.Option(help="Interface to listen on. Anything but loopback needs --token or --public.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="NEWSLEDGER_TOKEN", help="Require this token on every request (header 'Authorization: Bearer TOKEN' or the /login page).")] = None,
    public: Annotated[bool, typer.Option("--public", help="Serve read-only without a token, to anyone who can reach the port.")] = False,
    allow_host: Annotated[list[str] | None, typer.Option("--allow-host", help="Another Host name browsers use to reach the server (repeatable; '*' for any).")] = None,
) -> None:
    """Browse a ledger in the web UI: stories, every table with facets and search, SQL, uploads."""
    from newsledger.web.app import serve as serve_app
    from newsledger.web.security import is_loopback

    if not db.exists():
        console.print(f"[red]no ledger at {db}: run `newsledger run REPORTS --db {db}` first")
        raise typer.Exit(1)
    if not is_loopback(host) and not token and not public:
        console.print(f"[red]refusing to serve {db} on {host} without a token: anyone on the network could "
                      "read every report and add their own. Use --token TOKEN (or NEWSLEDGER_TOKEN), or "
                      "--public to serve read-only to everyone.")
        raise typer.Exit(2)
    if public and not token:
        console.print(f"[bold yellow]WARNING: --public: anyone who can reach {host}:{port} can read every "
                      "report, claim and input path in this ledger. Adding reports is disabled.")
    if token and len(token) < 12:
        console.print("[yellow]warning: a token shorter than 12 characters is easy to guess")
    serve_app(db, host=host, port=port, token=token, read_only=public and not token,
              allowed_hosts={h.lower() for h in allow_host or []})


@app.command()
def report(
    db: Annotated[Path, typer.Option(help="The SQLite ledger to report on.")] = Path("ledger.sqlite"),
    out_dir: Annotated[Path, typer.Option("--out", help="Where the report and data files go; with --engine ray also "
                                          "the workers' Parquet shards (OUT/shards, partitioned by date).")] = Path("out"),
) -> None:
    """Re-write the brief and the data files from a ledger without reading any report again."""
    from newsledger.engine.conclude import conclude
    from newsledger.report.writer import write_report

    if not db.exists():
        console.print(f"[red]no ledger at {db}")
        raise typer.Exit(1)
    from newsledger.store.ledger import LedgerBusy

    with _open_ledger(db) as ledger:
        try:
            run_id = ledger.start_run([f"report {db}"])
            with ledger.writing():
                brief = conclude(ledger, run_id)
            ledger.finish_run(run_id)
        except LedgerBusy as e:
            console.print(f"[red]{e}")
            raise typer.Exit(3) from None
    paths = write_report(brief, out_dir)
    _index_for_web(db)
    sys.stdout.write(f"report: {paths.get('report.html')}\n")


if __name__ == "__main__":
    app()
