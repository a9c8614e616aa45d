"""MQM newstest2020 en-de as whole documents: mtcheck's document mode against the raters.

Run:  PYTHONPATH=. python bench/mqm_documents.py [--systems Human-A.0,Online-B.1590] [--examples K]

Each (system, document) of the MQM set becomes one article pair: the English source
segments and the system's German segments, one paragraph each, in segment order, checked
with ``mtcheck.compare`` (no sentence encoder).  Unlike the per-segment runs of
``bench/checks.py`` this exercises what only documents have: alignment across the whole
text, names and numbers looked up in neighbouring sentences and the rest of the
translation, N002 spellings across the document, C001/C002 sentences without a
counterpart.  A finding is placed in the paragraph (segment) where its span starts; it is
*rater-backed* when a rater marked that segment with an error of the finding's MQM
top-level category (Accuracy, Fluency, ...).  Per system: findings at major or above per
100 segments, the share rater-backed, and by rule.  The three human references (Human-A,
-B, -P; P paraphrases on purpose) are the false-alarm side: a finding there is either a
real slip of the human translator (then often rater-backed) or mtcheck's mistake.
There is no peer tool for document-level checks of translations to run beside it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import checks  # noqa: E402  (bench/checks.py: the MQM reader)
import mtcheck  # noqa: E402

MAJOR = ("major", "critical")


def run(systems: set[str] | None, segs: list[dict] | None = None) -> list[dict]:
    segs = checks.read_mqm() if segs is None else segs
    docs: dict[tuple[str, str], list[tuple[int, dict]]] = defaultdict(list)
    for s in segs:
        system, doc, sid = s["key"]
        if systems is None or system in systems:
            docs[(system, doc)].append((int(sid), s))
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        src_path, tgt_path = Path(tmp) / "doc.en.txt", Path(tmp) / "doc.de.txt"
        for (system, doc), items in sorted(docs.items()):
            items.sort(key=lambda x: x[0])
            src_path.write_text("\n\n".join(s["source"] for _, s in items), encoding="utf-8")
            tgt_text = "\n\n".join(s["target"] for _, s in items)
            tgt_path.write_text(tgt_text, encoding="utf-8")
            # paragraph start offsets, to place a finding in its segment
            starts, pos = [], 0
            for _, s in items:
                starts.append(pos)
                pos += len(s["target"]) + 2
            rep = mtcheck.compare(tgt_path, source=src_path, semantic=False)
            text = tgt_path.read_text(encoding="utf-8")
            for f in rep.findings:
                at = f.span[0] if f.span else 0
                k = max(i for i, a in enumerate(starts) if a <= at) if starts else 0
                seg = items[k][1]
                top = f.category.split("/")[0]
                backed = any(c.split("/")[0] == top for c in seg["cats"] if c not in ("no-error", "No-error"))
                out.append({"system": system, "doc": doc, "code": f.code, "severity": f.severity.label,
                            "category": f.category, "message": f.message, "backed": backed,
                            "segment": items[k][0],
                            "context": text[max(0, at - 60):at + 100].replace("\n", " ")})
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--systems", help="comma-separated MQM system names (default: all ten)")
    ap.add_argument("--examples", type=int, default=0, help="print K findings >= major per human reference")
    a = ap.parse_args()
    t0 = time.perf_counter()
    systems = set(a.systems.split(",")) if a.systems else None
    segs = checks.read_mqm()
    rows = run(systems, segs)
    nsegs = Counter(s["key"][0] for s in segs)
    print(f"mtcheck {mtcheck.__version__}; MQM newstest2020 en-de, {len({(r['system'], r['doc']) for r in rows})} "
          "documents with findings; document mode, no encoder")
    print(f"{'system':<26} {'segments':>8} {'>=major':>8} {'/100 seg':>8} {'backed':>7}  by code (>= major)")
    for system in sorted(nsegs):
        if systems is not None and system not in systems:
            continue
        mine = [r for r in rows if r["system"] == system and r["severity"] in MAJOR]
        backed = sum(r["backed"] for r in mine)
        by = Counter(r["code"] for r in mine)
        share = f"{backed / len(mine):.2f}" if mine else "-"
        print(f"{system:<26} {nsegs[system]:>8} {len(mine):>8} {100 * len(mine) / nsegs[system]:>8.1f} "
              f"{share:>7}  " + ", ".join(f"{c} {n}" for c, n in by.most_common()))
    human = [r for r in rows if r["system"].startswith("Human") and r["severity"] in MAJOR]
    mt = [r for r in rows if not r["system"].startswith("Human") and r["severity"] in MAJOR]
    for name, part in (("human references", human), ("MT systems", mt)):
        if part:
            print(f"{name}: {len(part)} findings >= major, {sum(r['backed'] for r in part)} rater-backed "
                  f"({sum(r['backed'] for r in part) / len(part):.2f})")
    if a.examples:
        for r in [r for r in human if not r["backed"]][:a.examples]:
            print(f"  {r['system']} {r['doc']}#{r['segment']} {r['code']} {r['severity']}: {r['message'][:90]}")
            print(f"      {r['context'][:160]}")
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
