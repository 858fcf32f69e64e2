"""The flat-text body cleaner on the seed pages (gold) and on small made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from flood_text import FLOOD_ARTICLE as ARTICLE

from newsledger.clean.body import CleanedBody
from newsledger.clean.flat import clean_text

CONTINUATION = [
    "Clean-up of the flooded river district",
    "Volunteers in Marlow Ridge began clearing mud from the flooded streets of the lower "
    "district once the river water started to fall on Thursday morning.",
    "The town council said repairs to the river embankment and the flooded homes could "
    "take months and would cost an estimated 3 million euros.",
]
NEWSLETTER = [
    "Get our morning briefing",
    "Enter your email to subscribe",
    "Subscribe",
    "* indicates required",
    "Subscribe",
    "* indicates required",
]
TEASER = (
    "Parliament approved a spending plan worth 40 billion dollars for next year, with "
    "higher outlays on pensions, schools and public transport, finance officials announced."
)
RELATED = [
    "RELATED STORIES",
    "Storm season outlook: what the new forecast models show",
    "Insurance claims climb after spring storms",
    "Why coastal towns are building higher sea walls",
]
CAPTION = (
    "Residents carry belongings through a flooded street in Marlow Ridge on Tuesday. "
    "(Jane Doe/Example Agency via Getty Images)"
)


def _page(*blocks: list[str] | str) -> str:
    lines: list[str] = []
    for block in blocks:
        lines.extend([block] if isinstance(block, str) else block)
    return "\n\n".join(lines) + "\n"


def _check_offsets(text: str, result: CleanedBody) -> None:
    """Every offset triple must point at identical characters in body and original."""
    assert result.offsets
    for b_start, o_start, length in result.offsets:
        assert result.body[b_start: b_start + length] == text[o_start: o_start + length]


# --- seeds (gold) ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cleaned(seed_files: list[Path]) -> dict[str, tuple[str, CleanedBody]]:
    out = {}
    for path in seed_files:
        text = path.read_text(encoding="utf-8")
        out[path.name] = (text, clean_text(text))
    return out


def test_every_gold_sentence_is_in_the_body(cleaned, gold) -> None:
    missing = [
        (c["doc"], c["sentence"][:60])
        for c in gold["claims"]
        if c["sentence"] not in cleaned[c["doc"]][1].body
    ]
    assert len({c["doc"] for c in gold["claims"]}) == 5
    assert missing == []


def test_no_not_claim_line_leaks_into_the_body(cleaned, gold) -> None:
    leaks = []
    for nc in gold["not_claims"]:
        text, result = cleaned[nc["doc"]]
        start, end = nc["span"]
        assert text[start:end] == nc["quote"]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start: line_end if line_end >= 0 else len(text)].strip()
        if line in result.body:
            leaks.append((nc["doc"], nc["quote"]))
    assert leaks == []


def test_body_starts_and_ends_where_gold_says(cleaned, gold) -> None:
    for doc in gold["documents"]:
        body = cleaned[doc["doc"]][1].body
        assert doc["body_first_words"] in body[:400], doc["doc"]
        assert doc["body_last_words"] in body[-400:], doc["doc"]


def test_headline_is_dropped_as_title(cleaned, gold) -> None:
    for doc in gold["documents"]:
        if not doc["title"]:
            continue
        text, result = cleaned[doc["doc"]]
        assert (doc["title"], "title") in result.dropped, doc["doc"]
        assert doc["title"] not in result.body


def test_seed_offsets_point_into_the_original(cleaned) -> None:
    for text, result in cleaned.values():
        _check_offsets(text, result)


# --- synthetic pages ------------------------------------------------------------------------


def test_newsletter_box_is_dropped() -> None:
    text = _page("Skip to content", ARTICLE[:2], NEWSLETTER, ARTICLE[2:])
    result = clean_text(text)
    for para in ARTICLE:
        assert para in result.body
    assert "subscribe" not in result.body.lower()
    assert "indicates required" not in result.body
    assert any(reason == "furniture" for _, reason in result.dropped)
    _check_offsets(text, result)


def test_a_story_about_donations_is_no_appeal_for_them() -> None:
    story = ("Two other garages on the same road gave donations to the committee that day, totalling "
             "$12,500, and a fourth made a $3,000 donation a week later, the filings show.")
    appeal = "Donate now to keep our reporting free for every reader."
    text = _page(ARTICLE[:2], story, ARTICLE[2:], appeal)
    result = clean_text(text)
    assert story in result.body
    assert appeal not in result.body


def test_off_topic_teaser_after_the_article_is_dropped() -> None:
    text = _page(ARTICLE, "More news", TEASER, "Show more")
    result = clean_text(text)
    assert ARTICLE[-1] in result.body
    assert TEASER not in result.body
    assert (TEASER, "off-topic") in result.dropped


def test_related_list_inside_the_body_keeps_the_continuation() -> None:
    text = _page(ARTICLE, RELATED, CONTINUATION, "Edited by the news desk.")
    result = clean_text(text)
    for para in ARTICLE + CONTINUATION[1:]:
        assert para in result.body
    for headline in RELATED:
        assert headline not in result.body
    assert result.body.index(ARTICLE[-1]) < result.body.index(CONTINUATION[1])


def test_caption_with_photo_credit_is_dropped() -> None:
    text = _page("Town evacuated as river bursts its banks", CAPTION, ARTICLE)
    result = clean_text(text)
    assert CAPTION not in result.body
    assert (CAPTION, "caption") in result.dropped
    assert ("Town evacuated as river bursts its banks", "title") in result.dropped
    assert result.body.startswith(ARTICLE[0])


def test_author_bio_and_reading_time_are_dropped() -> None:
    bio = ("Sam Example is a reporter for the Valley Courier covering floods, storms and "
           "local government, and previously worked at a regional radio station.")
    text = _page("By Sam Example", "3 min read", ARTICLE, "Sam Example", bio)
    result = clean_text(text)
    assert bio not in result.body
    assert "min read" not in result.body
    assert result.body.endswith(ARTICLE[-1])


@pytest.mark.parametrize("junk", ["", "   \n\n  ", "\x00\x01\x02\xff" * 500,
                                  "".join(chr(c % 32) for c in range(5000))])
def test_empty_and_binary_input_give_an_empty_body(junk: str) -> None:
    result = clean_text(junk)
    assert isinstance(result, CleanedBody)
    assert result.body == ""


def test_one_huge_line_does_not_raise() -> None:
    line = " ".join(ARTICLE) * 400
    result = clean_text(line)
    assert result.body == line


def test_non_english_prose_is_kept() -> None:
    paras = [
        "Las autoridades evacuaron a unas 1.200 personas de sus casas el martes, después de "
        "que el río se desbordara en la parte baja de la ciudad, según el servicio de emergencias.",
        "Los equipos de rescate usaron botes para llegar a las familias que esperaban en los "
        "tejados, y el agua alcanzó más de dos metros de profundidad por la tarde.",
        "El servicio de emergencias dijo que 14 personas fueron atendidas en el hospital por "
        "heridas leves y que no se habían registrado muertes hasta el momento.",
    ]
    text = _page(["Inicio", "Noticias", "Deportes"], paras, ["Contacto", "Privacidad"])
    result = clean_text(text)
    for para in paras:
        assert para in result.body
    assert "Deportes" not in result.body


def test_speaker_lead_in_above_a_quotation_is_body_but_a_comment_head_is_not() -> None:
    quote = ("\u201cThe embankment held where we rebuilt it, and we will finish the rest of the river "
             "wall before the autumn rains come back to Marlow Ridge,\u201d she told reporters.")
    comment = "Great to see the volunteers out there, well done to everyone who helped with the clean-up."
    text = _page(ARTICLE[:2], "Council leader Mara Lind said:", quote, ARTICLE[2:],
                 "12 comments", "riverfan77 says:", comment)
    result = clean_text(text)
    assert "Council leader Mara Lind said:\n\n" + quote in result.body
    assert "riverfan77 says:" not in result.body and comment not in result.body
    _check_offsets(text, result)


def test_a_sentence_leading_into_a_quotation_is_kept_though_it_names_a_comment() -> None:
    text = ("A blog compared how the two candidates were rated by the checkers this year.\n\n"
            "On July 6, 2015, Okafor made the following comment:\n\n"
            "\u201cFor young people, the unemployment rate is 33 percent.\u201d\n\n"
            "When the site examined the statement, it was labeled true.\n\nComments:\n")
    body = clean_text(text).body
    assert "Okafor made the following comment:" in body
    assert "Comments:" not in body


def test_a_factbox_flattened_to_one_line_is_the_article() -> None:
    factbox = ("The draft would change several rates, though talks go on: * Lower the top rate on "
               "company profits to 21 percent from 30 percent. * Raise the allowance for a single "
               "filer to $9,000 from $5,500. * Keep the credit for each child at $1,200 a year. "
               "* Phase out the levy on estates over six years.")
    result = clean_text(_page("Factbox: what the draft tax plan would change", factbox))
    assert "to 21 percent from 30 percent" in result.body
    assert "$9,000 from $5,500" in result.body


def test_a_menu_of_bulleted_words_is_still_furniture() -> None:
    menu = "Home * News * Sport * Weather * Business * Culture * Travel"
    result = clean_text(_page(menu, ARTICLE))
    assert "Weather * Business" not in result.body
    assert ARTICLE[0] in result.body


def test_a_wire_lead_dense_with_names_is_the_body() -> None:
    lead = ("OSLO, March 3 - Nordvik Handelsbank A/S <NHBK.OL> said its wholly-owned Luxembourg "
            "unit Nordvik International SA posted a fall in 1986 net profit to 8.4 mln crowns from 21.2 mln.")
    rest = ("The unit will pay a smaller dividend to the parent bank this year, it said in a statement.\n\n"
            "Its provisions for credit risks rose in the year, and business in the first quarter went well, it added.")
    result = clean_text(_page("NORDVIK UNIT PROFIT FALLS", lead, rest))
    assert "8.4 mln crowns" in result.body


def test_a_closing_line_of_names_ending_a_sentence_is_kept() -> None:
    body = ("The senator's plan would raise about 20 billion dlrs over three years, aides said on Tuesday, "
            "and the committee will vote on it next week.\n\n"
            "Most of the money would come from closing tax shelters, they said, though details were few.\n\n"
            "Her non defence budget cuts, covering health, welfare, farming, government services and lower interest payments, come to 9.2 billion dlrs.")
    assert "9.2 billion dlrs" in clean_text(_page("SENATE PANEL EYES CUTS", body)).body


def test_a_country_s_membership_bid_is_news_not_a_sign_up_box() -> None:
    body = ("Moldavia's decision to attend follows its application last year to join the customs union, "
            "officials said on Monday in the capital.\n\n"
            "The largest member holds more than 12 pct of the votes, not enough to block a Moldavian membership bid.\n\n"
            "Delegates said politics would weigh heavily in any decision to let the country join the bloc.")
    assert "membership bid" in clean_text(_page("MOLDAVIA WEIGHS CUSTOMS UNION", body)).body


def test_a_bulleted_list_of_figures_under_a_lead_in_is_the_story() -> None:
    body = ("Lawmakers agreed on the targets late on Tuesday after weeks of talks between the two chambers "
            "and the governor's office, aides said.\n\n"
            "Other highlights include:\n\n- $1.8 billion for schools\n\n- $900 million for housing\n\n"
            "- $240 million for transit\n\n"
            "The full budget must still pass both chambers before the session ends in May, they said.")
    result = clean_text(_page("State budget targets set", body))
    assert "$900 million for housing" in result.body
    menu = "Home\n\n- News\n\n- Sport\n\n- Weather"
    assert "- Sport" not in clean_text(_page(menu, ARTICLE)).body


def test_a_sentence_about_subscription_revenue_is_prose_not_a_call_to_subscribe() -> None:
    story = ("Display advertising revenue for the 13 publishers in the sample totalled 60.2m pounds in the "
             "quarter, with subscriptions on 54.66m pounds.")
    text = _page("Skip to content", ARTICLE[:2], [story], NEWSLETTER, ARTICLE[2:])
    result = clean_text(text)
    assert story in result.body
    assert "Enter your email to subscribe" not in result.body


def test_a_page_whose_source_stripped_every_full_stop_keeps_its_paragraphs() -> None:
    paragraphs = [
        "The army on Thursday destroyed four tankers carrying suspected stolen crude oil at a creek in the "
        "delta region",
        "The brigade commander said troops also set ablaze 531000 litres of diesel and 132000 litres of crude "
        "oil at illegal refining sites",
        "He said the operations were carried out in three local government areas of the state over two weeks",
        "He urged residents to report suspicious movements of barges to the nearest military post at once",
    ]
    result = clean_text(_page("Army destroys illegal refineries", *paragraphs))
    assert "531000 litres of diesel" in result.body
    # a page with full stops elsewhere still drops a long unpunctuated line of links
    menu = "Home News Sport Weather Business Politics Health Science Technology Entertainment Arts Travel Video"
    assert menu not in clean_text(_page(menu, ARTICLE)).body


def test_an_unbulleted_list_of_amounts_under_a_lead_in_is_the_story() -> None:
    body = ("The founder said on Tuesday that his relief fund had now paid out more than half of what he "
            "pledged in the spring, and that he would publish every grant.\n\n"
            "Here is a list of all of the fund's grants so far:\n\n"
            "Harbour Food Bank-$2,000,000.00\n\nRiverside Shelter Trust-$450,000.00\n\n"
            "Northgate Clinic -$125,000.00\n\nCoastal Schools Fund: $90,000\n\n"
            "The fund's next round of grants will be decided in the autumn, a spokesperson said.")
    result = clean_text(_page("Relief fund lists its grants", body))
    assert "Riverside Shelter Trust-$450,000.00" in result.body
    assert "Coastal Schools Fund: $90,000" in result.body


def test_hard_wrapped_wire_copy_reads_as_its_paragraphs():
    lines = ["Harbour stocks rally as traders return", "",
             "OSLO, June 3 (Wire) - Norwegian shares climbed on",
             "Tuesday as traders snapped up shipping stocks made cheap by",
             "weeks of losses, while a softer krone lifted hopes that",
             "exporters will gain.", "",
             "By noon the benchmark index was up 1.2 percent or",
             "14.1 points at 1,402.6. It is still down more than 3",
             "percent this month and down 6 percent over the quarter.", "",
             "Shipping firms led the gains, having fallen nearly 18 percent since",
             "April as owners sold vessels and cut routes to meet",
             "new rules on fuel and emissions at sea.", "",
             "Fjordline was up 2.4 percent, while Nordhav and Kystbuss",
             "were up about 1.5 percent."]
    text = "\n\n".join(lines)  # a blank line after every line, as some wire feeds send it
    body = clean_text(text).body
    assert "climbed on Tuesday" in " ".join(body.split())
    assert "were up about 1.5 percent." in body and "down 6 percent over the quarter." in body


def test_prose_with_short_lines_is_not_rejoined():
    text = ("Flood warning for the valley\n\nBy Ana Ruiz\n\nRiver levels rose by two metres overnight, and the "
            "council has opened three shelters for families who had to leave their homes.\n\nThe Met Office said "
            "more rain was expected on Thursday.\n")
    assert clean_text(text).body.startswith("River levels rose by two metres overnight")


def test_a_list_of_labels_and_their_figures_after_a_colon_is_kept_and_a_promotion_is_not():
    prose = ("The four parks could hold far fewer guests under the caps the county is weighing for the summer, "
             "according to estimates the planning site published on Monday for each of them.")
    text = (f"{prose}\n\nCaps based on the site's estimates:\n\nNorth Park: 45,000 (50%) and 67,500 (75%)\n\n"
            "Lake Park: 30,000 (50%) and 45,000 (75%)\n\nRiver Park: 55,000 (50%) and 82,500 (75%)\n\n"
            "SEE ALSO: Parks face $21 billion loss, analysts warn\n\n"
            f"{prose.replace('four parks', 'two older parks')}\n")
    cleaned = clean_text(text)
    assert "River Park: 55,000 (50%) and 82,500 (75%)" in cleaned.body
    assert "$21 billion" not in cleaned.body


def test_a_report_line_listing_places_and_their_figures_is_kept():
    prose = ("Rain and thunderstorms are expected across the northern districts over the next two days, the weather "
             "office said, with heavy falls likely in the hills and a risk of flooding in low-lying towns.")
    later = ("In the south, hot and humid weather will hold in most districts, though light rain may fall at a few "
             "places along the coast, the office added in its evening bulletin.")
    data = ("During the past day, showers fell in parts of Kerr, Holm, Ashby, north and south Dunmore, Mithen and "
            "Sukhar. Rainfall amounts included: Tarbela 31mm, Kessar 23mm, Holm 08mm, Dera Ismail 02mm, Ashby Airport "
            "21mm, City 20mm, Rawley 01mm, Karn (Lyle) 20mm, Pellow 12mm, Dera Gaz 09mm, Gujar 06mm, Murrow 05mm, "
            "Sialk Airport 02mm, Bhak, Kotto, Hafiz 01mm, Lasby 15mm, Khuz 07mm, Ziara 06mm, Mithen 02mm and Sukhar "
            "01mm.")  # names thick enough that its function words are as rare as a menu's
    heat = ("The highest recorded temperatures were: Norgate 46 C, Chilton 45 C, Dalby 44 C, while Gilford, Jacoby, "
            "Kerrow, Oakham and Noor Pur recorded 41C.")
    text = (f"Heading\n\n{prose}\n\n{later}\n\n{data}\n\n{heat}\n\nThe public is urged to stay alert for "
            "further weather updates and follow safety advisories\n")
    body = clean_text(text).body
    assert data in body and heat in body


def test_hard_wrapped_copy_with_windows_line_ends_is_unwrapped_too():
    lines = ["OSLO, June 3 (Wire) - Norwegian shares climbed on",
             "Tuesday as traders snapped up shipping stocks made cheap by",
             "weeks of losses, while a softer krone lifted hopes that",
             "exporters will gain from the cheaper currency this year.",
             "By noon the benchmark index was up 1.2 percent or",
             "14.1 points at 1,402.6. It is still down more than 3",
             "percent this month and down 6 percent over the quarter.",
             "Shipping firms led the gains, having fallen nearly 18 percent since",
             "April as owners sold vessels and cut routes to meet",
             "new rules on fuel and emissions at sea, traders said."]
    body = clean_text("\r\n\r\n".join(lines)).body
    assert "climbed on Tuesday" in " ".join(body.split())


def test_a_ranking_after_the_story_with_a_share_per_item_is_kept() -> None:
    text = ("The joke of the year was chosen by 2,000 viewers in a public vote held over the summer, "
            "and the winner took more than half of all the votes cast.\n\n"
            "The channel said the shortlist had been drawn up by a panel of judges who saw hundreds of shows.\n\n"
            "Top jokes of the festival\n\n"
            "1. A joke about a cat and a hat – Ann Lee (52%)\n\n"
            "2. A joke about a dog and a log – Tom Ray (37%)\n\n"
            "3. A joke about a fish and a dish – Ida Moss (36%)\n")
    body = clean_text(text).body
    assert "(52%)" in body and "(37%)" in body and "(36%)" in body
    assert "Top jokes of the festival" not in body


def test_a_numbered_list_of_links_stays_out() -> None:
    text = ("The joke of the year was chosen by 2,000 viewers in a public vote held over the summer, "
            "and the winner took more than half of all the votes cast.\n\n"
            "The channel said the shortlist had been drawn up by a panel of judges who saw hundreds of shows.\n\n"
            "Most read\n\n1. Storm closes roads\n\n2. Council tax to rise\n\n3. Team wins cup\n")
    assert "Storm closes roads" not in clean_text(text).body
