"""Session 62 (helper nu): numbers, units and dates of less-used languages.

1. (numbers) A thousand said with "and" before a larger scale is thousands of it: Persian
   ۶ هزار و ۸۰۰ میلیارد, Arabic 3 آلاف و200 مليار = 6,800 / 3,200 billion, as the Indic
   ৩ হাজার ৯৪০ কোটি was (D001 read two numbers, 6,000 and 800 billion).
2. (D002 data) The Croatian kuna and Macedonian denar are currencies; Serbian Cyrillic
   counts of 5 and more (километара, метара, литара, тона) are units.
3. (D002) The ringgit and rupiah signs before the figure (RM1.2 juta, Rp 20.000).
4. (D003) Malay weekdays and months (Isnin, Mac, Julai; Mac and Jun inside a date only);
   Romanian "luni" (also "months") as Monday right before a date (luni, 3 martie), and the
   weekdays with their article (lunea, joia).
5. (D002) "per hour" in Urdu, Arabic and Persian (میل فی گھنٹہ, ميلا في الساعة, در ساعت) makes a
   speed: 125 mph ~ 125 میل فی گھنٹہ is the same unit.
6. (D002) A rate per a measure with the Hebrew and Arabic "per" joined as a prefix (טונות
   לדונם, أطنان للهكتار) or as لكل / לכל: per another measure is a changed unit.
7. (D001) primary, secondary, tertiary (and their Romance and German forms) are soft 1, 2, 3:
   Korean, Chinese, Japanese say them with a figure (3차 처리, 3次処理).
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules._text import find_numbers
from mtcheck.rules.numbers import calendar_words, units_of


def found(src: str, tgt: str, sl: str, tl: str, code: str | None = None) -> list[tuple[str, str, str]]:
    out = [(f.code, f.severity.label, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl) if not f.suppressed]
    return [x for x in out if code is None or x[0] == code]


def values(text: str, lang: str) -> list[set]:
    return [set(n.values) for n in find_numbers(text, lang) if not n.soft]


# -- 1. thousands of a larger scale, said with "and" ----------------------------------------

def test_thousand_and_larger_scale_is_one_number():
    assert values("هنوز ۲ هزار و ۵۰۰ میلیارد ریال پرداخت نشده است.", "fa") == [{2.5e12}]
    assert values("بلغت الديون 3 آلاف و200 مليار دينار.", "ar") == [{3.2e12}]
    # (the lower part after a thousand stays a lower part; millions and thousands as before)
    assert values("۱۸۷ هزار و ۴۰۰ نفر", "fa") == [{187400.0}]
    assert values("۳ میلیون و ۲۰۰ هزار نفر", "fa") == [{3.2e6}]


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    ("هنوز ۲ هزار و ۵۰۰ میلیارد ریال پرداخت نشده است.", "About 2,500 billion rials have not been paid.", "fa", "en", False),
    ("هنوز ۲ هزار و ۵۰۰ میلیارد ریال پرداخت نشده است.", "About 2,600 billion rials have not been paid.", "fa", "en", True),
    ("بلغت الديون 3 آلاف و200 مليار دينار.", "Die Schulden erreichten 3.200 Milliarden Dinar.", "ar", "de", False),
    ("بلغت الديون 3 آلاف و200 مليار دينار.", "Die Schulden erreichten 3.200 Millionen Dinar.", "ar", "de", True),
])
def test_thousand_and_scale_pairs(src, tgt, sl, tl, flagged):
    assert bool(found(src, tgt, sl, tl, "D001")) == flagged


# -- 2. kuna, denar, Serbian Cyrillic units ---------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    ("Prošle godine isplaćeno je 52.300 eura.", "Letztes Jahr wurden 52.300 Kuna ausgezahlt.", "hr", "de", True),
    ("Prošle godine isplaćeno je 52.300 kuna.", "Last year 52,300 kuna were paid out.", "hr", "en", False),
    ("Prošle godine isplaćeno je 52.300 kuna.", "Last year 52,300 euros were paid out.", "hr", "en", True),
    ("Општина је добила 900 денари по жител.", "Die Gemeinde erhielt 900 Euro pro Einwohner.", "mk", "de", True),
    ("Село је удаљено око 45 километара од града.", "Das Dorf liegt rund 45 Meilen von der Stadt entfernt.", "sr", "de", True),
    ("Село је удаљено око 45 километара од града.", "The village is about 45 kilometres from the town.", "sr", "en", False),
    ("Бунар је дубок 60 метара.", "The well is 60 feet deep.", "sr", "en", True),
    ("Бунар је дубок 60 метара.", "Le puits a une profondeur de 60 mètres.", "sr", "fr", False),
    ("Прикупљено је 800 тона пшенице.", "Es wurden 800 Pfund Weizen gesammelt.", "sr", "de", True),
])
def test_kuna_denar_serbian_units(src, tgt, sl, tl, flagged):
    assert bool(found(src, tgt, sl, tl, "D002")) == flagged


# -- 3. ringgit and rupiah signs ---------------------------------------------------------------

def test_ringgit_rupiah_signs():
    for text, lang, unit in (("geran RM2.5 juta daripada kerajaan", "ms", "myr"), ("harga RM 450 sebulan", "ms", "myr"),
                             ("senilai Rp1,5 miliar", "id", "idr"), ("Rp 20.000 per kilo", "id", "idr")):
        n = [x for x in find_numbers(text, lang) if not x.soft][0]
        assert unit in units_of(text, n)[0], text
    # (the Swiss Rappen after the figure stays a hundredth; letters before RM make no sign)
    t = "50 Rp. pro Stück"
    assert units_of(t, find_numbers(t, "de")[0])[0] == {"hundredth"}
    t = "FARM 5 units"
    assert not units_of(t, find_numbers(t, "en")[0])[0]


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    ("The scheme is backed by a £2.5m grant.", "Skim itu disokong oleh geran RM2.5 juta.", "en", "ms", True),
    ("The scheme is backed by a £2.5m grant.", "Skim itu disokong oleh geran £2.5 juta.", "en", "ms", False),
    ("The firm paid RM4 million in fines.", "Syarikat itu membayar denda RM4 juta.", "en", "ms", False),
    ("The grant is worth $7 million.", "Hibah itu bernilai Rp7 juta.", "en", "id", True),
    ("The grant is worth Rp7 billion.", "Hibah itu bernilai Rp7 miliar.", "en", "id", False),
])
def test_ringgit_rupiah_pairs(src, tgt, sl, tl, flagged):
    assert bool(found(src, tgt, sl, tl, "D002")) == flagged


# -- 4. Malay calendar, Romanian "luni" --------------------------------------------------------

def test_malay_calendar_words():
    assert [(k, n) for k, n, _, _ in calendar_words("Mesyuarat diadakan pada Khamis, 9 Julai.", "ms")] == \
        [("weekday", 4), ("month", 7)]
    assert [(k, n) for k, n, _, _ in calendar_words("pada 14 Mac lalu", "ms")] == [("month", 3)]
    # Mac and Jun outside a date are a computer and a name
    assert calendar_words("pengguna Mac dan PC", "ms") == ()
    assert [(k, n) for k, n, _, _ in calendar_words("Jun Ho berkata pada 5 Jun 2025", "ms")] == [("month", 6)]


def test_romanian_luni_before_a_date_only():
    assert [(k, n) for k, n, _, _ in calendar_words("Școala se deschide luni, 8 septembrie.", "ro")] == \
        [("weekday", 1), ("month", 9)]
    assert [(k, n) for k, n, _, _ in calendar_words("Luni 12 mai 2025 s-a votat.", "ro")] == \
        [("weekday", 1), ("month", 5)]
    assert calendar_words("în ultimele luni, 3 companii au închis.", "ro") == ()
    assert calendar_words("Lucrările au durat patru luni.", "ro") == ()
    assert [(k, n) for k, n, _, _ in calendar_words("Piața e deschisă joia și lunea.", "ro")] == \
        [("weekday", 4), ("weekday", 1)]


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    ("Work starts on Monday 9 June.", "Kerja bermula pada Isnin, 9 Julai.", "en", "ms", True),
    ("Work starts on Monday 9 June.", "Kerja bermula pada Isnin, 9 Jun.", "en", "ms", False),
    ("The vote is on Tuesday.", "Undian diadakan pada hari Khamis.", "en", "ms", True),
    ("The vote is on Tuesday.", "Undian diadakan pada hari Selasa.", "en", "ms", False),
    ("Școala se deschide luni, 8 septembrie.", "L'école ouvre le jeudi 8 septembre.", "ro", "fr", True),
    ("Școala se deschide luni, 8 septembrie.", "L'école ouvre le lundi 8 septembre.", "ro", "fr", False),
    ("Școala se deschide luni, 8 septembrie.", "The school opens on Friday, 8 September.", "ro", "en", True),
    ("Lucrările au durat patru luni, iar apa curge de vineri.",
     "Die Arbeiten dauerten vier Monate, das Wasser fließt seit Freitag.", "ro", "de", False),
])
def test_calendar_pairs(src, tgt, sl, tl, flagged):
    assert bool(found(src, tgt, sl, tl, "D003")) == flagged


def test_romanian_monday_suggested_as_luni():
    got = [f for f in mtcheck.check_pair("La réunion a lieu lundi.", "Ședința are loc marți.", "fr", "ro")
           if f.code == "D003"]
    assert got and got[0].suggestion == "luni"


# -- 5. per hour in Urdu, Arabic, Persian ------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    ("Winds reached 110 mph.", "ہوا کی رفتار 110 میل فی گھنٹہ تک پہنچ گئی۔", "en", "ur", False),
    ("Winds reached 110 km/h.", "ہوا کی رفتار 110 میل فی گھنٹہ تک پہنچ گئی۔", "en", "ur", True),
    ("The road is 110 km long.", "سڑک 110 میل لمبی ہے۔", "en", "ur", True),
    ("Winds reached 70 mph.", "بلغت سرعة الرياح 70 ميلا في الساعة.", "en", "ar", False),
    ("Winds reached 70 km/h.", "بلغت سرعة الرياح 70 ميلا في الساعة.", "en", "ar", True),
])
def test_per_hour_arabic_script(src, tgt, sl, tl, flagged):
    assert bool(found(src, tgt, sl, tl, "D002")) == flagged


# -- 6. Hebrew and Arabic "per" prefixes --------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    ("החלקה הניבה 4.2 טונות לדונם.", "La parcelle a donné 4,2 tonnes par hectare.", "he", "fr", True),
    ("החלקה הניבה 4.2 טונות לדונם.", "The plot yielded 4.2 tonnes per dunam.", "he", "en", False),
    ("החלקה הניבה 4.2 טונות לדונם.", "The plot yielded 4.2 tonnes.", "he", "en", False),
    ("بلغ الإنتاج 6 أطنان للهكتار.", "Output reached 6 tonnes per acre.", "ar", "en", True),
    ("بلغ الإنتاج 6 أطنان للهكتار.", "Output reached 6 tonnes per hectare.", "ar", "en", False),
    ("بلغ الإنتاج 6 أطنان لكل دونم.", "Die Ernte erreichte 6 Tonnen pro Hektar.", "ar", "de", True),
    # (a prefix before a word that is no measure is no rate: ל + a place)
    ("הכביש באורך 40 קילומטר לחיפה.", "The road runs 40 kilometres to Haifa.", "he", "en", False),
])
def test_per_prefix_rates(src, tgt, sl, tl, flagged):
    assert bool(found(src, tgt, sl, tl, "D002")) == flagged


# -- 7. primary, secondary, tertiary -----------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    ("The plant will use tertiary treatment.", "이 시설은 3차 처리 공정을 사용한다.", "en", "ko", False),
    ("The plant will use tertiary treatment.", "该厂将采用3级处理工艺。", "en", "zh", False),
    ("La station utilisera un traitement tertiaire.", "이 시설은 3차 처리를 사용한다.", "fr", "ko", False),
    ("Die Anlage nutzt eine tertiäre Reinigung.", "この施設は3次処理を用いる。", "de", "ja", False),
    ("Secondary damage was reported.", "2차 피해가 보고되었다.", "en", "ko", False),
    # (a figure with no rank word in the source is still flagged)
    ("The plant will use modern treatment.", "이 시설은 3차 처리 공정을 사용한다.", "en", "ko", True),
    ("The plant will use secondary treatment.", "이 시설은 3차 처리 공정을 사용한다.", "en", "ko", True),
])
def test_rank_words_soft(src, tgt, sl, tl, flagged):
    assert bool(found(src, tgt, sl, tl, "D001")) == flagged


# -- 8. (session 62, main) Persian unit words in Persian letters (ک, ی) ----------------------
@pytest.mark.parametrize("src,bad,good,tl", [
    ("جاده جدید ۱۲ کیلومتر طول دارد.", "Die neue Straße ist 12 Meilen lang.",
     "Die neue Straße ist 12 Kilometer lang.", "de"),
    ("این باغ ۴۰ هکتار وسعت دارد.", "The orchard covers 40 acres.", "The orchard covers 40 hectares.", "en"),
    ("مخزن روستا ۳۰۰ لیتر آب دارد.", "The village tank holds 300 gallons of water.",
     "The village tank holds 300 litres of water.", "en"),
])
def test_persian_unit_words_in_persian_letters(src, bad, good, tl):
    assert [x for x in found(src, bad, "fa", tl, "D002") if x[1] in ("major", "critical")]
    assert not found(src, good, "fa", tl, "D002")
