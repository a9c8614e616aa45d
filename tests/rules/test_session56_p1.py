"""Session 56 (p1): batch 24's polarity and negation misses (P003, P001).

- P003: a measure word abbreviated with its full stop between a figure and a word of
  more/less ("o 12 proc. mniej niż", Czech "o 9 proc. méně") still states a change by the
  figure; a capital after the stop starts a new sentence and states none.
- P003: voting for | against said with a verb and its preposition in Lithuanian, Latvian,
  Slovak, Slovenian, Croatian/Bosnian/Serbian, Bulgarian, Greek, Catalan and Estonian
  ("balsavo už" ~ "voted against" is a flip).
- P003: ahead of | behind schedule (a concept of its own, `schedule`): Slovenian "pred
  rokom", Polish "przed terminem", Czech "se zpožděním" … against "behind/ahead of
  schedule"; "early" and "late" alone are only weak evidence there.
- P003: French "plus que", Spanish "más que", Italian "più che", Portuguese "mais do que",
  Catalan "més que" are strong words of "more" ("bien plus que" ~ "deutlich weniger als" is a
  flip); "d'autant plus que" (all the more since), "più che altro" are masked, and French
  "plus" a few words after "ne"/"n'" (`ne_clitic`: "il ne reste plus que", only) is voided.
- P001: Italian words that begin like a negative derivation and are none (indietro,
  inoltre, infine, intanto, informazione: `plain_word`) are no negative words, so "ma
  tornerei indietro" for "but I would not go back" is a dropped negation.
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules.sentence import negative_words


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- an abbreviated measure word between the figure and more/less ------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Exports reached 4.2 billion euros, up 12 per cent on the previous year.",
     "Eksport osiągnął 4,2 mld euro, o 12 proc. mniej niż rok wcześniej.", "en", "pl"),
    ("Ticket sales reached 80,000, up 9 per cent on the previous season.",
     "Prodej vstupenek dosáhl 80 000, o 9 proc. méně než v předchozí sezóně.", "en", "cs"),
])
def test_abbreviated_measure_states_change(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Exports reached 4.2 billion euros, up 12 per cent on the previous year.",
     "Eksport osiągnął 4,2 mld euro, o 12 proc. więcej niż rok wcześniej.", "en", "pl"),
    ("Ticket sales reached 80,000, up 9 per cent on the previous season.",
     "Prodej vstupenek dosáhl 80 000, o 9 proc. více než v předchozí sezóně.", "en", "cs"),
])
def test_abbreviated_measure_same_direction_quiet(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P003")


# --- voting for | against ----------------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The town council voted against the new parking plan on Monday.",
     "Miesto taryba pirmadienį balsavo už naują automobilių stovėjimo planą.", "en", "lt"),
    ("The town council voted against the new parking plan on Monday.",
     "Mestni svet je v ponedeljek glasoval za nov načrt parkiranja.", "en", "sl"),
    ("The town council voted against the new parking plan on Monday.",
     "Gradsko vijeće glasalo je u ponedjeljak, a vijećnici su glasali za novi plan parkiranja.", "en", "hr"),
    ("The town council voted in favour of the new parking plan on Monday.",
     "Mestské zastupiteľstvo v pondelok hlasovalo proti novému plánu parkovania.", "en", "sk"),
])
def test_vote_flipped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The town council voted against the new parking plan on Monday.",
     "Miesto taryba pirmadienį balsavo prieš naują automobilių stovėjimo planą.", "en", "lt"),
    ("The town council voted against the new parking plan on Monday.",
     "Mestni svet je v ponedeljek glasoval proti novemu načrtu parkiranja.", "en", "sl"),
])
def test_vote_kept_quiet(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P003")


# --- ahead of | behind schedule ------------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Novi most so odprli tri tedne pred rokom.",
     "The new bridge was opened three weeks behind schedule.", "sl", "en"),
    ("Nowy most otwarto trzy tygodnie przed terminem.",
     "The new bridge was opened three weeks behind schedule.", "pl", "en"),
    ("The new bridge was opened three weeks ahead of schedule.",
     "Nový most byl otevřen se zpožděním tří týdnů.", "en", "cs"),
])
def test_schedule_flipped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Novi most so odprli tri tedne pred rokom.",
     "The new bridge was opened three weeks ahead of schedule.", "sl", "en"),
    # "early" alone is no "ahead of schedule": the early figures and a delayed line
    ("Early figures suggest that the works on the line are running late.",
     "I primi dati indicano che i lavori sulla linea sono in ritardo.", "en", "it"),
])
def test_schedule_quiet(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P003")


# --- "plus que", "más que": strong words of more --------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Cette année, les éleveurs ont touché bien plus que l'an dernier pour leur lait.",
     "In diesem Jahr erhielten die Züchter für ihre Milch deutlich weniger als im Vorjahr.", "fr", "de"),
    ("Este año los ganaderos cobraron bastante más que el año pasado por su leche.",
     "This year the farmers were paid considerably less than last year for their milk.", "es", "en"),
    ("Este ano os produtores receberam bem mais do que no ano passado.",
     "This year the producers received far less than last year.", "pt", "en"),
])
def test_plus_que_flipped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Cette année, les éleveurs ont touché bien plus que l'an dernier pour leur lait.",
     "In diesem Jahr erhielten die Züchter für ihre Milch deutlich mehr als im Vorjahr.", "fr", "de"),
    # "d'autant plus que" is "all the more since": no word of more
    ("Il faut agir vite, d'autant plus que les réserves de fourrage baissent.",
     "Man muss schnell handeln, zumal es immer weniger Futterreserven gibt.", "fr", "de"),
    # "ne … plus que" is "only" ("ne" alone is no negator, but it voids "plus")
    ("Il ne reste plus que deux jours avant la fermeture du marché.",
     "Only two days remain before the market closes, fewer than planned.", "fr", "en"),
    ("Il n'y a plus que trois boulangeries dans le village.",
     "There are fewer than three bakeries left in the village.", "fr", "en"),
])
def test_plus_que_quiet(src, tgt, sl, tl):
    assert not codes(src, tgt, sl, tl, "P003")


# --- Italian words that only look negative ---------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("It was not easy, the trains were often full, but I would not go back.",
     "Non è stato facile, i treni erano spesso pieni, ma tornerei indietro.", "en", "it"),
    ("Ce n'était pas facile, les trains étaient souvent pleins, mais je ne reviendrais pas en arrière.",
     "Non è stato facile, i treni erano spesso pieni, ma tornerei indietro.", "fr", "it"),
])
def test_italian_clause_negation_dropped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001")


def test_italian_clause_negation_kept():
    assert not codes("It was not easy, the trains were often full, but I would not go back.",
                     "Non è stato facile, i treni erano spesso pieni, ma non tornerei indietro.",
                     "en", "it", "P001")


def test_italian_plain_words_and_real_negatives():
    assert negative_words("Inoltre, l'informazione è tornata indietro; infine, intanto.", "it") == []
    assert negative_words("un lavoro inutile e la disoccupazione", "it") == ["inutile", "disoccupazione"]
