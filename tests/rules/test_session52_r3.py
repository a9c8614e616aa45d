"""Session 52 r3, T003: a rendering of several words with one word swapped at one mention,
where the swapped-in word also stands in one of the other mentions' sentences, away from
the term (traction substation ... that powers / power substation).  Before, that word counted
as one of t1's beads' own words (no swap), and tied with t1 as the majority rendering."""

from __future__ import annotations

from test_t003_odd_rendering import _t003


def _check(src, bad, good, sl, tl, want):
    assert _t003(src, bad, sl, tl) == [want]
    assert _t003(src, good, sl, tl) == []


def test_swapped_word_elsewhere_in_a_mention_ru_en():
    src = ["Городская электросеть построит новую тяговую подстанцию в Заречном районе.",
           "Тяговая подстанция обеспечит питание трамвайной линии до вокзала, сообщила пресс-служба компании.",
           "Проект тяговой подстанции подготовил местный институт.",
           "Вторая тяговая подстанция появится у депо в 2027 году."]
    bad = ["The city grid company will build a new traction substation in the Zarechny district.",
           "The traction substation will supply power to the tram line to the station, the company's press office said.",
           "The design of the traction substation was prepared by a local institute.",
           "A second power substation will appear near the depot in 2027."]
    good = bad[:3] + ["A second traction substation will appear near the depot in 2027."]
    _check(src, bad, good, "ru", "en", "power substation")


def test_swapped_word_elsewhere_in_a_mention_pl_en():
    src = ["Miasto zbuduje nową oczyszczalnię ścieków w Ursusie.",
           "Oczyszczalnia ścieków ma obsługiwać 60 tysięcy mieszkańców, a woda z rzeki będzie badana co tydzień.",
           "Budowa oczyszczalni ścieków potrwa dwa lata."]
    bad = ["The city will build a new sewage treatment plant in Ursus.",
           "The sewage treatment plant is to serve 60,000 residents, and the water from the river will be tested every week.",
           "Construction of the water treatment plant will take two years."]
    good = bad[:2] + ["Construction of the sewage treatment plant will take two years."]
    _check(src, bad, good, "pl", "en", "water treatment plant")


def test_swapped_word_in_every_mention_stays_quiet():
    # the new word stands in every other mention's sentence: it renders a word of its own
    # there, and the odd mention may render that word too (precision guard, as before)
    src = ["Miasto zbuduje nową oczyszczalnię ścieków nad rzeką.",
           "Oczyszczalnia ścieków ma oczyszczać wodę dla 60 tysięcy mieszkańców.",
           "Budowa oczyszczalni ścieków ochroni wodę w rzece."]
    tgt = ["The city will build a new sewage treatment plant by the river, to protect its water.",
           "The sewage treatment plant is to clean water for 60,000 residents.",
           "Building the water treatment plant will protect the water in the river."]
    assert _t003(src, tgt, "pl", "en") == []
