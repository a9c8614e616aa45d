"""Session 65 (helper nm): a name misspelt or replaced at one mention of an article.

* N002: one name of a Cyrillic source written two ways as often, one spelling the source
  word letter for letter, the other one letter off (a vowel dropped inside the word, or a
  vowel before the last consonant changed, into a common surname of the target language
  too, which the name finder leaves out of the names); out of Chinese, two spellings one
  letter apart, one the Pinyin of a run of the source, the other of none.
* N001: out of Korean, a given name's syllable with two neighbouring letters swapped into
  letters no romanisation of any syllable gives.
* N004: out of Korean, a person the source marks as such (an age in brackets, 씨) written
  with another surname and given name; out of Hebrew, a given name too short to read back
  beside another surname; in an article, a quotation's speaker lost where the aligner pairs
  the quotation's first sentence with the source's (the name in the next translated
  sentence replaced); a name of several words counted in a neighbouring sentence only by a
  word that sentence's own source writes (no alignment slack).
"""
from __future__ import annotations

import mtcheck

CODES = ("N001", "N002", "N004")


def _names(tmp_path, src, tgt, sl, tl):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.code, f.text, f.severity.name.lower())
            for f in mtcheck.compare(t, source=s, semantic=False).findings
            if f.code in CODES and not f.suppressed]


RU = ("Марина Белкина работает в школе уже двадцать лет.\n\n"
      "Школа стоит на окраине города, рядом с рекой.\n\n"
      "В прошлом году здание отремонтировали за счёт бюджета.\n\n"
      "Сама Белкина говорит, что ученики стали внимательнее.\n")
EN_RU = ("Marina Belkina has worked at the school for twenty years.\n\n"
         "The school stands on the edge of the town, next to the river.\n\n"
         "Last year the building was renovated with money from the budget.\n\n"
         "Belkna herself says the pupils have become more attentive.\n")


def test_cyrillic_vowel_dropped_at_one_mention(tmp_path):
    assert _names(tmp_path, RU, EN_RU, "ru", "en") == [("N002", "Belkna", "major")]


def test_cyrillic_name_spelled_alike_stays_clean(tmp_path):
    assert _names(tmp_path, RU, EN_RU.replace("Belkna", "Belkina"), "ru", "en") == []


UK = ("Директор фабрики Олег Ковальчук розповів про нові замовлення.\n\n"
      "Фабрика виробляє меблі з 1998 року.\n\n"
      "Минулого року підприємство продало продукції на 40 мільйонів гривень.\n\n"
      "«Ми шукаємо нових працівників», – сказав Ковальчук.\n")
PL = ("Dyrektor fabryki Ołeh Kowalczuk opowiedział o nowych zamówieniach.\n\n"
      "Fabryka produkuje meble od 1998 roku.\n\n"
      "W ubiegłym roku przedsiębiorstwo sprzedało produkty za 40 milionów hrywien.\n\n"
      "„Szukamy nowych pracowników” – powiedział Kowalczyk.\n")


def test_cyrillic_slip_into_a_common_target_surname(tmp_path):
    assert _names(tmp_path, UK, PL, "uk", "pl") == [("N002", "Kowalczyk", "major")]


def test_cyrillic_surname_right_or_in_a_case_stays_clean(tmp_path):
    assert _names(tmp_path, UK, PL.replace("powiedział Kowalczyk", "powiedział Kowalczuk"), "uk", "pl") == []
    assert _names(tmp_path, UK, PL.replace("powiedział Kowalczyk", "dodał zdaniem Kowalczuka"), "uk", "pl") == []


ZH = ("公司总经理王志强在发布会上介绍了新产品。\n\n"
      "这款产品主要面向农村市场。\n\n"
      "去年公司的销售额增长了三成。\n\n"
      "“我们还会继续扩大生产。”王志强说。\n")
ES = ("El director general de la empresa, Wang Zhiqiang, presentó el nuevo producto en la rueda de prensa.\n\n"
      "El producto está dirigido principalmente al mercado rural.\n\n"
      "El año pasado las ventas de la empresa crecieron un 30 %.\n\n"
      "«Seguiremos ampliando la producción», dijo Wang Ziqiang.\n")


def test_pinyin_spelled_two_ways_one_off_the_source(tmp_path):
    assert _names(tmp_path, ZH, ES, "zh", "es") == [("N002", "Ziqiang", "major")]


def test_pinyin_spelled_alike_stays_clean(tmp_path):
    assert _names(tmp_path, ZH, ES.replace("Ziqiang", "Zhiqiang"), "zh", "es") == []


KO = ("시는 올해 공원 열 곳을 새로 조성한다고 밝혔다.\n\n"
      "시 공원녹지과 김해나 주무관은 \"주민 의견을 반영해 놀이터를 늘렸다\"고 말했다.\n\n"
      "사업비는 모두 35억 원이다.\n")
EN_KO = ("The city said it would create ten new parks this year.\n\n"
         "\"We added more playgrounds in line with residents' views,\" said Kim Hea-na, "
         "an officer in the city's parks department.\n\n"
         "The project will cost 3.5 billion won in total.\n")


def test_korean_syllable_with_two_letters_swapped(tmp_path):
    assert _names(tmp_path, KO, EN_KO, "ko", "en") == [("N001", "Hea-na", "major")]


def test_korean_syllable_spelled_right_stays_clean(tmp_path):
    assert _names(tmp_path, KO, EN_KO.replace("Hea-na", "Hae-na"), "ko", "en") == []


KO2 = ("버스 요금이 다음 달부터 오른다.\n\n"
       "매일 버스로 통학하는 대학생 박서준(22) 씨는 \"한 달 교통비가 부담된다\"고 말했다.\n\n"
       "시는 청소년 할인은 유지하기로 했다.\n")
DE_KO = ("Die Busfahrpreise steigen ab dem nächsten Monat.\n\n"
         "„Die monatlichen Fahrtkosten sind eine Belastung“, sagte der Student Choi Min-ho (22), "
         "der täglich mit dem Bus zur Uni fährt.\n\n"
         "Die Stadt behält die Ermäßigung für Jugendliche bei.\n")


def test_korean_person_with_surname_and_given_name_swapped(tmp_path):
    assert _names(tmp_path, KO2, DE_KO, "ko", "de") == [("N004", "Choi Min-ho", "major")]


def test_korean_person_rendered_stays_clean(tmp_path):
    assert _names(tmp_path, KO2, DE_KO.replace("Choi Min-ho", "Park Seo-jun"), "ko", "de") == []


HE = ("משרד החקלאות פרסם את נתוני היבול השנתיים.\n\n"
      "אלי מזרחי, מנהל תחום הירקות במשרד, אמר כי היבול עלה בעשרה אחוזים.\n\n"
      "המחירים לצרכן צפויים לרדת בחורף.\n")
FR = ("Le ministère de l'Agriculture a publié les chiffres annuels des récoltes.\n\n"
      "Eli Ashkenazi, responsable du secteur des légumes au ministère, a indiqué que la récolte "
      "avait augmenté de dix pour cent.\n\n"
      "Les prix à la consommation devraient baisser en hiver.\n")


def test_hebrew_short_given_name_beside_another_surname(tmp_path):
    assert _names(tmp_path, HE, FR, "he", "fr") == [("N004", "Ashkenazi", "major")]


def test_hebrew_short_given_name_with_its_surname_stays_clean(tmp_path):
    assert _names(tmp_path, HE, FR.replace("Ashkenazi", "Mizrahi"), "he", "fr") == []


DE = ("Die Bäckerei in Ulm feiert ihr hundertjähriges Bestehen.\n\n"
      "Inhaberin Petra Hollweck führt den Betrieb in vierter Generation.\n\n"
      "Hollweck: \"Wir backen noch immer nach den alten Rezepten. Nur die Öfen sind neu.\"\n\n"
      "Die Stadt ehrt den Betrieb im Mai mit einer Urkunde.\n\n"
      "Hollweck will die Bäckerei später ihrer Tochter übergeben.\n")
EN_DE = ("The bakery in Ulm is celebrating its hundredth anniversary.\n\n"
         "Owner Petra Hollweck runs the business in the fourth generation.\n\n"
         "\"We still bake to the old recipes. Only the ovens are new,\" Brandstetter said.\n\n"
         "The city will honour the business in May with a certificate.\n\n"
         "Hollweck wants to hand the bakery over to her daughter later.\n")


def test_quotation_speaker_replaced_across_the_sentence_end(tmp_path):
    assert _names(tmp_path, DE, EN_DE, "de", "en") == [("N004", "Brandstetter", "major")]


def test_quotation_speaker_moved_to_the_end_stays_clean(tmp_path):
    assert _names(tmp_path, DE, EN_DE.replace("Brandstetter", "Hollweck"), "de", "en") == []


EN_MS = ("Seals have returned to the estuary after ten years.\n\n"
         "Since 2019 the estuary has been a Marine Nature Reserve, and boats must keep their distance.\n\n"
         "Sarah Quinn, who monitors the colony for the Marine Science Institute, said 40 pups were born this year.\n\n"
         "The count will be repeated in the autumn.\n")
MS = ("Anjing laut telah kembali ke muara itu selepas sepuluh tahun.\n\n"
      "Sejak 2019, muara itu berstatus Rizab Alam Marin, dan bot perlu menjaga jarak.\n\n"
      "Sarah Quinn, yang memantau koloni itu bagi pihak Forestry Commission, berkata 40 anak "
      "dilahirkan tahun ini.\n\n"
      "Kiraan itu akan diulang pada musim luruh.\n")


def test_body_replaced_beside_a_neighbour_sharing_one_word(tmp_path):
    assert _names(tmp_path, EN_MS, MS, "en", "ms") == [("N004", "Forestry Commission", "critical")]


def test_body_kept_beside_a_neighbour_sharing_one_word_stays_clean(tmp_path):
    assert _names(tmp_path, EN_MS, MS.replace("Forestry Commission", "Marine Science Institute"), "en", "ms") == []
