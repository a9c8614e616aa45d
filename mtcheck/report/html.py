"""HTML report: one self-contained file (inline CSS, JS and SVG; no external request).

Sections: verdict and score cards, charts (quality per paragraph, findings by category
and by severity), the consistency matrix, the versions, the findings list (filterable by
severity, category and rule; each finding links to its place in the text and back) and
the n-way aligned view with every finding highlighted in place (``<mark>`` with
data-severity/data-category/data-code; explained on hover and, on click, in a details
panel).  The report JSON is embedded in ``<script type="application/json"
id="mtcheck-data">``.

Every piece of article text, message, path and metadata goes through ``html.escape``;
the JSON is embedded with ``<``, ``>`` and ``&`` escaped, and a Content-Security-Policy
allows only this file's own script (by hash) and no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any, Sequence

from ..model import Document, Finding, Report, Segment, Severity
from ._view import ReportView

__all__ = ["render_html"]

_SEVS = [s for s in sorted(Severity, reverse=True)]


def _e(s: Any) -> str:
    return escape("" if s is None else str(s), quote=True)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("mtcheck.report").joinpath("assets", name).read_text(encoding="utf-8")


def _json_for_script(data: Any) -> str:
    """JSON that cannot end the <script> element or open a comment/CDATA."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _base(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _fmt_pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"


def _grade(x: float | None, similarity: bool = False) -> str:
    if x is None:
        return "na"
    hi, lo = (0.7, 0.5) if similarity else (0.95, 0.8)  # cosines of translations rarely reach 0.9
    return "good" if x >= hi else ("fair" if x >= lo else "poor")


# ----------------------------------------------------------------------------- context

class _Ctx(ReportView):
    def __init__(self, report: Report) -> None:
        super().__init__(report)
        self.index = {id(f): i for i, f in enumerate(report.findings)}
        self.anchored: set[int] = set()  # findings whose mark in the aligned view has an id
        self.para_rows: dict[str, dict[int, int]] = {}  # path → paragraph → first aligned row

    def fid(self, f: Finding) -> int:
        return self.index[id(f)]


def _mark_attrs(ctx: _Ctx, f: Finding, *, anchor: bool, extra_class: str = "") -> str:
    i = ctx.fid(f)
    title = f"{f.code} {f.name} ({f.severity.label}): {' '.join(f.message.split())}"
    if f.suggestion:
        title += f" → {f.suggestion}"
    attrs = (f' class="{extra_class}sev-{f.severity.label}" data-finding="{i}" data-severity="{f.severity.label}"'
             f' data-category="{_e(f.category)}" data-code="{_e(f.code)}" title="{_e(title)}" tabindex="0"')
    if anchor and i not in ctx.anchored:
        ctx.anchored.add(i)
        attrs = f' id="m-{i}"' + attrs
    return attrs


def _marked(ctx: _Ctx, seg: Segment, findings: Sequence[Finding], *, live: bool) -> str:
    """The sentence as HTML with each finding's span wrapped in <mark> (nested where spans
    overlap; a zero-width finding shows as a caret).  ``live`` marks are the filterable,
    clickable ones of the aligned view; the others are static snippets in the list."""
    text = seg.text
    spans = []
    for f in findings:
        if f.text_span is None:
            continue
        s = min(max(f.text_span[0] - seg.start, 0), len(text))
        e = min(max(f.text_span[1] - seg.start, s), len(text))
        spans.append((s, e, f))
    cuts = sorted({0, len(text), *[s for s, _, _ in spans], *[e for _, e, _ in spans]})
    out = []
    for k, pos in enumerate(cuts):
        for s, e, f in spans:
            if s == e == pos:
                if live:
                    out.append(f'<mark{_mark_attrs(ctx, f, anchor=True, extra_class="gap ")}>‸</mark>')
                else:
                    out.append(f'<mark class="snippet gap sev-{f.severity.label}">‸</mark>')
        if k + 1 >= len(cuts):
            break
        nxt = cuts[k + 1]
        piece = _e(text[pos:nxt])
        cover = [f for s, e, f in spans if s <= pos and e >= nxt and s < e]
        cover.sort(key=lambda f: (-f.severity, f.code))
        for f in reversed(cover):
            if live:
                piece = f"<mark{_mark_attrs(ctx, f, anchor=True)}>{piece}</mark>"
            else:
                piece = f'<mark class="snippet sev-{f.severity.label}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


# ----------------------------------------------------------------------------- sections

def _header(ctx: _Ctx) -> str:
    r = ctx.report
    title = r.article.get("title") or (ctx.target.title if ctx.target else "") or r.article.get("id", "")
    meta = " · ".join(_e(x) for x in (r.article.get("id"), r.article.get("date")) if x)
    verdict = ("fail", f"FAIL · findings at or above {r.fail_on.label}") if r.failed else \
              ("pass", f"PASS · nothing at or above {r.fail_on.label}")
    return (f'<header class="top"><div class="wrap headline"><div><h1>{_e(title)}</h1>'
            f'<div class="meta">{meta} · mtcheck {_e(r.version)}</div></div>'
            f'<div class="verdict {verdict[0]}">{_e(verdict[1])}</div></div>'
            f'<div class="wrap"><nav class="toc"><a href="#summary">Summary</a><a href="#charts">Charts</a>'
            f'<a href="#consistency">Consistency</a><a href="#versions">Versions</a>'
            f'<a href="#findings">Findings</a><a href="#aligned">Aligned text</a></nav></div></header>')


def _cards(ctx: _Ctx) -> str:
    r = ctx.report
    cards = []
    for path, q in r.scorecard.quality.items():
        cls = "pass" if q["passed"] else "fail"
        cards.append(
            f'<div class="card {cls}"><div class="label">Quality (MQM-style)</div>'
            f'<div class="big">{q["score"]:.1f}<small>/100</small></div>'
            f'<div class="sub">{_e(q["per_1000_words"])} penalty points per 1,000 words · '
            f'threshold {_e(format(q["threshold"], "g"))} · <strong>{"pass" if q["passed"] else "fail"}</strong>'
            f'<br><span title="{_e(path)}">{_e(_base(path))}</span> · {_e(q["words"])} words</div></div>')
    for m in r.scorecard.metrics:
        ci = f"95% CI {m.ci[0]:.1f}–{m.ci[1]:.1f} · " if m.ci else ""
        better = "lower is better" if m.name.upper() == "TER" else "higher is better"
        cards.append(
            f'<div class="card" title="{_e(m.signature)}"><div class="label">{_e(m.name)}</div>'
            f'<div class="big">{m.score:.1f}</div>'
            f'<div class="sub">{_e(ci)}{better}<br>vs <span title="{_e(m.reference)}">{_e(_base(m.reference))}</span>'
            f'</div></div>')
    counts = r.counts()
    chips = "".join(f'<span class="badge sev-{k}">{_e(k)} {v}</span>' for k, v in counts.items())
    nsup = len(r.findings) - len(r.active_findings())
    sup = f'<div class="sub">{nsup} suppressed (accepted)</div>' if nsup else ""
    cards.append(f'<div class="card {"fail" if r.failed else "pass"}"><div class="label">Findings</div>'
                 f'<div class="big">{sum(counts.values())}</div><div class="sevcounts">{chips}</div>{sup}</div>')
    return f'<section id="summary"><h2>Summary</h2><div class="cards">{"".join(cards)}</div></section>'


def _bar_chart_paragraphs(ctx: _Ctx, path: str, q: dict) -> str:
    paras = q.get("paragraphs") or []
    if not paras:
        return '<p class="muted">No paragraphs.</p>'
    n = len(paras)
    W, H, L, B, T = 1000, 190, 30, 22, 8
    plot_w, plot_h = W - L - 6, H - B - T
    step = plot_w / n
    bw = max(1.5, min(28.0, step * 0.78))
    thr = float(q.get("threshold", 90))
    out = [f'<svg viewBox="0 0 {W} {H}" role="img" aria-label="Quality score per paragraph">']
    for v in (0, 50, 100):
        y = T + plot_h * (1 - v / 100)
        out.append(f'<line class="axis" x1="{L}" x2="{W - 4}" y1="{y:.1f}" y2="{y:.1f}"/>'
                   f'<text x="{L - 4}" y="{y + 4:.1f}" text-anchor="end">{v}</text>')
    first_row = ctx.para_rows.get(path, {})
    for k, p in enumerate(paras):
        score = float(p.get("score", 100))
        h = max(1.0, plot_h * score / 100)
        x = L + k * step + (step - bw) / 2
        y = T + plot_h - h
        cls = "bar-pass" if score >= thr else "bar-fail"
        tip = (f"¶{p['index'] + 1} ({p.get('kind', '')}): {score:.1f}/100 · {p.get('words', 0)} words · "
               f"{p.get('findings', 0)} findings · {p.get('penalty', 0)} points")
        rect = (f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{h:.1f}" rx="1.5">'
                f'<title>{_e(tip)}</title></rect>')
        row = first_row.get(p["index"])
        out.append(f'<a href="#row-{row}">{rect}</a>' if row is not None else rect)
        if n <= 30 or k % max(1, n // 15) == 0:
            out.append(f'<text x="{x + bw / 2:.1f}" y="{H - 6}" text-anchor="middle">{p["index"] + 1}</text>')
    ythr = T + plot_h * (1 - thr / 100)
    out.append(f'<line class="threshold" x1="{L}" x2="{W - 4}" y1="{ythr:.1f}" y2="{ythr:.1f}">'
               f'<title>threshold {_e(format(thr, "g"))}</title></line>')
    out.append("</svg>")
    return "".join(out)


def _hbar_chart(items: Sequence[tuple[str, int, str]], label: str) -> str:
    if not items:
        return '<p class="muted">No findings.</p>'
    W, row_h, L = 420, 22, 170
    H = row_h * len(items) + 6
    mx = max(v for _, v, _ in items) or 1
    out = [f'<svg viewBox="0 0 {W} {H}" role="img" aria-label="{_e(label)}">']
    for k, (name, v, cls) in enumerate(items):
        y = 3 + k * row_h
        w = max(2.0, (W - L - 40) * v / mx) if v else 0.0
        short = name if len(name) <= 28 else name[:27] + "…"
        out.append(f'<text x="{L - 8}" y="{y + 15}" text-anchor="end">{_e(short)}</text>'
                   f'<rect class="{_e(cls)}" x="{L}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" rx="2">'
                   f'<title>{_e(name)}: {v}</title></rect>'
                   f'<text x="{L + w + 6:.1f}" y="{y + 15}">{v}</text>')
    out.append("</svg>")
    return "".join(out)


def _charts(ctx: _Ctx) -> str:
    r = ctx.report
    blocks = []
    for path, q in r.scorecard.quality.items():
        blocks.append(f'<div class="chart wide"><h3>Quality per paragraph <span class="muted" title="{_e(path)}">'
                      f'({_e(_base(path))})</span></h3>'
                      f'{_bar_chart_paragraphs(ctx, path, q)}'
                      f'<div class="legend">Bars: score out of 100 per paragraph (click to jump to it); '
                      f'dashed line: threshold.</div></div>')
    cats: dict[str, int] = {}
    for f in ctx.active:
        cats[f.category] = cats.get(f.category, 0) + 1
    cat_items = [(c, n, "cat") for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0]))]
    blocks.append(f'<div class="chart"><h3>Findings by category</h3>{_hbar_chart(cat_items, "Findings by category")}</div>')
    counts = r.counts()
    sev_items = [(k, v, f"sev-{k}") for k, v in counts.items()]
    blocks.append(f'<div class="chart"><h3>Findings by severity</h3>{_hbar_chart(sev_items, "Findings by severity")}</div>')
    return f'<section id="charts"><h2>Charts</h2><div class="charts">{"".join(blocks)}</div></section>'


def _matrix(ctx: _Ctx) -> str:
    rows = ctx.report.scorecard.consistency
    if not rows:
        return ('<section id="consistency"><h2>Consistency</h2>'
                '<p class="muted">Only one version: nothing to compare.</p></section>')
    cells: dict[tuple[str, str], tuple[dict, int]] = {}
    for row in rows:
        cells[(row["a"], row["b"])] = (row, 0)
        cells[(row["b"], row["a"])] = (row, 1)
    docs = [d for d in ctx.report.documents if any(d.path in (r["a"], r["b"]) for r in rows)]
    head = "".join(f'<th scope="col" title="{_e(d.path)}">{_e(ctx.labels[d.path])}</th>' for d in docs)
    body = []
    for a in docs:
        tds = []
        for b in docs:
            if a is b:
                tds.append('<td class="self">—</td>')
                continue
            got = cells.get((a.path, b.path))
            if got is None:
                tds.append('<td class="na">–</td>')
                continue
            row, flip = got
            parts = []
            cov = row.get("coverage")
            if cov:
                parts.append(("cov", cov[flip], "share of the row's sentences aligned to the column's"))
            parts.append(("ent", row.get("entities"), "names that agree"))
            parts.append(("num", row.get("numbers"), "numbers that agree"))
            if row.get("terminology") is not None:
                parts.append(("term", row["terminology"], "glossary terms rendered as required"))
            if row.get("similarity") is not None:
                parts.append(("sim", row["similarity"], "mean cross-lingual similarity"))
            lines = []
            for k, v, tip in parts:
                val = f"{v:.2f}" if (k == "sim" and v is not None) else _fmt_pct(v)
                lines.append(f'<span title="{_e(tip)}"><span class="k">{k}</span>'
                             f'<span class="{_grade(v, k == "sim")}">{_e(val)}</span></span>')
            tds.append(f'<td>{"<br>".join(lines)}</td>')
        body.append(f'<tr><th scope="row" title="{_e(a.path)}">{_e(ctx.labels[a.path])}</th>{"".join(tds)}</tr>')
    return (f'<section id="consistency"><h2>Consistency</h2><table class="matrix"><thead><tr><th></th>{head}</tr>'
            f'</thead><tbody>{"".join(body)}</tbody></table>'
            f'<p class="legend">cov: share of the row version\'s sentences aligned to the column version\'s · '
            f'ent: share of names that agree (fuzzy) · num: share of numbers found in the aligned unit · '
            f'term: glossary terms as required · sim: cross-lingual similarity · –: not measurable.</p></section>')


def _versions(ctx: _Ctx) -> str:
    rows = []
    for d in ctx.report.documents:
        lang = _e(d.lang or "?")
        if d.lang_detected and d.lang and d.lang_detected != d.lang:
            lang += f' <span class="poor" title="detected language">(detected {_e(d.lang_detected)})</span>'
        rows.append(f'<tr><td>{_e(ctx.labels[d.path])}</td><td>{_e(d.role)}</td><td>{lang}</td>'
                    f'<td class="num">{d.words}</td><td><code>{_e(d.path)}</code>'
                    f'{" <span class=muted>(" + _e(d.scope) + ")</span>" if d.scope != "full" else ""}</td>'
                    f'<td class="muted">{_e(d.origin)}</td></tr>')
    return (f'<section id="versions"><h2>Versions</h2><table><thead><tr><th>label</th><th>role</th><th>lang</th>'
            f'<th class="num">words</th><th>file</th><th>origin</th></tr></thead><tbody>{"".join(rows)}</tbody>'
            f'</table></section>')


def _filters(ctx: _Ctx) -> str:
    fs = ctx.active
    sev_n = {s.label: 0 for s in _SEVS}
    cat_n: dict[str, int] = {}
    rule_n: dict[str, tuple[str, int]] = {}
    for f in fs:
        sev_n[f.severity.label] += 1
        cat_n[f.category] = cat_n.get(f.category, 0) + 1
        name, n = rule_n.get(f.code, (f.name, 0))
        rule_n[f.code] = (name, n + 1)

    def chip(kind: str, value: str, label: str, n: int, cls: str = "", title: str = "") -> str:
        t = f' title="{_e(title)}"' if title else ""
        return (f'<label class="chip {cls}"{t}><input type="checkbox" class="filter filter-{kind}" '
                f'value="{_e(value)}" checked> {_e(label)} <span class="n">{n}</span></label>')

    def toggles(kind: str) -> str:
        return (f'<button type="button" class="link" data-toggle="{kind}" data-state="all">all</button>'
                f'<button type="button" class="link" data-toggle="{kind}" data-state="none">none</button>')

    sev = "".join(chip("severity", k, k, v, f"sev-{k}") for k, v in sev_n.items())
    cat = "".join(chip("category", c, c, n) for c, n in sorted(cat_n.items()))
    rule = "".join(chip("rule", c, c, n, title=name) for c, (name, n) in sorted(rule_n.items()))
    return (f'<div class="filterbar" id="filters"><div class="wrap">'
            f'<fieldset><legend>Severity</legend>{sev}</fieldset>'
            f'<details><summary>Category ({len(cat_n)})</summary><fieldset><legend>Category</legend>{cat}'
            f'{toggles("category")}</fieldset></details>'
            f'<details><summary>Rule ({len(rule_n)})</summary><fieldset><legend>Rule</legend>{rule}'
            f'{toggles("rule")}</fieldset></details>'
            f'<div class="count"><span id="finding-count">{len(fs)}</span> of {len(fs)} findings shown</div>'
            f'</div></div>')


def _finding_html(ctx: _Ctx, f: Finding, *, listed: bool = True) -> str:
    i = ctx.fid(f)
    sev = f.severity.label
    lines = []
    seg = ctx.segment_of(f)
    doc = ctx.docs.get(f.document)
    shown_ctx: set[tuple[str, str]] = set()
    if seg is not None and doc is not None:
        lines.append(f'<div class="line"><span class="lab">{_e(ctx.labels.get(doc.path, doc.role))}</span>'
                     f'<span lang="{_e(doc.lang or "")}" dir="auto">{_marked(ctx, seg, [f], live=False)}</span></div>')
        for cdoc, csegs in ctx.counterparts(f):
            ctext = " ".join(s.text for s in csegs)
            shown_ctx.add((cdoc.path, " ".join(ctext.split())))
            body = _e(ctext) if csegs else '<span class="faint">(no aligned sentence)</span>'
            lines.append(f'<div class="line"><span class="lab">{_e(ctx.labels.get(cdoc.path, cdoc.role))}</span>'
                         f'<span lang="{_e(cdoc.lang or "")}" dir="auto">{body}</span></div>')
    elif f.text:
        lines.append(f'<div class="line"><span class="lab">text</span><span>'
                     f'<mark class="snippet sev-{sev}">{_e(f.text)}</mark></span></div>')
    for ev in f.evidence:
        if (ev.document, " ".join(ev.text.split())) in shown_ctx:
            continue
        lab = ctx.labels.get(ev.document) or ev.lang or ev.document
        note = f' <span class="note">({_e(ev.note)})</span>' if ev.note else ""
        lines.append(f'<div class="line evidence"><span class="lab" title="{_e(ev.document)}">{_e(lab)}</span>'
                     f'<span lang="{_e(ev.lang or "")}" dir="auto">{_e(ev.text)}{note}</span></div>')
    sugg = f'<p class="suggestion">{_e(f.suggestion)}</p>' if f.suggestion else ""
    goto = (f'<a class="goto" href="#m-{i}">↓ show in the aligned text</a>'
            if listed and i in ctx.anchored else "")
    cls = "finding" if listed else "finding-suppressed"
    ident = f' id="f-{i}"' if listed else ""
    return (f'<article class="{cls} sev-{sev}"{ident} data-severity="{sev}" data-category="{_e(f.category)}" '
            f'data-code="{_e(f.code)}" data-fingerprint="{_e(f.fingerprint)}">'
            f'<header><span class="badge sev-{sev}">{sev}</span><code class="rule">{_e(f.code)}</code>'
            f'<span class="rule">{_e(f.name)}</span><span class="loc">{_e(f.document)}:{f.line}:{f.column}</span>'
            f'<span class="cat">{_e(f.category)}</span></header>'
            f'<p class="msg">{_e(f.message)}</p><div class="lines">{"".join(lines)}</div>{sugg}{goto}</article>')


def _findings(ctx: _Ctx) -> str:
    groups = []
    for s in _SEVS:
        fs = [f for f in ctx.active if f.severity == s]
        if not fs:
            continue
        groups.append(f'<div class="group" data-group="{s.label}"><h3>{s.label.capitalize()} '
                      f'<span class="muted">({len(fs)})</span></h3>'
                      + "".join(_finding_html(ctx, f) for f in fs) + "</div>")
    if not ctx.active:
        groups.append('<p class="muted">No findings.</p>')
    sup = [f for f in ctx.report.findings if f.suppressed]
    supp = ""
    if sup:
        supp = (f'<details class="suppressed-list"><summary>{len(sup)} suppressed (accepted in the config or '
                f'baseline)</summary>' + "".join(_finding_html(ctx, f, listed=False) for f in sup) + "</details>")
    return f'<section id="findings"><h2>Findings</h2>{"".join(groups)}{supp}</section>'


def _aligned(ctx: _Ctx) -> str:
    from ..score import nway_rows

    rows = nway_rows(ctx.report.documents, ctx.report.alignments)
    if not rows:
        return '<section id="aligned"><h2>Aligned text</h2><p class="muted">Nothing to show.</p></section>'
    docs = [ctx.docs[p] for p in rows[0].keys() if p in ctx.docs]
    head = "".join(f'<th scope="col" title="{_e(d.path)}">{_e(ctx.labels[d.path])} '
                   f'<span class="faint">{_e(d.role)}</span></th>' for d in docs)
    body = []
    for n, row in enumerate(rows):
        tds = []
        any_f = False
        for d in docs:
            idx = row.get(d.path, [])
            if not idx:
                tds.append('<td class="empty"></td>')
                continue
            sents = []
            for i in idx:
                if i >= len(d.segments):
                    continue
                seg = d.segments[i]
                fs = ctx.findings_in(d, seg)
                any_f = any_f or bool(fs)
                sents.append(f'<span class="s" id="{_e(_seg_id(ctx, d, i))}">{_marked(ctx, seg, fs, live=True)}</span>')
            cls = "tgt" if d.role == "target" else ""
            tds.append(f'<td class="{cls}" lang="{_e(d.lang or "")}" dir="auto">{"".join(sents)}</td>')
        body.append(f'<tr id="row-{n}" class="{"has-finding" if any_f else ""}"><td class="n">{n + 1}</td>'
                    f'{"".join(tds)}</tr>')
    return (f'<section id="aligned"><h2>Aligned text</h2><p class="legend">One row per group of source '
            f'sentences with their counterparts in every version; click a highlighted passage for details.</p>'
            f'<table class="aligned"><thead><tr><th>#</th>{head}</tr></thead><tbody>{"".join(body)}</tbody>'
            f'</table></section>')


def _seg_id(ctx: _Ctx, d: Document, i: int) -> str:
    k = list(ctx.docs).index(d.path)
    return f"s-{k}-{i}"


def _para_rows(ctx: _Ctx) -> dict[str, dict[int, int]]:
    """For every document: paragraph index → first aligned-view row holding it."""
    from ..score import nway_rows

    out: dict[str, dict[int, int]] = {}
    for n, row in enumerate(nway_rows(ctx.report.documents, ctx.report.alignments)):
        for path, idx in row.items():
            d = ctx.docs.get(path)
            if d is None:
                continue
            for i in idx:
                if i < len(d.segments):
                    out.setdefault(path, {}).setdefault(d.segments[i].paragraph, n)
    return out


def _footer(ctx: _Ctx) -> str:
    r = ctx.report
    sigs = "".join(f'<div>{_e(m.name)} vs {_e(m.reference)}: <code>{_e(m.signature)}</code></div>'
                   for m in r.scorecard.metrics)
    return (f'<footer><div class="wrap"><div>mtcheck signature: <code>{_e(r.signature)}</code></div>{sigs}'
            f'<div>The full report data is embedded in this file as JSON '
            f'(<code>script#mtcheck-data</code>, schema mtcheck-report).</div></div></footer>')


# ----------------------------------------------------------------------------- entry point

def render_html(report: Report, **_opts) -> str:
    """The report as one self-contained HTML document."""
    ctx = _Ctx(report)
    ctx.para_rows = _para_rows(ctx)
    aligned = _aligned(ctx)  # first: gives marks their ids so the list can link to them
    data = report.to_dict()
    for fd, f in zip(data.get("findings", []), report.findings):
        fd.setdefault("suppressed", f.suppressed)
    css = _asset("report.css")
    js = _asset("report.js")
    js_hash = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
           f"script-src 'sha256-{js_hash}'; base-uri 'none'; form-action 'none'")
    title = report.article.get("title") or report.article.get("id") or "mtcheck report"
    lang = ctx.target.lang if ctx.target and ctx.target.lang else "en"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="mtcheck {_e(report.version)}">',
        f"<title>mtcheck · {_e(title)}</title>",
        f"<style>{css}</style></head>",
        f'<body data-target-lang="{_e(lang)}" data-failed="{str(report.failed).lower()}">',
        _header(ctx),
        '<main><div class="wrap">',
        _cards(ctx), _charts(ctx), _matrix(ctx), _versions(ctx),
        "</div>",
        _filters(ctx),
        '<div class="wrap">',
        _findings(ctx), aligned,
        "</div></main>",
        _footer(ctx),
        '<aside id="details" hidden aria-live="polite"><button type="button" class="close" '
        'aria-label="Close">×</button><div id="details-body"></div></aside>',
        f'<script type="application/json" id="mtcheck-data">{_json_for_script(data)}</script>',
        f"<script>{js}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"
