"""Session 40 (names): names read back out of katakana and unpointed Hebrew, ..."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.model import Severity


def found(src: str, tgt: str, sl: str, tl: str, codes=("N001", "N003", "N004", "N005", "N006")) -> list[str]:
    return [f"{f.code} {f.severity.label} {f.message}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in codes and not f.suppressed]


def doc_found(tmp_path, src: str, tgt: str, sl: str, tl: str,
              codes=("N001", "N002", "N003", "N004", "N005", "N006")) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    r = mtcheck.compare(t, source=s)
    return [f"{f.code} {f.severity.label} {f.message}" for f in r.findings if f.code in codes and not f.suppressed]


# --- katakana: an English name as Japanese hears it (no l, no v, no r after a vowel) ---

@pytest.mark.parametrize("src,tgt", [
    ("Storm Hollis flooded Kendal and Preston on Sunday, said Daniel Hargreaves.",
     "日曜日、暴風雨ホリスがケンダルとプレストンを浸水させたと、ダニエル・ハーグリーブス氏が述べた。"),
    ("Westmorland council closed 28 schools in Cumbria.",
     "ウェストモーランド議会はカンブリア州の28校を休校にした。"),
    ("Joanne Pattinson runs a shop in Cockermouth.",
     "ジョアン・パティンソンさんはコッカーマスで店を営んでいる。"),
])
def test_names_in_katakana_are_read_back(src, tgt):
    assert not [f for f in found(src, tgt, "en", "ja") if f.startswith("N003")]


def test_a_name_replaced_in_katakana_is_still_reported():
    out = found("Storm Hollis flooded Kendal and Preston on Sunday, said Daniel Hargreaves.",
                "日曜日、暴風雨ホリスがケンダルとプレストンを浸水させたと、マイケル・トンプソン氏が述べた。", "en", "ja")
    assert any(f.startswith("N003") and "Daniel Hargreaves" in f for f in out)
    assert not any("Hollis" in f or "Kendal" in f for f in out)


# --- unpointed Hebrew: ב is b or v, פ p or f, ו a vowel or v; prefixes stack ---

@pytest.mark.parametrize("src,tgt", [
    ("מנהלת המעבדה, מיכל אברהמי, ביקרה ברחובות ובנגב.",
     "Lab director Michal Avrahami visited Rehovot and the Negev."),
    ("החקלאי יוסי בן-דוד ממושב עין יהב שבערבה.",
     "Farmer Yossi Ben-David from Moshav Ein Yahav in the Arava."),
])
def test_hebrew_names_with_prefixes_and_v_readings_are_rendered(src, tgt):
    assert not [f for f in found(src, tgt, "he", "en") if f.startswith("N005")]


def test_a_name_no_hebrew_word_renders_is_still_added():
    out = found("החקלאי יוסי בן-דוד ממושב עין יהב שבערבה.",
                "Farmer Yossi Ben-David from Moshav Ein Yahav in the Arava, Gideon Shamir said.", "he", "en")
    assert [f for f in out if f.startswith("N005")] == ["N005 minor “Gideon Shamir” renders no name or word of the source sentence"]
