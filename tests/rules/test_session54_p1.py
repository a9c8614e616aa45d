"""Session 54 (p1): polarity and negation.

* P001: the quoting, attributive and conditional endings of Korean 않다 / 없다 / 아니다
  ("보지 않았다고 말했다", said he had not seen; "없다는", "않겠다며") are negators.
* P001: "had no (other) choice but to" (keine andere Wahl als, geen andere keus dan, nem volt
  más választása, mint) says "had to" and negates nothing; so does Korean "X밖에 없다" (only X).
* P001: a negator in an indirect yes/no question after a verb of wondering ("vroegen zich af
  of het niet beter was", "fragten sich, ob es nicht klüger wäre") is rhetorical.
* P003: a word of position after a figure before a physical reference ("2,800 metres below
  the surface", "2800 Meter unter der Oberfläche") says where, not a fall by that figure.
* P001: a Czech or Slovak n-word of negative concord (nijak, nikdo, nikto) next to a verb
  without its "ne-" ("nijak pomůže" for "nijak nepomůže") is a dropped negation.
* P001: one `choice_tail` word may stand between the noun and its "but" ("keine andere
  Wahl mehr, als", "no choice left but").
* P003: "intensify" (intensificar) and Russian "ослабнут" (will ease) are words of strength;
  Korean 올라 (the connective of 오르다, rose) is a word of rise.
"""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- Korean quoting endings of the negative auxiliaries -----------------------------------
def test_korean_quoted_negation_matches_source_negation():
    assert codes("He said he had not seen the letter before the meeting.",
                 "그는 회의 전에 그 편지를 보지 않았다고 말했다.", "en", "ko", "P001") == []
    assert codes("Sie erklärte, es gebe für den Neubau keinen Zeitplan.",
                 "그녀는 신축 공사에 대한 일정표가 없다고 설명했다.", "de", "ko", "P001") == []


def test_korean_quoted_negation_dropped_is_flagged():
    assert codes("시장은 그 계획을 포기하지 않았다고 말했다.",
                 "The mayor said he had given up the plan.", "ko", "en", "P001")
    assert codes("그 회사는 추가 비용이 없다고 밝혔다.",
                 "Die Firma teilte mit, es gebe zusätzliche Kosten.", "ko", "de", "P001")


def test_korean_affirmative_quote_stays_quiet():
    assert codes("그는 편지를 보았다고 말했다.", "He said he had seen the letter.", "ko", "en", "P001") == []


# --- "no choice but" --------------------------------------------------------------------
def test_no_choice_but_is_no_negation():
    assert codes("Die Firma musste das Werk im Herbst schließen.",
                 "The firm had no choice but to close the plant in the autumn.", "de", "en", "P001") == []
    assert codes("The council had to raise the local tax this year.",
                 "A tanácsnak nem volt más választása, mint idén emelni a helyi adót.",
                 "en", "hu", "P001") == []
    assert codes("De boeren hadden geen andere keus dan hun vee te verkopen.",
                 "The farmers had to sell their cattle.", "nl", "en", "P001") == []


def test_korean_nothing_but_is_only():
    assert codes("관계자는 가뭄이 길어지면 공급량 조정을 검토할 수밖에 없다고 말했다.",
                 "The official said that if the drought lasts, they will have no choice but to "
                 "consider adjusting supply.", "ko", "en", "P001") == []
    assert codes("창고에는 상자가 하나밖에 안 남았다.",
                 "Im Lager ist nur noch eine Kiste übrig.", "ko", "de", "P001") == []


def test_corrective_not_option_but_stays_a_negation():
    assert codes("В Казани трамвай должен стать запасным вариантом.",
                 "In Kazan, the tram should become not a fallback option but the main mode.",
                 "ru", "en", "P001")


def test_no_choice_without_but_stays_a_negation():
    assert codes("Die Wähler hatten bei dieser Abstimmung keine Wahl.",
                 "Voters had a choice in this ballot.", "de", "en", "P001")


# --- rhetorical negation in an indirect question ----------------------------------------
def test_wondering_whether_not_is_rhetorical():
    assert codes("Critics asked whether the funds would have been better spent on schools.",
                 "Critici vroegen zich af of het geld niet beter aan scholen besteed had kunnen worden.",
                 "en", "nl", "P001") == []
    assert codes("Viele fragten sich, ob es nicht klüger wäre, die Brücke zu sanieren.",
                 "Many wondered whether it would be wiser to repair the bridge.", "de", "en", "P001") == []


def test_negation_outside_an_indirect_question_still_flagged():
    assert codes("The minister said the money was better spent on schools.",
                 "De minister zei dat het geld niet beter aan scholen besteed was.", "en", "nl", "P001")
    assert codes("Viele sagten, es wäre nicht klüger, die Brücke zu sanieren.",
                 "Many said it would be wiser to repair the bridge.", "de", "en", "P001")


# --- a place below or above a physical reference ----------------------------------------
def test_depth_below_surface_is_no_fall():
    assert codes("The firm pumps brine from a reservoir 2,800 metres below the surface.",
                 "회사는 지하 2800m 저수층에서 염수를 끌어올린다.", "en", "ko", "P003") == []
    assert codes("Die Firma pumpt Sole aus 2800 Metern unter der Oberfläche.",
                 "회사는 지하 2800m에서 염수를 끌어올린다.", "de", "ko", "P003") == []
    assert codes("The company will pump brine from 2,800 metres below the surface.",
                 "会社は地下2800メートルから塩水を引き上げる。", "en", "ja", "P003") == []


def test_position_flip_against_sea_level_still_flagged():
    assert codes("La ville se trouve à 1 200 mètres au-dessus du niveau de la mer.",
                 "The town lies 1,200 metres below sea level.", "fr", "en", "P003")


def test_below_average_still_a_fall():
    assert codes("Die Preise lagen 18 Prozent unter dem Vorjahr.",
                 "Prices were 18 per cent above last year.", "de", "en", "P003")


# --- strength and rise words ------------------------------------------------------------
def test_intensify_against_ease():
    assert codes("Синоптики обещают, что морозы ослабнут к выходным.",
                 "Forecasters say the frost will intensify by the weekend.", "ru", "en", "P003")
    assert codes("Forecasters expect the storm to weaken overnight.",
                 "Los meteorólogos esperan que la tormenta se intensifique durante la noche.",
                 "en", "es", "P003")


def test_intensify_same_pole_stays_quiet():
    assert codes("Синоптики обещают, что морозы усилятся к выходным.",
                 "Forecasters say the frost will intensify by the weekend.", "ru", "en", "P003") == []
    assert codes("Синоптики обещают, что морозы ослабнут к выходным.",
                 "Forecasters say the frost will ease by the weekend.", "ru", "en", "P003") == []


def test_korean_connective_rise():
    assert codes("Rents have fallen by more than 20 per cent since last year, the agency said.",
                 "중개업체는 임대료가 작년보다 20% 넘게 올라 부담이 커졌다고 밝혔다.", "en", "ko", "P003")
    assert codes("Die Mieten sind seit letztem Jahr um mehr als 20 Prozent gesunken.",
                 "임대료는 작년보다 20% 넘게 올라 세입자 부담이 커졌다.", "de", "ko", "P003")


def test_korean_connective_rise_same_pole():
    assert codes("Rents have risen by more than 20 per cent since last year.",
                 "임대료가 작년보다 20% 넘게 올라 세입자 부담이 커졌다.", "en", "ko", "P003") == []


# --- Czech / Slovak negative concord without its negated verb ---------------------------
def test_concord_word_with_affirmative_verb_is_flagged():
    assert codes("Nobody knows where the money went.",
                 "Nikdo to ví, kam peníze zmizely.", "en", "cs", "P001")
    assert codes("Niemand weiß, wohin das Geld geflossen ist.",
                 "Nikto vie, kam peniaze zmizli.", "de", "sk", "P001")
    assert codes("The new law does nothing for tenants, the union said.",
                 "Nový zákon nájemníkům nijak pomůže, uvedla odbory.", "en", "cs", "P001")


def test_concord_word_with_negated_verb_stays_quiet():
    assert codes("Nobody knows where the money went.",
                 "Nikdo to neví, kam peníze zmizely.", "en", "cs", "P001") == []
    assert codes("Niemand weiß, wohin das Geld geflossen ist.",
                 "Nikto nevie, kam peniaze zmizli.", "de", "sk", "P001") == []
    assert codes("It was a winter warmer than ever before.",
                 "Byla to zima teplejší než kdy předtím, jako nikdy předtím.", "en", "cs", "P001") == []


@pytest.mark.parametrize("src, tgt, sl, tl", [
    ("The company had no choice but to close the plant.",
     "Das Unternehmen hatte keine andere Wahl mehr, als das Werk zu schließen.", "en", "de"),
    ("Het bedrijf had geen keus meer dan de fabriek te sluiten.",
     "The company had no choice left but to close the plant.", "nl", "en"),
])
def test_choice_tail_word_before_but_is_still_no_choice(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P001")


def test_choice_noun_without_but_stays_a_negation():
    assert codes("The company had no choice but to close the plant.",
                 "Das Unternehmen hat keine Wahl mehr.", "en", "de", "P001")
