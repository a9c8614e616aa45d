"""Session 47 (r4): Latin-script names and exonym data (written for mtcheck).

1. an exonym spelling belongs to some languages only (data/names/exonyms.only.txt): in a
   text of another language it names no entity of the lexicon.  English "Island(s)" is
   an island, not Iceland (German/Danish "Island"); Portuguese "Flórida" written in a
   Spanish or Italian text is a misspelling of Florida, no exonym;
2. N001: a word of a multiword name the translation keeps as the source writes it
   verbatim (Danish Islands Brygge, whose words the Danish reading takes for a genitive
   and a capitalised noun), one letter off at one mention into a real word;
3. N004 (doc mode): a body compound of the source (Finnish -virasto, Danish -styrelsen)
   rendered at one mention by another body's name than the translation's rendering of it
   at an earlier mention: a swap, major (not N003's minor "missing").
"""

from __future__ import annotations

import mtcheck
from mtcheck.rules._text import find_names


def names(src, tgt, sl, tl, *prefixes):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefixes or ("N",)) and not f.suppressed]


def classes(text, lang, word):
    return [p.classes for g in find_names(text, lang, None, all_capitalised=True)
            for p in g.parts if p.text == word]


# 1. exonym spellings of some languages only

def test_island_is_iceland_in_german_not_in_english():
    assert classes("Er reiste im Sommer nach Island.", "de", "Island")[0]
    assert classes("Die Fähre fuhr nach Island.", "de", "Island")[0]
    assert not classes("They sailed to Rhode Island last week.", "en", "Island")[0]
    assert not classes("They toured the Thousand Islands region last week.", "en", "Islands")[0]


def test_island_in_dutch_is_no_iceland():
    assert not classes("Het schip voer langs Island Park.", "nl", "Island")[0]
    assert classes("Skibet sejlede til Island i går.", "da", "Island")[0]


def test_portuguese_accent_in_spanish_is_a_slip_en_es():
    src = "Hurricane winds reached Florida on Monday. Florida's governor declared an emergency on Tuesday."
    tgt = "Los vientos llegaron a Florida el lunes. El gobernador de {} declaró la emergencia el martes."
    assert ("N001", "Flórida") in names(src, tgt.format("Flórida"), "en", "es")
    assert names(src, tgt.format("Florida"), "en", "es", "N001") == []
    # (in Portuguese the accented form is the exonym: no slip)
    tgt = "Os ventos chegaram à Florida na segunda-feira. O governador da Flórida declarou emergência na terça."
    assert names(src, tgt, "en", "pt", "N001") == []


def test_portuguese_accent_in_italian_is_a_slip_en_it():
    src = "Wildfires spread across California in August. California's firefighters asked for help."
    tgt = "Gli incendi si sono estesi in California ad agosto. I vigili del fuoco della {} hanno chiesto aiuto."
    assert ("N001", "Califórnia") in names(src, tgt.format("Califórnia"), "en", "it")
    assert names(src, tgt.format("California"), "en", "it", "N001") == []


# 2. a kept multiword name one letter off into a real word

def test_kept_genitive_name_clipped_da_en():
    src = ("Demonstrationen på Kongens Nytorv var fredelig. Politiet ved Kongens Nytorv anholdt ingen, "
           "sagde Mikkel Thorsen.")
    tgt = ("The demonstration on Kongens Nytorv was peaceful. The police at {} arrested nobody, "
           "said Mikkel Thorsen.")
    assert ("N001", "Kongen") in names(src, tgt.format("Kongen Nytorv"), "da", "en")
    assert names(src, tgt.format("Kongens Nytorv"), "da", "en", "N001") == []


def test_kept_iceland_genitive_name_da_en():
    src = ("Badestedet ved Islands Plads er lukket. Vandet ved Islands Plads indeholdt mange bakterier, "
           "sagde Mikkel Thorsen.")
    tgt = ("The bathing spot at Islands Plads is closed. The water at {} contained many bacteria, "
           "said Mikkel Thorsen.")
    assert ("N001", "Island") in names(src, tgt.format("Island Plads"), "da", "en")
    assert names(src, tgt.format("Islands Plads"), "da", "en", "N001") == []


def test_kept_name_clipped_sv_en():
    src = ("Badplatsen vid Norra Hamnen stängdes. Vattnet vid Norra Hamnen innehöll många bakterier, "
           "sade Mikael Lindqvist.")
    tgt = ("The bathing place at Norra Hamnen was closed. The water at {} contained many bacteria, "
           "said Mikael Lindqvist.")
    assert ("N001", "Norr") in names(src, tgt.format("Norr Hamnen"), "sv", "en")
    assert names(src, tgt.format("Norra Hamnen"), "sv", "en", "N001") == []


# 3. N004 (doc mode): a body compound rendered at one mention by another body's name

def _n004(findings):
    return [f.text for f in findings if f.code == "N004" and not f.suppressed]


def test_body_compound_swapped_at_one_mention_fi_en(article):
    src = ["Maanantaina julkaistun Ruokaviraston raportin mukaan elintarvikkeet ovat turvallisia.",
           "Raportin mukaan salmonellatapauksia oli viime vuonna vähemmän kuin ennen.",
           "Tulos on hyvä, sanoo Ruokaviraston johtaja Liisa Mäkelä."]
    tgt = ["According to the report of the Finnish Food Safety Agency published on Monday, food is safe.",
           "According to the report, there were fewer salmonella cases last year than before.",
           "The result is good, says Liisa Mäkelä, director of the {}."]
    assert "Finnish Medicines Agency" in _n004(article(src, [*tgt[:2], tgt[2].format("Finnish Medicines Agency")], "fi", "en"))
    assert _n004(article(src, [*tgt[:2], tgt[2].format("Finnish Food Safety Agency")], "fi", "en")) == []


def test_body_compound_swapped_at_one_mention_da_en(article):
    src = ["Miljøstyrelsen offentliggjorde mandag en ny rapport om grundvandet.",
           "Ifølge rapporten er der fundet pesticider i flere boringer end før.",
           "Miljøstyrelsens direktør Karen Holm kalder resultatet bekymrende."]
    tgt = ["The Danish Environmental Protection Agency published a new report on groundwater on Monday.",
           "According to the report, pesticides have been found in more wells than before.",
           "Karen Holm, director of the {}, calls the result worrying."]
    assert "Danish Energy Agency" in _n004(article(src, [*tgt[:2], tgt[2].format("Danish Energy Agency")], "da", "en"))
    assert _n004(article(src, [*tgt[:2], tgt[2].format("Danish Environmental Protection Agency")], "da", "en")) == []

