"""Session 56 (d2): numbers, units, form and spelling.  A unit's or currency's abbreviation
after a figure in Danish, Swedish and Norwegian (90 kr.) is no stray full stop (S012); the
imperfect of a Romance verb and a Nordic plural or definite form of a listed noun are no
misspellings (S006); the plurals "thousands" of French, Italian, Spanish and Portuguese
are soft number words (D001); "has had" after a fronted "since" is the present perfect
(G002); a comparative word between a figure and its unit leaves the unit the figure's
(D002); a Chinese two-character word doubled after a numeral and a measure word is a
slip (S001)."""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# -- S012: the Nordic crown's abbreviation after a figure -----------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "da", "A ticket costs 45 kroner per trip.", "En billet koster 45 kr. pr. tur for voksne."),
    ("en", "sv", "A ticket costs 45 kronor per trip.", "En biljett kostar 45 kr. per resa för vuxna."),
    ("en", "nb", "A ticket costs 45 kroner per trip.", "En billett koster 45 kr. per tur for voksne."),
])
def test_a_nordic_crown_abbreviation_is_no_stray_full_stop(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, "S012") == []


@pytest.mark.parametrize("tl,tgt", [
    ("da", "Broen åbnede hurtigt. men trafikken voksede langsomt."),
    ("sv", "Bron öppnade snabbt. men trafiken växte långsamt."),
])
def test_a_full_stop_after_a_word_inside_a_nordic_sentence_is_still_stray(tl, tgt):
    assert codes("The bridge opened quickly, but traffic grew slowly.", tgt, "en", tl, "S012")


# -- S006: Romance imperfects and Nordic noun forms ------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("pt", "Naqueles anos, a fábrica tecia pano para exportação."),
    ("es", "En aquellos años, la fábrica tejía tela para la exportación."),
])
def test_the_imperfect_of_a_listed_verb_is_no_misspelling(tl, tgt):
    assert codes("The mill wove cloth for export in those years.", tgt, "en", tl, "S006") == []


@pytest.mark.parametrize("tl,tgt", [
    ("sv", "De senaste löpningarna visar det tydligt."),
    ("nb", "De siste evolusjonene viser det tydelig."),
])
def test_a_nordic_form_of_a_listed_noun_is_no_misspelling(tl, tgt):
    assert codes("The latest ones show it clearly.", tgt, "en", tl, "S006") == []


@pytest.mark.parametrize("tl,tgt", [
    ("sv", "Regeringen presenterade invseteringarna i går."),
    ("pt", "Naquele tempo a fábrica terua muitos operários."),
    ("nb", "De siste verdighetene viser det tydelig."),
])
def test_slips_in_those_languages_are_still_misspellings(tl, tgt):
    assert codes("The government presented them.", tgt, "en", tl, "S006")


# -- D001: "plusieurs milliers" for "mehrere tausend" ----------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("fr", "L'organisateur s'attend à plusieurs milliers de visiteurs."),
    ("it", "L'organizzatore si aspetta alcune migliaia di visitatori."),
    ("es", "El organizador espera varios miles de visitantes."),
    ("pt", "O organizador espera vários milhares de visitantes."),
])
def test_thousands_said_as_a_plural_match_a_spelled_thousand(tl, tgt):
    assert codes("Der Veranstalter rechnet mit mehreren tausend Besuchern.", tgt, "de", tl, "D001") == []


def test_hundreds_for_thousands_is_still_a_number_mismatch():
    assert codes("Der Veranstalter rechnet mit mehreren tausend Besuchern.",
                 "L'organisateur s'attend à plusieurs centaines de visiteurs.", "de", "fr", "D001")


# -- G002: "Since Monday, X has had ..." -----------------------------------------------------
@pytest.mark.parametrize("sl,src,tgt", [
    ("de", "Seit Januar hat das Dorf eine neue Schule.", "Since January, the village has had a new school."),
    ("fr", "Depuis lundi, la ville a un nouveau pont.", "Since Monday, the town has had a new bridge."),
])
def test_has_had_after_a_fronted_since_is_the_present_perfect(sl, src, tgt):
    assert codes(src, tgt, sl, "en", "G002") == []


def test_a_present_after_a_fronted_since_is_still_a_calque():
    assert codes("Depuis lundi, la ville a un nouveau pont.", "Since Monday, the town has a new bridge.",
                 "fr", "en", "G002")


# -- D002: a comparative between the figure and its unit -------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("de", "Das neue Boot wird jährlich 40.000 Liter Treibstoff weniger verbrauchen."),
    ("fr", "Le nouveau bateau brûlera 40 000 litres de carburant de moins par an."),
])
def test_a_unit_changed_after_fewer_is_reported(tl, tgt):
    assert codes("The new boat will burn 40,000 fewer gallons of fuel a year.", tgt, "en", tl, "D002")


def test_a_unit_changed_after_more_is_reported():
    assert codes("The runners will cover 5 more miles on Sunday.",
                 "Die Läufer legen am Sonntag 5 weitere Kilometer zurück.", "en", "de", "D002")


@pytest.mark.parametrize("tgt", [
    "Das neue Boot wird jährlich 40.000 Gallonen Treibstoff weniger verbrauchen.",
    "Das neue Boot wird jährlich rund 151.000 Liter Treibstoff weniger verbrauchen.",
])
def test_the_same_unit_or_a_converted_figure_after_fewer_is_fine(tgt):
    assert codes("The new boat will burn 40,000 fewer gallons of fuel a year.", tgt, "en", "de", "D002") == []


# -- S001: a Chinese word doubled after a numeral and a measure word -------------------------
@pytest.mark.parametrize("sl,src,tgt", [
    ("en", "The plant will replace its three ageing turbines.", "该厂将更换三台老旧老旧涡轮机。"),
    ("de", "Die Stadt baut zwei moderne Schulen.", "市政府计划建设两座现代现代学校。"),
])
def test_a_word_doubled_after_a_measure_word_is_reported(sl, src, tgt):
    assert codes(src, tgt, sl, "zh", "S001")


@pytest.mark.parametrize("src,tgt", [
    ("We will look into the matter.", "我们研究研究这个问题。"),
    ("They checked them one by one.", "他们一个一个地检查。"),
    ("Two ageing boilers will be replaced.", "两台老化锅炉将被更换。"),
])
def test_reduplication_and_single_words_are_no_doubled_word(src, tgt):
    assert codes(src, tgt, "en", "zh", "S001") == []
