"""Rule registry: every rule has a stable code, a name, an MQM category, a default
severity, an artefact class and a doc (what, why, a failing and a passing example).

Adding a rule is one decorated function in a family module plus a test file::

    @rule("S101", "doubled-word", "Fluency/Grammar", "minor", artefact="doubled-word",
          summary="A word written twice in a row.", why="...",
          fail=("Er kam.", "He he came."), ok=("Er kam.", "He came."))
    def doubled_word(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
        ...
            yield ctx.flag(start, end, "…", suggestion="…")
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, TYPE_CHECKING

from ..model import Finding, Severity

if TYPE_CHECKING:
    from .context import CheckContext

RuleFunc = Callable[["CheckContext", dict], Iterable[Finding]]

# Family modules, imported on first use of the registry (keeps CLI start-up light).
FAMILIES = ("names", "numbers", "furniture", "language", "coverage", "terminology", "form",
            "spelling", "falsefriends", "numformat", "garble", "markup", "quotes")

MQM_TOP = ("Accuracy", "Fluency", "Terminology", "Style", "Locale convention", "Markup")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: Severity
    artefact: str
    summary: str
    why: str
    fail: tuple[str, str]  # (source, target) that the rule flags
    ok: tuple[str, str]  # (source, target) that it leaves alone
    func: RuleFunc = field(compare=False, repr=False)
    options: dict[str, Any] = field(default_factory=dict, compare=False)
    needs_source: bool = False
    family: str = ""

    def doc(self) -> str:
        """The text ``mtcheck explain CODE`` prints."""
        opts = "".join(f"\n  {k} = {v!r}" for k, v in self.options.items()) or " none"
        return (
            f"{self.code} {self.name}\n"
            f"category: {self.category} · default severity: {self.severity.label} · "
            f"artefact: {self.artefact} · family: {self.family}\n\n"
            f"What it does\n  {self.summary}\n\n"
            f"Why it matters\n  {self.why}\n\n"
            f"Example that fails\n  source: {self.fail[0]}\n  target: {self.fail[1]}\n\n"
            f"Example that passes\n  source: {self.ok[0]}\n  target: {self.ok[1]}\n\n"
            f"Options{opts}\n"
        )

    def meta(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "category": self.category,
                "severity": self.severity.label, "artefact": self.artefact,
                "summary": self.summary, "family": self.family}


_REGISTRY: dict[str, Rule] = {}
_loaded = False


def rule(code: str, name: str, category: str, severity: str, *, artefact: str, summary: str,
         why: str, fail: tuple[str, str], ok: tuple[str, str],
         options: dict[str, Any] | None = None, needs_source: bool = False) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under a stable code."""
    if category.split("/")[0] not in MQM_TOP:
        raise ValueError(f"{code}: category {category!r} is not an MQM path")

    def deco(func: RuleFunc) -> RuleFunc:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        family = func.__module__.rsplit(".", 1)[-1]
        _REGISTRY[code] = Rule(code, name, category, Severity.parse(severity), artefact, summary,
                               why, fail, ok, func, dict(options or {}), needs_source, family)
        return func

    return deco


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for fam in FAMILIES:
        try:
            importlib.import_module(f"mtcheck.rules.{fam}")
        except ModuleNotFoundError as e:
            if e.name != f"mtcheck.rules.{fam}":
                raise


def all_rules() -> list[Rule]:
    _load()
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def get_rule(key: str) -> Rule | None:
    """Look a rule up by code (case-insensitive) or by name."""
    _load()
    k = key.strip()
    if k.upper() in _REGISTRY:
        return _REGISTRY[k.upper()]
    for r in _REGISTRY.values():
        if r.name == k.lower():
            return r
    return None


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules enabled by codes/prefixes/names, as ruff does ("N" selects N001, N002 …)."""
    rules = all_rules()
    sel = [s.upper() for s in select]
    ign = [s.upper() for s in ignore]

    def hit(r: Rule, keys: list[str]) -> bool:
        return any(r.code.startswith(k) or r.name.upper() == k for k in keys)

    if sel and "ALL" not in sel:
        rules = [r for r in rules if hit(r, sel)]
    return [r for r in rules if not hit(r, ign)]
