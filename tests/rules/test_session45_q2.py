"""Session 45 (q2): terminology consistency T003, misses found by the held-out articles of
batch s45 (bench/articles), fixed as classes (written for mtcheck).

1. a rendering of several words replaced once by another phrase of several words sharing
   none of its words, in a whole document (document mode, aligned beads), after a word found
   in that sentence only (Inside the ...): the one run of two or more content words found in
   that sentence only, at the term's place, is the other rendering, all of it (before, only
   its first word was reported, or nothing: the bench's case).
"""

from __future__ import annotations


def t003(article, src, tgt, sl, tl):
    return [f.text for f in article(src, tgt, sl, tl) if f.code == "T003" and not f.suppressed]


# 1. a phrase swapped for a phrase sharing no word, document mode
EN = ["The municipality is opening a new airport shuttle bus today.",
      "The airport shuttle bus runs every half hour. Tickets for the airport shuttle bus cost three euros.",
      "According to the alderman, the airport shuttle bus will soon carry a thousand passengers a day.",
      "Inside the {}, a screen at each door shows how many seats are still free.",
      "The old airport shuttle bus is going to a museum in Utrecht."]
NL = ["De gemeente opent vandaag een nieuwe pendelbus naar het vliegveld.",
      "De pendelbus rijdt elk halfuur. Kaartjes voor de pendelbus kosten drie euro.",
      "Volgens de wethouder vervoert de pendelbus straks duizend reizigers per dag.",
      "In de pendelbus geeft een scherm bij elke deur aan hoeveel stoelen er nog vrij zijn.",
      "De oude pendelbus gaat naar een museum in Utrecht."]
FR = ["La commune inaugure aujourd'hui une nouvelle navette vers l'aéroport.",
      "La navette passe toutes les demi-heures. Les billets pour la navette coûtent trois euros.",
      "Selon l'adjoint, la navette transportera bientôt mille voyageurs par jour.",
      "Dans la navette, un écran à chaque porte indique combien de sièges sont encore libres.",
      "L'ancienne navette ira dans un musée à Utrecht."]


def _en(fill):
    return [p.replace("{}", fill) for p in EN]


def test_phrase_swapped_document_nl_en(article):
    assert t003(article, NL, _en("transfer coach"), "nl", "en") == ["transfer coach"]
    assert t003(article, NL, _en("commuter minibus"), "nl", "en") == ["commuter minibus"]
    assert t003(article, NL, _en("airport shuttle bus"), "nl", "en") == []


def test_phrase_swapped_document_fr_en(article):
    assert t003(article, FR, _en("transfer coach"), "fr", "en") == ["transfer coach"]
    assert t003(article, FR, _en("commuter minibus"), "fr", "en") == ["commuter minibus"]
    assert t003(article, FR, _en("airport shuttle bus"), "fr", "en") == []
