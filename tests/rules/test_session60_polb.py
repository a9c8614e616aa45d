"""Session 60 (helper polb): negation and polarity misses of batch 32 (s67), by class.

1. (P001) Macedonian and Marathi had no negation lexicon, so a dropped or added negation
   against either language was never looked for: Macedonian "не"/"нема" and the n-words
   (with "ни" a negator only as in Bulgarian, since it is also the pronoun "us"), Marathi
   नाही/नव्हते/नसलेल्या/नको/नये after the verb.
2. (P001) Arabic "لا يقل عن X" (is not less than X) is the lower bound "at least X", as
   "لا يزيد عن" is the upper one: no negation.
3. (P003) A weak verb of change ("cutting", "höjde") with its "by"/"med" and figure states its
   pole also with a word of estimate before the figure ("by an estimated 35%", "med cirka 10").
4. (P003) Slovene imperfective past forms of the verbs of change (povečeval, zmanjševal,
   zniževal, zviševal) and of rising and sinking (dvigovala, spuščala) were not listed.
5. (P003) Work that took longer or went faster than planned (English, Estonian "plaanitust
   kiiremini/kauem", German "schneller/länger als geplant") is early or late, the schedule
   concept.
"""
from __future__ import annotations

import mtcheck


def run(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f for f in mtcheck.compare(t, source=s).findings if f.code == code]


# 1. Macedonian and Marathi negation ------------------------------------------------------
MK_NEG = "Владата не го одобри новиот закон за јавен превоз.\n"
EN_NEG = "The government did not approve the new public transport law.\n"
EN_AFF = "The government approved the new public transport law.\n"


def test_macedonian_dropped_negation_is_flagged(tmp_path):
    assert run(tmp_path, MK_NEG, EN_AFF, "mk", "en", "P001")
    assert not run(tmp_path, MK_NEG, EN_NEG, "mk", "en", "P001")


def test_english_negation_dropped_in_macedonian_is_flagged(tmp_path):
    src = "The bridge will not open before the winter, the mayor said.\n"
    assert run(tmp_path, src, "Мостот ќе се отвори пред зимата, рече градоначалникот.\n",
               "en", "mk", "P001")
    assert not run(tmp_path, src, "Мостот нема да се отвори пред зимата, рече градоначалникот.\n",
                   "en", "mk", "P001")


def test_macedonian_clitic_ni_is_no_negator(tmp_path):
    # "ни рече": told us
    src = "Директорот ни рече дека паркот ќе биде отворен во мај.\n"
    assert not run(tmp_path, src, "The director told us that the park would open in May.\n",
                   "mk", "en", "P001")


MR_NEG = "शाळेची नवी इमारत अजून पूर्ण झालेली नाही.\n"


def test_marathi_dropped_negation_is_flagged(tmp_path):
    assert run(tmp_path, MR_NEG, "The new school building has already been completed.\n",
               "mr", "en", "P001")
    assert not run(tmp_path, MR_NEG, "The new school building has not yet been completed.\n",
                   "mr", "en", "P001")


def test_english_negation_dropped_in_marathi_is_flagged(tmp_path):
    src = "The market was not open on Sunday because of the rain.\n"
    assert run(tmp_path, src, "पावसामुळे रविवारी बाजार उघडा होता.\n", "en", "mr", "P001")
    assert not run(tmp_path, src, "पावसामुळे रविवारी बाजार उघडा नव्हता.\n", "en", "mr", "P001")


def test_marathi_negative_word_is_no_flip(tmp_path):
    # "कमतरता" (shortage) says what "not enough" says; "केवळ" (only) negates nothing
    assert not run(tmp_path, "या वर्षी गावात पाण्याची कमतरता जाणवली.\n",
                   "There was not enough water in the village this year.\n", "mr", "en", "P001")
    assert not run(tmp_path, "केवळ दोन बस सुरू आहेत.\n", "Only two buses are running.\n",
                   "mr", "en", "P001")


# 2. Arabic "لا يقل عن" (not less than: at least) is a bound -----------------------------
AR_BOUND = "سيحصل المتدربون على منحة شهرية لا تقل عن 400 دينار خلال فترة التكوين.\n"


def test_arabic_not_less_than_is_a_bound(tmp_path):
    assert not run(tmp_path, AR_BOUND, "Les stagiaires recevront une bourse mensuelle d'au moins "
                   "400 dinars pendant la formation.\n", "ar", "fr", "P001")
    assert not run(tmp_path, AR_BOUND, "The trainees will receive a monthly grant of at least "
                   "400 dinars during the training.\n", "ar", "en", "P001")


def test_arabic_negation_near_the_bound_still_flagged(tmp_path):
    # a plain "لا" elsewhere is still read, and "لم يقل" (did not say) is not the bound
    src = "لا يحصل المتدربون على منحة شهرية خلال فترة التكوين.\n"
    assert run(tmp_path, src, "The trainees receive a monthly grant during the training.\n",
               "ar", "en", "P001")
    src = "لم يقل الوزير شيئا عن موعد افتتاح المستشفى الجديد.\n"
    assert run(tmp_path, src, "The minister said something about when the new hospital "
               "would open.\n", "ar", "en", "P001")


# 3. a word of estimate between "by" and its figure ----------------------------------------
EN_CUT = "The new boilers will heat the school, cutting its electricity use by an estimated 20%.\n"


def test_by_an_estimated_figure_states_the_pole(tmp_path):
    got = run(tmp_path, EN_CUT, "Нові котли опалюватимуть школу, що збільшить споживання "
              "електроенергії приблизно на 20%.\n", "en", "uk", "P003")
    assert got and got[0].severity.name == "MAJOR"
    assert not run(tmp_path, EN_CUT, "Нові котли опалюватимуть школу, що скоротить споживання "
                   "електроенергії приблизно на 20%.\n", "en", "uk", "P003")


def test_med_cirka_figure_states_the_pole(tmp_path):
    sv = "Kommunen höjde parkeringsavgiften med cirka 10 procent i fjol.\n"
    assert run(tmp_path, sv, "The council cut the parking fee by about 10 percent last year.\n",
               "sv", "en", "P003")
    assert not run(tmp_path, sv, "The council raised the parking fee by about 10 percent last "
                   "year.\n", "sv", "en", "P003")


def test_weak_cut_without_a_figure_stays_silent(tmp_path):
    # no figure after the estimate: "cut" stays too ambiguous to fire on
    assert not run(tmp_path, "Die Stadt hat die Parkgebühr im vergangenen Jahr erhöht.\n",
                   "The mayor cut the ribbon by about noon and the fee went up last year.\n",
                   "de", "en", "P003")


# 4. Slovene imperfective verbs of change ------------------------------------------------
EN_RISEN = "The water level of the lake had risen by about ten centimetres a year since 2015.\n"


def test_slovene_imperfective_sinking_against_a_rise(tmp_path):
    assert run(tmp_path, EN_RISEN, "Gladina jezera se je od leta 2015 spuščala za približno "
               "deset centimetrov na leto.\n", "en", "sl", "P003")
    assert not run(tmp_path, EN_RISEN, "Gladina jezera se je od leta 2015 dvigovala za približno "
                   "deset centimetrov na leto.\n", "en", "sl", "P003")


def test_slovene_imperfective_change_verbs(tmp_path):
    assert run(tmp_path, "Število obiskovalcev se je vsako leto zmanjševalo.\n",
               "The number of visitors grew every year.\n", "sl", "en", "P003")
    assert not run(tmp_path, "Število obiskovalcev se je vsako leto zmanjševalo.\n",
                   "The number of visitors fell every year.\n", "sl", "en", "P003")
    assert run(tmp_path, "Število obiskovalcev se je vsako leto povečevalo.\n",
               "The number of visitors fell every year.\n", "sl", "en", "P003")


# 5. longer/faster than planned: late or early -------------------------------------------
EN_LONGER = "The renovation of the library took eleven months, two months longer than planned.\n"


def test_longer_than_planned_against_faster_than_planned(tmp_path):
    assert run(tmp_path, EN_LONGER, "Raamatukogu renoveerimine kestis üksteist kuud, kaks kuud "
               "plaanitust kiiremini.\n", "en", "et", "P003")
    assert not run(tmp_path, EN_LONGER, "Raamatukogu renoveerimine kestis üksteist kuud, kaks kuud "
                   "plaanitust kauem.\n", "en", "et", "P003")
    assert run(tmp_path, EN_LONGER, "Die Renovierung der Bibliothek dauerte elf Monate, zwei Monate "
               "schneller als geplant.\n", "en", "de", "P003")
    assert not run(tmp_path, EN_LONGER, "Die Renovierung der Bibliothek dauerte elf Monate, zwei "
                   "Monate länger als geplant.\n", "en", "de", "P003")


def test_longer_than_planned_of_a_length_stays_silent(tmp_path):
    assert not run(tmp_path, "Die neue Brücke ist 20 Meter länger als geplant.\n",
                   "The new bridge is 20 metres longer than planned.\n", "de", "en", "P003")
