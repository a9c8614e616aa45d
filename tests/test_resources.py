"""Monolingual resource files paired by key (mtcheck.load.resources) and
``mtcheck batch --source-file``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from mtcheck.batch import BatchOptions, run_batch
from mtcheck.cli import main as cli_main
from mtcheck.errors import InputError
from mtcheck.load.resources import ResourcePairReader, lang_from_path, read_resource


def write(p: Path, text: str, encoding: str = "utf-8") -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding=encoding)
    return p


def pairs(src: Path, tgt: Path, **kw) -> tuple[list, ResourcePairReader]:
    r = ResourcePairReader(src, tgt, detect=False, **kw)
    return list(r), r


# -- languages from the path --------------------------------------------------------------
@pytest.mark.parametrize("path, lang", [
    ("res/values-de/strings.xml", "de"),
    ("res/values-de-rCH/strings.xml", "de-ch"),
    ("res/values-b+sr+Latn/strings.xml", "sr-latn"),
    ("res/values/strings.xml", None),
    ("App/fr.lproj/Localizable.strings", "fr"),
    ("App/zh-Hans.lproj/Localizable.strings", "zh-hans"),
    ("src/messages_pt_BR.properties", "pt-br"),
    ("src/messages.properties", None),
    ("Resources/Strings.de-DE.resx", "de-de"),
    ("locales/it/common.json", "it"),
    ("locales/es.json", "es"),
    ("lib/l10n/app_fr.arb", "fr"),
    ("docs/how-to.json", None),
    ("kolibri/locale/de/LC_MESSAGES/app-messages.json", "de"),
    ("kolibri/locale/ach_UG/LC_MESSAGES/app-messages.json", "ach-ug"),  # 3 letters with a region
    ("src/app.json", None),  # 3 letters alone are no language
    ("config/settings.json", None),
])
def test_lang_from_path(path, lang):
    assert lang_from_path(path) == lang


# -- readers ---------------------------------------------------------------------------------
def test_json_nested_arrays_lines_and_non_strings(tmp_path):
    p = write(tmp_path / "en.json", '{\n  "nav": {\n    "home": "Home",\n    "about": "About us"\n  },\n'
                                    '  "count": 3,\n  "days": ["Monday", "Tuesday"],\n'
                                    '  "tricky": "a \\"quoted\\": value",\n  "last": "End"\n}\n')
    entries, lang = read_resource(p)
    got = [(e.key, e.text, e.line) for e in entries]
    assert got == [("nav.home", "Home", 3), ("nav.about", "About us", 4), ("days[0]", "Monday", 7),
                   ("days[1]", "Tuesday", 7), ("tricky", 'a "quoted": value', 8), ("last", "End", 9)]
    assert lang is None


def test_json_language_root_and_chrome_messages(tmp_path):
    rails = write(tmp_path / "a.json", '{"de": {"title": "Titel", "body": {"x": "Text"}}}')
    entries, lang = read_resource(rails)
    assert lang == "de" and [e.key for e in entries] == ["title", "body.x"]
    chrome = write(tmp_path / "messages.json", json.dumps({
        "appName": {"message": "Notes", "description": "the name"},
        "greet": {"message": "Hello $USER$", "placeholders": {"user": {"content": "$1"}}}}))
    entries, _ = read_resource(chrome)
    assert [(e.key, e.text) for e in entries] == [("appName", "Notes"), ("greet", "Hello $USER$")]


def test_arb_metadata_and_locale(tmp_path):
    p = write(tmp_path / "app.arb", json.dumps({"@@locale": "fr", "title": "Bonjour {name}",
                                                "@title": {"description": "x", "placeholders": {"name": {}}},
                                                "bye": "Salut"}))
    entries, lang = read_resource(p)
    assert lang == "fr" and [(e.key, e.text) for e in entries] == [("title", "Bonjour {name}"), ("bye", "Salut")]


def test_android_escapes_markup_plurals_arrays_and_skips(tmp_path):
    p = write(tmp_path / "values" / "strings.xml", """<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="app" translatable="false">Shop</string>
    <string name="hi">Hi <xliff:g id="user">%1$s</xliff:g>, you have <b>%2$d</b> new</string>
    <string name="cant">You can\\'t   delete \\"this\\".\\nRetry</string>
    <string name="ref">@string/hi</string>
    <string name="kept">"  two  spaces  "</string>
    <plurals name="n"><item quantity="one">%d file</item><item quantity="other">%d files</item></plurals>
    <string-array name="d"><item>Mon</item><item>Tue</item></string-array>
</resources>""")
    entries, _ = read_resource(p)
    got = {e.key: e.text for e in entries}
    assert got == {"hi": 'Hi <xliff:g id="user">%1$s</xliff:g>, you have <b>%2$d</b> new',
                   "cant": 'You can\'t delete "this".\nRetry', "kept": "  two  spaces  ",
                   "n[one]": "%d file", "n[other]": "%d files", "d[0]": "Mon", "d[1]": "Tue"}
    assert next(e.line for e in entries if e.key == "cant") == 5


def test_apple_strings_utf16_comments_escapes(tmp_path):
    p = tmp_path / "de.lproj" / "Localizable.strings"
    p.parent.mkdir()
    p.write_bytes('/* a comment */\n"hello" = "Hallo, %@!";\n// line comment\n'
                  '"quote" = "Er sagt \\"ja\\"\\n";\nplain_key = "x";\n'.encode("utf-16"))
    entries, _ = read_resource(p)
    assert [(e.key, e.text, e.line) for e in entries] == [
        ("hello", "Hallo, %@!", 2), ("quote", 'Er sagt "ja"\n', 4), ("plain_key", "x", 5)]


def test_apple_strings_malformed_names_the_line(tmp_path):
    p = write(tmp_path / "x.strings", '"a" = "b";\n"c" = ;\n')
    with pytest.raises(InputError, match="line 2"):
        read_resource(p)


def test_properties_continuations_escapes_separators(tmp_path):
    p = write(tmp_path / "m.properties", "# comment\n! also\ngreet = Hello {0},\\\n    welcome\n"
                                         "err.count: {0} errors\nkey\\ with\\ space=v\nuni=caf\\u00e9\n")
    entries, _ = read_resource(p)
    assert [(e.key, e.text, e.line) for e in entries] == [
        ("greet", "Hello {0},welcome", 3), ("err.count", "{0} errors", 5),
        ("key with space", "v", 6), ("uni", "café", 7)]


def test_resx_strings_only(tmp_path):
    p = write(tmp_path / "S.resx", """<?xml version="1.0" encoding="utf-8"?>
<root>
  <data name="Save" xml:space="preserve"><value>Save file</value><comment>button</comment></data>
  <data name="Icon" type="System.Drawing.Bitmap" mimetype="application/x-microsoft.net.object.bytearray.base64"><value>AAA=</value></data>
  <data name="&gt;&gt;btn.Type"><value>System.Windows.Forms.Button</value></data>
</root>""")
    entries, _ = read_resource(p)
    assert [(e.key, e.text) for e in entries] == [("Save", "Save file")]


def test_malformed_inputs_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="malformed JSON at line 2"):
        read_resource(write(tmp_path / "a.json", '{"a": "b",\n "c" "d"}'))
    with pytest.raises(InputError, match="malformed XML"):
        read_resource(write(tmp_path / "values" / "strings.xml", "<resources><string name='a'>x</resources>"))
    with pytest.raises(InputError, match="entities"):
        read_resource(write(tmp_path / "v2" / "strings.xml",
                            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "boom">]><resources>'
                            '<string name="a">&e;</string></resources>'))


# -- pairing -----------------------------------------------------------------------------------
def test_pairs_by_key_with_untranslated_orphans_and_plural_categories(tmp_path):
    src = write(tmp_path / "values" / "strings.xml", """<resources>
<string name="a">Open</string><string name="b">Close</string><string name="gone">Gone</string>
<plurals name="n"><item quantity="one">%d file</item><item quantity="other">%d files</item></plurals>
</resources>""")
    tgt = write(tmp_path / "values-pl" / "strings.xml", """<resources>
<string name="a">Otwórz</string><string name="b"></string><string name="typo">Zamknij</string>
<plurals name="n"><item quantity="one">%d plik</item><item quantity="few">%d pliki</item>
<item quantity="many">%d plików</item></plurals>
</resources>""")
    got, r = pairs(src, tgt, source_lang="en")
    assert [(p.id, p.source, p.target) for p in got] == [
        ("a", "Open", "Otwórz"), ("n[one]", "%d file", "%d plik"),
        ("n[few]", "%d files", "%d pliki"), ("n[many]", "%d files", "%d plików")]
    assert {p.target_lang for p in got} == {"pl"} and {p.source_lang for p in got} == {"en"}
    assert r.orphans == 1  # "typo"
    assert r.skipped == 3  # "b" empty; "gone" and n[other] missing


def test_i18next_plural_suffix_falls_back_to_other(tmp_path):
    src = write(tmp_path / "en.json", '{"item_one": "{{count}} item", "item_other": "{{count}} items"}')
    tgt = write(tmp_path / "ru.json", '{"item_one": "{{count}} элемент", "item_few": "{{count}} элемента",'
                                      ' "item_many": "{{count}} элементов"}')
    got, r = pairs(src, tgt)
    assert [(p.id, p.source) for p in got] == [("item_one", "{{count}} item"),
                                               ("item_few", "{{count}} items"),
                                               ("item_many", "{{count}} items")]
    assert r.orphans == 0


def test_mismatched_formats_refused(tmp_path):
    src = write(tmp_path / "en.json", '{"a": "b"}')
    tgt = write(tmp_path / "de.properties", "a=b\n")
    with pytest.raises(Exception, match="cannot be paired"):
        ResourcePairReader(src, tgt)


# -- batch -----------------------------------------------------------------------------------------
def _locales(tmp_path: Path) -> Path:
    d = tmp_path / "locales"
    write(d / "en.json", json.dumps({"greet": "Hello {name}!", "files": "You have 3 files",
                                     "day": "Open on Tuesday", "save": "Save", "only_en": "Only here"}))
    write(d / "de.json", json.dumps({"greet": "Hallo {Name}!", "files": "Sie haben 5 Dateien",
                                     "day": "Geöffnet am Dienstag", "save": "Speichern", "extra": "Übrig"}))
    write(d / "fr.json", json.dumps({"greet": "Bonjour {name} !", "files": "Vous avez 3 fichiers",
                                     "day": "Ouvert le jeudi", "save": "Enregistrer"}))
    return d


def test_batch_source_file_checks_each_translation(tmp_path):
    d = _locales(tmp_path)
    out = tmp_path / "out.jsonl"
    inputs = sorted(str(p) for p in d.glob("*.json"))  # en.json itself among them: skipped
    res = run_batch(BatchOptions(inputs=inputs, source_file=str(d / "en.json"), jobs=1,
                                 output=str(out), quiet=True))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = {(Path(r["input"]).name, r["id"], r["code"]) for r in rows}
    assert ("de.json", "greet", "M001") in got  # {name} → {Name}
    assert ("de.json", "files", "D001") in got  # 3 → 5
    assert ("fr.json", "day", "D003") in got  # Tuesday → jeudi
    assert not any(name == "en.json" for name, _, _ in got)
    assert not any(i == "save" for _, i, _ in got)
    s = res.summary
    assert s["pairs"] == 8
    assert s["keys_not_in_source"] == {str(d / "de.json"): 1}
    assert s["units_without_translation"] == {str(d / "de.json"): 1, str(d / "fr.json"): 1}
    assert res.exit_code == 1


def test_batch_cli_resource_without_source_file_is_exit_2(tmp_path, capsys):
    d = _locales(tmp_path)
    rc = cli_main(["batch", str(d / "de.json")])
    err = capsys.readouterr().err
    assert rc == 2 and "--source-file" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_batch_cli_source_file_only_input_is_exit_2(tmp_path, capsys):
    d = _locales(tmp_path)
    rc = cli_main(["batch", str(d / "en.json"), "--source-file", str(d / "en.json")])
    assert rc == 2 and "translated files" in capsys.readouterr().err


def test_batch_never_overwrites_the_source_file(tmp_path, capsys):
    d = _locales(tmp_path)
    before = (d / "en.json").read_bytes()
    rc = cli_main(["batch", str(d / "de.json"), "--source-file", str(d / "en.json"), "-o", str(d / "en.json")])
    assert rc == 2 and (d / "en.json").read_bytes() == before


def test_inconsistency_is_per_target_language_tag(tmp_path):
    d = tmp_path / "l"
    write(d / "en.json", json.dumps({"a": "New chat", "b": "New chat"}))
    write(d / "zh-CN.json", json.dumps({"a": "新建对话", "b": "新建对话"}))
    write(d / "zh-TW.json", json.dumps({"a": "新建對話", "b": "新建對話"}))
    res = run_batch(BatchOptions(inputs=[str(d / "zh-CN.json"), str(d / "zh-TW.json")],
                                 source_file=str(d / "en.json"), jobs=1, quiet=True),
                    stdout=io.StringIO())
    assert res.summary["inconsistent_translations"]["sources"] == 0
    write(d / "zh-TW.json", json.dumps({"a": "新建對話", "b": "新建对话"}))
    res = run_batch(BatchOptions(inputs=[str(d / "zh-TW.json")], source_file=str(d / "en.json"),
                                 jobs=1, quiet=True), stdout=io.StringIO())
    assert res.summary["inconsistent_translations"]["sources"] == 1


def test_batch_android_strings_without_source_file_is_exit_2(tmp_path, capsys):
    p = write(tmp_path / "values-de" / "strings.xml", '<resources><string name="a">Hallo</string></resources>')
    rc = cli_main(["batch", str(p)])
    err = capsys.readouterr().err
    assert rc == 2 and "--source-file" in err and len(err.strip().splitlines()) == 1


# -- YAML (Rails, Symfony) -----------------------------------------------------------------------
RAILS_EN = """en:
  defaults: &defaults
    save: "Save"
  hello: "Hello %{name}"
  count: 3
  enabled: yes
  items:
    one: "%{count} item"
    other: "%{count} items"
  days: [Monday, Tuesday]
  form:
    <<: *defaults
    title: |
      Edit your profile
"""


def test_yaml_rails_root_nesting_merge_keys_and_non_strings(tmp_path):
    entries, lang = read_resource(write(tmp_path / "en.yml", RAILS_EN))
    assert lang == "en"
    assert [(e.key, e.text, e.line) for e in entries] == [
        ("defaults.save", "Save", 3), ("hello", "Hello %{name}", 4), ("items.one", "%{count} item", 8),
        ("items.other", "%{count} items", 9), ("days[0]", "Monday", 10), ("days[1]", "Tuesday", 10),
        ("form.save", "Save", 3), ("form.title", "Edit your profile\n", 13)]


def test_yaml_pairs_with_plural_fallback(tmp_path):
    src = write(tmp_path / "en.yml", RAILS_EN)
    tgt = write(tmp_path / "pl.yml", 'pl:\n  items:\n    one: "%{count} element"\n    few: "%{count} elementy"\n'
                                      '  days: [Poniedziałek, Czwartek]\n')
    got, r = pairs(src, tgt)
    assert [(p.id, p.source, p.target_lang) for p in got] == [
        ("items.one", "%{count} item", "pl"), ("items.few", "%{count} items", "pl"),
        ("days[0]", "Monday", "pl"), ("days[1]", "Tuesday", "pl")]


def test_yaml_errors_and_alias_bombs_are_one_clear_line(tmp_path):
    with pytest.raises(InputError, match="malformed YAML at line 2"):
        read_resource(write(tmp_path / "a.yml", "a: b\n  c: [\n"))
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8))
    with pytest.raises(InputError, match="aliases"):
        read_resource(write(tmp_path / "bomb.yml", bomb))
