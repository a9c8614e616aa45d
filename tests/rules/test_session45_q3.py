"""Session 45 (q3): clean-copy false alarms of three small classes, fixed as classes
(written for mtcheck).

1. era abbreviations next to a year (AD 120, 43 BC, Kr. u. 120, 120 n. Chr., 52 av.
   J.-C.; data/numbers/eras.txt) are no names (N003/N004) and their full stops end no
   sentence (S012);
2. N001: the Estonian adessive -l (Hiiumaal "in Hiiumaa") is an ending of the source
   language, so the translation's name without it is its nominative, no clipped name;
3. P001: "without" in a fixed phrase that negates nothing (ein Fass ohne Boden, ohne
   Zweifel, sans cesse, sin parar) is a `fixed` pair of the negation lexicon.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, *prefixes):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefixes) and not f.suppressed]


# 1. era abbreviations

def test_era_abbreviation_en_hu():
    src = "The Roman bathhouse was probably built around AD 150, the archaeologist said."
    assert codes(src, "A régész szerint a római fürdő valószínűleg Kr. u. 150 körül épült.",
                 "en", "hu", "N", "S012") == []
    got = codes(src, "A régész szerint a római fürdő valószínűleg. épült Kr. u. 150 körül.",
                "en", "hu", "S012")
    assert [c for c, _ in got] == ["S012"]


def test_era_abbreviation_en_de():
    src = "Emperor Hadrian ordered the wall to be built in AD 122."
    assert codes(src, "Kaiser Hadrian ließ die Mauer im Jahr 122 n. Chr. errichten.", "en", "de", "N") == []
    assert ("N004", "Kaiser Trajan") in codes(src, "Kaiser Trajan ließ die Mauer im Jahr 122 n. Chr. errichten.",
                                       "en", "de", "N")


def test_era_abbreviation_bc_en_hu():
    src = "The legion built the fort in 43 BC on the bank of the river."
    assert codes(src, "A légió Kr. e. 43-ban építette az erődöt a folyó partján.", "en", "hu", "N") == []
    assert codes(src, "A légió Kr. e. 43-ban építette az erődöt a folyó partján.", "en", "hu", "S012") == []
    assert codes(src, "A légió Kr. e. 43-ban építette. az erődöt a folyó partján.", "en", "hu", "S012")


# 2. Estonian adessive -l

def test_estonian_adessive_et_en():
    src = "Tormi tõttu jäi Saaremaal pühapäeval elektrita üle kümne tuhande kodu."
    assert codes(src, "Because of the storm, more than ten thousand homes in Saaremaa were left "
                 "without power on Sunday.", "et", "en", "N001") == []
    # a misspelt name is still one
    src = "Festival toimub juulis Viljandis ja kestab neli päeva."
    assert codes(src, "The festival takes place in Viljamdi in July and lasts four days.", "et", "en", "N001")


def test_estonian_adessive_et_de():
    src = "Tormi tõttu jäi Hiiumaal pühapäeval elektrita üle kümne tuhande kodu."
    assert codes(src, "Wegen des Sturms waren auf Hiiumaa am Sonntag mehr als zehntausend Haushalte "
                 "ohne Strom.", "et", "de", "N001") == []


# 3. "without" in fixed phrases

def test_ohne_boden_de_fr():
    src = "Für die Gemeinde ist die Sanierung der Brücke ein Fass ohne Boden."
    assert codes(src, "Pour la commune, la rénovation du pont est un gouffre financier.", "de", "fr", "P001") == []
    assert codes("Die Gemeinde kann die Sanierung ohne Kredit nicht bezahlen.",
                 "La commune peut payer la rénovation sans crédit.", "de", "fr", "P001")


def test_ohne_boden_de_en():
    src = "Das neue Stadion ist ein Fass ohne Boden, sagt der Kämmerer."
    assert codes(src, "The new stadium is a money pit, says the treasurer.", "de", "en", "P001") == []
    assert codes("Das neue Stadion ist nicht teuer, sagt der Kämmerer.",
                 "The new stadium is expensive, says the treasurer.", "de", "en", "P001")


def test_sin_parar_es_en():
    src = "La lluvia cayó sin parar durante toda la noche en Valencia."
    assert codes(src, "It rained all night long in Valencia.", "es", "en", "P001") == []
    assert codes("La lluvia no cayó durante la noche en Valencia.",
                 "Rain fell during the night in Valencia.", "es", "en", "P001")
