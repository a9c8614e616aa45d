"""P003: size, height, length and the opposites added beside the direction words (majority,
injured/unharmed, professional/amateur, income/spending, former/current, natural/artificial,
admitted/denied, founded/destroyed, allies/opponents, inner/outer)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules import direction
from mtcheck.rules.direction import flips


def flagged(src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=["P003"])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == "P003"]


# (source, target, source lang, target lang, flagged target word or None)
CASES = [
    # size: "groß"/"klein", "grand"/"petit", "big"/"small" now fire
    ("Ein großes Haus brannte ab.", "A small house burned down.", "de", "en", "small"),
    ("Ein großes Haus brannte ab.", "A big house burned down.", "de", "en", None),
    ("The big house burned down.", "Das kleine Haus brannte ab.", "en", "de", "kleine"),
    ("The big house burned down.", "La petite maison a brûlé.", "en", "fr", "petite"),
    ("La petite maison a brûlé.", "The large house burned down.", "fr", "en", "large"),
    ("La petite maison a brûlé.", "The small house burned down.", "fr", "en", None),
    # … but not in fixed phrases: "grand public", "petit déjeuner", "im Großen und Ganzen"
    ("Le grand public a aimé le petit film.", "The general public liked the small film.", "fr", "en", None),
    ("Le petit déjeuner est servi dans la grande salle.", "Breakfast is served in the large hall.",
     "fr", "en", None),
    ("Im Großen und Ganzen war es ein kleiner Fehler.", "By and large it was a small mistake.",
     "de", "en", None),
    # a compound with "klein-"/"groß-" counts for its pole: both poles in the source, no flip
    ("Die Kleinstadt hat große Pläne.", "The small town has big plans.", "de", "en", None),
    # height: "hoch"/"niedrig", "haut"/"bas", "high"/"low"
    ("Die Zinsen sind hoch.", "Interest rates are low.", "de", "en", "low"),
    ("Die Zinsen sind niedrig.", "Interest rates are low.", "de", "en", None),
    ("Interest rates are low.", "Die Zinsen sind hoch.", "en", "de", "hoch"),
    ("Les taux sont bas.", "Rates are high.", "fr", "en", "high"),
    # "Pays-Bas" is the Netherlands, "à voix haute" aloud, "Niedrigzinsen" low rates
    ("Aux Pays-Bas, il a lu le texte à voix haute.", "In the Netherlands he read the high text aloud.",
     "fr", "en", None),
    ("The debt was too high even with low interest rates.",
     "Die Schuld war trotz der Niedrigzinsen zu hoch.", "en", "de", None),
    # "lower" as a verb before its object is no "lower" level
    ("Correlations lower the cost of risk at high prices.", "Korrelationen senken die Kosten bei hohen Preisen.",
     "en", "de", None),
    # length, with its fixed phrases ("as long as", "einen Monat lang", "short- and long-term")
    ("Der Weg war lang.", "The road was short.", "de", "en", "short"),
    ("The road was long.", "Le chemin était court.", "en", "fr", None),  # "court" also "runs"
    ("The road was long.", "La route était courte.", "en", "fr", "courte"),
    ("Sie hielten einen Monat lang Positionen.", "They held short positions for a month.", "de", "en", None),
    ("It raised short- and long-term costs.", "Es erhöhte die kurz- und langfristigen Kosten.", "en", "de", None),
    ("As long as it lasts, it is a short trip.", "Solange es dauert, ist es eine kurze Reise.", "en", "de", None),
    # majority / minority
    ("Die Mehrheit stimmte dagegen.", "A minority voted against.", "de", "en", "minority"),
    ("Les cultures minoritaires disparaissent.", "Majority cultures disappear.", "fr", "en", "Majority"),
    ("Les cultures minoritaires disparaissent.", "Minority cultures disappear.", "fr", "en", None),
    # injured / unharmed
    ("Zwei Menschen wurden verletzt.", "Two people were unharmed.", "de", "en", "unharmed"),
    ("Deux personnes ont été blessées.", "Two people were injured.", "fr", "en", None),
    ("Two people were injured.", "Zwei Menschen blieben unverletzt.", "en", "de", "unverletzt"),
    # professional / amateur, expert
    ("Ein Experte für die Krankheit sprach.", "An amateur on the disease spoke.", "de", "en", "amateur"),
    ("Les professionnels jouent ici.", "Amateurs play here.", "fr", "en", "Amateurs"),
    ("Les professionnels jouent ici.", "Professionals play here.", "fr", "en", None),
    # income / spending
    ("Die Einnahmen stiegen.", "Spending rose.", "de", "en", "Spending"),
    ("Les dépenses ont augmenté.", "Revenue increased.", "fr", "en", "Revenue"),
    ("Les dépenses ont augmenté.", "Expenses increased.", "fr", "en", None),
    # former / current office-holder
    ("Der ehemalige Präsident sprach.", "The current president spoke.", "de", "en", "current"),
    ("The former president spoke.", "Le président actuel a parlé.", "en", "fr", "actuel"),
    ("Of the two, the former is current.", "Von beiden ist der erste aktuell.", "en", "de", None),
    # natural / artificial, except natural gas and "natürlich" = of course
    ("Le sucre naturel est sain.", "Artificial sugar is healthy.", "fr", "en", "Artificial"),
    ("Natural gas replaced synthetic fuel.", "Erdgas ersetzte synthetischen Kraftstoff.", "en", "de", None),
    ("Das ist natürlich ein künstlicher See.", "Of course this is an artificial lake.", "de", "en", None),
    # admitted / denied, founded / demolished, allies / opponents, inner / outer, presence / lack
    ("Er hat den Besuch zugegeben.", "He denied the visit.", "de", "en", "denied"),
    ("Il a avoué le vol.", "He denied the theft.", "fr", "en", "denied"),
    ("He admitted the theft.", "Er bestritt den Diebstahl.", "en", "de", "bestritt"),
    ("Die Stadt wurde 1850 gegründet.", "The city was destroyed in 1850.", "de", "en", "destroyed"),
    ("La ville a été fondée en 1850.", "The city was demolished in 1850.", "fr", "en", "demolished"),
    # "fondé sur" is "based on"
    ("Le jugement est fondé sur la démolition.", "The judgment rests on the demolition.", "fr", "en", None),
    ("Real Madrid wartet als Gegner.", "Real Madrid is waiting as an ally.", "de", "en", "ally"),
    ("Les couches extérieures réagissent.", "The inner layers react.", "fr", "en", "inner"),
    ("Le ministre de l'Intérieur est à l'extérieur.", "The Interior Minister is outside.", "fr", "en", None),
    ("Les cristaux sont dus à la présence de mélamine.", "The crystals are due to the lack of melamine.",
     "fr", "en", "lack"),
    # forms: youth compounds, "plus de" = more than
    ("Zwei Jugendgruppen stritten.", "Two groups of old people argued.", "de", "en", "old"),
    ("Plus de 200 personnes sont venues.", "Fewer than 200 people came.", "fr", "en", "Fewer"),
    ("Plus de 200 personnes sont venues.", "More than 200 people came.", "fr", "en", None),
    ("Il n'y a plus de pain.", "There is less bread.", "fr", "en", None),
    # bright / dark, wet / dry, peace / war, arrival / departure, include / exclude
    ("Der Raum war hell.", "The room was dark.", "de", "en", "dark"),
    ("The room was dark.", "La pièce était lumineuse.", "en", "fr", "lumineuse"),
    ("Die Straße war nass.", "The road was dry.", "de", "en", "dry"),
    ("The road was wet.", "La route était sèche.", "en", "fr", "sèche"),
    ("Sie lebten in Frieden.", "They lived in war.", "de", "en", "war"),
    ("They lived in peace.", "Ils vivaient en guerre.", "en", "fr", "guerre"),
    # a compound names the pole too: "Friedensverfassung" and "Weltkrieg" are both there
    ("Japan revised its post-war peace constitution.",
     "Japan überarbeitete seine Friedensverfassung aus der Zeit nach dem Weltkrieg.", "en", "de", None),
    ("Die Ankunft war um neun.", "The departure was at nine.", "de", "en", "departure"),
    ("L'arrivée était à neuf heures.", "The departure was at nine.", "fr", "en", "departure"),
    ("The price includes breakfast.", "Frühstück ist im Preis ausgeschlossen.", "en", "de", "ausgeschlossen"),
    ("Le petit déjeuner est exclu.", "Breakfast is included.", "fr", "en", "included"),
    # a separable "aus" may be the preposition: "schlossen sich … aus aller Welt an"
    ("Its goals include an end to slavery.", "Politiker aus aller Welt schlossen sich den Zielen an.",
     "en", "de", None),
    # support / oppose; "stark" / "schwach" (that line had lost its "|")
    ("Die Regierung unterstützt den Plan.", "The government opposes the plan.", "de", "en", "opposes"),
    ("The government supports the plan.", "Le gouvernement s'oppose au plan.", "en", "fr", "oppose"),
    ("The party opposed the plan, as opposed to the unions.", "Die Partei lehnte den Plan ab.", "en", "de", None),
    ("Die Wirtschaft ist stark.", "The economy is weak.", "de", "en", "weak"),
    ("The economy is weak.", "Die Wirtschaft ist stark.", "en", "de", "stark"),
    # "fiel … Prozent" is a fall; "fiel" alone may be "fiel auf" (noticed)
    ("Die Aktie fiel um 3 Prozent.", "The share rose 3 percent.", "de", "en", "rose"),
    ("Die Aktie fiel um 3 Prozent.", "The share fell 3 percent.", "de", "en", None),
    ("Ihm fiel auf, dass die Preise stark waren.", "He noticed that prices rose.", "de", "en", None),
    # "earlier this year" and "later this year" both say when, and say opposite things
    ("Er trat sein Amt früher in diesem Jahr an.", "He took office later this year.", "de", "en", "later"),
    ("Il a pris ses fonctions plus tôt cette année.", "He took office later this year.", "fr", "en", "later"),
    ("Er trat sein Amt früher in diesem Jahr an.", "He took office earlier this year.", "de", "en", None),
    ("Er trat sein Amt früher in diesem Jahr an.", "He took office after the vote.", "de", "en", None),
    # "l'ancien président" is the former one, "ancien" alone may be old
    ("L'ancien président a parlé.", "The current president spoke.", "fr", "en", "current"),
    ("L'ancien bâtiment est actuel.", "The old building is current.", "fr", "en", None),
    # a bound's negator and "than" are its own: "pas moins de" / "no more than"
    ("Pas moins de 20 personnes sont mortes.", "No more than 20 people died.", "fr", "en", "No more than"),
    ("Nicht weniger als 20 Menschen starben.", "No more than 20 people died.", "de", "en", "No more than"),
    ("Nicht weniger als 20 Menschen starben.", "At least 20 people died.", "de", "en", None),
    # Spanish and Italian carry the new concepts too
    ("La mayoría votó en contra.", "A minority voted against.", "es", "en", "minority"),
    ("Il viaggio è stato lungo.", "The trip was short.", "it", "en", "short"),
    ("Camminava lungo il fiume corto.", "He walked along the short river.", "it", "en", None),
]


@pytest.mark.parametrize("src,tgt,sl,tl,word", CASES)
def test_opposites(src: str, tgt: str, sl: str, tl: str, word: str | None) -> None:
    found = flagged(src, tgt, sl, tl)
    if word is None:
        assert found == [], [f.message for f in found]
    else:
        assert len(found) == 1, (src, tgt)
        assert f"“{word}”" in found[0].message


# a negative word on both sides, but further from the pole word on one side than the other
# ("injuste … sa vraie" is five words, "unfair … its false" eight): not a negated side
NEGATION = [
    ("Si le Labour accepte notre budget injuste, nous lui rendrons sa vraie couleur.", "fr",
     "If Labour accepts our unfair budget, we will restore it to its false colour.", "en", True),
    ("Der Plan ist unfair und daher größer.", "de",
     "The plan is unfair, and for that reason, as they said yesterday, it is smaller.", "en", True),
    # the negative word on one side only still keeps the rule quiet
    ("It is unlikely that the results will be better.", "en",
     "Die Ergebnisse werden schlechter sein.", "de", False),
    ("Il est impossible qu'il devienne meilleur.", "fr", "It will become worse.", "en", False),
]


@pytest.mark.parametrize("src,sl,tgt,tl,fires", NEGATION)
def test_negation_is_looked_for_further_on_the_other_side(src: str, sl: str, tgt: str, tl: str,
                                                          fires: bool) -> None:
    assert bool(flips(src, sl, tgt, tl)) is fires


def test_a_later_source_word_negated_like_the_translation_word_answers_it() -> None:
    # "sinon … acheté" / "otherwise … sold": the second "buy" word is the one rendered
    src = "Cela a séduit des acheteurs qui sinon auraient acheté un autre modèle."
    assert flips(src, "fr", "It appealed to buyers who otherwise would have sold another model.", "en")
    assert not flips(src, "fr", "It appealed to buyers who otherwise would have bought another model.", "en")
    src = "Die Käufer, die sonst ein anderes Modell gekauft hätten, kamen."
    assert flips(src, "de", "The buyers, who otherwise would have sold another model, came.", "en")
    # an unnegated translation word is no such evidence
    assert not flips("Es ist unwahrscheinlich, dass sie kaufen, aber die Käufer kamen.", "de",
                     "They sold it, and the buyers came.", "en")


def test_a_concept_line_without_its_two_poles_is_an_error(monkeypatch) -> None:
    monkeypatch.setattr(direction, "lang_file", lambda area, lang: "size: big large small\n")
    with pytest.raises(ValueError, match="size"):
        direction.lexicon("zz-no-poles")
    direction.lexicon.cache_clear()  # (the other tests load the real lexicons again)


@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    # a company's result: "net profit" is the gain pole wherever "profit" alone is weak
    # (bénéfice, beneficio, utile also mean benefit, useful)
    ("Le groupe a réalisé un bénéfice net de 1,3 milliard d'euros.",
     "The group made a net loss of 1.3 billion euros.", "fr", "en", "loss"),
    ("La empresa registró un beneficio neto de 300 millones de euros.",
     "The company posted a net loss of 300 million euros.", "es", "en", "loss"),
    ("La società ha registrato un utile netto di 300 milioni di euro.",
     "The company posted a net loss of 300 million euros.", "it", "en", "loss"),
    ("The company posted a net profit of 300 million euros.",
     "La empresa registró una pérdida neta de 300 millones de euros.", "en", "es", "pérdida"),
    ("The company posted a net profit of 300 million euros.",
     "Das Unternehmen verbuchte einen Nettoverlust von 300 Millionen Euro.", "en", "de", "Nettoverlust"),
    # kept: the same pole
    ("Le groupe a réalisé un bénéfice net de 1,3 milliard d'euros.",
     "The group made a net profit of 1.3 billion euros.", "fr", "en", None),
    ("The company posted a net profit of 300 million euros.",
     "La empresa registró un beneficio neto de 300 millones de euros.", "en", "es", None),
    ("La società ha registrato una perdita di 300 milioni di euro.",
     "The company posted a loss of 300 million euros.", "it", "en", None),
    # "bénéfice" alone may be a benefit: too weak to fire
    ("Au bénéfice des familles, la taxe baisse.", "The tax falls, at a loss to families.", "fr", "en", None),
])
def test_net_profit_and_loss(src, tgt, sl, tl, word):
    _flags_word(src, tgt, sl, tl, word)


def _flags_word(src, tgt, sl, tl, word):
    fs = flagged(src, tgt, sl, tl)
    if word is None:
        assert fs == [], [f.message for f in fs]
    else:
        assert fs and word in fs[0].message, [f.message for f in fs]


@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    # likely | unlikely
    ("Im Gemeinderat ist eine Mehrheit für das Projekt aber wahrscheinlich.",
     "However, a majority for the project in the council is unlikely.", "de", "en", "unlikely"),
    ("Es probable que llueva mañana.", "Rain is unlikely tomorrow.", "es", "en", "unlikely"),
    ("It is unlikely that the talks will succeed.", "È probabile che i colloqui abbiano successo.",
     "en", "it", "probabile"),
    ("Im Gemeinderat ist eine Mehrheit für das Projekt aber wahrscheinlich.",
     "However, a majority for the project in the council is likely.", "de", "en", None),
    # a negative word before the pole: "kaum wahrscheinlich" is unlikely
    ("Eine Einigung ist kaum wahrscheinlich.", "An agreement is unlikely.", "de", "en", None),
    # partial | complete
    ("Der Uferweg wird teilweise gesperrt.", "The riverside path will be completely closed.",
     "de", "en", "completely"),
    ("Le chemin sera fermé partiellement.", "The path will be fully closed.", "fr", "en", "fully"),
    ("The road will be fully closed.", "La carretera estará cerrada parcialmente.", "en", "es", "parcialmente"),
    ("Der Uferweg wird teilweise gesperrt.", "The riverside path will be partially closed.", "de", "en", None),
    ("The road will be fully closed.", "La route sera entièrement fermée.", "en", "fr", None),
])
def test_likelihood_and_extent(src, tgt, sl, tl, word):
    _flags_word(src, tgt, sl, tl, word)


@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    # a quadrant turned: one half kept, the other flipped, or both
    ("Os governadores do Nordeste comemoraram o anúncio.",
     "The governors of the Southeast celebrated the announcement.", "pt", "en", "Southeast"),
    ("Im Nordosten des Landes regnet es.", "It is raining in the northwest of the country.", "de", "en", "northwest"),
    ("Llueve en el noreste del país.", "It is raining in the southwest of the country.", "es", "en", "southwest"),
    ("It is raining in the south-east of the country.", "Piove nel nord-est del paese.", "en", "it", "nord"),
    # kept, written another way, or both named on both sides
    ("Os governadores do Nordeste comemoraram o anúncio.",
     "The governors of the Northeast celebrated the announcement.", "pt", "en", None),
    ("Im Nordosten des Landes regnet es.", "It is raining in the north-east of the country.", "de", "en", None),
    ("Storms moved from the northeast to the southwest.", "Die Stürme zogen von Nordosten nach Südwesten.",
     "en", "de", None),
])
def test_quadrants(src, tgt, sl, tl, word):
    _flags_word(src, tgt, sl, tl, word)
