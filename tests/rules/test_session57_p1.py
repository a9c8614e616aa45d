"""Session 57, helper p1: P001 negation-flipped false alarms.

* Estonian indefinites (keegi, midagi, kunagi, ükski) negate only with "ei"/"pole"/"mitte";
  alone they are someone, something, ever, any.
* French "rien que" is "just, alone" (rien que cette semaine: this week alone).
* English "little", "few" before a noun or verb say "not much, not many" (a negative word),
  not after an article ("a little", "the few").
* An approximator right before every negator ("next to nothing", "almost no", "presque rien")
  says "very little", which the other side may say without a negator.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.sentence import negators, negative_words


def p001(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P001"]


# -- Estonian indefinites ------------------------------------------------------------------
def test_et_indefinite_alone_no_negator():
    assert negators("Kas keegi teab, millal rong tuleb?", "et") == []
    assert negators("Ta küsis, kas midagi on muutunud.", "et") == []
    assert p001("Vaatame, kas keegi üldse kohale tuleb.",
                "We will see whether anyone turns up at all.", "et", "en") == []
    assert p001("Linn ootab, kas keegi veel taotluse esitab.",
                "Die Stadt wartet ab, ob noch jemand einen Antrag stellt.", "et", "de") == []


def test_et_negation_still_flagged():
    # the verb's "ei" still negates: dropped, it is flagged
    assert p001("Keegi ei tulnud koosolekule.", "Everyone came to the meeting.", "et", "en")
    assert negators("Mitte keegi ei teadnud seda.", "et")
    assert p001("Meie küla ei saanud midagi.", "Unser Dorf hat alles bekommen.", "et", "de")


# -- French "rien que" ---------------------------------------------------------------------
def test_fr_rien_que_is_alone():
    assert negators("Rien que cette semaine, 300 visiteurs sont venus.", "fr") == []
    assert p001("This week alone, 300 visitors came.",
                "Rien que cette semaine, 300 visiteurs sont venus.", "en", "fr") == []
    assert p001("Allein im Mai kamen 500 Besucher.",
                "Rien que pour le mois de mai, 500 visiteurs sont venus.", "de", "fr") == []


def test_fr_rien_still_negates():
    assert negators("Il n'a rien dit.", "fr")
    assert p001("He said everything.", "Il n'a rien dit à personne.", "en", "fr")


# -- English "little", "few" ---------------------------------------------------------------
def test_en_little_few_negative_words():
    assert "little" in negative_words("The new rules have done little to cut waiting times.", "en")
    assert "few" in negative_words("Few residents attended the meeting.", "en")
    assert p001("The new rules have done little to cut waiting times.",
                "Die neuen Regeln haben die Wartezeiten nicht wesentlich verkürzt.", "en", "de") == []
    assert p001("Few residents attended the meeting.",
                "Non molti residenti hanno partecipato alla riunione.", "en", "it") == []


def test_en_a_little_is_no_negative_word():
    assert negative_words("The rain helped a little.", "en") == []
    assert negative_words("We stayed a few days in the little town.", "en") == []
    # "a few" says no negation: the added "nicht" is still flagged
    assert p001("A few residents attended the meeting.",
                "Einige Bewohner nahmen nicht an der Sitzung teil.", "en", "de")


# -- approximators -------------------------------------------------------------------------
def test_approximated_negator_no_flip():
    assert p001("Зерно довелося продати за безцінь.",
                "The grain had to be sold for next to nothing.", "uk", "en") == []
    assert p001("Im Juli fiel sehr wenig Regen.",
                "In July almost no rain fell.", "de", "en") == []
    assert p001("En juillet, il est tombé très peu de pluie.",
                "Im Juli fiel fast kein Regen.", "fr", "de") == []


def test_plain_negator_still_flagged():
    assert p001("Im Juli fiel viel Regen.", "In July no rain fell.", "de", "en")
    # an approximator before one negator only: the other still negates
    assert p001("Sie verkauften das Getreide billig und bekamen Hilfe.",
                "They sold the grain for next to nothing and got no help.", "de", "en")


# -- P003: comparisons of age and verbs of exceeding as positions --------------------------
def p003(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P003"]


def test_age_comparison_against_position():
    assert p003("Die Hälfte der Landwirte ist älter als 65 Jahre.",
                "Half of the farmers are under 65.", "de", "en")
    assert p003("A third of the nurses are younger than 30.",
                "Ein Drittel der Pflegekräfte ist über 30.", "en", "de")
    # the same direction said the other way: silent
    assert p003("Die Hälfte der Landwirte ist älter als 65 Jahre.",
                "Half of the farmers are over 65.", "de", "en") == []
    assert p003("A third of the nurses are younger than 30.",
                "Ein Drittel der Pflegekräfte ist unter 30.", "en", "de") == []


def test_exceed_verbs_as_position():
    assert p003("今年の降水量は平年を上回った。", "This year's rainfall was below normal.", "ja", "en")
    assert p003("올해 수출은 전망치를 밑돌았다.", "This year's exports were above the forecast.", "ko", "en")
    assert p003("今年の降水量は平年を上回った。", "This year's rainfall was above normal.", "ja", "en") == []
    assert p003("今年の降水量は平年を上回った。", "This year's rainfall exceeded normal levels.", "ja", "en") == []
