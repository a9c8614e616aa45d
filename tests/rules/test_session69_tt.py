"""Session 69 (tt): T003 (inconsistent-rendering), a term's usual rendering dropped at one
mention for another word.

Miss: a source word said in three sentences or more whose usual rendering (one word, or two
near each other) stands in all of its sentences but one and nowhere else; in that one another
word found in no other sentence stands where the usual rendering stood, told by a neighbour
rendered alike beside the usual rendering elsewhere (das neue X → the new …), however the
sentence is reordered; or, where both words are specialised ones (rare in the language's word
list), by its place in the sentence.

Precision: the usual rendering at every mention, a pronoun at the odd mention, a misspelling
of the usual word (the names rules' case), a frequent word that renders no term, and a
currency stay clean of this finding.
"""
from __future__ import annotations

import mtcheck
import mtcheck.rules.terminology as terminology


def t003(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(tgt[f.span[0]:f.span[1]], f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "T003"]


# -- a one-word rendering swapped once, the place told by a neighbour ----------------------
_PUMP_DE = ("Das Klinikum Nordhafen zeigt Besuchern am Montag das neue Dialysegerät. "
            "Das alte Dialysegerät war seit 2015 in Betrieb und fiel im März aus. "
            "Laut Chefarzt Brenner kann das Dialysegerät zwölf Patienten am Tag versorgen. "
            "Ein Landwirt aus Kirchdorf soll im Herbst als erster Patient an das neue Dialysegerät "
            "angeschlossen werden, sagte Brenner.")
_PUMP_EN = ("On Monday Nordhafen Hospital shows visitors the new dialyser. "
            "The old dialyser had been in service since 2015 and broke down in March. "
            "According to senior consultant Brenner, the dialyser can treat twelve patients a day. "
            "The new blood filter will be connected in the autumn to its first patient, a Kirchdorf "
            "farmer, Brenner said.")


def test_rendering_swapped_where_a_neighbour_places_it():
    msgs = t003(_PUMP_DE, _PUMP_EN, "de", "en")
    assert [here for here, _ in msgs] == ["blood filter"], msgs
    assert "dialyser" in msgs[0][1]


def test_rendering_swapped_is_found_by_the_new_path(monkeypatch):
    # without the dropout path the mention is missed: the sentence is turned round
    monkeypatch.setattr(terminology, "_dropout_findings", lambda ctx, opts: iter(()))
    assert t003(_PUMP_DE, _PUMP_EN, "de", "en") == []


def test_rendering_kept_is_clean():
    assert t003(_PUMP_DE, _PUMP_EN.replace("blood filter", "dialyser"), "de", "en") == []


def test_pronoun_at_the_odd_mention_is_clean():
    ok = _PUMP_EN.replace("The new blood filter will be connected", "It will be connected")
    assert t003(_PUMP_DE, ok, "de", "en") == []


def test_misspelt_usual_word_is_no_synonym():
    odd = _PUMP_EN.replace("The new blood filter", "The new dialyzer")
    assert not [m for _, m in t003(_PUMP_DE, odd, "de", "en") if "dialyzer" in m]


# -- a two-word rendering swapped once ----------------------------------------------------
_FERRY_ES = ("El ayuntamiento de Puerto Lobos presentó ayer el nuevo transbordador. "
             "El transbordador cruzará la ría doce veces al día desde mayo. "
             "Según el alcalde Ferrán Ortuño, el transbordador costó 3,2 millones de euros. "
             "Los vecinos de la otra orilla podrán subir con sus bicicletas al nuevo transbordador "
             "sin pagar billete durante el primer mes.")
_FERRY_EN = ("Puerto Lobos town council yesterday presented the new car ferry. "
             "The car ferry will cross the estuary twelve times a day from May. "
             "According to mayor Ferrán Ortuño, the car ferry cost 3.2 million euros. "
             "The new river shuttle will carry residents of the far bank and their bicycles "
             "free of charge for the first month.")


def test_two_word_rendering_swapped_where_a_neighbour_places_it():
    msgs = t003(_FERRY_ES, _FERRY_EN, "es", "en")
    assert "river shuttle" in [here for here, _ in msgs], msgs


def test_two_word_rendering_swapped_is_found_by_the_new_path(monkeypatch):
    monkeypatch.setattr(terminology, "_dropout_findings", lambda ctx, opts: iter(()))
    assert "river shuttle" not in [here for here, _ in t003(_FERRY_ES, _FERRY_EN, "es", "en")]


def test_two_word_rendering_kept_is_clean():
    assert t003(_FERRY_ES, _FERRY_EN.replace("river shuttle", "car ferry"), "es", "en") == []


# -- no term: a currency ------------------------------------------------------------------
_FEE_SV = ("Avgiften höjs till 400 kronor per natt. "
           "Förra året kostade en plats 350 kronor. "
           "Kommunen räknar med att ta in 2 miljoner kronor. "
           "Husbilsägarna betalar därutöver 50 kronor för el.")
_FEE_DE = ("Die Gebühr steigt auf 400 Kronen pro Nacht. "
           "Im vergangenen Jahr kostete ein Stellplatz 350 Kronen. "
           "Die Gemeinde rechnet mit Einnahmen von 2 Millionen Kronen. "
           "Wohnmobilbesitzer zahlen zusätzlich 5 Euro Stromgeld.")


def test_currency_is_no_term():
    assert not [m for _, m in t003(_FEE_SV, _FEE_DE, "sv", "de") if "Kronen" in m]
