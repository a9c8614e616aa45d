"""Session 60, helper pola: P003 polarity changes of batch 32 (s67) that went unflagged, by class.

* A reception (welcomed, appreciated or praised | criticised or condemned) in Czech, Slovak
  and Polish: only German and English had the concept, so "ocenil" (appreciated) rendered
  "kritisierte" found nothing to compare.
* Hebrew has `position`: מתחת (below) | מעל (above, weak: also "more than"), so "N metres
  below sea level" rendered "above sea level" is a flip; the sea-level phrases are places.
* French "progresser" in its other forms (progressant, progressaient, progresseront …) is a
  strong rise as progresse and progressé were; "progress*" alone stays weak (progrès,
  progressivement).
"""

from __future__ import annotations

import mtcheck
from mtcheck.rules import direction as D


def codes(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.code for f in mtcheck.check_pair(src, tgt, source_lang=sl, target_lang=tl)]


def flipped(src: str, tgt: str, sl: str, tl: str) -> set[str]:
    return {name for name, _, _ in D.flips(src, sl, tgt, tl)}


# -- a reception in Czech, Slovak and Polish ----------------------------------------------------
def test_czech_appreciated_rendered_criticised_cs_de():
    assert "reception" in flipped("Ministryně ocenila, že nemocnice otevře nové oddělení.",
                                  "Die Ministerin kritisierte, dass das Krankenhaus eine neue Abteilung eröffnet.",
                                  "cs", "de")


def test_czech_criticised_rendered_welcomed_cs_en():
    assert "P003" in codes("Odbory kritizovaly plán vlády na zvýšení věku odchodu do důchodu.",
                           "The unions welcomed the government's plan to raise the retirement age.",
                           "cs", "en")


def test_slovak_welcomed_rendered_criticised_sk_en():
    assert "P003" in codes("Primátor privítal rozhodnutie postaviť nový most.",
                           "The mayor criticised the decision to build a new bridge.", "sk", "en")


def test_polish_praised_rendered_condemned_pl_de():
    assert "reception" in flipped("Rzecznik pochwalił decyzję sądu w sprawie szkoły.",
                                  "Der Sprecher kritisierte die Entscheidung des Gerichts über die Schule.",
                                  "pl", "de")


def test_czech_appreciated_kept_is_silent():
    assert "P003" not in codes("Ministryně ocenila, že nemocnice otevře nové oddělení.",
                               "Die Ministerin begrüßte, dass das Krankenhaus eine neue Abteilung eröffnet.",
                               "cs", "de")


def test_czech_both_poles_in_source_is_silent():
    # the source praises one thing and criticises another: a translation that keeps only the
    # criticism has lost a word, not turned a reception round
    assert "reception" not in flipped("Starosta ocenil opravu silnice, ale kritizoval její cenu.",
                                      "The mayor criticised the cost of the road repair.", "cs", "en")


# -- Hebrew above | below ------------------------------------------------------------------------
def test_hebrew_below_sea_level_rendered_above_he_en():
    assert "P003" in codes("העיר שוכנת 400 מטרים מתחת לפני הים ומושכת תיירים רבים.",
                           "The town lies 400 metres above sea level and attracts many tourists.",
                           "he", "en")


def test_hebrew_below_rendered_above_with_a_second_below_he_de():
    # the source says "below" twice; the translation has one of them turned round
    assert "position" in flipped(
        "המכרה נמצא 120 מטרים מתחת לפני הים, והמנהרה החדשה תגיע ל-150 מטרים מתחת לפני הים.",
        "Das Bergwerk liegt 120 Meter über dem Meeresspiegel, und der neue Tunnel soll 150 Meter "
        "unter dem Meeresspiegel erreichen.", "he", "de")


def test_hebrew_below_kept_is_silent():
    assert "P003" not in codes("העיר שוכנת 400 מטרים מתחת לפני הים ומושכת תיירים רבים.",
                               "The town lies 400 metres below sea level and attracts many tourists.",
                               "he", "en")


def test_hebrew_over_a_figure_is_no_above():
    # מעל is also "more than": weak, it never fires by itself
    assert "position" not in flipped("מעל 300 איש הגיעו לטקס.", "Under 300 people came to the ceremony.",
                                     "he", "en")


# -- French "progressant" is a rise --------------------------------------------------------------
def test_french_progressant_for_a_decline_ar_fr():
    assert "change" in flipped("وتتراجع المبيعات في فصل الصيف.",
                               "Les ventes progressant en été, le magasin embauche.", "ar", "fr")


def test_french_progressant_for_a_decline_en_fr():
    assert "P003" in codes("Exports fell sharply in the second quarter, the ministry said.",
                           "Les exportations progressaient nettement au deuxième trimestre, selon le ministère.",
                           "en", "fr")


def test_french_progressant_for_a_rise_is_silent():
    assert "P003" not in codes("Exports rose sharply in the second quarter, the ministry said.",
                               "Les exportations progressaient nettement au deuxième trimestre, selon le ministère.",
                               "en", "fr")


def test_french_progressivement_stays_weak():
    assert "change" not in flipped("The water level dropped.", "Le niveau de l'eau a progressivement changé.",
                                   "en", "fr")


# -- a figure placed on the wrong side of a reference figure -------------------------------------
def test_figure_placed_above_a_higher_reference_tl_en():
    # Tagalog has no direction lexicon: the figures alone show the flip
    assert "P003" in codes("Bumaba sa 3.2 metro ang tubig sa dam noong Lunes, malayo sa normal na antas na 7 metro.",
                           "The water in the dam fell to 3.2 metres on Monday, well above the normal level of 7 metres.",
                           "tl", "en")


def test_figure_placed_below_a_lower_reference_en_de():
    assert "P003" in codes("Inflation reached 6.4 percent in March, far above the central bank's target of 2 percent.",
                           "Die Inflation erreichte im März 6,4 Prozent, weit unter dem Ziel der Zentralbank von 2 Prozent.",
                           "en", "de")


def test_figure_placed_above_a_higher_reference_en_fr():
    assert "P003" in codes("The river dropped to 40 centimetres, below the alert threshold of 90 centimetres.",
                           "La rivière est descendue à 40 centimètres, au-dessus du seuil d'alerte de 90 centimètres.",
                           "en", "fr")


def test_figure_placed_right_is_silent():
    assert "P003" not in codes("Bumaba sa 3.2 metro ang tubig sa dam noong Lunes, malayo sa normal na antas na 7 metro.",
                               "The water in the dam fell to 3.2 metres on Monday, well below the normal level of 7 metres.",
                               "tl", "en")


def test_a_distance_above_a_reference_is_silent():
    # "2 points above the 3% target": the first figure is the distance, said before the word
    assert D._figure_placed("Unemployment stood at 5%, 2 percent above the target of 3 percent.", "en") is None
    assert D._figure_placed("The lake is at 209 metres below sea level, above the record of 214 metres.",
                            "en") is None


def test_units_must_match():
    assert D._figure_placed("Sales reached 40 tonnes, above the 2019 figure of 90 boxes.", "en") is None
    # (singular and plural are one unit)
    assert D._figure_placed("Der Pegel fiel auf 3 Meter, über dem normalen Stand von 7 Metern.", "de") is not None


def test_source_that_says_so_itself_is_silent():
    # a source that places its figures so itself is rendered faithfully
    assert "P003" not in codes("The level fell to 3 metres, above the normal level of 7 metres.",
                               "Der Pegel fiel auf 3 Meter, über dem normalen Stand von 7 Metern.", "en", "de")
