"""Repeated phrases: a translation that says a run of words twice where its source says it
once (C007).

Neural MT and LLM decoders can fall into a loop and emit a phrase again ("to the old city
to the old city"), a hallucination the literature calls oscillatory. S001 sees a single
word doubled, C005 a whole sentence repeated; this rule sees the run of words between.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Finding
from .context import CheckContext
from .form import base_lang, load_list
from .registry import rule
from .sentence import _joined_offset, _pairs

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MIN_ADJACENT = 2  # words in a run repeated right after itself ("the city the city")
# a run repeated later in the sentence: human prose repeats up to five words or so on
# purpose ("received an increase of 30% … received an increase of only 18%"); a decoder
# loop repeats a clause
MIN_APART = 7
MIN_CONTENT_APART = 3  # content words such a run must hold
# a run said twice around one of these ("Nummer sieben und Nummer sieben", "to share or to
# share"): human prose joins a word to itself (more and more, nach und nach), not a phrase
_CONJUNCTIONS = {"en": ("and", "or"), "de": ("und", "oder", "sowie"), "fr": ("et", "ou"),
                 "es": ("y", "e", "o", "u"), "it": ("e", "ed", "o"), "pt": ("e", "ou"),
                 "nl": ("en", "of")}


# words that join a word to itself in a reduplicated adverb (“step by step”, Swahili
# “hatua kwa hatua”, Malay “sedikit demi sedikit”, “petit à petit”, “Schritt für Schritt”):
# “X by X by …” is that adverb and the same linker opening the next phrase (“bega kwa bega
# kwa miaka”: shoulder to shoulder for years), not the run “X by” said twice
_REDUP_LINKS = {"en": frozenset("by to for after upon in".split()),
                "de": frozenset("für um an zu auf in".split()),
                "fr": frozenset("à par après pour contre".split()),
                "es": frozenset("a por tras con".split()),
                "it": frozenset("a per dopo".split()),
                "pt": frozenset("a por após".split()),
                "nl": frozenset("voor aan na om in bij".split()),
                "sw": frozenset("kwa".split()),
                "ms": frozenset("demi per ke".split()),
                "id": frozenset("demi per ke".split())}


def _reduplicated_adverb(words: list[str], a: int, b: int, k: int, lang: str | None) -> bool:
    """Is the two-word run ``words[a:a+2]`` said again at ``b = a + 2`` a word, a linker and
    the word again (“hatua kwa hatua”), followed by that linker opening the next phrase?  The
    word a lowercase one, not a stop word (three letters or more where the language has no stop list), and not said a third time."""
    if k != 2 or b != a + 2:
        return False
    links = _REDUP_LINKS.get(lang or "")
    word, link = words[a], words[a + 1]
    if not links or link not in links or word in links or not word.isalpha():
        return False
    if b + 2 < len(words) and words[b + 2] == word:
        return False  # “X by X by X”: a loop
    stop = load_list(f"stopwords.{lang}.txt")
    return word not in stop if stop else len(word) >= 3


def _content(words: list[str], lang: str) -> int:
    """How many of ``words`` are content words: not in the language's stop list, or (for a
    language without one) at least four letters long."""
    stop = load_list(f"stopwords.{lang}.txt")
    if stop:
        return sum(1 for w in words if w not in stop and not w.isdigit())
    return sum(1 for w in words if len(w) >= 4 and not w.isdigit())


def repeats(text: str, lang: str | None, apart: int = MIN_APART,
            content_apart: int = MIN_CONTENT_APART) -> list[tuple[int, int, int, int, int]]:
    """Runs of words ``text`` says twice: (first start, first end, second start, second
    end, words), longest first; each a run repeated right after itself (2+ words, one a
    content word, only spaces or one conjunction between) or later on (7+ words, three of them content words)."""
    words = [w.casefold() for w in _TOKEN.findall(text)]
    n = len(words)
    if n < 2 * MIN_ADJACENT or len(set(zip(words, words[1:]))) == n - 1:
        return []  # too short, or no two words in a row come twice: most sentences
    toks = [m.span() for m in _TOKEN.finditer(text)]
    lg = base_lang(lang)
    # each word pair against its latest earlier occurrence that does not overlap it: one
    # pass, linear also on "word word word …"
    latest: dict[tuple[str, str], list[int]] = {}
    out = []
    covered = -1  # the last token of a reported second occurrence
    for b in range(n - 1):
        key = (words[b], words[b + 1])
        prev = latest.get(key)
        a = next((c for c in reversed(prev) if c + 2 <= b), None) if prev else None
        if prev is None:
            latest[key] = [b]
        else:
            prev.append(b)
            del prev[:-2]
        if a is None or b <= covered:
            continue
        if a > 0 and words[a - 1] == words[b - 1]:
            continue  # inside a longer run, found from that run's start
        k = 2
        while b + k < n and a + k < b and words[a + k] == words[b + k]:
            k += 1
        run = words[a:a + k]
        if len(set(run)) == 1:
            continue  # one word over and over: S001's doubled word
        gap = text[toks[a + k - 1][1]:toks[b][0]]
        adjacent = (a + k == b and not gap.strip()) or (
            a + k + 1 == b and gap.strip().casefold() in _CONJUNCTIONS.get(lg, ()))
        if not ((adjacent and k >= MIN_ADJACENT and _content(run, lg) >= 1)
                or (k >= apart and _content(run, lg) >= content_apart)):
            continue
        if _reduplicated_adverb(words, a, b, k, lg) and text[toks[a][0]].islower():
            continue  # “hatua kwa hatua kwa …”: a reduplicated adverb, then the linker again
        covered = b + k - 1
        out.append((toks[a][0], toks[a + k - 1][1], toks[b][0], toks[b + k - 1][1], k))
    out.sort(key=lambda r: (-r[4], r[2]))
    return out


MIN_GLUED = 12  # characters of a run repeated glued to itself ("dementiert Trumpdementiert Trump")


def _common_prefix(text: str, i: int, j: int, limit: int) -> int:
    """How many characters from ``i`` and from ``j`` agree (at most ``limit``): a binary
    search over slice comparisons, so a long loop of one word costs no character loop."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text[i:i + mid] == text[j:j + mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def glued_repeats(text: str) -> list[tuple[int, int, int, int, int]]:
    """Runs of two words or more repeated right after themselves with no space between,
    or with only their last letters changed ("Folter Komplottin Entführung, Folter
    Komplott von"): a streaming decoder emitting its prefix again, glued to the word it
    was in.  Word runs cannot see them (the seam makes one word of two); compared as
    characters, case-sensitive: (first start, first end, second start, second end, words)."""
    out: list[tuple[int, int, int, int, int]] = []
    n = len(text)
    spans = [m.span() for m in _TOKEN.finditer(text)]
    words_at = [text[a:b].casefold() for a, b in spans]
    # where the next different word starts: a window of one word over and over
    # ("1,1,1,…", "ha ha ha") cannot hold a run of two words, so its starts are cheap
    next_other = [n] * len(spans)
    for t in range(len(spans) - 2, -1, -1):
        next_other[t] = (spans[t + 1][0] if words_at[t + 1] != words_at[t]
                         else next_other[t + 1])
    for t, (i, _) in enumerate(spans):
        if out and i < out[-1][3]:
            continue  # inside a run already reported
        head = text[i:i + 6]  # "the dr": a copy's first letters, spaces included
        if len(head) < 6:
            continue
        one_word = next_other[t] >= i + 200
        if one_word and len(words_at[t]) == 1:
            continue  # a one-letter word has no shorter prefix to make a second word
        j = text.find(head, i + MIN_GLUED)
        while j != -1 and j - i <= 200:
            if one_word and not (text[j - 1].isalnum() and (text[j].isalnum() or text[j] in "'’")) \
                    and text[j - 1] not in "'’":
                # the first copy then holds that word only, and a second word only as the
                # word cut short at the second copy's start
                j = text.find(head, j + 1)
                continue
            # the second copy glued to the text before it ("Trumpdementiert", "Hand.in"),
            # or that word grown by a few letters ("Komplottin Entführung"): no seam
            # between words for a word run
            if not text[j - 1].isspace() or text[j - 2:j - 1].isalpha():
                period = j - i
                k = _common_prefix(text, i, j, min(period, n - j))
                if text[j - 1].isspace() and not (k < period and text[i + k - 1].isalpha()
                                                      and text[i + k].isalpha()):
                    # a space before the second copy: only a first copy whose last word
                    # grew ("Komplott|in"), not one followed by a word of its own
                    # ("identifizierbare Leben in identifizierbare Leben zu")
                    j = text.find(head, j + 1)
                    continue
                first = text[i:j]
                # all of it, or all but the last few letters of the first copy's last word
                words = {w.casefold() for w in _TOKEN.findall(first)}
                # two words at least, not one word over and over (S001's doubled word)
                # and the second copy ends where a word does ("Spain Spain Spain" read
                # as "in Spain Spa|in Spa…" is one word looping: S001's)
                if k >= max(MIN_GLUED, period - 3) and len(words) >= 2 and \
                        not (j + k < n and text[j + k - 1].isalnum() and text[j + k].isalnum()):
                    out.append((i, j, j, j + k, len(_TOKEN.findall(text[j:j + k]))))
                    break
            j = text.find(head, j + 1)
    return out


def source_repeats(text: str, lang: str | None) -> bool:
    """Does a source repeat a run of its own (four words, one of them a content word, will
    do)?  Its translation may then say it twice as well."""
    return bool(repeats(text, lang, apart=4, content_apart=1))


@rule("C007", "repeated-phrase", "Accuracy/Addition", "major", artefact="repetition",
      summary="A run of words the translation says twice where the source says it once: "
              "repeated right after itself (“to the old city to the old city”, two words or more, "
              "also across “and”/“or”: “Nummer sieben und Nummer sieben”, and glued to the "
              "text before it: “dementiert Trumpdementiert Trump”) "
              "or later in the same sentence (seven words or more, three of them content words). "
              "Not a reduplicated adverb, a lowercase word joined to itself by a linker, before that "
              "linker opening the next phrase (“step by step by”, Swahili “hatua kwa hatua kwa”, "
              "Malay “satu demi satu demi”): grammar, not a run said twice. "
              "A source that repeats itself is left alone; a single doubled word is S001's, a "
              "whole sentence repeated C005's.",
      why="A decoder stuck in a loop (an oscillatory hallucination) repeats a phrase; the "
          "sentence stays fluent enough to slip past a reader skimming it, and it adds "
          "content the source does not have.",
      fail=("Er fuhr gestern in die Altstadt.", "He drove to the old town to the old town yesterday."),
      ok=("Er fuhr gestern in die Altstadt.", "He drove to the old town yesterday."),
      needs_source=True)
def repeated_phrase(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    if src is None:
        return
    for b, stext, ttext in _pairs(ctx):
        found = repeats(ttext, ctx.target.lang) or glued_repeats(ttext)
        if not found or source_repeats(stext, src.lang) or glued_repeats(stext):
            continue  # nothing repeated, or the source repeats itself too
        s1, e1, s2, e2, k = found[0]
        start, end = _joined_offset(b, s2), _joined_offset(b, e2)
        yield ctx.flag(start, end,
                       f"“{ttext[s2:e2]}” repeats “{ttext[s1:e1]}” ({k} words); the source says it once",
                       suggestion="delete the repetition")
