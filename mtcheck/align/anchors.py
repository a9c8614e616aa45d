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

import numpy as np

__all__ = ["normalise_number", "extract_numbers", "sentence_items", "AnchorBags", "build_anchor_bags", "fold"]

# --------------------------------------------------------------------------- numbers
_SEP = r"[.,'’\u00a0\u202f\u2009 ]"
_NUM_RE = re.compile(
    r"(?<![\w.,])"                       # not glued to a word or another number
    r"(\d{1,3}(?:" + _SEP + r"\d{3}(?!\d))+|\d+)"   # integer part, optionally grouped
    r"(?:([.,])(\d+))?"                  # optional decimal part
    r"(?![\d\w])"
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
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\w*\d\w*", re.UNICODE)
_QUOTES = set("«»\"“”„‹›")


def fold(word: str) -> str:
    """Lower-case and strip accents (``Expédition`` -> ``expedition``, ``ß`` -> ``ss``)."""
    w = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in w if not unicodedata.combining(ch))


def sentence_items(text: str) -> tuple[list[str], list[str]]:
    """Return (exact items, cognate words) of one sentence.

    Exact items are strings prefixed by their class (``N:`` number, ``U:`` URL or
    handle, ``C:`` copied token, ``P:`` punctuation); cognate words are folded
    words of >= 4 letters, matched fuzzily across languages later.
    """
    exact: list[str] = []
    for u in _URL_RE.findall(text):
        exact.append("U:" + u.rstrip(".,;:!?)").casefold())
    text_wo = _URL_RE.sub(" ", text)
    for h in _HANDLE_RE.findall(text_wo):
        exact.append("U:" + h.casefold())
    for n in extract_numbers(text_wo):
        exact.append("N:" + n)
    words: list[str] = []
    for tok in _WORD_RE.findall(text_wo):
        if any(ch.isdigit() for ch in tok):
            if any(ch.isalpha() for ch in tok):
                exact.append("C:" + fold(tok))          # K2, 8e, A380
            continue
        for part in re.split(r"[-'’]", tok):
            if len(part) >= 2 and part.isupper() and len(part) <= 6:
                exact.append("C:" + fold(part))         # acronyms: AACZ, SAC
            if len(part) >= 4:
                words.append(fold(part))
    if "?" in text:
        exact.append("P:?")
    if "!" in text:
        exact.append("P:!")
    if any(ch in _QUOTES for ch in text):
        exact.append("P:q")
    return exact, words


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

    def downsample(self, src_groups: np.ndarray, tgt_groups: np.ndarray) -> "AnchorBags":
        """Bags of blocks of sentences (group index per sentence)."""
        def merge(unit, ids, groups):
            g = groups[unit]
            key = np.unique(g.astype(np.int64) * self.n_ids + ids)
            return (key // self.n_ids).astype(np.int64), (key % self.n_ids).astype(np.int64)
        su, si = merge(self.src_unit, self.src_id, src_groups)
        tu, ti = merge(self.tgt_unit, self.tgt_id, tgt_groups)
        return AnchorBags(su, si, tu, ti, self.gain, self.penalty, self.n_ids)


# Probability that an item of the class survives translation into the aligned
# sentence (p1 in gain = log(p1 / p0)), and whether a lost item is evidence
# against the bead.  These are priors about translation, not fitted values.
_KEEP = {"N": 0.8, "U": 0.9, "C": 0.6, "P": 0.6, "W": 0.5}
_PENALISE = {"N": True, "U": True, "C": False, "P": False, "W": False}
_MAX_GAIN = 6.0


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
        mat = process.cdist(sw, tw, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8, workers=1)
        a, b = np.nonzero(mat)
        links.extend(zip(np.asarray(si)[a].tolist(), np.asarray(ti)[b].tolist()))
    return links


def build_anchor_bags(src_items, tgt_items, cognate_cutoff: float = 80.0) -> AnchorBags:
    """Turn per-sentence items (from :func:`sentence_items`) into weighted id bags."""
    n, m = len(src_items), len(tgt_items)
    ids: dict[str, int] = {}
    cls: list[str] = []

    def get(key: str) -> int:
        k = ids.get(key)
        if k is None:
            k = ids[key] = len(cls)
            cls.append(key[0])
        return k

    # exact items: shared namespace
    s_occ: list[tuple[int, int]] = []
    t_occ: list[tuple[int, int]] = []
    for r, (ex, _) in enumerate(src_items):
        for it in set(ex):
            s_occ.append((r, get(it)))
    n_exact_src = len(ids)
    for c, (ex, _) in enumerate(tgt_items):
        for it in set(ex):
            t_occ.append((c, get(it)))
    # cognates: a target word takes the id of every source word it resembles
    svocab = sorted({w for _, ws in src_items for w in ws})
    tvocab = sorted({w for _, ws in tgt_items for w in ws})
    links = _cognate_links(svocab, tvocab, cognate_cutoff) if svocab and tvocab else []
    t_to_s: dict[int, list[int]] = {}
    for a, b in links:
        t_to_s.setdefault(b, []).append(a)
    linked_src = {a for a, _ in links}
    sidx = {w: i for i, w in enumerate(svocab)}
    tidx = {w: i for i, w in enumerate(tvocab)}
    wid = {a: get("W:" + svocab[a]) for a in sorted(linked_src)}
    for r, (_, ws) in enumerate(src_items):
        for w in set(ws):
            a = sidx[w]
            if a in wid:
                s_occ.append((r, wid[a]))
    for c, (_, ws) in enumerate(tgt_items):
        seen = set()
        for w in set(ws):
            for a in t_to_s.get(tidx[w], ()):
                if a not in seen:
                    seen.add(a)
                    t_occ.append((c, wid[a]))
    n_ids = max(len(cls), 1)
    s_arr = np.array(sorted(set(s_occ)), dtype=np.int64).reshape(-1, 2)
    t_arr = np.array(sorted(set(t_occ)), dtype=np.int64).reshape(-1, 2)
    df_s = np.bincount(s_arr[:, 1], minlength=n_ids)
    df_t = np.bincount(t_arr[:, 1], minlength=n_ids)
    both = (df_s > 0) & (df_t > 0)
    # chance that a random sentence on the other side carries the item
    p0 = np.maximum(df_t / max(m, 1), df_s / max(n, 1))
    p0 = np.clip(p0, 1e-9, 1.0)
    keep = np.array([_KEEP[c] for c in cls] or [0.5])
    gain = np.clip(np.log(keep / p0), 0.0, _MAX_GAIN)
    pen_unit = np.array([-math.log(1.0 - _KEEP[c]) * 0.5 if _PENALISE[c] else 0.0 for c in cls] or [0.0])
    penalty = np.where(both, pen_unit, 0.0)
    gain = np.where(both, gain, 0.0)
    # drop items that can never match
    s_keep = both[s_arr[:, 1]]
    t_keep = both[t_arr[:, 1]]
    return AnchorBags(s_arr[s_keep, 0], s_arr[s_keep, 1], t_arr[t_keep, 0], t_arr[t_keep, 1],
                      gain.astype(np.float64), penalty.astype(np.float64), n_ids)
