"""English transliterations of (mostly Russian) names: Gorbachev, Yeltsin, Khrushchev are
names in an English source although other languages write them their own way (Gorbatschow,
Jelzin, Chruschtschow; Gorbatchev, Khrouchtchev); their German or French spelling is the
name kept, another name in its place is a swap."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config

CFG = Config(select=["N003", "N004", "N005"])


def names(src: str, tgt: str, tl: str) -> list[str]:
    return [f.code for f in mtcheck.check_pair(src, tgt, "en", tl, config=CFG)]


@pytest.mark.parametrize("src,tgt,tl,codes", [
    ("He met Gorbachev yesterday.", "Er traf gestern Gorbatschow.", "de", []),
    ("He met Yeltsin yesterday.", "Er traf gestern Jelzin.", "de", []),
    ("Yeltsin's plan failed.", "Jelzins Plan scheiterte.", "de", []),
    ("Khrushchev visited Chernobyl.", "Chruschtschow besuchte Tschernobyl.", "de", []),
    ("Tchaikovsky wrote it.", "Tschaikowski schrieb es.", "de", []),
    ("He met Gorbachev yesterday.", "Il a rencontré Gorbatchev hier.", "fr", []),
    ("Khrushchev came.", "Khrouchtchev est venu.", "fr", []),
    ("He met Yeltsin yesterday.", "Er traf gestern Trump.", "de", ["N004"]),
    ("He met Gorbachev yesterday.", "Er traf gestern Macron.", "de", ["N004"]),
])
def test_english_transliterations_are_names(src, tgt, tl, codes):
    assert names(src, tgt, tl) == codes


def test_a_common_english_word_gets_no_respelling():
    from mtcheck.rules._text import namelike
    assert not namelike("platform", "en", "de")
    assert namelike("gorbachev", "en", "de") and namelike("yeltsin", "en", "de")
