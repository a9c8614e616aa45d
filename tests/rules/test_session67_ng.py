"""Session 67 (helper ng): negation (P001) classes from batches s81 and s82, each on
examples of its own.

1. Bengali is checked: its negators after the verb (না, নয়, নেই), the past negator glued to
   the verb (করেনি, হয়নি), "until" said with a negator (না আসা পর্যন্ত), নয় as the number
   nine, and -হীন (-less) as a negative word.
2. A word of rarity under a negator ("not rare", "pas rare") is a litotes for "common": it
   contradicts the other side's "rare" or "uncommon" (a flip), and stays clean against a
   side that says "common".
3. A negation that crossed a bead boundary is answered by one neighbour only: in a run of
   three flags in reverse by turns, one is left; a neighbour negated on both sides with
   more negated sentences on the other side answers a flag too.
4. An n-word right after a "without" (Polish "bez żadnej") is that "without"'s own.
5. Urdu بلا before a noun is "without".
6. A Korean figure "not even reached" (40그루도 채 되지 않는다) is one said with "fewer than".
7. (P003) Lawful and unlawful are opposite poles: "legally" rendered "illegally" (or Polish
   "niezgodnie z prawem") is flagged; the juridical "legal" (a legal challenge) is weak.
"""
from __future__ import annotations

from mtcheck import check_pair
from types import SimpleNamespace

from mtcheck.rules.sentence import _moved_flags, _negated_sentences, negators


def p001(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f"{f.severity.label}:{f.message}" for f in check_pair(src, tgt, sl, tl)
            if f.code == "P001" and not f.suppressed]


# 1 ---------------------------------------------------------------------------------------
def test_bengali_glued_past_negator():
    src = "সেতুটি এখনো যান চলাচলের জন্য খুলে দেওয়া হয়নি।"
    assert [w for _, _, w in negators(src, "bn")] == ["হয়নি"]
    assert p001(src, "The bridge has been opened to traffic.", "bn", "en")
    assert not p001(src, "The bridge has not yet been opened to traffic.", "bn", "en")


def test_bengali_copula_negator():
    src = "এই ওষুধটি শিশুদের জন্য নিরাপদ নয়।"
    assert p001(src, "This medicine is safe for children.", "bn", "en")
    assert not p001(src, "This medicine is not safe for children.", "bn", "en")
    # the reverse: a negation the source does not have
    assert p001("তারা আজ বৈঠকে যোগ দেবেন।", "They will not attend the meeting today.", "bn", "en")


def test_bengali_nouns_ending_like_the_negator():
    # তিনি (he, she), রপ্তানি (export), পানি (water) end in -নি and negate nothing
    src = "গত মাসে রপ্তানি বেড়েছে এবং তিনি মনে করেন শহরে পানি সরবরাহ স্বাভাবিক থাকবে।"
    assert negators(src, "bn") == []
    assert not p001(src, "Exports rose last month, and he thinks the town's water supply will stay normal.",
                    "bn", "en")


def test_bengali_until_and_nine():
    # "ট্রেন না আসা পর্যন্ত": until the train comes, no negation
    assert not p001("ট্রেন না আসা পর্যন্ত যাত্রীরা প্ল্যাটফর্মে অপেক্ষা করেন।",
                    "The passengers waited on the platform until the train arrived.", "bn", "en")
    # নয় দিন: nine days
    assert not p001("বইমেলা নয় দিন ধরে চলবে।", "The book fair will run for nine days.", "bn", "en")


def test_bengali_less_suffix():
    assert not p001("ঝড়ের পর গ্রামটি বিদ্যুৎহীন হয়ে পড়ে।",
                    "After the storm the village was left without power.", "bn", "en")


# 2 ---------------------------------------------------------------------------------------
def test_not_rare_against_uncommon():
    src = "En esta comarca las heladas en mayo son inusuales."
    assert p001(src, "In this district, frost in May is not rare.", "es", "en")
    assert not p001(src, "In this district, frost in May is not common.", "es", "en")


def test_not_rare_against_rare_and_common():
    src = "Lawinen dieser Größe sind im Tal nicht selten."
    assert p001(src, "Avalanches of this size are rare in the valley.", "de", "en")
    assert not p001(src, "Avalanches of this size are common in the valley.", "de", "en")
    # "not rare" said with a plain "frequent": the litotes renders it
    assert not p001("Power cuts are not rare in the old quarter.",
                    "Stromausfälle sind in der Altstadt häufig.", "en", "de")


# 3 ---------------------------------------------------------------------------------------
def test_moved_negation_answers_one_flag():
    # three flags in reverse by turns: two answer each other, one is left
    assert len(_moved_flags([(3, False), (4, True), (5, False)], {})) == 2
    # two flags in reverse: a negation moved across the boundary
    assert _moved_flags([(11, True), (12, False)], {}) == {0, 1}
    # a neighbour with a negated sentence more on its source answers a flag of the translation
    assert _moved_flags([(20, True)], {21: 1}) == {0}
    # but not one of the source, nor from two beads away
    assert _moved_flags([(20, False)], {21: 1}) == set()
    assert _moved_flags([(20, True)], {22: 1}) == set()


def test_negated_sentences_count_one_each():
    # a negation said with two words (negative concord) is one negated sentence
    one = [SimpleNamespace(kind="body", text="Non è mai arrivato nessun treno.")]
    assert _negated_sentences(one, "it") == 1
    two = [SimpleNamespace(kind="body", text="Im Dorf gab es keinen Arzt."),
           SimpleNamespace(kind="body", text="Die Familien ziehen nicht weg.")]
    assert _negated_sentences(two, "de") == 2
    # a caption is no sentence of the bead
    assert _negated_sentences([SimpleNamespace(kind="caption", text="Kein Zutritt.")], "de") == 0


# 4 ---------------------------------------------------------------------------------------
def test_n_word_after_without_polish():
    src = "The library lends the tablets without any deposit."
    assert not p001(src, "Biblioteka wypożycza tablety bez żadnej kaucji.", "en", "pl")
    assert p001(src, "Biblioteka nie wypożycza tabletów bez żadnej kaucji.", "en", "pl")


# 5 ---------------------------------------------------------------------------------------
def test_urdu_bila_is_without():
    assert not p001("دکان مسافروں کو بلا معاوضہ پانی فراہم کرتی ہے۔",
                    "The shop gives travellers water without payment.", "ur", "en")


# 6 ---------------------------------------------------------------------------------------
def test_korean_figure_not_reached():
    tgt = "과수원에는 이제 오래된 배나무가 40그루도 채 되지 않는다."
    assert not p001("The orchard now has fewer than 40 old pear trees.", tgt, "en", "ko")
    assert p001("The orchard now has 40 old pear trees.", tgt, "en", "ko")


# 7 ---------------------------------------------------------------------------------------
def p003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f"{f.severity.label}:{f.message}" for f in check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


def test_lawful_rendered_unlawful():
    src = "Most of the trout sold at the market had been legally caught upstream."
    assert p003(src, "Większość pstrągów sprzedawanych na targu złowiono w górze rzeki nielegalnie.",
                "en", "pl")
    assert not p003(src, "Większość pstrągów sprzedawanych na targu złowiono w górze rzeki legalnie.",
                    "en", "pl")
    assert p003("Die Jäger hatten das Wild rechtmäßig erlegt.",
                "The hunters had shot the game unlawfully.", "de", "en")
    assert not p003("Die Jäger hatten das Wild rechtmäßig erlegt.",
                    "The hunters had shot the game lawfully.", "de", "en")
    # a phrase of the law's words: "zgodnie z prawem" (lawfully) against its "nie-" form
    assert p003("The clinic disposed of the waste lawfully.",
                "Klinika zutylizowała odpady niezgodnie z prawem.", "en", "pl")


def test_juridical_legal_is_weak():
    # "legal" of the law's business (a legal challenge, legal aid) is no "lawful"
    assert not p003("The tenants mounted a legal challenge to the unlawful eviction.",
                    "Die Mieter klagten gegen die rechtswidrige Räumung.", "en", "de")
