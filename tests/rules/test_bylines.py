"""F007 (session 34): a byline at the start of the first paragraph that a space, not a
function word, parts from the sentence it opens, or a bare name glued on in any cased
script.  Written for mtcheck; the articles are invented."""

from __future__ import annotations

import pytest

SRC = {
    "en": ["Danish skier Sofie Kjærgaard claimed her first World Cup win on Sunday in Levi.",
           "She finished 0.4 seconds ahead of the Swiss favourite.",
           "The next race takes place in two weeks."],
    "de": ["Die Zentrale Wahlkommission hat am Sonntag das Endergebnis veröffentlicht.",
           "Die Beteiligung lag bei 61 Prozent.",
           "Die neue Regierung soll bis Ende Monat stehen."],
    "ru": ["Центральная избирательная комиссия в воскресенье опубликовала итоги выборов.",
           "Явка составила 61 процент.",
           "Новое правительство должно быть сформировано до конца месяца."],
    "fa": ["ستاد انتخابات کشور روز یکشنبه نتایج نهایی را اعلام کرد.",
           "میزان مشارکت ۶۱ درصد بود.",
           "دولت جدید باید تا پایان ماه تشکیل شود."],
}
TGT = {
    ("en", "fr"): ["La skieuse danoise Sofie Kjærgaard a remporté dimanche à Levi sa première victoire en Coupe du monde.",
                   "Elle a devancé de 0,4 seconde la favorite suisse.",
                   "La prochaine course aura lieu dans deux semaines."],
    ("en", "de"): ["Die dänische Skifahrerin Sofie Kjærgaard hat am Sonntag in Levi ihren ersten Weltcupsieg gefeiert.",
                   "Sie lag 0,4 Sekunden vor der Schweizer Favoritin.",
                   "Das nächste Rennen findet in zwei Wochen statt."],
    ("de", "en"): ["The Central Election Commission published the final result on Sunday.",
                   "Turnout was 61 percent.",
                   "The new government is to be formed by the end of the month."],
    ("ru", "uk"): ["Центральна виборча комісія в неділю оприлюднила підсумки виборів.",
                   "Явка склала 61 відсоток.",
                   "Новий уряд має бути сформований до кінця місяця."],
    ("fa", "en"): ["Iran's national election headquarters announced the final results on Sunday.",
                   "Turnout was 61 percent.",
                   "The new government is to be formed by the end of the month."],
}


def f007(article, sl, tl, first):
    tgt = [first] + TGT[(sl, tl)][1:]
    return [f.text for f in article(SRC[sl], tgt, sl, tl) if f.code == "F007"]


@pytest.mark.parametrize("sl,tl,byline", [
    ("en", "fr", "Par Claire Martin, à Londres"),   # a place after the comma
    ("en", "de", "Von Anna Berger"),                 # a space, then a noun, not a function word
    ("de", "en", "By Mette Holm"),
    ("de", "en", "By Ana Souza, of Reuters"),
    ("fa", "en", "By Sara Ahmadi"),                  # a source in another script
])
def test_byline_before_the_first_sentence_after_a_space(article, sl, tl, byline):
    # the sentence opens with no function word (after one, a byline was caught before)
    first = TGT[(sl, tl)][0].replace("Die dänische", "Dänische").replace("The ", "", 1)
    assert f007(article, sl, tl, f"{byline} {first}") == [byline]


def test_names_glued_to_the_first_word_in_cyrillic(article):
    first = TGT[("ru", "uk")][0]
    assert f007(article, "ru", "uk", "Анна Смирнова" + first) == ["Анна Смирнова"]


def test_byline_glued_before_an_elided_article(article):
    first = "L'autorité nationale a publié dimanche le résultat."
    tgt = [first.replace("L'autorité", "Par Marie DupontL'Autorité")] + TGT[("en", "fr")][1:]
    assert [f.text for f in article(SRC["en"], tgt, "en", "fr") if f.code == "F007"] == ["Par Marie Dupont"]


@pytest.mark.parametrize("sl,tl,first", [
    # the words after "By" are in the source: a sentence, not a byline
    ("en", "fr", "Par Sofie Kjærgaard Levi a vu dimanche une première victoire danoise en Coupe du monde."),
    # a weekday is no name
    ("de", "en", "By Sunday Evening The Central Election Commission had published the final result."),
    # a name and a glued word that the source has too (a name the source writes so)
    ("ru", "uk", "Центральна виборча комісія в неділю оприлюднила підсумки виборів."),
])
def test_no_byline_where_the_words_are_the_sentence(article, sl, tl, first):
    assert f007(article, sl, tl, first) == []
