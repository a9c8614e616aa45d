"""Session 48 (g6): coverage classes found by the held-out articles of batch s48
(bench/articles), fixed as classes (written for mtcheck).

1. A short sentence of an abugida script (Bengali, Devanagari, Tamil, Thai) whose words
   are a consonant or two with vowel signs ("আমি ভাত খাই।") was taken for OCR debris:
   the vowel signs are combining marks, not letters, so it held no "word of three
   letters".  The aligner released it from its bead as junk and C001 reported the
   sentence as not translated, while the bead it left behind read as too long (C002).
   Combining marks now count as letters of their word.
2. Russian, Ukrainian and other languages that never write an ordinal as "6." had their
   sentences run together at a number and a full stop ("… на маршрут № 6. Обслуживать
   …"), as German's "6. Oktober": a sentence deleted from the translation then hid inside
   its neighbour's bead and no omission was reported.  Those languages now end a
   sentence there, as English does.
"""

from __future__ import annotations

import mtcheck
from mtcheck.align import align_sentences, is_debris
from mtcheck.segment import split_sentences


def codes(src, tgt, sl, tl, prefix="C00"):
    return [(f.code, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


def doc_codes(tmp_path, src, tgt, sl, tl, prefix="C00"):
    """Findings in document mode (sentences aligned), as bench/articles runs it."""
    s, t = tmp_path / f"source.{sl}.txt", tmp_path / f"target.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label) for f in rep.findings
            if f.code.startswith(prefix) and not f.suppressed]


# 1. abugida sentences are no debris ------------------------------------------------------
def test_short_bengali_sentence_is_no_debris():
    assert not is_debris("আমি ভাত খাই।")
    assert not is_debris("ওদের বাড়িতে আলো নেই।")


def test_short_hindi_and_tamil_sentences_are_no_debris():
    assert not is_debris("नहीं है।")
    assert not is_debris("நான் வந்தேன்.")


def test_real_debris_stays_debris():
    # precision: OCR strays of Latin letters and digits, accents and all, are still junk
    for junk in ('h * "', ".:-- , .", "24 a !", "é à ü", "a\u0301 b"):
        assert is_debris(junk), junk


def test_bengali_middle_sentence_stays_in_its_bead():
    src = ["শিক্ষকেরা বলেন, “তিন মাস ধরে আমরা কোনো বেতন পাইনি।",
           "ওদের বাড়িতে আলো নেই।",
           "বেতন না পাওয়া পর্যন্ত আমরা স্কুলে ফিরব না।”"]
    tgt = ['"We have not received any salary for three months.',
           "Their homes have no light.",
           'We will not go back to school until we are paid," the teachers said.']
    beads = align_sentences(src, tgt, "bn", "en", semantic=False)
    assert ([1], []) not in beads
    assert any(1 in s and 1 in t for s, t in beads)


def test_hindi_short_sentence_is_no_omission(tmp_path):
    src = ("किसानों ने कहा कि पिछले दो महीनों से उन्हें फसल का भुगतान नहीं मिला है। "
           "घर में राशन नहीं है। "
           "जब तक पूरा भुगतान नहीं होता, वे मंडी में धरना जारी रखेंगे।")
    tgt = ("The farmers said they had not been paid for their crops for the past two months. "
           "There is no food at home. "
           "They will continue their sit-in at the market until they are paid in full.")
    assert ("C001", "major") not in doc_codes(tmp_path, src, tgt, "hi", "en")


# 2. no ordinal "6." in Russian or Ukrainian ----------------------------------------------
def test_russian_number_full_stop_ends_sentence():
    text = "Автобусы уже вышли на маршрут № 12. Остальные машины придут весной."
    assert split_sentences(text, "ru") == ["Автобусы уже вышли на маршрут № 12.",
                                           "Остальные машины придут весной."]


def test_ukrainian_number_full_stop_ends_sentence():
    text = "Нові потяги курсують на лінії 3. Старі вагони спишуть до кінця року."
    assert split_sentences(text, "uk") == ["Нові потяги курсують на лінії 3.",
                                           "Старі вагони спишуть до кінця року."]


def test_german_and_czech_ordinals_keep_their_sentence():
    # precision: languages that do write ordinals as "6." keep reading them so
    assert len(split_sentences("Die Linie fährt seit dem 6. Oktober wieder.", "de")) == 1
    assert len(split_sentences("Závod se koná 6. května v Brně.", "cs")) == 1


def test_russian_full_translation_no_omission(tmp_path):
    src = ("Город получил 30 новых автобусов. Первые 10 машин уже вышли на маршрут № 12. "
           "Водители прошли обучение на новой технике. Остальные автобусы придут весной.")
    tgt = ("The city has received 30 new buses. The first 10 are already running on route 12. "
           "The drivers have been trained on the new vehicles. The remaining buses will "
           "arrive in the spring.")
    assert not [c for c in doc_codes(tmp_path, src, tgt, "ru", "en") if c[1] in ("major", "critical")]
