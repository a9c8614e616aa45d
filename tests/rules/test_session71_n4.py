"""Session 71 (n4): N004 false alarms on names read back from another script.

* Indic read-back: Bengali's ja is z too (loans and names: Bengali has no nukta), as a
  Devanagari ja with its nukta is (the folding drops it: a market word after a place,
  X Bazar), and Bengali's ba after a virama (the ba-phala) is w or v (Swapan,
  Swarnakar), not b: the surname read back, no other person's in the slot (bn-en,
  hi-en).
* Arabic places' generic words that are no given name or title (Bab, Souk, Wadi, Burj)
  open a place's name with the article after them or not (Bab Rih, Bab Souk): no
  given name before a surname (ar-en, ar-es).
* Chinese: a title glued after a transcribed name whose first character transcribes
  a sound too (博士 doctor, 夫人 Mrs) is split off before the name is read back, and a
  run that reads exactly as a word of the lost name too short to count read near
  (Anna ~ 安娜) is that word, no stand-in (en-zh, de-zh).

Examples invented."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules import _text as T
from mtcheck.rules import _zh_translit as Z


def n004(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    out = []
    for f in mtcheck.check_pair(src, tgt, sl, tl):
        if f.code == "N004" and not f.suppressed:
            out.append((tgt[slice(*(f.text_span or f.span))], f.severity.label))
    return out


# --- Indic read-back ---------------------------------------------------------------

BN_PERSON = "সমিতির সভাপতি নির্মল স্বর্ণকার জানান, মেলা চলবে পাঁচ দিন।"
BN_PERSON_EN = "Nirmal {}, the association's president, said the fair would run for five days."
BN_FAIR = "শুক্রবার শিমুলতলী বাজার এলাকায় মেলা বসে।"
BN_FAIR_EN = "The fair was held in the Shimultali {} area on Friday."
BN_CLUB = "ক্লাবের সম্পাদক স্বপন দত্ত জানান, খেলা হবে শুক্রবার।"
BN_CLUB_EN = "Club secretary Swapan {} said the match would be played on Friday."
HI_FIRE = "आग ढोलपुरी बाज़ार की एक दुकान में लगी।"
HI_CHAIR = "नगर परिषद के अध्यक्ष नरेश जोशी ने कहा कि बाजार कल खुलेगा।"
HI_CHAIR_EN = "Municipal council chairman Naresh {} said the market would open tomorrow."


def test_indic_readings():
    assert T.present_in_other_script("Swarnakar", "স্বর্ণকার")
    assert T.present_in_other_script("Swapan", "স্বপন")
    assert T.present_in_other_script("Bazar", "বাজার")
    assert T.present_in_other_script("Bazaar", "बाज़ार")
    assert not T.present_in_other_script("Bazaar", "बाजार")  # (unmarked, Devanagari's ja is j)
    assert T.present_in_other_script("Nazrul", "নজরুল")
    assert T.present_in_other_script("Joshi", "जोशी")  # (j still j)
    assert not T.present_in_other_script("Talukdar", "স্বর্ণকার")
    assert not T.present_in_other_script("Zaveri", "जोशी")


@pytest.mark.parametrize("src,tgt,sl", [
    (BN_PERSON, BN_PERSON_EN.format("Swarnakar"), "bn"),
    (BN_FAIR, BN_FAIR_EN.format("Bazar"), "bn"),
    (BN_CLUB, BN_CLUB_EN.format("Dutta"), "bn"),
    (HI_FIRE, "The fire broke out in a shop in Dholpuri Bazar.", "hi"),
    (HI_CHAIR, HI_CHAIR_EN.format("Joshi"), "hi"),
])
def test_indic_surname_read_back_no_swap(src, tgt, sl):
    assert n004(src, tgt, sl, "en") == []


@pytest.mark.parametrize("src,tgt,sl,word", [
    (BN_PERSON, BN_PERSON_EN.format("Talukdar"), "bn", "Talukdar"),
    (BN_FAIR, BN_FAIR_EN.format("Talukdar"), "bn", "Talukdar"),
    (BN_CLUB, BN_CLUB_EN.format("Lahiri"), "bn", "Lahiri"),
    (HI_CHAIR, HI_CHAIR_EN.format("Zaveri"), "hi", "Zaveri"),
    (HI_CHAIR, HI_CHAIR_EN.format("Khanna"), "hi", "Khanna"),
])
def test_indic_surname_swapped_still_found(src, tgt, sl, word):
    found = n004(src, tgt, sl, "en")
    assert found and all(t == word and sev == "major" for t, sev in found)


# --- Arabic places' generic words --------------------------------------------------

AR_GATES = "ويضم السور أربعة أبواب، أشهرها باب الريح وباب {}."
AR_PERSON = "قال المهندس سالم الحارثي إن الأشغال ستنتهي في الصيف."


@pytest.mark.parametrize("src,tgt,tl", [
    (AR_GATES.format("السوق"), "The wall has four gates, among them Bab Rih and Bab Souk.", "en"),
    (AR_GATES.format("الفخارين"), "The wall has four gates, among them Bab Rih and Bab Fekharine.", "en"),
    (AR_GATES.format("السوق"), "La muralla tiene cuatro puertas, entre ellas Bab Rih y Bab Souk.", "es"),
    (AR_GATES.format("السوق"), "La muraille compte quatre portes, dont Bab Rih et Bab Souk.", "fr"),
])
def test_arabic_place_generic_is_no_given_name(src, tgt, tl):
    assert n004(src, tgt, "ar", tl) == []


@pytest.mark.parametrize("tgt,tl", [
    ("Engineer Salim Mahrouqi said the works would end in the summer.", "en"),
    ("El ingeniero Salim al-Mahrouqi dijo que las obras terminarán en verano.", "es"),
])
def test_arabic_person_swap_still_found(tgt, tl):
    assert n004(AR_PERSON, tgt, "ar", tl) == [("Mahrouqi", "major")]


def test_hebrew_given_name_shaped_like_a_generic_still_a_person():
    # (Tal is a Hebrew given name as well as an Arabic place word: still a person here)
    src = "אמרה טל כהן, מנהלת בית הספר, כי הלימודים יתחדשו ביום ראשון."
    assert n004(src, "Tal Levi, the school's principal, said classes would resume on Sunday.",
                "he", "en") == [("Levi", "major")]


# --- Chinese: a title glued after the name -----------------------------------------

EN_DR = "Dr Helen Amara, an ecologist at Colton Fernley University, said the pond had recovered."
DE_DR = "Dr. Helen Amara, Ökologin an der Colton-Fernley-Universität, sagte, der Teich habe sich erholt."
ZH_DR = "科尔顿·弗恩利大学生态学家海伦·{}博士表示，池塘已经恢复。"
EN_MRS = "Mrs Helen Rook, who ran the Milton Fernley shop for forty years, said she would miss it."
ZH_MRS = "经营米尔顿·弗恩利商店四十年的海伦·{}夫人说，她会想念这里。"


def test_title_split_off_the_run():
    text = ZH_DR.format("阿马拉")
    assert [text[a:b] for a, b in Z._runs(text)][-1] == "阿马拉"
    text = ZH_MRS.format("鲁克")
    assert [text[a:b] for a, b in Z._runs(text)][-1] == "鲁克"
    assert [x for a, b in Z._runs("罗伯特·博伊尔说") for x in ["罗伯特·博伊尔说"[a:b]]] == ["罗伯特", "博伊尔"]


@pytest.mark.parametrize("src,tgt,sl", [
    (EN_DR, ZH_DR.format("阿马拉"), "en"),
    (DE_DR, ZH_DR.format("阿马拉"), "de"),
    (EN_MRS, ZH_MRS.format("鲁克"), "en"),
])
def test_chinese_titled_name_no_swap(src, tgt, sl):
    assert n004(src, tgt, sl, "zh") == []


@pytest.mark.parametrize("src,tgt,sl,stand_in", [
    (EN_DR, ZH_DR.format("汉普森"), "en", "汉普森"),
    (DE_DR, ZH_DR.format("汉普森"), "de", "汉普森"),
    (EN_MRS, ZH_MRS.format("赫德森"), "en", "赫德森"),
])
def test_chinese_titled_name_swap_found_without_the_title(src, tgt, sl, stand_in):
    assert n004(src, tgt, sl, "zh") == [(stand_in, "major")]


def test_chinese_short_given_name_read_exactly_is_no_stand_in():
    src = "Mrs Anna Rook, who ran the Milton Fernley shop for forty years, said she would miss it."
    assert n004(src, "经营米尔顿·弗恩利商店四十年的安娜·鲁克夫人说，她会想念这里。", "en", "zh") == []
    assert Z.zh_swap("Anna Rook", "经营米尔顿·弗恩利商店四十年的安娜·鲁克夫人说，她会想念这里。", src, "zh") is None
