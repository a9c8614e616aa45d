"""Scores: an MQM-style quality score from findings, reference metrics (sacrebleu) and
the version × version consistency matrix.  Computed once; reporters only render.

* **Quality** (per target document and per paragraph): MQM-style penalty points —
  minor 1, major 5, critical 25, a minor *punctuation* error 0.1, neutral 0 — per 1,000
  words, and a score out of 100 (``100 − points per 1,000 words``, floored at 0) that
  passes when it reaches ``config.quality_threshold``.
* **Reference metrics** (when a reference version exists): sacrebleu BLEU, chrF and TER
  of the target against each reference, on *aligned units*: both versions are aligned to
  the source, and a unit is the smallest chunk of consecutive sentences on both sides that
  the two alignments tie together through the source.  Document level = corpus score over
  every unit (the full texts, so additions and omissions count); segment level = one score
  per unit that is non-empty on both sides.
* **Consistency** for every pair of versions: alignment coverage, entity agreement,
  number agreement, terminology agreement (with a glossary) and mean cross-lingual
  similarity (with the ``semantic`` extra, when the aligner used it).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from .model import PENALTY, ROLES, Alignment, Bead, Document, Finding, Metric, Scorecard, Severity

__all__ = [
    "penalty", "quality", "build_scorecard", "reference_metrics", "consistency_matrix",
    "Unit", "pair_units", "nway_rows", "normalize_number", "extract_numbers", "extract_names",
    "BOOTSTRAP", "FUZZ_THRESHOLD",
]

BOOTSTRAP = 1000  # bootstrap resamples for --confidence (sacrebleu's fixed seed: 12345)
FUZZ_THRESHOLD = 85  # rapidfuzz ratio at which two names agree

# ----------------------------------------------------------------------------- quality


def penalty(f: Finding) -> float:
    """MQM penalty points of one finding (Freitag et al. 2021 weights)."""
    if f.severity == Severity.MINOR and "punctuation" in f.category.lower():
        return 0.1  # MQM convention: a minor punctuation error weighs 0.1
    return PENALTY[f.severity]


def _paragraph_of(doc: Document, f: Finding) -> int | None:
    """The paragraph a finding falls in: its own field, else located by its text span."""
    if f.paragraph is not None:
        return f.paragraph
    if f.text_span is None or not doc.paragraphs:
        return None
    pos = f.text_span[0]
    starts = [p.start for p in doc.paragraphs]
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return doc.paragraphs[0].index
    p = doc.paragraphs[i]
    if pos <= p.end or i == len(doc.paragraphs) - 1:
        return p.index
    return doc.paragraphs[i + 1].index  # in the gap between two paragraphs: the next one


def _score(points: float, words: int) -> tuple[float, float]:
    per_k = points * 1000.0 / max(words, 1)
    return per_k, max(0.0, 100.0 - per_k)


def quality(doc: Document, findings: Sequence[Finding], threshold: float) -> dict[str, Any]:
    """Penalty points per 1,000 words and the score out of 100 (floored at 0).

    The verdict is taken on the score as shown (one decimal), so a report never says
    "90.0/100 … fail" at threshold 90.
    """
    mine = [f for f in findings if f.document == doc.path and not f.suppressed]
    pts = sum(penalty(f) for f in mine)
    per_k, score = _score(pts, doc.words)
    shown = round(score, 1)
    counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
    for f in mine:
        counts[f.severity.label] += 1
    by_para: dict[int, list[Finding]] = {}
    for f in mine:
        p = _paragraph_of(doc, f)
        if p is not None:
            by_para.setdefault(p, []).append(f)
    paragraphs = []
    for p in doc.paragraphs:
        pw = len(doc.text[p.start:p.end].split())
        pf = by_para.get(p.index, [])
        ppts = sum(penalty(f) for f in pf)
        _, pscore = _score(ppts, pw)
        paragraphs.append({"index": p.index, "kind": p.kind, "words": pw, "findings": len(pf),
                           "penalty": round(ppts, 2), "score": round(pscore, 1)})
    return {"words": doc.words, "findings": len(mine), "counts": counts, "penalty": round(pts, 2),
            "per_1000_words": round(per_k, 2), "score": shown,
            "threshold": float(threshold), "passed": shown >= float(threshold),
            "paragraphs": paragraphs}


# ----------------------------------------------------------------------------- units


@dataclass
class Unit:
    """Sentences of two versions that their alignments (through the source) tie together."""

    a: list[int]
    b: list[int]
    source: list[int] = field(default_factory=list)


def _identity(n: int) -> list[Bead]:
    return [Bead([i], [i]) for i in range(n)]


class _DSU:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.p[max(rx, ry)] = min(rx, ry)


def _group(bead_lists: Sequence[Sequence[Bead]]) -> list[tuple[list[list[int]], list[int]]]:
    """Union beads of several alignments (all against the same source) into groups.

    Beads sharing a source sentence join one group; groups are then merged until each is a
    contiguous run on every side (so a unit is always a chunk of consecutive sentences).
    Returns, per group, the sentence indices of each version and the source indices, in
    reading order.
    """
    nodes: list[tuple[int, Bead]] = [(k, b) for k, beads in enumerate(bead_lists) for b in beads]
    if not nodes:
        return []
    dsu = _DSU(len(nodes))
    by_src: dict[int, int] = {}
    for i, (_, b) in enumerate(nodes):
        for s in b.source:
            if s in by_src:
                dsu.union(i, by_src[s])
            else:
                by_src[s] = i
    nv = len(bead_lists)
    while True:
        groups: dict[int, list[int]] = {}
        for i in range(len(nodes)):
            groups.setdefault(dsu.find(i), []).append(i)
        merged = False
        # contiguity: overlapping index ranges on any side (versions or source) merge
        for side in range(nv + 1):
            spans = []
            for root, members in groups.items():
                idx = [x for m in members for x in (nodes[m][1].source if side == nv
                                                     else (nodes[m][1].target if nodes[m][0] == side else []))]
                if idx:
                    spans.append((min(idx), max(idx), root))
            spans.sort()
            end, last_root = -1, None
            for lo, hi, root in spans:
                if last_root is not None and lo <= end:
                    if dsu.find(root) != dsu.find(last_root):
                        dsu.union(root, last_root)
                        merged = True
                    end = max(end, hi)
                else:
                    end, last_root = hi, root
        if not merged:
            break
    out = []
    for members in groups.values():
        sides = [sorted({x for m in members if nodes[m][0] == k for x in nodes[m][1].target})
                 for k in range(nv)]
        src = sorted({x for m in members for x in nodes[m][1].source})
        if src or any(sides):
            out.append((sides, src))
    return _order(out, nv)


def _order(groups: list[tuple[list[list[int]], list[int]]], nv: int) -> list[tuple[list[list[int]], list[int]]]:
    """Reading order: by source position; groups without source sentences go right after
    the group holding the sentence before them in the first version that has them."""
    keyed: dict[int, tuple] = {}
    for gi, (sides, src) in enumerate(groups):
        if src:
            keyed[gi] = (src[0], 0, 0)
    # place source-less groups after their predecessor on some side
    owner: list[dict[int, int]] = [{} for _ in range(nv)]
    for gi, (sides, _) in enumerate(groups):
        for k in range(nv):
            for x in sides[k]:
                owner[k][x] = gi
    pending = [gi for gi in range(len(groups)) if gi not in keyed]
    for _ in range(len(pending) + 1):
        if not pending:
            break
        rest = []
        for gi in pending:
            sides, _ = groups[gi]
            k = next(k for k in range(nv) if sides[k])
            first = sides[k][0]
            prev = owner[k].get(first - 1)
            if first == 0 or prev is None:
                keyed[gi] = (-1, 1, first)
            elif prev in keyed:
                pk = keyed[prev]
                keyed[gi] = (pk[0], pk[1] + 1, first)
            else:
                rest.append(gi)
        if len(rest) == len(pending):
            for gi in rest:  # a cycle cannot happen with monotonic alignments; be safe
                keyed[gi] = (10**9, 0, gi)
            rest = []
        pending = rest
    return [groups[gi] for gi in sorted(range(len(groups)), key=lambda g: keyed[g])]


def _alignments_by_path(alignments: "Mapping[str, Alignment] | Iterable[Alignment]") -> dict[str, Alignment]:
    if isinstance(alignments, Mapping):
        return {a.other: a for a in alignments.values()}
    return {a.other: a for a in alignments}


def _beads_for(doc: Document, source: Document | None, als: dict[str, Alignment]) -> list[Bead] | None:
    if source is not None and doc is source:
        return _identity(len(doc.segments))
    al = als.get(doc.path)
    return al.beads if al is not None else None


def pair_units(a: Document, b: Document, source: Document | None,
               alignments: "Mapping[str, Alignment] | Iterable[Alignment]") -> list[Unit] | None:
    """Aligned units of two versions (composed through the source); None if not aligned."""
    als = _alignments_by_path(alignments)
    ba, bb = _beads_for(a, source, als), _beads_for(b, source, als)
    if ba is None or bb is None:
        return None
    return [Unit(sides[0], sides[1], src) for sides, src in _group([ba, bb]) if sides[0] or sides[1]]


def nway_rows(documents: Sequence[Document],
              alignments: "Mapping[str, Alignment] | Iterable[Alignment]") -> list[dict[str, list[int]]]:
    """The n-way aligned view: one row per group of source sentences, with the sentences of
    every version aligned to them (rows of unaligned sentences have an empty source).

    Returns ``[{path: [segment indices], ...}, ...]`` over every document (the source's
    path included).  Versions without an alignment are left out of the rows.
    """
    source = next((d for d in documents if d.role == "source"), None)
    als = _alignments_by_path(alignments)
    if source is None:
        target = next((d for d in documents if d.role == "target"), documents[0] if documents else None)
        if target is None:
            return []
        return [{target.path: [s.index]} for s in target.segments]
    others = [d for d in documents if d is not source and d.path in als]
    bead_lists = [als[d.path].beads for d in others]
    if not bead_lists:
        return [{source.path: [s.index]} for s in source.segments]
    rows = []
    for sides, src in _group(bead_lists):
        row = {source.path: src}
        for d, idx in zip(others, sides):
            row[d.path] = idx
        rows.append(row)
    # source sentences no bead mentions (should not happen: aligners cover everything)
    seen = {s for r in rows for s in r[source.path]}
    missing = [s.index for s in source.segments if s.index not in seen]
    for s in missing:
        pos = next((i for i, r in enumerate(rows) if r[source.path] and r[source.path][0] > s), len(rows))
        rows.insert(pos, {source.path: [s], **{d.path: [] for d in others}})
    return rows


def _unit_text(doc: Document, idx: Sequence[int]) -> str:
    segs = doc.segments
    return " ".join(segs[i].text for i in idx if 0 <= i < len(segs))


# ----------------------------------------------------------------------------- reference metrics


def _tokenizer(lang: str | None) -> str:
    lang = (lang or "").lower().split("-")[0]
    if lang == "zh":
        return "zh"
    if lang in ("ja", "ko", "th", "my", "km", "lo"):
        return "char"
    return "13a"


def reference_metrics(target: Document, reference: Document, source: Document | None,
                      alignments: "Mapping[str, Alignment] | Iterable[Alignment]", *,
                      confidence: bool = False) -> list[Metric]:
    """BLEU, chrF and TER of ``target`` against ``reference`` (document and segment level)."""
    units = pair_units(target, reference, source, alignments) if source is not None else None
    if units is None:  # no source to compose through: compare the texts paragraph-free, sentence-blind
        hyps_all, refs_all = [" ".join(s.text for s in target.segments) or target.text], \
                             [" ".join(s.text for s in reference.segments) or reference.text]
        seg_pairs: list[tuple[str, str]] = []
    else:
        pairs = [(_unit_text(target, u.a), _unit_text(reference, u.b)) for u in units]
        pairs = [(h, r) for h, r in pairs if h.strip() or r.strip()]
        hyps_all, refs_all = [h for h, _ in pairs], [r for _, r in pairs]
        seg_pairs = [(h, r) for h, r in pairs if h.strip() and r.strip()]
    if not hyps_all:
        return []
    tok = _tokenizer(reference.lang or target.lang)
    n_boot = BOOTSTRAP if confidence else 1
    with _fixed_seed(confidence):
        return _metrics(target, reference, hyps_all, refs_all, seg_pairs, tok, n_boot, confidence)


BOOTSTRAP_SEED = "12345"  # sacrebleu's default, pinned so --confidence is reproducible


class _fixed_seed:
    """Pin sacrebleu's bootstrap seed (read from SACREBLEU_SEED at call time) for the call."""

    def __init__(self, active: bool) -> None:
        self.active = active
        self.saved: str | None = None

    def __enter__(self) -> None:
        import os
        if self.active:
            self.saved = os.environ.get("SACREBLEU_SEED")
            os.environ["SACREBLEU_SEED"] = BOOTSTRAP_SEED

    def __exit__(self, *exc) -> None:
        import os
        if self.active:
            if self.saved is None:
                os.environ.pop("SACREBLEU_SEED", None)
            else:
                os.environ["SACREBLEU_SEED"] = self.saved


def _metrics(target: Document, reference: Document, hyps_all: list[str], refs_all: list[str],
             seg_pairs: list[tuple[str, str]], tok: str, n_boot: int, confidence: bool) -> list[Metric]:
    from sacrebleu.metrics import BLEU, CHRF, TER  # lazy: sacrebleu is slow to import

    out = []
    for name, make, make_seg in (
        ("BLEU", lambda: BLEU(tokenize=tok), lambda: BLEU(tokenize=tok, effective_order=True)),
        ("chrF", lambda: CHRF(), lambda: CHRF()),
        ("TER", lambda: TER(asian_support=tok != "13a"), lambda: TER(asian_support=tok != "13a")),
    ):
        m = make()
        res = m.corpus_score(hyps_all, [refs_all], n_bootstrap=n_boot)
        ci = None
        if confidence and getattr(res, "_ci", None) is not None:
            mean, half = float(getattr(res, "_mean", res.score)), float(res._ci)
            ci = (round(mean - half, 2), round(mean + half, 2))
        sig = m.get_signature().format()
        ms = make_seg()
        segs = [float(ms.sentence_score(h, [r]).score) for h, r in seg_pairs]
        out.append(Metric(name=name, score=float(res.score), signature=sig, document=target.path,
                          reference=reference.path, ci=ci, segments=segs))
    return out


# ----------------------------------------------------------------------------- numbers & names

_SEP_SPACE = "\u00a0\u202f\u2009 '’"
_NUM_RE = re.compile(
    r"(?<![\w.,])(?<!\w-)\d{1,3}(?:[\u00a0\u202f\u2009 '’]\d{3})+(?![\d])"  # 70 000 · 70'000
    r"|(?<![\w])(?<!\w-)\d+(?:[.,]\d+)*"  # 70.000 · 70,000 · 57,5 · 2024 (not MS-13)
)


def normalize_number(s: str) -> str:
    """Normalise a number across locale formats: 70'000, 70.000, 70,000, 70 000 → "70000";
    57,5 and 57.5 → "57.5".  A lone separator before exactly three digits is read as a
    thousands separator (1.500 → 1500), as news copy mostly writes thousands, not
    three-decimal fractions."""
    t = "".join(ch for ch in s.strip() if ch not in _SEP_SPACE)
    dots, commas = t.count("."), t.count(",")
    if dots and commas:
        dec = "." if t.rfind(".") > t.rfind(",") else ","
        thou = "," if dec == "." else "."
        t = t.replace(thou, "").replace(dec, ".")
    elif dots + commas:
        sep = "." if dots else ","
        parts = t.split(sep)
        if len(parts) > 2 or all(len(p) == 3 for p in parts[1:]):
            t = "".join(parts)
        else:
            t = ".".join(parts)
    if "." in t:
        ip, fp = t.split(".", 1)
        ip = ip.lstrip("0") or "0"
        fp = fp.rstrip("0")
        return f"{ip}.{fp}" if fp else ip
    return t.lstrip("0") or "0"


def extract_numbers(text: str) -> list[str]:
    """Numbers in ``text``, normalised (see :func:`normalize_number`)."""
    return [normalize_number(m.group(0)) for m in _NUM_RE.finditer(text)]


_TOKEN_RE = re.compile(r"[^\W_](?:[\w'’\-.]*[^\W_])?", re.UNICODE)
_SENT_START_RE = re.compile(r"(?:^|[.!?:;]\s+|[\"«»“”„‘’(\[]\s*)$")
# languages that capitalise common nouns: a capital letter says nothing about a name there
NOUN_CAPITALISING = {"de", "lb", "gsw", "bar", "nds"}


def _is_cap(tok: str) -> bool:
    c = tok[0]
    return c.isupper() or (unicodedata.category(c) == "Lt")


def extract_names(text: str) -> list[str]:
    """Capitalised tokens that do not start a sentence, and tokens mixing letters and
    digits (MS-13): the names of a sentence, roughly."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group(0).rstrip(".")
        if not tok or tok.isdigit():
            continue
        has_digit = any(ch.isdigit() for ch in tok)
        if not (_is_cap(tok) or has_digit):
            continue
        sentence_initial = bool(_SENT_START_RE.search(text[:m.start()]))
        acronym = sum(ch.isupper() for ch in tok) >= 2
        if sentence_initial and not (acronym or has_digit):
            continue
        out.append(tok)
    return out


def _tokens(text: str) -> list[str]:
    toks = []
    for m in _TOKEN_RE.finditer(text):
        t = m.group(0).rstrip(".")
        toks.append(t)
        if "-" in t:
            toks.extend(p for p in t.split("-") if p)
    return toks


def _name_found(name: str, tokens: Sequence[str], pool_lower: Sequence[str]) -> bool:
    from rapidfuzz import fuzz, process

    n = name.lower()
    if n in pool_lower:
        return True
    if process.extractOne(n, pool_lower, scorer=fuzz.ratio, score_cutoff=FUZZ_THRESHOLD) is not None:
        return True
    if name.isupper() and len(name) >= 2:  # acronyms: US ~ USA, EE.UU. is out of reach
        return any(t.isupper() and (t.startswith(name) or name.startswith(t)) and len(t) >= 2
                   for t in tokens)
    return False


def _lang(doc: Document) -> str:
    return (doc.lang or doc.lang_detected or "").lower().split("-")[0]


def _entity_agreement(a: Document, b: Document, units: Sequence[Unit]) -> float | None:
    """Mean over units of the share of names (in the version(s) whose capitals mark names)
    that have a fuzzy counterpart (rapidfuzz ratio ≥ 85) in the other version's unit."""
    sides = []
    if _lang(a) not in NOUN_CAPITALISING:
        sides.append(0)
    if _lang(b) not in NOUN_CAPITALISING:
        sides.append(1)
    if not sides:  # both capitalise nouns: compare names both ways anyway
        sides = [0, 1]
    shares = []
    for u in units:
        if not u.a or not u.b:
            continue
        texts = (_unit_text(a, u.a), _unit_text(b, u.b))
        hit = total = 0
        for k in sides:
            names = extract_names(texts[k])
            if not names:
                continue
            other = _tokens(texts[1 - k])
            pool = [t.lower() for t in other]
            for nm in names:
                total += 1
                hit += _name_found(nm, other, pool)
        if total:
            shares.append(hit / total)
    return round(sum(shares) / len(shares), 4) if shares else None


def _number_agreement(a: Document, b: Document, units: Sequence[Unit]) -> float | None:
    """Share of the numbers in a's units found (normalised) in b's aligned unit."""
    hit = total = 0
    for u in units:
        if not u.a or not u.b:
            continue
        na = extract_numbers(_unit_text(a, u.a))
        if not na:
            continue
        nb = set(extract_numbers(_unit_text(b, u.b)))
        total += len(na)
        hit += sum(n in nb for n in na)
    return round(hit / total, 4) if total else None


# ----------------------------------------------------------------------------- terminology


def _glossary_terms(glossary: Any) -> list[dict[str, list[str]]]:
    """Normalise a loaded glossary into ``[{lang: [forms]}]`` entries (best effort: the
    glossary loader lives with the terminology rules and may return mappings, lists of
    dicts or objects with a ``terms``/``translations`` mapping)."""
    def forms(v: Any) -> list[str]:
        if isinstance(v, str):
            return [x.strip() for x in re.split(r"[|;]", v) if x.strip()]
        if isinstance(v, (list, tuple, set)):
            return [str(x).strip() for x in v if str(x).strip()]
        return []

    def entry(obj: Any) -> dict[str, list[str]] | None:
        if isinstance(obj, Mapping):
            d = obj
        else:
            d = getattr(obj, "terms", None) or getattr(obj, "translations", None)
            if d is None and hasattr(obj, "__dict__"):
                d = vars(obj)
        if not isinstance(d, Mapping):
            return None
        e = {str(k).lower(): forms(v) for k, v in d.items()
             if isinstance(k, str) and re.fullmatch(r"[a-zA-Z]{2,3}(?:-[a-zA-Z]+)?", k) and forms(v)}
        return e if len(e) >= 2 else None

    items: Iterable[Any]
    if isinstance(glossary, Mapping):
        vals = list(glossary.values())
        if vals and all(isinstance(v, Mapping) for v in vals):
            items = vals
        else:
            items = [glossary]
    elif isinstance(glossary, (list, tuple)):
        items = glossary
    else:
        items = getattr(glossary, "entries", None) or getattr(glossary, "terms", None) or []
    out = []
    for it in items:
        e = entry(it)
        if e:
            out.append(e)
    return out


def _load_glossary(config) -> list[dict[str, list[str]]] | None:
    path = getattr(config, "glossary", None)
    if not path:
        return None
    try:
        from .rules.terminology import load_glossary
        entries = _glossary_terms(load_glossary(path))
    except Exception:
        return None
    return entries or None


def _contains(text: str, term: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(term.lower()) + r"(?!\w)", text.lower()) is not None


def _terminology_agreement(a: Document, b: Document, units: Sequence[Unit],
                           glossary: list[dict[str, list[str]]] | None) -> float | None:
    """Share of glossary terms met in a's unit that b's unit renders as required."""
    if not glossary:
        return None
    la, lb = _lang(a), _lang(b)
    entries = [e for e in glossary if la in e and lb in e]
    hit = total = 0
    for u in units:
        if not u.a or not u.b:
            continue
        ta, tb = _unit_text(a, u.a), _unit_text(b, u.b)
        for e in entries:
            if any(_contains(ta, t) for t in e[la]):
                total += 1
                hit += any(_contains(tb, t) for t in e[lb])
    return round(hit / total, 4) if total else None


# ----------------------------------------------------------------------------- similarity


def _similarity(a: Document, b: Document, units: Sequence[Unit], als: dict[str, Alignment],
                source: Document | None, cache: dict[str, Any] | None = None) -> float | None:
    """Mean cosine of multilingual USE embeddings over aligned units (semantic extra only,
    and only when the aligner used it for these versions).  Each document's sentences are
    encoded once; a unit's embedding is the normalised sum of its sentences'."""
    try:
        from .align.semantic import ENCODER_NAME, get_encoder, semantic_available
    except Exception:
        return None
    used = [als[d.path].method for d in (a, b) if d is not source and d.path in als]
    if not used or not all(ENCODER_NAME in m for m in used) or not semantic_available():
        return None
    pairs = [u for u in units if u.a and u.b]
    if not pairs:
        return None
    cache = {} if cache is None else cache
    try:
        import numpy as np

        def sentence_vectors(d: Document):
            if d.path not in cache:
                texts = [s.text for s in d.segments]
                vecs = get_encoder().encode(texts) if texts else np.zeros((0, 1), dtype=np.float32)
                norms = np.linalg.norm(vecs, axis=1, keepdims=True) if len(texts) else 1
                cache[d.path] = vecs / np.where(norms == 0, 1, norms)
            return cache[d.path]

        va, vb = sentence_vectors(a), sentence_vectors(b)
        sims = []
        for u in pairs:
            ea = va[[i for i in u.a if i < len(va)]].sum(axis=0)
            eb = vb[[i for i in u.b if i < len(vb)]].sum(axis=0)
            na, nb = float(np.linalg.norm(ea)), float(np.linalg.norm(eb))
            if na and nb:
                sims.append(float(ea @ eb) / (na * nb))
        return round(sum(sims) / len(sims), 4) if sims else None
    except Exception:
        return None


# ----------------------------------------------------------------------------- matrix


def _coverage(a: Document, b: Document, source: Document | None,
              als: dict[str, Alignment]) -> list[float] | None:
    if source is not None and a is source and b.path in als:
        return [round(x, 4) for x in als[b.path].coverage()]
    if source is not None and b is source and a.path in als:
        return [round(x, 4) for x in reversed(als[a.path].coverage())]
    if a.path not in als or b.path not in als:
        return None

    def covered_src(al: Alignment) -> set[int]:
        return {s for bd in al.beads if bd.target for s in bd.source}

    def share(al_x: Alignment, other_src: set[int]) -> float:
        n = sum(len(bd.target) for bd in al_x.beads)
        c = sum(len(bd.target) for bd in al_x.beads if other_src.intersection(bd.source))
        return c / n if n else 1.0

    return [round(share(als[a.path], covered_src(als[b.path])), 4),
            round(share(als[b.path], covered_src(als[a.path])), 4)]


def _ordered(docs: Sequence[Document]) -> list[Document]:
    rank = {r: i for i, r in enumerate(ROLES)}
    return sorted(docs, key=lambda d: rank.get(d.role, len(ROLES)))  # stable: input order within a role


def consistency_matrix(docs: Sequence[Document],
                       alignments: "Mapping[str, Alignment] | Iterable[Alignment]",
                       config=None) -> list[dict[str, Any]]:
    """One row per pair of versions (source, target, parallels, references, in that order)."""
    als = _alignments_by_path(alignments)
    ordered = _ordered(docs)
    source = next((d for d in ordered if d.role == "source"), None)
    glossary = _load_glossary(config) if config is not None else None
    emb_cache: dict[str, Any] = {}
    rows = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            units = pair_units(a, b, source, als)
            row: dict[str, Any] = {"a": a.path, "b": b.path, "coverage": _coverage(a, b, source, als),
                                   "entities": None, "numbers": None, "terminology": None,
                                   "similarity": None}
            if units is not None:
                row["entities"] = _entity_agreement(a, b, units)
                row["numbers"] = _number_agreement(a, b, units)
                row["terminology"] = _terminology_agreement(a, b, units, glossary)
                row["similarity"] = _similarity(a, b, units, als, source, emb_cache)
            rows.append(row)
    return rows


# ----------------------------------------------------------------------------- scorecard


def build_scorecard(docs: Sequence[Document], alignments: "Mapping[str, Alignment] | Iterable[Alignment]",
                    findings: Sequence[Finding], config, *, confidence: bool = False,
                    metrics: bool = True, consistency: bool = True) -> Scorecard:
    """Quality per target, reference metrics per (target, reference), consistency matrix.

    ``alignments`` may be the pipeline's ``{path: Alignment}`` or Report.alignments.
    ``confidence`` adds sacrebleu's bootstrap 95 % intervals (1,000 resamples, fixed seed).
    """
    card = Scorecard()
    threshold = getattr(config, "quality_threshold", 90.0)
    for d in docs:
        if d.role == "target":
            card.quality[d.path] = quality(d, findings, threshold)
    if metrics:
        source = next((d for d in docs if d.role == "source"), None)
        for t in (d for d in docs if d.role == "target"):
            for r in (d for d in docs if d.role == "reference"):
                card.metrics.extend(reference_metrics(t, r, source, alignments, confidence=confidence))
    if consistency and len(docs) > 1:
        card.consistency = consistency_matrix(docs, alignments, config)
    return card
