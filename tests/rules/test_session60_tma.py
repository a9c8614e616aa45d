"""Session 60 (tma): T003 (inconsistent-rendering), two classes of false alarm.

* A Greek noun on the term's stem with the endings of another declension (-ος / -ους:
  παραγωγούς, producers) beside the term's forms in -ης / -ή (παραγωγής, production) is
  another word, not another rendering of the term.
* A noun of an attribution phrase (Seinen Worten zufolge, по его словам, in the words of;
  data/terminology/complex_prepositions.tsv) is no rendering of a term, in the translation
  as in the source.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _in_complex_preposition, _other_declension


def t003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "T003"]


# -- a Greek noun of another declension on the term's stem ------------------------------------
_EL = ("Η παραγωγή λαδιού αυξήθηκε φέτος στην Κρήτη. Οι αγρότες ζητούν στήριξη της παραγωγής "
       "από το κράτος. Οι τιμές για τους παραγωγούς παραμένουν χαμηλές εδώ και χρόνια. Η "
       "συνολική παραγωγή θα φτάσει τους 300.000 τόνους.")


def test_el_de_producers_beside_production():
    tgt = ("Die Produktion von Olivenöl ist in diesem Jahr auf Kreta gestiegen. Die Landwirte "
           "fordern vom Staat eine Förderung der Produktion. Die Preise für die Erzeuger sind seit "
           "Jahren niedrig. Die gesamte Produktion wird 300.000 Tonnen erreichen.")
    assert t003(_EL, tgt, "el", "de") == []


def test_el_fr_producers_beside_production():
    tgt = ("La production d'huile d'olive a augmenté cette année en Crète. Les agriculteurs "
           "demandent à l'État de soutenir la production. Les prix payés aux oléiculteurs restent "
           "bas depuis des années. La production totale atteindra 300 000 tonnes.")
    assert t003(_EL, tgt, "el", "fr") == []


def test_el_de_production_swapped_is_still_flagged():
    src = _EL + " Η εξαγωγή της παραγωγής γίνεται κυρίως στη Γερμανία."
    tgt = ("Die Produktion von Olivenöl ist in diesem Jahr auf Kreta gestiegen. Die Landwirte "
           "fordern vom Staat eine Förderung der Produktion. Die Preise für die Erzeuger sind seit "
           "Jahren niedrig. Die gesamte Herstellung wird 300.000 Tonnen erreichen. Die Ausfuhr der "
           "Produktion geht vor allem nach Deutschland.")
    msgs = t003(src, tgt, "el", "de")
    assert len(msgs) == 1 and "Herstellung" in msgs[0]


def test_other_declension_helper():
    assert _other_declension(["παραγωγούς"], ["παραγωγής", "παραγωγή"], "el")
    assert _other_declension(["εθνικούς"], ["εθνικής", "εθνική"], "el")
    # one declension's forms (a case, a number), or an ending both may have, are one word
    assert not _other_declension(["σταθμούς"], ["σταθμός", "σταθμού"], "el")
    assert not _other_declension(["κράτη"], ["κράτος", "κράτους"], "el")
    assert not _other_declension(["παραγωγών"], ["παραγωγής"], "el")
    assert not _other_declension(["producers"], ["production"], "en")


# -- a noun of an attribution phrase ------------------------------------------------------------
_HE = ("העבודות בכביש יתחילו בחודש מאי. העירייה תממן את העבודות במלואן. לדבריו, העבודות "
       "יבוצעו בשלבים לאורך הכביש. התושבים מתלוננים על הרעש של העבודות.")


def test_he_de_worten_zufolge_is_no_rendering():
    tgt = ("Die Arbeiten an der Straße beginnen im Mai. Die Stadt finanziert die Arbeiten "
           "vollständig. Seinen Worten zufolge werden sie abschnittsweise entlang der Straße "
           "ausgeführt. Die Anwohner beschweren sich über den Lärm der Arbeiten.")
    assert t003(_HE, tgt, "he", "de") == []


def test_he_ru_po_ego_slovam_is_no_rendering():
    src = ("העבודות בכביש יתחילו בחודש מאי. העירייה תממן את העבודות במלואן. לדבריו, העבודות "
           "יימשכו שנתיים. התושבים מתלוננים על הרעש של העבודות.")
    tgt = ("Работы на дороге начнутся в мае. Мэрия полностью оплатит работы. По его словам, они "
           "продлятся два года. Жители жалуются на шум от работ.")
    assert t003(src, tgt, "he", "ru") == []


def test_worten_outside_the_phrase_is_still_read():
    src = ("העבודות בכביש יתחילו בחודש מאי. העירייה תממן את העבודות במלואן. לדבריו, העבודות "
           "יימשכו שנתיים. התושבים מתלוננים על הרעש של העבודות.")
    tgt = ("Die Arbeiten an der Straße beginnen im Mai. Die Stadt finanziert die Arbeiten "
           "vollständig. Nach seinen Worten wird die Sanierung zwei Jahre dauern. Die Anwohner "
           "beschweren sich über den Lärm der Arbeiten.")
    assert len(t003(src, tgt, "he", "de")) == 1


def test_attribution_phrases_listed():
    s = "Ihren Worten zufolge beginnen die Arbeiten im Mai."
    assert _in_complex_preposition(s, s.index("Worten"), "de")
    s = "Die Worten des Liedes sind alt."  # (no phrase without zufolge)
    assert not _in_complex_preposition(s, s.index("Worten"), "de")
    s = "По его словам, работы начнутся в мае."
    assert _in_complex_preposition(s, s.index("словам"), "ru")
    s = "За її словами, роботи почнуться у травні."
    assert _in_complex_preposition(s, s.index("словами"), "uk")
    s = "In the words of the mayor, the works start in May."
    assert _in_complex_preposition(s, s.index("words"), "en")
