"""Benchmark of S015 register-mix: how often human and machine translations address the
reader both formally and informally (German Sie/du, French vous/tu, Dutch u/jij).

Run:  PYTHONPATH=. python bench/register.py

1. WMT20 MQM en-de, one document per system and news article: the reference translations
   (Human-A/B/P) are human, the rest MT. A document "mixes" when S015's forms of address,
   outside quotation marks, include both registers. The TSV keeps CSV quoting in some
   fields (a field wrapped in quotes, quotes inside doubled); it is undone first, or quoted
   speech would not be seen as quoted.
2. WMT22 CED en-de: the 17,280 German MT sentences, each on its own.
3. Django's gettext catalogues (de, fr, nl, es, it; installed with the ``bench`` extra),
   human UI translations: strings that mix inside, and each catalogue's tally of strings
   per register (what ``mtcheck batch`` reports as a mixed register).

There is no annotated set of register slips, so this measures silence on human text
and how often MT mixes; recall is tested on hand-written cases in tests/rules/test_register.py.
"""

from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks import read_mqm  # noqa: E402
from mtcheck.rules.register import address  # noqa: E402

EVAL = Path(os.environ.get("MTCHECK_SHARED", "/work/shared")) / "eval"


def kinds(text: str, lang: str) -> set[str]:
    return {k for *_, k in address(text, lang)}


def unquote_csv(field: str) -> str:
    if field.startswith('"') and field.endswith('"') and '""' in field:
        field = field[1:-1]
    return field.replace('""', '"')


def mqm() -> None:
    # the target text most raters' rows share (bench/checks.py's reading: one rater's
    # copies have stretches pasted twice by the annotation tool)
    docs: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for s in read_mqm():
        system, doc, seg = s["key"]
        docs[(system, doc)][int(seg)] = unquote_csv(s["target"])
    c: Counter = Counter()
    mixed = []
    for (system, doc), segs in sorted(docs.items()):
        text = "\n".join(segs[k] for k in sorted(segs))
        who = "human" if system.startswith("Human") else "MT"
        c[who, "documents"] += 1
        k = kinds(text, "de")
        c[who, "with a form of address"] += bool(k)
        if len(k) == 2:
            c[who, "mixing"] += 1
            mixed.append((system, doc, [(w, kk) for *_, w, kk in address(text, "de")][:8]))
    print("== 1. MQM en-de documents (system x article) ==")
    for who in ("human", "MT"):
        print(f"{who:5}  documents {c[who, 'documents']:4}  with a form of address "
              f"{c[who, 'with a form of address']:3}  mixing both registers {c[who, 'mixing']}")
    for m in mixed:
        print("   mixing:", *m)


def ced() -> None:
    lines = (EVAL / "ced" / "en-de" / "dev.mt").read_text(encoding="utf-8").splitlines()
    n = sum(1 for t in lines if len(kinds(t, "de")) == 2)
    w = sum(1 for t in lines if kinds(t, "de"))
    print(f"\n== 2. CED en-de MT sentences ==\n{len(lines)} sentences, {w} with a form of address, {n} mixing both")


def django() -> None:
    try:
        import django as dj
        from translate.storage import po
    except ImportError:
        print("\n== 3. Django catalogues: skipped (pip install 'mtcheck[bench]') ==")
        return
    root = Path(dj.__file__).parent
    print(f"\n== 3. Django {dj.__version__} catalogues ==")
    for lang in ("de", "fr", "nl", "es", "it"):
        units = inside = 0
        tally: Counter = Counter()
        for f in sorted(root.glob(f"**/locale/{lang}/LC_MESSAGES/*.po")):
            for u in po.pofile.parsefile(str(f)).units:
                if u.isheader() or not u.target:
                    continue
                units += 1
                k = kinds(str(u.target), lang)
                inside += len(k) == 2
                if len(k) == 1:
                    tally[k.pop()] += 1
        print(f"{lang}  {units:4} strings, mixing inside one string {inside}; strings per register "
              f"formal {tally['formal']}, informal {tally['informal']}")


if __name__ == "__main__":
    mqm()
    ced()
    django()
