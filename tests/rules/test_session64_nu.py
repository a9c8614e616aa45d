"""Session 64 (helper nu): numbers, dates and units of batches 40 and 41 (s75, s76), each
class on examples of its own.

1. D003, Dutch, Afrikaans and Scandinavian weekdays with a part of the day glued on
   (dinsdagochtend, Saterdagaand, fredagskvällen): that weekday.
2. D003, Hebrew weekdays (יום רביעי, ביום ה׳, שבת) and Persian ones (چهارشنبه, سه‌شنبه,
   جمعه); a night or eve named by the day it runs into (ערב שבת, شب جمعه) is the day before too.
3. D002, currencies: the Chinese 元 (yuan; Taiwan's and Hong Kong's dollars said with
   their name or sign stay apart from a bare "dollars"), the Persian rial and the toman.
4. D002, units of mass of Lithuanian, Latvian, Finnish, Estonian and Hungarian (tonų,
   kilogramų, tonnia, tonnát).
5. D002, a count of years or months in Chinese, Japanese and Korean (有期徒刑9年, 징역 7년,
   18개월): a span of time, not a date's year.
6. D002, a price counted per a measure said before the figure in Chinese and Japanese
   (每公斤, 毎キロ) and Korean (킬로그램당).
7. D002, an Arabic unit of two words with the accusative's tanween (مترًا مربعًا).
8. D001, decades said in words: Chinese tens before 年代 (五六十年代), the Lithuanian
   ordinal of a decade (aštuntasis dešimtmetis), the Arabic plural of the tens (الثمانينيات).
9. D001, an Arabic century said with its ordinal in words (القرن السادس عشر).
10. D001, half a year or half an hour in one word (полгода, Halbjahr, 半年) ~ six months.
11. P003, "over" a figure bounded by a "than" of its own ("spread over more than 40
    hectares") places nothing.
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# 1. weekday compounds
def test_dutch_weekday_with_part_of_day():
    src = "De brug gaat dinsdagochtend weer open voor het verkeer."
    assert codes(src, "The bridge reopens to traffic on Thursday morning.", "nl", "en", "D003")
    assert codes(src, "The bridge reopens to traffic on Tuesday morning.", "nl", "en", "D003") == []
    # the other way round: the Dutch compound is the target's weekday
    assert codes("The bridge reopens on Tuesday morning.", "De brug gaat donderdagochtend weer open.",
                 "en", "nl", "D003")
    assert codes("The bridge reopens on Tuesday morning.", "De brug gaat dinsdagochtend weer open.",
                 "en", "nl", "D003") == []


def test_scandinavian_weekday_with_part_of_day():
    assert codes("Butiken öppnar igen på fredagskvällen.", "The shop reopens on Saturday evening.",
                 "sv", "en", "D003")
    assert codes("Butiken öppnar igen på fredagskvällen.", "The shop reopens on Friday evening.",
                 "sv", "en", "D003") == []
    assert codes("Møtet holdes søndagsmorgen.", "The meeting is on Monday morning.", "nb", "en", "D003")
    # a compound that is no part of the day is no weekday (Sunday school)
    assert codes("Hun underviste på søndagsskolen.", "She taught at the Sunday school on Monday.",
                 "nb", "en", "D003") == []


# 2. Hebrew and Persian weekdays
def test_hebrew_weekdays():
    src = "העירייה הודיעה ביום רביעי כי הכביש ייסגר."
    assert codes(src, "The city announced on Friday that the road would close.", "he", "en", "D003")
    assert codes(src, "The city announced on Wednesday that the road would close.", "he", "en", "D003") == []
    assert codes("הטקס יתקיים ביום ה' בערב.", "The ceremony will take place on Monday evening.",
                 "he", "en", "D003")
    assert codes("הטקס יתקיים ביום ה' בערב.", "The ceremony will take place on Thursday evening.",
                 "he", "en", "D003") == []
    assert codes("החנויות סגורות בשבת.", "The shops are closed on Saturday.", "he", "en", "D003") == []
    assert codes("החנויות סגורות בשבת.", "The shops are closed on Sunday.", "he", "en", "D003")


def test_hebrew_counted_days_and_eves():
    # "the third day in a row" is a count, no weekday
    assert codes("ההפגנות נמשכו זה יום שלישי ברציפות.", "The protests went on for a third day on Monday.",
                 "he", "en", "D003") == []
    # weekdays run on with "and" (Tuesdays and Fridays)
    assert codes("הספרייה פתוחה בימי שלישי ושישי.", "The library is open on Tuesday and Friday.",
                 "he", "en", "D003") == []
    assert codes("The library is open on Tuesday and Friday.", "הספרייה פתוחה בימי שלישי ושישי.",
                 "en", "he", "D003") == []
    # the eve of the Sabbath is Friday evening
    assert codes("הם נפגשו בערב שבת.", "They met on Friday evening.", "he", "en", "D003") == []


def test_persian_weekdays():
    src = "جلسه روز چهارشنبه برگزار شد."
    assert codes(src, "The meeting was held on Saturday.", "fa", "en", "D003")
    assert codes(src, "The meeting was held on Wednesday.", "fa", "en", "D003") == []
    assert codes("بازار سه‌شنبه تعطیل است.", "The market is closed on Tuesday.", "fa", "en", "D003") == []
    assert codes("بازار سه شنبه تعطیل است.", "The market is closed on Saturday.", "fa", "en", "D003")
    # Friday night in Persian is the night before Friday
    assert codes("مهمانی شب جمعه بود.", "The party was on Thursday night.", "fa", "en", "D003") == []


# 3. currencies
def test_chinese_yuan_sign():
    src = "这座桥总投资约320万元。"
    assert codes(src, "The bridge cost about 3.2 million dollars in total.", "zh", "en", "D002")
    assert codes(src, "Le pont a coûté environ 3,2 millions d'euros.", "zh", "fr", "D002")
    assert codes(src, "The bridge cost about 3.2 million yuan in total.", "zh", "en", "D002") == []
    assert codes(src, "Le pont a coûté environ 3,2 millions de yuans.", "zh", "fr", "D002") == []
    # Taiwan and Hong Kong write 元 for their dollars: named so, no other currency
    assert codes("門票每張250元。", "Tickets cost NT$250 each.", "zh", "en", "D002") == []
    assert codes("門票每張250元。", "Tickets cost HK$250 each.", "zh", "en", "D002") == []
    # 元旦 is New Year's Day, no yuan
    assert codes("2025元旦假期有3天。", "The 2025 New Year holiday lasts 3 days.", "zh", "en", "D002") == []


def test_persian_rial_and_toman():
    src = "قیمت هر بلیت ۲۰۰ هزار ریال است."
    assert codes(src, "Each ticket costs 200,000 tomans.", "fa", "en", "D002")
    assert codes(src, "Each ticket costs 200,000 rials.", "fa", "en", "D002") == []
    assert codes("قیمت هر بلیت ۲۰۰ هزار تومان است.", "Each ticket costs 200,000 tomans.", "fa", "en", "D002") == []


# 4. units of mass of more languages
def test_baltic_finnic_mass_units():
    src = "The ship unloaded 30 tonnes of grain."
    assert codes(src, "Laivas iškrovė 30 kilogramų grūdų.", "en", "lt", "D002")
    assert codes(src, "Laivas iškrovė 30 tonų grūdų.", "en", "lt", "D002") == []
    assert codes(src, "Kuģis izkrāva 30 kilogramus graudu.", "en", "lv", "D002")
    assert codes(src, "Kuģis izkrāva 30 tonnas graudu.", "en", "lv", "D002") == []
    assert codes(src, "Laiva purki 30 kiloa viljaa.", "en", "fi", "D002")
    assert codes(src, "Laiva purki 30 tonnia viljaa.", "en", "fi", "D002") == []
    assert codes(src, "A hajó 30 tonnát rakodott ki.", "en", "hu", "D002") == []


# 5. years and months counted in CJK
def test_cjk_years_of_a_sentence():
    assert codes("法院判处被告有期徒刑9年。", "The court sentenced the defendant to 9 months in prison.",
                 "zh", "en", "D002")
    assert codes("法院判处被告有期徒刑9年。", "The court sentenced the defendant to 9 years in prison.",
                 "zh", "en", "D002") == []
    assert codes("재판부는 징역 7년을 선고했다.", "The court handed down a sentence of 7 months.", "ko", "en", "D002")
    assert codes("재판부는 징역 7년을 선고했다.", "The court handed down a seven-year sentence.", "ko", "en", "D002") == []
    assert codes("공사는 18개월 걸렸다.", "The works took 18 years.", "ko", "en", "D002")
    assert codes("공사는 18개월 걸렸다.", "The works took 18 months.", "ko", "en", "D002") == []
    # a grade, a decade, a date's year are no span of years
    assert codes("他今年上3年级。", "He is in grade 3 this year.", "zh", "en", "D002") == []
    assert codes("2019년 5월에 완공됐다.", "It was completed in May 2019.", "ko", "en", "D002") == []


# 6. a price per a measure said before the figure
def test_cjk_price_per_measure():
    src = "Beef sold for 38 dollars a kilogram."
    assert codes(src, "牛肉售价为每磅38美元。", "en", "zh", "D002")
    assert codes(src, "牛肉售价为每公斤38美元。", "en", "zh", "D002") == []
    assert codes(src, "牛肉の価格は毎ポンド38ドルだった。", "en", "ja", "D002")
    assert codes(src, "소고기는 파운드당 38달러에 팔렸다.", "en", "ko", "D002")
    assert codes(src, "소고기는 킬로그램당 38달러에 팔렸다.", "en", "ko", "D002") == []


# 7. Arabic units of two words with tanween
def test_arabic_square_unit_with_tanween():
    src = "تبلغ مساحة الحديقة 45 مترًا مربعًا."
    assert codes(src, "The garden covers 45 square metres.", "ar", "en", "D002") == []
    assert codes(src, "The garden covers 45 square feet.", "ar", "en", "D002")


# 8. decades said in words
def test_chinese_decades():
    src = "五六十年代，这里还是一片农田。"
    assert codes(src, "In the 1950s and 1960s, this was still farmland.", "zh", "en", "D001") == []
    assert codes(src, "Dans les années 1950 et 1960, c'étaient encore des champs.", "zh", "fr", "D001") == []
    assert codes("九十年代，这里还是一片农田。", "In the 1990s, this was still farmland.", "zh", "en", "D001") == []
    # another decade is still a changed figure
    assert codes(src, "In the 1970s and 1960s, this was still farmland.", "zh", "en", "D001")


def test_lithuanian_ordinal_decade():
    src = "The mill closed in the early 1970s."
    assert codes(src, "Malūnas uždarytas praėjusio amžiaus aštuntojo dešimtmečio pradžioje.",
                 "en", "lt", "D001") == []
    assert codes(src, "Malūnas uždarytas XX a. 8-ojo dešimtmečio pradžioje.", "en", "lt", "D001") == []
    assert codes(src, "Malūnas uždarytas praėjusio amžiaus devintojo dešimtmečio pradžioje.",
                 "en", "lt", "D001")


def test_arabic_decade_words():
    src = "Die Fabrik schloss in den 1980er-Jahren."
    assert codes(src, "أغلق المصنع في الثمانينيات.", "de", "ar", "D001") == []
    assert codes(src, "أغلق المصنع في ثمانينات القرن الماضي.", "de", "ar", "D001") == []
    assert codes(src, "أغلق المصنع في الستينيات.", "de", "ar", "D001")


# 9. Arabic centuries in words
def test_arabic_century_ordinal():
    src = "The castle dates from the 16th century."
    assert codes(src, "يعود تاريخ القلعة إلى القرن السادس عشر.", "en", "ar", "D001") == []
    assert codes(src, "يعود تاريخ القلعة إلى القرن السادس.", "en", "ar", "D001")


# 10. half a year in one word
def test_half_year_in_one_word():
    assert codes("Ремонт займёт полгода.", "The repairs will take six months.", "ru", "en", "D001") == []
    assert codes("Die Reparatur dauert ein Halbjahr.", "The repairs will take six months.", "de", "en", "D001") == []
    assert codes("修理需要半年。", "The repairs will take six months.", "zh", "en", "D001") == []
    assert codes("Ремонт займёт полгода.", "The repairs will take seven months.", "ru", "en", "D001")
    assert codes("Урок длился полчаса.", "The lesson lasted 30 minutes.", "ru", "en", "D001") == []


# 11. "over" a bounded figure
def test_over_with_its_own_than():
    src = "El lago mide hoy 3 hectáreas, tras haber ocupado más de 40 hectáreas en 1990."
    assert codes(src, "The lake measures 3 hectares today, having spread over more than 40 hectares in 1990.",
                 "es", "en", "P003") == []
