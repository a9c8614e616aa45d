"""A read-only view of a Report shared by the terminal and HTML renderers: version
labels, alignment look-ups and which findings fall in which sentence.  Built once per
render; it only indexes the result model, it never recomputes anything."""

from __future__ import annotations

from typing import Sequence

from ..model import Document, Finding, Report, Segment

ROLE_SHORT = {"source": "src", "target": "tgt", "parallel": "par", "reference": "ref"}


def labels(docs: Sequence[Document]) -> dict[str, str]:
    """Short, unique labels: 'tgt en', 'par fr', 'par fr 2'."""
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    for d in docs:
        base = f"{ROLE_SHORT.get(d.role, d.role[:3])} {d.lang or '?'}"
        seen[base] = seen.get(base, 0) + 1
        out[d.path] = base if seen[base] == 1 else f"{base} {seen[base]}"
    return out


class ReportView:
    """Lookups over the report, built once per render."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.docs = {d.path: d for d in report.documents}
        self.labels = labels(report.documents)
        self.source = next((d for d in report.documents if d.role == "source"), None)
        self.target = next((d for d in report.documents if d.role == "target"), None)
        self.als = {a.other: a for a in report.alignments}
        self.active = report.active_findings()
        self.by_doc: dict[str, list[Finding]] = {}
        for f in self.active:
            if f.text_span is not None:
                self.by_doc.setdefault(f.document, []).append(f)

    def segment_of(self, f: Finding) -> Segment | None:
        d = self.docs.get(f.document)
        if d is None or not d.segments:
            return None
        if f.segment is not None and 0 <= f.segment < len(d.segments):
            return d.segments[f.segment]
        if f.text_span is not None:
            return d.segment_at(f.text_span[0]) or d.segment_at(max(f.text_span[0] - 1, 0))
        return None

    def counterparts(self, f: Finding) -> list[tuple[Document, list[Segment]]]:
        """The source sentences aligned with the finding's sentence (and for a finding in
        the source, the target's)."""
        d = self.docs.get(f.document)
        seg = self.segment_of(f)
        if d is None or seg is None or self.source is None:
            return []
        if d is self.source:
            if self.target is None or self.target.path not in self.als:
                return []
            al = self.als[self.target.path]
            idx = sorted({t for b in al.beads if seg.index in b.source for t in b.target})
            return [(self.target, [self.target.segments[i] for i in idx if i < len(self.target.segments)])]
        al = self.als.get(d.path)
        if al is None:
            return []
        beads = al.beads
        if f.bead is not None and d is self.target and 0 <= f.bead < len(beads) and seg.index in beads[f.bead].target:
            src_idx = beads[f.bead].source
        else:
            src_idx = sorted({s for b in beads if seg.index in b.target for s in b.source})
        return [(self.source, [self.source.segments[i] for i in src_idx if i < len(self.source.segments)])]

    def findings_in(self, doc: Document, seg: Segment) -> list[Finding]:
        out = []
        for f in self.by_doc.get(doc.path, ()):
            s, e = f.text_span
            if (seg.start <= s < seg.end) or (s == e == seg.end and self.segment_of(f) is seg) \
                    or (s < seg.end and e > seg.start):
                out.append(f)
        return out
