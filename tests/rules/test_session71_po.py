"""Session 71, polarity (P003) on invented examples:

* a word of more/less right before its figure ("более 200", more than 200) bounds the figure
  and is no word of change: no flip against "brought down … in more than 200";
* how hard a place was hit ("worst hit", "weniger betroffen") is a concept of its own
  (`affected`), not "harm" (injured | unharmed), whose poles run the other way;
* Serbian "odsto" (per cent) is a measure word, and a size after its figure right before its
  "than" ("za 6 odsto manja nego", 6 per cent smaller than) is a difference, no bound;
* Afrikaans "meer as" (more than) is strong; Bengali "than" (চেয়ে) a few words before its
  word of more/less is a comparison;
* French "plus qu'" (the "than" elided) is "plus que";
* Arabic "غير أن" (however) negates nothing (P001's lexicon: a fixed phrase);
* "gained" is the opposite of "lost"; Spanish and Portuguese "despacio", "devagar" are slow;
* a date brought forward rendered postponed (schedule: avancer | reporter, adiar, aplazar).
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str = "P003") -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# -- a bound is no change --------------------------------------------------------------
def test_bound_no_change_ru_en():
    src = "Буря оборвала провода более 200 улиц."
    assert not codes(src, "The storm brought down power lines in more than 200 streets.", "ru", "en")
    assert codes(src, "The storm brought down power lines in fewer than 200 streets.", "ru", "en")


def test_bound_no_change_ru_de():
    src = "Паводок затопил более 40 подвалов."
    assert not codes(src, "Das Hochwasser setzte mehr als 40 Keller unter Wasser, der Pegel sank erst nachts.",
                     "ru", "de")
    assert codes(src, "Das Hochwasser setzte weniger als 40 Keller unter Wasser.", "ru", "de")


# -- worst hit is no opposite of harmed ----------------------------------------------
def test_worst_hit_ru_en():
    src = "Сильнее всего пострадал северный пригород."
    assert not codes(src, "The northern suburb was the worst hit.", "ru", "en")


def test_affected_en_de_still_flips():
    src = "The coastal towns were the worst hit by the flood."
    assert codes(src, "Die Küstenorte waren am wenigsten betroffen von der Flut.", "en", "de")
    assert not codes(src, "Die Küstenorte waren am stärksten betroffen von der Flut.", "en", "de")
    assert not codes("Два человека пострадали при пожаре.", "Two people were hurt in the fire.", "ru", "en")


# -- a size by a figure before its "than" ------------------------------------------------
def test_size_figure_than_sr_de():
    src = "Prodaja je bila za 6 odsto manja nego 2021. godine."
    assert codes(src, "Der Absatz lag um 6 Prozent höher als 2021.", "sr", "de")
    assert not codes(src, "Der Absatz lag um 6 Prozent niedriger als 2021.", "sr", "de")


def test_size_figure_than_sr_cyrillic_en():
    src = "Зарада је била за 12 одсто мања него 2019. године."
    assert codes(src, "Revenue was 12 percent higher than in 2019.", "sr", "en")
    assert not codes(src, "Revenue was 12 percent lower than in 2019.", "sr", "en")


# -- Afrikaans "meer as", Bengali "than" before its word ----------------------------------
def test_meer_as_af_en():
    src = "Die dam hou vanjaar meer as wat die dorp in 'n maand nodig het."
    assert codes(src, "This year the dam holds less than the town needs in a month.", "af", "en")
    assert not codes(src, "This year the dam holds more than the town needs in a month.", "af", "en")


def test_meer_as_en_af():
    src = "The new pump delivers less than the old one did."
    assert codes(src, "Die nuwe pomp lewer meer as wat die ou een gelewer het.", "en", "af")


def test_than_before_bn_en():
    src = "আগের মেলার চেয়ে তিনটি বেশি দোকান বসেছে।"
    assert codes(src, "This time there were three stalls fewer than at the previous fair.", "bn", "en")
    assert not codes(src, "This time there were three stalls more than at the previous fair.", "bn", "en")


def test_than_before_en_bn():
    src = "This year the village had two wells fewer than before."
    assert codes(src, "এ বছর গ্রামে আগের চেয়ে দুটি বেশি কুয়া ছিল।", "en", "bn")


# -- French "plus qu'" ---------------------------------------------------------------------
def test_plus_qu_elided_en_fr():
    src = "The club counted 230 members, fewer than in 2019, when there were more than 280."
    assert codes(src, "Le club comptait 230 membres, plus qu'en 2019, où ils étaient plus de 280.", "en", "fr")
    assert not codes(src, "Le club comptait 230 membres, moins qu'en 2019, où ils étaient plus de 280.",
                     "en", "fr")


def test_plus_qu_elided_de_fr():
    src = "Der Verein hatte weniger Mitglieder als ein Jahr zuvor."
    assert codes(src, "L'association comptait plus d'adhérents qu'un an auparavant, plus qu'avant.", "de", "fr")
    assert not codes("Es ist mehr als ein Spiel.", "C'est plus qu'un jeu.", "de", "fr")


# -- Arabic "غير أن" (however) -------------------------------------------------------------
def test_ghayr_anna_ar_en():
    src = "افتتح المتجر عام 2015، غير أن مبيعاته تراجعت بنحو الثلث منذ ذلك الحين."
    assert codes(src, "The shop opened in 2015, but its sales have risen by about a third since then.", "ar", "en")
    assert not codes(src, "The shop opened in 2015, but its sales have fallen by about a third since then.",
                     "ar", "en")


def test_ghayr_anna_ar_fr():
    src = "ارتفع عدد الزوار، غير أن الإيرادات انخفضت."
    assert codes(src, "Le nombre de visiteurs a augmenté, mais les recettes ont augmenté aussi.", "ar", "fr")
    assert not codes(src, "Le nombre de visiteurs a augmenté, mais les recettes ont baissé.", "ar", "fr")


# -- gained ~ lost; slowly ~ quickly ---------------------------------------------------------
def test_gained_lost_es_en():
    src = "Desde el cierre de la fábrica, el club ha perdido socios."
    assert codes(src, "Since the factory closed, the club has gained members.", "es", "en")
    assert not codes(src, "Since the factory closed, the club has lost members.", "es", "en")


def test_gained_lost_de_en():
    src = "Die Partei hat im Norden Stimmen verloren."
    assert codes(src, "The party gained votes in the north.", "de", "en")


def test_slowly_en_es():
    src = "The forms are now processed faster than last year."
    assert codes(src, "Los formularios se tramitan ahora más despacio que el año pasado.", "en", "es")
    assert not codes(src, "Los formularios se tramitan ahora más rápido que el año pasado.", "en", "es")


def test_slowly_en_pt():
    src = "The queue moved quickly all morning."
    assert codes(src, "A fila andou devagar durante toda a manhã.", "en", "pt")
    assert not codes(src, "A fila andou depressa durante toda a manhã.", "en", "pt")


# -- a date brought forward ~ postponed -------------------------------------------------------
def test_postpone_pt_fr():
    src = "O município decidiu adiar a reforma do mercado."
    assert codes(src, "La commune a décidé d'avancer la rénovation du marché.", "pt", "fr")
    assert not codes(src, "La commune a décidé de reporter la rénovation du marché.", "pt", "fr")


def test_postpone_en_es():
    src = "The council postponed the vote on the new bus lanes."
    assert codes(src, "El ayuntamiento adelantó la votación sobre los nuevos carriles bus.", "en", "es")
    assert not codes(src, "El ayuntamiento aplazó la votación sobre los nuevos carriles bus.", "en", "es")


def test_postpone_es_en():
    src = "La empresa decidió aplazar la apertura de la planta."
    assert codes(src, "The company decided to bring forward the opening of the plant.", "es", "en")
    assert not codes(src, "The company decided to postpone the opening of the plant.", "es", "en")


def test_progress_is_no_schedule_fr_en():
    # "avancer" (make progress) against no date moved
    assert not codes("Les négociations avancent lentement.", "The negotiations are progressing slowly.", "fr", "en")
    assert not codes("The talks were postponed, but the work advances.",
                     "Les pourparlers ont été reportés, mais le travail avance.", "en", "fr")


# -- less by a figure ~ higher by it ---------------------------------------------------------
def test_less_by_figure_higher_ja_en():
    src = "新しい契約で、町の支出は昨年より約300万円少なくなる見通しだ。"
    assert codes(src, "Under the new contract, the town's spending is expected to be about 3 million yen higher than last year.",
                 "ja", "en")
    assert not codes(src, "Under the new contract, the town's spending is expected to be about 3 million yen lower than last year.",
                     "ja", "en")


def test_less_by_figure_higher_en_de():
    assert codes("The works cost 14 percent less than planned.",
                 "Die Arbeiten lagen 14 Prozent höher als geplant.", "en", "de")
    assert not codes("The works cost 14 percent less than planned.",
                     "Die Arbeiten lagen 14 Prozent niedriger als geplant.", "en", "de")


def test_higher_by_figure_less_en_ja():
    src = "Fees this year are 12 percent higher than last year."
    assert codes(src, "今年の料金は昨年より12%少ない。", "en", "ja")
    assert not codes(src, "今年の料金は昨年より12%高い。", "en", "ja")


def test_fewer_and_higher_say_two_things_en_de():
    # no figure both sides share: "fewer visitors" and "higher prices" are two statements
    assert not codes("There were fewer visitors this summer.",
                     "Die Preise waren in diesem Sommer höher als im Vorjahr.", "en", "de")
