"""Language identification: English known by its function words, anything else asked of py3langid."""

from __future__ import annotations

import sys

from newsledger.clean.language import clearly_english, detect_language

ENGLISH = ("The council said on Monday that it would close two of its libraries after the budget "
           "was cut by a fifth, and that staff would be moved to the main branch.")
FRENCH = ("Le conseil municipal a annoncé lundi la fermeture de deux bibliothèques après une "
          "réduction du budget, et le personnel sera transféré vers la médiathèque centrale.")
GERMAN = ("Der Stadtrat kündigte am Montag an, zwei Bibliotheken zu schließen, nachdem das Budget "
          "gekürzt wurde; die Mitarbeiter wechseln in die Zentralbibliothek.")


def test_english_prose_is_recognised_without_a_model():
    assert clearly_english(ENGLISH)
    assert detect_language(ENGLISH) == "en"


def test_other_languages_are_not_taken_for_english():
    assert not clearly_english(FRENCH)
    assert not clearly_english(GERMAN)
    assert detect_language(FRENCH) == "fr"
    assert detect_language(GERMAN) == "de"


def test_short_or_wordless_text_has_no_language():
    assert detect_language("Hi there") is None
    assert not clearly_english("1,200 | 3.4 | 55% | 2,000 | 17")


def test_plain_english_does_not_load_the_model(monkeypatch):
    monkeypatch.setitem(sys.modules, "py3langid", None)  # importing it would now fail
    assert detect_language(ENGLISH) == "en"
    assert detect_language(FRENCH) is None  # the identifier is needed, and missing: no guess
