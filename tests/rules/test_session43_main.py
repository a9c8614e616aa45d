"""Session 43 (main): fixes made on main during the session (written for mtcheck).

1. D002: a signed conversion that lands on the same figure is the same quantity: −40 °C is
   −40 °F, so "minus 40 Grad Celsius" ~ "minus 40 degrees Fahrenheit" is no swapped unit;
   40 °C ~ 40 °F (no sign) still is.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


def test_d002_minus_forty_is_the_same_on_both_scales():
    assert codes("Es war minus 40 Grad Celsius kalt.", "It was minus 40 degrees Fahrenheit cold.",
                 "de", "en", "D002") == []
    assert codes("Il faisait −40 °C à l'aube.", "Im Morgengrauen war es −40 °F kalt.",
                 "fr", "de", "D002") == []


def test_d002_same_figure_without_sign_is_still_another_unit():
    assert codes("Es war 40 °C heiss.", "It was 40 °F hot.", "de", "en", "D002") == ["40 °F"]
    assert codes("Il faisait 40 °C à midi.", "Mittags war es 40 °F heiß.", "fr", "de", "D002") == ["40 °F"]
