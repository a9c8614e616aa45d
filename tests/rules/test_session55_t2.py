"""Session 55 (t2): batch 23's terminology (T003) false alarms and misses.

- T003: in a compounding language, one word that is the modifier of one compound and the
  head of another (Versicherungsprämien / Hochwasserversicherungen for insurance premiums /
  flood insurance) renders the term the same way in both: no other rendering.
- T003: an Arabic word behind other clitics (التوربينات / توربيناتها, the article or a
  preposition before it, a possessive pronoun after it) is one word, no other rendering.
- T003: a noun of a source language that capitalises its nouns, kept as written inside a
  name in a minority of its sentences (die Fähre … Fähre Ufenau AG), is still a term: its
  other renderings are compared.
- T003: a compound on the usual rendering's head is read as rendering a word beside the term
  with its modifier only when that word's other sentences mostly hold a word beginning like
  the modifier (a word found in many sentences, one of them with Feuer by chance, is not).
- T003: two compounds on one head whose modifiers share a letter or two only
  (Seidenhaspelmaschine / Spinnmaschine) are two kinds of the thing, not one word.
- T003: two compounds on one head of three letters with modifiers from other first letters
  (indianlax / rödlax, Treidelweg / Uferweg) are another kind of the same thing, the word
  that stands for the term in its sentence.
"""
from __future__ import annotations

import pytest

import mtcheck


def t003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "T003"]


# --- a word the modifier of one compound and the head of another ------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    ("Homeowners in Passau still face rising insurance bills this winter. The council said the new dikes have not yet lowered insurance premiums in the old town. A national scheme was set up in 2019 to keep flood insurance affordable for older homes. The mayor will meet the insurers again in March.",
     "Hausbesitzer in Passau kämpfen diesen Winter weiter mit steigenden Versicherungsprämien. Die Stadt sagte, die neuen Deiche hätten die Versicherungsprämien in der Altstadt noch nicht gesenkt. 2019 wurde ein landesweites Programm aufgelegt, um Hochwasserversicherungen für ältere Häuser bezahlbar zu halten. Der Bürgermeister trifft die Versicherer im März erneut.",
     "en",
     "de",
     "Hochwasserversicherungen"),
    ("Homeowners in Vejle still face rising insurance bills this winter. The council said the new dikes have not yet lowered insurance premiums in the old town. A national scheme was set up in 2019 to keep flood insurance affordable for older homes. The mayor will meet the insurers again in March.",
     "Husejere i Vejle kæmper i vinter stadig med stigende forsikringspræmier. Kommunen sagde, at de nye diger endnu ikke har sænket forsikringspræmierne i den gamle bydel. I 2019 blev en national ordning oprettet for at holde oversvømmelsesforsikringer overkommelige for ældre huse. Borgmesteren mødes igen med forsikringsselskaberne i marts.",
     "en",
     "da",
     "oversvømmelsesforsikringer"),
])
def test_cross_compound_is_one_rendering(src, tgt, sl, tl, word):
    assert not any(word in f for f in t003(src, tgt, sl, tl))


# --- an Arabic word behind other clitics ------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The company tested its turbines in the bay last year. The new turbines are larger than the old ones. Engineers say the turbines can run for twenty years. The firm will ship their turbines to Scotland in May.",
     "اختبرت الشركة التوربينات في الخليج العام الماضي. التوربينات الجديدة أكبر من القديمة. ويقول المهندسون إن التوربينات يمكن أن تعمل عشرين عاما. وستشحن الشركة توربيناتها إلى اسكتلندا في مايو.",
     "en",
     "ar"),
    ("Die Firma hat ihre Turbinen im vergangenen Jahr in der Bucht getestet. Die neuen Turbinen sind größer als die alten. Die Ingenieure sagen, die Turbinen können zwanzig Jahre laufen. Die Firma wird ihre Turbinen im Mai nach Schottland liefern.",
     "اختبرت الشركة التوربينات في الخليج العام الماضي. التوربينات الجديدة أكبر من القديمة. ويقول المهندسون إن التوربينات يمكن أن تعمل عشرين عاما. وستشحن الشركة توربيناتها إلى اسكتلندا في مايو.",
     "de",
     "ar"),
])
def test_arabic_clitics_are_one_word(src, tgt, sl, tl):
    assert not any("توربيناتها" in f for f in t003(src, tgt, sl, tl))


def test_arabic_other_word_no_finding():
    assert t003("The company tested its turbines in the bay last year. The new turbines are larger than the old ones. Engineers say the turbines can run for twenty years. The firm will ship its generators to Scotland in May.",
                "اختبرت الشركة التوربينات في الخليج العام الماضي. التوربينات الجديدة أكبر من القديمة. ويقول المهندسون إن التوربينات يمكن أن تعمل عشرين عاما. وستشحن الشركة مولداتها إلى اسكتلندا في مايو.", "en", "ar") == []


# --- a capitalised noun kept inside a name in one sentence only --------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,want", [
    ("Die Gemeinde hat am Montag die neue Fähre vorgestellt. Die Kosten trägt die neu gegründete Fähre Ufenau AG. Die Fähre fährt auch bei Sturm. Nach der Eröffnung der Fähre wird die alte Buslinie eingestellt. Die Fähre bietet Platz für 60 Personen.",
     "Il comune ha presentato lunedì il nuovo traghetto. I costi sono a carico della neocostituita Fähre Ufenau AG. Il traghetto viaggia anche in caso di tempesta. Dopo l'apertura del battello la vecchia linea di autobus sarà soppressa. Il traghetto offre posto a 60 persone.",
     "de",
     "it",
     "battello"),
    ("Die Gemeinde hat am Montag die neue Fähre vorgestellt. Die Kosten trägt die neu gegründete Fähre Ufenau AG. Die Fähre fährt auch bei Sturm. Nach der Eröffnung der Fähre wird die alte Buslinie eingestellt. Die Fähre bietet Platz für 60 Personen.",
     "On Monday the municipality presented the new ferry. The costs are borne by the newly founded Fähre Ufenau AG. The ferry also runs in stormy weather. After the opening of the boat, the old bus line will be dropped. The ferry has room for 60 people.",
     "de",
     "en",
     "boat"),
])
def test_noun_kept_in_a_name_once_is_still_a_term(src, tgt, sl, tl, want):
    assert want in t003(src, tgt, sl, tl)


def test_noun_kept_in_a_name_rendered_alike_no_finding():
    assert t003("Die Gemeinde hat am Montag die neue Fähre vorgestellt. Die Kosten trägt die neu gegründete Fähre Ufenau AG. Die Fähre fährt auch bei Sturm. Nach der Eröffnung der Fähre wird die alte Buslinie eingestellt. Die Fähre bietet Platz für 60 Personen.",
                "Il comune ha presentato lunedì il nuovo traghetto. I costi sono a carico della neocostituita Fähre Ufenau AG. Il traghetto viaggia anche in caso di tempesta. Dopo l'apertura del traghetto la vecchia linea di autobus sarà soppressa. Il traghetto offre posto a 60 persone.", "de", "it") == []


# --- a neighbour's modifier only where the neighbour's sentences mostly hold it ------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The county built six watchtowers in the region last year. Each watchtower has a camera and a solar panel. Fires destroyed 300 hectares of forest in the region in 2022. Farmers in the region welcomed the plan. Because mountain region watchtowers face heavy snow in winter, repairs will be costly. The watchtowers will be checked every spring.",
     "Der Landkreis baute im vergangenen Jahr sechs Beobachtungstürme in der Region. Jeder Beobachtungsturm hat eine Kamera und ein Solarmodul. Feuer vernichteten 2022 in der Region 300 Hektar Wald. Die Landwirte in der Region begrüßten den Plan. Da die Feuerwachtürme im Gebirge im Winter starkem Schnee ausgesetzt sind, werden die Reparaturen teuer. Die Beobachtungstürme werden jedes Frühjahr geprüft.",
     "en",
     "de"),
    ("Le département a construit l'an dernier six miradors dans la région. Chaque mirador a une caméra et un panneau solaire. Des feux ont détruit 300 hectares de forêt dans la région en 2022. Les agriculteurs de la région ont salué le projet. Comme les miradors en région de montagne subissent de fortes neiges en hiver, les réparations seront coûteuses. Les miradors seront contrôlés chaque printemps.",
     "Der Landkreis baute im vergangenen Jahr sechs Beobachtungstürme in der Region. Jeder Beobachtungsturm hat eine Kamera und ein Solarmodul. Feuer vernichteten 2022 in der Region 300 Hektar Wald. Die Landwirte in der Region begrüßten den Plan. Da die Feuerwachtürme im Gebirge im Winter starkem Schnee ausgesetzt sind, werden die Reparaturen teuer. Die Beobachtungstürme werden jedes Frühjahr geprüft.",
     "fr",
     "de"),
    ("El condado construyó el año pasado seis atalayas en la región. Cada atalaya tiene una cámara y un panel solar. Los incendios destruyeron 300 hectáreas de bosque en la región en 2022. Los agricultores de la región celebraron el plan. Como las atalayas en región de montaña sufren fuertes nevadas en invierno, las reparaciones serán caras. Las atalayas se revisarán cada primavera.",
     "Der Landkreis baute im vergangenen Jahr sechs Beobachtungstürme in der Region. Jeder Beobachtungsturm hat eine Kamera und ein Solarmodul. Feuer vernichteten 2022 in der Region 300 Hektar Wald. Die Landwirte in der Region begrüßten den Plan. Da die Feuerwachtürme im Gebirge im Winter starkem Schnee ausgesetzt sind, werden die Reparaturen teuer. Die Beobachtungstürme werden jedes Frühjahr geprüft.",
     "es",
     "de"),
])
def test_compound_with_chance_modifier_flagged(src, tgt, sl, tl):
    assert "Feuerwachtürme" in t003(src, tgt, sl, tl)


def test_compound_rendered_alike_no_finding():
    assert not any("türme" in f for f in t003("The county built six watchtowers in the region last year. Each watchtower has a camera and a solar panel. Fires destroyed 300 hectares of forest in the region in 2022. Farmers in the region welcomed the plan. Because the watchtowers in the mountain region face heavy snow in winter, repairs will be costly. The watchtowers will be checked every spring.",
                "Der Landkreis baute im vergangenen Jahr sechs Beobachtungstürme in der Region. Jeder Beobachtungsturm hat eine Kamera und ein Solarmodul. Feuer vernichteten 2022 in der Region 300 Hektar Wald. Die Landwirte in der Region begrüßten den Plan. Da die Beobachtungstürme im Gebirge im Winter starkem Schnee ausgesetzt sind, werden die Reparaturen teuer. Die Beobachtungstürme werden jedes Frühjahr geprüft.", "en", "de"))


# --- modifiers sharing their first letter only ------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("博物馆去年春天修复了一台旧缫丝机。女工们每天在缫丝机前站八个小时。游客现在可以在周日观看缫丝机运转。明年还将修复第二台缫丝机。",
     "Das Museum hat im vergangenen Frühjahr eine alte Seidenhaspelmaschine restauriert. Die Arbeiterinnen standen jeden Tag acht Stunden an der Seidenhaspelmaschine. Besucher können die Spinnmaschine nun sonntags laufen sehen. Im nächsten Jahr soll eine zweite Seidenhaspelmaschine repariert werden.",
     "zh",
     "de"),
    ("博物館は昨春、古い製糸機を修復した。女工たちは毎日八時間製糸機の前に立った。来館者は日曜日に製糸機の運転を見学できる。来年には二台目の製糸機も修理される。",
     "Das Museum hat im vergangenen Frühjahr eine alte Seidenhaspelmaschine restauriert. Die Arbeiterinnen standen jeden Tag acht Stunden an der Seidenhaspelmaschine. Besucher können die Spinnmaschine nun sonntags laufen sehen. Im nächsten Jahr soll eine zweite Seidenhaspelmaschine repariert werden.",
     "ja",
     "de"),
])
def test_modifiers_sharing_a_letter_are_other_kinds(src, tgt, sl, tl):
    assert "Spinnmaschine" in t003(src, tgt, sl, tl)


def test_same_compound_no_finding():
    assert t003("博物馆去年春天修复了一台旧缫丝机。女工们每天在缫丝机前站八个小时。游客现在可以在周日观看缫丝机运转。明年还将修复第二台缫丝机。",
                "Das Museum hat im vergangenen Frühjahr eine alte Seidenhaspelmaschine restauriert. Die Arbeiterinnen standen jeden Tag acht Stunden an der Seidenhaspelmaschine. Besucher können die Seidenhaspelmaschine nun sonntags laufen sehen. Im nächsten Jahr soll eine zweite Seidenhaspelmaschine repariert werden.", "zh", "de") == []


# --- compounds on a head of three letters -----------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,want", [
    ("Fishermen caught more sockeye this year than last. The price of sockeye rose by ten percent in June. The cannery says it will pay an average of three dollars a pound for sockeye this summer, about a fifth more than last year. The state expects the sockeye run to stay strong.",
     "Fiskarna fångade mer indianlax i år än i fjol. Priset på indianlax steg med tio procent i juni. Konservfabriken uppger att den i sommar kommer att betala i genomsnitt tre dollar per pund för rödlax, ungefär en femtedel mer än i fjol. Delstaten räknar med att indianlaxens lekvandring förblir stark.",
     "en",
     "sv",
     "rödlax"),
    ("The town wants to repair the towpath along the canal by the summer. The towpath has been closed since the winter floods. Cyclists therefore have to take a three-kilometre detour along the main road, said the mayor, who wants to reopen the towpath in May. The budget for the towpath is 400,000 euros.",
     "Die Stadt will den Treidelweg am Kanal bis zum Sommer sanieren. Der Treidelweg ist seit dem Hochwasser im Winter gesperrt. Radfahrer müssen deshalb einen Umweg von drei Kilometern über die Landstraße nehmen, sagte die Bürgermeisterin, die den Uferweg im Mai wieder öffnen will. Für den Treidelweg sind 400 000 Euro eingeplant.",
     "en",
     "de",
     "Uferweg"),
    ("La ville veut réparer le halage le long du canal d'ici l'été. Le halage est fermé depuis les crues de l'hiver. Les cyclistes doivent donc faire un détour de trois kilomètres par la route principale, a dit la maire, qui veut rouvrir le halage en mai. Le budget pour le halage est de 400 000 euros.",
     "Die Stadt will den Treidelweg am Kanal bis zum Sommer sanieren. Der Treidelweg ist seit dem Hochwasser im Winter gesperrt. Radfahrer müssen deshalb einen Umweg von drei Kilometern über die Landstraße nehmen, sagte die Bürgermeisterin, die den Uferweg im Mai wieder öffnen will. Für den Treidelweg sind 400 000 Euro eingeplant.",
     "fr",
     "de",
     "Uferweg"),
])
def test_short_head_compound_flagged(src, tgt, sl, tl, want):
    assert want in t003(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Fishermen caught more sockeye this year than last. The price of sockeye rose by ten percent in June. Buyers paid two dollars a pound for sockeye at the dock. The state expects the sockeye run to stay strong.",
     "Fiskarna fångade mer indianlax i år än i fjol. Priset på indianlax steg med tio procent i juni. Uppköparna betalade två dollar per pund för indianlax vid kajen. Delstaten räknar med att indianlaxens lekvandring förblir stark.",
     "en",
     "sv"),
    ("The town wants to repair the towpath along the canal by the summer. The towpath has been closed since the winter floods. Cyclists therefore have to take a three-kilometre detour along the main road, said the mayor, who wants to reopen the towpath in May. The budget for the towpath is 400,000 euros.",
     "Die Stadt will den Treidelweg am Kanal bis zum Sommer sanieren. Der Treidelweg ist seit dem Hochwasser im Winter gesperrt. Radfahrer müssen deshalb einen Umweg von drei Kilometern über die Landstraße nehmen, sagte die Bürgermeisterin, die den Treidelweg im Mai wieder öffnen will. Für den Treidelweg sind 400 000 Euro eingeplant.",
     "en",
     "de"),
])
def test_short_head_compound_alike_no_finding(src, tgt, sl, tl):
    assert t003(src, tgt, sl, tl) == []
