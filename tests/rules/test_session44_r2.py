"""Session 44 (r2): capitalised common words read as names (N003), fixed as classes
(written for mtcheck).

1. Estonian has no word list: its pronouns, adverbs and function words opening a
   sentence (Tema, Kõige, Nende) are in a stop list (data/names/stop.et.txt), no names;
2. a Romanian plural noun with its enclitic definite article opening a sentence
   (Morarii ~ morar "the millers", Spicele ~ spice "the ears") is a common noun.
"""

from __future__ import annotations

import mtcheck


def doc(article, src, tgt, sl, tl, code):
    return [f.message for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. Estonian function words opening a sentence

def test_estonian_pronoun_opening_is_no_name_et_en(article):
    src = ("Jaan Kask juhib ettevõtet juba kümme aastat.\n\n"
           "Tema sõnul on tellimusi rohkem kui eales varem.\n\n"
           "Tema hinnangul kasvab käive järgmisel aastal.")
    tgt = ("Jaan Kask has run the company for ten years.\n\n"
           "He says there are more orders than ever before.\n\n"
           "In his view, turnover will grow next year.")
    assert not [m for m in doc(article, src, tgt, "et", "en", "N003") if "Tema" in m]


def test_estonian_adverb_opening_is_no_name_et_de(article):
    src = ("Kõige rohkem kannatasid saared.\n\n"
           "Kõige keerulisem on olukord Tartus, ütles Mari Tamm.")
    tgt = ("Am stärksten litten die Inseln.\n\n"
           "Am schwierigsten ist die Lage in Tartu, sagte Mari Tamm.")
    assert not [m for m in doc(article, src, tgt, "et", "de", "N003") if "Kõige" in m]


def test_estonian_name_dropped_still_flagged_et_en_et_de():
    assert mtcheck.check_pair("Tema sõnul kohtus ta eile Tallinnas Mari Tammega.",
                              "According to him, he met her yesterday in Tallinn.", "et", "en")
    found = [f.message for f in mtcheck.check_pair("Kõige rohkem müüakse Tartus, lisas Jaan Kask.",
                                                   "Am meisten wird in Tartu verkauft, fügte er hinzu.",
                                                   "et", "de") if f.code == "N003"]
    assert any("Jaan Kask" in m for m in found) and not any("Kõige" in m for m in found)


# 2. Romanian plural nouns with the enclitic article opening a sentence

def test_romanian_plural_article_opening_is_no_name_ro_en(article):
    src = ("Recolta de grâu a scăzut anul acesta în sudul țării.\n\n"
           "Morarii spun că prețul făinii va crește din toamnă.")
    tgt = ("The wheat harvest fell this year in the south of the country.\n\n"
           "Millers say the price of flour will rise from the autumn.")
    assert not [m for m in doc(article, src, tgt, "ro", "en", "N003") if "Morarii" in m]


def test_romanian_plural_article_opening_is_no_name_ro_de(article):
    src = ("Seceta a afectat culturile din Dobrogea.\n\n"
           "Spicele sunt mici, iar boabele sunt zbârcite, a spus Ion Marinescu.")
    tgt = ("Die Dürre hat die Kulturen in der Dobrudscha geschädigt.\n\n"
           "Die Ähren sind klein und die Körner verschrumpelt, sagte Ion Marinescu.")
    assert not [m for m in doc(article, src, tgt, "ro", "de", "N003") if "Spicele" in m]


def test_romanian_articled_plural_not_a_name():
    from mtcheck.rules.names import _ro_articled_plural
    assert _ro_articled_plural("morarii", "ro") and _ro_articled_plural("spicele", "ro")
    # names keep their own ending; other languages are not touched
    assert not _ro_articled_plural("marinescu", "ro")
    assert not _ro_articled_plural("vasile", "ro")
    assert not _ro_articled_plural("morarii", "it")
