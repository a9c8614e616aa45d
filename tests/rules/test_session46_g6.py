"""Session 46 (g6): T003 term consistency, classes found by the held-out articles of batch
s46 (bench/articles), fixed as classes (written for mtcheck).

1. a compounding target language: a compound holding the usual rendering as a modifier
   (water → Wasser; water system → Trinkwasserleitung) renders the term, no other word;
2. a two-word rendering with its head swapped (ward block ... ward building) is flagged
   though the new head is found elsewhere in the translation, saying something else (the
   current building), as long as it stands beside the shared modifier nowhere else;
3. the swapped modifier is flagged though a word merely spelled like the usual one stands
   in the sentence far from the phrase (medicinal water ... the medical director says
   the healing water ...).
"""

from __future__ import annotations

import mtcheck


def t3(src, tgt, sl, tl):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "T003" and not f.suppressed]


WATER_EN = ("The plant needs clean water every day. The water comes from the river. Most of the "
            "water is filtered twice. The water system will be replaced next year.")


# 1. a compound holding the rendering

def test_compound_holding_rendering_en_de():
    ok = ("Die Fabrik braucht jeden Tag sauberes Wasser. Das Wasser kommt aus dem Fluss. Das meiste "
          "Wasser wird zweimal gefiltert. Die Trinkwasserleitung wird nächstes Jahr ersetzt.")
    assert t3(WATER_EN, ok, "en", "de") == []
    bad = ("Die Fabrik braucht jeden Tag sauberes Wasser. Das Wasser kommt aus dem Fluss. Das meiste "
           "Wasser wird zweimal gefiltert. Die Flüssigkeit wird nächstes Jahr ersetzt.")
    assert "Flüssigkeit" in t3(WATER_EN, bad, "en", "de")


def test_compound_holding_rendering_en_nl():
    src = ("The town needs clean water every day. The water comes from the river. Most of the "
           "water is filtered twice. The water system will be replaced next year.")
    ok = ("De stad heeft elke dag schoon water nodig. Het water komt uit de rivier. Het meeste water "
          "wordt twee keer gefilterd. De drinkwaterleiding wordt volgend jaar vervangen.")
    assert t3(src, ok, "en", "nl") == []


# 2. a head swapped for a word found elsewhere

def test_swapped_head_found_elsewhere_de_en():
    src = ("Das neue Bettenhaus wird im Frühling eröffnet. Das Bettenhaus ersetzt das heutige Gebäude. "
           "Der Bau kostet viel Geld. Das alte Bettenhaus wird danach abgerissen.")
    bad = ("The new ward block will open in the spring. The ward block replaces the current building. "
           "The construction costs a lot of money. The old ward building will then be demolished.")
    assert "ward building" in t3(src, bad, "de", "en")
    ok = bad.replace("old ward building", "old ward block")
    assert t3(src, ok, "de", "en") == []


# 3. a word spelled like the usual modifier, far from the phrase

def test_swapped_modifier_beside_lookalike_sv_en():
    src = ("Kurorten är känd för sitt läkevatten. Läkevattnet är fyrtio grader varmt. Den medicinska "
           "chefen säger att läkevattnet hjälper mot värk. Många kommer för läkevattnet.")
    bad = ("The resort is known for its medicinal water. The medicinal water is forty degrees warm. "
           "The medical director says that the healing water helps against pain. Many come for the "
           "medicinal water.")
    assert "healing water" in t3(src, bad, "sv", "en")
    assert t3(src, bad.replace("healing water", "medicinal water"), "sv", "en") == []


def test_swapped_modifier_beside_lookalike_da_en():
    src = ("Kurbyen er kendt for sit lægevand. Lægevandet er fyrre grader varmt. Den medicinske chef "
           "siger, at lægevandet hjælper mod smerter. Mange kommer for lægevandet.")
    bad = ("The spa town is known for its medicinal water. The medicinal water is forty degrees warm. "
           "The medical director says that the healing water helps against pain. Many come for the "
           "medicinal water.")
    assert "healing water" in t3(src, bad, "da", "en")
    assert t3(src, bad.replace("healing water", "medicinal water"), "da", "en") == []
