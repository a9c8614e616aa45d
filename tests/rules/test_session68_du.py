"""Session 68 (helper du): unit, date and clock classes.

* the Czech, Slovak and Polish genitive singular a decimal figure takes (0,8 miligramu,
  0,8 mikrograma) names its unit, so milligrams rendered as micrograms are a changed unit;
* Estonian and Finnish units with a case ending on their stem (hektaril, aakrile,
  hehtaarilla) are that unit;
* Hindi, Urdu and Bengali days, weeks, months and years after a figure are units of time;
* Thai currency names run on into the next word (ยูโร, ปอนด์, เยน) are currencies;
* Latvian months in the dative a range's end takes (līdz 28. februārim) are months;
* a Persian date of the solar calendar (۲۵ مهر) is read as the Gregorian month it falls in;
* a whole hour of the 12-hour clock with the part of the day after it (7 το απόγευμα,
  6 in the morning) is that time of day, so 19 Uhr renders it;
* "of" with the definite article (Spanish del) after an amount joins no unit to it.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.numbers import _read, units_of


def _codes(src, tgt, sl, tl, codes=("D001", "D002", "D003")):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in codes and not f.suppressed]


def _units(text, lang, figure):
    n = next(x for x in _read(text, lang) if x.text == figure)
    return units_of(text, n)[0]


# -- Slavic genitive of a decimal ------------------------------------------------------------

def test_czech_milligram_genitive_is_a_unit():
    assert _units("Vzorek studny obsahoval 0,8 miligramu arsenu na litr.", "cs", "0,8") == {"mg"}


def test_czech_milligrams_as_micrograms_flagged():
    src = "Vzorek studny obsahoval 0,8 miligramu arsenu na litr."
    tgt = "Die Brunnenprobe enthielt 0,8 Mikrogramm Arsen pro Liter."
    assert [c for c, _ in _codes(src, tgt, "cs", "de")] == ["D002"]


def test_czech_milligrams_kept_silent():
    src = "Vzorek studny obsahoval 0,8 miligramu arsenu na litr."
    tgt = "Die Brunnenprobe enthielt 0,8 Milligramm Arsen pro Liter."
    assert _codes(src, tgt, "cs", "de") == []


# -- Estonian and Finnish case endings -----------------------------------------------------

def test_estonian_adessive_units():
    assert _units("Istandus asub 65 aakril jõe ääres.", "et", "65") == {"acre"}
    assert _units("Istandus asub 65 hektaril jõe ääres.", "et", "65") == {"ha"}


def test_estonian_hectares_as_acres_flagged():
    src = "The orchard stretches over 65 hectares beside the river."
    tgt = "Viljapuuaed laiub jõe ääres 65 aakril."
    assert [c for c, _ in _codes(src, tgt, "en", "et")] == ["D002"]


def test_estonian_hectares_kept_silent():
    src = "The orchard stretches over 65 hectares beside the river."
    tgt = "Viljapuuaed laiub jõe ääres 65 hektaril."
    assert _codes(src, tgt, "en", "et") == []


def test_finnish_adessive_acres_flagged():
    src = "The orchard stretches over 65 hectares beside the river."
    tgt = "Hedelmätarha sijaitsee joen rannalla 65 eekkerillä."
    assert [c for c, _ in _codes(src, tgt, "en", "fi")] == ["D002"]


def test_consonant_stems_take_no_case_ending():
    # (an English plural is no Finnic case: "ponds" is no Dutch pound)
    assert _units("The park has 3 ponds and a lake.", "en", "3") == frozenset()


# -- South Asian units of time ---------------------------------------------------------------

def test_hindi_months_as_weeks_flagged():
    src = "The school will reopen after 18 months of repairs."
    tgt = "मरम्मत के 18 हफ्तों बाद स्कूल फिर खुलेगा।"
    assert [c for c, _ in _codes(src, tgt, "en", "hi")] == ["D002"]


def test_hindi_months_kept_silent():
    src = "The school will reopen after 18 months of repairs."
    tgt = "मरम्मत के 18 महीनों बाद स्कूल फिर खुलेगा।"
    assert _codes(src, tgt, "en", "hi") == []


def test_urdu_years_are_a_unit():
    assert _units("یہ پل 12 سال میں مکمل ہوا۔", "ur", "12") == {"year"}


# -- Thai currency names ---------------------------------------------------------------------

def test_thai_pounds_as_euros_flagged():
    src = "The repairs to the pier are expected to cost £640,000."
    tgt = "คาดว่าการซ่อมท่าเรือจะมีค่าใช้จ่าย 640,000 ยูโร"
    assert [c for c, _ in _codes(src, tgt, "en", "th")] == ["D002"]


def test_thai_pounds_kept_silent():
    src = "The repairs to the pier are expected to cost £640,000."
    tgt = "คาดว่าการซ่อมท่าเรือจะมีค่าใช้จ่าย 640,000 ปอนด์"
    assert _codes(src, tgt, "en", "th") == []


# -- Latvian months in the dative -------------------------------------------------------------

def test_latvian_dative_month_changed_flagged():
    src = "The botanical garden's orchid show is open from 14 to 28 February."
    tgt = "Botāniskā dārza orhideju izstāde ir atvērta no 14. līdz 28. martam."
    assert [c for c, _ in _codes(src, tgt, "en", "lv")] == ["D003"]


def test_latvian_dative_month_kept_silent():
    src = "The botanical garden's orchid show is open from 14 to 28 February."
    tgt = "Botāniskā dārza orhideju izstāde ir atvērta no 14. līdz 28. februārim."
    assert _codes(src, tgt, "en", "lv") == []


# -- Persian dates of the solar calendar ----------------------------------------------------

def test_persian_solar_date_converted_to_another_month_flagged():
    src = "ثبت‌نام در مسابقه شنا تا ۲۵ مهر ادامه دارد."
    tgt = "Die Anmeldung zum Schwimmwettbewerb läuft bis zum 17. November."
    assert [c for c, _ in _codes(src, tgt, "fa", "de")] == ["D003"]


def test_persian_solar_date_converted_kept_silent():
    src = "ثبت‌نام در مسابقه شنا تا ۲۵ مهر ادامه دارد."
    tgt = "Die Anmeldung zum Schwimmwettbewerb läuft bis zum 17. Oktober."
    assert _codes(src, tgt, "fa", "de") == []


def test_persian_month_word_without_a_day_is_no_date():
    # (تیر alone is also "arrow", مهر "seal"): only a dated month is read
    from mtcheck.rules.numbers import _solar_dates
    assert _solar_dates("او با یک تیر دو نشان زد و مهر شرکت را زد.") == []


# -- the 12-hour clock with the part of the day ---------------------------------------------

def test_greek_evening_hour_as_24_hour_clock_silent():
    src = "Η συναυλία της χορωδίας θα ξεκινήσει στις 7 το απόγευμα στην πλατεία."
    tgt = "Das Konzert des Chors beginnt um 19 Uhr auf dem Platz."
    assert _codes(src, tgt, "el", "de") == []


def test_english_evening_hour_as_24_hour_clock_silent():
    src = "The ferry leaves the harbour at 9 in the evening."
    tgt = "Die Fähre verlässt den Hafen um 21 Uhr."
    assert _codes(src, tgt, "en", "de") == []


def test_morning_hour_as_evening_clock_flagged():
    src = "Η συναυλία της χορωδίας θα ξεκινήσει στις 7 το πρωί στην πλατεία."
    tgt = "Das Konzert des Chors beginnt um 19 Uhr auf dem Platz."
    assert [c for c, _ in _codes(src, tgt, "el", "de")] == ["D001"]


def test_evening_hour_another_hour_flagged():
    src = "The ferry leaves the harbour at 9 in the evening."
    tgt = "Die Fähre verlässt den Hafen um 22 Uhr."
    assert [c for c, _ in _codes(src, tgt, "en", "de")] == ["D001"]


# -- "of the" after an amount ---------------------------------------------------------------

def test_amount_of_the_month_before_has_no_unit():
    src = "Le vendite di ottobre della cooperativa sono state di 2,7 milioni di euro, contro 2,1 milioni di euro a settembre."
    tgt = "Las ventas de octubre de la cooperativa sumaron 2,7 millones de euros, frente a 2,1 millones del mes anterior."
    assert _codes(src, tgt, "it", "es") == []


def test_amount_of_euros_keeps_its_unit():
    src = "Il fatturato della cooperativa è salito a 8,1 milioni di euro."
    tgt = "La facturación de la cooperativa subió a 8,1 millones de dólares."
    assert [c for c, _ in _codes(src, tgt, "it", "es")] == ["D002"]
