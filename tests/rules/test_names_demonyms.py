"""Place names as adjectives and demonyms (Grazer, Pariser, bernoise, Texan, torinese).

A German *-er* adjective of a city is a name of the city: dropped, it is a missing name
(N003); rendered by the city's name or by another language's adjective of it, the name
is kept, and neither N003 nor N005 fires.
"""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules._text import de_place_adjective, demonym_stems, find_names, stem_of_place

CFG = Config(select=["N003", "N004", "N005"])


def name_codes(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f"{f.code} {f.message}" for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG)]


# (source lang, target lang, source, translation, expected substring of a finding or None)
CASES = [
    # German -er adjective of a city the lexicon lacks, dropped: a missing name
    ("de", "en", "Die Grazer Polizei teilte am Montag mit, dass der Mann festgenommen wurde.",
     "The police said on Monday that the man had been arrested.", "N003 “Grazer”"),
    ("de", "en", "Die Grazer Polizei teilte am Montag mit, dass der Mann festgenommen wurde.",
     "The Graz police said on Monday that the man had been arrested.", None),
    ("de", "en", "Die Stuttgarter Staatsanwaltschaft ermittelt gegen den Manager.",
     "Prosecutors are investigating the manager.", "N003 “Stuttgarter”"),
    ("de", "en", "Die Stuttgarter Staatsanwaltschaft ermittelt gegen den Manager.",
     "Stuttgart prosecutors are investigating the manager.", None),
    ("de", "en", "Die Washingtoner Regierung will die Zölle erhöhen.",
     "The government wants to raise tariffs.", "N003 “Washingtoner”"),
    ("de", "fr", "Die Linzer Stadtverwaltung hat dem Plan zugestimmt.",
     "L'administration municipale a approuvé le projet.", "N003 “Linzer”"),
    ("de", "fr", "Die Linzer Stadtverwaltung hat dem Plan zugestimmt.",
     "L'administration municipale de Linz a approuvé le projet.", None),
    # an irregular adjective (data/names/exonyms.txt) is its city in every language
    ("de", "en", "Die Hannoveraner Polizei sucht Zeugen.", "Hanover police are looking for witnesses.", None),
    ("de", "en", "Die Hannoveraner Polizei sucht Zeugen.", "Police are looking for witnesses.",
     "N003 “Hannoveraner”"),
    ("de", "en", "Die Tokioter Polizei sucht Zeugen.", "Tokyo police are looking for witnesses.", None),
    # one language's adjective for another's (Berner ~ bernoise, Lyoner ~ lyonnaise)
    ("de", "fr", "Die Berner Polizei sucht Zeugen.", "La police bernoise cherche des témoins.", None),
    ("de", "fr", "Die Basler Polizei sucht Zeugen.", "La police bâloise cherche des témoins.", None),
    ("de", "fr", "Die Lyoner Polizei sucht Zeugen.", "La police lyonnaise cherche des témoins.", None),
    ("de", "fr", "Die Berner Polizei sucht Zeugen.", "La police cherche des témoins.", "N003 “Berner”"),
    # the city's name for its adjective, and back
    ("en", "de", "Bremen police are looking for witnesses.", "Die Bremer Polizei sucht Zeugen.", None),
    ("de", "en", "Die Bremer Polizei sucht Zeugen.", "Bremen police are looking for witnesses.", None),
    ("it", "fr", "La polizia di Torino cerca testimoni.", "La police turinoise cherche des témoins.", None),
    ("it", "de", "La polizia torinese cerca testimoni.", "Die Turiner Polizei sucht Zeugen.", None),
    ("en", "de", "Graz police arrested three men on Tuesday.",
     "Die Grazer Polizei nahm am Dienstag drei Männer fest.", None),
    ("en", "de", "Graz police arrested three men on Tuesday.",
     "Die Polizei nahm am Dienstag drei Männer fest.", "N003 “Graz”"),
    ("fr", "en", "La police de Paris a arrêté trois hommes mardi.",
     "The Parisian police arrested three men on Tuesday.", None),
    # German nouns in -er before a capitalised word are no place adjectives
    ("de", "en", "Er sagte, dass die Kinder Angst haben.", "He said the children are afraid.", None),
    ("de", "en", "Die Banker Goldmans verdienen viel.", "Goldman's bankers earn a lot.", None),
    ("de", "en", "Die Lehrer Bayerns streiken.", "Bavaria's teachers are on strike.", None),
]


@pytest.mark.parametrize("sl,tl,src,tgt,expected", CASES)
def test_place_adjectives(sl, tl, src, tgt, expected):
    found = name_codes(src, tgt, sl, tl)
    if expected is None:
        assert found == []
    else:
        assert any(x.startswith(expected) for x in found), found


@pytest.mark.parametrize("word,place", [
    ("grazer", "graz"), ("stuttgarter", "stuttgart"), ("washingtoner", "washington"),
    ("basler", "basel"), ("dresdner", "dresden"), ("tübinger", "tubingen"),
    # nouns: their stems are common words (Bank, Film, Kind) or no names (Lehr, Minist)
    ("banker", None), ("filmer", None), ("ringer", None), ("kinder", None), ("lehrer", None),
    ("minister", None), ("spieler", None), ("arbeiter", None), ("meister", None),
])
def test_de_place_adjective(word, place):
    assert de_place_adjective(word) == place


@pytest.mark.parametrize("word,lang,place", [
    ("lyonnais", "fr", "lyon"), ("parisienne", "fr", "paris"), ("strasbourgeois", "fr", "strasbourg"),
    ("toulousain", "fr", "toulouse"), ("texan", "en", "texas"), ("californian", "en", "california"),
    ("viennese", "en", "vienna"), ("torinese", "it", "torino"), ("amsterdamse", "nl", "amsterdam"),
    ("münchner", "de", "munchen"), ("bremer", "de", "bremen"),
])
def test_demonym_stems_reach_the_place(word, lang, place):
    assert any(stem_of_place(s, place) for s in demonym_stems(word, lang))


def test_stems_do_not_reach_another_place():
    # Austrian is not Australia's, Bernard no adjective of Bern
    assert not any(stem_of_place(s, "australia") for s in demonym_stems("austrian", "en"))
    assert not any(stem_of_place(s, "bernard") for s in demonym_stems("berner", "de"))


def test_place_adjective_is_a_name_only_before_a_noun():
    assert [g.text for g in find_names("Die Grazer Polizei sucht Zeugen.", "de", "en")] == ["Grazer"]
    # "die Grazer" (the people) followed by a verb: left to the noun rule
    assert find_names("Die Grazer wählen am Sonntag.", "de", "en") == []
