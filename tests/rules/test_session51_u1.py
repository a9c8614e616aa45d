"""Session 51 (s51 batch), group u1: Afrikaans and Swahili.

Afrikaans function words, weekdays and months opening a sentence are no names (N003,
data/names/stop.af.txt); "km per uur" is km/h (D002); a name of a source language with no
word list, its generic words translated with common target words, is no name replaced
(N004).  Swahili: the scale word before the figure (milioni 2.1, D001), a unit word before
the figure (futi 15, D002), the negative locative copula (hakipo, P001), the common words
of a body's name joined by connectives (Kituo cha Pili, N004), and a run of French or
another listed language inside a Swahili sentence (L002)."""
import mtcheck


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev]


# N003: Afrikaans words opening a sentence, weekdays and months are no names
def test_af_sentence_opening_words_en():
    assert not _codes("Ons het die hele oggend gewag. Volgens die boer was die pad toe.",
                      "We waited all morning. According to the farmer the road was closed.",
                      "af", "en", "N003")


def test_af_weekday_month_en():
    assert not _codes("Die vergadering is van Woensdag tot Saterdag in Junie gehou.",
                      "The meeting was held from Wednesday to Saturday in June.", "af", "en", "N003")


def test_af_weekday_month_de():
    assert not _codes("Die mark is elke Donderdag oop, behalwe in Desember.",
                      "Der Markt ist jeden Donnerstag geöffnet, außer im Dezember.", "af", "de", "N003")


def test_af_real_name_still_missing():
    assert _codes("Ons het Dinsdag met Pieter Malherbe in Paarl gepraat.",
                  "On Tuesday we spoke with a farmer in Paarl.", "af", "en", "N003")


# D002: Dutch and Afrikaans "km per uur" is km/h
def test_af_km_per_uur_en():
    assert not _codes("Die wind het tot 85 km per uur gewaai.",
                      "The wind blew at up to 85 km/h.", "af", "en", "D002")


def test_nl_km_per_uur_en():
    assert not _codes("De trein reed met 140 km per uur door het station.",
                      "The train passed through the station at 140 km/h.", "nl", "en", "D002")


def test_nl_km_per_uur_distance_still_caught():
    assert _codes("De trein reed met 140 km per uur door het station.",
                  "The train passed through the station at 140 miles per hour.", "nl", "en", "D002")


# N004: a name's generic words translated, source language with no word list
def test_af_generic_words_translated_en():
    assert not _codes("Ons het by Stellenbosch Boeremark brood gekoop.",
                      "We bought bread at the Stellenbosch Farmers Market.", "af", "en", "N004")


def test_af_generic_words_translated_fr():
    assert not _codes("Die wedloop begin by Paarl Stadsaal.",
                      "La course part du Paarl Hôtel de Ville.", "af", "fr", "N004")


def test_af_person_swap_still_caught():
    assert _codes("Die boer, Johan Malherbe, het die skade getel.",
                  "The farmer, Johan Young, counted the damage.", "af", "en", "N004")


# D001: Swahili writes the scale word before the figure
def test_sw_scale_before_figure_en():
    assert not _codes("The airport handled 3.4 million passengers, up from 2.9 million.",
                      "Uwanja wa ndege ulihudumia abiria milioni 3.4, kutoka milioni 2.9.",
                      "en", "sw", "D001")


def test_sw_scale_before_figure_de():
    assert not _codes("Die Regierung stellte 12 Milliarden Schilling bereit.",
                      "Serikali ilitoa shilingi bilioni 12.", "de", "sw", "D001")


def test_sw_scale_changed_still_caught():
    assert _codes("The airport handled 3.4 million passengers last year.",
                  "Uwanja wa ndege ulihudumia abiria milioni 4.3 mwaka jana.", "en", "sw", "D001", 2)


# D002: Swahili writes the unit word before the figure
def test_sw_unit_before_figure_changed_en():
    assert _codes("The new bridge is 40 metres long.",
                  "Daraja hilo jipya lina urefu wa futi 40.", "en", "sw", "D002")


def test_sw_unit_before_figure_changed_de():
    assert _codes("Die Straße ist 25 Kilometer lang.",
                  "Barabara hiyo ina urefu wa maili 25.", "de", "sw", "D002")


def test_sw_unit_before_figure_same_ok():
    assert not _codes("The new bridge is 40 metres long and the road 25 kilometres.",
                      "Daraja hilo jipya lina urefu wa mita 40 na barabara kilomita 25.",
                      "en", "sw", "D002")


# P001: the Swahili negative locative copula (hakipo, hawapo, haiko)
def test_sw_negative_locative_en():
    assert not _codes("The doctors are not at the hospital today.",
                      "Madaktari hawapo hospitalini leo.", "en", "sw", "P001")


def test_sw_negative_locative_fr():
    assert not _codes("Le problème n'est pas dans le moteur.",
                      "Tatizo haliko kwenye injini.", "fr", "sw", "P001")


def test_sw_positive_locative_not_negated():
    assert not _codes("The doctors are at the hospital today.",
                      "Madaktari wapo hospitalini leo.", "en", "sw", "P001")


# N004: the common words of a body's name a Swahili translation builds with connectives
def test_sw_connective_name_words_en():
    assert not _codes("The Regional Water Board met on Monday.",
                      "Bodi ya Maji ya Kanda ilikutana Jumatatu.", "en", "sw", "N004")


def test_sw_connective_name_words_en_2():
    assert not _codes("The Fishermen's Cooperative Union protested outside the office.",
                      "Muungano wa Vyama vya Ushirika wa Wavuvi uliandamana nje ya ofisi.",
                      "en", "sw", "N004")


def test_sw_connective_name_words_fr():
    assert not _codes("Le Deuxième Terminal à conteneurs a ouvert lundi.",
                      "Kituo cha Pili cha Makontena kilifunguliwa Jumatatu.", "fr", "sw", "N004")


def test_sw_lexicon_place_swap_still_caught():
    assert _codes("The Port of Mombasa reopened on Monday.",
                  "Bandari ya Kisumu ilifunguliwa tena Jumatatu.", "en", "sw", "N004")


# L002: a clause in French (a listed language) inside a Swahili sentence
def test_sw_french_clause_en():
    assert _codes("The hospital, built with a loan from the bank, took four years to complete.",
                  "Hospitali hiyo, iliyojengwa kwa mkopo kutoka benki, a pris quatre ans pour être terminée.",
                  "en", "sw", "L002")


def test_sw_spanish_clause_de():
    assert _codes("Die Schule, die mit Spenden gebaut wurde, wurde nach drei Jahren eröffnet.",
                  "Shule hiyo, iliyojengwa kwa michango, fue inaugurada después de tres años de obras.",
                  "de", "sw", "L002")


def test_sw_plain_sentence_no_code_mix():
    assert not _codes("The hospital, built with a loan from the bank, took four years to complete.",
                      "Hospitali hiyo, iliyojengwa kwa mkopo kutoka benki, ilichukua miaka minne kukamilika.",
                      "en", "sw", "L002")


# D003: Afrikaans and Swahili weekdays and months (data/units/calendar.tsv)
def test_af_weekday_changed_en():
    assert _codes("Die mark het op Dinsdag 4 Maart geopen.",
                  "The market opened on Thursday 4 March.", "af", "en", "D003")


def test_sw_weekday_changed_en():
    assert _codes("The market opened on Thursday, March 4.",
                  "Soko lilifunguliwa Jumanne, Machi 4.", "en", "sw", "D003")


def test_sw_month_changed_from_sw():
    assert _codes("Mkutano ulifanyika Jumatatu, Machi 3.",
                  "The meeting was held on Monday, April 3.", "sw", "en", "D003")


def test_af_sw_calendar_same_ok():
    assert not _codes("Die mark het op Dinsdag 4 Maart geopen.",
                      "The market opened on Tuesday 4 March.", "af", "en", "D003")
    assert not _codes("The market opened on Thursday, March 4.",
                      "Soko lilifunguliwa Alhamisi, Machi 4.", "en", "sw", "D003")
