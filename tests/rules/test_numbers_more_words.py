"""Number words of Slovak, Slovene, Croatian, Bosnian, Serbian (Latin and Cyrillic),
Bulgarian, Hungarian, Finnish, Estonian, Lithuanian, Latvian and Catalan for D001
(data/numbers/words.tsv): a number in words against the same figure in digits, a changed
one, numbers of several parts and case forms, and the words that are also something else
(written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules._text import find_numbers, reads_number_words

LANGS = ("sk", "sl", "hr", "bs", "sr", "bg", "hu", "fi", "et", "lt", "lv", "ca")


def d001(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]


@pytest.mark.parametrize("lang", LANGS)
def test_language_is_read(lang):
    assert reads_number_words(lang)


# (a) one side in words, the other in digits: no D001 (each fails without its section)
KEPT = [
    ("sk", "en", "Pri nehode zahynulo päť ľudí.", "5 people died in the accident."),
    ("en", "sk", "The minister met 3 ambassadors.", "Minister sa stretol s tromi veľvyslancami."),
    ("sl", "en", "Država se je zavezala, da bo do leta 2030 dosegla dva odstotka.",
     "The country pledged to reach 2% by 2030."),
    ("en", "sl", "The company hired 7 engineers.", "Podjetje je zaposlilo sedem inženirjev."),
    ("hr", "en", "U nesreći je poginulo pet osoba.", "5 people died in the accident."),
    ("en", "hr", "The ministry hired 8 inspectors.", "Ministarstvo je zaposlilo osam inspektora."),
    ("bs", "en", "Na sastanku je bilo dvanaest ministara.", "12 ministers attended the meeting."),
    ("sr", "en", "U nesreći je poginulo sedam osoba.", "7 people died in the accident."),
    ("sr", "en", "У несрећи је погинуло седам особа.", "7 people died in the accident."),
    ("en", "sr", "The ministry hired 8 inspectors.", "Министарство је запослило осам инспектора."),
    ("bg", "en", "При катастрофата загинаха седем души.", "7 people died in the crash."),
    ("en", "bg", "The ministry hired 9 inspectors.", "Министерството назначи девет инспектори."),
    ("hu", "en", "A fesztiválon több mint ezer program várja a látogatókat.",
     "More than 1,000 events await visitors at the festival."),
    ("en", "hu", "The company hired 8 engineers.", "A cég nyolc mérnököt vett fel."),
    ("fi", "en", "Ministeri tapasi kolme ministeriä.", "The minister met 3 ministers."),
    ("en", "fi", "The company hired 8 engineers.", "Yhtiö palkkasi kahdeksan insinööriä."),
    ("et", "en", "Õnnetuses hukkus kolm inimest.", "3 people died in the accident."),
    ("en", "et", "The company hired 8 engineers.", "Ettevõte palkas kaheksa inseneri."),
    ("lt", "en", "Avarijoje žuvo penki žmonės.", "5 people died in the crash."),
    ("en", "lt", "The company hired 8 engineers.", "Bendrovė įdarbino aštuonis inžinierius."),
    ("lv", "en", "Avārijā gāja bojā pieci cilvēki.", "5 people died in the crash."),
    ("en", "lv", "The company hired 8 engineers.", "Uzņēmums pieņēma darbā astoņus inženierus."),
    ("ca", "en", "A l'accident van morir quinze persones.", "15 people died in the accident."),
    ("ca", "en", "Van morir cinc persones.", "5 people died."),
    ("en", "ca", "The company hired 8 engineers.", "L'empresa va contractar vuit enginyers."),
]

# (b) the same with the number changed: D001 found
CHANGED = [
    ("sk", "en", "Pri nehode zahynulo päť ľudí.", "6 people died in the accident."),
    ("sl", "en", "Država se je zavezala, da bo do leta 2030 dosegla dva odstotka.",
     "The country pledged to reach 3% by 2030."),
    ("hr", "en", "U nesreći je poginulo pet osoba.", "6 people died in the accident."),
    ("en", "hr", "The ministry hired 8 inspectors.", "Ministarstvo je zaposlilo devet inspektora."),
    ("bs", "en", "Na sastanku je bilo dvanaest ministara.", "13 ministers attended the meeting."),
    ("sr", "en", "U nesreći je poginulo sedam osoba.", "8 people died in the accident."),
    ("sr", "en", "У несрећи је погинуло седам особа.", "8 people died in the accident."),
    ("bg", "en", "При катастрофата загинаха седем души.", "8 people died in the crash."),
    ("hu", "en", "A fesztiválon több mint ezer program várja a látogatókat.",
     "More than 2,000 events await visitors at the festival."),
    ("en", "hu", "The company hired 8 engineers.", "A cég kilenc mérnököt vett fel."),
    ("fi", "en", "Ministeri tapasi kolme ministeriä.", "The minister met 4 ministers."),
    ("et", "en", "Õnnetuses hukkus kolm inimest.", "4 people died in the accident."),
    ("lt", "en", "Avarijoje žuvo penki žmonės.", "6 people died in the crash."),
    ("lv", "en", "Avārijā gāja bojā pieci cilvēki.", "6 people died in the crash."),
    ("ca", "en", "A l'accident van morir quinze persones.", "16 people died in the accident."),
    ("ca", "en", "Van morir cinc persones.", "6 people died."),
]

# (c) numbers of several parts (25, 200, 3,000, one word or several) and case forms
PARTS = [
    ("sk", "en", "Pri nehode zahynulo dvadsaťpäť ľudí.", "25 people died in the accident."),
    ("sk", "en", "Stavba stála dvesto miliónov eur.", "The construction cost 200 million euros."),
    ("sk", "en", "Zadržali dvoch mužov.", "2 men were detained."),
    ("sl", "en", "Katastrofa je terjala petindvajset življenj.", "The disaster claimed 25 lives."),
    ("sl", "en", "Sodelovali so predstavniki treh držav.", "Representatives of 3 countries took part."),
    ("hr", "en", "Povrijeđeno je dvadeset i pet osoba.", "25 people were injured."),
    ("hr", "en", "Gradnja je stajala dvjesto milijuna kuna.", "The construction cost 200 million kuna."),
    ("hr", "en", "Uhićena su dvojica muškaraca.", "2 men were arrested."),
    ("bs", "en", "Povrijeđeno je dvadeset pet osoba.", "25 people were injured."),
    ("bs", "en", "Uhapšena su trojica muškaraca.", "3 men were arrested."),
    ("sr", "en", "Projekat je koštao dvesta miliona dinara.", "The project cost 200 million dinars."),
    ("sr", "en", "Повређено је двадесет пет особа.", "25 people were injured."),
    ("sr", "en", "Ухапшена су двојица мушкараца.", "2 men were arrested."),
    ("bg", "en", "Ранени са двадесет и пет души.", "25 people were injured."),
    ("bg", "en", "Задържани са трима мъже.", "3 men were detained."),
    ("hu", "en", "A balesetben huszonöt ember halt meg.", "25 people died in the accident."),
    ("hu", "en", "A híd kétszáz méter hosszú.", "The bridge is 200 metres long."),
    ("hu", "en", "A koncertre háromezer néző jött el.", "3,000 spectators came to the concert."),
    ("hu", "en", "A cég hárommillió forintot keresett.", "The company earned 3 million forints."),
    ("hu", "en", "Hárman megsérültek.", "3 people were injured."),
    ("fi", "en", "Onnettomuudessa kuoli kaksikymmentäviisi ihmistä.", "25 people died in the accident."),
    ("fi", "en", "Silta on kaksisataa metriä pitkä.", "The bridge is 200 metres long."),
    ("fi", "en", "Yhtiö teki kolmen miljoonan euron voiton.", "The company made a profit of 3 million euros."),
    ("et", "en", "Õnnetuses hukkus kakskümmend viis inimest.", "25 people died in the accident."),
    ("et", "en", "Sild on kakssada meetrit pikk.", "The bridge is 200 metres long."),
    ("et", "en", "Kahekümne viie riigi esindajad kogunesid.", "Representatives of 25 countries gathered."),
    ("lt", "en", "Avarijoje žuvo dvidešimt penki žmonės.", "25 people died in the crash."),
    ("lt", "en", "Tiltas yra du šimtai metrų ilgio.", "The bridge is 200 metres long."),
    ("lt", "en", "Susitikime dalyvavo penkių šalių atstovai.", "Representatives of 5 countries attended the meeting."),
    ("lv", "en", "Avārijā gāja bojā divdesmit pieci cilvēki.", "25 people died in the crash."),
    ("lv", "en", "Tilts ir divsimt metrus garš.", "The bridge is 200 metres long."),
    ("lv", "en", "Sanāksmē piedalījās piecu valstu pārstāvji.", "Representatives of 5 countries attended the meeting."),
    ("ca", "en", "El pont fa cent vint metres.", "The bridge is 120 metres long."),
    ("ca", "en", "Al concert hi van anar tres mil persones.", "3,000 people went to the concert."),
    ("ca", "en", "Van ferir dues dones.", "2 women were injured."),
]

# (d) a word that is also something else, next to figures: no number of its own
HOMOGRAPHS = [
    ("sk", "en", "Na druhej strane rieky stojí 12 domov.", "On the other side of the river stand 12 houses."),
    ("sl", "en", "Njena Ahilova peta je 10 let star zakon.", "Her Achilles heel is a 10-year-old law."),
    ("hr", "en", "U gradskoj četvrti živi 5000 ljudi.", "5,000 people live in the city district."),
    ("bs", "en", "Za pregovarački sto sjelo je 12 delegacija.", "12 delegations sat down at the negotiating table."),
    ("sr", "en", "Pregovarači su se vratili za pregovarački sto nakon 3 dana.",
     "The negotiators returned to the negotiating table after 3 days."),
    ("sr", "en", "Преговарачи су се вратили за преговарачки сто после 3 дана.",
     "The negotiators returned to the negotiating table after 3 days."),
    ("bg", "en", "Двете страни подписаха 5 споразумения.", "Both sides signed 5 agreements."),
    ("hu", "en", "Az intézkedés kedvezően hat a 30 vállalatra.",
     "The measure has a favourable effect on the 30 companies."),
    ("hu", "en", "Húsz hét alatt 30 ember jelentkezett.", "In twenty weeks, 30 people signed up."),
    ("fi", "en", "Kuusi kaatui myrskyssä ja 3 taloa vaurioitui.", "A spruce fell in the storm and 3 houses were damaged."),
    ("et", "en", "Valitsus viis läbi 3 uuringut.", "The government carried out 3 studies."),
    ("et", "en", "Palka makstakse kaks korda kuus, 15. ja 30. kuupäeval.",
     "Salary is paid twice a month, on the 15th and 30th."),
    ("lt", "en", "Antra vertus, 5 šalys balsavo prieš.", "On the other hand, 5 countries voted against."),
    ("lv", "en", "Upes otrā pusē stāv 12 mājas.", "On the other side of the river stand 12 houses."),
    ("ca", "en", "El jugador va guanyar el primer set per 6-4.", "The player won the first set 6-4."),
    ("ca", "en", "Un cotxe nou costa 20.000 euros.", "A new car costs 20,000 euros."),
    ("ca", "en", "L'atur ha baixat un cinc per cent.", "Unemployment fell by 5%."),
]


@pytest.mark.parametrize("sl,tl,src,tgt", KEPT)
def test_number_in_words_kept(sl, tl, src, tgt):
    assert d001(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt", CHANGED)
def test_number_in_words_changed(sl, tl, src, tgt):
    assert d001(src, tgt, sl, tl) != []


@pytest.mark.parametrize("sl,tl,src,tgt", PARTS)
def test_numbers_of_several_parts_and_case_forms(sl, tl, src, tgt):
    assert d001(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt", HOMOGRAPHS)
def test_homograph_next_to_figures_is_no_number(sl, tl, src, tgt):
    assert d001(src, tgt, sl, tl) == []


def test_every_language_has_each_kind_of_case():
    for lang in LANGS:
        for cases in (KEPT, CHANGED, PARTS, HOMOGRAPHS):
            assert any(lang in c[:2] for c in cases), lang


@pytest.mark.parametrize("lang,text,want", [
    # the value of each number read, in order: compounds, case forms, scales
    ("sk", "dvadsaťpäť, dvadsať päť, troch, dvesto, tri tisíce", [25, 25, 3, 200, 3000]),
    ("sl", "petindvajset, petindvajsetih, dveh, dvesto, tri tisoč", [25, 25, 2, 200, 3000]),
    ("hr", "dvadeset pet, dvadeset i pet, dvojica, dvjesto, dvije tisuće", [25, 25, 2, 200, 2000]),
    ("sr", "двадесет пет, двојица, двеста, sto dvadeset, пет милиона", [25, 2, 200, 120, 5_000_000]),
    ("bg", "двадесет и пет, трима, двеста, сто и двайсет, три хиляди", [25, 3, 200, 120, 3000]),
    ("hu", "huszonöt, huszonkét, kétszáz, háromezer, hárommilliót, hárman", [25, 22, 200, 3000, 3_000_000, 3]),
    ("fi", "kaksikymmentäviisi, kahdenkymmenenviiden, kolmen miljoonan, kuuden, kaksisataa",
     [25, 25, 3_000_000, 6, 200]),
    ("et", "kakskümmend viis, kahekümne viie, kakssada, kolm tuhat", [25, 25, 200, 3000]),
    ("lt", "dvidešimt penki, trijų šimtų, penkių milijonų, dvylikos", [25, 300, 5_000_000, 12]),
    ("lv", "divdesmit pieci, divi simti, divsimt, piecu miljonu", [25, 200, 200, 5_000_000]),
    ("ca", "cent vint, tres mil, quinze, dinou", [120, 3000, 15, 19]),
])
def test_reader(lang, text, want):
    got = [n for n in find_numbers(text, lang) if not n.soft]
    assert [sorted(n.values)[0] if len(n.values) == 1 else None for n in got] == want


@pytest.mark.parametrize("lang,text,word", [
    # soft alone: the other meaning (week, acts, spruce, took, per month, table, heel,
    # district, new, thirst/set, owes)
    ("hu", "Egy hét múlva.", "hét"),
    ("hu", "Kedvezően hat.", "hat"),
    ("fi", "Kuusi kaatui.", "Kuusi"),
    ("et", "Ta viis lapse kooli.", "viis"),
    ("et", "Kaks korda kuus.", "kuus"),
    ("sr", "Za pregovarački sto.", "sto"),
    ("bs", "Za pregovarački sto.", "sto"),
    ("hr", "Ahilova peta.", "peta"),
    ("hr", "U gradskoj četvrti.", "četvrti"),
    ("sl", "Ahilova peta.", "peta"),
    ("ca", "Un cotxe nou.", "nou"),
    ("ca", "Tinc set.", "set"),
    ("ca", "No deu ser fàcil.", "deu"),
])
def test_homograph_is_soft(lang, text, word):
    assert [n.soft for n in find_numbers(text, lang) if n.text == word] == [True]


def test_a_homograph_is_no_part_of_a_hungarian_number():
    # Hungarian writes its numbers as one word: húsz hét is twenty weeks, no 27
    assert [(n.text, n.soft) for n in find_numbers("húsz hét alatt", "hu")] == [("húsz", False), ("hét", True)]
    assert [n.text for n in find_numbers("hatvan, tizenhat, hétezer", "hu") if not n.soft] == [
        "hatvan", "tizenhat", "hétezer"]


@pytest.mark.parametrize("src,tgt,found", [
    # Catalan joins a number's words with hyphens (vint-i-cinc, trenta-dos, dos-cents): read whole
    ("Van morir vint-i-cinc persones.", "25 people died.", False),
    ("Van morir vint-i-cinc persones.", "26 people died.", True),
    ("Van morir trenta-dos persones.", "32 people died.", False),
    ("Hi havia dos-cents assistents.", "There were 200 attendees.", False),
    ("Hi havia tres i quatre cotxes.", "There were three and four cars.", False),
])
def test_catalan_hyphenated_numbers(src, tgt, found):
    assert bool(d001(src, tgt, "ca", "en")) is found


def test_serbian_both_scripts_and_bosnian_and_croatian_sto():
    # sto is "table" in Serbian and Bosnian (soft alone), only a hundred in Croatian
    assert [n.soft for n in find_numbers("sto", "hr")] == [False]
    assert [n.soft for n in find_numbers("сто", "sr")] == [True]
    assert [sorted(n.values) for n in find_numbers("сто двадесет", "sr")] == [[120]]
