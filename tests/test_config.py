"""Configuration files: every key read, and a misspelt one refused in one line (a key
ignored without a word could switch a CI gate off)."""

from pathlib import Path

import pytest

import mtcheck
from mtcheck.config import config_from_table, is_suppressed, load_config
from mtcheck.errors import ConfigError

SRC, TGT = "Er kam 2024 nach Bern.", "He came to Bern in 2023."


def codes(cfg):
    return [(f.code, f.severity.label, is_suppressed(f, cfg.suppress))
            for f in mtcheck.check_pair(SRC, TGT, "de", "en", config=cfg)]


def test_the_keys_are_read():
    cfg = config_from_table({"ignore": ["N"], "fail_on": "minor", "quality_threshold": 80,
                             "rules": {"d001": {"severity": "minor"},
                                       "name-near-miss": {"min_ratio": 85}},
                             "suppress": [{"code": "D001", "reason": "the year is checked"}]})
    assert cfg.severities == {"D001": mtcheck.Severity.MINOR}
    assert cfg.options["N001"] == {"min_ratio": 85}  # a rule's name stands for its code
    assert cfg.suppress == [{"code": "D001"}]  # the reason is for people
    assert codes(cfg) == [("D001", "minor", True)]


@pytest.mark.parametrize("table,message", [
    ({"ignor": ["S003"]}, "unknown key 'ignor' in [check] (did you mean 'ignore'?)"),
    ({"rules": {"N001": {"sevrity": "minor"}}}, "unknown key 'sevrity' in [rules.N001] (did you mean 'severity'?)"),
    ({"rules": {"N001": {"min_ration": 85}}}, "did you mean 'min_ratio'?"),
    ({"rules": {"Z001": {"severity": "minor"}}}, "[rules.Z001]: unknown rule 'Z001'"),
    ({"rules": {"N001": {}, "name-near-miss": {}}}, "N001 is configured twice"),
    ({"rules": 3}, "'rules' must be a table"),
    ({"suppress": [{"cod": "F003"}]}, "unknown key 'cod' in suppress entry 1 (did you mean 'code'?)"),
    ({"suppress": [{"code": "F003"}, {"reason": "all of it"}]},
     "suppress entry 2 names none of code, text, document, fingerprint: it would suppress every finding"),
])
def test_a_misspelt_key_is_one_error(table, message):
    with pytest.raises(ConfigError) as e:
        config_from_table(table, Path("/x/mtcheck.toml"))
    assert str(e.value).startswith("/x/mtcheck.toml: ") and message in str(e.value)
    assert "\n" not in str(e.value)


def test_a_table_named_almost_check(tmp_path):
    p = tmp_path / "mtcheck.toml"
    p.write_text('[chek]\nignore = ["S003"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"table \[chek\]: did you mean \[check\]\?"):
        load_config(p)
    # other tables are the article set's metadata, free for its owner
    p.write_text('title = "Council"\n[source]\nurl = "https://example.org"\n[check]\nignore = ["S003"]\n',
                 encoding="utf-8")
    assert load_config(p).ignore == ["S003"]


def test_the_command_line_stops_on_a_misspelt_suppress_entry(tmp_path):
    # before: the entry matched every finding, the gate passed (exit 0) on a wrong year
    import subprocess
    import sys
    (tmp_path / "de.txt").write_text(SRC + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text(TGT + "\n", encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text('[[check.suppress]]\ncod = "F003"\n', encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "mtcheck", "compare", "en.txt", "--source", "de.txt",
                        "--format", "line"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 2 and p.stdout == "" and p.stderr.count("\n") == 1
    assert "unknown key 'cod' in suppress entry 1" in p.stderr


@pytest.mark.parametrize("text", ['glossary = "g.csv"\n', 'select = ["D001"]\n[check]\n',
                                  '[[suppress]]\ncode = "F003"\n'])
def test_a_check_setting_above_check_is_an_error(tmp_path, text):
    # read as manifest metadata it would do nothing: a glossary that checks no term
    p = tmp_path / "mtcheck.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"is a check setting: put it under \[check\]"):
        load_config(p)


def test_the_signature_follows_configured_and_default_thresholds(monkeypatch):
    """Same version and config but another default threshold, or a re-graded rule: another
    signature (sacrebleu's promise: same signature, same method)."""
    from mtcheck.config import Config
    from mtcheck.pipeline import signature
    from mtcheck.rules import get_rule

    base = signature(Config())
    assert signature(Config()) == base  # deterministic
    assert signature(config_from_table({"rules": {"C003": {"severity": "major"}}})) != base
    rule = get_rule("C003")
    monkeypatch.setitem(rule.options, "z", rule.options["z"] + 0.5)
    assert signature(Config()) != base
