"""Session 56 (p2): polarity and negation with Chinese and Korean on one side.

* Korean "X밖에 V-지 않다" (only X: "세 명밖에 오지 않았다", only three came) is no negation,
  as "X밖에 없다" and "X밖에 안 V" were not (P001); "집 밖에 나가지 않았다" (did not go
  outside, 밖에 standing apart) still is;
* more forms of Korean 아니다 "is not" are negators: the attributive future 아닐 ("비상시가
  아닐 때", when there is no emergency) and the past and connective forms (P001);
* a Korean "cannot not" pair ("안 줄 수가 없다", "하지 않을 수 없다": must) against a single
  negator on the other side ("can go a day without watering") is a flipped polarity (P001);
* Chinese sentences are cut into clauses at their full-width commas, so a clause negated in
  the source and not in the translation is found where both sides are negated elsewhere
  ("问题不在…，而在于…没有…" ~ "The problem is not …, but … have been …") (P001);
* English "raise" and "cut" with a quantity of use or output as their object ("raised
  energy consumption", "cut emissions", "lowered its spending") say a rise and a fall (P003).
"""
from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, prefix):
    return [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


# -- Korean "X밖에 V-지 않다": only X --------------------------------------------------

def test_ko_only_with_verb_is_no_negation_ko_en():
    assert codes("행사에는 주민 세 명밖에 오지 않았다.",
                 "Only three residents came to the event.", "ko", "en", "P001") == []


def test_ko_only_with_verb_is_no_negation_en_ko():
    assert codes("The reservoir held only 40 per cent of its capacity in August.",
                 "8월 저수지에는 용량의 40퍼센트밖에 차지 않았다.", "en", "ko", "P001") == []


def test_ko_outside_apart_still_negates():
    # 밖에 standing apart is "outside": the negation is real and its loss is flagged
    assert codes("아이들은 비 때문에 집 밖에 나가지 않았다.",
                 "Because of the rain, the children went outside.", "ko", "en", "P001") == ["P001"]
    assert codes("아이들은 비 때문에 집 밖에 나가지 않았다.",
                 "Because of the rain, the children did not go outside.", "ko", "en", "P001") == []


# -- Korean 아닐 and other forms of 아니다 --------------------------------------------

def test_ko_anil_is_a_negator_en_ko():
    assert codes("The hall will be used as a gym when there is no flood.",
                 "이 강당은 홍수가 아닐 때는 체육관으로 쓰일 것이다.", "en", "ko", "P001") == []


def test_ko_anil_is_a_negator_ko_en():
    assert codes("경찰은 그가 범인이 아닐 가능성이 높다고 말했다.",
                 "Police said he was probably not the culprit.", "ko", "en", "P001") == []


def test_ko_anil_dropped_is_flagged():
    assert codes("경찰은 그가 범인이 아닐 가능성이 높다고 말했다.",
                 "Police said he was probably the culprit.", "ko", "en", "P001") == ["P001"]


def test_ko_animyeon_or_is_no_negator():
    # 아니면 is "or": no negation on either side
    assert codes("버스를 타거나 아니면 택시를 타면 된다.",
                 "You can take the bus or a taxi.", "ko", "en", "P001") == []


# -- Korean "cannot not" (must) against a single negation -------------------------------

def test_ko_must_pair_against_single_negator_ko_en():
    assert codes("그 회사는 결국 공장을 닫지 않을 수 없었다.",
                 "The company did not close the factory in the end.", "ko", "en", "P001") == ["P001"]


def test_ko_must_pair_against_single_negator_en_ko():
    assert codes("The farmers did not sell their land.",
                 "농민들은 땅을 팔지 않을 수 없었다.", "en", "ko", "P001") == ["P001"]


def test_ko_must_pair_kept():
    src = "여름에는 화분에 물을 하루도 안 줄 수가 없다."
    assert codes(src, "In summer you cannot go a single day without watering the pots.",
                 "ko", "en", "P001") == []
    assert codes(src, "In summer you can go a single day without watering the pots.",
                 "ko", "en", "P001") == ["P001"]
    assert codes("그 회사는 결국 공장을 닫지 않을 수 없었다.",
                 "The company eventually had to close the factory.", "ko", "en", "P001") == []


# -- Chinese clauses cut at full-width commas ------------------------------------------

def test_zh_clause_negation_dropped_zh_en():
    src = "问题不在资金本身，而在于项目与需求没有很好衔接。"
    assert codes(src, "The problem is not the money itself, but that the project and demand "
                 "have been well connected.", "zh", "en", "P001") == ["P001"]
    assert codes(src, "The problem is not the money itself, but that the project and demand "
                 "have not been well connected.", "zh", "en", "P001") == []


def test_zh_clause_negation_dropped_en_zh():
    src = "The bridge is not new, but the city cannot pay for its repair."
    assert codes(src, "这座桥并不新，但市政府能够支付维修费用。", "en", "zh", "P001") == ["P001"]
    assert codes(src, "这座桥并不新，但市政府没有能力支付维修费用。", "en", "zh", "P001") == []


# -- English raise / cut with a quantity of use or output ------------------------------

def test_raised_consumption_against_a_fall_zh_en():
    src = "厂长表示，新设备使每吨钢的耗水量下降了约12%。"
    assert codes(src, "The plant manager said the new equipment had raised water consumption "
                 "per tonne of steel by about 12%.", "zh", "en", "P003") == ["P003"]
    assert codes(src, "The plant manager said the new equipment had cut water consumption "
                 "per tonne of steel by about 12%.", "zh", "en", "P003") == []


def test_cut_emissions_against_a_rise_de_en():
    src = "Das neue Kraftwerk hat die Emissionen der Region im vergangenen Jahr erhöht."
    assert codes(src, "The new power plant cut emissions in the region last year.",
                 "de", "en", "P003") == ["P003"]
    assert codes(src, "The new power plant raised emissions in the region last year.",
                 "de", "en", "P003") == []
    # "raised concerns about spending": no quantity raised
    assert codes("Die Opposition kritisierte die Ausgaben des Ministeriums, die gesunken sind.",
                 "The opposition raised concerns about the ministry's spending, which has fallen.",
                 "de", "en", "P003") == []
