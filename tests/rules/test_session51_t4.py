"""Session 51 (t4): negation and polarity.

P001: negation lexicons for Albanian and Icelandic; Finnish "ettei" (that … not); the Korean
prohibitive "-지 말고"; "평생 처음" (never before in one's life); "not only" with a verb between
the negator and its "only" ("no es solo …, sino"), and Hindi/Urdu "सिर्फ़ X नहीं, बल्कि";
Arabic "لم … إلا" (only); a bound said with a preposition ("no inferior a 60"); Lithuanian
comparative adverbs in bounds ("ne giliau kaip"); French "non" + participle ("non tissés");
English "bypass" (not stop at).
P003: a phrase of two words of one pole ("plus grand") counts once against a source with
both poles; a negator with its adjective ("lots non conformes") names a kind of thing and
negates no direction; Hebrew "עלה ב-12%" (rose by 12%); a small Icelandic lexicon.
"""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list:
    cfg = Config(select=[code])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg)
            if f.code == code and not f.suppressed]


# (source, target, source lang, target lang, flagged?)
P001 = [
    # English "bypass" says "not stop at"
    ("The trains bypass the old station this week.",
     "Die Züge halten diese Woche nicht am alten Bahnhof.", "en", "de", False),
    ("The buses bypass the village during the works.",
     "Les bus ne s'arrêtent pas au village pendant les travaux.", "en", "fr", False),
    ("The trains call at the old station this week.",
     "Die Züge halten diese Woche nicht am alten Bahnhof.", "en", "de", True),
    # Finnish "ettei" (että + ei): that … not
    ("Hän sanoi, ettei hän tiedä vastausta.", "She said that she does not know the answer.",
     "fi", "en", False),
    ("Kerroin, ettei juna tule ajoissa.", "Ich sagte, dass der Zug nicht pünktlich kommt.",
     "fi", "de", False),
    ("Hän sanoi, ettei hän tiedä vastausta.", "She said that she knows the answer.",
     "fi", "en", True),
    # Korean prohibitive "-지 말고" (do not … but)
    ("사과는 바로 팔지 말고 먼저 확인해야 한다.",
     "The apples should not be sold right away but checked first.", "ko", "en", False),
    ("사과는 바로 팔지 말고 먼저 확인해야 한다.",
     "Die Äpfel sollten nicht sofort verkauft, sondern zuerst geprüft werden.", "ko", "de", False),
    ("이것 말고 다른 것을 주세요.", "Please give me another one.", "ko", "en", False),
    ("사과는 바로 팔지 말고 먼저 확인해야 한다.",
     "The apples should be sold right away and checked first.", "ko", "en", True),
    # Korean "평생 처음" (the first time in my life) says "never"
    ("이런 추위는 평생 처음 겪는다.", "I have never experienced such cold.", "ko", "en", False),
    ("이런 추위는 평생 처음 겪는다.", "Je n'ai jamais connu un tel froid.", "ko", "fr", False),
    # French "non" before a participle after its noun negates the word ("non tissés")
    ("They covered the trees with nonwoven sheets.",
     "Ils ont couvert les arbres de voiles non tissés.", "en", "fr", False),
    ("They covered the trees with fleece sheets.",
     "Ils ont couvert les arbres de voiles non tissés.", "en", "fr", False),
    ("Die Bäume wurden mit Vliesplanen abgedeckt.",
     "Les arbres ont été couverts de voiles non tissés.", "de", "fr", False),
    ("The results were confirmed.", "Les résultats n'ont pas été confirmés.", "en", "fr", True),
    # "not only" with a verb between the negator and its "only"
    ("No es solo un problema económico, sino también social.",
     "It is an economic and also a social problem.", "es", "en", False),
    ("Non è solo un problema economico, ma anche sociale.",
     "It is an economic and also a social problem.", "it", "en", False),
    ("No es un problema económico.", "It is an economic problem.", "es", "en", True),
    # Hindi/Urdu: "only X not, but Y too"
    ("यह योजना सिर्फ़ किसानों के लिए नहीं, बल्कि मज़दूरों के लिए भी है।",
     "Dieser Plan ist für Bauern und auch für Arbeiter da.", "hi", "de", False),
    ("یہ منصوبہ صرف کسانوں کے لیے نہیں بلکہ مزدوروں کے لیے بھی ہے۔",
     "This plan is for farmers and for workers alike.", "ur", "en", False),
    ("यह योजना किसानों के लिए नहीं है।", "This scheme is for farmers.", "hi", "en", True),
    # Arabic "لم … إلا" (not … except) says "only"
    ("لم يعد المصنع يعمل إلا في الصيف.", "The factory now only works in summer.", "ar", "en", False),
    ("لم يعد المصنع يعمل إلا في الصيف.", "La fábrica ya solo funciona en verano.", "ar", "es", False),
    ("لم يعد المصنع يعمل في الصيف.", "The factory works in summer.", "ar", "en", True),
    ("لم يحضر الوزير إلا أنه أرسل رسالة.", "The minister attended and sent a letter.", "ar", "en", True),
    # a bound said with a preposition: "no inferior a", "non inférieure à"
    ("The food arrives at a temperature of at least 60 degrees.",
     "La comida llega a una temperatura no inferior a 60 grados.", "en", "es", False),
    ("The food arrives at a temperature of at least 60 degrees.",
     "Les repas arrivent à une température non inférieure à 60 degrés.", "en", "fr", False),
    ("The food arrives at a temperature of at least 60 degrees.",
     "Il cibo arriva a una temperatura non inferiore a 60 gradi.", "en", "it", False),
    ("The food arrives hot.", "La comida no llega caliente.", "en", "es", True),
    # Lithuanian comparative adverbs in -iau bound a figure ("ne giliau kaip", no deeper than)
    ("The water is within 10 centimetres of the surface.",
     "Vanduo yra ne giliau kaip 10 centimetrų nuo paviršiaus.", "en", "lt", False),
    ("Das Wasser steht höchstens 10 Zentimeter unter der Oberfläche.",
     "Vanduo yra ne giliau kaip 10 centimetrų nuo paviršiaus.", "de", "lt", False),
    ("The water is deep.", "Vanduo nėra gilus.", "en", "lt", True),
    # Albanian and Icelandic lexicons
    ("Fshatarët nuk kanë nevojë të shkojnë në qytet.", "The villagers need to go to the city.",
     "sq", "en", True),
    ("Fshatarët nuk kanë nevojë të shkojnë në qytet.", "Die Dorfbewohner müssen in die Stadt fahren.",
     "sq", "de", True),
    ("Fshatarët nuk kanë nevojë të shkojnë në qytet.",
     "The villagers do not need to go to the city.", "sq", "en", False),
    ("Ky nuk është vetëm një problem ekonomik, por edhe social.",
     "This is an economic and also a social problem.", "sq", "en", False),
    ("Hann þarf ekki að vinna á morgun.", "He has to work tomorrow.", "is", "en", True),
    ("Hann þarf ekki að vinna á morgun.", "Er muss morgen arbeiten.", "is", "de", True),
    ("Hann þarf ekki að vinna á morgun.", "He does not have to work tomorrow.", "is", "en", False),
]


@pytest.mark.parametrize("src,tgt,sl,tl,hit", P001)
def test_p001(src, tgt, sl, tl, hit):
    assert bool(codes(src, tgt, sl, tl, "P001")) == hit


P003 = [
    # "plus grand" is one word of its pole against a source with both poles
    ("Et større hus giver mindre stress.", "Une maison plus grande donne moins de stress.",
     "da", "fr", False),
    ("Ett större hus ger mindre stress.", "Une maison plus grande donne moins de stress.",
     "sv", "fr", False),
    ("Et større hus.", "Une maison plus petite.", "da", "fr", True),
    # a negator with its adjective names a kind of thing: its quantity still moves
    ("The share of defective lots fell sharply.",
     "La part de lots non conformes a nettement augmenté.", "en", "fr", True),
    ("The number of compulsory redundancies fell.",
     "Il numero di esuberi non volontari è aumentato.", "en", "it", True),
    ("The share of defective lots rose sharply.",
     "La part de lots non conformes a nettement augmenté.", "en", "fr", False),
    # Hebrew "עלה ב-12%": rose by 12%
    ("מספר התיירים עלה ב-12% בשנה שעברה.",
     "Die Zahl der Touristen ist im vergangenen Jahr um 12 Prozent gesunken.", "he", "de", True),
    ("מספר התיירים עלה ב-12% בשנה שעברה.",
     "The number of tourists fell by 12% last year.", "he", "en", True),
    ("מספר התיירים עלה ב-12% בשנה שעברה.",
     "Die Zahl der Touristen ist im vergangenen Jahr um 12 Prozent gestiegen.", "he", "de", False),
    # Icelandic
    ("Verðið hefur hækkað um 17 prósent.", "The price has fallen by 17 per cent.", "is", "en", True),
    ("Verðið hefur hækkað um 17 prósent.", "Der Preis ist um 17 Prozent gesunken.", "is", "de", True),
    ("Verðið hefur hækkað um 17 prósent.", "The price has risen by 17 per cent.", "is", "en", False),
]


@pytest.mark.parametrize("src,tgt,sl,tl,hit", P003)
def test_p003(src, tgt, sl, tl, hit):
    assert bool(codes(src, tgt, sl, tl, "P003")) == hit
