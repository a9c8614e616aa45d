"""Microsoft Word .docx: the paragraphs of ``word/document.xml``, with kinds from their styles.

A .docx is a zip of XML parts; the copy is in the main document part.  Paragraphs
(``w:p``) are read in document order, those in table cells and text boxes included (a
text box's paragraphs follow the paragraph that anchors it; of an ``mc:AlternateContent``
only the first ``mc:Choice`` is read, so a text box that Word also writes as a VML
fallback is not read twice).  Tracked changes are read as accepted: insertions and
move targets kept, deletions and move sources dropped.  Field instructions are dropped,
field results kept; hyperlinks keep their text; hidden runs (``w:vanish``) are dropped.
Headers, footers and comments are not article text and are not read; footnotes and
endnotes are, and come after the body as body paragraphs, in the order of their first
reference (a note whose reference was deleted is left out).

Kinds come from the paragraph style, resolved through ``word/styles.xml`` because style
ids are localised (German Word calls "heading 1" ``berschrift1``) while the names of
built-in styles are not: Title and heading 1 are a headline, heading 2-9 and Subtitle a
subheading, Caption a caption, Quote and Intense Quote a quote; a custom style inherits
its kind through ``w:basedOn`` or takes it from its outline level; all else is body.

**Positions**: a Word file has no line and column of its own, so the Document's ``raw``
is the *extracted text*: the paragraphs joined by blank lines (a manual line break
inside a paragraph starts a new line).  Findings therefore say "line N" of that text,
not of the file; ``mtcheck`` reports against it like any plain-text input.

Meta: ``title`` from ``docProps/core.xml`` (dc:title), ``lang`` the primary subtag of the
language most of the text is tagged with (run ``w:lang``, else the document default in
``styles.xml``).  That is Word's proofing language: a language given by the caller or
the manifest wins over it.

Safety: the file must be a zip (an OLE compound file is an encrypted document or an old
binary .doc and is refused as such); an archive with implausibly many entries is
refused before it is listed; every part is read only up to the size limit of text
inputs (:data:`mtcheck.load.decode.MAX_BYTES`), whatever its header claims (zip bombs);
XML is parsed without DTD loading, network access or entity substitution, and a part
that declares entities is refused, as in :mod:`mtcheck.load.corpus`.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from typing import Any

from ..errors import InputError
from .decode import MAX_BYTES
from .normalize import Block

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The .docx file itself may be larger than a text article: it carries its images.
MAX_FILE_BYTES = 100 * 1024 * 1024
# A Word document has tens of parts, a few thousand with many images; listing millions
# of entries (a hostile central directory) would cost gigabytes of memory.
MAX_ENTRIES = 10_000
MAIN_PART = "word/document.xml"

# Transitional and Strict OOXML name the same elements in two namespaces.
_W_NS = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
         "http://purl.oclc.org/ooxml/wordprocessingml/main"}
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"

# Subtrees that hold no copy: tracked deletions and moved-away text, property blocks, and
# ruby text (a reading aid printed above the base text, which is read).
_SKIP = {"del", "moveFrom", "pPr", "rPr", "sectPr", "sdtPr", "sdtEndPr", "tblPr", "tblGrid",
         "trPr", "tcPr", "tblPrEx", "rt", "rubyPr"}
_INLINE_TEXT = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}

# Built-in style names (never localised in styles.xml), lower case without spaces.
_STYLE_KINDS = {"title": "headline", "heading1": "headline", "subtitle": "subheading",
                "caption": "caption", "quote": "quote", "intensequote": "quote",
                **{f"heading{i}": "subheading" for i in range(2, 10)}}
_LANG = re.compile(r"[A-Za-z]{2,3}")


# -- the package --------------------------------------------------------------------------
def parse_docx(data: bytes, path: str = "<docx>") -> tuple[str, list[Block], dict[str, Any]]:
    """The extracted text (the Document's ``raw``), its blocks and meta of a .docx file."""
    if data.startswith(OLE_MAGIC):
        raise InputError(path, "is an OLE compound file, not a .docx: a password-protected "
                               "(encrypted) Word document or an old binary .doc; save it "
                               "unprotected as .docx")
    if not data.startswith(ZIP_MAGIC):
        raise InputError(path, "is not a Word .docx file (not a zip archive)")
    entries = _zip_entry_count(data)
    if entries is not None and entries > MAX_ENTRIES:
        raise InputError(path, f"zip archive lists {entries} entries; a Word document has far "
                               f"fewer (refused)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as e:
        raise InputError(path, f"is not a valid zip archive ({e})") from None
    with zf:
        pkg = _Package(zf, path)
        main = pkg.target("", "officeDocument")
        if main is None or main.lower() not in pkg.infos:
            main = MAIN_PART
        doc = pkg.xml(main)
        # an .xlsx or .pptx names its own main part: not a Word document either
        if doc is None or _key(doc.tag) != "document":
            raise InputError(path, f"has no {MAIN_PART} (not a Word document)")
        folder = posixpath.dirname(main)
        # by relationship, else where Word puts them
        styles, footnotes, endnotes = (
            pkg.xml(pkg.target(main, rel) or posixpath.join(folder, rel + ".xml"))
            for rel in ("styles", "footnotes", "endnotes"))
        core = pkg.xml(pkg.target("", "core-properties") or "docProps/core.xml")

    kinds, default_lang = _read_styles(styles)
    ex = _Extractor(kinds)
    body = next((c for c in doc if _key(c.tag) == "body"), None)
    if body is not None:
        ex.block(body)
    ex.notes({"footnote": footnotes, "endnote": endnotes})

    raw_parts: list[str] = []
    blocks: list[Block] = []
    cursor = 0
    for kind, text in ex.paragraphs:
        if not text.strip():
            continue
        if raw_parts:
            raw_parts.append("\n\n")
            cursor += 2
        blocks.append(Block(kind, list(text), list(range(cursor, cursor + len(text)))))
        raw_parts.append(text)
        cursor += len(text)

    meta: dict[str, Any] = {}
    if core is not None:
        title = core.find(_DC_TITLE)
        if title is not None and title.text and title.text.strip():
            meta["title"] = " ".join(title.text.split())
    lang = ex.language(default_lang)
    if lang:
        # Word's language tag is its spell-check setting, often the template's (German copy
        # in an en-US template): kept for the record, while the text's own language is
        # detected, unlike HTML's lang attribute, which authors set for readers
        meta["word_lang"] = lang
    return "".join(raw_parts), blocks, meta


def _zip_entry_count(data: bytes) -> int | None:
    """Entries the end-of-central-directory record announces (None when it is not found)."""
    # the record is 22 bytes plus a comment of at most 65,535 at the very end
    i = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if i < 0 or i + 12 > len(data):
        return None
    return int.from_bytes(data[i + 10:i + 12], "little")  # 0xFFFF: Zip64, counted as too many


class _Package:
    """Parts of the zip by name (OPC names are case-insensitive), read with a size cap."""

    def __init__(self, zf: zipfile.ZipFile, path: str) -> None:
        self.zf = zf
        self.path = path
        self.infos = {i.filename.lower(): i for i in zf.infolist()}

    def read(self, name: str) -> bytes | None:
        info = self.infos.get(name.lstrip("/").lower())
        if info is None or info.is_dir():
            return None
        if info.flag_bits & 0x1:
            raise InputError(self.path, f"{info.filename} is encrypted in the zip archive (refused)")
        limit = MAX_BYTES // (1024 * 1024)
        if info.file_size > MAX_BYTES:
            raise InputError(self.path, f"{info.filename} is {info.file_size / 1e6:.0f} MB "
                                        f"uncompressed; the limit is {limit} MB")
        try:
            with self.zf.open(info) as fh:
                # the header's size may lie: never inflate more than the limit
                data = fh.read(MAX_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError,
                EOFError, OSError) as e:
            raise InputError(self.path, f"cannot read {info.filename} from the zip archive "
                                        f"({e})") from None
        if len(data) > MAX_BYTES:
            raise InputError(self.path, f"{info.filename} is larger than {limit} MB uncompressed")
        return data

    def xml(self, name: str) -> Any | None:
        data = self.read(name)
        return None if data is None else _parse_xml(data, self.path, name)

    def target(self, source: str, rel_type: str) -> str | None:
        """The part a relationship of ``source`` ("" for the package) points to, by type."""
        folder, base = posixpath.split(source)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if root is None:
            return None
        for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
            if not (rel.get("Type") or "").endswith("/" + rel_type):
                continue
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join(folder, target))
        return None


def _parse_xml(data: bytes, path: str, part: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        msg = (e.msg or str(e)).strip()
        line = e.lineno if e.lineno is not None else 0
        if "amplification" in msg.lower():  # libxml2's own billion-laughs guard
            raise InputError(path, f"{part}: refused at line {max(1, line)}: entity expansion is "
                                   f"not allowed ({msg})") from None
        raise InputError(path, f"{part}: malformed XML at line {max(1, line)}: {msg}") from None
    dtd = root.getroottree().docinfo.internalDTD
    names = [e.name for e in dtd.iterentities()] if dtd is not None else []
    if names:
        raise InputError(path, f"{part} declares XML entities (" + ", ".join(names[:3])
                         + ("…" if len(names) > 3 else "") + "); refused: entity expansion and "
                         "external entities are not allowed")
    return root


# -- XML helpers --------------------------------------------------------------------------
def _key(tag: Any) -> str:
    """A WordprocessingML element's local name, "mc:" + name for markup compatibility,
    "" for anything else (DrawingML, VML, comments ...)."""
    if not isinstance(tag, str) or not tag.startswith("{"):
        return ""
    ns, _, local = tag[1:].partition("}")
    if ns in _W_NS:
        return local
    if ns == _MC_NS:
        return "mc:" + local
    return ""


def _val(el: Any, name: str = "val") -> str | None:
    """A w: attribute (attributes share their element's namespace in WordprocessingML)."""
    ns = el.tag[1:].partition("}")[0]
    return el.get(f"{{{ns}}}{name}")


def _on(el: Any) -> bool:
    """A toggle property: present means on unless w:val says otherwise."""
    return (_val(el) or "true").lower() not in ("false", "0", "off")


def _child(el: Any, key: str) -> Any | None:
    for c in el:
        if _key(c.tag) == key:
            return c
    return None


def _choice(alt: Any) -> Any | None:
    """The branch of an mc:AlternateContent to read: the first Choice, else the Fallback."""
    choice = _child(alt, "mc:Choice")
    return choice if choice is not None else _child(alt, "mc:Fallback")


def _norm_style(name: str) -> str:
    return re.sub(r"[\s_-]+", "", name.lower())


def _primary(tag: str | None) -> str | None:
    """"de-DE" → "de"; None for values that are no language ("x-none", "")."""
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0]
    return primary.lower() if _LANG.fullmatch(primary) else None


# -- styles -------------------------------------------------------------------------------
def _read_styles(styles: Any | None) -> tuple[dict[str, str], str | None]:
    """The kind of every paragraph style id; the document's default language."""
    if styles is None:
        return {}, None
    info: dict[str, tuple[str, str | None, str | None]] = {}  # id → (name, basedOn, outlineLvl)
    default_lang: str | None = None
    for el in styles:
        key = _key(el.tag)
        if key == "docDefaults":
            for lang in el.iter():
                if _key(lang.tag) == "lang" and _primary(_val(lang)):
                    default_lang = _primary(_val(lang))
                    break
        if key != "style" or (_val(el, "type") or "paragraph") != "paragraph":
            continue
        sid = _val(el, "styleId") or ""
        name_el, based_el = _child(el, "name"), _child(el, "basedOn")
        ppr, rpr = _child(el, "pPr"), _child(el, "rPr")
        outline = _child(ppr, "outlineLvl") if ppr is not None else None
        info[sid] = ((_val(name_el) or "") if name_el is not None else "",
                     _val(based_el) if based_el is not None else None,
                     _val(outline) if outline is not None else None)
        # the default paragraph style may name the language more precisely than docDefaults
        lang = _child(rpr, "lang") if rpr is not None else None
        if _on_default(el) and lang is not None and _primary(_val(lang)):
            default_lang = _primary(_val(lang))
    return {sid: _style_kind(sid, info) for sid in info}, default_lang


def _on_default(style: Any) -> bool:
    return (_val(style, "default") or "").lower() in ("1", "true", "on")


def _style_kind(sid: str, info: dict[str, tuple[str, str | None, str | None]]) -> str:
    seen: set[str] = set()
    cur: str | None = sid
    while cur is not None and cur in info and cur not in seen:  # basedOn may loop
        seen.add(cur)
        name, based, outline = info[cur]
        # the name says what a style is; the id only when there is no name
        kind = _STYLE_KINDS.get(_norm_style(name or cur))
        if kind:
            return kind
        if outline is not None and outline.isdigit() and int(outline) < 9:
            return "headline" if outline == "0" else "subheading"
        cur = based
    return "body"


# -- text ---------------------------------------------------------------------------------
class _Extractor:
    """Walks the main part once, collecting (kind, text) paragraphs in document order."""

    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds
        self.paragraphs: list[tuple[str, str]] = []
        self.lang_chars: Counter[str | None] = Counter()  # run language → characters
        self.refs: dict[str, list[str]] = {"footnote": [], "endnote": []}
        self.in_notes = False

    def block(self, el: Any) -> None:
        """The paragraphs of a container: body, table, cell, text box, content control."""
        for child in el:
            key = _key(child.tag)
            if key == "p":
                self.paragraph(child)
            elif key == "mc:AlternateContent":
                branch = _choice(child)
                if branch is not None:
                    self.block(branch)
            elif key not in _SKIP and len(child):
                self.block(child)

    def paragraph(self, p: Any) -> None:
        # reserve the slot first: text boxes anchored here add their paragraphs after it
        slot = len(self.paragraphs)
        self.paragraphs.append(("body", ""))
        out: list[str] = []
        self.inline(p, out)
        self.paragraphs[slot] = (self.kind(p), "".join(out))

    def kind(self, p: Any) -> str:
        if self.in_notes:
            return "body"
        ppr = _child(p, "pPr")
        style = _child(ppr, "pStyle") if ppr is not None else None
        sid = _val(style) if style is not None else None
        if not sid:
            return "body"
        if sid in self.kinds:
            return self.kinds[sid]
        # a style styles.xml does not define: English ids ("Heading1") still say what they are
        return _STYLE_KINDS.get(_norm_style(sid), "body")

    def inline(self, el: Any, out: list[str]) -> None:
        for child in el:
            key = _key(child.tag)
            if key == "t":
                t = child.text or ""
                out.append(t.replace("\r", " ").replace("\n", " ") if "\n" in t or "\r" in t else t)
            elif key in _INLINE_TEXT:
                out.append(_INLINE_TEXT[key])
            elif key == "r":
                self.run(child, out)
            elif key == "txbxContent":
                self.block(child)
            elif key == "p":  # a paragraph where runs were expected: keep it, separately
                self.paragraph(child)
            elif key in ("footnoteReference", "endnoteReference"):
                nid = _val(child, "id")
                if nid is not None and not self.in_notes:
                    self.refs[key[:-9]].append(nid)
            elif key == "mc:AlternateContent":
                branch = _choice(child)
                if branch is not None:
                    self.inline(branch, out)
            elif key not in _SKIP and len(child):
                # hyperlink, ins, moveTo, fldSimple (its runs are the field result), smartTag,
                # sdt, drawing/pict (which may hold a text box) ...; instrText, delText,
                # softHyphen and sym have no element children and add nothing
                self.inline(child, out)

    def run(self, r: Any, out: list[str]) -> None:
        hidden, lang = False, None
        rpr = _child(r, "rPr")
        if rpr is not None:
            for prop in rpr:
                k = _key(prop.tag)
                if k in ("vanish", "specVanish"):
                    hidden = hidden or _on(prop)
                elif k == "lang":
                    lang = _val(prop)
        if hidden:  # not printed, not copy
            return
        start = len(out)
        self.inline(r, out)
        self.lang_chars[lang] += sum(len(s) for s in out[start:] if not s.isspace())

    def notes(self, parts: dict[str, Any | None]) -> None:
        """Footnotes, then endnotes, as body paragraphs in the order they are referenced."""
        self.in_notes = True
        for kind, root in parts.items():
            if root is None or not self.refs[kind]:
                continue
            by_id = {_val(n, "id"): n for n in root if _key(n.tag) == kind}
            for nid in dict.fromkeys(self.refs[kind]):  # first reference counts
                note = by_id.get(nid)
                if note is not None and (_val(note, "type") or "normal") == "normal":
                    self.block(note)
        self.in_notes = False

    def language(self, default: str | None) -> str | None:
        """The language most characters are tagged with (untagged runs: the default)."""
        totals: Counter[str] = Counter()
        for tag, n in self.lang_chars.items():
            lang = _primary(tag) or default  # "x-none" and the like: as if untagged
            if lang and n:
                totals[lang] += n
        if not totals:
            return default
        return min(totals, key=lambda k: (-totals[k], k))
