"""Session 69 (po): direction flips (P003) of classes the lexicons lacked: the Icelandic verb of
increase, an Albanian lexicon, a level raised or lowered, Thai "higher than" | "lower than" a
figure, how often (frequent | rare), rainy | dry, plus | minus an amount, the day after | the
day before, falling behind in a contest, the Polish forms of "supported", and a difference by a
figure said the other way round in a sentence that has the other pole elsewhere.  Examples
invented."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config


def p003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["P003"]))
            if f.code == "P003"]


FLIPS = [
    # Icelandic "auka" (to increase) and "draga úr" (to reduce)
    ("Nýja reglugerðin mun auka kostnað sjúkrahússins um 40 milljónir á ári.",
     "The new regulation will cut the hospital's costs by 40 million a year.", "is", "en", "cut"),
    ("Stjórnin vill draga úr notkun plastpoka í verslunum.",
     "The board wants to increase the use of plastic bags in shops.", "is", "en", "increase"),
    # Albanian
    ("Numri i turistëve në qytet u rrit me një të pestën gjatë verës.",
     "The number of tourists in the city fell by a fifth over the summer.", "sq", "en", "fell"),
    ("Kuvendi e miratoi ligjin e ri për pyjet.",
     "Parliament rejected the new forestry law.", "sq", "en", "rejected"),
    # a level raised or lowered
    ("Las compuertas bajaron el nivel del embalse en dos metros.",
     "The sluices raised the reservoir level by two metres.", "es", "en", "raised the reservoir level"),
    ("The new drug raised blood pressure in most of the volunteers.",
     "Das neue Medikament senkte bei den meisten Freiwilligen den Blutdruck.", "en", "de", "senkte"),
    # Thai: higher than | lower than a figure
    ("หากความเร็วลมสูงกว่า 60 กิโลเมตรต่อชั่วโมง เรือทุกลำต้องกลับเข้าฝั่ง",
     "If the wind speed is below 60 kilometres per hour, all boats must return to shore.", "th", "en", "below"),
    # how often
    ("Power cuts are rare in the capital these days.",
     "Les coupures de courant sont fréquentes dans la capitale ces jours-ci.", "en", "fr", "fréquentes"),
    ("Im Hochgebirge ziehen Gewitter im August häufig auf.",
     "In the high mountains thunderstorms rarely build up in August.", "de", "en", "rarely"),
    # rainy | dry
    ("Los incendios forestales se concentran en la estación seca.",
     "Forest fires are concentrated in the rainy season.", "es", "en", "rainy season"),
    ("雨季期间山路经常被冲毁。", "During the dry season the mountain roads are often washed away.",
     "zh", "en", "dry season"),
    # plus | minus an amount
    ("The tickets cost 40 euros plus VAT.", "Die Tickets kosten 40 Euro abzüglich Mehrwertsteuer.",
     "en", "de", "abzüglich"),
    ("Le loyer est de 900 euros par mois, majoré des charges.",
     "Die Miete beträgt 900 Euro im Monat, abzüglich der Nebenkosten.", "fr", "de", "abzüglich"),
    # the day after | the day before
    ("La huelga de los estibadores comenzó el día siguiente a la votación.",
     "The dockers' strike began the day before the vote.", "es", "en", "the day before"),
    ("Les résultats ont été publiés la veille du scrutin.",
     "The results were published the day after the election.", "fr", "en", "the day after"),
    # a lead in a contest
    ("A metà del secondo tempo la squadra di casa era in vantaggio per 3-1.",
     "Midway through the second half the home side fell behind 3-1.", "it", "en", "fell behind"),
    # Polish "supported" in all its forms
    ("The minister opposed the pension reform for two years.",
     "Minister przez dwa lata popierał reformę emerytalną.", "en", "pl", "popierał"),
    # a difference by a figure, the other pole elsewhere in the sentence
    ("Die neuen Pumpen förderten im Schnitt 12,5 Liter mehr pro Stunde als die alten, obwohl der Verbrauch sank.",
     "The new pumps delivered on average 12.5 litres less per hour than the old ones, although consumption fell.",
     "de", "en", "less"),
    # the same classes in other languages
    ("In deze vallei regent het in juli zelden.", "In this valley it often rains in July.", "nl", "en", "often"),
    ("Nazajutrz rada miasta zatwierdziła nowy plan parkingów.",
     "The day before, the city council approved the new parking plan.", "pl", "en", "The day before"),
    ("前日に台風が上陸し、鉄道が止まった。", "The typhoon made landfall the following day and the railway stopped.",
     "ja", "en", "the following day"),
    ("Такие сбои в сети случаются часто.", "Such network outages are rare.", "ru", "en", "rare"),
    ("Zimy w tym regionie są zwykle suche.", "Winters in this region are usually rainy.", "pl", "en", "rainy"),
]


@pytest.mark.parametrize("src,tgt,sl,tl,text", FLIPS)
def test_flip_reported(src, tgt, sl, tl, text):
    assert p003(src, tgt, sl, tl) == [text]


GOOD = [
    ("Nýja reglugerðin mun auka kostnað sjúkrahússins um 40 milljónir á ári.",
     "The new regulation will increase the hospital's costs by 40 million a year.", "is", "en"),
    ("Numri i turistëve në qytet u rrit me një të pestën gjatë verës.",
     "The number of tourists in the city rose by a fifth over the summer.", "sq", "en"),
    # "hapi" is also "the step"
    ("Hapi i parë ishte rritja e pagave të mësuesve.",
     "The first step was raising teachers' pay.", "sq", "en"),
    ("Las compuertas bajaron el nivel del embalse en dos metros.",
     "The sluices lowered the reservoir level by two metres.", "es", "en"),
    # "raise" alone stays weak
    ("Die Anwohner äußerten Bedenken, nachdem die Preise gesunken waren.",
     "Residents raised concerns after prices had fallen.", "de", "en"),
    ("หากความเร็วลมสูงกว่า 60 กิโลเมตรต่อชั่วโมง เรือทุกลำต้องกลับเข้าฝั่ง",
     "If the wind speed is above 60 kilometres per hour, all boats must return to shore.", "th", "en"),
    ("หากความเร็วลมสูงกว่า 60 กิโลเมตรต่อชั่วโมง เรือทุกลำต้องกลับเข้าฝั่ง",
     "If the wind speed is higher than 60 kilometres per hour, all boats must return to shore.", "th", "en"),
    ("Power cuts are rare in the capital these days.",
     "Les coupures de courant sont rares dans la capitale ces jours-ci.", "en", "fr"),
    # a litotes and a "less" leave the direction open
    ("Im Hochgebirge sind Gewitter im August nicht selten.",
     "In the high mountains thunderstorms often build up in August.", "de", "en"),
    ("Solche Messfehler sind heute weniger häufig.", "Such measuring errors are rarer today.", "de", "en"),
    ("Los incendios forestales se concentran en la estación seca.",
     "Forest fires are concentrated in the dry season.", "es", "en"),
    ("Nach einem regnerischen Frühling folgte ein trockener Sommer.",
     "A rainy spring was followed by a dry summer.", "de", "en"),
    ("The tickets cost 40 euros plus VAT.", "Die Tickets kosten 40 Euro zuzüglich Mehrwertsteuer.", "en", "de"),
    # "less tax" is a smaller amount, no deduction
    ("Künftig zahlen Kleinbetriebe weniger Steuern, zuzüglich einer geringen Abgabe.",
     "In future small firms will pay less tax, plus a small levy.", "de", "en"),
    ("La huelga de los estibadores comenzó el día siguiente a la votación.",
     "The dockers' strike began the day after the vote.", "es", "en"),
    ("Les résultats ont été publiés la veille du scrutin.",
     "The results were published the day before the election.", "fr", "en"),
    ("A metà del secondo tempo la squadra di casa era in vantaggio per 3-1.",
     "Midway through the second half the home side led 3-1.", "it", "en"),
    # "fell behind" is no fall of a quantity
    ("Die Exporte stiegen im März, doch die Werft geriet in Rückstand.",
     "Exports rose in March, but the shipyard fell behind.", "de", "en"),
    ("The minister opposed the pension reform for two years.",
     "Minister przez dwa lata sprzeciwiał się reformie emerytalnej.", "en", "pl"),
    ("Die neuen Pumpen förderten im Schnitt 12,5 Liter mehr pro Stunde als die alten, obwohl der Verbrauch sank.",
     "The new pumps delivered on average 12.5 litres more per hour than the old ones, although consumption fell.",
     "de", "en"),
    ("In deze vallei regent het in juli zelden.", "In this valley it seldom rains in July.", "nl", "en"),
    ("Nazajutrz rada miasta zatwierdziła nowy plan parkingów.",
     "The next day the city council approved the new parking plan.", "pl", "en"),
    ("前日に台風が上陸し、鉄道が止まった。", "The typhoon had made landfall the day before and the railway stopped.",
     "ja", "en"),
    ("Такие сбои в сети случаются часто.", "Such network outages happen often.", "ru", "en"),
    ("Zimy w tym regionie są zwykle suche.", "Winters in this region are usually dry.", "pl", "en"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", GOOD)
def test_correct_rendering_clean(src, tgt, sl, tl):
    assert p003(src, tgt, sl, tl) == []
