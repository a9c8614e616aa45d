"""Word .docx input: paragraphs, kinds from (localised) styles, tables, tracked changes,
fields, text boxes, notes, meta, refusals, and an end-to-end compare.

The .docx files are built by hand with zipfile (no python-docx): a minimal package is
[Content_Types].xml, _rels/.rels and word/document.xml.
"""

import json
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

import mtcheck
from mtcheck.errors import InputError
from mtcheck.load import load_document
from mtcheck.load import docx as docx_mod

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')


def run(text, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*content, style=None):
    """A paragraph; plain strings become runs."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return "<w:p>" + ppr + "".join(c if c.startswith("<") else run(c) for c in content) + "</w:p>"


def document_xml(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}>'
            f'<w:body>{body}<w:sectPr/></w:body></w:document>')


def styles_xml(*styles, default_lang=None):
    """styles: (id, name[, basedOn[, outline level]])."""
    out = [f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">']
    if default_lang:
        out.append(f'<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="{default_lang}" '
                   'w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>')
    for sid, name, *rest in styles:
        based = f'<w:basedOn w:val="{rest[0]}"/>' if rest and rest[0] else ""
        outline = f'<w:pPr><w:outlineLvl w:val="{rest[1]}"/></w:pPr>' if len(rest) > 1 else ""
        out.append(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                   f'{based}{outline}</w:style>')
    out.append("</w:styles>")
    return "".join(out)


def core_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:title>{escape(title)}</dc:title></cp:coreProperties>')


def make_docx(path, body, *, styles=None, core=None, parts=None, document=None):
    path = Path(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/document.xml", document if document is not None else document_xml(body))
        if styles:
            zf.writestr("word/styles.xml", styles)
        if core:
            zf.writestr("docProps/core.xml", core)
        for name, data in (parts or {}).items():
            zf.writestr(name, data)
    return path


def kinds(doc):
    return [(p.kind, doc.text[p.start:p.end]) for p in doc.paragraphs]


def texts(doc):
    return [doc.text[p.start:p.end] for p in doc.paragraphs]


# -- paragraphs and kinds -----------------------------------------------------------------
GERMAN_STYLES = styles_xml(
    ("Standard", "Normal"), ("Titel", "Title"), ("berschrift1", "heading 1"),
    ("berschrift2", "heading 2"), ("berschrift3", "heading 3"), ("Untertitel", "Subtitle"),
    ("Beschriftung", "caption"), ("Zitat", "Quote"), ("IntensivesZitat", "Intense Quote"),
    ("Listenabsatz", "List Paragraph", "Standard"),
    ("Zwischentitel", "Zwischentitel", "berschrift2"),   # custom, based on a heading
    ("Dachzeile", "Dachzeile", "Standard", "0"),         # custom, outline level 1
    default_lang="de-DE")


def test_paragraphs_and_kinds_from_localised_styles(tmp_path):
    body = "".join([
        para("Die Überschrift", style="berschrift1"),
        para("Ein Untertitel", style="Untertitel"),
        para("Erster Absatz. ", "Zweiter Satz.", style="Standard"),
        para("Ein Zwischentitel", style="berschrift3"),
        para("„Ein Zitat“, sagte sie.", style="Zitat"),
        para("Noch ein Zitat.", style="IntensivesZitat"),
        para("Foto: Bildunterschrift.", style="Beschriftung"),
        para("Ein Listenpunkt", style="Listenabsatz"),
        para("Eigener Zwischentitel", style="Zwischentitel"),
        para("Eigene Dachzeile", style="Dachzeile"),
        para("Ein Titel", style="Titel"),
        para("   "),  # empty paragraphs leave no trace
        para(),
        para("Ohne Stil."),
    ])
    doc = load_document(make_docx(tmp_path / "a.docx", body, styles=GERMAN_STYLES))
    assert kinds(doc) == [
        ("headline", "Die Überschrift"), ("subheading", "Ein Untertitel"),
        ("body", "Erster Absatz. Zweiter Satz."), ("subheading", "Ein Zwischentitel"),
        ("quote", "„Ein Zitat“, sagte sie."), ("quote", "Noch ein Zitat."),
        ("caption", "Foto: Bildunterschrift."), ("body", "Ein Listenpunkt"),
        ("subheading", "Eigener Zwischentitel"), ("headline", "Eigene Dachzeile"),
        ("headline", "Ein Titel"), ("body", "Ohne Stil."),
    ]
    # raw is the extracted text, paragraphs joined by blank lines: paragraph k is line 2k-1
    assert doc.raw == "\n\n".join(texts(doc))
    third = doc.paragraphs[2]
    assert doc.line_col(doc.raw_offset(third.start)) == (5, 1)
    s, e = doc.raw_span(third.start, third.end)
    assert doc.raw[s:e] == "Erster Absatz. Zweiter Satz."


def test_english_style_ids_without_styles_part(tmp_path):
    body = para("Headline", style="Heading1") + para("Sub", style="Heading2") + \
        para("A caption", style="Caption") + para("Said she.", style="Quote") + para("Body.")
    doc = load_document(make_docx(tmp_path / "a.docx", body))
    assert [k for k, _ in kinds(doc)] == ["headline", "subheading", "caption", "quote", "body"]


def test_styles_part_name_wins_over_an_english_looking_id(tmp_path):
    styles = styles_xml(("Heading1", "My body text"))
    doc = load_document(make_docx(tmp_path / "a.docx", para("Text.", style="Heading1"), styles=styles))
    assert kinds(doc) == [("body", "Text.")]


# -- structure: tables, text boxes --------------------------------------------------------
def cell(*paras):
    return "<w:tc><w:tcPr/>" + "".join(paras) + "</w:tc>"


def test_table_cells_in_document_order(tmp_path):
    table = ("<w:tbl><w:tblPr/><w:tblGrid/>"
             "<w:tr>" + cell(para("A1")) + cell(para("B1"), para("B1 second")) + "</w:tr>"
             "<w:tr>" + cell(para("A2")) + cell("<w:tbl><w:tr>" + cell(para("nested")) + "</w:tr></w:tbl>")
             + "</w:tr></w:tbl>")
    body = para("Before.") + table + para("After.")
    doc = load_document(make_docx(tmp_path / "t.docx", body))
    assert texts(doc) == ["Before.", "A1", "B1", "B1 second", "A2", "nested", "After."]


def textbox(*paras):
    inner = "".join(paras)
    return ('<w:r><mc:AlternateContent>'
            '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
            f'<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape><v:textbox>'
            f'<w:txbxContent>{inner}</w:txbxContent>'
            '</v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def test_text_box_read_once_after_its_anchor(tmp_path):
    body = para("Anchor start. ", textbox(para("Box line one."), para("Box line two.")),
                "Anchor end.") + para("Next.")
    doc = load_document(make_docx(tmp_path / "b.docx", body))
    assert texts(doc) == ["Anchor start. Anchor end.", "Box line one.", "Box line two.", "Next."]


def test_vml_only_text_box(tmp_path):
    body = para("Anchor.", '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>'
                + para("Old-style box.") + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    doc = load_document(make_docx(tmp_path / "b.docx", body))
    assert texts(doc) == ["Anchor.", "Old-style box."]


# -- runs: tracked changes, fields, special characters ------------------------------------
def test_tracked_insertions_kept_deletions_dropped(tmp_path):
    body = para("Die Zahl stieg auf ",
                '<w:del w:id="1" w:author="x"><w:r><w:delText>500</w:delText></w:r></w:del>',
                '<w:ins w:id="2" w:author="x"><w:r><w:t>600</w:t></w:r></w:ins>',
                " Menschen.",
                '<w:moveFrom w:id="3"><w:r><w:t> Moved away.</w:t></w:r></w:moveFrom>')
    body += para('<w:moveTo w:id="4"><w:r><w:t>Moved here.</w:t></w:r></w:moveTo>')
    doc = load_document(make_docx(tmp_path / "c.docx", body))
    assert texts(doc) == ["Die Zahl stieg auf 600 Menschen.", "Moved here."]


def test_field_instructions_dropped_results_and_links_kept(tmp_path):
    complex_field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d. MMMM yyyy" </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                     + run("4. Februar 2025") +
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    simple = '<w:fldSimple w:instr=" PAGE ">' + run("7") + "</w:fldSimple>"
    link = '<w:hyperlink r:id="rId9">' + run("die Quelle") + "</w:hyperlink>"
    body = para("Stand: ", complex_field, ", Seite ", simple, ", siehe ", link, ".")
    doc = load_document(make_docx(tmp_path / "f.docx", body))
    assert texts(doc) == ["Stand: 4. Februar 2025, Seite 7, siehe die Quelle."]
    assert "DATE" not in doc.raw and "PAGE" not in doc.raw


def test_tabs_breaks_hyphens_symbols_hidden(tmp_path):
    body = para("Name:", "<w:r><w:tab/></w:r>", "Wert",
                "<w:r><w:br/><w:t>zweite Zeile</w:t><w:cr/><w:t>dritte</w:t></w:r>",
                "<w:r><w:t xml:space=\"preserve\"> E</w:t><w:noBreakHyphen/><w:t>Mail</w:t></w:r>",
                "<w:r><w:t> Silben</w:t><w:softHyphen/><w:t>trennung</w:t></w:r>",
                '<w:r><w:sym w:font="Wingdings" w:char="F04A"/></w:r>',
                run(" versteckt", "<w:rPr><w:vanish/></w:rPr>"),
                run(" sichtbar", '<w:rPr><w:vanish w:val="0"/></w:rPr>'))
    doc = load_document(make_docx(tmp_path / "s.docx", body))
    assert texts(doc) == ["Name: Wert zweite Zeile dritte E-Mail Silbentrennung sichtbar"]
    # the raw keeps the tab and the manual line breaks: later paragraphs move down a line
    assert doc.raw.startswith("Name:\tWert\nzweite Zeile\ndritte")


def test_ruby_reading_aid_not_read_as_text(tmp_path):
    ruby = ('<w:r><w:ruby><w:rubyPr/><w:rt>' + run("かん") + '</w:rt>'
            '<w:rubyBase>' + run("漢") + '</w:rubyBase></w:ruby></w:r>')
    doc = load_document(make_docx(tmp_path / "j.docx", para(ruby, "字です。")))
    assert texts(doc) == ["漢字です。"]


def test_footnotes_and_endnotes_appended_as_body(tmp_path):
    notes = (f'<?xml version="1.0"?><w:footnotes xmlns:w="{W}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1">' + para("<w:r><w:footnoteRef/></w:r>", " Erste Fußnote.") + "</w:footnote>"
             '<w:footnote w:id="2">' + para("Zweite Fußnote.") + "</w:footnote>"
             '<w:footnote w:id="3">' + para("Gelöschte Fußnote.") + "</w:footnote>"
             "</w:footnotes>")
    endnotes = (f'<?xml version="1.0"?><w:endnotes xmlns:w="{W}">'
                '<w:endnote w:id="1">' + para("Eine Endnote.") + "</w:endnote></w:endnotes>")
    ref = '<w:r><w:footnoteReference w:id="{}"/></w:r>'.format
    body = (para("Haupttext", ref(2), ".", style="Heading1") + para("Mehr", ref(1), ".")
            + para("Weg", '<w:del w:id="9"><w:r><w:footnoteReference w:id="3"/></w:r></w:del>', ".")
            + para("Ende", '<w:r><w:endnoteReference w:id="1"/></w:r>', "."))
    doc = load_document(make_docx(tmp_path / "n.docx", body, parts={
        "word/footnotes.xml": notes, "word/endnotes.xml": endnotes}))
    assert kinds(doc) == [("headline", "Haupttext."), ("body", "Mehr."), ("body", "Weg."),
                          ("body", "Ende."), ("body", "Zweite Fußnote."),
                          ("body", "Erste Fußnote."), ("body", "Eine Endnote.")]


# -- meta ---------------------------------------------------------------------------------
def test_title_and_default_language(tmp_path):
    p = make_docx(tmp_path / "m.docx", para("Ein ganz normaler Satz."), styles=GERMAN_STYLES,
                  core=core_xml("  Ein  Titel "))
    doc = load_document(p)
    assert doc.title == "Ein Titel" and doc.meta["title"] == "Ein Titel"
    # Word's tag is recorded, not trusted: it is the spell-check setting of the template
    assert doc.meta["word_lang"] == "de" and doc.lang is None
    assert load_document(p, lang="fr").lang == "fr"  # the caller's language wins


def test_language_of_most_text_beats_the_default(tmp_path):
    en = '<w:rPr><w:lang w:val="en-GB"/></w:rPr>'
    body = para(run("A fairly long English sentence written here.", en)) + para("Kurz.")
    styles = styles_xml(("Normal", "Normal"), default_lang="de-DE")
    doc = load_document(make_docx(tmp_path / "l.docx", body, styles=styles))
    assert doc.meta["word_lang"] == "en"
    none = '<w:rPr><w:lang w:val="x-none"/></w:rPr>'
    doc = load_document(make_docx(tmp_path / "x.docx", para(run("Nur Text ohne Sprache.", none))))
    assert "word_lang" not in doc.meta


def test_a_wrong_word_language_tag_does_not_decide(tmp_path):
    # German copy in an en-US template: compare reads the text as German
    styles = styles_xml(("Normal", "Normal"), default_lang="en-US")
    body = para("Die Regierung hat am Montag neue Massnahmen angekündigt.") + \
        para("Die Opposition kritisierte den Plan am Dienstag scharf.")
    src = make_docx(tmp_path / "s.docx", body, styles=styles)
    tgt = make_docx(tmp_path / "t.docx", para("The government announced new measures on Monday.") +
                    para("The opposition sharply criticised the plan on Tuesday."), styles=styles)
    report = mtcheck.compare(str(tgt), source=str(src), semantic=False)
    assert next(d for d in report.documents if d.role == "source").lang == "de"


# -- detection ----------------------------------------------------------------------------
def test_detected_by_content_whatever_the_name(tmp_path):
    p = make_docx(tmp_path / "copy.txt", para("Ein Absatz aus Word."))
    doc = load_document(p)
    assert texts(doc) == ["Ein Absatz aus Word."]


def test_main_part_found_through_relationships(tmp_path):
    rels = RELS.replace("word/document.xml", "word/document2.xml")
    p = tmp_path / "r.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document2.xml", document_xml(para("Anderer Teilname.")))
    assert texts(load_document(p)) == ["Anderer Teilname."]


# -- refusals -----------------------------------------------------------------------------
def zip_without_document(path):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return path


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize("name,build,words", [
    ("plain.docx", lambda p: p.write_text("Just text, renamed."), "not a zip"),
    ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100), "not a valid zip"),
    ("sheet.docx", zip_without_document, "no word/document.xml"),
    ("sheet.zip", zip_without_document, "no word/document.xml"),
    ("secret.docx", lambda p: p.write_bytes(OLE), "encrypted"),
    ("old.doc", lambda p: p.write_bytes(OLE), "old binary .doc"),
    ("empty.docx", lambda p: make_docx(p, para("  ") + para()), "no text to check"),
    ("bad.docx", lambda p: make_docx(p, "", document="<w:document><w:body>"), "malformed XML"),
    ("ent.docx", lambda p: make_docx(p, "", document=(
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;">]>' + document_xml(para("&b;")).split("?>", 1)[1])),
     "declares XML entities"),
    ("ext.docx", lambda p: make_docx(p, "", document=(
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + document_xml(para("&x;")).split("?>", 1)[1])), "declares XML entities"),
])
def test_refused_with_one_clear_line(tmp_path, name, build, words):
    p = tmp_path / name
    build(p)
    with pytest.raises(InputError) as e:
        load_document(p)
    msg = str(e.value)
    assert words in msg and "\n" not in msg and msg.startswith(str(p))


def test_zip_bomb_and_entry_count_guards(tmp_path, monkeypatch):
    big = make_docx(tmp_path / "big.docx", para("x" * 5000))
    monkeypatch.setattr(docx_mod, "MAX_BYTES", 2000)
    with pytest.raises(InputError, match="uncompressed; the limit is"):
        load_document(big)
    monkeypatch.undo()
    many = make_docx(tmp_path / "many.docx", para("Text."),
                     parts={f"word/media/image{i}.png": b"" for i in range(12)})
    assert texts(load_document(many)) == ["Text."]
    monkeypatch.setattr(docx_mod, "MAX_ENTRIES", 10)
    with pytest.raises(InputError, match="entries"):
        load_document(many)


def test_size_in_the_header_is_not_trusted(tmp_path, monkeypatch):
    # a header that understates the size: reading stops there and the check sum fails
    p = make_docx(tmp_path / "lie.docx", para("y" * 5000))
    real_read = docx_mod._Package.read

    def lying(self, name):
        info = self.infos.get(name.lower())
        if name == "word/document.xml" and info is not None:
            info.file_size = 10
        return real_read(self, name)
    monkeypatch.setattr(docx_mod._Package, "read", lying)
    with pytest.raises(InputError, match="cannot read word/document.xml"):
        load_document(p)


@pytest.mark.parametrize("name,content,words", [
    ("plain.docx", b"Just text, renamed.", "not a zip"),
    ("secret.docx", OLE, "encrypted"),
], ids=["not-a-zip", "ole"])
def test_cli_refuses_with_exit_2_and_one_line(tmp_path, cli, name, content, words):
    (tmp_path / name).write_bytes(content)
    make_docx(tmp_path / "ok.docx", para("An ordinary English sentence about the weather today."))
    code, out, err = cli("compare", "ok.docx", "--source", name, "--no-semantic", cwd=tmp_path)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == 2, err
    assert len(lines) == 1 and "Traceback" not in err and words in lines[0], err


# -- end to end ---------------------------------------------------------------------------
SOURCE_DE = [("berschrift1", "Neues Gefängnis in Mittelamerika"),
             ("Standard", "Das Gefängnis wurde im Jahr 2023 eröffnet."),
             ("Standard", "Es kann bis zu 70 000 Häftlinge aufnehmen, sagte die Regierung.")]
TARGET_EN = [("Heading1", "New prison in Central America"),
             ("Normal", "The prison opened in 2023."),
             ("Normal", "It can hold up to 7,000 prisoners, the government said.")]


def pair(tmp_path, src_name="source.de.docx", tgt_name="target.en.docx"):
    src = make_docx(tmp_path / src_name, "".join(para(t, style=s) for s, t in SOURCE_DE),
                    styles=GERMAN_STYLES)
    en_styles = styles_xml(("Normal", "Normal"), ("Heading1", "heading 1"), default_lang="en-US")
    tgt = make_docx(tmp_path / tgt_name, "".join(para(t, style=s) for s, t in TARGET_EN),
                    styles=en_styles)
    return src, tgt


def test_compare_finds_the_number_mismatch_on_the_right_line(tmp_path):
    src, tgt = pair(tmp_path)
    report = mtcheck.compare(str(tgt), source=str(src), semantic=False)
    hits = [f for f in report.findings if "7,000" in f.message and "70 000" in f.message]
    assert hits, [f.message for f in report.findings]
    f = hits[0]
    assert f.document == str(tgt) and f.line == 5  # third paragraph of the extracted text
    tgt_doc = next(d for d in report.documents if d.path == str(tgt))
    assert "7,000" in tgt_doc.raw.splitlines()[f.line - 1]
    assert [p.kind for p in tgt_doc.paragraphs] == ["headline", "body", "body"]
    assert tgt_doc.lang == "en"
    assert next(d for d in report.documents if d.role == "source").lang == "de"


def test_cli_compare_docx(tmp_path, cli):
    src, tgt = pair(tmp_path)
    code, out, err = cli("compare", tgt.name, "--source", src.name, "--format", "json",
                         "--no-semantic", cwd=tmp_path)
    assert code == 1, err
    data = json.loads(out)
    hits = [f for f in data["findings"] if "70 000" in f["message"]]
    assert hits and hits[0]["document"] == tgt.name and hits[0]["line"] == 5
    code, out, err = cli("compare", tgt.name, "--source", src.name, "--format", "line",
                         "--no-semantic", cwd=tmp_path)
    assert f"{tgt.name}:5:" in out, out


def test_article_set_folder_of_docx_files(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    pair(folder)  # source.de.docx, target.en.docx: a set by file names
    report = mtcheck.compare_set(folder, semantic=False)
    assert any("70 000" in f.message for f in report.findings)


# -- speed --------------------------------------------------------------------------------
def test_a_hundred_pages_load_quickly(tmp_path):
    sentence = "Dies ist ein Satz von mittlerer Länge, wie er in einem Artikel steht. "
    body = "".join(para(sentence * 4, style="Standard" if i % 10 else "berschrift2")
                   for i in range(3000))  # ~ 170,000 words
    p = make_docx(tmp_path / "long.docx", body, styles=GERMAN_STYLES)
    t0 = time.perf_counter()
    doc = load_document(p)
    elapsed = time.perf_counter() - t0
    assert len(doc.paragraphs) == 3000
    assert elapsed < 5, elapsed
