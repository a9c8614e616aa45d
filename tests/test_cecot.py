"""The founding case: mtcheck on the CECOT article set, scored against its gold list.

The floors rise as rules land; the printed figures go into the README.
"""

import re
from pathlib import Path

import pytest

import mtcheck
from mtcheck.gold import read_gold, score

# Floors: raise them when rules improve (never lower them to make a change pass).
RECALL_FLOOR = 0.80
PRECISION_FLOOR = 0.90


@pytest.fixture(scope="module")
def report(cecot=Path(__file__).resolve().parent.parent / "corpora" / "cecot-2025-02-04"):
    return mtcheck.compare_set(cecot, semantic=False)


def test_gold_recall_precision(report, cecot, capsys):
    target = next(d for d in report.documents if d.role == "target")
    findings = [f for f in report.findings if f.document == target.path]
    s = score(findings, read_gold(cecot / "gold.jsonl"))
    with capsys.disabled():
        print(f"\nCECOT gold: recall {s.recall:.2f} ({s.matched_gold}/{s.gold}), precision "
              f"{s.precision:.2f} ({s.matched_findings}/{s.findings}), clean sentences flagged "
              f"{s.clean_flagged}/{s.clean}")
    assert s.recall >= RECALL_FLOOR
    assert s.precision >= PRECISION_FLOOR


def test_gold_spans_are_exact(cecot):
    text = (cecot / "article.en.txt").read_text(encoding="utf-8")
    for g in read_gold(cecot / "gold.jsonl"):
        assert text[g.start:g.end] == g.text, g.id


def test_findings_quote_their_spans(report):
    docs = {d.path: d for d in report.documents}
    for f in report.findings:
        assert docs[f.document].raw[f.span[0]:f.span[1]] == f.text


def test_no_rule_special_cases_the_article():
    """Names and words of the founding article must not appear in the package's code."""
    pkg = Path(mtcheck.__file__).parent
    banned = re.compile(r"bukule|bukele|nayib|cecot|dumbbell|barbell|hantel|cutlery|besteck|salvador",
                        re.I)
    for p in pkg.rglob("*.py"):
        assert not banned.search(p.read_text(encoding="utf-8")), p


def test_misspelled_name_named_with_suggestion_and_evidence(report):
    hits = [f for f in report.findings if f.text == "Bukule"]
    assert hits, "the misspelled name is not flagged"
    f = hits[0]
    assert f.suggestion == "Bukele"
    docs_with_evidence = {e.document for e in f.evidence if "Bukele" in e.text + e.note}
    roles = {d.path: d.role for d in report.documents}
    assert "source" in {roles.get(d) for d in docs_with_evidence}
    assert "parallel" in {roles.get(d) for d in docs_with_evidence}
