"""Session 51: inches in more languages (D002). The unit table had inches in a dozen
languages only, so centimetres rendered as Lithuanian *colių*, Portuguese *polegadas* or
Finnish *tuumaa* kept the figure and changed the quantity unseen."""
import pytest

import mtcheck


def _d002(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D002"]


@pytest.mark.parametrize("src,tgt,tl", [
    ("Only 12 centimetres of snow fell overnight.", "Per naktį iškrito tik 12 colių sniego.", "lt"),
    ("The new pipe is 30 centimetres wide.", "O novo cano tem 30 polegadas de largura.", "pt"),
    ("The ice was 25 centimetres thick.", "Jää oli 25 tuumaa paksua.", "fi"),
    ("The wall is 15 centimetres thick.", "Sienas biezums ir 15 collas.", "lv"),
])
def test_centimetres_rendered_as_inches_are_a_unit_change(src, tgt, tl):
    assert _d002(src, tgt, "en", tl)


@pytest.mark.parametrize("src,tgt,tl", [
    ("The television has a 65-inch screen.", "A televisão tem um ecrã de 65 polegadas.", "pt"),
    ("Only 12 inches of snow fell overnight.", "Per naktį iškrito tik 12 colių sniego.", "lt"),
])
def test_inches_kept_as_inches_are_no_finding(src, tgt, tl):
    assert not _d002(src, tgt, "en", tl)
