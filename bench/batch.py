"""Benchmark of ``mtcheck batch`` on a million segment pairs, beside pofilter.

Run:  PYTHONPATH=. python bench/batch.py [--prefix 200000] [--full] [--po-pairs 100000]

1. Builds a 1,000,000-pair TSV (header ``en<TAB>de``) in /tmp/mtcheck-bench (never
   committed) from the en-de pairs of /work/shared/eval/ced/en-de (dev.src/dev.mt) and the
   distinct source/target pairs of /work/shared/eval/mqm/mqm_newstest2020_ende.tsv (error
   markers ``<v>…</v>`` removed), repeated and shuffled with a fixed seed (1234).
2. Runs ``python -m mtcheck batch`` as a subprocess on the first ``--prefix`` pairs with
   1 and 2 jobs (and on the full million with 2 jobs with ``--full``), sampling the whole
   process tree (the batch process, its fork server and workers) with psutil every 0.5 s:
   peak RSS and PSS of the tree (sums over processes), CPU seconds of the tree (each
   process's last sample: a recycled worker's last half second is missed), wall time.
3. Runs Translate Toolkit's ``pofilter`` CLI (all its default checks) on a PO file of the
   first ``--po-pairs`` pairs, sampled the same way.
4. Prints a table.  The machine is shared: wall-clock pairs/s depends on what else runs,
   so pairs per CPU-second is printed too (and the load average before and after).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MTCHECK_SHARED", "/work/shared"))
CED = SHARED / "eval" / "ced" / "en-de"
MQM = SHARED / "eval" / "mqm" / "mqm_newstest2020_ende.tsv"
LIMIT_MB = 1024


def _clean(s: str) -> str:
    return " ".join(s.replace("<v>", "").replace("</v>", "").split())


def load_pool() -> list[tuple[str, str]]:
    src = CED.joinpath("dev.src").read_text(encoding="utf-8").splitlines()
    mt = CED.joinpath("dev.mt").read_text(encoding="utf-8").splitlines()
    pool = [(_clean(s), _clean(t)) for s, t in zip(src, mt)]
    seen = set(pool)
    with open(MQM, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        si, ti = header.index("source"), header.index("target")
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) <= max(si, ti):
                continue
            pair = (_clean(cells[si]), _clean(cells[ti]))
            if pair[0] and pair[1] and pair not in seen:
                seen.add(pair)
                pool.append(pair)
    return [p for p in pool if p[0] and p[1]]


def build(work: Path, n: int, prefix: int, po_pairs: int) -> dict[str, Path]:
    """The n-pair TSV (built once), its first ``prefix`` pairs, and a PO file of the first
    ``po_pairs`` pairs (each derived from the big file when missing)."""
    work.mkdir(parents=True, exist_ok=True)
    full, pre, po = work / f"pairs-{n}.tsv", work / f"pairs-{prefix}.tsv", work / f"pairs-{po_pairs}.po"
    if not full.is_file():
        pool = load_pool()
        rng = random.Random(1234)
        order = [i % len(pool) for i in range(n)]
        rng.shuffle(order)
        print(f"building {n:,} pairs from a pool of {len(pool):,} distinct pairs "
              f"(ced en-de dev + MQM newstest2020 en-de) in {work}", file=sys.stderr)
        tmp = full.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write("en\tde\n")
            for i in order:
                s, t = pool[i]
                fh.write(f"{s}\t{t}\n")
        os.replace(tmp, full)
    if not pre.is_file():
        with open(full, encoding="utf-8") as src, open(pre, "w", encoding="utf-8") as dst:
            for k, line in enumerate(src):
                if k > prefix:
                    break
                dst.write(line)
    if po_pairs and not po.is_file():
        with open(full, encoding="utf-8") as src, open(po, "w", encoding="utf-8") as dst:
            dst.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                      '"Language: de\\n"\n\n')
            next(src)
            for k, line in enumerate(src):
                if k >= po_pairs:
                    break
                s, t = line.rstrip("\n").split("\t")
                dst.write(f'#: pairs.tsv:{k + 2}\nmsgid "{_po(s)}"\nmsgstr "{_po(t)}"\n\n')
    return {"full": full, "prefix": pre, "po": po}


def _po(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict:
    """Run cmd; sample its process tree: peak RSS and PSS (sums), CPU seconds, wall time.

    RSS summed over processes counts the pages that forked workers share with their fork
    server once per process (an upper bound); PSS splits shared pages between them.
    """
    import psutil

    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env or os.environ.copy(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = peak_pss = 0
    cpu: dict[int, float] = {}
    curve: list[tuple[float, float]] = []
    while proc.poll() is None:
        try:
            procs = [root] + root.children(recursive=True)
        except psutil.NoSuchProcess:
            break
        rss = pss = 0
        for p in procs:
            try:
                with p.oneshot():
                    mi = p.memory_full_info()
                    rss += mi.rss
                    pss += getattr(mi, "pss", mi.rss)
                    ct = p.cpu_times()
                    cpu[p.pid] = ct.user + ct.system  # per live process, last sample kept
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        curve.append((time.monotonic() - t0, rss / 1e6))
        time.sleep(0.5)
    err = proc.stderr.read() if proc.stderr else ""
    proc.wait()
    wall = time.monotonic() - t0
    return {"rc": proc.returncode, "wall": wall, "peak_mb": peak / 1e6, "peak_pss_mb": peak_pss / 1e6,
            "cpu": sum(cpu.values()), "stderr": err, "curve": curve[:: max(1, len(curve) // 12)]}


def run_mtcheck(tsv: Path, jobs: int, n: int, work: Path) -> dict:
    out = work / f"findings-{n}-j{jobs}.jsonl"
    cmd = [sys.executable, "-m", "mtcheck", "batch", str(tsv), "--jobs", str(jobs), "-o", str(out),
           "--fail-on", "critical"]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    m = measure(cmd, env)
    if m["rc"] not in (0, 1):
        raise SystemExit(f"mtcheck batch failed ({m['rc']}): {m['stderr'][-2000:]}")
    summary = json.loads(out.with_name(out.name + ".summary.json").read_text(encoding="utf-8"))
    m.update(pairs=summary["pairs"], findings=summary["findings"], flagged=summary["flagged_pairs"],
             engine=f"mtcheck batch --jobs {jobs}")
    return m


def run_pofilter(po: Path, n: int, work: Path) -> dict:
    out = work / f"pofilter-{n}.po"
    cmd = ["pofilter", "--progress=none", "--language=de", "-i", str(po), "-o", str(out)]
    m = measure(cmd)
    if m["rc"] != 0:
        raise SystemExit(f"pofilter failed ({m['rc']}): {m['stderr'][-2000:]}")
    text = out.read_text(encoding="utf-8")
    flagged = max(0, len(re.findall(r"^msgid ", text, re.M)) - 1)
    findings = len(re.findall(r"^# \(pofilter\)", text, re.M))
    m.update(pairs=n, findings=findings, flagged=flagged, engine="pofilter (Translate Toolkit)")
    return m


def table(rows: list[dict]) -> str:
    head = ("engine", "pairs", "wall s", "pairs/s", "CPU s", "pairs/CPU-s", "peak RSS tree",
            "peak PSS tree", "flagged pairs", "findings")
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        ok = "" if r["peak_mb"] < LIMIT_MB else " (OVER 1 GB)"
        lines.append("| " + " | ".join([
            r["engine"], f"{r['pairs']:,}", f"{r['wall']:.1f}", f"{r['pairs'] / r['wall']:,.0f}",
            f"{r['cpu']:.1f}", f"{r['pairs'] / max(r['cpu'], 1e-9):,.0f}", f"{r['peak_mb']:.0f} MB{ok}",
            f"{r['peak_pss_mb']:.0f} MB",
            f"{r['flagged']:,}", f"{r['findings']:,}"]) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=1_000_000)
    ap.add_argument("--prefix", type=int, default=200_000, help="pairs timed with 1 and 2 jobs")
    ap.add_argument("--po-pairs", type=int, default=100_000, help="0: no pofilter run")
    ap.add_argument("--full", action="store_true", help="also run all --pairs with 2 jobs")
    ap.add_argument("--long", type=int, default=0,
                    help="with --full: run only the first N pairs of the big file (0: all)")
    ap.add_argument("--jobs", default="1,2", help="job counts for the prefix runs ('' for none)")
    ap.add_argument("--work", default="/tmp/mtcheck-bench")
    args = ap.parse_args()
    work = Path(args.work)
    files = build(work, args.pairs, args.prefix, args.po_pairs)
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    rows = []
    for j in [int(x) for x in args.jobs.split(",") if x]:
        rows.append(run_mtcheck(files["prefix"], j, args.prefix, work))
        print(table(rows[-1:]), file=sys.stderr, flush=True)
    if args.po_pairs:
        rows.append(run_pofilter(files["po"], args.po_pairs, work))
        print(table(rows[-1:]), file=sys.stderr, flush=True)
    if args.full:
        big, n = files["full"], args.pairs
        if args.long and args.long < args.pairs:
            n = args.long
            big = build(work, args.pairs, n, 0)["prefix"]
        rows.append(run_mtcheck(big, 2, n, work))
        print(table(rows[-1:]), file=sys.stderr, flush=True)
        curve = ", ".join(f"{t:.0f}:{m:.0f}" for t, m in rows[-1]["curve"])
        print(f"RSS of the tree over time (s:MB): {curve}", file=sys.stderr, flush=True)
    print(f"load average after: {os.getloadavg()} (2 cores, shared with other work)")
    print(table(rows))


if __name__ == "__main__":
    main()
