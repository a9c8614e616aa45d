"""Session 66, helper nf: name-rule false alarms on correct translations.

* a Czech adjective opening a sentence before the noun it agrees with (an -á adjective
  before a feminine noun in -a, an -é one before a neuter noun in -o or a verbal noun in
  -ní, the noun known to the word list in other cases) is no name: N003 stays quiet; a feminine
  surname in -ová before a verb is still a name;
* a place's adjective made with a prefix of position (sub-, trans-, cis-, circum-, pan-,
  ultra-) renders the place (Atlantik ~ transatlantique);
* a Brazilian state's two-letter abbreviation (a town's "(SP)") written out as the
  state's name (data/names/region_abbrev.br.txt): rendered, for N003, N004 and N005;
* katakana read-back: th heard as t (Thomas ~ トーマス), English a before one consonant
  and a vowel heard as ei (a short name: Bayo ~ ベイヨー);
* a Greek law's title of common words translated (Επενδυτικός Νόμος ~ Investitionsgesetz);
* a body's title of capitalised common words translated word by word into a Latin-script
  language with a word list, headed by a body's head noun (Board of Visitors ~ Junta de
  Visitadores): no name added; nor a source name word kept with its title translated
  (Lomba Perahu Naga Sematan ~ Sematan Dragon Boat Race).
All examples are invented."""

from __future__ import annotations

from mtcheck.rules import _text as T

P = "\n\n"


def codes(findings, *which):
    return [(f.code, f.text) for f in findings if f.code in which and not f.suppressed]


# -- Czech adjective opening a sentence -----------------------------------------------------
CS_SRC = ("Obec Dolní Lhota postaví u školy novou zahradu." + P
          + "Rašelinová půda bude v létě zadržovat vodu pro záhony a keře u vchodu." + P
          + "Rašelinová půda podle starosty ušetří polovinu vody na zalévání." + P
          + "Zahrada se otevře v září.\n")
CS_TGT = ("Die Gemeinde Dolní Lhota baut an der Schule einen neuen Garten." + P
          + "Der Torfboden wird im Sommer das Wasser für die Beete und Sträucher am Eingang speichern." + P
          + "Laut dem Bürgermeister spart der Torfboden die Hälfte des Gießwassers." + P
          + "Der Garten wird im September eröffnet.\n")


def test_czech_adjective_opening_sentence_is_no_name(article):
    assert codes(article(CS_SRC, CS_TGT, "cs", "de"), "N003") == []


def test_czech_neuter_adjective_before_verbal_noun_is_no_name(article):
    src = CS_SRC.replace("Rašelinová půda bude", "Kapénkové zavlažování bude").replace(
        "Rašelinová půda podle", "Kapénkové zavlažování podle")
    assert codes(article(src, CS_TGT, "cs", "de"), "N003") == []


def test_czech_surname_opening_sentence_before_verb_still_missing(article):
    src = CS_SRC.replace("Rašelinová půda podle starosty ušetří", "Hrubčíková uvedla, že zahrada ušetří")
    got = codes(article(src, CS_TGT, "cs", "de"), "N003")
    assert got


def test_czech_agreement_helper():
    from mtcheck.rules.names import _cs_adjective_before_noun
    from mtcheck.rules._text import find_names
    for text, want in (("Starosta to řekl. Rašelinová půda zadrží vodu.", True),
                       ("Starosta to řekl. Kapénkové zavlažování šetří vodu.", True),
                       ("Starosta to řekl. Hrubčíková uvedla, že to platí.", False),
                       ("Starosta to řekl. Hrubčíková sama to platí.", False),
                       ("Starosta to řekl. Hrubčíková projekt vede.", False)):
        g = next(g for g in find_names(text, "cs", "de") if g.start == 18)
        assert _cs_adjective_before_noun(text, g, "cs") is want, text


# -- a place's adjective behind a prefix of position -------------------------------------------
def test_place_adjective_with_prefix_renders_place():
    import mtcheck
    src = "Der Flug über den Atlantik dauert ab Frankfurt gut acht Stunden."
    tgt = "Le vol transatlantique au départ de Francfort dure un peu plus de huit heures."
    got = [f.code for f in mtcheck.check_pair(src, tgt, "de", "fr") if not f.suppressed and f.code == "N003"]
    assert got == []


def test_place_without_adjective_still_missing():
    import mtcheck
    src = "Der Flug über den Atlantik dauert ab Frankfurt gut acht Stunden."
    tgt = "Le vol au départ de Francfort dure un peu plus de huit heures."
    got = [f.message for f in mtcheck.check_pair(src, tgt, "de", "fr") if not f.suppressed and f.code == "N003"]
    assert any("Atlantik" in m for m in got)


def test_prefix_helper_precision():
    from mtcheck.rules.names import _derived
    assert _derived("atlantik", T.NameIndex("un vol transatlantique", "fr"))
    assert not _derived("dominic", T.NameIndex("un rôle prédominant", "fr"))


# -- Brazilian state abbreviations ---------------------------------------------------------------
BR_SRC = ("A cooperativa inaugurou nesta sexta-feira (9) uma usina de beneficiamento de mandioca em Londrina (PR)." + P
          + "Parte da produção virá de agricultores de Chapecó (SC) e de Dourados (MS)." + P
          + "A usina deve gerar 120 empregos diretos.\n")
BR_TGT = ("On Friday (9) the cooperative opened a cassava processing plant in Londrina, Paraná." + P
          + "Part of the output will come from farmers in Chapecó, Santa Catarina, and Dourados, Mato Grosso do Sul." + P
          + "The plant is expected to create 120 direct jobs.\n")


def test_brazilian_state_abbreviation_written_out(article):
    assert codes(article(BR_SRC, BR_TGT, "pt", "en"), "N003", "N004", "N005") == []


def test_brazilian_state_abbreviation_other_state_still_flagged(article):
    got = codes(article(BR_SRC, BR_TGT.replace("Londrina, Paraná", "Londrina, Goiás"), "pt", "en"),
                "N003", "N004", "N005")
    assert got


def test_brazilian_table_loaded():
    from mtcheck.rules.names import _region_abbreviations
    assert "pernambuco" in _region_abbreviations()["PE"]
    assert "PA" not in _region_abbreviations()  # (para: a frequent word, left out)


# -- katakana read-back ---------------------------------------------------------------------------
JA_SRC = ("The annual fishing derby will be held in Bayo this weekend, organisers said." + P
          + "Last year's winner, Thomas Grady, said he would defend his title." + P
          + "Registration closes on Friday.\n")
JA_TGT = ("主催者によると、恒例の釣り大会が今週末ベイヨーで開かれる。" + P
          + "昨年の優勝者トーマス・グレイディ氏は、タイトルを守ると語った。" + P
          + "登録は金曜日に締め切られる。\n")


def test_kana_th_and_open_a_read_back(article):
    assert codes(article(JA_SRC, JA_TGT, "en", "ja"), "N003") == []


def test_kana_name_dropped_still_flagged(article):
    tgt = JA_TGT.replace("今週末ベイヨーで", "今週末に").replace("トーマス・グレイディ氏", "男性")
    assert codes(article(JA_SRC, tgt, "en", "ja"), "N003")


def test_kana_helpers():
    assert T.present_in_other_script("Thomas", "トーマス")
    assert T.present_in_other_script("Bayo", "ベイヨー")
    assert not T.present_in_other_script("Bayo", "バス")


# -- a body's title translated word by word --------------------------------------------------
TITLE_SRC = ("The plan, approved by the Kingsport College Board of Visitors on Thursday in a 6-3 vote, "
             "will cost about $14 million.")
TITLE_TGT = ("El plan, aprobado el jueves por la Junta de Visitadores del Colegio de Kingsport por 6 votos "
             "a 3, costará unos 14 millones de dólares.")


def _group(text, want):
    return next(t for t in T.find_names(text, "es", "en") if t.text == want)


def test_translated_body_title_is_no_added_name():
    from mtcheck.rules.names import _translated_title
    t = _group(TITLE_TGT, "Junta de Visitadores")
    assert _translated_title(t, TITLE_TGT, TITLE_SRC, "en", "es")


def test_person_beside_translated_title_is_no_title():
    from mtcheck.rules.names import _translated_title
    tgt = TITLE_TGT.replace("del Colegio de Kingsport", "y Anselmo Quiroga")
    for want in ("Junta de Visitadores y Anselmo Quiroga", "Anselmo Quiroga"):
        t = next(t for t in T.find_names(tgt, "es", "en") if want in t.text)
        assert not _translated_title(t, tgt, TITLE_SRC, "en", "es"), want


def test_title_with_no_source_title_is_not_excused():
    from mtcheck.rules.names import _translated_title
    src = "The plan, approved on Thursday in a 6-3 vote, will cost about $14 million."
    tgt = ("El plan, aprobado el jueves por la Junta de Visitadores por 6 votos a 3, costará unos 14 "
           "millones de dólares.")
    assert not _translated_title(_group(tgt, "Junta de Visitadores"), tgt, src, "en", "es")


def test_added_person_in_article_still_flagged(article):
    src = ("Kingsport College will build a new library this year." + P + TITLE_SRC + P
           + "Work is due to start in November.\n")
    tgt = ("El Colegio de Kingsport construirá este año una nueva biblioteca." + P
           + TITLE_TGT.replace("por 6 votos", "y el rector Anselmo Quiroga por 6 votos") + P
           + "Las obras deberían comenzar en noviembre.\n")
    assert codes(article(src, tgt, "en", "es"), "N005", "N004")


# -- a source name kept, the title words of its name translated ---------------------------------
def test_kept_name_with_translated_title():
    from mtcheck.rules.names import _kept_with_title_translated
    src = "Lomba Perahu Naga Sematan tarik 40,000 penonton, pasukan tempatan juara"
    tgt = "Sematan Dragon Boat Race draws 40,000 spectators as local team wins"
    t = next(t for t in T.find_names(tgt, "en", "ms") if "Sematan" in t.text and len(t.parts) > 1)
    assert _kept_with_title_translated(t, src, "en")


def test_kept_name_with_more_words_than_the_source_title():
    from mtcheck.rules.names import _kept_with_title_translated
    src = "Perahu Sematan tarik 40,000 penonton, pasukan tempatan juara"
    tgt = "Sematan Dragon Boat Race draws 40,000 spectators as local team wins"
    t = next(t for t in T.find_names(tgt, "en", "ms") if "Sematan" in t.text and len(t.parts) > 1)
    assert _kept_with_title_translated(t, src, "en")
    tgt = "Sematan Dragon Harbour draws 40,000 spectators as local team wins"
    t = next(t for t in T.find_names(tgt, "en", "ms") if "Sematan" in t.text and len(t.parts) > 1)
    assert not _kept_with_title_translated(t, src, "en")


def test_added_person_with_source_word_is_no_title():
    from mtcheck.rules.names import _kept_with_title_translated
    src = "Lomba Perahu Naga Sematan tarik 40,000 penonton, pasukan tempatan juara"
    tgt = "Mike Sematan draws 40,000 spectators as local team wins"
    t = next(t for t in T.find_names(tgt, "en", "ms") if "Sematan" in t.text)
    assert not _kept_with_title_translated(t, src, "en")


# -- a Greek law's title of common words, translated -------------------------------------------
EL_SRC = ("Νέο ελαιοτριβείο θα λειτουργήσει στη Μεσσηνία από τον Οκτώβριο." + P
          + "Η επένδυση ύψους 4 εκατ. ευρώ θα επιδοτηθεί κατά 30% από τον Επενδυτικό Νόμο, ενώ το "
            "υπόλοιπο θα καλυφθεί με ίδια κεφάλαια." + P
          + "Η μονάδα θα απασχολεί 25 εργαζόμενους.\n")
EL_TGT = ("In Messenien wird ab Oktober eine neue Ölmühle in Betrieb gehen." + P
          + "Die Investition von 4 Millionen Euro wird zu 30 Prozent über das Investitionsgesetz "
            "gefördert, der Rest wird aus Eigenmitteln gedeckt." + P
          + "Die Anlage wird 25 Mitarbeiter beschäftigen.\n")


def test_greek_law_title_translated(article):
    assert codes(article(EL_SRC, EL_TGT, "el", "de"), "N003") == []


def test_greek_law_title_dropped_still_missing(article):
    tgt = EL_TGT.replace("über das Investitionsgesetz", "staatlich")
    assert codes(article(EL_SRC, tgt, "el", "de"), "N003")
