"""S007 number-format: a figure written with the source's separator instead of the target
locale's (written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Severity

CFG = Config(select=["S007"])


def found(src: str, tgt: str, sl: str, tl: str):
    return [(f.text, f.suggestion, f.severity) for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG)]


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # a thousands separator that the target reads as a decimal one: the figure changes
    ("en", "de", "About 70,000 people were detained.", "Etwa 70,000 Menschen wurden festgenommen.",
     [("70,000", "70.000", Severity.MAJOR)]),
    ("en", "fr", "About 70,000 people were detained.", "Environ 70,000 personnes ont été arrêtées.",
     [("70,000", "70\u202f000", Severity.MAJOR)]),
    ("de", "en", "Etwa 70.000 Menschen wurden festgenommen.", "About 70.000 people were detained.",
     [("70.000", "70,000", Severity.MAJOR)]),
    # a decimal separator kept from the source: a slip, the figure is still clear
    ("en", "de", "The rate rose to 3.5 percent.", "Die Quote stieg auf 3.5 Prozent.",
     [("3.5", "3,5", Severity.MINOR)]),
    ("de", "en", "Die Quote stieg auf 3,5 Prozent.", "The rate rose to 3,5 percent.",
     [("3,5", "3.5", Severity.MINOR)]),
])
def test_wrong_separator_for_the_target_locale(sl, tl, src, tgt, want):
    assert found(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "About 70,000 people were detained.", "Etwa 70.000 Menschen wurden festgenommen."),
    ("en", "fr", "About 70,000 people were detained.", "Environ 70 000 personnes ont été arrêtées."),
    ("de", "en", "Die Quote stieg auf 3,5 Prozent.", "The rate rose to 3.5 percent."),
    ("de", "en", "Im Gefängnis sassen 70'000 Menschen.", "70,000 people were in prison."),
    # versions and names keep their form; times are not numbers here
    ("en", "de", "The Web 2.0 era began.", "Die Ära des Web 2.0 begann."),
    ("de", "en", "Er kam um 14.30 Uhr.", "He came at 2:30 pm."),
    # a value the source does not have is D001's business, not a format question
    ("en", "de", "The rate rose to 4.5 percent.", "Die Quote stieg auf 3.5 Prozent."),
])
def test_right_or_unrelated_formats_pass(sl, tl, src, tgt):
    assert found(src, tgt, sl, tl) == []


def test_a_regraded_rule_keeps_the_users_severity():
    cfg = Config(select=["S007"], severities={"S007": Severity.MINOR})
    fs = mtcheck.check_pair("About 70,000 people were detained.", "Etwa 70,000 Menschen wurden festgenommen.",
                            "en", "de", config=cfg)
    assert [f.severity for f in fs] == [Severity.MINOR]
