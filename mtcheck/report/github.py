"""GitHub Actions workflow annotations, one per active finding::

    ::error file=article.en.txt,line=3,col=17,endColumn=23,title=N001 name-near-miss::Name …

critical/major → ``error``, minor → ``warning``, neutral → ``notice``.  Escaping follows
the Actions toolkit (``@actions/core`` command.ts): in the message ``%``, CR and LF; in
property values also ``:`` and ``,``.
"""

from __future__ import annotations

from ..model import Document, Finding, Report, Severity

__all__ = ["render_github", "annotation", "escape_data", "escape_property", "COMMAND"]

COMMAND = {Severity.CRITICAL: "error", Severity.MAJOR: "error", Severity.MINOR: "warning",
           Severity.NEUTRAL: "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _end(f: Finding, doc: Document | None) -> tuple[int, int]:
    if doc is not None and f.span[1] <= len(doc.raw):
        return doc.line_col(max(f.span[1], f.span[0]))
    return f.line, f.column + len(f.text)


def annotation(f: Finding, doc: Document | None = None) -> str:
    end_line, end_col = _end(f, doc)
    props = [("file", f.document), ("line", str(f.line))]
    if end_line != f.line:
        props.append(("endLine", str(end_line)))
    props.append(("col", str(f.column)))
    if end_line == f.line and end_col > f.column:
        props.append(("endColumn", str(end_col)))
    props.append(("title", f"{f.code} {f.name}"))
    msg = " ".join(f.message.split())
    if f.suggestion:
        msg += f" (suggestion: {' '.join(f.suggestion.split())})"
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMAND[f.severity]} {head}::{escape_data(msg)}"


def render_github(report: Report, **_opts) -> str:
    docs = {d.path: d for d in report.documents}
    out = [annotation(f, docs.get(f.document)) for f in report.active_findings()]
    return "\n".join(out) + ("\n" if out else "")
