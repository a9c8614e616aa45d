"""Scrambled word order (X001's "function words in an order the language never has").

Run:  PYTHONPATH=. python bench/wordorder.py

Human sentences of the eval sets (English: the CED en-de sources and the English
language-ID sentences; French: the Text+Berg French lines of four words or more, the
French language-ID sentences and the DEMETR French sources) are checked as they are and
with their words shuffled (seeded); a sentence counts when it has two signals or more,
X001's threshold for this evidence alone.  The shuffles are synthetic: DEMETR's own
shuffled translations are measured in bench/checks.py ("words shuffled").  No peer tool
checks word order offline, so none runs beside it.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import checks  # noqa: E402  (the eval-set readers)
from mtcheck.rules.garble import scrambled  # noqa: E402

EVAL = checks.EVAL


def _lines(path: Path, min_words: int = 1) -> list[str]:
    return [x for x in path.read_text(encoding="utf-8").splitlines()
            if x.strip() and len(x.split()) >= min_words]


def main() -> int:
    en = list(dict.fromkeys(s for s, _m, _l in checks.load_ced(None)))
    en += _lines(EVAL / "langid" / "eng.txt")
    fr = _lines(checks.TEXTBERG / "dev.fr", 4) + _lines(EVAL / "langid" / "fra.txt")
    with open(checks.DEMETR, encoding="utf-8") as fh:
        fr += sorted({d["src_sent"] for d in map(json.loads, fh) if d.get("lang_tag") == "french"})
    rnd = random.Random(0)

    def shuffle(t: str) -> str:
        words = t.rstrip(".").split()
        rnd.shuffle(words)
        return " ".join(words) + "."

    print(f"{'lang':4}  {'human sentences':>15}  {'flagged':>7}  {'shuffled flagged':>16}  {'recall':>6}  {'sentences/s':>11}")
    for lang, texts in (("en", en), ("fr", fr)):
        t0 = time.perf_counter()
        fp = [t for t in texts if len(scrambled(t, lang)) >= 2]
        dt = time.perf_counter() - t0
        hit = sum(1 for t in texts if len(scrambled(shuffle(t), lang)) >= 2)
        print(f"{lang:4}  {len(texts):>15,}  {len(fp):>7}  {hit:>16,}  {hit / len(texts):>6.3f}  {len(texts) / dt:>11,.0f}")
        for t in fp[:5]:
            print(f"      flagged: {t[:110]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
