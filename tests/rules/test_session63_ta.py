"""Session 63 (helper ta): T003 term-inconsistency misses of batch 38.

* a Chinese or Japanese source run whose usual rendering of several words is replaced
  whole in one sentence (tratamiento de residuos / gestión de basuras), not just one word
  swapped: major, like a multi-word term rendered by other words;
* the multi-word path's rendering finder passes over words spelled like another source
  word of the sentence (investojnë → invest) and, of several, over an adverb (jointly).
"""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(t, source=s, source_lang=sl, target_lang=tl, semantic=False)
    return [(f.message, f.severity.name) for f in rep.findings if f.code == "T003" and not f.suppressed]


JA = ("市は新しい廃棄物処理施設の建設を始めた。\n\n"
      "廃棄物処理の費用は年間5億円に上る。\n\n"
      "市長は「廃棄物処理は市民生活の基盤だ」と述べた。\n\n"
      "工事は2027年に終わる予定だ。\n")
ES = ("La ciudad ha empezado a construir una nueva planta de tratamiento de residuos.\n\n"
      "El coste del tratamiento de residuos asciende a 500 millones de yenes al año.\n\n"
      "El alcalde dijo: «La {} es la base de la vida de los ciudadanos».\n\n"
      "Las obras terminarán en 2027.\n")

ZH = ("该市将新建一座污水处理厂。\n\n"
      "污水处理费用将由市政府承担。\n\n"
      "专家认为，污水处理是防止河流污染的关键。\n\n"
      "工程预计2027年完工。\n")
FR = ("La ville construira une nouvelle usine d'épuration des eaux.\n\n"
      "Les coûts d'épuration des eaux seront pris en charge par la municipalité.\n\n"
      "Selon les experts, l'{} est la clé pour prévenir la pollution des rivières.\n\n"
      "Les travaux devraient être achevés en 2027.\n")
EN = ("The city will build a new sewage treatment plant.\n\n"
      "The costs of sewage treatment will be borne by the city government.\n\n"
      "According to experts, {} is the key to preventing river pollution.\n\n"
      "The project is expected to be completed in 2027.\n")


def test_cjk_run_rendered_by_other_words_once_ja_es(tmp_path):
    got = t003(tmp_path, JA, ES.format("gestión de basuras"), "ja", "es")
    assert any("gestión de basuras" in m and "tratamiento de residuos" in m for m, _ in got), got
    assert all("major" in s.lower() for m, s in got if "gestión de basuras" in m), got
    assert t003(tmp_path, JA, ES.format("tratamiento de residuos"), "ja", "es") == []


def test_cjk_run_rendered_by_other_words_once_zh_fr(tmp_path):
    got = t003(tmp_path, ZH, FR.format("assainissement des effluents"), "zh", "fr")
    assert any("assainissement des effluents" in m and "épuration des eaux" in m for m, _ in got), got
    assert t003(tmp_path, ZH, FR.format("épuration des eaux"), "zh", "fr") == []


def test_cjk_run_words_side_by_side_are_no_shape(tmp_path):
    # a rendering of words side by side with no linking word (sewage treatment) matches any
    # two words: no whole replacement is looked for
    got = t003(tmp_path, ZH, EN.format("wastewater cleaning"), "zh", "en")
    assert not any("wastewater cleaning" in m for m, _ in got), got


def test_cjk_run_no_replacement_where_the_words_are_the_usual_ones(tmp_path):
    # the term's place holds words of t1's sentences (residuos), no rendering of its own
    got = t003(tmp_path, JA, ES.format("planta de residuos"), "ja", "es")
    assert not any("planta de residuos" in m for m, _ in got), got
    # a swapped word stays a swap (minor)
    got = t003(tmp_path, JA, ES.format("tratamiento de basuras"), "ja", "es")
    assert all("major" not in s.lower() for m, s in got), got


DE_KH = ("Die Kühlhäuser der Region waren schon Mitte Oktober voll.\n\n"
         "In der Region gibt es 41 Kühlhäuser mit einer Kapazität von 38.000 Tonnen.\n\n"
         "Der Besitzer eines der Kühlhäuser sagte, der Strom koste ihn 1,2 Millionen im Monat.\n\n"
         "Die Dozentin riet den Bauern, gemeinsam in Kühlhäuser mit kontrollierter Atmosphäre zu "
         "investieren, wo Äpfel bis zu acht Monate halten.\n")
EN_KH = ("The area's cold stores were already full by mid-October.\n\n"
         "There are 41 cold stores operating in the area, with a combined capacity of 38,000 tonnes.\n\n"
         "The owner of one of the cold stores explained that electricity costs him 1.2 million a month.\n\n"
         "The lecturer advised farmers to invest jointly in controlled-atmosphere {}, where apples "
         "can be kept for up to eight months.\n")
FR_KH = ("Les entrepôts frigorifiques de la région étaient déjà pleins à la mi-octobre.\n\n"
         "La région compte 41 entrepôts frigorifiques d'une capacité de 38 000 tonnes.\n\n"
         "Le propriétaire de l'un des entrepôts frigorifiques a expliqué que l'électricité lui "
         "coûte 1,2 million par mois.\n\n"
         "La conférencière a conseillé aux agriculteurs d'investir conjointement dans des {} à "
         "atmosphère contrôlée, où les pommes se conservent jusqu'à huit mois.\n")


def test_rendering_found_past_cognates_and_an_adverb_de_en(tmp_path):
    # invest renders investieren, controlled and atmosphere their source words: the word
    # left at the term's place is refrigerators, not invest jointly
    got = t003(tmp_path, DE_KH, EN_KH.format("refrigerators"), "de", "en")
    assert [m for m, _ in got] == ["“Kühlhäuser” is rendered “cold stores” in 3 other places but "
                                   "“refrigerators” here"], got
    assert t003(tmp_path, DE_KH, EN_KH.format("cold stores"), "de", "en") == []


def test_rendering_found_past_cognates_de_fr(tmp_path):
    got = t003(tmp_path, DE_KH, FR_KH.format("réfrigérateurs"), "de", "fr")
    assert any(m.endswith("but “réfrigérateurs” here") for m, _ in got), got
    assert not any("investir" in m for m, _ in got), got
    assert t003(tmp_path, DE_KH, FR_KH.format("entrepôts frigorifiques"), "de", "fr") == []


# a source word rendered by compounds on one modifier (Wasserstoffbusse, Wasserstofftankstelle,
# Wasserstoff) and once by a compound on another modifier with one of their heads
EN_H2 = ("The city has ordered twelve hydrogen buses for the centre.\n\n"
         "The hydrogen filling station at the depot opens in May.\n\n"
         "The hydrogen comes from an electrolyser in the port.\n\n"
         "The first hydrogen buses will run on line 5 from June.\n")
DE_H2 = ("Die Stadt hat zwölf Wasserstoffbusse für das Zentrum bestellt.\n\n"
         "Die Wasserstofftankstelle am Betriebshof öffnet im Mai.\n\n"
         "Der Wasserstoff kommt aus einem Elektrolyseur im Hafen.\n\n"
         "Die ersten {} fahren ab Juni auf der Linie 5.\n")
NL_H2 = ("De stad heeft twaalf waterstofbussen voor het centrum besteld.\n\n"
         "Het waterstoftankstation bij de remise gaat in mei open.\n\n"
         "De waterstof komt uit een elektrolyser in de haven.\n\n"
         "De eerste {} rijden vanaf juni op lijn 5.\n")


def test_compound_family_with_the_modifier_swapped_once_en_de(tmp_path):
    got = t003(tmp_path, EN_H2, DE_H2.format("Brennstoffzellenbusse"), "en", "de")
    assert any(m.endswith("but “Brennstoffzellenbusse” here") for m, _ in got), got
    assert t003(tmp_path, EN_H2, DE_H2.format("Wasserstoffbusse"), "en", "de") == []


def test_compound_family_with_the_modifier_swapped_once_en_nl(tmp_path):
    got = t003(tmp_path, EN_H2, NL_H2.format("brandstofcelbussen"), "en", "nl")
    assert any(m.endswith("but “brandstofcelbussen” here") for m, _ in got), got
    assert t003(tmp_path, EN_H2, NL_H2.format("waterstofbussen"), "en", "nl") == []


def test_compound_family_needs_compounds_in_two_sentences(tmp_path):
    # the modifier alone in two sentences and a compound in one: one word in its forms,
    # no family of compounds to hold the odd sentence to
    de = DE_H2.replace("Die Wasserstofftankstelle am Betriebshof", "Der Wasserstoff am Betriebshof")
    got = t003(tmp_path, EN_H2, de.format("Brennstoffzellenbusse"), "en", "de")
    assert not any("Brennstoffzellenbusse" in m and "Wasserstofftankstelle" in m for m, _ in got), got
