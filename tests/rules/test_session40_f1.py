"""Session 40 (f1): numbers, dates and units of fresh held-out articles (bench/articles,
batch s40), fixed as classes.  Invented sentences; each class has correct renderings that
must stay quiet and a real error of the class that must still be reported.

1. the tens after the word for years name a decade (gli anni Novanta, los años setenta,
   les années quatre-vingt-dix, de jaren negentig ~ the 1990s), as "the nineties" does.
"""

from __future__ import annotations

import pytest

from mtcheck.model import Severity


def d_codes(fs, codes=("D001", "D002"), least=Severity.MAJOR):
    return [(f.code, f.message) for f in fs if f.code in codes and f.severity >= least]


def doc(first: str, body: str, last: str) -> list[str]:
    return [first, body, last]


HEAD = {"en": ("Weather report", "The mayor spoke to the council on Tuesday."),
        "fr": ("Bulletin météo", "Le maire a parlé au conseil mardi."),
        "it": ("Bollettino meteo", "Il sindaco ha parlato al consiglio martedì."),
        "es": ("Parte meteorológico", "El alcalde habló ante el pleno el martes."),
        "nl": ("Weerbericht", "De burgemeester sprak dinsdag de raad toe."),
        "de": ("Wetterbericht", "Der Bürgermeister sprach am Dienstag vor dem Rat."),
        "ja": ("天気予報", "市長は火曜日に議会で話した。"),
        "ru": ("Прогноз погоды", "Мэр выступил во вторник перед советом."),
        "cs": ("Předpověď počasí", "Starosta v úterý promluvil k zastupitelům."),
        "he": ("תחזית מזג האוויר", "ראש העיר נאם ביום שלישי בפני המועצה.")}


def pair(sl: str, tl: str, s: str, t: str) -> tuple[list[str], list[str]]:
    return doc(HEAD[sl][0], s, HEAD[sl][1]), doc(HEAD[tl][0], t, HEAD[tl][1])


# 1. decades said with the word for years
DECADES_OK = [
    ("fr", "it", "Les orages de grêle ont doublé depuis les années 1990.",
     "Le grandinate sono raddoppiate dagli anni Novanta."),
    ("en", "es", "Rents have tripled since the 1970s.", "Los alquileres se han triplicado desde los años setenta."),
    ("en", "fr", "Rents have tripled since the 1980s.", "Les loyers ont triplé depuis les années quatre-vingt."),
    ("de", "nl", "Die Mieten haben sich seit den 1960er-Jahren verdreifacht.",
     "De huren zijn sinds de jaren zestig verdrievoudigd."),
]


@pytest.mark.parametrize("sl,tl,s,t", DECADES_OK)
def test_decade_with_the_word_for_years_is_the_decade(article, sl, tl, s, t):
    assert d_codes(article(*pair(sl, tl, s, t), sl, tl)) == []


def test_another_decade_is_still_reported(article):
    fs = article(*pair("fr", "it", "Les orages de grêle ont doublé depuis les années 1980.",
                       "Le grandinate sono raddoppiate dagli anni Novanta."), "fr", "it")
    assert any("1980" in m for _, m in d_codes(fs))
