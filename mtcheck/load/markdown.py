"""Markdown: headings, quotes, lists, image captions; inline markup stripped."""

from __future__ import annotations

import re

from .normalize import Block
from .text import _PARA_BREAK

_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_QUOTE = re.compile(r"^>[ \t]?")
_LIST = re.compile(r"^(?:[-*+]|\d{1,3}[.)])[ \t]+")
_IMAGE = re.compile(r"^!\[([^\]\n]*)\]\([^)\n]*\)\s*$")
# inline: links keep their text, emphasis and code markers go
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_LINE = re.compile(r"[^\n]*\n?")
_MARK = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")


# YAML front matter of a CMS export: "---" on the first line, closed by "---" or "..."
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.S | re.M)


def parse_markdown(raw: str) -> list[Block]:
    blocks: list[Block] = []
    start = 0
    fm = _FRONT_MATTER.match(raw)
    if fm:
        # keys, dates, slugs and tags are data for the CMS, not article text (its title
        # repeats the headline): the article starts after the block
        start = fm.end()
        while raw[start:start + 1] in ("\r", "\n"):
            start += 1
    prev_image = False
    spans = []
    for m in _PARA_BREAK.finditer(raw, start):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(raw)))
    for s, e in _image_lines_apart(raw, spans):
        chunk = raw[s:e]
        if not chunk.strip():
            continue
        if chunk.lstrip().startswith("```"):
            prev_image = False
            continue
        kind = "body"
        img = _IMAGE.match(chunk.strip())
        if img:
            # the alt text of an image is not article text; the next paragraph may be its caption
            prev_image = True
            continue
        h = _HEADING.match(chunk)
        if h:
            kind = "headline" if len(h.group(1)) == 1 else "subheading"
            s += h.end()
        elif _QUOTE.match(chunk):
            kind = "quote"
        elif prev_image and chunk.strip().startswith(("*", "_")) and chunk.strip().endswith(("*", "_")):
            kind = "caption"
        prev_image = False
        chars, pos = _strip_inline(raw, s, e, kind == "quote")
        blocks.append(Block(kind, chars, pos))
    return blocks


def _image_lines_apart(raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs with each image line one of its own: a caption is often written on
    the line right under its image ("![alt](x.jpg)\n*Caption. Photo: AFP*"), which
    Markdown renders as a picture and its caption, not as a paragraph of body text."""
    out = []
    for s, e in spans:
        chunk = raw[s:e]
        if "![" not in chunk or "\n" not in chunk.strip():
            out.append((s, e))
            continue
        start = s
        for line in _LINE.finditer(chunk):
            if _IMAGE.match(line.group().strip()):
                a, z = s + line.start(), s + line.end()
                out += [(start, a)] if raw[start:a].strip() else []
                out.append((a, z))
                start = z
        if raw[start:e].strip():
            out.append((start, e))
    return out


def _strip_inline(raw: str, s: int, e: int, quote: bool) -> tuple[list[str], list[int]]:
    keep = [True] * (e - s)
    text = raw[s:e]
    if quote or _LIST.match(text):
        # line-leading markers on every line
        for m in re.finditer(r"(?m)^[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,3}[.)])[ \t]+)", text):
            for i in range(m.start(), m.end()):
                keep[i] = False
    for m in _LINK.finditer(text):
        # drop '[' and '](url)' but keep the link text
        for i in range(m.start(), m.start(1)):
            keep[i] = False
        for i in range(m.end(1), m.end()):
            keep[i] = False
    marks = list(_MARK.finditer(text))
    lone = _unpaired_strong(text, marks)
    for m in marks:
        if m.start() in lone:
            continue
        for i in range(m.start(), m.end()):
            keep[i] = False
    chars = [c for c, k in zip(text, keep) if k]
    pos = [s + i for i, k in enumerate(keep) if k]
    return chars, pos


def _unpaired_strong(text: str, marks: list[re.Match]) -> set[int]:
    """Offsets of the "**" and "__" of a paragraph that open or close nothing.  A renderer
    prints them as they stand ("the **city council must …"), so they stay in the text for
    the rules to see; a pair is emphasis and goes.  An opener is followed by a non-space
    and a closer preceded by one, as CommonMark has it."""
    open_at: dict[str, list[int]] = {}
    lone: set[int] = set()
    for m in marks:
        tok = m.group()
        if tok not in ("**", "__"):
            continue
        a, z = m.start(), m.end()
        closes = a > 0 and not text[a - 1].isspace()
        opens = z < len(text) and not text[z].isspace()
        stack = open_at.setdefault(tok, [])
        if closes and stack:
            stack.pop()
        elif opens:
            stack.append(a)
        else:
            lone.add(a)
    for stack in open_at.values():
        lone.update(stack)
    return lone
