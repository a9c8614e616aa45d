"""Session 72 (po): P003 direction-flipped, recall and one false alarm found by held-out
articles (bench/articles), fixed as classes (written for mtcheck; every example is invented).

1. a time compared by a span and its figure written in words ("trois semaines plus tôt que
   convenu") keeps its "than": the comparison is with the reference, no arguments swap;
2. Hungarian says ahead of | behind schedule ("késéssel", with a delay), English before | after
   a deadline ("earlier than the agreed deadline");
3. a weak verb of change reaches its "by" and figure over an object of up to nine words;
4. a contrast tag said the other way round ("more dogs, not fewer" ~ "weniger Hunde, nicht
   mehr") is a flip: each side affirms the pole it does not deny;
5. Hindi and Urdu "even more than" / "even less than" (से भी अधिक, से भी कम);
6. a discount (Rabatt, Ermäßigung, discount, sconto, descuento …) is a weak word of the fall:
   a translation that calls it a reduction while its amount rises is no flip, and a strong
   word of the fall besides it still is one.
"""

from __future__ import annotations

import pytest

import mtcheck


def p003(src, tgt, sl, tl):
    return [f"{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


# -- 1. a time compared by a span in words, its "than" after it ---------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Broen åbner tre uger senere end aftalt, oplyser kommunen.",
     "Le pont ouvrira trois semaines plus tôt que convenu, indique la commune.", "da", "fr"),
    ("Bron öppnar två veckor senare än utlovat.",
     "Le pont ouvrira deux semaines plus tôt que promis.", "sv", "fr"),
    ("The bridge will open two weeks later than agreed.",
     "Le pont ouvrira deux semaines plus tôt que convenu.", "en", "fr"),
])
def test_span_in_words_then_than_flipped(src, tgt, sl, tl):
    assert p003(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Broen åbner tre uger senere end aftalt, oplyser kommunen.",
     "Le pont ouvrira trois semaines plus tard que convenu, indique la commune.", "da", "fr"),
    ("Bron öppnar två veckor senare än utlovat.",
     "Le pont ouvrira deux semaines plus tard que promis.", "sv", "fr"),
    ("The bridge will open two weeks later than agreed.",
     "Le pont ouvrira deux semaines plus tard que convenu.", "en", "fr"),
])
def test_span_in_words_then_than_kept(src, tgt, sl, tl):
    assert not p003(src, tgt, sl, tl)


# -- 2. Hungarian schedule; English before | after a deadline ------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("A híd építése nyolc hetes késéssel fejeződött be a kitűzött határidőhöz képest.",
     "Work on the bridge ended eight weeks earlier than its agreed deadline.", "hu", "en"),
    ("Az új uszoda hat hetes késéssel nyílt meg.",
     "Das neue Hallenbad öffnete sechs Wochen früher als geplant.", "hu", "de"),
    ("Le musée a rouvert avec un retard de trois mois.",
     "The museum reopened ten weeks ahead of its deadline.", "fr", "en"),
])
def test_schedule_flipped(src, tgt, sl, tl):
    assert p003(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("A híd építése nyolc hetes késéssel fejeződött be a kitűzött határidőhöz képest.",
     "Work on the bridge ended eight weeks later than its agreed deadline.", "hu", "en"),
    ("Az új uszoda hat hetes késéssel nyílt meg.",
     "Das neue Hallenbad öffnete mit sechs Wochen Verzögerung.", "hu", "de"),
    ("A vonat tíz perces késéssel érkezett.",
     "The train arrived ten minutes late.", "hu", "en"),
    ("Das Museum wurde mit Verzögerung wiedereröffnet.",
     "The museum reopened after the deadline.", "de", "en"),
])
def test_schedule_kept(src, tgt, sl, tl):
    assert not p003(src, tgt, sl, tl)
