"""Machine-readable reports: JSON (against mtcheck/schema/report.schema.json), SARIF 2.1.0
(against tests/data/sarif-schema-2.1.0.json), GitHub workflow annotations, line format."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from conftest_report import XSS_IMG, XSS_SCRIPT, article_report, cecot_report, make_doc, make_finding, one_to_one, xss_report
from mtcheck.model import Evidence, Report, Scorecard, Severity
from mtcheck.report import FORMATS, render
from mtcheck.report.github import annotation, escape_data, escape_property
from mtcheck.report.sarif import LEVEL, artifact_uri, information_uri, rule_descriptor, sarif_log

ROOT = Path(__file__).resolve().parent.parent
REPORT_SCHEMA = json.loads((ROOT / "mtcheck" / "schema" / "report.schema.json").read_text(encoding="utf-8"))
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _multiline_report() -> Report:
    """A target whose raw file differs from its text (CRLF line ends) and a finding that
    spans a line break."""
    tgt = make_doc("dir with space/t,1.txt", "en", "target", ["First line here.", "Second: 50% done."])
    tgt.raw = tgt.text.replace("\n", "\r\n")
    # text offset i → raw offset i + number of newlines before i (each \n became \r\n)
    tgt.offsets = [i + tgt.text[:i].count("\n") for i in range(len(tgt.text) + 1)]
    tgt._line_starts = None
    src = make_doc("s.txt", "de", "source", ["Erste Zeile.", "Zweite: 50 % fertig."])
    f1 = make_finding(tgt, "here.\n\nSecond", "M001", "minor", message="spans a paragraph break")
    f2 = make_finding(tgt, "50% done", "M002", "neutral", message="100% sure,\nreally: yes\r")
    return Report({"id": "ml"}, [src, tgt], [one_to_one(src, tgt)], [f1, f2], Scorecard(), "sig", "0.1.0")


def _reports():
    return {"article": article_report(), "xss": xss_report(), "multiline": _multiline_report(),
            "empty": Report({"id": "e"}, [make_doc("t.txt", "en", "target", ["Fine."])], [], [], Scorecard(),
                            "sig", "0.1.0")}


# ----------------------------------------------------------------------------- JSON

def test_report_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(REPORT_SCHEMA)


@pytest.mark.parametrize("name", ["article", "xss", "multiline", "empty"])
def test_json_report_validates(name):
    data = json.loads(render(_reports()[name], "json"))
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(data)


def test_json_report_with_confidence_intervals_validates():
    from mtcheck.score import build_scorecard

    r = article_report()

    class Cfg:
        quality_threshold = 90.0
        glossary = None

    r.scorecard = build_scorecard(r.documents, r.alignments, r.findings, Cfg(), confidence=True)
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(json.loads(render(r, "json")))


def test_report_schema_rejects_broken_reports():
    good = json.loads(render(article_report(), "json"))
    v = jsonschema.Draft202012Validator(REPORT_SCHEMA)
    for mutate in (
        lambda d: d["findings"][0].__setitem__("severity", "fatal"),
        lambda d: d["findings"][0].pop("fingerprint"),
        lambda d: d["findings"][0].__setitem__("line", 0),
        lambda d: d.__setitem__("extra", 1),
        lambda d: d["scorecard"]["consistency"][0].__setitem__("entities", 1.5),
        lambda d: d["documents"][0].__setitem__("role", "original"),
        lambda d: d["scorecard"]["quality"]["article.en.txt"].__setitem__("score", 120),
        lambda d: d.__setitem__("schema", "other/1.0"),
    ):
        bad = copy.deepcopy(good)
        mutate(bad)
        assert not v.is_valid(bad)


@pytest.mark.slow
def test_cecot_json_validates_when_the_pipeline_runs():
    report = cecot_report()
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(json.loads(render(report, "json")))
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(json.loads(render(report, "sarif")))


# ----------------------------------------------------------------------------- SARIF

def test_sarif_schema_is_valid():
    jsonschema.Draft7Validator.check_schema(SARIF_SCHEMA)


@pytest.mark.parametrize("name", ["article", "xss", "multiline", "empty"])
def test_sarif_validates(name):
    log = json.loads(render(_reports()[name], "sarif"))
    jsonschema.Draft7Validator(SARIF_SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER).validate(log)
    assert log["version"] == "2.1.0"


def test_sarif_schema_rejects_unknown_properties():
    log = json.loads(render(article_report(), "sarif"))
    v = jsonschema.Draft7Validator(SARIF_SCHEMA)
    for mutate in (
        lambda d: d["runs"][0]["results"][0].__setitem__("severity", "major"),
        lambda d: d["runs"][0]["results"][0].__setitem__("level", "critical"),
        lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].__setitem__("startLine", 0),
        lambda d: d["runs"][0]["tool"]["driver"].pop("name"),
        lambda d: d["runs"][0]["tool"]["driver"]["rules"][0]["shortDescription"].pop("text"),
        lambda d: d["runs"][0]["results"][0].pop("message"),
    ):
        bad = copy.deepcopy(log)
        mutate(bad)
        assert not v.is_valid(bad)


def test_sarif_driver_and_rules():
    r = article_report()
    run = sarif_log(r)["runs"][0]
    drv = run["tool"]["driver"]
    assert drv["name"] == "mtcheck" and drv["version"] == r.version
    assert drv.get("informationUri") == information_uri()
    ids = [x["id"] for x in drv["rules"]]
    assert ids == sorted({f.code for f in r.findings})
    by_id = {x["id"]: x for x in drv["rules"]}
    assert by_id["D001"]["defaultConfiguration"]["level"] == "error"
    assert by_id["F003"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["S201"]["defaultConfiguration"]["level"] == "note"
    for x in drv["rules"]:
        assert x["name"] and x["shortDescription"]["text"] and x["fullDescription"]["text"] and x["help"]["text"]
    for res in run["results"]:
        assert drv["rules"][res["ruleIndex"]]["id"] == res["ruleId"]


def test_sarif_rule_help_from_registry_when_known():
    from mtcheck.rules import all_rules

    rules = all_rules()
    if not rules:
        pytest.skip("no rule registered yet")
    rule = rules[0]
    tgt = make_doc("t.txt", "en", "target", ["Some text here."])
    f = make_finding(tgt, "text", rule.code, rule.severity, name=rule.name, category=rule.category)
    log = sarif_log(Report({"id": "r"}, [tgt], [], [f], Scorecard(), "sig", "0.1.0"))
    desc = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert desc["help"]["text"] == rule.doc()
    assert desc["shortDescription"]["text"] == rule.summary


def test_sarif_levels_fingerprints_and_suppressions():
    r = article_report()
    results = sarif_log(r)["runs"][0]["results"]
    assert len(results) == len(r.findings)  # suppressed findings stay, marked as suppressed
    for f, res in zip(r.findings, results):
        assert res["level"] == LEVEL[f.severity]
        assert res["partialFingerprints"] == {"mtcheck/v1": f.fingerprint}
        assert f.message in res["message"]["text"]
        assert ("suppressions" in res) == f.suppressed
    assert {LEVEL[s] for s in Severity} == {"error", "warning", "note"}
    assert LEVEL[Severity.CRITICAL] == LEVEL[Severity.MAJOR] == "error"


@pytest.mark.parametrize("name", ["article", "xss", "multiline"])
def test_sarif_regions_point_at_the_flagged_text(name):
    r = _reports()[name]
    docs = {d.path: d for d in r.documents}
    run = sarif_log(r)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    for f, res in zip(r.findings, run["results"]):
        loc = res["locations"][0]["physicalLocation"]
        reg = loc["region"]
        raw = docs[f.document].raw
        assert raw[reg["charOffset"]:reg["charOffset"] + reg["charLength"]] == f.text
        assert (reg["startLine"], reg["startColumn"]) == (f.line, f.column)
        lines = raw.split("\n")
        if reg["startLine"] == reg["endLine"]:
            line = lines[reg["startLine"] - 1]
            assert line[reg["startColumn"] - 1:reg["endColumn"] - 1] == f.text
        else:
            assert lines[reg["startLine"] - 1][reg["startColumn"] - 1:] + "\n" in f.text + "\n"
            assert f.text.endswith(lines[reg["endLine"] - 1][:reg["endColumn"] - 1])
        assert loc["artifactLocation"]["uri"] == artifact_uri(f.document)
        assert run["artifacts"][loc["artifactLocation"]["index"]]["location"]["uri"] == artifact_uri(f.document)


def test_sarif_multiline_region():
    r = _multiline_report()
    res = sarif_log(r)["runs"][0]["results"][0]
    reg = res["locations"][0]["physicalLocation"]["region"]
    assert (reg["startLine"], reg["endLine"]) == (1, 3)
    assert reg["snippet"]["text"] == "here.\r\n\r\nSecond"


def test_artifact_uris():
    assert artifact_uri("corpora/a b/x.txt") == "corpora/a%20b/x.txt"
    assert artifact_uri("/abs/x.txt") == "file:///abs/x.txt"
    assert artifact_uri("C:\\dir\\x.txt") == "file:///C:/dir/x.txt"
    assert artifact_uri('evil"<b>.txt') == "evil%22%3Cb%3E.txt"


# ----------------------------------------------------------------------------- GitHub

def test_github_annotations():
    r = article_report()
    lines = render(r, "github").splitlines()
    assert len(lines) == len(r.active_findings())
    by_code = {f.code: line for f, line in zip(r.active_findings(), lines)}
    assert by_code["D001"].startswith("::error file=article.en.txt,line=3,col=78,endColumn=80,title=D001 number-mismatch::")
    assert by_code["N001"].startswith("::error ")
    assert by_code["F003"].startswith("::warning ")
    assert by_code["S201"].startswith("::notice ")
    assert "(suggestion: 57)" in by_code["D001"]
    assert not any("T001" in line for line in lines)  # suppressed


def test_github_escaping():
    assert escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    r = _multiline_report()
    docs = {d.path: d for d in r.documents}
    first, second = (annotation(f, docs[f.document]) for f in r.findings)
    # a comma in the path is escaped; the region spans lines: endLine, no endColumn
    assert first.startswith("::warning file=dir with space/t%2C1.txt,line=1,endLine=3,col=12,title=M001 rule-m001::")
    assert "endColumn" not in first
    # message: %, CR and LF escaped (the message's whitespace is folded), ':' and ',' kept
    assert second.endswith("::100%25 sure, really: yes")
    assert second.count("::") == 2
    assert "\n" not in first + second


def test_github_properties_escape_colons_and_commas_in_titles():
    tgt = make_doc("t.txt", "en", "target", ["Some text."])
    f = make_finding(tgt, "text", "X001", "critical", name="a:b,c")
    line = annotation(f, tgt)
    assert ",title=X001 a%3Ab%2Cc::" in line and line.startswith("::error ")


def test_github_empty():
    assert render(_reports()["empty"], "github") == ""


# ----------------------------------------------------------------------------- line

def test_line_format():
    r = article_report()
    lines = render(r, "line").splitlines()
    assert len(lines) == len(r.active_findings())
    f = r.active_findings()[0]
    assert lines[0] == f"{f.document}:{f.line}:{f.column}:{f.code}:{f.severity.label}:{f.message}"
    assert render(_reports()["empty"], "line") == ""
    ml = render(_multiline_report(), "line").splitlines()
    assert ml[1].endswith(":M002:neutral:100% sure, really: yes")


# ----------------------------------------------------------------------------- all formats

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_every_fixture(fmt):
    for r in _reports().values():
        out = render(r, fmt)
        assert isinstance(out, str)
        if fmt in ("json", "sarif"):
            json.loads(out)


def test_hostile_text_survives_machine_formats():
    r = xss_report()
    data = json.loads(render(r, "json"))
    assert XSS_SCRIPT in data["documents"][1]["text"]
    log = json.loads(render(r, "sarif"))
    assert log["runs"][0]["results"][0]["properties"]["suggestion"] == XSS_IMG


def test_evidence_in_sarif_properties():
    r = article_report()
    res = sarif_log(r)["runs"][0]["results"]
    n001 = next(x for x in res if x["ruleId"] == "N001")
    assert n001["properties"]["evidence"][1] == Evidence(
        "parallel.fr.html", "Le président Nayib Bukele offre sa prison aux États-Unis.", "fr", "parallel").to_dict()


def _metadata(*headers):
    from email.message import Message
    m = Message()
    m["Name"] = "mtcheck"
    for k, v in headers:
        m[k] = v
    return m


@pytest.mark.parametrize("headers,uri", [
    ([("Project-URL", "Homepage, https://example.org/mtcheck")], "https://example.org/mtcheck"),
    ([("Project-URL", "Bug Tracker, https://example.org/issues"),
      ("Project-URL", "Source Code, https://example.org/src")], "https://example.org/src"),
    ([("Home-page", "https://example.org/home")], "https://example.org/home"),
    ([("Project-URL", "Bug Tracker, https://example.org/issues")], None),  # not the project's page
    ([("Project-URL", "Homepage, UNKNOWN")], None),
    ([], None),
])
def test_sarif_information_uri_comes_from_the_package_metadata(monkeypatch, headers, uri):
    # it was a hard-coded https://github.com/mtcheck/mtcheck, a page the project never declared
    import importlib.metadata
    monkeypatch.setattr(importlib.metadata, "metadata", lambda name: _metadata(*headers))
    information_uri.cache_clear()
    try:
        drv = sarif_log(article_report())["runs"][0]["tool"]["driver"]
    finally:
        information_uri.cache_clear()
    assert drv.get("informationUri") == uri
    assert "informationUri" in drv or uri is None


def test_sarif_information_uri_is_left_out_when_not_installed(monkeypatch):
    import importlib.metadata

    def missing(name):
        raise importlib.metadata.PackageNotFoundError(name)
    monkeypatch.setattr(importlib.metadata, "metadata", missing)
    information_uri.cache_clear()
    try:
        assert "informationUri" not in sarif_log(article_report())["runs"][0]["tool"]["driver"]
    finally:
        information_uri.cache_clear()


def test_sarif_information_uri_is_what_pyproject_declares():
    import tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {k.lower().replace(" ", ""): v for k, v in (project.get("urls") or {}).items()}
    if not declared:  # this project declares no URL: no page is named
        assert information_uri() is None
    else:
        assert information_uri() in declared.values()


def test_sarif_rule_descriptions_are_the_text_of_explain(capsys):
    from mtcheck.cli import main
    from mtcheck.rules import all_rules

    for rule in all_rules():
        d = rule_descriptor(rule.code)
        assert main(["explain", rule.code]) == 0
        assert d["help"]["text"] == capsys.readouterr().out, rule.code
        assert d["help"]["markdown"] == rule.markdown(), rule.code  # its section of docs/rules.md
        assert d["shortDescription"]["text"] == rule.summary
        assert d["fullDescription"]["text"] == f"{rule.summary} {rule.why}"
        assert d["name"] == rule.name and d["properties"]["family"] == rule.family
