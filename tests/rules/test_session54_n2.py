"""Session 54 (n2): names of places.

* Exonyms: a sea named after different places in different languages (the Bay of
  Biscay: golfe de Gascogne, Golf von Biskaya, golfo de Vizcaya) and a region of Italy
  whose French name differs (Monferrato ~ Montferrat) are one place, not a replacement or a
  second spelling; the region's own form kept inside a body's name copied from the source
  through a particle (Vini del Monferrato) is no second spelling either.
* A generic name every town has (City Chambers ~ Paços do Concelho) is no replaced name.
"""
import pytest

import mtcheck
from mtcheck import Severity


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# -- exonyms of a sea named after different places ---------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Les pêcheurs du golfe de Gascogne craignent la baisse des quotas.",
     "Die Fischer im Golf von Biskaya fürchten die Kürzung der Quoten.", "fr", "de"),
    ("Los pescadores del golfo de Vizcaya temen el recorte de las cuotas.",
     "Les pêcheurs du golfe de Gascogne craignent la baisse des quotas.", "es", "fr"),
    ("A storm crossed the Bay of Biscay on Sunday night.",
     "Una tempesta ha attraversato il golfo di Biscaglia domenica notte.", "en", "it"),
])
def test_bay_named_after_other_places_is_no_replacement(src, tgt, sl, tl):
    assert not [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004", "N005")]


def test_bay_put_for_another_sea_is_still_a_replacement():
    src = "Les pêcheurs du golfe de Gascogne craignent la baisse des quotas."
    tgt = "Die Fischer in der Adria fürchten die Kürzung der Quoten."
    assert _codes(src, tgt, "fr", "de", "N004")


# -- a region's exonym beside its own form kept inside a body's name -----------------------

def test_region_exonym_beside_body_name_kept_is_no_second_spelling(article):
    src = ["Vendemmia difficile nel Monferrato",
           "Il Consorzio Tutela Vini del Monferrato teme un calo della produzione.",
           "La grandine ha colpito soprattutto Nizza Monferrato e i comuni vicini."]
    tgt = ["Vendanges difficiles dans le Montferrat",
           "Le Consorzio Tutela Vini del Monferrato craint une baisse de la production.",
           "La grêle a surtout frappé Nizza Monferrato et les communes voisines."]
    assert not [f for f in article(src, tgt, "it", "fr") if f.code == "N002"]


def test_region_exonym_beside_body_name_kept_is_no_misspelling_en(article):
    src = ["Vendemmia difficile nel Monferrato",
           "Il Consorzio Tutela Vini del Monferrato teme un calo della produzione.",
           "La grandine ha colpito soprattutto Nizza Monferrato e i comuni vicini."]
    tgt = ["A difficult harvest in Montferrat",
           "The Consorzio Tutela Vini del Monferrato expects production to fall.",
           "The hail hit Nizza Monferrato and the neighbouring towns hardest."]
    assert not [f for f in article(src, tgt, "it", "en") if f.code in ("N001", "N002")]


def test_region_written_both_ways_alone_is_still_flagged(article):
    # the region's own form standing alone beside its exonym: one place written two ways
    src = ["Vendemmia difficile nel Monferrato",
           "Il Consorzio Tutela Vini del Monferrato teme un calo della produzione.",
           "Le colline del Monferrato sono state colpite dalla grandine.",
           "Nel Monferrato la grandine è frequente."]
    tgt = ["Vendanges difficiles dans le Montferrat",
           "Le Consorzio Tutela Vini del Monferrato craint une baisse de la production.",
           "Les collines du Montferrat ont été frappées par la grêle.",
           "Dans le Monferrato, la grêle est fréquente."]
    assert [f for f in article(src, tgt, "it", "fr") if f.code == "N002"]


# -- a generic name every town has ---------------------------------------------------------

@pytest.mark.parametrize("src,tgt,tl", [
    ("The councillors met for four hours at the City Chambers on Tuesday.",
     "Os vereadores reuniram-se durante quatro horas nos Paços do Concelho na terça-feira.", "pt"),
    ("The councillors met for four hours at the City Chambers on Tuesday.",
     "Los concejales se reunieron durante cuatro horas en la Casa Consistorial el martes.", "es"),
])
def test_city_chambers_rendered_as_town_hall_is_no_replacement(src, tgt, tl):
    assert not _codes(src, tgt, "en", tl, "N004")


@pytest.mark.parametrize("src,tgt", [
    # a hall's own name is no generic name: rendered by the town hall it is replaced
    ("The councillors met for four hours at the Usher Hall on Tuesday.",
     "Os vereadores reuniram-se durante quatro horas nos Paços do Concelho na terça-feira."),
    # the town hall rendered by another named place
    ("The councillors met for four hours at the City Chambers on Tuesday.",
     "Os vereadores reuniram-se durante quatro horas no Coliseu do Porto na terça-feira."),
])
def test_named_hall_or_other_place_is_still_a_replacement(src, tgt):
    assert _codes(src, tgt, "en", "pt", "N004")
