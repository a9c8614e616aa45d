"""Monolingual resource files, paired by key: JSON (i18next, vue-i18n, Chrome
``messages.json``), YAML (Rails, Symfony), Flutter ARB, Android ``strings.xml``, Apple
``.strings``, Java ``.properties`` and .NET ``.resx``.

Software is localised one file per language: ``en.json`` beside ``de.json``, ``values/`` beside
``values-de/``.  Each holds keys and strings of one language, so a pair is the source file's
string and the target file's string under the same key.  :class:`ResourcePairReader` reads the
source file into a dict (resource files are small: a large app has tens of thousands of keys)
and streams the target file's entries in their order, as :class:`~mtcheck.load.corpus.PairRecord`
with the key as id and the target's line, so ``mtcheck batch`` treats them like any corpus.

A key the target lacks, or holds with an empty string, is untranslated (counted in
``skipped``); a key only the target has is counted in ``orphans`` (left over from a removed
string, or a typo in a key).  Languages come from the caller, else from the file (ARB
``@@locale``, ``.resx`` has none), else from the path as the platforms lay it out
(``values-de-rCH/``, ``de.lproj/``, ``messages_de.properties``, ``Strings.de.resx``,
``locales/de/app.json``, ``de.json``), else they are detected from the strings.

What the strings look like to the rules: the platform's escapes are resolved (``\\'`` and
``\\n`` in Android and ``.properties``, ``\\"`` in ``.strings``), and inline markup stays as
written (Android ``<b>``, ``<xliff:g id="n">%1$s</xliff:g>``), so M001/M002 see a placeholder
or tag the translation dropped.  Entries marked ``translatable="false"`` (Android), ARB
``@`` metadata, Chrome ``description`` texts and non-string values are not pairs.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import InputError, MtcheckError
from ..langs import is_iso639_1
from .corpus import PairRecord, _check_file, _PairReader, _with_languages, norm_lang
from .decode import decode, read_bytes

__all__ = ["RESOURCE_FORMATS", "ResourceEntry", "ResourcePairReader", "detect_resource_format",
           "is_resource_file", "lang_from_path", "read_resource"]

RESOURCE_FORMATS = ("json", "arb", "android", "strings", "properties", "resx", "yaml")
_SUFFIXES = {".json": "json", ".arb": "arb", ".strings": "strings", ".properties": "properties",
             ".resx": "resx", ".yml": "yaml", ".yaml": "yaml"}
MAX_ENTRIES = 500_000  # YAML aliases can make a small file expand without bound
MAX_BYTES = 50 * 1024 * 1024  # a resource file beyond this is not one


@dataclass(frozen=True)
class ResourceEntry:
    key: str
    text: str
    line: int  # 1-based line of the entry in its file


def detect_resource_format(path: str | os.PathLike[str]) -> str | None:
    p = Path(path)
    fmt = _SUFFIXES.get(p.suffix.lower())
    if fmt:
        return fmt
    if p.suffix.lower() == ".xml":
        try:
            with open(p, "rb") as fh:
                head = fh.read(2048)
        except OSError:
            return None
        if b"<resources" in head:
            return "android"
    return None


def is_resource_file(path: str | os.PathLike[str]) -> bool:
    return detect_resource_format(path) is not None


# -- languages from the path ---------------------------------------------------------------
_TAG = re.compile(r"^([a-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]r?([A-Z]{2}|[0-9]{3}))?$")


def _as_lang(s: str) -> str | None:
    """"de", "de-CH", "de_CH", "zh-Hans", "pt-rBR" (Android) → a tag; else None."""
    m = _TAG.match(s)
    # a three-letter code (ach, fil) only with a region: "app" alone is no language
    if not m or (not is_iso639_1(m.group(1)) and not (len(m.group(1)) == 3 and m.group(3))):
        return None
    return norm_lang("-".join(g for g in m.groups() if g))


def lang_from_path(path: str | os.PathLike[str]) -> str | None:
    """The language a platform's layout gives a resource file, or None.

    Only the positions platforms use are read (the whole stem, the stem's last part after
    "_" or ".", the parent folder as ``values-xx``, ``xx.lproj`` or ``xx``), so a file called
    ``how-to.json`` has no language."""
    p = Path(path)
    parent = p.parent.name
    if parent.startswith("values-"):  # Android: values-de, values-de-rCH, values-b+sr+Latn
        q = parent[len("values-"):]
        if q.startswith("b+"):
            return _as_lang("-".join(q[2:].split("+")))
        for cut in (len(q), *[i for i, c in enumerate(q) if c == "-"][::-1]):
            lang = _as_lang(q[:cut])
            if lang:
                return lang
        return None
    if parent.endswith(".lproj"):
        return _as_lang(parent[:-len(".lproj")])
    if parent == "LC_MESSAGES":  # the gettext layout, which JSON catalogues borrow
        return _as_lang(p.parent.parent.name)
    stem = p.name[:-len(p.suffix)] if p.suffix else p.name
    lang = _as_lang(stem)
    if lang:
        return lang
    for sep in ("_", "."):  # messages_de_CH.properties, Strings.de-DE.resx, app.de.json
        parts = stem.split(sep)
        for k in (2, 1):
            if len(parts) > k:
                lang = _as_lang(sep.join(parts[-k:]) if sep == "." else "-".join(parts[-k:]))
                if lang:
                    return lang
    return _as_lang(parent)  # locales/de/common.json


# -- readers ---------------------------------------------------------------------------------
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"(\s*:)?', re.DOTALL)


def _json_key_lines(raw: str) -> list[int]:
    """Line of every object key in file order (strings are scanned from the start, so a
    value holding ``"x":`` is not taken for a key)."""
    lines, pos, line = [], 0, 1
    for m in _JSON_STRING.finditer(raw):
        if m.group(1) is not None:
            line += raw.count("\n", pos, m.start())
            pos = m.start()
            lines.append(line)
    return lines


def _read_json(path: Path, raw: str, arb: bool) -> tuple[list[ResourceEntry], str | None]:
    try:
        data = json.loads(raw, object_pairs_hook=list)
    except json.JSONDecodeError as e:
        raise InputError(path, f"malformed JSON at line {e.lineno}: {e.msg}") from None
    if not isinstance(data, list):
        raise InputError(path, "a JSON resource file holds an object of keys and strings")
    key_lines = iter(_json_key_lines(raw))
    out: list[ResourceEntry] = []
    lang: str | None = None
    if len(data) == 1 and isinstance(data[0][1], list) and data[0][1] and _is_object(data[0][1]) \
            and _as_lang(data[0][0]):
        # {"de": {...}}: the Rails layout in JSON; keys then match the source's {"en": {...}}
        lang = _as_lang(data[0][0])
        next(key_lines, 0)
        data = data[0][1]

    def walk(pairs: list, prefix: str) -> None:
        nonlocal lang
        for k, v in pairs:
            line = next(key_lines, 0)
            if arb and k.startswith("@"):  # ARB metadata; @@locale names the language
                if k == "@@locale" and isinstance(v, str):
                    lang = _as_lang(v)
                _skip(v)
                continue
            key = f"{prefix}.{k}" if prefix else k
            if isinstance(v, str):
                out.append(ResourceEntry(key, v, line))
            elif isinstance(v, list) and _is_object(v):
                # Chrome/WebExtension messages.json: {"key": {"message": ..., "description": ...}}
                msg = [x for x in v if x[0] == "message" and isinstance(x[1], str)]
                if msg and all(x[0] in ("message", "description", "placeholders") for x in v):
                    for k2, v2 in v:
                        ln = next(key_lines, 0)
                        if k2 == "message":
                            out.append(ResourceEntry(key, v2, ln))
                        else:
                            _skip(v2)
                else:
                    walk(v, key)
            elif isinstance(v, list):
                walk_array(v, key, line)

    def walk_array(items: list, prefix: str, line: int) -> None:
        for i, v in enumerate(items):  # array items have no key: the array's line it is
            key = f"{prefix}[{i}]"
            if isinstance(v, str):
                out.append(ResourceEntry(key, v, line))
            elif isinstance(v, list) and _is_object(v):
                walk(v, key)
            elif isinstance(v, list):
                walk_array(v, key, line)

    def _skip(v: Any) -> None:  # consume the key lines of a skipped subtree
        if isinstance(v, list):
            for x in v:
                if isinstance(x, tuple):
                    next(key_lines, 0)
                    _skip(x[1])
                else:
                    _skip(x)

    walk(data, "")
    return out, lang


def _is_object(v: list) -> bool:
    # object_pairs_hook=list turns objects into lists of (key, value) tuples; JSON arrays
    # stay lists of values, and a tuple never comes from JSON itself ({} and [] alike hold
    # no string)
    return all(isinstance(x, tuple) for x in v)


# Android: https://developer.android.com/guide/topics/resources/string-resource#escaping_quotes
_ANDROID_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|.)", re.DOTALL)
_ANDROID_SIMPLE = {"n": "\n", "t": "\t", "'": "'", '"': '"', "@": "@", "?": "?", "\\": "\\"}
_ANDROID_TOKEN = re.compile(r'<[^>]*>|\\(?:u[0-9A-Fa-f]{4}|.)|"|\s+', re.DOTALL)
_XMLNS = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"')


def _android_text(el: Any) -> str:
    """The string as the app shows it: inline tags kept as written, escapes resolved,
    unquoted white space collapsed and unescaped double quotes (Android's quoting) removed."""
    from lxml import etree
    inner = el.text or ""
    for child in el:
        if isinstance(child.tag, str):
            inner += _XMLNS.sub("", etree.tostring(child, encoding="unicode", with_tail=False))
        inner += child.tail or ""
    inner = re.sub(r"<(/?)\{[^}]*\}", r"<\1", inner)  # a namespace the serialiser spelled out
    out: list[str] = []
    quoted = False
    i = 0
    for m in _ANDROID_TOKEN.finditer(inner):
        out.append(inner[i:m.start()])
        tok = m.group(0)
        if tok.startswith("<"):  # an inline tag, attributes and all, as written
            out.append(tok)
        elif tok == '"':
            quoted = not quoted
        elif tok.startswith("\\"):
            c = tok[1:]
            out.append(chr(int(c[1:], 16)) if len(c) == 5 and c[0] == "u" else _ANDROID_SIMPLE.get(c, c))
        else:
            out.append(tok if quoted else " ")
        i = m.end()
    out.append(inner[i:])
    return "".join(out).strip() if not inner.startswith('"') else "".join(out)


def _xml_root(path: Path, raw: bytes) -> Any:
    from lxml import etree
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as e:
        raise InputError(path, f"malformed XML at line {max(1, e.lineno or 0)}: {(e.msg or str(e)).strip()}") from None
    dt = root.getroottree().docinfo.internalDTD
    if dt is not None and any(True for _ in dt.iterentities()):
        raise InputError(path, "refused: the document declares entities in a DTD")
    return root


def _read_yaml(path: Path, raw: str) -> tuple[list[ResourceEntry], str | None]:
    """Nested mappings of strings (Rails ``de: {greeting: …}``, Symfony
    ``messages.de.yaml``), read as PyYAML's node graph with the safe loader: no Python
    objects are built, each string keeps its line, and values that are not strings (numbers,
    booleans, null) are no pairs.  A Rails language root is stripped so that keys match
    the source file's, as for JSON."""
    try:
        import yaml
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(path, "reading YAML needs PyYAML (pip install pyyaml)") from None
    try:
        root = yaml.compose(raw, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(path, f"malformed YAML{where}: {getattr(e, 'problem', None) or e}") from None
    out: list[ResourceEntry] = []
    lang: str | None = None
    if root is None:
        return out, None
    if isinstance(root, yaml.MappingNode) and len(root.value) == 1:
        k, v = root.value[0]
        if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.MappingNode) and _as_lang(str(k.value)):
            lang, root = _as_lang(str(k.value)), v

    def walk(node: Any, key: str) -> None:
        if len(out) > MAX_ENTRIES:
            raise InputError(path, f"more than {MAX_ENTRIES:,} strings (aliases expanding?)")
        if isinstance(node, yaml.ScalarNode):
            if key and node.tag == "tag:yaml.org,2002:str":
                out.append(ResourceEntry(key, str(node.value), node.start_mark.line + 1))
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value != "<<":
                    walk(v, f"{key}.{k.value}" if key else str(k.value))
                elif isinstance(k, yaml.ScalarNode):  # "<<: *defaults": the merged keys are here too
                    for m in (v.value if isinstance(v, yaml.SequenceNode) else [v]):
                        walk(m, key)
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                walk(v, f"{key}[{i}]")

    walk(root, "")
    return out, lang


def _false(v: str | None) -> bool:
    return (v or "").strip().lower() == "false"


def _read_android(path: Path, raw: bytes) -> tuple[list[ResourceEntry], str | None]:
    root = _xml_root(path, raw)
    out: list[ResourceEntry] = []
    for el in root:
        if not isinstance(el.tag, str):
            continue
        name = el.get("name")
        if not name or _false(el.get("translatable")):
            continue
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "string":
            if (el.text or "").strip().startswith(("@string/", "@android:string/")) and len(el) == 0:
                continue  # a reference to another string, not text
            out.append(ResourceEntry(name, _android_text(el), el.sourceline or 0))
        elif tag in ("plurals", "string-array"):
            k = 0
            for item in el:
                if not isinstance(item.tag, str) or item.tag.rsplit("}", 1)[-1] != "item":
                    continue
                sub = item.get("quantity") if tag == "plurals" else str(k)
                k += 1
                out.append(ResourceEntry(f"{name}[{sub}]", _android_text(item), item.sourceline or 0))
    return out, None


def _read_resx(path: Path, raw: bytes) -> tuple[list[ResourceEntry], str | None]:
    root = _xml_root(path, raw)
    out: list[ResourceEntry] = []
    for el in root:
        if not isinstance(el.tag, str) or el.tag.rsplit("}", 1)[-1] != "data":
            continue
        name = el.get("name") or ""
        # typed data (icons, sizes) and WinForms designer entries (">>name.Type") are no strings
        if not name or el.get("type") or el.get("mimetype") or name.startswith(">>"):
            continue
        value = next((c for c in el if isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] == "value"), None)
        if value is not None:
            out.append(ResourceEntry(name, value.text or "", value.sourceline or el.sourceline or 0))
    return out, None


# Apple .strings (old-style plist of "key" = "value"; pairs, comments /* */ and //)
_STRINGS_TOKEN = re.compile(
    r'\s+|/\*.*?\*/|//[^\n]*|"((?:[^"\\]|\\.)*)"|([A-Za-z0-9_.$:/-]+)|([=;])', re.DOTALL)
_STRINGS_ESCAPE = re.compile(r"\\(U[0-9A-Fa-f]{4}|u[0-9A-Fa-f]{4}|[0-7]{1,3}|.)", re.DOTALL)
_STRINGS_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "a": "\a",
                   "b": "\b", "f": "\f", "v": "\v"}


def _strings_unescape(s: str) -> str:
    def sub(m: re.Match) -> str:
        c = m.group(1)
        if c[0] in "Uu" and len(c) == 5:
            return chr(int(c[1:], 16))
        if c[0].isdigit():
            return chr(int(c, 8))
        return _STRINGS_SIMPLE.get(c, c)
    return _STRINGS_ESCAPE.sub(sub, s) if "\\" in s else s


def _read_strings(path: Path, raw: str) -> tuple[list[ResourceEntry], str | None]:
    out: list[ResourceEntry] = []
    toks: list[tuple[str, str, int]] = []  # (kind, value, offset)
    pos = 0
    while pos < len(raw):
        m = _STRINGS_TOKEN.match(raw, pos)
        if not m:
            line = raw.count("\n", 0, pos) + 1
            raise InputError(path, f"malformed .strings file at line {line}: unexpected {raw[pos]!r}")
        if m.group(1) is not None:
            toks.append(("s", _strings_unescape(m.group(1)), pos))
        elif m.group(2) is not None:
            toks.append(("s", m.group(2), pos))
        elif m.group(3) is not None:
            toks.append((m.group(3), m.group(3), pos))
        elif raw.startswith("/*", pos) and not raw.endswith("*/", 0, m.end()):
            raise InputError(path, f"malformed .strings file at line {raw.count(chr(10), 0, pos) + 1}: "
                                   "unclosed comment")
        pos = m.end()
    i, line, last = 0, 1, 0
    while i < len(toks):
        kind, key, off = toks[i]
        line += raw.count("\n", last, off)
        last = off
        if kind == "s" and i + 3 < len(toks) and toks[i + 1][0] == "=" and toks[i + 2][0] == "s" \
                and toks[i + 3][0] == ";":
            out.append(ResourceEntry(key, toks[i + 2][1], line))
            i += 4
        elif kind == "s" and i + 1 < len(toks) and toks[i + 1][0] == ";":  # "key"; means key = key
            out.append(ResourceEntry(key, key, line))
            i += 2
        else:
            raise InputError(path, f'malformed .strings file at line {line}: expected "key" = "value";')
    return out, None


_PROP_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|.)", re.DOTALL)
_PROP_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "f": "\f"}


def _prop_unescape(s: str) -> str:
    def sub(m: re.Match) -> str:
        c = m.group(1)
        return chr(int(c[1:], 16)) if len(c) == 5 and c[0] == "u" else _PROP_SIMPLE.get(c, c)
    return _PROP_ESCAPE.sub(sub, s) if "\\" in s else s


def _read_properties(path: Path, raw: str) -> tuple[list[ResourceEntry], str | None]:
    """java.util.Properties syntax: ``key=value``, ``key: value``, ``key value``; ``#``/``!``
    comments; a line ending in an odd number of backslashes continues."""
    out: list[ResourceEntry] = []
    lines = raw.splitlines()
    i = 0
    while i < len(lines):
        start = i + 1
        line = lines[i].lstrip(" \t\f")
        i += 1
        if not line or line[0] in "#!":
            continue
        while (len(line) - len(line.rstrip("\\"))) % 2 == 1 and i < len(lines):
            line = line[:-1] + lines[i].lstrip(" \t\f")
            i += 1
        m = re.match(r"((?:[^\\:=\s]|\\.)*)\s*[:=]?\s*(.*)$", line, re.DOTALL)
        if not m:  # pragma: no cover - the pattern matches any line
            continue
        out.append(ResourceEntry(_prop_unescape(m.group(1)), _prop_unescape(m.group(2)), start))
    return out, None


def read_resource(path: str | os.PathLike[str], fmt: str | None = None,
                  encoding: str | None = None) -> tuple[list[ResourceEntry], str | None]:
    """Entries of one resource file in file order, and the language the file names (or None)."""
    p = Path(path)
    _check_file(p)
    fmt = fmt or detect_resource_format(p)
    if fmt not in RESOURCE_FORMATS:
        raise InputError(p, "unknown resource format (expected .json, .yml/.yaml, .arb, Android "
                            "strings.xml, .strings, .properties or .resx)")
    if fmt in ("android", "resx"):
        return (_read_android if fmt == "android" else _read_resx)(p, read_bytes(p, MAX_BYTES))
    raw = decode(read_bytes(p, MAX_BYTES), p, encoding)
    if fmt in ("json", "arb"):
        return _read_json(p, raw, fmt == "arb")
    if fmt == "yaml":
        return _read_yaml(p, raw)
    if fmt == "strings":
        return _read_strings(p, raw)
    return _read_properties(p, raw)


# -- pairing ------------------------------------------------------------------------------------
# CLDR plural categories as keys: Android items[few], i18next key_few, Rails-style key.few
_PLURAL_KEY = re.compile(r"^(.+?)([._]|\[)(zero|one|two|few|many|other)(\])?$")

class ResourcePairReader(_PairReader):
    """Pairs of a target resource file with its source-language file, by key.

    Same interface as :class:`~mtcheck.load.corpus.CorpusReader` (iterate for
    :class:`PairRecord`; ``skipped``, ``format``, ``detected``) plus ``orphans``."""

    def __init__(self, source_path: str | os.PathLike[str], target_path: str | os.PathLike[str], *,
                 source_lang: str | None = None, target_lang: str | None = None,
                 encoding: str | None = None, detect: bool = True, detect_sample: int = 200,
                 detector: Callable[[str], str | None] | None = None) -> None:
        self.source_path = Path(source_path)
        self.path = Path(target_path)
        _check_file(self.source_path)
        _check_file(self.path)
        self.format = detect_resource_format(self.path)
        if self.format is None:
            raise InputError(self.path, "not a resource file (.json, .yml, .arb, Android strings.xml, "
                                        ".strings, .properties, .resx) to pair with --source-file")
        sfmt = detect_resource_format(self.source_path)
        if sfmt is None:
            raise InputError(self.source_path, "not a resource file (.json, .yml, .arb, Android "
                                               "strings.xml, .strings, .properties, .resx)")
        if {sfmt, self.format} - {"json", "arb"} and sfmt != self.format:
            raise MtcheckError(f"{self.path}: a {self.format} file cannot be paired with the "
                               f"{sfmt} file {self.source_path}")
        self.source_format = sfmt
        self._options(source_lang, target_lang, encoding, detect, detect_sample, detector)
        self.orphans = 0

    def _raw(self) -> Iterator[PairRecord]:
        src_entries, src_named = read_resource(self.source_path, self.source_format, self.encoding)
        tgt_entries, tgt_named = read_resource(self.path, self.format, self.encoding)
        sl = self.source_lang or src_named or lang_from_path(self.source_path)
        tl = self.target_lang or tgt_named or lang_from_path(self.path)
        # a resource file is small: detect from all of its strings, not from the pairs
        # (Android's values/ names no language, and four plural strings say little)
        if sl is None and self.detect:
            sl = self._detect_file(src_entries)
        if tl is None and self.detect:
            tl = self._detect_file(tgt_entries)
        source = {e.key: e.text for e in src_entries}
        seen: set[str] = set()
        for e in tgt_entries:
            src = source.get(e.key)
            if src is None:
                # a plural category the source language lacks (Polish "few", Arabic "two")
                # renders the source's general plural
                m = _PLURAL_KEY.match(e.key)
                if m:
                    src = source.get(f"{m.group(1)}{m.group(2)}other{m.group(4) or ''}")
            if src is None:
                self.orphans += 1
                continue
            seen.add(e.key)
            if not e.text.strip() or not src.strip():
                self.skipped += 1
                continue
            yield PairRecord(e.key, src, e.text, sl, tl, e.line)
        self.skipped += sum(1 for k, v in source.items() if k not in seen and v.strip())

    def _detect_file(self, entries: list[ResourceEntry]) -> str | None:
        detector = self.detector
        if detector is None:
            try:
                from ..langid import detect_language as detector  # noqa: N813
            except ImportError:
                return None  # the pairs' detection then says what to give
        text = "\n".join(e.text for e in entries if e.text.strip())
        return norm_lang(detector(text[:20000])) if text.strip() else None

    def __iter__(self) -> Iterator[PairRecord]:
        self.skipped = 0
        self.orphans = 0
        return _with_languages(self, self._raw())
