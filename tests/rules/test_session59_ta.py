"""Session 59 helper ta: T003 on English->X sets of batch 30 (s65) into inflected languages.

Lithuanian and Latvian case forms of a short word (lyno / lyną / lynas) are one rendering;
a hedge before a figure (maždaug, približne) is no term's rendering; Swahili's associative
"of" (gari la wagonjwa, tiba ya mionzi) joins a two-word rendering, so one with its modifier
swapped once is found."""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# -- Lithuanian case forms of a short word ------------------------------------------------
EN_LIFT = ("Ski lift reopens after cable replacement\n\n"
      "The ski lift reopened on Friday after engineers replaced its steel cable over the summer.\n\n"
      "The delivery of the new cable from Switzerland took three weeks.\n\n"
      "Workers checked every metre of the cable before the first passengers were carried.\n\n"
      "The lift carries skiers to the top of the mountain in eight minutes.\n\n"
      "Local hotels say bookings for the winter are already higher than last year.\n\n"
      "The operator plans to build a second lift on the northern slope by 2028.\n\n"
      "Tickets will cost the same as last season.\n")
LT_LIFT = ("Po lyno keitimo vėl veikia slidinėjimo keltuvas\n\n"
      "Slidinėjimo keltuvas penktadienį vėl pradėjo veikti, kai inžinieriai per vasarą pakeitė jo plieninį {}.\n\n"
      "Naujojo lyno atgabenimas iš Šveicarijos užtruko tris savaites.\n\n"
      "Darbininkai patikrino kiekvieną lyno metrą, kol buvo pavežti pirmieji keleiviai.\n\n"
      "Keltuvas per aštuonias minutes nukelia slidininkus į kalno viršūnę.\n\n"
      "Vietos viešbučiai teigia, kad žiemos užsakymų jau dabar daugiau nei pernai.\n\n"
      "Operatorius iki 2028 metų planuoja šiauriniame šlaite pastatyti antrą keltuvą.\n\n"
      "Bilietai kainuos tiek pat, kiek praėjusį sezoną.\n")
LV_LIFT = ("Pēc troses nomaiņas atkal darbojas slēpošanas pacēlājs\n\n"
      "Slēpošanas pacēlājs piektdien atsāka darbu pēc tam, kad inženieri vasarā nomainīja tā tērauda {}.\n\n"
      "Jaunās troses piegāde no Šveices ilga trīs nedēļas.\n\n"
      "Strādnieki pārbaudīja katru troses metru, pirms tika pārvadāti pirmie pasažieri.\n\n"
      "Pacēlājs astoņās minūtēs nogādā slēpotājus kalna virsotnē.\n\n"
      "Vietējās viesnīcas saka, ka ziemas rezervāciju jau tagad ir vairāk nekā pērn.\n\n"
      "Operators līdz 2028. gadam plāno uzbūvēt otru pacēlāju ziemeļu nogāzē.\n\n"
      "Biļetes maksās tikpat, cik pagājušajā sezonā.\n")
DE_LIFT = ("Skilift nach Austausch des Tragseils wieder in Betrieb\n\n"
           "Der Skilift ist seit Freitag wieder in Betrieb; im Sommer ersetzten Techniker sein stählernes Tragseil.\n\n"
           "Die Lieferung des neuen Tragseils aus der Schweiz dauerte drei Wochen.\n\n"
           "Arbeiter prüften jeden Meter des Tragseils, bevor die ersten Fahrgäste befördert wurden.\n\n"
           "Der Lift bringt Skifahrer in acht Minuten auf den Gipfel des Berges.\n\n"
           "Hotels im Ort melden schon jetzt mehr Buchungen für den Winter als im Vorjahr.\n\n"
           "Der Betreiber will bis 2028 am Nordhang einen zweiten Lift bauen.\n\n"
           "Die Karten kosten so viel wie in der letzten Saison.\n")


def test_lithuanian_case_forms_of_a_short_word_are_one_rendering(tmp_path):
    # lyno three times, lyną once: one word (the stem lyn- too short for a shared stem)
    assert t003(tmp_path, EN_LIFT, LT_LIFT.format("lyną"), "en", "lt") == []


def test_lithuanian_case_forms_from_german(tmp_path):
    assert t003(tmp_path, DE_LIFT, LT_LIFT.format("lyną"), "de", "lt") == []


def test_lithuanian_another_word_still_found(tmp_path):
    assert t003(tmp_path, EN_LIFT, LT_LIFT.format("trosą"), "en", "lt")


def test_latvian_case_forms_stay_one_word_and_another_word_is_found(tmp_path):
    assert t003(tmp_path, EN_LIFT, LV_LIFT.format("trosi"), "en", "lv") == []
    assert t003(tmp_path, EN_LIFT, LV_LIFT.format("virvi"), "en", "lv")


# -- hedges of Lithuanian and Slovak ---------------------------------------------------------
EN_FERRY = ("Lake ferry back in service\n\n"
      "The ferry reopened to the public on Saturday after a winter overhaul.\n\n"
      "It carries visitors across the lake in about ten minutes.\n\n"
      "Last year about 50,000 visitors used the ferry between May and October.\n\n"
      "The mayor, Anna Petrauskiene, said the ferry was the most important visitor attraction on the lake.\n\n"
      "The operator has painted the hull and replaced both engines.\n\n"
      "Tickets cost the same as last season.\n\n"
      "The first crossing leaves the harbour at nine o'clock.\n")
LT_FERRY = ("Ežero keltas vėl plukdo keleivius\n\n"
      "Keltas šeštadienį po žiemos remonto vėl atvertas lankytojams.\n\n"
      "Jis per maždaug dešimt minučių perplukdo lankytojus per ežerą.\n\n"
      "Pernai nuo gegužės iki spalio keltu pasinaudojo maždaug 50 000 lankytojų.\n\n"
      "Merė Anna Petrauskienė sakė, kad keltas yra svarbiausia {} traukos vieta prie ežero.\n\n"
      "Operatorius perdažė korpusą ir pakeitė abu variklius.\n\n"
      "Bilietai kainuoja tiek pat, kiek praėjusį sezoną.\n\n"
      "Pirmasis reisas iš uosto išplaukia devintą valandą.\n")

SK_FERRY = ("Prievoz na jazere opäť premáva\n\n"
      "Prievoz sa v sobotu po zimnej oprave opäť otvoril pre návštevníkov.\n\n"
      "Cez jazero prevezie návštevníkov približne za desať minút.\n\n"
      "Vlani ho od mája do októbra využilo približne 50 000 návštevníkov.\n\n"
      "Starostka Anna Petrauskiene povedala, že prievoz je najdôležitejšou {} atrakciou na jazere.\n\n"
      "Prevádzkovateľ natrel trup a vymenil oba motory.\n\n"
      "Lístky stoja rovnako ako minulú sezónu.\n\n"
      "Prvá plavba odchádza z prístavu o deviatej.\n")


def test_a_lithuanian_hedge_is_no_rendering(tmp_path):
    # "about" before a figure twice in the term's sentences: maždaug is no rendering of visitors
    assert t003(tmp_path, EN_FERRY, LT_FERRY.format("turistų"), "en", "lt") == []


def test_a_slovak_hedge_is_no_rendering(tmp_path):
    assert t003(tmp_path, EN_FERRY, SK_FERRY.format("turistickou"), "en", "sk") == []


# -- Swahili's associative "of" -----------------------------------------------------------------
EN_AMB = ("Hill clinic gets an ambulance\n\n"
      "The county government has given the hill clinic its first ambulance.\n\n"
      "Until now people waited up to five hours for an ambulance from the town.\n\n"
      "The new ambulance carries oxygen, a stretcher and a radio.\n\n"
      "The two drivers were trained in first aid last month.\n\n"
      "Residents said the ambulance would save lives on the rough roads.\n\n"
      "The vehicle cost 8 million shillings.\n\n"
      "The clinic serves about 12,000 people in nine villages.\n\n"
      "It has two nurses and a clinical officer.\n\n"
      "The nearest hospital is 70 kilometres away.\n\n"
      "Many roads in the area are closed during the rainy season.\n\n"
      "The county plans to upgrade the main road in 2027.\n\n"
      "Two more clinics will receive one next year.\n")
SW_AMB = ("Zahanati ya milimani yapokea gari la wagonjwa\n\n"
      "Serikali ya kaunti imeipatia zahanati ya milimani gari la wagonjwa kwa mara ya kwanza.\n\n"
      "Hadi sasa watu walisubiri hadi saa tano kupata gari la wagonjwa kutoka mjini.\n\n"
      "Gari la {} lina oksijeni, machela na redio.\n\n"
      "Madereva wawili walifunzwa huduma ya kwanza mwezi uliopita.\n\n"
      "Wakazi walisema gari la wagonjwa litaokoa maisha kwenye barabara mbovu.\n\n"
      "Liligharimu shilingi milioni 8.\n\n"
      "Zahanati hiyo huhudumia takriban watu 12,000 katika vijiji tisa.\n\n"
      "Ina wauguzi wawili na afisa mmoja wa kliniki.\n\n"
      "Hospitali iliyo karibu zaidi iko umbali wa kilomita 70.\n\n"
      "Barabara nyingi katika eneo hilo hufungwa wakati wa msimu wa mvua.\n\n"
      "Kaunti inapanga kuboresha barabara kuu mwaka 2027.\n\n"
      "Zahanati mbili zaidi zitapokea moja mwaka ujao.\n")
FR_AMB = ("Le dispensaire des collines reçoit une ambulance\n\n"
      "Le gouvernement du comté a donné au dispensaire des collines sa première ambulance.\n\n"
      "Jusqu'ici, les gens attendaient jusqu'à cinq heures une ambulance venue de la ville.\n\n"
      "La nouvelle ambulance transporte de l'oxygène, un brancard et une radio.\n\n"
      "Les deux chauffeurs ont été formés aux premiers secours le mois dernier.\n\n"
      "Les habitants ont dit que l'ambulance sauverait des vies sur les mauvaises routes.\n\n"
      "Le véhicule a coûté 8 millions de shillings.\n\n"
      "Le dispensaire dessert environ 12 000 personnes dans neuf villages.\n\n"
      "Il compte deux infirmières et un agent clinique.\n\n"
      "L'hôpital le plus proche se trouve à 70 kilomètres.\n\n"
      "De nombreuses routes de la région sont fermées pendant la saison des pluies.\n\n"
      "Le comté prévoit de rénover la route principale en 2027.\n\n"
      "Deux autres dispensaires en recevront une l'an prochain.\n")


def test_swahili_two_word_rendering_with_its_modifier_swapped(tmp_path):
    for src, sl in ((EN_AMB, "en"), (FR_AMB, "fr")):
        msgs = t003(tmp_path, src, SW_AMB.format("dharura"), sl, "sw")
        assert any("gari la wagonjwa" in m and "dharura" in m for m in msgs), msgs


def test_swahili_same_rendering_stays_silent(tmp_path):
    for src, sl in ((EN_AMB, "en"), (FR_AMB, "fr")):
        assert t003(tmp_path, src, SW_AMB.format("wagonjwa"), sl, "sw") == []
