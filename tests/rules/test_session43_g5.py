"""Session 43 (g5): negation (P001), direction (P003) and terminology (T003): misses and false
alarms found by the held-out articles of batch s43 (bench/articles), fixed as classes (texts
written for these tests).

1. P001, Chinese: the idiom 好不容易 ("at last, with much effort") negates nothing; a verb with
   the potential complement 不到 (买不到 "could not buy") is a negative word.
2. P001, Korean: 못 미치다 "to fall short of" compares two quantities, it negates no clause.
3. P001, French: "non" before an adjective or participle (lignes non rentables) negates that
   word, like "unprofitable": no negator.
4. P003: amplify | dampen (a wave, a signal) is a pair of opposites.
5. P003: "will almost double" (an adverb between the modal and the verb) is doubling.
6. P003: becoming more | less common (yleistyä, häufiger, vanligare) is more | less; "well
   short of" a figure is less than it.
7. P003: Greek "πάνω από" (over a figure) is more.
8. P003: German "Ausbau" (the expansion of a network) counts for a rise.
9. T003: words that hedge a figure (περίπου, environ, quelque, etwa) are no terms; a scale
   word (million) is said with what it counts; a rendering with its words in another order
   (ice crust / a thick crust of ice) is the same rendering.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.text for f in mtcheck.compare(t, source=s, semantic=False).findings
            if f.code == "T003" and not f.suppressed]


# 1. Chinese idioms and potential complements ------------------------------------------------

def test_zh_idiom_hao_bu_rongyi_is_no_negation():
    src = "他排了三个小时的队，好不容易才进入博物馆。"
    assert codes(src, "He queued for three hours and finally got into the museum.", "zh", "en", "P001") == []
    assert codes(src, "Er stand drei Stunden an und kam endlich ins Museum.", "zh", "de", "P001") == []
    # a real negation dropped is still flagged
    src = "他排了三个小时的队，但没有进入博物馆。"
    assert codes(src, "He queued for three hours and got into the museum.", "zh", "en", "P001")


def test_zh_potential_complement_is_a_negative_word():
    src = "很多乘客在网上买不到车票，只好改坐长途汽车。"
    assert codes(src, "Many passengers were unable to buy tickets online and had to take a coach instead.",
                 "zh", "en", "P001") == []
    assert codes(src, "Viele Fahrgäste konnten online keine Fahrkarten kaufen und mussten den Bus nehmen.",
                 "zh", "de", "P001") == []
    src = "很多乘客在网上买到了车票。"
    assert codes(src, "Many passengers could not buy tickets online.", "zh", "en", "P001")


# 2. Korean 못 미치다 -----------------------------------------------------------------------

def test_ko_mot_michida_is_a_comparison():
    src = "올해 수확량은 평년의 80%에 크게 못 미친다."
    assert codes(src, "This year's harvest is well below 80% of a normal year.", "ko", "en", "P001") == []
    assert codes(src, "Die diesjährige Ernte liegt deutlich unter 80 % eines normalen Jahres.",
                 "ko", "de", "P001") == []
    src = "올해 수확량은 평년보다 많지 않다."
    assert codes(src, "This year's harvest is larger than in a normal year.", "ko", "en", "P001")


# 3. French "non" before an adjective ------------------------------------------------------

def test_fr_non_before_an_adjective_is_no_negator():
    fr = "La compagnie exploite aussi des liaisons non rentables vers les petites îles."
    assert codes("The company also runs unprofitable routes to the small islands.", fr, "en", "fr", "P001") == []
    assert codes("Das Unternehmen betreibt auch unrentable Verbindungen zu den kleinen Inseln.", fr,
                 "de", "fr", "P001") == []
    # the clause's own negator still counts
    assert codes("The company runs the routes to the small islands.",
                 "La compagnie n'exploite pas les liaisons vers les petites îles.", "en", "fr", "P001")


# 4. amplify | dampen -----------------------------------------------------------------------

def test_amplify_dampen_flip():
    src = "Los sedimentos blandos amplifican las ondas sísmicas en el centro de la ciudad."
    assert codes(src, "The soft sediments dampen seismic waves in the city centre.", "es", "en", "P003")
    assert codes(src, "The soft sediments amplify seismic waves in the city centre.", "es", "en", "P003") == []
    src = "The new walls dampen the noise from the motorway."
    assert codes(src, "Les nouveaux murs amplifient le bruit de l'autoroute.", "en", "fr", "P003")
    assert codes(src, "Les nouveaux murs atténuent le bruit de l'autoroute.", "en", "fr", "P003") == []


# 5. doubling with an adverb ------------------------------------------------------------------

def test_almost_double_against_halve():
    src = "The number of buses on the route will almost double next year."
    assert codes(src, "Il numero di autobus sulla linea quasi dimezzerà l'anno prossimo.", "en", "it", "P003")
    assert codes(src, "Il numero di autobus sulla linea quasi raddoppierà l'anno prossimo.", "en", "it", "P003") == []
    assert codes(src, "Die Zahl der Busse auf der Strecke wird sich nächstes Jahr fast halbieren.",
                 "en", "de", "P003")
    assert codes(src, "Die Zahl der Busse auf der Strecke wird sich nächstes Jahr fast verdoppeln.",
                 "en", "de", "P003") == []


# 6. more | less common, well short of -----------------------------------------------------

def test_more_common_less_common():
    src = "Tutkijan mukaan kuivat kesät ovat yleistyneet viime vuosikymmeninä."
    assert codes(src, "According to the researcher, dry summers have become less common in recent decades.",
                 "fi", "en", "P003")
    assert codes(src, "According to the researcher, dry summers have become more common in recent decades.",
                 "fi", "en", "P003") == []
    src = "Laut der Studie sind Hitzewellen in der Region häufiger geworden."
    assert codes(src, "According to the study, heatwaves have become rarer in the region.", "de", "en", "P003")
    assert codes(src, "According to the study, heatwaves have become more frequent in the region.",
                 "de", "en", "P003") == []


def test_well_short_of_a_figure():
    src = "The team raised only 12,000 dollars, well short of the 20,000 it needed for the trip."
    assert codes(src, "Das Team sammelte nur 12.000 Dollar, viel mehr als die 20.000, die es für die Reise brauchte.",
                 "en", "de", "P003")
    assert codes(src, "Das Team sammelte nur 12.000 Dollar, deutlich weniger als die 20.000, die es für die "
                 "Reise brauchte.", "en", "de", "P003") == []


# 7. Greek πάνω από ---------------------------------------------------------------------------

def test_el_pano_apo_a_figure_is_more():
    src = "Στη συναυλία βρέθηκαν πάνω από 4.000 θεατές."
    assert codes(src, "Moins de 4 000 spectateurs ont assisté au concert.", "el", "fr", "P003")
    assert codes(src, "Plus de 4 000 spectateurs ont assisté au concert.", "el", "fr", "P003") == []
    assert codes(src, "Fewer than 4,000 spectators attended the concert.", "el", "en", "P003")
    assert codes(src, "More than 4,000 spectators attended the concert.", "el", "en", "P003") == []


# 8. German Ausbau ------------------------------------------------------------------------------

def test_de_ausbau_counts_for_a_rise():
    src = "Die Stadt lobt den Ausbau des Radnetzes, doch die Zahl der Radfahrer ist um 12 Prozent gestiegen."
    assert codes(src, "The city praises the expansion of the cycle network, but the number of cyclists "
                 "has fallen by 12 per cent.", "de", "en", "P003")
    assert codes(src, "The city praises the expansion of the cycle network, but the number of cyclists "
                 "has risen by 12 per cent.", "de", "en", "P003") == []


# 9. T003 ------------------------------------------------------------------------------------

FR_FESTIVAL = ("Environ 300 musiciens venus de Grèce ont participé au festival.\n\n"
               "Les organisateurs ont vendu environ 12 000 billets en deux jours.\n\n"
               "Quelque 80 000 euros ont été payés par la ville pour la scène.\n\n"
               "Le festival aura de nouveau lieu l'été prochain.\n")


def test_t003_hedge_words_are_no_terms(tmp_path):
    src = ("Στο φεστιβάλ συμμετείχαν περίπου 300 μουσικοί από την Ελλάδα.\n\n"
           "Οι διοργανωτές πούλησαν περίπου 12.000 εισιτήρια μέσα σε δύο ημέρες.\n\n"
           "Περίπου 80.000 ευρώ πλήρωσε η πόλη για τη σκηνή.\n\n"
           "Το φεστιβάλ θα επαναληφθεί το επόμενο καλοκαίρι.\n")
    assert t003(tmp_path, src, FR_FESTIVAL, "el", "fr") == []
    src = ("Около 300 музыкантов из Греции приняли участие в фестивале.\n\n"
           "Организаторы продали около 12 000 билетов за два дня.\n\n"
           "Около 80 000 евро город заплатил за сцену.\n\n"
           "Фестиваль пройдёт снова следующим летом.\n")
    assert t003(tmp_path, src, FR_FESTIVAL, "ru", "fr") == []
    # a term rendered two ways is still flagged (a content word, not a hedge)
    src = ("Το φεστιβάλ έχει νέα σκηνή φέτος.\n\n"
           "Η σκηνή χτίστηκε μέσα σε δύο μήνες.\n\n"
           "Η πόλη πλήρωσε 80.000 ευρώ για τη σκηνή.\n\n"
           "Το φεστιβάλ θα επαναληφθεί το επόμενο καλοκαίρι.\n")
    tgt = ("Le festival a une nouvelle scène cette année.\n\n"
           "La scène a été construite en deux mois.\n\n"
           "La ville a payé 80 000 euros pour l'estrade.\n\n"
           "Le festival aura de nouveau lieu l'été prochain.\n")
    assert t003(tmp_path, src, tgt, "el", "fr") == ["estrade"]


def test_t003_scale_word_is_said_with_what_it_counts(tmp_path):
    src = ("The province spent $14.6 million on the roads last season.\n\n"
           "The town needs 1.5 million litres of fuel a year.\n\n"
           "Ottawa will give $9 million for a study of the road.\n\n"
           "Work would not begin before 2030.\n")
    ru = ("В прошлом сезоне провинция потратила на дороги 14,6 миллиона канадских долларов.\n\n"
          "Городу нужно 1,5 миллиона литров топлива в год.\n\n"
          "Оттава выделит 9 миллионов канадских долларов на исследование дороги.\n\n"
          "Работы начнутся не раньше 2030 года.\n")
    assert t003(tmp_path, src, ru, "en", "ru") == []
    uk = ("Минулого сезону провінція витратила на дороги 14,6 мільйона канадських доларів.\n\n"
          "Містечку потрібно 1,5 мільйона літрів пального на рік.\n\n"
          "Оттава виділить 9 мільйонів канадських доларів на дослідження дороги.\n\n"
          "Роботи почнуться не раніше 2030 року.\n")
    assert t003(tmp_path, src, uk, "en", "uk") == []


def test_t003_word_order_turned_is_the_same_rendering(tmp_path):
    src = ("Die Eisdecke auf dem See ist dünn.\n\n"
           "Fischer warnen, die dicke Eisdecke sei trügerisch.\n\n"
           "Im Februar wurde die Eisdecke gemessen.\n\n"
           "Die Behörden sperrten den See, weil die Eisdecke brach.\n")
    good = ("The ice sheet on the lake is thin.\n\n"
            "Fishermen warn that the thick sheet of ice is deceptive.\n\n"
            "In February the ice sheet was measured.\n\n"
            "The authorities closed the lake because the ice sheet broke.\n")
    assert t003(tmp_path, src, good, "de", "en") == []
    src = ("Jääpeite järvellä on ohut.\n\n"
           "Kalastajat varoittavat, että paksu jääpeite on petollinen.\n\n"
           "Helmikuussa jääpeite mitattiin.\n\n"
           "Viranomaiset sulkivat järven, koska jääpeite murtui.\n")
    assert t003(tmp_path, src, good, "fi", "en") == []
    # another word in its place is still flagged
    bad = good.replace("thick sheet of ice", "thick crust of snow")
    assert t003(tmp_path, src, bad, "fi", "en") == ["snow"]


# 10. Russian "лишь" (only) and "неделя" (week) are no negative words -----------------------

def test_ru_lish_and_nedelya_are_no_negative_words():
    # "неделе" is no "не-деле": a negation dropped or added beside it is seen
    ru = "На прошлой неделе цены на бензин выросли."
    assert codes(ru, "Petrol prices did not rise last week.", "ru", "en", "P001")
    assert codes(ru, "Petrol prices rose last week.", "ru", "en", "P001") == []
    assert codes("Last week petrol prices did not rise.", ru, "en", "ru", "P001")
    # "лишь" (only) before the pole word is no negation: "well short of" rendered "more than"
    src = "The crews measured only 30 centimetres of ice, well short of the 50 centimetres needed."
    assert codes(src, "Бригады намерили лишь 30 сантиметров льда — намного больше необходимых 50 сантиметров.",
                 "en", "ru", "P003")
    assert codes(src, "Бригады намерили лишь 30 сантиметров льда — намного меньше необходимых 50 сантиметров.",
                 "en", "ru", "P003") == []
