"""One long document through the whole pipeline: time per stage and peak memory.

Run:  PYTHONPATH=. python bench/document.py [--copies 6] [--semantic]

Builds a long article pair from the Text+Berg de-fr dev set (the German and French
sentence files, each sentence its own paragraph, repeated ``--copies`` times) in a
temporary folder, then runs ``mtcheck.compare`` on it once and prints the seconds of
each stage (load, segment, align, check, score), the findings, peak RSS and the five
slowest rules (each rerun alone on the same aligned documents; module caches warm).
There is no peer for a document-level comparison; the figure to watch is how the
check stage grows with length (it was quadratic in L001 before session 3).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import mtcheck  # noqa: E402

SHARED = Path(os.environ.get("MTCHECK_SHARED", "/work/shared"))
TB = SHARED / "eval" / "align" / "textberg-de-fr"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=6)
    ap.add_argument("--semantic", action="store_true")
    a = ap.parse_args()
    de = (TB / "dev.de").read_text(encoding="utf-8").rstrip("\n").split("\n")
    fr = (TB / "dev.fr").read_text(encoding="utf-8").rstrip("\n").split("\n")
    with tempfile.TemporaryDirectory() as tmp:
        s, t = Path(tmp) / "big.de.txt", Path(tmp) / "big.fr.txt"
        s.write_text("\n\n".join(de * a.copies), encoding="utf-8")
        t.write_text("\n\n".join(fr * a.copies), encoding="utf-8")
        times: dict[str, float] = {}
        last: list = [time.perf_counter(), None]

        def tick(stage: str) -> None:
            now = time.perf_counter()
            if last[1]:
                times[last[1]] = now - last[0]
            last[0], last[1] = now, stage

        t0 = time.perf_counter()
        r = mtcheck.compare(t, source=s, semantic=a.semantic, progress=tick)
        tick("end")
        total = time.perf_counter() - t0
        print(f"# {len(de) * a.copies} de x {len(fr) * a.copies} fr sentences "
              f"(Text+Berg dev x {a.copies}), semantic={a.semantic}")
        print("stages (s): " + ", ".join(f"{k} {v:.2f}" for k, v in times.items()) + f"; total {total:.2f}")
        print(f"findings: {len(r.findings)}; by code: {dict(Counter(f.code for f in r.findings).most_common(8))}")
        print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        # each rule alone on the same aligned documents
        from mtcheck.config import load_config
        from mtcheck.rules import CheckContext, run_rules
        cfg = load_config(None)
        tgt = next(d for d in r.documents if d.role == "target")
        src = next(d for d in r.documents if d.role == "source")
        als = {al.other: al for al in r.alignments}
        ctx = CheckContext(tgt, src, [], als, severities=cfg.severities)
        cost = {}
        for rule in cfg.rules():
            c0 = time.perf_counter()
            run_rules(ctx, [rule], cfg.options)
            cost[rule.code] = time.perf_counter() - c0
        top = sorted(cost.items(), key=lambda kv: -kv[1])[:5]
        print("slowest rules alone (s): " + ", ".join(f"{k} {v:.2f}" for k, v in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
