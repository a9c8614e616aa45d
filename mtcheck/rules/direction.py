"""Direction flips: a rise rendered as a fall, more as less, born as died (P003).

Each language has a lexicon under ``mtcheck/data/direction/``: concept pairs (up/down,
more/less, before/after, win/lose …), each with the word forms of its two poles. A bead is
flagged when its source has words of one pole and none of the other, and its translation
the reverse. A language without a lexicon is not checked.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from ..model import Finding
from .context import CheckContext
from ._data import lang_file
from ._text import (_FRACTION_WORDS, _SCALE_COMMON, _SCALE_LANG, _SH_LANGS, _SR_CYR_RE, _SR_CYR_TO_LAT, find_numbers,
                    norm_lang, unit_rows)
from .registry import rule
from .sentence import (_INDIC_MARKS, _SKIP_KINDS, _TOKEN, _joined_offset, _pairs, _target_span,
                       negative_words, negators)
from .sentence import _lexical as neg_lexical, lexicon as neg_lexicon

# a word goes on through the vowel signs of the Indic scripts, which are no letters to the
# regex engine ("कीमतें" is one word, not "क" and "मत"); a Catalan "l·l" (il·legal,
# col·lapse) is one letter: its middle dot does not split the word
_LETTERS = rf"[^\W\d_]+(?:[{_INDIC_MARKS}]+[^\W\d_]*)*"
_WORD = re.compile(rf"{_LETTERS}(?:(?:['’]|(?<=[lL])·(?=[lL])){_LETTERS})*|\d+")
# elided articles and pronouns glued to the word ("l'ouverture", "dell'export")
_ELIDED = re.compile(r"^(?:[a-z]{1,2}|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|"
                     r"quell|quest|un)['’](?=[^\W\d_]{2})")
# the elided article or pronoun that closes the gap before a word ("d'" of "points d'avance")
_ELISION_GAP = re.compile(r"(?<=\s)[^\W\d_]{1,2}['’]$")
_WINDOW = 8  # separable verbs: "nahm … zu", "ging … zurück"
_NEAR = 6  # words before a pole word that a negative word may scope over
_NEG_REACH = 3  # "nicht mehr", "kein Geld mehr": more after a negator is "any more"


@dataclass(frozen=True)
class Pattern:
    parts: tuple[str, ...]  # one token pattern, or two ("a_b" adjacent, "a+b" within a window)
    near: bool  # "a+b": the second part within _WINDOW tokens
    strong: bool  # weak ("?word") entries only block the other pole: too ambiguous to fire


@dataclass(frozen=True)
class Lexicon:
    concepts: dict[str, tuple[tuple[Pattern, ...], tuple[Pattern, ...]]]
    masks: dict[str, tuple[tuple[str, ...], ...]]  # concept ("" = all) -> phrases
    weak: dict[str, tuple[tuple[str, ...], ...]]  # concept -> phrases whose words only block
    void_after_neg: frozenset[str]
    than: frozenset[str]  # the "than" of a comparison (than, als, que)
    # first token pattern -> [(concept, pole, pattern)]: a token looks up its own prefixes
    # and suffixes instead of trying every pattern
    index: dict[str, tuple[tuple[str, int, Pattern], ...]]
    # the same split by form: exact words, stems ("stem*" under "stem") and compound heads
    # ("*head" under "head"), with the lengths stems and heads come in
    exact: dict[str, tuple[tuple[str, int, Pattern], ...]]
    stems: dict[str, tuple[tuple[str, int, Pattern], ...]]
    heads: dict[str, tuple[tuple[str, int, Pattern], ...]]
    stem_lens: tuple[int, ...]
    head_lens: tuple[int, ...]  # longest first, as _lookup tries them
    # mask and weak phrases by first word: word -> ([(kind, scope, phrase)] to try wherever
    # the word is, {second word: [(kind, scope, phrase)]} to try where that word follows),
    # kind "mask" or "weak"; phrases whose first word has a "*" are tried on every word
    phrase_first: dict[str, tuple[tuple[tuple[str, str, tuple[str, ...]], ...],
                                  dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]]]]
    phrase_starred: tuple[tuple[str, str, tuple[str, ...]], ...]
    starred_test: tuple[tuple[str, ...], tuple[str, ...]]  # (stems, heads) of those first words
    # token as written -> (letters of an elided article before the word, the case-folded
    # word, _lookup's entries for it): most tokens come back, and most match nothing
    memo: dict[str, tuple[int, str, tuple[tuple[str, int, Pattern], ...]]]
    # the prepositions of a transfer's recipient (sold *to*) and of its giver (bought *from*)
    to: frozenset[str] = frozenset()
    frm: frozenset[str] = frozenset()
    # one-word masks written with their elided article ("d'après" = according to): the
    # token is "après" once the article is stripped, so they are tested on the full form
    elided: frozenset[str] = frozenset()
    # "less" before a pole word turns it round ("less expensive" = cheaper)
    less: frozenset[str] = frozenset()
    # the first ``cut`` letters of the stems and the last ``cut`` of the heads (``cut``: 3,
    # or the shortest's length): a word that starts and ends otherwise is neither's, and
    # most words are neither's
    stem_starts: tuple[int, frozenset[str]] = (0, frozenset({""}))
    head_ends: tuple[int, frozenset[str]] = (0, frozenset({""}))
    # a language written without spaces (`tokens: chars`, Chinese, Japanese): the lexicon's
    # own strings, found anywhere in the text, longest first
    chars: re.Pattern | None = None
    # clitics glued before a word (`prefix:`, Arabic و ال ب, Hebrew ו ה ב), longest first:
    # a word with no entry is looked up without one; mask and weak phrases are matched on
    # the words as written
    prefixes: tuple[str, ...] = ()
    # words that may stand between a figure and a word of more/less or high/low ("7 percent
    # fewer", "3 200 de moins", "o 3,3 procentního bodu méně"): the `measure:` key, the word
    # forms of data/units/units.tsv and the scale words (million, miljoner)
    measure: frozenset[str] = frozenset()
    # weak words that state their pole when a figure follows right after (`figure_next:`,
    # "up 30%", "down 5 points", "不足1小时"): "up" alone is too ambiguous to fire on
    figure_next: frozenset[str] = frozenset()
    # the preposition of the amount of a change (`figure_by:`, "by", "med"): a weak word of
    # change with it and a figure a few words on states its pole ("raise emissions by 1.8
    # million tonnes", "cut the budget by 5%"); "raise" alone is too ambiguous to fire on
    figure_by: frozenset[str] = frozenset()
    # the preposition right after a noun of change that introduces its amount (`figure_of:`,
    # "de", "di"): a weak word of change, that word and a figure state its pole ("uma alta
    # de 33%", "una baja del 4%"); "alta" alone is also "high", and a word of more/less
    # before it bounds a figure ("mais de 30%"), which states no change
    figure_of: frozenset[str] = frozenset()
    # an article that may stand between a bound and its figure (`figure_det:`, Spanish "más
    # de un 20 %"): the bound is on the figure all the same
    figure_det: frozenset[str] = frozenset()
    # the word that may stand between a `figure_next` word and its figure (`figure_from:`,
    # "up from 13.6", "down from 40%"): the figure it moved from, which states the pole too
    figure_from: frozenset[str] = frozenset()
    # weak words that state their pole right after a figure and at most two `measure` words
    # (`figure_before:`, "18 Prozent unter dem Budget", "£5 million over budget"): the figure
    # is the distance from the reference, as "18 per cent above budget" says
    figure_before: frozenset[str] = frozenset()
    # `figure_next` words that count for no pole without their figure (`figure_only:`, Danish
    # "op", "ned"): a verb particle elsewhere ("tage op"), not even weak evidence of a pole
    figure_only: frozenset[str] = frozenset()
    # `figure_by` words unambiguous enough to reach over a longer object (`figure_by_far:`,
    # English "by": "cut the average age of its major ferries by 40%"); Danish "med" is also
    # "with" and reaches three words only
    figure_by_far: frozenset[str] = frozenset()
    # words of estimate that may stand between a `figure_by` word and its figure
    # (`figure_hedge:`, "by about 35%", "by an estimated 35%", "med cirka 20 procent"): the
    # amount is still the change's
    figure_hedge: frozenset[str] = frozenset()
    # clitics that negate with a `void_after_neg` word and are no negators alone (French
    # "ne", "n'": `ne_clitic:`): the word a few words after one is "any more" or, with "que",
    # "only" ("il ne reste plus que deux jours"), as after a negator
    ne_clitic: re.Pattern | None = None
    # words that also name a season (`season:`, English "fall" = autumn) and the words that
    # lead to the season's name (`season_lead:`, "in the", "this", "next"): such a word after
    # one, at its clause's end or before a year ("in the fall.", "in the fall of 2023"),
    # counts for no concept
    season: frozenset[str] = frozenset()
    season_lead: tuple[tuple[str, ...], ...] = ()
    # the fraction words of the language (a third, ein Drittel, un tiers) and the function
    # words that may follow one used as an amount ("cut by a third on Saturday"; not "by a
    # third party"): a `figure_by` word and a fraction state the amount as a figure does
    fractions: frozenset[str] = frozenset()
    fraction_next: frozenset[str] = frozenset()
    # (session 65) the bare roots of a concept's poles (`root.compass.ns: 北 | 南`) in a language
    # without spaces, as (concept, pole, root): a place name whose other side holds a pole
    # word ("North Island", "South Sudan") is rendered with the root alone (北島, 南スーダン), which
    # is no pole word of its own
    roots: tuple[tuple[str, int, str], ...] = ()
    # (session 66) words that make a "than" right after them a conjunction (`than_conj:`,
    # French "tandis que", "alors que", Spanish "mientras que", "ya que"): no comparison's
    # "than", so a pole word before it has no arguments to swap
    than_conj: frozenset[str] = frozenset()
    # (session 67) the words of a span of time (`span:`, days, weeks, "týždne", 일) and the
    # weak adverbs of time that such a span turns into a comparison, with its figure before them
    # (`span_next:`, "o tri dni neskôr", "fyra dagar senare": four days later), and the
    # endings of the word of "than" that must stand before the figure (`span_than:`, Korean
    # 보다: "평년보다 5일 이른"; "9일 이른 새벽" is early on the 9th)
    span: frozenset[str] = frozenset()
    span_next: frozenset[str] = frozenset()
    span_than: tuple[str, ...] = ()
    # (session 73) `figure_next` words that keep their pole over one or two `figure_hedge`
    # words before their figure (`figure_next_hedged:`, "up roughly 6%", "down an estimated
    # 5%"); not "over", "under" ("over some 30 years" is a span, no bound)
    figure_hedged: frozenset[str] = frozenset()
    # (session 73) the `less` words that turn a pole word of a degree round wherever they stand
    # before it (`less_turns:`, "less often", "weniger häufig"); not Bulgarian "малко" (also
    # "a little": "малко по-скъпо", a little dearer) nor Scandinavian "mindre" (also smaller)
    less_turns: frozenset[str] = frozenset()


# phrase words split where the text's tokens do: "après-midi", "high-ranking" are two words
_PHRASE_SPLIT = re.compile(r"[\s\-–]+")


def _pattern(entry: str) -> Pattern:
    strong = not entry.startswith("?")
    entry = entry.lstrip("?")
    near = "+" in entry
    # a hyphen joins like "_": tokens split at hyphens ("au-dessus" is "au", "dessus")
    return Pattern(tuple(re.split(r"[_+\-–]", entry)), near, strong)


@lru_cache(maxsize=None)
def lexicon(lang: str | None) -> Lexicon | None:
    """The direction lexicon of ``lang`` (None: the language is not covered)."""
    text = lang_file("direction", lang)
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text)  # (words are read in NFC: "बढ़" with its dot apart)
    concepts: dict[str, tuple[list[Pattern], list[Pattern]]] = {}
    masks: dict[str, list[tuple[str, ...]]] = {}
    weak: dict[str, list[tuple[str, ...]]] = {}
    keep: dict[str, list[tuple[str, ...]]] = {}
    void: set[str] = set()
    than: set[str] = set()
    to: set[str] = set()
    frm: set[str] = set()
    less: set[str] = set()
    prefixes: set[str] = set()
    measure: set[str] = set()
    figure_next: set[str] = set()
    figure_by: set[str] = set()
    figure_of: set[str] = set()
    figure_det: set[str] = set()
    figure_from: set[str] = set()
    figure_before: set[str] = set()
    figure_only: set[str] = set()
    figure_by_far: set[str] = set()
    figure_hedge: set[str] = set()
    figure_hedged: set[str] = set()
    less_turns: set[str] = set()
    than_conj: set[str] = set()
    span: set[str] = set()
    span_next: set[str] = set()
    span_than: set[str] = set()
    ne_clitic: set[str] = set()
    season: set[str] = set()
    season_lead: set[tuple[str, ...]] = set()
    roots: list[tuple[str, int, str]] = []
    spaced = True
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, body = (p.strip() for p in line.split(":", 1))
        if key == "void_after_neg":
            void.update(body.casefold().split())
        elif key == "season":
            season.update(body.casefold().split())
        elif key == "season_lead":
            season_lead.update(tuple(p.split("_")) for p in body.casefold().split())
        elif key == "ne_clitic":
            ne_clitic.update(body.casefold().replace("’", "'").split())
        elif key == "than":
            than.update(body.casefold().split())
        elif key == "to":
            to.update(body.casefold().split())
        elif key == "from":
            frm.update(body.casefold().split())
        elif key == "less":
            less.update(body.casefold().split())
        elif key == "prefix":
            prefixes.update(body.casefold().split())
        elif key == "measure":
            measure.update(body.casefold().split())
        elif key == "figure_next":
            figure_next.update(body.casefold().split())
        elif key == "figure_by":
            figure_by.update(body.casefold().split())
        elif key == "figure_of":
            figure_of.update(body.casefold().split())
        elif key == "figure_det":
            figure_det.update(body.casefold().split())
        elif key == "figure_from":
            figure_from.update(body.casefold().split())
        elif key == "figure_before":
            figure_before.update(body.casefold().split())
        elif key == "figure_only":
            figure_only.update(body.casefold().split())
        elif key == "figure_by_far":
            figure_by_far.update(body.casefold().split())
        elif key == "figure_hedge":
            figure_hedge.update(body.casefold().split())
        elif key == "figure_next_hedged":
            figure_hedged.update(body.casefold().split())
        elif key == "less_turns":
            less_turns.update(body.casefold().split())
        elif key == "than_conj":
            than_conj.update(body.casefold().split())
        elif key == "span":
            span.update(body.casefold().split())
        elif key == "span_next":
            span_next.update(body.casefold().split())
        elif key == "span_than":
            span_than.update(body.casefold().split())
        elif key == "tokens":
            spaced = body.strip() != "chars"
        elif key.startswith("root."):
            a, b = body.split("|", 1)
            roots.extend((key[5:], pole, r) for pole, part in enumerate((a, b)) for r in part.split())
        elif key.split(".")[0] in ("mask", "weak", "keep"):
            kind, _, scope = key.partition(".")
            {"mask": masks, "weak": weak, "keep": keep}[kind].setdefault(scope, []).extend(
                tuple(_PHRASE_SPLIT.split(p.strip())) for p in body.casefold().split(";") if p.strip())
        else:
            if "|" not in body:  # (a pole-less line would be skipped without a word)
                raise ValueError(f"direction lexicon {lang}: {key!r} has no '|' between its poles")
            a, b = body.casefold().split("|", 1)
            pa, pb = concepts.setdefault(key, ([], []))
            pa.extend(map(_pattern, a.split()))
            pb.extend(map(_pattern, b.split()))
    index: dict[str, list[tuple[str, int, Pattern]]] = {}
    for name, both in concepts.items():
        for pole, pats in enumerate(both):
            for pat in pats:
                index.setdefault(pat.parts[0], []).append((name, pole, pat))
    exact: dict[str, tuple] = {}
    stems: dict[str, tuple] = {}
    heads: dict[str, tuple] = {}
    for key, entries in index.items():
        if key.endswith("*"):
            if len(key) > 1:  # (a bare "*" matches nothing)
                stems[key[:-1]] = tuple(entries)
        elif key.startswith("*"):
            heads[key[1:]] = tuple(entries)
        else:
            exact[key] = tuple(entries)
    first: dict[str, tuple[list, dict[str, list]]] = {}
    starred: list[tuple[str, str, tuple[str, ...]]] = []
    for kind, table in (("mask", masks), ("weak", weak), ("keep", keep)):
        for scope, phrases in table.items():
            for ph in phrases:
                if "*" in ph[0]:
                    starred.append((kind, scope, ph))
                    continue
                anywhere, by_next = first.setdefault(ph[0], ([], {}))
                if len(ph) > 1 and "*" not in ph[1]:
                    by_next.setdefault(ph[1], []).append((kind, scope, ph))
                else:
                    anywhere.append((kind, scope, ph))
    firsts = [ph[0] for _, _, ph in starred]
    return Lexicon({k: (tuple(a), tuple(b)) for k, (a, b) in concepts.items()},
                   {k: tuple(v) for k, v in masks.items()}, {k: tuple(v) for k, v in weak.items()},
                   frozenset(void), frozenset(than),
                   {k: tuple(v) for k, v in index.items()},
                   exact, stems, heads,
                   tuple(sorted({len(k) for k in stems})),
                   tuple(sorted({len(k) for k in heads if len(k) >= 2}, reverse=True)),
                   {k: (tuple(a), {n: tuple(v) for n, v in b.items()}) for k, (a, b) in first.items()},
                   tuple(starred),
                   (tuple(f[:-1] for f in firsts if f.endswith("*")),
                    tuple(f[1:] for f in firsts if f.startswith("*") and not f.endswith("*"))),
                   {}, frozenset(to), frozenset(frm),
                   frozenset(ph[0].replace("’", "'") for v in masks.values() for ph in v
                             if len(ph) == 1 and ("'" in ph[0] or "’" in ph[0])),
                   frozenset(less), _edges(list(stems), 1), _edges([k for k in heads if len(k) >= 2], -1),
                   None if spaced else _strings(index, masks, weak, than | less | void),
                   tuple(sorted(prefixes, key=len, reverse=True)),
                   frozenset(measure) | _unit_words(lang), frozenset(figure_next), frozenset(figure_by),
                   frozenset(figure_of), frozenset(figure_det), frozenset(figure_from),
                   frozenset(figure_before), frozenset(figure_only),
                   frozenset(figure_by_far), frozenset(figure_hedge),
                   ne_clitic=re.compile(
                       r"(?<![^\W\d_])(?:" + "|".join(
                           re.escape(w[:-1]) + "['’]" if w.endswith("'") else re.escape(w) + r"(?![^\W\d_])"
                           for w in sorted(ne_clitic, key=len, reverse=True)) + ")", re.I)
                   if ne_clitic else None,
                   season=frozenset(season), season_lead=tuple(sorted(season_lead)),
                   fractions=_fractions(lang), fraction_next=_function_words(lang),
                   roots=tuple(roots), than_conj=frozenset(than_conj),
                   span=frozenset(span), span_next=frozenset(span_next),
                   span_than=tuple(sorted(span_than, key=len, reverse=True)),
                   figure_hedged=frozenset(figure_hedged), less_turns=frozenset(less_turns))


def _fractions(lang: str | None) -> frozenset[str]:
    """The fraction words of ``lang`` (half, third, Drittel, tiers), English plurals too."""
    words = set(_FRACTION_WORDS.get(norm_lang(lang) or "", {}))
    if norm_lang(lang) == "en":
        words |= {w + "s" for w in words if w != "half"} | {"halves"}
    return frozenset(words)


@lru_cache(maxsize=None)
def _function_words(lang: str | None) -> frozenset[str]:
    """The function words of ``lang`` (data/furniture/function-words.txt), case-folded."""
    from .furniture import _read  # the furniture lexicon's own reader
    return frozenset(w.casefold() for w in _read("function-words.txt").get(norm_lang(lang) or "", []))


_INDIC_MARK = re.compile(f"[{_INDIC_MARKS}]")


def _unit_words(lang: str | None) -> frozenset[str]:
    """The words of the units, currencies and scales a figure may carry (data/units: percent,
    points, Prozentpunkte, million; the scale words of ``lang``)."""
    # (not the words that join a unit of several words: "in der" of "Kilometer in der Stunde",
    # "per" of "kilometres per hour" are prepositions: "$68 million in low-interest loans")
    out = {w for cols in unit_rows() for form in cols[3].split(",")
           for ws in [form.casefold().split()] for w in ws[:1] + ws[1:][-1:]}
    out |= set(_SCALE_COMMON) | set(_SCALE_LANG.get(lang or "", {}))
    # (a word of an Indic script has its vowel signs, which are no letters to ``isalpha``: "रुपये")
    out = {unicodedata.normalize("NFC", w) for w in out}
    return frozenset(w for w in out if w.isalpha() or (
        w[:1].isalpha() and _INDIC_MARK.sub("", w).isalpha()))


def _strings(index: dict, masks: dict, weak: dict, words: set[str]) -> re.Pattern:
    """The strings of a lexicon for a text without spaces, as one pattern that finds the
    longest at each place: every part of every entry (its "*" and "?" dropped: found
    anywhere, a string is its own stem and head), every mask and weak phrase (written as
    one string, it shields the pole words inside it: "多かれ少なかれ")."""
    alts = {part.strip("*") for _, _, pat in (e for v in index.values() for e in v)
            for part in pat.parts}
    alts |= {"".join(ph) for table in (masks, weak) for v in table.values() for ph in v}
    alts |= words
    alts.discard("")
    return re.compile("|".join(map(re.escape, sorted(alts, key=len, reverse=True))))


def _edges(keys: list[str], side: int) -> tuple[int, frozenset[str]]:
    """(cut, the first (side 1) or last (side -1) ``cut`` letters of ``keys``)."""
    cut = min([3, *map(len, keys)])
    return cut, frozenset(k[:cut] if side > 0 else k[len(k) - cut:] for k in keys)


def _fold(word: str) -> str:
    """``word`` case-folded and in NFC, without the dot that a capital İ leaves ("İhracat"
    folds to "i̇hracat"): Turkish writes the capital of i with it, and the lexicons have
    plain i."""
    w = word.casefold()
    if w.isascii():
        return w
    w = unicodedata.normalize("NFC", w)  # "ढ़" is written as one letter or as "ढ" and its dot
    return w.replace("\u0307", "") if "\u0307" in w else w


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Case-folded word tokens as (start, end, word), elided articles stripped."""
    out = []
    for m in _WORD.finditer(text):
        w = _fold(m.group())
        if "’" in w:
            w = w.replace("’", "'")
        e = _ELIDED.match(w) if "'" in w else None  # (an elision has an apostrophe)
        out.append((m.start() + e.end(), m.end(), w[e.end():]) if e else (m.start(), m.end(), w))
    return out


def _match(word: str, pat: str) -> bool:
    if pat.startswith("*"):  # a compound head: "Preis-anstieg"
        return word.endswith(pat[1:]) and len(word) > len(pat) + 1
    if pat.endswith("*"):
        return word.startswith(pat[:-1])
    return word == pat


def _masked_all(words: list[str], lx: Lexicon) -> tuple[set[int], dict[str, set[int]],
                                                         dict[str, set[int]]]:
    """Token positions covered by the fixed phrases of ``lx`` ("more or less", "vor allem"),
    every mask and weak scope in one pass over ``words``: (the positions the all-concept
    masks cover, {concept: positions masked for it}, {concept: positions where its words
    are weak}). At each position only the phrases whose first word (and, where indexed,
    second word) is there are tried."""
    base: set[int] = set()
    masks: dict[str, set[int]] = {}
    weak: dict[str, set[int]] = {}
    kept: dict[str, set[int]] = {}
    n_w = len(words)
    first, starred = lx.phrase_first, lx.phrase_starred
    pre, suf = lx.starred_test
    for i, w in enumerate(words):
        got = first.get(w)
        if got is None:
            cands: tuple = ()
        else:
            cands = got[0]
            if i + 1 < n_w and got[1]:
                cands = cands + got[1].get(words[i + 1], ())
        if starred and ((pre and w.startswith(pre)) or (suf and w.endswith(suf))):
            cands = cands + tuple(c for c in starred if _match(w, c[2][0]))
        for kind, scope, ph in cands:
            n = len(ph)
            if i + n <= n_w and all(_match(words[i + k], p) for k, p in enumerate(ph[1:], 1)):
                if kind == "weak":
                    tgt = weak.setdefault(scope, set())
                elif kind == "keep":
                    tgt = kept.setdefault(scope, set())
                elif scope:
                    tgt = masks.setdefault(scope, set())
                else:
                    tgt = base
                tgt.update(range(i, i + n))
    for scope, at in kept.items():
        # (session 68) a `keep.CONCEPT` phrase is that concept's words where a mask would hide
        # them: French "de plus de 60 ans" (over 60) holds no "de plus" (moreover)
        if scope in masks:
            masks[scope] -= at
    return base, masks, weak


def _voided(toks: list[tuple[int, int, str]], negs: list[tuple[int, int, str]],
            lx: Lexicon) -> set[int]:
    """Positions of words a negator turns into "any more" ("nicht mehr", "ne … plus")."""
    if not negs or not lx.void_after_neg:
        return set()
    starts = [s for s, _, _ in negs]
    out = set()
    for i, (s, _, w) in enumerate(toks):
        if w in lx.void_after_neg:
            before = [t[0] for t in toks[max(0, i - _NEG_REACH):i + 1]]
            if any(p in starts for p in before):
                out.add(i)
    return out


def _after_clitic(text: str, toks: list[tuple[int, int, str]], lx: Lexicon) -> set[int]:
    """Positions of `void_after_neg` words at most ``_NEG_REACH`` words after a `ne_clitic`
    ("il ne reste plus que deux jours": only two days, no "more than"; "n'y a plus")."""
    out = set()
    for i, (s, _, w) in enumerate(toks):
        # (from the end of the word before the reach: an elided "n'" is no part of its token)
        start = toks[i - _NEG_REACH - 1][1] if i > _NEG_REACH else 0
        if w in lx.void_after_neg and lx.ne_clitic.search(text, start, s):
            out.add(i)
    return out


_CLAUSE_STOP = re.compile(r"[.,;:!?)\]»”\"]")


def _seasons(text: str, toks: list[tuple[int, int, str]], lx: Lexicon) -> set[int]:
    """Positions of `season` words that name the season: after a `season_lead` ("in the
    fall", "this fall"), at the end of their clause or before a year ("in the fall of 2023").
    "After the fall." and "the fall in prices" stay a fall."""
    out = set()
    n = len(toks)
    words = [w for _, _, w in toks]
    for i, w in enumerate(words):
        if w not in lx.season:
            continue
        if not any(i >= len(lead) and tuple(words[i - len(lead):i]) == lead
                   and not _CLAUSE_STOP.search(text, toks[i - len(lead)][0], toks[i][0])
                   for lead in lx.season_lead):
            continue
        if (i + 1 == n or _CLAUSE_STOP.search(text, toks[i][1], toks[i + 1][0])
                or _YEAR.fullmatch(words[i + 1])
                or (words[i + 1] == "of" and i + 2 < n and _YEAR.fullmatch(words[i + 2]))):
            out.add(i)
    return out


def _lookup(word: str, lx: Lexicon) -> tuple[tuple[str, int, Pattern], ...]:
    """Entries whose first pattern matches ``word``: itself, a prefix* or a *suffix."""
    out = list(lx.exact.get(word, ()))
    n = len(word)
    cut, starts = lx.stem_starts
    if word[:cut] in starts:
        for k in lx.stem_lens:  # shortest stem first
            if k > n:
                break
            out.extend(lx.stems.get(word[:k], ()))
    cut, ends = lx.head_ends
    if word[n - cut:] in ends:
        for k in lx.head_lens:  # longest head first; a compound head leaves at least two letters
            if k <= n - 2:
                out.extend(lx.heads.get(word[n - k:], ()))
    return tuple(out)


def _infos(text: str, lx: Lexicon) -> list[tuple[int, str, tuple[tuple[str, int, Pattern], ...],
                                                   frozenset[tuple[str, int]] | None,
                                                   tuple[tuple[str, int, str], ...] | None, str]]:
    """Per token of ``text`` (as ``_WORD`` finds them): (letters of an elided article or a
    glued prefix before the word, the case-folded word, its ``_lookup``, the (concept, pole)
    pairs of the strong one-word patterns there or None, (concept, pole, next part) of the
    strong phrases it opens or None, the case-folded word with its article or prefix),
    remembered per token as written."""
    memo = lx.memo
    words = _WORD.findall(text) if lx.chars is None else [w for _, _, w in _unspaced(text, lx)]
    out = list(map(memo.get, words))  # most tokens come back
    if None not in out:
        return out
    for i, got in enumerate(out):
        if got is None:
            g = words[i]
            w = _fold(g)
            if "’" in w:
                w = w.replace("’", "'")
            e = _ELIDED.match(w) if "'" in w else None
            k = e.end() if e else 0
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            found = _lookup(w[k:], lx)
            if not found and lx.prefixes:
                for p in lx.prefixes:  # "وارتفعت" is "و" + "ارتفعت" (and rose)
                    if w.startswith(p, k) and len(w) - k - len(p) >= 3:
                        found = _lookup(w[k + len(p):], lx)
                        if found:
                            k += len(p)
                            break
            # (None, not an empty frozenset: a memo of atoms only is not tracked by the
            # garbage collector, and most words have no entry)
            # a phrase's key only where its next word is there ("the_most", "was_defeated":
            # "the" and "was" alone would let most sentences past the quick test of ``flips``)
            # (a `figure_next` word counts here whatever follows it: the quick test of
            # ``flips`` only lets a pair through, ``_hits`` decides)
            fig = w[k:] in lx.figure_next or w[k:] in lx.figure_before or w[k:] in lx.span_next
            keys = frozenset((name, pole) for name, pole, pat in found
                             if (pat.strong or fig) and len(pat.parts) == 1) or None
            # (a weak word of more/less may state a change after a figure: "un 8% más")
            if any(name == "more" and not pat.strong and len(pat.parts) == 1 for name, _, pat in found):
                keys = (keys or frozenset()) | {("change", pole) for name, pole, pat in found
                                                if name == "more" and len(pat.parts) == 1}
            multi = tuple((name, pole, pat.parts[1]) for name, pole, pat in found
                          if len(pat.parts) > 1 and (pat.strong or "_".join(pat.parts) in lx.figure_next)) or None
            out[i] = memo[g] = (k, w[k:], found, keys, multi, w)
    return out


def _figure_next(words: list[str], i: int, glued: Callable[[int], bool], lx: Lexicon) -> bool:
    """Has the `figure_next` word ``i`` its figure right after it ("up 30%"), or after a
    `figure_from` word ("up from 13.6": the figure it moved from)?"""
    if i + 1 >= len(words) or not glued(i):
        return False
    if words[i + 1].isdigit():
        return True
    if words[i] in lx.figure_hedged:
        # (session 73) "up roughly 6%", "down an estimated 5%": the hedge words glued between;
        # the word right before the figure no article ("down a 20-metre shaft" is a place)
        k = i + 1
        while k < i + 3 and k + 1 < len(words) and words[k] in lx.figure_hedge and glued(k):
            k += 1
        if k > i + 1 and k < len(words) and words[k].isdigit() and len(words[k - 1]) > 2:
            return True
    return (words[i + 1] in lx.figure_from and i + 2 < len(words) and words[i + 2].isdigit()
            and glued(i + 1))


def _scan(text: str, lx: Lexicon, infos: list | None = None) -> tuple[
        list[tuple[int, int, str]], list[tuple[tuple[str, int, Pattern], ...]]]:
    """``_tokens(text)`` and the ``_lookup`` of each token's word (from ``_infos``)."""
    if infos is None:
        infos = _infos(text, lx)
    if lx.chars is None:
        toks = [(m.start() + got[0], m.end(), got[1]) for m, got in zip(_WORD.finditer(text), infos)]
    else:
        toks = [(s + got[0], e, got[1]) for (s, e, _), got in zip(_unspaced(text, lx), infos)]
    return toks, [got[2] for got in infos]


def _written(text: str) -> list[str]:
    """The words of ``text`` as written, case-folded, a glued prefix kept (the tokens of
    ``_scan`` one for one)."""
    return [unicodedata.normalize("NFC", w) if not w.isascii() else w
            for w in map(str.casefold, _WORD.findall(text))]


def _unspaced(text: str, lx: Lexicon) -> list[tuple[int, int, str]]:
    """The tokens of a text without spaces, as written: the lexicon's strings, leftmost
    and longest first, and the words ``_WORD`` finds between them (价格 | 上涨 | 了)."""
    out = []
    pos = 0
    for m in lx.chars.finditer(text):  # type: ignore[union-attr]
        if m.start() > pos:
            out.extend((g.start(), g.end(), g.group()) for g in _WORD.finditer(text, pos, m.start()))
        out.append((m.start(), m.end(), m.group()))
        pos = m.end()
    out.extend((g.start(), g.end(), g.group()) for g in _WORD.finditer(text, pos))
    return out


def _strong_keys(infos: list) -> set[tuple[str, int]]:
    """The (concept, pole) pairs of the strong patterns the words of ``_infos`` match:
    those the text may state (masks and context only take some away)."""
    out = set().union(*[got[3] for got in infos if got[3]])
    multi = {m for got in infos if got[4] for m in got[4]}
    if multi:
        # (a phrase's later word may keep its glued prefix: "הטוב ביותר")
        words = {got[1] for got in infos} | {got[5] for got in infos if got[0]}
        for name, pole, part in multi:
            if (name, pole) not in out and (part in words if "*" not in part
                                            else any(_match(w, part) for w in words)):
                out.add((name, pole))
    return out


def _measured_keys(keys: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """``keys`` and the change a word of more/less or higher/lower may state after a figure
    (``_measured_change``)."""
    extra = {("change", pole) for name, pole in keys if name in _MEASURED}
    return keys | extra if extra else keys


_MEMO_MAX = 50_000
_SENTENCE_END = re.compile(r"[。！？!?]|\.\s")
# the word that ends where a search stops (before an elision's apostrophe, before a pole word)
_WORD_AT_END = re.compile(rf"(?:[^\W\d_]|[{_INDIC_MARKS}])+$")


def _hits(words: list[str], entries: list[tuple[tuple[str, int, Pattern], ...]],
          glued: Callable[[int], bool], skip: set[int], masks: dict[str, set[int]],
          weak: dict[str, set[int]], written: list[str] | None = None, lx: Lexicon | None = None,
          breaks: list[int] | None = None) -> dict[tuple[str, int], dict[int, tuple[int, bool, bool]]]:
    """Per (concept, pole), the positions its patterns match: {position: (pattern length,
    strong, strong but in a weak phrase)}. ``entries[i]``: ``_lookup`` of word i;
    ``glued(i)``: only a space between words i and i+1 ("vor, den" is no "vor den");
    ``written``: the words with a glued prefix kept, which a phrase's later word may
    have ("הטוב ביותר"); ``breaks``: the positions of the words that open a sentence, which
    the second part of an "a+b" phrase is not looked for past (a text without spaces:
    "比べ+抑え" of one sentence is not "抑え" of the next)."""
    alt = written if written is not None and written is not words else None
    fig = lx.figure_next if lx is not None else frozenset()
    out: dict[tuple[str, int], dict[int, tuple[int, bool, bool]]] = {}
    covered: dict[tuple[str, int], dict[int, set[int]]] = {}
    for i, w in enumerate(words):
        if i in skip or not entries[i]:
            continue
        for name, pole, pat in entries[i]:
            cskip = masks.get(name, set())
            if i in cskip:
                continue
            if len(pat.parts) > 1:
                if not pat.near and not glued(i):
                    continue
                stop = min(len(words), i + (_WINDOW if pat.near else 1) + 1)
                if breaks and pat.near:
                    stop = min([stop, *(k for k in breaks if k > i)])
                reach = range(i + 1, stop)
                j = next((j for j in reach if j not in skip and j not in cskip
                          and (_match(words[j], pat.parts[1])
                               or (alt is not None and _match(alt[j], pat.parts[1])))), None)
                if j is None:
                    continue
                if not pat.near:
                    # "a_b_c": every further part on the next word, each glued to the last
                    # ("divisé par deux", "um die Hälfte")
                    rest = range(j + 1, j + len(pat.parts) - 1)
                    if len(pat.parts) > 2 and not all(
                            k < len(words) and k not in skip and k not in cskip and glued(k - 1)
                            and (_match(words[k], pat.parts[k - i])
                                 or (alt is not None and _match(alt[k], pat.parts[k - i])))
                            for k in rest):
                        continue
                    covered.setdefault((name, pole), {}).setdefault(i, set()).update((j, *rest))
            nexted = len(pat.parts) == 1 and w in fig and _figure_next(words, i, glued, lx)
            if nexted and name == "change" and any(n == "more" for n, _, _ in entries[i]):
                continue  # (session 71) a word of more/less right before its figure ("более 200",
                # more than 200) bounds the figure, as "more than 200" does: no word of change
            if len(pat.parts) > 1 and not pat.near and not pat.strong and "_".join(pat.parts) in fig:
                # a weak phrase that states its pole before a figure (`figure_next`, Vietnamese
                # "nhiều nhất 100 mét", at most 100 m; "nhiều nhất" alone is also "the most")
                e = j + len(pat.parts) - 2
                nexted = e + 1 < len(words) and glued(e) and words[e + 1].isdigit()
            if not nexted and len(pat.parts) == 1 and lx is not None and w in lx.figure_only:
                continue  # "tage op": a particle, no pole without its figure (phrases stay: "op til")
            hits = out.setdefault((name, pole), {})
            size = len(pat.parts[0].strip("*"))
            old = hits.get(i, (0, False, False))
            strong = pat.strong or nexted \
                or (name == "change" and len(pat.parts) == 1 and lx is not None
                    and _by_figure(words, i, glued, lx, alt)) \
                or (name == "change" and len(pat.parts) == 1 and lx is not None
                    and _of_figure(words, i, glued, lx)
                    and not any(n == "more" for n, _, _ in entries[i]))  # "uma alta de 33%"
            phrased = strong and i in weak.get(name, ())
            hits[i] = (max(size, old[0]), (strong and not phrased) or old[1], phrased or old[2])
    for key, starts in covered.items():
        # the second word of a phrase of that pole ("plus tôt" and "tôt") says it once; so does
        # a strong word of the pole inside a strong phrase ("الحد_الأدنى" and "الأدنى", the
        # minimum), by the phrase, and inside a weak one, by that strong word (session 66)
        hits = out[key]
        for i, js in starts.items():
            for j in js:
                if j not in hits:
                    continue
                if not hits[j][1] or (i in hits and hits[i][1]):
                    del hits[j]
                elif i in hits and not hits[i][2]:
                    del hits[i]
    return out


_THAN_ELIDED = re.compile(r"\s+([^\W\d_]{1,3})['’]")


def _than_elided(text: str, toks: list[tuple[int, int, str]],
                 entries: list[tuple[tuple[str, int, Pattern], ...]],
                 hits: dict[tuple[str, int], dict[int, tuple[int, bool, bool]]], lx: Lexicon) -> None:
    """(session 71) A weak word whose strong phrase with a "than" ("plus_que") stands with
    that "than" elided before the next word ("plus qu'hier"): the elided "qu'" is no word
    of its own, so the phrase is read here, and the word is strong as the phrase is."""
    for i, (_, e, _) in enumerate(toks[:-1]):
        m = _THAN_ELIDED.match(text, e)
        if m is None or m.end() != toks[i + 1][0] or m.group(1).casefold() not in lx.than:
            continue
        for name, pole, pat in entries[i]:
            h = hits.get((name, pole), {}).get(i)
            if (h is not None and not h[1] and not h[2] and pat.strong and len(pat.parts) == 2
                    and pat.parts[1] in lx.than):
                hits[(name, pole)][i] = (h[0], True, False)


def _by_figure(words: list[str], i: int, glued: Callable[[int], bool], lx: Lexicon,
               written: list[str] | None = None) -> bool:
    """Is the word at ``i`` followed, with at most three words and nothing but spaces
    between, by a `figure_by` word and a figure ("raise emissions by 1.8", "cut the school
    budget by 5%")? ``written``: the words with a glued prefix kept, as a `figure_by` entry
    may be written (Hebrew "ביותר מ־30%", by more than 30%: ב glued to the bound)."""
    if not lx.figure_by:
        return False
    for j in range(i + 1, min(len(words) - 1, i + _BY_REACH + 2)):
        if not glued(j - 1):
            return False
        if words[j] in lx.figure_by or (written is not None and written[j] in lx.figure_by):
            if j > i + 4 and (words[j] not in lx.figure_by_far or _YEAR.fullmatch(words[j + 1])):
                return False  # ("add 2,000 homes to the city's plan by 2030": a date, no amount)
            return glued(j) and _by_amount(words, j + 1, glued, lx)
    return False


# (session 53) how many words of an object may stand between a weak verb of change and its
# "by" and figure ("cut the average age of its major ferries by more than 40%"; session 72:
# nine, an object with a participle phrase, "cut the volume of paper sent off for recycling by
# up to 20%")
_BY_REACH = 9
_YEAR = re.compile(r"(?:19|20)\d\d")


def _by_amount(words: list[str], k: int, glued: Callable[[int], bool], lx: Lexicon) -> bool:
    """Is there a figure at ``k``, or after a bound on it of one or two words ("by more than
    40%", "by up to 5%", "by at least 3"), or after one or two words of estimate ("by an
    estimated 35%", "by about 3")? A bound on the amount keeps its direction."""
    for _ in range(2):
        if k + 1 < len(words) and words[k] in lx.figure_hedge and glued(k):
            k += 1
    if k < len(words) and words[k].isdigit():
        return True
    if k < len(words) and words[k] in lx.fractions and (
            k + 1 >= len(words) or not glued(k) or words[k + 1] in lx.fraction_next):
        return True  # "down by almost a third", "cut by half," (not "by a third party")
    if k + 1 >= len(words) or not glued(k) or not any(
            name in ("more", "bound") for name, _, _ in _lookup(words[k], lx)):
        return False
    if words[k + 1].isdigit():
        return True
    return k + 2 < len(words) and glued(k + 1) and words[k + 2].isdigit() and len(words[k + 1]) <= 4


def _of_figure(words: list[str], i: int, glued: Callable[[int], bool], lx: Lexicon) -> bool:
    """Is the word at ``i`` followed right away by a `figure_of` word and a figure ("alta
    de 33%", "baja del 4%")?"""
    return (bool(lx.figure_of) and i + 2 < len(words) and words[i + 1] in lx.figure_of
            and words[i + 2].isdigit() and glued(i) and glued(i + 1))


def _by_keys(infos: list, lx: Lexicon) -> set[tuple[str, int]]:
    """The change keys of the weak words of change when a `figure_by` or `figure_of` word
    and a figure are in the text (the quick test of ``flips``; ``_hits`` decides)."""
    by = lx.figure_by | lx.figure_of
    if not by or not any((got[1] in by or got[5] in by) and any(n[1].isdigit() or n[1] in lx.fractions
                                              for n in infos[k + 1:k + 4])
                         for k, got in enumerate(infos)):
        return set()
    return {("change", pole) for got in infos for name, pole, pat in got[2]
            if name == "change" and len(pat.parts) == 1}


def _resolve(ha: dict[int, tuple[int, bool, bool]], hb: dict[int, tuple[int, bool, bool]]) -> None:
    """A word both poles match counts for the longer pattern: "Verkauf" is a sale, not
    a "-kauf" purchase."""
    for i in set(ha) & set(hb):
        if ha[i][0] > hb[i][0]:
            del hb[i]
        elif hb[i][0] > ha[i][0]:
            del ha[i]


@dataclass(frozen=True)
class Side:
    """One concept in one sentence: how many words of each pole, and the first strong one."""
    count: tuple[int, int]
    strong: tuple[tuple[int, int, str] | None, tuple[int, int, str] | None]
    # the first word of each pole that would be strong but for a weak phrase ("earlier
    # this year" says when): two such phrases of opposite poles still contradict each other
    phrased: tuple[tuple[int, int, str] | None, tuple[int, int, str] | None] = (None, None)
    # every strong word of each pole, in text order (``strong`` holds the first)
    strongs: tuple[tuple[tuple[int, int, str], ...], tuple[tuple[int, int, str], ...]] = ((), ())
    # (session 70) where every word of each pole begins, strong or weak
    at: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())


def poles(text: str, lang: str | None) -> dict[str, Side] | None:
    """The concepts ``text`` has words of, per pole. None when ``lang`` has no lexicon."""
    lx = lexicon(lang)
    if lx is None:
        return None
    return _poles(text, lang, lx, *_scan(text, lx))


def _poles(text: str, lang: str | None, lx: Lexicon, toks: list[tuple[int, int, str]],
           entries: list[tuple[tuple[str, int, Pattern], ...]]) -> dict[str, Side]:
    """``poles`` of ``text`` from its ``_scan``."""
    if not any(entries):
        return {}  # no word of any concept, nothing to mask
    words = [w for _, _, w in toks]
    # (phrases are matched on the words as written: "בעלה" her husband is no "עלה" rose)
    written = _written(text) if lx.prefixes and lx.chars is None else words
    base_skip, masks, weak = _masked_all(written, lx)
    if masks.get("more"):
        # a phrase of more/less is none of change either: the weak "menos", "más" a word of
        # change has for "un 8 % más" are "at least" in "pelo menos", "al menos"
        extra = {i for i in masks["more"] if any(n == "more" for n, _, _ in entries[i])
                 and not any(n == "change" and p.strong for n, _, p in entries[i])}
        if extra:
            masks["change"] = masks.get("change", set()) | extra
    if lx.elided:
        for i, (s, _, w) in enumerate(toks):
            if s > 1 and text[s - 1] in "'’":
                m = _WORD_AT_END.search(text, max(0, s - 12), s - 1)
                if m and f"{m.group().casefold()}'{w}" in lx.elided:
                    base_skip.add(i)
    if lx.season and not lx.season.isdisjoint(words):
        base_skip |= _seasons(text, toks, lx)
    if lx.void_after_neg and not lx.void_after_neg.isdisjoint(words):  # (else none voided)
        base_skip |= _voided(toks, negators(text, lang) or [], lx)
        if lx.ne_clitic is not None:
            base_skip |= _after_clitic(text, toks, lx)

    # where each word begins as written (a glued prefix is part of the gap to the word
    # before it otherwise: "הטוב ביותר" is one phrase)
    starts = ([m.start() for m in _WORD.finditer(text)] if written is not words
              else [s for s, _, _ in toks])

    def glued(i: int) -> bool:
        # (an elided article is part of the word after it: "points d'avance", session 68; a
        # Hebrew maqaf joins as a hyphen does, "ב־30%", session 73)
        if i + 1 >= len(toks):
            return False
        gap = text[toks[i][1]:starts[i + 1]]
        if "'" in gap or "’" in gap:  # (else nothing for _ELISION_GAP to take: most gaps are a space)
            gap = _ELISION_GAP.sub("", gap)
        return not gap.strip(" \t\n-–\u05be")

    if lx.figure_next and lx.chars is None:
        # (session 68) a `figure_next` word joined to its figure by a hyphen names a class, an
        # age group ("the under-16s", "an over-50s league"): no bound and no place
        base_skip |= {i for i, (_, e, w) in enumerate(toks[:-1])
                      if w in lx.figure_next and toks[i + 1][2].isdigit()
                      and text[e:toks[i + 1][0]] in ("-", "–")}

    # (a text without spaces: where its sentences end, which the words of one phrase do not cross)
    breaks = ([k for k in range(1, len(toks)) if _SENTENCE_END.search(text, toks[k - 1][1], toks[k][0])]
              if lx.chars is not None else None)
    hits = _hits(words, entries, glued, base_skip, masks, weak, written, lx, breaks)
    if lx.than and lx.chars is None:
        _than_elided(text, toks, entries, hits, lx)
    if lx.figure_before and lx.chars is None and not lx.figure_before.isdisjoint(words):
        _figure_before(text, toks, entries, hits, base_skip, masks, lx)
    if lx.span_next and lx.chars is None and not lx.span_next.isdisjoint(words):
        _span_before(text, lang, toks, entries, hits, base_skip, masks, lx)
    if lx.chars is None and "change" in lx.concepts:
        _measured_change(text, lang, toks, entries, hits, base_skip, masks, lx, glued)
    elif lx.chars is not None and "change" in lx.concepts:
        _compared_by_figure(text, lang, toks, entries, hits, base_skip, masks, breaks)
    out: dict[str, Side] = {}
    for name in {n for n, _ in hits}:
        ha, hb = hits.get((name, 0), {}), hits.get((name, 1), {})
        _resolve(ha, hb)
        firsts = tuple(next((toks[i] for i in sorted(h) if h[i][1]), None) for h in (ha, hb))
        phrased = tuple(next((toks[i] for i in sorted(h) if h[i][2]), None) for h in (ha, hb))
        strongs = tuple(tuple(toks[i] for i in sorted(h) if h[i][1]) for h in (ha, hb))
        at = tuple(tuple(toks[i][0] for i in sorted(h)) for h in (ha, hb))
        out[name] = Side((len(ha), len(hb)), firsts, phrased, strongs, at)  # type: ignore[arg-type]
    return out


# the concepts of a quantity compared: after a figure their words state a change by that
# much ("3,200 more than in August", "7 percent fewer passengers", "3.3 points higher"), as
# a word of rise or fall would
_MEASURED = ("more", "high", "position")
# what may stand between two tokens of a figure and its word: spaces, a percent or currency sign
_FIGURE_GAP = re.compile(r"[\s%‰$€£¥\u00a0\u202f]*")
# the gap after an abbreviated measure word: its full stop, then space ("27 proc. mniej")
_ABBREV_GAP = re.compile(r"\.[\s\u00a0\u202f]+")


def _after_figure(text: str, toks: list[tuple[int, int, str]], i: int, lx: Lexicon) -> bool:
    """Is the word at ``i`` right after a figure, or after a figure and at most two
    `measure` words ("7 percent fewer", "3 200 de moins", "3,3 procentního bodu méně")?"""
    k, gap = i - 1, 0
    while k >= 0:
        w = toks[k][2]
        between = text[toks[k][1]:toks[k + 1][0]]
        if not _FIGURE_GAP.fullmatch(between) and not (
                not w.isdigit() and w in lx.measure and _ABBREV_GAP.fullmatch(between)
                and text[toks[k + 1][0]].islower()):
            # (a measure word abbreviated with its full stop, a lower-case word after it: "o 27
            # proc. mniej", "um 5 Tsd. weniger"; a capital after the stop starts a sentence)
            return False
        if w.isdigit():
            return True
        if gap == 2 or w not in lx.measure:
            return False
        # (a unit of two words is one measure: "il 6,8 per cento in più", "un 5 por ciento más")
        if (k > 0 and (toks[k - 1][2], w) in _unit_pairs()
                and _FIGURE_GAP.fullmatch(text[toks[k - 1][1]:toks[k][0]])):
            k -= 1
        gap, k = gap + 1, k - 1
    return False


@lru_cache(maxsize=None)
def _unit_pairs() -> frozenset[tuple[str, str]]:
    """The units of data/units written in two words ("per cento", "por ciento", "pour cent"),
    as (first word, second word), case-folded."""
    return frozenset(tuple(ws) for cols in unit_rows() for form in cols[3].split(",")
                     for ws in [unicodedata.normalize("NFC", form.casefold()).split()]
                     if len(ws) == 2 and all(w.isalpha() for w in ws))


def _compared_figure(text: str, toks: list[tuple[int, int, str]], i: int, lx: Lexicon) -> bool:
    """Is the word of more/less at ``i`` after a figure and right before its "than" ("14
    millions de plus qu'en 2023", "40 de moins que")? It then states a difference, whatever
    a mask says of it elsewhere ("de plus" = moreover)."""
    if i + 1 >= len(toks):
        return False
    gap = text[toks[i][1]:toks[i + 1][0]].strip().rstrip("'’").casefold()  # (qu'en: elided)
    return (gap in lx.than or (not gap and toks[i + 1][2] in lx.than)) and _after_figure(text, toks, i, lx)


def _figured(text: str, lx: Lexicon, at: int) -> bool:
    """Is the pole word at offset ``at`` after a figure ("5 percent more passengers than last
    year")? Its "than" then compares with the figure's reference: no arguments swap."""
    if lx.chars is not None:
        return False
    toks = _tokens(text)
    i = next((k for k, t in enumerate(toks) if t[0] == at), None)
    return i is not None and _after_figure(text, toks, i, lx)


def _bounds_figure(text: str, toks: list[tuple[int, int, str]], i: int,
                   entries: list[tuple[tuple[str, int, Pattern], ...]], lx: Lexicon) -> bool:
    """Is the word of more/less at ``i`` the head of a bound on a figure ("more than 15 %",
    "plus de 41 500", "mehr als 15"): its "than" or the second word of a phrase of more/less
    it opens ("plus_de", "più_di") next, then the figure, or a `figure_det` article and the
    figure ("más de un 20 %")?"""
    if i + 2 >= len(toks):
        return False
    k = i + 2
    if toks[k][2] in lx.figure_det and k + 1 < len(toks) and toks[k + 1][2].isdigit() \
            and _FIGURE_GAP.fullmatch(text[toks[k][1]:toks[k + 1][0]]):
        k += 1
    if not toks[k][2].isdigit():
        return False
    if text[toks[i][1]:toks[i + 1][0]].strip() or not _FIGURE_GAP.fullmatch(
            text[toks[i + 1][1]:toks[i + 2][0]]):
        return False
    nxt = toks[i + 1][2]
    return nxt in lx.than or any(name == "more" and len(pat.parts) == 2 and not pat.near
                                 and _match(nxt, pat.parts[1]) for name, _, pat in entries[i])


# a "than" that is also "of the" alone: Portuguese "do" (do que = than, do orçamento = of the budget)
_THAN_LEAD = frozenset({"do"})


def _before_figure_than(text: str, toks: list[tuple[int, int, str]], i: int, lx: Lexicon) -> bool:
    """Is the word of more/less at ``i`` right before a figure, and the figure (with at most
    two `measure` words) right before its "than" ("mais 7,5% do que no ano anterior", "menos
    3 pontos do que")? It states a difference by that figure, as "7,5% mais do que" does."""
    k = i + 1
    if (k >= len(toks) or not toks[k][2].isdigit()
            or not _FIGURE_GAP.fullmatch(text[toks[i][1]:toks[k][0]])):
        return False
    while (k + 1 < len(toks) and toks[k + 1][2].isdigit()
           and text[toks[k][1]:toks[k + 1][0]] in (",", ".", " ", "\u00a0", "\u202f")):
        k += 1  # 7,5 / 12 000
    gap = 0
    while k + 1 < len(toks) and _FIGURE_GAP.fullmatch(text[toks[k][1]:toks[k + 1][0]]):
        w = toks[k + 1][2]
        if w in lx.than:
            return w not in _THAN_LEAD or (k + 2 < len(toks) and toks[k + 2][2] in lx.than
                                           and toks[k + 2][2] not in _THAN_LEAD)
        if gap == 2 or w not in lx.measure:
            return False
        gap, k = gap + 1, k + 1
    return False


def _measured_change(text: str, lang: str | None, toks: list[tuple[int, int, str]],
                     entries: list[tuple[tuple[str, int, Pattern], ...]],
                     hits: dict[tuple[str, int], dict[int, tuple[int, bool, bool]]],
                     skip: set[int], masks: dict[str, set[int]], lx: Lexicon,
                     glued: Callable[[int], bool]) -> None:
    """The change a comparison with a figure states, in ``hits``: a strong word of more/less
    or higher/lower after a figure ("3 200 de moins", "7 percent fewer") is one of rise or
    fall too; a word of more/less that bounds a figure ("plus de 41 500", "more than 15 %")
    is none ("fell by more than 15 %" says nothing of a rise). Not in a sentence with a
    negator: "had the flows not existed, GDP would be 10 % lower" is the counterfactual of
    "the flows increased GDP by 10 %"."""
    negated = None
    for i, found in enumerate(entries):
        if not found or i in skip:
            continue
        # ("43 % weniger als 2021": a word of more/less after a figure compares with the
        # reference after its "than", it bounds nothing)
        if any(name == "more" for name, _, _ in found) and _bounds_figure(text, toks, i, entries, lx) \
                and not _after_figure(text, toks, i, lx):
            for pole in (0, 1):
                hits.get(("change", pole), {}).pop(i, None)
            continue
        # (a weak word of more/less too: "un 8% más que", "10% mais", "5 % plus": after a
        # figure "más", "mais", "plus" can only be "more")
        # (a weak `figure_before` word of position too: "42 Prozent über dem Mittel" is
        # above the reference by that much, as "42 % mehr" is)
        # (not a word of position before a physical reference, a `mask.place` phrase:
        # "2,800 metres below the surface" says where, and no change of a quantity)
        poles = {pole for name, pole, pat in found if name in _MEASURED
                 and not (name == "position" and i in masks.get("place", ()))
                 and (pat.strong or name == "more"
                      or (name == "position" and toks[i][2] in lx.figure_before))
                 and len(pat.parts) == 1 and (i not in masks.get(name, ()) or (
                     name == "more" and _compared_figure(text, toks, i, lx)))}
        if len(poles) != 1 or not (_after_figure(text, toks, i, lx)
                                   or _before_figure_than(text, toks, i, lx)):
            continue
        if (toks[i][2] in lx.less and i + 1 < len(toks) and glued(i)
                and any(len(pat.parts) == 1 for _, _, pat in entries[i + 1])
                and toks[i + 1][2] not in _function_words(lang)):
            continue  # "5 % less expensive" is cheaper (a phrase's first word, "que_más", is none)
        at = i
        if (not any(pat.strong and len(pat.parts) == 1 for name, _, pat in found if name in _MEASURED)
                and i + 1 < len(toks) and glued(i) and i + 1 not in skip
                and any(len(pat.parts) == 1 for _, _, pat in entries[i + 1])):
            # a weak word of more before an adjective is its comparative ("15 % plus faible",
            # "un 8 % más bajo": lower): the adjective's own height or amount is the change's
            # pole, and an adjective of another concept ("plus cher") states none
            poles = {pole for name, pole, pat in entries[i + 1] if name in ("high", "more")
                     and pat.strong and len(pat.parts) == 1 and i + 1 not in masks.get(name, ())}
            if len(poles) != 1:
                continue
            at = i + 1
        if negated is None:
            negated = bool(negators(text, lang))
        if negated:
            continue
        pole = poles.pop()
        got = hits.setdefault(("change", pole), {})
        old = got.get(at, (0, False, False))
        got[at] = (max(old[0], len(toks[at][2])), True, old[2])


def _compared_by_figure(text: str, lang: str | None, toks: list[tuple[int, int, str]],
                        entries: list[tuple[tuple[str, int, Pattern], ...]],
                        hits: dict[tuple[str, int], dict[int, tuple[int, bool, bool]]],
                        skip: set[int], masks: dict[str, set[int]], breaks: list[int] | None) -> None:
    """The change a comparison of a text without spaces states by its figure (Chinese "比去年同期
    低约15%", lower than a year before by about 15%): the adjective of a strong "a+b" phrase
    of more/less or higher/lower ("比+低"), then at most one letter ("约" about, "了", "出") and
    a figure, is a rise or a fall by that much, as "20% lower than" is. Not in a sentence with
    a negator."""
    n = len(toks)
    negated = None
    for i, found in enumerate(entries):
        if not found or i in skip:
            continue
        for name, pole, pat in found:
            if name not in _MEASURED or not pat.near or not pat.strong or len(pat.parts) != 2 \
                    or i not in hits.get((name, pole), {}) or i in masks.get(name, ()):
                continue
            stop = min([n, i + _WINDOW + 1, *(k for k in breaks or () if k > i)])
            j = next((j for j in range(i + 1, stop) if j not in skip
                      and _match(toks[j][2], pat.parts[1])), None)
            if j is None:
                continue
            k = j + 1
            if k < n and len(toks[k][2]) == 1 and not toks[k][2].isdigit() and not entries[k] \
                    and toks[k][0] == toks[j][1]:
                k += 1
            if not (k < n and toks[k][2].isdigit() and toks[k][0] == toks[k - 1][1]):
                continue
            if negated is None:
                negated = bool(negators(text, lang))
            if negated:
                return
            got = hits.setdefault(("change", pole), {})
            old = got.get(j, (0, False, False))
            got[j] = (max(old[0], len(toks[j][2])), True, old[2])


def _figure_before(text: str, toks: list[tuple[int, int, str]],
                   entries: list[tuple[tuple[str, int, Pattern], ...]],
                   hits: dict[tuple[str, int], dict[int, tuple[int, bool, bool]]],
                   skip: set[int], masks: dict[str, set[int]], lx: Lexicon) -> None:
    """A weak `figure_before` word right after a figure ("18 Prozent unter dem Budget",
    "$140 million over budget") states its pole: strong in ``hits``."""
    for i, (_, _, w) in enumerate(toks):
        if w not in lx.figure_before or i in skip or not _after_figure(text, toks, i, lx):
            continue
        _strengthen(entries, hits, masks, i, len(w))


def _strengthen(entries: list[tuple[tuple[str, int, Pattern], ...]],
                hits: dict[tuple[str, int], dict[int, tuple[int, bool, bool]]],
                masks: dict[str, set[int]], i: int, width: int) -> None:
    """Mark the weak one-word entries at token ``i`` strong in ``hits`` (their context, a
    figure or a span before them, states the pole)."""
    for name, pole, pat in entries[i]:
        if len(pat.parts) != 1 or pat.strong or i in masks.get(name, ()):
            continue
        got = hits.setdefault((name, pole), {})
        old = got.get(i, (0, False, False))
        got[i] = (max(old[0], width), True, old[2])


def _span_before(text: str, lang: str | None, toks: list[tuple[int, int, str]],
                 entries: list[tuple[tuple[str, int, Pattern], ...]],
                 hits: dict[tuple[str, int], dict[int, tuple[int, bool, bool]]],
                 skip: set[int], masks: dict[str, set[int]], lx: Lexicon) -> None:
    """A weak `span_next` adverb of time right after a span of time and its figure ("o dva
    dni neskôr", "fyra dagar senare", four days later) compares two times by that span:
    strong in ``hits``. With `span_than` endings the figure needs its "than" right before it
    ("평년보다 5일 이른")."""
    nums = None
    for i, (s, _, w) in enumerate(toks):
        if w not in lx.span_next or i in skip or i < 1:
            continue
        us, ue, unit = toks[i - 1]
        if unit not in lx.span or text[ue:s].strip():
            continue
        if nums is None:
            nums = find_numbers(text, lang)
        fig = next((n for n in nums if n.end <= us and not text[n.end:us].strip()), None)
        if fig is None:
            continue
        if lx.span_than:
            end = len(text[:fig.start].rstrip())
            before = _WORD_AT_END.search(text, max(0, end - 40), end)
            if before is None or not before.group().casefold().endswith(lx.span_than):
                continue
        _strengthen(entries, hits, masks, i, len(w))


def _phrases(words: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int, str]]:
    """``words`` with the words of one phrase counted once: a word right after the one
    before it ("plus grand", "much bigger") is that word's phrase."""
    out: list[tuple[int, int, str]] = []
    for w in words:
        if out and 0 <= w[0] - out[-1][1] <= 1:
            continue
        out.append(w)
    return out


def _reversed(src: Side, tgt: Side, a: int, name: str = "") -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """Does the source state pole ``a`` only, and the translation the other pole in its
    place: with no word of pole ``a`` left, or fewer than the source has ("mehr … mehr"
    rendered "less … more")? The (source word, translation word) that say so: strong
    words, or words of two weak phrases ("früher in diesem Jahr", "later this year")."""
    b = 1 - a
    if src.count[b] and not tgt.count[a] and src.strongs[a] \
            and src.count == (len(src.strongs[0]), len(src.strongs[1])) \
            and len(_phrases(tgt.strongs[b])) == len(_phrases(src.strongs[a])) + len(_phrases(src.strongs[b])):
        # both poles in the source, all its words strong ("a rise in salinity or a fall in
        # oxygen"), and as many words in the translation, all of the other pole ("a fall in
        # salinity or a fall in oxygen"):
        # the translation's word in the place of the source's first word of pole ``a``
        at = src.strongs[a][0][0]
        return src.strongs[a][0], _phrases(tgt.strongs[b])[sum(1 for w in _phrases(src.strongs[b]) if w[0] < at)]
    if name == "change" and src.count[b] and not src.strongs[b] and not tgt.count[a] and src.strong[a] is not None \
            and tgt.strong[b] is not None and (tgt.count[b] - len(tgt.strongs[b]) >= src.count[b]
                                               or tgt.count[b] - 1 >= src.count[b]):
        # the source's words of pole ``b`` all weak, and as many weak words of that pole in
        # the translation: they render each other ("need more sap" ~ "mehr Saft"), so the
        # source's strong word of pole ``a`` is the one the translation's strong word renders
        # ("sap declines, so more sap" rendered "Saft steigt … mehr Saft"); only for a change,
        # whose weak words are amounts (more, losses); the weak words of time are
        # prepositions ("until", "vor dem Gerichtshof") that render nothing of each other;
        # (session 72) or a strong word for each, and one more: "prices rose despite the
        # discount" rendered "les prix ont baissé malgré la réduction"
        return src.strong[a], tgt.strong[b]
    if src.count[b] or tgt.count[a] >= src.count[a]:
        return None
    if src.strong[a] is not None and tgt.strong[b] is not None:
        return src.strong[a], tgt.strong[b]
    if src.phrased[a] is not None and tgt.phrased[b] is not None:
        return src.phrased[a], tgt.phrased[b]
    return None


def _amounts_only(src: Side, tgt: Side, a: int, smore: Side | None, tmore: Side | None,
                  ttext: str) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """(session 70) The source's words of change all of pole ``a``, strong ("der Anstieg der
    Mieten") or amounts ("mehr Nebenjobs"); the translation's words of that pole all weak:
    amounts ("more side jobs"), no more of them than the source has words of more/less of that
    pole, or a verb of saying ("he added"); and a strong word of the other pole ("the fall in
    rents"). An amount renders the source's amounts, so no
    word of the translation renders the source's change."""
    b = 1 - a
    if (src.count[b] or not src.strongs[a] or tgt.strongs[a] or not tgt.strongs[b] or not tgt.count[a]
            or tmore is None or smore is None or smore.count[b] or tmore.count[b]):
        return None
    strong = {w[0] for w in src.strongs[a]}
    if not all(i in strong or i in smore.at[a] for i in src.at[a]):
        return None  # (a weak word of the source's change that is no amount: "went up")
    amounts = [i for i in tgt.at[a] if i in tmore.at[a]]
    if smore.count[a] < len(amounts) or not all(
            i in tmore.at[a] or _SAYING.match(ttext, i) for i in tgt.at[a]):
        return None
    sw = next((w for w in src.strongs[a] if w[0] not in smore.at[a]), None)
    return None if sw is None else (sw, tgt.strongs[b][0])


# a verb of saying before or after what it says ("she added that", "he added."): the
# one weak word of change that is a verb of saying (English "?add*"), which states no change
_SAYING = re.compile(r"add(?:s|ed|ing)?(?=\s*(?:[:.,;«“\"„]|that\b))", re.I)


def _figured_difference(src: Side, tgt: Side, a: int, stext: str, sl: str | None, ls: Lexicon,
                        ttext: str, tl: str | None, lt: Lexicon) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """A difference by a figure said the other way round ("60 रुपये अधिक" ~ "₹60 less than"):
    the source's words of change all of pole ``a`` and strong, one of them after a figure; the
    translation's words of pole ``a`` all weak ("he added that", "paid up to"), and a strong
    one of the other pole after a figure both sides have. A weak word states no change,
    so it renders none of the source's."""
    b = 1 - a
    if (src.count[b] or not src.strongs[a] or src.count[a] != len(src.strongs[a])
            or tgt.strongs[a] or not tgt.strongs[b]):
        return None
    sw = next((w for w in src.strongs[a] if _figured(stext, ls, w[0])), None)
    tw = next((w for w in tgt.strongs[b] if _figured(ttext, lt, w[0])), None)
    if sw is None or tw is None or not _share_figure(stext, sl, ttext, tl):
        return None
    return sw, tw


# (session 59, pb) what may stand between a figure and the word of change it measures: in a
# text with spaces, spaces and signs ("30% fall", "$5 rise") or words of `measure` (units:
# "30 per cent fall"); in one without (Chinese, Japanese), a sign and at most two letters, a
# counter or a particle ("3割減少", "三成", "30%の減少", "减少了约30%")
_ANCHOR_SIGNS = re.compile(r"[\s%％‰$€£¥\u00a0\u202f]*")
_ANCHOR_CHARS = re.compile(r"[\s%％‰$€£¥\u00a0\u202f]*(?:[^\W\d_]{0,2})[\s%％‰$€£¥\u00a0\u202f]*")
_PERCENT_NEXT = re.compile(r"[\s\u00a0\u202f]?[%％‰]")
_ANCHOR_AFTER = 3


@lru_cache(maxsize=None)
def _share_after() -> re.Pattern:
    """A share's unit word right after a figure: the word forms of the `share` rows of
    data/units ("Prozent", "per cent", "procent"), case-insensitive."""
    forms = sorted({f.strip() for cols in unit_rows() if cols[1] == "share"
                    for f in cols[3].split(",") if f.strip()}, key=len, reverse=True)
    return re.compile(r"[\s\u00a0\u202f]+(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W\d_])",
                      re.I)  # words between a word of change and its figure ("risen by about 30%")


def _anchored(text: str, lang: str | None, lx: Lexicon, word: tuple[int, int, str],
              nums: list) -> set[float]:
    """The values of the figures that measure the word of change ``word``: one right before
    it ("a 30% fall", "3割減少") or a few words after it with no punctuation between ("has risen
    by about 30%", "减少了约30%"). ``nums``: ``find_numbers`` of ``text``; years, dates and
    single digits do not count (they say when, or are too common to tie two words)."""
    out: set[float] = set()
    ws, we = word[0], word[1]
    for n in nums:
        if n.soft or n.kind not in ("number", "word"):
            continue
        # (a single digit counts as a share: "fell 8%", "um 5 Prozent", no count of things)
        pct = bool(_PERCENT_NEXT.match(text, n.end)) or bool(_share_after().match(text, n.end))
        vals = {v for v in n.values if isinstance(v, (int, float)) and (v >= 10 or v != int(v) or pct)}
        if not vals:
            continue
        if n.end <= ws:
            gap = text[n.end:ws]
            if lx.chars is not None:
                ok = bool(_ANCHOR_CHARS.fullmatch(gap))
            else:
                words = [m.group().casefold() for m in _WORD.finditer(gap)]
                ok = (len(words) <= 2 and all(w in lx.measure for w in words)
                      and bool(_ANCHOR_SIGNS.fullmatch(_WORD.sub(" ", gap))))
        elif n.start >= we:
            gap = text[we:n.start]
            if lx.chars is not None:
                ok = bool(_ANCHOR_CHARS.fullmatch(gap))
            else:
                words = [m.group().casefold() for m in _WORD.finditer(gap)]
                ok = (len(words) <= _ANCHOR_AFTER and bool(_ANCHOR_SIGNS.fullmatch(_WORD.sub(" ", gap)))
                      and not any(w in lx.than or any(len(pat.parts) == 1 for _, _, pat in _lookup(w, lx))
                                  for w in words))  # (no "than", no word of a pole of its own)
        else:
            continue
        if ok:
            out |= vals
    return out


def _change_entry(word: str, lx: Lexicon, pole: int) -> bool:
    """Is ``word`` (as a pole word of ``Side.strongs`` holds it) a strong one-word entry of
    the change concept at ``pole`` in its own right (rose, gesunken, 減少), not a weak one
    (mehr, niedriger) that a figure beside it made strong?"""
    w = word.casefold().split()[0] if word.strip() else word
    return any(c == "change" and p == pole and pat.strong for c, p, pat in _lookup(w, lx))


def _compared_by(text: str, lx: Lexicon, word: tuple[int, int, str]) -> bool:
    """(session 69) Is ``word`` a word of more/less right after its figure (at most two
    `measure` words between) with its "than" a few words on ("delivered 12.5 litres more per
    hour than", "12,5 litros menos por hora que")? It states a difference by that figure."""
    w = word[2].casefold()
    if lx.chars is not None or not any(name == "more" for name, _, _ in _lookup(w, lx)):
        return False
    if not _figured(text, lx, word[0]):
        return False
    after = [t for _, _, t in _tokens(text[word[1]:word[1] + 120])][:_SPAN_MAX + 1]
    return any(t in lx.than for t in after)


def _opposed_with_figures(src: Side, tgt: Side, a: int, stext: str, sl: str | None, ttext: str,
                          tl: str | None) -> tuple[list, list] | None:
    """The shared guard of ``_anchored_difference`` and ``_spanned_difference``: a strong
    source word of pole ``a`` and a strong translation word of the other, one side also
    holding the opposite pole (else ``_reversed``'s case), and figures on both sides: the
    two sides' numbers, or None."""
    b = 1 - a
    if not src.strongs[a] or not tgt.strongs[b]:
        return None
    if not src.count[b] and not tgt.count[a]:
        return None  # (``_reversed``'s case)
    sn, tn = find_numbers(stext, sl), find_numbers(ttext, tl)
    if not sn or not tn:
        return None
    return sn, tn


def _anchored_difference(src: Side, tgt: Side, a: int, stext: str, sl: str | None, ls: Lexicon,
                         ttext: str, tl: str | None, lt: Lexicon) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """A change by a figure rendered the other way round in a sentence whose source has the
    other pole elsewhere ("出荷量は約2割減少し、在庫の増加が…" rendered "shipments
    have risen by about 20% … the growth in stock"), or whose translation has the source's
    pole elsewhere ("gli ordini sono cresciuti del 35 % … aumenti" rendered "ont baissé de 35 % …
    hausses"): a strong source word of pole ``a`` measured by a figure, a strong translation
    word of the other pole measured by the same figure, and no word of the opposite pole
    measured by that figure on either side."""
    b = 1 - a
    nums = _opposed_with_figures(src, tgt, a, stext, sl, ttext, tl)
    if nums is None:
        return None
    sn, tn = nums
    for tw in tgt.strongs[b]:
        t_cmp = not _change_entry(tw[2], lt, b)
        if t_cmp and not _compared_by(ttext, lt, tw):
            continue  # (a comparative made strong by its figure, "3 % niedriger", may be one
            # side of a comparison the source words the other way round: no change to flip)
        tv = _anchored(ttext, tl, lt, tw, tn)
        if not tv:
            continue
        for sw in src.strongs[a]:
            if _change_entry(sw[2], ls, a) == t_cmp or (t_cmp and not _compared_by(stext, ls, sw)):
                continue  # (session 69) a difference by a figure is compared with a difference:
                # "12.5 litres more per hour than" ~ "12,5 litros menos por hora que" (a word of
                # more/less after its figure, its "than" later, on both sides) is a flip; a rise
                # against a comparative is none
            shared = _anchored(stext, sl, ls, sw, sn) & tv
            # (a difference is contradicted only by another difference: "pumped on average
            # 12.5 litres more" holds a change measured by the figure, and the difference beside it)
            if shared and not any(_anchored(stext, sl, ls, w, sn) & shared
                                  for w in src.strongs[b] if not t_cmp or _compared_by(stext, ls, w)) \
                    and (not tgt.count[a] or not any(_anchored(ttext, tl, lt, w, tn) & shared
                                                     for w in tgt.strongs[a]
                                                     if not t_cmp or _compared_by(ttext, lt, w))):
                # (session 64) the translation's words of pole ``a`` render other changes
                # ("sales fell by 21%, … smaller rises elsewhere" for "rose by 21%, … smaller
                # rises"): none of them measured by the shared figure
                return sw, tw
    return None


@lru_cache(maxsize=None)
def _time_units() -> frozenset[str]:
    """The word forms of the units of time of data/units (days, Wochen, semaines), case-folded."""
    return frozenset(f.strip().casefold() for cols in unit_rows() if cols[1] == "time"
                     for f in cols[3].split(",") if f.strip() and " " not in f.strip())


def _spanned(text: str, lx: Lexicon, word: tuple[int, int, str], nums: list) -> set[float]:
    """The values of the figure of the span of time right before the pole word ``word``
    ("drei Tage früher", "o tri dni neskôr", "5일 이른"): a figure, then a unit of time
    (data/units or the lexicon's `span`) right before the word."""
    end = len(text[:word[0]].rstrip())
    m = _WORD_AT_END.search(text, max(0, end - 40), end)
    if m is None or (m.group().casefold() not in lx.span and m.group().casefold() not in _time_units()):
        return set()
    return {v for n in nums if not n.soft and n.end <= m.start() and not text[n.end:m.start()].strip()
            for v in n.values if isinstance(v, (int, float))}


def _spanned_difference(src: Side, tgt: Side, a: int, stext: str, sl: str | None, ls: Lexicon,
                        ttext: str, tl: str | None, lt: Lexicon) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """(session 67) Two times compared by one span said in reverse ("o tri dni
    neskôr" rendered "drei Tage früher", three days later as three days earlier) in a sentence
    whose other words of time block ``_reversed`` ("schon im Juni", already in June): a
    strong source word of pole ``a`` and a strong translation word of the other pole, each
    right after a span with the same figure, and no word of the opposite pole after that
    span on either side."""
    b = 1 - a
    nums = _opposed_with_figures(src, tgt, a, stext, sl, ttext, tl)
    if nums is None:
        return None
    sn, tn = nums
    for tw in tgt.strongs[b]:
        tv = _spanned(ttext, lt, tw, tn)
        if not tv:
            continue
        for sw in src.strongs[a]:
            shared = _spanned(stext, ls, sw, sn) & tv
            if shared and not any(_spanned(stext, ls, w, sn) & shared for w in src.strongs[b]) \
                    and not any(_spanned(ttext, lt, w, tn) & shared for w in tgt.strongs[a]):
                return sw, tw
    return None


def _figure_apposition(text: str, lang: str | None, at: int) -> bool:
    """Is the pole word at ``at`` a `figure_next` word with its figure that opens a phrase of
    its own after a comma (", down from 290,000", ", op 5 procent")? The phrase states the
    figure's change by itself: a negative word before the comma ("escaped", "lost") is no
    part of it."""
    if not text[:at].rstrip().endswith(","):
        return False
    lx = lexicon(lang)
    if lx is None or not lx.figure_next or lx.chars is not None:
        return False
    toks = _tokens(text[at:])[:4]
    if not toks or toks[0][0] != 0 or toks[0][2] not in lx.figure_next:
        return False
    words = [w for _, _, w in toks]
    rel = text[at:]
    return _figure_next(words, 0, lambda i: i + 1 < len(toks) and not rel[toks[i][1]:toks[i + 1][0]].strip(), lx)


def _negated_before(text: str, lang: str | None, at: int, near: int = _NEAR) -> bool:
    """Is there a negator or a negative word ("unlikely", "failed") in the ``near`` words
    before position ``at``? "unlikely to be better" may say what "likely worse" says. Not
    before a figure's change in a phrase of its own (``_figure_apposition``)."""
    if _figure_apposition(text, lang, at):
        return False
    words = list(_TOKEN.finditer(text[:at]))[-near:]
    if not words:
        return False
    window = text[words[0].start():at]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:  # (a negator does not reach past its clause: "pas bonnes : elles ont chuté")
        window = window[ends[-1].end():]
    if lang is not None and lang.split("-")[0].casefold() == "ko":
        # (nor past a Korean verb with a connective ending, "-어서", "-져", "-지만": "재고가
        # 없어져 판매량이 줄었다", the stock ran out, so sales fell; that verb, negative or not,
        # ends its own clause)
        cuts = list(_KO_CONNECTIVE.finditer(window))
        if cuts:
            window = window[cuts[-1].end():]
    but = _but_after_comma(lang)
    if but is not None:
        # (nor past a comma and a "but" that opens the next clause: "is not covered by the
        # levy, but the price has risen", "omfattas inte av avgiften, men priset har stigit")
        cuts = list(but.finditer(window))
        if cuts:
            window = window[cuts[-1].end():]
    negs = [w for w in negative_words(window, lang) if not _quantity_noun(w, lang) and not _negated_kind(w, lang)
            and not _coordinated(window, w, lang) and not _figure_bound(window, w, lang)]
    if negs and negs[-1] == words[-1].group().casefold() and not text[words[-1].end():at].strip():
        lx = neg_lexicon(lang)
        if lx is not None and (not neg_lexical(negs[-1], lx)
                               or (" " not in negs[-1] and _bound_object(text, at, lx))
                               or (negs[-1] in lx.few and negs[-1].startswith(lx.prefix))):
            # a word derived with a negative affix right before the pole word qualifies it
            # and keeps its direction ("niebezpieczny wzrost" a dangerous rise, "unexpectedly
            # rose"); a word of negative meaning ("hardly rose", "kaum gestiegen") still counts,
            # but not a verb whose object is the amount a bound word opens ("lost more than
            # half", "ha perdut més de la meitat": what was lost, not a negated "more"); nor a
            # word of rarity derived with a negative prefix, a degree adverb there ("ungewöhnlich
            # schlecht", "unusually high": very; session 68), unlike "selten", "rarely"
            negs.pop()
    return bool(negators(window, lang)) or bool(negs)


# (session 68) a figure and at most two letters of its unit or counter before a word ("16歳", "40%")
_FIGURE_UNIT_END = re.compile(r"\d[\d.,]*[\s%％]*[^\W\d_]{0,2}$")


def _figure_bound(window: str, word: str, lang: str | None) -> bool:
    """Is the negative word ``word`` (a language written without spaces) a word of more/less
    of the direction lexicon right after a figure and its counter ("16歳未満", under 16)? It
    bounds that figure (an age group, a size class) and negates no pole word after it."""
    lx = lexicon(lang)
    if lx is None or lx.chars is None:
        return False
    k = window.rfind(word)
    return (k > 0 and any(n == "more" for n, _, _ in _lookup(word, lx))
            and bool(_FIGURE_UNIT_END.search(window, 0, k)))


# a Korean verb form with a connective ending that closes its clause (so, because, but, while)
_KO_CONNECTIVE = re.compile(r"[가-힣]+(?:어서|아서|여서|해서|져서|져|면서|지만|는데|니까)(?=[\s,])")


def _bound_object(text: str, at: int, lx) -> bool:
    """Is the word at ``at`` a `bound` word of P001's lexicon right before its "than" or a
    figure ("more than half", "més de la meitat", "weniger als 10", "less 20%")?"""
    if lx.chars is not None or not lx.bound:
        return False
    toks = [m.group().casefold() for m in itertools.islice(_TOKEN.finditer(text, at), 2)]
    return len(toks) == 2 and toks[0] in lx.bound and (toks[1] in lx.than or toks[1][:1].isdigit())


@lru_cache(maxsize=None)
def _but_after_comma(lang: str | None) -> re.Pattern | None:
    """A comma and a "but" word of P001's lexicon (`but`: but, aber, men, mais) after it: the
    start of a clause that a negator before it does not reach into. None for a language
    without such words or written without spaces."""
    lx = neg_lexicon(lang)
    if lx is None or lx.chars is not None or not lx.but:
        return None
    return re.compile(r",\s+(?:" + "|".join(map(re.escape, sorted(lx.but, key=len, reverse=True)))
                      + r")(?![^\W\d_])", re.I)


# (session 55) coordinating particles of the languages written without spaces: a word of
# negative meaning right before one is a noun of its own in a list ("人手不足と観光客の減少",
# staff shortage and a fall in tourists; "资金短缺和人口减少") and negates nothing after it
_COORD = {"ja": ("と", "や", "、", "及び", "および", "並びに", "ならびに"),
          "zh": ("和", "与", "與", "及", "以及", "、", "或")}


def _coordinated(window: str, word: str, lang: str | None) -> bool:
    """Is the negative word ``word`` (a `char` language's) followed at its last place in
    ``window`` by a coordinating particle (`_COORD`)? It ends a noun of a list, and its
    negation does not reach the pole word after it."""
    co = _COORD.get(norm_lang(lang) or "")
    if not co:
        return False
    k = window.rfind(word)
    return k >= 0 and window.startswith(co, k + len(word))


# a noun derived with a negative affix names a quantity that moves like any other
# ("unemployment fell", "Arbeitslosigkeit sank", "disoccupazione"): it negates no
# direction, and the other language often has a plain word for it ("chômage", "werkloosheid")
_NOUN_ENDS = ("ment", "ity", "ness", "heit", "keit", "heid", "het", "hed", "ité", "dad", "ità",
              "ade", "tion", "sion", "zione", "ción", "ção", "ung", "ude", "eza", "ezza", "anza",
              "ança", "ost", "osť", "ota", "ita", "empleo", "emprego")


def _negated_kind(word: str, lang: str | None) -> bool:
    """Is the negative word ``word`` a negator with the adjective it negates ("lots non
    conformes", "esuberi non volontari", P001's `negword` and `adj_end`)? It names a kind of
    thing whose quantity moves like any other ("the share of non-compliant lots fell")."""
    parts = word.split()
    lx = neg_lexicon(lang)
    return len(parts) == 2 and lx is not None and parts[0] in lx.neg


def _quantity_noun(word: str, lang: str | None) -> bool:
    """Is the negative word ``word`` (P001's) a derived noun ("un-employment", "dis-occupazione"),
    not one of the lexicon's own negative words ("lack", "failure", "inability")?"""
    if not word.endswith(_NOUN_ENDS):
        return False
    lx = neg_lexicon(lang)
    return lx is not None and not neg_lexical(word, lx)


def _negation_differs(src: str, sl: str | None, s_at: int, tgt: str, tl: str | None,
                      t_at: int) -> bool:
    """Is one side's pole word under a negative word and the other's not? The other side
    is searched twice as far back: word order and length differ between languages, and
    "budget injuste, nous lui rendrons sa vraie" has its "unfair" seven words before
    "false" in "unfair budget, we will restore it to its false"."""
    ns, nt = _negated_before(src, sl, s_at), _negated_before(tgt, tl, t_at)
    if ns == nt:
        return False
    if ns:
        return not _negated_before(tgt, tl, t_at, 2 * _NEAR)
    return not _negated_before(src, sl, s_at, 2 * _NEAR)


def _inverted_comparison(text: str, lang: str | None, at: int) -> bool:
    """Is the pole word at ``at`` the head of a comparison whose "than" comes a few words
    later ("weniger die Führung als das Projekt")? "A more than B" is also said "less B
    than A": the arguments swap with the pole."""
    lx = lexicon(lang)
    words = [w for _, _, w in _tokens(text[at:])][:_NEAR + 2]
    first = next((i for i, w in enumerate(words) if lx and w in lx.than), 0)
    if first < 2:
        return False  # "less than 50" (right after) compares a number, not two arguments
    nx = neg_lexicon(lang)
    if nx is not None and words[first - 1] in nx.but:
        return False  # "foram desanimadores, mas que a equipa …": the "que" of "but that"
        # (P001's `but` word before it) opens a clause; no comparison has a "but than"
    if lx is not None and words[first - 1] in lx.than_conj:
        return False  # "période maximale de 30 jours, alors que …": a conjunction's "que"
    if norm_lang(lang) == "de" and first <= 3 and all(
            w[:1].islower() for w in _WORD.findall(text, at)[1:first]):
        return False  # (session 70) "höher liegen als", "geringer sein als": a German noun
        # is written with a capital, so the lower-case words between are the verb, no argument
    if words[1].isdigit() or (lx is not None and len(words) > 2 and words[2].isdigit()
                              and words[1] in lx.figure_by | lx.figure_of):
        # a change with its amount right after it ("desceram 9,5% desde que", "fell by 4%
        # more than"): a figure stands where the swapped arguments would, and the "than"
        # is another word's or no "than" at all ("desde que" = since)
        return False
    # a "than" right after a word of more/less is that word's own ("reduced demand by
    # more than 30%": a quantity bounded, not the pole word's two arguments swapped)
    return not any(name == "more" for name, _, _ in _lookup(words[first - 1], lx))


def _compared_words(text: str, lang: str | None, at: int) -> tuple[str, ...] | None:
    """The words between the word of more/less at ``at`` and its "than" ("weniger stabil,
    als", "more stable than"; up to ``_SPAN_MAX``: "more kinds of lichen than"),
    case-folded without accents; None when there are none, or a figure among them."""
    lx = lexicon(lang)
    if lx is None or lx.chars is not None:
        return None
    words = [w for _, _, w in _tokens(text[at:])][:_SPAN_MAX + 2]
    k = next((k for k, w in enumerate(words) if k and w in lx.than), None)
    if k is None or k < 2 or any(w.isdigit() for w in words[1:k]):
        return None
    return tuple(_unaccented(w).casefold() for w in words[1:k])


_SPAN_MAX = 6  # words between a word of more/less and its "than" read as one compared phrase


def _same_comparison(src: str, sl: str | None, s_at: int, tgt: str, tl: str | None, t_at: int) -> bool:
    """Are both words of more/less the head of "more/less ADJ than" with the same adjective
    (a shared stem of four letters: "weniger stabil, als" ~ "more stable than", "moins
    efficace que" ~ "more efficient than")? The arguments stand around the comparison
    (subject, then "than"), so "less stable" rendered "more stable" is a flip, not the
    arguments swapped; an adjective of negative form ("more unstable") says the same as
    "less stable" and is left alone. (session 68) So is a noun phrase between the word and
    its "than" on both sides ("more strains of bacteria than" ~ "menos cepas de bacterias que")
    when a word of five letters or more of it shares its first five with one of the other
    side's: the thing compared, which the arguments stand around."""
    a, b = _compared_words(src, sl, s_at), _compared_words(tgt, tl, t_at)
    if a is None or b is None:
        return False
    if len(a) == 1 and len(b) == 1:
        x, y = a[0], b[0]
        if len(x) < 4 or len(y) < 4 or x[:4] != y[:4]:
            return False
        return not negative_words(x, sl) and not negative_words(y, tl)
    stems = {w[:5] for w in a if len(w) >= 5}
    if not any(len(w) >= 5 and w[:5] in stems for w in b):
        return False
    return not negative_words(" ".join(a), sl) and not negative_words(" ".join(b), tl)


# concepts whose two poles tell one event from either side: "A sold it to B" is "B bought
# it from A", "A exports to B" is "B imports from A"
_CONVERSE = frozenset({"buy", "trade"})


def _perspective_swap(src: str, sl: str | None, sw: tuple, tgt: str, tl: str | None) -> bool:
    """Is the translation's converse verb the same transfer told from the recipient's side?
    The source names its recipient right after the verb's "to" ("sold to Miller"), and the
    translation has that name, not after a "from" ("die Miller von Pettit gekauft hatte"),
    and a "from" elsewhere.  "He sold it to Miller" → "Er kaufte es von Miller" stays a flip."""
    ls, lt = lexicon(sl), lexicon(tl)
    if ls is None or lt is None or not ls.to or not lt.frm:
        return False
    after = [m.group() for m in _TOKEN.finditer(src, sw[1])][:4]
    i = next((k for k, w in enumerate(after) if w.casefold() in ls.to), None)
    if i is None:
        return False
    name = next((w for w in after[i + 1:i + 3] if w[:1].isupper()), None)
    if name is None:
        return False
    toks = [m.group() for m in _TOKEN.finditer(tgt)]
    at = [k for k, w in enumerate(toks) if w == name]
    if not at or not any(w.casefold() in lt.frm for w in toks):
        return False
    return all(not any(w.casefold() in lt.frm for w in toks[max(0, k - 3):k]) for k in at)


_TALLY_BEFORE = re.compile(r"\d[\s\u00a0\u202f]*$")


def _tally(text: str, word: tuple[int, int, str]) -> bool:
    """Is the vote word ``word`` ("stemmer mod", "stemmer for": votes against, for) a tally,
    between two figures ("17 stemmer mod 14")? The noun, not the verb ("14 stemmer mod det")."""
    if _TALLY_BEFORE.search(text, max(0, word[0] - 8), word[0]) is None:
        return False
    return any(w[:1].isdigit() for _, _, w in _tokens(text[word[1]:word[1] + 40])[1:3])


def _lessened(text: str, lang: str | None, at: int) -> bool:
    """Is the pole word at ``at`` right after a "less" ("less expensive", "weniger teuer")?"""
    lx = lexicon(lang)
    if lx is None or not lx.less:
        return False
    m = _WORD_AT_END.search(text[:at].rstrip())  # the word just before
    return bool(m) and m.group().casefold() in lx.less


# (session 73) the concepts of a quality or a degree, whose pole word a "less" before it turns
# round ("less often" is rarer, "less expensive" cheaper); not a change, an amount or an
# order ("less growth" is still growth)
_LESSENED_TURNS = frozenset({"frequency", "cost", "speed", "high", "size", "length", "safety",
                             "strength", "wealth", "difficulty", "temperature"})


def _lessened_same(src: Side, tgt: Side, a: int, stext: str, sl: str | None, ttext: str,
                   tl: str | None) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """(session 73) The source's words of the concept all of pole ``a``, strong and none
    after a "less"; the translation's all of that pole too, and every one after a "less"
    ("häufiger" ~ "less often", "teurer" ~ "less expensive"): the translation says the
    other pole. The (source word, translation word)."""
    b = 1 - a
    if src.count[b] or tgt.count[b] or not src.strongs[a] or not tgt.strongs[a]:
        return None
    if len(tgt.at[a]) != len(tgt.strongs[a]) or any(_lessened(stext, sl, w[0]) for w in src.strongs[a]):
        return None
    lt = lexicon(tl)
    if lt is None or not lt.less_turns or not all(
            (m := _WORD_AT_END.search(ttext[:i].rstrip())) and m.group().casefold() in lt.less_turns
            for i in tgt.at[a]):
        return None
    sw, tw = src.strongs[a][0], tgt.strongs[a][0]
    if _than_near(ttext, tl, tw) or _than_near(stext, sl, sw):
        # "A less expensive than B" may render "B teurer als A", its arguments swapped: only
        # when the figures and names both sides share stand on the same side of the word
        # (one before it on each side, none before it on one side and after on the other)
        # is it told the same way round
        before_s, after_s = _anchors(stext[:sw[0]]), _anchors(stext[sw[1]:])
        before_t, after_t = _anchors(ttext[:tw[0]]), _anchors(ttext[tw[1]:])
        if not before_s & before_t or before_s & after_t or before_t & after_s:
            return None
    return sw, tw


_ANCHOR_NAME = re.compile(r"(?<=[^\W\d_]\s)[A-ZÀ-ÞĀ-Ž][^\W\d_]{2,}|\d[\d.,\u00a0\u202f]*\d|\d")


def _anchors(text: str) -> set[str]:
    """(session 73) The figures (digits only: "15.000" ~ "15,000") and the capitalised words
    after another word (names, not a sentence's first word) of ``text``."""
    out = set()
    for m in _ANCHOR_NAME.finditer(text):
        g = m.group()
        out.add(re.sub(r"\D", "", g) if g[0].isdigit() else g)
    return out


_NAME_NEXT = re.compile(r"[\s\-]+([^\W\d_])")


def _named_root(text: str, word: tuple, other: str, other_word: tuple, lo: "Lexicon", name: str, pole: int) -> bool:
    """Is ``word`` of ``text`` a pole word inside a place name (capitalised, another
    capitalised word right after it: "North Island", "South Sudan") that the other side, a
    language without spaces, renders with the root of that pole (北, 南) outside its own
    pole word ``other_word``? The name is translated, its direction is no statement."""
    if not text[word[0]:word[0] + 1].isupper():
        return False
    m = _NAME_NEXT.match(text, word[1])
    if m is None or not m.group(1).isupper():
        return False
    for n, p, root in lo.roots:
        if n == name and p == pole:
            for k in (k for k in range(len(other)) if other.startswith(root, k)):
                if not other_word[0] <= k < other_word[1]:
                    return True
    return False


def _copied(word: str, other: str) -> bool:
    """Is the capitalised ``word`` written as it is in the other language's text? Then it
    is part of a name both keep ("Nord Stream", "Neue Zürcher Zeitung"), or written without
    its accents (the Vietnamese name "Thắng", a word of winning, is "Thang" in English)."""
    if not word[:1].isupper():
        return False
    if word in other and any(m.group() == word for m in _TOKEN.finditer(other)):
        return True
    bare = _unaccented(word)
    return bare != word and bare in other and any(m.group() == bare for m in _TOKEN.finditer(other))


def _unaccented(word: str) -> str:
    """``word`` without its diacritics (Thắng → Thang, Đức → Duc)."""
    from ._text import unaccented
    return unaccented(word.replace("Đ", "D").replace("đ", "d"))


# what ends a clause that a negator in it does not reach past ("keine Mehrheit: dort stimmten
# 56 Prozent dagegen", "no majority; 56 per cent voted against"), and a sentence of a bead
# of several
_CLAUSE_END = re.compile(r"[:;.!?]\s|[。！？；：]")
# a quotation in typographic or CJK marks (straight quotes do not say which end is which)
_QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』|“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]")
_QUOTE_MARK = re.compile(r"[「『“«„]")


def _negated(text: str, lang: str | None, at: set[int], clause: bool = False) -> bool:
    """Has ``text`` a negator other than a pole word itself (the "pas" of "pas moins de",
    the "nicht" of "nicht weniger als": "no less than" is a bound, not a negation)?
    ``clause``: only a negator in a clause (between colons, semicolons, sentence ends) that
    holds a pole word at ``at``."""
    negs = [n for n in negators(text, lang) or [] if n[0] not in at]
    if negs and at:
        # (session 67) a "without" after every pole word negates its own phrase, not the
        # clause before it: "ticket sales rose steeply without any posters" states a rise
        nlx = neg_lexicon(lang)
        if nlx is not None and nlx.without:
            last = max(at)
            negs = [n for n in negs if not (n[0] > last and n[2].casefold() in nlx.without)]
    if negs and at:
        # (session 68) a negator right after the "than" of a pole word's comparison is "ever":
        # "más aves de las que jamás vimos", "plus que jamais" (than we ever saw, than ever)
        lx = lexicon(lang)
        if lx is not None and lx.than and lx.chars is None:
            negs = [n for n in negs if not _than_ever(text, lx, at, n[0])]
    if not clause or not negs:
        return bool(negs)
    cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text) + 1]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if any(a <= p < b for p in at)]
    # (a quotation that holds no pole word is a clause of its own: "「住民は納得していない」と語った",
    # she said "residents are not convinced", negates nothing the sentence before it says)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)
              if not any(m.start() <= p < m.end() for p in at)] if _QUOTE_MARK.search(text) else []
    return any(a <= n[0] < b and not any(q0 <= n[0] < q1 for q0, q1 in quoted)
               for n in negs for a, b in spans)


def _than_ever(text: str, lx: Lexicon, at: set[int], pos: int) -> bool:
    """Is the negator at ``pos`` one of the three words after a "than" that follows a pole
    word at ``at`` within its compared phrase ("menos aves de las que jamás", "moins que
    jamais"), with no clause ending between? It says "ever" there, and negates nothing."""
    for p in at:
        if p >= pos or _CLAUSE_END.search(text, p, pos):
            continue
        toks = _tokens(text[p:pos])
        if 2 <= len(toks) <= _SPAN_MAX + 4 and any(w in lx.than for _, _, w in toks[-3:]):
            return True
    return False


def _lex_negated(text: str, lang: str | None, names: set[str]) -> bool:
    """Has ``text`` a word of negative meaning of P001's lexicon ("failed to examine" for
    "did not examine") that is no word of the concepts ``names``? Its negation is then
    said without a negator, and it moves no pole of those concepts ("did not rise" rendered
    "declined" is no flip)."""
    nlx = neg_lexicon(lang)
    lx = lexicon(lang)
    if nlx is None or lx is None:
        return False
    return any(neg_lexical(w, nlx) and not any(n in names for n, _, _ in _lookup(_fold(w), lx))
               for w in negative_words(text, lang))


def _negates_pole(text: str, lang: str | None, names: set[str]) -> bool:
    """Is a negator of ``text`` at most three words from a word of the concepts ``names``
    ("nicht akzeptiert" refused, "wahrscheinlich nicht" unlikely)? It turns that word round."""
    lx = lexicon(lang)
    negs = negators(text, lang) or []
    if lx is None or not negs:
        return False
    toks, entries = _scan(text, lx)
    at = [k for k, e in enumerate(entries) if any(n in names for n, _, _ in e)]
    for s0, _, _ in negs:
        k = next((k for k, t in enumerate(toks) if t[0] <= s0 < t[1] or t[0] >= s0), len(toks))
        if any(abs(k - a) <= 3 for a in at):
            return True
    return False


def _shown(text: str, start: int, end: int, lang: str | None, name: str) -> str:
    """The word at [start, end) as the message shows it: with the rest of the lexicon's
    phrase it opens ("at least", "no more than"), not its first word alone."""
    lx = lexicon(lang)
    word = _fold(text[start:end])
    best = end
    for pole in (lx.concepts.get(name, ((), ())) if lx else ((), ())):
        for pat in pole:
            if len(pat.parts) == 2 and pat.near and _match(word, pat.parts[0]) and lx.chars is None:
                # (session 64) a verb and its particle a few words on ("brought the
                # temperature up", "nahm die Zahl zu"): the span reaches the particle
                for k, m in enumerate(_WORD.finditer(text, end)):
                    if k >= _WINDOW or _CLAUSE_STOP.search(text, end, m.start()):
                        break
                    if _match(_fold(m.group()), pat.parts[1]):
                        best = max(best, m.end())
                        break
                continue
            if len(pat.parts) < 2 or pat.near or not _match(word, pat.parts[0]):
                continue
            pos = end
            for part in pat.parts[1:]:
                m = _WORD.search(text, pos)  # the next token, as _tokens reads it
                # (a hyphen joins like a space: "най-малко", "по-малко", "au-dessus")
                if (m is None or text[pos:m.start()].strip().strip("-–")
                        or not _match(_fold(m.group()), part)):
                    break
                pos = m.end()
            else:
                best = max(best, pos)
    return text[start:best]


_FIGURE_TAIL = re.compile(r"\d[\d.,]*$")


def _with_figure(text: str, start: int, shown: str) -> str:
    """``shown`` with the figure it continues: a string of an unspaced lexicon that holds a
    figure's last digit or its percent sign ("0円安" of "320円安", "%安" of "12.4%安") is
    shown with the whole figure."""
    if not shown[:1].isdigit() and not shown.startswith(("%", "％")):
        return shown
    m = _FIGURE_TAIL.search(text, max(0, start - 20), start)
    return text[m.start():start] + shown if m else shown


def _sh_latin(text: str, lang: str | None) -> tuple[str, list[int]] | None:
    """Serbian (Bosnian) Cyrillic ``text`` in the Latin alphabet the lexicon is written in
    (повећа ~ poveća, више ~ više), with where each Latin letter came from (љ, њ, џ give
    two); None when ``lang`` is no such language or ``text`` has no Cyrillic letter."""
    if norm_lang(lang) not in _SH_LANGS or not _SR_CYR_RE.search(text):
        return None
    out: list[str] = []
    at: list[int] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        lat = _SR_CYR_TO_LAT.get(ord(low))
        if lat is None:
            lat = ch
        elif low != ch:
            lat = lat.capitalize()  # Љ -> Lj
        out.append(lat)
        at.extend([i] * len(lat))
    at.append(len(text))
    return "".join(out), at


def flips(src: str, sl: str | None, tgt: str, tl: str | None) -> list[tuple[str, tuple, tuple]]:
    """Concepts whose pole the translation reverses: (concept, source word, target word).
    A side in Serbian Cyrillic is read in the Latin alphabet; the words come back with
    their places in the text as written."""
    ls_, lt_ = _sh_latin(src, sl), _sh_latin(tgt, tl)
    if ls_ is None and lt_ is None:
        return _flips(src, sl, tgt, tl)

    def back(w: tuple, conv: tuple[str, list[int]] | None, text: str) -> tuple:
        if conv is None:
            return w
        s, e = conv[1][w[0]], conv[1][w[1]]
        return (s, e, _fold(text[s:e]))

    found = _flips(ls_[0] if ls_ else src, sl, lt_[0] if lt_ else tgt, tl)
    return [(n, back(sw, ls_, src), back(tw, lt_, tgt)) for n, sw, tw in found]


def _flips(src: str, sl: str | None, tgt: str, tl: str | None) -> list[tuple[str, tuple, tuple]]:
    """Concepts whose pole the translation reverses: (concept, source word, target word)."""
    ls, lt = lexicon(sl), lexicon(tl)
    if ls is None or lt is None:
        return []
    # a flip needs a strong word of one pole in the source and one of the other pole of the
    # same concept in the translation: most pairs have none, and the masks, negators and
    # pattern windows of ``poles`` are then not needed
    info_s = _infos(src, ls)
    keys_s = _measured_keys(_strong_keys(info_s)) | _by_keys(info_s, ls)
    if not keys_s:
        return []
    info_t = _infos(tgt, lt)
    keys_t = _measured_keys(_strong_keys(info_t)) | _by_keys(info_t, lt)
    if not any((name, 1 - pole) in keys_t for name, pole in keys_s) \
            and not _cross_keys(keys_s, keys_t) \
            and not (lt.less_turns and any(k[0] in _LESSENED_TURNS for k in keys_s & keys_t)
                     and any(got[1] in lt.less_turns for got in info_t)):
        return []  # (session 73: "teurer" ~ "less expensive" has one pole on each side)
    ps = _poles(src, sl, ls, *_scan(src, ls, info_s))
    if not ps:
        return []
    pt = _poles(tgt, tl, lt, *_scan(tgt, lt, info_t))
    if not pt:
        return []
    out = []
    for name, side in ps.items():
        other = pt.get(name)
        for a in (0, 1):
            words = _reversed(side, other, a, name) if other else None
            if words is None and name == "change" and other:
                words = _figured_difference(side, other, a, src, sl, ls, tgt, tl, lt)
            if words is None and name == "change" and other:
                words = _anchored_difference(side, other, a, src, sl, ls, tgt, tl, lt)
            if words is None and name == "time" and other:
                words = _spanned_difference(side, other, a, src, sl, ls, tgt, tl, lt)
            if words is None and name == "change" and other:
                words = _amounts_only(side, other, a, ps.get("more"), pt.get("more"), tgt)
            turned = False
            if words is None and name in _LESSENED_TURNS and other:
                words = _lessened_same(side, other, a, src, sl, tgt, tl)
                turned = words is not None
            if words is None:
                continue
            sw, tw = words
            if _negation_differs(src, sl, sw[0], tgt, tl, tw[0]):
                # a later word of the pole under a negative word like the translation's may
                # be the one translated: "buyers who otherwise would have sold" answers the
                # second of "acheteurs qui sinon auraient acheté" (an unnegated one is no
                # such evidence: most words are unnegated)
                if not _negated_before(tgt, tl, tw[0]):
                    continue
                sw = next((w for w in side.strongs[a][1:] if _negated_before(src, sl, w[0])), None)
                if sw is None:
                    continue
            if (name != "bound" and not _figured(tgt, lt, tw[0]) and _inverted_comparison(tgt, tl, tw[0])
                    and not (name == "time" and lt.chars is None
                             and _spanned(tgt, lt, tw, find_numbers(tgt, tl)))
                    and (name == "more" or not _inverted_comparison(src, sl, sw[0]))
                    and not (name != "more" and _superlative_form(sw[2], sl))
                    and not (name == "more" and _same_comparison(src, sl, sw[0], tgt, tl, tw[0]))):
                # (a bound's "than" is its own: "no more than", "nicht weniger als"; session
                # 72: so is that of a time after its span and figure, in words or digits, "trois
                # jours plus tard que la date fixée", which compares with a reference); an
                # adjective with its noun before the "than" on both sides ("mejor situación
                # que", "worse state than") is one comparison told the same way round
                continue
            if name in _CONVERSE and _perspective_swap(src, sl, sw, tgt, tl):
                continue
            if name == "odds" and bool(negators(src, sl)) != bool(negators(tgt, tl)):
                continue  # (session 70) "less likely ever to have used it" is "more likely never
                # to have used it": a chance of an event is the other pole of its negation's
            if name == "accept" and (_tally(src, sw) or _tally(tgt, tw)):
                continue  # "med 17 stemmer mod 14" (by 17 votes to 14) counts votes, casts none
            if not turned and (_lessened(src, sl, sw[0]) or _lessened(tgt, tl, tw[0])):
                continue  # "less expensive" is "günstiger"
            if _copied(tgt[tw[0]:tw[1]], src) or _copied(src[sw[0]:sw[1]], tgt):
                continue  # a name kept as written ("Nord Stream"): not translated, so no pole
            if (lt.roots and _named_root(src, sw, tgt, tw, lt, name, a)) \
                    or (ls.roots and _named_root(tgt, tw, src, sw, ls, name, 1 - a)):
                continue  # "the upper South Island" ~ "南島北部": the name's 南 renders "South"
            out.append((name, sw, tw))
    tags_s: set[int] = set()
    tags_t: set[int] = set()
    if not out:
        out, tags_s, tags_t = _contrast_flips(src, sl, ls, ps, tgt, tl, lt, pt)
    if not out:
        out = _cross_flips(src, sl, ps, tgt, tl, pt)
    if out:
        # (a contrast tag's negator denies the other pole, no clause: "more, not fewer")
        at_s, at_t = {f[1][0] for f in out} | tags_s, {f[2][0] for f in out} | tags_t
        ns = _negated(src, sl, at_s)
        if (ns != _negated(tgt, tl, at_t)
                and _negated(src, sl, at_s, True) != _negated(tgt, tl, at_t, True)
                and not (_lex_negated(*((tgt, tl) if ns else (src, sl)), {f[0] for f in out})
                         and not _negates_pole(*((src, sl) if ns else (tgt, tl)), {f[0] for f in out}))):
            return []  # "did not rise" may render "fell"; P001 speaks about negation
    # in source order: the concepts come from a dict built over sets, whose order follows
    # the process's string hashes (the report must not change from run to run)
    out.sort(key=lambda f: (f[1][0], f[0]))
    return out


# (session 72) what opens a contrast tag ("…, not fewer") before its negator, and what may
# follow its pole word (the tag ends its clause)
_TAG_BEFORE = re.compile(r"[,;–—]\s*$")
_TAG_AFTER = re.compile(r"\s*(?:$|[,.;:!?\"'»«“”„…)\]])")


def _contrast(text: str, lang: str | None, lx: Lexicon, sides: dict[str, Side]) -> dict[str, tuple[int, tuple[int, int, str], int]]:
    """(session 72) The concepts ``text`` affirms one pole of by denying the other in a
    contrast tag ("more dogs came in, not fewer", "weniger Anträge, nicht mehr"): a
    negator of P001's lexicon (not its "without") right after a comma, semicolon or dash, a
    word of one pole of the concept right after it, and the clause's end right after that
    word; every other word of the concept in ``sides`` of the other pole, the first of them
    before the tag. Per concept: (the pole affirmed, its first word, where the tag's negator
    begins)."""
    nlx = neg_lexicon(lang)
    if lx.chars is not None or nlx is None:
        return {}
    nwords = (nlx.neg | nlx.alone) - nlx.without
    toks, entries = _scan(text, lx)
    out: dict[str, tuple[int, tuple[int, int, str], int]] = {}
    for k in range(1, len(toks)):
        n0, n1, w = toks[k - 1]
        if w not in nwords or text[n1:toks[k][0]].strip() or not _TAG_BEFORE.search(text, 0, n0) \
                or not _TAG_AFTER.match(text, toks[k][1]):
            continue
        tagged = {(name, pole) for name, pole, pat in entries[k] if len(pat.parts) == 1}
        for name, pole in tagged:
            if (name, 1 - pole) in tagged or name not in sides:
                continue
            side = sides[name]
            others = [a for a in side.at[pole] if a != toks[k][0]]
            firsts = [a for a in side.at[1 - pole] if a < n0]
            if others or not firsts:
                continue
            word = next((t for t in toks if t[0] == firsts[0]), None)
            if word is not None:
                out[name] = (1 - pole, word, n0)
    return out


def _contrast_flips(src: str, sl: str | None, ls: Lexicon, ps: dict[str, Side], tgt: str, tl: str | None,
                    lt: Lexicon, pt: dict[str, Side]) -> tuple[list[tuple[str, tuple, tuple]], set[int], set[int]]:
    """(session 72) A contrast tag said the other way round: "more dogs, not fewer"
    rendered "weniger Hunde, nicht mehr" (each side affirms the pole it does not deny).
    The flips, and where the tags' negators begin on each side (they negate no clause)."""
    cs = _contrast(src, sl, ls, ps)
    if not cs:
        return [], set(), set()
    ct = _contrast(tgt, tl, lt, pt)
    names = sorted(n for n in cs.keys() & ct.keys() if cs[n][0] != ct[n][0])
    return ([(n, cs[n][1], ct[n][1]) for n in names], {cs[n][2] for n in names}, {ct[n][2] for n in names})


# concepts that state one quantity's direction in two ways: "fewer sick days" is "sick days
# fell", "more visitors" is "visits rose" (the quantity compared with what it was)
# and "below average" is "lower than average", "above the target" "higher than the target"
# (a language may say the one where another says the other: Vietnamese "thấp hơn mức trung bình")
# and a figure "14 prosenttia pienempi" (smaller) is "14 per cent lower": Finnish, Estonian
# and others compare a quantity by its size where English says higher or lower
# and a duration or distance made longer is a rise of it: "ridurre i tempi di attesa" (cut
# waiting times) rendered "lengthen waiting times", and "wydłużyła się o 1,5 km" (grew 1.5 km
# longer) rendered "1.5km shorter" (a length compared by a figure or with its "than")
_CROSS = (("more", "change"), ("position", "high"), ("high", "position"), ("size", "high"),
          ("high", "size"), ("change", "lengthen"), ("lengthen", "change"), ("lengthen", "length"),
          ("length", "lengthen"), ("position", "more"), ("more", "position"), ("change", "length"),
          ("length", "change"), ("more", "high"), ("high", "more"))
# the pairs whose source word may have a figure or a "than" right after it: a change by an
# amount ("lengthened by 2 km", "1,5 km länger als") is no bound on a quantity; and a figure
# bounded by a word of position one side, by a word of more/less the other ("over 200" ~
# "weniger als 200"): both are bounds on the same figure
_CROSS_FIGURED = frozenset({("high", "size"), ("change", "lengthen"), ("lengthen", "change"),
                            ("lengthen", "length"), ("length", "lengthen"), ("position", "more"),
                            ("more", "position"), ("change", "length"), ("length", "change"),
                            ("more", "high"), ("high", "more")})
_BOUND_FIGURE = re.compile(r"\d(?:[\d.,\u00a0\u202f]*\d)?")
_CHARS_FIGURE_BEFORE = re.compile(r"(\d(?:[\d.,]*\d)?)[%％]?$")
# bounds that follow their figure ("60%以上", "3年以下"); before a figure 以下 is "the following"
_POSTPOSED_BOUNDS = frozenset({"以上", "以下", "未満"})


def _bounded_figure(text: str, lang: str | None, word: tuple[int, int, str]) -> str | None:
    """The figure (its digits) the pole word ``word`` bounds: right after it ("über 200",
    "более 200"), or after its "than", an article of `figure_det` or the next part of its
    phrase ("more than 200", "weniger als 200", "plus de 200", "más de un 20 %"), with only
    spaces between; None otherwise."""
    lx = lexicon(lang)
    if lx is None:
        return None
    if lx.chars is not None:
        # (a text without spaces: the figure right before the word, its percent sign between,
        # "70%以上", "60%未満", or right after it, "超过70%")
        m = _CHARS_FIGURE_BEFORE.search(text[max(0, word[0] - 24):word[0]])
        if m is None:
            if word[2] in _POSTPOSED_BOUNDS:
                return None  # "以下5项措施": the following five measures, no bound
            m = _BOUND_FIGURE.match(text, word[1])
            return re.sub(r"\D", "", m.group()) if m else None
        return re.sub(r"\D", "", m.group(1))
    toks = _tokens(text)
    i = next((k for k, t in enumerate(toks) if t[0] == word[0]), None)
    if i is None:
        return None
    while i + 1 < len(toks) and toks[i + 1][1] <= word[1]:
        i += 1  # the last word of a phrase ("more_than": its "than")
    seconds = {pat.parts[1] for _, _, pat in _lookup(word[2], lx) if len(pat.parts) > 1 and not pat.near}
    for k in range(i + 1, min(i + 4, len(toks))):
        if not _FIGURE_GAP.fullmatch(text[toks[k - 1][1]:toks[k][0]]):
            return None
        w = toks[k][2]
        if w.isdigit():
            m = _BOUND_FIGURE.match(text, toks[k][0])
            return re.sub(r"\D", "", m.group()) if m else w
        if not (w in lx.than or w in lx.figure_det or w in seconds):
            return None
    return None


# superlatives of more/less state a rank, not a change ("Najviac pršalo" = the heaviest
# rain fell): whole words, and the prefixes that make them (Slavic "naj-", "най-", Hungarian "leg-")
_SUPERLATIVE_WORDS = frozenset("""most least fewest meisten meiste wenigsten meist plupart
mayoría maggior maioria meeste minste flest færrest mest minst 最多 最少""".split())
_SUPERLATIVE_PREFIX = {"sk": "naj", "cs": "nej", "pl": "naj", "sl": "naj", "hr": "naj", "bs": "naj",
                       "sr": "naj", "bg": "най", "ru": "наи", "uk": "най", "hu": "leg", "ko": "최다"}


def _superlative(word: str, lang: str | None) -> bool:
    """Is the more/less word ``word`` a superlative ("most", "Najviac", "legtöbb")?"""
    pre = _SUPERLATIVE_PREFIX.get((lang or "").split("-")[0].casefold())
    return word in _SUPERLATIVE_WORDS or bool(pre and word.startswith(pre))


# the endings of an adjective's superlative ("biggest", "höchste"): a superlative has no
# "than", so the "que", "che" a few words after the translation's "el més petit", "il più
# piccolo" opens a relative clause ("the smallest project the city has taken on"), not the
# second argument of a comparison
_SUPERLATIVE_END = {"en": re.compile(r"^[a-z]{3,}est$"), "de": re.compile(r"^[a-zäöüß]{3,}ste[nmrs]?$"),
                    "nl": re.compile(r"^[a-z]{3,}ste$")}


def _superlative_form(word: str, lang: str | None) -> bool:
    """Is the pole word ``word`` an adjective's superlative by its ending ("biggest",
    "lowest", "größte") or a superlative of more/less?"""
    rx = _SUPERLATIVE_END.get((lang or "").split("-")[0].casefold())
    return _superlative(word, lang) or bool(rx and rx.match(word))


def _cross_keys(keys_s: set[tuple[str, int]], keys_t: set[tuple[str, int]]) -> bool:
    """Has the source a strong word of one concept of ``_CROSS`` and the translation one of
    the other concept's opposite pole ("fewer" ~ "rose")?"""
    return any((x, a) in keys_s and (y, 1 - a) in keys_t for x, y in _CROSS for a in (0, 1))


def _cross_flips(src: str, sl: str | None, ps: dict[str, Side], tgt: str, tl: str | None,
                 pt: dict[str, Side]) -> list[tuple[str, tuple, tuple]]:
    """A more/less word rendered by a verb of the opposite change ("staff took fewer sick
    days" → "sick days rose"). Only when it is the one reading: the source has one word of
    more/less, no bound ("less than four weeks", "exceeds 9%"), and no word of the opposite
    change; the translation one word of change and no word of the source's pole in either
    concept beyond as many as the source has in the other concept (so the source's word was
    not rendered as it stands), and neither word is a comparison with its "than" later nor
    after a "less"; a negator before either word leaves the direction open, unless both
    sides are negated ("did not go over" ~ "never dropped under")."""
    out = []
    for x, y in _CROSS:
        sx, sy, tx, ty = ps.get(x), ps.get(y), pt.get(x), pt.get(y)
        if sx is None or ty is None:
            continue
        for a in (0, 1):
            b = 1 - a
            # (the translation's word the one strong word of its concept: others of its pole
            # that are weak, "über eine Ernte" (about) beside "über dem Durchschnitt", are no
            # word of the source's pole)
            # (session 64) the translation's words of the source's pole in the other concept
            # may render as many of the source's own ("늘었고 … 넘지 않았다" ~ "rose … never
            # fell below")
            if (sx.strong[a] is None or sum(sx.count) != 1 or ty.strong[b] is None
                    or ty.count[a] > (sy.count[a] if sy is not None else 0)
                    or len(ty.strongs[b]) != 1 or (sy is not None and sy.count[b])
                    or (tx is not None and tx.count[a])):
                continue
            sw, tw = sx.strong[a], ty.strong[b]
            nxt = [w for _, _, w in _tokens(src[sw[1]:])][:2]
            ls = lexicon(sl)
            if {x, y} == {"position", "more"}:
                fig = _bounded_figure(src, sl, sw)
                if fig is None or fig != _bounded_figure(tgt, tl, tw):
                    continue  # "over 200" ~ "weniger als 200": only bounds on one figure
            if nxt and (nxt[0] in ls.than or any(w.isdigit() for w in nxt)) and (x, y) not in _CROSS_FIGURED \
                    and not ((x, y) == ("size", "high") and _than_near(src, sl, sw) and _than_near(tgt, tl, tw)) \
                    and not ((x, y) == ("size", "high") and nxt[0] in ls.than and _figured(src, ls, sw[0])
                             and _figured(tgt, lexicon(tl), tw[0])):
                # (the exception, session 71: a size after its figure and right before its "than",
                # "6 odsto manja nego", 6 per cent smaller than, is a difference by that figure)
                continue  # a bound on a quantity, no direction of it (a height after its figure,
                # "12 per cent higher than planned", bounds none: see below)
            if _superlative(sw[2], sl):
                continue
            if (_negated_before(src, sl, sw[0]) or _negated_before(tgt, tl, tw[0])) and not (
                    _negated(src, sl, {sw[0]}, True) and _negated(tgt, tl, {tw[0]}, True)):
                continue  # "not fewer", "did not rise": no clear direction; but a negation on
                # both sides keeps it ("넘지 않았다", did not exceed, ~ "never dropped under")
            if _inverted_comparison(src, sl, sw[0]) or _inverted_comparison(tgt, tl, tw[0]):
                continue  # "fewer A than B" may be "B rose above A"
            if _lessened(src, sl, sw[0]) or _lessened(tgt, tl, tw[0]):
                continue
            if _copied(tgt[tw[0]:tw[1]], src) or _copied(src[sw[0]:sw[1]], tgt):
                continue
            if "position" in (x, y) and "high" in (x, y) and not (
                    _compares(tgt, tl, tw) if y == "high" else _compares(src, sl, sw)):
                continue  # "under the dike" ~ "high water": a height compared with a level, or none
            if {x, y} == {"more", "high"}:
                mw, mt, ml = (sw, src, sl) if x == "more" else (tw, tgt, tl)
                hw, ht, hl = (tw, tgt, tl) if x == "more" else (sw, src, sl)
                if not (_share_figure(src, sl, tgt, tl) and _compares(ht, hl, hw)
                        and _measured_by_figure(mt, ml, mw)):
                    continue  # (session 71) only a difference by a figure both sides have: "1100万円
                    # 少なく" (less by that much) ~ "11 million yen higher than"; "fewer visitors"
                    # ~ "higher prices" says two things
            if "size" in (x, y) and not (_figured(tgt, lexicon(tl), tw[0]) and _compares(tgt, tl, tw)
                                         if y == "high" else
                                         _figured(src, ls, sw[0]) and _compares(src, sl, sw)) \
                    and not (_than_near(src, sl, sw) and _than_near(tgt, tl, tw)):
                continue  # "a small firm" ~ "high costs", "20 feet high" ~ "smaller": only a
                # height compared by a figure ("14 per cent higher than") is a size compared;
                # (session 70) or both words compared, each with its "than" a few words on
                # ("smaller than expected" ~ "höher liegen als erwartet")
            if "change" in (x, y) and not any(
                    n == "change" and pat.strong
                    for n, _, pat in _lookup(sw[2] if x == "change" else tw[2], lexicon(sl if x == "change" else tl))):
                continue  # a change by a word of its own ("ridurre"), not one a figure before it makes
                # ("2012 unter anhaltenden Grabenkämpfen") against an adjective ("a prolonged bout")
            if "length" in (x, y) and not (_figured(tgt, lexicon(tl), tw[0]) or _compares(tgt, tl, tw)
                                           if y == "length" else
                                           _figured(src, ls, sw[0]) or _compares(src, sl, sw)):
                continue  # "extended by a short period": only a length compared ("1.5 km shorter",
                # "longer than before") is the result of a lengthening
            if {x, y} == {"change", "length"} and not (
                    _figured(*((tgt, lexicon(tl)) if y == "length" else (src, ls)),
                             (tw if y == "length" else sw)[0]) and _share_figure(src, sl, tgt, tl)):
                continue  # (session 65) a time that fell by 15 minutes is 15 minutes shorter: only a
                # length compared by a figure both sides have ("a shorter wait" ~ "prices fell": none)
            out.append((f"{x}~{y}", sw, tw))
    return out


_THAN_NEAR = 3


def _than_near(text: str, lang: str | None, word: tuple[int, int, str]) -> bool:
    """(session 70) Has the word ``word`` its "than" in it or among the ``_THAN_NEAR`` words
    after it, in its clause and with no figure before it ("kleiner, als", "höher liegen
    als")? A word compared, with no figure: a size and a height compared say one thing."""
    lx = lexicon(lang)
    if lx is None or not lx.than or lx.chars is not None:
        return False
    inside = [w for _, _, w in _tokens(text[word[0]:word[1]])]
    if any(w in lx.than for w in inside[1:]):
        return True
    stop = _FIG_STOP.search(text, word[1])
    after = [w for _, _, w in _tokens(text[word[1]:stop.start() if stop else len(text)])][:_THAN_NEAR]
    k = next((k for k, w in enumerate(after) if w in lx.than), None)
    if k is None or any(w.isdigit() for w in after[:k]):
        return False
    # (a figure right after the "than" is a bound on it: "smaller than 5 mm")
    nxt = [w for _, _, w in _tokens(text[word[1]:])][k + 1:k + 3]
    return not any(w.isdigit() for w in nxt)


def _measured_by_figure(text: str, lang: str | None, word: tuple[int, int, str]) -> bool:
    """(session 71) Is the pole word ``word`` right after a figure and its measure ("7 percent
    fewer"; in a text without spaces, a figure and at most two letters of its unit or
    counter: "1100万円少なく")?"""
    lx = lexicon(lang)
    if lx is None:
        return False
    if lx.chars is not None:
        return bool(_FIGURE_UNIT_END.search(text, max(0, word[0] - 24), word[0]))
    return _figured(text, lx, word[0])


def _compares(text: str, lang: str | None, word: tuple[int, int, str]) -> bool:
    """Is the word of height ``word`` a comparison: its "than" in it ("cao hơn") or right
    after it ("lower than", "niedriger als")? Only so does it say what "below" says."""
    lx = lexicon(lang)
    if lx is None or not lx.than:
        return False
    inside = [w for _, _, w in _tokens(text[word[0]:word[1]])]
    after = [w for _, _, w in _tokens(text[word[1]:])][:1]
    if any(w in lx.than for w in inside[1:] + after):
        return True
    # a comparison with a preposition instead of a "than" ("inférieure à la moyenne",
    # "superior a la media": P001's `bound_to`)
    nx = neg_lexicon(lang)
    return bool(after and inside and nx is not None and (inside[-1], after[0]) in nx.bound_to)


def _share_figure(src: str, sl: str | None, tgt: str, tl: str | None) -> bool:
    """Have ``src`` and ``tgt`` a figure of the same value (other than a single digit)?"""
    # (dates and times carry tuples as values: only plain figures count here)
    vs = {v for n in find_numbers(src, sl) if not n.soft for v in n.values
          if isinstance(v, (int, float)) and (v >= 10 or v != int(v))}
    return bool(vs) and any(v in vs for n in find_numbers(tgt, tl) if not n.soft for v in n.values)


# (session 60, pola) a figure placed above or below a reference figure of the same unit in a
# phrase of its own after a comma ("dropped to 1.8 mg per litre, far above the safe level of
# 5 mg per litre"): the figures say which of the two is higher, so a word of position that
# says the other is a flip the source's figures show, whatever its language's lexicon
_FIG_UNIT = re.compile(r"[\s\u00a0\u202f]*(%|[^\W\d_]+)")
_FIG_STOP = re.compile(r"[.!?;:](?:\s|$)")
_FIG_LEAD = 2  # words between the comma and the word of position ("far", "well", "weit")
_FIG_REACH = 6  # words between the word of position and the reference figure


@lru_cache(maxsize=None)
def _placing_words(lang: str | None) -> dict[str, tuple[int, bool]]:
    """One-word entries of `position` (above | below) and of `high` (higher | lower, which
    place only with their "than" right after them): word -> (pole, needs "than")."""
    lx = lexicon(lang)
    out: dict[str, tuple[int, bool]] = {}
    if lx is None or lx.chars is not None:
        return out
    for name, needs in (("high", True), ("position", False)):
        for pole, pats in enumerate(lx.concepts.get(name, ((), ()))):
            for pat in pats:
                if len(pat.parts) == 1 and "*" not in pat.parts[0] and not pat.near:
                    out[pat.parts[0]] = (pole, needs)
    return out


def _fig_values(n) -> frozenset:
    return frozenset(v for v in n.values if isinstance(v, (int, float)))


def _same_unit(a: str, b: str) -> bool:
    """The same unit word, in the singular or the plural ("metre" ~ "metres", "Meter" ~
    "Metern"): equal, or the shorter of four letters or more begins the longer."""
    if a == b:
        return True
    a, b = sorted((a, b), key=len)
    return len(a) >= 4 and b.startswith(a)


def _figure_placed(text: str, lang: str | None):
    """A figure the text places on the wrong side of a reference figure of the same unit:
    (start, end of the word of position, first figure, reference figure, pole) or None."""
    if "," not in text:
        return None
    words = _placing_words(lang)
    if not words:
        return None
    nums = [n for n in find_numbers(text, lang, False)
            if n.kind == "number" and not n.soft and _fig_values(n)]
    lx = lexicon(lang)
    for n1, n2 in zip(nums, nums[1:]):
        m1, m2 = _FIG_UNIT.match(text, n1.end), _FIG_UNIT.match(text, n2.end)
        if not m1 or not m2 or not _same_unit(m1.group(1).casefold(), m2.group(1).casefold()):
            continue
        gap = text[m1.end():n2.start]
        comma = gap.rfind(",")
        if comma < 0 or _FIG_STOP.search(gap):
            continue
        before = [w.group().casefold() for w in _WORD.finditer(gap[:comma])]
        if any(w in words for w in before):
            continue  # the first figure placed by a word of its own ("209 m below sea level,")
        after = [(w.start(), w.end(), w.group().casefold()) for w in _WORD.finditer(gap[comma + 1:])]
        for i, (ws, we, w) in enumerate(after[:_FIG_LEAD + 1]):
            hit = words.get(w)
            if hit is None:
                continue
            pole, needs = hit
            rest = after[i + 1:]
            if needs and not (rest and rest[0][2] in lx.than):
                break
            if not needs and any(r[2] in lx.than for r in rest):
                break  # the reference bounded by a comparison of its own ("extended over more
                # than 12 km²": a verb's particle, no position of the first figure)
            if len(rest) > _FIG_REACH:
                break
            v1, v2 = _fig_values(n1), _fig_values(n2)
            if (pole == 0 and max(v1) < min(v2)) or (pole == 1 and min(v1) > max(v2)):
                at = m1.end() + comma + 1
                return at + ws, at + we, n1, n2, pole
            break
    return None


def _figure_placed_flip(stext: str, sl: str | None, ttext: str, tl: str | None):
    """The translation places a figure on the wrong side of a reference figure, both figures
    in the source, which does not place them so itself."""
    found = _figure_placed(ttext, tl)
    if found is None:
        return None
    vals = {v for n in find_numbers(stext, sl, False) for v in _fig_values(n)}
    if not (_fig_values(found[2]) & vals) or not (_fig_values(found[3]) & vals):
        return None
    if _figure_placed(stext, sl) is not None:
        return None  # (the source says so itself)
    return found


@rule("P003", "direction-flipped", "Accuracy/Mistranslation", "major", artefact="direction",
      summary="The translation states the opposite direction of change or comparison from its "
              "source: a rise rendered as a fall, more as less, higher as lower, before as after, "
              "won as lost, opened as closed, bought as sold, imports as exports, ahead of schedule as "
              "behind (before the deadline as with a delay: \"pred rokom\", \"se zpožděním\"), a figure over budget as under it, in favour as against; and a statement turned "
              "into its opposite: born as died, guilty as innocent, lawful as unlawful (\"legally hunted\" as \"hunted illegally\", \"zgodnie z prawem\" as \"niezgodnie z prawem\"), tested positive as negative (a favourable "
              "opinion as an unfavourable one), true as "
              "false, north as south, public as private, young as old, big as small, long as "
              "short, a majority as a minority, injured as unharmed, admitted as denied, rejected as "
              "agreed (consent granted as refused), fared better as more affected, peace as "
              "war, a range widened as narrowed (Korean 넓어지다 ~ 좁아지다). Fires when the source has words of one pole of a pair and none of the other, "
              "and the translation the reverse (in a bead of as many sentences on each side, "
              "also each sentence against its counterpart when the two share a figure); a side "
              "negated where the other is not, fixed "
              "phrases (\"more or less\", "
              "\"at least\", \"vor allem\", \"years old\"), ambiguous words (\"last year\", \"nach\" = to) and names "
              "both sides keep as written (\"Nord Stream\") do not count; a word of two poles "
              "(\"decline\": fall, and refuse: \"if the ministry declines\") shows both. A negator with the "
              "adjective it negates (\"lots non conformes\", non-compliant lots) names a kind of "
              "thing and negates no direction; two words of one pole in a row (\"plus grand\") "
              "count as one against a source that has both poles. A change whose source words of one pole are all weak (\"need more staff\"), rendered by as many weak words of that pole (\"mehr Personal\"), still has its strong word of the other pole flipped when the translation says its opposite (\"sales declined\" rendered \"der Umsatz stieg\"). A word of more/less after a figure "
              "and right before its \"than\" (\"14 millions de plus qu'en 2023\") states a "
              "difference even where a mask (\"de plus\", moreover) hides it elsewhere; so does one right "
              "before a figure that its \"than\" follows (\"mais 7,5% do que\"); a figure above or "
              "below a reference (\"42 Prozent über dem Mittel\") states a rise or fall by it, though not "
              "one before a physical reference (\"2,800 metres below the surface\", \"above sea "
              "level\": a place); a unit of "
              "two words between a figure and its word of more/less is one measure (\"il 6,8 per cento in "
              "più\"), and so is one abbreviated with its full stop before a lower-case word (\"o 27 proc. "
              "mniej\"), and a phrase of more/less (\"pelo menos\", at least) is no word of change either. "
              "A Japanese market report's figure with 高 or 安 after it (\"12.4%高\", \"320円安\") is a "
              "rise or a fall (円安 alone is the yen's weakness). "
              "\"Below average\" is \"lower than average\": a word of position against a comparison of "
              "height of the other pole, its \"than\" right after it (either way round), is a flip when "
              "each side has that one word; so is a size compared by a figure against a height after "
              "its figure and before its \"than\" (\"14 prosenttia pienempi\" ~ \"14 per cent higher than\"). \"Less stable than\" "
              "rendered \"more stable than\" (the same adjective between the word and its \"than\") "
              "is a flip, not the arguments swapped. \"Up\"/\"down\" with a figure (\"op fra "
              "290.000\", \"down from 40%\") state a change, and a verb of change with \"by\" and a "
              "figure (\"cut the average age of its ferries by more than 40%\", also with a word of estimate before the figure: \"by an estimated 20%\", \"med cirka 10\") states its pole, as a noun of "
              "change does with its amount right after it (\"una baja del 4%\", \"et fald på 18 procent\"). "
              "\"Lower\" after a determiner (\"the lower reaches\") is an adjective, no verb of change. A Serbian side "
              "written in Cyrillic is read in the Latin alphabet (повећа ~ poveća). In Japanese and "
              "Chinese a word of negative meaning right before a coordinating particle "
              "(\"人手不足と観光客の減少\", staff shortage and a fall in tourists) ends a noun of a list and "
              "negates no pole word after it. \"Older than 60\" (\"älter als 60\") places an age above a "
              "figure as \"over 60\" does, and Japanese 上回る / 下回る, Korean 웃돌다 / 밑돌다 (exceed, fall "
              "short of) say above and below as well as more and less. "
              "English phrasal verbs with \"up\" that say no rise (\"gave up\", \"set up\") count for no "
              "change, and severity said in a phrase (\"serious injuries\", \"leichte Verletzungen\") is strong. "
              "A vote's side fronted before its verb (\"Za návrh hlasovalo\", \"За проект проголосовали\") "
              "is in favour or against as after it. A reception is welcomed or praised against criticised or condemned (Czech, Slovak and Polish too: \"ocenil\", \"pochwalił\"), and a Hebrew place below a reference (\"מתחת לפני הים\") against one above it is a flip; "
              "English \"fall\" after \"in the\", \"this\" … at its clause's end or before a year is the season, \"one of the most\" "
              "a superlative, and a change with its amount right after it (\"desceram 9,5% desde que\") no comparison to swap. "
              "A difference by a figure both sides share said the other way round (\"60 रुपये अधिक\" ~ \"₹60 less than\", "
              "Chinese \"比去年同期低约15%\") is a flip though the translation has weak words of the source's pole "
              "elsewhere (\"he added\"), a weak \"more\" before an adjective takes the adjective's pole (\"15 % plus "
              "faible\" is lower), and an equative (\"half as many … as\") states no more. "
              "A bound said by an adverb right before a figure (\"ruim 40 procent\", \"knapp 30 Prozent\") is "
              "more or less than it, and a change measured by a figure (\"約2割減少\") rendered by the opposite "
              "change measured by the same figure (\"rose by about 20%\") is a flip though the source has the "
              "other pole elsewhere in the sentence, when the translation has no word of the source's pole. "
              "Rare or scarce rendered abundant is a flip, as is a time compared the other way (\"earlier every year\" "
              "~ \"всё позже\", \"más tarde\"), a cut rendered a lengthening (\"ridurre i tempi\" ~ \"lengthen "
              "waiting times\") and a lengthening rendered a length compared by a figure (\"wydłużyła się o 1,5 km\" ~ "
              "\"1.5km shorter\"). A figure placed on the wrong side of a reference figure of the same unit that "
              "the source has too, in a phrase after a comma (\"fell to 1.8 mg, far above the safe level of 5 mg\"), "
              "is a flip whatever the source's language, not where the reference has a \"than\" of its own (\"spread over more "
              "than 40 hectares\"). A negator does not reach past a comma and a \"but\" that opens the "
              "next clause, a change by a fraction (\"down by almost a third\") states its pole as one by a figure, "
              "Chinese and Japanese 以前 / 以后 / 以降 after a year, month or day say before or after. "
              "One figure bounded by a word of position on one side and by a word of more/less on the other "
              "(\"peste 200\", \"over 200\" ~ \"weniger als 200\") is a flip, a superlative of more (最多, 최다) "
              "states a rank and no change, and free of charge rendered paid for (\"gratuit\" ~ \"gebührenpflichtig\") is one, "
              "as is lucky rendered unlucky (fortunately, unfortunately). "
              "A negative verb right before a bound and its \"than\" (\"lost more than half\") does not negate it, a "
              "source superlative (\"the biggest project\") against \"el més petit que …\" (a relative \"que\") is a flip, "
              "a comparison said with a preposition (\"inférieure à la moyenne\") is one with its \"than\", and a vote "
              "tally (\"med 17 stemmer mod 14\") or \"having earlier\" + participle states no vote against, no \"before\". "
              "A pace sped up rendered slowed (\"accelerated\", \"picked up\" without an object ~ \"slowed\", "
              "\"ralenti\"), easy rendered difficult, cheap rendered dearer (\"plus cher\" ~ \"billiger\"), knew rendered "
              "did not know as a word (\"desconocía\", \"ignorait\", \"unaware\") and a quantity brought down to a level "
              "rendered brought up to it are flips; a change measured by a figure rendered the opposite change by that "
              "figure is one though the translation has the source's pole elsewhere, and a negated word of more "
              "(\"넘지 않았다\", did not exceed) against a negated change of the other pole (\"never dropped under\") is one "
              "when both sides are negated. "
              "Thicker rendered thinner (\"ohenee\" ~ \"dicker\"), encouraging rendered discouraging, inner rendered "
              "outer (Spanish and Portuguese \"interior\" | \"exterior\"), spreading rendered shrinking, before an age "
              "rendered after it (\"قبل سن\", \"vor dem sechsten Lebensjahr\") and a price compared the other way "
              "(Chinese \"价格比…低\" ~ \"more expensive\") are flips; an age bounded by a figure (\"старше 60 лет\", "
              "\"older than 60\") is more than it, a bound written after its figure (\"60%以上\") bounds it, a change "
              "measured by a figure against a length compared by the same figure (\"20분 줄었다\" ~ \"20 minutes longer\") "
              "is a flip, and Polish \"powyżej\" | \"poniżej\" (\"ponad\" with its figure) place or bound. A negator inside "
              "a quotation that holds no pole word (\"「住民は納得していない」\") negates nothing outside it, and a \"que\" "
              "after a \"but\" (\"mas que\", but that) is no comparison's \"than\"; a Korean verb with a connective "
              "ending (\"없어져\", \"-어서\", \"-지만\") ends its clause, and a negative word in it negates no pole word after it. A compass word inside a place name (\"the upper South Island\") that a "
              "language without spaces renders with the bare root of that pole (南島北部) says no direction. "
              "A lead in a contest or a ranking rendered the other way (\"in Führung\", \"à frente dos rivais\", "
              "\"in vantaggio\" ~ \"trailing by\", \"derrière\", \"puntos abajo\") is a flip, and so is a maximum rendered a "
              "minimum (Arabic \"بحد أقصى\" ~ \"période minimale\") and an Arabic comparative with its difference "
              "(\"أقل بنسبة 8% من\", 8% less than) rendered the other way; a weak phrase and a strong word of its pole "
              "inside it (\"الحد الأدنى\") count as one word, a \"que\" that ends a conjunction (\"tandis que\", "
              "\"mientras que\") is no comparison's \"than\", the Latvian comparative of size counts in every case "
              "(\"mazākām\") and Korean 상회 / 하회 only as their verb (하회했다), not at the start of a name. "
              "Survived or withstood a test rendered failed it is a flip (English \"survived\" is a strong word of "
              "success, \"is survived by\" none), as are doubled rendered halved in Swedish, Danish, Norwegian, "
              "Afrikaans, Czech, Polish, Russian and Romanian too (\"har halverats\" ~ \"has doubled\"), Korean "
              "높아지다 / 낮아지다 and Japanese 高くなる / 低くなる (become higher, lower) rendered the opposite "
              "change, Chinese 少了 and Korean 적어지다 (became fewer) rendered more, and \"with more\", \"uses "
              "more\" (a means or a resource) against \"less\" (\"more\" alone is weak: the comparative of an "
              "adjective). A weak adverb of time right after a span and its figure (\"o tri dni neskôr\", \"fyra "
              "dagar senare\", Korean \"평년보다 5일 이른\" with its 보다) compares two times by that span, and "
              "two weeks earlier rendered two weeks later is a flip though other words of time (\"schon im "
              "Juni\") stand in the sentence. A \"without\" after every pole word (\"rose steeply without any posters\") "
              "negates its own phrase, not the clause; \"more than ever\" (\"mehr denn je\", \"más que nunca\") "
              "states a record and no change, \"drop out\" (quit) no fall, Dutch \"onder meer\" (among other "
              "things) no amount, English \"complete\" is a weak end and Spanish \"comiencen\", \"empiecen\" "
              "are forms of beginning. Well preserved rendered badly preserved (\"gut erhalten\" ~ "
              "\"dårligt bevaret\"), promoted rendered relegated (a league or a rank: \"won promotion\" ~ "
              "\"abgestiegen\", Hebrew \"ירדה\" with its league a few words on), a shot or penalty missed "
              "rendered scored (\"missed\", \"manqués\", \"verschossen\", Arabic \"إهدار\"), a lead counted "
              "after its amount (\"tres puntos de ventaja\", \"Vorsprung\", \"deux buts de retard\") rendered "
              "the other way, a maximum of a figure rendered a minimum (\"a minimum of 5\" ~ \"um máximo "
              "de 5\") and an age under a figure rendered over it (\"aged under 16\" ~ \"de plus de 16 "
              "ans\") are flips; so is more of a noun phrase than its \"than\" says rendered fewer (\"more "
              "strains of bacteria than\" ~ \"menos cepas de bacterias que\"), the two sides sharing a word of "
              "that phrase, and a negator right after that \"than\" (\"que jamás\") is \"ever\". An "
              "\"under\" or \"over\" joined to its figure by a hyphen (\"the under-16s\") names an age group, "
              "no bound or place; Japanese 未満 after a figure (\"20歳未満\") bounds it and negates nothing "
              "after it; \"unusually\" (\"ungewöhnlich\", \"usædvanlig\") right before a pole word is a "
              "degree, no negation. Estonian \"üle\" and \"alla\" bound only a figure right after them, "
              "Swahili \"zaidi ya\" / \"chini ya\" a fraction or a percentage (\"chini ya robo\"), French "
              "\"de plus de 30\" is more than 30 (not \"de plus\", moreover), Portuguese says long | short "
              "(\"ao longo de\", throughout, is none) and French \"plus gros\" is bigger. "
              "(session 69) Frequent rendered rare (\"häufig\" ~ \"rara vez\"), rainy rendered dry (雨季, "
              "\"regnerisch\" ~ \"arid\"), plus rendered minus an amount (\"plus VAT\" ~ \"déduction faite\"), the "
              "day after rendered the day before (\"le lendemain\" ~ \"the previous day\"), fell behind against going "
              "ahead in a contest, and a level raised rendered lowered (\"raised the water level\", \"lowering "
              "blood pressure\"; \"raise\" and \"lower\" alone are weak) are flips; Albanian has a lexicon, Thai "
              "\"สูงกว่า\" | \"ต่ำกว่า\" place a figure above or below, and a difference by a figure said after it "
              "with its \"than\" later (\"12 % fewer … than\") rendered the other way (\"12 % más … que\") is a "
              "flip though the sentence has the other pole elsewhere. "
              "(session 70) A chance compared (\"better odds\", \"more likely\" | \"slimmer chances\", "
              "\"less likely\", \"μικρότερες πιθανότητες\") is a concept of its own; a penalty compared by its "
              "weight (\"une sanction plus lourde\", 罰の重い) is strict; German \"geringste\" "
              "is least, Hungarian \"több\" with its amount (\"sokkal több\", \"negyedével több\") "
              "is more, Croatian \"sporo\" is slow, and \"or more\" after a figure bounds it and states no "
              "rise. An anaphoric \"after which\" (\"после чего\", \"après quoi\") is weak: it tells the "
              "events in their order, as \"A, before B\" does. A size compared with its \"than\" a few words "
              "on against a height so compared (\"kleiner ausfallen, als\" ~ \"higher than\") is a flip "
              "without a figure, a German lower-case verb between a pole word and its \"als\" swapping no "
              "arguments; and a change whose source words are of one pole only, rendered with no word of "
              "that pole but amounts (\"more side jobs\") or \"added\" beside a strong word of the other pole "
              "(\"the fall in rents\"), is a flip. (session 71) A word of more/less right before its figure "
              "(\"более 200\", more than 200) bounds it and states no change; how hard a place was hit (\"worst "
              "hit\", \"weniger betroffen\") is a concept of its own, no opposite of injured; a date brought "
              "forward rendered postponed (\"avancer\" ~ \"adiar\", \"aplazar\") is a flip, as are gained "
              "rendered lost and a size after its figure before its \"than\" (\"za 6 odsto manja nego\") "
              "rendered higher; French \"plus qu'\" is \"plus que\", Bengali \"চেয়ে\" (than) a few words "
              "before its word of more/less compares, and Arabic \"غير أن\" (however) negates nothing. Less by a "
              "figure both sides have (\"300万円少なく\") rendered higher than by it (\"3 million yen higher "
              "than\") is a flip, and higher rendered less so. "
              "(session 72) A time after a span of time and its figure written in words (\"trois semaines plus tôt "
              "que convenu\") keeps its \"than\" as one after digits does; Hungarian says ahead of or behind "
              "schedule (\"késéssel\", with a delay) and English before or after a deadline (\"earlier than the "
              "agreed deadline\"); a weak verb of change reaches its \"by\" and figure over an object of up to nine "
              "words; a contrast tag said the other way round (\"more dogs, not fewer\" ~ \"weniger Hunde, nicht "
              "mehr\") is a flip, each side read by the pole it affirms; Hindi and Urdu say \"even more than\" "
              "(\"से भी ज्यादा\"); and a discount (\"Rabatt\", \"sconto\", \"descuento\") is a weak word of the fall: "
              "called a reduction while the source raises it (\"la réduction passe de 10 à 15 %\") it is no flip, "
              "though a strong word of the fall beside it (\"les ventes ont baissé malgré la réduction\" for "
              "\"sales rose despite the discount\") still is one. "
              "(session 73) \"Up\" and \"down\" keep their pole over a word of estimate before their figure "
              "(\"down roughly 6%\"); Czech \"po\" and \"před\" right after a span of time (\"tři dny po\") "
              "tell when against an event (\"rok po roce\", year after year, does not); Korean 올리다 (raise) "
              "is weak evidence of the rise, so a price not raised beside something else cut (줄이다) is no "
              "flip; complained is the critical pole of a reception (Persian گلایه); a Hebrew change by a "
              "figure after a maqaf or \"by more than\" (\"ב־12%\", \"ביותר מ־30%\") states its pole; "
              "\"less\" before a word of a degree turns it round (\"häufiger\" ~ \"less often\", "
              "\"plus chères\" ~ \"weniger teuer\"), with a \"than\" only when the shared figures and names "
              "stand on the same side of both words; and Macedonian and Tagalog have a lexicon.",
      why="A flipped direction reverses the news (prices fell, not rose; the team lost, not won) "
          "while the sentence stays fluent and every number and name still matches, so neither "
          "a reader nor the other checks notice.",
      fail=("Die Preise stiegen im Mai um 3 Prozent.", "Prices fell by 3 percent in May."),
      ok=("Die Preise stiegen im Mai um 3 Prozent.", "Prices rose by 3 percent in May."),
      needs_source=True)
def direction_flipped(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    sl, tl = src.lang if src else None, ctx.target.lang
    if src is None or lexicon(tl) is None:
        return
    both = lexicon(sl) is not None
    for b, stext, ttext in _pairs(ctx):
        found = flips(stext, sl, ttext, tl) if both else []
        if not found:
            placed = _figure_placed_flip(stext, sl, ttext, tl)
            if placed is not None:
                ps, pe, n1, n2, pole = placed
                word = ttext[ps:pe]
                yield ctx.flag(_joined_offset(b, ps), _joined_offset(b, pe),
                               f"the translation places {n1.text} “{word}” {n2.text}, but "
                               f"{n1.text} is {'below' if pole == 0 else 'above'} {n2.text} "
                               f"(position: the opposite direction)",
                               evidence=[ctx.evidence(src, b.source[0], stext, note="source")],
                               suggestion="render the direction the source states")
                continue
        if not both:
            continue
        seg = next(s for s in b.target if s.kind not in _SKIP_KINDS)
        src_seg = b.source[0]
        if not found:
            # a bead of as many sentences on each side: a flip in one sentence may be hidden
            # by the other pole in another ("增长12.3% … 大幅增长" rendered "une baisse de
            # 12,3 % … cette forte progression"); each sentence against its counterpart, when
            # the two share a figure (the aligner merged them, so their order alone is no proof)
            ss_ = [s for s in b.source if s.kind not in _SKIP_KINDS]
            ts_ = [s for s in b.target if s.kind not in _SKIP_KINDS]
            if len(ss_) == len(ts_) >= 2:
                for s_seg, t_seg in zip(ss_, ts_):
                    if not _share_figure(s_seg.text, sl, t_seg.text, tl):
                        continue
                    found = flips(s_seg.text, sl, t_seg.text, tl)
                    if found:
                        stext, ttext, seg, src_seg = s_seg.text, t_seg.text, t_seg, s_seg
                        break
        if not found:
            continue
        name, (ss, se, _), (s0, e0, tw) = found[0]
        sname, _, tname = name.partition("~")  # a cross-concept flip ("more~change")
        tname = tname or sname
        start, end = seg.start + s0, seg.start + e0
        shown = _shown(ttext, s0, e0, tl, tname)
        if _fold(ctx.target.text[start:end]).replace("’", "'") != tw:
            start, end = _target_span(b)
        else:
            end = start + len(shown)  # the whole phrase ("no more than")
        yield ctx.flag(start, end,
                       f"the translation says “{_with_figure(ttext, s0, shown)}” where the source says "
                       f"“{_with_figure(stext, ss, _shown(stext, ss, se, sl, sname))}” "
                       f"({name}: the opposite direction)",
                       evidence=[ctx.evidence(src, src_seg, stext, note="source")],
                       suggestion="render the direction the source states")
