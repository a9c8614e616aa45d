"""Captions read against the body they stand beside (F008; F001's "repeats the body").

A picture caption is written apart from the story, often earlier or by someone else, and
on a scraped or machine-translated page it lands in the running text.  Two things then
matter to an editor: whether it only repeats a body sentence (it can go), and whether it
states a figure the body states otherwise (20,000 inmates in the caption, 40,000 in the
story): the reader meets two facts for one thing.  Both are found by reading the caption
against every body sentence of the same version; no other version is needed.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Document, Evidence, Segment, Severity
from ._text import find_numbers
from .context import CheckContext
from .furniture import FURNITURE_KINDS, _caption_candidates, _content, _q, blocks, lex
from .registry import rule

# the word a figure counts: the next word, or a percent written out (57 per cent, 57 pour cent)
_NOUN_RE = re.compile(r"\s*(?:(?P<pct>%|per\s?cent(?:o)?\b|pour\s?cent\b|por\s?ciento\b|procent\w*\b|prozent\b|"
                      r"percent\w*\b|por\s?cento\b)|(?P<w>[^\W\d_][\w'’-]*))", re.I)
_NUMBER_KINDS = ("number", "word")


def _counted(text: str, lang: str | None, base: int = 0) -> list[tuple[int, int, frozenset, str, str, bool]]:
    """(start, end, values, noun key, noun as written, a day before its month) of each
    figure in ``text`` that a word after it says what it counts (70,000 people, 57 Prozent,
    3,5 millions de francs); years, all-digit dates, times and codes are left out."""
    out = []
    fw = lex().function
    stop = fw.get(lang or "", lex().function_all) or lex().function_all
    from .numbers import calendar_words
    # a day before its month (le 14 octobre, 14 October): a date (see caption_contradicts_body)
    months = {a for k, _n, a, _b in calendar_words(text, lang) if k == "month"}
    for n in find_numbers(text, lang):
        if n.kind not in _NUMBER_KINDS or n.soft or not n.values:
            continue
        m = _NOUN_RE.match(text, n.end)
        if m is None:
            continue
        if m.group("pct"):
            key, shown = "%", m.group("pct")
        else:
            w = m.group("w")
            key = w.casefold().rstrip("'’")
            if key in stop or len(key) < 3:
                continue  # "70,000 of the prisoners", "12 in": no noun to compare by
            shown = w
        out.append((base + n.start, base + n.end, n.values, key, shown,
                    m.group("w") is not None and m.start("w") in months))
    return out


def _same_noun(a: str, b: str) -> bool:
    """One noun in two forms (inmate ~ inmates, Häftlinge ~ Häftlingen)?"""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    k = 0
    for x, y in zip(a, b):
        if x != y:
            break
        k += 1
    return k >= max(4, min(len(a), len(b)) - 2)


def _round_of(r: float, p: float) -> bool:
    """Is round figure ``r`` (70,000; 60) ``p`` rounded to r's last non-zero digit?"""
    if r != int(r) or r == 0:
        return False
    x, k = int(abs(r)), 0
    while x % 10 == 0:
        x //= 10
        k += 1
    return k > 0 and round(p / 10 ** k) * 10 ** k == r


def _agree(a: frozenset, b: frozenset) -> bool:
    """Can two figures be one quantity: equal, or one the other rounded?"""
    if a & b:
        return True
    return any(isinstance(x, (int, float)) and isinstance(y, (int, float)) and (_round_of(x, y) or _round_of(y, x))
               for x in a for y in b)


def caption_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Where the target's captions are: leaked into the body (F001's candidates) or
    marked as captions by the file (an HTML figcaption)."""
    def build() -> list[tuple[int, int]]:
        spans = [(s, e) for s, e, _why, _ev in _caption_candidates(ctx)]
        spans += [(b.start, b.end) for b in blocks(ctx) if b.kind == "caption"]
        return sorted(set(spans))
    return ctx.cached("captions.spans", build)


def _body(ctx: CheckContext) -> list[tuple[Segment, set[str]]]:
    """The target's body sentences (no furniture, nothing inside a caption) with their
    content words: read once for F001's echoes and F008's figures."""
    def build() -> list[tuple[Segment, set[str]]]:
        spans = caption_spans(ctx)
        lang, lx = ctx.target.lang, lex()
        return [(seg, _content(seg.text, lang, lx)) for seg in ctx.target.segments
                if seg.kind not in FURNITURE_KINDS and not any(s < seg.end and seg.start < e for s, e in spans)]
    return ctx.cached("captions.body", build)


def body_echo(ctx: CheckContext, start: int, end: int) -> Evidence | None:
    """The body sentence caption text [start, end) repeats, if one does: three fifths of
    the caption's content words (three at least) stand in one body sentence."""
    lang = ctx.target.lang
    lx = lex()
    cap = _content(ctx.target.text[start:end], lang, lx)
    if len(cap) < 3:
        return None
    best, best_n = None, 0
    for seg, words in _body(ctx):  # (caption text [start, end) is one of caption_spans)
        n = len(cap & words)
        if n > best_n:
            best, best_n = seg, n
    if best is None or best_n < max(3, 0.6 * len(cap)):
        return None
    return ctx.evidence(ctx.target, best, note=f"the body says it too (line {_line(ctx, best)})")


def _changed_figures(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans of figures whose aligned source caption has another figure instead
    (D001 reports them as changed: the caption contradicts its own source first).  Only
    a caption the source marks as one counts: a caption that repeats a body sentence is
    often aligned in that sentence's place, and its figure is no change of that one."""
    from .numbers import _analyse

    out = []
    for b in ctx.cached("numbers.beads", lambda: _analyse(ctx)):
        if b.us and any(s.kind == "caption" for s in b.bead.source):
            out += [b.tgt.span(y.start, y.end) for y in b.ut]
    return out


def _line(ctx: CheckContext, seg: Segment) -> int:
    """The line of the user's file a target segment starts on."""
    return ctx.target.line_col(ctx.target.raw_span(seg.start, seg.end)[0])[0]


def _figures_in(doc: Document) -> list[frozenset]:
    return [n.values for n in find_numbers(doc.text, doc.lang) if n.kind in _NUMBER_KINDS and n.values]


@rule("F008", "caption-contradicts-body", "Accuracy/Mistranslation", "major", artefact="caption-contradiction",
      summary="A picture caption (leaked into the running text, or marked as a caption) gives a "
              "figure for something the body counts otherwise: the same word counted (inmates, "
              "Prozent, personnes), two or more other words of the caption in the body sentence, "
              "and no body sentence with the caption's figure or a rounding of it. Minor where "
              "the source has both figures too (the inconsistency is the original's). Article sets "
              "only: a single pair has no body beside its caption.",
      why="Captions are written apart from the story and are rarely checked against it; when "
          "one says 20,000 and the story 40,000, the reader is given two facts for one, and "
          "one of them is wrong or out of date.",
      fail=("Mehr als 40'000 Häftlinge sitzen im Gefängnis. Im Gefängnis sitzen 20'000 Häftlinge. KEYSTONE",
            "More than 40,000 inmates are held in the prison.\n\n"
            "The prison holds 20,000 inmates. KEYSTONE"),
      ok=("Mehr als 40'000 Häftlinge sitzen im Gefängnis. Im Gefängnis sitzen 40'000 Häftlinge. KEYSTONE",
          "More than 40,000 inmates are held in the prison.\n\n"
          "The prison holds 40,000 inmates. KEYSTONE"))
def caption_contradicts_body(ctx: CheckContext, opts: dict) -> Iterator:
    spans = caption_spans(ctx)
    if not spans:
        return
    t = ctx.target.text
    lang = ctx.target.lang
    lx = lex()
    body = None
    src_figs = None
    changed = None
    for s, e in spans:
        facts = _counted(t[s:e], lang, s)
        if not facts:
            continue
        if body is None:
            body = [(seg, _counted(seg.text, lang, seg.start), words) for seg, words in _body(ctx)]
            body_values = [v for _seg, fs, _c in body for _a, _b, v, _k, _w, _d in fs]
        cap_words = _content(t[s:e], lang, lx)
        for a, b, vals, key, shown, dated in facts:
            if changed is None:
                changed = _changed_figures(ctx) if ctx.runs("D001") else []
            if any(x < b and a < z for x, z in changed):
                continue  # D001's finding: the caption changed its source's figure
            if any(vals & v for v in body_values):
                continue  # the body has this figure, maybe of another word: no contradiction told
            noun_stem = key[:6]
            others = []
            agree = False
            for seg, fs, words in body:
                for _a, _b, v, k, w, _d in fs:
                    if not _same_noun(key, k):
                        continue
                    if _agree(vals, v):
                        agree = True
                        break
                    shared = (cap_words & words) - {noun_stem, k[:6]}
                    # another day of the month: a caption dates its photo, so only one that
                    # restates the body sentence (all but one of its other words there)
                    # gives another date for the same event
                    need = max(2, len(cap_words - {noun_stem, k[:6]}) - 1) if dated else 2
                    if len(shared) >= need:
                        others.append((seg, t[_a:_b], w, v))
                if agree:
                    break
            if agree or not others:
                continue
            seg, fig, w, bv = others[0]
            sev = None
            why = ""
            if ctx.source is not None:
                if src_figs is None:
                    src_figs = _figures_in(ctx.source)
                if any(_agree(vals, v) for v in src_figs) and any(_agree(bv, v) for v in src_figs):
                    assert ctx.rule is not None
                    sev = min(ctx.severities.get(ctx.rule.code, ctx.rule.severity), Severity.MINOR)
                    why = "; the source has both figures too"
            ev = [ctx.evidence(ctx.target, o, note=f"the body (line {_line(ctx, o)})")
                  for o, _f, _w, _v in others[:2]]
            yield ctx.flag(a, b, f"the caption says {_q(t[a:b], 30)} {shown}, the body {fig} {w} "
                                 f"(line {_line(ctx, seg)}){why}", evidence=ev, severity=sev)

