"""Session 60 round 2 (helper nm): name slips N001 missed.

1. (N001, _marked_copy_slips) out of a Latin-script Slavic language, a name copied with
   its own diacritics beside a name word both keep, the vowel before its last consonant
   changed (Horvatić ~ "Horvatać"): no case ending or possessive suffix of those languages
   replaces that vowel alone, so the old "no change in the last two letters" guard of a
   declining source need not hold there.  Endings that are a vowel and a consonant (-em,
   -om, -ým, -ej, -ov ...) still count as a case.
"""
from __future__ import annotations

import mtcheck


def n001(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(f.severity.label, tgt[f.span[0]:f.span[1]])
            for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]


# -- 1. a Slavic stem's last vowel changed -----------------------------------------------------

def test_czech_stem_vowel_changed_into_english():
    src = "Projekt podpořil místostarosta Zdeněk Vondráček z obce Lipník."
    assert n001(src, "The project was backed by deputy mayor Zdeněk Vondráčik of Lipník.", "cs", "en") \
        == [("major", "Vondráčik")]
    assert n001(src, "The project was backed by deputy mayor Zdeněk Vondráček of Lipník.", "cs", "en") == []


def test_croatian_stem_vowel_changed_into_german():
    src = "Ravnatelj bolnice Marko Horvatić rekao je da je odjel zatvoren."
    assert n001(src, "Der Klinikdirektor Marko Horvatać sagte, die Station sei geschlossen.", "hr", "de") \
        == [("major", "Horvatać")]
    assert n001(src, "Der Klinikdirektor Marko Horvatić sagte, die Station sei geschlossen.", "hr", "de") == []


def test_polish_stem_vowel_changed_into_french():
    src = "Burmistrz Krzysztof Sołtysiak zapowiedział remont mostu."
    assert n001(src, "Le maire Krzysztof Sołtysiek a annoncé la rénovation du pont.", "pl", "fr") \
        == [("major", "Sołtysiek")]


def test_slavic_case_ending_is_no_slip():
    # a Slovak instrumental rendered as the Czech one: -om ~ -em, both case endings
    assert n001("Hovoril som s Petrom Kratochvílom včera večer.",
                "Mluvil jsem s Petrem Kratochvílem včera večer.", "sk", "cs") == []
    # a Croatian instrumental in -om rendered as a Slovene one in -em
    assert n001("Razgovarali smo s Ivanom Šimunovićom o projektu.",
                "Pogovarjali smo se z Ivanom Šimunovićem o projektu.", "hr", "sl") == []


def test_non_slavic_declining_source_keeps_the_guard():
    # Icelandic -ar (genitive) ~ -ur (nominative): a case, not a slip
    assert n001("Bók Guðmundar Þórðarsonar kom út í gær.",
                "The book by Guðmundur Þórðarson came out yesterday.", "is", "en") == []


def test_last_letter_still_a_case():
    # the last letter changed out of a Slavic language stays a case form
    assert n001("Rozmawiałem z Tomaszem Wałęsą wczoraj.",
                "I spoke with Tomasz Wałęsa yesterday.", "pl", "en") == []
