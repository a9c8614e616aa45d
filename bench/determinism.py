"""Order independence of ``check_pair``: the eval pairs checked forward, reversed and shuffled
in one process must give the same findings per pair.

Run:  PYTHONPATH=. python bench/determinism.py [--seed N]

The pairs are those of ``bench/checks.py`` (DEMETR original and perturbed sentences, CED,
MQM, Text+Berg gold 1-1 beads; ~30,000 pairs, ~80 s an order).  Caches that carry state
from one pair into the next would show here as pairs whose findings differ between orders.
No peer: this is a property of mtcheck alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checks as C  # noqa: E402

import mtcheck  # noqa: E402


def pairs() -> list[tuple[str, str, str, str, str]]:
    out, seen = [], set()
    for line in open(C.DEMETR, encoding="utf-8"):
        d = json.loads(line)
        if d.get("pert_check") is not True:
            continue
        sl = C.LANG_TAGS.get(d.get("lang_tag", "")) or mtcheck.detect_language(d["src_sent"])
        for kind in ("mt_sent", "pert_sent"):
            if (d["src_sent"], d[kind]) in seen:
                continue
            seen.add((d["src_sent"], d[kind]))
            out.append((f"demetr:{d['pert_name']}:{kind}:{d.get('id', '')}", d["src_sent"], d[kind], sl, "en"))
    out += [(f"ced:{i}", s, m, "en", "de") for i, (s, m, _bad) in enumerate(C.load_ced(None))]
    out += [(f"mqm:{'/'.join(s['key'])}", s["source"], s["target"], "en", "de") for s in C.read_mqm()]
    de, fr = C.read_lines(C.TEXTBERG / "dev.de"), C.read_lines(C.TEXTBERG / "dev.fr")
    for line in (C.TEXTBERG / "dev.defr").read_text(encoding="utf-8").splitlines():
        m = C.BEAD.match(line)
        if m:
            s = [int(x) for x in m.group(1).split(",") if x.strip()]
            t = [int(x) for x in m.group(2).split(",") if x.strip()]
            if len(s) == 1 and len(t) == 1:
                out.append((f"tb:{s[0]}-{t[0]}", de[s[0]], fr[t[0]], "de", "fr"))
    return out


def run(items, order) -> list[tuple]:
    res: list[tuple] = [()] * len(items)
    for k in order:
        _tag, s, t, sl, tl = items[k]
        res[k] = tuple((f.code, int(f.severity), f.text, f.message)
                       for f in mtcheck.check_pair(s, t, sl, tl) if not f.suppressed)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    items = pairs()
    n = len(items)
    shuffled = list(range(n))
    random.Random(a.seed).shuffle(shuffled)
    t0 = time.perf_counter()
    base = run(items, range(n))
    print(f"{n} pairs; forward: {sum(len(r) for r in base)} findings")
    bad = 0
    for name, order in (("reversed", range(n - 1, -1, -1)), (f"shuffled (seed {a.seed})", shuffled)):
        got = run(items, order)
        diff = [items[k][0] for k in range(n) if got[k] != base[k]]
        bad += len(diff)
        print(f"{name}: {sum(len(r) for r in got)} findings; pairs that differ from forward: "
              f"{len(diff)}" + (f" (first: {', '.join(diff[:5])})" if diff else ""))
    print(f"{time.perf_counter() - t0:.0f} s; order independent: {'yes' if not bad else 'NO'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
