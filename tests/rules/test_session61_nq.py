"""Session 61 (helper nq): false name findings of batches 34-35 (N003, N004, L002), by class.

1. A compound of two common words of a compounding language whose head the translation
   writes as its own word is a common noun translated also where it opens a sentence or a
   headline (N003).
2. A frequent common word that meets the exonym lexicon only as a rare place with an
   ending (Italian scuola ~ Scuol + a, Spanish gente ~ Ghent + e) is no place: it was read
   as a lexicon entity, so as a sure name, and a missing one was critical (N003).
3. A Romance common noun after a definite article and before "of" and a name (les
   Fonderies de X) is a site's or firm's descriptive head noun, translated where the name
   after it is kept (N003).
4. A word opening a sentence of a language that capitalises names only, known to its
   word list and to no big language's, before a capitalised common word (a body's name in
   the genitive) is a common noun heading it (N003).
5. A German noun spelled like a frequent Romance word that English hardly uses (Tante,
   Ente) is no name that replaced a source name (N004).
6. A one-word place whose stem the target's form of the name has after a prefix (Trans-,
   Ober-) is rendered, not replaced (N004).
7. A compound of common words whose head the German translation writes as a cognate
   compound head (igazságügy|minisztérium ~ Justiz|ministerium) is a body's name
   translated; a closed compound for two or more title words, one a cognate of a word of
   it (Vissersorganisatie ~ Fishermen's Organisation), too (N003).
8. A German plural noun spelled like a lexicon place, counted or quantified (mehrere
   Alpen: mountain pastures), is a common noun, no name (N003).
9. A body's name kept whole right before the acronym the source has after the same words
   (maybe inflected there) is no copied word (L002).
10. Turkish "our", "your" after a stem's final vowel (bahçe-miz-in) is a possessive ending
   of a common noun opening a sentence (N003 severity).
"""
from __future__ import annotations

from mtcheck.rules import names as N
from mtcheck.rules._text import Name, Part, _common_word_on_obscure_stem, exonym_classes, find_names, fold, zipf


def codes(findings, code):
    return [f for f in findings if f.code == code]


def msgs(findings, code):
    return [f.message for f in findings if f.code == code]


# 1. a compound of common words opening a headline ---------------------------------------

DE_BUS = ["Talbus fährt ab Juli auch am Sonntag",
          "Die Gemeinde Tschagguns hat am Dienstag neue Fahrzeiten beschlossen.",
          "Bürgermeister Herbert Bitschnau sprach von einem wichtigen Schritt."]


def test_compound_opening_headline_translated_de_en(article):
    tgt = ["Valley bus to run on Sundays too from July",
           "On Tuesday the municipality of Tschagguns adopted new timetables.",
           "Mayor Herbert Bitschnau spoke of an important step."]
    assert not any("Talbus" in m for m in msgs(article(DE_BUS, tgt, "de", "en"), "N003"))


def test_compound_opening_headline_translated_de_fr(article):
    tgt = ["Le bus de la vallée circulera aussi le dimanche à partir de juillet",
           "Mardi, la commune de Tschagguns a adopté de nouveaux horaires.",
           "Le maire Herbert Bitschnau a parlé d'une étape importante."]
    assert not any("Talbus" in m for m in msgs(article(DE_BUS, tgt, "de", "fr"), "N003"))


def test_brand_compound_opening_dropped_still_missing_de_fr(article):
    # precision: a brand whose first part is no common word, dropped, is still missing
    src = ["Flixbus fährt ab Juli auch am Sonntag"] + DE_BUS[1:]
    tgt = ["Le car circulera aussi le dimanche à partir de juillet",
           "Mardi, la commune de Tschagguns a adopté de nouveaux horaires.",
           "Le maire Herbert Bitschnau a parlé d'une étape importante."]
    assert any("Flixbus" in m for m in msgs(article(src, tgt, "de", "fr"), "N003"))


# 2. a common word spelled like a rare place with an ending ------------------------------

def test_common_word_on_obscure_stem_it_es_nl():
    for w, lang in (("scuola", "it"), ("gente", "es"), ("liegen", "nl")):
        f = fold(w)
        cl = exonym_classes(f)
        assert cl and _common_word_on_obscure_stem(f, zipf(w, lang), lang, cl), w
        cap = w[0].upper() + w[1:]
        assert not any(g.classes or any(p.classes for p in g.parts)
                       for g in find_names(f"Ieri la {cap} ha aperto.", lang, "en") if cap in g.text)


def test_place_forms_stay_places():
    # precision: a place's own inflected forms, and languages that decline a stem
    for w, lang in (("deutschlands", "de"), ("russlands", "de"), ("berliner", "de"), ("londra", "it"),
                    ("parigi", "it"), ("lietuvos", "lt"), ("plzni", "cs")):
        f = fold(w)
        cl = exonym_classes(f)
        assert not (cl and _common_word_on_obscure_stem(f, zipf(w, lang), lang, cl)), w


def test_school_name_translated_not_critical_it_en(article):
    src = ["La Scuola di musica Arrigo Pedrollo apre una nuova sede a Vicenza.",
           "Il trasloco è previsto per settembre, ha detto il direttore Paolo Zanin."]
    tgt = ["The Arrigo Pedrollo Music School is opening new premises in Vicenza.",
           "The move is planned for September, director Paolo Zanin said."]
    fs = article(src, tgt, "it", "en")
    assert not [f for f in codes(fs, "N003") if "Scuola" in f.message and f.severity.name != "MINOR"]


# 3. a Romance site's head noun before "of" and a kept name -------------------------------

def _site(src, tgt, sl, tl, word):
    g = [g for g in find_names(src, sl, tl) if g.text == word][0]
    return N._romance_head_noun_rendered(g, src, N.NameIndex(tgt, tl), sl)


def test_site_head_noun_translated_fr_en():
    src = "Tubize : les Briqueteries d'Ittre fermeront fin juin, un parc prévu sur le site"
    assert _site(src, "Tubize: Ittre brickworks to close at the end of June, park planned on the site",
                 "fr", "en", "Briqueteries")
    # precision: the name after it dropped too
    assert not _site(src, "Tubize: brickworks to close at the end of June, park planned on the site",
                     "fr", "en", "Briqueteries")


def test_site_head_noun_translated_it_en():
    src = "Savona: le Vetrerie d'Altare assumeranno 200 operai entro marzo"
    assert _site(src, "Savona: Altare glassworks to hire 200 workers by March", "it", "en", "Vetrerie")
    # precision: the place after it written otherwise is no kept name
    assert not _site(src, "Savona: Altari glassworks to hire 200 workers by March", "it", "en", "Vetrerie")


# 4. a role word opening a sentence before a body's name in the genitive -----------------

def _opening(word, lang):
    low = word.lower()
    return Name(word, 0, len(word), [Part(word, 0, len(word), fold(word), False, frozenset(),
                                          zipf(low, lang), low)], frozenset(), True)


def test_role_before_genitive_pl_cs():
    src = "Meteorolodzy Instytutu Meteorologii i Gospodarki Wodnej nie wykluczają przymrozków."
    assert N._role_before_named_genitive(_opening("Meteorolodzy", "pl"), src, "pl")
    src = "Hydrologové Českého hydrometeorologického ústavu nevylučují další mrazy."
    assert N._role_before_named_genitive(_opening("Hydrologové", "cs"), src, "cs")


def test_role_word_rule_precision():
    # a surname used abroad, a word before a lower-case word, a Romance source: not excused
    src = "Nowak Instytutu Meteorologii nie wyklucza przymrozków."
    assert not N._role_before_named_genitive(_opening("Nowak", "pl"), src, "pl")
    src = "Meteorolodzy nie wykluczają przymrozków."
    assert not N._role_before_named_genitive(_opening("Meteorolodzy", "pl"), src, "pl")


# 5. a German noun spelled like a Romance word -------------------------------------------

def test_romance_homograph_is_no_target_name():
    # (a German sentence's first word: Tante, Ente are nouns spelled like Italian words)
    for w in ("Tante", "Sorte", "Partie"):
        assert not N._target_name(_opening(w, "de"), "de", "ro"), w
    for w in ("Paris", "Macron"):
        assert N._target_name(_opening(w, "de"), "de", "ro"), w


# 6. a place's stem inside the target's form after a prefix -------------------------------

def _one(word, lang):
    low = word.lower()
    return Name(word, 0, len(word), [Part(word, 0, len(word), fold(word), False, frozenset(),
                                          zipf(low, lang), low)])


def test_stem_in_other_form_hu_de_pl_de():
    assert N._stem_in_other_form(_one("Sylvaniából", "hu"), _one("Transsylvanien", "de"))
    assert N._stem_in_other_form(_one("Sylvaniei", "ro"), _one("Transsylvanien", "de"))


def test_stem_in_other_form_precision():
    assert not N._stem_in_other_form(_one("Hoffmeister", "pl"), _one("Hoffmann", "de"))
    assert not N._stem_in_other_form(_one("Pomorza", "pl"), _one("Hinterpommern", "de"))
    assert not N._stem_in_other_form(_one("Berger", "de"), _one("Rosenberger", "de"))  # (too short)
    # a given name is a person's, never a place's form
    assert not N._stem_in_other_form(_one("Christina", "sv"), _one("Kristina", "de"))


# 7. compounds of common words translated ------------------------------------------------

def test_compound_head_cognate():
    assert N._compound_head_cognate("pénzügyminisztérium", "hu", "Das Finanzministerium teilte mit.")
    assert N._compound_head_cognate("külügyminisztérium", "hu", "Das Außenministerium teilte mit.")
    assert not N._compound_head_cognate("pénzügyminisztérium", "hu", "Das Ministerium teilte mit.")
    assert not N._compound_head_cognate("pénzügyminisztérium", "hu", "Die Regierung teilte mit.")


HU_HARVEST = ["A szüret a múlt héten kezdődött a borvidéken.",
              "A szedők napidíja idén 16 000 forint volt.",
              "Az Igazságügyminisztérium 300 millió forintos pályázatot ígért a gazdáknak, a kiírás januárban jelenik meg."]


def _de_harvest(last):
    return ["Die Lese begann letzte Woche im Weinbaugebiet.",
            "Der Tageslohn der Lesehelfer lag in diesem Jahr bei 16.000 Forint.", last]


def test_ministry_compound_translated_hu_de(article):
    tgt = _de_harvest("Das Justizministerium hat den Landwirten ein Förderprogramm über 300 Millionen Forint "
                      "zugesagt; die Ausschreibung soll im Januar erscheinen.")
    assert not any("Igazságügyminisztérium" in m for m in msgs(article(HU_HARVEST, tgt, "hu", "de"), "N003"))


def test_ministry_compound_dropped_still_missing_hu_de(article):
    # precision: no compound on the head's cognate in the translation: still a name lost
    tgt = _de_harvest("Den Landwirten wurde ein Förderprogramm über 300 Millionen Forint zugesagt; "
                      "die Ausschreibung soll im Januar erscheinen.")
    assert any("Igazságügyminisztérium" in m for m in msgs(article(HU_HARVEST, tgt, "hu", "de"), "N003"))


def test_closed_compound_title_cognate():
    t = [g for g in find_names("the Oyster Auction in Yerseke", "en", "nl", all_capitalised=True)][0]
    assert N._title_cognate("oesterveiling", t, "the Oyster Auction in Yerseke")
    # precision: title words of another body or another compass point render nothing
    t = [g for g in find_names("at the National Health Agency.", "en", "fi", all_capitalised=True)][0]
    assert not N._title_cognate("ruokaviraston", t, "at the National Health Agency.")
    t = [g for g in find_names("in the South Harbour is", "en", "da", all_capitalised=True)][0]
    assert not N._title_cognate("nordhavnen", t, "in the South Harbour is")


# 8. a plural noun spelled like a place, counted --------------------------------------------

def test_counted_plural_is_no_place_de():
    for text in ("Im Tal werden noch 35 Alpen bewirtschaftet.",
                 "Dadurch sollen mehrere Alpen erhalten bleiben."):
        assert not [g for g in find_names(text, "de", "fr") if g.text == "Alpen"], text


def test_place_not_counted_stays_de(article):
    assert [g for g in find_names("Der Sommer in den Alpen war heiß.", "de", "fr") if g.text == "Alpen"]
    # a people counted stays a people
    assert [g for g in find_names("Zwei Polen wurden festgenommen.", "de", "en") if g.text == "Polen"]


def test_counted_pastures_translated_de_fr(article):
    src = ["Im Allgäu werden noch rund 300 Alpen bewirtschaftet.",
           "Vor zehn Jahren waren es nach Angaben des Vereins mehr."]
    tgt = ["Dans l'Allgäu, quelque 300 alpages sont encore exploités.",
           "Il y a dix ans, ils étaient plus nombreux, selon l'association."]
    assert not any("Alpen" in m for m in msgs(article(src, tgt, "de", "fr"), "N003"))


# 9. a body's name kept with its acronym ------------------------------------------------

class _Doc:
    def __init__(self, text):
        self.text = text


class _Ctx:
    def __init__(self, src, tgt):
        self.source, self.target, self._c = _Doc(src), _Doc(tgt), {}

    def cached(self, key, fn):
        if key not in self._c:
            self._c[key] = fn()
        return self._c[key]


def test_names_kept_with_acronym_de_it():
    from mtcheck.rules.language import _names_kept_with_acronym
    kept = _names_kept_with_acronym(_Ctx(
        "Betrieben wird es im Auftrag des Zweckverbands Nahverkehr Ostalb (ZNO).",
        "È gestito per conto del consorzio Zweckverband Nahverkehr Ostalb (ZNO)."))
    assert {"zweckverband", "nahverkehr", "ostalb"} <= kept
    # precision: another acronym, or the words before another bracket, keep nothing
    assert not _names_kept_with_acronym(_Ctx(
        "Betrieben wird es im Auftrag des Zweckverbands Nahverkehr Ostalb (ZNO).",
        "È gestito per conto del consorzio Zweckverband Nahverkehr Ostalb (CTO)."))


def test_name_kept_before_acronym_de_it(article):
    src = ["Der Betrieb erfolgt im Auftrag des Zweckverbands Nahverkehr Ostalb (ZNO).",
           "Die Kosten trägt der Landkreis."]
    tgt = ["Il servizio è gestito per conto del consorzio Zweckverband Nahverkehr Ostalb (ZNO).",
           "I costi sono a carico del circondario."]
    assert not any("Zweckverband" in m for m in msgs(article(src, tgt, "de", "it"), "L002"))


def test_name_kept_before_acronym_cs_de(article):
    src = ["Lesy města Brna (LMB) zahájí v pondělí kácení v údolí.",
           "Lesy města Brna počítají s tím, že práce potrvají měsíc."]
    tgt = ["Die Lesy města Brna (LMB) beginnen am Montag mit Fällarbeiten im Tal.",
           "Die Lesy města Brna gehen davon aus, dass die Arbeiten einen Monat dauern."]
    assert not msgs(article(src, tgt, "cs", "de"), "L002")


def test_word_copied_without_acronym_still_flagged_de_it(article):
    # precision: the compound copied alone, no name and acronym around it, is a copy
    src = ["Der Zweckverband hat am Montag neue Tarife beschlossen.",
           "Die Kosten trägt der Landkreis."]
    tgt = ["Lo Zweckverband ha approvato lunedì nuove tariffe.",
           "I costi sono a carico del circondario."]
    assert any("Zweckverband" in m for m in msgs(article(src, tgt, "de", "it"), "L002"))


# 10. Turkish possessive after a vowel -----------------------------------------------------

def test_tr_possessive_after_vowel():
    assert N._tr_case_form("bahçemizin", "tr")
    assert N._tr_case_form("bahçenizde", "tr")
    assert not N._tr_case_form("istanbulumuzun", "en")


# 11. a state's or province's name in the target's language --------------------------------

def test_region_name_rendered_en_es_en_fr():
    src = "Farmers in New South Wales expect rain this week."
    g = [g for g in find_names(src, "en", "es") if "Wales" in g.text][0]
    assert N._region_name_rendered(g, src, "Los agricultores de Nueva Gales del Sur esperan lluvia esta semana.")
    src = "Wildfires in British Columbia forced 300 people from their homes."
    g = [g for g in find_names(src, "en", "fr") if "Columbia" in g.text][0]
    assert N._region_name_rendered(g, src, "Les incendies en Colombie-Britannique ont chassé 300 personnes.")


def test_region_name_rendered_precision():
    # the state left out, or another state written: not rendered
    src = "Farmers in New South Wales expect rain this week."
    g = [g for g in find_names(src, "en", "es") if "Wales" in g.text][0]
    assert not N._region_name_rendered(g, src, "Los agricultores esperan lluvia esta semana.")
    assert not N._region_name_rendered(g, src, "Los agricultores de Australia Meridional esperan lluvia.")


def test_closed_compound_possessive_title_nl_en(article):
    src = ["Op de Oesterveiling in Yerseke is maandag het nieuwe seizoen geopend.",
           "Dat zegt Kees Verbeek, voorzitter van de Vissersorganisatie in Yerseke."]
    tgt = ["The new season opened at the Oyster Auction in Yerseke on Monday.",
           "So says Kees Verbeek, chairman of the Fishermen's Organisation in Yerseke."]
    assert not any("Vissersorganisatie" in m for m in msgs(article(src, tgt, "nl", "en"), "N003"))
