"""Session 58 (helper tr): Turkish names with a case ending after the apostrophe, and
units the tables did not know.

* N003: a Turkish place's generic word in its possessive form, with the case ending after
  the apostrophe (Ovası'nda, Gölü'nde, Mahallesi'nde), is translated, not missing, where
  the word before it stands capitalised in the translation (data/names/generic_place_tails.txt).
* L002: the capitalised word right before a Turkish compound's head with a case ending is
  part of the name, also where it opens the sentence, so it is no copy (not a frequent
  word opening the sentence, Ancak).
* D002: Turkish case forms of lira, dollar and euro (liraya, dolardan, avroya); the Thai
  land measure rai (ไร่, 1,600 m²).
"""
import pytest

import mtcheck
from mtcheck.rules.language import _suffixed_names


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


HARRAN = "Harran Ovası'nda pamuk hasadı bu hafta başladı."
EGIRDIR = "Eğirdir Gölü'nde balık avı yasağı sona erdi."
YESILOVA = "Yeşilova Mahallesi'nde yeni bir okul açıldı."


@pytest.mark.parametrize("src,tgt,tl", [
    (HARRAN, "The cotton harvest began on the Harran Plain this week.", "en"),
    (HARRAN, "In der Ebene von Harran begann diese Woche die Baumwollernte.", "de"),
])
def test_turkish_generic_place_word_with_case_ending_is_translated(src, tgt, tl):
    assert not _codes(src, tgt, "tr", tl, "N003")


def test_turkish_generic_place_word_dropped_with_its_place_is_still_missing():
    assert _codes(HARRAN, "The cotton harvest began on the plain this week.", "tr", "en", "N003")


@pytest.mark.parametrize("src,tgt,tl", [
    (EGIRDIR, "The fishing ban on Lake Eğirdir has ended.", "en"),
    (EGIRDIR, "Das Fangverbot auf dem See von Eğirdir ist zu Ende.", "de"),
    (YESILOVA, "A new school opened in the Yeşilova neighbourhood.", "en"),
    (YESILOVA, "Im Stadtteil Yeşilova wurde eine neue Schule eröffnet.", "de"),
])
def test_word_before_turkish_compound_head_is_a_name_not_a_copy(src, tgt, tl):
    assert not _codes(src, tgt, "tr", tl, "L002")


def test_frequent_word_opening_the_sentence_stays_a_copy():
    src = "Ancak " + EGIRDIR
    assert "ancak" not in _suffixed_names(src, "tr")
    assert "eğirdir" in _suffixed_names(src, "tr")
    assert _codes(src, "Ancak the fishing ban on Lake Eğirdir has ended.", "tr", "en", "L002")


def test_word_before_a_plain_suffixed_name_is_not_taken():
    # İzmir is no compound's head: the word before it is not read into the name
    assert "geçen" not in _suffixed_names("Geçen İzmir'de yağmur yağdı.", "tr")


LIRA = "Kooperatif, üyelerine 4 milyon liraya yakın destek verdi."


@pytest.mark.parametrize("tgt,tl", [
    ("The cooperative gave its members close to 4 million dollars in support.", "en"),
    ("Die Genossenschaft gab ihren Mitgliedern fast 4 Millionen Euro an Unterstützung.", "de"),
])
def test_turkish_lira_with_case_ending_rendered_as_another_currency(tgt, tl):
    assert _codes(LIRA, tgt, "tr", tl, "D002")


def test_turkish_euro_with_case_ending_rendered_as_pounds():
    assert _codes("Şirket 2 milyon avroya satıldı.", "The company was sold for 2 million pounds.",
                  "tr", "en", "D002")


def test_turkish_lira_kept_is_no_finding():
    assert not _codes(LIRA, "The cooperative gave its members close to 4 million lira in support.",
                      "tr", "en", "D002")


RAI = "เกษตรกรปลูกทุเรียนบนพื้นที่ 50 ไร่"


@pytest.mark.parametrize("tgt,tl", [
    ("The farmers grow durian on 50 acres.", "en"),
    ("Die Bauern bauen auf 50 Hektar Durian an.", "de"),
])
def test_thai_rai_rendered_as_another_area_unit(tgt, tl):
    assert _codes(RAI, tgt, "th", tl, "D002")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    (RAI, "The farmers grow durian on 50 rai.", "th", "en"),
    ("เกษตรกรปลูกทุเรียนบนพื้นที่ 1,600 ไร่", "The farmers grow durian on 256 hectares.", "th", "en"),
    ("The farm covers 50 rai of orchards.", "ฟาร์มมีพื้นที่สวน 50 ไร่", "en", "th"),
])
def test_thai_rai_kept_or_converted_is_no_finding(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "D002")
