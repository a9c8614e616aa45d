"""Names (session 35): what opens a sentence or stands before a figure is often no name.
A compound of common words opening a Nordic sentence (Kornhøsten, Huspriserne), an
Italian elided article (Un'ondata), a currency sign before its amount (Rp 250.000), and a
Russian adjective made from a name (Букеровская премия ~ Booker Prize).  Sentences written
for mtcheck."""

from __future__ import annotations

import pytest

import mtcheck


def names(src, tgt, sl, tl):
    return [(f.code, f.severity.label, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith("N")]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Kornhøsten i Norge ble i år den dårligste på ti år.", "Die Getreideernte in Norwegen war dieses Jahr die schlechteste seit zehn Jahren.", "nb", "de"),
    ("Huspriserne i hovedstaden faldt med 3 procent i oktober.", "Die Hauspreise in der Hauptstadt fielen im Oktober um 3 Prozent.", "da", "de"),
    ("Fiskekvoten för strömming sänks med 22 procent nästa år.", "The herring quota will be cut by 22 per cent next year.", "sv", "en"),
    ("Un'ondata di maltempo ha colpito il Nord Italia.", "A spell of severe weather hit northern Italy.", "it", "en"),
    ("Harga satu dosis diperkirakan sekitar Rp 250.000.", "A single dose is expected to cost about 250,000 rupiah.", "id", "en"),
    ("The Salt Road won the Booker Prize in 1975.", "«Соляная дорога» получила Букеровскую премию в 1975 году.", "en", "ru"),
    ("She won the Nobel Prize in 1975.", "Она получила Нобелевскую премию в 1975 году.", "en", "ru"),
])
def test_no_name_missing(src, tgt, sl, tl):
    assert names(src, tgt, sl, tl) == []


def test_names_still_checked():
    # the adjective must be made from the source's name, not from another one
    assert [c for c, _s, _m in names("She won the Booker Prize in 1975.", "Она получила Нобелевскую премию в 1975 году.",
                                     "en", "ru")] == ["N004"]
    # a rare word opening a sentence that is no compound of common words stays a name
    assert [c for c, _s, _m in names("Sillamäe fick en ny hamn i år.", "The port got a new harbour this year.",
                                     "sv", "en")] == ["N003"]
