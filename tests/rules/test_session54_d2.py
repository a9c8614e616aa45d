"""Session 54 (d2): numbers and units, false alarms on correct translations and one class
of missed unit changes.

* A range of hours that runs past midnight (tussen 23 uur en 7 uur, 23-7 uur) says hours
  of the clock, though Dutch uur is also the word for a count of hours: its first end is
  the evening hour (11 p.m.), not a figure 23 the translation lost.
* A span of ten said as a range (60 bis 70, 30 to 39) where the other side names it by
  its decade (the 60s, die 30er) adds no figure.
* A bracket that only converts a measure of the sentence into other units (95 degrees
  Fahrenheit (about 35 degrees Celsius)) adds no content: C002 measures without it.
* A three-letter word opening a sentence that the article writes in lower case at least
  twice (Elm ... elm ... elm) is a common noun, not a name lost (N003).
* Finnish compound adjectives on a number (kuusivuotinen "six-year", kolmikerroksinen
  "three-storey") and Lithuanian collective numerals (penkeri metai "five years") are
  read as the number.
* Slovenian cubic metres (kubičnih metrov) are a unit: put as tonnes, D002 reports it.
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, *code: str) -> list[str]:
    return [f"{f.severity.name} {f.message}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in code]


# -- a range of hours past midnight -------------------------------------------------------------
def test_night_range_nl_en():
    assert not codes("Tussen 23 uur en 7 uur rijden er geen treinen.",
                     "No trains run between 11 p.m. and 7 a.m.", "nl", "en", "D001")


def test_night_range_en_nl():
    assert not codes("The shop is closed from 9 pm to 8 am.",
                     "De winkel is gesloten van 21 uur tot 8 uur.", "en", "nl", "D001")
    assert not codes("The park is closed between 9 pm and 8 am.",
                     "Het park is gesloten tussen 21 uur en 8 uur.", "en", "nl", "D001")


def test_night_range_still_checks_the_hour():
    # the evening hour changed (23 ~ 10 p.m.) is still a changed figure
    assert codes("Tussen 23 uur en 7 uur rijden er geen treinen.",
                 "No trains run between 10 p.m. and 7 a.m.", "nl", "en", "D001")


def test_rising_range_is_a_count():
    # hours counted (tussen 16 en 20 uur per week) are no clock times
    assert not codes("Vrijwilligers werken tussen 16 en 20 uur per week.",
                     "Volunteers work between 16 and 20 hours a week.", "nl", "en", "D001")


# -- a decade said as a range ---------------------------------------------------------------------
def test_decade_as_range_en_de():
    assert not codes("Afternoon highs will reach the 70s on Friday.",
                     "Am Freitag erreichen die Höchstwerte 70 bis 80 Grad.", "en", "de", "D001")


def test_decade_as_range_en_fr():
    assert not codes("Most new members are in their 30s.",
                     "La plupart des nouveaux membres ont entre 30 et 39 ans.", "en", "fr", "D001")


def test_decade_range_too_wide_is_reported():
    assert codes("Afternoon highs will reach the 70s on Friday.",
                 "Am Freitag erreichen die Höchstwerte 70 bis 90 Grad.", "en", "de", "D001")


# -- a converted measure in brackets ----------------------------------------------------------------
def test_conversion_bracket_en_de():
    found = codes("It was 95 degrees on Monday.",
                  "Am Montag waren es 95 Grad Fahrenheit (ungefähr 35 Grad Celsius).", "en", "de", "C002", "C003")
    assert not found


def test_conversion_bracket_en_fr():
    found = codes("It was 95 degrees on Monday.",
                  "Lundi, il faisait 95 degrés Fahrenheit (environ 35 degrés Celsius).",
                  "en", "fr", "C002", "C003")
    assert not found
    assert not codes("The lake is 40 feet deep.", "Le lac a une profondeur de 40 pieds (environ 12 mètres).",
                     "en", "fr", "C002", "C003")


def test_bracket_with_content_still_counts():
    # a bracket that says something new is no conversion
    found = codes("On Monday the thermometer reached 95 degrees.",
                  "Am Montag zeigte das Thermometer 95 Grad an (der höchste Wert seit dem "
                  "Beginn der Messungen im Jahr 1881 und ein neuer Rekord für die ganze Region).",
                  "en", "de", "C002", "C003")
    assert found


# -- a three-letter common noun opening a sentence ----------------------------------------------------
SAP_EN = ["In April the farmers collect sap from the birch trees behind the school.",
          "Sap runs fastest after a cold night.",
          "The sap is boiled for hours, and forty litres of sap give one litre of syrup."]


def test_three_letter_common_noun_en_de(article):
    tgt = ["Im April sammeln die Bauern den Saft der Birken hinter der Schule.",
           "Der Saft fließt nach einer kalten Nacht am schnellsten.",
           "Er wird stundenlang gekocht, und aus vierzig Litern Saft wird ein Liter Sirup."]
    assert not [f for f in article(SAP_EN, tgt, "en", "de") if f.code == "N003"]


def test_three_letter_common_noun_en_fr(article):
    tgt = ["En avril, les agriculteurs récoltent la sève des bouleaux derrière l'école.",
           "La sève coule le plus vite après une nuit froide.",
           "On la fait bouillir pendant des heures, et quarante litres de sève donnent un litre de sirop."]
    assert not [f for f in article(SAP_EN, tgt, "en", "fr") if f.code == "N003"]


def test_three_letter_word_once_lower_is_still_weighed(article):
    # written in lower case only once elsewhere: the opening word may still be a name
    src = ["In April the farmers collect sap from the birch trees behind the school.",
           "Sap runs fastest after a cold night."]
    tgt = ["Im April sammeln die Bauern den Saft der Birken hinter der Schule.",
           "Nach einer kalten Nacht fließt er am schnellsten."]
    assert [f for f in article(src, tgt, "en", "de") if f.code == "N003"]


# -- Finnish number compounds, Lithuanian collective numerals -----------------------------------------
def test_finnish_number_compound_en_fi():
    assert not codes("The city signed a six-year contract.",
                     "Kaupunki allekirjoitti kuusivuotisen sopimuksen.", "en", "fi", "D001")
    assert not codes("They live in a three-storey house.",
                     "He asuvat kolmikerroksisessa talossa.", "en", "fi", "D001")


def test_finnish_number_compound_fi_en():
    assert not codes("Kaupunki allekirjoitti kahdeksanvuotisen sopimuksen.",
                     "The city signed an eight-year contract.", "fi", "en", "D001")


def test_finnish_compound_without_number():
    # moni- (many) is no number
    from mtcheck.rules._text import find_numbers
    assert not find_numbers("Kaupunki allekirjoitti monivuotisen sopimuksen.", "fi")


def test_lithuanian_collective_en_lt():
    assert not codes("We waited for five years.", "Laukėme penkerius metus.", "en", "lt", "D001")


def test_lithuanian_collective_lt_en():
    assert not codes("Projektas truko šešerius metus.", "The project took six years.", "lt", "en", "D001")


def test_lithuanian_collective_changed():
    assert codes("Projektas truko šešerius metus.", "The project took seven years.", "lt", "en", "D001")


# -- Slovenian cubic metres ---------------------------------------------------------------------------
def test_slovenian_cubic_metres_sl_en():
    assert codes("Jez zadrži do 8.000 kubičnih metrov vode.",
                 "The dam holds up to 8,000 tonnes of water.", "sl", "en", "D002")


def test_slovenian_cubic_metres_sl_de():
    assert codes("Jez zadrži do 8.000 kubičnih metrov vode.",
                 "Der Damm hält bis zu 8000 Tonnen Wasser zurück.", "sl", "de", "D002")


def test_slovenian_cubic_metres_kept():
    assert not codes("Jez zadrži do 8.000 kubičnih metrov vode.",
                     "The dam holds up to 8,000 cubic metres of water.", "sl", "en", "D002")
