"""L002 (session 35): a name kept as the source writes it is no copied word.  A name
whose two words the source has together (Kerttu Niskanen, Schwäbisch Hall), a Turkish
case ending after an apostrophe, which Turkish writes after proper nouns only
(Potsdam'da), and a German place adjective naming a street (Rosenheimer Strasse).
Sentences written for mtcheck."""

from __future__ import annotations

import pytest

import mtcheck


def l002(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "L002"]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Kerttu Niskanen voitti lauantaina naisten kilpailun Lahdessa.",
     "Kerttu Niskanen won the women's race in Lahti on Saturday.", "fi", "en"),
    ("Das Bild kam als Leihgabe der Sammlung Würth in Schwäbisch Hall nach Frankfurt.",
     "Le tableau est prêté par la collection Würth de Schwäbisch Hall.", "de", "fr"),
    ("Die nächste Runde ist in Potsdam angesetzt.", "Bir sonraki tur Potsdam'da yapılacak.", "de", "tr"),
    ("Betroffen sind die Leopoldstraße und die Rosenheimer Straße.",
     "This affects Leopoldstrasse and Rosenheimer Strasse.", "de", "en"),
])
def test_kept_name_is_no_copy(src, tgt, sl, tl):
    assert l002(src, tgt, sl, tl) == []


def test_copied_words_still_found():
    # a German article and a common noun copied together are no name
    assert l002("Sie sagte, die Behörden konnten die Forderungen nicht erfüllen.",
                "She said die Behörden could not meet the demands.", "de", "en")
