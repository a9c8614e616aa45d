"""Session 65 (helper du): number and unit classes.

* "per hour" said with a case of "hour" and no word for "per" (Latvian stundā, Estonian
  tunnis) after a unit of length is a speed, as "per hour" is (D002).
* a figure, a unit and a noun hyphenated into one compound (German 12-Kilometer-Strecke,
  100-m-Lauf) carry that unit (D002: 12-Kilometer-Strecke → 12-mile route is another unit).
* a rate's measure after a few counted words, with the "per" Hebrew and Arabic glue to
  it (8 טונות עגבניות לדונם → per hectare) is a changed measure (D002).
* the word for a thousand standing alone (Persian هزار, Hindi हज़ार) is a number (D001).
* the Russian and Ukrainian nouns of a building's storeys (пятиэтажка) carry their number.
* Chinese and Japanese numerals before counters of things (百株, 三头, 十棵) are numbers.
* a company's legal form (Co., Ltd.) is an abbreviation in any language (S012).
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.numbers import _read, units_of
from mtcheck.segment import is_abbreviation


def _found(tmp_path, src, tgt, sl, tl, codes):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.code, f.text) for f in mtcheck.compare(t, source=s).findings if f.code in codes]


# -- per hour in a case of "hour" ------------------------------------------------------------

def test_latvian_kilometres_in_the_hour_are_a_speed(tmp_path):
    src = "Uz tilta ātrums būs ierobežots līdz 30 kilometriem stundā, bet tunelī 50 kilometrus stundā.\n"
    tgt = "On the bridge speed will be limited to 30 kilometres per hour, and in the tunnel to 50 km/h.\n"
    assert _found(tmp_path, src, tgt, "lv", "en", {"D001", "D002"}) == []


def test_estonian_kilometres_in_the_hour_are_a_speed(tmp_path):
    src = "Linnas tohib sõita kõige rohkem 40 kilomeetrit tunnis.\n"
    tgt = "In the town drivers may go no faster than 40 kilometres per hour.\n"
    assert _found(tmp_path, src, tgt, "et", "en", {"D001", "D002"}) == []


def test_latvian_speed_as_miles_is_still_another_unit(tmp_path):
    src = "Uz tilta ātrums būs ierobežots līdz 30 kilometriem stundā.\n"
    tgt = "On the bridge speed will be limited to 30 miles per hour.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "lv", "en", {"D002"})] == ["D002"]


def test_latvian_kilometres_alone_stay_a_length():
    text = "Ceļš ir 30 kilometrus garš, stundā tur brauc simts mašīnu."
    n = next(x for x in _read(text, "lv") if x.text == "30")
    assert units_of(text, n)[0] == frozenset({"km"})


# -- a unit inside a hyphenated compound ----------------------------------------------------

def test_compound_kilometre_route_becomes_miles(tmp_path):
    src = "Die 12-Kilometer-Strecke wird im Mai neu asphaltiert.\n"
    tgt = "The 12-mile route will be resurfaced in May.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "de", "en", {"D002"})] == ["D002"]


def test_compound_kilometre_route_kept(tmp_path):
    src = "Die 12-Kilometer-Strecke wird im Mai neu asphaltiert, der 400-m-Lauf findet im Juni statt.\n"
    tgt = "The 12-kilometre route will be resurfaced in May, and the 400m race will be held in June.\n"
    assert _found(tmp_path, src, tgt, "de", "en", {"D001", "D002"}) == []


def test_compound_units_read():
    for text, fig, unit in (("eine 12-Kilometer-Strecke", "12", "km"), ("der 100-m-Lauf", "100", "m"),
                            ("a 30-metre-long wall", "30", "m")):
        n = next(x for x in _read(text, None) if x.text == fig)
        assert unit in units_of(text, n)[0], text


def test_compound_without_a_unit_has_none():
    text = "die neue 4-Zimmer-Wohnung"
    n = next(x for x in _read(text, "de") if x.text == "4")
    assert units_of(text, n)[0] == frozenset()


# -- a rate's measure after counted words, with a glued "per" ------------------------------

def test_hebrew_rate_per_dunam_becomes_per_hectare(tmp_path):
    src = "בשדות הניסוי נקטפו 8 טונות עגבניות לדונם.\n"
    tgt = "Dans les champs d'essai, on a récolté 8 tonnes de tomates par hectare.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "he", "fr", {"D002"})] == ["D002"]


def test_hebrew_rate_per_dunam_kept(tmp_path):
    src = "בשדות הניסוי נקטפו 8 טונות עגבניות לדונם.\n"
    tgt = "Dans les champs d'essai, on a récolté 8 tonnes de tomates par dounam.\n"
    assert _found(tmp_path, src, tgt, "he", "fr", {"D001", "D002"}) == []


def test_hebrew_prefix_to_a_non_measure_is_no_rate(tmp_path):
    src = "החקלאים שלחו 8 טונות עגבניות לשוק בחיפה.\n"
    tgt = "Les agriculteurs ont envoyé 8 tonnes de tomates au marché de Haïfa, à l'hectare près.\n"
    assert _found(tmp_path, src, tgt, "he", "fr", {"D002"}) == []


# -- a thousand alone -----------------------------------------------------------------------

def test_persian_thousand_alone_answers_tausend(tmp_path):
    src = "به ازای هر هزار نفر تنها یک پزشک وجود دارد.\n"
    tgt = "Auf tausend Einwohner kommt nur ein Arzt.\n"
    assert _found(tmp_path, src, tgt, "fa", "de", {"D001"}) == []


def test_persian_thousand_is_no_other_number(tmp_path):
    src = "به ازای هر هزار نفر تنها یک پزشک وجود دارد.\n"
    tgt = "Auf hundert Einwohner kommt nur ein Arzt.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "fa", "de", {"D001"})] == ["D001"]


def test_thousand_words_still_multiply():
    for lang, text, value in (("fa", "سه هزار نفر", 3000.0), ("hi", "तीन हज़ार लोग", 3000.0)):
        assert [sorted(x.values) for x in _read(text, lang)] == [[value]], text
    for lang, text in (("fa", "هر هزار نفر"), ("hi", "हर हज़ार लोग"), ("bn", "প্রতি হাজার জন")):
        nums = _read(text, lang)
        assert [(sorted(x.values), x.soft) for x in nums] == [([1000.0], True)], text


# -- storeys ----------------------------------------------------------------------------------

def test_russian_storey_noun_answers_its_number(tmp_path):
    src = "Жильцов девятиэтажки эвакуировали ночью.\n"
    tgt = "Residents of the nine-storey block were evacuated overnight.\n"
    assert _found(tmp_path, src, tgt, "ru", "en", {"D001"}) == []


def test_storey_nouns_read_soft():
    for lang, text, v in (("ru", "ряд пятиэтажек", 5.0), ("ru", "в двухэтажке", 2.0),
                          ("uk", "дах дев'ятиповерхівки", 9.0)):
        assert [(sorted(x.values), x.soft) for x in _read(text, lang)] == [([v], True)], text


def test_russian_floor_word_alone_is_no_number():
    assert _read("на этаже и в этажерке", "ru") == []


# -- Han numerals before counters of things --------------------------------------------------

def test_chinese_hundred_before_a_counter_answers_100(tmp_path):
    src = "这种蝴蝶在野外只剩下不到千只。\n"
    tgt = "Fewer than 1,000 of these butterflies are left in the wild.\n"
    assert _found(tmp_path, src, tgt, "zh", "en", {"D001"}) == []


def test_han_counters_read():
    for lang, text, v in (("zh", "村里种了三百棵树", 300.0), ("zh", "发生两起事故", 2.0), ("ja", "牛が百頭いる", 100.0),
                          ("zh", "确诊五例", 5.0)):
        assert [sorted(x.values) for x in _read(text, lang)] == [[v]], text


def test_han_words_are_no_counts():
    for text in ("我们一起去", "百姓的生活", "首都的百货"):
        assert _read(text, "zh") == [], text


# -- company legal forms ------------------------------------------------------------------------

def test_company_forms_are_abbreviations_everywhere():
    for lang in ("es", "fr", "de", "it", "pl", "el", "pt", "nl"):
        for w in ("Ltd.", "Co.", "Inc.", "Corp."):
            assert is_abbreviation(w, lang), (lang, w)


def test_spanish_company_name_with_ltd_is_no_stray_stop(tmp_path):
    src = "9月1日，杭州明远电子有限公司宣布了新的合作计划。\n"
    tgt = "El 1 de septiembre, Hangzhou Mingyuan Electronics Co., Ltd. anunció un nuevo plan de cooperación.\n"
    assert _found(tmp_path, src, tgt, "zh", "es", {"S012"}) == []


def test_spanish_stray_stop_still_found(tmp_path):
    src = "9月1日，杭州明远电子有限公司宣布了新的合作计划。\n"
    tgt = "El 1 de septiembre, la empresa. anunció un nuevo plan de cooperación.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "zh", "es", {"S012"})] == ["S012"]


# -- C002: an institution's name spelled out from a dense source ----------------------------

_ZH = ("市政府今天公布了新的交通计划。\n\n"
       "计划将在明年一月开始实施，预计耗资三亿元。\n\n"
       "{quote}\n\n"
       "市民可以在网上查看计划的全文。\n\n"
       "市政府表示，将在三月举行听证会。\n\n"
       "计划还包括新建两条公交线路。\n")
_EN = ("The city government today published a new transport plan.\n\n"
       "The plan will take effect next January and is expected to cost 300 million yuan.\n\n"
       "{quote}\n\n"
       "Residents can read the full text of the plan online.\n\n"
       "The city government said it would hold a hearing in March.\n\n"
       "The plan also includes two new bus routes.\n")


def _c002(tmp_path, zh, en):
    return [f.severity.name for f in _found_all(tmp_path, _ZH.format(quote=zh), _EN.format(quote=en), "zh", "en")
            if f.code == "C002"]


def _found_all(tmp_path, src, tgt, sl, tl):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return mtcheck.compare(t, source=s).findings


def test_official_with_long_institution_name_is_no_addition(tmp_path):
    zh = "省卫生健康委医政医管处处长乔明哲说，计划很重要。"
    en = ("Qiao Mingzhe, director of the Medical Administration and Hospital Management Division "
          "of the Provincial Health Commission, said the plan was important.")
    assert _c002(tmp_path, zh, en) == []


def test_added_clause_beside_a_short_name_is_still_an_addition(tmp_path):
    zh = "乔明哲说，计划很重要。"
    en = ("Qiao Mingzhe said the plan was important, adding that the previous plan had failed because "
          "nobody had paid for it and the council had cancelled most of the routes within a year.")
    assert _c002(tmp_path, zh, en) != []
