"""Score findings against a gold list of artefacts (``gold.jsonl`` in an article set).

A finding matches a gold item when their spans overlap (a zero-width gold span, used for
omissions, matches a finding that touches its point) and the finding's artefact class is
the gold item's class.  Items of class ``clean`` mark text that must not be flagged.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .model import Finding


@dataclass
class GoldItem:
    id: str
    start: int
    end: int
    text: str
    cls: str
    severity: str = ""


@dataclass
class GoldScore:
    recall: float
    precision: float
    matched_gold: int
    gold: int
    matched_findings: int
    findings: int
    clean_flagged: int
    clean: int
    per_class: dict[str, dict[str, int]] = field(default_factory=dict)
    missed: list[GoldItem] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)


def read_gold(path: str | Path) -> list[GoldItem]:
    items = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            items.append(GoldItem(d["id"], d["start"], d["end"], d["text"], d["class"], d.get("severity", "")))
    return items


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    if a0 == a1:
        return b0 <= a0 <= b1
    if b0 == b1:
        return a0 <= b0 <= a1
    return a0 < b1 and b0 < a1


def score(findings: Iterable[Finding], gold: list[GoldItem]) -> GoldScore:
    fs = [f for f in findings if not f.suppressed]
    errors = [g for g in gold if g.cls != "clean"]
    clean = [g for g in gold if g.cls == "clean"]
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0, "findings": 0, "correct": 0})
    matched_g = set()
    matched_f = set()
    for gi, g in enumerate(errors):
        per[g.cls]["gold"] += 1
        for fi, f in enumerate(fs):
            if f.artefact == g.cls and _overlap(g.start, g.end, *f.span):
                matched_g.add(gi)
                matched_f.add(fi)
    for gi in matched_g:
        per[errors[gi].cls]["found"] += 1
    for fi, f in enumerate(fs):
        per[f.artefact or f.code]["findings"] += 1
        if fi in matched_f:
            per[f.artefact]["correct"] += 1
    clean_flagged = sum(1 for g in clean if any(_overlap(g.start, g.end, *f.span) for f in fs))
    return GoldScore(
        recall=len(matched_g) / len(errors) if errors else 1.0,
        precision=len(matched_f) / len(fs) if fs else 1.0,
        matched_gold=len(matched_g), gold=len(errors), matched_findings=len(matched_f),
        findings=len(fs), clean_flagged=clean_flagged, clean=len(clean), per_class=dict(per),
        missed=[g for i, g in enumerate(errors) if i not in matched_g],
        false_positives=[f for i, f in enumerate(fs) if i not in matched_f],
    )
