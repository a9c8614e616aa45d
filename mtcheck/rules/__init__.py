"""The rule catalogue and the runner that applies it to an aligned article set."""

from __future__ import annotations

from operator import attrgetter
from typing import Iterable

from ..model import Finding, sort_findings
from .context import BeadView, CheckContext, single_pair_context
from .registry import Rule, all_rules, get_rule, rule, select_rules

__all__ = ["BeadView", "CheckContext", "Rule", "all_rules", "get_rule", "rule", "run_rules",
           "select_rules", "single_pair_context"]


_CODE = attrgetter("code")


def run_rules(ctx: CheckContext, rules: Iterable[Rule], options: dict[str, dict] | None = None) -> list[Finding]:
    """Run each rule on the context; findings come back in a stable order."""
    options = options or {}
    rules = list(rules)
    # rules that hand a case to another (S010 → S004) ask whether that one runs
    ctx.running = frozenset(map(_CODE, rules))
    ctx.options = options
    out: list[Finding] = []
    for r in rules:
        if r.needs_source and ctx.source is None:
            continue
        ctx.rule = r
        over = options.get(r.code) if options else None
        opts = {**r.options, **over} if over else r.options  # rules only read their options
        out.extend(r.func(ctx, opts))
    ctx.rule = None
    # one place, one rule, one message: duplicates from overlapping beads are dropped
    seen: set[tuple] = set()
    uniq = []
    for f in sort_findings(out):
        key = (f.code, f.document, f.span, f.message)
        if key not in seen:
            seen.add(key)
            uniq.append(f)
    return uniq
