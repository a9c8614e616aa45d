"""Session 51 (y1): negation and polarity classes.

P001:
- "without exception" (sans exception, ohne Ausnahme, sin excepción …) is an emphatic
  "every", no negation;
- German "warnte davor, … zu" (warned against) and "riet davon ab" hold a negation, as
  English "warned against" does;
- Catalan/Spanish/Portuguese "abans que … ni un", "antes de que … ni una" (before a single
  …): the "ni" of a clause opened by "before" says "even, a single" and negates nothing;
- both sides negated, clause by clause: a negative word a few words after a negator of
  its own ("ne pas pouvoir exclure", "could not avoid") is that negator's object and does
  not stand in for a second, dropped negation;
- a double negation ("not unlikely") is a negator with a derived negative word in the next
  two words, not one further on under a verb of its own ("no obligarà a desmuntar", will not
  require to dismantle); a word of the lexicon ("not … yet") still counts further on;
- new lexicons for Persian (نیست, ندارد, نمی…, the prefix ن- on a rare verb) and Thai (ไม่).
P003:
- French "14 millions de plus qu'en 2023" (a figure, "de plus" and its "than"): a
  difference, whatever the mask "de plus" (moreover) says elsewhere;
- small direction lexicons for Afrikaans, Marathi and Thai.
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
    # "without exception": every, no negation
    ("All pupils must wear the uniform every day.",
     "Tous les élèves doivent porter l'uniforme chaque jour, sans exception.", "en", "fr", False),
    ("Every member of staff received the bonus.",
     "Alle Mitarbeiter erhielten ohne Ausnahme den Bonus.", "en", "de", False),
    ("Todos los vecinos, sin excepción, recibirán la ayuda.",
     "All residents will receive the aid.", "es", "en", False),
    ("The whole team, with no exception, was paid on time.",
     "Ohne Ausnahme wurde das ganze Team pünktlich bezahlt.", "en", "de", False),
    ("There is no exception for children.", "Es gibt eine Ausnahme für Kinder.", "en", "de", True),
    # ... while a real "without" stays a negation
    ("The parcel arrived with its label.", "Le colis est arrivé sans étiquette.", "en", "fr", True),
    # German "warnte davor" (warned against)
    ("The minister warned that the new rules should not be seen as final.",
     "Der Minister warnte davor, die neuen Regeln als endgültig zu verstehen.", "en", "de", False),
    ("Die Ärztin riet davon ab, das Medikament länger zu nehmen.",
     "The doctor said the drug should not be taken any longer.", "de", "en", False),
    ("The minister said that the new rules should not be seen as final.",
     "Der Minister sagte, die neuen Regeln seien als endgültig zu verstehen.", "en", "de", True),
    # "abans que … ni un", "antes de que … ni una": before a single …
    ("The council wants a full study before a single tree is cut down.",
     "L'ajuntament vol un estudi complet abans que es talli ni un sol arbre.", "en", "ca", False),
    ("They asked for guarantees before a single euro is paid out.",
     "Pidieron garantías antes de que se pague ni un solo euro.", "en", "es", False),
    ("They asked for guarantees before a single euro is paid out.",
     "Pediram garantias antes que seja pago nem um euro.", "en", "pt", False),
    ("No volem ni un sol arbre tallat.", "We want a single tree cut down.", "ca", "en", True),
    # a negative word under its own negator does not stand in for a dropped negation
    ("She could not rule out delays, but promised that the bridge would not close.",
     "Elle n'a pas pu exclure des retards, mais a promis que le pont fermerait.", "en", "fr", True),
    ("No pudo evitar los retrasos, pero prometió que el puente no cerraría.",
     "She could not avoid the delays, but promised that the bridge would close.", "es", "en", True),
    ("She could not rule out delays, but promised that the bridge would not close.",
     "Elle n'a pas pu exclure des retards, mais a promis que le pont ne fermerait pas.", "en", "fr",
     False),
    # a double negation is a negative word right after the negator, not one under a verb
    ("La llei no obligarà a desmuntar les parades del mercat.",
     "The law will require the market stalls to be taken down.", "ca", "en", True),
    ("La norma no obligará a desmontar las casetas de la feria.",
     "The rule will require the fair booths to be taken down.", "es", "en", True),
    ("La norma no obligará a desmontar las casetas de la feria.",
     "The rule will not require the fair booths to be taken down.", "es", "en", False),
    ("No es imposible que llueva mañana.", "It is possible that it will rain tomorrow.",
     "es", "en", False),
    # a word of the lexicon further on still says the negation ("not … yet", "nicht … verhindern")
    ("The old singer is not slowing down just yet.", "Der alte Sänger ist immer noch voll dabei.",
     "en", "de", False),
    # Persian
    ("کارگران از این قرارداد راضی نیستند.", "Die Arbeiter sind mit dem Vertrag zufrieden.",
     "fa", "de", True),
    ("دولت نمی‌تواند این هزینه را پرداخت کند.", "The government can pay this cost.", "fa", "en", True),
    ("دولت نمی‌تواند این هزینه را پرداخت کند.", "The government cannot pay this cost.", "fa", "en",
     False),
    ("کارگران از این قرارداد راضی هستند.", "Die Arbeiter sind mit dem Vertrag zufrieden.",
     "fa", "de", False),
    # Thai
    ("No trader will have to pay more rent.", "ผู้ค้าจะต้องจ่ายค่าเช่ามากขึ้น", "en", "th", True),
    ("The shop did not open on Sunday.", "ร้านเปิดในวันอาทิตย์", "en", "th", True),
    ("The shop did not open on Sunday.", "ร้านไม่ได้เปิดในวันอาทิตย์", "en", "th", False),
    ("ร้านไม่ได้เปิดในวันอาทิตย์", "The shop opened on Sunday.", "th", "en", True),
    ("Whatever the weather, the market opens at six.", "ไม่ว่าอากาศจะเป็นอย่างไร ตลาดจะเปิดตอนหกโมง",
     "en", "th", False),
]


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", P001)
def test_p001(src, tgt, sl, tl, flagged):
    assert bool(codes(src, tgt, sl, tl, "P001")) == flagged


P003 = [
    # French "X de plus qu'en …" after a figure
    ("Les recettes ont atteint 90 millions, soit 6 millions de plus qu'en 2022.",
     "Revenue reached 90 million, 6 million less than in 2022.", "fr", "en", True),
    ("The club sold 4,000 tickets, 300 more than last season.",
     "Le club a vendu 4 000 billets, soit 300 de moins que la saison dernière.", "en", "fr", True),
    ("Les recettes ont atteint 90 millions, soit 6 millions de plus qu'en 2022.",
     "Die Einnahmen erreichten 90 Millionen, 6 Millionen weniger als 2022.", "fr", "de", True),
    ("Les recettes ont atteint 90 millions, soit 6 millions de plus qu'en 2022.",
     "Revenue reached 90 million, 6 million more than in 2022.", "fr", "en", False),
    ("De plus, les recettes ont atteint 90 millions.", "Revenue also reached 90 million.",
     "fr", "en", False),
    # Afrikaans
    ("Die regering wil strenger reëls vir hondebesitters instel.",
     "The government wants to introduce more lenient rules for dog owners.", "af", "en", True),
    ("Die prys van mielies het vanjaar met 8% gedaal.",
     "The price of maize rose by 8% this year.", "af", "en", True),
    ("Die regering wil strenger reëls vir hondebesitters instel.",
     "Die Regierung will mildere Regeln für Hundehalter einführen.", "af", "de", True),
    ("Die regering wil strenger reëls vir hondebesitters instel.",
     "The government wants to introduce stricter rules for dog owners.", "af", "en", False),
    # Marathi
    ("पुढील वर्षी बसचे भाडे वाढवले जाईल.", "Next year bus fares will be reduced.", "mr", "en", True),
    ("यंदा कापसाचे उत्पादन घटले.", "This year cotton output rose.", "mr", "en", True),
    ("पुढील वर्षी बसचे भाडे वाढवले जाईल.", "L'année prochaine, les tarifs des bus seront baissés.",
     "mr", "fr", True),
    ("पुढील वर्षी बसचे भाडे वाढवले जाईल.", "Next year bus fares will be raised.", "mr", "en", False),
    # Thai
    ("Visitor numbers rose to 900, up from 700 last year.",
     "จำนวนผู้เข้าชมลดลงเหลือ 900 คน จาก 700 คนเมื่อปีที่แล้ว", "en", "th", True),
    ("Visitor numbers rose to 900, up from 700 last year.",
     "จำนวนผู้เข้าชมเพิ่มขึ้นเป็น 900 คน จาก 700 คนเมื่อปีที่แล้ว", "en", "th", False),
    ("ราคาข้าวลดลงร้อยละ 5 ในเดือนนี้", "Rice prices rose by 5 per cent this month.", "th", "en", True),
]


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", P003)
def test_p003(src, tgt, sl, tl, flagged):
    assert bool(codes(src, tgt, sl, tl, "P003")) == flagged
