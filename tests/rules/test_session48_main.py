"""Session 48, on main: Croatian, Bosnian and Serbian past tense with the clitic after the
participle ("pale su", "pali su") reads as a fall, as "su pale" / "su pali" already did
(*pale* and *pali* alone stay weak: they are also forms of *paliti*, to light)."""

import pytest

from mtcheck import check_pair


def p003(src, tgt, sl, tl):
    return [f for f in check_pair(src, tgt, sl, tl) if f.code == "P003"]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Insurance premiums have risen by 28 per cent.", "Premije osiguranja pale su za 28 posto.", "en", "hr"),
    ("Die Preise sind um 5 Prozent gestiegen.", "Cijene pale su za 5 posto.", "de", "hr"),
    ("Exports rose by 12 percent.", "Prihodi od izvoza pali su za 12 posto.", "en", "bs"),
    ("Exports rose by 12 percent.", "Prihodi od izvoza pali su za 12 odsto.", "en", "sr"),
])
def test_fall_with_the_clitic_after_the_participle(src, tgt, sl, tl):
    assert p003(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Insurance premiums have fallen by 28 per cent.", "Premije osiguranja pale su za 28 posto.", "en", "hr"),
    ("Die Preise sind um 5 Prozent gefallen.", "Cijene pale su za 5 posto.", "de", "hr"),
    ("Insurance premiums have risen by 28 per cent.", "Premije osiguranja porasle su za 28 posto.", "en", "hr"),
])
def test_a_fall_rendered_as_a_fall_passes(src, tgt, sl, tl):
    assert not p003(src, tgt, sl, tl)
