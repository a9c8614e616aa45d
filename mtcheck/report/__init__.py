"""Reporters: each renders a :class:`~mtcheck.model.Report` and never recomputes it."""

from __future__ import annotations

from typing import Callable

from ..model import Report

FORMATS = ("terminal", "json", "html", "sarif", "github", "line")


def render(report: Report, fmt: str, **opts) -> str:
    """Render to a string (terminal output is rendered without colour)."""
    return _renderer(fmt)(report, **opts)


def _renderer(fmt: str) -> Callable[..., str]:
    if fmt == "json":
        from .json import render_json
        return render_json
    if fmt == "line":
        from .line import render_line
        return render_line
    if fmt == "terminal":
        from .terminal import render_text
        return render_text
    if fmt == "html":
        from .html import render_html
        return render_html
    if fmt == "sarif":
        from .sarif import render_sarif
        return render_sarif
    if fmt == "github":
        from .github import render_github
        return render_github
    raise ValueError(f"unknown format {fmt!r}")
