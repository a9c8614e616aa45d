"""Session 46 (r4): negation (P001) and code-mix (L002) false alarms found by the held-out
articles of batch s46 (bench/articles), fixed as classes (written for mtcheck).

1. P001: a negated verb of change ("nem változik", "ändert sich nicht", "ne change pas")
   rendered by a word of sameness (the same, unchanged, remains, bleibt gleich, la misma)
   is no dropped negation; dropping it without a word of sameness still is;
2. L002: a culture's own word kept by the translation at every mention of the source
   (twice or more) and inside a name it keeps (the Cofradías Unidas, the cofradías) is a
   term the translation names, not a word it failed to translate; kept once, it is still
   flagged;
3. P001: both sides negated, but a prohibition of the source (không nên, not to, no deben)
   is gone and the translation has fewer negators: "advised not to sow when there is not
   enough water" -> "advised to sow when there is not enough water".
"""

from __future__ import annotations

import mtcheck


def found(src, tgt, sl, tl, code):
    return [(f.code, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# 1. negated verb of change against sameness

def test_no_change_rendered_as_same_hu_en():
    src = "A belépőjegy ára jövőre nem változik."
    assert found(src, "The price of the entry ticket will stay the same next year.", "hu", "en", "P001") == []
    assert found(src, "The price of the entry ticket will change next year.", "hu", "en", "P001")


def test_no_change_rendered_as_same_de_en():
    src = "Der Fahrplan ändert sich im Winter nicht."
    assert found(src, "The timetable remains the same in winter.", "de", "en", "P001") == []
    assert found(src, "The timetable changes in winter.", "de", "en", "P001")


def test_no_change_rendered_as_same_fr_de():
    src = "Le tarif du stationnement ne change pas cette année."
    assert found(src, "Die Parkgebühr bleibt dieses Jahr gleich.", "fr", "de", "P001") == []
    assert found(src, "Die Parkgebühr steigt dieses Jahr.", "fr", "de", "P001")


def test_no_change_rendered_as_same_en_es():
    src = "The rent will not change after the renovation."
    assert found(src, "La renta seguirá siendo la misma después de la renovación.", "en", "es", "P001") == []
    assert found(src, "La renta cambiará después de la renovación.", "en", "es", "P001")


# 2. a culture's term kept at every mention and in a name

def test_term_kept_consistently_es_en():
    src = ("Las cofradías salen esta semana.\n\nLa Cofradías Unidas de Sevilla ha dicho que las "
           "cofradías necesitan más voluntarios.\n\nLas cofradías desfilan cada noche.")
    tgt = ("The cofradías go out this week.\n\nThe Cofradías Unidas de Sevilla said the cofradías "
           "need more volunteers.\n\nThe cofradías parade every night.")
    assert found(src, tgt, "es", "en", "L002") == []
    assert found("Las cofradías salen esta semana.\n\nEl alcalde ha dicho que necesitan más voluntarios.",
                 "The cofradías go out this week.\n\nThe mayor said they need more volunteers.",
                 "es", "en", "L002")


def test_term_kept_consistently_pt_en():
    src = ("Os grupos de cavaquinho tocam na praça.\n\nO Cavaquinho Clube do Porto disse que o "
           "cavaquinho precisa de mais alunos.")
    tgt = ("The cavaquinho groups play in the square.\n\nThe Cavaquinho Clube do Porto said the "
           "cavaquinho needs more pupils.")
    assert found(src, tgt, "pt", "en", "L002") == []
    assert found("Os grupos de cavaquinho tocam na praça.\n\nO presidente disse que precisam de mais alunos.",
                 "The cavaquinho groups play in the square.\n\nThe chairman said they need more pupils.",
                 "pt", "en", "L002")


# 3. a prohibition dropped where another negator stays

def test_prohibition_dropped_vi_en():
    src = "Bác sĩ khuyên người bệnh không nên ra ngoài khi trời chưa sáng."
    assert found(src, "The doctor advised patients not to go out when it is not yet light.", "vi", "en", "P001") == []
    assert found(src, "The doctor advised patients to go out when it is not yet light.", "vi", "en", "P001")


def test_prohibition_dropped_en_fr():
    src = "The mayor urged residents not to drive into the city if the roads are not cleared."
    assert found(src, "Le maire a exhorté les habitants à ne pas entrer en ville en voiture si les routes "
                 "ne sont pas dégagées.", "en", "fr", "P001") == []
    assert found(src, "Le maire a exhorté les habitants à entrer en ville en voiture si les routes "
                 "ne sont pas dégagées.", "en", "fr", "P001")


def test_prohibition_dropped_es_en():
    src = "Los médicos dicen que no deben tomar el sol si no llevan protección."
    assert found(src, "Doctors say they should not sunbathe if they are not wearing protection.", "es", "en", "P001") == []
    assert found(src, "Doctors say they should sunbathe if they are not wearing protection.", "es", "en", "P001")
