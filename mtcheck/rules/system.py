"""MT-system text in the translation (X002): what the engine, not the author, wrote.

Two kinds, both absent from any human translation:
- special tokens of neural MT and language models that reached the output: <unk>, [UNK],
  <extra_id_0>, </s>, <|endoftext|>, <|im_end|>, [INST], SentencePiece's "▁" inside a word,
  BPE's "@@ " joiner;
- what an LLM asked to translate writes around the translation: a preamble ("Here is the
  translation:", "Voici la traduction :"), a label ("Translation:"), a refusal ("I'm sorry,
  but I can't translate …"), a closing line ("I hope this helps"); per language, as data
  (data/system/assistant.tsv); a closing line only where it starts one of the last two
  sentences, outside quotes;
- an LLM's markdown (code fences, **bold**, "## " headings) or quotes around the whole
  output where the source has none (minor: formatting, not words).

A token or phrase the source itself has is content (an article about tokenizers, a quoted
chatbot), and a source that speaks of translating (übersetzen, traduire) may be rendered
with "translation" at a sentence start: neither is reported.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from ..model import Finding, Severity
from ._text import norm_lang
from .context import CheckContext
from .registry import rule

_DATA = Path(__file__).resolve().parent.parent / "data" / "system" / "assistant.tsv"

# special tokens of MT models and LLM chat templates; a truncated sentinel (<extra_id_0)
# counts, since detokenisers often eat the closing bracket
_TOKENS = re.compile(
    r"<extra_id_\d+>?|<<unk>>|<unk>|\[UNK\]|\[MASK\]|\[PAD\]|\[CLS\]|\[SEP\]|<mask>|<pad>|"
    r"</s>|<s>(?=\S)|<bos>|<eos>|<\|[a-z_]{3,20}\|>|\[/?INST\]|<</?SYS>>|<(?:start|end)_of_turn>|"
    r"(?<=\w)▁(?=\w)|(?<=^)▁(?=\w)|(?<=\s)▁(?=\w)|(?<=\w)@@(?= \w)")
# a source that speaks of translating: "translation" in the target may be the author's
_COLON = re.compile(r"[:：]")  # a label's colon, also the full-width one (以下是翻译：)
_TRANSLATING = re.compile(r"translat|übersetz|ubersetz|tradu[cizsæ]|vertaal|vertal|tłumacz|prevod|překl|"
                          r"перев[оеи]д|çevir|översätt|oversæt|翻译|译文|翻訳", re.IGNORECASE)


# markdown an LLM adds: code fences, **bold**, "## " headings (not __x__: Python's __init__)
_MARKDOWN = re.compile(r"```|(?<![\w*])\*\*(?=\S)[^*\n]{1,80}(?<=\S)\*\*(?![\w*])|^#{1,6}[ \t]+(?=\S)",
                       re.MULTILINE)
_MD_ANY = re.compile(r"```|\*\*|^#{1,6}[ \t]", re.MULTILINE)
_WRAPPED = re.compile(r"\s*([\"“„«»‘‚])(.+)([\"“”«»’])\s*", re.DOTALL)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_QUOTES = re.compile(r"[\"“”„«»‘‚]")


def _minor(ctx: CheckContext) -> Severity:
    assert ctx.rule is not None
    return min(ctx.severities.get(ctx.rule.code, ctx.rule.severity), Severity.MINOR)


def is_model_token(text: str) -> bool:
    """Is ``text`` one special token of an MT model or chat template (<unk>, </s>)?"""
    return _TOKENS.fullmatch(text) is not None


class Phrase(NamedTuple):
    where: str  # start | end
    text: str
    pattern: re.Pattern
    body: str  # the phrase's own pattern, without where it may stand


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[Phrase, ...]]:
    out: dict[str, list[Phrase]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, where, text = (c.strip() for c in line.split("\t"))
        body = r"\s+".join(re.escape(w) for w in text.split())
        body = body.replace("'", "['’]")
        end = r"(?!\w)" if text[-1].isalnum() else ""
        # a closing line starts a sentence: at the segment start or after a sentence end
        # (a pair's target is one segment)
        pat = re.compile(r"[\s*_#>(-]*" + body + end if where == "start" else
                         r"(?:^|(?<=[.!?…])[ \t]+|(?<=[。！？])[ \t]*|\n\s*)" + body + end,
                         re.IGNORECASE | re.MULTILINE)
        out.setdefault(lang, []).append(Phrase(where, text, pat, body + end))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _probe(lang: str, where: str) -> re.Pattern | None:
    """All of a language's phrases of one kind in one pattern: most segments match none,
    and one match settles that (the phrase itself is then found one by one). A closing
    line's probe holds the bodies alone, tried only where a closing line may begin."""
    if where == "end":
        pats = [p.body for p in _phrases().get(lang, ()) if p.where == where]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) if pats else None
    pats = [p.pattern.pattern for p in _phrases().get(lang, ()) if p.where == where]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE | re.MULTILINE) if pats else None


# where a closing line may begin (as its pattern allows): the start, a line start, after a
# sentence end and blanks (a full-width one needs none: 火车八点开。希望这对你有帮助)
_LINE_STARTS = re.compile(r"(?<=[.!?…])[ \t]+|(?<=[。！？])[ \t]*|\n\s*")
# (session 73) the same ends for a text without a full-width stop (nearly every one),
# written so that each match opens with its blank or line break (the stop before it a
# look-behind): the engine skips to those at C speed instead of looking behind every character
_LINE_STARTS_PLAIN = re.compile(r"[ \t\n](?:(?<=[.!?…][ \t])[ \t]*|(?<=\n)\s*)")


_FIRST_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=None)
def _end_firsts(lang: str) -> tuple[str, ...] | None:
    """The first words of a language's closing lines, upper-cased as IGNORECASE compares
    them (Umarım ~ UMARIM; None: one starts otherwise);
    a prefix test, for a script without spaces runs the first word into the next."""
    out = set()
    for p in _phrases().get(lang, ()):
        if p.where == "end":
            m = _FIRST_WORD.match(p.text)
            if m is None:
                return None
            out.add(m.group().upper())
    return tuple(sorted(out))


def _ends_with_phrase(lang: str, probe: re.Pattern, text: str) -> bool:
    """Does one of ``probe``'s closing lines begin anywhere one may begin in ``text``?
    (A match where one may begin and its first word is one they start with, not a search
    through every character.)"""
    firsts = _end_firsts(lang)
    starts = _LINE_STARTS if ("。" in text or "！" in text or "？" in text) else _LINE_STARTS_PLAIN
    for pos in (0, *(m.end() for m in starts.finditer(text))):
        if firsts is not None:
            w = _FIRST_WORD.match(text, pos)
            if w is None or not w.group().upper().startswith(firsts):
                continue
        if probe.match(text, pos):
            return True
    return False


def _q(s: str, n: int = 50) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


@rule("X002", "system-text", "Accuracy/Addition", "major", artefact="system-text",
      summary="Text the MT engine or LLM wrote, not the author: a model's special token "
              "(<unk>, [UNK], <extra_id_0>, </s>, <|im_end|>, SentencePiece ▁, BPE @@) or an "
              "assistant's preamble, label, refusal or closing line around the translation "
              "(Here is the translation:, Voici la traduction :, Übersetzung:, I'm sorry, but I "
              "can't translate …, I hope this helps); phrases per language as data (en, de, fr, "
              "es, it, nl, pt, ru, pl, tr, cs, sv, da, zh, ja), English ones in any target. Minor: an LLM's markdown (**bold**, code fences, ## headings) or "
              "quotes around the whole translation where the source has none.",
      why="LLM and NMT output is pasted into the CMS as it comes; a preamble or a stray token "
          "is published verbatim and tells the reader the copy was machine-made and unchecked.",
      fail=("Der Zug fährt um acht Uhr ab.",
            "Here is the translation: The train leaves at eight o'clock."),
      ok=("Sie sagte, die Übersetzung sei fertig.",
          "She said the translation was ready."),
      needs_source=True)
def system_text(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    segs = ctx.target.segments
    if not segs:
        return
    text = ctx.target.text
    src = ctx.source.text if ctx.source is not None else ""
    maybe_tokens = "<" in text or "[" in text or "▁" in text or "@@" in text
    for m in (_TOKENS.finditer(text) if maybe_tokens else ()):
        tok = m.group()
        if tok in src:
            continue
        what = ("SentencePiece's word marker" if tok == "▁" else "a BPE joiner" if tok == "@@"
                else f"the model token {tok}")
        yield ctx.flag(m.start(), m.end(), f"{what} in the translation: MT system output, not text",
                       suggestion="")
    if ("*" in text or "`" in text or "#" in text) and ctx.source is not None and not _MD_ANY.search(src):
        # an LLM's markdown in copy whose source has none: published as literal asterisks
        for m in _MARKDOWN.finditer(text):
            what = ("a code fence" if m.group().startswith("`") else "a heading marker"
                    if m.group().startswith("#") else "bold markers")
            yield ctx.flag(m.start(), m.end(), f"markdown ({what}) the source does not have: an LLM's "
                           "formatting, shown as literal characters in plain copy", suggestion="",
                           severity=_minor(ctx))
    w = _WRAPPED.fullmatch(text)
    if w and ctx.source is not None and not _QUOTES.search(src) and not _QUOTES.search(w.group(2)):
        # the whole output in quotes where the source has none: an LLM quoting its answer
        yield ctx.flag(w.start(1), w.end(1), "the whole translation is wrapped in quotes the source does "
                       "not have: an LLM quoting its answer, or quotes added", suggestion="", severity=_minor(ctx))
    tl = norm_lang(ctx.target.lang or ctx.target.lang_detected)
    # an LLM writes its lines in the target language or in English, whatever the target
    langs = [lg for lg in dict.fromkeys((tl or "", "en")) if _phrases().get(lg)]
    if not langs:
        return
    speaks_of_translating = None  # read only once a phrase is found: most pairs have none
    src_fold = src.casefold()
    last = {s.index for s in segs[-2:]}
    probes = [(lg, _probe(lg, "start"), _probe(lg, "end")) for lg in langs]
    for seg in segs:
        phrases = [ph for lg, probe_start, probe_end in probes
                   if (probe_start and probe_start.match(seg.text))
                   or (probe_end and seg.index in last and _ends_with_phrase(lg, probe_end, seg.text))
                   for ph in _phrases()[lg]]
        if not phrases:
            continue
        for ph in phrases:
            if ph.where == "end":
                if seg.index not in last:
                    continue  # a closing line ends the output
                m = ph.pattern.search(seg.text)
                if m is not None:
                    stop = re.search(r"[.!?…]|$", seg.text[m.end():])
                    if _QUOTES.search(seg.text[max(0, m.start() - 2):m.end() + stop.end() + 2]):
                        continue  # in quotes it is someone's words
            else:
                m = ph.pattern.match(seg.text)
            if m is None or ph.text in src_fold:
                continue
            if speaks_of_translating is None:
                speaks_of_translating = bool(_TRANSLATING.search(src))
            if speaks_of_translating and _TRANSLATING.search(m.group()):
                continue
            a = seg.start + m.start() + (len(m.group()) - len(m.group().lstrip("*_#>( -\t\n")))
            b = seg.start + m.end()
            if ph.where == "end":
                b += re.search(r"[^.!?…\n]*[.!?…]*", seg.text[m.end():]).end()  # the whole line
                if len(_SENTENCE_END.findall(text, b)) > 1:
                    continue  # more than a line follows: not the end of the output
            else:
                # the whole preamble: "Here is the translation of the article into English:"
                colon = _COLON.search(seg.text, m.end() - 1, m.end() + 100)
                if colon is not None:
                    b = seg.start + colon.end()
            kind = "an assistant's line" if ph.where == "end" else "an assistant's preamble or label"
            yield ctx.flag(a, b, f"“{_q(text[a:b])}” is {kind}, not part of the translation",
                           suggestion="")
            break
