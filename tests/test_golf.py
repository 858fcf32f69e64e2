"""Golf reports: round scores, totals, strokes against par and hole numbers are not figure
claims; counts of birdies, wins and prize money are. Only a text that talks golf is read so."""

from __future__ import annotations

from newsledger.extract.claims import extract_claims
from newsledger.extract.golf import is_golf_text

GOLF = (
    "Tomas Lindqvist carded a bogey-free 66 at the par-72 Harbour Links to lead the Coastal Classic on "
    "nine-under-par 135. The Swede made six birdies, including on 4, 9 and 17, and dropped a shot on "
    "twelve. Rival Ana Kovac shot a 71 and 69 over two days and sits 2 under after she bogeyed 14 and 16. "
    "Kovac, who won three titles in 2023, three-putted the 18th. The winner takes home $1.2 million "
    "of the $8 million purse, organisers said."
)


def quotes(body: str) -> list[str]:
    return [c.quote for c in extract_claims("g.txt", body, "2024-05-03") if not c.derived]


def test_a_golf_report_keeps_counts_and_money_not_scores(nlp):
    got = quotes(GOLF)
    assert "six" in got and "three" in got and "$1.2 million" in got and "$8 million" in got
    for score in ("66", "135", "71", "69", "2", "4", "9", "17", "twelve", "14", "16"):
        assert score not in got, (score, got)


def test_the_same_shapes_outside_golf_stay_figures(nlp):
    body = ("The union fired a 67 page complaint at the board. The ferry carried an 81 tonne load on "
            "Tuesday, and council said it would cut the fleet to 12, the mayor said.")
    assert not is_golf_text(body)
    got = quotes(body)
    assert "81 tonne" in got and "12" in got


def test_one_golf_word_is_not_a_golf_report():
    assert not is_golf_text("The minister said the budget was on par with last year's and shot up 40%.")
    assert is_golf_text("She made two birdies and a bogey on the back nine.")
