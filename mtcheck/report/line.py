"""One line per finding, like Vale's ``line`` output: ``path:line:col:code:severity:message``."""

from __future__ import annotations

from ..model import Report


def render_line(report: Report, **_opts) -> str:
    out = []
    for f in report.active_findings():
        msg = " ".join(f.message.split())
        out.append(f"{f.document}:{f.line}:{f.column}:{f.code}:{f.severity.label}:{msg}")
    return "\n".join(out) + ("\n" if out else "")
