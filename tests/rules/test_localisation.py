"""Software strings (PO, XLIFF): placeholders, tags and identifiers are not words of a
language, not content for a length ratio, and calendar abbreviations are not names.
Examples written for mtcheck in the shape of UI catalogues."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules.language import _clean


def codes(src: str, tgt: str, sl: str, tl: str) -> set[str]:
    return {f.code for f in mtcheck.check_pair(src, tgt, sl, tl)}


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "No %(verbose_name_plural)s available", "Keine %(verbose_name_plural)s verfügbar"),
    ("en", "fr", "Future %(verbose_name_plural)s not available because %(class_name)s.allow_future is False.",
     "Pas de %(verbose_name_plural)s futur disponible car %(class_name)s.allow_future vaut False."),
    ("en", "es", "%(datetime)s couldn’t be interpreted in time zone %(current_timezone)s; it may be ambiguous.",
     "%(datetime)s no pudo ser interpretado en la zona horaria %(current_timezone)s; puede ser ambiguo."),
    ("en", "de", "Click <strong>{button_label}</strong> to continue with {item_count} items.",
     "Klicken Sie auf <strong>{button_label}</strong>, um mit {item_count} Elementen fortzufahren."),
])
def test_placeholder_names_are_no_untranslated_english(sl, tl, src, tgt):
    assert not codes(src, tgt, sl, tl) & {"L001", "L002"}


def test_placeholders_are_no_gloss_and_no_content_for_the_length_ratio():
    src = ("Ensure this value is a multiple of step size %(limit_value)s, starting from %(offset)s, "
           "e.g. %(offset)s, %(valid_value1)s, %(valid_value2)s, and so on.")
    tgt = ("Dieser Wert muss ein Vielfaches von %(limit_value)s sein und bei %(offset)s beginnen, z.B. "
           "%(offset)s, %(valid_value1)s, %(valid_value2)s, und so weiter.")
    assert not codes(src, tgt, "en", "de") & {"C001", "C002", "C003"}
    # the same sentence with its second half really dropped is still an omission
    assert "C001" in codes(src, "Dieser Wert muss ein Vielfaches sein.", "en", "de")


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "Mon", "Mo"), ("en", "de", "Tue", "Di"), ("en", "de", "Fri", "Fr"),
    ("en", "fr", "Opens Thu, Feb 4", "Ouvre jeu. 4 févr."),
])
def test_calendar_abbreviations_are_no_names(sl, tl, src, tgt):
    assert not codes(src, tgt, sl, tl) & {"N003", "N004", "N005"}


def test_clean_keeps_offsets():
    text = "Hi %(user_name)s, see <a href='/x'>this</a> and {count} more_items."
    out = _clean(text)
    assert len(out) == len(text)
    assert "user_name" not in out and "href" not in out and "count" not in out and "more_items" not in out
    assert out.index("see") == text.index("see") and "this" in out


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "{}th", "{}."),  # a German ordinal says it with the placeholder alone
    ("en", "es", "Added {name} “{object}”.", "Agregado {name} “{object}”."),
    ("en", "es", "Deleted {name} “{object}”.", "Eliminado {name} “{object}”."),
])
def test_placeholders_are_content_and_no_source_words(sl, tl, src, tgt):
    assert not codes(src, tgt, sl, tl) & {"C004", "X001"}


def test_an_empty_translation_of_a_placeholder_string_is_still_empty():
    assert "C004" in codes("Added {name}.", ".", "en", "de")


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "es", "Example: “/about/contact”. Make sure to have a leading slash.",
     "Ejemplo: “/about/contact”. Asegúrese de tener una barra al principio."),
    ("en", "de", "Run it with --dry-run first.", "Führen Sie es zuerst mit --dry-run aus."),
])
def test_paths_and_options_are_no_untranslated_english(sl, tl, src, tgt):
    assert not codes(src, tgt, sl, tl) & {"L001", "L002"}


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "fr", "Azerbaijani", "Azéri"), ("en", "es", "Galician", "Gallego"),
    ("en", "de", "Lower Sorbian", "Niedersorbisch"), ("en", "it", "Ossetic", "Osseto"),
    ("de", "en", "Sie spricht Suaheli und Amharisch.", "She speaks Swahili and Amharic."),
])
def test_language_names_are_translated_not_missing(sl, tl, src, tgt):
    assert not codes(src, tgt, sl, tl) & {"N003", "N004"}


# -- UI labels (session 5: resource files) -----------------------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "Browse Files", "Dateien durchsuchen"),  # title-cased label words
    ("en", "el", "Change Tool", "Αλλαγή Εργαλείου"),
    ("en", "el", "Rename Thread", "Μετονομασία Νήματος"),  # Greek title case, small word list
    ("en", "es", "Debug", "Depuración"),  # a one-word label, capitalised as any label is
    ("en", "it", "Logout", "Disconnettiti"),
    ("en", "nl", "Readme", "Leesmij"),
    ("en", "ja", "API Keys", "APIキー"),  # a Latin name written against kana is kept
    ("en", "zh", "The redirect URI is not matching the app configuration", "重新导向URI与应用程序设置不符"),
    ("en", "da", "The redirect URI is not valid", "Omdirigerings-URI'en er ikke gyldig"),
])
def test_ui_labels_are_no_names(sl, tl, src, tgt):
    assert not codes(src, tgt, sl, tl) & {"N003", "N004", "N005"}


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "ja", "API Keys", "キー"),  # the acronym really dropped
    ("en", "de", "Invite Bukowski", "Einladen"),  # an unknown word in a label is still a name
])
def test_names_in_labels_still_checked(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl) & {"N003", "N004"}


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "ja", "This will clear your current chat history. Are you sure you want to continue?",
     "現在のチャット履歴がクリアされます。続行しますか？"),
    ("en", "zh", "To confirm your identity, sign in with the same account you used originally.",
     "为确认您的身份，请使用您最初使用的同一帐户登录。"),
    ("en", "ko", "Try signing in with a different account", "다른 계정으로 로그인해보세요"),
])
def test_scripts_that_pack_words_are_no_omissions(sl, tl, src, tgt):
    assert not codes(src, tgt, sl, tl) & {"C001", "C003"}


def test_a_real_cut_in_japanese_is_still_an_omission():
    src = "This will delete the thread as well as its messages and elements. This action cannot be undone."
    assert "C001" in codes(src, "スレッドを削除します", "en", "ja")


def test_label_translating_a_label_is_no_leaked_ui():
    assert "F003" not in codes("Home", "Startseite", "en", "de")
    assert "F003" not in codes("Show more", "Mehr anzeigen", "en", "de")
    assert "F003" in codes("The minister resigned on Monday.", "Show more", "en", "en") | \
        codes("x", "Advertisement", "de", "en")


def test_source_spacing_carried_over_is_no_double_space():
    assert "S005" not in codes("  two  spaces  ", "  zwei  Leerzeichen  ", "en", "de")
    assert "S005" in codes("one space here", "ein  Leerzeichen hier", "en", "de")


@pytest.mark.parametrize("tl,src,tgt", [
    ("da", "Confirm deletion", "Bekræft sletning"),  # correct Danish, rare in the small list
    ("el", "Add a comment", "Προσθήκη σχολίου"),
])
def test_no_spelling_verdict_without_a_large_word_list(tl, src, tgt):
    assert "S006" not in codes(src, tgt, "en", tl)


def test_a_pictograph_for_a_one_word_label_is_not_empty():
    assert "C004" not in codes("Readme", "📖", "en", "da")
    assert "C004" in codes("The government announced new measures on Monday.", "📖", "en", "da")


# -- ICU MessageFormat -----------------------------------------------------------------------
ICU_SRC = "Select { count } { count, plural, one { question } other { questions }} to continue"


def test_icu_syntax_is_no_english_and_no_copy():
    tgt = "Sélectionner { count } { count, plural, one { question } other { questions }} pour continuer"
    assert not codes(ICU_SRC, tgt, "en", "fr") & {"L001", "L002", "X001", "S005"}
    tgt = "Wählen Sie { count } { count, plural, one { Frage } other { Fragen }} aus, um fortzufahren"
    assert not codes(ICU_SRC, tgt, "en", "de") & {"L001", "L002", "X001"}


def test_a_plural_form_left_in_english_is_still_found():
    src = "{count, number} {count, plural, one {question selected} other {questions selected}}"
    tgt = "{count, number} {count, plural, one {question selected} other {Fragen ausgewählt}}"
    found = mtcheck.check_pair(src, tgt, "en", "de")
    hits = [f for f in found if f.code in ("L002", "X001")]
    assert hits
    assert all("plural" not in f.text and "count" not in f.text for f in hits if f.code == "L002")


def test_clean_blanks_icu_syntax_but_keeps_sub_messages():
    text = "{n, select, male {He {k, plural, one {# file} other {# files}}} other {They}} said"
    out = _clean(text)
    assert len(out) == len(text)
    assert "select" not in out and "plural" not in out and "male" not in out
    assert out.split() == ["He", "#", "file", "#", "files", "They", "said"]
    # a one-word sub-message is text, a spaced simple argument is syntax
    assert _clean(ICU_SRC).split() == ["Select", "question", "questions", "to", "continue"]


def test_more_plural_forms_are_no_addition():
    src = "{count, plural, one {Learner enrolled} other {Learners enrolled}}"
    tgt = ("{count, plural, zero {} one {متعلم تم إدراجه} two {متعلمان تم إدراجهما} "
           "few {متعلمين تم إدراجهم} many {متعلماً تم إدراجه} other {متعلم تم إدراجهم}}")
    assert not codes(src, tgt, "en", "ar") & {"C002", "C003"}


# -- names written in the target's script ---------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("uk", "Увійти до Колібрі"),
    ("ru", "Войти в Колибри"),
    ("ar", "تسجيل الدخول إلى كوليبري"),
    ("he", "התחבר לקוליברי"),
    ("el", "Σύνδεση στο Κολίμπρι"),
    ("hi", "कोलिब्री में साइन इन करें"),  # Indic scripts share one layout
    ("ta", "கொலிப்ரியில் உள்நுழைக"),
    ("ka", "შესვლა კოლიბრიში"),
])
def test_a_name_transcribed_into_another_script_is_present(tl, tgt):
    assert not codes("Sign in to Kolibri", tgt, "en", tl) & {"N003", "N004"}


def test_a_name_really_missing_in_another_script_is_still_found():
    assert "N003" in codes("Trump visited Berlin on Monday.", "Трамп відвідав у понеділок.", "en", "uk")
    from mtcheck.rules._text import present_in_other_script
    assert not present_in_other_script("Kolibri", "Колумбия")  # a different name, same start
    assert not present_in_other_script("Trump", "मोदी ने कहा")


def test_a_name_in_han_script_is_only_minor():
    found = [f for f in mtcheck.check_pair("Sign in to Kolibri", "登录课励彼", "en", "zh") if f.code == "N003"]
    assert found and all(f.severity.label == "minor" for f in found)


def test_unit_symbols_are_no_names():
    assert not codes("{n, number, integer} GB", "{n, number, integer} ГБ", "en", "uk") & {"N003", "N004"}


# -- versions and quotes ---------------------------------------------------------------------
def test_a_version_number_is_no_decimal():
    assert "S007" not in codes("Requires Kolibri version 0.15 or later", "Erfordert Kolibri Version 0.15 oder höher",
                               "en", "de")
    assert "S007" not in codes("Update to 2.5.1 now", "Jetzt auf 2.5.1 aktualisieren", "en", "de")
    assert "S007" in codes("It rose by 3.5 percent", "Es stieg um 3.5 Prozent", "en", "de")


def test_chinese_quotes_after_han_characters_open():
    assert "S002" not in codes("Are you sure you want to delete '{name}'?", "您确定要删除“{name}”吗？", "en", "zh")
    assert "S002" in codes("Delete '{name}'?", "删除“{name}吗？", "en", "zh")


def test_a_third_language_is_said_only_where_language_id_knows_the_target():
    src = "Who is this man and where does he live now?"
    other = "Chi è quest uomo e dove vive adesso?"
    assert "L001" in codes(src, other, "en", "de")  # Italian in a German file
    # Fula has no frequency list and little text behind language ID, which calls it other
    # languages: only the source language left in is reported there
    assert "L001" not in codes(src, other, "en", "ff")
    assert "L001" in codes(src, src, "en", "ff")


def test_a_capital_opening_a_sentence_in_a_language_without_word_list_is_no_name_swap():
    # Swahili capitalises the first word of a sentence (or of an ICU sub-message) like any
    # language; without a word list that is no evidence of a name
    src = "{count, plural, one {Learner enrolled} other {Learners enrolled}}"
    tgt = "{count, plural, one {Mwanafunzi ameandikishwa} other {Wanafunzi wameandikishwa}}"
    assert not any(f.code == "N004" and f.severity.label != "minor"
                   for f in mtcheck.check_pair(src, tgt, "en", "sw"))
    # a capital inside the sentence still marks a name: a swapped person is critical
    found = [f for f in mtcheck.check_pair("Trump met Merkel in Berlin on Monday.",
                                           "Trump alikutana na Obama huko Berlin Jumatatu.", "en", "sw")
             if f.code == "N004"]
    assert found and found[0].severity.label == "critical"


@pytest.mark.parametrize("tl,src,tgt", [
    ("fr", "Kolibri Studio (online)", "Kolibri Studio (en ligne)"),
    ("it", "Creative Commons: attribution, non-commercial", "Creative Commons: attribuzione, non commerciale"),
])
def test_a_label_translated_around_kept_names_is_not_left_in_english(tl, src, tgt):
    assert not codes(src, tgt, "en", tl) & {"L001", "L002"}


def test_one_word_changed_is_still_english_left_in():
    assert codes("The meeting starts at noon.", "The meeting starts at midi.", "en", "fr") & {"L001", "L002"}
    assert "L001" in codes("The meeting starts at noon.", "The meeting starts at noon.", "en", "fr")
