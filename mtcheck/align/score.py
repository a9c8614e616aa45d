"""Bead I/O (Vecalign format) and the strict/lax alignment scores of the
Text+Berg evaluation (see shared/eval/README.md)."""

from __future__ import annotations

import numbers
import re
from typing import Iterable, Sequence

__all__ = ["parse_beads", "format_bead", "score_alignment"]

Bead = tuple[list[int], list[int]]
_BEAD_RE = re.compile(r"^\s*\[([\d\s,]*)\]\s*:\s*\[([\d\s,]*)\]\s*$")


def _ints(s: str) -> list[int]:
    return [int(x) for x in s.replace(",", " ").split()]


def parse_beads(text: str | Iterable[str]) -> list[Bead]:
    """Parse Vecalign-style lines ``[0, 1]:[0]``; blank lines and lines after a
    tab (a score column) are ignored."""
    lines = text.splitlines() if isinstance(text, str) else list(text)
    out: list[Bead] = []
    for line in lines:
        line = line.split("\t")[0].strip()
        if not line:
            continue
        m = _BEAD_RE.match(line)
        if not m:
            raise ValueError(f"not a bead: {line!r}")
        out.append((_ints(m.group(1)), _ints(m.group(2))))
    return out


def format_bead(bead: Sequence[Sequence[int]]) -> str:
    s, t = bead
    return "[" + ", ".join(str(int(x)) for x in s) + "]:[" + ", ".join(str(int(x)) for x in t) + "]"


def _prf(p_num, p_den, r_num, r_den):
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_alignment(system, gold) -> dict:
    """Strict and lax precision/recall/F1.

    ``system`` and ``gold`` are lists of beads, or lists of such lists (one per
    document; counts are pooled over documents, i.e. micro-averaged).
    Precision is over the system's non-empty beads (a bead with sentences on at
    least one side); recall over the gold beads with sentences on both sides,
    judged against the system beads with both sides.  Strict: the bead equals a
    gold bead.  Lax: some gold bead shares at least one source and one target
    sentence with it.
    """
    sys_docs, gold_docs = _split_docs(system), _split_docs(gold)
    if len(sys_docs) != len(gold_docs):
        raise ValueError("system and gold have different numbers of documents")
    sp_n = sp_d = sl_n = 0
    rs_n = rs_d = rl_n = 0
    for sysb, goldb in zip(sys_docs, gold_docs):
        sysb = [(tuple(int(v) for v in s), tuple(int(v) for v in t)) for s, t in sysb]
        goldb = [(tuple(int(v) for v in s), tuple(int(v) for v in t)) for s, t in goldb]
        gold_set = set(goldb)
        sys_set = set(b for b in sysb if b[0] and b[1])
        # lax lookups: which gold beads (both sides) contain each (src, tgt) sentence pair
        g_pairs = _pair_index(b for b in goldb if b[0] and b[1])
        s_pairs = _pair_index(sys_set)
        for b in sysb:
            if not b[0] and not b[1]:
                continue
            sp_d += 1
            if b in gold_set:
                sp_n += 1
            if any((x, y) in g_pairs for x in b[0] for y in b[1]):
                sl_n += 1
        for b in goldb:
            if not (b[0] and b[1]):
                continue
            rs_d += 1
            if b in sys_set:
                rs_n += 1
            if any((x, y) in s_pairs for x in b[0] for y in b[1]):
                rl_n += 1
    sp, sr, sf = _prf(sp_n, sp_d, rs_n, rs_d)
    lp, lr, lf = _prf(sl_n, sp_d, rl_n, rs_d)
    return {"strict": {"precision": sp, "recall": sr, "f1": sf},
            "lax": {"precision": lp, "recall": lr, "f1": lf},
            "counts": {"system_beads": sp_d, "gold_beads": rs_d, "strict_precision_hits": sp_n,
                       "strict_recall_hits": rs_n, "lax_precision_hits": sl_n, "lax_recall_hits": rl_n}}


def _pair_index(beads) -> set:
    out = set()
    for s, t in beads:
        for x in s:
            for y in t:
                out.add((x, y))
    return out


def _is_bead(x) -> bool:
    return (isinstance(x, (list, tuple)) and len(x) == 2
            and all(isinstance(side, (list, tuple)) for side in x)
            and all(isinstance(v, numbers.Integral) for side in x for v in side))


def _split_docs(x) -> list:
    x = list(x)
    if not x:
        return [x]
    if all(_is_bead(b) for b in x):
        return [x]
    return [list(d) for d in x]
