"""Session 38: S006 takes neither a word in a language's other spelling standard (Ukrainian
проєкт since 2019) nor a name whose last vowel the source's case changes (Drava ~ preko
Drave) for a slip."""
from __future__ import annotations

import pytest

import mtcheck


def s006(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, source_lang=sl, target_lang=tl) if f.code == "S006"]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "uk", "…sagte Projektleiterin Sabine Krüger von der Landesstraßenbaubehörde Sachsen-Anhalt.",
     "— сказала керівниця проєкту Сабіне Крюгер із дорожнього управління землі Саксонія-Ангальт."),
    ("en", "uk", "The project will cost 40 million euros.", "Вартість проєкту становитиме 40 мільйонів євро."),
    ("hr", "en", "Novi most preko Drave kod Osijeka svečano je otvoren u petak.",
     "A new bridge over the Drava near Osijek was officially opened on Friday."),
    ("sl", "de", "Novi most čez Dravo so odprli v petek.", "Die neue Brücke über die Drava wurde am Freitag eröffnet."),
])
def test_no_slip_for_a_spelling_standard_or_an_inflected_name(sl, tl, src, tgt):
    assert s006(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a real slip stays one: a letter dropped, not a standard's letter
    ("en", "uk", "The project will cost 40 million euros.", "Вартість проєту становитиме 40 мільйонів євро."),
    ("de", "en", "Die Regierung hat am Montag neue Massnahmen angekündigt.",
     "On Monday the govenment announced new measures."),
])
def test_real_slips_stay(sl, tl, src, tgt):
    assert s006(src, tgt, sl, tl)
