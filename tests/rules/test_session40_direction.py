"""Session 40: P003 lexicon gaps: Swedish length (kortare ~ longer), French progresser as a
rise, English ahead of / behind schedule."""
from __future__ import annotations

import pytest

import mtcheck


def p003(src: str, tgt: str, sl: str, tl: str) -> bool:
    return any(f.code == "P003" for f in mtcheck.check_pair(src, tgt, sl, tl))


@pytest.mark.parametrize("src,flipped,kept,sl,tl", [
    ("Bussresan blir fem minuter kortare efter ombyggnaden.",
     "The bus journey will be five minutes longer after the rebuild.",
     "The bus journey will be five minutes shorter after the rebuild.", "sv", "en"),
    ("The new route is four kilometres longer than the old one.",
     "Den nya sträckan är fyra kilometer kortare än den gamla.",
     "Den nya sträckan är fyra kilometer längre än den gamla.", "en", "sv"),
    ("Exports fell by 3.1 percent in the third quarter.",
     "Les exportations ont progressé de 3,1 % au troisième trimestre.",
     "Les exportations ont reculé de 3,1 % au troisième trimestre.", "en", "fr"),
    ("The bridge was reopened two weeks ahead of schedule.",
     "Die Brücke wurde zwei Wochen später als geplant wieder geöffnet.",
     "Die Brücke wurde zwei Wochen früher als geplant wieder geöffnet.", "en", "de"),
    ("Le chantier s'est achevé deux semaines plus tard que prévu.",
     "The works were finished two weeks ahead of schedule.",
     "The works were finished two weeks behind schedule.", "fr", "en"),
    ("Ремонт тривав менш ніж два роки.",
     "Die Renovierung dauerte mehr als zwei Jahre.",
     "Die Renovierung dauerte weniger als zwei Jahre.", "uk", "de"),
])
def test_flipped_and_kept(src, flipped, kept, sl, tl):
    assert p003(src, flipped, sl, tl)
    assert not p003(src, kept, sl, tl)


def test_swedish_no_longer_and_a_card_are_no_length():
    assert not p003("Han har inte längre något kort.", "He no longer has a card.", "sv", "en")
