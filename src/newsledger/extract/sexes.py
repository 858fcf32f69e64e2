"""The sex a person's first name gives, for 'he'/'she' agreement.

Titles ("Mr", "Ms") are the surest sign, but most reports name people without one: "Eric
Rosen … She said" must not make Rosen the speaker. gender-guesser's name lists (some 40,000
first names with how common each is, by sex, in each of 50-odd countries; shipped with the
package and read once per process) answer for names that are one sex wherever they are
listed and listed in more than one country. A name it knows from one country only ("Nurul",
female in its Malaysian column, mostly male in Bangladesh) or as either sex answers None,
and the reader falls back on what the text itself says.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

SURE = {"male": "m", "female": "f"}
SAME_SEX = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
MIN_COUNTRIES = 2  # countries a name must be listed in before its sex is trusted


@lru_cache(maxsize=1)
def _detector():  # noqa: ANN202 - gender_guesser has no type hints
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def _listed_sex(word: str) -> str | None:
    """'m', 'f', '' for a name the lists hold as either sex or too thinly, None for one they lack."""
    detector = _detector()
    answer = detector.get_gender(word)
    if answer == "unknown":
        return None
    rows = detector.names.get(word.lower(), {})  # sex -> one column per country, blank where not listed
    sexes = {SAME_SEX.get(kind) for kind in rows}
    countries = sum(1 for i in range(max((len(v) for v in rows.values()), default=0))
                    if any(i < len(v) and v[i] != " " for v in rows.values()))
    if answer not in SURE or len(sexes) != 1 or countries < MIN_COUNTRIES:
        return ""
    return SURE[answer]


# Lower-case words inside a name or after it ("Paul Wiegert of Canada's University", "Ludwig van
# Beethoven"), which are no role word in front of one.
NAME_JOINERS = frozenset("""of at for from with and in on the to de van von da das do dos del della dei der den di du le la
    e y bin bint ibn ben al el ter ten zu""".split())


@lru_cache(maxsize=4096)
def first_name_sex(name: str) -> str | None:
    """'m' or 'f' for a full name whose first name is clearly one sex ("Eric Rosen", "Prosecutor
    Eric Rosen" -> 'm'), else None: the last word is the surname ("Jordan"), initials say nothing,
    and a role word or title in front ("Prosecutor", "Sen.") is no name at all: the next word is tried."""
    words = name.split()
    role = max((k for k, w in enumerate(words[:-1]) if w.isalpha() and w.islower() and w not in NAME_JOINERS), default=-1)
    # ("North Carolina GOP spokesman Rob Lockwood": the name after the role word, not "Carolina")
    for word in words[role + 1 : -1]:
        if not word.isalpha() or not word[:1].isupper() or len(word) < 3 or word.lower() in STOP_WORDS:
            continue  # "Sen.", "J.": a title or an initial; "Di", "Li": too short to tell (Chinese names);
            # "One Brisbane driver": a word the lists also hold as a name
        sex = _listed_sex(word)
        if sex is not None:
            return sex or None
    return None


def is_first_name(word: str) -> bool:
    """Do the name lists hold `word` as a first name at all, of either sex ("Mary", "Jordan")?"""
    return word.isalpha() and len(word) >= 3 and word.lower() not in STOP_WORDS and _listed_sex(word) is not None
