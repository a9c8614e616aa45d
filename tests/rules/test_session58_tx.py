"""Session 58 (helper tx): T003 (inconsistent-rendering) false alarms.

1. A term of a script without spaces longer than the longest n-gram (six characters): an
   n-gram inside it is followed, a few characters on, by characters that differ from one
   sentence to another (…建设规划 twice, …建设项目 once): two terms, rendered two ways.
2. Two forms of one irregular English verb (flash-freezing / flash-frozen) are one word, as
   two forms of a regular one are (signal / signalling): no other rendering.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _irregular_same


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# --- 1. a long CJK term whose end differs ---------------------------------------------

ZH = ("国务院批准成都市城市轨道交通建设规划\n\n"
      "国务院日前批准了成都市城市轨道交通建设规划，总投资约1200亿元。\n\n"
      "根据城市轨道交通建设规划，到2030年成都将建成12条线路。\n\n"
      "目前全市{}共有5个，市交通局局长王海说。\n")
EN_ZH = ("State Council approves Chengdu's urban rail transit construction plan\n\n"
         "The State Council has approved Chengdu's urban rail transit construction plan, with a total "
         "investment of about 120 billion yuan.\n\n"
         "Under the urban rail transit construction plan, Chengdu will have 12 lines by 2030.\n\n"
         "The city currently has five urban rail transit construction {}, said Wang Hai, head of the "
         "city's transport bureau.\n")

JA = ("県が再生可能エネルギー発電計画を発表\n\n"
      "県は5日、再生可能エネルギー発電計画を発表した。\n\n"
      "再生可能エネルギー発電計画によると、2030年までに発電量を2倍にする。\n\n"
      "現在、県内では{}が8件進んでいると、山田太郎知事は述べた。\n")
EN_JA = ("Prefecture unveils renewable energy generation plan\n\n"
         "On the 5th the prefecture unveiled its renewable energy generation plan.\n\n"
         "Under the renewable energy generation plan, output is to double by 2030.\n\n"
         "Eight renewable energy generation {} are currently under way in the prefecture, Governor "
         "Taro Yamada said.\n")


def test_zh_long_term_with_another_end_is_another_term(tmp_path):
    # 城市轨道交通建设项目 (projects) beside 城市轨道交通建设规划 (plan): both right
    assert t003(tmp_path, ZH.format("在建的城市轨道交通建设项目"), EN_ZH.format("projects"), "zh", "en") == []


def test_ja_long_term_with_another_end_is_another_term(tmp_path):
    # 再生可能エネルギー発電事業 (projects) beside 再生可能エネルギー発電計画 (plan)
    assert t003(tmp_path, JA.format("再生可能エネルギー発電事業"), EN_JA.format("projects"), "ja", "en") == []


def test_zh_same_long_term_rendered_otherwise_still_flagged(tmp_path):
    msgs = t003(tmp_path, ZH.format("的城市轨道交通建设规划"), EN_ZH.format("programmes"), "zh", "en")
    assert any("construction programmes" in m for m in msgs), msgs


def test_ja_same_long_term_rendered_otherwise_still_flagged(tmp_path):
    msgs = t003(tmp_path, JA.format("再生可能エネルギー発電計画"), EN_JA.format("programmes"), "ja", "en")
    assert any("generation programmes" in m for m in msgs), msgs


# --- 2. forms of one irregular verb ----------------------------------------------------

RU = ("Рыбзавод в Мурманске построит новый цех шоковой заморозки.\n\n"
      "Мощностей шоковой заморозки на заводе сейчас не хватает, сказал директор Павел Орлов.\n\n"
      "Треску подвергают шоковой заморозке прямо на борту судна, добавил он.\n\n"
      "Завод рассчитывает увеличить выпуск продукции на треть.\n")
EN_RU = ("A fish plant in Murmansk will build a new blast-freezing shop.\n\n"
         "The plant currently lacks blast-freezing capacity, said its director Pavel Orlov.\n\n"
         "The cod is {} on board the vessel itself, he added.\n\n"
         "The plant expects to increase its output by a third.\n")

ES = ("La cooperativa abrirá en mayo una planta de congelación ultrarrápida en Vigo.\n\n"
      "Los túneles de congelación ultrarrápida consumen mucha energía, explicó la gerente Marta Gil.\n\n"
      "Las gambas se someten a congelación ultrarrápida en el propio barco, añadió.\n\n"
      "La cooperativa espera vender un tercio más el próximo año.\n")
EN_ES = ("In May the cooperative will open a flash-freezing plant in Vigo.\n\n"
         "Flash-freezing tunnels use a lot of energy, explained the manager, Marta Gil.\n\n"
         "The prawns are {} on the boat itself, she added.\n\n"
         "The cooperative hopes to sell a third more next year.\n")


def test_ru_participle_of_the_same_irregular_verb_is_no_other_rendering(tmp_path):
    assert t003(tmp_path, RU, EN_RU.format("blast-frozen"), "ru", "en") == []


def test_es_participle_of_the_same_irregular_verb_is_no_other_rendering(tmp_path):
    assert t003(tmp_path, ES, EN_ES.format("flash-frozen"), "es", "en") == []


def test_another_verb_or_modifier_still_flagged(tmp_path):
    msgs = t003(tmp_path, RU, EN_RU.format("blast-chilled"), "ru", "en")
    assert any("blast-chilled" in m for m in msgs), msgs
    msgs = t003(tmp_path, ES, EN_ES.format("flash-chilled"), "es", "en")
    assert any("flash-chilled" in m for m in msgs), msgs
    # an irregular form beside another swapped word is no rendering of t1 (as before): silent
    assert t003(tmp_path, ES, EN_ES.format("quick-frozen"), "es", "en") == []


def test_irregular_forms():
    assert _irregular_same("freezing", "frozen", "en")
    assert _irregular_same("broken", "breaking", "en")
    assert _irregular_same("written", "wrote", "en")
    assert _irregular_same("getting", "got", "en")
    assert not _irregular_same("frozen", "chilled", "en")
    assert not _irregular_same("written", "driven", "en")
    assert not _irregular_same("freezing", "frozen", "de")  # the list is English
