"""Session 44 (g1): names in Latin script; false alarms found by the held-out articles of
batch s44 (bench/articles), fixed as classes (written for mtcheck).

1. a French or Italian elided pronoun before a one-letter clitic or verb opening a
   sentence (S'y, M'y, C'è) is no name (N005);
2. N002: one name in two case forms of a language that declines names by Latin-letter
   suffixes (Finnish McAllisterin ~ McAllisterista; Estonian and Hungarian endings
   in the same table) is not two spellings;
3. N002: a German adjective made from a place (Galicien ~ Galicischen) is not a second
   spelling of the place;
4. N003: a Spanish plural abbreviation written in doubled, dotted pieces (CC. OO.) and
   joined in the translation (CCOO) is kept;
5. N004 (document mode): a common noun opening a sentence that both articles write in
   lower case elsewhere (Stoats … stoats ~ Hermeliner … hermeliner) is no name;
6. N001: a Hungarian place adjective in -i rendered by the place (Révfülöpi ~
   Révfülöp), and a learned adjective given the target language's own suffix
   (Dendrológiai ~ Dendrological), are no misspellings;
7. N002: a short name with two letters swapped at one mention, the target language's
   texts using the other spelling and never this one (Kyoto ~ Kyoot), is a slip (minor);
8. N001: a rarer surname at home in the source's language (Zipf 1.5-2.5), written with a
   consonant dropped that leaves its sound alone (Buscetta ~ Busetta), beside the given
   name both keep, is a slip like a common one's;
9. a Latvian demonym in -nieks/-niece, g turned dz (rīdziniece ~ from Riga), explains
   the place (N005/N004).
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


def doc(article, src, tgt, sl, tl, code):
    return [f.text if hasattr(f, "text") else f.message
            for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. an elided pronoun before a one-letter clitic or verb

def test_elided_clitic_opening_is_no_name_de_fr():
    src = "Die Zahl der Pendler ist gesunken. Dazu kommen 5000 Grenzgänger aus dem Elsass."
    # S'y is no name; the added city beside it still is one
    assert codes(src, "Le nombre de navetteurs a baissé à Toulouse. S'y trouvent aussi 5000 frontaliers "
                 "alsaciens.", "de", "fr", "N005") == ["Toulouse"]


def test_elided_verb_opening_is_no_name_en_it():
    src = "The number of visitors fell. There is still a lot to do, the mayor said."
    assert codes(src, "Il numero di visitatori è calato. C'è ancora molto da fare, ha detto il sindaco "
                 "Giorgio Bianchini.", "en", "it", "N005") == ["Giorgio Bianchini"]


# 2. one name in two cases of a language with case suffixes

def test_finnish_case_forms_are_one_name_en_fi():
    src = ("The report by McAllister was published on Monday. According to McAllister, the plan "
           "is too expensive.")
    assert codes(src, "McAllisterin raportti julkaistiin maanantaina. McAllisterista suunnitelma on "
                 "liian kallis.", "en", "fi", "N002") == []
    # a letter changed inside the name is still a second spelling
    assert codes(src, "McAllisterin raportti julkaistiin maanantaina. McAlisterista suunnitelma on "
                 "liian kallis.", "en", "fi", "N002") != []


def test_finnish_case_forms_are_one_name_de_fi():
    src = "Die Fähre von McAllister fiel am Montag aus. Laut McAllister warteten die Passagiere sechs Stunden."
    assert codes(src, "McAllisterin lautta peruttiin maanantaina. McAllisterilla oli tietoa, että "
                 "matkustajat odottivat kuusi tuntia.", "de", "fi", "N002") == []
    assert codes(src, "McAllisterin lautta peruttiin maanantaina. McAlisterilla oli tietoa, että "
                 "matkustajat odottivat kuusi tuntia.", "de", "fi", "N002") != []


# 3. a German adjective of a place

def test_place_adjective_is_no_second_spelling_es_de():
    src = ("Galicia: el Gobierno amplía la vigilancia. Según el Instituto Gallego de Seguridad Laboral, "
           "el calor afecta a los agricultores. El sindicato de Galicia pidió más inspecciones.")
    assert codes(src, "Galicien: Regierung verstärkt die Aufsicht. Nach Angaben des Galicischen Instituts "
                 "für Arbeitsschutz trifft die Hitze die Landwirte. Die Gewerkschaft von Galicien forderte "
                 "mehr Kontrollen.", "es", "de", "N002") == []
    # a second spelling of the place itself is still one
    src = ("Galicia: el Gobierno amplía la vigilancia. Según el Instituto Gallego de Seguridad Laboral, "
           "el calor afecta a los agricultores. El sindicato de Galicia pidió más inspecciones en Galicia.")
    assert codes(src, "Galicien: Regierung verstärkt die Aufsicht. Nach Angaben des Instituts für "
                 "Arbeitsschutz trifft die Hitze die Landwirte. Die Gewerkschaft von Galicien forderte "
                 "mehr Kontrollen in Galcien.", "es", "de", "N002") == ["Galcien"]


def test_place_adjective_is_no_second_spelling_en_de():
    src = ("Tunisia: the government expands its checks. According to the Tunisian Institute for "
           "Workplace Safety, the heat hits farmers. The union of Tunisia called for more inspections.")
    assert codes(src, "Tunesien: Regierung verstärkt die Aufsicht. Nach Angaben des Tunesischen Instituts "
                 "für Arbeitsschutz trifft die Hitze die Landwirte. Die Gewerkschaft von Tunesien forderte "
                 "mehr Kontrollen.", "en", "de", "N002") == []


# 4. a Spanish plural abbreviation in pieces

def test_plural_abbreviation_joined_es_de():
    src = "Los sindicatos CC. OO. y UGT convocaron una huelga para el lunes."
    assert codes(src, "Die Gewerkschaften CCOO und UGT riefen für Montag zu einem Streik auf.",
                 "es", "de", "N003") == []
    assert codes(src, "Die Gewerkschaften UGT riefen für Montag zu einem Streik auf.",
                 "es", "de", "N003") != []


def test_plural_abbreviation_joined_es_en():
    src = "Las FF. AA. y la UME ayudaron a los vecinos tras la riada de Valencia."
    assert codes(src, "The FFAA and the UME helped residents after the Valencia flood.",
                 "es", "en", "N003") == []
    assert codes(src, "The army and the UME helped residents after the Valencia flood.",
                 "es", "en", "N003") != []


# 5. a common noun opening a sentence, written in lower case elsewhere

STOATS = ["The farm's hens are threatened by foxes and stoats, the farmer says.",
          "Stoats came into the valley from the north in the 1990s.",
          "The farmer sets ten traps for stoats every week."]


def test_lowercase_elsewhere_common_noun_en_sv(article):
    assert doc(article, STOATS, ["Gårdens höns hotas av rävar och hermeliner, säger bonden.",
                                 "Hermeliner kom till dalen norrifrån på 1990-talet.",
                                 "Bonden gillrar tio fällor för hermeliner varje vecka."],
               "en", "sv", "N004") == []
    # the translation does not write the word in lower case: still unexplained
    assert doc(article, STOATS, ["Gårdens höns hotas av rävar och vesslor, säger bonden.",
                                 "Hermeliner kom till dalen norrifrån på 1990-talet.",
                                 "Bonden gillrar tio fällor för vesslor varje vecka."],
               "en", "sv", "N004") != []


def test_lowercase_elsewhere_common_noun_en_nl_da(article):
    assert doc(article, STOATS, ["De kippen van de boerderij worden bedreigd door vossen en hermelijnen, "
                                 "zegt de boer.",
                                 "Hermelijnen kwamen in de jaren negentig vanuit het noorden de vallei in.",
                                 "De boer zet elke week tien vallen voor hermelijnen."],
               "en", "nl", "N004") == []
    src = ["The farm's hens are threatened by foxes and polecats, the farmer says.",
           "Polecats came into the valley from the north in the 1990s.",
           "The farmer sets ten traps for polecats every week."]
    assert doc(article, src, ["Gårdens høns trues af ræve og iltere, siger landmanden.",
                              "Iltere kom ind i dalen nordfra i 1990'erne.",
                              "Landmanden sætter hver uge ti fælder op for iltere."],
               "en", "da", "N004") == []


# 6. a Hungarian place adjective; a learned adjective in the target's form

def test_hungarian_place_adjective_hu_en_hu_de():
    src = "A tó állapota romlik. A kutatók szerint a Révfülöpi-öbölben is megjelenhet az alga."
    assert codes(src, "The lake's condition is worsening. According to the researchers, the algae may "
                 "also appear in the Révfülöp bay.", "hu", "en", "N001") == []
    assert codes(src, "Der Zustand des Sees verschlechtert sich. Laut den Forschern kann die Alge auch "
                 "in der Bucht von Révfülöp auftreten.", "hu", "de", "N001") == []
    src = "A tó állapota romlik. A kutatók szerint a Salföldi-öbölben is megjelenhet az alga."
    assert codes(src, "The lake's condition is worsening. According to the researchers, the algae may "
                 "also appear in the Salföld bay.", "hu", "en", "N001") == []


HU = ["A tó vize gyorsan melegszik.",
      "A Balatoni Dendrológiai Kutatóintézet tihanyi munkatársai mérték a vizet a nyáron.",
      "Az eredményeket jövő héten teszik közzé."]
EN = ["The lake's water is warming fast.",
      "Researchers at the Balaton Dendrological Research Institute in Tihany measured the water this summer.",
      "The results will be published next week."]


def test_learned_adjective_rendered_hu_en_en_hu(article):
    assert doc(article, HU, EN, "hu", "en", "N001") == []
    assert doc(article, EN, HU, "en", "hu", "N001") == []
    # a letter changed inside the stem is still a slip
    bad = [EN[0], EN[1].replace("Dendrological", "Dendrolagical"), EN[2]]
    assert doc(article, HU, bad, "hu", "en", "N001") != []


# 7. a short name with two letters swapped

def test_known_name_transposed_zh_en_ja_en():
    tgt = "Visitor numbers in Kyoto hit a record. The Kyoot city government said it would limit tour buses."
    assert codes("京都的游客人数创下新高。京都市政府表示，明年将限制旅游巴士。", tgt, "zh", "en", "N002") == ["Kyoot"]
    src = "京都の観光客数が過去最多となった。京都市は来年、観光バスを制限すると発表した。"
    assert codes(src, tgt, "ja", "en", "N002") == ["Kyoot"]
    assert codes(src, tgt.replace("Kyoot", "Kyoto"), "ja", "en", "N002") == []


# 8. a rarer home surname with a consonant dropped

IT_SRC = "«Le feste di fine anno sono a rischio», avverte Giulia Buscetta, presidente della sezione."


def test_rare_home_surname_slip_it_de():
    assert codes(IT_SRC, "„Die Feiertage zum Jahresende sind in Gefahr“, warnt Giulia Busetta, Vorsitzende "
                 "der Sektion.", "it", "de", "N001") == ["Busetta"]
    assert codes(IT_SRC, "„Die Feiertage zum Jahresende sind in Gefahr“, warnt Giulia Buscetta, Vorsitzende "
                 "der Sektion.", "it", "de", "N001") == []


def test_rare_home_surname_slip_it_en():
    assert codes(IT_SRC, '"The end-of-year holidays are at risk," warns Giulia Busetta, chair of the section.',
                 "it", "en", "N001") == ["Busetta"]
    assert codes(IT_SRC, '"The end-of-year holidays are at risk," warns Giulia Buscetta, chair of the section.',
                 "it", "en", "N001") == []


# 9. a Latvian demonym

def test_latvian_demonym_explains_place_lv_en_lv_de():
    src = "Sieviešu distancē uzvarēja rīdziniece Anna Ozola ar laiku 1:12:40."
    assert codes(src, "The women's race was won by Anna Ozola from Riga in 1:12:40.", "lv", "en", "N005") == []
    assert codes(src, "Das Frauenrennen gewann Anna Ozola aus Riga in 1:12:40.", "lv", "de", "N005") == []
    # no demonym in the source: the place is added
    src = "Sieviešu distancē uzvarēja Anna Ozola ar laiku 1:12:40."
    assert codes(src, "The women's race was won by Anna Ozola from Riga in 1:12:40.", "lv", "en", "N005") == ["Riga"]
    assert codes(src, "Das Frauenrennen gewann Anna Ozola aus Riga in 1:12:40.", "lv", "de", "N005") == ["Riga"]
