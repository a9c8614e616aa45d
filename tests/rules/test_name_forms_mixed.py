"""N002 (session 35): one place written in the target's form and in the source's within
one translation (Hanover … Hannover).  Sentences written for mtcheck."""

from __future__ import annotations

import mtcheck

SRC = "Der Zug fährt zwischen Hannover und Berlin. In Hannover sagte Behrens, der Plan stehe. Hannover erwartet 3000 Gäste."


def n002(tgt, src=SRC):
    return [(f.severity.label, f.message) for f in mtcheck.check_pair(src, tgt, "de", "en") if f.code == "N002"]


def test_exonym_beside_the_source_form_is_flagged_minor():
    got = n002("The train runs between Hanover and Berlin. Behrens said in Hannover that the plan stands. "
               "Hanover expects 3,000 guests.")
    assert got == [("minor", "“Hannover” is spelled “Hanover” elsewhere in the translation")]
    # no majority: the form copied from the source is the odd one
    assert [m for _s, m in n002("The train runs between Hanover and Berlin. Behrens said in Hannover that "
                                "the plan stands.",
                                "Der Zug fährt zwischen Hannover und Berlin. In Hannover sagte Behrens, der Plan stehe.")] \
        == ["“Hannover” is spelled “Hanover” elsewhere in the translation"]


def test_one_form_throughout_is_fine():
    assert n002("The train runs between Hanover and Berlin. Behrens said in Hanover that the plan stands. "
                "Hanover expects 3,000 guests.") == []
    assert n002("The train runs between Hannover and Berlin. Behrens said in Hannover that the plan stands. "
                "Hannover expects 3,000 guests.") == []


def test_inflections_and_peoples_are_no_second_spelling():
    # forms that differ in their ending only: Israels (genitive) and Israelis (the people)
    src = "Israel's conviction was clear. The Israelis said so. Israel's army agreed."
    tgt = "Israels Überzeugung war klar. Die Israelis sagten es. Israels Armee stimmte zu."
    assert [f for f in mtcheck.check_pair(src, tgt, "en", "de") if f.code == "N002"] == []


def test_a_name_that_holds_the_source_form_is_left_alone():
    # "Team Danmark" is an organisation's name, not Denmark spelled the Danish way
    src = "Danmark vandt i 1993. Budgettet er 11 millioner, hvoraf Team Danmark bidrager med 3,2. Danmark håber på mere."
    tgt = "Denmark won in 1993. The budget is 11 million, of which Team Danmark contributes 3.2. Denmark hopes for more."
    assert [f for f in mtcheck.check_pair(src, tgt, "da", "en") if f.code == "N002"] == []
