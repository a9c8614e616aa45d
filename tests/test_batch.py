"""mtcheck batch: engines agree (inline, local processes, Dask), ordered output, resume after
SIGKILL is byte-identical, --keep/--drop, summary, report formats, exit codes.

Deterministic findings come from a test-only rule, X999, in a plugin file written by the
tests (``--plugin``), so that worker processes — forked or on Dask — register it too; the
registry is restored after every test.  The pairs are generated here from templates.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtcheck import batch
from mtcheck.batch import BatchOptions, run_batch
from mtcheck.errors import MtcheckError
from mtcheck.cli import main as cli_main
from mtcheck.model import Severity
from mtcheck.report.sarif import artifact_uri, rule_descriptor

ROOT = Path(__file__).resolve().parent.parent

PLUGIN = '''
import os, re, time
from mtcheck.rules.registry import rule

NUM = re.compile(r"\\d+")


@rule("X999", "test-number-mismatch", "Accuracy/Mistranslation", "major", artefact="test-only",
      summary="Test-only rule: a number in the target that the source lacks; a doubled '!'.",
      why="Deterministic findings for tests/test_batch.py.",
      fail=("3 cats", "4 Katzen"), ok=("3 cats", "3 Katzen"))
def x999(ctx, opts):
    delay = float(os.environ.get("X999_SLEEP", "0") or 0)
    if delay:
        time.sleep(delay)
    src = ctx.source.text if ctx.source else ""
    if "BOOM" in src and os.environ.get("X999_BOOM"):
        raise ValueError("boom")
    have = set(NUM.findall(src))
    for m in NUM.finditer(ctx.target.text):
        if m.group() not in have:
            yield ctx.flag(m.start(), m.end(), f"number {m.group()} is not in the source")
    i = ctx.target.text.find("!!")
    if i >= 0:
        yield ctx.flag(i, i + 2, "doubled exclamation mark", severity="minor")
'''

NAMES = ["Anna Keller", "Marco Rossi", "Léa Dubois", "Jonas Berg", "Sofia Lindqvist", "Pavel Novák",
         "Maria García", "Tomás Ó Briain", "Yuki Tanaka", "Kwame Mensah", "Ines Almeida"]
CITIES = ["Basel", "Turin", "Lyon", "Graz", "Malmö", "Brno", "Sevilla", "Cork", "Kyoto", "Accra"]


def make_pairs(n: int, start: int = 0) -> list[tuple[str, str]]:
    """Deterministic en→de pairs: every 5th has a wrong number (major), every 11th a '!!'."""
    out = []
    for i in range(start, start + n):
        name, city = NAMES[i % len(NAMES)], CITIES[(i // 7) % len(CITIES)]
        a, day = i % 97 + 3, (i * 7) % 1000
        wrong = a + 1000 if i % 5 == 0 else a  # never equal to the day (< 1000)
        end = "!!" if i % 11 == 0 else "."
        out.append((f"{name} sold {a} tickets in {city} on day {day}.",
                    f"{name} verkaufte {wrong} Karten in {city} am Tag {day}{end}"))
    return out


def write_tsv(path: Path, pairs, header: bool = True) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        if header:
            fh.write("source\ttarget\n")
        for s, t in pairs:
            fh.write(f"{s}\t{t}\n")
    return path


@pytest.fixture
def plugin(tmp_path):
    """The X999 plugin file; the rule registry and plugin cache are restored afterwards."""
    from mtcheck.rules import registry

    registry.all_rules()  # load every family first, so restoring keeps them
    saved = dict(registry._REGISTRY)
    p = tmp_path / "x999_plugin.py"
    p.write_text(PLUGIN, encoding="utf-8")
    yield p
    registry._REGISTRY.clear()
    registry._REGISTRY.update(saved)
    for key, mod in list(batch._PLUGINS.items()):
        sys.modules.pop(mod.__name__, None)
    batch._PLUGINS.clear()
    assert registry.get_rule("X999") is None


def opts(inputs, plugin, **kw) -> BatchOptions:
    base = dict(source_lang="en", target_lang="de", select=["X999"], plugins=[str(plugin)],
                quiet=True, jobs=1)
    base.update(kw)
    return BatchOptions([str(i) for i in inputs], **base)


def read_jsonl(p: Path) -> list[dict]:
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]


def test_registry_is_clean_without_the_fixture():
    from mtcheck.rules import get_rule
    assert get_rule("X999") is None


# -- engines ------------------------------------------------------------------------------
def test_inline_and_local_processes_agree_and_keep_input_order(tmp_path, plugin):
    pairs = make_pairs(4000)
    tsv = write_tsv(tmp_path / "p.tsv", pairs)
    r1 = run_batch(opts([tsv], plugin, output=str(tmp_path / "a.jsonl"), chunk_size=400))
    r2 = run_batch(opts([tsv], plugin, output=str(tmp_path / "b.jsonl"), chunk_size=400, jobs=2))
    a, b = (tmp_path / "a.jsonl").read_bytes(), (tmp_path / "b.jsonl").read_bytes()
    assert a == b and len(a) > 0
    assert r1.run["engine"] == "inline" and r2.run["engine"] == "local"
    rows = read_jsonl(tmp_path / "a.jsonl")
    lines = [r["origin_line"] for r in rows]
    assert lines == sorted(lines)  # input order
    # every 5th pair (i % 5 == 0) has a wrong number; every 11th a doubled '!'
    assert sum(r["severity"] == "major" for r in rows) == len([i for i in range(4000) if i % 5 == 0])
    assert sum(r["severity"] == "minor" for r in rows) == len([i for i in range(4000) if i % 11 == 0])
    first = rows[0]
    assert first["input"] == str(tsv) and first["id"] == "2" and first["origin_line"] == 2
    assert first["code"] == "X999" and first["source_lang"] == "en" and first["target_lang"] == "de"
    assert first["text"] == "1003" and first["message"] == "number 1003 is not in the source"
    assert r1.summary["by_rule"]["X999"]["count"] == len(rows) == r2.summary["findings"]


def test_dask_engine_gives_the_same_findings_as_the_local_engine(tmp_path, plugin):
    """20,000 pairs on a LocalCluster(n_workers=2, processes=True, threads_per_worker=1)."""
    distributed = pytest.importorskip("dask.distributed")
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(20_000))
    local = run_batch(opts([tsv], plugin, output=str(tmp_path / "local.jsonl"), chunk_size=2000,
                           jobs=2))
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None, silence_logs=50) as cluster:
        remote = run_batch(opts([tsv], plugin, output=str(tmp_path / "dask.jsonl"), chunk_size=2000,
                                scheduler=cluster.scheduler_address))
    assert remote.run["engine"] == "dask" and remote.run["workers"] == 2
    a, b = (tmp_path / "local.jsonl").read_bytes(), (tmp_path / "dask.jsonl").read_bytes()
    assert a == b
    assert local.summary["findings"] == remote.summary["findings"] == 4000 + 1819
    assert local.summary["worst_segments"] == remote.summary["worst_segments"]


def test_dask_missing_is_one_clear_error(tmp_path, plugin, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *a, **kw):
        if name.startswith("dask"):
            raise ImportError("no dask here")
        return real_import(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(10))
    with pytest.raises(batch.MtcheckError, match=r"--scheduler needs Dask: pip install 'mtcheck\[dask\]'"):
        run_batch(opts([tsv], plugin, scheduler="tcp://127.0.0.1:1"))


# -- resume ---------------------------------------------------------------------------------
def _cli(args, env=None, **kw):
    return subprocess.Popen([sys.executable, "-m", "mtcheck", "batch", *args], cwd=ROOT,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def test_resume_after_sigkill_is_byte_identical(tmp_path, plugin):
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(8000))
    # the uninterrupted reference (in this process)
    ref = tmp_path / "ref.jsonl"
    kw = dict(chunk_size=250)
    run_batch(opts([tsv], plugin, output=str(ref), keep=str(tmp_path / "ref-keep.tsv"),
                   drop=str(tmp_path / "ref-drop.tsv"), **kw))
    # the interrupted run: a subprocess slowed down by the plugin, SIGKILLed once the
    # checkpoint shows some chunks done
    res = tmp_path / "run.jsonl"
    ckpt = tmp_path / "run.jsonl.checkpoint.json"
    keep, drop = tmp_path / "keep.tsv", tmp_path / "drop.tsv"
    args = [str(tsv), "--source-lang", "en", "--target-lang", "de", "--select", "X999",
            "--plugin", str(plugin), "--chunk-size", "250", "-q", "-o", str(res),
            "--keep", str(keep), "--drop", str(drop), "--jobs", "2"]
    p = _cli(args, env={"X999_SLEEP": "0.002"})
    done = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and p.poll() is None:
        try:
            done = json.loads(ckpt.read_text(encoding="utf-8"))["chunks_done"]
        except (OSError, ValueError, KeyError):
            done = 0
        if done >= 6:
            p.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    p.communicate(timeout=60)
    assert p.returncode == -signal.SIGKILL, "the run ended before it could be interrupted"
    state = json.loads(ckpt.read_text(encoding="utf-8"))
    assert 6 <= state["chunks_done"] < 32
    part = tmp_path / "run.jsonl.part"
    assert part.is_file() and not res.exists()
    # a chunk half-written when the kill came: resume must cut it off
    with open(part, "ab") as fh:
        fh.write(b'{"input": "half a line')
    with open(tmp_path / "keep.tsv.part", "ab") as fh:
        fh.write(b"half\tline")
    # resume (in this process, one job: the engine does not change the result)
    r = run_batch(opts([tsv], plugin, output=str(res), keep=str(keep), drop=str(drop), resume=True,
                       **kw))
    assert r.exit_code == 1 and r.run["resumed_from_chunk"] == state["chunks_done"]
    assert res.read_bytes() == ref.read_bytes()
    assert keep.read_bytes() == (tmp_path / "ref-keep.tsv").read_bytes()
    assert drop.read_bytes() == (tmp_path / "ref-drop.tsv").read_bytes()
    assert not part.exists() and not ckpt.exists()
    s_ref = json.loads((tmp_path / "ref.jsonl.summary.json").read_text(encoding="utf-8"))
    s_res = json.loads((tmp_path / "run.jsonl.summary.json").read_text(encoding="utf-8"))
    for key in ("pairs", "findings", "flagged_pairs", "by_rule", "by_severity", "worst_segments",
                "penalty_per_pair", "inputs"):
        assert s_res[key] == s_ref[key], key


def test_resume_after_a_crash_and_refusal_when_an_input_changed(tmp_path, plugin, monkeypatch):
    pairs = make_pairs(3000)
    pairs[2100] = ("BOOM 1 2 3.", "BOOM 1 2 3.")
    tsv = write_tsv(tmp_path / "p.tsv", pairs)
    ref = run_batch(opts([tsv], plugin, output=str(tmp_path / "ref.jsonl"), chunk_size=300))
    monkeypatch.setenv("X999_BOOM", "1")
    with pytest.raises(RuntimeError, match=r"p.tsv:2102 \(id 2102\): a rule failed: ValueError: boom"):
        run_batch(opts([tsv], plugin, output=str(tmp_path / "out.jsonl"), chunk_size=300))
    ckpt = json.loads((tmp_path / "out.jsonl.checkpoint.json").read_text(encoding="utf-8"))
    assert ckpt["chunks_done"] == 7
    monkeypatch.delenv("X999_BOOM")
    # other settings → refused
    with pytest.raises(batch.MtcheckError, match="other inputs or settings"):
        run_batch(opts([tsv], plugin, output=str(tmp_path / "out.jsonl"), chunk_size=100, resume=True))
    res = run_batch(opts([tsv], plugin, output=str(tmp_path / "out.jsonl"), chunk_size=300, resume=True))
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
    assert res.summary["findings"] == ref.summary["findings"]
    assert res.run["resumed_from_chunk"] == 7
    # an input that changed since the checkpoint → refused
    monkeypatch.setenv("X999_BOOM", "1")
    with pytest.raises(RuntimeError):
        run_batch(opts([tsv], plugin, output=str(tmp_path / "o2.jsonl"), chunk_size=300))
    with open(tsv, "a", encoding="utf-8") as fh:
        fh.write("One more.\tNoch einer.\n")
    with pytest.raises(batch.MtcheckError, match="an input changed"):
        run_batch(opts([tsv], plugin, output=str(tmp_path / "o2.jsonl"), chunk_size=300, resume=True))


# -- filter mode, summary, formats ------------------------------------------------------------
def test_keep_drop_split_by_fail_on(tmp_path, plugin):
    jl = tmp_path / "p.jsonl"
    rows = [{"id": f"r{i}", "source": s, "target": t} for i, (s, t) in enumerate(make_pairs(40))]
    rows.append({"id": "tabs", "source": "A\tB\nC 7", "target": "A\tB\nC 7"})
    jl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    keep, drop = tmp_path / "clean.tsv", tmp_path / "flagged.tsv"
    r = run_batch(opts([jl], plugin, keep=str(keep), drop=str(drop), chunk_size=7))
    kept = keep.read_text(encoding="utf-8").splitlines()
    dropped = drop.read_text(encoding="utf-8").splitlines()
    majors = [i for i in range(40) if i % 5 == 0]
    assert len(dropped) == len(majors) and len(kept) == 41 - len(majors)
    assert dropped[0] == ("Anna Keller sold 3 tickets in Basel on day 0.\t"
                          "Anna Keller verkaufte 1003 Karten in Basel am Tag 0!!")
    assert "A\\tB\\nC 7\tA\\tB\\nC 7" in kept  # tabs and newlines escaped, one pair a line
    assert all(line.count("\t") == 1 for line in kept + dropped)
    assert r.exit_code == 1
    # --fail-on minor: the '!!' pairs go too
    r = run_batch(opts([jl], plugin, keep=str(keep), drop=str(drop), fail_on=Severity.MINOR))
    minors_only = [i for i in range(40) if i % 11 == 0 and i % 5]
    assert len(drop.read_text(encoding="utf-8").splitlines()) == len(majors) + len(minors_only)
    assert not (tmp_path / "clean.tsv.part").exists()


def test_summary_file_and_stderr(tmp_path, plugin, capsys):
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(500))
    out = tmp_path / "f.jsonl"
    r = run_batch(opts([tsv], plugin, output=str(out), quiet=False, chunk_size=64))
    s = json.loads((tmp_path / "f.jsonl.summary.json").read_text(encoding="utf-8"))
    assert s == json.loads(json.dumps(r.summary))
    assert s["pairs"] == 500 and s["by_severity"]["major"] == 100 and s["by_severity"]["minor"] == 46
    assert s["by_rule"]["X999"] == {"name": "test-number-mismatch", "count": 146,
                                    "severity": {"major": 100, "minor": 46}}
    worst = s["worst_segments"]
    assert len(worst) == 10 and worst[0]["penalty"] == 6.0  # a wrong number (5) and '!!' (1)
    assert [w["penalty"] for w in worst] == sorted((w["penalty"] for w in worst), reverse=True)
    assert worst[0]["id"] == "2" and worst[0]["source"].startswith("Anna Keller sold 3")
    d = s["penalty_per_pair"]
    assert d["pairs"] == 500 and d["percentiles"]["p50"] == 0 and d["percentiles"]["max"] == 6.0
    assert d["percentiles"]["p90"] == 5.0
    assert sum(h["pairs"] for h in d["histogram"]) == 500
    err = capsys.readouterr().err
    assert "500 pairs · 146 findings in 136 pairs" in err and "X999" in err and "worst segments" in err


@pytest.mark.parametrize("fmt", ["json", "sarif", "html"])
def test_single_report_formats_are_written_whole(tmp_path, plugin, fmt):
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(300))
    out = tmp_path / f"report.{fmt}"
    r = run_batch(opts([tsv], plugin, output=str(out), fmt=fmt, chunk_size=50))
    assert not (tmp_path / f"report.{fmt}.part").exists()
    assert not (tmp_path / f"report.{fmt}.checkpoint.json").exists()
    text = out.read_text(encoding="utf-8")
    n = r.summary["findings"]
    if fmt == "json":
        doc = json.loads(text)
        assert doc["schema"] == "mtcheck-batch/1.0" and len(doc["findings"]) == n
    elif fmt == "sarif":
        doc = json.loads(text)
        assert doc["version"] == "2.1.0"
        run = doc["runs"][0]
        assert len(run["results"]) == n and run["tool"]["driver"]["rules"][0]["id"] == "X999"
        loc = run["results"][0]["locations"][0]
        assert loc["physicalLocation"]["region"]["startLine"] == 2
    else:
        assert text.startswith("<!doctype html>") and "X999" in text and "Worst segments" in text


def test_stdout_without_output_and_article_sets(tmp_path, plugin, capsys):
    aset = tmp_path / "article"
    aset.mkdir()
    (aset / "source.en.txt").write_text("Anna sold 3 tickets.\n", encoding="utf-8")
    (aset / "target.de.txt").write_text("Anna verkaufte 4 Karten.\n", encoding="utf-8")
    (aset / "mtcheck.toml").write_text(
        'id = "tiny"\ntitle = "Tiny"\n[[version]]\npath = "source.en.txt"\nlang = "en"\nrole = "source"\n'
        '[[version]]\npath = "target.de.txt"\nlang = "de"\nrole = "target"\n', encoding="utf-8")
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(12))
    r = run_batch(opts([tsv, aset], plugin, semantic=False))
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["input"] for x in rows][-1] == str(aset)
    assert rows[-1]["id"] == "tiny" and rows[-1]["text"] == "4"
    assert r.summary["pairs"] == 13 and set(r.summary["inputs"]) == {str(tsv), str(aset)}


# -- command line: exit codes and errors ---------------------------------------------------
def test_cli_exit_codes(tmp_path, plugin, capsys):
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(30))
    base = ["batch", str(tsv), "--source-lang", "en", "--target-lang", "de", "--select", "X999",
            "--plugin", str(plugin), "-q", "-o", str(tmp_path / "o.jsonl")]
    assert cli_main(base) == 1  # major findings, default fail-on major
    assert cli_main(base + ["--fail-on", "critical"]) == 0
    clean = write_tsv(tmp_path / "clean.tsv", [("A 1.", "B 1.")] * 5)
    assert cli_main(["batch", str(clean), "--source-lang", "en", "--target-lang", "de", "--select",
                     "X999", "--plugin", str(plugin), "-q", "--fail-on", "minor"]) == 0
    capsys.readouterr()
    assert cli_main(["batch", str(tsv), "--resume", "--plugin", str(plugin)]) == 2
    assert "--resume needs -o" in capsys.readouterr().err
    assert cli_main(base + ["--select", "NOPE999"]) == 2
    assert "unknown rule 'NOPE999'" in capsys.readouterr().err
    assert cli_main(["batch", str(tsv), "-o", str(tsv), "--plugin", str(plugin)]) == 2
    assert "refusing to overwrite an input" in capsys.readouterr().err


@pytest.mark.parametrize("case", ["malformed", "missing", "bad-jobs"])
def test_bad_input_exits_2_with_one_line(tmp_path, case):
    good = write_tsv(tmp_path / "ok.tsv", make_pairs(3))
    if case == "malformed":
        bad = tmp_path / "bad.tmx"
        bad.write_text('<tmx version="1.4"><header srclang="en"/><body>\n<tu><tuv xml:lang="en">'
                       '<seg>A</seg></tuv><tuv xml:lang="de"><seg>B</seg></tuv></tu>\n<tu><tuv>\n'
                       '</body></tmx>', encoding="utf-8")
        args = [str(bad), str(good)]  # fails while filling the first chunk: no rule runs
    elif case == "missing":
        args = [str(good), str(tmp_path / "nope.xlf")]
    else:
        args = [str(good), "--jobs", "0"]
    p = _cli(args + ["--source-lang", "en", "--target-lang", "de", "-o", str(tmp_path / "o.jsonl")])
    out, err = p.communicate(timeout=120)
    assert p.returncode == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtcheck: error: "), err
    if case == "malformed":
        assert "bad.tmx: malformed XML at line 4" in lines[0]
        assert not (tmp_path / "o.jsonl").exists()
    elif case == "missing":
        assert "nope.xlf: no such file" in lines[0]
    else:
        assert "--jobs" in lines[0]


def test_po_file_findings_point_at_the_entry(tmp_path):
    """A gettext catalogue runs through batch like any corpus: placeholder findings carry the
    entry's line, its id (msgctxt or number, plural form in brackets) and the header's language."""
    po = ROOT / "tests" / "data" / "corpus" / "sample.po"
    out = tmp_path / "po.jsonl"
    assert cli_main(["batch", str(po), "--source-lang", "en", "--select", "M001", "-q", "-o", str(out)]) == 1
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(f["id"], f["origin_line"], f["target_lang"], f["text"]) for f in got] == [
        ("5[1]", 28, "de", "{Anzahl}"), ("7", 44, "de", "%(Name)s")]
    summary = json.loads((tmp_path / "po.jsonl.summary.json").read_text(encoding="utf-8"))
    assert summary["pairs"] == 7  # the fuzzy entry is checked too (MT pre-translation lands as fuzzy)
    out2 = tmp_path / "nofuzzy.jsonl"
    assert cli_main(["batch", str(po), "--source-lang", "en", "--select", "M001", "-q", "--no-fuzzy",
                     "-o", str(out2)]) == 1
    assert json.loads((tmp_path / "nofuzzy.jsonl.summary.json").read_text(encoding="utf-8"))["pairs"] == 6


@pytest.mark.parametrize("tag,want", [("de-CH", ["Straße"]), ("de", [])])
def test_a_region_the_input_tags_reaches_the_regional_rules(tmp_path, tag, want):
    """A TMX whose target is tagged de-CH: S016 reads the region (no ß in Swiss German), while
    the records keep the base language; an untagged German target has no region to follow."""
    tmx = tmp_path / "c.tmx"
    tmx.write_text('<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" '
                   'adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>'
                   '<tu><tuv xml:lang="en"><seg>The road is closed.</seg></tuv>'
                   f'<tuv xml:lang="{tag}"><seg>Die Straße ist gesperrt.</seg></tuv></tu></body></tmx>',
                   encoding="utf-8")
    out = tmp_path / "c.jsonl"
    cli_main(["batch", str(tmx), "--select", "S016", "-q", "-o", str(out)])
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [f["text"] for f in got] == want
    assert all(f["target_lang"] == "de" for f in got)


def test_output_extension_picks_the_format(tmp_path):
    po = ROOT / "tests" / "data" / "corpus" / "sample.po"
    for name, check in (("r.sarif", lambda d: d["version"] == "2.1.0"),
                        ("r.json", lambda d: "findings" in d or "summary" in d),
                        ("r.html", None), ("r.jsonl", None)):
        out = tmp_path / name
        assert cli_main(["batch", str(po), "--source-lang", "en", "--select", "M001", "-q", "-o", str(out)]) == 1
        text = out.read_text(encoding="utf-8")
        if name.endswith(".html"):
            assert text.lstrip().lower().startswith("<!doctype html")
        elif name.endswith(".jsonl"):
            assert [json.loads(x)["code"] for x in text.splitlines()] == ["M001", "M001"]
        else:
            assert check(json.loads(text)), name


def test_summary_lists_sources_translated_more_than_one_way(tmp_path):
    tsv = write_tsv(tmp_path / "tm.tsv", [("Save", "Speichern"), ("Open", "Öffnen"), ("Save", "Sichern"),
                                          ("Save", "Speichern"), ("Close", "Schliessen"), ("Open", "Öffnen")])
    po = tmp_path / "ui.po"
    po.write_text('msgid ""\nmsgstr "Language: de\\n"\n\n'
                  'msgctxt "verb"\nmsgid "Change"\nmsgstr "Ändern"\n\n'
                  'msgctxt "noun"\nmsgid "Change"\nmsgstr "Änderung"\n\n'  # two contexts: two strings
                  'msgid "%(n)s day"\nmsgid_plural "%(n)s day"\nmsgstr[0] "%(n)s Tag"\nmsgstr[1] "%(n)s Tage"\n',
                  encoding="utf-8")
    r = run_batch(BatchOptions(inputs=[str(tsv), str(po)], source_lang="en", target_lang="de", jobs=1,
                               select=["S001"], output=str(tmp_path / "o.jsonl"), quiet=True))
    inc = r.summary["inconsistent_translations"]
    assert inc["sources"] == 1 and not inc["partial"]
    (ex,) = inc["examples"]
    assert ex["source"] == "Save"
    assert [(x["target"], x["count"]) for x in ex["renderings"]] == [("Speichern", 2), ("Sichern", 1)]
    assert ex["renderings"][1]["first"]["origin_line"] == 4  # the TSV line of "Sichern"
    assert "1 source string translated more than one way" in batch.format_summary(r.summary)


def test_summary_reports_a_catalogue_that_mixes_registers(tmp_path):
    # four strings address the user with "Sie", one with "du": the run-wide tally names it
    tsv = write_tsv(tmp_path / "ui.tsv", [
        ("Open your profile.", "Öffnen Sie Ihr Profil."), ("Save your changes.", "Speichern Sie Ihre Änderungen."),
        ("Enter your password.", "Gib dein Passwort ein."), ("Sign in.", "Melden Sie sich an."),
        ("Close the window.", "Schliessen Sie das Fenster."), ("Welcome.", "Willkommen.")])
    r = run_batch(BatchOptions(inputs=[str(tsv)], source_lang="en", target_lang="de", jobs=1,
                               select=["S001"], output=str(tmp_path / "o.jsonl"), quiet=True))
    reg = r.summary["mixed_register"]
    assert list(reg) == ["de"]
    assert (reg["de"]["formal_units"], reg["de"]["informal_units"], reg["de"]["minority"]) == (4, 1, "informal")
    assert [(x["target"], x["origin_line"]) for x in reg["de"]["examples"]] == [("Gib dein Passwort ein.", 4)]  # (line 1 is the header)
    assert "mixed register (de): 4 strings address the reader formally, 1 informally" in batch.format_summary(r.summary)
    # one register throughout: nothing to report
    tsv2 = write_tsv(tmp_path / "ui2.tsv", [("Open your profile.", "Öffnen Sie Ihr Profil."),
                                            ("Sign in.", "Melden Sie sich an.")])
    r2 = run_batch(BatchOptions(inputs=[str(tsv2)], source_lang="en", target_lang="de", jobs=1,
                                select=["S001"], output=str(tmp_path / "o2.jsonl"), quiet=True))
    assert r2.summary["mixed_register"] == {}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_output_into_a_pipe_streams_and_leaves_nothing_beside_it(tmp_path, plugin, fmt):
    # -o /dev/stdout or a named pipe: the lines go straight in (no .part renamed over the
    # pipe, no .summary.json or checkpoint beside a device)
    import stat
    import threading
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(120))
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    t.start()
    r = run_batch(opts([tsv], plugin, output=str(fifo), fmt=fmt, chunk_size=50))
    t.join(10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert {x.name for x in tmp_path.iterdir()} == {"out.fifo", "p.tsv", plugin.name}
    text = got[0].decode("utf-8")
    n = r.summary["findings"]
    assert n > 0
    if fmt == "jsonl":
        assert len(text.splitlines()) == n and json.loads(text.splitlines()[0])["code"] == "X999"
    else:
        assert len(json.loads(text)["findings"]) == n
    with pytest.raises(MtcheckError, match="device or pipe; --resume"):
        run_batch(opts([tsv], plugin, output=str(fifo), resume=True))


def test_two_outputs_on_one_path_are_refused(tmp_path, capsys):
    # --keep and --drop (or -o) on one file would interleave rows and lose the user's file
    tsv = write_tsv(tmp_path / "p.tsv", [("Er kam.", "He came.")] * 3)
    mine = tmp_path / "user.tsv"
    mine.write_text("IMPORTANT USER DATA\n", encoding="utf-8")
    for extra in (["-o", str(mine), "--keep", str(mine)], ["--keep", str(mine), "--drop", str(mine)]):
        assert cli_main(["batch", str(tsv), "--source-lang", "de", "--target-lang", "en", "-q", *extra]) == 2
        assert "each output needs its own file" in capsys.readouterr().err
        assert mine.read_text(encoding="utf-8") == "IMPORTANT USER DATA\n"


# -- configuration, inputs and outputs: one clear line, deterministic files -----------------
TMX_EN_DE = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu tuid="1"><tuv xml:lang="en"><seg>Anna sold 3 tickets.</seg></tuv><tuv xml:lang="de"><seg>Anna verkaufte 4 Karten.</seg></tuv></tu>
</body></tmx>
"""


def _one_error_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("mtcheck: error: "), err
    return lines[0]


@pytest.mark.parametrize("key", ["select", "ignore"])
def test_unknown_rule_code_in_the_config_is_refused(tmp_path, capsys, key):
    # a misspelt code under [check] ran no rule at all and passed every gate (exit 0)
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(3))
    cfg = tmp_path / "mtcheck.toml"
    cfg.write_text(f'[check]\n{key} = ["D01"]\n', encoding="utf-8")
    for extra in (["--config", str(cfg)], []):  # given, and found beside the input
        assert cli_main(["batch", str(tsv), "--source-lang", "en", "--target-lang", "de",
                         "-j", "1", "-q", *extra]) == 2
        line = _one_error_line(capsys.readouterr().err)
        assert "unknown rule 'D01'" in line and str(cfg) in line
    # a known prefix is fine
    cfg.write_text(f'[check]\n{key} = ["D00"]\n', encoding="utf-8")
    assert cli_main(["batch", str(tsv), "--source-lang", "en", "--target-lang", "de", "-j", "1",
                     "-q", "--config", str(cfg)]) in (0, 1)


def test_config_glossary_and_baseline_apply_to_batch(tmp_path, capsys):
    tsv = write_tsv(tmp_path / "p.tsv", [("Please pay the invoice today.",
                                          "Bitte bezahlen Sie die Quittung heute.")])
    (tmp_path / "gl.csv").write_text("source,target\ninvoice,Rechnung\n", encoding="utf-8")
    cfg = tmp_path / "mtcheck.toml"
    cfg.write_text('[check]\nselect = ["T001"]\nglossary = "gl.csv"\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    base = ["batch", str(tsv), "--source-lang", "en", "--target-lang", "de", "-j", "1", "-q",
            "-o", str(out), "--config", str(cfg)]
    assert cli_main(base) == 1
    (f,) = read_jsonl(out)
    assert f["code"] == "T001" and "Rechnung" in f["message"]
    # the finding accepted in a baseline (as `mtcheck baseline` writes it) no longer fails
    from mtcheck.baseline import baseline_from_records
    (tmp_path / "bl.json").write_text(baseline_from_records([f]), encoding="utf-8")
    cfg.write_text('[check]\nselect = ["T001"]\nglossary = "gl.csv"\nbaseline = "bl.json"\n',
                   encoding="utf-8")
    assert cli_main(base) == 0 and read_jsonl(out) == []
    # a glossary that is not there: one line before any work
    cfg.write_text('[check]\nselect = ["T001"]\nglossary = "nope.csv"\n', encoding="utf-8")
    assert cli_main(base) == 2
    assert "nope.csv" in _one_error_line(capsys.readouterr().err)


def test_article_set_folder_without_manifest_runs_and_resumes(tmp_path, capsys):
    # ROLE.LANG.EXT names make a folder an article set without mtcheck.toml; the resume
    # bookkeeping stat'ed folder/mtcheck.toml and crashed (exit 3)
    aset = tmp_path / "article"
    aset.mkdir()
    (aset / "source.en.txt").write_text("Anna sold 3 tickets in Basel.\n", encoding="utf-8")
    (aset / "target.de.txt").write_text("Anna verkaufte 4 Karten in Basel.\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    args = ["batch", str(aset), "-j", "1", "-q", "--no-semantic", "--select", "D001", "-o", str(out)]
    assert cli_main(args) == 1
    assert [f["text"] for f in read_jsonl(out)] == ["4"]
    stats = batch._input_stats([str(aset)])
    (aset / "target.de.txt").write_text("Anna verkaufte 3 Karten in Basel, gestern.\n", encoding="utf-8")
    assert batch._input_stats([str(aset)]) != stats  # an edit inside the folder is a change
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli_main(["batch", str(empty), "-q"]) == 2
    assert "not an article set" in _one_error_line(capsys.readouterr().err)


def test_target_lang_the_tmx_does_not_hold_is_an_error(tmp_path, capsys):
    tmx = tmp_path / "c.tmx"
    tmx.write_text(TMX_EN_DE, encoding="utf-8")
    assert cli_main(["batch", str(tmx), "--target-lang", "fr", "-j", "1", "-q"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "--target-lang fr" in line and "holds de, en" in line and "c.tmx" in line
    assert cli_main(["batch", str(tmx), "--target-lang", "de", "-j", "1", "-q", "--select", "D001"]) == 1


def test_document_suppression_matches_the_input_file(tmp_path, capsys):
    tmx = tmp_path / "legacy.tmx"
    tmx.write_text(TMX_EN_DE, encoding="utf-8")
    other = tmp_path / "new.tmx"
    other.write_text(TMX_EN_DE, encoding="utf-8")
    cfg = tmp_path / "mtcheck.toml"
    cfg.write_text('[check]\nselect = ["D001"]\n[[check.suppress]]\ndocument = "legacy.tmx"\n'
                   'reason = "old memory"\n', encoding="utf-8")
    assert cli_main(["batch", str(tmx), str(other), "-j", "1", "-q", "--config", str(cfg)]) == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["input"], r["document"], r["code"]) for r in rows] == [(str(other), str(other), "D001")]


def test_json_report_and_summary_are_identical_across_runs(tmp_path, plugin):
    tsv = write_tsv(tmp_path / "p.tsv", make_pairs(200))
    texts = []
    for jobs, name in ((1, "a"), (2, "b")):
        out = tmp_path / f"{name}.json"
        r = run_batch(opts([tsv], plugin, output=str(out), fmt="json", chunk_size=50, jobs=jobs))
        texts.append((out.read_bytes(), (tmp_path / f"{name}.json.summary.json").read_bytes()))
    assert texts[0] == texts[1]
    assert r.run["elapsed_s"] >= 0 and r.run["engine"] == "local"  # the run's own, in no file
    summary = json.loads(texts[0][0])["summary"]
    for key in ("elapsed_s", "pairs_per_s", "engine", "workers", "resumed_from_chunk"):
        assert key not in summary
    assert summary["pairs"] == 200 and summary["chunks"] == 4


def test_sarif_uri_is_the_file_of_the_finding(tmp_path, capsys):
    aset = tmp_path / "article"
    aset.mkdir()
    (aset / "source.en.txt").write_text("Anna sold 3 tickets in Basel.\n", encoding="utf-8")
    (aset / "target.de.txt").write_text("Anna verkaufte 4 Karten in Basel.\n", encoding="utf-8")
    (aset / "mtcheck.toml").write_text('id = "a"\n', encoding="utf-8")  # the set's folder was the uri
    tmx = tmp_path / "c.tmx"
    tmx.write_text(TMX_EN_DE, encoding="utf-8")
    out = tmp_path / "r.sarif"
    assert cli_main(["batch", str(aset), str(tmx), "-j", "1", "-q", "--no-semantic",
                     "--select", "D001", "-o", str(out)]) == 1
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    # outside the current folder: absolute, as file URIs (as `mtcheck compare` writes them)
    assert uris == [artifact_uri(str(aset / "target.de.txt")), artifact_uri(str(tmx))]
    assert all(u.startswith("file:///") for u in uris)


def test_absolute_inputs_inside_the_cwd_are_reported_relative(tmp_path, monkeypatch, capsys):
    # as compare does: a CI job's $GITHUB_WORKSPACE/… input gave "input": "/home/runner/…"
    # and SARIF URIs that were bare absolute paths
    (tmp_path / "sub").mkdir()
    tmx = tmp_path / "sub" / "c.tmx"
    tmx.write_text(TMX_EN_DE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli_main(["batch", str(tmx), "-j", "1", "-q", "--select", "D001"]) == 1
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["input"], r["document"]) for r in records] == [(os.path.join("sub", "c.tmx"),) * 2]
    out = tmp_path / "r.sarif"
    assert cli_main(["batch", str(tmx), "-j", "1", "-q", "--select", "D001", "-o", str(out)]) == 1
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results] == ["sub/c.tmx"]


def test_batch_sarif_describes_rules_as_compare_and_explain_do(tmp_path, capsys):
    # its driver had only the rule's name as its description, no help, no full description
    import jsonschema

    tmx = tmp_path / "c.tmx"
    tmx.write_text(TMX_EN_DE, encoding="utf-8")
    out = tmp_path / "r.sarif"
    assert cli_main(["batch", str(tmx), "-j", "1", "-q", "--select", "D001", "-o", str(out)]) == 1
    log = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    [desc] = log["runs"][0]["tool"]["driver"]["rules"]
    assert desc == rule_descriptor("D001")
    assert cli_main(["explain", "D001"]) == 0
    assert desc["help"]["text"] == capsys.readouterr().out


@pytest.mark.parametrize("name", ["empty.tsv", "empty.jsonl", "empty.po"])
def test_empty_input_file_is_an_error_not_a_passing_run(tmp_path, capsys, name):
    # a 0-byte TSV ran as 0 pairs and passed (exit 0), where compare says "empty file"
    empty = tmp_path / name
    empty.write_bytes(b"")
    assert cli_main(["batch", str(empty), "--source-lang", "de", "--target-lang", "en", "-q"]) == 2
    assert _one_error_line(capsys.readouterr().err).endswith(f"{name}: empty file")


def test_standard_input_is_refused_in_words(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # "-: no such file"
    assert cli_main(["batch", "-", "--source-lang", "de", "--target-lang", "en", "-q"]) == 2
    assert "not standard input" in _one_error_line(capsys.readouterr().err)


def test_line_format_points_at_entries_and_version_files(tmp_path, capsys):
    """``--format line``: a catalogue's findings at their entry's line (column 1), an article
    set's at the version file's line and column, exactly as ``compare --format line``."""
    po = ROOT / "tests" / "data" / "corpus" / "sample.po"
    out = tmp_path / "po.txt"
    assert cli_main(["batch", str(po), "--source-lang", "en", "--select", "M001", "-q", "-f", "line",
                     "-o", str(out)]) == 1
    import re
    got = [re.match(r"(.*sample\.po):(\d+):(\d+):(\w+):(\w+):.", l) for l in out.read_text(
        encoding="utf-8").splitlines()]
    assert all(got) and [m.groups()[1:] for m in got] == [("28", "1", "M001", "major"), ("44", "1", "M001", "major")]
    assert Path(got[0].group(1)).resolve() == po.resolve()
    cecot = ROOT / "corpora" / "cecot-2025-02-04"
    capsys.readouterr()
    assert cli_main(["batch", str(cecot), "--select", "N001,F002", "-q", "-f", "line"]) == 1
    got = capsys.readouterr().out
    assert cli_main(["compare", str(cecot), "--select", "N001,F002", "--format", "line", "--no-semantic"]) == 1
    want = capsys.readouterr().out
    assert got and got.splitlines() == want.splitlines()
