"""Build mtcheck/data/declension/de_nouns.tsv: German noun forms with their gender, case
and number readings, for G007 (a determiner that fits no reading of its noun).

From the ``german-nouns`` package (Gregor Weichbrodt, CC BY-SA 4.0, compiled from
de.wiktionary.org): every form of every common noun, with all genders of the lemma
(die/der See: both).  A word that is also a name (die Hisbollah: an Eigenname or Toponym
row beside der Hisbollah, a fighter) reads in the name's gender in every case; a noun
listed in its nominative only (der Hegemon) reads in every case; a strong masculine or
neuter noun (genitive in -s) also reads as dative in its nominative form (dem Tod:
Wiktionary often lists only the old dative, dem Tode).  Left out: nouns declined like
adjectives (der/ein Abgeordneter: their form depends on the article), and forms with
spaces or marks.  Rare forms stay: a compound is read by its head, and a missing dative
plural (Treuhändern) would leave a shorter, wrong head (Ändern).

Each line: the form, a tab, a 16-bit mask in hex of its readings; bit g*4+c with g in
(masculine, feminine, neuter, plural) and c in (nominative, genitive, dative, accusative).

    pip install german-nouns==1.2.5
    python scripts/build_de_nouns.py
"""
from __future__ import annotations

import csv
import pathlib
import sys

import german_nouns

PKG = pathlib.Path(list(german_nouns.__path__)[0])
OUT = pathlib.Path(__file__).resolve().parents[1] / "mtcheck" / "data" / "declension" / "de_nouns.tsv"
NAME_TAGS = {"Nachname", "Vorname", "Toponym", "Eigenname"}
GENDERS = {"m": 0, "f": 1, "n": 2}
CASES = {"nominativ": 0, "genitiv": 1, "dativ": 2, "akkusativ": 3}


def main() -> int:
    with open(PKG / "nouns.csv", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    gcols = [i for i, h in enumerate(header) if h.startswith("genus")]
    fcols = []
    for i, h in enumerate(header):
        parts = h.replace("*", "").split()  # "genitiv singular*": a second form (Protests)
        if len(parts) >= 2 and parts[0] in CASES and parts[1] in ("singular", "plural") \
                and not h.endswith(("stark", "schwach", "gemischt")):
            fcols.append((i, CASES[parts[0]], parts[1] == "plural"))
    masks: dict[str, int] = {}
    lemmas: set[str] = set()
    for r in rows:
        tags = set(r[1].split(","))
        lemma = r[0]
        if "Substantiv" not in tags or "adjektivische Deklination" in tags or not lemma[:1].isupper():
            continue
        genders = {GENDERS[r[i]] for i in gcols if r[i] in GENDERS}
        if tags & NAME_TAGS:
            # a name's row (die Hisbollah beside der Hisbollah, a fighter): its gender in
            # every case, so that a noun that is also a name is never judged by the noun alone
            if lemma.isalpha():
                masks[lemma] = masks.get(lemma, 0) | sum(0xF << (g * 4) for g in genders)
            continue
        nominatives, strong = [], False
        for i, case, plural in fcols:
            form = r[i].strip() if i < len(r) else ""
            if not form or not form.isalpha() or not form[0].isupper():
                continue
            if not plural and case == 0:
                nominatives.append(form)
            if not plural and case == 1 and form.endswith("s"):
                strong = True
            bits = (1 << (12 + case)) if plural else sum(1 << (g * 4 + case) for g in genders)
            if bits:
                masks[form] = masks.get(form, 0) | bits
        cells = sum(1 for i, _c, _p in fcols if i < len(r) and r[i].strip())
        if cells == len(nominatives):
            # only the nominative is listed (der Hegemon): the other cases are unknown
            for form in nominatives:
                masks[form] = masks.get(form, 0) | sum(0xF << (g * 4) for g in genders)
        if strong:
            for form in nominatives:
                masks[form] = masks.get(form, 0) | sum(1 << (g * 4 + 2) for g in genders if g != 1)
        lemmas.add(lemma)
    keep = {f: m for f, m in masks.items() if m}
    header_text = (
        "# German noun forms and their readings (gender/number x case), for G007. Built by\n"
        "# scripts/build_de_nouns.py from the german-nouns package 1.2.5 (Gregor Weichbrodt),\n"
        "# compiled from de.wiktionary.org; licence CC BY-SA 4.0\n"
        "# (https://creativecommons.org/licenses/by-sa/4.0/): this file is shared alike.\n"
        "# form<TAB>mask: bit g*4+c, g = masculine, feminine, neuter, plural; c = nominative,\n"
        "# genitive, dative, accusative.\n")
    OUT.write_text(header_text + "".join(f"{f}\t{m:x}\n" for f, m in sorted(keep.items())),
                   encoding="utf-8")
    print(f"{len(keep)} forms of {len(lemmas)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
