"""Benchmark of mtcheck's rules on public, human-made evaluation data.

Run:  PYTHONPATH=. python bench/checks.py [--limit N] [--only demetr,ced,mqm,textberg,speed]
                                          [--json [FILE]] [--examples K]

The data sets and their scoring are described in /work/shared/eval/README.md
(override the root with MTCHECK_SHARED). Every figure is measured on the rules as
they are when the script runs; nothing here is tuned to the data.

1. demetr   DEMETR perturbations (pert_check true; source de/fr from ``lang_tag``,
            target en): per perturbation, recall = share of (src, pert) pairs with a
            finding of the matching family, FP rate = share of (src, mt) pairs of the
            same items with a finding of that family (any severity).
            numbers -> D*; ne_replaced / ne_removed -> N*; codemix -> L*;
            addition -> C* with category Accuracy/Addition; misspelled -> N* or a
            spelling finding (category .../Spelling, or an S* rule named *spell*);
            repeat -> S001; empty -> C* with category Accuracy/Omission; beyond the
            issue's list (no floors): negation -> P001, question -> P002, final
            punctuation removed -> S010, first/full lower-cased -> S011, punctuation
            added -> S012 (and any S rule), one letter removed -> S006.
2. ced      WMT22 critical error detection en-de dev (17,280 pairs): MCC of "any
            finding >= major" vs BAD, beside "digits differ" and "digits differ or
            length-ratio outlier" baselines; P/R of BAD; MCC per family and per code.
3. mqm      WMT20 MQM newstest2020 en-de, segments deduped by (system, doc, seg_id),
            target text shared by most raters: recall of segments any rater marked
            ``Non-translation!`` by X001 not-a-translation, its flag rate on segments
            marked neither Non-translation! nor Accuracy/Untranslated text, and its
            precision against segments marked either; the same recall and precision
            for untranslated-text findings (L* or category Accuracy/Untranslated).
4. textberg Findings >= major on the gold 1-1 beads of Text+Berg de-fr dev (human
            translations, source de, target fr): share of pairs flagged, count by code.
5. speed    check_pair pairs/s over the CED pairs (languages given; 200 warm-up pairs
            first) — the CED section reuses these very findings — beside Translate
            Toolkit's pofilter CLI (default checks, --nofuzzy) on a PO file of the same
            pairs, with and without its start-up (``pofilter --help`` baseline); per-rule
            cost (us per pair) of each rule alone on 2,000 CED pairs.

The machine is shared and has 2 cores: wall-clock speeds are noisy, so CPU-time
speeds and the load average are printed too.

--limit N takes a seeded sample (seed 0, original order kept) of N items from each
set (for DEMETR: N items per perturbation; for speed: the CED sample, and per-rule
cost on min(N, 2000) pairs).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import mtcheck  # noqa: E402
from mtcheck import Severity  # noqa: E402
from mtcheck.rules import get_rule  # noqa: E402

SHARED = Path(os.environ.get("MTCHECK_SHARED", "/work/shared"))
EVAL = SHARED / "eval"
DEMETR = EVAL / "demetr" / "demetr.jsonl"
CED = EVAL / "ced" / "en-de"
MQM = EVAL / "mqm" / "mqm_newstest2020_ende.tsv"
TEXTBERG = EVAL / "align" / "textberg-de-fr"
SECTIONS = ("demetr", "ced", "mqm", "textberg", "speed")
SEED = 0

OUT = sys.stdout  # tables go here (stderr when --json prints JSON to stdout)


def say(*a) -> None:
    print(*a, file=OUT, flush=True)


# --------------------------------------------------------------------------- helpers

class Checker:
    """check_pair with a cache (DEMETR reuses the same (src, mt) pairs across
    perturbations) and with exceptions counted instead of aborting the run."""

    def __init__(self) -> None:
        self.cache: dict[tuple, list] = {}
        self.errors: Counter = Counter()
        self.error_examples: list[str] = []

    def __call__(self, src: str, tgt: str, sl: str | None, tl: str | None, cache: bool = True) -> list:
        key = (src, tgt, sl, tl)
        if cache and key in self.cache:
            return self.cache[key]
        try:
            fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if not f.suppressed]
        except Exception as e:  # a rule under edit must not stop the benchmark
            self.errors[type(e).__name__] += 1
            if len(self.error_examples) < 5:
                self.error_examples.append(f"{type(e).__name__}: {e} on {src[:60]!r} / {tgt[:60]!r}")
            fs = []
        if cache:
            self.cache[key] = fs
        return fs


CHECK = Checker()


def sample(items: list, limit: int | None) -> list:
    if not limit or limit >= len(items):
        return items
    idx = sorted(random.Random(SEED).sample(range(len(items)), limit))
    return [items[i] for i in idx]


def mcc(tp: int, fp: int, fn: int, tn: int) -> float:
    d = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)
    return (tp * tn - fp * fn) / math.sqrt(d) if d else 0.0


def confusion(pred: list[bool], gold: list[bool]) -> tuple[int, int, int, int]:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    tn = len(gold) - tp - fp - fn
    return tp, fp, fn, tn


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def fmt(x, nd: int = 3) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.{nd}f}"
    return str(x)


def table(headers: list[str], rows: list[list], aligns: str | None = None) -> None:
    cells = [[fmt(c) for c in r] for r in rows]
    w = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    aligns = aligns or ("l" + "r" * (len(headers) - 1))

    def line(vals):
        return "  ".join(v.ljust(w[i]) if aligns[i] == "l" else v.rjust(w[i]) for i, v in enumerate(vals))

    say(line(headers))
    say("  ".join("-" * x for x in w))
    for r in cells:
        say(line(r))


def clip(s: str, n: int = 150) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def describe(fs: Iterable) -> str:
    return "; ".join(f"{f.code}[{f.severity.name.lower()}] {clip(f.message or f.text, 90)!r}"
                     for f in fs) or "(none)"


def major(fs: Iterable) -> list:
    return [f for f in fs if f.severity >= Severity.MAJOR]


def load_avg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# --------------------------------------------------------------------------- 1. DEMETR

def fam(letter: str) -> Callable:
    return lambda f: f.code.startswith(letter)


def cat_family(letter: str, category: str) -> Callable:
    return lambda f: f.code.startswith(letter) and f.category == category


def spelling(f) -> bool:
    return (f.code.startswith("N") or f.category.endswith("/Spelling")
            or (f.code.startswith("S") and "spell" in f.name))


# (label, pert_name test, family label, family predicate, floor recall, floor FP)
DEMETR_ROWS = [
    ("numbers replaced", lambda p: "numbers_replaced" in p, "D", fam("D"), 0.95, 0.03),
    ("NE replaced", lambda p: "ne_replaced" in p, "N", fam("N"), 0.80, 0.03),
    ("NE removed", lambda p: "ne_removed" in p, "N", fam("N"), None, None),
    ("code-mix", lambda p: "codemix" in p, "L", fam("L"), 0.90, 0.03),
    ("addition", lambda p: "addition" in p and "punc" not in p, "C/Addition",
     cat_family("C", "Accuracy/Addition"), None, None),
    ("misspelled", lambda p: "misspelled" in p, "N|spelling", spelling, None, None),
    ("repeated words", lambda p: "repeat" in p, "S001", lambda f: f.code == "S001", 0.95, 0.03),
    ("  repeat2", lambda p: "repeat2" in p, "S001", lambda f: f.code == "S001", None, None),
    ("  repeat4", lambda p: "repeat4" in p, "S001", lambda f: f.code == "S001", None, None),
    ("empty output", lambda p: "empty" in p, "C/Omission", cat_family("C", "Accuracy/Omission"), 1.0, 0.03),
    ("noun removed", lambda p: "noun_removed" in p, "S008", lambda f: f.code == "S008", None, None),
    ("NE removed (S008)", lambda p: "ne_removed" in p, "S008", lambda f: f.code == "S008", None, None),
    # beyond the list: the sentence-form rules on their perturbations
    ("negation", lambda p: "negation" in p, "P001", lambda f: f.code == "P001", None, None),
    ("question", lambda p: "question" in p, "P002", lambda f: f.code == "P002", None, None),
    ("antonym (direction words)", lambda p: "antonym" in p, "P003", lambda f: f.code == "P003", None, None),
    ("gender", lambda p: "gender" in p, "P004", lambda f: f.code == "P004", None, None),
    ("final punct. removed", lambda p: "final_punc" in p, "S010", lambda f: f.code == "S010", None, None),
    ("lower-cased", lambda p: "lower" in p, "S011", lambda f: f.code == "S011", None, None),
    ("punctuation added", lambda p: "punc_addition" in p, "S012", lambda f: f.code == "S012", None, None),
    ("  (any S rule)", lambda p: "punc_addition" in p, "S*", fam("S"), None, None),
    ("one letter removed", lambda p: "char_removed" in p, "S006", lambda f: f.code == "S006", None, None),
    ("words shuffled", lambda p: "_shuffled" in p, "X001", lambda f: f.code == "X001", None, None),
]
LANG_TAGS = {"german": "de", "french": "fr"}


def run_demetr(limit: int | None, k: int) -> dict:
    items = []
    with open(DEMETR, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d.get("pert_check") is True:
                items.append(d)
    # source language: from lang_tag, checked once per item against detect_language
    disagree = Counter()
    for d in items:
        tag = LANG_TAGS.get(d.get("lang_tag", ""))
        det = mtcheck.detect_language(d["src_sent"])
        d["_sl"] = tag or det
        if tag and det != tag:
            disagree[(tag, det)] += 1
    t0 = time.perf_counter()
    rows, out = [], {}
    fails = []
    for label, test, flab, pred, floor_r, floor_fp in DEMETR_ROWS:
        group = sample([d for d in items if test(d["pert_name"])], limit)
        hits, fps, misses, fpex = 0, 0, [], []
        for d in group:
            fp_ = CHECK(d["src_sent"], d["pert_sent"], d["_sl"], "en")
            fm = CHECK(d["src_sent"], d["mt_sent"], d["_sl"], "en")
            h = [f for f in fp_ if pred(f)]
            m = [f for f in fm if pred(f)]
            if h:
                hits += 1
            else:
                misses.append((d, fp_))
            if m:
                fps += 1
                fpex.append((d, m))
        n = len(group)
        rec, fpr = ratio(hits, n), ratio(fps, n)
        verdict = "-"
        if floor_r is not None and n:
            ok = rec >= floor_r and fpr <= floor_fp
            verdict = "PASS" if ok else "FAIL"
            if not ok:
                fails.append((label, misses if rec < floor_r else [], fpex if fpr > floor_fp else []))
        rows.append([label, flab, n, rec, fmt(floor_r, 2) if floor_r is not None else "-",
                     fpr, f"<={floor_fp:.2f}" if floor_fp is not None else "-", verdict])
        out[label.strip()] = {"family": flab, "n": n, "recall": rec, "fp_rate": fpr,
                              "floor_recall": floor_r, "floor_fp": floor_fp, "verdict": verdict}
    # every rule on the unperturbed translations: which codes fire on good MT at all
    seen_mt: dict[tuple, list] = {}
    for d in items:
        key = (d["src_sent"], d["mt_sent"], d["_sl"])
        if key not in seen_mt:
            seen_mt[key] = CHECK(d["src_sent"], d["mt_sent"], d["_sl"], "en")
    by_code = Counter(c for fs in seen_mt.values() for c in {f.code for f in fs})
    dt = time.perf_counter() - t0
    say("\n== 1. DEMETR (pert_check true; src de/fr from lang_tag -> en; any severity) ==")
    table(["perturbation", "family", "n", "recall", "floor", "FP rate", "floor", "verdict"], rows,
          "lllrrrrl")
    say(f"findings on the {len(seen_mt)} distinct unperturbed translations, by rule (pairs, any severity): "
        + (", ".join(f"{c} {n}" for c, n in sorted(by_code.items())) or "none"))

    say(f"lang_tag vs detect_language disagreements: {sum(disagree.values())} of {len(items)} items"
        + (f" {dict((f'{a}->{b}', c) for (a, b), c in disagree.most_common(4))}" if disagree else ""))
    say(f"{len(CHECK.cache)} distinct pairs checked, {dt:.1f} s")
    for label, misses, fpex in fails:
        if k <= 0:
            break
        say(f"  [{label.strip()} FAIL] {len(misses)} missed, {len(fpex)} FP")
        for d, fs in misses[:k]:
            say(f"    missed {d['pert_name']} id={d['id']}: src {clip(d['src_sent'], 90)!r}")
            say(f"           pert {clip(d['pert_sent'], 110)!r}")
            say(f"           mt   {clip(d['mt_sent'], 110)!r}  findings: {describe(fs)}")
        for d, fs in fpex[:k]:
            say(f"    FP on mt id={d['id']}: src {clip(d['src_sent'], 90)!r}")
            say(f"           mt {clip(d['mt_sent'], 110)!r}  -> {describe(fs)}")
    return {"rows": out, "lang_disagreements": sum(disagree.values()), "seconds": dt,
            "unperturbed_by_code": dict(by_code)}


# --------------------------------------------------------------------------- 2. CED (+ speed pass)

def read_lines(p: Path) -> list[str]:
    """Lines split on \\n only (str.splitlines would also split on U+2028, U+0085 …)."""
    text = p.read_text(encoding="utf-8")
    lines = text.split("\n")
    return lines[:-1] if text.endswith("\n") else lines


def load_ced(limit: int | None) -> list[tuple[str, str, bool]]:
    src, mt, lab = (read_lines(CED / n) for n in ("dev.src", "dev.mt", "dev.label"))
    assert len(src) == len(mt) == len(lab), (len(src), len(mt), len(lab))
    return sample([(s, m, l.strip() == "BAD") for s, m, l in zip(src, mt, lab)], limit)


_CED_RUN: dict | None = None


def ced_pass(limit: int | None) -> dict:
    """One timed pass of check_pair over the CED pairs (shared by ced and speed)."""
    global _CED_RUN
    if _CED_RUN is not None:
        return _CED_RUN
    pairs = load_ced(limit)
    warm = pairs[:200]
    t0 = time.perf_counter()
    for s, m, _ in warm:
        CHECK(s, m, "en", "de", cache=False)
    warm_s = time.perf_counter() - t0
    load0 = load_avg()
    findings = []
    c0, t0 = time.process_time(), time.perf_counter()
    for s, m, _ in pairs:
        findings.append(CHECK(s, m, "en", "de", cache=False))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    _CED_RUN = {"pairs": pairs, "findings": findings, "wall": wall, "cpu": cpu, "warm_s": warm_s,
                "load_before": load0, "load_after": load_avg()}
    return _CED_RUN


DIGITS = re.compile(r"\d+")


def digits_differ(s: str, m: str) -> bool:
    return Counter(DIGITS.findall(s)) != Counter(DIGITS.findall(m))


def run_ced(limit: int | None, k: int) -> dict:
    run = ced_pass(limit)
    pairs, findings = run["pairs"], run["findings"]
    gold = [b for _, _, b in pairs]
    res: dict = {"n": len(pairs), "bad": sum(gold)}

    # baselines: digits; digits or a robust length-ratio outlier (|z| > 3 on log char ratio,
    # median/MAD over the set itself — fixed rule, not tuned)
    dig = [digits_differ(s, m) for s, m, _ in pairs]
    lr = [math.log((len(m) + 1) / (len(s) + 1)) for s, m, _ in pairs]
    med = statistics.median(lr)
    mad = statistics.median(abs(x - med) for x in lr) * 1.4826 or 1e-9
    outlier = [abs(x - med) / mad > 3 for x in lr]
    dl = [a or b for a, b in zip(dig, outlier)]

    def row(name, pred):
        tp, fp, fn, tn = confusion(pred, gold)
        m_ = mcc(tp, fp, fn, tn)
        r = {"flagged": tp + fp, "tp": tp, "precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn),
             "mcc": m_}
        return [name, tp + fp, tp, r["precision"], r["recall"], m_], r

    rows = []
    main_pred = [bool(major(fs)) for fs in findings]
    any_pred = [bool(fs) for fs in findings]
    for name, pred in (("mtcheck: any finding >= major", main_pred),
                       ("mtcheck: any finding (any severity)", any_pred),
                       ("baseline: digits differ", dig),
                       ("baseline: digits or length-ratio outlier", dl)):
        r, d = row(name, pred)
        rows.append(r)
        res[name] = d
    verdict = "PASS" if res["mtcheck: any finding >= major"]["mcc"] >= 0.60 else "FAIL"
    res["verdict"] = verdict
    say(f"\n== 2. WMT22 CED en-de dev ({len(pairs)} pairs, {sum(gold)} BAD) ==")
    table(["detector", "flagged", "TP", "P(BAD)", "R(BAD)", "MCC"], rows)
    say(f"floor: MCC >= 0.60 for mtcheck >= major -> {verdict}   "
        f"(length outliers: {sum(outlier)} pairs, median log ratio {med:.3f}, robust sd {mad:.3f})")

    # per family / per code (>= major)
    fams = sorted({f.code[0] for fs in findings for f in fs})
    frows, res["families"] = [], {}
    for fl in fams:
        pred = [any(f.code.startswith(fl) for f in major(fs)) for fs in findings]
        preda = [any(f.code.startswith(fl) for f in fs) for fs in findings]
        tp, fp, fn, tn = confusion(pred, gold)
        tpa, fpa, fna, tna = confusion(preda, gold)
        frows.append([fl, tp + fp, tp, ratio(tp, tp + fp), ratio(tp, tp + fn), mcc(tp, fp, fn, tn),
                      tpa + fpa, mcc(tpa, fpa, fna, tna)])
        res["families"][fl] = {"flagged_major": tp + fp, "tp_major": tp, "mcc_major": mcc(tp, fp, fn, tn),
                               "flagged_any": tpa + fpa, "mcc_any": mcc(tpa, fpa, fna, tna)}
    say("per family (a pair counts once per family):")
    table(["family", ">=major", "TP", "P(BAD)", "R(BAD)", "MCC", "any sev", "MCC any"], frows)
    codes = Counter()
    codes_tp = Counter()
    sev_of: dict[str, set] = defaultdict(set)
    for fs, g in zip(findings, gold):
        for c in {f.code for f in fs}:
            codes[c] += 1
            codes_tp[c] += g
        for f in fs:
            sev_of[f.code].add(f.severity)
    def without(code: str) -> float:  # MCC of ">= major" once this code's findings are dropped
        return mcc(*confusion([any(f.code != code for f in major(fs)) for fs in findings], gold))

    crows = [[c, "/".join(x.name.lower() for x in sorted(sev_of[c])), codes[c], codes_tp[c], ratio(codes_tp[c], codes[c]),
              mcc(codes_tp[c], codes[c] - codes_tp[c], sum(gold) - codes_tp[c],
                  len(gold) - codes[c] - sum(gold) + codes_tp[c]), without(c)]
             for c in sorted(codes, key=lambda c: -codes[c])]
    say("per rule code (pairs with >= 1 finding of the code, any severity; last column: MCC of "
        "'any finding >= major' with this code ignored; base rate of BAD "
        f"{sum(gold) / max(1, len(gold)):.3f}):")
    table(["code", "severity", "pairs", "BAD", "P(BAD)", "MCC", "main MCC w/o code"], crows, "llrrrrr")
    res["codes"] = {r[0]: {"pairs": r[2], "bad": r[3], "precision": r[4], "mcc": r[5], "main_mcc_without": r[6]}
                    for r in crows}
    if verdict == "FAIL" and k > 0:
        missed = [(p, fs) for p, fs, pr in zip(pairs, findings, main_pred) if p[2] and not pr]
        fpos = [(p, fs) for p, fs, pr in zip(pairs, findings, main_pred) if pr and not p[2]]
        nothing = sum(1 for _, fs in missed if not fs)
        dmiss = [(p, fs) for p, fs in missed if digits_differ(p[0], p[1])]
        say(f"  [CED FAIL] {len(missed)} BAD pairs missed ({nothing} with no finding at all, "
            f"{len(missed) - nothing} with minor ones only; {len(dmiss)} of them have differing digits), "
            f"{len(fpos)} OK pairs flagged >= major")
        for (s, m, _), fs in missed[:k]:
            say(f"    missed BAD: src {clip(s, 130)!r}")
            say(f"                mt  {clip(m, 130)!r}")
            say(f"                findings: {describe(fs)}")
        for (s, m, _), fs in dmiss[:k]:
            say(f"    missed BAD, digits differ: src {clip(s, 130)!r}")
            say(f"                               mt  {clip(m, 130)!r}")
            say(f"                               findings: {describe(fs)}")
        byc = Counter(f.code for _, fs in fpos for f in {f.code: f for f in major(fs)}.values())
        say(f"    FP (OK pairs flagged >= major) by code: {dict(byc.most_common())}")
        for c, _ in byc.most_common(4):
            for (s, m, _), fs in [(p, fs) for p, fs in fpos if any(f.code == c for f in major(fs))][:k]:
                say(f"    FP {c} on OK: src {clip(s, 130)!r}")
                say(f"                 mt  {clip(m, 130)!r}")
                say(f"                 -> {describe(f for f in major(fs) if f.code == c)}")
    return res


# --------------------------------------------------------------------------- 3. MQM

V = re.compile(r"</?v>")


def untranslated_finding(f) -> bool:
    return f.code.startswith("L") or f.category.startswith("Accuracy/Untranslated")


def nontranslation_finding(f) -> bool:
    return f.code == "X001" or f.category.startswith("Accuracy/Non-translation")


def read_mqm() -> list[dict]:
    """Segments deduped by (system, doc, seg_id).  The raters' rows do not always carry
    the same target text (1,430 of 7,320 segments differ, mostly one rater's copy with
    a stretch pasted twice): the text shared by most raters is taken, the shorter on a
    tie, so a tool artefact is not scored as MT output."""
    segs: dict[tuple, dict] = {}
    with open(MQM, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col = {n: i for i, n in enumerate(header)}
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) < len(header):
                continue
            key = (p[col["system"]], p[col["doc"]], p[col["seg_id"]])
            s = segs.get(key)
            if s is None:
                s = segs[key] = {"key": key, "source": V.sub("", p[col["source"]]),
                                 "versions": defaultdict(set), "cats": set()}
            s["versions"][V.sub("", p[col["target"]])].add(p[col["rater"]])
            cat = p[col["category"]].strip()
            s["cats"].add(cat)
            if cat in ("Non-translation!", "Accuracy/Untranslated text"):
                s.setdefault("spans", []).extend(re.findall(r"<v>(.*?)</v>", p[col["target"]]))
    for s in segs.values():
        vs = s.pop("versions")
        s["target"] = min(vs, key=lambda t: (-len(vs[t]), len(t)))
    return list(segs.values())


def mqm_documents(keep: Callable[[str], bool] = lambda system: True,
                  segs: list[dict] | None = None) -> dict[tuple[str, str], list[dict]]:
    """The MQM segments as documents: (system, document) -> segments in segment order, for
    the systems ``keep`` accepts, sorted by key."""
    docs: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for s in read_mqm() if segs is None else segs:
        system, doc, _sid = s["key"]
        if keep(system):
            docs[(system, doc)].append(s)
    for items in docs.values():
        items.sort(key=lambda s: int(s["key"][2]))
    return dict(sorted(docs.items()))


def run_mqm(limit: int | None, k: int) -> dict:
    segs = read_mqm()
    items = sample(segs, limit)
    t0 = time.perf_counter()
    nontr = untr = flagged = fl_nontr = fl_pos = fl_untr_only = 0
    x_flag = x_nontr = x_pos = x_clean = clean = 0
    missed, missed_u, fpos, x_hits, x_fpos = [], [], [], [], []
    all_codes: Counter = Counter()
    # per rule: segments flagged, of them marked with any error / an error of the rule's
    # MQM top-level category (Accuracy, Fluency, ...) by at least one rater
    code_err: Counter = Counter()
    code_top: Counter = Counter()
    top_base: Counter = Counter()
    err_base = 0
    # human reference translations (Human-A/B/P): findings >= major, and how many a rater
    # backs with an error of the finding's MQM top-level category
    hum_n: Counter = Counter()
    hum_major: Counter = Counter()
    hum_backed: Counter = Counter()
    hum_codes: Counter = Counter()
    for s in items:
        found = CHECK(s["source"], s["target"], "en", "de", cache=False)
        who = s["key"][0].split(".")[0]
        if who.startswith("Human"):
            hum_n[who] += 1
            mj = major(found)
            if mj:
                hum_major[who] += 1
                tops_marked = {c.split("/")[0] for c in s["cats"] if c and c != "no-error"}
                hum_backed[who] += any(f.category.split("/")[0] in tops_marked for f in mj)
                hum_codes.update({f.code for f in mj})
        all_codes.update({f.code for f in found})
        marked = {c for c in s["cats"] if c and c != "no-error"}
        tops = {c.split("/")[0] for c in marked}
        err_base += bool(marked)
        top_base.update(tops)
        for code, f in {f.code: f for f in found}.items():
            code_err[code] += bool(marked)
            code_top[code] += f.category.split("/")[0] in tops
        fs = [f for f in found if untranslated_finding(f)]
        xs = [f for f in found if nontranslation_finding(f)]
        is_non = "Non-translation!" in s["cats"]
        is_unt = "Accuracy/Untranslated text" in s["cats"]
        nontr += is_non
        untr += is_unt
        clean += not (is_non or is_unt)
        if xs:
            x_flag += 1
            x_nontr += is_non
            x_pos += is_non or is_unt
            if is_non:
                x_hits.append((s, xs))
            elif not is_unt:
                x_clean += 1
                x_fpos.append((s, xs))
        if fs:
            flagged += 1
            fl_nontr += is_non
            fl_pos += is_non or is_unt
            fl_untr_only += is_unt
            if not (is_non or is_unt):
                fpos.append((s, fs))
        elif is_non and not xs:
            missed.append((s, fs))
        elif is_unt:
            missed_u.append(s)
    dt = time.perf_counter() - t0
    x_rec = ratio(x_nontr, nontr)
    x_prec = ratio(x_pos, x_flag)
    x_rate = ratio(x_clean, clean)
    rec = ratio(fl_nontr, nontr)
    prec = ratio(fl_pos, flagged)
    rec_u = ratio(fl_untr_only, untr)
    # the floor reads either family: X001 leaves a sentence left in another language to
    # L001/L002 (one artefact, one finding), so X001 alone undercounts what mtcheck catches
    any_nontr = nontr - len(missed)
    any_rec = ratio(any_nontr, nontr)
    verdict = "n/a" if any_rec is None else ("PASS" if any_rec >= 0.90 else "FAIL")
    say(f"\n== 3. MQM newstest2020 en-de ({len(items)} segments of {len(segs)}; target text shared "
        "by most raters; X001 not-a-translation, and L* or Accuracy/Untranslated findings, any severity) ==")
    table(["measure", "hits", "of", "value", "floor", "verdict"], [
        ["X001 or L*: recall of Non-translation! segments", any_nontr, nontr, any_rec, "0.90", verdict],
        ["X001: recall of Non-translation! segments", x_nontr, nontr, x_rec, "-", "-"],
        ["X001: flag rate, segments not marked Non-translation!/Untranslated", x_clean, clean, x_rate, "-", "-"],
        ["X001: precision vs Non-translation! or Untranslated", x_pos, x_flag, x_prec, "-", "-"],
        ["L*: recall of Non-translation! segments", fl_nontr, nontr, rec, "-", "-"],
        ["L*: recall of Accuracy/Untranslated text segments", fl_untr_only, untr, rec_u, "-", "-"],
        ["L*: precision vs Non-translation! or Untranslated", fl_pos, flagged, prec, "-", "-"],
    ], "lrrrrl")
    if hum_n:
        say("human reference translations (the study's Human-A/B/P; Human-P paraphrases on purpose): "
            "segments with a finding >= major, and of those how many a rater marked with an error "
            "of a finding's MQM top-level category:")
        table(["system", "segments", ">= major", "rate", "rater-backed"],
              [[w, hum_n[w], hum_major[w], ratio(hum_major[w], hum_n[w]), hum_backed[w]]
               for w in sorted(hum_n)], "lrrrr")
        say("  by code: " + ", ".join(f"{c} {n}" for c, n in hum_codes.most_common()))
    byc = Counter(f.code for _, fs in fpos for f in {f.code: f for f in fs}.values())
    say(f"{flagged} segments flagged L*; flagged but unmarked, by code: {dict(byc.most_common())}; {dt:.1f} s")
    say("all rules on these segments (segments with a finding of the code, any severity): "
        + ", ".join(f"{c} {n}" for c, n in sorted(all_codes.items())))
    n = len(items)
    say(f"each rule against the raters: segments flagged (any severity), share a rater marked "
        f"with any error (base rate {ratio(err_base, n):.3f}) and with an error of the rule's MQM "
        f"top-level category (base rate: " + ", ".join(
            f"{t} {ratio(c, n):.3f}" for t, c in sorted(top_base.items()) if c >= 50) + ")")
    rows = []
    for code, cnt in sorted(all_codes.items()):
        cat = get_rule(code).category
        top = cat.split("/")[0]
        rows.append([code, cat, cnt, ratio(code_err[code], cnt),
                     ratio(code_top[code], cnt) if top in top_base else "-",
                     ratio(top_base[top], n) if top in top_base else "-"])
    table(["code", "category", "segments", "any error", "same category", "category base"], rows,
          "llrrrr")
    if k > 0 and x_hits:
        say(f"  X001 hits on Non-translation! segments (first {k}):")
        for s, xs in x_hits[:k]:
            say(f"    {s['key'][0]} {s['key'][1]}#{s['key'][2]}: tgt {clip(s['target'], 100)!r}")
    if k > 0 and x_fpos:
        say(f"  X001 on segments no rater marked Non-translation!/Untranslated (first {k}):")
        for s, xs in x_fpos[:k]:
            say(f"    {s['key'][0]} {s['key'][1]}#{s['key'][2]}: tgt {clip(s['target'], 100)!r} -> {describe(xs)}")
    if k > 0 and verdict == "FAIL":
        say(f"  [MQM FAIL] {len(missed)} Non-translation! segments missed by X001 and L* (first {k})")
        for s, _ in missed[:k]:
            say(f"    missed {s['key'][0]} {s['key'][1]}#{s['key'][2]}: src {clip(s['source'], 100)!r}")
            say(f"           tgt {clip(s['target'], 110)!r}")
    if k > 0 and missed_u:
        say(f"  {len(missed_u)} Accuracy/Untranslated text segments missed by L* (first {k}; marked spans):")
        for s in missed_u[:k]:
            say(f"    {s['key'][0]} {s['key'][1]}#{s['key'][2]}: tgt {clip(s['target'], 100)!r} "
                f"spans {[clip(x, 40) for x in s.get('spans', [])][:4]}")
    if k > 0 and fpos:
        say(f"  flagged L* segments no rater marked untranslated (first {k}):")
        for s, fs in fpos[:k]:
            say(f"    {s['key'][0]} {s['key'][1]}#{s['key'][2]}: tgt {clip(s['target'], 100)!r} -> {describe(fs)}")
    return {"segments": len(items), "nontranslation": nontr, "untranslated_text": untr,
            "any_recall_nontranslation": any_rec, "x001_recall_nontranslation": x_rec, "x001_flagged": x_flag,
            "x001_flag_rate_unmarked": x_rate, "x001_precision": x_prec,
            "recall_nontranslation": rec, "recall_untranslated_text": rec_u, "flagged": flagged,
            "precision": prec, "verdict": verdict, "fp_by_code": dict(byc), "seconds": dt,
            "human_references": {w: {"segments": hum_n[w], "major": hum_major[w],
                                     "rater_backed": hum_backed[w]} for w in sorted(hum_n)},
            "by_code_marked": {c: {"segments": all_codes[c], "any_error": code_err[c],
                                   "same_category": code_top[c]} for c in sorted(all_codes)}}


# --------------------------------------------------------------------------- 4. Text+Berg

BEAD = re.compile(r"^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*$")


def run_textberg(limit: int | None, k: int) -> dict:
    de = read_lines(TEXTBERG / "dev.de")
    fr = read_lines(TEXTBERG / "dev.fr")
    pairs = []
    for line in (TEXTBERG / "dev.defr").read_text(encoding="utf-8").splitlines():
        m = BEAD.match(line)
        if not m:
            continue
        s = [int(x) for x in m.group(1).split(",") if x.strip()]
        t = [int(x) for x in m.group(2).split(",") if x.strip()]
        if len(s) == 1 and len(t) == 1:
            pairs.append((s[0], t[0], de[s[0]], fr[t[0]]))
    pairs = sample(pairs, limit)
    t0 = time.perf_counter()
    flagged, by_major, by_any, ex = 0, Counter(), Counter(), defaultdict(list)
    for i, j, s, t in pairs:
        fs = CHECK(s, t, "de", "fr", cache=False)
        mj = major(fs)
        if mj:
            flagged += 1
        for c in {f.code for f in fs}:
            by_any[c] += 1
        for c, f in {f.code: f for f in mj}.items():
            by_major[c] += 1
            ex[c].append((i, j, s, t, [g for g in mj if g.code == c]))
    dt = time.perf_counter() - t0
    rate = ratio(flagged, len(pairs))
    verdict = "n/a" if rate is None else ("PASS" if rate <= 0.02 else "FAIL")
    say("\n== 4. Text+Berg de-fr dev, gold 1-1 beads (human translations; de -> fr) ==")
    table(["measure", "pairs", "flagged >= major", "rate", "ceiling", "verdict"],
          [["pairs with a finding >= major", len(pairs), flagged, rate, "0.02", verdict]], "lrrrrl")
    codes = sorted(set(by_any) | set(by_major), key=lambda c: (-by_major[c], -by_any[c], c))
    say("what fires, by rule code (pairs):")
    table(["code", ">= major", "any severity"], [[c, by_major[c], by_any[c]] for c in codes])
    say(f"{dt:.1f} s")
    if verdict == "FAIL" and k > 0:
        for c in [c for c in codes if by_major[c]]:
            say(f"  [{c}] examples:")
            for i, j, s, t, fs in ex[c][:k]:
                say(f"    de[{i}] {clip(s, 110)!r}")
                say(f"    fr[{j}] {clip(t, 110)!r}  -> {describe(fs)}")
    return {"pairs": len(pairs), "flagged_major": flagged, "rate": rate, "verdict": verdict,
            "by_code_major": dict(by_major), "by_code_any": dict(by_any), "seconds": dt}


# --------------------------------------------------------------------------- 5. speed

def write_po(pairs: list[tuple[str, str, bool]], path: Path) -> None:
    from translate.storage import po
    store = po.pofile()
    for i, (s, m, _) in enumerate(pairs):
        u = store.addsourceunit(s)
        u.target = m
        u.setcontext(str(i))  # msgids repeat in CED: keep every unit distinct
    path.write_bytes(bytes(store))


def timed_child(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    cp = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return wall, cpu, cp


def rule_costs(pairs: list[tuple[str, str, bool]]) -> tuple[list, float, float]:
    from mtcheck.pipeline import _default_config
    from mtcheck.rules import all_rules, run_rules, single_pair_context
    cfg = _default_config()
    opts = cfg.options

    def ctxs():
        out = []
        for s, m, _ in pairs:
            c = single_pair_context(s, m, "en", "de")
            c.severities = cfg.severities
            out.append(c)
        return out

    t0 = time.perf_counter()
    ctxs()
    ctx_us = (time.perf_counter() - t0) / len(pairs) * 1e6
    costs = []
    import gc
    for r in all_rules():
        cs = ctxs()
        err = 0
        # the 2,000 fresh contexts are garbage to the collector: a full collection would
        # land inside whichever rule's loop happens to run then, so none runs in the loops
        gc.collect()
        gc.disable()
        t0 = time.perf_counter()
        for c in cs:
            try:
                run_rules(c, [r], opts)
            except Exception:
                err += 1
        dt = time.perf_counter() - t0
        gc.enable()
        costs.append((r.code, r.name, dt / len(pairs) * 1e6, err))
    # the whole rule set on fresh contexts (shared caches help here)
    cs = ctxs()
    rules = cfg.rules()
    t0 = time.perf_counter()
    for c in cs:
        try:
            run_rules(c, rules, opts)
        except Exception:
            pass
    all_us = (time.perf_counter() - t0) / len(pairs) * 1e6
    return sorted(costs, key=lambda x: -x[2]), ctx_us, all_us


def run_speed(limit: int | None, k: int) -> dict:
    run = ced_pass(limit)
    pairs = run["pairs"]
    n = len(pairs)
    mt_pps, mt_cpu_pps = n / run["wall"], n / run["cpu"] if run["cpu"] else None
    res: dict = {"pairs": n, "mtcheck_pairs_per_s": mt_pps, "mtcheck_pairs_per_cpu_s": mt_cpu_pps,
                 "load_before": run["load_before"], "load_after": run["load_after"]}
    # pofilter on the same pairs
    with tempfile.TemporaryDirectory(prefix="mtcheck-bench-") as tmp:
        src, dst = Path(tmp) / "input.po", Path(tmp) / "output.po"
        write_po(pairs, src)
        helps = [timed_child(["pofilter", "--help"])[:2] for _ in range(3)]
        h_wall = statistics.median(w for w, _ in helps)
        h_cpu = statistics.median(c for _, c in helps)
        pw, pc, cp = timed_child(["pofilter", "--nofuzzy", "--progress=none", str(src), str(dst)])
        po_flagged, po_bad, po_tests = None, None, Counter()
        if cp.returncode == 0 and dst.exists():
            from translate.storage import po
            store = po.pofile.parsefile(str(dst))
            idx = set()
            for u in store.units:
                if u.isheader():
                    continue
                try:
                    idx.add(int(u.getcontext()))
                except ValueError:
                    continue
                for note in u.getnotes("translator").splitlines():
                    mm = re.match(r"\(pofilter\) (\w+):", note)
                    if mm:
                        po_tests[mm.group(1)] += 1
            gold = [b for _, _, b in pairs]
            pred = [i in idx for i in range(n)]
            tp, fp, fn, tn = confusion(pred, gold)
            po_flagged, po_bad = len(idx), mcc(tp, fp, fn, tn)
    net_w, net_c = max(pw - h_wall, 1e-9), max(pc - h_cpu, 1e-9)
    po = {"wall": pw, "cpu": pc, "help_wall": h_wall, "help_cpu": h_cpu, "rc": cp.returncode,
          "pairs_per_s": n / pw, "pairs_per_s_net": n / net_w,
          "pairs_per_cpu_s": n / pc if pc else None, "pairs_per_cpu_s_net": n / net_c,
          "flagged": po_flagged, "mcc_vs_bad": po_bad, "tests": dict(po_tests)}
    res["pofilter"] = po
    ratio_wall = mt_pps / po["pairs_per_s"]
    ratio_net = mt_pps / po["pairs_per_s_net"]
    ratio_cpu = (mt_cpu_pps / po["pairs_per_cpu_s_net"]) if mt_cpu_pps and po["pairs_per_cpu_s_net"] else None
    res.update(ratio_incl_startup=ratio_wall, ratio_net=ratio_net, ratio_cpu_net=ratio_cpu)
    verdict = "PASS" if ratio_net >= 5 else "FAIL"
    res["verdict"] = verdict
    say(f"\n== 5. Speed on {n} CED pairs (2 shared cores: wall-clock figures are noisy; "
        f"load avg {run['load_before']} before, {run['load_after']} after the mtcheck pass) ==")
    table(["tool", "wall s", "pairs/s", "CPU s", "pairs/CPU-s", "note"], [
        ["mtcheck check_pair (in process, after 200 warm-up)", run["wall"], mt_pps, run["cpu"], mt_cpu_pps,
         f"warm-up {run['warm_s']:.1f} s"],
        ["pofilter CLI, incl. start-up", pw, po["pairs_per_s"], pc, po["pairs_per_cpu_s"],
         f"rc {cp.returncode}"],
        ["pofilter CLI, minus `pofilter --help` start-up", net_w, po["pairs_per_s_net"], net_c,
         po["pairs_per_cpu_s_net"], f"start-up {h_wall:.2f} s wall"],
    ], "lrrrrl")
    say(f"mtcheck / pofilter: {ratio_wall:.2f}x incl. start-up, {ratio_net:.2f}x minus start-up (wall), "
        f"{fmt(ratio_cpu, 2)}x per CPU-second; target >= 5x -> {verdict}")
    if po_flagged is not None:
        say(f"pofilter flagged {po_flagged} of {n} pairs (MCC vs CED BAD {po_bad:.3f}); top tests: "
            f"{dict(po_tests.most_common(6))}")
    elif cp.returncode != 0:
        say(f"pofilter failed: {cp.stderr.strip()[:300]}")
    # per-rule cost
    rp = pairs[:2000]
    costs, ctx_us, all_us = rule_costs(rp)
    total = sum(c[2] for c in costs)
    say(f"per-rule cost, each rule alone on {len(rp)} CED pairs (fresh context per pair, built untimed "
        f"at {ctx_us:.0f} us/pair); sum of rules alone {total:.0f} us/pair, all rules together "
        f"{all_us:.0f} us/pair (shared caches):")
    table(["code", "name", "us/pair", "share", "errors"],
          [[c, nm, f"{us:.0f}", f"{us / total:.1%}" if total else "-", e] for c, nm, us, e in costs[:10]],
          "llrrr")
    res["rule_cost_us"] = {c: us for c, _, us, _ in costs}
    res["context_us"], res["all_rules_us"] = ctx_us, all_us
    return res


# --------------------------------------------------------------------------- main

RUNNERS = {"demetr": run_demetr, "ced": run_ced, "mqm": run_mqm, "textberg": run_textberg,
           "speed": run_speed}


def main(argv: list[str] | None = None) -> int:
    global OUT
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="seeded sample of N items per set")
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated: " + ",".join(SECTIONS))
    ap.add_argument("--json", nargs="?", const="-", default=None, metavar="FILE",
                    help="dump figures as JSON to FILE (or to stdout, tables then go to stderr)")
    ap.add_argument("--examples", type=int, default=3, help="examples printed per failing row")
    a = ap.parse_args(argv)
    only = [s.strip() for s in a.only.split(",") if s.strip()]
    bad = [s for s in only if s not in SECTIONS]
    if bad:
        ap.error(f"unknown section(s) {bad}; choose from {','.join(SECTIONS)}")
    if a.json == "-":
        OUT = sys.stderr
    from mtcheck.rules import all_rules
    rules = all_rules()
    t0 = time.perf_counter()
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "mtcheck"],
                           capture_output=True, text=True).stdout.strip()
    say(f"mtcheck {mtcheck.__version__} @ {head}{' (+ uncommitted edits in mtcheck/)' if dirty else ''}; "
        f"{len(rules)} rules: {' '.join(r.code for r in rules)}")
    say(f"data: {EVAL}; limit {a.limit or 'none'}; load avg {load_avg()} on {os.cpu_count()} cores")
    out: dict = {"head": head, "dirty": bool(dirty), "limit": a.limit, "rules": [r.code for r in rules]}
    for s in SECTIONS:
        if s in only:
            out[s] = RUNNERS[s](a.limit, a.examples)
    verdicts = []
    if "demetr" in out:
        verdicts += [(f"demetr {k}", v["verdict"]) for k, v in out["demetr"]["rows"].items() if v["verdict"] != "-"]
    for s in ("ced", "mqm", "textberg", "speed"):
        if s in out:
            verdicts.append((s, out[s]["verdict"]))
    out["verdicts"] = dict(verdicts)
    out["check_pair_errors"] = dict(CHECK.errors)
    out["seconds"] = time.perf_counter() - t0
    say("\n== Summary ==  " + "  ".join(f"{k}: {v}" for k, v in verdicts))
    if CHECK.errors:
        say(f"check_pair raised {sum(CHECK.errors.values())} times {dict(CHECK.errors)}: "
            + " | ".join(CHECK.error_examples[:3]))
    say(f"total {out['seconds']:.0f} s")
    if a.json == "-":
        print(json.dumps(out, indent=1, default=str))
    elif a.json:
        Path(a.json).write_text(json.dumps(out, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
