"""Session 58, helper n3: N003 false alarms on names rendered another way.

* a body's acronym in brackets kept in the translation's script (PMC ~ (पीएमसी)) or
  transliterated letter by letter (ΟΙΑΚ ~ OIAK): the name itself was translated;
* Malay and Indonesian head nouns of bodies (data/names/body_head_nouns.txt), so a
  capitalised common word of a committee's portfolio is translated, not lost;
* a head noun of data/names/body_heads.txt before a place (Општине Ивањица) whose place
  the translation writes: rendered;
* a frequent word opening a sentence that meets the lexicon only as a hand-lexicon form
  with an ending (Lithuanian Vienas ~ Viena + s, Latvian Salas, Norwegian Finnes) is no name;
* a place called by a frequent common noun (Greek Λιμάνι, Romanian Deal) with a capitalised
  common word of the translation in its slot (the Harbour, the Hill): translated."""

from __future__ import annotations

import os

import mtcheck
from mtcheck.rules import _text as T
from mtcheck.rules import names as N


def n003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    sp = os.path.join(tmp_path, f"source.{sl}.txt")
    tp = os.path.join(tmp_path, f"target.{tl}.txt")
    with open(sp, "w", encoding="utf-8") as f:
        f.write(src)
    with open(tp, "w", encoding="utf-8") as f:
        f.write(tgt)
    rep = mtcheck.compare(tp, source=sp, source_lang=sl, target_lang=tl, semantic=False)
    return [f.message for f in rep.findings if f.code == "N003" and not f.suppressed]


P = "\n\n"

# -- a bracket acronym kept in another script -------------------------------------------
EL_SRC = ("Η Ένωση Ιδιοκτητών Ακινήτων Κέρκυρας (ΟΙΑΚ) διαμαρτυρήθηκε για τους νέους φόρους." + P
          + "Ο πρόεδρος δήλωσε ότι θα προσφύγει στη δικαιοσύνη.\n")
EN_PMC = "The Pune Municipal Corporation (PMC) approved a new water plan on Monday." + P + "Work will start next month.\n"


def test_greek_acronym_transliterated_letter_by_letter(tmp_path):
    tgt = ("The Corfu Property Owners' Union (OIAK) protested against the new taxes." + P
           + "Its president said he would go to court.\n")
    assert n003(tmp_path, EL_SRC, tgt, "el", "en") == []


def test_greek_name_lost_with_another_acronym_still_flagged(tmp_path):
    tgt = ("The Athens Bar Association (DSA) protested against the new taxes." + P
           + "Its president said he would go to court.\n")
    assert n003(tmp_path, EL_SRC, tgt, "el", "en")


def test_latin_acronym_spelled_in_devanagari(tmp_path):
    tgt = "पुणे नगर निगम (पीएमसी) ने सोमवार को नई जल योजना को मंज़ूरी दी।" + P + "काम अगले महीने शुरू होगा।\n"
    assert n003(tmp_path, EN_PMC, tgt, "en", "hi") == []


def test_latin_acronym_spelled_in_cyrillic(tmp_path):
    tgt = ("Муниципальная корпорация Пуны (ПМК) в понедельник одобрила новый план водоснабжения." + P
           + "Работы начнутся в следующем месяце.\n")
    assert n003(tmp_path, EN_PMC, tgt, "en", "ru") == []


def test_other_acronym_in_devanagari_still_flagged(tmp_path):
    tgt = "राज्य सरकार (केएसपीसीबी) ने सोमवार को नई जल योजना को मंज़ूरी दी।" + P + "काम अगले महीने शुरू होगा।\n"
    assert n003(tmp_path, EN_PMC, tgt, "en", "hi")


def test_acronym_letters():
    assert N._acronym_letters("ΥΠΕΝ", "YPEN") and N._acronym_letters("РХМЗ", "RHMZ")
    assert not N._acronym_letters("ΟΙΑΚ", "OAK") and not N._acronym_letters("ΕΡΤ", "EPT")


# -- Malay and Indonesian body heads ---------------------------------------------------
MS_END = "\n\nBeliau bercakap kepada pemberita semalam.\n"
EN_END = "\n\nHe was speaking to reporters yesterday.\n"


def test_malay_committee_portfolio_translated(tmp_path):
    src = ("Pengerusi Jawatankuasa Kebajikan dan Hal Ehwal Wanita negeri, Ahmad Fauzi berkata, "
           "bantuan akan diberi." + MS_END)
    tgt = "State welfare and women's affairs committee chairman Ahmad Fauzi said aid would be given." + EN_END
    assert n003(tmp_path, src, tgt, "ms", "en") == []


def test_malay_person_dropped_still_flagged(tmp_path):
    src = ("Pengerusi Jawatankuasa Kebajikan dan Hal Ehwal Wanita negeri, Ahmad Fauzi berkata, "
           "bantuan akan diberi." + MS_END)
    tgt = "The state welfare and women's affairs committee chairman said aid would be given." + EN_END
    assert any("Ahmad Fauzi" in m for m in n003(tmp_path, src, tgt, "ms", "en"))


def test_indonesian_heads_listed():
    src = "Kepala Dinas Pertanian dan Ketahanan Pangan kabupaten"
    g = next(g for g in T.find_names(src, "id", "en") if g.text == "Pangan") if any(
        g.text == "Pangan" for g in T.find_names(src, "id", "en")) else None
    assert N._body_head("Dinas", "id") and N._body_head("Jawatankuasa", "ms")
    assert not N._body_head("Santoso", "id")
    if g is not None:
        assert N._portfolio_of_body(g, src, "id")


# -- a body's head noun and a place -----------------------------------------------------
SR_SRC = "Грађани су се окупили испред зграде Општине Ивањица у понедељак." + P + "Протест је трајао два сата.\n"


def test_serbian_head_and_place_rendered_by_place(tmp_path):
    tgt = "Residents gathered in front of the Ivanjica municipal building on Monday." + P + "The protest lasted two hours.\n"
    assert n003(tmp_path, SR_SRC, tgt, "sr", "en") == []


def test_serbian_head_and_place_without_the_place_still_flagged(tmp_path):
    tgt = "Residents gathered in front of the municipal building on Monday." + P + "The protest lasted two hours.\n"
    assert n003(tmp_path, SR_SRC, tgt, "sr", "en")


# -- a common word opening a sentence, a hand-lexicon form with an ending ---------------
def test_common_word_like_inflected_place_opening_a_sentence(tmp_path):
    src = ("Ūkininkai susirinko prie savivaldybės pastato. Vienas jų sakė, kad kainos per mažos." + P
           + "Protestas truko dvi valandas.\n")
    tgt = ("The farmers gathered outside the municipal building. One of them said prices were too low." + P
           + "The protest lasted two hours.\n")
    assert n003(tmp_path, src, tgt, "lt", "en") == []
    src = "Zemnieki pulcējās pie domes ēkas. Salas iedzīvotāji esot neapmierināti." + P + "Protests ilga divas stundas.\n"
    tgt = ("The farmers gathered outside the council building. Island residents are said to be unhappy." + P
           + "The protest lasted two hours.\n")
    assert n003(tmp_path, src, tgt, "lv", "en") == []
    src = "Bøndene samlet seg foran rådhuset. Finnes det en løsning, spurte de." + P + "Protesten varte i to timer.\n"
    tgt = "The farmers gathered outside the town hall. Is there a solution, they asked." + P + "The protest lasted two hours.\n"
    assert n003(tmp_path, src, tgt, "nb", "en") == []


def test_places_in_their_own_case_stay_names():
    assert [g.text for g in T.find_names("Latvijas Banka paziņoja jaunas likmes.", "lv", "en")][:1] == ["Latvijas"]
    for w, lang in (("latvijas", "lv"), ("londono", "lt"), ("jelgavas", "lv"), ("krakowa", "pl"), ("beogradu", "hr")):
        assert not T._common_word_inflected_like_place(w, lang)
    assert T._common_word_inflected_like_place("vienas", "lt")


# -- a place called by a common noun ----------------------------------------------------
EL_HARBOUR = "Οι επισκέπτες πηγαίνουν με βάρκα στο Λιμάνι κάθε μέρα το καλοκαίρι." + P + "Το εισιτήριο κοστίζει δύο ευρώ.\n"


def test_place_called_by_common_noun_translated(tmp_path):
    tgt = "Visitors take a boat to the Harbour every day in summer." + P + "A ticket costs two euros.\n"
    assert n003(tmp_path, EL_HARBOUR, tgt, "el", "en") == []
    src = "Locuitorii din Deal au protestat ieri împotriva noii parcări." + P + "Protestul a durat două ore.\n"
    tgt = "The residents of the Hill protested yesterday against the new car park." + P + "The protest lasted two hours.\n"
    assert n003(tmp_path, src, tgt, "ro", "en") == []


def test_place_called_by_common_noun_dropped_still_flagged(tmp_path):
    tgt = "Visitors take a boat every day in summer." + P + "A ticket costs two euros.\n"
    assert n003(tmp_path, EL_HARBOUR, tgt, "el", "en")
