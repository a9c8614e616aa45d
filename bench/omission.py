"""Omission evidence of C003 on human and MT sentence pairs: where its thresholds come from.

Run:  PYTHONPATH=. python bench/omission.py [--limit N]

For each set, pairs by length z (pair mode, the per-language default ratio) and how many of
them show each kind of evidence C003 combines with a short translation (a source connective
with no counterpart, a German sentence without a main clause, a bracket never closed).
The thresholds (z_connective, z_fragment) are the least shortening at which no human pair
(MQM en-de references Human-A/B/P, Text+Berg de-fr gold 1-1 beads) shows the evidence, on
the 0.5 grid of the other thresholds; the CED rows (en-de MT, BAD/OK) are the evaluation,
not the calibration.  bench/lengths.py shows where the default ratio comes from.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import checks  # noqa: E402
from mtcheck.rules import coverage as C  # noqa: E402
from mtcheck.rules.language import _clean  # noqa: E402

ZS = (-1.0, -1.5, -2.0, -2.25, -2.5)


def pair_z(s: str, t: str, sl: str, tl: str) -> float | None:
    """C003's z of a 1-1 pair in pair mode (mirrors coverage._pair_z_of)."""
    c = C.default_ratio(sl, tl)
    ls, lt = C._clen(s), C._clen(t) - C._gloss_len(_clean(s), _clean(t))
    if max(ls, lt / c) < C.MIN_CHARS:
        return None
    return C.length_z(ls, lt, c)


def kinds(s: str, t: str, sl: str, tl: str) -> set[str]:
    s, t = _clean(s), _clean(t)
    out = set()
    if C._lost_connective(s, t, sl, tl):
        out.add("connective")
    if tl == "de" and C._de_fragment(t):
        out.add("fragment")
    if s.count("(") == s.count(")") and t.count("(") > t.count(")"):
        out.add("bracket")
    return out


def textberg() -> list[tuple[str, str]]:
    de, fr = checks.read_lines(checks.TEXTBERG / "dev.de"), checks.read_lines(checks.TEXTBERG / "dev.fr")
    out = []
    for line in (checks.TEXTBERG / "dev.defr").read_text(encoding="utf-8").splitlines():
        m = checks.BEAD.match(line)
        if m:
            s = [int(x) for x in m.group(1).split(",") if x.strip()]
            t = [int(x) for x in m.group(2).split(",") if x.strip()]
            if len(s) == 1 and len(t) == 1:
                out.append((de[s[0]], fr[t[0]]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args()
    groups: dict[str, list[tuple[str, str, str, str]]] = {}
    for seg in checks.sample(checks.read_mqm(), a.limit):
        name = seg["key"][0]
        g = "MQM " + name.split(".")[0] if name.startswith("Human") else (
            "MQM MT (Omission)" if "Accuracy/Omission" in seg["cats"] else "MQM MT")
        groups.setdefault(g, []).append((seg["source"], seg["target"], "en", "de"))
    groups["Text+Berg de-fr"] = [(s, t, "de", "fr") for s, t in checks.sample(textberg(), a.limit)]
    for s, m, bad in checks.load_ced(a.limit):
        groups.setdefault("CED BAD" if bad else "CED OK", []).append((s, m, "en", "de"))
    print("pairs with z <= Z (shorter than expected), and of them with each kind of evidence")
    print(f"{'set':22s} {'pairs':>6s}  " + "  ".join(f"z<={z:<5} conn frag brkt" for z in ZS))
    for g in sorted(groups):
        c: Counter = Counter()
        for s, t, sl, tl in groups[g]:
            z = pair_z(s, t, sl, tl)
            if z is None or z > ZS[0]:
                continue
            ks = kinds(s, t, sl, tl)
            for zc in ZS:
                if z <= zc:
                    c[zc] += 1
                    for k in ks:
                        c[zc, k] += 1
        cells = "  ".join(f"{c[z]:8d} {c[z, 'connective']:4d} {c[z, 'fragment']:4d} {c[z, 'bracket']:4d}" for z in ZS)
        print(f"{g:22s} {len(groups[g]):6d}  {cells}")
    from mtcheck.rules import get_rule
    o = get_rule("C003").options
    print(f"C003 makes a pair major: connective at z <= -{o['z_connective']}, fragment or bracket at "
          f"z <= -{o['z_fragment']} (and above C001's -{get_rule('C001').options['z']})")


if __name__ == "__main__":
    main()
