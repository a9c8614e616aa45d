"""P003, more classes of flipped translations (session 39): a vote's outcome (rejected
rendered adopted), doubling and halving, better and worse, future and conditional verbs of
rising and falling, Dutch superlatives and comparatives, Croatian/Serbian/Bosnian and
Lithuanian comparatives, and English "lighter sentences". Per class, correct translations
give no P003 and flipped ones do, in at least two language pairs."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config


def flagged(src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=["P003"])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == "P003"]


# (source, target, source lang, target lang)
CORRECT = [
    # 1. a vote's outcome
    ("The amendment was defeated by 312 votes to 270.",
     "Der Änderungsantrag wurde mit 312 zu 270 Stimmen abgelehnt.", "en", "de"),
    ("Der Antrag wurde am Dienstag vom Parlament angenommen.",
     "The motion was adopted by parliament on Tuesday.", "de", "en"),
    ("La motion a été adoptée par 45 voix contre 30.", "The motion was carried by 45 votes to 30.", "fr", "en"),
    ("La enmienda fue aprobada por el Congreso.", "The amendment was passed by Congress.", "es", "en"),
    ("Het amendement werd door de Kamer aangenomen.", "The amendment was adopted by the House.", "nl", "en"),
    ("L'emendamento è stato bocciato dalla Camera.", "The amendment was rejected by the Chamber.", "it", "en"),
    ("Es wurde angenommen, dass die Zahl weiter steigt.", "It was assumed that the number would keep rising.", "de", "en"),
    # 2. doubling and halving
    ("O número de casos duplicou em dois anos.", "The number of cases doubled in two years.", "pt", "en"),
    ("Die Zahl der Fälle hat sich in zwei Jahren halbiert.", "The number of cases has halved in two years.", "de", "en"),
    ("Il numero dei casi si è dimezzato in due anni.", "The number of cases was halved in two years.", "it", "en"),
    ("Le nombre de cas a été divisé par deux en deux ans.", "The number of cases was cut by half in two years.", "fr", "en"),
    ("The old town hall doubled as a school during the war.",
     "Das alte Rathaus diente im Krieg auch als Schule.", "en", "de"),
    # 3. better and worse
    ("La economía está en una mejor situación que hace un año.",
     "The economy is in a better state than a year ago.", "es", "en"),
    ("La situation s'est dégradée depuis mars.", "The situation has deteriorated since March.", "fr", "en"),
    ("De resultaten zijn slechter dan verwacht.", "The results are worse than expected.", "nl", "en"),
    ("It appeals to citizens more than to leaders.", "Es spricht weniger die Führung als die Bürger an.", "en", "de"),
    # 4. future, conditional and participle forms of rising and falling
    ("Quando i prezzi saliranno, le famiglie ne soffriranno.", "When prices rise, families will suffer.", "it", "en"),
    ("Los precios bajarán un 5 por ciento el próximo año.", "Prices will fall by 5 percent next year.", "es", "en"),
    ("Les prix baisseront de 5 % l'an prochain.", "Prices will drop by 5% next year.", "fr", "en"),
    ("Os preços cairão 5 por cento no próximo ano.", "Prices will fall by 5 percent next year.", "pt", "en"),
    # 5. Dutch superlatives and comparatives
    ("De werkloosheid bereikte het laagste niveau sinds 2015.",
     "Unemployment reached its lowest level since 2015.", "nl", "en"),
    ("Het is de meest bezochte stad van het land.", "It is the most visited city in the country.", "nl", "en"),
    ("The euro became stronger against the dollar.", "De euro werd sterker tegenover de dollar.", "en", "nl"),
    ("Unemployment fell to 4 percent.", "Le chômage est tombé à 4 %.", "en", "fr"),
    # 6. Croatian/Serbian/Bosnian and Lithuanian
    ("Cijene su porasle za pet posto.", "Prices rose by five percent.", "hr", "en"),
    ("Novi voz je sporiji od starog.", "The new train is slower than the old one.", "sr", "en"),
    ("Fewer people voted this year.", "Ove godine glasalo je manje ljudi.", "en", "bs"),
    ("Šiais metais balsavo daugiau žmonių.", "More people voted this year.", "lt", "en"),
    ("Kainos sumažėjo penkiais procentais.", "Prices fell by five percent.", "lt", "en"),
    # 7. lighter sentences
    ("Kritiker forderten mildere Strafen für Wiederholungstäter.",
     "Critics called for lighter sentences for repeat offenders.", "de", "en"),
    ("Los críticos piden penas más duras.", "Critics are calling for harsher penalties.", "es", "en"),
    ("The new bike is lighter than the old one.", "Das neue Fahrrad ist leichter als das alte.", "en", "de"),
]

FLIPPED = [
    # 1. a vote's outcome
    ("The amendment was defeated by 312 votes to 270.",
     "Der Änderungsantrag wurde mit 312 zu 270 Stimmen angenommen.", "en", "de"),
    ("Der Antrag wurde vom Parlament angenommen.", "The motion was rejected by parliament.", "de", "en"),
    ("La motion a été adoptée par 45 voix contre 30.", "The motion was defeated by 45 votes to 30.", "fr", "en"),
    ("La enmienda fue rechazada por el Congreso.", "The amendment was approved by Congress.", "es", "en"),
    ("L'emendamento è stato bocciato dalla Camera.", "The amendment was adopted by the Chamber.", "it", "en"),
    ("Het amendement werd door de Kamer verworpen.", "The amendment was adopted by the House.", "nl", "en"),
    ("Het amendement werd door de Kamer aangenomen.", "The amendment was rejected by the House.", "nl", "en"),
    ("The bill was voted down in the Senate.", "Das Gesetz wurde im Senat angenommen.", "en", "de"),
    # 2. doubling and halving
    ("O número de casos duplicou em dois anos.", "The number of cases halved in two years.", "pt", "en"),
    ("El número de casos se duplicó en dos años.", "The number of cases halved in two years.", "es", "en"),
    ("El número de casos se redujo a la mitad en dos años.", "The number of cases doubled in two years.", "es", "en"),
    ("Il numero dei casi è raddoppiato in due anni.", "The number of cases was halved in two years.", "it", "en"),
    ("Le nombre de cas a doublé en deux ans.", "The number of cases halved in two years.", "fr", "en"),
    ("Le nombre de cas a été divisé par deux en deux ans.", "The number of cases doubled in two years.", "fr", "en"),
    ("Die Zahl der Fälle hat sich in zwei Jahren verdoppelt.", "The number of cases has halved in two years.", "de", "en"),
    ("The company plans to double its workforce.", "Das Unternehmen will seine Belegschaft halbieren.", "en", "de"),
    ("Het aantal gevallen is in twee jaar gehalveerd.", "The number of cases doubled in two years.", "nl", "en"),
    # 3. better and worse
    ("La economía está en una mejor situación que hace un año.",
     "The economy is in a worse state than a year ago.", "es", "en"),
    ("La situation s'est dégradée depuis mars.", "The situation has improved since March.", "fr", "en"),
    ("La situazione è peggiorata da marzo.", "The situation has improved since March.", "it", "en"),
    ("A situação piorou desde março.", "The situation has improved since March.", "pt", "en"),
    ("De resultaten zijn beter dan verwacht.", "The results are worse than expected.", "nl", "en"),
    ("The situation has improved since March.", "Die Lage hat sich seit März verschlechtert.", "en", "de"),
    # 4. future, conditional and participle forms of rising and falling
    ("Quando i prezzi saliranno, le famiglie ne soffriranno.", "When prices fall, families will suffer.", "it", "en"),
    ("I prezzi salirebbero del 5 per cento.", "Prices would fall by 5 percent.", "it", "en"),
    ("Los precios bajarán un 5 por ciento el próximo año.", "Prices will rise by 5 percent next year.", "es", "en"),
    ("Los precios han bajado un 5 por ciento.", "Prices have risen by 5 percent.", "es", "en"),
    ("Les prix baisseront de 5 % l'an prochain.", "Prices will rise by 5% next year.", "fr", "en"),
    ("Os preços cairão 5 por cento no próximo ano.", "Prices will rise by 5 percent next year.", "pt", "en"),
    ("Os preços baixarão 5 por cento.", "Prices will rise by 5 percent.", "pt", "en"),
    # 5. Dutch superlatives and comparatives (and a negative-affix noun on one side only)
    ("De werkloosheid bereikte het hoogste niveau sinds 2015.",
     "Unemployment reached its lowest level since 2015.", "nl", "en"),
    ("Unemployment reached its highest level since 2015.",
     "De werkloosheid bereikte het laagste niveau sinds 2015.", "en", "nl"),
    ("Het is de meest bezochte stad van het land.", "It is the least visited city in the country.", "nl", "en"),
    ("Het is de minst bezochte stad van het land.", "It is the most visited city in the country.", "nl", "en"),
    ("De euro was de sterkste munt van het jaar.", "The euro was the weakest currency of the year.", "nl", "en"),
    ("The euro became weaker against the dollar.", "De euro werd sterker tegenover de dollar.", "en", "nl"),
    ("Unemployment fell to 4 percent.", "Le chômage a augmenté à 4 %.", "en", "fr"),
    # 6. Croatian/Serbian/Bosnian and Lithuanian
    ("Cijene su porasle za pet posto.", "Prices fell by five percent.", "hr", "en"),
    ("Novi vlak je brži od starog.", "The new train is slower than the old one.", "hr", "en"),
    ("Novi voz je sporiji od starog.", "The new train is faster than the old one.", "sr", "en"),
    ("Fewer people voted this year.", "Ove godine glasalo je više ljudi.", "en", "bs"),
    ("Šiais metais balsavo daugiau žmonių.", "Fewer people voted this year.", "lt", "en"),
    ("Kainos padidėjo penkiais procentais.", "Prices fell by five percent.", "lt", "en"),
    ("Naujas traukinys greitesnis už senąjį.", "The new train is slower than the old one.", "lt", "en"),
    # 7. lighter sentences
    ("Kritiker forderten härtere Strafen für Wiederholungstäter.",
     "Critics called for lighter sentences for repeat offenders.", "de", "en"),
    ("Les critiques réclament des peines plus sévères.", "Critics are calling for lighter sentences.", "fr", "en"),
    ("Los críticos piden penas más duras.", "Critics are calling for lighter penalties.", "es", "en"),
    ("Critics called for lighter sentences.", "Kritiker forderten härtere Strafen.", "en", "de"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", CORRECT)
def test_correct_translation_quiet(src, tgt, sl, tl):
    got = flagged(src, tgt, sl, tl)
    assert not got, [f.message for f in got]


@pytest.mark.parametrize("src,tgt,sl,tl", FLIPPED)
def test_flipped_translation_flagged(src, tgt, sl, tl):
    assert flagged(src, tgt, sl, tl), f"no P003 for {tgt!r}"
