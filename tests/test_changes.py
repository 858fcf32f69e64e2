"""Run-to-run changes with content-derived keys."""

from __future__ import annotations

from newsledger.reconcile.changes import claim_key, diff_runs, fact_key


def _claim(doc, quote, low, claimant, time, span=(0, 5)):
    return {"doc": doc, "quote": quote, "low": low, "high": None, "claimant": claimant,
            "time": time, "unit": "death", "event": "kill", "span": list(span),
            "subject": "flood victims"}


def test_diff_reports_new_documents_claims_revisions_and_conflicts():
    prev = {"claims": [_claim("a", "45", 45, "Ministry", "2024-05-06")],
            "facts": [{"id": "people.kill", "label": "killed", "status": "single-source",
                       "low": 45, "high": 45}]}
    cur = {"claims": [_claim("a", "45", 45, "Ministry", "2024-05-06"),
                      _claim("b", "52", 52, "Ministry", "2024-05-07", span=(10, 12)),
                      _claim("b", "80", 80, "Red Cross", "2024-05-07", span=(30, 32))],
           "facts": [{"id": "people.kill", "label": "killed", "status": "conflicting",
                      "low": 45, "high": 80}]}
    changes = diff_runs(prev, cur)
    kinds = [c["kind"] for c in changes]
    assert kinds.count("new_document") == 1 and kinds.count("new_claim") == 2
    revised = [c for c in changes if c["kind"] == "revised_figure"]
    assert len(revised) == 1
    assert (revised[0]["before"]["low"], revised[0]["after"]["low"]) == (45, 52)
    conflict = [c for c in changes if c["kind"] == "new_conflict"]
    assert conflict and conflict[0]["was"] == "single-source"
    assert diff_runs(cur, cur) == []


def test_keys_do_not_depend_on_order_or_counters():
    a = _claim("a", " 45 ", 45, "Ministry", None)
    b = dict(a, quote="45")
    assert claim_key(a) == claim_key(b)
    assert fact_key(a) == fact_key(dict(a, unit="dead", event=None))
    assert fact_key(dict(a, fact="x.y")) == "x.y"


def test_junk_snapshots():
    assert diff_runs(None, {"claims": ["junk", {"doc": "z"}]}) == [
        {"kind": "new_document", "doc": "z"},
        {"kind": "new_claim", "key": "z:-:", "doc": "z", "quote": None, "claimant": None,
         "fact": fact_key({"doc": "z"})}]
