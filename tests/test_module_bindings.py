"""A rules module binds each module-level name once.

Rule functions read module globals when they run, so a second ``_NEXT_WORD = ...`` further
down a module silently replaces the first for every function, including those written
against the first (session 72 found nine such rebindings; one, added by a speed cut, lost
Estonian body short mentions in N003).  This scan keeps new ones out."""
import ast
import collections
from pathlib import Path

import mtcheck

PKG = Path(mtcheck.__file__).parent


def _rebound(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: collections.Counter = collections.Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        for t in targets:
            if isinstance(t, ast.Name):
                seen[t.id] += 1
    return sorted(k for k, n in seen.items() if n > 1)


def test_scan_sees_a_rebinding(tmp_path):
    p = tmp_path / "m.py"
    p.write_text('import re\n_W = re.compile("a")\ndef f(s):\n    return _W.search(s)\n_W = re.compile("b")\n')
    assert _rebound(p) == ["_W"]
    p.write_text('import re\n_W = re.compile("a")\n_V = re.compile("b")\n')
    assert _rebound(p) == []


def test_no_module_level_name_is_bound_twice():
    bad = {str(p.relative_to(PKG)): r for p in sorted(PKG.rglob("*.py")) if (r := _rebound(p))}
    assert bad == {}
