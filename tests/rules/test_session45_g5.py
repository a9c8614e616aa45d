"""Session 45 (g5): direction and negation (P003, P001), found by the held-out articles of
batch s45 (bench/articles), fixed as classes of the languages (written for mtcheck).

1. P001: a short negator before a figure ("not 4,000 but 2,500", "geen 4.000 maar",
   "nie 4000, lecz") negates; only "No. 5", "No 10" (a full stop, or two letters and a
   capital) abbreviate "number";
2. P001: Slavic "not earlier / not later" before a date (не раньше 20 января, nie później
   niż 1 marca) is a deadline, as English "no later than": a bound, no negation;
3. P001: Chinese 不变 / 不變 "unchanged" (维持不变 keep unchanged), 不便 "inconvenience": one
   word, a negative word, no negator of its clause;
4. P001: Portuguese and Spanish "para de" (3rd person of "parar de", to stop doing, written
   as the preposition "para"): "não para de crescer" (keeps growing) is a double negation,
   as "não deixa de" is;
5. P001: a word of less that bounds a figure or a comparison ("en menos de 90 segundos",
   in under 90 seconds) is no negative word that would excuse a dropped "no";
6. P003: a weak word of more/less right after a figure states a change ("un 8% más que",
   "12% mais"): "8% less" against it is a flip;
7. P003: the Romance superlative, article and more ("a mais afetada", "la más afectada",
   "la plus touchée") is "the most", strong as English "the most";
8. P003: a weak word of change with "by" (da, sv, nb "med") and a figure a few words on
   states its pole ("raise emissions by 1.8 million tonnes", "cut the budget by 5%");
9. P003: a source with words of both poles whose translation renders every one by the
   second pole ("a rise in X or a fall in Y" -> "a fall in X or a fall in Y") flips;
10. P003: a word derived with a negative affix right before the pole word qualifies it
    ("niebezpieczny wzrost" dangerous rise, "an unexpected rise"): no negation of it.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. a negator before a figure

def test_not_before_a_figure_negates_en_de():
    src = "The net gain is not 4,000 but 2,500 places, the association says."
    assert codes(src, "Der Nettozuwachs beträgt 4.000 Plätze, sagt der Verband.", "en", "de", "P001")
    assert codes(src, "Der Nettozuwachs beträgt nicht 4.000, sondern 2.500 Plätze, sagt der Verband.",
                 "en", "de", "P001") == []


def test_geen_before_a_figure_negates_nl_en():
    src = "Er komen dus geen 4.000 maar 2.500 plekken bij, zegt de bond."
    assert codes(src, "So 4,000 spaces are being added, the union says.", "nl", "en", "P001")
    assert codes(src, "So not 4,000 but 2,500 spaces are being added, the union says.", "nl", "en",
                 "P001") == []


def test_number_abbreviation_is_still_no_negator():
    src = "Il a parlé devant la presse devant le No 10 de Downing Street."
    assert codes(src, "Er sprach vor der Presse vor No. 10 Downing Street.", "fr", "de", "P001") == []


# 2. a Slavic deadline

def test_russian_not_earlier_is_a_deadline_ru_en():
    src = "Переправа откроется не раньше 15 февраля, сообщили в министерстве."
    assert codes(src, "The crossing will open no earlier than 15 February, the ministry said.",
                 "ru", "en", "P001") == []
    src = "Переправа не откроется раньше 15 февраля, сообщили в министерстве."
    assert codes(src, "The crossing will open before 15 February, the ministry said.", "ru", "en", "P001")


def test_polish_not_later_is_a_deadline_pl_en():
    src = "Wnioski trzeba złożyć nie później niż 30 kwietnia."
    assert codes(src, "Applications must be submitted no later than 30 April.", "pl", "en", "P001") == []
    src = "Wniosków nie można złożyć przed 30 kwietnia."
    assert codes(src, "Applications can be submitted before 30 April.", "pl", "en", "P001")


# 3. Chinese "unchanged"

def test_chinese_unchanged_is_no_negator_en_zh():
    src = "The operator has held its prices for three years."
    assert codes(src, "该公司三年来一直维持价格不变。", "en", "zh", "P001") == []
    assert codes(src, "该公司三年来没有维持价格。", "en", "zh", "P001")


def test_chinese_unchanged_is_no_negator_zh_en():
    src = "渡輪票價今年保持不變。"
    assert codes(src, "Ferry fares stay the same this year.", "zh", "en", "P001") == []
    assert codes("渡輪票價今年不會上調。", "Ferry fares will rise this year.", "zh", "en", "P001")


# 4. "não para de", "no para de": keeps on

def test_nao_para_de_is_keeps_en_pt():
    src = "The waiting list keeps getting longer, the hospital said."
    assert codes(src, "A lista de espera não para de crescer, disse o hospital.", "en", "pt", "P001") == []
    assert codes(src, "A lista de espera não vai crescer, disse o hospital.", "en", "pt", "P001")


def test_no_para_de_is_keeps_es_en():
    src = "El número de turistas no para de aumentar, según el ayuntamiento."
    assert codes(src, "The number of tourists keeps rising, according to the city council.", "es", "en",
                 "P001") == []
    src = "El número de turistas no va a aumentar, según el ayuntamiento."
    assert codes(src, "The number of tourists is going to rise, according to the city council.", "es", "en",
                 "P001")


# 5. "menos de 90 segundos" bounds a figure

def test_menos_de_figure_is_no_negative_word_en_es():
    src = "The agency said it would not hire more staff, and the scanners check a truck in under 90 seconds."
    assert codes(src, "La agencia dijo que contratará más personal, y los escáneres revisan un camión en "
                 "menos de 90 segundos.", "en", "es", "P001")
    assert codes(src, "La agencia dijo que no contratará más personal, y los escáneres revisan un camión en "
                 "menos de 90 segundos.", "en", "es", "P001") == []


def test_menos_de_figure_is_no_negative_word_en_pt():
    src = "The agency said it would not hire more staff, and the scanners check a truck in under 90 seconds."
    assert codes(src, "A agência disse que vai contratar mais pessoal, e os scanners verificam um camião em "
                 "menos de 90 segundos.", "en", "pt", "P001")
    assert codes(src, "A agência disse que não vai contratar mais pessoal, e os scanners verificam um camião "
                 "em menos de 90 segundos.", "en", "pt", "P001") == []


# 6. a weak word of more after a figure

def test_mas_after_a_figure_is_more_es_en():
    src = "La cooperativa espera una producción de 4,2 millones de litros, un 6% más que en 2023."
    assert codes(src, "The cooperative expects output of 4.2 million litres, 6% less than in 2023.",
                 "es", "en", "P003")
    assert codes(src, "The cooperative expects output of 4.2 million litres, 6% more than in 2023.",
                 "es", "en", "P003") == []


def test_mais_after_a_figure_is_more_pt_en():
    src = "A cooperativa espera uma produção de 4,2 milhões de litros, 6% mais do que em 2023."
    assert codes(src, "The cooperative expects output of 4.2 million litres, 6% less than in 2023.",
                 "pt", "en", "P003")
    assert codes(src, "The cooperative expects output of 4.2 million litres, 6% more than in 2023.",
                 "pt", "en", "P003") == []


# 7. the Romance superlative

def test_superlative_article_and_more_en_pt():
    src = "Of the three valleys, the eastern one was the least affected by the storm."
    assert codes(src, "Dos três vales, o oriental foi o mais afetado pela tempestade.", "en", "pt", "P003")
    assert codes(src, "Dos três vales, o oriental foi o menos afetado pela tempestade.", "en", "pt", "P003") == []


def test_superlative_article_and_more_en_es_fr():
    src = "Of the three valleys, the eastern one was the least affected by the storm."
    assert codes(src, "De los tres valles, el oriental fue el más afectado por la tormenta.", "en", "es", "P003")
    assert codes(src, "De los tres valles, el oriental fue el menos afectado por la tormenta.", "en", "es",
                 "P003") == []
    assert codes(src, "Des trois vallées, celle de l'est a été la plus touchée par la tempête.", "en", "fr", "P003")
    assert codes(src, "Des trois vallées, celle de l'est a été la moins touchée par la tempête.", "en", "fr",
                 "P003") == []


# 8. a weak word of change with "by" and a figure

def test_raise_by_a_figure_is_a_rise_da_en():
    src = "Ifølge kommunen vil de nye regler reducere trafikken med 15 procent inden 2030."
    assert codes(src, "According to the municipality, the new rules will raise traffic by 15 percent by 2030.",
                 "da", "en", "P003")
    assert codes(src, "According to the municipality, the new rules will cut traffic by 15 percent by 2030.",
                 "da", "en", "P003") == []


def test_raise_by_a_figure_is_a_rise_en_sv():
    src = "The council will cut the school budget by 4 percent next year."
    assert codes(src, "Kommunen kommer att höja skolbudgeten med 4 procent nästa år.", "en", "sv", "P003")
    assert codes(src, "Kommunen kommer att minska skolbudgeten med 4 procent nästa år.", "en", "sv", "P003") == []


# 9. both poles in the source, one in the translation

def test_both_poles_rendered_by_one_pl_de():
    src = "Czujniki pokażą wzrost temperatury albo spadek poziomu wody w ciągu godziny."
    assert codes(src, "Die Sensoren zeigen einen Rückgang der Temperatur oder einen Rückgang des Wasserstands "
                 "innerhalb einer Stunde.", "pl", "de", "P003")
    assert codes(src, "Die Sensoren zeigen einen Anstieg der Temperatur oder einen Rückgang des Wasserstands "
                 "innerhalb einer Stunde.", "pl", "de", "P003") == []


def test_both_poles_rendered_by_one_en_fr():
    src = "The sensors will show a rise in temperature or a fall in the water level within an hour."
    assert codes(src, "Les capteurs montreront une baisse de la température ou une baisse du niveau de l'eau "
                 "en moins d'une heure.", "en", "fr", "P003")
    assert codes(src, "Les capteurs montreront une hausse de la température ou une baisse du niveau de l'eau "
                 "en moins d'une heure.", "en", "fr", "P003") == []


# 10. a negative adjective before the pole word

def test_negative_adjective_keeps_the_direction_pl_en():
    src = "Analitycy obserwują niebezpieczny wzrost cen energii."
    assert codes(src, "Analysts are watching a dangerous fall in energy prices.", "pl", "en", "P003")
    assert codes(src, "Analysts are watching a dangerous rise in energy prices.", "pl", "en", "P003") == []


def test_negative_adjective_keeps_the_direction_en_de_en_pl():
    src = "Analysts reported an unexpected rise in energy prices in March."
    assert codes(src, "Analysten meldeten einen deutlichen Rückgang der Energiepreise im März.", "en", "de", "P003")
    assert codes(src, "Analysten meldeten einen deutlichen Anstieg der Energiepreise im März.", "en", "de",
                 "P003") == []
    src = "Analysts are watching a dangerous rise in energy prices."
    assert codes(src, "Analitycy obserwują niebezpieczny spadek cen energii.", "en", "pl", "P003")
    assert codes(src, "Analitycy obserwują niebezpieczny wzrost cen energii.", "en", "pl", "P003") == []
