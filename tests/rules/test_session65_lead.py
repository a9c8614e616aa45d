"""Session 65 (lead): N004's stand-in check leaves a run one or two edits from the name's
usual rendering to N001 only where N001 flags it; a near miss N001 lets pass (a swapped
pair of letters in a short surname) is still reported, as another name in its stead."""
from __future__ import annotations

import mtcheck

SRC = ("Architect Meera Nair presented the plan on Monday.\n\n"
       "Nair said the old villa would be restored within two years.\n\n"
       "\"We can have homes and history at the same time,\" Nair said.\n\n"
       "The council will vote on the plan in March.\n")
TGT = ("Meera Nair építész hétfőn mutatta be a tervet.\n\n"
       "Nair elmondta, hogy a régi villát két éven belül felújítják.\n\n"
       "„Lehet egyszerre otthonunk és történelmünk is” – mondta Nari.\n\n"
       "A testület márciusban szavaz a tervről.\n")


def _names(tmp_path, src, tgt, sl, tl):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f for f in mtcheck.compare(t, source=s).findings if f.code in ("N001", "N004")]


def test_near_miss_n001_lets_pass_is_still_a_stand_in(tmp_path):
    found = _names(tmp_path, SRC, TGT, "en", "hu")
    assert [(f.code, f.text, f.severity.name.lower()) for f in found] == [("N004", "Nari", "major")]


def test_near_miss_n001_flags_is_reported_once(tmp_path):
    src = ("Bürgermeisterin Greta Holm eröffnete am Montag die Brücke.\n\n"
           "Holm sagte, sie habe vier Millionen Euro gekostet.\n\n"
           "Die Politik von Bürgermeisterin Greta Holm hat die Staus um 30 Prozent verringert.\n\n"
           "Kritiker werfen Holm vor, die Anwohner nicht gefragt zu haben.\n")
    tgt = ("Mayor Greta Holm opened the bridge on Monday.\n\n"
           "Holm said it had cost four million euros.\n\n"
           "Mayor Greta Holn's policy has cut congestion by 30 percent.\n\n"
           "Critics accuse Holm of not asking the residents.\n")
    assert [(f.code, f.text) for f in _names(tmp_path, src, tgt, "de", "en")] == [("N001", "Holn")]


def test_correct_translation_stays_clean(tmp_path):
    assert _names(tmp_path, SRC, TGT.replace("mondta Nari", "mondta Nair"), "en", "hu") == []
