"""Session 55, group n1 (names read wrongly, from the held-out s57 batch):

- a negator capitalised inside a name, after a short linking word that follows a
  capitalised word (Val di Non), is a word of the name, no negation (P001);
- German "nicht mehr als" before a bare capitalised noun is "no longer as" (nicht mehr als
  Ausnahme betrachten), a negation, not the bound "no more than" (P001);
- Turkish writes no apostrophe before the case ending of a body's name: the head noun
  alone with its ending (Müdürlüğünden, from the Directorate) is rendered by the
  translation's own head noun (N003); Turkish müdürlük and bakanlık are body heads;
- Dutch towns with exonyms of their own (Vlissingen ~ Flessingue, Flesinga) (N005);
- a generic geographic word opening a place's name (Val, Lago, Sierra, Lac) whose next
  capitalised word the translation writes, alone or opening a compound (Val di Non ~
  Nonstal, Sierra de la Culebra ~ Culebra range), was translated (N003).
"""
import mtcheck
from mtcheck.rules.sentence import negators


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- a negator inside a name ------------------------------------------------------------

def test_it_de_negator_inside_place_name_is_no_negation():
    assert _codes("Gli alberghi della Val di Non sono pieni.",
                  "Die Hotels im Nonstal sind voll.", "it", "de", "P001") == []


def test_it_en_negator_inside_place_name_is_no_negation():
    assert _codes("Gli alberghi della Val di Non sono pieni.",
                  "The hotels of the Anaunia valley are full.", "it", "en", "P001") == []


def test_it_de_sentence_opening_negator_still_flipped():
    assert _codes("Non possiamo aspettare ancora.", "Wir können noch länger warten.",
                  "it", "de", "P001")


# --- German "nicht mehr als" + noun: no longer as ---------------------------------------

def test_fr_de_nicht_mehr_als_noun_is_negation():
    assert _codes("On ne peut plus considérer la sécheresse comme une exception.",
                  "Man kann Dürre nicht mehr als Ausnahme betrachten.", "fr", "de", "P001") == []


def test_es_de_nicht_mehr_als_noun_is_negation():
    assert _codes("Ya no podemos ver la sequía como una excepción.",
                  "Wir können die Dürre nicht mehr als Ausnahme sehen.", "es", "de", "P001") == []


def test_it_de_nicht_mehr_als_noun_is_negation():
    assert _codes("Non possiamo più considerare la siccità un'eccezione.",
                  "Wir können Dürre nicht mehr als Ausnahme betrachten.", "it", "de", "P001") == []


def test_de_nicht_mehr_als_quantity_is_still_a_bound():
    assert negators("Sie zahlten nicht mehr als 30 Euro.", "de") == []
    assert negators("Sie zahlten nicht mehr als Hunderte Euro.", "de") == []
    assert negators("Es kamen nicht mehr als Tausend Leute.", "de") == []
    assert _codes("No pagaron más de cien euros.", "Sie zahlten nicht mehr als hundert Euro.",
                  "es", "de", "P001") == []


# --- Turkish body head with a case ending, no apostrophe --------------------------------

_TR = "Vakıflar Genel Müdürlüğünden yapılan açıklamaya göre, onarım çalışmaları ekimde bitecek."


def test_tr_en_suffixed_body_head_rendered():
    assert _codes(_TR, "According to a statement from the General Directorate of Foundations, "
                  "the repair work will finish in October.", "tr", "en", "N003") == []


def test_tr_de_suffixed_body_head_rendered():
    assert _codes(_TR, "Laut einer Mitteilung der Generaldirektion für Stiftungen werden die "
                  "Reparaturarbeiten im Oktober abgeschlossen.", "tr", "de", "N003") == []


def test_tr_en_body_dropped_still_missing():
    assert _codes(_TR, "According to a statement, the repair work will finish in October.",
                  "tr", "en", "N003")


# --- Dutch town exonyms -----------------------------------------------------------------

_NL = "De veerboot vertrekt elk uur uit Vlissingen."


def test_nl_fr_town_exonym_is_rendering():
    assert _codes(_NL, "Le ferry part toutes les heures de Flessingue.", "nl", "fr", "N005") == []


def test_nl_es_town_exonym_is_rendering():
    assert _codes(_NL, "El ferri sale de Flesinga cada hora.", "nl", "es", "N005") == []


def test_nl_fr_other_town_still_flagged():
    fs = mtcheck.check_pair(_NL, "Le ferry part toutes les heures de Dunkerque.", "nl", "fr")
    assert any(f.code in ("N003", "N004", "N005", "N006") for f in fs)


# --- a generic geographic word opening a place's name -----------------------------------

def test_it_de_generic_head_in_compound():
    assert _codes("Gli alberghi della Val di Non sono pieni.",
                  "Die Hotels im Nonstal sind voll.", "it", "de", "N003") == []


def test_fr_de_generic_head_in_compound():
    assert _codes("Les pistes du Val d'Isère ouvrent samedi.",
                  "Die Pisten von Isèretal öffnen am Samstag.", "fr", "de", "N003") == []


def test_es_en_generic_head_translated():
    assert _codes("Los incendios de la Sierra de la Culebra obligaron a evacuar tres pueblos.",
                  "The fires in the Culebra range forced three villages to be evacuated.",
                  "es", "en", "N003") == []


def test_it_de_generic_head_other_valley_still_flagged():
    fs = mtcheck.check_pair("Gli alberghi della Val di Non sono pieni.",
                            "Die Hotels im Fassatal sind voll.", "it", "de")
    assert any(f.code in ("N003", "N004") for f in fs)
