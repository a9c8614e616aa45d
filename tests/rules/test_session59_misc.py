"""Session 59 (helper misc): figures in currencies and halves, units in Estonian and
Indonesian, UI calls to action and translated agency credits.

* D001: an ISO currency code glued to the figure (VND38.5 billion, IDR1.2 trillion,
  NGN5 billion) is money, no code: the figure with its scale word matches the source's.
* D001: a figure with its time unit that is half of a larger unit the other side says
  with a word for half (six months ~ poole aasta / half a year; 30 minutes ~ half an
  hour) is no added figure.
* D002: Estonian case forms of the metric units (sentimeetriks, millimeetrit) and the
  Indonesian/Malay "kaki" (feet) are units, so a unit swapped for another is seen.
* F003: a call to action of several words on a line of its own with an exclamation mark
  ("Iratkozzon fel hírlevelünkre!"); Swahili UI strings; Catalan button words for composed
  labels; newsletter prompts naming the letter's rhythm (daily, weekly).
* C001: a many-to-one bead whose one target sentence closes the quotation the source's
  last sentence closes (with its attribution) is read as that sentence dropped when the
  bead is short by z <= -1.5 and fits without it ("... next year." for "... next year.
  No farm can survive like that," he lamented.).
* F001/F002: a credit naming an agency as a translated credit writes it, with a word in
  lower case ("Снимка: Канадска преса / Name").
"""
import pytest

import mtcheck


def _doc_codes(tmp_path, src, tgt, sl, tl, code):
    s, t = tmp_path / f"source.{sl}.txt", tmp_path / f"target.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f for f in rep.findings if f.code == code and not f.suppressed]


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- D001: glued currency codes --------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Dự án có tổng vốn đầu tư 120,5 tỷ đồng.", "The project has a total investment of VND120.5 billion.", "vi", "en"),
    ("Proyek itu bernilai 1,2 triliun rupiah.", "The project is worth IDR1.2 trillion.", "id", "en"),
    ("Le Nigeria a débloqué 5 milliards de nairas.", "Nigeria released NGN5 billion.", "fr", "en"),
])
def test_glued_currency_code_is_money(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "D001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Dự án có tổng vốn đầu tư 120,5 tỷ đồng.", "The project has a total investment of VND210.5 billion.", "vi", "en"),
    ("Le Nigeria a débloqué 5 milliards de nairas.", "Nigeria released NGN8 billion.", "fr", "en"),
])
def test_glued_currency_code_changed_figure_still_flagged(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "D001")


# -- D001: half of a larger time unit ------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Hüvitis jõudis kaluriteni alles poole aasta pärast.",
     "The compensation reached the fishermen only six months later.", "et", "en"),
    ("The compensation arrived after half a year.",
     "La compensation est arrivée six mois plus tard.", "en", "fr"),
    ("The meeting lasted half an hour.", "La riunione è durata 30 minuti.", "en", "it"),
])
def test_half_a_unit_is_no_added_figure(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "D001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The compensation arrived after half a year.",
     "La compensation est arrivée sept mois plus tard.", "en", "fr"),
    ("The compensation arrived after a year.",
     "La compensation est arrivée six mois plus tard.", "en", "fr"),
])
def test_other_span_still_flagged(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "D001")


# -- D002: Estonian unit forms, Indonesian feet ----------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Kala alammõõt tõuseb 38 sentimeetriks.", "The minimum size rises to 38 inches.", "et", "en"),
    ("Vihma sadas 12 millimeetrit.", "It rained 12 inches.", "et", "en"),
    ("The tower is 30 metres tall.", "Menara itu setinggi 30 kaki.", "en", "id"),
    ("The bridge is 120 metres long.", "Jambatan itu sepanjang 120 kaki.", "en", "ms"),
])
def test_unit_swapped(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "D002")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Kala alammõõt tõuseb 38 sentimeetriks.", "The minimum size rises to 38 centimetres.", "et", "en"),
    ("The tower is 30 feet tall.", "Menara itu setinggi 30 kaki.", "en", "id"),
    ("The tower is 30 feet tall.", "Menara itu setinggi 9,1 meter.", "en", "id"),
])
def test_same_or_converted_unit_silent(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "D002")


# -- F003: calls to action and UI strings on a line of their own -----------------------------

_SRC = "The works began on Monday. The project will cost millions."


@pytest.mark.parametrize("tgt,tl", [
    ("A munkálatok hétfőn kezdődtek.\n\nIratkozzon fel hírlevelünkre!\n\nA projekt milliókba kerül.", "hu"),
    ("Die Arbeiten begannen am Montag.\n\nAbonnieren Sie unseren Newsletter!\n\nDas Projekt kostet Millionen.", "de"),
    ("Kazi ilianza Jumatatu.\n\nTufuate kwenye Instagram\n\nMradi utagharimu mamilioni.", "sw"),
    ("Kazi ilianza Jumatatu.\n\nShiriki kwenye WhatsApp\n\nMradi utagharimu mamilioni.", "sw"),
    ("Les obres van començar dilluns.\n\nSegueix-nos a Instagram\n\nEl projecte costarà milions.", "ca"),
    ("Les obres van començar dilluns.\n\nSubscriu-te al nostre butlletí\n\nEl projecte costarà milions.", "ca"),
    ("بدأت الأعمال يوم الاثنين.\n\nاشترك في نشرتنا الإخبارية الأسبوعية\n\nسيكلف المشروع الملايين.", "ar"),
])
def test_ui_line_flagged(tgt, tl):
    assert _codes(_SRC, tgt, "en", tl, "F003")


@pytest.mark.parametrize("tgt,tl", [
    # one word with an exclamation mark: an exclamation of the text, no button
    ("A munkálatok hétfőn kezdődtek.\n\nVissza!\n\nA projekt milliókba kerül.", "hu"),
    ("Die Arbeiten begannen am Montag.\n\nWir sehen uns bald!\n\nDas Projekt kostet Millionen.", "de"),
    # a sentence that mentions a network is no share button
    ("Kazi ilianza Jumatatu. Picha zilishirikiwa kwenye Facebook na wakazi wengi.", "sw"),
    ("Les obres van començar dilluns.\n\nLlegeix el llibre de la teva àvia\n\nEl projecte costarà milions.", "ca"),
])
def test_ui_near_miss_silent(tgt, tl):
    assert not _codes(_SRC, tgt, "en", tl, "F003")


# -- F001/F002: translated agency names in credits ---------------------------------------------

def test_translated_agency_credit():
    src = "Rescuers at the scene of the collapse."
    for tgt, tl in [("Спасители на мястото на срутването. Снимка: Асошиейтед прес / Иван Петров", "bg"),
                    ("Спасители на мястото на срутването. Снимка: Франс прес", "bg")]:
        fs = _codes(src, tgt, "en", tl, "F002") + _codes(src, tgt, "en", tl, "F001")
        assert fs, tgt


def test_label_with_prose_is_no_credit():
    src = "The picture was taken yesterday by a neighbour."
    tgt = "Снимка: тя беше направена вчера от съсед."
    assert not _codes(src, tgt, "en", "bg", "F002")


# -- C001: a quotation closed a sentence early ------------------------------------------------

_P1 = {"ca": "La ciutat va aprovar el pressupost dilluns. El consell va votar a favor per set vots a dos.\n\n",
       "es": "La ciudad aprobó el presupuesto el lunes. El consejo votó a favor por siete votos a dos.\n\n",
       "en": "The city approved the budget on Monday. The council voted in favour by seven votes to two.\n\n"}
_CA = ('El president es va queixar que els ajuts arriben tard. "Els pagesos avancem els diners a '
       "l'abril i no cobrem la subvenció fins a l'any següent. Així no hi ha explotació que aguanti\", va lamentar.")
_ES = ('La alcaldesa se mostró preocupada. "Desde hace meses no recibimos fondos para las escuelas '
       'del barrio. Así no hay municipio que aguante", lamentó.')


@pytest.mark.parametrize("src,tgt,sl", [
    (_CA, 'The chairman complained that the aid arrives late. "We farmers advance the money in April '
          'and don\'t receive the subsidy until the following year."', "ca"),
    (_ES, 'The mayor said she was worried. "For months we have not received any funds for the schools '
          'of the district."', "es"),
])
def test_quote_closed_early_is_omission(tmp_path, src, tgt, sl):
    assert _doc_codes(tmp_path, _P1[sl] + src, _P1["en"] + tgt, sl, "en", "C001")


@pytest.mark.parametrize("src,tgt,sl", [
    (_CA, 'The chairman complained that the aid arrives late. "We farmers advance the money in April '
          'and don\'t receive the subsidy until the following year. No farm can survive like that," he lamented.', "ca"),
    # both sentences said in one: the quotation closes where the source's does
    (_CA, 'The chairman complained that the aid arrives late. "We farmers advance the money in April and '
          'only receive the subsidy the next year; no farm can survive like that," he lamented.', "ca"),
    (_ES, 'The mayor said she was worried. "For months we have not received any funds for the schools '
          'of the district. No town can hold out like this," she lamented.', "es"),
])
def test_quote_kept_whole_is_silent(tmp_path, src, tgt, sl):
    assert not _doc_codes(tmp_path, _P1[sl] + src, _P1["en"] + tgt, sl, "en", "C001")
