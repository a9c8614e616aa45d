"""D001 (session 34): clock hours said with the word for the hour (18时, 午後6時, 오후 6시,
6 बजे), match minutes counted from the half (後半13分), rates in tenths (3割, 4割2分1厘, 3할,
四成) and Chinese/Japanese numbers in characters (三十年, 第三季度).  Sentences written for
mtcheck."""

from __future__ import annotations

import pytest

import mtcheck


def d001(src, tgt, sl, tl):
    return [(f.severity.label, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]


@pytest.mark.parametrize("src,ok,bad,sl,tl", [
    ("截至14日18时，已有5人死亡。", "14日午後6時までに5人が死亡した。", "14日午前6時までに5人が死亡した。", "zh", "ja"),
    ("截至25日20时，降雨量达到469毫米。", "As of 8 p.m. on the 25th, rainfall reached 469 millimeters.",
     "As of 9 p.m. on the 25th, rainfall reached 469 millimeters.", "zh", "en"),
    ("열차는 오후 6시에 출발한다.", "The train leaves at 6 p.m.", "The train leaves at 6 a.m.", "ko", "en"),
    ("会议于下午3时开始。", "The meeting began at 3 p.m.", "The meeting began at 3 a.m.", "zh", "en"),
    ("रॉकेट ने सुबह 6 बजकर 22 मिनट पर उड़ान भरी।", "The rocket lifted off at 6:22 am.",
     "The rocket lifted off at 6:22 pm.", "hi", "en"),
    ("रॉकेट शाम 6 बजे उड़ान भरेगा।", "The rocket will lift off at 6 pm.", "The rocket will lift off at 6 am.", "hi", "en"),
    ("ٹرین شام 6 بجے روانہ ہوگی۔", "The train leaves at 6 pm.", "The train leaves at 6 am.", "ur", "en"),
])
def test_a_whole_hour_with_the_word_for_the_hour_is_a_time_of_day(src, ok, bad, sl, tl):
    assert d001(src, ok, sl, tl) == []
    assert [sev for sev, _m in d001(src, bad, sl, tl)] == ["critical"]


def test_a_duration_in_hours_is_no_time_of_day():
    assert d001("The flight took 6 hours.", "飞行耗时6小时。", "en", "zh") == []
    assert d001("The flight took 6 hours.", "飛行には6時間かかった。", "en", "ja") == []
    assert [s for s, _m in d001("The flight took 6 hours.", "飞行耗时8小时。", "en", "zh")] == ["critical"]


@pytest.mark.parametrize("tgt,tl", [
    ("リバプールは後半13分に再びリードを奪った。", "ja"),
    ("리버풀은 후반 13분에 다시 앞서 나갔다.", "ko"),
    ("利物浦在下半场第13分钟再次领先。", "zh"),
])
def test_a_minute_counted_from_the_half(tgt, tl):
    src = "Liverpool restored their lead in the 58th minute."
    assert d001(src, tgt, "en", tl) == []
    assert [s for s, _m in d001(src.replace("58th", "59th"), tgt, "en", tl)] == ["critical"]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Sales rose 30% last year.", "昨年の売上は3割増えた。", "en", "ja"),
    ("타율 0.421을 기록했다.", "打率4割2分1厘を記録した。", "ko", "ja"),
    ("He batted 0.321 this season.", "그는 이번 시즌 타율 3할 2푼 1리를 기록했다.", "en", "ko"),
    ("同部門は全体の約4割を占めた。", "该部门约占总额的四成。", "ja", "zh"),
    ("Sales were up 30%.", "销售额增长3成。", "en", "zh"),
])
def test_a_rate_in_tenths(src, tgt, sl, tl):
    assert d001(src, tgt, sl, tl) == []
    wrong = src.replace("30%", "40%").replace("0.421", "0.521").replace("0.321", "0.421").replace("4割", "5割")
    # (四成 in characters is soft: it answers a figure, and an unanswered one is minor)
    assert [s for s, _m in d001(wrong, tgt, sl, tl)] == ["minor" if "四成" in tgt else "critical"]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("该片讲述了一名摆渡人坚守三十年的故事。", "이 영화는 30년 동안 일한 뱃사공의 이야기를 그린다.", "zh", "ko"),
    ("SK하이닉스는 올해 3분기 매출이 늘었다고 밝혔다.", "SK海力士宣布，今年第三季度销售额增长。", "ko", "zh"),
    ("未来一周内可能发生余震。", "今後1週間以内に余震が起きる可能性がある。", "zh", "ja"),
])
def test_numbers_in_characters_answer_figures(src, tgt, sl, tl):
    assert d001(src, tgt, sl, tl) == []


def test_a_character_one_is_no_number_by_itself():
    # 一家公司 (a company), 统一 (uniform), 一起 (together): no figure the translation lacks
    assert d001("一家公司宣布统一价格将一起实施。", "A company announced that uniform prices would apply together.",
                "zh", "en") == []
    assert d001("A company announced new prices.", "一家公司宣布了新价格。", "en", "zh") == []
