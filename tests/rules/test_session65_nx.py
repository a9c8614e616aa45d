"""Session 65, helper nx: name-rule false alarms on correct translations into Swahili,
Korean and Chinese.

* into Swahili, a body's name translated word by word with connectives (Kituo cha …
  cha …): a rarer English word of the name (Zipf 3 to 3.5: Aquaculture) is looked for in
  the translation only where the name has no surer name word, and a body's head noun
  of the stop list (Chama, Kituo, Jumuiya; data/names/stop.sw.txt) is not counted among
  the translation's title words (Poultry Association ~ Jumuiya ya Wafugaji wa Kuku):
  N004 and N005 stay quiet;
  a place of the name swapped is still a swap;
* Hangul read-back hears an s between a vowel and m or n as ㅈ (an English voiced s:
  Disney ~ 디즈니);
* Chinese read-back takes a place off a compass word whose characters transcribe sounds
  too (西, 南, 东 before 部, 区 …): the run goes on through them;
* N004's Chinese stand-ins: a transcription that reads as a capitalised word of the
  whole source is that name, no stand-in (the case was folded before the capitals were
  looked for, so none ever read); a source word of two consonants is transcribed only
  by a whole run of three characters or more (a two-character ordinary word is none).
All examples are invented."""

from __future__ import annotations

from mtcheck.rules import _text as T
from mtcheck.rules import _zh_translit as Z

P = "\n\n"


def codes(findings, *which):
    return [(f.code, f.text) for f in findings if f.code in which and not f.suppressed]


# -- Swahili: a body's name translated with connectives -----------------------------------
SW_SRC = ("A new fish hatchery has opened near Kwale, officials said on Monday." + P
          + "Staff from the Mwatate Aquaculture Training Centre will run it for its first three years." + P
          + "The Shimoni Poultry Association will sell eggs at its gate." + P
          + "Officials hope the project will create jobs.\n")
SW_TGT = ("Kituo kipya cha kutotoa vifaranga vya samaki kimefunguliwa karibu na Kwale, maafisa "
          "walisema Jumatatu." + P
          + "Wafanyakazi wa Kituo cha Mafunzo ya Ufugaji wa Samaki cha Mwatate watakiendesha kwa miaka "
            "mitatu ya kwanza." + P
          + "Jumuiya ya Wafugaji wa Kuku wa Shimoni itauza mayai langoni mwake." + P
          + "Maafisa wanatumaini mradi huo utaleta ajira.\n")


def test_swahili_body_name_translated_with_connectives(article):
    assert codes(article(SW_SRC, SW_TGT, "en", "sw"), "N003", "N004", "N005") == []


def test_swahili_body_name_place_swapped_still_flagged(article):
    got = codes(article(SW_SRC, SW_TGT.replace("cha Mwatate", "cha Wundanyi"), "en", "sw"), "N004")
    assert got


def test_swahili_association_place_swapped_still_flagged(article):
    got = codes(article(SW_SRC, SW_TGT.replace("Kuku wa Shimoni", "Kuku wa Msambweni"), "en", "sw"),
                "N003", "N004", "N005")
    assert got


def test_swahili_person_added_inside_a_chain_still_flagged(article):
    tgt = SW_TGT.replace("Wafugaji wa Kuku wa Shimoni", "Wafugaji wa Kuku wa Shimoni na Halima Mwangi")
    got = codes(article(SW_SRC, tgt, "en", "sw"), "N005")
    assert any("Halima" in t for _, t in got)


def test_swahili_head_nouns_are_stop_words():
    stop = T.stopwords("sw")
    assert {"kituo", "chama", "mfuko", "jumuiya"} <= stop


# -- Korean: an English voiced s heard as ㅈ ------------------------------------------------
KO_SRC = ("Parents in Rosmead say the new cycle lane has made the school run safer." + P
          + "The council will decide next month whether to extend the lane beyond Rosmead.\n")
KO_TGT = ("로즈미드의 학부모들은 새 자전거 도로 덕분에 통학길이 더 안전해졌다고 말한다." + P
          + "시의회는 다음 달 자전거 도로를 로즈미드 너머로 연장할지 결정한다.\n")


def test_hangul_voiced_s_read_back(article):
    assert codes(article(KO_SRC, KO_TGT, "en", "ko"), "N003") == []


def test_hangul_other_place_still_not_found(article):
    assert codes(article(KO_SRC, KO_TGT.replace("로즈미드", "고스포스"), "en", "ko"), "N003")


def test_hangul_voiced_s_unit():
    assert T.present_in_hangul("Disney", "디즈니가 발표했다") is True
    assert T.present_in_hangul("Disney", "디스니가 발표했다") is True  # (the s as written still reads)
    assert T.present_in_hangul("Osmond", "오즈먼드 씨는") is True
    assert T.present_in_hangul("Osmond", "에드먼드 씨는") is False


# -- Chinese: a place before a compass word ------------------------------------------------
ZH_SRC = ("Farmers in north-east Cornwall lost much of their barley to the storm." + P
          + "Insurers expect claims to rise.\n")
ZH_TGT = "康沃尔东北部的农民在风暴中损失了大部分大麦。" + P + "保险公司预计索赔会增加。\n"


def test_han_place_before_compass_word(article):
    assert codes(article(ZH_SRC, ZH_TGT, "en", "zh"), "N003") == []


def test_han_other_place_before_compass_word_still_not_found(article):
    assert codes(article(ZH_SRC, ZH_TGT.replace("康沃尔", "德文"), "en", "zh"), "N003")


def test_han_compass_split_unit():
    assert Z.present_in_zh("Cornwall", "在康沃尔西南部", "zh")
    assert not Z.present_in_zh("Cornwall", "在德文西南部", "zh")
    # (no position word after it: the compass characters may be the name's own sounds)
    assert Z._pieces("康沃尔西南首次", (0, 5)) == [(0, 5)]


# -- Chinese stand-ins ---------------------------------------------------------------------
ST_SRC = ("Visitors from Preston crowded into the museum's new gallery." + P
          + "The show is sponsored by Kestrel, and Preston Gallery lends the paintings." + P
          + "Kestrel says the show will tour next year.\n")
ST_TGT = ("来自普雷斯顿的参观者挤满了博物馆的新展厅。" + P
          + "这次展览由一家保险公司赞助，普雷斯顿画廊出借画作。" + P
          + "凯斯特雷尔公司表示，展览明年将巡回展出。\n")


def test_zh_transcribed_source_place_is_no_stand_in(article):
    assert codes(article(ST_SRC, ST_TGT, "en", "zh"), "N004") == []


def test_zh_unread_place_is_still_a_stand_in(article):
    tgt = ST_TGT.replace("赞助，普雷斯顿", "赞助，达勒姆")
    assert [t for _, t in codes(article(ST_SRC, tgt, "en", "zh"), "N004")] == ["达勒姆"]


def test_zh_unread_runs_read_source_capitals():
    src = "The paintings came from Preston Gallery."
    assert Z.zh_unread_runs("普雷斯顿画廊出借画作。", src) == []
    assert Z.zh_unread_runs("达勒姆画廊出借画作。", src) == [(0, 3)]


def test_zh_rendering_of_a_short_word_needs_a_whole_run():
    assert Z.zh_rendering("Bass", "周末的比赛吸引了很多观众。") is None  # (比赛, "match")
    assert Z.zh_rendering("Hollis", "霍利斯表示，这座小镇的历史很长。") == "霍利斯"

