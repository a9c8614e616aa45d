"""Terminal (Rich) report: snapshots at widths 80 and 160, plain/NO_COLOR/non-TTY output,
highlighted spans, side-by-side view.  Reports are hand-built (tests/conftest_report.py).

Update the snapshots after an intended change with::

    MTCHECK_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_report_terminal.py
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from rich.console import Console

from conftest_report import XSS_SCRIPT, article_report, make_doc, make_finding, one_to_one, xss_report
from mtcheck.model import Report, Scorecard, Severity
from mtcheck.report import render
from mtcheck.report.terminal import print_report, render_text

SNAPSHOTS = Path(__file__).parent / "snapshots"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("MTCHECK_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"snapshot {path} missing: run with MTCHECK_UPDATE_SNAPSHOTS=1 to create it")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"terminal output differs from {path} (MTCHECK_UPDATE_SNAPSHOTS=1 to update)"


@pytest.mark.parametrize("width", [80, 160])
@pytest.mark.parametrize("side_by_side", [False, True])
def test_snapshot(width, side_by_side):
    text = render_text(article_report(), width=width, side_by_side=side_by_side)
    _check_snapshot(f"terminal-{'sbs-' if side_by_side else ''}{width}.txt", text)


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_lines_fit_the_width(width):
    for side in (False, True):
        text = render_text(article_report(), width=width, side_by_side=side)
        assert max(len(line) for line in text.splitlines()) <= width


def test_render_is_deterministic():
    assert render_text(article_report(), width=80) == render_text(article_report(), width=80)


def test_summary_content():
    text = render_text(article_report(), width=160)
    for needle in ("test-article", "source", "target", "parallel", "reference", "44",
                   "BLEU 41.2 [35.1–47.9]", "chrF 67.9", "TER 38.5", "quality", "FAIL",
                   "critical 1 · major 1 · minor 2 · neutral 1", "(1 suppressed)",
                   "FAILED — findings at or above major", "consistency", "cov 86%"):
        assert needle in text, needle


def test_findings_grouped_by_severity_in_order():
    text = render_text(article_report(), width=160)
    heads = [text.index(f"{s} (") for s in ("critical", "major", "minor", "neutral")]
    assert heads == sorted(heads)
    # the suppressed finding is not listed
    assert "term-not-glossary" not in text


def test_span_highlighted_in_its_sentence_with_source_evidence_and_suggestion():
    text = render_text(article_report(), width=160)
    assert "President Nayib [[Bukule]] offers his prison to the USA." in text
    assert "Präsident Nayib Bukele bietet den USA sein Gefängnis an." in text  # aligned source
    assert "Le président Nayib Bukele offre sa prison aux États-Unis." in text  # evidence
    assert "→ Bukele" in text
    assert "The murder rate fell by [[75]] percent." in text


def test_plain_output_has_no_escape_codes_and_color_output_has():
    plain = render_text(article_report(), width=80)
    assert not ANSI.search(plain)
    colored = render_text(article_report(), width=80, color=True)
    assert ANSI.search(colored)
    # with colour the spans are styled, not bracketed
    assert "[[Bukule]]" not in ANSI.sub("", colored)


def test_no_color_non_tty_console():
    buf = io.StringIO()
    console = Console(file=buf, width=80, no_color=True, force_terminal=False)
    print_report(article_report(), console, side_by_side=True)
    out = buf.getvalue()
    assert not ANSI.search(out)
    assert "[[Bukule]]" in out and "aligned versions" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_no_color_env(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    buf = io.StringIO()
    console = Console(file=buf, width=100, force_terminal=True)
    print_report(article_report(), console)
    out = buf.getvalue()
    assert "[[Bukule]]" in ANSI.sub("", out)  # bracketed: colour is off (bold may remain)
    assert not re.search(r"\x1b\[[0-9;]*3[0-7]m", out)  # no foreground colours


def test_tty_console_styles_spans():
    buf = io.StringIO()
    console = Console(file=buf, width=100, force_terminal=True, color_system="standard")
    print_report(article_report(), console, width=999)  # a stray width option is ignored
    out = buf.getvalue()
    assert ANSI.search(out) and "[[Bukule]]" not in ANSI.sub("", out)


def test_markup_in_article_text_is_not_interpreted():
    src = make_doc("s.txt", "de", "source", ["Er sagte [bold]nein[/bold] zu [red]allem."])
    tgt = make_doc("t.txt", "en", "target", ["He said [bold]no[/bold] to [red]everything."])
    f = make_finding(tgt, "[bold]no[/bold]", "X001", "major", message="Markup [link=x]here[/link]",
                     suggestion="[blink]no[/blink]")
    r = Report({"id": "m"}, [src, tgt], [one_to_one(src, tgt)], [f], Scorecard(), "sig [b]x[/b]", "0.1.0")
    text = render_text(r, width=120, side_by_side=True)
    assert "He said [[[bold]no[/bold]]] to [red]everything." in text
    assert "Markup [link=x]here[/link]" in text
    assert "→ [blink]no[/blink]" in text
    assert "sig [b]x[/b]" in text


def test_hostile_text_renders_verbatim():
    text = render_text(xss_report(), width=120)
    assert XSS_SCRIPT in text


def test_zero_width_finding_is_marked():
    src = make_doc("s.txt", "de", "source", ["Titel.", "Er kam."])
    tgt = make_doc("t.txt", "en", "target", ["He came."])
    f = make_finding(tgt, "", "C001", "major", message="headline not translated")
    r = Report({"id": "z"}, [src, tgt], [one_to_one(src, tgt)], [f], Scorecard(), "sig", "0.1.0")
    assert "[[^]]He came." in render_text(r, width=80)


def test_finding_without_segments_or_span():
    tgt = make_doc("t.txt", "en", "target", ["He came."])
    f = make_finding(tgt, "came", "X001", "minor")
    f.text_span = None
    f.segment = None
    tgt.segments = []
    r = Report({"id": "n"}, [tgt], [], [f], Scorecard(), "sig", "0.1.0")
    text = render_text(r, width=80, side_by_side=True)
    assert "X001" in text and "came" in text


def test_empty_report():
    tgt = make_doc("t.txt", "en", "target", ["All good."])
    r = Report({"id": "e"}, [tgt], [], [], Scorecard(), "sig", "0.1.0")
    text = render_text(r, width=80)
    assert "No findings." in text and "passed" in text


def test_narrow_side_by_side_stacks_versions():
    text = render_text(article_report(), width=80, side_by_side=True)
    assert "¶ 6" in text and "tgt en  [[Show more]] ‹F003›" in text
    wide = render_text(article_report(), width=160, side_by_side=True)
    assert "¶ 6" not in wide and "‹F003›" in wide


def test_render_dispatch_and_width_option():
    assert render(article_report(), "terminal", width=80) == render_text(article_report(), width=80)


def test_max_findings_truncates():
    text = render_text(article_report(), width=100, max_findings=2)
    assert "… 3 more findings" in text


def test_fail_on_changes_verdict():
    r = article_report(fail_on=Severity.CRITICAL)
    assert "FAILED — findings at or above critical" in render_text(r, width=100)
