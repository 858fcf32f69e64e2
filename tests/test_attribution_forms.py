"""Attribution forms that general news uses beyond 'X said': documents, quotations running over
sentences and paragraphs, carry-over, pronouns, stance verbs, nested reports.

Real spaCy parse, real extractor; every sentence is written for these tests (invented people,
places and polls). One form per test, so a regression names the form that broke.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- documents as claimants


def test_named_poll_is_the_claimant_and_the_poll_resolves_to_it(claim):
    body = ("A Harwick College poll released on Monday found Ferrand ahead. "
            "According to the poll, 44 percent of likely voters back Ferrand.")
    c = claim(body, "44 percent")
    assert c.claimant is not None and "Harwick College poll" in c.claimant


def test_in_the_latest_poll_holds_its_clause(claim):
    c = claim("In the latest Ledger/KCVT poll, released on Monday, Ferrand led by 41 percent to 36 percent.",
              "41 percent")
    assert c.claimant is not None and "Ledger/KCVT poll" in c.claimant


def test_unnamed_document_is_kept_as_a_generic_claimant(claim):
    c = claim("Exit polls gave the Civic Alliance about 38 percent of the vote.", "about 38 percent")
    assert c.claimant is not None and c.claimant.lower() == "exit polls"


def test_filings_show_names_the_filer(claim):
    c = claim("Federal Election Commission filings show Marchetti raised $1.4 million in the quarter.",
              "$1.4 million")
    assert c.claimant is not None and "Federal Election Commission" in c.claimant


def test_a_video_or_letter_that_cites_a_figure_is_its_claimant(claim):
    c = claim("A campaign video by the Ferrand camp cites four audits of the county budget.", "four")
    assert c.claimant is not None and "video" in c.claimant
    c = claim("The tenants' letter cited 14 complaints about heating since March.", "14")
    assert c.claimant is not None and "letter" in c.claimant


def test_a_spot_featuring_a_report_is_its_route(claim):
    c = claim("The new campaign spot features a Daily Courier story saying the mayor skipped 40 council votes.",
              "40")
    assert c.claimant is not None and "Daily Courier" in c.claimant
    assert any("spot" in v for v in c.via)


def test_what_a_festival_or_an_ad_features_is_not_a_claim_of_it(claim):
    c = claim("The county festival features 40 bands on three stages.", "40")
    assert c.claimant is None
    c = claim("The new ad features six nurses from the county hospital talking about their shifts.", "six")
    assert c.claimant is None


def test_a_report_used_by_a_speaker_is_not_a_route(claim):
    c = claim("The agency said in a report that 50 people had died.", "50")
    assert c.claimant == "agency"
    assert c.via == []


def test_by_one_estimate(claim):
    c = claim("Some 300,000 acres of forest have been cleared since 2001, by one estimate.", "Some 300,000 acres")
    assert c.claimant == "one estimate"


def test_records_beginning_is_not_a_document_speaking(claim):
    c = claim("The river reached 6.2 meters, the highest since records began in 1901.", "6.2 meters")
    assert c.claimant is None


# ---------------------------------------------------------------- quotations


def test_quote_speaker_named_after_the_quotation(claim):
    body = ('"We counted 420 boats in the harbour. Most had no lights at all," the harbour master, Ivo Prent, said.')
    c = claim(body, "420")
    assert c.claimant is not None and "Ivo Prent" in c.claimant


def test_quote_speaker_named_before_with_a_colon(claim):
    body = 'Selma Drax, the union leader, said: "We have 11,500 members and every one of them will strike."'
    c = claim(body, "11,500")
    assert c.claimant is not None and "Selma Drax" in c.claimant


def test_running_quote_over_paragraphs_keeps_its_speaker(claim):
    body = ('Senator Ruth Calloway made the following remarks:\n\n'
            '\u201cFor young workers the jobless rate is 33 percent.\n\n'
            '\u201cFor older workers it is 6 percent.\u201d')
    assert "Calloway" in (claim(body, "33 percent").claimant or "")
    assert "Calloway" in (claim(body, "6 percent").claimant or "")


def test_transcript_label_names_the_speaker(claim):
    body = "The hosts pressed both guests.\n\nMORAN: Do you really think 14 cases are equivalent?"
    c = claim(body, "14")
    assert c.claimant == "Moran"


def test_fact_check_section_heads_are_not_speakers(claim):
    body = ("A message forwarded in family chats says the new dam will drown whole valleys.\n\n"
            "CLAIM: The Orvane dam will flood 90 villages.\n\n"
            "VERDICT: Misleading. Planning records show 12 villages in the reservoir area.")
    assert claim(body, "12").claimant not in ("Verdict", "Claim")
    assert "records" in (claim(body, "12").claimant or "")
    assert claim(body, "90").claimant != "Claim"


def test_a_tally_of_a_place_or_device_belongs_to_who_reports_it(claim):
    c = claim("Port Aldine has recorded 212 cholera cases since May, the Health Directorate said on Friday.",
              "212")
    assert c.claimant is not None and "Health Directorate" in c.claimant
    c = claim("A rain gauge at Pell Bridge recorded 180 millimetres overnight, the Met Service said.",
              "180 millimetres")
    assert c.claimant is not None and "Met Service" in c.claimant


def test_a_body_that_counts_stays_the_source_of_its_count(claim):
    c = claim("The mayor told reporters that the fire inspectorate had counted nine breaches at the depot.", "nine")
    assert c.claimant is not None and "inspectorate" in c.claimant


def test_add_with_a_counted_object_reports_nothing(claim):
    body = ('The planning officer, Nora Quill, spoke at the hearing. '
            '"Brackwater has added about 2,400 homes in five years," she said.')
    assert "Nora Quill" in (claim(body, "about 2,400").claimant or "")
    c = claim("Employers added 31,000 jobs in June, the labour ministry said.", "31,000")
    assert c.claimant is not None and "ministry" in c.claimant


def test_a_party_role_before_a_name_still_makes_a_person_for_he(claim):
    body = ("Election officer Dana Moyo said 41,000 ballots had been counted.\n\n"
            "Green Union Party leader Tomas Ekland told reporters his agents had found 700 spoilt papers. "
            "He demanded a recount in three wards.")
    assert "Ekland" in (claim(body, "three").claimant or "")


def test_a_place_name_is_no_person_for_she(claim):
    body = ("Marlow County has confirmed 88 cases, the health department said.\n\n"
            "County nursing lead Dr Aisha Odhiambo said 20 patients were in hospital. "
            "She said the ward had only six beds.")
    assert "Odhiambo" in (claim(body, "six").claimant or "")


def test_a_titled_speaker_of_a_sentence_without_figures_is_the_next_he(claim):
    body = ("Harbour master Nadia Brell said cargo fell 4 per cent.\n\n"
            "Transport Minister Colm Berrow said he would meet both unions. "
            "He told reporters that talks had failed 11 times.")
    assert "Berrow" in (claim(body, "11 times").claimant or "")


def test_a_speaker_set_off_after_his_role_in_a_sentence_without_figures(claim):
    body = ("League chair Tanya Roe said crowds were up.\n\n"
            "The players' union's chief executive, Owen Laski, said wages should follow. "
            "He said the average player earned £900 a week.")
    assert "Laski" in (claim(body, "£900").claimant or "")


def test_an_apposition_naming_a_body_does_not_unmake_the_person(claim):
    body = ("The registrar, Ms Ita Byrne, said the count was complete. \"We found 800 new voters,\" she said.\n\n"
            "Cllr Tom Reddy, chair of the harbour district, said 40 berths were idle. "
            "\"We have 1,900 families waiting,\" he said.")
    assert "Reddy" in (claim(body, "1,900").claimant or "")


def test_a_with_phrase_after_a_parenthetical_frame_is_still_reported(claim):
    body = ("Registrar Ines Calder spoke after the count. "
            "Young people turned out in force, she added, with 58% of those under 25 voting.")
    assert "Calder" in (claim(body, "58%").claimant or "")


def test_a_clause_after_a_parenthetical_frame_is_not_reported(claim):
    body = "Exports rose to 214 ships, the port authority said, as traders had expected 190."
    assert claim(body, "214").claimant is not None
    assert "port authority" not in (claim(body, "190").claimant or "")


def test_named_frame_inside_a_quote_keeps_its_own_speaker(claim):
    body = '"The Weather Office says 30 centimetres of snow will fall by Friday," the mayor, Lena Holt, said.'
    c = claim(body, "30 centimetres")
    assert c.claimant is not None and "Weather Office" in c.claimant


# ---------------------------------------------------------------- carry-over


def test_no_carry_into_a_sentence_in_the_outlets_voice(claim):
    body = "Finance minister Ana Berg said revenue rose 4 percent. Spending fell 2 percent in the same period."
    assert claim(body, "2 percent").claimant is None


def test_carry_with_an_explicit_continuation(claim):
    body = "Finance minister Ana Berg said revenue rose 4 percent. She also said spending fell 2 percent."
    c = claim(body, "2 percent")
    assert c.claimant is not None and "Ana Berg" in c.claimant


# ---------------------------------------------------------------- pronouns, stance, nesting, non-claimants


def test_she_is_never_a_mister(claim):
    body = ("Mrs. Calloway spoke in Dunmore on Monday. Mr. Prent said the plan was sound. "
            "She is proposing to plant 500 million trees by 2030.")
    c = claim(body, "500 million")
    assert c.claimant == "Mrs. Calloway"


def test_stance_verb_with_a_named_subject(claim):
    c = claim("Calloway wants to enrol 5 million people in the scheme.", "5 million")
    assert c.claimant == "Calloway"


def test_reporter_of_a_plan_is_the_claimant(claim):
    c = claim("Holmqvist said the government planned to borrow 142 billion florins.", "142 billion")
    assert c.claimant == "Holmqvist"


def test_possessive_points_to_its_clause_subject(claim):
    body = "The Bank of Lusaria raised its growth forecast for this year to 1.8 percent."
    c = claim(body, "1.8 percent")
    assert c.claimant is not None and "Bank of Lusaria" in c.claimant


def test_nested_report_names_the_origin_and_keeps_the_relay(claim):
    body = "Provincial official Janek Saar told reporters that the regional health office estimated 300 people were ill."
    c = claim(body, "estimated 300")
    assert c.claimant == "regional health office"
    assert any("Janek Saar" in v for v in c.via)


def test_respondent_share_is_not_a_claimant(claim):
    c = claim("Fifty-two percent of voters said the economy was their main concern.", "Fifty-two percent")
    assert c.claimant is None


def test_coordinated_speakers_are_both_kept(claim):
    c = claim("Dora Lind and Piet Vos said 30 schools would close.", "30")
    assert c.claimant is not None and "Dora Lind" in c.claimant and "Piet Vos" in c.claimant


def test_report_noun_owning_its_own_possessive_terminates(claim):
    # 'its revenue forecasts were too optimistic': the subject is the report noun that 'its' sits in
    body = ("The fiscal council of Arvenland said the deficit would reach 3.8 percent of output, "
            "because its revenue forecasts were too optimistic.")
    c = claim(body, "3.8 percent")
    assert c.claimant is not None and "fiscal council" in c.claimant


# ---------------------------------------------------------------- names the text introduces with a role


def test_the_firm_is_the_firm_the_text_introduced(claim):
    body = ("The gang has claimed 45 attacks, according to tracking by security firm Korrin Labs. "
            "The firm estimates the gang has been paid at least $30 million.")
    c = claim(body, "at least $30 million")
    assert c.claimant == "Korrin Labs"


def test_the_company_said_after_its_own_named_subject(claim):
    c = claim("Tamsin Robotics will cut about 900 jobs, the company said on Tuesday.", "about 900")
    assert c.claimant == "Tamsin Robotics"


def test_a_loose_role_word_does_not_jump_to_an_unrelated_organisation(claim):
    body = ("Shares in Pelloway Group fell on Monday. "
            "Flight 22 was carrying 54 passengers when it landed short of the runway, the airline said.")
    c = claim(body, "54")
    assert c.claimant != "Pelloway Group"


def test_person_introduced_by_a_comma_apposition_is_who_he_is(claim):
    body = ('The regional governor, Anton Velk, dismissed the report. '
            '"We count 700,000 people in need," he said.')
    assert claim(body, "700,000").claimant == "Anton Velk"


def test_person_introduced_by_a_title_is_who_she_is(claim):
    body = 'Senator Ilka Moravec spoke in Brenton on Monday. "Rents rose 18 percent in two years," she said.'
    assert claim(body, "18 percent").claimant == "Ilka Moravec"


# ---------------------------------------------------------------- documents and who released them


def test_an_unnamed_report_is_its_publishers(claim):
    body = ("The Halden Food Trust published its annual report on Monday. "
            "The report estimates that 320,000 children go hungry. "
            "It says bread prices now stand at 2.5 times their level of 2020.")
    assert claim(body, "320,000").claimant == "Halden Food Trust"
    assert claim(body, "2.5 times").claimant == "Halden Food Trust"


def test_the_filing_is_the_filers_even_when_show_is_misread(claim):
    body = ("Brackley Mills will cut 800 jobs, the bakery chain said in a regulatory filing on Monday. "
            "Its net debt has risen to $1.3 billion, the filing shows.")
    assert claim(body, "$1.3 billion").claimant == "Brackley Mills"


def test_a_statement_does_not_make_its_author_the_owner_of_other_records(claim):
    body = ("Corlan Chemicals said in a statement that it was cooperating. "
            "The company paid $42,000 in fines in 2019, the records show.")
    assert claim(body, "$42,000").claimant != "Corlan Chemicals"


def test_a_bare_plural_inner_speaker_gives_way_to_the_named_outer_one(claim):
    c = claim("Insurers estimate that losses could exceed $900 million, the Velmar Insurance Council said.",
              "exceed $900 million")
    assert c.claimant == "Velmar Insurance Council"


def test_he_is_the_person_the_sentence_before_opened_with(claim):
    body = ('Rina Hollis, the campaign chair, said turnout looked strong. '
            'Gov. Peter Dunmore told supporters he expected to win. '
            '"We will take 60 percent in the valley," he said.')
    assert claim(body, "60 percent").claimant == "Peter Dunmore"


def test_names_with_inner_capitals_are_kept_whole(claim):
    body = ('Governor Liam McAllister visited the plant on Friday. '
            '"We saved 300 jobs here," he said.')
    assert claim(body, "300").claimant == "Liam McAllister"


def test_a_question_asked_is_the_askers(claim):
    c = claim('The blogger Pell Sorrel asked, "Why is the figure now 18.2 percent?"', "18.2 percent")
    assert c.claimant is not None and "Pell Sorrel" in c.claimant


def test_a_parenthetical_said_reports_what_comes_before_it(claim):
    body = ("The death toll from the storm rose to 118 on Friday, the Marren Civil Defence Agency said, "
            "as aid groups warned that the real number was far higher.")
    c = claim(body, "118")
    assert c.claimant is not None and "Marren Civil Defence Agency" in c.claimant


def test_it_in_a_reported_clause_is_the_reporter(claim):
    body = ("The observer mission of the Tessaly Election Forum said it had found irregularities "
            "at about 4 percent of the polling stations it visited.")
    c = claim(body, "about 4 percent")
    assert c.claimant is not None and "Tessaly Election Forum" in c.claimant


def test_a_date_is_never_the_speaker_of_an_infinitive(claim):
    c = claim("Its board voted last week to add 45 more buses.", "45")
    assert c.claimant is None or "week" not in c.claimant


def test_a_trailing_company_said_hung_off_the_clause_still_covers_it(claim):
    body = ("Chip designer Varn Micro will cut about 700 jobs, or roughly 9% of staff, after reporting "
            "a wider-than-expected loss, the company said on Tuesday.")
    assert claim(body, "about 700").claimant == "Varn Micro"


def test_an_unnamed_spokesperson_speaks_for_the_institution_speaking(claim):
    body = ("The Orlen County health district said on Monday it had confirmed 12 new cases. "
            "The district gave 1,950 doses in the past two weeks, a spokesperson said.")
    c = claim(body, "1,950")
    assert c.claimant is not None and "Orlen County health district" in c.claimant


def test_our_reporter_is_the_outlet_itself(claim):
    assert claim("Our reporter at the rally estimates the crowd at about 8,000.", "about 8,000").claimant is None


def test_an_unnamed_statement_is_the_last_institution_that_spoke(claim):
    body = ("The Bank of Tessaly raised its main rate to 7.5 percent on Thursday, the bank said. "
            "Two members voted for a rise of 50 basis points, according to a statement released after the meeting.")
    c = claim(body, "50 basis points")
    assert c.claimant is not None and "Bank of Tessaly" in c.claimant


def test_it_in_a_clause_under_a_reported_clause_is_the_reporter(claim):
    body = ("Shoppers' group Kundenwacht said it would help buyers sue, estimating that a household "
            "had paid 180 euros too much.")
    c = claim(body, "180 euros")
    assert c.claimant is not None and "Kundenwacht" in c.claimant


def test_a_filing_said_is_the_filers(claim):
    c = claim("Ternwell Foods plans to close 40 stores by March, the filing said.", "40")
    assert c.claimant == "Ternwell Foods"


def test_records_named_once_by_their_keeper_stay_the_keepers(claim):
    body = ("Inspectors cited the mill for 9 violations in 2021, according to records from the Harbour Safety Board. "
            "The company paid $51,000 in penalties, the records show.")
    c = claim(body, "$51,000")
    assert c.claimant is not None and "Harbour Safety Board" in c.claimant


def test_a_part_of_what_the_report_counted_continues_it(claim):
    body = "The county said 23 people had died in the heat since Friday. Sixteen of them lived alone."
    c = claim(body, "Sixteen")
    assert c.claimant is not None and "county" in c.claimant


def test_a_pronoun_takes_the_named_subject_earlier_in_its_sentence(claim):
    body = ("Mr. Orsk opened the meeting. Tilda Varga has campaigned hard online, and it is paying off: "
            "she said she had raised about $90,000 in three days.")
    assert claim(body, "about $90,000").claimant == "Tilda Varga"


def test_it_takes_the_named_institution_earlier_in_its_sentence(claim):
    body = "The Brantwood Weekly began the ranking in 1985, when it published its first list of the 250 richest families."
    c = claim(body, "250")
    assert c.claimant is not None and "Brantwood Weekly" in c.claimant


def test_a_described_person_is_not_the_company_that_speaks(claim):
    body = "Orel, the plane's co-pilot, had logged 3,140 flying hours with the carrier, the airline said Thursday."
    assert claim(body, "3,140").claimant != "Orel"


def test_add_up_to_is_no_reporting_verb(claim):
    c = claim("Over ten years, deficits would add up to $1.2 trillion more than forecast.", "up to $1.2 trillion")
    assert c.claimant is None


def test_a_parenthetical_said_inside_the_clause_covers_all_of_it(claim):
    body = "By dropping the receiving line, Ms. Varley said, the office can invite twice as many guests."
    c = claim(body, "twice")
    assert c.claimant is not None and "Varley" in c.claimant


def test_a_report_by_a_named_body_is_that_bodys_when_it_returns(claim):
    body = ("About 1.9 million people face hunger, a report by the Sarn Food Watch said on Tuesday. "
            "The report, compiled with five aid agencies, estimates that 300,000 children are malnourished. "
            "It says rice prices stand at 2.5 times their usual level.")
    assert claim(body, "300,000").claimant == "Sarn Food Watch"
    assert claim(body, "2.5 times").claimant == "Sarn Food Watch"


def test_what_respondents_said_is_the_polls(claim):
    body = ("One in five households skipped meals in May, a survey by the Tessaly Statistics Office found. "
            "Forty-four percent said they were spending 20 percent more on food.")
    c = claim(body, "20 percent")
    assert c.claimant is not None and "Tessaly Statistics Office" in c.claimant


def test_respondents_without_a_poll_are_no_claimant(claim):
    assert claim("Forty-four percent said they were spending more on food.", "Forty-four percent").claimant is None


def test_a_bare_spokesperson_speaks_for_the_body_the_clause_is_about(claim):
    body = ("The state health department said it was watching the outbreak. "
            "The Orlen County health district said on Monday it had confirmed 12 new cases. "
            "The district gave 1,950 doses in the past two weeks, a spokesperson said.")
    c = claim(body, "1,950")
    assert c.claimant is not None and "Orlen County health district" in c.claimant


def test_an_unnamed_statement_is_never_a_persons(claim):
    body = ("Governor Lukas Darnell said the bank would act. "
            "Two members voted for a rise of 50 basis points, according to a statement released after the meeting.")
    c = claim(body, "50 basis points")
    assert c.claimant is None or "Darnell" not in c.claimant


def test_reports_in_a_named_paper_are_the_papers(claim):
    body = "A Tamsin spokesperson declined to comment on reports in the Harbour Courier that 400 staff would go."
    c = claim(body, "400")
    assert c.claimant is not None and "Harbour Courier" in c.claimant


# ---------------------------------------------------------------- short names and kinds of business


def test_a_role_with_a_name_beside_it_gives_the_name(claim):
    c = claim("The port authority's director, Helga Straum, told reporters that 2,400 containers were stuck.",
              "2,400")
    assert c.claimant == "Helga Straum"


def test_a_name_with_a_role_beside_it_drops_the_role(claim):
    c = claim("Helga Straum, the port authority's director, said 2,400 containers were stuck.", "2,400")
    assert c.claimant == "Helga Straum"


def test_a_titled_speaker_is_the_he_of_the_next_sentence(claim):
    body = ("Lars Edvik, the harbour engineer, told the council that the quay needed repairs. "
            "Prime Minister Tomas Arvold, who toured the port on Friday, said the state would pay 3 million crowns. "
            "He said 140 workers would start next week.")
    assert "Tomas Arvold" in (claim(body, "140").claimant or "")


def test_the_airline_is_the_carrier_the_story_named(claim):
    body = ("A Belmora Air jet skidded off the runway at Tessin on Friday, the transport ministry said. "
            "The plane was carrying 112 passengers, the airline said.")
    c = claim(body, "112")
    assert c.claimant == "Belmora Air"


def test_a_longer_authority_name_is_not_taken_for_a_business(claim):
    body = ("The Civil Aviation Authority opened an inquiry on Friday. "
            "The plane was carrying 112 passengers, the airline said.")
    assert claim(body, "112").claimant != "Civil Aviation"


def test_a_named_data_source_keeps_its_name_when_show_is_read_as_a_noun(claim):
    c = claim("The valley has had 31% of its usual rain since March, Hydrona data show, the lowest on record.", "31%")
    assert c.claimant is not None and "Hydrona" in c.claimant


def test_a_spokesperson_for_the_agency_speaks_for_the_agency_the_clause_names(claim):
    c = claim("The Food Relief Office has delivered 80,000 parcels, a spokesperson for the agency told reporters.",
              "80,000")
    assert c.claimant is not None and "Food Relief Office" in c.claimant


def test_a_poll_by_a_described_outlet_names_the_outlet(claim):
    c = claim("Traders polled by the business weekly Vardo had expected a quarter-point move.", "a quarter-point")
    assert c.claimant == "Vardo"


def test_it_after_a_sentence_that_opens_with_an_institution_is_that_institution(claim):
    body = ("Finance minister Ada Lindqvist said the deficit would shrink, and Lindqvist said the state would borrow "
            "90bn crowns. The independent Budget Council was less sure. "
            "In a note published on Monday, it said the deficit was likely to reach 4.4 per cent.")
    assert claim(body, "4.4 per cent").claimant == "Budget Council"


def test_a_surname_of_a_named_person_is_never_it(claim):
    body = ("Finance minister Ada Lindqvist presented the plan on Monday. "
            "Lindqvist said the state would borrow 90bn crowns. "
            "In its outlook, it put growth at 1.3 per cent.")
    assert claim(body, "1.3 per cent").claimant != "Lindqvist"


def test_its_inside_the_reported_clause_is_the_speaker_above_it(claim):
    body = ("The Redwater Group said it had taken 4.2 terabytes of data. "
            "In a statement, Corlin said its investigation so far showed that fewer than 40,000 clients were affected.")
    c = claim(body, "fewer than 40,000")
    assert c.claimant == "Corlin"
    assert c.via == []


def test_its_lawyers_speak_for_the_institution(claim):
    body = "The Harlow Institute said fraud was rising. Its lawyers argued that 412 cases were dropped."
    assert claim(body, "412").claimant == "Harlow Institute"


def test_a_relative_speaks_for_no_one_but_themselves(claim):
    body = "Mayor Ivo Dorn spoke on Monday. His wife said 300 guests came."
    c = claim(body, "300")
    assert c.claimant is not None and c.claimant != "Ivo Dorn" and "wife" in c.claimant


def test_a_frame_after_a_semicolon_speaks_for_its_own_clause(claim):
    c = claim("Valdor slaps 30% duty on Ostrian cheese; Ostria vows to hit back", "30%")
    assert c.claimant is None


def test_a_bare_frame_after_a_semicolon_still_reports(claim):
    assert claim("Sales rose 25% in May; the company said.", "25%").claimant == "company"


def test_the_day_of_a_release_is_no_part_of_who_released_it(claim):
    c = claim("An internal poll released by the campaign on Sunday shows the mayor within two points, "
              "spokesman Ivo Benning said.", "within two")
    assert c.claimant is not None and "Sunday" not in c.claimant


# ---------------------------------------------------------------- who 'he' and 'she' are


def test_a_surname_opening_a_sentence_keeps_that_person_in_focus(claim):
    body = ("Mayor Lars Brandt said the city would borrow $40 million for buses. "
            "Mira Okafor, who chairs the transit committee, spoke next. "
            "Okafor questioned the plan at length. That could delay the vote. "
            "“We lost 1,200 riders a week last winter,” she said.")
    assert claim(body, "1,200").claimant == "Mira Okafor"


def test_a_person_in_focus_gives_way_to_a_later_speaker(claim):
    body = ("Mira Okafor, who chairs the transit committee, spoke first. "
            "Mayor Lars Brandt said the city had no other choice. "
            "“We lost 1,200 riders a week last winter,” he said.")
    assert claim(body, "1,200").claimant == "Lars Brandt"


def test_continued_beside_a_quotation_reports_it(claim):
    body = "Judge Irena Vos opened the hearing at nine. She continued: “The court has received 312 complaints this year.”"
    assert claim(body, "312").claimant == "Irena Vos"


def test_continued_without_a_quotation_reports_nothing(claim):
    body = "Judge Irena Vos opened the hearing at nine. Fuel prices continued to rise by 4 percent."
    assert claim(body, "4 percent").claimant is None


# ---------------------------------------------------------------- quotations handed over by a colon


def test_the_name_before_a_colon_speaks_the_quotation(claim):
    body = ("The pollster published its state tables on Friday. More from Jeffrey Marsh: “The tables put "
            "20 states in one column. The remaining 16 are competitive.”")
    assert claim(body, "16").claimant == "Jeffrey Marsh"
    assert claim(body, "20").claimant == "Jeffrey Marsh"  # not 'More from Jeffrey Marsh', a misparsed subject


def test_a_newsroom_quoted_for_its_own_reporting_is_the_claimant(claim):
    body = ("Politico reported the figures: “Of the county’s 76,900 registered voters, 30,200 are Democrats. "
            "Another 40,500 belong to no party.”")
    assert claim(body, "40,500").claimant == "Politico"


def test_a_survey_opening_a_verbless_sentence_holds_it(claim):
    c = claim("In the most recent Harwick/Ledger survey, 71 percent of union members approved of the deal.",
              "71 percent")
    assert c.claimant == "Harwick/Ledger survey"


def test_a_closing_the_poll_found_covers_the_sentence(claim):
    body = ("A Harwick College poll was released on Monday. Eighty-four percent of renters in the county hold "
            "an unfavorable view of the plan, the poll found.")
    c = claim(body, "Eighty-four percent")
    assert c.claimant is not None and "poll" in c.claimant


def test_added_to_a_newsroom_is_speech(claim):
    assert claim("“It was 50 percent more than the last show,” Ferrand added to People.", "50 percent").claimant == "Ferrand"


# ---------------------------------------------------------------- a poll's results listed on


def test_shares_listed_after_a_poll_in_its_paragraph_are_the_polls(claim):
    body = ("According to a Harwick/Ledger poll out Thursday, Ferrand and Oduya each have 27 percent of likely "
            "voters. Mayor Tomas Reyes trails them at 13 percent. State Sen. Ana Ruiz comes in at 9 percent.\n\n"
            "Turnout reached 61 percent in the last race.")
    for share in ("13 percent", "9 percent"):
        c = claim(body, share)
        assert c.claimant is not None and "Harwick/Ledger poll" in c.claimant
    assert claim(body, "61 percent").claimant is None  # a new paragraph, no cue: the outlet's voice (FORMAT)


def test_a_poll_lends_neither_counts_nor_shares_after_another_speaker(claim):
    body = ("According to a Harwick/Ledger poll out Thursday, Ferrand has 27 percent of likely voters. "
            "The city has 40,000 registered voters. Mayor Tomas Reyes said turnout could reach 60 percent. "
            "Turnout was 41 percent in the last race.")
    assert claim(body, "40,000").claimant is None
    assert claim(body, "41 percent").claimant != "Harwick/Ledger poll"


# ---------------------------------------------------------------- role nouns


def test_a_title_in_front_of_a_name_is_what_the_role_noun_stands_for(claim):
    body = "Sen. Ana Ruiz toured the plant with the mayor. Mayor Tomas Reyes stayed outside. The senator said 400 jobs were at risk."
    assert claim(body, "400").claimant == "Ana Ruiz"


def test_a_role_noun_with_nothing_introduced_is_the_person_in_focus(claim):
    body = ("Donald Trump spoke in Ohio on Monday. The candidate pointed out that his rival must win 58 percent "
            "of the remaining delegates.")
    assert claim(body, "58 percent").claimant == "Donald Trump"


def test_a_role_noun_is_never_a_person_with_another_title(claim):
    body = "Sen. Ana Ruiz toured the plant. The president said 400 jobs were at risk."
    assert claim(body, "400").claimant != "Ana Ruiz"


def test_vice_president_is_not_the_president(claim):
    body = ("Vice President Carl Moreno Jr. sat in the front row. Mr. Halvorsen toured the museum first. "
            "The president said 1,200 objects were on show.")
    assert claim(body, "1,200").claimant != "Carl Moreno Jr"


# ---------------------------------------------------------------- not claimants


def test_an_event_that_shows_something_is_no_claimant(claim):
    c = claim("Last week's catastrophic flooding in Tarsa showed that at least 5,000 people had died.", "at least 5,000")
    assert c.claimant is None


def test_a_body_or_people_that_find_something_still_speak(claim):
    assert claim("The labour inspectorate found four safety violations at the site.", "four").claimant is not None
    assert claim("Investigators found 12 bodies in the hold.", "12").claimant is not None


def test_the_vice_president_is_the_person_with_that_title(claim):
    body = ("President Idris Varga opened the session. Vice President Noor Halden spoke next. "
            "“We have asked for 40 more inspectors,” the vice president said. The president said 12 labs were ready.")
    assert claim(body, "40").claimant == "Noor Halden"
    assert claim(body, "12").claimant == "Idris Varga"


def test_a_member_of_a_body_is_not_the_body(claim):
    body = ("Tomas Adeyemi, a union organiser at the depot, said pay had lost 9 percent. The Brennport Transit "
            "Workers' Union called the strike. The union said more than 90 percent of its members voted for it.")
    assert claim(body, "more than 90 percent").claimant == "Brennport Transit Workers' Union"


def test_the_one_asked_is_the_one_who_replies(claim):
    body = ("Fire chief Rowan Teague told the inquiry his crews had 11 engines. Counsel Hamish Cardew pressed him. "
            "Cardew asked Teague how many water tankers the service had that night. "
            "\"We had four, and we needed twelve,\" he replied.")
    assert claim(body, "twelve").claimant == "Rowan Teague"


def test_a_counted_subject_of_an_inner_verb_does_not_silence_the_speaker(claim):
    body = ("The emergency agency said 2,300 people had registered for housing help so far and that it had "
            "paid out $18.6 million since the fire.")
    assert claim(body, "$18.6 million").claimant == "emergency agency"


def test_a_colon_lead_in_with_a_role_hands_over_the_quotation(claim):
    body = ("The institute released new figures. More from Sunniva Kallas, the institute's head of infectious "
            "diseases: “Most patients are adults. We expect 50 to 80 more cases over the summer.”")
    assert claim(body, "50 to 80").claimant == "Sunniva Kallas"


def test_they_in_a_reported_clause_are_the_counted_subject_not_the_last_poll(claim):
    body = ("A Brightwater Institute poll released on Monday found Ferrand ahead among older voters.\n\n"
            "The debate is on Thursday night in Lyon.\n\n"
            "The hall seats a large crowd.\n\n"
            "Nearly seven of 10 viewers say they plan to watch it live.")
    c = claim(body, "Nearly seven")
    assert c.claimant is None


def test_respondents_speak_for_a_poll_named_just_before(claim):
    body = ("A Brightwater Institute poll released on Monday found Ferrand ahead.\n\n"
            "Forty-one percent of voters said they backed Ferrand, while 36 percent said they backed Dorsey.")
    c = claim(body, "36 percent")
    assert c.claimant is not None and "Brightwater Institute poll" in c.claimant


def test_the_senator_who_said_she_would_is_the_senator(claim):
    body = ("Sen. Ana Ruiz spoke to farmers on Monday. Later, Governor Tomas Erdei toured the plant.\n\n"
            "The senator said she would seek $40 million for rural clinics.")
    c = claim(body, "$40 million")
    assert c.claimant == "Ana Ruiz"


def test_a_surname_subject_binds_the_pronoun_of_its_own_clause(claim):
    body = ("Marta Vell and Ivo Dunmore met voters in Lyon on Tuesday.\n\n"
            "Dunmore praised the plan. At the rally, Vell was vague on the wage, but she has said that she "
            "backs a $14 minimum nationally.")
    c = claim(body, "$14")
    assert c.claimant == "Marta Vell"


def test_a_pronoun_learns_its_sex_from_the_story(claim):
    body = ("Noor Halden spoke in Lyon on Tuesday. She said the plant would hire staff.\n\n"
            "She says Dorsey represents the \u201cold guard that he claims to fight.\u201d "
            "She adds, \u201cWho loses 400 jobs in a single year?\u201d")
    c = claim(body, "400")
    assert c.claimant == "Noor Halden"


def test_a_figure_among_those_told_is_not_carried_over(claim):
    body = ("Governor Tomas Erdei said the budget would grow by 3 percent.\n\n"
            "\u201cWe will not cut schools,\u201d he told 2,300 people gathered in the square.")
    c = claim(body, "2,300")
    assert c.claimant is None


def test_a_count_in_dashes_is_no_continuation(claim):
    body = ("\u201cThe club saved the town,\u201d said coach Lena Marsh, who founded it in 2009.\n\n"
            "The young players -- about 20 of them -- trained for nearly an hour.")
    c = claim(body, "about 20")
    assert c.claimant is None


def test_advocating_and_defending_a_figure_are_stances(claim):
    c = claim("Senator Ana Ruiz advocates a levy of $40 billion on large estates.", "$40 billion")
    assert c.claimant is not None and "Ana Ruiz" in c.claimant
    c = claim("Mayor Tomas Erdei defended his call to raise bus fares to $3 a ride.", "$3")
    assert c.claimant is not None and "Tomas Erdei" in c.claimant


# ---------------------------------------------------------------- round of 2026-12-04 night


def test_a_capitalised_poll_title_holds_its_clause(claim):
    c = claim("In a Harwick College Poll taken last week, 41 percent of adults said the roads were worse.",
              "41 percent")
    assert c.claimant is not None and "Harwick College Poll" in c.claimant


def test_standing_in_the_polls_names_no_source(claim):
    c = claim("Ms. Ortiz has climbed to 12 percent in the polls since the spring.", "12 percent")
    assert c.claimant is None
    c = claim("The mayor trails his rival by six points in national polls.", "six")
    assert c.claimant is None
    c = claim("Hale is trailing by two points in the polls against Ferrand.", "two")
    assert c.claimant is None


def test_all_told_is_no_speaker(claim):
    c = claim("All told, the county spent $4 million on the new bridge.", "$4 million")
    assert c.claimant is None


def test_a_poll_describing_its_own_method_speaks_for_it(claim):
    # the sample and margin are the poll's details, as our gold sets give them (general 020,
    # polnear_time2, polnear_claim3), though PolNeAR marks no attribution there
    body = ("A Harwick College poll found Ferrand ahead by five points. "
            "The poll has a margin of error of 3.5 percentage points.")
    assert (claim(body, "3.5 percentage points").claimant or "").startswith("Harwick College")
    body = ("A Harwick College poll found Ferrand ahead by five points. "
            "The poll interviewed 1,200 likely voters by telephone.")
    assert (claim(body, "1,200").claimant or "").startswith("Harwick College")


def test_the_setting_of_a_quotation_is_not_what_was_said(claim):
    c = claim("\u201cWe will win this,\u201d Mr. Hale said, gripping the podium with two hands.", "two")
    assert c.claimant is None
    c = claim("\u201cSchools must reopen,\u201d Ms. Brandt said as she stood beside three teachers.", "three")
    assert c.claimant is None
    c = claim("Ms. Brandt said, adding that three schools would close.", "three")
    assert c.claimant is not None and "Brandt" in c.claimant


def test_a_clause_leading_the_speaker_is_the_outlets_framing(claim):
    body = "Though the bill would cost $2 billion, one study found it would save money over a decade."
    assert claim(body, "$2 billion").claimant is None
    body = "Addressing about 300 donors on Friday, Senator Ana Ruiz said the state would hire 40 nurses."
    assert claim(body, "about 300").claimant is None
    assert claim(body, "40").claimant is not None


def test_polls_named_by_their_pollster_still_hold_their_clause(claim):
    c = claim("Ferrand leads by 8 points in recent polls from Harwick College.", "8")
    assert c.claimant is not None and "Harwick College" in c.claimant


def test_a_quotation_opened_by_any_reporting_verb_keeps_its_speaker(claim):
    body = ("Dana Reyes answered the senator online. Reyes tweeted, \u201cHe did the same at the last debate. "
            "We lost 40 votes because of it.\u201d")
    c = claim(body, "40")
    assert c.claimant is not None and "Reyes" in c.claimant


def test_plural_titles_and_ranks_do_not_end_a_sentence(claim):
    body = ("A Valley Post poll shows the mayor at the top with 36 percent, followed by "
            "Sens. Erdei and Hale at 11 and 8 percent.")
    c = claim(body, "8 percent")
    assert c.claimant is not None and "Valley Post" in c.claimant
    body = "Governor Ana Ruiz said she does not want the No. 2 spot on a ticket that polls at 30 percent."
    c = claim(body, "30 percent")
    assert c.claimant is not None and "Ana Ruiz" in c.claimant and c.sentence.startswith("Governor")


def test_a_share_of_respondents_is_not_a_source(claim):
    c = claim("About half of voters in the district say they want a new school, while about 4 in 10 do not.",
              "about 4 in 10")
    assert c.claimant is None
    c = claim("An average of 10 percent of those polled had no view of the race, but the share was 19 percent "
              "among the young.", "19 percent")
    assert c.claimant is None
    c = claim("The Harwick average of polls shows Ferrand leading 47.3 percent to 44.4 percent.", "47.3 percent")
    assert c.claimant is not None and "average" in c.claimant


def test_a_speaker_who_cites_a_figure_owns_it(claim):
    c = claim("Senator Ana Ruiz cited her endorsements from 88 retired officers on Tuesday.", "88")
    assert c.claimant is not None and "Ana Ruiz" in c.claimant
    c = claim("The agency raised its estimate on Monday, citing 40 new cases in the north, officials said.", "40")
    assert c.claimant is None or "Ana" not in c.claimant


def test_a_question_asked_in_quotation_marks_is_its_askers(claim):
    c = claim("The ad plays footage of Ana Ruiz asking, \u201cWhy am I not ahead by 50 points?\u201d", "50")
    assert c.claimant is not None and "Ana Ruiz" in c.claimant


def test_the_owner_of_an_estimated_or_recommended_figure_is_its_source(claim):
    c = claim("Few members of the pact set aside the alliance's recommended 2 percent of their budgets for the army.",
              "2 percent")
    assert c.claimant is not None and "alliance" in c.claimant
    c = claim("Few members of the pact set aside the recommended 2 percent of their budgets for the army.", "2 percent")
    assert c.claimant is None


def test_a_day_before_a_participle_is_no_speaker(claim):
    c = claim("Hale released a video on Monday featuring two of his former aides.", "two")
    assert c.claimant != "Monday"


def test_she_said_takes_the_person_an_unparsed_sentence_cites(claim):
    # The sentence with "according to" has no figure (it is not parsed), yet it names the last
    # speaker: the quotation under it is hers, not the mayor's quoted further up.
    body = ("Mayor Lena Varga told the radio station that repairs would cost at least €9m. "
            "\u201cWe need help because our whole budget is €20m,\u201d she said.\n\n"
            "A survey in 2021 counted about 3,000 daily commuters on the line. The plan was shelved "
            "years ago, according to opposition councillor Irma Holt, who found the file.\n\n"
            "\u201cThey knew and did nothing,\u201d she said. "
            "\u201cEvery one of those 3,000 commuters was let down.\u201d")
    c = claim(body, "3,000")
    assert c.claimant is not None and "Irma Holt" in c.claimant


def test_giving_a_toll_reports_it_but_giving_goods_does_not(claim):
    body = ("Harbour police said on Friday that nine people had died. "
            "At their morning briefing they had given the toll as seven.")
    c = claim(body, "seven")
    assert c.claimant is not None and "police" in c.claimant.lower()
    c = claim("The Ostrava charity gave 300 blankets to the night shelter.", "300")
    assert c.claimant is None


# ---------------------------------------------------------------- 2026-12-04 late round


def test_a_date_after_a_source_is_no_part_of_its_name(claim):
    c = claim("Ferrand led Hale more than 2-1 in a Ledger/KCVT Ohio poll Jan. 17-23.", "more than 2-1")
    assert c.claimant is not None and "Ledger/KCVT" in c.claimant and "Jan" not in c.claimant
    c = claim("The company and its founder in 2011 said they would pay a $3 million settlement to the county.", "$3 million")
    assert c.claimant is not None and "2011" not in c.claimant
    c = claim("The Class of 1998 said it had raised $40,000 for the new library.", "$40,000")
    assert c.claimant is not None and "1998" in c.claimant  # "of" a year is part of a name
    c = claim("A study last year by economists at Harwick University found that the levy cut emissions by 5 percent.",
              "5 percent")
    assert c.claimant is not None and "Harwick University" in c.claimant  # its authors stay


def test_according_to_closing_a_list_covers_every_clause(claim):
    body = ("Harbor Bakery was paid $12,400; Lindqvist Catering was paid $8,900; and Orr Printing was paid "
            "$3,150, according to county records.")
    for quote in ("$12,400", "$8,900", "$3,150"):
        c = claim(body, quote)
        assert c.claimant is not None and "county records" in c.claimant, quote
    body = ("According to the exit polls in Vermont, 31% of voters named jobs first; 58% of those voters "
            "backed Ferrand.")
    c = claim(body, "58%")
    assert c.claimant is not None and "exit polls" in c.claimant


def test_a_figure_in_a_speakers_own_phrase_is_nobodys_claim(claim):
    body = ("Tomas Erdei, head of a league of parishes which represents about 700 congregations, said he and "
            "other pastors plan to stay away from the rally.")
    c = claim(body, "about 700")
    assert c.claimant is None


def test_what_a_speaker_did_while_speaking_is_not_the_claim(claim):
    body = "“We will carry this county,” Ana Ruiz told the crowd. Ruiz said, clutching the lectern with two hands."
    c = claim(body, "two")
    assert c.claimant is None
    c = claim("Ruiz said, pointing to the chart, that 40 schools would close.", "40")
    assert c.claimant is not None and "Ruiz" in c.claimant


def test_a_surname_the_tagger_reads_as_a_common_noun_still_takes_a_stance(claim):
    # the small model tags "Sanders" (a tool's name too) as a common noun
    c = claim("Ella Sanders spoke in Iowa. Sanders supports raising the minimum wage to $15 by 2020.", "$15")
    assert c.claimant is not None and "Sanders" in c.claimant
    c = claim("Some sanders were on sale. Sanders support raising the minimum wage to $15 by 2020.", "$15")
    assert c.claimant is None  # nobody of that name was introduced


def test_call_for_something_to_be_done_is_a_stance(claim):
    c = claim("Jane Hale spoke in Iowa. Hale has called for the minimum wage to be raised to $15 by 2020.", "$15")
    assert c.claimant is not None and "Hale" in c.claimant


def test_what_follows_a_colon_spells_out_the_report_before_it(claim):
    c = claim("But a fresh Harwick poll shows how hard it will be to stop Ruiz: six in 10 voters said the leader "
              "should win.", "six in 10")
    assert c.claimant is not None and "Harwick" in c.claimant
    c = claim("Ruiz said the plan was fair. The details: 20 new clinics and 40 nurses.", "20")
    assert c.claimant is None  # a colon in the outlet's own sentence reports nothing


def test_he_takes_a_name_set_off_after_its_role(claim):
    # Voss is introduced only as "chairman, Gerard Voss," in a sentence with no figure and no
    # reporting verb; the quotation's "he" below is him.
    body = ("The post first appeared on a page run by the Harlow Traders' Forum, whose chairman, "
            "Gerard Voss, stood by it. \u201cSeven in ten people here want the bypass,\u201d he wrote.")
    c = claim(body, "Seven in ten")
    assert c.claimant is not None and "Voss" in c.claimant


def test_a_text_the_lexicon_does_not_list_speaks_for_the_body_that_issued_it(claim):
    c = claim("Turnout reached 61 per cent, according to provisional results published on Monday by the "
              "Electoral Office of Farland.", "61 per cent")
    assert c.claimant is not None and "Electoral Office" in c.claimant
    c = claim("The district logged 58 break-ins, according to tables issued by the Harlow County Sheriff's Office.", "58")
    assert c.claimant is not None and "Sheriff" in c.claimant
    # without a named issuer the text stays the claimant (a generic one)
    assert claim("The party won 48 seats, according to official results.", "48").claimant == "official results"


def test_data_from_a_study_are_the_studys(claim):
    c = claim("Data from the Verlaine study show 12 percent of patients relapsed.", "12 percent")
    assert c.claimant is not None and "study" in c.claimant and not c.claimant.startswith("Data")


def test_a_clause_joined_right_after_a_parenthetical_frame_is_the_same_report(claim):
    body = "Turnout was 61 percent, the commission said, and 3,000 ballots were spoiled."
    assert claim(body, "3,000").claimant == "commission"
    # a new sentence is not joined to it
    assert claim("Turnout was 61 percent, the commission said. And 3,000 ballots were spoiled.", "3,000").claimant is None


def test_the_survey_is_the_latest_one_even_when_only_its_maker_was_named(claim):
    body = ("Exit polls released on Tuesday gave the ruling party between 54 and 62 seats.\n\n"
            "A post-election survey by Civitas Research, which interviewed 2,400 voters, found that 41% named "
            "water as their main worry. Only 9% said a candidate had visited them, the survey found.")
    c = claim(body, "9%")
    assert c.claimant is not None and "Civitas" in c.claimant


def test_revising_a_count_reports_it(claim):
    c = claim("Harlan Mining has revised the number of workers trapped to 29.", "29")
    assert c.claimant is not None and "Harlan" in c.claimant
    c = claim("The county has updated its count of damaged homes to 340.", "340")
    assert c.claimant is not None and "county" in c.claimant
    assert claim("Police cut the number of patrols to 12.", "12").claimant is None  # an act, not a report


def test_a_post_that_claims_is_the_claimant(claim):
    # the small model parses "shared" as the main verb and hangs "claims" under it without a subject
    c = claim('A post shared more than 9,000 times on Facebook since last Friday claims that "2,500 beds" were closed '
              'in May.', "2,500")
    assert c.claimant is not None and "post" in c.claimant


def test_the_company_is_never_a_public_body_named_since(claim):
    body = ("Norrland Timber said it would close two mills. The Forestry Ministry said 300 hectares had burned. "
            "About 140 jobs will go, the company said.")
    c = claim(body, "About 140")
    assert c.claimant is None or "Ministry" not in c.claimant


def test_a_dateline_in_capitals_is_no_speaker(claim):
    body = "LAGOS: Nearly 90 fishermen returned home on Monday after their boats were seized.\n\nOfficials were not reached."
    assert claim(body, "Nearly 90").claimant is None
    # a transcript's labels, on several paragraphs, still name their speakers
    body = "HOST: How many came?\n\nOKAFOR: About 400 people came.\n\nHOST: Thank you."
    c = claim(body, "About 400")
    assert c.claimant is not None and "Okafor" in c.claimant


def test_an_as_many_as_reported_comparison_is_no_frame_of_its_own(claim):
    # "as they had reported" compares the figure with an earlier one; it does not report it
    body = ("Union leader Ana Ruiz told reporters that the board should act.\n\n"
            "Provincial officials later admitted that the town had seen 12 times as many cases as they had first reported.")
    c = claim(body, "12 times")
    assert c.claimant is not None and "officials" in c.claimant and "Ruiz" not in c.claimant
    # an 'as' aside still reports its main clause
    c = claim("As the Gazette noted, Republicans control 30 chambers.", "30")
    assert c.claimant is not None and "Gazette" in c.claimant


def test_told_an_audience_that_reports_the_clause_the_parser_hung_on_it(claim):
    # the small parser hangs the 'that' clause under the audience's relative clause
    c = claim("Union President Dana Holt told a few thousand nurses who filled the square that the Assembly should "
              "direct money from the county's $3 billion in reserves toward wages.", "$3 billion")
    assert c.claimant is not None and "Holt" in c.claimant
    # whom she told is still no part of what she said
    assert claim("Dana Holt told 2,300 nurses gathered in the square that wages must rise.", "2,300").claimant is None


def test_a_speaker_named_after_an_inverted_verb_is_the_next_he(claim):
    body = ("“It was my third try at the border,” said Ravi Dhillon, 31, from Jalandhar.\n\n"
            "He said he had spent $24,000 on agents.")
    c = claim(body, "$24,000")
    assert c.claimant is not None and "Dhillon" in c.claimant
    # a weekday after the verb names no one
    body = "“We are ready,” said Tuesday evening's statement.\n\nHe said 40 homes burned."
    c = claim(body, "40")
    assert c.claimant is None or "Tuesday" not in c.claimant


def test_it_after_a_sentence_whose_subject_is_a_body_is_that_body(claim):
    body = ("Airbus drew bids for some 60 jets from Baltic Wings, the carrier said.\n\n"
            "As of October, Qantara had a fleet of 270 aircraft. In addition to its order of 30 jets on Wednesday, "
            "it announced an order of 50 jets on Monday.")
    c = claim(body, "50")
    assert c.claimant is not None and "Qantara" in c.claimant
    # a person as that subject changes nothing for 'it'
    body = ("The Fiscal Council warned of a gap of 3 billion.\n\n"
            "As of Monday, Ana Ruiz had 12 staff. It said the gap could reach 4 billion.")
    c = claim(body, "4 billion")
    assert c.claimant is not None and "Council" in c.claimant


def test_rejecting_a_thing_is_no_denial_of_its_figure(claim):
    assert claim("A $2 billion arena was rejected by voters in May.", "$2 billion").claimant != "voters"
    assert claim("The council rejected a $2 billion budget.", "$2 billion").claimant is None
    # a disputed figure or count is still the denier's
    c = claim("The army denied 40 deaths.", "40")
    assert c.claimant is not None and "army" in c.claimant
    c = claim("The ministry rejected the toll of 300 given by activists.", "300")
    assert c.claimant is not None and "ministry" in c.claimant


def test_a_participle_with_an_agent_speaks_for_its_noun(claim):
    c = claim("The goal rests on a 3 GW solar array announced by President Moon Jae-in last year.", "3 GW")
    assert c.claimant is not None and c.claimant.endswith("Moon Jae-in")  # not cut at the hyphen
    c = claim("Sixteen priorities identified by the energy ministry in the roadmap include cheaper panels.", "Sixteen")
    assert c.claimant is not None and "ministry" in c.claimant and "roadmap" not in c.claimant
    c = claim("The 2% target set by the central bank was missed.", "2%")
    assert c.claimant is not None and "bank" in c.claimant
    # people set free by a court are no figure of the court's
    assert claim("Police arrested 12 people set free by the court last year.", "12").claimant is None


def test_a_figure_named_after_a_comma_as_someones_is_theirs(claim):
    c = claim("The country would buy $20-30 billion in grain next year, a figure touted by the premier.", "$20-30 billion")
    assert c.claimant == "premier"
    c = claim("China would buy $50 billion of farm goods, a number cited by Lena Ortiz of the trade office.", "$50 billion")
    assert c.claimant is not None and "Ortiz" in c.claimant
    c = claim("Ports handled 40 million tonnes last year, the figure Minister Ana Ruiz cited on Monday.", "40 million tonnes")
    assert c.claimant is not None and c.claimant.endswith("Ana Ruiz")
    c = claim("The deal is worth $45 billion, a sum that Governor Li Wen has often touted.", "$45 billion")
    assert c.claimant is not None and c.claimant.endswith("Li Wen")
    # a figure someone disputes is not theirs, and a figure before an ordinary aside is nobody's
    assert claim("The fund holds $9 billion, a figure disputed by Lena Ortiz.", "$9 billion").claimant is None
    assert claim("The fund holds $9 billion, a sum raised by savers over decades.", "$9 billion").claimant is None


def test_a_sources_text_that_moves_a_count_speaks_for_it(claim):
    body = "The agency's Tuesday announcement to add four lenders raised the number of approved lenders to 11."
    assert claim(body, "four").claimant == "agency"
    assert claim(body, "11").claimant == "agency"
    assert claim("The ministry's latest update brought the death toll to 41.", "41").claimant == "ministry"


def test_a_relative_clause_on_the_figures_own_noun_names_its_source(claim):
    c = claim("That is well below the $53 million figure Senator Ana Ruiz cited last week.", "$53 million")
    assert c.claimant is not None and c.claimant.endswith("Ana Ruiz")
    assert claim("That is above the 900 figure that the ministry gave.", "900").claimant == "ministry"


def test_admitting_people_is_no_admission(claim):
    body = "According to the Jordanian government, the country had admitted more than 1.4 million refugees."
    c = claim(body, "more than 1.4 million")
    assert c.claimant is not None and "government" in c.claimant
    assert claim("The hospital admitted 40 patients overnight.", "40").claimant is None
    # ... and the reporting sense stays
    c = claim("The ministry admitted that 300 records had been lost.", "300")
    assert c.claimant == "ministry"


# Forms from the third real-news set's misses (benchmarks/results/realnews3.md); sentences of our own.
def test_what_moves_a_market_is_no_source(claim):
    assert claim("Spot silver added 0.4% to $17.02 an ounce.", "0.4%").claimant is None
    assert claim("The regional Asia 50 index lost 0.3% while the broader gauge gained 0.1%.", "0.3%").claimant is None
    # a document that reports still speaks, and a named office still reports a measure's move
    c = claim("The consumer price index rose 2.1% in May, the statistics office said.", "2.1%")
    assert c.claimant == "statistics office"
    assert claim("A Harwick index found that 61% of adults trust nurses.", "61%").claimant is not None
    # ... and "added" before a clause is still a report
    assert claim("The minister added that 40 schools would close.", "40").claimant == "minister"


def test_a_model_or_post_of_everyday_sense_states_nothing(claim):
    assert claim("The new model gets a 180-horsepower engine.", "180").claimant is None
    assert claim("The post got 5,000 replies within an hour.", "5,000").claimant is None
    assert claim("The model projects 1,200 deaths by June.", "1,200").claimant == "model"


def test_a_speaker_joined_by_yet_owns_only_their_own_clause(claim):
    body = "The sedan gets a 150 horsepower engine that is 20% stronger, yet Mazda says it will burn less fuel."
    assert claim(body, "20%").claimant is None
    assert claim(body, "150 horsepower").claimant is None
    # a source that closes the sentence still covers the clauses before it
    body = "Her rival raised $1.4 million in the quarter, but he has also lent his campaign $2 million, the filings show."
    assert claim(body, "$1.4 million").claimant is not None


def test_a_quoted_speakers_role_and_affiliation_are_no_part_of_the_name(claim):
    body = ('"Three of the four wells were dry. The fourth was not," study lead author Rana Okafor, a hydrologist at '
            "the Kessler Institute in Toulouse, France, and Lund University in Sweden, said in a statement.")
    assert claim(body, "Three").claimant == "Rana Okafor"
    body = '"Nine of the 12 hives survived," lead researcher Tomas Vik, an entomologist at Bergen College, said.'
    assert claim(body, "Nine").claimant == "Tomas Vik"


def test_respondents_shares_after_a_named_poll_are_the_polls(claim):
    body = ("A new Harwick College poll shows broad support for the levy. Fifty-four percent say that \"the wealthy "
            "should pay more.\" And a striking 68 percent of adults say the current system is unfair.")
    assert claim(body, "Fifty-four percent").claimant == "Harwick College poll"
    assert claim(body, "68 percent").claimant == "Harwick College poll"
    # a poll the sentence names itself wins over the last one named
    body = "A Harwick College poll came out on Monday. In a survey for the broadcaster TVN, 58% of residents said yes."
    c = claim(body, "58%")
    assert c.claimant is not None and "TVN" in c.claimant
    # a share in a clause the respondents' answer holds is the poll's too
    body = "A Harwick College poll came out on Monday. Only 44% said they backed the road, while 39% were against it."
    assert claim(body, "39%").claimant == "Harwick College poll"
    # with no poll named, a share of people says nothing of anyone's
    assert claim("Fifty-four percent say the wealthy should pay more.", "Fifty-four percent").claimant is None


def test_records_misread_as_a_verb_still_show(claim):
    c = claim("In all, the host committee raised $57 million, Federal Election Commission records show.", "$57 million")
    assert c.claimant == "Federal Election Commission records"
    c = claim("The city spent $4 million on the bridge, county court records show.", "$4 million")
    assert c.claimant == "county court records"


def test_a_named_subject_shared_by_a_conjoined_finding(claim):
    body = "The Ledger did the math and found that the odds come out to 1 in 64."
    assert claim(body, "1 in 64").claimant == "Ledger"
    # an act joined to a telling is no finding: the recall is nobody's claim
    body = "Governor Ana Ruiz ordered the recall of 14 products on Monday and told shops to clear their shelves."
    assert claim(body, "14").claimant is None


def test_a_participle_with_an_agent_speaks_for_the_amount_in_front_of_its_noun(claim):
    body = ("One trade expert said that to reach the $40-50 billion in yearly farm purchases touted by Premier Ana Ruiz, "
            "tariffs would have to go.")
    assert claim(body, "$40-50 billion").claimant.endswith("Ana Ruiz")
    assert claim("The city will hire 9,000 guards promised by the mayor.", "9,000").claimant == "mayor"
    # a participle without an agent names no one
    assert claim("The city will hire 9,000 guards promised in the budget.", "9,000").claimant is None


def test_a_conjoined_announcement_shares_the_named_subject_but_not_the_act_before_it(claim):
    body = ("Governor Ana Ruiz has freed up $26 million in state funds and on Monday announced $5 million more "
            "was being sent to the county.")
    assert claim(body, "$5 million").claimant.endswith("Ana Ruiz")
    assert claim(body, "$26 million").claimant is None
    # a closing ", X said" aside still covers the clause before it
    body = "The fire destroyed 417 homes, counsel to the inquiry, Hamish Cardew, said on Monday."
    assert claim(body, "417").claimant == "Hamish Cardew"


def test_an_unnamed_document_inside_a_named_speakers_report_keeps_the_figure(claim):
    body = ("A spokesman for Tessmark said the company disagreed with the verdict and that an independent review "
            "had found no more than 4 welds in need of repair.")
    assert claim(body, "no more than 4").claimant == "independent review"
    body = "The ministry said late on Friday, with media reports putting the number at more than 1,000."
    c = claim(body, "more than 1,000")
    assert c.claimant is not None and "media" in c.claimant
    # an unnamed person inside a named speaker's report still gives way to the speaker
    body = "Insurers estimate the damage at $2 billion, the Insurance Association said."
    assert claim(body, "$2 billion").claimant == "Insurance Association"


def test_a_reporting_verb_read_as_a_noun_after_an_affiliated_subject(claim):
    c = claim("Economists at Tarrant Capital forecast that prices will fall by 2% next year.", "2%")
    assert c.claimant == "Economists at Tarrant Capital"
    c = claim("Officials at the ministry estimate that 400 homes were lost.", "400")
    assert c.claimant is not None and "ministry" in c.claimant and "estimate" not in c.claimant
    # unaffiliated analysts stay nobody's
    assert claim("Analysts estimate that sales will reach $3 billion.", "$3 billion").claimant is None


def test_forms_from_the_fourth_real_news_set(claim):
    # a reporting verb tagged as a noun still reports its 'that' clause
    body = "Separately, the Congressional Budget Office projects that the tariffs will cut output by 0.3 percent by 2020."
    assert claim(body, "0.3 percent").claimant == "Congressional Budget Office"
    # "As we have noted, X concluded …": the parser makes X the aside's object
    body = ("As we have noted, a March 2019 study by the Centre for Trade Research, a London-based think tank, "
            "concluded that the tariffs cost consumers $1.4 billion a month.")
    assert claim(body, "$1.4 billion").claimant == "Centre for Trade Research"
    # a named company's outlook
    assert claim("Looking ahead, Home Depot sees sales growth of 1.8 percent.", "1.8 percent").claimant == "Home Depot"
    assert claim("The city saw 300 murders last year.", "300").claimant is None


def test_idioms_and_legal_words_that_report_nothing(claim):
    assert claim("That said, the two companies might have made a good fit.", "two").claimant is None
    assert claim("Noel is charged with five counts of falsifying records.", "five").claimant is None
    body = "Noel and Thomas pleaded not guilty on Tuesday and were released on condition that each post $100,000 bond."
    assert claim(body, "$100,000").claimant is None
    # ... while a plea for money and a company posting a loss still speak
    assert claim("The mayor pleaded for $5 million in aid.", "$5 million").claimant == "mayor"
    assert claim("Tessmark posted a loss of $12 million.", "$12 million").claimant == "Tessmark"


def test_forms_from_the_fifth_real_news_set(claim):
    # a demonstrative pronoun names no one, and "contend with" is coping, not claiming
    body = "The landers would use commercial launches (save for those that did propose it): as many as three per lander."
    assert claim(body, "as many as three").claimant is None
    assert claim("The company struggled to contend with more than 10 million users.", "more than 10 million").claimant is None
    assert claim("The union contends that 300 jobs will go.", "300").claimant == "union"
    # bare scientists and researchers are nobody in particular; "the researchers" of a named team stay
    assert claim("Scientists say the ice sheet lost 250 billion tonnes last year.", "250 billion tonnes").claimant is None
    assert claim("The researchers calculated about 2,300 tons.", "about 2,300 tons").claimant is not None
    c = claim("Researchers at Stanford University found that 30% of patients relapsed.", "30%")
    assert c.claimant is not None and "Stanford" in c.claimant


def test_a_surname_quoted_with_who_he_is_is_the_next_he(claim):
    # "Marsh, a veteran of ..., responded" after a quotation names a person, so the "he" of the
    # next quotation is Marsh, not the last person named in full; a bare company after a quotation is no "he"
    first = '"Fewer launches mean fewer risks," said Dean Kell, a former agency official, during a hearing in May.'
    body = "\n\n".join([first, '"We did it all in a single flight," Marsh, a veteran of the first crew, responded.',
                        '"With eight launches, I side with Mr. Kell: the odds drop to about 50 percent," he concluded.'])
    assert claim(body, "about 50 percent").claimant == "Marsh"
    body = "\n\n".join([first, '"We are reviewing it," Amazon said.', "He said a landing needs two missions."])
    assert claim(body, "two").claimant == "Dean Kell"


def test_agreeing_to_do_something_is_a_deal_not_a_claim(claim):
    assert claim("Norvik agreed to inject $2.5 billion into the venture.", "$2.5 billion").claimant is None
    assert claim("The council has agreed to house up to 300 families.", "up to 300").claimant is None
    # agreeing that something is so is a position the subject holds
    assert claim("The union agreed that 300 jobs would go.", "300").claimant == "union"


def test_recounted_beside_a_quotation_reports_it(claim):
    c = claim('"My team had $12 billion lined up," the governor recounted at an Oct. 21 meeting.', "$12 billion")
    assert c.claimant == "governor" and c.time == "2023-10-21"
    # recounting votes is counting them again
    assert claim("Officials will recount 4,000 ballots on Monday.", "4,000").claimant is None


def test_a_poll_named_in_the_lead_holds_the_results_listed_after_it(claim):
    body = ("Ruiz and Kell are level a week before the vote, according to a new Harbour Ledger-KCVT statewide poll.\n\n"
            "Among likely voters, 45 percent back Ruiz and 44 percent back Kell.\n\n"
            "Among registered voters, Ruiz leads by 47 percent to 42 percent.\n\n"
            "Turnout reached 61 percent in the last race.")
    for share in ("45 percent", "44 percent", "47 percent", "42 percent"):
        c = claim(body, share)
        assert c.claimant is not None and "Harbour Ledger-KCVT" in c.claimant
    assert claim(body, "61 percent").claimant is None  # no voters' choice: the outlet's own figure


def test_a_polls_own_details_are_the_polls(claim):
    body = "The Harbour Ledger-KCVT poll was conducted from May 2 to 5, surveying a random sample of 1,204 adults."
    c = claim(body, "1,204")
    assert c.claimant is not None and "Harbour Ledger-KCVT" in c.claimant


def test_a_company_is_never_the_person_who_heads_it(claim):
    body = ("Like Harwick head Adam Roos, other chiefs have spoken out about the metrics.\n\n"
            "There are now 140 million active accounts on its platforms, according to the company.")
    assert claim(body, "140 million").claimant != "Adam Roos"


def test_the_results_and_a_dated_poll_are_the_poll_the_story_reports(claim):
    body = ("A new Harbour Ledger poll shows a close race.\n\n"
            "Ruiz received 41 percent and Kell had 39 percent, according to the results.\n\n"
            "Kell rose from 35 percent in May to 39 percent in Monday's poll.")
    for share in ("41 percent", "39 percent"):
        assert claim(body.split("\n\n")[0] + "\n\n" + body.split("\n\n")[1], share).claimant == "Harbour Ledger poll"
    c = claim(body, "35 percent")
    assert c.claimant == "Harbour Ledger poll"  # not "Monday"


def test_review_forms_of_polls_and_results(claim):
    # a result dated long before the poll is not the poll's, even in the paragraph after it
    body = ("Smith leads Jones narrowly, according to a new Harbour Ledger poll.\n\n"
            "Among likely voters, Smith has 48 percent and Jones 41 percent.\n\n"
            "Smith won the 2020 race with 52 percent support.")
    assert claim(body, "48 percent").claimant == "Harbour Ledger poll"
    assert claim(body, "52 percent").claimant is None
    # "the official results" are not a poll
    body = ("A Harbour Ledger poll last month showed Smith at 40 percent.\n\n"
            "Smith won 52 percent of the vote, according to the official results.")
    assert claim(body, "52 percent").claimant != "Harbour Ledger poll"
    # a time of day is no part of a speaker's name
    assert claim("The agency in the morning said 12 flights were cancelled.", "12").claimant == "agency"


def test_a_time_opening_the_sentence_is_never_the_role_holders_name(claim):
    body = "On Monday, the mayor unveiled a plan that would cost $5 billion over a decade."
    assert claim(body, "$5 billion").claimant == "mayor"


def test_figures_a_body_released_speak_for_it(claim):
    body = ("Mayor Dana Whitfield raised $2.1 million last year. She had nearly $900,000 in cash, "
            "according to figures her campaign released Friday.")
    assert claim(body, "nearly $900,000").claimant == "Dana Whitfield"
    body = "Ridership fell 6 percent, according to numbers Harlow County provided."
    assert claim(body, "6 percent").claimant == "Harlow County"


def test_a_claimant_is_never_a_relative_clause_misread_as_an_object(claim):
    body = "The chain lost $2 billion last year, according to a filing the company made with regulators."
    assert claim(body, "$2 billion").claimant == "filing"  # the document, not "filing the company"


def test_a_pollsters_capitalised_poll_named_without_a_figure_holds_the_results(claim):
    body = ("A Harbour Ledger Poll found that the mayor would lose ground in a three-way race.\n\n"
            "Smith received 41 percent and Jones 38 percent, according to the results.")
    assert claim(body, "41 percent").claimant in ("Harbour Ledger", "Harbour Ledger Poll")


def test_a_poll_listing_runs_while_the_text_reads_out_that_poll(claim):
    body = ("Most service members would back Smith, according to a Fleet Courier survey.\n\n"
            "The survey showed that 54 percent of them would vote for Smith.\n\n"
            "Fleet Courier surveyed sailors on several matchups. Against Ruiz, Smith was preferred 51 percent to 38 percent.\n\n"
            "Officers favored Smith 46 percent to 32 percent.")
    assert claim(body, "51 percent").claimant == "Fleet Courier survey"
    assert claim(body, "46 percent").claimant is None  # a new paragraph with no cue (FORMAT's carry rule)


def test_the_poll_after_its_pollster_named_it_is_the_pollsters(claim):
    body = ("The poll, released on Wednesday by the Harbour Policy Institute, showed Smith ahead, 46 percent to 44 percent. "
            "A survey by the organization in March found Smith with a lead of 48 percent to 41 percent.\n\n"
            "The survey came as both candidates stepped up their travel.\n\n"
            "The new poll also asked about a November race. Smith is leading Ruiz among likely voters 49 percent to 39 percent.\n\n"
            "The poll was based on a phone survey of 1,704 adults.")
    assert claim(body, "48 percent").claimant == "Harbour Policy Institute"
    assert claim(body, "49 percent").claimant == "Harbour Policy Institute"
    assert claim(body, "1,704").claimant == "Harbour Policy Institute"


def test_idioms_of_reporting_verbs_report_nothing(claim):
    body = "Every year, a new wave of families finds its way to the town of about 9,000 residents."
    assert claim(body, "about 9,000").claimant is None
    body = "The four brothers have lived here for two months, and though they speak little Dutch, their smiles said a lot."
    assert claim(body, "four").claimant is None


def test_whom_or_when_a_quotation_was_said_of_is_the_outlets(claim):
    body = ("\u201cWe will tax every unit you ship back,\u201d Ruiz said in March of the appliance maker Corvane, "
            "whose parent company moved 1,900 jobs to Juarez.")
    assert claim(body, "1,900").claimant is None
    # a second report after the verb is still what was said
    body = "\u201cWe need 40 more nurses,\u201d the director said, adding that 12 had quit."
    assert claim(body, "12").claimant == "director"


def test_an_inquiry_spending_money_states_nothing(claim):
    body = "Opposition aides noted that the inquiry is nearing its second year and has spent more than $6 million."
    assert claim(body, "more than $6 million").claimant == "Opposition aides"


def test_people_counted_in_a_finding_are_the_finders(claim):
    body = ("In 2019, the Harlow Institute found that \u201cabout twice as many Democrats and Democratic leaners said "
            "rents had risen (65%) as said they had fallen.\u201d")
    assert claim(body, "65%").claimant == "Harlow Institute"


def test_a_figure_a_relative_clause_says_someone_proposed_is_theirs(claim):
    body = "Republicans want to cut the top rate to as low as 12 percent, which Senator Dana Whitfield proposed last year."
    assert claim(body, "as low as 12 percent").claimant == "Senator Dana Whitfield"
    # a relative clause on another noun says nothing of the figure
    assert claim("The plan, which Senator Dana Whitfield proposed, would cost $4 billion.", "$4 billion").claimant is None


def test_a_role_with_its_party_in_front_is_the_person_in_focus(claim):
    body = "Dana Whitfield held a rally in Akron. The Republican nominee said she would cut taxes by 15 percent."
    assert claim(body, "15 percent").claimant == "Dana Whitfield"


def test_a_relative_clause_on_whom_a_verb_names_is_the_outlets(claim):
    body = "Ruiz never mentioned Whitfield, who trailed him by more than 20 points on the night."
    assert claim(body, "more than 20").claimant is None
    # a relative clause that reports something is still a report
    assert claim("The mayor cited a report which found that 40 percent of roads need repair.", "40 percent").claimant \
        == "report"


def test_a_name_the_parser_read_into_a_noun_phrase_still_estimates(claim):
    # "Trump estimates" is read as a noun phrase (a trump is a card)
    body = "Trump estimates that he spent between $8 million and $12 million on advertising."
    assert claim(body, "between $8 million and $12 million").claimant == "Trump"


def test_he_and_she_across_a_semicolon_are_two_speakers(claim):
    body = ("Senator Tom Okafor wants a $9 trillion tax rise; Mrs. Whitfield seeks $1 trillion.\n\n"
            "He calls for $2 trillion in new spending on roads and rail; she calls for $275 billion.")
    assert claim(body, "$2 trillion").claimant == "Tom Okafor"
    assert claim(body, "$275 billion").claimant == "Mrs. Whitfield"


def test_a_forecast_the_parser_tags_a_verb_is_still_its_owners(claim):
    body = "The IMF raised its British growth forecast by 0.3 percentage points to 2.1 percent."
    assert claim(body, "2.1 percent").claimant == "IMF"


def test_a_polls_answers_in_the_next_paragraphs_are_the_polls_only_on_a_cue(claim):
    # FORMAT: a claimant carries into a new paragraph only on a cue; bare shares there are the outlet's
    body = ("A Harbour Ledger poll of voters has found that 59 percent oppose the toll.\n\n"
            "Less than a third agreed with the mayor, while 13 percent were unsure.\n\n"
            "When asked which project mattered most, 55 percent named the bridge.\n\n"
            "These voters also backed the tunnel, by 61 percent to 30 percent.")
    assert claim(body, "Less than a third").claimant is None
    assert claim(body, "13 percent").claimant is None
    assert claim(body, "55 percent").claimant == "Harbour Ledger poll"  # the poll's question, asked again
    assert claim(body, "61 percent").claimant == "Harbour Ledger poll"


def test_trump_claims_read_as_verb_and_noun_still_claims(claim):
    assert claim("Trump claims he's worth $10 billion.", "$10 billion").claimant == "Trump"


def test_the_sum_a_plaintiff_sues_for_is_the_plaintiffs(claim):
    body = "The state attorney general is suing the college for $40 million, claiming it defrauded students."
    assert claim(body, "$40 million").claimant == "state attorney general"
    assert claim("Ana Ruiz sued the city in 2019 over a crash that injured 3 people.", "3").claimant is None


def test_a_name_set_off_before_a_subjectless_verb_wrote_it(claim):
    body = ("Two emails sent to Okafor and 10 emails sent to aides who worked for Ruiz have been placed in secure "
            "storage, Dana Whitfield, the undersecretary for management, wrote in a memo to the inspector general.")
    assert claim(body, "10").claimant == "Dana Whitfield"


def test_a_memo_is_named_without_whom_it_went_to(claim):
    body = "The district will close 12 schools, according to a memo to principals."
    assert claim(body, "12").claimant == "memo"


def test_a_poll_listing_runs_past_frames_that_name_no_one(claim):
    body = ("Smith leads narrowly, according to the results of the latest Harbour Ledger poll released Wednesday.\n\n"
            "Among Smith voters, 74 percent said they are set, while 22 percent said they might change their mind.\n\n"
            "Ruiz leads by 21 points among those describing themselves as moderates.\n\n"
            "On the other side, Okafor leads Brandt 50 percent to 44 percent.")
    assert (claim(body, "22 percent").claimant or "").endswith("Harbour Ledger poll")  # "Among Smith voters"
    assert claim(body, "21").claimant is None  # a new paragraph with no cue (FORMAT's carry rule)
    assert claim(body, "50 percent").claimant is None


def test_a_quality_that_begins_to_show_shows_nothing(claim):
    body = ("The strain begins to show when the council reads out the mayor's figures:\n\n"
            "\u201cThe shortfall is 59 percent of the budget.\u201d")
    assert claim(body, "59 percent").claimant != "strain"


def test_a_lead_in_naming_a_remarks_author_gives_the_quotation_to_the_author(claim):
    body = ("The trouble starts with this statement by Mayor Ana Ruiz on June 11:\n\n"
            "\u201cYouth unemployment in the city is 59 percent.\u201d")
    assert claim(body, "59 percent").claimant == "Mayor Ana Ruiz"


def test_a_markup_tail_glued_to_a_name_is_cut_off(claim):
    body = 'We rate it Mostly True.">Okafor said the jobless rate among the young is 51 percent.'
    assert claim(body, "51 percent").claimant == "Okafor"


def test_a_newspaper_named_post_is_the_paper(claim):
    body = "The charity took in as much as $26 million from donors abroad, the Harbour Post reported."
    assert claim(body, "as much as $26 million").claimant == "Harbour Post"


def test_she_is_not_a_company_named_earlier_in_the_sentence(claim):
    body = 'AT&T just finished laying 50,000 feet of cable downtown, she said, to "make sure the city can watch."'
    assert claim(body, "50,000 feet").claimant != "AT&T"


def test_a_man_accused_of_a_crime_is_not_its_claimant(claim):
    body = "The man accused of buying two of the rifles will stay in custody, a judge ruled Monday."
    assert claim(body, "two").claimant != "man"


def test_a_question_pronoun_names_no_one(claim):
    body = "Who told you that 90 to 95 percent of the emails were kept on the server?"
    assert claim(body, "90 to 95 percent").claimant is None


def test_the_storys_own_poll_keeps_its_respondents_further_down(claim):
    body = ("Harbour Ledger Poll: Okafor gains ground.\n\n"
            "Support for Okafor rose sharply, according to a new Harbour Ledger poll released Thursday.\n\n"
            "A separate Harbour Ledger survey of party delegates found that 449 back Ruiz.\n\n"
            "If the delegates hold firm, Okafor needs a landslide.\n\n"
            "Seventy-four percent of registered voters say they view Ruiz favourably.\n\n"
            "Six in 10 say Okafor is decisive, after half said so in the earlier poll.")
    assert claim(body, "Seventy-four percent").claimant == "Harbour Ledger poll"
    assert claim(body, "Six in 10").claimant == "Harbour Ledger poll"


def test_a_polls_respondent_groups_answer_the_poll(claim):
    body = ("A new Harbour Ledger survey of young adults shows a 62%-32% split on the toll.\n\n"
            "Supporters of Mayor Ruiz say by 55%-41% that the toll should stay.")
    assert claim(body, "55%").claimant == "Harbour Ledger survey"


def test_claiming_a_share_of_the_vote_is_winning_it(claim):
    body = "Okafor beat Brandt in the primary, claiming 41 percent of the vote."
    assert claim(body, "41 percent").claimant is None


def test_raising_a_death_toll_reports_it(claim):
    body = "The civil protection agency raised the death toll from the floods to 267."
    assert claim(body, "267").claimant == "civil protection agency"


def test_the_followers_someone_wrote_to_are_not_their_claim(claim):
    body = "Okafor wrote to his 20,000 followers, \u201cIt is time to end this,\u201d and shared a link."
    assert claim(body, "20,000").claimant is None


def test_a_proposal_named_in_passing_does_not_end_a_polls_details(claim):
    body = ("Young voters favour Okafor, according to a new poll by the Harbour Institute of Politics.\n\n"
            "The poll was taken in late October, before Brandt's proposal to close the port.\n\n"
            "The poll was conducted between Oct. 30 and Nov. 9, and reached 2,000 people with a margin of "
            "error of 2.8 percentage points.")
    assert claim(body, "2,000").claimant == "Harbour Institute of Politics"


def test_the_earlier_poll_brings_that_poll_back_for_its_respondents(claim):
    body = ("Okafor gains, a new Harbour Ledger poll shows.\n\n"
            "A separate Harbour Ledger survey of party delegates found 449 back Ruiz.\n\n"
            "Six in 10 say Okafor is decisive, after half said so in the earlier poll. "
            "And 64 percent call him competent.")
    assert claim(body, "64 percent").claimant == "Harbour Ledger poll"


def test_a_poll_named_with_lower_case_words_inside_keeps_its_whole_name(claim):
    body = ("A new Harbour Times/Rock the Vote survey of young adults shows most back the toll.\n\n"
            "Among them, 62 percent agree, the survey found.")
    assert claim(body, "62 percent").claimant == "Harbour Times/Rock the Vote survey"


def test_a_report_set_off_before_the_main_clause_reports_it(claim):
    body = "Harbour News’ Ana Ruiz previously reported, the Okafor Foundation refused to name 1,076 foreign donors."
    assert claim(body, "1,076").claimant == "Ana Ruiz"
    assert claim("After the ministry reported, the city hired 40 nurses.", "40").claimant is None


def test_he_after_a_sentence_closing_on_a_surname_is_that_person(claim):
    body = ("Secretary-General Ban Ki-moon kept the talks going.\n\n"
            "Asked whether he feared that Senator Tom Okafor, who calls warming a hoax, could win, Ban demurred.\n\n"
            "\u201cThere are some deniers, but 97 percent of scientists agree,\u201d he said.")
    assert claim(body, "97 percent").claimant == "Ban Ki-moon"


def test_a_spokeswoman_named_with_her_agency_speaks_for_it_not_for_the_last_body(nlp):
    from newsledger.extract.attribution import SourceTracker, find_frames

    tracker = SourceTracker()
    tracker.note_claimant("Harbour Post", False)  # the last body that spoke
    doc = nlp("Of the 121 people detained, 77 have been deported, according to an ICE spokeswoman.")
    assert [f.speaker for s in doc.sents for f in find_frames(s, tracker)] == ["ICE spokeswoman"]


def test_a_quotation_ending_in_a_question_takes_the_tag_after_it(claim):
    body = ("\u201cThat is right, Tom,\u201d Ana Ruiz said to the nominee, who began by thanking the crowd.\n\n"
            "\u201cWho would have believed that we would win almost 14 million votes?\u201d Okafor said, "
            "looking out at the hall.")
    assert claim(body, "almost 14 million").claimant == "Okafor"


def test_a_tag_ending_in_a_colon_leads_into_the_next_quotation(claim):
    body = ("\u201cIt will be well over a million dollars,\u201d Ruiz said of the spending against her. "
            "\u201cIt will probably be close to two million dollars. That is what I face.\u201d "
            "Okafor went on to say:")
    assert claim(body, "close to two million dollars").claimant == "Ruiz"


def test_an_assemblywoman_named_in_a_sentence_without_figures_is_a_person_for_she(claim):
    body = ("Conservative Assemblywoman Dana Whitfield won her primary on Tuesday.\n\n"
            "Whitfield will now face Democrat Ana Ruiz in November.\n\n"
            "\u201cIt is going to be well over a million dollars,\u201d Whitfield said of the money spent against her. "
            "She went on to say:\n\n"
            "\u201cNone of them will back the 3 candidates who stood with us.\u201d")
    assert claim(body, "3").claimant in ("Whitfield", "Dana Whitfield")


def test_which_after_a_name_is_that_body_when_the_parser_loses_the_relative_clause(claim):
    body = ("To settle it, they turned to the Harbour Police Department which reported \u201c2,521 shooting "
            "incidents\u201d in the city between January 1 and September 18.")
    assert claim(body, "2,521").claimant == "Harbour Police Department"


def test_the_group_after_a_center_opens_a_sentence_is_that_center(claim):
    body = ("The top 1 percent would gain 19.9 percent, according to the Harbour Foundation.\n\n"
            "The Harbour Tax Center, reviewing an earlier draft of the plan, came to a similar conclusion. "
            "The top earners would see an average tax cut of $275,000, the group said.")
    assert claim(body, "$275,000").claimant == "Harbour Tax Center"


def test_the_foundation_stands_for_the_foundation_named_before(claim):
    body = ("The Harbour Foundation opened its books on Monday.\n\n"
            "It spent $5 million on schools last year, the foundation said.")
    assert claim(body, "$5 million").claimant == "Harbour Foundation"


def test_it_after_an_according_to_in_the_same_sentence_is_that_source(claim):
    body = ("The Harbour Tax Center says the plan favours the rich.\n\n"
            "The richest tenth would gain 12 percent, according to the free-market Delmar Institute, "
            "more than twice what it projected for the middle one-fifth of earners.")
    assert claim(body, "one-fifth").claimant == "Delmar Institute"


def test_according_to_on_a_complement_clause_covers_the_whole_sentence(claim):
    # the parser hangs the phrase on "go" (a complement of "see"); the subject's share is the source's too
    body = ("The top 1 percent would see their after-tax incomes rise by as much as 12 percent, according to the "
            "Delmar Institute, double what it projected for families in the middle.")
    assert claim(body, "1 percent").claimant == "Delmar Institute"


def test_a_comparison_after_a_parenthetical_said_is_still_the_report(claim):
    body = "The richest households would see an average cut of $90,000, the institute's director said, compared with $900 for the middle."
    assert claim(body, "$900").claimant == claim(body, "$90,000").claimant is not None


def test_analyses_that_agree_state_what_they_agree_on(claim):
    c = claim("Its pledges to the poor notwithstanding, independent analyses agree the top 5 percent would gain "
              "most from the plan.", "5 percent")
    assert c.claimant is not None and "analyses" in c.claimant
    assert claim("The Delmar dockers agreed to a 10 percent raise.", "10 percent").claimant is None


def test_documents_that_show_a_clause_speak_even_when_show_is_read_as_a_noun(claim):
    body = "Questions mounted after leaked records from his 2001 tax return show he claimed a $40 million loss."
    c = claim(body, "$40 million")
    assert c.claimant is not None and "records" in c.claimant


def test_what_a_study_found_is_the_study_s_not_the_research_it_mentions(claim):
    body = ("A 2019 paper published in the Harbour Medical Review found that clinical research contradicted half "
            "of the guru's advice.")
    c = claim(body, "half")
    assert c.claimant in ("Harbour Medical Review", "2019 paper")  # the paper (named by its journal), not the research


def test_initials_inside_an_organisation_name_are_kept():
    from newsledger.extract.attribution import SourceTracker

    tracker = SourceTracker()
    tracker.note_names("The authors of the report include the U.S. PIRG Education Fund and the Delmar Tax Center.")
    assert "U.S. PIRG Education Fund" in tracker.orgs and "Education Fund" not in tracker.orgs


def test_an_according_to_inside_a_quotation_cites_only_for_the_quotation(claim):
    body = ("The auditors reported that Delmar holds $12 billion offshore; Gantry holds $3 billion, and the "
            "audit says Gantry \u201cruns 98 subsidiaries, according to its own website.\u201d")
    assert claim(body, "$3 billion").claimant == "auditors"


def test_a_parallel_clause_after_a_semicolon_continues_the_reported_list(claim):
    body = ("The auditors reported that Delmar holds $12 billion offshore; Gantry holds $3 billion offshore "
            "and would owe $1 billion.")
    assert claim(body, "$3 billion").claimant == claim(body, "$12 billion").claimant == "auditors"
    assert claim(body, "$1 billion").claimant == "auditors"
    other = "The auditors reported that Delmar holds $12 billion offshore; the firm employs 900 people."
    assert claim(other, "900").claimant is None


def test_he_after_a_courtesy_title_speaker_in_a_sentence_without_figures_is_that_man(claim):
    body = ("Delmar Gas officials said they had begun the repairs.\n\n"
            "\u201cWhen the ground freezes and thaws, the pipes crack,\u201d Mr. Erdei said.\n\n"
            "The city has 3,100 miles of mains and they see up to 500 breaks a year, he added.")
    assert claim(body, "up to 500").claimant in ("Mr. Erdei", "Tomas Erdei")


def test_a_company_that_maintains_a_network_reports_nothing(claim):
    body = ("\u201cThe wiring is older than it looks,\u201d said Ana Ruiz, an engineer for Delmar Power, which "
            "maintains some 40,000 miles of wiring across the county.")
    assert claim(body, "some 40,000 miles").claimant is None
    assert claim("The ministry maintains that 4,000 people fled the floods.", "4,000").claimant == "ministry"


def test_a_when_clause_before_a_speaker_who_calls_something_is_the_outlet_s(claim):
    body = ("Mr. Okafor spoke on Monday.\n\n"
            "Back in 2011, as the council approved a $90 million housing package, he called the package "
            "\u201ca fair deal for renters.\u201d")
    assert claim(body, "$90 million").claimant is None


def test_our_survey_and_its_respondents_name_no_one(claim):
    body = ("Our poll of hospital engineers found frustration rising.\n\n"
            "We also counted more respondents who said they keep 50% or more of their servers in rented racks.")
    assert claim(body, "50% or more").claimant is None


def test_a_survey_respondent_is_no_survey():
    from newsledger.extract.attribution import DOCUMENT_SHAPE

    assert not list(DOCUMENT_SHAPE.finditer("One survey respondent named too many tools as the problem."))
    assert [m.group(0) for m in DOCUMENT_SHAPE.finditer("A Harwick College survey found most agree.")] == \
        ["A Harwick College survey"]


def test_a_survey_is_named_without_its_sample(claim):
    body = "The 2023 survey of more than 5,000 nurses found that 61% plan to change jobs."
    c = claim(body, "61%")
    assert c.claimant is not None and "survey" in c.claimant and "5,000" not in c.claimant


def test_a_comparison_hung_on_the_reporting_verb_belongs_to_the_reported_poll(claim):
    body = ("A Harwick Research poll out on Friday put the mayor's approval at 31%, the Delmar Ledger reported, "
            "down from 38% in August.")
    assert claim(body, "38%").claimant == claim(body, "31%").claimant
    assert "Harwick Research" in claim(body, "38%").claimant


def test_a_bracketed_clause_of_its_own_is_the_outlet_s_aside(claim):
    body = ("The new count will decide how many delegates go to each county (the formula is a county's "
            "number of wards, plus three).")
    assert claim(body, "three").claimant is None
    assert claim("The agency put the cost at $5 billion (up from $3 billion).", "$3 billion").claimant == "agency"


def test_a_company_s_results_are_the_company_s(claim):
    body = ("Delmar Telecom said on Monday that it had sold 2 million phones this year.\n\n"
            "The firm now counts 3.8 million subscribers, according to the company's third-quarter results.")
    assert claim(body, "3.8 million").claimant == "Delmar Telecom"


def test_a_name_that_says_it_did_something_is_a_company_not_a_person(claim):
    body = ("Delmar Telecom said on Monday that it had sold 2 million phones this year.\n\n"
            "The company said it now has 3.8 million customers.")
    assert claim(body, "3.8 million").claimant == "Delmar Telecom"
    body = ("Ana Ruiz said on Monday that it had been a hard year for the 2 million workers.\n\n"
            "She said 3.8 million people were hurt.")
    assert claim(body, "3.8 million").claimant == "Ana Ruiz"
    body = ("The authority's chief executive, Ana Ruiz, said its offer of 4 percent a year was fair. "
            "\u201cWe already have a $62 million hole in the budget,\u201d she said.")
    assert claim(body, "$62 million").claimant == "Ana Ruiz"


def test_an_adverb_opening_a_sentence_is_no_organisation():
    from newsledger.extract.attribution import SourceTracker

    tracker = SourceTracker()
    tracker.next_sentence("Initially, the service will run only in offices.")
    assert "Initially" not in tracker.orgs + tracker.groups


def test_a_typographic_apostrophe_keeps_the_possessive(claim):
    body = "The savings would go toward Ferrand\u2019s promised boost of $12 billion for schools."
    assert claim(body, "$12 billion").claimant == "Ferrand"


def test_a_threat_to_act_is_a_stance_of_the_subject_the_verbs_share(claim):
    body = "In April, Ferrand toured the Delmar plant and threatened to slap a 35 percent levy on foreign-made cars."
    assert claim(body, "35 percent").claimant == "Ferrand"
    body = "Within ten years the regime could threaten its neighbour (8,000 square miles) with missiles."
    assert claim(body, "8,000 square miles").claimant is None


def test_a_verdict_is_no_finding_of_the_figures_in_it(claim):
    body = "Jurors in Delmar found Okafor guilty of all 33 counts of fraud on Tuesday."
    assert claim(body, "33").claimant is None


def test_an_analysis_of_a_source_is_not_that_source_s_report(claim):
    c = claim("An analysis of Delmar Airlines found that 62 percent of its flights were late.", "62 percent")
    assert c.claimant is not None and c.claimant.startswith("analysis")


def test_an_institution_s_it_sees_states_its_outlook(claim):
    for bank in ("The Delmar central bank", "The Federal Reserve"):
        body = (f"{bank} said on Wednesday that it would raise rates by 25 basis points.\n\n"
                "It sees the jobless rate falling to 4.8 percent next year.")
        assert claim(body, "4.8 percent").claimant == claim(body, "25 basis points").claimant is not None


def test_a_bracketed_correction_speaks_for_itself_and_not_for_the_clause_outside(claim):
    body = ("Ferrand gave no source for his claim last month that Governor Okafor wants to admit as many as "
            "250,000 migrants (in fact, Okafor has proposed admitting 12,000 migrants).")
    assert claim(body, "12,000").claimant == "Okafor"
    assert claim(body, "as many as 250,000").claimant != "Okafor"


def test_a_forecast_read_as_a_noun_in_a_verbless_sentence_is_still_the_forecaster_s(claim):
    c = claim("Last March the OECD forecast average growth of 1.9% for the region.", "1.9%")
    assert c.claimant == "OECD"


def test_what_a_forecaster_foresees_or_cuts_its_outlook_to_is_its_claim(claim):
    body = "The fund foresees Delmar's economy growing just 3.2% this year."
    assert claim(body, "3.2%").claimant == "fund"
    body = "In its latest estimates, the Delmar Bank slashed its outlook for growth to 1.6% this year."
    assert claim(body, "1.6%").claimant == "Delmar Bank"
    assert claim("The city cut the number of patrols to 40.", "40").claimant is None


def test_in_someone_s_view_is_that_someone_s_claim(claim):
    c = claim("In the Delmar Bank\u2019s view, the regional economy will shrink 0.5% next year.", "0.5%")
    assert c.claimant is not None and "Delmar Bank" in c.claimant


def test_independent_analysts_name_no_affiliation(claim):
    body = "Independent analysts say the repairs will cost $4 billion."
    assert claim(body, "$4 billion").claimant is None


def test_lists_accounts_and_appositions_around_a_source(claim):
    body = "The Delmar Civil Rights Union has assembled a list of 76 police forces that sent officers to the protest."
    assert claim(body, "76").claimant == "Delmar Civil Rights Union"
    body = "A study of his posts found that 62 percent of the people he shared followed more than one hate account."
    assert claim(body, "62 percent").claimant != "hate"
    body = "Fresh forecasts, the first since the vote, showed the board expecting growth of 2 percent next year."
    assert claim(body, "2 percent").claimant == "Fresh forecasts"
    assert claim("Ana Ruiz spoke to reporters. By her account, 40 people were in the room.", "40").claimant == "Ana Ruiz"
    assert claim("Sources said two officers came upon the suspect at dawn.", "two").claimant is None  # (bare "authorities" speak: test_authorities_speak_as_police_do)


# ---------------------------------------------------------------- parties named together


def test_the_two_companies_are_the_pair_named_before(claim):
    body = ("Halvard Foods and Merrow Dairy said the tie-up would close six plants. "
            "The two companies said the savings would reach $140 million.")
    assert claim(body, "$140 million").claimant == "Halvard Foods and Merrow Dairy"


def test_the_two_firms_are_the_pair_in_the_same_sentence(claim):
    body = "Ostra Bank and Pell Capital will merge their branches, the two lenders said, shutting 35 offices."
    assert claim(body, "35").claimant == "Ostra Bank and Pell Capital"


def test_two_companies_without_the_name_no_one(claim):
    body = ("Ostra Bank and Pell Capital will merge their branches. "
            "Two companies said they would hire 400 workers.")
    assert claim(body, "400").claimant is None


def test_a_news_release_speaks_for_whoever_put_it_out(claim):
    body = "According to a news release from the Brannock County water board, usage fell by 900 gallons a day."
    assert claim(body, "900 gallons").claimant == "Brannock County water board"


# ---------------------------------------------------------------- verbs in other senses, and who "they" are


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("The museum had planned to close the wing if it could not find donors to cover its yearly cost of $2 million.",
         "$2 million"),
        ("Two chemists showed up in formal dress to collect the $1 million award.", "$1 million"),
        ("He rang the family's home number eleven times in a month.", "eleven times"),
        ("The trader put a 50 bitcoin reward on the thief's head.", "50"),
        ("Let's say we settle for a future in which fees are twice the present cap.", "twice"),
    ],
)
def test_a_reporting_verb_in_another_sense_names_no_one(claim, body, quote):
    c = claim(body, quote)
    assert c.claimant in (None, "museum"), c.claimant


def test_quoted_as_saying_is_the_quoted_person_s_and_an_aside_clause_is_not_relayed(claim):
    body = ("The coast guard first said 30 crates had been lost, although other outlets later quoted "
            "the harbour chief, Ivo Marek, as saying only four had gone overboard.")
    assert claim(body, "30").claimant == "coast guard"
    c = claim(body, "four")
    assert c.claimant == "Ivo Marek" and c.via == []


def test_he_after_a_fronted_phrase_is_the_person_that_sentence_was_about(claim):
    body = ('Ana Ruiz, a spokeswoman for the port, said ships were moving. '
            'At Halvard Air, Tomas Berg called the delays "small." '
            'The sister carrier cancelled 56 flights, he said.')
    assert claim(body, "56").claimant == "Tomas Berg"


def test_they_after_a_named_pair_is_the_pair(claim):
    body = ("The authors of the study, Lena Ortiz and Sam Okafor, looked at fuel shocks; they estimated that "
            "a 1% rise in prices cut spending by 0.2%.")
    assert claim(body, "0.2%").claimant == "Lena Ortiz and Sam Okafor"


def test_put_on_a_share_and_show_up_by_still_report(claim):
    assert claim("The commission put the Green List on 31.2 percent.", "31.2 percent").claimant == "commission"
    c = claim("Polls show the mayor up by 6 points in the next race.", "6")
    assert c.claimant is not None and c.claimant.lower() == "polls"


def test_shares_after_a_poll_s_cue_are_its_standings_however_they_hang(claim):
    body = "The forum opened as a new Harlow poll showed Ruiz pulling ahead of Berg, 41%-36%, while Okafor was at 9%."
    assert "Harlow" in (claim(body, "9%").claimant or "")
    body = "The forum opened as a Harlow poll showed Ruiz ahead; 300 people came to the forum."
    assert claim(body, "300").claimant is None


def test_who_paid_for_a_study_is_not_its_author(claim):
    body = "The study, funded by the Harlow Trust, found that 28 percent of the wells were dry."
    assert claim(body, "28 percent").claimant != "Harlow Trust"
    body = "Figures released by the Harlow Trust show 28 percent of the wells were dry."
    assert claim(body, "28 percent").claimant == "Harlow Trust"


def test_a_size_in_front_of_a_text_or_inside_the_speakers_name_is_nobodys_claim(claim):
    body = "A 38-page review released by the Harlow Trust last week shows that 17 wells ran dry."
    assert claim(body, "38-page").claimant is None
    assert claim(body, "17").claimant == "Harlow Trust"
    body = "In her 212-page filing, the treasurer reported debts of $4 million."
    assert claim(body, "212-page").claimant is None
    assert claim(body, "$4 million").claimant == "treasurer"
    body = "The 41-nation lending body forecast on Monday that trade would grow 3.1% next year."
    assert claim(body, "41").claimant is None


def test_a_poll_story_s_standings_read_out_paragraphs_later_are_the_polls(claim):
    body = ("Poll: Ruiz and Berg hold narrow leads in Harlow.\n\n"
            "Two weeks before the Harlow primary, Ruiz and Berg lead their fields, according to the latest "
            "Marlow College poll released Monday.\n\n"
            "Ruiz has 38 percent of likely voters, while Okafor has 31 percent.\n\n"
            "The results are bad news for Mayor Lind, who has toured the county but is in third place with 19 percent.\n\n"
            "Lind, despite trailing both, is the only one who beats the Green candidate. Against Hale, the mayor "
            "earned 52 percent to her 36 percent.")
    assert "Marlow College" in (claim(body, "19 percent").claimant or "")  # "The results …": the poll again
    assert claim(body, "52 percent").claimant is None  # then a paragraph with no cue
    body = ("Poll: Ruiz and Berg hold narrow leads in Harlow.\n\n"
            "Two weeks before the Harlow primary, Ruiz and Berg lead their fields, according to the latest "
            "Marlow College poll released Monday.\n\n"
            "Ruiz has 38 percent of likely voters, while Okafor has 31 percent.\n\n"
            "In the 2012 race, the mayor earned 52 percent.")
    assert claim(body, "52 percent").claimant is None


def test_a_country_that_records_cases_reports_nothing_but_a_body_that_records_them_does(claim):
    body = "Norway has recorded about 41,000 cases and Finland 12,300."
    assert claim(body, "about 41,000").claimant is None
    assert claim(body, "12,300").claimant is None
    assert claim("The health board recorded 212 new cases on Friday.", "212").claimant == "health board"
    assert claim("Finland also reported 300 new cases.", "300").claimant == "Finland"


def test_recalled_with_a_clause_reports_what_is_recalled(claim):
    body = "Okafor recalled the fund was set up with $40 million to back local exporters."
    assert claim(body, "$40 million").claimant == "Okafor"
    assert claim("Prices recalled the levels of 1990, when 40 firms closed.", "40").claimant is None


def test_a_carried_speaker_with_accented_letters_keeps_the_whole_name(claim):
    body = ('Ruiz met Chilean President Tomás Ibáñez Peña on Monday. He pledged "closer ties" between the '
            'two countries, and said 40 firms would invest.')
    assert claim(body, "40").claimant == "Tomás Ibáñez Peña"


def test_it_goes_on_with_the_document_that_reported_first_in_the_sentence(claim):
    body = ("A budget review came out on Friday. The review notes the county runs 14 clinics, it lists "
            "the cuts made since spring, and it says the council has shed nearly 300 posts.")
    c = claim(body, "nearly 300")
    assert c.claimant is not None and "review" in c.claimant


def test_figures_from_a_month_are_of_the_month_not_by_it(claim):
    assert claim("Figures from March showed 40 new cases.", "40").claimant is None
    assert claim("Figures from the health board showed 40 new cases.", "40").claimant == "health board"


def test_he_after_a_fronted_phrase_and_a_bare_surname_is_that_person(claim):
    body = ("Councillors were angry at the finance chief, Ravi Sandhu, over the cuts.\n\n"
            "Prof Lena Okafor, director of a health institute, says the risk is real.\n\n"
            "In a note to ministers last week, Okafor warned that cases could climb in schools. She said that "
            "testing was vital, with pupils tested two or three times a week.")
    assert claim(body, "two or three times").claimant == "Lena Okafor"


def test_a_hyphened_name_after_an_inverted_said_is_not_cut_at_the_hyphen(claim):
    body = "At present, said Dr. Samira Al-Masri, the head of the clinic, there are 64 children on the list."
    assert claim(body, "64").claimant == "Dr. Samira Al-Masri"


def test_a_claimant_is_written_with_plain_spaces_and_without_a_glued_adverb(claim):
    nbsp = "\u00a0"
    c = claim(f"In a poll by the Harlow{nbsp}Courier{nbsp}and KCVT News, just 31 percent said yes.", "31 percent")
    assert c.claimant is not None and nbsp not in c.claimant and "Harlow Courier" in c.claimant
    body = "In a 1998 interview, Okafor matter-of-factly explained that 40 families had left."
    assert claim(body, "40").claimant == "Okafor"


def test_a_speaker_after_an_inverted_said_is_noted_without_the_office_in_front(claim):
    body = ("Malta, Crete and Rhodes have been taken off the list of safe routes, said Transport Secretary Mira Okafor. "
            "She also said fines would rise to a maximum of £8,000 for repeat offenders.")
    assert claim(body, "a maximum of £8,000").claimant in ("Mira Okafor", "Transport Secretary Mira Okafor")


def test_the_items_of_a_list_a_source_introduces_are_its_claims(claim):
    body = ("The audit office sent its findings to the council on Monday.\n\n"
            "The report warned:\n\n"
            "- Repairs will cost at least £40 million by 2030.\n\n"
            "- There are 212 empty flats. Most have been empty for a year, and 57 need new roofs.\n\n"
            "Councillors meet again next week. Rents rose 6 percent last year.")
    assert claim(body, "at least £40 million").claimant == "report"
    assert claim(body, "212").claimant == "report"
    assert claim(body, "57").claimant == "report"
    assert claim(body, "6 percent").claimant is None  # the list has ended


def test_a_list_introduced_by_a_document_in_a_relative_clause_is_its_claims(claim):
    body = "The reasons the review gave for the closure;\n\n- Only 14 of the 30 fire doors closed properly."
    assert claim(body, "14").claimant == "review"
    body = "The figures the ministry released on Friday:\n\n- Exports fell 8 percent in the quarter."
    assert claim(body, "8 percent").claimant == "ministry"


def test_a_list_without_a_source_above_it_has_no_claimant(claim):
    body = "Here is what changes:\n\n- Fares rise by 9 percent in March.\n\n- Parking costs £3 an hour."
    assert claim(body, "9 percent").claimant is None


def test_a_passive_by_a_date_names_no_speaker(claim):
    body = "Nurses fear 60 patients would be admitted by that date."
    assert claim(body, "60").claimant is None


def test_the_subject_speaks_in_a_participle_hung_on_the_decision_it_criticises(claim):
    body = "The Hoteliers Federation condemned the decision, saying 9,000 staff will be laid off."
    assert claim(body, "9,000").claimant == "Hoteliers Federation"


def test_an_institution_named_in_a_persons_role_is_not_that_person(claim):
    body = ("Maj. Lena Ortiz, a Chilean army officer, said the patrol lasted about six hours.\n\n"
            "At least two trawlers were also seized near the border, the Chilean army said in a statement.")
    assert claim(body, "At least two").claimant == "Chilean army"


def test_the_statement_is_that_of_the_body_that_said_it_in_a_statement(claim):
    body = ("The Harbour Safety Board, chaired by Admiral Tove Lind, said in a statement that the ferry was overloaded.\n"
            "The crew responded to the alarm, the statement added, by launching four lifeboats.\n"
            "The ferry carried 212 passengers, the statement said.")
    assert claim(body, "four").claimant == "Harbour Safety Board"
    assert claim(body, "212").claimant == "Harbour Safety Board"


def test_a_statement_from_a_body_speaks_for_it_when_read_as_an_apposition(claim):
    body = "Three Norsk Linjer flights bound for Asia landed in Doha, a statement from Bergen Flesland Airport said."
    assert claim(body, "Three").claimant == "Bergen Flesland Airport"


def test_per_set_off_by_a_comma_names_the_source_but_according_to_plan_names_none(claim):
    assert claim("(Only 30 percent of shifts can be split, per the agreement.)", "30 percent").claimant == "agreement"
    assert claim("If all goes according to plan, four turbines will start in May.", "four").claimant is None
    assert claim("Tickets cost $4 per ride on the new line.", "$4").claimant is None
    assert claim("A third of that, per the Dunmore plan, is $30,000.", "$30,000").claimant is None  # a plan applied


def test_a_gerund_subject_before_an_aside_is_part_of_what_is_reported(claim):
    body = "Dredging up to 40,000 cubic metres of silt, Okafor told me, would cost about $3 million."
    assert claim(body, "up to 40,000 cubic metres").claimant == "Okafor"
    assert claim("Addressing 300 donors, Okafor said taxes would rise 5 percent.", "300").claimant is None


def test_a_size_of_an_affidavit_and_the_elements_are_no_ones_claims(claim):
    body = "“The door was forced,” Detective Ana Brill wrote in the 22-page affidavit."
    assert claim(body, "22-page").claimant is None
    assert claim("In April the ice thinned to reveal three open channels.", "three").claimant is None


def test_a_surname_quoted_after_a_vice_president_introduction_resolves_he(claim):
    body = ("'Nobody expected it,' Mark Vance, vice president of Keel Coins, a dealer in Ohio, told the paper.\n"
            "'It took years,' Vance said.\n"
            "'The last pair I saw went for about $4,000,' he added.")
    assert claim(body, "about $4,000").claimant == "Mark Vance"


def test_what_a_court_or_inquiry_heard_is_the_hearings(claim):
    assert claim("The court heard the driver had 14 previous convictions.", "14").claimant == "court"
    assert claim("The inquiry heard that 23 patients waited overnight.", "23").claimant == "inquiry"
    assert claim("I heard that 40 people left.", "40").claimant is None


def test_who_reiterates_claims_makes_them(claim):
    body = "Tumelo Rakhare also reiterated claims that the chief keeps four percent of every load."
    assert claim(body, "four percent").claimant == "Tumelo Rakhare"


def test_a_body_named_as_a_possessive_keeps_its_s(claim):
    assert claim("Moody's expects the deficit to reach 6 percent of GDP.", "6 percent").claimant == "Moody's"
    assert claim("Sotheby's said the vase sold for $2 million.", "$2 million").claimant == "Sotheby's"


def test_a_long_institution_name_split_by_the_parser_stays_whole(claim):
    body = "The National Institute of Alcohol Abuse and Alcoholism says 2016 figures show that 28% of adults drank heavily."
    assert claim(body, "28%").claimant == "National Institute of Alcohol Abuse and Alcoholism"


def test_a_clause_inside_an_opening_during_phrase_is_what_was_said(claim):
    body = ("During 2018’s Hurricane Michael, which made landfall in the Panhandle as a Category 5 storm, nearly "
            "400,000 people evacuated, with 20,000 going to shelters, Mereth said.")
    assert claim(body, "nearly 400,000").claimant == "Mereth"
    assert claim("At a rally of 4,000 supporters, Mereth said taxes would fall.", "4,000").claimant is None


def test_underscoring_a_fact_reports_it_and_a_three_word_name_stays_whole(claim):
    body = "Ravi Shankar Prasad spoke on Monday. He also underscored the fact that the recovery rate, 64.2 per cent, was high."
    assert claim(body, "64.2 per cent").claimant == "Ravi Shankar Prasad"


def test_pictures_show_but_the_named_source_counts(claim):
    body = ("Photos showed large crowds in Lisbon, with foot traffic in the centre returning to 70 per cent of its "
            "usual levels, according to Sky News.")
    assert claim(body, "70 per cent").claimant == "Sky News"


def test_an_ellipsis_inside_a_quotation_does_not_end_the_sentence(claim):
    body = ('Norcell said the ruling would "slow down... Norcell\'s control of Parsnet" because its stake '
            "would drop to less than 50%.")
    c = claim(body, "less than 50%")
    assert c.claimant == "Norcell"


def test_a_claimant_drops_the_aside_that_describes_it(claim):
    body = ("Okafor, a night porter at the time, brought a claim in 2003 under the Equality Act, "
            "in which he sought £7,000.")
    assert claim(body, "£7,000", None).claimant == "Okafor"


@pytest.mark.parametrize("body", [
    "That brings the state's death toll to 820.",
    "The new cases lift the country's total to 14,200.",
])
def test_a_places_own_tally_is_not_the_place_speaking(claim, body):
    quote = "820" if "820" in body else "14,200"
    assert claim(body, quote).claimant is None


def test_according_to_a_countys_count_the_county_speaks(claim):
    c = claim("According to the county's count, 820 people died.", "820")
    assert c.claimant == "county"


def test_according_to_a_wire_holds_a_count_misread_as_its_apposition(claim):
    body = "According to the Associated Press, 571 of the 714 Labour delegates supported Ferrand."
    c = claim(body, "571")
    assert c.claimant is not None and "Associated Press" in c.claimant
    body = ("Pockets of voters still back Marchetti, according to the party chairs from Delmore and "
            "Ashby, two of the five largest counties in the state.")
    assert claim(body, "two").claimant is None  # the source's own description says nothing


def test_a_role_described_then_named_speaks_by_the_name(claim):
    body = ("One farmer backing Ms. Ferrand, Ines Marrow of the Valley Growers Cooperative, "
            "said she had lost about 300 tonnes of grain.")
    c = claim(body, "about 300 tonnes")
    assert c.claimant is not None and c.claimant.startswith("Ines Marrow")
    c = claim("One analyst at Acme Bank, Sara Holt, said rates could reach 6 percent.", "6 percent")
    assert c.claimant == "Sara Holt"


def test_a_capital_one_inside_a_name_counts_nothing(claim):
    c = claim("A survey by the One Coast News Network found Ferrand the winner with 41 percent of the vote.",
              "41 percent")
    assert c.claimant is not None and "One Coast News Network" in c.claimant


def test_an_average_of_polls_holds_its_clause(claim):
    c = claim("Ferrand leads Marchetti by about 6 points in the Ledger average of recent state polls.",
              "about 6")
    assert c.claimant is not None and "average" in c.claimant


@pytest.mark.parametrize(("body", "quote", "name"), [
    ("About 60% of the spots came from outside groups, data from Adwatch Analytics show.", "About 60%", "Adwatch Analytics"),
    ("About 60% of the spots came from outside groups, tallies by Adwatch Analytics and two other trackers show.",
     "About 60%", "Adwatch Analytics"),
])
def test_a_closing_show_read_as_a_noun_still_names_the_source(claim, body, quote, name):
    c = claim(body, quote)
    assert c.claimant is not None and name in c.claimant and not c.claimant.endswith("show")


def test_the_speaker_named_as_the_subject_of_what_happens_is_no_report(claim):
    body = ("The outgoing chief executive, Tom Reyes, said he was proud of the firm's record. "
            "Mr Reyes will also get a £250,000 bonus payment.")
    assert claim(body, "£250,000").claimant is None
    body = "Tom Reyes said the firm would grow. Mr Reyes also expects sales of £90 million next year."
    assert "Reyes" in (claim(body, "£90 million").claimant or "")  # his own forecast still speaks


def test_it_says_after_an_unparsed_according_to_a_report_is_the_issuer(claim):
    body = ("Shares in the country's largest bakery rose 2 per cent, suggesting investors approve. "
            "Yet ordinary workers are losing ground, according to a report from the pay analysts Wage Data Partners. "
            "The typical pay rise between January and March was 3 per cent, it says.")
    assert claim(body, "3 per cent").claimant == "Wage Data Partners"


def test_the_official_is_the_affiliated_official_quoted_above_in_a_sentence_without_figures(claim):
    body = ("Relief money will move faster than usual, a senior Harbour Ministry official told reporters. "
            "\u201cWe are doing it our way,\u201d the official said in an interview. "
            "Roads are still closed. Power is out in the north. Schools stay shut. "
            "The ministry has already lent $40 million to the province, the official said.")
    assert claim(body, "$40 million").claimant == "senior Harbour Ministry official"


def test_the_name_before_a_description_set_off_by_commas_speaks(nlp):
    """The small model sometimes makes "the epicentre of …" a second subject of 'reported' (seen on a
    wire story); the parse is built by hand so the rule is tested whatever the model does today."""
    from spacy.tokens import Doc

    from newsledger.extract.attribution import _speaker_of_verb

    words = ["Harwick", "state", ",", "the", "epicentre", "of", "the", "outbreak", ",", "reported", "312", "deaths", "."]
    heads = [1, 9, 9, 4, 9, 4, 7, 5, 4, 9, 11, 9, 9]
    deps = ["compound", "nsubj", "punct", "det", "nsubj", "prep", "det", "pobj", "punct", "ROOT", "nummod", "dobj", "punct"]
    pos = ["PROPN", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _speaker_of_verb(doc[9]).text == "state"


def test_their_after_a_thing_that_cannot_count_is_not_that_thing(claim):
    body = ("If only 30 percent of buyers are young, then projected costs for insurers will rise by "
            "1.4 percent, according to their calculations.")
    assert claim(body, "1.4 percent").claimant is None


def test_a_company_before_its_exchange_code_is_the_speaker(claim):
    c = claim("Harwick Motor Corp <HRWK.T> predicted a current profit of 12 billion yen for the year.",
              "12 billion yen")
    assert c.claimant == "Harwick Motor Corp"


def test_a_plan_a_newspaper_reports_is_the_newspaper_s_report(claim):
    body = ("The Washington Post is reporting that state Democrats are planning to block at least six of the "
            "governor's 14 appointees.")
    assert claim(body, "at least six").claimant == "Washington Post"


def test_a_closing_tag_the_parser_hung_inside_the_respondents_clause_still_reports_them(claim):
    body = "Nearly 70 percent of voters said they believe the mayor probably made improper payments, the Globe reported."
    assert "Globe" in (claim(body, "Nearly 70 percent").claimant or "")


@pytest.mark.parametrize(("body", "quote", "name"), [
    ("Private sector estimates of the storm damage have ranged as high as $40 billion.", "as high as $40 billion",
     "Private sector estimates"),
    ("About 2.1 million people lack insurance, according to federal estimates.", "About 2.1 million",
     "federal estimates"),
])
def test_estimates_with_a_named_side_are_a_generic_claimant(claim, body, quote, name):
    assert claim(body, quote).claimant == name


def test_bare_estimates_name_no_one(claim):
    assert claim("Estimates of the damage vary from $5 billion to $10 billion.", "$5 billion to $10 billion").claimant is None


def test_a_thing_that_reveals_gives_way_to_the_source_that_read_it(claim):
    body = ("According to the agency, factors like the Sun's angle and height above the horizon revealed "
            "that the berg rose 38m above the water line.")
    assert claim(body, "38m").claimant == "agency"


def test_an_analyst_who_thinks_holds_the_view(claim):
    body = ("Dana Ruiz, an analyst at Harwick Securities, expects more losses. "
            "She thinks the slide is the start of a correction of between five and 8 pct.")
    assert claim(body, "between five and 8 pct").claimant == "Dana Ruiz"
    assert claim("Dana Ruiz said she would think about the 3 offers.", "3").claimant == "Dana Ruiz"


def test_the_officials_are_the_group_cited_with_their_affiliation(claim):
    body = ("The mayor's reversal surprised his own staff, according to three senior city hall officials. "
            "He had told aides he favoured the plan, said the officials. "
            "The officials also stressed that about a third of the council had asked for a vote.")
    assert claim(body, "about a third").claimant == "senior city hall officials"


def test_those_experts_are_the_experts_named_by_their_field(claim):
    body = ("Wider testing is what public health experts say the city needs. "
            "Those experts say the city should run 40,000 tests a week.")
    assert claim(body, "40,000").claimant == "public health experts"


def test_bare_experts_stay_nobody_s(claim):
    body = "Most experts said the levy would fail. Those experts say 40 percent of shops will close."
    assert claim(body, "40 percent").claimant is None


@pytest.mark.parametrize(("body", "quote"), [
    ("Here are four things the council and the mayor can expect to face in the coming weeks.", "four"),
    ("The senate has confirmed two of the governor's cabinet nominees so far.", "two"),
])
def test_a_prospect_or_a_vote_on_nominees_reports_nothing(claim, body, quote):
    assert claim(body, quote).claimant is None


def test_a_body_that_confirms_a_count_still_reports_it(claim):
    assert claim("The ministry confirmed 12 deaths on Monday.", "12").claimant == "ministry"


def test_a_closing_data_shows_the_parser_read_as_a_compound_names_the_data(claim):
    body = ("There have been 41 confirmed cases among port workers, including 12 at the Harwick terminal, "
            "HPA data shows.")
    assert "HPA" in (claim(body, "41").claimant or "")


def test_a_speaker_after_since_keeps_the_report(claim):
    body = ("The flight has been at the centre of a row since Harwick Health Minister Ana Ruiz this week said "
            "up to 60% of its passengers were infected.")
    assert claim(body, "up to 60%").claimant == "Harwick Health Minister Ana Ruiz"


def test_polls_counted_as_a_threshold_are_no_source(claim):
    body = ("To qualify, candidates must reach 8% or more in at least three polls, or 10% in two polls "
            "in Harwick and Ostrava.")
    assert claim(body, "8% or more").claimant is None
    assert claim(body, "10%").claimant is None


def _parsed(nlp, words, heads, deps, pos, tags=None, lemmas=None):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_a_closing_tag_read_as_a_compound_gives_the_verb_its_subject(nlp):
    """'…, including 12 at the terminal, HPA data shows.': the model has made 'data' a compound of
    'shows' (seen on a wire story); the parse is built by hand so the rule holds whatever it does today."""
    from newsledger.extract.attribution import _speaker_of_verb

    words = ["Cases", "rose", "to", "41", ",", "HPA", "data", "shows", "."]
    heads = [1, 7, 1, 2, 7, 6, 7, 7, 7]
    deps = ["nsubj", "ccomp", "prep", "pobj", "punct", "compound", "compound", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "ADP", "NUM", "PUNCT", "PROPN", "NOUN", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", "IN", "CD", ",", "NNP", "NN", "VBZ", "."]
    lemmas = ["case", "rise", "to", "41", ",", "HPA", "datum", "show", "."]
    doc = _parsed(nlp, words, heads, deps, pos, tags, lemmas)
    assert _speaker_of_verb(doc[7]).text == "data"


def test_a_name_the_parser_made_the_object_of_since_is_the_speaker(nlp):
    from newsledger.extract.attribution import _speaker_of_verb

    words = ["Anger", "grew", "since", "Minister", "Ruiz", "this", "week", "said", "60", "%", "were", "ill", "."]
    heads = [1, 1, 1, 4, 2, 6, 7, 1, 9, 10, 7, 10, 1]
    deps = ["nsubj", "ROOT", "prep", "compound", "pobj", "det", "npadvmod", "advcl", "nummod", "nsubj", "ccomp",
            "acomp", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PROPN", "DET", "NOUN", "VERB", "NUM", "NOUN", "AUX", "ADJ", "PUNCT"]
    tags = ["NN", "VBD", "IN", "NNP", "NNP", "DT", "NN", "VBD", "CD", "NN", "VBD", "JJ", "."]
    doc = _parsed(nlp, words, heads, deps, pos, tags)
    assert _speaker_of_verb(doc[7]).text == "Ruiz"


def test_a_titled_lead_with_a_middle_initial_is_the_next_he(claim):
    body = ("Councillor Ruth Abara said the plan would cost £3 million, Abara said.\n\n"
            "Harbour Inspector General P. Dario Fenn listed the repairs in his audit. "
            "He said the board spent £45,000 on consultants.")
    assert "Fenn" in (claim(body, "£45,000").claimant or "")


def test_a_body_s_role_then_a_name_opens_the_sentence(claim):
    body = ("Analyst Maria Costa said prices were flat.\n\n"
            "Harlow Bank's chief economist Petra Lind expects hiring to stay strong. "
            "She said wages rose 4.1 percent.")
    assert "Lind" in (claim(body, "4.1 percent").claimant or "")


def test_a_running_quotation_keeps_its_speaker_in_focus(claim):
    body = ("Farmer Lindiwe Sako said the mine took their land.\n\n"
            "Mr Tau said the land was bought legally.\n\n"
            "Mr Sako accused the chiefs of taking bribes. “They take our money. Every week we complain. "
            "Nothing ever changes.” He added that the mine pays the chiefs 4 percent of its revenue.")
    assert "Sako" in (claim(body, "4 percent").claimant or "")


def test_a_name_opening_a_quotation_is_not_its_speaker(claim):
    body = ("Senator Ana Ruiz said turnout fell.\n\n"
            "Governor Paulo Vance sounded worried on Monday. "
            "“Ruiz led by 6 points in May, but the gap has closed,” he said.")
    assert "Vance" in (claim(body, "6").claimant or "")


def test_a_surname_reporting_after_but_is_the_last_speaker(claim):
    body = ("Economist Rosa Mell said rates will rise.\n\n"
            "Banker Ivo Stahl said the bank would wait.\n\n"
            "But Mell said the bank had no choice. Rates were at a record. Loans were tight. Markets agreed. "
            "She said inflation hit 6 percent.")
    assert "Mell" in (claim(body, "6 percent").claimant or "")


def test_an_inverted_speaker_with_a_title_is_the_last_speaker(claim):
    body = ("Nurse Ama Obeng said beds were full.\n\n"
            "Supplies are short, said Dr. Kofi Mensah, director of the clinic. Water is scarce. Power fails daily. "
            "Staff are tired. He said the clinic had 40 beds.")
    assert "Mensah" in (claim(body, "40").claimant or "")


def test_a_hyphenated_surname_closing_a_sentence_is_its_lead(claim):
    body = ("Dr. Omar Al-Rafi runs the clinic. Grain ran out. Fuel ran out. Nurse Karim Saleh said supplies were short.\n\n"
            "Asked whether the supplies arriving from the northern depots were enough, Al-Rafi frowned. "
            "Half of the 30 trucks held only blankets, he said.")
    assert "Al-Rafi" in (claim(body, "30").claimant or "")


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("The storm claimed 12 lives along the coast.", "12"),
        ("The northern town claimed the lowest temperature of the night at minus 9 degrees.", "minus 9 degrees"),
        ("The senator had failed to declare the £5,000 gift from a donor.", "£5,000"),
        ("A forum user with the same handle posted more than 2,000 times since 2019.", "more than 2,000 times"),
    ],
)
def test_claiming_a_toll_failing_to_declare_or_counting_posts_is_no_report(claim, body, quote):
    c = claim(body, quote)
    assert c.claimant is None
    assert not c.hedged


def test_a_closing_tag_after_a_description_read_as_a_noun_reports_the_sentence(nlp):
    """'…, the official paper El Peruano said.' with 'paper' read as a noun of the main clause and 'said'
    its relative clause (seen on a wire story); the parse is built by hand."""
    from newsledger.extract.attribution import _trailing_aside

    words = ["Together", ",", "the", "two", "firms", "hold", "nearly", "60", "pct", "of", "the", "market", ",",
             "the", "official", "paper", "Il", "Mondo", "said", "."]
    heads = [5, 5, 4, 4, 5, 5, 7, 8, 5, 8, 11, 9, 5, 15, 15, 5, 17, 18, 15, 18]
    deps = ["advmod", "punct", "det", "nummod", "nsubj", "ROOT", "advmod", "nummod", "dobj", "prep", "det", "pobj",
            "punct", "det", "amod", "npadvmod", "compound", "nsubj", "relcl", "punct"]
    pos = ["ADV", "PUNCT", "DET", "NUM", "NOUN", "VERB", "ADV", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET",
           "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    lemmas = ["together", ",", "the", "two", "firm", "hold", "nearly", "60", "pct", "of", "the", "market", ",", "the",
              "official", "paper", "Il", "Mondo", "say", "."]
    doc = _parsed(nlp, words, heads, deps, pos, lemmas=lemmas)
    assert _trailing_aside(doc[18])


def test_a_clause_hung_under_the_comma_after_an_according_source_is_not_its_name(nlp):
    """'According to analyst Nina Osei, a tax rate cut to 12 percent could lift profits' with the
    clause hung under the comma after the name (seen on a wire story); the parse is built by hand."""
    from newsledger.extract.attribution import _inside_name

    words = ["According", "to", "analyst", "Nina", "Osei", ",", "a", "tax", "rate", "cut", "to", "12", "percent",
             "could", "lift", "profits", "."]
    heads = [14, 0, 4, 4, 1, 4, 8, 8, 9, 5, 9, 12, 10, 14, 14, 14, 14]
    deps = ["prep", "prep", "compound", "compound", "pobj", "punct", "det", "compound", "nsubj", "prep", "prep",
            "nummod", "pobj", "aux", "ROOT", "dobj", "punct"]
    pos = ["VERB", "ADP", "NOUN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "ADP", "NUM", "NOUN",
           "AUX", "VERB", "NOUN", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos)
    assert not _inside_name(doc[4], doc[12])
    assert _inside_name(doc[4], doc[2])


def test_a_title_elect_opens_the_sentence_for_a_later_he(claim):
    body = ("Governor-elect Tomas Reyes criticised the port authority on Monday.\n\n"
            "The authority has defended its fees. He has proposed a 15% cut in harbour dues.")
    assert "Reyes" in (claim(body, "15%").claimant or "")


def test_the_official_with_no_official_before_is_the_public_body_speaking(claim):
    body = ("Output rose 0.3 pct in February, the Ministry of Industry said.\n\n"
            "Output fell 0.5 pct in January.\n\n"
            "The official said output would rise 2.1 pct in March.")
    assert claim(body, "2.1 pct").claimant == "Ministry of Industry"


def test_a_call_on_someone_to_act_keeps_its_figures_whatever_the_parser_makes_an_object_complement(nlp):
    """'X called on Congress to extend the rates for families earning less than $250,000 -- failure to
    do so …' with 'failure' read as an object complement of 'called', as in 'called the plan a
    disgrace' (seen on a news story); the parse is built by hand."""
    from newsledger.extract.attribution import Frame, attribute

    words = ["Ruiz", "called", "on", "Congress", "to", "act", "for", "families", "earning", "90,000", "--",
             "failure", "."]
    heads = [1, 1, 1, 2, 5, 1, 5, 6, 7, 8, 1, 1, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "prep", "pobj", "acl", "dobj", "punct", "oprd", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "ADP", "NOUN", "VERB", "NUM", "PUNCT", "NOUN", "PUNCT"]
    lemmas = ["Ruiz", "call", "on", "Congress", "to", "act", "for", "family", "earn", "90,000", "--", "failure", "."]
    doc = _parsed(nlp, words, heads, deps, pos, lemmas=lemmas)
    frame = Frame(kind="verb", cue=doc[1], scope=doc[1], speaker="Ruiz", speaker_token=doc[0], stance=True)
    later = Frame(kind="verb", cue=doc[11], scope=doc[11], speaker="Ruiz", speaker_token=None)  # '…, she said, would …'
    assert attribute(doc[0:13], doc[9], [frame, later]).claimant == "Ruiz"


def test_pushing_for_a_measure_is_a_position(claim):
    body = "Governor Ana Ruiz pushed on Tuesday for a credit for households earning less than $90,000."
    assert "Ruiz" in (claim(body, "less than $90,000").claimant or "")


def test_a_finding_determined_by_a_named_body_is_its_claim(claim):
    body = "Auditors at Harlan Labs determined that 14 of the 60 valves had failed and 9 were corroded."
    assert "Harlan Labs" in (claim(body, "14").claimant or "") or "Auditors" in (claim(body, "14").claimant or "")
    assert claim("The panel will determine the 40 winners next week.", "40").claimant is None


def test_a_bare_half_answering_is_no_speaker(claim):
    assert claim("About a third of voters said no, and half said yes.", "About a third").claimant is None


def test_quoting_someone_as_saying_gives_the_quotation_to_who_is_quoted(claim):
    body = ("Director Sam Reyes wanted the scene faster, the magazine said, quoting him as saying, "
            "\"Drive at 40 miles per hour or we lose the light.\"")
    c = claim(body, "40 miles per hour")
    assert "Reyes" in (c.claimant or "")
    assert "magazine" in c.via


def test_a_clause_dating_the_announcement_is_not_what_was_announced(claim):
    body = ("Halden Motors unveiled a $400 million stake in the firm in May, six weeks after Brightline "
            "led a $650 million round.")
    assert claim(body, "$400 million").claimant == "Halden Motors"
    assert claim(body, "$650 million").claimant is None


def test_also_on_a_named_actor_doing_something_carries_no_report(claim):
    body = ("The luxury brand said it would invest $90 million in the plant. "
            "Halden also joined a $1.3 billion financing for the firm that ended in March.")
    assert claim(body, "$1.3 billion").claimant is None


def test_the_company_citing_a_figure_states_it(claim):
    body = ("Halden Motors shut two plants last month. When Halden paused output, the company cited a "
            "$4.1 billion reserve as grounds for confidence.")
    assert "Halden" in (claim(body, "$4.1 billion").claimant or "")


def test_a_document_someone_owns_and_released_is_theirs(claim):
    body = "According to Ruiz's tax returns, which she published last spring, her effective rate was 19%."
    assert "Ruiz" in (claim(body, "19%").claimant or "")


def test_figures_revealed_in_a_survey_are_the_survey_s(claim):
    body = "The numbers, revealed in a NorthPoll survey, showed that nearly 40% of pupils skip breakfast."
    assert "NorthPoll survey" in (claim(body, "nearly 40%").claimant or "")


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("The Dutch crews found victory elusive at the worlds and had to settle for three silver medals.", "three"),
        ("The traffic unit featured in four recent complaints.", "four"),
    ],
)
def test_finding_something_hard_or_featuring_in_a_list_reports_nothing(claim, body, quote):
    assert claim(body, quote).claimant is None


def test_a_claim_of_theft_stays_a_claim_whatever_its_object_holds(claim):
    c = claim("Hackers claim theft of 2.4 million patient records from the clinic.", "2.4 million")
    assert c.hedged


def test_a_bare_tag_set_off_by_commas_reports_the_whole_sentence(claim):
    body = ("Rep. Dana Whitcomb said the register was a mess. "
            "Of those 3,100 complaints, she said, 1,400 involved renters.")
    assert "Whitcomb" in (claim(body, "3,100").claimant or "")
    assert "Whitcomb" in (claim(body, "1,400").claimant or "")


def test_what_a_plan_would_do_is_the_finding_of_whoever_reports_it(claim):
    body = ("The review by the Carver Institute found that under Lindqvist's plan, the number of uninsured "
            "would climb to 41 million by 2030.")
    assert claim(body, "41 million").claimant == "Carver Institute"
    assert claim("Under Lindqvist's plan, the number of uninsured would climb to 41 million by 2030.",
                 "41 million").claimant == "Lindqvist"


def test_a_body_that_estimates_a_share_is_its_source_when_the_verb_reads_as_a_noun(nlp):
    """'The Centers for … estimates 1 in 110 children have …': the model made 'estimates' a plural
    noun, the subject of 'have', with the body hung on it (seen on a health story); built by hand."""
    from newsledger.extract.attribution import _misread_subject_verb

    words = ["The", "Centers", "for", "Farm", "Health", "estimates", "1", "in", "40", "farms", "have", "no", "well", "."]
    heads = [1, 5, 1, 4, 2, 10, 5, 6, 9, 7, 10, 12, 10, 10]
    deps = ["det", "nsubj", "prep", "compound", "pobj", "nsubj", "dobj", "prep", "nummod", "pobj", "ROOT", "det",
            "dobj", "punct"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "PROPN", "NOUN", "NUM", "ADP", "NUM", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NNPS", "IN", "NNP", "NNP", "NNS", "CD", "IN", "CD", "NNS", "VBP", "DT", "NN", "."]
    lemmas = ["the", "Centers", "for", "Farm", "Health", "estimate", "1", "in", "40", "farm", "have", "no", "well", "."]
    doc = _parsed(nlp, words, heads, deps, pos, tags, lemmas)
    cue, clause, name = _misread_subject_verb(doc[:])
    assert (cue.text, clause.text, name.text) == ("estimates", "have", "Centers")
    # without an object after it, a plural after a name is the noun it looks like
    deps[6] = "nummod"
    assert _misread_subject_verb(_parsed(nlp, words, heads, deps, pos, tags, lemmas)[:]) is None


@pytest.mark.parametrize(
    "body",
    [
        "Democratic Party rules allow for a recount at the request of 25% of delegates.",
        "Governors of about 12 U.S. states pushed ahead with plans to reopen.",
    ],
)
def test_a_plural_noun_after_a_name_is_no_misread_verb_without_an_object(claim, body):
    quote = "25%" if "25%" in body else "about 12"
    assert claim(body, quote).claimant is None


def test_a_share_opening_the_subject_is_the_subject_whatever_the_parser_adds(nlp):
    """'41 percent of the patients taking X and an inhaler showed improvement': the model read the
    second object as a second subject of 'showed' (seen on a health story); built by hand."""
    from newsledger.extract.attribution import _speaker_of_verb

    words = ["41", "percent", "of", "patients", "taking", "pills", "and", "an", "inhaler", "showed", "gains", "."]
    heads = [1, 9, 1, 2, 3, 4, 1, 8, 9, 9, 9, 9]
    deps = ["nummod", "nsubj", "prep", "pobj", "acl", "dobj", "cc", "det", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["NUM", "NOUN", "ADP", "NOUN", "VERB", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    tags = ["CD", "NN", "IN", "NNS", "VBG", "NNS", "CC", "DT", "NN", "VBD", "NNS", "."]
    doc = _parsed(nlp, words, heads, deps, pos, tags)
    assert _speaker_of_verb(doc[9]).text == "percent"


def test_a_title_split_at_its_hyphen_does_not_hide_the_name_after_it(claim):
    body = "In the group on the highest dose, 58% saw the lesions shrink, says study co-author Mirela Vukovic."
    assert "Mirela Vukovic" in (claim(body, "58%").claimant or "")


def test_an_editorial_speaks_when_the_parser_reads_its_tag_as_a_noun(claim):
    body = "A month of the supplement would cost about $140, the editorial notes."
    assert claim(body, "about $140").claimant == "editorial"


def test_a_figure_counting_the_texts_is_not_what_the_texts_say(claim):
    body = "Okafor claimed that nearly 30 lakh government posts were lying vacant."
    assert claim(body, "nearly 30 lakh").claimant == "Okafor"
    body = "Two new reports from the Harlow Health Agency show gaps in care."
    assert claim(body, "Two").claimant is None


def test_reiterating_and_clarifying_are_reporting(claim):
    body = "The ministry reiterated that the total cost was around $3.7 million."
    assert claim(body, "around $3.7 million").claimant == "ministry"
    body = "The council clarified that 240 homes would be rebuilt."
    assert claim(body, "240").claimant == "council"


def test_a_person_introduced_by_profession_is_who_he_means_later(claim):
    body = ("In Leuven, physicist Jonas Verhulst is building a new kind of accelerator.\n\n"
            '"It took ten years to get the design right," Verhulst told the paper.\n\n'
            "Housed in a concrete hall that doubles as a shield, the machine fires beams at tumours.\n\n"
            '"We push the particles to half the speed of light, about 150,000 km per second," he said.')
    assert "Verhulst" in (claim(body, "about 150,000 km").claimant or "")


def test_numbers_from_a_named_model_are_its_own(claim):
    body = "New numbers from the Harwick Budget Model show that cases could climb as high as 2.1 million."
    assert claim(body, "as high as 2.1 million").claimant == "Harwick Budget Model"


def test_a_tag_set_off_by_commas_and_read_as_a_noun_still_speaks(claim):
    body = ("The Harwick model projects 4 million cases by autumn. With a partial reopening, the model forecasts, "
            "the death toll will rise to 91,000 people.")
    assert "Harwick model" in (claim(body, "91,000").claimant or "")


def test_a_body_that_says_it_did_something_is_what_it_means_next(claim):
    body = ("Labour group Fair Shift said 22 staff had fallen ill.\n\n"
            "Brightmart said it is handing out masks to staff. It said it spent nearly $90 million on bonuses.")
    assert claim(body, "nearly $90 million").claimant == "Brightmart"


def test_a_ticker_after_the_name_does_not_hide_whose_company_speaks(claim):
    body = ("Tarrant Oil Inc returned a $20 million loan. Harlow Seismic Co (HSC.O) returned its $6.4 million "
            "loan, the company said in a filing.")
    assert claim(body, "$6.4 million").claimant == "Harlow Seismic Co"


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("In the study, researchers randomly assigned half of 263 newborns to late clamping.", "263"),
        ("In a small study, researchers put 23 obese volunteers on a fasting diet.", "23"),
    ],
)
def test_how_researchers_set_up_a_study_is_told_by_the_outlet(claim, body, quote):
    assert claim(body, quote).claimant is None


def test_what_a_study_found_is_still_the_study_s(claim):
    assert claim("The study found that 40% of the volunteers lost weight.", "40%").claimant == "study"


def test_bare_researchers_are_the_study_the_story_named(claim):
    body = ("The Harwick Heart Study showed an 8 percent fall in strokes.\n\n"
            "Excluding smokers, researchers found about a 12 percent fall.")
    assert claim(body, "12 percent").claimant == "Harwick Heart Study"
    assert claim("Researchers found that 40% of the mice lost weight.", "40%").claimant is None


def test_a_contrast_right_after_an_aside_is_the_same_report(claim):
    body = "Sixty of the patients finished the trial, Abara said, while 27 others finished 20 of its 26 weeks."
    assert claim(body, "27").claimant == "Abara"
    assert claim("Sales rose 4%, the company said, as analysts had expected 200.", "200").claimant is None


def test_a_tag_whose_verb_reads_as_a_plural_gives_the_name_that_opens_it(claim):
    body = ("A year of the old treatment costs $300,000, but the new injection costs just $30,000, Dr. Kate M. "
            "Ruiz of the Harwick School of Medicine in St. Louis notes in her commentary in The Harwick Journal.")
    assert "Kate M. Ruiz" in (claim(body, "$30,000").claimant or "")


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("They had no fever for three days, no cough, and two sequential swab tests confirmed their status.", "two"),
        ("Harlow scored early, and that looked to have put them on course for a third win in four games.", "four"),
        ("Jansen then dismissed Okafor for 19 and Ruiz for two.", "19"),
        ("However, another local source claimed that the death toll was six.", "six"),
        ("Candidates must file a list of signatures showing the support of 1 per cent of voters.", "1 per cent"),
    ],
)
def test_subjects_that_are_nobody_give_no_claimant(claim, body, quote):
    assert claim(body, quote).claimant is None


def test_a_speaker_cut_off_by_the_parser_is_mended_or_dropped(claim):
    body = ("Local 90 has six more contracts to negotiate in 2025, said Fischer, including one with a bottling "
            "and distribution centre, the local's second-largest shop.")
    assert claim(body, "six").claimant == "Fischer"
    body = ("But sources close to Real say the club knows a swap would not be easy and that they will have to "
            "find the £40million-odd it will cost.")
    assert claim(body, "£40million").claimant == "sources close to Real"


def test_a_tag_then_a_comma_reports_what_follows(nlp):
    """'Referring to X data, director Y said, around 25 percent … are outside work': the model hung 'said'
    as a parataxis on 'Referring', itself the subject of 'are' (seen on a Bangladeshi story); by hand."""
    from newsledger.extract.attribution import Frame, _heads_sentence

    words = ["Referring", "to", "data", ",", "director", "Rahman", "said", ",", "around", "25", "percent",
             "are", "outside", "work", "."]
    heads = [11, 0, 1, 6, 6, 4, 0, 6, 9, 10, 11, 11, 11, 12, 11]
    deps = ["csubj", "prep", "pobj", "punct", "nsubj", "appos", "parataxis", "punct", "quantmod", "nummod",
            "nsubj", "ROOT", "prep", "pobj", "punct"]
    pos = ["VERB", "ADP", "NOUN", "PUNCT", "NOUN", "PROPN", "VERB", "PUNCT", "ADV", "NUM", "NOUN", "AUX",
           "ADP", "NOUN", "PUNCT"]
    tags = ["VBG", "IN", "NNS", ",", "NN", "NNP", "VBD", ",", "RB", "CD", "NN", "VBP", "IN", "NN", "."]
    lemmas = ["refer", "to", "datum", ",", "director", "Rahman", "say", ",", "around", "25", "percent", "be",
              "outside", "work", "."]
    doc = _parsed(nlp, words, heads, deps, pos, tags, lemmas)
    said = Frame("verb", doc[6], doc[6], "Rahman", doc[4])
    assert _heads_sentence(said, doc[9])  # "25", after the tag's comma
    heads[6], deps[6] = 0, "advcl"  # "When director Rahman said, …": a time clause leads in nothing
    doc = _parsed(nlp, words, heads, deps, pos, tags, lemmas)
    assert not _heads_sentence(Frame("verb", doc[6], doc[6], "Rahman", doc[4]), doc[9])


def test_an_inverted_tag_whose_subject_reads_as_its_object_speaks(claim):
    body = "In 2017, total remittance received by Harwick was $13.6 billion, states the report."
    assert claim(body, "$13.6 billion").claimant == "report"


def test_they_in_a_relative_clause_are_the_clause_s_subject(claim):
    body = ("Ostrava says it is ready to help. Harlow's top political leaders on Wednesday condemned air strikes "
            "that they said killed 26 people.")
    assert "Harlow" in (claim(body, "26").claimant or "")


def test_a_speaker_who_began_a_quotation_goes_on_speaking(claim):
    body = ('"Ten years ago today we gathered in this room," Ruiz began with her remarks. '
            '"It cost us $40 billion."')
    assert claim(body, "$40 billion").claimant == "Ruiz"


def test_researchers_performing_a_survey_in_a_study_set_it_up(claim):
    body = "In the present study, researchers performed a survey among 167 people, of whom 155 had recovered."
    assert claim(body, "167").claimant is None


def test_they_after_a_sentence_opened_by_a_team_of_researchers(claim):
    body = "An international team of researchers tracked 5,000 women. They found that 45 compounds differed."
    assert claim(body, "45").claimant == "international team of researchers"


def test_a_time_or_a_run_in_quotation_is_no_speaker(claim):
    body = ("Later, at around 10:00pm, the group's member secretary, Abdullah Noor, announced a four-point demand "
            "after 300 people marched.")
    assert claim(body, "300").claimant != "10:00pm"
    body = '“What was my crime?”Abu Rahim said, adding that seven to eight people beat him.'
    assert claim(body, "seven to eight").claimant in (None, "Abu Rahim")


@pytest.mark.parametrize(
    "body",
    [
        "A resident of Hasnabad, speaking on condition of anonymity, said two rooms had collapsed.",
        "A resident of the town said two rooms had collapsed.",
    ],
)
def test_where_an_unnamed_witness_lives_is_no_affiliation(claim, body):
    assert claim(body, "two").claimant is None


def test_an_unnamed_official_of_a_named_body_still_speaks(claim):
    body = "A senior Harlow army official, speaking on condition of anonymity, said 40 soldiers died."
    assert "Harlow army official" in (claim(body, "40").claimant or "")


def test_a_minister_named_after_the_portfolio_is_the_minister_later(claim):
    body = ("Minister for National Health Services, Mustafa Rahim, on Thursday urged action on water.\n\n"
            "Speaking in the National Assembly, the minister highlighted that 68 percent of diseases are "
            "waterborne.")
    assert claim(body, "68 percent").claimant == "Mustafa Rahim"


def test_a_thing_that_began_as_something_is_no_speaker_and_ledgers_still_show(claim):
    body = ("The scandal the Globe exposed -- captured in the film ''Spotlight'' -- began as a 700-word "
            "column about a single priest.")
    assert claim(body, "700").claimant is None
    body = ("Ruiz came under scrutiny over his ties to Ostrava, including handwritten ledgers showing he was "
            "designated to receive $12.7 million in cash payments.")
    assert claim(body, "$12.7 million").claimant == "handwritten ledgers"


def test_a_tag_after_a_quotation_is_no_lead_in_to_what_follows_the_comma(claim):
    body = ("“You winning?” she said, but Kevin was drifting off again, and as Ruiz went on about “the rigged "
            "system,” Mara said yes, yes, over and over again, until Ruiz reached the final three words of his speech.")
    assert claim(body, "three").claimant is None


def test_a_time_clause_ending_in_a_comma_is_no_lead_in(claim):
    body = "By the time those primaries concluded, as many as 40 percent of Ruiz voters said they would stay home."
    assert claim(body, "as many as 40 percent").claimant is None


# ---------------------------------------------------------------- nineteenth session: health news, wires, officials


def test_a_lower_case_word_tagged_a_name_does_not_name_a_study(claim):
    body = ("But the landmark study, involving 3,100 nurses in four states, showed that taking the pill daily "
            "can cut the risk of infection by as much as 80 percent.")
    assert claim(body, "as much as 80 percent").claimant == "landmark study"


def test_what_a_study_measured_is_no_speaker(claim):
    body = ("In patients given a dummy injection, levels showed almost no change from their starting levels "
            "of 6.40: 6.38 in the third year and 6.51 in the sixth.")
    assert claim(body, "6.38").claimant is None


def test_a_clause_of_its_own_after_a_reported_thing_is_the_outlets(claim):
    body = ("None of the patients reported urinary incontinence a year after treatment, and only 1 in 12 "
            "suffered from poor erections.")
    assert claim(body, "1 in 12").claimant is None


def test_a_clause_joined_with_that_after_a_misread_object_is_still_reported(claim):
    body = ("The regional dockers union said more than 1,400 dockers work at the Varna terminal, and that at "
            "least 300 were on the night shift when the crane fell.")
    assert "union" in (claim(body, "at least 300").claimant or "")


def test_who_took_part_in_a_named_study_is_no_finding_of_it(claim):
    body = ("The study looked at the link between fruit intake and gout in 31,240 men who participated in the "
            "Coastal Health Study and 52,730 women who participated in the Lakeside Nurses Study.")
    assert claim(body, "31,240").claimant is None
    assert claim(body, "52,730").claimant is None


def test_a_press_statement_no_one_issued_is_a_generic_claimant(claim):
    body = ("Meanwhile, according to a press statement, a team formed by the anti-extortion cell to trace the "
            "suspects has recovered around Rs8m in cash and a car from them.")
    assert claim(body, "around Rs8m").claimant == "press statement"


def test_a_statement_speaks_for_the_firm_the_sentence_names_after_its_kind(claim):
    body = ("The investment firm, Orla & Benning Partners LLP (OBP), will put 40 percent of its fund into farm "
            "technology, a statement today said.")
    assert claim(body, "40 percent").claimant == "Orla & Benning Partners LLP"


def test_he_after_an_official_named_by_office_is_that_official(claim):
    body = ("A ports ministry official said the minister, Tariq Mahmood, has set up two committees. "
            "\u201cSewage in coastal waters can be cut by up to 70 percent,\u201d he added.")
    assert claim(body, "up to 70 percent").claimant == "ports ministry official"


def test_it_after_an_official_of_a_body_is_still_the_body(claim):
    body = ("An official of the Varna Growers Association said yields would fall. It estimated plantings of "
            "1.2 million hectares.")
    assert "Varna Growers Association" in (claim(body, "1.2 million hectares").claimant or "")


def test_a_name_after_an_opening_participle_is_the_speaker(claim):
    body = ("Speaking at the regional assembly in Lindau, Jean-Marc Delorme urged member states to take their "
            "fair share of an additional 90,000 people.")
    assert claim(body, "90,000").claimant == "Jean-Marc Delorme"


def test_what_set_off_a_defence_is_not_defended(claim):
    body = ("Harland is defending itself against criticism after a stampede at the festival killed at least "
            "61 pilgrims and injured more than 300 others.")
    assert claim(body, "at least 61").claimant is None


def test_a_wire_cited_after_a_named_speaker_relays_that_speaker(claim):
    body = ("Qureshi told reporters that two crowds coming from opposing directions converged at an intersection "
            "in Kora, on the outskirts of Lindau, according to Associated Press reports.")
    c = claim(body, "two")
    assert c.claimant == "Qureshi" and "Associated Press" in c.via


def test_reckon_reports_and_discover_does_not(claim):
    assert claim("Dale Ortiz bought the licence in 2004. He reckons it is now worth about $310,000.",
                 "about $310,000").claimant == "Dale Ortiz"
    # what someone came upon is the outlet's telling, not their report
    assert claim("During its first tests, the telescope discovered more than 80 pulsars.",
                 "more than 80").claimant is None


@pytest.mark.parametrize(("body", "quote"), [
    ("Many now believe that pairing drugs is the way ahead, with firms testing two immunotherapies together.", "two"),
    ("Doctors say keyhole surgery hurts less than the open method, which needs one cut of up to 11 inches.",
     "up to 11 inches"),
])
def test_a_quantity_of_unnamed_people_or_bare_doctors_name_no_one(claim, body, quote):
    assert claim(body, quote).claimant is None


def test_what_researchers_used_in_a_study_is_no_finding(claim):
    body = "In a second study published Monday, researchers used two other drugs to treat newly diagnosed patients."
    assert claim(body, "two").claimant is None


def test_versions_a_product_comes_in_are_no_document(claim):
    body = "The lens comes in two models; one model gives 2.4 times magnification and the other 2.9 times."
    assert claim(body, "2.4 times").claimant is None


def test_an_outbreak_that_claims_lives_asserts_nothing(claim):
    body = "The outbreak, which has now claimed more than 2.4 million cases and killed more than 160,000, slowed."
    assert claim(body, "more than 2.4 million").claimant is None


def test_guards_a_polls_list_and_a_misread_object_clause_stay_reported(claim):
    body = ("Early exit polls by Harwick Research show two-thirds of primary voters in Lorsch, 7 in 10 in Kessa, "
            "and nearly 8 in 10 in Varna back the plan.")
    assert "Harwick Research" in (claim(body, "nearly 8 in 10").claimant or "")
    body = "Anna Ruiz spoke on Monday. She later listed an array of more than 60 names of rivals to be shunned."
    assert claim(body, "more than 60").claimant == "Anna Ruiz"


def test_a_size_in_front_of_a_paper_section_is_nobodys_claim(claim):
    body = "The Harlow Courier announced it is dropping an eight-page colour comics section from Sunday editions."
    assert claim(body, "eight-page").claimant is None


def test_a_name_read_as_a_noun_that_says_its_is_what_it_means_next(claim):
    body = ("Cormat estimates its pump will cost $90,000 to $120,000. When all expenses are counted, it says it "
            "will cost just over $210,000.")
    assert claim(body, "just over $210,000").claimant == "Cormat"


def test_funding_others_work_is_no_position_on_their_number(claim):
    body = "The Lindau Heart Institute is supporting efforts by two separate groups to build a pump."
    assert claim(body, "two").claimant is None


def test_what_the_news_set_off_in_the_market_is_the_outlets(claim):
    body = ("Harlow Biosciences said on Monday its gel showed effect in a late-stage study, bringing the product "
            "close to approval and sending its shares up 23 percent before the bell.")
    assert claim(body, "23 percent").claimant is None


def test_a_bare_spokesman_after_a_quotation_is_not_the_quotations_subject(claim):
    body = ("\u201cVarna County, as of last week, accounted for approximately 91% of the cases,\u201d a "
            "spokesman wrote in an email.")
    assert "Varna" not in (claim(body, "approximately 91%").claimant or "")


def test_who_took_a_sample_speaks_for_it_without_its_size(claim):
    body = ("More than 70 percent of patients hospitalized in Varna were over 60, according to a recent sample "
            "taken by the Lindau Institute for Public Health of 280 patients.")
    assert claim(body, "More than 70 percent").claimant == "Lindau Institute for Public Health"


def test_a_scored_result_is_posted_not_reported_but_a_firms_loss_is_its_own(claim):
    body = "Harlan, 29, had a fine year for the River Hawks, posting a 2.64 ERA in 31 games."
    assert claim(body, "2.64").claimant is None
    assert claim("Quillon posted a loss of $42 million in the quarter.", "$42 million").claimant == "Quillon"


def test_a_statement_about_what_a_named_body_did_is_that_bodys(claim):
    body = ("Three suspects were arrested in Lindau by the Varna Rangers during a joint operation, an official "
            "statement said on Monday.")
    assert "Varna Rangers" in (claim(body, "Three").claimant or "")


def test_an_analysis_of_a_places_reports_is_the_source_of_its_rates(claim):
    body = ("Portugal has reported 181 positive cases per 100,000 people, below the average, according to a "
            "Harwick analysis of data collected by the Tracking Project.")
    assert "Harwick analysis" in (claim(body, "181").claimant or "")


def test_a_places_population_set_off_by_commas_is_the_outlets_aside():
    from newsledger.extract.claims import _sizes_a_place

    text = "Those experts say the country, with a population of nearly 84 million people, should test more."
    start = text.index("nearly")
    assert _sizes_a_place(text, start, start + len("nearly 84 million"))
    text = "The ministry said the plant, with a capacity of 84 million doses, will open."
    start = text.index("84")
    assert not _sizes_a_place(text, start, start + len("84 million"))


def test_a_press_release_that_says_is_a_generic_claimant(claim):
    body = "The press release said the board also approved Rs1404 million for 20 water tanks."
    assert claim(body, "Rs1404 million").claimant == "press release"


def test_one_of_a_group_named_after_it_is_that_person(claim):
    body = ("The death rate was extremely low, 0.6 percent, said one of the trial's principal investigators, "
            "Dr. Ana Ruiz, the head of cardiology at Lindau Hospital.")
    assert "Ana Ruiz" in (claim(body, "0.6 percent").claimant or "")
    assert claim("Turnout reached 40 percent, said one of the officials.", "40 percent").claimant is None


def test_respondents_a_study_reports_on_do_not_replace_the_study(claim):
    body = ("The study published in the Lindau Journal found that users with 27 different conditions "
            "reported a mean reduction in symptoms of 2.8 to 4.6 points.")
    assert claim(body, "2.8 to 4.6").claimant == "Lindau Journal"  # the study, named by its journal


def test_a_report_someone_says_must_be_made_is_theirs_who_say_so(claim):
    body = ("Harwick Bank analyst Tomas Vik said in a note Wednesday that Quillon needs to announce an additional "
            "$4 billion in debt cuts to keep its rating.")
    assert "Tomas Vik" in (claim(body, "$4 billion").claimant or "")
    assert claim("Vik said Quillon announced $4 billion in cuts.", "$4 billion").claimant == "Quillon"


def test_the_analyst_is_the_analyst_named_before(claim):
    body = ("Harwick analyst Tomas Vik said sales would slow. Finally, the analyst is projecting sales of "
            "250,000 consoles in August.")
    assert claim(body, "250,000").claimant == "Tomas Vik"
    assert claim("Sales fell. The analyst said 250,000 units were sold.", "250,000").claimant is None


def test_continuing_that_reports_what_follows(claim):
    body = "Vik continued that the Lindau game will lead all sales with 1.33 million units sold."
    assert claim(body, "1.33 million").claimant == "Vik"
    assert claim("Prices continued to rise by 5 percent.", "5 percent").claimant is None


def test_an_analysis_read_as_a_participles_subject_still_estimates(claim):
    body = ("Analysis from the Varna Budget Office (VBO), released overnight, estimates the cost of the line "
            "will reach $125bn by 2084.")
    assert "Varna Budget Office" in (claim(body, "$125bn").claimant or "")


def test_a_bare_relative_clause_after_a_figure_reports_it(claim):
    body = "This is more than double the $50bn the government said it would cost to build the line."
    assert claim(body, "$50bn").claimant == "government"
    assert claim(body, "more than double").claimant is None


def test_a_figure_contained_in_a_document_is_that_documents(claim):
    body = ("This is in line with the figure contained in the government's business case, released in August, "
            "which forecast it will cost between $30bn and $34.5bn.")
    assert "business case" in (claim(body, "between $30bn and $34.5bn").claimant or "")


def test_a_firm_moving_its_own_outlook_states_the_new_one(claim):
    body = "Ardan Air upped its annual profit outlook to between £675 million and £700 million."
    assert claim(body, "between £675 million and £700 million").claimant == "Ardan Air"


def test_a_he_opening_a_sentence_finds_the_speaker_named_paragraphs_before(claim):
    body = ("Speaking at the institute, Tariq Malik remarked, \u201cThe region has come a long way since 1947.\u201d\n\n"
            "He reaffirmed the cause during a session with researchers.\n\n"
            "He lauded its founders, stating, \u201cOur elders built this state. Today we have five universities "
            "and over 100 colleges.\u201d")
    assert claim(body, "over 100").claimant == "Tariq Malik"


def test_a_report_the_parser_hung_under_its_own_list_still_covers_it(claim):
    body = ("The Lindau Labour Office ran a survey. The office reported that 68% of children surveyed were in "
            "hazardous work, 43% were in street trade and 47% had never been to school.")
    assert claim(body, "43%").claimant == claim(body, "68%").claimant == "Lindau Labour Office"


def test_economists_a_named_survey_asked_are_the_surveys(claim):
    body = "Economists expected 195,000 payroll gains, according to a Harwick survey."
    assert claim(body, "195,000").claimant == "Harwick survey"


def test_a_survey_of_another_kind_is_not_the_one_named_before(claim):
    body = ("Economists expected 195,000 payroll gains, according to a Harwick survey. The labor force grew by "
            "601,000, according to the household survey. The new survey found 40 percent agreed.")
    assert claim(body, "601,000").claimant == "household survey"
    assert claim(body, "40 percent").claimant == "Harwick survey"


def test_unnamed_experts_speaking_end_a_polls_listing(claim):
    body = ("A Harwick poll of economists put the chances of a recession at 40 percent, the agency reported. "
            "And while inflation has been kept in check \u2013 prices rose 2.3 percent in April \u2013 economists "
            "have said they expect it to rise.")
    assert claim(body, "2.3 percent").claimant is None
    body = ("A Harwick poll of voters put Ruiz at 40 percent, the agency reported. Hale trails at 31 percent.")
    assert claim(body, "31 percent").claimant == "Harwick poll"


# ---------------------------------------------------------------- realnews83-89 steps


def test_a_quotation_after_a_sentence_about_a_named_person_is_theirs(claim):
    body = "Maria Lopez is furious with the landlord. \u201cWe pay \u00a3900 a month for a flat with no heating.\u201d"
    assert claim(body, "\u00a3900").claimant == "Maria Lopez"
    body = "The council voted on Monday. \u201cWe pay \u00a3900 a month for a flat with no heating.\u201d"
    assert claim(body, "\u00a3900").claimant is None


def test_an_untagged_quotation_goes_on_the_paragraphs_speaker(claim):
    body = ("\u201cThe bridge matters a great deal,\u201d Rob Haller said. An inquiry opens on 17 March. "
            "\u201cI am taking two reporters with me.\u201d")
    assert claim(body, "two").claimant == "Rob Haller"


def test_how_many_works_someone_wrote_or_listed_is_no_report_of_theirs(claim):
    body = "Rob Haller founded the site. He has written 12 celebrity biographies and contributed columns."
    assert claim(body, "12").claimant is None
    assert claim("Rellick Media has listed six demands to the government.", "six").claimant is None
    assert claim("The ministry wrote that 40 people had died.", "40").claimant == "ministry"


def test_a_newsroom_citing_bare_data_is_their_source(claim):
    assert claim("CNN said data showed 40 percent of viewers were new.", "40 percent").claimant == "CNN"


def test_a_newsrooms_spokesperson_speaks_for_the_firm_and_is_the_they_after(claim):
    body = ("Rellick Media said the BBC was expanding. A BBC spokesperson told reporters the broadcaster is "
            "committed to local news. \u201cWe funded 530 reporters,\u201d they said.")
    assert claim(body, "530").claimant == "BBC spokesperson"


def test_putting_jobs_at_risk_sizes_nothing(claim):
    assert claim("Rellick Media has put the jobs of its four reporters at risk.", "four").claimant is None
    assert claim("The ministry put the death toll at 40.", "40").claimant == "ministry"


def test_it_said_reads_the_body_named_in_the_sentence_before(claim):
    body = ("Rescue crews found the bodies of a fisher and a kayaker, according to the Ardan maritime "
            "authority. It said more than 100 ships had called for help.")
    assert claim(body, "more than 100").claimant == "Ardan maritime authority"


def test_a_name_with_a_who_clause_is_a_person_the_next_he_means(claim):
    body = ("\u201cWages never rise,\u201d Louis Marcel says.\n\nSidi, who works for the charity Future Men, "
            "which supports young men, says many boys cannot wash.\n\n\u201cWe stock the club with soap.\u201d\n\n"
            "He says one boy arrived wearing four T-shirts.")
    assert claim(body, "four").claimant == "Sidi"


def test_it_after_a_firms_results_is_that_firm(claim):
    body = ("Ardan Air cut 40 routes on Monday. The pilots' union Balpa said it would strike. The airline's "
            "revenue fell 6% to \u00a310m. It blamed fuel costs, with seat sales down 10%.")
    assert claim(body, "10%").claimant == "Ardan Air"


def test_the_organization_is_the_body_the_sentence_before_opened_on(claim):
    body = ("On Monday, the Inter American Press Group president Pierre Manet said: \u201cThe measures generate "
            "concern.\u201d\n\nOn April 30, Ardan Press Watch lowered Ardania in its index. "
            "\u201cPress freedom is one of two principles we value,\u201d the organization said.")
    assert claim(body, "two").claimant == "Ardan Press Watch"


def test_a_report_joined_with_a_subject_of_its_own_is_its_own(claim):
    body = ("Official data does not show where the richest live, but the district's median pay of \u00a352,000 "
            "indicates that high earners skew the figures.")
    assert claim(body, "\u00a352,000").claimant is None


def test_schools_recruited_to_take_part_in_a_study_are_not_its_finding(claim):
    body = "Researchers are recruiting 100 schools to take part in a study on school start times."
    assert claim(body, "100").claimant is None


def test_something_that_did_not_show_says_nothing_for_what_follows(claim):
    body = ("That promise didn't show in Kazan. Also, the relays were a disappointment, with only two "
            "victories in the six events.")
    assert claim(body, "two").claimant is None


def test_figures_of_data_a_body_compiled_are_that_bodys(claim):
    body = ("According to the minister, the data has been compiled by the Ardan Police Bureau. "
            "The figures show that a total of 173,367 cases were reported in four years.")
    assert claim(body, "173,367").claimant == "Ardan Police Bureau"
    assert claim("The figures show that 173,367 cases were reported.", "173,367").claimant is None


def test_results_announced_by_a_body_are_its(claim):
    body = ("According to the official results announced by the Ardan Election Commission, Asif won with a "
            "margin of over 18,000 votes.")
    assert claim(body, "over 18,000").claimant == "Ardan Election Commission"


def test_details_showed_names_no_one(claim):
    body = "Profit outflows rose. Details showed that $434m was repatriated to Britain."
    assert claim(body, "$434m").claimant is None


def test_a_rank_before_a_name_does_not_end_the_sentence(claim):
    body = "\u201cWe will recall up to 1,000 retired pilots,\u201d Navy Cdr. Gary Ross, a Pentagon spokesman, said."
    assert claim(body, "up to 1,000").claimant == "Gary Ross"


def test_a_surcharge_added_on_is_no_report(claim):
    body = "Diners questioned why the pandemic would lead to the restaurant adding on a 5% surcharge."
    assert claim(body, "5%").claimant is None


def test_what_someone_told_a_source_at_the_end_relays_is_theirs(claim):
    body = ("Ofgem told her that all but two suppliers would collapse this winter, according to a government "
            "source.")
    found = claim(body, "two")
    assert (found.claimant, found.via) == ("Ofgem", ["government source"])


def test_this_analysis_is_the_storys_own(claim):
    body = "Collectively, the 25 papers in this analysis circulated 1.74 million issues per day."
    assert claim(body, "1.74 million").claimant is None


def test_the_platform_that_reported_a_figure_is_the_firm_named_before(claim):
    body = ("Rellick said publisher views rose 46%. In its full-year results, the platform increased its revenue 69% "
            "and reported 121.4 million daily users.")
    assert claim(body, "121.4 million").claimant == "Rellick"


def test_a_reporter_seeking_comment_takes_no_stance(claim):
    body = "Ardan Watch sought comment from the firm by sending a request to two email addresses."
    assert claim(body, "two").claimant is None
    assert claim("The union is seeking a 5% pay rise.", "5%").claimant == "union"


def test_a_tag_after_a_comma_names_the_speaker_whatever_the_parse(claim):
    body = "Global food crisis deepens with over 2.3 bln facing insecurity, warns COMSTECH"
    assert claim(body, "over 2.3 bln").claimant == "COMSTECH"
    assert claim("The minister warns Congress about the 5% cut.", "5%").claimant == "minister"


def test_someone_sharing_data_states_its_figures(claim):
    body = ("In his keynote, Prof. Choudhary shared sobering global data, including the fact that 733 million "
            "people experienced hunger.")
    assert claim(body, "733 million").claimant == "Prof. Choudhary"
    assert claim("The ministry shared the 40 photos online.", "40").claimant is None


def test_a_place_cited_as_an_example_is_no_source(claim):
    body = ("\u201cThe state has failed\u201d in its duty to protect its citizens, Butt asserted, citing the "
            "\u201cKurram battlefield\u201d where 250 people were killed.")
    assert claim(body, "250").claimant == "Butt"


# ---- twenty-second session: steps from the blind sets realnews104-110 (sentences of our own)


def test_an_inverted_tag_the_parser_joins_as_a_second_verb(claim):
    body = "Endoscopy may miss as many as one in every 15 stomach cancers, suggests a recent review."
    assert claim(body, "as many as one in every 15").claimant == "recent review"
    assert claim("Sales rose 5 percent, and beat the 3 percent forecast.", "5 percent").claimant is None


def test_a_tag_inside_the_clause_covers_what_follows_it(claim):
    body = "The median age has risen since the 1980s, a report finds, from 29 to 38."
    assert claim(body, "38").claimant == "report"
    assert claim("Prices rose, the ministry said, by 4 percent.", "4 percent").claimant == "ministry"
    body = "Two ships collided, officials said, even as the navy reported 14 sailors missing."
    assert claim(body, "14").claimant == "navy"


def test_as_reported_in_a_title_names_the_title(claim):
    body = "Patients who walked daily were 18 percent less likely to be readmitted, as reported in The Lancet."
    assert claim(body, "18 percent").claimant == "Lancet"
    assert claim("Sales rose 5 percent in March, as reported in May.", "5 percent").claimant is None


def test_writing_off_money_and_adding_points_report_nothing(claim):
    assert claim("Norvale Media has written off £7m on the purchase.", "£7m").claimant is None
    assert claim("Castellan Holdings added 2.4pc.", "2.4pc").claimant is None
    assert claim("Jones added that 300 jobs would go.", "300").claimant == "Jones"


def test_a_bulletin_and_an_indictment_speak_as_documents(claim):
    body = "The bulletin says the aim was to serve up to 20,000 users at once."
    assert claim(body, "up to 20,000").claimant == "bulletin"
    assert claim("The indictment says Marsh took $4 million.", "$4 million").claimant == "indictment"


def test_an_editor_named_with_the_title_is_the_editor_later(claim):
    body = "Ledger editor Ray Harland launched the app on Monday. The editor said 400 journalists now use it."
    assert claim(body, "400").claimant == "Ray Harland"


def test_a_councillor_after_a_body_word_is_not_the_bodys_name(claim):
    body = ("Members questioned the leader of the council Cllr Ann Reddy on Thursday.\n\n"
            "A Wexley Council spokesperson said the scheme was fair.\n\n"
            "The council claim the levy will save £2.1 million a year.")
    assert claim(body, "£2.1 million").claimant == "Wexley Council"


def test_a_body_speaking_in_a_sentence_with_no_figure_is_what_it_means_next(claim):
    body = ("Imports rose 4 per cent to 1.2 million tonnes, the Oilseed Traders' Association said. That compares "
            "with 1.1 million tonnes in a Reuters survey.\n\n"
            "\u201cFarmers are losing interest in the crop,\u201d the association said.\n\n"
            "Dependence on imports has reached 65 per cent, it said.")
    assert claim(body, "65 per cent").claimant == "Oilseed Traders' Association"


def test_it_in_an_aside_is_the_owner_of_the_sentences_subject(claim):
    body = ("The push is led by the Halden Forum, which says it costs too much. The forum said the scheme cost "
            "£2bn. The GreenWorks Alliance’s proposals would cost £6bn over five years, it said.")
    assert claim(body, "£6bn").claimant == "GreenWorks Alliance"


def test_a_poll_named_in_the_sentence_is_the_listing_not_a_speaker_in_its_time_clause(claim):
    body = ("After Jane Doyle announced she was backing Ross, the latest Corvel poll for the Herald gives Labour "
            "a boost. Labour now enjoys its biggest Corvel poll lead in months \u2013 nine points \u2013 as "
            "voters turn.")
    assert claim(body, "nine").claimant == "Corvel poll"


def test_who_after_a_name_in_a_phrase_is_the_person_and_seeming_to_believe_is_no_claim(claim):
    body = ("Brown described a difficult negotiation with Carter who, she said, seemed to believe he was owed "
            "about $900,000.")
    assert claim(body, "about $900,000").claimant == "Brown"


def test_in_each_document_is_no_source(claim):
    body = "The 12 passages were in a draft note and in an email \u2013 six comments in each document."
    assert claim(body, "12").claimant is None


def test_according_to_in_a_later_conjunct_covers_that_clause_only(claim):
    body = ("Fans feared that Lee and Park, two of the squad's veterans, might be dropped, but according to the "
            "website the Ringer they are safe.")
    assert claim(body, "two").claimant is None
    assert claim("According to the ministry, 40 people died and 12 were injured.", "12").claimant == "ministry"


def test_experts_in_a_sector_name_no_one(claim):
    body = ("After record results last year, experts in the sector calculate that with the new rules the share "
            "will fall to 35%.")
    assert claim(body, "35%").claimant is None
    body = "Analysts at Barclays calculate that the share will fall to 35%."
    assert claim(body, "35%").claimant == "Analysts at Barclays"


def test_unnamed_people_lamenting_are_no_continuation_of_the_speaker_before(claim):
    body = ("The Armed Services Committee said the deal cost 12 jobs. Many of the 64 senators voting for the deal "
            "also lamented that it targeted younger veterans for savings.")
    assert claim(body, "64").claimant is None


def test_a_long_tag_after_a_question_names_the_speaker(claim):
    body = ("\u201cWhy should I vote to take $500 million out of Medicaid?\u201d Ohio Rep. Dana Colby, the No. 2 "
            "House Democrat, told reporters on Wednesday.")
    assert claim(body, "$500 million").claimant == "Ohio Rep. Dana Colby"


def test_facts_of_the_case_are_no_source_but_rules_are(claim):
    body = "The bench noted that as per facts of the case, police raided the house and two officers were hurt."
    assert claim(body, "two").claimant == "bench"
    body = "According to county rules, no one may campaign within 200 feet of a polling place."
    assert claim(body, "within 200 feet").claimant == "county rules"


def test_a_measure_that_shows_a_trend_speaks_for_no_one(claim):
    body = "Fuel offtake showed a rising trend as well, clocking in at 1.4m tonnes."
    assert claim(body, "1.4m tonnes").claimant is None
    body = "The current momentum suggests the index may test the 90,000 level."
    assert claim(body, "90,000").claimant is None


def test_a_piece_of_reporting_states_what_it_identified(claim):
    body = "In 2019, a Daily Ledger series that identified more than 40 victims drew new attention to the case."
    assert claim(body, "more than 40").claimant == "Daily Ledger series"
    assert claim("Police identified 12 suspects.", "12").claimant is None


def test_targeting_people_is_no_frame_but_targeting_a_level_is(nlp):
    from newsledger.extract.attribution import SourceTracker, find_frames

    def cues(text: str) -> list[str]:
        return [f.cue.lemma_ for s in nlp(text).sents for f in find_frames(s, SourceTracker())]
    assert "target" not in cues("The Rail Authority said it targeted younger commuters for savings.")
    assert "target" in cues("The Rail Authority said it targets 12 million riders a year.")


# ---- steps from the blind sets realnews111-117 (sentences of our own)


def test_the_publisher_is_never_a_committee_named_since(claim):
    body = ("Revenue at the publisher of The Courier fell 8% last year. Brightwater Press owns the title.\n\n"
            "Fees of £900,000 related to the Oversight and Standards Committee were also paid.\n\n"
            "The publisher cited audience data to show its readership had fallen from 4.1 million to 3.2 million.")
    assert claim(body, "3.2 million").claimant != "Standards Committee"


def test_claims_at_law_are_no_reports(claim):
    body = ("In March 2024 the group settled claims brought by Dana Hale and Sir Tom Reeve on the eve of a trial by "
            "admitting wrongdoing and issuing an apology as well as a payout in excess of £8m.")
    assert claim(body, "in excess of £8m").claimant is None
    assert claim("The ministry's claim that 3,000 died was disputed.", "3,000").claimant == "ministry"


def test_a_business_described_at_length_is_the_owner_named_in_the_sentence(claim):
    body = ("Norvale plc\u2019s share price fell on Tuesday as the UK-based magazine and specialist publishing "
            "group said search changes had led to a 20% fall in audience.")
    assert claim(body, "20%").claimant == "Norvale plc"


def test_a_name_with_the_leading_a_sentence_is_the_it_of_the_next(claim):
    body = ("The Herald was the first national paper to leave the audit in January 2020.\n\n"
            "Instead it published subscriber figures each quarter, the last time in January 2024 when it reported "
            "117,000 print subscriptions.")
    assert claim(body, "117,000").claimant == "Herald"


def test_the_research_is_the_analysis_of_the_publisher_named_before(claim):
    body = ("Nearly 90 editorials opposed the plan, according to analysis shared with us by the think tank Eastline.\n\n"
            "The research also found that twice as many articles criticised the minister.")
    assert "Eastline" in claim(body, "twice").claimant


def test_participles_strung_on_a_clause_share_its_named_subject(claim):
    body = ("Lakeside Homes administration has begun work on a wall along the river, pledging completion within "
            "90 days, while also announcing a Rs2 billion relief package.")
    assert claim(body, "Rs2 billion").claimant == "Lakeside Homes administration"


def test_unnamed_studies_in_the_plural_are_where_something_was_seen(claim):
    body = ("Shares of Cellion jumped as much as 120% on Friday after the company said a drug showed 90% "
            "inhibition in preclinical studies.")
    assert claim(body, "as much as 120%").claimant is None
    assert claim("In two studies by Pfizer, 40% of patients improved.", "40%").claimant == "Pfizer"


# ---- steps from the blind sets realnews118-123 (sentences of our own)


def test_presenting_people_with_things_states_nothing(claim):
    body = "The researchers then presented 60 volunteers with 12 photos of four cats."
    assert claim(body, "60").claimant is None


def test_a_phrase_set_off_after_a_name_is_the_outlets_description(claim):
    body = "The minister has said it was right to put down Olga, a 700kg male walrus shot on Sunday."
    assert claim(body, "700kg").claimant is None
    body = "In the survey, Republicans favored Hale, 81 percent to 7 percent, the Ledger found."
    assert claim(body, "81 percent").claimant == "Ledger"


# ---- steps from the blind sets realnews124-135 (sentences of our own)


def test_a_date_before_the_verb_is_no_speaker_and_a_place_prefix_stays_whole(claim):
    body = "Ohio-based Kelder Industries, a firm of 8,000 people, last year announced it was cutting 600 jobs."
    assert claim(body, "600").claimant == "Kelder Industries"
    assert claim(body, "8,000").claimant is None


def test_a_closing_tag_after_a_name_the_parser_hung_as_an_apposition(claim):
    body = "Bitter disputes recently split two trustees of Harrow Foundation Inc, the Daily Courier reported on Monday."
    assert claim(body, "two").claimant == "Daily Courier"


def test_records_show_as_a_closing_tag(claim):
    body = "Residential care facilities account for 30.6% of all virus deaths in Kansas, records show."
    assert claim(body, "30.6%").claimant == "records"


def test_a_headline_passive_of_urging_names_no_speaker(claim):
    body = ("The mayor faces pressure from every side.\n\n"
            "Mayor Dunn urged to let gyms open next week, but at 30% capacity, with staff screened daily.")
    assert claim(body, "30%").claimant is None
    assert claim("The governor urged residents to cut water use by 15%.", "15%").claimant == "governor"
    assert claim("Mayor Dunn originally asked for $2.3 million to fight the outbreak in May.", "$2.3 million").claimant \
        == "Mayor Dunn"


def test_a_guilty_plea_admits_what_it_is_to(claim):
    body = "Lorna Pike pleaded guilty in May to paying a tutor $12,000 to sit her son's entrance exam."
    assert claim(body, "$12,000").claimant == "Lorna Pike"
    body = "Lorna Pike pleaded not guilty in May to paying a tutor $12,000 to sit her son's entrance exam."
    assert claim(body, "$12,000").claimant is None


def test_she_is_never_a_man_named_by_his_first_name(claim):
    body = ("Lorna Pike was sentenced on Friday. Prosecutor Daniel Ferro said the case was grave.\n\n"
            "She has admitted to paying a tutor $12,000 to sit the exam.")
    assert claim(body, "$12,000").claimant == "Lorna Pike"


def test_rejecting_things_counted_is_an_act_not_a_denial(claim):
    assert claim("Rovers rejected three earlier bids from Albion for the striker.", "three").claimant is None
    assert claim("The army denied 300 deaths in the town.", "300").claimant == "army"


def test_a_role_set_off_after_a_name_without_its_closing_comma(claim):
    body = ("Imran Qadir, a former chairman of the Cotton Growers Association of Sindh said growers lost "
            "$12m over five days.")
    assert claim(body, "$12m").claimant == "Imran Qadir"


def test_a_service_named_with_a_number_is_one_source(claim):
    body = "Four people died in a fire in Multan, according to a Rescue 1122 spokesperson."
    assert claim(body, "Four").claimant == "Rescue 1122 spokesperson"


def test_patients_admitted_to_hospital_confess_nothing(claim):
    body = "Patients admitted on the weekends were 25 percent more likely than those admitted during the week to get the drug."
    assert claim(body, "25 percent").claimant is None
    assert claim("Vell admitted on Monday that 300 jobs would go.", "300").claimant == "Vell"


def test_a_legislators_party_and_state_is_no_name(claim):
    body = "Ruiz, D-Nev., said the bill could not clear the 60-vote threshold needed to advance."
    assert claim(body, "60").claimant == "Ruiz"


def test_rejecting_an_agenda_lends_no_speaker_to_the_sentence(claim):
    body = ("The appeals court has nine active judges, four of whom are Democratic appointees, and the court has "
            "rejected the governor's budget plans.")
    assert claim(body, "nine").claimant is None


def test_a_studys_design_is_the_outlets_description(claim):
    body = "The study involved 214 patients with the syndrome and 380 healthy volunteers."
    assert claim(body, "214").claimant is None
    body = "The forecast includes 12 to 16 named storms and three to five major hurricanes, the agency said."
    assert claim(body, "12 to 16").claimant == "agency"


def test_a_place_recording_rain_reports_nothing(claim):
    body = "In Sindh, Larkana received up to 41mm, while Mingora in the north recorded 19mm."
    assert claim(body, "19mm").claimant is None


def test_adding_after_what_was_said_is_the_speakers(claim):
    body = ("Nadia Qureshi said that the country is relying more on imported turbines, adding that nearly "
            "one-quarter of its wind capacity is sourced from abroad.")
    assert claim(body, "nearly one-quarter").claimant == "Nadia Qureshi"


def test_the_company_is_never_a_hospital_or_a_centre(claim):
    body = ("Cortexa Ltd makes the headset. The trial ran at the Halvorsen Centre for Brain Research in Oslo.\n\n"
            "The company expects to sell a dozen systems in the second half of 2012.")
    assert claim(body, "a dozen").claimant == "Cortexa Ltd"


def test_an_inverted_tag_with_a_surname_hung_as_an_adverb(nlp):
    # the parse the small model gave a long sentence ending "…, said Yarborough.", rebuilt by hand
    from spacy.tokens import Doc

    from newsledger.extract.attribution import _inverted_tag
    words = ["Prices", "rose", "sharply", ",", "said", "Yarborough", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 4, 1, 4, 4, 4, 4],
              deps=["nsubj", "ccomp", "advmod", "punct", "ROOT", "advmod", "punct"],
              pos=["NOUN", "VERB", "ADV", "PUNCT", "VERB", "PROPN", "PUNCT"],
              lemmas=["price", "rise", "sharply", ",", "say", "Yarborough", "."], sent_starts=[True] + [False] * 6)
    tag = _inverted_tag(doc[4])
    assert tag is not None and tag.text == "Yarborough"
    words[5], lemmas = "Thursday", ["price", "rise", "sharply", ",", "say", "Thursday", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 4, 1, 4, 4, 4, 4],
              deps=["nsubj", "ccomp", "advmod", "punct", "ROOT", "npadvmod", "punct"],
              pos=["NOUN", "VERB", "ADV", "PUNCT", "VERB", "PROPN", "PUNCT"], lemmas=lemmas, sent_starts=[True] + [False] * 6)
    assert _inverted_tag(doc[4]) is None  # "…, tweeted Thursday.": a day, no name


def test_figures_issued_by_a_name_the_tagger_took_for_a_noun(claim):
    body = "Overall, according to figures issued on Monday by Savefacts, the average easy access rate has risen to 0.8%."
    assert claim(body, "0.8%").claimant == "Savefacts"


def test_a_count_of_charges_denied_is_no_claim_of_the_defendant(claim):
    body = ("Mendy denies attempting to rape the woman. He is on trial with his driver, Paul Ness, who denies 13 "
            "charges involving five women.")
    assert claim(body, "13").claimant is None
    assert claim("The army denied 300 deaths in the town.", "300").claimant == "army"



def test_a_pronoun_left_unresolved_names_no_one(claim):
    body = ("The dispatch comes after a week of setbacks.\n\nHe sent this update for our morning bulletin:\n\n"
            "\"Planners are weighing their choices. About 3,000 advisers are deployed there already.\"")
    assert claim(body, "About 3,000").claimant is None


def test_a_reporting_clause_on_the_figure_itself_names_its_source(claim):
    body = ("But fresh records seen by Ms. Orvik suggest parole-related exits were under 1,900 in 2019, or roughly "
            "6 percent of all cases \u2014 against the 57 percent that VBF admits were entirely voluntary.")
    c = claim(body, "57 percent")
    assert (c.claimant, c.via) == ("VBF", [])  # the outlet compares; Orvik's data do not relay it
    body = "The Ministry of Justice is challenging three state statutes that federal officials say break the law."
    assert claim(body, "three").claimant != "federal officials"  # the clause is about the statutes


def test_a_named_researcher_and_colleagues_are_the_they_that_follows(claim):
    body = ("The compound is sold by Orlan Corp. Lead researcher Ilkka Saarinen spoke to reporters on Monday. "
            "Saarinen and colleagues tracked 40 volunteers with scans. By the end of the trial, they found a "
            "22 percent fall in the protein clumps.")
    assert claim(body, "22 percent").claimant == "Ilkka Saarinen and colleagues"


def test_what_a_study_team_saw_is_their_finding(claim):
    body = ("Mara Quell, who led the paper, called the result striking. In treated mice, the scientists saw a "
            "60% drop in the deposits.")
    assert claim(body, "60%").claimant is not None
    assert claim("Our town saw a 60% rise in burglaries last year.", "60%").claimant is None


def test_the_company_is_the_business_that_spoke_last(claim):
    body = ("Last week rival Delvane Inc cut its outlook. Cortland expects sales to shrink to $48 billion this "
            "year. Next year, the company forecast a further 5 percent slide in sales.")
    assert claim(body, "5 percent").claimant == "Cortland"


def test_an_estimate_as_compiled_by_a_named_body(claim):
    body = "Sales fell short of the consensus estimate of $4.8 billion, as compiled by Tallyhouse Data."
    assert claim(body, "$4.8 billion").claimant == "Tallyhouse Data"


def test_finding_a_person_or_the_net_reports_nothing(claim):
    assert claim("Rescuers found her about 40 metres from the trail.", "about 40 metres").claimant is None
    assert claim("Ostrova found the net from 12 yards in the second half.", "12 yards").claimant is None
    assert claim("The audit found them 20% over budget.", "20%").claimant == "audit"


def test_a_count_of_charges_admitted_is_no_claim_of_the_defendant(claim):
    assert claim("In court, Calder admitted guilt to all four charges.", "four").claimant is None
    assert claim("Calder admitted taking $5,000 from the fund.", "$5,000").claimant == "Calder"


def test_an_embedded_post_is_its_authors(claim):
    body = ("Counting went on through the night.\n\n"
            "Early count puts Yes on 61.2% \u2014 Radio Norland (@radionorland) May 25, 2024\n\n"
            "The result is due on Saturday.")
    assert claim(body, "61.2%").claimant == "Radio Norland"


def test_a_post_signature_in_a_run_of_article_prose_names_no_author(claim):
    body = ("The scale runs from 1 to 5 and two readings are summed. Thinking of you \u2014 Ana Ruiz (@anaruiz) "
            "May 18, 2025 That is twice the rate seen in the north, at 4,000 new cases a year.")
    assert claim(body, "4,000").claimant is None


def test_the_body_before_a_verb_read_as_a_plural_noun(claim):
    body = "The EPA projects that the new standard would save drivers as much as $90 billion over its life."
    assert claim(body, "as much as $90 billion").claimant == "EPA"


def test_a_closing_tag_covers_every_clause_before_it(nlp):
    # a long sentence's parse, rebuilt by hand: the tag hung as a conjunct of the last clause only
    from spacy.tokens import Doc

    from newsledger.extract.attribution import SourceTracker, attribute, find_frames
    words = ["Sales", "rose", "9", "percent", ",", "and", "prices", "fell", "to", "5", "percent", ",", "the",
             "office", "reported", "Friday", "."]
    heads = [1, 1, 3, 1, 1, 1, 7, 1, 7, 10, 8, 7, 13, 14, 7, 14, 1]
    deps = ["nsubj", "ROOT", "nummod", "npadvmod", "punct", "cc", "nsubj", "conj", "prep", "nummod", "pobj", "punct",
            "det", "nsubj", "conj", "npadvmod", "punct"]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "PUNCT", "CCONJ", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT", "DET",
           "NOUN", "VERB", "PROPN", "PUNCT"]
    tags = ["NNS", "VBD", "CD", "NN", ",", "CC", "NNS", "VBD", "IN", "CD", "NN", ",", "DT", "NN", "VBD", "NNP", "."]
    lemmas = ["sale", "rise", "9", "percent", ",", "and", "price", "fall", "to", "5", "percent", ",", "the", "office",
              "report", "Friday", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * 16)
    tracker = SourceTracker()
    tracker.next_sentence(doc.text, 0)
    frames = find_frames(doc[:], tracker)
    assert attribute(doc[:], doc[3], frames).claimant == "office"  # the first clause's 9 percent too


def test_counted_sources_with_an_affiliation_are_the_claimant(claim):
    assert claim("At least 12 people were detained overnight, three police sources said.", "At least 12").claimant \
        == "police sources"
    assert claim("Twelve people were hurt, two sources said.", "Twelve").claimant is None
    assert claim("Two people briefed on the plan said it would cost some $3 billion.", "some $3 billion").claimant is None


def test_census_figures_are_the_censuss(claim):
    assert claim("Census figures show 2.3 million households in the region rent their homes.", "2.3 million").claimant \
        == "Census"


def test_a_body_that_ran_an_unnamed_analysis_is_its_source(claim):
    assert claim("Acme Corp conducted a survey that found 40% of staff were unhappy.", "40%").claimant == "Acme Corp"
    body = ("Its institute has carried out 26 surveys since 2000. Most young voters said they prefer the opposition, "
            "51%-47%.")
    assert claim(body, "51%").claimant != "institute"  # surveys counted are no survey that found anything


def test_he_after_a_person_named_with_an_affiliation_is_the_person(claim):
    body = ("The crater would be the largest in the region, geologist Anders Lindqvist of Sweden's University of "
            "Northern Lapland said. Up to 300 smaller rocks could follow it, he added.")
    assert claim(body, "Up to 300").claimant == "Anders Lindqvist"


def test_a_body_read_as_the_modifier_of_its_own_estimate(nlp):
    # the parse the small model gave a long sentence with a dash aside, rebuilt by hand: no verb, and
    # "estimated" an adjective on the object
    from spacy.tokens import Doc

    from newsledger.extract.attribution import _subject_read_as_modifier
    words = ["The", "IMF", "estimated", "Chile", "\u2019s", "balance", "at", "1.8pc", "."]
    heads = [5, 5, 5, 5, 3, 5, 5, 6, 5]
    deps = ["det", "nmod", "amod", "poss", "case", "ROOT", "prep", "pobj", "punct"]
    pos = ["DET", "PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "NUM", "PUNCT"]
    tags = ["DT", "NNP", "VBN", "NNP", "POS", "NN", "IN", "CD", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, sent_starts=[True] + [False] * 8)
    subject = _subject_read_as_modifier(doc[2])
    assert subject is not None and subject.text == "IMF"
    words[1], pos[1], tags[1] = "newly", "ADV", "RB"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, sent_starts=[True] + [False] * 8)
    assert _subject_read_as_modifier(doc[2]) is None  # "the newly estimated balance": an adjective after all


def test_anticipated_reports_and_a_body_opening_on_any_verb_is_the_it_after(claim):
    assert claim("The IMF anticipated that tax revenue would climb to 13pc of output by 2028.", "13pc").claimant \
        == "IMF"
    body = "The IMF advised the government to cut subsidies. On that path, it projected debt to fall to 70pc of GDP."
    assert claim(body, "70pc").claimant == "IMF"


def test_in_its_titled_publication_names_the_owner(claim):
    body = "The IMF released new figures. In its Regional Outlook 2026, growth for the region is put at 3.2 per cent."
    assert claim(body, "3.2 per cent").claimant == "IMF"


def test_an_irish_name_keeps_its_o(claim):
    assert claim("O'Hallan wants to raise the fee by 2 percent next spring.", "2 percent").claimant == "O'Hallan"


def test_an_average_that_had_fallen_reports_nothing(claim):
    assert claim("By June 2, the weekly average had dropped 8 percent to 310 admissions.", "8 percent").claimant is None


def test_believed_to_have_is_nobodys_report(claim):
    body = ("The elusive smuggler believed to have organised the crossings from Calais last spring was one of two "
            "drivers arrested at Dover, sources told Radio Norland.")
    assert claim(body, "two").claimant is None
    assert claim("Smith is said to have paid $5 million for the house.", "$5 million").claimant is None


def test_a_country_confirming_cases_is_the_place_of_a_named_tally(claim):
    body = "Portugal has confirmed 240,000 infections so far, according to Halden University's virus tracker."
    assert claim(body, "240,000").claimant == "Halden University's virus tracker"


def test_a_poll_taken_before_an_event_is_what_showed_the_figures(claim):
    body = ("A Ledger poll conducted a little more than two weeks before the vote showed that 38% of renters named "
            "housing as their main worry.")
    c = claim(body, "38%")
    assert c.claimant is not None and "Ledger" in c.claimant


def test_according_to_a_name_ending_in_plans(claim):
    body = ("The resort's limit was roughly 60,000 guests before the new wing opened and is roughly 70,000 now, "
            "according to Queue Plans, which tracks crowds.")
    assert claim(body, "roughly 60,000").claimant == "Queue Plans"
    assert claim("If all goes according to plan, 500 homes will be built.", "500").claimant is None


def test_a_website_noted_in_a_colon_lead_in_speaks_the_quotation(claim):
    body = ("It is hard to overstate how much the charter shaped the movement, as the Kellerman Institute website "
            "notes:\n\n\"In the spring of 1971, some 40 young organisers met at a farmhouse outside Dunmore, where "
            "they founded the league.\"")
    assert claim(body, "some 40").claimant == "Kellerman Institute website"


def test_a_place_before_and_their_coauthors_is_no_research_team(claim):
    body = ("The work was led by scientists at the University of Norland and their coauthors abroad. Among the "
            "children tested, only 2.5% carried the virus, researchers reported.")
    assert claim(body, "2.5%").claimant != "Norland and their coauthors"


def test_a_body_that_acts_and_then_says_speaks_for_the_clause_it_says(claim):
    body = "The ministry issued a statement on Monday and said 300 families had been moved from the valley."
    assert claim(body, "300").claimant == "ministry"
    body = "Police arrived at the harbour and said four boats had sunk."
    assert claim(body, "four").claimant == "Police"
    # a passive is what was estimated, a plan is no report
    body = ("Central banks led by the Norland reserve are estimated to have sold as much as 4 billion crowns last "
            "week but could not stop the slide.")
    assert claim(body, "as much as 4 billion").claimant is None


def test_a_name_after_a_quotation_and_an_adjective_is_the_speaker(claim):
    body = "\"It looks like we take all 41 seats,\" a tired Halvorsen told supporters on Tuesday night."
    assert claim(body, "41").claimant == "Halvorsen"


def test_a_majority_in_brackets_is_those_asked_not_a_source(claim):
    body = "A majority (58%) say the new levy is unfair, while fewer than half as many (22%) say it is fair."
    assert claim(body, "22%").claimant is None


def test_counted_posts_say_how_much_was_said_not_what(claim):
    body = "Later that day, Marlow posted three more tweets about the harbour plan."
    assert claim(body, "three").claimant is None
    body = "The ministry posted 300 new cases on its website on Monday."
    assert claim(body, "300").claimant == "ministry"


def test_a_stock_index_records_nothing(claim):
    body = "The Norland All-Share Composite recorded 14 new highs and 96 new lows."
    assert claim(body, "96").claimant is None
    body = "The index showed a mild recovery late in the session, closing at 51,234.5, down 0.2 per cent."
    assert claim(body, "51,234.5").claimant is None
    body = "Norland now ranks 61 out of 180 countries in the Press Liberty Index."
    assert claim(body, "61").claimant != "" and "Index" in (claim(body, "61").claimant or "Index")


def test_a_closing_tag_with_its_article_read_as_a_noun_still_speaks(claim):
    body = ("A team at the Norland School of Public Health published the study on Wednesday. More than 9,000 wells "
            "were drilled in the county between 2002 and 2017, and about one-fifth lie within 2km of a school, the "
            "study states.")
    assert claim(body, "about one-fifth").claimant == "Norland School of Public Health"


def test_a_clause_joined_by_and_with_its_own_reporter_does_not_report_the_first(claim):
    body = ("At least four patients in Halden have died of the fever, and counties like Brask and Vell are also "
            "reporting cases.")
    assert claim(body, "At least four").claimant is None


def test_a_person_named_by_where_they_live_is_the_aged_description_after(claim):
    body = ("Food prices rose again in May. Ingrid Vale of Halden Township is among the shoppers who have noticed "
            "their bills going up. The 47-year-old teacher says she spent about $90 a week on food last winter.")
    assert claim(body, "about $90").claimant == "Ingrid Vale"


def test_a_factbox_heading_names_the_company_of_its_entry(claim):
    body = ("Following is a list of insurers that have cut premiums:\n\nNORLAND MUTUAL (NRM.N)\n\nThe insurer said "
            "it would return $120 million to drivers in nine states.\n\nBRASK GENERAL\n\nThe company said customers "
            "will receive $40 per vehicle.")
    assert claim(body, "$120 million").claimant == "Norland Mutual"
    assert claim(body, "$40").claimant == "Brask General"


def test_a_study_whose_author_the_parser_hung_on_its_sample(claim):
    body = ("A recent survey of more than 2,000 drivers from the consulting firm Halvard found at least 38% plan "
            "to buy an electric car.")
    assert claim(body, "at least 38%").claimant == "Halvard"
    body = "A survey of 1,500 adults from Brask found 40% would fly this summer."
    assert claim(body, "40%").claimant is None or claim(body, "40%").claimant != "Brask"


def test_an_ordinal_source_not_authorized_to_speak_is_anonymous(claim):
    body = ("A second source not authorized to speak on the record said the number of accounts could be as high "
            "as 40.")
    assert claim(body, "as high as 40").claimant is None


def test_a_message_delivered_speaks_through_its_participle(claim):
    body = ("Dr. Ilse Marten on Sunday delivered a long message to her parish — detailing that more than 400 "
            "nurses have left the region's hospitals.")
    assert claim(body, "more than 400").claimant == "Dr. Ilse Marten"


def test_an_as_aside_relays_an_according_to_source(claim):
    body = ("As the Halden Courier reported last week, six districts that have reopened schools are testing far "
            "too little, according to researchers at Brask University.")
    c = claim(body, "six")
    assert c.claimant == "researchers at Brask University" and c.via == ["Halden Courier"]


def test_a_forecast_in_a_relative_clause_on_the_counted_noun(claim):
    body = "Vell said the toll will pass the 20,000 deaths Marlow predicted in April."
    c = claim(body, "20,000")
    assert c.claimant == "Marlow" and c.via == ["Vell"]


def test_a_share_read_into_a_noun_is_still_a_finding(claim):
    body = "A recent survey by Halvard found at least 38% plan to buy an electric car."
    assert claim(body, "at least 38%").claimant == "Halvard"


def test_a_booklet_detailing_how_gives_no_figure(claim):
    body = ("The agency sent every home a booklet last week. It details how to prepare for floods and storms "
            "across 24 pages.")
    assert claim(body, "24").claimant is None
    body = "The audit details 140 cases of overbilling."
    assert claim(body, "140").claimant == "audit"


def test_the_size_of_the_text_a_speaker_wrote_in_is_not_what_was_said(claim):
    body = "\"No court has seen a broader sweep than this,\" the judge wrote in a 54-page opinion."
    assert claim(body, "54-page").claimant is None
    body = "The judge wrote in a 54-page opinion that 300 files had been lost."
    assert claim(body, "300").claimant == "judge"


def test_a_closing_tag_read_as_a_participle_on_its_subject(claim):
    body = ("Road deaths were up 3% and cycling injuries were up 5%, the review by the charities Safe Streets "
            "Norland and the Cyclists' Trust, reported Thursday.")
    assert claim(body, "5%").claimant == "Safe Streets Norland and the Cyclists' Trust"


def test_a_but_inside_a_quotation_does_not_cut_off_its_tag(claim):
    body = ("\"This is one of the three bells that belong not only to the town, but the heritage of the whole "
            "region,'' Ivo Marten, the deputy mayor told reporters on Monday.")
    assert claim(body, "three").claimant == "Ivo Marten"


def test_an_untagged_quotation_goes_on_in_the_words_of_the_paragraphs_reporter(claim):
    body = ("Police chief Ansel Marten spoke at the town hall on Tuesday evening.\n\n"
            "Marten said the other option was to fit trackers to lorries. Many hauliers were unhappy but some "
            "complied. \u201cWhen we brought in the rule, we made it compulsory. There are 9,000 lorries in the "
            "city. Out of them, 4,000 have the tracker.\u201d")
    assert claim(body, "4,000").claimant in ("Marten", "Ansel Marten")
    body = ("Marten spoke at the town hall on Tuesday.\n\nThe council has long fought over lorries. Many hauliers "
            "were unhappy. \u201cThere are 9,000 lorries in the city.\u201d")
    assert claim(body, "9,000").claimant is None


def test_a_generic_capitalised_line_or_a_far_heading_names_no_company(claim):
    body = ("FULL TEXT.\n\nJust days before its results, the social media company said it had closed 90,000 "
            "accounts.")
    assert claim(body, "90,000").claimant != "Full Text."
    body = ("NORLAND MUTUAL\n\nThe insurer cut premiums.\n\nDrivers were pleased.\n\nPrices fell.\n\nBrokers "
            "approved.\n\nLater, the company said it had paid out $12 million.")
    assert claim(body, "$12 million").claimant != "Norland Mutual"


def test_a_paper_or_a_company_named_like_an_index_still_speaks(claim):
    assert claim("Nikkei reported that Halvard will build 3 new plants in Ohio by 2027.", "3").claimant == "Nikkei"
    assert claim("Dow said it would cut 2,000 jobs this year.", "2,000").claimant == "Dow"
    body = ("The Hunger Index is published each year by a charity. The index found that 9 countries had alarming "
            "levels of hunger.")
    assert claim(body, "9").claimant is not None


def test_a_capitalised_headline_or_dateline_is_no_factbox_heading(claim):
    body = "Planes were grounded on Monday.\n\nBRASK CUTS JOBS\n\nThe company said it would cut 2,000 jobs in 2025."
    assert claim(body, "2,000").claimant != "Brask Cuts Jobs"
    body = "NORLAND MUTUAL (NRM.N)\n\nThe insurer said it would return $50 million to drivers."
    assert claim(body, "$50 million").claimant == "Norland Mutual"


def test_an_aged_business_or_a_counted_report_is_not_taken_for_a_person_or_an_act(claim):
    body = "Ivo Marten runs a bakery in Brask. The 50-year-old firm said sales rose 5% in 2023."
    assert claim(body, "5%").claimant != "Ivo Marten"
    body = "The agency reported 3 million comments in a single week, officials said."
    assert claim(body, "3 million").claimant == "agency"


def test_a_text_identified_by_its_journal_is_named_after_the_journal(claim):
    body = "A new study published in the Kestrel Journal of Medicine found that 40% of patients recovered."
    assert claim(body, "40%").claimant == "Kestrel Journal of Medicine"
    body = ("A study published in the Kestrel Journal of Medicine found that 40% of patients recovered. The study "
            "also found that 12 percent relapsed.")
    assert claim(body, "12 percent").claimant == "Kestrel Journal of Medicine"
    body = "The paper, which appeared in the journal Halcyon on Wednesday, found 30 percent of reefs had bleached."
    assert claim(body, "30 percent").claimant == "Halcyon"
    body = "About 26 percent improved, according to a report published in The Norland Review of Psychiatry."
    assert claim(body, "About 26 percent").claimant == "The Norland Review of Psychiatry"
    body = "A study published in the Halvard Journal of Health and Care found that 12 percent relapsed."
    assert claim(body, "12 percent").claimant == "Halvard Journal of Health and Care"  # one name with its "and"
    body = "A study presented in Medicine Hat found 30% of patients relapsed."
    assert claim(body, "30%").claimant == "study"  # a city, where the study was presented
    body = "A report published in Brask found 30 percent of homes were empty."
    assert claim(body, "30 percent").claimant == "report"  # a place, no journal


def test_a_review_is_named_without_the_years_it_covers(claim):
    body = "The review of 1,550 eradications since 1872 found an 88% success rate."
    assert claim(body, "88%").claimant == "review"


def test_an_unnamed_poll_is_the_one_poll_the_story_names_later(claim):
    body = ("It came as a poll showed Ruiz held a 32-point lead over Marten.\n\nThe poll found 38% had yet to vote.\n\n"
            "The Halvard poll with Brask News found Ruiz had 66% of members backing her.")
    assert claim(body, "32").claimant == "Halvard poll"
    assert claim(body, "38%").claimant == "Halvard poll"
    body = ("A poll last year showed Ruiz held a 32-point lead over Marten.\n\n"
            "The Halvard poll with Brask News found Ruiz had 66% of members backing her.")
    assert claim(body, "32").claimant == "poll"  # an earlier poll, not the one named now
    body = ("A poll showed Ruiz held a 32-point lead.\n\nThe Halvard poll found 66% backed her, and the Kestrel "
            "survey found 40% did.")
    assert claim(body, "32").claimant == "poll"  # two named: no telling which


def test_a_courtesy_title_and_surname_is_the_person_named_before(claim):
    body = ("Kestrel is weighing its options, officials said.\n\nIn an interview, Defence Minister Ivo Marten was "
            "asked twice about troops.\n\nMr Marten also revealed that jets could fly about 200 kilometres across "
            "the border.")
    assert claim(body, "about 200 kilometres").claimant == "Ivo Marten"
    body = ("Ana Ruiz spoke on Monday. Tomas Ruiz said on Monday that 30 jets were ready.\n\nMrs Ruiz also said "
            "that 12 pilots had left.")
    assert claim(body, "12").claimant == "Ana Ruiz"
    body = ("Hunter Marten joined the board. Joseph R. Marten Jr. spoke on Monday.\n\nThe elder Mr. Marten said "
            "he had blocked a $1 billion loan.")
    assert claim(body, "$1 billion").claimant == "Mr. Marten"  # two men of that name: no telling which


def test_who_denies_a_report_makes_no_claim_of_its_figure(claim):
    body = "The dispute widened as Brask denied a report in a trade magazine that its van emitted 11 times the limit."
    found = claim(body, "11 times")
    assert found.claimant is None and found.negated
    body = "The company rejected claims that it had cut 500 jobs."
    assert claim(body, "500").claimant is None
    body = "The ministry denied that 40 soldiers had died."
    assert claim(body, "40").claimant == "ministry"


def test_a_reports_that_clause_hung_on_another_verb_is_still_the_reports(claim):
    body = "Shares in Brask were down 10 per cent on the report in Kestrel Weekly that the van emitted 11 times the limit."
    assert claim(body, "11 times").claimant == "Kestrel Weekly"


def test_a_contrast_after_a_reported_clause_goes_on_reporting(claim):
    body = ("The prison bureau said there are 18 active cases among inmates and 14 among staff; while 122 inmates "
            "and 16 staff have recovered.")
    assert claim(body, "122").claimant == "prison bureau"


def test_the_sources_are_the_affiliated_sources_cited_before(claim):
    body = ("Meanwhile, the Higher Education Commission sources said the sector faced a shortfall of Rs60 billion. "
            "The commission faced a shortfall of Rs17.7 billion in 2018. The sources said the gap was Rs60.1 billion.")
    assert claim(body, "Rs60.1 billion").claimant == "Higher Education Commission sources"
    body = "Two sources said the deal was worth $300 million. The sources said 40 staff would go."
    assert claim(body, "40").claimant is None


def test_a_closing_tag_with_a_body_read_as_a_compound_still_speaks(claim):
    body = "During the raid, three officers were injured and taken to hospital, the police claim."
    assert claim(body, "three").claimant == "police"


def test_a_broadcast_transcripts_own_reporter_speaks_in_the_outlets_voice(claim):
    body = ("ANA RUIZ, HOST:\n\nThe church is under scrutiny.\n\nIVO MARTEN, BYLINE: The church has 1,100 branches."
            "\n\nMARTEN: Health authorities are testing around 200,000 members.\n\nTOMAS BRASK: We have 300 "
            "volunteers ready.\n\nMARTEN: The church said more.\n\nBRASK: We will add 50.")
    assert claim(body, "around 200,000").claimant is None
    assert claim(body, "300").claimant == "Tomas Brask"


def test_a_name_with_an_initial_who_has_said_is_the_he_that_follows(claim):
    body = ("Old lorries must be fitted with limiters by March, Regional Transport Officer (RTO) K. Ivo Marten has "
            "said.\n\nThere were 438 school buses in the district, he said.")
    assert claim(body, "438").claimant == "K. Ivo Marten"


def test_a_headline_line_in_the_body_credits_its_source_after_a_dash(claim):
    body = "In Brask\n\nBlasts injure six peacekeepers, including four Kestrans - Pentagon\n\nThe town was quiet."
    assert claim(body, "six").claimant == "Pentagon"
    body = "In Brask\n\nBlasts injure six peacekeepers - Photos\n\nThe town was quiet."
    assert claim(body, "six").claimant is None
    body = "In Brask\n\nBlasts injure six peacekeepers - ABC News\n\nThe town was quiet."
    assert claim(body, "six").claimant is None
    body = "In Brask\n\nBlasts injure six peacekeepers - Halvard Chronicle\n\nThe town was quiet."
    assert claim(body, "six").claimant is None  # a site's name, unknown to us, is no source either


def test_an_analysts_target_price_is_the_analysts(claim):
    body = "Halvard Securities cut its target price for the stock to 900 pence from 1,050 pence."
    assert claim(body, "900 pence").claimant == "Halvard Securities"
    body = "The shares reached a target price of $40 on Monday."
    assert claim(body, "$40").claimant is None


def test_an_opening_adverb_is_no_name_for_the_group_after_it(claim):
    body = "Overall, the trained group found 51 early melanomas during the study."
    assert claim(body, "51").claimant != "Overall"


def test_who_releases_a_text_saying_a_figure_is_its_source(claim):
    body = "In January, the Defense Department released new statistics saying the number doubled from six to 12."
    assert claim(body, "12").claimant == "Defense Department"
    body = "Marten's campaign released an analysis saying a couple would be more than £2,300 worse off."
    assert claim(body, "more than £2,300").claimant == "Marten's campaign"


def test_a_source_inside_a_dash_aside_is_the_asides_figures(claim):
    body = ("Politico reports that Ruiz has made a play for Marten's support — with an estimated net worth of "
            "$32 billion, he's the 12th-richest person in the world, according to Forbes — and Marten likes him.")
    found = claim(body, "$32 billion")
    assert found.claimant == "Forbes" and "Politico" in found.via


def test_a_reporting_verb_read_as_an_adjective_still_speaks(claim):
    body = "On Wednesday, the state grid operator projected power demand would peak at 44,919 megawatts."
    assert claim(body, "44,919 megawatts").claimant == "state grid operator"


def test_a_forecast_read_as_part_of_the_subject_still_speaks(claim):
    body = "The IMF forecast growth in the Brask Area would slow to 0.8pc in 2025."
    assert claim(body, "0.8pc").claimant == "IMF"


def test_who_revises_a_countrys_estimate_is_its_source(claim):
    body = "In January, the IMF had lowered the country's growth estimate to 3pc for the current fiscal year."
    assert claim(body, "3pc").claimant == "IMF"
    assert claim("IMF lowers Norway's GDP growth estimate to 2.6pc", "2.6pc").claimant == "IMF"


def test_a_figure_projected_in_an_absolute_phrase_has_no_speaker_of_its_own(claim):
    body = "Tariffs were expected to shave output in 2025, with growth projected at 0.6pc."
    assert claim(body, "0.6pc").claimant != "growth"


def test_a_report_named_by_its_body_is_not_another_bodys_report(claim):
    body = ("The court also summoned a report from the cabinet secretary on the council.\n\nAccording to the police "
            "report, patrols had been increased at over 1,000 schools.")
    assert claim(body, "over 1,000").claimant == "police"


def test_in_a_report_the_body_that_wrote_it_speaks_and_the_report_is_its(claim):
    body = ("In a report on surveillance, the World Health Organisation examined resistance across 22 antibiotics. "
            "Resistance rose by 5pc a year, the report found.")
    assert claim(body, "22").claimant == "World Health Organisation"
    assert claim(body, "5pc").claimant == "World Health Organisation"


def test_review_cases_for_this_sessions_attribution_rules(claim):
    body = "In a report released on Tuesday, Jorvik ranked 48th out of 50 cities, with 30% of its roads in poor repair."
    assert claim(body, "30%").claimant != "Jorvik"  # what the report is about, not who wrote it
    body = ("Kestrel Mining said copper output fell — for a third straight month — by 12% in April, according to "
            "Reuters — which saw the filing.")
    assert claim(body, "12%").claimant == "Kestrel Mining"  # dashes pair up in order
    assert claim("Kestrel Bank criticised the country's growth forecast of 5% as too rosy.", "5%").claimant != "Kestrel Bank"
    body = "A survey of nurses found 30% planned to quit.\n\nThis survey is the largest of its kind."
    assert claim(body, "30%").claimant != "This survey"
    body = ("A poll commissioned by the union found 52% of members backed a strike.\n\nThe Halvard poll found 40% of "
            "parents opposed it.")
    assert claim(body, "52%").claimant != "Halvard poll"  # another poll, with its own sponsor
    body = "The warden said 18 inmates are sick; while 40 guards stood watch outside the gates."
    assert claim(body, "40").claimant is None  # what went on meanwhile
    body = "The ministry said exports rose 5% in May, while imports fell 3%."
    assert claim(body, "3%").claimant == "ministry"
    body = "Halvorsen posted a study showing 40% of nurses plan to quit."
    assert claim(body, "40%").claimant != "Halvorsen"  # passed on, not put out


def test_a_relative_pronoun_or_a_market_quote_is_never_a_claimant(claim):
    body = "Futures indicated the Brask 200 index would be down 76 points at the reopen of trading."
    assert claim(body, "76").claimant is None
    assert claim("According to WHO, 40 countries were not reporting any data.", "40").claimant == "WHO"  # not 'who'


def test_a_surname_that_is_also_a_modal_speaks(claim):
    body = ("Halden Bank's Anna May cut her outlook for the retailer on Monday.\n\n"
            "Citing weak footfall, May lowered her price target from $41 to $33.\n\n"
            "\"The shares trade at 19x earnings,\" May wrote in a note to clients.")
    for quote in ("$41", "$33", "19x"):
        found = claim(body, quote)
        assert found.claimant in ("Anna May", "May")
        assert not found.hedged  # the name is no 'may'


def test_a_plural_tag_after_a_two_sentence_quotation_names_its_lead_author(claim):
    body = ("The lung tumour was deemed inoperable.\n\n\"Standard radiotherapy fails to control the tumour in 60 "
            "percent to 70 percent of patients. More than half of patients die of the cancer, and 2-year survival is "
            "less than 40 percent with either approach,\" write researcher Rob Tanner, MD, of the Halden Medical "
            "Center, and colleagues in the Journal of Thoracic Care.")
    for quote in ("60 percent to 70 percent", "More than half", "less than 40 percent"):
        assert claim(body, quote).claimant == "Rob Tanner"


def test_it_opening_a_second_joined_clause_is_the_first_clauses_named_subject(claim):
    body = "Norvia shares a border with Brask, yet it has reported no deaths and just 268 confirmed cases."
    assert claim(body, "268").claimant == "Norvia"
    body = "Ana Ruiz toured the plant on Monday, and it reported 30 faults."
    assert claim(body, "30").claimant != "Ana Ruiz"  # a person is never 'it'


def test_a_person_described_again_by_a_split_up_age_is_that_person(claim):
    body = ("Mirela Dunn, a student jailed for her posts, told the court she had faced abuse in detention.\n\n"
            "The 34-year-old, who was completing a doctorate before her arrest, also alleged that she had been "
            "harassed by at least five guards.")
    assert claim(body, "at least five").claimant == "Mirela Dunn"


def test_a_text_filed_by_a_role_noun_is_the_named_persons(claim):
    body = ("Sen. Dana Whitlow attended a closed briefing on the outbreak in January.\n\n"
            "Whitlow sold shares valued at between $1.3 million and $3.1 million, according to disclosure reports "
            "filed by the senator.")
    assert claim(body, "between $1.3 million and $3.1 million").claimant == "Dana Whitlow"


def test_study_participants_told_apart_by_what_they_did_are_no_claimants(claim):
    body = ("A device maker funded the trial.\n\nPeople who started using the headband within 20 minutes of a "
            "migraine reported average pain reductions of 47 percent.")
    assert claim(body, "47 percent").claimant is None
    assert claim("Farmers who grow maize said prices fell 20 percent.", "20 percent").claimant == "Farmers"


def test_a_figure_describing_the_studied_is_not_what_they_are_found_to_say(claim):
    body = ("Researchers studying more than 33,000 Swedish women found that the more chocolate women said they "
            "ate, the lower their risk of stroke.")
    assert claim(body, "more than 33,000").claimant is None
    body = "Nearly half the states say they have seen a decline in their funds, The Halden Journal reported this week."
    assert claim(body, "Nearly half").claimant == "Halden Journal"  # a closing tag, however it is parsed


def test_said_by_a_named_source_to_be_is_that_sources_claim(claim):
    body = "The tycoon owns a chain of stores.\n\nHe is said by Forbes to be worth $2.9 billion."
    assert claim(body, "$2.9 billion").claimant == "Forbes"
    assert claim("The general is said to have paid $5,000 for the car.", "$5,000").claimant is None


def test_a_count_opening_a_sentence_is_no_persons_name(claim):
    body = ("An interior ministry spokesman, Omar Haidari, said on Wednesday militants had staged 30 attacks in "
            "the previous day. Seventeen Taliban members had been killed, he said.")
    assert claim(body, "Seventeen").claimant == "Omar Haidari"


def test_a_running_total_after_the_tag_is_the_speakers(claim):
    body = ("On the other hand, seven more people, including one child, have died due to “famine and malnutrition” "
            "in Brask, the territory’s health ministry said, bringing the number of deaths from starvation to 169, "
            "including 93 children.")
    assert claim(body, "169").claimant == "territory's health ministry"
    assert claim(body, "93").claimant == "territory's health ministry"
    body = "Seven more people have died due to “famine” in Brask, the health ministry said, bringing the toll to 169."
    assert claim(body, "169").claimant == "ministry"


def test_a_rupee_abbreviation_does_not_end_the_sentence(claim):
    body = ("Rana shared his rates for this year, noting that a goat on the first day is priced at Rs. 25,000, "
            "while the rate drops to Rs. 20,000 on the second day.")
    assert claim(body, "Rs. 20,000").claimant == "Rana"


def test_went_on_to_say_after_a_joined_verb_keeps_the_shared_subject(claim):
    body = ("Nadia termed the relief a “very simplistic solution” and went on to say, “What will people who have "
            "lost their homes do with just Rs10,000?”")
    assert claim(body, "Rs10,000").claimant == "Nadia"


def test_a_role_named_in_apposition_speaks_for_a_second_joined_verb(claim):
    body = ("The inquiry's chair, Ann Hale, formally opened proceedings in July and said the investigation would be "
            "broken down into at least nine modules, which will run one after another.")
    assert claim(body, "at least nine").claimant == "Ann Hale"


def test_one_source_named_in_apposition_is_no_count(claim):
    body = "At the same time, annual energy bills are forecast by one analyst, Kestrel Data, to top £6,000 next year."
    assert claim(body, "£6,000").claimant == "Kestrel Data"
    body = "One home, Sheltered Oaks in Marlow, reported 80 fewer cases than last week, according to state data."
    assert claim(body, "80").claimant == "state data"  # a thing counted, named: the data's count


def test_a_report_produced_for_one_body_by_another_is_the_authors(claim):
    body = ("A report produced for the charity by the University of Halden predicts that more than 750,000 extra "
            "scans will be needed every year by 2030.")
    assert claim(body, "more than 750,000").claimant == "University of Halden"


def test_a_one_word_tag_read_as_an_adjective_still_speaks(claim):
    body = "Each household would have to pay more than $8,000 upfront for access, Axios notes."
    assert claim(body, "more than $8,000").claimant == "Axios"


def test_the_company_after_a_named_companys_shares_is_that_company(claim):
    body = ("Stocks fell on the Halden exchange on Monday.\n\nKestrel-Vane International (KVI) shares lost nearly "
            "half their value after the mattress company said it expects its second-quarter profit to plunge 50%.")
    assert claim(body, "50%").claimant == "Kestrel-Vane International"


def test_they_after_a_plural_subject_in_the_same_sentence_is_not_the_last_body(claim):
    body = ("The Halden Institute released its annual review on Monday.\n\nAs elected officials and pundits wait to "
            "hear arguments in two marriage cases this week, they find the ground shifting beneath them.")
    assert claim(body, "two").claimant is None


def test_a_wire_dateline_with_a_colon_and_a_day_that_ends_is_no_speaker(claim):
    body = ("ISLAMABAD, May 29 (APP):The fourth day of the polio campaign in the capital concluded with health teams "
            "reaching 81 percent of the overall target.")
    assert claim(body, "reaching 81 percent").claimant is None
    assert claim("The panel concluded that 40 percent of the funds were misspent.", "40 percent").claimant == "panel"


def test_a_long_affiliation_after_a_speaker_does_not_replace_the_speaker(claim):
    body = ("Among patients diagnosed with mild cognitive impairment, about 60% have amyloid plaques, said Dr. Ana "
            "K. Lindqvist of the Department of Veterans Affairs’ Center for Imaging of Neurodegenerative Diseases.")
    assert "Ana K. Lindqvist" in claim(body, "about 60%").claimant


def test_a_change_in_a_named_index_is_not_the_index_speaking(claim):
    body = ("The drug met the study's primary goal as almost 40 percent of patients achieved a clinical response — "
            "defined as a 100-point reduction in the Crohn’s Disease Activity Index (CDAI) — after six weeks.")
    assert claim(body, "almost 40 percent").claimant != "Crohn's Disease Activity Index"


def test_a_projection_in_a_list_says_its_own_clause_not_the_list(claim):
    body = ("Other major developments include the IMF’s projection that external debt would rise to $126.7bn by "
            "FY26, profit repatriation increased by 115pc year-on-year in April, and the economy grew by 2.4pc.")
    assert claim(body, "$126.7bn").claimant == "IMF"
    assert claim(body, "115pc").claimant is None
    assert claim(body, "2.4pc").claimant is None


def test_a_leading_participle_of_saying_is_the_speakers_own_report(claim):
    body = ("Recalling that two dictators made amendments to the 1973 Constitution that “broke it”, Qureshi "
            "highlighted that even they took “a lot of time” to be passed.")
    assert claim(body, "two").claimant == "Qureshi"
    body = "Addressing 300 donors, Ruiz said the fund had doubled."
    assert claim(body, "300").claimant is None  # what she did meanwhile


def test_a_subject_in_an_absolute_with_phrase_is_no_speaker(claim):
    body = ("That is why this fight is taking place in the Gulf, with each fighter expected to receive a minimum "
            "purse of £33m, far more than they would have got at home.")
    assert claim(body, "£33m").claimant is None
    body = "As the ministry reported on Monday, exports fell 12 percent in March."
    assert claim(body, "12 percent").claimant == "ministry"


def test_the_report_after_a_named_body_surveyed_is_that_bodys(claim):
    body = ("The consultancy Harrow Workplace Associates (HWA) surveyed 43 offices in the UK, covering nearly 50,000 "
            "workers, in June and July.\n\nThe report found that the average attendance was 29%.")
    assert claim(body, "29%").claimant == "Harrow Workplace Associates"


def test_a_places_ranked_thing_is_the_one_named_before_by_that_kind(claim):
    body = ("Brask airport has said it will not need to extend its caps, before cancelling another 26 flights.\n\n"
            "The UK’s second-biggest airport also said it had returned to profit, making £50.6m in the first half.")
    assert claim(body, "£50.6m").claimant == "Brask airport"


def test_money_claimed_in_allowances_is_no_assertion(claim):
    body = ("The research from the Fair Levy Foundation indicates that the US tech company claimed more than £800m "
            "in capital allowances in 2021.")
    assert claim(body, "more than £800m").claimant == "Fair Levy Foundation"
    assert claim("The union claimed 40,000 new members joined in 2021.", "40,000").claimant == "union"


def test_they_after_a_count_they_report_is_still_the_speakers(claim):
    body = ("The health ministry and the World Health Organization confirmed the outbreak on Monday.\n\n"
            "Eleven people have died, they said.")
    assert claim(body, "Eleven").claimant is not None


def test_review_cases_for_the_twenty_seventh_sessions_rules(claim):
    assert claim("People who live near the plant said 30 homes were flooded.", "30").claimant == "People"
    body = "The union claimed a 20 percent rise in payments to managers."
    assert claim(body, "20 percent").claimant == "union" and claim(body, "20 percent").hedged
    assert claim("The panel concluded on Friday: 40 percent of the funds were wasted.", "40 percent").claimant == "panel"
    body = "Support for the tax rose to 44 percent, a 6-point increase in the latest Ipsos survey."
    assert claim(body, "44 percent").claimant == "Ipsos survey"
    body = "Toyota is cutting output. Tokyo shares fell on Monday after the carmaker said it would cut 2,000 jobs."
    assert claim(body, "2,000").claimant != "Tokyo"
    body = "Gatwick Airport said 40,000 passengers were affected. The US's busiest airport said 2,000 flights were cancelled."
    assert claim(body, "2,000").claimant != "Gatwick Airport"
    assert claim("Apple bought the startup last year, and it says it now has 3 million users.", "3 million").claimant != "Apple"
    body = "Police spoke to reporters on Monday. As crowds gathered, they said 40 people had been arrested."
    assert claim(body, "40").claimant == "Police"
    body = "Maryam termed it a flawed answer and went on to say 300 schools would close."
    assert claim(body, "300").claimant == "Maryam"


def test_a_polls_results_go_on_into_a_new_paragraph_on_a_cue(claim):
    body = ("Marsh leads Ortega by 6 points, according to a new Harwick College poll.\n\n"
            "Among independents, Marsh is ahead by 14 points.\n\n"
            "In addition, the share of voters who back the levy fell 5 points, to 44 percent.\n\n"
            "The mayor said turnout would top 60 percent.\n\n"
            "Almost half of those surveyed (48%) back a new stadium.")
    for quote in ("14", "44 percent", "48%"):
        assert "Harwick College poll" in (claim(body, quote).claimant or "")
    assert claim(body, "60 percent").claimant == "mayor"


def test_a_closing_tag_read_as_a_relative_clause_still_reports_the_sentence(claim):
    body = ("Ruiz leads among Latino voters, according to a new Harbour Ledger poll.\n\n"
            "The governor spoke at a rally on Tuesday and said the state would recover.\n\n"
            "Eighty-four percent of Latino voters in Florida have an unfavorable view of Kell, the poll found.")
    assert claim(body, "Eighty-four percent").claimant == "Harbour Ledger poll"
    body = "But to hit its target, the advisory panel concluded, the levy must rise again in 2028, by 10 dollars a ton a year."
    assert claim(body, "10 dollars").claimant == "advisory panel"


def test_a_named_bodys_descriptor_before_a_verb_read_as_a_plural_noun(claim):
    body = "The Ortega campaign projects that a levy on bank transfers would raise $40 billion a year."
    assert claim(body, "$40 billion").claimant == "Ortega campaign"


def test_an_according_aside_after_the_subject_vouches_for_the_bracketed_breakdown(claim):
    body = ("Okafor leads Brandt by 6 points statewide, according to a new Lakeshore University poll.\n\n"
            "Other divides, according to the poll, include age (Okafor leads by 18 points among voters under 30, "
            "while Brandt leads by 11 points among those over 65) and income.")
    assert claim(body, "18").claimant == "Lakeshore University poll"
    assert claim(body, "11").claimant == "Lakeshore University poll"
    body = "Officials expect 250,000 visitors (in fact, the city has planned for 90,000) this summer."
    assert claim(body, "90,000").claimant != "Officials"


def test_respondents_answer_the_poll_their_own_sentence_names(claim):
    body = ("Okafor leads Brandt by 6 points statewide, according to a new Lakeshore University poll.\n\n"
            "Sixty-one percent of voters said the state is on the wrong track, in a Harbour Ledger poll this month.")
    assert claim(body, "Sixty-one percent").claimant == "Harbour Ledger poll"


def test_she_after_an_estimate_is_the_analyst_who_made_it(claim):
    body = ("Harlow shares rose 12 percent on Monday, analyst Katrin Bell of Norland Capital said.\n\n"
            "The drug could reach the market by 2030, Ridgeway Bank's Odalys Varga estimated. She expects "
            "it to cost about $40,000 per patient a year.")
    assert claim(body, "about $40,000").claimant == "Odalys Varga"


def test_a_sentence_opening_on_that_group_goes_on_with_the_finding(claim):
    body = ("Okafor's team also found that the effect was stronger among women whose mothers had the disease. "
            "Among these women, the treatment was linked to a 48 percent lower risk.")
    assert "Okafor" in (claim(body, "48 percent").claimant or "")
    body = "Police said 20 people died in the blast. Among those killed were 12 children."
    assert claim(body, "12").claimant is None


def test_the_object_of_a_verb_of_causing_is_who_does_the_reporting_act(claim):
    body = "Brokers were upbeat. This optimism led the index to post an intraday gain of 1,450 points."
    assert claim(body, "1,450").claimant != "This optimism"
    body = "The regulator asked the bank to report losses of $40 million by Friday."
    assert claim(body, "$40 million").claimant == "regulator"


def test_sources_inside_a_named_body_are_that_bodys_sources_and_they_go_on(claim):
    body = ("Most towers in the capital lack safety certificates. Sources in the Urban Authority said nearly "
            "all of them were built without one.\n\n"
            "They said the authority sold around 30 plots where the towers now stand.")
    assert claim(body, "around 30").claimant == "Urban Authority sources"


def test_the_source_a_sentence_opens_on_is_relayed_by_the_tag_that_closes_it(claim):
    body = ("According to Norland's defence ministry, the rebels have lost 4,700 fighters, as well as 190 tanks, "
            "420 armoured vehicles, 101 artillery systems and 15 boats, The Harbour Ledger reports.")
    c = claim(body, "4,700")
    assert "defence ministry" in (c.claimant or "") and any("Harbour Ledger" in v for v in c.via)


def test_it_is_never_a_plural_subject_named_earlier_in_the_sentence(claim):
    body = ("The sentencing council studied 14 years of court data. While Aboriginal and Torres Strait Islander "
            "women and girls make up 4% of the state's population aged 10 and above, they represented 31.1% of "
            "cases involving a sentenced woman or girl between 2005 and 2019, it said.")
    assert "women" not in (claim(body, "31.1%").claimant or "")


def test_an_inverted_condition_opens_on_no_name(claim):
    body = ("Metro's Dana Okafor said the new buses would keep the city within air standards.\n\n"
            "Were Norland to fall behind, there could be real costs, Okafor said.\n\n"
            "\u201cThe cost of regulation would be well over $200 million a year,\u201d she said.")
    assert "Okafor" in (claim(body, "well over $200 million").claimant or "")


def test_a_captions_picture_credit_is_no_source(claim):
    body = ("Ten-year-old Asha Rao, who recovered after 10 surgeries at the city hospital. \u2014Photo: K. Varma\n\n"
            "Doctors at the hospital said she had arrived with fractures in both legs.")
    assert claim(body, "10").claimant != "K. Varma"


def test_medals_handed_over_are_no_report(claim):
    body = "The University also presented 50 gold medals to meritorious students at the ceremony."
    assert claim(body, "50").claimant is None


def test_a_mid_sentence_tag_and_a_closing_according_split_the_sentence(claim):
    body = ("Seven people were shot and one stabbed in Harlow, KLDN-TV reported, while two people were killed and "
            "six wounded in three shootings in Lindau, according to a report in The Lindau Ledger.")
    assert claim(body, "Seven").claimant == "KLDN-TV"
    assert "Lindau Ledger" in (claim(body, "six").claimant or "")


def test_a_name_with_an_and_in_it_is_still_the_it_of_its_second_clause(claim):
    body = "Trinidad and Tobago has a population of 1.4 million, but it has reported 268 cases."
    assert claim(body, "268").claimant == "Trinidad and Tobago"


def test_a_bare_word_after_said_is_no_person_without_a_full_name_in_the_story(claim):
    body = '"We have invested heavily in the region," said Norlandsoft. He added that 300 jobs would follow.'
    assert claim(body, "300").claimant != "Norlandsoft"


def test_a_tag_whose_clause_the_parser_hung_under_it_still_splits_the_sentence(claim):
    body = "The lender made $3 billion in profit, the bank said, while its rival lost $2 billion, according to Reuters."
    assert claim(body, "$2 billion").claimant == "Reuters"
    assert claim(body, "$3 billion").claimant == "bank"


def test_a_surname_read_as_a_function_word_still_speaks(claim):
    body = "Senior meteorologist Jonathan How said the risk of a wet spring was about three times higher than normal."
    assert claim(body, "about three times").claimant == "Jonathan How"


def test_a_person_named_in_reports_as_someone_is_no_source(claim):
    body = "The girl, named in reports as Tia Marsh, died along with her three friends when their car was hit."
    assert claim(body, "three").claimant is None


def test_an_aside_tag_the_parser_hung_on_the_clause_after_it_reports_the_one_before(claim):
    body = ('"Nobody saw this coming," Dana Okafor says.\n\n'
            "The best-selling bikes have been in the $600 to $1,500 range, she says, which is the bulk of the market.")
    assert claim(body, "$600 to $1,500").claimant == "Dana Okafor"


def test_a_cause_verb_in_a_misread_contact_clause_reports_no_figure(claim):
    body = ("Background checks jumped 54 percent in the first two months of the year, a spike analysts attribute "
            "to the push for new gun laws.")
    assert claim(body, "54 percent").claimant is None


def test_he_after_an_unnamed_teller_is_that_teller(claim):
    body = ('"I never miss a birthday now," said Edgar Barbosa, a driver.\n\n'
            "One driver told News 3 he uses both apps. He said he started on Tuesday. He said in four hours he did 12 rides.")
    assert claim(body, "12").claimant is None


# ---------------------------------------------------------------- wire forms read off new outlets (AFP, Xinhua, APP)


def test_words_quoted_before_quoted_as_saying_are_the_quoted_ones(claim):
    body = "Velmora cleared 32 square kilometres of minefields in 2004, the Harbour Post quoted Prime Minister Anko Dral as saying."
    c = claim(body, "32 square kilometres")
    assert c.claimant == "Prime Minister Anko Dral"
    assert c.via == ["Harbour Post"]


def test_the_report_quoted_as_saying_is_the_report_named_before(claim):
    body = ("Velmora ranked second among 84 countries, according to the annual Minefield Monitor Report from the "
            "International Campaign to Ban Landmines.\n\n"
            "With 32 square kilometres cleared in 2004, Velmora ranks second, the Harbour Post quoted the report as saying.")
    c = claim(body, "32 square kilometres")
    assert c.claimant is not None and "Minefield Monitor Report" in c.claimant
    assert c.via == ["Harbour Post"]


def test_a_body_named_for_its_purpose_keeps_the_whole_name(claim):
    body = "At least 41 journalists were jailed last year, according to the Committee to Protect Journalists."
    assert claim(body, "At least 41").claimant == "Committee to Protect Journalists"


def test_where_a_named_speaker_was_is_no_part_of_the_name(claim):
    body = "The president won 91.01 percent of the vote, said election chief Tarin Vosk in the capital Astana."
    assert claim(body, "91.01 percent").claimant == "Tarin Vosk"


def test_an_aside_the_parser_hung_on_a_later_conjunct_covers_the_clause_before(claim):
    body = ("As much as £60m of food has been wasted on farms because of a labour shortage, according to the "
            "Farmers' Union, which found at least £22m of fruit had been wasted so far this year.")
    assert claim(body, "As much as £60m").claimant == "Farmers' Union"


def test_what_an_expectation_followed_is_not_expected(claim):
    body = ("The central bank left rates on hold. The market had widely expected the decision after weak data, "
            "including just 0.1 percent growth in core prices.")
    assert claim(body, "0.1 percent").claimant is None


def test_praise_for_a_deed_states_the_deed(claim):
    body = "Interior Minister Rafiq Soomro on Saturday lauded the police for arresting more than 14 suspects in Karsal."
    assert claim(body, "more than 14").claimant == "Interior Minister Rafiq Soomro"
    assert claim("The mayor praised the 300 volunteers who cleaned the beach.", "300").claimant is None


def test_a_sum_paid_is_no_speaker_whatever_it_shows(claim):
    body = "The country's oil import bill also showed a negative growth of 6.8 percent in the first quarter."
    assert claim(body, "6.8 percent").claimant is None
    body = "However, the export of raw cotton also showed a sharp rise, increasing by 100 percent."
    assert claim(body, "100 percent").claimant is None


def test_its_survey_is_no_name(claim):
    body = ("The Students' Guild surveyed its members in May.\n\n"
            "Its survey of 1,119 students found that 61.8 percent had cut spending on food.\n\n"
            "Students on a bursary said it would cover just 30 percent of their costs.")
    assert claim(body, "30 percent").claimant != "Its survey"
    assert claim(body, "61.8 percent").claimant is not None and "Guild" in claim(body, "61.8 percent").claimant


def test_a_body_whose_name_ends_in_a_document_word_is_no_document(claim):
    body = ("The Northern Geological Survey recorded a magnitude 2.1 event. Inspectors cited the plant for 11 "
            "violations, according to records from the Mine Safety Administration. The company paid $86,500 in "
            "penalties, the records show.")
    assert claim(body, "$86,500").claimant == "Mine Safety Administration"


def test_a_country_posting_a_surplus_reports_nothing(claim):
    body = ("According to data released by the State Bank of Velmora, the country posted a current account "
            "surplus of $1.195 billion in March.")
    assert claim(body, "$1.195 billion").claimant == "State Bank of Velmora"


def test_data_recorded_by_a_body_are_that_bodys(claim):
    body = "The FEA recorded by the Economic Affairs Division showed inflows fell by about 26pc to about $4.95bn."
    assert claim(body, "about $4.95bn").claimant == "Economic Affairs Division"


def test_a_quotation_after_a_report_goes_to_its_speaker_not_a_source_named_inside(claim):
    # the lead-in's speaker is the one who reports, not "the audits" named inside what she said
    body = ("Councillor Maria Okafor said the audits should show where the grants went. "
            "\u201cBy our own count the grants came to $4.2 billion. "
            "\u201cAudits show 37 wards have filed nothing.\u201d")
    assert "Maria Okafor" in (claim(body, "$4.2 billion").claimant or "")
    assert "Maria Okafor" in (claim(body, "37").claimant or "")


def test_police_ranks_and_initials_introduce_people(claim):
    body = ("Police inspector Rhys Tanner visited the estate on Monday. He said the attack involved "
            "around 12 youths.")
    assert claim(body, "around 12").claimant == "Rhys Tanner"
    body = ("Transport Minister K L Varma has asked for more buses.\n\n"
            "The minister said the depot ran 240 buses last month.")
    assert claim(body, "240").claimant == "K L Varma"


def test_a_reported_clause_hung_as_an_adverbial_one_is_still_reported(claim):
    body = ("Ports Minister K L Varma has asked for more cranes.\n\n"
            "The minister said in the last few months, after him taking charge of the ports portfolio, the "
            "authority held one road show in Chennai with over 45 shippers coming forward to invest.")
    assert claim(body, "over 45").claimant == "K L Varma"
    body = "\u201cWe are ready,\u201d Ruiz said, as 300 teachers stood beside her."
    assert claim(body, "300").claimant is None


def test_an_inverted_document_tag_with_a_time_after_it(claim):
    body = "Exports of rice could fall by 12 per cent, warned a Fitch report this week."
    assert claim(body, "12 per cent").claimant == "Fitch"


def test_a_long_title_before_the_name_and_a_participle_opening(claim):
    body = ("ISLAMABAD: Federal Minister for Ports and Chairman Board of Shipping Farah Iqbal Qureshi on Monday "
            "announced a new terminal.\n\n"
            "Addressing the Senate, she said the floods had displaced nearly 80,000 people.\n\n"
            "Comparing Pakistan's ports with global examples, she noted that Singapore handles 37 million boxes.")
    assert claim(body, "nearly 80,000").claimant == "Farah Iqbal Qureshi"
    assert claim(body, "37 million").claimant == "Farah Iqbal Qureshi"


def test_a_country_is_never_she(claim):
    body = ("Education Secretary Lena Hart spoke in Seoul on Monday.\n\n"
            "The number of study visas the United States issued reached nearly 410,000 last year, she said.")
    assert claim(body, "nearly 410,000").claimant == "Lena Hart"


def test_what_is_expected_after_a_noun_is_no_speaker(claim):
    body = ("The Tamsin estate, for example, is projected to deliver 3,000 houses upon completion, with a smaller "
            "version at Kilakila expected to add another 600 homes.")
    assert claim(body, "600").claimant is None


def test_data_compiled_from_a_survey_by_a_body_are_that_bodys(claim):
    body = ("Nine states were below 80 percent, according to data compiled from the 2019 Household Survey by "
            "the Harlow Health Trust.")
    assert claim(body, "below 80 percent").claimant == "Harlow Health Trust"


def test_a_report_cited_for_its_own_clause_is_not_the_figures_source(claim):
    body = ("Marlow Capital cut its three-month outlook for Brent to $88 a barrel on Monday, citing a Reuters report "
            "that a refinery restart was delayed.")
    assert claim(body, "$88").claimant == "Marlow Capital"
    body = "The health ministry said 14 people died, citing the Central Hospital."
    assert claim(body, "14").claimant == "Central Hospital"  # cited for the figure itself


def test_a_text_that_reads_says_it(claim):
    body = ('"With 31 full-time staff, we are the leanest team in the race," the Ruiz campaign\'s website reads.\n\n'
            "The judge read the ruling to 12 jurors.")
    assert "website" in (claim(body, "31").claimant or "")
    assert claim(body, "12").claimant is None


def test_a_data_tag_between_commas_whose_subject_was_read_as_a_modifier(claim):
    body = ("The total forest area burned across Canada so far this year is double the 2001-2020 average, the Effis "
            "data shows, while the cumulative number of fires is more than three times the average.")
    assert claim(body, "double").claimant == "Effis"
    assert claim(body, "more than three times").claimant == "Effis"


def test_authorities_speak_as_police_do(claim):
    body = "A blaze forced the evacuation of six villages and 900 people on Sunday, authorities said."
    assert claim(body, "900").claimant == "authorities"
    assert claim("Researchers say 40 percent of bees died.", "40 percent").claimant is None


def test_games_that_featured_mascots_state_nothing(claim):
    assert claim("The 1996 Lakeside Games featured four animal mascots.", "four").claimant is None


def test_a_toll_provided_and_an_al_name(claim):
    body = ("Governor Ahmed Salih al-Rashid spoke on Sunday. He also provided a lower casualty toll of 12 dead and "
            "nine wounded.")
    assert claim(body, "12").claimant == "Ahmed Salih al-Rashid"


def test_a_state_that_recorded_cases_is_where_they_happened(claim):
    body = "The same day, Oregon recorded a record daily increase of more than 2,300 new cases."
    assert claim(body, "more than 2,300").claimant is None


def test_bare_critics_and_supporters_are_no_claimants(claim):
    assert claim("But critics say the pact will not stop warming of more than 1.8 degrees.", "more than 1.8 degrees").claimant is None
    assert claim("Supporters said 40 jobs would come to the town.", "40").claimant is None
    assert claim("The mayor's critics said 40 jobs would go.", "40").claimant is not None
