"""Benchmark of mtcheck on real monolingual resource files, paired by key, beside pofilter.

Run:  PYTHONPATH=. python bench/resources.py [--langs de,fr,...] [--cache DIR]

Two open-source projects ship their UI strings as one JSON file per language inside
their wheels, so pinned versions are fetched from PyPI (``pip download --no-deps``, once,
into the cache folder):

* chainlit 2.12.0: ``chainlit/translations/<lang>.json``, nested i18next-style keys,
  22 languages beside ``en-US.json`` (~135 strings each);
* kolibri 0.19.5: ``kolibri/locale/<lang>/LC_MESSAGES/*-messages.json``, flat keys with
  ICU MessageFormat (plural and select), 24 files per language, 32 languages; translated
  by Learning Equality's translators on Crowdin (ach_UG, Crowdin's in-context
  pseudo-language, is left out).

For each language, mtcheck reads the files with ``mtcheck.load.resources`` (what
``mtcheck batch --source-file`` does) and runs ``check_pair`` on every pair; pofilter
(Translate Toolkit, default tests, ``--nofuzzy``) runs on the same files converted with
``json2po -t <source>``.  Printed side by side: pairs, pairs flagged (any finding; for
mtcheck also at major or above), seconds, and mtcheck's rules at major or above.
pofilter's units include keys the target leaves untranslated (json2po writes them with an
empty msgstr, which its ``untranslated`` test flags); mtcheck counts those apart.

Neither set is annotated, so a flag is a real slip or a false positive; the script prints
examples of each rule's findings at major or above to read.  What was read by hand is in
the README, not here.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import mtcheck  # noqa: E402
from mtcheck import Severity  # noqa: E402
from mtcheck.load.resources import ResourcePairReader  # noqa: E402

WHEELS = {"chainlit": "2.12.0", "kolibri": "0.19.5"}


def fetch(cache: Path) -> dict[str, Path]:
    """The unpacked locale folders of each pinned wheel (downloaded once)."""
    cache.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, version in WHEELS.items():
        unpacked = cache / f"{name}-{version}"
        if not unpacked.is_dir():
            whl = next(cache.glob(f"{name}-{version}-*.whl"), None)
            if whl is None:
                cp = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                                     f"{name}=={version}", "-d", str(cache)], capture_output=True, text=True)
                whl = next(cache.glob(f"{name}-{version}-*.whl"), None)
                if whl is None:
                    print(f"{name} {version}: download failed ({cp.stderr.strip()[-200:]}); skipped")
                    continue
            with zipfile.ZipFile(whl) as z:
                members = [m for m in z.namelist()
                           if re.match(r"chainlit/translations/[^/]+\.json$|kolibri/locale/[^/]+/LC_MESSAGES/[^/]+\.json$", m)]
                tmp = Path(tempfile.mkdtemp(dir=cache))
                z.extractall(tmp, members)
                tmp.rename(unpacked)
        out[name] = unpacked
    return out


def jobs(roots: dict[str, Path], langs: set[str] | None) -> list[tuple[str, str, list[tuple[Path, Path]]]]:
    """(set, language, [(source file, target file), ...])."""
    out = []
    if "chainlit" in roots:
        d = roots["chainlit"] / "chainlit" / "translations"
        src = d / "en-US.json"
        for t in sorted(d.glob("*.json")):
            lang = t.stem
            if t == src or (langs and lang.split("-")[0].lower() not in langs):
                continue
            out.append(("chainlit", lang, [(src, t)]))
    if "kolibri" in roots:
        d = roots["kolibri"] / "kolibri" / "locale"
        en = d / "en" / "LC_MESSAGES"
        # ach_UG is Crowdin's in-context pseudo-language ("crwdns…:0crwdne…:0"), no translation
        for ld in sorted(p for p in d.iterdir() if p.is_dir() and p.name not in ("en", "ach_UG")):
            lang = ld.name
            if langs and lang.split("_")[0].lower() not in langs:
                continue
            files = [(en / t.name, t) for t in sorted((ld / "LC_MESSAGES").glob("*.json")) if (en / t.name).exists()]
            if files:
                out.append(("kolibri", lang, files))
    return out


def run_mtcheck(files: list[tuple[Path, Path]]) -> dict:
    pairs = flagged = major = 0
    by_rule: Counter = Counter()
    examples: dict[str, list] = defaultdict(list)
    t0 = time.perf_counter()
    errors = []
    for src, tgt in files:
        try:
            recs = list(ResourcePairReader(src, tgt))
        except mtcheck.MtcheckError as e:
            errors.append(str(e))
            continue
        for rec in recs:
            pairs += 1
            fs = mtcheck.check_pair(rec.source, rec.target, rec.source_lang, rec.target_lang)
            if fs:
                flagged += 1
            big = [f for f in fs if f.severity >= Severity.MAJOR]
            if big:
                major += 1
            for code in sorted({f.code for f in big}):
                by_rule[code] += 1
                if len(examples[code]) < 2:
                    f = next(f for f in big if f.code == code)
                    examples[code].append((rec.source, rec.target, f.message))
    return {"pairs": pairs, "flagged": flagged, "major": major, "by_rule": by_rule,
            "examples": examples, "seconds": time.perf_counter() - t0, "errors": errors}


def run_pofilter(files: list[tuple[Path, Path]]) -> dict | None:
    from translate.storage.pypo import pofile

    flagged = units = 0
    tests: Counter = Counter()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mtcheck-bench-") as tmp:
        for k, (src, tgt) in enumerate(files):
            po, out = Path(tmp) / f"{k}.po", Path(tmp) / f"{k}.out.po"
            cp = subprocess.run(["json2po", "--progress=none", "-t", str(src), str(tgt), str(po)],
                                capture_output=True, text=True)
            if cp.returncode != 0 or not po.exists():
                return None
            units += sum(1 for u in pofile.parsefile(str(po)).units if not u.isheader())
            subprocess.run(["pofilter", "--nofuzzy", "--progress=none", str(po), str(out)],
                           capture_output=True, text=True)
            if out.exists():  # pofilter writes the units that fail a test, with a note per test
                for u in pofile.parsefile(str(out)).units:
                    notes = u.getnotes("translator") if not u.isheader() else ""
                    if "(pofilter)" in notes:
                        flagged += 1
                        tests.update(set(re.findall(r"\(pofilter\) (\w+)", notes)))
    return {"flagged": flagged, "units": units, "seconds": time.perf_counter() - t0, "tests": tests}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--langs", default="", help="comma-separated primary language codes (default: all)")
    ap.add_argument("--cache", default=os.environ.get("MTCHECK_BENCH_CACHE",
                                                       str(Path.home() / ".cache" / "mtcheck-bench")))
    ap.add_argument("--no-pofilter", action="store_true")
    a = ap.parse_args(argv)
    langs = {x.strip().lower() for x in a.langs.split(",") if x.strip()} or None
    roots = fetch(Path(a.cache))
    if not roots:
        return 0
    have_po = not a.no_pofilter and subprocess.run(["pofilter", "--version"], capture_output=True).returncode == 0
    print(f"mtcheck {mtcheck.__version__}; sets: {', '.join(f'{k} {WHEELS[k]}' for k in roots)}; "
          f"pofilter: {'yes' if have_po else 'not run'}")
    header = f"{'set':9} {'lang':8} {'pairs':>6} {'mt any':>7} {'mt>=maj':>8} {'mt s':>6} {'po units':>8} {'po flag':>8} {'po s':>6}  mtcheck rules >= major"
    print(header)
    print("-" * len(header))
    totals: dict[str, Counter] = defaultdict(Counter)
    rules: dict[str, Counter] = defaultdict(Counter)
    po_tests: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, dict] = defaultdict(dict)
    for name, lang, files in jobs(roots, langs):
        m = run_mtcheck(files)
        p = run_pofilter(files) if have_po else None
        t = totals[name]
        t.update(pairs=m["pairs"], flagged=m["flagged"], major=m["major"])
        t["mt_s"] += m["seconds"]
        if p:
            t.update(po_units=p["units"], po_flagged=p["flagged"])
            t["po_s"] += p["seconds"]
        rules[name].update(m["by_rule"])
        if p:
            po_tests[name].update(p["tests"])
        for err in m["errors"]:
            print(f"  (not read: {err})")
        for code, ex in m["examples"].items():
            examples[name].setdefault(code, []).extend(ex[: 2 - len(examples[name].get(code, []))])
        top = " ".join(f"{c}:{n}" for c, n in m["by_rule"].most_common(6))
        print(f"{name:9} {lang:8} {m['pairs']:>6} {m['flagged']:>7} {m['major']:>8} {m['seconds']:>6.1f} "
              f"{(p or {}).get('units', '-'):>8} {(p or {}).get('flagged', '-'):>8} "
              f"{(p or {}).get('seconds', 0):>6.1f}  {top}")
    for name, t in totals.items():
        n = max(1, t["pairs"])
        po = (f"pofilter flags {t['po_flagged']:,} of {t['po_units']:,} units ({t['po_flagged'] / max(1, t['po_units']):.1%}) "
              f"in {t['po_s']:.0f} s") if t["po_units"] else "pofilter not run"
        print(f"\n{name}: mtcheck flags {t['flagged']:,} of {t['pairs']:,} pairs ({t['flagged'] / n:.1%}), "
              f"{t['major']:,} at major or above ({t['major'] / n:.1%}), in {t['mt_s']:.0f} s; {po}")
        print("  rules at major or above (pairs): " + ", ".join(f"{c} {k}" for c, k in rules[name].most_common()))
        if po_tests[name]:
            print("  pofilter tests (units): " + ", ".join(f"{c} {k}" for c, k in po_tests[name].most_common(8)))
        for code, ex in sorted(examples[name].items()):
            for src, tgt, msg in ex:
                print(f"  [{code}] {msg[:90]}\n         {src[:80]!r} -> {tgt[:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
