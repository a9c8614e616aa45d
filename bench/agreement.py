"""G007 article-noun-agreement (German): false alarms on human German, recall on human
sentences with one determiner swapped for one that fits no reading of its noun, and the
flags on real MT with the MQM raters' Fluency/Grammar marks beside them.

    python bench/agreement.py          (data: $MTCHECK_SHARED/eval, default /work/shared)

Human German: Text+Berg de (dev, 468 lines), the MQM newstest2020 human references
(Human-A/B/P, 2,196 segments), OpenLID deu (400 sentences).  Swapped: in each human
sentence one determiner that agrees with a noun mtcheck knows (der Regelung) is replaced,
seeded, by another that fits no reading of that noun (des Regelung); a sentence counts
once.  That recall is optimistic (the swap site is one mtcheck can read), the false-alarm
rate is not.  Real MT: the ten MQM systems (5,124 segments) and the CED en-de MT side
(17,280).  G006 (adjective endings) runs beside it on the same text: no German grammar
checker runs offline here to compare with (LanguageTool needs Java and a download).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import checks  # noqa: E402
from checks import read_lines  # noqa: E402
from mtcheck.rules.declension import (_DET_MASK, _DET_RE, agreement_slips, noun_mask,  # noqa: E402
                                      slips)

SEED = 0
# a determiner swapped for another of the same kind (article, ein-word, dies-, contraction)
SWAP = {"der": ("das", "den", "dem"), "die": ("das", "dem", "den"), "das": ("die", "der", "den"),
        "den": ("das", "die"), "dem": ("die", "den", "des"), "des": ("die", "den", "dem"),
        "ein": ("eine", "einer"), "eine": ("ein", "einen", "einem"), "einen": ("eine", "ein"),
        "einem": ("eine", "einer"), "einer": ("ein", "einen"), "eines": ("eine", "einem"),
        "im": ("in der",), "zum": ("zur",), "zur": ("zum",), "vom": ("von der",)}


def mqm() -> tuple[list[str], list[tuple[str, set[str]]]]:
    """Human references and MT segments (text, rater categories), as bench/checks.py
    reads them (deduped by system, document and segment; the text most raters saw)."""
    human, mt = [], []
    for s in checks.read_mqm():
        (human.append(s["target"]) if s["key"][0].startswith("Human")
         else mt.append((s["target"], s["cats"])))
    return human, mt


def swapped(text: str, rng: random.Random) -> str | None:
    """``text`` with one agreeing determiner replaced by one its noun cannot take."""
    sites = []
    for m in _DET_RE.finditer(text):
        det = m.group(1)
        if det != det.lower() or det not in SWAP:
            continue
        rest = text[m.end():].split(None, 1)
        if not rest or not rest[0][:1].isupper() or not rest[0].isalpha():
            continue
        nmask = noun_mask(rest[0])
        if not nmask or not nmask & _DET_MASK[det]:
            continue
        bad = [d for d in SWAP[det] if " " not in d and not _DET_MASK[d] & nmask]
        if bad:
            sites.append((m.start(1), m.end(1), bad))
    if not sites:
        return None
    a, b, bad = rng.choice(sites)
    return text[:a] + rng.choice(bad) + text[b:]


def rate(texts: list[str], fn) -> tuple[int, float]:
    t0 = time.perf_counter()
    n = sum(1 for t in texts if any(True for _ in fn(t)))
    return n, time.perf_counter() - t0


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    if not checks.MQM.is_file():
        print(f"agreement.py: no evaluation data at {checks.EVAL} (set MTCHECK_SHARED)", file=sys.stderr)
        return 2
    tb = read_lines(checks.TEXTBERG / "dev.de")
    lid = read_lines(checks.EVAL / "langid" / "deu.txt")
    human_refs, mt = mqm()
    g7 = agreement_slips
    g6 = lambda t: slips(t, "de")  # noqa: E731
    print("== human German: sentences flagged (false alarms, unless the human text slipped) ==")
    print(f"{'set':<22}{'sentences':>10}{'G007':>8}{'rate':>8}{'G006':>8}{'rate':>8}")
    for name, texts in (("Text+Berg de (dev)", tb), ("MQM human refs", human_refs), ("OpenLID deu", lid)):
        n7, _ = rate(texts, g7)
        n6, _ = rate(texts, g6)
        print(f"{name:<22}{len(texts):>10}{n7:>8}{n7 / len(texts):>8.2%}{n6:>8}{n6 / len(texts):>8.2%}")
    print("\n== human sentences with one determiner swapped for one its noun cannot take ==")
    rng = random.Random(SEED)
    pert = [p for p in (swapped(t, rng) for t in tb + human_refs + lid) if p]
    n7, dt = rate(pert, g7)
    n6, _ = rate(pert, g6)
    print(f"swapped sentences {len(pert)}: G007 recall {n7}/{len(pert)} = {n7 / len(pert):.3f} "
          f"({len(pert) / dt:,.0f} sentences/s); G006 {n6}/{len(pert)} = {n6 / len(pert):.3f}")
    print("\n== real MT ==")
    texts = [t for t, _ in mt]
    flagged = [(t, c) for t, c in mt if any(True for _ in g7(t))]
    backed = sum(1 for _t, c in flagged if "Fluency/Grammar" in c)
    base = sum(1 for _t, c in mt if "Fluency/Grammar" in c) / len(mt)
    n6, _ = rate(texts, g6)
    print(f"MQM MT segments {len(mt)}: G007 flags {len(flagged)}, of them a rater marked "
          f"Fluency/Grammar on {backed} (base rate {base:.1%}); G006 flags {n6}")
    ced = read_lines(checks.CED / "dev.mt")
    n7, dt = rate(ced, g7)
    n6, _ = rate(ced, g6)
    print(f"CED en-de MT sentences {len(ced)}: G007 flags {n7} ({len(ced) / dt:,.0f} sentences/s); "
          f"G006 flags {n6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
