"""Session 53 (c1): alignment, omission and addition problems of batch 18.

* X001: the words of a place's name in the target's own form (data/names/exonyms.txt:
  Friaul-Julisch Venetien, Kap Verde) chain with nothing: a noun before the name is its
  apposition (die Region …, der Inselstaat …), not a split compound;
* C001: a photo credit an F rule reports, glued into the one target sentence of a
  two-to-one bead, no longer hides the source sentence the bead leaves out;
* C002: a sentence of a one-to-two bead that shares no anchor with the source, the rest
  holding the source's only figure, the bead far too long with it: an addition even where
  the two languages share no word (en-pl, en-cs).
"""
from __future__ import annotations

import mtcheck


def x001(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "X001" and not f.suppressed]


def codes(article, src, tgt, sl, tl, code):
    return [f.message for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- X001: a place's name of several capitalised words ----------------------------------
def test_place_name_after_noun_it_de():
    assert x001("La Regione Friuli Venezia Giulia ha approvato il piano del porto.",
                "Genehmigt hat den Hafenplan die Region Friaul-Julisch Venetien.", "it", "de") == []


def test_place_name_after_noun_fr_de():
    assert x001("Le pays du Cap-Vert mise sur le tourisme.",
                "Auf den Tourismus setzt der Inselstaat Kap Verde.", "fr", "de") == []


def test_place_name_adjective_first_en_de():
    assert x001("Satisfied is the region of Friuli-Venezia Giulia, whose minister welcomed the plan.",
                "Zufrieden zeigt sich die Region Friaul-Julisch Venetien, deren Minister den Plan begrüßte.",
                "en", "de") == []


def test_noun_salad_still_flagged():
    assert x001("City council housing committee backs rent cap proposal",
                "Stadtrat Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag", "en", "de")


# -- C001: a credit glued into a two-to-one bead ----------------------------------------
DA = ["Ny bro i Odense åbner senere end planlagt",
      "Den nye bro over Odense Kanal bliver ikke færdig til foråret, oplyser kommunen.",
      "Under arbejdet fandt entreprenøren gamle fundamenter, som skal fjernes, før byggeriet kan fortsætte.",
      "Forsinkelsen betyder, at busserne mellem centrum og havnen fortsat må køre en omvej på tre kilometer "
      "gennem industrikvarteret. Kommunen havde regnet med at åbne broen for cyklister allerede i marts.",
      "Den samlede pris stiger med 12 millioner kroner."]
EN_DA = ["New bridge in Odense to open later than planned",
         "The new bridge over the Odense Canal will not be finished by spring, the municipality says.",
         "During the works the contractor found old foundations that must be removed before construction "
         "can continue.",
         "The delay means that buses between the centre and the harbour will still have to take a "
         "three-kilometre detour through the industrial district. The municipality had expected to open the "
         "bridge to cyclists as early as March.",
         "The total cost rises by 12 million kroner."]
DE = ["Neue Brücke in Kassel öffnet später als geplant",
      "Die neue Brücke über die Fulda wird nicht bis zum Frühjahr fertig, teilt die Stadt mit.",
      "Bei den Arbeiten stieß die Baufirma auf alte Fundamente, die entfernt werden müssen, bevor der Bau "
      "weitergehen kann.",
      "Die Verzögerung bedeutet, dass die Busse zwischen der Innenstadt und dem Bahnhof weiterhin einen "
      "Umweg von drei Kilometern durch das Gewerbegebiet fahren müssen. Die Stadt hatte damit gerechnet, "
      "die Brücke schon im März für Radfahrer zu öffnen.",
      "Die Gesamtkosten steigen um 12 Millionen Euro."]
EN_DE = ["New bridge in Kassel to open later than planned",
         "The new bridge over the Fulda will not be finished by spring, the city says.",
         "During the works the construction company came across old foundations that must be removed before "
         "construction can continue.",
         "The delay means that buses between the city centre and the station will still have to make a "
         "three-kilometre detour through the business park.",
         "The total cost rises by 12 million euros."]


def test_credit_hides_no_dropped_sentence_da_en(article):
    tgt = list(EN_DA)
    tgt[3] = ("Photo: Lars Hansen/Ritzau Scanpix The delay means that buses between the centre and the harbour "
              "will still have to take a three-kilometre detour through the industrial district.")
    assert any("Kommunen havde regnet" in m for m in codes(article, DA, tgt, "da", "en", "C001"))


def test_credit_hides_no_dropped_sentence_de_en(article):
    tgt = list(EN_DE)
    tgt[3] = "Photo: Swen Pförtner/dpa/Reuters " + tgt[3]
    assert any("Die Stadt hatte damit" in m for m in codes(article, DE, tgt, "de", "en", "C001"))


def test_credit_with_whole_translation_no_omission(article):
    tgt = list(EN_DA)
    tgt[3] = "Photo: Lars Hansen/Ritzau Scanpix " + tgt[3]
    assert codes(article, DA, tgt, "da", "en", "C001") == []


# -- C002: an added sentence sharing no word with the source ------------------------------
EN = ["City approves new tram line to the airport",
      "The city council on Tuesday approved the construction of a tram line linking the main station with "
      "the airport.",
      "About 2.3 million passengers use the airport each year, according to the operator.",
      "The new line will be roughly nine kilometres long and will have eleven stops.",
      "Work is expected to start next spring."]
PL = ["Miasto zatwierdza nową linię tramwajową na lotnisko",
      "Rada miasta zatwierdziła we wtorek budowę linii tramwajowej łączącej dworzec główny z lotniskiem.",
      "Według danych zarządcy z lotniska korzysta rocznie około 2,3 mln pasażerów.",
      "Nowa linia będzie miała około dziewięciu kilometrów długości i jedenaście przystanków.",
      "Prace mają ruszyć wiosną przyszłego roku."]
CS = ["Město schválilo novou tramvajovou trať na letiště",
      "Zastupitelstvo v úterý schválilo stavbu tramvajové trati z hlavního nádraží na letiště.",
      "Podle provozovatele letištěm ročně projde zhruba 2,3 milionu cestujících.",
      "Nová trať bude dlouhá zhruba devět kilometrů a bude mít jedenáct zastávek.",
      "Práce mají začít příští jaro."]


def test_added_sentence_no_shared_word_en_pl(article):
    tgt = list(PL)
    tgt[2] += " To drugi co do wielkości port w tym regionie."
    assert codes(article, EN, tgt, "en", "pl", "C002")


def test_added_sentence_no_shared_word_en_cs(article):
    tgt = list(CS)
    tgt[2] += " Jde o druhé největší letiště v tomto kraji."
    assert codes(article, EN, tgt, "en", "cs", "C002")


def test_whole_translation_no_addition(article):
    assert codes(article, EN, PL, "en", "pl", "C002") == []
    assert codes(article, EN, CS, "en", "cs", "C002") == []
