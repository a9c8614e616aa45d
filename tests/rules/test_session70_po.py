"""Session 70 (po): direction flips (P003) of classes the lexicons or the rule missed: a chance
compared (better odds, more likely | slimmer chances, less likely), a penalty compared by its
weight, German "geringste" (least), Hungarian "több" with its amount, Croatian "sporo"
(slowly), "or more" after a figure (a bound, no rise), a size compared against a height compared with no figure, and a change rendered by
the opposite change beside mere amounts of the source's pole; and two false alarms: an
anaphoric "after which" rendering "before", and the French and Italian verbs of finishing and
beginning in their future forms.  Examples invented."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config


def p003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["P003"]))
            if f.code == "P003"]


FLIPS = [
    # a chance compared
    ("Daily walkers were much less likely to need a second operation.",
     "Pejalan harian jauh lebih berkemungkinan memerlukan pembedahan kedua.",
     "en", "ms", "lebih berkemungkinan"),
    ("Seedlings planted in autumn have greater chances of taking root.",
     "Τα σπορόφυτα που φυτεύονται το φθινόπωρο έχουν μικρότερες πιθανότητες να ριζώσουν.",
     "en", "el", "μικρότερες πιθανότητες"),
    ("Ein Bewerber mit Berufserfahrung hat bessere Chancen auf die Stelle.",
     "An applicant with work experience has slimmer chances of getting the post.", "de", "en",
     "slimmer chances"),
    # German "geringste"
    ("The museum recorded the most visits in July.",
     "Das Museum verzeichnete im Juli die geringste Zahl an Besuchen.", "en", "de", "geringste"),
    # a penalty compared by its weight
    ("Le tribunal a prononcé une sanction plus lourde que celle requise par le parquet.",
     "The court handed down a lighter sentence than the one the prosecution had sought.", "fr", "en",
     "lighter sentence"),
    # Hungarian "több" with its amount
    ("A könyvtár idén sokkal több könyvet kölcsönzött ki.",
     "Die Bibliothek hat in diesem Jahr deutlich weniger Bücher ausgeliehen.", "hu", "de", "weniger"),
    ("A kikötő forgalma 2,1 millió tonna volt, negyedével több, mint egy évvel korábban.",
     "Der Umschlag des Hafens betrug 2,1 Millionen Tonnen, ein Viertel weniger als ein Jahr zuvor.",
     "hu", "de", "weniger"),
    # Croatian "sporo"
    ("Led na jezeru topi se sporo zbog hladnih noći.",
     "The ice on the lake is melting quickly because of the cold nights.", "hr", "en", "quickly"),
    # a size compared against a height compared, no figure
    ("Der Ertrag der Apfelbäume war in diesem Herbst kleiner, als die Obstbauern erwartet hatten.",
     "This autumn the apple yield was higher than the fruit growers had expected.", "de", "en", "higher"),
    # (a German verb between the word and its "als" swaps no arguments)
    ("The orchard's yield was smaller than expected.",
     "Der Ertrag des Obstgartens dürfte höher liegen als erwartet.", "en", "de", "höher"),
    # the opposite change beside mere amounts of the source's pole
    ("Der Anstieg der Mieten habe viele Studenten dazu gebracht, mehr Nebenjobs anzunehmen, fügte er hinzu.",
     "The fall in rents had led many students to take on more side jobs, he added.", "de", "en", "fall"),
]


@pytest.mark.parametrize("src,tgt,sl,tl,text", FLIPS)
def test_flip_reported(src, tgt, sl, tl, text):
    assert p003(src, tgt, sl, tl) == [text]


def test_or_more_is_no_rise():
    # "X or more" after a figure bounds it: the translation's fall is a flip all the same
    src = "有三个以上孩子的家庭比去年增加了12户。"
    tgt = "Families with three children or more were down 12 on last year."
    assert p003(src, tgt, "zh", "en") == ["down"]
    ok = "Families with three children or more were up 12 on last year."
    assert p003(src, ok, "zh", "en") == []


OK = [
    ("Daily walkers were less likely to need a second operation.",
     "Bei täglichen Spaziergängern war eine zweite Operation weniger wahrscheinlich.", "en", "de"),
    # a chance of an event against the chance of its negation
    ("Commuters who cycle are far less likely ever to have missed a train.",
     "Pendler, die Rad fahren, haben viel wahrscheinlicher noch nie einen Zug verpasst.", "en", "de"),
    # "more" before an adjective is weak: the adjective may be the other's antonym or negative form
    ("Mit einem eigenen Speicher ist das Dorf vom Stromnetz weniger abhängig.",
     "With its own storage the village is more independent of the grid.", "de", "en"),
    ("Die neuen Busse sind weniger zuverlässig als die alten.",
     "The new buses are more unreliable than the old ones.", "de", "en"),
    # an anaphoric "after which": the events told in their order
    ("The dough rests overnight before it is baked in a wood oven.",
     "Тесто оставляют на ночь, после чего его выпекают в дровяной печи.", "en", "ru"),
    ("The dough rests overnight before it is baked in a wood oven.",
     "La pâte repose toute la nuit, après quoi on la cuit au four à bois.", "en", "fr"),
    # beginning and finishing both rendered
    ("La saison de pêche débutera en mai et s'achèvera le 30 septembre.",
     "La stagione di pesca inizierà a maggio e si concluderà il 30 settembre.", "fr", "it"),
    # a size and a height compared the same way
    ("Die Kosten des Vereins waren geringer, als der Vorstand geplant hatte.",
     "The club's costs were lower than the board had planned.", "de", "en"),
    ("Der Ertrag der Apfelbäume war in diesem Herbst kleiner, als die Obstbauern erwartet hatten.",
     "This autumn the apple yield was lower than the fruit growers had expected.", "de", "en"),
    # "or more" with a figure: a bound on both sides
    ("80平方米以上的住房价格下降了。", "Prices of flats of 80 square metres or more fell.", "zh", "en"),
    # amounts of the source's pole and a change of the same pole
    ("Der Anstieg der Mieten habe viele Studenten dazu gebracht, mehr Nebenjobs anzunehmen, fügte er hinzu.",
     "The rise in rents had led many students to take on more side jobs, he added.", "de", "en"),
    # a weak word of change in the translation that renders the source's change
    ("Der Anstieg der Mieten habe viele Studenten dazu gebracht, mehr Nebenjobs anzunehmen.",
     "Rents going up had led many students to take on more side jobs, though few jobs fell vacant.",
     "de", "en"),
    # a penalty compared the same way
    ("Le tribunal a prononcé une sanction plus lourde que celle requise par le parquet.",
     "The court handed down a heavier sentence than the one the prosecution had sought.", "fr", "en"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", OK)
def test_correct_rendering_clean(src, tgt, sl, tl):
    assert p003(src, tgt, sl, tl) == []
