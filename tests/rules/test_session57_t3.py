"""Session 57 helper t3: T003 false alarms and misses (batch 27, s62)."""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# the term rendered by a word spelled like it in all its sentences (system → sistema /
# system), with a participle beside it in two of them: the participle renders another
# source word (fitted, put in), not the term, and another word beside it is no variant
ES_SRC = ("Schools in the valley get sprinklers\n\n"
          "The new school has a sprinkler system fitted in every classroom.\n\n"
          "The fire chief said the blaze would have stayed in one room if a sprinkler system had been there.\n\n"
          "Twelve more schools will be checked to see whether a sprinkler system can be put in during repairs.\n")
ES_TGT = ("Las escuelas del valle reciben rociadores\n\n"
          "La nueva escuela tiene un sistema instalado de rociadores en cada aula.\n\n"
          "El jefe de bomberos dijo que el fuego se habría quedado en un aula si hubiera existido un sistema previsto de rociadores.\n\n"
          "Se revisarán doce escuelas más para ver si puede quedar un sistema instalado de rociadores durante las obras.\n")

PL_SRC = ("Sprinklers for schools in the region\n\n"
          "The new school has a sprinkler system fitted in every classroom.\n\n"
          "The fire chief said the blaze would have stayed in one room if a sprinkler system had been working.\n\n"
          "Twelve more schools will be checked to see whether a sprinkler system can be put in during repairs.\n")
PL_TGT = ("Tryskacze dla szkół w regionie\n\n"
          "Nowa szkoła ma system zamontowany w każdej sali lekcyjnej.\n\n"
          "Komendant straży powiedział, że pożar zostałby w jednej sali, gdyby system tryskaczowy działał sprawnie.\n\n"
          "Sprawdzonych zostanie dwanaście kolejnych szkół, aby ustalić, czy system zamontowany podczas remontu jest możliwy.\n")
DE_SRC = ("Neue Biogasanlage in Lohne\n\n"
          "Die Biogasanlage am Stadtrand soll ab März Strom für 2000 Haushalte liefern.\n\n"
          "Anwohner hatten gegen die Biogasanlage wegen des Geruchs geklagt.\n\n"
          "Der Betreiber will die Biogasanlage bis 2027 um einen zweiten Fermenter erweitern.\n")
EN_DE = ("New biogas plant in Lohne\n\n"
         "The biogas plant on the edge of town is to supply electricity to 2,000 households from March.\n\n"
         "Residents had sued against the biogas {} because of the smell.\n\n"
         "The operator wants to extend the biogas plant with a second digester by 2027.\n")

NL_SRC = ("Stadsverwarming in Utrecht wordt duurder\n\n"
          "Ruim 20.000 huishoudens in Utrecht betalen vanaf januari meer voor hun stadsverwarming, nu de toezichthouder een verhoging heeft goedgekeurd.\n\n"
          "Het energiebedrijf wil de stadsverwarming in 2030 zonder gas leveren, zei een woordvoerder.\n\n"
          "De prijs van stadsverwarming blijft een punt van discussie in de gemeenteraad.\n")
EN_NL = ("District heating in Utrecht gets more expensive\n\n"
         "More than 20,000 households in Utrecht will pay more for their {} heating from January, now that the regulator has approved an increase.\n\n"
         "The energy company wants to supply district heating without gas by 2030, a spokesman said.\n\n"
         "The price of district heating remains a point of debate in the city council.\n")


def test_a_word_beside_a_rendering_spelled_like_the_term_is_no_variant_es(tmp_path):
    assert t003(tmp_path, ES_SRC, ES_TGT, "en", "es") == []


def test_a_word_beside_a_rendering_spelled_like_the_term_is_no_variant_pl(tmp_path):
    assert t003(tmp_path, PL_SRC, PL_TGT, "en", "pl") == []


def test_a_neighbour_spelling_only_the_terms_opening_still_flags(tmp_path):
    # biogas spells the opening of Biogasanlage only: plant / facility is the term's rendering
    msgs = t003(tmp_path, DE_SRC, EN_DE.format("facility"), "de", "en")
    assert any("biogas facility" in m for m in msgs), msgs
    assert t003(tmp_path, DE_SRC, EN_DE.format("plant"), "de", "en") == []


def test_a_neighbour_spelled_unlike_the_term_still_flags(tmp_path):
    msgs = t003(tmp_path, NL_SRC, EN_NL.format("urban"), "nl", "en")
    assert any("urban heating" in m for m in msgs), msgs
    assert t003(tmp_path, NL_SRC, EN_NL.format("district"), "nl", "en") == []
