"""Session 58 (helper ty): two misses of the T003 single-word path, by class.

1. A Norwegian, Danish or Swedish neuter noun in -s with its suffixed article (rådhus /
   rådhuset): lemma() strips the -s of the bare form, so the definite form shared no stem of
   six letters with it and the two counted as two renderings; it now drops the -et first.
2. The guard "another source lemma with the same sentences as the usual rendering" stopped
   the rule when that other word merely happened to stand in the same sentences: it is now
   passed over when the word never stands within three words of the term there and has a
   rendering of its own (found in two of its sentences and nowhere else, never beside the
   usual rendering of the term).
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import lemma


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# 1. the suffixed article of a noun in -s
def test_lemma_definite_neuter_in_s():
    for lang in ("nb", "da", "sv"):
        assert lemma("rådhuset", lang) == lemma("rådhus", lang)
    assert lemma("kurset", "nb") == lemma("kurs", "nb")
    assert lemma("priset", "sv") == lemma("pris", "sv")
    # not in other languages, nor in a word too short for it
    assert lemma("asset", "en") != lemma("ass", "en")
    assert lemma("huset", "fi") == "huset"


HALL_EN = ("The town hall will reopen in May after a long renovation.\n\n"
           "Visitors can tour the old town hall on Saturdays, the mayor said.\n\n"
           "The renovation cost the municipality nine million kronor.\n\n"
           "A café will open on the ground floor of the town hall in June.\n\n"
           "Staff moved out of the town hall two years ago.\n\n"
           "The building dates from 1893.\n")
HALL_SV = ("Rådhuset öppnar igen i maj efter en lång renovering.\n\n"
           "Besökare kan gå runt i det gamla rådhuset på lördagar, sade kommunalrådet.\n\n"
           "Renoveringen kostade kommunen nio miljoner kronor.\n\n"
           "Ett kafé öppnar på bottenvåningen i {} i juni.\n\n"
           "Personalen flyttade ut ur rådhus för två år sedan.\n\n"
           "Byggnaden är från 1893.\n")
HALL_DA = ("Rådhuset genåbner i maj efter en lang renovering.\n\n"
           "Besøgende kan gå rundt i det gamle rådhus om lørdagen, sagde borgmesteren.\n\n"
           "Renoveringen kostede kommunen ni millioner kroner.\n\n"
           "En café åbner i stueetagen i {} i juni.\n\n"
           "Personalet flyttede ud af rådhuset for to år siden.\n\n"
           "Bygningen er fra 1893.\n")


def test_definite_form_counts_with_bare_form_sv(tmp_path):
    assert t003(tmp_path, HALL_EN, HALL_SV.format("stadshuset"), "en", "sv")
    assert not t003(tmp_path, HALL_EN, HALL_SV.format("rådhuset"), "en", "sv")


def test_definite_form_counts_with_bare_form_da(tmp_path):
    assert t003(tmp_path, HALL_EN, HALL_DA.format("byhuset"), "en", "da")
    assert not t003(tmp_path, HALL_EN, HALL_DA.format("rådhuset"), "en", "da")


# 2. another source word in the same sentences, far from the term, rendered its own way
GH_EN = ("Last winter the school's greenhouse in Lund was badly damaged by a heavy storm.\n\n"
         "After the storm, pupils could not use the greenhouse for several months.\n\n"
         "Teachers welcomed the repairs at a meeting on Tuesday evening.\n\n"
         "The new greenhouse will also have a small classroom for twenty pupils.\n\n"
         "The greenhouse had stood since 1962 and survived many a storm.\n\n"
         "Work is expected to finish before the summer holidays.\n")
GH_SV = ("I vintras skadades skolans växthus i Lund svårt av stormen.\n\n"
         "Efter stormen kunde eleverna inte använda växthuset på flera månader.\n\n"
         "Lärarna välkomnade reparationerna vid ett möte i tisdags kväll.\n\n"
         "Det nya {} ska också få ett litet klassrum för tjugo elever.\n\n"
         "Växthuset hade stått sedan 1962 och klarat många oväder.\n\n"
         "Arbetet väntas vara klart före sommarlovet.\n")
GH_DE = ("Im vergangenen Winter wurde das Gewächshaus der Schule in Lund durch den Sturm schwer beschädigt.\n\n"
         "Nach dem Sturm konnten die Schüler das Gewächshaus monatelang nicht nutzen.\n\n"
         "Die Lehrer begrüßten die Reparaturen bei einer Versammlung am Dienstagabend.\n\n"
         "Das neue {} bekommt auch ein kleines Klassenzimmer für zwanzig Schüler.\n\n"
         "Das Gewächshaus stand seit 1962 und hat manches Unwetter überstanden.\n\n"
         "Die Arbeiten sollen vor den Sommerferien abgeschlossen sein.\n")


def test_word_in_same_sentences_rendered_apart_sv(tmp_path):
    assert t003(tmp_path, GH_EN, GH_SV.format("drivhuset"), "en", "sv")
    assert not t003(tmp_path, GH_EN, GH_SV.format("växthuset"), "en", "sv")


def test_word_in_same_sentences_rendered_apart_de(tmp_path):
    assert t003(tmp_path, GH_EN, GH_DE.format("Treibhaus"), "en", "de")
    assert not t003(tmp_path, GH_EN, GH_DE.format("Gewächshaus"), "en", "de")


def test_word_beside_term_still_stops_rule(tmp_path):
    # the other word's rendering right beside the usual one in a sentence (skolans växthus /
    # the school greenhouse): the two may be one rendering, the guard holds
    en = GH_EN.replace("by a heavy storm", "in a heavy school storm")
    sv = GH_SV.replace("skolans växthus i Lund svårt av stormen", "stormen växthus i Lund svårt")
    assert not t003(tmp_path, en, sv.format("drivhuset"), "en", "sv")
