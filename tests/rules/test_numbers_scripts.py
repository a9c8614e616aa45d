"""D001 (session 34): borrowed scale words in Urdu, Hindi and Bengali (ملین, मिलियन), a
figure after an Arabic prefix with a tatweel (بـ11.9 مليون) and an en dash as a minus sign
(līdz –12 grādiem).  Sentences written for mtcheck."""

from __future__ import annotations

import pytest

import mtcheck


def d001(src, tgt, sl, tl):
    return [(f.severity.label, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]


@pytest.mark.parametrize("src,tgt,bad,sl,tl", [
    ("شہر کی یومیہ طلب 1,200 ملین گیلن ہے۔", "The daily demand is 1,200 million gallons.",
     "The daily demand is 1,200 gallons.", "ur", "en"),
    ("मांग 5 मिलियन टन है।", "Demand is 5 million tonnes.", "Demand is 5 tonnes.", "hi", "en"),
    ("ارزش آن ۱۲ تریلیون تومان است.", "It is worth 12 trillion tomans.", "It is worth 12 billion tomans.", "fa", "en"),
    ("India remained top with 11.9 million passengers.", "وحافظت الهند على الصدارة بـ11.9 مليون مسافر.",
     "وحافظت الهند على الصدارة بـ11.9 ألف مسافر.", "en", "ar"),
])
def test_scale_words(src, tgt, bad, sl, tl):
    assert d001(src, tgt, sl, tl) == []
    assert [s for s, _m in d001(src, bad, sl, tl)] == ["critical"]


def test_an_en_dash_before_a_figure_is_a_minus_sign():
    src = "Laika prognozes solīja līdz –12 grādiem."
    assert d001(src, "Temperatures as low as −12 degrees were forecast.", "lv", "en") == []
    assert [s for s, _m in d001(src, "Temperatures as low as 12 degrees were forecast.", "lv", "en")] == ["minor"]
    # a range keeps its dash: no sign gained or lost
    assert d001("Die Preise stiegen um 5–10 Prozent.", "Prices rose 5-10 percent.", "de", "en") == []
    assert d001("Es kamen 10 –12 Leute.", "10 to 12 people came.", "de", "en") == []


def test_estonian_scale_words_in_their_cases():
    src = "Reisijate arv kasvas mullu 5,3 protsenti 8,9 miljonini."
    assert d001(src, "The number of passengers rose by 5.3 percent last year to 8.9 million.", "et", "en") == []
    assert [s for s, _m in d001(src, "The number of passengers rose by 5.3 percent to 9.8 million.", "et", "en")] \
        == ["critical"]


@pytest.mark.parametrize("src,ok,bad,tl", [
    # a unit glued to its figure and to the particle after it, converted
    ("He scored from 20 yards.", "彼は約18メートルの位置から決めた。", "彼は約25メートルの位置から決めた。", "ja"),
    ("The fish weighed 10 pounds.", "물고기 무게는 4.5킬로그램이었다.", "물고기 무게는 6킬로그램이었다.", "ko"),
    ("The road is 12 miles long.", "这条路长19公里。", "这条路长25公里。", "zh"),
])
def test_cjk_units_glued_to_the_figure_convert(src, ok, bad, tl):
    assert d001(src, ok, "en", tl) == []
    assert [s for s, _m in d001(src, bad, "en", tl)] == ["critical"]


def test_a_cjk_unit_of_the_same_figure_is_another_unit():
    fs = [f.code for f in mtcheck.check_pair("The fish weighed 10 pounds.", "물고기 무게는 10킬로그램이었다.", "en", "ko")]
    assert "D002" in fs


def test_about_so_many_in_words():
    # French une soixantaine, Italian una ventina: about 60, about 20 (soft, as "about")
    src = "A woman in her 60s and a man in his 40s died at the scene."
    ok = "Une femme d'une soixantaine d'années et un homme d'une quarantaine d'années sont morts sur place."
    assert d001(src, ok, "en", "fr") == []
    assert d001("About 20 people attended.", "Una ventina di persone hanno partecipato.", "en", "it") == []
    assert d001(src, ok.replace("soixantaine", "cinquantaine"), "en", "fr") != []
