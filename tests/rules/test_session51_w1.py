"""Session 51 (s50/s51 batches), group w1: native Chinese and Japanese names read back.

A Chinese source's own names are read as toneless Pinyin (pypinyin), a Japanese source's
as Hepburn romaji (pykakasi), so that a Latin-script translation's romanised name can be
compared with them (``mtcheck/rules/_han_readback.py``).  N004: a place named before its
suffix (县, 区, 市 ...; 町, 市 ...) left unrendered while the sentence has a word shaped
like a romanised name the source never reads as (major out of Chinese, minor out of
Japanese).  N001: a word one letter from how a run of the source sentence reads (minor).
Foreign names transcribed in Chinese characters or katakana, and names rendered right,
raise nothing; without the packages the rules behave as before."""
import pytest

import mtcheck

pytest.importorskip("pypinyin")
pytest.importorskip("pykakasi")


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev]


ZH_PLACE = "这家工厂位于昌平区，雇用了三百名工人。"
JA_PLACE = "富良野市の農家は、今週も雨を待っている。"


# N004: a native place swapped for another
def test_zh_district_swapped_en():
    assert _codes(ZH_PLACE, "The factory is in Shunyi District and employs 300 workers.", "zh", "en", "N004", 2)


def test_zh_district_swapped_es():
    assert _codes(ZH_PLACE, "La fábrica está en el distrito de Shunyi y emplea a 300 obreros.", "zh", "es", "N004")


def test_ja_city_swapped_de():
    assert _codes(JA_PLACE, "Die Bauern in Nayoro warten auch diese Woche auf Regen.", "ja", "de", "N004")


def test_ja_city_swapped_en():
    assert _codes(JA_PLACE, "Farmers in Nayoro are still waiting for rain this week.", "ja", "en", "N004")


def test_zh_district_kept():
    assert not _codes(ZH_PLACE, "The factory is in Changping District and employs 300 workers.", "zh", "en", "N004")
    assert not _codes(ZH_PLACE, "The factory is in Changping District and employs 300 workers.", "zh", "en", "N001")


def test_ja_city_kept():
    assert not _codes(JA_PLACE, "Farmers in Furano are still waiting for rain this week.", "ja", "en", "N004")
    assert not _codes(JA_PLACE, "Die Bauern in Furano warten auch diese Woche auf Regen.", "ja", "de", "N001")


# N001: a native name misspelt
ZH_PERSON = "记者李晓明说，比赛将在周六举行。"
JA_PERSON = "石川恵子さんは、新しい工場を案内した。"


def test_zh_given_name_misspelt_fr():
    assert _codes(ZH_PERSON, "Le journaliste Li Xiaoning a déclaré que le match aurait lieu samedi.", "zh", "fr", "N001")


def test_zh_given_name_misspelt_en():
    assert _codes(ZH_PERSON, "Reporter Li Xiaomign said the match would be held on Saturday.", "zh", "en", "N001")


def test_ja_surname_misspelt_en():
    assert _codes(JA_PERSON, "Keiko Ishikwa showed visitors around the new factory.", "ja", "en", "N001")


def test_ja_surname_misspelt_es():
    assert _codes(JA_PERSON, "Keiko Ichikawa mostró la nueva fábrica a los visitantes.", "ja", "es", "N001")


def test_names_rendered_right():
    assert not _codes(ZH_PERSON, "Reporter Li Xiaoming said the match would be held on Saturday.", "zh", "en", "N001")
    assert not _codes(JA_PERSON, "Keiko Ishikawa showed visitors around the new factory.", "ja", "en", "N001")
    # Wade-Giles and Hepburn long vowels are other romanisations, no slip
    assert not _codes("台北市政府周一宣布了新计划。", "The Taipei city government announced a new plan on Monday.",
                      "zh", "en", "N001")
    assert not _codes("東京都は新しい計画を発表した。", "The Tōkyō metropolitan government announced a new plan.",
                      "ja", "en", "N001")


def test_foreign_names_transcribed_raise_nothing():
    for src, tgt, sl in (("特朗普在纽约发表讲话，谈到了肯尼亚。", "Trump spoke in New York about Kenya.", "zh"),
                         ("ジョンソン氏はロンドンで演説した。", "Johnson gave a speech in London.", "ja")):
        assert not _codes(src, tgt, sl, "en", "N004")
        assert not _codes(src, tgt, sl, "en", "N001")


def test_without_packages_nothing(monkeypatch):
    from mtcheck.rules import _han_readback
    monkeypatch.setattr(_han_readback, "available", lambda lang: False)
    assert not _codes(ZH_PLACE, "The factory is in Shunyi District and employs 300 workers.", "zh", "en", "N004")
    assert not _codes(JA_PERSON, "Keiko Ishikwa showed visitors around the new factory.", "ja", "en", "N001")
