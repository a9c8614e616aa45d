"""Session 43 (r2): T003, one source term rendered two ways (written for mtcheck).

1. the swapped-word path (district heating ... remote heating) also reads a source in a
   syllabic script (초순수 → ultrapure water ... deionized water): the source term is one
   token; its rendering is linked to it only when found in no other sentence;
2. a two-word rendering found in all of the term's sentences but one, whose modifier
   stands elsewhere in that one sentence, not beside the head (the districts of ... remote
   heating; coastal towns ... shore protection): the word beside the head is the swap.
"""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    r = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f.message for f in r.findings if f.code == "T003" and not f.suppressed]


# 1. a syllabic source
KO = ("시, 초순수의 공장 증설 검토\n\n"
      "시는 산업단지에 초순수를 만드는 설비를 새로 짓는 방안을 검토하고 있다.\n\n"
      "반도체 공정에서는 웨이퍼를 씻는 데 초순수가 대량으로 필요하다.\n\n"
      "김민수 국장은 \"초순수는 설비가 없으면 공장을 늘릴 수 없다\"고 말했다.\n\n"
      "업계는 초순수로 재활용 비율을 높이겠다고 밝혔다.\n\n"
      "올여름 가뭄으로 댐의 저수율은 40퍼센트까지 떨어졌다.\n\n"
      "시민단체는 공장이 물을 너무 많이 쓴다고 비판했다.\n\n"
      "시는 다음 달 회의를 열 계획이다.\n")
EN_KO = ("City considers expanding ultrapure water plant\n\n"
         "The city is considering building a new facility for producing ultrapure water in the industrial park.\n\n"
         "Semiconductor processes need ultrapure supplies of water in large amounts to rinse wafers.\n\n"
         "\"Without {} water facilities, the factories cannot grow,\" director Kim Min-su said.\n\n"
         "The industry said it would raise the recycling rate of ultrapure water.\n\n"
         "This summer's drought has lowered the dam's storage level to 40 percent.\n\n"
         "Civic groups criticised the factory for using too much water.\n\n"
         "The city plans to hold a meeting next month.\n")


def test_syllabic_source_term_swapped_once(tmp_path):
    assert t003(tmp_path, KO, EN_KO.format("distilled"), "ko", "en")
    assert t003(tmp_path, KO, EN_KO.format("ultrapure"), "ko", "en") == []


ES_KO = ("La ciudad estudia ampliar la planta de agua ultrapura\n\n"
         "La ciudad estudia construir una nueva instalación para producir agua ultrapura en el polígono industrial.\n\n"
         "Los procesos de semiconductores necesitan reservas ultrapuras de agua en grandes cantidades para lavar las obleas.\n\n"
         "«Sin instalaciones de agua {}, las fábricas no pueden crecer», dijo el director Kim Min-su.\n\n"
         "El sector quiere aumentar la tasa de reciclaje del agua ultrapura.\n\n"
         "La sequía de este verano ha bajado el nivel de agua del embalse al 40 por ciento.\n\n"
         "Varias asociaciones critican que la fábrica consume demasiada agua.\n\n"
         "La ciudad prevé una reunión sobre el agua el mes que viene.\n\n"
         "Los agricultores se quejan de que no tienen agua para sus arrozales.\n\n"
         "El Ministerio de Medio Ambiente estudia el consumo de agua industrial.\n\n"
         "Los vecinos recibieron mensajes que les pedían ahorrar agua.\n")


def test_syllabic_source_term_swapped_once_es(tmp_path):
    assert t003(tmp_path, KO, ES_KO.format("destilada"), "ko", "es")
    assert t003(tmp_path, KO, ES_KO.format("ultrapura"), "ko", "es") == []


# 2. the modifier found elsewhere in the one sentence
DE = ("Graz baut die Fernwärme aus\n\n"
      "Die Stadtwerke Graz wollen die Fernwärme bis 2030 verdoppeln.\n\n"
      "Die Fernwärme soll dann ohne Kohle erzeugt werden, sagte ein Sprecher.\n\n"
      "In den Bezirken Lend und Gries werden 5000 Wohnungen an die Fernwärme angeschlossen.\n")
EN_DE = ("Graz expands district heating\n\n"
         "The Graz municipal utility wants to double district heating by 2030.\n\n"
         "District heating is then to be produced without coal, a spokesman said.\n\n"
         "In the districts of Lend and Gries, 5,000 flats will be connected to {} heating.\n")
DA = ("Kystsikring ved Vestkysten koster mere\n\n"
      "Regeringen vil bruge flere penge på kystsikring i de kommende år.\n\n"
      "Kommunerne mener, at kystsikring er statens ansvar.\n\n"
      "I kystbyerne Agger og Harboøre venter borgerne stadig på kystsikring mod stormfloder.\n")
EN_DA = ("Coastal protection on the west coast will cost more\n\n"
         "The government wants to spend more on coastal protection in the coming years.\n\n"
         "The municipalities believe that coastal protection is the state's responsibility.\n\n"
         "In the coastal towns of Agger and Harboøre, residents are still waiting for {} protection "
         "against storm surges.\n")


def test_modifier_elsewhere_in_the_sentence_de_en(tmp_path):
    assert t003(tmp_path, DE, EN_DE.format("remote"), "de", "en")
    assert t003(tmp_path, DE, EN_DE.format("district"), "de", "en") == []


def test_modifier_elsewhere_in_the_sentence_da_en(tmp_path):
    assert t003(tmp_path, DA, EN_DA.format("shore"), "da", "en")
    assert t003(tmp_path, DA, EN_DA.format("coastal"), "da", "en") == []
