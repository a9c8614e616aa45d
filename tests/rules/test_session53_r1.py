"""Session 53 (r1): the number reader (D001) on figures written with words around them.

* Spanish (Mexican news) writes a figure with the word for thousand between its digit
  groups: 8 mil 500 = 8,500, 4 mil 250 millones = 4,250 million, mil 350 = 1,350.  Each
  is one figure, not two (3 mil alone stays 3,000; dos mil 120 is not 1,120).
* A 24-hour clock time said with a word for the hour: the ordinal hour with a singular
  case of "hour" after it (Czech mezi 7. a 19. hodinou, Slovak po 20. hodine, Polish o 17.
  godzinie), Polish "od godz. 8", Finnish "klo 19" / "kello 19", Estonian "kell 21",
  Latvian "plkst. 21", Hungarian "20 órakor": a time of day that 7 p.m. renders ("za 18
  hodin", in 18 hours, stays a count).
* Chinese: the first end of a range takes the counter of the second (两到三成 = 20 to 30 %,
  三至五年 = three to five years).
* Japanese ゼロ and Korean 제로, the loanword for zero, answer a 0 (soft).
* Arabic: an hour said as an ordinal word with الساعة before it or a part of the day after
  it (التاسعة صباحاً = 9 a.m., الخامسة مساءً = 5 p.m.) is a clock time (soft).
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules._text import find_numbers


def d001(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]


def values(text: str, lang: str) -> list[tuple[str, set]]:
    return [(n.text, set(n.values)) for n in find_numbers(text, lang)]


# -- Spanish thousands with "mil" between digit groups

def test_mil_between_digit_groups_es_pt():
    assert d001("El puente costó 4 mil 250 millones de pesos.",
                "A ponte custou 4,25 bilhões de pesos.", "es", "pt") == []


def test_mil_between_digit_groups_es_en():
    assert d001("Llegaron 7 mil 300 visitantes al festival.",
                "7,300 visitors came to the festival.", "es", "en") == []


def test_lone_mil_before_digits_es_en():
    assert d001("Construyeron un muro de mil 350 metros.",
                "They built a wall of 1,350 metres.", "es", "en") == []


def test_mil_between_digit_groups_en_es():
    assert d001("The plant employs 2,750 people.", "La planta emplea a 2 mil 750 personas.", "en", "es") == []


def test_mil_changed_figure_still_caught():
    msgs = d001("Llegaron 7 mil 300 visitantes al festival.", "7,800 visitors came to the festival.", "es", "en")
    assert msgs and "7 mil 300" in msgs[0]


def test_mil_reading_precision():
    assert values("Llegaron 3 mil personas y 40 mil más.", "es") == [("3 mil", {3000.0}), ("40 mil", {40000.0})]
    got = values("un muro de dos mil 120 metros", "es")
    assert ("120", {120.0}) in got  # a word number before "mil": no lone thousand
    assert values("unos 2 mil millones de dólares", "es") == [("2 mil millones", {2e9})]


# -- clock times said with a word for the hour

def test_cs_ordinal_hour_is_time():
    assert d001("Provoz poběží jen mezi 7. a 19. hodinou.",
                "Traffic will run only between 7 a.m. and 7 p.m.", "cs", "en") == []


def test_sk_ordinal_hour_is_time():
    assert d001("Kamióny môžu jazdiť len medzi 7. a 19. hodinou.",
                "Lorries may only run between 7 a.m. and 7 p.m.", "sk", "en") == []


def test_pl_ordinal_hour_is_time():
    assert d001("Spotkanie zaczyna się o 17. godzinie.", "The meeting starts at 5 p.m.", "pl", "en") == []


def test_clock_word_before_or_after_hour():
    for text, lang, minutes in (("Kokous alkaa klo 19.", "fi", 420), ("Kokous alkaa kello 19.", "fi", 420),
                                ("Kontsert algab kell 21.", "et", 540),
                                ("Koncerts sākas plkst. 21.", "lv", 540),
                                ("Az előadás 20 órakor kezdődik.", "hu", 480),
                                ("Sklep jest otwarty od godz. 8 do 20.", "pl", 480)):
        assert ("t", minutes) in values(text, lang)[0][1], (text, lang)


def test_hour_count_stays_a_count():
    assert values("Za 18 hodin bude hotovo.", "cs") == [("18", {18.0})]
    assert values("Trwało 18 godzin.", "pl") == [("18", {18.0})]
    assert values("Az ülés 18 óráig tartott.", "hu") == [("18", {18.0})]
    msgs = d001("Začíná v 18. hodině.", "It starts at 6 a.m.", "cs", "en")
    assert msgs  # a time of the other half of the day is still a finding


# -- Chinese ranges sharing a counter

def test_zh_range_shares_counter_fr():
    assert d001("今年的收购价上调了三到四成。", "Cette année, les prix d'achat ont augmenté de 30 à 40 %.",
                "zh", "fr") == []


def test_zh_range_shares_counter_en():
    assert d001("销量下降了两到三成。", "Sales fell by 20 to 30 percent.", "zh", "en") == []


def test_zh_range_precision():
    assert values("統一到三年", "zh") == [("三", {3.0})]  # 一 of 統一 is no figure
    assert [v for _, v in values("三至五年后", "zh")] == [{3.0}, {5.0}]


# -- the loanword for zero

def test_ja_zero_loanword_ko_ja():
    assert d001("정부는 2050년까지 배출량을 '0'으로 줄일 계획이다.",
                "政府は2050年までに排出量をゼロにする計画だ。", "ko", "ja") == []


def test_ja_zero_loanword_en_ja():
    assert d001("The city wants 0 traffic deaths by 2030.", "市は2030年までに交通事故死者ゼロを目指す。", "en", "ja") == []


def test_ko_zero_loanword_ja_ko():
    assert d001("政府は2050年までに排出量を0にする計画だ。",
                "정부는 2050년까지 배출량을 제로로 줄일 계획이다.", "ja", "ko") == []


# -- Arabic hours said as ordinal words

def test_ar_word_hours_en():
    assert d001("يفتح المتحف أبوابه من التاسعة صباحاً حتى الخامسة مساءً.",
                "The museum opens from 9 a.m. to 5 p.m.", "ar", "en") == []


def test_ar_word_hours_fr():
    assert d001("يفتح المتحف أبوابه من التاسعة صباحاً حتى الخامسة مساءً.",
                "Le musée ouvre de 9 h à 17 h.", "ar", "fr") == []


def test_ar_word_hours_precision():
    assert d001("يفتح المتحف أبوابه في التاسعة صباحاً.", "The museum opens at 10 a.m.", "ar", "en")
    assert values("هذه المرة الثانية", "ar") == []  # an ordinal with no hour or part of the day
