"""Session 47 (r1): Latin-script names in a Chinese translation, read back from the
characters Chinese transcribes foreign names with (data/names/translit.zh.tsv,
rules/_zh_translit.py; written for mtcheck).

1. N003: a source name transcribed into Chinese (Helen Brandt ~ 海伦·布兰特, Kesselbach
   ~ 凯塞尔巴赫) is found: no "script mtcheck does not read back" minor;
2. N004: a source name missing where the sentence has a transcribed name in its slot
   that reads as no name of the source (Lake Marlow ~ 布兰森湖, a person's surname after
   the given name and ·) is another name: major.
"""

from __future__ import annotations

import mtcheck


def names(src, tgt, sl, tl, *prefixes):
    return [(f.code, f.severity, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefixes or ("N",)) and not f.suppressed]


def _major(found, code):
    return [f for f in found if f[0] == code and f[1] >= mtcheck.Severity.MAJOR]


# 1. transcribed names found

def test_transcribed_names_found_en_zh():
    src = "Mayor Helen Brandt opened the new bridge in Springfield on Monday."
    assert names(src, "市长海伦·布兰特周一在斯普林菲尔德为新桥揭幕。", "en", "zh") == []
    # a name really left out is still reported
    assert names(src, "市长海伦·布兰特周一为新桥揭幕。", "en", "zh", "N003")


def test_transcribed_names_found_de_zh():
    src = "Am Montag eröffnete Karin Albers die neue Brücke in Kesselbach."
    assert names(src, "周一，卡琳·阿尔贝斯在凯塞尔巴赫为新桥揭幕。", "de", "zh") == []
    assert names(src, "周一，新桥揭幕。", "de", "zh", "N003")


def test_transcribed_names_found_fr_zh():
    src = "Le maire Jacques Morel a inauguré lundi le pont de Villeneuve."
    assert names(src, "市长雅克·莫雷尔周一为维尔纳夫的大桥揭幕。", "fr", "zh") == []


# 2. another transcribed name in the slot

def test_lake_replaced_en_zh():
    src = "Anglers returned to Lake Marlow after the storm, the county said."
    assert names(src, "县政府表示，暴风雨过后，垂钓者回到了马洛湖。", "en", "zh") == []
    assert _major(names(src, "县政府表示，暴风雨过后，垂钓者回到了布兰森湖。", "en", "zh"), "N004")


def test_person_replaced_de_zh():
    src = "Am Montag eröffnete Karin Albers die neue Brücke in Kesselbach."
    assert names(src, "周一，卡琳·阿尔贝斯在凯塞尔巴赫为新桥揭幕。", "de", "zh") == []
    assert _major(names(src, "周一，卡琳·霍夫曼在凯塞尔巴赫为新桥揭幕。", "de", "zh"), "N004")


def test_person_replaced_fr_zh():
    src = "Le maire Jacques Morel a inauguré lundi le nouveau pont."
    assert names(src, "市长雅克·莫雷尔周一为新桥揭幕。", "fr", "zh") == []
    assert _major(names(src, "市长雅克·杜邦周一为新桥揭幕。", "fr", "zh"), "N004")
