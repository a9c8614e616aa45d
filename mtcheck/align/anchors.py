"""Per-sentence anchor features for sentence alignment.

Every sentence is reduced to a bag of integer *anchor ids*.  An id shared by a
source and a target sentence is evidence that they are translations of each
other.  Ids come from:

* numbers, normalised across locale formats (``70'000``, ``70.000``,
  ``70,000``, ``70 000`` -> ``70000``; ``3,5`` and ``3.5`` -> ``3.5``);
* URLs, e-mail addresses and @handles (copied verbatim);
* copied tokens: words containing a digit or written in capitals
  (``K2``, ``AACZ``);
* cognates: lower-cased, accent-stripped words of >= 4 letters, linked across
  the two vocabularies with rapidfuzz (a target word gets the id of every
  source word it resembles closely enough, identical words included);
* punctuation that translations keep: ``?``, ``!`` and quotation marks.

Each id is weighted by how surprising a match is (see :func:`build_anchor_bags`):
an item found in few target sentences is strong evidence, a frequent one weak.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from itertools import chain
from typing import Sequence

import numpy as np

__all__ = ["normalise_number", "extract_numbers", "sentence_items", "AnchorBags", "build_anchor_bags", "fold"]

# --------------------------------------------------------------------------- numbers
_SEP = r"[.,'’\u00a0\u202f\u2009 ]"
# a word character that glues a figure into a word (M5, 3D): not a letter of the scripts
# written without spaces, where a figure stands glued to its counter or particle
# (7월 22일부터, 13万人, 2024年, ๒๕ คน)
_GLUE = r"[^\W\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]"
_NUM_RE = re.compile(
    r"(?<![.,])(?<!" + _GLUE + r")"       # not glued to a word or another number
    r"(\d{1,3}(?:" + _SEP + r"\d{3}(?!\d))+|\d+)"   # integer part, optionally grouped
    r"(?:([.,])(\d+))?"                  # optional decimal part
    r"(?!\d)(?!" + _GLUE + r")"
)


def normalise_number(intpart: str, sep: str | None = None, frac: str | None = None) -> str:
    """Normalise one matched number.  ``intpart`` may carry group separators."""
    groups = re.split(_SEP, intpart)
    if len(groups) == 2 and groups[0] == "0":
        # "0,500" / "0.500": a decimal, not a thousands group
        groups, sep, frac = ["0"], ",", groups[1] + (frac or "")
    digits = "".join(groups)
    if frac is not None and len(groups) == 1 and len(frac) == 3 and sep is not None and len(digits) <= 3 \
            and not digits.startswith("0"):
        # "70.000" / "70,000": a single separator followed by exactly three digits
        # is a thousands separator in de/fr/it/es/en usage alike (except "0,500").
        digits, frac = digits + frac, None
    digits = digits.lstrip("0") or "0"
    if frac is not None:
        frac = frac.rstrip("0")
        if frac:
            return f"{digits}.{frac}"
    return digits


def extract_numbers(text: str) -> list[str]:
    out = []
    for m in _NUM_RE.finditer(text):
        intpart, sep, frac = m.group(1), m.group(2), m.group(3)
        # a grouped integer like "17 815" is only a group if every group has 3 digits
        out.append(normalise_number(intpart, sep, frac))
    return out


# --------------------------------------------------------------------------- tokens
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+|[\w.+-]+@[\w-]+\.[\w.]+", re.I)
_HANDLE_RE = re.compile(r"(?<![\w@])[@#][A-Za-z_]\w{1,}")
_COMBINING_RE = re.compile(r"[\u0300-\u036f]+")
_LONGWORD_RE = re.compile(r"[^\W\d_]{4,}")
_ALNUM_RE = re.compile(r"\b(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+\b")
_ACRONYM_RE = re.compile(r"(?<![^\W\d_])[^\W\d_a-zß-ÿ]{2,6}(?![^\W\d_])")
_QUOTES = set("«»\"“”„‹›")


def fold(word: str) -> str:
    """Lower-case and strip accents (``Expédition`` -> ``expedition``, ``ß`` -> ``ss``)."""
    return _COMBINING_RE.sub("", unicodedata.normalize("NFKD", word.casefold()))


_TOKEN_RE = re.compile(r"\w+")
_DIGIT_RE = re.compile(r"\d")
_TOKEN_CACHE: dict[str, tuple[str | None, str | None]] = {}


def _token_info(tok: str) -> tuple[str | None, str | None]:
    """(exact item, cognate word) for one \\w+ token; cached."""
    info = _TOKEN_CACHE.get(tok)
    if info is None:
        exact = word = None
        if tok.isalpha():
            if len(tok) >= 4:
                word = fold(tok)
            if 2 <= len(tok) <= 6 and tok.isupper():
                exact = "C:" + fold(tok)               # acronyms: AACZ, SAC
        elif not tok.isdigit() and any(ch.isdigit() for ch in tok) and any(ch.isalpha() for ch in tok):
            exact = "C:" + fold(tok)                   # K2, 8e, A380
        info = (exact, word)
        if len(_TOKEN_CACHE) > 500_000:
            _TOKEN_CACHE.clear()
        _TOKEN_CACHE[tok] = info
    return info


_NEEDS_SCAN_RE = re.compile(r"[\d@#?!«»\"“”„‹›]|://|www\\.")


def _copied_items(text: str) -> tuple[list[str], str]:
    """URLs, handles and numbers of one sentence, and the text with URLs blanked out."""
    exact: list[str] = []
    if "://" in text or "www." in text or "@" in text:
        for u in _URL_RE.findall(text):
            exact.append("U:" + u.rstrip(".,;:!?)").casefold())
        text = _URL_RE.sub(" ", text)
    if "@" in text or "#" in text:
        for h in _HANDLE_RE.findall(text):
            exact.append("U:" + h.casefold())
    if _DIGIT_RE.search(text):
        for n in extract_numbers(text):
            exact.append("N:" + n)
    return exact, text


def _punct_items(text: str) -> list[str]:
    out = []
    if "?" in text:
        out.append("P:?")
    if "!" in text:
        out.append("P:!")
    if not _QUOTES.isdisjoint(text):
        out.append("P:q")
    return out


def _scan_items(text: str) -> tuple[list[str], None]:
    """Numbers, URLs, handles and punctuation of one sentence."""
    exact, text = _copied_items(text)
    return exact + _punct_items(text), None


def sentence_items(text: str) -> tuple[list[str], list[str]]:
    """Return (exact items, cognate words) of one sentence.

    Exact items are strings prefixed by their class (``N:`` number, ``U:`` URL or
    handle, ``C:`` copied token, ``P:`` punctuation); cognate words are folded
    words of >= 4 letters, matched fuzzily across languages later.
    """
    exact, text = _copied_items(text)
    words: list[str] = []
    for tok in _TOKEN_RE.findall(text):
        ex, w = _token_info(tok)
        if ex is not None:
            exact.append(ex)
        if w is not None:
            words.append(w)
    return exact + _punct_items(text), words


# --------------------------------------------------------------------------- bags
@dataclass
class AnchorBags:
    """Sparse sentence x anchor incidence for both sides (deduplicated per sentence)."""
    src_unit: np.ndarray   # occurrence -> source sentence index
    src_id: np.ndarray     # occurrence -> anchor id
    tgt_unit: np.ndarray
    tgt_id: np.ndarray
    gain: np.ndarray       # id -> score added when the id is matched inside a bead
    penalty: np.ndarray    # id -> score removed for each occurrence left unmatched
    n_ids: int
    # all words (>= 2 letters, folded) per side for the bootstrapped lexicon:
    # (unit array, word-type array, word types)
    src_words: tuple | None = None
    tgt_words: tuple | None = None
    # ids that only feed the bead-size-free Dice similarity, not the additive
    # log-likelihood ratio (bootstrapped lexicon pairs: many per sentence, so
    # summing them would reward ever larger beads)
    dice_only: np.ndarray | None = None

    def additive_weights(self) -> np.ndarray:
        w = self.gain + 2.0 * self.penalty
        if self.dice_only is not None:
            w = np.where(self.dice_only, 0.0, w)
        return w

    def with_pairs(self, src_occ, tgt_occ, gain_extra, penalty_extra, dice_only: bool = True) -> "AnchorBags":
        """Add ids n_ids.. with the given (unit, local id) occurrences."""
        su = np.concatenate([self.src_unit, src_occ[0]])
        si = np.concatenate([self.src_id, src_occ[1] + self.n_ids])
        tu = np.concatenate([self.tgt_unit, tgt_occ[0]])
        ti = np.concatenate([self.tgt_id, tgt_occ[1] + self.n_ids])
        old = self.dice_only if self.dice_only is not None else np.zeros(self.n_ids, bool)
        return AnchorBags(su, si, tu, ti, np.concatenate([self.gain, gain_extra]),
                          np.concatenate([self.penalty, penalty_extra]), self.n_ids + len(gain_extra),
                          self.src_words, self.tgt_words,
                          np.concatenate([old, np.full(len(gain_extra), bool(dice_only))]))

    def downsample(self, src_groups: np.ndarray, tgt_groups: np.ndarray) -> "AnchorBags":
        """Bags of blocks of sentences (group index per sentence)."""
        def merge(unit, ids, groups):
            g = groups[unit]
            key = _uniq(g.astype(np.int64) * self.n_ids + ids)
            return (key // self.n_ids).astype(np.int64), (key % self.n_ids).astype(np.int64)
        su, si = merge(self.src_unit, self.src_id, src_groups)
        tu, ti = merge(self.tgt_unit, self.tgt_id, tgt_groups)
        return AnchorBags(su, si, tu, ti, self.gain, self.penalty, self.n_ids, None, None, self.dice_only)


# Probability that an item of the class survives translation into the aligned
# sentence (p1 in gain = log(p1 / p0)), and whether a lost item is evidence
# against the bead.  These are priors about translation, not fitted values.
_KEEP = {"N": 0.8, "U": 0.9, "C": 0.6, "P": 0.6, "W": 0.5}
_PENALISE = {"N": True, "U": True, "C": False, "P": False, "W": False}
_MAX_GAIN = 6.0


def _uniq(a: np.ndarray) -> np.ndarray:
    """Sorted unique values (sort-based; faster than hashing for big int arrays)."""
    a = np.sort(a, kind="stable")
    if len(a) < 2:
        return a
    keep = np.empty(len(a), dtype=bool)
    keep[0] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]


def _cognate_links(src_words: list[str], tgt_words: list[str], cutoff: float) -> list[tuple[int, int]]:
    """Pairs (source word index, target word index) of likely cognates."""
    from rapidfuzz import fuzz, process

    links: list[tuple[int, int]] = []
    by_initial_t: dict[str, list[int]] = {}
    for j, w in enumerate(tgt_words):
        by_initial_t.setdefault(w[0], []).append(j)
    by_initial_s: dict[str, list[int]] = {}
    for i, w in enumerate(src_words):
        by_initial_s.setdefault(w[0], []).append(i)
    for ch, si in by_initial_s.items():
        ti = by_initial_t.get(ch)
        if not ti:
            continue
        sw = [src_words[i] for i in si]
        tw = [tgt_words[j] for j in ti]
        mat = process.cdist(sw, tw, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8, workers=-1)
        a, b = np.nonzero(mat)
        links.extend(zip(np.asarray(si)[a].tolist(), np.asarray(ti)[b].tolist()))
    return links


def _side_items(sentences: Sequence[str]):
    """Document-level tokenisation of one side.

    Returns (exact occurrences as (unit, key) lists, word occurrences as
    (unit array, word-type index array), word types)."""
    n = len(sentences)
    ex_units: list[int] = []
    ex_keys: list[str] = []
    toks = [_TOKEN_RE.findall(t) for t in sentences]
    counts = np.fromiter((len(t) for t in toks), dtype=np.int64, count=n)
    vocab = dict.fromkeys(chain.from_iterable(toks))
    types = list(vocab)
    for k, t in enumerate(types):
        vocab[t] = k
    tok_id = np.fromiter(map(vocab.__getitem__, chain.from_iterable(toks)), dtype=np.int64,
                         count=int(counts.sum()))
    unit = np.repeat(np.arange(n, dtype=np.int64), counts)
    word_of = np.full(len(types), -1, dtype=np.int64)
    lex_of = np.full(len(types), -1, dtype=np.int64)
    exact_of: dict[int, str] = {}
    words: dict[str, int] = {}
    lwords: dict[str, int] = {}
    for k, tok in enumerate(types):
        ex, w = _token_info(tok)
        if w is not None:
            word_of[k] = words.setdefault(w, len(words))
        if ex is not None:
            exact_of[k] = ex
        if len(tok) >= 2 and tok.isalpha():
            lex_of[k] = lwords.setdefault(fold(tok), len(lwords))
    if exact_of:
        ks = np.fromiter(exact_of, dtype=np.int64, count=len(exact_of))
        sel = np.isin(tok_id, ks)
        for u, k in zip(unit[sel].tolist(), tok_id[sel].tolist()):
            ex_units.append(u)
            ex_keys.append(exact_of[k])
    for r, text in enumerate(sentences):
        if _NEEDS_SCAN_RE.search(text) is None:
            continue
        exact, _ = _scan_items(text)
        ex_units.extend([r] * len(exact))
        ex_keys.extend(exact)
    wsel = word_of[tok_id] >= 0 if len(tok_id) else np.zeros(0, bool)
    lsel = lex_of[tok_id] >= 0 if len(tok_id) else np.zeros(0, bool)
    V = max(len(lwords), 1)
    lkey = _uniq(unit[lsel] * V + lex_of[tok_id[lsel]])
    lexw = (lkey // V, lkey % V, list(lwords))
    return (ex_units, ex_keys), (unit[wsel], word_of[tok_id[wsel]]), list(words), lexw


def build_anchor_bags(src_sentences: Sequence[str], tgt_sentences: Sequence[str],
                      cognate_cutoff: float = 80.0) -> AnchorBags:
    """Weighted anchor-id bags of both sides (see the module docstring)."""
    n, m = len(src_sentences), len(tgt_sentences)
    (s_eu, s_ek), (s_wu, s_wt), svocab, s_lex = _side_items(src_sentences)
    (t_eu, t_ek), (t_wu, t_wt), tvocab, t_lex = _side_items(tgt_sentences)
    keys: dict[str, int] = {}
    s_eid = np.asarray([keys.setdefault(k, len(keys)) for k in s_ek], dtype=np.int64)
    t_eid = np.asarray([keys.setdefault(k, len(keys)) for k in t_ek], dtype=np.int64)
    cls = [k[0] for k in keys]
    n_exact = len(keys)
    # cognates: source word type a gets id n_exact + a; a target word type takes the
    # ids of all source word types it resembles (identical words included)
    links = _cognate_links(svocab, tvocab, cognate_cutoff) if svocab and tvocab else []
    la = np.asarray([a for a, _ in links], dtype=np.int64)
    lb = np.asarray([b for _, b in links], dtype=np.int64)
    s_wid = n_exact + s_wt
    # expand target word occurrences through the links (sorted by target word)
    o = np.argsort(lb, kind="stable")
    la, lb = la[o], lb[o]
    lo = np.searchsorted(lb, t_wt, "left")
    hi = np.searchsorted(lb, t_wt, "right")
    cnt = hi - lo
    rep = np.repeat(np.arange(len(t_wt)), cnt)
    pos = np.repeat(lo - np.concatenate([[0], np.cumsum(cnt)[:-1]]).astype(np.int64), cnt) + np.arange(int(cnt.sum()))
    t_wu2 = t_wu[rep]
    t_wid = n_exact + la[pos]
    n_ids = n_exact + len(svocab)
    cls_arr = np.array(cls + ["W"] * len(svocab))

    def dedup(units, ids):
        key = _uniq(units.astype(np.int64) * n_ids + ids)
        return key // n_ids, key % n_ids

    su, si = dedup(np.concatenate([np.asarray(s_eu, np.int64), s_wu]), np.concatenate([s_eid, s_wid]))
    tu, ti = dedup(np.concatenate([np.asarray(t_eu, np.int64), t_wu2]), np.concatenate([t_eid, t_wid]))
    df_s = np.bincount(si, minlength=n_ids)
    df_t = np.bincount(ti, minlength=n_ids)
    both = (df_s > 0) & (df_t > 0)
    # chance that a random sentence on the other side carries the item
    p0 = np.clip(np.maximum(df_t / max(m, 1), df_s / max(n, 1)), 1e-9, 1.0)
    keep = np.array([_KEEP[c] for c in "NUCPW"])
    pen_c = np.array([-math.log(1.0 - _KEEP[c]) * 0.5 if _PENALISE[c] else 0.0 for c in "NUCPW"])
    ci = np.searchsorted(np.array(list("CNPUW")), cls_arr) if n_ids else np.zeros(0, np.int64)
    order = np.array(["NUCPW".index(c) for c in "CNPUW"])
    ci = order[ci] if n_ids else ci
    gain = np.where(both, np.clip(np.log(keep[ci] / p0), 0.0, _MAX_GAIN), 0.0)
    penalty = np.where(both, pen_c[ci], 0.0)
    s_keep = both[si]
    t_keep = both[ti]
    bags = AnchorBags(su[s_keep], si[s_keep], tu[t_keep], ti[t_keep], gain.astype(np.float64),
                      penalty.astype(np.float64), max(n_ids, 1))
    bags.src_words, bags.tgt_words = s_lex, t_lex
    return bags
