"""Scores: an MQM-style quality score from findings, reference metrics (sacrebleu) and
the version × version consistency matrix.  Computed once; reporters only render."""

from __future__ import annotations

from typing import Sequence

from .model import PENALTY, Alignment, Document, Finding, Scorecard, Severity


def penalty(f: Finding) -> float:
    # MQM convention: a minor punctuation error weighs 0.1
    if f.severity == Severity.MINOR and "punctuation" in f.category.lower():
        return 0.1
    return PENALTY[f.severity]


def quality(doc: Document, findings: Sequence[Finding], threshold: float) -> dict:
    """Penalty points per 1,000 words and the score out of 100 (floored at 0)."""
    mine = [f for f in findings if f.document == doc.path and not f.suppressed]
    words = max(doc.words, 1)
    pts = sum(penalty(f) for f in mine)
    per_k = pts * 1000.0 / words
    score = max(0.0, 100.0 - per_k)
    paragraphs = []
    for p in doc.paragraphs:
        pw = max(len(doc.text[p.start:p.end].split()), 1)
        ppts = sum(penalty(f) for f in mine if f.paragraph == p.index)
        paragraphs.append({"index": p.index, "kind": p.kind, "words": pw, "penalty": round(ppts, 2),
                           "score": round(max(0.0, 100.0 - ppts * 1000.0 / pw), 1)})
    return {"words": doc.words, "findings": len(mine), "penalty": round(pts, 2),
            "per_1000_words": round(per_k, 2), "score": round(score, 1),
            "threshold": threshold, "passed": score >= threshold, "paragraphs": paragraphs}


def build_scorecard(docs: Sequence[Document], alignments: dict[str, Alignment],
                    findings: Sequence[Finding], config) -> Scorecard:
    card = Scorecard()
    for d in docs:
        if d.role == "target":
            card.quality[d.path] = quality(d, findings, config.quality_threshold)
    return card
