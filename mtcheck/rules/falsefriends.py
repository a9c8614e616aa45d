"""False friends (G004): a target word that looks like the source word but means
something else (aktuell → "actual", eventuell → "eventually", librairie → "library").

MT systems and hurried post-editors copy the look of a word across languages; the
result reads fluently and says something else.  The pairs are data, one file per
language direction under ``mtcheck/data/falsefriends/`` (``de-en.tsv``: source stem,
target word, what the source word usually means, optional severity, source words that
legitimately give the target word); a pair fires when the source stem and the target
word stand in one aligned sentence pair and none of those legitimate source words does.
Directions without a file have no G004 findings.  A team adds its own pairs in the same
format with ``[check.rules.G004] data = "folder"`` (files named ``de-en.tsv`` ...); a line
that does not parse is a configuration error (exit 2), not a silent skip.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..errors import ConfigError
from ..model import Finding, Severity
from ._text import norm_lang, stopwords
from .context import CheckContext
from .registry import rule

_DATA = Path(__file__).resolve().parent.parent / "data"
KINDS = ("falsefriends", "modals")  # G004's lists, G005's lists: one format


@dataclass(frozen=True)
class FalseFriend:
    source: re.Pattern
    target: re.Pattern
    meaning: str
    severity: Severity | None
    explained: re.Pattern | None  # source words that legitimately give the target word
    rendered: re.Pattern | None   # target words that carry the source word's sense
    prefixes: frozenset[str]      # lower-case three-letter openings of the source stem ("" = any)
    # subjects with which the target word renders the source word (a body's plan: "Die
    # Behörde will ... prüfen" for "the board will review"), and clause-final words that
    # undo that (a passive, a state, what befalls the subject: "verlieren", "werden")
    agents: re.Pattern | None = None
    unwilled: re.Pattern | None = None


@lru_cache(maxsize=32)
def load_pairs(sl: str, tl: str, folder: str | None = None,
               kind: str = "falsefriends") -> tuple[FalseFriend, ...]:
    """The pairs of one language direction: the built-in file of ``kind``, plus
    ``folder/<sl>-<tl>.tsv`` when a user folder is configured (empty if neither exists)."""
    out: list[FalseFriend] = list(_read_pairs(_DATA / kind / f"{sl}-{tl}.tsv"))
    if folder:
        out.extend(_read_pairs(Path(folder) / f"{sl}-{tl}.tsv"))
    return tuple(out)


def _read_pairs(path: Path) -> list[FalseFriend]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        src, tgt, meaning = cols[0].strip(), cols[1].strip(), cols[2].strip()
        try:
            sev = Severity.parse(cols[3]) if len(cols) > 3 and cols[3].strip() else None
            why = cols[4].strip() if len(cols) > 4 else ""
            done = cols[5].strip() if len(cols) > 5 else ""
            agents = cols[6].strip() if len(cols) > 6 else ""
            unwilled = cols[7].strip() if len(cols) > 7 else ""
            out.append(FalseFriend(
                re.compile(rf"(?<![^\W\d_])(?:{src})", re.IGNORECASE),
                re.compile(rf"(?<![^\W\d_-])(?:{tgt})(?![^\W\d_-])", re.IGNORECASE),
                meaning, sev, re.compile(rf"(?<![^\W\d_])(?:{why})", re.IGNORECASE) if why else None,
                re.compile(rf"(?<![^\W\d_])(?:{done})", re.IGNORECASE) if done else None,
                _prefixes(src),
                re.compile(rf"(?:{agents})$", re.IGNORECASE) if agents else None,
                re.compile(rf"(?:{unwilled})", re.IGNORECASE) if unwilled else None))
        except (re.error, ValueError) as e:
            raise ConfigError(f"{path}: line “{line.strip()[:60]}”: {e}") from None
    return out


_WORD = re.compile(r"[^\W\d_]{3,}")
_PREFIX = re.compile(r"[^\W\d_]{3}")


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex at bracket depth 0 (``a(?:b|c)|d`` -> ``a(?:b|c)``, ``d``)."""
    out, depth, cur = [], 0, []
    for ch in pattern:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _prefixes(stem: str) -> frozenset[str]:
    """The lower-case three-letter openings of a source stem's alternatives ("" for one
    that cannot be reduced so: such a pair is tested on every sentence)."""
    out = set()
    for alt in _top_alternatives(stem):
        m = _PREFIX.match(alt)
        out.add(m.group().casefold() if m else "")
    return frozenset(out)


@lru_cache(maxsize=64)
def _by_prefix(sl: str, tl: str, folder: str | None = None,
               kind: str = "falsefriends") -> dict[str, tuple[int, ...]] | None:
    """Positions in ``load_pairs`` of the pairs of a direction, by the openings of their
    source stems.  A sentence is tested only against the pairs its words open like: one
    big alternation regex costs ~180 us a sentence."""
    pairs = load_pairs(sl, tl, folder, kind)
    if not pairs:
        return None
    out: dict[str, list[int]] = {}
    for i, p in enumerate(pairs):
        for k in p.prefixes:
            out.setdefault(k, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=256)
def _openings(source: str) -> frozenset[str]:
    """The lower-case three-letter openings of a sentence's words (G004 and G005 both ask)."""
    return frozenset(w[:3].casefold() for w in _WORD.findall(source))


def false_friends(source: str, target: str, sl: str, tl: str, folder: str | None = None,
                  kind: str = "falsefriends") -> list[tuple[int, int, str, str, FalseFriend]]:
    """(start, end, target word, source word, pair) for every false friend of ``target``
    (``folder``: a user folder of extra ``<sl>-<tl>.tsv`` files; ``kind``: the lists)."""
    index = _by_prefix(sl, tl, folder, kind)
    if index is None:
        return []
    cands: set[int] = set(index.get("", ()))
    for k in _openings(source):
        cands.update(index.get(k, ()))
    if not cands:
        return []
    pairs = load_pairs(sl, tl, folder, kind)
    out = []
    for p in (pairs[i] for i in sorted(cands)):
        sm = p.source.search(source)
        if not sm or (p.explained is not None and p.explained.search(source)):
            continue  # no trigger, or the source also has a word the target word renders
        if p.rendered is not None and p.rendered.search(target):
            continue  # the translation carries the source word's sense elsewhere
        word = re.match(r"[^\W\d_]+", source[sm.start():])
        for m in p.target.finditer(target):
            if _copied(target, m.start(), m.end(), source, tl):
                continue  # text left in the source language (a kept quote), not a rendering
            if p.agents is not None and _agent_subject(target, m.start(), m.end(), p):
                continue  # a body's plan: the look-alike says what the source word does
            out.append((m.start(), m.end(), m.group(), word.group() if word else sm.group(), p))
    out.sort(key=lambda x: (x[0], x[1], x[2]))
    return out


_NEIGHBOUR = re.compile(r"[^\W_]+")
_CLAUSE_MARK = re.compile(r"[,;:.!?()\"„“”«»–—]")
_CLAUSE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _agent_subject(target: str, s: int, e: int, p: FalseFriend) -> bool:
    """Is the subject of the target word at ``s``..``e`` one of the pair's agents (a body,
    an office: German "Die Gesundheitsbehörde will ... prüfen", "Im Mai will der Konzern
    ..."), in a clause that does not end with one of its unwilled words?  Its subject is
    the noun phrase the clause opens with before the word (determiner, adjectives, noun),
    the first noun after the word, or, where the word ends the clause (a subordinate
    clause), the clause's first noun.  A German noun is a capitalised word; an agent
    pattern matches at the noun's end (Gesundheitsbehörde, Stadtrat)."""
    assert p.agents is not None
    a = max((m.end() for m in _CLAUSE_MARK.finditer(target, 0, s)), default=0)
    z = next((m.start() for m in _CLAUSE_MARK.finditer(target, e)), len(target))
    before = _CLAUSE_WORD.findall(target, a, s)
    after = _CLAUSE_WORD.findall(target, e, z)
    if p.unwilled is not None and after and p.unwilled.fullmatch(after[-1]):
        return False
    nouns = []
    if before and before[-1][0].isupper() and all(w[0].islower() for w in before[1:-1]):
        nouns.append(before[-1])
    if after:
        nouns += [w for w in after if w[0].isupper()][:1]
    else:
        nouns += [w for w in before if w[0].isupper()][:2]  # (the first may open the sentence)
    return any(p.agents.search(w) for w in nouns)


def _loose(text: str) -> str:
    """``text`` case-folded, without accents, hyphens read as spaces."""
    text = unicodedata.normalize("NFD", text.casefold().replace("-", " "))
    return "".join(c for c in text if not unicodedata.combining(c))


def _copied(target: str, s: int, e: int, source: str, tl: str) -> bool:
    """Does the match stand verbatim in the source together with the word before or the
    word after it (a kept quote, a name such as "Khalifa International Stadium"), or with
    both?  A single neighbour must be a content word: "Stadium in" proves nothing."""
    before = list(_NEIGHBOUR.finditer(target, max(0, s - 40), s))[-1:]
    after = [m for m in [_NEIGHBOUR.search(target, e, e + 40)] if m]
    low = source.casefold()
    loose: list[str] = []

    def kept(a: int, b: int) -> bool:
        if target[a:b].casefold() in low:
            return True
        if "-" not in target[a:b]:
            return False
        # the words a target that compounds with hyphens joins (German Art-déco-Stil ~ Art
        # Deco style): the source's words, maybe without their accents, as it writes them
        if not loose:
            loose.append(_loose(source))
        return _loose(target[a:b]) in loose[0]

    if before and after and kept(before[0].start(), after[0].end()):
        return True  # a word either side, whatever they are ("we will die")
    stop = stopwords(tl)

    def content(m: re.Match) -> bool:
        return len(m.group()) >= 3 and m.group().casefold() not in stop

    return (any(content(m) and kept(m.start(), e) for m in before)
            or any(content(m) and kept(s, m.end()) for m in after))


@rule("G004", "false-friend", "Accuracy/Mistranslation", "minor", artefact="calque-lexical",
      summary="A target word that looks like the source word but means something else "
              "(aktuell rendered 'actual', eventuell 'eventually', librairie 'library'); not "
              "the word inside a phrase or name the source has word for word beside it, also "
              "where the target joins its words with hyphens and drops an accent (Art-déco-Stil "
              "~ Art Deco style: a kept term).",
      why="A false friend reads fluently and survives proofreading, yet it changes the "
          "meaning: 'the actual figures' claims certainty where the source said 'current'.",
      fail=("Die aktuellen Zahlen zeigen einen Rückgang.",
            "The actual figures show a decline."),
      ok=("Die aktuellen Zahlen zeigen einen Rückgang.",
          "The current figures show a decline."),
      options={"data": ""}, needs_source=True)
def false_friend(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    yield from _flag_pairs(ctx, opts, "falsefriends", "is a false friend")


def _flag_pairs(ctx: CheckContext, opts: dict, kind: str, what: str) -> Iterator[Finding]:
    src = ctx.source
    if src is None:
        return
    sl = norm_lang(src.lang or src.lang_detected)
    tl = norm_lang(ctx.target.lang or ctx.target.lang_detected)
    folder = opts.get("data") or None
    if not sl or not tl or sl == tl or _by_prefix(sl, tl, folder, kind) is None:
        return
    for stext, seg in ctx.aligned_segments():
        for s, e, word, sword, p in false_friends(stext, seg.text, sl, tl, folder, kind):
            yield ctx.flag(seg.start + s, seg.start + e,
                           f"“{word}” for the source's “{sword}” {what}: “{sword}” "
                           f"usually means “{p.meaning}”",
                           evidence=[ctx.evidence(src, text=stext, note="source")],
                           suggestion=p.meaning, severity=p.severity)


@rule("G005", "modal-false-friend", "Accuracy/Mistranslation", "minor", artefact="mistranslation",
      summary="A modal verb rendered by its look-alike, which means something else in the "
              "target language (German 'soll' as 'should', 'will' as 'will', 'muss nicht' as "
              "'must not' or 'ne doit pas'; English 'will' as German 'will'; French 'ne doit "
              "pas' as German 'muss nicht'). Directions: de-en, en-de, de-fr, fr-de. German "
              "'will' with a body or an office as its subject says that one's plan as English "
              "'will' does ('Die Behörde will die Liste prüfen'): no finding, unless the clause "
              "ends in a passive, a state or what befalls it ('verlieren', 'werden').",
      why="Modal look-alikes turn a plan into advice, a wish into a forecast, 'need not' "
          "into a prohibition; the sentence stays fluent and the claim changes. The lists "
          "are data under mtcheck/data/modals/ (the G004 format, with a sixth column of "
          "target words that carry the sense, e.g. 'supposed to').",
      fail=("Laut dem Vertrag soll die Stadt die Brücke bis 2030 bauen.",
            "Under the contract, the city should build the bridge by 2030."),
      ok=("Laut dem Vertrag soll die Stadt die Brücke bis 2030 bauen.",
          "Under the contract, the city is to build the bridge by 2030."),
      options={"data": ""}, needs_source=True)
def modal_false_friend(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    yield from _flag_pairs(ctx, opts, "modals", "is a modal false friend")


__all__ = ["FalseFriend", "false_friends", "false_friend", "load_pairs", "modal_false_friend"]
