"""Session 72 (nm): a person's name misspelt or replaced at one mention of an article,
found by held-out articles (bench/articles), fixed as classes (written for mtcheck; every
example is invented).

1. N002 in a Cyrillic or Greek translation of a Latin-script source: a name that one form
   of the translation spells letter for letter as the source writes it (a case ending
   aside), written at another mention one letter off that form's stem (a doubled
   consonant written once, a consonant changed), the odd form reading back as no source
   word: a slip, major.
2. N004 out of Hungarian: a surname that is a common word (which the name finder reads as a
   word) opening the sentence before a listed given name (Hungarian writes the surname
   first), the given name kept and another surname beside it in the translation.
3. N004 out of a script of its own (Devanagari, Arabic): a stand-in name opening the
   sentence where the source's sentence says the name the translation renders elsewhere.
4. N004 out of Latin letters into Cyrillic: a person's given name transcribed and another
   surname after it, where the lost surname's short skeleton meets a common word of the
   sentence (a pronoun): the surname is read back from a capitalised word only.
"""

from __future__ import annotations

import mtcheck


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.severity.label}:{f.text}" for f in rep.findings if f.code == code and not f.suppressed]


# -- 1. N002: a read-back name one letter off at one mention, Cyrillic or Greek ----------------
EN_SRC = ("Library hours to be extended\n\n"
          "Councillor Ottokar Hallgrim said the library would open on Sundays from March.\n\n"
          "The change will cost the town about 40,000 pounds a year.\n\n"
          "Hallgrim added that volunteers would help staff the reading rooms.\n\n"
          "A proposal by Hallgrim to open in the evenings was postponed.\n")
RU_TGT = ("Библиотека будет работать дольше\n\n"
          "Член совета Оттокар Халлгрим сообщил, что с марта библиотека будет открыта по воскресеньям.\n\n"
          "Изменение обойдётся городу примерно в 40 000 фунтов в год.\n\n"
          "{} добавил, что волонтёры помогут сотрудникам читальных залов.\n\n"
          "Предложение {} открывать библиотеку по вечерам было отложено.\n")


def test_russian_doubled_consonant_written_once_at_one_mention(tmp_path):
    # (the right spelling in two cases, once each, the slip once: no majority to go by)
    found = doc(tmp_path, EN_SRC, RU_TGT.format("Халгрим", "Халлгрима"), "en", "ru", "N002")
    assert "major:Халгрим" in found


def test_russian_consistent_case_forms_stay_clean(tmp_path):
    assert not doc(tmp_path, EN_SRC, RU_TGT.format("Халлгрим", "Халлгрима"), "en", "ru", "N002")


DE_SRC = ("Neue Radwege im Westen der Stadt\n\n"
          "Die Stadträtin Gudrun Brandhorst stellte am Montag die Pläne für drei neue Radwege vor.\n\n"
          "Die Arbeiten sollen im Herbst beginnen und rund zwei Millionen Euro kosten.\n\n"
          "„Wir wollen, dass Kinder sicher zur Schule fahren können“, sagte Brandhorst.\n")
UK_TGT = ("Нові велодоріжки на заході міста\n\n"
          "Членкиня міської ради Ґудрун Брандхорст у понеділок представила плани трьох нових велодоріжок.\n\n"
          "Роботи мають розпочатися восени й коштуватимуть близько двох мільйонів євро.\n\n"
          "«Ми хочемо, щоб діти могли безпечно їздити до школи», — сказала {}.\n")
BG_TGT = ("Нови велоалеи в западната част на града\n\n"
          "Общинската съветничка Гудрун Брандхорст представи в понеделник плановете за три нови велоалеи.\n\n"
          "Работите трябва да започнат през есента и да струват около два милиона евро.\n\n"
          "„Искаме децата да могат да карат безопасно до училище“, каза {}.\n")


def test_ukrainian_and_bulgarian_consonant_slip_at_one_mention(tmp_path):
    assert "major:Бранхорст" in doc(tmp_path, DE_SRC, UK_TGT.format("Бранхорст"), "de", "uk", "N002")
    assert "major:Брандхорск" in doc(tmp_path, DE_SRC, BG_TGT.format("Брандхорск"), "de", "bg", "N002")


def test_ukrainian_and_bulgarian_kept_name_stays_clean(tmp_path):
    assert not doc(tmp_path, DE_SRC, UK_TGT.format("Брандхорст"), "de", "uk", "N002")
    assert not doc(tmp_path, DE_SRC, BG_TGT.format("Брандхорст"), "de", "bg", "N002")


def test_two_people_of_near_names_stay_clean(tmp_path):
    # the odd form reads back as another name of the source: two people
    src = EN_SRC.replace("A proposal by Hallgrim", "A proposal by Halgren")
    assert not doc(tmp_path, src, RU_TGT.format("Халлгрим", "Халгрена"), "en", "ru", "N002")


# -- 2. N004 out of Hungarian: a surname (a common word) opening the sentence, given name after -
HU_SRC = ("Új uszoda nyílt a városban\n\n"
          "Fehér István polgármester szombaton azt mondta: „Ezt a medencét húsz éve ígérjük.”\n\n"
          "Az uszoda építése kétmilliárd forintba került.\n")
HU_EN = ("New swimming pool opens in the town\n\n"
         "Mayor István {} said on Saturday: \"We have been promising this pool for twenty years.\"\n\n"
         "Building the pool cost two billion forints.\n")
HU_DE = ("Neues Schwimmbad in der Stadt eröffnet\n\n"
         "Bürgermeister István {} sagte am Samstag: „Dieses Becken versprechen wir seit zwanzig Jahren.“\n\n"
         "Der Bau des Bades kostete zwei Milliarden Forint.\n")


def test_hungarian_surname_opening_sentence_swapped(tmp_path):
    # (the surname a common word, "white", which the name finder reads as a word)
    assert "major:István Bartalos" in doc(tmp_path, HU_SRC, HU_EN.format("Bartalos"), "hu", "en", "N004")
    assert "major:István Gyöngyösi" in doc(tmp_path, HU_SRC, HU_DE.format("Gyöngyösi"), "hu", "de", "N004")


def test_hungarian_surname_opening_sentence_kept_stays_clean(tmp_path):
    assert not doc(tmp_path, HU_SRC, HU_EN.format("Fehér"), "hu", "en", "N004")
    assert not doc(tmp_path, HU_SRC, HU_DE.format("Fehér"), "hu", "de", "N004")
    # a common word opening the sentence before a given name: the translation's words
    # around the given name are the source's
    src = HU_SRC.replace("Fehér István polgármester", "Tegnap István, a polgármester,")
    assert not doc(tmp_path, src, "New pool\n\nYesterday István, the mayor, said: \"We have been "
                   "promising this pool for twenty years.\"\n\nBuilding the pool cost two billion forints.\n",
                   "hu", "en", "N004")


# -- 3. N004 out of another script: a stand-in opening the sentence ---------------------------
HI_SRC = ("शहर में नया जल शोधन संयंत्र शुरू\n\n"
          "नगर निगम के मुख्य अभियंता अनिरुद्ध रस्तोगी ने बताया कि संयंत्र रोज़ 40 लाख लीटर पानी साफ़ करेगा।\n\n"
          "इस परियोजना पर लगभग 120 करोड़ रुपये खर्च हुए हैं।\n\n"
          "रस्तोगी ने कहा कि अगले साल दो और संयंत्र बनाए जाएंगे।\n\n"
          "शहर के पूर्वी हिस्से में पानी की कमी लंबे समय से एक समस्या रही है।\n")
HI_EN = ("New water treatment plant opens in the city\n\n"
         "Anirudh Rastogi, the municipal corporation's chief engineer, said the plant would "
         "treat four million litres of water a day.\n\n"
         "The project cost about 1.2 billion rupees.\n\n"
         "{} said two more plants would be built next year.\n\n"
         "Water shortages have long been a problem in the eastern part of the city.\n")
AR_SRC = ("افتتاح مكتبة عامة جديدة في المدينة\n\n"
          "قال مدير المكتبة غسان نحاس إن المكتبة ستضم أربعين ألف كتاب.\n\n"
          "وبلغت تكلفة المشروع نحو مليوني دينار.\n\n"
          "وأضاف نحاس أن المكتبة ستفتح أبوابها يوم السبت أيضا.\n\n"
          "ويأمل السكان أن تصبح المكتبة مكانا للقاء الطلاب.\n")
AR_FR = ("Une nouvelle bibliothèque publique ouvre en ville\n\n"
         "Le directeur de la bibliothèque, Ghassan Nahhas, a déclaré qu'elle abriterait quarante mille livres.\n\n"
         "Le projet a coûté environ deux millions de dinars.\n\n"
         "{} a ajouté que la bibliothèque ouvrirait aussi le samedi.\n\n"
         "Les habitants espèrent qu'elle deviendra un lieu de rencontre pour les étudiants.\n")


def test_stand_in_opening_sentence_out_of_another_script(tmp_path):
    assert "major:Malhotra" in doc(tmp_path, HI_SRC, HI_EN.format("Malhotra"), "hi", "en", "N004")
    assert "major:Khalil" in doc(tmp_path, AR_SRC, AR_FR.format("Khalil"), "ar", "fr", "N004")


def test_name_opening_sentence_out_of_another_script_kept_stays_clean(tmp_path):
    assert not doc(tmp_path, HI_SRC, HI_EN.format("Rastogi"), "hi", "en", "N004")
    assert not doc(tmp_path, AR_SRC, AR_FR.format("Nahhas"), "ar", "fr", "N004")
    # a pronoun or a common word for the name: no other name
    assert not doc(tmp_path, HI_SRC, HI_EN.format("He"), "hi", "en", "N004")
    assert not doc(tmp_path, AR_SRC, AR_FR.format("Il"), "ar", "fr", "N004")


# -- 4. N004 into another script: the given name transcribed, another surname after it ---------
EN_SRC4 = ("Bus fares to rise in April\n\n"
           "The council said on Monday that bus fares would rise by ten per cent from April.\n\n"
           "Retired teacher Gudrun Venn, who takes the bus every day, said he would now walk more often.\n\n"
           "The council expects the change to raise about 300,000 pounds a year.\n")
UK_TGT4 = ("Проїзд в автобусах подорожчає у квітні\n\n"
           "У понеділок рада повідомила, що з квітня проїзд в автобусах подорожчає на десять відсотків.\n\n"
           "Вчитель на пенсії Ґудрун {}, який щодня їздить автобусом, сказав, що тепер він частіше ходитиме пішки.\n\n"
           "Рада очікує, що зміна принесе близько 300 000 фунтів на рік.\n")
DE_SRC4 = ("Busfahrpreise steigen im April\n\n"
           "Der Stadtrat teilte am Montag mit, dass die Busfahrpreise ab April um zehn Prozent steigen.\n\n"
           "Der pensionierte Lehrer Gudrun Venn, der täglich Bus fährt, sagte, er werde nun öfter zu Fuß gehen, wenn es nicht regnet.\n\n"
           "Der Stadtrat erwartet dadurch Mehreinnahmen von rund 300.000 Euro im Jahr.\n")
RU_TGT4 = ("Цены на проезд в автобусах вырастут в апреле\n\n"
           "В понедельник городской совет сообщил, что с апреля проезд в автобусах подорожает на десять процентов.\n\n"
           "Учитель на пенсии Гудрун {}, который каждый день ездит на автобусе, сказал, что теперь будет чаще ходить пешком, если не будет дождя, и не винит совет.\n\n"
           "Совет ожидает, что это принесёт около 300 000 евро в год.\n")


def test_surname_swapped_after_transcribed_given_name(tmp_path):
    assert "major:Ґудрун Тремлетт" in doc(tmp_path, EN_SRC4, UK_TGT4.format("Тремлетт"), "en", "uk", "N004")
    assert "major:Гудрун Тремлетт" in doc(tmp_path, DE_SRC4, RU_TGT4.format("Тремлетт"), "de", "ru", "N004")


def test_surname_transcribed_after_given_name_stays_clean(tmp_path):
    assert not doc(tmp_path, EN_SRC4, UK_TGT4.format("Венн"), "en", "uk", "N004")
    assert not doc(tmp_path, DE_SRC4, RU_TGT4.format("Венн"), "de", "ru", "N004")
