"""Session 72 helper tt: T003 major where a term rendered alike by several words at five
other mentions or more has one of those words swapped once for a specialised word, the
others kept as written (snow groomer ×6, snow tiller once)."""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.severity.label, f.text) for f in mtcheck.compare(t, source=s).findings
            if f.code == "T003" and not f.suppressed]


DE_SRC = ("Neue Pistenraupe für Oberwald\n\n"
          "Die Bergbahnen Oberwald haben im Oktober eine Pistenraupe aus Südtirol erhalten.\n\n"
          "Die Pistenraupe hat 530 PS und wiegt vierzehn Tonnen.\n\n"
          "Mit der Pistenraupe lassen sich die Loipen im Tal jeden Morgen spuren.\n\n"
          "{}\n\n"
          "Nachts parkt die Pistenraupe in einer Halle neben der Talstation.\n\n"
          "Der Gemeinderat lobte die Pistenraupe als gute Investition.\n")
EN_DE = ("New snow groomer for Oberwald\n\n"
         "The Oberwald lift company took delivery of a snow groomer from South Tyrol in October.\n\n"
         "The snow groomer has 530 horsepower and weighs fourteen tonnes.\n\n"
         "With the snow groomer the cross-country trails in the valley can be laid every morning.\n\n"
         "{}\n\n"
         "At night the snow groomer is parked in a hall beside the valley station.\n\n"
         "The municipal council praised the snow groomer as a good investment.\n")
DE_BARE = "Am Wochenende zeigten die Betreiber die Pistenraupe den Schulkindern des Dorfes."
EN_BARE = "At the weekend the operators showed the {} to the village schoolchildren."


def test_one_word_of_a_rendering_swapped_is_major_de_en(tmp_path):
    src = DE_SRC.format(DE_BARE)
    assert t003(tmp_path, src, EN_DE.format(EN_BARE.format("snow groomer")), "de", "en") == []
    assert t003(tmp_path, src, EN_DE.format(EN_BARE.format("snow tiller")), "de", "en") \
        == [("major", "snow tiller")]


def test_a_frequent_word_swapped_in_stays_minor(tmp_path):
    # (cat: a common word, which may render another source word beside the term)
    src = DE_SRC.format(DE_BARE)
    assert t003(tmp_path, src, EN_DE.format(EN_BARE.format("snow cat")), "de", "en") \
        == [("minor", "snow cat")]


def test_a_german_verb_after_the_term_leaves_it_bare(tmp_path):
    # a verb after the term (sobald die Pistenraupe losfährt) is no word of its phrase
    src = DE_SRC.format("Sobald die Pistenraupe losfährt, leuchten zwei gelbe Lampen auf dem Dach.")
    tgt = EN_DE.format("As soon as the snow tiller is moving, two yellow lamps light up on the roof.")
    assert t003(tmp_path, src, tgt, "de", "en") == [("major", "snow tiller")]


def test_an_adjective_of_its_own_before_the_term_keeps_it_minor(tmp_path):
    # the source says the term with a word of its own there (die gebrauchte Pistenraupe),
    # which the other word may render
    src = DE_SRC.format("Am Wochenende zeigten die Betreiber die gebrauchte Pistenraupe den Schulkindern.")
    tgt = EN_DE.format("At the weekend the operators showed the used snow tiller to the schoolchildren.")
    assert t003(tmp_path, src, tgt, "de", "en") == [("minor", "snow tiller")]


EN_SRC = ("Council buys a new gritter\n\n"
          "Harwick council has bought a new gritter for the winter.\n\n"
          "The gritter cost £95,000 and replaces a vehicle from 2009.\n\n"
          "Drivers say the gritter can treat narrow lanes more easily.\n\n"
          "Residents may track the gritter on the council's website.\n\n"
          "The gritter will be based at the depot in Mill Road.\n\n"
          "A second gritter may follow next year if the budget allows.\n")
ES_EN = ("El ayuntamiento compra un nuevo camión esparcidor\n\n"
         "El ayuntamiento de Harwick ha comprado un nuevo camión esparcidor para el invierno.\n\n"
         "El camión esparcidor costó 95.000 libras y sustituye a un vehículo de 2009.\n\n"
         "Los conductores dicen que el camión esparcidor puede tratar los caminos estrechos con "
         "más facilidad.\n\n"
         "Los vecinos pueden seguir el {} en la web del ayuntamiento.\n\n"
         "El camión esparcidor tendrá su base en el depósito de Mill Road.\n\n"
         "Un segundo camión esparcidor podría llegar el año próximo si el presupuesto lo permite.\n")


def test_one_word_of_a_rendering_swapped_is_major_en_es(tmp_path):
    assert t003(tmp_path, EN_SRC, ES_EN.format("camión esparcidor"), "en", "es") == []
    # the word swapped in a Romance adjective in -ero: the kept word is the noun
    assert t003(tmp_path, EN_SRC, ES_EN.format("camión salero"), "en", "es") == [("major", "camión salero")]
    assert t003(tmp_path, EN_SRC, ES_EN.format("camión volquete"), "en", "es") == [("major", "camión volquete")]


def test_a_frequent_adjective_swapped_in_stays_minor_en_es(tmp_path):
    assert t003(tmp_path, EN_SRC, ES_EN.format("camión grande"), "en", "es") == [("minor", "camión grande")]


def _drop(text: str, *starts: str) -> str:
    """``text`` without its paragraphs opening with ``starts``."""
    return "\n\n".join(p for p in text.split("\n\n") if not p.startswith(starts))


def test_a_swap_at_four_other_mentions_is_major_de_en(tmp_path):
    # four other mentions (the headline one of them): a swap of one word, the other kept
    src = _drop(DE_SRC.format(DE_BARE), "Nachts", "Der Gemeinderat")
    tgt = _drop(EN_DE.format(EN_BARE.format("{}")), "At night", "The municipal")
    assert t003(tmp_path, src, tgt.format("snow tiller"), "de", "en") == [("major", "snow tiller")]
    # a rendering changed whole there needs five
    assert t003(tmp_path, src, tgt.format("grader"), "de", "en") == [("minor", "grader")]


def test_a_swap_at_four_other_mentions_is_major_en_es(tmp_path):
    src = _drop(EN_SRC, "The gritter will", "A second")
    tgt = _drop(ES_EN, "El camión esparcidor tendrá", "Un segundo")
    assert t003(tmp_path, src, tgt.format("camión volquete"), "en", "es") == [("major", "camión volquete")]


def test_a_swap_at_three_other_mentions_stays_minor_en_es(tmp_path):
    src = _drop(EN_SRC, "The gritter will", "A second", "Drivers say")
    tgt = _drop(ES_EN, "El camión esparcidor tendrá", "Un segundo", "Los conductores")
    assert t003(tmp_path, src, tgt.format("camión volquete"), "en", "es") == [("minor", "camión volquete")]
