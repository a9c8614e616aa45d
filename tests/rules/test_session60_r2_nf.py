"""Session 60 round 2 (helper nf): name-rule false alarms of batch 33 (s68), by class.

1. N003: a compounding language (Swedish, Danish, German, ...) joins a name to a common
   head noun (Ystads|området, Aarhus|området, Berlin|besuch); the translation keeps the
   name as a word of its own and translates the head (the Ystad area): no name lost.
2. N004 (document mode): a common noun opening a sentence that the source writes in lower
   case elsewhere, rendered by a word the translation writes in lower case elsewhere in
   another case (Derkacze … derkaczy): no name swapped.
3. N001/N002: a place's adjective the source writes in lower case (valenciana) that the
   target capitalises (Valencian) is no misspelling of the place (Valencia).
"""
from __future__ import annotations

import mtcheck


def pair(src: str, tgt: str, sl: str, tl: str, code: str, about: str = "") -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, source_lang=sl, target_lang=tl)
            if f.code == code and about in f.message]


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, codes: tuple[str, ...],
        about: str = "") -> list[tuple[str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.severity.name.lower(), f.message) for f in rep.findings
            if f.code in codes and about in f.message and not f.suppressed]


# 1. a name compounded with a common head noun
SV = ("Kommunen har infört bevattningsförbud i hela Ystadsområdet från och med i dag. "
      "Förbudet gäller till slutet av augusti.")
SV_OK = ("The municipality has introduced a watering ban throughout the Ystad area from today. "
         "The ban applies until the end of August.")
SV_BAD = ("The municipality has introduced a watering ban throughout the Malmö area from today. "
          "The ban applies until the end of August.")
DA = "Vandforbruget i Aarhusområdet steg kraftigt i juli, oplyser forsyningen."
DA_OK = "Water consumption in the Aarhus area rose sharply in July, the utility said."
DE = "Der Berlinbesuch des Ministers wurde am Montag wegen des Streiks abgesagt."
DE_OK = "The minister's Berlin visit was cancelled on Monday because of the strike."


def test_name_compound_kept_pair():
    assert not pair(SV, SV_OK, "sv", "en", "N003", "Ystads")
    assert not pair(DA, DA_OK, "da", "en", "N003", "Aarhus")
    assert not pair(DE, DE_OK, "de", "en", "N003", "Berlin")


def test_name_compound_kept_document(tmp_path):
    assert not doc(tmp_path, SV, SV_OK, "sv", "en", ("N003",), "Ystads")
    assert not doc(tmp_path, DA, DA_OK, "da", "en", ("N003",), "Aarhus")


def test_name_compound_guard_name_changed(tmp_path):
    # another place in the name's stead: still a name lost or swapped
    got = doc(tmp_path, SV, SV_BAD, "sv", "en", ("N003", "N004"), "Ystads")
    assert got, got
    assert pair(DA, DA_OK.replace("Aarhus", "Odense"), "da", "en", "N003", "Aarhus") \
        or pair(DA, DA_OK.replace("Aarhus", "Odense"), "da", "en", "N004", "Aarhus")


# 2. a common noun opening a sentence, declined in the translation
EN = ("Corncrakes have returned to the island meadows this spring. Volunteers counted "
      "fourteen calling corncrakes in May. \"Corncrakes are very hard to see,\" said the "
      "warden, Ian Baird. Farmers now mow later to protect the corncrakes.")
PL = ("Derkacze powróciły tej wiosny na wyspiarskie łąki. Wolontariusze naliczyli w maju "
      "czternaście odzywających się derkaczy. „Derkacze bardzo trudno zobaczyć” – powiedział "
      "strażnik Ian Baird. Rolnicy koszą teraz później, aby chronić gniazda derkacza.")
LT = ("Griežlės šį pavasarį sugrįžo į salos pievas. Savanoriai gegužę suskaičiavo keturiolika "
      "šaukiančių griežlių. „Griežlės labai sunku pamatyti“, – sakė prižiūrėtojas Ianas Bairdas. "
      "Ūkininkai dabar šienauja vėliau, kad apsaugotų griežlių lizdus.")


def test_opening_common_noun_declined(tmp_path):
    assert not doc(tmp_path, EN, PL, "en", "pl", ("N004",), "Corncrakes")
    assert not doc(tmp_path, EN, LT, "en", "lt", ("N004",), "Corncrakes")


def test_opening_common_noun_guard(tmp_path):
    # the opening word is nowhere else in the translation, in any case: still a swap
    bad = PL.replace("„Derkacze bardzo", "„Bocianowate bardzo")
    assert doc(tmp_path, EN, bad, "en", "pl", ("N004",), "Corncrakes")


# 3. a place's adjective, lower case in the source, capitalised in the target
ES = ("El Gobierno asturiano firmó ayer el convenio con la cooperativa láctea, según informó "
      "el Principado de Asturias en un comunicado.")
ES_EN = ("The Asturian government signed the agreement with the dairy cooperative yesterday, "
         "the Principality of Asturias said in a statement.")
PT = ("O governo asturiano assinou ontem o acordo com a cooperativa de laticínios, informou "
      "o Principado das Astúrias em comunicado.")


def test_lowercase_adjective_capitalised(tmp_path):
    assert not doc(tmp_path, ES, ES_EN, "es", "en", ("N001", "N002"), "Asturian")
    assert not doc(tmp_path, PT, ES_EN, "pt", "en", ("N001", "N002"), "Asturian")


def test_lowercase_adjective_guard_real_slip(tmp_path):
    # the place's name itself misspelt beside its adjective is still flagged
    bad = ES_EN.replace("Principality of Asturias", "Principality of Asturais")
    assert doc(tmp_path, ES, bad, "es", "en", ("N001", "N002"), "Asturais")


# 4. Turkish: abbreviated academic titles; a common word's stacked endings
def test_turkish_title_abbreviations():
    src = "Ege Üniversitesi'nden Doç. Dr. Mehmet Yılmaz, kuraklığın süreceğini söyledi."
    assert not pair(src, "Assoc. Prof. Dr. Mehmet Yılmaz of Ege University said the drought "
                    "would continue.", "tr", "en", "N003", "Doç")
    assert not pair(src, "Der außerordentliche Professor Dr. Mehmet Yılmaz von der Ege-Universität "
                    "sagte, die Dürre werde anhalten.", "tr", "de", "N003", "Doç")
    src2 = "Hastanenin başhekimi Uzm. Dr. Ayşe Kaya, yatak sayısının arttığını açıkladı."
    assert not pair(src2, "The hospital's chief physician, Dr. Ayşe Kaya, announced that the number "
                    "of beds had increased.", "tr", "en", "N003", "Uzm")


# (the word capitalised twice, in a headline and opening a sentence, in lower case once)
TR = ("Don narenciyeyi vurdu: Randıman yüzde 40 düşebilir\n\nMersin'de iki gece süren don ciddi "
      "zarara yol açtı. Randımandaki kayıp yüzde 40'a ulaşabilir. Üreticiler randımanın "
      "korunmasını istiyor.\n")
TR_EN = ("Frost hits citrus: yield could fall by 40 percent\n\nTwo nights of frost in Mersin caused "
         "serious damage. The loss in yield could reach 40 percent. Growers want the yield to be "
         "protected.\n")
TR_DE = ("Frost trifft Zitrusfrüchte: Ertrag könnte um 40 Prozent sinken\n\nZwei Frostnächte in "
         "Mersin verursachten schwere Schäden. Der Ertragsverlust könnte 40 Prozent erreichen. Die "
         "Erzeuger wollen den Ertrag schützen.\n")


def test_turkish_common_word_stacked_endings(tmp_path):
    assert not doc(tmp_path, TR, TR_EN, "tr", "en", ("N003",), "Randıman")
    assert not doc(tmp_path, TR, TR_DE, "tr", "de", ("N003",), "Randıman")


def test_turkish_stacked_endings_guard_surname(tmp_path):
    # a surname in -oğlu opening a sentence, its first word a common word elsewhere: a name
    src = ("Mersin'de don ciddi zarara yol açtı. Yıldırımoğlu, üreticilerin sigorta istediğini "
           "söyledi. Gece yıldırımlar da düştü. Yıldırımoğlu'na göre zarar büyük.")
    tgt = ("Frost caused serious damage in Mersin. He said the growers wanted insurance. "
           "Lightning also struck during the night. According to him, the damage is great.")
    assert doc(tmp_path, src, tgt, "tr", "en", ("N003",), "Yıldırımoğlu")
