"""Rich terminal report: summary panel, consistency matrix, findings grouped by severity
(each with its sentence, the flagged span highlighted, the aligned source sentence,
evidence and suggestion) and, with ``side_by_side``, the aligned n-way view.

Renders the :class:`~mtcheck.model.Report` only (nothing is recomputed).  Article text is
never passed to rich as markup.  Without colour (NO_COLOR, non-TTY, ``render_text``) the
flagged spans are bracketed ``[[like this]]`` so they stay visible.
"""

from __future__ import annotations

import errno
import io
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Sequence

from ..model import Document, Finding, Report, Segment, Severity
from ._view import ReportView

if TYPE_CHECKING:  # annotations only: rich loads lazily at run time
    from rich.text import Text

__all__ = ["build", "render_text", "print_report", "SEVERITY_STYLE"]

SEVERITY_STYLE = {Severity.CRITICAL: "bold white on red", Severity.MAJOR: "bold red",
                  Severity.MINOR: "yellow", Severity.NEUTRAL: "cyan"}
_SPAN_STYLE = {Severity.CRITICAL: "bold white on red", Severity.MAJOR: "bold black on red",
               Severity.MINOR: "black on yellow", Severity.NEUTRAL: "black on cyan"}
_ICON = {Severity.CRITICAL: "✖", Severity.MAJOR: "✖", Severity.MINOR: "▲", Severity.NEUTRAL: "●"}
_MARK_OPEN, _MARK_CLOSE = "[[", "]]"


# ----------------------------------------------------------------------------- helpers

def _t(s: Any, style: str = "") -> "Text":
    from rich.text import Text
    return Text(str(s), style=style)


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"


def _pct_style(x: float | None, similarity: bool = False) -> str:
    if x is None:
        return "dim"
    hi, lo = (0.7, 0.5) if similarity else (0.95, 0.8)  # cosines of translations rarely reach 0.9
    return "green" if x >= hi else ("yellow" if x >= lo else "red")


class _Ctx(ReportView):
    """Lookups over the report, built once per render."""

    def __init__(self, report: Report, markers: bool) -> None:
        super().__init__(report)
        self.markers = markers


def _highlight(ctx: _Ctx, seg: Segment, findings: Sequence[Finding], *, limit: int | None = None,
               focus: Finding | None = None) -> "Text":
    """The sentence with the findings' spans styled (bracketed without colour); when
    ``limit`` is set, cut around the focus span with ellipses."""
    from rich.text import Text

    text = seg.text
    spans = []
    for f in findings:
        if f.text_span is None:
            continue
        s = max(f.text_span[0], seg.start) - seg.start
        e = min(f.text_span[1], seg.end) - seg.start
        s, e = max(0, min(s, len(text))), max(0, min(e, len(text)))
        spans.append((s, max(s, e), f))
    spans.sort(key=lambda x: (x[0], -x[1]))
    # window around the focus span
    lo, hi = 0, len(text)
    if limit is not None and len(text) > limit:
        fs = next(((s, e) for s, e, f in spans if f is focus), (0, 0))
        mid = (fs[0] + fs[1]) // 2
        lo = max(0, min(mid - limit // 2, len(text) - limit))
        hi = min(len(text), lo + limit)
        lo = min(lo, fs[0])
        hi = max(hi, fs[1])
    out = Text()
    if lo > 0:
        out.append("…")
    pos = lo
    for s, e, f in spans:
        if e < lo or s > hi or s < pos:
            continue  # outside the window, or nested in an earlier span
        out.append(text[pos:s])
        style = _SPAN_STYLE[f.severity] if (focus is None or f is focus) else "underline"
        if s == e:
            out.append(f"{_MARK_OPEN}^{_MARK_CLOSE}" if ctx.markers else "‸", style=style)
        else:
            if ctx.markers:
                out.append(_MARK_OPEN, style="bold")
            out.append(text[s:e], style=style)
            if ctx.markers:
                out.append(_MARK_CLOSE, style="bold")
        pos = e
    out.append(text[pos:hi])
    if hi < len(text):
        out.append("…")
    return out


# ----------------------------------------------------------------------------- summary

def _summary(ctx: _Ctx):
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    r = ctx.report
    parts: list[Any] = []
    title = Text()
    title.append(str(r.article.get("id", "") or "article"), style="bold")
    if r.article.get("title"):
        title.append("  " + _one_line(str(r.article["title"])))
    parts.append(title)

    vt = Table(box=None, show_header=True, header_style="bold dim", pad_edge=False, padding=(0, 1))
    vt.add_column("version", no_wrap=True)
    vt.add_column("lang", no_wrap=True)
    vt.add_column("words", justify="right", no_wrap=True)
    vt.add_column("file", overflow="fold")
    for d in r.documents:
        lang = Text(d.lang or "?")
        if d.lang_detected and d.lang and d.lang_detected != d.lang:
            lang.append(f" (detected {d.lang_detected})", style="red")
        f = Text(d.path)
        if d.scope != "full":
            f.append(f" [{d.scope}]", style="dim")
        vt.add_row(Text(d.role, style="bold" if d.role == "target" else ""), lang, Text(str(d.words)), f)
    parts.append(Text(""))
    parts.append(vt)

    st = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    st.add_column(style="bold", no_wrap=True)
    st.add_column(overflow="fold")
    for path, q in r.scorecard.quality.items():
        line = Text()
        line.append(f"{q['score']:.1f}/100", style="bold")
        line.append(f"  {q['per_1000_words']:g} points/1,000 words · threshold {q['threshold']:g}  ")
        line.append("PASS" if q["passed"] else "FAIL", style="bold green" if q["passed"] else "bold red")
        if len(r.scorecard.quality) > 1:
            line.append(f"  ({path})", style="dim")
        st.add_row("quality", line)
    by_ref: dict[str, list] = {}
    for m in r.scorecard.metrics:
        by_ref.setdefault(m.reference, []).append(m)
    for ref, ms in by_ref.items():
        line = Text()
        for i, m in enumerate(ms):
            if i:
                line.append(" · ")
            line.append(f"{m.name} ", style="bold")
            line.append(f"{m.score:.1f}")
            if m.ci:
                line.append(f" [{m.ci[0]:.1f}–{m.ci[1]:.1f}]", style="dim")
        line.append(f"  vs {ctx.labels.get(ref, ref)}", style="dim")
        st.add_row("reference", line)
    counts = r.counts()
    cl = Text()
    for i, (k, v) in enumerate(counts.items()):
        if i:
            cl.append(" · ")
        sev = Severity.parse(k)
        cl.append(f"{k} {v}", style=SEVERITY_STYLE[sev] if v else "dim")
    nsup = len(r.findings) - len(r.active_findings())
    if nsup:
        cl.append(f"  ({nsup} suppressed)", style="dim")
    st.add_row("findings", cl)
    verdict = Text()
    if r.failed:
        verdict.append(f"FAILED — findings at or above {r.fail_on.label}", style="bold red")
    else:
        verdict.append(f"passed — no finding at or above {r.fail_on.label}", style="bold green")
    st.add_row("verdict", verdict)
    parts.append(Text(""))
    parts.append(st)
    return Panel(Group(*parts), title=Text("mtcheck", style="bold"), title_align="left",
                 border_style="red" if r.failed else "green", padding=(0, 1))


def _append_metrics(cell: Text, row: dict, sep: str) -> None:
    """The agreement figures of one pair of versions (ent, num, term, sim), after ``sep``."""
    for key, lab in (("entities", "ent"), ("numbers", "num"), ("terminology", "term"),
                     ("similarity", "sim")):
        v = row.get(key)
        if v is None and key in ("terminology", "similarity"):
            continue
        if cell:
            cell.append(sep)
        cell.append(f"{lab} ")
        if key == "similarity" and v is not None:
            cell.append(f"{v:.2f}", style=_pct_style(v, similarity=True))
        else:
            cell.append(_pct(v), style=_pct_style(v))


def _matrix(ctx: _Ctx, width: int):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    rows = ctx.report.scorecard.consistency
    if not rows:
        return None
    cells = {}
    for row in rows:
        cells[(row["a"], row["b"])] = (row, 0)
        cells[(row["b"], row["a"])] = (row, 1)
    docs = [d for d in ctx.report.documents
            if any(d.path in (row["a"], row["b"]) for row in rows)]
    t = Table(title="consistency", title_justify="left", title_style="bold", show_lines=True,
              header_style="bold", pad_edge=False)
    t.add_column("", no_wrap=True)
    for d in docs:
        t.add_column(Text(ctx.labels[d.path]), no_wrap=True, min_width=9)
    for a in docs:
        out: list[Any] = [Text(ctx.labels[a.path], style="bold")]
        for b in docs:
            if a is b:
                out.append(Text("—", style="dim", justify="center"))
                continue
            got = cells.get((a.path, b.path))
            if got is None:
                out.append(Text("–", style="dim"))
                continue
            row, flip = got
            cell = Text()
            cov = row.get("coverage")
            if cov:
                x = cov[flip]
                cell.append("cov ")
                cell.append(_pct(x), style=_pct_style(x))
            _append_metrics(cell, row, "\n")
            out.append(cell)
        t.add_row(*out)
    legend = Text("cov: share of the row's sentences aligned to the column's · ent: names that agree · "
                  "num: numbers that agree · term: glossary terms as required · sim: cross-lingual "
                  "similarity · –: not measurable", style="dim")
    # the matrix's natural width: a label column, a column of at least 9 per version,
    # one space of padding inside each cell border (none at the outer edges), the borders
    labs = [len(ctx.labels[d.path]) for d in docs]
    cols = [max(labs)] + [max(9, n) for n in labs]
    needed = sum(cols) + 2 * len(cols) - 2 + len(cols) + 1
    if needed > width:
        # too many versions for a matrix at this width (rich would crop columns away):
        # one line per pair of versions instead
        legend = Text("cov: share of the first version's sentences aligned to the second's / the "
                      "reverse · ent: names that agree · num: numbers that agree · term: glossary "
                      "terms as required · sim: cross-lingual similarity · –: not measurable",
                      style="dim")
        return Group(_pair_list(ctx, rows, width), legend)
    return Group(t, legend)


def _pair_list(ctx: _Ctx, rows: list[dict], width: int):
    """The consistency figures as a list, one pair of versions a line (both coverage
    directions: a's sentences aligned to b's, then b's to a's)."""
    from rich.table import Table
    from rich.text import Text

    t = Table(title="consistency", title_justify="left", title_style="bold", box=None,
              show_header=False, pad_edge=False, padding=(0, 1))
    t.add_column(no_wrap=True)
    t.add_column(overflow="fold")
    for row in rows:
        a, b = (ctx.labels.get(row[k], row[k]) for k in ("a", "b"))
        cell = Text()
        cov = row.get("coverage")
        if cov:
            cell.append("cov ")
            cell.append(_pct(cov[0]), style=_pct_style(cov[0]))
            cell.append("/")
            cell.append(_pct(cov[1]), style=_pct_style(cov[1]))
        _append_metrics(cell, row, " · ")
        t.add_row(Text(f"{a} ↔ {b}", style="bold"), cell)
    return t


# ----------------------------------------------------------------------------- findings

def _finding_block(ctx: _Ctx, f: Finding, width: int):
    """One finding: header, message, its sentence (span highlighted), the aligned source
    sentence, evidence from other versions and the suggestion — labels in a left column so
    wrapped lines stay aligned."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    # the header in a grid, so that on a narrow terminal its wrapped part (the location,
    # the category) stays indented under the rule's name instead of under the icon
    head_text = Text()
    head_text.append(f.code, style="bold")
    head_text.append(f" {f.name}")
    head_text.append(f"  {f.document}:{f.line}:{f.column}", style="dim")
    head_text.append(f"  {f.category}", style="dim italic")
    head = Table.grid(padding=(0, 1))
    head.add_column(no_wrap=True, width=1)
    head.add_column(ratio=1, overflow="fold")
    head.add_row(Text(_ICON[f.severity], style=SEVERITY_STYLE[f.severity]), head_text)

    grid = Table.grid(padding=(0, 1))
    # as wide as the longest version label ("par fr 2"), so that none is cut
    label_w = max([7] + [len(lab) for lab in ctx.labels.values()])
    grid.add_column(no_wrap=True, width=label_w, style="dim")
    grid.add_column(no_wrap=True, width=1, style="dim")
    grid.add_column(ratio=1, overflow="fold")
    grid.add_row(Text(""), Text(""), Text(_one_line(f.message)))
    limit = max(60, width * 2)
    seg = ctx.segment_of(f)
    doc = ctx.docs.get(f.document)
    shown_ctx: set[tuple[str, str]] = set()
    if seg is not None and doc is not None:
        grid.add_row(Text(ctx.labels.get(doc.path, doc.role)), Text("│"),
                     _highlight(ctx, seg, [f], limit=limit, focus=f))
        for cdoc, csegs in ctx.counterparts(f):
            lab = Text(ctx.labels.get(cdoc.path, cdoc.role))
            if not csegs:
                grid.add_row(lab, Text("│"), Text("(no aligned sentence)", style="dim italic"))
                continue
            ctext = _one_line(" ".join(s.text for s in csegs))
            shown_ctx.add((cdoc.path, ctext))
            grid.add_row(lab, Text("│"), Text(ctext if len(ctext) <= limit else ctext[:limit - 1] + "…"))
    elif f.text:
        grid.add_row(Text("text"), Text("│"), Text(_one_line(f.text)[:limit], style=_SPAN_STYLE[f.severity]))
    evidence = [e for e in f.evidence if (e.document, _one_line(e.text)) not in shown_ctx]
    for e in evidence[:4]:
        lab = ctx.labels.get(e.document) or e.lang or e.document
        if len(lab) > label_w:  # evidence from outside the report's versions
            lab = lab[:label_w - 1] + "…"
        et = _one_line(e.text)
        body = Text(et if len(et) <= limit else et[:limit - 1] + "…", style="dim")
        if e.note:
            body.append(f"  ({_one_line(e.note)})", style="dim italic")
        grid.add_row(Text(lab), Text("┆"), body)
    if len(evidence) > 4:
        grid.add_row(Text(""), Text("┆"), Text(f"… {len(evidence) - 4} more", style="dim"))
    if f.suggestion:
        grid.add_row(Text(""), Text("→", style="green"), Text(_one_line(f.suggestion), style="green"))
    return Group(head, Padding(grid, (0, 0, 0, 2)))


def _findings(ctx: _Ctx, width: int, max_findings: int | None):
    from rich.rule import Rule
    from rich.text import Text

    out: list[Any] = []
    shown = 0
    for sev in sorted(Severity, reverse=True):
        group = [f for f in ctx.active if f.severity == sev]
        if not group or (max_findings is not None and shown >= max_findings):
            continue
        out.append(Rule(Text(f"{sev.label} ({len(group)})", style=SEVERITY_STYLE[sev]), align="left",
                        style="dim"))
        for f in group:
            if max_findings is not None and shown >= max_findings:
                break
            out.append(_finding_block(ctx, f, width))
            out.append(Text(""))
            shown += 1
    if max_findings is not None and shown < len(ctx.active):
        out.append(Text(f"… {len(ctx.active) - shown} more findings (use --format html or json)", style="dim"))
    if not ctx.active:
        out.append(Text("No findings.", style="bold green"))
    return out


# ----------------------------------------------------------------------------- side by side

def _side_by_side(ctx: _Ctx, width: int):
    from rich.console import Group
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    from ..score import nway_rows

    rows = nway_rows(ctx.report.documents, ctx.report.alignments)
    paths = [p for p in (rows[0].keys() if rows else [])]
    docs = [ctx.docs[p] for p in paths if p in ctx.docs]
    if not docs:
        return []

    def cell(d: Document, idx: list[int]) -> "Text":
        t = Text()
        for k, i in enumerate(idx):
            if i >= len(d.segments):
                continue
            seg = d.segments[i]
            if k:
                t.append(" ")
            fs = ctx.findings_in(d, seg)
            t.append_text(_highlight(ctx, seg, fs))
            if fs:
                t.append(" " + " ".join(f"‹{f.code}›" for f in fs), style="bold")
        return t

    out: list[Any] = [Rule(Text("aligned versions", style="bold"), align="left", style="dim")]
    if width >= 30 * len(docs) + 6:
        t = Table(show_lines=True, pad_edge=False, header_style="bold", expand=True)
        t.add_column("#", justify="right", no_wrap=True, style="dim")
        for d in docs:
            t.add_column(Text(ctx.labels[d.path]), ratio=1, overflow="fold")
        for n, row in enumerate(rows, 1):
            t.add_row(Text(str(n)), *[cell(d, row.get(d.path, [])) for d in docs])
        out.append(t)
    else:  # narrow: one block per row, one line per version
        for n, row in enumerate(rows, 1):
            block = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1), expand=True)
            block.add_column(no_wrap=True, style="dim")
            block.add_column(ratio=1, overflow="fold")
            for d in docs:
                idx = row.get(d.path, [])
                c = cell(d, idx) if idx else Text("—", style="dim")
                block.add_row(Text(ctx.labels[d.path]), c)
            out.append(Text(f"¶ {n}", style="dim bold"))
            out.append(block)
    return [Group(*out)]


# ----------------------------------------------------------------------------- entry points

def build(report: Report, *, side_by_side: bool = False, markers: bool = False, width: int = 100,
          max_findings: int | None = None, **_opts):
    """Compose the report as rich renderables (a Group)."""
    from rich.console import Group
    from rich.text import Text

    ctx = _Ctx(report, markers)
    parts: list[Any] = [_summary(ctx)]
    m = _matrix(ctx, width)
    if m is not None:
        parts.append(m)
    parts.append(Text(""))
    parts.extend(_findings(ctx, width, max_findings))
    if side_by_side:
        parts.extend(_side_by_side(ctx, width))
    parts.append(_signature_text("signature", report.signature, width))
    for met in report.scorecard.metrics:
        parts.append(_signature_text(met.name, met.signature, width))
    return Group(*parts)


def _signature_text(label: str, sig: str, width: int) -> "Text":
    """``label sig``, broken after a ``|`` (between the signature's fields, never inside
    a name or number) when it is wider than the terminal; continuation lines are
    indented.  A field longer than a whole line is broken after a ``+`` or ``,``."""
    from rich.text import Text

    import re

    indent = "  "
    lines: list[str] = []
    cur = label + " "
    # pieces end after a field separator "|"; a field too long for a line is cut after
    # one of its own separators ("+", ",") instead
    pieces: list[str] = []
    for field in re.findall(r"[^|]+\|?|\|", sig):
        if len(indent) + len(field) <= width:
            pieces.append(field)
        else:
            pieces.extend(p for p in re.findall(r"[^+,]+[+,]?|[+,]", field) if p)
    for piece in pieces:
        if len(cur) + len(piece) > width and cur.strip() and cur != label + " ":
            lines.append(cur.rstrip())
            cur = indent
        cur += piece
    lines.append(cur.rstrip())
    out = Text()
    for i, line in enumerate(lines):
        if i:
            out.append("\n")
        if i == 0:
            out.append(label, style="dim bold")
            out.append(line[len(label):], style="dim")
        else:
            out.append(line, style="dim")
    return out


def render_text(report: Report, width: int = 100, color: bool = False, **opts) -> str:
    """The terminal report as a string (no colour unless asked: spans are bracketed)."""
    from rich.console import Console

    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, legacy_windows=False,
                      emoji=False, highlight=False, soft_wrap=False)
    console.print(build(report, markers=not color, width=width, **opts))
    return "\n".join(line.rstrip() for line in buf.getvalue().split("\n"))


@lru_cache(maxsize=1)
def _console_class() -> type:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich exits with status 1 here, which is mtcheck's "findings" status: raise
            # instead, and the CLI stops quietly as for every other format
            self.quiet = True
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    return _Console


def make_console(**kw: Any):
    """A rich Console for the command line (``FORCE_COLOR`` makes even a pipe a terminal)."""
    return _console_class()(**kw)


def print_report(report: Report, console=None, **opts) -> None:
    """Print to a console (stdout by default); plain and narrow terminals are handled:
    without colour (NO_COLOR, dumb terminal, pipe) the flagged spans are bracketed."""
    console = console or make_console()
    plain = console.no_color or not console.is_terminal or console.color_system is None
    opts.setdefault("markers", plain)
    opts.pop("width", None)
    renderable = build(report, width=console.width, **opts)
    if console.is_terminal:
        console.print(renderable, highlight=False)
        return
    # a pipe or a file: rich pads every line to the width with spaces, which end up in
    # the file (and in diffs of it); write the lines without them
    with console.capture() as cap:
        console.print(renderable, highlight=False)
    text = "\n".join(line.rstrip() for line in cap.get().split("\n"))
    console.file.write(text)
    console.file.flush()
