"""Benchmark of language identification and code-mix detection for mtcheck.langid.

Run:  PYTHONPATH=. python bench/langid.py

Part 1, per backend (fastText lite, langdetect seed 0, lingua if installed):
accuracy on /work/shared/eval/langid/{deu,eng,fra,ita,spa}.txt (400 sentences
each), overall and on sentences of 3-8 words, raw (backend top-1 over all its
languages) and restricted to the five candidate languages; sentences/s of
single-sentence calls after warm-up (raw backend call and the public
detect_language()), and load time (first call in a fresh instance).

Part 2 (default backend): foreign_spans / segment_language false-positive
rates on real human text (Text+Berg dev.de with expected 'de', dev.fr with 'fr',
and the langid sentences with their own language), recall on sentences with a
run of 4-6 words of another language spliced in (fragments taken from the
langid files of the other language, insertion points drawn with a fixed seed),
whole-sentence recall of segment_language, speed, and wordfreq table costs.
"""

from __future__ import annotations

import os
import random
import sys
import time

# CPU time of this process: the machine is shared, wall-clock throughput would measure
# the neighbours. Load times below are CPU time too.
_clock = time.process_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtcheck import langid as L  # noqa: E402

SHARED = Path(os.environ.get("MTCHECK_SHARED", "/work/shared"))
LANGID = SHARED / "eval" / "langid"
TEXTBERG = SHARED / "eval" / "align" / "textberg-de-fr"
FILES = {"deu": "de", "eng": "en", "fra": "fr", "ita": "it", "spa": "es"}
CANDS = tuple(FILES.values())


def load_eval() -> list[tuple[str, str]]:
    data = []
    for stem, code in FILES.items():
        for line in (LANGID / f"{stem}.txt").read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                data.append((line, code))
    return data


def _restricted(scores: list[tuple[str, float]]) -> str | None:
    best, bp = None, 0.0
    for code, p in scores:
        if code in CANDS and p > bp:
            best, bp = code, p
    return best


def bench_backend(name: str, data: list[tuple[str, str]]) -> dict | None:
    cls = L._BACKENDS[name]
    if not cls.available():
        return None
    inst = cls()
    t0 = _clock()
    inst.detect("warm up: load the model")
    load = _clock() - t0
    L._instances[name] = inst  # so detect_language(backend=name) uses this one
    short = [(s, c) for s, c in data if 3 <= len(s.split()) <= 8]
    res = {"name": inst.name, "load": load, "n_short": len(short)}

    def acc(pairs, fn):
        return sum(1 for s, c in pairs if fn(s) == c) / len(pairs)

    raw = lambda s: inst.detect(s)[0]  # noqa: E731
    cand = lambda s: _restricted(inst.scores(s, 20))  # noqa: E731
    api = lambda s: L.detect_language(s, backend=name)  # noqa: E731
    api_c = lambda s: L.detect_language(s, backend=name, candidates=CANDS)  # noqa: E731
    res["raw_all"], res["raw_short"] = acc(data, raw), acc(short, raw)
    res["cand_all"], res["cand_short"] = acc(data, cand), acc(short, cand)
    res["api_all"], res["api_short"] = acc(data, api), acc(short, api)
    res["apic_all"] = acc(data, api_c)
    res["none"] = sum(1 for s, _ in data if api(s) is None) / len(data)
    # determinism
    res["deterministic"] = all(api(s) == api(s) for s, _ in data[::40])

    def speed(fn, min_time=1.0):
        """Best-of passes over all sentences (robust to a busy machine)."""
        for s, _ in data[:50]:
            fn(s)
        best, total = float("inf"), 0.0
        while total < min_time:
            t = _clock()
            for s, _ in data:
                fn(s)
            el = _clock() - t
            total += el
            best = min(best, el)
        return len(data) / best

    budget = 2.0 if name == "fasttext" else 0.3
    res["sps_raw"] = speed(raw, budget)
    res["sps_api"] = speed(api, budget)
    return res


def splice(host: str, frag_words: list[str], rng: random.Random) -> tuple[str, int, int]:
    words = host.split()
    pos = rng.randint(2, max(2, len(words) - 2))
    before = " ".join(words[:pos])
    frag = " ".join(frag_words)
    after = " ".join(words[pos:])
    text = f"{before} {frag} {after}".strip()
    s = len(before) + 1
    return text, s, s + len(frag)


def _strip_punct(words: list[str]) -> list[str]:
    return [w.strip(".,;:!?\"'«»“”„()") for w in words if w.strip(".,;:!?\"'«»“”„()")]


def bench_codemix() -> None:
    print("\n== Code-mix detection (default backend: %s)" % L.backend_name())
    # wordfreq cost
    for lang, wl in [("de", "large"), ("fr", "large"), ("en", "large"), ("en", "small"), ("fr", "small")]:
        L._zipf_tables.pop((lang, wl), None)
        t = _clock()
        tab = L._zipf_table(lang, wl)
        print(f"wordfreq table {wl}_{lang}: {len(tab or {}):,} words, load {_clock() - t:.3f} s")
    words = "the government has decided die Regierung hat entschieden l'homme".split()
    t = _clock()
    n = 0
    for _ in range(2000):
        for w in words:
            L.word_zipf(w, "de")
            n += 1
    print(f"word lookup: {(_clock() - t) / n * 1e6:.2f} µs")

    rows = []
    sets = []
    if (TEXTBERG / "dev.de").is_file():
        sets.append(("Text+Berg dev.de", "de", (TEXTBERG / "dev.de").read_text(encoding="utf-8").splitlines()))
        sets.append(("Text+Berg dev.fr", "fr", (TEXTBERG / "dev.fr").read_text(encoding="utf-8").splitlines()))
    for stem, code in FILES.items():
        sets.append((f"langid {stem}", code, (LANGID / f"{stem}.txt").read_text(encoding="utf-8").splitlines()))
    print(f"\n{'human text (expected lang)':<28} {'n':>5} {'FP span':>8} {'FP segment':>10} {'FP any':>7} {'sent/s':>8}")
    examples = []
    for label, lang, lines in sets:
        lines = [ln.strip() for ln in lines if ln.strip()]
        fs = fseg = fany = 0
        t = _clock()
        for ln in lines:
            sp = L.foreign_spans(ln, lang)
            sg = L.segment_language(ln, lang)
            fs += bool(sp)
            fseg += sg is not None
            fany += bool(sp) or sg is not None
            if (sp or sg) and len(examples) < 12:
                examples.append((label, ln[:110], [(ln[a:b], x) for a, b, x in sp], sg))
        el = _clock() - t
        print(f"{label + ' (' + lang + ')':<28} {len(lines):>5} {fs / len(lines):>8.2%} {fseg / len(lines):>10.2%}"
              f" {fany / len(lines):>7.2%} {len(lines) / el:>8,.0f}")
        rows.append((label, fany / len(lines)))
    if examples:
        print("false positives (first few; the langid files hold some mislabelled lines):")
        for ex in examples:
            print("  ", ex)

    # spliced recall
    texts = {code: [ln.strip() for ln in (LANGID / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
                    if ln.strip()] for stem, code in FILES.items()}
    rng = random.Random(0)
    print(f"\n{'spliced run (host<-foreign)':<28} {'n':>5} " + " ".join(f"{k}w".rjust(6) for k in (4, 5, 6))
          + f" {'seg-recall':>10}")
    for host, foreign in [("de", "en"), ("en", "de"), ("fr", "en"), ("de", "fr"), ("it", "en"), ("es", "en")]:
        hosts = [h for h in texts[host] if len(h.split()) >= 8][:200]
        frags_src = [f for f in texts[foreign] if len(_strip_punct(f.split())) >= 8]
        recalls = []
        for k in (4, 5, 6):
            hit = 0
            for i, h in enumerate(hosts):
                fw = _strip_punct(frags_src[(i * 7 + k) % len(frags_src)].split())
                st = rng.randint(0, len(fw) - k)
                text, s, e = splice(h, fw[st:st + k], rng)
                sp = L.foreign_spans(text, host)
                if any(x == foreign and a < e and b > s for a, b, x in sp):
                    hit += 1
            recalls.append(hit / len(hosts))
        whole = [f for f in texts[foreign] if len(f.split()) >= 4][:200]
        seg_rec = sum(1 for f in whole if L.segment_language(f, host) == foreign) / len(whole)
        print(f"{host + ' <- ' + foreign:<28} {len(hosts):>5} " + " ".join(f"{r:>6.1%}" for r in recalls)
              + f" {seg_rec:>10.1%}")
    print("kw = recall of foreign_spans on host sentences (>= 8 words) with k consecutive foreign words")
    print("     spliced in (punctuation stripped from the fragment); seg-recall = segment_language on whole")
    print("     foreign sentences (>= 4 words) with doc_lang = host.")


LOAD_AT_START = os.getloadavg()


def main() -> None:
    data = load_eval()
    print(f"Language ID on {len(data)} sentences ({', '.join(f'{k}->{v}' for k, v in FILES.items())}), "
          f"single-sentence calls")
    header = (f"{'backend':<48} {'load s':>7} {'raw all':>8} {'raw 3-8w':>8} {'cand all':>8} {'cand 3-8w':>9}"
              f" {'API all':>8} {'API 3-8w':>8} {'API None':>8} {'raw sent/s':>10} {'API sent/s':>10}")
    print(header)
    print("-" * len(header))
    for name in ("fasttext", "langdetect", "lingua"):
        r = bench_backend(name, data)
        if r is None:
            print(f"{name:<48} not installed")
            continue
        print(f"{r['name']:<48} {r['load']:>7.3f} {r['raw_all']:>8.2%} {r['raw_short']:>8.2%} {r['cand_all']:>8.2%}"
              f" {r['cand_short']:>9.2%} {r['api_all']:>8.2%} {r['api_short']:>8.2%} {r['none']:>8.2%}"
              f" {r['sps_raw']:>10,.0f} {r['sps_api']:>10,.0f}"
              + ("" if r["deterministic"] else "  NOT DETERMINISTIC"))
    n_short = sum(1 for s, _ in data if 3 <= len(s.split()) <= 8)
    print("raw = backend top-1 over all its languages on the raw sentence; cand = top-1 among de/en/fr/it/es;")
    print("API = mtcheck.langid.detect_language() (cleaning, None when undecidable; None counts as wrong);")
    print(f"3-8w = the {n_short} sentences of 3 to 8 words; load = first call incl. model load;")
    print("sent/s = per CPU-second (process time), best of passes over the 2000 sentences, one call each, after warm-up;"
          " load average at start: " + " ".join(f"{x:.1f}" for x in LOAD_AT_START))
    bench_codemix()


if __name__ == "__main__":
    main()
