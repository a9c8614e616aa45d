"""Person gender against the source: P004 gender-flipped.

A bead's source and translation are each read for evidence of a man or a woman:
pronouns (he/she, er/sie, il/elle, él/ella ...) and nouns of persons and titles (Mr/Mrs,
Herr/Frau, father/mother, -erin). The rule fires only when one side names one gender and
nothing that may be the other, and the other side names the other gender and nothing that
may be the first: "er sagte" → "she said". Per-language lexicons live under
``mtcheck/data/gender/`` (see its README); a language without one is not checked.

Grammatical gender is the trap: German "er" and French "il" also stand for masculine
nouns (der Tisch … er = it), "elle" for feminine ones, so those words are evidence only
against an English "he"/"she", never against "it"/"they", which carry none. German "sie"
is "she", "they" and formal "Sie": it counts as a woman only when the verb next to it is
singular (sie sagt, sagte sie), as nobody when it is plural (sie sagen), and otherwise
only as a woman who *may* be meant, which stops the rule and never triggers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..model import Finding
from ._text import norm_lang
from .context import CheckContext
from ._data import lang_file
from .registry import rule
from .sentence import _joined_offset, _pairs

_WORD = re.compile(r"[^\W\d_]+")
_NOUN = "noun"
_ROLE = "role"  # a feminine role noun (Ministerin, présidente) whose English is neutral


@dataclass(frozen=True)
class Hit:
    """One piece of evidence: gender "m", "f" (strong, if ``strong``) or "mf" (either)."""

    start: int
    end: int
    word: str
    gender: str
    slot: str
    strong: bool


@dataclass(frozen=True)
class GenderLexicon:
    marks: frozenset[str]
    words: dict[str, tuple[str, str, bool]]  # lower-case word -> (gender, slot, strong)
    cased: dict[str, tuple[str, str, bool]]  # word written with capitals -> the same
    suffix: tuple[str, ...]
    titles: tuple[tuple[re.Pattern, str], ...]
    prep: frozenset[str]
    impersonal: frozenset[str]
    not_before: frozenset[str]
    grammatical: bool  # pronouns follow the gender of nouns (er/sie for der Tisch/die Bank)
    neuter: frozenset[str]  # pronouns of things ("it", "its")
    # lower-case forms of every word that may be evidence: the lexicon's words and the
    # words its language's reader treats specially (a word neither of these nor ending in
    # a role suffix is no evidence, and evidence() skips it at once)
    candidates: frozenset[str]


@lru_cache(maxsize=None)
def gender_lexicon(lang: str | None) -> GenderLexicon | None:
    """The person-gender lexicon of ``lang`` (None: the language is not covered)."""
    text = lang_file("gender", lang)
    if text is None:
        return None
    base = norm_lang(lang)
    marks: set[str] = set()
    words: dict[str, tuple[str, str, bool]] = {}
    cased: dict[str, tuple[str, str, bool]] = {}
    lists: dict[str, list[str]] = {}
    titles: list[tuple[re.Pattern, str]] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        if ":" not in line:
            continue
        key, rest = (p.strip() for p in line.split(":", 1))
        items = rest.split()
        parts = key.split()
        if key == "marks":
            marks.update(items)
        elif len(parts) == 2 and parts[1] == "title":
            for t in items:  # an abbreviation before a capitalised name: "M. Dupont"
                titles.append((re.compile(r"(?<![\w.])" + re.escape(t) + r"(?=\s+[A-ZÀ-ÖØ-Þ])"), parts[0]))
        elif parts[-1] == "suffix":  # "f role suffix: erin istin"
            lists["suffix"] = lists.get("suffix", []) + items
        elif len(parts) == 2:
            g, slot = parts
            entry = (g.rstrip("?"), slot, not g.endswith("?"))
            for w in items:
                (cased if w != w.lower() else words)[w] = entry
        else:
            lists.setdefault(key, []).extend(items)
    return GenderLexicon(frozenset(marks), words, cased, tuple(lists.get("suffix", [])),
                         tuple(titles), frozenset(lists.get("prep", [])),
                         frozenset(lists.get("impersonal", [])),
                         frozenset(lists.get("not_before", [])),
                         lists.get("grammatical", ["no"])[0] == "yes",
                         frozenset(lists.get("neuter", [])),
                         frozenset(words) | {w.lower() for w in cased} | _SPECIAL_WORDS.get(base, frozenset()))


# --- German sie/ihr: she, they or formal you -------------------------------------------
# finite verbs of the third person singular that end neither in -t nor in -te
_DE_SG = frozenset("""ist war wird kann muss will soll darf mag weiß sei habe werde könne müsse
wolle solle dürfe möge wäre hätte würde gab kam ging sah lag saß stand fand bat hielt ließ
nahm sprach trat traf rief schrieb blieb stieg zog fuhr trug wuchs starb verließ begann
gewann erhielt bekam verlor gilt gibt nimmt sieht spricht trifft hält lässt fährt trägt läuft
fällt wies las aß bot log schwieg sang floh verlor empfahl betrat erschien entschied
unterschrieb beschrieb""".split())
_DE_PL = frozenset("sind waren seien wären".split())
# words after "sie" that end like a verb and are none
_DE_NONVERB = frozenset("""nicht nichts jetzt erst selbst zuerst zuletzt meist bereits gut oft
seit mit ihnen ihn ihm uns sich den dem einen einem keinen denen wenn denn dann schon oben
unten innen außen hinten vorne neben zwischen mitten heute gestern morgen bitte gerne seitdem
wieder immer später allein zusammen beide beiden alle allen eben gerade damit dabei dafür
dagegen davon darauf daran darin darüber trotzdem zunächst inzwischen zugleich weiterhin
ebenfalls insgesamt mindestens höchstens zwar laut statt unter hinter über vor nach einst
nun auch noch sogar kaum fast weit meisten ersten letzten nächsten großen kleinen
hierbei hierzu hiermit hierfür daraufhin dadurch dennoch deswegen gleichzeitig anschließend
morgens abends schließlich jedoch allerdings somit also plötzlich sofort bald
gegen wegen binnen entgegen samt nebst dann so da hier dort deshalb daher danach zudem außerdem
zuvor bisher damals nur""".split())
# clause openers after which "sie" is the subject of the verb that follows it
_DE_OPENERS = frozenset("""dass daß weil wenn als ob da und aber doch denn sondern nachdem bevor
obwohl obgleich damit während wie wo seit seitdem bis falls sobald solange indem sodass
oder ehe""".split())
# words before a verb that may be its subject
_DE_SUBJECTS = frozenset("""er es ich du wir ihr man jemand niemand wer der die das den dem des
ein eine einer welche welcher was sie""".split())


def _de_verb_number(w: str) -> str | None:
    """'sg', 'pl' or None: the number of a German finite verb form, if it is one."""
    if not w.islower() or w in _DE_NONVERB or len(w) < 2:
        return None
    if w in _DE_PL:
        return "pl"
    if w in _DE_SG:
        return "sg"
    if w.startswith("ge") and w.endswith(("t", "en")):
        return None  # a participle (gesagt, gegeben): the finite verb is elsewhere
    if w.endswith(("en", "ern", "eln")):
        return "pl"
    if w.endswith(("t", "te")) and not w.endswith("st"):
        return "sg"
    return None


def _de_sie(text: str, toks: list[re.Match], i: int) -> str | None:
    """Who German "sie"/"Sie" at token ``i`` is: 'f' (she, singular verb), 'p' (they or
    formal you, plural verb), None (the verb is not beside it: her, them, she, they)."""
    prev = toks[i - 1] if i else None
    clause_start = prev is None or bool(text[prev.end():toks[i].start()].strip()) \
        or prev.group().lower() in _DE_OPENERS
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    # "sagte sie" / "hat sie": the finite verb before it, opening the clause or after an
    # adverb or a quotation ("…“, sagte sie"); a noun or pronoun before the verb may be its
    # subject ("Er warnte sie": her or them)
    if prev is not None and not text[prev.end():toks[i].start()].strip():
        num = _de_verb_number(prev.group())
        if num is not None:
            before = toks[i - 2] if i >= 2 else None
            bw = before.group() if before is not None else ""
            opener = before is None or bool(text[before.end():prev.start()].strip()) \
                or bw.lower() in _DE_NONVERB or (bw.islower() and bw not in _DE_SUBJECTS)
            if opener:
                return "f" if num == "sg" else "p"
            return None
    if clause_start and nxt is not None and not text[toks[i].end():nxt.start()].strip():
        num = _de_verb_number(nxt.group())
        if num:
            return "f" if num == "sg" else "p"
    return None


# --- evidence ----------------------------------------------------------------------------
def _lookup(lx: GenderLexicon, w: str) -> tuple[str, str, bool] | None:
    return lx.cased.get(w) or lx.words.get(w.lower())


def evidence(text: str, lang: str | None) -> list[Hit] | None:
    """Every word of ``text`` that shows or may show a person's gender; None when
    ``lang`` has no lexicon."""
    lx = gender_lexicon(lang)
    if lx is None:
        return None
    base = norm_lang(lang)
    out: list[Hit] = []
    for pat, g in lx.titles:
        out.extend(Hit(m.start(), m.end(), m.group(), g, _NOUN, True) for m in pat.finditer(text))
    cands, suffix = lx.candidates, lx.suffix
    # most texts have no candidate word at all: tell so from the strings, before making a
    # Match object of every word (the loop below needs them only around a candidate)
    lows = [w.lower() for w in _WORD.findall(text)]
    if cands.isdisjoint(lows) and not (suffix and any(lw.endswith(suffix) for lw in lows)):
        return out
    toks = list(_WORD.finditer(text))
    for i, m in enumerate(toks):
        w = m.group()
        lw = w.lower()
        if lw not in cands and not (suffix and lw.endswith(suffix)):
            continue  # most words: no reading and no entry could make them evidence
        nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
        gap = text[m.end():toks[i + 1].start()] if i + 1 < len(toks) else ""
        before = text[m.start() - 1:m.start()] if m.start() else ""
        if before.isdigit() or gap[:1].isdigit():
            continue  # "2008er", "G7-Staaten": a suffix of a number, no pronoun
        hit = _special(base, lx, text, toks, i)
        if hit is False:
            continue
        if hit is None:
            entry = _lookup(lx, w)
            if entry is None and lx.suffix and w[:1].isupper() and len(w) >= 6 \
                    and w.lower().endswith(lx.suffix) and i:
                entry = ("f", _ROLE, True)  # Lehrerin, Journalistin (not at sentence start)
            if entry is None:
                continue
            g, slot, strong = entry
            if slot in (_NOUN, _ROLE) and (gap.startswith(("-", "‐")) and base == "en"
                                           or before in ("-", "‐") and base != "en"
                                           or nxt.lower() in lx.not_before and not gap.strip()):
                continue  # man-made, sister company, mother tongue, NBC-Tochter (subsidiary)
            if base == "en" and slot == _NOUN and w[:1].isupper() and w.lower() in lx.words \
                    and not _sentence_start(text, toks, i) and not (nxt[:1].isupper() and gap == " "):
                continue  # a name ("Women's Hospital"), unless a title before one ("Queen Anne")
            hit = (g, slot, strong)
        g, slot, strong = hit
        out.append(Hit(m.start(), m.end(), w, g, slot, strong))
    return out


def _special(base: str | None, lx: GenderLexicon, text: str, toks: list[re.Match],
             i: int) -> tuple[str, str, bool] | bool | None:
    """Language-specific readings of one token: a (gender, slot, strong) triple, False to
    skip the token, None to look it up in the lexicon."""
    read = _READERS.get(base or "")
    return read(lx, text, toks, i) if read else None


def _around(text: str, toks: list[re.Match], i: int) -> tuple[str, str, str]:
    """(previous word, next word, both lower-cased; the text between this and the next)."""
    nxt = toks[i + 1].group().lower() if i + 1 < len(toks) else ""
    gap = text[toks[i].end():toks[i + 1].start()] if i + 1 < len(toks) else ""
    prev = toks[i - 1].group().lower() if i else ""
    return prev, nxt, gap


def _read_de(lx: GenderLexicon, text: str, toks: list[re.Match], i: int) -> tuple[str, str, bool] | bool | None:
    w = toks[i].group()
    lw = w.lower()
    prev, nxt, gap = _around(text, toks, i)
    if lw == "sie":
        who = _de_sie(text, toks, i)
        return False if who == "p" else ("f", "subj", who == "f")
    if lw == "ihr":  # her (dative, possessive), their, you; "Ihr" inside a sentence: your
        return False if w == "Ihr" and not _sentence_start(text, toks, i) else ("f", "poss", False)
    if w[:1] == "I" and lw in ("ihre", "ihrem", "ihren", "ihrer", "ihres") \
            and not _sentence_start(text, toks, i):
        return False  # formal "Ihre": your
    if lw == "sein":  # possessive before a word, else the verb "to be"
        if gap.strip() or not nxt or prev == "zu" or nxt in _DE_AFTER_SEIN_VERB:
            return False
        return ("m", "poss", True)
    return None


_DE_AFTER_SEIN_VERB = frozenset("und oder als wie muss kann wird soll könnte dürfte".split())


def _read_fr(lx: GenderLexicon, text: str, toks: list[re.Match], i: int) -> tuple[str, str, bool] | bool | None:
    lw = toks[i].group().lower()
    prev, nxt, gap = _around(text, toks, i)
    if lw == "il":
        j = i + 2 if nxt in ("n", "ne") else i + 1  # il n'y a, il ne faut pas
        after = toks[j].group().lower() if j < len(toks) else ""
        if after in lx.impersonal and (after not in _FR_ETRE or any(
                t.group().lower() in ("de", "d", "que", "qu") for t in toks[j + 2:j + 4])):
            return ("m", "subj", False)  # il faut, il y a, il est clair que: maybe nobody
    if lw == "lui":  # stressed "him" (avec lui, lui-même), else clitic "to him/to her"
        stressed = prev in lx.prep or gap.startswith(("-même", "-meme")) \
            or _sentence_start(text, toks, i) or nxt in ("aussi", "seul", "même")
        return ("m", "obj", True) if stressed else ("mf", "obj", False)
    if lw == "elle" and prev in lx.prep:
        return ("f", "obj", True)
    return None


def _read_romance(lx: GenderLexicon, text: str, toks: list[re.Match], i: int) -> tuple[str, str, bool] | bool | None:
    w = toks[i].group()
    prev = toks[i - 1].group().lower() if i else ""
    if w == "Lei" and not _sentence_start(text, toks, i):
        return False  # Italian formal "you"
    if prev in lx.prep:
        entry = _lookup(lx, w)
        if entry and entry[1] == "subj":
            return (entry[0], "obj", entry[2])  # con él, con ella: him, her
    return None


def _read_en(lx: GenderLexicon, text: str, toks: list[re.Match], i: int) -> tuple[str, str, bool] | bool | None:
    if toks[i].group().lower() != "her":
        return None
    _, nxt, gap = _around(text, toks, i)
    poss = bool(nxt) and not gap.strip() and nxt not in _EN_AFTER_OBJ
    return ("f", "poss" if poss else "obj", True)


_FR_ETRE = frozenset("est était sera serait".split())
# words after English "her" that show it is the object ("told her that"), not "her book"
_EN_AFTER_OBJ = frozenset("""to and or in on at for with by from the a an that as up out back down
off away again too when if but into about over after before because of is was he she it they we
i you this these those there here now then so what who which how why all both not never once
than until while where home last first his her him them their its our my your one some any
no more""".split())
_READERS = {"de": _read_de, "fr": _read_fr, "es": _read_romance, "it": _read_romance,
            "pt": _read_romance, "en": _read_en}
# the lower-case words each reader gives a reading of its own, beside the lexicon's words
# (keep in step with the readers above)
_SPECIAL_WORDS = {"de": frozenset("sie ihr ihre ihrem ihren ihrer ihres sein".split()),
                  "fr": frozenset("il lui elle".split()), "en": frozenset({"her"}),
                  "es": frozenset({"lei"}), "it": frozenset({"lei"}), "pt": frozenset({"lei"})}


def _sentence_start(text: str, toks: list[re.Match], i: int) -> bool:
    if i == 0:
        return True
    between = text[toks[i - 1].end():toks[i].start()]
    return any(c in between for c in ".!?:;«»\"“”„")


def _counts(h: Hit, other_marks: frozenset[str]) -> bool:
    """Is ``h`` strong evidence against a language that marks ``other_marks``? A role
    noun is only if the other language has them: "Ministerin" says a woman is meant, but
    in a translation it may render a neutral "minister" about a woman the source names."""
    return h.strong and h.gender in ("m", "f") and h.slot in other_marks


def _may(h: Hit, g: str, other_marks: frozenset[str]) -> bool:
    """May ``h`` speak of gender ``g``, in a slot the other language marks? An English
    "his" beside French renders the ungendered "son": it says nothing either way."""
    return g in h.gender and (h.slot in other_marks or h.slot == _ROLE)


def _target_pronouns_count(lt: GenderLexicon, ls: GenderLexicon, es_has_neuter: bool) -> bool:
    """May a target's pronoun be read as a person? In a language with grammatical gender
    "er"/"sie"/"elle" also render a source's "it", and a source with grammatical gender
    has its own (der Tisch … er → la table … elle): only beside a natural-gender source
    that has no "it" is a German "er" a man."""
    return not lt.grammatical or (not ls.grammatical and not es_has_neuter)


def flip(src: str, tgt: str, sl: str | None, tl: str | None) -> tuple[str, list[Hit], list[Hit]] | None:
    """(gender of the source, its evidence, the translation's evidence of the other) when
    the source names only that gender and the translation only the other; else None."""
    ls, lt = gender_lexicon(sl), gender_lexicon(tl)
    if ls is None or lt is None:
        return None
    es = evidence(src, sl) or []
    if not es:
        return None
    et = evidence(tgt, tl) or []
    if not et:
        return None
    pron_ok = _target_pronouns_count(lt, ls, bool(ls.neuter) and any(
        w.lower() in ls.neuter for w in _WORD.findall(src)))
    for g, o in (("m", "f"), ("f", "m")):
        s_g = [h for h in es if h.gender == g and _counts(h, lt.marks | {_ROLE})]
        # a possessive added by the translation's own wording ("seiner Rede") proves
        # nothing in a grammatical-gender language
        t_o = [h for h in et if h.gender == o and _counts(h, ls.marks)
               and (h.slot in (_NOUN, _ROLE) or pron_ok and not (lt.grammatical and h.slot == "poss"))]
        if not s_g or not t_o:
            continue
        if any(_may(h, o, lt.marks) for h in es) or any(_may(h, g, ls.marks) for h in et):
            continue  # each side may also speak of the other gender
        return g, s_g, t_o
    if not lt.grammatical and pron_ok:
        return _one_flipped(es, et, lt, ls, tgt)
    return None


# he or she, his/her: both genders on purpose
_INCLUSIVE = re.compile(r"\b(?:he or she|she or he|his or her|her or his|him or her|her or him|"
                        r"himself or herself|herself or himself|s/he|he/she|she/he|his/her|"
                        r"her/his|him/her)\b|\(s\)he\b", re.IGNORECASE)


def _one_flipped(es: list[Hit], et: list[Hit], lt: "GenderLexicon", ls: "GenderLexicon",
                 tgt: str) -> tuple[str, list[Hit], list[Hit]] | None:
    """A translation into a language of natural gender (English) whose personal pronouns
    are as many as the source's, all of one gender there, with some of them flipped here
    (er … seiner … seinen → he … her … his): the rest still agree with the source, so the
    flipped ones are no other person.  Pronouns only: a noun or role on either side may
    be another person (die Chefredakteurin … his walk)."""
    if _INCLUSIVE.search(tgt) or any(h.slot in (_NOUN, _ROLE) for h in es + et):
        return None
    for g, o in (("m", "f"), ("f", "m")):
        if any(h.gender != g or _may(h, o, lt.marks) for h in es):
            continue
        s_g = [h for h in es if _counts(h, lt.marks)]
        t_o = [h for h in et if h.gender == o and _counts(h, ls.marks)]
        t_g = [h for h in et if h.gender == g]
        if s_g and t_o and t_g and len(t_o) + len(t_g) == len(s_g):
            return g, s_g, t_o
    return None


_WHO = {"m": "a man", "f": "a woman"}


@rule("P004", "gender-flipped", "Accuracy/Mistranslation", "major", artefact="gender",
      summary="The source refers to a man and the translation to a woman, or the reverse: "
              "he/she, his/her, er/sie, il/elle, él/ella, Mr/Mrs, father/mother, "
              "Präsident/Präsidentin. Fires only when each side names one gender and nothing "
              "that may be the other; German \"sie\" counts as \"she\" only beside a singular "
              "verb, \"er\"/\"il\" for a thing (\"it\") carries no contrast, and in a "
              "translation of English a German or French pronoun counts only where the source "
              "has no \"it\", a role noun (Präsidentin) never. Into English also one pronoun "
              "of several flipped: as many personal pronouns as the source's, all of one "
              "gender there, some of the other here (er … seiner … seinen → he … her … his).",
      why="MT swaps pronouns (a default \"he\" for a woman, \"her\" copied from a nearby "
          "noun): the sentence stays fluent and now says something false about a person. "
          "Critical-error tests perturb exactly this.",
      fail=("Sie sagte, sie werde im Amt bleiben.", "He said he would stay in office."),
      ok=("Der Tisch ist alt, aber er hält noch.", "The table is old, but it still holds."),
      needs_source=True)
def gender_flipped(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    sl, tl = src.lang if src else None, ctx.target.lang
    if src is None or gender_lexicon(sl) is None or gender_lexicon(tl) is None:
        return
    for b, stext, ttext in _pairs(ctx):
        res = flip(stext, ttext, sl, tl)
        if res is None:
            continue
        g, s_hits, t_hits = res
        h = t_hits[0]
        start, end = _joined_offset(b, h.start), _joined_offset(b, h.end)
        if ctx.target.text[start:end] != h.word:
            start, end = b.target[0].start, b.target[-1].end
        msg = (f"the source refers to {_WHO[g]} (“{s_hits[0].word}”) but the translation to "
               f"{_WHO['f' if g == 'm' else 'm']} (“{h.word}”)")
        yield ctx.flag(start, end, msg, evidence=[ctx.evidence(src, b.source[0], stext, note="source")],
                       suggestion=f"refer to {_WHO[g]} as the source does")
