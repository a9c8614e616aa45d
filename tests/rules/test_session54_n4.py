"""Session 54 (n4): a place name in another form of the same name read as replaced.

* A Slavic plural place name (Slovene Luče, Dole) in an oblique plural case of the source
  (v Lučah, med Lučami, v Dolah) is the nominative the translation keeps
  (data/names/plural_place_cases.txt), not another place.
* A Greek place in an oblique case (των Γουβών, του Αγίου Νικολάου, των Ποταμιών) is its
  nominative in Latin letters, the digraphs spelled as digraphs (ου ~ ou: Gouves) and the
  Latin name keeping its -s (Agios Nikolaos, Potamies).
* A one-word name transcribed into Cyrillic as a hyphenated chain with a lower-case link
  word (Penybont ~ Пен-і-Бонт, Penygroes ~ Пен-и-Гройс) is that name, neither replaced by
  its first piece nor added by its last.
* Easter in Ukrainian (Великдень, Великодня) and Polish (Wielkanoc) is Easter.
"""
import pytest

import mtcheck

_NAME_CODES = ("N003", "N004", "N005")


def _names(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in _NAME_CODES]


def _n004(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N004"]


# -- Slavic plural places in an oblique case ----------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Most v Lučah so obnovili lani.", "The bridge in Luče was rebuilt last year.", "sl", "en"),
    ("Cesta med Lučami in Solčavo je zaprta.", "The road between Luče and Solčava is closed.", "sl", "en"),
    ("Most v Lučah so obnovili lani.", "Die Brücke in Luče wurde letztes Jahr erneuert.", "sl", "de"),
    ("V Dolah so odprli novo šolo.", "A new school has opened in Dole.", "sl", "en"),
])
def test_plural_place_in_oblique_case_is_no_replacement(src, tgt, sl, tl):
    assert not _names(src, tgt, sl, tl)


def test_plural_place_put_for_another_place_is_still_replaced():
    found = _n004("Most v Lučah so obnovili lani.", "The bridge in Ljubno was rebuilt last year.", "sl", "en")
    assert found and found[0].text == "Ljubno"


# -- Greek places in an oblique case --------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Τα ξενοδοχεία των Γουβών είναι γεμάτα.", "The hotels of Gouves are full.", "el", "en"),
    ("Τα ξενοδοχεία των Γουβών είναι γεμάτα.", "Die Hotels von Gouves sind voll.", "el", "de"),
    ("Το λιμάνι του Αγίου Νικολάου είναι μικρό.", "The harbour of Agios Nikolaos is small.", "el", "en"),
    ("Το λιμάνι του Αγίου Νικολάου είναι μικρό.", "Le port d'Agios Nikolaos est petit.", "el", "fr"),
    ("Το έργο θα γίνει στην περιοχή των Ποταμιών.", "The work will be done in the Potamies area.", "el", "en"),
])
def test_greek_place_in_oblique_case_is_its_nominative(src, tgt, sl, tl):
    assert not _names(src, tgt, sl, tl)


def test_greek_place_put_for_another_place_is_still_replaced():
    found = _n004("Τα ξενοδοχεία των Γουβών είναι γεμάτα.", "The hotels of Gournes are full.", "el", "en")
    assert found and found[0].text == "Gournes"


# -- a one-word name transcribed as a hyphenated chain --------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The bus leaves from Penybont every hour.", "Автобус відходить із Пен-і-Бонта щогодини.", "en", "uk"),
    ("The bus leaves from Penygroes every hour.", "Автобус отправляется из Пен-и-Гройса каждый час.", "en", "ru"),
])
def test_name_transcribed_as_hyphen_chain_is_no_replacement(src, tgt, sl, tl):
    assert not _names(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl,other", [
    ("The bus leaves from Penybont every hour.", "Автобус відходить із Пвллхелі щогодини.", "en", "uk",
     "Пвллхелі"),
    ("The bus leaves from Penygroes every hour.", "Автобус отправляется из Кернарфона каждый час.", "en", "ru",
     "Кернарфона"),
])
def test_other_place_for_chained_name_is_still_replaced(src, tgt, sl, tl, other):
    found = _n004(src, tgt, sl, tl)
    assert found and found[0].text == other


# -- Easter ------------------------------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The museum reopens at Easter.", "Музей знову відкриється на Великдень.", "en", "uk"),
    ("The museum will reopen before Easter.", "Музей знову відкриється до Великодня.", "en", "uk"),
    ("The museum will reopen before Easter.", "Muzeum zostanie ponownie otwarte przed Wielkanocą.", "en", "pl"),
])
def test_easter_in_slavic_languages(src, tgt, sl, tl):
    assert not _names(src, tgt, sl, tl)
