"""HTML report, static checks: self-contained (no external request), everything escaped,
embedded JSON safe and faithful, the elements the browser test and users rely on."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from conftest_report import XSS_IMG, XSS_SCRIPT, article_report, make_doc, make_finding, one_to_one, xss_report
from mtcheck.model import Report, Scorecard
from mtcheck.report import render
from mtcheck.report.html import render_html

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Tree(HTMLParser):
    """Collects start tags with attributes and checks that elements nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if tag not in VOID:
            self.stack.append(tag)
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_startendtag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data

    def find(self, tag=None, **attrs):
        out = []
        for t, a in self.tags:
            if tag and t != tag:
                continue
            keys = {k: k.rstrip("_").replace("_", "-") for k in attrs}
            if all((a.get(keys[k]) == v if v is not True else keys[k] in a) for k, v in attrs.items()):
                out.append(a)
        return out


def _parse(html: str) -> _Tree:
    t = _Tree()
    t.feed(html)
    t.close()
    return t


@pytest.fixture(scope="module")
def article_html() -> str:
    return render_html(article_report())


@pytest.fixture(scope="module")
def tree(article_html) -> _Tree:
    return _parse(article_html)


def test_well_formed(tree):
    assert tree.errors == []
    assert tree.stack == []
    assert len(tree.ids) == len(set(tree.ids)), "duplicate ids"


def test_self_contained(article_html, tree):
    # no element loads anything: no src/href to another document, no stylesheet link, no @import/url()
    for tag, a in tree.tags:
        assert "src" not in a, (tag, a)
        href = a.get("href")
        if href is not None:
            assert href.startswith("#"), (tag, a)
        assert tag not in ("link", "iframe", "object", "embed", "img", "base")
    css = re.search(r"<style>(.*?)</style>", article_html, re.S).group(1)
    assert "@import" not in css and "url(" not in css
    assert not re.search(r"https?://", re.sub(r'<script type="application/json".*?</script>', "", article_html,
                                              flags=re.S))
    # JS makes no request either
    js = tree.scripts[-1]
    for api in ("fetch(", "XMLHttpRequest", "import(", "WebSocket", "sendBeacon", ".src", "innerHTML", "eval("):
        assert api not in js, api


def test_content_security_policy_allows_only_our_script(article_html, tree):
    csp = tree.find("meta", http_equiv="Content-Security-Policy")[0]["content"]
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    js = tree.scripts[-1]
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" in csp


def test_exactly_two_scripts_data_then_code(tree):
    scripts = tree.find("script")
    assert len(scripts) == 2
    assert scripts[0] == {"type": "application/json", "id": "mtcheck-data"}
    assert scripts[1] == {}


def test_embedded_json_is_the_report(tree):
    r = article_report()
    data = json.loads(tree.scripts[0])
    expected = r.to_dict()
    for fd, f in zip(expected["findings"], r.findings):
        fd["suppressed"] = f.suppressed
    assert data == expected
    assert sum(data["counts"].values()) == len(r.active_findings())


def test_findings_list(tree):
    r = article_report()
    active = r.active_findings()
    items = [a for t, a in tree.tags if "finding" in a.get("class", "").split()]
    assert len(items) == len(active)
    assert [a["data-severity"] for a in items] == [f.severity.label for f in
                                                   sorted(active, key=lambda f: -f.severity)]
    for a in items:
        assert a["id"].startswith("f-") and a["data-code"] and a["data-category"]
    count = tree.find(id="finding-count")
    assert len(count) == 1


def test_finding_count_initial_value(article_html):
    m = re.search(r'<span id="finding-count">(\d+)</span>', article_html)
    assert m and int(m.group(1)) == len(article_report().active_findings())


def test_filters(tree):
    r = article_report()
    for sev in ("critical", "major", "minor", "neutral"):
        assert len(tree.find("input", class_="filter filter-severity", value=sev)) == 1
    cats = {a["value"] for a in tree.find("input", class_="filter filter-category")}
    assert cats == {f.category for f in r.active_findings()}
    rules = {a["value"] for a in tree.find("input", class_="filter filter-rule")}
    assert rules == {f.code for f in r.active_findings()}
    assert all("checked" in a for a in tree.find("input"))


def test_marks_link_to_findings_and_back(tree):
    r = article_report()
    marks = [a for t, a in tree.tags if t == "mark" and "data-finding" in a]
    anchored = {a["id"]: a for a in marks if "id" in a}
    # every active finding with a span has exactly one anchored mark in the aligned view
    assert {f"m-{r.findings.index(f)}" for f in r.active_findings()} == set(anchored)
    for a in marks:
        assert a["data-severity"] in ("critical", "major", "minor", "neutral")
        assert a["data-code"] and a["data-category"] and a["title"] and a["tabindex"] == "0"
        assert f"f-{a['data-finding']}" in tree.ids
    gotos = [a["href"] for a in tree.find("a", class_="goto")]
    assert sorted(gotos) == sorted(f"#{i}" for i in anchored)
    # the suppressed finding has no mark and is not in the list
    sup = r.findings.index(next(f for f in r.findings if f.suppressed))
    assert not any(a["data-finding"] == str(sup) for a in marks)


def test_mark_title_explains_the_finding(article_html):
    assert 'title="N001 name-near-miss (major): Name “Bukule” differs from “Bukele” in every other version → Bukele"' \
        in article_html


def test_aligned_view_has_a_column_per_version_and_a_row_per_group(article_html):
    r = article_report()
    table = re.search(r'<table class="aligned">(.*?)</table>', article_html, re.S).group(1)
    assert table.count('<th scope="col"') == len(r.documents)
    assert len(re.findall(r'<tr id="row-\d+"', table)) == 7


def test_charts_are_inline_svg(tree):
    svgs = tree.find("svg")
    assert len(svgs) == 3
    assert all(a.get("role") == "img" for a in svgs)
    rects = [a for t, a in tree.tags if t == "rect"]
    assert any(a["class"] in ("bar-pass", "bar-fail") for a in rects)
    assert any(a["class"].startswith("sev-") for a in rects)


def test_scores_shown(article_html):
    for needle in (">41.2<", ">67.9<", ">38.5<", "95% CI 35.1–47.9", "Quality (MQM-style)",
                   "FAIL · findings at or above major", "1 suppressed"):
        assert needle in article_html, needle


def test_xss_everything_escaped():
    html = render_html(xss_report())
    assert XSS_SCRIPT not in html
    assert XSS_IMG not in html
    outside_json = re.sub(r'<script type="application/json".*?</script>', "", html, flags=re.S)
    assert "<img" not in html and "onerror=" not in outside_json.replace("onerror=&quot;", "")
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert 'evil&quot;&lt;b&gt;.en.txt' in html
    tree = _parse(html)
    assert tree.errors == [] and len(tree.find("script")) == 2
    assert not any(t in ("img", "b") for t, _ in tree.tags)
    # the embedded JSON cannot close its element and still round-trips
    raw = re.search(r'<script type="application/json" id="mtcheck-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json.loads(raw)["documents"][1]["text"].startswith(f"He said {XSS_SCRIPT}")


def test_hostile_category_and_code_values_are_escaped():
    tgt = make_doc("t.txt", "en", "target", ["Some text here."])
    f = make_finding(tgt, "text", "X001", "minor", category='Markup/"><script>x()</script>')
    html = render_html(Report({"id": "c"}, [tgt], [], [f], Scorecard(), "sig", "0.1.0"))
    assert "<script>x()" not in html
    tree = _parse(html)
    assert tree.errors == []
    assert tree.find("input", class_="filter filter-category")[0]["value"] == 'Markup/"><script>x()</script>'


def test_overlapping_and_zero_width_findings_nest():
    src = make_doc("s.txt", "de", "source", ["Titel.", "Der große Hund bellte laut."])
    tgt = make_doc("t.txt", "en", "target", ["The big dog barked loudly."])
    f1 = make_finding(tgt, "big dog", "A001", "major")
    f2 = make_finding(tgt, "dog barked", "A002", "minor")
    f3 = make_finding(tgt, "", "C001", "critical", message="omitted headline")
    r = Report({"id": "o"}, [src, tgt], [one_to_one(src, tgt)], [f1, f2, f3], Scorecard(), "sig", "0.1.0")
    html = render_html(r)
    tree = _parse(html)
    assert tree.errors == []
    marks = [a for t, a in tree.tags if t == "mark" and "data-finding" in a]
    assert {a["data-code"] for a in marks} == {"A001", "A002", "C001"}
    assert sum(1 for a in marks if "id" in a) == 3
    assert any("gap" in a["class"] for a in marks)
    # the text survives intact when the marks are stripped
    row = re.search(r'<td class="tgt"[^>]*>(.*?)</td>', html, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", row).replace("‸", "") == "The big dog barked loudly."


def test_empty_report():
    tgt = make_doc("t.txt", "en", "target", ["All good."])
    html = render(Report({"id": "e"}, [tgt], [], [], Scorecard(), "sig", "0.1.0"), "html")
    assert "No findings." in html and '<span id="finding-count">0</span>' in html
    assert _parse(html).errors == []


def test_printable(article_html):
    assert "@media print" in article_html
