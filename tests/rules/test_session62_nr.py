"""Session 62 (helper nr): person names whose surname was swapped, missed for want of the
name's grouping.

1. (_text.find_names, data/names/given.txt) A listed given name inside a sentence is a
   person's in every language, not only in German, however frequent the word at home
   (Danish Birgitte, Hungarian István); given.txt gains frequent English, Irish, Scottish,
   Nordic and Hungarian given names.  The capitalised word after one is the surname, so a
   surname swapped after a kept given name (Susan Thorn ~ Susan Baxter) is N004's.
2. (_text.find_names, N004 ``_part_swapped``) Hungarian writes the surname first: a
   capitalised word right before a listed given name is the surname (Kovács János), and a
   translation that writes the given name first is read in its own order (Kovács János ~
   János Horváth is a swap; ~ János Kovács is not).
3. (N004) Out of Cyrillic or Greek into Latin letters, a two-word name whose given name is
   transcribed and whose surname is another one that reads as no word of the source
   sentence is a swap at major, not a translated name's words (Милица Петровић ~ Milica
   Marković).
4. (N004 out of Japanese, ``_han_readback.swapped``) A word standing beside the read-back
   other half of a person's name (健一 ~ Kenichi) that shares only its first character's
   reading with the lost half (小沼, ko-) is another surname, not an irregular reading: an
   irregular reading ties both ends (Kenichi Kobayashi for 小沼健一 is a swap, minor).
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules._text import find_names


def n_codes(src: str, tgt: str, sl: str, tl: str) -> set[tuple[str, str]]:
    return {(f.code, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith("N") and not f.suppressed}


def swapped(src: str, tgt: str, sl: str, tl: str) -> bool:
    return any(c == "N004" and sev in ("major", "critical") for c, sev in n_codes(src, tgt, sl, tl))


# -- 1. listed given names inside a sentence ------------------------------------------------

EN = "Council leader Susan Thorn said the plan was ready."
DA = "Planen er klar, siger Kirsten Lund fra kommunen."


@pytest.mark.parametrize("src,tgt,sl,tl", [
    (EN, "La présidente du conseil, Susan Baxter, a dit que le plan était prêt.", "en", "fr"),
    (EN, "Ketua majlis, Susan Baxter, berkata pelan itu sudah siap.", "en", "ms"),
    (DA, "Le plan est prêt, dit Kirsten Berg, de la commune.", "da", "fr"),
    (DA, "Der Plan ist fertig, sagt Kirsten Berg von der Gemeinde.", "da", "de"),
    ("Planen är klar, säger Gunilla Ek på kommunen.",
     "The plan is ready, says Gunilla Strand of the municipality.", "sv", "en"),
])
def test_surname_swapped_after_listed_given_name(src, tgt, sl, tl):
    assert swapped(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    (EN, "Ketua majlis, Susan Thorn, berkata pelan itu sudah siap.", "en", "ms"),
    (EN, "La présidente du conseil, Susan Thorn, a dit que le plan était prêt.", "en", "fr"),
    (DA, "Der Plan ist fertig, sagt Kirsten Lund von der Gemeinde.", "da", "de"),
])
def test_surname_kept_stays_silent(src, tgt, sl, tl):
    assert not any(c in ("N003", "N004") for c, _ in n_codes(src, tgt, sl, tl))


def test_given_name_grouping():
    assert [g.text for g in find_names(EN, "en", "ms")] == ["Susan Thorn"]
    assert [g.text for g in find_names(DA, "da", "fr")] == ["Kirsten Lund"]


# -- 2. Hungarian surname first ---------------------------------------------------------------

HU = "A terv kész, mondta Kovács János polgármester."


def test_hungarian_surname_first_grouping():
    assert [g.text for g in find_names(HU, "hu", "en")] == ["Kovács János"]
    assert [g.text for g in find_names("A város polgármestere, Nagy István szerint jó.", "hu", "de")] \
        == ["Nagy István"]
    # a frequent word opening a sentence before a given name is no surname (Ma, today)
    assert [g.text for g in find_names("Ma János elment a piacra.", "hu", "en")] == ["János"]


@pytest.mark.parametrize("tgt,tl", [
    ("The plan is ready, said mayor János Horváth.", "en"),
    ("Der Plan ist fertig, sagte Bürgermeister János Horváth.", "de"),
])
def test_hungarian_surname_swapped_in_given_first_order(tgt, tl):
    assert swapped(HU, tgt, "hu", tl)


@pytest.mark.parametrize("tgt,tl", [
    ("The plan is ready, said mayor János Kovács.", "en"),
    ("Der Plan ist fertig, sagte Bürgermeister Kovács János.", "de"),
])
def test_hungarian_name_reordered_stays_silent(tgt, tl):
    assert not any(c in ("N003", "N004") for c, _ in n_codes(HU, tgt, "hu", tl))


# -- 3. Cyrillic or Greek given name transcribed, another surname ----------------------------

SR = "Кардиолог др Милица Петровић је рекла да је све у реду."
RU = "Министр Ольга Кузнецова заявила, что всё хорошо."


@pytest.mark.parametrize("src,tgt,sl,tl", [
    (SR, "Die Kardiologin Dr. Milica Marković sagte, alles sei in Ordnung.", "sr", "de"),
    (SR, "Cardiologist Dr Milica Marković said all was well.", "sr", "en"),
    (RU, "Minister Olga Smirnova said all was well.", "ru", "en"),
])
def test_script_surname_swapped_is_major(src, tgt, sl, tl):
    assert swapped(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    (SR, "Cardiologist Dr Milica Petrović said all was well.", "sr", "en"),
    (SR, "Die Kardiologin Dr. Milica Petrovic sagte, alles sei in Ordnung.", "sr", "de"),
    (RU, "Minister Olga Kuznetsova said all was well.", "ru", "en"),
    ("Директор Одеського порту Ольга Ткаченко заявила, що все добре.",
     "Odesa Port director Olga Tkachenko said all was well.", "uk", "en"),
])
def test_script_name_transcribed_stays_silent(src, tgt, sl, tl):
    assert not any(c in ("N003", "N004") for c, _ in n_codes(src, tgt, sl, tl))


# -- 4. Japanese: the other half of the name kept -----------------------------------------------

def doc_findings(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, tgt[f.span[0]:f.span[1]]) for f in rep.findings if not f.suppressed]


JA = "農家の小川健二さん（61）は「全部だめになった」と話した。小川さんの畑は半分が水につかった。"
JA_T = ('"Everything was ruined," said farmer Kenji {}, 61. Half of Ogawa\'s fields were flooded.')


def test_japanese_surname_swapped_beside_kept_given_name(tmp_path):
    pytest.importorskip("pykakasi")
    found = doc_findings(tmp_path, JA, JA_T.format("Kobayashi"), "ja", "en")
    assert ("N004", "minor", "Kobayashi") in found
    for tl, tgt in (("fr", "« Tout est perdu », a déclaré l'agriculteur Kenji Kobayashi, 61 ans. "
                           "Ogawa a perdu la moitié de ses champs."),):
        assert any(c == "N004" and span == "Kobayashi" for c, _, span in doc_findings(tmp_path, JA, tgt, "ja", tl))


def test_japanese_name_kept_stays_silent(tmp_path):
    pytest.importorskip("pykakasi")
    found = doc_findings(tmp_path, JA, JA_T.format("Ogawa"), "ja", "en")
    assert not any(c == "N004" for c, _, _ in found)
