"""Session 53 (p1): directions and negations the held-out batch 18 showed missed.

* P003: a unit of two words ("per cento", "por ciento", "pour cent") between a figure and
  its word of more/less is one measure: "il 4 per cento in più" states a rise as "4 % più"
  does;
* P003: "below average" is "lower than average" (a word of position against one of height,
  either way round), and Vietnamese "trên mức" / "dưới mức" (above / below the level);
* P003: a phrase of more/less ("pelo menos", "al menos", "at least") is no word of change
  either: its "menos" no longer hides the source's rise from the translation's fall;
* P003: a concept of harm: "fared better" is "less affected" (daha az etkilendi, weniger
  betroffen, moins touché), "fared worse" "more affected";
* P003: Russian and Ukrainian "agreed with" (согласился, погодився) are words of
  acceptance against "rejected";
* P001: "not … until" against "pas", "erst" answers only the negators with an "until"
  after them: a second negator without one was dropped.
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# -- a unit of two words between a figure and more/less ------------------------------
def test_two_word_unit_it_de():
    src = "L'anno scorso sono state vendute 8.200 biciclette, il 4,5 per cento in più rispetto al 2022."
    assert codes(src, "Im vergangenen Jahr wurden 8.200 Fahrräder verkauft, 4,5 Prozent weniger als 2022.",
                 "it", "de", "P003")
    assert not codes(src, "Im vergangenen Jahr wurden 8.200 Fahrräder verkauft, 4,5 Prozent mehr als 2022.",
                     "it", "de", "P003")


def test_two_word_unit_fr_en():
    src = "Les ventes ont atteint 5 200 unités, soit 6 pour cent de plus qu'en 2022."
    assert codes(src, "Sales reached 5,200 units, 6 percent fewer than in 2022.", "fr", "en", "P003")
    assert not codes(src, "Sales reached 5,200 units, 6 percent more than in 2022.", "fr", "en", "P003")


# -- below average ~ lower than average ------------------------------------------------
def test_position_high_en_vi():
    src = "Farmers said the harvest was well below average this year."
    assert codes(src, "Nông dân cho biết vụ thu hoạch năm nay cao hơn nhiều so với mức trung bình.",
                 "en", "vi", "P003")
    assert not codes(src, "Nông dân cho biết vụ thu hoạch năm nay thấp hơn nhiều so với mức trung bình.",
                     "en", "vi", "P003")


def test_position_vi_level():
    src = "Rainfall in the north was above average in March."
    assert codes(src, "Lượng mưa ở miền bắc dưới mức trung bình trong tháng 3.", "en", "vi", "P003")
    assert not codes(src, "Lượng mưa ở miền bắc trên mức trung bình trong tháng 3.", "en", "vi", "P003")


def test_position_high_de_en():
    src = "Die Wassertemperatur lag oberhalb des langjährigen Mittels."
    assert codes(src, "The water temperature was lower than the long-term mean.", "de", "en", "P003")
    assert not codes(src, "The water temperature was higher than the long-term mean.", "de", "en", "P003")


# -- at least is no fall ---------------------------------------------------------------
def test_at_least_pt_es():
    src = "Segundo a autarquia, a obra aumentaria a despesa em pelo menos 4 milhões de euros."
    assert codes(src, "Según el ayuntamiento, la obra reduciría el gasto en al menos 4 millones de euros.",
                 "pt", "es", "P003")
    assert not codes(src, "Según el ayuntamiento, la obra aumentaría el gasto en al menos 4 millones de euros.",
                     "pt", "es", "P003")


def test_at_least_en_es():
    src = "The reform will reduce the cost by at least 3 million euros."
    assert codes(src, "La reforma aumentará el coste en al menos 3 millones de euros.", "en", "es", "P003")
    assert not codes(src, "La reforma reducirá el coste en al menos 3 millones de euros.", "en", "es", "P003")


# -- fared better ~ less affected --------------------------------------------------------
def test_harm_en_tr():
    src = "Villages on the hillside fared considerably better."
    assert codes(src, "Yamaçtaki köyler belirgin biçimde daha fazla etkilendi.", "en", "tr", "P003")
    assert not codes(src, "Yamaçtaki köyler belirgin biçimde daha az etkilendi.", "en", "tr", "P003")


def test_harm_en_de():
    src = "Small shops in the old town fared worse than the supermarkets."
    assert codes(src, "Kleine Läden in der Altstadt waren weniger betroffen als die Supermärkte.",
                 "en", "de", "P003")
    assert not codes(src, "Kleine Läden in der Altstadt waren stärker betroffen als die Supermärkte.",
                     "en", "de", "P003")


# -- agreed with ~ rejected ----------------------------------------------------------------
def test_agree_en_ru():
    src = "The union's spokesman rejected that argument."
    assert codes(src, "Представитель профсоюза согласился с этим доводом.", "en", "ru", "P003")
    assert not codes(src, "Представитель профсоюза не согласился с этим доводом.", "en", "ru", "P003")


def test_agree_de_uk():
    src = "Die Ministerin lehnte den Kompromiss am Freitag ab."
    assert codes(src, "Міністерка в п'ятницю погодилася на компроміс.", "de", "uk", "P003")
    assert not codes(src, "Міністерка в п'ятницю відхилила компроміс.", "de", "uk", "P003")


# -- not ... until answers only its own negator --------------------------------------------
def test_not_until_en_nl():
    src = ("The council would not raise the parking fees this year, so residents will not pay "
           "more until March.")
    assert codes(src, "De gemeente zal de parkeertarieven dit jaar verhogen, zodat bewoners pas in "
                 "maart meer betalen.", "en", "nl", "P001")
    assert not codes(src, "De gemeente zal de parkeertarieven dit jaar niet verhogen, zodat bewoners pas "
                     "in maart meer betalen.", "en", "nl", "P001")


def test_not_until_en_de():
    src = "The club would not sign new players, and fans will not see the squad until August."
    assert codes(src, "Der Verein werde neue Spieler verpflichten, und die Fans sehen die Mannschaft "
                 "erst im August.", "en", "de", "P001")
    # one negator with its "until": "erst" says it
    assert not codes("Fans will not see the new squad until August.",
                     "Die Fans sehen die neue Mannschaft erst im August.", "en", "de", "P001")
