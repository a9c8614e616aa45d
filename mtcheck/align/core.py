"""Bead scoring and the multi-resolution alignment driver.

Parameter choices (fixed, not fitted to items of any evaluation set):

* shape priors (DEFAULT_PRIORS): Gale & Church's ordering (1-1 >> 1-2/2-1 >>
  skips > 2-2 > larger), with more mass on splits and merges than their 1993
  table because modern translations split sentences often;
* Gale-Church variance s2 = 6.8 per character (their value); character ratio
  from the texts, re-estimated on the first pass's 1-1 beads;
* anchor gain log(p_keep / p_chance) with p_chance the share of sentences
  carrying the item on the other side (an IDF), p_keep a class prior
  (anchors._KEEP); lost numbers/URLs cost half of -log(1 - p_keep) per side;
* lexical Dice weight 5 with offset 0.2 (a bead whose weighted anchors are
  less than a fifth shared counts against it); embedding margin scale 30
  (about the log-likelihood-ratio slope of USE margins: aligned ~0.54,
  random ~0.0, sd ~0.1-0.15); with embeddings the lengths weigh 0.3 and the
  additive anchor ratio 0.5;
* embedding normalisation CSLS (Conneau et al. 2018) with k = 4 (its usual
  value; k = 2 and 8 were worse on Text+Berg dev) over a window of 100
  sentences; chosen on Text+Berg dev (strict F1 0.886 -> 0.900 at max_bead 5,
  better on both halves of the document), the scale 30 kept from the margin.
  Other knobs in :class:`Params` are experiments that did not help and are off.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from .anchors import AnchorBags
from .dp import Band, band_from_path, banded_dp, full_band
from .length import GC_VARIANCE, char_len, length_logprob

# ----------------------------------------------------------------------------- parameters
# Prior probability of each bead shape.  Translations split and merge sentences
# often; sentences with no counterpart are rarer; larger beads are rarer still.
# Shapes (a, b) with a + b <= max_bead + 1 are allowed (Bertalign's rule).
DEFAULT_PRIORS = {
    (1, 1): 0.75, (1, 2): 0.06, (2, 1): 0.06, (0, 1): 0.02, (1, 0): 0.02,
    (2, 2): 0.015, (1, 3): 0.012, (3, 1): 0.012, (2, 3): 0.004, (3, 2): 0.004,
    (1, 4): 0.003, (4, 1): 0.003,
}
TEXT_KINDS = ("headline", "lead", "body", "subheading", "byline")
OTHER_KINDS = ("caption", "credit", "embed", "ui", "metadata")
ALL_KINDS = TEXT_KINDS + OTHER_KINDS


def bead_types(max_bead: int) -> list[tuple[int, int]]:
    max_bead = max(1, int(max_bead))
    out = [(1, 0)]
    for a in range(1, max_bead + 1):
        for b in range(1, max_bead + 1):
            if a + b <= max_bead + 1:
                out.append((a, b))
    return out


def _prior(t: tuple[int, int]) -> float:
    p = DEFAULT_PRIORS.get(t)
    if p is None:
        p = 0.001 * 0.3 ** (t[0] + t[1] - 5)
    return math.log(p)


@dataclass
class Params:
    """Weights of the bead score.  Defaults are for alignment without embeddings;
    :meth:`semantic_defaults` gives the ones used with embeddings."""
    w_len: float = 1.0        # Gale-Church log-probability of the bead's lengths
    w_lex: float = 0.0        # additive anchor log-likelihood ratio (matches minus lost numbers/URLs)
    w_dice: float = 5.0       # bead-size-free lexical similarity: weighted Dice of shared anchors
    dice_offset: float = 0.2  # Dice below this counts against the bead
    lexicon: bool = True      # second pass with a lexicon bootstrapped from the first pass
    lex_keep: float = 0.5     # P(word's translation appears in the aligned sentence), lexicon pairs
    lex_pen: float = 0.0      # (experimental) cost of a lexicon word whose partner is missing
    w_sem: float = 0.0        # embedding evidence (margin-normalised cosine)
    sem_scale: float = 30.0   # nats per unit of margin
    sem_offset: float = 0.0   # margin counted as neutral
    sem_lenpen: bool = False  # Bertalign's multiplicative length penalty (off: length is its own term)
    sem_alpha: float = 1.0    # margin = sim - alpha * mean(neighbour sims)
    sem_norm: str = "margin"  # "margin": minus the mean cosine of the adjacent sentences (Bertalign);
                              # "csls": minus the mean of each side's hubness (Conneau et al. 2018)
    hub_k: int = 4            # csls: hubness = mean cosine of a span's k nearest sentences on the other side
    w_para: float = 2.0       # paragraph boundary (dis)agreement
    w_kind: float = 3.0       # structural kind mismatch
    s2: float = GC_VARIANCE
    extra: float = 0.0        # (experimental) cost per sentence beyond one per side in a bead
    len_model: str = "gc"     # "gc": log(2 (1 - Phi(|delta|))); "gauss": -delta^2 / 2
    skip: float | None = None  # constant skip score instead of priors (Bertalign-style); None = priors
    skip_len: float = 0.0     # (experimental) Gale-Church length term on 1-0 / 0-1 beads
    adapt_priors: float = 0.0  # (experimental) > 0: shape priors re-estimated from a first pass
    priors: dict = field(default_factory=dict)   # log priors overriding DEFAULT_PRIORS

    @classmethod
    def semantic_defaults(cls) -> "Params":
        # embeddings carry the content evidence; lengths and anchors refine it
        return cls(w_len=0.3, w_lex=0.5, w_dice=0.0, lexicon=False, w_sem=1.0, sem_norm="csls")


# ----------------------------------------------------------------------------- side features
@dataclass
class Side:
    lengths: np.ndarray          # characters per unit
    breaks: np.ndarray           # bool per cell boundary 0..n: a paragraph starts at unit i
    has_breaks: bool
    kind_mask: np.ndarray        # int bitmask per unit (0 = unknown)
    emb: list | None = None      # span embeddings: emb[k-1][e] = span of k units ending at e
    hub: list | None = None      # hubness of those spans (csls), same layout

    @property
    def n(self) -> int:
        return len(self.lengths)


def make_side(sentences: Sequence[str], breaks: Sequence[int], kinds: Sequence[str] | None,
              length=char_len) -> Side:
    n = len(sentences)
    lengths = np.array([length(s) for s in sentences], dtype=np.float64)
    br = np.zeros(n + 1, dtype=bool)
    has = False
    for b in breaks or ():
        b = int(b)
        if 0 < b < n:
            br[b] = True
            has = True
    br[0] = br[n] = True
    mask = np.zeros(n, dtype=np.int64)
    if kinds is not None:
        for i, k in enumerate(list(kinds)[:n]):
            k = (k or "").lower()
            if k in ALL_KINDS:
                mask[i] = 1 << ALL_KINDS.index(k)
    return Side(lengths, br, has, mask)


_OTHER_BITS = sum(1 << ALL_KINDS.index(k) for k in OTHER_KINDS)
_TEXT_BITS = sum(1 << ALL_KINDS.index(k) for k in TEXT_KINDS)


def span_hubness(spans: list, other: np.ndarray, k: int = 4, window: int = 100, rows: int = 256) -> list:
    """CSLS hubness of every span: the mean cosine of its ``k`` most similar
    sentences on the other side (``other``: unit-normalised sentence embeddings).

    Candidates are limited to ``window`` sentences either side of the span's
    position projected on the diagonal, so the cost is linear in the length
    of the texts (a local density: hubs are sentences close to everything
    nearby, and in a document everything relevant is nearby)."""
    m = len(other)
    out = []
    for E in spans:
        n = len(E)
        h = np.zeros(n, np.float32)
        if n == 0 or m == 0:
            out.append(h)
            continue
        kk = min(k, m)
        for r0 in range(0, n, rows):
            r1 = min(r0 + rows, n)
            c0 = max(int(r0 * m / n) - window, 0)
            c1 = min(int(r1 * m / n) + window + 1, m)
            if c1 - c0 < kk:
                c0, c1 = max(min(c0, m - kk), 0), max(c1, min(kk, m))
            S = E[r0:r1] @ other[c0:c1].T
            # only the columns within the window of each row's own projection
            pos = (np.arange(r0, r1) * m / n).astype(np.int64)[:, None]
            col = np.arange(c0, c1)[None, :]
            S = np.where(np.abs(col - pos) <= window, S, -2.0)
            h[r0:r1] = np.partition(S, S.shape[1] - kk, axis=1)[:, -kk:].mean(1)
        out.append(h)
    return out


# ----------------------------------------------------------------------------- scorer
class Scorer:
    """Scores beads from per-unit features; additive lexical evidence is summed
    from a dense pairwise matrix built per block of rows."""

    def __init__(self, src: Side, tgt: Side, bags: AnchorBags | None, params: Params, ratio: float,
                 types: Sequence[tuple[int, int]], use_sem: bool):
        self.src, self.tgt, self.bags, self.p = src, tgt, bags, params
        self.ratio = ratio
        self.use_sem = use_sem and src.emb is not None and tgt.emb is not None
        self.hub = self.use_sem and params.sem_norm == "csls" and src.hub is not None and tgt.hub is not None
        self.Ls = np.concatenate([[0.0], np.cumsum(src.lengths)])
        self.Lt = np.concatenate([[0.0], np.cumsum(tgt.lengths)])
        self.kmax = max(max(a for a, _ in types), max(b for _, b in types), 1)
        self.logprior = {t: params.priors.get(t, _prior(t)) for t in list(types) + [(0, 1)]}
        if params.skip is not None:
            self.logprior = {t: (params.skip if 0 in t else 0.0) for t in self.logprior}
        n, m = src.n, tgt.n
        if bags is not None and len(bags.gain):
            pen = bags.penalty
            self.PenS = np.concatenate([[0.0], np.cumsum(np.bincount(bags.src_unit, weights=pen[bags.src_id],
                                                                     minlength=n))])
            self.PenT = np.concatenate([[0.0], np.cumsum(np.bincount(bags.tgt_unit, weights=pen[bags.tgt_id],
                                                                     minlength=m))])
            o = np.argsort(bags.src_unit, kind="stable")
            self.s_unit, self.s_id = bags.src_unit[o], bags.src_id[o]
            o = np.argsort(bags.tgt_unit, kind="stable")
            self.t_unit, self.t_id = bags.tgt_unit[o], bags.tgt_id[o]
            self.pair_w = bags.additive_weights()
            g = bags.gain
            self.GS = np.concatenate([[0.0], np.cumsum(np.bincount(bags.src_unit, weights=g[bags.src_id], minlength=n))])
            self.GT = np.concatenate([[0.0], np.cumsum(np.bincount(bags.tgt_unit, weights=g[bags.tgt_id], minlength=m))])
        else:
            self.bags = None
            self.PenS = np.zeros(n + 1)
            self.PenT = np.zeros(m + 1)
        self.BrS = np.cumsum(src.breaks)      # BrS[i] = number of breaks at boundaries 0..i
        self.BrT = np.cumsum(tgt.breaks)
        self.para = src.has_breaks and tgt.has_breaks and params.w_para > 0

    # ------------------------------------------------------------- pieces
    def _pair_matrix(self, R0, R1, C0, C1, need_p=True, need_g=True):
        """Dense prefix-summed lexical pair matrices (LLR weights, match gains) for
        units [R0,R1) x [C0,C1)."""
        R, C = R1 - R0, C1 - C0
        P = np.zeros((R + 1, C + 1))
        G = np.zeros((R + 1, C + 1))
        if self.bags is None or R <= 0 or C <= 0:
            return P, G
        a0, a1 = np.searchsorted(self.s_unit, [R0, R1])
        b0, b1 = np.searchsorted(self.t_unit, [C0, C1])
        if a1 <= a0 or b1 <= b0:
            return P, G
        su, si = self.s_unit[a0:a1], self.s_id[a0:a1]
        tu, ti = self.t_unit[b0:b1], self.t_id[b0:b1]
        o = np.argsort(ti, kind="stable")
        tu, ti = tu[o], ti[o]
        lo = np.searchsorted(ti, si, "left")
        hi = np.searchsorted(ti, si, "right")
        cnt = hi - lo
        tot = int(cnt.sum())
        if tot == 0:
            return P, G
        rep = np.repeat(np.arange(len(si)), cnt)
        start = np.repeat(lo - np.concatenate([[0], np.cumsum(cnt)[:-1]]), cnt)
        pos = start + np.arange(tot)
        r = su[rep] - R0
        c = tu[pos] - C0
        ids = si[rep]
        rc = r * C + c
        if need_p:
            M = np.bincount(rc, weights=self.pair_w[ids], minlength=R * C).reshape(R, C)
            P[1:, 1:] = M.cumsum(0).cumsum(1)
        if need_g:
            M = np.bincount(rc, weights=self.bags.gain[ids], minlength=R * C).reshape(R, C)
            G[1:, 1:] = M.cumsum(0).cumsum(1)
        return P, G

    def insertion(self) -> np.ndarray:
        t = self.tgt
        sc = np.full(t.n, self.logprior[(0, 1)])
        if self.p.skip_len:
            sc += self.p.skip_len * self.p.w_len * length_logprob(np.zeros(t.n), t.lengths, self.ratio, self.p.s2,
                                                                  self.p.len_model)
        sc -= self.p.w_lex * np.diff(self.PenT)
        if t.kind_mask.any():
            other = (t.kind_mask & _OTHER_BITS) != 0
            sc[other] += self.p.w_kind * 0.5
        return sc

    def block(self, i, j, types):
        T = len(types)
        out = np.empty((T, len(i)))
        n, K = self.src.n, self.kmax
        R0, R1 = max(int(i.min()) - K, 0), int(i.max())
        C0, C1 = max(int(j.min()) - K, 0), int(j.max())
        need_p = self.bags is not None and self.p.w_lex != 0
        need_g = self.bags is not None and self.p.w_dice != 0
        if need_p or need_g:
            P, G = self._pair_matrix(R0, R1, C0, C1, need_p, need_g)
            W = C1 - C0 + 1
            x1 = i - R0
            y1 = j - C0
            Pf = P.ravel() if need_p else None
            Gf = G.ravel() if need_g else None
        if self.use_sem:
            sem = self._sem_block(i, j, types, R0, R1, C0, C1)
        Ls_i, Lt_j = self.Ls[i], self.Lt[j]
        has_kinds = self.src.kind_mask.any() and self.tgt.kind_mask.any()
        src_other = None
        if self.src.kind_mask.any():
            src_other = (self.src.kind_mask[np.clip(i - 1, 0, n - 1)] & _OTHER_BITS) != 0
        if need_p:
            PenS_i, PenT_j = self.PenS[i], self.PenT[j]
        if need_g:
            GS_i, GT_j = self.GS[i], self.GT[j]
        if self.para:
            brs_i, brt_j = self.BrS[np.maximum(i - 1, 0)], self.BrT[np.maximum(j - 1, 0)]
            mis = self.src.breaks[i] != self.tgt.breaks[j]
        for t, (a, b) in enumerate(types):
            ia = np.maximum(i - a, 0)
            jb = np.maximum(j - b, 0)
            s = np.full(len(i), self.logprior[(a, b)])
            ls = Ls_i - self.Ls[ia]
            if b == 0:
                if self.p.w_lex:
                    s -= self.p.w_lex * (self.PenS[i] - self.PenS[ia])
                if self.p.skip_len:
                    s += self.p.skip_len * self.p.w_len * length_logprob(ls, np.zeros(len(i)), self.ratio, self.p.s2,
                                                                         self.p.len_model)
                if src_other is not None:
                    s += np.where(src_other, self.p.w_kind * 0.5, 0.0)
            else:
                lt = Lt_j - self.Lt[jb]
                s += self.p.w_len * length_logprob(ls, lt, self.ratio, self.p.s2, self.p.len_model)
                if self.p.extra:
                    s -= self.p.extra * (a + b - 2)
                if need_p or need_g:
                    x0 = np.maximum(x1 - a, 0) * W
                    y0 = np.maximum(y1 - b, 0)
                    f11 = x1 * W + y1
                    f01 = x0 + y1
                    f10 = x1 * W + y0
                    f00 = x0 + y0
                    if need_p:
                        lex = Pf[f11] - Pf[f01] - Pf[f10] + Pf[f00]
                        lex -= (PenS_i - self.PenS[ia]) + (PenT_j - self.PenT[jb])
                        s += self.p.w_lex * lex
                    if need_g:
                        mg = Gf[f11] - Gf[f01] - Gf[f10] + Gf[f00]
                        tot = (GS_i - self.GS[ia]) + (GT_j - self.GT[jb])
                        dice = np.minimum(2.0 * mg / np.maximum(tot, 1e-9), 1.0)
                        s += self.p.w_dice * np.where(tot > 0, dice - self.p.dice_offset, 0.0)
                if self.use_sem:
                    if self.p.sem_lenpen:
                        lt2 = lt / self.ratio
                        s += self.p.w_sem * sem[t] * np.log2(1 + np.minimum(ls, lt2) / np.maximum(np.maximum(ls, lt2), 1))
                    else:
                        s += self.p.w_sem * sem[t]
                if has_kinds:
                    s -= self.p.w_kind * self._kind_mismatch(i, j, a, b)
            if self.para:
                # a bead ending where only one side ends a paragraph, or spanning a break
                inner = (brs_i - self.BrS[ia]) * (a > 1) + (brt_j - self.BrT[jb]) * (b > 1)
                s -= self.p.w_para * (inner + 0.5 * mis)
            out[t] = s
        return out

    def _kind_mismatch(self, i, j, a, b):
        n, m = self.src.n, self.tgt.n
        ms = np.zeros(len(i), np.int64)
        mt = np.zeros(len(i), np.int64)
        for d in range(1, a + 1):
            ms |= self.src.kind_mask[np.clip(i - d, 0, n - 1)]
        for d in range(1, b + 1):
            mt |= self.tgt.kind_mask[np.clip(j - d, 0, m - 1)]
        known = (ms != 0) & (mt != 0)
        group_s = ((ms & _OTHER_BITS) != 0).astype(int) * 2 + ((ms & _TEXT_BITS) != 0)
        group_t = ((mt & _OTHER_BITS) != 0).astype(int) * 2 + ((mt & _TEXT_BITS) != 0)
        hard = known & ((group_s & group_t) == 0)
        soft = known & ((ms & mt) == 0) & ~hard
        return hard * 1.0 + soft * 0.15

    def _sem_block(self, i, j, types, R0, R1, C0, C1):
        """Embedding score per type for the cells; margin-normalised (Bertalign)."""
        n, m = self.src.n, self.tgt.n
        Es, Et = self.src.emb, self.tgt.emb
        # rows/cols of singletons needed for neighbours: [R0-1, R1+1)
        rs0, rs1 = max(R0 - 1, 0), min(R1 + 1, n)
        cs0, cs1 = max(C0 - 1, 0), min(C1 + 1, m)
        out = []
        cache = {}

        def mat(ka, kb):
            key = (ka, kb)
            if key not in cache:
                cache[key] = Es[ka - 1][rs0:rs1] @ Et[kb - 1][cs0:cs1].T
            return cache[key]

        for a, b in types:
            if b == 0:
                out.append(None)
                continue
            e_s = np.clip(i - 1 - rs0, 0, rs1 - rs0 - 1)      # span of a ending at i-1
            e_t = np.clip(j - 1 - cs0, 0, cs1 - cs0 - 1)
            sim = mat(a, b)[e_s, e_t]
            if self.hub:
                # CSLS: cos minus the mean hubness of the two spans
                margin = sim - 0.5 * (self.src.hub[a - 1][np.clip(i - 1, 0, n - 1)]
                                      + self.tgt.hub[b - 1][np.clip(j - 1, 0, m - 1)])
                out.append(self.p.sem_scale * (margin - self.p.sem_offset))
                continue
            # neighbours: target sentences j and j-b-1 against the source span,
            # source sentences i and i-a-1 against the target span
            Ma1 = mat(a, 1)
            M1b = mat(1, b)
            nb = np.zeros(len(i))
            cnt = np.zeros(len(i))
            for valid, val in (
                ((j < m), Ma1[e_s, np.clip(j - cs0, 0, cs1 - cs0 - 1)]),
                ((j - b - 1 >= 0), Ma1[e_s, np.clip(j - b - 1 - cs0, 0, cs1 - cs0 - 1)]),
                ((i < n), M1b[np.clip(i - rs0, 0, rs1 - rs0 - 1), e_t]),
                ((i - a - 1 >= 0), M1b[np.clip(i - a - 1 - rs0, 0, rs1 - rs0 - 1), e_t]),
            ):
                nb += np.where(valid, val, 0.0)
                cnt += valid
            margin = sim - self.p.sem_alpha * nb / np.maximum(cnt, 1)
            out.append(self.p.sem_scale * (margin - self.p.sem_offset))
        return out


# ----------------------------------------------------------------------------- driver
FULL_LIMIT = 400_000      # cells: below this the whole table is searched
COARSE_FACTOR = 4         # units merged per level of the coarse-to-fine recursion
COARSE_RADIUS = 3         # band half-width, in coarse units, around the projected coarse path
MAX_LEVELS = 3            # coarsest units: 4**3 = 64 sentences (coarser blocks share too much to align)
COARSEST_LIMIT = FULL_LIMIT  # cells at the coarsest level; beyond, a band around the diagonal
DIAGONAL_BAND = 0.15      # its half-width, as a share of the longer side (+ 20 units)


def _downsample(side: Side, factor: int) -> tuple[Side, np.ndarray]:
    n = side.n
    groups = np.arange(n) // factor
    ng = int(groups[-1]) + 1 if n else 0
    lengths = np.bincount(groups, weights=side.lengths, minlength=ng)
    br = np.zeros(ng + 1, dtype=bool)
    br[0] = br[ng] = True
    return Side(lengths, br, False, np.zeros(ng, np.int64)), groups


def _adapted(params: Params, beads, types) -> Params:
    """Shape priors re-estimated from a first alignment (Dirichlet smoothing
    towards the defaults with ``params.adapt_priors`` pseudo-counts)."""
    from collections import Counter
    from dataclasses import replace

    cnt = Counter((i1 - i0, j1 - j0) for i0, i1, j0, j1 in beads)
    shapes = list(types) + [(0, 1)]
    base = {t: math.exp(params.priors.get(t, _prior(t))) for t in shapes}
    z = sum(base.values())
    a = params.adapt_priors
    N = sum(cnt[t] for t in shapes)
    pri = {t: math.log((cnt[t] + a * base[t] / z) / (N + a)) for t in shapes}
    return replace(params, priors=pri)


def _ratio_from_beads(src: Side, tgt: Side, beads, default: float) -> float:
    """Target/source character ratio over the 1-1 beads of a first pass: unlike
    the whole-text ratio it is not skewed by omitted or added passages."""
    ones = [(i0, j0) for i0, i1, j0, j1 in beads if i1 - i0 == 1 and j1 - j0 == 1]
    if len(ones) < 3:
        return default
    i = np.array([o[0] for o in ones])
    j = np.array([o[1] for o in ones])
    ls, lt = src.lengths[i].sum(), tgt.lengths[j].sum()
    return float(np.clip(lt / ls, 0.2, 5.0)) if ls > 0 and lt > 0 else default


def _diagonal_band(n: int, m: int) -> Band:
    w = int(DIAGONAL_BAND * max(n, m)) + 20
    i = np.arange(n + 1)
    c = np.round(i * (m / max(n, 1))).astype(np.int64)
    return Band(np.clip(c - w, 0, m), np.clip(c + w + 1, 1, m + 1))


def align_units(src: Side, tgt: Side, bags: AnchorBags | None, params: Params, types, use_sem: bool,
                ratio: float, radius: int = COARSE_RADIUS, lexicon: bool = False, level: int = 0):
    """Align two unit sequences.

    Small tables are searched whole.  Larger ones are aligned coarse to fine
    (Vecalign-style): units are merged COARSE_FACTOR at a time, the coarse
    sequences are aligned recursively, and the fine search is restricted to a
    band around the projected coarse path.  With ``lexicon``, word pairs are
    bootstrapped from the first alignment available (the coarse path, or a
    first full pass for small tables) before the final pass."""
    from .lexicon import add_lexicon

    n, m = src.n, tgt.n
    cells = (n + 1) * (m + 1)
    if level >= MAX_LEVELS and cells > COARSEST_LIMIT:
        band = _diagonal_band(n, m)
    elif cells <= FULL_LIMIT or min(n, m) < 8 or level >= MAX_LEVELS:
        band = full_band(n, m)
        if (lexicon and bags is not None) or params.adapt_priors > 0:
            first = banded_dp(n, m, band, types, Scorer(src, tgt, bags, params, ratio, types, use_sem))
            if lexicon and bags is not None:
                bags = add_lexicon(bags, first, n, m, params.lex_keep, params.lex_pen) or bags
            ratio = _ratio_from_beads(src, tgt, first, ratio)
            if params.adapt_priors > 0:
                params = _adapted(params, first, types)
    else:
        f = COARSE_FACTOR
        cs, gs = _downsample(src, f)
        ct, gt = _downsample(tgt, f)
        cb = bags.downsample(gs, gt) if bags is not None else None
        coarse_types = [t for t in types if t[0] <= 2 and t[1] <= 2]
        cbeads = align_units(cs, ct, cb, params, coarse_types, False, ratio, radius, level=level + 1)
        # coarse beads in fine units
        fine = [(min(i0 * f, n), min(i1 * f, n), min(j0 * f, m), min(j1 * f, m)) for i0, i1, j0, j1 in cbeads]
        if lexicon and bags is not None:
            bags = add_lexicon(bags, fine, n, m, params.lex_keep, params.lex_pen) or bags
        pi = np.array([0] + [b[1] for b in fine])
        pj = np.array([0] + [b[3] for b in fine])
        # interpolate inside each coarse bead so the band follows its diagonal
        ii = []
        jj = []
        for k in range(1, len(pi)):
            steps = max(pi[k] - pi[k - 1], pj[k] - pj[k - 1], 1)
            t = np.arange(steps + 1) / steps
            ii.append(np.round(pi[k - 1] + t * (pi[k] - pi[k - 1])).astype(np.int64))
            jj.append(np.round(pj[k - 1] + t * (pj[k] - pj[k - 1])).astype(np.int64))
        ii = np.concatenate(ii + [np.array([n])])
        jj = np.concatenate(jj + [np.array([m])])
        band = band_from_path(ii, jj, n, m, radius * f)
    scorer = Scorer(src, tgt, bags, params, ratio, types, use_sem)
    return banded_dp(n, m, band, types, scorer)
