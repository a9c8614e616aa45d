"""Session 54 (batch 19, r3): direction and negation in Japanese, Korean, Chinese and Arabic
pairs.

P003: a market report's rise and fall written 高 and 安 right after a figure (12.4%高,
320円安) and the Korean verbs of rising and falling right after a figure (5.2% 오른, 3.5%
내린) state a change; Japanese "kept down compared with" (に比べて…抑えられる) is lower; English
"raise", "lower", "cut" with a price, cost, fee, tax or rate as their object ("raise travel
costs") are strong words of change; goods "sold as" what they are not (vendu comme, se vende
como) are no sale against a purchase.
P001: a Japanese embedded question with a verb of worry or consideration (迷惑をかけていないか
心配, 活用できないか検討) negates nothing; "nicht nur …, auch", "not only …, it also", "niet
alleen …, ook" are "not only" without their "but".
"""
import pytest

import mtcheck


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# ---- P003: figure + 高/安 (Japanese market language), figure + 오른/내린 (Korean) ----------

KO_RISE = "한편 이날 코스피에서 대한전자 주가는 전 거래일보다 5.2% 오른 8만 1200원에 마감했다."
EN_RISE = "Shares in the carmaker rose 3.1% on Tuesday."
JA_FALL_YEN = "東京株式市場で日経平均株価は前日比320円安の3万8150円で取引を終えた。"
KO_FALL = "이날 삼성물산 주가는 3.5% 내린 12만 원에 거래를 마쳤다."


@pytest.mark.parametrize("src,tgt,sl,tl", [
    (KO_RISE, "一方、この日のKOSPIで大韓電子の株価は前営業日比5.2%安の8万1200ウォンで取引を終えた。", "ko", "ja"),
    (EN_RISE, "自動車メーカーの株価は火曜日、3.1%安となった。", "en", "ja"),
    (JA_FALL_YEN, "On the Tokyo stock market, the Nikkei average rose 320 yen from the previous day "
                  "to close at 38,150 yen.", "ja", "en"),
    (KO_FALL, "Samsung C&T shares rose 3.5% to close at 120,000 won.", "ko", "en"),
])
def test_market_rise_and_fall_after_a_figure_flipped(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "P003")


def test_market_fall_message_shows_the_figure():
    (f,) = _codes(JA_FALL_YEN, "On the Tokyo stock market, the Nikkei average rose 320 yen from the "
                  "previous day to close at 38,150 yen.", "ja", "en", "P003")
    assert "320円安" in f.message


@pytest.mark.parametrize("src,tgt,sl,tl", [
    (KO_RISE, "一方、この日のKOSPIで大韓電子の株価は前営業日比5.2%高の8万1200ウォンで取引を終えた。", "ko", "ja"),
    (EN_RISE, "自動車メーカーの株価は火曜日、3.1%高となった。", "en", "ja"),
    (JA_FALL_YEN, "On the Tokyo stock market, the Nikkei average fell 320 yen from the previous day "
                  "to close at 38,150 yen.", "ja", "en"),
    (KO_FALL, "Samsung C&T shares fell 3.5% to close at 120,000 won.", "ko", "en"),
    # 円安 without a figure is the yen's weakness, 安全 no fall
    ("円安が進み、輸出関連株が買われた。", "The yen weakened and export-related shares were bought.", "ja", "en"),
    ("Prices rose sharply, but the plant remained safe.", "価格は大幅に上昇したが、工場の安全は保たれた。", "en", "ja"),
])
def test_market_direction_kept_is_no_finding(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "P003")


# ---- P003: Japanese "kept down compared with" --------------------------------------------

JA_KEPT_DOWN = "新しい焼却炉は従来の設備に比べて排出ガスが大幅に抑えられる。"
JA_KEPT_DOWN2 = "新型の電池は従来品に比べて製造コストが抑えられるという。"


@pytest.mark.parametrize("src,tgt,tl", [
    (JA_KEPT_DOWN, "Die Abgase der neuen Verbrennungsanlage sind deutlich höher als bei der bisherigen Anlage.", "de"),
    (JA_KEPT_DOWN2, "The production costs of the new battery are said to be much higher than those of "
                    "earlier models.", "en"),
])
def test_kept_down_compared_rendered_higher(src, tgt, tl):
    assert _codes(src, tgt, "ja", tl, "P003")


@pytest.mark.parametrize("src,tgt,tl", [
    (JA_KEPT_DOWN, "Die Abgase der neuen Verbrennungsanlage sind deutlich geringer als bei der bisherigen Anlage.", "de"),
    (JA_KEPT_DOWN2, "The production costs of the new battery are said to be much lower than those of "
                    "earlier models.", "en"),
])
def test_kept_down_compared_rendered_lower_is_no_finding(src, tgt, tl):
    assert not _codes(src, tgt, "ja", tl, "P003")


def test_compared_and_kept_down_in_two_sentences_are_no_phrase():
    # 比べて of one sentence and 抑える of the next: no "lower than"
    assert not _codes("昨年に比べて売上高が増えた。政府は価格を抑える方針だ。",
                      "Sales were higher than last year. The government plans to keep prices down.",
                      "ja", "en", "P003")


# ---- P003: English raise / lower / cut with a price or cost as object ---------------------

@pytest.mark.parametrize("src,tgt,sl", [
    ("وقالت الوزارة إن الإجراء الجديد سيساهم في خفض أسعار الأدوية.",
     "The ministry said the new measure would help raise medicine prices.", "ar"),
    ("Die Stadt will im kommenden Jahr die Parkgebühren senken.",
     "The city wants to raise parking fees next year.", "de"),
])
def test_raise_costs_against_a_cut(src, tgt, sl):
    assert _codes(src, tgt, sl, "en", "P003")


def test_cut_rates_against_a_rise():
    assert _codes("Die Notenbank hat die Zinsen im März erneut erhöht.",
                  "The central bank cut interest rates again in March.", "de", "en", "P003")


@pytest.mark.parametrize("src,tgt,sl", [
    ("وقالت الوزارة إن الإجراء الجديد سيساهم في خفض أسعار الأدوية.",
     "The ministry said the new measure would help lower medicine prices.", "ar"),
    ("Die Stadt will im kommenden Jahr die Parkgebühren senken.",
     "The city wants to lower parking fees next year.", "de"),
    # "lower" as an adjective ("lower gas prices") states no change
    ("Die Hilfe würde das Ansehen der Regierung deutlich erhöhen, von niedrigeren Gaspreisen ganz zu schweigen.",
     "The aid would greatly enhance the government's standing, not to mention lower gas prices.", "de"),
    # "raise" with no price as its object stays weak
    ("Die Stadt will im kommenden Jahr die Parkgebühren senken.",
     "The plan to reduce parking fees raised questions among shop owners.", "de"),
])
def test_price_direction_kept_is_no_finding(src, tgt, sl):
    assert not _codes(src, tgt, sl, "en", "P003")


# ---- P003: goods sold as what they are not ------------------------------------------------

HONEY_EN = ("Experts warn that more ordinary honey may be passed off as wild honey, and consumers "
            "should check the label when buying.")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("业内人士提醒，以普通蜂蜜冒充野生蜂蜜的现象可能增多，消费者购买时应仔细查看标签。",
     "Les professionnels préviennent que les cas de miel ordinaire vendu comme du miel sauvage pourraient "
     "se multiplier ; les consommateurs sont invités à vérifier attentivement l'étiquette.", "zh", "fr"),
    (HONEY_EN, "Los expertos advierten que podría aumentar la miel común vendida como miel silvestre, y "
               "piden a los consumidores revisar la etiqueta.", "en", "es"),
    (HONEY_EN, "Gli esperti avvertono che potrebbe aumentare il miele comune venduto come miele selvatico "
               "e invitano i consumatori a controllare l'etichetta.", "en", "it"),
])
def test_sold_as_is_no_sale_against_a_purchase(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("La société a acheté l'usine en 2019.", "The company sold the factory in 2019.", "fr", "en"),
    ("The company bought the factory in 2019.", "La société a vendu l'usine en 2019.", "en", "fr"),
])
def test_a_sale_for_a_purchase_stays_a_flip(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "P003")


# ---- P001: Japanese embedded questions of worry or consideration --------------------------

@pytest.mark.parametrize("src,tgt,tl", [
    ("夏場の臭いで近所に迷惑をかけていないか、ずっと心配していた。",
     "Ich habe mir immer Sorgen gemacht, ob der Geruch im Sommer die Nachbarn stört.", "de"),
    ("市は廃校を観光施設として活用できないか検討している。",
     "The city is considering whether the closed school could be used as a tourist facility.", "en"),
])
def test_embedded_question_of_worry_is_no_negation(src, tgt, tl):
    assert not _codes(src, tgt, "ja", tl, "P001")


@pytest.mark.parametrize("src,tgt,tl", [
    ("彼は会議に来ないから、計画は延期された。", "He is coming to the meeting, so the plan was postponed.", "en"),
    ("雨が降らないかもしれないと心配している。", "Sie befürchten, dass es regnen könnte.", "de"),
])
def test_negation_before_because_or_may_is_kept(src, tgt, tl):
    assert _codes(src, tgt, "ja", tl, "P001")


# ---- P001: "not only …, also" without a "but" ---------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Das neue Verfahren senkt nicht nur die Kosten, auch der Lärm nimmt deutlich ab.",
     "The new process cuts costs and also clearly reduces noise.", "de", "en"),
    ("The new process cuts costs and clearly reduces noise as well.",
     "Das neue Verfahren senkt nicht nur die Kosten, auch der Lärm nimmt deutlich ab.", "en", "de"),
    ("Het nieuwe proces verlaagt de kosten en vermindert ook het lawaai.",
     "The new process not only cuts costs, it also reduces noise.", "nl", "en"),
])
def test_not_only_with_also_is_no_negation(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "P001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Das ist nicht nur eine Frage des Geldes.", "That is only a question of money.", "de", "en"),
    ("Le nouveau procédé réduit les coûts et diminue aussi le bruit.",
     "Das neue Verfahren senkt nicht die Kosten, auch der Lärm nimmt ab.", "fr", "de"),
])
def test_not_without_only_and_also_stays_a_negation(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "P001")
