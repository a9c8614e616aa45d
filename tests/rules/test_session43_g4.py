"""Session 43 (g4): coverage, alignment and numbers; false alarms and misses found by the
held-out articles of batch s43 (bench/articles), fixed as classes (written for mtcheck).

1. D001: a written-out percent whose second word is the hundred (French "pour cent",
   beside Italian "per cento" and Spanish "por ciento") is the percent sign, not the
   number 100: "septante pour cent" is 70 %, not 70 and 100.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. "pour cent", "per cent": the percent, not a hundred

def test_french_pour_cent_is_a_percent():
    src = "La commune a perdu septante pour cent de ses commerces depuis la fermeture de la mine."
    assert codes(src, "The town has lost seventy per cent of its shops since the mine closed.",
                 "fr", "en", "D001") == []
    assert codes(src, "The town has lost sixty per cent of its shops since the mine closed.",
                 "fr", "en", "D001")
    src = "Près de quatre-vingts pour cent des électeurs ont voté lors du référendum local."
    assert codes(src, "Nearly 80% of voters took part in the local referendum.", "fr", "en", "D001") == []
    assert codes(src, "Nearly 60% of voters took part in the local referendum.", "fr", "en", "D001")
    # "cent" alone is still a hundred
    src = "La commune a perdu cent emplois depuis la fermeture de la mine."
    assert codes(src, "The town has lost ninety jobs since the mine closed.", "fr", "en", "D001")


def test_french_pour_cent_into_german():
    src = "Le prix du gaz a augmenté de trente pour cent en un an, selon le régulateur."
    assert codes(src, "Der Gaspreis ist laut der Regulierungsbehörde innerhalb eines Jahres um dreißig "
                 "Prozent gestiegen.", "fr", "de", "D001") == []
    assert codes(src, "Der Gaspreis ist laut der Regulierungsbehörde innerhalb eines Jahres um vierzig "
                 "Prozent gestiegen.", "fr", "de", "D001")
