"""Streaming readers for bilingual corpora: TMX 1.4, XLIFF 1.2 and 2.x, gettext PO, TSV,
CSV, JSONL, Qt Linguist .ts, Xcode string catalogues (.xcstrings, read whole: JSON).

Each reader yields :class:`PairRecord` one at a time and holds at most one unit (plus a
small language-detection buffer) in memory, whatever the size of the file, so
``mtcheck batch`` can run over millions of segment pairs.

Why lxml's streaming parser and not Translate Toolkit's storage classes
-----------------------------------------------------------------------
``translate.storage.tmx.tmxfile`` / ``xliff.xlifffile`` parse the whole document into an
lxml tree and then wrap every unit in a Python object, so their memory grows with the
file.  Measured on this machine (2 shared cores; Python 3.11, lxml 6.0, Translate Toolkit
3.20.4) on a generated TMX of 200,000 units (85 MB, en-de sentences), peak RSS of a fresh
process reading every source/target pair, and its CPU time:

    ==================================  ==========  ==========
    reader                               peak RSS    CPU time
    ==================================  ==========  ==========
    translate.storage.tmx.tmxfile          671 MB      11.2 s
    mtcheck.load.corpus.read_corpus         24 MB       5.1 s
    ==================================  ==========  ==========

(tests/test_corpus_readers.py checks the streaming property with a 200,000-unit TMX.)
A pull parser (``lxml.etree.XMLPullParser``, fed 64 KiB at a time) with a tag filter lets
libxml2 do the scanning in C; we handle one ``<tu>`` /
``<trans-unit>`` / ``<unit>`` at its end event, then clear it and delete the siblings
already seen, so the tree never holds more than the current unit.

Safety: the parser never loads a DTD, never touches the network, never substitutes
entities, and keeps libxml2's size limits (``huge_tree=False``).  A document whose
internal DTD subset declares entities (the billion-laughs and external-entity
patterns) is refused outright with :class:`~mtcheck.errors.InputError`, before any unit
is read; even without that check nothing would be expanded or fetched (unexpanded
entity references are dropped from the text).

Text of inline elements: a segment's text is everything written inside it, inline
elements included, so a TMX ``<seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept
i="1">&lt;/b&gt;</ept></seg>`` reads ``Click <b>here</b>`` (the original string, as the
rules see it in any other input), ``<hi>``/``<mrk>``/``<sub>`` keep their text, the
formatting codes XLIFF ``<g id="1">`` and ``<pc id="1">`` stay around theirs as written,
and empty placeholders (XLIFF ``<x/>``, ``<bx/>``, ``<ex/>``, 2.x ``<ph/>``, ``<sc/>``,
``<ec/>``) contribute their ``equiv-text``/``equiv`` attribute, else themselves
(``<x id="2"/>``), so M002 sees a code the translation dropped; XLIFF 2 ``<cp hex="…"/>``
becomes the character.

Languages: from the file where it carries them (TMX ``srclang`` and ``xml:lang``, XLIFF
``source-language``/``target-language`` or ``srcLang``/``trgLang``, TSV/CSV header
language columns or ``source_lang``/``target_lang`` columns, JSONL keys); else the
caller's ``source_lang``/``target_lang``; else detected once per file on the first
``detect_sample`` pairs with :func:`mtcheck.langid.detect_language` (imported lazily).
A PO file names its target language in the header entry (``Language:``) and its
encoding there too (``charset=``, used unless ``--encoding`` is given); the header, obsolete
(``#~``) and untranslated entries are skipped; fuzzy entries are checked (MT pre-translation
usually lands as fuzzy, and that is what needs checking; ``fuzzy=False``, ``--no-fuzzy``
skips them, as msgfmt does), and each plural form is its own pair (``msgstr[0]`` against ``msgid``, the others against
``msgid_plural``).  For a TMX with more than two languages, ``source_lang``/``target_lang`` pick the
``<tuv>`` elements (without ``target_lang``, the first unit's target language holds for
the whole file; units without it are skipped and counted).
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import json
import os
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from ..errors import InputError, MtcheckError
from ..langs import is_iso639_1

__all__ = ["PairRecord", "CorpusReader", "read_corpus", "detect_corpus_format", "CORPUS_FORMATS",
           "is_corpus_file"]

CORPUS_FORMATS = ("tmx", "xliff", "po", "tsv", "csv", "jsonl", "qt", "xcstrings")

_SUFFIXES = {
    ".tmx": "tmx", ".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff", ".mqxliff": "xliff",
    ".po": "po", ".pot": "po", ".tsv": "tsv", ".tab": "tsv", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".ts": "qt", ".xcstrings": "xcstrings",
}


class PairRecord(NamedTuple):
    """One segment pair as read from a corpus file."""

    id: str
    source: str
    target: str
    source_lang: str | None
    target_lang: str | None
    origin_line: int  # 1-based line in the file where the unit / row starts


# -- languages ------------------------------------------------------------------------
_LANG_TAG = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")


@functools.lru_cache(maxsize=1024)
def norm_lang(tag: str | None) -> str | None:
    """``en_US`` → ``en-us``; empty → None."""
    if tag is None:
        return None
    t = str(tag).strip().replace("_", "-").lower()
    return t or None


def base_lang(tag: str | None) -> str | None:
    """The primary subtag (``de-ch`` → ``de``): what the rules and langid work with."""
    t = norm_lang(tag)
    return t.split("-", 1)[0] if t else None


def _lang_matches(have: str | None, want: str | None) -> bool:
    """``want`` "de" matches "de-de"; "de-ch" matches only "de-ch"."""
    h, w = norm_lang(have), norm_lang(want)
    if not h or not w:
        return False
    return h == w or ("-" not in w and h.split("-", 1)[0] == w)


def _looks_like_lang_header(cell: str) -> bool:
    m = _LANG_TAG.match(cell.strip())
    return bool(m) and is_iso639_1(m.group(1))


# -- format detection ---------------------------------------------------------------------
def detect_corpus_format(path: str | os.PathLike[str]) -> str | None:
    """tmx / xliff / po / tsv / csv / jsonl from the suffix, else by sniffing; None if unknown."""
    p = Path(path)
    fmt = _SUFFIXES.get(p.suffix.lower())
    if fmt:
        return fmt
    try:
        with open(p, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        low = text.lower()
        if "<tmx" in low:
            return "tmx"
        if "<xliff" in low:
            return "xliff"
        if "<ts" in low:
            return "qt"
        return None
    if text.startswith("{"):
        return "jsonl"
    if _PO_SNIFF.search(text):
        return "po"
    first = text.split("\n", 1)[0]
    if "\t" in first:
        return "tsv"
    return None


def is_corpus_file(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in _SUFFIXES


def _check_file(path: Path) -> None:
    try:
        path.stat()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror or e})") from None
    if path.is_dir():
        raise InputError(path, "is a directory (an article set needs an mtcheck.toml manifest)")
    if not os.access(path, os.R_OK):
        raise InputError(path, "permission denied")


# -- the public reader ----------------------------------------------------------------------
class _PairReader:
    """What every pair reader keeps: the languages it was given, the encoding, how to
    detect a language the input does not name, and how many units it skipped."""

    path: Path

    def _options(self, source_lang: str | None, target_lang: str | None, encoding: str | None,
                 detect: bool, detect_sample: int,
                 detector: Callable[[str], str | None] | None) -> None:
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise InputError(self.path, f"unknown encoding {encoding!r}") from None
        self.source_lang = norm_lang(source_lang)
        self.target_lang = norm_lang(target_lang)
        self.encoding = encoding
        self.detect = detect
        self.detect_sample = max(1, int(detect_sample))
        self.detector = detector
        self.skipped = 0
        self.detected: tuple[str | None, str | None] | None = None
        # the languages a multilingual file (TMX) holds, to say so when --source-lang or
        # --target-lang picks none of its units (a few dozen at most: kept whole)
        self.languages: set[str] = set()


class CorpusReader(_PairReader):
    """Iterate the pairs of one corpus file; ``skipped`` counts units without a translation
    (and fuzzy PO entries when ``fuzzy`` is False).

    Iterating twice reads the file twice (nothing is cached).
    """

    def __init__(self, path: str | os.PathLike[str], *, source_lang: str | None = None,
                 target_lang: str | None = None, fmt: str | None = None,
                 encoding: str | None = None, detect: bool = True, detect_sample: int = 200,
                 detector: Callable[[str], str | None] | None = None, fuzzy: bool = True) -> None:
        self.path = Path(path)
        _check_file(self.path)
        self.format = fmt or detect_corpus_format(self.path)
        if self.format not in CORPUS_FORMATS:
            raise InputError(self.path, "unknown corpus format (expected .tmx, .xlf/.xliff, .po, "
                                        ".tsv, .csv, .jsonl, Qt .ts or .xcstrings)")
        self._options(source_lang, target_lang, encoding, detect, detect_sample, detector)
        self.fuzzy = fuzzy  # PO entries marked fuzzy: checked unless False

    def _raw(self) -> Iterator[PairRecord]:
        reader = {"tmx": _read_tmx, "xliff": _read_xliff, "po": _read_po, "tsv": _read_tsv,
                  "csv": _read_csv, "jsonl": _read_jsonl, "qt": _read_qt,
                  "xcstrings": _read_xcstrings}[self.format]
        return reader(self)

    def __iter__(self) -> Iterator[PairRecord]:
        self.skipped = 0
        return _with_languages(self, self._raw())


def read_corpus(path: str | os.PathLike[str], **kwargs: Any) -> CorpusReader:
    """Open a corpus file for streaming; see :class:`CorpusReader` for the options."""
    return CorpusReader(path, **kwargs)


# -- language fill-in and detection ---------------------------------------------------------
def _fill(rec: PairRecord, src: str | None, tgt: str | None) -> PairRecord:
    if (rec.source_lang or not src) and (rec.target_lang or not tgt):
        return rec
    return rec._replace(source_lang=rec.source_lang or src, target_lang=rec.target_lang or tgt)


def _with_languages(r: _PairReader, records: Iterable[PairRecord]) -> Iterator[PairRecord]:
    flag_s, flag_t = r.source_lang, r.target_lang
    pending: list[PairRecord] = []
    det: tuple[str | None, str | None] | None = None
    for rec in records:
        rec = _fill(rec, flag_s, flag_t)
        if det is not None:
            yield _fill(rec, *det)
            continue
        if pending or rec.source_lang is None or rec.target_lang is None:
            pending.append(rec)
            if len(pending) >= r.detect_sample:
                det = _detect(r, pending)
                yield from (_fill(p, *det) for p in pending)
                pending = []
            continue
        yield rec
    if pending:
        det = _detect(r, pending)
        yield from (_fill(p, *det) for p in pending)


def _detect(r: _PairReader, recs: list[PairRecord]) -> tuple[str | None, str | None]:
    need_s = any(x.source_lang is None for x in recs)
    need_t = any(x.target_lang is None for x in recs)
    if not r.detect:
        if need_s or need_t:
            side = "source" if need_s else "target"
            raise InputError(r.path, f"the file does not say the {side} language; "
                                     f"give --{side}-lang")
        return (None, None)
    detector = r.detector
    if detector is None:
        try:
            from ..langid import detect_language as detector  # noqa: N813
        except ImportError:
            raise MtcheckError(f"{r.path}: language detection is unavailable; give "
                               "--source-lang and --target-lang") from None
    out: list[str | None] = []
    for side, need in (("source", need_s), ("target", need_t)):
        if not need:
            out.append(None)
            continue
        sample = "\n".join(getattr(x, side) for x in recs if getattr(x, f"{side}_lang") is None)
        lang = norm_lang(detector(sample[:5000])) if sample.strip() else None
        if not lang:
            raise InputError(r.path, f"cannot tell the {side} language from the first "
                                     f"{len(recs)} pairs; give --{side}-lang")
        out.append(lang)
    r.detected = (out[0], out[1])
    return r.detected


# -- XML ----------------------------------------------------------------------------------
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _iterparse(path: Path, tags: tuple[str, ...], events: tuple[str, ...] = ("start", "end")
               ) -> Iterator[tuple[str, Any]]:
    """(event, element) for the given local names, safely; malformed XML → InputError."""
    from lxml import etree

    # a pull parser fed in chunks, not iterparse: lxml 6.2's iterparse raises a syntax error
    # before it hands out the events parsed ahead of it in the same read, so a unit before
    # the damage was lost; the pull parser keeps them readable after the error
    parser = etree.XMLPullParser(
        events=events, tag=tuple("{*}" + t for t in tags),
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
        remove_comments=True, remove_pis=True, recover=False,
    )
    etree.clear_error_log()  # the thread's log: so it holds only this parse's errors
    checked = False

    def drain() -> Iterator[tuple[str, Any]]:
        nonlocal checked
        for ev, el in parser.read_events():
            if not checked:
                checked = True
                _refuse_entities(path, el)
            yield ev, el

    err = None
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 16):
                try:
                    parser.feed(chunk)
                except etree.XMLSyntaxError as e:
                    err = e
                    break
                yield from drain()
        if err is None:
            try:
                parser.close()
            except etree.XMLSyntaxError as e:
                err = e
    except OSError as e:  # pragma: no cover - unreadable mid-way
        raise InputError(path, f"cannot read ({e.strerror or e})") from None
    yield from drain()  # the events parsed before an error come out first: streamed, then the error
    if err is not None:
        msg = (err.msg or str(err)).strip()
        line = err.lineno if err.lineno is not None else (err.position[0] if err.position else 0)
        # the parser may raise a summary ("no element found", line 0) for an error whose
        # cause and line are only in an error log: the parser's, or (a pull parser logs
        # there) the thread's, cleared when this parse began; its first error is the cause
        first = next((x for log in (parser.error_log, err.error_log) for x in log
                      if x.level >= etree.ErrorLevels.ERROR), None)
        if first is not None and first.line:
            msg, line = first.message.strip(), first.line
            ent = _UNDEFINED_ENTITY.match(msg)
            if ent:
                raise InputError(path, f"undefined entity &{ent.group(1)}; at line {line}"
                                       f"{_entity_hint(ent.group(1))}")
        if "amplification" in msg.lower():  # libxml2's own billion-laughs guard
            raise InputError(path, f"refused at line {max(1, line)}: entity expansion is not "
                                   f"allowed ({msg})")
        raise InputError(path, f"malformed XML at line {max(1, line)}: {msg}")


_UNDEFINED_ENTITY = re.compile(r"Entity '([^']+)' not defined")


def _entity_hint(name: str) -> str:
    """What to write instead of an HTML entity XML does not know (&copy; → © or &#169;)."""
    from html.entities import name2codepoint

    cp = name2codepoint.get(name)
    if cp is None:
        return " (XML knows only &amp; &lt; &gt; &quot; &apos;)"
    c = chr(cp)
    use = f"&#{cp};" if c.isspace() or not c.isprintable() else f"{c} or &#{cp};"
    return f" (XML knows only &amp; &lt; &gt; &quot; &apos;: write {use} instead)"


def _refuse_entities(path: Path, el: Any) -> None:
    dtd = el.getroottree().docinfo.internalDTD
    if dtd is None:
        return
    names = [e.name for e in dtd.iterentities()]
    if names:
        raise InputError(path, "the document declares XML entities (" + ", ".join(names[:3])
                         + ("…" if len(names) > 3 else "") + "); refused: entity expansion and "
                         "external entities are not allowed")


def _drop_seen(el: Any) -> None:
    """Free a handled unit and every sibling before it: the tree stays one unit deep."""
    el.clear(keep_tail=False)
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


_EMPTY_PLACEHOLDERS = {"x", "bx", "ex", "sc", "ec", "sm", "em"}


_PAIRED_CODES = {"g", "pc"}  # XLIFF 1.2 <g>, 2.x <pc>: formatting around text


def _code_tag(name: str, el: Any, end: str) -> str:
    cid = el.get("id")
    return f'<{name} id="{cid}"{end}' if cid is not None else f"<{name}{end}"


def _inline_text(el: Any) -> str:
    """All text written inside ``el`` (inline elements included), entity refs dropped."""
    parts: list[str] = []
    if el.text:
        parts.append(el.text)
    for ch in el:
        tag = ch.tag
        if isinstance(tag, str):
            name = _local(tag)
            if name == "cp":
                try:
                    parts.append(chr(int(ch.get("hex", ""), 16)))
                except (ValueError, OverflowError):
                    pass
            elif len(ch) == 0 and not ch.text and (name in _EMPTY_PLACEHOLDERS or name == "ph"):
                eq = ch.get("equiv-text") or ch.get("equiv")
                # a code without a text equivalent stays visible as the tag it is, so
                # that a translation that drops it can be told (M002)
                parts.append(eq if eq else _code_tag(name, ch, "/>"))
            elif name in _PAIRED_CODES:
                parts.append(_code_tag(name, ch, ">") + _inline_text(ch) + f"</{name}>")
            else:
                parts.append(_inline_text(ch))
        # comments, processing instructions and (never-expanded) entity refs: no text
        if ch.tail:
            parts.append(ch.tail)
    return "".join(parts)


def _read_tmx(r: CorpusReader) -> Iterator[PairRecord]:
    header_src: str | None = None
    seen_root = False
    n = 0
    want_s, want_t = r.source_lang, r.target_lang
    for _ev, el in _iterparse(r.path, ("header", "tu"), events=("end",)):
        if not seen_root:
            seen_root = True
            root = _local(el.getroottree().getroot().tag)
            if root != "tmx":
                raise InputError(r.path, f"not a TMX document (root element <{root}>)")
        tag = el.tag
        if tag[tag.rfind("}") + 1:] == "header":
            s = el.get("srclang")
            header_src = None if not s or s.strip().lower() == "*all*" else norm_lang(s)
            continue
        n += 1
        line = el.sourceline or 0
        tuvs: list[tuple[str | None, str]] = []
        for tuv in el:  # plain iteration: cheaper than iterchildren(tag) per unit
            t = tuv.tag
            if t != "tuv" and not (isinstance(t, str) and t.endswith("}tuv")):
                continue
            lang = norm_lang(tuv.get(_XML_LANG) or tuv.get("lang"))
            if lang and len(r.languages) < 100:
                r.languages.add(lang)
            for seg in tuv:
                t = seg.tag
                if t == "seg" or (isinstance(t, str) and t.endswith("}seg")):
                    tuvs.append((lang, seg.text or "" if len(seg) == 0 else _inline_text(seg)))
                    break
        tu_src = el.get("srclang")
        src_lang = (norm_lang(tu_src) if tu_src and tu_src.strip().lower() != "*all*"
                    else header_src) or want_s
        tuid = el.get("tuid") or str(n)
        _drop_seen(el)
        if (len(tuvs) == 2 and tuvs[0][0] != tuvs[1][0] and (not want_t or tuvs[1][0] == want_t)
                and (src_lang is None or tuvs[0][0] == src_lang)):
            pair = tuvs[0], tuvs[1]  # the common case, without the matching below
        else:
            pair = _pick_tuvs(tuvs, src_lang, want_t)
        if pair is None:
            r.skipped += 1
            continue
        (sl, st), (tl, tt) = pair
        if not want_t and tl:
            want_t = tl  # no --target-lang: the first unit's target language holds for the file
        yield PairRecord(tuid, st, tt, sl, tl, line)
    if not seen_root:
        raise InputError(r.path, "not a TMX document (no <tmx> element)")


def _pick_tuvs(tuvs: list[tuple[str | None, str]], src: str | None, tgt: str | None):
    if len(tuvs) < 2:
        return None
    s = None
    if src:
        s = next((i for i, (lang, _) in enumerate(tuvs) if _lang_matches(lang, src)), None)
        if s is None:
            return None
    else:
        s = 0
    if tgt:
        t = next((i for i, (lang, _) in enumerate(tuvs) if i != s and _lang_matches(lang, tgt)), None)
    else:
        t = next((i for i, (lang, _) in enumerate(tuvs) if i != s and lang != tuvs[s][0]), None)
    if t is None:
        return None
    return tuvs[s], tuvs[t]


_UNTRANSLATED_STATES = frozenset({"new", "needs-translation"})


def _read_xliff(r: CorpusReader) -> Iterator[PairRecord]:
    version2 = False
    src_lang = tgt_lang = None
    n = 0
    for ev, el in _rooted(r, "xliff", "an XLIFF document", ("file", "group", "trans-unit", "unit")):
        name = _local(el.tag)
        if ev == "start":
            if name == "xliff":
                ver = (el.get("version") or "").strip()
                ns = el.tag.split("}", 1)[0] if el.tag.startswith("{") else ""
                version2 = ver.startswith("2") or ns.endswith(":2.0")
                if version2:
                    src_lang, tgt_lang = norm_lang(el.get("srcLang")), norm_lang(el.get("trgLang"))
            elif name == "file" and not version2:
                src_lang = norm_lang(el.get("source-language"))
                tgt_lang = norm_lang(el.get("target-language"))
            continue
        if name == "trans-unit" and not version2:
            n += 1
            line = el.sourceline or 0
            src = tgt = None
            for ch in el:
                cn = _local(ch.tag)
                if cn == "source" and src is None:
                    src = _inline_text(ch)
                elif cn == "target" and tgt is None:
                    # a target still "new" or "needs-translation" is a placeholder (often a
                    # copy of the source), not a translation; MT drafts are
                    # "needs-review-translation" and are checked
                    if (ch.get("state") or "").strip() not in _UNTRANSLATED_STATES:
                        tgt = _inline_text(ch)
            uid = el.get("id") or str(n)
            _drop_seen(el)
            if src is None or tgt is None:
                r.skipped += 1
                continue
            yield PairRecord(uid, src, tgt, src_lang, tgt_lang, line)
        elif name == "unit" and version2:
            uid = el.get("id")
            segs = []
            for k, seg in enumerate((c for c in el if _local(c.tag) == "segment"), 1):
                src = tgt = None
                for ch in seg:
                    cn = _local(ch.tag)
                    if cn == "source" and src is None:
                        src = _inline_text(ch)
                    elif cn == "target" and tgt is None:
                        tgt = _inline_text(ch)
                # an empty target of a segment still "initial" (the default state) is
                # one nobody has translated yet, not a translation that lost its text
                # (C004); a filled-in initial target (an MT draft) is checked
                if tgt is not None and not tgt.strip() and (seg.get("state") or "initial").strip() == "initial":
                    tgt = None
                segs.append((seg.get("id") or str(k), src, tgt, seg.sourceline or el.sourceline or 0))
            n += 1
            uid = uid or str(n)
            _drop_seen(el)
            for sid, src, tgt, line in segs:
                if src is None or tgt is None:
                    r.skipped += 1
                    continue
                yield PairRecord(uid if len(segs) == 1 else f"{uid}/{sid}", src, tgt,
                                 src_lang, tgt_lang, line)
        elif name in ("group", "file"):
            _drop_seen(el)


def _rooted(r: CorpusReader, root: str, what: str, tags: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
    """``_iterparse`` events of ``root`` and ``tags``, refusing a document whose root
    element is not ``root`` (a TMX given as XLIFF, a TypeScript file named .ts)."""
    seen = False
    for ev, el in _iterparse(r.path, (root, *tags)):
        if not seen:
            seen = True
            if _local(el.tag) != root:
                raise InputError(r.path, f"not {what} (root element <{_local(el.tag)}>)")
        yield ev, el
    if not seen:
        raise InputError(r.path, f"not {what} (no <{root}> element)")


# -- Qt Linguist .ts ----------------------------------------------------------------------------
def _read_qt(r: CorpusReader) -> Iterator[PairRecord]:
    """<TS language="de_DE" sourcelanguage="en"><context><name>…</name><message>
    <source>…</source><translation type="unfinished">…</translation></message>.  Unfinished,
    obsolete and vanished translations are not translations yet (skipped, counted); plural
    messages (numerus="yes") give one pair per <numerusform>."""
    with open(r.path, "rb") as fh:
        head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):  # .ts is TypeScript's suffix too
        raise InputError(r.path, "not a Qt Linguist file (no XML: a TypeScript source?)")
    src_lang = tgt_lang = None
    context = ""
    n = 0
    for ev, el in _rooted(r, "TS", "a Qt Linguist file", ("context", "name", "message")):
        name = _local(el.tag)
        if ev == "start":
            if name == "TS":
                src_lang = norm_lang(el.get("sourcelanguage"))
                tgt_lang = norm_lang(el.get("language"))
            continue
        if name == "name" and el.getparent() is not None and _local(el.getparent().tag) == "context":
            context = (el.text or "").strip()
            continue
        if name != "message":
            if name == "context":
                _drop_seen(el)
            continue
        n += 1
        src = trans = None
        for ch in el:
            cn = _local(ch.tag)
            if cn == "source" and src is None:
                src = _inline_text(ch)
            elif cn == "translation" and trans is None:
                trans = ch
        line = el.sourceline or 0
        uid = f"{context}/{el.get('id') or n}" if context else (el.get("id") or str(n))
        kind = (trans.get("type") or "").strip() if trans is not None else ""
        forms = [_inline_text(f) for f in trans if _local(f.tag) in ("numerusform", "lengthvariant")] \
            if trans is not None and el.get("numerus") == "yes" else \
            ([_inline_text(trans)] if trans is not None else [])
        _drop_seen(el)
        if src is None or not forms or kind in ("unfinished", "obsolete", "vanished"):
            r.skipped += 1
            continue
        for k, tgt in enumerate(forms):
            if not tgt.strip():
                r.skipped += 1
                continue
            yield PairRecord(uid if len(forms) == 1 else f"{uid}[{k}]", src, tgt, src_lang, tgt_lang, line)


# -- Xcode string catalogues (.xcstrings) --------------------------------------------------------
_XC_SKIP_STATES = frozenset({"new"})  # "stale" and "needs_review" are translations to check


def _xc_units(loc: Any, path: str = "") -> Iterator[tuple[str, str, str]]:
    """(variation path, state, value) of one localisation: its stringUnit, or each plural
    or device variation's, or each substitution's."""
    if not isinstance(loc, dict):
        return
    unit = loc.get("stringUnit")
    if isinstance(unit, dict) and isinstance(unit.get("value"), str):
        yield path, str(unit.get("state") or ""), unit["value"]
    for kind, forms in (loc.get("variations") or {}).items():
        if isinstance(forms, dict):
            for form, sub in forms.items():
                yield from _xc_units(sub, f"{path}{kind}.{form}" if not path else f"{path}/{kind}.{form}")
    for name, sub in (loc.get("substitutions") or {}).items():
        yield from _xc_units(sub, f"{path}%{name}")


def _read_xcstrings(r: CorpusReader) -> Iterator[PairRecord]:
    """Apple's JSON string catalogue: every key with its source-language and target-language
    localisations.  One catalogue holds every language: the target is --target-lang (or the
    only language besides the source).  A key without a source localisation is its own
    source text (as Xcode reads it)."""
    from .decode import decode, read_bytes

    try:
        data = json.loads(decode(read_bytes(r.path, 200 * 1024 * 1024), r.path, r.encoding))
    except json.JSONDecodeError as e:
        raise InputError(r.path, f"malformed JSON at line {e.lineno}: {e.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("strings"), dict):
        raise InputError(r.path, "not a string catalogue (no \"strings\" object)")
    src_tag = str(data.get("sourceLanguage") or r.source_lang or "")
    langs = sorted({lang for v in data["strings"].values() if isinstance(v, dict)
                    for lang in (v.get("localizations") or {}) if lang != src_tag})
    want = r.target_lang
    tgt_tag = next((x for x in langs if _lang_matches(x, want)), None) if want else \
        (langs[0] if len(langs) == 1 else None)
    if tgt_tag is None:
        have = ", ".join(langs) or "none"
        raise InputError(r.path, f"the catalogue holds {have}: give --target-lang" if not want
                         else f"no {want} localisations (the catalogue holds {have})")
    for key, entry in data["strings"].items():
        if not isinstance(entry, dict) or entry.get("shouldTranslate") is False:
            continue
        locs = entry.get("localizations") or {}
        source = dict((p, v) for p, _s, v in _xc_units(locs.get(src_tag)))
        target = list(_xc_units(locs.get(tgt_tag)))
        if not target:
            r.skipped += 1
            continue
        for path, state, value in target:
            src = source.get(path) or source.get(path.rsplit(".", 1)[0] + ".other") or source.get("") or key
            if state in _XC_SKIP_STATES or not value.strip():
                r.skipped += 1
                continue
            yield PairRecord(f"{key}[{path}]" if path else key, src, value, norm_lang(src_tag) or None,
                             norm_lang(tgt_tag), 0)


# -- delimited text -------------------------------------------------------------------------
_SOURCE_NAMES = {"source", "src", "source_text", "src_text", "original"}
_TARGET_NAMES = {"target", "tgt", "target_text", "tgt_text", "translation", "mt"}
_ID_NAMES = {"id", "seg_id", "segid", "segment_id", "tuid", "uid"}
_SLANG_NAMES = {"source_lang", "src_lang", "srclang", "source_language", "source-lang"}
_TLANG_NAMES = {"target_lang", "tgt_lang", "trglang", "tgtlang", "target_language", "target-lang"}


class _Columns(NamedTuple):
    source: int
    target: int
    id: int | None
    source_lang_col: int | None
    target_lang_col: int | None
    source_lang: str | None  # from a language-code header
    target_lang: str | None


def _header(cells: list[str], want_s: str | None, want_t: str | None) -> _Columns | None:
    low = [c.strip().lower() for c in cells]
    named = {}
    langcols: list[int] = []
    for i, (c, raw) in enumerate(zip(low, cells)):
        for key, names in (("source", _SOURCE_NAMES), ("target", _TARGET_NAMES), ("id", _ID_NAMES),
                           ("slang", _SLANG_NAMES), ("tlang", _TLANG_NAMES)):
            if c in names and key not in named:
                named[key] = i
                break
        else:
            if _looks_like_lang_header(raw):
                langcols.append(i)
    s, t = named.get("source"), named.get("target")
    hs = ht = None
    if (s is None or t is None) and len(langcols) >= 2:
        def pick(want: str | None, exclude: int | None) -> int | None:
            if want:
                return next((i for i in langcols if i != exclude and _lang_matches(low[i], want)), None)
            return next((i for i in langcols if i != exclude), None)
        s = pick(want_s, None) if s is None else s
        t = pick(want_t, s) if t is None else t
        if s is None or t is None:
            return None
        hs = norm_lang(cells[s]) if s in langcols else None
        ht = norm_lang(cells[t]) if t in langcols else None
    if s is None or t is None:
        return None
    return _Columns(s, t, named.get("id"), named.get("slang"), named.get("tlang"), hs, ht)


def _rows_to_records(r: CorpusReader, rows: Iterator[tuple[int, list[str]]], sep_name: str
                     ) -> Iterator[PairRecord]:
    cols: _Columns | None = None
    first = True
    for line, cells in rows:
        if first:
            first = False
            cols = _header(cells, r.source_lang, r.target_lang)
            if cols is not None:
                continue
            named = [c for c in cells if c.strip()]
            if (r.source_lang or r.target_lang) and len(named) >= 2 and all(
                    _looks_like_lang_header(c) for c in named):
                # a header of language columns none of which is the one asked for: read as
                # data, it would check the header row and label German text "fr"
                asked = " and ".join(f"--{side}-lang {v}" for side, v in
                                     (("source", r.source_lang), ("target", r.target_lang)) if v)
                raise InputError(r.path, f"line {line}: the header names the languages "
                                         f"{', '.join(norm_lang(c) or c for c in named)}; "
                                         f"no column fits {asked}")
            cols = _Columns(0, 1, None, None, None, None, None)
        assert cols is not None
        need = max(cols.source, cols.target)
        if len(cells) <= need:
            raise InputError(r.path, f"line {line}: expected at least {need + 1} {sep_name} "
                                     f"columns, found {len(cells)}")
        rid = cells[cols.id].strip() if cols.id is not None and cols.id < len(cells) else ""
        sl = cols.source_lang
        tl = cols.target_lang
        if cols.source_lang_col is not None and cols.source_lang_col < len(cells):
            sl = norm_lang(cells[cols.source_lang_col]) or sl
        if cols.target_lang_col is not None and cols.target_lang_col < len(cells):
            tl = norm_lang(cells[cols.target_lang_col]) or tl
        yield PairRecord(rid or str(line), cells[cols.source], cells[cols.target], sl, tl, line)


class _Lines:
    """Decoded lines of a text file (split on LF only, terminators kept), with the number
    of the last line read, so decoding errors name their line exactly."""

    def __init__(self, r: CorpusReader, encoding: str | None = None) -> None:
        self.r = r
        self.line = 0
        self.encoding = encoding or r.encoding

    def __iter__(self) -> Iterator[str]:
        r = self.r
        enc = self.encoding
        try:
            fh = open(r.path, "rb")
        except OSError as e:
            raise InputError(r.path, f"cannot read ({e.strerror or e})") from None
        with fh:
            head = fh.read(4)
            fh.seek(0)
            wide = enc is None and head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
            if wide or (enc and codecs.lookup(enc).name.startswith(("utf-16", "utf-32"))):
                yield from self._wide(fh, enc or "utf-16")
                return
            enc = enc or "utf-8"
            if codecs.lookup(enc).name == "utf-8" and head.startswith(codecs.BOM_UTF8):
                fh.read(3)
            for raw in fh:
                self.line += 1
                try:
                    yield raw.decode(enc)
                except UnicodeDecodeError:
                    raise InputError(r.path, f"line {self.line}: not valid {self.encoding or 'UTF-8'} "
                                             "(give --encoding)") from None

    def _wide(self, fh, enc: str) -> Iterator[str]:
        text = io.TextIOWrapper(fh, encoding=enc, newline="\n")
        try:
            for s in text:
                self.line += 1
                yield s.lstrip("\ufeff") if self.line == 1 else s
        except UnicodeDecodeError:
            raise InputError(self.r.path, f"near line {self.line + 1}: not valid {enc} "
                                          "(give --encoding)") from None


def _strip_eol(s: str) -> str:
    if s.endswith("\n"):
        s = s[:-1]
    if s.endswith("\r"):
        s = s[:-1]
    return s


def _read_tsv(r: CorpusReader) -> Iterator[PairRecord]:
    def rows() -> Iterator[tuple[int, list[str]]]:
        lines = _Lines(r)
        for raw in lines:  # split on LF only: a stray CR inside a field stays in the text
            text = _strip_eol(raw)
            if not text.strip():
                continue
            if "\x00" in text:
                raise InputError(r.path, f"line {lines.line}: NUL byte (a binary file?)")
            yield lines.line, text.split("\t")
    return _rows_to_records(r, rows(), "tab-separated")


def _read_csv(r: CorpusReader) -> Iterator[PairRecord]:
    def rows() -> Iterator[tuple[int, list[str]]]:
        rd = csv.reader(_Lines(r), strict=True)
        start = 1
        try:
            for cells in rd:
                line = start
                start = rd.line_num + 1
                if not cells or not any(c.strip() for c in cells):
                    continue
                yield line, cells
        except csv.Error as e:
            raise InputError(r.path, f"line {rd.line_num}: malformed CSV ({e})") from None
    return _rows_to_records(r, rows(), "comma-separated")


def _read_jsonl(r: CorpusReader) -> Iterator[PairRecord]:
    lines = _Lines(r)
    for raw in lines:
        line = lines.line
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            raise InputError(r.path, f"line {line}: invalid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(r.path, f"line {line}: expected a JSON object")
        src, tgt = obj.get("source"), obj.get("target")
        if not isinstance(src, str) or not isinstance(tgt, str):
            raise InputError(r.path, f"line {line}: \"source\" and \"target\" must be strings")
        rid = obj.get("id")
        yield PairRecord(str(rid) if rid is not None else str(line), src, tgt,
                         norm_lang(obj.get("source_lang")), norm_lang(obj.get("target_lang")), line)


# -- gettext PO -------------------------------------------------------------------------------
_PO_SNIFF = re.compile(r'^(?:msgctxt|msgid) "', re.MULTILINE)
_PO_KEYWORD = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(".*)$')
_PO_ESCAPE = re.compile(r'\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))', re.DOTALL)
_PO_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
              '"': '"', "\\": "\\", "'": "'", "?": "?"}
_PO_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")


def _po_unescape(m: re.Match) -> str:
    if m.group(1):
        return chr(int(m.group(1), 8))
    if m.group(2):
        return chr(int(m.group(2), 16))
    return _PO_SIMPLE.get(m.group(3), m.group(3))


def _po_string(r: CorpusReader, line: int, quoted: str) -> str:
    q = quoted.strip()
    if len(q) < 2 or not (q.startswith('"') and q.endswith('"')):
        raise InputError(r.path, f"line {line}: expected a quoted string, found {quoted.strip()[:40]!r}")
    body = q[1:-1]
    return _PO_ESCAPE.sub(_po_unescape, body) if "\\" in body else body


def _po_charset(path: Path) -> str | None:
    """The charset the header entry declares (``charset=CHARSET`` in a template is none)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return None
    m = _PO_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii").strip()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _po_header(msgstr: str) -> dict[str, str]:
    out = {}
    for line in msgstr.split("\n"):
        k, sep, v = line.partition(":")
        if sep:
            out[k.strip().lower()] = v.strip()
    return out


class _PoEntry:
    __slots__ = ("ctxt", "msgid", "plural", "msgstr", "flags", "obsolete", "line", "field")

    def __init__(self) -> None:
        self.ctxt: str | None = None
        self.msgid: str | None = None
        self.plural: str | None = None
        self.msgstr: dict[int, str] = {}
        self.flags: set[str] = set()
        self.obsolete = False
        self.line = 0
        self.field: tuple[str, int] | None = None  # where a continuation string goes

    def append(self, text: str) -> None:
        name, idx = self.field  # type: ignore[misc]
        if name == "msgstr":
            self.msgstr[idx] += text
        else:
            setattr(self, name, getattr(self, name) + text)


def _read_po(r: CorpusReader) -> Iterator[PairRecord]:
    lines = _Lines(r, r.encoding or _po_charset(r.path))
    want_t = r.target_lang
    src_lang: str | None = None
    tgt_lang: str | None = want_t
    n = 0
    e = _PoEntry()
    pending_flags: set[str] = set()

    def finish(e: _PoEntry) -> Iterator[PairRecord]:
        nonlocal src_lang, tgt_lang, n
        if e.msgid is None or e.obsolete:
            return
        if e.msgid == "" and e.ctxt is None:  # the header entry
            head = _po_header(e.msgstr.get(0, ""))
            tgt_lang = want_t or norm_lang(head.get("language")) or tgt_lang
            src_lang = norm_lang(head.get("x-source-language")) or src_lang
            return
        n += 1
        if ("fuzzy" in e.flags and not r.fuzzy) or not any(v.strip() for v in e.msgstr.values()):
            r.skipped += 1
            return
        uid = e.ctxt if e.ctxt else str(n)
        for k in sorted(e.msgstr):
            text = e.msgstr[k]
            if not text.strip():
                continue
            src = e.msgid if (k == 0 or e.plural is None) else e.plural
            yield PairRecord(uid if len(e.msgstr) == 1 else f"{uid}[{k}]", src, text, src_lang,
                             tgt_lang, e.line)

    for raw in lines:
        line = lines.line
        text = raw.strip()
        if not text:
            continue
        if text.startswith("#~"):  # an obsolete entry: dropped whole
            if not e.obsolete:
                yield from finish(e)
                e = _PoEntry()
                e.obsolete = True
            continue
        if e.obsolete:
            e = _PoEntry()
        if text.startswith("#"):
            if text.startswith("#,"):
                if e.msgstr:  # the comments of the next entry begin
                    yield from finish(e)
                    e = _PoEntry()
                pending_flags |= {f.strip() for f in text[2:].split(",") if f.strip()}
            elif e.msgstr:
                yield from finish(e)
                e = _PoEntry()
            continue
        if text.startswith('"'):
            if e.field is None:
                raise InputError(r.path, f"line {line}: a string continues no msgid or msgstr")
            e.append(_po_string(r, line, text))
            continue
        m = _PO_KEYWORD.match(text)
        if not m:
            raise InputError(r.path, f"line {line}: not a PO line ({text[:40]!r})")
        key, idx, rest = m.group(1), m.group(2), m.group(3)
        value = _po_string(r, line, rest)
        if key in ("msgctxt", "msgid") and (e.msgstr or (key == "msgctxt" and e.msgid is not None)):
            yield from finish(e)
            e = _PoEntry()
        if key in ("msgctxt", "msgid") and not e.line:
            e.line = line
            e.flags |= pending_flags
            pending_flags = set()
        if key.startswith("msgstr"):
            if e.msgid is None:
                raise InputError(r.path, f"line {line}: msgstr without a msgid")
            k = int(idx) if idx is not None else 0
            e.msgstr[k] = value
            e.field = ("msgstr", k)
        else:
            attr = {"msgctxt": "ctxt", "msgid": "msgid", "msgid_plural": "plural"}[key]
            setattr(e, attr, value)
            e.field = (attr, 0)
    yield from finish(e)
