"""Session 55 (n4): names (N001, N003, N004, N005) on correct translations.

* a Slavic place in an oblique case (Croatian, Czech, Slovak, Slovene, Serbian, Bosnian,
  Polish: u Novoj Rači, v Nové Pace; its stem's softened consonant hardened back) is the
  nominative the translation keeps (Nova Rača, Nová Paka), and the other way round;
* a Finnish word in -nen in a case of its -se- stem (Korpisen) is the nominative the
  translation keeps (Korpinen): no misspelling;
* Czech, Slovak, Croatian and Slovene capitalise a body's head noun only (Fond rozvoje
  bydlení): a head translated (Housing Development Fund) is no name lost
  (data/names/body_heads.txt);
* the European Union in the Slavic, Baltic and other languages' forms
  (data/names/exonyms.txt): Європейський Союз ~ European Union;
* a name written one letter off a spelling of a source word in another script at every
  mention (two or more; Мяреу … Мяреу ~ Mereu … Mereu) is its own Latin spelling (a
  place of a third language transcribed), no slip, and renders that word (no name added);
* a one-word name rendered at every mention (two or more) by one and the same one-word
  name of the same first letter that no lexicon holds (Prättigau ~ Prettigovia): the
  place's name in the target language, no swap.
"""
from __future__ import annotations

import mtcheck


def found(article, case, code_prefix="N00"):
    src, tgt, sl, tl = case
    return [f for f in article(src, tgt, sl, tl) if f.code.startswith(code_prefix) and not f.suppressed]


def codes(article, case, code_prefix="N00"):
    return sorted(f.code for f in found(article, case, code_prefix))


# -- a Slavic place in an oblique case -------------------------------------------------
CASE_HR_EN = (["Novi dom zdravlja otvoren je prošlog tjedna u Novoj Rači.",
               "Gradonačelnik je rekao da je zgrada stajala prazna deset godina."],
              ["The new health centre opened last week in Nova Rača.",
               "The mayor said the building had stood empty for ten years."], "hr", "en")
CASE_CS_EN = (["Nová nemocnice v Nové Pace bude otevřena v září.", "Stavba stála přes dvě stě milionů korun."],
              ["The new hospital in Nová Paka will open in September.",
               "The building cost over two hundred million crowns."], "cs", "en")
CASE_EN_CS = (CASE_CS_EN[1], CASE_CS_EN[0], "en", "cs")
CASE_HR_EN_SWAP = (CASE_HR_EN[0], ["The new health centre opened last week in Nova Gradiška.",
                                   "The mayor said the building had stood empty for ten years."], "hr", "en")


def test_slavic_oblique_place_hr_en(article):
    assert codes(article, CASE_HR_EN) == []


def test_slavic_oblique_place_cs_en(article):
    assert codes(article, CASE_CS_EN) == []


def test_slavic_oblique_place_in_the_translation_en_cs(article):
    assert codes(article, CASE_EN_CS) == []


def test_slavic_oblique_place_pair():
    assert [f.code for f in mtcheck.check_pair(CASE_HR_EN[0][0], CASE_HR_EN[1][0], "hr", "en")
            if f.code.startswith("N00")] == []
    assert [f.code for f in mtcheck.check_pair(CASE_CS_EN[0][0], CASE_CS_EN[1][0], "cs", "en")
            if f.code.startswith("N00")] == []


def test_slavic_place_swapped_still_found(article):
    f = found(article, CASE_HR_EN_SWAP)
    assert any(x.code in ("N003", "N004") and "Rači" in x.message for x in f)


# -- a Finnish name in -nen in a case of its -se- stem ----------------------------------
CASE_FI_EN = (["Tutkija Anneli Korpisen mukaan hanke alkaa keväällä.", "Työt kestävät kaksi vuotta."],
              ["According to researcher Anneli Korpinen, the project will start in spring.",
               "The work will take two years."], "fi", "en")
CASE_FI_DE = (CASE_FI_EN[0], ["Laut der Forscherin Anneli Korpinen beginnt das Projekt im Frühjahr.",
                              "Die Arbeiten dauern zwei Jahre."], "fi", "de")
CASE_FI_EN_OTHER = (CASE_FI_EN[0], ["According to researcher Anneli Korhonen, the project will start in spring.",
                                    "The work will take two years."], "fi", "en")


def test_finnish_nen_case_fi_en(article):
    assert codes(article, CASE_FI_EN) == []


def test_finnish_nen_case_fi_de(article):
    assert codes(article, CASE_FI_DE) == []


def test_finnish_other_surname_still_found(article):
    assert any("Korpisen" in f.message for f in found(article, CASE_FI_EN_OTHER))


# -- a body's head noun, the only capitalised word of its name ---------------------------
CASE_CS_FOND = (["Zhruba polovinu nákladů pokryje Fond rozvoje bydlení Zlínského kraje.", "Zbytek zaplatí město."],
                ["About half of the costs will be covered by the Zlín Region's Housing Development Fund.",
                 "The town will pay the rest."], "cs", "en")
CASE_HR_FOND = (["Polovicu troškova pokrit će Fond za zaštitu okoliša i energetsku učinkovitost.", "Ostatak plaća općina."],
                ["Half of the costs will be covered by the Environmental Protection and Energy Efficiency Fund.",
                 "The municipality pays the rest."], "hr", "en")
CASE_SK_FOND = (["Polovicu nákladov pokryje Fond na podporu umenia.", "Zvyšok zaplatí mesto."],
                ["Half of the costs will be covered by the Arts Support Fund.", "The town will pay the rest."], "sk", "en")
CASE_CS_FOND_LOST = (["Zhruba polovinu nákladů pokryje Fond rozvoje bydlení a zbytek Karel Dvořáček.", "Město nezaplatí nic."],
                     ["About half of the costs will be covered by the Housing Development Fund and the rest by the region.",
                      "The town will pay nothing."], "cs", "en")


def test_body_head_translated_cs_en(article):
    assert codes(article, CASE_CS_FOND) == []


def test_body_head_translated_hr_en(article):
    assert codes(article, CASE_HR_FOND) == []


def test_body_head_translated_sk_en(article):
    assert codes(article, CASE_SK_FOND) == []


def test_person_beside_body_head_still_missing(article):
    f = found(article, CASE_CS_FOND_LOST)
    assert [x.code for x in f if "Dvořáček" in x.message] == ["N003"]
    assert not any("Fond" in x.message for x in f)


# -- the European Union in Ukrainian -------------------------------------------------------
CASE_UK_EN = (["Основну частину коштів надав Європейський Союз.", "Решту сплатила громада."],
              ["Most of the money was provided by the European Union.", "The community paid the rest."], "uk", "en")
CASE_UK_DE = (CASE_UK_EN[0], ["Den Großteil des Geldes stellte die Europäische Union bereit.",
                              "Den Rest zahlte die Gemeinde."], "uk", "de")
CASE_UK_SWAP = (CASE_UK_EN[0], ["Most of the money was provided by the African Union.",
                                "The community paid the rest."], "uk", "en")


def test_european_union_uk_en(article):
    assert codes(article, CASE_UK_EN) == []


def test_european_union_uk_de(article):
    assert codes(article, CASE_UK_DE) == []


def test_other_union_still_found(article):
    assert any("Європейський Союз" in f.message for f in found(article, CASE_UK_SWAP))


# -- a transcribed place spelled one way at every mention ------------------------------------
def _village(sw, tw, sl, second=None):
    if sl == "uk":
        src = [f"Новий міст з'єднав місто з румунським селом {sw}.", f"Раніше мешканці {sw} їздили до міста поромом."]
    else:
        src = [f"Новый мост соединил город с румынским селом {sw}.", f"Раньше жители села {sw} ездили в город на пароме."]
    tgt = [f"The new bridge linked the town with the Romanian village of {tw}.",
           f"Residents of {second or tw} used to take a ferry to the town."]
    return src, tgt, sl, "en"


def test_own_spelling_throughout_uk_en(article):
    assert codes(article, _village("Мяреу", "Mereu", "uk")) == []


def test_own_spelling_throughout_ru_en(article):
    assert codes(article, _village("Тяреу", "Tereu", "ru")) == []


def test_own_spelling_with_qualifier_is_no_added_name(article):
    assert codes(article, _village("Мяреу", "Mereu Mare", "uk")) == []


def test_slip_at_one_mention_still_found(article):
    f = found(article, _village("Мяреу", "Mereu", "uk", second="Lupeni"))
    assert any(x.code == "N001" and "Mereu" in x.message for x in f)


# -- a place's own name in the target language at every mention ------------------------------
def _valley(sw, tw, tl, second=None):
    src = [f"{sw}: Neue Brücke ersetzt ab Dezember die alte Fähre.",
           f"Die Gemeinde {sw} hat am Dienstag die neue Brücke vorgestellt, die ab März die Fähre ersetzen soll."]
    second = second or tw
    tgt = {"it": [f"{tw}: da dicembre un nuovo ponte sostituisce il vecchio traghetto.",
                  f"Martedì il Comune di {second} ha presentato il nuovo ponte che da marzo sostituirà il traghetto."],
           "fr": [f"{tw} : un nouveau pont remplace dès décembre l'ancien bac.",
                  f"Mardi, la commune de {second} a présenté le nouveau pont qui remplacera le bac dès mars."]}[tl]
    return src, tgt, "de", tl


def test_own_name_throughout_de_it(article):
    assert codes(article, _valley("Schanfigg", "Scanfic", "it")) == []


def test_own_name_throughout_de_fr(article):
    assert codes(article, _valley("Prättigau", "Prettigovia", "fr")) == []


def test_other_place_throughout_still_swapped(article):
    assert "N004" in codes(article, _valley("Prättigau", "Poschiavo", "it"))


def test_renamed_at_one_mention_still_swapped(article):
    assert "N004" in codes(article, _valley("Schanfigg", "Scanfic", "it", second="Schanfigg"))


def test_given_name_spelled_right_does_not_excuse_a_new_surname(article):
    case = (["Міст відкрив директор компанії Петро Мельник.", "Будівництво тривало два роки."],
            ["The bridge was opened by the company's director Petro Kovalenko.",
             "Construction took two years."], "uk", "en")
    assert any("Kovalenko" in f.message or "Мельник" in f.message for f in found(article, case))
