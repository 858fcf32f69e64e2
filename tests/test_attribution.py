"""Who claims a figure, and through whom: one invented sentence per attribution frame.

Real spaCy parse, real extractor (`extract_claims`); the sentences are written for these
tests. Each test pins one frame of English news attribution, so a regression names the
frame that broke.
"""

from __future__ import annotations

PUBLISHED = "2024-06-20"  # a Thursday


def test_subject_of_said_is_the_claimant(claim):
    c = claim("Hospital director Maria Okafor said 212 patients had been admitted since the storm.", "212")
    assert "Maria Okafor" in c.claimant
    assert c.via == []


def test_told_a_wire_makes_the_wire_the_route(claim):
    c = claim("The interior minister, Pedro Alvarez, told Reuters that 48 people had been detained.", "48")
    assert "Pedro Alvarez" in c.claimant
    assert c.via == ["Reuters"]


def test_told_a_wire_after_the_figure(claim):
    c = claim("Some 48 people were detained overnight, Pedro Alvarez told Reuters.", "Some 48")
    assert c.claimant == "Pedro Alvarez"
    assert c.via == ["Reuters"]


def test_according_to(claim):
    c = claim("According to the Red Crescent, 1,340 families have lost their homes.", "1,340")
    assert c.claimant == "Red Crescent"


def test_according_to_after_the_figure(claim):
    c = claim("The flooding affected 12 districts, according to the disaster agency.", "12")
    assert c.claimant == "disaster agency"


def test_as_per(claim):
    c = claim("As per the state electricity board, 56,000 households remain without power.", "56,000")
    assert c.claimant == "state electricity board"


def test_possessive_estimate(claim):
    c = claim("The World Bank's estimate puts the damage at $3.2 billion.", "$3.2 billion")
    assert c.claimant == "World Bank"


def test_estimate_from(claim):
    c = claim("An estimate from the health ministry showed 7,800 confirmed infections.", "7,800")
    assert c.claimant == "health ministry"


def test_outlet_citing_an_affiliated_source(claim):
    c = claim("Tass reported, citing the Russian defence ministry, that 19 drones were shot down overnight.", "19")
    assert c.claimant == "Russian defence ministry"
    assert c.via == ["Tass"]


def test_outlet_not_in_the_lexicon_citing_a_source(claim):
    c = claim("Kommersant reported, citing a source in the defence ministry, that 2,000 recruits had "
              "signed contracts.", "2,000")
    assert "defence ministry" in c.claimant
    assert c.via == ["Kommersant"]


def test_outlet_citing_anonymous_sources_keeps_the_outlet(claim):
    c = claim("The newspaper reported, citing anonymous sources, that 2,000 recruits had signed contracts.", "2,000")
    assert c.claimant == "newspaper"
    assert c.via == []


def test_parenthetical_speaker_at_the_end(claim):
    c = claim("About 430 buildings collapsed in the town, the ministry said on Tuesday.", "About 430")
    assert c.claimant == "ministry"


def test_put_the_toll_at(claim):
    c = claim("The civil protection agency put the death toll at 87.", "87")
    assert c.claimant == "civil protection agency"


def test_report_continued_in_the_next_sentence(claim):
    body = "The coast guard said 14 migrants were rescued from the sinking boat. It also said 31 others were missing."
    assert claim(body, "14").claimant == "coast guard"
    assert claim(body, "31").claimant == "coast guard"


def test_quotation_with_speaker_after_the_closing_mark(claim):
    c = claim("\u201cWe have counted 96 bodies so far,\u201d Colonel Ibrahim Sesay said.", "96")
    assert "Ibrahim Sesay" in c.claimant


def test_open_quotation_spanning_two_sentences(claim):
    body = ("\u201cWe have recovered 96 bodies from the river. Another 40 people are still missing,\u201d "
            "Mayor Tomas Reyes said.")
    assert "Tomas Reyes" in claim(body, "96").claimant
    assert "Tomas Reyes" in claim(body, "40").claimant


def test_pronoun_resolves_to_the_person_named_before(claim):
    body = "Governor Janet Mills visited the flooded district on Monday. She said 2,300 homes were damaged."
    assert claim(body, "2,300").claimant == "Janet Mills"


def test_pronoun_after_a_title(claim):
    body = "Dr. Amina Yusuf runs the only hospital in the district. She told reporters that 310 children had been vaccinated."
    assert claim(body, "310").claimant == "Amina Yusuf"


def test_descriptor_resolves_to_the_agency_named_before(claim):
    body = ("The Federal Emergency Management Agency opened shelters across the state. "
            "The agency said 5,100 people had registered for aid.")
    assert "Federal Emergency Management Agency" in claim(body, "5,100").claimant


def test_unaffiliated_anonymous_sources_are_not_the_claimant(claim):
    assert claim("Anonymous sources said 600 workers would lose their jobs.", "600").claimant is None


def test_anonymous_sources_with_an_affiliation_are(claim):
    c = claim("Anonymous police sources said 600 workers had been questioned.", "600")
    assert c.claimant is not None and "police" in c.claimant.lower()


def test_own_voice_has_no_claimant(claim):
    c = claim("The company employs 12,000 people at its three plants.", "12,000")
    assert c.claimant is None
    assert c.via == []


def test_own_voice_sentence_in_a_new_paragraph_does_not_inherit(claim):
    body = "The coast guard said 14 migrants were rescued.\n\nThe boat had left port with 60 passengers aboard."
    assert claim(body, "14").claimant == "coast guard"
    assert claim(body, "60").claimant is None


def test_respondents_polled_by_an_outlet_give_the_outlet(claim):
    c = claim("Economists polled by the Valley Ledger expected 3 cuts this year.", "3")
    assert c.claimant is not None and "Valley Ledger" in c.claimant


def test_a_group_that_calls_itself_a_name_is_that_name(claim):
    body = "The group, which calls itself Black Tide, said it had stolen 4.2 million records."
    assert claim(body, "4.2 million").claimant == "Black Tide"


def test_a_spokesperson_speaks_for_the_institution(claim):
    body = ("The Harbour Authority opened an inquiry on Monday.\n"
            "A spokesperson for the authority said 30 containers were lost.")
    assert claim(body, "30").claimant == "Harbour Authority"


def test_a_claim_owned_by_an_institution_and_denied_by_another(claim):
    c = claim("A spokesperson for the operators denied union claims that 400 jobs were at risk.", "400")
    assert c.claimant is not None and "union" in c.claimant.lower()
    assert c.negated


def test_a_reporter_of_the_outlet_is_its_own_voice(claim):
    assert claim("Our reporter estimates the march is about 3 kilometers long.", "about 3 kilometers").claimant is None


def test_a_role_word_in_front_of_a_name_gives_no_sex_and_a_particle_keeps_it():
    from newsledger.extract.sexes import first_name_sex
    assert first_name_sex("North Carolina GOP spokesman Rob Lockwood") == "m"  # not "Carolina"
    assert first_name_sex("Maria dos Santos") == "f"  # "dos" joins the name, it is no role word
