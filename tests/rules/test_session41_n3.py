"""Session 41 (n3): polarity and negation.

P003: a rise bounded by "more than N" ("cut costs by more than 20%") is no comparison with
its arguments swapped; "storm surge" is no rise; a duration made longer or shorter
(lengthen | shorten: verlängert, piteni, prolongé ~ verkürzt, shortened); German "ein Plus"
/ "ein Minus" as the noun of a change.
"""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str) -> set[str]:
    return {f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if not f.suppressed}


def p003(src: str, tgt: str, sl: str, tl: str) -> bool:
    return "P003" in codes(src, tgt, sl, tl)


# --- P003 ---------------------------------------------------------------------------

@pytest.mark.parametrize("src,flipped,kept,sl,tl", [
    # a "than" that belongs to "more"/"mehr" bounds a quantity: the flip still fires
    ("Las nuevas normas aumentaron las ventas de bicicletas en más de un 15 % el primer año.",
     "The new rules reduced bicycle sales by more than 15% in the first year.",
     "The new rules boosted bicycle sales by more than 15% in the first year.", "es", "en"),
    ("Die Reform erhöhte die Zahl der Kontrollen um mehr als ein Drittel.",
     "La réforme a réduit le nombre de contrôles de plus d'un tiers.",
     "La réforme a augmenté le nombre de contrôles de plus d'un tiers.", "de", "fr"),
    # a storm surge is no rise
    ("Le niveau du lac a baissé de 40 centimètres pendant la sécheresse, et une onde de tempête a été évitée.",
     "The level of the lake has risen by 40 centimetres during the drought, and a storm surge was avoided.",
     "The level of the lake has dropped by 40 centimetres during the drought, and a storm surge was avoided.",
     "fr", "en"),
    # lengthen | shorten
    ("Die Lieferzeit hat sich im Herbst um zwei Wochen verlängert.",
     "The delivery time shortened by two weeks in the autumn.",
     "The delivery time lengthened by two weeks in the autumn.", "de", "en"),
    ("Jonotusaika piteni kesällä kolmella päivällä.",
     "Die Wartezeit hat sich im Sommer um drei Tage verkürzt.",
     "Die Wartezeit hat sich im Sommer um drei Tage verlängert.", "fi", "de"),
    ("La municipalité a prolongé les horaires d'ouverture de la piscine.",
     "De gemeente heeft de openingstijden van het zwembad verkort.",
     "De gemeente heeft de openingstijden van het zwembad verlengd.", "fr", "nl"),
    # German "ein Plus" / "ein Minus" as the noun of a change
    ("Der Umsatz lag bei 12 Millionen Euro, ein Plus von 4 Prozent.",
     "Revenue stood at 12 million euros, a drop of 4 percent.",
     "Revenue stood at 12 million euros, an increase of 4 percent.", "de", "en"),
    ("Les ventes ont reculé de 7 % au deuxième trimestre.",
     "Der Absatz verzeichnete im zweiten Quartal ein Plus von 7 Prozent.",
     "Der Absatz verzeichnete im zweiten Quartal ein Minus von 7 Prozent.", "fr", "de"),
])
def test_flipped_and_kept(src, flipped, kept, sl, tl):
    assert p003(src, flipped, sl, tl)
    assert not p003(src, kept, sl, tl)


def test_minus_degrees_is_no_change():
    assert not p003("Temperaturene steg til fem grader.",
                    "Die Temperaturen stiegen auf fünf Grad, nachts minus zwei.", "nb", "de")
