"""Spelling: a word the target language does not know, one typing slip away from a
common word of that language (S006).

Word frequencies come from wordfreq (already a dependency: the same tables the names and
language rules use).  A slip is one edit: a letter dropped, added, changed, or two
neighbours swapped (Damerau–Levenshtein distance 1), the classic shapes of typing and
OCR errors (tahn, poeple, contorl, Sautrday).  The intended word must be common
(Zipf 4+); a lower-case word of four letters or more absent from the lists may also be a
slip of a less common one (Zipf 3-4: ivid, scafolding, soigneusment) when the edit is not
in its ending (in English: when it swaps none of the few English endings for another:
landfal, inlan), and a three-letter lower-case non-word one of a very common word (hte,
yuo).  Short words are where a dropped letter hides best: a lower-case word of one to
three letters standing alone between words (no unit, formula letter, initial or
tokenised contraction) that the lists rank low for its length is a slip when the same
word with one letter more is a very common one (ws ~ was, nd ~ and, aso ~ also); a
single letter in English, German or French that is none of the language's one-letter
words is one too (government s monitoring).  A slip typed often enough to be listed
(Zipf 2.5-2.9: becuase, goverment) counts when it is a common word with two neighbours
swapped or one letter left out.  Words the source or another version also has (names,
terms kept in the original) are never reported, nor are compounds (German
Oppositionsfraktionen) and words of a language without a large frequency table
(wordfreq's small lists, Danish or Greek, stop at Zipf 3, where correct inflected forms
such as Danish "sletning" look unknown).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from rapidfuzz.distance import OSA

from ..errors import ConfigError
from ..model import Finding
from ._text import (UNSPACED_LANGS, _freq_store, common_prefix, decomposable, has_large_freq,
                    norm_lang, zipf)
from .context import CheckContext
from .registry import rule

_osa = OSA.distance
_WORD = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_SKIP_AROUND = frozenset("@#/\\_.:")  # handles, hashtags, paths, file names, URLs
_SENT_END = frozenset(".!?:;\"“”«»„")

MIN_LEN = 4
_RARE: dict[str, dict[str, bool]] = {}  # per language: word -> worth a closer look


RARE_ZIPF = 2.5
SHORT_ZIPF, SHORT_GAP = 5.5, 3.5
LONG, LONG_EASE = 4, 1.0
# a lower-case word of one to three letters rarer than this may be a common word with a
# letter dropped (ws ~ was, nd ~ and, aso ~ also), when the common word is SHORT_ZIPF+
# and DROP_GAP points more common.  The short lists' Zipf values are inflated by
# abbreviations and chat, so the bands sit above RARE_ZIPF
TINY_ZIPF = {2: 4.0, 3: 3.5}
DROP_GAP = 2.5
# a word listed below this may be a common typing slip the web has made a word of
TYPO_ZIPF, TYPO_TARGET, TYPO_LEN = 2.9, 5.0, 5
# languages whose one-letter words are known (in lower case): any other letter standing
# alone between words is a word with letters dropped (government s monitoring).  German
# has none of its own, but quotes English and Latin "a" (a priori)
ONE_LETTER = {"en": "a", "de": "a", "fr": "aày"}
INDEX_ZIPF = 3.5  # words at least this common can be the intended word of a slip


@lru_cache(maxsize=8)
def _delete_index(lang: str) -> dict[str, str | tuple[str, ...]] | None:
    """SymSpell-style index of the common words of ``lang``: every word and every form
    with one letter deleted → the words it comes from.  Two words one edit apart share a
    key, so a look-up costs a handful of dict probes instead of hundreds of frequency
    look-ups per unknown word.  Built once per language on first use."""
    store = _freq_store(lang)
    if store is None:
        return None
    floor = int(INDEX_ZIPF * 10)
    words, off, vals = store.words, store.offsets, store.values
    index: dict[str, list[str]] = {}
    for i in range(store.n):
        if vals[i] < floor:
            continue
        w = words[off[i]:off[i + 1] - 1].decode("utf-8")
        if len(w) < MIN_LEN - 1 or not w.isalpha():
            continue
        index.setdefault(w, []).append(w)
        for j in range(len(w)):
            index.setdefault(w[:j] + w[j + 1:], []).append(w)
    # nine keys in ten come from one word: keep those as a plain string (saves ~7 MB a
    # language in every batch worker)
    return {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """Optimal-string-alignment distance 1: one insertion, deletion, substitution or
    swap of neighbours."""
    return _osa(a, b, score_cutoff=1) == 1


def _end_edit(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ only in their last two letters (an inflection ending)?"""
    return common_prefix(a, b) >= min(len(a), len(b)) - 2


# English inflects with a few endings only: an edit at the end that swaps one of these for
# another (schizophrenias, midwifed) is a form the lists lack; any other (teamwrk,
# finalizin, landfal) is a slip
_EN_ENDINGS = frozenset({"", "s", "es", "d", "ed", "ing", "r", "er", "ers", "st", "est",
                         "y", "ies", "ied", "ly", "n", "en"})


_AFTER_E = frozenset({"d", "r", "st"})


def _inflection(a: str, b: str, lang: str) -> bool:
    """Is an edit at the end of ``a`` (toward ``b``) how ``lang`` inflects?  Outside English
    any edit of the last two letters is taken for one (gesamtem, Versuches)."""
    if not _end_edit(a, b):
        return False
    if lang != "en":
        return True
    if b.startswith(a) and b[len(a):] in _AFTER_E and not a.endswith("e"):
        return False  # these endings follow an e (move-d, late-r): inlan ~ inland is a slip
    i = common_prefix(a, b)
    # the stem may end before the first difference (cycl-ers ~ cycl-es)
    return any(a[k:] in _EN_ENDINGS and b[k:] in _EN_ENDINGS for k in range(i, max(-1, i - 4), -1))


@lru_cache(maxsize=20_000)
def correction(word: str, lang: str, min_zipf: float, min_gap: float) -> tuple[str, float] | None:
    """The most frequent word of ``lang`` one edit away from lower-case ``word``, if it is
    at least ``min_zipf`` common and ``min_gap`` Zipf points more common than ``word``.
    Outside English an edit of the last two letters is not a slip: it is how the word
    inflects, and the frequency lists lack rarer inflected forms (gesamtem, Versuches)."""
    index = _delete_index(lang)
    if index is None:
        return None
    zw = zipf(word, lang)
    need = max(min_zipf, zw + min_gap)
    keys = {word} | {word[:j] + word[j + 1:] for j in range(len(word))}
    best, best_z = None, need
    for k in keys:
        hit = index.get(k)
        if hit is None:
            continue
        for c in ((hit,) if isinstance(hit, str) else hit):
            if c == word or not _one_edit(word, c):
                continue
            if lang != "en" and _end_edit(word, c):
                continue
            z = zipf(c, lang)
            if z > best_z or (z == best_z and (best is None or c < best)):
                best, best_z = c, z
    return (best, best_z) if best is not None else None


@lru_cache(maxsize=8)
def _alphabet(lang: str) -> str:
    """The letters of ``lang``'s common words (at least 1 letter in 10,000 of them)."""
    from collections import Counter
    index = _delete_index(lang) or {}
    counts = Counter("".join(k for k, v in index.items() if isinstance(v, str) and k == v))
    total = sum(counts.values()) or 1
    return "".join(sorted(c for c, k in counts.items() if c.isalpha() and k * 10000 >= total))


@lru_cache(maxsize=20_000)
def eased_correction(word: str, lang: str, lo: float, hi: float,
                     min_gap: float) -> tuple[str, float] | None:
    """The most frequent word of ``lang`` with a Zipf value in [``lo``, ``hi``) one edit
    from ``word`` and ``min_gap`` points more common, the edit not in the last two
    letters (an inflection or derivation: schizophrenias, midwifed; in English, not one
    of its endings for another).  Below the delete index's floor, so the edits are
    generated and looked up (Norvig's way): ~600 probes for a ten-letter word, paid only
    for the few rare long words left over."""
    store = _freq_store(lang)
    if store is None:
        return None
    get = store.get
    letters = set(_alphabet(lang)) | set(word)
    n = len(word)
    cands = {word[:i] + word[i + 1:] for i in range(n)}
    cands.update(word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(n - 1))
    # an edit in the last two letters is an inflection, not made, except in English,
    # where ``_inflection`` tells the endings from slips
    for i in range(n + 1 if lang == "en" else n - 1):
        head, tail = word[:i], word[i:]
        for ch in letters:
            cands.add(head + ch + tail)
            if tail:
                cands.add(head + ch + tail[1:])
    cands.discard(word)
    need = max(lo, get(word) + min_gap)
    best, best_z = None, need
    for c in cands:
        z = get(c)
        if z < best_z or z >= hi or _inflection(word, c, lang):
            continue
        if z > best_z or best is None or c < best:
            best, best_z = c, z
    return (best, best_z) if best is not None else None


@lru_cache(maxsize=8)
def house_words(path: str) -> frozenset[str]:
    """A team's word list (one word a line, ``#`` comments), lower case.  A missing or
    unreadable file is a configuration error, not an empty list."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read the S006 word list: {e}") from None
    return frozenset(w.casefold() for line in text.splitlines()
                     if (w := line.split("#", 1)[0].strip()))


def _known_words(ctx: CheckContext, words_file: str = "") -> set[str]:
    """Lower-case words of every other version (names and terms kept from the original)
    and of the configured house list."""
    def build() -> set[str]:
        out: set[str] = set(house_words(words_file)) if words_file else set()
        for doc in ctx.versions:
            out.update(w.casefold() for w in _WORD.findall(doc.text))
        return out
    return ctx.cached("spelling.known", build)


class LazySet:
    """The set ``build()`` returns, built at the first look-up: most texts have no rare
    word, and their known words are then never needed."""

    __slots__ = ("_build", "_set")

    def __init__(self, build: Callable[[], set[str]]) -> None:
        self._build: Callable[[], set[str]] | None = build
        self._set: set[str] | None = None

    def __contains__(self, item: object) -> bool:
        if self._set is None:
            self._set = self._build()
            self._build = None
        return item in self._set


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0([‘'\"“„«":
        i -= 1
    return i < 0 or text[i] in _SENT_END or text[i] == "\n"


def _worth_a_look(w: str, lang: str) -> bool:
    """First pass: is ``w`` rare enough to be a slip at all?"""
    n = len(w)
    if n > 24:
        return False
    if n >= MIN_LEN - 1 and zipf(w, lang) < RARE_ZIPF:
        return True
    if not w.islower():
        return False
    if n >= MIN_LEN:
        return n >= TYPO_LEN and zipf(w, lang) < TYPO_ZIPF
    if n == 1:
        return lang in ONE_LETTER and w not in ONE_LETTER[lang]
    return zipf(w, lang) < TINY_ZIPF[n]


# a token after which a short word is no word standing alone: a unit after a figure (400 m,
# cu ft), a letter of a formula (e = mc2, 3.4 x 10), a tokenised contraction (ca n't, gon na)
_NOT_ALONE_AFTER = re.compile(r"(?:\d|[=<>+×*/^'’‘\-–(\[])\s*$")
_NOT_ALONE_BEFORE = re.compile(r"\s*(?:$|[=<>+×*/^'’‘\"()\[\]]|n['’]t\b|na\b|ta\b)")
_ALONE_END = frozenset(",;:!?”»")


def _standing_alone(text: str, s: int, e: int) -> bool:
    """Is the word at ``text[s:e]`` a word of its own between words (not a unit, a
    variable, an abbreviation or initial, an enumerator or a piece of a tokenised form)?"""
    if s and not text[s - 1].isspace():
        return False
    if e < len(text) and not (text[e].isspace() or text[e] in _ALONE_END):
        return False
    if _NOT_ALONE_AFTER.search(text, 0, s) or _NOT_ALONE_BEFORE.match(text, e):
        return False
    if e - s > 1:
        return True
    # a single letter before a figure is a variable or a label (x 10, n 5), one opening
    # the text a bullet (o Erweiterung)
    return not text[e:].lstrip()[:1].isdigit() and any(c.isalnum() for c in text[:s])


@lru_cache(maxsize=20_000)
def dropped_letter(word: str, lang: str) -> str | None:
    """The most common word of ``lang`` (SHORT_ZIPF+, DROP_GAP more common) that is
    lower-case ``word`` of one to three letters with one letter more (ws ~ was,
    s ~ is)."""
    # a single letter's own Zipf value counts it in every abbreviation and formula
    need = SHORT_ZIPF if len(word) == 1 else max(SHORT_ZIPF, zipf(word, lang) + DROP_GAP)
    if len(word) == 1:
        cands = {a + b for c in _alphabet(lang) for a, b in ((word, c), (c, word))}
    else:
        hit = (_delete_index(lang) or {}).get(word)
        cands = set() if hit is None else {hit} if isinstance(hit, str) else set(hit)
    best, best_z = None, 0.0
    for c in cands:
        if len(c) != len(word) + 1:
            continue
        z = zipf(c, lang)
        if z >= need and (z > best_z or (z == best_z and c < best)):
            best, best_z = c, z
    return best


@lru_cache(maxsize=20_000)
def common_slip(word: str, lang: str) -> str | None:
    """The most common word of ``lang`` (TYPO_TARGET+, DROP_GAP more common) that
    lower-case ``word`` is with two neighbouring letters swapped or one letter left out;
    outside English not at the end (an inflection)."""
    need = max(TYPO_TARGET, zipf(word, lang) + DROP_GAP)
    hit = (_delete_index(lang) or {}).get(word)
    cands = set() if hit is None else {hit} if isinstance(hit, str) else set(hit)
    cands = {c for c in cands if len(c) == len(word) + 1}
    cands.update(word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1))
    best, best_z = None, 0.0
    for c in cands:
        if c == word or (lang != "en" and _end_edit(word, c)) or _inflection(word, c, lang):
            continue
        z = zipf(c, lang)
        if z >= need and (z > best_z or (z == best_z and c < best)):
            best, best_z = c, z
    return best


def misspellings(text: str, lang: str, known: set[str], min_zipf: float = 4.0,
                 min_gap: float = 2.5) -> list[tuple[int, int, str, str]]:
    """(start, end, word, suggestion) for the slips of ``text`` (see the module doc)."""
    # first pass on the words alone: nearly all are common words of the language
    seen = _RARE.get(lang)
    if seen is None or len(seen) > 500_000:
        seen = _RARE[lang] = {}
    rare = set()
    for w in _WORD.findall(text):
        r = seen.get(w)
        if r is None:
            r = seen[w] = _worth_a_look(w, lang)
        if r:
            rare.add(w)
    if not rare:
        return []
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if w not in rare or not w.isalpha():
            continue  # a common word; hyphenated and elided forms are not judged
        s, e = m.span()
        if (s and text[s - 1] in _SKIP_AROUND) or (e < len(text) and text[e] in "@#/\\_"):
            continue
        if w.isupper() or (w[0].islower() and not w.islower()) or (len(w) > 1 and not w[1:].islower()):
            continue  # acronyms, brands (iPhone, McDonald)
        low = w.casefold()
        zw = zipf(low, lang)
        if low in known:
            continue
        if len(w) < MIN_LEN - 1 or (zw >= RARE_ZIPF and len(w) < MIN_LEN):
            # one or two letters, or three not quite rare: only a dropped letter, in a
            # word standing alone (a letter of a formula, a unit, an initial is none)
            sug = dropped_letter(low, lang) if _standing_alone(text, s, e) else None
            if sug is not None:
                out.append((s, e, w, sug))
            continue
        if zw >= RARE_ZIPF:
            # a slip common enough to be listed (thier, becuase, goverment): only the
            # typist's slips, two letters swapped or one left out, of a common word
            sug = common_slip(low, lang) if w.islower() and len(w) >= TYPO_LEN and zw < TYPO_ZIPF else None
            if sug is not None:
                out.append((s, e, w, sug))
            continue
        cap = w[0].isupper()
        if len(w) < MIN_LEN and cap:
            continue  # three letters: only a lower-case non-word (hte, yuo; zw < RARE_ZIPF here)
        # a capitalised word inside a sentence may be a name the lists lack: only a slip
        # of a very common word counts there (Sautrday, Britsih), and not one in the
        # first letter (Paria ~ Maria, Shans ~ Hans are other names)
        mid_cap = cap and not _sentence_initial(text, s)
        if len(w) < MIN_LEN:
            hit = correction(low, lang, SHORT_ZIPF, SHORT_GAP)
        else:
            hit = correction(low, lang, min_zipf + (0.5 if mid_cap else 0.0), min_gap)
            if hit is None and not cap and len(w) >= LONG and zw < min_zipf - min_gap and not (
                    lang == "de" and decomposable(low, lang)):
                # a longer lower-case word the lists (nearly) lack may be a slip of a
                # less common word (scafolding).  Pre-tests: a word listed at
                # min_zipf - min_gap or above can have no such neighbour, and German
                # compounds are ruled out first (both cost less than the search)
                hit = eased_correction(low, lang, min_zipf - LONG_EASE, min_zipf, min_gap)
        if hit is None:
            continue
        sug = hit[0]
        if mid_cap and sug[:1] != low[:1]:
            continue
        if lang == "de" and decomposable(low, lang):
            continue  # a compound of known words (checked last: it costs most)
        if cap:
            sug = sug[:1].upper() + sug[1:]
        out.append((s, e, w, sug))
    return out


@rule("S006", "misspelling", "Fluency/Spelling", "minor", artefact="misspelling",
      summary="A word the target language does not know, one typing slip (a letter dropped, "
              "added, changed or two swapped) away from a common word of that language; a short "
              "word or lone letter that is a very common word with a letter dropped (ws, nd, "
              "government s monitoring).",
      why="Typos survive machine translation of typo-ridden input, post-editing and OCR; "
          "a reader notices them at once, and they break search and terminology checks.",
      fail=("Die Regierung hat am Montag neue Massnahmen angekündigt.",
            "On Monday the govenment announced new measures."),
      ok=("Die Regierung hat am Montag neue Massnahmen angekündigt.",
          "On Monday the government announced new measures."),
      options={"min_zipf": 4.0, "min_gap": 2.5, "words": ""})
def misspelling(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    tl = norm_lang(ctx.target.lang or ctx.target.lang_detected)
    if not has_large_freq(tl) or tl in UNSPACED_LANGS:
        return
    words_file = str(opts.get("words") or "")
    if words_file:
        house_words(words_file)  # a bad list is an error even where no word is looked up
    known = LazySet(lambda: _known_words(ctx, words_file))
    min_zipf, min_gap = float(opts.get("min_zipf", 4.0)), float(opts.get("min_gap", 2.5))
    for seg in ctx.target.segments:
        if seg.kind in ("ui", "credit", "metadata", "byline", "embed"):
            continue
        for s, e, w, sug in misspellings(seg.text, tl, known, min_zipf, min_gap):
            yield ctx.flag(seg.start + s, seg.start + e, f"“{w}” looks like a misspelling of “{sug}”",
                           suggestion=sug)


__all__ = ["correction", "misspellings", "misspelling"]
