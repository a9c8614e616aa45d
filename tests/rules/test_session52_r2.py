"""Session 52 (r2): polarity and direction.

* P003 reads a Serbian (or Bosnian) side written in Cyrillic in the Latin alphabet its
  lexicon is written in (повећати ~ povećati, више ~ više, пала ~ pala): a Cyrillic side
  had no direction words at all, so a rise rendered as a fall went unnoticed. The finding
  still quotes the word as written.
* P003: a word of more/less right before a figure and the figure right before its "than"
  (Portuguese "mais 7,5% do que no ano anterior", "menos 3 pontos do que") states a change
  by that figure, as "7,5% mais do que" already did: the weak "mais" is then strong for the
  rise. Portuguese "do" alone is "of the", so "mais 20% do orçamento" is no comparison.
* P003: a word of position after a figure ("30% above the average", "42 Prozent über dem
  Mittel") states a change by that figure, as "30% more" does: against a source's fall
  (cayeron, کاهش) it is a flip.
* P003: "que más" / "que més" / "que mais" after a relative ("los sectores que más crecieron",
  those that grew most; "un dels que més") is a superlative of more, strong as "el más" is;
  "que más tarde" (that later) is masked.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.direction import _sh_latin


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- Serbian Cyrillic direction words ------------------------------------------------------

def test_serbian_cyrillic_rise_rendered_as_fall():
    msgs = codes("Извоз малина порастао је прошле године за 12 одсто.",
                 "Raspberry exports fell by 12 per cent last year.", "sr", "en", "P003")
    assert msgs and "порастао" in msgs[0]
    assert codes("Општина ће повећати буџет за школе за 8 одсто.",
                 "Die Gemeinde wird das Budget für Schulen um 8 Prozent senken.", "sr", "de", "P003")


def test_serbian_cyrillic_more_rendered_as_fewer():
    assert codes("Ове године у граду живи 3.000 студената више него лане.",
                 "This year 3,000 fewer students live in the city than last year.", "sr", "en", "P003")


def test_serbian_cyrillic_target():
    assert codes("Ticket prices rose by 9 per cent in March.",
                 "Цене карата пале су у марту за 9 одсто.", "en", "sr", "P003")


def test_serbian_cyrillic_same_direction_no_finding():
    assert not codes("Извоз малина порастао је прошле године за 12 одсто.",
                     "Raspberry exports rose by 12 per cent last year.", "sr", "en", "P003")
    assert not codes("Општина ће повећати буџет за школе за 8 одсто.",
                     "Die Gemeinde wird das Budget für Schulen um 8 Prozent erhöhen.", "sr", "de", "P003")
    # "не више од" is a bound (at most), masked as in Latin script
    assert not codes("Групе ће имати не више од 20 ученика.",
                     "Groups will have no more than 20 pupils.", "sr", "en", "P003")


def test_serbian_latin_transliteration_keeps_places():
    lat, at = _sh_latin("Љубљана, њива и џеп", "sr")
    assert lat == "Ljubljana, njiva i džep"
    assert len(at) == len(lat) + 1 and at[-1] == len("Љубљана, њива и џеп")
    assert _sh_latin("Љубљана", "ru") is None and _sh_latin("Ljubljana", "sr") is None


# --- more/less before a figure and its "than" ----------------------------------------------

def test_portuguese_more_before_figure_and_than():
    assert codes("As vendas atingiram 80 milhões de euros, mais 12% do que em 2022.",
                 "Sales reached 80 million euros, 12% less than in 2022.", "pt", "en", "P003")
    assert codes("A cidade recebeu 40 mil turistas, mais 3 mil do que no verão passado.",
                 "Die Stadt empfing 40.000 Touristen, 3.000 weniger als im vergangenen Sommer.",
                 "pt", "de", "P003")


def test_portuguese_more_before_figure_same_direction_or_no_than():
    assert not codes("As vendas atingiram 80 milhões de euros, mais 12% do que em 2022.",
                     "Sales reached 80 million euros, 12% more than in 2022.", "pt", "en", "P003")
    assert not codes("As vendas atingiram 80 milhões de euros, mais 12% do que em 2022.",
                     "Die Umsätze erreichten 80 Millionen Euro, 12 Prozent mehr als 2022.", "pt", "de", "P003")
    # "do" alone is "of the": no comparison, no change stated
    assert not codes("O projeto custou mais 20% do orçamento inicial.",
                     "The project cost less of the initial budget.", "pt", "en", "P003")


# --- a figure above/below a reference states a change --------------------------------------

def test_figure_above_reference_against_a_fall():
    assert codes("Las lluvias cayeron un 30 % respecto a la media de la década.",
                 "Rainfall was 30% above the average of the decade.", "es", "en", "P003")
    assert codes("فروش شرکت نسبت به سال گذشته ۱۵ درصد کاهش یافت.",
                 "Der Umsatz des Unternehmens lag 15 Prozent über dem Vorjahr.", "fa", "de", "P003")


def test_figure_above_reference_same_direction_no_finding():
    assert not codes("Las lluvias cayeron un 30 % respecto a la media de la década.",
                     "Rainfall was 30% below the average of the decade.", "es", "en", "P003")
    assert not codes("فروش شرکت نسبت به سال گذشته ۱۵ درصد کاهش یافت.",
                     "Der Umsatz des Unternehmens lag 15 Prozent unter dem Vorjahr.", "fa", "de", "P003")
    assert not codes("The village lies 300 metres above sea level.",
                     "Das Dorf liegt 300 Meter über dem Meeresspiegel.", "en", "de", "P003")


# --- "que más" after a relative: a superlative of more --------------------------------------

def test_relative_superlative_more_rendered_as_least():
    assert codes("Es uno de los sectores que más ha crecido este año.",
                 "It is one of the sectors that has grown least this year.", "es", "en", "P003")
    assert codes("A Vila é um dos bairros que mais sofreram com as cheias.",
                 "Vila is one of the districts that suffered least from the floods.", "pt", "en", "P003")
    assert codes("El barri és un dels que més ha canviat en deu anys.",
                 "El barrio es uno de los que menos ha cambiado en diez años.", "ca", "es", "P003")


def test_relative_superlative_same_direction_or_later_no_finding():
    assert not codes("Es uno de los sectores que más ha crecido este año.",
                     "It is one of the sectors that has grown the most this year.", "es", "en", "P003")
    # "que más tarde" is "that later": no word of more
    assert not codes("Dijo que más tarde habría menos autobuses.",
                     "He said that later there would be fewer buses.", "es", "en", "P003")
    assert not codes("Disse que mais tarde haveria menos autocarros.",
                     "Er sagte, später werde es weniger Busse geben.", "pt", "de", "P003")
