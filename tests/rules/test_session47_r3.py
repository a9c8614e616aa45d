"""Session 47 (r3): direction and negation, fixed as classes (written for mtcheck).

1. P003: a word of more/less rendered by a verb of the opposite change ("fewer accidents"
   ~ "accidents rose", "mehr Besucher" ~ "les visites ont diminué"): the two concepts state
   one quantity's direction, so a contradiction between them is a flip. Only with one word
   of each on its side, and no bound ("less than four weeks", "exceeds 9%").
   Korean "최소" (minimum: "최소 1년" at least a year) is a bound, no word of "less".
"""

from __future__ import annotations

import mtcheck


def p003(src, tgt, sl, tl):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


# 1. more/less ~ rise/fall across concepts

def test_fewer_rendered_as_rise_en_de():
    src = "Last winter the city recorded fewer road accidents, the police said."
    assert p003(src, "Im vergangenen Winter nahmen die Verkehrsunfälle in der Stadt zu, teilte die "
                     "Polizei mit.", "en", "de")
    assert p003(src, "Im vergangenen Winter gingen die Verkehrsunfälle in der Stadt zurück, teilte "
                     "die Polizei mit.", "en", "de") == []


def test_fewer_rendered_as_rise_en_es():
    src = "Patients made fewer visits to the clinic after the reform."
    assert p003(src, "Las visitas de los pacientes a la clínica aumentaron tras la reforma.", "en", "es")
    assert p003(src, "Las visitas de los pacientes a la clínica disminuyeron tras la reforma.",
                "en", "es") == []


def test_more_rendered_as_fall_de_fr():
    src = "Das Museum zählte in diesem Sommer mehr Besucher."
    assert p003(src, "Les visites du musée ont diminué cet été.", "de", "fr")
    assert p003(src, "Les visites du musée ont augmenté cet été.", "de", "fr") == []
    # a bound on a quantity states no direction of it
    assert p003("Die Saison beginnt in weniger als vier Wochen.",
                "La saison commence dans quatre semaines, après une hausse des réservations.",
                "de", "fr") == []


def test_fewer_rendered_as_rise_en_ko_with_minimum():
    src = "After the pilot, employees took fewer days off and the firm kept the scheme for at least a year."
    assert p003(src, "시범 운영 후 직원들의 휴가 일수가 늘었고 회사는 이 제도를 최소 1년 유지했다.", "en", "ko")
    assert p003(src, "시범 운영 후 직원들의 휴가 일수가 줄었고 회사는 이 제도를 최소 1년 유지했다.",
                "en", "ko") == []

