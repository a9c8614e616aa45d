"""Session 46 (g5): direction and negation (P003, P001), found by the held-out articles of
batch s46 (bench/articles), fixed as classes (written for mtcheck).

1. P003: "over"/"under", German "über"/"unter" with a figure right after them place a
   quantity above or below it ("über 50 Prozent" = above 50 per cent), as "above" and
   "below" do;
2. P003: a word of more/less after a figure is a change by that much even when a "than"
   and a figure follow ("43 % weniger als 2021", "12 percent more than 2019": the figure
   after "than" is the reference, not a bound);
3. P003: easy and hard (superlatives too) in Ukrainian, Russian, Polish, Swedish,
   Norwegian, Danish, Korean ("найважче", "najtrudniej", "svårast");
4. P003: wide and narrow, widened and narrowed (en, de, nl, sv, nb, da);
5. P003: Dutch "verhogen"/"verlagen" (the stems verhoog*/verlaag* missed the forms
   without the double vowel), English "lowered/lowering"; "by up to" bounds an amount and
   states no rise;
6. P003: losing what one has (Norwegian and Danish "mister", Swedish "förlorar") against
   "gain";
7. P003: Korean 반발하다 (push back against, protest) against "welcome";
8. P001: "as long as … not" (zolang … niet, solange … nicht, tant que … ne … pas) is
   "until": no negation against a side that says "until".
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. over / under a figure

def test_ueber_a_figure_against_below_de_en():
    src = "In drei Bezirken lag die Wahlbeteiligung über 70 Prozent."
    assert codes(src, "In three districts turnout was below 70 per cent.", "de", "en", "P003")
    assert codes(src, "In three districts turnout was above 70 per cent.", "de", "en", "P003") == []


def test_under_a_figure_against_ueber_en_de():
    src = "Tickets for children under 12 cost five euros."
    assert codes(src, "Karten für Kinder über 12 kosten fünf Euro.", "en", "de", "P003")
    assert codes(src, "Karten für Kinder unter 12 kosten fünf Euro.", "en", "de", "P003") == []


# 2. more/less after a figure, with "than" and a reference figure

def test_figure_less_than_a_year_es_de():
    src = "El puerto recibió 1.200 cruceros, un 15 % más que en 2019."
    assert codes(src, "Der Hafen empfing 1200 Kreuzfahrtschiffe, 15 Prozent weniger als 2019.", "es", "de", "P003")
    assert codes(src, "Der Hafen empfing 1200 Kreuzfahrtschiffe, 15 Prozent mehr als 2019.", "es", "de", "P003") == []


def test_figure_fewer_than_a_year_en_es():
    src = "The festival sold 12 percent fewer than 2019."
    assert codes(src, "El festival vendió un 12 % más que en 2019.", "en", "es", "P003")
    assert codes(src, "El festival vendió un 12 % menos que en 2019.", "en", "es", "P003") == []


# 3. easy and hard

def test_ukrainian_hardest_against_easiest_uk_en():
    src = "Найважче зимою доводиться пенсіонерам у селах."
    assert codes(src, "Pensioners in the villages have the easiest time in winter.", "uk", "en", "P003")
    assert codes(src, "Pensioners in the villages have the hardest time in winter.", "uk", "en", "P003") == []


def test_polish_hardest_against_easiest_pl_en():
    src = "Najtrudniej mają kierowcy autobusów nocnych."
    assert codes(src, "Night bus drivers have it easiest.", "pl", "en", "P003")
    assert codes(src, "Night bus drivers have the most difficult job.", "pl", "en", "P003") == []


def test_swedish_difficult_against_easy_sv_en():
    src = "Det blir svårare för småföretag att få lån."
    assert codes(src, "It will become easier for small businesses to get loans.", "sv", "en", "P003")
    assert codes(src, "It will become more difficult for small businesses to get loans.", "sv", "en", "P003") == []


# 4. wide and narrow

def test_swedish_widened_against_narrowed_sv_en():
    src = "Bron har breddats till fyra filer."
    assert codes(src, "The bridge has been narrowed to four lanes.", "sv", "en", "P003")
    assert codes(src, "The bridge has been widened to four lanes.", "sv", "en", "P003") == []


def test_english_narrowed_against_dutch_widened_en_nl():
    src = "The council narrowed the pavement on the high street last spring."
    assert codes(src, "De gemeente heeft vorig voorjaar de stoep in de hoofdstraat verbreed.", "en", "nl", "P003")
    assert codes(src, "De gemeente heeft vorig voorjaar de stoep in de hoofdstraat versmald.", "en", "nl", "P003") == []


def test_german_widened_against_narrowed_de_en():
    src = "Der Radweg wird auf drei Meter verbreitert."
    assert codes(src, "The cycle path is being narrowed to three metres.", "de", "en", "P003")
    assert codes(src, "The cycle path is being widened to three metres.", "de", "en", "P003") == []


# 5. raise and lower

def test_english_lowering_against_dutch_verhogen_en_nl():
    src = "The plan involves lowering the speed limit on the ring road."
    assert codes(src, "Het plan gaat over het verhogen van de maximumsnelheid op de ringweg.", "en", "nl", "P003")
    assert codes(src, "Het plan gaat over het verlagen van de maximumsnelheid op de ringweg.", "en", "nl", "P003") == []


def test_dutch_verlagen_against_raise_nl_de():
    src = "De provincie wil de dijk verlagen."
    assert codes(src, "Die Provinz will den Deich erhöhen.", "nl", "de", "P003")
    assert codes(src, "Die Provinz will den Deich absenken.", "nl", "de", "P003") == []


def test_by_up_to_states_no_rise_en_de():
    src = "Engineers are lowering the riverbed by up to 2 metres."
    assert codes(src, "Ingenieure erhöhen das Flussbett um bis zu 2 Meter.", "en", "de", "P003")
    assert codes(src, "Ingenieure senken das Flussbett um bis zu 2 Meter ab.", "en", "de", "P003") == []


# 6. losing against gaining

def test_norwegian_mister_against_gain_nb_en():
    src = "Butikkene i sentrum mister kunder til kjøpesenteret."
    assert codes(src, "The shops in the centre gain customers from the shopping centre.", "nb", "en", "P003")
    assert codes(src, "The shops in the centre lose customers to the shopping centre.", "nb", "en", "P003") == []


def test_danish_mister_against_gain_da_en():
    src = "Havnen mister indtægter, når færgen lukker."
    assert codes(src, "The port will gain revenue when the ferry closes.", "da", "en", "P003")
    assert codes(src, "The port will lose revenue when the ferry closes.", "da", "en", "P003") == []


# 7. Korean push back against welcome

def test_korean_pushback_against_welcome_ko_en():
    src = "상인들은 주차 요금 인상에 반발했다."
    assert codes(src, "Shopkeepers welcomed the parking fee increase.", "ko", "en", "P003")
    assert codes(src, "Shopkeepers protested against the parking fee increase.", "ko", "en", "P003") == []


def test_korean_pushback_against_welcome_ko_de():
    src = "주민들은 새 도로 계획에 반발하고 있다."
    assert codes(src, "Die Anwohner begrüßen den neuen Straßenplan.", "ko", "de", "P003")
    assert codes(src, "Die Anwohner lehnen den neuen Straßenplan ab.", "ko", "de", "P003") == []


# 8. "as long as … not" is "until"

def test_solange_nicht_is_until_en_de():
    src = "Until the bridge is repaired, buses will take a detour through the old town."
    assert codes(src, "Solange die Brücke nicht repariert ist, fahren die Busse einen Umweg durch die Altstadt.",
                 "en", "de", "P001") == []
    assert codes(src, "Solange die Brücke repariert wird, fahren die Busse nicht durch die Altstadt.",
                 "en", "de", "P001")


def test_finche_non_is_until_en_it():
    src = "Until the bridge is repaired, buses will take a detour."
    assert codes(src, "Finché il ponte non sarà riparato, gli autobus faranno una deviazione.", "en", "it", "P001") == []
    assert codes(src, "Finché il ponte sarà riparato, gli autobus non faranno una deviazione.", "en", "it", "P001")


def test_zolang_niet_is_until_nl_en():
    src = "Zolang de brug niet hersteld is, rijden de bussen om via de oude stad."
    assert codes(src, "Until the bridge is repaired, buses will detour via the old town.", "nl", "en", "P001") == []
    assert codes(src, "While the bridge is repaired, buses will detour via the old town.", "nl", "en", "P001")
