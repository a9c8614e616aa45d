"""Held-out articles written blind: false alarms on clean translations, recall of injected artefacts.

Run:  PYTHONPATH=. python bench/articles.py [--only PREFIX] [--show clean|missed|all]

``bench/articles/<set>/`` holds news articles written for this bench by sessions' helpers
that were not shown mtcheck's code or output (the folder prefix names the session and
helper, ``s39a-01-de-en``): a source article, a careful translation of it
(``clean.<lang>.txt``), the same translation with 7-9 machine-translation artefacts
injected by hand (``injected.<lang>.txt``), and ``injected.json`` saying what was injected
where (class, a snippet of the injected text, a note).  The sets are held out when they
are written: the figures of the session that wrote them are the honest ones; after that
they are a regression guard, and a rule must never name their strings.

Two questions, per set and in total, on ``mtcheck.compare`` (document mode, default
config, no sentence encoder):

* false alarms: findings on the clean translation, by severity (a correct translation
  should draw none at major or above, and few minors);
* recall: an injection counts as caught when a finding overlaps its snippet (any code;
  the expected family is shown beside it); an omission, when a coverage finding (C001,
  C003) appears that the clean run does not have.

There is no peer tool that checks whole translated articles against their source to run
beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import mtcheck

HERE = Path(__file__).resolve().parent / "articles"
SEVERITIES = ("critical", "major", "minor", "info")


def versions(folder: Path) -> tuple[Path, Path, Path, list[dict]]:
    src = next(folder.glob("source.*.txt"))
    clean = next(folder.glob("clean.*.txt"))
    inj = next(folder.glob("injected.*.txt"))
    return src, clean, inj, json.loads((folder / "injected.json").read_text(encoding="utf-8"))


def run(target: Path, source: Path) -> list:
    lang = lambda p: p.name.split(".")[-2]  # noqa: E731
    rep = mtcheck.compare(str(target), source=str(source), source_lang=lang(source),
                          target_lang=lang(target), semantic=False)
    return sorted((f for f in rep.findings if not f.suppressed),
                  key=lambda f: (f.document != str(target), f.span, f.code))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=HERE)
    ap.add_argument("--only", default="", help="set-name prefix(es), comma-separated")
    ap.add_argument("--show", choices=("none", "clean", "missed", "all"), default="none")
    a = ap.parse_args(argv)
    prefixes = tuple(p for p in a.only.split(",") if p)
    sets = sorted(p for p in a.dir.iterdir() if p.is_dir() and (p / "injected.json").exists()
                  and (not prefixes or p.name.startswith(prefixes)))
    if not sets:
        print(f"no article sets under {a.dir}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    tot_clean: Counter = Counter()
    caught: Counter = Counter()
    caught_major: Counter = Counter()
    by_class: Counter = Counter()
    rows = []
    for folder in sets:
        src, clean, inj, items = versions(folder)
        fc = run(clean, src)
        fi = run(inj, src)
        sev = Counter(f.severity.label for f in fc)
        tot_clean.update(sev)
        text = inj.read_text(encoding="utf-8")
        clean_cov = {(f.code, f.message) for f in fc if f.code in ("C001", "C003")}
        got = got_major = 0
        missed = []
        for it in items:
            at = text.find(it["text"])
            lo, hi = at, at + len(it["text"])
            if at < 0:
                print(f"{folder.name}: snippet not found: {it['text']!r}", file=sys.stderr)
                continue
            hits = [f for f in fi if f.document == str(inj) and f.span[0] < hi and f.span[1] > lo]
            if it["class"] == "omission":
                hits += [f for f in fi if f.code in ("C001", "C003") and (f.code, f.message) not in clean_cov]
            by_class[it["class"]] += 1
            if hits:
                got += 1
                caught[it["class"]] += 1
                if any(f.severity.label in ("critical", "major") for f in hits):
                    got_major += 1
                    caught_major[it["class"]] += 1
            else:
                missed.append(it)
            if a.show in ("all",) and hits:
                print(f"  {folder.name} caught {it['class']}: {it['note']} <- "
                      + "; ".join(sorted({f'{f.code}/{f.severity.label}' for f in hits})))
        rows.append((folder.name, sev, got, got_major, len(items)))
        if a.show in ("clean", "all"):
            for f in fc:
                print(f"  {folder.name} CLEAN {f.code}/{f.severity.label} line {f.line}: "
                      f"{f.text[:70]!r} | {f.message[:110]}")
        if a.show in ("missed", "all"):
            for it in missed:
                print(f"  {folder.name} MISSED {it['class']}: {it['note']} ({it['text'][:60]!r})")
    dt = time.perf_counter() - t0
    print(f"\n{'set':<26} {'clean crit/major/minor':>22} {'injected caught (>= major)':>27}")
    for name, sev, got, gm, n in rows:
        print(f"{name:<26} {sev['critical']:>8}/{sev['major']}/{sev['minor']:<6} "
              f"{got:>12}/{n} ({gm})")
    n_inj = sum(by_class.values())
    print(f"{'total (' + str(len(rows)) + ' sets)':<26} {tot_clean['critical']:>8}/{tot_clean['major']}/"
          f"{tot_clean['minor']:<6} {sum(caught.values()):>12}/{n_inj} ({sum(caught_major.values())})")
    print("\nrecall per injected class (any finding overlapping / of them >= major):")
    for cls in sorted(by_class, key=lambda c: (-by_class[c], c)):
        print(f"  {cls:<20} {caught[cls]:>3}/{by_class[cls]:<3} ({caught_major[cls]})")
    clean_sets = sum(1 for _n, sev, *_ in rows if sev['critical'] + sev['major'] == 0)
    print(f"\nclean translations with no finding >= major: {clean_sets}/{len(rows)}; {dt:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
