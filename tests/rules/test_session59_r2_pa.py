"""P003 (session 59, round 2, pa): polarity flips the lexicon missed.

- plenty and scarcity (`abundance`): a thing said to be rare or scarce rendered abundant, or
  the reverse ("escasos" ~ "plentiful");
- a time compared: "ever earlier" (всё раньше, coraz wcześniej, stále dříve), "earlier than
  usual", Spanish, Portuguese and Italian "más tarde", "mais cedo", "più tardi", rendered the
  other way;
- a duration or distance made longer is a rise of it: a verb of change against a verb of
  lengthening ("reduce the queue" ~ "lengthen the queue"), and a verb of lengthening against
  a length compared by a figure or with its "than" ("2 km shorter").
"""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config


def flagged(src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=["P003"])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == "P003"]


# (source, target, source lang, target lang, flagged target text or None)
CASES = [
    # plenty and scarcity
    ("Clean water is scarce in these villages.", "El agua limpia es abundante en estas aldeas.",
     "en", "es", "abundante"),
    ("Clean water is scarce in these villages.", "El agua limpia escasea en estas aldeas.",
     "en", "es", None),
    ("Las setas son abundantes este otoño.", "Mushrooms are rare this autumn.", "es", "en", "rare"),
    ("Las setas son abundantes este otoño.", "Mushrooms are plentiful this autumn.", "es", "en", None),
    ("Les truffes sont rares cette année.", "Truffles are abundant this year.", "fr", "en", "abundant"),
    ("Die Pilze sind in diesem Jahr reichlich, aber Trüffel sind rar.",
     "The mushrooms are plentiful this year, but truffles are scarce.", "de", "en", None),
    ("Wild orchids are rare on the island.", "Dzikie storczyki są na wyspie obfite.", "en", "pl", "obfite"),
    ("Wild orchids are rare on the island.", "Дикие орхидеи на острове встречаются редко, они редкие.",
     "en", "ru", None),
    ("Le risorse idriche sono scarse nella valle.", "Water resources are abundant in the valley.",
     "it", "en", "abundant"),
    ("Vissen zijn hier schaars.", "Fish are plentiful here.", "nl", "en", "plentiful"),
    # precision: "rare earths" are metals, "common sense" no abundance; a weak word on the
    # other side ("plenty of", "common") is evidence, never fired on
    ("China exports rare earths to Europe.", "China exporta tierras abundantes a Europa.",
     "en", "es", None),
    ("Las lluvias fueron escasas, un problema común en la región.",
     "Rain was a common problem in the region.", "es", "en", None),
    ("Había escasos recursos pero mucha energía.", "There were few resources but plenty of energy.",
     "es", "en", None),
    # a time compared
    ("Spring comes earlier every year.", "Весна с каждым годом приходит всё позже.", "en", "ru", "всё позже"),
    ("Spring comes earlier every year.", "Весна с каждым годом приходит всё раньше.", "en", "ru", None),
    ("Лёд на реке сходит всё раньше.", "The ice on the river breaks up later and later.", "ru", "en",
     "later"),
    ("Jaskółki odlatują coraz później.", "Swallows are leaving ever earlier.", "pl", "en", "earlier"),
    ("Jaskółki odlatują coraz później.", "Swallows are leaving later and later.", "pl", "en", None),
    ("Sníh taje stále dříve.", "The snow melts later each year.", "cs", "en", "later"),
    ("The ferry left earlier than scheduled.", "El ferry salió más tarde de lo programado.",
     "en", "es", "más tarde"),
    ("El ferry salió más tarde de lo previsto.", "The ferry left later than planned.", "es", "en", None),
    ("The market will close earlier on Friday.", "O mercado vai fechar mais tarde na sexta-feira.",
     "en", "pt", "mais tarde"),
    ("The museum will open later.", "Il museo aprirà più presto.", "en", "it", "più presto"),
    # precision: "más tarde" said of a later day rendered "later"; "later this year" states when
    # ("más tarde este año" against "earlier this year" still fires: two weak phrases)
    ("Tres semanas más tarde firmaron el acuerdo.", "Three weeks later they signed the deal.",
     "es", "en", None),
    ("Ne parleremo più tardi, al più presto domani.", "We will talk about it later, tomorrow at the earliest.",
     "it", "en", None),
    # a duration or distance made longer or shorter
    ("Das neue System soll die Wartezeiten verringern.", "The new system should lengthen waiting times.",
     "de", "en", "lengthen"),
    ("Das neue System soll die Wartezeiten verringern.", "The new system should reduce waiting times.",
     "de", "en", None),
    ("La reforma pretende reducir los plazos judiciales.", "The reform aims to lengthen court deadlines.",
     "es", "en", "lengthen"),
    ("The new timetable will lengthen journeys.", "Il nuovo orario ridurrà i viaggi.", "en", "it", "ridurrà"),
    ("Die Umleitung verlängert den Schulweg um 800 Meter.",
     "The diversion makes the walk to school 800 metres shorter.", "de", "en", "shorter"),
    ("La nueva variante acorta la ruta en 3 km.", "The new road makes the route 3 km longer.",
     "es", "en", "longer"),
    ("La nueva variante acorta la ruta en 3 km.", "The new road makes the route 3 km shorter.",
     "es", "en", None),
    ("Przebudowa wydłużyła trasę autobusu o 2 km.", "The rebuild made the bus route 2 km longer.",
     "pl", "en", None),
    # precision: a length neither compared nor measured ("a short period") is no result of a
    # lengthening; a source with the other pole elsewhere keeps quiet
    ("Die Frist wurde verlängert, um eine kurze Prüfung zu ermöglichen.",
     "The deadline was pushed back to allow a short review.", "de", "en", None),
    # a change only a figure before a word of position makes ("2019 unter") is no change
    # against an adjective of duration ("a prolonged crisis")
    ("The party has suffered a prolonged crisis since its defeat in 2019.",
     "Die Partei leidet seit ihrer Niederlage im Jahr 2019 unter einer anhaltenden Krise.", "en", "de", None),
    ("Per ridurre i costi hanno allungato i turni.", "To cut costs they lengthened the shifts.",
     "it", "en", None),
]


@pytest.mark.parametrize("src,tgt,sl,tl,word", CASES)
def test_polarity_classes(src: str, tgt: str, sl: str, tl: str, word: str | None) -> None:
    got = flagged(src, tgt, sl, tl)
    if word is None:
        assert got == [], [f.message for f in got]
    else:
        assert got, f"no P003 for {tgt!r}"
        assert any(word.casefold() in f.text.casefold() or f.text.casefold() in word.casefold()
                   for f in got), [(f.text, f.message) for f in got]
