"""Rich terminal report: summary panel and findings grouped by severity."""

from __future__ import annotations

import io

from ..model import Report, Severity

_STYLE = {Severity.CRITICAL: "bold white on red", Severity.MAJOR: "bold red",
          Severity.MINOR: "yellow", Severity.NEUTRAL: "dim"}


def build(report: Report, **_opts):
    """Compose the report as rich renderables."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    parts = []
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("article", f"{report.article.get('id', '')}  {report.article.get('title', '')}")
    for d in report.documents:
        head.add_row(d.role, f"{d.path} [{d.lang or '?'}] {d.words} words")
    for path, q in report.scorecard.quality.items():
        verdict = "[green]pass[/]" if q["passed"] else "[red]fail[/]"
        head.add_row("quality", f"{q['score']:.1f}/100 ({q['per_1000_words']} penalty points per 1,000 words, "
                                f"threshold {q['threshold']:g}) {verdict}")
    c = report.counts()
    head.add_row("findings", "  ".join(f"{k}: {v}" for k, v in c.items()))
    head.add_row("signature", Text(report.signature, style="dim"))
    parts.append(Panel(head, title="mtcheck", border_style="red" if report.failed else "green"))

    findings = report.active_findings()
    for sev in sorted(Severity, reverse=True):
        group = [f for f in findings if f.severity == sev]
        if not group:
            continue
        t = Table(title=f"{sev.label} ({len(group)})", title_justify="left", expand=True,
                  show_lines=False, title_style=_STYLE[sev])
        t.add_column("where", no_wrap=True)
        t.add_column("rule", no_wrap=True)
        t.add_column("finding", ratio=1)
        for f in group:
            body = Text()
            body.append(f.message)
            if f.text:
                body.append("\n  ")
                body.append(" ".join(f.text.split())[:160], style="reverse")
            if f.suggestion:
                body.append(f"\n  → {f.suggestion}", style="green")
            for e in f.evidence[:3]:
                body.append(f"\n  {e.document}: {' '.join(e.text.split())[:120]}", style="dim")
            t.add_row(f"{f.line}:{f.column}", f"{f.code}\n{f.name}", body)
        parts.append(t)
    if not findings:
        parts.append(Text("No findings.", style="green"))
    return Group(*parts)


def render_text(report: Report, width: int = 100, color: bool = False, **opts) -> str:
    from rich.console import Console

    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, legacy_windows=False)
    console.print(build(report, **opts))
    return buf.getvalue()


def print_report(report: Report, console=None, **opts) -> None:
    from rich.console import Console

    console = console or Console()
    console.print(build(report, **opts))
