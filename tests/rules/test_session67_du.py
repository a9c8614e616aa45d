"""Session 67 (helper du): number, unit and date classes.

* the time a rate is counted in, said after more words for "per" and in the case they ask
  for (Polish na godzinę, Czech za sekundu, Danish om året, Romanian pe zi, French par an):
  a rate counted in another time is a changed unit (D002);
* cubic metres in the Slavic genitive singular a decimal figure takes (2,8 krychlového
  metru) are cubic metres;
* knots and nautical miles in more languages (węzłów, sjömil, hải lý) are units, so a
  knot rendered as km/h or a nautical mile as a kilometre is a changed unit (D002);
* the Urdu weekdays that are also other words (پیر, بدھ, ہفتہ) count as weekdays before
  "on" or a part of the day (D003);
* a decade said with its century in Chinese, Japanese or Korean (20世纪60年代) is that
  decade; its century is no figure of its own (D001);
* Han numerals with a word for "odd" before the counter (五十多名) and Korean native
  numerals before a counter (세 차례) are soft readings of their figure (D001);
* Urdu number words (ڈھائی لاکھ, یکم) are read (D001).
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.numbers import _per_time, _read


def _codes(src, tgt, sl, tl, codes=("D001", "D002", "D003")):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in codes and not f.suppressed]


# -- rates counted in another time ---------------------------------------------------------

def test_czech_per_second_as_per_hour_flagged():
    src = "Nové čerpadlo dodává až 2,8 krychlového metru za sekundu."
    tgt = "Die neue Pumpe fördert bis zu 2,8 Kubikmeter pro Stunde."
    assert [c for c, _ in _codes(src, tgt, "cs", "de")] == ["D002"]


def test_czech_per_second_kept_silent():
    src = "Nové čerpadlo dodává až 2,8 krychlového metru za sekundu."
    tgt = "Die neue Pumpe fördert bis zu 2,8 Kubikmeter pro Sekunde."
    assert _codes(src, tgt, "cs", "de") == []


def test_polish_accusative_hour_read():
    src = "The new crane lifts 12 tonnes a day at the container quay."
    bad = "Nowy dźwig podnosi 12 ton na godzinę przy nabrzeżu kontenerowym."
    good = "Nowy dźwig podnosi 12 ton na dobę przy nabrzeżu kontenerowym."
    assert [c for c, _ in _codes(src, bad, "en", "pl")] == ["D002"]
    assert _codes(src, good, "en", "pl") == []


def test_danish_om_aaret_is_per_year():
    src = "Renseanlægget behandler 70 ton om året fra de omkringliggende gårde."
    bad = "The treatment plant handles 70 tonnes a month from the surrounding farms."
    good = "The treatment plant handles 70 tonnes a year from the surrounding farms."
    assert [c for c, _ in _codes(src, bad, "da", "en")] == ["D002"]
    assert _codes(src, good, "da", "en") == []


def test_romanian_pe_zi_is_per_day():
    src = "Izvorul dă 800 de litri pe zi chiar și vara."
    bad = "The spring yields 800 litres an hour even in summer."
    good = "The spring yields 800 litres a day even in summer."
    assert [c for c, _ in _codes(src, bad, "ro", "en")] == ["D002"]
    assert _codes(src, good, "ro", "en") == []


def test_french_par_an_before_a_clause_is_per_year():
    src = "Le four consomme 60 tonnes par an afin de cuire les pièces, selon la poterie."
    bad = "Der Brennofen verbraucht laut der Töpferei 60 Tonnen pro Monat."
    good = "Der Brennofen verbraucht laut der Töpferei 60 Tonnen pro Jahr."
    assert [c for c, _ in _codes(src, bad, "fr", "de")] == ["D002"]
    assert _codes(src, good, "fr", "de") == []


def test_scandinavian_i_only_before_a_definite_time():
    # Italian "i" is an article: "10 euro i giorni festivi" counts nothing per day
    text = "Il biglietto costa 10 euro i giorni festivi."
    end = text.index("euro") + len("euro")
    assert _per_time(text, end) == frozenset()
    text = "Billetten koster 10 kroner i timen."
    end = text.index("kroner") + len("kroner")
    assert _per_time(text, end) == frozenset({"hour"})


# -- knots and nautical miles ------------------------------------------------------------

def test_polish_knots_as_kmh_flagged():
    src = "Prom płynął z prędkością 18 węzłów, gdy zerwał się wiatr."
    bad = "The ferry was sailing at 18 km/h when the wind picked up."
    assert [c for c, _ in _codes(src, bad, "pl", "en")] == ["D002"]
    for good in ("The ferry was sailing at 18 knots when the wind picked up.",
                 "The ferry was sailing at about 33 km/h when the wind picked up."):
        assert _codes(src, good, "pl", "en") == [], good


def test_swedish_nautical_miles_as_kilometres_flagged():
    src = "Fyren syns 12 sjömil ut i klart väder."
    bad = "Der Leuchtturm ist bei klarem Wetter 12 Kilometer weit zu sehen."
    good = "Der Leuchtturm ist bei klarem Wetter 12 Seemeilen weit zu sehen."
    assert [c for c, _ in _codes(src, bad, "sv", "de")] == ["D002"]
    assert _codes(src, good, "sv", "de") == []


def test_vietnamese_nautical_miles_as_miles_flagged():
    src = "Đội tàu hoạt động cách đảo khoảng 40 hải lý."
    bad = "The fleet operates about 40 miles off the island."
    good = "The fleet operates about 40 nautical miles off the island."
    assert [c for c, _ in _codes(src, bad, "vi", "en")] == ["D002"]
    assert _codes(src, good, "vi", "en") == []


# -- Urdu weekdays that are other words too -----------------------------------------------

def test_urdu_saturday_for_friday_flagged():
    src = "The bakery on the square reopens on Friday morning."
    bad = "چوک والی بیکری ہفتہ کی صبح دوبارہ کھلے گی۔"
    good = "چوک والی بیکری جمعے کی صبح دوبارہ کھلے گی۔"
    assert [c for c, _ in _codes(src, bad, "en", "ur")] == ["D003"]
    assert _codes(src, good, "en", "ur") == []


def test_urdu_wednesday_in_source_read():
    src = "لائبریری کی نئی شاخ بدھ کو کھولی گئی۔"
    assert [c for c, _ in _codes(src, "The new library branch was opened on Thursday.", "ur", "en")] == ["D003"]
    assert _codes(src, "The new library branch was opened on Wednesday.", "ur", "en") == []


def test_urdu_week_and_foot_are_no_weekday():
    src = "The tailor said the coat would be ready on Sunday."
    for tgt in ("درزی نے کہا کہ کوٹ اگلے ہفتے کو تیار ہو جائے گا، اتوار کو۔",
                "درزی نے اپنے پیر کو آرام دیا اور کہا کہ کوٹ اتوار کو تیار ہوگا۔"):
        assert _codes(src, tgt, "en", "ur") == [], tgt


# -- decades said with their century ------------------------------------------------------

def test_chinese_century_and_decade_is_the_decade():
    src = "Many cinemas in the district closed in the 1960s."
    assert _codes(src, "该镇的许多电影院在20世纪60年代关闭。", "en", "zh") == []
    assert [c for c, _ in _codes(src, "该镇的许多电影院在20世纪70年代关闭。", "en", "zh")] == ["D001"]


def test_korean_and_japanese_century_and_decade():
    src = "The old tram line was built in the 1970s."
    assert _codes(src, "옛 전차 노선은 20세기 70년대에 건설되었다.", "en", "ko") == []
    assert _codes(src, "旧路面電車の路線は20世紀70年代に建設された。", "en", "ja") == []


def test_a_century_alone_still_a_figure():
    nums = [n.text for n in _read("该剧院建于19世纪，有12个包厢。", "zh")]
    assert "19" in nums


# -- Han numerals with "odd", Korean native numerals ---------------------------------------

def test_han_odd_numerals_read_soft():
    src = "五十多名志愿者参加了清理河岸的活动。"
    assert _codes(src, "More than 50 volunteers joined the riverbank clean-up.", "zh", "en") == []
    assert [(n.text, n.soft) for n in _read("村里有二十余户人家。", "zh")] == [("二十", True)]
    assert [sorted(n.values) for n in _read("三十多万游客", "zh")] == [[300000.0]]


def test_korean_native_numerals_before_a_counter():
    src = "위원회는 지난달 세 차례 회의를 열었다."
    assert _codes(src, "The committee met 3 times last month.", "ko", "en") == []
    assert _codes("그 농장에는 일곱 마리의 염소가 있다.", "その農場には7匹のヤギがいる。", "ko", "ja") == []
    # alone the attributive forms are other words: 네 "yes", 한 "did", 세대 "generation"
    assert _read("네, 그가 한 일은 세대를 바꿨다.", "ko") == []


# -- Urdu number words ------------------------------------------------------------------

def test_urdu_two_and_a_half_lakh():
    src = "میلے میں ڈھائی لاکھ لوگ آئے۔"
    assert _codes(src, "About 250,000 people came to the fair.", "ur", "en") == []
    assert [c for c, _ in _codes(src, "About 350,000 people came to the fair.", "ur", "en")] == ["D001"]


def test_urdu_first_of_the_month_and_cardinals():
    src = "نئی بس سروس یکم جون سے چلے گی اور اس میں چالیس بسیں ہوں گی۔"
    assert _codes(src, "The new bus service will run from 1 June with 40 buses.", "ur", "en") == []
    assert [c for c, _ in _codes(src, "The new bus service will run from 1 June with 45 buses.", "ur", "en")] == ["D001"]


def test_korean_native_ordinals_read_soft():
    assert [(n.text, n.soft) for n in _read("그는 셋째 아들로 태어났다.", "ko")] == [("셋째", True)]
    assert _codes("그는 셋째 아들로 태어났다.", "He was born the 3rd son.", "ko", "en") == []


def test_urdu_all_of_them_words_read_soft():
    src = "گاؤں کے تینوں اسکول سیلاب کے بعد بند ہیں۔"
    assert _codes(src, "All 3 schools in the village have been closed since the flood.", "ur", "en") == []
    assert [(n.text, n.soft) for n in _read(src, "ur")] == [("تینوں", True)]
