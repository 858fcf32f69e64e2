"""The figure parser on every form it must read, every form it must leave alone, and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.extract.figures import find_figures, parse_number_words


def only(text: str):
    figs = find_figures(text)
    assert len(figs) == 1, [f.quote for f in figs]
    f = figs[0]
    assert text[f.start : f.end] == f.quote
    return f


# (sentence, quote, low, high, bound)
BOUNDS_AND_RANGES = [
    ("They sent more than 1,000 troops.", "more than 1,000", 1000, None, "at_least"),
    ("Up to 12,000 men were moved.", "Up to 12,000", 12000, None, "at_most"),
    ("Officials counted 4,000 casualties.", "4,000", 4000, None, "exact"),
    ("It had at least 300 members.", "at least 300", 300, None, "at_least"),
    ("The agency put it at 11,000-12,000 people.", "11,000-12,000", 11000, 12000, "range"),
    ("Estimates ran at 11,000–12,000 people.", "11,000–12,000", 11000, 12000, "range"),
    ("They estimate 1,000 to 3,000 soldiers.", "1,000 to 3,000", 1000, 3000, "range"),
    ("It was between 1,000 and 3,000 troops.", "between 1,000 and 3,000", 1000, 3000, "range"),
    ("It was between 1,000 to 3,000 troops.", "between 1,000 to 3,000", 1000, 3000, "range"),
    ("Estimates range from 200 to 500 people.", "200 to 500", 200, 500, "range"),
    ("There were around 11 to 12,000 soldiers.", "around 11 to 12,000", 11000, 12000, "range"),
    ("Between 2 and 3 million voters stayed home.", "Between 2 and 3 million", 2e6, 3e6, "range"),
    ("The tally exceeded 200 on Friday.", "exceeded 200", 200, None, "at_least"),
    ("Arrests are approaching 1,000 now.", "approaching 1,000", 1000, None, "at_most"),
    ("The count surpassed 5,000 this week.", "surpassed 5,000", 5000, None, "at_least"),
    ("In excess of 300 homes burned.", "In excess of 300", 300, None, "at_least"),
    ("Upwards of 500 people marched.", "Upwards of 500", 500, None, "at_least"),
    ("They found over 70 wells.", "over 70", 70, None, "at_least"),
    ("Nearly 300 were arrested.", "Nearly 300", 300, None, "at_most"),
    ("Almost 2 700 were hurt.", "Almost 2 700", 2700, None, "at_most"),
    ("As many as 12,000 men serve.", "As many as 12,000", 12000, None, "at_most"),
    ("Fewer than 50 voted.", "Fewer than 50", 50, None, "at_most"),
    ("The firm hired close to 600 staff.", "close to 600", 600, None, "at_most"),
    ("It hosted about 92 guests.", "about 92", 92, None, "approx"),
    ("There are approximately 12 000 workers.", "approximately 12 000", 12000, None, "approx"),
    ("An estimated 3,000 fled.", "An estimated 3,000", 3000, None, "approx"),
    ("Roughly 70 boats sank.", "Roughly 70", 70, None, "approx"),
    ("Some 400 families returned.", "Some 400", 400, None, "approx"),
    ("~40 people came.", "~40", 40, None, "approx"),
    ("Police detained 7,000 or more.", "7,000 or more", 7000, None, "at_least"),
    ("A 5,000-strong force gathered.", "5,000", 5000, None, "exact"),
    ("It was two or three dinghies.", "two or three", 2, 3, "range"),
]


@pytest.mark.parametrize("text,quote,low,high,bound", BOUNDS_AND_RANGES)
def test_bounds_and_ranges(text, quote, low, high, bound):
    f = only(text)
    assert (f.quote, f.low, f.high, f.bound) == (quote, low, high, bound)


# (sentence, quote, low)
SEPARATORS_AND_WORDS = [
    ("The crowd was 8 000 strong.", "8 000", 8000),
    ("The crowd was 8\u00a0000 strong.", "8\u00a0000", 8000),
    ("The crowd was 8\u202f000 strong.", "8\u202f000", 8000),
    ("Some 12.000 people marched.", "Some 12.000", 12000),
    ("1.234.567 ballots were cast.", "1.234.567", 1234567),
    ("The index fell 0.75 points.", "0.75", 0.75),
    ("There were 2,024 entries.", "2,024", 2024),
    ("The storm killed twelve people.", "twelve", 12),
    ("They caught twenty-five fish.", "twenty-five", 25),
    ("It lists one hundred and five names.", "one hundred and five", 105),
    ("They bought a dozen drones.", "a dozen", 12),
    ("Half a million people fled.", "Half a million", 5e5),
    ("1.5 million people fled.", "1.5 million", 1.5e6),
    ("Two and a half million people voted.", "Two and a half million", 2.5e6),
    ("Fatalities: 0", "0", 0),
    ("The patrol lost two patrol boats.", "two", 2),
]


@pytest.mark.parametrize("text,quote,low", SEPARATORS_AND_WORDS)
def test_separators_and_number_words(text, quote, low):
    f = only(text)
    assert (f.quote, f.low, f.bound) == (quote, low, "exact" if not quote.startswith("Some") else "approx")
    assert f.unit is None and f.kind == "count"


def test_small_numerals_each_count():
    figs = find_figures("They held 500 officers and three generals.")
    assert [(f.quote, f.low) for f in figs] == [("500", 500), ("three", 3)]


# (sentence, quote, low, high, unit)
MONEY = [
    ("The cut will save £2.4million, officials said.", "£2.4million", 2.4e6, None, "pound"),
    ("The plan foresees Hr 4.8 trillion in spending.", "Hr 4.8 trillion", 4.8e12, None, "hryvnia"),
    ("That is about $115 billion.", "about $115 billion", 115e9, None, "dollar"),
    ("The levy raised Rs7.5tr last year.", "Rs7.5tr", 7.5e12, None, "rupee"),
    ("Brussels offered €450 million.", "€450 million", 450e6, None, "euro"),
    ("London added £3bn.", "£3bn", 3e9, None, "pound"),
    ("A transfer of 2.5m dollars.", "2.5m dollars", 2.5e6, None, "dollar"),
    ("A loan of US$5 billion.", "US$5 billion", 5e9, None, "dollar"),
    ("The bill is UAH 2.9 trillion.", "UAH 2.9 trillion", 2.9e12, None, "hryvnia"),
    ("It costs 300 million rubles.", "300 million rubles", 3e8, None, "ruble"),
    ("It cost ¥20 billion.", "¥20 billion", 20e9, None, "yen"),
    ("It cost 5 billion yuan.", "5 billion yuan", 5e9, None, "yuan"),
    ("The fine was Rs. 500 in all.", "Rs. 500", 500, None, "rupee"),
    ("It costs $10 billion to $100 billion.", "$10 billion to $100 billion", 1e10, 1e11, "dollar"),
    ("It costs $10 to $20 billion.", "$10 to $20 billion", 1e10, 2e10, "dollar"),
]


@pytest.mark.parametrize("text,quote,low,high,unit", MONEY)
def test_money(text, quote, low, high, unit):
    f = only(text)
    assert (f.quote, f.high, f.unit, f.kind) == (quote, high, unit, "money")
    assert f.low == pytest.approx(low)


# (sentence, quote, low, high, bound, unit, kind)
SHARES = [
    ("Prices are up a third since then.", "a third", 33.33, None, "exact", "percent", "fraction"),
    ("Spending will rise by a fifth.", "a fifth", 20, None, "exact", "percent", "fraction"),
    ("The bank raised rates by half a percentage point.", "half a percentage point", 0.5, None, "exact",
     "percentage point", "percent"),
    ("Analysts had expected a quarter-point move.", "a quarter-point", 0.25, None, "exact", "percentage point",
     "percent"),
    ("Two-thirds of them died.", "Two-thirds", 66.67, None, "exact", "percent", "fraction"),
    ("Up to half of the unit was hit.", "Up to half", 50, None, "at_most", "percent", "fraction"),
    ("As many as half of them left.", "As many as half", 50, None, "at_most", "percent", "fraction"),
    ("Half of the contingent was lost.", "Half", 50, None, "exact", "percent", "fraction"),
    ("About a quarter of voters abstained.", "About a quarter", 25, None, "approx", "percent", "fraction"),
    ("More than a third of the army.", "More than a third", 33.33, None, "at_least", "percent", "fraction"),
    ("Almost half of the homes.", "Almost half", 50, None, "at_most", "percent", "fraction"),
    ("Three-quarters of the budget.", "Three-quarters", 75, None, "exact", "percent", "fraction"),
    ("Three in four residents agreed.", "Three in four", 75, None, "exact", "percent", "fraction"),
    ("1 in 5 children is hungry.", "1 in 5", 20, None, "exact", "percent", "fraction"),
    ("It holds about 64% of the land.", "about 64%", 64, None, "approx", "percent", "percent"),
    ("Rates may be reaching 50% now.", "reaching 50%", 50, None, "at_most", "percent", "percent"),
    ("It could be as high as 50%.", "as high as 50%", 50, None, "at_most", "percent", "percent"),
    ("The deficit is 18.5 per cent of GDP.", "18.5 per cent", 18.5, None, "exact", "percent", "percent"),
    ("Turnout was 64 percent.", "64 percent", 64, None, "exact", "percent", "percent"),
    ("It rose 2 percentage points.", "2 percentage points", 2, None, "exact", "percentage point", "percent"),
    ("Support is 10-20% at best.", "10-20%", 10, 20, "range", "percent", "percent"),
    ("Prices fell −3.2% in May.", "−3.2%", -3.2, None, "exact", "percent", "percent"),
]


@pytest.mark.parametrize("text,quote,low,high,bound,unit,kind", SHARES)
def test_fractions_and_percentages(text, quote, low, high, bound, unit, kind):
    f = only(text)
    assert (f.quote, f.low, f.high, f.bound, f.unit, f.kind) == (quote, low, high, bound, unit, kind)


# (sentence, quote, low, bound, unit, kind)
MEASURES = [
    ("Homes within a half-mile radius were cleared.", "half-mile", 0.5, "exact", "mile", "measure"),
    ("It published a 3GB sample.", "3GB", 3, "exact", "gigabyte", "measure"),
    ("Highs reached 46.1C on Monday.", "46.1C", 46.1, "exact", "degree celsius", "measure"),
    ("A blast hit a section 600 meters below the surface.", "600 meters", 600, "exact", "meter", "measure"),
    ("Troops seized over 1,000 square kilometers.", "over 1,000 square kilometers", 1000, "at_least", "square kilometer", "measure"),
    ("They hold 400 square kilometers.", "400 square kilometers", 400, "exact", "square kilometer", "measure"),
    ("It covers 300 km² of forest.", "300 km²", 300, "exact", "square kilometer", "measure"),
    ("It covers 5 sq km of forest.", "5 sq km", 5, "exact", "square kilometer", "measure"),
    ("The town is 200 kilometres away.", "200 kilometres", 200, "exact", "kilometer", "measure"),
    ("A 70-mile front opened.", "70-mile", 70, "exact", "mile", "measure"),
    ("Fire burned 10,000 hectares.", "10,000 hectares", 10000, "exact", "hectare", "measure"),
    ("They farm 500 acres.", "500 acres", 500, "exact", "acre", "measure"),
    ("Output is 2 million barrels.", "2 million barrels", 2e6, "exact", "barrel", "measure"),
    ("The ship carried 300 tonnes of grain.", "300 tonnes", 300, "exact", "tonne", "measure"),
    ("A magnitude 6.8 quake hit.", "magnitude 6.8", 6.8, "exact", "magnitude", "measure"),
    ("A 7.1-magnitude earthquake hit.", "7.1-magnitude", 7.1, "exact", "magnitude", "measure"),
    ("They released a 212-page report.", "212-page", 212, "exact", "page", "measure"),
    ("It reached 45 degrees Celsius.", "45 degrees Celsius", 45, "exact", "degree celsius", "measure"),
    ("It fell to -5°C overnight.", "-5°C", -5, "exact", "degree celsius", "measure"),
    ("Losses were five times higher.", "five times", 5, "exact", "times", "multiplier"),
    ("Costs Rose More Than 4 Times", "More Than 4 Times", 4, "at_least", "times", "multiplier"),
    ("A fivefold rise in cases.", "fivefold", 5, "exact", "times", "multiplier"),
]


@pytest.mark.parametrize("text,quote,low,bound,unit,kind", MEASURES)
def test_measures(text, quote, low, bound, unit, kind):
    f = only(text)
    assert (f.quote, f.low, f.high, f.bound, f.unit, f.kind) == (quote, low, None, bound, unit, kind)


RATES = [
    ("They suffered about 92 casualties a day.", "about 92"),
    ("Doctors saw 40 cases per week.", "40"),
    ("Workers earn $5 a day.", "$5"),
    ("Clinics report 300 new patients every month.", "300"),
]


@pytest.mark.parametrize("text,quote", RATES)
def test_rates(text, quote):
    f = only(text)
    assert (f.quote, f.kind) == (quote, "rate")


def test_a_time_reference_after_a_count_is_not_a_rate():
    f = only("Police held 300 protesters a day earlier.")
    assert f.kind == "count"


NOT_FIGURES = [
    # ages and phone numbers
    "Pensions start at the retirement age of 65.",
    "The campaign is for children under five.",
    "Most of them over 75 stayed indoors.",
    "For clinic times call 555-0148.",
    # dates and years
    "It happened on Feb. 27 in the capital.",
    "It happened on 27 February in the capital.",
    "It happened on February 27, 2025 in the capital.",
    "It happened on 27th of February.",
    "It happened on 2025-02-27.",
    "It happened on 27/02/2025.",
    "It happened on the 5th.",
    "It happened in 2024.",
    "It was 2024's worst month.",
    "The 2020 election was close.",
    "It lasted from 2014 to 2022.",
    "The 2022-2023 season ended.",
    "It began in August 2024.",
    # decades, times, ordinals, ages
    "It dates back to the 1980s.",
    "Music of the '90s played.",
    "It ended at 7:06 AM local time.",
    "It ended at 8:36 PM.",
    "It ended at 14:00 GMT.",
    "It ended at 7 a.m.",
    "They marked the 105th anniversary.",
    "He came first, then second, then 3rd.",
    "The man, aged 34, was held.",
    "A 34-year-old man was held.",
    "Smith, 62, said so.",
    "Men aged 18 to 60 may not leave.",
    # durations
    "They waited for three weeks.",
    "Talks lasted six months.",
    "It should end within three months.",
    "Records for a 24-hour period.",
    "The nearly three-year war goes on.",
    "It took two or three weeks.",
    "It took two and a half years.",
    "They left half an hour later.",
    "Growth slowed in the second half of the year.",
    # determiners and vague quantities
    "Troops took one village.",
    "There were no deaths.",
    "He is one of the leaders.",
    "Hundreds were hurt.",
    "Dozens were hurt.",
    "Tens of thousands marched.",
    "Several hundred were hurt.",
    "Many thousands marched.",
    "A few hundred remained.",
    "It nearly doubled.",
    # identifiers, furniture, links, scores, compounds
    "COVID-19 spread fast.",
    "The G7 met.",
    "An F-16 and a Su-34 flew past.",
    "Flight MH17 was downed.",
    "An A320 landed.",
    "They invoked Article 5 again.",
    "The council passed Resolution 2334 unanimously.",
    "He returned to No. 10 on Monday.",
    "He spoke on France 24, then left.",
    "Call +1 555 123 4567 today.",
    "See https://example.com/story/2024/123 now.",
    "Use #ukraine2025 for updates.",
    "2 min read",
    "Set it to 16 px wide.",
    "They launched a two-pronged assault.",
    "The 5G rollout began.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text):
    assert find_figures(text) == []


def test_change_from_to_gives_two_values_not_a_range():
    figs = find_figures("Prices rose from 200 to 300.")
    assert [(f.low, f.high, f.bound) for f in figs] == [(200, None, "exact"), (300, None, "exact")]


def test_a_figure_next_to_a_date_is_kept():
    figs = find_figures("On Feb. 14 he said 4,000 were hurt, two-thirds of whom died.")
    assert [(f.quote, f.low) for f in figs] == [("4,000", 4000), ("two-thirds", 66.67)]


def test_year_with_a_bound_or_a_separator_is_a_figure():
    assert [f.low for f in find_figures("About 2000 people came.")] == [2000]
    assert [f.low for f in find_figures("There were 2,000 people.")] == [2000]


def test_offsets_point_into_the_text():
    text = "Yesterday over 1,000 people, or about 64%, stayed; 11,000-12,000 left."
    for f in find_figures(text):
        assert text[f.start : f.end] == f.quote


@pytest.mark.parametrize(
    "words,value",
    [("twelve", 12), ("twenty-five", 25), ("one hundred and five", 105), ("a dozen", 12),
     ("half a million", 5e5), ("three hundred thousand", 3e5), ("two million", 2e6),
     ("seven", 7), ("one", 1), ("ninety-nine", 99)],
)
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize("junk", ["", "banana", "several hundred", "12", "five apples", "hundreds"])
def test_parse_number_words_rejects_non_numbers(junk):
    assert parse_number_words(junk) is None


@pytest.mark.parametrize("junk", [None, 12, b"bytes", "", "   ", "\x00\ufffd"])
def test_junk_input_returns_nothing(junk):
    assert find_figures(junk) == []  # type: ignore[arg-type]


# ---- the seeds -----------------------------------------------------------------------


def _matches(fig, g) -> bool:
    same_high = (g["high"] is None and fig.high is None) or (
        g["high"] is not None and fig.high is not None and abs(fig.high - g["high"]) <= 0.01 * g["high"]
    )
    return (
        fig.quote == g["quote"]
        and abs(fig.low - g["low"]) <= 0.01 * max(abs(g["low"]), 1)
        and same_high
        and fig.bound == g["bound"]
    )


def test_every_gold_quote_is_found_in_its_sentence(gold):
    claims = gold["claims"]
    missed = []
    for g in claims:
        figs = find_figures(g["sentence"])
        if not any(_matches(f, g) for f in figs):
            missed.append((g["quote"], [(f.quote, f.low, f.high, f.bound) for f in figs]))
    hit_rate = 1 - len(missed) / len(claims)
    assert hit_rate == 1.0, missed


def test_gold_units_that_the_figure_itself_carries(gold):
    carried = {"percent", "square kilometer", "dollar", "hryvnia", "rupee", "magnitude", "page", "times"}
    for g in gold["claims"]:
        if g["unit"] in carried:
            figs = [f for f in find_figures(g["sentence"]) if _matches(f, g)]
            assert figs and figs[0].unit == g["unit"], g["quote"]


def test_furniture_ordinals_and_reading_time_are_not_figures(gold, seeds_dir: Path):
    for nc in gold["not_claims"]:
        if nc["quote"] not in ("105th anniversary", "2 min read"):
            continue
        text = (seeds_dir / nc["doc"]).read_text(encoding="utf-8")
        s, e = nc["span"]
        assert text[s:e] == nc["quote"]
        assert not [f for f in find_figures(text) if f.start < e and s < f.end], nc["quote"]


def test_whole_seed_documents_scan_cleanly(seed_files):
    for path in seed_files:
        text = path.read_text(encoding="utf-8")
        figs = find_figures(text)
        assert figs
        for f in figs:
            assert text[f.start : f.end] == f.quote
            assert f.high is None or f.low <= f.high


# ---- regressions found on the article-extraction benchmark and hand-written news -----

REGRESSIONS = [
    # (sentence, [(quote, low, high, unit)])
    ("The 74 100% figure.", [("74", 74, None, None), ("100%", 100, None, "percent")]),
    ("It was a third paper on the topic.", []),
    ("About a third of homes lost power.", [("About a third", 33.33, None, "percent")]),
    ("NBA 2K20 sold well.", []),
    ("It runs iPadOS 13 now.", []),
    ("Take-Two Interactive rose.", []),
    ("He told the BBC. 300 people died.", [("300", 300, None, None)]),
    ("KYIV SAYS 300 KILLED IN STRIKE", [("300", 300, None, None)]),
    ("Black Friday 2019 deals", []),
    ("Officials sent 2000 troops.", [("2000", 2000, None, None)]),
    ("Prices of 250−300 rubles.", [("250−300 rubles", 250, 300, "ruble")]),
    ("A fine of Rs 1,00,000 was set.", [("Rs 1,00,000", 100000, None, "rupee")]),
    ("The firm paid Rs 2.5 lakh crore.", [("Rs 2.5 lakh crore", 2.5e12, None, "rupee")]),
    ("Rates rose 50 basis points.", [("50 basis points", 50, None, "basis point")]),
    ("The bank cut by 25bps.", [("25bps", 25, None, "basis point")]),
    # a score or a vote tally is two counts of two sides, not a figure anyone claims
    ("The vote was 6-3.", []),
    ("The home side won 3-1 in the final.", []),
    ("She won 6-4, 3-6, 7-6 (5) in the final.", []),
    ("They play a 4-4-2 formation.", []),
    ("He was sentenced to 15 years in prison.", []),
    ("The law takes effect on 1 July.", []),
    ("Seven people died on Highway 1.", [("Seven", 7, None, None)]),
    ("The package is worth €1.5bn ($1.6bn).",
     [("€1.5bn", 1.5e9, None, "euro"), ("$1.6bn", 1.6e9, None, "dollar")]),
    ("Around 300-400 fighters held out.", [("Around 300-400", 300, 400, None)]),
    ("It signed a $5-billion deal.", [("$5-billion", 5e9, None, "dollar")]),
    ("It is between 5% and 7%.", [("between 5% and 7%", 5, 7, "percent")]),
]


@pytest.mark.parametrize("text,expected", REGRESSIONS)
def test_regressions(text, expected):
    got = [(f.quote, f.low, f.high, f.unit) for f in find_figures(text)]
    assert len(got) == len(expected), got
    for (q, lo, hi, unit), (eq, elo, ehi, eunit) in zip(got, expected, strict=True):
        assert (q, hi, unit) == (eq, ehi, eunit)
        assert lo == pytest.approx(elo)


@pytest.mark.parametrize("text", ["A man, 45, from Kyiv was hurt.", "He is in his 60s.",
                                  "She is 34 years old.", "The victim, 19, died.", "I hired him when he was 15."])
def test_more_ages(text):
    assert find_figures(text) == []


def test_a_second_bare_m_in_a_sentence_of_metres_is_metres_too():
    got = find_figures("The river reached 6.2m (20ft), above the 5.8m record.")
    assert [(f.quote, f.low, f.unit) for f in got if f.unit == "meter"] == [("6.2m", 6.2, "meter"), ("5.8m", 5.8, "meter")]


def test_twice_is_a_multiplier():
    f = only("The ferry carried twice the licensed number of passengers.")
    assert (f.quote, f.low, f.unit, f.kind) == ("twice", 2.0, "times", "multiplier")


def test_a_plural_be_with_a_count_is_still_a_figure():
    assert [f.quote for f in find_figures("They were 300 last spring; now they are 40.")] == ["300", "40"]


def test_the_upper_end_of_an_age_band_is_no_figure():
    found = [f.quote for f in find_figures("It reached 2,000 people between the ages of 18 and 29 by phone.")]
    assert found == ["2,000"]
    assert [f.quote for f in find_figures("Turnout among voters ages 18 and 29 fell.")] == []


@pytest.mark.parametrize("text, quote, low, bound", [
    ("Half a dozen of the party's donors joined.", "Half a dozen", 6.0, "exact"),
    ("Raids hit more than a half-dozen cities.", "more than a half-dozen", 6.0, "at_least"),
    ("Some paid as little as 50 cents a day.", "as little as 50 cents", 50.0, "at_least"),
    ("As few as 30 people came.", "As few as 30", 30.0, "at_least"),
])
def test_half_dozens_and_lower_bounds(text, quote, low, bound):
    found = [(f.quote, f.low, f.bound) for f in find_figures(text)]
    assert found == [(quote, low, bound)]


def test_within_a_margin_is_an_upper_bound():
    assert [(f.quote, f.bound) for f in find_figures("Polls show Okafor within 150 delegates of the total.")] \
        == [("within 150", "at_most")]
    assert find_figures("The ruling came within 24 hours.") == []


def test_a_capitalised_number_word_inside_a_name_is_no_figure():
    assert find_figures("The comparison ran on Zero Hedge last week.") == []
    assert [f.quote for f in find_figures("Crash Kills Three In Ohio")] == ["Three"]
