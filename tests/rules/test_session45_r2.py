"""Session 45 (r2): terminology consistency (T003), from the held-out articles of batch s45
(bench/articles), fixed as classes (written for mtcheck).

1. Hebrew proclitics (ו ש ה ב ל מ כ written onto the word: השמורה, בשמורה, לשמורה) and the
   construct state (-ה → -ת) no longer split one source term into several keys: a rendering
   swapped once among them is found;
2. a target word capitalised once as part of a name (the Scandola Nature Reserve) but
   written lower case in most places is a rendering like any other word;
3. English: a word in -ing and its stem are one word (diving / dive tourism): no other
   rendering;
4. Romance: a noun of manner after its preposition (de manera gradual, de façon
   progressive) is an adverbial, no word of a term (no term "casetas de manera");
5. a verb of speech closing quotes (Virtanen sanoi, ütles Laine) is no term rendered by a
   word of those quotes (data/terminology/speech_verbs.tsv).
"""

from __future__ import annotations

import mtcheck
from mtcheck.rules import terminology as T


def codes(src, tgt, sl, tl, code="T003"):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. Hebrew proclitics
HE = ("הרשות הכריזה ביום שני על שמורה חדשה בדרום העיר. "
      "השמורה תשתרע לאורך שלושה קילומטרים של חוף. "
      "בשמורה ייאסר דיג מכל סוג וגם עגינת סירות. "
      "הכניסה לשמורה תהיה חופשית לצוללים בשעות היום. "
      "הפקחים יסמנו את גבולות השמורה במצופים באביב.")
HE_EN = ("On Monday the authority declared a new reserve in the south of the city. "
         "The reserve will stretch along three kilometres of coast. "
         "In the reserve, fishing of any kind and the anchoring of boats will be banned. "
         "Entry to the reserve will be free for divers during the day. "
         "Inspectors will mark the boundaries of the {} with buoys in spring.")
HE_DE = ("Am Montag erklärte die Behörde ein neues Schutzgebiet im Süden der Stadt. "
         "Das Schutzgebiet wird sich über drei Kilometer Küste erstrecken. "
         "Im Schutzgebiet werden Fischerei jeder Art und das Ankern von Booten verboten. "
         "Der Zugang zum Schutzgebiet ist für Taucher tagsüber frei. "
         "Die Aufseher werden die Grenzen des {} im Frühjahr mit Bojen markieren.")


def test_hebrew_proclitics_he_en():
    assert codes(HE, HE_EN.format("sanctuary"), "he", "en") == ["sanctuary"]
    assert codes(HE, HE_EN.format("reserve"), "he", "en") == []


def test_hebrew_proclitics_he_de():
    assert codes(HE, HE_DE.format("Reservats"), "he", "de") == ["Reservats"]
    assert codes(HE, HE_DE.format("Schutzgebiets"), "he", "de") == []


# 2. a word of a name once, lower case elsewhere
FR = ("Le préfet a créé lundi une réserve marine au sud de la ville. "
      "La réserve s'étendra sur trois kilomètres de côte. "
      "Dans la réserve, la pêche sera interdite toute l'année. "
      "La réserve voisine de Scandola reçoit chaque année des milliers de visiteurs. "
      "Selon le maire, la réserve attirera des plongeurs. "
      "Les gardes marqueront les limites de la réserve au printemps.")
FR_EN = ("On Monday the prefect created a marine reserve south of the town. "
         "The reserve will stretch along three kilometres of coast. "
         "In the reserve, fishing will be banned all year. "
         "The nearby Scandola Nature Reserve receives thousands of visitors every year. "
         "According to the mayor, the reserve will attract divers. "
         "Wardens will mark the boundaries of the {} in spring.")
ES = ("El gobierno creó el lunes una reserva marina al sur de la ciudad. "
      "La reserva se extenderá por tres kilómetros de costa. "
      "En la reserva se prohibirá la pesca todo el año. "
      "La vecina reserva de Cabrera recibe cada año miles de visitantes. "
      "Según el alcalde, la reserva atraerá a buceadores. "
      "Los guardas marcarán los límites de la reserva en primavera.")
ES_EN = FR_EN.replace("prefect", "government").replace("town", "city").replace("Scandola", "Cabrera")


def test_name_word_mostly_lower_fr_en():
    assert codes(FR, FR_EN.format("sanctuary"), "fr", "en") == ["sanctuary"]
    assert codes(FR, FR_EN.format("reserve"), "fr", "en") == []


def test_name_word_mostly_lower_es_en():
    assert codes(ES, ES_EN.format("sanctuary"), "es", "en") == ["sanctuary"]
    assert codes(ES, ES_EN.format("reserve"), "es", "en") == []


# 3. English -ing and its stem
DIVE_FR = ("La plongée sera autorisée le long de sentiers balisés. "
           "La ville est connue comme une destination de plongée internationale. "
           "Selon la mairie, le tourisme de plongée emploie plus de 600 personnes dans la ville. "
           "Les clubs proposent aussi la plongée de nuit en été.")
DIVE_ES = ("El buceo estará permitido en rutas señalizadas. "
           "La ciudad es conocida como un destino internacional de buceo. "
           "Según el ayuntamiento, el turismo de buceo emplea a más de 600 personas en la ciudad. "
           "Los clubes ofrecen también buceo nocturno en verano.")
DIVE_EN = ("Diving will be allowed along marked trails. "
           "The town is known as an international diving destination. "
           "According to the town hall, {} tourism employs more than 600 people in the town. "
           "The clubs also offer night diving in summer.")


def test_gerund_and_stem_fr_en():
    assert codes(DIVE_FR, DIVE_EN.format("dive"), "fr", "en") == []
    assert codes(DIVE_FR, DIVE_EN.format("swimming"), "fr", "en") == ["swimming"]


def test_gerund_and_stem_es_en():
    assert codes(DIVE_ES, DIVE_EN.format("dive"), "es", "en") == []
    assert codes(DIVE_ES, DIVE_EN.format("swimming"), "es", "en") == ["swimming"]


# 4. a noun of manner after its preposition: an adverbial
def terms(text, lang):
    """The keys of several words that _units builds (joined)."""
    return {" ".join(k) for k in T._units(T._toks(text, lang), lang) if len(k) > 1}


def test_manner_adverbial_es():
    assert not any("maner" in k for k in terms("asignará personal a las casetas de manera gradual", "es"))
    assert any("inspeccion" in k for k in terms("asignará personal a las casetas de inspección", "es"))


def test_manner_adverbial_fr():
    assert not any("facon" in k for k in terms("le personnel ouvrira les bornes de façon progressive", "fr"))
    assert any("vente" in k for k in terms("le personnel ouvrira les bornes de vente", "fr"))


# 5. verbs of speech
PULP_FI = ("Yhtiö aikoo rakentaa Kemin satamaan uuden tuotantolaitoksen. "
           "”Uusi sellutehdas työllistää satoja ihmisiä”, Virtanen sanoi. "
           "”Jokainen sellutehdas tarvitsee paljon puuta”, Nieminen sanoi. "
           "”Edellinen {} suljettiin jo vuonna 2008”, Laine sanoi. "
           "Rakennustyöt alkavat keväällä.")
PULP_ET = ("Ettevõte kavatseb ehitada Kemi sadamasse uue tootmisüksuse. "
           "”Uus tselluloositehas annab tööd sadadele inimestele”, ütles Virtanen. "
           "”Iga tselluloositehas vajab palju puitu”, ütles Nieminen. "
           "”Eelmine {} suleti juba 2008. aastal”, ütles Laine. "
           "Ehitus algab kevadel.")
PULP_EN = ("The company plans to build a new production plant in the port of Kemi. "
           "“The new pulp mill will employ hundreds of people,” Virtanen said. "
           "“Every pulp mill needs a lot of wood,” Nieminen said. "
           "“The previous {} closed back in 2008,” Laine said. "
           "Construction will start in spring.")


def test_speech_verb_no_term_fi_en():
    assert codes(PULP_FI.format("tehdas"), PULP_EN.format("mill"), "fi", "en") == []
    assert codes(PULP_FI.format("sellutehdas"), PULP_EN.format("pulp plant"), "fi", "en") == ["pulp plant"]


def test_speech_verb_no_term_et_en():
    assert codes(PULP_ET.format("tehas"), PULP_EN.format("mill"), "et", "en") == []
    assert codes(PULP_ET.format("tselluloositehas"), PULP_EN.format("pulp plant"), "et", "en") == ["pulp plant"]
