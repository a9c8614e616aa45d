"""Session 37: a term rendered by two compounds that share a part, wherever German word
order puts the second (T003), and the search's cost on long documents."""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _compound_kin

SRC = ("In Hamburg, the storm surge peaked at 3.2 metres shortly after 5 a.m. on Wednesday.\n\n"
       '"This was the strongest storm surge we have seen since 2013," said a spokeswoman for the agency.\n\n'
       "The agency warned that a second storm surge could hit the coast on Friday if the wind shifts.\n")
TGT = ("In Hamburg erreichte die Sturmflut am Mittwoch kurz nach 5 Uhr mit 3,2 Metern ihren Höchststand.\n\n"
       "„Das war die stärkste Sturmflut, die wir seit 2013 erlebt haben“, sagte eine Sprecherin der Behörde.\n\n"
       "Die Behörde warnte, dass am Freitag ein zweites {} die Küste treffen könnte, falls der Wind dreht.\n")


def t003(tmp_path, word: str) -> list[str]:
    s, t = tmp_path / "s.en.txt", tmp_path / "t.de.txt"
    s.write_text(SRC, encoding="utf-8")
    t.write_text(TGT.format(word), encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


def test_a_compound_sharing_a_part_with_the_majority_rendering_is_flagged(tmp_path):
    msgs = t003(tmp_path, "Sturmhochwasser")
    assert msgs and "Sturmhochwasser" in msgs[0], msgs


def test_the_majority_rendering_everywhere_is_not_flagged(tmp_path):
    assert t003(tmp_path, "Sturmflut") == []


def test_compound_kin():
    assert _compound_kin("sturmflut", "sturmhochwasser")
    assert _compound_kin("gaspreisdeckel", "gaspreisbremse")
    assert not _compound_kin("sturmflut", "sturmfluten")  # one inside the other: a form
    assert not _compound_kin("regierung", "forderung")  # a shared derivational ending
