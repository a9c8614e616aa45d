"""Session 57 (n1): names misspelt or replaced that batch 26 missed.

- Into a language that respells foreign names (Lithuanian, Latvian), a rare name word
  right after a name word (Mark Gagnon) is still a surname: its half swapped for another
  surname is N004's (Mark Gagnon ~ Mark Fischer).
- Out of a language that puts case endings on names, a doubled consonant of the
  name's stem written once in the translation (Hallstattā ~ Halstatt) is a slip of the
  stem, no case form: N001.
- Out of Ukrainian, Russian or Belarusian, the -юк of a Slavic surname written -uk
  (Костюк ~ Kostuk): every system writes the glide of its ю: N001.
"""
from __future__ import annotations

import os

import pytest

import mtcheck
from mtcheck.model import Severity


def findings(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[tuple[str, Severity]]:
    sp = os.path.join(tmp_path, f"source.{sl}.txt")
    tp = os.path.join(tmp_path, f"target.{tl}.txt")
    with open(sp, "w", encoding="utf-8") as f:
        f.write(src)
    with open(tp, "w", encoding="utf-8") as f:
        f.write(tgt)
    rep = mtcheck.compare(tp, source=sp, source_lang=sl, target_lang=tl, semantic=False)
    return [(tgt[slice(*(f.text_span or f.span))], f.severity) for f in rep.findings
            if f.code == code and not f.suppressed]


LAWYER = "The council's lawyer, Mark Gagnon, said the permit was valid."

SURNAME_SWAPPED = [
    (LAWYER, "Savivaldybės advokatas Mark Fischer teigė, kad leidimas galioja.", "en", "lt"),
    (LAWYER, "Pašvaldības jurists Mark Fischer norādīja, ka atļauja ir derīga.", "en", "lv"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", SURNAME_SWAPPED, ids=["en-lt", "en-lv"])
def test_rare_surname_after_name_word_swapped_into_respelling_language(tmp_path, src, tgt, sl, tl):
    found = findings(tmp_path, src, tgt, sl, tl, "N004")
    assert [t for t, _ in found] == ["Mark Fischer"]


SURNAME_KEPT = [
    (LAWYER, "Savivaldybės advokatas Mark Gagnon teigė, kad leidimas galioja.", "en", "lt"),
    (LAWYER, "Savivaldybės advokatas Markas Gagnonas teigė, kad leidimas galioja.", "en", "lt"),
    (LAWYER, "Pašvaldības jurists Marks Gagnons norādīja, ka atļauja ir derīga.", "en", "lv"),
    (LAWYER, "Pašvaldības jurists Marks Ganjons norādīja, ka atļauja ir derīga.", "en", "lv"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", SURNAME_KEPT, ids=["lt-kept", "lt-ending", "lv-ending", "lv-respelt"])
def test_rare_surname_kept_or_respelt_is_silent(tmp_path, src, tgt, sl, tl):
    assert findings(tmp_path, src, tgt, sl, tl, "N004") == []
    assert findings(tmp_path, src, tgt, sl, tl, "N003") == []


STEM_UNDOUBLED = [
    ("Komanda vasarā trenēsies Hallstattā un Zalcburgā.",
     "In summer the team will train in Halstatt and Salzburg.", "lv", "en"),
    ("Komanda vasarą treniruosis Hallstatte ir Zalcburge.",
     "In summer the team will train in Halstatt and Salzburg.", "lt", "en"),
    ("Komanda vasarā trenēsies Hallstattā un Zalcburgā.",
     "Im Sommer trainiert das Team in Halstatt und Salzburg.", "lv", "de"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", STEM_UNDOUBLED, ids=["lv-en", "lt-en", "lv-de"])
def test_doubled_consonant_of_inflected_name_written_once(tmp_path, src, tgt, sl, tl):
    assert findings(tmp_path, src, tgt, sl, tl, "N001") == [("Halstatt", Severity.MAJOR)]


STEM_KEPT = [
    ("Komanda vasarā trenēsies Hallstattā un Zalcburgā.",
     "In summer the team will train in Hallstatt and Salzburg.", "lv", "en"),
    # (the source's single consonant for the name's double: Latvian spelling, no slip)
    ("Komanda vasarā trenēsies Insbrukā un Zalcburgā.",
     "In summer the team will train in Innsbruck and Salzburg.", "lv", "en"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", STEM_KEPT, ids=["kept", "source-single"])
def test_doubled_consonant_kept_is_silent(tmp_path, src, tgt, sl, tl):
    assert findings(tmp_path, src, tgt, sl, tl, "N001") == []


YUK_GLIDE = [
    ("Мэр города Виктор Костюк заявил, что завод откроется в мае.",
     "Mayor Viktor Kostuk said the plant would open in May.", "ru", "en"),
    ("Ми зустрілися з Віктором Костюком у Києві.", "We met Viktor Kostuk in Kyiv.", "uk", "en"),
    ("Мэр города Виктор Костюк заявил, что завод откроется в мае.",
     "Le maire Viktor Kostuk a déclaré que l'usine ouvrirait en mai.", "ru", "fr"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", YUK_GLIDE, ids=["ru-en", "uk-en-case", "ru-fr"])
def test_slavic_yuk_without_glide(tmp_path, src, tgt, sl, tl):
    assert findings(tmp_path, src, tgt, sl, tl, "N001") == [("Kostuk", Severity.MAJOR)]


YUK_OK = [
    ("Мэр города Виктор Костюк заявил, что завод откроется в мае.",
     "Mayor Viktor Kostyuk said the plant would open in May.", "ru", "en"),
    ("Ми зустрілися з Віктором Костюком у Києві.", "We met Viktor Kostiuk in Kyiv.", "uk", "en"),
    ("Мэр города Виктор Костюк заявил, что завод откроется в мае.",
     "Bürgermeister Viktor Kostjuk sagte, das Werk werde im Mai öffnen.", "ru", "de"),
    # (a foreign name's ю is u: not the -юк of a Slavic surname)
    ("Делегация прибыла в Мюнхен во вторник.", "The delegation arrived in Munchen on Tuesday.", "ru", "en"),
    # (a hushing consonant before -uk: Кравчук ~ Kravchuk)
    ("Мэр города Виктор Кравчук заявил, что завод откроется в мае.",
     "Mayor Viktor Kravchuk said the plant would open in May.", "ru", "en"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", YUK_OK, ids=["yu", "iu-case", "ju-de", "foreign", "hushing"])
def test_slavic_yuk_with_glide_or_foreign_is_silent(tmp_path, src, tgt, sl, tl):
    assert findings(tmp_path, src, tgt, sl, tl, "N001") == []
