"""Benchmark of C007 repeated-phrase: runs of words a text says twice.

Run:  PYTHONPATH=. python bench/repetition.py

Counts, on human text (silence expected) and on MT (where decoder loops happen), the texts
in which C007's detector finds a repeated run, and prints each hit:

* human: the 17,280 English CED sources, the OpenLID sentences (5 languages), Text+Berg
  de and fr, the MQM human reference translations (Human-A/B/P) whose source repeats nothing;
* MT: the 17,280 German CED translations whose source repeats nothing (with their BAD/OK
  label), the WMT20 MQM MT segments whose source repeats nothing (with the raters' error
  categories), DEMETR's unperturbed translations, and DEMETR's repeat perturbations
  (S001's class: a word said over and over, which C007 leaves to S001).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks import read_mqm  # noqa: E402
from mtcheck.rules.repetition import repeats, source_repeats  # noqa: E402

EVAL = Path(os.environ.get("MTCHECK_SHARED", "/work/shared")) / "eval"


def show(text: str, lang: str) -> str:
    s1, e1, s2, e2, k = repeats(text, lang)[0]
    return f"({k} words) …{text[max(0, s1 - 25):e2 + 15]!r}…"


def count(name: str, texts: list[str], lang: str, k: int = 3) -> None:
    hits = [t for t in texts if repeats(t, lang)]
    print(f"{name}: {len(hits)} of {len(texts)}")
    for t in hits[:k]:
        print("   ", show(t, lang))


def lines(p: Path) -> list[str]:
    return [x.strip() for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]


def main() -> None:
    ced = EVAL / "ced" / "en-de"
    src, mt, lab = lines(ced / "dev.src"), lines(ced / "dev.mt"), lines(ced / "dev.label")
    print("== human text ==")
    count("CED English sources", src, "en")
    for f, lg in [("deu", "de"), ("eng", "en"), ("fra", "fr"), ("ita", "it"), ("spa", "es")]:
        count(f"OpenLID {f}", lines(EVAL / "langid" / f"{f}.txt"), lg)
    tb = EVAL / "align" / "textberg-de-fr"
    count("Text+Berg de", lines(tb / "dev.de"), "de")
    count("Text+Berg fr", lines(tb / "dev.fr"), "fr")
    # the target text most raters' rows share: one rater's copies have stretches pasted
    # twice by the annotation tool, which is no MT output (bench/checks.py's reading)
    segs: dict = {}
    cats: dict = {}
    for s in read_mqm():
        segs[s["key"]] = (s["source"], s["target"])
        cats[s["key"]] = s["cats"]
    human = [t for k, (s, t) in segs.items() if k[0].startswith("Human") and not source_repeats(s, "en")]
    count("MQM human references (source repeating nothing)", human, "de", k=20)
    print("\n== machine translation ==")
    hits = [i for i, t in enumerate(mt) if repeats(t, "de") and not source_repeats(src[i], "en")]
    print(f"CED MT, source repeating nothing: {len(hits)} of {len(mt)}; BAD among them "
          f"{sum(lab[i] == 'BAD' for i in hits)}")
    for i in hits:
        print(f"    {lab[i]} {show(mt[i], 'de')}")
    mq = [(k, t) for k, (s, t) in segs.items() if not k[0].startswith("Human")
          and not source_repeats(s, "en") and repeats(t, "de")]
    n_mt = sum(1 for k in segs if not k[0].startswith("Human"))
    marked = sum(1 for k, _ in mq if cats[k] - {"no-error"})
    print(f"MQM MT segments, source repeating nothing: {len(mq)} of {n_mt}; with an error a rater marked {marked}")
    for k, t in mq[:8]:
        print(f"    {sorted(cats[k] - {'no-error'})[:2]} {show(t, 'de')}")
    dem = [json.loads(x) for x in (EVAL / "demetr" / "demetr.jsonl").read_text(encoding="utf-8").splitlines()]
    count("DEMETR unperturbed MT (distinct)", sorted({d["mt_sent"] for d in dem}), "en")
    for pn in ("repeat2", "repeat4"):
        items = [d["pert_sent"] for d in dem if pn in d["pert_name"] and d.get("pert_check")]
        count(f"DEMETR {pn} (S001's class)", items, "en", k=0)


if __name__ == "__main__":
    main()
