"""Build normalised text while remembering where each character came from.

Every loader feeds characters with their offsets in the decoded file; the builder
applies NFC, folds odd spaces, drops invisible characters and collapses white space,
so that findings computed on clean text can be mapped back to the user's file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..model import Paragraph

# Characters that render as (or mean) a space in running text.
_SPACES = set("\t\n\r\x0b\x0c \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\x85")
# Invisible characters that only get in the way of matching (soft hyphen, zero-width, BOM);
# a word list matched against loaded text must know its words without them too (langid)
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROP = set(INVISIBLE)


@dataclass
class Block:
    """A paragraph in the making: its kind, characters and their raw offsets."""

    kind: str
    chars: list[str]
    pos: list[int]


# what only the character-by-character path handles: invisible and control characters
# (white space aside); with none of them and NFC text, collapsing white space is all
_SLOW = re.compile(f"[{INVISIBLE}\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_RUN = re.compile(r"\S+")


def drops_characters(text: str) -> bool:
    """Would normalising ``text`` drop characters (invisible or control ones)?"""
    return _SLOW.search(text) is not None


def normalize_text(text: str) -> str:
    """``text`` as the loaders make a document's text (NFC, invisible characters dropped,
    white space collapsed): for strings matched against documents, such as glossary terms."""
    return normalize_chars(list(text), list(range(len(text))))[0]


def needs_cleaning(text: str) -> bool:
    """Would ``clean_in_place`` change ``text`` (invisible or control characters, or
    decomposed letters)?  The quick NFC check answers most texts in C."""
    return drops_characters(text) or not unicodedata.is_normalized("NFC", text)


def clean_in_place(text: str) -> tuple[str, list[int]]:
    """Drop invisible and control characters and compose letters (NFC), keeping spaces and
    line breaks as given, with one offset into ``text`` per output character.

    Pair mode's text: unlike a loaded document's it keeps its white space, which the rules
    read (paragraph breaks, double spaces), but Cafe\u0301 must still be Café and
    Mer<ZWSP>kel Merkel."""
    out: list[str] = []
    opos: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _DROP or (unicodedata.category(ch) == "Cc" and not ch.isspace()):
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j] if j - i == 1 and ch.isascii() else unicodedata.normalize("NFC", text[i:j])
        out.append(cluster)
        opos.extend([i] * len(cluster))
        i = j
    return "".join(out), opos


def normalize_chars(chars: list[str], pos: list[int]) -> tuple[str, list[int]]:
    """NFC + space folding + collapse, keeping one raw offset per output character."""
    s = "".join(chars)
    if len(s) == len(chars) and not _SLOW.search(s) and unicodedata.is_normalized("NFC", s) \
            and not any(unicodedata.combining(c) for c in set(s)):  # a mark takes its base's offset
        # the common case, by slices (a character loop costs seconds on a long document)
        parts: list[str] = []
        offs: list[int] = []
        prev_end = -1
        for m in _RUN.finditer(s):
            a, b = m.span()
            if parts:
                parts.append(" ")
                offs.append(pos[prev_end])  # the gap's first space
            parts.append(s[a:b])
            offs.extend(pos[a:b])
            prev_end = b
        return "".join(parts), offs
    return _normalize_slow(chars, pos)


def _normalize_slow(chars: list[str], pos: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    opos: list[int] = []
    pending_space = -1  # raw offset of a space waiting to be emitted
    i, n = 0, len(chars)
    while i < n:
        ch = chars[i]
        if ch in _SPACES or (ch.isspace()):
            if pending_space < 0:
                pending_space = pos[i]
            i += 1
            continue
        if ch in _DROP or unicodedata.category(ch) == "Cc":
            i += 1
            continue
        # a base character and the combining marks that follow it form one cluster
        j = i + 1
        while j < n and unicodedata.combining(chars[j]):
            j += 1
        cluster = "".join(chars[i:j])
        if j - i > 1 or not cluster.isascii():
            cluster = unicodedata.normalize("NFC", cluster)
        if pending_space >= 0:
            if out:
                out.append(" ")
                opos.append(pending_space)
            pending_space = -1
        for c in cluster:
            out.append(c)
            opos.append(pos[i])
        i = j
    return "".join(out), opos


def assemble(blocks: list[Block], raw_len: int) -> tuple[str, list[int], list[Paragraph]]:
    """Join normalised blocks with blank lines; return text, offset map and paragraphs."""
    parts: list[str] = []
    offsets: list[int] = []
    paragraphs: list[Paragraph] = []
    cursor = 0
    for block in blocks:
        text, opos = normalize_chars(block.chars, block.pos)
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            # the separator points at the end of the previous paragraph in the file
            offsets.extend([offsets[-1] + 1, offsets[-1] + 1])
            cursor += 2
        paragraphs.append(Paragraph(len(paragraphs), block.kind, cursor, cursor + len(text)))
        parts.append(text)
        offsets.extend(opos)
        cursor += len(text)
    offsets.append(raw_len if not offsets else min(raw_len, offsets[-1] + 1))
    return "".join(parts), offsets, paragraphs
