"""Session 59 (helper nx): names kept or spelled another way, Indic read-back, lone headlines.

* L002: a place of the exonym lexicon that opens a body's or a firm's name the source has
  whole (Hessen Forst, Niedersachsen Ports) is kept with the name, not left untranslated;
  the place alone (las carreteras de Hessen) still is.
* exonyms: Spanish places with a second official form (A Coruña ~ La Coruña ~ La Corogne,
  Ourense ~ Orense) are one place.
* N005: Indic read-back hears the vowel r (कृषि ~ Krishi) and the flapped ड़/ড় (ল্যাংড়া ~
  Langra); a Latin acronym in brackets that the source spells by its letters' names in its
  own script (एनएचआरओ ~ NHRO) glosses the name before it.
* alignment: an unaligned headline beside an unaligned translation of it, each a paragraph
  of its own in the same place, framed by aligned beads, is paired; C002 calls the length
  excess of a dense-script headline's translation minor.
"""
import os

import pytest

import mtcheck
from mtcheck.align import pair_lone_paragraphs
from mtcheck.rules._text import present_in_other_script
from mtcheck.rules.names import spells_letters


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- L002: a place opening a kept name ---------------------------------------------------
@pytest.mark.parametrize("src,tgt,tl", [
    ("Die Wälder betreut Hessen Forst seit 2001.", "Hessen Forst gère les forêts depuis 2001.", "fr"),
    ("Den Hafen betreibt Niedersachsen Ports seit 2005.", "Niedersachsen Ports exploite le port depuis 2005.", "fr"),
    ("Die Kosten beziffert Hessen Mobil auf rund 63 Millionen Euro.",
     "Hessen Mobil cifra el coste en unos 63 millones de euros.", "es"),
])
def test_place_opening_kept_name(src, tgt, tl):
    assert not _codes(src, tgt, "de", tl, "L002")


@pytest.mark.parametrize("src,tgt", [
    ("Die Straßen in Hessen sind schlecht.", "Las carreteras de Hessen están en mal estado."),
    # a common German noun after the place: no name
    ("In Hessen Schulen zu bauen ist teuer.", "Construir en Hessen Schulen es caro."),
])
def test_place_alone_still_copied(src, tgt):
    assert _codes(src, tgt, "de", "es", "L002")


# -- exonyms: a second official form -------------------------------------------------------
@pytest.mark.parametrize("src,tgt,sl,tl,code", [
    ("La fábrica de Boiro (A Coruña) empleará a 200 personas.",
     "L'usine de Boiro (La Corogne) emploiera 200 personnes.", "es", "fr", "N003"),
    ("El festival de Orense atrae a miles de personas.", "The Ourense festival draws thousands of people.",
     "es", "en", "N001"),
])
def test_second_official_form(src, tgt, sl, tl, code):
    assert not _codes(src, tgt, sl, tl, code)


def test_other_place_still_swapped():
    assert _codes("La fábrica de Boiro (A Coruña) empleará a 200 personas.",
                  "L'usine de Boiro (Pontevedra) emploiera 200 personnes.", "es", "fr", "N004")


# -- N005: Indic read-back -----------------------------------------------------------------
@pytest.mark.parametrize("name,text", [
    ("Krishi Vigyan Kendra", "कृषि विज्ञान केंद्र, दरभंगा"),
    ("Langra", "খিরসাপাত ও ল্যাংড়া জাতের"),
    ("Pahar", "পাহাড়"),
    ("Rishikesh", "ऋषिकेश"),
    ("Krishna", "কৃষ্ণ"),
])
def test_indic_readings(name, text):
    assert present_in_other_script(name, text)


@pytest.mark.parametrize("src,tgt,sl", [
    ("डॉ. कुमार ने कृषि विज्ञान केंद्र में बताया।", "Dr Kumar said at the Krishi Vigyan Kendra.", "hi"),
    ("খিরসাপাত ও ল্যাংড়া জাতের আম পাঠানো হচ্ছে।", "Khirsapat and Langra mangoes are being sent.", "bn"),
    ("इसकी निगरानी राष्ट्रीय बागवानी अनुसंधान संगठन (एनएचआरओ) करेगा।",
     "It will be monitored by the National Horticulture Research Organisation (NHRO).", "hi"),
])
def test_indic_name_rendered(src, tgt, sl):
    assert not _codes(src, tgt, sl, "en", "N005")


@pytest.mark.parametrize("src,tgt,sl", [
    ("डॉ. कुमार ने कृषि विज्ञान केंद्र में बताया।", "Dr Kumar said at the Kishan Vikas Kendra.", "hi"),
    ("খিরসাপাত ও ল্যাংড়া জাতের আম পাঠানো হচ্ছে।", "Khirsapat and Fazli mangoes are being sent.", "bn"),
    # another acronym than the source spells, or none in the source
    ("इसकी निगरानी राष्ट्रीय बागवानी अनुसंधान संगठन (एनएचआरओ) करेगा।",
     "It will be monitored by the National Horticulture Research Organisation (ICAR).", "hi"),
    ("इसकी निगरानी राष्ट्रीय बागवानी अनुसंधान संगठन करेगा।",
     "It will be monitored by the National Horticulture Research Organisation (NHRO).", "hi"),
])
def test_indic_name_still_added(src, tgt, sl):
    assert _codes(src, tgt, sl, "en", "N005")


def test_letter_names():
    assert spells_letters("NHRO", "एनएचआरओ")
    assert spells_letters("BWDB", "বিডব্লিউডিবি")
    assert spells_letters("SFWO", "এসএফডব্লিউও")
    assert not spells_letters("NHAI", "एनएचआरओ")
    assert not spells_letters("NHR", "एनएचआरओ")


# -- a lone headline on both sides ---------------------------------------------------------
_SRC = ["兰州新区首座智能物流园开业 蔬菜可保鲜至明年春天",
        "11月2日，甘肃省兰州新区首座智能物流园在秦川镇正式开业。",
        "该项目总投资5200万元，占地8公顷，可为周边6000户菜农提供服务。",
        "新区是高原夏菜的主产区，去年总产量达41万吨。",
        "但由于缺少冷链设施，大量蔬菜只能在采摘后一周内集中上市。",
        "物流园负责人表示，园区采用企业加合作社模式运营。"]
_TGT = ["Lanzhou : le premier parc logistique intelligent de la nouvelle zone ouvre ses portes, les légumes "
        "pourront être conservés jusqu'au printemps de l'année prochaine",
        "Le 2 novembre, le premier parc logistique de la zone de Lanzhou (Gansu) a ouvert à Qinchuan.",
        "Le projet coûte 52 millions de yuans, couvre 8 hectares et servira 6000 foyers de maraîchers.",
        "La zone produit des légumes d'été, avec 410 000 tonnes l'an dernier.",
        "Faute de chaîne du froid, les légumes devaient être vendus dans la semaine.",
        "Le responsable du parc indique qu'il fonctionne avec des coopératives."]


def _compare(tmp_path, src, tgt, sl, tl):
    s, t = os.path.join(tmp_path, f"s.{sl}.txt"), os.path.join(tmp_path, f"t.{tl}.txt")
    with open(s, "w", encoding="utf-8") as fh:
        fh.write("\n\n".join(src) + "\n")
    with open(t, "w", encoding="utf-8") as fh:
        fh.write("\n\n".join(tgt) + "\n")
    rep = mtcheck.compare(t, source=s, source_lang=sl, target_lang=tl, semantic=False)
    return [f for f in rep.findings if not f.suppressed]


def test_dense_headline_paired(tmp_path):
    found = _compare(str(tmp_path), _SRC, _TGT, "zh", "fr")
    assert not [f for f in found if f.code == "C001"]
    assert all(f.severity <= mtcheck.Severity.MINOR for f in found if f.code == "C002")


def test_body_sentence_still_long(tmp_path):
    tgt = list(_TGT)
    tgt[3] = ("La zone produit des légumes d'été, avec 410 000 tonnes l'an dernier, et la municipalité "
              "prévoit déjà de construire trois nouveaux entrepôts frigorifiques et une gare routière.")
    found = _compare(str(tmp_path), _SRC, tgt, "zh", "fr")
    assert [f for f in found if f.code == "C002" and f.severity >= mtcheck.Severity.MAJOR]


_S = ["Headline of the story", "First sentence here.", "Second one with 12 items.", "Third sentence."]
_T = ["Titre de l'article", "Première phrase ici.", "Deuxième avec 12 articles.", "Troisième phrase."]


def test_pair_lone_paragraphs():
    beads = [([], [0]), ([0], []), ([1], [1]), ([2], [2]), ([3], [3])]
    out = pair_lone_paragraphs(beads, _S, _T, [0, 1, 2, 3], [0, 1, 2, 3])
    assert out[0] == ([0], [0]) and len(out) == 4


def test_pair_lone_paragraphs_guards():
    beads = [([0], [0]), ([1], [1]), ([2], []), ([], [2]), ([3], [3])]
    # numbers differ: a sentence dropped and another added
    t = _T[:2] + ["Une phrase ajoutée sur 40 personnes.", _T[3]]
    assert pair_lone_paragraphs(beads, _S, t, [0, 1, 2, 3], [0, 1, 2, 3]) == beads
    # not a paragraph of its own on one side
    assert pair_lone_paragraphs(beads, _S, _T, [0, 1, 2, 3], [0, 1, 3]) == beads
    # lengths far off the texts' ratio
    t = _T[:2] + ["Deuxième avec 12 articles, " + "et bien d'autres choses encore " * 6 + ".", _T[3]]
    assert pair_lone_paragraphs(beads, _S, t, [0, 1, 2, 3], [0, 1, 2, 3]) == beads
