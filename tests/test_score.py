"""Scores: MQM-style quality, aligned units, reference metrics, consistency matrix.

Findings are built by hand (no rule runs), documents are split by conftest_report's own
trivial splitter and alignments are given, so nothing here moves with the rules, the
segmenter or the aligner.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest_report import article_alignments, article_docs, article_findings, make_doc, make_finding, one_to_one
from mtcheck.model import Alignment, Bead, Severity
from mtcheck.score import (build_scorecard, consistency_matrix, extract_names, extract_numbers,
                           normalize_number, nway_rows, pair_units, penalty, quality, reference_metrics)
from mtcheck.score import _glossary_terms, _terminology_agreement  # noqa: F401  (internal, tested directly)


class Cfg:
    quality_threshold = 90.0
    glossary = None


def words_doc(n_words: int, paragraphs: int = 1, path: str = "t.txt"):
    per = n_words // paragraphs
    paras = [" ".join(["word"] * per) + "." for _ in range(paragraphs)]
    return make_doc(path, "en", "target", paras)


# ----------------------------------------------------------------------------- penalty / quality

@pytest.mark.parametrize("sev,cat,pts", [
    ("neutral", "Accuracy/Mistranslation", 0.0),
    ("minor", "Accuracy/Mistranslation", 1.0),
    ("major", "Accuracy/Mistranslation", 5.0),
    ("critical", "Accuracy/Mistranslation", 25.0),
    ("minor", "Fluency/Punctuation", 0.1),
    ("major", "Fluency/Punctuation", 5.0),  # only *minor* punctuation is discounted
    ("neutral", "Fluency/Punctuation", 0.0),
])
def test_penalty_weights(sev, cat, pts):
    d = words_doc(10)
    f = make_finding(d, "word", "X001", sev, category=cat)
    assert penalty(f) == pytest.approx(pts)


def test_quality_per_1000_words_and_score():
    d = words_doc(500)
    fs = [make_finding(d, "word", "A001", "major", occurrence=0),
          make_finding(d, "word", "A002", "minor", occurrence=1)]
    q = quality(d, fs, 90)
    assert q["words"] == 500
    assert q["penalty"] == 6.0
    assert q["per_1000_words"] == 12.0
    assert q["score"] == 88.0
    assert q["passed"] is False
    assert q["findings"] == 2
    assert q["counts"] == {"critical": 0, "major": 1, "minor": 1, "neutral": 0}


def test_quality_ignores_suppressed_and_other_documents():
    d = words_doc(100)
    other = words_doc(100, path="other.txt")
    fs = [make_finding(d, "word", "A001", "critical", suppressed=True),
          make_finding(other, "word", "A002", "critical")]
    q = quality(d, fs, 90)
    assert q["penalty"] == 0 and q["score"] == 100.0 and q["passed"] and q["findings"] == 0


def test_quality_floors_at_zero():
    d = words_doc(20)
    fs = [make_finding(d, "word", f"A{i:03d}", "critical", occurrence=i) for i in range(3)]
    q = quality(d, fs, 90)
    assert q["score"] == 0.0 and q["per_1000_words"] == 3750.0 and not q["passed"]


def test_verdict_matches_the_score_shown():
    # 25.1 points over 2,500 words = 10.04 per 1,000 → 89.96, shown as 90.0: passes at 90
    d = words_doc(2500)
    fs = [make_finding(d, "word", "A001", "critical"),
          make_finding(d, "word", "A002", "minor", category="Fluency/Punctuation", occurrence=1)]
    q = quality(d, fs, 90)
    assert q["score"] == 90.0
    assert q["passed"] is True
    q = quality(d, fs, 90.1)
    assert q["passed"] is False


def test_quality_per_paragraph():
    d = make_doc("t.txt", "en", "target", ["one two three four five six seven eight nine ten.",
                                           "alpha beta gamma delta epsilon."])
    f1 = make_finding(d, "gamma", "A001", "minor")
    f2 = make_finding(d, "two", "A002", "major")
    q = quality(d, [f1, f2], 90)
    p0, p1 = q["paragraphs"]
    assert (p0["words"], p0["penalty"], p0["score"], p0["findings"]) == (10, 5.0, 0.0, 1)
    assert (p1["words"], p1["penalty"], p1["score"], p1["findings"]) == (5, 1.0, 0.0, 1)
    assert q["score"] == 0.0  # 6 points over 15 words


def test_paragraph_found_from_text_span_when_missing():
    d = make_doc("t.txt", "en", "target", ["one two.", "three four five six seven eight nine ten."])
    f = make_finding(d, "five", "A001", "neutral")
    f.paragraph = None
    f.segment = None
    q = quality(d, [f], 90)
    assert [p["findings"] for p in q["paragraphs"]] == [0, 1]
    # zero-width finding in the gap between paragraphs goes to the next paragraph
    g = make_finding(d, "two.", "A002", "minor")
    g.paragraph = None
    g.text_span = (len("one two."), len("one two."))
    q = quality(d, [g], 90)
    assert sum(p["findings"] for p in q["paragraphs"]) == 1


def test_quality_empty_document():
    d = make_doc("t.txt", "en", "target", [])
    q = quality(d, [], 90)
    assert q["score"] == 100.0 and q["passed"] and q["paragraphs"] == []


# ----------------------------------------------------------------------------- numbers and names

@pytest.mark.parametrize("raw,norm", [
    ("70'000", "70000"), ("70’000", "70000"), ("70.000", "70000"), ("70,000", "70000"),
    ("70 000", "70000"), ("70\u202f000", "70000"), ("70\u00a0000", "70000"),
    ("1.500.000", "1500000"), ("1,234.56", "1234.56"), ("1.234,56", "1234.56"),
    ("57,5", "57.5"), ("57.5", "57.5"), ("57.50", "57.5"), ("2024", "2024"), ("0.5", "0.5"),
    ("007", "7"), ("0", "0"),
])
def test_normalize_number(raw, norm):
    assert normalize_number(raw) == norm


def test_extract_numbers_across_locales():
    assert extract_numbers("In 2024, 57 percent of 70'000 inmates.") == ["2024", "57", "70000"]
    assert extract_numbers("En 2024, 57 % de 70 000 détenus.") == ["2024", "57", "70000"]
    assert extract_numbers("Im Jahr 2024 sassen 70.000 Menschen, 57,5 Prozent.") == ["2024", "70000", "57.5"]
    assert extract_numbers("MS-13 and 3.5") == ["3.5"]


def test_extract_names_skips_sentence_starts():
    assert extract_names("President Nayib Bukule offers his prison to the USA.") == ["Nayib", "Bukule", "USA"]
    assert extract_names("He met Rubio. Then he left.") == ["Rubio"]
    assert "MS-13" in extract_names("Members of MS-13 were named.")
    assert extract_names("USA and CNN reported.")[0] == "USA"  # sentence-initial acronyms are names


# ----------------------------------------------------------------------------- units

def test_pair_units_compose_many_to_one():
    src = make_doc("s", "de", "source", ["A. B. C."])
    t = make_doc("t", "en", "target", ["a. b. c."])
    r = make_doc("r", "en", "reference", ["x. y. z."])
    at = Alignment("s", "t", [Bead([0, 1], [0]), Bead([2], [1, 2])])
    ar = Alignment("s", "r", [Bead([0], [0]), Bead([1], [1]), Bead([2], [2])])
    units = pair_units(t, r, src, [at, ar])
    assert [(u.a, u.b, u.source) for u in units] == [([0], [0, 1], [0, 1]), ([1, 2], [2], [2])]


def test_pair_units_insertions_and_omissions_stay_in_order():
    src = make_doc("s", "de", "source", ["A. B. C."])
    t = make_doc("t", "en", "target", ["a. extra. b. c."])
    r = make_doc("r", "en", "reference", ["x. z."])
    at = Alignment("s", "t", [Bead([0], [0]), Bead([], [1]), Bead([1], [2]), Bead([2], [3])])
    ar = Alignment("s", "r", [Bead([0], [0]), Bead([1], []), Bead([2], [1])])
    units = pair_units(t, r, src, [at, ar])
    assert [(u.a, u.b) for u in units] == [([0], [0]), ([1], []), ([2], []), ([3], [1])]


def test_pair_units_with_the_source_itself():
    src, tgt, fr, ref = article_docs()
    als = article_alignments(src, tgt, fr, ref)
    units = pair_units(src, tgt, src, als)
    assert [u.a for u in units if u.a] == [[i] for i in range(len(src.segments))]
    assert any(u.b == [5] and not u.a for u in units)  # the inserted "Show more"


def test_pair_units_none_without_alignment():
    src, tgt, fr, ref = article_docs()
    assert pair_units(tgt, ref, src, []) is None


@st.composite
def monotonic_beads(draw, n_src: int):
    """A random monotonic alignment of n_src source sentences to some other sentences."""
    beads, i, j = [], 0, 0
    while i < n_src:
        kind = draw(st.sampled_from(["1-1", "1-1", "2-1", "1-2", "1-0", "0-1", "2-2", "3-1"]))
        a, b = (int(x) for x in kind.split("-"))
        a = min(a, n_src - i)
        if a == 0 and b == 0:
            continue
        beads.append(Bead(list(range(i, i + a)), list(range(j, j + b))))
        i, j = i + a, j + b
    if draw(st.booleans()):
        beads.append(Bead([], [j]))
        j += 1
    return beads, j


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_units_partition_both_sides_into_contiguous_ordered_chunks(data):
    n_src = data.draw(st.integers(1, 12))
    bt, nt = data.draw(monotonic_beads(n_src))
    br, nr = data.draw(monotonic_beads(n_src))
    src = make_doc("s", "de", "source", [" ".join(f"S{i}." for i in range(n_src))])
    t = make_doc("t", "en", "target", [" ".join(f"T{i}." for i in range(nt))] if nt else [])
    r = make_doc("r", "en", "reference", [" ".join(f"R{i}." for i in range(nr))] if nr else [])
    units = pair_units(t, r, src, [Alignment("s", "t", bt), Alignment("s", "r", br)])
    for side, n in (("a", nt), ("b", nr)):
        seq = [i for u in units for i in getattr(u, side)]
        assert seq == list(range(n)), (side, seq)  # every sentence once, in reading order
        for u in units:
            idx = getattr(u, side)
            assert idx == list(range(idx[0], idx[0] + len(idx))) if idx else True
    assert all(u.a or u.b for u in units)


def test_nway_rows_cover_every_version():
    src, tgt, fr, ref = article_docs()
    rows = nway_rows([src, tgt, fr, ref], article_alignments(src, tgt, fr, ref))
    for d in (src, tgt, fr, ref):
        assert [i for r in rows for i in r[d.path]] == list(range(len(d.segments)))
    assert rows[5] == {src.path: [], tgt.path: [5], fr.path: [], ref.path: []}


def test_nway_rows_without_source():
    d = make_doc("t", "en", "target", ["A. B."])
    assert nway_rows([d], []) == [{"t": [0]}, {"t": [1]}]


# ----------------------------------------------------------------------------- reference metrics

def _pair(target_paras, ref_paras, src_paras=None):
    src_paras = src_paras or ["Q1. Q2. Q3."]
    src = make_doc("s", "de", "source", src_paras)
    t = make_doc("t", "en", "target", target_paras)
    r = make_doc("r", "en", "reference", ref_paras)
    return src, t, r


def test_identical_texts_score_perfectly():
    text = ["The cat sat on the mat. The dog barked at the mailman. It rained all day in the city."]
    src, t, r = _pair(text, text)
    als = [one_to_one(src, t), one_to_one(src, r)]
    ms = {m.name: m for m in reference_metrics(t, r, src, als)}
    assert set(ms) == {"BLEU", "chrF", "TER"}
    assert ms["BLEU"].score == pytest.approx(100.0)
    assert ms["chrF"].score == pytest.approx(100.0)
    assert ms["TER"].score == pytest.approx(0.0)
    for m in ms.values():
        assert m.signature.startswith("nrefs:1|") and "version:" in m.signature
        assert m.document == "t" and m.reference == "r" and m.ci is None
        assert m.segments == pytest.approx([100.0, 100.0, 100.0] if m.name != "TER" else [0.0, 0.0, 0.0])


def test_document_level_counts_unaligned_additions_segment_level_skips_them():
    src, t, r = _pair(["The cat sat on the mat. Show more. The dog barked at the mailman. It rained all day."],
                      ["The cat sat on the mat. The dog barked at the mailman. It rained all day."])
    als = [one_to_one(src, t, inserted=[1]), one_to_one(src, r)]
    ms = {m.name: m for m in reference_metrics(t, r, src, als)}
    assert len(ms["BLEU"].segments) == 3 and all(s == pytest.approx(100.0) for s in ms["BLEU"].segments)
    assert ms["BLEU"].score < 100.0
    assert ms["TER"].score > 0.0


def test_confidence_intervals_are_reproducible():
    paras = ["The cat sat on the mat. The dog barked at the mailman. It rained all day in the city."]
    refs = ["A cat sat on the mat. The dog barked at a postman. It rained the whole day in town."]
    src, t, r = _pair(paras, refs)
    als = [one_to_one(src, t), one_to_one(src, r)]
    a = reference_metrics(t, r, src, als, confidence=True)
    b = reference_metrics(t, r, src, als, confidence=True)
    for m, n in zip(a, b):
        assert m.ci is not None and m.ci == n.ci
        assert m.ci[0] <= m.ci[1]
        assert "bs:1000" in m.signature and "seed:" in m.signature


def test_reference_metrics_without_source_compare_whole_texts():
    t = make_doc("t", "en", "target", ["The cat sat. The dog ran."])
    r = make_doc("r", "en", "reference", ["The cat sat. The dog ran."])
    ms = reference_metrics(t, r, None, [])
    assert ms[0].score == pytest.approx(100.0) and ms[0].segments == []


# ----------------------------------------------------------------------------- consistency

def test_matrix_has_a_row_per_pair_in_role_order():
    src, tgt, fr, ref = article_docs()
    rows = consistency_matrix([ref, tgt, fr, src], article_alignments(src, tgt, fr, ref))
    assert [(r["a"], r["b"]) for r in rows] == [
        (src.path, tgt.path), (src.path, fr.path), (src.path, ref.path),
        (tgt.path, fr.path), (tgt.path, ref.path), (fr.path, ref.path)]
    for r in rows:
        assert set(r) == {"a", "b", "coverage", "entities", "numbers", "terminology", "similarity"}
        assert r["terminology"] is None and r["similarity"] is None  # no glossary, test aligner


def test_matrix_values():
    src, tgt, fr, ref = article_docs()
    rows = {(r["a"], r["b"]): r for r in consistency_matrix([src, tgt, fr, ref],
                                                            article_alignments(src, tgt, fr, ref))}
    st_ = rows[(src.path, tgt.path)]
    assert st_["coverage"] == [1.0, round(6 / 7, 4)]  # "Show more" has no source
    assert st_["numbers"] == 0.5  # 57 → 75; 40.000 → 40,000 agrees
    assert rows[(src.path, fr.path)]["numbers"] == 1.0  # 40.000 ~ 40 000
    tf = rows[(tgt.path, fr.path)]
    assert tf["coverage"] == [round(6 / 7, 4), 1.0]  # composed through the source
    # the target's misspelt "Bukule" has no counterpart: entity agreement below the reference's
    assert rows[(src.path, tgt.path)]["entities"] < rows[(src.path, ref.path)]["entities"] == 1.0


def test_matrix_version_without_alignment():
    src, tgt, fr, ref = article_docs()
    als = article_alignments(src, tgt, fr, ref)[:1]
    rows = {(r["a"], r["b"]): r for r in consistency_matrix([src, tgt, fr], als)}
    assert rows[(src.path, fr.path)]["coverage"] is None and rows[(src.path, fr.path)]["entities"] is None


def test_terminology_agreement():
    src = make_doc("s", "de", "source", ["Das Abkommen gilt. Das Abkommen endet."])
    t = make_doc("t", "en", "target", ["The deal applies. The agreement ends."])
    units = pair_units(src, t, src, [one_to_one(src, t)])
    gl = _glossary_terms([{"de": "Abkommen", "en": "deal"}])
    assert gl == [{"de": ["Abkommen"], "en": ["deal"]}]
    assert _terminology_agreement(src, t, units, gl) == 0.5
    assert _terminology_agreement(src, t, units, None) is None


@pytest.mark.parametrize("glossary", [
    {"Abkommen": {"de": "Abkommen", "en": "deal|accord"}},
    [{"de": ["Abkommen"], "en": ["deal", "accord"], "note": "x"}],
    {"de": "Abkommen", "en": ["deal", "accord"]},
])
def test_glossary_shapes(glossary):
    assert _glossary_terms(glossary) == [{"de": ["Abkommen"], "en": ["deal", "accord"]}]


# ----------------------------------------------------------------------------- scorecard

def test_build_scorecard_accepts_dict_or_list_of_alignments():
    src, tgt, fr, ref = article_docs()
    als = article_alignments(src, tgt, fr, ref)
    fs = article_findings(src, tgt, fr, ref)
    a = build_scorecard([src, tgt, fr, ref], als, fs, Cfg())
    b = build_scorecard([src, tgt, fr, ref], {x.other: x for x in als}, fs, Cfg())
    assert a.to_dict() == b.to_dict()
    assert list(a.quality) == [tgt.path]
    assert [m.name for m in a.metrics] == ["BLEU", "chrF", "TER"]
    assert len(a.consistency) == 6


def test_build_scorecard_single_version():
    d = words_doc(50)
    card = build_scorecard([d], {}, [], Cfg())
    assert card.metrics == [] and card.consistency == [] and card.quality[d.path]["score"] == 100.0


def test_build_scorecard_confidence_flag():
    src, tgt, fr, ref = article_docs()
    card = build_scorecard([src, tgt, fr, ref], article_alignments(src, tgt, fr, ref), [], Cfg(),
                           confidence=True, consistency=False)
    assert all(m.ci is not None for m in card.metrics) and card.consistency == []


def test_severity_enum_used_for_counts():
    d = words_doc(10)
    q = quality(d, [make_finding(d, "word", "A001", Severity.CRITICAL)], 90)
    assert q["counts"]["critical"] == 1


def test_bootstrap_seed_is_pinned_and_restored(monkeypatch):
    import os

    paras = ["The cat sat on the mat. The dog barked at the mailman. It rained all day in the city."]
    refs = ["A cat sat on the mat. The dog barked at a postman. It rained the whole day in town."]
    src, t, r = _pair(paras, refs)
    als = [one_to_one(src, t), one_to_one(src, r)]
    base = reference_metrics(t, r, src, als, confidence=True)
    monkeypatch.setenv("SACREBLEU_SEED", "777")
    again = reference_metrics(t, r, src, als, confidence=True)
    assert [m.ci for m in again] == [m.ci for m in base]
    assert "seed:12345" in again[0].signature
    assert os.environ["SACREBLEU_SEED"] == "777"
