"""load → segment → align → check → score → report, as plain functions.

``compare`` is the whole pipeline for one article; each stage is callable on its own.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Iterable, Sequence

from . import __version__
from .config import Config, find_config, is_suppressed, load_config
from .errors import InputError, MtcheckError
from .langs import lenient
from .model import Alignment, Bead, Document, Finding, Report, Segment, Severity, sort_findings

DocLike = "str | os.PathLike[str] | Document"


# -- segment --------------------------------------------------------------------------
def segment_document(doc: Document) -> Document:
    """Split every paragraph into sentences; segments keep offsets into doc.text."""
    from .segment import sentence_spans

    segs: list[Segment] = []
    for p in doc.paragraphs:
        chunk = doc.text[p.start:p.end]
        for s, e in sentence_spans(chunk, doc.lang):
            segs.append(Segment(len(segs), p.index, p.kind, p.start + s, p.start + e, chunk[s:e]))
    doc.segments = segs
    return doc


def identify_language(doc: Document) -> Document:
    """Detect the document's language; the given language (if any) stays authoritative."""
    from .langid import detect_with_confidence

    sample = doc.text[:5000]
    lang, conf = detect_with_confidence(sample)
    if lang is not None and conf < 0.9 and len(doc.paragraphs) >= 2:
        # an unsure call on the whole text: a long quote in another language can outweigh
        # the rest ('fr' at 0.71 for three Italian paragraphs and one French quote), so
        # the paragraphs vote, each by its length
        lang = _paragraph_vote(doc) or lang
    doc.lang_detected = lang
    if not doc.lang:
        doc.lang = doc.lang_detected
    return doc


def _paragraph_vote(doc: Document, limit: int = 5000) -> str | None:
    """The language of most of the text (first ``limit`` characters), paragraph by
    paragraph; ties go to the alphabetically first code (deterministic)."""
    from collections import Counter

    from .langid import detect_with_confidence

    votes: Counter = Counter()
    for p in doc.paragraphs:
        if p.start >= limit:
            break
        text = doc.text[p.start:min(p.end, limit)]
        if len(text.split()) < 3 and not _DENSE.search(text):
            continue  # a heading word or a name: the identifier guesses (Chinese and
            # Japanese write no spaces: a sentence of theirs is one "word")
        lang, _conf = detect_with_confidence(text)
        if lang:
            votes[lang] += _text_weight(text)
    if not votes:
        return None
    return min(votes, key=lambda k: (-votes[k], k))


# Chinese and Japanese say in one character what alphabets say in about three, Korean's
# syllable blocks in about two: a paragraph's vote counts letters at that rate, or one
# English sentence left in a Chinese article outweighs four translated ones
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _text_weight(text: str) -> int:
    return len(text) + 2 * len(_DENSE.findall(text)) + len(_HANGUL.findall(text))


# -- align ----------------------------------------------------------------------------
def align_documents(source: Document, other: Document, semantic: bool | None = None) -> Alignment:
    from .align import align_sentences

    pairs = align_sentences(
        [s.text for s in source.segments], [s.text for s in other.segments],
        source.lang, other.lang,
        source_breaks=source.paragraph_breaks(), target_breaks=other.paragraph_breaks(),
        source_kinds=[s.kind for s in source.segments], target_kinds=[s.kind for s in other.segments],
        semantic=semantic,
    )
    return Alignment(source.path, other.path, [Bead(list(s), list(t)) for s, t in pairs],
                     method=aligner_signature(semantic))


def aligner_signature(semantic: bool | None = None) -> str:
    try:
        from .align import aligner_signature as sig
        return sig(semantic)
    except ImportError:
        return "none"


# -- load -----------------------------------------------------------------------------
def _load(d: "DocLike", role: str, lang: str | None, encoding: str | None) -> Document:
    if isinstance(d, Document):
        d.role = d.role or role
        return d
    from .load import load_document
    return load_document(d, lang=lang, role=role, encoding=encoding)


def prepare(doc: Document) -> Document:
    identify_language(doc)
    segment_document(doc)
    return doc


# -- check + score --------------------------------------------------------------------
def signature(config: Config, semantic: bool | None = None) -> str:
    """Reproducibility string, in sacrebleu's spirit: same signature, same method."""
    from .langid import backend_name

    rules = config.rules()
    sev = ",".join(f"{c}={s.label}" for c, s in sorted(config.severities.items()))
    opts = repr(sorted((c, sorted(o.items())) for c, o in config.options.items()))
    # each rule's own default grade and options too: a build whose thresholds moved (C003's
    # z) signs differently even under the same version and config
    defaults = repr([(r.code, r.severity.label, sorted(r.options.items())) for r in rules])
    rhash = hashlib.sha1((",".join(r.code for r in rules) + sev + opts + defaults).encode()).hexdigest()[:8]
    return (f"mtcheck:{__version__}|rules:{len(rules)}:{rhash}|seg:{_segmenter_name()}"
            f"|align:{aligner_signature(semantic)}|langid:{backend_name()}")


def _segmenter_name() -> str:
    from . import segment
    return getattr(segment, "SEGMENTER", "mtcheck")


def check_documents(target: Document, source: Document | None, others: Sequence[Document],
                    alignments: dict[str, Alignment], config: Config) -> list[Finding]:
    from .rules import CheckContext, run_rules

    ctx = CheckContext(target, source, others, alignments, severities=config.severities)
    if config.glossary:
        from .rules.terminology import load_glossary
        ctx.cache["glossary"] = load_glossary(config.glossary)
    findings = run_rules(ctx, config.rules(), config.options)
    apply_suppressions(findings, config)
    return findings


def apply_suppressions(findings: Iterable[Finding], config: Config) -> None:
    baseline: frozenset[str] = frozenset()
    if config.baseline and config.baseline.is_file():
        baseline = _baseline(config.baseline)
    for f in findings:
        if is_suppressed(f, config.suppress) or f.fingerprint in baseline:
            f.suppressed = True


# check_pair runs once per segment pair (millions in a batch): the glossary and the
# baseline a configuration names are read once per process, not once per pair; the key
# holds size and mtime so that a file edited between two API calls is read again
_GLOSSARIES: dict[tuple, dict] = {}
_BASELINES: dict[tuple, frozenset] = {}


def _file_key(path: Path) -> tuple:
    try:
        st = path.stat()
    except OSError:
        return (str(path), None, None)  # the reader then says what is wrong with it
    return (str(path.resolve()), st.st_size, st.st_mtime_ns)


def _baseline(path: Path) -> frozenset:
    key = _file_key(path)
    if key not in _BASELINES:
        from .baseline import read_baseline
        if len(_BASELINES) >= 8:  # a few per run (one per config); keep no stale ones
            _BASELINES.clear()
        _BASELINES[key] = frozenset(read_baseline(path))
    return _BASELINES[key]


def _glossary_cache(path: Path) -> dict:
    """The entries a pair context starts with: the glossary, and (filled in after the
    first pair of each language pair) the term index T001/T002 build from it."""
    key = _file_key(path)
    if key not in _GLOSSARIES:
        from .rules.terminology import load_glossary
        if len(_GLOSSARIES) >= 8:
            _GLOSSARIES.clear()
        _GLOSSARIES[key] = {"glossary": load_glossary(path)}
    return _GLOSSARIES[key]


# the key prefix of the term index mtcheck.rules.terminology caches per context (it depends
# on the glossary and the two languages only); were it renamed, only the reuse would be lost
_GLOSSARY_INDEX = "terminology.index."


def compare(target: "DocLike", source: "DocLike | None" = None, parallels: Iterable["DocLike"] = (),
            references: Iterable["DocLike"] = (), *, config: Config | None = None,
            semantic: bool | None = None, source_lang: str | None = None,
            target_lang: str | None = None, encoding: str | None = None,
            article: dict | None = None, progress=None, confidence: bool = False) -> Report:
    """Compare a translation with its source and any parallel/reference versions."""
    tick = progress or (lambda _stage: None)
    tick("load")
    from .load.decode import STDIN  # the loaders come next anyway

    parallels, references = list(parallels), list(references)
    if sum(isinstance(d, str) and d == STDIN for d in [target, source, *parallels, *references]) > 1:
        raise InputError(STDIN, "standard input can stand for one version only")
    source_lang, target_lang = lenient(source_lang), lenient(target_lang)
    tgt = _load(target, "target", target_lang, encoding)
    src = _load(source, "source", source_lang, encoding) if source is not None else None
    others = [_load(p, "parallel", None, encoding) for p in parallels]
    others += [_load(r, "reference", None, encoding) for r in references]
    docs = ([src] if src else []) + [tgt] + others
    _refuse_same_file(docs)
    if config is None:
        cfg_path = find_config(Path(tgt.path)) if not tgt.path.startswith("<") else None
        config = load_config(cfg_path)
    tick("segment")
    for d in docs:
        prepare(d)
    tick("align")
    alignments: dict[str, Alignment] = {}
    if src is not None:
        for d in [tgt] + others:
            alignments[d.path] = align_documents(src, d, semantic)
    tick("check")
    findings = check_documents(tgt, src, others, alignments, config)
    tick("score")
    from .score import build_scorecard
    scorecard = build_scorecard(docs, alignments, findings, config, confidence=confidence)
    rules = [r.meta() for r in config.rules()]
    return Report(
        article=article or {"id": Path(tgt.path).stem, "title": tgt.title},
        documents=docs, alignments=list(alignments.values()), findings=sort_findings(findings),
        scorecard=scorecard, signature=signature(config, semantic), version=__version__,
        fail_on=config.fail_on, rules=rules,
    )


def compare_set(folder: str | os.PathLike[str], *, config: Config | None = None,
                semantic: bool | None = None, encoding: str | None = None, progress=None,
                confidence: bool = False) -> Report:
    """Run an article set (a folder with an mtcheck.toml manifest)."""
    from .load import load_document
    from .load.manifest import read_manifest

    m = read_manifest(folder)
    docs = {"source": [], "target": [], "parallel": [], "reference": []}
    for v in m.versions:
        docs[v.role].append(load_document(v.path, lang=v.lang, role=v.role, encoding=encoding,
                                          origin=v.origin, scope=v.scope, display_path=v.shown))
    if config is None:
        config = load_config(m.config_path or find_config(Path(folder) / "x"))
    if len(docs["target"]) > 1:
        raise InputError(m.folder / "mtcheck.toml", "manifest names more than one target; run one per target")
    return compare(docs["target"][0], docs["source"][0] if docs["source"] else None,
                   docs["parallel"], docs["reference"], config=config, semantic=semantic,
                   article=m.article(), progress=progress, confidence=confidence)


def _refuse_same_file(docs: list[Document]) -> None:
    seen: dict[str, str] = {}
    for d in docs:
        if d.path.startswith("<"):
            continue
        try:
            key = str(Path(d.path).resolve())
        except OSError:
            continue
        if key in seen:
            raise InputError(d.path, f"is the same file as {seen[key]} (give each version once)")
        seen[key] = d.path


def check_pair(source: str, target: str, source_lang: str | None = None,
               target_lang: str | None = None, *, config: Config | None = None,
               document: str | None = None, semantic: bool = False) -> list[Finding]:
    """Check one segment pair (what CI users and corpus filters call).

    ``document`` names the file the pair comes from (a batch input): the findings on the
    target carry it instead of ``<target>``, so that a suppression's ``document`` and a
    baseline's fingerprints match the file the user gave.  ``semantic=True`` (with the
    ``semantic`` extra installed) lets C006 compare the two sentences with the embedding
    model: a translation about something else entirely; it costs ~25 ms a pair, so it is
    off by default."""
    from .rules import run_rules, single_pair_context

    if not isinstance(source, str) or not isinstance(target, str):
        raise TypeError("check_pair takes two strings")
    config = config or _default_config()
    # deu, German, en_GB: the codes the rules know (an unknown tag passes as it is)
    source_lang, target_lang = lenient(source_lang), lenient(target_lang)
    if source_lang is None or target_lang is None:
        from .langid import detect_language
        source_lang = source_lang or detect_language(source)
        target_lang = target_lang or detect_language(target)
    ctx = single_pair_context(source, target, source_lang, target_lang)
    ctx.severities = config.severities
    if semantic:
        from .align.semantic import ENCODER_NAME, semantic_available
        if semantic_available():  # else C006 stays silent: the stated fallback
            for al in ctx.alignments.values():
                al.method = f"{al.method}+{ENCODER_NAME}"
    shared = None
    if config.glossary:
        shared = _glossary_cache(config.glossary)
        ctx.cache.update(shared)
    findings = run_rules(ctx, config.rules(), config.options)
    if shared is not None:  # keep the term index for the next pair of these languages
        shared.update((k, v) for k, v in ctx.cache.items() if k.startswith(_GLOSSARY_INDEX))
    if document is not None:
        target_path = ctx.target.path
        for f in findings:
            if f.document == target_path:
                f.document = document
    if config.suppress or config.baseline:
        apply_suppressions(findings, config)
    return findings


_DEFAULT: Config | None = None


def _default_config() -> Config:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Config()
    return _DEFAULT


def align(source: list[str], target: list[str], source_lang: str | None = None,
          target_lang: str | None = None, *, semantic: bool | None = None) -> list[tuple[list[int], list[int]]]:
    """Align pre-segmented sentences; beads in the Vecalign sense (lists of indices)."""
    from .align import align_sentences
    if not isinstance(source, (list, tuple)) or not isinstance(target, (list, tuple)):
        raise TypeError("align takes two lists of sentences")
    return [(list(s), list(t)) for s, t in align_sentences(list(source), list(target), source_lang,
                                                           target_lang, semantic=semantic)]


__all__ = ["compare", "compare_set", "check_pair", "align", "segment_document",
           "identify_language", "align_documents", "MtcheckError", "Severity"]
