"""The one data model every stage shares: documents, segments, beads, findings, scorecards.

Stages add to it and never reach back upstream; reporters only render it.  Everything
serialises to plain JSON (``to_dict``) so the terminal, HTML and machine reports all
render the same result, never recompute it.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import asdict, dataclass, field
from enum import IntEnum
from typing import Any, Iterable, Sequence

ROLES = ("source", "target", "parallel", "reference")

# Structural kinds a paragraph may carry when the input tells them (HTML, Markdown).
KINDS = (
    "headline", "lead", "body", "subheading", "caption", "credit",
    "embed", "byline", "summary", "ui", "metadata", "quote",
)


class Severity(IntEnum):
    """Alert levels, ordered so ``finding.severity >= Severity.MAJOR`` reads naturally."""

    NEUTRAL = 0
    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected one of: "
                + ", ".join(s.label for s in cls) + ")"
            ) from None


# MQM-style penalty points per severity (Freitag et al. 2021 weights).
PENALTY = {Severity.NEUTRAL: 0.0, Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 25.0}


@dataclass
class Paragraph:
    index: int
    kind: str
    start: int  # offsets into Document.text
    end: int


@dataclass
class Segment:
    """A sentence (or headline, caption ...) with offsets into its document's text."""

    index: int
    paragraph: int
    kind: str
    start: int
    end: int
    text: str


@dataclass
class Document:
    """One version of an article.

    ``text`` is the normalised plain text the pipeline works on; ``raw`` is the file as
    decoded (before any normalisation, for HTML the markup itself) and ``offsets[i]``
    the position in ``raw`` of ``text[i]``, so findings can point back into the file.
    """

    path: str
    lang: str | None
    role: str
    text: str
    raw: str = ""
    offsets: Sequence[int] | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    origin: str = ""
    title: str = ""
    scope: str = "full"  # "full" or "embed": a version that covers only part of the article
    lang_detected: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.raw:
            self.raw = self.text
        self._line_starts: list[int] | None = None
        # segment_at's start offsets, with the segment list they were read from
        self._seg_starts: tuple[list[Segment], list[int]] | None = None

    # -- offsets ---------------------------------------------------------------
    def raw_offset(self, pos: int) -> int:
        """Map an offset into ``text`` to one into ``raw``."""
        if self.offsets is None:
            return pos
        if pos >= len(self.text):
            return self.offsets[len(self.text)] if len(self.offsets) > len(self.text) else len(self.raw)
        return self.offsets[pos]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        if end <= start:
            s = self.raw_offset(start)
            return s, s
        # end is exclusive: map the last character and step past it in the raw text
        last = self.raw_offset(end - 1)
        return self.raw_offset(start), last + _raw_char_len(self.raw, last, self.text[end - 1])

    def line_col(self, raw_pos: int) -> tuple[int, int]:
        """1-based line and column of a raw offset."""
        if self._line_starts is None:
            starts = [0]
            raw = self.raw
            i = raw.find("\n")
            while i != -1:
                starts.append(i + 1)
                i = raw.find("\n", i + 1)
            self._line_starts = starts
        line = bisect.bisect_right(self._line_starts, raw_pos) - 1
        return line + 1, raw_pos - self._line_starts[line] + 1

    # -- structure -------------------------------------------------------------
    def paragraph_breaks(self) -> list[int]:
        """Indices of segments that start a new paragraph (for the aligner)."""
        out, last = [], None
        for seg in self.segments:
            if seg.paragraph != last:
                out.append(seg.index)
                last = seg.paragraph
        return out

    def segment_at(self, pos: int) -> Segment | None:
        # the start list is kept while the segment list is the same one (rules ask often)
        cache = self._seg_starts
        if cache is None or cache[0] is not self.segments or len(cache[1]) != len(self.segments):
            cache = self._seg_starts = (self.segments, [s.start for s in self.segments])
        starts = cache[1]
        i = bisect.bisect_right(starts, pos) - 1
        if 0 <= i < len(self.segments) and self.segments[i].start <= pos < max(self.segments[i].end, pos + 1):
            return self.segments[i]
        return None

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path, "lang": self.lang, "lang_detected": self.lang_detected,
            "role": self.role, "origin": self.origin, "title": self.title, "scope": self.scope,
            "words": self.words,
        }
        if include_text:
            d["text"] = self.text
            d["paragraphs"] = [asdict(p) for p in self.paragraphs]
            d["segments"] = [asdict(s) for s in self.segments]
        return d


def _raw_char_len(raw: str, raw_pos: int, ch: str) -> int:
    """How many raw characters the normalised character at raw_pos came from (>= 1)."""
    import unicodedata

    if raw_pos >= len(raw):
        return 0
    if raw.startswith("\r\n", raw_pos):
        return 2
    if raw[raw_pos] == "&" and ch != "&" or raw.startswith(("&amp;", "&#"), raw_pos):
        # an HTML character reference: step to its ';'
        semi = raw.find(";", raw_pos, raw_pos + 12)
        if semi != -1:
            return semi - raw_pos + 1
    n = 1
    # a character composed by NFC from a base and combining marks spans all of them
    while raw_pos + n < len(raw) and unicodedata.combining(raw[raw_pos + n]):
        n += 1
    return n


@dataclass
class Bead:
    """One alignment unit: source sentence indices ↔ target sentence indices."""

    source: list[int]
    target: list[int]
    score: float | None = None

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"source": self.source, "target": self.target}
        if self.score is not None:
            d["score"] = round(self.score, 4)
        return d


@dataclass
class Alignment:
    """Beads aligning ``other`` (a version's path) to ``source`` (the source's path)."""

    source: str
    other: str
    beads: list[Bead]
    method: str = ""

    def target_to_bead(self) -> dict[int, int]:
        return {t: i for i, b in enumerate(self.beads) for t in b.target}

    def source_to_bead(self) -> dict[int, int]:
        return {s: i for i, b in enumerate(self.beads) for s in b.source}

    def coverage(self) -> tuple[float, float]:
        """Share of source and of other-side sentences that found a counterpart."""
        ns = sum(len(b.source) for b in self.beads)
        nt = sum(len(b.target) for b in self.beads)
        cs = sum(len(b.source) for b in self.beads if b.target)
        ct = sum(len(b.target) for b in self.beads if b.source)
        return (cs / ns if ns else 1.0, ct / nt if nt else 1.0)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "other": self.other, "method": self.method,
                "beads": [b.to_dict() for b in self.beads]}


@dataclass
class Evidence:
    """What another version (or another place in the same one) says."""

    document: str
    text: str
    lang: str | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "lang": self.lang, "text": self.text, "note": self.note}


@dataclass
class Finding:
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    document: str
    span: tuple[int, int]  # raw offsets into the document's decoded file text
    line: int = 1
    column: int = 1
    text: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    suggestion: str | None = None
    artefact: str = ""  # artefact class (e.g. misspelled-name, leaked-credit)
    segment: int | None = None
    paragraph: int | None = None
    bead: int | None = None
    text_span: tuple[int, int] | None = None  # offsets into the normalised text (for renderers)
    suppressed: bool = False

    @property
    def fingerprint(self) -> str:
        """Stable across runs and small edits elsewhere in the file (for baselines, SARIF)."""
        h = hashlib.sha1(f"{self.code}\x00{self.document}\x00{self.text}\x00{self.message}".encode())
        return h.hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "name": self.name, "category": self.category,
            "severity": self.severity.label, "message": self.message,
            "document": self.document,
            "span": {"start": self.span[0], "end": self.span[1]},
            "line": self.line, "column": self.column, "text": self.text,
            "evidence": [e.to_dict() for e in self.evidence],
            "suggestion": self.suggestion, "artefact": self.artefact,
            "segment": self.segment, "paragraph": self.paragraph, "bead": self.bead,
            "text_span": list(self.text_span) if self.text_span else None,
            "fingerprint": self.fingerprint, "suppressed": self.suppressed,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Finding":
        return cls(
            code=d["code"], name=d["name"], category=d["category"],
            severity=Severity.parse(d["severity"]), message=d["message"],
            document=d["document"], span=(d["span"]["start"], d["span"]["end"]),
            line=d.get("line", 1), column=d.get("column", 1), text=d.get("text", ""),
            evidence=[Evidence(**e) for e in d.get("evidence", [])],
            suggestion=d.get("suggestion"), artefact=d.get("artefact", ""),
            segment=d.get("segment"), paragraph=d.get("paragraph"), bead=d.get("bead"),
            text_span=tuple(d["text_span"]) if d.get("text_span") else None,
            suppressed=bool(d.get("suppressed", False)),
        )


@dataclass
class Metric:
    """A reference-based score with the sacrebleu signature that reproduces it."""

    name: str
    score: float
    signature: str
    document: str
    reference: str
    ci: tuple[float, float] | None = None
    segments: list[float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "score": round(self.score, 2), "signature": self.signature,
                "document": self.document, "reference": self.reference,
                "ci": list(self.ci) if self.ci else None,
                "segments": [round(s, 2) for s in self.segments] if self.segments is not None else None}


@dataclass
class Scorecard:
    """Quality (MQM-style), reference metrics and the version × version consistency matrix."""

    quality: dict[str, dict[str, Any]] = field(default_factory=dict)  # per document path
    metrics: list[Metric] = field(default_factory=list)
    consistency: list[dict[str, Any]] = field(default_factory=list)  # one row per version pair

    def to_dict(self) -> dict[str, Any]:
        return {"quality": self.quality, "metrics": [m.to_dict() for m in self.metrics],
                "consistency": self.consistency}


SCHEMA_VERSION = "1.0"


@dataclass
class Report:
    """Everything a run produced; every reporter renders this and nothing else."""

    article: dict[str, Any]
    documents: list[Document]
    alignments: list[Alignment]
    findings: list[Finding]
    scorecard: Scorecard
    signature: str
    version: str
    fail_on: Severity = Severity.MAJOR
    rules: list[dict[str, Any]] = field(default_factory=list)  # meta of the rules that ran

    def active_findings(self) -> list[Finding]:
        return [f for f in self.findings if not f.suppressed]

    def counts(self) -> dict[str, int]:
        out = {s.label: 0 for s in sorted(Severity, reverse=True)}
        for f in self.active_findings():
            out[f.severity.label] += 1
        return out

    @property
    def failed(self) -> bool:
        return any(f.severity >= self.fail_on for f in self.active_findings())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": f"mtcheck-report/{SCHEMA_VERSION}",
            "version": self.version,
            "signature": self.signature,
            "article": self.article,
            "fail_on": self.fail_on.label,
            "failed": self.failed,
            "counts": self.counts(),
            "documents": [d.to_dict() for d in self.documents],
            "alignments": [a.to_dict() for a in self.alignments],
            "findings": [f.to_dict() for f in self.findings],
            "scorecard": self.scorecard.to_dict(),
            "rules": self.rules,
        }


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Stable, deterministic order: by document, position, then rule code."""
    return sorted(findings, key=lambda f: (f.document, f.span[0], f.span[1], f.code, f.message))
