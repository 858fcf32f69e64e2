"""What the cross-document stage keeps per report between runs (reconcile.cache, entries named
after the report) gives what computing it afresh gives, is read back by a run that adds
reports, and is never reused once the report's claims change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsledger.reconcile.across import conclude_documents
from newsledger.reconcile.cache import StoryCache, report_of

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GENERAL = sorted((ROOT / "benchmarks" / "general").glob("*.txt"))[:10]


@pytest.fixture(scope="module")
def results() -> list:
    if len(GENERAL) < 10:
        pytest.skip("benchmarks/general is not there")
    from newsledger.ingest import read_inputs
    from newsledger.pipeline import process_document

    return [r for r in (process_document(raw) for raw in read_inputs([str(EXAMPLES), *map(str, GENERAL)]))
            if r.document.status == "ok"]


def conclude(rs: list, cache: StoryCache | None = None) -> tuple:
    done = conclude_documents([r.document for r in rs], [c for r in rs for c in r.claims],
                              [m for r in rs for m in r.mentions], [e for r in rs for e in r.events], cache)
    return ([(s.id, s.title, s.docs, s.duplicates) for s in done.stories],
            [(f.id, f.label, f.status, f.low, f.high, f.independent_sources, f.reports, f.notes,
              sorted((c.doc, c.span) for c in f.claims)) for f in done.facts],
            [(c.kind, c.description, c.fits) for c in done.checks],
            [(t.story, t.when, t.what, t.docs) for t in done.timeline])


def kept(cache: StoryCache) -> dict[str, bytes]:
    """What the ledger holds after the run (engine.conclude stores `used`)."""
    return dict(cache.used)


def test_adding_reports_reads_kept_rows_and_concludes_as_a_rebuild(results: list) -> None:
    rebuilt = conclude(results)
    assert rebuilt[1] and rebuilt[2] and rebuilt[3]
    # hold back the last report of the biggest story: the run that adds it touches that story
    late = rebuilt[0] and max(rebuilt[0], key=lambda s: len(s[2]))[2][-1]
    first = StoryCache()
    conclude([r for r in results if r.document.doc != late], first)
    stored = kept(first)
    assert any(report_of(k) for k in stored)  # each report's rows were kept under its name
    adding = StoryCache(stored.get)  # looked up one entry at a time, as from the ledger
    assert conclude(results, adding) == rebuilt
    read_back = {report_of(k) for k in adding.used if report_of(k) and k not in adding.fresh}
    assert read_back  # the touched stories' older reports were not read again
    kinds = {k.split("\x1f")[1] for k in adding.used if report_of(k) and k not in adding.fresh}
    assert {"rows", "copies", "text", "event-words"} <= kinds  # nor read for names, copies, events
    assert late in {report_of(k) for k in adding.fresh}


def test_a_report_whose_claims_changed_is_read_again(results: list) -> None:
    first = StoryCache()
    conclude(results, first)
    # the same report name with other figures: its kept rows no longer fit
    doc = next(r for r in results if len(r.claims) > 3)
    changed = [replace(r, claims=[replace(c, low=c.low * 3 + 1, high=None if c.high is None else c.high * 3 + 1)
                                  for c in r.claims]) if r is doc else r for r in results]
    again = StoryCache(kept(first).get)
    assert conclude(changed, again) == conclude(changed)
    assert any(report_of(k) == doc.document.doc for k in again.fresh)


def test_rows_read_under_one_actor_map_renamed_for_another_are_made_afresh(results: list) -> None:
    """Checks read each report under no actor map after facts read it under the ledger's; the
    second reading starts from the first (identity.renamed_rows) and must equal its own."""
    from newsledger.link.names import Canon
    from newsledger.reconcile.identity import doc_rows, renamed_rows

    done = conclude_documents([r.document for r in results], [c for r in results for c in r.claims],
                              [m for r in results for m in r.mentions], [e for r in results for e in r.events])
    mapped, bare = Canon(done.actor_of), Canon({})
    meta = {r.document.doc: {"outlet": r.document.outlet, "published": r.document.published,
                             "title": r.document.title, "story": "story"} for r in results}
    renamed = 0
    for r in results:
        claims = r.claims  # as written: the map renames many of their claimants
        if not claims:
            continue
        want = doc_rows(claims, meta, bare)
        got = renamed_rows(doc_rows(claims, meta, mapped), bare)
        assert got == want
        renamed += sum(mapped(c.claimant, c.claimant_aliases) != bare(c.claimant, c.claimant_aliases)
                       for c in claims if c.claimant)
    assert renamed  # some claimants are named otherwise under the map: the renaming was exercised


def test_the_ledger_keeps_a_reports_entries_while_the_report_is_in_it(tmp_path: Path) -> None:
    """A run that adds reports looks up the entries of the stories it touches only: the
    others' per-report entries must survive it, a gone report's go, a replaced one is rewritten."""
    from newsledger.reconcile.cache import report_key
    from newsledger.store.ledger import Ledger

    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        first = StoryCache(ledger.story_cache_entry)
        for doc in ("a.txt", "b.txt", "gone.txt"):
            first.put_named(report_key("text", doc), f"digest of {doc}", doc.upper())
        first.put("story digest", ["facts"])
        ledger.replace_story_cache(first.used, first.fresh)

        second = StoryCache(ledger.story_cache_entry)
        assert second.get_named(report_key("text", "a.txt"), "digest of a.txt") == "A.TXT"
        assert second.get_named(report_key("text", "a.txt"), "another digest") is None  # stale: not reused
        second.put_named(report_key("text", "a.txt"), "another digest", "new A")
        here = {"a.txt", "b.txt"}
        ledger.replace_story_cache(second.used, second.fresh, keep=lambda key: report_of(key) in here)

        third = StoryCache(ledger.story_cache_entry)
        assert third.get_named(report_key("text", "a.txt"), "another digest") == "new A"
        assert third.get_named(report_key("text", "b.txt"), "digest of b.txt") == "B.TXT"  # not looked up, kept
        assert third.get_named(report_key("text", "gone.txt"), "digest of gone.txt") is None
        assert third.get("story digest") is None  # a story entry the last run did not use is dropped


def test_an_adding_run_tokenises_only_the_new_reports_for_tf_idf(results: list, monkeypatch: pytest.MonkeyPatch) -> None:
    """Story grouping's TF-IDF term counts are kept per report with its text's names: a run
    that adds one report counts the terms of that report only, and a report whose text
    changed is counted again; both give what a rebuild gives."""
    from newsledger.link import stories

    counted: list[str] = []
    real = stories.term_counts

    def counting(text: str) -> dict[str, int]:
        counted.append(text)
        return real(text)

    monkeypatch.setattr(stories, "term_counts", counting)
    late = results[-1].document
    first = StoryCache()
    conclude(results[:-1], first)
    assert len(counted) == len(results) - 1
    counted.clear()
    adding = StoryCache(kept(first).get)
    assert conclude(results, adding) == conclude(results)
    assert counted[:1] == [f"{late.title or ''}\n{late.body or ''}"] and len(counted) == 1 + len(results)

    edited = results[0]
    body = edited.document.body + "\n\nLater the Orvane harbour board confirmed the closure of both quays."
    changed = [replace(r, document=replace(r.document, body=body)) if r is edited else r for r in results]
    counted.clear()
    again = StoryCache(kept(adding).get)
    assert conclude(changed, again) == conclude(changed)
    assert counted[:1] == [f"{edited.document.title or ''}\n{body}"]


def test_tf_idf_from_kept_term_counts_is_scikit_learns() -> None:
    """The matrix made from per-report term counts holds what TfidfVectorizer gives the texts."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsledger.link.stories import _TFIDF, _tfidf, term_counts

    texts = ["Floods closed 14 schools in Darvik on Monday, the council said.",
             "The council in Darvik said floods had closed schools; 14 stayed shut on Tuesday.",
             "Harbour workers in Orvane voted to strike over pay.", "", "the and of"]
    want = TfidfVectorizer(**_TFIDF, sublinear_tf=True).fit(texts)
    got = _tfidf([term_counts(t) for t in texts])
    assert got.shape == (len(texts), len(want.vocabulary_))
    assert np.allclose(got.toarray(), want.transform(texts).toarray(), rtol=0, atol=1e-12)
    assert _tfidf([term_counts(""), term_counts("the of")]) is None
