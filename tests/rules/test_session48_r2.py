"""Session 48 (r2): negation (P001) left after the first round of batch s48's fixes,
fixed as classes (examples written for mtcheck, none taken from the articles).

1. Swahili negates with a prefix glued to the verb and a tense marker after it
   (si-ja-wahi "I have never", ha-ku-wa "was not", hawa-ta-kuja "they will not come"):
   a Swahili lexicon reads them, less the words that begin so (hata "even", siku "day",
   hatari "danger");
2. a negated verb of exceeding is a bound ("will not exceed 3 dollars"): a side that says
   it with a negator is no flip against a side whose lexicon holds it as a fixed phrase
   (Arabic "لن تتجاوز"), and still is against a side that says "will exceed";
3. Portuguese and Spanish "por" with an infinitive says "not yet done" ("casas por
   vender", unsold houses): no flip against "sin vender", "sem vender";
4. both sides negated, cut into as many clauses at the same places: a clause negated on
   one side and not at its place on the other is a dropped (or added) negation ("was not
   repaired, so the road cannot reopen" ~ "…, so the road can reopen"); not where "neither
   … nor" negates a clause without a negator of its own;
5. German "keinesfalls" (by no means) negates.
"""

from __future__ import annotations

import mtcheck


def p001(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P001" and not f.suppressed]


# 1. Swahili negation by prefix

def test_swahili_not_yet_prefix_dropped_sw_en():
    assert p001("Hawajawahi kulipa kodi hiyo kwa wakati.",
                "They have paid that tax on time.", "sw", "en")


def test_swahili_past_negative_dropped_sw_en():
    assert p001("Mvua haikunyesha katika mkoa huo mwezi uliopita.",
                "It rained in that region last month.", "sw", "en")


def test_swahili_future_negative_dropped_sw_fr():
    assert p001("Wakulima hawatauza mahindi yao mwaka huu.",
                "Les agriculteurs vendront leur maïs cette année.", "sw", "fr")


def test_swahili_negation_kept_sw_en():
    assert p001("Mvua haikunyesha katika mkoa huo mwezi uliopita.",
                "It did not rain in that region last month.", "sw", "en") == []


def test_swahili_words_that_begin_like_a_negated_verb_sw_en():
    # hata (even), siku (day), hatari (danger), hawa (these), sikukuu (holiday)
    assert p001("Hata hivyo, siku hiyo hatari ilikuwa kubwa kwa hawa wavuvi wa sikukuu.",
                "Even so, on that day the danger was great for these holiday fishermen.",
                "sw", "en") == []


# 2. a negated verb of exceeding is a bound on both sides

def test_not_exceed_against_arabic_fixed_phrase_ar_fr():
    assert p001("وقال المسؤول إن سعر التذكرة لن يتجاوز 3 دنانير هذا العام.",
                "Le responsable a indiqué que le prix du billet ne dépassera pas 3 dinars cette année.",
                "ar", "fr") == []


def test_not_exceed_against_arabic_fixed_phrase_ar_en():
    assert p001("وقال المسؤول إن سعر التذكرة لن يتجاوز 3 دنانير هذا العام.",
                "The official said the ticket price will not exceed 3 dinars this year.",
                "ar", "en") == []


def test_not_exceed_against_arabic_fixed_phrase_ar_de():
    assert p001("وقال المسؤول إن سعر التذكرة لن يتجاوز 3 دنانير هذا العام.",
                "Der Ticketpreis werde in diesem Jahr 3 Dinar nicht übersteigen, sagte der Beamte.",
                "ar", "de") == []


def test_not_exceed_rendered_exceed_still_flips_en_fr():
    assert p001("The official said the ticket price will not exceed 3 dinars this year.",
                "Le responsable a indiqué que le prix du billet dépassera 3 dinars cette année.",
                "en", "fr")


# 3. "por" + infinitive against "without" + infinitive

def test_por_infinitive_against_sin_pt_es():
    assert p001("Ainda há mais de duzentas casas por vender no bairro.",
                "Todavía hay más de doscientas casas sin vender en el barrio.", "pt", "es") == []


def test_por_infinitive_against_sem_es_pt():
    assert p001("La empresa tiene cien facturas por pagar desde enero.",
                "A empresa tem cem faturas sem pagar desde janeiro.", "es", "pt") == []


def test_sin_against_a_side_without_por_still_flips_pt_es():
    assert p001("O cliente saiu da loja depois de pagar a conta.",
                "El cliente salió de la tienda sin pagar la cuenta.", "pt", "es")


# 4. a negated clause of two dropped

def test_second_negated_clause_dropped_en_fi():
    assert p001("The bridge was not repaired in time, so the road cannot be reopened this week.",
                "Siltaa ei korjattu ajoissa, joten tie voidaan avata uudelleen tällä viikolla.",
                "en", "fi")


def test_second_negated_clause_dropped_en_de():
    assert p001("The bridge was not repaired in time, so the road cannot be reopened this week.",
                "Die Brücke wurde nicht rechtzeitig repariert, daher kann die Straße diese Woche "
                "wieder geöffnet werden.", "en", "de")


def test_negated_clause_added_de_en():
    assert p001("Die Brücke wurde nicht rechtzeitig repariert, daher bleibt die Straße diese "
                "Woche geöffnet.",
                "The bridge was not repaired in time, so the road will not stay open this week.",
                "de", "en")


def test_both_negated_clauses_kept_en_fi():
    assert p001("The bridge was not repaired in time, so the road cannot be reopened this week.",
                "Siltaa ei korjattu ajoissa, joten tietä ei voida avata uudelleen tällä viikolla.",
                "en", "fi") == []


def test_neither_nor_negates_its_second_clause_en_de():
    assert p001("Neither the mayor has signed the plan, nor has the council approved it.",
                "Weder hat der Bürgermeister den Plan unterschrieben, noch hat der Rat ihn gebilligt.",
                "en", "de") == []


def test_clauses_cut_at_other_places_en_de():
    # a German comma before "dass" cuts where English does not
    assert p001("The minister said that the tax will not rise and that pensions are not at risk.",
                "Der Minister sagte, dass die Steuer nicht steigen wird und die Renten nicht "
                "gefährdet sind.", "en", "de") == []


# 5. keinesfalls

def test_keinesfalls_negates_de_en():
    assert p001("Ein Erfolg ist keinesfalls sicher, aber möglich.",
                "Success is by no means certain, but possible.", "de", "en") == []
