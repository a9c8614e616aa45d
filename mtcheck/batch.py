"""``mtcheck batch``: check bilingual corpora and article sets at scale.

    mtcheck batch corpus.tmx more.tsv articles/today/ -o findings.jsonl --jobs 2
    mtcheck batch big.tsv --source-lang en --target-lang de --keep clean.tsv --drop flagged.tsv
    mtcheck batch big.tsv -o findings.jsonl --resume          # after an interruption
    mtcheck batch big.tsv -o findings.jsonl --scheduler tcp://10.0.0.5:8786

Every INPUT is a corpus file (TMX, XLIFF 1.2/2.x, TSV, CSV, JSONL: streamed by
:mod:`mtcheck.load.corpus`, so memory stays flat whatever the file's size) or an
article-set folder (a folder with ``mtcheck.toml``, run with ``compare_set``).

How the work is cut and ordered
    Pairs are read in input order and cut into chunks of ``--chunk-size`` (2,000) pairs;
    an article set is one chunk of its own.  Chunks go to an engine that returns their
    results *in submission order* (an ordered imap over a bounded window of chunks in
    flight, so reading never runs ahead of checking by more than a few chunks):

    * ``inline``: ``--jobs 1``, in this process;
    * ``local``: a ``multiprocessing`` pool of ``--jobs`` processes (default: every
      core); workers come from a fork server that has imported mtcheck and its rules
      once, call :func:`mtcheck.pipeline.check_pair` on whole chunks, and are replaced
      after ``MAX_CHUNKS_PER_WORKER`` chunks (rule caches grow with the text seen);
    * ``dask``: ``--scheduler tcp://host:8786``, a ``dask.distributed.Client`` (the
      optional extra ``mtcheck[dask]``, imported only then).  The very same chunk
      function runs on the workers, so the output is byte-identical to the local one
      (as long as the rules themselves are deterministic: a rule whose output depends
      on set or dict order of strings varies with each process's PYTHONHASHSEED).

    Each worker turns its findings into finished JSONL lines, so the main process only
    writes, counts and (for ``--keep/--drop``) splits.

Outputs
    ``--format jsonl`` (default): one line per finding (``input``, pair ``id``,
    ``origin_line``, languages, then the finding as in the JSON report), streamed to
    ``<output>.part`` and renamed to ``<output>`` at the end (to stdout without ``-o``).
    ``json``/``sarif``/``html``/``line``: one report, written atomically at the end (the findings
    wait in ``<output>.part`` meanwhile).  A summary (counts by rule and severity, the
    10 worst segments by MQM-style penalty, the penalty-per-pair distribution) is
    printed on stderr and written to ``<output>.summary.json``.  What varies between two
    runs of the same input (time taken, pairs/s, engine, workers, the chunk a resumed
    run started from) is printed on stderr only (``BatchResult.run`` in the API): the
    files written are byte-identical run after run.

Resuming
    With ``-o``, ``<output>.checkpoint.json`` records the inputs (size, mtime), the
    settings, the number of chunks done, the byte length of every output at that chunk
    boundary and the running summary.  After each chunk the outputs are flushed and
    fsync'ed, then the checkpoint is replaced atomically.  ``--resume`` checks that
    nothing changed, truncates the outputs to the last complete chunk and skips the
    chunks done (they are still read, not checked): the result is byte-identical to an
    uninterrupted run.

Measured (bench/batch.py; 2 cores shared with other work, load 4-8; the rule set of
late November 2026): about 230 pairs per CPU-second for the rules on news sentences
(1 job: 271 MB peak RSS); 2 jobs: 100,000 pairs at 169 pairs/s wall, peak 613 MB RSS
summed over the process tree (555 MB PSS), flat after the first minute thanks to worker
recycling.  Translate Toolkit's pofilter: 403 pairs/s and 472 MB on 100,000 pairs (it
loads the whole PO file).

Custom rules: ``--plugin FILE.py`` imports a Python file that registers rules with
:func:`mtcheck.rules.registry.rule`, in this process and in every worker (give a path
the workers can read).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import html as _html
import importlib.util
import io
import itertools
import json
import os
import re
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, NamedTuple, Sequence

from .errors import InputError, MtcheckError
from .langs import lang_arg
from .model import PENALTY, Severity

DEFAULT_CHUNK = 2000
FORMATS = ("jsonl", "json", "sarif", "html", "line")
SEVERITIES = ("neutral", "minor", "major", "critical")
CHECKPOINT_VERSION = 1
WORST_N = 10
HTML_MAX_ROWS = 5000
# A local worker is replaced after this many chunks: rules keep caches that grow with the
# text they have seen (15-40 MB per 10,000 pairs, measured), and recycling keeps a run of
# any size flat in memory.  A fresh worker forks from the fork server, rules imported.
MAX_CHUNKS_PER_WORKER = 20
_HIST_EDGES = (0.0, 1.0, 5.0, 10.0, 25.0, 50.0)


# == options and results ==============================================================
@dataclass
class BatchOptions:
    inputs: Sequence[str]
    source_lang: str | None = None
    target_lang: str | None = None
    jobs: int | None = None  # None: os.cpu_count()
    fmt: str = "jsonl"
    output: str | None = None
    resume: bool = False
    keep: str | None = None
    drop: str | None = None
    scheduler: Any = None  # "tcp://host:8786" or a dask.distributed.Client
    fail_on: Severity | None = None  # None: from the configuration (default: major)
    chunk_size: int = DEFAULT_CHUNK
    config: Any = None  # a Config for every input (else each input's own mtcheck.toml)
    config_path: str | None = None
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    plugins: Sequence[str] = ()
    encoding: str | None = None
    semantic: bool | None = None  # article sets: False never loads the embedding model; pairs: True uses it
    quiet: bool = False
    fuzzy: bool = True  # PO entries marked fuzzy are checked (--no-fuzzy skips them)
    source_file: str | None = None  # monolingual resource files: pair each input with this one by key


@dataclass
class BatchResult:
    summary: dict[str, Any]  # as written to PATH.summary.json and into the reports
    exit_code: int
    output: Path | None = None
    summary_path: Path | None = None
    # how the run went: engine, workers, elapsed_s, pairs_per_s, resumed_from_chunk (it
    # varies between runs of the same input, so it is in no file written)
    run: dict[str, Any] = dataclasses.field(default_factory=dict)


# == the chunk worker (runs in worker processes / on Dask workers) ====================
class Task(NamedTuple):
    seq: int  # global chunk number, in input order
    input: str  # the input as the user gave it
    kind: str  # "pairs" or "set"
    pairs: tuple  # ((id, source, target, source_lang, target_lang, origin_line), ...)
    config: Any
    plugins: tuple[str, ...]
    encoding: str | None = None
    semantic: bool | None = None
    target_tag: str | None = None  # the target language as the input tags it (zh-tw, not zh)


class ChunkResult(NamedTuple):
    seq: int
    n_pairs: int
    lines: str  # finished JSONL (one finding a line), "" when nothing was found
    flagged: list  # [(index in chunk, worst severity, penalty, codes), ...]
    counts: dict  # {(code, severity label): n}
    names: dict  # {code: rule name}


_PLUGINS: dict[str, Any] = {}


def load_plugins(paths: Iterable[str]) -> None:
    """Import rule plugin files once per process (they register rules on import)."""
    for p in paths:
        key = str(Path(p).resolve())
        if key in _PLUGINS:
            continue
        if not Path(key).is_file():
            raise InputError(p, "no such plugin file")
        name = "mtcheck_plugin_" + hashlib.sha1(key.encode()).hexdigest()[:12]
        spec = importlib.util.spec_from_file_location(name, key)
        if spec is None or spec.loader is None:
            raise InputError(p, "not a Python file")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        try:
            spec.loader.exec_module(mod)
        except Exception as e:
            sys.modules.pop(name, None)
            raise MtcheckError(f"{p}: plugin failed to load: {type(e).__name__}: {e}") from None
        _PLUGINS[key] = mod


def _worker_init() -> None:
    """Import the pipeline and every rule family once per worker process."""
    from .pipeline import check_pair  # noqa: F401
    from .rules import all_rules
    all_rules()


def _penalty(f) -> float:
    try:
        from .score import penalty
        return float(penalty(f))
    except ImportError:  # pragma: no cover
        return PENALTY[f.severity]


def _finding_record(inp: str, pid: str, line: int | None, sl: str | None, tl: str | None,
                    f) -> str:
    d: dict[str, Any] = {"input": inp, "id": pid, "origin_line": line,
                         "source_lang": sl, "target_lang": tl}
    for k, v in f.to_dict().items():
        d.setdefault(k, v)
    return json.dumps(d, ensure_ascii=False)


def check_chunk(task: Task) -> ChunkResult:
    """Check one chunk; the only function the engines run remotely."""
    load_plugins(task.plugins)
    if task.kind == "set":
        return _check_set(task)
    from .load.corpus import base_lang
    from .pipeline import check_pair

    cfg = task.config
    lines: list[str] = []
    flagged: list[tuple] = []
    counts: Counter = Counter()
    names: dict[str, str] = {}
    # the pairs carry base languages (the records say "de"); a region the input tags its
    # target with (de-CH in a TMX, --target-lang en-GB) goes to the rules that read one
    regional = task.target_tag if task.target_tag and "-" in task.target_tag else None
    for k, (pid, src, tgt, sl, tl, line) in enumerate(task.pairs):
        try:
            findings = check_pair(src, tgt, sl, regional if regional and base_lang(regional) == tl else tl,
                                  config=cfg, document=task.input, semantic=bool(task.semantic))
        except MtcheckError:
            raise
        except Exception as e:
            raise RuntimeError(f"{task.input}:{line} (id {pid}): a rule failed: "
                               f"{type(e).__name__}: {e}") from e
        active = [f for f in findings if not f.suppressed]
        if not active:
            continue
        worst, pen = -1, 0.0
        for f in active:
            lines.append(_finding_record(task.input, pid, line, sl, tl, f))
            counts[(f.code, f.severity.label)] += 1
            names[f.code] = f.name
            worst = max(worst, int(f.severity))
            pen += _penalty(f)
        flagged.append((k, worst, round(pen, 2), sorted({f.code for f in active})))
    return ChunkResult(task.seq, len(task.pairs), "\n".join(lines) + "\n" if lines else "",
                       flagged, dict(counts), names)


def _check_set(task: Task) -> ChunkResult:
    from .pipeline import compare_set

    report = compare_set(task.input, config=task.config, encoding=task.encoding,
                         semantic=task.semantic)
    active = report.active_findings()
    aid = str(report.article.get("id") or Path(task.input).name)
    lines = [_finding_record(task.input, aid, f.line, None, None, f) for f in active]
    counts: Counter = Counter((f.code, f.severity.label) for f in active)
    flagged = []
    if active:
        flagged.append((0, max(int(f.severity) for f in active),
                        round(sum(_penalty(f) for f in active), 2),
                        sorted({f.code for f in active})))
    return ChunkResult(task.seq, 1, "\n".join(lines) + "\n" if lines else "", flagged,
                       dict(counts), {f.code: f.name for f in active})


# == engines: ordered results over a bounded window ===================================
def _ordered(tasks: Iterable[Task], submit: Callable[[Task], Any], get: Callable[[Any], ChunkResult],
             window: int) -> Iterator[tuple[Task, ChunkResult]]:
    pending: deque = deque()
    for t in tasks:
        pending.append((t, submit(t)))
        if len(pending) >= window:
            t0, h = pending.popleft()
            yield t0, get(h)
    while pending:
        t0, h = pending.popleft()
        yield t0, get(h)


def _portable(t: Task) -> Task:
    """Ship a config without its cached rule list (rule functions from plugins cannot be
    pickled by name; the worker selects its own rules)."""
    if getattr(t.config, "_rules", None) is not None:
        return t._replace(config=dataclasses.replace(t.config, _rules=None))
    return t


class _Engine:
    name = "inline"
    workers = 1

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, ChunkResult]]:
        for t in tasks:
            yield t, check_chunk(t)

    def close(self) -> None:
        pass


class _LocalEngine(_Engine):
    name = "local"

    def __init__(self, jobs: int) -> None:
        import multiprocessing as mp

        self.workers = jobs
        methods = mp.get_all_start_methods()
        ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        if ctx.get_start_method() == "forkserver":
            from .rules.registry import FAMILIES
            ctx.set_forkserver_preload(["mtcheck.batch", "mtcheck.pipeline", "mtcheck.rules"]
                                       + [f"mtcheck.rules.{f}" for f in FAMILIES])
        self.pool = ctx.Pool(processes=jobs, initializer=_worker_init,
                             maxtasksperchild=MAX_CHUNKS_PER_WORKER)

    def run(self, tasks):
        return _ordered(tasks, lambda t: self.pool.apply_async(check_chunk, (_portable(t),)),
                        lambda h: h.get(), 2 * self.workers + 2)

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


class _DaskEngine(_Engine):
    name = "dask"

    def __init__(self, scheduler: Any) -> None:
        try:
            from dask.distributed import Client
        except ImportError:
            raise MtcheckError("--scheduler needs Dask: pip install 'mtcheck[dask]'") from None
        self._own = not hasattr(scheduler, "submit")
        if self._own:
            try:
                self.client = Client(scheduler, timeout="20s", set_as_default=False)
            except (OSError, TimeoutError, ValueError) as e:
                raise MtcheckError(f"cannot connect to the Dask scheduler at {scheduler}: {e}") from None
        else:
            self.client = scheduler
        try:
            self.workers = max(1, sum(self.client.nthreads().values()))
        except Exception:  # pragma: no cover
            self.workers = 1
        self.run_id = hashlib.sha1(f"{os.getpid()}-{time.time()}".encode()).hexdigest()[:10]

    def run(self, tasks):
        submit = lambda t: self.client.submit(check_chunk, _portable(t), pure=False,  # noqa: E731
                                              key=f"mtcheck-chunk-{self.run_id}-{t.seq}")
        return _ordered(tasks, submit, lambda fut: fut.result(), max(4, 2 * self.workers + 2))

    def close(self) -> None:
        if self._own:
            self.client.close()


# == one source, several translations ==================================================
_PLURAL_ID = re.compile(r"^(.*)\[(\d+)\]$")


class _Renderings:
    """Source strings translated more than one way across the whole run (a translation
    memory or catalogue should say one thing one way): Xbench's "inconsistency in target".

    Memory stays bounded: a source is a 64-bit hash with its first rendering until a
    second one turns up; at most ``MAX_SOURCES`` distinct sources are tracked.  Not kept
    in the --resume checkpoint: a resumed run reports only what it saw (``partial``)."""

    MAX_SOURCES = 500_000
    MAX_EXAMPLES = 20

    def __init__(self, partial: bool = False) -> None:
        # a rendering is [count, input, id, line, text of its first occurrence]
        self.first: dict[int, tuple[int, list]] = {}  # source → (target hash, rendering)
        self.multi: dict[int, dict[int, list]] = {}  # source → target hash → rendering
        self.sources: dict[int, str] = {}
        self.partial = partial
        self.full = False

    @staticmethod
    def _key(text: str) -> int:
        return int.from_bytes(hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=8).digest(),
                              "big")

    def add(self, input_: str, pairs: Sequence, target_tag: str | None = None) -> None:
        po = input_.lower().endswith((".po", ".pot"))
        for pid, src, tgt, _sl, tl, line in pairs:
            tl = target_tag or tl  # zh-cn and zh-tw are two catalogues, not one inconsistent one
            if not src.strip() or not tgt.strip():
                continue
            # plural forms ("%(n)s billion" [0] Milliarde, [1] Milliarden) and, in a PO file,
            # message contexts (msgctxt) are different strings that happen to share a source
            pm = _PLURAL_ID.match(str(pid))
            base, form = (pm.group(1), pm.group(2)) if pm else (str(pid), "")
            context = base if po and not base.isdigit() else ""
            k = self._key(f"{tl}\0{context}\0{form}\0{src}")
            t = self._key(tgt)
            seen = self.multi.get(k)
            if seen is None:
                first = self.first.get(k)
                if first is None:
                    if len(self.first) >= self.MAX_SOURCES:
                        self.full = True
                    else:
                        self.first[k] = (t, [1, input_, pid, line, _clip(tgt, 120)])
                    continue
                if first[0] == t:
                    first[1][0] += 1
                    continue
                # a second rendering: from now on every rendering of this source is kept
                del self.first[k]
                seen = self.multi[k] = {first[0]: first[1]}
                self.sources[k] = _clip(src, 120)
            r = seen.get(t)
            if r is None:
                seen[t] = [1, input_, pid, line, _clip(tgt, 120)]
            else:
                r[0] += 1

    def to_dict(self) -> dict[str, Any]:
        ranked = sorted(self.multi.items(), key=lambda kv: (-len(kv[1]), -sum(r[0] for r in kv[1].values()),
                                                           self.sources[kv[0]]))
        examples = []
        for k, ts in ranked[: self.MAX_EXAMPLES]:
            rs = sorted(ts.values(), key=lambda r: (-r[0], r[4]))
            examples.append({"source": self.sources[k], "renderings": [
                {"target": r[4], "count": r[0], "first": {"input": r[1], "id": r[2], "origin_line": r[3]}}
                for r in rs]})
        return {"sources": len(self.multi), "examples": examples, "partial": self.partial or self.full}


class _Registers:
    """Strings that address the reader formally or informally (Sie / du, vous / tu …), per
    target language, across the whole run: a catalogue keeps one register, while machine
    translation picks one string by string (S015 flags a mix inside one string).  Bounded:
    two counts and a few examples per language."""

    MAX_EXAMPLES = 10

    def __init__(self) -> None:
        self.by_lang: dict[str, dict[str, list]] = {}  # lang → register → [units, examples]

    def add(self, input_: str, pairs: Sequence, target_tag: str | None = None) -> None:
        from .rules.register import address, forms
        for pid, src, tgt, sl, tl, line in pairs:
            tl = target_tag or tl
            fm = forms(tl)
            if not tgt or fm is None or not fm.catalogue:
                continue
            kinds = {k for *_, k in address(tgt, tl)}
            if len(kinds) != 1:
                continue  # no form of address, or a mix inside the string (S015's finding)
            if src and len({k for *_, k in address(src, sl)}) == 2:
                continue  # the source mixes them itself
            k = kinds.pop()
            d = self.by_lang.setdefault(tl, {"formal": [0, []], "informal": [0, []]})
            d[k][0] += 1
            if len(d[k][1]) < self.MAX_EXAMPLES:
                d[k][1].append({"input": input_, "id": pid, "origin_line": line, "target": _clip(tgt, 120)})

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for lang, d in sorted(self.by_lang.items()):
            nf, ni = d["formal"][0], d["informal"][0]
            if nf and ni:
                minority = "informal" if ni < nf else "formal" if nf < ni else None
                out[lang] = {"formal_units": nf, "informal_units": ni, "minority": minority,
                             "examples": d[minority][1] if minority else d["formal"][1] + d["informal"][1]}
        return out


# == the running summary ===============================================================
class _Summary:
    def __init__(self) -> None:
        self.pairs = 0
        self.flagged_pairs = 0
        self.findings = 0
        self.by_severity: Counter = Counter()
        self.by_rule: dict[str, dict[str, Any]] = {}
        self.hist: Counter = Counter()  # penalty (2 decimals, as text) → pairs; 0 for clean ones
        self.worst: list[dict[str, Any]] = []
        self.per_input: dict[str, dict[str, int]] = {}
        self.chunks = 0
        self.renderings = _Renderings()
        self.registers = _Registers()

    def add(self, task: Task, res: ChunkResult) -> None:
        base = self.pairs
        if task.kind == "pairs":
            self.renderings.add(task.input, task.pairs, task.target_tag)
            self.registers.add(task.input, task.pairs, task.target_tag)
        self.pairs += res.n_pairs
        self.chunks += 1
        pi = self.per_input.setdefault(task.input, {"pairs": 0, "flagged_pairs": 0, "findings": 0})
        pi["pairs"] += res.n_pairs
        pi["flagged_pairs"] += len(res.flagged)
        self.flagged_pairs += len(res.flagged)
        self.hist["0.00"] += res.n_pairs - len(res.flagged)
        for (code, sev), n in sorted(res.counts.items()):
            self.findings += n
            pi["findings"] += n
            self.by_severity[sev] += n
            r = self.by_rule.setdefault(code, {"name": res.names.get(code, ""), "count": 0,
                                               "severity": {}})
            r["count"] += n
            r["severity"][sev] = r["severity"].get(sev, 0) + n
        for k, worst, pen, codes in res.flagged:
            self.hist[f"{pen:.2f}"] += 1
            if len(self.worst) >= WORST_N and pen <= self.worst[-1]["penalty"]:
                continue
            if task.kind == "set":
                pid, line, src, tgt = None, None, None, None
            else:
                pid, src, tgt, _sl, _tl, line = task.pairs[k]
            self.worst.append({"penalty": pen, "input": task.input,
                               "id": pid if pid is not None else Path(task.input).name,
                               "origin_line": line, "severity": Severity(worst).label,
                               "codes": codes, "source": _clip(src), "target": _clip(tgt),
                               "_n": base + k})
            self.worst.sort(key=lambda w: (-w["penalty"], w["_n"]))
            del self.worst[WORST_N:]

    # -- persistence (checkpoint) ---------------------------------------------------
    def state(self) -> dict[str, Any]:
        return {"pairs": self.pairs, "flagged_pairs": self.flagged_pairs, "findings": self.findings,
                "by_severity": dict(self.by_severity), "by_rule": self.by_rule,
                "hist": dict(self.hist), "worst": self.worst, "per_input": self.per_input,
                "chunks": self.chunks}

    @classmethod
    def from_state(cls, d: dict[str, Any]) -> "_Summary":
        s = cls()
        s.pairs, s.flagged_pairs, s.findings = d["pairs"], d["flagged_pairs"], d["findings"]
        s.by_severity = Counter(d["by_severity"])
        s.by_rule = d["by_rule"]
        s.hist = Counter(d["hist"])
        s.worst = d["worst"]
        s.per_input = d["per_input"]
        s.chunks = d["chunks"]
        s.renderings = _Renderings(partial=s.pairs > 0)
        s.registers = _Registers()  # (not checkpointed: a resumed run counts what it saw)
        return s

    # -- the final summary -----------------------------------------------------------
    def failed(self, fail_on: Severity) -> bool:
        return any(self.by_severity.get(s.label, 0) for s in Severity if s >= fail_on)

    def distribution(self) -> dict[str, Any]:
        vals = sorted((float(k), n) for k, n in self.hist.items() if n)
        total = sum(n for _, n in vals)
        if not total:
            return {"pairs": 0, "mean": 0.0, "percentiles": {}, "histogram": []}
        mean = sum(v * n for v, n in vals) / total

        def pct(p: float) -> float:
            rank = max(1, -(-int(p * total * 1000) // 100000))  # nearest rank: ceil(p/100 · N)
            acc = 0
            for v, n in vals:
                acc += n
                if acc >= rank:
                    return v
            return vals[-1][0]

        hist = []
        edges = _HIST_EDGES
        hist.append({"bin": "0", "pairs": sum(n for v, n in vals if v == 0)})
        for lo, hi in zip(edges, edges[1:]):
            hist.append({"bin": f"({lo:g}, {hi:g}]", "pairs": sum(n for v, n in vals if lo < v <= hi)})
        hist.append({"bin": f"> {edges[-1]:g}", "pairs": sum(n for v, n in vals if v > edges[-1])})
        return {"pairs": total, "mean": round(mean, 4),
                "percentiles": {f"p{p}": pct(p) for p in (50, 75, 90, 95, 99)} | {"max": vals[-1][0]},
                "histogram": hist}

    def to_dict(self, fail_on: Severity, extra: dict[str, Any]) -> dict[str, Any]:
        return {
            "schema": "mtcheck-batch-summary/1.0",
            **extra,
            "pairs": self.pairs, "flagged_pairs": self.flagged_pairs, "findings": self.findings,
            "fail_on": fail_on.label, "failed": self.failed(fail_on),
            "by_severity": {s.label: self.by_severity.get(s.label, 0)
                            for s in sorted(Severity, reverse=True)},
            "by_rule": {c: self.by_rule[c] for c in sorted(self.by_rule)},
            "worst_segments": [{k: v for k, v in w.items() if k != "_n"} for w in self.worst],
            "penalty_per_pair": self.distribution(),
            "inconsistent_translations": self.renderings.to_dict(),
            "mixed_register": self.registers.to_dict(),
            "inputs": self.per_input,
        }


def _clip(s: str | None, n: int = 300) -> str | None:
    if s is None or len(s) <= n:
        return s
    return s[: n - 1] + "…"


# == reading the inputs into tasks =====================================================
def _is_set(p: Path) -> bool:
    """A folder with a manifest, or with files named ROLE.LANG.EXT that imply one."""
    if not p.is_dir():
        return False
    if (p / "mtcheck.toml").is_file():
        return True
    from .load.manifest import infer_manifest
    return infer_manifest(p) is not None


def _reader(inp: str, opts: BatchOptions) -> Any:
    """The pair reader of one input: a bilingual corpus file, or with --source-file a
    monolingual resource file paired with the source file by key."""
    if opts.source_file:
        from .load.resources import ResourcePairReader
        src = Path(opts.source_file)
        if src.is_dir():  # locales/en/ for locales/de/*.json: the file of the same name
            src = src / Path(inp).name
            if not src.exists():
                raise InputError(inp, f"no file of that name in the --source-file folder {opts.source_file}")
        return ResourcePairReader(src, inp, source_lang=opts.source_lang,
                                  target_lang=opts.target_lang, encoding=opts.encoding)
    from .load.corpus import CorpusReader
    from .load.resources import is_resource_file
    if is_resource_file(inp):
        # a .json/.strings/.properties/strings.xml file holds one language: say what to do
        raise InputError(inp, "holds the strings of one language; give the source-language file "
                              "with --source-file to pair them by key")
    return CorpusReader(inp, source_lang=opts.source_lang, target_lang=opts.target_lang,
                        encoding=opts.encoding, fuzzy=opts.fuzzy)


def _check_inputs(inputs: Sequence[str], opts: BatchOptions) -> None:
    if not inputs:
        raise MtcheckError("batch needs at least one INPUT")
    for inp in inputs:
        p = Path(inp)
        if inp == "-" and not p.exists():  # said as it is, not "-: no such file"
            raise InputError(inp, "batch reads files, not standard input; save it to a file first")
        if p.is_dir():
            if not _is_set(p):
                raise InputError(inp, "is a directory without an mtcheck.toml or files named ROLE.LANG.EXT "
                                      "(not an article set)")
            continue
        if p.is_file() and p.stat().st_size == 0:
            # as compare and align say of an empty file (not a run of 0 pairs that passes)
            raise InputError(inp, "empty file")
        _reader(inp, opts)  # existence, readability, known format


def _tasks(opts: BatchOptions, configs: dict[str, Any], skip: int,
           skipped_units: dict[str, int], orphans: dict[str, int]) -> Iterator[Task]:
    from .load.corpus import base_lang

    seq = 0
    plugins = tuple(str(Path(p).resolve()) for p in opts.plugins)
    size = max(1, int(opts.chunk_size))
    for inp in opts.inputs:
        cfg = configs[inp]
        if _is_set(Path(inp)):
            if seq >= skip:
                yield Task(seq, inp, "set", (), cfg, plugins, opts.encoding, opts.semantic)
            seq += 1
            continue
        reader = _reader(inp, opts)
        buf: list[tuple] = []
        tag: str | None = None
        n = 0
        for rec in reader:
            n += 1
            if tag is None:
                tag = rec.target_lang
            if seq >= skip:
                buf.append((rec.id, rec.source, rec.target, base_lang(rec.source_lang),
                            base_lang(rec.target_lang), rec.origin_line))
            else:
                buf.append(None)  # only counted: this chunk was done before the interruption
            if len(buf) >= size:
                if seq >= skip:
                    yield Task(seq, inp, "pairs", tuple(buf), cfg, plugins, semantic=opts.semantic,
                               target_tag=tag)
                seq += 1
                buf = []
        if buf:
            if seq >= skip:
                yield Task(seq, inp, "pairs", tuple(buf), cfg, plugins, semantic=opts.semantic,
                           target_tag=tag)
            seq += 1
        _refuse_language_mismatch(inp, reader, n, opts)
        skipped_units[inp] = reader.skipped
        if getattr(reader, "orphans", 0):
            orphans[inp] = reader.orphans


def _refuse_language_mismatch(inp: str, reader: Any, n: int, opts: BatchOptions) -> None:
    """No pair read because the languages asked for are not in the file (``--target-lang
    fr`` on an en-de TMX): that is a wrong flag, not a clean file."""
    held = sorted(getattr(reader, "languages", ()) or ())
    if n or not reader.skipped or not held or not (opts.source_lang or opts.target_lang):
        return
    asked = " and ".join(f"--{side}-lang {v}" for side, v in
                         (("source", opts.source_lang), ("target", opts.target_lang)) if v)
    raise InputError(inp, f"no unit has the languages asked for ({asked}); the file holds "
                          f"{', '.join(held)}")


# == configuration ======================================================================
def _configs(opts: BatchOptions) -> dict[str, Any]:
    from .config import Config, find_config, load_config

    def adjust(cfg: Config) -> Config:
        cfg = dataclasses.replace(cfg, _rules=None)
        if opts.select:
            cfg.select = list(opts.select)
        if opts.ignore:
            cfg.ignore = list(cfg.ignore) + list(opts.ignore)
        if opts.fail_on is not None:
            cfg.fail_on = opts.fail_on
        return cfg

    if opts.config is not None:
        shared = adjust(opts.config)
        return {i: shared for i in opts.inputs}
    if opts.config_path:
        p = Path(opts.config_path)
        if not p.is_file():
            raise MtcheckError(f"{p}: config file not found")
        shared = adjust(load_config(p))
        return {i: shared for i in opts.inputs}
    out: dict[str, Any] = {}
    cache: dict[Any, Any] = {}
    for i in opts.inputs:
        p = Path(i)
        cp = find_config(p if p.is_dir() else p.parent)
        if cp not in cache:
            cache[cp] = adjust(load_config(cp))
        out[i] = cache[cp]
    return out


def _validate_codes(opts: BatchOptions, configs: dict[str, Any] | None = None) -> None:
    """Refuse unknown rule codes, from the command line or a configuration's select and
    ignore (as compare and check do): a misspelt select runs no rule and passes every gate."""
    given = list(opts.select) + list(opts.ignore)
    from_config: list[tuple[str, Any]] = []
    seen: set[int] = set()
    for cfg in (configs or {}).values():
        if id(cfg) not in seen:
            seen.add(id(cfg))
            from_config += [(c, cfg) for c in list(cfg.select) + list(cfg.ignore) if c not in given]
    if not given and not from_config:
        return  # the main process then never imports the rule families (workers do)
    from .rules import all_rules, get_rule

    rules = all_rules()

    def known(code: str) -> bool:
        return code.upper() == "ALL" or get_rule(code) is not None or any(
            r.code.startswith(code.upper()) for r in rules)

    for code in given:
        if not known(code):
            raise MtcheckError(f"unknown rule {code!r} (see mtcheck rules)")
    for code, cfg in from_config:
        if not known(code):
            where = f"{cfg.path}: " if cfg.path else ""
            raise MtcheckError(f"{where}unknown rule {code!r} in [check] select/ignore "
                               "(see mtcheck rules)")


def _validate_files(configs: dict[str, Any]) -> None:
    """Read each configuration's glossary and baseline once here, so that a missing or
    malformed one is one line and exit 2 before any work (not an error in a worker)."""
    from .pipeline import _baseline, _glossary_cache

    seen: set[int] = set()
    for cfg in configs.values():
        if id(cfg) in seen:
            continue
        seen.add(id(cfg))
        if cfg.glossary:
            _glossary_cache(Path(cfg.glossary))
        if cfg.baseline and Path(cfg.baseline).is_file():  # as compare: none yet is no error
            _baseline(Path(cfg.baseline))


def _settings_key(opts: BatchOptions, configs: dict[str, Any], fail_on: Severity) -> str:
    from . import __version__

    def cfg_key(c) -> Any:
        return [sorted(c.select), sorted(c.ignore), c.fail_on.label,
                sorted((k, v.label) for k, v in c.severities.items()),
                repr(sorted((k, sorted(v.items())) for k, v in c.options.items())),
                c.suppress, str(c.baseline or ""), str(c.glossary or "")]

    key = {"version": __version__, "inputs": [str(Path(i).resolve()) for i in opts.inputs],
           "chunk_size": int(opts.chunk_size), "source_lang": opts.source_lang,
           "target_lang": opts.target_lang, "encoding": opts.encoding, "fail_on": fail_on.label,
           "keep": bool(opts.keep), "drop": bool(opts.drop), "semantic": opts.semantic,
           "fuzzy": opts.fuzzy,  # the units read, hence the chunk numbers, depend on it
           "source_file": str(Path(opts.source_file).resolve()) if opts.source_file else None,
           "plugins": [str(Path(p).resolve()) for p in opts.plugins],
           "configs": [cfg_key(configs[i]) for i in opts.inputs]}
    return hashlib.sha1(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()


def _source_files(opts: BatchOptions) -> list[Path]:
    """The --source-file(s) the inputs pair with (a folder gives one per input name)."""
    if not opts.source_file:
        return []
    src = Path(opts.source_file)
    if src.is_dir():
        return sorted({src / Path(i).name for i in opts.inputs if (src / Path(i).name).exists()})
    return [src]


def _input_stats(inputs: Sequence[str], sources: Sequence[Path] = ()) -> list[dict[str, Any]]:
    """Size and mtime of every input (for --resume): a file's own; an article-set folder's
    summed over its files (it may have no mtcheck.toml: ROLE.LANG.EXT names imply one)."""
    out = []
    for i in [*inputs, *map(str, sources)]:
        p = Path(i)
        try:
            if p.is_dir():
                files = sorted(f for f in p.iterdir() if f.is_file())
                sts = [f.stat() for f in files]
                size = sum(st.st_size for st in sts)
                mtime = max([st.st_mtime_ns for st in sts] + [p.stat().st_mtime_ns])
            else:
                st = p.stat()
                size, mtime = st.st_size, st.st_mtime_ns
        except OSError as e:
            raise InputError(i, f"cannot read ({e.strerror or e})") from None
        out.append({"path": str(p.resolve()), "size": size, "mtime_ns": mtime})
    return out


# == output files =======================================================================
def _tsv_escape(s: str) -> str:
    return s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class _Sink:
    """A byte stream written in chunk-sized appends, fsync'ed at chunk boundaries."""

    def __init__(self, final: Path | None, fh: IO[bytes], part: Path | None,
                 label: str = "temporary file", own_stdout: bool = False) -> None:
        self.final, self.fh, self.part, self.label = final, fh, part, label
        self.own_stdout = own_stdout

    def _failed(self, e: OSError) -> Exception:
        # a full disk or a FIFO's reader gone mid-run: one line, exit 2 (what was synced
        # stays, and --resume picks up from the last checkpoint); -o /dev/stdout | head is
        # the closed pipe of the standard output, which the CLI ends quietly
        if isinstance(e, BrokenPipeError) and self.own_stdout:
            return e
        return MtcheckError(f"{self.label}: cannot write ({e.strerror or e})")

    @classmethod
    def open(cls, final: Path, resume_at: int | None) -> "_Sink":
        from .fsutil import destination, is_own_stdout, is_stream

        if is_stream(final):
            # a device or a pipe (-o /dev/stdout, a FIFO) is written into as the lines come:
            # a .part file renamed over it would replace the device with a regular file
            if resume_at is not None:
                raise MtcheckError(f"{final}: is a device or pipe; --resume needs a file")
            try:
                return cls(None, open(final, "wb"), None, str(final), is_own_stdout(final))
            except OSError as e:
                raise MtcheckError(f"{final}: cannot write ({e.strerror or e})") from None
        final = destination(final)  # through a symbolic link: the link stays
        part = final.with_name(final.name + ".part")
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            if resume_at is None:
                fh = open(part, "w+b")
            else:
                if not part.is_file() or part.stat().st_size < resume_at:
                    raise MtcheckError(f"{part}: missing or shorter than the checkpoint says; "
                                       "cannot resume (run without --resume)")
                fh = open(part, "r+b")
                fh.truncate(resume_at)
                fh.seek(resume_at)
        except OSError as e:
            raise MtcheckError(f"{part}: cannot write ({e.strerror or e})") from None
        return cls(final, fh, part, str(part))

    def write(self, data: bytes) -> None:
        if data:
            try:
                self.fh.write(data)
            except OSError as e:
                raise self._failed(e) from None

    def sync(self) -> int:
        try:
            self.fh.flush()
        except OSError as e:
            raise self._failed(e) from None
        try:
            os.fsync(self.fh.fileno())
        except (OSError, io.UnsupportedOperation):
            pass  # pipes and terminals cannot be synced
        try:
            return self.fh.tell()
        except OSError:
            return 0  # a pipe has no position (nothing to resume into anyway)

    def discard(self) -> None:
        """Give up: close the stream and remove the temporary file (a run that cannot be
        resumed leaves no partial output behind)."""
        try:
            self.fh.close()
        except OSError:  # the unflushed rest of a write into a closed pipe
            pass
        if self.part is not None:
            try:
                self.part.unlink()
            except OSError:
                pass

    def finish(self) -> None:
        self.sync()
        try:
            self.fh.close()
            if self.part is not None and self.final is not None:
                os.replace(self.part, self.final)
        except OSError as e:
            raise self._failed(e) from None


# == reports for json / sarif / html ======================================================
def _read_findings(fh: IO[bytes]) -> list[dict[str, Any]]:
    fh.flush()
    fh.seek(0)
    return [json.loads(line) for line in fh if line.strip()]


def render_batch(findings: list[dict[str, Any]], summary: dict[str, Any], fmt: str) -> str:
    from . import __version__

    if fmt == "json":
        return json.dumps({"schema": "mtcheck-batch/1.0", "version": __version__,
                           "summary": summary, "findings": findings},
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        return _render_sarif(findings, summary, __version__)
    if fmt == "html":
        return _render_html(findings, summary, __version__)
    if fmt == "line":
        return _render_line(findings)
    raise ValueError(f"unknown format {fmt!r}")


def _render_line(findings: list[dict[str, Any]]) -> str:
    """``path:line:col:code:severity:message`` as ``compare --format line`` writes it: a
    corpus pair at its unit's line in the file (column 1: the finding's place inside the
    string is no column of the file), an article set's finding at its place in the version."""
    out = []
    for f in findings:
        doc, inp = str(f.get("document") or ""), str(f["input"])
        if doc and not doc.startswith("<") and doc != inp:  # a version file of an article set
            where, line, col = doc, f.get("line", 1), f.get("column", 1)
        else:
            where, line, col = inp, max(1, int(f.get("origin_line") or 1)), 1
        msg = " ".join(str(f["message"]).split())
        out.append(f"{where}:{line}:{col}:{f['code']}:{f['severity']}:{msg}")
    return "\n".join(out) + ("\n" if out else "")


def _render_sarif(findings: list[dict[str, Any]], summary: dict[str, Any], version: str) -> str:
    # the driver and its rules as `mtcheck compare` describes them (the text of `mtcheck explain`)
    from .report.sarif import artifact_uri, rule_descriptor, tool_driver

    level = {"critical": "error", "major": "error", "minor": "warning", "neutral": "note"}
    codes = sorted(summary.get("by_rule", {}))
    index = {c: i for i, c in enumerate(codes)}
    rules = [rule_descriptor(c, {"name": summary["by_rule"][c].get("name")}) for c in codes]
    results = []
    for f in findings:
        region: dict[str, Any] = {"startLine": max(1, int(f.get("origin_line") or 1))}
        # the file the finding is in: an article set's input is its folder, the finding's
        # document the version file in it; a pair's document is its corpus file
        doc = str(f.get("document") or "")
        where = doc if doc and not doc.startswith("<") else str(f["input"])
        res = {
            "ruleId": f["code"], "ruleIndex": index.get(f["code"], -1),
            "level": level.get(f["severity"], "warning"),
            "message": {"text": f["message"]},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(where)},
                                                "region": region},
                           "logicalLocations": [{"name": str(f["id"]), "kind": "segment"}]}],
            "partialFingerprints": {"mtcheck/v1": f"{f.get('fingerprint', '')}:{f['id']}"},
            "properties": {"severity": f["severity"], "id": f["id"], "text": f.get("text", ""),
                           "source_lang": f.get("source_lang"), "target_lang": f.get("target_lang")},
        }
        if res["ruleIndex"] < 0:
            del res["ruleIndex"]
        results.append(res)
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": tool_driver(version, rules)},
                     "results": results,
                     "properties": {"summary": {k: summary[k] for k in ("pairs", "findings",
                                                                        "flagged_pairs")}}}]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _render_html(findings: list[dict[str, Any]], summary: dict[str, Any], version: str) -> str:
    e = _html.escape
    rows = []
    for f in findings[:HTML_MAX_ROWS]:
        rows.append(f"<tr class='sev-{e(f['severity'])}'><td>{e(str(f['input']))}</td>"
                    f"<td>{e(str(f['id']))}</td><td>{e(str(f.get('origin_line') or ''))}</td>"
                    f"<td>{e(f['code'])}</td><td>{e(f['severity'])}</td><td>{e(f['message'])}</td>"
                    f"<td>{e(f.get('text') or '')}</td></tr>")
    more = (f"<p>… and {len(findings) - HTML_MAX_ROWS:,} more findings (use --format jsonl for all).</p>"
            if len(findings) > HTML_MAX_ROWS else "")
    sev = "".join(f"<tr><td>{e(k)}</td><td>{v:,}</td></tr>" for k, v in summary["by_severity"].items())
    rules = "".join(f"<tr><td>{e(c)}</td><td>{e(r.get('name', ''))}</td><td>{r['count']:,}</td></tr>"
                    for c, r in summary["by_rule"].items())
    worst = "".join(
        f"<tr><td>{w['penalty']:g}</td><td>{e(str(w['input']))}</td><td>{e(str(w['id']))}</td>"
        f"<td>{e(' '.join(w['codes']))}</td><td>{e(w.get('source') or '')}</td>"
        f"<td>{e(w.get('target') or '')}</td></tr>" for w in summary["worst_segments"])
    dist = summary["penalty_per_pair"]
    hist = "".join(f"<tr><td>{e(h['bin'])}</td><td>{h['pairs']:,}</td></tr>"
                   for h in dist.get("histogram", []))
    pct = " · ".join(f"{k} {v:g}" for k, v in dist.get("percentiles", {}).items())
    inc = summary.get("inconsistent_translations") or {}
    incon = ""
    if inc.get("sources"):
        body = "".join(
            f"<tr><td>{e(x['source'])}</td><td>" + "<br>".join(
                f"{e(r['target'])} ×{r['count']} <small>({e(str(r['first']['input']))}:"
                f"{e(str(r['first'].get('origin_line') or ''))})</small>" for r in x["renderings"])
            + "</td></tr>" for x in inc["examples"])
        incon = (f"<h2>One source, several translations</h2><p>{inc['sources']:,} source strings"
                 f"{' (in the part this run saw)' if inc.get('partial') else ''}; the first "
                 f"{len(inc['examples'])}:</p><table><tr><th>source</th><th>translations</th></tr>{body}</table>")
    for lang, r in (summary.get("mixed_register") or {}).items():
        which = f" The {e(r['minority'])} ones:" if r["minority"] else ""
        rows = "".join(f"<tr><td>{e(str(x['input']))}:{e(str(x.get('origin_line') or ''))}</td>"
                       f"<td>{e(str(x['id']))}</td><td>{e(x['target'] or '')}</td></tr>" for x in r["examples"])
        incon += (f"<h2>Mixed register ({e(lang)})</h2><p>{r['formal_units']:,} strings address the reader "
                  f"formally, {r['informal_units']:,} informally.{which}</p><table><tr><th>where</th><th>id</th>"
                  f"<th>translation</th></tr>{rows}</table>")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mtcheck batch report</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}}
table{{border-collapse:collapse;margin:1rem 0}}
td,th{{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}}
.sev-critical td,.sev-major td{{background:#fde8e8}}.sev-minor td{{background:#fff8e1}}</style></head>
<body><h1>mtcheck batch report</h1>
<p>{summary['pairs']:,} pairs · {summary['flagged_pairs']:,} flagged · {summary['findings']:,} findings ·
fail on {e(summary['fail_on'])}: {'failed' if summary['failed'] else 'passed'} · mtcheck {e(version)}</p>
<h2>By severity</h2><table>{sev}</table>
<h2>By rule</h2><table><tr><th>code</th><th>name</th><th>findings</th></tr>{rules}</table>
<h2>Penalty per pair</h2><p>mean {dist.get('mean', 0):g} · {e(pct)}</p><table>{hist}</table>
<h2>Worst segments</h2><table><tr><th>penalty</th><th>input</th><th>id</th><th>rules</th><th>source</th>
<th>target</th></tr>{worst}</table>
{incon}
<h2>Findings</h2><table><tr><th>input</th><th>id</th><th>line</th><th>code</th><th>severity</th>
<th>message</th><th>text</th></tr>{''.join(rows)}</table>{more}
</body></html>
"""


# == the run ==============================================================================
def run_batch(opts: BatchOptions, *, stdout: IO[str] | None = None,
              stderr: IO[str] | None = None) -> BatchResult:
    """Run a batch; raises MtcheckError/InputError on bad usage or input."""
    partial: list[_Sink] = []  # outputs no checkpoint records: nothing could --resume them
    try:
        return _run_batch(opts, stdout or sys.stdout, stderr or sys.stderr, partial)
    except BaseException:  # a closed pipe, a full disk, Ctrl-C: no half-written file left
        for sink in partial:
            sink.discard()
        raise


def _run_batch(opts: BatchOptions, stdout: IO[str], stderr: IO[str], partial: list[_Sink]) -> BatchResult:
    from .fsutil import destination, is_stream, write_atomic

    if opts.fmt not in FORMATS:
        raise MtcheckError(f"unknown batch format {opts.fmt!r} (expected {', '.join(FORMATS)})")
    if opts.chunk_size < 1:
        raise MtcheckError("--chunk-size must be at least 1")
    jobs = opts.jobs if opts.jobs is not None else (os.cpu_count() or 1)
    if jobs < 1:
        raise MtcheckError("--jobs must be at least 1")
    if opts.resume and not opts.output:
        raise MtcheckError("--resume needs -o/--output (the checkpoint lives beside it)")
    inputs = list(opts.inputs)
    if opts.source_file:
        # "locales/*.json" names the source file too: it is the source, not a translation
        src = Path(opts.source_file).resolve()
        inputs = [i for i in inputs if Path(i).resolve() != src and Path(i).resolve().parent != src]
        if not inputs:
            raise MtcheckError(f"the only INPUT is the --source-file {opts.source_file}; give the "
                               "translated files to check")
    opts.inputs = inputs
    in_paths = {Path(i).resolve() for i in inputs}
    sources = _source_files(opts)
    in_paths.update(p.resolve() for p in sources)

    outs: dict[Path, str] = {}
    for label, p in (("-o", opts.output), ("--keep", opts.keep), ("--drop", opts.drop)):
        if p and Path(p).resolve() in in_paths:
            raise MtcheckError(f"{p}: refusing to overwrite an input file ({label})")
        if p and not is_stream(p):
            # two outputs on one path would interleave and the last rename would win
            q = Path(p).resolve()
            if q in outs:
                raise MtcheckError(f"{p}: given to both {outs[q]} and {label}; each output needs its own file")
            outs[q] = label
        if p and Path(p).is_dir():
            raise MtcheckError(f"{p}: is a directory; give a file name ({label})")
    load_plugins(opts.plugins)
    _check_inputs(inputs, opts)
    configs = _configs(opts)
    _validate_codes(opts, configs)
    _validate_files(configs)
    fail_on = opts.fail_on or configs[inputs[0]].fail_on

    out = Path(opts.output) if opts.output else None
    # files beside the output; none beside a device or pipe (/dev/stdout.summary.json)
    beside = destination(out) if out is not None and not is_stream(out) else None
    if opts.resume and beside is None:
        raise MtcheckError(f"{out}: is a device or pipe; --resume needs a file to write to")
    ckpt = beside.with_name(beside.name + ".checkpoint.json") if beside else None
    summary_path = beside.with_name(beside.name + ".summary.json") if beside else None
    settings = _settings_key(opts, configs, fail_on)
    # a glossary or baseline edited between the interruption and --resume changes findings too
    used = {Path(f) for c in configs.values() for f in (c.glossary, c.baseline) if f and Path(f).is_file()}
    stats = _input_stats(inputs, [*sources, *sorted(used)])

    # -- resume or start ---------------------------------------------------------------
    state: dict[str, Any] | None = None
    if opts.resume and ckpt is not None and ckpt.is_file():
        try:
            state = json.loads(ckpt.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise MtcheckError(f"{ckpt}: unreadable checkpoint ({e}); run without --resume") from None
        if state.get("version") != CHECKPOINT_VERSION or state.get("settings") != settings:
            raise MtcheckError(f"{ckpt}: written with other inputs or settings; run without --resume")
        if state.get("inputs") != stats:
            raise MtcheckError(f"{ckpt}: an input changed since the interrupted run (size or "
                               "mtime); run without --resume")
    elif opts.resume and not opts.quiet:
        stderr.write(f"mtcheck: no checkpoint at {ckpt}; starting from the beginning\n")
    if state is None and ckpt is not None and ckpt.exists():
        ckpt.unlink()
    if ckpt is not None:  # temporary files of a checkpoint write that a kill cut short
        for stray in ckpt.parent.glob(f".{ckpt.name}.*.tmp"):
            try:
                stray.unlink()
            except OSError:
                pass

    skip = int(state["chunks_done"]) if state else 0
    offsets = state["offsets"] if state else {}
    acc = _Summary.from_state(state["summary"]) if state else _Summary()

    import tempfile

    if out is not None and (opts.fmt == "jsonl" or beside is not None):
        sink = _Sink.open(out, offsets.get("output") if state else None)
        if opts.fmt != "jsonl":
            sink.final = None  # the report is rendered from the .part at the end
    elif opts.fmt == "jsonl":
        sink = None
    else:
        # the findings wait in a temporary file until the report is rendered from them
        sink = _Sink(None, tempfile.TemporaryFile(), None)
    if ckpt is None and sink is not None:
        partial.append(sink)
    keep = _Sink.open(Path(opts.keep), offsets.get("keep") if state else None) if opts.keep else None
    if ckpt is None and keep is not None:
        partial.append(keep)
    drop = _Sink.open(Path(opts.drop), offsets.get("drop") if state else None) if opts.drop else None
    if ckpt is None and drop is not None:
        partial.append(drop)

    skipped_units: dict[str, int] = {}
    orphans: dict[str, int] = {}
    tasks = _tasks(opts, configs, skip, skipped_units, orphans)
    engine: _Engine
    if opts.scheduler is not None:
        engine = _DaskEngine(opts.scheduler)
    else:
        head = list(itertools.islice(tasks, 2))
        tasks = itertools.chain(head, tasks)
        engine = _LocalEngine(jobs) if jobs > 1 and len(head) > 1 else _Engine()

    t0 = time.monotonic()
    pairs_before = acc.pairs
    try:
        for task, res in engine.run(tasks):
            data = res.lines.encode("utf-8")
            if sink is not None:
                sink.write(data)
            else:
                stdout.write(res.lines)
                stdout.flush()
            if (keep or drop) and task.kind == "pairs":
                bad = {k for k, worst, _p, _c in res.flagged if worst >= int(fail_on)}
                kb, db = [], []
                for k, (_pid, src, tgt, *_rest) in enumerate(task.pairs):
                    line = f"{_tsv_escape(src)}\t{_tsv_escape(tgt)}\n"
                    (db if k in bad else kb).append(line)
                if keep:
                    keep.write("".join(kb).encode("utf-8"))
                if drop:
                    drop.write("".join(db).encode("utf-8"))
            acc.add(task, res)
            if ckpt is not None:
                offs = {"output": sink.sync() if sink else 0}
                if keep:
                    offs["keep"] = keep.sync()
                if drop:
                    offs["drop"] = drop.sync()
                write_atomic(ckpt, json.dumps({
                    "version": CHECKPOINT_VERSION, "settings": settings, "inputs": stats,
                    "chunks_done": task.seq + 1, "offsets": offs, "summary": acc.state(),
                }, ensure_ascii=False))
    finally:
        engine.close()
    elapsed = time.monotonic() - t0

    done_now = acc.pairs - pairs_before
    # how this run went (timing, engine, workers, resume point) differs between two runs of
    # the same input: it goes to stderr and BatchResult.summary, never into the files
    # written (same input, same output; a resumed run's files equal an uninterrupted one's)
    run_info = {"engine": engine.name, "workers": engine.workers, "elapsed_s": round(elapsed, 3),
                "pairs_per_s": round(done_now / elapsed, 1) if elapsed > 0 else None,
                "resumed_from_chunk": skip}
    extra = {"chunks": acc.chunks, "chunk_size": int(opts.chunk_size),
             "units_without_translation": skipped_units}
    if opts.source_file:
        extra["keys_not_in_source"] = orphans
    summary = acc.to_dict(fail_on, extra)

    # -- finish the outputs ------------------------------------------------------------
    if keep:
        keep.finish()
    if drop:
        drop.finish()
    if opts.fmt == "jsonl":
        if sink is not None:
            sink.finish()
    else:
        assert sink is not None
        text = render_batch(_read_findings(sink.fh), summary, opts.fmt)
        sink.fh.close()
        if out is not None:
            write_atomic(out, text, protect=tuple(in_paths))
            if sink.part is not None and sink.part.exists():
                sink.part.unlink()
        else:
            stdout.write(text)
    if summary_path is not None:
        write_atomic(summary_path, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    if ckpt is not None and ckpt.exists():
        ckpt.unlink()
    if not opts.quiet:
        stderr.write(format_summary({**summary, **run_info}, out, summary_path))
    return BatchResult(summary, 1 if summary["failed"] else 0, out, summary_path, run_info)


def format_summary(s: dict[str, Any], out: Path | None = None, summary_path: Path | None = None) -> str:
    lines = []
    # the run's timing and engine are there when given (BatchResult.run merged in)
    rate = f", {s['pairs_per_s']:,.0f} pairs/s" if s.get("pairs_per_s") else ""
    took = f" · {s['elapsed_s']:.1f} s{rate}" if s.get("elapsed_s") is not None else ""
    how = (f" ({s['engine']}, {s['workers']} worker{'s' if s['workers'] != 1 else ''})"
           if s.get("engine") else "")
    lines.append(f"mtcheck batch: {s['pairs']:,} pairs · {s['findings']:,} findings in "
                 f"{s['flagged_pairs']:,} pairs{took}{how}")
    lines.append("  severity  " + "  ".join(f"{k} {v:,}" for k, v in s["by_severity"].items())
                 + f"  (fail on {s['fail_on']}: {'FAILED' if s['failed'] else 'passed'})")
    if s["by_rule"]:
        lines.append("  rule      findings  critical  major  minor  neutral  name")
        for code, r in sorted(s["by_rule"].items(), key=lambda kv: (-kv[1]["count"], kv[0])):
            sv = r["severity"]
            lines.append(f"  {code:<8} {r['count']:>9,} {sv.get('critical', 0):>9,} "
                         f"{sv.get('major', 0):>6,} {sv.get('minor', 0):>6,} "
                         f"{sv.get('neutral', 0):>8,}  {r.get('name', '')}")
    d = s["penalty_per_pair"]
    if d.get("pairs"):
        pct = " · ".join(f"{k} {v:g}" for k, v in d["percentiles"].items())
        lines.append(f"  penalty per pair: mean {d['mean']:g} · {pct}")
        lines.append("  histogram  " + " | ".join(f"{h['bin']}: {h['pairs']:,}" for h in d["histogram"]))
    if s["worst_segments"]:
        lines.append("  worst segments:")
        for i, w in enumerate(s["worst_segments"], 1):
            where = f"{w['input']}:{w['origin_line']}" if w.get("origin_line") else str(w["input"])
            txt = ""
            if w.get("target") is not None:
                txt = f"  {_one_line(w.get('source'), 50)} → {_one_line(w.get('target'), 50)}"
            lines.append(f"  {i:>3}. {w['penalty']:>6g}  {where} [{w['id']}] "
                         f"{','.join(w['codes'])}{txt}")
    inc = s.get("inconsistent_translations") or {}
    if inc.get("sources"):
        lines.append(f"  inconsistent: {inc['sources']:,} source string{'s' if inc['sources'] != 1 else ''} "
                     f"translated more than one way" + (" (in the part this run saw)" if inc.get("partial") else ""))
        for ex in inc["examples"][:5]:
            alts = " / ".join(f"{_one_line(r['target'], 30)} ×{r['count']}" for r in ex["renderings"][:3])
            lines.append(f"    {_one_line(ex['source'], 40)} → {alts}")
    for lang, r in (s.get("mixed_register") or {}).items():
        which = f"; the {r['minority']} ones" if r["minority"] else ""
        lines.append(f"  mixed register ({lang}): {r['formal_units']:,} strings address the reader formally, "
                     f"{r['informal_units']:,} informally{which}:")
        for ex in r["examples"][:5]:
            where = f"{ex['input']}:{ex['origin_line']}" if ex.get("origin_line") else str(ex["input"])
            lines.append(f"    {where} [{ex['id']}] {_one_line(ex['target'], 70)}")
    skipped = {k: v for k, v in (s.get("units_without_translation") or {}).items() if v}
    if skipped:
        lines.append("  units not checked (no translation; with --no-fuzzy also fuzzy PO entries): "
                     + ", ".join(f"{k} {v:,}" for k, v in skipped.items()))
    orphans = {k: v for k, v in (s.get("keys_not_in_source") or {}).items() if v}
    if orphans:
        lines.append("  keys not in the source file (not checked): "
                     + ", ".join(f"{k} {v:,}" for k, v in orphans.items()))
    if out is not None:
        lines.append(f"  wrote {out}" + (f" and {summary_path}" if summary_path else ""))
    return "\n".join(lines) + "\n"


def _one_line(s: str | None, n: int) -> str:
    t = " ".join((s or "").split())
    return repr(t if len(t) <= n else t[: n - 1] + "…")


# == command line ==========================================================================
def _positive_int(v: str) -> int:
    try:
        n = int(v)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {v!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {v!r}")
    return n


EXAMPLES = """\
examples:
  mtcheck batch corpus.tmx -o findings.jsonl                   findings as JSONL + summary
  mtcheck batch a.tsv b.xlf --source-lang en --target-lang de --jobs 2 -o out.jsonl
  mtcheck batch big.tsv -o out.jsonl --resume                  continue an interrupted run
  mtcheck batch big.tsv --keep clean.tsv --drop flagged.tsv --fail-on major
  mtcheck batch big.tsv --scheduler tcp://scheduler:8786 -o out.jsonl     (mtcheck[dask])
  mtcheck batch corpus.tmx --format sarif -o corpus.sarif
  mtcheck batch locales/*.json --source-file locales/en.json     resource files, paired by key
  mtcheck batch res/values-*/strings.xml --source-file res/values/strings.xml
  mtcheck batch locales/de/*.json --source-file locales/en/      same file names, per folder
"""


def add_batch_parser(sub: Any, add_common: Callable[[argparse.ArgumentParser], None] | None = None
                     ) -> argparse.ArgumentParser:
    """Add ``mtcheck batch`` (its own --format: json|jsonl|sarif|html)."""
    p = sub.add_parser(
        "batch", help="check bilingual corpora (TMX, XLIFF, PO, TSV, CSV, JSONL, Qt .ts, .xcstrings), "
                      "resource files and article sets at scale",
        description="Check every segment pair of bilingual corpus files, of resource files paired "
                    "by key (--source-file) and of article-set folders in parallel; findings as JSONL in input order, a summary at the end.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="corpus file (.tmx .xlf/.xliff .po .tsv .csv .jsonl .ts .xcstrings), "
                        "article-set folder, or with --source-file a translated resource file")
    p.add_argument("--source-lang", metavar="L", type=lang_arg,
                   help="source language where the file does not say")
    p.add_argument("--target-lang", metavar="L", type=lang_arg,
                   help="target language where the file does not say")
    p.add_argument("-j", "--jobs", type=_positive_int, metavar="N",
                   help=f"worker processes (default: all cores, {os.cpu_count() or 1})")
    p.add_argument("-f", "--format", default=None, choices=FORMATS, metavar="FORMAT",
                   help="jsonl (default, streamed), json, sarif, html, line (FILE:LINE:COL:CODE:"
                        "SEVERITY:MESSAGE, at the end); without it, -o's extension chooses (.json, "
                        ".sarif, .html, else jsonl)")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="write findings here (JSONL streams to PATH.part, renamed at the end); "
                        "also PATH.summary.json and, while running, PATH.checkpoint.json "
                        "('-': standard output, as without -o)")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run from PATH.checkpoint.json")
    p.add_argument("--keep", metavar="TSV", help="write pairs without a finding ≥ --fail-on here")
    p.add_argument("--drop", metavar="TSV", help="write pairs with a finding ≥ --fail-on here")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on a Dask cluster, e.g. tcp://host:8786 (needs mtcheck[dask])")
    p.add_argument("--fail-on", choices=SEVERITIES, metavar="SEVERITY",
                   help="exit 1 (and --drop) when a finding is at least this severe "
                        "(default: major, or config)")
    p.add_argument("--chunk-size", type=_positive_int, default=DEFAULT_CHUNK, metavar="N",
                   help=f"pairs per work unit (default {DEFAULT_CHUNK})")
    p.add_argument("--config", metavar="FILE", help="mtcheck.toml or pyproject.toml to use")
    p.add_argument("--select", action="append", default=[], metavar="CODES",
                   help="only these rules (codes, prefixes or names; comma-separated)")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES",
                   help="disable these rules (codes, prefixes or names; comma-separated)")
    p.add_argument("--plugin", action="append", default=[], metavar="FILE.py",
                   help="a Python file registering extra rules (imported in every worker)")
    p.add_argument("--encoding", metavar="ENC", help="encoding of TSV/CSV/JSONL inputs (default UTF-8)")
    p.add_argument("--source-file", metavar="FILE",
                   help="pair each INPUT with this source-language file by key (or, for a "
                        "folder, with its file of the same name): monolingual resource files "
                        "(.json, .yml, .arb, Android strings.xml, .strings, .properties, .resx)")
    p.add_argument("--no-fuzzy", action="store_true",
                   help="PO files: skip entries marked fuzzy (default: check them, since MT "
                        "pre-translation usually lands as fuzzy)")
    sem = p.add_mutually_exclusive_group()
    sem.add_argument("--no-semantic", action="store_true",
                     help="article sets: never use the optional embedding model for alignment")
    sem.add_argument("--semantic", action="store_true",
                     help="segment pairs too: compare meaning with the embedding model (C006: a "
                          "translation about something else; ~25 ms a pair)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    return p


def _split_codes(values: Iterable[str]) -> list[str]:
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


_FORMAT_BY_SUFFIX = {".json": "json", ".sarif": "sarif", ".html": "html", ".htm": "html"}


def options_from_args(args: argparse.Namespace) -> BatchOptions:
    from .fsutil import STDOUT, under_cwd

    # as in compare: '-o -' is the standard output, and an absolute path inside the current
    # folder is named relative to it (the records' "input", SARIF URIs, fingerprints)
    output = None if args.output == STDOUT else args.output
    fmt = args.format
    if fmt is None:  # "-o report.sarif" means a SARIF file, not JSON lines named .sarif
        fmt = _FORMAT_BY_SUFFIX.get(Path(output).suffix.lower(), "jsonl") if output else "jsonl"
    return BatchOptions(
        inputs=[under_cwd(i) for i in args.inputs], source_lang=args.source_lang, target_lang=args.target_lang,
        jobs=args.jobs, fmt=fmt, output=output, resume=args.resume,
        keep=args.keep, drop=args.drop, scheduler=args.scheduler,
        fail_on=Severity.parse(args.fail_on) if args.fail_on else None,
        chunk_size=args.chunk_size, config_path=args.config,
        select=_split_codes(args.select), ignore=_split_codes(args.ignore),
        plugins=list(args.plugin), encoding=args.encoding,
        semantic=False if args.no_semantic else (True if args.semantic else None), quiet=args.quiet,
        fuzzy=not args.no_fuzzy,
        source_file=under_cwd(args.source_file))


def run_batch_command(args: argparse.Namespace) -> int:
    """``mtcheck batch``: returns 0 or 1; raises MtcheckError for exit code 2."""
    return run_batch(options_from_args(args)).exit_code


__all__ = ["BatchOptions", "BatchResult", "Task", "ChunkResult", "add_batch_parser", "check_chunk",
           "format_summary", "load_plugins", "render_batch", "run_batch", "run_batch_command"]
