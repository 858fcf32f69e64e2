"""Where sentences end: abbreviations that close one, and those that never do."""

from __future__ import annotations

import pytest

from newsledger.extract.sentences import split_sentences


def _texts(body: str) -> list[str]:
    return [body[s.start:s.end] for s in split_sentences(body)]


@pytest.mark.parametrize(
    ("body", "first"),
    [
        ("Two gunmen killed 14 people in Fresno, Calif. The group later praised them.",
         "Two gunmen killed 14 people in Fresno, Calif."),
        ("She works for Halden Inc. The company said 40 jobs would go.", "She works for Halden Inc."),
        ("The hearing opens at 9 a.m. It is expected to last two days.", "The hearing opens at 9 a.m."),
    ],
)
def test_an_abbreviation_closes_a_sentence_before_a_word_that_only_opens_one(body, first):
    assert _texts(body)[0] == first
    assert len(_texts(body)) == 2


@pytest.mark.parametrize(
    "body",
    [
        "Shares of Halden Inc. rose 3 percent on Monday.",
        "Gov. Tomas Reyes said 40 roads were shut.",
        "The ruling in Ruiz v. The State stands.",
        "Voters in Ore. and Wash. went to the polls.",
    ],
)
def test_titles_and_abbreviations_inside_a_sentence_do_not_end_it(body):
    assert len(_texts(body)) == 1


def test_a_currency_written_with_a_full_stop_does_not_end_the_sentence():
    body = "The board could not recover almost Rs. 610 million from the firms. The chairman was concerned."
    assert [s.text for s in split_sentences(body)] == [
        "The board could not recover almost Rs. 610 million from the firms.", "The chairman was concerned."]


def test_a_rank_or_office_before_a_name_ends_no_sentence():
    text = "Lt. Col. Ana Ruiz said 40 died. Det. Supt. Tom Hale agreed. Navy Cdr. Gary Ross did not."
    assert [s.text for s in split_sentences(text)] == [
        "Lt. Col. Ana Ruiz said 40 died.", "Det. Supt. Tom Hale agreed.", "Navy Cdr. Gary Ross did not."]


@pytest.mark.parametrize("dateline", ["ISLAMABAD, May 29 (APP):", "ISLAMABAD, May 29 (APP): ", "KARACHI (Reuters): ",
                                      "LAHORE, Jan. 5: "])
def test_a_wire_dateline_ending_in_a_colon_is_not_part_of_the_first_sentence(dateline):
    body = dateline + "The fourth day of the campaign ended with teams reaching 81 percent of the target."
    first = split_sentences(body)[0]
    assert first.text.startswith("The fourth day")
    assert body[first.start : first.end] == first.text


def test_a_stop_glued_to_the_next_sentence_still_ends_one():
    text = "Cases rose 62.5 percent.Backlogged files fell 2.4 percent. He met Gov.Smith at Booking.com."
    assert [s.text for s in split_sentences(text)] == [
        "Cases rose 62.5 percent.", "Backlogged files fell 2.4 percent.", "He met Gov.Smith at Booking.com."]
