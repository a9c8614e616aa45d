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
    reason = "teaser link"       # reason / note / comment: not matched

Unknown keys are errors (see CHECK_KEYS); the rest of an mtcheck.toml is the article
set's manifest and metadata.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

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
    from .fsutil import under_cwd
    name = under_cwd(str(path))  # found by walking up (absolute): named as the user types it
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{name}: invalid TOML: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{name}: cannot read: {e}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("mtcheck")
    # a check setting written above [check] is read as manifest metadata and silently
    # does nothing (a glossary that checks no term, an ignore that ignores nothing)
    for key in data:
        if key in CHECK_KEYS:
            raise ConfigError(f"{name}: {key!r} is a check setting: put it under [check] "
                              f"(at the top level it is ignored)")
    if "check" not in data:
        # the rest of an mtcheck.toml is the article set's manifest and metadata (free
        # keys); only a table named almost like [check] is a slip worth a word
        import difflib
        for key, v in data.items():
            if isinstance(v, dict) and difflib.get_close_matches(key.lower(), ["check"], n=1, cutoff=0.7):
                raise ConfigError(f"{name}: table [{key}]: did you mean [check]?")
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


# A misspelt key would be ignored without a word: "ignor" ignores nothing, and a suppress
# entry whose only key is misspelt ("cod") matched every finding and passed the CI gate.
CHECK_KEYS = ("select", "ignore", "fail_on", "quality_threshold", "glossary", "baseline",
              "rules", "suppress")
SUPPRESS_KEYS = ("code", "text", "document", "fingerprint")
SUPPRESS_NOTES = ("reason", "note", "comment")  # for people, not matched


def _unknown(key: str, known: Iterable[str], what: str) -> str:
    import difflib
    near = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return (f"unknown key {key!r} in {what}" + (f" (did you mean {near[0]!r}?)" if near else "")
            + f"; known: {', '.join(known)}")


def _rule_tables(t: dict[str, Any], where: str) -> dict[str, dict]:
    """[check.rules.X] tables by rule code (X may be a code in any case or a rule's name),
    each key checked against the rule's options."""
    rules = t.get("rules") or {}
    if not isinstance(rules, dict):
        raise ConfigError(f"{where}: 'rules' must be a table of rule tables ([check.rules.N001])")
    if not rules:
        return {}
    from .rules import get_rule  # only a config with rule tables pays for the registry

    out: dict[str, dict] = {}
    for key, rt in rules.items():
        if not isinstance(rt, dict):
            raise ConfigError(f"{where}: [rules.{key}] must be a table")
        r = get_rule(key)
        if r is None:
            raise ConfigError(f"{where}: [rules.{key}]: unknown rule {key!r} (see mtcheck rules)")
        if r.code in out:
            raise ConfigError(f"{where}: [rules.{key}]: {r.code} is configured twice")
        known = ("severity", *r.options)
        for k in rt:
            if k not in known:
                raise ConfigError(f"{where}: " + _unknown(k, known, f"[rules.{key}]"))
        out[r.code] = dict(rt)
    return out


def config_from_table(t: dict[str, Any], path: Path | None = None) -> Config:
    base = path.parent if path else Path(".")
    where = str(path) if path else "config"
    cfg = Config(path=path)
    for key in t:
        if key not in CHECK_KEYS:
            raise ConfigError(f"{where}: " + _unknown(key, CHECK_KEYS, "[check]"))

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
        for code, rt in _rule_tables(t, where).items():
            if "severity" in rt:
                cfg.severities[code] = Severity.parse(rt.pop("severity"))
            for key in _PATH_OPTIONS:  # a rule's own data files, beside the config
                if isinstance(rt.get(key), str) and rt[key]:
                    rt[key] = str(base / rt[key])
            cfg.options[code] = rt
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
    for i, entry in enumerate(sup, 1):
        for k in entry:
            if k not in SUPPRESS_KEYS + SUPPRESS_NOTES:
                raise ConfigError(f"{where}: " + _unknown(k, SUPPRESS_KEYS + SUPPRESS_NOTES,
                                                          f"suppress entry {i}"))
        if not any(entry.get(k) for k in SUPPRESS_KEYS):
            raise ConfigError(f"{where}: suppress entry {i} names none of {', '.join(SUPPRESS_KEYS)}: "
                              "it would suppress every finding")
    cfg.suppress = [{k: str(v) for k, v in s.items() if k in SUPPRESS_KEYS} for s in sup]
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
