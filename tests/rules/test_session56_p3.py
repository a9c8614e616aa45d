"""Session 56 (p3): polarity and negation (P003, P001) on batch 25.

- Favourable and unfavourable (an opinion, a ruling, conditions) are the poles of
  positive and negative (P003 `sign`): "souhlasné stanovisko" rendered "an unfavourable
  opinion" reverses it.
- Danish and Norwegian "et fald på 18 procent", "et fall på 7 prosent" (a fall of N per
  cent): a weak word of change with "på" and a figure right after it states its pole
  (`figure_of`), as Spanish "una baja del 4%" does.
- English "lower" after a determiner ("the lower reaches", "a lower court") is the
  adjective, no verb of change: it no longer hides a rise of the same sentence.
- P001: "not against", "not opposed" is a double negation; the other side's negative word
  alone ("反对", "反対": against) drops the negation, in a sentence or in a clause.
- P001: "disappear", "vanish" hold a negation ("will no longer exist"): a side that says
  "不复存在", "nicht mehr geben" for them is not negated against an affirmative source;
  "will not disappear" (nicht verschwinden, 不会消失) rendered "disappear" still is, and
  "against" on a side without a negator ("gegen 3.40 Uhr") says nothing.
"""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- P003: favourable | unfavourable --------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Krajský úřad vydal k žádosti souhlasné stanovisko.",
     "The regional authority gave an unfavourable opinion on the application.", "cs", "en"),
    ("The ministry gave a favourable opinion on the new bridge.",
     "Le ministère a rendu un avis défavorable sur le nouveau pont.", "en", "fr"),
    ("La commissione ha espresso un parere favorevole sul progetto.",
     "The committee issued an unfavourable opinion on the project.", "it", "en"),
])
def test_favourable_reversed(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Krajský úřad vydal k žádosti souhlasné stanovisko.",
     "The regional authority gave a favourable opinion on the application.", "cs", "en"),
    ("The ministry gave a favourable opinion on the new bridge.",
     "Le ministère a rendu un avis favorable sur le nouveau pont.", "en", "fr"),
    ("La commissione ha espresso un parere sfavorevole sul progetto.",
     "The committee issued a negative opinion on the project.", "it", "en"),
])
def test_favourable_kept(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P003")


# --- P003: Danish / Norwegian "fald på N" -----------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Sales of electric bikes were up 12 per cent in the spring.",
     "Salget af elcykler viste et fald på 12 procent i foråret.", "en", "da"),
    ("Ticket sales rose 9 per cent in the first quarter.",
     "Billettsalget hadde et fall på 9 prosent i første kvartal.", "en", "nb"),
])
def test_fall_of_figure(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Sales of electric bikes were down 12 per cent in the spring.",
     "Salget af elcykler viste et fald på 12 procent i foråret.", "en", "da"),
    ("Ticket sales rose 9 per cent in the first quarter, at any rate in the cities.",
     "Billettsalget steg 9 prosent i første kvartal, i alle fall i byene.", "en", "nb"),
    ("Sales rose 12 per cent in the spring, at least in the towns.",
     "Salget steg 12 procent i foråret, i hvert fald på 3 af øerne.", "en", "da"),
])
def test_fall_of_figure_kept(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P003")


# --- P003: "the lower" is no verb of change ----------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Salt levels in the lower reaches of the river are rising again.",
     "A folyó alsó szakaszán ismét csökken a sótartalom.", "en", "hu"),
    ("Water temperatures in the lower basin have been rising for years.",
     "Die Wassertemperatur im unteren Becken sinkt seit Jahren.", "en", "de"),
])
def test_lower_adjective_hides_no_rise(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Salt levels in the lower reaches of the river are rising again.",
     "A folyó alsó szakaszán ismét nő a sótartalom.", "en", "hu"),
    ("Water temperatures in the lower basin have been rising for years.",
     "Die Wassertemperatur im unteren Becken steigt seit Jahren.", "en", "de"),
])
def test_lower_adjective_kept(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P003")


# --- P001: "not against" rendered "against" -------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("We are not against the new road, but nobody has shown us the plans.",
     "我们反对修建新公路，但没有人给我们看过规划。", "en", "zh"),
    ("The farmers are not opposed to the new dam.",
     "農家は新しいダムに反対している。", "en", "ja"),
    ("The mayor said she was not against the plan.",
     "市长说她反对这个计划。", "en", "zh"),
])
def test_not_against_dropped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("We are not against the new road, but nobody has shown us the plans.",
     "我们并不反对修建新公路，但没有人给我们看过规划。", "en", "zh"),
    ("The farmers are opposed to the new dam.",
     "農家は新しいダムに反対している。", "en", "ja"),
    ("The mayor said she was against the plan.",
     "市长说她反对这个计划。", "en", "zh"),
])
def test_not_against_kept(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P001")


# --- P001: "disappear" holds a negation --------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The fee will disappear once the new line opens.",
     "新线路开通后，这笔费用将不复存在。", "en", "zh"),
    ("The old jobs will simply vanish when the plant closes.",
     "Die alten Arbeitsplätze wird es nicht mehr geben, wenn das Werk schließt.", "en", "de"),
])
def test_disappear_is_negative(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Die Kosten wird es bald nicht mehr geben.", "The costs will soon vanish.", "de", "en"),
    ("The ticket office will not close; it simply vanishes from the station hall.",
     "Der Schalter schließt nicht, er verschwindet einfach aus der Bahnhofshalle.", "en", "de"),
])
def test_vanish_word_says_negation(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The fee will not disappear once the new line opens.",
     "Die Gebühr wird verschwinden, sobald die neue Linie eröffnet wird.", "en", "de"),
    ("The old jobs will not vanish when the plant closes.",
     "Les anciens emplois vont disparaître quand l'usine fermera.", "en", "fr"),
    ("The farmers are not opposed to the new dam.",
     "Les agriculteurs sont opposés au nouveau barrage.", "en", "fr"),
    ("Die Bauern sind nicht gegen den neuen Damm.",
     "The farmers are against the new dam.", "de", "en"),
    ("Die Gebühr wird nicht verschwinden.", "The fee will disappear.", "de", "en"),
    ("这笔费用不会消失。", "The fee will disappear.", "zh", "en"),
])
def test_disappear_negated_still_flagged(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001")
