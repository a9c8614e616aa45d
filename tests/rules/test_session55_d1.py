"""Session 55 (d1): numbers, dates and units of batch 22.

- The South African rand's sign glued to an amount that is plainly money (R486m, R2.3bn,
  R75 million, R1,500, R12 000) is an amount in rand: a figure for D001, a currency for
  D002 (data/units/units.tsv gets the rand, zar), and no name for N003.  A bare R before a
  plain figure (the R61 road, R32, R0) stays a code.  Afrikaans scale words (duisend,
  miljoen, miljard, biljoen) join data/units/scales.tsv: "R65 miljoen" is 65 million.
- Romanian "mai" (May, and "more") is a month inside a date: after a day figure (1 mai,
  15 mai 2025) or before a year (mai 2024), with only punctuation, a year or a conjunction
  after it ("cele 3 mai mari", the three biggest, is none).  D003 compares it.
- A rate counted per a measure (per decare, pro Hektar) keeps its measure: Turkish says it
  before the figure with "başına" (dekar başına 40 kilogram), and a few words of what is
  counted may stand between the unit and its "per" (40 kilograms of tea per hectare).
"""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity.name) for f in mtcheck.check_pair(src, tgt, sl, tl)]


def found(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- the rand: R486m is money, not a name ------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The city will spend R75m on a new bridge over the river.",
     "A cidade vai gastar 75 milhões de rands numa nova ponte sobre o rio.", "en", "pt"),
    ("The city will spend R75 million on a new bridge, of which R20 million comes from the province.",
     "Die Stadt gibt 75 Millionen Rand für eine neue Brücke aus, davon kommen 20 Millionen von der Provinz.",
     "en", "de"),
    ("Households pay R1,250 a month for water and lights.",
     "Los hogares pagan 1.250 rands al mes por el agua y la luz.", "en", "es"),
    ("Eskom wants R2.6bn more from consumers next year.",
     "Eskom veut obtenir 2,6 milliards de rands de plus des consommateurs l'an prochain.", "en", "fr"),
])
def test_rand_amount_rendered_is_clean(src, tgt, sl, tl):
    got = [c for c in codes(src, tgt, sl, tl) if c[0] in ("N003", "D001", "D002")]
    assert got == []


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The city will spend R75m on a new bridge over the river.",
     "A cidade vai gastar 75 milhões de dólares numa nova ponte sobre o rio.", "en", "pt"),
    ("Households pay R1,250 a month for water and lights.",
     "Haushalte zahlen 1.250 Euro im Monat für Wasser und Strom.", "en", "de"),
])
def test_rand_swapped_for_another_currency(src, tgt, sl, tl):
    assert found(src, tgt, sl, tl, "D002")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The city will spend R75m on a new bridge over the river.",
     "A cidade vai gastar 57 milhões de rands numa nova ponte sobre o rio.", "en", "pt"),
    ("The city will spend R75 million on a new bridge.",
     "Die Stadt gibt 57 Millionen Rand für eine neue Brücke aus.", "en", "de"),
])
def test_rand_figure_changed(src, tgt, sl, tl):
    assert found(src, tgt, sl, tl, "D001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Take the R61 towards the coast and turn left after the bridge.",
     "Nehmen Sie die R61 Richtung Küste und biegen Sie nach der Brücke links ab.", "en", "de"),
    ("The R32 was the fastest car in the race.",
     "La R32 fue el coche más rápido de la carrera.", "en", "es"),
])
def test_bare_r_code_stays_a_code(src, tgt, sl, tl):
    assert [c for c in codes(src, tgt, sl, tl) if c[0] in ("D001", "D002", "N003")] == []


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Die skade word op 40 miljoen rand geraam.", "The damage is estimated at 40 million rand.", "af", "en"),
    ("Die provinsie het 'n fonds van 3 miljard rand aangekondig.",
     "The province announced a fund of 3 billion rand.", "af", "en"),
])
def test_afrikaans_scale_words(src, tgt, sl, tl):
    assert found(src, tgt, sl, tl, "D001") == []


def test_afrikaans_rand_figure_changed():
    got = found("Die skade word op R40 miljoen geraam.", "The damage is estimated at R14 million.", "af", "en", "D001")
    assert got and "40 miljoen" in got[0]


# --- Romanian "mai" in a date ---------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The new tariffs apply from 1 March, the ministry said.",
     "Noile tarife se aplică de la 1 mai, a anunțat ministerul.", "en", "ro"),
    ("Die Regel gilt ab dem 15. Juni 2025.",
     "Regula se aplică de la 15 mai 2025.", "de", "ro"),
    ("Legea a fost votată în mai 2024.",
     "The law was passed in July 2024.", "ro", "en"),
])
def test_romanian_mai_month_changed(src, tgt, sl, tl):
    assert found(src, tgt, sl, tl, "D003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The new tariffs apply from 1 May, the ministry said.",
     "Noile tarife se aplică de la 1 mai, a anunțat ministerul.", "en", "ro"),
    ("Die drei größten Städte sind im März gewachsen.",
     "Cele 3 mai mari orașe au crescut în martie.", "de", "ro"),
    ("In March the company sold 5 more than last year.",
     "În martie compania a vândut cu 5 mai mult decât anul trecut.", "en", "ro"),
])
def test_romanian_mai_no_false_month(src, tgt, sl, tl):
    assert found(src, tgt, sl, tl, "D003") == []


# --- a rate counted per another measure -----------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Kooperatif üreticilerden dönüm başına en fazla 300 kilogram fındık alacak.",
     "The cooperative will buy at most 300 kilograms of hazelnuts per hectare from growers.", "tr", "en"),
    ("Kooperatif dekar başına 300 kilogram fındık topladı.",
     "Die Genossenschaft erntete 300 Kilogramm Haselnüsse pro Hektar.", "tr", "de"),
    ("The farm harvests 60 kilograms of olives per decare each season.",
     "La granja cosecha 60 kilogramos de aceitunas por hectárea cada temporada.", "en", "es"),
])
def test_rate_measure_changed(src, tgt, sl, tl):
    assert any("another unit" in m for m in found(src, tgt, sl, tl, "D002"))


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Kooperatif üreticilerden dönüm başına en fazla 300 kilogram fındık alacak.",
     "The cooperative will buy at most 300 kilograms of hazelnuts per decare from growers.", "tr", "en"),
    ("Kooperatif kişi başına 300 kilogram fındık dağıttı.",
     "The cooperative handed out 300 kilograms of hazelnuts per person.", "tr", "en"),
    ("The farm harvests 60 kilograms of olives per hectare each season.",
     "La granja cosecha 60 kilogramos de aceitunas por hectárea cada temporada.", "en", "es"),
])
def test_rate_measure_kept(src, tgt, sl, tl):
    assert found(src, tgt, sl, tl, "D002") == []
