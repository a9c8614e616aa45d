"""Session 54 (n6): N001 (name-near-miss), misspelt surnames missed or caught only at minor.

* A rarer surname at home in the source's language (Zipf 1.5 to 2.5) written with one
  vowel dropped or added between consonants, beside a name word both keep, is a slip
  (major), as a consonant dropped already was: such a name is copied letter for letter.
* A surname at home in a Latin-script source language that ``_HOME_LANGS`` leaves out
  (Romanian, Danish: ``_source_home``) counts as at home there; out of Romanian, a
  surname after a name word both keep takes no case ending, so a changed vowel near its
  end is no case form.
* A name the translation copies with the source's own diacritics (Hungarian, Czech,
  Spanish), one letter dropped, added or changed into a form the target language never
  uses, beside a name word the source writes too: no transliteration explains it
  (``_marked_copy_slips``).
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.names import Severity, _source_home, _vowel_syncope


def n001(src: str, tgt: str, sl: str, tl: str) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]


def major(src: str, tgt: str, sl: str, tl: str) -> bool:
    return any(f.severity == Severity.MAJOR for f in n001(src, tgt, sl, tl))


# -- a vowel dropped or added in a rarer surname at home in the source's language ------------
def test_vowel_dropped_home_surname_pt():
    src = "Segundo a bióloga Ana Carvalhal, o lago secou."
    assert major(src, "Laut der Biologin Ana Carvlhal ist der See ausgetrocknet.", "pt", "de")
    assert major(src, "According to biologist Ana Carvlhal, the lake dried up.", "pt", "en")
    assert not n001(src, "According to biologist Ana Carvalhal, the lake dried up.", "pt", "en")


def test_vowel_added_home_surname_de():
    src = "Laut der Försterin Ulrike Bergemann ist der Wald gesund."
    assert major(src, "Según la guardabosques Ulrike Beregemann, el bosque está sano.", "de", "es")
    assert major(src, "According to forester Ulrike Beregemann, the forest is healthy.", "de", "en")
    assert not n001(src, "According to forester Ulrike Bergemann, the forest is healthy.", "de", "en")


def test_vowel_syncope_shape():
    assert _vowel_syncope("carvlhal", "carvalhal")
    assert _vowel_syncope("beregemann", "bergemann")
    # a vowel of a digraph varies between transliterations; the last letter is an ending
    assert not _vowel_syncope("mubarak", "moubarak")
    assert not _vowel_syncope("hendrik", "hendrika")


# -- a surname at home in a source language outside _HOME_LANGS ------------------------------
def test_source_home():
    assert _source_home("frandsen", "da")
    assert _source_home("gherman", "ro")
    assert not _source_home("frandsen", "de")  # (German is one of _HOME_LANGS: _home_lang's)
    assert not _source_home("mubarak", "da")


def test_danish_home_surname():
    src = "Direktør Lars Frandsen åbnede broen."
    assert major(src, "Director Lars Frandsan opened the bridge.", "da", "en")
    assert major(src, "Direktor Lars Frandsan eröffnete die Brücke.", "da", "de")
    assert not n001(src, "Director Lars Frandsen opened the bridge.", "da", "en")


def test_romanian_surname_after_kept_name_is_no_case_form():
    src = "Primarul Mihai Gherman a inaugurat podul."
    assert major(src, "Mayor Mihai Ghermen opened the bridge.", "ro", "en")
    assert major(src, "Le maire Mihai Ghermen a inauguré le pont.", "ro", "fr")
    assert not n001(src, "Mayor Mihai Gherman opened the bridge.", "ro", "en")


def test_declining_source_case_forms_stay_quiet():
    # a Polish or Czech source's case form, the translation's nominative
    assert not n001("Burmistrz spotkał się z Anną Nowak w ratuszu.",
                    "The mayor met Anna Nowak at the town hall.", "pl", "en")
    assert not n001("Starosta se setkal s Karlem Dvořákem.",
                    "Der Bürgermeister traf Karel Dvořák.", "cs", "de")
    assert not n001("Ministr Karel Dvořáka nepřijel.", "Minister Karel Dvořák did not come.", "cs", "en")


# -- a name copied with the source's diacritics, one letter off ------------------------------
def test_marked_copy_hungarian():
    src = "A polgármester szerint Németh Ferenc nem vállalja."
    assert major(src, "According to the mayor, Ferenc Német will not accept.", "hu", "en")
    assert major(src, "Selon le maire, Ferenc Német n'acceptera pas.", "hu", "fr")
    assert not n001(src, "According to the mayor, Ferenc Németh will not accept.", "hu", "en")
    src = "A polgármester szerint Kovács Péter nem vállalja."
    assert major(src, "Laut dem Bürgermeister wird Péter Kovác nicht zusagen.", "hu", "de")
    assert not n001(src, "Laut dem Bürgermeister wird Péter Kovács nicht zusagen.", "hu", "de")


def test_marked_copy_czech():
    src = "Starosta Jiří Procházka otevřel most."
    assert major(src, "Mayor Jiří Prochászka opened the bridge.", "cs", "en")
    assert major(src, "Bürgermeister Jiří Prochászka eröffnete die Brücke.", "cs", "de")
    assert not n001(src, "Mayor Jiří Procházka opened the bridge.", "cs", "en")


def test_marked_copy_genitive_is_no_slip():
    src = "Der Bürgermeister Jörg Brückner eröffnete die Brücke."
    assert not n001(src, "Mayor Jörg Brückner's plan opened the bridge.", "de", "en")
    assert not n001(src, "Mayor Jörg Brückners opened the bridge.", "de", "en")
