"""Configuration: ``mtcheck.toml`` (a ``[check]`` table) or ``[tool.mtcheck]`` in
``pyproject.toml``, found beside the copy or in a parent folder, or given with --config.

    [check]                      # or [tool.mtcheck] in pyproject.toml
    select = ["ALL"]             # codes, prefixes or names
    ignore = ["S103"]
    fail_on = "major"
    quality_threshold = 90       # MQM-style score out of 100 a document must reach
    glossary = "glossary.csv"    # relative to the config file
    baseline = "mtcheck-baseline.json"

    [check.rules.N001]           # per rule: severity and options
    severity = "critical"
    min_ratio = 80

    [check.rules.G004]
    data = "falsefriends"        # a folder of de-en.tsv ... files, added to the built-in pairs

    [check.rules.S006]
    words = "words.txt"          # house words (names, jargon) that are never misspellings

    [[check.suppress]]           # accepted findings
    code = "F003"
    text = "Read more"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .model import Severity


@dataclass
class Config:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: Severity = Severity.MAJOR
    quality_threshold: float = 90.0
    glossary: Path | None = None
    baseline: Path | None = None
    severities: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    suppress: list[dict[str, str]] = field(default_factory=list)
    path: Path | None = None
    _rules: list | None = field(default=None, repr=False, compare=False)

    def rules(self):
        """The enabled rules (computed once: check_pair calls this per pair)."""
        if self._rules is None:
            from .rules import select_rules
            self._rules = select_rules(self.select, self.ignore)
        return self._rules


# rule options that name files or folders: resolved against the config file's folder
_PATH_OPTIONS = ("data", "words")


def _table_from(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read: {e}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("mtcheck")
    return data.get("check", {}) if isinstance(data.get("check", {}), dict) else None


def find_config(start: Path) -> Path | None:
    """The nearest mtcheck.toml (with a [check] table) or pyproject.toml with [tool.mtcheck]."""
    d = start if start.is_dir() else start.parent
    d = d.resolve()
    for folder in (d, *d.parents):
        for name in ("mtcheck.toml", "pyproject.toml"):
            p = folder / name
            if p.is_file():
                try:
                    t = _table_from(p)
                except ConfigError:
                    raise
                if t is not None and (name == "pyproject.toml" or t):
                    return p
        if (folder / ".git").exists():
            break
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    table = _table_from(path) or {}
    return config_from_table(table, path)


def config_from_table(t: dict[str, Any], path: Path | None = None) -> Config:
    base = path.parent if path else Path(".")
    where = str(path) if path else "config"
    cfg = Config(path=path)

    def strlist(key: str) -> list[str]:
        v = t.get(key, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(f"{where}: '{key}' must be a list of rule codes")
        return v

    cfg.select, cfg.ignore = strlist("select"), strlist("ignore")
    try:
        if "fail_on" in t:
            cfg.fail_on = Severity.parse(t["fail_on"])
        for code, rt in (t.get("rules") or {}).items():
            if not isinstance(rt, dict):
                raise ConfigError(f"{where}: [rules.{code}] must be a table")
            rt = dict(rt)
            if "severity" in rt:
                cfg.severities[code.upper()] = Severity.parse(rt.pop("severity"))
            for key in _PATH_OPTIONS:  # a rule's own data files, beside the config
                if isinstance(rt.get(key), str) and rt[key]:
                    rt[key] = str(base / rt[key])
            cfg.options[code.upper()] = rt
    except ValueError as e:
        raise ConfigError(f"{where}: {e}") from None
    if "quality_threshold" in t:
        try:
            cfg.quality_threshold = float(t["quality_threshold"])
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: quality_threshold must be a number") from None
    for key in ("glossary", "baseline"):
        if t.get(key):
            setattr(cfg, key, (base / str(t[key])))
    sup = t.get("suppress", [])
    if not isinstance(sup, list) or not all(isinstance(s, dict) for s in sup):
        raise ConfigError(f"{where}: 'suppress' must be a list of tables")
    cfg.suppress = [{k: str(v) for k, v in s.items()} for s in sup]
    return cfg


def is_suppressed(finding, suppress: list[dict[str, str]]) -> bool:
    """A suppress entry matches on every key it gives: code, document, text, fingerprint."""
    for s in suppress:
        if s.get("code") and s["code"].upper() != finding.code and s["code"] != finding.name:
            continue
        if s.get("text") and s["text"] not in finding.text:
            continue
        if s.get("document") and not finding.document.endswith(s["document"]):
            continue
        if s.get("fingerprint") and s["fingerprint"] != finding.fingerprint:
            continue
        return True
    return False
