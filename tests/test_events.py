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


def _whats(body: str, published: str = PUB) -> dict[str, str]:
    return {e.what: e.when for e in find_events("t.txt", body, published)}


def test_descriptions_read_as_clauses() -> None:
    """No fragment survives: a date cut from a noun phrase stays, no doubled comma, a bare
    participle or relative clause is widened to a clause that names who did what."""
    got = _whats("The coast guard cited a Feb. 20 count from the port, which listed 40 boats. "
                 "The mayor first announced on March 2, 2025, that the bridge would close. "
                 "The union said 900 members were still out, half of the 1,800 who walked out in January. "
                 "Fishermen voted to accept a 6 percent raise on Monday, ending a stoppage.")
    assert any(w.startswith("a Feb. 20 count from the port") for w in got)
    assert "The mayor first announced that the bridge would close" in got
    assert all(",," not in w and ", that" not in w for w in got)
    assert not any(w.startswith(("who ", "to accept")) for w in got)
    assert any("Fishermen voted to accept a 6 percent raise" in w for w in got)


def test_statements_of_one_sentence_are_apart() -> None:
    """'After X reported on a date, Y confirmed …': two statements; Y's falls between that date
    and the report. A second reporting clause spliced on with a comma is not X's event."""
    body = ("After the Daily Ledger reported on March 3 that the ferry had been withdrawn, "
            "a harbour official confirmed that no crossings had run for a week.")
    events = find_events("t.txt", body, PUB)
    by_when = {e.when: e.what for e in events}
    assert by_when["2025-03-03"] == "the Daily Ledger reported that the ferry had been withdrawn"
    assert by_when["2025-03-03/2025-03-12"].startswith("a harbour official confirmed")


def test_time_from_context_and_still() -> None:
    body = ("The army crossed the river last August. Initially, its units took 600 square kilometers. "
            "After months of fighting, the army still holds 250 square kilometers.\n\n"
            "The ministry announced the cuts on March 4. \"This is a temporary measure,\" an aide "
            "said at the time.")
    got = _whats(body)
    assert got["its units took 600 square kilometers"] == "2024-08"
    assert [when for w, when in got.items() if w.endswith("the army still holds 250 square kilometers")] == [PUB]
    assert got["This is a temporary measure, an aide said"] == "2025-03-04"


def test_since_with_a_figure_keeps_the_period_and_this_year_ends_at_publication() -> None:
    got = _whats("Monitors said the rebels lost about 40 fighters a day since early January. "
                 "The port may be handling 2,000 ships this year. "
                 "The port will open a new terminal this year.")
    assert got["the rebels lost about 40 fighters a day"] == "2025-01-01/2025-03-12"
    assert got["The port may be handling 2,000 ships"] == "2025-01-01/2025-03-12"
    assert got["The port will open a new terminal"] == "2025-01-01/2025-12-31"  # the future keeps the year


def test_a_quotation_over_two_sentences_is_one_statement() -> None:
    body = "“Rain has cut three roads. Crews are still clearing them,” the county said on Tuesday."
    (event,) = find_events("t.txt", body, PUB)
    assert event.when == "2025-03-11"
    assert event.what.startswith("Rain has cut three roads. Crews are still clearing them")
    assert body[event.span[0]:event.span[1]] == event.sentence


def test_from_onward_is_a_period_and_the_name_before_said_speaks() -> None:
    got = find_events("t.txt", "The monitor estimated that the garrison was losing about 15 men a day from early "
                               "January onward. A relief convoy has reached the town, the regional council said on "
                               "Tuesday, confirming earlier reports.", PUB)
    by_when = {e.when: e for e in got}
    assert by_when["2025-01-01/2025-03-12"].what == "the garrison was losing about 15 men a day"
    assert by_when["2025-03-11"].claimant == "regional council"


def test_a_happening_at_the_end_of_a_month_is_its_last_days() -> None:
    """"Wrote at the end of January" took place late in January; a figure held "at the end of
    June" is as of its last day; a duration ("in three weeks") is not a figure."""
    body = ("The harbour authority wrote at the end of January that the ferry would resume in three weeks. "
            "The port fund held 6 million dollars in reserve at the end of June.")
    got = {e.when: e.what for e in find_events("port.txt", body, "2025-08-04")}
    assert "wrote" in got["2025-01-21/2025-01-31"]
    assert "6 million dollars" in got["2025-06-30"]


CAPTIONED_PAGE = """Home | World | Weather

Floods force thousands from homes in river valley

By Ana Ferreira, March 5, 2025

Rescue boats carry residents through flooded streets of Orvale on March 3, 2025. (Photo: Lena Kovac/AFP via Getty Images)

Floodwaters forced more than 4,000 people from their homes in the Orvale valley this week, the regional civil defence agency said on Wednesday, as the river rose to its highest level in forty years.

The agency said 12 villages had been cut off and that helicopters had flown food and water to the worst-hit areas. Forecasters expect more rain over the weekend, and schools across the valley will stay closed until Monday.

Local officials said the embankment built after the floods of 1985 had held in most places, but two sections gave way late on Tuesday night, sending water into the old town.

Related stories

A fishing boat sits on a dry lake bed near Tarn on July 2, 2024. (Reuters)

Drought leaves lake at record low as farmers count the cost of a dry summer in the south
"""


def test_the_articles_own_dated_photo_caption_gives_an_event() -> None:
    """A caption below the headline is the article's; one under a related story is not."""
    from newsledger.clean.flat import clean_text

    cleaned = clean_text(CAPTIONED_PAGE)
    assert cleaned.captions == ["Rescue boats carry residents through flooded streets of Orvale on March 3, 2025."]
    assert "Rescue boats" not in cleaned.body
    events = find_events("flood.txt", cleaned.body, "2025-03-05", captions=cleaned.captions)
    caption = [e for e in events if e.span == (0, 0)]
    assert [(e.when, e.claimant) for e in caption] == [("2025-03-03", None)]
    assert caption[0].what.startswith("Rescue boats carry residents")
    assert not any("lake" in e.what for e in events)
    # an undated caption tells no dated event
    assert find_events("flood.txt", cleaned.body, "2025-03-05", captions=["Rescue boats in a flooded street"]) \
        == find_events("flood.txt", cleaned.body, "2025-03-05")
