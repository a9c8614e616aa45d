"""Which language pairs each rule's tests make it fire in.

Run:  python scripts/rule_coverage.py [pytest args, default: tests/rules -q]

Wraps the rule runner while the test suite runs and records, for every finding a rule
reports, the source and target language of the pair or article set it came from (the
languages as given; "?" where a test gives none).  Prints each rule with the language
pairs of its failing examples, and the rules with fewer than two.  Issue 6 asks for
failing and passing examples in at least two language pairs per rule; a passing example
is any checked pair on which the rule stays silent, so only the failing side is counted.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

import mtcheck.pipeline  # noqa: E402
import mtcheck.rules  # noqa: E402
from mtcheck.langs import lenient  # noqa: E402
from mtcheck.rules.registry import all_rules  # noqa: E402

FIRED: dict[str, set[tuple[str, str]]] = defaultdict(set)
_run = mtcheck.rules.run_rules


def _lang(doc) -> str:
    if doc is None:
        return "-"
    return lenient(doc.lang or doc.lang_detected or "") or "?"


def recording_run_rules(ctx, rules, options=None):
    out = _run(ctx, rules, options)
    pair = (_lang(ctx.source), _lang(ctx.target))
    for f in out:
        FIRED[f.code].add(pair)
    return out


def main(argv: list[str]) -> int:
    mtcheck.rules.run_rules = recording_run_rules  # the pipeline imports it when it runs
    rc = pytest.main(argv or ["tests/rules", "-q", "-p", "no:cacheprovider"])
    print()
    short = []
    for r in sorted(all_rules(), key=lambda r: r.code):
        pairs = sorted(p for p in FIRED.get(r.code, ()) if "?" not in p)
        print(f"{r.code}  {len(pairs):2}  {' '.join(f'{s}>{t}' for s, t in pairs[:12])}"
              + (" …" if len(pairs) > 12 else ""))
        if len(pairs) < 2:
            short.append(r.code)
    print(f"\nrules firing in fewer than two language pairs in these tests: {short or 'none'}")
    return int(rc) or (1 if short else 0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
