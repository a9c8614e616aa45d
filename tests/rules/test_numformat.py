"""S007 number-format: a figure written with the source's separator instead of the target
locale's (written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Severity

CFG = Config(select=["S007"])


def found(src: str, tgt: str, sl: str, tl: str):
    return [(f.text, f.suggestion, f.severity) for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG)]


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # a thousands separator that the target reads as a decimal one: the figure changes
    ("en", "de", "About 70,000 people were detained.", "Etwa 70,000 Menschen wurden festgenommen.",
     [("70,000", "70.000", Severity.MAJOR)]),
    ("en", "fr", "About 70,000 people were detained.", "Environ 70,000 personnes ont été arrêtées.",
     [("70,000", "70\u202f000", Severity.MAJOR)]),
    ("de", "en", "Etwa 70.000 Menschen wurden festgenommen.", "About 70.000 people were detained.",
     [("70.000", "70,000", Severity.MAJOR)]),
    # a decimal separator kept from the source: a slip, the figure is still clear
    ("en", "de", "The rate rose to 3.5 percent.", "Die Quote stieg auf 3.5 Prozent.",
     [("3.5", "3,5", Severity.MINOR)]),
    ("de", "en", "Die Quote stieg auf 3,5 Prozent.", "The rate rose to 3,5 percent.",
     [("3,5", "3.5", Severity.MINOR)]),
    # before a scale word the figure is judged too
    ("de", "en", "Der Preis stieg auf 1,5 Millionen Franken.", "The price rose to 1,5 million francs.",
     [("1,5", "1.5", Severity.MINOR)]),
    ("en", "fr", "It cost 2.5 billion dollars.", "Cela a coûté 2.5 milliards de dollars.",
     [("2.5", "2,5", Severity.MINOR)]),
    # a Swiss apostrophe kept where the language never groups so
    ("de", "en", "Es kostet 70'000 Franken.", "It costs 70'000 francs.", [("70'000", "70,000", Severity.MINOR)]),
    ("fr", "es", "Cela coûte 70'000 francs.", "Cuesta 70'000 francos.", [("70'000", "70.000", Severity.MINOR)]),
])
def test_wrong_separator_for_the_target_locale(sl, tl, src, tgt, want):
    assert found(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "About 70,000 people were detained.", "Etwa 70.000 Menschen wurden festgenommen."),
    ("en", "fr", "About 70,000 people were detained.", "Environ 70 000 personnes ont été arrêtées."),
    ("de", "en", "Die Quote stieg auf 3,5 Prozent.", "The rate rose to 3.5 percent."),
    ("de", "en", "Der Preis stieg auf 1,5 Millionen Franken.", "The price rose to 1.5 million francs."),
    ("de", "fr", "Es kostet 70'000 Franken.", "Cela coûte 70'000 francs."),  # Swiss French groups so too
    ("de", "en", "Es kostet 70'000 Franken.", "It costs 70,000 francs."),
    ("de", "en", "Im Gefängnis sassen 70'000 Menschen.", "70,000 people were in prison."),
    # versions and names keep their form; times are not numbers here
    ("en", "de", "The Web 2.0 era began.", "Die Ära des Web 2.0 begann."),
    ("de", "en", "Er kam um 14.30 Uhr.", "He came at 2:30 pm."),
    # a value the source does not have is D001's business, not a format question
    ("en", "de", "The rate rose to 4.5 percent.", "Die Quote stieg auf 3.5 Prozent."),
])
def test_right_or_unrelated_formats_pass(sl, tl, src, tgt):
    assert found(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # the Swiss apostrophe is Swiss: a target tagged with another region groups its own way
    ("en", "de-DE", "About 70,000 people were detained.", "Etwa 70'000 Menschen wurden festgenommen.",
     [("70'000", "70.000")]),
    ("en", "fr-FR", "About 70,000 people were detained.", "Environ 70'000 personnes ont été arrêtées.",
     [("70'000", "70\u202f000")]),
    ("en", "de-CH", "About 70,000 people were detained.", "Etwa 70'000 Menschen wurden festgenommen.", []),
    ("en", "fr-CH", "About 70,000 people were detained.", "Environ 70'000 personnes ont été arrêtées.", []),
    ("en", "de", "About 70,000 people were detained.", "Etwa 70'000 Menschen wurden festgenommen.", []),
])
def test_the_swiss_apostrophe_outside_switzerland(sl, tl, src, tgt, want):
    got = mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["S007"]))
    assert [(f.text, f.suggestion) for f in got] == want
    if want:
        assert f"groups thousands the Swiss way; {tl} writes" in got[0].message


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # English tagged with a region: a full date in the other variety's order
    ("de", "en-US", "Das Gesetz tritt am 4. Februar 2025 in Kraft.", "The law takes effect on 4 February 2025.",
     [("4 February 2025", "February 4, 2025")]),
    ("fr", "en-US", "La loi entre en vigueur le 4 février 2025.", "The law takes effect on 4 February 2025.",
     [("4 February 2025", "February 4, 2025")]),
    ("de", "en-GB", "Das Gesetz tritt am 4. Februar 2025 in Kraft.", "The law takes effect on February 4, 2025.",
     [("February 4, 2025", "4 February 2025")]),
    ("fr", "en-AU", "La loi entre en vigueur le 4 février 2025.", "The law takes effect on February 4, 2025.",
     [("February 4, 2025", "4 February 2025")]),
    # the region's own order, and untagged English, stand
    ("de", "en-US", "Das Gesetz tritt am 4. Februar 2025 in Kraft.", "The law takes effect on February 4, 2025.", []),
    ("fr", "en-GB", "La loi entre en vigueur le 4 février 2025.", "The law takes effect on 4 February 2025.", []),
    ("de", "en", "Das Gesetz tritt am 4. Februar 2025 in Kraft.", "The law takes effect on 4 February 2025.", []),
])
def test_english_date_order_of_a_regional_target(sl, tl, src, tgt, want):
    got = mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["S009"]))
    assert [(f.text, f.suggestion) for f in got] == want


def test_a_regraded_rule_keeps_the_users_severity():
    cfg = Config(select=["S007"], severities={"S007": Severity.MINOR})
    fs = mtcheck.check_pair("About 70,000 people were detained.", "Etwa 70,000 Menschen wurden festgenommen.",
                            "en", "de", config=cfg)
    assert [f.severity for f in fs] == [Severity.MINOR]


# -- S009 date-time-format -------------------------------------------------------------------
S009 = Config(select=["S009"])


def s009(src: str, tgt: str, sl: str, tl: str):
    return [(f.text, f.suggestion) for f in mtcheck.check_pair(src, tgt, sl, tl, config=S009)]


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("de", "en", "Am 4. Februar 2025 begann die Sitzung.", "On 4. February 2025 the meeting began.",
     [("4. February", "4 February")]),
    ("de", "fr", "Am 4. Februar 2025 begann die Sitzung.", "Le 4. février 2025, la séance a commencé.",
     [("4. février", "4 février")]),
    ("de", "es", "Am 4. Februar 2025 begann die Sitzung.", "El 4. febrero de 2025 empezó la sesión.",
     [("4. febrero", "4 de febrero")]),
    ("de", "en", "Um 14.30 Uhr begann die Sitzung.", "At 14.30 o'clock the meeting began.",
     [("14.30 o'clock", "2:30 pm")]),
    ("de", "en", "Um 17 Uhr begann die Sitzung.", "The meeting began at 17 o'clock.", [("17 o'clock", "5 pm")]),
    ("de", "fr", "Um 14.30 Uhr begann die Sitzung.", "La séance a commencé à 14.30 heures.",
     [("14.30 heures", "14 h 30")]),
])
def test_date_and_time_in_the_source_convention(sl, tl, src, tgt, want):
    assert s009(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Am 4. Februar 2025 begann die Sitzung.", "On 4 February 2025 the meeting began."),
    ("de", "en", "Um 5 Uhr begann die Sitzung.", "The meeting began at 5 o'clock."),  # English
    ("de", "fr", "Um 14.30 Uhr begann die Sitzung.", "La séance a commencé à 14 h 30."),
    ("en", "de", "The meeting began on 4 February.", "Die Sitzung begann am 4. Februar."),  # German has the dot
    ("de", "en", "Er wurde Vierter. Im März kam er zurück.", "He came 4. March saw him return."),  # no date in source
])
def test_date_and_time_pass(sl, tl, src, tgt):
    assert s009(src, tgt, sl, tl) == []


# S014 currency-format: the sign before the amount where the target writes it after
def currency(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str | None]]:
    cfg = Config(select=["S014"])
    return [(f.text, f.suggestion) for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg)]


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("en", "de", "The fine is $120.", "Die Busse beträgt $120.", [("$120", "120\u00a0$")]),
    ("en", "fr", "The house cost £250,000.", "La maison a coûté £250 000.", [("£250 000", "250 000\u00a0£")]),
    ("en", "es", "Tickets cost €5.", "Las entradas cuestan € 5.", [("€ 5", "5\u00a0€")]),
    ("en", "it", "It fell to $37.50.", "È sceso a $37,50 e poi a $30.", [("$37,50", "37,50\u00a0$"),
                                                                      ("$30", "30\u00a0$")]),
])
def test_a_currency_sign_before_the_amount(sl, tl, src, tgt, want):
    assert currency(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "The fine is $120.", "Die Busse beträgt 120 $."),
    ("en", "de", "The fine is $120.", "Die Busse beträgt 120 Dollar."),
    # English, Dutch and Brazilian Portuguese write the sign first
    ("de", "en", "Die Busse beträgt 120 $.", "The fine is $120."),
    ("en", "nl", "Tickets cost €5.", "Kaartjes kosten € 5."),
    # a longer symbol that is one token (US$, R$) is not judged
    ("en", "de", "It costs US$5.", "Es kostet US$ 5."),
])
def test_currency_order_of_the_locale_passes(sl, tl, src, tgt):
    assert currency(src, tgt, sl, tl) == []


# a figure grouped more than once with the mark the target reserves for decimals
# (1,250,000 in German or Italian, 1.250.000 in English): unambiguous, so minor
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("en", "de", "The project costs 1,250,000 euros.", "Das Projekt kostet 1,250,000 Euro.",
     [("1,250,000", "1.250.000", Severity.MINOR)]),
    ("en", "it", "The project costs 1,250,000.50 euros.", "Il progetto costa 1,250,000.50 euro.",
     [("1,250,000.50", "1.250.000,50", Severity.MINOR)]),
    ("de", "en", "Das Projekt kostet 1.250.000 Euro.", "The project costs 1.250.000 euros.",
     [("1.250.000", "1,250,000", Severity.MINOR)]),
    ("es", "en", "El proyecto cuesta 12.400.000 euros.", "The project costs 12.400.000 euros.",
     [("12.400.000", "12,400,000", Severity.MINOR)]),
])
def test_grouping_with_the_targets_decimal_mark(sl, tl, src, tgt, want):
    assert found(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "The project costs 1,250,000 euros.", "Das Projekt kostet 1.250.000 Euro."),
    ("en", "es", "Sales reached 12,400,000 euros.", "Las ventas alcanzaron 12.400.000 euros."),
    ("de", "en", "Der Server hat die Adresse 10.250.100.200.", "The server has the address 10.250.100.200."),
    ("en", "de", "Call 1,250,000 times.", "Die Nummer 2,350,000 ist eine andere."),
])
def test_local_grouping_and_addresses_pass(sl, tl, src, tgt):
    assert found(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # an English month-first date copied into a language that reads the day first
    ("en", "de", "The deadline is 12/25/2024.", "Die Frist endet am 12/25/2024.", ("25.12.2024", "minor")),
    ("en", "fr", "The deadline is 12/25/2024.", "La date limite est le 12/25/2024.", ("25/12/2024", "minor")),
    # from an en-US source, a date valid both ways is silently another date there
    ("en-US", "de", "The deadline is 03/12/2024.", "Die Frist endet am 03/12/2024.", ("12.03.2024", "major")),
    ("en-US", "es", "The deadline is 3/12/2024.", "El plazo vence el 3/12/2024.", ("12/3/2024", "major")),
    # an English source that may be British, a localised date, a day-first source: nothing
    ("en", "de", "The deadline is 03/12/2024.", "Die Frist endet am 03/12/2024.", None),
    ("en", "de", "The deadline is 12/25/2024.", "Die Frist endet am 25.12.2024.", None),
    ("fr", "en", "Le délai est le 25/12/2024.", "The deadline is 25/12/2024.", None),
])
def test_s009_month_first_dates_in_day_first_languages(sl, tl, src, tgt, expected):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "S009"]
    assert [(f.suggestion, f.severity.label) for f in fs] == ([expected] if expected else [])


# -- has_digit: str.isdigit over the text, with a C-speed pre-test -------------------------
@pytest.mark.parametrize("text,want", [
    ("Am Montag begann die Sitzung.", False),
    ("Über Straßen und Brücken", False),  # non-ASCII, no digit
    ("La séance a commencé à 14 h 30.", True),
    ("Fläche 20 m²", True),
    ("m² und km³", True),  # only superscripts: isdigit, not \d
    ("Punkt ③ der Liste", True),
    ("H₂O", True),
    ("emoji 😀 ohne Ziffer", False),  # beyond the BMP, no digit
    ("١٢ عربي", True),  # Arabic-Indic digits
    ("", False),
])
def test_has_digit(text, want):
    from mtcheck.rules.numformat import has_digit
    assert has_digit(text) is want
    assert has_digit(text) == any(c.isdigit() for c in text)


def test_has_digit_pre_test_covers_every_digit():
    # the pre-test's class must contain every character str.isdigit accepts
    from mtcheck.rules.numformat import _MAYBE_DIGIT
    missing = [hex(i) for i in range(0x10000) if chr(i).isdigit() and not _MAYBE_DIGIT.match(chr(i))]
    assert missing == []
    assert _MAYBE_DIGIT.match("\U0001d7d8") and _MAYBE_DIGIT.match("\U0001f101")


@pytest.mark.parametrize("src,tgt,sl,tl,sug", [
    # the month in words before the day, English order, in a day-first language
    ("The vote is on March 4, 2025.", "Die Abstimmung ist am März 4, 2025.", "en", "de", "4. März 2025"),
    ("The vote is on March 4, 2025.", "Die Abstimmung ist am March 4, 2025.", "en", "de", "4. März 2025"),
    ("The vote is on March 4, 2025.", "Le vote aura lieu le mars 4, 2025.", "en", "fr", "4 mars 2025"),
    ("The vote is on March 4, 2025.", "La votación es el marzo 4, 2025.", "en", "es", "4 de marzo de 2025"),
    # day first, or no date at all
    ("The vote is on March 4, 2025.", "Die Abstimmung ist am 4. März 2025.", "en", "de", None),
    ("The vote is on March 4, 2025.", "La votación es el 4 de marzo de 2025.", "en", "es", None),
    ("Room 4, 2025 guests.", "Raum 4, 2025 Gäste.", "en", "de", None),
])
def test_written_month_first(src, tgt, sl, tl, sug):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["S009"]))]
    assert [f.suggestion for f in fs] == ([sug] if sug else []), [f.message for f in fs]


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # the source's 12-hour clock carried into a language that writes the 24-hour clock
    ("en", "de", "The meeting is at 3:30 pm.", "Das Treffen ist um 3:30 pm.", [("3:30 pm", "15:30 Uhr")]),
    ("en", "fr", "The meeting is at 3:30 p.m.", "La réunion a lieu à 3:30 p.m.", [("3:30 p.m.", "15 h 30")]),
    ("en", "es", "The meeting is at 11 a.m.", "La reunión es a las 11 a.m.", [("11 a.m.", "11:00")]),
    # the local clock, a German "am", a time the source does not write so
    ("en", "de", "The meeting is at 3:30 pm.", "Das Treffen ist um 15:30 Uhr.", []),
    ("en", "de", "He finished 3rd in the end.", "Er kam auf Platz 3 am Ende.", []),
    ("de", "fr", "Die Sitzung beginnt um 15 Uhr.", "La séance, prévue à 3 PM selon l'ordre du jour anglais.", []),
])
def test_s009_twelve_hour_clock_in_a_24_hour_language(sl, tl, src, tgt, expected):
    assert s009(src, tgt, sl, tl) == expected


# (session 34) a region with its own decimal mark: Mexican Spanish writes 3,450 pesos and
# 3.5; Moroccan Arabic a decimal comma, as its language's other regions do not
@pytest.mark.parametrize("src,tgt,sl,tl,want", [
    ("Passes cost 3,450 pesos.", "Los abonos costaron 3,450 pesos.", "en", "es-MX", []),
    ("Passes cost 3,450 pesos.", "Los abonos costaron 3,450 pesos.", "en", "es", ["major"]),
    ("Passes cost 3,450 pesos.", "Los abonos costaron 3.450 pesos.", "en", "es-MX", ["major"]),
    ("Inflation was 3.5 percent.", "La inflación fue de 3,5 por ciento.", "en", "es-MX", ["minor"]),
    ("Inflation was 3.5 percent.", "La inflación fue de 3.5 por ciento.", "en", "es-MX", []),
    ("Los abonos costaron 3,450 pesos.", "Passes cost 3,450 pesos.", "es-MX", "en", []),
    # (session 47) a Spanish source with no region whose figures show no decimal mark may
    # be Mexican: its 3,450 is a thousands group, and the English 3,450 no copied decimal
    ("Los abonos costaron 3,450 pesos.", "Passes cost 3,450 pesos.", "es", "en", []),
    ("Los abonos costaron 3,5 pesos.", "Passes cost 3,5 pesos.", "es", "en", ["minor"]),
    ("Inflation was 3.5 percent.", "بلغ التضخم 3,5 في المائة.", "en", "ar-MA", []),
    ("Inflation was 3.5 percent.", "بلغ التضخم 3.5 في المائة.", "en", "ar-MA", ["minor"]),
])
def test_a_region_with_its_own_decimal_mark(src, tgt, sl, tl, want):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "S007"]
    assert [f.severity.label for f in fs] == want, [f.message for f in fs]
