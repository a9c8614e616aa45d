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
