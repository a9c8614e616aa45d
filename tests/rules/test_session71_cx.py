"""Session 71 (cx): coverage and form gaps found by held-out articles (bench/articles),
fixed as classes (written for mtcheck; every example is invented).

1. S004: a sentence cut off in an ellipsis is judged against a source that ends in the
   full stop of another script (the danda of Hindi and Bengali, Urdu's full stop), and
   Chinese's doubled ellipsis (……) is an ellipsis.
"""

from __future__ import annotations

import pytest

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f"{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# -- 1. S004: ellipsis after a source in another script's full stop; the doubled ellipsis ----

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("नगर परिषद ने मंगलवार को शहर के उत्तर में एक नई बस लाइन की घोषणा की।",
     "The city council announced on Tuesday a new bus line in the…", "hi", "en"),
    ("নগর পরিষদ মঙ্গলবার শহরের উত্তরে একটি নতুন বাস লাইনের ঘোষণা দিয়েছে।",
     "Le conseil municipal a annoncé mardi une nouvelle ligne de bus au…", "bn", "fr"),
    ("شہر کی کونسل نے منگل کو شمالی علاقے میں نئی بس لائن کا اعلان کیا۔",
     "Der Stadtrat kündigte am Dienstag eine neue Buslinie im Norden…", "ur", "de"),
    ("The first flats in the new block will be handed over to their buyers in the spring.",
     "新楼的首批公寓将于……", "en", "zh"),
    ("Les premiers appartements seront remis à leurs acheteurs au printemps.",
     "首批公寓将在春季……", "fr", "zh"),
])
def test_ellipsis_cut_against_complete_source(src, tgt, sl, tl):
    found = codes(src, tgt, sl, tl, "S004")
    assert found and all(f.startswith("major:") for f in found)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("नगर परिषद ने मंगलवार को शहर के उत्तर में एक नई बस लाइन की घोषणा की।",
     "The city council announced a new bus line in the north of the city on Tuesday.", "hi", "en"),
    ("The first flats in the new block will be handed over to their buyers in the spring.",
     "新楼的首批公寓将于春季交付买家。", "en", "zh"),
    # the source trails off too
    ("The first flats will be handed over to their buyers in……",
     "首批公寓将于……", "en", "zh"),
    ("নগর পরিষদ বলেছে, আরও অনেক কিছু…",
     "The council said there was much more…", "bn", "en"),
])
def test_ellipsis_stays_quiet_when_source_trails_or_target_complete(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "S004") == []
