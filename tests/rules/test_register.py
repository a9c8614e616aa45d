"""S015 register-mix: a translation that addresses its reader both formally and informally."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules.register import address, forms
from mtcheck.rules.registry import get_rule

CONFIG = Config(select=["S015"])


def s015(src: str, tgt: str, sl: str, tl: str) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CONFIG) if f.code == "S015"]


@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    ("Click here to edit your profile.", "Klicken Sie hier, um dein Profil zu bearbeiten.", "en", "de", "dein"),
    ("Save your changes before you leave.", "Speichere deine Änderungen, bevor Sie gehen.", "en", "de", "Sie"),
    ("Save your changes before you leave.", "Enregistrez vos modifications avant que tu partes.", "en", "fr", "tu"),
    ("Guarde los cambios antes de salir.", "Save your changes.", "es", "en", None),  # English has no T–V
    ("Are you sure you want to delete your account?", "¿Está usted seguro de que quieres borrar tu cuenta?",
     "en", "es", "tu"),
    ("Do you want to save your file?", "Wilt u jouw bestand opslaan?", "en", "nl", "jouw"),
    ("Enter your password and confirm your e-mail.",
     "Inserisca la Sua password e poi conferma la tua e-mail.", "en", "it", "tua"),
    # Italian lower-case "lei" is "she"
    ("She said you were late.", "Lei ha detto che tu eri in ritardo.", "en", "it", None),
    ("She said you were late.", "Ha detto che lei pensava che tu fossi in ritardo.", "en", "it", None),
    # one register throughout
    ("Click here to edit your profile.", "Klicken Sie hier, um Ihr Profil zu bearbeiten.", "en", "de", None),
    ("Click here to edit your profile.", "Klicke hier, um dein Profil zu bearbeiten.", "en", "de", None),
    ("Save your changes before you leave.", "Enregistrez vos modifications avant de partir.", "en", "fr", None),
    ("Do you want to save your file?", "Wilt u uw bestand opslaan?", "en", "nl", None),
    # German "sie" (she, they) and a sentence-initial "Sie" are no form of address
    ("She said you were late.", "Sie sagte, du seist spät gewesen.", "en", "de", None),
    ("They told you so.", "Das haben sie dir gesagt.", "en", "de", None),
    # quoted speech keeps its speaker's register
    ("He said: “You are late.” Please sign in.", "Er sagte: „Du bist spät.“ Bitte melden Sie sich an.",
     "en", "de", None),
    ("Elle a dit : « Tu es en retard. » Veuillez vous connecter.",
     "She said: “You're late.” Please log in.", "fr", "en", None),
    # "Ihr habt", "Ihr Erfolg habt": the informal plural, as in an old-style letter
    ("If you succeed, it will change your lives.", "Wenn Ihr Erfolg habt, wird das Euer Leben verändern.",
     "en", "de", None),
    ("You have done well, all of you.", "Ihr habt das gut gemacht, und eure Eltern sind stolz.", "en", "de", None),
    # Dutch "u" after a figure is "uur" (hour)
    ("The shop opens at 9 and you can park.", "De winkel opent om 9 u en jij kunt parkeren.", "en", "nl", None),
])
def test_register_mix(src, tgt, sl, tl, word):
    found = s015(src, tgt, sl, tl)
    if word is None:
        assert found == [], [f.message for f in found]
    else:
        assert len(found) == 1, [f.message for f in found]
        f = found[0]
        assert f.severity.label == "minor" and f.category == "Style/Register"
        assert f.text == word


def test_a_source_that_mixes_both_is_left_alone():
    # a form letter quoting a child's note: the source itself switches
    src = "Liebe Frau Meier, Ihr Sohn schrieb: du bist die Beste. Wir danken Ihnen."
    tgt = "Chère Madame Meier, votre fils a écrit : tu es la meilleure. Nous vous remercions."
    assert s015(src, tgt, "de", "fr") == []
    assert s015("Dear Mrs Meier, your son wrote: you are the best. We thank you.", tgt, "en", "fr")


def test_article_mode_flags_the_minority_register():
    src = ("Open the settings. Choose your language. Save your changes. Restart the app.")
    tgt = ("Öffnen Sie die Einstellungen. Wählen Sie Ihre Sprache. Speichere deine Änderungen. "
           "Starten Sie die App neu.")
    found = s015(src, tgt, "en", "de")
    assert [f.text for f in found] == ["deine"]
    assert "formal (“Sie”, 4×)" in found[0].message


def test_a_tie_flags_the_register_the_text_turns_to():
    found = s015("Open your account. Then close your account.",
                 "Öffnen Sie das Konto. Schliesse dann dein Konto.", "en", "de")
    assert [f.message.split("”")[0].lstrip("“") for f in found] == ["dein"]


def test_languages_without_a_table_are_not_checked():
    assert forms("en") is None and forms("xx") is None and address("You and thou.", "en") == []
    assert forms("de").formal_capitalised and not forms("fr").formal_capitalised
    assert forms("de-CH") == forms("de")


def test_documented_examples():
    r = get_rule("S015")
    assert s015(*r.fail, "en", "de") and not s015(*r.ok, "en", "de")


def test_house_style_option_flags_every_form_of_the_other_register():
    informal = Config(select=["S015"], options={"S015": {"register": "formal"}})
    tgt = "Klicke hier, um dein Profil zu bearbeiten."
    found = mtcheck.check_pair("Click here to edit your profile.", tgt, "en", "de", config=informal)
    assert [f.text for f in found] == ["dein"] and "house style is formal" in found[0].message
    assert s015("Click here to edit your profile.", tgt, "en", "de") == []  # no mix, no house style
    fr = Config(select=["S015"], options={"S015": {"register": "informal"}})
    found = mtcheck.check_pair("Save your changes.", "Enregistrez vos modifications.", "en", "fr", config=fr)
    assert [f.text for f in found] == ["vos"]
    ok = mtcheck.check_pair("Save your changes.", "Enregistre tes modifications.", "en", "fr", config=fr)
    assert ok == []
