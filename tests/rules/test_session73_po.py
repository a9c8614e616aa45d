"""Session 73 (po): P003 direction-flipped, one false alarm and recall found by held-out
articles (bench/articles), fixed as classes (written for mtcheck; every example is invented).

1. Korean 올리다 (raise a price, a fee) is weak evidence of the rise: a translation that says
   the price was not raised and something else was cut (줄이다) has both poles, no flip;
2. "up"/"down" (Danish, Norwegian, Swedish "op", "opp", "upp", "ned") keep their pole over a
   word of estimate before their figure ("down roughly 6%"), not "over"/"under";
3. Czech "po" and "před" right after a span of time ("tři dny po", three days after) tell when
   against an event; a span repeated ("rok po roce") or in a row ("po sobě") does not;
4. Russian "признают" (they admit) and "отрицаем"; Persian and English complaints against
   praise (گلایه, "complained" | ستایش, "praised");
5. Hebrew: a maqaf joins a preposition to its figure as a hyphen does ("ב־12%"), and "ביותר
   מ־30%" (by more than 30%) is the amount of a change; צמצם (cut back) is a fall;
6. Macedonian has a lexicon;
7. Tagalog has a lexicon ("mas" … "kaysa", more … than);
8. French "flambée", "a flambé" (a surge, soared) is a strong word of the rise;
9. "less" before a word of a degree turns it round ("häufiger" ~ "less often"): with a "than"
   only when the figures and names both sides share stand on the same side of both words.
"""

from __future__ import annotations

import pytest

import mtcheck


def p003(src, tgt, sl, tl):
    return [f"{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


def major(src, tgt, sl, tl):
    return [x for x in p003(src, tgt, sl, tl) if not x.startswith(("minor", "info"))]


# -- 1. Korean 올리다: a price not raised, a season cut --------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("パン店は「値上げはしない。その代わり営業時間を1時間短くする」と話した。",
     "빵집은 “가격은 올리지 않겠다. 대신 영업시간을 1시간 줄이겠다”고 말했다.", "ja", "ko"),
    ("The bakery will not raise prices but will cut its opening hours by one hour.",
     "빵집은 가격을 올리지 않는 대신 영업시간을 1시간 줄이겠다고 밝혔다.", "en", "ko"),
    ("빵집은 가격을 올리지 않는 대신 영업시간을 1시간 줄이겠다고 밝혔다.",
     "The bakery will keep its prices and shorten its opening hours by one hour.", "ko", "en"),
])
def test_korean_raise_not_done_beside_a_cut_is_no_flip(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("パン店は来月から値上げする。", "빵집은 다음 달부터 가격을 낮춘다.", "ja", "ko"),
    ("The bakery raised its prices last month.", "빵집은 지난달 가격을 낮췄다.", "en", "ko"),
])
def test_korean_fall_for_a_rise_still_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


# -- 2. "up"/"down" over a word of estimate before the figure -----------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Die Apfelernte stieg gegenüber dem Vorjahr um rund 6 Prozent.",
     "The apple harvest was down about 6% compared with the previous year.", "de", "en"),
    ("La récolte de pommes a augmenté d'environ 6 % par rapport à l'an dernier.",
     "The apple harvest was down roughly 6% compared with 2023.", "fr", "en"),
    ("The apple harvest fell by about 6% compared with 2023.",
     "Äppelskörden var upp cirka 6 procent jämfört med i fjol.", "en", "sv"),
])
def test_down_about_a_figure_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Die Apfelernte stieg gegenüber dem Vorjahr um rund 6 Prozent.",
     "The apple harvest was up about 6% compared with the previous year.", "de", "en"),
    ("The apple harvest fell by about 6% compared with 2023.",
     "Äppelskörden var ned cirka 6 procent jämfört med i fjol.", "en", "sv"),
    # "over" with a word of estimate is a span of time, no bound
    ("Die Zahl der Mitglieder wuchs in rund 30 Jahren stetig.",
     "Membership grew steadily over some 30 years.", "de", "en"),
])
def test_up_about_a_figure_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


# -- 3. Czech "po"/"před" after a span of time ----------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Inspectors found the valve leaking three days before the fire.",
     "Inspektoři zjistili, že ventil unikal tři dny po požáru.", "en", "cs"),
    ("Deux semaines après le vote, le maire a démissionné.",
     "Dva týdny před hlasováním starosta odstoupil.", "fr", "cs"),
])
def test_czech_span_after_for_before_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Inspectors found the valve leaking three days before the fire.",
     "Inspektoři zjistili, že ventil unikal tři dny před požárem.", "en", "cs"),
    # a span repeated and a span in a row say no order of events
    ("Die Mieten sind Jahr für Jahr gestiegen, bevor das Gesetz kam.",
     "Nájmy rostly rok po roce, než přišel zákon.", "de", "cs"),
    ("The club won the title three years in a row before the war.",
     "Klub vyhrál titul tři roky po sobě před válkou.", "en", "cs"),
])
def test_czech_span_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


# -- 4. admitting and complaining ----------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("В министерстве ошибку признают.", "The ministry denies the mistake.", "ru", "en"),
    ("В министерстве ошибку признают.", "Das Ministerium bestreitet den Fehler.", "ru", "de"),
    ("مریم از کیفیت آب شهر گلایه دارد.", "Maryam praises the city's water supply.", "fa", "en"),
    ("Residents complained about the new bus timetable.",
     "Die Anwohner lobten den neuen Busfahrplan.", "en", "de"),
])
def test_admit_and_complain_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("В министерстве ошибку признают.", "The ministry acknowledges the mistake.", "ru", "en"),
    ("مریم از کیفیت آب شهر گلایه دارد.", "Maryam complains about the city's water supply.",
     "fa", "en"),
    ("Residents complained about the new bus timetable.",
     "Die Anwohner beschwerten sich über den neuen Busfahrplan.", "en", "de"),
])
def test_admit_and_complain_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


# -- 5. Hebrew: a maqaf before the figure, "by more than" ------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("מספר המבקרים במוזיאון עלה ב־12% השנה.", "The number of museum visitors fell by 12% this year.",
     "he", "en"),
    ("מספר המבקרים במוזיאון עלה השנה ביותר מ־20%.",
     "Le nombre de visiteurs du musée a baissé de plus de 20 % cette année.", "he", "fr"),
])
def test_hebrew_change_by_figure_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("מספר המבקרים במוזיאון עלה ב־12% השנה.", "The number of museum visitors rose by 12% this year.",
     "he", "en"),
    ("מספר המבקרים במוזיאון עלה השנה ביותר מ־20%.",
     "Le nombre de visiteurs du musée a augmenté de plus de 20 % cette année.", "he", "fr"),
])
def test_hebrew_change_by_figure_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # "reduce the growing of tomatoes by 15%": the figure is the cut's (צמצם), not the growing's
    ("חקלאי הכפר מצמצמים את גידול העגבניות ב־15% בגלל המשבר.",
     "Les agriculteurs du village réduisent de 15 % la culture des tomates à cause de la crise.", "he", "fr"),
    ("חקלאי הכפר מצמצמים את גידול העגבניות ב־15% בגלל המשבר.",
     "Village farmers are cutting tomato growing by 15% because of the crisis.", "he", "en"),
])
def test_hebrew_cut_of_a_crop_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


def test_hebrew_cut_rendered_expansion_flipped():
    assert major("חקלאי הכפר מצמצמים את גידול העגבניות ב־15% בגלל המשבר.",
                 "Village farmers are expanding tomato growing by 15% because of the crisis.", "he", "en")


# -- 6. a Macedonian lexicon ------------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Општината очекува новиот пат да привлече повеќе посетители во селото.",
     "The municipality expects the new road to attract fewer visitors to the village.", "mk", "en"),
    ("Цените на млекото пораснаа за 6 проценти.", "Die Milchpreise sanken um 6 Prozent.", "mk", "de"),
    ("Milk prices fell by 6 percent.", "Цените на млекото пораснаа за 6 проценти.", "en", "mk"),
])
def test_macedonian_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Општината очекува новиот пат да привлече повеќе посетители во селото.",
     "The municipality expects the new road to attract more visitors to the village.", "mk", "en"),
    ("Цените на млекото пораснаа за 6 проценти.", "Die Milchpreise stiegen um 6 Prozent.", "mk", "de"),
    # "повеќе или помалку" (more or less) says no amount
    ("Работите се повеќе или помалку завршени.", "The works are largely finished.", "mk", "en"),
])
def test_macedonian_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


# -- 7. a Tagalog lexicon ---------------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Mas mabagal ang usad ng trapiko ngayong taon kaysa noong isang taon.",
     "Traffic is moving faster this year than last year.", "tl", "en"),
    ("Tumaas ng 4 na porsiyento ang presyo ng isda.", "Le prix du poisson a baissé de 4 %.", "tl", "fr"),
])
def test_tagalog_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Mas mabagal ang usad ng trapiko ngayong taon kaysa noong isang taon.",
     "Traffic is moving more slowly this year than last year.", "tl", "en"),
    ("Tumaas ng 4 na porsiyento ang presyo ng isda.", "Le prix du poisson a augmenté de 4 %.", "tl", "fr"),
    # "bumaba" is also getting off a vehicle: weak
    ("Bumaba siya ng dyip at tumaas ang presyo ng pamasahe.",
     "She got off the jeepney, and the fare went up.", "tl", "en"),
])
def test_tagalog_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


# -- 8. French "flambée" (a surge): a second word of the rise -------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Les cambriolages ont nettement augmenté, portés par la flambée de l'or.",
     "Burglaries have fallen markedly, driven by the surge in gold.", "fr", "en"),
    ("Le prix du beurre a flambé cet hiver.", "Der Butterpreis ist diesen Winter gesunken.", "fr", "de"),
])
def test_french_surge_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Les cambriolages ont nettement augmenté, portés par la flambée de l'or.",
     "Burglaries have risen markedly, driven by the surge in gold.", "fr", "en"),
    ("Le prix du beurre a flambé cet hiver.", "Der Butterpreis ist diesen Winter stark gestiegen.", "fr", "de"),
])
def test_french_surge_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


# -- 9. "less" before a word of a degree turns it round ---------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Seit 2022 fährt der Bus in Egg deutlich häufiger als die Bahn.",
     "Since 2022 the bus in Egg has run much less often than the train.", "de", "en"),
    ("Les tomates sont devenues plus chères.", "Die Tomaten sind weniger teuer geworden.", "fr", "de"),
    ("Il nuovo treno è più veloce.", "Le nouveau train est moins rapide.", "it", "fr"),
])
def test_less_degree_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Seit 2022 fährt der Bus in Egg deutlich häufiger als die Bahn.",
     "Since 2022 the bus in Egg has run much more often than the train.", "de", "en"),
    ("Les tomates sont devenues moins chères.", "Die Tomaten sind weniger teuer geworden.", "fr", "de"),
    # the arguments swapped: "A dearer than B" is "B less expensive than A"
    ("Die Mieten sind in Genf teurer als in Basel.", "Rents in Basel are less expensive than in Geneva.",
     "de", "en"),
])
def test_less_degree_kept(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)
