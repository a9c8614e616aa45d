"""Session 46 (g4): numbers, dates and units; false alarms and a missed unit change found
by the held-out articles of batch s46 (bench/articles), fixed as classes (written for mtcheck).

1. the Gulf press's currency signs glued to the figure (Dh20 million, Dhs500, QR5 billion)
   are the dirham and the riyal, no code like G7;
2. a duration of two units in Arabic, its "and" (و) glued to the second figure
   (3 دقائق و30 ثانية), is one duration, as "3 minutes 30 seconds" is;
3. the first of a month said with the Arabic ordinal (الأول من أكتوبر, أول مارس) is a 1;
4. Hungarian number words with a case ending (hatról kilencre "from six to nine", háromig,
   néggyel) are numbers, and a number glued to an adjective (négytagú "four-member",
   hatéves) a soft one;
5. Hungarian óra with the case endings of a time (22 óráig "until 22 o'clock", 21 órától)
   is a time of day (10 pm);
6. D002: a price or rate counted per another measure of one dimension (11 euros por metro
   cuadrado → 11 Euro pro Quadratfuß) is another quantity.
"""

from __future__ import annotations

import mtcheck


def found(src, tgt, sl, tl, *prefixes):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefixes or ("D",)) and not f.suppressed]


# 1. glued Gulf currency signs

def test_glued_dirham_ar_en():
    src = "بلغت كلفة الجسر 4.2 مليار درهم."
    assert found(src, "The bridge cost Dh4.2 billion.", "ar", "en") == []
    assert found(src, "The bridge cost Dh4.8 billion.", "ar", "en", "D001")
    assert ("D002", "Dh4.2 billion") in found("بلغت كلفة الجسر 4.2 مليار ريال.", "The bridge cost Dh4.2 billion.",
                                              "ar", "en")


def test_glued_riyal_fr_en():
    src = "Le stade a coûté 7 milliards de riyals."
    assert found(src, "The stadium cost QR7 billion.", "fr", "en") == []
    assert ("D002", "QR7 billion") in found("Le stade a coûté 7 milliards de dirhams.",
                                            "The stadium cost QR7 billion.", "fr", "en")


def test_glued_dirhams_de_en():
    src = "Jeder Besucher zahlt 250 Dirham Eintritt."
    assert found(src, "Each visitor pays Dhs250 to get in.", "de", "en") == []
    assert ("D002", "Dhs250") in found("Jeder Besucher zahlt 250 Dollar Eintritt.",
                                       "Each visitor pays Dhs250 to get in.", "de", "en")


# 2. Arabic durations of two units

def test_arabic_duration_minutes_seconds_ar_en():
    src = "استغرقت الرحلة 7 دقائق و15 ثانية فقط."
    assert found(src, "The trip took only 7 minutes 15 seconds.", "ar", "en") == []
    assert found(src, "The trip took only 7 minutes 45 seconds.", "ar", "en", "D001")


def test_arabic_duration_hours_minutes_seconds_ar_fr():
    src = "أنهى العداء السباق في 2 ساعات و5 دقائق و40 ثانية."
    assert found(src, "Le coureur a terminé la course en 2 heures, 5 minutes et 40 secondes.", "ar", "fr") == []
    assert found(src, "Le coureur a terminé la course en 2 heures, 5 minutes et 10 secondes.", "ar", "fr", "D001")


# 3. the Arabic first of a month

def test_arabic_first_of_month_ar_en():
    src = "تدخل الرسوم الجديدة حيز التنفيذ اعتباراً من الأول من يناير."
    assert found(src, "The new fees take effect from 1 January.", "ar", "en") == []
    assert found(src, "The new fees take effect from 1 June.", "ar", "en", "D003")


def test_arabic_first_of_month_ar_de():
    src = "يفتتح المعرض أبوابه في أول يونيو."
    assert found(src, "Die Messe öffnet am 1. Juni ihre Tore.", "ar", "de") == []
    assert found(src, "Die Messe öffnet am 1. Juli ihre Tore.", "ar", "de", "D003")


# 4. Hungarian number words with case endings, and glued to an adjective

def test_hungarian_case_endings_hu_en():
    src = "Az iskolák száma háromról ötre nőtt."
    assert found(src, "The number of schools rose from three to five.", "hu", "en") == []
    assert ("D001", "four") in found(src, "The number of schools rose from three to four.", "hu", "en")


def test_hungarian_case_endings_hu_de():
    src = "A csapat nyolccal több gólt lőtt, mint tavaly, és kilencig számolt."
    assert found(src, "Die Mannschaft schoss acht Tore mehr als im Vorjahr und zählte bis neun.", "hu", "de") == []
    assert found(src, "Die Mannschaft schoss sechs Tore mehr als im Vorjahr und zählte bis neun.", "hu", "de",
                 "D001")


def test_hungarian_compound_adjective_hu_en():
    src = "Egy ötfős család egy hatnapos nyaralásra indult."
    assert found(src, "A family of five set off on a six-day holiday.", "hu", "en") == []


def test_hungarian_compound_adjective_hu_de():
    src = "Egy háromszobás lakást vett egy hétszintes házban."
    assert found(src, "Er kaufte eine Dreizimmerwohnung in einem Haus mit sieben Stockwerken.", "hu", "de") == []


# 5. Hungarian óra with the case endings of a time

def test_hungarian_hour_until_hu_en():
    src = "A könyvtár hétköznap 21 óráig tart nyitva."
    assert found(src, "The library is open until 9 pm on weekdays.", "hu", "en") == []
    assert ("D001", "8 pm") in found(src, "The library is open until 8 pm on weekdays.", "hu", "en")


def test_hungarian_hour_until_hu_de():
    src = "A könyvtár hétköznap 21 óráig tart nyitva."
    assert found(src, "Die Bibliothek ist werktags bis 9 Uhr abends geöffnet.", "hu", "de") == []
    assert ("D001", "8 Uhr") in found(src, "Die Bibliothek ist werktags bis 8 Uhr abends geöffnet.", "hu", "de")


# 6. D002: a rate counted per another measure

def test_rate_per_area_es_de():
    src = "El alquiler de oficinas sube a 14,5 euros por metro cuadrado."
    assert found(src, "Die Büromiete steigt auf 14,50 Euro pro Quadratmeter.", "es", "de") == []
    assert ("D002", "14,50 Euro pro Quadratfuß") in found(
        src, "Die Büromiete steigt auf 14,50 Euro pro Quadratfuß.", "es", "de")


def test_rate_per_weight_en_fr():
    src = "Cherries sell for $6 per pound at the market."
    assert found(src, "Les cerises se vendent 6 dollars la livre au marché.", "en", "fr") == []
    assert ("D002", "6 dollars le kilo") in found(src, "Les cerises se vendent 6 dollars le kilo au marché.",
                                                  "en", "fr")


def test_rate_per_volume_it_en():
    src = "Il gasolio costa 1,8 euro al litro."
    assert found(src, "Diesel costs 1.8 euros a litre.", "it", "en") == []
    assert ("D002", "1.8 euros per gallon") in found(src, "Diesel costs 1.8 euros per gallon.", "it", "en")
