"""Session 54 (t2): T003 term renderings in batch 21.

- An adposition is never the usual rendering of a source word: the Finnish, Estonian and
  Hungarian postpositions (talven jälkeen, szezon után: "after the winter / season") join
  data/terminology/prepositions.tsv, and the two-word variant path of T003 no longer reads
  "the usual word beside winter/season" as a term's rendering swapped once (false alarms).
- A compound that holds the usual rendering's modifier as its middle part (Ahornwald /
  Zuckerahornbestand, esdoornbos / suikeresdoornbestand) renders the term wherever the
  sentence puts it, as a compound on the same head or modifier already did: the word is
  flagged, not missed or mistaken for a word beside it.
"""
from __future__ import annotations

import pytest

import mtcheck


def t003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "T003"]


# --- an adposition is no rendering of a term (false alarms) --------------------------------

_COMPLAINTS_EN = ("The board approved the budget after a season of complaints. The town adopted "
                  "the plan after a season in which complaints piled up. During the last season "
                  "complaints about noise doubled in the town.")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The council approved the contract after a winter of complaints. The city signed the plan "
     "after a winter in which complaints kept coming. Last winter the city logged 4,870 "
     "complaints about icy roads.",
     "Valtuusto hyväksyi sopimuksen valitusten täyttämän talven jälkeen. Kaupunki allekirjoitti "
     "suunnitelman talven jälkeen, jolloin valituksia tuli jatkuvasti. Viime talvena kaupungin "
     "palvelu kirjasi 4 870 valitusta jäisistä teistä.", "en", "fi"),
    (_COMPLAINTS_EN,
     "A testület a panaszokkal teli szezon után jóváhagyta a költségvetést. A város a szezon után "
     "fogadta el a tervet, amelyben a panaszok halmozódtak. A múlt szezon folyamán megduplázódtak "
     "a zajjal kapcsolatos panaszok a városban.", "en", "hu"),
    (_COMPLAINTS_EN,
     "Juhatus kiitis eelarve heaks pärast kaebusterohket hooaega. Linn võttis plaani vastu pärast "
     "hooaega, mil kaebused kuhjusid. Eelmise hooaja jooksul kahekordistusid mürakaebused linnas.",
     "en", "et"),
])
def test_postposition_is_no_rendering(src, tgt, sl, tl):
    assert t003(src, tgt, sl, tl) == []


# --- a compound with the usual rendering's modifier in its middle -------------------------

_SUGARBUSH = ("The farm has a large sugarbush near the river. Every spring the family taps the "
              "sugarbush for sap. Members with a healthy sugarbush may weather the poor season, "
              "the co-op said.")


@pytest.mark.parametrize("tgt,tl,word", [
    ("Der Hof hat einen großen Ahornwald am Fluss. Jeden Frühling zapft die Familie den Ahornwald "
     "an. Bei einem gesunden Zuckerahornbestand dürften die Mitglieder die schwache Saison "
     "überstehen, sagte die Genossenschaft.", "de", "Zuckerahornbestand"),
    ("De boerderij heeft een groot esdoornbos bij de rivier. Elk voorjaar tapt de familie het "
     "esdoornbos af. Met een gezond suikeresdoornbestand kunnen de leden het slechte seizoen "
     "doorstaan, zei de coöperatie.", "nl", "suikeresdoornbestand"),
])
def test_compound_with_modifier_inside_flagged(tgt, tl, word):
    assert t003(_SUGARBUSH, tgt, "en", tl) == [word]


@pytest.mark.parametrize("tgt,tl", [
    # the term rendered alike everywhere
    ("Der Hof hat einen großen Ahornwald am Fluss. Jeden Frühling zapft die Familie den Ahornwald "
     "an. Bei einem gesunden Ahornwald dürften die Mitglieder die schwache Saison überstehen, "
     "sagte die Genossenschaft.", "de"),
    # the usual rendering there too, beside a compound that holds its modifier
    ("De boerderij heeft een groot esdoornbos bij de rivier. Elk voorjaar tapt de familie het "
     "esdoornbos af. Met een gezond esdoornbos en een suikeresdoornbestand kunnen de leden het "
     "slechte seizoen doorstaan, zei de coöperatie.", "nl"),
])
def test_consistent_rendering_not_flagged(tgt, tl):
    assert t003(_SUGARBUSH, tgt, "en", tl) == []
