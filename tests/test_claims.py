"""Claims of a body: doubt, what is counted, and the invariants of `extract_claims`.

Invented sentences, real spaCy parse; attribution and time have their own files
(test_attribution.py, test_claim_time.py).
"""

from __future__ import annotations

import pytest

from newsledger.extract.claims import extract_claims

PUBLISHED = "2024-06-20"


# --- doubt -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("The relief agency estimated that 9,000 people were displaced.", "9,000"),
        ("The storm may have destroyed 1,200 homes.", "1,200"),
        ("Up to 70 villagers could have drowned, officials said.", "Up to 70"),
        ("Rebels reportedly captured 45 soldiers.", "45"),
        ("An estimated 3,000 fans were inside the stadium.", "An estimated 3,000"),
    ],
)
def test_hedged_by_the_sentence_itself(claim, body, quote):
    assert claim(body, quote).hedged is True


def test_hedged_by_a_disclaimer_in_the_next_sentence(claim):
    body = "The UN agency said 4,000 people had fled. The figure could not be independently verified."
    assert claim(body, "4,000").hedged is True


def test_disclaimer_does_not_reach_an_earlier_sentence(claim):
    body = ("The port turned away 300 ships last month. The UN agency said 4,000 people had fled. "
            "The figure could not be independently verified.")
    assert claim(body, "300").hedged is False


def test_plain_said_is_not_hedged(claim):
    c = claim("The mayor said 25 buildings were evacuated.", "25")
    assert c.hedged is False
    assert c.negated is False


def test_denied_that_is_negated(claim):
    c = claim("The army denied that 80 civilians were killed in the raid.", "80")
    assert c.negated is True
    assert c.claimant == "army"


# --- unit and event ----------------------------------------------------------------------------


def test_unit_and_event_of_a_passive_count(claim):
    c = claim("Military officials said 300 soldiers were killed in the assault.", "300")
    assert (c.unit, c.event) == ("soldier", "kill")


def test_elliptical_count_carries_the_named_noun(claim):
    c = claim("Officials said 52 civilians were killed and 2,700 wounded in the shelling.", "2,700")
    assert (c.unit, c.event) == ("civilian", "wound")


def test_elliptical_count_after_an_adjective_result(claim):
    c = claim("The bombing left 64 civilians dead and 2,700 wounded.", "2,700")
    assert (c.unit, c.event) == ("civilian", "wound")


def test_killed_or_wounded_is_a_casualty(claim):
    c = claim("Some 1,500 soldiers were killed or wounded in the offensive.", "Some 1,500")
    assert (c.unit, c.event) == ("soldier", "casualty")
    assert c.bound == "approx"


@pytest.mark.parametrize(
    ("body", "quote", "unit"),
    [
        # a bare scaled figure is in the unit of the scaled figure it is set against
        ("The chain lost 3.4 mln dlrs on sales of 212 mln last year.", "212 mln", "dollar"),
        ("Growers expect a crop of 42 mln tonnes against 39.6 mln a year ago.", "39.6 mln", "tonne"),
        ("Profit climbed to $7.2 billion from 6.1 billion.", "6.1 billion", "dollar"),
        # a number on plural "shares" counts stock; a multiplier or a number is never the thing counted
        ("Turnover eased to 140 mln shares from 162 mln shares on Monday.", "140 mln", "share"),
        ("The board may buy back up to four mln of its common shares.", "up to four mln", "share"),
    ],
)
def test_what_a_scaled_figure_counts(claim, body, quote, unit):
    assert claim(body, quote).unit == unit


def test_a_multiplier_is_no_unit_without_a_figure_to_borrow_from(claim):
    assert claim("The group said it had spent 75 mln on the plant.", "75 mln").unit != "mln"


def test_money_is_counted_in_dollars(claim):
    c = claim("The government announced $4.8 billion in spending on roads.", "$4.8 billion")
    assert c.unit == "dollar"
    assert c.low == pytest.approx(4.8e9)


def test_percent(claim):
    c = claim("About 64% of voters backed the measure.", "About 64%")
    assert c.unit == "percent"
    assert c.low == 64
    assert c.subject == "voters"


def test_people_is_counted_as_person(claim):
    assert claim("The health ministry said 42 people were killed.", "42").unit == "person"


# --- invariants --------------------------------------------------------------------------------

BODY = (
    "Floods swept through the valley on Monday.\n\n"
    "The regional governor said 38 people had died and 1,100 homes were damaged. "
    "He added that about 600 residents were in shelters.\n\n"
    "Roads reopened on Wednesday. Engineers were inspecting bridges across the district."
)


def test_span_points_at_the_quote(nlp):
    claims = extract_claims("t.txt", BODY, PUBLISHED, nlp=nlp)
    assert [c.quote for c in claims] == ["38", "1,100", "about 600"]
    for c in claims:
        assert BODY[c.span[0]:c.span[1]] == c.quote
        assert BODY[c.sentence_span[0]:c.sentence_span[1]] == c.sentence


def test_parse_all_gives_the_same_claims(nlp):
    """Parsing only figure sentences must not change what is extracted on this body."""
    fast = [c.to_dict() for c in extract_claims("t.txt", BODY, PUBLISHED, nlp=nlp)]
    full = [c.to_dict() for c in extract_claims("t.txt", BODY, PUBLISHED, nlp=nlp, parse_all=True)]
    assert fast == full


def test_headline_figures_are_claims_marked_as_such(nlp):
    claims = extract_claims("t.txt", BODY, PUBLISHED, nlp=nlp, title="Floods kill 38 in valley")
    head = [c for c in claims if c.basis == "headline"]
    assert [c.quote for c in head] == ["38"]
    assert head[0].sentence_span == (-1, -1)


@pytest.mark.parametrize("body", ["", "   \n\n  ", "No figures here at all.", "\u201c", "1"])
def test_junk_bodies_do_not_crash(nlp, body):
    claims = extract_claims("t.txt", body, None, nlp=nlp)
    assert all(body[c.span[0]:c.span[1]] == c.quote for c in claims)


def test_the_count_of_a_reports_sources_is_no_claim(nlp):
    from newsledger.extract.claims import extract_claims

    def quotes(body):
        return [c.quote for c in extract_claims("t.txt", body, "2024-06-20", nlp=nlp)]

    assert quotes("The regulator is investigating the firm, according to two people familiar with the matter.") == []
    assert quotes("Two people briefed on the talks said the deal was close.") == []
    assert quotes("Three officials said 40 soldiers were killed.") == ["40"]
    # people counted for what happened to them are figures
    assert quotes("Two officials were arrested on Monday.") == ["Two"]
    assert quotes("The ministry said 12 people were injured.") == ["12"]


def test_what_a_partitive_or_a_compound_counts(claim):
    assert claim("Two of three requirements for life are common.", "Two").unit == "requirement"
    assert claim("Of the three plague variants, pneumonic is the worst.", "three").unit == "variant"
    # a compound with a singular head still counts its head
    assert claim("Police made 40 drug arrests.", "40").unit == "arrest"


def test_counts_of_a_charge_count_charges(claim):
    assert claim("Noel is charged with five counts of fraud.", "five").unit == "count"
    # a count of something else still counts that thing
    assert claim("A count of 40 ballots was disputed.", "40").unit != "count"


@pytest.mark.parametrize(("title", "quote", "name"), [
    ("Harbour bridge to cost $2.4 billion over ten years: Budget Office", "$2.4 billion", "Budget Office"),
    ("Tax plan would add $900 billion to deficit: budget chief Lorrimer", "$900 billion", "budget chief Lorrimer"),
    ("Ferrand leads by 6 points: Ledger/KCVT poll", "6", "Ledger/KCVT"),
])
def test_a_wire_headline_credits_its_source_after_a_closing_colon(nlp, title, quote, name):
    head = [c for c in extract_claims("t.txt", BODY, PUBLISHED, nlp=nlp, title=title) if c.basis == "headline"]
    assert [c.quote for c in head] == [quote]
    assert name in (head[0].claimant or "")


@pytest.mark.parametrize(("title", "quote", "name"), [
    ("Car and Rs8.4m recovered in Hyderabad trader kidnap case: investigating officer", "Rs8.4m",
     "investigating officer"),
    ("Coastal towns lose 12 percent of beaches in a decade: study", "12 percent", "study"),
])
def test_a_headline_credits_an_office_or_a_document_after_a_closing_colon(nlp, title, quote, name):
    head = [c for c in extract_claims("t.txt", BODY, PUBLISHED, nlp=nlp, title=title) if c.basis == "headline"]
    assert [c.quote for c in head] == [quote]
    assert head[0].claimant == name


@pytest.mark.parametrize("title", ["Senate to vote on $700 billion bill: sources", "Poll: Ferrand leads by 6 points",
                                   "Harwick to sell 3 million phones: report"])
def test_a_headline_credit_to_no_one_named_stays_empty(nlp, title):
    head = [c for c in extract_claims("t.txt", BODY, PUBLISHED, nlp=nlp, title=title) if c.basis == "headline"]
    assert head and all(c.claimant is None for c in head)


def test_a_name_in_front_of_the_counted_noun_is_not_the_unit(claim):
    assert claim("A stampede near the shrine killed at least 412 hajj pilgrims and injured more than 600 others.",
                 "at least 412").unit == "pilgrim"
    body = "Three Culiseta annulata mosquitoes, two females and one male, were caught near the port."
    assert claim(body, "Three").unit == "mosquito"


def test_a_number_read_as_an_adjectives_still_counts_the_noun(claim):
    assert claim("The ministry sent a letter to nine elite US universities last week.", "nine").unit == "university"
