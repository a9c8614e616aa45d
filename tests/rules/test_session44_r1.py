"""Session 44 (r1): Korean names read back from Hangul (written for mtcheck).

Hangul syllables are decomposed into their jamo and read as consonant classes that the
Revised Romanization, McCune-Reischauer and the Korean hearing of a foreign name agree on
(g/k, d/t, b/p/f/v, j/ch/z, r/l; vowels left out), with the sound changes between
syllables (신라 ~ Silla) and a province's short form read as the whole (전남 ~ 전라남도).

1. N003: a Latin-script name transcribed into Hangul is found (Morrison ~ 모리슨); one
   that is not there is still reported, "check by eye" unless it is romanised Korean (a
   foreign name heard in Hangul loses letters: Keir Starmer ~ 키어 스타머; main, session 44);
2. N005: a romanised Korean name that no Hangul word of the source reads as is reported
   (Chungnam for 전남), one that reads as a source word is not (Chonnam, Silla).
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. Latin names transcribed into Hangul
def test_en_ko_name_in_hangul_found():
    assert codes("Dr. Helen Morrison opened a new clinic in Leeds on Monday.",
                 "헬렌 모리슨 박사가 월요일 리즈에 새 병원을 열었다.", "en", "ko", "N003") == []


def test_en_ko_name_replaced_in_hangul_missing():
    found = codes("Dr. Helen Morrison opened a new clinic in Leeds on Monday.",
                  "헬렌 왓슨 박사가 월요일 리즈에 새 병원을 열었다.", "en", "ko", "N003")
    assert found and "Morrison" in found[0] and "check by eye" in found[0]


def test_de_ko_name_in_hangul_found():
    assert codes("Bürgermeister Klaus Hartmann besuchte am Freitag Hamburg.",
                 "클라우스 하르트만 시장이 금요일 함부르크를 방문했다.", "de", "ko", "N003") == []


def test_de_ko_name_replaced_in_hangul_missing():
    found = codes("Bürgermeister Klaus Hartmann besuchte am Freitag Hamburg.",
                  "클라우스 슈미트 시장이 금요일 함부르크를 방문했다.", "de", "ko", "N003")
    assert found and "Hartmann" in found[0] and "check by eye" in found[0]


# 2. romanised Korean names read against the Hangul source
def test_ko_en_romanised_province_read():
    assert codes("전남대학교 김지훈 교수는 이 정책의 효과가 크지 않다고 말했다.",
                 "Professor Kim Ji-hoon of Chonnam National University said the policy would have little effect.",
                 "ko", "en", "N005") == []


def test_ko_en_romanised_name_replaced():
    found = codes("전남대학교 김지훈 교수는 이 정책의 효과가 크지 않다고 말했다.",
                  "Professor Kim Ji-hoon of Chungnam National University said the policy would have little effect.",
                  "ko", "en", "N005")
    assert found and "Chungnam" in found[0]


def test_ko_en_assimilated_syllables_read():
    assert codes("신라 시대의 유물 200여 점이 공개됐다.", "Some 200 relics of the Silla period were put on display.",
                 "ko", "en", "N005") == []


def test_ko_en_other_kingdom_reported():
    found = codes("신라 시대의 유물 200여 점이 공개됐다.", "Some 200 relics of the Baekje period were put on display.",
                  "ko", "en", "N005")
    assert found and "Baekje" in found[0]


def test_ko_de_romanised_district_read():
    assert codes("종로구청은 새 도서관을 열었다.", "Das Bezirksamt Jongno eröffnete eine neue Bibliothek.",
                 "ko", "de", "N005") == []


def test_ko_de_romanised_district_replaced():
    found = codes("종로구청은 새 도서관을 열었다.", "Das Bezirksamt Gangnam eröffnete eine neue Bibliothek.",
                  "ko", "de", "N005")
    assert found and "Gangnam" in found[0]


# 3. a romanised Korean person is one Hangul word, surname first
def test_ko_en_person_read():
    assert codes("박민준 시장은 예산을 늘리겠다고 밝혔다.", "Mayor Park Min-jun said the budget would be increased.",
                 "ko", "en", "N005") == []


def test_ko_en_person_replaced():
    found = codes("박민준 시장은 예산을 늘리겠다고 밝혔다.", "Mayor Choi Min-jun said the budget would be increased.",
                  "ko", "en", "N005")
    assert found and "Choi" in found[0]


def test_en_ko_person_in_hangul_found():
    assert codes("Professor Lee Seo-yeon said the policy would have little effect.",
                 "이서연 교수는 이 정책의 효과가 크지 않을 것이라고 말했다.", "en", "ko", "N003") == []
