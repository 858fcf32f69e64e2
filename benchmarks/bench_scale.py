"""Scale, measured: throughput and memory of the engines, and how the cross-document stage grows.

    python benchmarks/bench_scale.py [--sizes 2000,20000] [--engines local1,local2,ray2]
                                     [--crossdoc-sizes 10000,100000] [--work DIR] [--out FILE]

Four parts, each run in fresh processes so one's memory never counts in another's peak:

1. Per-document throughput. For every size, a corpus from `benchmarks/make_corpus.py` (seed 1)
   goes through the same steps as `newsledger run` (ledger, batch writer, the engine, then the
   cross-document stage) with local 1 worker, local 2 workers and Ray with 2 CPUs. Measured:
   documents per second of the per-document part, the driver's peak resident memory at the
   end of that part and after the cross-document stage, each worker's peak (local: the largest
   pool process; Ray: each worker process, as the workers report it) and the cross-document
   stage's seconds.
2. Cross-document growth. The per-document results stored by the largest local run are
   read back from its ledger and replicated into K disjoint copies (every proper name spelt
   differently per copy, the same length, so spans stay valid): K copies are K times as many
   reports about K times as many stories, which is how a firehose grows. `conclude_documents`,
   the function a run calls, is timed on each size in its own process (after a warm-up call on
   20 reports, so imports and the model load are not in the figure).
3. Adding to a big ledger (--incremental-replicated BASE,ADD). BASE + ADD replicated reports;
   a ledger of all but the ADD newest is concluded once (its story cache filled), then the ADD
   newest are stored and the cross-document stage of that run is timed, against the stage over
   a fresh ledger of all of them; the facts of both are compared. (--incremental BASE,ADD does
   the same with real inputs and the per-document part, at sizes the per-document cost allows.)
4. The load of the machine (`uptime`) before and after each measurement, beside the figures:
   the machine is shared, and a busy neighbour slows every figure.

Writes benchmarks/results/scale.md (and scale.json).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

ENGINES = {"local1": ("local", 1), "local2": ("local", 2), "ray2": ("ray", 2)}


def same_facts(a: Path, b: Path) -> bool:
    """Do two ledgers hold the same facts (id, label, status, range)?"""
    import sqlite3

    rows = []
    for path in (a, b):
        con = sqlite3.connect(path)
        rows.append(sorted(con.execute("SELECT id, label, status, low, high FROM facts").fetchall(), key=repr))
        con.close()
    return rows[0] == rows[1]


def load() -> str:
    """The load averages (1, 5, 15 minutes) as `uptime` shows them."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (user + system): unlike the wall
    clock, barely moved by how busy the rest of the machine is."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


# ---- child: one engine over one corpus ---------------------------------------------------------

def child_run(corpus: list[Path], work: Path, engine: str, workers: int, conclude_too: bool) -> dict:
    """The steps of `newsledger run` (cli.run) without the report, timed part by part; a ledger
    already in `work` is added to, as a run over an existing ledger does."""
    from newsledger.engine.conclude import conclude
    from newsledger.ingest import read_inputs
    from newsledger.store.ledger import BatchWriter, Ledger

    work.mkdir(parents=True, exist_ok=True)
    inputs = [str(c) for c in corpus]
    out: dict = {"engine": engine, "workers": workers}
    with Ledger(work / "ledger.sqlite") as ledger:
        run_id = ledger.start_run(inputs)
        writer = BatchWriter(ledger, run_id)
        start, cpu = time.perf_counter(), cpu_seconds()
        if engine == "ray":
            from newsledger.engine.cluster import ShardedRun, store_with_ray

            state = ShardedRun(shards=work / "shards")
            for _ in store_with_ray(ledger, run_id, inputs, shards=state.shards, num_cpus=workers, writer=writer,
                                    state=state):
                pass
            out["worker_peak_mb"] = sorted(round(v / 2**20, 1) for v in state.worker_peak.values())
        else:
            from newsledger.engine.local import run_local

            def not_stored():  # noqa: ANN202 - what the ledger holds is not processed again (cli.run)
                for raw in read_inputs(inputs):
                    if raw.raw_hash and not raw.error and ledger.has_stored(raw.raw_hash):
                        writer.seen(raw.source)
                        continue
                    yield raw

            for result in run_local(not_stored(), workers=workers):
                writer.add(result)
            children = peak_mb(resource.RUSAGE_CHILDREN)
            out["worker_peak_mb"] = [round(children, 1)] if workers > 1 else []
        writer.flush()
        out["per_doc_seconds"] = time.perf_counter() - start
        out["per_doc_cpu_seconds"] = cpu_seconds() - cpu  # workers counted once they have exited
        out["inputs"] = writer.read
        out.update(writer.counts())
        out["driver_peak_mb_per_doc"] = round(peak_mb(), 1)
        if conclude_too:
            start, cpu = time.perf_counter(), cpu_seconds()
            brief = conclude(ledger, run_id)
            out["conclude_seconds"] = time.perf_counter() - start
            out["conclude_cpu_seconds"] = cpu_seconds() - cpu
            out["driver_peak_mb_total"] = round(peak_mb(), 1)
            out["stories"], out["facts"] = len(brief.stories), len(brief.facts)
            snap = ledger.snapshot(run_id) or {}
            out["stage_seconds"] = {k: v["seconds"] for k, v in (snap.get("timings") or {}).items()}
            out["story_cache"] = snap.get("story_cache") or {}
        ledger.finish_run(run_id, **writer.counts())
    if engine == "ray":
        import ray

        ray.shutdown()
    return out


# ---- child: the cross-document stage over K copies of stored results -----------------------------

_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _respell(k: int):  # noqa: ANN202 - a str -> str function
    """Copy k's spelling of every proper name: letters after the first shifted by k (same length)."""
    from make_corpus import KEEP

    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        if w in KEEP:
            return w
        return w[0] + "".join(chr((ord(c) - 97 + k) % 26 + 97) for c in w[1:])

    def respell(text):  # noqa: ANN001, ANN202 - str or None
        return _WORD.sub(one, text) if isinstance(text, str) and k else text

    return respell


def replicate(documents, claims, mentions, events, copies: int):  # noqa: ANN001, ANN201
    """`copies` disjoint copies of stored results (see the module docstring)."""
    out_d, out_c, out_m, out_e = [], [], [], []
    for k in range(copies):
        f = _respell(k)

        def name(doc: str, k: int = k) -> str:
            return f"c{k}/{doc}" if k else doc

        out_d += [replace(d, doc=name(d.doc), body=f(d.body), title=f(d.title), raw_hash=f"{k}:{d.raw_hash}")
                  for d in documents]
        out_c += [replace(c, doc=name(c.doc), quote=f(c.quote), sentence=f(c.sentence), claimant=f(c.claimant),
                          subject=f(c.subject), via=[f(v) for v in c.via],
                          claimant_aliases=[f(a) for a in c.claimant_aliases]) for c in claims]
        out_m += [replace(m, doc=name(m.doc), text=f(m.text)) for m in mentions]
        out_e += [replace(e, doc=name(e.doc), what=f(e.what), claimant=f(e.claimant), sentence=f(e.sentence))
                  for e in events]
    return out_d, out_c, out_m, out_e


def child_crossdoc(db: Path, size: int) -> dict:
    from newsledger.reconcile.across import conclude_documents
    from newsledger.store.ledger import Ledger

    with Ledger(db) as ledger:
        documents = ledger.documents("ok")
        claims = [c for _, c in ledger.claims()]
        mentions, events = ledger.mentions(), ledger.events()
    copies = -(-size // len(documents))
    d, c, m, e = replicate(documents, claims, mentions, events, copies)
    keep = {x.doc for x in d[:size]}
    d = d[:size]
    c, m, e = ([x for x in xs if x.doc in keep] for xs in (c, m, e))
    warm = {x.doc for x in d[:20]}  # imports and the spaCy model load once, outside the timing
    conclude_documents(d[:20], *([x for x in xs if x.doc in warm] for xs in (c, m, e)))
    before = peak_mb()
    start, cpu = time.perf_counter(), cpu_seconds()
    done = conclude_documents(d, c, m, e)
    seconds = time.perf_counter() - start
    return {"documents": len(d), "claims": len(c), "seconds": seconds, "cpu_seconds": cpu_seconds() - cpu,
            "stories": len(done.stories),
            "facts": len(done.facts), "peak_mb": round(peak_mb(), 1), "peak_mb_before": round(before, 1)}


def replicated_results(db: Path, size: int):  # noqa: ANN201 - list[DocumentResult]
    """`size` replicated reports (see replicate) as the per-document results a run stores, in
    copy order; every copy's sources renamed so the ledger keeps them apart."""
    from newsledger.model import DocumentResult
    from newsledger.store.ledger import Ledger

    with Ledger(db) as ledger:
        documents = ledger.documents("ok")
        claims = [c for _, c in ledger.claims()]
        mentions, events = ledger.mentions(), ledger.events()
    d, c, m, e = replicate(documents, claims, mentions, events, -(-size // len(documents)))
    out = {x.doc: DocumentResult(document=replace(x, source=f"{x.doc}@{x.source}")) for x in d[:size]}
    for items, attr in ((c, "claims"), (m, "mentions"), (e, "events")):
        for x in items:
            if x.doc in out:
                getattr(out[x.doc], attr).append(x)
    return list(out.values())


def newest(results, n: int) -> set[str]:  # noqa: ANN001 - what a firehose adds next: the n latest reports
    ranked = sorted(results, key=lambda r: (str(r.document.published or ""), r.document.doc))
    return {r.document.doc for r in ranked[len(ranked) - n:]}


def child_replicated_ledger(db: Path, size: int, add: int, path: Path, part: str) -> dict:
    """A ledger of replicated results: `base` holds all but the `add` newest of `size` reports
    and has been concluded once (its story cache filled); `all` holds every one, never concluded."""
    from newsledger.engine.conclude import conclude
    from newsledger.store.ledger import Ledger

    results = replicated_results(db, size)
    late = newest(results, add)
    keep = [r for r in results if r.document.doc not in late] if part == "base" else results
    path.parent.mkdir(parents=True, exist_ok=True)
    with Ledger(path) as ledger:
        run_id = ledger.start_run([str(db)])
        with ledger.writing():
            for r in keep:
                ledger._add_result(r, run_id)  # noqa: SLF001 - one transaction for the lot
        if part == "base":
            conclude(ledger, run_id)
        ledger.finish_run(run_id)
    return {"documents": len(keep)}


def child_add_and_conclude(db: Path, size: int, add: int, path: Path) -> dict:
    """Store the `add` newest reports (none when add is 0) in the ledger at `path`, then time
    the cross-document stage of that run, as `newsledger run` does it after the per-document part."""
    from newsledger.engine.conclude import conclude
    from newsledger.store.ledger import Ledger

    late: list = []
    if add:
        results = replicated_results(db, size)
        names = newest(results, add)
        late = [r for r in results if r.document.doc in names]
    with Ledger(path) as ledger:
        run_id = ledger.start_run([str(db)])
        with ledger.writing():
            for r in late:
                ledger._add_result(r, run_id)  # noqa: SLF001
        start, cpu = time.perf_counter(), cpu_seconds()
        brief = conclude(ledger, run_id)
        out = {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu,
               "documents": len(brief.documents), "added": len(late), "facts": len(brief.facts),
               "stories": len(brief.stories), "peak_mb": round(peak_mb(), 1)}
        snap = ledger.snapshot(run_id) or {}
        out["stage_seconds"] = {k: v["seconds"] for k, v in (snap.get("timings") or {}).items()}
        out["story_cache"] = snap.get("story_cache") or {}
        ledger.finish_run(run_id)
    return out


def measure_incremental_replicated(base: Path, spec: str, work: Path, timeout: float) -> dict:
    """BASE replicated reports concluded once, then the ADD newest added and concluded (timed),
    against the cross-document stage over a fresh ledger of all BASE + ADD (timed): the part
    of a run that an adding run could skip only by being incremental. The per-document part
    of the ADD reports is not in either figure (replicated reports have no input files)."""
    import shutil

    base_n, add_n = (int(x) for x in spec.split(","))
    size = base_n + add_n
    grown, full = work / f"rep-grown-{base_n}-{add_n}" / "ledger.sqlite", work / f"rep-full-{size}" / "ledger.sqlite"
    for p in (grown, full):
        shutil.rmtree(p.parent, ignore_errors=True)
    print(f"building the {base_n}-report replicated ledger ...", file=sys.stderr, flush=True)
    built = child(["--child", "repledger", str(base), str(size), str(add_n), str(grown), "base"], timeout)
    if built is None or child(["--child", "repledger", str(base), str(size), str(add_n), str(full), "all"],
                              timeout) is None:
        return {}
    out: dict = {"base": base_n, "add": add_n, "source": str(base)}
    for kind, path, n in (("incremental", grown, add_n), ("full", full, 0)):
        print(f"{kind}: cross-document stage, {base_n} + {add_n} replicated reports ...", file=sys.stderr, flush=True)
        before = load()
        res = child(["--child", "addconclude", str(base), str(size), str(n), str(path)], timeout)
        if res is None:
            return out
        res.update(load_before=before, load_after=load())
        print(f"  {json.dumps(res)}", file=sys.stderr, flush=True)
        out[kind] = res
    out["same_facts"] = same_facts(grown, full)
    return out


def child_conclude(path: Path) -> dict:
    """The cross-document stage of a new run over the ledger at `path`, timed."""
    from newsledger.engine.conclude import conclude
    from newsledger.store.ledger import Ledger

    with Ledger(path) as ledger:
        run_id = ledger.start_run([str(path)])
        start, cpu = time.perf_counter(), cpu_seconds()
        brief = conclude(ledger, run_id)
        out = {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu,
               "documents": len(brief.documents), "facts": len(brief.facts), "stories": len(brief.stories),
               "peak_mb": round(peak_mb(), 1)}
        ledger.finish_run(run_id)
    return out


def child_restage(source: Path, path: Path) -> dict:
    """A fresh ledger of every per-document result `source` stores, then the cross-document
    stage over it, timed: what a full rebuild does after its per-document part."""
    from newsledger.model import DocumentResult
    from newsledger.store.ledger import Ledger

    with Ledger(source) as ledger:
        documents = ledger.documents("ok")
        claims = [c for _, c in ledger.claims()]
        mentions, events = ledger.mentions(), ledger.events()
    results = {d.doc: DocumentResult(document=d) for d in documents}
    for items, attr in ((claims, "claims"), (mentions, "mentions"), (events, "events")):
        for x in items:
            if x.doc in results:
                getattr(results[x.doc], attr).append(x)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Ledger(path) as ledger:
        run_id = ledger.start_run([str(source)])
        with ledger.writing():
            for r in results.values():
                ledger._add_result(r, run_id)  # noqa: SLF001 - one transaction for the lot
        ledger.finish_run(run_id)
    return child_conclude(path)


def measure_incremental_stage(work: Path, spec: str, timeout: float) -> dict:
    """--incremental-stage LEDGER,ADD: the ledger of an earlier run over the BASE corpus (its
    stored per-document results) concluded once by this code (not timed); then a whole adding run
    of ADD new reports (seed 2) over both folders, as `newsledger run` does it (timed); against
    the cross-document stage of a rebuild over a fresh ledger of all the results (timed). A
    rebuild's per-document part is not run here: it is the engine runs' figure (it does not
    depend on the cross-document code this measures)."""
    import shutil

    source, add_n = spec.rsplit(",", 1)
    base = Path(source)
    target = work / "stage-incremental" / "ledger.sqlite"
    shutil.rmtree(target.parent, ignore_errors=True)
    target.parent.mkdir(parents=True)
    shutil.copy(base, target)
    print("concluding the base ledger with this code ...", file=sys.stderr, flush=True)
    out: dict = {"base_ledger": str(base), "add": int(add_n),
                 "base_stage": child(["--child", "conclude", str(target)], timeout)}
    extra = work / f"corpus-add-{add_n}"
    if not (extra / ".manifest.json").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), add_n, "--seed", "2",
                        "--out", str(extra)], check=True, stdout=subprocess.DEVNULL)
    inputs = os.pathsep.join([str(work / f"corpus-{_size_of(base)}"), str(extra)])
    print(f"adding {add_n} reports ...", file=sys.stderr, flush=True)
    before = load()
    res = child(["--child", "run", inputs, str(target.parent), "local", "2", "1"], timeout)
    if res is None:
        return out
    res.update(load_before=before, load_after=load())
    out["incremental"] = res
    print(f"  {json.dumps(res)}", file=sys.stderr, flush=True)
    fresh = work / "stage-rebuild" / "ledger.sqlite"
    shutil.rmtree(fresh.parent, ignore_errors=True)
    print("the stage over a fresh ledger of all of them ...", file=sys.stderr, flush=True)
    before = load()
    rebuilt = child(["--child", "restage", str(target), str(fresh)], timeout)
    if rebuilt is None:
        return out
    rebuilt.update(load_before=before, load_after=load())
    out["rebuild_stage"] = rebuilt
    out["same_facts"] = same_facts(target, fresh)
    return out


def _size_of(ledger: Path) -> int:
    """The corpus size of a benchmark run's ledger folder ('run-20000-local1')."""
    m = re.search(r"run-(\d+)-", str(ledger))
    return int(m.group(1)) if m else 0


# ---- parent ------------------------------------------------------------------------------------

def child(args: list[str], timeout: float) -> dict | None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    try:
        p = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        print(f"  timed out after {timeout:.0f} s: {args}", file=sys.stderr)
        return None
    if p.returncode != 0:
        print(p.stderr[-3000:], file=sys.stderr)
        return None
    return json.loads(p.stdout.strip().splitlines()[-1])


def corpus_for(n: int, work: Path) -> Path:
    folder = work / f"corpus-{n}"
    if not (folder / ".manifest.json").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(n), "--seed", "1",
                        "--out", str(folder)], check=True, stdout=subprocess.DEVNULL)
    return folder


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000,20000", help="corpus sizes for the engine runs")
    ap.add_argument("--engines", default="local1,local2,ray2")
    ap.add_argument("--crossdoc-sizes", default="10000,100000")
    ap.add_argument("--incremental", default="20000,1000",
                    help="BASE,ADD: add ADD new reports to the BASE-report ledger of the local1 run, "
                         "against a full rebuild of all of them (2 local workers; empty: skip)")
    ap.add_argument("--incremental-replicated", default="20000,1000",
                    help="BASE,ADD: the cross-document stage of a run adding the ADD newest of BASE + ADD "
                         "replicated reports (from --crossdoc-base) against a rebuild's (empty: skip)")
    ap.add_argument("--incremental-stage", default="",
                    help="LEDGER,ADD: a whole adding run of ADD new reports into a copy of LEDGER (a ledger of an "
                         "earlier run-N-ENGINE over the N-report corpus in --work), against a rebuild's "
                         "cross-document stage over all the results (empty: skip)")
    ap.add_argument("--crossdoc-base", type=Path, default=None,
                    help="ledger whose stored results the cross-document sizes replicate "
                         "(default: the ledger of the largest local1 run)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/newsledger-scale"))
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "scale.md")
    ap.add_argument("--timeout", type=float, default=3 * 3600, help="seconds one measurement may take")
    ap.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        kind, *rest = a.child
        if kind == "run":
            corpus, work, engine, workers, conclude_too = rest
            res = child_run([Path(c) for c in corpus.split(os.pathsep)], Path(work), engine, int(workers),
                            conclude_too == "1")
        elif kind == "repledger":
            res = child_replicated_ledger(Path(rest[0]), int(rest[1]), int(rest[2]), Path(rest[3]), rest[4])
        elif kind == "addconclude":
            res = child_add_and_conclude(Path(rest[0]), int(rest[1]), int(rest[2]), Path(rest[3]))
        elif kind == "conclude":
            res = child_conclude(Path(rest[0]))
        elif kind == "restage":
            res = child_restage(Path(rest[0]), Path(rest[1]))
        else:
            res = child_crossdoc(Path(rest[0]), int(rest[1]))
        print(json.dumps(res))
        return

    sizes = [int(s) for s in a.sizes.split(",") if s]
    engines = [e for e in a.engines.split(",") if e]
    cross_sizes = [int(s) for s in a.crossdoc_sizes.split(",") if s]
    a.work.mkdir(parents=True, exist_ok=True)
    runs: list[dict] = []
    for n in sizes:
        corpus = corpus_for(n, a.work)
        for name in engines:
            engine, workers = ENGINES[name]
            work = a.work / f"run-{n}-{name}"
            subprocess.run(["rm", "-rf", str(work)], check=True)
            print(f"{n} documents, {name} ...", file=sys.stderr, flush=True)
            before = load()
            res = child(["--child", "run", str(corpus), str(work), engine, str(workers),
                         "1" if name == "local1" else "0"], a.timeout)
            if res is None:
                continue
            res.update(size=n, name=name, load_before=before, load_after=load())
            res["docs_per_second"] = res["inputs"] / res["per_doc_seconds"]
            res["docs_per_cpu_second"] = res["inputs"] / max(res.get("per_doc_cpu_seconds") or 0.0, 1e-9)
            print(f"  {res['docs_per_second']:.2f} docs/s", file=sys.stderr, flush=True)
            runs.append(res)
    base = next((a.work / f"run-{n}-local1" / "ledger.sqlite" for n in sorted(sizes, reverse=True)
                 if (a.work / f"run-{n}-local1" / "ledger.sqlite").exists()), None)
    base = a.crossdoc_base or base
    cross: list[dict] = []
    for n in cross_sizes if base else []:
        print(f"cross-document stage, {n} documents ...", file=sys.stderr, flush=True)
        before = load()
        res = child(["--child", "crossdoc", str(base), str(n)], a.timeout)
        if res is not None:
            res.update(load_before=before, load_after=load(), base=str(base))
            print(f"  {json.dumps(res)}", file=sys.stderr, flush=True)  # kept if a later size is stopped
            cross.append(res)
    built = None
    if a.incremental:
        n = int(a.incremental.split(",")[0])
        if any(r["size"] == n and r["name"] == "local1" for r in runs):  # concluded by this invocation
            built = a.work / f"run-{n}-local1" / "ledger.sqlite"
    incremental = measure_incremental(a.work, a.incremental, a.timeout, built) if a.incremental else {}
    replicated = (measure_incremental_replicated(base, a.incremental_replicated, a.work, a.timeout)
                  if a.incremental_replicated and base else {})
    staged = measure_incremental_stage(a.work, a.incremental_stage, a.timeout) if a.incremental_stage else {}
    a.out.with_suffix(".json").write_text(json.dumps({"runs": runs, "crossdoc": cross, "incremental": incremental,
                                                      "incremental_replicated": replicated,
                                                      "incremental_stage": staged}, indent=1) + "\n")
    a.out.write_text(render(runs, cross, " ".join(sys.argv[1:]), incremental, replicated, staged))
    print(a.out.read_text())


def measure_incremental(work: Path, spec: str, timeout: float, built: Path | None = None) -> dict:
    """ADD new reports (another seed) run into a copy of a BASE-report ledger, against a
    fresh ledger built from all BASE + ADD reports; both with 2 local workers and the
    cross-document stage, as `newsledger run` does them. `built`: a concluded ledger of the
    same BASE corpus that this invocation's local1 run made, used instead of building one."""
    import shutil

    base_n, add_n = (int(x) for x in spec.split(","))
    base = corpus_for(base_n, work)
    ledger = built or work / f"base-{base_n}" / "ledger.sqlite"  # built by this code (not timed)
    if built is None:
        shutil.rmtree(ledger.parent, ignore_errors=True)
        print(f"building the {base_n}-report ledger ...", file=sys.stderr, flush=True)
        if child(["--child", "run", str(base), str(ledger.parent), "local", "2", "1"], timeout) is None:
            return {}
    extra = work / f"corpus-add-{add_n}"
    if not (extra / ".manifest.json").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(add_n), "--seed", "2",
                        "--out", str(extra)], check=True, stdout=subprocess.DEVNULL)
    inputs = f"{base}{os.pathsep}{extra}"
    out = {"base": base_n, "add": add_n}
    for kind in ("incremental", "full"):
        target = work / f"{kind}-{base_n}-{add_n}"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        if kind == "incremental":
            shutil.copy(ledger, target / "ledger.sqlite")
        print(f"{kind}: {base_n} + {add_n} reports ...", file=sys.stderr, flush=True)
        before = load()
        res = child(["--child", "run", inputs, str(target), "local", "2", "1"], timeout)
        if res is None:
            return out
        res.update(load_before=before, load_after=load(),
                   total_seconds=res["per_doc_seconds"] + res.get("conclude_seconds", 0.0))
        out[kind] = res
    out["same_facts"] = same_facts(*(work / f"{kind}-{base_n}-{add_n}" / "ledger.sqlite" for kind in ("incremental", "full")))
    return out


def render(runs: list[dict], cross: list[dict], argv: str, incremental: dict | None = None,
           replicated: dict | None = None, staged: dict | None = None) -> str:
    lines = ["# Scale: engines, memory and the cross-document stage", "",
             f"Produced by `python benchmarks/bench_scale.py {argv}`".rstrip() + " (`make bench-scale`), "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, on {os.cpu_count()} cores shared with other "
             "work: the load averages (1/5/15 min) before and after each measurement stand beside it.", "",
             "## Per-document part", "",
             "| documents | engine | inputs | docs/s | docs per CPU s | per-doc s | per-doc CPU s | "
             "driver peak MB (per-doc) | worker peak MB | "
             "cross-doc s | driver peak MB (with cross-doc) | load before | load after |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in runs:
        workers = ", ".join(f"{x:.0f}" for x in r.get("worker_peak_mb") or []) or "(in driver)"
        cpu = r.get("per_doc_cpu_seconds") if r["name"] != "ray2" else None  # Ray's workers are no children
        rate, spent = (f"{r['inputs'] / cpu:.2f}", f"{cpu:.1f}") if cpu else ("–", "–")
        lines.append(f"| {r['size']} | {r['name']} | {r['inputs']} | {r['docs_per_second']:.2f} | {rate} | "
                     f"{r['per_doc_seconds']:.1f} | {spent} | "
                     f"{r['driver_peak_mb_per_doc']:.0f} | {workers} | "
                     f"{r.get('conclude_seconds', float('nan')):.1f} | {r.get('driver_peak_mb_total', float('nan')):.0f} | "
                     f"{r['load_before']} | {r['load_after']} |")
    by = {(r["size"], r["name"]): r for r in runs}
    sizes = sorted({r["size"] for r in runs})
    lines += ["", "Ratios (targets from issue 14):", ""]
    for n in sizes:
        one, two = by.get((n, "local1")), by.get((n, "local2"))
        ray = by.get((n, "ray2"))
        if one and two:
            lines.append(f"- {n} documents: local 2 workers / 1 worker = "
                         f"{two['docs_per_second'] / one['docs_per_second']:.2f}x (target >= 1.7x)")
        if one and ray:
            lines.append(f"- {n} documents: Ray 2 workers / local 1 worker = "
                         f"{ray['docs_per_second'] / one['docs_per_second']:.2f}x")
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        for name in ("local1", "local2", "ray2"):
            a, b = by.get((lo, name)), by.get((hi, name))
            if a and b:
                cpu_a, cpu_b = (x["inputs"] / max(x.get("per_doc_cpu_seconds") or 0.0, 1e-9) for x in (a, b))
                per_cpu = f", {cpu_b / cpu_a:.2f} per CPU second" if name != "ray2" else ""
                lines.append(f"- {name}: throughput at {hi} / at {lo} = "
                             f"{b['docs_per_second'] / a['docs_per_second']:.2f} wall{per_cpu} "
                             "(target within 15%: 0.85-1.15); "
                             f"driver peak (per-doc part) {b['driver_peak_mb_per_doc'] / a['driver_peak_mb_per_doc']:.2f}x "
                             "(target <= 1.5x)")
    if cross:
        lines += ["", "## Cross-document stage alone (stored per-document results, replicated)", "",
                  "| documents | claims | stories | facts | seconds | CPU s | ms/doc | peak MB | load before | load after |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
        for c in cross:
            lines.append(f"| {c['documents']} | {c['claims']} | {c['stories']} | {c['facts']} | {c['seconds']:.1f} | "
                         f"{c.get('cpu_seconds', float('nan')):.1f} | "
                         f"{1000 * c['seconds'] / c['documents']:.1f} | {c['peak_mb']:.0f} | {c['load_before']} | "
                         f"{c['load_after']} |")
        if len(cross) >= 2:
            a, b = cross[0], cross[-1]
            lines += ["", f"- {b['documents']} / {a['documents']} documents "
                      f"({b['documents'] / a['documents']:.0f}x): time {b['seconds'] / a['seconds']:.1f}x, CPU time "
                      f"{b.get('cpu_seconds', float('nan')) / a.get('cpu_seconds', float('nan')):.1f}x "
                      "(target: 100,000 vs 10,000 <= 12x)"]
    inc, full = (incremental or {}).get("incremental"), (incremental or {}).get("full")
    if inc and full:
        lines += ["", f"## Adding {incremental['add']} reports to a {incremental['base']}-report ledger", "",
                  "Both with 2 local workers. The per-document part skips what the ledger holds; the "
                  "cross-document stage links actors and stories over the whole ledger in both, and the "
                  "run that adds takes the facts, checks and timeline of every story the new reports "
                  "left unchanged from the ledger's story cache (the rebuild starts without one).", "",
                  "| run | added | already stored | per-doc s | cross-doc s | total s | total CPU s | facts | "
                  "load before | load after |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"]
        for r in (inc, full):
            r["total_cpu_seconds"] = (r.get("per_doc_cpu_seconds") or 0.0) + r.get("conclude_cpu_seconds", 0.0)
        for name, r in (("add to the ledger", inc), ("full rebuild", full)):
            lines.append(f"| {name} | {r['documents_added']} | {r['documents_skipped']} | {r['per_doc_seconds']:.1f} | "
                         f"{r.get('conclude_seconds', 0):.1f} | {r['total_seconds']:.1f} | {r['total_cpu_seconds']:.1f} | "
                         f"{r.get('facts')} | {r['load_before']} | {r['load_after']} |")
        reuse = inc.get("story_cache") or {}
        if reuse:
            lines += ["", f"The run that adds reused {reuse.get('reused', 0)} per-story entries (facts, checks, "
                      f"timeline) from the cache and computed {reuse.get('computed', 0)}."]
        lines += ["", f"- adding / full rebuild = {inc['total_seconds'] / full['total_seconds']:.1%} of the time, "
                  f"{inc['total_cpu_seconds'] / max(full['total_cpu_seconds'], 1e-9):.1%} of the CPU time "
                  f"(target <= 15%); cross-document stage alone {inc['conclude_seconds'] / full['conclude_seconds']:.1%}"
                  f" of the time, {inc.get('conclude_cpu_seconds', 0) / max(full.get('conclude_cpu_seconds', 0), 1e-9):.1%}"
                  " of the CPU time",
                  f"- the same facts (id, label, status, range) as the rebuild: "
                  f"{'yes' if incremental.get('same_facts') else 'NO'}"]
    rep = replicated or {}
    inc, full = rep.get("incremental"), rep.get("full")
    if inc and full:
        lines += ["", f"## Cross-document stage of a run adding the {rep['add']} newest to {rep['base']} replicated "
                  "reports", "",
                  "The ledger of the first BASE reports was concluded once (story cache filled); the run that "
                  "adds stores the ADD newest reports and runs the cross-document stage; the rebuild runs it "
                  "over a fresh ledger of all of them. The per-document part (which the run that adds does "
                  "for ADD reports, a rebuild for all) is in neither figure.", "",
                  "| run | documents | added | seconds | CPU s | facts | stories | story cache reused / computed | "
                  "peak MB | load before | load after |",
                  "|---|---:|---:|---:|---:|---:|---:|---|---:|---|---|"]
        for name, r in (("add to the ledger", inc), ("full rebuild", full)):
            sc = r.get("story_cache") or {}
            lines.append(f"| {name} | {r['documents']} | {r['added']} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | "
                         f"{r['facts']} | {r['stories']} | {sc.get('reused', 0)} / {sc.get('computed', 0)} | "
                         f"{r['peak_mb']:.0f} | {r['load_before']} | {r['load_after']} |")
        lines += ["", f"- adding / rebuild (cross-document stage): {inc['seconds'] / full['seconds']:.0%} of the wall "
                  f"time, {inc['cpu_seconds'] / full['cpu_seconds']:.0%} of the CPU time (target <= 15%)",
                  f"- the same facts (id, label, status, range) as the rebuild: "
                  f"{'yes' if rep.get('same_facts') else 'NO'}"]
        for name, r in (("add", inc), ("rebuild", full)):
            stages = ", ".join(f"{k} {v:.1f} s" for k, v in (r.get("stage_seconds") or {}).items())
            lines.append(f"- stages ({name}): {stages}")
    st = staged or {}
    inc, stage = st.get("incremental"), st.get("rebuild_stage")
    if inc and stage:
        lines += ["", f"## A whole run adding {st['add']} reports, against a rebuild's cross-document stage", "",
                  f"Base: a copy of `{st['base_ledger']}`, concluded once by this code. The adding run reads both "
                  "folders (stored inputs skipped by hash), extracts the new ones with 2 local workers and runs "
                  "the stage; the rebuild's stage runs over a fresh ledger of all the results. A rebuild's "
                  "per-document part is the engine runs' figure.", "",
                  "| run | per-doc s | per-doc CPU s | stage s | stage CPU s | facts | stories | load before | load after |",
                  "|---|---:|---:|---:|---:|---:|---:|---|---|",
                  f"| add {st['add']} | {inc['per_doc_seconds']:.1f} | {inc.get('per_doc_cpu_seconds', 0):.1f} | "
                  f"{inc.get('conclude_seconds', 0):.1f} | {inc.get('conclude_cpu_seconds', 0):.1f} | {inc.get('facts')} | "
                  f"{inc.get('stories')} | {inc['load_before']} | {inc['load_after']} |",
                  f"| rebuild, stage only | – | – | {stage['seconds']:.1f} | {stage['cpu_seconds']:.1f} | "
                  f"{stage['facts']} | {stage['stories']} | {stage['load_before']} | {stage['load_after']} |", "",
                  f"- the stage alone: adding / rebuild = {inc.get('conclude_cpu_seconds', 0) / stage['cpu_seconds']:.1%} "
                  "of the CPU time",
                  f"- the same facts (id, label, status, range) as the rebuild: {'yes' if st.get('same_facts') else 'NO'}"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
