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


# --- P001 ---------------------------------------------------------------------------

def p001(src: str, tgt: str, sl: str, tl: str) -> bool:
    return "P001" in codes(src, tgt, sl, tl)


@pytest.mark.parametrize("src,dropped,kept,sl,tl", [
    # a "without" on each side: the clause's own negator is compared apart from it
    ("Sans pluie, les récoltes ne survivront pas à l'été.",
     "Ohne Regen werden die Ernten den Sommer überleben.",
     "Ohne Regen werden die Ernten den Sommer nicht überleben.", "fr", "de"),
    ("Without new staff, the clinic will not open on Sundays.",
     "Sin personal nuevo, la clínica abrirá los domingos.",
     "Sin personal nuevo, la clínica no abrirá los domingos.", "en", "es"),
    # a double negation (not stop = go on) rendered with its negative word, negator dropped
    ("Os vizinhos não vão deixar de protestar contra a obra.",
     "The neighbours are going to stop protesting against the building work.",
     "The neighbours are going to keep protesting against the building work.", "pt", "en"),
    ("The residents will not stop protesting against the building work.",
     "Les riverains vont cesser de protester contre le chantier.",
     "Les riverains vont continuer à protester contre le chantier.", "en", "fr"),
])
def test_negation_dropped(src, dropped, kept, sl, tl):
    assert p001(src, dropped, sl, tl)
    assert not p001(src, kept, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # a superlative after an expletive "ne" is no "ne ... plus"
    ("Les experts craignent que la saison ne soit la plus sèche depuis vingt ans.",
     "Experts fear the season could be the driest in twenty years.", "fr", "en"),
    ("On redoute que ce mois ne soit le plus chaud depuis 1950.",
     "Man fürchtet, dass dieser Monat der wärmste seit 1950 wird.", "fr", "de"),
    # a bound with a word between the negator and "more"/"más" ("no ... más que" = only)
    ("The new tax would simply raise prices.",
     "El nuevo impuesto no haría más que subir los precios.", "en", "es"),
    ("الجسر القديم لا يتحمل أكثر من عشرة أطنان.",
     "Die alte Brücke trägt nicht mehr als zehn Tonnen.", "ar", "de"),
    # "no later than" is a deadline
    ("Ansøgningen skal sendes senest den 1. marts.",
     "The application must be sent no later than 1 March.", "da", "en"),
    ("Der Antrag muss spätestens zwei Wochen vorher gestellt werden.",
     "The application must be made no later than two weeks beforehand.", "de", "en"),
])
def test_no_negation_flip(src, tgt, sl, tl):
    assert not p001(src, tgt, sl, tl)


def test_a_real_ne_plus_still_counts():
    assert p001("Le magasin ne vend plus de journaux.", "Der Laden verkauft Zeitungen.", "fr", "de")
    assert p001("Ils ne vendent plus les billets au guichet.", "They sell the tickets at the counter.", "fr", "en")


def test_a_negated_verb_before_a_bound_alone_stays_a_negation():
    # the gapped bound is no negation only against a "no more than" on the other side
    assert p001("Les petites entreprises paient moins de 3 % d'impôts.",
                "Small firms do not pay less than 3% in tax.", "fr", "en")
    assert p001("Die Brücke trägt mehr als zehn Tonnen.",
                "El puente no soporta más de diez toneladas.", "de", "es")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # "jamais" a few words after a superlative is "ever"
    ("C'est la crue la plus forte jamais enregistrée dans la vallée.",
     "It is the strongest flood on record in the valley.", "fr", "en"),
    ("Le club a signé le contrat le plus cher jamais conclu en Ligue 1.",
     "Der Verein unterschrieb den teuersten Vertrag in der Geschichte der Ligue 1.", "fr", "de"),
])
def test_jamais_after_a_superlative_is_ever(src, tgt, sl, tl):
    assert not p001(src, tgt, sl, tl)


def test_jamais_alone_still_negates():
    assert p001("Jamais la ville n'a connu une telle crue.", "The town has seen such a flood.", "fr", "en")
    assert p001("Il est parti, jamais revenu.", "Er ging und kam zurück.", "fr", "de")
