"""Session 54 (t1): T003 (inconsistent-rendering), false alarms on correct translations
and one class of missed swaps.

* A Slavic relational adjective on the term's stem (аварийных beside аварий, awaryjnych
  beside awarii) is another word, not another rendering of the noun.
* A noun inside a complex preposition (w związku z "in connection with", в связи с) is no
  mention of the term that noun is elsewhere (związek zawodowy "trade union").
* A Chinese source term whose usual rendering competes with the rendering of another
  source run of just the sentences it shares (主跨 → main span) is still read: the other
  run explains that rendering.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _derived_adjective, _in_complex_preposition


def t003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "T003"]


# -- a Slavic relational adjective is another word ---------------------------------------------
def test_relational_adjective_ru():
    assert _derived_adjective("аварийных", ["аварий", "аварии", "авария"], "ru")
    assert _derived_adjective("городской", ["город", "города"], "ru")


def test_relational_adjective_pl():
    assert _derived_adjective("awaryjnych", ["awarii", "awaria"], "pl")


def test_case_forms_are_no_adjective():
    # the noun's own case forms (стеной, ściana) stay forms of the noun
    assert not _derived_adjective("стеной", ["стена", "стены"], "ru")
    assert not _derived_adjective("ścianach", ["ściana", "ściany"], "pl")
    # and a language without the table is left alone
    assert not _derived_adjective("accidental", ["accident"], "en")


# -- a noun inside a complex preposition -------------------------------------------------------
def test_complex_preposition_pl():
    s = "Stocznia zatrudni w związku z kontraktem dodatkowych spawaczy."
    assert _in_complex_preposition(s, s.index("związku"), "pl")
    assert not _in_complex_preposition(s, s.index("kontraktem"), "pl")
    s = "Przewodniczący związku zawodowego zabrał głos."
    assert not _in_complex_preposition(s, s.index("związku"), "pl")


def test_complex_preposition_ru_and_fr():
    s = "В связи с ремонтом движение закрыто."
    assert _in_complex_preposition(s, s.index("связи"), "ru")
    s = "Связи между городами укрепились."
    assert not _in_complex_preposition(s, s.index("Связи"), "ru")
    s = "Les travaux ont lieu dans le cadre du plan régional."
    assert _in_complex_preposition(s, s.index("cadre"), "fr")


# -- a Chinese term beside another run of two of its sentences ---------------------------------
_ZH = "这座悬索桥主跨一千米，去年建成。这座悬索桥的主跨在全国位居前列。业内人士认为，这座悬索桥将带动旅游业发展。"


def test_zh_term_swapped_beside_other_run():
    tgt = ("This suspension bridge has a main span of one kilometre and was completed last year. "
           "The main span of this cable-stayed bridge is among the longest in the country. "
           "Experts believe this suspension bridge will boost tourism.")
    msgs = t003(_ZH, tgt, "zh", "en")
    assert len(msgs) == 1 and "suspension bridge" in msgs[0]


def test_zh_term_rendered_alike_stays_quiet():
    tgt = ("This suspension bridge has a main span of one kilometre and was completed last year. "
           "The main span of this suspension bridge is among the longest in the country. "
           "Experts believe this suspension bridge will boost tourism.")
    assert t003(_ZH, tgt, "zh", "en") == []
