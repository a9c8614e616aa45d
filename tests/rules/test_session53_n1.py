"""Session 53 (n1): words a source capitalises that are no name the translation must keep
(N003, name-missing), fixed as classes (written for mtcheck):

- a German preposition or adverb opening a sentence (Pro Woche, Je Einwohner), which
  German writes in lower case elsewhere (data/names/lower.de.txt);
- a common noun that heads an institution's title (Hungarian -kezelő, Romanian
  Administrația, Autoritatea), translated with the title (data/names/body_head_nouns.txt;
  German Kasse and Fonds as heads of the translation), and a Romanian common word whose
  letters folded are another language's word (Apă ~ apa) beside such a head;
- the generic geographic word ending a place's name (Hudson River Gorge ~ wąwóz rzeki
  Hudson), translated while the name proper is kept (data/names/generic_place_tails.txt);
- a compound of a compass word and a common noun (Danish Nordhavnen, Swedish Norrhamnen,
  "the north harbour") translated as North Harbour.
"""

import mtcheck


def n003(article, src, tgt, sl, tl):
    return [f.message for f in article(src, tgt, sl, tl) if f.code == "N003"]


def n003_pair(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N003"]


# --- a German preposition opening a sentence ------------------------------------------

def test_german_preposition_opening_a_sentence_de_fr():
    assert n003_pair("Pro Woche fahren rund 40 Züge durch den neuen Tunnel.",
                     "Chaque semaine, environ 40 trains traversent le nouveau tunnel.", "de", "fr") == []


DE_SRC = ["Die Stadt Schramberg baut ein neues Hallenbad.",
          "Pro Kopf gibt die Stadt dafür rund 300 Euro aus, sagte Bürgermeister Albrecht Kuhnert.",
          "Das Bad soll im Herbst 2027 eröffnet werden."]


def test_german_preposition_opening_a_sentence_de_en(article):
    tgt = ["The town of Schramberg is building a new indoor pool.",
           "The town is spending around 300 euros per head on it, said mayor Albrecht Kuhnert.",
           "The pool is due to open in autumn 2027."]
    assert not any("“Pro”" in m for m in n003(article, DE_SRC, tgt, "de", "en"))


def test_german_name_opening_a_sentence_still_missing_de_es(article):
    # precision: a surname opening a sentence, dropped, is still reported
    src = [DE_SRC[0], "Kuhnert gibt dafür rund 300 Euro je Einwohner aus, sagte die Sprecherin.", DE_SRC[2]]
    tgt = ["La ciudad de Schramberg construye una nueva piscina cubierta.",
           "La ciudad gasta unos 300 euros por habitante, dijo la portavoz.",
           "La piscina abrirá en otoño de 2027."]
    assert any("Kuhnert" in m for m in n003(article, src, tgt, "de", "es"))


# --- the head noun of an institution's title -----------------------------------------

HU_SRC = ["Szombaton átadták a felújított sportcsarnokot Kisbércen.",
          "A költségek felét a Nemzeti Földalapkezelő fizette, a többit az önkormányzat.",
          "A csarnok hétfőtől várja a sportolókat."]


def test_hungarian_body_head_compound_hu_en(article):
    tgt = ["On Saturday the renovated sports hall in Kisbérc was handed over.",
           "Half of the costs were paid by the National Land Fund, the rest by the council.",
           "The hall welcomes athletes from Monday."]
    assert not any("Földalapkezelő" in m for m in n003(article, HU_SRC, tgt, "hu", "en"))


def test_hungarian_body_head_compound_hu_de(article):
    tgt = ["Am Samstag wurde in Kisbérc die renovierte Sporthalle übergeben.",
           "Die Hälfte der Kosten trug der staatliche Bodenfonds, den Rest die Gemeinde.",
           "Die Halle steht den Sportlern ab Montag offen."]
    assert not any("Földalapkezelő" in m for m in n003(article, HU_SRC, tgt, "hu", "de"))


RO_S0 = "Drumul dintre Vaslui și Bârlad a fost închis marți din cauza unei alunecări de teren."
RO_S2 = "Circulația este deviată pe un drum județean."
RO_T0 = "The road between Vaslui and Bârlad was closed on Tuesday because of a landslide."
RO_T2 = "Traffic is being diverted onto a county road."


def test_romanian_institution_head_translated_ro_en(article):
    src = [RO_S0, "Potrivit Administrației Aeroportuare Iași, zborurile au fost anulate.", RO_S2]
    tgt = [RO_T0, "According to the Iași Airport Administration, flights were cancelled.", RO_T2]
    assert not any("Aeroportuare" in m for m in n003(article, src, tgt, "ro", "en"))


def test_romanian_institution_head_translated_ro_de(article):
    src = [RO_S0, "Potrivit Autorității Aeroportuare Iași, zborurile au fost anulate.", RO_S2]
    tgt = ["Die Straße zwischen Vaslui und Bârlad wurde am Dienstag wegen eines Erdrutsches gesperrt.",
           "Nach Angaben der Flughafenbehörde Iași wurden die Flüge gestrichen.",
           "Der Verkehr wird über eine Kreisstraße umgeleitet."]
    assert not any("Aeroportuare" in m for m in n003(article, src, tgt, "ro", "de"))


RO_WATER = "Potrivit Asociației Irigatorilor de Apă Vaslui, nivelul râului a crescut."


def test_romanian_common_word_folded_like_a_foreign_one_ro_en(article):
    # "Apă" (water) folds to "apa", frequent abroad as another word: no name the world shares
    tgt = [RO_T0, "According to the Vaslui Water Irrigators' Association, the river level rose.", RO_T2]
    assert not any("Irigatorilor" in m for m in n003(article, [RO_S0, RO_WATER, RO_S2], tgt, "ro", "en"))


def test_romanian_title_words_without_a_head_in_translation_ro_en(article):
    # precision: no capitalised head noun in the translation, the words are not accounted for
    tgt = [RO_T0, "According to the water authority, the river level rose.", RO_T2]
    assert any("Irigatorilor" in m for m in n003(article, [RO_S0, RO_WATER, RO_S2], tgt, "ro", "en"))


# --- the generic word of a geographic name --------------------------------------------

EN_SRC = ["A new visitor centre opened on Friday near the town of Twin Falls.",
          "It serves hikers who come to the Hudson River Gorge every summer.",
          "The centre cost 4 million dollars."]


def test_generic_word_of_a_place_translated_en_pl(article):
    tgt = ["W piątek w pobliżu miasta Twin Falls otwarto nowe centrum dla turystów.",
           "Służy ono turystom, którzy co roku latem przyjeżdżają do wąwozu rzeki Hudson.",
           "Centrum kosztowało 4 miliony dolarów."]
    assert not any("Gorge" in m for m in n003(article, EN_SRC, tgt, "en", "pl"))


def test_generic_word_of_a_place_translated_en_de(article):
    tgt = ["Am Freitag wurde bei der Stadt Twin Falls ein neues Besucherzentrum eröffnet.",
           "Es dient Wanderern, die jeden Sommer in die Schlucht des Hudson kommen.",
           "Das Zentrum kostete 4 Millionen Dollar."]
    assert not any("Gorge" in m for m in n003(article, EN_SRC, tgt, "en", "de"))


def test_place_dropped_with_its_generic_word_en_pl(article):
    # precision: the name proper gone too, the generic word is still reported
    tgt = ["W piątek w pobliżu miasta Twin Falls otwarto nowe centrum dla turystów.",
           "Służy ono turystom, którzy co roku latem przyjeżdżają do wąwozu.",
           "Centrum kosztowało 4 miliony dolarów."]
    assert any("Gorge" in m for m in n003(article, EN_SRC, tgt, "en", "pl"))


# --- a compass word compounded with a common noun -------------------------------------

DA_SRC = ["Byrådet vedtog mandag en ny plan for havnen.",
          "Den nye skole i Nordhavnen skal åbne i august 2027, oplyser kommunen.",
          "Skolen får plads til 600 elever."]


def test_compass_compound_translated_da_en(article):
    tgt = ["The city council adopted a new plan for the harbour on Monday.",
           "The new school in the North Harbour is to open in August 2027, the municipality says.",
           "The school will have room for 600 pupils."]
    assert not any("Nordhavnen" in m for m in n003(article, DA_SRC, tgt, "da", "en"))


def test_compass_compound_translated_sv_en(article):
    src = ["Kommunfullmäktige antog på måndagen en ny plan för hamnen.",
           "Den nya skolan i Norrhamnen ska öppna i augusti 2027, uppger kommunen.",
           "Skolan får plats för 600 elever."]
    tgt = ["The municipal council adopted a new plan for the harbour on Monday.",
           "The new school at North Harbour is to open in August 2027, the municipality says.",
           "The school will have room for 600 pupils."]
    assert not any("Norrhamnen" in m for m in n003(article, src, tgt, "sv", "en"))


def test_compass_compound_other_point_da_en(article):
    # precision: another compass point in the translation does not render it
    tgt = ["The city council adopted a new plan for the harbour on Monday.",
           "The new school in the South Harbour is to open in August 2027, the municipality says.",
           "The school will have room for 600 pupils."]
    assert any("Nordhavnen" in m for m in n003(article, DA_SRC, tgt, "da", "en"))
