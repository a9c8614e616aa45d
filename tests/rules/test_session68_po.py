"""Session 68 (po): polarity flips P003 missed or raised on a correct translation, fixed as
classes (written for mtcheck; every example is invented).

1. Estonian "üle" / "alla" bound only a figure right after them ("üle kogu linna" is across);
2. a lead counted after its amount ("dos segundos de ventaja", "Vorsprung", "trois points
   d'avance") against a deficit;
3. Portuguese long | short ("ao longo de", throughout, and the film formats are none);
4. "a maximum of" | "a minimum of" a figure (en, pt, es, fr, it);
5. French "plus gros" (bigger);
6. an age bounded ("aged under 12") against French "de plus de 12 ans" (not "de plus",
   moreover);
7. "more N of N than" with a noun phrase between, the two sides sharing a word of it; a
   negator right after that "than" ("que jamás") is "ever";
8. "under-16s" (an age group) is no place; Japanese 未満 after its figure negates nothing;
9. Swahili "zaidi ya" / "chini ya" a fraction or a percentage;
10. promoted | relegated (English, German, Hebrew with its league a few words on);
11. well | badly preserved, "unusually" right before it a degree, no negation;
12. a shot or a penalty missed rendered scored (Arabic, English).
"""

from __future__ import annotations

import mtcheck


def p003(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


# 1. Estonian üle / alla
def test_estonian_difference_flipped_despite_across():
    src = "The bakery sold 40 loaves more than last week, and it now delivers across the whole town."
    assert p003(src, "Pagarikoda müüs 40 leiba vähem kui eelmisel nädalal ja veab nüüd kaupa üle kogu linna.",
                "en", "et")
    assert not p003(src, "Pagarikoda müüs 40 leiba rohkem kui eelmisel nädalal ja veab nüüd kaupa üle kogu linna.",
                    "en", "et")


def test_estonian_ule_with_figure_is_more():
    src = "Fewer than 300 cyclists registered for the coastal ride."
    assert p003(src, "Rannikusõidule registreerus üle 300 jalgratturi.", "en", "et")
    assert not p003(src, "Rannikusõidule registreerus alla 300 jalgratturi.", "en", "et")


# 2. a lead counted after its amount
def test_spanish_lead_rendered_german_deficit():
    src = "La ciclista neerlandesa llegó a la meta con dos segundos de ventaja sobre la campeona."
    assert p003(src, "Die niederländische Radfahrerin erreichte das Ziel mit zwei Sekunden Rückstand auf die Meisterin.",
                "es", "de")
    assert not p003(src, "Die niederländische Radfahrerin erreichte das Ziel mit zwei Sekunden Vorsprung auf die Meisterin.",
                    "es", "de")


def test_french_points_ahead_rendered_trailing():
    src = "Avant la dernière course, l'équipage de Brest compte quatre points d'avance au classement."
    assert p003(src, "Before the final race, the Brest crew is trailing by four points in the standings.", "fr", "en")
    assert not p003(src, "Before the final race, the Brest crew is four points ahead in the standings.", "fr", "en")


# 3. Portuguese long | short
def test_portuguese_longest_rendered_shortest():
    src = "Es el puente colgante más largo construido en la provincia desde 1990."
    assert p003(src, "É a ponte suspensa mais curta construída na província desde 1990.", "es", "pt")
    assert not p003(src, "É a ponte suspensa mais longa construída na província desde 1990.", "es", "pt")


def test_portuguese_throughout_is_no_length():
    src = "The short film was screened throughout the week at the harbour cinema."
    assert not p003(src, "A curta-metragem foi exibida ao longo da semana no cinema do porto.", "en", "pt")


# 4. a maximum | a minimum of a figure
def test_maximum_rendered_minimum():
    src = "Cada família pode reservar um máximo de 4 bilhetes para o concerto de sábado."
    assert p003(src, "Each family may book a minimum of 4 tickets for Saturday's concert.", "pt", "en")
    assert not p003(src, "Each family may book a maximum of 4 tickets for Saturday's concert.", "pt", "en")
    src = "Il corso accetta un massimo di 12 iscritti per turno."
    assert p003(src, "The course takes a minimum of 12 participants per session.", "it", "en")


# 5. French "plus gros"
def test_french_bigger_rendered_smaller():
    src = "« Les courges sont plus grosses cette saison », explique le maraîcher."
    assert p003(src, '"The pumpkins are smaller this season," the market gardener explains.', "fr", "en")
    assert not p003(src, '"The pumpkins are bigger this season," the market gardener explains.', "fr", "en")


def test_french_wholesale_is_no_size():
    src = "The cooperative sells its cheese wholesale, and small shops buy from it."
    assert not p003(src, "La coopérative vend son fromage en gros, et les petites boutiques s'y approvisionnent.",
                    "en", "fr")


# 6. an age bounded
def test_age_under_rendered_over():
    src = "The choir has 40 singers, 9 of them aged under 12."
    assert p003(src, "La chorale compte 40 chanteurs, dont 9 de plus de 12 ans.", "en", "fr")
    assert not p003(src, "La chorale compte 40 chanteurs, dont 9 de moins de 12 ans.", "en", "fr")


def test_french_moreover_stays_masked():
    src = "Moreover, fewer trams ran on Sunday."
    assert not p003(src, "De plus, moins de tramways ont circulé dimanche.", "en", "fr")


# 7. more N of N than
def test_more_noun_phrase_than_rendered_fewer():
    src = "The lake held more strains of bacteria than the survey team had predicted."
    assert p003(src, "El lago albergaba menos cepas de bacterias que las que el equipo había previsto.", "en", "es")
    assert not p003(src, "El lago albergaba más cepas de bacterias que las que el equipo había previsto.", "en", "es")


def test_negator_after_than_is_ever():
    src = "The valley now shelters more kinds of bacteria than ever recorded there."
    assert p003(src, "El valle alberga ahora menos tipos de bacterias que jamás se registraron allí.", "en", "es")
    assert not p003(src, "El valle alberga ahora más tipos de bacterias que jamás se registraron allí.", "en", "es")


# 8. under-16s, 未満
def test_age_group_is_no_place():
    src = "The rowing club signed 30 new members, exceeding the 25 of a year ago; most of them are under-16s."
    assert not p003(src, "ボート部の新入部員は30人と、前年の25人を上回った。その多くは16歳未満だ。", "en", "ja")


def test_japanese_rise_after_age_bound_flipped():
    src = "Members from under-16s rose by 40 per cent at the rowing club."
    assert p003(src, "ボート部では16歳未満の部員が40%減った。", "en", "ja")
    assert not p003(src, "ボート部では16歳未満の部員が40%増えた。", "en", "ja")


# 9. Swahili bounds of a fraction
def test_swahili_fraction_bound_flipped():
    src = "The cooperative sold less than a quarter of its maize before the rains."
    assert p003(src, "Chama hicho kiliuza zaidi ya robo ya mahindi yake kabla ya mvua.", "en", "sw")
    assert not p003(src, "Chama hicho kiliuza chini ya robo ya mahindi yake kabla ya mvua.", "en", "sw")


def test_swahili_moreover_is_no_amount():
    src = "Moreover, fewer buses ran to the market."
    assert not p003(src, "Zaidi ya hayo, mabasi machache yalikwenda sokoni.", "en", "sw")


# 10. promoted | relegated
def test_promotion_rendered_relegation():
    src = "The rugby club won promotion last weekend and will play in the second division."
    assert p003(src, "Der Rugbyverein ist am vergangenen Wochenende abgestiegen und spielt künftig in der zweiten Liga.", "en", "de")
    assert not p003(src, "Der Rugbyverein ist am vergangenen Wochenende aufgestiegen und spielt künftig in der zweiten Liga.", "en", "de")


def test_hebrew_went_down_a_league():
    src = "The volleyball team was promoted to the national league after a season without defeat."
    assert p003(src, "קבוצת הכדורעף ירדה לליגה הארצית אחרי עונה ללא תבוסה.", "en", "he")
    assert not p003(src, "קבוצת הכדורעף עלתה לליגה הארצית אחרי עונה ללא תבוסה.", "en", "he")


# 11. well | badly preserved
def test_preserved_well_rendered_badly():
    src = "The chapel's wall paintings are well preserved, the restorers said."
    assert p003(src, "Die Wandmalereien der Kapelle sind schlecht erhalten, sagten die Restauratoren.", "en", "de")
    assert not p003(src, "Die Wandmalereien der Kapelle sind gut erhalten, sagten die Restauratoren.", "en", "de")


def test_unusually_is_no_negation():
    src = "Klosteret har bevaret sine kalkmalerier usædvanlig godt."
    assert p003(src, "Das Kloster hat seine Wandmalereien ungewöhnlich schlecht erhalten.", "da", "de")
    assert not p003(src, "Das Kloster hat seine Wandmalereien ungewöhnlich gut erhalten.", "da", "de")


# 12. missed rendered scored
def test_missed_penalty_rendered_scored():
    src = "وأهدر المهاجم ركلتي جزاء في الشوط الثاني."
    assert p003(src, "L'attaquant a réussi deux penalties en seconde période.", "ar", "fr")
    assert not p003(src, "L'attaquant a manqué deux penalties en seconde période.", "ar", "fr")
    src = "The striker missed two penalties in the second half."
    assert p003(src, "L'attaquant a réussi deux penalties en seconde période.", "en", "fr")
