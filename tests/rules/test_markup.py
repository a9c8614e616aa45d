"""Markup rules M001 (placeholders) and M002 (inline tags), on single pairs and an article."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Alignment, Bead, Document, Paragraph, Segment
from mtcheck.rules import CheckContext, get_rule, run_rules
from mtcheck.rules.markup import addresses, loose_pattern, placeholders, tags


def flagged(code: str, src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=[code])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == code]


# (code, source, target, source lang, target lang, flagged text or None, words in the message)
CASES = [
    # M001: translated, re-cased, spaced, dropped, added, reordered
    ("M001", "Delete {count} files?", "{Anzahl} Dateien löschen?", "en", "de", "{Anzahl}", "translated"),
    ("M001", "Supprimer {count} fichiers ?", "Delete {number} files?", "fr", "en", "{number}", "translated"),
    ("M001", "Delete {count} files?", "{Count} Dateien löschen?", "en", "de", "{Count}", "case changed"),
    ("M001", "%s of %d items", "% s sur %d éléments", "en", "fr", "% s", "spaces inserted"),
    ("M001", "%s von %d Elementen", "% s of %d items", "de", "en", "% s", "spaces inserted"),
    ("M001", "%(name)s sent %(n)d messages", "%(nom)s a envoyé %(n)d messages", "en", "fr", "%(nom)s",
     "translated"),
    ("M001", "Hello {{ user }}, welcome!", "Hallo {{ Benutzer }}, willkommen!", "en", "de", "{{ Benutzer }}",
     "translated"),
    ("M001", "Total: ${amount}", "Total : ${montant}", "en", "fr", "${montant}", "translated"),
    ("M001", "Delete {count} files?", "Dateien löschen?", "en", "de", "Dateien löschen?", "missing"),
    ("M001", "Fichier {0} enregistré.", "File saved.", "fr", "en", "File saved.", "missing"),
    ("M001", "File saved.", "Datei {0} gespeichert.", "en", "de", "{0}", "not in the source"),
    ("M001", "%s of %d items", "%d sur %s éléments", "en", "fr", "%d sur %s éléments", "reordered"),
    ("M001", "Seite %1 von %2", "Page %1 of %", "de", "en", "Page %1 of %", "missing"),
    ("M001", "You have {count, plural, one {# file} other {# files}}",
     "Vous avez {nombre, plural, one {# fichier} other {# fichiers}}", "en", "fr", "{nombre, plural", "translated"),
    # M001: passes
    ("M001", "Delete {count} files?", "{count} Dateien löschen?", "en", "de", None, None),
    ("M001", "%1$s of %2$d items", "%2$d éléments sur %1$s", "en", "fr", None, None),  # numbered: may move
    ("M001", "Hello {{ user }}", "Bonjour {{user}}", "en", "fr", None, None),  # spacing inside {{ }} is free
    ("M001", "You have {count, plural, one {# file} other {# files}}",
     "Sie haben {count, plural, one {# Datei} other {# Dateien}}", "en", "de", None, None),  # sub-messages
    ("M001", "Die Zahl stieg um 50 % des Vorjahres, 100%ig sicher.",
     "The number rose by 50% of last year's, 100% certain.", "de", "en", None, None),  # prose percent signs
    ("M001", "Le taux est passé à 5 % dès lundi.", "Die Rate stieg ab Montag auf 5 % des Werts.", "fr", "de",
     None, None),
    ("M001", "100%% sure: %s", "Zu 100%% sicher: %s", "en", "de", None, None),  # %% is an escaped percent
    # a named placeholder may be said fewer times; an unnumbered one may not
    ("M001", "The {name} was added. Add another {name}.", "{name} wurde hinzugefügt; weitere folgen.", "en",
     "de", None, None),
    ("M001", "%s added %s", "%s a ajouté", "en", "fr", "%s a ajouté", "missing"),
    # M002: broken, dropped, changed link, wrong nesting
    ("M002", "Click <b>Save</b> to continue.", "Klicken Sie auf <b>Speichern< /b>, um fortzufahren.", "en", "de",
     "< /b>", "spaces inserted"),
    ("M002", "Cliquez sur <b>Enregistrer</b>.", "Click <b>Save.", "fr", "en", "Click <b>Save.", "missing"),
    ("M002", "See <a href=\"https://example.org/help\">the guide</a>.",
     "Voir <a href=\"https://example.org/aide\">le guide</a>.", "en", "fr", "<a href=\"https://example.org/aide\">",
     "changed"),
    ("M002", "See <a href=\"https://example.org/en/help\">the guide</a>.",
     "Voir <a href=\"https://example.org/fr/help\">le guide</a>.", "en", "fr",
     "<a href=\"https://example.org/fr/help\">", "another language"),  # localised link: minor
    ("M002", "Click <b>Save</b> to continue.", "Klicken Sie auf </b>Speichern<b>, um fortzufahren.", "en", "de",
     "</b>", "nests"),
    ("M002", "Line one", "Première ligne<br/>", "en", "fr", "<br/>", "added by the translation"),
    ("M002", "the 1st", "le 1<sup>er</sup>", "en", "fr", "<sup>er</sup>", "added by the translation"),
    ("M002", "Save now", "Jetzt speichern</b>", "en", "de", "</b>", "not in the source"),
    # M003: addresses changed, spaced, dropped
    ("M003", "See https://example.org/help for details.", "Siehe https://example.org/hilfe für Details.", "en",
     "de", "https://example.org/hilfe", "translated"),
    ("M003", "Écrivez à aide@exemple.fr.", "Write to help@exemple.fr.", "fr", "en", "help@exemple.fr", "translated"),
    ("M003", "Mehr auf www.admin.ch.", "More at www. admin. ch.", "de", "en", "www. admin. ch", "spaces inserted"),
    ("M003", "He wrote (@cityhall).", "Il a écrit (@ cityhall).", "en", "fr", "@ cityhall", "spaces inserted"),
    ("M003", "Use --force to overwrite.", "Verwenden Sie --kraft zum Überschreiben.", "en", "de", "--kraft",
     "translated"),
    ("M003", "Open the file /etc/hosts.", "Öffnen Sie die Datei /etc/gastgeber.", "en", "de", "/etc/gastgeber",
     "translated"),
    ("M003", "Mehr auf www.admin.ch/de/start.", "More at www.admin.ch/en/start.", "de", "en",
     "www.admin.ch/en/start", "another language"),
    ("M003", "See https://example.org/help for details.", "Siehe die Hilfe für Details.", "en", "de",
     "Siehe die Hilfe für Details.", "missing"),
    # M003: passes (a dash is no option, punctuation after an address is the sentence's)
    ("M003", "Write to help@example.org.", "Schreiben Sie an help@example.org.", "en", "de", None, None),
    ("M003", "The theory (a bold one)--one that failed.", "Die Theorie (eine kühne) – eine, die scheiterte.",
     "en", "de", None, None),
    ("M003", "Der Wagen fuhr 5 km/h und/oder 3/4.", "The car went 5 km/h and/or 3/4.", "de", "en", None, None),
    ("M003", "Letters, digits and @/./+/-/_ only.", "Lettres, chiffres et @/./+/-/_ uniquement.", "en", "fr",
     None, None),
    # M004: edges of a software string
    ("M004", "Name: ", "Nom :", "en", "fr", ":", "the translation does not"),
    ("M004", "Gespeichert", "Saved ", "de", "en", " ", "the source does not have"),
    ("M004", "Line one\nLine two", "Ligne un Ligne deux", "en", "fr", "Ligne un Ligne deux", "line break"),
    ("M004", "Name: ", "Nom : ", "en", "fr", None, None),
    ("M004", ":", "\u00a0:", "en", "fr", None, None),  # French typography, not an edge slip
    ("M004", "Line one\nLine two", "Zeile eins\nZeile zwei", "en", "de", None, None),
    # M005: keyboard accelerators of UI strings
    ("M005", "&Save as…", "Speichern unter…", "en", "de", "Speichern unter…", "missing"),
    ("M005", "&Enregistrer sous…", "& Save as…", "fr", "en", "& S", "cut off"),
    ("M005", "Save &As", "&Speichern &unter", "en", "de", "&u", "twice"),
    ("M005", "_File", "Datei", "en", "de", "Datei", "missing"),
    ("M005", "&Save as…", "&Speichern unter…", "en", "de", None, None),
    ("M005", "_Fichier", "_File", "fr", "en", None, None),
    ("M005", "AT&T and R&D", "AT&T und F&E", "en", "de", None, None),  # no accelerators
    ("M005", "Procter & Gamble &amp; co", "Procter & Gamble &amp; Co", "en", "de", None, None),
    # M002: passes
    ("M002", "Click <b>Save</b> to continue.", "Klicken Sie auf <b>Speichern</b>, um fortzufahren.", "en", "de",
     None, None),
    ("M002", "See <a href=\"/help\" title=\"Help\">the guide</a>.",
     "Voir <a title=\"Aide\" href=\"/help\">le guide</a>.", "en", "fr", None, None),  # title is translated
    ("M002", "Wenn a < b und b > c gilt, folgt nichts.", "If a < b and b > c, nothing follows.", "de", "en",
     None, None),  # comparison signs are no tags
    ("M002", "<i>Le Monde</i> a écrit <b>ceci</b>.", "<b>This</b> was written by <i>Le Monde</i>.", "fr", "en",
     None, None),  # tags may move as whole pairs
]


@pytest.mark.parametrize("code,src,tgt,sl,tl,expect,words", CASES)
def test_markup_cases(code, src, tgt, sl, tl, expect, words):
    fs = flagged(code, src, tgt, sl, tl)
    if expect is None:
        assert fs == [], [f.message for f in fs]
        return
    assert len(fs) == 1, [f.message for f in fs]
    assert fs[0].text == expect
    assert words in fs[0].message


def test_added_formatting_and_localised_links_are_minor():
    f = flagged("M002", "the 1st", "le 1<sup>er</sup>", "en", "fr")[0]
    assert f.severity.label == "minor"
    f = flagged("M002", '<a href="/en/help">Help</a>', '<a href="/de/help">Hilfe</a>', "en", "de")[0]
    assert f.severity.label == "minor"
    f = flagged("M002", '<a href="/help">Help</a>', '<a href="/hilfe">Hilfe</a>', "en", "de")[0]
    assert f.severity.label == "major"


def test_suggestion_is_the_source_form():
    f = flagged("M001", "Delete {count} files?", "{ count } Dateien löschen?", "en", "de")[0]
    assert f.suggestion == "{count}"
    assert f.severity.label == "major"


def test_placeholder_syntaxes():
    text = "%s %5.2f %1$s %(name)s {0} {name:>8} {} %{ruby} {{ jinja }} ${js} %1 %@"
    assert [t.kind for t in placeholders(text)] == [
        "printf", "printf", "printf", "python", "brace", "brace", "brace", "brace", "double", "dollar", "qt",
        "printf"]
    # prose: percent signs, a German "%ig", a comparison
    assert placeholders("um 50 % des Werts, 100%ig, 20% discount, 5%.") == []


def test_tag_keys_keep_addresses_not_words():
    a, b = tags('<a href="/x" title="Help">'), tags('<a title="Hilfe" href="/x">')
    assert a[0].key == b[0].key == '<a href="/x">'
    assert [t.kind for t in tags("<p>x<br>y</p><img src='a.png'/>")] == ["open", "empty", "close", "empty"]


def test_loose_pattern_allows_spaces_and_case():
    assert loose_pattern("%(name)s").search("%( Name ) s")
    assert not loose_pattern("%s").search("50 % sind")  # a word goes on: not a placeholder


def test_address_severities_and_suggestion():
    f = flagged("M003", "Write to help@example.org.", "Schreiben Sie an hilfe@example.org.", "en", "de")[0]
    assert (f.severity.label, f.suggestion) == ("major", "help@example.org")
    f = flagged("M003", "See https://example.org/help.", "Siehe die Hilfe.", "en", "de")[0]
    assert f.severity.label == "minor"  # a dropped address may be paraphrased


def test_rules_need_a_source_and_are_documented():
    for code in ("M001", "M002", "M003", "M004", "M005"):
        r = get_rule(code)
        assert r.needs_source and r.category.startswith("Markup/" if code != "M003" else "Accuracy/")
        if code == "M004":
            continue  # its examples are strings whose edges matter: tested above
        src, tgt = r.fail
        assert flagged(code, src, tgt, "en", "de"), code
        src, tgt = r.ok
        assert not flagged(code, src, tgt, "en", "de"), code


def test_edge_whitespace_is_pair_mode_only():
    """An article's sentences are cut from running text: their edges mean nothing."""
    src_text = "Open the file. Delete it."
    tgt_text = "Öffnen Sie die Datei.  Löschen Sie sie. "
    from mtcheck.model import Paragraph as P
    s = Document(path="s.txt", lang="en", role="source", text=src_text, raw=src_text)
    t = Document(path="t.txt", lang="de", role="target", text=tgt_text, raw=tgt_text)
    s.paragraphs, t.paragraphs = [P(0, "body", 0, len(src_text))], [P(0, "body", 0, len(tgt_text))]
    s.segments = [Segment(0, 0, "body", 0, 14, src_text[:14]), Segment(1, 0, "body", 15, 25, src_text[15:])]
    t.segments = [Segment(0, 0, "body", 0, 21, tgt_text[:21]), Segment(1, 0, "body", 23, 39, tgt_text[23:39])]
    al = Alignment(s.path, t.path, [Bead([0], [0]), Bead([1], [1])], method="test")
    assert run_rules(CheckContext(t, s, (), {t.path: al}), [get_rule("M004")], {}) == []


def test_article_bead_offsets():
    """In a two-sentence article the finding points into the second sentence's text."""
    src_text = "Open the file. Delete {count} files?"
    tgt_text = "Öffnen Sie die Datei. {Anzahl} Dateien löschen?"

    def doc(text, lang, role, path, cut):
        d = Document(path=path, lang=lang, role=role, text=text, raw=text)
        d.paragraphs = [Paragraph(0, "body", 0, len(text))]
        d.segments = [Segment(0, 0, "body", 0, cut, text[:cut]),
                      Segment(1, 0, "body", cut + 1, len(text), text[cut + 1:])]
        return d

    src = doc(src_text, "en", "source", "s.txt", src_text.index(" Delete"))
    tgt = doc(tgt_text, "de", "target", "t.txt", tgt_text.index(" {Anzahl}"))
    al = Alignment(src.path, tgt.path, [Bead([0], [0]), Bead([1], [1])], method="test")
    ctx = CheckContext(tgt, src, (), {tgt.path: al})
    fs = run_rules(ctx, [get_rule("M001")], {})
    assert [f.text for f in fs] == ["{Anzahl}"]
    assert fs[0].bead == 1


def test_a_missing_space_after_a_full_stop_is_no_domain():
    assert [a.text for a in addresses("Er blieb in Deutschland.Es war kalt.")] == []
    assert [a.text for a in addresses("reported NOLA.com. Then")] == ["NOLA.com"]


def test_house_placeholder_syntax_from_config():
    cfg = Config(select=["M001"], options={"M001": {"patterns": [r"\[\[\w+\]\]", r"(?<!\w):\w+"]}})
    fs = mtcheck.check_pair("Hello [[name]]", "Hallo [[Name]]", "en", "de", config=cfg)
    assert [f.text for f in fs] == ["[[Name]]"]
    fs = mtcheck.check_pair("Delete :count files?", "Supprimer :nombre fichiers ?", "en", "fr", config=cfg)
    assert [f.suggestion for f in fs] == [":count"]
    assert mtcheck.check_pair("Hello [[name]]", "Hallo [[name]]", "en", "de", config=cfg) == []
    # without the option "[[Name]]" is just text
    assert mtcheck.check_pair("Hello [[name]]", "Hallo [[Name]]", "en", "de", config=Config(select=["M001"])) == []
    from mtcheck.errors import ConfigError
    with pytest.raises(ConfigError, match="not a regular expression"):
        mtcheck.check_pair("a", "b", "en", "de", config=Config(select=["M001"], options={"M001": {"patterns": ["[x"]}}))


# M006 escaped-text: entities and escape sequences written out
@pytest.mark.parametrize("sl,tl,src,tgt,text,suggestion", [
    ("de", "en", "Er arbeitet bei Smith & Sons.", "He works at Smith &amp; Sons.", "&amp;", "&"),
    ("en", "fr", "It's Tom's house.", "C&#39;est la maison de Tom.", "&#39;", "'"),
    ("en", "de", "It's Tom's house.", "Das ist Toms Haus&#x21;", "&#x21;", "!"),
    ("de", "en", "Zeile eins. Zeile zwei.", "Line one.\\nLine two.", "\\n", None),
    ("en", "fr", "A summer night.", "Une nuit d\\u00e9t\\u00e9.", "\\u00e9", "é"),
    # a character outside the BMP written as two UTF-16 halves is one finding, one character
    ("de", "en", "Er lachte.", "He laughed \\ud83d\\ude00.", "\\ud83d\\ude00", "\U0001F600"),
])
def test_escaped_text_is_found(sl, tl, src, tgt, text, suggestion):
    found = flagged("M006", src, tgt, sl, tl)
    assert found and found[0].text == text, [(f.text, f.message) for f in found]
    assert found[0].suggestion == suggestion
    assert found[0].severity.label == "minor"


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Er arbeitet bei Smith & Sons.", "He works at Smith & Sons."),
    # the source carries the same escape: a software string that means it
    ("en", "de", "Line one\\nLine two", "Zeile eins\\nZeile zwei"),
    ("en", "de", "Tom &amp; Jerry", "Tom &amp; Jerry"),
    # a Windows path and an unknown "entity" are no escapes
    ("de", "en", "Speichern Sie in C:\\data\\n2024.", "Save it in C:\\data\\n2024."),
    ("de", "en", "Speichern Sie die Datei n1 auf Laufwerk D.", "Save file n1 on drive D (D:\\n1)."),
    ("de", "en", "Die Firma AT&T; und andere.", "The company AT&T; and others."),
    ("de", "en", "Preis: 5 & 6 Franken.", "Price: 5 & 6 francs."),
])
def test_escaped_text_passes(sl, tl, src, tgt):
    assert flagged("M006", src, tgt, sl, tl) == []


def test_escaped_text_in_an_html_article_is_a_double_escape(tmp_path):
    """The HTML loader decodes entities once: what still reads "&amp;" was escaped twice."""
    src = tmp_path / "source.de.html"
    tgt = tmp_path / "article.en.html"
    src.write_text("<html><body><p>Er arbeitet bei Smith &amp; Sons.</p></body></html>", encoding="utf-8")
    raw = "<html><body><p>He works at Smith &amp;amp; Sons.</p></body></html>"
    tgt.write_text(raw, encoding="utf-8")
    rep = mtcheck.compare(str(tgt), str(src), semantic=False, source_lang="de", target_lang="en")
    fs = [f for f in rep.findings if f.code == "M006"]
    assert [f.text for f in fs] == ["&amp;amp;"]
    assert raw[fs[0].span[0]:fs[0].span[1]] == "&amp;amp;"


def test_a_lone_surrogate_escape_is_reported_without_a_broken_suggestion():
    """Half a surrogate pair is no character: no suggestion, and the JSON report (UTF-8)
    can still be written."""
    import json
    found = flagged("M006", "Er lachte.", "He laughed \\ud83d.", "de", "en")
    assert found and found[0].suggestion is None and "half of a UTF-16 surrogate" in found[0].message
    json.dumps([f.message for f in found], ensure_ascii=False).encode("utf-8")


def test_apple_object_placeholder_alone_is_checked():
    """"%@" (Objective-C/Swift format strings) is a placeholder on its own, not only with a
    position ("%1$@"): dropping or spacing it breaks the string."""
    assert [f.message for f in flagged("M001", "Saved %@ items", "elementos guardados", "en", "es")]
    assert flagged("M001", "Delete %@?", "%@ löschen?", "en", "de") == []
    got = flagged("M001", "Delete %@?", "Supprimer % @ ?", "en", "fr")
    assert [f.text for f in got] == ["% @"]
    assert [t.text for t in placeholders("Sent by %@ at %@")] == ["%@", "%@"]


@pytest.mark.parametrize("src, tgt, sl, tl", [
    ("Les prix augmenteront de 5 %d'ici 2030.", "Prices will rise by 5% by 2030.", "fr", "en"),
    ("Il calo è del 3%d'altra parte.", "The drop is 3%, on the other hand.", "it", "en"),
    ("Prices will rise by 5% by 2030.", "Les prix augmenteront de 5 %d'ici 2030.", "en", "fr"),
])
def test_percent_glued_to_an_elided_word_is_no_placeholder(src, tgt, sl, tl):
    """A figure's percent sign with an elided word glued to it ("5 %d'ici") is prose that
    lost a space, not a printf conversion: no placeholder, no major finding."""
    assert flagged("M001", src, tgt, sl, tl) == []
    assert placeholders("de 5 %d'ici 2030") == []
    # a real conversion before an English possessive stays one
    assert [t.text for t in placeholders("%s's files")] == ["%s"]
