"""Session 56 (l2): words kept from the source that are right to keep (L002, X001).

- A name of several capitalised words kept whole after an elided article of the target
  (l'Emsländischer Verein, dell'Ostfriesischer Verband): the elision hides the capital of
  the name's first word, so its second word read as a copied noun.
- A word of the target before a name of the source, joined by a hyphen (Kelet-Lothian ~
  East Lothian, Itä-Lothian): the name in the target's own compound, no copy.
- A kind's name kept with its loanword head, in the source's order or before the head in
  the target's (agave tobalá ~ tobalá agave): a variety's name, when the word is rare in
  the source language itself; a common source word (pequeño) stays a copy.
- X001 weighs a copied word against the target's large word list too: a word the target
  language knows nearly as well as the source (palenque, trattoria, cuvée in English) is
  a loanword of the source's culture, no source word left in.
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules import garble


def codes(src: str, tgt: str, sl: str, tl: str, code: str = "L002") -> list[str]:
    return [tgt[f.span[0]:f.span[1]] if f.span else f.message
            for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# -- a name kept whole after an elided article -----------------------------------------
ELIDED_NAME = [
    ("Nach Angaben des Emsländischen Vereins kamen rund 300 Besucher zum Fest.",
     "Selon l'Emsländischer Verein, quelque 300 visiteurs sont venus à la fête.", "de", "fr"),
    ("Nach Angaben des Emsländischen Vereins kamen rund 300 Besucher zum Fest.",
     "Secondo l'Emsländischer Verein, circa 300 visitatori sono venuti alla festa.", "de", "it"),
    ("Nach Angaben des Ostfriesischen Verbands stiegen die Preise deutlich.",
     "Secondo il presidente dell'Ostfriesischer Verband, i prezzi sono saliti molto.", "de", "it"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", ELIDED_NAME)
def test_name_after_elided_article_is_kept(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl) == []


def test_common_word_after_elided_article_still_copied():
    # a common word of the target before the copied noun: no name
    src = "Nach Angaben der Europäischen Kommission stiegen die Preise deutlich."
    tgt = "Selon l'Union Kommission, les prix ont nettement augmenté."
    assert "Kommission" in " ".join(codes(src, tgt, "de", "fr"))


# -- a target word joined before a source name ------------------------------------------
TARGET_HEADED = [
    ("Officials in East Lothian will close the old dairy plant next spring.",
     "Kelet-Lothian bezárja a régi tejüzemet jövő tavasszal, közölték a tisztviselők.", "en", "hu"),
    ("Officials in East Lothian will close the old dairy plant next spring.",
     "Itä-Lothian sulkee vanhan meijerin ensi keväänä, virkamiehet kertoivat.", "en", "fi"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", TARGET_HEADED)
def test_target_word_before_source_name(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl) == []


def test_target_word_before_lower_case_source_word_still_copied():
    # the source writes the word in lower case only: no name of the source
    src = "The officials will close the old dairy plant next spring, said the lothian board."
    tgt = "Itä-Lothian sulkee vanhan meijerin ensi keväänä, virkamiehet kertoivat."
    assert codes(src, tgt, "en", "fi") == ["Itä-Lothian"]


# -- a kind's name kept with its loanword head -----------------------------------------
KIND_OF_LOAN = [
    ("Los productores plantaron 40 hectáreas de agave tobalá en la ladera del cerro.",
     "The producers planted 40 hectares of tobalá agave on the hillside.", "es", "en"),
    ("Los productores plantaron 40 hectáreas de agave tobalá en la ladera del cerro.",
     "Les producteurs ont planté 40 hectares d'agave tobalá sur le flanc de la colline.", "es", "fr"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", KIND_OF_LOAN)
def test_kind_kept_with_loanword(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl) == []


@pytest.mark.parametrize("tgt,tl", [
    ("The producers planted 40 hectares of pequeño agave on the hillside.", "en"),
    ("Les producteurs ont planté 40 hectares d'agave pequeño sur le flanc de la colline.", "fr"),
])
def test_common_source_word_beside_loanword_still_copied(tgt, tl):
    src = "Los productores plantaron 40 hectáreas de agave pequeño en la ladera del cerro."
    assert codes(src, tgt, "es", tl) == ["pequeño"]


# -- X001: loanwords the target's large word list knows ----------------------------------
CULTURE_WORDS = [
    ("Cada palenque de la región vende su mezcal en el mercado del pueblo.",
     "Each palenque in the region sells its mezcal at the village market.", "es", "en"),
    ("Ogni masseria della zona ha la sua trattoria per i turisti.",
     "Every masseria in the area has its own trattoria for tourists.", "it", "en"),
    ("Chaque bastide du village produit sa propre cuvée depuis des siècles.",
     "Every bastide in the village has produced its own cuvée for centuries.", "fr", "en"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", CULTURE_WORDS)
def test_culture_loanwords_are_no_source_words_left_in(src, tgt, sl, tl):
    score, signals = garble.assess(src, tgt, sl, tl)
    assert not [k for k, _a, _b in signals if k == "copied from the source"]
    assert codes(src, tgt, sl, tl, "X001") == []


@pytest.mark.parametrize("src,tgt,sl", [
    ("El gobierno dará dinero al ayuntamiento para la escuela.",
     "The gobierno will give money to the ayuntamiento for the school.", "es"),
    ("Il comune darà soldi alla scuola per la biblioteca.",
     "The comune will give soldi to the school for the library.", "it"),
])
def test_common_source_words_left_in_still_scored(src, tgt, sl):
    score, signals = garble.assess(src, tgt, sl, "en")
    assert score >= 2 and len([k for k, _a, _b in signals if k == "copied from the source"]) == 2
