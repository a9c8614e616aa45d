"""Load versions of an article: plain text, Markdown, HTML; and article sets (manifests).

Loaders return :class:`~mtcheck.model.Document` with normalised text, paragraphs with
structural kinds where the input tells them, and an offset map back into the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .decode import read_text
from .normalize import Block, assemble

__all__ = ["load_document", "read_text", "document_from_text", "detect_format"]

FORMATS = ("text", "markdown", "html")


def detect_format(path: str | os.PathLike[str], raw: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    head = raw.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<article", "<body")):
        return "html"
    return "text"


def parse(raw: str, fmt: str, path: str = "<text>") -> tuple[list[Block], dict]:
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
    text, offsets, paragraphs = assemble(blocks, len(raw))
    return Document(path=path, lang=lang or meta.get("lang"), role=role, text=text, raw=raw,
                    offsets=offsets, paragraphs=paragraphs, origin=origin,
                    title=meta.get("title", ""), scope=scope, meta=meta)


def load_document(path: str | os.PathLike[str], *, lang: str | None = None, role: str = "target",
                  encoding: str | None = None, origin: str = "", scope: str = "full",
                  display_path: str | None = None) -> Document:
    """Read, decode and parse one version. Raises :class:`InputError` on bad input."""
    raw = read_text(path, encoding=encoding)
    shown = display_path or str(path)
    doc = document_from_text(raw, path=shown, lang=lang, role=role,
                             fmt=detect_format(path, raw), origin=origin, scope=scope)
    if not doc.text.strip():
        raise InputError(shown, "no text to check (the file holds only markup or white space)")
    return doc
