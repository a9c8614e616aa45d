"""SARIF 2.1.0 report (for GitHub code scanning and other SARIF viewers).

One run; ``tool.driver`` names mtcheck (``informationUri`` only when the package metadata
declares a project URL) and lists the rules that ran or fired (id = code, name, short
description = the rule's summary, full description = summary and why, help = the text of
``mtcheck explain`` and, as Markdown, its section of docs/rules.md; default level).
``mtcheck batch`` describes its rules with the same descriptors.  Each finding is a
result with its level (critical/major → error, minor → warning, neutral → note), its
location (artifact = the document's path; region = line/column from the finding's span in
the decoded file, plus charOffset/charLength), a partial fingerprint ``mtcheck/v1`` and,
when accepted by the config or a baseline, a suppression.  Columns count Unicode code
points (``run.columnKind``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from ..model import Document, Finding, Report, Severity

__all__ = ["render_sarif", "sarif_log", "LEVEL", "SARIF_SCHEMA", "artifact_uri", "information_uri",
           "rule_descriptor", "tool_driver"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.CRITICAL: "error", Severity.MAJOR: "error", Severity.MINOR: "warning",
         Severity.NEUTRAL: "note"}
# [project.urls] labels that name the project's own page, best first (compared without
# case, spaces, dots, dashes and underscores, as packaging normalises them)
_HOME_LABELS = ("homepage", "home", "repository", "source", "sourcecode", "documentation", "docs")


@lru_cache(maxsize=1)
def information_uri() -> str | None:
    """The project's page as the installed package's metadata declares it (pyproject's
    [project.urls], else the legacy Home-page), or None: a SARIF viewer links
    ``informationUri``, so it is left out rather than pointed at a page that may not exist."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        md = metadata("mtcheck")
    except (PackageNotFoundError, OSError):  # not installed (run from a checkout), unreadable
        return None
    urls: dict[str, str] = {}
    for entry in md.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        urls.setdefault(re.sub(r"[\s._-]+", "", label.lower()), url.strip())
    for url in [*(urls.get(k) for k in _HOME_LABELS), md.get("Home-page")]:
        if url and re.match(r"^https?://[^\s/]+", url):
            return url
    return None


def tool_driver(version: str, rules: list[dict[str, Any]]) -> dict[str, Any]:
    """``tool.driver``: mtcheck, its version, its page when declared, the rules."""
    drv: dict[str, Any] = {"name": "mtcheck", "version": version, "semanticVersion": version}
    uri = information_uri()
    if uri:
        drv["informationUri"] = uri
    drv["rules"] = rules
    return drv


def artifact_uri(path: str) -> str:
    """A document path as a URI reference (relative paths stay relative)."""
    p = path.replace("\\", "/")
    if re.match(r"^[A-Za-z]:/", p):  # Windows drive path
        return "file:///" + quote(p, safe="/:")
    if p.startswith("/"):
        return "file://" + quote(p, safe="/")
    return quote(p, safe="/")


def _registry_meta(code: str, known: dict[str, Any]) -> dict[str, Any]:
    """Rule metadata: the registry's when the rule is known there (the very text of
    ``mtcheck explain`` and docs/rules.md), else what the report recorded."""
    meta = dict(known)
    try:
        from ..rules import get_rule
        rule = get_rule(code)
    except Exception:  # the registry is optional for rendering a stored report
        rule = None
    if rule is not None:
        meta.update({"name": rule.name, "category": rule.category, "severity": rule.severity.label,
                     "artefact": rule.artefact, "summary": rule.summary, "why": rule.why,
                     "family": rule.family, "doc": rule.doc(), "markdown": rule.markdown()})
    return meta


def rule_descriptor(code: str, known: dict[str, Any] | None = None) -> dict[str, Any]:
    """A ``reportingDescriptor`` for one rule (``known``: what a report recorded of it)."""
    return _descriptor(code, _registry_meta(code, known or {}))


def _rule_meta(code: str, report: Report, finding: Finding | None) -> dict[str, Any]:
    known = next((r for r in report.rules if r.get("code") == code), {})
    meta = _registry_meta(code, known)
    if finding is not None:
        meta.setdefault("name", finding.name)
        meta.setdefault("category", finding.category)
        meta.setdefault("severity", finding.severity.label)
        meta.setdefault("artefact", finding.artefact)
    return meta


def _descriptor(code: str, meta: dict[str, Any]) -> dict[str, Any]:
    name = meta.get("name") or code
    summary = meta.get("summary") or f"{code} {name}"
    full = " ".join(x for x in (meta.get("summary"), meta.get("why")) if x) or summary
    help_text = meta.get("doc") or full
    try:
        level = LEVEL[Severity.parse(meta.get("severity", "minor"))]
    except ValueError:
        level = "warning"
    tags = [t for t in (meta.get("category"), meta.get("artefact"), "translation") if t]
    d: dict[str, Any] = {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": help_text, **({"markdown": meta["markdown"]} if meta.get("markdown") else {})},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": list(dict.fromkeys(tags))},
    }
    for k in ("category", "artefact", "family"):
        if meta.get(k):
            d["properties"][k] = meta[k]
    if meta.get("severity"):
        d["properties"]["severity"] = meta["severity"]
    return d


def _region(f: Finding, doc: Document | None) -> dict[str, Any]:
    start, end = f.span
    end = max(end, start)
    region: dict[str, Any] = {"startLine": max(1, f.line), "startColumn": max(1, f.column)}
    if doc is not None and start <= len(doc.raw):
        sl, sc = doc.line_col(start)
        el, ec = doc.line_col(min(end, len(doc.raw)))
        region.update(startLine=sl, startColumn=sc, endLine=el, endColumn=ec)
    else:
        region.update(endLine=region["startLine"],
                      endColumn=region["startColumn"] + len(f.text) if "\n" not in f.text else region["startColumn"])
    region["charOffset"] = start
    region["charLength"] = end - start
    if f.text:
        region["snippet"] = {"text": f.text}
    return region


def _message(f: Finding) -> str:
    msg = " ".join(f.message.split())
    if f.suggestion:
        msg += ("" if msg.endswith((".", "!", "?")) else ".") + f" Suggestion: {' '.join(f.suggestion.split())}"
    return msg


def _result(f: Finding, rule_index: int, doc: Document | None, artifact_index: int | None) -> dict[str, Any]:
    loc: dict[str, Any] = {"uri": artifact_uri(f.document)}
    if artifact_index is not None:
        loc["index"] = artifact_index
    props: dict[str, Any] = {"severity": f.severity.label, "category": f.category}
    if f.artefact:
        props["artefact"] = f.artefact
    if f.suggestion is not None:
        props["suggestion"] = f.suggestion
    if f.evidence:
        props["evidence"] = [e.to_dict() for e in f.evidence]
    for k in ("segment", "paragraph", "bead"):
        v = getattr(f, k)
        if v is not None:
            props[k] = v
    res: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": LEVEL[f.severity],
        "message": {"text": _message(f)},
        "locations": [{"physicalLocation": {"artifactLocation": loc, "region": _region(f, doc)}}],
        "partialFingerprints": {"mtcheck/v1": f.fingerprint},
        "properties": props,
    }
    if f.suppressed:
        res["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": "accepted in the mtcheck configuration or baseline"}]
    return res


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict."""
    docs = {d.path: d for d in report.documents}
    codes: list[str] = []
    first: dict[str, Finding] = {}
    for f in report.findings:
        if f.code not in first:
            first[f.code] = f
            codes.append(f.code)
    for r in report.rules:  # rules that ran without firing are described too
        c = r.get("code")
        if c and c not in first:
            codes.append(c)
    codes = sorted(set(codes))
    rules = [_descriptor(c, _rule_meta(c, report, first.get(c))) for c in codes]
    rule_index = {c: i for i, c in enumerate(codes)}
    artifacts = []
    art_index: dict[str, int] = {}
    for d in report.documents:
        art_index[d.path] = len(artifacts)
        a: dict[str, Any] = {"location": {"uri": artifact_uri(d.path)}, "roles": ["analysisTarget"]
                             if d.role == "target" else ["referencedOnCommandLine"]}
        if d.lang:
            a["properties"] = {"lang": d.lang, "role": d.role}
        artifacts.append(a)
    results = [_result(f, rule_index[f.code], docs.get(f.document), art_index.get(f.document))
               for f in report.findings]
    run: dict[str, Any] = {
        "tool": {"driver": tool_driver(report.version, rules)},
        "invocations": [{"executionSuccessful": True}],
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "signature": report.signature,
            "article": report.article,
            "failOn": report.fail_on.label,
            "failed": report.failed,
            "counts": report.counts(),
            "scorecard": report.scorecard.to_dict(),
        },
    }
    if report.article.get("id"):
        run["automationDetails"] = {"id": f"mtcheck/{report.article['id']}/"}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(report: Report, **_opts) -> str:
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n"
