"""Session 63 (helper nu): numbers, dates and units of batches 38 and 39 (s73, s74), each
class on examples of its own.

1. D001, a dozen after a number in more languages (Marathi सहा डझन, Hindi दो दर्जन, Russian
   две дюжины, Polish dwa tuziny, Swedish två dussin ...): the count times twelve, as
   "six dozen" and "zwei Dutzend" already read, so the two sides agree.
2. D001, the hour words of Macedonian and Serbian Cyrillic (од 7 до 22 часот, до 22 часова,
   до 22 сата): a time of day, so 22 ~ 10 pm.
3. D001, the words of a span of years (crue centennale ~ 100-year flood, bicentenary ~
   200, garantie décennale ~ 10 years): soft, a figure of the other side may render them.
4. D002, a Latin unit symbol with a kana, Han or Hangul particle glued on (50km를, 3kgの,
   50km的): the unit before the particle.
5. D002, Tagalog units with the linker -ng (2.8 kilometrong bahagi, 300 ektaryang bukid).
6. D002, Tamil units with a case ending glued on (5.2 லட்சம் ஏக்கரில், 40 கிலோமீட்டருக்கு).
7. D003, Tagalog weekdays and months (Sabado, Oktubre), capitalised: linggo is also "week".
8. D003, a date whose day changed where a word of the sentence took the source's day
   figure in D001's matching (셋째 ... 3월 3일 → third ... March 13): the day next to the
   same month differs, and the target's day is no figure of the source sentence.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.numbers import _tamil_stems


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# 1. a dozen
def test_dozen_marathi():
    src = "बाजारात आंब्याच्या चार ते पाच डझनांच्या पेटीला ४,००० रुपये दर मिळत आहे."
    assert codes(src, "A box of four to five dozen mangoes fetches ₹4,000 at the market.", "mr", "en", "D001") == []
    assert codes(src, "A box of four to seven dozen mangoes fetches ₹4,000 at the market.", "mr", "en", "D001")


def test_dozen_russian_polish_swedish():
    assert codes("Она купила две дюжины яиц.", "She bought two dozen eggs.", "ru", "en", "D001") == []
    assert codes("Kupiła dwa tuziny jajek.", "She bought two dozen eggs.", "pl", "en", "D001") == []
    assert codes("Hon köpte två dussin ägg.", "She bought two dozen eggs.", "sv", "en", "D001") == []
    # precision: another count of dozens is still a changed figure
    assert codes("Она купила две дюжины яиц.", "She bought three dozen eggs.", "ru", "en", "D001")


# 2. Macedonian and Serbian hour words
def test_hours_macedonian_serbian():
    en = "The library is open every day from 8 am to 9 pm."
    assert codes("Библиотеката е отворена секој ден од 8 до 21 часот.", en, "mk", "en", "D001") == []
    assert codes("Библиотека је отворена сваког дана од 8 до 21 часова.", en, "sr", "en", "D001") == []
    assert codes("Библиотека је отворена сваког дана од 8 до 21 сата.", en, "sr", "en", "D001") == []
    # precision: another hour is still flagged
    assert codes("Библиотеката е отворена секој ден од 8 до 21 часот.",
                 "The library is open every day from 8 am to 8 pm.", "mk", "en", "D001")
    # a count of hours stays a count
    assert codes("Работата траеше 21 часот.", "The work took 9 hours.", "mk", "en", "D001")


# 3. spans of years
def test_span_of_years_words():
    assert codes("제방은 100년 빈도의 홍수에도 견디도록 설계됐다.",
                 "La digue a été conçue pour résister à une crue centennale.", "ko", "fr", "D001") == []
    assert codes("La ciudad celebra el 200 aniversario de su fundación.",
                 "The city celebrates the bicentenary of its founding.", "es", "en", "D001") == []
    assert codes("Il ponte è stato progettato per una piena di 100 anni.",
                 "El puente fue diseñado para una crecida centenaria.", "it", "es", "D001") == []
    # precision: another span is still flagged
    assert codes("제방은 200년 빈도의 홍수에도 견디도록 설계됐다.",
                 "La digue a été conçue pour résister à une crue centennale.", "ko", "fr", "D001")


# 4. a Latin unit with a CJK particle
def test_latin_unit_with_cjk_particle():
    assert codes("그는 매일 30km를 달린다.", "He runs 30 miles every day.", "ko", "en", "D002")
    assert codes("彼は毎日30kmを走る。", "He runs 30 miles every day.", "ja", "en", "D002")
    assert codes("그는 매일 30km를 달린다.", "毎日30マイルを走る。", "ko", "ja", "D002")
    assert codes("이 가방의 무게는 4kg이다.", "This bag weighs 4 pounds.", "ko", "en", "D002")
    # precision: the same unit is kept
    assert codes("그는 매일 30km를 달린다.", "He runs 30 km every day.", "ko", "en", "D002") == []
    assert codes("彼は毎日30kmを走る。", "毎日30キロを走る。", "ja", "ja", "D002") == []


# 5. Tagalog units with their linker
def test_tagalog_units():
    assert codes("Inayos ang 4.5 kilometrong kalsada sa bayan.", "The 4.5-mile road in the town was repaired.",
                 "tl", "en", "D002")
    assert codes("Nasira ang 120 ektaryang palayan sa bayan.", "Some 120 acres of rice fields in the town were damaged.",
                 "tl", "en", "D002")
    # precision: the same unit, and another figure (D001's case)
    assert codes("Inayos ang 4.5 kilometrong kalsada sa bayan.", "The 4.5-kilometre road in the town was repaired.",
                 "tl", "en", "D002") == []
    assert codes("Nasira ang 120 ektaryang palayan sa bayan.", "Some 120 hectares of rice fields in the town were damaged.",
                 "tl", "en", "D002") == []


# 6. Tamil case endings on units
def test_tamil_stems():
    assert "ஏக்கர்" in _tamil_stems("ஏக்கரில்")
    assert "டன்" in _tamil_stems("டன்னுக்கு")
    assert "கிலோ" in _tamil_stems("கிலோவில்")
    assert "ஏக்கர்" in _tamil_stems("ஏக்கர்களில்")


def test_tamil_units_with_case():
    src = "இந்த ஆண்டு 3.4 லட்சம் ஏக்கரில் நெல் சாகுபடி செய்யப்படும்."
    assert codes(src, "This year paddy will be grown on 3.4 lakh hectares.", "ta", "en", "D002")
    assert codes(src, "This year paddy will be grown on 3.4 lakh acres.", "ta", "en", "D002") == []
    assert codes("புதிய சாலை 25 கிலோமீட்டருக்கு அமைக்கப்படும்.", "The new road will be built over 25 miles.",
                 "ta", "en", "D002")
    assert codes("புதிய சாலை 25 கிலோமீட்டருக்கு அமைக்கப்படும்.", "The new road will be built over 25 kilometres.",
                 "ta", "en", "D002") == []


# 7. Tagalog weekdays and months
def test_tagalog_calendar():
    assert codes("Magsisimula ang klase sa Lunes, Hunyo 16.", "Classes start on Tuesday, June 16.", "tl", "en", "D003")
    assert codes("Magsisimula ang klase sa Lunes, Hunyo 16.", "Classes start on Monday, July 16.", "tl", "en", "D003")
    assert codes("Classes start on Monday, June 16.", "Magsisimula ang klase sa Miyerkules, Hunyo 16.",
                 "en", "tl", "D003")
    # precision: the same day; "linggo" in lower case is a week
    assert codes("Magsisimula ang klase sa Lunes, Hunyo 16.", "Classes start on Monday, June 16.", "tl", "en", "D003") == []
    assert codes("Magsisimula ang klase sa susunod na linggo, hindi sa Lunes.",
                 "Classes start next week, not on Monday.", "tl", "en", "D003") == []


# 8. a day of the month changed
def test_day_of_month_changed():
    ko = "셋째 자녀 가정은 이용료가 무료다. 신청은 5월 7일부터 받는다."
    assert codes(ko, "Families with a third child pay no fee. Applications open on May 17.", "ko", "en", "D003")
    assert codes("Le troisième enfant est gratuit. Les inscriptions ouvrent le 7 mai.",
                 "The third child is free. Registration opens on May 17.", "fr", "en", "D003")
    assert codes("Die Anmeldung beginnt am 7. Mai.", "Registration opens on 27 May.", "de", "en", "D003")
    # precision: the same day, a range whose other end is the figure, the day moved away
    assert codes(ko, "Families with a third child pay no fee. Applications open on May 7.", "ko", "en", "D003") == []
    assert codes("신청은 5월 7일부터 17일까지 받는다.", "Applications are accepted from May 7 to May 17.",
                 "ko", "en", "D003") == []
    assert codes("Les inscriptions ouvrent le 7 mai et ferment le 17 mai.",
                 "Registration opens on May 7 and closes on May 17.", "fr", "en", "D003") == []
    assert codes("Die Anmeldung beginnt am 7. Mai.", "Registration opens in May, on the 7th.", "de", "en", "D003") == []
