"""Translation lexicon bootstrapped from the document pair itself.

After a first alignment, words that co-occur in aligned beads much more often
than chance (Dunning's log-likelihood ratio G2, as in Moore 2002 / hunalign's
bootstrapping) are paired, and every pair becomes an extra anchor id for the
second pass.  No external dictionary and nothing language specific: function
words and domain terms of the document itself provide the evidence.
"""

from __future__ import annotations

import numpy as np

from .anchors import AnchorBags, _uniq

__all__ = ["bootstrap_lexicon", "add_lexicon"]

def _g2(k, a, b, N):
    """Dunning's G2 for a 2x2 table with cell k, margins a, b and total N."""
    def xlx(x):
        x = np.asarray(x, dtype=np.float64)
        return np.where(x > 0, x * np.log(np.maximum(x, 1e-300)), 0.0)
    k11, k12, k21 = k, a - k, b - k
    k22 = N - a - b + k
    return 2.0 * (xlx(k11) + xlx(k12) + xlx(k21) + xlx(k22) - xlx(a) - xlx(b) - xlx(N - a) - xlx(N - b) + xlx(N))


def bootstrap_lexicon(src_units, tgt_units, beads, n_src: int, n_tgt: int, *, min_g2: float = 10.83,
                      top: int = 1, max_pairs: int = 3_000_000, seed: int = 0):
    """Word pairs (src type, tgt type) strongly associated across the beads.

    ``src_units``/``tgt_units``: (unit, word type) occurrence arrays (AnchorBags.src_words);
    ``beads``: (i0, i1, j0, j1) ranges of a first alignment."""
    su, sw = src_units
    tu, tw = tgt_units
    beads = [b for b in beads if b[1] > b[0] and b[3] > b[2]]
    if len(beads) < 20:
        return np.zeros((0, 2), np.int64)
    B = len(beads)
    sb = np.full(n_src, -1, np.int64)
    tb = np.full(n_tgt, -1, np.int64)
    for k, (i0, i1, j0, j1) in enumerate(beads):
        sb[i0:i1] = k
        tb[j0:j1] = k
    Vs = int(sw.max()) + 1 if len(sw) else 1
    Vt = int(tw.max()) + 1 if len(tw) else 1
    # (bead, word) sets per side
    s_bw = _uniq(sb[su] * Vs + sw)
    s_bw = s_bw[s_bw >= 0]
    t_bw = _uniq(tb[tu] * Vt + tw)
    t_bw = t_bw[t_bw >= 0]
    s_b, s_w = s_bw // Vs, s_bw % Vs
    t_b, t_w = t_bw // Vt, t_bw % Vt
    # bound the work: a random subset of beads whose word pairs fit in max_pairs
    per_bead = np.bincount(s_b, minlength=B) * np.bincount(t_b, minlength=B)
    if per_bead.sum() > max_pairs:
        rng = np.random.default_rng(seed)
        order = rng.permutation(B)
        take = np.zeros(B, bool)
        take[order[np.cumsum(per_bead[order]) <= max_pairs]] = True
        s_keep, t_keep = take[s_b], take[t_b]
        s_b, s_w, t_b, t_w = s_b[s_keep], s_w[s_keep], t_b[t_keep], t_w[t_keep]
        B_eff = int(take.sum())
    else:
        B_eff = B
    cs = np.bincount(s_w, minlength=Vs)
    ct = np.bincount(t_w, minlength=Vt)
    # join on bead: all (src word, tgt word) pairs within each bead
    t_start = np.searchsorted(t_b, np.arange(B + 1))
    cnt = t_start[s_b + 1] - t_start[s_b]
    tot = int(cnt.sum())
    if tot == 0:
        return np.zeros((0, 2), np.int64)
    rep = np.repeat(np.arange(len(s_b)), cnt)
    pos = np.repeat(t_start[s_b] - np.concatenate([[0], np.cumsum(cnt)[:-1]]), cnt) + np.arange(tot)
    pair = s_w[rep] * Vt + t_w[pos]
    pair = np.sort(pair)
    if len(pair) == 0:
        return np.zeros((0, 2), np.int64)
    starts = np.concatenate([[0], np.flatnonzero(pair[1:] != pair[:-1]) + 1])
    k = np.diff(np.concatenate([starts, [len(pair)]]))
    pair = pair[starts]
    x, y = pair // Vt, pair % Vt
    sel = k >= 2
    x, y, k = x[sel], y[sel], k[sel]
    a, b = cs[x], ct[y]
    g = _g2(k, a, b, B_eff)
    pos_assoc = k * B_eff > a * b
    sel = pos_assoc & (g >= min_g2)
    x, y, g = x[sel], y[sel], g[sel]
    if len(x) == 0:
        return np.zeros((0, 2), np.int64)
    # keep pairs that are among the `top` best partners of both words
    keep = np.ones(len(x), bool)
    for key in (x, y):
        o = np.lexsort((-g, key))
        ks = key[o]
        first = np.searchsorted(ks, ks, "left")
        rank = np.arange(len(ks)) - first
        ok = np.zeros(len(x), bool)
        ok[o[rank < top]] = True
        keep &= ok
    return np.stack([x[keep], y[keep]], axis=1)


def add_lexicon(bags: AnchorBags, beads, n: int, m: int, keep: float = 0.5, pen: float = 0.0) -> AnchorBags | None:
    """Bags extended with one id per bootstrapped word pair (None if no pairs)."""
    if bags.src_words is None or bags.tgt_words is None:
        return None
    su, sw, sv = bags.src_words
    tu, tw, tv = bags.tgt_words
    pairs = bootstrap_lexicon((su, sw), (tu, tw), beads, n, m)
    if len(pairs) == 0:
        return None
    # identical words are already anchors (cognates)
    same = np.fromiter((sv[x] == tv[y] for x, y in pairs), dtype=bool, count=len(pairs))
    pairs = pairs[~same]
    if len(pairs) == 0:
        return None
    P = len(pairs)

    def occ(units, words, key):
        o = np.argsort(key, kind="stable")
        ks = key[o]
        lo = np.searchsorted(ks, words, "left")
        hi = np.searchsorted(ks, words, "right")
        cnt = hi - lo
        rep = np.repeat(np.arange(len(words)), cnt)
        pos = np.repeat(lo - np.concatenate([[0], np.cumsum(cnt)[:-1]]), cnt) + np.arange(int(cnt.sum()))
        return units[rep], o[pos]

    s_occ = occ(su, sw, pairs[:, 0])
    t_occ = occ(tu, tw, pairs[:, 1])
    df_s = np.bincount(s_occ[1], minlength=P)
    df_t = np.bincount(t_occ[1], minlength=P)
    p0 = np.clip(np.maximum(df_s / max(n, 1), df_t / max(m, 1)), 1e-9, 1.0)
    gain = np.clip(np.log(keep / p0), 0.0, 6.0)
    penalty = np.where(gain > 0, -np.log1p(-keep) * pen, 0.0)
    return bags.with_pairs(s_occ, t_occ, gain, penalty)
