"""Session 57 (n2): names (N003/N004/N005) on batch 26 (s61).

- The Middle East in the languages that decline it word by word (Blízkeho východu,
  Bliskiego Wschodu, Artimuosius Rytus): a lexicon entity (data/names/exonyms.txt).
- A state's or province's abbreviation (NSW, B.C., WA) whose name the translation writes
  out in a language that declines it word by word (Nového Južného Walesu, Britų
  Kolumbijoje) or in Cyrillic: rendered, not lost (data/names/region_abbrev.*.txt).
- Cyrillic у before a vowel inside a word is an English w (Conway ~ Конуей, Edward ~
  Едуард): a transcription read back.
- Spanish, Italian and Portuguese demonyms from a city's Latin name (pacense ~ Badajoz,
  onubense ~ Huelva): lexicon forms of the city.
- A one-word Estonian body compound (-keskus) that the article names in full elsewhere,
  rendered at a short mention by the lower-case head noun of its translated name (the
  centre): not lost.
"""
from __future__ import annotations

import os

import mtcheck

NAME_CODES = ("N003", "N004", "N005", "N006")


def names(tmp_path, src: str, tgt: str, sl: str, tl: str, codes=NAME_CODES) -> list[str]:
    sp = os.path.join(tmp_path, f"source.{sl}.txt")
    tp = os.path.join(tmp_path, f"target.{tl}.txt")
    with open(sp, "w", encoding="utf-8") as f:
        f.write(src)
    with open(tp, "w", encoding="utf-8") as f:
        f.write(tgt)
    rep = mtcheck.compare(tp, source=sp, source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.code} {f.message}" for f in rep.findings if f.code in codes and not f.suppressed]


# -- the Middle East declined ---------------------------------------------------------

def test_middle_east_declined_sk(tmp_path):
    assert names(tmp_path, "Exports to the Middle East grew last year.",
                 "Vývoz do krajín Blízkeho východu minulý rok vzrástol.", "en", "sk") == []


def test_middle_east_declined_pl(tmp_path):
    assert names(tmp_path, "The minister travelled to the Middle East on Monday.",
                 "Minister poleciał w poniedziałek na Bliski Wschód.", "en", "pl") == []


def test_middle_east_declined_lt(tmp_path):
    assert names(tmp_path, "Exports to the Middle East grew last year.",
                 "Eksportas į Artimuosius Rytus pernai išaugo.", "en", "lt") == []


def test_middle_east_other_region_still_flagged(tmp_path):
    out = names(tmp_path, "Exports to the Middle East grew last year.",
                "Vývoz do Južnej Ameriky minulý rok vzrástol.", "en", "sk")
    assert out, out


# -- a region's abbreviation written out and declined ----------------------------------

def test_region_abbreviation_declined_sk(tmp_path):
    assert names(tmp_path, "The farm is near Dubbo in NSW.",
                 "Farma je neďaleko mesta Dubbo v Novom Južnom Walese.", "en", "sk") == []


def test_region_abbreviation_declined_lt(tmp_path):
    assert names(tmp_path, "The orchard is near Kelowna, B.C., the council said.",
                 "Sodas yra netoli Kelownos Britų Kolumbijoje, pranešė taryba.", "en", "lt") == []


def test_region_abbreviation_declined_pl(tmp_path):
    assert names(tmp_path, "The mine near Kalgoorlie, WA, will close in May.",
                 "Kopalnia koło Kalgoorlie w Australii Zachodniej zostanie zamknięta w maju.",
                 "en", "pl") == []


def test_region_abbreviation_cyrillic_bg(tmp_path):
    assert names(tmp_path, "The orchard is near Kelowna, B.C., the council said.",
                 "Овощната градина е близо до Келоуна, Британска Колумбия, съобщи съветът.",
                 "en", "bg") == []


def test_region_abbreviation_other_state_still_flagged(tmp_path):
    out = names(tmp_path, "The farm is near Dubbo in NSW.",
                "Farma je neďaleko mesta Dubbo v Západnej Austrálii.", "en", "sk")
    assert out, out


def test_region_abbreviation_word_missing_still_flagged(tmp_path):
    # one word of the state's name only (Walese), not the name
    out = names(tmp_path, "The farm is near Dubbo in NSW.",
                "Farma je neďaleko mesta Dubbo vo Walese.", "en", "sk")
    assert out, out


# -- Cyrillic у as an English w -----------------------------------------------------------

def test_cyrillic_w_bg(tmp_path):
    assert names(tmp_path, "Health Minister Karen Conway opened the clinic on Monday.",
                 "Министърът на здравеопазването Карън Конуей откри клиниката в понеделник.",
                 "en", "bg") == []


def test_cyrillic_w_ru(tmp_path):
    assert names(tmp_path, "Mayor Linda Galloway opened the bridge on Monday.",
                 "Мэр Линда Галлоуэй открыла мост в понедельник.", "en", "ru") == []


def test_cyrillic_w_other_name_still_flagged(tmp_path):
    out = names(tmp_path, "Health Minister Karen Conway opened the clinic on Monday.",
                "Министърът на здравеопазването Карън Хендерсън откри клиниката в понеделник.",
                "en", "bg")
    assert out, out


# -- demonyms from a city's Latin name ------------------------------------------------------

def test_latin_demonym_es_en(tmp_path):
    assert names(tmp_path, "El equipo onubense ganó el partido del domingo.",
                 "The Huelva team won Sunday's match.", "es", "en") == []


def test_latin_demonym_es_de(tmp_path):
    assert names(tmp_path, "La cooperativa pacense exportó más aceite este año.",
                 "Die Genossenschaft aus Badajoz exportierte dieses Jahr mehr Öl.", "es", "de") == []


def test_latin_demonym_it_en_regular(tmp_path):
    assert names(tmp_path, "La squadra bergamasca ha vinto la partita di domenica.",
                 "The Bergamo team won Sunday's match.", "it", "en") == []


def test_latin_demonym_other_city_still_flagged(tmp_path):
    out = names(tmp_path, "El equipo onubense ganó el partido del domingo.",
                "The Seville team won Sunday's match.", "es", "en")
    assert out, out


# -- an Estonian body's short mention ------------------------------------------------------

ET_TAX_SRC = (
    "Harjumaa Maksukeskus (HMK) avab 1. aprillist Keilas uue klienditeeninduse. Maksukeskuse "
    "juhatus kinnitas plaani teisipäeval. Uus teenindus on avatud neli päeva nädalas.\n\n"
    "Maksukeskuse juhataja Mari Tamm ütles, et vana büroo oli liiga väike. Eelmisel aastal "
    "käis seal üle 9000 kliendi.\n\n"
    "Keila vallavanem toetas plaani.\n\n"
    "Maksukeskus otsustab teenuse jätkamise üle järgmise aasta mais.\n")
ET_TAX_TGT = (
    "Harju County Tax Centre (HMK) will open a new customer service office in Keila from 1 April. "
    "The centre's board approved the plan on Tuesday. The new office will be open four days a week.\n\n"
    "The head of the tax centre, Mari Tamm, said the old office was too small. Last year it "
    "served more than 9,000 clients.\n\n"
    "The Keila rural municipality mayor supported the plan.\n\n"
    "The tax centre will decide in May next year whether to continue the service.\n")


def test_body_short_mention_et_en(tmp_path):
    assert names(tmp_path, ET_TAX_SRC, ET_TAX_TGT, "et", "en", codes=("N003",)) == []


def test_body_short_mention_et_en_hospital(tmp_path):
    src = ("Tallinna Lastehaigla (TLH) avab sügisel uue kiirabiosakonna. Lastehaigla nõukogu "
           "kinnitas otsuse esmaspäeval. Osakond hakkab tööle oktoobris.\n\n"
           "Lastehaigla juhataja Peeter Kask ütles, et vana osakond oli liiga kitsas.\n\n"
           "Linnavalitsus toetas plaani.\n\n"
           "Lastehaigla otsustab uute töötajate palkamise üle detsembris.\n")
    tgt = ("Tallinn Children's Hospital (TLH) will open a new emergency department in the autumn. "
           "The hospital's supervisory board approved the decision on Monday. The department "
           "will start work in October.\n\n"
           "The head of the hospital, Peeter Kask, said the old department was too cramped.\n\n"
           "The city government supported the plan.\n\n"
           "The hospital will decide on hiring new staff in December.\n")
    assert names(tmp_path, src, tgt, "et", "en", codes=("N003",)) == []


def test_body_short_mention_without_head_noun_still_flagged(tmp_path):
    tgt = ET_TAX_TGT.replace("The centre's board", "The board").replace(
        "The head of the tax centre, Mari Tamm,", "Mari Tamm").replace(
        "The tax centre will", "The agency will")
    out = names(tmp_path, ET_TAX_SRC, tgt, "et", "en", codes=("N003",))
    assert out, out
