"""Session 58, helper pol: P003 polarity changes of batch 29 (s64) that went unflagged, by class.

* Portuguese "descer" (desceu, desceram: went down) is a fall, as "subir" is a rise.
* English "fall" names the season after "in the", "this", "next" … at its clause's end or
  before a year ("prepared in the fall.", "in the fall of 2023"): no fall that would set
  the source against itself. "The fall in share prices" stays a fall.
* A change with its amount right after it ("desceram 9,5% desde que") is no comparison
  whose arguments a later "que" / "than" swaps ("desde que" = since).
* "one of the most intense" is an adjective's superlative: no quantity compared.
* Ukrainian and Russian "негода", "непогода" (bad weather) name the weather: no "не-" word
  (P001's lexicon), so no negation to keep P003 quiet.
* Chinese "100余家", "300多万" are "more than" the figure.
* Korean 반기다 (반기는, 반겼다) and 환영 (welcome) are approval; Swedish "välkomnar" too.
* A reception (a concept of its own): welcomed or praised | criticised or condemned.
* English "hard to" with its verb is difficulty ("hard to find"); "worked hard to" is effort.
"""

from __future__ import annotations

import mtcheck
from mtcheck.rules import direction as D
from mtcheck.rules.sentence import negative_words


def codes(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.code for f in mtcheck.check_pair(src, tgt, source_lang=sl, target_lang=tl)]


def flipped(src: str, tgt: str, sl: str, tl: str) -> set[str]:
    return {name for name, _, _ in D.flips(src, sl, tgt, tl)}


# -- Portuguese "descer" is a fall -----------------------------------------------------------
def test_descer_is_a_fall_en_pt():
    assert "P003" in codes("Fuel prices have risen 4 percent this month.",
                           "Os preços dos combustíveis desceram 4% este mês.", "en", "pt")


def test_descer_is_a_fall_pt_en():
    assert "P003" in codes("As vendas desceram 12% em março.",
                           "Sales rose 12 percent in March.", "pt", "en")


def test_descer_rendered_as_fall_stays_silent():
    assert "P003" not in codes("As vendas desceram 12% em março.",
                               "Sales fell 12 percent in March.", "pt", "en")


# -- English "fall" the season ----------------------------------------------------------------
def test_in_the_fall_at_clause_end_is_the_season_en_de():
    assert "P003" in codes("Rents have risen 6 percent since the survey was carried out in the fall.",
                           "Die Mieten sind um 6 Prozent gesunken, seit die Umfrage im Herbst "
                           "durchgeführt wurde.", "en", "de")


def test_fall_of_a_year_is_the_season_en_fr():
    assert "P003" in codes("Enrolment grew by 8 percent, the school said in the fall of 2023.",
                           "Les inscriptions ont baissé de 8 %, a indiqué l'école à l'automne 2023.",
                           "en", "fr")


def test_this_fall_is_the_season():
    side = D.poles("The museum will reopen this fall.", "en") or {}
    assert "change" not in side or not side["change"].count[1]


def test_the_fall_in_prices_stays_a_fall():
    # precision guards: a fall with its quantity, and a fall at a clause end without a lead
    assert "P003" in codes("Investors were caught in the fall in share prices.",
                           "Die Anleger profitierten vom Anstieg der Aktienkurse.", "en", "de")
    side = D.poles("Shares were slow to recover after the fall.", "en") or {}
    assert any(w == "fall" for _, _, w in side["change"].strongs[1])


# -- a change with its amount right after it ------------------------------------------------
def test_amount_then_desde_que_is_no_inverted_comparison_en_pt():
    assert "P003" in codes("Rents have risen 7 percent since the factory closed.",
                           "As rendas caíram 7% desde que a fábrica fechou.", "en", "pt")


def test_amount_then_desde_que_is_no_inverted_comparison_en_es():
    assert "P003" in codes("Rents have risen 7 percent since the factory closed.",
                           "Los alquileres bajaron 7 % desde que cerró la fábrica.", "en", "es")


def test_inverted_comparison_without_a_figure_stays_quiet():
    # "less the leadership than the project": the arguments swap with the pole
    assert D._inverted_comparison("menos a liderança do que o projeto", "pt", 0)


# -- "one of the most" -----------------------------------------------------------------------
def test_one_of_the_most_is_a_superlative_en_de():
    assert "P003" in codes("The meeting lasted less than 40 minutes but was one of the most heated "
                           "of the year.",
                           "Die Sitzung dauerte mehr als 40 Minuten, war aber eine der hitzigsten "
                           "des Jahres.", "en", "de")


def test_among_the_most_is_a_superlative_en_es():
    assert "P003" in codes("The match lasted less than 80 minutes and was among the most watched "
                           "of the season.",
                           "El partido duró más de 80 minutos y fue de los vistos de la temporada.",
                           "en", "es")


def test_the_most_votes_still_compares():
    assert "more" in flipped("She won the most votes in the district.",
                             "Sie erhielt die wenigsten Stimmen im Bezirk.", "en", "de")


# -- "негода", "непогода" name the weather ----------------------------------------------------
def test_bad_weather_is_no_negative_word():
    assert negative_words("Негода тривала годину", "uk") == []
    assert negative_words("Непогода длилась час", "ru") == []
    assert negative_words("Це неможливо", "uk")  # a negative word of the lexicon stays


def test_bad_weather_does_not_hide_a_flip_en_uk():
    assert "P003" in codes("The storm lasted less than 40 minutes.",
                           "Негода тривала понад 40 хвилин.", "en", "uk")


def test_bad_weather_does_not_hide_a_flip_en_ru():
    assert "P003" in codes("The bad weather lasted less than 30 minutes.",
                           "Непогода длилась больше 30 минут.", "en", "ru")


# -- Chinese 余 / 多 after a figure ------------------------------------------------------------
def test_yu_after_figure_is_more_than_zh_en():
    assert "P003" in codes("全市有养老机构200余家。", "The city has fewer than 200 care homes.",
                           "zh", "en")


def test_duo_after_figure_is_more_than_zh_de():
    assert "P003" in codes("目前有30多个项目在建。", "Derzeit sind weniger als 30 Projekte im Bau.",
                           "zh", "de")


def test_yu_rendered_more_than_stays_silent():
    assert "P003" not in codes("全市有养老机构200余家。", "The city has more than 200 care homes.",
                               "zh", "en")
    assert "P003" not in codes("目前有30多个项目在建。", "More than 30 projects are under way.",
                               "zh", "en")


# -- Korean and Swedish welcome ----------------------------------------------------------------
def test_korean_welcome_is_approval_ko_en():
    assert "P003" in codes("시민들은 새 노선을 반겼다.", "Residents opposed the new route.", "ko", "en")


def test_korean_welcome_is_approval_ko_de():
    assert "P003" in codes("업계는 이번 결정을 환영했다.", "Die Branche lehnte die Entscheidung ab.",
                           "ko", "de")


def test_korean_half_year_is_no_welcome():
    side = D.poles("반기 보고서가 나왔다.", "ko") or {}
    assert "accept" not in side
    assert "P003" not in codes("시민들은 새 노선을 반겼다.", "Residents welcomed the new route.", "ko", "en")


def test_swedish_welcome_is_approval_sv_en():
    assert "P003" in codes("Facket välkomnade förslaget.", "The union rejected the proposal.", "sv", "en")


# -- a reception: welcomed or praised | criticised ----------------------------------------------
def test_welcomed_rendered_criticised_sv_en():
    assert "P003" in codes("Facket välkomnade förslaget.", "The union criticised the proposal.", "sv", "en")


def test_welcomed_rendered_criticised_de_en():
    assert "P003" in codes("Die Gewerkschaft begrüßte den Vorschlag.",
                           "The union criticised the proposal.", "de", "en")


def test_praised_rendered_criticised_en_de():
    assert "P003" in codes("The mayor praised the plan.", "Der Bürgermeister kritisierte den Plan.",
                           "en", "de")


def test_approved_but_criticised_is_no_flip():
    # approving a plan and criticising its cost: no opposites
    assert "P003" not in codes("The council approved the plan but criticised its cost.",
                               "Der Rat billigte den Plan, kritisierte aber die Kosten.", "en", "de")
    assert "P003" not in codes("The mayor praised the plan.", "Der Bürgermeister lobte den Plan.",
                               "en", "de")


# -- "hard to" ---------------------------------------------------------------------------------
def test_hard_to_is_difficulty_en_fr():
    assert "P003" in codes("Skilled builders are hard to find these days.",
                           "Les artisans qualifiés sont faciles à trouver aujourd'hui.", "en", "fr")


def test_hard_to_is_difficulty_fr_en():
    assert "P003" in codes("Les artisans qualifiés sont faciles à trouver aujourd'hui.",
                           "Skilled builders are hard to find these days.", "fr", "en")


def test_harder_to_is_difficulty_en_pl():
    assert "P003" in codes("It has become harder to get a loan.",
                           "Dziś łatwiej jest dostać kredyt.", "en", "pl")


def test_worked_hard_to_is_effort():
    for text in ("Volunteers worked hard to make the event a success.",
                 "The party swung hard to the right.",
                 "They tried very hard to win."):
        side = (D.poles(text, "en") or {}).get("difficulty")
        assert side is None or not side.strongs[1], text
    assert "P003" not in codes("Skilled builders are hard to find.",
                               "Les artisans qualifiés sont difficiles à trouver.", "en", "fr")
