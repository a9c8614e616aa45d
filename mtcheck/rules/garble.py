"""Garble rule: a target sentence that is not a usable translation of its source.

MT systems sometimes produce output that is neither an untranslated copy nor a
translation with an isolated error: word salad that keeps the source's word order,
renders a compound or noun phrase word by word and leaves source words in ("Stadtrat
Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag" for "City council
housing committee backs rent cap proposal").  MQM raters mark such output
``Non-translation!``: it cannot be annotated error by error.

X001 adds up two cheap, independent kinds of evidence on each aligned pair and flags
the target sentence at a score of 2:

* **copied words**: target words spelt as in the source that are common in the
  source language (Zipf >= 3) and rare in the target language (< 3.5, and 1.5 lower):
  one word scores 1, two score 2.  Left out: names (capitalised inside a source
  sentence, or with an inner capital), a word the target capitalises where the source
  does not (a term kept on purpose: "Due Diligence"), words in quotation marks,
  acronyms outside a run of copied capitals, and sentence-opening words unless another
  copied word stands beside them;
* **split noun chain** (only target languages that capitalise nouns, e.g. German):
  two capitalised words side by side inside a sentence, the second a noun of the
  target that the source does not contain ("Wohnungsbau Ausschuss", "Berlin Polizei":
  German writes "Wohnungsbauausschuss", "Berliner Polizei").
  One pair scores 1, a run of three words 2.  Left out: names as the source writes
  them or transliterated ("Netanjahu"), calendar words and titles, source-language
  terms ("Soft Power"), adjective and genitive endings ("Europäische Zentralbank",
  "Chinas Wachstum", "Präsident Frankreichs"), two unknown words (names), a title before
  a name ("Ministerpräsident Viktor Orbán"), a noun repeated across a preposition
  ("Jahr für Jahr").

A first pass on whitespace tokens and one regular expression rules out nearly every
pair; the rest is word-list look-ups (``wordfreq`` tables through ``mtcheck.langid``).
No model is loaded.  Cross-lingual sentence similarity (the ``semantic`` extra) was
measured and not used: word salad keeps the source's words, so its similarity to the
source is as high as that of good translations.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from rapidfuzz import fuzz, process

from ..model import Finding
from ._text import fold as _fold
from ._text import stopwords
from .context import CheckContext
from .language import _clean
from .registry import rule

# Languages that capitalise every noun: two capitalised words in a row are a noun
# chain there (a compound split into words), a name or a headline elsewhere.
NOUN_CAPS = frozenset({"de", "lb"})

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# three capitalised words in a row (the only way a split noun chain scores alone)
_CAP_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][^\s,.;:!?]*[ \u00a0][A-ZÀ-ÖØ-Þ][^\s,.;:!?]*[ \u00a0][A-ZÀ-ÖØ-Þ]")
_PUNCT = ".,;:!?\"'“”„‚‘’«»‹›()[]{}–—-…*/"
_BREAK = frozenset(".!?…:;«»\"“”„‹›()[]—–|/")
_QUOTES = frozenset("«»\"“”„‹›")

# thresholds (Zipf frequencies)
Z_SOURCE_COMMON = 3.0   # a copied word is a common word of the source language …
Z_MARGIN = 1.5          # … and this much rarer in the target language
Z_TARGET_MAX = 3.5      # … and not common in the target language either
Z_KNOWN = 2.0           # a capitalised word in the target's word list (a noun) …
MIN_UNKNOWN = 8         # … or a long word not in it (a compound)

NAME_SIMILARITY = 70    # rapidfuzz ratio of a transliterated name to the source's
STRONG, WEAK = 2, 1
NAME, SPELT, NOUN, UNKNOWN = 1, 2, 3, 4  # kinds of capitalised words in a chain
_ratio = fuzz.ratio
_extract_one = process.extractOne

# A capitalised adjective ("Europäische", "Weißen") or genitive ("Deutschlands")
# legitimately stands before a noun in German names and phrases: a first word with one
# of these endings starts no chain (nouns that merely end so are given up for it).
_ADJ_OR_GENITIVE = ("e", "en", "er", "es", "em", "s")


def _base(lang: str | None) -> str | None:
    return lang.replace("_", "-").split("-")[0].lower() if lang else None


@lru_cache(maxsize=None)
def _table(lang: str | None) -> dict[str, float]:
    """Case-folded word → Zipf frequency for ``lang`` (wordfreq's small list), or {}."""
    if not lang:
        return {}
    try:
        from ..langid import _zipf_table
        return _zipf_table(lang, "small") or {}
    except Exception:  # no word list for this language
        return {}


@lru_cache(maxsize=None)
def _calendar(lang: str | None) -> frozenset[str]:
    """Capitalisable function words, days, months and titles of ``lang`` (folded)."""
    try:
        return frozenset(stopwords(lang or ""))
    except Exception:  # no list for this language
        return frozenset()


def _tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """(word, start, end, initial) — initial: first word of a sentence, quote or bracket."""
    out = []
    prev = 0
    first = True
    for m in _WORD.finditer(text):
        s = m.start()
        gap = text[prev:s]
        initial = first or (gap != " " and not _BREAK.isdisjoint(gap))
        out.append((m.group(), s, m.end(), initial))
        prev = m.end()
        first = False
    return out


def _in_quotes(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is directly wrapped in quotation marks."""
    i = start - 1
    while i >= 0 and start - i <= 2 and text[i] in " \u00a0'‘‚" + "".join(_QUOTES):
        if text[i] in _QUOTES:
            return True
        i -= 1
    return False


def copied_words(src_toks, tgt_toks, sl: str, tl: str, text: str,
                 wanted: set[str] | None = None) -> list[tuple[int, int]]:
    """Target words copied from the source that belong to the source language only.

    Names stay as they are: a word capitalised inside a source sentence, or with a
    capital inside it ("McConnell"), is never counted; a capitalised word that opens
    a source sentence may be a name too, so it counts only beside a surely copied
    word.  Acronyms (all capitals) count only in a run of copied capitals ("STRIPS TO
    NOTHING"); words in quotation marks are left alone.
    """
    ts, tt = _table(sl), _table(tl)
    if not ts or not tt:
        return []
    names, opening, seen = set(), set(), set()
    for w, _s, _e, initial in src_toks:
        f = w.casefold()
        if wanted is not None and f not in wanted:
            continue
        seen.add(f)
        if w.isupper():
            continue
        if any(c.isupper() for c in w[1:]) or (w[0].isupper() and not initial):
            names.add(f)
        elif w[0].isupper():
            opening.add(f)
    cands = []
    for w, s, e, initial in tgt_toks:
        f = w.casefold()
        if len(f) < 2 or f not in seen or f in names:
            continue
        if not initial and w[0].isupper() and not w.isupper():
            continue  # capitalised on purpose: a term kept as a noun ("Due Diligence")
        zs = ts.get(f, 0.0)
        if zs < Z_SOURCE_COMMON:
            continue
        zt = tt.get(f, 0.0)
        if zt >= Z_TARGET_MAX or zs - zt < Z_MARGIN or _in_quotes(text, s, e):
            continue
        cands.append((s, e, w.isupper(), f in opening))
    out = []
    for i, (s, e, caps, _op) in enumerate(cands):
        if caps:  # an acronym unless a copied capital stands next to it
            near = [c for c in (cands[i - 1] if i else None, cands[i + 1] if i + 1 < len(cands) else None)
                    if c is not None and c[2] and text[min(c[1], e):max(c[0], s)].isspace()]
            if not near:
                continue
        out.append((s, e, caps, _op))
    if all(op for *_x, op in out):
        return []  # only sentence-opening words: perhaps names
    return [(s, e) for s, e, _c, _o in out]


def _compound(f: str, table: dict[str, float]) -> bool:
    """True if an unknown word ends in a known word: a compound ("mietpreisbremse")
    rather than a transliterated name ("rafsandschani")."""
    for i in range(3, len(f) - 3):
        if table.get(f[i:], 0.0) >= Z_SOURCE_COMMON:
            return True
    return False


def _transliterated(word: str, src_names: list[str]) -> bool:
    """True if ``word`` is a spelling of a capitalised source word ("Netanjahu" for
    "Netanyahu", "Medwedew" for "Medvedev")."""
    return bool(src_names) and _extract_one(word, src_names, scorer=_ratio,
                                            score_cutoff=NAME_SIMILARITY) is not None


def split_chains(src_words: set[str], src_names: list[str], tgt_toks, sl: str, tl: str,
                 text: str) -> list[tuple[int, int, int]]:
    """Pairs of adjacent capitalised words in a noun-capitalising target language, the
    second a noun of the target that the source does not contain ("Wohnungsbau
    Ausschuss", "Berlin Polizei"): (start, end, index of the first word).

    Left alone: names (as the source writes them, or transliterated), calendar words
    and titles, source-language terms ("Soft Power"), a first word with an adjective or
    genitive ending ("Europäische Zentralbank", "Chinas Wachstum"), a second word that
    may be a genitive ("Präsident Frankreichs"), and pairs of two unknown words
    (transliterated names: "Akbar Haschemi").
    """
    tt, ts = _table(tl), _table(sl)
    cal = _calendar(tl)
    out = []
    prev = None  # previous capitalised word: (token, index, kind)
    for i, tok in enumerate(tgt_toks):
        w, s, e, initial = tok
        kind = None  # NAME, SPELT, NOUN, UNKNOWN or nothing that can chain
        if w[0].isupper() and not w.isupper() and _fold(w) not in cal \
                and not _reduplicated(tgt_toks, i, text):
            f = w.casefold()
            if w in src_words:
                kind = NAME  # a name (or word) as the source writes it
            elif _transliterated(w, src_names):
                kind = SPELT  # a name spelt the target's way
            elif ts.get(f, 0.0) > tt.get(f, 0.0) + 0.5:
                kind = None  # a source-language term ("Soft Power", "Federal Reserve")
            elif tt.get(f, 0.0) >= Z_KNOWN or (f not in tt and len(f) >= MIN_UNKNOWN and _compound(f, tt)):
                kind = NOUN
            elif f not in tt and len(f) >= MIN_UNKNOWN:
                kind = UNKNOWN  # a compound or a name: counts beside a known noun
        if (kind in (NOUN, UNKNOWN) and prev is not None and not initial
                and NOUN in (kind, prev[2]) and text[prev[0][2]:s].isspace()
                and not _inflected(w, ("s",))
                and _may_precede(prev[0], prev[2], src_words)):
            out.append((prev[0][1], e, prev[1]))
        prev = (tok, i, kind) if kind is not None else None
    return out


def _inflected(word: str, endings: tuple[str, ...]) -> bool:
    """True if ``word`` may be an adjective or genitive form ("Europäische",
    "Frankreichs", "Browns"): it ends in one of ``endings`` (a double s, as in
    "Ausschuss", is no genitive)."""
    return word.endswith(endings) and not word.endswith("ss")


# German titles and offices stand before a name ("Ministerpräsident Viktor Orbán",
# "Trainer Hansi Flick"): a word ending so starts no chain
_TITLE_HEADS = ("präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin",
                "chef", "chefin", "sprecher", "sprecherin", "direktor", "direktorin", "senator",
                "senatorin", "gouverneur", "gouverneurin", "meister", "meisterin", "könig",
                "königin", "prinz", "prinzessin", "papst", "bischof", "professor", "professorin",
                "trainer", "trainerin", "kommissar", "kommissarin", "botschafter",
                "botschafterin", "vorsitzende", "vorsitzender", "general", "oberst", "kapitän",
                "kapitänin", "abgeordnete", "abgeordneter", "richter", "richterin", "anwalt",
                "anwältin", "kollege", "kollegin", "autor", "autorin", "regisseur", "regisseurin",
                "sänger", "sängerin", "moderator", "moderatorin", "ökonom", "ökonomin")
# "Jahr für Jahr", "Schritt um Schritt", "Seite an Seite": a noun repeated across a
# preposition is an adverbial, not part of a noun chain
_REDUPLICATING = frozenset({"für", "um", "an", "zu", "in", "nach", "auf", "gegen"})


def _reduplicated(toks, i: int, text: str) -> bool:
    """Is word ``i`` the first of "W für W" (or the last)?"""
    w = toks[i][0]
    for a, b in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= b < len(toks) and toks[a][0] in _REDUPLICATING and toks[b][0] == w:
            return True
    return False


def _may_precede(tok, kind: int, src_words: set[str]) -> bool:
    """Can this capitalised word stand first in a split noun chain?"""
    w, _s, _e, initial = tok
    if w.endswith(("'s", "’s")):
        return False  # "Trump's Erklärung": a genitive
    if w.casefold().endswith(_TITLE_HEADS):
        return False  # "Präsident Macron": a title before a name
    if kind == NAME:  # "Berlin Polizei", but not a genitive "Browns Politik"
        return not (w.endswith("s") and w[:-1] in src_words)
    return not _inflected(w, _ADJ_OR_GENITIVE)


def _copy_candidates(source: str, target: str, sl: str, tl: str) -> tuple[set[str], int]:
    """Cheap first pass on whitespace tokens: (the case-folded words spelt the same on
    both sides that are common in the source language and rare in the target's, how
    many of them are not capitalised).  A capitalised copied word is a name or a
    sentence opener, which copied_words counts only beside an uncapitalised one; a
    word capitalised only in the target is a term kept on purpose, so an exact token
    match is enough."""
    ts, tt = _table(sl), _table(tl)
    out = set()
    sure = 0
    for tok in set(source.split()).intersection(target.split()):
        w = tok.strip(_PUNCT)
        f = w.casefold()
        zs = ts.get(f, 0.0)
        if len(f) > 1 and zs >= Z_SOURCE_COMMON and tt.get(f, 0.0) < min(Z_TARGET_MAX, zs - Z_MARGIN):
            out.add(f)
            sure += not w[0].isupper() or w.isupper()
    return out, sure


def assess(source: str, target: str, sl: str | None,
           tl: str | None) -> tuple[int, list[tuple[str, int, int]]]:
    """(score, signals) of one pair; a signal is (kind, start, end) in ``target``."""
    signals: list[tuple[str, int, int]] = []
    score = 0
    if not target or not source:
        return 0, signals
    sl, tl = _base(sl), _base(tl)
    if not sl or not tl or sl == tl or target.strip() == source.strip():
        return score, signals  # a copy of the source is untranslated text (L001)
    # placeholders ({name}, %(object)s), tags and identifiers are kept on purpose: no
    # source words left in (blanked, same length, so signal offsets stay right)
    source, target = _clean(source), _clean(target)
    if not _table(sl) or not _table(tl):
        return score, signals  # no word list: no evidence either way
    wanted, sure = _copy_candidates(source, target, sl, tl)
    cap_run = tl in NOUN_CAPS and _CAP_RUN.search(target) is not None
    if not cap_run and sure < (1 if tl in NOUN_CAPS else 2):
        return score, signals  # the common case: nothing that could score 2
    tgt_toks = _tokens(target)
    if len(tgt_toks) < 3:
        return score, signals
    copied = copied_words(_tokens(source), tgt_toks, sl, tl, target, wanted) if sure else []
    if copied:
        run = longest = 1
        for (a, b), (c, _d) in zip(copied, copied[1:]):
            run = run + 1 if target[b:c].strip() == "" else 1
            longest = max(longest, run)
        score += STRONG if longest >= 3 else min(len(copied), 2) * WEAK
        signals.extend(("copied from the source", s, e) for s, e in copied)
    if tl in NOUN_CAPS and (copied or cap_run):
        src_words = set(_WORD.findall(source))
        src_names = [w for w in src_words if w[0].isupper()]
        chains = split_chains(src_words, src_names, tgt_toks, sl, tl, target)
        if chains:
            linked = any(b[2] == a[2] + 1 for a, b in zip(chains, chains[1:]))
            score += STRONG if linked else WEAK
            signals.extend(("split noun chain", s, e) for s, e, _i in chains)
    return score, signals


_KIND_TEXT = {"copied from the source": "source-language words left in",
              "split noun chain": "nouns strung side by side in source word order"}


@rule("X001", "not-a-translation", "Accuracy/Non-translation", "major", artefact="non-translation",
      summary="A target sentence that is not a usable translation of its source: word salad "
              "in source word order, a compound split into separate words, source words "
              "left in.",
      why="Such output cannot be corrected error by error; it has to be retranslated. "
          "MQM raters mark it 'Non-translation' (the heaviest penalty, 25 points), yet each "
          "of its faults alone looks minor to a single-error rule.",
      fail=("City council housing committee backs rent cap proposal",
            "Stadtrat Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag"),
      ok=("City council housing committee backs rent cap proposal",
          "Der Wohnungsausschuss des Stadtrats unterstützt den Vorschlag einer Mietobergrenze"),
      options={"min_score": 2}, needs_source=True)
def not_a_translation(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    if src is None:
        return
    min_score = int(opts.get("min_score", 2))
    sl, tl = src.lang, ctx.target.lang
    for bead in ctx.beads():
        if not bead.source or not bead.target:
            continue
        s_text = bead.source_text
        for seg in bead.target:
            score, signals = assess(s_text, seg.text, sl, tl)
            if score < min_score:
                continue
            spans: dict[str, list[str]] = {}
            for k, a, b in signals:
                spans.setdefault(k, []).append(repr(seg.text[a:b]))
            shown = "; ".join(f"{_KIND_TEXT[k]} ({', '.join(v[:3])})" for k, v in spans.items())
            yield ctx.flag(seg.start, seg.end,
                           f"Not a usable translation of the source sentence: {shown}.",
                           evidence=[ctx.evidence(src, text=s_text, note="aligned source")],
                           suggestion="Retranslate the sentence.")
