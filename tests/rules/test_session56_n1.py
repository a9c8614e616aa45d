"""Session 56 (n1): capitalised common nouns, region names and inflected Slavic place
names read as missing, replaced or misspelt names (N001/N003/N004/N005).

* the fleeting vowel of the Slavic languages: a masculine name in -eC drops its e before a
  case ending (Slovene Komen ~ s Komnom), a plural name puts an e between its last two
  consonants in the genitive plural, which has no ending (Kreplje ~ iz Krepelj): one name,
  not a swap (N004) or a slip (N001);
* the Slovak masculine genitive plural -ov of a plural place name (Rysy ~ v okolí Rysov),
  in data/names/plural_place_cases.txt: no added name (N005);
* a region with an exonym (Kras ~ Karst ~ Carso) in the exonym lexicon: no added name
  (N005), and another region in its stead is a swap (N004);
* a German compound whose first word has three letters (nah, neu, alt) before two more
  words (Nah|wärme|netz) is a common noun, not a name the translation dropped (N003).
"""
from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, prefix="N00"):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


# -- the Slavic fleeting vowel --------------------------------------------------------
KOMEN_SL = "Cesta med Sežano in Komnom bo zaprta do petka."


def test_fleeting_vowel_case_form_sl_en():
    assert codes(KOMEN_SL, "The road between Sežana and Komen will be closed until Friday.", "sl", "en") == []


def test_fleeting_vowel_case_form_sl_de():
    assert codes(KOMEN_SL, "Die Straße zwischen Sežana und Komen bleibt bis Freitag gesperrt.", "sl", "de") == []


KREPLJE_SL = "Vinar Janez Novak iz Krepelj je zadovoljen."


def test_fleeting_vowel_genitive_plural_sl_en():
    assert codes(KREPLJE_SL, "Winemaker Janez Novak from Kreplje is satisfied.", "sl", "en") == []


def test_fleeting_vowel_genitive_plural_sl_de():
    assert codes(KREPLJE_SL, "Winzer Janez Novak aus Kreplje ist zufrieden.", "sl", "de") == []


def test_fleeting_vowel_keeps_a_swapped_place():
    assert ("N004", "Tomaj") in codes(KREPLJE_SL, "Winemaker Janez Novak from Tomaj is satisfied.", "sl", "en")


def test_fleeting_vowel_keeps_a_missing_place():
    assert any(c == "N003" for c, _ in codes(
        KOMEN_SL, "The road between Sežana and Koper will be closed until Friday.", "sl", "en"))


# -- the Slovak genitive plural -ov ---------------------------------------------------
RYSY_SK = "Výstup na vrchol Rysov trvá päť hodín."


def test_slovak_genitive_plural_sk_en():
    assert codes(RYSY_SK, "The climb to the summit of Rysy takes five hours.", "sk", "en") == []


def test_slovak_genitive_plural_sk_fr():
    assert codes(RYSY_SK, "L'ascension du sommet des Rysy dure cinq heures.", "sk", "fr") == []


def test_slovak_genitive_plural_sk_it():
    assert codes(RYSY_SK, "La salita in cima ai Rysy dura cinque ore.", "sk", "it") == []


def test_slovak_genitive_plural_keeps_an_added_name():
    assert ("N005", "Gerlach") in codes(RYSY_SK, "The climb to the summit of Gerlach takes five hours.", "sk", "en")


# -- a region's exonym ----------------------------------------------------------------
def test_region_exonym_from_adjective_sl_en():
    assert codes("Kolesarska pot po kraški vinski cesti je odprta.",
                 "The cycle path along the Karst wine road is open.", "sl", "en") == []


def test_region_exonym_sl_en():
    assert codes("Pridelek na Krasu je bil manjši kot lani.",
                 "The harvest in the Karst was smaller than last year.", "sl", "en") == []


def test_region_exonym_sl_fr():
    assert codes("Kolesarska pot po kraški vinski cesti je odprta.",
                 "La piste cyclable le long de la route des vins du Karst est ouverte.", "sl", "fr") == []


def test_region_exonym_other_region_is_flagged():
    assert codes("Pridelek na Krasu je bil manjši kot lani.",
                 "The harvest in Istria was smaller than last year.", "sl", "en") != []


# -- a German compound with a three-letter first word ---------------------------------
NETZ_DE = "Simonswald nimmt Nahwärmenetz in Betrieb"


def test_three_letter_compound_de_en():
    assert codes(NETZ_DE, "Simonswald switches on local heating network", "de", "en") == []


def test_three_letter_compound_de_fr():
    assert codes(NETZ_DE, "Simonswald met en service un réseau de chaleur", "de", "fr") == []


def test_three_letter_compound_keeps_a_missing_surname():
    assert any(c == "N003" for c, _ in codes("Bürgermeister Altmeyer eröffnet das Nahwärmenetz.",
                                             "The mayor opens the local heating network.", "de", "en"))
