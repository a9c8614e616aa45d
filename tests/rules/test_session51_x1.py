"""Session 51 (s51 batch), group x1: a name a Latin-script source writes, kept by a
Latin-script translation one consonant short (a letter inside dropped, or a last letter
that is no ending of the source language), beside a name word both keep, is a slip
(N001); transliteration conventions (a vowel, a glide of a transliterated name, a German
transliteration respelt, a doubled consonant written once), an ending of the source's
language and a spelling the translation keeps throughout are not."""
import mtcheck


def _n001(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]


# a consonant dropped inside a kept name: caught
def test_de_en_glide_dropped_in_home_name():
    fs = _n001("Die Sprecherin Petra Kuhlmann bestätigte den Termin am Montag.",
               "The spokeswoman Petra Kulmann confirmed the date on Monday.", "de", "en")
    assert [f.suggestion for f in fs] == ["Kuhlmann"]


def test_ca_en_consonant_dropped_real_word():
    fs = _n001("L'advocat Jordi Bosch i Vidal va presentar el recurs dilluns.",
               "The lawyer Jordi Bosh i Vidal lodged the appeal on Monday.", "ca", "en")
    assert [f.suggestion for f in fs] == ["Bosch"]


# the last letter dropped, where it is no ending of the source language
def test_af_en_last_letter_dropped():
    fs = _n001("Die boer Johan Vermaak het gesê die oes is goed.",
               "The farmer Johan Vermaa said the harvest is good.", "af", "en")
    assert [f.suggestion for f in fs] == ["Vermaak"]


def test_de_en_last_letter_dropped_other_name():
    fs = _n001("Der Trainer Thomas Schmidt lobte die Mannschaft am Sonntag.",
               "Coach Thomas Schmid praised the team on Sunday.", "de", "en")
    assert [f.suggestion for f in fs] == ["Schmidt"]


# precision: conventions, endings, chosen spellings
def test_german_transliteration_respelt_ok():
    assert not _n001("Der frühere Premier Ariel Scharon besuchte damals den Tempelberg.",
                     "The former prime minister Ariel Sharon visited the Temple Mount at the time.",
                     "de", "en")


def test_transliterated_glide_and_vowel_ok():
    assert not _n001("Il leader libico Muammar Ghaddafi parlò a lungo.",
                     "The Libyan leader Muammar Gaddafi spoke at length.", "it", "en")
    assert not _n001("Le prince Mohammed ben Salmane a reçu le ministre.",
                     "Crown Prince Mohammed bin Salman received the minister.", "fr", "en")


def test_source_ending_dropped_ok():
    assert not _n001("Volgens woordvoerder Sanne Hendriks is de dijk veilig.",
                     "According to spokeswoman Sanne Hendrik the dike is safe.", "nl", "en")


def test_german_genitive_ending_ok():
    assert not _n001("Klaus Lehmanns Vorschlag wurde am Freitag angenommen.",
                     "Klaus Lehmann's proposal was accepted on Friday.", "de", "en")


def test_spelling_kept_throughout_ok():
    assert not _n001("Die Ärztin Maria Eberhardt sagte, Eberhardt habe recht. Maria Eberhardt lachte.",
                     "The doctor Maria Eberhart said Eberhart was right. Maria Eberhart laughed.",
                     "de", "en")


def test_name_kept_right_ok():
    assert not _n001("L'advocat Jordi Bosch i Vidal va presentar el recurs dilluns.",
                     "The lawyer Jordi Bosch i Vidal lodged the appeal on Monday.", "ca", "en")


def test_english_transliteration_digraph_ok():
    # a slip, but of a transliterated name the target language respells (Baschar): not judged
    assert not _n001("Syrian President Bashar al-Assad met the envoy on Tuesday.",
                     "Der syrische Präsident Bahar al-Assad traf den Gesandten am Dienstag.",
                     "en", "de")
