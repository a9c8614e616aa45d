"""Session 38, T003 inconsistent-rendering: one mention of a repeated term swapped for a
synonym (caught more often), and correct translations no longer flagged.  Each test has
the odd rendering flagged and the consistent translation left alone."""
from __future__ import annotations

from mtcheck.model import Alignment, Bead, Document, Paragraph, Segment
from mtcheck.rules import CheckContext, run_rules, select_rules
from mtcheck.rules.terminology import _inflected, _other_head, _same_word, _stem_map


def _ctx(src_sents: list[str], tgt_sents: list[str], sl: str, tl: str) -> CheckContext:
    """One bead per sentence."""
    def doc(sents: list[str], lang: str, role: str, path: str) -> Document:
        paras, segs, pos = [], [], 0
        for i, s in enumerate(sents):
            paras.append(Paragraph(i, "body", pos, pos + len(s)))
            segs.append(Segment(i, i, "body", pos, pos + len(s), s))
            pos += len(s) + 2
        d = Document(path=path, lang=lang, role=role, text="\n\n".join(sents))
        d.paragraphs, d.segments = paras, segs
        return d

    src = doc(src_sents, sl, "source", "src.txt")
    tgt = doc(tgt_sents, tl, "target", "tgt.txt")
    al = Alignment(src.path, tgt.path, [Bead([i], [i]) for i in range(len(src_sents))])
    return CheckContext(tgt, src, [], {tgt.path: al})


def _t003(src, tgt, sl, tl) -> list[str]:
    return [f.text for f in run_rules(_ctx(src, tgt, sl, tl), select_rules(["T003"]))]


def _check(src, bad, good, sl, tl, want):
    assert _t003(src, bad, sl, tl) == [want]
    assert _t003(src, good, sl, tl) == []


# -- another source word in just the majority's beads, with a rendering of its own there
# (wyścigu → Rundfahrt beside koszulka lidera → Führungstrikot), or far from the rendering
# (nuovi … sfioratore), no longer hides the swap
def test_rival_with_its_own_rendering_pl_de():
    src = ["Zawadzki wygrał etap i przejął koszulkę lidera wyścigu.",
           "Kolarz pokonał trasę w czasie czterech godzin.",
           "Drugi na mecie był Belg Van Damme.",
           "Zawadzki prowadzi i w czwartek będzie bronił koszulki lidera na trasie do Krakowa.",
           "Koszulkę lidera wyścigu nosił wcześniej Polak Nowak."]
    good = ["Zawadzki gewann die Etappe und übernahm das Führungstrikot der Rundfahrt.",
            "Der Radfahrer bewältigte die Strecke in vier Stunden.",
            "Zweiter im Ziel war der Belgier Van Damme.",
            "Zawadzki führt und muss am Donnerstag das Führungstrikot auf dem Weg nach Krakau verteidigen.",
            "Das Führungstrikot der Rundfahrt trug zuvor der Pole Nowak."]
    bad = good[:3] + ["Zawadzki führt und muss am Donnerstag das Leadertrikot auf dem Weg nach Krakau verteidigen."] + good[4:]
    _check(src, bad, good, "pl", "de", "Leadertrikot")


def test_rival_far_from_the_rendering_it_fr():
    src = ["I lavori riguardano soprattutto lo sfioratore, insufficiente per le piene dei nuovi modelli.",
           "«Il nuovo sfioratore potrà scaricare 600 metri cubi al secondo», ha spiegato Argirò.",
           "Il livello del lago sarà abbassato di circa 30 metri.",
           "Secondo Legambiente, i lavori sullo sfioratore dovrebbero rispettare il deflusso minimo."]
    good = ["Les travaux portent surtout sur l'évacuateur de crues, insuffisant pour les crues des nouveaux modèles.",
            "« Le nouvel évacuateur de crues pourra évacuer 600 mètres cubes par seconde », a expliqué Argirò.",
            "Le niveau du lac sera abaissé d'environ 30 mètres.",
            "Selon Legambiente, les travaux sur l'évacuateur de crues doivent respecter le débit minimal."]
    bad = good[:3] + ["Selon Legambiente, les travaux sur le déversoir doivent respecter le débit minimal."]
    got = _t003(src, bad, "it", "fr")
    assert len(got) == 1 and got[0].startswith("déversoir"), got
    assert _t003(src, good, "it", "fr") == []


# -- a verb that shares four letters with a compound is no form of it (führt / Führungstrikot)
def test_a_verb_is_no_form_of_a_compound():
    assert not _same_word("fuhrt", "fuhrungstrikot", "de")
    assert _same_word("autobahn", "autobahnen", "de")
    assert _same_word("policy", "policies")


# -- a Dutch or Swedish compound is no ending of its first part (reactor / reactorvat), so
# the compound is a word of its own and its swap (drukvat) shows
def test_compound_head_is_no_ending():
    assert _stem_map(["reactor", "reactorvat"], "nl") == {}
    # endings of three letters that open with a vowel still join (Swedish -ens, Danish -ene)
    assert _stem_map(["tidning", "tidningens"], "sv") == {"tidning": "tidning", "tidningens": "tidning"}
    assert _stem_map(["forsikring", "forsikringene"], "da")
    # and other languages keep their three-letter endings (Polish rezerwami)
    assert _stem_map(["rezerwa", "rezerwami"], "pl")


def test_compound_swapped_de_nl():
    src = ["Engie will den Reaktor Tihange 3 länger betreiben.",
           "Voraussetzung ist eine Prüfung des Reaktordruckbehälters durch die Agentur.",
           "Bei früheren Kontrollen waren im Reaktordruckbehälter von Tihange 2 Risse entdeckt worden.",
           "Die Verlängerung kostet rund 1,6 Milliarden Euro.",
           "Ein Gutachten zum Zustand des Reaktordruckbehälters soll bis Juni vorliegen."]
    good = ["Engie wil de reactor Tihange 3 langer laten draaien.",
            "Voorwaarde is een onderzoek van het reactorvat door het agentschap.",
            "Bij eerdere controles werden in het reactorvat van Tihange 2 scheurtjes ontdekt.",
            "De verlenging kost zo'n 1,6 miljard euro.",
            "Een rapport over de toestand van het reactorvat moet in juni klaar zijn."]
    bad = good[:2] + ["Bij eerdere controles werden in het drukvat van Tihange 2 scheurtjes ontdekt."] + good[3:]
    _check(src, bad, good, "de", "nl", "drukvat")


# -- a language that puts the verb last (Korean): the swapped rendering far from the term's
# place is still flagged when it is the bead's only place for the kept word, and a source word
# with a rendering of its own (기상청 → KMA) does not stand in for the term
KO = ["기상청은 태풍이 제주에 접근했다고 밝혔다.",
      "기상청은 최고 3m의 폭풍해일이 일어날 수 있다며 주민들에게 대피를 당부했다.",
      "태풍의 중심기압은 945hPa다.",
      "김민수 부산시 재난대응과장은 만조와 겹치는 폭풍해일이 큰 피해를 낼 수 있다고 말했다.",
      "기상청은 8일 아침까지 폭풍해일 경보를 유지할 계획이다."]
EN = ["The KMA said the typhoon had approached Jeju.",
      "The KMA warned that a storm surge of up to 3 metres could hit and urged residents to evacuate.",
      "The central pressure of the typhoon is 945 hPa.",
      "A storm surge coinciding with high tide could cause severe damage, said Kim Min-su, head of Busan's "
      "disaster response division.",
      "The KMA plans to keep its storm surge warning in place until the morning of the 8th."]


def test_swap_far_in_verb_final_order_ko_en():
    bad = EN[:3] + [EN[3].replace("storm surge", "tidal surge")] + EN[4:]
    _check(KO, bad, EN, "ko", "en", "tidal surge")


def test_far_rendering_without_the_kept_word_alone_is_not_flagged_ko_en():
    # the kept word twice in the bead: the swap is not the only place for it
    bad = EN[:3] + ["A tidal surge coinciding with high tide, a surge that could cause severe damage, said "
                    "Kim Min-su, head of Busan's disaster response division."] + EN[4:]
    assert _t003(KO, bad, "ko", "en") == []


# -- a participle (Lorries weighing …) renders another source word than the noun does
def test_participle_is_no_rendering_of_a_noun_hr_en():
    src = ["Most je otvoren za promet.",
           "Očekuje se da će ga koristiti 20.000 vozila dnevno.",
           "Teretnim vozilima težim od 40 tona prelazak nije dopušten.",
           "Most je zatvoren za motorna vozila dok traju radovi.",
           "Vozila će na ulazu kontrolirati policija.",
           "Sva vozila plaćat će cestarinu od pet eura."]
    tgt = ["The bridge is open to traffic.",
           "It is expected to be used by 20,000 vehicles a day.",
           "Lorries weighing more than 40 tonnes are not allowed to cross.",
           "The bridge is closed to motor vehicles while the works last.",
           "Vehicles will be checked by police at the entrance.",
           "All vehicles will pay a toll of five euros."]
    assert _t003(src, tgt, "hr", "en") == []
    # a noun in its place is still a second rendering
    bad = tgt[:4] + ["Automobiles will be checked by police at the entrance."] + tgt[5:]
    assert _t003(src, bad, "hr", "en") == ["Automobiles"]


def test_participle_is_no_rendering_of_a_noun_pl_en():
    src = ["Most jest otwarty dla ruchu.",
           "Codziennie ma z niego korzystać 20 tysięcy pojazdów.",
           "Ciężarowym pojazdom ważącym ponad 40 ton wjazd jest zabroniony.",
           "Most jest zamknięty dla pojazdów silnikowych podczas prac."]
    tgt = ["The bridge is open to traffic.",
           "It is expected to carry 20,000 vehicles a day.",
           "Lorries weighing over 40 tonnes are banned from it.",
           "The bridge is closed to motor vehicles during the works."]
    assert _t003(src, tgt, "pl", "en") == []


# -- the odd rendering also found, in another form, beside the majority's rendering (Land /
# Länder): the term is rendered both ways there, no clear majority
def test_minority_form_beside_the_majority_en_de():
    src = ["Nearly 200 countries agreed on a new climate goal.",
           "The deal commits wealthy countries to pay poorer nations by 2035.",
           "The next summit will be held in Brazil.",
           "India's delegate said her country objected to the deal."]
    tgt = ["Fast 200 Staaten einigten sich auf ein neues Klimaziel.",
           "Die Vereinbarung verpflichtet wohlhabende Länder, ärmeren Staaten bis 2035 zu zahlen.",
           "Der nächste Gipfel findet in Brasilien statt.",
           "Die indische Delegierte sagte, ihr Land lehne die Vereinbarung ab."]
    assert _t003(src, tgt, "en", "de") == []
    # without the other form beside the majority, the odd one is still flagged
    bad = [tgt[0], "Die Vereinbarung verpflichtet wohlhabende Staaten, ärmeren Staaten bis 2035 zu zahlen.",
           tgt[2], tgt[3]]
    assert _t003(src, bad, "en", "de") == ["Land"]


def test_inflected():
    assert _inflected("land", "lander")
    assert not _inflected("carg", "descarg")


# -- Hungarian -os derives a new word (játék "game" → játékos "player"): not one word's forms
def test_derived_word_is_another_term_hu_en():
    src = ["Egy debreceni játékos nyerte a főnyereményt.",
           "A játékos szombaton közel 5 milliárd forintot nyert.",
           "Ez a játék 67 éves történetének legnagyobb nyereménye.",
           "A nyertes játékos gépi tippet választott."]
    tgt = ["A player from Debrecen won the jackpot.",
           "The player won nearly 5 billion forints on Saturday.",
           "It is the biggest prize in the game's 67-year history.",
           "The winning player chose a quick pick."]
    assert _t003(src, tgt, "hu", "en") == []
    bad = ["A gamer from Debrecen won the jackpot."] + tgt[1:]
    assert _t003(src, bad, "hu", "en") == ["gamer"]


# -- a short source word's forms (Slovak tímu / tímov "team"), which no stem joins, link the
# beads of "team" as much as the term does (pretekov is rendered Tour, race, and left out)
SK = [
    'Slovenský cyklista Martin Kováč z tímu Dukla Banská Bystrica vyhral v sobotu úvodnú časovku pretekov Okolo Slovenska v Bratislave.',
    'Trať dlhú 12,6 km zvládol za 14 minút a 52 sekúnd, čo zodpovedá priemernej rýchlosti 50,8 km/h.',
    'Druhý skončil Belgičan Pieter De Smet so stratou štyroch sekúnd, tretí bol Rakúšan Florian Gruber, ktorý zaostal o sedem sekúnd.',
    '„Na túto časovku som sa pripravoval celú zimu, dnes všetko vyšlo,“ povedal 26-ročný Kováč, rodák z Popradu.',
    'Na štart sa postavilo 126 pretekárov z 21 tímov. Preteky potrvajú štyri dni a merajú celkovo 712 km.',
    'Víťaz pretekov získa 8000 eur, celková dotácia cien je 40 000 eur.',
    'Zajtrajšia etapa z Trnavy do Nitry meria 168 km a nemala by priniesť veľké zmeny v poradí, keďže na trati nie je žiadne výrazné stúpanie.',
    'Druhá časovka na 24 km čaká pretekárov v utorok v Žiline.']
SK_EN = [
    'Slovak cyclist Martin Kováč of the Dukla Banská Bystrica team won the opening time trial of the Tour of Slovakia in Bratislava on Saturday.',
    'He covered the 12.6 km course in 14 minutes 52 seconds, an average speed of 50.8 km/h.',
    "Belgium's Pieter De Smet finished second, four seconds behind, with Austria's Florian Gruber third, seven seconds down.",
    '"I prepared for this time trial all winter, and today everything came together," said Kováč, 26, who was born in Poprad.',
    'A total of 126 riders from 21 teams started the race, which lasts four days and covers 712 km.',
    'The overall winner will receive €8,000, and the total prize fund is €40,000.',
    "Sunday's stage from Trnava to Nitra is 168 km long and is not expected to bring major changes to the standings, as there are no significant climbs on the route.",
    'The second time trial, over 24 km, awaits the riders in Žilina on Tuesday.']


def test_short_word_forms_link_beads_sk_en():
    assert _t003(SK, SK_EN, "sk", "en") == []


def test_short_word_forms_sk_en_swap_still_caught():
    # a real swap of a term the forms do not explain (časovka → time trial)
    bad = SK_EN[:7] + [SK_EN[7].replace("time trial", "chrono stage")]
    got = _t003(SK, bad, "sk", "en")
    assert len(got) == 1 and "chrono" in got[0], got


# -- the whole rendering is named: a hyphenated modifier and the noun after it
def test_whole_rendering_is_named_et_en():
    src = ["Jäämurdja Tarmo alustas laupäeval tööd Soome lahel.",
           "Laevad liikusid jäämurdja järel kiirusega kuus sõlme.",
           "Jää paksus oli kuni 30 sentimeetrit.",
           "Jäämurdja naaseb Tallinna pühapäeval."]
    good = ["The icebreaker Tarmo started work in the Gulf of Finland on Saturday.",
            "Ships moved behind the icebreaker at a speed of six knots.",
            "The ice was up to 30 centimetres thick.",
            "The icebreaker returns to Tallinn on Sunday."]
    bad = [good[0], "Ships moved behind the ice-breaking vessel at a speed of six knots.", good[2], good[3]]
    _check(src, bad, good, "et", "en", "ice-breaking vessel")


# -- two compounds on one modifier with other heads are two terms (Klimafinanzierungsziel /
# Klimafinanzierungsvorgabe), not forms of one; one rendering's forms stay one term
def test_other_head():
    assert _other_head(("klimafinanzierungsziel",), ("klimafinanzierungsvorgabe",), "de")
    assert not _other_head(("klimafinanzierungsziel",), ("klimafinanzierungsziele",), "de")
    assert not _other_head(("climate",), ("climatic",), "en")
    assert not _other_head(("krankenversicherung",), ("krankenkasse",), "de")  # a short modifier


def test_compound_with_another_head_en_de():
    src = ["Nearly 200 countries agreed on a new climate finance goal.",
           "The climate finance goal also calls on all parties to raise funds.",
           "Scientists warn of warming of 2.7 degrees.",
           "India's delegate called the climate finance goal a paltry sum."]
    good = ["Fast 200 Staaten einigten sich auf ein neues Klimafinanzierungsziel.",
            "Das Klimafinanzierungsziel ruft zudem alle Parteien auf, Mittel aufzustocken.",
            "Wissenschaftler warnen vor einer Erwärmung von 2,7 Grad.",
            "Die indische Delegierte nannte das Klimafinanzierungsziel eine lächerliche Summe."]
    bad = good[:3] + ["Die indische Delegierte nannte die Klimafinanzierungsvorgabe eine lächerliche Summe."]
    got = _t003(src, bad, "en", "de")
    assert got == ["Klimafinanzierungsvorgabe"], got
    assert _t003(src, good, "en", "de") == []
    inflected = good[:3] + ["Die Delegierte sprach von Klimafinanzierungszielen, die eine lächerliche Summe seien."]
    assert _t003(src, inflected, "en", "de") == []


# -- a term whose number is gone from the translation too (a truncated sentence) is left
# out, not rendered by the last word that is left
LV = [
    'Latvijas Zinātnes padome piešķir 9,6 miljonus eiro 42 pētniecības projektiem',
    'RĪGA, 12. februārī. Latvijas Zinātnes padome (LZP) fundamentālo un lietišķo pētījumu projektu konkursā finansējumu piešķīrusi 42 projektiem par kopējo summu 9,6 miljoni eiro. Konkursā tika iesniegti 356 projektu pieteikumi, tātad atbalstu saņēma 11,8 procenti.',
    'Lielāko finansējumu – 300 000 eiro – saņems Latvijas Biozinātņu un tehnoloģiju universitātes (LBTU) pētnieku grupa, kas pētīs griķu salizturību. „Griķi ir viena no nedaudzajām kultūrām, kas labi aug arī nabadzīgās augsnēs,” skaidroja projekta vadītāja profesore Inga Bērziņa.',
    'Pēdējo desmit gadu laikā griķu sējumu platības Latvijā pieaugušas no 9000 līdz 21 000 hektāriem.',
    'Trīspadsmit projektus īstenos Latvijas Universitāte (LU), deviņus – Rīgas Tehniskā universitāte (RTU). LU rektors Māris Kalniņš uzsvēra, ka universitātē studē vairāk nekā 14 000 studentu un projektos tiks iesaistīti arī 120 doktoranti.',
    'LZP direktore Dace Liepiņa norādīja, ka pieprasījums ievērojami pārsniedz pieejamos līdzekļus: kopumā zinātnieki lūguši 81 miljonu eiro.',
    'Projekti jāuzsāk līdz 1. aprīlim, un tie ilgs trīs gadus.']
LV_DE = [
    'Lettischer Wissenschaftsrat vergibt 9,6 Millionen Euro an 42 Forschungsprojekte',
    'RIGA, 12. Februar. Der Lettische Wissenschaftsrat (LZP) hat in seinem Wettbewerb für Projekte der Grundlagen- und angewandten Forschung 42 Projekte mit insgesamt 9,6 Millionen Euro gefördert. Eingereicht worden waren 356 Anträge, damit erhielten 11,8 Prozent eine Förderung.',
    'Die höchste Fördersumme von 300.000 Euro erhält eine Forschungsgruppe der Lettischen Universität für Biowissenschaften und Technologien (LBTU), die die Frostresistenz von Buchweizen untersuchen wird. „Buchweizen ist eine der wenigen Kulturen, die auch auf nährstoffarmen Böden gut gedeihen“, erklärte Projektleiterin Professorin Inga Bērziņa.',
    'In den vergangenen zehn Jahren ist die Anbaufläche von Heidekorn in Lettland von 9000 auf 21.000 Hektar gewachsen.',
    '13 Projekte wird die Universität Lettlands (LU) durchführen, neun die Technische Universität Riga (RTU). LU-Rektor Māris Kalniņš betonte, dass an der Universität mehr als 14.000 Studierende eingeschrieben seien und in die Projekte auch 120 Doktoranden eingebunden würden.',
    'LZP-Direktorin Dace Liepiņa wies darauf hin, dass die Nachfrage die verfügbaren Mittel…',
    'Die Projekte müssen bis zum 1. April beginnen und laufen drei Jahre.']


def test_dropped_number_is_no_rendering_lv_de():
    assert not any("Mittel" in t for t in _t003(LV, LV_DE, "lv", "de"))

