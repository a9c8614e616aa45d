"""P001 negation-flipped in Catalan, Czech, Slovak, Hungarian, Turkish, Lithuanian, Latvian
and Indonesian (session 33 lexicons, mtcheck/data/polarity/{ca,cs,sk,hu,tr,lt,lv,id}.txt).

Each language has a dropped negation that must be reported, the faithful pair that must
not be, and faithful pairs that say it another way (a negative word for "not", a bound,
"not only ... but", a near-negative word that negates nothing) which must stay silent.
A silent case also asserts that both languages have a lexicon: without one the rule does
not judge the pair at all, and silence would prove nothing."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules.sentence import lexicon

FLAG, OK = True, False

# (source, target, source lang, target lang, reported?)
CASES = [
    # --- Catalan: "no", "mai", "ningú", "sense"; "cap" (towards, head), "res" (abans que
    # res) and "no fa gaire" (recently) negate nothing
    ("«No podem acceptar que les famílies paguin més», va dir.",
     "«Podemos aceptar que las familias paguen más», dijo.", "ca", "es", FLAG),
    ("El Govern no aprovarà el pressupost aquest any.",
     "The government will approve the budget this year.", "ca", "en", FLAG),
    ("The mayor has never visited the neighbourhood.", "L'alcalde ha visitat el barri.", "en", "ca", FLAG),
    ("«No podem acceptar que les famílies paguin més», va dir.",
     "«No podemos aceptar que las familias paguen más», dijo.", "ca", "es", OK),
    ("El Govern no aprovarà el pressupost aquest any.",
     "The government will not approve the budget this year.", "ca", "en", OK),
    ("L'empresa no va pagar els deutes.", "The company failed to pay its debts.", "ca", "en", OK),
    ("Els preus han pujat no més de 2 punts.", "Prices have risen by at most 2 points.", "ca", "en", OK),
    ("No només han pujat els preus, sinó també els salaris.", "Prices and wages have both risen.",
     "ca", "en", OK),
    ("No fa gaire, l'Ajuntament va obrir una nova biblioteca.",
     "Recently, the city council opened a new library.", "ca", "en", OK),
    ("Cap a les deu, la policia va arribar al lloc dels fets.",
     "At around ten, the police arrived at the scene.", "ca", "en", OK),
    ("Abans que res, vull agrair la feina dels voluntaris.",
     "First of all, I want to thank the volunteers for their work.", "ca", "en", OK),
    ("Sense dubte, és un pas important.", "This is undoubtedly an important step.", "ca", "en", OK),
    # --- Czech: ne- written onto the verb (listed forms); an unlisted negated verb is a
    # negative word; nemocnice, nezávislý, nebezpečí, nechal (let), nedávno are no negation
    ("Vláda návrh zákona neschválila, uvedl mluvčí.",
     "The government approved the bill, the spokesman said.", "cs", "en", FLAG),
    ("Ten zápas bych tehdy neotočila, řekla.",
     "I would have turned that match around then, she said.", "cs", "en", FLAG),
    ("The minister did not attend the meeting.", "Ministr se jednání zúčastnil.", "en", "cs", FLAG),
    ("Vláda návrh zákona neschválila, uvedl mluvčí.",
     "The government did not approve the bill, the spokesman said.", "cs", "en", OK),
    ("Argentina úroky nezaplatila.", "Argentina failed to pay the interest.", "cs", "en", OK),
    ("Ceny vzrostly o ne více než 2 procenta.", "Prices rose by at most 2 percent.", "cs", "en", OK),
    ("Nejde jen o peníze, ale i o důvěru.", "It is about money, but also about trust.", "cs", "en", OK),
    ("The police did not identify the man.", "Policie muže neidentifikovala.", "en", "cs", OK),
    ("He did not hesitate to criticise the government.", "Neváhal kritizovat vládu.", "en", "cs", OK),
    ("Nezávislý kandidát získal nejvíce hlasů.", "The independent candidate won the most votes.",
     "cs", "en", OK),
    ("Policie vyšetřuje nehodu, která se stala v neděli nedaleko Prahy.",
     "Police are investigating the accident that happened on Sunday near Prague.", "cs", "en", OK),
    ("Nechal si poradit od odborníků.", "He let experts advise him.", "cs", "en", OK),
    ("Nezaměstnanost nedávno klesla na 3 procenta.", "Unemployment recently fell to 3 percent.",
     "cs", "en", OK),
    # --- Slovak: "nie" alone (nie je), ne- on other verbs; neho/nemu (him), neskôr (later),
    # až (only then) are no negation
    ("Parlament zákon neschválil.", "Parliament approved the law.", "sk", "en", FLAG),
    ("Minister nie je spokojný s výsledkom.", "The minister is satisfied with the result.", "sk", "en", FLAG),
    ("The company did not pay the fine.", "Spoločnosť pokutu zaplatila.", "en", "sk", FLAG),
    ("Parlament zákon neschválil.", "Parliament did not approve the law.", "sk", "en", OK),
    ("Spoločnosť nezaplatila dane.", "The company failed to pay its taxes.", "sk", "en", OK),
    ("Čakanie trvalo nie viac ako 15 minút.", "The wait lasted at most 15 minutes.", "sk", "en", OK),
    ("Nejde len o peniaze, ale aj o dôveru.", "It is about money, but also about trust.", "sk", "en", OK),
    ("The police did not identify the man.", "Polícia muža neidentifikovala.", "en", "sk", OK),
    ("Neskôr sa ukázalo, že nezávislý kandidát vyhral.",
     "It later turned out that the independent candidate had won.", "sk", "en", OK),
    ("Strana sa rozhodla hlasovať za neho.", "The party decided to vote for him.", "sk", "en", OK),
    ("Pacienta previezli do nemocnice v Nitre.", "The patient was taken to hospital in Nitra.",
     "sk", "en", OK),
    # --- Hungarian: nem, sem, nincs, nélkül; nemzeti, nemrég, "nem sokkal később" (shortly
    # after), "nem egyszer" (more than once), -talan/-telen are no negation of the clause
    ("A kormány nem fogadta el a javaslatot.", "The government accepted the proposal.", "hu", "en", FLAG),
    ("The company has not paid the fine.", "A cég kifizette a bírságot.", "en", "hu", FLAG),
    ("Nem volt áram a városban.", "Es gab Strom in der Stadt.", "hu", "de", FLAG),
    ("A kormány nem fogadta el a javaslatot.", "The government did not accept the proposal.",
     "hu", "en", OK),
    ("A kormány nem fogadta el a javaslatot.", "The government rejected the proposal.", "hu", "en", OK),
    ("Nem csak az árak emelkedtek, hanem a bérek is.", "Prices rose, and so did wages.", "hu", "en", OK),
    ("Az árak nem több, mint 2 százalékkal emelkedtek.", "Prices rose by at most 2 percent.",
     "hu", "en", OK),
    ("A Magyar Nemzeti Bank kamatot emelt.", "The Hungarian National Bank raised interest rates.",
     "hu", "en", OK),
    ("Nem sokkal később a rendőrség elfogta a gyanúsítottat.",
     "Shortly afterwards, the police arrested the suspect.", "hu", "en", OK),
    ("Nem egyszer fordult elő, hogy a vonat késett.",
     "It happened more than once that the train was late.", "hu", "en", OK),
    ("The race ended unexpectedly.", "A verseny váratlanul véget ért.", "en", "hu", OK),
    # --- Turkish: değil, yok, hiç, asla, kimse; a verb negated by its suffix is no negator
    # (the format cannot say it) but a negative word, so a faithful "-madı" stays silent;
    # "yok etti" (destroyed), "hayır kurumları" (charities), "değil, aynı zamanda" (not only)
    ("Bakan, 'Bu karar kesin değil' dedi.", "The minister said: 'This decision is final.'",
     "tr", "en", FLAG),
    ("Şu anda ekonomide bir kriz yok.", "There is currently a crisis in the economy.", "tr", "en", FLAG),
    ("The minister did not attend the meeting.", "Bakan toplantıya katıldı.", "en", "tr", FLAG),
    ("Bakan, 'Bu karar kesin değil' dedi.", "The minister said: 'This decision is not final.'",
     "tr", "en", OK),
    ("The minister did not attend the meeting.", "Bakan toplantıya katılmadı.", "en", "tr", OK),
    ("The company could not pay its debt.", "Şirket borcunu ödeyemedi.", "en", "tr", OK),
    ("Police said the suspect would not be released.",
     "Polis, şüphelinin serbest bırakılmayacağını söyledi.", "en", "tr", OK),
    ("Kazada yaralanan olmadı.", "No one was injured in the accident.", "tr", "en", OK),
    ("The man was not employed at the time.", "Adam o sırada işsizdi.", "en", "tr", OK),
    ("Bu sadece ekonomik değil, aynı zamanda siyasi bir sorun.",
     "This is not only an economic but also a political problem.", "tr", "en", OK),
    ("Yangın ormanın büyük bölümünü yok etti.", "The fire destroyed much of the forest.", "tr", "en", OK),
    ("Hükümet, hayır kurumlarına destek verdi.", "The government supported charities.", "tr", "en", OK),
    ("Temmuz ayında işsizlik oranı düştü.", "The unemployment rate fell in July.", "tr", "en", OK),
    # --- Indonesian: tidak, tak, bukan, belum, tanpa, jangan; "bukan main" (extremely),
    # "tak lama kemudian" (shortly after), "belum lama ini" (recently), "tidak sedikit" (many)
    ("Pemerintah tidak akan menaikkan harga BBM tahun ini.",
     "The government will raise fuel prices this year.", "id", "en", FLAG),
    ("The police have not named the suspect.", "Polisi sudah menyebutkan nama tersangka.", "en", "id", FLAG),
    ("Belum ada korban jiwa yang dilaporkan.", "Fatalities have been reported.", "id", "en", FLAG),
    ("Pemerintah tidak akan menaikkan harga BBM tahun ini.",
     "The government will not raise fuel prices this year.", "id", "en", OK),
    ("The police have not yet named the suspect.", "Polisi belum menyebutkan nama tersangka.",
     "en", "id", OK),
    ("Perusahaan itu gagal membayar utangnya.", "The company did not pay its debt.", "id", "en", OK),
    ("Kenaikan harga tidak lebih dari 2 persen.", "The price increase was at most 2 percent.",
     "id", "en", OK),
    ("Banjir tidak hanya merusak rumah, tetapi juga jalan.", "The flood damaged houses and roads.",
     "id", "en", OK),
    ("Bukan main senangnya warga desa itu.", "The villagers were extremely happy.", "id", "en", OK),
    ("Tak lama kemudian, polisi tiba di lokasi.", "Shortly afterwards, police arrived at the scene.",
     "id", "en", OK),
    ("Belum lama ini, pemerintah meluncurkan program baru.",
     "Recently, the government launched a new programme.", "id", "en", OK),
    ("Tidak sedikit warga yang mengungsi.", "Many residents fled.", "id", "en", OK),
    # --- Lithuanian: ne-, nėra, jokių; nei/negu (than), "be to" (besides), "ne kartą"
    # (more than once), netrukus (soon), neseniai (recently) negate nothing
    ("Vyriausybė nepritarė šiam pasiūlymui.", "The government approved this proposal.", "lt", "en", FLAG),
    ("Policija sakė, kad nėra jokių įrodymų.", "Police said there was evidence.", "lt", "en", FLAG),
    ("The minister did not attend the meeting.", "Ministras dalyvavo posėdyje.", "en", "lt", FLAG),
    ("Vyriausybė nepritarė šiam pasiūlymui.", "The government did not support this proposal.",
     "lt", "en", OK),
    ("The agency did not confirm the report.", "Agentūra nepatvirtino pranešimo.", "en", "lt", OK),
    ("Įmonei nepavyko sumokėti skolos.", "The company failed to pay its debt.", "lt", "en", OK),
    ("Kainos padidėjo ne daugiau kaip 2 procentais.", "Prices rose by at most 2 percent.", "lt", "en", OK),
    ("Tai ne tik ekonominė, bet ir politinė problema.",
     "This is an economic and also a political problem.", "lt", "en", OK),
    ("Renginyje dalyvavo daugiau nei 100 žmonių.", "More than 100 people attended the event.",
     "lt", "en", OK),
    ("Be to, vyriausybė padidino mokesčius.", "In addition, the government raised taxes.", "lt", "en", OK),
    ("Jis tai kartojo ne kartą.", "He repeated it more than once.", "lt", "en", OK),
    ("Netrukus policija sulaikė įtariamąjį.", "Soon the police detained the suspect.", "lt", "en", OK),
    # --- Latvian: ne-, nav, neviens; nekā (than), nedēļa (week), nesen (recently),
    # neizšķirti (a draw), "bez tam" (besides) negate nothing
    ("Valdība neatbalstīja šo priekšlikumu.", "The government supported this proposal.", "lv", "en", FLAG),
    ("Policija paziņoja, ka cietušo nav.", "Police said there were casualties.", "lv", "en", FLAG),
    ("The minister did not attend the meeting.", "Ministrs piedalījās sēdē.", "en", "lv", FLAG),
    ("Valdība neatbalstīja šo priekšlikumu.", "The government did not support this proposal.",
     "lv", "en", OK),
    ("The agency did not confirm the report.", "Aģentūra neapstiprināja ziņojumu.", "en", "lv", OK),
    ("Uzņēmumam neizdevās samaksāt parādu.", "The company failed to pay its debt.", "lv", "en", OK),
    ("Cenas pieauga ne vairāk kā par 2 procentiem.", "Prices rose by at most 2 percent.", "lv", "en", OK),
    ("Tā ir ne tikai ekonomiska, bet arī politiska problēma.",
     "It is an economic and also a political problem.", "lv", "en", OK),
    ("Pasākumā piedalījās vairāk nekā 100 cilvēku.", "More than 100 people attended the event.",
     "lv", "en", OK),
    ("Nedēļas beigās valdība lems par budžetu.",
     "At the end of the week the government will decide on the budget.", "lv", "en", OK),
    ("Spēle beidzās neizšķirti.", "The game ended in a draw.", "lv", "en", OK),
    ("Bez tam valdība palielināja nodokļus.", "In addition, the government raised taxes.", "lv", "en", OK),
    # the same English negation against each language's faithful wording
    ("The company has no plans to close the factory.", "Společnost neplánuje uzavřít továrnu.", "en", "cs", OK),
    ("The company has no plans to close the factory.", "Spoločnosť neplánuje zatvoriť továreň.", "en", "sk", OK),
    ("The company has no plans to close the factory.", "A vállalat nem tervezi a gyár bezárását.", "en", "hu", OK),
    ("The company has no plans to close the factory.", "Şirketin fabrikayı kapatma planı yok.", "en", "tr", OK),
    ("The company has no plans to close the factory.", "Įmonė neplanuoja uždaryti gamyklos.", "en", "lt", OK),
    ("The company has no plans to close the factory.", "Uzņēmums neplāno slēgt rūpnīcu.", "en", "lv", OK),
    ("The company has no plans to close the factory.", "Perusahaan tidak berencana menutup pabrik.", "en", "id", OK),
    ("The company has no plans to close the factory.", "L'empresa no té previst tancar la fàbrica.", "en", "ca", OK),
]


def p001(src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=["P001"])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == "P001"]


@pytest.mark.parametrize("src,tgt,sl,tl,expected", CASES,
                         ids=[f"{c[2]}-{c[3]}-{'flag' if c[4] else 'ok'}-{i}" for i, c in enumerate(CASES)])
def test_negation_flip(src, tgt, sl, tl, expected):
    # a pair is judged only when both languages have a lexicon
    assert lexicon(sl) is not None and lexicon(tl) is not None, (sl, tl)
    found = p001(src, tgt, sl, tl)
    if expected:
        assert found, f"dropped negation not reported: {src!r} -> {tgt!r}"
    else:
        assert not found, f"false alarm: {[f.message for f in found]}"


# (session 41) a "without" on each side (`without:` in the polarity lexicons) is set apart,
# and the clause's own negator compared
def test_dropped_negation_beside_without():
    assert p001("Bez publika bych ten zápas neotočila, řekla.",
                "Without the crowd I would have turned the match around, she said.", "cs", "en")


# (session 34) Hebrew and Arabic lexicons, mtcheck/data/polarity/{he,ar}.txt
HE_AR = [
    ("Curator Noa Ben-David said most of the pieces had never been shown outside Italy.",
     "האוצרת נועה בן-דוד אמרה כי רוב הפריטים הוצגו בעבר מחוץ לאיטליה.", "en", "he", FLAG),
    ("Curator Noa Ben-David said most of the pieces had never been shown outside Italy.",
     "האוצרת נועה בן-דוד אמרה כי רוב הפריטים לא הוצגו מעולם מחוץ לאיטליה.", "en", "he", OK),
    ("הממשלה לא אישרה את התקציב.", "The government approved the budget.", "he", "en", FLAG),
    ("הממשלה לא רק אישרה את התקציב אלא גם העלתה מסים.",
     "The government not only approved the budget but also raised taxes.", "he", "en", OK),
    ("The company failed to pay its debts.", "החברה לא שילמה את חובותיה.", "en", "he", OK),
    ("The government did not approve the budget.", "وافقت الحكومة على الميزانية.", "en", "ar", FLAG),
    ("The government did not approve the budget.", "لم توافق الحكومة على الميزانية.", "en", "ar", OK),
    ("لن ترفع الحكومة الضرائب هذا العام.", "The government will raise taxes this year.", "ar", "en", FLAG),
    ("The government not only approved the budget but also raised taxes.",
     "لم تكتف الحكومة بالموافقة على الميزانية، بل رفعت الضرائب أيضاً.", "en", "ar", OK),
    ("The service is free of charge.", "الخدمة مجانية.", "en", "ar", OK),
]


@pytest.mark.parametrize("src,tgt,sl,tl,expected", HE_AR, ids=[f"{c[2]}-{c[3]}-{i}" for i, c in enumerate(HE_AR)])
def test_negation_flip_hebrew_arabic(src, tgt, sl, tl, expected):
    test_negation_flip(src, tgt, sl, tl, expected)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("ويعد الأردن من أفقر دول العالم مائياً، إذ لا تتجاوز حصة الفرد 61 متراً مكعباً سنوياً.",
     "Jordan is one of the most water-scarce countries, with just 61 cubic metres per person a year.", "ar", "en"),
    ("The rate was just 1.7 per 1,000 passengers.", "بمعدل أخطاء لم يتجاوز 1.7 حقيبة لكل ألف مسافر.", "en", "ar"),
])
def test_arabic_does_not_exceed_is_a_bound(src, tgt, sl, tl):
    assert not p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("وقال إن الطلب على خدماتنا في منطقة الخليج لا يزال قوياً.", "He said demand for our services in the Gulf remains strong.", "ar", "en"),
    ("אין ספק שהמחירים יעלו.", "Prices will certainly rise.", "he", "en"),
])
def test_fixed_phrases_with_a_negator(src, tgt, sl, tl):
    assert not p001(src, tgt, sl, tl)
