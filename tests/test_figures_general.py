"""Figures of general news (business, sports, tech, science): each family the scanner reads,
the unit normaliser, and what stays out (code, links, handles, phone numbers, ages)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract.figures import find_figures
from newsledger.extract.units import normalise_unit

# (sentence, quote, low, unit)
FAMILIES = [
    ("Residents now pay Dh260 a month for cooling.", "Dh260", 260, "dirham"),
    ("Exporters earned GH¢3.1bn from shea nuts.", "GH¢3.1bn", 3.1e9, "cedi"),
    ("It set a 40-per cent duty on steel.", "40-per cent", 40, "percent"),
    ("The levy raised GH₵ 75 million.", "GH₵ 75 million", 7.5e7, "cedi"),
    ("Sales reached $7.3bn in the half.", "$7.3bn", 7.3e9, "dollar"),
    ("The fine came to €2.25 billion.", "€2.25 billion", 2.25e9, "euro"),
    ("It will pay 12p a share.", "12p", 12, "penny"),
    ("The stock last traded at 388 pence.", "388 pence", 388, "penny"),
    ("Rates went up by 25 basis points.", "25 basis points", 25, "basis point"),
    ("Prices are rising at 2.8 per cent.", "2.8 per cent", 2.8, "percent"),
    ("Growth slowed to 0.6pc.", "0.6pc", 0.6, "percent"),
    ("The board approved a 3-for-1 split.", "3-for-1", 3, "ratio"),
    ("The centre is 6ft 9in tall.", "6ft 9in", 6.75, "foot"),
    ("The chip is clocked at 4.1GHz.", "4.1GHz", 4.1, "gigahertz"),
    ("The tablet ships with 256GB of storage.", "256GB", 256, "gigabyte"),
    ("The battery holds 5,000mAh.", "5,000mAh", 5000, "milliampere hour"),
    ("The office covers 2,400 sq ft.", "2,400 sq ft", 2400, "square foot"),
    ("The car reached 155 mph.", "155 mph", 155, "mile per hour"),
    ("The star lies 40 light years away.", "40 light years", 40, "light year"),
    ("The night fell to minus 8C.", "minus 8C", -8, "degree celsius"),
    ("The new alloy is sixfold lighter.", "sixfold", 6, "times"),
    ("Queues were double the usual length.", "double", 2, "times"),
    ("The critics gave it 8.5 out of 10.", "8.5 out of 10", 8.5, "point"),
    ("Batters hit .287 on average.", ".287", 0.287, None),
    ("He is 6 feet 1 inch tall.", "6 feet 1 inch", 6.0833, "foot"),
    ("The fund raised NZ$25m from pension funds.", "NZ$25m", 2.5e7, "dollar"),
    ("The coupe makes 410hp.", "410hp", 410, "horsepower"),
]


@pytest.mark.parametrize(("text", "quote", "low", "unit"), FAMILIES)
def test_general_news_families(text, quote, low, unit):
    figs = find_figures(text)
    assert [f.quote for f in figs] == [quote]
    assert figs[0].low == pytest.approx(low, rel=1e-3)
    assert figs[0].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The page ran confirm(2) when it loaded.",
        "Type `retry 3` at the prompt.",
        "Read more at https://news.example/story/42 now.",
        "Tag @sportsfan22 in your replies.",
        "Phone 0161 496 0000 for tickets.",
        "Her grandfather turned 90 last week.",
        "The change ships in Version 12.1 of the app.",
        "The side lined up 3-5-2.",
        # scores and vote tallies, a set's tie-break too
        "The visitors won 4-2 on the night.",
        "It ended in a 117-109 victory.",
        "Ruiz beat Kell 6-3, 3-6, 7-6 (4) in the decider.",
        # citation markers, list numbers, a picture format
        "Fasting raises the risk of overeating (2).",
        "Other trials point the same way (10, 11).",
        "3.",
        "4. Plan your meals",
        "The console streams in native 4K.",
        # a military formation's name
        "The officer commanding 82 Division addressed soldiers of 2 Brigade.",
        "She wrote <span id=\"n5\">more</span> below.",
        # days of a month written before it, and the chancellor's address
        "Members will walk out on 18 and 20 August.",
        "More strikes are planned on 18, 19 and 20 August.",
        "He may keep the furniture of his No 11 flat.",
    ],
)
def test_not_figures_in_general_news(text):
    assert find_figures(text) == []


def test_a_rise_of_so_much_to_so_much_is_a_range_unless_from():
    (f,) = find_figures("Rents climbed 15 to 20 per cent.")
    assert (f.quote, f.low, f.high, f.unit) == ("15 to 20 per cent", 15, 20, "percent")
    assert [g.quote for g in find_figures("Rents climbed from 15 to 20 per cent.")] == ["15", "20 per cent"]


def test_rise_by_then_to_is_two_figures():
    figs = find_figures("The fare rose by $3 to $41.")
    assert [(f.quote, f.low, f.high) for f in figs] == [("$3", 3, None), ("$41", 41, None)]


def test_elided_second_change_is_not_a_range():
    # the second pair repeats "by A to B" with the verb and "by" left out
    figs = find_figures("Tuition will go up by £450 to £9,700 for locals, and £820 to £19,300 for others.")
    assert [(f.quote, f.high) for f in figs] == [("£450", None), ("£9,700", None), ("£820", None), ("£19,300", None)]
    # with no change before it, "and 20 to 30 percent" stays a spread
    (_, g) = find_figures("Yields ranged from 5 to 10 bushels, and 20 to 30 percent in wet years.")
    assert (g.low, g.high) == (20, 30)


@pytest.mark.parametrize(
    ("spellings", "unit"),
    [
        (["ft", "feet", "foot", "Feet"], "foot"),
        (["GB", "gigabyte", "gigabytes"], "gigabyte"),
        (["mph", "miles per hour"], "mile per hour"),
        (["km/h", "kph", "kilometres per hour"], "kilometer per hour"),
        (["sq ft", "square feet"], "square foot"),
        (["°C", "degrees Celsius", "C"], "degree celsius"),
    ],
)
def test_spellings_share_one_unit(spellings, unit):
    assert {normalise_unit(s) for s in spellings} == {unit}


@pytest.mark.parametrize("spelling", ["5G", "G", "mb", "the", "", "bn", "billion"])
def test_names_and_scales_are_not_units(spelling):
    assert normalise_unit(spelling) is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=30), st.none(), st.integers(), st.lists(st.text(max_size=3))))
def test_unit_normaliser_never_raises(value):
    unit = normalise_unit(value)
    assert unit is None or (isinstance(unit, str) and unit == unit.strip() and unit)


# Forms the real-news set found (benchmarks/results/realnews.md); sentences of our own.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a model or index named by its number is no figure; the count beside it is
        ("The airline grounded roughly 300 737 Max jets in March.", ["roughly 300"]),
        ("It ordered 12 of Airbus's 350 jets and five 787 Dreamliner freighters.", ["12", "five"]),
        ("The mid-size 787-9 jet seats 242 to 330 passengers.", ["242 to 330"]),
        ("A prior order of 777X planes was cut by 20 to 115.", ["20", "115"]),
        ("The Nikkei 225 fell 1.2% and the S&P 500 rose 0.4%.", ["1.2%", "0.4%"]),
        ("The carrier ordered 40 A330-900 jets and 12 MD11-200 freighters.", ["40", "12"]),
        # space-grouped thousands still read as one number
        ("Approximately 12 000 people marched.", ["Approximately 12 000"]),
        # a change spelt out after a comma is a before and an after, not a range
        ("Turnout rose by 9 percent, from 41 percent to 50 percent, after the reform.",
         ["9 percent", "41 percent", "50 percent"]),
        ("Fares range from $2 to $5.", ["$2 to $5"]),
        ("Estimates rose and now vary from 10% to 12%.", ["10% to 12%"]),
    ],
)
def test_models_indexes_and_spelt_out_changes(text, quotes):
    from newsledger.extract.figures import find_figures

    assert [f.quote for f in find_figures(text)] == quotes


# Forms the second real-news set found (benchmarks/results/realnews2.md); sentences of our own.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # an age after a suffixed name, an emergency number, a place labelled by a number
        ("Carl Ames Jr., 61, was fined $4,000.", ["$4,000"]),
        ("A neighbour called 911 and 3 officers came.", ["3"]),
        ("The court called 100 witnesses.", ["100"]),
        ("No fighters in zone 12 stopped the 300 families leaving.", ["300"]),
    ],
)
def test_ages_phone_numbers_and_labels(text, quotes):
    from newsledger.extract.figures import find_figures

    assert [f.quote for f in find_figures(text)] == quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market's move then its level: a change and a level, not a range
        ("The index added 0.2% to 8,570.66.", [("0.2%", 0.2, None), ("8,570.66", 8570.66, None)]),
        ("The gauge lost 1.1% to 402.3 points.", [("1.1%", 1.1, None), ("402.3", 402.3, None)]),
        # an acceleration names the speed reached
        ("It goes from zero to 60 mph in 5.8 seconds.", [("60 mph", 60, None)]),
        ("It reaches 0 to 100 km/h in four seconds.", [("100 km/h", 100, None)]),
        # a spread of speeds is still a range
        ("Gusts ranged from 40 to 60 mph.", [("40 to 60 mph", 40, 60)]),
    ],
)
def test_moves_to_levels_and_accelerations(text, expected):
    assert [(f.quote, f.low, f.high) for f in find_figures(text)] == expected


@pytest.mark.parametrize("spelling", ["TV", "PV", "MV"])
def test_letters_that_are_rarely_volts(spelling):
    assert normalise_unit(spelling) is None
    assert normalise_unit("kV") == "kilovolt"


def test_fuel_economy_is_one_unit():
    (f,) = find_figures("The hatchback gets 52 miles per gallon.")
    assert (f.quote, f.unit) == ("52 miles per gallon", "mile per gallon")
    assert normalise_unit("mpg") == normalise_unit("kilometres per litre".replace("kilometres", "miles").replace(
        "litre", "gallon")) == "mile per gallon"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a size or resolution that names a product or a format is no quantity ...
        ("Apple will follow the 16-inch MacBook Pro with a new 13-Inch MacBook Air.", []),
        ("Subscribers get 4K streaming and an 8k TV mode.", []),
        ("He had a loaded .45-caliber handgun and three rifles.", ["three"]),
        # ... the size stated as a measure, a plain object's size and thousands of money stay
        ("The display will remain 13.3 inches.", ["13.3 inches"]),
        ("Buyers chose a 65-inch screen.", ["65-inch"]),
        ("The club raised $4k from members.", ["$4k"]),
    ],
)
def test_sizes_that_name_a_product(text, quotes):
    assert [f.quote for f in find_figures(text)] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # house numbers, an age between a name and where the person is from, an emergency line
        ("Officers arrested a man who lives at 2134 Caldwell Place, police said.", []),
        ("Victor Burton, of 3170 W. County Road, was held.", []),
        ("Ryan Hollman 31, of Hope, was also held.", []),
        ("The outage cut 911 service for hours.", []),
        # ... while a count that a street names, and a count after a bound, stay
        ("The storm hit 12 Pacific Coast Highway towns.", ["12"]),
        ("Some 40 Main Street shops closed.", ["Some 40"]),
        ("Callers made 900 calls.", ["900"]),
    ],
)
def test_addresses_ages_and_service_lines(text, quotes):
    assert [f.quote for f in find_figures(text)] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a named stage or list, and a mission's number, are names
        ("Using the Space Launch System Block 1B, the firm drew up a plan.", []),
        ("Apple is now in every Fortune 500 company.", []),
        ("The uncrewed Artemis 1 test flight slipped.", []),
        # ... while a sum in billions and a trial's enrolment stay
        ("Revenue was $1B last year.", ["$1B"]),
        ("Phase 2A trials enrolled 300 people.", ["300"]),
        # "double from X to Y" is a before and an after
        ("Modi pledged to more than double capacity from 175 gigawatts to 450 gigawatts.",
         ["175 gigawatts", "450 gigawatts"]),
    ],
)
def test_named_stages_lists_and_doublings(text, quotes):
    assert [f.quote for f in find_figures(text)] == quotes


def test_frame_rates_are_measures():
    assert [(f.quote, f.low, f.unit) for f in find_figures("It holds 30fps, not a steady 60 fps.")] == [
        ("30fps", 30, "frame per second"), ("60 fps", 60, "frame per second")]


def test_a_bracketed_number_with_more_than_digits_stays_a_figure():
    assert [f.quote for f in find_figures("The toll rose to 45 (up from 30).")] == ["45", "30"]
    assert [f.quote for f in find_figures("Prices rose $4K in a year.")] == ["$4K"]


def test_a_name_and_number_written_twice_is_a_title():
    from newsledger.extract.figures import drop_names, repeated_names

    body = "Halo 5 runs at 30fps on the console. Players say Halo 5 still sells 3 copies a minute."
    names = repeated_names([body])
    assert ("Halo", "5") in names
    assert [f.quote for f in drop_names(body, find_figures(body), names)] == ["30fps", "3"]
    # a count after a weekday is never a name, however often it comes
    body = "On Tuesday 3 soldiers died. On Tuesday 3 more were hurt."
    assert repeated_names([body]) == set()


def test_review_forms_of_figures():
    # a standing in a race written with a hyphen stays a figure; a bracketed count inside a clause too
    assert [f.quote for f in find_figures("Ruiz leads Kell 49-47 among likely voters.")] == ["49-47"]
    assert [f.quote for f in find_figures("Admissions (340) fell in March.")] == ["340"]
    from newsledger.extract.figures import repeated_names
    assert repeated_names(["Another 12 were evacuated. Another 12 remain missing."]) == set()


def test_a_split_of_two_shares_is_two_figures():
    from newsledger.extract.figures import find_figures

    found = [(f.quote, f.low, f.bound) for f in find_figures("By 58%-33%, those surveyed said the fund should stay.")]
    assert found == [("58%", 58.0, "exact"), ("33%", 33.0, "exact")]
    # a rising pair is still a range, and a score no figure
    assert [(f.low, f.high) for f in find_figures("Rates of 20%-30% are common.")] == [(20.0, 30.0)]
    assert find_figures("They won 3-1 on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A caller phoned 911 and said he was armed.",
        "The tip came through a 911 emergency dispatch operator.",
        "Passengers on the flight are asked to ring 08000 858531.",
        "The train left the station at 2230 on Friday.",
        "See Journal of Soil Ecology 41(3): 212–219. doi:10.1000/jse.2013.04.002",
        "Two: the plan cannot be paid for.",
    ],
)
def test_phone_lines_clock_times_references_and_numbered_points_are_no_figures(text):
    assert find_figures(text) == [], [f.quote for f in find_figures(text)]


def test_a_four_digit_altitude_after_at_is_still_a_figure():
    assert [f.quote for f in find_figures("The drone flew at 2230 feet over the site.")] == ["2230 feet"]


@pytest.mark.parametrize(
    "text",
    [
        "The coach said the Big Ten had no team in the playoff.",
        "The No 10 policy unit urged a delay.",
        "A witness saw the van in the 4300 block of Fulton Avenue.",
        "The shop is open from 4 to 10 p.m. on weekdays.",
        "Of the Dow 30 members, most were flat.",
    ],
)
def test_names_addresses_and_opening_hours_hold_no_figure(text):
    assert find_figures(text) == [], [f.quote for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tips: 418-2231; 418-2290 or 418-2315.",
        "Anyone who saw the crash should call detectives at 733-1402 or Harbour Watch at 800-SAFE (7233).",
        "Call 733-1402 with information.",
        "The new line runs parallel to US 1 before it joins Route 9 near the port.",
        "The twins, who were 19 and 21 years old, were unhurt.",
        "“We stayed because it is home,” said Okafor, 47.",
    ],
)
def test_phone_lines_roads_and_ages_at_the_end_hold_no_figure(text):
    assert find_figures(text) == [], [f.quote for f in find_figures(text)]


def test_a_range_or_count_beside_those_forms_is_still_a_figure():
    assert [f.quote for f in find_figures("Crowds of 300-1500 people met at 225-3000 sites.")] == ["300-1500", "225-3000"]
    assert [f.quote for f in find_figures("The count rose to 52, said Mayor Ana Ruiz, 61.")] == ["52"]
    assert [f.quote for f in find_figures("Exports of the US 500 largest firms rose.")] == ["500"]


@pytest.mark.parametrize(
    "text",
    [
        "If the line is busy, call the helpline on 0845 31 32.",
        "Show all 24",
        "The museum bought View of the Harbour, a 1788 painting, last spring.",
    ],
)
def test_spaced_phone_lines_gallery_buttons_and_dated_works_hold_no_figure(text):
    assert find_figures(text) == [], [f.quote for f in find_figures(text)]


@pytest.mark.parametrize("text", ["Detectives in Region Three are looking for the driver.", "Phase Two of the works starts soon."])
def test_a_name_with_a_spelled_out_number_holds_no_figure(text):
    assert find_figures(text) == [], [f.quote for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic stays shut for 3 or 4 weeks while the wing is rebuilt.",
        "Polling stations open between 7 and 9 p.m. on the second day.",
        "The collision happened about 2.p.m. near the bridge.",
        "Labs are tracking the BA.2 and XBB.1.5 lineages in the capital.",
        "The fair, set for May 4 to 9, moves to the harbour this year.",
        "On days three and four of the summit, delegates tour the dockyards.",
        "Engineers are trying to zero in on the fault before the weekend.",
        "Okoro drained an early three and later hit a deep three over Lind.",
        "The Nine Mile Police say the van left the road.",
        'The envoys were known as the "four horsemen" at the talks.',
        'The city clings to its "two towns, one council" formula.',
    ],
)
def test_durations_clock_spans_codes_named_days_shots_and_names_hold_no_figure(text):
    assert find_figures(text) == [], [f.quote for f in find_figures(text)]


def test_a_rate_keeps_its_figure_without_the_base_it_is_counted_per():
    quotes = [f.quote for f in find_figures("The rate went from 31 to 58 per 100,000 residents, or 4 per 1,000 homes.")]
    assert quotes == ["31", "58", "4"]


def test_spoken_decimals_and_a_negative_sign_in_words_make_one_figure():
    fig = find_figures("Inland towns fell to negative four-point-two degrees Celsius overnight.")
    assert [(f.quote, f.low) for f in fig] == [("negative four-point-two degrees Celsius", -4.2)]
    fig = find_figures("Growth slowed to one point seven percent in the quarter.")
    assert [(f.quote, f.low) for f in fig] == [("one point seven percent", 1.7)]


def test_the_forms_beside_those_are_still_figures():
    assert [f.quote for f in find_figures("Sales fell to zero in May.")] == ["zero"]
    assert [f.quote for f in find_figures("The Three Rivers dam holds 12 billion litres.")] == ["12 billion litres"]
    assert [f.quote for f in find_figures("Okoro made three of his seven shots.")] == ["three", "seven"]
    assert [f.quote for f in find_figures('She said "three people died" in the fire.')] == ["three"]


def test_a_figure_followed_by_last_year_is_no_span_of_years():
    assert [f.quote for f in find_figures("The port handled 450 last year and expects 500 next year.")] == ["450", "500"]
    assert find_figures("It took 5 long years and 3 more years.") == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Sarb set aside R4bn, then R20bn to R50bn more.", ["R4bn", "R20bn to R50bn"]),
        ("The council paid RM6.2 million and nearly RM900,000 in fees.", ["RM6.2 million", "nearly RM900,000"]),
        ("Traders paid 8,000/- to 12,000/- in fees.", ["8,000/- to 12,000/-"]),
        ("Fares rose to KSh 300 and GH₵ 12 this week.", ["KSh 300", "GH₵ 12"]),
    ],
)
def test_rand_ringgit_and_shilling_amounts_are_money(text, quotes):
    figs = find_figures(text)
    assert [f.quote for f in figs] == quotes
    assert all(f.kind == "money" for f in figs)


@pytest.mark.parametrize(
    "text",
    [
        "Take the R21 towards the airport.",
        "A family of four pays less under the plan.",
        "Romans lit roads with oil lamps in 300 BC.",
        "Critics say he wants World War 3 to start.",
        "The party dropped its net zero pledge.",
        "Her number two, Ana Ruiz, took charge.",
        "The city is under a Level 2 out of 4 flood risk.",
        "She still recalls the summer ’79.",
        "Most looting took place on July 9 and 10, police said.",
        "The plan serves SDGs 6 and 13 which cover water and climate.",
        "Okafor was 14 when the family moved.",
        "You're 19.",
        "Now 31, she runs the farm.",
        "The blast hurt cameraman Luis Prado, 44.",
        "It was the last of the Big Five this season.",
    ],
)
def test_codes_households_eras_names_risk_levels_years_and_ages_hold_no_figure(text):
    assert find_figures(text) == [], [f.quote for f in find_figures(text)]


def test_small_ranges_with_or_and_between_one_and_two_are_ranges():
    assert [(f.quote, f.low, f.high) for f in find_figures("She led by 3 or 4 points.")] == [("3 or 4", 3, 4)]
    assert [(f.quote, f.low, f.high) for f in find_figures("Markets price in between one and two cuts.")] == [
        ("between one and two", 1, 2)]
    assert [f.quote for f in find_figures("Ships may stop 25, 40 or 60 or more miles out.")] == ["25", "40", "60 or more"]


def test_a_change_from_the_current_level_is_two_figures():
    quotes = [f.quote for f in find_figures("They raised the cap from the current $150,000 to $210,000 last month.")]
    assert quotes == ["$150,000", "$210,000"]


def test_beside_those_forms_the_counts_stay():
    assert [f.quote for f in find_figures("A mother of three and 40 neighbours signed.")] == ["three", "40"]
    assert [f.quote for f in find_figures("Phase 2 and 40 people")] == ["40"]
    assert [f.quote for f in find_figures("Families of 9/11 victims and 30 lawyers met.")] == ["30"]


@pytest.mark.parametrize(
    "text",
    [
        "Two of the firemen met after six o'clock.",  # (the count before stays; the hour goes)
        "The three of us kept the shop open.",
        "Voters should think twice about it.",
        "The council has zero tolerance for dumping.",
        "Traders say Brexit 2.0 is coming.",
        "Check your $2 bills: some carry a printing fault.",
        "Stage four includes a new reservoir.",
        "Fans booed during Ange Ten Broek's speech.",
        "Grandpa (81) tends the garden alone.",
        "Ana Ruiz, eight, Tomas Ruiz, five, and Lia Ortega, nine, were rescued.",
    ],
)
def test_clock_hours_pronoun_pairs_idioms_versions_banknotes_stages_names_and_ages_hold_no_count(text):
    quotes = [f.quote for f in find_figures(text)]
    assert quotes in ([], ["Two"]), quotes


def test_space_grouped_rand_and_loti_amounts_are_money():
    figs = find_figures("The levy is R75 000 in Durban and M40 000 in Maseru, or M3 million in all.")
    assert [(f.quote, f.unit, f.low) for f in figs] == [
        ("R75 000", "rand", 75000), ("M40 000", "loti", 40000), ("M3 million", "loti", 3e6)]
    assert find_figures("Traffic backed up on the M25 near Heathrow.") == []


def test_a_bare_m_before_a_vessel_or_a_height_is_metres():
    figs = find_figures("A 45m trawler hit the 12m-high breakwater.")
    assert [(f.quote, f.unit, f.low) for f in figs] == [("45m", "meter", 45), ("12m", "meter", 12)]
    money = find_figures("The yard won a £45m trawler order.")
    assert [(f.quote, f.kind) for f in money] == [("£45m", "money")]


def test_beside_the_new_exclusions_real_counts_stay():
    assert [f.quote for f in find_figures("Three of them were hurt and a $100 bill for repairs came.")] == ["Three", "$100"]
    assert [f.quote for f in find_figures("Inflation hit 2.0 percent and it was twice as high.")] == [
        "2.0 percent", "twice"]


def test_one_to_a_number_with_a_scale_is_a_range():
    figs = find_figures("Capping the mine would cost one to three billion dollars a year.")
    assert [(f.quote, f.low, f.high) for f in figs] == [("one to three billion dollars", 1e9, 3e9)]
    assert [f.quote for f in find_figures("She had one to go, and 2 to spare.")] == ["2"]


def test_a_quarter_million_is_a_count():
    assert [(f.quote, f.low) for f in find_figures("Planners expect a quarter million residents.")] == [
        ("a quarter million", 250000)]
    assert [(f.quote, f.low) for f in find_figures("It cost three quarters of a billion dollars.")] == [
        ("three quarters of a billion dollars", 7.5e8)]
    assert [(f.quote, f.kind) for f in find_figures("A quarter of voters stayed home.")] == [("A quarter", "fraction")]


@pytest.mark.parametrize(
    "text",
    [
        "She spent a decade at 3M before founding the firm.",
        "Since then, the two have met twice a year.",  # ("twice" is a frequency figure of its own)
        "Neither became the clear number two in the party.",
    ],
)
def test_a_company_a_pair_of_people_and_a_rank_are_no_counts(text):
    assert [f.quote for f in find_figures(text) if f.quote != "twice"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Crews will clear the rear of the shops (4410-4416 Ridge St., 4420 Ridge St.).",
        "Two homes at the end of Mill Street (7031, 7035, 7037 and 7039) will go.",
        "The pond will sit at the interchange with U.S. 50 and 301.",
        "Dial in with meeting number 2273849910 tonight.",
    ],
)
def test_house_numbers_roads_and_long_ids_are_no_counts(text):
    assert [f.quote for f in find_figures(text) if f.quote not in ("Two",)] == []


@pytest.mark.parametrize(
    "text",
    [
        "If county number 12 does one thing and county number 40 another, it fails.",
        "Shoppers at the deli at 118 Route 9, Suite No. 3, may have been exposed.",
        "Tips go to 1-800-TELL-NOW or the website.",
        "Posted 4 Feb 2021, 09:30 GMT+11",
    ],
)
def test_numbered_states_addresses_lettered_phone_lines_and_time_zones_are_no_counts(text):
    assert [f.quote for f in find_figures(text)] == []


# ---- fourteenth session: the newswire's own ways of writing figures (Reuters-21578, 1987)

def _read(text):
    return [(f.quote, f.low, f.high, f.unit, f.bound) for f in find_figures(text)]


def test_a_bid_and_offer_written_with_a_slash_is_one_quote_range():
    assert _read("The krone opened at 6.4520/40 marks and sterling at 1.5812/22 dlrs.") == [
        ("6.4520/40", 6.452, 6.454, None, "range"), ("1.5812/22 dlrs", 1.5812, 1.5822, "dollar", "range")]


@pytest.mark.parametrize("text", ["The store is open 24/7 on a 50/50 split since 9/11.", "Filed on 3/4/2019."])
def test_a_slash_between_whole_numbers_is_no_quote(text):
    assert _read(text) == []


def test_wire_shorthand_for_millions_dollars_and_cents():
    assert _read("Net profit was 14.2 mln dlrs, or 31 cts a share.") == [
        ("14.2 mln dlrs", 14_200_000, None, "dollar", "exact"), ("31 cts", 31, None, "cent", "exact")]
    assert _read("The board approved the repurchase of up to three mln common shares.")[0][:2] == (
        "up to three mln", 3_000_000)


def test_a_whole_number_and_a_fraction_are_one_figure():
    assert _read("The bank raised its prime rate to 8-1/4 pct.") == [("8-1/4 pct", 8.25, None, "percent", "exact")]


def test_rose_a_fraction_to_a_level_is_a_change_and_a_level_not_a_range():
    assert [q for q, *_ in _read("The stock rose 1-1/2 to 41-3/8 in heavy trading.")] == ["1-1/2", "41-3/8"]
    assert _read("Prices rose 20 to 30 per cent.")[0][4] == "range"


def test_share_counts_in_a_sentence_are_stock_not_page_furniture():
    assert [q for q, *_ in _read("The company said it would buy back 5 million shares over two years.")] == [
        "5 million"]
    assert _read("1.2K shares") == []


def test_a_year_before_to_and_another_level_opens_no_range():
    assert [q for q, *_ in _read("Sales fell from 41,200 in 2009 to 33,800 in 2010.")] == ["41,200", "33,800"]


def test_odds_over_a_large_number_are_one_figure():
    assert _read("Experts put it at a 1 in 10,000 chance of striking anyone.")[0][:2] == ("1 in 10,000", 0.01)
    assert [q for q, *_ in _read("She won 1 in 2,000 races she entered.")] != ["1 in 2,000"]


@pytest.mark.parametrize("text", [
    "The Jets (5-9) beat the lowly Texans (4-11) easily.",
    "The Hawks led 20-0 at halftime before a field goal pushed the lead to 23-0.",
    "Heavy rain delayed the start until 1400 GMT, and the launch came at 0030 GMT.",
])
def test_team_records_shutout_scores_and_zoned_clock_times_are_no_figures(text):
    assert _read(text) == []


@pytest.mark.parametrize("text", [
    "Shares of Harwick Motor Corp (7731.T) and Ostrava Steel <OSTV.PR> were halted.",
    "Ministers of the Group of Seven met in Rome; the Group of 20 meets in May.",
    "A referendum would bar members from trading S and P 500 futures for themselves.",
])
def test_exchange_codes_and_group_names_are_no_figures(text):
    assert _read(text) == []


def test_a_group_of_people_still_counts():
    assert [q for q, *_ in _read("A group of 20 protesters gathered outside.")] == ["20"]


@pytest.mark.parametrize("text", [
    "There were 140 fewer screenings for every 1,000 children that year.",
    "Elena Voss, who founded the lab, has passed away at 91.",
    "Telescopes turned to the planet VHS 2107 b last spring.",
])
def test_rate_bases_ages_at_death_and_catalogue_names_are_no_figures(text):
    assert [q for q, *_ in _read(text)] in ([], ["140"])


def test_one_in_n_of_a_counted_plural_is_one_prevalence():
    assert [q for q, *_ in _read("That is up from 1 in 150 children in 2000.")] == ["1 in 150"]
    assert [q for q, *_ in _read("About one in 1,000 births is affected.")] == ["About one in 1,000"]


@pytest.mark.parametrize(
    "text",
    [
        "The board asked for a third-party review of its safety rules.",
        "The grey band shows the 95% confidence interval around the trend.",
        "The club spent most of the winter in the top 10 only to fade in March.",
        "Snow fell across much of the lower 48 on Sunday.",
        "She hit a 3-pointer at the buzzer.",
        "They shot poorly from 3-point range all night.",
    ],
)
def test_compound_words_settings_ranks_and_names_hold_no_figure(text):
    assert find_figures(text) == []


def test_a_share_and_a_count_beside_those_words_stay():
    quotes = [f.quote for f in find_figures("A third of the 40 teams reached the top 10 list, and 95% finished.")]
    assert "A third" in quotes and "40" in quotes and "95%" in quotes


@pytest.mark.parametrize(
    ("text", "quote", "low"),
    [
        ("Tenaga set aside RM3.4bil for the grid upgrade.", "RM3.4bil", 3.4e9),
        ("The insurer booked a loss of RM86mil last year.", "RM86mil", 8.6e7),
    ],
)
def test_bil_and_mil_glued_to_an_amount_are_its_scale(text, quote, low):
    (f,) = find_figures(text)
    assert (f.quote, f.low, f.unit) == (quote, low, "ringgit")


@pytest.mark.parametrize(
    "text",
    [
        "Worried parents can reach the helpline on 1300 662 807 at any hour.",
        "Ring 13 22 61 to book a seat.",
        "For tickets, call 9811 4420 after noon.",
    ],
)
def test_groups_of_digits_that_are_no_thousands_grouping_are_a_phone_line(text):
    assert find_figures(text) == []


def test_a_spaced_thousands_grouping_is_still_a_count():
    assert [f.low for f in find_figures("Some 12 400 fans came, with 310 stewards.")] == [12400, 310]


def test_a_range_with_its_unit_said_twice_is_one_range():
    (f,) = find_figures("Brokers see the index ending the year between 1,550 points and 1,620 points.")
    assert (f.low, f.high, f.bound) == (1550, 1620, "range")


def test_school_classes_named_by_number_are_no_counts():
    assert [f.quote for f in find_figures("Pupils of Classes 9 and 10 from 412 schools sat the test.")] == ["412"]


def test_a_stock_index_named_by_its_number_is_no_count():
    assert [f.quote for f in find_figures("The Standard & Poor's 500 fell by 9.48 points.")] == ["9.48"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Relatives gathered at ground zero, where 212 names were read.", ["212"]),
        ("The car left the road near milepost 214 and hit 3 trees.", ["3"]),
        ("The firm will build a 737 aircraft completion centre with 400 workers.", ["400"]),
        ("Voting is at 3 Oak St. for Districts 1 and 2, where 1,200 voters are registered.", ["1,200"]),
    ],
)
def test_names_markers_models_and_addresses_are_no_counts(text, kept):
    assert [f.quote for f in find_figures(text)] == kept


def test_ages_after_names_with_a_hyphened_given_name_are_no_counts():
    body = "Lam Hiu-yeung, 21, and Chan Ho-ming, 26, denied obstructing an officer; 14 others were charged."
    assert [f.quote for f in find_figures(body)] == ["14"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Its editor told staff at the Nine newspapers that the Nine chairman made 40 calls.",
         ["40"]),
        ("He copied in executives from rivals such as Seven and News, and 12 editors.", ["12"]),
        ("The actor whose character inherits the 007 codename signed for 3 films.", ["3"]),
        ("Members, including boys as young as 13, were told they could earn 500 pounds a week.", ["500 pounds"]),
        ("Of the 500 children aged one to 12 in care, just 20 had certificates.", ["500", "20"]),
        ("The bank is said to have drained 300 accounts between at least 2007 and 2011.", ["300"]),
        ("Matches are scheduled between rounds two and four, with 18 clubs taking part.", ["18"]),
    ],
)
def test_names_codes_ages_years_and_rounds_are_no_counts(text, kept):
    assert [f.quote for f in find_figures(text)] == kept


def test_a_capital_number_word_in_a_title_case_headline_or_in_capitals_still_counts():
    assert [f.quote for f in find_figures("Toll Rises to Nine in Flood")] == ["Nine"]
    assert [f.quote for f in find_figures("The skies will be lit by not one but TWO super moons.")] == ["TWO"]


def test_a_lone_point_group_is_a_decimal_where_the_document_writes_long_decimals():
    from newsledger.extract.figures import writes_decimal_point

    body = "The site saw a gain of 9.014 points, rising to 228.076. A rival rose 8.122 points to 26.5531."
    point = writes_decimal_point(body)
    assert point
    assert [f.low for f in find_figures("The site saw a gain of 9.014 points, rising to 228.076.", point)] == [
        9.014, 228.076]
    # a writer who groups thousands with a point keeps doing so where nothing says otherwise
    assert not writes_decimal_point("They proposed to relocate 160.000 people; 160,000 had applied.")
    assert [f.low for f in find_figures("They proposed to relocate 160.000 people.")] == [160000.0]
    assert not writes_decimal_point("Growth was 3,5 percent and the index stood at 26.5531.")


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("The site's score went from 125.515 to 134.089.", ["125.515", "134.089"]),
        ("A rival saw an increase of 8.542 to 106.946 in its score.", ["8.542", "106.946"]),
        ("Its score was down -2.0798 to 13.8268 this month.", ["2.0798", "13.8268"]),
        ("Estimates range from 5 to 10 percent.", ["5 to 10 percent"]),
        ("The car can go from zero to 60 mph in five seconds.", ["60 mph"]),
    ],
)
def test_where_a_level_went_from_and_to_is_two_figures_but_a_spread_is_one(text, quotes):
    assert [f.quote for f in find_figures(text)] == quotes


@pytest.mark.parametrize(
    "text",
    [
        "The station manager spoke on KWRT 880 AM on Friday.",
        "It is far too dry, a farmer told France 2 television.",
        "If SB 2291 passes, the scheme will close.",
        "Officials altered the results on Forms 31, 32 and 33.",
        "He was accused of forging ballots in the provincial constituencies 61 and 64.",
        "Nobody wants this election to become Brexit 2.0 or worse.",
        "Smoke rose over the street when the Embraer 175 came down.",
    ],
)
def test_channels_bills_forms_districts_versions_and_aircraft_are_names(text):
    assert find_figures(text) == []


def test_a_station_number_beside_a_counted_noun_and_a_decimal_with_a_unit_stay_figures():
    assert [f.quote for f in find_figures("The network reaches 880 AM listeners.")] == ["880"]
    assert [f.quote for f in find_figures("Growth was 2.0 percent in June.")] == ["2.0 percent"]


def test_cents_written_with_a_glued_c():
    found = find_figures("The dollar rose to US71.52c, and petrol rose 5c a litre, as Sydney reached 30c.")
    cents = [(f.quote, f.unit) for f in found]
    assert ("71.52c", "cent") in cents and ("5c", "cent") in cents
    assert not any(f.quote.startswith("30") for f in found)


def test_a_number_inside_a_name_with_a_before_it_is_no_count():
    found = find_figures("Four people died, according to a Rescue 1122 spokesperson.")
    assert [f.quote for f in found] == ["Four"]



def test_negative_growth_of_a_figure_is_below_zero():
    found = find_figures("Exports showed a negative growth of 0.6pc, the regulator set a negative price "
                         "adjustment (PPA) of Rs2 per unit, and the mayor had a negative rating of 55%.")
    assert [f.low for f in found] == [-0.6, -2.0, 55.0]


def test_a_number_word_inside_a_name_is_no_count():
    from newsledger.extract.figures import drop_names, repeated_names
    text = "Anna Vos and Erik ten Brink met. Ten Brink said ten Britons and ten Dutch fans came. All ten Star fans came."
    names = repeated_names([text])
    assert [f.quote for f in drop_names(text, find_figures(text), names)] == ["ten", "ten", "ten"]


@pytest.mark.parametrize("text", [
    "He rose to No 1 with three wins.",
    "He lost to the No 60 Tomas Brand.",
    "He is the No 3 seed this year.",
])
def test_a_rank_after_no_is_no_figure(text):
    assert not any(f.quote[0].isdigit() for f in find_figures(text))


def test_a_suspended_hyphen_before_an_age_is_no_figure():
    assert [f.quote for f in find_figures("Among 18- to 25-year-olds, turnout reached 41%.")] == ["41%"]
    assert [f.quote for f in find_figures("He wrote 3- to 5-page letters.")] == ["3", "5-page"]


def test_negative_far_before_an_amount_gives_it_no_sign():
    found = find_figures("Despite negative headlines about the firm, growth of 2.5 percent held up.")
    assert [f.low for f in found] == [2.5]


def test_a_number_glued_to_letters_opens_no_range():
    assert [f.quote for f in find_figures("Exports grew in FY26 to $154.1 million.")] == ["$154.1 million"]
    assert [f.quote for f in find_figures("The A380 climbed to 30,000 feet.")] == ["30,000 feet"]
    assert [f.quote for f in find_figures("Between 1,000 and 3,000 people came.")] == ["Between 1,000 and 3,000"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("He bought a test online a year ago for his daughter Maren, then 9.", []),
        ("The benefit is unknown for adults under 50 or over 70.", []),
        # ... while a count after 'then', and a second share after 'and then', stay
        ("Prices rose, then 9 more stores closed.", ["9"]),
        ("The tally was 4 at noon on Monday, then 9.", ["4", "9"]),
        ("Sales fell to 40 and then 9 percent.", ["40", "9 percent"]),
    ],
)
def test_an_age_after_then_or_in_a_pair_of_age_bounds(text, quotes):
    assert [f.quote for f in find_figures(text)] == quotes


def test_an_age_in_words_and_an_early_year_after_in_are_no_figures():
    from newsledger.extract.figures import find_figures
    assert find_figures("She wanted to be a pilot from the age of three and flew solo at last.") == []
    assert find_figures("The preacher was arrested in 1656 during a mission to the west.") == []
    assert [f.quote for f in find_figures("The king sent 1500 troops to the coast.")] == ["1500"]


def test_the_age_of_three_of_the_victims_counts_victims():
    from newsledger.extract.figures import find_figures
    assert [f.quote for f in find_figures("The judge weighed the age of three of the victims.")] == ["three"]


@pytest.mark.parametrize(
    ("text", "quote", "low"),
    [
        ("The road will cost around K9.2mil.", "around K9.2mil", 9.2e6),
        ("Health gets K2.3billion this year.", "K2.3billion", 2.3e9),
        ("Grants of K50,000 went to each ward.", "K50,000", 5e4),
        ("The budget stands at K56 billions.", "K56 billions", 5.6e10),
    ],
)
def test_kina_amounts_are_money(text, quote, low):
    (f,) = find_figures(text)
    assert (f.quote, f.low, f.unit) == (quote, pytest.approx(low), "kina")


def test_a_capital_k_alone_is_no_currency():
    assert [f.unit for f in find_figures("Climbers reached K2 in 2019 with a K9 unit and 300 porters.")] == [None]


def test_hyphened_halves_a_number_word_brand_and_pesos():
    assert [(f.quote, f.low) for f in find_figures("She weighed five-and-a-half stone.")] == [("five-and-a-half", 5.5)]
    assert [(f.quote, f.low) for f in find_figures("He ran 3-and-a-half miles.")] == [("3-and-a-half miles", 3.5)]
    assert [f.quote for f in find_figures("Shares of 7-Eleven rose 4%.")] == ["4%"]
    assert [(f.quote, f.unit) for f in find_figures("He paid P36,000 in fees.")] == [("P36,000", "peso")]
    assert find_figures("Take the P500 bus.") == []
