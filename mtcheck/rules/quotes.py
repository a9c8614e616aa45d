"""Quotes: a quotation re-translated when its original words are at hand.

A German article quotes an English post in German; machine translation back into English
then produces words the speaker never said ("For the USA, the fee would be relatively
low…") although the article set holds the original ("The fee would be relatively low for
the U.S. …": the embedded post, a quote kept in the original in another edition).  In
journalism a misquote is a correction, so Q001 looks for quotes in the translation whose
words largely recur, out of order or reworded, in text of the translation's language that
stands in another version.

Only document mode can see this: the original must be in a *different* bead than the
quote (in a single pair, text kept in the target language is L001's business).
References and versions in the target's language are not evidence: they are
translations of the same sentences, not the speaker's words.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterator

from ..model import Document, Finding, Segment
from ._text import zipf
from .context import CheckContext
from .form import quoted_spans
from .language import base_lang, lang_name
from .registry import rule

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
MIN_WORDS = 5  # shorter quotes ("good idea") match by chance
CONTENT_ZIPF = 5.5  # words rarer than "would", "for", "but": they carry the match
_END = re.compile(r"[,.;:!?…]")


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _originals(ctx: CheckContext, tl: str) -> list[tuple[Document, Segment, list[re.Match]]]:
    """Segments of the source and of parallels in other languages that are written in the
    target's language (embedded posts, quotes kept in the original)."""
    from ..langid import SEGMENT_MIN_CONF, _clean, get_identifier

    # The identifier alone, without segment_language's word-level backing: that needs
    # each language's full word list (0.4 s a language to load), and a false "English"
    # here costs nothing, since _match still wants the quote's words in order.
    ident = get_identifier()
    out = []
    for doc in [ctx.source] + ctx.parallels:
        if doc is None or base_lang(doc.lang) == tl:
            continue
        for seg in doc.segments:
            ws = _words(seg.text)
            if len(ws) < MIN_WORDS:
                continue
            lang, conf = ident.detect(_clean(seg.text))
            if lang == tl and conf >= SEGMENT_MIN_CONF:
                out.append((doc, seg, ws))
    return out


def _match(quote: list[str], orig: list[str], tl: str) -> tuple[int, int, int] | None:
    """(matched words, first and last matched position in ``orig``) when ``quote`` is the
    original reworded: at least half its words recur in order, three of them content
    words, and the quote is not a verbatim stretch of it."""
    sm = SequenceMatcher(None, quote, orig, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    if matched * 2 < len(quote) or any(b.size == len(quote) for b in blocks):
        return None
    content = {quote[b.a + k] for b in blocks for k in range(b.size)
               if not quote[b.a + k].isdigit() and zipf(quote[b.a + k], tl) < CONTENT_ZIPF}
    if len(content) < 3:
        return None
    return matched, blocks[0].b, blocks[-1].b + blocks[-1].size - 1


def _best_original(ctx: CheckContext, originals, own: set[int], quote: list[str], tl: str):
    """The original the quote rewords most, as (matched words, document, segment, its word
    matches, first and last matched word), outside the quote's own bead; or None."""
    best = None
    for doc, oseg, ows in originals:
        if doc is ctx.source:
            if oseg.index in own:
                continue  # kept verbatim in this very bead: not a back-translation
        elif oseg.index in {x.index for x in ctx.counterparts(doc, own)}:
            continue
        hit = _match(quote, [m.group().lower() for m in ows], tl)
        if hit and (best is None or hit[0] > best[0]):
            best = (hit[0], doc, oseg, ows, hit[1], hit[2])
    return best


@rule("Q001", "back-translated-quote", "Accuracy/Mistranslation", "major", artefact="mistranslation",
      summary="A quotation whose original words stand in another version of the article (an "
              "embedded post, a quote kept in the original language) but that the translation "
              "re-translated from the source's paraphrase, so the quote no longer says what "
              "the speaker said.",
      why="Quotes must be the speaker's words. When a German article quotes an English post "
          "in German, MT into English produces a back-translation (“For the USA, the fee "
          "would be relatively low”) instead of the original (“The fee would be relatively "
          "low for the U.S.”): a misquote that needs a correction.",
      fail=("We will open the new hospital in Lugano next spring. So schrieb die Gesundheitsdirektorin. "
            "Sie sagte: «Wir eröffnen das neue Spital in Lugano im nächsten Frühling.»",
            "We will open the new hospital in Lugano next spring. That is what the health director "
            "wrote. She said: “We are opening the new hospital in Lugano in the next spring.”"),
      ok=("We will open the new hospital in Lugano next spring. So schrieb die Gesundheitsdirektorin. "
          "Sie sagte: «Wir eröffnen das neue Spital in Lugano im nächsten Frühling.»",
          "We will open the new hospital in Lugano next spring. That is what the health director "
          "wrote. She said: “We will open the new hospital in Lugano next spring.”"),
      needs_source=True)
def back_translated_quote(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    tl = base_lang(ctx.target.lang)
    if not tl or ctx.source is None or len(ctx.source.segments) < 2:
        return  # a single pair has no other bead to hold an original
    originals = None
    for bead in ctx.beads():
        if not bead.source or not quoted_spans(bead.source_text):
            continue  # the source quotes too: the target's quote was translated from it
        own = {s.index for s in bead.source}
        for seg in bead.target:
            for s, e, _style in quoted_spans(seg.text):
                inner = seg.text[s + 1:e - 1]
                qws = [m.group().lower() for m in _words(inner)]
                if len(qws) < MIN_WORDS:
                    continue
                if originals is None:
                    originals = ctx.cached("quotes.originals", lambda: _originals(ctx, tl))
                best = _best_original(ctx, originals, own, qws, tl)
                if best is None:
                    continue
                _, doc, oseg, ows, i, j = best
                a, b = ows[i].start(), ows[j].end()
                m = _END.search(oseg.text, b)
                b = m.start() if m and m.start() - b < 40 else b
                said = oseg.text[a:b].strip()
                lead = len(inner) - len(inner.lstrip())
                yield ctx.flag(seg.start + s + 1 + lead, seg.start + s + 1 + len(inner.rstrip()),
                               f"quote re-translated from the {lang_name(base_lang(ctx.source.lang))}: "
                               f"the original {lang_name(tl)} words stand in the "
                               f"{'source' if doc is ctx.source else doc.role} ({doc.path}): “{said}”",
                               suggestion=said,
                               evidence=[ctx.evidence(doc, oseg, note="the original words"),
                                         ctx.evidence(ctx.source, None, bead.source_text, note="source")])
