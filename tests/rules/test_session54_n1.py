"""Session 54 (n1): N003 took source words that are no names for names the translation lost.

* a Polish (Czech, Slovak) present active participle used as a noun, opening a sentence
  in a form the word list lacks (Zamawiającemu ~ zamawiający, zamawiającego);
* a frequent word opening a sentence that meets a lexicon place only once both their
  accents are folded away (Croatian/Serbian "Više", more ~ Visé);
* a Swedish, Danish, Norwegian or Dutch compound's first part before a conjunction and the
  lower-case compound that supplies its head (Mark- och miljödomstolen);
* a federation's name before the title of its office or court, rendered by the word for
  "federal" (U.S. District Judge ~ judecător federal, Bundesrichter:
  data/names/federal_words.txt);
* a Cyrillic compass word and place adjective joined by a hyphen, rendered by the compass
  point and the place (Западно-Сибирском ~ West Siberian, westsibirischen);
* a title the name finder took in with the person after it, translated while the person is
  kept (Reeve Martha Olynyk ~ マーサ・オリニク町長: data/names/title_words.txt).

Each has a guard: the real name still reported when it is gone.
"""
from __future__ import annotations

import mtcheck


def n003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl)
            if not f.suppressed and f.code == "N003"]


# -- active participle opening a sentence ---------------------------------------------

PL_PARTICIPLE = "Zamawiającemu zależy na szybkim terminie dostawy."


def test_participle_opening_pl_en():
    assert n003(PL_PARTICIPLE, "The client cares about a quick delivery date.", "pl", "en") == []


def test_participle_opening_pl_de():
    assert n003(PL_PARTICIPLE, "Dem Auftraggeber liegt an einem schnellen Liefertermin.", "pl", "de") == []


def test_participle_opening_other_verb_pl_en():
    assert n003("Wynajmującemu nie wolno podnosić czynszu bez zgody.",
                "The landlord may not raise the rent without consent.", "pl", "en") == []


def test_participle_guard_surname_still_missing():
    assert n003("Wiśniewskiemu przyznano w piątek nagrodę miasta.",
                "On Friday the city prize was awarded.", "pl", "en")


# -- accents of both folded away ---------------------------------------------------------

def test_accent_clash_opening_hr_en():
    assert n003("Više nećemo čekati na odluku vlade.",
                "We will no longer wait for the government's decision.", "hr", "en") == []


def test_accent_clash_opening_sr_de():
    assert n003("Više ne želimo da čekamo na odluku.",
                "Wir wollen nicht mehr auf die Entscheidung warten.", "sr", "de") == []


def test_accent_clash_guard_place_as_written():
    assert n003("Visé je mali grad u Belgiji.", "It is a small town in Belgium.", "hr", "en")


# -- suspended compound part ----------------------------------------------------------------

SV_COURT = "Ärendet går nu vidare till Mark- och miljödomstolen i Växjö."


def test_suspended_part_sv_en():
    assert n003(SV_COURT, "The case now goes to the Land and Environment Court in Växjö.", "sv", "en") == []


def test_suspended_part_sv_de():
    assert n003(SV_COURT, "Der Fall geht nun an das Land- und Umweltgericht in Växjö.", "sv", "de") == []


def test_suspended_part_guard_person_with_och():
    assert n003("Hon ringde till Mark och Anna i går.", "She called Anna yesterday.", "sv", "en")


# -- federation before its office ------------------------------------------------------------

US_JUDGE = "A U.S. District Judge in Boston blocked the rule on Monday."


def test_federal_office_en_ro():
    assert n003(US_JUDGE, "Un judecător federal din Boston a blocat regula luni.", "en", "ro") == []


def test_federal_office_en_de():
    assert n003(US_JUDGE, "Ein Bundesrichter in Boston hat die Regel am Montag blockiert.", "en", "de") == []


def test_federal_office_guard_no_federal_word():
    assert n003(US_JUDGE, "Ein Richter in Boston hat die Regel am Montag blockiert.", "en", "de")


def test_federal_office_guard_country_not_before_office():
    assert n003("In the U.S. the rule was blocked by a federal judge in Boston.",
                "Regula a fost blocată de un judecător federal din Boston.", "en", "ro")


# -- Cyrillic compass compound ----------------------------------------------------------------

RU_SNOW = "Снег выпал в Западно-Сибирском регионе в понедельник."


def test_compass_compound_ru_en():
    assert n003(RU_SNOW, "Snow fell in the West Siberian region on Monday.", "ru", "en") == []


def test_compass_compound_ru_de():
    assert n003(RU_SNOW, "Schnee fiel am Montag in der westsibirischen Region.", "ru", "de") == []


def test_compass_compound_guard_dropped():
    assert n003(RU_SNOW, "Snow fell in the region on Monday.", "ru", "en")


# -- title before a kept person -------------------------------------------------------------------

REEVE = "Reeve Martha Olynyk opened the new arena on Saturday."


def test_title_before_person_en_ko():
    assert n003(REEVE, "마사 올리닉 구청장은 토요일 새 경기장을 개장했다.", "en", "ko") == []


def test_title_before_person_en_ja():
    assert n003(REEVE, "マーサ・オリニク町長は土曜日、新しいアリーナを開業した。", "en", "ja") == []


def test_title_before_person_en_ru():
    assert n003(REEVE, "Глава округа Марта Олиник в субботу открыла новую арену.", "en", "ru") == []


def test_title_guard_person_dropped():
    assert n003(REEVE, "구청장은 토요일 새 경기장을 개장했다.", "en", "ko")
    assert n003(REEVE, "Die Gemeindevorsteherin eröffnete am Samstag die neue Arena.", "en", "de")
