"""What a rule sees: the target version, the source, the other versions, their
alignments to the source, and shared document-level indexes (built once, cached)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Iterable, Iterator, TYPE_CHECKING

from ..load.normalize import clean_in_place, needs_cleaning
from ..model import Alignment, Bead, Document, Evidence, Finding, Segment, Severity

if TYPE_CHECKING:
    from .registry import Rule


@dataclass
class BeadView:
    """One bead of the target's alignment with its segments resolved."""

    index: int
    source: list[Segment]
    target: list[Segment]

    # joined once: the rules of a pair ask for them some thirty times
    @cached_property
    def source_text(self) -> str:
        return " ".join([s.text for s in self.source])

    @cached_property
    def target_text(self) -> str:
        return " ".join([s.text for s in self.target])


class CheckContext:
    def __init__(self, target: Document, source: Document | None = None,
                 others: Iterable[Document] = (), alignments: dict[str, Alignment] | None = None,
                 severities: dict[str, Severity] | None = None) -> None:
        self.target = target
        self.source = source
        self.others = [d for d in others if d is not target and d is not source]
        self.alignments = alignments or {}
        self.severities = severities or {}
        self.cache: dict[str, Any] = {}
        self.rule: "Rule | None" = None
        self.running: frozenset[str] | None = None  # codes of the rules in this run (None: all)
        # each rule's options as configured (a rule that leaves a case to another asks what
        # that one is set to find)
        self.options: dict[str, dict] | None = None

    # -- versions ----------------------------------------------------------------
    @property
    def parallels(self) -> list[Document]:
        return [d for d in self.others if d.role == "parallel"]

    @property
    def references(self) -> list[Document]:
        return [d for d in self.others if d.role == "reference"]

    @property
    def versions(self) -> list[Document]:
        """Every version but the target: the source first, then the others."""
        return ([self.source] if self.source else []) + self.others

    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        """A document-level index shared by rules (e.g. the names in every version)."""
        if key not in self.cache:
            self.cache[key] = build()
        return self.cache[key]

    def runs(self, code: str) -> bool:
        """Does rule ``code`` run in this run (so a case may be left to it)?"""
        return self.running is None or code in self.running

    # -- alignment ---------------------------------------------------------------
    def beads(self) -> list[BeadView]:
        """The target's beads against the source (each target segment alone if no source)."""
        beads = self.cache.get("beads")  # (asked by most rules of every pair)
        if beads is None:
            beads = self.cache["beads"] = self._beads()
        return beads

    def _beads(self) -> list[BeadView]:
        al = self.alignments.get(self.target.path)
        if self.source is None or al is None:
            return [BeadView(i, [], [s]) for i, s in enumerate(self.target.segments)]
        ss, ts = self.source.segments, self.target.segments
        return [BeadView(i, [ss[j] for j in b.source], [ts[j] for j in b.target])
                for i, b in enumerate(al.beads)]

    def neighbours(self, index: int) -> list[BeadView]:
        """The beads around bead ``index`` a sentence may have slipped into (alignment
        slack): the next bead each way, and past a deletion or insertion bead (one side
        empty: a caption, a stray "C )." split off an abbreviation, where the aligner
        was unsure) on to the next bead with both sides; past two at most, so that a long
        unaligned stretch (a section left out) does not become one wide window."""
        beads = self.beads()
        out = []
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(beads) and abs(j - index) <= 3:
                out.append(beads[j])
                if beads[j].source and beads[j].target:
                    break
                j += step
        return out

    def one_string(self) -> bool:
        """Is this one software string (a pair from a catalogue), not an article?"""
        src = self.source
        return (src is not None and not self.others and len(src.segments) == 1
                and len(self.target.segments) == 1)

    def aligned_segments(self) -> Iterator[tuple[str, Segment]]:
        """Each target segment with its bead's source text, for beads with both sides:
        what the per-sentence comparison rules walk."""
        for b in self.beads():
            if b.source and b.target:
                stext = b.source_text
                for seg in b.target:
                    yield stext, seg

    def bead_of_target(self, seg_index: int) -> BeadView | None:
        idx = self.cached("t2b", lambda: {s.index: b for b in self.beads() for s in b.target})
        return idx.get(seg_index)

    def counterparts(self, doc: Document, source_indices: Iterable[int]) -> list[Segment]:
        """Segments of ``doc`` aligned to any of the given source sentences."""
        if doc is self.source:
            wanted = set(source_indices)
            return [s for s in doc.segments if s.index in wanted]
        al = self.alignments.get(doc.path)
        if al is None:
            return []
        wanted = set(source_indices)
        out: list[int] = []
        for b in al.beads:
            if wanted.intersection(b.source):
                out.extend(b.target)
        return [doc.segments[i] for i in sorted(set(out))]

    # -- findings ----------------------------------------------------------------
    def flag(self, start: int, end: int, message: str, *, doc: Document | None = None,
             evidence: Iterable[Evidence] = (), suggestion: str | None = None,
             severity: Severity | str | None = None) -> Finding:
        """A finding of the running rule at [start, end) of ``doc``'s normalised text."""
        rule = self.rule
        assert rule is not None, "flag() is only valid while a rule runs"
        doc = doc or self.target
        sev = (Severity.parse(severity) if severity is not None
               else self.severities.get(rule.code, rule.severity))
        rs, re_ = doc.raw_span(start, end)
        line, col = doc.line_col(rs)
        seg = doc.segment_at(start)
        bead = self.bead_of_target(seg.index) if (seg is not None and doc is self.target) else None
        return Finding(
            code=rule.code, name=rule.name, category=rule.category, severity=sev,
            message=message, document=doc.path, span=(rs, re_), line=line, column=col,
            text=doc.raw[rs:re_], evidence=list(evidence), suggestion=suggestion,
            artefact=rule.artefact, segment=seg.index if seg else None,
            paragraph=seg.paragraph if seg else None,
            bead=bead.index if bead else None, text_span=(start, end),
        )

    def evidence(self, doc: Document, seg: Segment | None = None, text: str | None = None,
                 note: str = "") -> Evidence:
        return Evidence(doc.path, text if text is not None else (seg.text if seg else ""),
                        doc.lang, note)


def single_pair_context(source: str, target: str, source_lang: str | None,
                        target_lang: str | None) -> CheckContext:
    """A one-bead article for check_pair: each side is one segment, aligned 1-1."""
    from ..model import Paragraph

    def doc(text: str, lang: str | None, role: str, path: str) -> Document:
        # Pair mode is the hot path of batch runs: keep text as given (no offset map),
        # unless it holds invisible or control characters, which would split words for
        # every rule (Mer<ZWSP>kel is no "Merkel"), or decomposed letters (Zu\u0308rich,
        # as macOS and some exporters write it, is no "Zürich"): those are cleaned, with
        # an offset map back to the text as given; white space stays, line breaks too
        raw = text
        offsets = None
        if needs_cleaning(text):
            text, offsets = clean_in_place(raw)
        d = Document(path=path, lang=lang, role=role, text=text, raw=raw, offsets=offsets)
        if text.strip():
            s = len(text) - len(text.lstrip())
            e = len(text.rstrip())
            d.paragraphs = [Paragraph(0, "body", s, e)]
            d.segments = [Segment(0, 0, "body", s, e, text[s:e])]
        return d

    src = doc(source, source_lang, "source", "<source>")
    tgt = doc(target, target_lang, "target", "<target>")
    beads = [Bead([0] if src.segments else [], [0] if tgt.segments else [])]
    if not src.segments and not tgt.segments:
        beads = []
    al = Alignment(src.path, tgt.path, beads, method="pair")
    return CheckContext(tgt, src, (), {tgt.path: al})
