"""Spelling of another variety of the target language (S016).

One language, several spelling standards: Swiss Standard German writes no ß (Strasse,
gross), German and Austrian German do (Straße, groß); American English writes color,
center, defense, traveled, British English colour, centre, defence, travelled.  MT engines
write the variety they were trained on most (DeepL and Google write ß into copy meant for
Switzerland), post-editors and copy desks of another region fix part of it, and a text
that mixes both looks unedited.

* A target tagged with a region (``de-CH``, ``en-US``, ``en-GB``; or the rule's
  ``variety`` option, a house standard) has its words of the other variety flagged: any ß
  in Swiss or Liechtenstein German; Swiss ss forms of ß words (data/variety/de.txt) in
  German of Germany, Austria, Belgium, Luxembourg or South Tyrol; British forms in
  American English (-ise verbs too); American forms in British, Irish, Australian, New
  Zealand, South African, Indian and Canadian English (-ize is British too: Oxford
  spelling).
* A target without a region is flagged only where it mixes the two: the words of the
  variety it uses less (a tie: the later ones), -ize/-ise left out.

Only lower-case words count in English, and in German no word spelled like a surname
alone inside a sentence (Weiss, Gross): names keep their spelling (Pearl Harbor, the
Lincoln Center, Gray).  Titles and names copied from the source are left alone: a word the
source has that is no word of the source's language is the source's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..model import Finding
from ._data import DATA
from ._text import _de_proper_names as de_proper_names
from ._text import lang_region, norm_lang, zipf
from .declension import noun_mask
from .names import _token_sets
from .spelling import _sentence_initial
from .context import CheckContext
from .registry import rule

_WORD = re.compile(r"[^\W\d_]+")

# regions writing each variety
_SWISS = frozenset({"CH", "LI"})
_STANDARD_DE = frozenset({"DE", "AT", "BE", "LU", "IT"})
_US = frozenset({"US"})
_GB = frozenset({"GB", "UK", "IE", "AU", "NZ", "ZA", "IN", "CA"})
_VARIETY_NAMES = {("de", "ch"): "Swiss", ("de", "std"): "German and Austrian",
                  ("en", "us"): "American", ("en", "gb"): "British"}


def _lang_region(tag: str | None) -> tuple[str, str]:
    return norm_lang(tag) or "", lang_region(tag)


@lru_cache(maxsize=1)
def _german_pieces() -> tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]:
    """(ss form, ß form, where) of data/variety/de.txt, and its "!" word starts."""
    out, never = [], []
    for line in (DATA / "variety" / "de.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("!"):
            never.append(line[1:])
        elif line:
            piece, where = line.split("\t")
            out.append((piece.replace("ß", "ss"), piece, where))
    return tuple(out), tuple(never)


@lru_cache(maxsize=1)
def _english_pairs() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """American form -> British, British -> American, and the -ize/-ise forms."""
    us: dict[str, str] = {}
    gb: dict[str, str] = {}
    ize: set[str] = set()
    for line in (DATA / "variety" / "en.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        tagged = parts[0] == "ize"
        a, b = parts[-2:]
        us[a], gb[b] = b, a
        if tagged:
            ize.update((a, b))
    return us, gb, frozenset(ize)


def _seam(low: str, k: int) -> bool:
    """Do two German words meet between the s's at ``low[k-1:k+1]`` (a word of five
    letters or more ends in s before it, one starts with s after it: Preis|system, not
    anschlie|ssend, whose "lies" and "send" are too short to say)?"""
    left = any(zipf(low[j:k], "de") >= 3.0 for j in range(0, k - 4))
    return left and any(zipf(low[k:j], "de") >= 3.0 for j in range(k + 5, len(low) + 1))


@lru_cache(maxsize=20_000)
def _swiss_form(word: str) -> str | None:
    """The standard (ß) spelling of ``word`` if it is written the Swiss way, else None."""
    low = word.lower()
    if "ss" not in low:
        return None
    pieces, never = _german_pieces()
    if low.startswith(never):
        return None
    for ss, sz, where in pieces:
        i = low.find(ss)
        if i < 0:
            continue
        if where == "word" and low != ss:
            continue
        if where == "start" and i != 0:
            continue
        if _seam(low, i + ss.index("ss") + 1):
            continue  # two words meeting at s|s: Preis|system, Marktpreis|signale
        return word[:i] + (sz.capitalize() if word[i].isupper() else sz) + word[i + len(ss):]
    return None


_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines|"
                                r"kein|keine|keinen|keinem|keiner|viel|viele|vielen|mein|dein|sein|ihr|"
                                r"unser|euer)\s+$")


# pieces that are common surnames as they stand (Weiss, Gross, Strauss): alone and
# capitalised inside a sentence they are names unless a determiner stands before them
_SURNAMES = frozenset({"weiss", "gross", "heiss", "strauss", "spiess", "kloss", "süss", "fleiss"})


def _proper(word: str) -> bool:
    """A German name of the lexicon, or its genitive (Großbritanniens)."""
    names = de_proper_names()
    return word in names or (word.endswith("s") and word[:-1] in names)


def _inflected_piece(word: str) -> bool:
    """Is ``word`` a listed piece with an adjective ending (Weissen, Grosse, Heisser)?"""
    low = word.lower()
    return any(low[len(ss):] in ("e", "en", "er", "es", "em") and low.startswith(ss)
               for ss, _sz, _w in _german_pieces()[0])


_DE_CANDIDATE = re.compile(r"[^\W\d_]*(?:ß|ss)[^\W\d_]*")


def _spots(ctx: CheckContext, lang: str, want: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, word, variety, other variety's spelling) of the target's marked words
    that can matter: of the variety that is not ``want``, or of both where ``want`` is ""
    (then only where both occur, as only a mix is flagged)."""
    text = ctx.target.text
    out: list[tuple[int, int, str, str, str]] = []
    if lang == "de":
        # cheap tests first: most German texts have no ß word or no ss word
        has_sz, has_ss = "ß" in text, "ss" in text
        if not (has_sz if want == "ch" else has_ss if want == "std" else has_sz and has_ss):
            return out
        cands = list(_DE_CANDIDATE.finditer(text))
    else:
        us, gb, _ize = _english_pairs()
        words = _token_sets(text)[1]  # the target's words, lower-cased (cached for the name rules)
        has_us, has_gb = not words.isdisjoint(us), not words.isdisjoint(gb)
        if not (has_gb if want == "us" else has_us if want == "gb" else has_us and has_gb):
            return out
        cands = [m for m in _WORD.finditer(text) if m.group().lower() in us or m.group().lower() in gb]
    if not cands:
        return out
    src_words: set[str] | None = None
    sl = _lang_region(ctx.source.lang)[0] if ctx.source is not None else ""

    def copied(w: str) -> bool:
        # a word the source has that is no word of the source's language: a title or a
        # name kept as it stands there (not Spanish "color", which is the source's own)
        nonlocal src_words
        if ctx.source is None:
            return False
        if src_words is None:
            src_words = {x.lower() for x in _WORD.findall(ctx.source.text)}
        low = w.lower()
        return low in src_words and (not sl or zipf(low, sl) < 3.0)

    if lang == "de":
        for m in cands:
            w = m.group()
            if copied(w):
                continue
            if "ß" in w:
                out.append((m.start(), m.end(), w, "std", w.replace("ß", "ss")))
            else:
                std = _swiss_form(w)
                if std is None:
                    continue
                if w[0].isupper() and not _sentence_initial(text, m.start()):
                    if w.lower() in _SURNAMES:
                        if not _DETERMINER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                            continue  # a surname alone (Rainer Weiss, mit Gross), unless a
                            # determiner makes it a noun (das Weiss, ein Strauss)
                    elif not (noun_mask(std) or _proper(std) or _inflected_piece(w)):
                        continue  # a name (Grossman), not a noun whose ß it lost, nor an
                        # adjective of a name (das Weisse Haus, die Grosse Koalition)
                out.append((m.start(), m.end(), w, "ch", std))
    else:
        for m in cands:
            w = m.group()
            if not w.islower() and not (w[0].isupper() and w[1:].islower() and _sentence_initial(text, m.start())):
                continue
            low = w.lower()
            kind, other = ("us", us[low]) if low in us else ("gb", gb[low])
            if copied(w):
                continue
            if w[0].isupper():
                other = other.capitalize()
            out.append((m.start(), m.end(), w, kind, other))
    return out


@rule("S016", "variety-spelling", "Locale convention/Language variety", "minor", artefact="variety-spelling",
      summary="A word spelled as another variety of the target language spells it: ß in Swiss "
              "German (de-CH: Strasse, not Straße), Swiss ss forms in German of Germany or Austria "
              "(Massnahme for Maßnahme), British spellings in American English (colour, centre, "
              "organise) and American ones in British English (color, center, traveled); in a "
              "target without a region, the less used of two varieties mixed in one text.",
      why="MT writes the variety it saw most, whatever the market; a text for Swiss readers "
          "with ß, or an American article with colour and color side by side, reads as "
          "unedited copy and breaks house style and search.",
      fail=("Das Zentrum und das Theater bleiben geschlossen.",
            "The city centre and the theater remain closed."),
      ok=("Das Zentrum und das Theater bleiben geschlossen.",
          "The city center and the theater remain closed."),
      options={"variety": ""})
def variety_spelling(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    lang, region = _lang_region(ctx.target.lang)
    forced = str(opts.get("variety") or "").strip()
    if forced:
        flang, fregion = _lang_region(forced)
        if flang == lang:
            region = fregion
    if lang not in ("de", "en"):
        return
    if lang == "de":
        want = "ch" if region in _SWISS else "std" if region in _STANDARD_DE else ""
    else:
        want = "us" if region in _US else "gb" if region in _GB else ""
    spots = _spots(ctx, lang, want)
    if not spots:
        return
    ize = _english_pairs()[2] if lang == "en" else frozenset()
    if want:
        # the other variety's words; -ise only in American English (Oxford spelling writes -ize)
        bad = [s for s in spots if s[3] != want and not (want == "gb" and s[2].lower() in ize)]
        where = f"{lang}-{region}" if region else f"the house variety ({forced})"
        for start, end, word, kind, other in bad:
            yield ctx.flag(start, end, f"“{word}” is the {_VARIETY_NAMES[(lang, kind)]} spelling; "
                                       f"{where} writes “{other}”", suggestion=other)
        return
    # no region: only a mix of the two, and not by -ize/-ise alone
    spots = [s for s in spots if s[2].lower() not in ize]
    counts: dict[str, int] = {}
    for s in spots:
        counts[s[3]] = counts.get(s[3], 0) + 1
    if len(counts) < 2:
        return
    major = max(counts, key=lambda k: (counts[k], -min(s[0] for s in spots if s[3] == k)))
    for start, end, word, kind, other in spots:
        if kind == major:
            continue
        n = counts[major]
        yield ctx.flag(start, end, f"“{word}” is the {_VARIETY_NAMES[(lang, kind)]} spelling, where the "
                                   f"rest of the text spells the {_VARIETY_NAMES[(lang, major)]} way "
                                   f"({n} word{'s' if n != 1 else ''}): “{other}”", suggestion=other)
