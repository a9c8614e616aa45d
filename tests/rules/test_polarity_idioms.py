"""P001/P003/S012 (session 35): "the opening lap" is the first one, not an opening (against
Italian "ha chiuso terzo", finished third); "could only manage sixth" is "non è andato
oltre il sesto posto" (did not get beyond); Polish "ds." (do spraw) is an abbreviation.
Sentences written for mtcheck."""

from __future__ import annotations

import mtcheck


def found(src, tgt, sl, tl, code):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def test_opening_lap_is_no_opening():
    src = "Lando Norris finished third after losing two places on the opening lap."
    assert found(src, "Lando Norris ha chiuso terzo dopo aver perso due posizioni al primo giro.", "en", "it", "P003") == []
    # an opening that is one still is
    assert found("The museum opened on Monday.", "Il museo ha chiuso lunedì.", "en", "it", "P003")


def test_negated_limit_is_only():
    src = "Max Verstappen could only manage sixth in his Red Bull."
    assert found(src, "Max Verstappen non è andato oltre il sesto posto con la sua Red Bull.", "en", "it", "P001") == []
    assert found("Max Verstappen could manage sixth.", "Max Verstappen non è andato oltre il sesto posto.",
                 "en", "it", "P001")


def test_polish_ds_abbreviation():
    assert found("said Helen Carter, Ofgem's director of markets.",
                 "– powiedziała Helen Carter, dyrektor ds. rynków w Ofgem.", "en", "pl", "S012") == []
