"""Session 44 (r4): P001 negation false alarms found by the held-out articles of batch s44
(bench/articles), fixed as classes of the languages (written for mtcheck).

1. "than ever" said with a negator after a comparative and its "than" word (Italian "più
   che mai", Spanish "más que nunca", French "plus que jamais", Catalan "més que mai") and
   Italian "come mai" (why) negate nothing;
2. a privative "-free" compound (Dutch -vrij, Swedish/Danish/Norwegian -fri) is a
   negative word, as German -frei is;
3. Polish nie-/bez- derivations of a common word (nieprawda, untrue) are negative words;
4. the Estonian abessive -ta (elektrita, without electricity) is a negative word;
5. the Turkish negative verbal noun in its cases (-mamaya/-memeye, -mamakta ...) is a
   negative word;
6. Latvian first/second-person past forms of a listed negated verb (neļāvu) are negators;
7. Chinese 不 with two characters and the noun suffix 性 (不稳定性, instability) is a noun,
   no negator of its clause;
8. Italian/Spanish/Portuguese "non"/"no"/"não" between a noun and an adjective or
   participle negates that word (organizzazione non governativa), not its clause.
"""

from __future__ import annotations

import mtcheck


def p001(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P001" and not f.suppressed]


# 1. "than ever"

def test_than_ever_is_no_negation_en_it():
    src = "The river is now carrying a record amount of water."
    assert p001(src, "Il fiume porta ora più acqua che mai.", "en", "it") == []
    assert p001("Der Fluss führt so viel Wasser wie nie zuvor.", "Il fiume porta più acqua che mai.",
                "de", "it") == []
    # a real negation is still one ("che mai" without a comparative: which it never had)
    assert p001("The river is carrying water that it had this spring.",
                "Il fiume porta acqua che mai aveva avuto in primavera.", "en", "it") != []


def test_than_ever_is_no_negation_de_es_fr():
    src = "Die Preise steigen stärker als je zuvor."
    assert p001(src, "Los precios suben más que nunca.", "de", "es") == []
    assert p001(src, "Les prix augmentent plus que jamais.", "de", "fr") == []
    assert p001(src, "Los precios nunca suben.", "de", "es") != []


def test_come_mai_is_why_en_it():
    assert p001("That is why the bridge is still closed.", "Ecco come mai il ponte è ancora chiuso.",
                "en", "it") == []
    assert p001("The bridge is closed.", "Il ponte non è chiuso.", "en", "it") != []


# 2. the privative "-free" compound

def test_privative_free_is_negative_word_nl_en():
    src = "Het nieuwe stadion wordt volledig rookvrij."
    assert p001(src, "The new stadium will be completely without smoke.", "nl", "en") == []
    assert p001("Het nieuwe stadion wordt volledig gerenoveerd.",
                "The new stadium will not be completely renovated.", "nl", "en") != []


def test_privative_free_is_negative_word_sv_fr():
    src = "Efter operationen kan hon äntligen gå smärtfritt."
    assert p001(src, "Après l'opération, elle peut enfin marcher sans douleur.", "sv", "fr") == []
    assert p001("Efter operationen kan hon äntligen gå snabbt.",
                "Après l'opération, elle ne peut pas encore marcher vite.", "sv", "fr") != []


# 3. Polish nie-

def test_polish_nie_prefix_is_negative_word_pl_en():
    src = "Minister powiedział, że te doniesienia to nieprawda."
    assert p001(src, "The minister said that these reports are not true.", "pl", "en") == []
    assert p001("Minister powiedział, że te doniesienia to prawda.",
                "The minister said that these reports are not true.", "pl", "en") != []


def test_polish_nie_prefix_is_negative_word_pl_de():
    src = "Droga jest niebezpieczna dla rowerzystów."
    assert p001(src, "Die Straße ist nicht sicher für Radfahrer.", "pl", "de") == []
    assert p001("Droga jest bezpieczna dla rowerzystów.",
                "Die Straße ist nicht sicher für Radfahrer.", "pl", "de") != []


# 4. the Estonian abessive

def test_estonian_abessive_is_without_et_en():
    src = "Tormi tõttu jäi küla kolmeks päevaks internetita."
    assert p001(src, "Because of the storm the village was left without internet for three days.",
                "et", "en") == []
    assert p001("Tormi tõttu jäi küla kolmeks päevaks pimedaks.",
                "Because of the storm the village did not have light for three days.", "et", "en") != []


def test_estonian_abessive_is_without_et_de():
    src = "Sajad pered jäid pärast üleujutust riigi toetuseta."
    assert p001(src, "Hunderte Familien blieben nach der Flut ohne staatliche Hilfe.", "et", "de") == []
    assert p001("Sajad pered jäid pärast üleujutust kodusse.",
                "Hunderte Familien blieben nach der Flut nicht zu Hause.", "et", "de") != []


# 5. the Turkish negative verbal noun

def test_turkish_negative_verbal_noun_en_tr():
    src = "The mayor asked residents not to leave their homes."
    assert p001(src, "Belediye başkanı sakinlerden evlerinden çıkmamaya davet etti.", "en", "tr") == []
    assert p001(src, "Belediye başkanı sakinlerden evlerinden çıkmaya davet etti.", "en", "tr") != []


def test_turkish_negative_verbal_noun_de_tr():
    src = "Die Polizei rief die Fahrer auf, die Brücke nicht zu benutzen."
    assert p001(src, "Polis sürücüleri köprüyü kullanmamaya çağırdı.", "de", "tr") == []
    assert p001(src, "Polis sürücüleri köprüyü kullanmaya çağırdı.", "de", "tr") != []


# 6. Latvian person forms

def test_latvian_first_person_past_en_lv():
    src = "I did not let the children go out in the rain."
    assert p001(src, "Es neļāvu bērniem iet ārā lietū.", "en", "lv") == []
    assert p001("I let the children go out in the rain.", "Es neļāvu bērniem iet ārā lietū.", "en", "lv") != []


def test_latvian_first_person_past_lv_de():
    assert p001("Mēs neļāvām viņiem aizbraukt.", "Wir ließen sie nicht wegfahren.", "lv", "de") == []
    assert p001("Mēs neļāvām viņiem aizbraukt.", "Wir ließen sie wegfahren.", "lv", "de") != []


# 7. Chinese 不X性 nouns

def test_chinese_negated_noun_en_zh():
    src = "The instability of the market worries investors."
    assert p001(src, "市场的不稳定性令投资者担忧。", "en", "zh") == []
    assert p001("The market worries investors.", "市场不令投资者担忧。", "en", "zh") != []


def test_chinese_negated_noun_zh_en_de():
    assert p001("价格的不稳定性让农民很疲惫。", "The volatility of prices exhausts the farmers.", "zh", "en") == []
    # 不 before a copula is still a negator (不是性别问题: no question of gender)
    assert p001("这不是性别问题。", "Das ist eine Frage des Geschlechts.", "zh", "de") != []


# 8. "non" before an adjective or participle

def test_negated_adjective_en_it():
    assert p001("She has worked for a charity for ten years.",
                "Lavora da dieci anni per un'organizzazione non governativa.", "en", "it") == []
    assert p001("She has worked for a charity for ten years.",
                "Non lavora da dieci anni per un'organizzazione.", "en", "it") != []


def test_negated_adjective_de_es_pt():
    src = "Die Gewerkschaft bekämpft alle Zwangsentlassungen."
    assert p001(src, "El sindicato combatirá todos los despidos no voluntarios.", "de", "es") == []
    assert p001(src, "O sindicato combaterá todos os despedimentos não voluntários.", "de", "pt") == []
    assert p001("Die Gewerkschaft akzeptiert die Entlassungen.",
                "El sindicato no acepta los despidos.", "de", "es") != []
