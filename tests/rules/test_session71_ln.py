"""Session 71 (leaks and language): a term the translation keeps, joined by a hyphen to the
source's place name written before it (a protected product's designation), is no copy (L002);
an ad slot's line of its own with its one-word label and a dash (F003); a caption's credit
naming a foreign name with Chinese or Japanese middle dots (F001/F002); Afrikaans negation
(P001)."""
from __future__ import annotations

import pytest

import mtcheck


def _found(tmp_path, src, tgt, sl, tl, codes):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.code, f.text) for f in mtcheck.compare(t, source=s).findings if f.code in codes]


# -- L002: "Place term" kept as the compound "Place-Term" where the term is kept throughout --
SV = ("Rekordlåg fångst av hjortronsylt i Piteå i år.\n\n"
      "I Piteå kokades i år bara fyra ton hjortronsylt, mot tolv ton i fjol.\n\n"
      "Priset på hjortronsylt steg därför med nästan en tredjedel.\n\n"
      "Piteå hjortronsylt har sedan 2012 skyddad ursprungsbeteckning inom EU.\n")
DE_KEPT = ("Rekordtief bei der Hjortronsylt-Produktion in Piteå.\n\n"
           "In Piteå wurden in diesem Jahr nur vier Tonnen Hjortronsylt gekocht, gegenüber zwölf "
           "Tonnen im Vorjahr.\n\n"
           "Der Preis für Hjortronsylt stieg deshalb um fast ein Drittel.\n\n"
           "Piteå-Hjortronsylt ist seit 2012 in der EU als geschützte Ursprungsbezeichnung "
           "eingetragen.\n")
DA = ("Rekordlav produktion af rygeost i Esbjerg i år.\n\n"
      "I Esbjerg blev der i år kun lavet fire ton rygeost, mod tolv ton sidste år.\n\n"
      "Prisen på rygeost steg derfor med næsten en tredjedel.\n\n"
      "Esbjerg rygeost har siden 2012 været en beskyttet oprindelsesbetegnelse i EU.\n")
DE_KEPT_DA = ("Rekordtief bei der Rygeost-Produktion in Esbjerg.\n\n"
              "In Esbjerg wurden in diesem Jahr nur vier Tonnen Rygeost hergestellt, gegenüber "
              "zwölf Tonnen im Vorjahr.\n\n"
              "Der Preis für Rygeost stieg deshalb um fast ein Drittel.\n\n"
              "Esbjerg-Rygeost ist seit 2012 in der EU als geschützte Ursprungsbezeichnung "
              "eingetragen.\n")


def test_a_kept_term_joined_to_the_source_place_is_no_copy(tmp_path):
    assert _found(tmp_path, SV, DE_KEPT, "sv", "de", ("L002",)) == []
    assert _found(tmp_path, DA, DE_KEPT_DA, "da", "de", ("L002",)) == []


def test_the_compound_is_still_a_copy_where_the_term_is_translated_elsewhere(tmp_path):
    de = (DE_KEPT.replace("vier Tonnen Hjortronsylt", "vier Tonnen Moltebeerenmarmelade")
          .replace("für Hjortronsylt", "für Moltebeerenmarmelade")
          .replace("der Hjortronsylt-Produktion", "der Marmeladenproduktion"))
    assert _found(tmp_path, SV, de, "sv", "de", ("L002",)) == [("L002", "Piteå-Hjortronsylt")]
    de = (DE_KEPT_DA.replace("vier Tonnen Rygeost", "vier Tonnen Räucherkäse")
          .replace("für Rygeost", "für Räucherkäse")
          .replace("der Rygeost-Produktion", "der Räucherkäseproduktion"))
    assert _found(tmp_path, DA, de, "da", "de", ("L002",)) == [("L002", "Esbjerg-Rygeost")]


def test_a_single_pair_keeps_its_compound_flagged():
    # one mention alone says nothing of a term kept on purpose
    found = mtcheck.check_pair("Piteå hjortronsylt har sedan 2012 skyddad ursprungsbeteckning inom EU.",
                               "Piteå-Hjortronsylt ist seit 2012 in der EU als geschützte "
                               "Ursprungsbezeichnung eingetragen.", "sv", "de")
    assert "L002" in [f.code for f in found]


# -- F003: an ad slot's line of its own, a one-word ad label, a dash and a "story goes on" --
EN = ("The city will replace 4,000 water meters this year.\n\n"
      "The new meters send readings every hour, the utility said.\n\n"
      "\"Leaks will be found within days instead of months,\" said engineer Maria Costa.\n\n"
      "Customers will not pay for the new equipment, the council said.\n")
FR = ("La ville remplacera 4 000 compteurs d'eau cette année.\n\n"
      "Les nouveaux compteurs transmettent les relevés toutes les heures, a indiqué le service des eaux.\n\n"
      "« Les fuites seront détectées en quelques jours au lieu de plusieurs mois », a déclaré "
      "l'ingénieure Maria Costa.\n\n"
      "{line}"
      "Les clients ne paieront pas le nouvel équipement, a précisé la municipalité.\n")
RU = ("Город в этом году заменит 4000 счётчиков воды.\n\n"
      "Новые счётчики передают показания каждый час, сообщили в водоканале.\n\n"
      "«Утечки будут находить за несколько дней, а не месяцев», — сказала инженер Мария Коста.\n\n"
      "Клиенты не будут платить за новое оборудование, заявили в мэрии.\n")
EN_T = ("The city will replace 4,000 water meters this year.\n\n"
        "The new meters send readings every hour, the water utility said.\n\n"
        "\"Leaks will be found within days rather than months,\" said engineer Maria Kosta.\n\n"
        "{line}"
        "Customers will not pay for the new equipment, the mayor's office said.\n")


def _sev(tmp_path, src, tgt, sl, tl, codes):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.code, f.severity.name.lower(), f.text) for f in mtcheck.compare(t, source=s).findings
            if f.code in codes]


def test_an_ad_break_line_with_its_label_is_major_ui(tmp_path):
    line = "Publicité – La suite de votre article ci-dessous"
    assert _sev(tmp_path, EN, FR.format(line=line + "\n\n"), "en", "fr", ("F003",)) == [("F003", "major", line)]
    line = "Advertisement – Keep scrolling, the story continues below"
    assert _sev(tmp_path, RU, EN_T.format(line=line + "\n\n"), "ru", "en", ("F003",)) == [("F003", "major", line)]


def test_a_heading_after_an_ad_word_is_no_ui(tmp_path):
    # a subheading opening with the word (the article is about advertising), no "goes on" words
    for line in ("Publicité – Une nouvelle campagne pour les compteurs", "Publicité – Les coûts augmentent"):
        assert _sev(tmp_path, EN, FR.format(line=line + "\n\n"), "en", "fr", ("F003",)) == []
    for line in ("Advertisement – A changing industry", "Advertisement – The costs keep rising"):
        assert _sev(tmp_path, RU, EN_T.format(line=line + "\n\n"), "ru", "en", ("F003",)) == []
    # a sentence of its own that says it is no ad line: a full stop
    line = "Advertisement – the story continues below, the council said."
    assert _sev(tmp_path, RU, EN_T.format(line=line + "\n\n"), "ru", "en", ("F003",)) == []


# -- F001/F002: a caption and its labelled credit, a name with Chinese middle dots -----------
SRC_CAP = ("The council opened twelve new allotment plots in the riverside park on Saturday.\n\n"
           "More than 300 residents had applied for a plot, the council said.\n\n"
           "\"People want to grow their own vegetables again,\" said councillor Anna Reid.\n\n"
           "The waiting list will stay open until the end of the year.\n")
ZH = ("市议会周六在河畔公园开放了12块新的市民菜园。\n\n"
      "市议会表示，已有300多名居民申请了菜地。\n\n"
      "“人们又想自己种菜了，”市议员安娜·里德说。\n\n"
      "{line}"
      "候补名单将开放至今年年底。\n")
JA = ("市議会は土曜日、川沿いの公園に12区画の新しい市民農園を開設した。\n\n"
      "市議会によると、300人以上の住民が区画に応募した。\n\n"
      "「人々はまた自分で野菜を育てたいと思っている」とアンナ・リード市議は語った。\n\n"
      "{line}"
      "順番待ちリストは年末まで受け付ける。\n")


def test_a_caption_with_a_dotted_name_credit_is_caught(tmp_path):
    got = _sev(tmp_path, SRC_CAP, ZH.format(line="河畔公园的一处市民菜园。摄影：彼得·格林/路透社\n\n"),
               "en", "zh", ("F001", "F002"))
    assert ("F002", "major", "摄影：彼得·格林/路透社") in got
    got = _sev(tmp_path, SRC_CAP, JA.format(line="川沿いの公園の市民農園。撮影：ピーター・グリーン／ロイター\n\n"),
               "en", "ja", ("F001", "F002"))
    assert ("F002", "major", "撮影：ピーター・グリーン／ロイター") in got


def test_a_dotted_name_without_a_picture_label_is_no_credit(tmp_path):
    assert _sev(tmp_path, SRC_CAP, ZH.format(line=""), "en", "zh", ("F001", "F002")) == []
    assert _sev(tmp_path, SRC_CAP, JA.format(line=""), "en", "ja", ("F001", "F002")) == []


# -- P001: Afrikaans is read, its clause-closing second "nie" no second negation ----------
@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    ("af", "en", "Die polisie het die verdagte nie gearresteer nie.", "The police arrested the suspect.", True),
    ("af", "en", "Die polisie het die verdagte nie gearresteer nie.", "The police did not arrest the suspect.", False),
    ("af", "en", "Nie alle hospitale in die provinsie het kragopwekkers nie.",
     "All hospitals in the province have generators.", True),
    ("af", "en", "Nie alle hospitale in die provinsie het kragopwekkers nie.",
     "Not all hospitals in the province have generators.", False),
    ("af", "en", "Daar was niks wat die dokters kon doen nie.", "There was nothing the doctors could do.", False),
    ("af", "en", "Hulle het nie geweet dat die brug gesluit is nie, het die burgemeester gesê.",
     "They knew that the bridge was closed, the mayor said.", True),
    ("af", "en", "Hulle het nie geweet dat die brug gesluit is nie, het die burgemeester gesê.",
     "They did not know that the bridge was closed, the mayor said.", False),
    ("af", "de", "Die polisie het die verdagte nie gearresteer nie.",
     "Die Polizei hat den Verdächtigen festgenommen.", True),
    ("af", "de", "Die polisie het die verdagte nie gearresteer nie.",
     "Die Polizei hat den Verdächtigen nicht festgenommen.", False),
    ("en", "af", "The council did not approve the plan.", "Die raad het die plan goedgekeur.", True),
    ("en", "af", "The council did not approve the plan.", "Die raad het die plan nie goedgekeur nie.", False),
    ("en", "af", "Nobody called the police.", "Niemand het die polisie gebel nie.", False),
    # a bound's negator and its closing "nie": "no more than", no negation
    ("en", "af", "The price rose by no more than 5%.", "Die prys het met nie meer as 5% gestyg nie.", False),
    ("af", "en", "Die prys het met nie meer as 5% gestyg nie.", "The price rose by no more than 5%.", False),
    # "sonder" (without) takes no closing "nie": the "nie" after it is a negator of its own
    ("af", "en", "Sonder hulp gaan die boere dit nie maak nie.", "Without help the farmers are not going to make it.", False),
    ("af", "en", "Sonder hulp gaan die boere dit nie maak nie.", "Without help the farmers are going to make it.", True),
])
def test_afrikaans_negation(sl, tl, src, tgt, flag):
    assert ("P001" in [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)]) == flag


# -- P001: Dutch "buiten gebruik" (out of use) says a negation as a negative word ----------
@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    ("nl", "en", "In de gemeente staan ruim 60 stallen buiten gebruik.",
     "More than 60 barns in the municipality are no longer in use.", False),
    ("en", "nl", "More than 60 barns in the municipality are no longer in use.",
     "In de gemeente staan ruim 60 stallen buiten gebruik.", False),
    ("nl", "de", "In de gemeente staan ruim 60 stallen buiten gebruik.",
     "In der Gemeinde werden mehr als 60 Ställe nicht mehr genutzt.", False),
    ("nl", "en", "De lift is sinds maandag buiten werking.", "The lift has not been working since Monday.", False),
    ("nl", "en", "In de gemeente staan ruim 60 stallen niet in gebruik.",
     "More than 60 barns in the municipality are in use.", True),
    ("nl", "en", "De stallen staan buiten het dorp.", "The barns are not outside the village.", True),
])
def test_dutch_out_of_use(sl, tl, src, tgt, flag):
    assert ("P001" in [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)]) == flag
