"""Session 58, helper nB: false alarms on names seen on the blind sets of batch 29.

* N003 into Korean: ch of Greek and German names is k to an English ear (Michael ~ 마이클,
  Reich ~ 라이크) and German ch after a vowel is h (Heinrich ~ 하인리히).
* N004/N003 into Russian and Ukrainian: the old Spanish x of the Americas before a vowel
  is х (Mexico ~ Мехико, Xavier ~ Хавьер, Quixote ~ Кихот); a Cyrillic word with х only.
* L002: the lower-case words of a name kept whole in its base form where the source
  declines it (České spořitelny ~ Česká spořitelna).
* N005/N004: the country of a quarter the source names by its compass point, said outright
  by the translation (in the North West ~ i nordvästra England).
"""
import pytest

import mtcheck


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- Korean: ch as k and as h -------------------------------------------------------------
@pytest.mark.parametrize("src,tgt", [
    ("Michael Brandt, the chairman, said the harvest was late.",
     "마이클 브란트 회장은 수확이 늦었다고 말했다."),
    ("Council director Anna Reich said the survey covered 40 farms.",
     "협의회의 안나 라이크 국장은 조사가 40개 농장을 대상으로 했다고 밝혔다."),
    ("Heinrich Vogel, a farmer, said the frost came early.",
     "농부 하인리히 포겔은 서리가 일찍 왔다고 말했다."),
])
def test_korean_hears_ch_as_k_or_h(src, tgt):
    assert not _codes(src, tgt, "en", "ko", "N003")


def test_korean_other_name_is_still_missing():
    assert _codes("Council director Anna Reich said the survey covered 40 farms.",
                  "협의회의 안나 마크 국장은 조사가 40개 농장을 대상으로 했다고 밝혔다.", "en", "ko", "N003")


# -- Cyrillic: the old Spanish x as х -----------------------------------------------------
@pytest.mark.parametrize("src,tgt,tl", [
    ("The governor of Texas spoke on Monday.", "Губернатор Техасу виступив у понеділок.", "uk"),
    ("The governor of Texas spoke on Monday.", "Губернатор Техаса выступил в понедельник.", "ru"),
    ("They flew to Mexico on Monday.", "В понедельник они улетели в Мехико.", "ru"),
    ("Xavier Cortez won the race.", "Хавьер Кортес выиграл гонку.", "ru"),
])
def test_spanish_x_as_cyrillic_kha(src, tgt, tl):
    found = [f for f in mtcheck.check_pair(src, tgt, "en", tl) if f.code in ("N003", "N004", "N005")]
    assert not found


@pytest.mark.parametrize("src,tgt,tl", [
    ("The governor of Texas spoke on Monday.", "Губернатор Тосса выступил в понедельник.", "ru"),
    ("The governor of Texas spoke on Monday.", "Губернатор Огайо виступив у понеділок.", "uk"),
])
def test_another_name_for_a_spanish_x_is_still_flagged(src, tgt, tl):
    assert [f for f in mtcheck.check_pair(src, tgt, "en", tl) if f.code in ("N003", "N004")]


# -- L002: a name kept whole in its base form ---------------------------------------------
@pytest.mark.parametrize("src,tgt,sl", [
    ("Radnice chce zbytek pokrýt úvěrem od České spořitelny.",
     "The town hall wants to cover the rest with a loan from Česká spořitelna.", "cs"),
    ("Mesto chce zvyšok pokryť úverom od Slovenskej sporiteľne.",
     "The town wants to cover the rest with a loan from Slovenská sporiteľňa.", "sk"),
])
def test_name_kept_in_base_form_is_no_copy(src, tgt, sl):
    assert not _codes(src, tgt, sl, "en", "L002")


def test_declined_word_copied_after_a_translated_word_is_still_a_copy():
    assert _codes("Radnice chce zbytek pokrýt úvěrem od České spořitelny.",
                  "The town hall wants to cover the rest with a loan from the Czech spořitelny.", "cs", "en", "L002")


# -- N005/N004: the country of a compass quarter ------------------------------------------
@pytest.mark.parametrize("tgt,tl", [
    ("Det är ett av de värsta brotten vi har sett i nordvästra England.", "sv"),
    ("Es ist einer der schlimmsten Brüche, die wir im Nordwesten Englands gesehen haben.", "de"),
    ("C'est l'une des pires brèches que nous ayons vues dans le nord-ouest de l'Angleterre.", "fr"),
    ("Es una de las peores brechas que hemos visto en el noroeste de Inglaterra.", "es"),
])
def test_country_of_a_compass_quarter_said_outright(tgt, tl):
    src = "It is one of the worst breaches we have seen in the North West."
    assert not [f for f in mtcheck.check_pair(src, tgt, "en", tl) if f.code in ("N004", "N005")]


@pytest.mark.parametrize("src,tgt", [
    ("It is one of the worst breaches we have seen in the region.",
     "Det är ett av de värsta brotten vi har sett i nordvästra England."),
    ("It is one of the worst breaches we have seen in the North West.",
     "Det är ett av de värsta brotten vi har sett i nordvästra Lancaster."),
    ("It is one of the worst breaches we have seen in the North West.",
     "Det är ett av de värsta brotten vi har sett i England."),
])
def test_added_or_swapped_place_is_still_flagged(src, tgt):
    assert [f for f in mtcheck.check_pair(src, tgt, "en", "sv") if f.code in ("N004", "N005")]
