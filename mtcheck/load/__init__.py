"""Load versions of an article: plain text, Markdown, HTML, Word .docx; and article sets (manifests).

Loaders return :class:`~mtcheck.model.Document` with normalised text, paragraphs with
structural kinds where the input tells them, and an offset map back into the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .decode import MAX_BYTES, STDIN, STDIN_NAME, read_bytes, read_text, text_of, too_large
from .normalize import Block, assemble

__all__ = ["load_document", "read_text", "document_from_text", "detect_format"]

FORMATS = ("text", "markdown", "html", "docx")
# WordprocessingML packages: document, macro-enabled document, templates
_DOCX_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")


def detect_format(path: str | os.PathLike[str], raw: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in _DOCX_SUFFIXES:
        return "docx"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    head = raw.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<article", "<body")):
        return "html"
    return "text"


def _is_word_file(path: str | os.PathLike[str], data: bytes) -> bool:
    """A .docx by its name or by its first bytes.

    Any zip goes to the docx loader, which reads it only if it holds word/document.xml
    and otherwise says so ("not a Word document" is clearer than "binary data"; no text
    file starts with a zip header).  So does an OLE compound file: an encrypted Word
    document or an old .doc, which the loader refuses with that explanation.
    """
    if Path(path).suffix.lower() in _DOCX_SUFFIXES:
        return True
    from .docx import OLE_MAGIC, ZIP_MAGIC
    return data.startswith((ZIP_MAGIC, OLE_MAGIC))


# bilingual files: segment pairs, which `mtcheck batch` reads unit by unit; read as an
# article's prose they give nonsense findings (tags "missing", "seg" misspelt)
_PAIR_SUFFIXES = {".tmx": "a TMX file", ".xlf": "an XLIFF file", ".xliff": "an XLIFF file",
                  ".sdlxliff": "an XLIFF file", ".mqxliff": "an XLIFF file",
                  ".po": "a gettext PO file", ".pot": "a gettext PO template",
                  ".xcstrings": "an Xcode string catalogue"}


def pair_file_kind(path: str | os.PathLike[str], data: bytes | None = None) -> str | None:
    """What kind of bilingual corpus file ``path`` is ("a TMX file"), by its name or, for
    XML, its root element; None for an article's version."""
    kind = _PAIR_SUFFIXES.get(Path(path).suffix.lower())
    if kind:
        return kind
    if data is None:
        try:
            with open(path, "rb") as fh:
                data = fh.read(4096)
        except OSError:
            return None
    head = data[:4096].decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return None
    low = head.lower()
    for root, what in (("<tmx", "a TMX file"), ("<xliff", "an XLIFF file")):
        i = low.find(root)
        if i >= 0 and low[i + len(root): i + len(root) + 1] in (" ", ">", "\n", "\t", "\r"):
            return what
    if Path(path).suffix.lower() == ".ts" and "<ts" in low:
        return "a Qt Linguist file"
    return None


def parse(raw: str, fmt: str, path: str = "<text>") -> tuple[list[Block], dict]:
    if fmt == "docx":
        raise ValueError("a .docx is a zip archive, not text: use load_document")
    if fmt == "html":
        from .html import parse_html
        return parse_html(raw, path)
    if fmt == "markdown":
        from .markdown import parse_markdown
        return parse_markdown(raw), {}
    from .text import parse_text
    return parse_text(raw), {}


def document_from_text(raw: str, *, path: str = "<text>", lang: str | None = None,
                       role: str = "target", fmt: str = "text", origin: str = "",
                       scope: str = "full") -> Document:
    """Build a Document from already-decoded text (no file involved)."""
    blocks, meta = parse(raw, fmt, path)
    return _document(raw, blocks, meta, path=path, lang=lang, role=role, origin=origin, scope=scope)


def _document(raw: str, blocks: list[Block], meta: dict, *, path: str, lang: str | None,
              role: str, origin: str, scope: str) -> Document:
    text, offsets, paragraphs = assemble(blocks, len(raw))
    return Document(path=path, lang=lang or meta.get("lang"), role=role, text=text, raw=raw,
                    offsets=offsets, paragraphs=paragraphs, origin=origin,
                    title=meta.get("title", ""), scope=scope, meta=meta)


def load_document(path: str | os.PathLike[str], *, lang: str | None = None, role: str = "target",
                  encoding: str | None = None, origin: str = "", scope: str = "full",
                  display_path: str | None = None) -> Document:
    """Read, decode and parse one version. Raises :class:`InputError` on bad input."""
    shown = display_path or (STDIN_NAME if str(path) == STDIN else str(path))
    from .docx import MAX_FILE_BYTES
    # read once, then sniff: a pipe (<(cmd), -) cannot be opened a second time
    data = read_bytes(path, max(MAX_FILE_BYTES, MAX_BYTES))
    if _is_word_file(path, data):
        # a zip, not text: its raw is the extracted text (see mtcheck.load.docx)
        from .docx import parse_docx
        if len(data) > MAX_FILE_BYTES:
            raise InputError(shown, f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        raw, blocks, meta = parse_docx(data, shown)
        doc = _document(raw, blocks, meta, path=shown, lang=lang, role=role, origin=origin,
                        scope=scope)
    else:
        kind = pair_file_kind(path, data)
        if kind:
            raise InputError(shown, f"is {kind} (segment pairs, not an article's text): check it "
                                    f"with mtcheck batch {shown}")
        if len(data) > MAX_BYTES:
            raise too_large(shown, len(data), MAX_BYTES)
        raw = text_of(data, shown, encoding)
        doc = document_from_text(raw, path=shown, lang=lang, role=role,
                                 fmt=detect_format(path, raw), origin=origin, scope=scope)
    if not doc.text.strip():
        raise InputError(shown, "no text to check (the file holds only markup or white space)")
    return doc
