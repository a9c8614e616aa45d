"""Session 44, on main after merging r1 (Hangul read back against Latin names).

Hangul is read back against Latin-script names only, so a source name in another
non-Latin script (Cyrillic, Greek) and a Korean target stay "check by eye": the name
is not known to be missing.
"""
import mtcheck


def n003(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N003"]


def test_cyrillic_and_greek_names_against_hangul_are_unread_not_missing():
    for src, sl, tgt in [("Власти в Кесоне сообщили, что погибли 12 человек.", "ru", "케손 당국은 12명이 숨졌다고 밝혔다."),
                         ("Влада в Кесоні повідомила про 12 загиблих.", "uk", "케손 당국은 12명이 숨졌다고 밝혔다."),
                         ("Οι αρχές του Νταβάο ανέφεραν 12 νεκρούς.", "el", "다바오 당국은 12명이 숨졌다고 밝혔다.")]:
        msgs = n003(src, tgt, sl, "ko")
        assert msgs and all("check by eye" in m for m in msgs), (sl, msgs)
        assert not any("is missing" in m for m in msgs)


def test_latin_names_against_hangul_are_read():
    # found when the Hangul spells it, missing when it does not
    assert n003("Authorities in Davao said 12 people died.", "다바오 당국은 12명이 숨졌다고 밝혔다.", "en", "ko") == []
    msgs = n003("Authorities in Davao said 12 people died.", "당국은 12명이 숨졌다고 밝혔다.", "en", "ko")
    assert msgs and "is missing" in msgs[0]
    msgs = n003("Die Behörden in Davao meldeten 12 Tote.", "당국은 12명이 숨졌다고 밝혔다.", "de", "ko")
    assert msgs and "is missing" in msgs[0]
