"""Session 36: figures said with scale words, clock times and day counts in more languages."""
from __future__ import annotations

import pytest

import mtcheck


def d001(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # Arabic thousands in the accusative with "and" before the hundreds (36 ألفا و700)
    ("ar", "fr", "ارتفع عدد الطلبات إلى 36 ألفا و700 طلب العام الماضي.",
     "Le nombre de demandes est passé à 36 700 l'an dernier."),
    # Urdu and Hindi hundreds after the thousand, no "and" (8 لاکھ 62 ہزار 625)
    ("ur", "en", "مجموعی طور پر 8 لاکھ 62 ہزار 625 افراد بیرون ملک گئے۔",
     "In all, 862,625 people went abroad."),
    ("hi", "en", "कुल 2 लाख 86 हजार 500 लोग पहुंचे।", "In all, 286,500 people arrived."),
    # Marathi lakh and crore (लाख, कोटी), Devanagari digits
    ("mr", "en", "सुमारे ७.८ लाख लोकांनी अर्ज केले.", "Some 780,000 people applied."),
    ("mr", "en", "या योजनेसाठी २५ कोटी रुपयांची तरतूद आहे.", "The scheme has been allotted 250 million rupees."),
    # a Turkish scale word with a case ending (850 binden fazlası: more than 850,000)
    ("en", "tr", "More than 850,000 of them live in Gaziantep.", "Bunların 850 binden fazlası Gaziantep'te yaşıyor."),
    # a Vietnamese time with its minutes after the hour word (2 giờ 30 sáng = 2:30 a.m.)
    ("vi", "en", "Tàu trật bánh vào lúc 2 giờ 30 sáng.", "The train derailed at 2:30 a.m."),
    ("vi", "en", "Tuyến đường sẽ thông trở lại vào 18 giờ.", "The line will reopen at 6 p.m."),
    # two clock times in French (entre 18 heures et 8 heures ~ tussen 18.00 uur en 08.00 uur)
    ("nl", "fr", "Beregenen mag alleen tussen 18.00 uur en 08.00 uur.",
     "L'arrosage n'est autorisé qu'entre 18 heures et 8 heures."),
    # a Romance fortnight and week (cada quinze dies ~ every two weeks, huit jours ~ a week)
    ("ca", "en", "Ha de comparèixer cada quinze dies al jutjat.", "He must report to the court every two weeks."),
    ("fr", "de", "Il reviendra dans quinze jours.", "Er kommt in zwei Wochen zurück."),
])
def test_same_figure_in_other_words(sl, tl, src, tgt):
    assert d001(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("ar", "fr", "ارتفع عدد الطلبات إلى 36 ألفا و700 طلب العام الماضي.",
     "Le nombre de demandes est passé à 36 900 l'an dernier."),
    ("ur", "en", "مجموعی طور پر 8 لاکھ 62 ہزار 625 افراد بیرون ملک گئے۔", "In all, 862,000 people went abroad."),
    ("mr", "en", "सुमारे ७.८ लाख लोकांनी अर्ज केले.", "Some 870,000 people applied."),
    ("en", "tr", "More than 850,000 of them live in Gaziantep.", "Bunların 580 binden fazlası Gaziantep'te yaşıyor."),
    ("vi", "en", "Tàu trật bánh vào lúc 2 giờ 30 sáng.", "The train derailed at 3:30 a.m."),
    ("nl", "fr", "Beregenen mag alleen tussen 18.00 uur en 08.00 uur.",
     "L'arrosage n'est autorisé qu'entre 19 heures et 8 heures."),
    ("ca", "en", "Ha de comparèixer cada quinze dies al jutjat.", "He must report to the court every three weeks."),
])
def test_a_changed_figure_is_still_reported(sl, tl, src, tgt):
    assert d001(src, tgt, sl, tl)
