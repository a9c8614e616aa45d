"""Session 59 round 2 (helper fb): false alarms of batch 31 (s66), by class.

1. (N003) A Finnish registered association's mark "ry" (Finland-Swedish "rf"), written small
   after the name, is the body's head: the name's capitalised words before it, translated with
   the translation's own head (… Growers' Association, Verband …), are no name lost.
2. (N003) A Finnish noun in -us/-ys opening a sentence, which the article writes in lower case
   in another case on its stem -ukse- (Kalkitus … kalkituksella), is a common word.
3. (N003) A Finnish compound after a place's genitive in -n (Porin Omenakarnevaaleilla), where
   the translation writes the place and capitalised common words after it (Pori Apple
   Carnival): the name's generic words translated.
4. (N003) A government called by its generic name (la Junta, a Xunta), where the translation
   says "the regional government", "die Landesregierung" (data/names/government_words.txt).
5. (N005) A party's letter in brackets after a person (Larsen (S)), spelled out in the
   translation (Larsen (Socialdemokratiet)): no name added.
6. (L002) A name with a particle kept from the source in the English possessive (Villanueva de
   los Infantes's mayor): the name is what stands before the 's.
7. (P001) "stay out (of)", "stay away", "keep away" and the verb "overwhelm(s)" hold a
   negation (data/polarity/en.txt `lex`): "told to stay out" ~ "nicht zu betreten".
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck import check_pair


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == code]


def pair(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in check_pair(src, tgt, sl, tl) if f.code == code]


# 1 and 3. Finnish association and event names translated word by word
FI = ("Porin Omenanviljelijät ry arvioi, että sato jää tänä vuonna pieneksi. Syynä on kevään kuivuus.\n\n"
      "Yhdistyksen puheenjohtaja Matti Virtanen sanoo, että hinnat nousevat.\n\n"
      "Tutkimus osoittaa, että kastelu auttaa. Tutkimuksen teki Luonnonvarakeskus.\n\n"
      "Porin Omenakarnevaaleilla oli lauantaina 5 000 kävijää.\n")
FI_EN = ("The Pori Apple Growers' Association estimates that the harvest will be small this year. "
         "The reason is the spring drought.\n\n"
         "The association's chairman Matti Virtanen says that prices will rise.\n\n"
         "The study shows that irrigation helps. The study was carried out by the Natural Resources Institute.\n\n"
         "The Pori Apple Carnival drew 5,000 visitors on Saturday.\n")
FI_DE = ("Der Verband der Apfelbauern von Pori schätzt, dass die Ernte in diesem Jahr klein ausfällt. "
         "Grund ist die Trockenheit im Frühjahr.\n\n"
         "Der Vorsitzende des Verbands, Matti Virtanen, sagt, dass die Preise steigen.\n\n"
         "Die Studie zeigt, dass Bewässerung hilft. Die Studie wurde vom Naturressourceninstitut durchgeführt.\n\n"
         "Das Pori Apfel Festival hatte am Samstag 5.000 Besucher.\n")


def test_fi_association_and_event_translated(tmp_path):
    assert doc(tmp_path, FI, FI_EN, "fi", "en", "N003") == []
    assert doc(tmp_path, FI, FI_DE, "fi", "de", "N003") == []


def test_fi_association_dropped_still_flagged(tmp_path):
    bad = FI_EN.replace("The Pori Apple Growers' Association estimates", "Growers estimate") \
        .replace("The Pori Apple Carnival drew", "Pori drew")
    found = doc(tmp_path, FI, bad, "fi", "en", "N003")
    assert any("Omenanviljelijät" in m for m in found)


def test_fi_event_dropped_beside_known_place_still_flagged(tmp_path):
    bad = FI_EN.replace("The Pori Apple Carnival drew", "Pori drew")
    found = doc(tmp_path, FI, bad, "fi", "en", "N003")
    assert any("Omenakarnevaaleilla" in m for m in found)


# 2. Finnish -us noun opening a sentence, declined in lower case elsewhere
FI2 = ("Kuopion omenatilojen sato jäi tänä vuonna pieneksi.\n\n"
       "Viljelijät suojaavat kasvustoa kalkituksella keväällä. Kalkitus nostaa maan pH-arvoa ja lisää satoa.\n\n"
       "Hinnat nousivat syksyllä.\n")
FI2_EN = ("The apple farms of Kuopio had a small harvest this year.\n\n"
          "Growers protect the plants with liming in spring. Liming raises the soil's pH and increases the yield.\n\n"
          "Prices rose in the autumn.\n")
FI2_DE = ("Die Apfelhöfe in Kuopio hatten dieses Jahr eine kleine Ernte.\n\n"
          "Die Bauern schützen die Pflanzen im Frühjahr durch Kalkung. Die Kalkung erhöht den pH-Wert "
          "des Bodens und steigert den Ertrag.\n\n"
          "Die Preise stiegen im Herbst.\n")


def test_fi_us_noun_declined_lower(tmp_path):
    assert doc(tmp_path, FI2, FI2_EN, "fi", "en", "N003") == []
    assert doc(tmp_path, FI2, FI2_DE, "fi", "de", "N003") == []


def test_fi_us_noun_not_written_lower_still_flagged(tmp_path):
    src = FI2.replace("kasvustoa kalkituksella keväällä", "kasvustoa keväällä")
    assert any("Kalkitus" in m for m in doc(tmp_path, src, FI2_EN, "fi", "en", "N003"))


# 4. a government called by its generic name
def test_government_generic_name_rendered():
    assert pair("El consejero anunció que la Junta abrirá diez nuevas escuelas en 2026.",
                "The regional minister announced that the regional government will open ten new schools in 2026.",
                "es", "en", "N003") == []
    assert pair("O conselleiro anunciou que a Xunta abrirá dez novas escolas en 2026.",
                "Der Minister kündigte an, dass die Landesregierung 2026 zehn neue Schulen eröffnen wird.",
                "gl", "de", "N003") == []


def test_government_generic_name_unrendered_still_flagged():
    assert pair("El consejero anunció que la Junta abrirá diez nuevas escuelas en 2026.",
                "The regional minister announced that it will open ten new schools in 2026.",
                "es", "en", "N003")


# 5. a party's letter spelled out
def test_party_letter_spelled_out():
    assert pair("Formanden for udvalget i Vejle Kommune, Jens Larsen (S), vil bygge en ny skole i byen.",
                "Jens Larsen (Socialdemokratiet), who chairs the committee in Vejle Municipality, wants to "
                "build a new school in the town.", "da", "en", "N005") == []
    assert pair("Ordföranden för nämnden i Umeå kommun, Anna Berg (C), vill bygga en ny skola i staden.",
                "Anna Berg (Centerpartiet), who chairs the committee in Umeå Municipality, wants to build a "
                "new school in the town.", "sv", "en", "N005") == []
    assert pair("Leder av utvalget i Bergen kommune, Kari Nordmann (H), vil bygge en ny skole i byen.",
                "Kari Nordmann (Høyre), who leads the committee in Bergen Municipality, wants to build a new "
                "school in the town.", "nb", "en", "N005") == []


def test_party_letter_other_party_or_no_letter_still_flagged():
    assert pair("Formanden for udvalget i Vejle Kommune, Jens Larsen (S), vil bygge en ny skole i byen.",
                "Jens Larsen (Venstre), who chairs the committee in Vejle Municipality, wants to build a new "
                "school in the town.", "da", "en", "N005")
    assert pair("Leder av utvalget i Bergen kommune, Kari Nordmann, vil bygge en ny skole i byen.",
                "Kari Nordmann (Høyre), who leads the committee in Bergen Municipality, wants to build a new "
                "school in the town.", "nb", "en", "N005")


# 6. a kept name with a particle, in the English possessive
def test_particle_name_possessive():
    assert pair("El alcalde de Villanueva de los Infantes inauguró la feria.",
                "Villanueva de los Infantes's mayor opened the fair.", "es", "en", "L002") == []
    assert pair("Hoy el puerto de Puerto de la Cruz recibe un crucero.",
                "Today Puerto de la Cruz's harbour welcomes a cruise ship.", "es", "en", "L002") == []
    assert pair("Le maire de Saint-Martin-de-la-Mer et le musée de la Ville ont signé.",
                "The mayor of Saint-Martin-de-la-Mer and the Musée de la Ville's director signed.",
                "fr", "en", "L002") == []


def test_particle_copied_outside_name_still_flagged():
    assert pair("El puerto de Puerto de la Cruz recibe hoy un crucero.",
                "Puerto's harbour de la welcomes a cruise ship today.", "es", "en", "L002")


# 7. negative-meaning phrasal verbs and "overwhelm"
def test_stay_out_and_overwhelm_hold_a_negation():
    assert pair("Residents have been told to stay away from the river bank until the water falls.",
                "Жителям посоветовали не подходить к берегу реки, пока вода не спадёт.", "en", "ru", "P001") == []
    assert pair("Visitors were asked to stay out of the forest during the storm.",
                "Besucher wurden gebeten, den Wald während des Sturms nicht zu betreten.", "en", "de", "P001") == []
    assert pair("Heavy rain can overwhelm the old drains in the town centre.",
                "Hevige regen kan de oude afvoeren in het centrum niet aan.", "en", "nl", "P001") == []
    assert pair("Heavy rain regularly overwhelms the old drains in the town centre.",
                "Bei starkem Regen kommen die alten Abflüsse im Zentrum regelmäßig nicht mehr mit.",
                "en", "de", "P001") == []


def test_negation_without_negative_verb_still_flagged():
    assert pair("Visitors were asked to stay in the forest during the storm.",
                "Besucher wurden gebeten, während des Sturms nicht im Wald zu bleiben.", "en", "de", "P001")
    assert pair("Heavy rain regularly floods the old drains in the town centre.",
                "Starker Regen überflutet die alten Abflüsse im Zentrum nicht.", "en", "de", "P001")
