"""Plain text: a blank line separates paragraphs; any line ending."""

from __future__ import annotations

import re

from .normalize import Block

_PARA_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)\s*")


def parse_text(raw: str) -> list[Block]:
    blocks: list[Block] = []
    start = 0
    for m in _PARA_BREAK.finditer(raw):
        _add(blocks, raw, start, m.start())
        start = m.end()
    _add(blocks, raw, start, len(raw))
    return blocks


def _add(blocks: list[Block], raw: str, start: int, end: int) -> None:
    if raw[start:end].strip():
        blocks.append(Block("body", list(raw[start:end]), list(range(start, end))))
