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
swapped or one letter left out.  A two-letter one counts up to Zipf 4.5 (ar ~ are, mi ~
mit; the lists rank such forms high for names and chat), save before a capitalised word
(di Caprio, al Assad: name particles).  A hyphenated compound is judged by its long
lower-case parts no list has (anti-corrption); a long lower-case word no list has at all
may be a rare word with a letter dropped (wheelbarow), and one of eight letters or more two
slips from a common word with its first letter (sucessfull, emmisions).  English real words a frequency
list cannot see are slips where grammar wants another word one letter longer: "an"
before a consonant or a function word (cats an dogs, an I left: and), a word one letter
short of "been" after have (has ben), of a function word before an article or pronoun
(said hat the: that; not after an article or possessive: his hat the whole day).  Words
the source or another version also has (names, terms kept in the original) are never
reported, nor are a listed three-letter English word after an article (with a hoe: a
noun, not chat for "home"), a word beside another that no list has and that is no slip
(agal vilakku: a phrase of another language kept), capitalised romanisations of characters
of a Chinese or Japanese version (Liping for 丽萍), Slavic words made with a one-letter
prefix of the word they would be a slip of (Ukrainian вдаю ~ даю), English plurals of
listed rare words that are no slips themselves (ratoons ~ ratoon), compounds (German
Oppositionsfraktionen) and words of a language
without a large frequency table (wordfreq's small lists, Danish or Greek, stop at Zipf
3, where correct inflected forms such as Danish "sletning" look unknown).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from rapidfuzz.distance import OSA

from ..errors import ConfigError
from ..model import Finding
from ._text import (PARTICLES, UNSPACED_LANGS, _TO_LATIN, capital_mentions, _freq_store, common_prefix,
                    decomposable, exonym_classes, fold, has_large_freq, norm_lang, present_in_other_script,
                    zipf)
from .context import CheckContext
from .encoding import _MOJIBAKE_PROBE
from .registry import rule

_osa = OSA.distance
_WORD = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_HYPHENS = re.compile(r"[-‐]")
_ELISION = re.compile(r"[-‐'’]")
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
TINY_ZIPF = {2: 4.5, 3: 3.5}
DROP_GAP = 2.5
# two-letter forms listed this high are also name particles (de, la, al): one counts
# only where no capitalised word follows
PARTICLE_ZIPF = 4.0
# a word listed below this may be a common typing slip the web has made a word of
TYPO_ZIPF, TYPO_TARGET, TYPO_LEN = 2.9, 5.0, 5
# languages whose one-letter words are known (in lower case): any other letter standing
# alone between words is a word with letters dropped (government s monitoring).  German
# has none of its own, but quotes English and Latin "a" (a priori)
ONE_LETTER = {"en": "a", "de": "a", "fr": "aày"}
INDEX_ZIPF = 3.5  # words at least this common can be the intended word of a slip
# a long lower-case word no list has at all may be a slip of a rare word down to this
# (wheelbarow ~ wheelbarrow, hipopotame ~ hippopotame); long words have few neighbours
DEEP_LEN, DEEP_ZIPF = 7, 2.5
HYPHEN_PART = 6  # the shortest part of a hyphenated compound judged on its own
# a lower-case word of this length or more that no list has at all may be two slips away
# from a common word (sucessfull, emmisions); long words have few such neighbours
TWO_EDIT_LEN = 8
# an unlisted English plural whose singular the lists hold this common may be a real word
PLURAL_BASE_ZIPF = 1.0


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


# forms the frequency lists hold rarely though their lemma is common enough: German past
# tenses (fußten ~ fußen, reckte ~ recken), the subjunctive of reported speech (sinke,
# sinkest, sinket ~ sinken) and comparatives (schwüler ~ schwül); the
# plural of a strong verb's past whose singular is listed (Dutch vervingen ~ verving,
# German verfingen ~ verfing: the vowel change is the verb's, no slip); the plural in -s
# (-es, French -x) of a noun or adjective of a Romance language that marks it so (Spanish
# sosos ~ soso, French dongs ~ dong): a real word, not a slip of a common neighbour
_ROMANCE_PLURAL = ((("es",), ""), (("s",), ""))
_LEMMA_ENDINGS = {"de": ((("test", "tet", "ten", "te"), "en"),
                         (("erem", "eren", "erer", "eres", "ere", "er",
                           "stem", "sten", "ster", "stes", "ste"), ""),
                         (("en",), ""),
                         (("est", "et", "e"), "en")),
                  "nl": ((("en",), ""),),
                  "es": _ROMANCE_PLURAL, "pt": _ROMANCE_PLURAL, "ca": _ROMANCE_PLURAL,
                  # (the third person plural of a verb in -er: soudent ~ souder, no slip of souvent)
                  "fr": ((("s", "x"), ""), (("ent",), "er"))}
# the imperfect of a Romance verb, rare in the lists though its infinitive is not (Portuguese
# tecia ~ tecer, Spanish tejía ~ tejer, Italian tesseva ~ tessere): a real form, not a slip
# of a common neighbour (teria)
_IMPERFECTS = {"pt": (((("avam", "ava"), "ar"),), ((("iam", "ia"), "er"), (("iam", "ia"), "ir"))),
               "es": (((("aban", "aba"), "ar"),), ((("ían", "ía"), "er"), (("ían", "ía"), "ir"))),
               "it": (((("avano", "ava"), "are"),), ((("evano", "eva"), "ere"),), ((("ivano", "iva"), "ire"),))}
for _lang, _groups in _IMPERFECTS.items():
    _LEMMA_ENDINGS[_lang] = _LEMMA_ENDINGS.get(_lang, ()) + tuple(g for gs in _groups for g in gs)
# the languages whose plural adds -s (a unit's or currency's plural: dongs, wons)
_PLURAL_S_LANGS = frozenset({"es", "pt", "ca", "fr"})


@lru_cache(maxsize=20_000)
def _inflects_listed(word: str, lang: str) -> bool:
    """Is listed but rare ``word`` a regular inflection of a word of ``lang`` that is not
    rare (RARE_ZIPF+)?  Such a form is a real word, not a slip of a common neighbour
    (German fußten ~ fußen, English pupping ~ pup)."""
    if lang == "en":
        # a stem's last consonant doubled before -ing, -ed (pup → pupping, sag → sagged):
        # the form of a common short word, rare itself; not -er, -est, where a rare form is
        # more often a slip (maller ~ smaller) than the comparative of a rare adjective
        for end in ("ing", "ed"):
            if word.endswith(end):
                stem = word[:-len(end)]
                if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouy" \
                        and zipf(stem[:-1], lang) >= RARE_ZIPF:
                    return True
                break
    if lang == "sv" and word.endswith("nt") and len(word) >= 5:
        # a Swedish verb of the second conjugation in -nda drops the -d- before the -t of
        # its supine (vända ~ vänt, använda ~ använt, invända ~ invänt): a verb whose past
        # is -nde (vände), not one of the first conjugation (blanda ~ blandat)
        stem = word[:-2]
        if zipf(stem + "nda", lang) >= RARE_ZIPF and zipf(stem + "nde", lang) > zipf(stem + "ndat", lang):
            return True
    if lang == "de" and word.endswith("t") and len(word) >= 5 and not word.endswith("tt"):
        # the present of a rare verb (laicht, häutet ~ laichen, häuten): the lists hold its
        # infinitive and its participle too, a paradigm, not one stray neighbour
        stem = word[:-2] if word.endswith("et") and zipf(word[:-2] + "en", lang) > 0 else word[:-1]
        if min(zipf(stem + "en", lang), zipf("ge" + stem + "t", lang)) >= PARADIGM_ZIPF \
                and not _umlaut_dropped(word):
            return True
    for endings, lemma_end in _LEMMA_ENDINGS.get(lang, ()):
        for end in endings:
            stem = word[:-len(end)]
            if word.endswith(end) and len(stem) >= 3:
                if zipf(stem + lemma_end, lang) >= RARE_ZIPF:
                    return True
                break  # the longest ending that fits is the one to undo
    return False


PARADIGM_ZIPF = 1.0  # the other forms of a rare German verb, each listed at least this common


def _doubled_past(word: str) -> bool:
    """Is English ``word``, which no list has, the past in -ed of a short verb whose last
    consonant it doubles, the lists holding the verb and its form in -ing doubled alike
    (din → dinning, dinned): a paradigm, no slip of a neighbour?"""
    if not word.endswith("ed") or len(word) < 6:
        return False
    stem = word[:-2]
    c = stem[-1]
    return c == stem[-2] and c not in "aeiouy" and zipf(stem[:-1], "en") >= RARE_ZIPF \
        and zipf(stem + "ing", "en") >= PARADIGM_ZIPF
_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}


def _umlaut_dropped(word: str) -> bool:
    """Is German ``word`` a common word with its umlaut dropped (fuhrt ~ führt)?  Its
    lookalike paradigm (fuhren, gefuhrt) is then the slip's, not a verb's."""
    return any(zipf(word[:i] + _UMLAUTS[c] + word[i + 1:], "de") >= RARE_ZIPF
               for i, c in enumerate(word) if c in _UMLAUTS)


# an English word with a regular ending whose base is a word of its own, not rare (this
# or more common): the form is a real word the lists hold rarely (heller-s, ply-ing,
# bathe-r, bathe-d), not a slip of a common neighbour (sellers, playing, Father)
EN_BASE_ZIPF = 3.0
AGENT_ZIPF = 1.8  # an agent noun in -r and its plural both listed at least this common
DEGREE_TWIN_ZIPF = 1.0  # the other degree of a comparison (ripe-r ~ ripe-st), listed at least this common


_EN_VOWELS = frozenset("aeiou")


def _kept_whole(base: str) -> bool:
    """Does an English base keep its last letters whole before -ing, -ed: two different
    consonants (pulp-ing, milk-ed; not a doubled one, run-ning) after a vowel, where no
    silent e can have dropped and no consonant doubles?"""
    return len(base) >= 4 and base[-1] != base[-2] and all(
        c.isalpha() and c not in _EN_VOWELS and c != "y" for c in base[-2:]) and base[-3] in _EN_VOWELS


@lru_cache(maxsize=20_000)
def _english_regular_form(word: str) -> bool:
    """Is ``word`` a regular form of a not-rare English base: the plural or 3rd person
    (-s; -es after a sibilant or o; -ies), -ing or -ed on a base ending in y, w or x or in
    two different consonants after a vowel, kept whole (ply-ing, stew-ed, pulp-ing), or an
    agent noun in -r of a base ending in e that the lists hold with its own plural (bather,
    bathers), or a comparative in -r or superlative in -st of a base ending in e that the
    lists hold in the other degree too, as rare (cruder, crudest)?  Not a base whose e or doubled consonant
    would have to be guessed back (moring ~ more, runing ~ rune, adviced ~ advice: slips of
    morning, running, advised), nor -er on other bases (maller ~ smaller)."""
    if len(word) < 5:
        return False
    bases = []
    if word.endswith("ies"):
        bases.append(word[:-3] + "y")
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh", "o")):
        bases.append(word[:-2])  # (box-es, not jug-es: a slip of judges)
    if word.endswith("s") and not word.endswith("ss"):
        bases.append(word[:-1])
    for end in ("ing", "ed"):
        base = word[:-len(end)]
        if word.endswith(end) and (base[-1:] in ("y", "w", "x") or _kept_whole(base)):
            bases.append(base)
    if word.endswith("ied"):
        bases.append(word[:-3] + "y")
    if word.endswith("er") and min(zipf(word, "en"), zipf(word + "s", "en")) >= AGENT_ZIPF:
        bases.append(word[:-1])  # bathe-r (not memer ~ meme, forer ~ fore: no plural listed)
    # the comparative or superlative of an adjective in -e, the other degree listed too and
    # rare as well (a paradigm: crude-r beside crude-st; not fore-r beside the common noun
    # forest, a slip of former)
    if word.endswith("er") and DEGREE_TWIN_ZIPF <= zipf(word[:-1] + "st", "en") < TYPO_ZIPF:
        bases.append(word[:-1])  # crude-r (crude-st)
    if word.endswith("est") and DEGREE_TWIN_ZIPF <= zipf(word[:-2] + "r", "en") < TYPO_ZIPF:
        bases.append(word[:-2])  # crude-st (crude-r)
    return any(len(b) >= 3 and zipf(b, "en") >= EN_BASE_ZIPF for b in bases)


def _best_neighbour(word: str, lang: str, floor: float,
                    fits: Callable[[str], bool]) -> tuple[str, float] | None:
    """The most frequent word of ``lang`` (``floor``+, ties to the first in order) that
    shares a key of the delete index with ``word`` (itself or one letter deleted) and
    ``fits``; the neighbour search of both correction functions below."""
    index = _delete_index(lang)
    if index is None:
        return None
    keys = {word} | {word[:j] + word[j + 1:] for j in range(len(word))}
    best, best_z = None, floor
    for k in keys:
        hit = index.get(k)
        if hit is None:
            continue
        for c in ((hit,) if isinstance(hit, str) else hit):
            if not fits(c):
                continue
            z = zipf(c, lang)
            if z > best_z or (z == best_z and (best is None or c < best)):
                best, best_z = c, z
    return (best, best_z) if best is not None else None


@lru_cache(maxsize=20_000)
def correction(word: str, lang: str, min_zipf: float, min_gap: float) -> tuple[str, float] | None:
    """The most frequent word of ``lang`` one edit away from lower-case ``word``, if it is
    at least ``min_zipf`` common and ``min_gap`` Zipf points more common than ``word``.
    Outside English an edit of the last two letters is not a slip: it is how the word
    inflects, and the frequency lists lack rarer inflected forms (gesamtem, Versuches)."""
    need = max(min_zipf, zipf(word, lang) + min_gap)
    return _best_neighbour(word, lang, need, lambda c: c != word and _one_edit(word, c)
                           and not (lang != "en" and _end_edit(word, c)))


@lru_cache(maxsize=20_000)
def two_edit_correction(word: str, lang: str, min_zipf: float) -> tuple[str, float] | None:
    """The most frequent word of ``lang`` (``min_zipf``+) two edits from ``word`` that
    shares a one-letter deletion with it (one letter left out and another doubled,
    changed or added: sucessfull ~ successful, emmisions ~ emissions), starting with the
    same letter (typists rarely miss the first), the edits not an inflection."""
    return _best_neighbour(word, lang, min_zipf, lambda c: c[:1] == word[:1]
                           and _osa(word, c, score_cutoff=2) == 2 and not _inflection(word, c, lang)
                           and not (lang != "en" and _end_edit(word, c)))


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


# Serbian writes its Cyrillic letter for letter in Latin (the two alphabets are official):
# a name of a Serbian Cyrillic version comes back in a Latin translation so (Моравица фрукт ~
# Moravica frukt)
_SR_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š"})
_SR_LANGS = frozenset({"sr", "sh", "bs", "me", "cnr"})


def _known_words(ctx: CheckContext, words_file: str = "") -> set[str]:
    """Lower-case words of every other version (names and terms kept from the original;
    a Serbian Cyrillic version's also in Latin letters) and of the configured house list."""
    def build() -> set[str]:
        out: set[str] = set(house_words(words_file)) if words_file else set()
        for doc in ctx.versions:
            sr = norm_lang(doc.lang) in _SR_LANGS
            for w in _WORD.findall(doc.text):
                out.add(w.casefold())
                if sr and not w.isascii():
                    out.add(w.casefold().translate(_SR_LATIN))
                if w[:1].isupper() and not w.isascii():
                    out.add(fold(w))  # a name written without its accents (Mạnh ~ Manh, Łódź ~ Lodz)
                if "-" in w or "‐" in w:  # a name inside a compound (kabinet-Schoof ~ the Schoof cabinet)
                    out.update(p.casefold() for p in _HYPHENS.split(w) if len(p) >= 3)
                if "'" in w or "’" in w:  # a name after an elided particle (Côtes-d'Armor ~ Costas de Armor)
                    out.update(p.casefold() for p in _ELISION.split(w) if len(p) >= 3)
        return out
    return ctx.cached("spelling.known", build)


class LazySet:
    """The set ``build()`` returns, built at the first look-up: most texts have no rare
    word, and their known words are then never needed."""

    __slots__ = ("_build", "_set")

    def __init__(self, build: Callable[[], set[str]]) -> None:
        self._build: Callable[[], set[str]] | None = build
        self._set: set[str] | None = None

    def _get(self) -> set[str]:
        if self._set is None:
            self._set = self._build()
            self._build = None
        return self._set

    def __contains__(self, item: object) -> bool:
        return item in self._get()

    def __iter__(self):
        return iter(self._get())


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0([‘'\"“„«":
        i -= 1
    return i < 0 or text[i] in _SENT_END or text[i] == "\n"


def _worth_a_look(w: str, lang: str) -> bool:
    """First pass: is ``w`` rare enough to be a slip at all?"""
    # lengths as the lists spell the word: they casefold ß to ss, so German "aß" is
    # listed as "ass", a three-letter word (judged as two letters it read as "dass"
    # with a letter dropped)
    n = len(w.casefold())
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


# English real-word slips a frequency list cannot see, each a word with a letter dropped
# where grammar wants another: "an" before a consonant (cats an dogs, an go: and, can,
# ran), a word one letter short of "been" after have (has ben, had bee), and a word one
# letter short of a function word before an article or pronoun (said hat the, tat she,
# bread ad the milk; not after an article or possessive: his hat the whole day).  Not
# "an" before a silent h (an hour, an historic), a letter's name (an x-ray) or an
# acronym (an MP)
_EN_AN = re.compile(r"(?<![\w'’\-])([Aa]n)[ \t]+([b-df-hj-np-tv-z][a-z]+)\b(?!['’\-‐])")
# nor does "an" stand before a function word (an in the, an I didn't, an is): no noun
# phrase starts so
_EN_AN_FUNCTION = re.compile(r"(?<![\w'’\-])([Aa]n)[ \t]+(?=(?:in|on|at|of|into|onto|it|its|our|I|an|a|as|if|"
                             r"or|is|are|was|were|each|either|any|all|us|upon)\b(?!['’\-‐]))")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir", "herb", "histor", "hotel", "homage",
             "heroic", "habitu", "hypoth", "hysteri")
_EN_BEEN = re.compile(r"(?<![\w'’\-])(?:has|have|had|having|['’]ve)(?:[ \t]+(?:also|never|not|already|"
                      r"just|ever|always|since|long|[a-z]+ly))?[ \t]+(ben|bee|een|bene|ebne)\b(?!['’\-‐])",
                      re.IGNORECASE)
_EN_BEFORE_DET = re.compile(r"(?<![\w'’\-])([a-z]{1,4})[ \t]+(?=(?i:the|an?|th(?:is|ese|ose)|his|her|their|its|"
                            r"our|my|your|s?he|it|they|we|i|you)\b(?!['’\-‐]))")
_EN_DET_GUARD = frozenset("the a an his her my your our their its this that these those one no any some "
                          "every each".split())


def _short_of(words: str, keep: frozenset[str]) -> dict[str, str]:
    """Each form of ``words`` with one letter dropped → the word (the first listed wins),
    save the forms in ``keep`` and the words themselves."""
    ws = words.split()
    out: dict[str, str] = {}
    for w in ws:
        for j in range(len(w)):
            d = w[:j] + w[j + 1:]
            if d not in keep and d not in ws:
                out.setdefault(d, w)
    return out


# function words an article or pronoun follows; "as", "or" and "the" are words of that
# place themselves (was ~ as, for ~ or, then ~ the)
_EN_SHORT_OF = _short_of("that than then and when what with from into have was were for but",
                         frozenset({"as", "or", "the", "a"}))


_EN_BEEN_SLIPS = frozenset("ben bee een bene ebne Ben Bee Een Bene Ebne".split())
# the words any of these passes starts from: most sentences have none, and then no
# pattern is run
_EN_SLIP_FORMS = frozenset({"an", "An"}) | _EN_BEEN_SLIPS | frozenset(_EN_SHORT_OF)


_NAME_BEFORE = re.compile(r"[A-Z][^\W\d_]*[ \t]+$")


def _name_part(text: str, a: int) -> bool:
    """A capitalised "An" right after a capitalised word is a name's last part
    (Nguyen Van An, Tran An), not "and"."""
    return text[a] == "A" and _NAME_BEFORE.search(text, max(0, a - 40), a) is not None


def _english_real_word_slips(text: str, words: set[str], known: set[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, word, suggestion) of the English real-word slips of ``text``, whose
    words are ``words``."""
    out = []
    if "an" in words or "An" in words:
        for m in _EN_AN.finditer(text):
            nxt = m.group(2)
            if nxt.startswith(_SILENT_H) or nxt in known or _name_part(text, m.start(1)):
                continue  # a word the source has too: a quoted phrase (an der Donau)
            # "cats an dogs" wants "and", "an car" the article "a": say both
            out.append((m.start(1), m.end(1), m.group(1), f"{m.group(1)}d (or {m.group(1)[0]})"))
        for m in _EN_AN_FUNCTION.finditer(text):
            if not _name_part(text, m.start(1)):
                out.append((m.start(1), m.end(1), m.group(1), m.group(1) + "d"))
    if not _EN_BEEN_SLIPS.isdisjoint(words):
        for m in _EN_BEEN.finditer(text):
            out.append((m.start(1), m.end(1), m.group(1), "been"))
    if words.isdisjoint(_EN_SHORT_OF):
        return out
    for m in _EN_BEFORE_DET.finditer(text):
        w = m.group(1)
        sug = _EN_SHORT_OF.get(w)
        if sug is None or (w == "an" and any(s == m.start(1) for s, _, _, _ in out)):
            continue
        prev = text[:m.start()].rsplit(None, 1)[-1:]
        if prev and (prev[0].lower() in _EN_DET_GUARD or prev[0][-1:].isdigit()):
            continue  # a noun after an article or a figure (his hat the whole day, 3 ad the)
        out.append((m.start(1), m.end(1), w, sug))
    return out


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
    words = _WORD.findall(text)
    out = []
    if lang == "en" and not _EN_SLIP_FORMS.isdisjoint(words):
        out = _english_real_word_slips(text, _EN_SLIP_FORMS.intersection(words), known)
    # first pass on the words alone: nearly all are common words of the language
    seen = _RARE.get(lang)
    if seen is None or len(seen) > 500_000:
        seen = _RARE[lang] = {}
    rare = set()
    for w in words:
        r = seen.get(w)
        if r is None:
            r = seen[w] = _worth_a_look(w, lang)
        if r:
            rare.add(w)
    if not rare:
        return sorted(out)
    for m in _WORD.finditer(text):
        w = m.group()
        if w not in rare:
            continue  # a common word
        s, e = m.span()
        if w.isalpha():
            parts = [(s, e, w)]
        elif "'" in w or "’" in w or w.casefold() in known:
            continue  # elided forms are not judged, nor compounds another version has
        else:
            # a hyphenated compound: a long lower-case part no list has at all, on its own
            # (anti-corrption); listed or shorter parts are prefixes, suffixes, coinages and
            # dialect, capitalised ones names
            parts = [(s + p.start(), s + p.end(), p.group()) for p in re.finditer(r"[^\W\d_]+", w)
                     if p.end() - p.start() >= HYPHEN_PART and p.group().islower()
                     and zipf(p.group(), lang) == 0]
            if (s and text[s - 1] in _SKIP_AROUND) or (e < len(text) and text[e] in "@#/\\_"):
                continue
        for ws, we, part in parts:
            sug = _slip(text, ws, we, part, lang, known, min_zipf, min_gap)
            if sug is not None and we - ws < e - s and len(sug) != we - ws + 1:
                continue  # a part of a compound may be a bound form or a coinage: only
                # the clearest slip, a letter dropped from a word, counts there
            if sug is not None:
                out.append((ws, we, part, sug))
    if len(out) > 1:  # a short word both passes find once (wa the)
        out = sorted({f[0]: f for f in reversed(out)}.values())
    return out


# lower-case words inside personal names of naming traditions the word lists do not know
# as such (daughter/son of, of the house of): Arabic, Malay, Hebrew, Welsh, Scandinavian,
# Dutch, Hassaniya; the names rules' particles too
NAME_PARTICLES = PARTICLES | frozenset("bint binti bte ibnu ben bat ap verch af av ter ten ould".split())
_CAP_WORD_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*[ \u00a0]+$")
_CAP_WORD_AFTER = re.compile(r"[ \u00a0]+[A-ZÀ-ÖØ-Þ]")


def _between_names(text: str, s: int, e: int) -> bool:
    """Does the word at ``text[s:e]`` stand between two capitalised words (Fatima bint Salem)?"""
    return _CAP_WORD_BEFORE.search(text, max(0, s - 40), s) is not None \
        and _CAP_WORD_AFTER.match(text, e) is not None


def _loan_spelling(low: str, lang: str) -> bool:
    """Is ``low`` (a capitalised word) a name the language also writes without its
    accents, with a letter the language's own words never have (Sámi, Māori in English;
    Łódź in German)?  The name's own spelling, then, not a typing slip of another word
    (Sámi ~ Semi).  Lower-case words stay judged: a common word with a stray accent
    (cultüre) is a slip."""
    letters = _alphabet(lang)
    return bool(letters) and any(c.isalpha() and c not in letters for c in low) and zipf(
        fold(low), lang) >= RARE_ZIPF


# the articles and determiners after which a three-letter word is a noun (English)
_ARTICLES = {"en": frozenset("a an the this that his her my your our their its every each no".split())}
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
FOREIGN_NEIGHBOUR_LEN = 4  # the shortest word no list has that makes a phrase foreign


def _after_article(text: str, s: int, lang: str) -> bool:
    """Does the word at ``text[s:]`` follow an article or determiner of ``lang`` (a hoe)?"""
    arts = _ARTICLES.get(lang)
    m = _PREV_WORD.search(text, max(0, s - 12), s) if arts else None
    return m is not None and m.group(1).casefold() in arts


def _in_foreign_phrase(text: str, s: int, e: int, lang: str, min_zipf: float, min_gap: float) -> bool:
    """Does the lower-case word at ``text[s:e]`` stand next to another lower-case word that
    no list of ``lang`` has and that is no slip either (agal vilakku, a term of another
    language kept in the translation)?  A typing slip stands among words of the language."""
    for m in (_PREV_WORD.search(text, max(0, s - 40), s), _NEXT_WORD.match(text, e)):
        if m is None:
            continue
        nb = m.group(1)
        if len(nb) >= FOREIGN_NEIGHBOUR_LEN and nb.islower() and zipf(nb, lang) == 0.0 \
                and correction(nb, lang, min_zipf, min_gap) is None:
            return True
    return False


def _unit_words() -> dict:
    from .numbers import unit_table
    return unit_table().words


def _slip(text: str, s: int, e: int, w: str, lang: str, known: set[str], min_zipf: float,
          min_gap: float) -> str | None:
    """The word that ``w`` at ``text[s:e]``, rare in ``lang``, is a slip of, if any."""
    if (s and text[s - 1] in _SKIP_AROUND) or (e < len(text) and text[e] in "@#/\\_"):
        return None
    if w.isupper() or (w[0].islower() and not w.islower()) or (len(w) > 1 and not w[1:].islower()):
        return None  # acronyms, brands (iPhone, McDonald)
    low = w.casefold()
    zw = zipf(low, lang)
    if low in known or (0 < zw < RARE_ZIPF and _inflects_listed(low, lang)):
        return None
    if lang == "en" and zw == 0 and _doubled_past(low):
        return None
    if lang == "en" and 0 < zw < TYPO_ZIPF and _english_regular_form(low):
        return None  # a listed form of a listed base (hellers, plying, bather): a real word
    if (low in _unit_words() and (len(low) > 2 or not re.search(r"[aeiouy]", low)
                                   or text[:s].rstrip()[-1:].isdigit())) or (
            lang in _PLURAL_S_LANGS and low[-1:] == "s" and low[:-1] in _unit_words()):
        return None  # a unit or currency of D002's table (riyal, not royal; hryvnia), or its
        # plural in a language that adds -s (French dongs, Spanish wons); a unit of one or two
        # letters with a vowel (ar, the are; ha) only after a figure, where it is one (km, kg always)
    if len(low) >= 3 and w.islower() and low in NAME_PARTICLES and _between_names(text, s, e):
        return None  # a particle of a personal name (Fatima bint Salem, Sidi ould Cheikh); a
        # lone letter or two between nouns is judged below (Urlaubsort e Sochi)
    if w[0].isupper() and not low.isascii() and _loan_spelling(low, lang):
        return None
    if len(low) < MIN_LEN - 1 or (zw >= RARE_ZIPF and len(low) < MIN_LEN):
        # one or two letters, or three not quite rare: only a dropped letter, in a
        # word standing alone (a letter of a formula, a unit, an initial is none)
        if not _standing_alone(text, s, e):
            return None
        if len(w) == 2 and zw >= PARTICLE_ZIPF and text[e:].lstrip()[:1].isupper():
            return None  # a name particle (de Havilland, al Assad)
        if len(low) == 3 and zw >= RARE_ZIPF and _after_article(text, s, lang) \
                and not text[e:].lstrip()[:1].isdigit():
            return None  # a listed noun after an article (with a hoe, the ewe): a real word,
            # not chat for a longer one (the band holds both: hoe and hav alike); before a
            # figure it is an adjective or quantifier (a ood 21 percent, the lat 70s: slips)
        return dropped_letter(low, lang)
    if zw >= RARE_ZIPF:
        # a slip common enough to be listed (thier, becuase, goverment): only the
        # typist's slips, two letters swapped or one left out, of a common word
        return common_slip(low, lang) if w.islower() and len(w) >= TYPO_LEN and zw < TYPO_ZIPF else None
    cap = w[0].isupper()
    if len(w) < MIN_LEN and cap:
        return None  # three letters: only a lower-case non-word (hte, yuo; zw < RARE_ZIPF here)
    if not cap and _in_foreign_phrase(text, s, e, lang, min_zipf, min_gap):
        return None
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
            if hit is None and len(w) >= DEEP_LEN and zw == 0:
                # a long word no list has: a letter dropped from a rare word (wheelbarow);
                # no other edit, for a rare word's neighbours are often other rare words
                # (a coinage one letter changed from another rare word is no slip)
                hit = eased_correction(low, lang, DEEP_ZIPF, min_zipf - LONG_EASE, min_gap)
                if hit is not None and len(hit[0]) != len(w) + 1:
                    hit = None
            if hit is None and len(w) >= TWO_EDIT_LEN and zw == 0:
                hit = two_edit_correction(low, lang, min_zipf)
    if hit is None:
        return None
    sug = hit[0]
    if mid_cap and sug[:1] != low[:1]:
        return None
    if sug[:1] != low[:1] and _participle_after_auxiliary(text, s, low, lang):
        return None  # a rare verb's past participle after its auxiliary (ha molito ~ solito):
        # the lists lack most forms of a rare verb, and a typist rarely misses the first letter
    if mid_cap and len(low) >= 4 and any(k.startswith(low) and len(k) - len(low) <= 4 for k in known):
        return None  # a name another version inflects (the Sejm ~ w Sejmie, Tusk ~ Tuska)
    if mid_cap and len(low) >= 5 and low[-1] in _VOWELS and any(
            len(k) >= len(low) and k.startswith(low[:-1]) and k != low and k[len(low) - 1] in _VOWELS
            and len(k) - len(low) <= 3 for k in known):
        return None  # a name whose last vowel another version's case changes (the Drava ~
        # preko Drave, Oka ~ через Оку is transcribed and judged elsewhere)
    if _orthographic_variant(low, sug, lang):
        return None  # the word as the language's other spelling standard writes it
    if low[1:] == sug and low[:1] in _ONE_LETTER_PREFIXES.get(lang, ""):
        return None  # a Slavic word with a one-letter prefix (Ukrainian вдаю ~ даю, Polish
        # zbić ~ bić): the prefix makes words of the word, and a loan can look so (стендери)
    if lang == "en" and zw == 0 and _plural_of_listed(low, min_zipf, min_gap):
        return None  # the plural of a rare word the lists hold (ratoons ~ ratoon): no slip
        # of a common neighbour (rations) when the singular is none
    if zw > 0 and len(sug) == len(low) and sug[1:] == low[1:] and (
            _stem_of_common_word(low, lang) or _form_of_short_word(low, lang)):
        return None  # a listed word of a common word's family (fumière ~ fumier, mown ~
        # mow, mowed): its first letter changed would make another common word (lumière,
        # down), but the word is a real one, rare, of another family (a first letter dropped
        # or added stays a slip)
    if 0 < zw < RARE_ZIPF and _unlisted_paradigm_form(low, sug, lang, listed=True):
        return None  # a rare listed form of a stem the lists hold in other forms (Ukrainian
        # лобові ~ лобове, лобового), the would-be slip inside that stem (любові): a real word
    if zw == 0 and (_unlisted_paradigm_form(low, sug, lang) or _unlisted_nordic_form(low, sug, lang)):
        return None  # a form of a stem the lists know in other forms (spłacanych ~
        # spłacany, spłacane), the would-be slip inside that stem: a real word
    if _form_of_kept_word(low, lang, known) and _after_name_word(text, s):
        return None  # (inside a kept name only: "a tendancy" for "une tendance" is a slip)
    if lang == "de" and decomposable(low, lang):
        return None  # a compound of known words (checked last: it costs most)
    return sug[:1].upper() + sug[1:] if cap else sug


# the auxiliaries of the compound past (avere, haber, ter; essere only for Italian) and
# the endings of the past participle after them, with an adverb that may stand between
_AUXILIARIES = {
    "it": frozenset("ho hai ha abbiamo avete hanno avevo aveva avevano avrà avranno avrebbe avrebbero "
                    "abbia abbiano avere avendo è sono era erano sia siano stato stata stati state".split()),
    "es": frozenset("he has ha hemos habéis han había habían habrá habrán habría habrían haya hayan "
                    "hubiera haber habiendo".split()),
    "pt": frozenset("tenho tem temos têm tinha tinham terá terão teria teriam tenha tenham ter tendo "
                    "havia haviam".split()),
}
_PARTICIPLE_ENDINGS = {
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
}
_BETWEEN_AUX = frozenset("già ancora sempre mai anche appena ya también siempre nunca todavía "
                         "já também sempre nunca ainda".split())


def _plural_of_listed(low: str, min_zipf: float, min_gap: float) -> bool:
    """Is English ``low``, a word no list has, the plural in -s of a word the lists hold
    (PLURAL_BASE_ZIPF+) that is itself no slip of a common word (ratoons ~ ratoon, not a
    slip of rations)?  The lists lack the plurals of many rare nouns; a typing slip on a
    plural rarely leaves a listed singular behind (goverments ~ goverment is a slip too)."""
    if len(low) < 6 or not low.endswith("s") or low.endswith(("ss", "'s")):
        return False
    base = low[:-1]
    zb = zipf(base, "en")
    if zb < PLURAL_BASE_ZIPF:
        return False
    if zb >= RARE_ZIPF:
        return common_slip(base, "en") is None and correction(base, "en", min_zipf, min_gap) is None
    return correction(base, "en", min_zipf, min_gap) is None and eased_correction(
        base, "en", min_zipf - LONG_EASE, min_zipf, min_gap) is None


# a letter that is a prefix of its own in a Slavic language (v-, z-, s-, o-, u-: Ukrainian
# вдавати, сказати; Polish wziąć, zbić, ubrać; Czech vzít, srovnat): a word one of them
# makes of another is a word, not a slip with a letter typed before it
_ONE_LETTER_PREFIXES = {"uk": "взсуо", "ru": "всоу", "be": "узсаў", "bg": "всоу",
                        "pl": "wzsou", "cs": "vzsou", "sk": "vzsou", "sl": "vzsou",
                        "hr": "uzso", "bs": "uzso", "sr": "uzsoузсо"}


def _participle_after_auxiliary(text: str, s: int, low: str, lang: str) -> bool:
    """Is ``low`` at ``text[s:]`` shaped as a past participle (-ito, -ado) right after an
    auxiliary (ha molito, han cardado), maybe with an adverb between (ha già molito)?"""
    aux = _AUXILIARIES.get(lang)
    if aux is None or not low.endswith(_PARTICIPLE_ENDINGS[lang]) or len(low) < 5:
        return False
    before = [w.casefold() for w in _WORD.findall(text[max(0, s - 40):s])][-2:]
    if not before:
        return False
    if before[-1] in aux:
        return True
    return len(before) == 2 and before[-1] in _BETWEEN_AUX and before[0] in aux


# the languages that decline by endings the word lists hold only some forms of, and
# those case and agreement endings (Slavic, Baltic), longest first
_PARADIGM_LANGS = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "be", "bg", "lt", "lv"})
_PARADIGM_ENDINGS = tuple(sorted(set("""a e i o u y ą ę á é í ó ý ej ym ych ymi ego emu ie iej ich im imi
ou ého ému ých ým ými om ami ach ów em ą ой ая ое ые ого ому ых ым ыми ий ая ую ой ей ам ах ами
ів ою ею ої ий ім ими их ие ия ию ии ів а е и і о у ы ю я ом ем ов ев ям ях ями ові еві""".split()),
                                 key=len, reverse=True))


# the Nordic languages' plural and definite endings (Swedish inventering, inventeringar,
# inventeringarna; Danish opgørelse, opgørelsen, opgørelserne): the lists lack many forms
# of a long noun; the bare stem is a form of its own ("")
_NORDIC_LANGS = frozenset({"sv", "da", "nb", "no", "nn"})
_NORDIC_ENDINGS = tuple(sorted(set("""ar arna arnas er erna ernas or orna ornas en ens et ets na nas ne nes
erne ernes ene enes s""".split()), key=len, reverse=True))


def _unlisted_nordic_form(low: str, sug: str, lang: str) -> bool:
    """Is ``low``, a word no list has, a plural or definite form of a noun (a stem of six
    letters or more) that the lists know bare and in one other form at least, while the
    word it would be a slip of differs from it inside that stem (Swedish inventeringarna
    ~ inventering, inventeringar: no slip of investeringarna)?"""
    if lang not in _NORDIC_LANGS or len(low) < 8:
        return False
    for e in _NORDIC_ENDINGS:
        if not low.endswith(e) or len(low) - len(e) < 6:
            continue
        stem = low[:-len(e)]
        if sug.startswith(stem) or zipf(stem, lang) < RARE_ZIPF or stem.endswith(("en", "et", "na", "ne")):
            continue  # (a definite form given a second ending is no form: barnenarna)
        if any(x != e and zipf(stem + x, lang) >= 1.0 for x in _NORDIC_ENDINGS):
            return True
    return False


def _unlisted_paradigm_form(low: str, sug: str, lang: str, listed: bool = False) -> bool:
    """Is ``low``, a word no list has, one case or agreement form of a stem (five letters
    or more) that the word list knows in two other forms at least, while the word it would
    be a slip of differs from it inside that stem (spłacanych ~ spłacany, spłacane,
    spłacana, not a slip of opłacanych)?  The lists lack many forms of a declined
    word; a slip that lands on a whole other paradigm is a real word.  A word the lists
    hold, rarely (``listed``), may be one of six letters (лобові ~ лобове, лобового: no
    slip of любові)."""
    if lang not in _PARADIGM_LANGS or len(low) < (6 if listed else 7):
        return False
    for e in _PARADIGM_ENDINGS:
        if not low.endswith(e) or len(low) - len(e) < 5:
            continue
        stem = low[:-len(e)]
        if sug.startswith(stem):
            continue  # the slip in the ending
        if sum(1 for x in _PARADIGM_ENDINGS if x != e and zipf(stem + x, lang) >= 1.0) >= 2:
            return True
    return False


DERIVED_MIN_STEM = 5     # letters of a common word a rare listed word is made of …
DERIVED_ENDING = 2       # … with at most this many letters more at its end (accents aside)
DERIVED_ZIPF = 3.0       # … the common word at least this common


def _unaccented(w: str) -> str:
    from ._text import unaccented
    return unaccented(w)


@lru_cache(maxsize=8)
def _common_sorted(lang: str) -> tuple[tuple[str, str], ...]:
    """(unaccented, as written) of the words of ``lang`` at least DERIVED_ZIPF common,
    sorted (for prefix look-ups)."""
    store = _freq_store(lang)
    if store is None:
        return ()
    floor = int(DERIVED_ZIPF * 10)
    words, off, vals = store.words, store.offsets, store.values
    ws = (words[off[i]:off[i + 1] - 1].decode("utf-8") for i in range(store.n) if vals[i] >= floor)
    return tuple(sorted((_unaccented(w), w) for w in ws))


def _stem_of_common_word(low: str, lang: str) -> bool:
    """Is ``low`` a common word of ``lang`` (five letters at least, Zipf DERIVED_ZIPF)
    with one or two letters more at its end, accents aside (fumière ~ fumier, sonnées ~
    sonné)?  Then it is of that word's family, a derivative or a form the lists hold
    rarely, not a slip of another word."""
    u = _unaccented(low)
    words = _common_sorted(lang)
    for k in range(1, DERIVED_ENDING + 1):
        stem = u[:-k]
        if len(stem) < DERIVED_MIN_STEM:
            break
        i = bisect.bisect_left(words, (stem, ""))
        while i < len(words) and words[i][0] == stem:
            if words[i][1][:1] == low[:1]:
                return True
            i += 1
    return False


SIBLING_ZIPF = RARE_ZIPF   # another form of a short word the lists hold at least this common
# the English endings of a noun's plural and a verb's forms (not -y, -er, -n: words of
# their own, gary, haler)
_EN_VERB_NOUN_ENDINGS = ("s", "es", "ed", "ing")


def _inflection_endings(lang: str) -> tuple[str, ...]:
    """The endings ``lang`` inflects a word with, where known (English, Nordic, Slavic and
    Baltic)."""
    if lang == "en":
        return _EN_VERB_NOUN_ENDINGS
    if lang in _NORDIC_LANGS:
        return _NORDIC_ENDINGS
    if lang in _PARADIGM_LANGS:
        return _PARADIGM_ENDINGS
    return ()


def _form_of_short_word(low: str, lang: str) -> bool:
    """Is ``low`` a common short word (three or four letters, DERIVED_ZIPF+) with one or
    two letters more at its end, that word listed with two of the language's inflection
    endings too (SIBLING_ZIPF+: mown ~ mow, mowed, mowing; Swedish lamma ~ lamm, lammet,
    lammen)?  A form of that word's family, rare in the lists, not a slip of a word with
    another first letter (down, samma)."""
    ends = _inflection_endings(lang)
    if not ends:
        return False
    for k in (1, 2):
        stem = low[:-k]
        if not 3 <= len(stem) < DERIVED_MIN_STEM or zipf(stem, lang) < DERIVED_ZIPF:
            continue
        if sum(1 for e in ends if stem + e != low and zipf(stem + e, lang) >= SIBLING_ZIPF) >= 2:
            return True
    return False


# (with the Czech ě, ů, the Baltic and Hungarian long vowels: Barna ~ v Barně, Rīga ~ Rīgā)
_VOWELS = frozenset("aeiouyąęáéíóúýàèìòùâêîôûäëïöüåæøœăâîěůėįųūāēīőűаеиоуыэюяіїєё")
# letters one spelling standard of a language writes where another writes the other:
# Ukrainian since 2019 (проєкт, not проект; ґ in names and loans), Russian ё printed as е
_VARIANT_LETTERS = {"uk": ("єе", "ґг"), "ru": ("ёе",), "be": ("ёе",)}


def _orthographic_variant(low: str, sug: str, lang: str) -> bool:
    """Do ``low`` and the word it looks like a slip of differ only by letters two spelling
    standards of ``lang`` write for each other (Ukrainian проєкту ~ проекту)?"""
    pairs = _VARIANT_LETTERS.get(lang)
    if not pairs or len(low) != len(sug):
        return False
    diff = [(a, b) for a, b in zip(low, sug) if a != b]
    return bool(diff) and all(any(a in p and b in p for p in pairs) for a, b in diff)


_PREV_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _after_name_word(text: str, s: int) -> bool:
    """Does a capitalised word stand right before offset ``s`` (Jamova cesta)?"""
    m = _PREV_WORD.search(text, max(0, s - 40), s)
    return m is not None and m.group(1)[:1].isupper()


def _form_of_kept_word(low: str, lang: str, known: set[str]) -> bool:
    """Is ``low`` another case of a word another version has in a language not the
    target's: the same word but its last letter, that word no word of ``lang`` (a street
    or place kept in its language and put in the nominative: "na Jamovi cesti" ~ "an der
    Jamova cesta")?  A typing slip rarely lands on another ending of a foreign word."""
    n = len(low)
    if n < MIN_LEN:
        return False
    stem = low[:-1]
    return any(len(k) == n and k != low and k.startswith(stem) and zipf(k, lang) < RARE_ZIPF
               for k in known)


def _named_again(text: str, w: str) -> bool:
    """Does the translation write capitalised ``w`` twice or more, once inside a sentence
    (Hanbit Energy ... Hanbit's shares)?  A slip is seldom made twice the same way: a
    name, a brand, a romanised word."""
    n, mid = capital_mentions(text, w)
    return n >= 2 and mid >= 1


ROMANISED_MIN = 5  # the shortest lower-case word read back as a romanised term
TERM_REPEATS = 3  # a listed rare word the translation writes this often (with its plural): a term


def _term_of_the_text(ctx: CheckContext, w: str, lang: str | None) -> bool:
    """Is ``w`` (lower case but perhaps its first letter) a word of the text's subject rather than a slip: a word the
    lists hold (a rare species, tool or craft) that the translation writes TERM_REPEATS
    times or more, its plural counted (a typing slip is seldom made three times the same
    way), or a word of ROMANISED_MIN letters or more that romanises characters of a
    Chinese or Japanese version (a kept term in Pinyin or Hepburn, glossed in the
    sentence)?"""
    low = w.casefold()
    if zipf(low, lang) > 0:
        stem = low[:-1] if low.endswith("s") and zipf(low[:-1], lang) > 0 else low
        n = len(re.findall(r"(?<![\w'’-])" + re.escape(stem) + r"(?:e?s)?(?![\w'’-])",
                           ctx.target.text, re.IGNORECASE))
        if n >= TERM_REPEATS:
            return True
    # (five letters or more: a syllable of Pinyin alone, huan, would read back in any text)
    return w.islower() and len(low) >= ROMANISED_MIN and any(_romanises(w, doc) for doc in ctx.versions)


# endings a language puts on a name it transcribes from another script, for the plural of
# a people or the genitive (German die Nenzen ~ ненцы, die Jakuten ~ якуты): the
# name without them is the transcription
_NAME_ENDINGS = {"de": ("en", "n", "s"), "nl": ("en", "s"), "en": ("s",), "fr": ("s",),
                 "es": ("es", "s"), "pt": ("s",), "it": ("i",), "sv": ("er", "s"), "da": ("er", "s")}


def _names_a_source_name(ctx: CheckContext, w: str, sug: str) -> bool:
    """Is the capitalised ``w`` a place's name in the exonym lexicon (Coire for Chur, not a
    slip of "croire"; but Rusland, a form of another language, is a slip of Russland, a
    form of the same place), or a transcription of a name of another version written in
    another script (Alsos for Άλσος), maybe with an ending the target language puts on it
    (Nenzen for ненцы)?"""
    classes = exonym_classes(fold(w))
    if classes:
        return not (classes & exonym_classes(fold(sug)))
    if any(present_in_other_script(w, doc.text) for doc in ctx.versions):
        return True
    if any(_romanises(w, doc) for doc in ctx.versions):
        return True
    lang = norm_lang(ctx.target.lang)
    stems = [w[:-len(e)] for e in _NAME_ENDINGS.get(lang or "", ()) if w.endswith(e) and len(w) - len(e) >= 4]
    return any(_transcribes_word(stem, doc.text) for doc in ctx.versions for stem in stems)


def _romanises(w: str, doc) -> bool:
    """Is capitalised ``w`` the romanisation of characters of ``doc``, a Chinese or
    Japanese version (Liping for 丽萍, not a slip of Living; ``_han_readback``: Pinyin or
    Hepburn, when its package is installed)?"""
    lang = norm_lang(doc.lang or doc.lang_detected)
    if lang not in ("zh", "ja"):
        return False
    from ._han_readback import available, read_back
    return available(lang) and read_back(w, doc.text, lang)


# how a Latin name's first letters sound, as a transcription of another script writes them
_ONSETS = (("tsch", "ch"), ("sch", "sh"), ("ch", "h"), ("kh", "h"), ("ph", "f"), ("th", "t"),
           ("z", "ts"), ("j", "y"), ("w", "v"), ("c", "k"))
_OTHER_SCRIPT_WORD = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]+")


def _transcribes_word(stem: str, text: str) -> bool:
    """Is ``stem`` (a name without the ending the target language put on it) the
    transcription of a word of ``text`` written in another script: the same consonant
    skeleton, and the same first sound (Nenz- ~ ненці; not Schanz- ~ ненці, whose skeletons
    alone agree)?"""
    f = fold(stem).casefold()
    for a, b in _ONSETS:
        if f.startswith(a):
            f = b + f[len(a):]
            break
    for word in set(_OTHER_SCRIPT_WORD.findall(text)):
        reading = fold(word).casefold().translate(_TO_LATIN)
        if not reading.isascii() or not reading:
            continue
        same_onset = reading[0] == f[0] or (reading[0] in "aeiouy" and f[0] in "aeiouy")
        if same_onset and present_in_other_script(stem, word):
            return True
    return False


@rule("S006", "misspelling", "Fluency/Spelling", "minor", artefact="misspelling",
      summary="A word the target language does not know, one typing slip (a letter dropped, "
              "added, changed or two swapped) away from a common word of that language; a short "
              "word or lone letter that is a very common word with a letter dropped (ws, nd, "
              "government s monitoring); a long lower-case word two slips from a common one "
              "(sucessfull); in English, a real word with a letter dropped where "
              "grammar wants another (cats an dogs, has ben, said hat the). Not a listed "
              "three-letter English word after an article (with a hoe), nor a word next to "
              "another lower-case word no list has that is no slip either (a foreign term "
              "kept: agal vilakku), nor, in a Slavic or Baltic language, an unlisted form of a "
              "stem the lists know in two other forms when the slip would lie inside that stem "
              "(Polish spłacanych beside spłacany, spłacane: no slip of opłacanych), nor an English "
              "-ing or -ed form the lists hold rarely on a common base it keeps whole (pulping, "
              "yelping: no slips of pulling, helping), nor a rare "
              "word the lists hold that is a common word with a letter or two added at its end, "
              "when the slip would be its first letter (French fumière ~ fumier: no slip of "
              "lumière), nor a capitalised word that romanises characters of a Chinese or Japanese "
              "version (Liping for 丽萍: a name, not a slip of Living), nor, in a Slavic language, "
              "a word that is a one-letter prefix (v-, z-, s-, o-, u-) on the word it would be a "
              "slip of (Ukrainian вдаю ~ даю), nor an English plural no list has of a listed rare "
              "word that is no slip itself (ratoons ~ ratoon: no slip of rations), nor the imperfect "
              "of a Portuguese, Spanish or Italian verb whose infinitive the lists hold (tecia ~ "
              "tecer: no slip of teria), nor a German verb form in -e, -est or -et whose infinitive "
              "the lists hold (sinke ~ sinken: no slip of Sinne), nor, in a Nordic language, a plural or definite form no "
              "list has of a listed noun when the slip would lie inside the noun (Swedish "
              "inventeringarna ~ inventering: no slip of investeringarna), nor a word of a Serbian "
              "Cyrillic version spelled in Latin letters (фрукт ~ frukt in a kept name), nor a rare "
              "listed word that is a common short word with an ending, the word listed with two "
              "inflection endings too, when the slip would be its first letter (mown ~ mow, mowed: no "
              "slip of down), or a rare listed Slavic case form whose stem the lists hold in other "
              "forms, the slip inside the stem (Ukrainian лобові ~ лобове: no slip of любові); nor, "
              "where a version is Japanese, a particle between two capitalised words of a romanised "
              "Japanese name (Hana wo Sodateru Kai: no slip of who); nor a German present form in -t of a rare verb "
              "whose infinitive and participle the lists hold too (a paradigm: fräst ~ fräsen, gefräst), nor a "
              "lower-case word the lists hold that the translation writes three times or more, its plural "
              "counted (a species or craft of the text's subject: a slip is seldom made three times the same "
              "way), nor a lower-case word of five letters or more that romanises characters of a Chinese "
              "or Japanese version (a kept term in Pinyin or Hepburn); nor an English comparative or "
              "superlative of an adjective in -e whose other degree the lists hold too, as rare (cruder, "
              "crudest), nor an English past in -ed no list has of a short verb that doubles its consonant, "
              "the verb and its doubled -ing form listed (dinned), nor a French third person plural in -ent "
              "of a listed verb in -er (soudent ~ souder: no slip of souvent).",
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
    furniture = None
    for seg in ctx.target.segments:
        if seg.kind in ("ui", "credit", "metadata", "byline", "embed"):
            continue
        for s, e, w, sug in misspellings(seg.text, tl, known, min_zipf, min_gap):
            if _MOJIBAKE_PROBE.search(seg.text, max(0, s - 2), e + 2):
                continue  # "SchÃ¤uble" -> "uble": a piece of a word the encoding broke (S013's)
            if furniture is None:
                from .furniture import page_furniture_spans
                furniture = page_furniture_spans(ctx)
            if any(a <= seg.start + s and seg.start + e <= b for a, b in furniture):
                continue  # a UI label, credit or date line in another language: the F rules'
            if w[:1].isupper() and (_names_a_source_name(ctx, w, sug) or _named_again(ctx.target.text, w)):
                continue
            if w[1:].islower() and _term_of_the_text(ctx, w, tl):
                continue
            if _romaji_particle(ctx, seg.text, s, e, w):
                continue  # "Mori no Kai": a particle of a romanised Japanese name
            yield ctx.flag(seg.start + s, seg.start + e, f"“{w}” looks like a misspelling of “{sug}”",
                           suggestion=sug)


# the particles a romanised Japanese name keeps in lower case between its capitalised words
# (Umi no Ie, Hana wo Sodateru Kai, Yama to Kawa)
_ROMAJI_PARTICLES = frozenset("no wo o ga ni wa to de e he ya mo".split())
_CAP_BEFORE = re.compile(r"[A-ZĀĪŪĒŌ][\w’'-]*\s+$")
_CAP_AFTER = re.compile(r"\s+[A-ZĀĪŪĒŌ]")


def _romaji_particle(ctx: CheckContext, text: str, s: int, e: int, w: str) -> bool:
    """Is ``w`` (at ``s``..``e`` of ``text``) a Japanese particle between two capitalised
    words of a name, where a version of the text is Japanese?"""
    if w not in _ROMAJI_PARTICLES or not _CAP_BEFORE.search(text, 0, s) or not _CAP_AFTER.match(text, e):
        return False
    return any((doc.lang or "").split("-")[0].lower() == "ja" for doc in ctx.versions)


__all__ = ["correction", "misspellings", "misspelling"]
