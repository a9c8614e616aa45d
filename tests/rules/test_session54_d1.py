"""Session 54, group d1 (numbers and units, from the held-out s55 batch):

- a number word that the translation keeps as written inside a name (Dokuz Eylül
  Üniversitesi ~ Dokuz-Eylül-Universität, Cinque Terre) is part of the name, no figure
  (D001);
- a four-digit figure read as a year but with a unit of measure right after it (1200 ton,
  1500 Meter) is a quantity, whose unit D002 compares; Ukrainian метрів is metres;
- Polish kilkanaście ("a dozen or so") and tuzin answer a dozen; Polish roku/latach and
  miesiąc are units of time (not the short forms rok, lat, lata, which the spelling
  check would then take for words: the lat 70s), so pół roku is six months (D001);
- a Chinese or Japanese number before 级/級 (一级公路, 一級河川) is a grade: Class 1 (D001).
"""
import mtcheck


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def _serious(fs):
    return [f for f in fs if f.severity.name in ("MAJOR", "CRITICAL")]


# --- a number word kept inside a name -------------------------------------------------

def test_tr_en_number_word_in_kept_name_is_no_figure():
    fs = _codes("Dokuz Eylül Üniversitesi'nde okuyan Ayşe artık tek otobüsle geliyor.",
                "Ayşe, who studies at Dokuz Eylül University, now comes on a single bus.",
                "tr", "en", "D001")
    assert _serious(fs) == []


def test_it_de_number_word_in_kept_name_is_no_figure():
    fs = _codes("Cinque Terre si raggiungono comodamente in treno da La Spezia.",
                "Die Cinque Terre erreicht man bequem mit einem einzigen Zug ab La Spezia.",
                "it", "de", "D001")
    assert _serious(fs) == []


def test_tr_de_number_word_not_in_a_name_still_compared():
    fs = _codes("Dokuz öğrenci dün kampüse geldi.", "Drei Studenten kamen gestern auf den Campus.",
                "tr", "de", "D001")
    assert [f.severity.name for f in fs] == ["CRITICAL"]


def test_it_en_number_word_not_kept_still_compared():
    fs = _codes("Cinque turisti sono arrivati ieri a Genova.", "Three tourists arrived in Genoa yesterday.",
                "it", "en", "D001")
    assert _serious(fs)


# --- a figure read as a year, with a unit after it -----------------------------------

def test_en_nl_year_like_figure_unit_changed():
    fs = _codes("The plant can store up to 1,500 kilograms of ammonia.",
                "De fabriek kan tot 1500 ton ammoniak opslaan.", "en", "nl", "D002")
    assert len(fs) == 1 and "1500 ton" in fs[0].message


def test_en_es_year_like_figure_unit_changed():
    fs = _codes("The plant can store up to 1,500 kilograms of ammonia.",
                "La planta puede almacenar hasta 1500 toneladas de amoníaco.", "en", "es", "D002")
    assert len(fs) == 1


def test_en_es_year_like_figure_same_unit_no_finding():
    assert _codes("The plant can store up to 1,500 kilograms of ammonia.",
                  "La planta puede almacenar hasta 1500 kilos de amoníaco.", "en", "es", "D002") == []


def test_en_de_real_years_no_unit_finding():
    assert _codes("The abbey was founded in 1200 and rebuilt in 1500 after a fire.",
                  "Die Abtei wurde 1200 gegründet und 1500 nach einem Brand wieder aufgebaut.",
                  "en", "de", "D002") == []


def test_uk_de_metres_to_feet():
    fs = _codes("Новий міст завдовжки 380 метрів відкрили вчора.",
                "Die neue, 380 Fuß lange Brücke wurde gestern eröffnet.", "uk", "de", "D002")
    assert len(fs) == 1


def test_uk_en_metres_to_feet():
    fs = _codes("Новий міст завдовжки 380 метрів відкрили вчора.",
                "The new 380-foot bridge was opened yesterday.", "uk", "en", "D002")
    assert len(fs) == 1


def test_uk_de_metres_kept_no_finding():
    assert _codes("Новий міст завдовжки 380 метрів відкрили вчора.",
                  "Die neue, 380 Meter lange Brücke wurde gestern eröffnet.", "uk", "de", "D002") == []


# --- Polish: a dozen or so, half a year -----------------------------------------------

def test_pl_en_kilkanascie_a_dozen():
    assert _codes("Do obsługi farmy potrzeba będzie kilkunastu holowników.",
                  "A dozen tugs will be needed to serve the farm.", "pl", "en", "D001") == []


def test_pl_fr_kilkanascie_une_douzaine():
    assert _codes("Do obsługi farmy potrzeba będzie kilkunastu holowników.",
                  "Il faudra une douzaine de remorqueurs pour desservir le parc.",
                  "pl", "fr", "D001") == []


def test_pl_es_kilkanascie_una_docena():
    assert _codes("Do obsługi farmy potrzeba będzie kilkunastu holowników.",
                  "Se necesitará una docena de remolcadores para atender el parque.",
                  "pl", "es", "D001") == []


def test_pl_en_half_year_six_months():
    assert _codes("Drugi prom zostanie oddany pół roku później.",
                  "The second ferry will be handed over six months later.", "pl", "en", "D001") == []


def test_pl_de_half_year_six_months():
    assert _codes("Drugi prom zostanie oddany pół roku później.",
                  "Die zweite Fähre wird sechs Monate später übergeben.", "pl", "de", "D001") == []


def test_pl_en_half_year_five_months_still_flagged():
    assert _codes("Drugi prom zostanie oddany pół roku później.",
                  "The second ferry will be handed over five months later.", "pl", "en", "D001")


def test_pl_en_years_to_months_unit_changed():
    fs = _codes("Most otwarto po 5 latach budowy.", "The bridge opened after 5 months of construction.", "pl", "en", "D002")
    assert len(fs) == 1


# --- a grade in Han characters ----------------------------------------------------------

def test_zh_en_grade_one_highway():
    assert _codes("这条道路按一级公路标准建设，全长36公里。",
                  "The road was built to Class 1 highway standards and is 36 km long.",
                  "zh", "en", "D001") == []


def test_ja_en_grade_one_river():
    assert _codes("この川は一級河川に指定され、長さは50キロだ。",
                  "The river is designated a Class 1 river and is 50 km long.",
                  "ja", "en", "D001") == []


def test_zh_en_other_grade_still_reported():
    assert _codes("这家医院是三级医院，共有800张床位。",
                  "The hospital is a Grade 2 hospital with 800 beds.", "zh", "en", "D001")


def test_pl_de_years_to_months_unit_changed():
    fs = _codes("Most otwarto po 5 latach budowy.", "Die Brücke wurde nach 5 Monaten Bauzeit eröffnet.", "pl", "de", "D002")
    assert len(fs) == 1


def test_pl_de_years_kept_no_unit_finding():
    assert _codes("Most otwarto po 5 latach budowy.", "Die Brücke wurde nach 5 Jahren Bauzeit eröffnet.", "pl", "de", "D002") == []


def test_fr_en_short_polish_year_form_not_a_known_word():
    # the Polish time units are kept to forms that are no slip of another language's word
    fs = _codes("À la fin des années 70 dans les Midlands, je n'ai vu ça que de loin.",
                "In the lat 70s in the Midlands I only saw it from afar.", "fr", "en", "S006")
    assert fs
