"""Plain text: a blank line separates paragraphs; any line ending.  Inside a paragraph a
line break is a paragraph break too where the lines are not prose wrapped at a width: a
line with no closing punctuation before a capitalised one (a headline over its lead, a
scraper's date line over the headline, a byline over the body)."""

from __future__ import annotations

import re

from .normalize import Block

# (\r alone only where no \n follows: a CRLF is one line break, not two)
_PARA_BREAK = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n)\s*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# a line that ends a heading or label, not a clause: a letter, a figure, a closing
# quote or bracket (a comma, colon, hyphen or dash carries on into the next line)
_HEAD_END = re.compile(r"[^\W_]['’\"”»)\]]?$")
_LINE_START = re.compile(r"[\"“„«'‘]?[^\W\d_]|\d")
# hard-wrapped prose: every line but the last at least this share of the longest,
# which is at least this narrow and no wider than that
_WRAP_SHARE, _WRAP_MIN, _WRAP_WIDTH = 0.6, 40, 100
# a line at least this wide was wrapped by no one: the break after it, at a sentence's end
# before a capitalised line, is the writer's (a caption, a "Read also" link or an ad label
# put on a line of its own under a paragraph)
_UNWRAPPED = 2 * _WRAP_WIDTH
_SENT_END = re.compile(r"[.!?…]['’\"”»)\]]*$")


def parse_text(raw: str) -> list[Block]:
    blocks: list[Block] = []
    start = 0
    for m in _PARA_BREAK.finditer(raw):
        _add_lines(blocks, raw, start, m.start())
        start = m.end()
    _add_lines(blocks, raw, start, len(raw))
    return blocks


def _add_lines(blocks: list[Block], raw: str, start: int, end: int) -> None:
    """The paragraph raw[start:end], cut at its line breaks where a line is a heading."""
    while end > start and raw[end - 1].isspace():
        end -= 1  # a last line break is no line
    breaks = list(_LINE_BREAK.finditer(raw, start, end))
    if not breaks:
        _add(blocks, raw, start, end)
        return
    lines = []
    s = start
    for m in breaks:
        lines.append((s, m.start(), m.end()))
        s = m.end()
    lines.append((s, end, end))
    widths = [len(raw[a:b].strip()) for a, b, _ in lines]
    widest = max(widths)
    # (two lines tell nothing by their widths: the first is the wider in wrapped prose and
    # under a headline alike)
    if len(lines) > 2 and _WRAP_MIN <= widest <= _WRAP_WIDTH and all(w >= _WRAP_SHARE * widest for w in widths[:-1]):
        _add(blocks, raw, start, end)  # prose wrapped at a width: one paragraph
        return
    s = start
    for i, (a, b, nxt) in enumerate(lines[:-1]):
        head = raw[a:b].rstrip()
        tail = raw[nxt:lines[i + 1][1]].lstrip()
        last = head.rsplit(None, 1)[-1] if head else ""
        if (_HEAD_END.search(head) or (len(head.strip()) >= _UNWRAPPED and _SENT_END.search(head))) \
                and _LINE_START.match(tail) and not tail[:1].islower() \
                and not (last.islower() and len(last) <= 4):  # "… the\nRegion", "… with\nGerman"
            _add(blocks, raw, s, b)
            s = nxt
    _add(blocks, raw, s, end)


def _add(blocks: list[Block], raw: str, start: int, end: int) -> None:
    if raw[start:end].strip():
        blocks.append(Block("body", list(raw[start:end]), list(range(start, end))))
