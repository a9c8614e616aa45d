"""Session 61 (nt): two kinds of transposed letters in a name that N001 missed: an
aspirate's h put before its consonant in a name transliterated from Devanagari (th ~ "ht"),
and two consonants one letter apart swapped in a Latin-script name the source writes
(k..t ~ "t..k"), Hungarian surname-first order included.  Sentences written for these
tests."""
from __future__ import annotations

import pytest

import mtcheck


def _findings(src: str, tgt: str, sl: str, tl: str, code: str = "N001") -> list[str]:
    return [f"{f.severity.label} {f.message}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# ----------------------------------------------------------------------------------
# an aspirate's h before its consonant (ठ/थ th, ध dh, भ bh): no system writes ht, hd, hb
@pytest.mark.parametrize("sl, tl, src, tgt, slip", [
    ("hi", "de", "सुनील पाठक ने कहा कि पुल मार्च में खुलेगा।",
     "Sunil Pahtak sagte, die Brücke werde im März eröffnet.", "Pahtak"),
    ("hi", "en", "विनोद पाठक ने कहा कि स्कूल सोमवार को खुलेगा।",
     "Vinod Pahtak said the school would open on Monday.", "Pahtak"),
    ("hi", "fr", "सुनील पाठक ने कहा कि पुल मार्च में खुलेगा।",
     "Sunil Pahtak a déclaré que le pont ouvrirait en mars.", "Pahtak"),
    ("hi", "en", "राधिका वर्मा ने कहा कि पुल मार्च में खुलेगा।",
     "Rahdika Verma said the bridge would open in March.", "Rahdika"),
])
def test_aspirate_h_before_its_consonant(sl, tl, src, tgt, slip):
    assert any(slip in m and m.startswith("major") for m in _findings(src, tgt, sl, tl))


@pytest.mark.parametrize("sl, tl, src, tgt", [
    ("hi", "de", "सुनील पाठक ने कहा कि पुल मार्च में खुलेगा।",
     "Sunil Pathak sagte, die Brücke werde im März eröffnet."),
    ("hi", "en", "विनोद पाठक ने कहा कि स्कूल सोमवार को खुलेगा।",
     "Vinod Pathak said the school would open on Monday."),
    ("hi", "en", "राधिका वर्मा ने कहा कि पुल मार्च में खुलेगा।",
     "Radhika Verma said the bridge would open in March."),
])
def test_aspirate_spelled_right(sl, tl, src, tgt):
    assert not _findings(src, tgt, sl, tl)


def test_conjunct_h_is_no_major_slip():
    # an h out of a conjunct is read on either side of its consonant (ब्रह्मा: Brahma, Bramha)
    ms = _findings("ब्रह्मा मंदिर में आज भीड़ थी।", "The Bramha temple was crowded today.", "hi", "en")
    assert not any(m.startswith("major") for m in ms)


# ----------------------------------------------------------------------------------
# two consonants one letter apart swapped in a Latin-script name (Pataki ~ "Pakati")
@pytest.mark.parametrize("sl, tl, src, tgt, slip", [
    ("hu", "de", "Pataki Gábor szerint a híd tavasszal elkészül.",
     "Laut Gábor Pakati wird die Brücke im Frühjahr fertig.", "Pakati"),
    ("hu", "en", "Pataki Gábor szerint a híd tavasszal elkészül.",
     "According to Gábor Pakati, the bridge will be finished in spring.", "Pakati"),
    ("pl", "de", "Marek Kaminski powiedział, że most zostanie otwarty w maju.",
     "Marek Kanimski sagte, die Brücke werde im Mai eröffnet.", "Kanimski"),
])
def test_consonants_one_apart_swapped(sl, tl, src, tgt, slip):
    assert any(slip in m and m.startswith("major") for m in _findings(src, tgt, sl, tl))


@pytest.mark.parametrize("sl, tl, src, tgt", [
    ("hu", "de", "Pataki Gábor szerint a híd tavasszal elkészül.",
     "Laut Gábor Pataki wird die Brücke im Frühjahr fertig."),
    ("pl", "de", "Marek Kaminski powiedział, że most zostanie otwarty w maju.",
     "Marek Kaminski sagte, die Brücke werde im Mai eröffnet."),
    # a transliteration's variant (vowels, doubled consonants) is no swap
    ("ar", "en", "قال محمد حسن إن الجسر سيفتح في مايو.",
     "Muhammad Hassan said the bridge would open in May."),
])
def test_consonants_one_apart_kept(sl, tl, src, tgt):
    assert not _findings(src, tgt, sl, tl)
