"""S016 variety-spelling on human text: false alarms, a mix injected, Swiss spelling read back.

Run:  PYTHONPATH=. python bench/variety.py

1. Clean documents, no region on the tag (only a mix of two varieties is flagged): the
   MQM newstest2020 human references (German, three translators x 65 documents) and the
   English sources of the same documents.  Beside mtcheck, the naive test a copy desk
   might script: "the text has both ß and a word with ss" (German), "the text has a
   British and an American form of data/variety/en.txt" (English).
2. A mix injected: one paragraph of each German reference document that holds a ß word
   (of two or more such paragraphs) written the Swiss way (every ß as ss), one of each
   English source document with two or more paragraphs holding American forms of the list
   written the British way; caught when S016 flags a word of the document (the minority,
   or on a tie the later variety, is what is flagged).
3. Swiss spelling read back: every ß word of the German references written with ss and
   checked as de-DE; the share of those words S016 names (the coverage of
   data/variety/de.txt's pieces), and the words it names that had no ß; then the same on
   OpenLID's German sentences.
4. OpenLID sentences (400 English, 400 German) under each tag: sentences flagged.

There is no peer tool for this check; the naive tests are the baseline.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import checks  # noqa: E402
import mtcheck  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.rules.variety import _english_pairs  # noqa: E402

CFG = Config(select=["S016"])
LANGID = checks.EVAL / "langid"
_WORD = re.compile(r"[^\W\d_]+")


def documents() -> dict[tuple[str, str], list[dict]]:
    return checks.mqm_documents(lambda system: system.startswith("Human"))


def run_doc(src: list[str], tgt: list[str], sl: str, tl: str, tmp: Path) -> list:
    sp, tp = tmp / f"doc.{sl}.txt", tmp / f"doc.{tl}.txt"
    sp.write_text("\n\n".join(src), encoding="utf-8")
    tp.write_text("\n\n".join(tgt), encoding="utf-8")
    rep = mtcheck.compare(tp, source=sp, semantic=False, source_lang=sl, target_lang=tl,
                          config=CFG)
    return [f for f in rep.findings if f.code == "S016"]


def naive_de(text: str) -> bool:
    return "ß" in text and any("ss" in w for w in _WORD.findall(text))


def naive_en(text: str) -> bool:
    us, gb, ize = _english_pairs()
    words = {w for w in _WORD.findall(text) if w.islower()} - ize
    return bool(words & set(us)) and bool(words & set(gb))


def to_british(text: str) -> str:
    us, _gb, ize = _english_pairs()
    return _WORD.sub(lambda m: us[m.group()] if m.group() in us and m.group() not in ize else m.group(), text)


def read_back(pairs: list[tuple[str, str, str]]) -> tuple[int, int, int, dict[str, int]]:
    """Every ß of each (source, German text, source language) written ss and checked as
    de-DE: ß words, those S016 names, its findings on words that had ss already, and the
    words it missed with their counts."""
    words = named = stray = 0
    missed: dict[str, int] = defaultdict(int)
    for src, t, sl in pairs:
        fs = mtcheck.check_pair(src, t.replace("ß", "ss"), sl, "de-DE", config=CFG)
        hit = {f.text for f in fs}
        had = {w.replace("ß", "ss") for w in _WORD.findall(t) if "ß" in w}
        for w in _WORD.findall(t):
            if "ß" in w:
                words += 1
                if w.replace("ß", "ss") in hit:
                    named += 1
                else:
                    missed[w.lower()] += 1
        stray += sum(1 for f in fs if f.text not in had)  # a word with ss of its own
    return words, named, stray, missed


def top(counts: dict[str, int], k: int = 15) -> str:
    return ", ".join(f"{w} {n}" for w, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:k])


def main() -> int:
    t0 = time.perf_counter()
    docs = documents()
    print(f"mtcheck {mtcheck.__version__}; S016 variety-spelling; MQM newstest2020 human references: "
          f"{len(docs)} (translator, document) pairs")
    clean = {"de": [0, 0, 0], "en": [0, 0, 0]}  # docs, mtcheck flagged, naive flagged
    mix = {"de": [0, 0], "en": [0, 0]}  # injected, caught
    examples: list[str] = []
    seen_en: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="mtcheck-variety-") as tmpd:
        tmp = Path(tmpd)

        def tally(src: list[str], tgt: list[str], sl: str, tl: str, naive, label: str) -> None:
            """A clean document: flagged by S016 and by the naive test?"""
            fs = run_doc(src, tgt, sl, tl, tmp)
            clean[tl][0] += 1
            clean[tl][1] += bool(fs)
            clean[tl][2] += naive("\n".join(tgt))
            if fs and len(examples) < 12:
                examples.append(f"  {tl} {label}: {fs[0].message[:110]}")

        for (system, doc), items in docs.items():
            src = [s["source"] for s in items]
            tgt = [s["target"] for s in items]
            tally(src, tgt, "en", "de", naive_de, f"{system} {doc}")
            with_sz = [k for k, t in enumerate(tgt) if "ß" in t]
            if len(with_sz) >= 2:
                k = with_sz[len(with_sz) // 2]
                t2 = list(tgt)
                t2[k] = t2[k].replace("ß", "ss")
                mix["de"][0] += 1
                mix["de"][1] += bool(run_doc(src, t2, "en", "de", tmp))
            # the English sources: once per document (the three translators share them)
            if doc in seen_en:
                continue
            seen_en.add(doc)
            de_src = tgt  # the German reference as the English text's "source"
            tally(de_src, src, "de", "en", naive_en, doc)
            convertible = [k for k, t in enumerate(src) if to_british(t) != t]
            if len(convertible) >= 2:  # one written British, the others stay American
                k = convertible[0]
                s2 = list(src)
                s2[k] = to_british(s2[k])
                mix["en"][0] += 1
                mix["en"][1] += bool(run_doc(de_src, s2, "de", "en", tmp))

    print("\n1. clean documents, no region: documents flagged (mtcheck S016 | naive test)")
    for lang in ("de", "en"):
        n, m, v = clean[lang]
        print(f"   {lang}: {n} documents   mtcheck {m}/{n}   naive {v}/{n}")
    segs = [s for items in docs.values() for s in items]
    flagged = sum(1 for s in segs if mtcheck.check_pair(s["source"], s["target"], "en", "de-DE", config=CFG))
    print(f"   the German references segment by segment, tagged de-DE: {flagged}/{len(segs)} flagged")
    for e in examples:
        print(e)
    print("\n2. one paragraph written in the other variety: documents where S016 flags the mix")
    for lang in ("de", "en"):
        n, c = mix[lang]
        print(f"   {lang}: {c}/{n}" + ("  (ß written ss in one paragraph)" if lang == "de"
                                     else "  (American forms of the list written British in one paragraph)"))

    # 3. Swiss spelling read back as de-DE
    pairs = [(s["source"], s["target"], "en") for items in docs.values() for s in items if "ß" in s["target"]]
    words, named, stray, missed = read_back(pairs)
    print(f"\n3. the references' ß words written ss, checked as de-DE: {named}/{words} named "
          f"({named / words:.2f}); findings on words that had ss already: {stray}")
    print("   most frequent words not named: " + top(missed))
    # the same on OpenLID's German sentences (not looked at while the piece list was written)
    lines = [x.strip() for x in (LANGID / "deu.txt").read_text(encoding="utf-8").splitlines() if "ß" in x]
    words, named, stray, missed = read_back([("x", t, "fr") for t in lines])
    print(f"   OpenLID German sentences with ß ({len(lines)}), the same way: {named}/{words} named "
          f"({named / max(words, 1):.2f}), {stray} findings on words that had ss already; not named: " + top(missed))

    print("\n4. OpenLID sentences flagged, by tag")
    for name, tags in (("eng", ("en", "en-US", "en-GB")), ("deu", ("de", "de-DE", "de-CH"))):
        lines = [x.strip() for x in (LANGID / f"{name}.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
        cells = []
        for tag in tags:
            n = sum(1 for x in lines if mtcheck.check_pair("x", x, "fr", tag, config=CFG))
            cells.append(f"{tag} {n}")
        print(f"   {name} ({len(lines)}): " + "   ".join(cells))
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
