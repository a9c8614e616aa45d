"""Banded dynamic programming over alignment beads.

The table cell (i, j) means "the first i source and j target sentences are
aligned".  Row i only holds the columns ``[lo[i], hi[i])`` (a band around a
coarse path; the full table when both texts are small).  Rows are stored
ragged in one flat array, so memory is proportional to the band area.

Scores of all beads ending in a block of rows are computed at once by the
scorer (vectorised); the recursion itself then costs a handful of numpy
operations per row.  0-1 beads (target sentence left unaligned) stay inside a
row and are resolved with a running maximum, so a run of insertions costs
nothing extra.
"""

from __future__ import annotations

from typing import Protocol, Sequence

import numpy as np

__all__ = ["Band", "full_band", "band_from_path", "banded_dp", "BlockScorer"]

NEG = -1e30


class BlockScorer(Protocol):
    def block(self, i: np.ndarray, j: np.ndarray, types: Sequence[tuple[int, int]]) -> np.ndarray:
        """Scores (len(types), len(i)) of the beads of each type ending at cells (i, j);
        entries for impossible beads may hold anything finite."""

    def insertion(self) -> np.ndarray:
        """Score of a 0-1 bead for each target sentence (shape (m,))."""


class Band:
    def __init__(self, lo: np.ndarray, hi: np.ndarray):
        self.lo = np.asarray(lo, dtype=np.int64)
        self.hi = np.asarray(hi, dtype=np.int64)
        self.width = self.hi - self.lo
        self.off = np.concatenate([[0], np.cumsum(self.width)]).astype(np.int64)

    @property
    def cells(self) -> int:
        return int(self.off[-1])


def full_band(n: int, m: int) -> Band:
    return Band(np.zeros(n + 1, np.int64), np.full(n + 1, m + 1, np.int64))


def band_from_path(path_i: np.ndarray, path_j: np.ndarray, n: int, m: int, radius: int) -> Band:
    """Band of all cells within ``radius`` rows/columns of a monotone path given
    as cell coordinates (must include (0, 0) and (n, m))."""
    path_i = np.asarray(path_i, np.int64)
    path_j = np.asarray(path_j, np.int64)
    lo = np.full(n + 1, m + 1, np.int64)
    hi = np.zeros(n + 1, np.int64)
    # each path cell covers rows [i - radius, i + radius] and cols [j - radius, j + radius]
    for d in range(-radius, radius + 1):
        r = np.clip(path_i + d, 0, n)
        np.minimum.at(lo, r, np.maximum(path_j - radius, 0))
        np.maximum.at(hi, r, np.minimum(path_j + radius + 1, m + 1))
    # rows the path jumped over get the neighbouring rows' span
    missing = lo > m
    if missing.any():
        idx = np.where(~missing, np.arange(n + 1), 0)
        np.maximum.accumulate(idx, out=idx)
        lo[missing] = lo[idx[missing]]
        hi[missing] = hi[idx[missing]]
    lo = np.minimum.accumulate(lo[::-1])[::-1]        # non-decreasing
    hi = np.maximum.accumulate(hi)
    lo[0] = 0
    hi[n] = m + 1
    # connectivity: row i+1 must start no later than the last column of row i
    lo[1:] = np.minimum(lo[1:], hi[:-1] - 1)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    return Band(lo, hi)


def banded_dp(n: int, m: int, band: Band, types: Sequence[tuple[int, int]], scorer: BlockScorer,
              block_cells: int = 100_000, block_rows: int = 192) -> list[tuple[int, int, int, int]]:
    """Best-scoring monotone bead sequence.  ``types`` lists (a, b) with a >= 1
    (0-1 beads come from ``scorer.insertion()``).  Returns beads as
    (i0, i1, j0, j1) half-open ranges, in order."""
    types = [tuple(t) for t in types if t[0] >= 1]
    T = len(types)
    INS = T
    lo, hi, off = band.lo, band.hi, band.off
    N = band.cells
    dp = np.full(N + 1, NEG, dtype=np.float64)   # last entry: sentinel for "no predecessor"
    bp = np.zeros(N, dtype=np.uint8)
    ins = np.asarray(scorer.insertion(), dtype=np.float64) if m else np.zeros(0)
    cins = np.concatenate([[0.0], np.cumsum(ins)])
    ta = np.array([t[0] for t in types], np.int64)[:, None]
    tb = np.array([t[1] for t in types], np.int64)[:, None]

    r0 = 0
    while r0 <= n:
        # rows [r0, r1) with about block_cells cells
        r1 = int(np.searchsorted(off, off[r0] + block_cells, side="right"))
        r1 = min(max(r1, r0 + 1), n + 1, r0 + block_rows)
        f0, f1 = off[r0], off[r1]
        rows = np.repeat(np.arange(r0, r1), band.width[r0:r1])
        cols = lo[rows] + (np.arange(f0, f1) - off[rows])
        if T:
            pi = rows[None, :] - ta
            pj = cols[None, :] - tb
            pic = np.maximum(pi, 0)
            valid = (pi >= 0) & (pj >= lo[pic]) & (pj < hi[pic])
            pred = np.where(valid, off[pic] + pj - lo[pic], N)
            sc = scorer.block(rows, cols, types)
            sc = np.where(valid, sc, 0.0)
        offl = off[r0:r1 + 1].tolist()
        lol = lo[r0:r1].tolist()
        hil = hi[r0:r1].tolist()
        for k in range(r1 - r0):
            o0, o1 = offl[k], offl[k + 1]
            s, e = o0 - f0, o1 - f0
            if T:
                cand = dp[pred[:, s:e]]
                cand += sc[:, s:e]
                arg = cand.argmax(0)
                best = cand.max(0)
            else:
                arg = np.zeros(e - s, np.int64)
                best = np.full(e - s, NEG)
            if r0 + k == 0:
                best[0] = 0.0                      # lo[0] == 0: the origin
            c = cins[lol[k]:hil[k]]
            best -= c
            run = np.maximum.accumulate(best)
            np.add(run, c, out=dp[o0:o1])
            arg[run > best] = INS
            bp[o0:o1] = arg
        r0 = r1

    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        k = off[i] + j - lo[i]
        t = int(bp[k])
        a, b = (0, 1) if t == INS else types[t]
        if i == 0 and t != INS:
            a, b = 0, 1
        beads.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    beads.reverse()
    return beads
