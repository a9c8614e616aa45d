"""P003 in Danish, Swedish, Norwegian, Polish, Czech, Romanian and Russian (session 39):
correct news sentences both ways give no finding, a rise turned fall, a record high turned
low, a win turned defeat, harsher turned milder does."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config


def flagged(src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=["P003"])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == "P003"]


# (source, target, source lang, target lang): correct translations, no P003
CORRECT = [
    # Danish
    ("Arbejdsløsheden steg til 5,1 procent i marts.", "Unemployment rose to 5.1 percent in March.", "da", "en"),
    ("Priserne på el faldt med 12 procent sidste år.", "Electricity prices fell by 12 percent last year.", "da", "en"),
    ("Temperatures reached the highest level ever recorded in Denmark.",
     "Temperaturen nåede det højeste niveau, der nogensinde er målt i Danmark.", "en", "da"),
    ("The court handed down a harsher sentence than the prosecutor had asked for.",
     "Retten idømte en strengere straf, end anklageren havde krævet.", "en", "da"),
    ("Ikke mindre end 300 personer blev evakueret.", "No fewer than 300 people were evacuated.", "da", "en"),
    ("Brøndby vandt kampen 2-1 i hvert fald på papiret.", "Brøndby won the match 2-1, at least on paper.", "da", "en"),
    # Swedish
    ("Inflationen sjönk till 2,3 procent i maj.", "Inflation fell to 2.3 percent in May.", "sv", "en"),
    ("Antalet anmälda brott ökade med 8 procent.", "The number of reported crimes increased by 8 percent.", "sv", "en"),
    ("Sweden's exports reached a record high last year.", "Sveriges export nådde en rekordhög nivå i fjol.", "en", "sv"),
    ("The new rules are stricter than the old ones.", "De nya reglerna är strängare än de gamla.", "en", "sv"),
    ("Minst 40 personer skadades i olyckan.", "At least 40 people were injured in the accident.", "sv", "en"),
    ("Undersökningen visar att färre unga röker.", "The survey shows that fewer young people smoke.", "sv", "en"),
    # Norwegian
    ("Renten ble satt opp til 4,5 prosent, og boligprisene falt i desember.",
     "The interest rate was raised to 4.5 percent, and house prices fell in December.", "nb", "en"),
    ("Norge vant gull i stafetten.", "Norway won gold in the relay.", "nb", "en"),
    ("Unemployment in Norway is lower than in Sweden.", "Arbeidsledigheten i Norge er lavere enn i Sverige.", "en", "nb"),
    ("The cheapest tickets cost 200 kroner.", "De billigste billettene koster 200 kroner.", "en", "nb"),
    ("Ikke færre enn 12 hus ble ødelagt av flommen.", "No fewer than 12 houses were destroyed by the flood.", "nb", "en"),
    # Polish
    ("Inflacja w Polsce spadła do 3,2 procent.", "Inflation in Poland fell to 3.2 percent.", "pl", "en"),
    ("Liczba turystów wzrosła o 15 procent.", "The number of tourists rose by 15 percent.", "pl", "en"),
    ("Prices reached their highest level in ten years.", "Ceny osiągnęły najwyższy poziom od dziesięciu lat.", "en", "pl"),
    ("The court imposed a harsher sentence.", "Sąd wymierzył surowszą karę.", "en", "pl"),
    ("Co najmniej 20 osób zginęło w wypadku.", "At least 20 people died in the accident.", "pl", "en"),
    ("Nie mniej niż połowa wyborców poparła projekt.", "No less than half of the voters supported the project.", "pl", "en"),
    ("Po południu temperatura wzrosła do 30 stopni.", "In the afternoon the temperature rose to 30 degrees.", "pl", "en"),
    # Czech
    ("Nezaměstnanost v Česku klesla na 3,4 procenta.", "Unemployment in the Czech Republic fell to 3.4 percent.", "cs", "en"),
    ("Ceny energií vzrostly o pětinu.", "Energy prices rose by a fifth.", "cs", "en"),
    ("Sparta won the derby 3-1.", "Sparta vyhrála derby 3:1.", "en", "cs"),
    ("The new law is stricter than the previous one.", "Nový zákon je přísnější než ten předchozí.", "en", "cs"),
    ("Nejméně 15 lidí bylo zraněno.", "At least 15 people were injured.", "cs", "en"),
    ("Rada bezpečnosti varovala před nebezpečnou eskalací.", "The Security Council warned of a dangerous escalation.", "cs", "en"),
    # Romanian
    ("Inflația a scăzut la 6,6 la sută în aprilie.", "Inflation fell to 6.6 percent in April.", "ro", "en"),
    ("Numărul turiştilor a crescut cu 10 la sută.", "The number of tourists grew by 10 percent.", "ro", "en"),
    ("The government approved a higher minimum wage.", "Guvernul a aprobat un salariu minim mai mare.", "en", "ro"),
    ("Romania won the match against Sweden.", "România a câștigat meciul cu Suedia.", "en", "ro"),
    ("Cel puțin 30 de persoane au fost rănite.", "At least 30 people were injured.", "ro", "en"),
    ("Temperaturile au fost mai ridicate decât media în sudul țării.",
     "Temperatures were higher than average in the south of the country.", "ro", "en"),
    # Russian
    ("Инфляция в России снизилась до 7 процентов.", "Inflation in Russia fell to 7 percent.", "ru", "en"),
    ("Цены на нефть выросли на 4 процента.", "Oil prices rose by 4 percent.", "ru", "en"),
    ("The company reported a record profit.", "Компания сообщила о рекордной прибыли.", "en", "ru"),
    ("The court handed down a harsher sentence.", "Суд вынес более суровый приговор.", "en", "ru"),
    ("Не менее 50 человек пострадали в результате землетрясения.",
     "No fewer than 50 people were injured in the earthquake.", "ru", "en"),
    ("Совет Безопасности обсудил опасную ситуацию на севере страны.",
     "The Security Council discussed the dangerous situation in the north of the country.", "ru", "en"),
]


# (source, target, source lang, target lang, the flipped target word P003 points at)
FLIPPED = [
    # Danish
    ("Boligpriserne steg med 4 procent i marts.", "House prices fell by 4 percent in March.", "da", "en", "fell"),
    ("Electricity prices rose sharply last year.", "Elpriserne faldt kraftigt sidste år.", "en", "da", "faldt"),
    ("Brøndby vandt kampen 2-1.", "Brøndby lost the match 2-1.", "da", "en", "lost"),
    ("The court handed down a harsher sentence.", "Retten idømte en mildere straf.", "en", "da", "mildere"),
    # Swedish
    ("Inflationen sjönk till 2,3 procent i maj.", "Inflation rose to 2.3 percent in May.", "sv", "en", "rose"),
    ("Exports reached a record high.", "Exporten nådde en rekordlåg nivå.", "en", "sv", "rekordlåg"),
    ("Antalet brott ökade.", "The number of crimes decreased.", "sv", "en", "decreased"),
    ("The north of the country was hit hardest.", "Södra delen av landet drabbades hårdast.", "en", "sv", "södra"),
    # Norwegian
    ("Boligprisene falt i desember.", "House prices rose in December.", "nb", "en", "rose"),
    ("Norway won the relay.", "Norge tapte stafetten.", "en", "nb", "tapte"),
    ("Food prices are lower than in Sweden.", "Matprisene er høyere enn i Sverige.", "en", "nb", "høyere"),
    # Polish
    ("Inflacja spadła do 3,2 procent.", "Inflation rose to 3.2 percent.", "pl", "en", "rose"),
    ("Prices reached their highest level in ten years.", "Ceny osiągnęły najniższy poziom od dziesięciu lat.", "en", "pl", "najniższy"),
    ("The court imposed a harsher sentence.", "Sąd wymierzył łagodniejszą karę.", "en", "pl", "łagodniejszą"),
    ("Polska wygrała mecz z Niemcami.", "Poland lost the match against Germany.", "pl", "en", "lost"),
    # Czech
    ("Nezaměstnanost klesla na 3,4 procenta.", "Unemployment rose to 3.4 percent.", "cs", "en", "rose"),
    ("Sparta won the derby.", "Sparta prohrála derby.", "en", "cs", "prohrála"),
    ("The new law is stricter than the previous one.", "Nový zákon je mírnější než ten předchozí.", "en", "cs", "mírnější"),
    # Romanian
    ("Inflația a scăzut la 6,6 la sută.", "Inflation rose to 6.6 percent.", "ro", "en", "rose"),
    ("Romania won the match.", "România a pierdut meciul.", "en", "ro", "pierdut"),
    ("Prices are higher in the capital.", "Prețurile sunt mai scăzute în capitală.", "en", "ro", "mai scăzute"),
    ("Exports fell by 5 percent.", "Exporturile au crescut cu 5 la sută.", "en", "ro", "crescut"),
    # Russian
    ("Инфляция снизилась до 7 процентов.", "Inflation rose to 7 percent.", "ru", "en", "rose"),
    ("Oil prices rose by 4 percent.", "Цены на нефть упали на 4 процента.", "en", "ru", "упали"),
    ("The court handed down a harsher sentence.", "Суд вынес более мягкий приговор.", "en", "ru", "мягкий"),
    ("Спартак выиграл матч.", "Spartak lost the match.", "ru", "en", "lost"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", CORRECT)
def test_correct_translation_not_flagged(src, tgt, sl, tl):
    assert flagged(src, tgt, sl, tl) == []


@pytest.mark.parametrize("src,tgt,sl,tl,word", FLIPPED)
def test_flipped_translation_flagged(src, tgt, sl, tl, word):
    got = flagged(src, tgt, sl, tl)
    assert got, f"no P003 for {tgt!r}"
    assert any(f"“{word}”".casefold() in f.message.casefold() for f in got), [f.message for f in got]


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "pl", "cs", "ro", "ru"])
def test_each_language_has_cases(lang):
    assert sum(1 for c in CORRECT if lang in c[2:4]) >= 4
    assert sum(1 for c in FLIPPED if lang in c[2:4]) >= 3


def test_english_harsh_mild_exceed():
    # the English side: harsher/milder, exceeded/fell short of
    assert flagged("Das Gericht verhängte eine strengere Strafe.", "The court imposed a milder sentence.", "de", "en")
    assert flagged("The court imposed a harsher sentence.", "Das Gericht verhängte eine mildere Strafe.", "en", "de")
    assert not flagged("The court imposed a harsher sentence.", "Das Gericht verhängte eine härtere Strafe.", "en", "de")
    # "fell short of" is less than, not a fall: a rise in the source is not flipped by it
    assert not flagged("Продажи выросли, но превысили прогнозы.", "Sales grew and exceeded forecasts.", "ru", "en")
    assert flagged("Sprzedaż przekroczyła prognozy.", "Sales fell short of forecasts.", "pl", "en") == []  # weak in Polish
    assert flagged("Продажи превысили прогнозы.", "Sales fell short of forecasts.", "ru", "en")
    assert flagged("Sales fell short of forecasts.", "Продажи оказались ниже прогнозов.", "en", "ru") == []
