"""Session 55 (d2): numbers, clock times and units.

* D001: a 24-hour clock hour before Croatian, Bosnian or Serbian "sata" (od 7 do 23 sata)
  is that time of day: 11 p.m. is the same hour, not a changed figure.
* D002: the Catalan unit words (quilòmetres, centímetres, mil·límetres, tones,
  quilòmetres per hora); "mil" of mil·límetres is no Catalan "thousand".
* D001: a Bulgarian number glued to an adjective (двуетажна "two-storey", петгодишен
  "five-year") is a soft figure, as the Slavic compounds of compounds.tsv are.
* D001: Hebrew number words, the duals (אלפיים 2000, שנתיים two years) and the prefixes
  glued to them (בשנתיים, כאלף) read as soft figures.
* D001: French "tiers"/"quart" after the definite article (près du tiers, le quart des)
  is a share, as "un tiers" is.
"""
from __future__ import annotations

import mtcheck


def pair(src: str, tgt: str, sl: str, tl: str, *cs: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.name, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in cs and not f.suppressed]


# -- D001: 24-hour clock hours before "sata" -------------------------------------------

def test_d001_sata_hour_in_12_hour_form_hr_en():
    assert pair("Prošlog ljeta stanovnici su imali vodu samo od 7 do 23 sata.",
                "Last summer residents had water only from 7 a.m. to 11 p.m.", "hr", "en", "D001") == []


def test_d001_sata_hour_in_12_hour_form_sr_en():
    assert pair("Prodavnica radi od 8 do 21 sata svakog dana.",
                "The shop is open from 8 a.m. to 9 p.m. every day.", "sr", "en", "D001") == []


def test_d001_sata_hour_in_12_hour_form_bs_en():
    assert pair("Muzej je otvoren od 10 do 18 sata.", "The museum is open from 10 a.m. to 6 p.m.",
                "bs", "en", "D001") == []


def test_d001_sata_changed_hour_still_reported():
    out = pair("Prošlog ljeta stanovnici su imali vodu samo od 7 do 23 sata.",
               "Last summer residents had water only from 7 a.m. to 10 p.m.", "hr", "en", "D001")
    assert out and out[0][1] == "CRITICAL"


def test_d001_sata_count_of_hours_unchanged():
    assert pair("Spasioci su tragali za njim 22 sata bez prestanka.",
                "Rescuers searched for him for 22 hours without a break.", "hr", "en", "D001") == []


# -- D002: Catalan unit words --------------------------------------------------------

def test_d002_catalan_kilometres_to_miles_ca_en():
    out = pair("La carretera nova tindrà 14,2 quilòmetres i costarà 30 milions d'euros.",
               "The new road will be 14.2 miles long and will cost €30 million.", "ca", "en", "D002")
    assert [c for c, _, _ in out] == ["D002"]


def test_d002_catalan_centimetres_to_inches_ca_de():
    out = pair("Aquest hivern han caigut 40 centímetres de neu al Pirineu.",
               "Diesen Winter sind in den Pyrenäen 40 Zoll Schnee gefallen.", "ca", "de", "D002")
    assert [c for c, _, _ in out] == ["D002"]


def test_d002_catalan_millimetres_with_middle_dot():
    out = pair("Dissabte van caure 35 mil·límetres de pluja a Girona.",
               "On Saturday 35 inches of rain fell in Girona.", "ca", "en", "D001", "D002")
    assert [c for c, _, _ in out] == ["D002"]


def test_d001_catalan_units_converted_and_kept_no_finding():
    assert pair("La carretera nova tindrà 14,2 quilòmetres i costarà 30 milions d'euros.",
                "The new road will be 8.8 miles long and will cost €30 million.", "ca", "en", "D001", "D002") == []
    assert pair("Dissabte van caure 35 mil·límetres de pluja a Girona.",
                "On Saturday 35 mm of rain fell in Girona.", "ca", "en", "D001", "D002") == []
    assert pair("Hi van assistir 35 mil persones.", "35,000 people attended.", "ca", "en", "D001") == []


# -- D001: Bulgarian compound adjectives ----------------------------------------------

def test_d001_bulgarian_two_storey_en_bg():
    assert pair("The council bought a two-storey house near the station.",
                "Общината купи двуетажна къща близо до гарата.", "en", "bg", "D001") == []


def test_d001_bulgarian_five_year_bg_en():
    assert pair("Правителството прие петгодишен план за пътищата.",
                "The government adopted a five-year plan for the roads.", "bg", "en", "D001") == []


def test_d001_bulgarian_three_day_en_bg():
    assert pair("The festival will run for a three-day weekend in June.",
                "Фестивалът ще продължи тридневен уикенд през юни.", "en", "bg", "D001") == []


def test_d001_bulgarian_quarter_noun_is_no_number():
    assert pair("Печалбата за тримесечието се е увеличила.", "Profit for the quarter has risen.",
                "bg", "en", "D001") == []


# -- D001: Hebrew number words ---------------------------------------------------------

def test_d001_hebrew_dual_thousand_he_en():
    assert pair("העיר נוסדה לפני אלפיים שנה על שפת הים.",
                "The city was founded 2,000 years ago on the coast.", "he", "en", "D001") == []


def test_d001_hebrew_dual_thousand_he_de():
    assert pair("העיר נוסדה לפני אלפיים שנה על שפת הים.",
                "Die Stadt wurde vor 2000 Jahren an der Küste gegründet.", "he", "de", "D001") == []


def test_d001_hebrew_prefixed_words_he_fr_and_he_en():
    assert pair("המחירים עלו בשנתיים האחרונות ב-10 אחוזים.",
                "Les prix ont augmenté de 10 % au cours des 2 dernières années.", "he", "fr", "D001") == []
    assert pair("בכנס השתתפו כאלף איש.", "About 1,000 people attended the conference.", "he", "en", "D001") == []


def test_d001_hebrew_changed_figure_still_reported_and_city_name_quiet():
    out = pair("העיר נוסדה לפני אלפיים שנה על שפת הים.",
               "The city was founded 3,000 years ago on the coast.", "he", "en", "D001")
    assert out and "3,000" in out[0][2]
    assert pair("הכנס יתקיים בבאר שבע בחודש הבא.", "The conference will be held in Beersheba next month.",
                "he", "en", "D001") == []


# -- D001: French shares with the definite article -------------------------------------

def test_d001_french_share_with_article_en_fr():
    assert pair("Almost a third of the budget goes to schools.", "Près du tiers du budget va aux écoles.",
                "en", "fr", "D001") == []


def test_d001_french_share_with_article_it_fr():
    assert pair("Quasi un terzo dei voti è andato al sindaco.", "Près du tiers des voix est allé au maire.",
                "it", "fr", "D001") == []


def test_d001_french_share_changed_still_reported_and_tiers_monde_quiet():
    out = pair("Almost a third of the budget goes to schools.", "Près du quart du budget va aux écoles.",
               "en", "fr", "D001")
    assert out and "quart" in out[0][2]
    assert pair("The country was long counted in the Third World.",
                "Le pays a longtemps été compté dans le tiers-monde.", "en", "fr", "D001") == []
