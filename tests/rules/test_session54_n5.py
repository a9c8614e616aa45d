"""Session 54 (n5): source words read as names that are none, and names rendered that
N003 read as missing.

- a frequent word opening a sentence that meets a lexicon place only once that place's
  own letters are folded away (Dutch "Elk", each ~ Polish Ełk; Portuguese "Sala" ~ Sála),
  in a language whose spellings the lexicon does not list;
- a three-letter word opening a sentence that the document writes in lower case at least
  twice more (Sap … the sap … more sap), no given name;
- an apostrophe inside a Ukrainian word (Г'юз ~ Hughes, П'єр ~ Pierre): one word;
- a Greek body's name of a head noun or an acronym and a place in the genitive (Δήμος
  Αποκορώνου, ΔΕΥΑ Μαλεβιζίου), rendered by the place transcribed;
- an English name whose last words are common words and that goes on with more
  capitalised words (Cwm Rheidol Steam | Railway Trust), the common words translated
  into another script, the proper name transcribed.
"""
from __future__ import annotations

import pytest

import mtcheck


def findings(src: str, tgt: str, sl: str, tl: str, prefix: str = "N") -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith(prefix)]


# -- a common word opening a sentence, a lexicon place only with its own letters ---------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("nl", "en", "Elk jaar komen er meer toeristen naar de stad.", "Every year more tourists come to the city."),
    ("nl", "de", "Elk kind krijgt een gratis boek.", "Jedes Kind bekommt ein kostenloses Buch."),
    ("pt", "en", "Sala cheia: o concerto esgotou em duas horas.", "Full house: the concert sold out in two hours."),
    ("da", "en", "Vise dig frem er ikke hans stil.", "Showing off is not his style."),
])
def test_a_common_word_opening_a_sentence_is_no_place_written_with_other_letters(sl, tl, src, tgt):
    assert findings(src, tgt, sl, tl) == []


def test_the_place_written_with_its_own_letters_is_still_a_name():
    codes = [c for c, _ in findings("Ełk ligt in het noordoosten van Polen.",
                                    "Olsztyn lies in north-eastern Poland.", "nl", "en")]
    assert "N006" in codes and "N003" in codes


# -- a short word opening a sentence, written in lower case elsewhere in the article -----
def test_a_three_letter_word_written_lower_case_elsewhere_is_no_name_en_de(article):
    # (Sap is also a company's name, SAP, as frequent in every big language)
    src = ["Sap rises in spring when the nights are still cold.",
           "Farmers collect the sap in buckets and boil the sap for hours."]
    tgt = ["Der Saft steigt im Frühling, wenn die Nächte noch kalt sind.",
           "Die Bauern sammeln den Saft in Eimern und kochen ihn stundenlang."]
    assert [f for f in article(src, tgt, "en", "de") if f.code == "N003"] == []


def test_a_three_letter_word_written_lower_case_elsewhere_is_no_name_en_fr(article):
    src = ["Sap rises in spring when the nights are still cold.",
           "Farmers collect the sap in buckets and boil the sap for hours."]
    tgt = ["La sève monte au printemps, quand les nuits sont encore froides.",
           "Les agriculteurs recueillent la sève dans des seaux et la font bouillir pendant des heures."]
    assert [f for f in article(src, tgt, "en", "fr") if f.code == "N003"] == []


def test_a_three_letter_name_written_lower_case_once_is_still_missed(article):
    src = ["Ray Dalton opened the new bakery on Monday.",
           "Ray said it was a ray of hope for the village."]
    tgt = ["Am Montag wurde die neue Bäckerei eröffnet.",
           "Es sei ein Hoffnungsschimmer für das Dorf, hieß es."]
    assert any(f.code == "N003" for f in article(src, tgt, "en", "de"))


# -- an apostrophe inside a Ukrainian word ---------------------------------------------
@pytest.mark.parametrize("sl,src,tgt", [
    ("en", "Councillor Elin Hughes opposed the plan.", "Депутатка Елін Г'юз виступила проти плану."),
    ("en", "Councillor Hughes opposed the plan.", "Депутат Г’юз виступив проти плану."),
    ("fr", "Le maire Pierre a voté contre.", "Мер П'єр проголосував проти."),
    ("de", "Der Bürgermeister Piazolla stimmte dagegen.", "Мер П'яццолла проголосував проти."),
])
def test_a_name_transcribed_with_an_apostrophe_inside_is_read_back(sl, src, tgt):
    assert findings(src, tgt, sl, "uk") == []


def test_another_name_in_ukrainian_is_still_reported():
    assert findings("Councillor Hughes opposed the plan.", "Депутат Ґрей виступив проти плану.", "en", "uk")


# -- a Greek body's name rendered by its place -------------------------------------------
@pytest.mark.parametrize("tl,src,tgt", [
    ("en", "Η Ένωση Ξενοδόχων Αποκορώνου ζητά μέτρα.", "The Apokoronas Hoteliers' Association is calling for measures."),
    ("de", "Ο Δήμος Αποκορώνου ενέκρινε το σχέδιο.", "Die Gemeinde Apokoronas hat den Plan genehmigt."),
    ("en", "Η ΔΕΥΑ Μαλεβιζίου ανακοίνωσε διακοπή νερού.", "DEYA Malevizi announced a water cut."),
    ("fr", "Ο Δήμος Αποκορώνου ενέκρινε το σχέδιο.", "Apokoronas a approuvé le projet."),
])
def test_a_greek_body_rendered_by_its_place_is_not_missing(tl, src, tgt):
    assert [c for c, _ in findings(src, tgt, "el", tl)] == []


@pytest.mark.parametrize("tl,src,tgt", [
    ("en", "Ο Δήμος Αποκορώνου ενέκρινε το σχέδιο.", "The municipality of Sitia approved the plan."),
    ("en", "Η ΔΕΥΑ Μαλεβιζίου ανακοίνωσε διακοπή νερού.", "DEYA Sitia announced a water cut."),
])
def test_a_greek_body_with_another_place_is_still_reported(tl, src, tgt):
    assert findings(src, tgt, "el", tl)


# -- the front of a longer English name, its common words translated --------------------
@pytest.mark.parametrize("tl,tgt", [
    ("uk", "Траст парової залізниці Кум-Рейдол придбав новий локомотив."),
    ("ru", "Трест паровой железной дороги Кум-Рейдол купил новый локомотив."),
])
def test_common_words_of_a_longer_name_translated_the_proper_name_transcribed(tl, tgt):
    assert findings("The Cwm Rheidol Steam Railway Trust bought a new engine.", tgt, "en", tl) == []


def test_a_longer_name_with_another_proper_name_is_still_reported():
    assert findings("The Cwm Rheidol Steam Railway Trust bought a new engine.",
                    "Траст парової залізниці Тальїлін придбав новий локомотив.", "en", "uk")
