"""Session 57 (helper p2): negation and direction classes from batch 27.

P001: a Slavic, Hungarian or Lithuanian "as long as … not" (dokud nebude, dok ne, amíg nem)
against "until"; Turkish "yok et-/ol-" (destroy, vanish) in any form; Arabic "تخلو من"
(devoid of); a bound word said twice around a postposition (Hindi "कम से कम", at least);
a negative word the negated side has too, written alike ("faltavam" ~ "faltaban"), which
renders that word and not the negator.
P003: English phrasal verbs with "up" that say no rise (gave up, set up); severity said in
a phrase (serious injuries, minor conditions); Spanish "ganado" as a participle (ha ganado).
"""
import pytest

import mtcheck


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# --- P001: "as long as … not" is "until" -------------------------------------------------
@pytest.mark.parametrize("src,tgt,tl", [
    ("The road will stay closed until the bridge is repaired.",
     "Silnice zůstane uzavřená, dokud nebude most opraven.", "cs"),
    ("The road will stay closed until the bridge is repaired.",
     "Cesta će ostati zatvorena dok most ne bude popravljen.", "hr"),
    ("The road will stay closed until the bridge is repaired.",
     "Az út zárva marad, amíg a hidat nem javítják meg.", "hu"),
    ("The road will stay closed until the bridge is repaired.",
     "Cesta ostane zaprta, dokler most ne bo popravljen.", "sl"),
])
def test_as_long_as_not_against_until_is_no_flip(src, tgt, tl):
    assert not _codes(src, tgt, "en", tl, "P001")


@pytest.mark.parametrize("src,tgt,tl", [
    # no "until" on the other side: the negation is dropped
    ("The road will stay closed while the bridge is repaired.",
     "Silnice zůstane uzavřená, dokud nebude most opraven.", "cs"),
    ("The road will stay open while the bridge is repaired.",
     "Cesta će ostati otvorena dok most ne bude popravljen.", "hr"),
])
def test_as_long_as_not_without_until_is_still_flagged(src, tgt, tl):
    assert _codes(src, tgt, "en", tl, "P001")


# --- P001: Turkish "yok et-/ol-" in any form ----------------------------------------------
@pytest.mark.parametrize("src,tgt", [
    ("The storm destroyed half of the harbour in March.",
     "Fırtınanın mart ayında limanın yarısını yok etmesinden sonra onarım başladı."),
    ("Officials fear the old forest will vanish within a decade.",
     "Yetkililer eski ormanın on yıl içinde yok olacağından korkuyor."),
])
def test_turkish_yok_verbs_are_no_negation(src, tgt):
    assert not _codes(src, tgt, "en", "tr", "P001")


def test_turkish_yok_alone_still_negates():
    assert _codes("There is water in the village.", "Köyde su yok.", "en", "tr", "P001")


def test_turkish_yok_before_a_comma_is_no_fixed_phrase():
    assert _codes("There is water, and it was shared.", "Su yok, olanlar paylaşıldı.", "en", "tr", "P001")


# --- P001: Arabic "تخلو من" (devoid of) -------------------------------------------------
@pytest.mark.parametrize("src,tgt", [
    ("The flat had neither heating nor hot water.", "كانت الشقة تخلو من التدفئة والمياه الساخنة."),
    ("The report has no reference to the budget.", "يخلو التقرير من أي إشارة إلى الميزانية."),
])
def test_arabic_devoid_of_says_the_negation(src, tgt):
    assert not _codes(src, tgt, "en", "ar", "P001")


def test_arabic_without_devoid_still_flagged():
    assert _codes("The flat had no heating.", "كانت الشقة فيها تدفئة.", "en", "ar", "P001")


# --- P001: a bound word said twice (Hindi "कम से कम": at least) -------------------------------
@pytest.mark.parametrize("src,tgt", [
    ("किसानों को कम से कम 2,500 रुपये प्रति क्विंटल मिलने चाहिए।",
     "Farmers should get no less than Rs 2,500 a quintal."),
    ("इस योजना में ज़्यादा से ज़्यादा 40 लोग शामिल हो सकते हैं।",
     "No more than 40 people can join the scheme."),
])
def test_reduplicated_bound_is_the_negated_bound(src, tgt):
    assert not _codes(src, tgt, "hi", "en", "P001")


def test_reduplicated_bound_against_the_plain_bound_is_flagged():
    # "at least 2,500" rendered "less than 2,500": the opposite bound
    assert _codes("किसानों को कम से कम 2,500 रुपये प्रति क्विंटल मिलने चाहिए।",
                  "Farmers should get less than Rs 2,500 a quintal.", "hi", "en", "P001")


# --- P001: a negative word both sides have, written alike ----------------------------------
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Muitos alunos faltavam às aulas porque não tinham transporte.",
     "Muchos alumnos faltaban a clase porque tenían transporte.", "pt", "es"),
    ("Molti studenti mancavano alle lezioni perché non avevano un passaggio.",
     "Molts estudiants mancaven a les classes perquè tenien qui els portés.", "it", "ca"),
])
def test_cognate_negative_word_does_not_hide_a_dropped_negator(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "P001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # the negator rendered by a negative word of its own ("carecían"): no flip
    ("Muitos alunos faltavam às aulas porque não tinham transporte.",
     "Muchos alumnos faltaban a clase porque carecían de transporte.", "pt", "es"),
    # no cognate: the negative word may render the negator
    ("Muitos alunos não tinham transporte.", "Muchos alumnos carecían de transporte.", "pt", "es"),
])
def test_negative_word_rendering_the_negator_stays_silent(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "P001")


# --- P003: phrasal verbs with "up" --------------------------------------------------------
@pytest.mark.parametrize("src,tgt,sl", [
    ("Die Mieten sind stark gestiegen, und viele Familien geben auf.",
     "Rents have fallen sharply, and many families are giving up.", "de"),
    ("Men prisene har steget, og flere har startet opp.",
     "But prices have fallen, and several have set up shop.", "nb"),
])
def test_phrasal_up_is_no_rise(src, tgt, sl):
    assert _codes(src, tgt, sl, "en", "P003")


def test_up_with_a_figure_still_a_rise():
    assert not _codes("Die Mieten sind um 5 % gestiegen.", "Rents are up 5%.", "de", "en", "P003")


# --- P003: severity in a phrase -----------------------------------------------------------
@pytest.mark.parametrize("src,tgt,sl", [
    ("대부분 경증 환자였다.", "Most of them had serious conditions.", "ko"),
    ("Die meisten hatten leichte Verletzungen.", "Most had serious injuries.", "de"),
])
def test_mild_rendered_serious_is_flagged(src, tgt, sl):
    assert _codes(src, tgt, sl, "en", "P003")


def test_serious_alone_stays_weak():
    assert not _codes("Die meisten hatten leichte Verletzungen.",
                      "Most had injuries; this is a serious matter.", "de", "en", "P003")


# --- P003: Spanish "ha ganado" ------------------------------------------------------------
@pytest.mark.parametrize("src,tgt,sl", [
    ("O clube perdeu 2000 sócios no último ano.", "El club ha ganado 2000 socios en el último año.", "pt"),
    ("The town has lost 8% of its population.", "El pueblo ha ganado el 8 % de su población.", "en"),
])
def test_spanish_ha_ganado_is_a_pole_word(src, tgt, sl):
    assert _codes(src, tgt, sl, "es", "P003")


def test_spanish_ganado_livestock_stays_masked():
    assert not _codes("The farm lost half its cattle in the drought.",
                      "La granja perdió la mitad del ganado en la sequía.", "en", "es", "P003")
