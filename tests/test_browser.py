"""The HTML report in headless Chromium (Debian's /usr/bin/chromium driven by Playwright;
Playwright never downloads a browser here).

* the CECOT report (whole pipeline) shows as many findings as the JSON counts active ones;
  unticking "minor" hides exactly the minor ones (and their marks);
* the hand-built report does the same, and its marks open the details panel, its links
  jump between the list and the text;
* a report full of markup executes nothing (no script, no handler, no dialog);
* no page makes a single network request;
* screenshots go to tests/artifacts/ (gitignored).  With MTCHECK_UPDATE_DOCS=1 the README
  screenshots docs/html-report.png and docs/terminal-report.png are regenerated too.

Run only these with ``python -m pytest -m browser``.
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest

from conftest_report import XSS_IMG, XSS_SCRIPT, article_report, cecot_report, xss_report
from mtcheck.report import render

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A report opened from a file, with every request, dialog and page error recorded."""

    def __init__(self, browser, html: str, path: Path, *, width: int = 1366, height: int = 900) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        # nothing may leave the machine: anything but the report file itself is aborted
        self.page.route(re.compile(r"^(?!file:).*"), lambda route: route.abort())
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def _dialog(self, d) -> None:
        self.dialogs.append(d.message)
        d.dismiss()

    def data(self) -> dict:
        return json.loads(self.page.text_content("#mtcheck-data"))

    def visible(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "#findings .finding", "els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.severity)")

    def count(self) -> int:
        return int(self.page.text_content("#finding-count"))

    def close(self) -> None:
        self.page.close()


def _check_counts_and_minor_filter(p: Page, shot: str) -> dict:
    data = p.data()
    active = sum(data["counts"].values())
    assert active == sum(1 for f in data["findings"] if not f.get("suppressed"))
    assert len(p.visible()) == active
    assert p.count() == active
    assert p.page.is_visible("#finding-count")
    p.page.screenshot(path=str(ARTIFACTS / f"{shot}.png"), full_page=True)

    n_minor = data["counts"]["minor"]
    p.page.click("input.filter-severity[value=minor]")
    assert not p.page.is_checked("input.filter-severity[value=minor]")
    shown = p.visible()
    assert len(shown) == active - n_minor
    assert p.count() == active - n_minor
    assert "minor" not in shown
    # the marks of minor findings lose their highlight; the others keep it
    assert p.page.eval_on_selector_all("mark[data-finding][data-severity=minor]",
                                       "ms => ms.every(m => m.classList.contains('off'))")
    assert p.page.eval_on_selector_all("mark[data-finding]:not([data-severity=minor])",
                                       "ms => ms.every(m => !m.classList.contains('off'))")
    p.page.screenshot(path=str(ARTIFACTS / f"{shot}-no-minor.png"), full_page=True)

    p.page.click("input.filter-severity[value=minor]")
    assert p.count() == active and len(p.visible()) == active
    assert p.errors == [] and p.dialogs == []
    assert all(u.startswith("file:") for u in p.requests), p.requests
    return data


def test_cecot_report(browser, tmp_path):
    report = cecot_report()
    p = Page(browser, render(report, "html"), tmp_path / "cecot.html")
    try:
        data = _check_counts_and_minor_filter(p, "cecot-report")
        assert data["counts"] == report.counts()
    finally:
        p.close()
    if os.environ.get("MTCHECK_UPDATE_DOCS") == "1":
        p = Page(browser, render(report, "html"), tmp_path / "cecot-docs.html", width=1366, height=1500)
        try:
            DOCS.mkdir(exist_ok=True)
            p.page.screenshot(path=str(DOCS / "html-report.png"))
        finally:
            p.close()


def test_hand_built_report(browser, tmp_path):
    r = article_report()
    p = Page(browser, render(r, "html"), tmp_path / "article.html")
    try:
        data = _check_counts_and_minor_filter(p, "article-report")
        assert data["counts"]["minor"] == 2  # the filter test above is not vacuous

        # category and rule filters hide findings too
        p.page.click("#filters details:nth-of-type(2) summary")
        p.page.click("input.filter-rule[value=N001]")
        assert "N001" not in p.page.eval_on_selector_all(
            "#findings .finding", "els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.code)")
        assert p.count() == len(r.active_findings()) - 1
        p.page.click("button[data-toggle=rule][data-state=none]")
        assert p.count() == 0
        p.page.click("button[data-toggle=rule][data-state=all]")
        assert p.count() == len(r.active_findings())
    finally:
        p.close()


def test_marks_open_details_and_links_jump(browser, tmp_path):
    r = article_report()
    p = Page(browser, render(r, "html"), tmp_path / "article.html")
    try:
        i = next(k for k, f in enumerate(r.findings) if f.code == "N001")
        assert p.page.is_hidden("#details")
        p.page.click(f"#m-{i}")
        assert p.page.is_visible("#details")
        assert "name-near-miss" in p.page.text_content("#details")
        assert p.page.locator("#details .finding").count() == 0  # copies do not count as findings
        assert p.count() == len(r.active_findings())
        p.page.screenshot(path=str(ARTIFACTS / "article-details.png"))
        p.page.click("#details a.goto")
        assert p.page.evaluate("location.hash") == f"#f-{i}"
        p.page.keyboard.press("Escape")
        assert p.page.is_hidden("#details")
        p.page.click(f"#f-{i} a.goto")
        assert p.page.evaluate("location.hash") == f"#m-{i}"
        # keyboard: a focused mark opens the panel with Enter
        p.page.focus(f"#m-{i}")
        p.page.keyboard.press("Enter")
        assert p.page.is_visible("#details")
        assert p.errors == []
    finally:
        p.close()


def test_xss_fixture_executes_nothing(browser, tmp_path):
    p = Page(browser, render(xss_report(), "html"), tmp_path / "xss.html")
    try:
        p.page.wait_for_timeout(300)
        assert p.page.evaluate("typeof window.__xss") == "undefined"
        assert p.dialogs == []
        assert p.page.locator("img").count() == 0
        assert p.page.locator("script").count() == 2
        body = p.page.evaluate("document.body.innerText")
        assert XSS_SCRIPT in body and XSS_IMG in body  # shown as text
        # clicking the marks (details panel copies DOM nodes) still runs nothing
        for m in p.page.query_selector_all("mark[data-finding]"):
            m.click()
        p.page.wait_for_timeout(100)
        assert p.page.evaluate("typeof window.__xss") == "undefined" and p.dialogs == []
        assert all(u.startswith("file:") for u in p.requests)
        p.page.screenshot(path=str(ARTIFACTS / "xss-report.png"), full_page=True)
    finally:
        p.close()


def test_print_layout_hides_controls(browser, tmp_path):
    p = Page(browser, render(article_report(), "html"), tmp_path / "article.html")
    try:
        p.page.click("input.filter-severity[value=minor]")
        p.page.emulate_media(media="print")
        assert p.page.is_hidden("#filters")
        assert p.page.eval_on_selector_all("#findings .finding", "els => els.every(e => e.offsetParent !== null)")
    finally:
        p.close()


def test_narrow_viewport(browser, tmp_path):
    p = Page(browser, render(article_report(), "html"), tmp_path / "article.html", width=420, height=800)
    try:
        assert p.count() == len(article_report().active_findings())
        # the findings list fits the screen (the aligned table may scroll sideways)
        assert p.page.eval_on_selector_all(
            "#findings .finding", "els => els.every(e => e.getBoundingClientRect().right <= window.innerWidth + 1)")
        p.page.screenshot(path=str(ARTIFACTS / "article-narrow.png"), full_page=True)
    finally:
        p.close()


@pytest.mark.skipif(os.environ.get("MTCHECK_UPDATE_DOCS") != "1", reason="set MTCHECK_UPDATE_DOCS=1 to regenerate")
def test_terminal_screenshot_for_docs(browser, tmp_path):
    """docs/terminal-report.png: the Rich report of the CECOT set, recorded as SVG by rich
    and rasterised by Chromium."""
    from rich.console import Console

    from mtcheck.report.terminal import print_report

    report = cecot_report()
    console = Console(record=True, width=110, file=io.StringIO(), force_terminal=True, color_system="truecolor")
    print_report(report, console, max_findings=4)
    svg = console.export_svg(title="mtcheck compare corpora/cecot-2025-02-04/")
    svg = re.sub(r"@font-face\s*\{.*?\}", "", svg, flags=re.S)  # no web font fetch: local monospace
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}'
            'svg{display:block;width:1100px;height:auto}</style></head><body>' + svg + "</body></html>")
    p = Page(browser, html, tmp_path / "terminal.html", width=1100, height=900)
    try:
        DOCS.mkdir(exist_ok=True)
        p.page.locator("svg").first.screenshot(path=str(DOCS / "terminal-report.png"))
        assert all(u.startswith("file:") for u in p.requests)
    finally:
        p.close()
