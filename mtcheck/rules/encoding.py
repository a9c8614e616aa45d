"""Encoding damage: text that is not the characters it appears to be (S013).

Four shapes, all in the translation alone:

* **mojibake**: UTF-8 read as Latin-1 or Windows-1252 ("GrÃ¶ÃŸe", "itâ€™s"), found by
  one regular expression of the telltale pairs and confirmed and repaired by ftfy
  (already installed: wordfreq depends on it); UTF-8 read as a CJK code page
  ("Pr鋝identen": an ideograph inside a word of a Latin-script language); and U+FFFD,
  the replacement character a decoder leaves for bytes it could not read;
* **look-alike letters**: a word that mixes scripts where the odd letters are
  homoglyphs of the word's own script ("Merkеl" with a Cyrillic е).  It looks right,
  but search, the name checks and spell checkers do not match it.  Flagged only when
  the word with its look-alikes replaced is a word of the language or appears in
  another version or elsewhere in the translation (so "NF-κB" is left alone);
* **invisible characters inside a word**: zero-width space, word joiner, byte-order
  mark, zero-width (non-)joiners between Latin, Greek or Cyrillic letters, and control
  characters.  The loader drops them before any rule runs, so they are read from the
  file as decoded (the raw text); soft hyphens are hyphenation hints and stay allowed;
* **bidirectional controls** (embeddings, overrides, isolates) in a text without a
  right-to-left script, where they only reorder what the reader sees.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from typing import Iterator

from ..model import Finding, Severity
from ._text import norm_lang, zipf
from .context import CheckContext
from .registry import rule

# a UTF-8 lead byte read as Latin-1/cp1252 followed by a continuation byte read the same way
_MOJIBAKE_PROBE = re.compile(
    "[ÃÂâÅÆÐÑØÙ][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")
_WORD = re.compile(r"[^\W\d_]+")
# zero-width space and joiners, word joiner, BOM, controls other than tab/newline/return
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_INVISIBLE_ENTITY = re.compile(r"&(?:#x0*(?:200[bcd]|2060|feff)|#0*(?:820[345]|8288|65279)|"
                               r"ZeroWidthSpace|zwn?j|NoBreak);", re.I)
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_GREEK_CYRILLIC = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

_CYR_LAT = dict(zip("аеорсухіјѕԁӏһԛԝАВЕКМНОРСТХУІЈЅ", "aeopcyxijsdlhqwABEKMHOPCTXYIJS"))
_GRK_LAT = dict(zip("οανριτκυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "oavpitkuABEZHIKMNOPTYX"))
# for a word of the given (majority) script: look-alike letter of another script -> own letter
_LOOKALIKE = {
    "LATIN": {**_CYR_LAT, **_GRK_LAT},
    "CYRILLIC": {v: k for k, v in _CYR_LAT.items()},
    "GREEK": {v: k for k, v in _GRK_LAT.items()},
}
# languages written in another script, where Latin letters beside their own are normal
_NOT_LATIN = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my", "ar", "fa", "ur", "he", "yi",
                        "hi", "mr", "ne", "bn", "ta", "te", "kn", "ml", "gu", "pa", "si", "am",
                        "ka", "hy", "ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "el"})


@lru_cache(maxsize=8192)
def _script(c: str) -> str:
    name = unicodedata.name(c, "")
    for s in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(s):
            return s
    if name.startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA")):
        return "CJK"
    return "OTHER"


def mojibake(text: str, lang: str | None) -> list[tuple[int, int, str, str | None]]:
    """(start, end, message, repair or None) for the encoding damage of ``text``."""
    out: list[tuple[int, int, str, str | None]] = []
    if _MOJIBAKE_PROBE.search(text):
        import ftfy  # only for the few texts the probe lets through (import ~20 ms)
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            from difflib import SequenceMatcher
            for op, a, b, _c, _d in SequenceMatcher(None, text, fixed, autojunk=False).get_opcodes():
                if op == "equal":
                    continue
                s, e = _word_around(text, a, max(b, a + 1))
                w = text[s:e]
                repair = ftfy.fix_encoding(w)  # the word alone: a suggestion to paste
                out.append((s, e, f"mojibake “{w}”: UTF-8 read in another encoding",
                            repair if repair != w else None))
    if "\ufffd" in text:
        for i in (m.start() for m in re.finditer("\ufffd", text)):
            s, e = _word_around(text, i, i + 1)
            out.append((s, e, "“\ufffd” (U+FFFD): characters the decoder could not read are lost", None))
    if norm_lang(lang) not in _NOT_LATIN and _CJK.search(text):
        for m in _WORD.finditer(text):
            w = m.group()
            if w.isascii():
                continue
            scripts = {_script(c) for c in w}
            if "CJK" in scripts and "LATIN" in scripts:
                out.append((m.start(), m.end(), f"“{w}”: ideographs inside a Latin word, UTF-8 "
                            "read as a CJK code page", None))
    return _dedupe(out)


def lookalikes(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, word with its look-alike letters replaced) for words that mix
    scripts through homoglyphs (Merkеl with a Cyrillic е)."""
    out: list[tuple[int, int, str, str]] = []
    if not (_GREEK_CYRILLIC.search(text) and _ASCII_LETTER.search(text)):
        return out  # one script only (nearly every text): nothing to mix up
    for m in _WORD.finditer(text):
        w = m.group()
        if w.isascii() or len(w) < 2:
            continue
        counts: dict[str, int] = {}
        for c in w:
            s = _script(c)
            counts[s] = counts.get(s, 0) + 1
        if len(counts) < 2 or not set(counts) <= {"LATIN", "CYRILLIC", "GREEK"}:
            continue
        major = max(counts, key=lambda s: (counts[s], s))
        table = _LOOKALIKE[major]
        odd = [c for c in w if _script(c) != major]
        if odd and all(c in table for c in odd):
            out.append((m.start(), m.end(), w, "".join(table.get(c, c) if _script(c) != major else c
                                                       for c in w)))
    return out


_TRAILING = ".,;:!?)]}\"'»”’"


def _word_around(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen [a, b) to the whole word (run of non-space characters) it touches, without
    the punctuation after it."""
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    while b - 1 > a and text[b - 1] in _TRAILING and b - 1 >= a + 1:
        b -= 1
    return a, b


def _dedupe(items: list) -> list:
    seen: set[tuple[int, int]] = set()
    out = []
    for it in items:
        if (it[0], it[1]) not in seen:
            seen.add((it[0], it[1]))
            out.append(it)
    return out


def _invisible_in_words(ctx: CheckContext) -> Iterator[tuple[int, int, str]]:
    """(start, end, character name) in the normalised text for each invisible character
    that stood inside a word of the translation."""
    doc = ctx.target
    text = doc.text
    if doc.offsets is None:  # pair mode: the text as given, nothing dropped
        for m in _INVISIBLE.finditer(text):
            i = m.start()
            if _inside_word(text, i, i + 1):
                s, e = _word_around(text, i, i + 1)
                yield s, e, unicodedata.name(m.group(), f"U+{ord(m.group()):04X}")
        return
    raw, offs = doc.raw, doc.offsets
    hits = [(m.start(), m.group()) for m in _INVISIBLE.finditer(raw)]
    hits += [(m.start(), m.group()) for m in _INVISIBLE_ENTITY.finditer(raw)]
    for p, what in sorted(hits):
        i = bisect_left(offs, p)  # the first text character after the dropped one
        if not (0 < i < len(text)) or not (offs[i - 1] < p < offs[i]):
            continue
        if not (_letter(text[i - 1]) and _letter(text[i])):
            continue  # between words, in markup, at an edge: harmless
        if what.startswith("&"):
            name = what
        else:
            name = unicodedata.name(what, f"U+{ord(what):04X}")
        s, e = _word_around(text, i - 1, i)
        yield s, e, name


def _visible(text: str) -> str:
    """``text`` with its invisible characters shown as ⟨U+200B⟩ (a finding must show
    where the character is)."""
    return _INVISIBLE.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def _letter(c: str) -> bool:
    return c.isalpha() and _script(c) in ("LATIN", "CYRILLIC", "GREEK")


def _inside_word(text: str, a: int, b: int) -> bool:
    return a > 0 and b < len(text) and _letter(text[a - 1]) and _letter(text[b])


def _known(word: str, ctx: CheckContext) -> bool:
    """Is ``word`` a word of the target language or written so in some version?"""
    tl = ctx.target.lang or ctx.target.lang_detected
    if zipf(word, tl) >= 2.0:
        return True
    words = ctx.cached("encoding.words", lambda: {w.casefold() for d in (ctx.target, *ctx.versions)
                                                  for w in _WORD.findall(d.text)})
    return word.casefold() in words


@rule("S013", "encoding-damage", "Fluency/Character encoding", "major", artefact="encoding",
      summary="Text that is not the characters it appears to be: mojibake (GrÃ¶ÃŸe, itâ€™s, "
              "Pr鋝identen, U+FFFD), a word with look-alike letters of another script (Merkеl "
              "with a Cyrillic е), an invisible character inside a word (zero-width space, "
              "word joiner, control characters), bidirectional controls in left-to-right text.",
      why="Mojibake is visible garbage in published copy; look-alike letters and invisible "
          "characters are not visible at all, yet search, links, hyphenation, name and "
          "terminology checks no longer match the word.",
      fail=("Die Grösse der Halle überrascht.", "Die GrÃ¶ÃŸe der Halle Ã¼berrascht."),
      ok=("Die Grösse der Halle überrascht.", "Die Größe der Halle überrascht."))
def encoding_damage(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    tgt = ctx.target
    text = tgt.text
    tl = tgt.lang or tgt.lang_detected
    for s, e, msg, repair in mojibake(text, tl):
        yield ctx.flag(s, e, msg, suggestion=repair)
    for s, e, w, plain in lookalikes(text):
        if not _known(plain, ctx):
            continue
        odd = sorted({f"{unicodedata.name(c).split()[0].title()} “{c}” (U+{ord(c):04X})"
                      for c, p in zip(w, plain) if c != p})
        verb = "looks" if len(odd) == 1 else "look"
        yield ctx.flag(s, e, f"“{w}” mixes scripts: {', '.join(odd)} {verb} like a letter of "
                       "the word's own script", suggestion=plain)
    minor = min(ctx.severities.get("S013", Severity.MAJOR), Severity.MINOR)
    for s, e, name in _invisible_in_words(ctx):
        rs, re_ = tgt.raw_span(s, e)
        shown = _visible(tgt.raw[rs:re_]) if tgt.offsets is not None else _visible(text[s:e])
        yield ctx.flag(s, e, f"an invisible character ({name}) inside “{shown}”",
                       suggestion=text[s:e] if tgt.offsets is not None else
                       _INVISIBLE.sub("", text[s:e]), severity=minor)
    if _BIDI.search(text) and not _RTL.search(text):
        for m in _BIDI.finditer(text):
            s, e = _word_around(text, m.start(), m.end())
            yield ctx.flag(s, e, f"a bidirectional control ({unicodedata.name(m.group())}) in "
                           "left-to-right text: it reorders what the reader sees")
