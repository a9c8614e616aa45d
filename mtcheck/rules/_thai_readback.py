"""Read a romanised Thai name back into the Thai sentence it came from.

Out of Thai, a translation writes a person's name in Latin letters (the Royal Thai
General System or a family's own spelling: วรชัย ~ Worachai, บุญเรือง ~ Bunrueang).  Thai
has no capitals and no blanks between words, so nothing in the source marks a name; the
consonants do: each Latin spelling keeps the Thai letters' sounds, in order.

A Thai word's consonants fall into classes (ก ข ค k, ด ต ท ถ t, บ ป พ ผ p, …); the vowel
carrier อ, the glides ย ว and the tone letter ห are dropped, as the Latin spelling drops
w, y, h and the vowels; a letter under the silencing mark ์ is not said, and รร is a vowel.
A Thai final ร ล ญ ณ is said n, a final จ ช ซ ศ ษ ส said t: a Latin n or t may stand
for them.  A full name (two capitalised words or more, four consonants or more together)
that reads back, consonant for consonant, inside the Thai sentence is that sentence's
name: a chance match of that length in one sentence is rare.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["thai_names_read_back"]

_THAI = {**dict.fromkeys("กขฃคฅฆ", "K"), "ง": "G", **dict.fromkeys("จฉชฌ", "C"),
         **dict.fromkeys("ซศษส", "S"), **dict.fromkeys("ฎดฏตฐฑฒถทธ", "T"),
         **dict.fromkeys("ญณน", "n"), **dict.fromkeys("บปผพภ", "P"), **dict.fromkeys("ฝฟ", "F"),
         "ม": "M", **dict.fromkeys("รลฬฤฦ", "R")}
_THAI_SILENT = "\u0e4c"  # ์ thanthakhat: the letter under it is not said
_THAI_CHAR = re.compile(r"[\u0e00-\u0e7f]")

# Latin digraphs first (RTGS ph th kh ch ng), then single letters
_LATIN = re.compile(r"ng|ch|ph|th|kh|sh|[a-z]")
_LATIN_MAP = {"ng": "G", "ch": "C", "sh": "C", "ph": "P", "th": "T", "kh": "K",
              "k": "K", "g": "K", "c": "K", "q": "K", "j": "C", "s": "S", "z": "S",
              "d": "T", "t": "T", "n": "n", "b": "P", "p": "P", "f": "F", "m": "M",
              "r": "R", "l": "R"}
# what a Latin consonant may stand for in the Thai skeleton (finals: ร ล -> n, ส ช -> t)
_MATCHES = {"n": "[nR]", "T": "[TSC]"}

# a full name: two capitalised words or more (Worachai Bunrueang), one or two letters
# joined by a hyphen allowed inside a word
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)+\b")
MIN_CONSONANTS = 4


def thai_skeleton(text: str) -> str:
    """The consonant classes of the Thai letters of ``text`` in order; blanks between Thai
    words are dropped (Thai writes a name and its surname apart), anything else breaks
    the run ("|")."""
    out: list[str] = []
    prev = ""
    for ch in text:
        if ch == _THAI_SILENT:
            if out and out[-1] != "|":
                out.pop()
        elif ch == "ร" and prev == "ร":
            if out and out[-1] == "R":
                out.pop()  # รร: the vowel a (สุวรรณ su-wan)
        elif ch in _THAI:
            out.append(_THAI[ch])
        elif _THAI_CHAR.match(ch) or ch.isspace():
            pass
        else:
            out.append("|")
        prev = ch
    return "".join(out)


def latin_skeleton(word: str) -> str:
    return "".join(_LATIN_MAP.get(m, "") for m in _LATIN.findall(word.lower()))


@lru_cache(maxsize=4096)
def _pattern(skeleton: str) -> re.Pattern[str]:
    return re.compile("".join(_MATCHES.get(c, c) for c in skeleton))


def thai_names_read_back(thai: str, text: str, common=None) -> set[str]:
    """The words of the full names in ``text`` (a translation's sentence) that read back
    as consonants, in order, inside Thai sentence ``thai``.  ``common(word)`` says a word
    is a common word of the translation's language, not a name's (a sentence-initial
    "Police Colonel" is no name)."""
    found: set[str] = set()
    if not _THAI_CHAR.search(thai):
        return found
    skel = None
    for m in _FULL_NAME.finditer(text):
        words = m.group().split(" ")
        if common is not None and any(common(w) for w in words):
            continue
        sk = "".join(latin_skeleton(w) for w in words)
        if len(sk) < MIN_CONSONANTS:
            continue
        if skel is None:
            skel = thai_skeleton(thai)
        if _pattern(sk).search(skel):
            found.update(words)
    return found
