"""Session 45 (q1): names, N003/N005 false alarms of the held-out articles (batch s45),
fixed as classes (written for mtcheck).

1. N003: a source acronym whose letters are the initials of a run of capitalised words of
   the translation in another order (ASN ~ Nuclear Safety Authority): the body's name
   translated in the target language's word order, not lost;
2. N005: a word opening a sentence that the same text writes in lower case as well, or
   the British -isation spelling of a common English noun (Visualisations), is a common
   word, not an added name.
"""

from __future__ import annotations

import mtcheck


def names(src, tgt, sl, tl, *prefixes):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefixes or ("N",)) and not f.suppressed]


# 1. acronym spelled out in another order

def test_acronym_spelled_out_reordered_fr_en():
    src = "Selon l'ASN, le réacteur restera à l'arrêt jusqu'en mars."
    assert names(src, "According to the Nuclear Safety Authority, the reactor will remain shut "
                 "down until March.", "fr", "en") == []
    assert [c for c, _ in names(src, "According to the Regional Health Office, the reactor will "
                                "remain shut down until March.", "fr", "en")] == ["N003"]


def test_acronym_spelled_out_reordered_es_en():
    src = "La ANS publicó el informe el martes por la tarde."
    assert names(src, "The National Safety Agency published the report on Tuesday afternoon.",
                 "es", "en") == []
    assert [c for c, _ in names(src, "The Central Bank published the report on Tuesday afternoon.",
                                "es", "en")] == ["N003"]


def test_acronym_with_word_spelled_out_reordered_de_en():
    src = "Die Sitzung findet am Dienstag beim SPF Emploi statt."
    assert names(src, "The meeting will take place on Tuesday at the Federal Public Service "
                 "Employment.", "de", "en") == []


# 2. common words opening a sentence

def test_british_isation_plural_opening_fi_en():
    src = "Tilaisuus pidetään Kallion koululla. Tilaisuudessa esitellään myös laitoksen havainnekuvat."
    assert names(src, "The event will be held at Kallio school. Visualisations of the plant will "
                 "also be presented at the event.", "fi", "en") == []
    assert ("N005", "Vandermeulen") in names(src, "The event will be held at Kallio school. "
                                             "Vandermeulen of the plant will also be presented at the event.",
                                             "fi", "en")


def test_opening_word_written_lower_too_cs_en():
    src = ("Akce se koná v Brně. Vinaři by mohli dostat podporu. Vinaři z Mikulova o ni požádali, "
           "uvedli vinaři.")
    assert names(src, "The event takes place in Brno. Winegrowers could receive support. Winegrowers "
                 "from Mikulov applied for it, the winegrowers said.", "cs", "en") == []
    assert ("N005", "Brackenridge") in names(src, "The event takes place in Brno. Brackenridge could "
                                             "receive support. Brackenridge from Mikulov applied for it, "
                                             "the winegrowers said.", "cs", "en")
