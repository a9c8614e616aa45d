"""Session 66 (tt): T003 (inconsistent-rendering), misses and false alarms.

Misses:

* a term the source repeats (a long word, or several words; in two sentences or more
  outside the headline) rendered into a compounding language by one compound everywhere
  but once, and there by that compound with one part swapped: another head on the same
  modifier (Fensterbrett / Fensterleiste), another modifier on the same head, or another
  middle part (Luchs|schutz|programm / Luchs|förder|programm);
* a Romance rendering of two words with one swapped behind the "in" of means (salida de
  kayak / salida en canoa).

False alarms: German nouns in -en and their genitives in -ens (Verfahren / Verfahrens)
are one word.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _de_genitive_map, _part_swap, lemma


def t003(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(tgt[f.span[0]:f.span[1]], f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "T003"]


# -- a compound with one part swapped ----------------------------------------------------------
_SILL_EN = ("The inspector lifted the old windowsill in the back room. She found a box of letters "
            "from 1921. The owners had never opened it. Under the windowsill there was also a small key.")
_SILL_DE = ("Die Inspektorin hob das alte Fensterbrett im hinteren Zimmer an. Sie fand eine Schachtel "
            "mit Briefen aus dem Jahr 1921. Die Besitzer hatten sie nie geöffnet. Unter der "
            "Fensterleiste lag außerdem ein kleiner Schlüssel.")


def test_compound_with_another_head_at_the_later_mention():
    msgs = t003(_SILL_EN, _SILL_DE, "en", "de")
    assert [here for here, _ in msgs] == ["Fensterleiste"], msgs
    assert "Fensterbrett" in msgs[0][1]


def test_compound_alike_at_both_mentions_is_clean():
    assert t003(_SILL_EN, _SILL_DE.replace("der Fensterleiste", "dem Fensterbrett"), "en", "de") == []


_LYNX_ES = ("El programa de protección del lince ya cuenta con 40 fincas. Los agricultores reciben "
            "300 euros al año por hectárea. La Junta quiere duplicar la superficie antes de 2030. "
            "Los pagos del programa de protección del lince se retrasaron en otoño.")
_LYNX_DE = ("Das Luchsschutzprogramm umfasst bereits 40 Höfe. Die Landwirte erhalten 300 Euro pro "
            "Hektar und Jahr. Die Regionalregierung will die Fläche bis 2030 verdoppeln. Im Herbst "
            "kamen die Auszahlungen für das Luchsförderprogramm verspätet.")


def test_compound_with_another_middle_part():
    msgs = t003(_LYNX_ES, _LYNX_DE, "es", "de")
    assert [here for here, _ in msgs] == ["Luchsförderprogramm"], msgs


def test_compound_middle_part_alike_is_clean():
    assert t003(_LYNX_ES, _LYNX_DE.replace("Luchsförderprogramm", "Luchsschutzprogramm"), "es", "de") == []


def test_short_word_said_twice_proves_no_rendering():
    # a word of under eight letters said twice: the compounds around it may render its
    # neighbours (the milk price / the power price), no swap is flagged
    src = ("The price rose again in May. Farmers met in the town hall. The council discussed the "
           "new roads. Nobody expected the price to fall this year.")
    tgt = ("Der Milchpreis stieg im Mai erneut. Die Landwirte trafen sich im Rathaus. Der Rat "
           "beriet über die neuen Straßen. Niemand erwartete, dass der Strompreis dieses Jahr sinkt.")
    assert not [h for h, _ in t003(src, tgt, "en", "de") if h == "Strompreis"]


def test_word_of_its_own_beside_the_odd_mention():
    # the odd mention has a word beside the term that the other lacks (night ferry): the
    # swapped part renders it
    src = ("The passengers boarded the ferry in the harbour. The crossing lasted three hours. "
           "The captain welcomed everyone on board. Next year a night ferry will also sail.")
    tgt = ("Die Passagiere gingen im Hafen an Bord der Autofähre. Die Überfahrt dauerte drei "
           "Stunden. Der Kapitän begrüßte alle an Bord. Im nächsten Jahr soll auch eine Nachtfähre fahren.")
    assert not [h for h, _ in t003(src, tgt, "en", "de") if h == "Nachtfähre"]


def test_part_swap():
    assert _part_swap("dachziegel", "dachplatte", "de")  # another head
    assert _part_swap("kiefernholz", "fichtenholz", "de")  # another modifier (a linking n)
    assert _part_swap("luchsschutzprogramm", "luchsforderprogramm", "de")  # another middle part
    assert not _part_swap("gemeinschaft", "bereitschaft", "de")  # haft: no word's head
    assert not _part_swap("regierung", "forderung", "de")  # a suffix, no head
    assert not _part_swap("arbeitsplatz", "arbeitsplatze", "de")  # two forms of one word
    assert not _part_swap("krautertee", "tee", "de")  # one inside the other
    assert not _part_swap("zugdepot", "zuge", "de")


# -- the "in" of means in a rendering with one word swapped -----------------------------------
_KAYAK_FR = ("Le centre nautique propose des sorties kayak depuis 2012. Une sortie kayak coûte 35 "
             "euros. Les guides encadrent jusqu'à quatre sorties kayak par jour. Cet été, le centre "
             "a organisé près de 900 sorties kayak.")
_KAYAK_ES = ("El centro náutico ofrece salidas de kayak desde 2012. Una salida de kayak cuesta 35 "
             "euros. Los guías dirigen hasta cuatro salidas de kayak al día. Este verano el centro "
             "organizó casi 900 salidas en canoa.")


def test_swapped_word_behind_the_in_of_means():
    msgs = t003(_KAYAK_FR, _KAYAK_ES, "fr", "es")
    assert [here for here, _ in msgs] == ["salidas en canoa"], msgs


def test_usual_rendering_followed_by_a_place_or_time_is_clean():
    tgt = _KAYAK_ES.replace("salidas en canoa", "salidas de kayak en grupo")
    assert t003(_KAYAK_FR, tgt, "fr", "es") == []


# -- German genitives in -ens ------------------------------------------------------------------
def test_de_genitive_in_ens_is_one_word():
    m = _de_genitive_map(["Verfahren", "Verfahrens", "Wissens", "Gründen", "Vermögen"])
    assert m.get(lemma("Verfahrens", "de")) == lemma("Verfahren", "de")
    assert lemma("Wissens", "de") not in m  # (no nominative in the document)
    assert len(m) == 1
