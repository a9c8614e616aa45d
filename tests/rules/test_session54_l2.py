"""Session 54 (l2): language and length findings on correct translations, and a short
sentence in a close neighbour of the target language missed.

* L002: a phrase the target language borrowed and writes as it stands (single malt, hedge
  fund in Spanish, Italian, Portuguese: data/loans/{es,it,pt}.txt) is no source wording
  left untranslated;
* L001: a sentence of two or three words in a close neighbour of the target (Russian in
  Ukrainian, Ukrainian in Russian, Slovak in Czech), too short for language ID alone, is
  told by the neighbour's own words;
* S006: a rare word the lists hold that is a common word of the language with an ending
  added (French fumière ~ fumier, Spanish tensar ~ tensa) is no slip of the word its first
  letter changed would make (lumière, pensar);
* C003: from a source written densely (Chinese, Japanese, Korean) into a spaced language, a
  longer translation with no seam of generated text is no "possible addition".

Each has a guard that still reports the real artefact.
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.name}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if not f.suppressed and f.code == code]


# -- L002: loan phrases of Spanish, Italian, Portuguese -----------------------------------

def test_loan_phrase_single_malt_en_es():
    assert codes("The distillery released a single malt whisky.",
                 "La destilería lanzó un whisky single malt.", "en", "es", "L002") == []


def test_loan_phrase_hedge_fund_en_it():
    assert codes("The hedge fund lost money.", "Il hedge fund ha perso denaro.", "en", "it", "L002") == []


def test_loan_phrase_single_malt_en_pt():
    assert codes("Its first single malt is expected next year.",
                 "O seu primeiro single malt é esperado no próximo ano.", "en", "pt", "L002") == []


def test_loan_guard_copied_words_still_flagged_en_es():
    assert codes("The new rules apply from Monday.",
                 "Las new rules se aplican desde el lunes.", "en", "es", "L002")


# -- L001: a short sentence in a close neighbour --------------------------------------------

def test_short_russian_sentence_in_ukrainian():
    assert codes("Not everyone is convinced.", "Убеждены не все.", "en", "uk", "L001") == ["MAJOR:Убеждены не все."]


def test_short_russian_sentence_in_ukrainian_article(article):
    src = ["The council approved the new station on Monday. Not everyone is convinced. "
           "Residents of the nearest village fear more traffic on narrow lanes."]
    tgt = ["Рада в понеділок схвалила нову станцію. Убеждены не все. "
           "Мешканці найближчого села побоюються більшого руху вузькими провулками."]
    got = [f.text for f in article(src, tgt, "en", "uk") if f.code == "L001"]
    assert got == ["Убеждены не все."]


def test_short_ukrainian_sentence_in_russian():
    assert codes("Few were surprised.", "Не всі переконані.", "en", "ru", "L001")


def test_short_slovak_sentence_in_czech():
    assert codes("Nobody came.", "Nikto neprišiel.", "en", "cs", "L001")


def test_short_portuguese_sentence_in_spanish():
    assert codes("Nobody came.", "Ninguém veio.", "en", "es", "L001")


def test_short_neighbour_guard_correct_ukrainian():
    assert codes("Not everyone is convinced.", "Переконані не всі.", "en", "uk", "L001") == []


def test_short_neighbour_guard_correct_czech_and_russian():
    assert codes("Nobody came.", "Nikdo nepřišel.", "en", "cs", "L001") == []
    assert codes("Not everyone is convinced.", "Не все убеждены.", "en", "ru", "L001") == []


def test_short_neighbour_guard_shared_words_danish_norwegian():
    # words both languages write: no sign of the neighbour
    assert codes("Not all of them.", "Ikke alle.", "en", "nb", "L001") == []


# -- S006: a common word with an ending added ------------------------------------------------

def test_family_word_not_a_slip_fr():
    assert codes("The hay lay in the barn and the manure shed.",
                 "La paille gisait dans la grange et la fumière.", "en", "fr", "S006") == []


def test_family_word_not_a_slip_es():
    assert codes("You have to tighten the rope.", "Hay que tensar la cuerda.", "en", "es", "S006") == []


def test_family_guard_real_slips_still_flagged():
    assert codes("On Monday the government announced new measures.",
                 "On Monday the govenment announced new measures.", "de", "en", "S006")
    assert codes("They reached an agreement.", "Llegaron a un ecuerdo.", "en", "es", "S006")


# -- C003: a longer translation of a dense source --------------------------------------------

def test_dense_source_longer_no_addition_ja_fr():
    assert codes("総工費は約32億円で、県の補助金を活用する。",
                 "Les travaux coûteront environ 3,2 milliards de yens, financés en partie par des "
                 "subventions de la préfecture.", "ja", "fr", "C003") == []


def test_dense_source_longer_no_addition_ko_en():
    assert codes("총사업비는 약 25억원으로 국비를 활용한다.",
                 "The total cost of the project is about 2.5 billion won, paid with national funds.",
                 "ko", "en", "C003") == []


def test_dense_source_longer_no_addition_zh_de():
    assert codes("该项目总投资约12亿元，由省财政补贴。",
                 "Das Projekt kostet insgesamt rund 1,2 Milliarden Yuan und wird mit Zuschüssen aus "
                 "dem Haushalt der Provinz finanziert.", "zh", "de", "C003") == []


def test_dense_guard_spaced_source_longer_still_flagged():
    got = codes("Die Stadt baut eine neue Brücke.",
                "The city is building a new bridge over the river, which has long been planned.",
                "de", "en", "C003") + codes("Die Stadt baut eine neue Brücke.",
                                            "The city is building a new bridge over the river, which has long been planned.",
                                            "de", "en", "C002")
    assert got
