"""Session 59 round 2 (tm): term consistency (T003) misses.

1. Finnish long words' case forms with longer endings (työntekijää / työntekijöiden /
   työntekijöille) are one source word, and a hedge before a figure (noin 300, about 300)
   beside the term in its usual sentences is no other source word that the rendering renders.
2. English plurals in -ses of nouns in -s (minibus / minibuses) are one target word.
3. Russian and Ukrainian short words' case forms (смена / смены / смену, зміна / зміну) are
   one source word; a document's topic word, found in twice as many other sentences, is no
   proof that a multi-word term is rendered alike everywhere.
"""
import pytest

import mtcheck
from mtcheck.rules.terminology import _doc_stems_of, lemma


def _t003(src, tgt, sl, tl):
    return [(f, tgt[f.span[0]:f.span[1]]) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "T003"]


# --- 1. Finnish case forms and hedges -----------------------------------------------------
_FI_SRC = ("Tilalla työskenteli noin 300 kausityöntekijää. Noin puolet kausityöntekijöistä tuli "
           "Ukrainasta. Monella tilalla kausityöntekijöiden palkkaa nostettiin.")


@pytest.mark.parametrize("src,tgt,tl,want", [
    ("Kunnassa työskentelee noin 40 kouluavustajaa. Rehtori kertoo, että kouluavustajille maksetaan "
     "lisää. Noin puolet kouluavustajista on naisia.",
     "About 40 school assistants work in the municipality. The head says that the school helpers "
     "will be paid more. About half of the school assistants are women.", "en", "helpers"),
    (_FI_SRC,
     "Environ 300 travailleurs saisonniers ont travaillé sur la ferme. Environ la moitié des "
     "travailleurs saisonniers venaient d'Ukraine. Dans de nombreuses fermes, le salaire des "
     "ouvriers saisonniers a été augmenté.", "fr", "ouvriers"),
])
def test_finnish_case_forms_with_long_endings_are_one_term(src, tgt, tl, want):
    hits = _t003(src, tgt, "fi", tl)
    assert any(want in h for _, h in hits), hits


@pytest.mark.parametrize("tgt", [
    # rendered alike everywhere
    "Around 300 seasonal workers worked on the farm. About half of the seasonal workers came "
    "from Ukraine. On many farms the seasonal workers' pay was raised.",
])
def test_finnish_term_rendered_alike_is_silent(tgt):
    assert not _t003(_FI_SRC, tgt, "fi", "en")


def test_finnish_swapped_word_found_elsewhere_is_silent():
    # the other word stands in another sentence too: a word of the translation, no swap
    src = _FI_SRC + " Kausityöntekijöitä tarvitaan."
    tgt = ("Around 300 seasonal workers worked on the farm. About half of the seasonal workers came "
           "from Ukraine. On many farms the seasonal labourers' pay was raised. Seasonal labourers "
           "are needed.")
    assert not _t003(src, tgt, "fi", "en")


def test_finnish_stems_keep_compounds_apart():
    words = [lemma(w, "fi") for w in ("kausityöntekijää", "kausityöntekijöiden", "kausityöntekijöille",
                                      "kaupunginvaltuusto", "kaupunginvaltuutettu")]
    m = _doc_stems_of(words, "fi")
    assert m["kausityontekijaa"] == m["kausityontekijoiden"] == m["kausityontekijoille"]
    # (city council / councillor: another word's tail, no case ending)
    assert m.get("kaupunginvaltuusto", "a") != m.get("kaupunginvaltuutettu", "b")


# --- 2. English plurals in -ses --------------------------------------------------------------
@pytest.mark.parametrize("src,sl", [
    ("Gmina kupiła nowy minibus za 300 tys. zł. Minibusy będą wozić dzieci do szkoły. Każdy minibus "
     "ma 20 miejsc. Kierowcy minibusów dostaną podwyżki.", "pl"),
    ("Obec koupila nový minibus za 300 tisíc korun. Minibusy budou vozit děti do školy. Každý minibus "
     "má 20 míst. Řidiči minibusů dostanou přidáno.", "cs"),
])
def test_english_plural_in_ses_is_the_same_word(src, sl):
    tgt = ("The municipality bought a new minibus for 300,000. The minibuses will take children to "
           "school. Each shuttle has 20 seats. The drivers of the minibuses will get a pay rise.")
    hits = _t003(src, tgt, sl, "en")
    assert any(h == "shuttle" for _, h in hits), hits


def test_english_plural_in_ses_rendered_alike_is_silent():
    src = ("Gmina kupiła nowy minibus za 300 tys. zł. Minibusy będą wozić dzieci do szkoły. Każdy minibus "
           "ma 20 miejsc. Kierowcy minibusów dostaną podwyżki.")
    tgt = ("The municipality bought a new minibus for 300,000. The minibuses will take children to "
           "school. Each minibus has 20 seats. The drivers of the minibuses will get a pay rise.")
    assert not _t003(src, tgt, "pl", "en")


def test_english_house_is_no_hous():
    from mtcheck.rules.terminology import _en_plural_map
    m = _en_plural_map({lemma(w, "en") for w in ("buses", "bus", "houses", "causes", "gases", "gas")})
    assert m == {"buse": "bus", "gase": "gas"}


# --- 3. Russian and Ukrainian case forms, topic words --------------------------------------
@pytest.mark.parametrize("src,sl", [
    ("Рабочие завода вышли во вторую смену. Вторая смена закончилась в полночь. Директор завода "
     "хочет избавиться от второй смены.", "ru"),
    ("Робітники заводу вийшли на другу зміну. Друга зміна закінчилася опівночі. Директор заводу "
     "хоче позбутися другої зміни.", "uk"),
])
def test_slavic_short_case_forms_are_one_term(src, sl):
    tgt = ("The plant's workers came in for the second shift. The evening session ended at midnight. "
           "The plant's director wants to get rid of the second shift.")
    hits = _t003(src, tgt, sl, "en")
    assert any("evening" in h for _, h in hits), hits


def test_slavic_term_rendered_alike_is_silent():
    src = ("Рабочие завода вышли во вторую смену. Вторая смена закончилась в полночь. Директор завода "
           "хочет избавиться от второй смены.")
    tgt = ("The plant's workers came in for the second shift. The second shift ended at midnight. "
           "The plant's director wants to get rid of the second shift.")
    assert not _t003(src, tgt, "ru", "en")


def test_russian_case_forms_keep_other_words_apart():
    m = _doc_stems_of([lemma(w, "ru") for w in "мэр мэра мэрия мэрии".split()], "ru")
    assert m["мэр"] == m["мэра"] and m["мэрия"] == m["мэрии"] and m["мэр"] != m["мэрия"]
