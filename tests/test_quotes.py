"""Pairing quotation marks across a body: curly, straight, mixed, running over paragraphs."""

from __future__ import annotations

from newsledger.extract.quotes import find_quotes, transcript_labels


def _quoted(body: str) -> list[str]:
    return [body[q.start:q.end] for q in find_quotes(body)]


def test_curly_and_straight_pairs():
    assert _quoted('“We will rebuild,” she said. He said "no" twice.') == ['“We will rebuild,”', '"no"']


def test_a_straight_mark_closes_a_curly_quote_that_a_cms_mixed():
    body = 'He added, “someone ought to stop her," the office said. Ana is one of two new members.'
    quotes = find_quotes(body)
    assert len(quotes) == 1 and quotes[0].closed
    assert body[quotes[0].start:quotes[0].end].endswith('her,"')


def test_a_straight_quotation_inside_a_curly_one_does_not_close_it():
    body = '“He called the plan "absurd" and walked out,” she said.'
    assert _quoted(body) == ['“He called the plan "absurd" and walked out,”']


def test_a_quote_left_open_runs_into_the_next_paragraph():
    body = '“The first 40 homes are done.\n\n“The next 60 will take a year,” the mayor said.'
    quotes = find_quotes(body)
    assert len(quotes) == 2 and quotes[0].group == quotes[1].group and not quotes[0].closed


def test_background_after_a_mixed_mark_quote_has_no_speaker(claim):
    body = ('On the call, he asked about the budget, called Ruiz a “liar” and said, “someone should stop her," '
            "the prosecutor’s office said. Ruiz is one of the first two women elected to the council.")
    assert claim(body, "two").claimant is None


def test_a_previews_section_heads_are_no_speakers():
    body = ("COACHES: Harlow – Ken Ames (13th year); Lindau – Max Hodge (6th year).\n\n"
            "SEASON TO DATE: Through two games, both teams are unbeaten.\n\n"
            "POSTSEASON PRECURSOR: The No. 1 Bulldogs come in heavy favourites.\n\n"
            "WHAT TO EXPECT: The two teams met in the final in 2013.")
    assert transcript_labels(body) == {}


def test_a_transcripts_labels_that_speak_again_stay_speakers():
    body = "RUIZ: We cut 40 jobs.\n\nHALE: You cut 400.\n\nRUIZ: Forty, and no more."
    assert set(transcript_labels(body).values()) == {"Ruiz", "Hale"}


def test_a_running_quotation_whose_paragraph_break_was_lost_reopens_after_a_full_stop(claim):
    body = ("\u201cIt was a disappointment last season and we will compete against them. \u201cIt is the final, "
            "we want to win it,\u201d Hale told reporters. Lindau manager Max Ruiz knows they must defend better. \u201cIn every game we "
            "scored two goals, but we conceded four,\u201d he said.")
    quotes = find_quotes(body)
    assert [q.group for q in quotes] == [0, 0, 1]
    assert all(q.closed for q in quotes)
    assert claim(body, "four").claimant == "Max Ruiz"


def test_a_news_roundups_section_heads_are_no_speakers():
    body = ("HARLOW: Town police have booked three men in a case of fraud.\n\n"
            "The men deny the charge.\n\n"
            "SHOP LOOTED: City police have booked five suspects for looting a shop at the bazaar.")
    assert transcript_labels(body) == {}


def test_two_one_word_labels_may_be_one_exchange():
    body = "Two officials spoke at the hearing.\n\nSMITH: We cut 300 jobs.\n\nJONES: The real figure is closer to 500."
    assert set(transcript_labels(body).values()) == {"Smith", "Jones"}
