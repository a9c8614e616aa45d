"""D001/D002/D003 (session 35): figures written the way a language or a sport writes them.
A Korean price in myriads with a space (237만 9300원), a decimal point said as a word
(১৪ দশমিক ৬), a currency's hundredths after its whole units in Bengali, race times
(26:41.3, the Nordic 48.12,45), an hour after its day (alle 14 di lunedì), a range under
one scale word in Hebrew, Icelandic scale words, Spanish and Italian ordinal words,
picture sizes (2억 화소 ~ 200-megapixel), rain in litres per square metre, a match score
the source tells in words, a sentence left untranslated, and a night named by the day it
runs into (die Nacht auf Montag ~ Sunday night).  Sentences written for
mtcheck."""

from __future__ import annotations

import pytest

import mtcheck


def d00(src, tgt, sl, tl, codes=("D001", "D002")):
    return [(f.code, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in codes]


@pytest.mark.parametrize("src,good,bad,sl,tl", [
    # a Korean figure in myriads, its lower part after a space
    ("출고가는 237만 9300원이다.", "It retails for 2,379,300 won.", "It retails for 2,379,500 won.", "ko", "en"),
    # a decimal point said as a word
    ("বৃদ্ধি ১৪ দশমিক ৬ শতাংশ।", "Growth was 14.6 percent.", "Growth was 14.8 percent.", "bn", "en"),
    ("दर 2 दशमलव 5 प्रतिशत रही।", "The rate was 2.5 percent.", "The rate was 2.7 percent.", "hi", "en"),
    # a currency's hundredths after its whole units (taka and poisha)
    ("দাম ৬ টাকা ৪৬ পয়সা।", "The price is 6.46 taka.", "The price is 6.64 taka.", "bn", "en"),
    # race times: minutes, seconds and tenths in the two ways of writing them
    ("Niskasen aika oli 26.41,3.", "Niskanen's time was 26:41.3.", "Niskanen's time was 26:14.3.", "fi", "en"),
    ("He won in 48 minutes 12.45 seconds.", "Han vann på tiden 48.12,45.", "Han vann på tiden 48.21,45.", "en", "sv"),
    # an hour followed by its day
    ("Allerta rossa fino alle 14 di lunedì.", "Red alert until 2 p.m. on Monday.",
     "Red alert until 4 p.m. on Monday.", "it", "en"),
    ("Alerta roja hasta las 14 del lunes.", "Red alert until 2 p.m. on Monday.",
     "Red alert until 5 p.m. on Monday.", "es", "en"),
    # one scale word after a range covers both ends
    ("החברה העלתה את התחזית ל-1.55 עד 1.6 מיליארד דולר.",
     "The company raised its forecast to between $1.55 billion and $1.6 billion.",
     "The company raised its forecast to between $1.55 billion and $1.8 billion.", "he", "en"),
    ("Выручка составит от 1,5 до 1,6 млрд рублей.", "Revenue will be 1.5 billion to 1.6 billion roubles.",
     "Revenue will be 1.5 billion to 1.7 billion roubles.", "ru", "en"),
    # Icelandic scale words in their cases
    ("Útflutningurinn nam 352 milljörðum króna í fyrra.", "Exports were worth ISK 352 billion last year.",
     "Exports were worth ISK 352 million last year.", "is", "en"),
    # ordinal words from 11 up
    ("Fue su vigésimo gol de la temporada.", "It was his 20th goal of the season.",
     "It was his 21st goal of the season.", "es", "en"),
    ("La squadra è quattordicesima con 30 punti.", "The team is 14th with 30 points.",
     "The team is 15th with 30 points.", "it", "en"),
    # thousands of crores, the larger scale last
    ("মুনাফা ৩ হাজার ৯৪০ কোটি টাকা।", "Profit was 39.4 billion taka.", "Profit was 39.8 billion taka.", "bn", "en"),
    # the 84th year of one's life is the age 83
    ("U 84. godini života u Zagrebu je preminuo Ivo Marinković.", "Ivo Marinković has died in Zagreb at the age of 83.",
     "Ivo Marinković has died in Zagreb at the age of 81.", "hr", "en"),
    ("Er starb im 84. Lebensjahr.", "He died at the age of 83.", "He died at the age of 79.", "de", "en"),
    # a picture's size in pixels and megapixels
    ("이 제품에는 2억 화소 메인 카메라가 탑재됐다.", "The phone features a 200-megapixel main camera.",
     "The phone features a 50-megapixel main camera.", "ko", "en"),
])
def test_figure_written_its_own_way(src, good, bad, sl, tl):
    assert d00(src, good, sl, tl) == []
    assert ("D001", "critical") in d00(src, bad, sl, tl)


def test_spaced_myriad_part_is_no_year_or_count():
    # a four-digit figure after 만 and a space that carries a date sign is a number of its own
    assert d00("관객은 3만 2024년보다 많았다.", "There were 30,000 spectators, more than in 2024.", "ko", "en") == []


def test_rain_in_litres_per_square_metre_is_millimetres():
    src = "Innerhalb von 24 Stunden fielen in Bremen 46,5 Liter Regen pro Quadratmeter."
    assert d00(src, "Bremen had 46.5 millimetres of rain within 24 hours.", "de", "en") == []
    assert d00(src, "Bremen had 46.5 mm of rain within 24 hours.", "de", "en") == []
    # a tank's litres stay litres
    assert ("D002", "major") in d00("Der Tank fasst 46,5 Liter.", "The tank holds 46.5 millimetres.", "de", "en")


def test_a_score_the_source_tells_in_words_is_minor():
    src = "Ødegaard doubled the lead shortly before half-time."
    assert {s for _c, s in d00(src, "Kurz vor der Pause erhöhte Ødegaard auf 2:0.", "en", "de")} == {"minor"}
    # a score the source writes is compared as before
    assert ("D001", "critical") in d00("Ødegaard made it 2-0 shortly before half-time.",
                                      "Kurz vor der Pause erhöhte Ødegaard auf 3:0.", "en", "de")
    # a clock time is no score
    assert ("D001", "critical") in d00("The meeting lasted until 2.", "Die Sitzung dauerte bis 14:30 Uhr.", "en", "de")


def test_a_sentence_left_untranslated_keeps_its_figures():
    # the copy is L001's; its "12 мільйонів" read as English gave a false critical D001
    s = "Ціна зросла до 12 мільйонів гривень."
    found = [f.code for f in mtcheck.check_pair(s, s, "uk", "en")]
    assert "L001" in found and "D001" not in found


def test_night_named_by_the_day_it_runs_into():
    # "die Nacht auf Montag" is Sunday night (D003)
    src = "The residents said 48 people had spent Sunday night there."
    assert d00(src, "Die Bewohner sagten, 48 Menschen hätten die Nacht auf Montag dort verbracht.",
               "en", "de", ("D003",)) == []
    assert d00(src, "Die Bewohner sagten, 48 Menschen hätten die Nacht auf Dienstag dort verbracht.",
               "en", "de", ("D003",)) == [("D003", "major")]
    assert d00(src, "Die Bewohner sagten, 48 Menschen hätten den Montag dort verbracht.",
               "en", "de", ("D003",)) == [("D003", "major")]
