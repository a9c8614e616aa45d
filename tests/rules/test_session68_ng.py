"""Session 68 (helper ng): negation (P001) classes from batches s83 and s84, each on
examples of its own, with the correct translations of the same shape that must stay clean.

Misses:

1. English "nothing but", "none but" and German "nichts als" say "only": no negator, so a
   side that has one and drops the other side's real negation is flagged (and one that
   says "only" against it is no flip).
2. Spanish "sin más" ending its clause says "just, simply": no "without".
3. Turkish says "unless" with the verb's negative conditional of the aorist (-mazsa,
   -mezse, person endings after): against a plain "if" with no negation it is a dropped
   negation.
4. Korean litotes "적지 않다", "작지 않다" (not few, not small: many, big) against
   "few", "little" on the other side is a flip; against "many" it is none.
5. A flag negated only with "without" and a neighbouring flag the other way round with a
   clause negator are two negations: neither answers the other as a moved one.
6. A subordinator written without a comma (because, although, whereas) cuts a clause where
   the other side cuts one more with a comma, so the two are compared clause by clause.
7. Thai ends no sentence with a mark: a bead's Thai side of one segment with fewer
   negators than the other side has negated sentences has lost one.

False alarms:

8. Arabic "ألا" (أن لا, that … not) is a negator.
9. Persian negated verbs whose stem is a common word of three letters (نرفت, نگفت) are.
10. English "un-" participles read on their verb (unfenced, unstaffed) are negative words.
11. The Swahili present negative (hawa-lim-i, haya-za-i) is a negator.
12. English idioms whose negator negates nothing: "not long after", "not far behind", "no
    matter", "none other than", "not least", "in no small part"; after a mark, "not to mention", "to say
    nothing of" ("chose not to mention it" stays a negation).
13. The German idioms that render those of 12: "nicht zuletzt", "nicht lange nach", "kein
    anderer als", "gar nicht zu reden".
"""
from __future__ import annotations

from mtcheck import check_pair
from mtcheck.rules.sentence import _moved_flags, negative_words, negators


def p001(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f"{f.severity.label}:{f.message}" for f in check_pair(src, tgt, sl, tl)
            if f.code == "P001" and not f.suppressed]


# 1 ---------------------------------------------------------------------------------------
MILL_DE = "Die Mühle stellt nur Mehl her und macht keinen Gewinn."


def test_nothing_but_is_no_negator():
    assert negators("The mill makes nothing but flour.", "en") == []
    assert negators("Im Winter gab es nichts als Nebel.", "de") == []
    assert negators("None but the boldest climbers try it.", "en") == []
    # a mark between: "nothing" negates its clause
    assert [w for *_, w in negators("There was nothing, but the miller stayed.", "en")] == ["nothing"]


def test_nothing_but_side_dropped_the_negation():
    assert p001(MILL_DE, "The mill makes nothing but flour and turns a profit.", "de", "en")
    assert not p001(MILL_DE, "The mill makes nothing but flour and turns no profit.", "de", "en")


def test_nothing_but_against_only_is_clean():
    assert not p001("Die Mühle stellt nur Mehl her.", "The mill makes nothing but flour.", "de", "en")
    assert not p001("The orchard grew nothing but pears.", "Im Obstgarten wuchsen nichts als Birnen.",
                    "en", "de")


# 2 ---------------------------------------------------------------------------------------
def test_sin_mas_at_clause_end_is_no_without():
    assert negators("El árbitro terminó el partido sin más.", "es") == []
    assert negators("¿Lo aceptó sin más?", "es") == []
    # before a noun it is "without more …"
    assert [w for *_, w in negators("Trabajaron sin más ayuda que la suya.", "es")] == ["sin"]
    assert p001("The referee did not end the match.", "El árbitro terminó el partido sin más.", "en", "es")
    assert not p001("The referee simply ended the match.", "El árbitro terminó el partido sin más.",
                    "en", "es")


# 3 ---------------------------------------------------------------------------------------
BRIDGE_TR = "Köprü onarılmazsa okul servisleri uzun yoldan gitmek zorunda kalacak."


def test_turkish_negative_conditional_dropped():
    got = p001(BRIDGE_TR, "If the bridge is repaired, school buses will have to take the long route.",
               "tr", "en")
    assert got and "onarılmazsa" in got[0], got


def test_turkish_negative_conditional_rendered():
    for en in ("Unless the bridge is repaired, school buses will have to take the long route.",
               "If the bridge is not repaired, school buses will have to take the long route."):
        assert not p001(BRIDGE_TR, en, "tr", "en"), en
    assert not p001("Köprü onarılırsa okul servisleri kısa yoldan gidebilecek.",
                    "If the bridge is repaired, school buses can take the short route.", "tr", "en")
    # with a person ending (-sek, "we")
    assert p001("Tasarruf etmezsek kira ödemeleri zorlaşacak.", "If we save, paying the rent will get harder.",
                "tr", "en")


# 4 ---------------------------------------------------------------------------------------
EXPO_KO = "월요일에 전시회를 찾은 방문객은 적지 않았다."


def test_korean_litotes_against_few_is_a_flip():
    assert p001("Few visitors came to the exhibition on Monday.", EXPO_KO, "en", "ko")
    assert p001("There was little rain in the valley.", "계곡에 내린 비가 적지 않았다.", "en", "ko")


def test_korean_litotes_against_many_is_clean():
    assert not p001("Many visitors came to the exhibition on Monday.", EXPO_KO, "en", "ko")
    assert not p001("There was a lot of rain in the valley.", "계곡에 내린 비가 적지 않았다.", "en", "ko")
    assert not p001("Few visitors came to the exhibition on Monday.",
                    "월요일에 전시회를 찾은 방문객은 적었다.", "en", "ko")


# 5 ---------------------------------------------------------------------------------------
def test_without_flag_and_not_flag_are_no_moved_negation():
    # bead 7 negated with "without" on the translation, bead 8 with "not" on the source
    assert _moved_flags([(7, True), (8, False)], {}, {7}) == set()
    assert _moved_flags([(7, True), (8, False)], {}) == {0, 1}
    # two "without" flags the other way round still answer each other
    assert _moved_flags([(7, True), (8, False)], {}, {7, 8}) == {0, 1}
    # a "without" flag is answered by no neighbour's surplus of clause negators
    assert _moved_flags([(7, True)], {8: 1}, {7}) == set()


def test_without_and_not_neighbours_in_an_article(article):
    src = ["Die Flut hatte das Dorf monatelang vom Strom abgeschnitten.",
           "Der Wiederaufbau ist jedoch nicht teuer.",
           "Die Gemeinde rechnet mit sechs Monaten Arbeit."]
    tgt = ["The flood had left the village without electricity for months.",
           "The rebuilding, however, is expensive.",
           "The municipality expects six months of work."]
    got = [f for f in article(src, tgt, "de", "en") if f.code == "P001"]
    assert any("nicht" in f.message for f in got), [f.message for f in got]


# 6 ---------------------------------------------------------------------------------------
GRAIN_EN = "Farmers are not selling their grain because the silos cannot be emptied in time."


def test_because_without_comma_is_a_clause():
    got = p001(GRAIN_EN, "Die Bauern verkaufen ihr Getreide, weil die Silos nicht rechtzeitig "
               "geleert werden können.", "en", "de")
    assert got and "a clause of the source" in got[0], got
    assert not p001(GRAIN_EN, "Die Bauern verkaufen ihr Getreide nicht, weil die Silos nicht "
                    "rechtzeitig geleert werden können.", "en", "de")


def test_because_clause_into_hindi():
    src = "The clinic is not open on Sundays because it has no doctor for the weekend."
    assert p001(src, "क्लिनिक रविवार को खुला रहता है, क्योंकि सप्ताहांत के लिए उसके पास कोई डॉक्टर नहीं है।",
                "en", "hi")
    assert not p001(src, "क्लिनिक रविवार को खुला नहीं रहता, क्योंकि सप्ताहांत के लिए उसके पास कोई डॉक्टर नहीं है।",
                    "en", "hi")


# 7 ---------------------------------------------------------------------------------------
LIBRARY_EN = ("The library is not open today. Readers cannot borrow new books. "
              "Late fees will not be returned.")


def test_thai_side_lost_one_of_three_negations():
    got = p001(LIBRARY_EN, "ห้องสมุดไม่เปิดวันนี้ ผู้อ่านยืมหนังสือใหม่ไม่ได้ ค่าปรับจะได้รับคืน", "en", "th")
    assert got and "3 of its sentences" in got[0], got


def test_thai_side_with_every_negation_is_clean():
    assert not p001(LIBRARY_EN, "ห้องสมุดไม่เปิดวันนี้ ผู้อ่านยืมหนังสือใหม่ไม่ได้ ค่าปรับจะไม่ได้รับคืน",
                    "en", "th")


# 8 ---------------------------------------------------------------------------------------
LIBRARY_AR = "قررت اللجنة ألا تفتح المكتبة أبوابها يوم الجمعة."


def test_arabic_an_la_is_a_negator():
    assert [w for *_, w in negators(LIBRARY_AR, "ar")] == ["ألا"]
    assert not p001(LIBRARY_AR, "The committee decided that the library will not open on Friday.", "ar", "en")
    assert p001(LIBRARY_AR, "The committee decided that the library will open on Friday.", "ar", "en")


# 9 ---------------------------------------------------------------------------------------
def test_persian_short_stem_negated_verbs():
    src = "او دیروز به جلسه نرفت."
    assert not p001(src, "He did not go to the meeting yesterday.", "fa", "en")
    assert p001(src, "He went to the meeting yesterday.", "fa", "en")


# 10 --------------------------------------------------------------------------------------
def test_un_participle_is_a_negative_word():
    assert negative_words("The unfenced pasture and the unstaffed kiosk.", "en") == ["unfenced", "unstaffed"]
    assert not p001("The unfenced pasture lies beside the railway.",
                    "Die Weide ohne Zaun liegt neben der Bahnlinie.", "en", "de")
    # a participle more common than its verb is none (installed, incorporated)
    assert negative_words("The pumps were installed and the firm incorporated.", "en") == []


# 11 --------------------------------------------------------------------------------------
def test_swahili_present_negative():
    sw = "Wakulima hawalimi mahindi mwaka huu."
    assert [w for *_, w in negators(sw, "sw")] == ["hawalimi"]
    assert not p001("The farmers do not grow maize this year.", sw, "en", "sw")
    assert p001("The farmers grow maize this year.", sw, "en", "sw")
    # nouns that begin and end so: a stem of one letter, or a prefix of two letters
    assert negators("Hali halisi ya halmashauri ni habari ya hamsini.", "sw") == []


# 12 --------------------------------------------------------------------------------------
def test_english_idioms_negate_nothing():
    for en in ("The harbour reopened not long after the storm.",
               "The second boat finished not far behind the winner.",
               "No matter how cold it gets, the market stays open.",
               "The keynote came from none other than the harbour master.",
               "Tourism grew, not least because the ferry became cheaper.",
               "The pier survived, in no small part thanks to the volunteers.",
               "Fuel got dearer, not to mention spare parts.",
               "The dock workers (to say nothing of the fishermen) were pleased."):
        assert negators(en, "en") == [], en
    assert [w for *_, w in negators("The pilot chose not to mention the delay.", "en")] == ["not"]
    assert [w for *_, w in negators("The reports say nothing of the delay.", "en")] == ["nothing"]


def test_english_idiom_against_plain_german_is_clean():
    assert not p001("Fuel got dearer, not to mention spare parts.",
                    "Treibstoff wurde teurer, von Ersatzteilen ganz zu schweigen.", "en", "de")
    assert not p001("The harbour reopened not long after the storm.",
                    "Der Hafen öffnete kurz nach dem Sturm wieder.", "en", "de")


# 13 --------------------------------------------------------------------------------------
def test_german_idioms_negate_nothing():
    for de in ("Der Hafen öffnete nicht lange nach dem Sturm wieder.",
               "Die Preise stiegen, nicht zuletzt wegen der teuren Fähre.",
               "Den Vortrag hielt kein anderer als der Hafenmeister.",
               "Die Fischer waren zufrieden, von den Händlern gar nicht zu reden."):
        assert negators(de, "de") == [], de
    assert not p001("Prices rose, not least because of the costly ferry.",
                    "Die Preise stiegen, nicht zuletzt wegen der teuren Fähre.", "en", "de")
    assert not p001("The keynote came from none other than the harbour master.",
                    "Den Vortrag hielt kein anderer als der Hafenmeister.", "en", "de")
