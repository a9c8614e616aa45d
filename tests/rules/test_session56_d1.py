"""Session 56 (d1): number and spelling false alarms on correct translations.

* D001: a sign of "some, odd" between a figure and its glued myriad sign (Chinese 20多万,
  30余万; Japanese 20数万; Korean 20여만) is "more than 200,000": the figure still counts
  myriads (it was read as 20);
* D001: more second parts of Slavic number compounds (Polish sześciolokalowy, Czech
  šestibytový, Russian шестиквартирный: "six-unit"), so the number glued at the front
  matches the source's;
* S012: the "to"/"or" of a suspended compound in languages that write it with their own
  word (Polish dwu- do trzydniowy, Czech dvou- až čtyřtýdenní);
* S006: a capitalised word that romanises characters of a Chinese or Japanese version
  (Meiting for 美婷, Lijie for 丽洁); a Slavic word that is a one-letter prefix on another
  word (Ukrainian вдаю, стендери); an English plural of a listed rare word that is no
  slip itself (ratoons ~ ratoon).
"""
from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, prefix):
    return [(f.code, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


# -- D001: a figure, "some", a myriad sign -----------------------------------------------

def test_zh_duo_wan_is_myriads():
    assert codes("今年游客达到30余万人次。", "Visitors this year exceeded 300,000.", "zh", "en", "D001") == []


def test_ko_yeo_man_is_myriads():
    assert codes("올해 관광객은 20여만 명에 달했다.", "Visitors this year numbered more than 200,000.",
                 "ko", "en", "D001") == []


def test_ja_suu_man_is_myriads():
    assert codes("今年の来場者は20数万人に上った。", "This year more than 200,000 people visited.",
                 "ja", "en", "D001") == []


def test_zh_duo_wan_changed_still_reported():
    got = codes("今年游客达到30余万人次。", "Visitors this year exceeded 30,000.", "zh", "en", "D001")
    assert [c for c, _ in got] == ["D001"]


# -- D001: Slavic number compounds -------------------------------------------------------

def test_pl_six_unit_compound():
    assert codes("They live in a six-unit building next to the school.",
                 "Mieszkają w sześciolokalowym budynku obok szkoły.", "en", "pl", "D001") == []


def test_cs_six_unit_compound():
    assert codes("They live in a six-unit house.", "Bydlí v šestibytovém domě.", "en", "cs", "D001") == []


def test_ru_six_unit_compound():
    assert codes("They live in a six-unit building.", "Они живут в шестиквартирном доме.", "en", "ru", "D001") == []


def test_cs_changed_compound_number_still_reported():
    assert [c for c, _ in codes("They live in a six-unit house.", "Bydlí v sedmibytovém domě.",
                                "en", "cs", "D001")] == ["D001"]


# -- S012: suspended compounds with the language's own "to", "or" ------------------------

def test_pl_suspended_compound_with_do():
    assert codes("Nurses work two- to four-week shifts.",
                 "Pielęgniarki pracują na dwu- do czterotygodniowe zmiany.", "en", "pl", "S012") == []


def test_cs_suspended_compound_with_az():
    assert codes("Nurses work two- to four-week shifts.",
                 "Sestry pracují na dvou- až čtyřtýdenní směny.", "en", "cs", "S012") == []


def test_uk_suspended_compound_with_abo():
    assert codes("Nurses work two- or three-day shifts.",
                 "Медсестри працюють дво- або триденними змінами.", "en", "uk", "S012") == []


def test_pl_loose_hyphen_before_a_common_phrase_still_reported():
    assert [c for c, _ in codes("He went home yesterday.", "Poszedł- do domu wczoraj.", "en", "pl", "S012")] == ["S012"]


# -- S006: romanised Chinese names ------------------------------------------------------

def test_zh_en_pinyin_given_name():
    assert codes("研究员王美婷说，今年的产量比去年高。",
                 "Researcher Wang Meiting said this year's output is higher than last year's.",
                 "zh", "en", "S006") == []


def test_zh_de_pinyin_given_name():
    assert codes("研究员王丽洁说，今年的产量比去年高。",
                 "Die Forscherin Wang Lijie sagte, die Ernte sei höher als im Vorjahr.",
                 "zh", "de", "S006") == []


def test_zh_en_misspelt_name_or_word_still_reported():
    # Meting reads as no characters of the source; a lower-case slip is judged as before
    assert [c for c, _ in codes("研究员王美婷说，今年的产量比去年高。",
                                "Researcher Wang Meting said this year's output is higher than last year's.",
                                "zh", "en", "S006")] == ["S006"]
    assert [c for c, _ in codes("研究员王美婷说，董事会会议推迟了。",
                                "Researcher Wang Meiting said the meting of the board was delayed.",
                                "zh", "en", "S006")] == ["S006"]


# -- S006: Slavic one-letter prefixes ---------------------------------------------------

def test_en_uk_prefixed_word():
    assert codes("Two loading arms transfer fuel to ships.", "Два стендери перекачують пальне на судна.",
                 "en", "uk", "S006") == []


def test_de_uk_prefixed_verb():
    assert codes("Ich tue so, als würde ich es nicht bemerken.", "Я вдаю, що не помічаю цього.",
                 "de", "uk", "S006") == []


def test_uk_slip_inside_a_word_still_reported():
    assert [c for c, _ in codes("The company won the tenders.", "Компанія виграла тенедри.",
                                "en", "uk", "S006")] == ["S006"]


# -- S006: English plurals of listed rare words -----------------------------------------

def test_zh_en_plural_of_rare_word():
    assert codes("一些种植户反映，甘蔗收割机作业后宿根受损。",
                 "Some growers say the ratoons are damaged after harvest.", "zh", "en", "S006") == []


def test_fr_en_plural_of_rare_word():
    assert codes("Les repousses de canne ont été endommagées.", "The cane ratoons were damaged.",
                 "fr", "en", "S006") == []


def test_plural_of_a_slip_still_reported():
    assert [c for c, _ in codes("Die Regierung hat neue Maßnahmen angekündigt.",
                                "The govenments announced new measures.", "de", "en", "S006")] == ["S006"]
