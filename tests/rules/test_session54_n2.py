"""Session 54 (n2): names of places.

* Exonyms: a sea named after different places in different languages (the Bay of
  Biscay: golfe de Gascogne, Golf von Biskaya, golfo de Vizcaya) and a region of Italy
  whose French name differs (Monferrato ~ Montferrat) are one place, not a replacement or a
  second spelling; the region's own form kept inside a body's name copied from the source
  through a particle (Vini del Monferrato) is no second spelling either.
* A generic name every town has (City Chambers ~ Paços do Concelho) is no replaced name.
* A place of one country in a list of that country's places, the others copied from the
  source (Barneveld, Ede a Arnhem), is a place put for a place, not a phrase quoted in that
  country's language: its swap keeps its severity.
* Out of Japanese: two romanised words that no run of the source reads as, one of them tied
  by its first character's reading to another run of the sentence (an irregular reading of
  that run), leave the other as the stranger.
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


# -- a place put for a place in a list of the country's places ------------------------------

@pytest.mark.parametrize("src,tgt,tl", [
    ("Most of the farms are in the municipalities of Barneveld, Ede and Apeldoorn.",
     "Většina farem se nachází v obcích Barneveld, Ede a Arnhem.", "cs"),
    ("Most of the farms are in the municipalities of Barneveld, Ede and Apeldoorn.",
     "Die meisten Höfe liegen in den Gemeinden Barneveld, Ede und Arnhem.", "de"),
])
def test_place_swapped_in_a_list_of_copied_places_is_major(src, tgt, tl):
    found = _codes(src, tgt, "en", tl, "N004")
    assert found and max(f.severity for f in found) >= Severity.MAJOR


@pytest.mark.parametrize("src,tgt,tl", [
    ("Most of the farms are in the municipalities of Barneveld, Ede and Apeldoorn.",
     "Většina farem se nachází v obcích Barneveld, Ede a Apeldoorn.", "cs"),
    ("Most of the farms are in the municipalities of Barneveld, Ede and Apeldoorn.",
     "Die meisten Höfe liegen in den Gemeinden Barneveld, Ede und Apeldoorn.", "de"),
])
def test_places_kept_in_a_list_are_no_finding(src, tgt, tl):
    assert not [f for f in mtcheck.check_pair(src, tgt, "en", tl) if f.code.startswith("N")]


# -- out of Japanese: an irregular reading of another run is no second stranger -------------

@pytest.mark.parametrize("tgt,tl", [
    ("The Arao City Board of Education said on the 18th that Kome-no-o Elementary School "
     "will close in April.", "en"),
    ("Die Schulbehörde der Stadt Arao teilte am 18. mit, dass die Grundschule Kome-no-o "
     "im April geschlossen wird.", "de"),
])
def test_ja_place_swapped_beside_an_irregular_school_name(article, tgt, tl):
    src = ["大牟田市の小学校", "大牟田市教育委員会は18日、米生小学校を4月に閉校すると発表した。"]
    title = {"en": "Elementary schools in Omuta", "de": "Grundschulen in Omuta"}[tl]
    found = [f for f in article(src, [title, tgt], "ja", tl) if f.code == "N004"]
    assert any("Arao" in f.text for f in found)


@pytest.mark.parametrize("tgt,tl", [
    ("The Omuta City Board of Education said on the 18th that Kome-no-o Elementary School "
     "will close in April.", "en"),
    ("Die Schulbehörde der Stadt Omuta teilte am 18. mit, dass die Grundschule Kome-no-o "
     "im April geschlossen wird.", "de"),
])
def test_ja_place_kept_beside_an_irregular_school_name_is_no_finding(article, tgt, tl):
    src = ["大牟田市の小学校", "大牟田市教育委員会は18日、米生小学校を4月に閉校すると発表した。"]
    title = {"en": "Elementary schools in Omuta", "de": "Grundschulen in Omuta"}[tl]
    assert not [f for f in article(src, [title, tgt], "ja", tl) if f.code == "N004"]
