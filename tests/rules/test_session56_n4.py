"""Session 56 (n4): a common word, a place adjective, a saint's name, a state's
abbreviation and a name's adjective in another case read as a missing, replaced, added or
misspelt name (N001/N003/N004/N005).

* a Polish verb in the past tense, first or second person plural (-liśmy, -łyśmy,
  -liście, -łyście), opening a sentence or a quote, is no name the translation dropped
  (N003): its third-person form (-li, -ły) is a known Polish word;
* a Cyrillic place adjective whose stem's last consonant is softened before -ск- (Онега ~
  Онежский, Рига ~ Рижский, Волга ~ Волжский) renders the place the translation
  transcribes (N003/N004);
* a saint's name whose first letter is a vowel or a glide is spelled with another in
  another language (Илия ~ Elijah, Ilie ~ Elias): the translation's form of the saint
  (N004/N005), also where the word for "saint" stands outside the name's group;
* a Mexican state's usual abbreviation (Oax., Sin., Yuc.: data/names/region_abbrev.mx.txt)
  written out in the translation is no added name (N005), in either direction of the table;
* a German name's adjective in another case (des Milchwirtschaftlichen Vereins ~ le
  Milchwirtschaftlicher Verein) is the name kept in its nominative, no slip (N001).
"""
from __future__ import annotations

import os

import mtcheck


def codes(src, tgt, sl, tl, prefix="N00"):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


def doc_codes(tmp_path, src, tgt, sl, tl, prefix="N00"):
    sp = os.path.join(tmp_path, f"source.{sl}.txt")
    tp = os.path.join(tmp_path, f"target.{tl}.txt")
    with open(sp, "w", encoding="utf-8") as f:
        f.write(src)
    with open(tp, "w", encoding="utf-8") as f:
        f.write(tgt)
    rep = mtcheck.compare(tp, source=sp, source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.text) for f in rep.findings if f.code.startswith(prefix) and not f.suppressed]


# -- Polish past tense, first and second person plural ---------------------------------
def test_polish_past_we_opening_a_quote_pl_en():
    assert codes("– Wyremontowaliśmy całą szkołę w jedno lato. Teraz dzieci mają nowe sale.",
                 "\"We renovated the whole school in one summer. Now the children have new classrooms.\"",
                 "pl", "en") == []


def test_polish_past_we_opening_a_sentence_pl_de():
    assert codes("Zasadziliśmy tam ponad tysiąc drzew w ciągu roku.",
                 "Wir haben dort innerhalb eines Jahres über tausend Bäume gepflanzt.", "pl", "de") == []


def test_polish_past_personal_only_for_verbs():
    # a surname, or the ending in another language, is no such verb
    from mtcheck.rules.names import _pl_past_personal
    assert not _pl_past_personal("wiśniewski", "pl")
    assert not _pl_past_personal("wstydziliśmy", "cs")
    assert _pl_past_personal("wstydziliśmy", "pl")


# -- Cyrillic place adjectives with a softened consonant --------------------------------
def test_softened_place_adjective_ru_en():
    assert codes("Туристы плавали по Волжскому берегу.", "Tourists sailed along the Volga bank.", "ru", "en") == []


def test_softened_place_adjective_ru_de():
    assert codes("Экскурсия в Рижский порт займёт час.",
                 "Der Ausflug zum Hafen von Riga dauert eine Stunde.", "ru", "de") == []


def test_softened_place_adjective_other_place_still_flagged():
    # another lake or port in its stead: still a name replaced or missing
    assert codes("Путь по Онежскому озеру займёт час.", "The trip across Lake Ladoga takes an hour.", "ru", "en")
    assert codes("Экскурсия в Рижский порт займёт час.",
                 "The excursion to the port of Tallinn takes an hour.", "ru", "en")


# -- saints' names opening with a vowel -------------------------------------------------
def test_saint_vowel_initial_bg_en():
    assert codes("Над селото се издига малката църква „Св. Илия“, построена през 1870 г.",
                 "Above the village stands the small church of St Elijah, built in 1870.", "bg", "en") == []


def test_saint_vowel_initial_ro_de():
    assert codes("Biserica Sf. Ilie a fost renovată anul trecut.",
                 "Die Kirche St. Elias wurde im vergangenen Jahr renoviert.", "ro", "de") == []


def test_saint_vowel_initial_ro_en():
    assert codes("Turiștii vizitează biserica Sf. Ilie în fiecare vară.",
                 "Tourists visit the church of St Elijah every summer.", "ro", "en") == []


def test_saint_initials():
    from mtcheck.rules.names import _saint_initials
    assert _saint_initials("i", "e") and _saint_initials("j", "i") and _saint_initials("p", "p")
    assert not _saint_initials("p", "a") and not _saint_initials("m", "e")


# -- Mexican states' abbreviations ------------------------------------------------------
def test_mexican_state_abbreviation_es_en():
    assert codes("CULIACÁN, Sin.— El gobierno estatal anunció un nuevo hospital.",
                 "CULIACÁN, Sinaloa — The state government announced a new hospital.", "es", "en") == []


def test_mexican_state_abbreviation_accented_es_en():
    assert codes("MÉRIDA, Yuc.— La cooperativa anunció una planta nueva.",
                 "MÉRIDA, Yucatán — The cooperative announced a new plant.", "es", "en") == []


def test_mexican_state_abbreviation_other_state_still_flagged():
    # another state than the abbreviation's: not explained by it
    assert codes("GUADALAJARA, Jal.— El ayuntamiento presentó un plan de agua.",
                 "GUADALAJARA — The city council presented a water plan for Sonora.", "es", "en")
    from mtcheck.rules.names import _region_abbreviations
    assert "oaxaca" in _region_abbreviations()["Oax."]


# -- a German name's adjective in another case ------------------------------------------
def test_german_adjective_of_name_in_nominative_de_en(tmp_path):
    assert doc_codes(tmp_path, "Im Tal gibt es viele Höfe.\n\nNach Angaben des Alpwirtschaftlichen Vereins "
                     "sinkt die Zahl der Höfe seit Jahren.\n",
                     "There are many farms in the valley.\n\nAccording to the Alpwirtschaftlicher Verein, "
                     "the number of farms has been falling for years.\n", "de", "en", "N001") == []


def test_german_adjective_of_name_in_nominative_de_fr(tmp_path):
    assert doc_codes(tmp_path, "Im Tal gibt es viele Höfe.\n\nNach Angaben des Milchwirtschaftlichen Vereins "
                     "Oberland sinkt die Zahl der Höfe seit Jahren.\n",
                     "Il y a beaucoup de fermes dans la vallée.\n\nSelon le Milchwirtschaftlicher Verein "
                     "Oberland, le nombre de fermes baisse depuis des années.\n", "de", "fr", "N001") == []


def test_german_adjective_misspelt_still_flagged(tmp_path):
    # a letter dropped from the adjective: still a slip
    assert doc_codes(tmp_path, "Im Tal gibt es viele Höfe.\n\nNach Angaben des Alpwirtschaftlichen Vereins "
                     "sinkt die Zahl der Höfe seit Jahren.\n",
                     "There are many farms in the valley.\n\nAccording to the Alpwirtschaftlihen Verein, "
                     "the number of farms has been falling for years.\n", "de", "en", "N001")
    from mtcheck.rules.names import _de_adjective_case
    assert _de_adjective_case("bayerischer", "bayerischen", "de")
    assert not _de_adjective_case("bayerischer", "bayerischen", "nl")
    assert not _de_adjective_case("muller", "mullen", "de")
