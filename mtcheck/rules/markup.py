"""Markup: placeholders, inline tags and addresses that a translation must carry over
verbatim, and the edges of software strings.

Localised strings (PO, XLIFF, TMX, CMS fragments) hold variables such as ``%s``,
``%(count)d``, ``{0}``, ``{name}``, ``{{ user }}``, ``${total}`` and inline tags such as
``<b>…</b>`` or ``<a href="…">``.  Machine translation breaks them in a few typical ways:
it drops one, inserts a space (``% s``, ``{ name }``, ``< /b>``), translates or re-cases
the variable name (``{nom}``, ``{Name}``), or reorders arguments that cannot move.  A
broken placeholder is a crash or garbage on screen, so the rules here compare the
multiset of placeholders and tags of each bead's source and target.

The rules are language-independent: a placeholder is syntax, not words.  M001, M002 and
M004 stay silent on prose (news text has no placeholders), which ``bench/markup.py``
checks on every human-made eval set; M003 also reads news (URLs, handles) and flags what
MT does to them there ("@ leondame", "NOLA. COM").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterator, NamedTuple

from ..errors import ConfigError
from ..model import Finding, Severity
from ._text import PERCENT_FIRST_LANGS, PLACEHOLDER_HINT, Joined, has_qt_placeholder, norm_lang, token_finditer
from .context import BeadView, CheckContext
from .registry import rule

__all__ = ["Token", "placeholders", "icu_syntax", "tags", "addresses", "loose_pattern"]


class Token(NamedTuple):
    kind: str  # printf, python, brace, double-brace, dollar, icu, qt / open, close, empty
    text: str  # as written
    key: str  # what must match between source and target
    start: int
    end: int


# Placeholder syntaxes, most specific first.  ``%%`` (an escaped percent sign) is matched
# so that it is skipped, never read as the start of a conversion.
_PH = re.compile(
    r"(?P<esc>%%)"
    r"|(?P<double>\{\{-?\s*[\w$.\[\]'\"|: -]+?\s*-?\}\})"  # {{ name }}, {{ user.name | upper }}
    r"|(?P<icu>\{\s*\w+\s*,\s*(?:plural|select|selectordinal|number|date|time|spellout|ordinal|duration)\b)"
    r"|(?P<dollar>\$\{[A-Za-z_][\w.]*\})"  # ${name}
    r"|(?P<brace>%?\{(?:[A-Za-z_0-9][\w.\[\]-]*)?(?:![rsa])?(?::[^{}\s][^{}]*)?\})"  # {} {0} {name:.2f} %{name}
    r"|(?P<python>%\([A-Za-z_][\w.-]*\)[-+ #0]*(?:\d+|\*)?(?:\.\d+)?[diouxXeEfFgGcrsa])"  # %(name)s
    # printf: no space flag ("50 % des" is prose), and no letter right after the
    # conversion ("100%ig", "10%sale")
    r"|(?P<printf>%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?"
    r"[diouxXeEfFgGaAcspn@](?![A-Za-z]))"
    r"|(?P<qt>(?<![\w%])%\d{1,2}(?![\d.,]))"  # Qt, Windows: %1
)

# An inline tag: <b>, </b>, <br/>, <a href="…">, <x id="1"/>; names may be numbered (<1>)
# as CAT tools write them.  "a < b" is no tag: the name must follow "<" at once.
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*|\d{1,3})((?:\s+[^<>]*?)?)\s*(/?)>")
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
# Attribute values that are addresses or identifiers, not words: kept verbatim.
_KEPT_ATTRS = frozenset({"href", "src", "id", "class", "name", "type", "rel", "target", "style"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "source", "embed"})


# The shared hint, plus the object conversion of Apple's format strings ("%@"), which
# it does not list.
_HINT = re.compile(PLACEHOLDER_HINT.pattern + r"|%@")
# A percent sign after a figure with an elided word glued to it ("5 %d'ici 2030",
# "10%s'applique"): prose whose space went missing, not a conversion.
_PROSE_PERCENT = re.compile(r"\d[ \u00a0\u202f]?%[a-z]['’][^\W\d_]")


def placeholders(text: str) -> list[Token]:
    """The placeholders of ``text`` in order of appearance."""
    if not _HINT.search(text):
        return []
    out = []
    sub: set[int] = set()
    prose = {m.end() - 4 for m in _PROSE_PERCENT.finditer(text)} if "%" in text else set()
    for m in _PH.finditer(text):
        kind = m.lastgroup
        if kind == "esc" or m.start() in sub:
            continue
        if kind == "printf" and m.start() in prose:
            continue
        if kind == "icu":
            sub |= _submessage_braces(text, m.start())
        tok = m.group()
        key = tok
        if kind == "double":
            key = "{{" + re.sub(r"\s+", "", tok[2:-2]) + "}}"  # {{ name }} == {{name}}
        elif kind == "icu":
            key = "{" + re.sub(r"\s+", "", tok[1:])  # "{count, plural" == "{count,plural"
        out.append(Token(kind, tok, key, m.start(), m.end()))
    return out


_SELECTOR = re.compile(r"(?:=\d+|[\w-]+)\s*$")


def _submessage_braces(text: str, start: int) -> set[int]:
    """Positions of the braces that open the sub-messages of the ICU argument at ``start``
    (``one {# file}``, ``other {…}``): text to translate, not placeholders."""
    out: set[int] = set()
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "{":
            if depth == 1 and _SELECTOR.search(text, start + 1, i):
                out.add(i)
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                break
    return out


def icu_forms(text: str) -> int:
    """How many ICU sub-messages (plural, select forms) ``text`` has: Arabic writes six
    plural forms where English writes two, so their lengths do not compare."""
    if "{" not in text or "," not in text:
        return 0
    return sum(len(_submessage_braces(text, t.start)) for t in placeholders(text) if t.kind == "icu")


_ICU_SIMPLE = re.compile(r"\{\s*[A-Za-z_]\w*\s*\}")


def icu_syntax(text: str) -> list[tuple[int, int]]:
    """Spans of ICU MessageFormat syntax: simple arguments, spaced or not (``{ time }``),
    argument heads with their style (``{n, number, integer}``), selectors (``one {``,
    ``=0 {``) and closing braces.  What remains is the text of the sub-messages, the words
    a translator translates."""
    if "{" not in text:
        return []
    out: list[tuple[int, int]] = []
    heads = [t for t in placeholders(text) if t.kind == "icu"] if "," in text else []
    # a one-word sub-message ("one { question }") looks like a simple argument: it is text
    sub = set().union(*(_submessage_braces(text, t.start) for t in heads)) if heads else set()
    out += [m.span() for m in _ICU_SIMPLE.finditer(text) if m.start() not in sub]
    for tok in heads:
        depth, seg = 0, tok.start
        for i in range(tok.start, len(text)):
            ch = text[i]
            if ch == "{":
                if depth == 1:
                    out.append((seg, i + 1))
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 1:
                    seg = i  # a sub-message ends: syntax again up to the next one
                elif depth == 0:
                    out.append((seg, i + 1))
                    break
    return out


def tags(text: str) -> list[Token]:
    """The inline tags of ``text`` in order; the key is the tag's name, its kind and its
    kept attributes (an ``href`` must survive translation, a ``title`` is translated)."""
    if "<" not in text:
        return []
    out = []
    for m in _TAG.finditer(text):
        close, name, attrs, slash = m.group(1), m.group(2).lower(), m.group(3), m.group(4)
        if close:
            kind = "close"
        elif slash or name in _VOID:
            kind = "empty"
        else:
            kind = "open"
        kept = sorted((a.lower(), v.strip("\"'")) for a, v in _ATTR.findall(attrs or "")
                      if a.lower() in _KEPT_ATTRS)
        key = ("</" if kind == "close" else "<") + name + "".join(f' {a}="{v}"' for a, v in kept) \
            + ("/>" if kind == "empty" else ">")
        out.append(Token(kind, m.group(), key, m.start(), m.end()))
    return out


# Addresses: what a reader types or follows, so a translation must keep it character for
# character.  URLs (with or without scheme), e-mail addresses, @handles, --options, paths.
_URL_ALT = r"(?:https?://|www\.)[^\s<>\"'»”“\]]+"
# a bare domain's ending in lower case: "Deutschland.Es" is a missing space, not Spain
_DOMAIN_ALT = (r"\b(?:[a-z0-9-]{2,}\.)+(?-i:com|org|net|gov|edu|int|io|ch|de|fr|it|es|at|uk|eu|li)"
               r"(?:/[^\s<>\"'»”“)\]]*)?(?![\w@-]|\.\w)")
_EMAIL_ALT = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE_ALT = r"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b"
_OPTION_ALT = r"(?<!\S)--[a-z][a-z0-9-]+"  # after a space: "theory)--one" is a dash
_PATH_ALT = r"(?<![\w/.:])(?:~|\.{1,2})?/(?:[\w.-]*[^\W\d_][\w.-]*/)+[\w.-]*"
_ADDRESS = re.compile(f"(?P<url>{_URL_ALT}|{_DOMAIN_ALT})|(?P<email>{_EMAIL_ALT})|(?P<handle>{_HANDLE_ALT})"
                      f"|(?P<option>{_OPTION_ALT})|(?P<path>{_PATH_ALT})", re.IGNORECASE)
_TLD_MARK = re.compile(r"\.(?:com|org|net|gov|edu|int|io|ch|de|fr|it|es|at|uk|eu|li)")
_EMAIL_MARK = re.compile(r"@[\w-]+\.[\w-]")
_ADDRESS_HINT = re.compile(r"://|www\.|@|--|\.(?:com|org|net|gov|edu|int|io|ch|de|fr|it|es|at|uk|eu|li)\b|/\w+/",
                           re.IGNORECASE)
_TRAIL = ".,;:!?…"


def addresses(text: str) -> list[Token]:
    """URLs, e-mail addresses, @handles, --options and file paths of ``text``, in order
    (a sentence's full stop or comma after a URL is not part of it)."""
    if not _ADDRESS_HINT.search(text):
        return []
    out = []
    for kind, group, start in _address_matches(text):
        tok = group.rstrip(_TRAIL)
        while tok.endswith(")") and tok.count("(") < tok.count(")"):
            tok = tok[:-1].rstrip(_TRAIL)  # "(see https://x.org/a)": the bracket is the text's
        if not tok:
            continue
        key = tok.rstrip("/")
        out.append(Token(kind, tok, key, start, start + len(tok)))
    return out


# _ADDRESS's alternatives, each with the mark a token must hold for it (their e-mail
# pattern, tried at every word boundary of a long dotted token with an "@" and no address,
# took seconds); the bare domain is group url2, reported as url
_ADDRESS_PARTS = (
    (lambda t: "://" in t.lower() or "www." in t.lower(), f"(?P<url>{_URL_ALT})"),
    (lambda t: "." in t and _TLD_MARK.search(t) is not None, f"(?P<url2>{_DOMAIN_ALT})"),
    (lambda t: "@" in t and _EMAIL_MARK.search(t) is not None, f"(?P<email>{_EMAIL_ALT})"),
    (lambda t: "@" in t, f"(?P<handle>{_HANDLE_ALT})"),
    (lambda t: "--" in t, f"(?P<option>{_OPTION_ALT})"),
    (lambda t: "/" in t, f"(?P<path>{_PATH_ALT})"),
)


def _address_matches(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, start) of what _ADDRESS matches in ``text``, found token by token
    (its look-behinds see a space or the start at a token's start either way)."""
    return [("url" if x.lastgroup == "url2" else x.lastgroup, x.group(), base + x.start())
            for base, x in token_finditer(text, _ADDRESS_PARTS, re.IGNORECASE)]


def loose_pattern(token: str) -> re.Pattern:
    """``token`` with any white space allowed between its characters, any case: what a
    placeholder looks like after MT inserted spaces or changed case (``% S``, ``{ Name }``)."""
    parts = [re.escape(ch) for ch in token if not ch.isspace()]
    tail = r"(?![A-Za-z])" if token[-1:].isalpha() else ""
    return re.compile(r"\s*".join(parts) + tail, re.IGNORECASE)


# ---------------------------------------------------------------------------------------
# shared comparison
# ---------------------------------------------------------------------------------------
def _norm_name(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key.lower())


def _positional(tok: Token) -> bool:
    """Does the token take the next argument (%s, {})?  Then every occurrence counts.  A
    named or numbered one (%(n)d, {name}, {0}, %1$s, %1) may be used fewer or more times
    (German says "{name}" once where English repeats it), so only its presence counts."""
    if tok.kind == "printf":
        return "$" not in tok.text
    if tok.kind == "brace":
        return tok.text.lstrip("%")[1:2] in ("}", ":", "!")
    return False


_LANG_SEGMENT = re.compile(r"(?<=[/._=-])[a-z]{2}(?:[-_][A-Za-z]{2})?(?=[/._&#\"-]|$)")


def _localised_link(a: str, b: str) -> bool:
    """Do two tags differ only in a language code of an address (/en/ → /fr/, en. → fr.)?"""
    return a != b and _LANG_SEGMENT.sub("xx", a) == _LANG_SEGMENT.sub("xx", b)


def _minor(ctx: CheckContext) -> Severity:
    assert ctx.rule is not None
    return min(ctx.severities.get(ctx.rule.code, ctx.rule.severity), Severity.MINOR)


def _percent_first(tok: Token, other: str, lang: str | None) -> bool:
    """Is a Qt-style "%N" a percentage written sign first: in a language that writes it so,
    unless the other side has the same "%N"; elsewhere when the other side gives the figure
    as a percentage ("N %", "N%", "N percent")?"""
    if tok.kind != "qt":
        return False
    if lang in PERCENT_FIRST_LANGS:
        return not has_qt_placeholder(other, tok.text[1:])
    n = re.escape(tok.text[1:])
    return re.search(r"(?<![\d.,])(?:" + n + r"(?:[ \u00a0\u202f]?[%٪]|\s+(?:per\s?cent|percent|Prozent|pour\s?cent|por\s?ciento|per\s?cento|por\s?cento|procent|prosent|процент\w*)))(?![\d])", other, re.I) is not None


def _compare(ctx: CheckContext, bead: BeadView, extract, noun: str) -> Iterator[Finding]:
    """Findings for one bead: placeholders (or tags) of the source missing from the target,
    broken, renamed, added, or (printf) reordered."""
    src = bead.source_text
    joined = Joined(bead.target)
    tgt = joined.text
    s_toks, t_toks = extract(src), extract(tgt)
    if not s_toks and not t_toks:
        return
    if noun == "placeholder":
        # Turkish, Azeri and Basque write the percent sign first (%47'si, %3 azaldı): a
        # "%N" whose figure the other side gives as a percentage is that percentage
        sl = norm_lang(ctx.source.lang) if ctx.source is not None else None
        tl = norm_lang(ctx.target.lang)
        s_toks = [t for t in s_toks if not _percent_first(t, tgt, sl)]
        t_toks = [t for t in t_toks if not _percent_first(t, src, tl)]
        if not s_toks and not t_toks:
            return
    s_count = Counter(t.key for t in s_toks)
    t_count = Counter(t.key for t in t_toks)
    for t in s_toks + t_toks:
        if noun == "placeholder" and not _positional(t):
            s_count[t.key] = min(s_count[t.key], 1)
            t_count[t.key] = min(t_count[t.key], 1)
    missing = s_count - t_count
    extra = t_count - s_count
    evidence = [ctx.evidence(ctx.source, None, src, note="source")] if ctx.source is not None else []
    used: set[int] = set()  # target offsets already explained

    extras = [t for t in t_toks if extra[t.key] > 0]
    left: Counter = Counter()
    for key, n in sorted(missing.items()):
        s_tok = next(t for t in s_toks if t.key == key)
        for _ in range(n):
            # 1. broken: the same characters with spaces or another case ("% s", "{ Name }")
            hit = None
            for m in loose_pattern(s_tok.text).finditer(tgt):
                if m.start() in used or tgt[m.start():m.end()] == s_tok.text:
                    continue
                if any(m.start() < t.end and t.start < m.end() and t.key in s_count and t.text != m.group()
                       for t in t_toks):
                    continue  # that is another, intact placeholder
                hit = m
                break
            if hit is not None:
                used.add(hit.start())
                for t in extras:  # a re-cased token is no extra of its own
                    if t.start == hit.start():
                        extra[t.key] -= 1
                a, b = joined.span(hit.start(), hit.end())
                bare = re.sub(r"\s+", "", hit.group())
                how = ("spaces inserted" if bare == re.sub(r"\s+", "", s_tok.text)
                       else "case changed" if " " not in hit.group() else "spaces inserted, case changed")
                yield ctx.flag(a, b, f"{noun} “{s_tok.text}” is written “{hit.group()}” in the "
                                     f"translation ({how})", suggestion=s_tok.text, evidence=evidence)
                continue
            # 2. renamed: an extra token of the same kind in the target ("{nom}" for "{name}")
            cand = [t for t in extras if extra[t.key] > 0 and t.kind == s_tok.kind and t.start not in used]
            if cand:
                t = cand[0]
                extra[t.key] -= 1
                used.add(t.start)
                a, b = joined.span(t.start, t.end)
                if noun in ("tag", "address") and _localised_link(key, t.key):
                    yield ctx.flag(a, b, f"link of the source (“{s_tok.text}”) points to a page in "
                                         f"another language in the translation: check it exists",
                                   evidence=evidence, severity=_minor(ctx))
                    continue
                why = ("changed case" if _norm_name(t.key) == _norm_name(key)
                       else "translated or changed")
                yield ctx.flag(a, b, f"{noun} “{s_tok.text}” of the source is “{t.text}” in the "
                                     f"translation ({why}): it must be kept verbatim",
                               suggestion=s_tok.text, evidence=evidence)
                continue
            left[s_tok.text] += 1
    if left:
        names = ", ".join(f"“{k}”" + (f" ×{n}" if n > 1 else "") for k, n in sorted(left.items()))
        a, b = joined.whole
        # a dropped address may be paraphrased ("on its website"); a dropped placeholder
        # or tag breaks the software
        yield ctx.flag(a, b, f"{noun}{'es' if noun == 'address' and sum(left.values()) > 1 else 's' if sum(left.values()) > 1 else ''} "
                             f"{names} of the source missing from the translation", evidence=evidence,
                       severity=_minor(ctx) if noun == "address" else None)
    added = []
    for t in extras:
        if extra[t.key] > 0 and t.start not in used:
            extra[t.key] -= 1
            added.append(t)
    if noun == "tag" and not missing:
        # formatting the translator added (French "1<sup>er</sup>", a <br/>) is well
        # formed and breaks nothing: minor, one finding per element
        for t in list(added):
            name = t.key.split()[0].strip("</>")
            close = None
            if t.kind == "open":
                close = next((c for c in added if c.kind == "close" and c.start > t.start
                              and c.key == f"</{name}>"), None)
                if close is None:
                    continue
            elif t.kind != "empty":
                continue
            end = close.end if close else t.end
            added = [x for x in added if x is not t and x is not close]
            a, b = joined.span(t.start, end)
            shown = f"{t.text}…{close.text}" if close else t.text
            yield ctx.flag(a, b, f"formatting “{shown}” added by the translation (the source has "
                                 f"no such tag)", evidence=evidence, severity=_minor(ctx))
    for t in added:
        if noun == "address" and _known_address(ctx, src, t.text):
            continue
        a, b = joined.span(t.start, t.end)
        yield ctx.flag(a, b, f"{noun} “{t.text}” is not in the source", evidence=evidence,
                       severity=_minor(ctx) if noun == "address" else None)


def _known_address(ctx: CheckContext, src: str, address: str) -> bool:
    """Is an address the translation adds attested after all: cut off in the source bead
    ("(@n…" of an embed), or written anywhere in another version?"""
    for m in re.finditer(r"(\S{2,})…", src):
        if address.startswith(m.group(1).lstrip("(")):
            return True
    return any(address in d.text for d in ctx.versions)


def _check(ctx: CheckContext, has_sigil, extract, noun: str, second) -> Iterator[Finding]:
    """Compare each bead; where the multisets agree, run the rule's ``second`` test
    (printf order, tag nesting)."""
    for bead in ctx.beads():
        if not bead.target or not bead.source:
            continue
        if not has_sigil(bead.source_text) and not any(has_sigil(s.text) for s in bead.target):
            continue  # the hot path: prose without a sigil
        found = list(_compare(ctx, bead, extract, noun))
        yield from found
        if not found:
            yield from second(ctx, bead, Joined(bead.target))


# ---------------------------------------------------------------------------------------
# M001 placeholder-mismatch
# ---------------------------------------------------------------------------------------
def _printf_order(toks: list[Token]) -> list[str]:
    """Conversions of unnumbered printf placeholders, in order (they cannot be reordered)."""
    return [t.text[-1] for t in toks if t.kind == "printf" and "$" not in t.text]


@rule("M001", "placeholder-mismatch", "Markup/Placeholder", "major", artefact="broken-placeholder",
      summary="A placeholder of the source (%s, %(name)s, {0}, {name}, {{ name }}, ${name}, %1) "
              "that the translation drops, breaks (“% s”, “{ name }”), renames (“{nom}”), adds "
              "or, for unnumbered printf conversions, reorders.",
      why="Placeholders are filled in by software: a missing, renamed or broken one shows raw "
          "syntax to readers or crashes the program (printf with the wrong argument type). MT "
          "engines treat them as words and translate, re-case or space them.",
      fail=("Delete {count} files?", "{Anzahl} Dateien löschen?"),
      ok=("Delete {count} files?", "{count} Dateien löschen?"),
      options={"patterns": []},
      needs_source=True)
def placeholder_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    extra = _house_patterns(tuple(opts.get("patterns") or ()))
    if not extra:
        return _check(ctx, _HINT.search, placeholders, "placeholder", _reordered)

    def extract(text: str) -> list[Token]:
        # the house syntaxes first: a "[[name]]" is one placeholder, not a bracket and a word
        own = [Token("custom", m.group(), m.group(), m.start(), m.end())
               for rx in extra for m in rx.finditer(text)]
        taken = [(t.start, t.end) for t in own]
        rest = [t for t in placeholders(text) if not any(a < t.end and t.start < b for a, b in taken)]
        return sorted(own + rest, key=lambda t: t.start)

    return _check(ctx, lambda text: True, extract, "placeholder", _reordered)


@lru_cache(maxsize=32)
def _house_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """The ``patterns`` option: regular expressions for a house placeholder syntax (one
    for ``[[name]]``, one for ``:name``), checked like the built-in syntaxes."""
    out = []
    for p in patterns:
        try:
            out.append(re.compile(str(p)))
        except re.error as e:
            raise ConfigError(f"M001 option patterns: {p!r} is not a regular expression ({e})") from None
    return tuple(out)


def _reordered(ctx: CheckContext, bead: BeadView, joined: Joined) -> Iterator[Finding]:
    s_order = _printf_order(placeholders(bead.source_text))
    t_order = _printf_order(placeholders(joined.text))
    if len(s_order) > 1 and s_order != t_order and sorted(s_order) == sorted(t_order):
        a, b = joined.whole
        yield ctx.flag(a, b, "printf placeholders without position (" + ", ".join(
            f"%{c}" for c in s_order) + ") are reordered in the translation: they take their "
            "arguments in order; number them (%1$s, %2$d) to reorder",
            evidence=[ctx.evidence(ctx.source, None, bead.source_text, note="source")])


# ---------------------------------------------------------------------------------------
# M002 markup-tag-mismatch
# ---------------------------------------------------------------------------------------
def _nesting_error(toks: list[Token]) -> Token | None:
    """The first tag that breaks nesting (a close without its open, or crossing), if any."""
    stack: list[str] = []
    for t in toks:
        name = t.key.split()[0].strip("</>")
        if t.kind == "open":
            stack.append(name)
        elif t.kind == "close":
            if not stack or stack[-1] != name:
                return t
            stack.pop()
    return None


@rule("M002", "markup-tag-mismatch", "Markup/Tag", "major", artefact="broken-tag",
      summary="An inline tag of the source (<b>, </a>, <br/>, a link's href) that the "
              "translation drops, breaks (“< /b>”), adds, or nests wrongly (“</b>…<b>”).",
      why="Inline tags carry links and formatting: a dropped closing tag runs bold to the end "
          "of the page, a broken one shows raw markup, a changed href sends readers elsewhere.",
      fail=("Click <b>Save</b> to continue.", "Klicken Sie auf <b>Speichern< /b>, um fortzufahren."),
      ok=("Click <b>Save</b> to continue.", "Klicken Sie auf <b>Speichern</b>, um fortzufahren."),
      needs_source=True)
def markup_tag_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    found = _check(ctx, lambda text: "<" in text, tags, "tag", _misnested)
    if not ctx.runs("X002"):
        return found
    # a model's special token (<unk>, </s>, <extra_id_0>) is no tag of the text: X002's case
    from .system import is_model_token
    return (f for f in found if not is_model_token(f.text or ""))


def _misnested(ctx: CheckContext, bead: BeadView, joined: Joined) -> Iterator[Finding]:
    s_toks = tags(bead.source_text)
    if not s_toks or _nesting_error(s_toks) is not None:
        return  # the source does not nest either: no standard to hold the target to
    bad = _nesting_error(tags(joined.text))
    if bad is not None:
        a, b = joined.span(bad.start, bad.end)
        yield ctx.flag(a, b, f"tag “{bad.text}” closes nothing open at that point: the "
                             f"translation nests its tags wrongly",
                       evidence=[ctx.evidence(ctx.source, None, bead.source_text, note="source")])


# ---------------------------------------------------------------------------------------
# M003 address-mismatch
# ---------------------------------------------------------------------------------------
@rule("M003", "address-mismatch", "Accuracy/Mistranslation", "major", artefact="changed-address",
      summary="A URL, e-mail address, @handle, command-line option or file path of the source "
              "that the translation changes (a translated path or mailbox, spaces inserted), "
              "drops or adds.",
      why="Readers follow and type these character for character: MT translates URL slugs and "
          "mailbox names (help@ → hilfe@) and breaks addresses with spaces, and the result "
          "leads nowhere or to someone else.",
      fail=("Write to help@example.org or see https://example.org/help.",
            "Schreiben Sie an hilfe@example.org oder siehe https://example.org/hilfe."),
      ok=("Write to help@example.org or see https://example.org/help.",
          "Schreiben Sie an help@example.org oder siehe https://example.org/help."),
      needs_source=True)
def address_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    found = _check(ctx, _ADDRESS_HINT.search, addresses, "address", lambda *_: iter(()))
    if not ctx.runs("F004") or ctx.one_string():
        return found
    # an embed's media link or signature left in an article (pic.twitter.com/…): F004's
    # finding, one artefact
    from .furniture import embed_spans
    spans = embed_spans(ctx)
    return (f for f in found if not (f.text_span and any(a <= f.text_span[0] and f.text_span[1] <= z
                                                        for a, z in spans)))


# ---------------------------------------------------------------------------------------
# M004 edge-whitespace
# ---------------------------------------------------------------------------------------
_EDGE = " \t\r\n"  # not the no-break spaces French typography puts before ":" or "?"


@rule("M004", "edge-whitespace", "Markup/Whitespace", "minor", artefact="edge-whitespace",
      summary="A software string whose translation drops or adds the source's leading or "
              "trailing white space, or changes its number of line breaks (pair mode: one "
              "string from a PO, XLIFF or TMX file).",
      why="Programs join strings: “Name: ” + value loses its space when MT trims it, and a "
          "line break added or lost moves the layout. MT engines trim both ends by habit.",
      fail=("Name: ", "Nom :"), ok=("Name: ", "Nom : "),
      needs_source=True)
def edge_whitespace(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if not ctx.one_string():
        return  # an article's sentences have no meaningful edges
    src, tgt = ctx.source, ctx.target
    s, t = src.text, tgt.text
    if not s.strip() or not t.strip():
        return
    ev = [ctx.evidence(src, text=s, note="source")]
    for verb, sx, tx in (("starts", s[:1], t[:1]), ("ends", s[-1:], t[-1:])):
        if (sx in _EDGE) == (tx in _EDGE):
            continue
        at = 0 if verb == "starts" else len(t.rstrip(_EDGE))
        end = len(t) - len(t.lstrip(_EDGE)) if verb == "starts" else len(t)
        if at == end:  # nothing to point at: the first or last character
            at, end = (0, 1) if verb == "starts" else (len(t) - 1, len(t))
        msg = (f"the source {verb} with white space ({sx!r}), the translation does not" if sx in _EDGE
               else f"the translation {verb} with white space ({tx!r}) the source does not have")
        yield ctx.flag(at, end, msg, evidence=ev)
    ns, nt = s.count("\n"), t.count("\n")
    if ns != nt:
        yield ctx.flag(0, len(t), f"{ns} line break{'s' if ns != 1 else ''} in the source, {nt} in the "
                                  f"translation", evidence=ev)


# ---------------------------------------------------------------------------------------
# M005 accelerator-mismatch
# ---------------------------------------------------------------------------------------
# Keyboard accelerators: "&File" (Qt, Windows, KDE), "_File" (GTK), "~File" (LibreOffice).
# A marker counts only before a letter and not inside a word, so "AT&T", "R&D",
# "Procter & Gamble", "&amp;" and snake_case are no accelerators.
_ACCEL = {m: re.compile(rf"(?<![\w&_~]){re.escape(m)}(?=[^\W\d_])(?![^\W\d_]+;)") for m in "&_~"}


def accelerators(text: str) -> dict[str, list[int]]:
    """Marker → positions of the accelerator markers of ``text``."""
    out: dict[str, list[int]] = {}
    for m, rx in _ACCEL.items():
        if m in text:
            found = [x.start() for x in rx.finditer(text)]
            if found:
                out[m] = found
    return out


@rule("M005", "accelerator-mismatch", "Markup/Accelerator", "minor", artefact="broken-accelerator",
      summary="A menu or button string whose keyboard accelerator marker (&File, _File, ~File) the "
              "translation drops, doubles or separates from its letter (pair mode).",
      why="Without its marker the item has no keyboard shortcut; two markers or “& Datei” show "
          "a stray character. MT treats the marker as punctuation.",
      fail=("&Save as…", "Speichern unter…"), ok=("&Save as…", "&Speichern unter…"),
      needs_source=True)
def accelerator_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if not ctx.one_string():
        return  # accelerators live in UI strings, checked one by one
    src, tgt = ctx.source, ctx.target
    s_acc = accelerators(src.text)
    if not s_acc or sum(len(v) for v in s_acc.values()) != 1:
        return  # none, or several: not a menu label (or not one this rule can judge)
    (marker, _), = s_acc.items()
    t = tgt.text
    found = accelerators(t).get(marker, [])
    ev = [ctx.evidence(src, text=src.text, note="source")]
    if len(found) == 1:
        return
    if len(found) > 1:
        yield ctx.flag(found[1], found[1] + 2, f"accelerator marker “{marker}” twice in the translation",
                       evidence=ev)
        return
    spaced = re.search(rf"(?<![\w&_~]){re.escape(marker)}\s+(?=[^\W\d_])", t)
    if spaced:
        yield ctx.flag(spaced.start(), spaced.end() + 1, f"accelerator marker “{marker}” is cut off from "
                                                         f"its letter", evidence=ev,
                       suggestion=marker + t[spaced.end()])
    else:
        yield ctx.flag(0, len(t), f"the accelerator marker “{marker}” of the source is missing: the item "
                                  f"has no keyboard shortcut", evidence=ev)


# ---------------------------------------------------------------------------------------
# M006 escaped-text
# ---------------------------------------------------------------------------------------
# an HTML entity (&amp; &#39; &#x27; &nbsp;) or a programming-language escape (\n \t \" \u00e9)
# written out in the text: a pipeline escaped it once too often or never unescaped it
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"  # a surrogate pair
                     r"|\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrt](?![a-z])|[\"'])")
_ESCAPES = {"\\n": "a line break", "\\r": "a carriage return", "\\t": "a tab", '\\"': '"', "\\'": "'"}


def _escaped(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, as written, what it stands for) for each escape written out."""
    if "&" in text:
        from html import unescape
        for m in _ENTITY.finditer(text):
            dec = unescape(m.group())
            if dec != m.group():
                yield m.start(), m.end(), m.group(), dec
    if "\\" in text:
        for m in _ESCAPE.finditer(text):
            tok = text[text.rfind(" ", 0, m.start()) + 1:m.end()]
            if ":\\" in tok or "\\\\" in tok or "/" in tok:
                continue  # a Windows path or a UNC share: M003's business
            lit = m.group()
            if len(lit) == 12:  # \ud83d\ude00: one character written as two UTF-16 halves
                hi, lo = int(lit[2:6], 16), int(lit[8:12], 16)
                dec = chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
            elif lit[1] in "ux":
                code = int(lit[2:], 16)
                # half of a surrogate pair alone is no character: say so, suggest nothing
                dec = "half of a UTF-16 surrogate pair" if 0xD800 <= code <= 0xDFFF else chr(code)
            else:
                dec = _ESCAPES[lit]
            yield m.start(), m.end(), lit, dec


@rule("M006", "escaped-text", "Fluency/Character encoding", "minor", artefact="escaped-text",
      summary="An HTML entity (&amp;, &#39;, &nbsp;) or an escape sequence (\\n, \\\", \\u00e9) "
              "written out in the translation where the source has the character itself: "
              "text escaped twice, or never unescaped.",
      why="Readers see “Smith &amp; Sons” or “it\\'s”; the CMS, the MT connector or an "
          "export step escaped the text once too often, and every later string of the same "
          "pipeline has the same fault.",
      fail=("Er arbeitet bei Smith & Sons.", "He works at Smith &amp; Sons."),
      ok=("Er arbeitet bei Smith & Sons.", "He works at Smith & Sons."))
def escaped_text(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    text = ctx.target.text
    if "&" not in text and "\\" not in text:
        return
    others = [d.text for d in ctx.versions]
    for s, e, lit, dec in _escaped(text):
        if any(lit in o for o in others):
            continue  # the source writes it so too: markup on purpose (or its own fault)
        if len(dec) == 1 and (dec.isspace() or not dec.isprintable()):
            import unicodedata
            shown = "a " + unicodedata.name(dec, f"U+{ord(dec):04X}").lower()
        else:
            shown = dec if len(dec) > 1 and dec not in '"\'' else f"“{dec}”"
        yield ctx.flag(s, e, f"“{lit}” is written out: it stands for {shown} "
                             f"{'(an HTML entity)' if lit.startswith('&') else '(an escape sequence)'}",
                       suggestion=dec if len(dec) == 1 and not dec.isspace() else None)
