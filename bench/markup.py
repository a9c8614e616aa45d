"""Benchmark of the markup rules M001 (placeholders) and M002 (inline tags).

Run:  PYTHONPATH=. python bench/markup.py [--limit N]

1. silence on prose: M001/M002 findings on every human-made eval set that has segment
   pairs (WMT22 CED en-de, DEMETR de/fr->en source vs MT, Text+Berg de-fr gold 1-1 beads,
   WMT20 MQM en-de with the raters' <v> marks removed).  None of these texts has a
   placeholder, so every finding there is a false positive.  pofilter's placeholder and
   tag tests (printf, pythonbraceformat, variables, xmltags) run on the same CED pairs.
2. recall on placeholders MT broke, side by side with pofilter: CED pairs whose source and
   MT share one number get a placeholder (7 syntaxes: %d, %(count)d, {count}, {0},
   {{ count }}, ${count}, <b>N</b>) in place of that number on both sides: the clean pair.
   Each clean pair then gets the breakages MT engines make (dropped, spaces inserted,
   name translated, name re-cased, closing tag broken or swapped).  Recall per breakage
   and the false-positive rate on the clean pairs, for mtcheck (any M finding) and for
   pofilter (any of its four tests), both on exactly the same pairs.

3. real catalogues: Django's own gettext catalogues (de, fr, es, it; installed with the
   ``bench`` extra), human translations of UI strings full of placeholders and tags, read
   with mtcheck's PO reader: units flagged by M001/M002 and by pofilter's four tests, then
   by M003/M004 and by pofilter's address and white-space tests, on the same units; and
   the units every rule flags at major or above.  Flags here are false positives or real slips of Django's
   translators; the script prints them all.

The breakage set is synthetic and written for this bench (no eval data is needed to
build it beyond the CED sentences that carry the placeholders).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import mtcheck  # noqa: E402
from mtcheck.config import Config  # noqa: E402

import checks as C  # noqa: E402  (the eval-set readers of bench/checks.py)

CODES = ("M001", "M002")
PO_TESTS = ("printf", "pythonbraceformat", "variables", "xmltags")
CFG = Config(select=list(CODES))

# syntax -> (placeholder in place of the number N, {breakage: how the target writes it})
SYNTAXES = {
    "printf %d": ("%d", {"dropped": "", "space inserted": "% d"}),
    "python %(count)d": ("%(count)d", {"dropped": "", "space inserted": "%(count) d",
                                       "name translated": "%(Anzahl)d", "name re-cased": "%(Count)d"}),
    "brace {count}": ("{count}", {"dropped": "", "space inserted": "{ count }",
                                  "name translated": "{Anzahl}", "name re-cased": "{Count}"}),
    "numbered {0}": ("{0}", {"dropped": "", "space inserted": "{ 0 }"}),
    "double {{ count }}": ("{{ count }}", {"dropped": "", "space inserted": "{ { count } }",
                                           "name translated": "{{ Anzahl }}"}),
    "dollar ${count}": ("${count}", {"dropped": "", "space inserted": "$ {count}",
                                     "name translated": "${Anzahl}"}),
    "tag <b>N</b>": ("<b>N</b>", {"dropped": "N", "closing tag dropped": "<b>N",
                                  "space inserted": "<b>N< /b>", "tags swapped": "</b>N<b>"}),
}


def m_findings(src: str, tgt: str, sl: str, tl: str, cfg: Config = CFG) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code in cfg.select]


def pofilter(pairs: list[tuple[str, str]], tests: tuple[str, ...] = PO_TESTS) -> tuple[set[int], Counter, float]:
    """Indices of the pairs pofilter flags with any of ``tests``, by test, and seconds."""
    from translate.storage import po
    with tempfile.TemporaryDirectory(prefix="mtcheck-markup-") as tmp:
        src, dst = Path(tmp) / "in.po", Path(tmp) / "out.po"
        store = po.pofile()
        for i, (s, t) in enumerate(pairs):
            u = store.addsourceunit(s)
            u.target = t
            u.setcontext(str(i))
        src.write_bytes(bytes(store))
        cmd = ["pofilter", "--nofuzzy", "--progress=none"] + [a for t in tests for a in ("-t", t)]
        t0 = time.perf_counter()
        cp = subprocess.run(cmd + [str(src), str(dst)], capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if cp.returncode != 0 or not dst.exists():
            raise SystemExit(f"pofilter failed: {cp.stderr.strip()[:300]}")
        hit, by_test = set(), Counter()
        for u in po.pofile.parsefile(str(dst)).units:
            if u.isheader():
                continue
            try:
                i = int(u.getcontext())
            except ValueError:
                continue
            for note in u.getnotes("translator").splitlines():
                m = re.match(r"\(pofilter\) (\w+):", note)
                if m and m.group(1) in tests:
                    hit.add(i)
                    by_test[m.group(1)] += 1
        return hit, by_test, dt


# --------------------------------------------------------------------------- 1. prose
def prose_sets(limit: int | None) -> dict[str, list[tuple[str, str, str, str]]]:
    import json
    sets: dict[str, list[tuple[str, str, str, str]]] = {}
    sets["CED en-de"] = [(s, m, "en", "de") for s, m, _ in C.load_ced(limit)]
    dem = []
    with open(C.DEMETR, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            sl = C.LANG_TAGS.get(d.get("lang_tag", ""))
            if d.get("pert_check") is True and sl:
                dem.append((d["src_sent"], d["mt_sent"], sl, "en"))
    sets["DEMETR src/MT"] = C.sample(sorted(set(dem)), limit)
    de, fr = C.read_lines(C.TEXTBERG / "dev.de"), C.read_lines(C.TEXTBERG / "dev.fr")
    tb = []
    for line in (C.TEXTBERG / "dev.defr").read_text(encoding="utf-8").splitlines():
        m = C.BEAD.match(line)
        if m:
            s = [int(x) for x in m.group(1).split(",") if x.strip()]
            t = [int(x) for x in m.group(2).split(",") if x.strip()]
            if len(s) == 1 and len(t) == 1:
                tb.append((de[s[0]], fr[t[0]], "de", "fr"))
    sets["Text+Berg de-fr 1-1"] = C.sample(tb, limit)
    sets["MQM en-de"] = C.sample([(s["source"], s["target"], "en", "de") for s in C.read_mqm()], limit)
    return sets


def run_prose(limit: int | None) -> None:
    print("== 1. Silence on prose: M001/M002 findings on human-made eval pairs (all false positives) ==")
    rows = []
    ced = None
    for name, pairs in prose_sets(limit).items():
        t0 = time.perf_counter()
        flagged, codes, ex = 0, Counter(), []
        for s, t, sl, tl in pairs:
            fs = m_findings(s, t, sl, tl)
            if fs:
                flagged += 1
                codes.update(f.code for f in fs)
                if len(ex) < 3:
                    ex.append((t[:100], fs[0].message))
        rows.append([name, len(pairs), flagged, f"{flagged / max(1, len(pairs)):.2%}",
                     " ".join(f"{c}:{n}" for c, n in sorted(codes.items())) or "-",
                     f"{time.perf_counter() - t0:.1f}"])
        for t, msg in ex:
            print(f"    {name}: {t!r} -> {msg}")
        if name.startswith("CED"):
            ced = pairs
    C.table(["set", "pairs", "flagged", "rate", "by code", "seconds"], rows, "lrrrll")
    if ced:
        hit, tests, dt = pofilter([(s, t) for s, t, _, _ in ced])
        print(f"pofilter ({', '.join(PO_TESTS)}) on the same CED pairs: {len(hit)} of {len(ced)} flagged "
              f"({len(hit) / len(ced):.2%}) by test {dict(tests)}; {dt:.1f} s")


# --------------------------------------------------------------------------- 2. breakages
# a number standing alone (no "$5", "1980s", "16th", "5,300"): a placeholder can take its place
NUM = re.compile(r"(?<![\w.,'’$€£-])\d+(?![\w'’%-]|[.,]\d)")


def carriers(limit: int | None) -> list[tuple[str, str, str]]:
    """CED pairs whose source and MT share exactly one number, written once on each side."""
    out = []
    for s, m, _ in C.load_ced(None):
        ns, nm = NUM.findall(s), NUM.findall(m)
        if len(ns) == 1 and ns == nm and "%" not in s + m and "{" not in s + m and "<" not in s + m:
            out.append((s, m, ns[0]))
    return C.sample(out, limit or 1400)


def put(text: str, num: str, form: str) -> str:
    rep = form.replace("N", num) if "N" in form else form
    m = NUM.search(text)
    assert m and m.group() == num
    out = text[:m.start()] + rep + text[m.end():]
    return re.sub(r"  +", " ", out)


def run_breakages(limit: int | None) -> None:
    base = carriers(limit)
    names = list(SYNTAXES)
    cases = []  # (syntax, breakage or "clean", source, target)
    for i, (s, m, num) in enumerate(base):
        syn = names[i % len(names)]
        ph, breaks = SYNTAXES[syn]
        src = put(s, num, ph)
        cases.append((syn, "clean", src, put(m, num, ph)))
        for b, form in breaks.items():
            cases.append((syn, b, src, put(m, num, form)))
    print(f"\n== 2. Broken placeholders and tags: {len(base)} CED pairs x 7 syntaxes "
          f"({len(cases)} pairs, clean and broken), mtcheck and pofilter on the same pairs ==")
    t0 = time.perf_counter()
    mt_hit = [bool(m_findings(s, t, "en", "de")) for _, _, s, t in cases]
    mt_s = time.perf_counter() - t0
    po_hit, po_tests, po_s = pofilter([(s, t) for _, _, s, t in cases])
    by = defaultdict(lambda: [0, 0, 0])  # breakage -> [n, mtcheck hits, pofilter hits]
    by_syn = defaultdict(lambda: [0, 0, 0])
    for i, (syn, b, _, _) in enumerate(cases):
        for key, d in ((b, by), ((syn, b == "clean"), by_syn)):
            d[key][0] += 1
            d[key][1] += mt_hit[i]
            d[key][2] += i in po_hit
    rows = []
    for b in ["dropped", "space inserted", "name translated", "name re-cased", "closing tag dropped",
              "tags swapped"]:
        n, a, p = by[b]
        rows.append([f"recall: {b}", n, f"{a / n:.3f}", f"{p / n:.3f}"])
    n_b = sum(v[0] for k, v in by.items() if k != "clean")
    a_b = sum(v[1] for k, v in by.items() if k != "clean")
    p_b = sum(v[2] for k, v in by.items() if k != "clean")
    rows.append(["recall: all breakages", n_b, f"{a_b / n_b:.3f}", f"{p_b / n_b:.3f}"])
    n, a, p = by["clean"]
    rows.append(["false positives: clean pairs", n, f"{a / n:.3f}", f"{p / n:.3f}"])
    C.table(["measure", "pairs", "mtcheck M001/M002", "pofilter"], rows, "lrrr")
    rows = []
    for syn in names:
        n, a, p = by_syn[(syn, False)]
        cn, ca, cp_ = by_syn[(syn, True)]
        rows.append([syn, n, f"{a / n:.3f}", f"{p / n:.3f}", f"{ca}/{cn}", f"{cp_}/{cn}"])
    C.table(["syntax", "broken", "mtcheck recall", "pofilter recall", "mtcheck FP", "pofilter FP"], rows,
            "lrrrrr")
    print(f"seconds: mtcheck {mt_s:.1f} (check_pair, M rules only, in process), pofilter {po_s:.1f} "
          f"(CLI, 4 tests); pofilter by test {dict(po_tests)}")


# --------------------------------------------------------------------------- 3. catalogues
def run_catalogues() -> None:
    try:
        import django
    except ImportError:
        print("\n== 3. Django catalogues: skipped (pip install -e '.[bench]' installs Django) ==")
        return
    from mtcheck.load.corpus import read_corpus
    root = Path(django.__file__).parent
    files = sorted(p for lang in ("de", "fr", "es", "it")
                   for p in root.glob(f"**/locale/{lang}/LC_MESSAGES/*.po"))
    pairs, where = [], []
    for f in files:
        for r in read_corpus(f, source_lang="en"):
            pairs.append((r.source, r.target, r.target_lang.split("-")[0]))
            where.append(f"{f.relative_to(root)}:{r.origin_line}")
    print(f"\n== 3. Django {django.__version__} catalogues: {len(files)} PO files (de, fr, es, it), "
          f"{len(pairs)} translated units, mtcheck and pofilter on the same units ==")
    # the placeholder and tag rules against pofilter's matching tests, then the address and
    # white-space rules against theirs
    for codes, tests in ((("M001", "M002"), PO_TESTS),
                         (("M003", "M004"), ("urls", "emails", "options", "filepaths", "startwhitespace",
                                             "endwhitespace", "newlines"))):
        cfg = Config(select=list(codes))
        t0 = time.perf_counter()
        mt = {}
        for i, (s, t, tl) in enumerate(pairs):
            fs = m_findings(s, t, "en", tl, cfg)
            if fs:
                mt[i] = fs
        mt_s = time.perf_counter() - t0
        po_hit, po_tests, po_s = pofilter([(s, t) for s, t, _ in pairs], tests)
        sev = Counter(max(f.severity for f in fs).label for fs in mt.values())
        by = Counter(f.code for fs in mt.values() for f in fs)
        C.table(["tool", "units flagged", "major or above", "minor", "by code / test", "seconds"], [
            [f"mtcheck {'/'.join(codes)}", len(mt), sev.get("major", 0) + sev.get("critical", 0),
             sev.get("minor", 0), dict(by), f"{mt_s:.1f}"],
            [f"pofilter ({', '.join(tests)})", len(po_hit), "-", "-", dict(po_tests), f"{po_s:.1f}"],
        ], "lrrrlr")
        print(f"both flag {len(set(mt) & po_hit)} units")
        for i in sorted(set(mt) | po_hit):
            who = ("mtcheck+pofilter" if i in mt and i in po_hit else "mtcheck" if i in mt else "pofilter")
            msg = f"{mt[i][0].code} {mt[i][0].severity.label}: {mt[i][0].message[:80]}" if i in mt else ""
            print(f"  [{who}] {where[i]}  {pairs[i][1][:50]!r}  {msg}")
    # every rule on the same human-translated units: what a localisation team would see
    t0 = time.perf_counter()
    units, by = 0, Counter()
    for s, t, tl in pairs:
        fs = [f for f in mtcheck.check_pair(s, t, "en", tl) if f.severity.label in ("major", "critical")]
        if fs:
            units += 1
            by.update({f.code for f in fs})
    from mtcheck.rules import all_rules
    print(f"all {len(all_rules())} rules on the same units: {units} of {len(pairs)} units "
          f"({units / len(pairs):.1%}) have a finding >= major ({time.perf_counter() - t0:.1f} s); by code "
          f"{dict(by.most_common())}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="sample N pairs of each set")
    ap.add_argument("--only", default="prose,breakages,catalogues")
    a = ap.parse_args(argv)
    print(f"mtcheck {mtcheck.__version__}; rules {', '.join(CODES)}; pofilter tests {', '.join(PO_TESTS)}")
    t0 = time.perf_counter()
    if "prose" in a.only:
        run_prose(a.limit)
    if "breakages" in a.only:
        run_breakages(a.limit)
    if "catalogues" in a.only:
        run_catalogues()
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
