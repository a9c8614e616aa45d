"""Terminology: glossary compliance (required and forbidden terms, from CSV or TBX),
one source term rendered two ways in one translation, one term spelled two ways.

``load_glossary(path)`` is what the pipeline calls when the configuration names a
glossary; the result sits in ``ctx.cache["glossary"]`` for T001/T002.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..load.normalize import normalize_text
from ..model import Evidence, Finding, Segment
from .context import BeadView, CheckContext
from .form import base_lang, load_list
from .registry import rule

STATUSES = ("required", "preferred", "forbidden")

# ---------------------------------------------------------------------------------------
# Glossary
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GlossaryEntry:
    source: str  # may be "" for a forbidden term that is wrong whatever the source says
    targets: tuple[str, ...]  # allowed renderings (required/preferred) or the forbidden term(s)
    source_lang: str = ""
    target_lang: str = ""
    status: str = "required"
    note: str = ""
    line: int = 0


@dataclass
class Glossary:
    path: str
    entries: list[GlossaryEntry] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.entries)

    def for_langs(self, source_lang: str | None, target_lang: str | None) -> list[GlossaryEntry]:
        """Entries that apply to a language pair (an entry without languages applies to all)."""
        sl, tl = base_lang(source_lang), base_lang(target_lang)
        return [e for e in self.entries
                if (not e.source_lang or not sl or base_lang(e.source_lang) == sl)
                and (not e.target_lang or not tl or base_lang(e.target_lang) == tl)]


def load_glossary(path: str | Path) -> Glossary:
    """Read a glossary: CSV (source,target,source_lang,target_lang,status,note) or TBX."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(p, f"cannot read glossary: {e.strerror or e}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise InputError(p, f"glossary is not UTF-8 (line {line})") from None
    suffix = p.suffix.lower()
    if suffix in (".tbx", ".xml", ".tbxm") or (suffix not in (".csv", ".tsv", ".txt")
                                                and text.lstrip().startswith("<")):
        return _parse_tbx(p, text)
    return _parse_csv(p, text, "\t" if suffix == ".tsv" else ",")


def _parse_csv(p: Path, text: str, delimiter: str) -> Glossary:
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    gl = Glossary(str(p))
    header: list[str] | None = None
    try:
        for row in rows:
            line = rows.line_num
            if not row or all(not c.strip() for c in row) or row[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [c.strip().lower() for c in row]
                missing = [c for c in ("source", "target") if c not in header]
                if missing:
                    raise InputError(p, f"line {line}: glossary header must name the columns "
                                        f"source,target[,source_lang,target_lang,status,note] "
                                        f"(missing: {', '.join(missing)})")
                continue
            if len(row) > len(header):
                raise InputError(p, f"line {line}: {len(row)} fields, the header has {len(header)}")
            rec = {k: (row[i].strip() if i < len(row) else "") for i, k in enumerate(header)}
            status = (rec.get("status") or "required").lower()
            if status not in STATUSES:
                raise InputError(p, f"line {line}: unknown status {rec.get('status')!r} "
                                    f"(expected required, preferred or forbidden)")
            # terms as the loaders make the text they are sought in: a Persian term keeps its
            # zero-width non-joiner (رئیس‌جمهور), which a document's text has not
            rec = {k: (normalize_text(v) if k in ("source", "target") else v) for k, v in rec.items()}
            targets = tuple(t.strip() for t in rec.get("target", "").split("|") if t.strip())
            if not targets:
                raise InputError(p, f"line {line}: empty target term")
            if not rec.get("source") and status != "forbidden":
                raise InputError(p, f"line {line}: empty source term")
            gl.entries.append(GlossaryEntry(rec.get("source", ""), targets,
                                            rec.get("source_lang", ""), rec.get("target_lang", ""),
                                            status, rec.get("note", ""), line))
    except csv.Error as e:
        raise InputError(p, f"line {rows.line_num}: malformed CSV: {e}") from None
    if header is None:
        raise InputError(p, "line 1: empty glossary (no header)")
    return gl


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_tbx(p: Path, text: str) -> Glossary:
    from xml.etree.ElementTree import ParseError

    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    try:
        root = DET.fromstring(text.encode("utf-8"), forbid_dtd=False, forbid_entities=True,
                              forbid_external=True)
    except ParseError as e:
        line, col = getattr(e, "position", (0, 0))
        msg = str(e).split(":")[0]
        raise InputError(p, f"malformed TBX at line {line}, column {col + 1}: {msg}") from None
    except DefusedXmlException as e:
        i = text.find("<!ENTITY")
        line = text.count("\n", 0, i) + 1 if i >= 0 else 1
        raise InputError(p, f"line {line}: TBX declares entities or external references "
                            f"({type(e).__name__}); refused for safety") from None
    gl = Glossary(str(p))
    concepts = [el for el in root.iter() if _local(el.tag) in ("termEntry", "conceptEntry")]
    if not concepts:
        raise InputError(p, "line 1: no termEntry/conceptEntry in the TBX file")
    for ci, concept in enumerate(concepts):
        langs: dict[str, list[tuple[str, str]]] = {}
        for ls in concept:
            if _local(ls.tag) not in ("langSet", "langSec"):
                continue
            lang = ls.get(_XML_LANG) or ls.get("lang") or ""
            for ts in ls.iter():
                if _local(ts.tag) not in ("tig", "ntig", "termSec"):
                    continue
                term, status = "", "admitted"
                for el in ts.iter():
                    name = _local(el.tag)
                    if name == "term" and not term:
                        term = normalize_text("".join(el.itertext()))
                    elif name == "termNote" and el.get("type") in ("administrativeStatus",
                                                                   "normativeAuthorization"):
                        v = "".join(el.itertext()).lower()
                        if "deprecated" in v or "superseded" in v:
                            status = "deprecated"
                        elif "preferred" in v:
                            status = "preferred"
                if term:
                    langs.setdefault(lang, []).append((term, status))
        for a, a_terms in langs.items():
            sources = [t for t, st in a_terms if st != "deprecated"]
            for b, b_terms in langs.items():
                if a == b:
                    continue
                good = sorted((t for t, st in b_terms if st != "deprecated"),
                              key=lambda t: next(st for tt, st in b_terms if tt == t) != "preferred")
                bad = tuple(t for t, st in b_terms if st == "deprecated")
                has_pref = any(st == "preferred" for _, st in b_terms)
                for s in sources:
                    if good:
                        gl.entries.append(GlossaryEntry(s, tuple(good), a, b,
                                                        "required" if has_pref else "preferred",
                                                        "", 0))
                    if bad:
                        gl.entries.append(GlossaryEntry(s, bad, a, b, "forbidden", "", 0))
                if bad and not sources:
                    gl.entries.append(GlossaryEntry("", bad, a, b, "forbidden", "", 0))
    return gl


# ---------------------------------------------------------------------------------------
# Word matching: case-insensitive, inflection-aware (suffix stripping per language)
# ---------------------------------------------------------------------------------------
# An elided article or pronoun (French l'hôpital, s'effondre; Italian dell'ospedale) is a
# token of its own, so that the noun matches the glossary term and groups with its other
# occurrences; other apostrophes (don't, aujourd'hui) stay inside the word.
_WORD = re.compile(r"\b(?i:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|"
                   r"coll|quell|un|nessun)['’](?=[^\W\d_])|[^\W\d_]+(?:['’][^\W\d_]+)?")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "ê": "e",
                       "à": "a", "â": "a", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u",
                       "ç": "c", "á": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ì": "i",
                       "ò": "o", "’": "'"})
# Inflectional endings (plural, case, gender) that may follow a term's stem.
_INFLECTIONS = {
    "de": ("", "e", "n", "en", "s", "es", "se", "sen", "nen", "em"),
    "en": ("", "s", "es", "'s", "ies", "ed", "d"),
    "fr": ("", "s", "x", "e", "es", "aux"),
    "es": ("", "s", "es", "a", "as", "o", "os"),
    "it": ("", "i", "e", "a", "o", "he", "hi"),
}
_DEFAULT_INFL = ("", "s", "es", "e", "en", "n")
# Plural endings that also derive other words (German -er: Haus → Häuser, Land → Länder,
# but Wahl → Wähler "voter"): accepted only where a wider match is safe, in the
# translation when looking for an allowed rendering of a required term.
_PLURALS = {"de": ("er", "ern")}
_FINAL_VOWEL_LANGS = ("it", "es", "pt")


@lru_cache(maxsize=1 << 16)  # a document repeats its words: fold and lemma each once
def fold(word: str) -> str:
    return word.lower().translate(_FOLD)


def word_matches(term_word: str, token: str, lang: str, compound: bool = False,
                 plurals: bool = False) -> bool:
    """Does ``token`` (folded) inflect ``term_word`` (folded)? With ``compound`` the token
    may also be a compound whose head is the term (German Megagefängnis ⊃ gefängnis); with
    ``plurals`` also the plural endings that derive other words (German -er)."""
    if term_word == token:
        return True
    infl = _INFLECTIONS.get(lang, _DEFAULT_INFL)
    if plurals:
        infl = infl + _PLURALS.get(lang, ())
    for stem in _stems(term_word, lang):
        if len(stem) < 3:
            continue
        if token.startswith(stem) and token[len(stem):] in infl:
            return True
        if compound and len(stem) >= 5 and len(token) > len(stem) + 2:
            i = token.rfind(stem)
            if i >= 3 and token[i + len(stem):] in infl:
                return True
    return False


def _stems(w: str, lang: str) -> tuple[str, ...]:
    """The term word and its form without its own inflectional ending."""
    out = [w]
    if lang == "en":
        if w.endswith("y") and len(w) > 3:
            out.append(w[:-1])  # policy → polic+ies
        if w.endswith("ies"):
            out.append(w[:-3])
        elif w.endswith("es") and len(w) > 4:
            out.append(w[:-2])
        elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            out.append(w[:-1])
    elif lang == "de":
        for suf in ("en", "n", "e", "s"):
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                out.append(w[: -len(suf)])
                break
        if w.endswith("nis"):
            out.append(w + "s")  # Gefängnis → Gefängnisse
    elif lang == "fr":
        if w.endswith(("s", "x")) and len(w) > 3:
            out.append(w[:-1])
        if w.endswith("al"):
            out.append(w[:-2] + "au")  # journal → journaux
    if lang in _FINAL_VOWEL_LANGS and len(w) > 4 and w[-1] in "aeio":
        out.append(w[:-1])
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def lemma(word: str, lang: str) -> str:
    """A crude lemma for grouping occurrences: folded, one inflectional ending stripped."""
    w = fold(word)
    if lang == "de":
        if w.endswith(("nisse", "nissen")):
            return w[: w.rfind("nis") + 3]
        for suf in ("innen", "en", "es", "e", "n", "s"):
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                return w[: -len(suf)]
        return w
    if lang == "en":
        if w.endswith("'s") and len(w) > 4:
            w = w[:-2]  # the possessive: the hospital's → hospital
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith(("sses", "shes", "ches", "xes", "zes")):
            return w[:-2]
        if w.endswith("s") and not w.endswith(("ss", "us", "is", "ws")) and len(w) > 3:
            return w[:-1]
        return w
    if lang == "fr":
        if w.endswith("aux") and len(w) > 4:
            return w[:-3] + "al"
        if w.endswith(("s", "x")) and len(w) > 3:
            return w[:-1]
        return w
    if lang in _FINAL_VOWEL_LANGS:
        if w.endswith("es") and len(w) > 4 and lang == "es":
            w = w[:-2]
        elif w.endswith("s") and len(w) > 3:
            w = w[:-1]
        if len(w) > 4 and w[-1] in "aeio":
            w = w[:-1]
        return w
    if w.endswith("s") and len(w) > 3:
        return w[:-1]
    return w


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]


def find_term(term: str, tokens: list[tuple[int, int, str]], lang: str,
              compound: bool = False, plurals: bool = False) -> tuple[int, int] | None:
    """Span (into the tokenised text) of the first occurrence of ``term``, inflection-aware."""
    words = [fold(w) for w in _WORD.findall(term)]
    if not words:
        return None
    n = len(words)
    for i in range(len(tokens) - n + 1):
        ok = True
        for k in range(n):
            if not word_matches(words[k], tokens[i + k][2], lang, compound and n == 1, plurals):
                ok = False
                break
        if ok:
            return tokens[i][0], tokens[i + n - 1][1]
    return None


class _Index:
    """Glossary entries for one language pair, indexed by the first letters of their
    first word and by the last letters of their stem (for German compound heads)."""

    def __init__(self, entries: list[GlossaryEntry], sl: str) -> None:
        self.sl = sl
        self.by_prefix: dict[str, list[GlossaryEntry]] = {}
        self.by_tail: dict[str, list[GlossaryEntry]] = {}
        self.forbidden = [e for e in entries if e.status == "forbidden"]
        for e in entries:
            if e.status == "forbidden" or not e.source:
                continue
            words = [fold(w) for w in _WORD.findall(e.source)]
            if not words:
                continue
            self.by_prefix.setdefault(words[0][:3], []).append(e)
            if len(words) == 1:
                for st in _stems(words[0], sl):
                    if len(st) >= 5:
                        self.by_tail.setdefault(st[-4:], []).append(e)

    def candidates(self, tokens: list[tuple[int, int, str]]) -> list[GlossaryEntry]:
        out: dict[int, GlossaryEntry] = {}
        for _, _, tok in tokens:
            for e in self.by_prefix.get(tok[:3], ()):
                out[id(e)] = e
            if self.by_tail:
                for cut in range(0, 4):
                    key = tok[: len(tok) - cut][-4:] if cut else tok[-4:]
                    for e in self.by_tail.get(key, ()):
                        out[id(e)] = e
        return list(out.values())


def _glossary_index(ctx: CheckContext) -> _Index | None:
    gl = ctx.cache.get("glossary")
    if not gl:
        return None
    sl = base_lang(ctx.source.lang) if ctx.source is not None else ""
    tl = base_lang(ctx.target.lang)
    return ctx.cached(f"terminology.index.{sl}.{tl}", lambda: _Index(gl.for_langs(sl, tl), sl))


def _bead_span(bead: BeadView) -> tuple[int, int]:
    return bead.target[0].start, bead.target[-1].end


# ---------------------------------------------------------------------------------------
# T001 glossary-term-missing / T002 glossary-forbidden-term
# ---------------------------------------------------------------------------------------
@rule("T001", "glossary-term-missing", "Terminology/Wrong term", "major", artefact="glossary",
      summary="A glossary source term appears in the source sentence but none of its allowed "
              "renderings appears in the translation (case-insensitive, inflection-aware).",
      why="Agreed terminology (product names, legal terms, house style) is what MT gets wrong "
          "most consistently; a glossary makes the check mechanical.",
      fail=("Die Haftbedingungen sind hart.", "The conditions of custody are harsh."),
      ok=("Die Haftbedingungen sind hart.", "The detention conditions are harsh."),
      needs_source=True)
def glossary_term_missing(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    idx = _glossary_index(ctx)
    if idx is None or (not idx.by_prefix and not idx.by_tail):
        return
    sl, tl = idx.sl, base_lang(ctx.target.lang)
    text = ctx.target.text
    for bead in ctx.beads():
        if not bead.source or not bead.target:
            continue
        stoks = _tokens(bead.source_text)
        cands = idx.candidates(stoks)
        if not cands:
            continue
        ts, te = _bead_span(bead)
        ttoks = _tokens(text[ts:te])
        for e in cands:
            if find_term(e.source, stoks, sl, compound=True) is None:
                continue
            if any(find_term(t, ttoks, tl, compound=(tl == "de"), plurals=True) is not None
                   for t in e.targets):
                continue
            want = " or ".join(f"“{t}”" for t in e.targets)
            sev = "minor" if e.status == "preferred" else None
            note = f" ({e.note})" if e.note else ""
            yield ctx.flag(ts, te, f"glossary: “{e.source}” should be rendered {want}{note}",
                           suggestion=e.targets[0], severity=sev,
                           evidence=[ctx.evidence(ctx.source, None, bead.source_text, note="source")])


@rule("T002", "glossary-forbidden-term", "Terminology/Wrong term", "major", artefact="glossary",
      summary="A term the glossary forbids (deprecated) appears in the translation.",
      why="Deprecated terms are usually forbidden for a reason: legal, brand or a past mistake "
          "that must not come back.",
      fail=("Die Haftbedingungen sind hart.", "The jail conditions are harsh."),
      ok=("Die Haftbedingungen sind hart.", "The detention conditions are harsh."))
def glossary_forbidden_term(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    idx = _glossary_index(ctx)
    if idx is None or not idx.forbidden:
        return
    tl = base_lang(ctx.target.lang)
    allowed: dict[str, tuple[str, ...]] = {}
    gl = ctx.cache.get("glossary")
    if gl:
        for e in gl.for_langs(idx.sl, tl):
            if e.status != "forbidden" and e.source:
                allowed.setdefault(fold(e.source), e.targets)
    for seg in ctx.target.segments:
        toks = _tokens(seg.text)
        if not toks:
            continue
        first = {t[2][:3] for t in toks}
        for e in idx.forbidden:
            for bad in e.targets:
                words = _WORD.findall(bad)
                if not words or fold(words[0])[:3] not in first:
                    continue
                hit = find_term(bad, toks, tl)
                if hit is None:
                    continue
                good = allowed.get(fold(e.source)) if e.source else None
                msg = f"glossary forbids “{bad}”" + (f" (for “{e.source}”)" if e.source else "")
                if good:
                    msg += ": use " + " or ".join(f"“{g}”" for g in good)
                if e.note:
                    msg += f" ({e.note})"
                yield ctx.flag(seg.start + hit[0], seg.start + hit[1], msg,
                               suggestion=good[0] if good else None)


# ---------------------------------------------------------------------------------------
# T003 inconsistent-rendering (no glossary needed)
# ---------------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_list(f"stopwords.{lang}.txt"))


@dataclass
class _BeadWords:
    index: int
    src: dict[str, list[int]]  # source lemma → token positions (index in token list)
    n_src: int
    tgt: dict[str, list[tuple[int, int, int]]]  # target lemma → (token index, start, end) in doc
    n_tgt: int
    src_surface: dict[str, str]
    tgt_surface: dict[str, str]


def _content_words(text: str, lang: str, min_len: int) -> list[tuple[int, int, str, str]]:
    stop = _stopwords(lang)
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        f = fold(w)
        if len(f) < min_len or f in stop:
            continue
        out.append((m.start(), m.end(), w, lemma(w, lang)))
    return out


def _initial(text: str, pos: int) -> bool:
    """Is ``pos`` the first word of a sentence (or of the text)?"""
    before = text[:pos].rstrip(" \"“„«'‘(")
    return not before or before[-1] in ".!?:\n"


_SENT_MARK = re.compile(r"[.!?。]")


def term_beads(ctx: CheckContext) -> list[BeadView]:
    """The beads for document-level term checks. A one-bead context (check_pair) whose two
    sides hold the same number (≥ 3) of sentences is split into sentence pairs."""
    def build() -> list[BeadView]:
        if len(ctx.target.segments) == 1:
            tt = ctx.target.segments[0].text
            if tt.count(".") + tt.count("!") + tt.count("?") + tt.count("。") < 3:
                return []  # one short pair: nothing to compare across sentences
        beads = [b for b in ctx.beads() if b.source and b.target]
        if len(beads) != 1 or len(ctx.target.segments) != 1:
            return beads
        b = beads[0]
        st, tt = b.source_text, b.target_text
        if len(_SENT_MARK.findall(st)) < 3 or len(_SENT_MARK.findall(tt)) < 3:
            return beads
        try:
            from ..segment import sentence_spans
        except ImportError:  # pragma: no cover - segmenter not installed
            return beads
        ss = sentence_spans(st, ctx.source.lang if ctx.source else None)
        ts = sentence_spans(tt, ctx.target.lang)
        if len(ss) != len(ts) or len(ss) < 3:
            return beads
        off = b.target[0].start
        out = []
        for i, ((a, e), (c, d)) in enumerate(zip(ss, ts)):
            out.append(BeadView(i, [Segment(i, 0, "body", a, e, st[a:e])],
                                [Segment(i, 0, "body", off + c, off + d, tt[c:d])]))
        return out

    return ctx.cached("terminology.term_beads", build)


def _bead_words(ctx: CheckContext) -> tuple[list[_BeadWords], set[str], set[str]]:
    def build() -> tuple[list[_BeadWords], set[str], set[str]]:
        sl = base_lang(ctx.source.lang) if ctx.source is not None else ""
        tl = base_lang(ctx.target.lang)
        stop_s = _stopwords(sl)
        out = []
        not_noun: set[str] = set()
        initial_only: set[str] = set()
        src_caps: set[str] = set()
        t_not_noun: set[str] = set()
        t_names: set[str] = set()
        for b in term_beads(ctx):
            src: dict[str, list[int]] = {}
            ssurf: dict[str, str] = {}
            stoks = list(_WORD.finditer(b.source_text))
            for i, m in enumerate(stoks):
                f = fold(m.group())
                if len(f) < 5 or f in stop_s:
                    continue
                lm = lemma(m.group(), sl)
                src.setdefault(lm, []).append(i)
                ssurf.setdefault(lm, m.group())
                if sl == "de" and (m.group()[:1].islower() or
                                   (_initial(b.source_text, m.start()) and lm not in src_caps)):
                    # German nouns are capitalised: lowercase (or only sentence-initial) is no noun
                    if m.group()[:1].islower():
                        not_noun.add(lm)
                    else:
                        initial_only.add(lm)
                elif sl == "de":
                    src_caps.add(lm)
            ts, te = _bead_span(b)
            ttext = ctx.target.text[ts:te]
            tgt: dict[str, list[tuple[int, int, int]]] = {}
            tsurf: dict[str, str] = {}
            ttoks = list(_WORD.finditer(ttext))
            stop_t = _stopwords(tl)
            for i, m in enumerate(ttoks):
                f = fold(m.group())
                if len(f) < 3 or f in stop_t:
                    continue
                lm = lemma(m.group(), tl)
                tgt.setdefault(lm, []).append((i, ts + m.start(), ts + m.end()))
                tsurf.setdefault(lm, m.group())
                w = m.group()
                if tl == "de":
                    if w[:1].islower():
                        t_not_noun.add(lm)
                elif w[:1].isupper() and not _initial(ttext, m.start()):
                    t_names.add(lm)
            out.append(_BeadWords(b.index, src, len(stoks), tgt, len(ttoks), ssurf, tsurf))
        bad_src = not_noun | (initial_only - src_caps)
        return out, bad_src, t_not_noun | t_names

    return ctx.cached("terminology.bead_words", build)


def _parallel_support(ctx: CheckContext, beads: dict[int, BeadView], bead_ids: list[int]) -> tuple[bool | None, str]:
    """Does a parallel version render the term the same way in all these beads?
    True (some word recurs in every counterpart), False (none does), None (no evidence)."""
    verdicts: list[bool] = []
    notes: list[str] = []
    for doc in ctx.parallels:
        if doc.scope != "full" or ctx.alignments.get(doc.path) is None:
            continue
        lang = base_lang(doc.lang)
        stop = _stopwords(lang)
        sets: list[set[str]] = []
        surf: dict[str, str] = {}
        for bi in bead_ids:
            segs = ctx.counterparts(doc, [s.index for s in beads[bi].source])
            if not segs:
                sets = []
                break
            words = set()
            for s in segs:
                for m in _WORD.finditer(s.text):
                    f = fold(m.group())
                    if len(f) >= 4 and f not in stop:
                        lm = lemma(m.group(), lang)
                        words.add(lm)
                        surf.setdefault(lm, m.group())
            sets.append(words)
        if not sets:
            continue
        common = set.intersection(*sets)
        verdicts.append(bool(common))
        if common:
            w = sorted(common, key=len, reverse=True)[0]
            notes.append(f"{doc.lang or doc.path}: “{surf.get(w, w)}” in all {len(bead_ids)} places")
    if not verdicts:
        return None, ""
    return any(verdicts), "; ".join(notes)


@rule("T003", "inconsistent-rendering", "Terminology/Inconsistent", "minor",
      artefact="inconsistent-terminology",
      summary="One source term rendered two ways in one translation: the same source word or "
              "multi-word term (projet de loi, health insurance) is translated one way in most "
              "places and another way here (bill / draft law).",
      why="MT translates sentence by sentence, so a term (Fahrräder → bicycles) can flip to a "
          "near-synonym (bikes) and the reader wonders whether a different thing is meant.",
      fail=("Die Fahrräder sind schwer. Keine Fahrräder im Gefängnis. Fahrräder sind verboten.",
            "The bicycles are heavy. No bicycles in prison. Bikes are banned."),
      ok=("Die Fahrräder sind schwer. Keine Fahrräder im Gefängnis. Fahrräder sind verboten.",
          "The bicycles are heavy. No bicycles in prison. Bicycles are banned."),
      options={"max_beads": 12}, needs_source=True)
def inconsistent_rendering(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if ctx.source is None:
        return
    # a multi-word term (projet de loi → bill / draft law) first: its message names the whole
    # term, so a single-word finding on the same words is left out
    multi = list(_multiword_findings(ctx, opts))
    yield from multi
    spans = [f.text_span or f.span for f in multi]
    for f in _single_word_findings(ctx, opts):
        a, b = f.text_span or f.span
        if not any(a < e and s < b for s, e in spans):
            yield f


def _single_word_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """One source word (Fahrräder) rendered two ways."""
    beads = term_beads(ctx)
    if len(beads) < 3:
        return
    views = {b.index: b for b in beads}
    words, bad_src, bad_tgt = _bead_words(ctx)
    sl = base_lang(ctx.source.lang)
    src_names = ctx.cached("terminology.src_names", lambda: _source_names(words, views, sl, ctx.target.text))
    if len(words) < 3:
        return
    max_beads = int(opts.get("max_beads", 12))
    src_beads: dict[str, set[int]] = {}
    tgt_beads: dict[str, set[int]] = {}
    for bw in words:
        for lm in bw.src:
            src_beads.setdefault(lm, set()).add(bw.index)
        for lm in bw.tgt:
            tgt_beads.setdefault(lm, set()).add(bw.index)
    by_index = {bw.index: bw for bw in words}
    tl = base_lang(ctx.target.lang)
    for L, B in sorted(src_beads.items()):
        if not 3 <= len(B) <= max_beads or L in bad_src or L.endswith(_ADVERB_ENDINGS):
            continue
        surface = by_index[min(B)].src_surface[L]
        if L in src_names:
            continue  # a name: the names rules handle those
        # a target word in every bead of B: the term is rendered consistently
        if any(B <= tb for tb in tgt_beads.values()):
            continue
        if _compound_consistent(B, by_index):
            continue
        # the majority rendering: a word found in ≥ 2 of B's beads and nowhere else
        cands = [(t, tb) for t, tb in tgt_beads.items() if tb < B and len(tb) >= 2]
        if not cands:
            continue
        best = max(len(tb) for _, tb in cands)
        tops = [(t, tb) for t, tb in cands if len(tb) == best]
        if len(tops) != 1 or best * 2 <= len(B):
            continue
        t1, B1 = tops[0]
        if t1 in bad_tgt or len(t1) < 4:
            continue
        # t1 must sit where L sits (relative position) in each of its sentences
        if any(_dpos(by_index[bi], L, t1) > 0.25 or _closer_word(by_index[bi], L, t1, src_beads)
               for bi in B1):
            continue
        # the source term must be what links those beads: no other source lemma with the same beads
        if any(M != L and mb == B1 for M, mb in src_beads.items()):
            continue
        B2 = sorted(B - B1)
        if len(B2) > 1 and len(B2) * 2 >= len(B):
            continue
        for bi in B2:
            bw = by_index[bi]
            hit = _minority_rendering(bw, L, t1, tgt_beads, tl, src_beads)
            if hit is None:
                continue
            t2, (_, s, e) = hit
            if t2 in bad_tgt or _same_word(t1, t2):
                continue
            support, pnote = _parallel_support(ctx, views, sorted(B))
            if support is False:
                continue  # the parallel version varies too: the source term may be polysemous
            kinds = []
            for bj in sorted(B):
                seg0 = views[bj].source[0]
                rend = by_index[bj].tgt_surface.get(t1 if bj in B1 else t2, "?")
                kinds.append(f"{rend} ({seg0.kind})")
            ev = [Evidence(ctx.source.path, f"{surface} → " + ", ".join(kinds), ctx.source.lang,
                           note="renderings in this translation")]
            for bj in sorted(B1):
                tv = views[bj]
                ev.append(ctx.evidence(ctx.target, None, tv.target_text, note=f"“{by_index[bj].tgt_surface[t1]}” here"))
            if pnote:
                ev.append(Evidence(ctx.parallels[0].path if ctx.parallels else "", pnote, None,
                                   note="parallel version renders the term consistently"))
            yield ctx.flag(s, e, f"“{surface}” is rendered “{by_index[min(B1)].tgt_surface[t1]}” "
                                 f"in {len(B1)} other places but “{ctx.target.text[s:e]}” here",
                           suggestion=by_index[min(B1)].tgt_surface[t1], evidence=ev)


def _source_names(words: list[_BeadWords], views: dict[int, BeadView], sl: str, target: str) -> set[str]:
    """Source lemmas that look like names: capitalised mid-sentence (languages that do not
    capitalise nouns), or kept capitalised and verbatim in the translation."""
    out = set()
    kept: dict[str, bool] = {}  # surface -> in the target as written, not in lower case
    for bw in words:
        text = views[bw.index].source_text
        for L, surf in bw.src_surface.items():
            if not surf[:1].isupper():
                continue
            k = kept.get(surf)
            if k is None:  # a long target is searched once per surface, not once per bead
                k = kept[surf] = surf in target and surf.lower() not in target
            if k:
                out.add(L)
            elif sl != "de":
                i = text.find(surf)
                if i > 0 and not _initial(text, i):
                    out.add(L)
    return out


def _dpos(bw: _BeadWords, L: str, t: str) -> float:
    ps = bw.src[L][0] / max(1, bw.n_src - 1)
    pt = bw.tgt[t][0][0] / max(1, bw.n_tgt - 1)
    return abs(ps - pt)


def _closer_word(bw: _BeadWords, L: str, t: str, src_beads: dict[str, set[int]]) -> bool:
    """Does another source word of this sentence, found in no other sentence, sit closer
    to target word t than L does (so t more likely renders that word)?"""
    d = _dpos(bw, L, t)
    pt = bw.tgt[t][0][0] / max(1, bw.n_tgt - 1)
    for M, occ in bw.src.items():
        if M != L and src_beads.get(M) == {bw.index}:
            if abs(occ[0] / max(1, bw.n_src - 1) - pt) < d:
                return True
    return False


def _compound_consistent(B: set[int], by_index: dict[int, _BeadWords], term: tuple[str, ...] = ()) -> bool:
    """Is some target word present in every bead of B, alone or as a compound's head (not
    one spelled like a part of the multi-word ``term`` only)?"""
    first = by_index[min(B)]
    for t in first.tgt:
        if len(t) < 4 or _cognate_of_part(t, term):
            continue
        if all(any(u == t or u.endswith(t) for u in by_index[bi].tgt) for bi in B):
            return True
    return False


_ADVERB_ENDINGS = ("ly", "ment", "mente", "weise")


def _same_word(a: str, b: str) -> bool:
    """Inflectional variants of one word (indien/indienne, wissenschaftlich/-er)."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    if n >= 4 and n >= min(len(a), len(b)) - 3:
        return True
    if n >= 6:
        return True  # one compound modifier (Gefrierschrank / Gefrierfach)
    short, long_ = sorted((a, b), key=len)
    # compound head (Partei / Oppositionspartei, Beamte / Polizeibeamter)
    return len(short) >= 4 and any(long_[:len(long_) - k].endswith(short) for k in range(3))


def _minority_rendering(bw: _BeadWords, L: str, t1: str, tgt_beads: dict[str, set[int]],
                        tl: str, src_beads: dict[str, set[int]]) -> tuple[str, tuple[int, int, int]] | None:
    """The word in this bead that renders source lemma L (other than t1), if one stands out."""
    from rapidfuzz.fuzz import ratio

    pos_s = bw.src[L][0] / max(1, bw.n_src - 1)
    # source words found only in this bead: each may explain a unique target word instead
    others = [bw.src[M][0] / max(1, bw.n_src - 1) for M in bw.src
              if M != L and src_beads.get(M) == {bw.index}]
    scored = []
    for t, occ in bw.tgt.items():
        if tgt_beads.get(t) != {bw.index} or t == t1 or len(t) < 4:
            continue
        i, s, e = occ[0]
        pos_t = i / max(1, bw.n_tgt - 1)
        sim = ratio(t, t1) / 100.0
        dpos = abs(pos_s - pos_t)
        scored.append((sim - dpos, sim, dpos, t, occ[0]))
    if not scored:
        return None
    scored.sort(reverse=True)
    score, sim, dpos, t, occ = scored[0]
    if not (dpos <= 0.15 or (sim >= 0.6 and dpos <= 0.3)):
        return None
    pos_t = occ[0] / max(1, bw.n_tgt - 1)
    if any(abs(p - pos_t) < dpos for p in others):
        return None  # another source word of this sentence sits closer to it
    if len(scored) > 1 and scored[1][0] > score - 0.15:
        return None  # no clear candidate
    return t, occ


# -- T003 for multi-word terms (projet de loi, health insurance, disegno di legge) ------------
# Words that join the parts of a term: projet de loi, Ministry of Health.
_LINKERS = {"fr": frozenset({"de", "d'", "du", "des"}), "es": frozenset({"de", "del"}),
            "it": frozenset({"di", "del", "della", "dei", "degli", "delle", "dello", "dell'"}),
            "pt": frozenset({"de", "do", "da", "dos", "das"}), "en": frozenset({"of"})}
_JOIN = re.compile(r"[ \t\u00a0-]*")  # between a term's words: spaces or a hyphen, no punctuation


@dataclass
class _Tok:
    start: int  # offset into the bead's source text / the target document's text
    end: int
    word: str  # folded
    lemma: str
    content: bool
    joined: bool  # follows the previous token with nothing but spaces (or an elision) between
    cap: bool


@dataclass
class _Unit:
    key: tuple[str, ...]  # lemmas of its content words
    first: int  # token indices in the bead
    last: int


@dataclass
class _BeadToks:
    index: int
    src: list[_Tok]
    tgt: list[_Tok]
    src_units: dict[tuple[str, ...], _Unit]  # first occurrence of each word and term
    tgt_units: dict[tuple[str, ...], _Unit]


def _toks(text: str, lang: str, offset: int = 0) -> list[_Tok]:
    stop = _stopwords(lang)
    link = _LINKERS.get(lang, frozenset())
    out: list[_Tok] = []
    prev = -1
    for m in _WORD.finditer(text):
        f = fold(m.group())
        joined = prev >= 0 and _JOIN.fullmatch(text, prev, m.start()) is not None
        out.append(_Tok(offset + m.start(), offset + m.end(), f, lemma(m.group(), lang),
                        len(f) >= 3 and f not in stop and f not in link, joined,
                        m.group()[:1].isupper()))
        prev = m.end()
    return out


def _units(toks: list[_Tok], lang: str, max_words: int = 3) -> dict[tuple[str, ...], _Unit]:
    """Every content word, and every run of 2–3 content words with at most one linking word
    between two of them (assurance maladie, projet de loi, health insurance)."""
    link = _LINKERS.get(lang, frozenset())
    out: dict[tuple[str, ...], _Unit] = {}
    n = len(toks)
    for i, t in enumerate(toks):
        if not t.content:
            continue
        key, j = (t.lemma,), i
        out.setdefault(key, _Unit(key, i, i))
        while len(key) < max_words:
            k = j + 1
            if k + 1 < n and toks[k].word in link and toks[k].joined and toks[k + 1].joined:
                k += 1
            if k >= n or not toks[k].content or not toks[k].joined:
                break
            key, j = key + (toks[k].lemma,), k
            out.setdefault(key, _Unit(key, i, j))
    return out


def _bead_toks(ctx: CheckContext) -> list[_BeadToks]:
    def build() -> list[_BeadToks]:
        sl = base_lang(ctx.source.lang) if ctx.source is not None else ""
        tl = base_lang(ctx.target.lang)
        out = []
        for b in term_beads(ctx):
            ts, te = _bead_span(b)
            st = _toks(b.source_text, sl)
            tt = _toks(ctx.target.text[ts:te], tl, ts)
            out.append(_BeadToks(b.index, st, tt, _units(st, sl), _units(tt, tl)))
        return out

    return ctx.cached("terminology.bead_toks", build)


def _centre(u: _Unit, n: int) -> float:
    return (u.first + u.last) / 2 / max(1, n - 1)


def _term_surface(views: dict[int, BeadView], toks: dict[int, _BeadToks], B: list[int],
                  S: tuple[str, ...]) -> str:
    """The term as the source writes it, mid-sentence if it ever is (health insurance)."""
    forms = []
    for bi in B:
        text, bt = views[bi].source_text, toks[bi]
        u = bt.src_units[S]
        forms.append((_initial(text, bt.src[u.first].start), text[bt.src[u.first].start:bt.src[u.last].end]))
    return min(forms, key=lambda f: f[0])[1]


def _source_terms(bt: list[_BeadToks], max_beads: int) -> dict[tuple[str, ...], set[int]]:
    """Source words and multi-word terms in 3..max_beads beads, the longest form of each
    (projet de loi, not projet)."""
    beads: dict[tuple[str, ...], set[int]] = {}
    for b in bt:
        for key in b.src_units:
            beads.setdefault(key, set()).add(b.index)
    terms = {k: B for k, B in beads.items()
             if 3 <= len(B) <= max_beads and max(map(len, k)) >= 5}
    inside = _inside_longer(terms)
    return {k: B for k, B in terms.items() if k not in inside}


def _inside_longer(terms: dict[tuple[str, ...], set[int]]) -> set[tuple[str, ...]]:
    """The keys that sit inside a longer key with the same beads (bill in draft bill),
    found from each key's own sub-runs: linear in the terms, not pair by pair."""
    out = set()
    for k2, B2 in terms.items():
        for n in range(1, len(k2)):
            for i in range(len(k2) - n + 1):
                sub = k2[i:i + n]
                if terms.get(sub) == B2:
                    out.add(sub)
    return out


def _bad_rendering(key: tuple[str, ...], bad_tgt: set[str], tl: str) -> bool:
    """A name, or (German) a head that is no noun."""
    if _nouns_capitalised(tl):
        return key[-1] in bad_tgt
    return any(w in bad_tgt for w in key)


def _covers(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Does every word of b have a form of itself in a (bill ⊂ draft bill)?"""
    return all(any(_same_word(x, y) for x in a) for y in b)


def _kin(a: str, b: str) -> bool:
    """One word, or two compounds on one stem (klimaschutz / klimawandel)."""
    return len(a) >= 5 and len(b) >= 5 and (a[:5] == b[:5] or _same_word(a, b))


def _majority(S: tuple[str, ...], B: set[int], t_beads: dict[tuple[str, ...], set[int]]) -> tuple[tuple[str, ...], set[int]] | None:
    """The one rendering found in most of B's beads (more than half) and nowhere else."""
    cands = {t: tb for t, tb in t_beads.items() if tb < B and len(tb) >= 2}
    # a word inside a longer rendering with the same beads is that rendering (health insurance)
    inside = _inside_longer(cands)
    cands = {t: tb for t, tb in cands.items() if t not in inside}
    if not cands:
        return None
    best = max(len(tb) for tb in cands.values())
    tops = [(t, tb) for t, tb in cands.items() if len(tb) == best]
    if len(tops) != 1 or best * 2 <= len(B):
        return None
    return tops[0]


def _run_rendering(b: _BeadToks, S: tuple[str, ...], t1: tuple[str, ...], tl: str,
                   s_beads: dict[tuple[str, ...], set[int]],
                   t_beads: dict[tuple[str, ...], set[int]]) -> _Unit | None:
    """The words of this bead that render term S instead of t1: target words found in no
    other bead, nearer to S's place than to any other source word found only here, in one
    run (draft law), widened by the words it shares with t1 (sickness insurance)."""
    ns, nt = len(b.src), len(b.tgt)
    ps = _centre(b.src_units[S], ns)
    link = _LINKERS.get(tl, frozenset())
    others = [i / max(1, ns - 1) for i, t in enumerate(b.src)
              if t.content and t.lemma not in S and s_beads.get((t.lemma,)) == {b.index}]
    mine = []
    for i, t in enumerate(b.tgt):
        if not t.content or t.lemma in t1 or t_beads.get((t.lemma,)) != {b.index}:
            continue
        d = abs(i / max(1, nt - 1) - ps)
        if not any(abs(i / max(1, nt - 1) - p) < d for p in others):
            mine.append(i)
    if not mine or any(not b.tgt[k].joined or (k not in mine and b.tgt[k].word not in link)
                       for k in range(mine[0] + 1, mine[-1] + 1)):
        # none or two places: look again with places that count content words too
        span = _nearest_run(b, S, t1, tl, s_beads, t_beads)
        if span is None:
            return None
        first, last = span
    elif len(mine) == 1 and len(t1) > 1:  # a noun whose adjective sat a little further on
        first, last = _nearest_run(b, S, t1, tl, s_beads, t_beads, mine[0]) or (mine[0], mine[0])
    else:
        first, last = mine[0], mine[-1]
    while _nouns_capitalised(tl) and last > first and not b.tgt[last].cap:
        last -= 1  # a German term ends in its noun (Krankenkasse, not Krankenkasse scharf)
    u = b.src_units[S]

    def too_long() -> bool:
        return sum(t.content for t in b.tgt[first:last + 1]) > max(2, len(S))

    if too_long() and _unique_next(b, u.last + 1, s_beads, True):
        last -= 1  # projet de loi prévoit → draft law provides: the last word is the verb's
    if too_long() and _unique_next(b, u.first - 1, s_beads, False):
        first += 1
    while first > 0 and b.tgt[first].joined and b.tgt[first - 1].lemma in t1:
        first -= 1
    while last + 1 < nt and b.tgt[last + 1].joined and b.tgt[last + 1].lemma in t1:
        last += 1
    key = tuple(t.lemma for t in b.tgt[first:last + 1] if t.content)
    if len(key) > len(S) + 1 or len("".join(key)) < 4:
        return None
    return _Unit(key, first, last)


# articles and demonstratives, folded: what opens a noun phrase.  Only the Romance
# languages, whose terms put the adjective after the noun (incendios forestales); in German
# a determiner stands before genitives and compounds alike (des Unternehmens)
_DETERMINERS = {
    "es": frozenset("el la los las un una unos unas este esta estos estas ese esa esos esas".split()),
    "fr": frozenset("le la les l un une des du ce cet cette ces".split()),
    "it": frozenset("il lo la i gli le l un uno una questo questa questi queste".split()),
    "pt": frozenset("o a os as um uma uns umas este esta estes estas esse essa esses essas".split()),
    "ca": frozenset("el la els les l un una uns unes aquest aquesta aquests aquestes".split()),
}


def _places(toks: list[_Tok]) -> list[float]:
    """Each token's place in its sentence, 0..1: the mean of its place among the tokens and
    among the content words (a function word takes the place of the content word before it)."""
    n, nc = len(toks), sum(t.content for t in toks)
    out, k = [], -1
    for i, t in enumerate(toks):
        k += t.content
        out.append((i / max(1, n - 1) + max(k, 0) / max(1, nc - 1)) / 2)
    return out


def _nearest_run(b: _BeadToks, S: tuple[str, ...], t1: tuple[str, ...], tl: str,
                 s_beads: dict[tuple[str, ...], set[int]],
                 t_beads: dict[tuple[str, ...], set[int]],
                 head: int | None = None) -> tuple[int, int] | None:
    """In a Romance target: the unexplained word after a determiner nearest the term's place
    (or the given head), with the unexplained words joined to it up to t1's length (fuegos
    silvestres for incendios forestales).  Places count content words too: languages put
    different numbers of function words before a term (the wildfires ~ que los fuegos), and
    the lists of function words differ (said is one, dijeron is not)."""
    det = _DETERMINERS.get(tl)
    if det is None:
        return None
    s_at, t_at = _places(b.src), _places(b.tgt)
    u = b.src_units[S]
    ps = (s_at[u.first] + s_at[u.last]) / 2
    free = [t.content and t.lemma not in t1 and t_beads.get((t.lemma,)) == {b.index} for t in b.tgt]
    if head is None:
        others = [s_at[i] for i, t in enumerate(b.src)
                  if t.content and t.lemma not in S and s_beads.get((t.lemma,)) == {b.index}]
        # a noun phrase's head after its determiner (las llamas), not a verb at the right place
        near = [(abs(t_at[i] - ps), i) for i in range(1, len(b.tgt))
                if free[i] and b.tgt[i].joined and b.tgt[i - 1].word in det]
        near = [(d, i) for d, i in near if not any(abs(t_at[i] - p) < d for p in others)]
        if not near:
            return None
        d, head = min(near)
        if d > 0.15:
            return None
    # the words joined to it that are as near the term's place (fuegos silvestres, not
    # llamas crecieron), up to t1's length
    first = last = head

    def joins(i: int, after: int) -> bool:
        return 0 <= i < len(b.tgt) and free[i] and b.tgt[after].joined and abs(t_at[i] - ps) <= 0.15

    while last - first + 1 < len(t1) and joins(last + 1, last + 1):
        last += 1
    while last - first + 1 < len(t1) and joins(first - 1, first):
        first -= 1
    return first, last


def _unique_next(b: _BeadToks, i: int, s_beads: dict[tuple[str, ...], set[int]], after: bool) -> bool:
    """Is source token i, right next to a term (no space-only gap to it), a content word
    found in no other bead?"""
    if not 0 <= i < len(b.src):
        return False
    t = b.src[i]
    touching = t.joined if after else i + 1 < len(b.src) and b.src[i + 1].joined
    return t.content and touching and s_beads.get((t.lemma,)) == {b.index}


def _multiword_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A multi-word source term (projet de loi) rendered two ways (bill / draft law), or a
    word rendered by several (Krankenversicherung → health insurance / sickness fund)."""
    from rapidfuzz.fuzz import ratio

    beads = term_beads(ctx)
    if len(beads) < 3:
        return
    views = {b.index: b for b in beads}
    words, bad_src, bad_tgt = _bead_words(ctx)
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    src_names = ctx.cached("terminology.src_names",
                           lambda: _source_names(words, views, sl, ctx.target.text))
    bt = _bead_toks(ctx)
    by_index = {bw.index: bw for bw in words}
    toks = {b.index: b for b in bt}
    s_beads: dict[tuple[str, ...], set[int]] = {}
    t_beads: dict[tuple[str, ...], set[int]] = {}
    for b in bt:
        for k in b.src_units:
            s_beads.setdefault(k, set()).add(b.index)
        for k in b.tgt_units:
            t_beads.setdefault(k, set()).add(b.index)
    for S, B in sorted(_source_terms(bt, int(opts.get("max_beads", 12))).items()):
        if any(w in src_names for w in S) or S[-1] in bad_src:
            continue  # a name (the names rules handle those), or no noun
        if any(B <= tb and not _cognate_of_part(t[0], S) for t, tb in t_beads.items() if len(t) == 1) \
                or _compound_consistent(B, by_index, S):
            continue  # one word renders it everywhere (not one that renders a part of it only)
        top = _majority(S, B, t_beads)
        if top is None:
            continue
        t1, B1 = top
        if len(S) == 1 and (len(t1) == 1 or S[0] in bad_src or S[0].endswith(_ADVERB_ENDINGS)):
            continue  # one word rendered by one word: the single-word check's case
        if _bad_rendering(t1, bad_tgt, tl) or len("".join(t1)) < 4:
            continue
        if any(abs(_centre(toks[bi].src_units[S], len(toks[bi].src))
                   - _centre(toks[bi].tgt_units[t1], len(toks[bi].tgt))) > 0.25 for bi in B1):
            continue  # t1 is not where the term is
        # the term must be what links those beads: no other source word with the same beads
        if any(M != S and mb == B1 and not set(M) & set(S) for M, mb in s_beads.items()):
            continue
        # nor, for a rendering of several words, another word beside the term in all of them
        # (Labour leader → Labour-Chef renders two source words, not leader)
        if len(t1) > 1 and any(len(M) == 1 and M[0] not in S and B1 <= mb for M, mb in s_beads.items()):
            continue
        B2 = sorted(B - B1)
        if len(B2) > 1 and len(B2) * 2 >= len(B):
            continue
        for bi in B2:
            yield from _multiword_flag(ctx, S, B, t1, B1, toks, bi, views, s_beads, t_beads,
                                       bad_tgt, tl, ratio)


def _cognate_of_part(t: str, S: tuple[str, ...]) -> bool:
    """Is target word ``t`` spelled like one word of the multi-word source term ``S`` (carbon
    ~ carbone in taxe carbone)?  Then it renders that word, and the term's other words may
    still be rendered two ways (carbon tax / carbon levy)."""
    from rapidfuzz.fuzz import ratio
    return len(S) > 1 and len(t) >= 4 and any(
        len(w) >= 4 and (ratio(t, w) >= 80 or t[:5] == w[:5]) for w in S)


def _multiword_flag(ctx: CheckContext, S: tuple[str, ...], B: set[int], t1: tuple[str, ...],
                    B1: set[int], toks: dict[int, _BeadToks], bi: int, views: dict[int, BeadView],
                    s_beads: dict, t_beads: dict, bad_tgt: set[str], tl: str, ratio) -> Iterator[Finding]:
    b = toks[bi]
    u = _run_rendering(b, S, t1, tl, s_beads, t_beads)
    if u is None or _bad_rendering(u.key, bad_tgt, tl):
        return
    if _covers(u.key, t1) or _covers(t1, u.key):
        return  # one rendering inside the other (bill / draft bill): a variant, not a new term
    if any(_kin(t.word, w) for k, t in enumerate(b.tgt) if not u.first <= k <= u.last for w in t1):
        return  # a relative of t1 elsewhere in the sentence (Klimaschutz / Klimawandel) renders it
    sim = ratio(" ".join(u.key), " ".join(t1)) / 100.0
    d = abs(_centre(b.src_units[S], len(b.src)) - _centre(u, len(b.tgt)))
    if not (d <= 0.15 or (sim >= 0.6 and d <= 0.3)):
        return
    support, pnote = _parallel_support(ctx, views, sorted(B))
    if support is False:
        return  # the parallel version varies too: the source term may be polysemous
    surface = _term_surface(views, toks, sorted(B), S)
    text = ctx.target.text

    def rendering(bj: int) -> str:
        tb = toks[bj]
        v = tb.tgt_units[t1] if bj in B1 else u if bj == bi else None
        return text[tb.tgt[v.first].start:tb.tgt[v.last].end] if v else "?"

    mid = [bj for bj in sorted(B1) if not _initial(text, toks[bj].tgt[toks[bj].tgt_units[t1].first].start)]
    t1_surface = rendering((mid or sorted(B1))[0])  # as written mid-sentence, if it ever is
    kinds = [f"{rendering(bj)} ({views[bj].source[0].kind})" for bj in sorted(B)
             if bj in B1 or bj == bi]
    ev = [Evidence(ctx.source.path, f"{surface} → " + ", ".join(kinds), ctx.source.lang,
                   note="renderings in this translation")]
    for bj in sorted(B1):
        ev.append(ctx.evidence(ctx.target, None, views[bj].target_text, note=f"“{rendering(bj)}” here"))
    if pnote:
        ev.append(Evidence(ctx.parallels[0].path if ctx.parallels else "", pnote, None,
                           note="parallel version renders the term consistently"))
    s, e = b.tgt[u.first].start, b.tgt[u.last].end
    yield ctx.flag(s, e, f"“{surface}” is rendered “{t1_surface}” in {len(B1)} other places "
                         f"but “{text[s:e]}” here", suggestion=t1_surface, evidence=ev)


# ---------------------------------------------------------------------------------------
# T004 inconsistent-spelling
# ---------------------------------------------------------------------------------------
_HYPHENED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
_SOLID = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
_SPACED = re.compile(r"(?<![\w-])(?=([^\W\d_]+) ([^\W\d_]+)(?![\w-]))")
_PARTICLES = frozenset("up out down off in on over back away by about around through".split())
_SENT_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\"“„«(\[—–-]\s*)$")


def _nouns_capitalised(lang: str) -> bool:
    return lang in ("de", "lb")


@rule("T004", "inconsistent-spelling", "Terminology/Inconsistent", "minor",
      artefact="inconsistent-terminology",
      summary="One term spelled two ways in one document: open, hyphenated or closed "
              "(mega prison / mega-prison / megaprison; e-mail / email).",
      why="Mixed spellings of the same compound are the seams of sentence-by-sentence MT and "
          "post-editing; house style wants one.",
      fail=("Das Megagefängnis ist voll. Das Megagefängnis ist neu.",
            "The mega prison is full. The mega-prison is new. The mega-prison is large."),
      ok=("Das Megagefängnis ist voll. Das Megagefängnis ist neu.",
          "The mega-prison is full. The mega-prison is new."),
      options={"min_length": 5})
def inconsistent_spelling(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    text = ctx.target.text
    if "-" not in text:
        return  # every variant pair involves a hyphenated form or a space/closed pair with one
    lang = base_lang(ctx.target.lang)
    min_len = int(opts.get("min_length", 5))
    ignore = load_list(f"compound_distinct.{lang}.txt")
    stop = _stopwords(lang)
    forms: dict[str, dict[str, list[tuple[int, int, str]]]] = {}
    names: set[str] = set()

    def add(key: str, kind: str, s: int, e: int) -> None:
        forms.setdefault(key, {}).setdefault(kind, []).append((s, e, text[s:e]))

    for m in _HYPHENED.finditer(text):
        parts = m.group().split("-")
        if any(p.isupper() and len(p) > 1 for p in parts):
            continue
        if parts[0].lower() in ("re", "co", "de", "pre") and lang == "en":
            continue
        key = "".join(parts).lower()
        add(key, "hyphen", m.start(), m.end())
        if _is_name(text, m.start(), m.group(), lang):
            names.add(key)
    if not forms:
        return
    keys = set(forms)
    for m in _SOLID.finditer(text):
        k = m.group().lower()
        if k in keys:
            add(k, "closed", m.start(), m.end())
            if _is_name(text, m.start(), m.group(), lang):
                names.add(k)
    for m in _SPACED.finditer(text):
        a, b = m.group(1), m.group(2)
        k = (a + b).lower()
        if k not in keys or a.lower() in stop or b.lower() in stop or b.lower() in _PARTICLES:
            continue
        s = m.start(1)
        add(k, "open", s, s + len(a) + 1 + len(b))
        if _is_name(text, s, a, lang) or (not _nouns_capitalised(lang) and b[:1].isupper()):
            names.add(k)
    for key, kinds in forms.items():
        if len(kinds) < 2 or len(key) < min_len or key in names or key in ignore:
            continue
        counts = {k: len(v) for k, v in kinds.items()}
        order = sorted(kinds, key=lambda k: (-counts[k], kinds[k][0][0]))
        major = order[0]
        if counts[major] == counts[order[1]] and counts[major] == 1:
            # 1 : 1: flag the later one
            major = min(kinds, key=lambda k: kinds[k][0][0])
        maj_form = kinds[major][0][2]
        for kind in kinds:
            if kind == major:
                continue
            for s, e, surf in kinds[kind]:
                yield ctx.flag(s, e, f"“{surf}” is written “{maj_form}” elsewhere in this "
                                     f"document ({counts[major]}×)", suggestion=_match_case(maj_form, surf))


def _is_name(text: str, start: int, word: str, lang: str) -> bool:
    """A capitalised word not at the start of a sentence (languages that do not capitalise nouns)."""
    if _nouns_capitalised(lang) or not word[:1].isupper():
        return False
    return not _SENT_START.search(text[max(0, start - 4):start])


def _match_case(form: str, like: str) -> str:
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form
