"""Hand-built Reports for reporter and score tests.

Nothing here runs the pipeline, the segmenter, the aligner or any rule: documents are
split by this module's own trivial rules and findings are constructed directly, so the
reporter tests do not move when those parts change.
"""

from __future__ import annotations

import re
from typing import Sequence

from mtcheck.model import (Alignment, Bead, Document, Evidence, Finding, Metric, Paragraph, Report, Segment,
                           Severity, sort_findings)

_SENT = re.compile(r"(?<=[.!?])\s+(?=\S)")


def make_doc(path: str, lang: str | None, role: str, paragraphs: Sequence[str | tuple[str, str]], *,
             raw: str | None = None, title: str = "", scope: str = "full", origin: str = "") -> Document:
    """A Document with paragraphs (text or (kind, text)) split into sentences at . ! ?"""
    parts: list[str] = []
    paras: list[Paragraph] = []
    segs: list[Segment] = []
    pos = 0
    for pi, p in enumerate(paragraphs):
        kind, ptext = ("body", p) if isinstance(p, str) else p
        if parts:
            parts.append("\n\n")
            pos += 2
        start = pos
        parts.append(ptext)
        pos += len(ptext)
        paras.append(Paragraph(pi, kind, start, pos))
        off = 0
        for sent in _SENT.split(ptext):
            i = ptext.index(sent, off)
            segs.append(Segment(len(segs), pi, kind, start + i, start + i + len(sent), sent))
            off = i + len(sent)
    text = "".join(parts)
    return Document(path=path, lang=lang, role=role, text=text, raw=raw or text, paragraphs=paras,
                    segments=segs, title=title, scope=scope, origin=origin)


def sentence_doc(path: str, lang: str, role: str, sentences: Sequence[str]) -> Document:
    """A Document with one paragraph and one segment per item (no sentence splitting)."""
    text = "\n\n".join(sentences)
    d = Document(path=path, lang=lang, role=role, text=text)
    pos = 0
    for i, s in enumerate(sentences):
        d.paragraphs.append(Paragraph(i, "body", pos, pos + len(s)))
        d.segments.append(Segment(i, i, "body", pos, pos + len(s), s))
        pos += len(s) + 2
    return d


def make_finding(doc: Document, needle: str, code: str, severity: str | Severity, *,
                 name: str | None = None, category: str = "Accuracy/Mistranslation",
                 message: str | None = None, occurrence: int = 0,
                 evidence: Sequence[Evidence] = (), suggestion: str | None = None,
                 artefact: str = "", suppressed: bool = False, bead: int | None = None) -> Finding:
    """A finding on the ``occurrence``-th occurrence of ``needle`` in ``doc.text``
    (an empty needle → a zero-width finding at the start of the document)."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(needle, start + 1)
    end = start + len(needle)
    rs, re_ = doc.raw_span(start, end)
    line, col = doc.line_col(rs)
    seg = doc.segment_at(start)
    return Finding(code=code, name=name or f"rule-{code.lower()}", category=category,
                   severity=Severity.parse(severity), message=message or f"{code} flags {needle!r}",
                   document=doc.path, span=(rs, re_), line=line, column=col, text=doc.raw[rs:re_],
                   evidence=list(evidence), suggestion=suggestion, artefact=artefact,
                   segment=seg.index if seg else None, paragraph=seg.paragraph if seg else None,
                   bead=bead, text_span=(start, end), suppressed=suppressed)


def one_to_one(source: Document, other: Document, extra: dict[int, list[int]] | None = None,
               inserted: Sequence[int] = ()) -> Alignment:
    """1-1 beads in order; ``extra`` merges further other-side sentences into a source
    sentence's bead; ``inserted`` other-side sentences get beads with an empty source."""
    extra = extra or {}
    taken = {j for v in extra.values() for j in v} | set(inserted)
    free = [j for j in range(len(other.segments)) if j not in taken]
    beads: list[Bead] = []
    for i in range(len(source.segments)):
        tgt = ([free.pop(0)] if free else []) + extra.get(i, [])
        beads.append(Bead([i], sorted(tgt)))
    for j in inserted:  # place insertions after the bead holding j-1
        pos = next((k + 1 for k, b in enumerate(beads) if j - 1 in b.target), 0)
        beads.insert(pos, Bead([], [j]))
    return Alignment(source.path, other.path, beads, method="test")


# --------------------------------------------------------------------------- the article

SOURCE_DE = [
    ("headline", "El Salvador will US-Häftlinge aufnehmen"),
    ("lead", "Präsident Nayib Bukele bietet den USA sein Gefängnis an. Die Mordrate sank um 57 Prozent."),
    "Das Gefängnis CECOT fasst 40.000 Häftlinge. Marco Rubio lobte das Abkommen.",
    "Menschenrechtsorganisationen kritisieren die Haftbedingungen.",
]
TARGET_EN = [
    ("headline", "El Salvador wants to take in US prisoners"),
    ("lead", "President Nayib Bukule offers his prison to the USA. The murder rate fell by 75 percent."),
    "The CECOT prison holds 40,000 inmates. Marco Rubio praised the agreement. Show more",
    "Human rights organizations criticize the detention conditions.",
]
PARALLEL_FR = [
    ("headline", "Le Salvador veut accueillir des détenus américains"),
    ("lead", "Le président Nayib Bukele offre sa prison aux États-Unis. Le taux d'homicides a baissé de 57 pour cent."),
    "La prison CECOT compte 40 000 détenus. Marco Rubio a salué l'accord.",
    "Les organisations de défense des droits humains critiquent les conditions de détention.",
]
REFERENCE_EN = [
    ("headline", "El Salvador wants to take in US prisoners"),
    ("lead", "President Nayib Bukele is offering his prison to the US. The murder rate fell by 57 percent."),
    "The CECOT prison holds 40,000 inmates. Marco Rubio praised the deal.",
    "Human rights groups criticize the conditions of detention.",
]

FIXED_METRICS = [
    Metric("BLEU", 41.23, "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0",
           "article.en.txt", "reference.en.txt", ci=(35.1, 47.9), segments=[100.0, 30.5, 48.2, 12.9]),
    Metric("chrF", 67.89, "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0",
           "article.en.txt", "reference.en.txt", segments=[100.0, 60.1, 70.2, 45.3]),
    Metric("TER", 38.46, "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0",
           "article.en.txt", "reference.en.txt", segments=[0.0, 40.0, 33.3, 50.0]),
]


class _Cfg:
    quality_threshold = 90.0
    glossary = None


def article_docs() -> tuple[Document, Document, Document, Document]:
    src = make_doc("source.de.html", "de", "source", SOURCE_DE, title="El Salvador will US-Häftlinge aufnehmen")
    tgt = make_doc("article.en.txt", "en", "target", TARGET_EN)
    fr = make_doc("parallel.fr.html", "fr", "parallel", PARALLEL_FR)
    ref = make_doc("reference.en.txt", "en", "reference", REFERENCE_EN)
    return src, tgt, fr, ref


def article_alignments(src, tgt, fr, ref) -> list[Alignment]:
    # target sentence 5 ("Show more") is an insertion with no source
    return [one_to_one(src, tgt, inserted=[5]), one_to_one(src, fr), one_to_one(src, ref)]


def article_findings(src, tgt, fr, ref) -> list[Finding]:
    return [
        make_finding(tgt, "Bukule", "N001", "major", name="name-near-miss", category="Accuracy/Mistranslation",
                     message="Name “Bukule” differs from “Bukele” in every other version",
                     evidence=[Evidence(src.path, src.segments[1].text, "de", "source"),
                               Evidence(fr.path, fr.segments[1].text, "fr", "parallel")],
                     suggestion="Bukele", artefact="misspelled-name", bead=1),
        make_finding(tgt, "75", "D001", "critical", name="number-mismatch", category="Accuracy/Mistranslation",
                     message="Number 75 does not match 57 in the source",
                     evidence=[Evidence(src.path, src.segments[2].text, "de", "source")],
                     suggestion="57", artefact="wrong-number", bead=2),
        make_finding(tgt, "Show more", "F003", "minor", name="leaked-ui-label", category="Markup/Boilerplate",
                     message="UI label “Show more” leaked into the copy", artefact="leaked-ui", bead=5),
        make_finding(tgt, "organizations", "S201", "neutral", name="spelling-variant", category="Locale convention/Spelling",
                     message="US spelling “organizations” (house style may prefer “organisations”)",
                     artefact="spelling-variant", bead=6),
        make_finding(tgt, "his prison", "S105", "minor", name="comma-style", category="Fluency/Punctuation",
                     message="Punctuation style differs from the house style", artefact="punctuation"),
        make_finding(tgt, "agreement", "T001", "minor", name="term-not-glossary", category="Terminology/Wrong term",
                     message="“agreement” where the glossary requires “deal”", suppressed=True,
                     suggestion="deal", artefact="terminology"),
    ]


def article_report(*, metrics: bool = True, fail_on: Severity = Severity.MAJOR) -> Report:
    """The hand-built article: de source, en target under test, fr parallel, en reference."""
    from mtcheck.score import build_scorecard

    src, tgt, fr, ref = article_docs()
    als = article_alignments(src, tgt, fr, ref)
    findings = sort_findings(article_findings(src, tgt, fr, ref))
    docs = [src, tgt, fr, ref]
    card = build_scorecard(docs, als, findings, _Cfg(), metrics=False)
    if metrics:
        card.metrics = list(FIXED_METRICS)
    rules = sorted({(f.code, f.name, f.category, f.severity.label, f.artefact) for f in findings})
    return Report(
        article={"id": "test-article", "title": "El Salvador wants to take in US prisoners", "date": "2025-02-04"},
        documents=docs, alignments=als, findings=findings, scorecard=card,
        signature="mtcheck:0.1.0|rules:6:abcdef12|seg:test|align:test|langid:test",
        version="0.1.0", fail_on=fail_on,
        rules=[{"code": c, "name": n, "category": cat, "severity": s, "artefact": a,
                "summary": f"What {c} ({n}) checks.", "family": "test"} for c, n, cat, s, a in rules],
    )


# --------------------------------------------------------------------------- hostile input

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'


def xss_report() -> Report:
    """A Report whose text, messages, evidence, paths and metadata carry markup that must
    render as text (and never run)."""
    src = make_doc("source.de.html", "de", "source", [f"Er sagte {XSS_SCRIPT} heute.", f"Dann {XSS_IMG} kam er."])
    tgt = make_doc('evil"<b>.en.txt', "en", "target", [f"He said {XSS_SCRIPT} today.", f"Then {XSS_IMG} he came."])
    als = [one_to_one(src, tgt)]
    findings = [
        make_finding(tgt, XSS_SCRIPT, "X001", "major", name="markup-<script>", category="Markup/Tags",
                     message=f"Markup in copy: {XSS_SCRIPT}", suggestion=XSS_IMG,
                     evidence=[Evidence(src.path, src.segments[0].text, "de", XSS_IMG)]),
        make_finding(tgt, XSS_IMG, "X002", "minor", name="markup-img", category="Markup/Tags",
                     message=f"Image tag {XSS_IMG}"),
    ]

    class Cfg:
        quality_threshold = 90.0
        glossary = None

    from mtcheck.score import build_scorecard
    card = build_scorecard([src, tgt], als, findings, Cfg(), metrics=False)
    return Report(article={"id": "xss", "title": f"Title {XSS_SCRIPT}"}, documents=[src, tgt], alignments=als,
                  findings=sort_findings(findings), scorecard=card, signature=f"sig {XSS_IMG}",
                  version="0.1.0", rules=[{"code": "X001", "name": "markup", "category": "Markup/Tags",
                                           "severity": "major", "summary": XSS_SCRIPT}])


# --------------------------------------------------------------------------- the real article set

CECOT = __import__("pathlib").Path(__file__).resolve().parent.parent / "corpora" / "cecot-2025-02-04"


@__import__("functools").lru_cache(maxsize=1)
def _cecot() -> Report:
    import os

    import mtcheck
    rel = os.path.relpath(CECOT)  # as a user types it from the repository root: paths stay short
    return mtcheck.compare_set(CECOT if rel.startswith("..") else rel)


def cecot_report() -> Report:
    """The CECOT article set through the whole pipeline (computed once per test session);
    skips the calling test while a pipeline stage is still missing."""
    import pytest

    try:
        return _cecot()
    except ImportError as e:  # segment / langid / align / a rule family not there yet
        pytest.skip(f"pipeline incomplete: {e}")
