"""Session 48 (g3): numbers, units and dates; false alarms and misses found by the held-out
articles of batch s48 (bench/articles), fixed as classes (written for mtcheck).

1. Persian number words (data/numbers/words.tsv: cardinals, ordinals, و between tens and
   units; در صد is "percent") and ساعت before a figure as an hour marker (ساعت ۲۰ = 8 p.m.);
2. Bengali number words with the counters a number takes (আটটা, তিনজন), read as a run of
   letters and vowel signs as Devanagari is;
3. a Chinese or Japanese number in characters before 万/萬/亿/億 counts that many (千万 =
   ten million, 三百万 = three million), not the characters alone (千 = 1000);
4. D003: a source month that is gone where the target names another source month once more
   than the source does (1 September ... end of October -> 1 October ... end of October);
5. units: Greek watts (κιλοβάτ, μεγαβάτ) and Finnish miles (mailin, mailia);
6. D002: the measure a price is counted per said before the price (Bengali প্রতি মণ ...
   টাকা, Hindi प्रति किलो ... रुपये) against the target's "per kg"; the maund, Tk before a
   figure (the taka of Bangladesh's English press) and Bengali কেজি, টাকায়.
"""

from __future__ import annotations

import mtcheck


def found(src, tgt, sl, tl, *codes):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in codes and not f.suppressed]


# 1. Persian number words and clock hours
def test_persian_ordinal_and_cardinal_words_match_figures():
    assert found("بلیت خط دوم و خط سه ارزان‌تر شد.", "Tickets for line 2 and line 3 became cheaper.",
                 "fa", "en", "D001") == []
    assert found("بیست و پنج نفر در جلسه حضور داشتند.", "25 personnes ont assisté à la réunion.",
                 "fa", "fr", "D001") == []


def test_persian_clock_hour_after_saat():
    assert found("فروشگاه از ساعت ۹ تا ۲۱ باز است.", "The shop is open from 9 a.m. to 9 p.m.",
                 "fa", "en", "D001") == []
    assert found("کتابخانه تا ساعت ۲۰ باز است.", "The library is open until 8pm.",
                 "fa", "en", "D001") == []


def test_persian_number_words_still_catch_a_changed_number():
    assert found("سه نفر زخمی شدند.", "Four people were injured.", "fa", "en", "D001")
    # نه is also "no": no number the target lacks
    assert found("او گفت نه، این کار را نمی‌کنیم.", "He said no, we will not do it.", "fa", "en", "D001") == []


# 2. Bengali number words
def test_bengali_number_words_with_counters():
    assert found("সকাল আটটা থেকে দোকান খোলা থাকে।", "The shop is open from 8am.", "bn", "en", "D001") == []
    assert found("দুর্ঘটনায় তিনজন আহত হয়েছেন।", "3 personnes ont été blessées dans l'accident.",
                 "bn", "fr", "D001") == []


def test_bengali_not_is_no_nine():
    assert found("এটা সত্য নয়।", "That is not true.", "bn", "en", "D001") == []
    assert found("দুর্ঘটনায় তিনজন আহত হয়েছেন।", "Five people were injured in the accident.",
                 "bn", "en", "D001")


# 3. CJK numbers in characters before a scale character
def test_cjk_characters_before_wan_yi():
    assert found("今年游客超过千万人次。", "This year there were more than 10 million visitors.",
                 "zh", "en", "D001") == []
    assert found("人口は三百万人を超えた。", "La population a dépassé les 3 millions.", "ja", "fr", "D001") == []
    assert found("项目投资两亿元。", "The project cost 200 million yuan.", "zh", "en", "D001") == []


def test_cjk_scale_words_still_catch_a_wrong_figure():
    assert found("今年游客超过千万人次。", "This year there were more than 1,000 visitors.", "zh", "en", "D001")


# 4. D003: a month replaced by another month of the same sentence
def test_month_replaced_by_a_month_named_again():
    assert found("Registration opens on 3 March and closes at the end of April.",
                 "Реєстрація відкривається 3 квітня і закривається наприкінці квітня.",
                 "en", "uk", "D003") == [("D003", "квітня")]
    assert found("Die Anmeldung beginnt am 3. März und endet Ende April.",
                 "Registration opens on 3 April and closes at the end of April.",
                 "de", "en", "D003") == [("D003", "April")]


def test_months_kept_and_a_month_said_twice_in_the_source():
    assert found("Die Anmeldung beginnt am 3. März und endet Ende April.",
                 "Registration opens on 3 March and closes at the end of April.", "de", "en", "D003") == []
    assert found("Registration opens on 3 April and closes at the end of April.",
                 "Реєстрація відкривається 3 квітня і закривається наприкінці квітня.",
                 "en", "uk", "D003") == []


# 5. units: Greek watts, Finnish miles
def test_greek_watt_prefixes():
    assert found("Η μονάδα θα παράγει έως 5 μεγαβάτ.", "The plant will produce up to 5 kilowatts.",
                 "el", "en", "D002")
    assert found("The plant will produce up to 5 megawatts.", "Η μονάδα θα παράγει έως 5 κιλοβάτ.",
                 "en", "el", "D002")
    assert found("Η μονάδα θα παράγει έως 5 μεγαβάτ.", "The plant will produce up to 5 megawatts.",
                 "el", "en", "D002") == []


def test_finnish_miles():
    assert found("The pipeline is 300 kilometres long.", "Putki on 300 mailin pituinen.", "en", "fi", "D002")
    assert found("Die Strecke ist 40 Kilometer lang.", "Reitti on 40 mailia pitkä.", "de", "fi", "D002")
    assert found("The road is 30 miles long.", "Tie on 30 mailin pituinen.", "en", "fi", "D002") == []


# 6. the measure of a price said before it (Bengali, Hindi)
def test_price_measure_before_the_price():
    assert found("বাজারে প্রতি কেজি আলু ৩০ টাকায় বিক্রি হচ্ছে।", "Potatoes sell at Tk 30 per maund at the market.",
                 "bn", "en", "D002")
    assert found("बाजार में प्रति किलो प्याज 25 रुपये में बिक रहा है।",
                 "Zwiebeln kosten auf dem Markt 25 Rupien pro Pfund.", "hi", "de", "D002")
    assert found("বাজারে প্রতি মণ ধান ৯৫০ টাকায় বিক্রি হচ্ছে।", "Le riz paddy se vend 950 taka le kilo au marché.",
                 "bn", "fr", "D002")


def test_price_measure_kept_or_not_said():
    assert found("বাজারে প্রতি কেজি আলু ৩০ টাকায় বিক্রি হচ্ছে।", "Potatoes sell at Tk 30 per kilogram at the market.",
                 "bn", "en", "D002") == []
    assert found("বাজারে প্রতি মণ ধান ৯৫০ টাকায় বিক্রি হচ্ছে।", "Paddy sells at Tk 950 a maund at the market.",
                 "bn", "en", "D002") == []
    # a measure of another clause is no measure of the price
    assert found("প্রতি কেজি দাম বেড়েছে। কৃষকেরা ৩০ টাকা পান।", "The price per kilo rose. Farmers get Tk 30 per pound.",
                 "bn", "en", "D002") == []
