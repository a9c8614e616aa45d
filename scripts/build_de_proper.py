"""Build mtcheck/data/names/de_proper.txt: German proper names that are no German noun.

German capitalises every noun, so word frequencies cannot tell a surname (Gauck,
Steinmeier) or a small town (Stralsund) from a noun.  German Wiktionary can: the
``german-nouns`` package (Gregor Weichbrodt, CC BY-SA 4.0, compiled from de.wiktionary.org)
tags each entry Substantiv, Nachname, Vorname, Toponym or Eigenname.  A word is kept when
every entry of it is a name and no inflected form of a common noun is spelled like it
(Linden is a town and the plural of Linde: left out; Kohl, Müller, Keller are also nouns:
left out).  One word, letters only, three letters or more, not a German function word, not a
region named by a compass word before a place (Südeuropa).

    pip install german-nouns==1.2.5
    python scripts/build_de_proper.py
"""
from __future__ import annotations

import csv
import pathlib
import sys

import german_nouns

PKG = pathlib.Path(list(german_nouns.__path__)[0])
OUT = pathlib.Path(__file__).resolve().parents[1] / "mtcheck" / "data" / "names" / "de_proper.txt"
STOP = pathlib.Path(__file__).resolve().parents[1] / "mtcheck" / "data" / "form" / "stopwords.de.txt"
NAME_TAGS = {"Nachname", "Vorname", "Toponym", "Eigenname"}


# a region named by a compass word or the like before a place (Südeuropa, Festlandchina,
# Oberfranken): translations say "southern Europe", so it is no name that must come back
REGION_PREFIXES = ("nord", "süd", "ost", "west", "mittel", "zentral", "festland", "ober",
                   "unter", "nieder", "inner", "hinter", "vorder")


def _region_of(lemma: str) -> bool:
    low = lemma.casefold()
    return any(low.startswith(p) and len(low) - len(p) >= 3 for p in REGION_PREFIXES)


def main() -> int:
    rows: list[tuple[str, frozenset[str]]] = []
    common_forms: set[str] = set()  # every form of a common noun, all cases and numbers
    with open(PKG / "nouns.csv", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        form_cols = [i for i, h in enumerate(header) if "singular" in h or "plural" in h]
        for row in reader:
            tags = frozenset(row[1].split(","))
            rows.append((row[0], tags))
            if not tags & NAME_TAGS:
                common_forms.add(row[0])
                common_forms.update(row[i] for i in form_cols if i < len(row) and row[i])
    by_lemma: dict[str, list[frozenset[str]]] = {}
    for lemma, tags in rows:
        by_lemma.setdefault(lemma, []).append(tags)
    stop = {w for line in STOP.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#") for w in line.split()}
    keep = sorted(
        lemma for lemma, tagsets in by_lemma.items()
        if all(t & NAME_TAGS for t in tagsets) and lemma not in common_forms
        and lemma.isalpha() and len(lemma) >= 3 and lemma[0].isupper()
        and lemma.casefold() not in stop and not _region_of(lemma))
    header = (
        "# German proper names (surnames, given names, places, other names) that are no German\n"
        "# noun: every German Wiktionary entry of the word is a name, and no form of a common\n"
        "# noun is spelled like it.  Built by scripts/build_de_proper.py from the german-nouns\n"
        "# package 1.2.5 (Gregor Weichbrodt), compiled from de.wiktionary.org; licence CC BY-SA\n"
        "# 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): this file is shared alike.\n"
        "# One name per line, as written.\n")
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
