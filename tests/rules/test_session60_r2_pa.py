"""P003 (session 60, round 2, helper pa): direction flips missed and one false alarm.

* a negator or negative word does not reach past a comma and a "but" that opens the next
  clause ("is not covered by the ban, but the level has dropped");
* a change by a fraction ("down by almost a third", "cut by half") states its pole as a
  change by a figure does, not "by a third party";
* Chinese and Japanese before/after right after a year, month or day ("2010年以前", "4月以降");
* Italian severity, and a toll or load compared by its weight ("più pesante", "heavier");
* Turkish comparison with its reference in the ablative ("yarısından az", "100'den fazla");
* French weak verb of change with "à" and the level it reached ("est monté à 4 %");
"""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config


def flagged(src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=["P003"])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == "P003"]


FLIPS = [
    # negation before ", but": the later clause is not negated
    ("Der Hof ist vom Verbot nicht betroffen, aber der Pegel ist gesunken.",
     "The farm is not affected by the ban, but the water level in the old well has risen.", "de", "en"),
    ("Gården omfattas inte av förbudet, men nivån i dammen har stigit med 30 centimeter.",
     "The farm is not covered by the ban, but the water level in the old pond has dropped by 30 centimetres.",
     "sv", "en"),
    ("La ferme n'est pas visée, mais le niveau a baissé de 40 centimètres.",
     "The farm is not affected by the ban, but the water level in the old well has risen by 40 centimetres.",
     "fr", "en"),
    # a change by a fraction
    ("Exports were down by nearly a quarter in 2023.", "Die Exporte stiegen 2023 um fast ein Viertel.", "en", "de"),
    ("Las ventas subieron un tercio en 2023.", "Sales were cut by a third in 2023.", "es", "en"),
    ("Ticket sales were down by half, the club said.", "Les ventes de billets ont progressé de moitié, selon le club.",
     "en", "fr"),
    # Chinese / Japanese before or after a date
    ("这些桥梁大多建于1980年以前。", "Most of these bridges were built after 1980.", "zh", "en"),
    ("该规定将于2026年3月以后生效。", "The rule takes effect before March 2026.", "zh", "en"),
    ("新しい制度は2025年4月以降に始まる。", "The new system begins before April 2025.", "ja", "en"),
    ("この建物は1970年以前に建てられた。", "This building was built after 1970.", "ja", "en"),
    # Italian severity, weight of a toll
    ("Due passeggeri hanno riportato ferite lievi.", "Two passengers suffered serious injuries.", "it", "en"),
    ("Il conto dei danni è stato più pesante del previsto.", "The damage bill was lighter than expected, and mild.",
     "it", "en"),
    ("The storm's toll was lighter than last year's, with mild damage.", "Il bilancio della tempesta è stato più pesante "
     "di quello dell'anno scorso.", "en", "it"),
    # Turkish ablative comparison
    ("Katılım, geçen yılın yarısından az oldu.", "Turnout was more than half of last year's.", "tr", "en"),
    ("Toplantıya 200'den fazla kişi katıldı.", "Fewer than 200 people attended the meeting.", "tr", "en"),
    # French "à" and the level reached
    ("Le taux de chômage est monté à 8 % en mars.", "The unemployment rate fell to 8% in March.", "fr", "en"),
    ("The rate dropped to 2.5% in June.", "Le taux est monté à 2,5 % en juin.", "en", "fr"),
]

CORRECT = [
    ("Der Hof ist vom Verbot nicht betroffen, aber der Pegel ist gesunken.",
     "The farm is not affected by the ban, but the water level in the old well has fallen.", "de", "en"),
    # a negator right before the pole word, after the "but": still negated there
    ("Die Preise sind gestiegen, aber nicht stark.", "Prices did not fall, but rose slightly.", "de", "en"),
    # negated in both without the "but": still no flip
    ("Die Preise sind nicht gestiegen.", "Prices did not rise.", "de", "en"),
    ("Exports were down by nearly a quarter in 2023.", "Die Exporte sanken 2023 um fast ein Viertel.", "en", "de"),
    # "by a third party" is no amount
    ("The contract was raised by a third party.", "Der Vertrag wurde von einem Dritten gekündigt und gesenkt.",
     "en", "de"),
    ("这些桥梁大多建于1980年以前。", "Most of these bridges were built before 1980.", "zh", "en"),
    ("新しい制度は2025年4月以降に始まる。", "The new system begins after April 2025.", "ja", "en"),
    ("Due passeggeri hanno riportato ferite lievi.", "Two passengers suffered minor injuries.", "it", "en"),
    ("Il bilancio è stato più pesante del previsto.", "The toll was heavier than expected.", "it", "en"),
    ("Katılım, geçen yılın yarısından az oldu.", "Turnout was less than half of last year's.", "tr", "en"),
    # "az sonra" = shortly after: no "less"
    ("Bundan az sonra fiyatlar arttı.", "Shortly after this, prices rose.", "tr", "en"),
    ("Le taux de chômage est monté à 8 % en mars.", "The unemployment rate rose to 8% in March.", "fr", "en"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", FLIPS)
def test_flip(src, tgt, sl, tl):
    assert flagged(src, tgt, sl, tl), (src, tgt)


@pytest.mark.parametrize("src,tgt,sl,tl", CORRECT)
def test_correct(src, tgt, sl, tl):
    assert not flagged(src, tgt, sl, tl), (src, tgt)


def test_rain_fell_is_still_a_fall_elsewhere():
    # the mask is the precipitation only: a rate that fell is a decline
    assert flagged("Die Inflation stieg im Mai.", "Inflation fell in May.", "de", "en")
