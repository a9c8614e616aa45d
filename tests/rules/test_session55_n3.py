"""Session 55 (n3): name misspellings and replacements of batch 22.

- A rare English word inside a sentence, about as frequent in the big languages as in
  English, is a name for a target language whose (smaller) frequency table lacks it
  altogether (Loch Maree into Croatian or Slovenian): the second word of a two-word place
  is no longer dropped, so a place whose generic half (Loch, Glen) is kept while the name
  proper is swapped is a swap (N004), not "present".
- Out of Chinese, a one-syllable given name of two or three letters right after a surname
  that reads as the source's surname character, one letter from the reading of the next
  character (周明 ~ Zhou Min): N001 minor (too short for the general read-back slip search).
- Into a language with no marked letters of its own (English), a name written without any
  of the source's marks where the translation keeps the marks of two or more other names
  the source marks (Wróbel ~ Wrobel beside Giżycko, Węgorzewo): N001 minor.
- A Turkish (or Azerbaijani) word with endings after an apostrophe, however many
  (Henderson'lara, Galloway'leri), stands for the name before the apostrophe: the name is
  present (no N003), as a plural source name (the Hendersons) reads.
"""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def names_findings(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f"{f.code}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith("N")]


# --- a two-word place whose name proper is swapped, the generic word kept -------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The hikers camped on the shore of Loch Maree before the storm.",
     "Planinari su kampirali na obali jezera Loch Ness prije oluje.", "en", "hr"),
    ("The hikers camped on the shore of Loch Maree before the storm.",
     "Pohodniki so taborili na obali jezera Loch Ness pred nevihto.", "en", "sl"),
])
def test_place_name_proper_swapped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "N004") == ["Loch Ness"]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The hikers camped on the shore of Loch Maree before the storm.",
     "Planinari su kampirali na obali jezera Loch Maree prije oluje.", "en", "hr"),
    ("The hikers camped on the shore of Loch Maree before the storm.",
     "Pohodniki so taborili na obali jezera Loch Maree pred nevihto.", "en", "sl"),
])
def test_place_kept_passes(src, tgt, sl, tl):
    assert names_findings(src, tgt, sl, tl) == []


# --- a one-syllable Chinese given name misspelt ---------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("合作社理事长林明表示，今年的茶叶收购价格比去年略高。",
     "Lin Min, chairman of the cooperative, said this year's tea purchase price was slightly higher than last year's.",
     "zh", "en"),
    ("合作社理事长林明表示，今年的茶叶收购价格比去年略高。",
     "Lin Min, Vorsitzender der Genossenschaft, sagte, der Ankaufspreis für Tee sei in diesem Jahr etwas höher als im Vorjahr.",
     "zh", "de"),
    ("村委会主任刘洋说，新的道路下个月通车。",
     "Liu Yan, head of the village committee, said the new road would open to traffic next month.",
     "zh", "en"),
])
def test_short_given_name_slip(src, tgt, sl, tl):
    found = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]
    assert len(found) == 1 and found[0].severity.name == "MINOR"
    assert found[0].text in ("Min", "Yan")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # the given name read right (敏 reads min)
    ("合作社理事长林敏表示，今年的茶叶收购价格比去年略高。",
     "Lin Min, chairman of the cooperative, said this year's tea purchase price was slightly higher than last year's.",
     "zh", "en"),
    ("合作社理事长林明表示，今年的茶叶收购价格比去年略高。",
     "Lin Ming, chairman of the cooperative, said this year's tea purchase price was slightly higher than last year's.",
     "zh", "en"),
    # a heading in title case: a capitalised English word after the surname is no given name
    ("林明说茶价上涨",
     "Lin Man Says Tea Prices Rise", "zh", "en"),
])
def test_short_given_name_right_passes(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "N001") == []


# --- every mark of one name dropped while the translation keeps the others' ----------------

_PL_SRC = ("Giżycko i Węgorzewo przyciągają coraz więcej turystów. "
           "Sezon trwa coraz dłużej, mówi Ewa Wróbel, przewodniczka.")
_CS_SRC = ("Šumava a Třeboň přitahují stále více turistů. "
           "Sezona se prodlužuje, říká průvodce Pavel Kořínek.")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    (_PL_SRC,
     "Giżycko and Węgorzewo are attracting more and more tourists. "
     "The season is getting longer, says Ewa Wrobel, a guide.", "pl", "en"),
    (_CS_SRC,
     "Šumava and Třeboň are attracting more and more tourists. "
     "The season is getting longer, says guide Pavel Korinek.", "cs", "en"),
])
def test_marks_dropped_once(src, tgt, sl, tl):
    found = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]
    assert [f.text for f in found] in (["Wrobel"], ["Korinek"])
    assert found[0].severity.name == "MINOR"


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # every name written plain: the translation's convention
    (_PL_SRC,
     "Gizycko and Wegorzewo are attracting more and more tourists. "
     "The season is getting longer, says Ewa Wrobel, a guide.", "pl", "en"),
    # every mark kept
    (_PL_SRC,
     "Giżycko and Węgorzewo are attracting more and more tourists. "
     "The season is getting longer, says Ewa Wróbel, a guide.", "pl", "en"),
    (_CS_SRC,
     "Sumava and Trebon are attracting more and more tourists. "
     "The season is getting longer, says guide Pavel Korinek.", "cs", "en"),
    # another name written plain too: a convention
    (_CS_SRC,
     "Sumava and Třeboň are attracting more and more tourists. "
     "The season is getting longer, says guide Pavel Korinek.", "cs", "en"),
])
def test_marks_convention_passes(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "N001") == []


# --- Turkish endings after an apostrophe: the name before it is present ----------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The mill was sold to the Hendersons last year.",
     "Değirmen geçen yıl Henderson'lara satıldı.", "en", "tr"),
    ("The company supplies the Hendersons and the Wilkinsons.",
     "Şirket Henderson'lara ve Wilkinson'lara tedarik sağlıyor.", "en", "tr"),
    ("Er lobte die Galloways in seiner Rede.",
     "Konuşmasında Galloway'leri övdü.", "de", "tr"),
])
def test_turkish_apostrophe_endings_present(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "N003") == []


def test_turkish_name_still_missing():
    assert codes("The mill was sold to the Hendersons last year.",
                 "Değirmen geçen yıl bir aileye satıldı.", "en", "tr", "N003") != []
