"""Dated events come from sentences whose time expression attaches to a happening."""

from __future__ import annotations

import json

from newsledger.extract.events import find_events

PUB = "2025-03-12"  # a Wednesday

BODY = (
    "Floodwaters forced 4,000 residents from their homes on Monday, the regional governor said. "
    "The dam was built in 1962 and has been inspected every year.\n\n"
    "Rescue teams reached the valley early March, according to the civil defence agency. "
    "The national weather office said on Tuesday that more rain would fall. "
    "About 300 volunteers help with the clean-up.\n\n"
    "Engineers warned in the past that the levee needed repairs, and the council approved "
    "funds for it last October."
)


def _by_when(events):
    return {e.when: e for e in events}


def test_events_of_a_small_report() -> None:
    events = find_events("flood.txt", BODY, PUB)
    got = _by_when(events)
    assert "2025-03-10" in got  # Monday before publication
    assert "forced 4,000 residents" in got["2025-03-10"].what
    assert "2025-03-11" in got  # the weather office statement
    assert got["2025-03-11"].claimant and "weather office" in got["2025-03-11"].claimant
    assert "2024-10" in got and "approved" in got["2024-10"].what
    assert "2025-03-01/2025-03-10" in got
    assert got["2025-03-01/2025-03-10"].claimant and "civil defence agency" in got["2025-03-01/2025-03-10"].claimant
    assert "1962-01-01/1962-12-31" in got  # a year with "in" is a time
    # sentences with no time give no event
    assert all("volunteers" not in e.sentence for e in events)
    for e in events:
        assert BODY[e.span[0]:e.span[1]] == e.sentence
        assert e.doc == "flood.txt"


def test_two_times_in_one_sentence_make_two_events() -> None:
    body = "The agency reported on March 3 that the first convoy left the port between January and February."
    events = find_events("a.txt", body, PUB)
    whens = sorted(e.when for e in events)
    assert whens == ["2025-01-01/2025-02-28", "2025-03-03"]
    left = next(e for e in events if e.when.startswith("2025-01-01"))
    assert "convoy left the port" in left.what and "January" not in left.what


def test_since_dates_the_onset() -> None:
    events = find_events("a.txt", "Fighting in the district has continued since mid-January, officials said.", PUB)
    assert [e.when for e in events] == ["2025-01-11/2025-01-20"]


def test_unknown_publication_date_keeps_only_dated_years() -> None:
    events = find_events("a.txt", BODY, None)
    assert {e.when for e in events} == {"1962-01-01/1962-12-31"}


def test_claimant_callback_is_used() -> None:
    seen = []

    def claimant_for(start: int, end: int) -> str | None:
        seen.append((start, end))
        return "Regional governor"

    events = find_events("flood.txt", BODY, PUB, claimant_for=claimant_for)
    assert events and all(e.claimant == "Regional governor" for e in events)
    assert all(BODY[s:e] for s, e in seen)


def test_junk_never_raises() -> None:
    assert find_events("x", "", PUB) == []
    assert find_events("x", None, PUB) == []  # type: ignore[arg-type]
    assert find_events("x", "12,000 troops for three weeks", "garbage") == []


def test_seed_events_are_anchored(seeds_dir) -> None:
    docs = [json.loads(line) for line in (seeds_dir / "gold" / "documents.jsonl").read_text().splitlines() if line]
    total = 0
    for d in docs:
        text = (seeds_dir / d["doc"]).read_text(encoding="utf-8")
        body = "\n".join(text[a:b] for a, b in d["body_spans"])
        events = find_events(d["doc"], body, d["published"])
        total += len(events)
        for e in events:
            assert body[e.span[0]:e.span[1]] == e.sentence
            assert e.what and len(e.what) <= len(e.sentence)
    assert total >= 25
