"""Session 54 (p2): polarity and negation.

* P003: a source whose words of one pole are all weak ("need more staff"), rendered by as
  many weak words of that pole ("mehr Personal"), no longer hides a flip of its strong
  word of the other pole ("sales declined" rendered "der Umsatz stieg").
* P003: the quadrants (north-east | south-west …) in the languages that had the compass
  but not its quadrants (ko, ja, zh, da, nb, sv, cs, ru, pl, ro).
* P003: above | below (nad | pod) in Slovene, Czech and Slovak, with the phrases in which
  the prepositions place nothing masked ("pod vodstvom", under the leadership).
* P001: the English reversative un- of a verb (unload, unpack, unveil) and "barrier" are
  no negative words, so they no longer silence a dropped negation; "misses" (a target, a
  deadline) is one, so "ei saavuta" (does not reach) against it is no added negation.
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# -- weak words of one pole rendered by weak words: the strong word of the other still flips --
def test_weak_pair_en_de():
    src = "Sales declined in the spring, so the shops now need more staff at the tills."
    bad = "Der Umsatz stieg im Frühjahr, deshalb brauchen die Läden jetzt mehr Personal an den Kassen."
    good = "Der Umsatz sank im Frühjahr, deshalb brauchen die Läden jetzt mehr Personal an den Kassen."
    assert codes(src, bad, "en", "de", "P003")
    assert not codes(src, good, "en", "de", "P003")


def test_weak_pair_de_en():
    src = "Die Zahl der Brutpaare ist gesunken, deshalb braucht der Park mehr Schutzzonen."
    bad = "The number of breeding pairs has risen, so the park needs more protected zones."
    good = "The number of breeding pairs has fallen, so the park needs more protected zones."
    assert codes(src, bad, "de", "en", "P003")
    assert not codes(src, good, "de", "en", "P003")


# -- the quadrants --------------------------------------------------------------------------
def test_quadrant_ko_en():
    src = "새 공장은 시내에서 북동쪽으로 약 12㎞ 떨어진 곳에 들어선다."
    assert codes(src, "The new factory will be built about 12 km southwest of the city centre.", "ko", "en", "P003")
    assert not codes(src, "The new factory will be built about 12 km northeast of the city centre.", "ko", "en", "P003")


def test_quadrant_da_en():
    src = "Stormen bevæger sig mod sydvest og rammer kysten i nat."
    assert codes(src, "The storm is moving north-east and will hit the coast tonight.", "da", "en", "P003")
    assert not codes(src, "The storm is moving south-west and will hit the coast tonight.", "da", "en", "P003")


def test_quadrant_zh_en():
    src = "台风正向西北方向移动，预计明天登陆。"
    assert codes(src, "The typhoon is moving south-east and is expected to make landfall tomorrow.", "zh", "en", "P003")
    assert not codes(src, "The typhoon is moving north-west and is expected to make landfall tomorrow.", "zh", "en", "P003")


def test_quadrant_ru_en():
    src = "Новый парк откроют в северо-восточной части города."
    assert codes(src, "The new park will open in the south-eastern part of the city.", "ru", "en", "P003")
    assert not codes(src, "The new park will open in the north-eastern part of the city.", "ru", "en", "P003")


# -- above | below in Slovene, Czech and Slovak ----------------------------------------------
def test_position_sl_en():
    src = "Občina bo zgradila nov vodni zbiralnik nad vasjo."
    assert codes(src, "The municipality will build a new water reservoir below the village.", "sl", "en", "P003")
    assert not codes(src, "The municipality will build a new water reservoir above the village.", "sl", "en", "P003")


def test_position_cs_en():
    src = "Chata stojí pod vrcholem hory."
    assert codes(src, "The hut stands above the summit of the mountain.", "cs", "en", "P003")
    assert not codes(src, "The hut stands below the summit of the mountain.", "cs", "en", "P003")


def test_position_masked_phrase():
    # "pod vodstvom" (under the leadership) places nothing
    src = "Pod vodstvom nove županje so obnovili most čez reko."
    assert not codes(src, "Under the new mayor, the bridge above the river was rebuilt.", "sl", "en", "P003")


# -- English negative words: reversative un-, barrier, misses ---------------------------------
def test_unload_no_negative_word_nl_en():
    src = "Het bedrijf wil dat er 's nachts niet gelost wordt in de haven."
    assert codes(src, "The company wants unloading at night in the port.", "nl", "en", "P001")
    assert not codes(src, "The company wants no unloading at night in the port.", "nl", "en", "P001")


def test_unpack_no_negative_word_de_en():
    src = "Die Helfer dürfen die Kisten vor Montag nicht auspacken."
    assert codes(src, "The helpers may unpack the boxes before Monday.", "de", "en", "P001")
    assert not codes(src, "The helpers may not unpack the boxes before Monday.", "de", "en", "P001")


def test_barrier_no_negative_word_fr_en():
    src = "Les habitants ne veulent pas de barrière le long de la route."
    assert codes(src, "The residents want a barrier along the road.", "fr", "en", "P001")


def test_misses_en_fi():
    src = "The company pays a fine if it misses the deadline."
    assert not codes(src, "Yhtiö maksaa sakon, jos se ei noudata määräaikaa.", "en", "fi", "P001")


def test_misses_en_de():
    src = "The club is relegated if it misses the target again."
    assert not codes(src, "Der Verein steigt ab, wenn er das Ziel erneut nicht erreicht.", "en", "de", "P001")


# -- a negated verb of reaching against a word of falling short --------------------------------
def test_not_reach_below_sl_en():
    src = "Promet se je lani povečal, a še vedno ne dosega ravni iz leta 2019."
    assert not codes(src, "Traffic grew last year but is still below its 2019 level.", "sl", "en", "P001")
    # the negation dropped, with no word of falling short: still flagged
    assert codes(src, "Traffic grew last year and already reaches its 2019 level.", "sl", "en", "P001")


def test_not_reach_below_fr_en():
    src = "Le taux de remplissage du barrage n'atteint pas encore la moyenne saisonnière."
    assert not codes(src, "The reservoir's fill rate is still below the seasonal average.", "fr", "en", "P001")
    src2 = "Le taux de remplissage du barrage n'atteint pas la moyenne saisonnière."
    assert not codes(src2, "The reservoir's fill rate is below the seasonal average.", "fr", "en", "P001")
    assert codes(src2, "The reservoir's fill rate reaches the seasonal average.", "fr", "en", "P001")


def test_not_reach_below_en_de():
    src = "Production does not reach the level of the previous year."
    assert not codes(src, "Die Produktion liegt unterhalb des Niveaus des Vorjahres.", "en", "de", "P001")


def test_weak_pair_not_for_time():
    # "until well after" against "bevor … vorbei": the weak "until" and the "vor dem" of
    # a place render nothing of each other, so no flip of time is read from them
    src = "Such rulings could be appealed at the federal court, but a decision is unlikely until well after the election."
    tgt = ("Solche Urteile könnten vor dem Bundesgericht angefochten werden, eine Entscheidung "
           "ist jedoch unwahrscheinlich, bevor die Wahl lange vorbei ist.")
    assert not codes(src, tgt, "en", "de", "P003")


# -- English negative words said without a negator: insurmountable, run out -------------------
def test_insurmountable_de_en():
    src = "Für viele kleine Betriebe ist diese Hürde nicht zu überwinden."
    assert not codes(src, "For many small firms this hurdle is insurmountable.", "de", "en", "P001")
    assert codes(src, "For many small firms this hurdle can be overcome.", "de", "en", "P001")


def test_run_out_de_en():
    src = "Das Geld der Gemeinde reicht für die Sanierung nicht mehr."
    assert not codes(src, "The municipality's money for the renovation has run out.", "de", "en", "P001")


def test_run_out_pl_en():
    src = "Mieszkańcy nie mają już cierpliwości do kolejnych obietnic."
    assert not codes(src, "The residents' patience with further promises has run out.", "pl", "en", "P001")
