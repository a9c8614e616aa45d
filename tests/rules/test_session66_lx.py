"""Session 66 (helper lx): words kept from the source on purpose that L002 took for copies,
and a false friend inside a kept term (G004), each class on invented examples.

1. L002: a culture's term of two words or more, written in lower case by the source, that
   the translation keeps at every one of its mentions (three or more, in two sentences or
   more) is a term kept on purpose; kept at some mentions and translated at others it is
   still a copy where kept.
2. L002: the lower-case words of a name of a language that capitalises a name's first
   word only, kept whole right after the translation's own head noun for a firm (the
   company X, the municipal utility X: data/names/firm_head_nouns.txt), and the same
   name kept again elsewhere in the article, also opening a sentence.
3. L002 (minor band): a word the target language declines as its own, its -s plural in
   the target's list about as often as the word and no form of the source language
   (English conquistadors, exemplars from Portuguese): a term the target has taken in.
4. G004: the look-alike inside a phrase the source has word for word, where the target
   joins its words with hyphens and drops an accent (a German Art-...-Stil compound for
   an English Art ... style).
"""
from __future__ import annotations

import mtcheck
from mtcheck import check_pair


def pair(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label}:{f.text}" for f in check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, codes: tuple[str, ...]) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.code}:{f.severity.label}:{f.text}" for f in rep.findings
            if f.code in codes and not f.suppressed and f.document == str(t)]


# 1. a term of several words kept at every mention

MS_SRC = ("Perahu kolek baharu dilancarkan di Kuala Besut\n\n"
          "Sebuah perahu kolek sepanjang sembilan meter dilancarkan semalam di jeti Kuala Besut "
          "oleh persatuan nelayan tempatan.\n\n"
          "Tukang perahu Ahmad Salleh, 61, mengambil masa lima bulan untuk menyiapkannya. "
          "Beliau berkata perahu kolek dibina tanpa paku besi.\n\n"
          "Pertandingan lumba perahu akan diadakan pada bulan Ogos.\n")
EN_TGT = ("New perahu kolek launched in Kuala Besut\n\n"
          "A nine-metre perahu kolek was launched yesterday at the Kuala Besut jetty by the local "
          "fishermen's association.\n\n"
          "Boatbuilder Ahmad Salleh, 61, took five months to complete it. He said the perahu kolek "
          "is built without iron nails.\n\n"
          "A boat race will be held in August.\n")
CODES = ("L001", "L002", "X001")


def test_l002_term_of_two_words_kept_at_every_mention(tmp_path):
    assert doc(tmp_path, MS_SRC, EN_TGT, "ms", "en", CODES) == []


def test_l002_term_translated_at_one_mention_is_still_a_copy(tmp_path):
    tgt = EN_TGT.replace("He said the perahu kolek is built", "He said the traditional boat is built")
    got = doc(tmp_path, MS_SRC, tgt, "ms", "en", CODES)
    assert any(g.startswith("L002:major:perahu") for g in got), got


def test_l002_clause_left_untranslated_around_the_term_is_caught(tmp_path):
    tgt = EN_TGT.replace("He said the perahu kolek is built without iron nails.",
                         "Beliau berkata perahu kolek dibina tanpa paku besi.")
    got = doc(tmp_path, MS_SRC, tgt, "ms", "en", CODES)
    assert any("dibina tanpa paku" in g for g in got), got


def test_l002_term_kept_in_one_sentence_only_is_a_copy():
    got = pair("Sebuah perahu kolek dilancarkan semalam di jeti itu.",
               "A perahu kolek was launched yesterday at the jetty.", "ms", "en", "L002")
    assert got, got


# 2. a firm's name kept whole after the translation's head noun for a firm

CS_SRC = ("Společnost Doudlebské pekárny otevře novou provozovnu\n\n"
          "Zaměstnanci společnosti Doudlebské pekárny v pondělí dokončili stavbu nové provozovny "
          "v Líšni. Stavba stála 40 milionů korun.\n\n"
          "Doudlebské pekárny chtějí příští rok přijmout dalších 30 lidí.\n")
CS_EN = ("Bakery company to open new plant\n\n"
         "On Monday, employees of the company Doudlebské pekárny completed the construction of a "
         "new plant in Líšeň. The construction cost 40 million crowns.\n\n"
         "Doudlebské pekárny wants to hire another 30 people next year.\n")


def test_l002_firm_name_after_company_and_again_opening_a_sentence(tmp_path):
    assert doc(tmp_path, CS_SRC, CS_EN, "cs", "en", ("L002",)) == []


HR_SRC = ("Stanovnici Zadra žale se na gužve.\n\n"
          "Direktor komunalnog poduzeća Pašmanske ceste Ivan Perić kaže da će radovi trajati do svibnja.\n")
HR_EN = ("Residents of Zadar complain about congestion.\n\n"
         "Ivan Perić, director of the municipal utility Pašmanske ceste, says the works will last "
         "until May.\n")


def test_l002_firm_name_after_utility(tmp_path):
    assert doc(tmp_path, HR_SRC, HR_EN, "hr", "en", ("L002",)) == []


def test_l002_lower_case_word_after_a_name_with_no_head_noun_is_still_a_copy(tmp_path):
    tgt = HR_EN.replace("the municipal utility Pašmanske ceste", "Pašmanske ceste")
    assert doc(tmp_path, HR_SRC, tgt, "hr", "en", ("L002",)) == ["L002:major:ceste"]


def test_l002_clause_copied_after_a_firm_name_is_caught(tmp_path):
    tgt = CS_EN.replace("completed the construction of a new plant",
                        "v pondělí dokončili stavbu nové provozovny")
    got = doc(tmp_path, CS_SRC, tgt, "cs", "en", CODES)
    assert any("dokončili" in g for g in got), got


# 3. a word the target declines as its own

def test_l002_word_with_the_targets_own_plural_is_no_copy():
    assert pair("O museu exibe a armadura de um conquistador espanhol.",
                "The museum displays the armour of a Spanish conquistador.", "pt", "en", "L002") == []
    assert pair("O livro é um exemplar raro do século XVI.",
                "The book is a rare exemplar from the 16th century.", "pt", "en", "L002") == []


def test_l002_word_the_target_does_not_decline_is_still_kept():
    assert pair("A canção fala da saudade dos emigrantes.",
                "The song speaks of the saudade of the emigrants.", "pt", "en", "L002")


# 4. G004 inside a hyphenated kept term

def test_g004_look_alike_inside_a_hyphenated_kept_term():
    assert pair("The villa was built in the Art Nouveau style in 1904.",
                "Die Villa wurde 1904 im Art-nouveau-Stil erbaut.", "en", "de", "G004") == []
    assert pair("The cinema is an Art Deco building.",
                "Das Kino ist ein Art-déco-Bau.", "en", "de", "G004") == []


def test_g004_look_alike_still_flagged():
    assert pair("Modern art is popular in the city.",
                "Moderne Art ist in der Stadt beliebt.", "en", "de", "G004")
    assert pair("The art fair opened on Monday.",
                "Die Art-Messe wurde am Montag eröffnet.", "en", "de", "G004")
