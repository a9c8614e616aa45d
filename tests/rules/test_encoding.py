"""S013 encoding-damage: mojibake, look-alike letters, invisible and bidi characters
(written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Severity

CFG = Config(select=["S013"])
ZWSP, ZWNJ, RLO, FFFD = "\u200b", "\u200c", "\u202e", "\ufffd"
CYR_E, CYR_O = "\u0435", "\u043e"


def found(src: str, tgt: str, sl: str, tl: str) -> list:
    return mtcheck.check_pair(src, tgt, sl, tl, config=CFG)


@pytest.mark.parametrize("sl,tl,src,tgt,text,suggestion", [
    # UTF-8 read as Windows-1252 / Latin-1, repaired by ftfy
    ("de", "en", "Es ist riesig.", "itâ€™s huge.", "itâ€™s", "it’s"),
    ("en", "fr", "It is very good.", "C'est trÃ¨s bien.", "trÃ¨s", "très"),
    ("en", "de", "The size surprises.", "Die GrÃ¶ÃŸe überrascht.", "GrÃ¶ÃŸe", "Größe"),
    # UTF-8 read as a CJK code page: an ideograph inside a German word
    ("en", "de", "The president spoke.", "Der Pr鋝ident sprach.", "Pr鋝ident", None),
    # bytes the decoder could not read
    ("en", "es", "The year ended.", f"El a{FFFD}o terminó.", f"a{FFFD}o", None),
    # look-alike letters: a Cyrillic е in a Latin name the source spells right
    ("de", "en", "Kanzlerin Merkel kam.", f"Chancellor Merk{CYR_E}l came.", f"Merk{CYR_E}l", "Merkel"),
    # ... and a Latin a in a Russian word
    ("en", "ru", "Moscow is big.", "Москвa большая.", "Москвa", "Москва"),
])
def test_damage_is_found_with_its_repair(sl, tl, src, tgt, text, suggestion):
    fs = found(src, tgt, sl, tl)
    assert [f.text for f in fs] == [text], [(f.text, f.message) for f in fs]
    assert fs[0].suggestion == suggestion
    assert fs[0].severity == Severity.MAJOR


def test_an_invisible_character_inside_a_word_is_minor_and_split_words_stay_whole():
    fs = mtcheck.check_pair("Kanzlerin Merkel kam.", f"Chancellor Mer{ZWSP}kel came.", "de", "en")
    s013 = [f for f in fs if f.code == "S013"]
    assert len(s013) == 1 and s013[0].severity == Severity.MINOR
    # the finding quotes the text as given and suggests the word without the character
    assert "ZERO WIDTH SPACE" in s013[0].message and s013[0].text == f"Mer{ZWSP}kel"
    assert s013[0].suggestion == "Merkel" and "“Mer⟨U+200B⟩kel”" in s013[0].message
    # the name rules read the word as the reader sees it: no "Merkel rendered as Mer"
    assert not [f for f in fs if f.code.startswith("N")], [(f.code, f.message) for f in fs]


def test_bidi_controls_in_left_to_right_text():
    assert [f.code for f in found("It is fine.", f"It is {RLO}fine.", "en", "de")] == ["S013"]
    # in Hebrew text the controls are how mixed directions are written
    assert found("It is fine.", f"זה {RLO}בסדר.", "en", "he") == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Die Grösse überrascht.", "The size surprises everyone in Zürich."),
    ("en", "fr", "It is very good.", "C'est très bien, déjà."),
    # a scientific name mixing scripts on purpose: with k it is no word of any version
    ("de", "en", "Das Protein NFκB wirkt.", "The protein NFκB acts."),
    # micro (Greek mu) before a Latin unit letter is no look-alike of a Latin letter
    ("de", "en", "Es sind 5 μg.", "It is 5 μg."),
    # Japanese writes Latin letters and katakana in one word
    ("en", "ja", "A T-shirt.", "Tシャツです。"),
    # Persian writes a zero-width non-joiner inside words; a soft hyphen is a hint
    ("en", "fa", "I go.", f"می{ZWNJ}روم."),
    ("en", "de", "The parliament decided.", "Das Bundes\u00adparlament entschied."),
    # an invisible character between words is harmless
    ("en", "de", "It is here.", f"Es ist {ZWSP} hier."),
])
def test_clean_text_and_legitimate_mixes_pass(sl, tl, src, tgt):
    fs = found(src, tgt, sl, tl)
    assert fs == [], [(f.text, f.message) for f in fs]


def test_an_invisible_character_in_a_text_file_is_found_at_its_raw_place(tmp_path):
    src = tmp_path / "source.de.txt"
    tgt = tmp_path / "article.en.txt"
    src.write_text("Kanzlerin Merkel kam am Montag nach Washington.\n", encoding="utf-8")
    raw = f"Chancellor Mer{ZWSP}kel came to Washington on Monday.\n"
    tgt.write_text(raw, encoding="utf-8")
    rep = mtcheck.compare(str(tgt), str(src), semantic=False, source_lang="de", target_lang="en")
    fs = [f for f in rep.findings if f.code == "S013"]
    assert len(fs) == 1
    assert raw[fs[0].span[0]:fs[0].span[1]] == f"Mer{ZWSP}kel"


def test_an_html_entity_zero_width_space_inside_a_word(tmp_path):
    src = tmp_path / "source.de.html"
    tgt = tmp_path / "article.en.html"
    src.write_text("<html><body><p>Kanzlerin Merkel kam am Montag.</p></body></html>", encoding="utf-8")
    raw = "<html><body><p>Chancellor Mer&#8203;kel came on <b>Monday</b>.</p></body></html>"
    tgt.write_text(raw, encoding="utf-8")
    rep = mtcheck.compare(str(tgt), str(src), semantic=False, source_lang="de", target_lang="en")
    fs = [f for f in rep.findings if f.code == "S013"]
    assert [f.message.split("(")[1].split(")")[0] for f in fs] == ["&#8203;"]
    assert raw[fs[0].span[0]:fs[0].span[1]] == "Mer&#8203;kel"
