"""Terminology: glossary compliance (required and forbidden terms, from CSV or TBX),
one source term rendered two ways in one translation, one term spelled two ways.

``load_glossary(path)`` is what the pipeline calls when the configuration names a
glossary; the result sits in ``ctx.cache["glossary"]`` for T001/T002.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..load.normalize import normalize_text
from ..model import Evidence, Finding, Segment, Severity
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
# The Indic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
# Malayalam, Sinhala) write vowel signs, nasal marks, nukta and virama as combining marks
# (not letters) inside a word: एक्यूआई, বাংলা and தமிழ் are one word each, a letter followed by
# letters and marks.
_INDIC_MARKS = "".join(chr(c) for c in range(0x0900, 0x0e00) if unicodedata.category(chr(c)).startswith("M"))
_LETTERS = rf"[^\W\d_](?:[^\W\d_]|[{_INDIC_MARKS}])*"
_WORD = re.compile(r"\b(?i:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|"
                   rf"coll|quell|un|nessun)['’](?=[^\W\d_])|{_LETTERS}(?:['’]{_LETTERS})?")
# Japanese writes no spaces: its words for the term checks are its runs of one script, the
# kanji (防潮堤) and the katakana (ケージ) ones; the hiragana between them are particles and
# endings (の, を, える), left out like function words.
_JA_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]+|[\u30a0-\u30ff\uff66-\uff9f]+"
                      r"|[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+"
                      r"(?:['’][^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+)?")


def _term_words(text: str, lang: str) -> Iterator[re.Match]:
    """The words of ``text`` for the term checks (T003)."""
    return (_JA_WORD if lang == "ja" else _WORD).finditer(text)


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


# the languages that write the definite article onto the noun (hus → huset)
_NORDIC_DEFINITE = frozenset({"nb", "no", "nn", "da", "sv"})


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
    if lang == "ko":
        # a particle written onto its noun (표준점수는, 국어와), if two syllables are left
        for p in _KO_PARTICLES:
            if w.endswith(p) and len(w) - len(p) >= 2:
                return w[: -len(p)]
        return w
    if lang == "sw":
        # a Swahili noun of the ki-/vi- class takes its plural by its prefix (kiwanda /
        # viwanda, chombo / vyombo): the plural as the singular
        if len(w) >= 5 and w.startswith("vy") and w[2] in "aeiou":
            return "ch" + w[2:]
        if len(w) >= 5 and w.startswith("vi") and w[2] not in "aeiouy":
            return "ki" + w[2:]
        return w
    if lang in _NORDIC_DEFINITE and w.endswith("set") and len(w) > 5:
        w = w[:-2]  # a neuter noun in -s with its suffixed article (båthuset, priset): the noun
    if w.endswith("s") and len(w) > 3:
        return w[:-1]
    return w


# Korean case particles and postpositions, longest first
_KO_PARTICLES = ("에서는", "에서의", "에서", "으로", "에게", "까지", "부터", "보다", "처럼", "에는",
                 "은", "는", "이", "가", "을", "를", "의", "와", "과", "에", "로", "도", "만")


# languages whose endings lemma() strips; the others get the stems of _stem_map
_LEMMATISED = frozenset({"de", "en", "fr", "es", "it", "pt", "ca"})
# languages written in an abjad, with no short vowels: their words are short for what they say
_ABJAD = frozenset({"he", "yi", "ar", "fa", "ur", "ps", "ku", "sd", "ug"})
# scripts written without spaces: a "word" is a run of a phrase, no stem to share
_UNSPACED = frozenset({"ja", "zh", "th", "lo", "km", "my", "bo"})


def _wlen(w: str) -> int:
    """A word's length in letters, a Hangul syllable (a block of two or three) counted
    twice: 표준점수 is as long a word as its romanisation."""
    if not w or not "\uac00" <= w[0] <= "\ud7a3":
        return len(w)
    return len(w) + sum(1 for c in w if "\uac00" <= c <= "\ud7a3")


@lru_cache(maxsize=4096)
def _vowel(c: str) -> bool:
    base = unicodedata.normalize("NFD", c.lower())[:1]
    return base in "aeiouyæøœаеёиоуыэюяіїєαεηιουω"


# the longer inflections of an agglutinative language (folded): a stem vowel (or its plural
# change: -ä / -öi-), a plural -i- or -j- and a case ending (Finnish: työntekijä|ä,
# työntekij|öiden, työntekij|öitä, työntekij|öille)
_AGGLUTINATIVE_TAIL = {
    "fi": re.compile(r"[aeiouy]?[ij]?(?:n|t|a|aa|ta|tta|na|ksi|ssa|sta|lla|lta|lle|en|den|tten|"
                     r"hin|seen|ne|ine|tse)?"),
    # Icelandic: a case ending and the suffixed article (fæðingardeild|inni, fæðingardeild|arinnar,
    # sjúkrahús|inu, sjúkrahús|sins, bát|unum)
    "is": re.compile(r"(?:a|i|u|ar|ir|ur|s|um|ra|ri|rar)?(?:inn|in|ið|inu|ins|ina|inni|innar|inum|"
                     r"num|nir|nar|na|nna|nni|nnar|ns|nu)?"),
}


# the word endings that another case form replaces (the stem key each offers): Estonian and
# Finnish nouns and adjectives in -ne / -nen take -se- in their other cases (eestikeelne /
# eestikeelse, eestikeelset; suomalainen / suomalaisen), Finnish nouns in -us / -ys take
# -ukse- / -ykse- (rakennus / rakennuksen, rakennukselle; yhdistys / yhdistyksen); a
# Danish, Norwegian or Swedish noun in -e takes its suffixed article as -n or -t (bue /
# buen, tære / tæret)
_NORDIC_ARTICLE = (("en", "e"), ("et", "e"))
_STEM_SWAPS = {"et": (("ne", "se"),), "fi": (("nen", "se"), ("us", "ukse"), ("ys", "ykse"),
                                             ("u", "ukse"), ("y", "ykse")),  # (lemma(): -s off)
               **{lang: _NORDIC_ARTICLE for lang in ("da", "nb", "no", "nn", "sv")}}


def _stem_map(words: Iterable[str], lang: str) -> dict[str, str]:
    """The inflected forms of one word in a document, for a language whose endings lemma()
    does not know (Polish rezerwa / rezerwy / rezerwę, Bulgarian фискалният / фискалния,
    Norwegian gebyr / gebyret): lemmas that share a stem of 5+ letters which each passes by
    at most 2 letters (3 for a word of 8+) → that stem.  Grouped through the stems each
    lemma offers, so linear in the words.  A stem of 5 letters takes endings that open
    with a vowel only (плёнк-а / плёнк-у, not участ-ие / участ-ки)."""
    if lang in _LEMMATISED or lang in _UNSPACED:
        return {}
    if lang == "el":
        # (a Greek neuter noun in -μα moves its accent in its other cases, καθίσματα /
        # καθισμάτων, and keeps too short a shared stem: its forms → the accentless -μα form;
        # no other accent is taken off: αίτηση / αιτήσει are a noun and a verb)
        words = set(words)
        out = _stem_map(words, "el-")
        by: dict[str, set[str]] = {}
        for w in words:
            m = _EL_MA.fullmatch(_el_plain(w))
            if m:
                by.setdefault(m.group(1) + "μα", set()).add(w)
        out.update((w, k) for k, ws in by.items() if len(ws) > 1 for w in ws)
        return out
    by_stem: dict[str, set[str]] = {}
    tails = _AGGLUTINATIVE_TAIL.get(lang)
    for w in set(words):
        n = len(w)
        if n < 5:
            continue
        for k in range(max(5, n - (3 if n >= 8 else 2)), n + 1):
            if k == 5 and k < n and not _vowel(w[k]):
                continue
            by_stem.setdefault(w[:k], set()).add(w)
        for end, alt in _STEM_SWAPS.get(lang, ()):
            # (a nominative whose other cases take another stem consonant: Estonian
            # inime|ne / inime|se|d, Finnish ihmi|nen / ihmi|se|n; a Nordic noun
            # in -e with its suffixed article: hylde / hylden)
            if w.endswith(end) and n - len(end) >= 4:
                by_stem.setdefault(w[:n - len(end)] + alt, set()).add(w)
        if tails is not None:
            # (a long word's longer case endings, a plural's too: kausityöntekijää /
            # kausityöntekijöiden, a stem of 8 letters or more)
            for k in range(8, max(8, n - 3)):
                if tails.fullmatch(w, k):
                    by_stem.setdefault(w[:k], set()).add(w)
    parent: dict[str, str] = {}

    def root(w: str) -> str:
        while parent.get(w, w) != w:
            w = parent[w]
        return w

    for ws in by_stem.values():
        if len(ws) > 1:
            it = iter(sorted(ws))
            r = root(next(it))
            for w in it:
                rw = root(w)
                if rw != r:
                    parent[rw] = r
    groups: dict[str, list[str]] = {}
    for w in parent:
        groups.setdefault(root(w), []).append(w)
    out = {}
    for r, ws in groups.items():
        if r not in ws:
            ws.append(r)
        stem = ws[0]
        for w in ws[1:]:
            k = 0
            while k < min(len(stem), len(w)) and stem[k] == w[k]:
                k += 1
            stem = stem[:k]
        for w in ws:
            out[w] = stem
    return out


_EL_MA = re.compile(r"(\w{3,})μ(?:α|ατος|ατα|ατων|ατι)")


@lru_cache(maxsize=1 << 14)
def _el_plain(w: str) -> str:
    """A Greek word without its accent marks (καθισμάτων → καθισματων)."""
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


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


_HEDGES_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "hedges.tsv"


@lru_cache(maxsize=None)
def _tsv_words(path: Path, lang: str) -> frozenset[str]:
    """The folded words a "lang<TAB>words" file of data/terminology lists for ``lang``."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        code, _, words = line.partition("\t")
        if code == lang:
            out.update(fold(w) for w in words.split())
    return frozenset(out)


@lru_cache(maxsize=None)
def _hedges(lang: str) -> frozenset[str]:
    """Words that hedge a figure (about, environ, περίπου): function words, never a term
    (data/terminology/hedges.tsv), folded; and the verbs of speech (said, sanoi)."""
    return _tsv_words(_HEDGES_FILE, lang) | _tsv_words(_SPEECH_FILE, lang)


_SPEECH_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "speech_verbs.tsv"


_CONJ_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "conjunctions.tsv"
# a list item: one to three words
_ITEM = r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}"


@lru_cache(maxsize=None)
def _list_re(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """A list of three items or more closed by a conjunction (rats, possums and stoats),
    the conjunctions of data/terminology/conjunctions.tsv, and what parts its items."""
    for line in _CONJ_FILE.read_text(encoding="utf-8").splitlines():
        code, _, words = line.partition("\t")
        if code == lang and words.strip():
            conj = "|".join(re.escape(w) for w in words.split())
            whole = re.compile(rf"(?<![\w'’-]){_ITEM}(?:,\s{_ITEM})+,?\s(?:{conj})\s{_ITEM}(?![\w'’-])",
                               re.IGNORECASE)
            return whole, re.compile(rf",?\s(?:{conj})\s|,\s", re.IGNORECASE)
    return None


def _list_place(text: str, pos: int, lang: str) -> tuple[int, int] | None:
    """The place (k, n) of the word at ``pos`` in a list of n ≥ 3 items of its sentence
    (stoats in "rats, possums and stoats": (3, 3)), or None."""
    rx = _list_re(lang)
    if rx is None:
        return None
    a = max(text.rfind(c, 0, pos) for c in ".;:!?()\n")
    b = min((i for i in (text.find(c, pos) for c in ".;:!?()\n") if i >= 0), default=len(text))
    for m in rx[0].finditer(text, a + 1, b):
        if m.start() <= pos < m.end():
            cuts = [(c.start() + m.start(), c.end() + m.start()) for c in rx[1].finditer(m.group())]
            # the word beside a comma or the conjunction (an item may be longer than its
            # word: reife Pflaumen; the last one may run on into the sentence)
            end = pos + len(re.match(r"[\w'’-]*", text[pos:]).group())
            if not any(pos == ce or end == cs for cs, ce in cuts):
                return None
            return sum(1 for cs, _ in cuts if cs < pos) + 1, len(cuts) + 1
    return None


@dataclass
class _BeadWords:
    index: int
    src: dict[str, list[int]]  # source lemma → token positions (index in token list)
    n_src: int
    tgt: dict[str, list[tuple[int, int, int]]]  # target lemma → (token index, start, end) in doc
    n_tgt: int
    src_surface: dict[str, str]
    tgt_surface: dict[str, str]
    src_starts: list[int] = field(default_factory=list)  # offset of each source token
    src_surface_at: list[str] = field(default_factory=list)  # and its text


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
    """Is ``pos`` the first word of a sentence (or of the text)?  (after a dash that opens
    direct speech too: – Sinice nie znają granic, — Лемех потемнеет)"""
    before = text[:pos].rstrip(" \u00a0\"“„«'‘(").rstrip("–—").rstrip(" \u00a0\"“„«'‘(")
    return not before or before[-1] in ".!?:\n"


_SENT_MARK = re.compile(r"[.!?。।]")  # । the danda of Devanagari and Bengali


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


def _doc_stems(ctx: CheckContext, side: str) -> dict[str, str]:
    """_stem_map of the source ("src") or translation ("tgt") words of the term beads."""
    def build() -> dict[str, str]:
        if side == "src":
            lang = base_lang(ctx.source.lang) if ctx.source is not None else ""
            texts = [b.source_text for b in term_beads(ctx)]
        else:
            lang = base_lang(ctx.target.lang)
            texts = [ctx.target.text[slice(*_bead_span(b))] for b in term_beads(ctx)]
        if lang == "en":
            return _en_plural_map({lemma(m.group(), lang) for t in texts for m in _WORD.finditer(t)})
        if lang == "de":
            ws = [m.group() for t in texts for m in _WORD.finditer(t)]
            return {**_de_strong_map(ws), **_de_genitive_map(ws)}
        if lang == "it":
            return _it_plural_map({lemma(m.group(), lang) for t in texts for m in _WORD.finditer(t)})
        if lang in _LEMMATISED or lang in _UNSPACED:
            return {}
        return _doc_stems_of([lemma(m.group(), lang) for t in texts for m in _WORD.finditer(t)], lang,
                             cases=side == "src" or lang not in _SOURCE_CASES)

    return ctx.cached(f"terminology.stems.{side}", build)


def _de_strong_map(words: list[str]) -> dict[str, str]:
    """German adjectives and participles in the strong endings -er and -em, which lemma()
    keeps (gereinigter, neuem), each → the stem their other forms share (gereinigte,
    gereinigten → gereinigt), where the document has one of those too.  Lower case
    words only: a noun in -er (Besucher beside Besuch) is another word."""
    lower = {fold(w) for w in words if w[:1].islower()}
    stems = {lemma(w, "de") for w in lower if w.endswith(("e", "en", "es"))}
    return {w: w[:-2] for w in lower
            if w.endswith(("er", "em")) and len(w) >= 6 and w[:-2] in stems}


def _de_genitive_map(words: list[str]) -> dict[str, str]:
    """German nouns in -en with their genitive in -ens (Verfahren / Verfahrens, Wissen /
    Wissens): lemma() cuts -en from the one and -s from the other, so the
    genitive's lemma → the noun's, where the document has both.  Capitalised words only."""
    caps = {fold(w) for w in words if w[:1].isupper()}
    return {w[:-1]: lemma(w[:-1], "de") for w in caps
            if w.endswith("ens") and len(w) >= 7 and w[:-1] in caps and lemma(w, "de") == w[:-1]}


def _en_plural_map(vocab: set[str]) -> dict[str, str]:
    """English plurals in -ses of nouns in -s (bus / buses, campus / campuses, gas / gases),
    whose lemma() keeps an -e (buse), each → the singular where the document has it too."""
    return {w: w[:-1] for w in vocab
            if len(w) >= 4 and w.endswith("se") and w[-3] in "aiu" and w[:-1] in vocab}


def _it_plural_map(vocab: set[str]) -> dict[str, str]:
    """Italian nouns in -io (laboratorio, negozio, servizio), whose plural in -i loses the
    whole ending: lemma() keeps the singular's -i (laboratori) and cuts the plural's
    (laborator); each singular → the plural's lemma where the document has it too."""
    return {w: w[:-1] for w in vocab if len(w) >= 6 and w.endswith("i") and w[:-1] in vocab}


def _doc_stems_of(words: list[str], lang: str, cases: bool = True) -> dict[str, str]:
    """A document's words (lemmas) → one key for the forms of each word: a proclitic, a
    Dutch plural or a short Czech, Slovak or Slovenian word's case ending taken off, then the shared
    stems of ``_stem_map``.  (``cases`` False: no short word's case forms, for a translation
    in a language of ``_SOURCE_CASES``.)"""
    bare = _proclitic_map(words, lang) or _plural_map(words, lang) or (_case_map(words, lang) if cases else {})
    stems = _stem_map((bare.get(w, w) for w in words), lang)
    if not bare:
        return stems
    out = {w: stems.get(b, b) for w, b in bare.items()}
    out.update((w, st) for w, st in stems.items() if w not in out)
    return out


# the proclitics written onto the next word, as chains of letters: Hebrew and, that, the,
# in, to, from, as (והשמורה, שהשמורה = the reserve).  A word loses one only when what is
# left stands in the same document as a word of its own (שמורה): שמורה itself, starting
# with ש, keeps its letter while מורה is not in the text.  (Arabic not yet: بالحكم in
# النطق بالحكم, sentencing, is no mention of الحكم, the verdict, to render alike.)
_PROCLITICS = {
    "he": re.compile(r"(?:[ו]?(?:[ש]|[כ][ש])?[בלמכ]?[ה]?)"),
}


def _plural_map(words: Iterable[str], lang: str) -> dict[str, str]:
    """Each Dutch singular found in the same document as its plural in -en → that plural
    (one key for both, the longer), where the plural doubles the last consonant (knip /
    knippen, bus / bussen) or writes an open syllable's vowel once (straat / straten): too
    short a shared stem for _stem_map."""
    if lang != "nl":
        return {}
    vocab = set(words)
    out: dict[str, str] = {}
    for w in sorted(vocab):  # sorted: two plurals of one singular pick the same key every run
        if len(w) < 6 or not w.endswith("en"):
            continue
        if w[-3] == w[-4] and not _vowel(w[-3]) and w[:-3] in vocab:
            out[w[:-3]] = w
        elif (sg := _nl_singular(w)) != w and sg in vocab:
            out[sg] = w
    return out


# the case endings (folded: vodě ~ vode, sítích ~ sitich) of Czech and Slovak nouns and
# adjectives, longest first; a soft consonant before them loses its mark in folding (síť ~
# sit, sítě ~ site)
_CASE_ENDINGS = {
    lang: tuple(sorted(set("""a e i o u y ou em am ach ami ech ich im imi emi ych ym ymi eho emu
    ovi ove om ej ia ie iu och""".split()), key=len, reverse=True))
    for lang in ("cs", "sk")
}
# (Slovenian: pot / poti / potjo / potmi, vas / vasi / vasjo, the instrumental -jo of its
# feminine nouns on a consonant)
_CASE_ENDINGS["sl"] = tuple(sorted(set("""a e i o u em om ih im imi ega emu ah eh ami ama
    ov ev jo mi ema ima""".split()), key=len, reverse=True))
# (Lithuanian and Latvian: lynas / lyno / lyną / lynu, galds / galda / galdā / galdiem; lemma()
# has taken a final -s off already, so -as, -us, -ams are -a, -u, -am here)
_CASE_ENDINGS["lt"] = tuple(sorted(set("""a o ą ui u e ę ė ai ų am om ėm im iam i y į ių iai iu ia
    ią ie iui io oje ėje yje uje ose ėse yse uose iuose ei""".split()), key=len, reverse=True))
_CASE_ENDINGS["lv"] = tuple(sorted(set("""a u am ā i e ē ai ām ēm iem o ī im ij ei""".split()),
                                   key=len, reverse=True))
# (Russian and Ukrainian: смена / смены / смену / сменой, вторая / второй / вторую, a stem
# of four letters too short for _stem_map)
_CASE_ENDINGS["ru"] = tuple(sorted(set("""а я у ю ы и е о ой ей ою ею ом ем ам ям ами ями ах ях ов
    ев ая яя ую юю ое ее ые ие ых их ым им ыми ими ого его ому ему ый ий""".split()), key=len, reverse=True))
_CASE_ENDINGS["uk"] = tuple(sorted(set("""а я у ю и і е є о ой ей ою ею ом ем ам ям ами ями ах ях ів
    їв ов ев ий ій ого ього ому ьому им ім ими іми их іх ої ої ую юю ої""".split()), key=len, reverse=True))


def _case_map(words: Iterable[str], lang: str) -> dict[str, str]:
    """Each case form of a short Czech, Slovak, Slovenian, Lithuanian or Latvian word (a stem of 3 or 4 letters, too short
    for ``_stem_map``: voda / vody / vodu / vodě, síť / sítě / síti / sítích) found in the
    same document as another form of it → the stem, one key for all.  Its one case ending
    is the longest of ``_CASE_ENDINGS`` that leaves such a stem, with a vowel in it."""
    ends = _CASE_ENDINGS.get(lang)
    if ends is None:
        return {}
    by_stem: dict[str, set[str]] = {}
    for w in set(words):
        if len(w) > 8 or not w.isalpha():
            continue
        stem = next((w[:len(w) - len(e)] for e in ends if w.endswith(e) and 3 <= len(w) - len(e) <= 4),
                    w if 3 <= len(w) <= 4 else None)
        if stem is not None and any(_vowel(c) for c in stem):
            by_stem.setdefault(stem, set()).add(w)
    if lang in _CASE_KEY_WORD:
        # (the key one of the forms, the shortest: a word's length, not its bare stem's, for
        # the checks that weigh a rendering by its length)
        return {w: min(ws, key=lambda x: (len(x), x)) for ws in by_stem.values() if len(ws) > 1 for w in ws}
    return {w: stem for stem, ws in by_stem.items() if len(ws) > 1 for w in ws}


_CASE_KEY_WORD = frozenset({"lt", "lv", "ru", "uk"})
# (Russian and Ukrainian: in a source only, where they find a term's mentions; in a
# translation a stem of four letters joins too much, нових / нові beside a term's noun)
_SOURCE_CASES = frozenset({"ru", "uk"})


def _proclitic_map(words: Iterable[str], lang: str) -> dict[str, str]:
    """Each word of a prefixing language (Hebrew, Arabic) that is another word of the
    document behind proclitics (השמורה, שהשמורה → שמורה) → that word."""
    pat = _PROCLITICS.get(lang)
    if pat is None:
        return {}
    vocab = set(words)

    def known(r: str) -> str | None:
        if r in vocab and r != w:
            return r
        # Hebrew: a feminine noun's construct state, -ה → -ת (שמורה, לשמורת חוף)
        if lang == "he" and len(r) >= 4 and r.endswith("ת") and r[:-1] + "ה" in vocab:
            return r[:-1] + "ה"
        return None

    out: dict[str, str] = {}
    for w in vocab:
        for k in range(min(3, len(w) - 3), -1, -1):
            r = known(w[k:]) if k == 0 or pat.fullmatch(w[:k]) else None
            if r is not None and r != w:
                out[w] = r
                break
    return out


def _function_words(ctx: CheckContext, side: str) -> frozenset[str]:
    """For a language without a list of function words: the document's short words (up to
    4 letters) found in 3 or more sentences and in 40% of them at least (Greek
    τους, των; Portuguese uma, para; Arabic على), folded."""
    def build() -> frozenset[str]:
        beads = term_beads(ctx)
        if side == "src":
            lang = base_lang(ctx.source.lang) if ctx.source is not None else ""
            texts = [b.source_text for b in beads]
        else:
            lang = base_lang(ctx.target.lang)
            texts = [ctx.target.text[slice(*_bead_span(b))] for b in beads]
        if _stopwords(lang) or lang in _UNSPACED:
            return frozenset()
        df: dict[str, int] = {}
        for t in texts:
            for f in {fold(w) for w in _WORD.findall(t)}:
                if len(f) <= 4:
                    df[f] = df.get(f, 0) + 1
        need = max(3, len(texts) * 0.4)
        return frozenset(f for f, n in df.items() if n >= need)

    return ctx.cached(f"terminology.function_words.{side}", build)


def _lemma_beads(ctx: CheckContext) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """Each source and each target lemma of _bead_words → the beads it stands in, built once
    per context for the T003 paths that read it (read-only: callers derive new sets)."""
    def build() -> tuple[dict[str, set[int]], dict[str, set[int]]]:
        src_beads: dict[str, set[int]] = {}
        tgt_beads: dict[str, set[int]] = {}
        for bw in _bead_words(ctx)[0]:
            for lm in bw.src:
                src_beads.setdefault(lm, set()).add(bw.index)
            for lm in bw.tgt:
                tgt_beads.setdefault(lm, set()).add(bw.index)
        return src_beads, tgt_beads
    return ctx.cached("terminology.lemma_beads", build)


def _bead_words(ctx: CheckContext) -> tuple[list[_BeadWords], set[str], set[str]]:
    def build() -> tuple[list[_BeadWords], set[str], set[str]]:
        sl = base_lang(ctx.source.lang) if ctx.source is not None else ""
        tl = base_lang(ctx.target.lang)
        stop_s = _stopwords(sl)
        hedge_s, hedge_t = _hedges(sl), _hedges(tl)
        out = []
        not_noun: set[str] = set()
        initial_only: set[str] = set()
        src_caps: set[str] = set()
        t_not_noun: set[str] = set()
        t_names: set[str] = set()
        t_caps: dict[str, int] = {}  # a target lemma → places written capitalised mid-sentence
        t_lower: dict[str, int] = {}  # and lower case
        s_stem, t_stem = _doc_stems(ctx, "src"), _doc_stems(ctx, "tgt")
        for b in term_beads(ctx):
            src: dict[str, list[int]] = {}
            ssurf: dict[str, str] = {}
            stoks = list(_term_words(b.source_text, sl))
            for i, m in enumerate(stoks):
                f = fold(m.group())
                # (a Japanese word of three kanji or kana is as long as five letters)
                if _wlen(f) < (3 if sl == "ja" else 5) or f in stop_s or f.endswith("'") or f in hedge_s:
                    continue  # (an elided article or preposition: dell', quell')
                lm = lemma(m.group(), sl)
                lm = s_stem.get(lm, lm)
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
            ttoks = list(_term_words(ttext, tl))
            stop_t = _stopwords(tl) or _function_words(ctx, "tgt")
            for i, m in enumerate(ttoks):
                f = fold(m.group())
                if len(f) < 3 or f in stop_t or f in hedge_t:
                    continue
                lm = lemma(m.group(), tl)
                lm = t_stem.get(lm, lm)
                tgt.setdefault(lm, []).append((i, ts + m.start(), ts + m.end()))
                tsurf.setdefault(lm, m.group())
                w = m.group()
                if tl == "de":
                    if w[:1].islower():
                        t_not_noun.add(lm)
                elif w[:1].isupper() and not _initial(ttext, m.start()):
                    t_names.add(lm)
                    t_caps[lm] = t_caps.get(lm, 0) + 1
                elif w[:1].islower():
                    t_lower[lm] = t_lower.get(lm, 0) + 1
            out.append(_BeadWords(b.index, src, len(stoks), tgt, len(ttoks), ssurf, tsurf,
                                  [m.start() for m in stoks], [m.group() for m in stoks]))
        bad_src = not_noun | (initial_only - src_caps)
        # a word part of a name somewhere (the Hop Growers Union) but written lower case in
        # as many places at least (hop gardens, hops) is a common word too (for the
        # multi-word renderings: _common_words)
        common = ctx.cached("terminology.t_common", lambda: frozenset(
            lm for lm in t_names if t_lower.get(lm, 0) >= max(2, t_caps.get(lm, 0))))
        # (and for the single-word renderings: written lower case three times as often as
        # capitalised and in 4 places at least, the Coral Beach Nature Reserve beside the
        # reserve)
        ctx.cached("terminology.t_mostly_lower", lambda: frozenset(
            lm for lm in common if lm not in t_not_noun and t_lower.get(lm, 0) >= max(4, 3 * t_caps.get(lm, 0))))
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
              "places and another way here (bill / draft law). A compound rendering whose "
              "modifier or head is swapped once counts too (Ferienwohnungen / "
              "Touristenwohnungen), unless the modifier renders a source word beside the "
              "term there (lanovka na vrchol → Gipfelbahn beside Seilbahn); forms of one "
              "word (πάσσαλοι / πασσάλους; Hebrew and Arabic ones behind their prefixes; "
              "case forms whose last vowel drops out, węzeł / węzła; a short Czech or Slovak "
              "word's case forms, vody / vodu / vodě, síť / sítě / síti) are one rendering, and "
              "a preposition beside the usual word (kroz špilju) is none, nor is an adposition ever "
              "the usual word (talven jälkeen, szezon után: after the winter, the season); a one-word term "
              "kept as it is everywhere (metano → methane) is rendered alike whatever words stand "
              "beside it; a word rendered as a participle after an auxiliary wherever it is a "
              "verb and as a noun where it is one (ricavato: han obtenido / la recaudación) has "
              "two senses; English words on one stem with other derivational endings "
              "(drainage / draining system) are two renderings; a source word only inside a "
              "hyphened compound (after-hours beside "
              "hours) is another term, and so is a source word without the neighbour it has wherever "
              "it is rendered by several words (storm overflow → scaricatore di piena, storm water "
              "→ acque meteoriche); case forms too short for one stem (trasa / trasu / trasom) and "
              "a compound's head alone (Straßenbahn / Bahnen) are one rendering, while two English "
              "nouns on one stem (electrolyser / electrolysis), a longer rendering that ends in the "
              "usual word's tail (span structure / superstructure) and a compound on the usual head "
              "with a modifier spelled like the source word (Förderbohrung / Produktionsbohrung) "
              "are two; a multi-word term rendered about word for word with one word swapped "
              "once (traction substation / power substation) counts even where the swapped-in "
              "word stands in another mention's sentence away from the term; a term of short "
              "words (net pen → netbur / havbur, in a source with a list of function words), a "
              "compound whose middle part differs (Vogel|erkennungs|system / "
              "Vogel|detektions|system), one that holds the usual word's modifier in its middle "
              "(Ahornwald / Zuckerahornbestand) and a capitalised designation of common words that the "
              "translation renders rather than keeps (Lobster Fishing Area → zone de pêche du "
              "homard / secteur de pêche au homard) count too; a Slavic relational "
              "adjective on the term's stem (аварийных участках beside аварий) is another word "
              "and a noun inside a complex preposition (w związku z) no mention of the term; in Chinese, "
              "Japanese and Vietnamese sources a term is a "
              "repeated run of characters or syllables (候车厅, xâm nhập mặn). A short word right "
              "before the term wherever its usual rendering stands (the new wing → nowe skrzydło) "
              "is what the rendering's extra word renders, so a mention without it (staffing the "
              "wing → obsadzenie skrzydła) is no other rendering; a compound on a modifier of "
              "three letters with another head (Eisfabrik / Eismaschine) counts; Slovenian "
              "short nouns' case forms (pot / potjo) are one word, and so are Lithuanian and Latvian ones "
              "(lyno / lyną / lynas), a hedge before a figure (maždaug, približne) renders no term, and "
              "Swahili's associative “of” joins a two-word rendering (gari la wagonjwa / gari la "
              "dharura); a headline (a first line "
              "that closes no sentence) is never flagged. A term that opens direct speech after a "
              "dash (– Sinice nie znają granic) is no name; in Japanese the usual rendering inside a "
              "longer run of characters (積雪荷重 in 許容積雪荷重) is the term rendered as elsewhere; "
              "a word of a script without capitals (Hebrew, Arabic) that one capitalised target "
              "word renders in all its sentences is a name (מגאר → Maghar), not a term; a word "
              "spelled like another source word of the sentence, in any script (директор → "
              "director), renders that word, never the term; a word beside a rendering spelled "
              "like the term that stands in all its sentences (programme → programma approvato) renders "
              "another word, so another word beside it there is no swapped variant; a usual rendering found in exactly "
              "the sentences of a short Vietnamese or Korean source word (vé thuyền → boat tickets) renders that word; "
              "a source word with a second rendering of its own in two or more of its sentences "
              "(niños: paediatric / children) is rendered by it where it stands, and a word at the "
              "term's place is no variant when one spelled much more like the usual rendering "
              "stands near (underwent a major renovation beside reconstruction); "
              "an English noun in -ment (settlement) is a term, no adverb, a three-letter word found in two other "
              "sentences too (a preposition) proves no consistent rendering, and a word right at the term's place "
              "outranks one further off that only shares letters with the usual rendering, while a preposition "
              "of the language's list is never a single word's usual rendering; a Norwegian, Danish or Swedish "
              "noun in -s and its definite form (rådhus / rådhuset) are one word, and another source word "
              "that merely shares the usual rendering's sentences, never beside the term there and "
              "rendered by a word of its own (floods → flommen), does not hide the term's link; "
              "a Chinese or Japanese "
              "run inside a longer term whose end, up to eight characters on, differs from sentence to "
              "sentence (…建设规划 / …建设项目) is two terms, and two forms of one irregular English "
              "verb (flash-freezing / flash-frozen) are one word; a headline (which sets its words in its own "
              "order) is no proof of where a term's rendering stands, Catalan de / del join a "
              "term's words (passeig de fusta / passeig de taulons), and a source word kept capitalised "
              "as written («Grüne Insel») is a name's word, no rendering.  Finnish long words' case "
              "forms (työntekijää / työntekijöiden), Russian and Ukrainian short source words' case "
              "forms (смена / смену) and English plurals in -ses (minibus / minibuses) are one word, "
              "while a hedge before a figure beside the term (noin 300) and a topic word found in twice "
              "as many other sentences (school beside second shift) prove nothing about its rendering."
              " In Japanese, no rendering run cuts a katakana word and reaches into characters (ボルドー港 → ー港)."
              " A Greek word on the term's stem with another declension's endings (παραγωγούς beside "
              "παραγωγής) is another word, and a noun of an attribution phrase (Ihren Worten zufolge, по его "
              "словам) renders no term."
              " Icelandic case forms with the suffixed article (sundlauginni / sundlaugarinnar) are one word, a "
              "name kept as written beside a term (in Wolfsberg) is no part of its rendering, and where the "
              "places in a sentence do not tell, the word beside the rendering of the term's source neighbour, "
              "where the usual rendering stands elsewhere (new pottery workshops → small ceramics workshops), "
              "renders the term. A term of two source words or more rendered here by words "
              "that share none with its usual rendering (health insurance → "
              "assurance maladie / mutuelle) is major."
              " A swapped modifier is found beside a shared head of three letters too (watering ban / "
              "irrigation ban) in a translation language with a list of function words, and a Romance "
              "noun in -mento (pagamento) is a term, not an adverb in -mente."
              " A variant written in lower case is no name (cigüeña europea beside the Unión "
              "Europea); German strong endings (aufbereitetem) are one word with the other forms; a Romance "
              "preposition of kind joins a rendering (olla a presión, barca a vela); and in Japanese a term "
              "transcribed word for word in katakana once (ウィンド・ファーム beside 風力発電所) is major."
              " A scale's look-alike is a scale only after a figure (paper mill / paper plant is a "
              "swap), a shared neighbour that renders another word of every sentence of the term "
              "proves no swap, a Chinese run whose last character renders the noun the term "
              "modifies here (licence fee → 许可费) is no other rendering, Korean verbs of "
              "speech are no terms, and Italian nouns in -io are one word with their plural in -i."
              " A term of two short words of an abjad source (Persian, Arabic, Hebrew: باد گرم, "
              "גשם חזק) is a term, a short German adjective's strong form (kalter, warmem) is one "
              "word with its other forms, and the first word of both sentences that is no function "
              "word (Fjøset mitt → Mein Stall) sits at the term's place."
              " A closed compound's head after another modifier once (lifeboat / rescue boat) is a "
              "swap, and where the usual rendering stands where a noun does, the odd sentence's "
              "rendering is a word where a noun stands (under the western deck), not a verb."
              " A hyphened compound on the usual compound's head with another modifier "
              "(Stadtteil-Bibliothek / Gemeindebibliothek) is a swap, not the head alone; a compound "
              "on the modifier of a term rendered elsewhere by a compound or its head alone, with "
              "another head (Apfelpresse / Apfelmühle, Mühle), counts; and in Chinese or "
              "Japanese a run that keeps half of the usual run with other characters for the rest "
              "(氷ワイン / アイスワイン) counts where it stands in place of a mention, in the one "
              "sentence without the usual run or in one that says the term more often than the run stands."
              " A Chinese or Japanese run whose rendering of several words is replaced whole once "
              "(tratamiento de residuos / gestión de basuras) is major, a word spelled like another "
              "source word of the sentence or (of several) an adverb is passed over in looking for "
              "the odd rendering (build jointly … storehouses), and compounds on one modifier "
              "in all sentences but one (Wasserstoffbusse, Wasserstofftankstelle) hold that one's "
              "compound on another modifier with one of their heads (Brennstoffzellenbusse) to them."
              " A Korean compound on the usual rendering's head of three syllables or more with another "
              "modifier (자동제세동기 / 심장제세동기) is the term rendered otherwise wherever the sentence "
              "puts it; a target word in all of a term's sentences that renders another source word found "
              "in all of them but one, the translation spelling it out in that one too (swift boxes → "
              "refugios para vencejos, boxes → nidales para vencejos), proves no rendering alike; an "
              "Arabic usual word behind a clitic (بلوحة) stands beside its neighbour like the bare word; "
              "a Japanese whole run of characters that keeps the usual run's opening with another head "
              "(高圧蒸気タービン / 高圧蒸気発電機) is major, one that keeps its ending with another "
              "modifier minor; a source adposition (szerint, according to) is no term; and Estonian and "
              "Finnish words in -ne / -nen with their case forms in -se- (eestikeelne / eestikeelse) and "
              "a Danish, Norwegian or Swedish noun in -e with its suffixed article (bue / buen) are one "
              "word. A long compound the source says just twice counts too where its rendering, one "
              "compound, takes another head on the same modifier at the later mention "
              "(wulpeneilanden / wulpenheuvels), the later mention flagged. A modal verb (devrait, should) renders no term, a noun inside a phrase "
              "of time (no final do jogo, at the end of) is no mention of the term, an English noun "
              "before a noun said as a Romance relational adjective (a church choir → un coro "
              "ecclesiastico) is the term rendered, and Swahili ki-/vi- nouns' plurals (chombo / vyombo) "
              "are one word. A term the source repeats (a long word, or several words) rendered into "
              "German, Dutch or a Scandinavian language by one compound at every mention but one, "
              "and there by that compound with one part swapped (Fensterbrett / Fensterleiste, "
              "Luchs|schutz|programm / Luchs|förder|programm), counts even with two mentions (the "
              "later one flagged, unless the headline renders it as one of them), where the source "
              "puts no word of its own beside the term at that mention nor another word at every "
              "mention; a Romance “in” of means joins a rendering with one word swapped "
              "(salidas de kayak / salidas en canoa), and German nouns in -en and their genitives in "
              "-ens (Verfahren / Verfahrens) are one word. "
              "Of several runs of a sentence that fit a rendering with one word swapped, the one that "
              "keeps the rendering's other word as written, nearest the term's place, counts (started "
              "touring … summer trip beside summer tour), never one with a linking word the usual "
              "rendering lacks (forme a stagionatura) nor one that stands in a sentence outside the "
              "term's too; a Romance rendering of two words whose kept word changes side "
              "(lunga stagionatura / stagionatura estesa) counts, and the first or last word of a "
              "rendering that renders a source word beside the term (formaggi, for quesos, also where "
              "the source says quesos alone) is cut off it. Articles and demonstratives (Catalan una, "
              "els, aquest) are never a term's words. A Chinese run of four characters with its first "
              "two swapped (快速通道 / 绿色通道) counts, and a source word in the usual run's sentences "
              "that also stands where the run does not links nothing; a Korean word of three syllables "
              "or more with one syllable swapped at one mention (유출량 / 배출량), particles apart, "
              "counts. A long source word said twice, rendered into German by one compound at one "
              "mention and by an adjective of another stem with that compound's head at the other "
              "(Mitgliederversammlung / ordentliche Versammlung), counts too, the later mention flagged."
              " A term of two source words said twice, rendered at one mention by two words each "
              "spelled like its source word and at the other by the look-alike of one of them beside "
              "a word of another stem (reserva marina / reserva oceánica), counts, the mention without "
              "the other word's look-alike flagged; a word spelled like one of a two-word term's words "
              "at the term in all its sentences renders it there alike, so a rendering without it "
              "renders another word. A compound's short modifier made of linking letters (See-) and a "
              "verb's stem (Abdicht-) are parts of a swapped compound; one compound in all of a term's "
              "sentences proves no rendering alike where those sentences share as many other source "
              "words or phrases, which it may render, nor does a word after a term of several words of a "
              "language that puts modifiers before the noun (a verb) tell what a part renders; and the "
              "case forms of a Greek neuter noun in -μα, whose accent moves (καθίσματα / καθισμάτων), "
              "are one word. A term of several "
              "source words said twice, rendered into a compounding language by a hyphened compound at "
              "one mention and by its second part after a word of another stem at the other "
              "(Doppeldecker-Nachtbus / zweistöckiger Nachtbus), counts, and so does one rendered by "
              "one closed word at one mention and by that word's tail with a look-alike of another of "
              "the term's words behind it at the other (radiotelescopio / telescopio de radioondas), "
              "the later mention flagged. A source word said in three sentences or more whose usual "
              "rendering (a word, or two near each other, found in all of its sentences but one and "
              "nowhere else) is missing from that one counts where other words found in no other "
              "sentence stand at its place, told by a neighbour rendered alike beside the usual "
              "rendering elsewhere (das neue Gerät → the new dialyser … the new blood filter), "
              "however the sentence is turned round, or by their place in the sentence where the "
              "usual word is a rare, specialised one and the other no frequent word; a currency, a "
              "misspelling of the usual word and a pronoun are none. A rendering found once "
              "against one the translation uses at five other mentions or more (bicycles ×5, "
              "velocipedes once) is major where its words are no frequent ones (in a language with "
              "word counts), the source (in a language that sets modifiers first) puts no "
              "content word right beside the term there that it puts beside no other mention "
              "(spare bicycles, bicycle saddles), the two share no word, stem, compound part or "
              "first four letters, neither is an abbreviation, a word of it stands nowhere else "
              "in the translation, its sentence holds no word of the usual one and, in a "
              "language that sets modifiers first, no content word follows it (extra nurses; in "
              "German, no noun, nor any word after a word in lower case), unless the odd word stands "
              "alone before one noun, with no content word after that, against a usual rendering of "
              "one word (reservoir ×5, storage tank once): the pair is then the odd rendering, judged "
              "as a whole, where the source (in any language) puts no content word of its own beside "
              "the term there. A rendering of several "
              "words with one of them swapped, the others kept as written (snow groomer ×4, snow "
              "tiller once), is judged so at four other mentions, by the swapped pair alone, where "
              "the word swapped in is "
              "no common one (under Zipf 4), even a Romance adjective beside the kept noun "
              "(camión salero); there a German word in lower case after the source term (sobald "
              "die Raupe losfährt) is a verb, no word of the term's own. Finnish nouns in -us / -ys "
              "and their case forms in -ukse- / -ykse- (rakennus / rakennuksen) are one word, a "
              "Danish, Norwegian or Swedish compound with its suffixed article at one mention only "
              "is compared without it (biblioteksbyggnad / kulturbyggnaden), and the word right "
              "after a one-word term of a Finnish or Estonian source is its verb, no word of its "
              "own. A word spelled like the term itself (apparatus → Apparat), found only in the "
              "odd sentence, renders it wherever the sentence puts it, and in German such a "
              "capitalised noun is no name kept as written.",
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
    head = _headline_span(ctx)
    modals = _modal_verbs(base_lang(ctx.target.lang))
    for f in _inconsistent_rendering(ctx, opts):
        a, b = f.text_span or f.span
        if head is not None and head[0] <= a and b <= head[1]:
            continue  # a headline says it its own short way (river report card → bilan de
            # santé du fleuve, bulletin in the body): no rendering to hold the body to
        if modals and fold(ctx.target.text[a:b].strip()) in modals:
            continue  # a modal verb (devrait, should) renders no term: the sentence took the
            # term up by a pronoun (the study may start → elle pourrait commencer)
        if f.severity.label == "minor" and _clear_swap(ctx, f):
            f = replace(f, severity=Severity.parse("major"))
        yield f


_OTHER_PLACES = re.compile(r" in (\d+) other places ")
# languages that set a modifier before its noun (extra nurses, neue Fähre): a word right
# before another content word may be that noun's modifier
_MODIFIER_FIRST = frozenset({"en", "de", "nl", "af", "lb", "sv", "da", "no", "nb", "nn", "is"})
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _may_modify(word: str, after: str, lang: str) -> bool:
    """May ``word`` be the modifier of the content word ``after`` it? In German (nouns
    capitalised) where it is written lower case or ``after`` is a capitalised noun; in the
    other languages that set modifiers first always (extra, specialised, night: no list of
    adjectives tells them from a noun before a verb)."""
    if lang in ("de", "lb"):
        return word[:1].islower() or after[:1].isupper()
    return True


_TERM_QUOTED = re.compile(r"^“([^”]+)”")


def _bare_mention(ctx: CheckContext, f: Finding, pos: int, verbs_after: bool = False,
                  any_order: bool = False) -> bool:
    """In a source language that sets modifiers first, does the term stand bare in the
    source sentence of the finding at ``pos``: no content word right before it (spare
    bicycles) nor right after it (bicycle saddles) that stands beside none of its other
    mentions? A term said with a word of its own there may be rendered by one word for the
    phrase (Ersatzräder, Sättel), no other name for the thing. In other source languages
    nothing is asked. With ``verbs_after`` (a rendering of several words, one swapped) a
    German word in lower case after the term is a verb or a participle (sobald die
    Raupe losfährt), no part of its phrase. With ``any_order`` the neighbours are asked in
    every source language (a Romance modifier after the term: infirmières puéricultrices)."""
    sl = base_lang(ctx.source.lang) if ctx.source is not None else ""
    if sl not in _MODIFIER_FIRST and not any_order:
        return True
    m = _TERM_QUOTED.match(f.message)
    if m is None:
        return False
    words = [fold(w.lower()) for w in _WORD_RE.findall(m.group(1))]
    if not words:
        return False
    stop = _stopwords(sl) or _function_words(ctx, "src")
    if any_order and not _stopwords(sl):
        # a word of one letter (Portuguese o, e; Slavic v, z, i) is a function word where
        # no list says so and the document is too short to tell
        stop = stop | {w for w in (fold(m.group().lower()) for bv in term_beads(ctx)
                                   for m in _WORD_RE.finditer(bv.source_text)) if len(w) == 1}

    def is_term(w: str, t: str) -> bool:
        p = len(os.path.commonprefix([w, t]))
        return w == t or (p >= 4 and len(w) - p <= 3 and len(t) - p <= 3)

    def neighbours(text: str) -> list[tuple[str | None, str | None]]:
        # each mention of the term's first and last word: the content word right before and
        # right after it (None: a function word, a figure, punctuation or nothing)
        toks = [(mm.start(), mm.end(), fold(mm.group().lower())) for mm in _WORD_RE.finditer(text)]
        out = []
        for i, (ts, te, w) in enumerate(toks):
            if not is_term(w, words[0]):
                continue
            j = i + len(words) - 1
            if j >= len(toks) or not all(is_term(toks[i + k][2], words[k]) for k in range(len(words))):
                continue
            before = after = None
            if i > 0 and not text[toks[i - 1][1]:ts].strip() and toks[i - 1][2] not in stop:
                before = toks[i - 1][2]
            if j + 1 < len(toks) and not text[toks[j][1]:toks[j + 1][0]].strip() \
                    and toks[j + 1][2] not in stop and not (
                        verbs_after and sl in ("de", "lb") and text[toks[j + 1][0]:toks[j + 1][0] + 1].islower()):
                after = toks[j + 1][2]
            out.append((before, after))
        return out

    here = None
    others: set[str] = set()
    for bv in term_beads(ctx):
        bs, be = _bead_span(bv)
        nb = neighbours(bv.source_text)
        if bs <= pos < be:
            here = nb
        else:
            for x, y in nb:
                others.update(w for w in (x, y) if w)
    if not here:
        return False
    return all((x is None or x in others) and (y is None or y in others) for x, y in here)


def _clear_swap(ctx: CheckContext, f: Finding) -> bool:
    """Is a minor T003 finding a near-synonym swapped in at one mention of a term that the
    translation renders alike at five other mentions or more (bicycles ×5, bikes once;
    Wartungshalle ×5, Montagehalle once), or at four where a rendering of several words has
    one word swapped, the others kept as written (snow groomer ×4, snow tiller once): the
    reader meets one thing under another name, major.
    Not in a language without word counts, nor where a word of the odd rendering is a
    frequent one (Zipf 5 or more: a function word may stand at the term's place), nor where
    the odd rendering shares a word, a stem, a compound part or a first part of
    four letters with the usual one (an inflection, a compound, a shortening: bike shed /
    bicycles), where either is an abbreviation (TV) or holds a figure, where a word
    of the odd rendering stands elsewhere in the translation too, where the sentence holds
    a word of the usual rendering, or where the odd word may be a modifier of the noun
    that renders the term (extra nurses: a content word right after it in a
    language that sets modifiers first; a Romance relational adjective). A lone odd word
    with one noun after it against a usual rendering of one word (reservoir ×5, storage
    tank once) is read as that pair, every check asked of both words, where the source
    (in any language) puts no content word of its own beside the term there."""
    m = _OTHER_PLACES.search(f.message)
    others = int(m.group(1)) if m is not None else 0
    if others < 4 or not f.suggestion or f.text_span is None:
        return False
    tl = base_lang(ctx.target.lang)
    if tl in _UNSPACED or tl in _SYLLABIC:
        return False
    text = ctx.target.text
    a, b = f.text_span
    odd, usual = text[a:b], f.suggestion
    stop = _stopwords(tl) or _function_words(ctx, "tgt")
    ow = [w for w in _WORD_RE.findall(odd) if fold(w.lower()) not in stop]
    uw = [w for w in _WORD_RE.findall(usual) if fold(w.lower()) not in stop]
    if not ow or not uw or any(ch.isdigit() for ch in odd + usual):
        return False
    if any(len(w) >= 2 and w.isupper() for w in ow + uw):
        return False  # an abbreviation (TV) shortens some rendering
    from ._text import _freq_store, zipf
    swap = _one_word_swapped(ow, uw)
    if swap is None and others < 5:
        return False  # (a swap keeps the rendering's other words as written: four suffice)
    if swap is not None:
        # a rendering of several words with one word swapped, the others kept as written
        # (drying kiln / drying oven), at four other mentions or more: the swapped pair is
        # what the checks below compare,
        # the word swapped in a specialised one (under Zipf 4), no common verb or adjective
        # that may render another source word beside the term (kiln burns beside kiln shed)
        if _freq_store(tl) is None or zipf(swap[0], tl) >= 4.0:
            return False
        ow, uw = [swap[0]], [swap[1]]
    noun_after = None  # the noun after a lone odd word, read with it as one rendering
    if tl in _MODIFIER_FIRST:
        nxt = _NEXT_WORD.match(text, b)
        if nxt and fold(nxt.group(1).lower()) not in stop and _may_modify(ow[-1], nxt.group(1), tl):
            noun_after = _noun_after_odd(text, a, nxt, stop, swap, ow, uw)
            if noun_after is None:
                return False  # the word may be the modifier of the noun after it
            ow = ow + [noun_after]
    if _freq_store(tl) is None or any(zipf(w, tl) >= 5.0 for w in ow[-1:] if noun_after) \
            or any(zipf(w, tl) >= (6.0 if noun_after else 5.0) for w in ow):
        return False  # a frequent word (or one of a language without word counts, where no
        # list tells a function word such as an adverb of place) may render another word
    for x in ow:
        for y in uw:
            fx, fy = fold(x.lower()), fold(y.lower())
            if fx == fy or fx in fy or fy in fx or len(os.path.commonprefix([fx, fy])) >= 4 \
                    or _same_word(fx, fy, tl) or _cross_compound(fx, fy, tl) or _gerund_kin(fx, fy, tl):
                return False  # one word, a form, a compound or a shortening of the other
    rel = _REL_ADJ.get(tl)
    if rel is not None and swap is None and rel.match(fold(ow[0].lower())):
        return False  # a Romance relational adjective may modify the noun that renders it (in
        # a swap the noun is the kept word: camión esparcidor / camión salero)
    seg = ctx.target.segment_at(a)
    if seg is None:
        return False
    sent = text[seg.start:seg.end]
    sent_words = {fold(w.lower()) for w in _WORD_RE.findall(sent)}
    if any(fold(y.lower()) in sent_words or any(_same_word(fold(y.lower()), z, tl, heads=False)
                                                for z in sent_words) for y in uw):
        return False  # the usual rendering stands in this sentence too: the word renders another
    if not _bare_mention(ctx, f, a, verbs_after=swap is not None, any_order=noun_after is not None):
        return False
    if noun_after is not None:
        b = _NEXT_WORD.match(text, b).end()
    rest = [fold(mm.group().lower()) for mm in _WORD_RE.finditer(text) if not (a <= mm.start() < b)]
    rest_set = set(rest)

    def form_of(x: str, z: str) -> bool:  # one word's inflected forms (Felge / Felgen)
        p = len(os.path.commonprefix([x, z]))
        return x == z or (p >= 4 and len(x) - p <= 3 and len(z) - p <= 3)

    # a word of the odd rendering found nowhere else in the translation, in no form
    return len(ow) <= 3 and any(not any(form_of(x2, z) for z in rest_set)
                                for x2 in (fold(x.lower()) for x in ow))


def _noun_after_odd(text: str, a: int, nxt: re.Match, stop: frozenset[str], swap,
                    ow: list[str], uw: list[str]) -> str | None:
    """The noun right after a lone odd word at ``a`` that, with it, makes the odd rendering
    of a term the translation renders by one word elsewhere (reservoir ×5, storage tank
    once): one word against one, no swap, and no content word right before the odd word
    nor after the noun (specialised childcare workers: a longer phrase may render more than
    the term). The caller asks the shared-word, frequency and source checks of the pair;
    None where it is no such pair."""
    if swap is not None or len(ow) != 1 or len(uw) != 1:
        return None
    third = _NEXT_WORD.match(text, nxt.end())
    if third and fold(third.group(1).lower()) not in stop:
        return None
    prev = _PREV_WORD.search(text, 0, a)
    if prev and fold(prev.group(1).lower()) not in stop:
        return None
    return nxt.group(1)


def _one_word_swapped(ow: list[str], uw: list[str]) -> tuple[str, str] | None:
    """The odd and the usual word where two renderings of as many content words (two or
    more) differ in exactly one place and are alike (folded) in the others: (drying
    kiln, drying oven) → (kiln, oven); else None."""
    if len(ow) != len(uw) or len(ow) < 2:
        return None
    diff = [i for i, (x, y) in enumerate(zip(ow, uw)) if fold(x.lower()) != fold(y.lower())]
    return (ow[diff[0]], uw[diff[0]]) if len(diff) == 1 else None


_MODAL_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "modal_verbs.tsv"


def _modal_verbs(lang: str) -> frozenset[str]:
    """The finite modal verbs of ``lang`` (data/terminology/modal_verbs.tsv), folded."""
    return _tsv_words(_MODAL_FILE, lang)


# a paragraph that closes a sentence (or a quotation or bracket after one)
_CLOSED = re.compile(r"[.!?…:;。！？][\s\"'’”»)\]]*$")


def _headline_span(ctx: CheckContext) -> tuple[int, int] | None:
    """The translation's headline, if it has one: its first paragraph, marked a headline by
    the input (HTML, Markdown, Word) or, in plain text, a single line of at most 30 words
    that closes no sentence over more paragraphs, in the source as well."""
    def first_head(doc) -> tuple[int, int] | None:
        paras = [p for p in doc.paragraphs if doc.text[p.start:p.end].strip()]
        if len(paras) < 2:
            return None
        p = paras[0]
        t = doc.text[p.start:p.end].strip()
        if p.kind == "headline" or (p.kind == "body" and "\n" not in t and len(t.split()) <= 30
                                    and not _CLOSED.search(t)):
            return p.start, p.end
        return None

    head = first_head(ctx.target)
    return head if head is not None and first_head(ctx.source) is not None else None


def _head_beads(ctx: CheckContext) -> frozenset[int]:
    """The term beads that lie in the translation's headline (_headline_span): a headline
    sets its words in its own order, so it proves no place for a term's rendering."""
    def build() -> frozenset[int]:
        head = _headline_span(ctx)
        if head is None:
            return frozenset()
        return frozenset(b.index for b in term_beads(ctx)
                         if head[0] <= _bead_span(b)[0] and _bead_span(b)[1] <= head[1])
    return ctx.cached("terminology.head_beads", build)


def _inconsistent_rendering(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    # a multi-word term (projet de loi → bill / draft law) first: its message names the whole
    # term, so a single-word finding on the same words is left out
    multi = list(_multiword_findings(ctx, opts))
    yield from multi
    spans = [f.text_span or f.span for f in multi]
    for f in _single_word_findings(ctx, opts):
        a, b = f.text_span or f.span
        if not any(a < e and s < b for s, e in spans):
            spans.append((a, b))
            yield f
    for f in _repeat_findings(ctx, opts):
        a, b = f.text_span or f.span
        if not any(a < e and s < b for s, e in spans):
            spans.append((a, b))
            yield f
    for f in _variant_findings(ctx, opts):
        a, b = f.text_span or f.span
        if not any(a < e and s < b for s, e in spans):
            spans.append((a, b))
            yield f
    for extra in (_modifier_swap_findings, _ngram_findings, _ja_run_swap_findings, _cjk_target_findings,
                  _ko_syllable_swap_findings,
                  _compound_head_findings, _cjk_mention_findings, _family_findings, _pair_findings,
                  _compound_part_findings, _compound_phrase_findings, _cognate_pair_findings,
                  _hyphen_phrase_findings, _spelled_out_findings, _dropout_findings):
        for f in extra(ctx, opts):
            a, b = f.text_span or f.span
            if not any(a < e and s < b for s, e in spans):
                spans.append((a, b))
                yield f


def _pair_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A term the source says twice, each time in the same words (carga axial, a compound
    Holzheizwerk), rendered by two words at one mention and by the same words with one of them
    swapped at the other (axial load ... axial force; woodchip plant ... woodchip station), or by
    one compound and a compound on the same modifier with another head (Brachvogelinseln →
    wulpeneilanden ... wulpenheuvels): with two mentions no majority tells the usual
    rendering, but the repeated source term tells that the reader meets one thing under two
    names. The later mention is flagged. (The rendering of two words is looked for, so that
    a pair nearer the term's places wins over a compound, but only a compound is flagged.) Only where each swapped word stands once in the
    whole translation, the source puts the same words right beside the term at both
    mentions (no word of its own at one), and the renderings sit where
    the term sits in both sentences."""
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if tl in _SYLLABIC or tl in _UNSPACED or sl in _SYLLABIC or sl in _UNSPACED:
        return
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    words, bad_src, bad_tgt = _bead_words(ctx)
    # (a word of a name written lower case as often elsewhere is a common word)
    bad_tgt = bad_tgt - ctx.cached("terminology.t_common", frozenset)
    views = {b.index: b for b in term_beads(ctx)}
    src_names = ctx.cached("terminology.src_names", lambda: _source_names(words, views, sl, ctx.target.text))
    heads = _head_beads(ctx)
    preps_t = _prepositions(tl)
    caps = _nouns_capitalised(tl)
    # each source term (a long word, or two content words side by side) → its places
    places: dict[tuple[str, ...], list[tuple[int, int, int]]] = {}
    for b in bt:
        src = b.src
        for k, t in enumerate(src):
            if not t.content or t.cap and not _nouns_capitalised(sl):
                continue
            if _wlen(t.word) >= 9 and sl in _COMPOUNDING:
                # (by the word's own lemma: the document's stems join compounds on one
                # modifier, Holzheizwerk and Holzhaus)
                places.setdefault((lemma(t.word, sl),), []).append((b.index, k, k))
            if k + 1 < len(src) and src[k + 1].joined and src[k + 1].content and _wlen(t.lemma) >= 4 \
                    and _wlen(src[k + 1].lemma) >= 4 and not (src[k + 1].cap and not _nouns_capitalised(sl)):
                places.setdefault((t.lemma, src[k + 1].lemma), []).append((b.index, k, k + 1))
    toks = {b.index: b for b in bt}
    done: set[int] = set()
    text = ctx.target.text

    def ok_word(t: _Tok) -> bool:
        return t.content and _wlen(t.lemma) >= 3 and t.lemma not in bad_tgt and t.lemma not in preps_t \
            and not any(c.isdigit() for c in t.word) and (caps or not t.cap or _initial(text, t.start))

    def side(b: _BeadToks, i: int, j: int) -> set[str]:
        src = b.src
        out = set()
        if i > 0 and src[i].joined and src[i - 1].content and _wlen(src[i - 1].lemma) >= 4:
            out.add(src[i - 1].lemma)
        if j + 1 < len(src) and src[j + 1].joined and src[j + 1].content and _wlen(src[j + 1].lemma) >= 4:
            out.add(src[j + 1].lemma)
        return out

    openers = _NOUN_OPENERS.get(tl, frozenset())
    for S, pl in sorted(places.items()):
        if len(pl) != 2 or pl[0][0] == pl[1][0] or any(w in src_names or w in bad_src for w in S) \
                or pl[0][0] in heads or pl[1][0] in heads:
            continue  # (a mention in the headline is a third one: the majority paths' case)
        if len(S) == 1:
            stem = S[0][:max(5, len(S[0]) - 2)]
            if sum(any(fold(t.word).startswith(stem) or stem in fold(t.word) for t in b.src) for b in bt) > 2:
                continue  # the compound in a third sentence, in a longer one (Holzheizwerkskosten)
        (b1, i1, j1), (b2, i2, j2) = pl
        # a word of its own beside a term of two words at one mention: another phrase,
        # whose word may be the one swapped (a source compound's rendering, of one word or
        # two, renders the compound alone)
        own = len(S) > 1 and side(toks[b1], i1, j1) != side(toks[b2], i2, j2)
        cands = []
        pos = []
        for (bi, i, j) in pl:
            b = toks[bi]
            c = (i + j) / 2 / max(1, len(b.src) - 1)
            pos.append(c)
            tg = b.tgt
            units = []
            for k, t in enumerate(tg):
                if not ok_word(t) or abs(k / max(1, len(tg) - 1) - c) > 0.35:
                    continue
                if len(S) == 1 and _wlen(t.lemma) >= 8:
                    units.append((k, k))
                if k + 1 < len(tg) and tg[k + 1].joined and ok_word(tg[k + 1]) \
                        and (len(S) > 1 or tl not in _COMPOUNDING):
                    # (a compound into a compounding language is one word: a word beside it
                    # renders another)
                    units.append((k, k + 1))
            cands.append(units)
        keys = [{tuple(t.lemma for t in toks[bi].tgt[u[0]:u[1] + 1]): u for u in units}
                for (bi, _, _), units in zip(pl, cands)]
        common = keys[0].keys() & keys[1].keys()
        hits = []
        for u1 in cands[0]:
            x = [t.lemma for t in toks[b1].tgt[u1[0]:u1[1] + 1]]
            for u2 in cands[1]:
                y = [t.lemma for t in toks[b2].tgt[u2[0]:u2[1] + 1]]
                if len(x) != len(y):
                    continue
                if len(x) == 2:
                    if own:
                        continue
                    same = [p for p in (0, 1) if x[p] == y[p]]
                    if len(same) != 1:
                        continue
                    d = 1 - same[0]
                    a, z = x[d], y[d]
                    if _same_word(a, z, tl) or a[:4] == z[:4] or _kin(a, z) or min(_wlen(a), _wlen(z)) < 3:
                        continue
                else:
                    a, z = x[0], y[0]
                    n = 0
                    while n < min(len(a), len(z)) and a[n] == z[n]:
                        n += 1
                    if n < 5 or len(a) - n < 3 or len(z) - n < 3:
                        continue  # one modifier, two heads of three letters or more
                    if _same_word(a[n:], z[n:], tl) or a[n:n + 3] == z[n:n + 3]:
                        continue  # (the heads two forms of one word)
                if any(t.lemma == z for t in toks[b1].tgt) or any(t.lemma == a for t in toks[b2].tgt):
                    continue  # each swapped word in its own sentence only
                if len(x) == 2 and any(
                        u[1] + 1 < len(tb.tgt) and tb.tgt[u[1] + 1].joined and tb.tgt[u[1] + 1].word in openers
                        for u, tb in ((u1, toks[b1]), (u2, toks[b2]))):
                    continue  # an article right after the pair: its last word a verb with its
                    # object (the utility approved an increase), no rendering's word
                key2 = tuple(y)
                if any(bj != b2 and any(tuple(t.lemma for t in toks[bj].tgt[k:k + len(y)]) == key2
                                        for k in range(len(toks[bj].tgt))) for bj in toks):
                    continue  # the rendering found here stands in another sentence too: no odd one
                c1 = abs((u1[0] + u1[1]) / 2 / max(1, len(toks[b1].tgt) - 1) - pos[0])
                c2 = abs((u2[0] + u2[1]) / 2 / max(1, len(toks[b2].tgt) - 1) - pos[1])
                hits.append((round(c1 + c2, 3), u1, u2))
        hits.sort()
        if not hits or len(hits) > 1 and hits[1][0] == hits[0][0]:
            continue  # (of several, the pair nearest the term's places)
        _, u1, u2 = hits[0]
        if u1[0] != u1[1]:
            continue  # a rendering of two words with one swapped is not flagged on two mentions:
            # the pair found is too often the term's word with the next word of the sentence
            # (a verb, a number's noun: fallen trees / fallen lines), measured on 22 correct
            # translations; only a compound with another head counts
        if any(not (keys[0][k][0] <= u1[1] and u1[0] <= keys[0][k][1]
                    and keys[1][k][0] <= u2[1] and u2[0] <= keys[1][k][1]) for k in common):
            continue  # the same words where the term is in both sentences, apart from the pair
            # found (the new woodchip plant, with two large boilers ... a woodchip plant):
            # rendered alike (not the rest of a longer rendering whose last word is swapped:
            # peak axial load / peak axial force)
        tg1, tg2 = toks[b1].tgt, toks[b2].tgt
        s, e = tg2[u2[0]].start, tg2[u2[1]].end
        if s in done:
            continue
        done.add(s)
        there = text[tg1[u1[0]].start:tg1[u1[1]].end]
        src_word = views[b2].source_text[toks[b2].src[i2].start:toks[b2].src[j2].end]
        ev = [Evidence(ctx.source.path, f"“{src_word}” in 2 sentences; “{there}” in the other",
                       ctx.source.lang, note="renderings in this translation"),
              ctx.evidence(ctx.target, None, views[b1].target_text, note=f"“{there}” here")]
        yield ctx.flag(s, e, f"“{src_word}” is rendered “{there}” at its other mention but “{text[s:e]}” here",
                       suggestion=there, evidence=ev)


def _cognate_pair_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A term of two source words side by side said in exactly two sentences, outside the
    headline, rendered at one mention by two words each spelled like its source word (sulfur
    trioxide → triòxid de sofre) and at the other by the look-alike of one of them beside a
    word of another stem where the other stood (triòxid de sofre / triòxid d'azufre), the
    other word's look-alike nowhere in that sentence: one word of the usual rendering swapped
    for a synonym. The look-alikes place both renderings, so two mentions suffice; only where
    the swapped-in word stands in no other sentence of the translation and spells no source
    word of its own sentence."""
    from rapidfuzz.fuzz import ratio
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if tl in _SYLLABIC or tl in _UNSPACED or sl in _SYLLABIC or sl in _UNSPACED:
        return
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    words, bad_src, bad_tgt = _bead_words(ctx)
    heads = _head_beads(ctx)
    caps_s, caps_t = _nouns_capitalised(sl), _nouns_capitalised(tl)
    link = _LINKERS.get(tl, frozenset())
    toks = {b.index: b for b in bt}
    views = {b.index: b for b in term_beads(ctx)}
    text = ctx.target.text

    def like(t: _Tok, w: str) -> bool:
        return t.content and len(t.word) >= 4 and len(w) >= 4 and (t.word[:5] == w[:5] or ratio(t.word, w) >= 80)

    places: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for b in bt:
        src = b.src
        for k in range(len(src) - 1):
            t, u = src[k], src[k + 1]
            if t.content and u.content and u.joined and _wlen(t.word) >= 4 and _wlen(u.word) >= 4 \
                    and (caps_s or not (t.cap or u.cap)) and t.lemma not in bad_src and u.lemma not in bad_src:
                places.setdefault((t.word, u.word), []).append((b.index, k))
    t_beads: dict[str, set[int]] = {}
    for b in bt:
        for t in b.tgt:
            t_beads.setdefault(t.lemma, set()).add(b.index)
    done: set[int] = set()
    for S, pl in sorted(places.items()):
        B = {bi for bi, _ in pl}
        if len(pl) != 2 or len(B) != 2 or B & heads:
            continue
        for (g, _gk), (o, _ok) in ((pl[0], pl[1]), (pl[1], pl[0])):
            tg, to = toks[g].tgt, toks[o].tgt
            for keep in (0, 1):
                other = S[1 - keep]
                if any(like(t, other) for t in to):
                    continue  # the other word's look-alike in the odd sentence too
                pair = [(i, j) for i, t in enumerate(tg) if like(t, S[keep])
                        for j in range(max(0, i - 3), min(len(tg), i + 4))
                        if j != i and like(tg[j], other)
                        and all(tg[x].joined and not tg[x].content for x in range(min(i, j) + 1, max(i, j)))
                        and all(tg[x].joined for x in (max(i, j),))]
                if len(pair) != 1:
                    continue
                i, j = pair[0]
                d = 1 if j > i else -1
                ks = [k for k, t in enumerate(to) if like(t, S[keep]) and t.lemma == tg[i].lemma]
                if len(ks) != 1:
                    continue
                k = ks[0]
                z = k + d
                while 0 <= z < len(to) and not to[z].content and to[z].word in link and abs(z - k) < 3 \
                        and to[max(z, z - d)].joined:
                    z += d
                if not 0 <= z < len(to) or not to[max(z, z - d)].joined:
                    continue
                w = to[z]
                if not w.content or _wlen(w.lemma) < 3 or w.lemma in bad_tgt or (w.cap and not caps_t) \
                        or any(c.isdigit() for c in w.word) or t_beads.get(w.lemma, set()) != {o} \
                        or any(like(w, s.word) for s in toks[o].src if s.content) \
                        or _same_word(w.lemma, tg[j].lemma, tl) or w.lemma[:4] == tg[j].lemma[:4]:
                    continue
                a, e = min(to[k].start, w.start), max(to[k].end, w.end)
                if a in done:
                    continue
                done.add(a)
                there = text[tg[min(i, j)].start:tg[max(i, j)].end]
                src = toks[o].src
                src_word = views[o].source_text[src[_ok].start:src[_ok + 1].end]
                ev = [Evidence(ctx.source.path, f"“{src_word}” in 2 sentences; “{there}” in the other",
                               ctx.source.lang, note="renderings in this translation"),
                      ctx.evidence(ctx.target, None, views[g].target_text, note=f"“{there}” here")]
                yield ctx.flag(a, e, f"“{src_word}” is rendered “{there}” at its other mention but "
                                     f"“{text[a:e]}” here", suggestion=there, evidence=ev)


def _hyphen_phrase_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A term of several source words said in exactly two sentences, outside the headline,
    rendered into a compounding language by a hyphened compound at one mention
    (Dreiband-Kiefernspanner) and at the other by its second part after a word of another
    stem (dreistreifiger Kiefernspanner): the compound's first part swapped for a word of its
    own. Only where that second part stands in no other sentence, the first part and the
    word before the second part each in their own sentence only, and both about where the
    term stands."""
    tl = base_lang(ctx.target.lang)
    if tl not in _COMPOUNDING or ctx.source is None:
        return
    sl = base_lang(ctx.source.lang)
    if sl in _UNSPACED or sl in _SYLLABIC:
        return
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    words, bad_src, bad_tgt = _bead_words(ctx)
    heads = _head_beads(ctx)
    toks = {b.index: b for b in bt}
    views = {b.index: b for b in term_beads(ctx)}
    text = ctx.target.text
    t_beads: dict[str, set[int]] = {}
    for b in bt:
        for t in b.tgt:
            t_beads.setdefault(t.lemma, set()).add(b.index)
    occ: dict[tuple[str, ...], dict[int, _Unit]] = {}
    for b in bt:
        for key, u in b.src_units.items():
            if len(key) >= 2:
                occ.setdefault(key, {})[b.index] = u
    done: set[int] = set()
    for S, places in sorted(occ.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        B = sorted(places)
        if len(B) != 2 or set(B) & heads or any(w in bad_src for w in S):
            continue

        def pos(bi: int) -> float:
            u = places[bi]
            return (u.first + u.last) / 2 / max(1, len(toks[bi].src) - 1)

        for g, o in ((B[0], B[1]), (B[1], B[0])):
            tg, to = toks[g].tgt, toks[o].tgt
            pg, po = pos(g), pos(o)
            hy = [i for i in range(len(tg) - 1)
                  if text[tg[i].end:tg[i + 1].start] == "-" and tg[i].content and tg[i + 1].content
                  and tg[i].word.isalpha() and _wlen(tg[i].lemma) >= 3 and _wlen(tg[i + 1].lemma) >= 6
                  and abs(i / max(1, len(tg) - 1) - pg) <= 0.3]
            if len(hy) != 1:
                continue
            i = hy[0]
            A, H = tg[i], tg[i + 1]
            if t_beads.get(H.lemma) != {g, o} or t_beads.get(A.lemma) != {g} or H.lemma in bad_tgt:
                continue
            ks = [k for k in range(1, len(to)) if to[k].lemma == H.lemma]
            if len(ks) != 1:
                continue
            k = ks[0]
            X = to[k - 1]
            if not X.content or not X.word.isalpha() or _wlen(X.lemma) < 3 or not to[k].joined \
                    or text[X.end:to[k].start] == "-" or t_beads.get(X.lemma) != {o} \
                    or _same_word(X.lemma, A.lemma, tl) or X.lemma in _stopwords(tl) \
                    or abs(k / max(1, len(to) - 1) - po) > 0.3:
                continue
            if X.start in done:
                continue
            done.add(X.start)
            there, here = text[A.start:H.end], text[X.start:to[k].end]
            surface = _term_surface(views, toks, B, S)
            ev = [Evidence(ctx.source.path, f"“{surface}” in 2 sentences; “{there}” in the other",
                           ctx.source.lang, note="renderings in this translation"),
                  ctx.evidence(ctx.target, None, views[g].target_text, note=f"“{there}” here")]
            yield ctx.flag(X.start, to[k].end, f"“{surface}” is rendered “{there}” at its other mention "
                                               f"but “{here}” here", suggestion=there, evidence=ev)


def _spelled_out_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A term of several source words said in exactly two sentences, outside the headline,
    rendered at one mention by one closed word (idrovolante) and at the other by that word's
    tail as a word of its own with a look-alike of another of the term's words behind it
    (volante a idrogeno, for hydrogen flyer … ): the compound spelled out as a phrase. The later
    mention is flagged. Only where the closed word and the phrase each stand in their own
    sentence only and the look-alike spells no word of the closed word's sentence."""
    from rapidfuzz.fuzz import ratio
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if ctx.source is None or tl in _SYLLABIC or tl in _UNSPACED or sl in _SYLLABIC or sl in _UNSPACED:
        return
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    words, bad_src, bad_tgt = _bead_words(ctx)
    heads = _head_beads(ctx)
    toks = {b.index: b for b in bt}
    views = {b.index: b for b in term_beads(ctx)}
    text = ctx.target.text
    link = _LINKERS.get(tl, frozenset()) | _prepositions(tl)
    t_beads: dict[str, set[int]] = {}
    for b in bt:
        for t in b.tgt:
            t_beads.setdefault(t.lemma, set()).add(b.index)

    def like(t: _Tok, w: str) -> bool:
        return t.content and len(t.word) >= 5 and len(w) >= 5 and (t.word[:5] == w[:5] or ratio(t.word, w) >= 80)

    occ: dict[tuple[str, ...], dict[int, _Unit]] = {}
    for b in bt:
        for key, u in b.src_units.items():
            if len(key) >= 2:
                occ.setdefault(key, {})[b.index] = u
    done: set[int] = set()
    for S, places in sorted(occ.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        B = sorted(places)
        if len(B) != 2 or set(B) & heads or any(w in bad_src for w in S):
            continue
        for g, o in ((B[0], B[1]), (B[1], B[0])):
            tg, to = toks[g].tgt, toks[o].tgt
            found = []
            for k, h in enumerate(to):
                if not h.content or _wlen(h.word) < 4 or h.lemma in bad_tgt or t_beads.get(h.lemma) != {o}:
                    continue
                # the closed word in the other sentence that ends in this one
                ws = [t for t in tg if t.content and len(t.word) >= len(h.word) + 3 and t.word.endswith(h.word)
                      and t_beads.get(t.lemma) == {g}]
                if len(ws) != 1:
                    continue
                # behind the tail word, past linking words, a look-alike of another word of the term
                z = k + 1
                while z < len(to) and to[z].joined and not to[z].content \
                        and (to[z].word in link or len(to[z].word) <= 2) and z - k <= 3:
                    z += 1
                if z >= len(to) or not to[z].joined or z == k + 1 and not to[z].content:
                    continue
                m = to[z]
                if not any(like(m, w) for w in S if not h.word.startswith(w[:4])) \
                        or any(like(t, m.word) for t in tg if t is not ws[0]) or t_beads.get(m.lemma) != {o}:
                    continue
                found.append((k, z, ws[0]))
            if len(found) != 1:
                continue
            k, z, W = found[0]
            later = max(g, o)
            if later == o:
                a, e, here = to[k].start, to[z].end, text[to[k].start:to[z].end]
                there = text[W.start:W.end]
                other = g
            else:
                a, e, here = W.start, W.end, text[W.start:W.end]
                there = text[to[k].start:to[z].end]
                other = o
            if a in done:
                continue
            done.add(a)
            surface = _term_surface(views, toks, B, S)
            ev = [Evidence(ctx.source.path, f"“{surface}” in 2 sentences; “{there}” in the other",
                           ctx.source.lang, note="renderings in this translation"),
                  ctx.evidence(ctx.target, None, views[other].target_text, note=f"“{there}” here")]
            yield ctx.flag(a, e, f"“{surface}” is rendered “{there}” at its other mention but “{here}” here",
                           suggestion=there, evidence=ev)


def _compound_phrase_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A long source word (nine letters or more) said in exactly two sentences, outside the
    headline, rendered into German by one compound at one mention (Jahresumsatz) and by an
    adjective with that compound's head at the other (operativer Umsatz): the head kept, its
    modifier swapped for an adjective of another stem, one thing under two names.  The
    later mention is flagged.  Only where the compound, the adjective and the bare head each
    stand in their own sentence only, both renderings sit where the term sits, and the
    source puts no word of its own beside the term at one mention."""
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if not _nouns_capitalised(tl) or sl in _SYLLABIC or sl in _UNSPACED or sl == tl:
        return
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    heads = _head_beads(ctx)
    views = {b.index: b for b in term_beads(ctx)}
    toks = {b.index: b for b in bt}
    text = ctx.target.text
    places: dict[str, list[tuple[int, int]]] = {}
    for b in bt:
        for k, t in enumerate(b.src):
            if t.content and _wlen(t.word) >= 9 and t.word.isalpha() and not (
                    t.cap and not _nouns_capitalised(sl) and not _initial(views[b.index].source_text, t.start)):
                places.setdefault(lemma(t.word, sl), []).append((b.index, k))
    # each target lemma's sentences
    t_beads: dict[str, set[int]] = {}
    for b in bt:
        for t in b.tgt:
            t_beads.setdefault(t.lemma, set()).add(b.index)

    openers = _NOUN_OPENERS.get(sl, frozenset())

    def side(b: _BeadToks, k: int) -> set[str]:
        """The content word right before the term (and, in a Romance source, whose
        adjectives follow the noun, right after it): a modifier of its own."""
        src = b.src
        out = set()
        if k > 0 and src[k].joined and src[k - 1].content and _wlen(src[k - 1].lemma) >= 4 \
                and src[k - 1].word not in openers:  # (no article or possessive: haar, their)
            out.add(src[k - 1].lemma)
        if sl in _ADJ_EITHER_SIDE and k + 1 < len(src) and src[k + 1].joined and src[k + 1].content \
                and _wlen(src[k + 1].lemma) >= 4:
            out.add(src[k + 1].lemma)
        return out

    def near(b: _BeadToks, k: int, c: float) -> bool:
        return abs(k / max(1, len(b.tgt) - 1) - c) <= 0.35

    for L, pl in sorted(places.items()):
        if len(pl) != 2 or pl[0][0] == pl[1][0] or pl[0][0] in heads or pl[1][0] in heads:
            continue
        stem = L[:max(5, len(L) - 2)]
        if sum(any(stem in fold(t.word) for t in b.src) for b in bt) > 2:
            continue  # the word in a third sentence, in a longer one
        (b1, k1), (b2, k2) = pl
        if side(toks[b1], k1) != side(toks[b2], k2):
            continue  # a word of its own beside the term at one mention: another phrase
        c = {bi: k / max(1, len(toks[bi].src) - 1) for bi, k in pl}
        hits = []
        for a, z in ((b1, b2), (b2, b1)):
            ta, tz = toks[a].tgt, toks[z].tgt
            comps = [(i, t) for i, t in enumerate(ta) if t.content and t.cap and len(t.lemma) >= 9
                     and t_beads.get(t.lemma) == {a} and near(toks[a], i, c[a])]
            for j in range(len(tz) - 1):
                adj, noun = tz[j], tz[j + 1]
                if not (adj.content and not adj.cap and noun.content and noun.cap and noun.joined
                        and len(noun.lemma) >= 5 and len(adj.word) >= 5 and adj.word.isalpha()
                        and t_beads.get(adj.lemma) == {z} and t_beads.get(noun.lemma) == {z}
                        and near(toks[z], j, c[z])):
                    continue
                for i, x in comps:
                    mod = x.lemma[:len(x.lemma) - len(noun.lemma)].rstrip("s")
                    if x.lemma.endswith(noun.lemma) and len(mod) >= 4 and mod[:4] != adj.lemma[:4] \
                            and not any(_same_word(mod, t.lemma, tl) for t in tz if t.content):
                        hits.append((a, i, z, j))
        if len(hits) != 1:
            continue
        a, i, z, j = hits[0]
        later = max(a, z)
        ta, tz = toks[a].tgt, toks[z].tgt
        if later == z:
            s, e, there = tz[j].start, tz[j + 1].end, text[ta[i].start:ta[i].end]
        else:
            s, e, there = ta[i].start, ta[i].end, text[tz[j].start:tz[j + 1].end]
        src_word = views[later].source_text[toks[later].src[dict(pl)[later]].start:toks[later].src[dict(pl)[later]].end]
        other = min(a, z)
        ev = [Evidence(ctx.source.path, f"“{src_word}” in 2 sentences; “{there}” in the other",
                       ctx.source.lang, note="renderings in this translation"),
              ctx.evidence(ctx.target, None, views[other].target_text, note=f"“{there}” here")]
        yield ctx.flag(s, e, f"“{src_word}” is rendered “{there}” at its other mention but “{text[s:e]}” here",
                       suggestion=there, evidence=ev)


# translation languages whose compounds _compound_part_findings compares part by part (not
# Finnish, Estonian or Icelandic, whose case endings are as long as a compound's part)
# source languages that put an adjective after its noun as a rule (risque élevé, بلوحة كبيرة)
_MODIFIER_AFTER = frozenset({"fr", "es", "it", "pt", "ca", "ro", "gl", "oc", "ar", "he", "fa", "ur",
                             "sw", "vi", "th", "id", "ms", "tl"})
# source languages whose noun takes its complement after it behind an article only
_BARE_AFTER_NO_MODIFIER = frozenset({"el"})
_FINNIC_AFTER_TERM = frozenset({"fi", "et"})  # (see _compound_part_findings)
_PART_SWAP_LANGS = frozenset({"de", "lb", "nl", "af", "sv", "da", "no", "nb", "nn"})
# linking words of source languages that _LINKERS leaves out, for _compound_part_findings'
# look at the words joined to a term (ulei de nucă, walnut oil)
_PART_LINKERS = {"ro": frozenset({"de", "din", "al", "a", "ai", "ale"})}


def _part_word(m: str, lang: str) -> bool:
    """Is ``m``, a compound's part (lower case), a word of ``lang``, less a linking s, e or
    n or with an e (Quitten-, Gesundheits-, Linde-), or a German or Dutch verb's stem
    (Schreib-, Abdicht-: schreiben, abdichten)?  A rare word counts (zipf 2)."""
    from ._text import zipf
    if len(m) < 3:
        return False
    if lang in ("de", "nl", "lb", "af") and len(m) >= 4 and zipf(m + "en", lang) >= 1.5:
        return True  # (a verb's stem: its infinitive a word, if a rare one)
    return any(len(w) >= 3 and (zipf(w, lang) >= 2.0 or _head_word(w, lang))
               for w in {m, m[:-1], m[:-2], m + "e"})


def _unlinked(m: str) -> str:
    """A compound's modifier less its linking letters (Gesundheits- → gesundheit), unless
    that leaves under three letters: a short modifier made of such letters (See-) stays."""
    r = m.rstrip("sne")
    return r if len(r) >= 3 else m


def _part_swap(x: str, y: str, lang: str) -> bool:
    """Are the compounds ``x`` and ``y`` (lemmas) one compound with one part swapped: the
    same head (a word of four letters or more) after another modifier (Lindenblütentee /
    Kamillenblütentee), the same modifier before another head (Bodenplatte / Bodenfliese),
    or the same first and last parts around another middle one (Vogel|erkennungs|system /
    Vogel|detektions|system)?  Every part a word; not one modifier inside the other (Tee /
    Kräutertee), nor a compound and a longer one on it (Zugdepot / Züge), nor two forms
    of one word or two words on an inflectional or derivational ending (-erne, -ung)."""
    p = len(os.path.commonprefix([x, y]))
    if p >= min(len(x), len(y)) - 3:
        return False  # one inside the other, or two forms of one word
    if _other_head(x, y, lang):
        # (the modifier a word, both heads words of four letters or more)
        j = next((j for j in range(p, 3, -1) if _part_word(x[:j], lang)), 0)
        return bool(j) and min(len(x), len(y)) - j >= 4
    k = len(os.path.commonprefix([x[::-1], y[::-1]]))
    j = next((j for j in range(min(k, len(x) - 3, len(y) - 3), 3, -1) if _head_word(x[len(x) - j:], lang)), 0)
    if j and (j >= 5 or x[len(x) - k:len(x) - j] in ("", "s", "n", "e", "en", "es", "er", "ns")) \
            and not (x[len(x) - j:].endswith(_DERIVATIONS) and j < 7):
        # (the head a word of five letters, or the whole shared ending but a linking
        # element: no word's tail, as haft is of Gemeinschaft / Bereitschaft, nor a
        # derivational suffix)
        fx, fy = _unlinked(x[:len(x) - j]), _unlinked(y[:len(y) - j])
        if min(len(fx), len(fy)) >= 3 and fx not in fy and fy not in fx and fx[:3] != fy[:3] \
                and _part_word(x[:len(x) - j], lang) and _part_word(y[:len(y) - j], lang):
            return True
    if k < 4 or p < 4 or p + k >= min(len(x), len(y)):
        return False
    mx, my = x[p:len(x) - k], y[p:len(y) - k]  # the middle parts
    return len(mx) >= 5 and len(my) >= 5 and _other_modifier(x, y, lang) and mx[:3] != my[:3] \
        and _head_word(x[len(x) - k:], lang) and _part_word(x[:p], lang) \
        and _part_word(mx, lang) and _part_word(my, lang)


def _compound_part_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A source term (a word of five letters or more, or a term of several words) said in
    two sentences or more, outside the headline, rendered into a compounding language by one
    compound in all of them but one and there by that compound with one part swapped
    (Sicherheitsgurte / Schutzgurte, Bodenplatte / Bodenfliese, Luchs|schutz|programm /
    Luchs|förder|programm). With two mentions the later one is flagged, unless the headline
    says the term too and renders it as one of them; with two mentions and no headline the
    term is one of several words or one long word (eight letters). Only where the usual
    compound stands in no sentence without the term (but the headline), the swapped one in no other sentence
    at all, each of them is the only one of its kind in its sentence and, for a term of one
    word, stands about where the term stands in its source sentence, no figure before either (a unit: Quadratmeter /
    Zentimeter), and the source puts no word of its own beside the term at the odd mention
    (unless the term's phrase is said again with a word the others have beside it, in another
    case form: ochranné rukavice / díky ochranným rukavicím), nor lacks there a word the
    others join to the term (risque d'inondation → Hochwasserrisiko beside la lutte contre
    les inondations), nor has a word of its own at every mention away from the term."""
    tl = base_lang(ctx.target.lang)
    if tl not in _PART_SWAP_LANGS or ctx.source is None:
        return
    sl = base_lang(ctx.source.lang)
    if sl in _UNSPACED or sl in _SYLLABIC:
        return
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    words, bad_src, bad_tgt = _bead_words(ctx)
    views = {b.index: b for b in term_beads(ctx)}
    src_names = ctx.cached("terminology.src_names", lambda: _source_names(words, views, sl, ctx.target.text))
    heads = _head_beads(ctx)
    caps = _nouns_capitalised(tl)
    toks = {b.index: b for b in bt}
    max_beads = int(opts.get("max_beads", 12))
    text = ctx.target.text
    comp: dict[int, dict[str, tuple[_Tok, float]]] = {}
    where: dict[str, set[int]] = {}
    for b in bt:
        c = comp[b.index] = {}
        n = max(1, len(b.tgt) - 1)
        for k, t in enumerate(b.tgt):
            if t.content and len(t.lemma) >= 8 and (t.cap or not caps) and t.lemma not in bad_tgt \
                    and t.word.isalpha() and not _NUMBER_BEFORE.search(text, max(0, t.start - 16), t.start):
                c.setdefault(t.lemma, (t, k / n))
                where.setdefault(t.lemma, set()).add(b.index)
    occ: dict[tuple[str, ...], dict[int, _Unit]] = {}
    for b in bt:
        for key, u in b.src_units.items():
            occ.setdefault(key, {})[b.index] = u

    link = _LINKERS.get(sl, frozenset()) | _PART_LINKERS.get(sl, frozenset())

    def beside(bi: int, u: _Unit) -> set[tuple[int, str]]:
        """The source's content words right beside the term (side -1 / 1), or behind a
        linking word (side -2 / 2: risque d'inondation, ulei de nucă)."""
        src = toks[bi].src
        out = set()
        for side, k, step in ((-1, u.first, -1), (1, u.last, 1)):
            j = k + step
            if not 0 <= j < len(src) or not src[max(k, j)].joined:
                continue
            if src[j].content:
                out.add((side, src[j].word))
            elif src[j].word in link and 0 <= j + step < len(src) and src[max(j, j + step)].joined \
                    and src[j + step].content:
                out.add((2 * side, src[j + step].word))
        return out

    def alike(a: tuple[int, str], b: tuple[int, str]) -> bool:
        # one word on one side, in two case forms (ochranné rukavice / ochranným rukavicím)
        return a[0] == b[0] and len(os.path.commonprefix([a[1], b[1]])) >= max(3, len(a[1]) - 2, len(b[1]) - 2)

    # (as written, lower case: the folded word has lost its umlauts, Gerät → gerat)
    written = {x: text[t.start:t.end].lower() for c in comp.values() for x, (t, _) in c.items()}
    fw_src = _function_words(ctx, "src") | _stopwords(sl)

    @lru_cache(maxsize=None)
    def swap(x: str, y: str) -> bool:
        # (the words as written too: lemma() cuts the -e of a head, Leiste → leist)
        if _part_swap(x, y, tl) or _part_swap(written[x], written[y], tl):
            return True
        # (a Danish, Norwegian or Swedish compound with its suffixed article at one mention
        # only: nybyggnad / tillbyggnaden, the article taken off)
        wx, wy = written[x], written[y]
        ends = (wx.endswith(("en", "et")), wy.endswith(("en", "et")))
        if tl in _NORDIC_DEFINITE and ends[0] != ends[1] and min(len(wx), len(wy)) >= 8:
            return _part_swap(wx[:-2] if ends[0] else wx, wy[:-2] if ends[1] else wy, tl)
        return False

    done: set[int] = set()
    for S, places in sorted(occ.items()):
        B = set(places) - heads
        if not 2 <= len(B) <= max_beads or not _long_enough(S, sl) or _quantity_term(S) \
                or any(w in src_names or w in bad_src for w in S):
            continue
        H = set(places) & heads
        common = set.intersection(*(set(comp[bi]) for bi in B))
        near = {a[1] for bi in B for a in beside(bi, places[bi])}
        shared = set.intersection(*({t.word for t in toks[bi].src if t.content and _wlen(t.word) >= 4
                                     and t.word not in fw_src and t.lemma not in S and t.word not in near}
                                    for bi in B))
        if common and len(common) > _runs(toks[min(B)].src, shared):
            continue  # one compound in all its sentences: the term rendered alike there (not
            # one for each other source word that all its sentences share: Hockeyverein beside
            # hokejový klub in both sentences of a term, which that compound renders)
        pos = {bi: (places[bi].first + places[bi].last) / 2 / max(1, len(toks[bi].src) - 1) for bi in B}
        hits = []
        for o in sorted(B):
            rest = B - {o}
            usual = set.intersection(*(set(comp[bi]) for bi in rest))
            for C in sorted(usual):
                if C in comp[o] or not where[C] <= B | heads \
                        or any(len(os.path.commonprefix([C, x])) >= max(len(C), len(x)) - 3 for x in comp[o]):
                    continue
                if len(S) == 1 and any(abs(comp[bi][C][1] - pos[bi]) > 0.3 for bi in rest):
                    continue  # not where the term stands
                if any(C != x and swap(C, x) for bi in rest for x in comp[bi]):
                    continue  # another compound of its kind beside it: no one usual rendering
                ys = [y for y in comp[o] if where[y] == {o} and swap(C, y)
                      and not (len(rest) > 1 and _other_head(written[C], written[y], tl))]
                # (another head on the usual modifier beside two mentions or more is a variant:
                # Krankenversicherung / Krankenkasse; only a term said twice counts so)
                if len(ys) == 1 and (len(S) > 1 or abs(comp[o][ys[0]][1] - pos[o]) <= 0.3):
                    hits.append((o, C, ys[0], bool(where[C] & H)))
        if len(B) == 2 and hits:
            hits = [h for h in hits if h[3]] or [h for h in hits if h[0] == max(B)]
        if len({(h[0], h[2]) for h in hits}) != 1:
            continue
        o, C, Y, in_head = hits[0]
        rest = sorted(B - {o})
        if len(rest) == 1 and not in_head and len(S) == 1 and _wlen(S[0]) < 8:
            continue  # two mentions of a short word: too little to tell its rendering
        odd = beside(o, places[o])
        if len(S) > 1 and sl not in _MODIFIER_AFTER or sl in _BARE_AFTER_NO_MODIFIER \
                or sl in _FINNIC_AFTER_TERM:
            # (a term of several words holds its own modifier, and a language that puts
            # modifiers before the noun puts a verb after it: zimní stadion pojme → no part;
            # in Greek a noun's complement after it stands behind an article, της πόλης, so a
            # bare word right after it is a verb: τα καθίσματα κόστισαν; Finnish and Estonian
            # set a noun's adjectives and genitives before it, so a word after a term of one
            # word is its verb or a postposition: remontin piti → no part)
            odd = {a for a in odd if a[0] != 1}
        others = [beside(bi, places[bi]) for bi in rest]
        every = set.intersection(*others)
        if not any(alike(a, b) for a in odd for b in set().union(*others)) \
                and any(not any(alike(a, b) for b in set().union(*others)) for a in odd):
            continue  # a word of its own beside the term at the odd mention: what the part renders
        if any((abs(a[0]) == 2 or len(others) > 1) and not any(alike(a, b) for b in odd) for a in every):
            continue  # a word the other mentions join to the term (or, of two or more, all
            # put beside it), not said at the odd one: what the usual compound's other part
            # renders (stalowe rury → Stahlrohre beside stalowe belki → Stahlträger)
        # another source word at every mention, not beside the term: the compounds' shared
        # part may render it (a ward of ten beds for cardiology → Kardiologiestation mit zehn
        # Betten),
        # their swapped parts other words than the term; unless each of those words has a
        # compound of its own in all the term's sentences (hockey club → Hockeyverein at both)
        if shared and len(common) < _runs(toks[o].src, shared):
            continue
        yt = comp[o][Y][0]
        if yt.start in done:
            continue
        done.add(yt.start)
        xt = comp[rest[0]][C][0]
        there, here = text[xt.start:xt.end], text[yt.start:yt.end]
        surface = _term_surface(views, toks, sorted(B), S)
        n = len(rest) + in_head  # (the headline's mention too)
        ev = [Evidence(ctx.source.path, f"“{surface}” in {len(B) + len(H)} sentences; “{there}” in {n} "
                       f"of them", ctx.source.lang, note="renderings in this translation")]
        ev.extend(ctx.evidence(ctx.target, None, views[bj].target_text, note=f"“{there}” here")
                  for bj in rest[:3])
        where_else = "at its other mention" if n == 1 else f"in {n} other places"
        yield ctx.flag(yt.start, yt.end, f"“{surface}” is rendered “{there}” {where_else} but “{here}” here",
                       suggestion=there, evidence=ev)


def _runs(src: list["_Tok"], words: set[str]) -> int:
    """How many runs of adjacent words of ``words`` a sentence's words hold: one phrase
    (hokejový klub → Hockeyverein) is one thing to render."""
    n, prev = 0, False
    for t in src:
        on = t.word in words
        n += on and not prev
        prev = on
    return n


def _compound_setup(ctx: CheckContext):
    """For a translation into a compounding language of a term in three sentences or more:
    the two base languages, the term views by bead index, the beads' words (with the
    source's and target's unusable words) and the source's names, which the compound
    finders (families, modifier swaps, head swaps) share; None otherwise."""
    tl = base_lang(ctx.target.lang)
    if tl not in _COMPOUNDING or ctx.source is None:
        return None
    beads = term_beads(ctx)
    if len(beads) < 3:
        return None
    views = {b.index: b for b in beads}
    words, bad_src, bad_tgt = _bead_words(ctx)
    sl = base_lang(ctx.source.lang)
    src_names = ctx.cached("terminology.src_names", lambda: _source_names(words, views, sl, ctx.target.text))
    return sl, tl, views, words, bad_src, bad_tgt, src_names


def _family_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A source word rendered in all its sentences but one by compounds that open alike
    (Wasserstoff, Wasserstoffbusse, Wasserstofftankstelle), in a translation language that
    writes compounds, and in the odd sentence, which holds no such word, by a compound on
    another modifier with the head of one of them (Brennstoffzellenbusse): the modifier swapped."""
    setup = _compound_setup(ctx)
    if setup is None:
        return
    sl, tl, views, words, bad_src, _, src_names = setup
    src_beads, tgt_beads = _lemma_beads(ctx)
    by_index = {bw.index: bw for bw in words}
    max_beads = int(opts.get("max_beads", 12))

    def prefixes() -> dict[int, dict[str, set[str]]]:
        """Each bead's openings of seven letters or more of its target words → those words."""
        out: dict[int, dict[str, set[str]]] = {}
        for bw in words:
            d: dict[str, set[str]] = {}
            for t in bw.tgt:
                for k in range(7, len(t) + 1):
                    d.setdefault(t[:k], set()).add(t)
            out[bw.index] = d
        return out
    pre = ctx.cached("terminology.family_prefixes", prefixes)
    for L, B in sorted(src_beads.items()):
        if not 3 <= len(B) <= max_beads or L in bad_src or L in src_names or _wlen(L) < 5:
            continue
        count = Counter(p for bi in B for p in pre[bi])
        fam = [p for p, n in count.items() if n == len(B) - 1]
        if not fam:
            continue
        p = max(fam, key=len)  # the longest opening shared: wasserstoff
        (bi,) = [bj for bj in B if p not in pre[bj]]
        B1 = B - {bi}
        if any(p in t for t in by_index[bi].tgt):
            continue
        members = {t for bj in B1 for t in pre[bj][p]}
        heads = {t[len(p):] for t in members if len(t) - len(p) >= 4}
        # the family: compounds on one modifier in two of its sentences at least (not one
        # word in its forms, which the single-word path reads), each where L is
        if sum(1 for bj in B1 if any(len(t) - len(p) >= 4 for t in pre[bj][p])) < 2 or not all(
                any(_dpos(by_index[bj], L, t) <= 0.25 for t in pre[bj][p]) for bj in B1):
            continue
        bw = by_index[bi]
        cands = [t for t in bw.tgt if tgt_beads.get(t) == {bi} and t not in members
                 and any(len(t) - len(h) >= 3 and t.endswith(h) and t[:3] != p[:3] for h in heads)]
        if not cands:
            continue
        near = sorted((_dpos(bw, L, t), t) for t in cands)
        if near[0][0] > 0.25 or (len(near) > 1 and near[1][0] < near[0][0] + 0.15):
            continue
        t2 = near[0][1]
        if _spells_other_source_word(bw, L, bw.tgt_surface[t2], views[bi].source_text):
            continue  # the word renders another source word of the sentence
        _, s, e = bw.tgt[t2][0]
        h = next(h for h in sorted(heads, key=len, reverse=True) if t2.endswith(h))
        like = sorted(by_index[bj].tgt_surface[t] for bj in sorted(B1) for t in pre[bj][p]
                      if t.endswith(h) and t in by_index[bj].tgt_surface)
        surface = by_index[min(B)].src_surface[L]
        shown = ", ".join(dict.fromkeys(by_index[bj].tgt_surface[t] for bj in sorted(B1)
                                        for t in sorted(pre[bj][p]) if t in by_index[bj].tgt_surface))
        ev = [Evidence(ctx.source.path, f"{surface} → {shown}, {ctx.target.text[s:e]}", ctx.source.lang,
                       note="renderings in this translation")]
        yield ctx.flag(s, e, f"“{surface}” is rendered with “{shown}” in {len(B1)} other places "
                             f"but “{ctx.target.text[s:e]}” here",
                       suggestion=like[0] if like else None, evidence=ev)


def _before(toks: list[_Tok], M: str, L: str, gap: int = 2) -> bool:
    """Does lemma M stand before lemma L, within ``gap`` tokens, with content words only
    between (the new wing, its new $18.7-million wing)?"""
    return any(t.lemma == M and any(toks[j].lemma == L and all(toks[k].content for k in range(i + 1, j))
                                    for j in range(i + 1, min(len(toks), i + gap + 1)))
               for i, t in enumerate(toks))


def _near(toks: list[_Tok], L: str, M: str, gap: int = 2) -> bool:
    """Do lemmas L and M stand within ``gap`` tokens of each other?"""
    at = [i for i, t in enumerate(toks) if t.lemma == L]
    return any(t.lemma == M and any(abs(i - j) <= gap for j in at) for i, t in enumerate(toks))


def _cognate(m: str, t: str) -> bool:
    from rapidfuzz.fuzz import ratio
    return m[:4] == t[:4] or ratio(m, t) >= 75


def _spells_term(m: str, t: str) -> bool:
    """Is target lemma t the source lemma m spelled nearly alike, as a whole (programme /
    programma, Diagnose / diagnosis), not only its opening (Biogasanlage / biogas)?"""
    from rapidfuzz.fuzz import ratio
    m, t = fold(m), fold(t)
    return min(len(m), len(t)) >= 4 and ratio(m, t) >= 75


_SYLLABIC = frozenset({"zh", "ja", "ko", "th", "vi", "lo", "km", "my"})


_POSSESSIVE = re.compile(r"['’]s?$")


def _caseless_name(L: str, BL: set[int], toks: dict, tl: str, text: str) -> bool:
    """A source word in a script without capitals (Hebrew, Arabic, Georgian) is a name when
    one capitalised target word stands in every one of its sentences, mid-sentence in one of
    them at least, and nowhere in lower case (מגאר → Maghar): its rendering is that name,
    the same everywhere, whatever word it stands beside."""
    if not L[:1].isalpha() or L[:1].lower() != L[:1].upper() or _nouns_capitalised(tl):
        return False
    bare = lambda w: _POSSESSIVE.sub("", w)  # noqa: E731  (Maghar's → maghar)
    common: set[str] | None = None
    mid: set[str] = set()
    for bi in BL:
        tt = toks[bi].tgt
        caps = {bare(t.word) for t in tt if t.cap and _wlen(t.word) >= 3}
        mid |= {bare(t.word) for t in tt if t.cap and not _initial(text, t.start)}
        common = caps if common is None else common & caps
        if not common:
            return False
    lower = {bare(t.word) for b in toks.values() for t in b.tgt if not t.cap}
    return any(w in mid and w not in lower for w in common)


def _variant_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A two-word rendering with one word swapped once (district heating ... remote heating,
    tram line ... streetcar line): a source word found in several sentences is rendered by
    target word a in every one of them but one, where a word found nowhere else in the
    translation stands instead, next to the word that stands beside a elsewhere.  The shared
    neighbour is what tells a swapped synonym from a sentence that merely says it otherwise."""
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if tl in _SYLLABIC:
        return  # a token is a syllable or a word with its particles: no two-word renderings
    # (a source in such a script is fine: its term is one token, 초순수 → ultrapure water)
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    beads = term_beads(ctx)
    views = {b.index: b for b in beads}
    words, bad_src, bad_tgt = _bead_words(ctx)
    src_names = ctx.cached("terminology.src_names",
                           lambda: _source_names(words, views, sl, ctx.target.text))
    max_beads = int(opts.get("max_beads", 12))
    s_beads: dict[str, set[int]] = {}
    s_short: dict[str, set[int]] = {}  # the other source words of three letters or more (new)
    t_beads: dict[str, set[int]] = {}
    t_count: Counter = Counter()
    for b in bt:
        for t in b.src:
            if t.content and _wlen(t.lemma) >= 4:
                s_beads.setdefault(t.lemma, set()).add(b.index)
            elif len(t.lemma) >= 3 and t.lemma.isalpha():
                s_short.setdefault(t.lemma, set()).add(b.index)
        for t in b.tgt:
            t_count[t.lemma] += 1
            if t.content:
                t_beads.setdefault(t.lemma, set()).add(b.index)
    toks = {b.index: b for b in bt}
    t_lemmas = {b.index: {t.lemma for t in b.tgt if t.content} for b in bt}

    @lru_cache(maxsize=None)  # (per document: each bead's pairs are asked for once per term)
    def bigrams(bi: int) -> frozenset[tuple[str, str]]:
        """The bead's pairs of joined content words of four letters or more."""
        tt = toks[bi].tgt
        return frozenset((x.lemma, y.lemma) for x, y in zip(tt, tt[1:])
                         if y.joined and x.content and y.content and _wlen(x.lemma) >= 4 and _wlen(y.lemma) >= 4)
    seen: set[tuple[int, int]] = set()
    by_opening: dict[str, set[int]] = {}  # the source words' beads by their openings
    for M, mb in s_beads.items():
        by_opening.setdefault(_opening(M), set()).update(mb)
    hedge_s = {lemma(w, sl) for w in _hedges(sl)}  # (and the verbs of speech: sanoi, said)
    nb_len = 3 if _stopwords(tl) else 4  # (a shared neighbour's least length)
    for L, BL in sorted(s_beads.items()):
        if not 3 <= len(BL) <= max_beads or L in src_names or L in bad_src or L in hedge_s:
            continue
        if _quantity_term((L,)):
            continue  # a scale (million): said with what it counts ($ → канадских долларов, litres)
        if _caseless_name(L, BL, toks, tl, ctx.target.text):
            continue  # a name in a script without capitals (מגאר → Maghar in every sentence)
        # target words in all of L's sentences but one (counted over L's sentences only: a
        # long document's every word need not be tried)
        n_in = Counter(x for bi in BL for x in t_lemmas[bi])
        cands: list[tuple[str, set[int], tuple[str, str] | None]] = [
            (a, t_beads[a] & BL, None) for a in sorted(x for x, n in n_in.items() if n == len(BL) - 1)]
        # or a two-word rendering in all of them but one, where its modifier may be found
        # elsewhere in the sentence, not beside its head (district heating ... the districts
        # of Urfahr ... connected to remote heating): the modifier is the word swapped
        bg = {bi: bigrams(bi) for bi in BL}
        n_bg = Counter(x for bi in BL for x in bg[bi])
        for (x, h), n in sorted(n_bg.items()):
            if n == len(BL) - 1 and n_in[x] == len(BL) and n_in[h] == len(BL):
                cands.append((x, {bi for bi in BL if (x, h) in bg[bi]}, (x, h)))
        for a, inside, pair in cands:
            rest = BL - inside
            if len(rest) != 1 or len(inside) < 2 or a in bad_tgt or _wlen(a) < 4:
                continue
            if a in _prepositions(tl):
                continue  # an adposition (talven jälkeen, "after the winter") says when or
                # where, never what: no rendering of a source word
            (d,) = rest
            # a source word in a syllabic script (its lemma a guess: 생산을 → 생산) is linked
            # to a only when a is found in none of the other sentences
            if sl in _SYLLABIC and (t_beads[a] - BL if pair is None else
                                    any(pair in bigrams(b.index) for b in bt if b.index not in BL)):
                continue
            # a renders another source word, spelled like it, found with it but not in d
            # (milioni di euro → million euros, milioni di metri cubi → million cubic metres)
            # or a word beside L in each of those sentences, not in d (новий корпус → neue
            # Gebäude: L is new, rendered by the shared neighbour, and a renders корпус)
            # (not a hedge beside a figure near L: noin 2 400 kausityöntekijää, about 2,400)
            if any(M != L and inside <= mb and d not in mb and M not in hedge_s
                   and (_cognate(M, a) or all(_near(toks[bi].src, L, M) for bi in inside))
                   for M, mb in s_beads.items()):
                continue
            # (a short or common word too: the new wing ... staffing the wing → nowe skrzydło
            # ... obsadzenie skrzydła, nowe renders new)
            # (right before L, or with content words only between: no preposition before an
            # article, für die Fernwärme; not one found in a third of the sentences or more)
            if any(M != L and inside <= mb and d not in mb and len(mb) * 3 < len(bt)
                   and all(_before(toks[bi].src, M, L) for bi in inside) for M, mb in s_short.items()):
                continue
            # a renders another source word M found in every sentence of L but d: a stands
            # wherever M does (in all but one at most: a name, Cruise Norway), in more sentences
            # than L's (cruise passengers ... come ashore → kruizinių laivų keleiviai ... į
            # krantą: laivų goes with cruise, not with ashore)
            if a in t_beads and any(M != L and inside <= mb and d not in mb
                                    and len(mb & t_beads[a]) >= max(len(mb) - 1, len(inside) + 1)
                                    for M, mb in s_beads.items()):
                continue
            # (that neighbour in several forms too short for one stem: міська рада / міської
            # ради / у міській раді → city council, міський бюджет → city budget)
            if any(o != _opening(L) and inside <= ob and d not in ob and all(
                    any(_opening(x.lemma) == o and x.lemma not in hedge_s and _near(toks[bi].src, L, x.lemma)
                        for x in toks[bi].src)
                    for bi in inside) for o, ob in by_opening.items()):
                continue
            # the neighbours of a (before and after it) in the beads where both stand
            pairs: Counter = Counter()
            for bi in inside:
                tt = toks[bi].tgt
                for k, t in enumerate(tt):
                    if t.lemma != a and not (tl in _PREFIXING and _same_word(t.lemma, a, tl)):
                        continue  # (a or a behind its clitics: بهيكل, with the frame)
                    # a neighbour of four letters or more: not a preposition a language
                    # without a list of function words counts as content (vid, par); one with
                    # such a list knows its short function words, so a noun of three (ban, tax)
                    # is a neighbour too
                    if k + 1 < len(tt) and tt[k + 1].joined and tt[k + 1].content and _wlen(tt[k + 1].lemma) >= nb_len:
                        pairs[(1, tt[k + 1].lemma)] += 1
                    if k > 0 and t.joined and tt[k - 1].content and _wlen(tt[k - 1].lemma) >= nb_len:
                        pairs[(-1, tt[k - 1].lemma)] += 1
            if pair is not None:  # only the head beside the modifier counts
                if _near(toks[d].tgt, a, pair[1], 3):
                    continue  # the two words in one phrase here (reservas ultrapuras de agua)
                if any(M != L and BL <= mb for M, mb in s_beads.items()):
                    # another source word in every sentence of L, d too, where the modifier
                    # stands as well: the modifier may render that word (school bus drivers →
                    # водії шкільних автобусів ... the school's bus depot → шкільне депо)
                    continue
                pairs = Counter({(1, pair[1]): pairs[(1, pair[1])]})
            tt = toks[d].tgt
            # a form of a here (medicinal / medicinally): L rendered as elsewhere; a word only
            # spelled like it far from the shared neighbours (a medical director) is another
            nbs = {i for i, x in enumerate(tt) if pairs[(1, x.lemma)] >= 2 or pairs[(-1, x.lemma)] >= 2}
            if pair is None and any((_same_word(t.lemma, a, tl) or _fleeting_same(t.lemma, a, tl)) and (
                    t.lemma[:len(a)] == a or _fleeting_same(t.lemma, a, tl) or any(
                    abs(i - j) <= 3 for j in nbs)) for i, t in enumerate(tt) if _wlen(t.lemma) >= 3):
                continue
            if pair is None and any(_irregular_same(t.lemma, a, tl) and any(abs(i - j) <= 3 for j in nbs)
                                    for i, t in enumerate(tt)):
                continue  # another form of an irregular verb by the shared neighbour (blast-freezing
                # ... blast-frozen): L rendered alike, said as a verb
            for k, t in enumerate(tt):
                if not t.content or t.lemma in bad_tgt or _wlen(t.lemma) < 3 \
                        or (t.cap and not _nouns_capitalised(tl)) or any(ch.isdigit() for ch in t.word) \
                        or t.lemma in _prepositions(tl):
                    continue  # (a preposition before the shared word says where: kroz špilju)
                nb = None
                if k + 1 < len(tt) and tt[k + 1].joined and pairs[(1, tt[k + 1].lemma)] >= 2:
                    nb = tt[k + 1]
                elif k > 0 and t.joined and pairs[(-1, tt[k - 1].lemma)] >= 2:
                    nb = tt[k - 1]
                if nb is None or (d, t.start) in seen:
                    continue
                if (_quantity_term((t.lemma,)) and _NUMBER_BEFORE.search(ctx.target.text, max(0, t.start - 40), t.start)) or (
                        _quantity_term((a,)) and any(_NUMBER_BEFORE.search(ctx.target.text, max(0, x.start - 40), x.start)
                                                     for bi in inside for x in toks[bi].tgt if x.lemma == a)):
                    continue  # a scale after a figure, beside what it counts (billion won / trillion
                    # won): a figure's size, no term; a word only spelled like a scale's short form
                    # (pulp mill, mill. for million) is one where no figure stands before it
                if t_count[t.lemma] != 1 and not _lone_pair(t, nb, d, toks, tl, bigrams):
                    continue
                if pair is None and n_in[nb.lemma] == len(BL) and any(
                        M != L and BL <= mb <= t_beads.get(nb.lemma, set())
                        and not any(_near(toks[bi].src, L, M, 3) for bi in BL)
                        for M, mb in s_beads.items()):
                    continue  # the shared neighbour stands in all of L's sentences, d too, and in all
                    # of another source word's, never beside L (the roof ... portable classrooms ...
                    # four classrooms): it renders that word, and a and the word here are that
                    # word's modifiers, no rendering of L
                if n_in[nb.lemma] == len(BL) and _spells_term(L, nb.lemma):
                    continue  # the shared neighbour spells L and stands in all its sentences, this
                    # one too (programme → programma approvato ... programma previsto): L is
                    # rendered alike everywhere, a beside it renders another word (a verb)
                seen.add((d, t.start))
                # the word found far from where L stands in its sentence (the 7.2-kilometre
                # tunnel at the start, L near the end): it renders something else
                s_i = next(i for i, x in enumerate(toks[d].src) if x.lemma == L)
                if abs(s_i / max(1, len(toks[d].src) - 1) - k / max(1, len(tt) - 1)) > 0.4:
                    continue
                # the usual rendering as written mid-sentence, where it is
                ot = min((x for bi in sorted(inside) for x in toks[bi].tgt if x.lemma == a),
                         key=lambda x: ctx.target.text[x.start:x.start + 1].isupper())
                s_tok = next(x for x in toks[d].src if x.lemma == L)
                src_word = views[d].source_text[s_tok.start:s_tok.end]
                lo, hi = min(t.start, nb.start), max(t.end, nb.end)
                here = ctx.target.text[lo:hi]
                there = ctx.target.text[ot.start:ot.end]
                ev = [Evidence(ctx.source.path, f"“{src_word}” in {len(BL)} sentences; "
                               f"“{there}” in {len(inside)} of them", ctx.source.lang,
                               note="renderings in this translation")]
                ev.extend(ctx.evidence(ctx.target, None, views[bi].target_text, note=f"“{there}” here")
                          for bi in sorted(inside)[:3])
                yield ctx.flag(lo, hi, f"“{src_word}” is rendered with “{there}” in {len(inside)} other "
                                       f"places but “{here}” here",
                               suggestion=here.replace(ctx.target.text[t.start:t.end], there, 1),
                               evidence=ev)


def _modifier_swap_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A source term of two words (viviendas turísticas, health insurance) rendered in a
    compounding language by one compound in most of its sentences (Ferienwohnungen) and
    once by a compound on the same head with a modifier of another word (Touristenwohnungen).
    The source term's own modifier is what the compound's modifier renders, so a swapped one
    is another term; a one-word source term (Bohrungen → Tiefbohrungen / Erdwärmebohrungen)
    is not looked at here: there the modifier adds what the context says."""
    setup = _compound_setup(ctx)
    if setup is None:
        return
    sl, tl, views, words, bad_src, _bad_tgt, src_names = setup
    _src_beads, tgt_beads = _lemma_beads(ctx)
    toks = {b.index: b for b in _bead_toks(ctx)}
    caps = _nouns_capitalised(tl)
    text = ctx.target.text
    for S, B in sorted(_source_terms(list(toks.values()), int(opts.get("max_beads", 12))).items()):
        if len(S) != 2 or min(map(_wlen, S)) < 4 or any(w in src_names or w in bad_src for w in S):
            continue
        comp = {bi: {t.lemma: t for t in toks[bi].tgt if t.content and len(t.lemma) >= 9
                     and (t.cap or not caps)} for bi in B}
        counts = Counter(x for bi in B for x in comp[bi])
        for X, n in counts.items():
            if n < 2 or n * 2 <= len(B) or not tgt_beads.get(X, set()) <= B:
                continue
            hits = []
            for bi in sorted(B):
                if X in comp[bi]:
                    continue
                ys = [y for y in comp[bi] if _swapped_modifier(X, y, tl) and tgt_beads.get(y) == {bi}]
                if ys:
                    hits.append((bi, ys))
            if len(hits) != 1 or len(hits[0][1]) != 1:
                continue
            bi, (Y,) = hits[0]
            B1 = sorted(bj for bj in B if X in comp[bj])
            yt = comp[bi][Y]
            xt = comp[B1[0]][X]
            there, here = text[xt.start:xt.end], text[yt.start:yt.end]
            surface = _term_surface(views, toks, sorted(B), S)
            ev = [Evidence(ctx.source.path, f"“{surface}” in {len(B)} sentences; “{there}” in {len(B1)} "
                           f"of them", ctx.source.lang, note="renderings in this translation")]
            ev.extend(ctx.evidence(ctx.target, None, views[bj].target_text, note=f"“{there}” here")
                      for bj in B1[:3])
            yield ctx.flag(yt.start, yt.end, f"“{surface}” is rendered “{there}” in {len(B1)} other "
                                             f"places but “{here}” here", suggestion=there, evidence=ev)


def _swapped_modifier(x: str, y: str, lang: str) -> bool:
    """Are ``x`` and ``y`` two compounds on one head (a common word of four letters or more)
    whose modifiers are two other words (Ferien|wohnung / Touristen|wohnung), neither inside
    the other (Ferien- / Sommerferien-) nor one word in two forms?"""
    if not _other_modifier(x, y, lang):
        return False
    k = 0
    while k < min(len(x), len(y)) and x[-1 - k] == y[-1 - k]:
        k += 1
    # the head: the longest shared ending that is a word (-en|wohnung: wohnung)
    j = next((j for j in range(k, 3, -1) if _head_word(x[len(x) - j:], lang)), 0)
    mx, my = x[:len(x) - j], y[:len(y) - j]
    if not j or len(mx) < 4 or len(my) < 4:
        return False
    fx, fy = fold(mx).rstrip("sne"), fold(my).rstrip("sne")
    if min(len(fx), len(fy)) < 3 or fx in fy or fy in fx or fx[:4] == fy[:4]:
        return False
    return _head_word(mx.rstrip("s"), lang) and _head_word(my.rstrip("s"), lang)


def _lone_pair(t: "_Tok", nb: "_Tok", d: int, toks: dict, lang: str, bigrams) -> bool:
    """May a swapped word found elsewhere in the translation (building, room) still count
    (ward block ... ward building; waiting hall ... waiting room)?  When it has four letters
    or more and stands beside the term's shared neighbour (ward) in no other sentence, in
    either order: elsewhere it says something else (the current building).  Only a head
    after the shared modifier (ward building; a noun, where nouns are capitalised): a word
    before a shared word (Bestechlichkeit verurteilt) may be anything."""
    if _wlen(t.lemma) < 4 or nb.start > t.start or (_nouns_capitalised(lang) and not t.cap):
        return False
    pair = (nb.lemma, t.lemma) if nb.start < t.start else (t.lemma, nb.lemma)
    if any(pair in bigrams(bi) for bi in toks if bi != d):
        return False
    return not any(pair[::-1] in bigrams(bi) for bi in toks if bi != d)


def _single_word_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """One source word (Fahrräder) rendered two ways."""
    beads = term_beads(ctx)
    if len(beads) < 3:
        return
    views = {b.index: b for b in beads}
    words, bad_src, bad_tgt = _bead_words(ctx)
    # a word of a name once (Nature Reserve) but mostly written lower case is a rendering too
    bad_tgt = bad_tgt - ctx.cached("terminology.t_mostly_lower", frozenset)
    sl = base_lang(ctx.source.lang)
    src_names = ctx.cached("terminology.src_names", lambda: _source_names(words, views, sl, ctx.target.text))
    if len(words) < 3:
        return
    max_beads = int(opts.get("max_beads", 12))
    src_beads, tgt_beads = _lemma_beads(ctx)
    by_index = {bw.index: bw for bw in words}
    tl = base_lang(ctx.target.lang)
    anchors = _anchors(ctx)
    unit_beads: dict[tuple[str, ...], set[int]] = {}  # every source content word's beads
    bead_toks = {b.index: b for b in _bead_toks(ctx)}
    pair_beads: dict[tuple[str, ...], set[int]] = {}  # two-word source terms' beads
    for b in bead_toks.values():
        for k in b.src_units:
            if len(k) == 1:
                unit_beads.setdefault(k, set()).add(b.index)
            elif len(k) == 2:
                pair_beads.setdefault(k, set()).add(b.index)
    # for ties between renderings: each bead's source words, and the words by their beads
    src_words = {bw.index: set(bw.src) for bw in words}
    by_beads: dict[frozenset[int], set[str]] = {}
    for k, kb in src_beads.items():
        by_beads.setdefault(frozenset(kb), set()).add(k)
    tgt_keyed = {(t,): tb for t, tb in tgt_beads.items()}
    t_script = _main_script(ctx.target.text)
    openers = _NOUN_OPENERS.get(tl, frozenset())

    def opens(bt: _BeadToks, k: int) -> bool:
        """Does target token k stand right after an article or the like (or with an
        adjective between: a temporary licence, la nueva sede)?"""
        return k > 0 and bt.tgt[k].joined and (bt.tgt[k - 1].word in openers or (
            k > 1 and bt.tgt[k - 1].joined and bt.tgt[k - 1].content and bt.tgt[k - 2].word in openers))

    for L, B in sorted(src_beads.items()):
        if not 3 <= len(B) <= max_beads or L in bad_src or _adverb(L, sl, (
                by_index[bi].src_surface_at[i] if by_index[bi].src_surface_at else by_index[bi].src_surface[L]
                for bi in B for i in by_index[bi].src[L])):
            continue
        surface = by_index[min(B)].src_surface[L]
        if L in src_names:
            continue  # a name: the names rules handle those
        if L in _prepositions(sl):
            continue  # a source adposition (a szakértők szerint, according to the experts) says
            # whose or where, never what: no term, whatever noun its phrase takes
        if _quantity_term((L, surface)):
            continue  # a scale or a currency: its rendering goes with what it counts
        # a sentence left in the source's script (防潮堤の費用は… in an English translation)
        # renders the term in no way: the others are compared
        if not L.isascii() and _script(next((c for c in L if c.isalpha()), "?")) != t_script:
            B = {bi for bi in B if not any(L in t for t in by_index[bi].tgt)}
            if len(B) < 3:
                continue
        # a target word in every bead of B: the term is rendered consistently (not a word of
        # three letters that stands in two other sentences at least, a preposition of a
        # language without a list of function words)
        # (not one that renders another source word found in all of B's sentences but one,
        # spelled out in that one too: cajas nido para aves, where the source says boxes)
        if any(B <= tb and not (len(t) <= 3 and len(tb - B) >= 2)
               and not _renders_neighbour(tb, (L,), B, src_beads.items()) for t, tb in tgt_beads.items()):
            continue
        # (or in case forms too short for one stem, in a language whose endings lemma() does
        # not strip: trasa / trasu / trasom)
        if tl not in _LEMMATISED and any(all(any(_case_form(u, t) for u in by_index[bi].tgt) for bi in B)
                                         for t in by_index[min(B)].tgt):
            continue
        if any(not _renders_neighbour(tgt_beads.get(t, set()), (L,), B, src_beads.items())
               for t in _compound_heads(B, by_index)):
            continue
        # the majority rendering: a word found in ≥ 2 of B's beads and nowhere else
        cands = [(t, tb) for t, tb in tgt_beads.items() if tb < B and len(tb) >= 2]
        if not cands:
            continue
        best = max(len(tb) for _, tb in cands)
        tops = [(t, tb) for t, tb in cands if len(tb) == best]
        if best * 2 <= len(B):
            continue
        if len(tops) != 1:
            top = _tie_break(
                tops, lambda t, tb: all(_word_fits(by_index[bi], L, t, src_beads, anchors.get(bi)) for bi in tb),
                lambda t, tb, n: _explains((t,), tb, (L,), src_words, by_beads, tgt_keyed, n))
            if top is None:
                continue
            tops = [top]
        t1, B1 = tops[0]
        if t1 in bad_tgt or len(t1) < 4 or t1 in _prepositions(tl):
            continue  # (a preposition beside the term's rendering is never the rendering)
        # t1 must sit where L sits (relative position) in each of its sentences, unless L is
        # the only source word found in all of them (and, written in lower case somewhere, no name)
        if not all(_word_fits(by_index[bi], L, t1, src_beads, anchors.get(bi)) for bi in B1) and not (
                _sole_link((L,), B1, unit_beads) and (_nouns_capitalised(sl) or not all(
                    by_index[bi].src_surface[L][:1].isupper() for bi in B))):
            continue
        # the source term must be what links those beads: no other source lemma with the same beads
        # (one kept as it is in the translation, a name or an acronym, links them by itself)
        # (not one far from L in every one of them with a rendering of its own there, a word
        # found in two of its sentences and nowhere else: boatshed … floods → båthus …
        # flommen, where båthus cannot render floods)
        if any(M != L and mb == B1 and not _kept((M,), mb, tgt_keyed)
               and not _rendered_apart(M, L, t1, mb, bead_toks, tgt_beads, bad_tgt)
               for M, mb in src_beads.items()):
            continue
        # (short words too, too short for a term, where t1 stands in three beads or more:
        # vé thuyền → boat tickets, where tickets renders vé, not thuyền)
        if len(B1) >= 3 and any(mb == B1 for mb in ctx.cached(
                "terminology.short_beads",
                lambda: _short_word_beads(bead_toks, sl, src_beads, _function_words(ctx, "src"))).values()):
            continue
        B2 = sorted(B - B1)
        if len(B2) > 1 and len(B2) * 2 >= len(B):
            continue
        t1_surf = by_index[min(B1)].tgt_surface[t1]
        # a source word beside L in every bead of t1 (latarnia morska → Leuchtturm): L with it is
        # the term, and L without it (inżynier morski → Schiffbauingenieur) another one
        # (words compared by their first four letters: latarnia, latarni)
        mates = set.intersection(*({t.lemma[:4] for t in bead_toks[bj].src if t.content and t.lemma != L
                                    and _near(bead_toks[bj].src, L, t.lemma)} for bj in B1))
        # a second rendering of L of its own: a word found only in L's sentences and in two
        # or more of those without t1 (ילדים: paediatric in one phrase, children on its own;
        # a source word of two senses); a sentence with that word renders L by it
        second = {t for t, tb in tgt_beads.items() if t != t1 and len(t) >= 4 and t not in bad_tgt
                  and tb <= B and len(tb.intersection(B2)) >= 2} if len(B2) >= 2 else set()
        for bi in B2:
            bw = by_index[bi]
            if mates and not mates & {t.lemma[:4] for t in bead_toks[bi].src} and not any(
                    B <= tgt_beads.get(t, set()) and _renders_neighbour(tgt_beads[t], (L,), B, src_beads.items())
                    for t in bw.tgt):
                continue  # (unless the translation spells the neighbour out here too, by the
                # word that renders it wherever it stands: the same term, said in full)
            if second & bw.tgt.keys():
                continue
            if bw.src_surface_at and all(_derived_adjective(bw.src_surface_at[i], [
                    by_index[bj].src_surface_at[k] for bj in B1 if by_index[bj].src_surface_at
                    for k in by_index[bj].src[L]], sl) for i in bw.src[L]):
                continue  # a relational adjective on the term's stem (аварийных участках): another word
            if bw.src_starts and all(_in_complex_preposition(views[bi].source_text, bw.src_starts[i], sl)
                                     for i in bw.src[L]):
                continue  # L only inside a complex preposition (w związku z): no mention of the term
            if bw.src_surface_at and _other_declension(
                    [bw.src_surface_at[i] for i in bw.src[L]],
                    [by_index[bj].src_surface_at[k] for bj in B1 if by_index[bj].src_surface_at
                     for k in by_index[bj].src[L]], sl):
                continue  # a Greek noun of another declension on the term's stem (παραγωγούς,
                # producers, beside παραγωγής, production): another word
            if _only_hyphened(views[bi].source_text, bw, L) and not any(
                    _only_hyphened(views[bj].source_text, by_index[bj], L) for bj in B1):
                continue  # L here only as a part of a hyphened compound (after-hours beside hours)
            if _other_term_here(L, bead_toks[bi], B1, pair_beads, bead_toks):
                continue
            hit = _open_head_swap(bead_toks[bi], bw, L, t1, tl, src_beads, anchors.get(bi))
            if hit is None:
                hit = _open_modifier_swap(bead_toks[bi], bw, L, t1, tl, B1, bead_toks, src_beads,
                                          by_index, anchors.get(bi))
            # (another derivation of t1's stem is another word, unless it is a source word
            # left as it is: projektet beside project)
            kept_here = {fold(w) for w in bw.src_surface_at}
            # (not a compound on t1's modifier with another head: Parkwächter / Parkwärter)
            # (a hyphened compound's head is the compound: Stadtteil-Bibliothek beside
            # Gemeindebibliothek has another modifier, no head alone)
            hmod = {t: _hyphen_modifier(ctx.target.text, bw.tgt[t], tl) for t in bw.tgt}
            if hit is None and any((_same_word(hmod[t] + t, t1, tl) and not _other_modifier(hmod[t] + t, t1, tl)
                    and not _other_head(bw.tgt_surface[t], t1_surf, tl)
                    and not (_derived_kin(t, t1, tl) and fold(bw.tgt_surface[t]) not in kept_here))
                    or _gerund_kin(t, t1, tl)
                   for t in bw.tgt if len(t) >= 4):
                continue  # a form of t1 is here too (Autobahn / Autobahnen; diving / dive), not
                # another derivation on its stem (electrolyser / electrolysis plant)
            if hit is None and tl in _COMPOUNDING and len(t1) >= 5 and any(
                    0 <= t.find(t1) < len(t) - len(t1) - 2 for t in bw.tgt):
                continue  # t1 inside a compound, the term a modifier (water system → Wasseranlage)
            if hit is None:
                hit = _minority_rendering(bw, L, t1, tgt_beads, tl, src_beads, bad_tgt, anchors.get(bi),
                                          (views[bi].source_text, sl, ctx.target.text))
            if hit is None:
                # the word beside the partner of L's neighbour, as t1 is beside it elsewhere
                # (new pottery units ... small ceramics units: the genitive turned the order)
                hit = _partner_rendering(bead_toks, bi, L, t1, B1, src_beads, tgt_beads, bad_tgt,
                                         _nouns_capitalised(tl))
            if hit is None:
                # where t1 stands after an article somewhere (a noun): the word after one
                # that sits where L does, the places carried across by the words spelled alike
                if any(t.lemma == t1 and opens(bt, k)
                       for bj in B1 for bt in (bead_toks[bj],) for k, t in enumerate(bt.tgt)):
                    hit = _warped_rendering(bead_toks[bi], L, t1, tgt_beads, bad_tgt, anchors.get(bi),
                                            opens, (sl, tl))
            if hit is None:
                continue
            t2, (_, s, e) = hit
            if t2 is not None and _spells_other_source_word(bw, L, bw.tgt_surface[t2], views[bi].source_text):
                continue  # the word renders another source word of the sentence, spelled like it
                # (директор → director, dekontaminacijo → decontamination), not L
            if bw.src_starts and _anchor_elsewhere(anchors.get(bi), (bw.src_starts[bw.src[L][0]], 0), (s, e)):
                continue  # the word found sits far from the term's place by the numbers written alike
            s, e = _hyphened(ctx.target.text, s, e)
            if _abbreviation(ctx.target.text, s, e):
                continue  # a word cut short (3,4 εκατ. λίρες, 2 млн. рублей): no rendering of L
            if t2 is not None and _in_complex_preposition(views[bi].target_text, s - _bead_span(views[bi])[0], tl):
                continue  # a noun of a set phrase (Ihren Worten zufolge, по его словам): no
                # rendering of a term, whatever its place
            if t2 is None:
                pass  # t1's modifier with another head (packinghouse / packing plant)
            elif t2 in bad_tgt or _cross_compound(t1_surf, hmod.get(t2, "") + bw.tgt_surface[t2], tl) or (
                    (_same_word(t1, t2, tl) or _same_word(fold(t1_surf), t2, tl))
                    and not _other_modifier(t1, hmod.get(t2, "") + t2, tl)
                    and not (_derived_kin(t1, t2, tl) and fold(bw.tgt_surface[t2]) not in kept_here)
                    and not _other_head(t1_surf, bw.tgt_surface[t2], tl)):
                continue  # (t1 as written too: a compound's head alone, Straßenbahn / Bahnen,
                # which the lemma's cut ending, straßenbah, hides)
            if t2 is not None and _modifier_rendered(bead_toks[bi], L, t1, t2, tl, src_beads, by_index):
                continue  # a compound on t1's head whose modifier renders the word beside L
            # L kept as it is here (au coin du château de Vaux → at the corner of the Château de
            # Vaux), beside the word found or as the word, capitalised as a name's (not a
            # compound on t1's head in a language that capitalises its nouns: Förderbohrung /
            # Produktionsbohrung for production well is a modifier swapped, no name kept)
            compound_swap = t2 is not None and _nouns_capitalised(tl) and _same_word(t1, t2, tl)
            if any(_spelled_alike(bw.src_surface[L], w) and (t != t2 or (
                    w[:1].isupper() and not bw.src_surface[L][:1].isupper() and not compound_swap
                    and not (_nouns_capitalised(tl) and fold(w.lower()) != fold(bw.src_surface[L].lower()))))
                   for t, w in bw.tgt_surface.items()):
                continue
            if bw.src_starts and bw.src_surface_at and _adjunct_as_adjective(
                    views[bi].source_text, [(bw.src_starts[i], bw.src_surface_at[i]) for i in bw.src[L]],
                    sl, ctx.target.text, s, e, tl):
                continue  # a noun before a noun (a church choir) as a relational adjective after
                # it (un coro ecclesiastico): the term said as an adjective, not another term
            if _verb_sense(bead_toks, B1, t1, bi, s, tl):
                continue  # t1 a participle after an auxiliary wherever it is (han obtenido), the
                # word here not (la recaudación): the verb sense and the noun sense of L
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


# Relational adjectives of the Romance languages (ecclesiastico, fiscal, portuaire, ferroviario):
# the endings of an adjective made on a noun to say "of that thing"
_REL_ADJ = {
    "it": re.compile(r"^[^\W\d_]{3,}(?:al[ei]|ic[oaie]|ich[ei]|ier[oaie]|ari[oae]?|iv[oaie]|ori[oae]?)$"),
    "es": re.compile(r"^[^\W\d_]{3,}(?:al|ales|ic[oa]s?|er[oa]s?|ari[oa]s?|iv[oa]s?|ori[oa]s?)$"),
    "pt": re.compile(r"^[^\W\d_]{3,}(?:al|ais|ic[oa]s?|eir[oa]s?|ári[oa]s?|iv[oa]s?|óri[oa]s?)$"),
    "fr": re.compile(r"^[^\W\d_]{3,}(?:al|ale|ales|aux|iques?|i[eè]re?s?|aires?|elle?s?|ifs?|ives?)$"),
    "ca": re.compile(r"^[^\W\d_]{3,}(?:al|als|ic[a]?|ics|iques|er[a]?|ers|eres|ari[a]?|aris|àri[a]?|ius?|iva|ives)$"),
    "ro": re.compile(r"^[^\W\d_]{3,}(?:al[ăe]?|ali|ic[ăe]?|ici|ier[ăe]?|ieri|ar[ăe]?|ari)$"),
}
# a source language that sets a noun before a noun to say what kind (church choir, tax
# office)
_NOUN_ADJUNCT = frozenset({"en"})
_PREV_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _adjunct_as_adjective(src_text: str, mentions: list[tuple[int, str]], sl: str,
                          text: str, s: int, e: int, tl: str) -> bool:
    """Is each mention of the term in this source sentence a noun set before another noun
    (a church choir, the tax office), and the word found in the translation a relational
    adjective after a noun (un coro ecclesiastico, l'ufficio fiscale), or that
    noun with the adjective right after it? Then the translation says the term as an
    adjective on its stem's other root: no other term."""
    rx = _REL_ADJ.get(tl)
    if rx is None or sl not in _NOUN_ADJUNCT or not mentions:
        return False
    stop_t = _stopwords(tl)
    if rx.match(fold(text[s:e])):
        prev = _PREV_WORD.search(text, max(0, s - 40), s)
        if prev is None or fold(prev.group(1)) in stop_t:
            return False
    else:
        # (or the noun the adjective follows, found where the term sits: un coro ecclesiastico)
        nxt = _NEXT_WORD.match(text, e)
        if nxt is None or fold(text[s:e]) in stop_t or not rx.match(fold(nxt.group(1))):
            return False
    stop_s = _stopwords(sl) | _prepositions(sl)
    for start, word in mentions:
        m = _NEXT_WORD.match(src_text, start + len(word))
        if m is None or fold(m.group(1)) in stop_s or m.group(1)[:1].isupper():
            return False
    return True


def _compound_head_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """In a compounding language, a source word rendered by a compound in some sentences and
    by the compound's head alone in others (Apfelmühle ... die Mühle), in all its sentences
    but one, where a compound on the same modifier with another head stands (Apfelpresse):
    the head swapped once.  The modifier shared with the usual compound is what ties the odd
    word to the term, so a sentence that merely says it otherwise stays silent."""
    setup = _compound_setup(ctx)
    if setup is None:
        return
    sl, tl, views, words, bad_src, bad_tgt, src_names = setup
    max_beads = int(opts.get("max_beads", 12))
    src_beads, tgt_beads = _lemma_beads(ctx)
    by_index = {bw.index: bw for bw in words}
    all_tgt = [(bw.index, t) for bw in words for t in bw.tgt]

    def modifier(u: str, h: str) -> str:
        # u's modifier (of three letters or more) where u is a compound on head h, the head's
        # last letter cut off by the lemma or not (Kettensäge, kettensag / Säge, sage); else ""
        for x in (h, h[:-1]) if len(h) >= 4 else (h,):
            if u.endswith(x) and len(u) - len(x) >= 3:
                return u[:len(u) - len(x)]
        return ""

    def head_beads(h: str) -> set[int]:
        # the beads where h stands alone or as the head of a compound
        return {bi for bi, u in all_tgt if u == h or modifier(u, h)}

    seen: set[int] = set()
    for L, B in sorted(src_beads.items()):
        if not 3 <= len(B) <= max_beads or L in bad_src or L in src_names or _quantity_term((L,)):
            continue
        if any(B <= tb for tb in tgt_beads.values()) or _compound_consistent(B, by_index):
            continue
        for h in sorted({t for bi in B for t in by_index[bi].tgt}):
            if len(h) < 3 or h in bad_tgt or h in _prepositions(tl) or not tgt_beads.get(h, set()) <= B \
                    or len(next(by_index[bi].tgt_surface[h] for bi in B if h in by_index[bi].tgt)) < 4:
                continue
            hb = head_beads(h)
            if not (hb < B and len(hb) == len(B) - 1 and len(hb) >= 2):
                continue
            # the usual compounds' modifiers (Apfel of Apfelmühle)
            mods = {modifier(u, h) for bi in hb for u in by_index[bi].tgt} - {""}
            if not mods or not any(u == h for bi in hb for u in by_index[bi].tgt):
                continue  # the compound in every sentence (no head alone): the other paths' case
            (d,) = B - hb
            bw = by_index[d]
            if any(x in u for u in bw.tgt for x in (h, h[:-1]) if len(x) >= 3):
                continue  # the head inside a word here, the term a modifier (container trains →
                # containertreinen): no other rendering
            ps = bw.src[L][0] / max(1, bw.n_src - 1)
            for w, places in sorted(bw.tgt.items()):
                if (len(w) < 6 or w in bad_tgt or tgt_beads.get(w) != {d} or _same_word(w, h, tl)
                        or not any(len(m) >= 4 and (w[:4] in m or m[-4:] == w[:4]) for m in mods)):
                    continue  # a compound on the usual modifier (Apfel|presse beside Apfel|mühle)
                i, a, e = places[0]
                if any(a <= x < e for x in seen) or abs(i / max(1, bw.n_tgt - 1) - ps) > 0.4:
                    continue
                if _spells_other_source_word(bw, L, bw.tgt_surface[w], views[d].source_text):
                    continue
                seen.add(a)
                surface = bw.src_surface[L]
                usual = next(by_index[bi].tgt_surface[u] for bi in sorted(hb) for u in by_index[bi].tgt
                             if modifier(u, h))
                ev = [Evidence(ctx.source.path, f"“{surface}” in {len(B)} sentences; “{usual}” or its "
                               f"head in {len(hb)} of them", ctx.source.lang,
                               note="renderings in this translation")]
                ev.extend(ctx.evidence(ctx.target, None, views[bi].target_text, note="the usual rendering here")
                          for bi in sorted(hb)[:3])
                yield ctx.flag(a, e, f"“{surface}” is rendered “{usual}” (or its head) in {len(hb)} other "
                                     f"places but “{ctx.target.text[a:e]}” here",
                               suggestion=usual, evidence=ev)


_AUX_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "auxiliaries.tsv"


@lru_cache(maxsize=None)
def _auxiliaries(lang: str) -> frozenset[str]:
    """The auxiliaries that stand right before a participle (data/terminology/auxiliaries.tsv),
    folded."""
    return _tsv_words(_AUX_FILE, lang)


def _after_aux(tg: list["_Tok"], k: int, aux: frozenset[str]) -> bool:
    """Does token k follow an auxiliary (han obtenido, sono stati prodotti), at most one
    short word between (han ya obtenido, has not been)?"""
    if k > 0 and tg[k].joined and tg[k - 1].word in aux:
        return True
    return k > 1 and tg[k].joined and tg[k - 1].joined and len(tg[k - 1].word) <= 4 \
        and tg[k - 2].word in aux


def _verb_sense(bead_toks: dict, B1: set[int], t1: str, bi: int, s: int, tl: str) -> bool:
    """Is the usual rendering t1 a participle after an auxiliary at each of its places
    (han obtenido, hemos obtenido) while the word found here, at offset s, follows none
    (la recaudación)?  Then the source word (ricavato: obtained / the proceeds) is a verb there
    and a noun here: two senses, each rendered as it should be, not one term two ways."""
    aux = _auxiliaries(tl)
    if not aux:
        return False
    for bj in B1:
        tg = bead_toks[bj].tgt
        ks = [k for k, t in enumerate(tg) if t.lemma == t1]
        if not ks or not all(_after_aux(tg, k, aux) for k in ks):
            return False
    tg = bead_toks[bi].tgt
    here = [k for k, t in enumerate(tg) if t.start <= s < t.end or t.start == s]
    return bool(here) and not _after_aux(tg, here[0], aux)


def _only_hyphened(text: str, bw: _BeadWords, L: str) -> bool:
    """Does source lemma L stand in this bead only as a part of a hyphened compound
    (after-hours, part-time, low-cost, Corona-Impfung)?  Where L stands bare in the beads
    of its usual rendering, the compound is a term of its own, rendered as a whole
    (väljaspool tavalist tööaega for after-hours), not another rendering of L (where the
    compound is the term everywhere, drought-resistant, its renderings are compared)."""
    if not bw.src_starts or not bw.src_surface_at:
        return False
    spots = bw.src.get(L, [])
    return bool(spots) and all(
        text[bw.src_starts[p] - 1:bw.src_starts[p]] in ("-", "‐")
        or text[bw.src_starts[p] + len(bw.src_surface_at[p]):bw.src_starts[p] + len(bw.src_surface_at[p]) + 1] in ("-", "‐")
        for p in spots)


_ABBREV_AFTER = re.compile(r"\.[ \u00a0]+[^\W\d_]")
_AMOUNT_BEFORE = re.compile(r"\d[ \u00a0]*[^\W\d_]{1,6}\.[ \u00a0]*$")


def _abbreviation(text: str, s: int, e: int) -> bool:
    """Is the word at s:e a word of an amount written with an abbreviation: one cut short,
    followed by a full stop and then a lower-case word of the same sentence (3,4 εκατ.
    λίρες, 2 млн. рублей), or the word after a number and such a scale (the λίρες of 3,4
    εκατ. λίρες)?  It renders a quantity, not the term."""
    m = _ABBREV_AFTER.match(text, e)
    if m and m.group()[-1].islower() and e - s <= 6:
        return True
    return bool(_AMOUNT_BEFORE.search(text, max(0, s - 16), s))


def _modifier_rendered(bt: "_BeadToks", L: str, t1: str, t2: str, tl: str,
                       src_beads: dict[str, set[int]], by_index: dict[int, _BeadWords]) -> bool:
    """In a compounding language, is ``t2`` a compound on the head of ``t1`` (Seilbahn /
    Gipfelbahn, Pavillon / Fleischpavillon) whose modifier renders a source word standing
    beside L in this sentence (lanovka na vrchol, gaļas paviljons): a word that, where it
    is found in other sentences, is rendered by a target word beginning like the modifier
    (Gipfel, Fleischhändlerin)?  Then t2 renders L with its modifier, not L another way."""
    if tl not in _COMPOUNDING:
        return False
    k = 0
    while k < min(len(t1), len(t2)) and t1[-1 - k] == t2[-1 - k]:
        k += 1
    # (or t1 inside t2 after a modifier, the stems cut differently: pavillon / fleischpavillo)
    if (k < 4 or len(t2) - k < 4) and t2.find(t1[:max(4, len(t1) - 2)], 4) < 0:
        return False
    mod = t2[:4]
    for i, t in enumerate(bt.src):
        if t.lemma != L:
            continue
        for M in {u.lemma for u in bt.src[max(0, i - 2):i + 3] if u.content and u.lemma != L}:
            others = src_beads.get(M, set()) - {bt.index}
            # (in half of M's other sentences at least: a word that is found in many, one of
            # them with the modifier by chance, 지역 "region" … Feuer, renders nothing of it)
            seen = [bj for bj in others if bj in by_index]
            n = sum(any(u.startswith(mod) for u in by_index[bj].tgt) for bj in seen)
            if _wlen(M) >= 3 and n and n * 2 >= len(seen):
                return True
    return False


# endings that derive a word from another (no head noun of a compound after a modifier)
_DERIVED_TAILS = ("ity", "ities", "ship", "ment", "ness", "hood", "less", "ful", "ance", "ence",
                  "tion", "sion", "ism", "ist", "ing", "ally", "able", "ible", "ive", "ous")


def _open_head_swap(bt: "_BeadToks", bw: _BeadWords, L: str, t1: str, tl: str,
                    src_beads: dict[str, set[int]], a: _Anchors | None):
    """In a translation that writes compounds open (English, the Romance languages): t1 a
    closed compound (packinghouse, roadblock) and here its modifier as a word of its own
    with another head after it (packing plant, road barrier), where L sits: the head
    swapped, another rendering.  Returns (None, (None, start, end)) or None."""
    if tl in _COMPOUNDING or tl in _PREFIXING:
        return None
    for k in range(len(bt.tgt) - 1):
        tok, nx = bt.tgt[k], bt.tgt[k + 1]
        rest = t1[len(tok.word):]
        if len(tok.word) < 4 or len(rest) < 4 or not t1.startswith(tok.word) \
                or rest.startswith(_DERIVED_TAILS):
            continue  # (a derived word: municipal / municipality, owner / ownership)
        if not (nx.joined and nx.content and len(nx.word) >= 3) or nx.word[:3] == rest[:3] \
                or t1.endswith(nx.lemma) or t1.endswith(nx.word):
            continue  # the compound written open (packing house): the same rendering
        if tok.lemma in bw.tgt and _word_fits(bw, L, tok.lemma, src_beads, a):
            return None, (None, tok.start, nx.end)
    return None


def _open_modifier_swap(bt: "_BeadToks", bw: _BeadWords, L: str, t1: str, tl: str, B1: set[int],
                        bead_toks: dict[int, "_BeadToks"], src_beads: dict[str, set[int]],
                        by_index: dict[int, _BeadWords], a: _Anchors | None):
    """In a translation that writes compounds open (English, the Romance languages): t1 a
    closed compound (lifeboat, roadblock) and here its head as a word of its own after
    another content word (ski lift, road barrier → police block), where L sits: the
    modifier swapped, another rendering.  Not the compound written open (chair lift), nor
    a word that stands right before t1 elsewhere (the main lifeboat: a word of the phrase,
    no modifier of the compound), nor one that renders a source word beside L (its
    rendering in half of that word's other sentences).  Returns (None, (None, start, end))
    or None."""
    if tl in _COMPOUNDING or tl in _PREFIXING:
        return None
    before_t1 = {bt2.tgt[k - 1].lemma for bj in B1 for bt2 in (bead_toks[bj],)
                 for k in range(1, len(bt2.tgt)) if bt2.tgt[k].lemma == t1}
    for k in range(1, len(bt.tgt)):
        tok, pv = bt.tgt[k], bt.tgt[k - 1]
        for head in {tok.word, tok.lemma}:
            mod = t1[:len(t1) - len(head)]
            if len(head) >= 4 and len(mod) >= 3 and t1.endswith(head) and not mod.endswith("-"):
                break
        else:
            continue
        if not (tok.joined and pv.content and len(pv.word) >= 3 and pv.word.isalpha()):
            continue
        if pv.word[:3] == mod[:3] or pv.lemma in before_t1 or pv.word in before_t1:
            continue  # the compound written open (chair lift), or a word of the phrase
        if tok.lemma not in bw.tgt or not _word_fits(bw, L, tok.lemma, src_beads, a):
            continue
        renders = False
        for i, st in enumerate(bt.src):
            if st.lemma != L:
                continue
            for M in {u.lemma for u in bt.src[max(0, i - 2):i + 3] if u.content and u.lemma != L}:
                seen = [bj for bj in src_beads.get(M, set()) - {bt.index} if bj in by_index]
                n = sum(pv.lemma in by_index[bj].tgt for bj in seen)
                if n and n * 2 >= len(seen):
                    renders = True
        if not renders:
            return None, (None, pv.start, tok.end)
    return None


def _rendered_apart(M: str, L: str, t1: str, mb: set[int], bead_toks: dict[int, "_BeadToks"],
                    tgt_beads: dict[str, set[int]], bad_tgt: set[str]) -> bool:
    """Is source word M, found in the same sentences as L, never within three words of L
    there, and is it rendered by a target word of its own (not t1, found in two of its
    sentences or more and in no other), never within three words of t1?  Then t1 renders
    L, not M: two words of a sentence each with its rendering."""
    if any(_near(bead_toks[bj].src, L, M, 3) for bj in mb):
        return False
    for tm, tb in tgt_beads.items():
        if tm == t1 or len(tm) < 4 or tm in bad_tgt or len(tb) < 2 or not tb <= mb:
            continue
        if not any(_near(bead_toks[bj].tgt, t1, tm, 3) for bj in tb):
            return True
    return False


def _other_term_here(L: str, b: "_BeadToks", B1: set[int],
                     pair_beads: dict[tuple[str, ...], set[int]],
                     bead_toks: dict[int, "_BeadToks"]) -> bool:
    """Does L stand here inside a two-word source term (citrus greening, bicycle lane) found
    in two beads or more, none of them with t1's beads (but for those where L stands a
    second time, which t1 may render)?  That term is rendered its own way every time
    (greening, ciclovia), without L's usual rendering: another term, not L."""
    for k, kb in pair_beads.items():
        if L not in k or k not in b.src_units:
            continue
        both = {bj for bj in kb & B1 if sum(t.lemma == L for t in bead_toks[bj].src) < 2}
        if len(kb - B1) >= 2 and not both:
            return True
    return False


# a number right before a word (25 seats, 1 200 Sitze)
_NUMBER_BEFORE = re.compile(r"\d(?:[\d.,'’]|[\u00a0\u202f ](?=\d))*[\s\u00a0\u202f]$")


def _repeat_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A source word said twice in one sentence and rendered once as everywhere else and
    once another way (sedm mandátů, … pět mandátů → seven mandates, … five seats):
    target word t1 found in exactly the sentences of source word L, as often as L in each
    of them but this one, where L's other occurrence takes a word found nowhere else in
    the translation, after an article or a number as t1 stands after one."""
    from ._text import find_numbers

    beads = term_beads(ctx)
    if len(beads) < 3:
        return
    views = {b.index: b for b in beads}
    words, bad_src, bad_tgt = _bead_words(ctx)
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if sl in _SYLLABIC or tl in _SYLLABIC:
        return
    src_names = ctx.cached("terminology.src_names", lambda: _source_names(words, views, sl, ctx.target.text))
    max_beads = int(opts.get("max_beads", 12))
    src_beads, tgt_beads = _lemma_beads(ctx)
    by_beads: dict[frozenset[int], list[str]] = {}
    for t, tb in tgt_beads.items():
        by_beads.setdefault(frozenset(tb), []).append(t)
    toks = {b.index: b for b in _bead_toks(ctx)}
    anchors = _anchors(ctx)
    openers = _NOUN_OPENERS.get(tl, frozenset())
    text = ctx.target.text

    def opens(bt: _BeadToks, k: int) -> bool:
        t = bt.tgt[k]
        if k > 0 and t.joined and (bt.tgt[k - 1].word in openers
                                   or find_numbers(bt.tgt[k - 1].word, tl, soft_words=False)):
            return True
        return _NUMBER_BEFORE.search(text, max(0, t.start - 16), t.start) is not None

    for L, B in sorted(src_beads.items()):
        if not 3 <= len(B) <= max_beads or L in bad_src or L in src_names or L.endswith(_ADVERB_ENDINGS):
            continue
        ts = [t for t in by_beads.get(frozenset(B), ()) if t not in bad_tgt and len(t) >= 4]
        if len(ts) != 1:
            continue
        t1 = ts[0]
        n_src = {bi: sum(t.lemma == L for t in toks[bi].src) for bi in B}
        n_tgt = {bi: sum(t.lemma == t1 for t in toks[bi].tgt) for bi in B}
        short = [bi for bi in B if n_tgt[bi] < n_src[bi]]
        if len(short) != 1 or not any(n_src[bi] > 1 for bi in B if bi not in short):
            continue  # not once only, or nowhere else said twice and rendered twice
        if not any(t.lemma == t1 and opens(toks[bi], k) for bi in B for k, t in enumerate(toks[bi].tgt)):
            continue
        bi = short[0]
        hit = _warped_rendering(toks[bi], L, t1, tgt_beads, bad_tgt, anchors.get(bi), opens, (sl, tl))
        if hit is None:
            continue
        t2, (_, s, e) = hit
        if _same_word(t1, t2, tl):
            continue
        bw = next(w for w in words if w.index == bi)
        surface, there = bw.src_surface[L], bw.tgt_surface[t1]
        ev = [Evidence(ctx.source.path, f"“{surface}” {n_src[bi]}× in this sentence; “{there}” "
                                        f"in all {len(B)} sentences with it", ctx.source.lang,
                       note="renderings in this translation")]
        ev.extend(ctx.evidence(ctx.target, None, views[bj].target_text, note=f"“{there}” here")
                  for bj in sorted(B)[:3] if bj != bi)
        yield ctx.flag(s, e, f"“{surface}” is rendered “{there}” in {len(B)} sentences, in this one "
                             f"too, but “{text[s:e]}” here", suggestion=there, evidence=ev)


def _source_names(words: list[_BeadWords], views: dict[int, BeadView], sl: str, target: str) -> set[str]:
    """Source lemmas that look like names: capitalised mid-sentence (languages that do not
    capitalise nouns), or kept capitalised and verbatim in the translation."""
    out = set()
    kept: dict[str, bool] = {}  # surface -> in the target as written, not in lower case
    # a noun in a language that capitalises its nouns, kept as written in a minority of its
    # sentences only (die Seilbahn … Seilbahn Scheid AG → la funivia … Seilbahn Scheid AG):
    # a word of a name there, a term rendered elsewhere
    n_beads: Counter = Counter()
    n_kept: Counter = Counter()
    if _nouns_capitalised(sl):
        for bw in words:
            for L, surf in bw.src_surface.items():
                if surf[:1].isupper():
                    n_beads[L] += 1
                    n_kept[L] += surf in views[bw.index].target_text
    for bw in words:
        text = views[bw.index].source_text
        for L, surf in bw.src_surface.items():
            if not surf[:1].isupper():
                continue
            k = kept.get(surf)
            if k is None:  # a long target is searched once per surface, not once per bead
                k = kept[surf] = surf in target and surf.lower() not in target
            if k and n_beads[L] >= 3 and n_kept[L] * 2 < n_beads[L]:
                continue
            if k:
                out.add(L)
            elif sl != "de":
                i = text.find(surf)
                if i > 0 and not _initial(text, i):
                    out.add(L)
    return out


_NUMBER = re.compile(r"\d+(?:[.,'’\u00a0\u202f ]\d+)*")


@dataclass
class _Anchors:
    """Numbers and words written alike in both sides of a bead, each once: (source offset,
    target offset) in the bead's texts."""
    pairs: list[tuple[int, int]]
    n_src: int
    n_tgt: int
    t_start: int  # the bead's target offset in the document
    ends: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # pair → its ends
    src: str = ""
    tgt: str = ""


class _LazyAnchors:
    """The anchors of each bead, found when first asked for."""

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        self.views = {b.index: b for b in term_beads(ctx)}
        self.done: dict[int, _Anchors] = {}

    def get(self, bi: int) -> _Anchors | None:
        if bi not in self.done:
            b = self.views.get(bi)
            if b is None:
                return None
            self.done[bi] = _bead_anchors(b, self.ctx.target.text)
        return self.done[bi]


def _bead_anchors(b: BeadView, target: str) -> _Anchors:
    ts, te = _bead_span(b)
    st, tt = b.source_text, target[ts:te]
    sides = []
    for text in (st, tt):
        seen: dict[str, list[tuple[int, int]]] = {}
        for m in _NUMBER.finditer(text):
            seen.setdefault("#" + re.sub(r"\D", "", m.group()), []).append(m.span())
        for m in _WORD.finditer(text):
            w = m.group()
            if len(w) >= 4 and w[:1].isupper():
                seen.setdefault(fold(w), []).append(m.span())
        sides.append(seen)
    found = [(v[0], sides[1][k][0]) for k, v in sides[0].items()
             if len(v) == 1 and len(sides[1].get(k, ())) == 1]
    pairs = sorted((a[0], c[0]) for a, c in found)
    return _Anchors(pairs, len(st), len(tt), ts, {(a[0], c[0]): (a[1], c[1]) for a, c in found}, st, tt)


def _anchors(ctx: CheckContext) -> _LazyAnchors:
    return ctx.cached("terminology.anchors", lambda: _LazyAnchors(ctx))


def _anchor_fit(a: _Anchors | None, s_pos: int, t_pos: int) -> bool:
    """Does a target word at document offset t_pos sit where the source word at bead offset
    s_pos does, reckoned from the nearest number or name written alike in both (a term moved
    with its number: 1 137 000 gästnätter → 1.137.000 Übernachtungen, however the rest of
    the sentence is ordered), or between the same two?"""
    if a is None or not a.pairs or not a.n_src or not a.n_tgt:
        return False
    t_pos -= a.t_start
    before = [p for p in a.pairs if p[0] < s_pos]
    after = [p for p in a.pairs if p[0] > s_pos]
    # reckoned from the nearest anchor on either side: a translation may put the other one
    # elsewhere (en 4,50 euros el impuesto nocturno para 2026 → die nächtliche Kurtaxe für
    # 2026 auf 4,50 Euro)
    for a_s, a_t in before[-1:] + after[:1]:
        want = a_t + (s_pos - a_s) * a.n_tgt / a.n_src
        if abs(t_pos - want) <= 0.15 * a.n_tgt:
            return True
    # or between the same two anchors, not far apart, on both sides (48.300 Bestellungen über
    # die Fernleihe abgewickelt, 12,4 → 48,300 interlibrary loan requests last year, 12.4)
    if not before or not after:
        return False
    (s1, t1), (s2, t2) = before[-1], after[0]
    return s2 - s1 <= 0.5 * a.n_src and t1 < t_pos < t2


_GAP = re.compile(r"[\s\u00a0\u202f%€$£¥]{0,3}")


def _anchor_next(a: _Anchors | None, s_span: tuple[int, int], t_span: tuple[int, int]) -> bool:
    """Is the source word at s_span (bead offsets) right after or before a number or name
    written alike in both, and the target word at t_span (document offsets) right beside the
    same anchor on the same side (212 000 gästnätter → 212.000 Nächtigungen)?"""
    if a is None or not a.pairs:
        return False
    ts, te = t_span[0] - a.t_start, t_span[1] - a.t_start

    def gap(text: str, i: int, j: int) -> bool:
        return i <= j and _GAP.fullmatch(text, i, j) is not None

    for (s0, t0), (s1, t1) in a.ends.items():
        if gap(a.src, s1, s_span[0]) and gap(a.tgt, t1, ts):
            return True  # right after it in both
        if gap(a.src, s_span[1], s0) and gap(a.tgt, te, t0):
            return True  # right before it in both
    return False


def _anchor_elsewhere(a: _Anchors | None, s_span: tuple[int, int], t_span: tuple[int, int]) -> bool:
    """Is the bead's sentence turned round (two numbers or names written alike in both sides
    in the other order), and do all of those anchors put the source term at s_span (bead
    offsets) far from the target words at t_span (document offsets), each reckoned from its
    anchor (over a third of the sentence off)?  (International education is worth $640
    million …, according to a 2024 study → Согласно исследованию 2024 года, международное
    образование … 640 млн): the words found at the term's relative place render another
    part of it (according to a study)."""
    if a is None or len(a.pairs) < 2 or not a.n_src or not a.n_tgt:
        return False
    # turned round: two anchors in the other order in the translation
    if not any(p[1] > q[1] for p, q in zip(a.pairs, a.pairs[1:])):
        return False
    t_pos = t_span[0] - a.t_start
    return all(abs(t_pos - (a_t + (s_span[0] - a_s) * a.n_tgt / a.n_src)) > 0.35 * a.n_tgt
               for a_s, a_t in a.pairs)


def _dpos(bw: _BeadWords, L: str, t: str) -> float:
    ps = bw.src[L][0] / max(1, bw.n_src - 1)
    pt = bw.tgt[t][0][0] / max(1, bw.n_tgt - 1)
    return abs(ps - pt)


def _sole_link(S: tuple[str, ...], B1: set[int], s_beads: dict[tuple[str, ...], set[int]]) -> bool:
    """Is term S the only source content word (or term) found in all the beads B1, so that
    what those beads' translations share can only render it, wherever it is put (wegen
    Manipulation der Fahrtenschreiber … for tampering with the tachographs)?"""
    return not any(len(M) == 1 and M[0] not in S and B1 <= mb for M, mb in s_beads.items())


def _word_fits(bw: _BeadWords, L: str, t: str, src_beads: dict[str, set[int]], a: _Anchors | None) -> bool:
    """Does target word t sit where source word L does: at the same place in the sentence,
    with no word found only in this sentence nearer, or by the nearest anchor?"""
    if _dpos(bw, L, t) <= 0.25 and not _closer_word(bw, L, t, src_beads):
        return True
    return _anchor_fit(a, bw.src_starts[bw.src[L][0]], bw.tgt[t][0][1]) if bw.src_starts else False


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
    return bool(_compound_heads(B, by_index, term))


def _compound_heads(B: set[int], by_index: dict[int, _BeadWords], term: tuple[str, ...] = ()) -> set[str]:
    """The target words present in every bead of B, alone or as a compound's head (not
    those spelled like a part of the multi-word ``term`` only)."""
    first = by_index[min(B)]
    out = set()
    for t in first.tgt:
        if len(t) < 4 or _cognate_of_part(t, term):
            continue
        if all(any(u == t or u.endswith(t) for u in by_index[bi].tgt) for bi in B):
            out.add(t)
    return out


def _renders_other(w: str, S: tuple[str, ...], B: set[int], s_beads: dict[tuple[str, ...], set[int]],
                   t_beads: dict[tuple[str, ...], set[int]], in_all: Iterable[tuple[str, ...]]) -> bool:
    """Is target word ``w``, found in every bead of term S, the rendering of another source
    word found there too (``in_all``: the one-word source units in every bead of B): a
    cognate of it, or one in exactly the beads of ``w`` (tonnes → Tonnen beside orge de
    brasserie → Braugerste)?"""
    from rapidfuzz.fuzz import ratio

    wb = t_beads.get((w,), set())
    for M in in_all:
        if M[0] in S:
            continue
        m, mb = M[0], s_beads[M]
        if (mb == wb and wb != B) or (len(m) >= 4 and len(w) >= 4 and (ratio(m, w) >= 80 or m[:5] == w[:5])):
            return True
    return False


def _renders_neighbour(wb: set[int], S: Iterable[str], B: set[int],
                       src: Iterable[tuple[str, set[int]]]) -> bool:
    """Is a target word found in every bead of term S (in beads ``wb``) the rendering of
    another source word M (of ``src``: words and their beads) found in all of them but one
    and in two other sentences at least, the target word standing wherever M does and beyond
    M's sentences only in the term's (bird boxes → cajas nido para aves wherever birds
    stand, and once where the source says only boxes)?  The translation spelled M out where
    the source left it implied: the word renders M, not S, and proves no rendering alike."""
    if not wb:
        return False
    return any(M not in S and len(B - mb) == 1 and len(mb - B) >= 2 and mb <= wb and wb - mb <= B
               for M, mb in src)


_ADVERB_ENDINGS = ("ly", "ment", "mente", "weise")
# (per source language where its adverbs' ending is known: an English noun in -ment,
# settlement, treatment, government, is a term, no adverb)
_ADVERB_ENDINGS_BY_LANG = {"en": ("ly",)}


def _adverb(L: str, lang: str, written: Iterable[str] = ()) -> bool:
    """Is source lemma L an adverb by its ending (en quickly, fr rapidement, de teilweise)?
    Where its forms as ``written`` are given, each must end so too: lemma() takes a noun's
    ending off as well (Portuguese branqueamento, Italian pagamenti, French traitements →
    -ment), and an adverb has no other form."""
    ends = _ADVERB_ENDINGS_BY_LANG.get(lang, _ADVERB_ENDINGS)
    return L.endswith(ends) and all(fold(w).endswith(ends) for w in written)


# Relational adjectives of the Slavic languages, made from a noun with -н- or -ск- and an
# adjective's ending (авария → аварийных участках, energia → energetyczny is none: the
# suffix must follow the noun's stem): a source word grouped with its noun by the crude
# stem is another word (damaged sections beside failures), no other rendering of the noun.
_ADJ_SUFFIX = {
    "ru": r"[йь]?(?:н|ск)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ыми|ими|ого|его|ому|ему|ую|юю|ом|ем)",
    "uk": r"[йь]?(?:н|ськ|цьк)(?:ий|ій|а|я|е|є|і|их|іх|им|ім|ими|іми|ого|ього|ому|ьому|ою|ьою|у|ю)",
    "be": r"[йь]?(?:н|ск)(?:ы|і|ая|яя|ае|ое|ыя|ія|ых|іх|ым|ім|ымі|імі|ага|яга|аму|яму|ую|юю|ой|ай)",
    "bg": r"(?:н|ск)(?:и|а|о|ия|ият|ата|ото|ите)",
    "pl": r"(?:[yi]j|[yi])?(?:n|sk|ck)(?:y|i|a|e|ego|ej|emu|ym|im|ych|ich|ymi|imi|ą)",
    "cs": r"(?:n|sk|ck)(?:ý|í|á|é|ého|ému|ém|ým|ých|ými|ou)",
    "sk": r"(?:n|sk|ck)(?:ý|í|á|é|ého|ému|om|ým|ých|ými|ou)",
    "sl": r"(?:n|sk)(?:i|a|o|e|ega|emu|em|im|ih|imi)",
    "hr": r"(?:n|sk)(?:i|a|o|e|og|oga|om|omu|ih|im|ima|u)",
    "sr": r"(?:n|sk)(?:i|a|o|e|og|oga|om|omu|ih|im|ima|u)",
    "bs": r"(?:n|sk)(?:i|a|o|e|og|oga|om|omu|ih|im|ima|u)",
}


_COMPLEX_PREP_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "complex_prepositions.tsv"


@lru_cache(maxsize=None)
def _complex_prepositions(lang: str) -> re.Pattern | None:
    """The complex prepositions of data/terminology/complex_prepositions.tsv for ``lang``
    (w związku z, в рамках), as one pattern (lower case, apostrophes as ')."""
    phrases = []
    for line in _COMPLEX_PREP_FILE.read_text(encoding="utf-8").splitlines():
        code, _, phrase = line.partition("\t")
        if code == lang and phrase.strip():
            phrases.append(phrase.strip())
    if not phrases:
        return None
    alts = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _in_complex_preposition(text: str, pos: int, lang: str) -> bool:
    """Is the word at ``pos`` of ``text`` part of a complex preposition (w związku z)?"""
    rx = _complex_prepositions(lang)
    if rx is None:
        return False
    low = text.lower().replace("’", "'")
    return any(m.start() <= pos < m.end() for m in rx.finditer(low))


@lru_cache(maxsize=None)
def _adj_suffix_re(lang: str) -> re.Pattern | None:
    pat = _ADJ_SUFFIX.get(lang)
    return re.compile(f"^{pat}$") if pat else None


def _derived_adjective(word: str, others: Iterable[str], lang: str) -> bool:
    """Is ``word`` (a Slavic source word) a relational adjective on the stem that the words
    ``others`` (the same lemma elsewhere) share as a noun: аварийных beside аварий, аварии?"""
    rx = _adj_suffix_re(lang)
    if rx is None:
        return False
    w = word.lower()
    others = [o.lower() for o in others]
    if not others:
        return False
    stem = os.path.commonprefix([w] + others)
    if len(stem) < 3:
        return False
    return bool(rx.match(w[len(stem):])) and not any(rx.match(o[len(stem):]) for o in others)


# Greek nouns and adjectives on one stem with endings of two declensions that no one word
# has both of: -ος / -ου / -ο / -οι / -ους (παραγωγός, producer) and -ης / -ες / -εις
# (παραγωγής, of production; -η and -α, -ων are left out: κράτος / κράτη is one word).
_EL_DECLENSIONS = (frozenset({"ος", "ου", "ο", "οι", "ους"}), frozenset({"ης", "ες", "εις"}))


def _el_ending(w: str, k: int) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", w[k:].lower())
                   if not unicodedata.combining(c)).replace("ς", "σ").replace("σ", "ς")


def _other_declension(here: list[str], there: list[str], lang: str) -> bool:
    """Are the source words ``here`` (a Greek lemma's forms in one sentence) of one
    declension and ``there`` (its forms where the term is rendered alike) of the other,
    with none of here's: παραγωγούς (producers) beside παραγωγής, παραγωγή (production)?"""
    if lang != "el" or not here or not there:
        return False
    k = len(os.path.commonprefix([w.lower() for w in here + there]))
    if k < 4:
        return False
    e_here = {_el_ending(w, k) for w in here}
    e_there = {_el_ending(w, k) for w in there}
    for a, b in (_EL_DECLENSIONS, _EL_DECLENSIONS[::-1]):
        if e_here <= a and e_there & b and not e_there & a:
            return True
    return False


# languages that write compounds as one word: two compounds on one head are one term with
# another modifier (Gottesdienstbesucher / Messbesucher, Nachwahl / Unterhauswahl)
_COMPOUNDING = frozenset({"de", "lb", "nl", "af", "sv", "da", "no", "nb", "nn", "is", "fi", "et"})
_DERIVATIONS = ("ung", "heit", "keit", "schaft", "tion", "ismus", "itat", "lich", "isch", "heid",
                "ing", "schap", "teit", "het", "ning", "skap", "else", "nis", "tum")
# languages that join articles and prepositions to the front of a word (الجنيه / للجنيه)
_PREFIXING = frozenset({"ar", "he"})


_NL_OPEN = re.compile(r"[^aeiou]([aeiou])[^aeiouwj]$")


def _nl_singular(w: str) -> str:
    """A Dutch plural in -en whose vowel stood in an open syllable, with the vowel written
    double again (huren → huur, straten → straat); other words as they are."""
    if len(w) >= 5 and w.endswith("en"):
        base = w[:-2]
        m = _NL_OPEN.search(base)
        if m:
            return base[:-1] + m.group(1) + base[-1]
    return w


@lru_cache(maxsize=1 << 14)
def _unmarked(w: str) -> str:
    """``w`` without combining marks: accents (πάσσαλοι → πασσαλοι), Arabic case vowels and
    tanwin (مسكناً → مسكنا), Hebrew points."""
    d = unicodedata.normalize("NFD", w)
    if d == w and w.isascii():
        return w
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


_HE_FINALS = str.maketrans("ךםןףץ", "כמנפצ")
_HE_PLURALS = ("ים", "ות")
_AR_LONG = re.compile(r"(?<=.)[اويىآأإ]")


def _prefixing_stem(w: str, lang: str) -> str:
    """Hebrew and Arabic words as their stems for the suffix comparison of ``_same_word``:
    Hebrew with final letter forms written as the medial ones and a plural ending taken off
    (הסניף / סניפים → הסניפ / סניפ); Arabic as its consonants, the long vowels that a
    broken plural or a case ending adds left out (مسكنا / المساكن → مسكن / المسكن)."""
    if lang == "he":
        if len(w) >= 5 and w.endswith(_HE_PLURALS):
            w = w[:-2]
        return w.translate(_HE_FINALS)
    if lang == "ar":
        w = w.replace("ة", "ه")
        return _AR_LONG.sub("", w)
    return w


# Arabic clitics: a conjunction (و ف), a preposition (ب ل ك), the article (ال, ل + ال → لل)
# before a word, a possessive pronoun after it (توربيناتهم "their turbines", لطاقة "for energy")
_AR_PROCLITIC = re.compile(r"^(?:[وف])?(?:[بك]?ال|لل|[بلك])?")
_AR_ENCLITIC = re.compile(r"(?:هما|كما|هم|هن|ها|كم|كن|نا|ه|ك|ي)$")


def _ar_cores(w: str) -> frozenset[str]:
    """An Arabic word without its clitics, each way of taking them off that leaves four
    letters or more (ة written as ه, as ``_prefixing_stem`` does; ت before a pronoun as the
    ة it stands for: مدينتهم → مدينة)."""
    out = set()
    for m in {_AR_PROCLITIC.match(w).end(), 0}:
        x = w[m:]
        y = _AR_ENCLITIC.sub("", x) if not x.endswith("ة") else x
        for z in {x, y, y[:-1] + "ة" if y != x and y.endswith("ت") else y}:
            if len(z) >= 4:
                out.add(z.replace("ة", "ه"))
    return frozenset(out)


def _same_word(a: str, b: str, lang: str = "", heads: bool = True) -> bool:
    """Inflectional variants of one word (indien/indienne, wissenschaftlich/-er); with the
    translation's language also two compounds on one head, and one word behind other
    clitic prefixes; without ``heads`` not a word and a longer one that ends in it
    (structure / superstructure)."""
    a, b = _unmarked(a), _unmarked(b)  # a moved accent (πάσσαλοι / πασσάλους), a case vowel
    if lang == "ar" and _ar_cores(a) & _ar_cores(b):
        return True  # one word behind other clitics (التوربينات / توربيناتهم, طاقة / لطاقة)
    if lang in _PREFIXING:
        a, b = _prefixing_stem(a, lang), _prefixing_stem(b, lang)
    if lang == "nl" and (_nl_singular(a), _nl_singular(b)) != (a, b) \
            and _same_word(_nl_singular(a), _nl_singular(b)):
        return True  # huren / huurprijs
    if lang in _COMPOUNDING or lang in _PREFIXING:
        k = 0
        while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
            k += 1
        if lang in _PREFIXING and k >= 4 and len(a) - k <= 2 and len(b) - k <= 2:
            return True
        if lang in _COMPOUNDING and k >= 4 and len(a) - k >= 3 and len(b) - k >= 3 \
                and not (a[-k:].endswith(_DERIVATIONS) and k < 7):
            return True  # not two words on one suffix (Regierung / Forderung)
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
    return heads and len(short) >= 4 and any(long_[:len(long_) - k].endswith(short) for k in range(3))


def _cross_compound(a: str, b: str, lang: str) -> bool:
    """In a compounding language, one word the modifier of one compound and the head of the
    other (verzekeringspremie / overstromingsverzekering, Wasserpreis / Trinkwasser for
    insurance premium / flood insurance, water price / drinking water): the term is rendered
    by the same word in both, only the word it is compounded with changes."""
    if lang not in _COMPOUNDING:
        return False
    a, b = fold(a.lower()), fold(b.lower())
    for x, y in ((a, b), (b, a)):
        # x: the word first, another after it; y: another first, the word last (an ending after)
        for k in range(len(x) - 3, 4, -1):
            i = y.find(x[:k], 3)
            if i >= 3 and len(y) - i - k <= 3:
                return True
    return False


def _gerund_kin(a: str, b: str, lang: str) -> bool:
    """English: a word in -ing and its stem, one word (diving / dive, skiing / ski,
    shipping / ship)."""
    if lang != "en":
        return False
    for g, w in ((a, b), (b, a)):
        if g.endswith("ing") and len(g) >= 6:
            st = g[:-3]
            if w in (st, st + "e") or (len(st) >= 4 and st[-1] == st[-2] and w == st[:-1]):
                return True
    return False


def _other_modifier(a: str, b: str, lang: str) -> bool:
    """Are ``a`` and ``b`` two compounds of a compounding language on one head whose
    modifiers differ from their first letters (Lachslaus / Seelaus: another kind of louse,
    not another form of the word; Spinnmaschine / Seidenhaspelmaschine, whose modifiers
    share their first letter only)?"""
    if lang not in _COMPOUNDING:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    ma, mb = a[:len(a) - k], b[:len(b) - k]
    if k >= 4 and len(ma) >= 3 and len(mb) >= 3 and ma[0] == mb[0]:
        # a compound of three parts whose middle one differs (Vogel|erkennungs|system /
        # Vogel|detektions|system): the modifiers past the first part they share
        p = len(os.path.commonprefix([ma, mb]))
        if p < 3 and len(ma) >= 4 and len(mb) >= 4:
            return True  # two modifiers that share a letter or two only (Spinn / Seidenhaspel)
        ma, mb = ma[p:], mb[p:]
        return p >= 3 and len(ma) >= 5 and len(mb) >= 5 and ma[0] != mb[0] and fold(ma) != fold(mb)
    return k >= 4 and len(ma) >= 3 and len(mb) >= 3 and ma[0] != mb[0]


def _other_modifier_inflected(a: str, b: str, lang: str) -> bool:
    """_other_modifier on the two words less an inflectional ending of up to three letters
    each (Danish netburet / havburets, netburene): the head they share is at least four
    letters, and not a derivational suffix with a letter or two before it (-ning, -ung)."""
    if lang not in _COMPOUNDING:
        return False
    for i in range(4):
        for j in range(4):
            x, y = a[:len(a) - i], b[:len(b) - j]
            k = len(os.path.commonprefix([x[::-1], y[::-1]]))
            if k >= 4 and not (x[-k:].endswith(_DERIVATIONS) and k < 7) and _other_modifier(x, y, lang):
                return True
    return False


_HYPHEN_BEFORE = re.compile(r"[^\W\d_]+[-‐]$")
_HYPHEN_AFTER = re.compile(r"[-‐][^\W\d_]+")


def _hyphened(text: str, s: int, e: int) -> tuple[int, int]:
    """The span s:e widened to the whole of a hyphened word (flood-barrier)."""
    m = _HYPHEN_BEFORE.search(text, max(0, s - 30), s)
    if m:
        s = m.start()
    m = _HYPHEN_AFTER.match(text, e)
    if m:
        e = m.end()
    return s, e


def _hyphen_modifier(text: str, places: list[tuple[int, int, int]], lang: str) -> str:
    """In a compounding language, the modifier (lower case, folded) before a hyphen that a
    target word stands after in each of its ``places`` of a bead, the word the head of a
    hyphened compound (Stadtteil-Bibliothek: stadtteil); "" where it has none."""
    if lang not in _COMPOUNDING or not places:
        return ""
    mods = set()
    for _, s, _ in places:
        m = _HYPHEN_BEFORE.search(text, max(0, s - 30), s)
        if m is None or len(m.group()) < 4:
            return ""
        mods.add(fold(m.group()[:-1].lower()))
    return mods.pop() if len(mods) == 1 else ""


def _script(c: str) -> str:
    """The first word of a letter's Unicode name: LATIN, CYRILLIC, CJK, HIRAGANA…"""
    return unicodedata.name(c, "?").split(" ")[0]


def _main_script(text: str) -> str:
    """The script of most of the letters of ``text`` (of its first 2000 characters)."""
    letters = Counter(_script(c) for c in text[:2000] if c.isalpha())
    return letters.most_common(1)[0][0] if letters else ""


def _spelled_alike(a: str, b: str) -> bool:
    """Two words of four letters or more spelled alike (château / Château, temporal / temporary)."""
    from rapidfuzz.fuzz import ratio
    a, b = fold(a), fold(b)
    return len(a) >= 4 and len(b) >= 4 and (a[:5] == b[:5] or ratio(a, b) >= 80)


def _head_word(w: str, lang: str) -> bool:
    """Is ``w`` (lower case) a common word of ``lang``, as it is or less an inflectional
    ending of up to three letters (wächter, wärter; vakter)?"""
    from ._text import _de_word, zipf
    if lang == "de":
        return _de_word(w)
    return any(len(w) - k >= 3 and zipf(w[:len(w) - k], lang) >= 3.0 for k in range(4))


def _other_head(a: str, b: str, lang: str) -> bool:
    """Are ``a`` and ``b`` (words as written) two compounds of a compounding language on one
    modifier whose heads are two different words (Park|wächter / Park|wärter, Schleusen|wärter /
    Schleusen|wächter), not two forms of one word (Arbeits|platz / Arbeits|plätze)?"""
    if lang not in _COMPOUNDING:
        return False
    a, b = a.casefold(), b.casefold()
    k = len(os.path.commonprefix([a, b]))
    if k < 4 or k >= min(len(a), len(b)):
        return False  # no shared modifier, or one word inside the other (Hütte / Hütten)
    for j in range(k, 3, -1):  # the modifier a[:j]: the heads are what follows it
        ha, hb = a[j:], b[j:]
        if len(ha) < 3 or len(hb) < 3:
            continue
        fa, fb = fold(ha), fold(hb)
        if fa.startswith(fb) or fb.startswith(fa) \
                or len(os.path.commonprefix([fa, fb])) >= min(len(fa), len(fb)) - 2:
            return False  # one head in two forms (platz / plätze)
        if _head_word(ha, lang) and _head_word(hb, lang):
            return True
    return False


def _short_word_beads(bead_toks: dict[int, "_BeadToks"], sl: str,
                      src_beads: dict[str, set[int]], function: frozenset[str]) -> dict[str, set[int]]:
    """In a source written in syllables with spaces (Vietnamese, Korean), its short words
    (too short for a term of _bead_words: vé, sổ) → the beads they stand in: words of two
    letters or more, no function word (the language's list or the document's
    frequent short words), never found spelled alike among the translation's words of a
    bead of theirs (an acronym kept: EU, NHS)."""
    if sl not in _SYLLABIC or sl in _UNSPACED:
        return {}  # (elsewhere a short adjective beside a term links nothing)
    low = 2
    stop = _stopwords(sl)
    out: dict[str, set[int]] = {}
    kept: set[str] = set()
    for bi, bt in bead_toks.items():
        tgt = {t.word for t in bt.tgt}
        for t in bt.src:
            w = t.lemma
            if low <= _wlen(w) < 5 and w.isalpha() and t.word not in stop and w not in src_beads \
                    and (t.content or (_wlen(t.word) < 3 and t.word not in function)):
                out.setdefault(w, set()).add(bi)
                if t.word in tgt:
                    kept.add(w)
    return {w: b for w, b in out.items() if w not in kept}


def _minority_rendering(bw: _BeadWords, L: str, t1: str, tgt_beads: dict[str, set[int]],
                        tl: str, src_beads: dict[str, set[int]], bad_tgt: set[str] = frozenset(),
                        a: _Anchors | None = None, lists: tuple[str, str, str] | None = None
                        ) -> tuple[str, tuple[int, int, int]] | None:
    """The word in this bead that renders source lemma L (other than t1), if one stands out
    among the words no other source word of the sentence explains better (one found only
    here that sits closer, unless the word sits where L does by an anchor), names and (a
    German translation) words that are no noun left out."""
    from rapidfuzz.fuzz import ratio

    pos_s = bw.src[L][0] / max(1, bw.n_src - 1)
    # source words found only in this bead: each may explain a unique target word instead
    # (with the places of the words of the translation spelled like each: el protocolo de
    # subvenciones → the subvention scheme, where scheme, right beside the candidate
    # spelled like L, renders protocolo, which then explains not that candidate)
    others = [(bw.src[M][0] / max(1, bw.n_src - 1), _spelled_in(bw, M)) for M in bw.src
              if M != L and src_beads.get(M) == {bw.index}]
    l_skin = _latin_skin(bw.src_surface[L])

    def l_like(t: str) -> bool:
        """Is target word t spelled like L (subvention ~ subvenciones): L's own cognate?"""
        w = _latin_skin(bw.tgt_surface[t])
        return l_skin.isascii() and len(l_skin) >= 6 and len(w) >= 6 and w[:4] == l_skin[:4]

    def l_cognate(t: str) -> bool:
        """l_like by five first letters (apparatus ~ Apparat): sure enough to place the word at
        the term's place; four (redundancy ~ redukcja) may be chance."""
        return l_like(t) and _latin_skin(bw.tgt_surface[t])[:5] == l_skin[:5]
    i_s = bw.src[L][0]
    s_span = (bw.src_starts[i_s], bw.src_starts[i_s] + len(bw.src_surface_at[i_s])) \
        if bw.src_starts and bw.src_surface_at else None
    # the other source words, where they are: one right beside a number or name as a target
    # word is beside it in the translation explains that word (Series 300 → Serie 300)
    o_spans = [(bw.src_starts[i], bw.src_starts[i] + len(bw.src_surface_at[i]))
               for M, occ in bw.src.items() if M != L for i in occ] \
        if bw.src_starts and bw.src_surface_at and a is not None and a.pairs else []
    scored, explained, listed = [], [], []
    for t, occ in bw.tgt.items():
        if tgt_beads.get(t) != {bw.index} or t == t1 or len(t) < 4 or t in bad_tgt:
            continue
        i, s, e = occ[0]
        pos_t = i / max(1, bw.n_tgt - 1)
        sim = ratio(t, t1) / 100.0
        dpos = abs(pos_s - pos_t)
        anchored = s_span is not None and _anchor_next(a, s_span, (s, e))
        if anchored or (tl in _COMPOUNDING and (_same_word(t, t1, tl) or _modifier_inside(t1, t)
                                                 or _short_head(t, t1, tl))) or l_cognate(t) \
                or (tl == "ko" and _hangul_head_swap(t, t1)):
            # (or a compound on t1's head or modifier, with another modifier or head: the word
            # renders the term, wherever the sentence puts it: Erdwärmebohrungen / Tiefbohrungen;
            # or one with t1's modifier for its middle part: Ahornwald / Zuckerahornbestand)
            dpos = 0.0
        elif any(_anchor_next(a, sp, (s, e)) for sp in o_spans):
            continue
        elif any(abs(p - pos_t) < dpos and not (l_like(t) and any(abs(j - i) == 1 for j in at))
                 for p, at in others) \
                or _spells_other_source_word(
                bw, L, bw.tgt_surface[t], lists[0] if lists else None):
            # (or one spelled like it: директор → director)
            explained.append(sim - dpos)  # another source word of this sentence sits closer
            listed.append((sim - dpos, sim, dpos, t, occ[0]))
            continue
        scored.append((sim - dpos, sim, dpos, t, occ[0]))
    # L the k-th item of a list and a candidate the k-th item of the translation's list as
    # long (rats, possums and stoats → rotter, pungræve og hermeliner): a list keeps its
    # order, so that one is chosen, though another word sits as near or nearer (and one
    # at another place of that list renders another item)
    pick = _list_pick(scored + listed, lists, s_span, tl)
    if pick is not None:
        dpos, t, occ = pick[2:]
        return (t, occ) if dpos <= 0.3 else None  # (the list's place, near the term's)
    if not scored:
        return None
    scored.sort(reverse=True)
    # a word right at L's place outranks one further off that could never be taken, whose
    # score comes from letters it happens to share with t1 (a short word that shares three
    # letters with t1 a fifth of the sentence away): only the words that could be compete
    fit = [x for x in scored if x[2] <= 0.15 or (x[1] >= 0.6 and x[2] <= 0.3)]
    if fit and fit[0] is not scored[0] and fit[0][2] <= 0.05:
        scored = fit
    score, sim, dpos, t, occ = scored[0]
    if _list_pick(scored[:1] + listed + scored[1:], lists, s_span, tl, other=True):
        return None  # the word found is an item of a list at another place than L
    if len(scored) > 1 and scored[1][0] > score - 0.15:
        return None  # no clear candidate
    if not (dpos <= 0.15 or (sim >= 0.6 and dpos <= 0.3)):
        return None
    # (the first word of both sentences that is no function word is at L's place too,
    # whatever words before it shift the count: Fjøset mitt → Mein Stall)
    opener = occ[0] == min(o[0] for oc in bw.tgt.values() for o in oc) \
        and i_s == min(min(v) for v in bw.src.values())
    if dpos > 0.05 and not opener and any(x > score - 0.15 for x in explained):
        return None  # one the other words explain competes: only a word right at L's place
    if not _same_tail(t, t1) and any(x[1] >= max(0.5, sim + 0.15) and x[2] <= 0.3
                                     and _same_tail(x[3], t1) for x in listed):
        return None  # one the other words explain, spelled much more like t1, with its
        # derivational ending, and not far off (underwent a major renovation beside
        # reconstruction): the sentence's word order moved the term, and the word at L's
        # place is another word
    if _beside_rendered_neighbour(bw, L, t, tgt_beads, src_beads):
        return None
    return t, occ


def _same_tail(a: str, b: str) -> bool:
    """Do two words end in the same four letters or more (renovation / reconstruction)?"""
    return len(os.path.commonprefix([a[::-1], b[::-1]])) >= 4


@lru_cache(maxsize=1 << 14)
def _latin_skin(w: str) -> str:
    """``w`` lower case, without diacritics, in Latin letters (Cyrillic, Greek read letter
    by letter), c for k and f for ph: a cognate's spelling across languages and scripts."""
    from ._text import _TO_LATIN, unaccented
    return unaccented(w.lower()).translate(_TO_LATIN).replace("ph", "f").replace("k", "c")


def _spelled_in(bw: _BeadWords, M: str) -> tuple[int, ...]:
    """The places (token indices) of the bead's target words spelled like source word M (six
    letters or more each, read in Latin letters: protocolo ~ protocol, директор ~ director)."""
    from rapidfuzz.fuzz import ratio
    if not bw.src_surface_at:
        return ()
    out: list[int] = []
    for i in bw.src[M]:
        x = _latin_skin(bw.src_surface_at[i])
        if len(x) < 6 or not x.isascii():
            continue
        for t, occ in bw.tgt.items():
            w = _latin_skin(bw.tgt_surface[t])
            if len(w) >= 6 and (x[:6] == w[:6] or ratio(x, w) >= 80):
                out.extend(o[0] for o in occ)
    return tuple(out)


def _spells_other_source_word(bw: _BeadWords, L: str, word: str, src_text: str | None = None) -> bool:
    """Is target ``word`` spelled like a source word of the bead other than L's mentions
    (six letters or more each, read in Latin letters: директор ~ director,
    dekontaminacijo ~ decontamination)?  A word hyphened to a mention of L (drought-tolerant,
    with the source text ``src_text``) is part of the term, no other word."""
    from rapidfuzz.fuzz import ratio
    if not bw.src_surface_at or len(word) < 6:
        return False
    mine = set(bw.src.get(L, ()))
    if src_text is not None and bw.src_starts:
        ends = [st + len(w) for st, w in zip(bw.src_starts, bw.src_surface_at)]
        for j in list(mine):
            for i in (j - 1, j + 1):
                a, b = min(i, j), max(i, j)
                if 0 <= a and b < len(bw.src_starts) and src_text[ends[a]:bw.src_starts[b]] in ("-", "‐"):
                    mine.add(i)
    w = _latin_skin(word)
    for i, s in enumerate(bw.src_surface_at):
        if i in mine or len(s) < 6:
            continue
        x = _latin_skin(s)
        if x.isascii() and (x[:6] == w[:6] or ratio(x, w) >= 80):
            return True
    return False


# the last two letters of a word's ending (Schwester / Tochter, Baustelle / Kapelle cut to
# -stell / -pell): three letters alike there are no head of a compound
_SHORT_TAILS = frozenset("er en el em es et ar or ir ur at it ik ig is ll ss tt nn".split())


def _short_head(a: str, b: str, lang: str) -> bool:
    """Two compounds of a compounding language on one head of three letters (indianlax /
    rödlax, Treidelweg / Uferweg), each with a modifier of three letters or more from another
    first letter, the head a consonant, a vowel and a consonant that end no derivation or
    inflection (-het, -ter, -ell): another kind of the same thing.  No part of a hyphened
    name (Scrovegni-Kapelle)."""
    if lang not in _COMPOUNDING or len(a) < 6 or len(b) < 6 or "-" in a + b:
        return False
    k = len(os.path.commonprefix([a[::-1], b[::-1]]))
    tail = a[-3:]
    return k == 3 and not a.endswith(_DERIVATIONS) and not b.endswith(_DERIVATIONS) \
        and a[0] != b[0] and not _vowel(tail[0]) and _vowel(tail[1]) and not _vowel(tail[2]) \
        and tail[1:] not in _SHORT_TAILS


# the syllables that open a Korean verb's, adjective's or derivation's ending (-하다, -된,
# -적, -화): a shared tail that opens with one is no shared head noun
_KO_ENDING_OPENERS = frozenset("하되했됐한된할될함됨적화시스")


def _hangul_head_swap(a: str, b: str) -> bool:
    """Two Korean compound nouns on one head of three syllables or more, each with a modifier
    of two syllables or more that opens otherwise, neither inside the other (수소|연료전지 /
    고체|연료전지): another kind of the same thing, the modifier swapped, written closed as
    Korean writes its compound nouns.  Not a shared verb or derivation ending (-하였다)."""
    if not all("\uac00" <= c <= "\ud7a3" for c in a + b):
        return False
    k = len(os.path.commonprefix([a[::-1], b[::-1]]))
    if k < 3 or len(a) - k < 2 or len(b) - k < 2 or a[0] == b[0]:
        return False
    ma, mb = a[:len(a) - k], b[:len(b) - k]
    return a[-k] not in _KO_ENDING_OPENERS and not (ma in mb or mb in ma)


def _modifier_inside(t1: str, t: str) -> bool:
    """Does compound ``t`` hold ``t1``'s modifier (five letters or more, t1 longer by a head
    of three at least) after a modifier of its own (Ahorn|wald / Zucker|ahorn|bestand)?"""
    for k in range(len(t1) - 3, 4, -1):
        if t.find(t1[:k]) >= 3:
            return True
    return False


def _beside_rendered_neighbour(bw: _BeadWords, L: str, t: str, tgt_beads: dict[str, set[int]],
                               src_beads: dict[str, set[int]]) -> bool:
    """Does another word found only in this sentence stand right beside the rendering of
    L's source neighbour while ``t`` does not?  A source word next to L (резервне живлення:
    живлення) rendered by a target word found in all of its sentences (power) places L's
    rendering beside that word (backup power), whatever the relative positions say (boiler
    houses)."""
    i_s = bw.src[L][0]
    near: set[int] = set()
    for M, occ in bw.src.items():
        mb = src_beads.get(M, set())
        if M == L or len(mb) < 2 or not any(abs(i - i_s) == 1 for i in occ):
            continue
        for tm, tocc in bw.tgt.items():
            if tm != t and mb <= tgt_beads.get(tm, set()):
                near.update(j + d for j, _, _ in tocc for d in (-1, 1))
    if not near or any(i in near for i, _, _ in bw.tgt[t]):
        return False
    return any(u != t and tgt_beads.get(u) == {bw.index} and len(u) >= 4 and any(i in near for i, _, _ in occ)
               for u, occ in bw.tgt.items())


def _list_pick(close: list[tuple], lists: tuple[str, str, str] | None, s_span: tuple[int, int] | None,
               tl: str, other: bool = False) -> tuple | None:
    """Of the candidates ``close`` (score, sim, dpos, word, (i, start, end)), the one at the
    place the source word (at ``s_span`` of the source sentence ``lists[0]``, language
    ``lists[1]``; the translation ``lists[2]``) has in a list, in a list as long of the
    translation, if just one is and another candidate is an item of that list too (with
    ``other``: is the first candidate an item at another place of a list as long?)."""
    if lists is None or s_span is None:
        return None
    src_text, sl, tgt_text = lists
    place = _list_place(src_text, s_span[0], sl)
    if place is None:
        return None
    at = [_list_place(tgt_text, c[4][1], tl) for c in close]
    if other:  # is the first candidate an item at another place of a list as long?
        return bool(at) and at[0] is not None and at[0][1] == place[1] and at[0] != place
    fits = [c for c, p in zip(close, at) if p == place]
    # (another of them an item of that list: the list is what leaves the choice open)
    if len(fits) != 1 or not any(p is not None and p[1] == place[1] and p != place for p in at):
        return None
    return fits[0]


def _lis(pairs: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The longest chain of (source place, target place) pairs rising on both sides."""
    pairs = sorted(pairs)
    best: list[list[tuple[float, float]]] = []
    for p in pairs:
        chain = max((c for c in best if c[-1][1] < p[1] and c[-1][0] < p[0]), key=len, default=[])
        best.append(chain + [p])
    return max(best, key=len, default=[])


def _warp(chain: list[tuple[float, float]], x: float) -> float:
    """Source place x (0..1) carried to the translation between the anchors around it."""
    pts = [(0.0, 0.0)] + chain + [(1.0, 1.0)]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        if x0 <= x <= x1:
            return y0 if x1 == x0 else y0 + (x - x0) * (y1 - y0) / (x1 - x0)
    return x


def _partner_rendering(toks: dict[int, "_BeadToks"], bi: int, L: str, t1: str, B1: set[int],
                       src_beads: dict[str, set[int]], tgt_beads: dict[str, set[int]],
                       bad_tgt: set[str], caps: bool) -> tuple[str, tuple[int, int, int]] | None:
    """The word that renders L in bead ``bi`` by its neighbour's partner, where the places in
    the sentence do not tell (a genitive turned round: "the profit margins of the new pottery units"
    ~ "the small ceramics units' profit margins"): a source word M right beside L
    here and, on the same side, in sentences of the usual rendering t1, where t1 stands right
    beside one target word u, on one side every time; u stands here and in two thirds of
    M's sentences at least (it renders M).  The word on that side of u here, found in no
    other sentence (and no name: ``caps``, the language does not capitalise its nouns),
    renders L; where a content word stands on L's other side, a content word must stand
    beyond the one found as well (small jersey workshops: small workshops leaves the term
    out)."""
    b = toks[bi]
    here = {t.lemma for t in b.tgt}
    for i, s in enumerate(b.src):
        if s.lemma != L:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(b.src) or not b.src[max(i, j)].joined:
                continue
            m = b.src[j]
            mb = src_beads.get(m.lemma)
            if not m.content or m.lemma == L or mb is None or len(mb) < 2:
                continue
            side, pats = j - i, None
            for bj in sorted(mb & B1):
                bb = toks[bj]
                if not any(x.lemma == L and 0 <= k + side < len(bb.src) and bb.src[k + side].lemma == m.lemma
                           and bb.src[max(k, k + side)].joined for k, x in enumerate(bb.src)):
                    continue  # L not on the same side of M there
                # (the words right beside t1 there, with their side)
                got = {(y.lemma, k1 - k2) for k1, x in enumerate(bb.tgt) if x.lemma == t1
                       for k2, y in enumerate(bb.tgt) if abs(k1 - k2) == 1 and y.content
                       and y.lemma != t1 and bb.tgt[max(k1, k2)].joined}
                pats = got if pats is None else pats & got
            if not pats:
                continue
            pats = {(u, d) for u, d in pats if u in here
                    and len(tgt_beads.get(u, set()) & mb) * 3 >= 2 * len(mb)}
            if len(pats) != 1:
                continue
            ((u, d),) = pats
            # a content word on L's other side here (küçük triko atölyeleri, small … workshops):
            # the translation holds a word beyond the one found too, or the one found may
            # render that word, the term left out (small workshops)
            o = i - side
            far = 0 <= o < len(b.src) and b.src[o].content and b.src[max(i, o)].joined
            for k, y in enumerate(b.tgt):
                if y.lemma != u or not 0 <= k + d < len(b.tgt) or not b.tgt[max(k, k + d)].joined:
                    continue
                if far and not (0 <= k + 2 * d < len(b.tgt) and b.tgt[k + 2 * d].content
                                and b.tgt[max(k + d, k + 2 * d)].joined):
                    continue
                t = b.tgt[k + d]
                if t.content and t.lemma != t1 and tgt_beads.get(t.lemma) == {bi} and t.lemma not in bad_tgt \
                        and len(t.word) >= 4 and not (t.cap and not caps) and not any(c.isdigit() for c in t.word):
                    return t.lemma, (k + d, t.start, t.end)
    return None


def _warped_rendering(b: _BeadToks, L: str, t1: str, tgt_beads: dict[str, set[int]],
                      bad_tgt: set[str], a: _Anchors | None, opens, langs: tuple[str, str],
                      tol: float = 0.1) -> tuple[str, tuple[int, int, int]] | None:
    """The word of this bead that renders source word L when the sentence's places alone do
    not tell (the clinic to be fully staffed → el dispensario cuente con toda la plantilla):
    the word beside the partner of a word spelled alike that L stands beside (permiso
    temporal → temporary licence), or else the places carried across by the anchors
    (numbers, number words of one value: sedm ~ seven, words spelled alike: October ~
    octubre) and each content word of the source given the nearest content word of the
    translation, nearest pairs first.  The one L is given, if found nowhere else in the
    translation, at most ``tol`` from L's carried place, and right after an article or the
    like (``opens(b, k)``: el dispensario, il presidio).  Where t1 stands in the bead too,
    the occurrence of L nearest each of its own is taken as rendered by it."""
    from rapidfuzz.fuzz import ratio

    from ._text import find_numbers

    if a is None or not a.n_src or not a.n_tgt:
        return None
    # anchors: numbers and names (a.pairs), number words of one value and words spelled
    # alike, each once on both sides; they take no part in the matching
    marks = [(s / a.n_src, t / a.n_tgt) for s, t in a.pairs]
    s_fixed, t_fixed = {s for s, _ in a.pairs}, {t for _, t in a.pairs}

    def values(toks: list[_Tok], lang: str, off: int, n: int) -> dict[frozenset, list[float]]:
        out: dict[frozenset, list[float]] = {}
        for t in toks:
            nums = find_numbers(t.word, lang, soft_words=False)
            if nums and nums[0].kind == "word":
                out.setdefault(nums[0].values, []).append((t.start - off) / n)
        return out

    s_num = values(b.src, langs[0], 0, a.n_src)
    t_num = values(b.tgt, langs[1], a.t_start, a.n_tgt)
    marks += [(v[0], t_num[k][0]) for k, v in s_num.items() if len(v) == 1 and len(t_num.get(k, ())) == 1]
    s_words = {p for v in s_num.values() for p in v}
    t_words = {p for v in t_num.values() for p in v}
    src = [(t.start / a.n_src, t) for t in b.src if t.content and t.start not in s_fixed]
    src = [(p, t) for p, t in src if p not in s_words]
    tgt = [((t.start - a.t_start) / a.n_tgt, t) for t in b.tgt
           if t.content and t.start - a.t_start not in t_fixed]
    tgt = [(p, t) for p, t in tgt if p not in t_words]
    if not any(t.lemma == L for _, t in src):
        return None
    s_once = Counter(t.lemma for _, t in src)
    t_once = Counter(t.lemma for _, t in tgt)
    used_s, used_t = set(), set()
    partner: dict[int, int] = {}  # source token index → target token index of a word spelled alike
    for ps, s in src:
        if s.lemma == L or s_once[s.lemma] != 1 or len(s.word) < 4:
            continue
        like = [(pt, t) for pt, t in tgt if t_once[t.lemma] == 1 and len(t.word) >= 4
                and (t.word[:5] == s.word[:5] or ratio(t.word, s.word) >= 80)]
        if len(like) == 1 and like[0][1].lemma not in used_t:
            marks.append((ps, like[0][0]))
            used_s.add(s.lemma)
            used_t.add(like[0][1].lemma)
            partner[b.src.index(s)] = b.tgt.index(like[0][1])

    def fit(k: int) -> bool:
        t = b.tgt[k]
        return t.content and t.lemma != t1 and tgt_beads.get(t.lemma) == {b.index} \
            and t.lemma not in bad_tgt and len(t.word) >= 4 and opens(b, k)

    # L right beside a word spelled alike in both: the word beside that one in the translation,
    # on the same side or (an adjective put after or before its noun) the other (permiso
    # temporal → temporary licence)
    for i, t in enumerate(b.src):
        if t.lemma != L:
            continue
        for j, side in ((i - 1, -1), (i + 1, 1)):
            if j not in partner or not (b.src[i] if side < 0 else b.src[j]).joined:
                continue
            k0 = partner[j]
            near = [k for k in (k0 - side, k0 + side) if 0 <= k < len(b.tgt)
                    and (b.tgt[max(k, k0)].joined) and fit(k)]
            if near:
                k = near[0]
                return b.tgt[k].lemma, (k, b.tgt[k].start, b.tgt[k].end)
    chain = _lis(marks)
    src = [(_warp(chain, ps), t) for ps, t in src if t.lemma not in used_s]
    for pt, t in tgt:
        if t.lemma == t1:
            mine = [x for x in src if x[1].lemma == L]
            if mine:
                src.remove(min(mine, key=lambda x: abs(x[0] - pt)))
    if not any(t.lemma == L for _, t in src):
        return None
    tgt = [(pt, t) for pt, t in tgt if t.lemma not in used_t and t.lemma != t1]
    pairs = sorted((abs(ps - pt), i, j) for i, (ps, _) in enumerate(src) for j, (pt, _) in enumerate(tgt))
    given_s: set[int] = set()
    given_t: set[int] = set()
    for d, i, j in pairs:
        if i in given_s or j in given_t:
            continue
        given_s.add(i)
        given_t.add(j)
        if src[i][1].lemma != L:
            continue
        t = tgt[j][1]
        k = b.tgt.index(t)
        if d > tol or tgt_beads.get(t.lemma) != {b.index} or t.lemma in bad_tgt or len(t.word) < 4 \
                or not opens(b, k):
            return None
        return t.lemma, (k, t.start, t.end)
    return None


# -- T003 for multi-word terms (projet de loi, health insurance, disegno di legge) ------------
# Words that join the parts of a term: projet de loi, Ministry of Health.
_LINKERS = {"fr": frozenset({"de", "d'", "du", "des"}), "es": frozenset({"de", "del"}),
            "it": frozenset({"di", "del", "della", "dei", "degli", "delle", "dello", "dell'"}),
            "pt": frozenset({"de", "do", "da", "dos", "das"}), "en": frozenset({"of"}),
            "ca": frozenset({"de", "d'", "del", "dels"}),
            # (Swahili's associative "of", agreeing with the head's noun class: tiba ya mionzi,
            # kituo cha afya, wizara ya afya)
            "sw": frozenset({"ya", "wa", "la", "cha", "vya", "za"})}
# the prepositions that join a Romance rendering's noun to the noun or infinitive that says
# its kind or means (bus a chiamata, riego por goteo, moulin à vent, barco a vela), folded:
# a translation's term words only (a source's word of a term is found without them)
_KIND_LINKERS = {"it": frozenset({"a", "da", "su"}), "es": frozenset({"por", "a"}),
                 "fr": frozenset({"a", "au", "aux"}), "pt": frozenset({"a", "por"}),
                 "ca": frozenset({"a", "per"})}
# the Romance "in" of means or manner (salida en canoa, volo in parapendio, voo em
# parapente), folded: it joins the words of a rendering with one word swapped only (in
# general it opens a place or a time: vuelos en verano)
_MEANS_LINKERS = {"es": frozenset({"en"}), "it": frozenset({"in"}), "fr": frozenset({"en"}),
                  "pt": frozenset({"em"}), "ca": frozenset({"en"})}
# the genitive postpositions of Hindi and Urdu (फसल की सुरक्षा, فصل کی حفاظت), for a term's
# rendering with one word swapped only: they also open compound postpositions (के लिए, کے
# تحت), so they join no term's words in general
_SWAP_LINKERS = {"hi": frozenset({"का", "की", "के"}), "ur": frozenset({"کا", "کی", "کے"})}
# the second words of their compound postpositions (के बारे में, के अनुसार, کے مطابق): no
# noun of a term after the genitive
_POSTPOSITIONS = {
    "hi": frozenset("बारे लिए तहत साथ बाद पहले दौरान अनुसार जरिए ज़रिए जरिये ज़रिये तरफ़ तरफ बजाय "
                    "खिलाफ ख़िलाफ़ खिलाफ़ ओर विरुद्ध द्वारा तरह बदले अलावा सिवा पास बीच ऊपर नीचे अंदर "
                    "भीतर बाहर सामने पीछे आसपास कारण वजह मुताबिक बिना प्रति".split()),
    "ur": frozenset("بارے لیے لئے تحت ساتھ بعد پہلے دوران مطابق ذریعے ذریعہ طرف بجائے خلاف جانب "
                    "طرح بدلے علاوہ سوا پاس بیچ درمیان اوپر نیچے اندر باہر سامنے پیچھے آس وجہ "
                    "بغیر بابت".split()),
}
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
    noun: bool = False  # found where a noun stands, the term's place taken by another word


@dataclass
class _BeadToks:
    index: int
    src: list[_Tok]
    tgt: list[_Tok]
    src_units: dict[tuple[str, ...], _Unit]  # first occurrence of each word and term
    tgt_units: dict[tuple[str, ...], _Unit]


_MANNER_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "manner_nouns.tsv"


@lru_cache(maxsize=None)
def _manner(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions and the nouns of manner of data/terminology/manner_nouns.tsv
    (de manera gradual: an adverbial, folded)."""
    for line in _MANNER_FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] == lang:
            return (frozenset(fold(w) for w in parts[1].split()),
                    frozenset(fold(w) for w in parts[2].split()))
    return frozenset(), frozenset()


def _toks(text: str, lang: str, offset: int = 0, stems: dict[str, str] | None = None,
          function_words: frozenset[str] = frozenset()) -> list[_Tok]:
    # (a language's articles and demonstratives, where data/form has no list of its function
    # words: una, els, aquest in a Catalan or Portuguese text of a few sentences, where no
    # short word is frequent enough to count as one of the document's function words)
    stop = (_stopwords(lang) or function_words) | _DETERMINERS.get(lang, frozenset())
    stems = stems or {}
    link = _LINKERS.get(lang, frozenset())
    preps, manner = _manner(lang)
    out: list[_Tok] = []
    prev = -1
    for m in _term_words(text, lang):
        f = fold(m.group())
        joined = prev >= 0 and _JOIN.fullmatch(text, prev, m.start()) is not None
        lm = lemma(m.group(), lang)
        # a noun of manner after its preposition (de manera gradual) is an adverbial's
        adverbial = f in manner and joined and bool(out) and out[-1].word in preps
        out.append(_Tok(offset + m.start(), offset + m.end(), f, stems.get(lm, lm),
                        _wlen(f) >= 3 and f not in stop and f not in link and not adverbial, joined,
                        m.group()[:1].isupper()))
        prev = m.end()
    return out


def _units(toks: list[_Tok], lang: str, max_words: int = 3,
           link: frozenset[str] | None = None) -> dict[tuple[str, ...], _Unit]:
    """Every content word, and every run of 2–3 content words with at most one linking word
    between two of them (assurance maladie, projet de loi, health insurance)."""
    link = _LINKERS.get(lang, frozenset()) if link is None else link
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
            st = _toks(b.source_text, sl, 0, _doc_stems(ctx, "src"), _function_words(ctx, "src"))
            tt = _toks(ctx.target.text[ts:te], tl, ts, _doc_stems(ctx, "tgt"), _function_words(ctx, "tgt"))
            out.append(_BeadToks(b.index, st, tt, _units(st, sl),
                                 _units(tt, tl, link=_LINKERS.get(tl, frozenset()) | _KIND_LINKERS.get(tl, frozenset()))))
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


def _source_terms(bt: list[_BeadToks], max_beads: int, lang: str = "") -> dict[tuple[str, ...], set[int]]:
    """Source words and multi-word terms in 3..max_beads beads, the longest form of each
    (projet de loi, not projet)."""
    beads: dict[tuple[str, ...], set[int]] = {}
    for b in bt:
        for key in b.src_units:
            beads.setdefault(key, set()).add(b.index)
    terms = {k: B for k, B in beads.items()
             if 3 <= len(B) <= max_beads and _long_enough(k, lang) and not _quantity_term(k)}
    inside = _inside_longer(terms)
    return {k: B for k, B in terms.items() if k not in inside}


def _long_enough(k: tuple[str, ...], lang: str = "") -> bool:
    """A term with a word of five letters, or (``lang``, a source language with a list of
    function words: its other words are content words) of several short words together as
    long (net pen, oil rig, tax cut: each word short, the term often one compound in the
    translation).  Not in a language without that list (під час, "during", is two short
    function words) nor one written in syllables (Vietnamese kiểm dịch); but in one written
    in an abjad (باد گرم, גשם חזק: no short vowels, so short words), whose short words found
    in many sentences are the document's function words and no content words anyway."""
    if max(map(_wlen, k)) >= 5:
        return True
    return bool(lang) and lang not in _SYLLABIC and (bool(_stopwords(lang)) or lang in _ABJAD) \
        and len(k) > 1 and min(map(_wlen, k)) >= 3 and sum(map(_wlen, k)) >= 6


def _quantity_term(words: tuple[str, ...]) -> bool:
    """Is every word a number's scale (Millionen, millones, milliard) or a currency's name
    (kroner, lira)?  No term: "3 Millionen Euro" and "2 Millionen Kilowattstunden" render
    it with what it counts (millions d'euros, million de kilowattheures), not two ways."""
    from ._text import _SCALE_COMMON, _SCALES_BY_LANG
    from .language import _currency_words
    ws = [w.casefold() for w in words if w]
    return bool(ws) and all(w in _SCALE_COMMON or any(w in f for f in _SCALES_BY_LANG.values())
                            or w in _currency_words() or w in _scale_lemmas() for w in ws)


@lru_cache(maxsize=None)
def _scale_lemmas() -> frozenset[str]:
    """The lemmas the term checks give the scale words and currency names of the lemmatised
    languages (milhões → milhõ, reais → reai): a term's key holds lemmas, not words as written."""
    from ._text import _SCALE_COMMON, _SCALES_BY_LANG
    from .language import _currency_words
    out = set()
    for lang in _LEMMATISED:
        for w in set(_SCALE_COMMON) | set(_SCALES_BY_LANG.get(lang, ())) | set(_currency_words()):
            if " " not in w:
                out.add(lemma(w, lang).casefold())
    return frozenset(out)


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


def _covers(a: tuple[str, ...], b: tuple[str, ...], lang: str = "", heads: bool = True) -> bool:
    """Does every word of b have a form of itself in a (bill ⊂ draft bill)?  (With the
    translation's language: not another derivation on its stem, drainage / draining;
    without ``heads`` not by a word that ends in another, structure / superstructure.)"""
    return all(any(_same_word(x, y, heads=heads) and not _other_derivation(x, y, lang) for x in a) for y in b)


def _kin(a: str, b: str) -> bool:
    """One word, or two compounds on one stem (klimaschutz / klimawandel)."""
    return len(a) >= 5 and len(b) >= 5 and (a[:5] == b[:5] or _same_word(a, b))


def _majority(S: tuple[str, ...], B: set[int], t_beads: dict[tuple[str, ...], set[int]],
              tie=None, near: Iterable[tuple[str, ...]] | None = None) -> tuple[tuple[str, ...], set[int]] | None:
    """The one rendering found in most of B's beads (more than half) and nowhere else; of
    several found in equally many, the one ``tie`` picks.  ``near``: the target units of B's
    beads in t_beads' order, if known (a long document's units are not all scanned)."""
    cands = {t: t_beads[t] for t in (t_beads if near is None else near)
             if t_beads[t] < B and len(t_beads[t]) >= 2}
    # a word inside a longer rendering with the same beads is that rendering (health insurance)
    inside = _inside_longer(cands)
    cands = {t: tb for t, tb in cands.items() if t not in inside}
    if not cands:
        return None
    best = max(len(tb) for tb in cands.values())
    tops = [(t, tb) for t, tb in cands.items() if len(tb) == best]
    if best * 2 <= len(B):
        return None
    if len(tops) != 1:
        return tie(tops) if tie is not None else None
    return tops[0]


def _head_pick(tops: list, B: set[int], t_beads: dict[tuple[str, ...], set[int]], explained):
    """Of several renderings found in equally many of a term's beads that _tie_break cannot
    tell apart: the one rendering of several words holding a word found in every bead of
    the term (traction substation, where the other bead says power substation, beside
    power, a word of other beads), if it is the only one and no other source word explains
    it."""
    keep = [(t, tb) for t, tb in tops
            if len(t) > 1 and any(len(w) >= 4 and t_beads.get((w,), set()) >= B for w in t)]
    if len(keep) != 1 or any(len(t) > 1 for t, tb in tops if (t, tb) not in keep):
        return None
    t, tb = keep[0]
    return None if explained(t, tb, 1) else keep[0]


def _tie_break(tops: list, fits, explained, dist=None, parts: bool = False):
    """Of several renderings found in equally many of a term's beads: the one that renders
    no other source word (``explained``: a cognate of one, or a word in exactly that one's
    beads: kronor → kronor, Bestellungen → requests beside Fernleihe → interlibrary loan),
    of those the one that sits where the term does (``fits``), and of those the one clearly
    nearest to it (``dist``: at most half as far as the next), if one is left.  ``parts``
    (a term of several words): those left all found in just the same beads, each where the
    term is, are parts of one rendering the units did not join (pump-out station → pump,
    station; ναύλος μετ' επιστροφής → ναύλος μετ, επιστροφής): the one of most words, then
    the nearest, stands for it."""
    crowd: dict[frozenset[int], int] = {}
    for _, tb in tops:
        crowd[frozenset(tb)] = crowd.get(frozenset(tb), 0) + 1
    left = [(t, tb) for t, tb in tops if not explained(t, tb, crowd[frozenset(tb)])] or tops
    if len(left) > 1:
        left = [(t, tb) for t, tb in left if fits(t, tb)]
    if len(left) > 1 and dist is not None:
        ds = sorted((dist(t, tb), i) for i, (t, tb) in enumerate(left))
        if ds[1][0] - ds[0][0] >= 0.05 and ds[0][0] * 2 <= ds[1][0]:
            left = [left[ds[0][1]]]
        elif parts and len({frozenset(tb) for _, tb in left}) == 1:
            left = [min(left, key=lambda x: (-len(x[0]), dist(*x)))]
    return left[0] if len(left) == 1 else None


def _explains(words: tuple[str, ...], tb: set[int], term: tuple[str, ...],
              src_words: dict[int, Iterable[str]], by_beads: dict[frozenset[int], set[str]],
              t_beads: dict[tuple[str, ...], set[int]], crowd: int = 1) -> bool:
    """Is the target rendering ``words`` (found in beads ``tb``) explained by a source word
    other than the term's: one found in exactly those beads (and not kept as it is, a name:
    Florida → Flórida; as many such words as renderings in those beads, ``crowd``), or a
    cognate found in all?"""
    from rapidfuzz.fuzz import ratio

    same = [m for m in by_beads.get(frozenset(tb), set()) - set(term) if not _kept((m,), tb, t_beads)]
    if same and len(same) >= crowd:
        return True
    common = None
    for bi in tb:
        ws = set(src_words.get(bi, ())) - set(term)
        common = ws if common is None else common & ws
    for m in common or ():
        for w in words:
            if len(m) >= 4 and len(w) >= 4 and (ratio(m, w) >= 80 or m[:5] == w[:5]):
                return True
    return False


# languages whose adjectives stand before or after the noun (larga crianza / crianza prolongada)
_ADJ_EITHER_SIDE = frozenset({"fr", "es", "it", "pt", "ca", "ro"})


def _swap_rendering(b: _BeadToks, t1: tuple[str, ...], B1: set[int], tl: str,
                    t_beads: dict[tuple[str, ...], set[int]], word_for_word: bool = False,
                    centre: float | None = None, gaps: set[int] | None = None,
                    turn: bool = False) -> _Unit | None:
    """In a bead where the term is not rendered t1 (of several words): t1 with one of its
    words swapped for another (carte de séjour → permis de séjour, academic reputation →
    scholarly reputation), the new word found in none of t1's beads; in Hindi and Urdu with a
    genitive postposition between (बैटरी स्वैपिंग → बैटरी की अदला-बदली)."""
    if len(t1) < 2:
        return None
    link = _LINKERS.get(tl, frozenset()) | _SWAP_LINKERS.get(tl, frozenset()) | _KIND_LINKERS.get(tl, frozenset()) \
        | _MEANS_LINKERS.get(tl, frozenset())
    post = _POSTPOSITIONS.get(tl, frozenset())
    has_stop = bool(_stopwords(tl))
    tg, n = b.tgt, len(b.tgt)
    # t1, or of three words its last or first two (an article the lists miss: τους συστημικούς
    # κινδύνους / των συστημικών απειλών)
    # (of several runs of the sentence, the one that keeps t1's other words as written, not
    # as other forms of them, nearest the term's place: a verb on a word of t1 elsewhere in
    # the sentence, started touring beside summer tour, is no rendering of the term)
    # (``gaps``: the linking words inside t1 wherever it stands; a run with more or fewer is
    # another phrase's words, a noun of its own linked to t1's word: more bottles of long
    # ageing → più forme a stagionatura prolungata, not forme a stagionatura)
    # (a Romance rendering of two words may also keep its word on the other side of the
    # swapped one: lunga stagionatura / stagionatura prolungata, the adjective after the noun)
    found: list[tuple[int, float, _Unit]] = []
    skipped: list[tuple[int, float, _Unit]] = []
    # (``turn``: only for a source term of two words rendered by two words side by side, an
    # adjective and its noun; a one-word term's rendering with a neighbour's word, nuevas
    # torres for towers, or a noun linked to a noun, eau du puits, turned round is the noun
    # and whatever follows it: a verb, a participle of the sentence)
    turned = [t1[::-1]] if turn and len(t1) == 2 and tl in _ADJ_EITHER_SIDE else []
    for pat in [t1] + ([t1[1:], t1[:-1]] if len(t1) > 2 else []) + turned:
        if found:
            break
        for i in range(n):
            j, k, swapped, irregular = i, 0, -1, False
            while k < len(pat) and j < n:
                if k:  # the next word: joined, with at most one linking word between
                    if j + 1 < n and tg[j].word in link and tg[j].joined and tg[j + 1].joined:
                        j += 1
                        if tg[j].word in post:
                            break  # फसल के बारे में: a postposition, no second word of a term
                    if not tg[j].joined:
                        break
                t = tg[j]
                if not t.content:
                    break
                if t.lemma != pat[k] and _irregular_same(t.lemma, pat[k], tl):
                    irregular = True  # (another form of an irregular verb: the term as it stands
                    # elsewhere only if no other word is swapped, hand-woven / weaving course)
                elif t.lemma != pat[k] and not _form_of(t.lemma, pat[k], tl):
                    # (a form of the word stands for it: węzeł / węzła, signal / signalling)
                    if swapped >= 0 or t.lemma in t1 or len(t.word) < 4 or t.lemma in _prepositions(tl) \
                            or (_in_t1_beads(t.lemma, t1, B1, t_beads) if word_for_word
                                else t_beads.get((t.lemma,), set()) & B1):
                        break  # (a preposition before the term's other word, kroz špilju:
                        # no other rendering)
                    # a language without a list of function words: a word of a few beads only
                    if not has_stop and len(t_beads.get((t.lemma,), ())) > 3:
                        break
                    swapped = k
                k, j = k + 1, j + 1
            if k == len(pat) and swapped >= 0 and not irregular:
                unit = _Unit(tuple(t.lemma for t in tg[i:j] if t.content), i, j - 1)
                if gaps is not None and len(pat) == len(t1) and j - i - len(unit.key) not in gaps and not all(
                        t.word in _SWAP_LINKERS.get(tl, ()) for t in tg[i:j] if not t.content):
                    # (not a genitive postposition: फसल बीमा / फसल की सुरक्षा); kept as a last
                    # resort: where no other run fits, a rendering with a linking word of its
                    # own (murs de contenció for a two-word rendering) is still the term's
                    skipped.append((0, abs(_centre(unit, n) - centre) if centre is not None else 0.0, unit))
                    continue
                if t_beads.get(unit.key, set()) - {b.index}:
                    continue  # the run stands in another sentence too, outside the term's (the
                    # reindeer herding cooperative beside reindeer fence): a phrase of its own
                kept = sum(1 for t in tg[i:j] if t.content and t.lemma in pat)
                found.append((-kept, abs(_centre(unit, n) - centre) if centre is not None else 0.0, unit))
    if not found:
        found = skipped
    if not found:
        return None
    return min(found, key=lambda x: (x[0], x[1]))[2]


def _word_for_word(S: tuple[str, ...], t1: tuple[str, ...]) -> bool:
    """Does t1 render the multi-word term S about word for word (at most one word more than
    S: тяговая подстанция → traction substation, oczyszczalnia ścieków → sewage treatment
    plant)?  Then a word swapped into t1 at one mention renders a word of S, even if it stands
    elsewhere in t1's sentences; a one-word term's rendering of several words (butter →
    preço da manteiga) holds words of other source words."""
    return len(S) > 1 and len(t1) <= len(S) + 1


def _in_t1_beads(w: str, t1: tuple[str, ...], B1: set[int],
                 t_beads: dict[tuple[str, ...], set[int]]) -> bool:
    """Is ``w``, the word a bead puts in t1's place, one of t1's beads' own words: found in
    all of them, or in one of them joined to a word of t1 (so no other rendering of the
    term)?  A word found in some of them only, away from t1 (traction substation that
    powers … / power substation), is not."""
    wb = t_beads.get((w,), set()) & B1
    if not wb:
        return False
    if wb == B1:
        return True
    return any(len(k) > 1 and w in k and set(k) & set(t1) and tb & B1
               for k, tb in t_beads.items())


_PREP_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "prepositions.tsv"


@lru_cache(maxsize=None)
def _prepositions(lang: str) -> frozenset[str]:
    """The prepositions of a language without a list of function words
    (data/terminology/prepositions.tsv), folded, with their lemmas."""
    out = _tsv_words(_PREP_FILE, lang)
    return out | {lemma(w, lang) for w in out}


# the vowels that drop out of a word's last syllable when a case ending is added (Polish
# węzeł / węzła, Czech den / dne, Slovene veter / vetra, Croatian vjetar / vjetra, Russian
# рынок / рынка)
_FLEETING = {"pl": "e", "cs": "e", "sk": "eoá", "sl": "e", "hr": "a", "sr": "a", "bs": "a",
             "ru": "оеё", "uk": "оеі", "bg": "ъе", "be": "оэ"}


def _fleeting_same(a: str, b: str, lang: str) -> bool:
    """Are ``a`` and ``b`` two case forms of one word whose last vowel drops out before an
    ending (węzeł / węzła, vjetar / vjetra): the shorter, without that vowel, opens the
    longer, which adds an ending of at most three letters?"""
    vowels = _FLEETING.get(lang)
    if not vowels or a == b:
        return False
    for x, y in ((a, b), (b, a)):
        if len(x) >= 4 and x[-2] in vowels and not _vowel(x[-1]):
            stem = x[:-2] + x[-1]
            if y.startswith(stem) and 0 < len(y) - len(stem) <= 3:
                return True
    return False


_IRREGULAR_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "irregular_verbs.tsv"


@lru_cache(maxsize=None)
def _irregular_forms(lang: str) -> dict[str, frozenset[int]]:
    """Each form of a verb of data/terminology/irregular_verbs.tsv (base, -s, past, participle,
    -ing), folded, with the numbers of the verbs it is a form of."""
    out: dict[str, set[int]] = {}
    lines = [ln.split("\t", 1)[1].split() for ln in _IRREGULAR_FILE.read_text(encoding="utf-8").splitlines()
             if ln.startswith(lang + "\t")]
    for n, parts in enumerate(lines):
        base = fold(parts[0])
        forms = {base, base + ("es" if base.endswith(("s", "sh", "ch", "x", "o")) else "s")}
        forms.update(fold(f) for p in parts[1:] for f in p.split("/"))
        if base.endswith("ie"):
            forms.add(base[:-2] + "ying")
        elif base.endswith("e") and not base.endswith(("ee", "oe", "ye")):
            forms.add(base[:-1] + "ing")
        else:
            forms.add(base + "ing")
            if len(base) >= 3 and not _vowel(base[-1]) and base[-1] not in "wxy" and _vowel(base[-2]) \
                    and not _vowel(base[-3]):
                forms.add(base + base[-1] + "ing")  # (getting, beginning)
        for f in forms:
            out.setdefault(f, set()).add(n)
    return {f: frozenset(ns) for f, ns in out.items()}


def _irregular_same(a: str, b: str, lang: str) -> bool:
    """Are ``a`` and ``b`` two forms of one irregular verb (freezing / frozen, break / broken)?"""
    if a == b:
        return False
    forms = _irregular_forms(lang)
    return bool(forms.get(a, frozenset()) & forms.get(b, frozenset()))


# the endings an English word takes as itself (signal, signals, signalled, signalling)
_EN_INFLECTED_TAILS = frozenset({"", "s", "es", "ed", "d", "ing", "e", "er", "ers", "ies", "ied", "y"})


def _other_derivation(a: str, b: str, lang: str) -> bool:
    """Are ``a`` and ``b``, English words on one stem, two derivations of it (drainage /
    draining, organism / organisation), not two inflected forms of one word (signal /
    signalling, produce / producing)?  Read where _same_word's shared opening would
    take them for one word."""
    if lang != "en" or a == b:
        return False
    k = len(os.path.commonprefix([a, b]))
    tails = []
    for w in (a, b):
        tail = w[k:]
        if k and tail[:1] == w[k - 1]:
            tail = tail[1:]  # a doubled consonant (signal / signalling)
        tails.append(tail)
    return not all(t in _EN_INFLECTED_TAILS for t in tails)


# English endings that make a noun of a stem (electrolys-er / electrolys-is, produc-er /
# produc-tion): two nouns on one stem with two of them are two things
_EN_NOUN_TAILS = frozenset("er or is ion ment ance ence ity ness ist ism age ure ery ant ent".split())


def _derived_kin(a: str, b: str, lang: str) -> bool:
    """Two English nouns derived from one stem of five letters or more by two noun endings
    (electrolyser / electrolysis): two words, not two forms of one, for a rendering swapped
    once.  Not a noun beside an adjective or a verb of its stem (municipality / municipal,
    announcement / announced): the same term said in another part of speech."""
    if lang != "en":
        return False
    k = len(os.path.commonprefix([a, b]))
    if k < 5:
        return False
    tails = [w[k:] for w in (a, b)]
    tails = [t[:-1] if t.endswith("s") and t[:-1] in _EN_NOUN_TAILS else t for t in tails]
    return all(t in _EN_NOUN_TAILS for t in tails)


def _case_form(a: str, b: str) -> bool:
    """Two case or number forms of one word: a shared opening of four letters or more, each
    word at most two letters longer (trasa / trasu / trasom), not a compound on the other."""
    k = len(os.path.commonprefix([a, b]))
    return k >= 4 and len(a) - k <= 2 and len(b) - k <= 2


def _form_of(a: str, b: str, lang: str) -> bool:
    """Is ``a`` a form of word ``b`` (case form, other inflection) in the translation's
    language, not another word or another derivation (or a form of one irregular verb:
    freezing / frozen)?"""
    return (_same_word(a, b) and not _other_derivation(a, b, lang)) or _fleeting_same(a, b, lang) \
        or _irregular_same(a, b, lang)


def _compound_kin(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` two compounds on one part of four letters or more, each with
    another part of three or more (Sturmflut / Sturmhochwasser, Gaspreisdeckel /
    Gaspreisbremse), not one inside the other?"""
    if min(len(a), len(b)) < 7 or a in b or b in a:
        return False
    k = len(os.path.commonprefix([a, b]))
    if k >= 4 and len(a) - k >= 3 and len(b) - k >= 3:
        return True
    k = len(os.path.commonprefix([a[::-1], b[::-1]]))
    return k >= 4 and len(a) - k >= 3 and len(b) - k >= 3 and not a[-k:].endswith(_DERIVATIONS)


def _noun_place(bt: _BeadToks, k: int, openers: frozenset[str]) -> bool:
    """Does target token k stand where a noun does: right after an article or the like, or
    with one content word between (the span, the central span)?"""
    tg = bt.tgt
    return k > 0 and tg[k].joined and (tg[k - 1].word in openers or (
        k > 1 and tg[k - 1].joined and tg[k - 1].content and tg[k - 2].word in openers))


def _run_rendering(b: _BeadToks, S: tuple[str, ...], t1: tuple[str, ...], tl: str,
                   s_beads: dict[tuple[str, ...], set[int]],
                   t_beads: dict[tuple[str, ...], set[int]], noun: bool = False) -> _Unit | None:
    """The words of this bead that render term S instead of t1: target words found in no
    other bead, nearer to S's place than to any other source word found only here, in one
    run (draft law), widened by the words it shares with t1 (sickness insurance).  Where a
    one-word t1 stands where a noun does in all its sentences (``noun``: after an article),
    only a word where a noun does renders it here (the central section, not have been
    installed), the nearest such word if none is nearer than another source word."""
    ns, nt = len(b.src), len(b.tgt)
    # a word spelled like another source word of the sentence renders that word (modernizojnë
    # → invest), never the term, and that source word's place is taken by it
    cog_t, cog_s = _cognates(b, S)
    if tl in _COMPOUNDING and len(t1) == 1:
        # a compound sharing its first or last part with t1, found only here, wherever
        # the word order puts it (Sturmflut / am Freitag ein zweites Sturmhochwasser)
        kin = [i for i, t in enumerate(b.tgt) if t.content and t.lemma != t1[0]
               and t_beads.get((t.lemma,)) == {b.index} and _compound_kin(t.lemma, t1[0])]
        if len(kin) == 1:
            return _Unit((b.tgt[kin[0]].lemma,), kin[0], kin[0])
    ps = _centre(b.src_units[S], ns)
    link = _LINKERS.get(tl, frozenset())
    others = [i / max(1, ns - 1) for i, t in enumerate(b.src)
              if t.content and t.lemma not in S and s_beads.get((t.lemma,)) == {b.index} and i not in cog_s]
    mine = []
    for i, t in enumerate(b.tgt):
        if not t.content or t.lemma in t1 or t_beads.get((t.lemma,)) != {b.index} or i in cog_t:
            continue
        d = abs(i / max(1, nt - 1) - ps)
        if not any(abs(i / max(1, nt - 1) - p) < d for p in others):
            mine.append(i)
    if len(mine) > 1 and not any(_adverb(w, tl) for w in t1):
        # (of several, an adverb renders no term that holds none: jointly beside storehouses)
        mine = [i for i in mine if not _adverb(b.tgt[i].word, tl)] or mine
    if noun and len(t1) == 1 and (mine or cog_t) and not any(
            _noun_place(b, i, _NOUN_OPENERS[tl]) or (_nouns_capitalised(tl) and b.tgt[i].cap) for i in mine):
        # a verb or an adverb at the term's place (the sentence fronted the term): the
        # word where a noun stands nearest that place (the head: section, not central), if
        # clearly the nearest
        cand = sorted((abs(i / max(1, nt - 1) - ps), i) for i, t in enumerate(b.tgt)
                      if t.content and t.lemma not in t1 and t_beads.get((t.lemma,)) == {b.index}
                      and _noun_place(b, i, _NOUN_OPENERS[tl])
                      and not (i + 1 < nt and _noun_place(b, i + 1, _NOUN_OPENERS[tl])))
        if not cand or cand[0][0] > 0.25 or (len(cand) > 1 and cand[1][0] < 2 * cand[0][0]):
            return None
        k = cand[0][1]
        return _Unit((b.tgt[k].lemma,), k, k, noun=True)
    if not mine or any(not b.tgt[k].joined or (k not in mine and b.tgt[k].word not in link)
                       for k in range(mine[0] + 1, mine[-1] + 1)):
        # none or two places: look again with places that count content words too
        span = _nearest_run(b, S, t1, tl, s_beads, t_beads, cog=(cog_t, cog_s)) \
            or _phrase_run(b, S, t1, t_beads, tl, cog_t)
        if span is None:
            return None
        first, last = span
    elif len(mine) == 1 and len(t1) > 1:  # a noun whose adjective sat a little further on
        first, last = _nearest_run(b, S, t1, tl, s_beads, t_beads, mine[0], (cog_t, cog_s)) \
            or _phrase_run(b, S, t1, t_beads, tl, cog_t) or (mine[0], mine[0])
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
    # (four letters as written: cuts, whose lemma cut is shorter)
    if len(key) > len(S) + 1 or len("".join(t.word for t in b.tgt[first:last + 1] if t.content)) < 4:
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


# articles, demonstratives and possessives, folded: what opens a noun phrase.  A word after
# one of them where the term's usual rendering stands after one too is a noun in its place
# (el dispensario for el ambulatorio), not a verb or an adverb that happens to stand there.
_NOUN_OPENERS = {
    **{k: v | {"l'", "un'", "dell'", "quell'", "all'", "nell'", "sull'", "dall'"}
       for k, v in _DETERMINERS.items()},
    "en": frozenset("the a an this that these those its their his her our my your".split()),
    "de": frozenset("der die das den dem des ein eine einen einem einer eines dieser diese dieses "
                    "diesen diesem sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer "
                    "unser unsere".split()),
    "nl": frozenset("de het een deze dit die dat zijn haar hun ons onze".split()),
    "sv": frozenset("en ett den det de denna detta dessa sin sitt sina".split()),
    "da": frozenset("en et den det de denne dette disse sin sit sine".split()),
    "nb": frozenset("en et ei den det de denne dette disse sin sitt sine".split()),
    "hu": frozenset("a az egy ez".split()),
    "el": frozenset("ο η το οι τα του της των τον την τους τις ένα μια ένας ενός "
                    "μιας".split()),
}
_NOUN_OPENERS["no"] = _NOUN_OPENERS["nn"] = _NOUN_OPENERS["nb"]


def _places(toks: list[_Tok]) -> list[float]:
    """Each token's place in its sentence, 0..1: the mean of its place among the tokens and
    among the content words (a function word takes the place of the content word before it)."""
    n, nc = len(toks), sum(t.content for t in toks)
    out, k = [], -1
    for i, t in enumerate(toks):
        k += t.content
        out.append((i / max(1, n - 1) + max(k, 0) / max(1, nc - 1)) / 2)
    return out


def _cognates(b: _BeadToks, S: tuple[str, ...]) -> tuple[frozenset[int], frozenset[int]]:
    """The target tokens of this bead spelled like a source word of it other than term S's
    (six letters or more each, read in Latin letters: modernizojnë ~ modernise, teknologjinë ~
    technology; not kept as written: a name counts as before), and those source tokens:
    each renders the other."""
    from rapidfuzz.fuzz import ratio
    src = [(i, _latin_skin(t.word), t.word) for i, t in enumerate(b.src)
           if t.content and t.lemma not in S and len(t.word) >= 6]
    src = [(i, x, f) for i, x, f in src if x.isascii()]
    if not src:
        return frozenset(), frozenset()
    ct, cs = set(), set()
    for k, t in enumerate(b.tgt):
        if not t.content or len(t.word) < 6:
            continue
        w = _latin_skin(t.word)
        for i, x, f in src:
            if f != t.word and (x[:6] == w[:6] or ratio(x, w) >= 80):
                ct.add(k)  # (a word kept as written, a name, still counts as a word of its own)
                cs.add(i)
    return frozenset(ct), frozenset(cs)


def _nearest_run(b: _BeadToks, S: tuple[str, ...], t1: tuple[str, ...], tl: str,
                 s_beads: dict[tuple[str, ...], set[int]],
                 t_beads: dict[tuple[str, ...], set[int]],
                 head: int | None = None,
                 cog: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
                 ) -> tuple[int, int] | None:
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
    free = [t.content and t.lemma not in t1 and t_beads.get((t.lemma,)) == {b.index} and k not in cog[0]
            for k, t in enumerate(b.tgt)]
    if head is None:
        others = [s_at[i] for i, t in enumerate(b.src)
                  if t.content and t.lemma not in S and s_beads.get((t.lemma,)) == {b.index} and i not in cog[1]]
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


def _phrase_run(b: _BeadToks, S: tuple[str, ...], t1: tuple[str, ...],
                t_beads: dict[tuple[str, ...], set[int]], tl: str = "",
                cog_t: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """A rendering t1 of several words replaced by another phrase of several words (basic
    deduction / base allowance, bicycle parking garage / cycle storage facility): the one
    run of two or more content words, joined by spaces, each found in this bead only, that
    reaches the term's place (places counting content words too), or of two or more such
    the one right at it while the others are clearly further.  In a language that
    capitalises its nouns, a run that ends in a noun (flexible Tarife, not darauf hin)."""
    if len(t1) < 2:
        return None
    s_at, t_at = _places(b.src), _places(b.tgt)
    u = b.src_units[S]
    ps = (s_at[u.first] + s_at[u.last]) / 2
    free = [t.content and t.lemma not in t1 and t_beads.get((t.lemma,)) == {b.index} and k not in cog_t
            for k, t in enumerate(b.tgt)]
    runs, i, n = [], 0, len(b.tgt)
    while i < n:
        if not free[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and free[j + 1] and b.tgt[j + 1].joined:
            j += 1
        if 2 <= j - i + 1 <= len(t1) + 1 and (not _nouns_capitalised(tl) or b.tgt[j].cap):
            runs.append((min(abs(t_at[k] - ps) for k in range(i, j + 1)), i, j))
        i = j + 1
    near = sorted(r for r in runs if r[0] <= 0.1)
    if len(near) > 1 and near[0][0] <= 0.05 and near[1][0] - near[0][0] >= 0.05:
        near = near[:1]  # one run right at the term's place, the next clearly further (a
        # discount on the round-trip fare for year-round residents: not the residents)
    if len(near) != 1:
        return None
    return near[0][1], near[0][2]


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
    # a word of a name that is written lower case as often elsewhere (the Hop Growers Union
    # ... hop gardens) may be part of a term's rendering
    bad_tgt = bad_tgt - ctx.cached("terminology.t_common", frozenset)
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
    # for ties between renderings: each bead's source words, and the words by their beads
    src_words = {b.index: {t.lemma for t in b.src if t.content} for b in bt}
    by_beads: dict[frozenset[int], set[str]] = {}
    for k, kb in s_beads.items():
        if len(k) == 1:
            by_beads.setdefault(frozenset(kb), set()).add(k[0])
    t_order = {k: i for i, k in enumerate(t_beads)}
    one_src = {b.index: {k for k in b.src_units if len(k) == 1} for b in bt}
    one_tgt = {b.index: {k for k in b.tgt_units if len(k) == 1} for b in bt}
    stop_s = _stopwords(sl)
    anchors = _anchors(ctx)
    heads = _head_beads(ctx)
    all_src = Counter(w for b in bt for w in {t.lemma for t in b.src})  # each source word's beads

    @lru_cache(maxsize=None)
    def kept_src(m: str) -> bool:
        """Is source word m kept as written in the translation of each of its beads?"""
        return _kept((m,), s_beads.get((m,), set()), t_beads, whole=True)
    for S, B in sorted(_source_terms(bt, int(opts.get("max_beads", 12)), sl).items()):
        if any(w in src_names for w in S) and not _lower_somewhere(S, B, toks) \
                and not _translated_title(S, B, t_beads) or S[-1] in bad_src:
            continue  # a name (the names rules handle those), or no noun
        near = sorted(set().union(*(toks[bi].tgt_units for bi in B)), key=t_order.__getitem__)
        def tie(tops, S=S, B=B):
            explained = lambda t, tb, n: _explains(t, tb, S, src_words, by_beads, t_beads, n)
            return _tie_break(
                tops, lambda t, tb: all(_fits(toks[bi], S, t, anchors.get(bi)) for bi in (tb - heads or tb)),
                explained,
                lambda t, tb: sum(abs(_centre(toks[bi].src_units[S], len(toks[bi].src))
                                      - _centre(toks[bi].tgt_units[t], len(toks[bi].tgt))) for bi in tb) / len(tb),
                parts=len(S) > 1) \
                or (_head_pick(tops, B, t_beads, explained) if len(S) > 1 else None)
        top = _majority(S, B, t_beads, near=near, tie=tie)
        if top is None:
            continue
        t1, B1 = top
        # the words found in every bead of the term, in most of them where the term is (not
        # those that render another source word found there too); the one-word units of
        # every bead intersected, not all units scanned: linear in a long document's terms
        s_all = set.intersection(*(one_src[bi] for bi in B))
        every = {t[0] for t in set.intersection(*(one_tgt[bi] for bi in B))}
        if len(S) > 1 and not any(_cognate_of_part(w, S) for w in t1) \
                and any(_cognate_of_part(w, S) and sum(_at_term(toks[bi], S, w) for bi in B) * 2 > len(B)
                        for w in every):
            continue  # a word spelled like one of the term's (parque for science park) at the
            # term in all its sentences renders it there alike; a rendering without it
            # (a medida que, for as) renders another word of those sentences
        # (not the document's topic word, found in twice as many other sentences: school in
        # every sentence of second shift, a word beside it renders no term)
        every = {w for w in every | _compound_heads(B, by_index, S)
                 if not _cognate_of_part(w, S) and sum(_at_term(toks[bi], S, w) for bi in B) * 2 > len(B)
                 and not _renders_other(w, S, B, s_beads, t_beads, s_all)
                 and not _renders_neighbour(t_beads.get((w,), set()), S, B,
                                            ((M[0], mb) for M, mb in s_beads.items() if len(M) == 1))
                 and not (len(S) > 1 and len(t_beads.get((w,), set()) - B) >= 2 * len(B))}
        if every and (len(t1) < 2 or not every <= set(t1)):
            # one word renders it everywhere (not one that renders a part of it only), unless
            # that word is one of a rendering of several words that another bead varies
            # (carte de séjour / permis de séjour: only such a swap is flagged)
            continue
        if len(S) == 1 and (len(t1) == 1 or S[0] in bad_src or S[0].endswith(_ADVERB_ENDINGS)):
            continue  # one word rendered by one word: the single-word check's case
        if len(S) == 1 and _kept(S, B, t_beads, whole=True):
            continue  # one word kept as it is in every bead (metano → methane vehicles / methane
            # consumption): rendered alike everywhere, the words beside it render others
        if _bad_rendering(t1, bad_tgt, tl) or len("".join(t1)) < 4:
            continue
        # (a headline reorders its words: the body's sentences tell where the term is)
        if not all(_fits(toks[bi], S, t1, anchors.get(bi)) for bi in (B1 - heads or B1)) and not (
                _sole_link(S, B1, s_beads) and (_nouns_capitalised(sl) or not all(
                    toks[bi].src[toks[bi].src_units[S].first].cap for bi in B))):
            # t1 is not where the term is (nor is the term all the beads of t1 share, and
            # written in lower case somewhere: no name)
            continue
        # the term must be what links those beads: no other source word with the same beads
        # (one kept as it is in the translation, Florida → Flórida, links them by itself)
        # (nor one that has a rendering of its own in just those beads: 국어 → Korean beside
        # 표준점수 → standard score)
        rivals = [M for M, mb in s_beads.items()
                  if M != S and mb == B1 and not set(M) & set(S) and not _kept(M, mb, t_beads)]
        cut_off = False
        if rivals and len(t1) > 1:
            # a rendering of several words whose first or last word is a word of its own in
            # just those beads (nouvelle cave d'affinage → neuer Reifekeller twice): that word
            # may render the rival (nouvelle → neu), the rest is the term's rendering
            for cut in (t1[1:], t1[:-1]):
                if t_beads.get(cut) == t_beads[t1] and t_beads.get((t1[0] if cut == t1[1:] else t1[-1],)) == B1:
                    t1, cut_off = cut, True
                    break
        if rivals and sum(1 for t, tb in t_beads.items()
                          if len(t) == 1 and tb == B1 and t[0] not in t1) < len(rivals):
            continue
        mate_cut: set[tuple[str, ...]] = set()
        if len(S) > 1 and len(t1) > 2 and not any(
                t.cap and not _initial(views[bj].source_text, t.start)
                for bj in B1 for t in toks[bj].src[toks[bj].src_units[S].first:toks[bj].src_units[S].last + 1]):
            # (a term of common words only: a name's words beside its neighbour, Oratory of
            # Saint Mark, are a name, and without it, saint Mark, another thing)
            # t1's first or last word standing, beside a source word found beside the term in
            # all of t1's sentences, in a sentence without the term too (wines of long ageing →
            # vini di lungo affinamento, vini also where the source says wines alone): that
            # word renders the neighbour, and the rest of t1 the term, so a mention beside
            # another word is still the term
            for cut, w in ((t1[1:], t1[0]), (t1[:-1], t1[-1])):
                wb = t_beads.get((w,), set()) - B
                if not wb or not B1 <= t_beads.get(cut, set()):
                    continue
                mate_cut = {M for M, mb in s_beads.items() if len(M) == 1 and M[0] not in S and B1 <= mb
                            and (mb - B) & wb and all(any(_near(toks[bj].src, L, M[0]) for L in S) for bj in B1)}
                if mate_cut:
                    t1 = cut
                    break
        # nor, for a rendering of several words, another word beside the term in all of them
        # (Labour leader → Labour-Chef renders two source words, not leader)
        # (a source language without a list of function words: only a word right beside it)
        # (not a rival whose rendering was cut off t1 above: vyhrievaná → heated)
        if len(t1) > 1 and any(len(M) == 1 and M[0] not in S and B1 <= mb
                               and (stop_s or all(_beside(toks[bj], S, M) for bj in B1))
                               and not (cut_off and M in rivals) and M not in mate_cut
                               and not _kept(M, mb, t_beads) for M, mb in s_beads.items()):
            continue
        # nor one of several words one of which spells a source word within two words of the
        # term in all of them (450 tonn af tómötum → 450 tonnes of tomatoes: tonnes renders
        # tonn, and the term's own rendering is the other word)
        if len(t1) > 1 and _spelled_mate(S, t1, B1, s_beads, toks):
            continue
        B2 = sorted(B - B1)
        if len(B2) > 1 and len(B2) * 2 >= len(B):
            continue
        # a source word beside the term in every bead of a rendering of several words (storm
        # overflow → scaricatore di piena, міська рада → city council): the term with it is
        # what t1 renders, and the term without it (storm water, міський бюджет) another one
        # (words compared by their openings: overflow / overflows, рада / ради)
        # (a short or common word right before it too, if it is in under a third of the
        # sentences: new towers, nowe skrzydło; no article or preposition)
        # (not a word kept as written in the translation, a name: sports hall in Ísafjörð
        # → in Ísafjörður; it renders itself, no part of t1)
        mates = set.intersection(*({_opening(t.lemma) for t in toks[bj].src if t.lemma not in S and (
                                    (t.content and any(_near(toks[bj].src, L, t.lemma) for L in S)
                                     and not kept_src(t.lemma))
                                    or (not t.content and len(t.lemma) >= 3 and t.lemma.isalpha()
                                        and all_src[t.lemma] * 3 < len(bt)
                                        and any(_before(toks[bj].src, t.lemma, L) for L in S)))}
                                   for bj in B1)) \
            if len(t1) > 1 else set()
        if cut_off:  # (a rival whose rendering was cut off t1 is no mate: t1 does not render it)
            mates -= {_opening(M[0]) for M in rivals if len(M) == 1}
        mates -= {_opening(M[0]) for M in mate_cut}
        for bi in B2:
            if mates and not mates & {_opening(t.lemma) for t in toks[bi].src}:
                continue
            if len(S) == 1 and _kept_as_name(toks[bi], S[0], views[bi].source_text, ctx.target.text, tl):
                continue  # the word kept as written, capitalised, here (in a name: „Grüne Insel“
                # → «Grüne Insel»): a name's word, no rendering of the term
            # a word of t1 found in every bead that renders the term here too (it sits where
            # the term does): only t1 with another word beside it is another rendering
            swap_only = any(_fits(toks[bi], S, (w,)) for w in every if (w,) in toks[bi].tgt_units) \
                or (bool(every) and not every & {t.lemma for t in toks[bi].tgt})
            yield from _multiword_flag(ctx, S, B, t1, B1, toks, bi, views, s_beads, t_beads,
                                       bad_tgt, tl, ratio, swap_only=swap_only)


def _kept_as_name(b: _BeadToks, L: str, src_text: str, text: str, tl: str) -> bool:
    """Is source word L written here in the translation as the source writes it, capitalised
    mid-sentence, in a language that does not capitalise its nouns (a name or title kept:
    «Grüne Insel», the Blauwe Brug choir)?"""
    if _nouns_capitalised(tl):
        return False
    forms = {t.word for t in b.src if t.lemma == L}
    return any(t.word in forms and len(t.word) >= 4 and t.cap and not _initial(text, t.start)
               for t in b.tgt)


def _opening(w: str) -> str:
    """A word's first four letters, fewer for a short word less its last letter (overflow,
    overflows → over; рада, ради → рад), to tell one word in its forms."""
    return w[:max(3, min(4, len(w) - 1))]


def _spelled_mate(S: tuple[str, ...], t1: tuple[str, ...], B1: set[int], s_beads: dict,
                  toks: dict[int, "_BeadToks"]) -> bool:
    """Is a word of rendering ``t1`` spelled like a source word M (not of S) that stands within
    two words of S in every bead of t1?  Then t1 renders M with S, not S alone."""
    from rapidfuzz.fuzz import ratio
    for M, mb in s_beads.items():
        if len(M) != 1 or M[0] in S or len(M[0]) < 4 or not B1 <= mb:
            continue
        m = M[0]
        if not any(len(w) >= 4 and w not in S and (ratio(m, w) >= 80 or m[:5] == w[:5]) for w in t1):
            continue
        if all(any(_near(toks[bj].src, L, m) for L in S) for bj in B1):
            return True
    return False


def _translated_title(S: tuple[str, ...], B: set[int], t_beads: dict[tuple[str, ...], set[int]]) -> bool:
    """Is capitalised term S (Lobster Fishing Area, Clean Air Act) of several words none
    of which the translation keeps as written in its beads (zone de pêche du homard)?  Then
    it is a designation translated word by word, a term the names rules do not follow."""
    return len(S) > 1 and all(len(w) >= 3 and w.isalpha() for w in S) \
        and not any(_kept((w,), B, t_beads) for w in S)


def _lower_somewhere(S: tuple[str, ...], B: set[int], toks: dict[int, _BeadToks]) -> bool:
    """Is multi-word term S written all in lower case in one of its beads at least (ścieżka
    rowerowa beside Fundacja Rowerowa, seguro médico beside Colegio Médico)?  Then it is a
    common term, though one of its words, stemmed, is also part of a name elsewhere."""
    if len(S) < 2:
        return False
    for bi in B:
        b = toks[bi]
        u = b.src_units[S]
        if not any(t.cap for t in b.src[u.first:u.last + 1]):
            return True
    return False


def _at_term(b: _BeadToks, S: tuple[str, ...], w: str) -> bool:
    """Is target word w (or a compound with head w) where term S is in this bead?"""
    ps, nt = _centre(b.src_units[S], len(b.src)), len(b.tgt)
    return any(abs(k / max(1, nt - 1) - ps) <= 0.25 for k, t in enumerate(b.tgt)
               if t.lemma == w or t.lemma.endswith(w))


def _kept(M: tuple[str, ...], mb: set[int], t_beads: dict[tuple[str, ...], set[int]],
          whole: bool = False) -> bool:
    """Is the source word M found, spelled alike, in the translation of each of its beads?
    ``whole``: alike as a whole word (metano → methane, etanol → ethanol), not only by its
    opening (Fusionsvertrag → fusion)."""
    from rapidfuzz.fuzz import ratio

    if len(M) != 1 or len(M[0]) < 4:
        return False
    m = M[0]
    return any(len(t) == 1 and mb <= tb and len(t[0]) >= 4
               and (ratio(m, t[0]) >= 80 or (not whole and m[:5] == t[0][:5]))
               for t, tb in t_beads.items())


def _beside(b: _BeadToks, S: tuple[str, ...], M: tuple[str, ...]) -> bool:
    """Is source word M right next to term S in this bead?"""
    u, m = b.src_units[S], b.src_units[M]
    if m.first == u.last + 1 or m.last == u.first - 1:
        return True
    if len(S) == 1 and len(M) == 1:
        # at a later mention of either (מים מליחים ומים מתוקים: the second מים)
        return any({b.src[i].lemma, b.src[i + 1].lemma} == {S[0], M[0]} and b.src[i + 1].joined
                   for i in range(len(b.src) - 1))
    return False


def _fits(b: _BeadToks, S: tuple[str, ...], t: tuple[str, ...], a: _Anchors | None = None) -> bool:
    """Does rendering t sit where term S sits in this bead (at the same place in the
    sentence, or by the nearest anchor)?"""
    u, v = b.src_units[S], b.tgt_units[t]
    if abs(_centre(u, len(b.src)) - _centre(v, len(b.tgt))) <= 0.25:
        return True
    return _anchor_fit(a, b.src[u.first].start, b.tgt[v.first].start)


def _cognate_of_part(t: str, S: tuple[str, ...]) -> bool:
    """Is target word ``t`` spelled like one word of the multi-word source term ``S`` (carbon
    ~ carbone in taxe carbone)?  Then it renders that word, and the term's other words may
    still be rendered two ways (carbon tax / carbon levy)."""
    from rapidfuzz.fuzz import ratio
    return len(S) > 1 and len(t) >= 4 and any(
        len(w) >= 4 and (ratio(t, w) >= 80 or t[:5] == w[:5]) for w in S)


def _multiword_flag(ctx: CheckContext, S: tuple[str, ...], B: set[int], t1: tuple[str, ...],
                    B1: set[int], toks: dict[int, _BeadToks], bi: int, views: dict[int, BeadView],
                    s_beads: dict, t_beads: dict, bad_tgt: set[str], tl: str, ratio,
                    swap_only: bool = False) -> Iterator[Finding]:
    b = toks[bi]
    if tl in _UNSPACED and len(t1) == 1:
        # a language written without spaces: the usual rendering inside a longer run of
        # characters here (積雪荷重 in 許容積雪荷重, the permitted snow load) is the term
        # rendered as elsewhere, whatever else the run says
        bj = min(B1)
        v = toks[bj].tgt_units[t1]
        r1 = ctx.target.text[toks[bj].tgt[v.first].start:toks[bj].tgt[v.last].end]
        if len(r1) >= 2 and r1 in views[bi].target_text:
            return
    gaps = {toks[bj].tgt_units[t1].last - toks[bj].tgt_units[t1].first - len(t1) + 1
            for bj in B1 if t1 in toks[bj].tgt_units}
    u = _swap_rendering(b, t1, B1, tl, t_beads, _word_for_word(S, t1),
                        _centre(b.src_units[S], len(b.src)) if S in b.src_units else None,
                        gaps if len(gaps) == 1 else None, len(S) == 2 and gaps == {0})
    if u is None and len(t1) == 1 and tl in _COMPOUNDING:
        # a term of several words rendered by one compound (net pen → netbur): that compound
        # with its modifier swapped here (havbur), one head
        bj = min(B1)
        w1 = next((t.word for t in toks[bj].tgt if t.lemma == t1[0]), t1[0])
        u = _compound_swap(b, t1[0], w1.casefold(), tl, t_beads, inflected=True)
    swap = u is not None
    if u is None:
        if swap_only:
            return  # a word of t1 is in every bead: only t1 with another word beside it counts
        openers = _NOUN_OPENERS.get(tl)
        noun = bool(openers) and len(t1) == 1 and all(
            any(t.lemma == t1[0] and _noun_place(toks[bj], k, openers) for k, t in enumerate(toks[bj].tgt))
            for bj in B1)
        u = _run_rendering(b, S, t1, tl, s_beads, t_beads, noun)
    if u is None or _bad_rendering(u.key, bad_tgt, tl) and not (
            not _nouns_capitalised(tl) and all(not t.cap for t in b.tgt[u.first:u.last + 1])):
        # (a rendering written in lower case here is no name here, whatever word of a name
        # elsewhere shares its stem: cigüeña europea beside the Unión Europea)
        return
    # (in a language that writes no compounds, a rendering of more words than t1 holds no
    # form of t1 by a word's tail: span structure for superstructure is another term)
    heads = tl in _COMPOUNDING or len(u.key) <= len(t1)
    if _covers(u.key, t1, tl if swap else "", heads) or _covers(t1, u.key, tl if swap else ""):
        return  # one rendering inside the other (bill / draft bill): a variant, not a new term
    if swap and len(u.key) < len(t1):
        # t1's two first (or last) words found with one swapped: its other word right after
        # (or before) them, past up to two linking words (secteur de pêche au homard beside
        # zone de pêche du homard, sector de pesca de la langosta), is the rest of this rendering
        tg = b.tgt
        for j in (u.last + 1, u.last + 2, u.last + 3):
            if j < len(tg) and tg[j].lemma == t1[-1] and t1[-1] not in u.key \
                    and all(tg[x].joined and not tg[x].content for x in range(u.last + 1, j)) and tg[j].joined:
                u = _Unit(tuple(t.lemma for t in tg[u.first:j + 1] if t.content), u.first, j)
                break
        for j in (u.first - 1, u.first - 2, u.first - 3):
            if j >= 0 and tg[j].lemma == t1[0] and t1[0] not in u.key \
                    and all(tg[x].joined and not tg[x].content for x in range(j + 1, u.first)) and tg[u.first].joined:
                u = _Unit(tuple(t.lemma for t in tg[j:u.last + 1] if t.content), j, u.last)
                break
    # (t1 with a word swapped: a relative of the word it lacks)
    lacking = [w for w in t1 if w not in u.key] if swap else t1
    k0 = u.first - 1
    if not swap and len(t1) > 1 and k0 >= 0 and b.tgt[u.first].joined and b.tgt[k0].content \
            and any(len(w) > len(b.tgt[k0].lemma) >= 4 and w.endswith(b.tgt[k0].lemma) for w in lacking):
        # the word right before the run is the head of a word of t1 (three-cable circulating
        # ropeway beside tricable gondola): a part of this rendering, not t1's word elsewhere
        u = _Unit((b.tgt[k0].lemma,) + u.key, k0, u.last)
    if any(t.lemma == w or _kin(t.word, w) for k, t in enumerate(b.tgt) if not u.first <= k <= u.last
           for w in lacking):
        return  # a relative of t1 elsewhere in the sentence (Klimaschutz / Klimawandel) renders it,
        # or the word itself, short or not (ice crust / a thick crust of ice: the order turned)
    # t1 with a word swapped shares its other words: as like it as a near-spelling
    sim = 1.0 if swap else ratio(" ".join(u.key), " ".join(t1)) / 100.0
    d = abs(_centre(b.src_units[S], len(b.src)) - _centre(u, len(b.tgt)))
    su = b.src_units[S]
    if not (d <= 0.15 or (d <= 0.3 and (sim >= 0.6 or u.noun or _anchor_next(
            _anchors(ctx).get(bi), (b.src[su.first].start, b.src[su.last].end),
            (b.tgt[u.first].start, b.tgt[u.last].end))))):
        # (a little further off, words right beside the number the term is beside in the
        # source count too: de första 150 modulbostäderna → the first 150 prefab flats)
        return
    if _anchor_elsewhere(_anchors(ctx).get(bi), (b.src[su.first].start, b.src[su.last].end),
                         (b.tgt[u.first].start, b.tgt[u.last].end)):
        return  # the words found sit beside a number that the source puts far from the term
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
    # a term of two source words or more whose rendering here shares no word with the usual
    # one (assurance maladie / mutuelle): no variant of the same words but another term to
    # the reader, who takes it for another thing: major
    other = len(S) >= 2 and not set(u.key) & set(t1) and not any(
        _same_word(x, y, tl) for x in u.key for y in t1)
    yield ctx.flag(s, e, f"“{surface}” is rendered “{t1_surface}” in {len(B1)} other places "
                         f"but “{text[s:e]}” here", suggestion=t1_surface, evidence=ev,
                   severity="major" if other else None)


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
        if _modifier_split(text, kinds, lang, stop):
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


_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")
_HYPHEN_MODIFIER = frozenset({"en"})  # languages that hyphenate a compound modifier only


def _modifier_split(text: str, kinds: dict[str, list[tuple[int, int, str]]], lang: str,
                    stop: frozenset[str]) -> bool:
    """English hyphenates a compound before the noun it modifies (a hop-growing region, a
    long-term loan) and leaves it open elsewhere (hop growing will..., in the long term):
    hyphenated only where a content word follows, open only where none does (punctuation or
    a function word next) is that rule, not two spellings."""
    if lang not in _HYPHEN_MODIFIER or set(kinds) != {"hyphen", "open"} or not stop:
        return False

    def attributive(e: int) -> bool:
        m = _NEXT_WORD.match(text, e)
        return m is not None and m.group(1).islower() and m.group(1) not in stop

    return all(attributive(e) for _s, e, _t in kinds["hyphen"]) and \
        not any(attributive(e) for _s, e, _t in kinds["open"])


def _is_name(text: str, start: int, word: str, lang: str) -> bool:
    """A capitalised word not at the start of a sentence (languages that do not capitalise nouns)."""
    if _nouns_capitalised(lang) or not word[:1].isupper():
        return False
    return not _SENT_START.search(text[max(0, start - 4):start])


def _match_case(form: str, like: str) -> str:
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


# -- T003 for terms of sources without word spaces or with syllable spacing ------------------
# A Chinese or Japanese source is read in runs of characters (候车厅 is no unit of its own) and a
# Vietnamese one in syllables (xâm nhập mặn is three tokens): such a term is a repeated run of
# 2-4 characters or 2-3 syllables.  It is flagged only where a rendering of several words is
# found in every other sentence of the term and nowhere else, and this sentence has it with
# one word swapped (waiting hall ... waiting room) or replaced whole by words of its shape
# (tratamiento de residuos ... gestión de basuras).
_NGRAM_FILE = Path(__file__).resolve().parent.parent / "data" / "terminology" / "ngram_function.tsv"
_CJK_RUN = {"zh": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"),
            "ja": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々\u30a1-\u30fa\u30fc]+")}
_SYLLABLE_SPACED = frozenset({"vi"})


@lru_cache(maxsize=None)
def _ngram_function(lang: str) -> frozenset[str]:
    """The function characters / syllables of data/terminology/ngram_function.tsv."""
    for line in _NGRAM_FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] == lang:
            items = parts[2].split()
            return frozenset(items if parts[1] == "word" else (c for w in items for c in w))
    return frozenset()


def _source_ngrams(text: str, lang: str) -> dict[str, tuple[int, int]]:
    """The bead's character (zh, ja) or syllable (vi) n-grams that may be a term, each with
    its first span: neither end a function character or syllable."""
    func = _ngram_function(lang)
    out: dict[str, tuple[int, int]] = {}
    if lang in _CJK_RUN:
        for m in _CJK_RUN[lang].finditer(text):
            run, base = m.group(), m.start()
            for n in (2, 3, 4, 5, 6):
                for i in range(len(run) - n + 1):
                    g = run[i:i + n]
                    if g[0] not in func and g[-1] not in func:
                        out.setdefault(g, (base + i, base + i + n))
        return out
    toks = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    for i in range(len(toks)):
        for n in (2, 3):
            j = i + n
            if j > len(toks) or any(text[toks[k - 1][1]:toks[k][0]] != " " for k in range(i + 1, j)):
                continue
            ws = [t[2] for t in toks[i:j]]
            if ws[0] not in func and ws[-1] not in func:
                out.setdefault(" ".join(ws), (toks[i][0], toks[j - 1][1]))
    return out


def _ngram_swap(b: _BeadToks, t1: tuple[str, ...], B1: set[int],
                t_beads: dict[tuple[str, ...], set[int]]) -> _Unit | None:
    """t1 (of several words) with one word swapped in this bead, the swapped-in word of four
    letters or more, another word than the one it replaces; the new run itself is in none of
    t1's beads (its word alone may be: waiting room beside a nursing room)."""
    tg, n = b.tgt, len(t1)
    for i in range(len(tg) - n + 1):
        run = tg[i:i + n]
        if not all(t.content for t in run) or not all(t.joined for t in run[1:]):
            continue
        diff = [k for k in range(n) if run[k].lemma != t1[k]]
        if len(diff) != 1:
            continue
        t = run[diff[0]]
        if t.lemma in t1 or len(t.word) < 4 or _same_word(t.lemma, t1[diff[0]]):
            continue
        key = tuple(x.lemma for x in run)
        if t_beads.get(key, set()) & B1:
            continue
        return _Unit(key, i, i + n - 1)
    return None


def _ngram_replacement(b: _BeadToks, t1: tuple[str, ...], B1: set[int], toks: dict[int, "_BeadToks"],
                       t_beads: dict[tuple[str, ...], set[int]], place: float, span: tuple[int, int],
                       text: str) -> _Unit | None:
    """t1 (of several words) replaced whole in this bead (tratamiento de residuos → gestión de
    basuras): of the runs of words of t1's shape (its content words and, between them, the
    same linking words) whose content words are none of t1's, of four letters or more, found
    in none of t1's beads (one of them in no other bead at all) and written in lower case,
    runs that overlap joined, the one clearly nearest the term's place (``place``, 0..1 in
    the source sentence; ``span``, the bead's target span), within a quarter of the sentence."""
    if len(t1) < 2:
        return None
    bj = min(B1)
    v = toks[bj].tgt_units[t1]
    shape = [None if t.content else t.word for t in toks[bj].tgt[v.first:v.last + 1]]
    if shape[0] is not None or shape[-1] is not None or len(shape) > 5 or all(w is None for w in shape):
        return None  # (words side by side with no linking word between match too much)
    tg, n, m = b.tgt, len(b.tgt), len(shape)
    lo, hi = span
    hits = []
    for i in range(n - m + 1):
        run = tg[i:i + m]
        if not all(t.joined for t in run[1:]):
            continue
        if any((t.word != w) if w is not None else not t.content for t, w in zip(run, shape)):
            continue
        words = [t for t in run if t.content]
        if any(len(t.word) < 4 or t.lemma in t1 or any(_same_word(t.lemma, w) for w in t1)
               or t_beads.get((t.lemma,), set()) & B1 or (t.cap and not _initial(text, t.start))
               for t in words) or not any(t_beads.get((t.lemma,)) == {b.index} for t in words):
            continue
        if hits and hits[-1][1] >= i:  # (runs that overlap are one chain: sistema de
            hits[-1][1] = i + m - 1     # gestión de basuras)
        else:
            hits.append([i, i + m - 1])
    # (a chain of more than one word over t1's is a phrase, no term)
    hits = [(i, j) for i, j in hits if sum(t.content for t in tg[i:j + 1]) <= len(t1) + 1]
    near = sorted((abs(((tg[i].start + tg[j].end) / 2 - lo) / max(1, hi - lo) - place), i, j) for i, j in hits)
    if not near or near[0][0] > 0.25 or (len(near) > 1 and near[1][0] < near[0][0] + 0.15):
        return None  # none near the term's place, or no clear one
    _, i, j = near[0]
    return _Unit(tuple(t.lemma for t in tg[i:j + 1] if t.content), i, j)


def _short_modifier_head_swap(a: str, b: str, lang: str) -> bool:
    """Are ``a`` and ``b`` two compounds on one modifier of three letters that is a word of
    its own, not a function word (Eis|fabrik / Eis|maschine), whose heads are two different
    words?  (_other_head asks for a modifier of four letters or more.)"""
    if lang not in _COMPOUNDING:
        return False
    a, b = a.casefold(), b.casefold()
    if len(a) < 7 or len(b) < 7 or a[:3] != b[:3] or a[3] == b[3]:
        return False
    m = a[:3]
    if fold(m) in _stopwords(lang) or not _head_word(m, lang):
        return False
    ha, hb = a[3:], b[3:]
    fa, fb = fold(ha), fold(hb)
    if fa[:3] == fb[:3] or fa.startswith(fb) or fb.startswith(fa):
        return False  # one head in two forms
    return _head_word(ha, lang) and _head_word(hb, lang)


def _compound_swap(b: _BeadToks, t1: str, t1_word: str, tl: str,
                   t_beads: dict[tuple[str, ...], set[int]], inflected: bool = False) -> _Unit | None:
    """The one word of this bead, found in no other, that is t1 with its modifier swapped
    (Sakereis / Braureis: one head, modifiers from different first letters), lemmas or
    words (t1_word: t1 as written elsewhere) compared; with ``inflected`` also the words
    less an ending each (netburet, netburene / havburets: one head, bur)."""
    other = _other_modifier_inflected if inflected else _other_modifier
    hits = [k for k, t in enumerate(b.tgt) if t.content and t.lemma != t1
            and t_beads.get((t.lemma,)) == {b.index}
            and (other(t.lemma, t1, tl) or other(t.word, t1_word, tl)
                 or (inflected and _short_modifier_head_swap(t.word, t1_word, tl)))]
    if len({b.tgt[k].lemma for k in hits}) != 1:
        return None
    return _Unit((b.tgt[hits[0]].lemma,), hits[0], hits[0])


def _ngram_longer(S: str, B1: set[int], bi: int, views: dict[int, BeadView], sl: str) -> bool:
    """Is S, in every bead of B1, part of one longer term (the same character or syllable right
    after it or right before it: 耐震改修 × 3, 耐震基準 once) that bead bi does not have?  Then
    the renderings differ because the terms do.  In a script without spaces, up to eight
    characters on (a term longer than the longest n-gram, 生态环境损害赔偿案件 × 2 beside
    生态环境损害赔偿制度 once: 态环境损害赔 is the term's inside, its end tells them apart)."""
    if sl in _CJK_RUN:
        run, func = _CJK_RUN[sl], _ngram_function(sl)

        def ok(x: str, k: int) -> bool:  # (past one character, the term's script only, no particle)
            return k == 1 or (len(x) == k and run.fullmatch(x) is not None and not set(x) & func)
        for k in range(1, 9):
            after = lambda t: {t[m.end():m.end() + k] for m in re.finditer(re.escape(S), t)  # noqa: E731
                               if ok(t[m.end():m.end() + k], k)}
            before = lambda t: {t[max(0, m.start() - k):m.start()] for m in re.finditer(re.escape(S), t)  # noqa: E731
                                if ok(t[max(0, m.start() - k):m.start()], k)}
            for side in (after, before):
                common = set.intersection(*(side(views[bj].source_text) for bj in B1)) - {""}
                if common - side(views[bi].source_text):
                    return True
        return False
    else:
        pat = re.compile(r"(?:(\w+) )?" + re.escape(S) + r"(?: (\w+))?", re.IGNORECASE)
        after = lambda t: {(m.group(2) or "").lower() for m in pat.finditer(t)}  # noqa: E731
        before = lambda t: {(m.group(1) or "").lower() for m in pat.finditer(t)}  # noqa: E731
    for side in (after, before):
        common = set.intersection(*(side(views[bj].source_text) for bj in B1)) - {""}
        if common - side(views[bi].source_text):
            return True
    return False


def _ngram_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if (sl not in _CJK_RUN and sl not in _SYLLABLE_SPACED) or tl in _SYLLABIC:
        return
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    views = {b.index: b for b in term_beads(ctx)}
    toks = {b.index: b for b in bt}
    max_beads = int(opts.get("max_beads", 12))
    grams: dict[int, dict[str, tuple[int, int]]] = {}
    s_beads: dict[str, set[int]] = {}
    t_beads: dict[tuple[str, ...], set[int]] = {}
    for b in bt:
        grams[b.index] = _source_ngrams(views[b.index].source_text, sl)
        for g in grams[b.index]:
            s_beads.setdefault(g, set()).add(b.index)
        for k in b.tgt_units:
            t_beads.setdefault(k, set()).add(b.index)
    terms = {g: B for g, B in s_beads.items() if 3 <= len(B) <= max_beads}
    # the longest form of each (全自动驾驶, not 自动驾): a run inside a longer one of the same beads is left out
    by_set: dict[frozenset[int], list[str]] = {}
    for g, B in terms.items():
        by_set.setdefault(frozenset(B), []).append(g)
    sep = "" if sl in _CJK_RUN else " "
    terms = {g: B for g, B in terms.items()
             if not any(h != g and f"{sep}{g}{sep}" in f"{sep}{h}{sep}" for h in by_set[frozenset(B)])}
    # renderings of several words, by the beads they are in
    multi = [(k, tb) for k, tb in t_beads.items() if len(k) >= 2 and len(tb) >= 2]
    done: set[tuple[int, int]] = set()
    for S, B in sorted(terms.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        cands = [(k, tb) for k, tb in multi if tb < B and len(tb) == len(B) - 1]
        # the longest rendering only (waiting hall, not hall), and just one
        cands = [(k, tb) for k, tb in cands
                 if not any(k != k2 and tb == tb2 and set(k) < set(k2) for k2, tb2 in cands)]
        compound = False
        if not cands and tl in _COMPOUNDING:
            # a rendering of one compound word (酒米 → Sakereis) with its modifier swapped once
            cands = [(k, tb) for k, tb in t_beads.items()
                     if len(k) == 1 and len(k[0]) >= 6 and tb < B and len(tb) == len(B) - 1]
            compound = True
        if len(cands) > 1:
            # (of several, those that another source run of just their sentences, sharing no
            # character with the term, renders are left out: 主跨 ~ main span beside 斜拉桥)
            cands = [(k, tb) for k, tb in cands
                     if not any(gb == tb and not set(g) & set(S) for g, gb in s_beads.items())]
        if len(cands) != 1:
            continue
        t1, B1 = cands[0]
        # the term is what those beads share: no other n-gram in exactly them, unless inside S
        (bi,) = B - B1
        if _ngram_longer(S, B1, bi, views, sl):
            continue
        b = toks[bi]
        if compound:
            t1_word = next(t.word for t in toks[min(B1)].tgt if t.lemma == t1[0])
            u = _compound_swap(b, t1[0], t1_word, tl, t_beads)
        else:
            u = _swap_rendering(b, t1, B1, tl, t_beads) or _ngram_swap(b, t1, B1, t_beads)
        whole = False
        if u is None and not compound and len(S) >= 3:
            # t1 replaced whole (tratamiento de residuos → gestión de basuras): another term to the
            # reader (a run of three characters or more)
            gs, ge = grams[bi][S]
            src_text = views[bi].source_text
            u = _ngram_replacement(b, t1, B1, toks, t_beads, (gs + ge) / 2 / max(1, len(src_text)),
                                   _bead_span(views[bi]), ctx.target.text)
            whole = u is not None
        if u is None or (u.first, u.last) in done:
            continue
        if (all if whole else any)(len(t_beads.get((w,), set()) - {bi}) > 2 for w in u.key if w not in t1):
            continue  # the new word is a common one of this translation (Line 6, metro line ... driverless
            # lines): it renders a word beside the term, not the term (of a rendering replaced
            # whole, one new word of this sentence's own is enough: gestión de basuras)
        if not (compound and _nouns_capitalised(tl)) and any(
                t.cap and not _initial(ctx.target.text, t.start) for t in b.tgt[u.first:u.last + 1]):
            continue  # a name's words (Delivery Services), no rendering of a term
        lacking = [w for w in t1 if w not in u.key]
        if any(t.lemma == w for k, t in enumerate(b.tgt) if not u.first <= k <= u.last for w in lacking):
            continue  # the swapped-out word stands elsewhere in the sentence: said otherwise
        done.add((u.first, u.last))
        text = ctx.target.text
        s, e = b.tgt[u.first].start, b.tgt[u.last].end

        def rendering(bj: int) -> str:
            v = toks[bj].tgt_units[t1]
            return text[toks[bj].tgt[v.first].start:toks[bj].tgt[v.last].end]

        mid = [bj for bj in sorted(B1)
               if not _initial(text, toks[bj].tgt[toks[bj].tgt_units[t1].first].start)]
        t1_surface = rendering((mid or sorted(B1))[0])
        kinds = [f"{rendering(bj) if bj in B1 else text[s:e]} ({views[bj].source[0].kind})"
                 for bj in sorted(B)]
        ev = [Evidence(ctx.source.path, f"{S} → " + ", ".join(kinds), ctx.source.lang,
                       note="renderings in this translation")]
        for bj in sorted(B1):
            ev.append(ctx.evidence(ctx.target, None, views[bj].target_text,
                                   note=f"“{rendering(bj)}” here"))
        yield ctx.flag(s, e, f"“{S}” is rendered “{t1_surface}” in {len(B1)} other places "
                             f"but “{text[s:e]}” here", suggestion=t1_surface, evidence=ev,
                       severity="major" if whole else None)



def _head_after(toks: dict[int, "_BeadToks"], S: tuple[str, ...], bi: int, B1: set[int],
                openers: frozenset[str]) -> bool:
    """Does a content word follow source term ``S`` right after it in bead ``bi``, the two
    after an article or the like (the licence fee: a noun phrase, no subject and its
    verb), that follows it in none of the beads ``B1``: the term a modifier of another head?"""
    def heads(bj: int, opened: bool) -> set[str]:
        tt, n = toks[bj].src, len(S)
        return {tt[i + n].lemma for i in range(len(tt) - n)
                if tuple(x.lemma for x in tt[i:i + n]) == S and tt[i + n].joined and tt[i + n].content
                and (not opened or (i > 0 and tt[i - 1].word in openers))}
    here = heads(bi, True)
    return bool(here) and not any(heads(bj, False) & here for bj in B1)


@lru_cache(maxsize=None)
def _target_function(lang: str) -> frozenset[str]:
    """The function characters of a Chinese or Japanese translation (kind "target" of
    data/terminology/ngram_function.tsv)."""
    for line in _NGRAM_FILE.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] == lang and parts[1] == "target":
            return frozenset(parts[2].split())
    return frozenset()


def _target_ngrams(text: str, lang: str, offset: int) -> dict[str, tuple[int, int]]:
    """The runs of 2–4 characters of a Chinese or Japanese text (kanji, hanzi, katakana)
    that may render a term, each with its first span: neither end a function character."""
    func = _target_function(lang)
    out: dict[str, tuple[int, int]] = {}
    for m in _CJK_RUN[lang].finditer(text):
        run, base = m.group(), offset + m.start()
        kana = [c in _KATAKANA_CHARS for c in run]
        for n in (2, 3, 4):
            for i in range(len(run) - n + 1):
                g = run[i:i + n]
                if g[0] not in func and g[-1] not in func and not _kana_cut(kana, i, i + n):
                    out.setdefault(g, (base + i, base + i + n))
    return out


_KATAKANA_CHARS = frozenset(chr(c) for c in range(0x30A1, 0x30FB)) | {"\u30fc"}


def _unit_count(toks: list[_Tok], S: tuple[str, ...]) -> int:
    """How many times the source term ``S`` (its content words' lemmas, in order, with
    nothing but function words between) stands in a bead's tokens."""
    content = [t.lemma for t in toks if t.content]
    n = len(S)
    return sum(tuple(content[i:i + n]) == S for i in range(len(content) - n + 1))


def _common_run(lang: str, texts: list[str], least: int = 3) -> str:
    """The longest run of Chinese or Japanese characters (kanji, hanzi, katakana) of
    ``least`` characters or more found in every one of ``texts``; "" where none is or two
    as long are."""
    first = min(texts, key=len)
    found: dict[int, set[str]] = {}
    for m in _CJK_RUN[lang].finditer(first):
        run = m.group()
        for n in range(len(run), least - 1, -1):
            if n in found and len(found[n]) > 1:
                break
            for i in range(len(run) - n + 1):
                g = run[i:i + n]
                if all(g in t for t in texts):
                    found.setdefault(n, set()).add(g)
    if not found:
        return ""
    best = found[max(found)]
    return next(iter(best)) if len(best) == 1 else ""


def _cjk_mention_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A Chinese or Japanese translation whose usual run for a source term (ソーラーパネル for
    solar panel: the longest run of characters found in all of the term's sentences, or in all
    but one) stands fewer times in a sentence than the source says the term there, and a run
    that keeps half of it or more with the rest in other characters (太陽パネル: the katakana
    part translated word for word) stands in its place, found in no other sentence: one
    mention rendered otherwise, a run too unlike the usual one for _cjk_target_findings."""
    setup = _cjk_setup(ctx)
    if setup is None:
        return
    sl, tl, bt, views = setup
    max_beads = int(opts.get("max_beads", 12))
    text = ctx.target.text
    btext = {b.index: text[slice(*_bead_span(views[b.index]))] for b in bt}
    toks = {b.index: b for b in bt}
    s_beads: dict[tuple[str, ...], set[int]] = {}
    for b in bt:
        for k in b.src_units:
            s_beads.setdefault(k, set()).add(b.index)
    done: set[int] = set()
    for S, B in sorted(s_beads.items(), key=lambda kv: (-len(kv[0]), kv[0])):  # (whole terms first)
        if not 3 <= len(B) <= max_beads or _quantity_term(S) or sum(map(_wlen, S)) < 5:
            continue
        # the usual run: in all of S's sentences, or else in all of them but one
        # (the longer one where both are, the shorter inside it: ワイン in アイスワイン)
        R = _common_run(tl, [btext[bi] for bi in sorted(B)])
        runs = {r for x in B if len(B) >= 4 and (r := _common_run(tl, [btext[bi] for bi in B if bi != x]))
                and r not in btext[x] and len(r) > len(R) and R in r}
        if len(runs) == 1:
            R = runs.pop()
        if len(R) < 3 or sum(R in btext[bj] for bj in btext if bj not in B) > len(B) // 2:
            continue
        B1 = {bi for bi in B if R in btext[bi]}
        # (another source word in just the run's sentences is what it renders)
        if any(len(k) == 1 and not set(k) & set(S) and B1 <= kb and not (B - B1) <= kb
               for k, kb in s_beads.items()):
            continue
        for bi in sorted(B):
            here = btext[bi]
            if here.count(R) >= _unit_count(toks[bi].src, S):
                continue
            ts = _bead_span(views[bi])[0]
            usual = [m.start() for m in re.finditer(re.escape(R), here)]
            hit = None
            for k in range(len(R) - 1, max(2, len(R) // 2) - 1, -1):
                for part, tail in ((R[-k:], True), (R[:k], False)):
                    rest = R[:-k] if tail else R[k:]
                    for m in re.finditer(re.escape(part), here):
                        p = m.start()
                        if any(u <= p < u + len(R) for u in usual):
                            continue  # the usual run itself
                        run = next(r for r in _CJK_RUN[tl].finditer(here) if r.start() <= p < r.end())
                        if tail:
                            a, z = max(run.start(), p - len(rest)), m.end()
                        else:
                            a, z = p, min(run.end(), m.end() + len(rest))
                        other = here[a:p] if tail else here[m.end():z]
                        if not other or set(other) & set(rest) or here.count(other) > 1:
                            continue  # nothing in place of the rest, or the rest's characters, or
                            # characters found elsewhere in the sentence (another word's rendering)
                        if any(here[a:z] in btext[bj] for bj in btext if bj != bi):
                            continue
                        hit = (a, z)
                        break
                    if hit:
                        break
                if hit:
                    break
            if hit is None or ts + hit[0] in done:
                continue
            done.add(ts + hit[0])
            a, z = ts + hit[0], ts + hit[1]
            surface = " ".join(S)
            ev = [Evidence(ctx.source.path, f"“{surface}” in {len(B)} sentences; “{R}” in {len(B1)} of them",
                           ctx.source.lang, note="renderings in this translation")]
            ev.extend(ctx.evidence(ctx.target, None, views[bj].target_text, note=f"“{R}” here")
                      for bj in sorted(B1 - {bi})[:3])
            yield ctx.flag(a, z, f"“{surface}” is rendered “{R}” in {len(B1 - {bi})} other places but "
                                 f"“{text[a:z]}” here", suggestion=R, evidence=ev)


def _ja_run_swap_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A Japanese translation whose usual rendering of a recurring source term is one whole
    run of characters (between kana particles or punctuation: 電動式芝刈り機 → 電動式芝刈機,
    say 蒸気式タービン) in all of the term's sentences but one and in no other, and in that
    one a run found nowhere else that keeps the usual run's opening (three characters or
    more) with another head of two or more (蒸気式タービン / 蒸気式原動機), the usual head
    not in that sentence: the term's head noun swapped (major), or that keeps its ending
    with another modifier (蒸気式タービン / 高圧式タービン, minor).  No cut inside a katakana
    word; no other source word links the usual run's sentences."""
    setup = _cjk_setup(ctx)
    if setup is None or setup[1] != "ja":
        return
    _sl, _tl, bt, views = setup
    text = ctx.target.text
    runs: dict[int, dict[str, tuple[int, int]]] = {}
    r_beads: dict[str, set[int]] = {}
    s_beads: dict[tuple[str, ...], set[int]] = {}
    for b in bt:
        ts, te = _bead_span(views[b.index])
        d: dict[str, tuple[int, int]] = {}
        for m in _CJK_RUN["ja"].finditer(text, ts, te):
            d.setdefault(m.group(), (m.start(), m.end()))
        runs[b.index] = d
        for r in d:
            r_beads.setdefault(r, set()).add(b.index)
        for k in b.src_units:
            s_beads.setdefault(k, set()).add(b.index)
    max_beads = int(opts.get("max_beads", 12))
    terms = {k: B for k, B in s_beads.items() if 3 <= len(B) <= max_beads and not _quantity_term(k)
             and (max(map(_wlen, k)) >= 5 or (len(k) >= 2 and sum(map(_wlen, k)) >= 7))}
    inside = _inside_longer(terms)
    kata = _KATAKANA_CHARS

    def cut(r: str, i: int) -> bool:  # a cut between two katakana of one word
        return 0 < i < len(r) and r[i - 1] in kata and r[i] in kata
    found: dict[tuple, list] = {}
    for S, B in sorted(terms.items()):
        if S in inside:
            continue
        usual = [r for r, rb in r_beads.items() if len(r) >= 5 and len(rb) == len(B) - 1 and rb < B]
        if len(usual) != 1:
            continue
        R = usual[0]
        B1 = r_beads[R]
        (bi,) = B - B1
        if any(not set(k) & set(S) and kb & B == B1 for k, kb in s_beads.items() if len(k) == 1):
            continue  # another source word links the usual run's sentences
        odd_text = text[slice(*_bead_span(views[bi]))]
        hits = []
        for g, (s, e) in runs[bi].items():
            if r_beads[g] != {bi}:
                continue
            p = len(os.path.commonprefix([R, g]))
            q = len(os.path.commonprefix([R[::-1], g[::-1]]))
            if p >= 3 and q == 0 and min(len(R), len(g)) - p >= 2 and not cut(R, p) and not cut(g, p) \
                    and R[p:] not in odd_text:
                hits.append((g, s, e, "major"))
            elif q >= 3 and p == 0 and min(len(R), len(g)) - q >= 2 and not cut(R, len(R) - q) \
                    and not cut(g, len(g) - q) and R[:len(R) - q] not in odd_text:
                hits.append((g, s, e, "minor"))
        if len(hits) == 1:
            found.setdefault((R, bi) + hits[0], []).append((S, B))
    toks = {b.index: b for b in bt}
    for (R, bi, g, s, e, sev), terms_here in found.items():
        # the source words of all the terms found for it, as the odd sentence writes them
        # (solar-heated water, heated water tank → solar-heated water tank)
        units = [toks[bi].src_units[S] for S, _ in terms_here]
        src_text, src_toks = views[bi].source_text, toks[bi].src
        surface = src_text[src_toks[min(u.first for u in units)].start:src_toks[max(u.last for u in units)].end]
        B = set().union(*(B for _, B in terms_here))
        B1 = B - {bi}
        kinds = [f"{R if bj in B1 else g} ({views[bj].source[0].kind})" for bj in sorted(B)]
        ev = [Evidence(ctx.source.path, f"{surface} → " + ", ".join(kinds), ctx.source.lang,
                       note="renderings in this translation")]
        yield ctx.flag(s, e, f"“{surface}” is rendered “{R}” in {len(B1)} other places but “{g}” here",
                       suggestion=R, evidence=ev, severity=sev)


def _kana_cut(kana: list[bool], i: int, j: int) -> bool:
    """Does the run ``i``..``j`` (flags ``kana``: katakana or not) cut a katakana word and
    reach past it into characters (ボー海峡 → ー海峡): a piece of a name, no rendering?"""
    if all(kana[i:j]):
        return False  # (inside one long katakana word: a rendering's piece)
    return (i > 0 and kana[i - 1] and kana[i]) or (j < len(kana) and kana[j - 1] and kana[j])


_KANA_TERM_RUN = re.compile("[\u30a1-\u30fa\u30fc]+(?:[\u30fb\uff65 ][\u30a1-\u30fa\u30fc]+)*")


def _kana_transcription(S: tuple[str, ...], text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The katakana run of text[start:end] (its words parted by ・) that transcribes the
    Latin words of term S one for one (cross laminated timber ~ クロス・ラミネーテッド・ティンバー),
    as (start, end, run), if there is one."""
    from ._text import _TO_LATIN, _consonants, _kana_skeletons, _kana_transcribed

    if not all(w.isascii() and w.isalpha() for w in S):
        return None
    for m in _KANA_TERM_RUN.finditer(text, start, end):
        words = re.split("[\u30fb\uff65 ]", m.group())
        if len(words) != len(S):
            continue
        if all(any(_kana_transcribed(sk, _consonants(k.translate(_TO_LATIN))) for sk in _kana_skeletons(w))
               for w, k in zip(S, words)):
            return m.start(), m.end(), m.group()
    return None



def _cjk_setup(ctx: CheckContext):
    """For a Chinese or Japanese translation of a source in another kind of script: the two
    base languages, the beads' term tokens (three sentences or more, else None) and the term
    views by bead index that the CJK run finders share."""
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if tl not in _CJK_RUN or sl in _CJK_RUN or sl in _SYLLABIC:
        return None
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return None
    return sl, tl, bt, {b.index: b for b in term_beads(ctx)}


_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")


def _hangul_ngrams(text: str, offset: int) -> dict[str, tuple[int, int]]:
    """The runs of 2–4 Hangul syllables of a Korean text (inside its words, particles and
    all), each with its first span."""
    out: dict[str, tuple[int, int]] = {}
    for m in _HANGUL_RUN.finditer(text):
        run, base = m.group(), offset + m.start()
        for n in (2, 3, 4):
            for i in range(len(run) - n + 1):
                out.setdefault(run[i:i + n], (base + i, base + i + n))
    return out


def _ko_syllable_swap_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A Korean translation of a recurring source term (a word or words, or in a Chinese or
    Japanese source a repeated run of characters: 渗漏量) rendered by one word of three
    syllables or more in all of the term's sentences but one and in no other (누수량), and in
    that one by a word as long, found nowhere else, that differs from it in one syllable
    (누출량): a Sino-Korean word with one of its characters swapped, another term to the
    reader.  No other source word links the usual word's sentences."""
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if tl != "ko" or sl == "ko":
        return
    bt = _bead_toks(ctx)
    if len(bt) < 3:
        return
    views = {b.index: b for b in term_beads(ctx)}
    max_beads = int(opts.get("max_beads", 12))
    text = ctx.target.text
    grams: dict[int, dict[str, tuple[int, int]]] = {}
    g_beads: dict[str, set[int]] = {}
    s_beads: dict[object, set[int]] = {}
    ngram_src = sl in _CJK_RUN or sl in _SYLLABLE_SPACED
    for b in bt:
        ts, te = _bead_span(views[b.index])
        grams[b.index] = _hangul_ngrams(text[ts:te], ts)
        for g in grams[b.index]:
            g_beads.setdefault(g, set()).add(b.index)
        keys = _source_ngrams(views[b.index].source_text, sl) if ngram_src else b.src_units
        for k in keys:
            s_beads.setdefault(k, set()).add(b.index)
    if ngram_src:
        terms = {g: B for g, B in s_beads.items() if 3 <= len(B) <= max_beads and len(g) >= 2}
        by_set: dict[frozenset[int], list] = {}
        for g, B in terms.items():
            by_set.setdefault(frozenset(B), []).append(g)
        sep = "" if sl in _CJK_RUN else " "
        terms = {g: B for g, B in terms.items()
                 if not any(h != g and f"{sep}{g}{sep}" in f"{sep}{h}{sep}" for h in by_set[frozenset(B)])}
    else:
        terms = {k: B for k, B in s_beads.items() if 3 <= len(B) <= max_beads and not _quantity_term(k)
                 and (max(map(_wlen, k)) >= 5 or (len(k) >= 2 and sum(map(_wlen, k)) >= 7))}
        inside = _inside_longer(terms)
        terms = {k: B for k, B in terms.items() if k not in inside}
    done: set[str] = set()

    def shifted(x: int, tb: set[int], B: set[int]) -> bool:
        """Is the word in a sentence beside x, outside the term's: the aligner paired x's
        source with its neighbour's translation?"""
        return any(y in tb and y not in B for y in (x - 1, x + 1))

    for S, B in sorted(terms.items(), key=lambda kv: str(kv[0])):
        # (in all of the term's sentences but one; of five or more, but two, where the
        # word stands in the sentence beside one of those two instead)
        cands = [(g, tb & B) for g, tb in g_beads.items()
                 if len(g) >= 3 and len(tb - B) <= len(tb & B) // 2 and (len(tb & B) == len(B) - 1 >= 2 or (
                     len(B) >= 5 and len(tb & B) == len(B) - 2 and any(shifted(x, tb, B) for x in B - tb)))]
        # another source word or run in just those sentences (and not in the odd one, nor in
        # one without the word) is what the word renders
        cands = [(g, tb) for g, tb in cands
                 if not any(not set(k) & set(S) and kb & B == tb and kb - B <= g_beads[g]
                            for k, kb in s_beads.items() if (ngram_src or len(k) == 1))]
        cands = [(g, tb) for g, tb in cands if not any(g != h and g in h and tb == hb for h, hb in cands)]
        # (not a word with its particle, whose word without its last syllable stands in all
        # of the term's sentences: 누수량이 beside 누수량을, 수량이 beside 누출량은)
        cands = [(g, tb) for g, tb in cands if not B <= g_beads.get(g[:-1], set())]
        if len(cands) != 1:
            continue
        R, B1 = cands[0]
        if R[-1] == "다":
            continue  # a verb or an adjective in its final form (말했다), no term's word
        rest = B - B1
        if len(rest) == 2 and not all(shifted(x, g_beads[R], B) for x in rest):
            # (of the two, one the shifted pairing and the other the odd one)
            rest = {x for x in rest if not shifted(x, g_beads[R], B)}
        if len(rest) != 1:
            continue
        (bi,) = rest
        if ngram_src and _ngram_longer(S, B1, bi, views, sl):
            continue  # the term inside a longer one in the usual word's sentences
        odd = [(g, sp) for g, sp in grams[bi].items() if len(g) == len(R) and g_beads[g] == {bi}
               and sum(x != y for x, y in zip(g, R)) == 1]
        if len({g for g, _ in odd}) != 1 or odd[0][0] in done:
            continue
        g, (s, e) = odd[0]
        if g[:-1] == R[:-1]:
            continue  # (the last syllable a particle or an ending: 누수량이 / 누수량은)
        done.add(g)
        surface = S if isinstance(S, str) else " ".join(S)
        kinds = [f"{R if bj in B1 else g} ({views[bj].source[0].kind})" for bj in sorted(B)]
        ev = [Evidence(ctx.source.path, f"{surface} → " + ", ".join(kinds), ctx.source.lang,
                       note="renderings in this translation")]
        yield ctx.flag(s, e, f"“{surface}” is rendered “{R}” in {len(B1)} other places but “{g}” here",
                       suggestion=R, evidence=ev)


def _cjk_target_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A Chinese or Japanese translation (no spaces: its renderings are runs of characters)
    of a recurring source term (late fees, upper deck): one run of characters in all of the
    term's sentences but one and in no other (延滞料, 上層), and in that one a run as long,
    found nowhere else, that differs from it in one character only (延滞金, 頂層): the term
    rendered otherwise.  No other source word links the sentences of the usual run (adult
    ~ 成人 beside upper deck)."""
    setup = _cjk_setup(ctx)
    if setup is None:
        return
    sl, tl, bt, views = setup
    max_beads = int(opts.get("max_beads", 12))
    text = ctx.target.text
    grams: dict[int, dict[str, tuple[int, int]]] = {}
    g_beads: dict[str, set[int]] = {}
    s_beads: dict[tuple[str, ...], set[int]] = {}
    for b in bt:
        ts, te = _bead_span(views[b.index])
        grams[b.index] = _target_ngrams(text[ts:te], tl, ts)
        for g in grams[b.index]:
            g_beads.setdefault(g, set()).add(b.index)
        for k in b.src_units:
            s_beads.setdefault(k, set()).add(b.index)
    # the source's words and terms of two or three words (late fees: short words, seven
    # letters together) in 3..max_beads sentences, the longest form of each
    terms = {k: B for k, B in s_beads.items() if 3 <= len(B) <= max_beads and not _quantity_term(k)
             and (max(map(_wlen, k)) >= 5 or (len(k) >= 2 and sum(map(_wlen, k)) >= 7))}
    inside = _inside_longer(terms)
    done: set[str] = set()
    for S, B in sorted(terms.items()):
        if S in inside:
            continue
        # (and mostly in them: a source sentence may say it otherwise, fine-free ~ 延滞料を廃止)
        cands = [(g, tb & B) for g, tb in g_beads.items()
                 if len(tb & B) == len(B) - 1 >= 2 and len(tb - B) <= len(tb & B) // 2]
        if tl == "ja" and len(S) >= 2 and cands and len({frozenset(tb) for _, tb in cands}) == 1:
            # a term of several words rendered in characters in all its sentences but one and
            # in that one transcribed, word for word, in katakana (cross-laminated timber →
            # 風力発電所 / ウィンド・パワー・ステーション): the reader takes it for another thing
            (bi,) = B - cands[0][1]
            ts, te = _bead_span(views[bi])
            kana = _kana_transcription(S, text, ts, te)
            R = max(cands, key=lambda c: len(c[0]))[0]
            bare = None if kana is None else re.sub("[\u30fb\uff65 ]", "", kana[2])
            # (the usual rendering in characters, no katakana; no transcription in the other
            # sentences, with its dots or without: データ・センター / データセンター is one)
            if kana is not None and kana[2] not in done and not any(c in _KATAKANA_CHARS for c in R) \
                    and not any(bare in text[slice(*_bead_span(views[bj]))].replace("\u30fb", "")
                                or _kana_transcription(S, text, *_bead_span(views[bj])) is not None
                                for bj in B - {bi}):
                done.add(kana[2])
                # (the run widened while every other sentence has it: 風力発電 → 風力発電所)
                bj = min(B - {bi})
                bt_text = [text[slice(*_bead_span(views[x]))] for x in B - {bi}]
                at = text.find(R, *_bead_span(views[bj]))
                a, z = at, at + len(R)
                while z < len(text) and _CJK_RUN[tl].match(text, z) and all(text[a:z + 1] in t for t in bt_text):
                    z += 1
                while a > 0 and _CJK_RUN[tl].match(text, a - 1) and all(text[a - 1:z] in t for t in bt_text):
                    a -= 1
                R = text[a:z] if at >= 0 else R
                surface = " ".join(S)
                ev = [Evidence(ctx.source.path, f"{surface} → " + ", ".join(
                    f"{R if bj != bi else kana[2]} ({views[bj].source[0].kind})" for bj in sorted(B)),
                    ctx.source.lang, note="renderings in this translation")]
                yield ctx.flag(kana[0], kana[1], f"“{surface}” is rendered “{R}” in {len(B) - 1} other "
                                                 f"places but transcribed “{kana[2]}” here",
                               suggestion=R, evidence=ev, severity="major")
                continue
        # another source word in just those sentences (and not in the odd one) is what a run
        # renders (adult ~ 成人 beside upper deck), unless it stands in a sentence without the
        # run too, outside the term's (players, beside early access and elsewhere): the run
        # renders no such word
        cands = [(g, tb) for g, tb in cands
                 if not any(not set(k) & set(S) and kb & B == tb and kb - B <= g_beads[g]
                            for k, kb in s_beads.items() if len(k) == 1)]
        # the longest run only (延滞料, not 延滞), and just one
        cands = [(g, tb) for g, tb in cands if not any(g != h and g in h and tb == hb for h, hb in cands)]
        if len(cands) != 1:
            continue
        R, B1 = cands[0]
        (bi,) = B - B1
        # (or, in a run of four, the last two characters, its head, kept and the first two,
        # its modifier, swapped: 预先登记 / 提前登记)
        odd = [(g, sp) for g, sp in grams[bi].items() if len(g) == len(R) and g_beads[g] == {bi}
               and (sum(x != y for x, y in zip(g, R)) == 1
                    or (len(R) == 4 and g[2:] == R[2:] and not set(g[:2]) & set(R[:2])))]
        if len({g for g, _ in odd}) != 1 or odd[0][0] in done:
            continue
        g, (s, e) = odd[0]
        if g[-1] != R[-1] and g[:-1] == R[:-1] and _head_after(
                {b.index: b for b in bt}, S, bi, B1, _NOUN_OPENERS.get(sl, frozenset())):
            continue  # the term is a modifier here of a source noun after it that follows it in
            # none of the usual rendering's sentences (licence fee beside licence):
            # the last character, a head, renders that noun (赔偿令 beside 赔偿金)
        done.add(g)
        surface = " ".join(S)
        kinds = [f"{R if bj in B1 else g} ({views[bj].source[0].kind})" for bj in sorted(B)]
        ev = [Evidence(ctx.source.path, f"{surface} → " + ", ".join(kinds), ctx.source.lang,
                       note="renderings in this translation")]
        yield ctx.flag(s, e, f"“{surface}” is rendered “{R}” in {len(B1)} other places but “{g}” here",
                       suggestion=R, evidence=ev)


def _frame_pick(bt: dict[int, "_BeadToks"], by_index: dict[int, _BeadWords], L: str, t1s: list[str],
                B1: frozenset[int], o: int, fresh, caps: bool) -> tuple[int, int] | None:
    """The words that stand in sentence ``o`` where the usual rendering ``t1s`` of source word L
    stands in another of its sentences ``B1``, told by a neighbour: a word right before (or
    after) L in both source sentences, whose rendering stands right before (after) the usual
    rendering there and, once, in ``o`` (die neue Anlage → the new plant … die neue Anlage →
    the new facility). The words up to two, none capitalised (a name's) unless the language
    capitalises its nouns (``caps``), one of them ``fresh`` (found in no other sentence);
    their span in the document, or None."""
    def src_at(b: "_BeadToks", bw: _BeadWords) -> list[int]:
        starts = {bw.src_starts[i] for i in bw.src[L]} if bw.src_starts else set()
        return [k for k, t in enumerate(b.src) if t.start in starts]

    bo, wo = bt.get(o), by_index[o]
    if bo is None:
        return None
    so = src_at(bo, wo)
    # (a word beside the rendering found in all its sentences is part of it: car ferry)
    shared = set.intersection(*({t.word for t in bt[bj].tgt} for bj in B1 if bj in bt)) \
        if all(bj in bt for bj in B1) else set()
    found: set[tuple[int, int]] = set()
    for bj in sorted(B1):
        b, bw = bt.get(bj), by_index[bj]
        if b is None:
            continue
        t_starts = sorted(st for t in t1s for _, st, _ in bw.tgt.get(t, ()))
        if not t_starts:
            continue
        tk = [k for k, t in enumerate(b.tgt) if t.start in t_starts]
        if not tk:
            continue
        lo, hi = min(tk), max(tk)
        while lo > 0 and hi - lo < 3 and b.tgt[lo - 1].joined and b.tgt[lo - 1].content \
                and b.tgt[lo - 1].word in shared:
            lo -= 1
        while hi + 1 < len(b.tgt) and hi - lo < 3 and b.tgt[hi + 1].joined and b.tgt[hi + 1].content \
                and b.tgt[hi + 1].word in shared:
            hi += 1
        for k in src_at(b, bw):
            for step in (-1, 1):
                j = k + step
                if not 0 <= j < len(b.src) or len(b.src[j].word) < 3:
                    continue
                q = lo - 1 if step < 0 else hi + 1
                if not 0 <= q < len(b.tgt) or len(b.tgt[q].word) < 3:
                    continue
                if not any(0 <= m + step < len(bo.src) and bo.src[m + step].word == b.src[j].word for m in so):
                    continue
                qs = [i for i, t in enumerate(bo.tgt) if t.word == b.tgt[q].word]
                if len(qs) != 1:
                    continue
                run = []
                i = qs[0] - step
                while 0 <= i < len(bo.tgt) and len(run) < 2 and bo.tgt[i].content and not (
                        bo.tgt[i].cap and not caps):
                    run.append(i)
                    i -= step
                if run and any(fresh(bo.tgt[i]) for i in run):
                    a, z = min(run), max(run)
                    found.add((bo.tgt[a].start, bo.tgt[z].end))
    return found.pop() if len(found) == 1 else None


def _dropout_findings(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    """A source word said in three sentences or more whose usual rendering (a word, or two
    near each other, found in all of those sentences but one and nowhere else) is missing
    from that one, where other words found in no other sentence stand at the term's place
    instead (the new dialyser … the new blood filter): the place told by a neighbour rendered
    alike beside the usual rendering elsewhere (das neue Gerät → the new …), or else by the
    word's place in the sentence, where the usual word is a rare, specialised one (or a long
    compound the word list lacks) and the other no frequent word. Only where the term is the one source word that links the usual
    rendering's sentences (no other word, unless kept as written there), the usual
    rendering sits at the term's place in each of its sentences, no form of it nor a word
    spelled like the source word stands in the odd sentence (outside the headline), and
    the word found renders no other source word of its sentence by its spelling."""
    from rapidfuzz.fuzz import ratio

    from ._text import zipf
    sl, tl = base_lang(ctx.source.lang), base_lang(ctx.target.lang)
    if tl in _SYLLABIC or tl in _UNSPACED or sl in _SYLLABIC or sl in _UNSPACED:
        return
    beads = term_beads(ctx)
    if len(beads) < 4:
        return
    views = {b.index: b for b in beads}
    words, bad_src, bad_tgt = _bead_words(ctx)
    by_index = {bw.index: bw for bw in words}
    src_beads, tgt_beads = _lemma_beads(ctx)
    heads = _head_beads(ctx)
    max_beads = int(opts.get("max_beads", 12))
    tgt_keyed = {(t,): tb for t, tb in tgt_beads.items()}
    preps = _prepositions(tl) | _prepositions(sl)
    by_beads: dict[frozenset[int], list[str]] = {}
    for t, tb in tgt_beads.items():
        if 2 <= len(tb) <= max_beads:
            by_beads.setdefault(frozenset(tb), []).append(t)
    bt = None
    caps = _nouns_capitalised(tl)
    for L, B in sorted(src_beads.items()):
        if not 3 <= len(B) <= max_beads or L in bad_src or L in preps or _adverb(L, sl) \
                or _quantity_term((L, by_index[min(B)].src_surface[L])):
            continue  # (a scale or a currency: its rendering goes with what it counts)
        for o in sorted(B - heads):
            B1 = frozenset(B - {o})
            if len(B1 - heads) < 2:
                continue
            ts = [t for t in by_beads.get(B1, ()) if len(t) >= 4 and t not in bad_tgt and t not in preps
                  and not any(B1 <= mb and (M[:5] == t[:5] or ratio(M, t) >= 80)
                              for M, mb in src_beads.items() if M != L)]
            if not ts or len(ts) > 2:
                continue
            if len(ts) == 2 and not all(abs(by_index[bi].tgt[ts[0]][0][0] - by_index[bi].tgt[ts[1]][0][0]) <= 3
                                        for bi in B1):
                continue  # (two words: near each other in each sentence, one rendering: Falscher Mehltau,
                # Falscher und Echter Mehltau)
            # the term alone links those sentences (a source word kept as written there, a
            # name or an acronym, links them by itself)
            if any(M != L and B1 <= mb and not _kept((M,), mb, tgt_keyed) for M, mb in src_beads.items()):
                continue
            bw = by_index[o]
            if not _nouns_capitalised(sl) and bw.src_starts and any(
                    bw.src_surface_at[i][:1].isupper() and not _initial(views[o].source_text, bw.src_starts[i])
                    for i in bw.src[L]):
                continue  # a word of a name here (the District Council beside the Regional
                # Council): another thing, its own rendering
            # the usual rendering sits where the term does in its sentences (all but one)
            fits = sum(min(_dpos(by_index[bi], L, t) for t in ts) <= 0.25 for bi in B1)
            if fits < max(2, len(B1) - 1):
                continue
            t1 = max(ts, key=len)
            first = min(B1)
            if any(abs(len(v) - len(w)) <= 2 and (ratio(v, w) >= 80 or v[:5] == w[:5]) for bj in B1
                   for v in (fold(by_index[bj].src_surface[L]),)
                   for w in (fold(by_index[bj].tgt_surface[t]) for t in ts)):
                continue  # the source word kept as written (a name's word, Banská): its sense
                # elsewhere is another
            if bt is None:
                bt = {b.index: b for b in _bead_toks(ctx)}
            if any(all(bj in bt and any(3 <= len(x.word) < 5 and x.word[:3] == t[:3] and ratio(x.word, t) >= 70
                                        for x in bt[bj].src) for bj in B1) for t in ts):
                continue  # spelled like a short source word of each of its sentences (tufo → tuff):
                # it renders that word
            z1 = zipf(by_index[first].tgt_surface[t1], tl)
            if z1 > 4.0:
                continue  # a frequent word (began, people): no term's rendering
            t1_surf = " ".join(by_index[first].tgt_surface[t] for t in sorted(
                ts, key=lambda t: by_index[first].tgt[t][0][0]))
            if any(t[:4] == x[:4] or _same_word(t, x, tl) or x in t or _fleeting_same(t, x, tl)
                   or _fleeting_same(fold(w), fold(by_index[first].tgt_surface[x]), tl)
                   or _spelled_alike(bw.src_surface[L], w)
                   for t, w in bw.tgt_surface.items() for x in ts):
                continue  # a form of it (węzeł / węzła), a compound on it or the source word kept here

            def fresh(tok: "_Tok", o: int = o) -> bool:
                lm = next((t for t, occ in by_index[o].tgt.items() if any(st == tok.start for _, st, _ in occ)), None)
                return lm is not None and tgt_beads.get(lm) == {o} and lm not in bad_tgt and lm not in preps \
                    and not _spells_other_source_word(by_index[o], L, by_index[o].tgt_surface[lm],
                                                      views[o].source_text)
            span = _frame_pick(bt, by_index, L, ts, B1, o, fresh, caps)
            if span is None:
                pos_s = bw.src[L][0] / max(1, bw.n_src - 1)
                cands = []
                for t, occ in bw.tgt.items():
                    if tgt_beads.get(t) != {o} or len(t) < 4 or t in bad_tgt or t in preps:
                        continue
                    i, s, e = occ[0]
                    d = abs(pos_s - i / max(1, bw.n_tgt - 1))
                    if d <= 0.2 and not _spells_other_source_word(bw, L, bw.tgt_surface[t], views[o].source_text):
                        cands.append((d, t, s, e))
                if not cands:
                    continue
                cands.sort()
                if len(cands) > 1 and cands[1][0] - cands[0][0] < 0.05:
                    continue  # no clear candidate
                _, t2, s, e = cands[0]
                # (by its place alone: the usual rendering a rare word of the language's word
                # list, a specialised one, and the word here no frequent one either: slipway /
                # boat ramp, not water / built)
                # (or a long word the list lacks, a compound made for the term: geofence →
                # a closed compound, where the language has a word list)
                z2 = zipf(bw.tgt_surface[t2], tl)
                rare = 0 < z1 <= 3.0 or (z1 == 0 and len(t1) >= 8 and zipf(bw.tgt_surface[t2], tl) > 0)
                if not (rare and z2 <= 4.0) or _initial(ctx.target.text, s):
                    continue
                span = (s, e)
            s, e = span
            if ratio(fold(ctx.target.text[s:e]), fold(t1_surf)) >= 70:
                continue  # a word spelled like the usual one: a misspelling (the names rules'), no synonym
            yield ctx.flag(s, e, f"“{bw.src_surface[L]}” is rendered “{t1_surf}” in {len(B1)} other "
                                 f"places but “{ctx.target.text[s:e]}” here", suggestion=t1_surf)
