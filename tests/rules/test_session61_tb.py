"""Session 61 helper tb: T003 (inconsistent-rendering) false alarms and misses of batches 34/35.

* A scale word's look-alike (English mill, also "mill." for million) counts as a scale
  beside a term only after a figure (4.8 trillion won), so a swapped modifier beside it
  (paper mill / paper plant) is found again.
* Korean verbs of speech (말했다, 밝혔다) are no terms, like said / sanoi.
* A swapped-modifier finding needs the shared neighbour to render the term: a neighbour
  standing in all of the term's sentences, as another source word does that is never beside
  the term (roof ... portable classrooms ... three classrooms), renders that word.
* A Chinese translation's run whose last character differs is no other rendering where the
  source term is a modifier of a noun after it here only (restitution order → 赔偿令).
* A unique source word sitting nearer a candidate explains it only when the translation has
  no word spelled like it (protocolo ~ protocol: the indemnity protocol).
* Italian nouns in -io (laboratorio / laboratori) are one word.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _hedges


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# -- a scale's look-alike (mill) -------------------------------------------------------------
FI = ("Kemiin suunnitellaan uutta paperitehdasta\n\n"
      "Yhtiö aikoo rakentaa Kemiin uuden paperitehtaan. Tehdas rakennettaisiin sataman tuntumaan, entisen paperitehtaan alueelle.\n\n"
      "Toimitusjohtajan mukaan paperitehdas työllistäisi noin 300 henkeä. Yhtiö aikoo rekrytoida tehtaalle paikallisia työntekijöitä.\n\n"
      "Tehdas käyttäisi vuosittain paljon kuitupuuta. Puu kuljetettaisiin tehtaalle rekoilla.\n\n"
      "Suomessa on jo useita suuria paperitehtaita. ”Uusi paperitehdas ei saa tarkoittaa hakkuiden kasvua”, asiantuntija sanoi.\n\n"
      "”Paperi lähtee maailmalle meritse, joten satama on meille yhtä tärkeä kuin itse paperitehdas”, kaupunginjohtaja sanoi.\n")
EN_FI = ("New paper mill planned for Kemi\n\n"
      "The company plans to build a new paper mill in Kemi. The mill would be built close to the port, on the site of a former paper mill.\n\n"
      "According to the chief executive, the paper mill would employ around 300 people. The company intends to recruit local workers for the mill.\n\n"
      "The mill would use a lot of pulpwood a year. The wood would be brought to the mill by lorry.\n\n"
      "Finland already has several large paper mills. “A new paper mill must not mean more logging,” the expert said.\n\n"
      "“The paper goes out to the world by sea, so the port is just as important to us as the paper {} itself,” the mayor said.\n")


def test_mill_no_scale_fi_en(tmp_path):
    msgs = t003(tmp_path, FI, EN_FI.format("plant"), "fi", "en")
    assert any("paper plant" in m for m in msgs), msgs


def test_mill_consistent_silent(tmp_path):
    assert t003(tmp_path, FI, EN_FI.format("mill"), "fi", "en") == []


def test_scale_after_figure_still_silent(tmp_path):
    src = ("Paperitehdas maksaa 50 miljoonaa euroa. Kaupunki maksaa 30 miljoonaa euroa teistä.\n\n"
           "Hankkeen kokonaiskustannus on noussut 1,2 miljardiin euroon.\n\n"
           "Valtuusto leikkasi siitä 20 miljoonaa euroa.\n")
    tgt = ("The paper mill costs 50 million euros. The city pays 30 million euros for roads.\n\n"
           "The total cost of the project has risen to 1.2 billion euros.\n\n"
           "The council cut 20 million euros from it.\n")
    assert not any("billion" in m for m in t003(tmp_path, src, tgt, "fi", "en"))


# -- Korean verbs of speech -----------------------------------------------------------------
KO = ("강릉시, 커피 축제 방문객 40만 명 돌파\n\n"
      "올해 강릉 커피 축제에 40만 명이 넘는 방문객이 찾았다.\n\n"
      "김민수 강릉시 관광과장은 \"축제 기간을 늘리겠다\"고 말했다.\n\n"
      "축제 기간 동안 지역 카페의 매출은 크게 늘었다.\n\n"
      "카페를 운영하는 이영희 씨는 \"주말에는 손님이 평소보다 세 배 많았다\"고 말했다.\n\n"
      "박준호 강릉경찰서 교통과장은 \"내년에는 셔틀버스를 더 자주 운행해야 한다\"고 말했다.\n")
FR_KO = ("Gangneung : le festival du café dépasse les 400 000 visiteurs\n\n"
      "Plus de 400 000 visiteurs se sont rendus cette année au festival du café de Gangneung.\n\n"
      "« Nous allons allonger le festival », a déclaré Kim Min-su, chef du service du tourisme de la ville.\n\n"
      "Pendant le festival, le chiffre d'affaires des cafés de la ville a fortement augmenté.\n\n"
      "« Le week-end, nous avons eu trois fois plus de clients que d'habitude », raconte Lee Young-hee, qui tient un café. « Les touristes étaient nombreux. »\n\n"
      "« L'an prochain, il faudra faire circuler les navettes plus souvent », estime Park Jun-ho, du service de la circulation de la police de Gangneung.\n")
EN_KO = ("Gangneung coffee festival passes 400,000 visitors\n\n"
      "More than 400,000 visitors came to the Gangneung coffee festival this year.\n\n"
      "\"We will make the festival longer,\" said Kim Min-su, head of the city's tourism department.\n\n"
      "During the festival, sales at the city's cafés rose sharply.\n\n"
      "\"At weekends we had three times as many customers as usual,\" says Lee Young-hee, who owns a café. \"The tourists were numerous.\"\n\n"
      "\"Next year the shuttle buses will have to run more often,\" says Park Jun-ho of the traffic department of the Gangneung police.\n")
DE_KO = ("Kaffeefestival in Gangneung zählt mehr als 400.000 Besucher\n\n"
      "Mehr als 400.000 Besucher kamen in diesem Jahr zum Kaffeefestival in Gangneung.\n\n"
      "„Wir werden das Festival verlängern“, sagte Kim Min-su, Leiter der Abteilung für Tourismus der Stadt.\n\n"
      "Während des Festivals stieg der Umsatz der Cafés der Stadt stark.\n\n"
      "„Am Wochenende hatten wir dreimal so viele Gäste wie sonst“, erzählt Lee Young-hee, die ein Café besitzt. „Die Touristen waren zahlreich.“\n\n"
      "„Nächstes Jahr müssen die Shuttlebusse öfter fahren“, meint Park Jun-ho von der Abteilung für Verkehr der Polizei von Gangneung.\n")


def test_korean_speech_verb_no_term(tmp_path):
    assert "말했다" in _hedges("ko") and "밝혔다" in _hedges("ko")
    msgs = t003(tmp_path, KO, EN_KO, "ko", "en")
    assert not any("말했다" in m for m in msgs), msgs
    msgs = t003(tmp_path, KO, DE_KO, "ko", "de")
    assert not any("말했다" in m for m in msgs), msgs


# -- a shared neighbour that renders another word ------------------------------------------
EN_ROOF = ("Village school moves pupils into portable classrooms after cracks found in roof\n\n"
      "Pupils at Elm Road School will be taught in portable classrooms until summer after engineers found cracks in the roof of the main building.\n\n"
      "The school, which has 180 pupils, closed for two days last week.\n\n"
      "A survey found damaged panels across half of the roof above the hall and three classrooms.\n\n"
      "Parents were told about the problem in a letter on Friday.\n")
RU_ROOF = ("Школа в деревне перевела учеников во временные классы из-за трещин в крыше\n\n"
      "Учеников школы на Элм-роуд будут учить во временных классах до лета: инженеры обнаружили трещины в крыше главного здания.\n\n"
      "Школа, в которой учатся 180 детей, на прошлой неделе закрылась на два дня.\n\n"
      "Обследование выявило повреждённые плиты на половине площади крыши над актовым залом и тремя классами.\n\n"
      "Родителям сообщили о проблеме в письме в пятницу.\n")
PL_ROOF = ("Szkoła we wsi przeniosła uczniów do tymczasowych klas z powodu pęknięć w dachu\n\n"
      "Uczniowie szkoły przy Elm Road będą uczyć się w tymczasowych klasach do lata, bo inżynierowie znaleźli pęknięcia w dachu głównego budynku.\n\n"
      "Szkoła, do której chodzi 180 uczniów, była w zeszłym tygodniu zamknięta przez dwa dni.\n\n"
      "Przegląd wykazał uszkodzone płyty na połowie dachu nad aulą i trzema klasami.\n\n"
      "Rodzice dowiedzieli się o problemie z listu w piątek.\n")
UK_ROOF = ("Сільська школа перевела учнів у тимчасові класи через тріщини в даху\n\n"
      "Учнів школи на Елм-роуд навчатимуть у тимчасових класах до літа: інженери виявили тріщини в даху головної будівлі.\n\n"
      "Школа, у якій навчаються 180 дітей, минулого тижня була зачинена на два дні.\n\n"
      "Обстеження виявило пошкоджені плити на половині площі даху над актовою залою та трьома класами.\n\n"
      "Батькам повідомили про проблему в листі в п'ятницю.\n")


def test_neighbour_of_another_word_ru(tmp_path):
    msgs = t003(tmp_path, EN_ROOF, RU_ROOF, "en", "ru")
    assert not any("roof" in m for m in msgs), msgs


def test_neighbour_of_another_word_pl_uk(tmp_path):
    for tgt, tl in ((PL_ROOF, "pl"), (UK_ROOF, "uk")):
        msgs = t003(tmp_path, EN_ROOF, tgt, "en", tl)
        assert not any("roof" in m for m in msgs), msgs


# -- a CJK run whose last character renders the term's head here --------------------------
EN_REST = ("Builder jailed for taking deposits and never doing the work\n\n"
      "A builder who took deposits from dozens of families was sentenced on Monday to five years in prison and ordered to pay $200,000 in restitution.\n\n"
      "The judge said the builder had spent the money on cars.\n\n"
      "Under the restitution order, the builder must hand over half of his wages after his release.\n\n"
      "The court heard from twelve of the families.\n\n"
      "Victims who have not yet come forward can still claim restitution through the court, the prosecutor said.\n")
ZH_REST = ("建筑商收取定金却从未施工被判入狱\n\n"
      "一名向数十户家庭收取定金的建筑商周一被判处5年监禁，并被责令支付20万美元赔偿金。\n\n"
      "法官说，这名建筑商把钱花在了汽车上。\n\n"
      "根据{}，这名建筑商出狱后须交出一半工资。\n\n"
      "法庭听取了其中12户家庭的陈述。\n\n"
      "检察官表示，尚未站出来的受害者仍可通过法院申请赔偿金。\n")


def test_restitution_order_zh_silent(tmp_path):
    msgs = t003(tmp_path, EN_REST, ZH_REST.format("赔偿令"), "en", "zh")
    assert not any("赔偿令" in m for m in msgs), msgs


def test_restitution_swap_zh_still_flagged(tmp_path):
    msgs = t003(tmp_path, EN_REST, ZH_REST.format("补偿金"), "en", "zh")
    assert any("补偿金" in m for m in msgs), msgs


# -- a nearer source word spelled like another word of the translation ----------------------
ES_IND = ("Los osos vuelven a atacar colmenas en la comarca\n\n"
      "Los apicultores de la comarca denuncian que las indemnizaciones por los ataques de osos tardan ocho meses en llegar.\n\n"
      "El Gobierno regional destinará dos millones de euros a indemnizaciones este año.\n\n"
      "Muchos apicultores han perdido la mitad de sus colmenas.\n\n"
      "La consejera de Agricultura y Asuntos Rurales, Ana Gil, se reunirá el jueves con las asociaciones de apicultores para revisar el protocolo de indemnizaciones.\n")
EN_IND = ("Bears attack hives again in the district\n\n"
      "Beekeepers in the district complain that compensation for bear attacks takes eight months to arrive.\n\n"
      "The regional government will set aside two million euros for compensation this year.\n\n"
      "Many beekeepers have lost half of their hives.\n\n"
      "The regional minister for agriculture and rural affairs, Ana Gil, will meet the beekeepers' associations on Thursday to review the {} protocol.\n")
PT_IND = ("Os ursos voltam a atacar colmeias na região\n\n"
      "Os apicultores da região queixam-se de que as indenizações pelos ataques de ursos demoram oito meses a chegar.\n\n"
      "O governo regional vai destinar dois milhões de euros a indenizações este ano.\n\n"
      "Muitos apicultores perderam metade das colmeias.\n\n"
      "A secretária regional da Agricultura e dos Assuntos Rurais, Ana Gil, reúne-se na quinta-feira com as associações de apicultores para rever o protocolo de indenizações.\n")


def test_cognate_neighbour_explains_nothing_es_pt(tmp_path):
    for src, sl in ((ES_IND, "es"), (PT_IND, "pt")):
        msgs = t003(tmp_path, src, EN_IND.format("indemnity"), sl, "en")
        assert any("“indemnity” here" in m for m in msgs), (sl, msgs)


def test_cognate_neighbour_consistent_silent(tmp_path):
    for src, sl in ((ES_IND, "es"), (PT_IND, "pt")):
        assert t003(tmp_path, src, EN_IND.format("compensation"), sl, "en") == []


# -- Italian nouns in -io ------------------------------------------------------------------
IT_LAB = ("La scuola di ceramica di Faenza cambia sede\n\n"
      "La scuola si trasferirà nel 2027 in un ex convento del centro storico.\n\n"
      "La nuova sede avrà sei laboratori, una biblioteca e una sala per le mostre.\n\n"
      "Oggi gli studenti lavorano in laboratori troppo piccoli e poco luminosi.\n\n"
      "Il direttore ha spiegato che il lavoro dell'argilla richiede molto spazio.\n\n"
      "Nel nuovo edificio ogni laboratorio avrà un forno elettrico e un impianto di aspirazione.\n")
EN_LAB = ("Faenza ceramics school moves to new premises\n\n"
      "In 2027 the school will move to a former convent in the old town.\n\n"
      "The new premises will have six workshops, a library and an exhibition room.\n\n"
      "Students currently work in workshops that are too small and too dark.\n\n"
      "The director explained that working with clay needs a lot of space.\n\n"
      "In the new building, each {} will have an electric kiln and an extraction system.\n")
FR_LAB = ("L'école de céramique de Faenza change de locaux\n\n"
      "En 2027, l'école s'installera dans un ancien couvent du centre historique.\n\n"
      "Les nouveaux locaux compteront six ateliers, une bibliothèque et une salle d'exposition.\n\n"
      "Aujourd'hui, les élèves travaillent dans des ateliers trop petits et trop sombres.\n\n"
      "Le directeur a expliqué que le travail de l'argile demande beaucoup de place.\n\n"
      "Dans le nouveau bâtiment, chaque {} disposera d'un four électrique et d'un système d'aspiration.\n")
DE_LAB = ("Keramikschule in Faenza zieht um\n\n"
      "Die Schule zieht 2027 in ein ehemaliges Kloster in der Altstadt.\n\n"
      "Das neue Gebäude wird sechs Werkstätten, eine Bibliothek und einen Ausstellungsraum haben.\n\n"
      "Heute arbeiten die Schüler in Werkstätten, die zu klein und zu dunkel sind.\n\n"
      "Der Direktor erklärte, die Arbeit mit Ton brauche viel Platz.\n\n"
      "Im neuen Gebäude wird jede {} einen Elektroofen und eine Absauganlage haben.\n")


def test_italian_io_plural_one_word_en_de(tmp_path):
    msgs = t003(tmp_path, IT_LAB, EN_LAB.format("laboratory"), "it", "en")
    assert any("“laboratory” here" in m for m in msgs), msgs
    msgs = t003(tmp_path, IT_LAB, DE_LAB.format("Versuchsstätte"), "it", "de")
    assert any("“Versuchsstätte” here" in m for m in msgs), msgs


def test_italian_io_plural_consistent_silent(tmp_path):
    assert t003(tmp_path, IT_LAB, EN_LAB.format("workshop"), "it", "en") == []
    assert t003(tmp_path, IT_LAB, DE_LAB.format("Werkstatt"), "it", "de") == []
    assert t003(tmp_path, IT_LAB, FR_LAB.format("atelier"), "it", "fr") == []
