"""Session 45 (g4): numbers, dates, units and currencies; false alarms and misses found by
the held-out articles of batch s45 (bench/articles), fixed as classes (written for mtcheck).

1. S007: a Spanish (or Arabic) target with no region tag that writes the decimal point
   consistently (at least three figures, none with the other mark: the Mexican, Central
   American, Caribbean and US convention) is read with its own mark; a figure copied into
   a text that otherwise writes the decimal comma is still flagged;
2. D003: Croatian, Serbian and Bosnian (Latin) weekday and month names, and the Gregorian
   months of Hebrew (with their one-letter prefixes: ביולי), Arabic and Persian;
3. D002: currency names of Korean, Japanese and Chinese (호주달러, 豪ドル, 澳元, 엔, 위안 …);
4. D002: a bare "$" in an English source is a dollar, not a peso (a Spanish source's "$"
   stays either);
5. D002: a rate whose figure and unit are kept but counted in another time (per second →
   per minute).
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


def found(src, tgt, sl, tl, code):
    return [(f.text, str(f.severity)) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# 1. a Spanish target that writes the decimal point throughout

_EN_PORT = ("The port handled 12,500 containers a week last year, up from 9,800. Exports rose to 3.2 "
            "million tonnes, and the new crane lifts 1.75 tonnes more per cycle. Unemployment in the "
            "city fell to 6.4 percent.")


def test_consistent_point_convention_en_es():
    tgt = ("El puerto movió 12,500 contenedores por semana el año pasado, frente a 9,800. Las "
           "exportaciones subieron a 3.2 millones de toneladas, y la nueva grúa levanta 1.75 toneladas "
           "más por ciclo. El desempleo en la ciudad bajó a 6.4 por ciento.")
    assert codes(_EN_PORT, tgt, "en", "es", "S007") == []
    # a text that writes the decimal comma elsewhere: the copied figures are slips
    mixed = ("El puerto movió 12,500 contenedores por semana el año pasado, frente a 9800. Las "
             "exportaciones subieron a 3,2 millones de toneladas, y la nueva grúa levanta 1,75 toneladas "
             "más por ciclo. El desempleo en la ciudad bajó a 6,4 por ciento.")
    assert "12,500" in codes(_EN_PORT, mixed, "en", "es", "S007")


def test_consistent_point_convention_fr_es():
    src = ("Le barrage retient 4,8 millions de mètres cubes. La commune compte 2,5 fois plus "
           "d'habitants qu'en 1990, et le débit a baissé de 7,3 %.")
    tgt = ("La presa retiene 4.8 millones de metros cúbicos. El municipio tiene 2.5 veces más "
           "habitantes que en 1990, y el caudal bajó 7.3 %.")
    assert codes(src, tgt, "fr", "es", "S007") == []
    # one figure alone is no evidence of a convention: the language's mark is assumed
    assert codes("Le barrage retient 4,8 millions de mètres cubes.",
                 "La presa retiene 4.8 millones de metros cúbicos.", "fr", "es", "S007") == ["4.8"]
    # a region tag decides
    assert codes(src, tgt, "fr", "es-ES", "S007") != []


# 2. month and weekday names of Croatian, Serbian, Bosnian, Hebrew, Arabic and Persian

def test_croatian_months_en_hr():
    src = "The new rules take effect on 1 April 2026, the ministry said on Tuesday."
    assert codes(src, "Nova pravila stupaju na snagu 1. svibnja 2026., priopćilo je ministarstvo u utorak.",
                 "en", "hr", "D003") == ["svibnja"]
    assert codes(src, "Nova pravila stupaju na snagu 1. travnja 2026., priopćilo je ministarstvo u utorak.",
                 "en", "hr", "D003") == []


def test_croatian_weekdays_de_hr():
    src = "Die Sitzung findet am Mittwoch statt."
    assert codes(src, "Sjednica će se održati u petak.", "de", "hr", "D003") == ["petak"]
    assert codes(src, "Sjednica će se održati u srijedu.", "de", "hr", "D003") == []


def test_serbian_months_en_sr():
    src = "The festival opens in October."
    assert codes(src, "Festival počinje u novembru.", "en", "sr", "D003") == ["novembru"]
    assert codes(src, "Festival počinje u oktobru.", "en", "sr", "D003") == []


def test_hebrew_months_with_prefix_he_en():
    src = "החוק ייכנס לתוקף ב-1 ביולי, כך נמסר ממשרד האוצר."
    assert codes(src, "The law will take effect on August 1, the Finance Ministry said.",
                 "he", "en", "D003") == ["August"]
    assert codes(src, "The law will take effect on July 1, the Finance Ministry said.",
                 "he", "en", "D003") == []


def test_hebrew_months_en_he():
    src = "The exhibition runs until March."
    assert codes(src, "התערוכה תימשך עד מאי.", "en", "he", "D003") == ["מאי"]
    assert codes(src, "התערוכה תימשך עד מרץ.", "en", "he", "D003") == []


def test_arabic_months_en_ar():
    src = "The elections were postponed to September."
    assert codes(src, "تأجلت الانتخابات إلى نوفمبر.", "en", "ar", "D003") == ["نوفمبر"]
    assert codes(src, "تأجلت الانتخابات إلى سبتمبر.", "en", "ar", "D003") == []


# 3. currency names of Korean, Japanese and Chinese

def test_korean_currency_names_en_ko():
    src = "The bank approved a loan of US$250 million."
    assert codes(src, "은행은 2억5천만 호주달러의 대출을 승인했다.", "en", "ko", "D002") != []
    assert codes(src, "은행은 2억5천만 달러의 대출을 승인했다.", "en", "ko", "D002") == []


def test_japanese_currency_names_en_ja():
    src = "The company raised 40 million Australian dollars."
    assert codes(src, "同社は4000万円を調達した。", "en", "ja", "D002") != []
    assert codes(src, "同社は4000万豪ドルを調達した。", "en", "ja", "D002") == []


def test_chinese_currency_names_en_zh():
    src = "Tickets cost 300 yen."
    # (300元人民币 is 300 yuan: since session 64 元 is read as the yuan, so yen → yuan is a change)
    assert codes(src, "门票售价300元人民币。", "en", "zh", "D002") != []
    assert codes("Tickets cost 300 yuan.", "门票售价300元人民币。", "en", "zh", "D002") == []
    assert codes(src, "门票售价300日元。", "en", "zh", "D002") == []
    assert codes("Tickets cost 300 Australian dollars.", "门票售价300日元。", "en", "zh", "D002") != []


# 4. "$" of an English source

def test_english_dollar_sign_is_no_peso_en_es():
    src = "Each hour in line costs a carrier between $80 and $110."
    assert codes(src, "Cada hora en la fila le cuesta a un transportista entre 80 y 110 pesos.",
                 "en", "es", "D002") != []
    assert codes(src, "Cada hora en la fila le cuesta a un transportista entre 80 y 110 dólares.",
                 "en", "es", "D002") == []


def test_english_dollar_sign_is_no_peso_en_fr():
    src = "The fine is $450."
    assert codes(src, "L'amende est de 450 pesos.", "en", "fr", "D002") != []
    assert codes(src, "L'amende est de 450 dollars.", "en", "fr", "D002") == []
    # in a Spanish source "$" may be a peso
    assert codes("La multa es de $450.", "The fine is 450 pesos.", "es", "en", "D002") == []


# 5. a rate counted in another time

def test_rate_time_changed_en_sv():
    src = "Pumping must stop when the flow falls below 0.4 cubic metres per second."
    assert codes(src, "Pumpningen måste upphöra när flödet understiger 0,4 kubikmeter per minut.",
                 "en", "sv", "D002") != []
    assert codes(src, "Pumpningen måste upphöra när flödet understiger 0,4 kubikmeter per sekund.",
                 "en", "sv", "D002") == []


def test_rate_time_changed_fr_en_and_en_de():
    src = "Les saisonniers sont payés 14 euros par heure."
    assert codes(src, "Seasonal workers are paid 14 euros a day.", "fr", "en", "D002") != []
    assert codes(src, "Seasonal workers are paid 14 euros an hour.", "fr", "en", "D002") == []
    src = "The tap leaks 3 litres per hour."
    assert codes(src, "Der Hahn verliert 3 Liter pro Tag.", "en", "de", "D002") != []
    assert codes(src, "Der Hahn verliert 3 Liter pro Stunde.", "en", "de", "D002") == []
    # a rate the translation leaves without its time is no evidence
    assert codes(src, "Der Hahn verliert 3 Liter.", "en", "de", "D002") == []
