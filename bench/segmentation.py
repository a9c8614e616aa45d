"""Benchmark of sentence segmenters for mtcheck.segment.

Run:  PYTHONPATH=. python bench/segmentation.py

Prints, per candidate (mtcheck's own rule layer, syntok, sentencex, pysbd,
blingfire): exact-match accuracy on the tricky-case table below (overall and
per language), boundary F1 against the gold one-sentence-per-line Text+Berg
dev files (joined into paragraphs of 5 lines; tokenised text, informational),
throughput (sentences/s and kchar/s) on Text+Berg paragraphs and on the seed
article, and the time for a 100,000-character text without punctuation.

The case table was written for this project (not copied from anywhere).
tests/test_segment.py keeps an import-free copy of it.
"""

from __future__ import annotations

import os
import re
import sys
import time

# CPU time of this process: the machine is shared, wall-clock throughput would measure
# the neighbours. Load times below are CPU time too.
_clock = time.process_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = Path(os.environ.get("MTCHECK_SHARED", "/work/shared"))
TEXTBERG = SHARED / "eval" / "align" / "textberg-de-fr"
ARTICLE = SHARED / "seed" / "article.en.txt"

# (lang, text, expected sentences). Written for mtcheck; covers abbreviations,
# ordinals/dates, number formats, quotes, ellipses, headlines, paragraphs,
# URLs/handles/e-mails and unbalanced quotes. Positive (split) and negative
# (no split) cases.
# The case table lives with the unit tests (one copy, written for this project).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_segment import CASES  # noqa: E402


# --------------------------------------------------------------------------
# candidates: each takes (text, lang) and returns a list of sentence strings


def _own():
    from mtcheck.segment import split_sentences

    return split_sentences


def _syntok():
    import syntok.segmenter as seg

    def split(text: str, lang: str | None) -> list[str]:
        out = []
        for para in seg.analyze(text):
            for sent in para:
                if not sent:
                    continue
                s = sent[0].offset
                e = sent[-1].offset + len(sent[-1].value)
                out.append(text[s:e])
        return out

    return split


def _sentencex():
    import sentencex

    def split(text: str, lang: str | None) -> list[str]:
        return [s.strip() for s in sentencex.segment(lang or "en", text) if s.strip()]

    return split


def _pysbd():
    import pysbd

    cache: dict[str, object] = {}

    def split(text: str, lang: str | None) -> list[str]:
        code = lang if lang in ("de", "en", "fr", "es", "it", "nl", "ja") else "en"
        seg = cache.get(code)
        if seg is None:
            seg = cache[code] = pysbd.Segmenter(language=code, clean=False)
        return [s.strip() for s in seg.segment(text) if s.strip()]

    return split


def _blingfire():
    import blingfire

    def split(text: str, lang: str | None) -> list[str]:
        return [s.strip() for s in blingfire.text_to_sentences(text).split("\n") if s.strip()]

    return split


CANDIDATES = {
    "own-rules": _own,
    "syntok": _syntok,
    "sentencex": _sentencex,
    "pysbd": _pysbd,
    "blingfire": _blingfire,
}

_WS = re.compile(r"\s+")


def _norm(sents: list[str]) -> list[str]:
    return [_WS.sub(" ", s).strip() for s in sents]


def case_accuracy(split) -> tuple[float, dict[str, float], list]:
    per: dict[str, list[int]] = {}
    fails = []
    for lang, text, expected in CASES:
        try:
            got = split(text, lang)
            ok = _norm(got) == _norm(expected)
        except Exception as exc:  # a crash counts as a miss
            got, ok = [f"<{type(exc).__name__}>"], False
        key = lang if lang in ("de", "en", "fr", "es", "it") else "other"
        per.setdefault(key, [0, 0])
        per[key][0] += ok
        per[key][1] += 1
        if not ok:
            fails.append((lang, text, got))
    total = sum(v[0] for v in per.values()) / sum(v[1] for v in per.values())
    return total, {k: v[0] / v[1] for k, v in per.items()}, fails


def _paragraphs_from_lines(path: Path, size: int = 5) -> tuple[list[str], list[list[str]]]:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    paras, gold = [], []
    for i in range(0, len(lines), size):
        chunk = lines[i : i + size]
        paras.append(" ".join(chunk))
        gold.append(chunk)
    return paras, gold


def _boundaries(sents: list[str]) -> set[int]:
    """Cut positions in the space-free concatenation of the sentences."""
    pos, cuts = 0, set()
    for s in sents[:-1]:
        pos += len(_WS.sub("", s))
        cuts.add(pos)
    return cuts


def boundary_f1(split, paras, gold, lang) -> float:
    tp = fp = fn = 0
    for text, g in zip(paras, gold):
        sys_b = _boundaries(split(text, lang))
        gold_b = _boundaries(g)
        tp += len(sys_b & gold_b)
        fp += len(sys_b - gold_b)
        fn += len(gold_b - sys_b)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def throughput(split, texts: list[str], lang: str, n_sent: int | None = None,
               min_time: float = 0.6) -> tuple[float, float]:
    """(sentences/s, kchar/s) of the fastest full pass (best-of, robust to a busy
    machine); n_sent None = count the candidate's own output."""
    for t in texts[:3]:
        split(t, lang)  # warm-up (lazy loading, caches)
    nchar = sum(len(t) for t in texts)
    best, total, produced = float("inf"), 0.0, 0
    while total < min_time:
        t0 = _clock()
        produced = 0
        for t in texts:
            produced += len(split(t, lang))
        el = _clock() - t0
        total += el
        best = min(best, el)
    count = n_sent if n_sent is not None else produced
    return count / best, nchar / best / 1000


def no_punct_time(split, reps: int = 3) -> float:
    words = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod "
             "tempor incididunt ut labore et dolore magna aliqua").split()
    text = " ".join(words[i % len(words)] for i in range(20000))[:100_000]
    best = float("inf")
    for _ in range(reps):
        t0 = _clock()
        split(text, "en")
        best = min(best, _clock() - t0)
        if best > 5:
            break
    return best


def main() -> None:
    verbose = "-v" in sys.argv
    have_tb = (TEXTBERG / "dev.de").is_file()
    if have_tb:
        de_paras, de_gold = _paragraphs_from_lines(TEXTBERG / "dev.de")
        fr_paras, fr_gold = _paragraphs_from_lines(TEXTBERG / "dev.fr")
    article = ARTICLE.read_text(encoding="utf-8") if ARTICLE.is_file() else ""
    langs = ["de", "en", "fr", "es", "it", "other"]
    print(f"Tricky cases: {len(CASES)} "
          + ", ".join(f"{l}={sum(1 for c in CASES if (c[0] if c[0] in langs[:5] else 'other') == l)}"
                      for l in langs))
    header = (f"{'candidate':<11} {'import s':>8} {'cases':>6} "
              + " ".join(f"{l:>5}" for l in langs)
              + f" {'TB-de F1':>8} {'TB-fr F1':>8} {'TB-de sent/s':>12} {'TB kchar/s':>10}"
              f" {'article sent/s':>14} {'100k noP s':>10}")
    print(header)
    print("-" * len(header))
    all_fails = {}
    for name, factory in CANDIDATES.items():
        t0 = _clock()
        try:
            split = factory()
        except Exception as exc:  # candidate not installed
            print(f"{name:<11} unavailable: {exc}")
            continue
        imp = _clock() - t0
        acc, per, fails = case_accuracy(split)
        all_fails[name] = fails
        if have_tb:
            f1_de = boundary_f1(split, de_paras, de_gold, "de")
            f1_fr = boundary_f1(split, fr_paras, fr_gold, "fr")
            n_gold = sum(len(g) for g in de_gold)
            sps, kcs = throughput(split, de_paras, "de", n_sent=n_gold)
        else:
            f1_de = f1_fr = sps = kcs = float("nan")
        art_sps = throughput(split, [article], "en")[0] if article else float("nan")
        npt = no_punct_time(split)
        print(f"{name:<11} {imp:>8.3f} {acc:>6.1%} "
              + " ".join(f"{per.get(l, float('nan')):>5.0%}" for l in langs)
              + f" {f1_de:>8.3f} {f1_fr:>8.3f} {sps:>12,.0f} {kcs:>10,.0f}"
              f" {art_sps:>14,.0f} {npt:>10.3f}")
    print()
    print("cases = exact sentence-list match (whitespace-normalised) on the table;")
    print("TB F1 = boundary F1 vs gold lines of Text+Berg dev.{de,fr} joined 5 lines per paragraph")
    print("  (tokenised text with headlines lacking punctuation: same handicap for all; informational);")
    print("TB-de sent/s = gold lines segmented per second; article sent/s = own output count per second;")
    print("  speeds are per CPU-second (process time), best of passes; load average at start: "
          + " ".join(f"{x:.1f}" for x in os.getloadavg()) + ";")
    print("import s = first import + construction (own-rules: includes the mtcheck package __init__);")
    print("100k noP s = one 100,000-char text without punctuation (best of 3).")
    print("Note: the own-rules layer was written against this case table, so its case score is")
    print("optimistic; the Text+Berg F1 is the independent check.")
    if verbose:
        for name, fails in all_fails.items():
            print(f"\n== {name}: {len(fails)} failures")
            for lang, text, got in fails:
                print(f"  [{lang}] {text!r}\n      -> {got!r}")


if __name__ == "__main__":
    main()
