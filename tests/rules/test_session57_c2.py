"""Session 57, helper c2: C002 points at the added sentence where the aligner paired a
paragraph's first source sentence with an added sentence ending the paragraph before
(the translation left unpaired in the next paragraph)."""

from __future__ import annotations


def c002(article, src, tgt, sl, tl):
    return [f.text for f in article(src, tgt, sl, tl) if f.code == "C002" and not f.suppressed]


_SRC = [
    "A new public library opened in the market town of Ashford on Saturday, three years after the old building was damaged by a storm.",
    "The county spent 3.2 million pounds on the project, which includes a reading room, a cafe and a children's corner. The project came in slightly over its original budget, which the county blamed on rising prices for steel and glass.",
    "The new library is the first public building in the district to be heated entirely by ground-source heat pumps. Its roof also carries solar panels that cover about a third of its electricity needs.",
    "Librarian Helen Moore said readers had waited patiently for the reopening. \"It is wonderful to see the shelves full again,\" she said.",
    "The library will be open six days a week from next Monday."
]

_DE = [
    "In der Kleinstadt Ashford ist am Samstag eine neue öffentliche Bibliothek eröffnet worden, drei Jahre nachdem das alte Gebäude bei einem Sturm beschädigt worden war.",
    "Die Grafschaft gab für das Projekt 3,2 Millionen Pfund aus; es umfasst einen Lesesaal, ein Café und eine Kinderecke. Das Projekt überschritt das ursprüngliche Budget leicht, was die Grafschaft auf steigende Preise für Stahl und Glas zurückführte. Die Grafschaft kündigte außerdem an, das neue Gebäude im kommenden Jahr für einen nationalen Architekturpreis einzureichen.",
    "Die neue Bibliothek ist das erste öffentliche Gebäude im Bezirk, das nur mit Erdwärme beheizt wird. Auf ihrem Dach befinden sich zudem Solarmodule, die etwa ein Drittel ihres Strombedarfs decken.",
    "Die Bibliothekarin Helen Moore sagte, die Leser hätten geduldig auf die Wiedereröffnung gewartet. „Es ist wunderbar, die Regale wieder voll zu sehen“, sagte sie.",
    "Die Bibliothek wird ab nächstem Montag an sechs Tagen in der Woche geöffnet sein."
]

_NL = [
    "In het marktstadje Ashford is zaterdag een nieuwe openbare bibliotheek geopend, drie jaar nadat het oude gebouw door een storm was beschadigd.",
    "Het graafschap gaf 3,2 miljoen pond uit aan het project, dat een leeszaal, een café en een kinderhoek omvat. Het project viel iets duurder uit dan begroot, wat het graafschap toeschreef aan de stijgende prijzen van staal en glas. Het graafschap kondigde ook aan het gebouw volgend jaar in te zenden voor een nationale prijs voor duurzame architectuur.",
    "De bibliotheek is het eerste gebouw in de regio dat alleen met aardwarmte wordt verwarmd. Op het dak liggen ook zonnepanelen die ongeveer een derde van de stroombehoefte dekken.",
    "Bibliothecaris Helen Moore zei dat de lezers geduldig op de heropening hadden gewacht. \"Het is geweldig om de planken weer vol te zien\", zei ze.",
    "De bibliotheek is vanaf volgende maandag zes dagen per week open."
]

_NL_PAIRED = [
    "In het marktstadje Ashford is zaterdag een nieuwe openbare bibliotheek geopend, drie jaar nadat het oude gebouw door een storm was beschadigd.",
    "Het graafschap gaf 3,2 miljoen pond uit aan het project, dat een leeszaal, een café en een kinderhoek omvat. Het project viel iets duurder uit dan begroot, wat het graafschap toeschreef aan de stijgende prijzen van staal en glas. Het graafschap kondigde ook aan het nieuwe gebouw volgend jaar in te zenden voor een nationale architectuurprijs voor openbare gebouwen.",
    "De nieuwe bibliotheek is het eerste openbare gebouw in het district dat alleen met aardwarmte wordt verwarmd. Op het dak liggen ook zonnepanelen die ongeveer een derde van de stroombehoefte dekken.",
    "Bibliothecaris Helen Moore zei dat de lezers geduldig op de heropening hadden gewacht. \"Het is geweldig om de planken weer vol te zien\", zei ze.",
    "De bibliotheek is vanaf volgende maandag zes dagen per week open."
]


def test_added_sentence_across_paragraph_break_de(article):
    found = c002(article, _SRC, _DE, "en", "de")
    assert found and all(f.startswith("Die Grafschaft kündigte") for f in found)


def test_added_sentence_across_paragraph_break_nl(article):
    found = c002(article, _SRC, _NL, "en", "nl")
    assert found and all(f.startswith("Het graafschap kondigde") for f in found)


def test_aligned_addition_still_flagged_nl(article):
    # the aligner already left the added sentence unpaired: it stays the finding
    found = c002(article, _SRC, _NL_PAIRED, "en", "nl")
    assert found and all(f.startswith("Het graafschap kondigde") for f in found)


def test_clean_translation_silent_de(article):
    tgt = list(_DE)
    tgt[1] = tgt[1][:tgt[1].index(" Die Grafschaft kündigte")]
    assert c002(article, _SRC, tgt, "en", "de") == []


def test_clean_translation_silent_nl(article):
    tgt = list(_NL)
    tgt[1] = tgt[1][:tgt[1].index(" Het graafschap kondigde")]
    assert c002(article, _SRC, tgt, "en", "nl") == []
