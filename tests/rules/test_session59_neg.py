"""Session 59 (helper neg): P001 negation-flipped.

- A negator right before a bound word ("but not longer", "but no more", "Pas moins de")
  against a side whose negator heads a bound ("nicht mehr als das", "tidak lebih dari
  itu": read as no negator) says the same "not more": no flip.
- A "without" (ohne, sans) against a "without" of the other side that a fixed phrase
  reads as no negator ("sem parar o trânsito": "sem parar" is also "nonstop") says the
  same: no flip.
- A bound on a number word ("no more than half", "nie mehr als zwanzig") is a bound like
  one on digits: the negator dropped before it is the opposite bound, now major (as the
  opposite bound on digits is).
"""
import pytest

import mtcheck


def _p001(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P001" and not f.suppressed]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The old roof may hold for another winter, but not longer.",
     "Atap lama itu mungkin bertahan satu musim dingin lagi, tetapi tidak lebih dari itu.", "en", "id"),
    ("The bridge can carry a few more buses, but no more.",
     "Die Brücke kann noch ein paar Busse tragen, aber nicht mehr als das.", "en", "de"),
    ("Pas moins de 30 % des élèves viennent à vélo.",
     "No less than 30% of the pupils come by bike.", "fr", "en"),
])
def test_not_more_against_a_negated_bound_is_no_flip(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # the negated bound gone: the other side affirms
    ("The old roof may hold for another winter, but not longer.",
     "Atap lama itu mungkin bertahan lebih dari satu musim dingin lagi.", "en", "id"),
    ("The bridge can carry a few more buses, but not longer.",
     "Die Brücke kann mehr Busse tragen als früher.", "en", "de"),
])
def test_not_more_against_an_affirmative_side_is_flagged(src, tgt, sl, tl):
    assert _p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("O presidente pede que a obra seja feita \"sem parar a pesca durante o inverno\".",
     "Der Präsident fordert, die Arbeiten „ohne Unterbrechung der Fischerei im Winter“ durchzuführen.",
     "pt", "de"),
    ("Der Präsident fordert, die Arbeiten „ohne Unterbrechung der Fischerei im Winter“ durchzuführen.",
     "O presidente pede que a obra seja feita \"sem parar a pesca durante o inverno\".", "de", "pt"),
    ("Pediram que a obra continue sem parar a circulação dos barcos.",
     "Ils ont demandé que les travaux continuent sans interrompre la circulation des bateaux.", "pt", "fr"),
])
def test_a_without_against_a_without_in_a_fixed_phrase_is_no_flip(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)


def test_a_without_with_no_without_on_the_other_side_is_flagged():
    assert _p001("O presidente pede que a obra seja feita durante o inverno.",
                 "Der Präsident fordert, die Arbeiten ohne Unterbrechung der Fischerei im Winter durchzuführen.",
                 "pt", "de")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The company promised that no more than half of the staff would work from home.",
     "Das Unternehmen versprach, dass mehr als die Hälfte der Belegschaft von zu Hause arbeiten werde.",
     "en", "de"),
    ("Die Stadt verspricht, dass nie mehr als zwanzig Bäume gefällt werden.",
     "The city promises that more than twenty trees will be felled.", "de", "en"),
])
def test_a_bound_on_a_number_word_dropped_is_the_opposite_bound(src, tgt, sl, tl):
    fs = _p001(src, tgt, sl, tl)
    assert fs and "opposite bound" in fs[0].message and fs[0].severity.label == "major"


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # both bounded alike
    ("The company promised that no more than half of the staff would work from home.",
     "Das Unternehmen versprach, dass nicht mehr als die Hälfte der Belegschaft von zu Hause arbeiten werde.",
     "en", "de"),
    ("More than a third of the members voted for the plan.",
     "Mehr als ein Drittel der Mitglieder stimmte für den Plan.", "en", "de"),
    ("Die Stadt verspricht, dass nie mehr als zwanzig Bäume gefällt werden.",
     "The city promises that no more than twenty trees will be felled.", "de", "en"),
])
def test_a_bound_on_a_number_word_kept_is_silent(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)


def test_the_opposite_bound_on_digits_is_major_too():
    fs = _p001("Der Bus darf nicht mehr als 40 Fahrgäste befördern.",
               "The bus may carry more than 40 passengers.", "de", "en")
    assert fs and "opposite bound" in fs[0].message and fs[0].severity.label == "major"
