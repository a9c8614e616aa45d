"""Form: doubled words, bracket/quote balance, quote style, truncation, white space and
punctuation, and grammar calques (number agreement, tense) carried over from the source.

Every rule here works on a single segment pair as well as on a whole article (pair mode
is the hot path of batch runs): the regexes are compiled at import and the word lists
under ``mtcheck/data/form/`` load once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..model import Document, Finding
from ._text import Joined, gershayim_at, lang_region, token_finditer, zipf
from .context import BeadView, CheckContext
from .registry import rule

_DATA = Path(__file__).resolve().parent.parent / "data" / "form"


@lru_cache(maxsize=None)
def load_list(name: str) -> frozenset[str]:
    """A word list from mtcheck/data/form/ (one entry a line, ``#`` comments), lowercased."""
    try:
        text = (_DATA / name).read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    out = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            out.add(entry)
    return frozenset(out)


@lru_cache(maxsize=4096)  # (the rules of a pair ask some fifty times, for a handful of tags)
def base_lang(lang: str | None) -> str:
    return (lang or "").lower().replace("_", "-").split("-")[0]


def _bead_views(ctx: CheckContext) -> list[BeadView]:
    return [b for b in ctx.beads() if b.target]


# URL-like tokens, by alternative; each lies inside one run of non-space characters, so a
# token is searched only with the alternatives it can match (\S+@\S+ tried at every
# position of a 60,000-character token without an address took 12 s)
_URL_PARTS = (
    (lambda t: "://" in t or "www." in t, r"(?:https?://|www\.)\S+"),
    (lambda t: "@" in t and _AT_DOT.search(t) is not None, r"\S+@\S+\.\w+"),
    (lambda t: "." in t and _TLD.search(t) is not None,
     r"\b[\w.-]+\.(?:com|org|net|gov|edu|io|ch|de|fr|it|es|at|uk|eu|co)\b\S*"),
    (lambda t: "pic.twitter.com/" in t, r"\bpic\.twitter\.com/\S+"),
    (lambda t: "@" in t, r"@\w+"),
    (lambda t: "#" in t, r"#\w+"),
)
_AT_DOT = re.compile(r"@\S+\.\w")
_TLD = re.compile(r"\.(?:com|org|net|gov|edu|io|ch|de|fr|it|es|at|uk|eu|co)\b")


def _is_urlish(tok: str) -> bool:
    """Does token ``tok`` hold a URL, an address, a domain, an @handle or a #tag?"""
    return next(token_finditer(tok, _URL_PARTS), None) is not None


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans no punctuation rule reads: URL-like tokens and ICU MessageFormat syntax
    ("{count, plural , one {" is the translator's to space as the source does)."""
    out: list[tuple[int, int]] = []
    # (most texts hold none of the alternatives' marks: no token needs a look)
    if "@" in text or "#" in text or ("." in text and (
            "://" in text or "www." in text or "pic.twitter.com/" in text or _TLD.search(text) is not None)):
        out += [(base + x.start(), base + x.end()) for base, x in token_finditer(text, _URL_PARTS)]
    if "{" in text:
        from .markup import icu_syntax
        out += icu_syntax(text)
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


# ---------------------------------------------------------------------------------------
# S001 doubled-word
# ---------------------------------------------------------------------------------------
_DOUBLED = re.compile(r"(?<![\w'’-])(\w+(?:[-'’.,]\w+)*)([ \t\u00a0]+)(\1)(?![\w'’-]|[.,]\d)", re.IGNORECASE)
_NUMERIC = re.compile(r"[\d.,'’-]+")
_WS = re.compile(r"\s+")


_Cond = tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]


@lru_cache(maxsize=32)
def _reduplications(lang: str) -> dict[str, _Cond]:
    """Words a language may write twice in a row → (words one of which must come before in
    the sentence, words one of which must come right after the pair, words one of which
    must stand right before it), None for no condition: "@after what all" ("What it is
    is"), where ``,`` stands for a clause boundary ("@after ,": "die Frau, die die
    Kinder"); "@before least most" ("valued at at least"; ``<figure>`` there stands for any
    figure); "@prev sets carried" (a phrasal verb's particle before the same preposition:
    "the frost sets in in March")."""
    out: dict[str, _Cond] = {}
    for entry in load_list(f"reduplication.{lang}.txt"):
        entry, _, prv = entry.partition("@prev")
        entry, _, nxt = entry.partition("@before")
        word, _, cond = entry.partition("@after")
        out[word.strip()] = (frozenset(cond.split()) if cond.strip() else None,
                             frozenset(nxt.split()) if nxt.strip() else None,
                             frozenset(prv.split()) if prv.strip() else None)
    return out


# (a comma between digits is a decimal mark, and a semicolon or colon opens a main clause:
# no boundary that licenses "die die" in "1,2 Milliarden Euro; die die größten Märkte")
_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[(–—]")
_NEXT_WORD = re.compile(r"\s+(\w+)")


_PREV_WORD = re.compile(r"(\w+)\s+$")
# the one word a relative clause may open with before its pronoun and an article: a
# preposition (", in der der", ", mit dem dem"), or a conjunction before a demonstrative
# (", und die die meisten folgen", ", bevor die die Kinder"); no other word (a verb after a
# quotation, "…“, meinte die die Sprecherin", leaves no relative pronoun to the pair)
_GAP_WORDS = frozenset(
    "an auf aus bei durch für gegen hinter in mit nach neben ohne über um unter von vor "
    "während wegen zu zwischen seit bis trotz dank gemäß laut samt entlang innerhalb "
    "außerhalb anstatt statt aufgrund mittels ab außer gegenüber zufolge "
    "und oder aber sondern denn doch als bevor nachdem sobald solange falls seitdem sodass "
    "indem ehe da".split())
# the clause after the pair ending on "zu" and an infinitive before its boundary
# ("versprochen, die die Rechnungen bis Juli zu bezahlen."): a zu-infinitive, not a
# relative clause, which ends on its finite verb
_ZU_INFINITIVE = re.compile(r"[^,.;:!?–—()]*?\bzu\s+\w+\s*(?:[,.;:!?]|$)")


# the clause after a German "die die" / "das das" ending on a participle and a form of
# "sein" (", sobald die die Straße gesperrt ist"): the perfect of a verb that takes no
# accusative object, or a passive, so the clause has room for one nominative only, and the
# first article has no role (neither a relative nor a demonstrative pronoun: those need a
# transitive verb, ", die die Kinder betreut hat").  Not the copulas' participles (gewesen,
# geworden, geblieben), nor adjectives that take an accusative (gewohnt), nor verbs of
# motion, which take the way they go (die Treppe hinaufgelaufen ist); "gestiegen" with no
# prefix is a figure's rise (die Zahl ist gestiegen), which takes no way: no such verb
_NO_OBJECT_CLAUSE = re.compile(
    r"[^,.;:!?–—()„“\"]*?\s(?!gewesen\b|geworden\b|geblieben\b|gewohnt\b|gewöhnt\b)"
    r"(?!(?!gestiegen\b)[a-zäöüß]*(?:lauf|gang|gangen|fahr|schwomm|kletter|stieg|wander|ritt|flog|sprung|rannt|"
    r"marschier|radel|segel|zog|zogen|schritt|folg)[a-zäöüß]*\b)"
    r"((?:ge|[a-zäöü]+ge|be|ver|er|zer|ent|emp|miss|über|unter|durch)[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)"
    r"(?:\s+worden)?\s+(?:ist|sind|war|waren|sei|seien|wäre|wären)\s*(?:[,.;:!?–—)]|$)")


# English "that that" is a complementiser before a demonstrative ("said that that plan
# failed") or a pronoun ("that that is"); a demonstrative takes no plural noun, so "that
# that" before a plural noun and its plural verb ("that that costs are") is a slip.  (Not
# -ss, -us, -is, -'s: class, bus, analysis, the firm's)
_THAT_PLURAL = re.compile(r"\s+[a-z]+[^\Wsui'’]s\s+(?:are|were|have|had|do|did|remain|will|would|could|can|"
                          r"should|may|might|must)\b")


_PREPOSITIONS_DE = frozenset(
    "an auf aus bei durch für gegen hinter in mit nach neben ohne über um unter von vor "
    "während wegen zu zwischen seit bis trotz dank gemäß laut samt entlang innerhalb "
    "außerhalb anstatt statt aufgrund mittels ab außer gegenüber zufolge".split())


# a German doubled article right before a preposition ("…, darunter der der am Hafen, …"): a
# relative pronoun and an article, or a demonstrative and an article, need a noun phrase
# after the second word; a preposition there is one only as the start of an extended
# attribute ("die die im Dorf lebenden Kinder betreut"), and a relative clause ends on its
# verb, both lower-case words.  A run up to the clause's boundary holding no lower-case word
# but prepositions, articles and "und"/"oder" leaves the second article no role.
_ARTICLES_DE = frozenset("der die das den dem des".split())
_CONTRACTIONS_DE = frozenset("im am zum zur vom beim ins ans aufs ums unters übers vors".split())
_PREP_RUN_FUNCTION_DE = frozenset(
    "der die das den dem des ein eine einen einem einer eines und oder sowie".split())
_PREP_RUN = re.compile(r"[^,.;:!?()\[\]–—„“”\"«»]*")
_RUN_WORD = re.compile(r"[^\W\d_]+")


def _article_before_bare_phrase(text: str, end: int) -> bool:
    """Does a German doubled article ending at ``end`` of ``text`` stand right before a
    preposition, in a run up to the clause's boundary with no lower-case word that could be
    a verb or an attribute (only prepositions, articles and "und", "oder")?"""
    run = _PREP_RUN.match(text, end).group()
    words = _RUN_WORD.findall(run)
    if not words or words[0] not in _PREPOSITIONS_DE and words[0] not in _CONTRACTIONS_DE:
        return False
    return all(w[0].isupper() or w in _PREPOSITIONS_DE or w in _CONTRACTIONS_DE
               or w in _PREP_RUN_FUNCTION_DE for w in words)


def _no_object_clause(text: str, pos: int, end: int) -> bool:
    """Does the German clause after a doubled article at ``pos``..``end`` of ``text`` end on
    a participle and a form of "sein" (an intransitive perfect or a passive), with no
    preposition before the pair to govern its first word (", für die die Hilfe bestimmt
    ist") nor a zu-infinitive before its end (", die die Märkte zu tragen bereit sind")?"""
    m = _NO_OBJECT_CLAUSE.match(text, end)
    if m is None or m.group(1) == "bereit" or re.search(r"\bzu\s+\w+\s+$", text[end:m.start(1)]):
        return False
    prev = _PREV_WORD.search(text, 0, pos)
    return not (prev and prev.group(1).lower() in _PREPOSITIONS_DE)


def _licensed(text: str, pos: int, end: int, cond: _Cond) -> bool:
    """May the doubled word at ``pos``..``end`` of ``text`` stand twice, given its
    conditions?"""
    after, before, right_after = cond
    if before is not None:
        m = _NEXT_WORD.match(text, end)
        if not m or (m.group(1).lower() not in before
                     and not ("<figure>" in before and m.group(1)[0].isdigit())):
            return False
    if right_after is not None:
        m = _PREV_WORD.search(text, 0, pos)
        if not m or m.group(1).lower() not in right_after:
            return False
    if after is None:
        return True
    prev = text[:pos]
    if "," in after:
        # a clause boundary right before the pair, or before one word (a preposition: ", in
        # der der"): the relative pronoun and an article.  Two words after the comma, the
        # clause has its pronoun already (", das auf dem dem Gelände": a slip)
        tail = " ".join(prev.split()[-2:])
        if _BOUNDARY.search(tail):
            # (that one word a preposition or conjunction: not an adverb opening the clause
            # itself, ", wo die die Wartezeit", nor a verb, "…“, meinte die die")
            last = prev.split()[-1:]
            gap = bool(last) and not _BOUNDARY.search(last[0])
            if (not gap or last[0].lower() in _GAP_WORDS) \
                    and not _ZU_INFINITIVE.match(text, end):
                return True
    words = set(re.findall(r"\w+", prev.lower()))
    if not words & after:
        return False
    # a conjunction earlier in the sentence opens a clause whose demonstrative may stand
    # before an article ("dass die die Kinder"), not a preposition right before the pair:
    # it governs the first word, leaving the second no role ("dass er mit dem dem Team");
    # (the German articles' condition, the one that names "dass")
    last = _PREV_WORD.search(prev)
    return not (last and last.group(1).lower() in _PREPOSITIONS_DE and "dass" in after)


@rule("S001", "doubled-word", "Fluency/Grammar", "minor", artefact="doubled-word",
      summary="A word written twice in a row (“the the”, “came came”); in Chinese and Japanese, "
              "a listed two-character function word or modal written twice (可以可以), or in Chinese "
              "any two-character word written twice after a numeral or demonstrative and a "
              "measure word (两台老化老化锅炉) or between a list's mark, a conjunction joining nouns "
              "or 的 and the noun it modifies (温度和水位水位变化), not a grammatical reduplication (看看, 研究研究) nor a "
              "listed legitimate pair (English “that that”, not before a plural noun and its plural verb, which no demonstrative takes: “said that that fees are”; “sets in in March”, a stranded "
              "“for” before a duration: “the day we waited for for three decades”; German “die die” "
              "after a comma, a relative pronoun and an article, but not after an interrogative "
              "adverb opening the clause: “…, wo die die Wartezeit”, nor after any word but a preposition or conjunction, “…“, meinte die die”, nor, licensed only by a conjunction earlier in the sentence, right after a preposition, which governs the first: “dass sie mit dem dem Team”, nor before a zu-infinitive, “versprochen, die die Rechnungen zu bezahlen”, nor, "
              "unless a preposition governs the first word, in a clause that ends on a participle "
              "and a form of “sein”, which leaves no role to the first: “sobald die die Naht verheilt ist”, “dass die die Miete gestiegen ist”; a verb of motion there may take the way it goes: “die die Treppe hinaufgestiegen ist”; nor right before a preposition whose run up to the clause's boundary holds no lower-case word but prepositions, articles and “und”, “oder” (no verb, no attribute), which leaves the second no role: “…, darunter die die am Hafen, …”; Spanish “que que” only before a bare “sí” or “no”). "
              "In Japanese and Chinese, a one-character particle written twice after a word (東京のの, 新的的), not ものの, ののしる, 的的确确, 目的的. "
              "In Chinese, a one-character function word written twice (会议已已结束, 由由市政府; "
              "prepositions, auxiliaries, function adverbs, conjunctions, demonstratives, the copula), "
              "not where two words meet, the first closing a word with what stands before it or the "
              "second opening one with what follows (即将将其, 对对方, 委员会会, 为了了解). "
              "Not, in Turkish, a bare noun, adjective or adverb reduplicated (mahalle mahalle, yavaş yavaş); "
              "a form with a case, possessive or plural ending on a stem of the language (evde evde), a "
              "function word or hedge (bu bu, yaklaşık yaklaşık), or a word before a figure is still reported; "
              "so is a borrowed word of the source sentence, or one derived from it (dijital dijital ~ digital, "
              "sistemli ~ system: a term, five letters or more, compared as Turkish spells it), and a "
              "word the translation writes elsewhere once before the same next word (a fixed phrase: "
              "“güneş güneş paneli” beside “güneş paneli”).",
      why="Repeated words are a common decoding artefact of neural MT and slip past spell checkers.",
      fail=("Er kam gestern nach Hause.", "He came came home yesterday."),
      ok=("Er kam gestern nach Hause.", "He came home yesterday."),
      options={"min_length": 1})
def doubled_word(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    allow = _reduplications(base_lang(ctx.target.lang))
    min_len = int(opts.get("min_length", 1))
    text = ctx.target.text
    unspaced = base_lang(ctx.target.lang) in _UNSPACED_LANGS
    redup = base_lang(ctx.target.lang) == "tr"
    de = base_lang(ctx.target.lang) == "de"
    en = base_lang(ctx.target.lang) == "en"
    for bead in _bead_views(ctx):
        src_low = None
        for seg in bead.target:
            if unspaced:
                for m in _doubled_unspaced(seg.text, base_lang(ctx.target.lang)):
                    if m.group(0) in bead.source_text:
                        continue  # (the source has it so too)
                    s, e = seg.start + m.start(), seg.start + m.end()
                    yield ctx.flag(s, e, f"“{m.group(1)}” is written twice", suggestion=m.group(1),
                                   evidence=[ctx.evidence(ctx.source, None, bead.source_text, note="source")]
                                   if ctx.source is not None and bead.source else [])
            words = seg.text.lower().split()
            if not any(b.startswith(a) for a, b in zip(words, words[1:])):
                continue  # cheap pre-test: no word is followed by itself
            for m in _DOUBLED.finditer(seg.text):
                word = m.group(1)
                low = word.lower()
                if len(word) < min_len or (low in allow and _licensed(seg.text, m.start(), m.end(), allow[low])
                                           and not (low in ("die", "das") and de
                                                    and _no_object_clause(seg.text, m.start(), m.end()))
                                           and not (de and low in _ARTICLES_DE
                                                    and _article_before_bare_phrase(seg.text, m.end()))
                                           and not (low == "that" and en
                                                    and _THAT_PLURAL.match(seg.text, m.end()))):
                    continue
                if redup and _reduplicated_stem(low, seg.text, m.end()) \
                        and not _borrowed_term(low, bead.source_text) \
                        and not _single_elsewhere(low, seg.text, m.end(), text):
                    continue  # Turkish "kapı kapı", "sıra sıra": door to door, row by row
                if src_low is None:
                    src_low = _WS.sub(" ", bead.source_text).lower()
                # a reduplication the source has too (a name like "Bora Bora") is meant
                if f"{low} {low}" in src_low:
                    continue
                if _NUMERIC.fullmatch(word):
                    # "in 2017 2017": only when the source names the number fewer times
                    if not src_low or _count_token(src_low, low) >= _count_token(seg.text.lower(), low):
                        continue
                s, e = seg.start + m.start(), seg.start + m.end()
                yield ctx.flag(s, e, f"“{text[seg.start + m.start(1):seg.start + m.end(1)]}” is written twice",
                               suggestion=m.group(1),
                               evidence=[ctx.evidence(ctx.source, None, bead.source_text, note="source")]
                               if ctx.source is not None and bead.source else [])


# Turkish doubles a bare noun, adjective or adverb to say "one by one", "little by little"
# (ev ev, yavaş yavaş): grammatical, and productive.  Not a word with a case, possessive or
# plural ending on a stem of the language (evde = ev + de, kapısı = kapı + sı: a form that
# is never doubled), not a function word, hedge or quantifier, and not before a figure
_TR_ENDINGS = tuple(sorted(
    "nın nin nun nün yın yin yun yün ın in un ün ndan nden dan den tan ten nda nde da de ta te "
    "sı si su sü yı yi yu yü ya ye nı ni nu nü na ne lar ler ları leri".split(), key=len, reverse=True))
_TR_NOT_DOUBLED = frozenset(
    "bu şu o bir ve ile de da ki için gibi kadar daha en çok az her hiç yaklaşık neredeyse "
    "ise ama fakat veya ya hem ne mi mı mu mü olarak göre sonra önce üzere değil var yok "
    "ancak ayrıca bile sadece yalnızca tüm bütün bazı birkaç diğer öbür aynı".split())
_TR_STEM_ZIPF = 3.5
_FIGURE_NEXT = re.compile(r"\s*\d")


def _reduplicated_stem(word: str, text: str, end: int) -> bool:
    """Is Turkish ``word``, written twice up to ``end`` of ``text``, a reduplicated bare
    stem (sokak sokak: street by street) rather than a doubling slip?"""
    if word in _TR_NOT_DOUBLED or not word.isalpha() or len(word) < 2 or _FIGURE_NEXT.match(text, end):
        return False
    for suf in _TR_ENDINGS:
        if word.endswith(suf) and len(word) - len(suf) >= 2 and zipf(word[:-len(suf)], "tr") >= _TR_STEM_ZIPF:
            return False
    return True


# Turkish spells a borrowed word by its sound (elektronik, dijital, sistem): how a
# European source's letters come out in it, to compare the two
_TR_SOUNDS = (("au", "o"), ("ph", "f"), ("th", "t"), ("ch", "k"), ("qu", "k"), ("ck", "k"), ("x", "ks"), ("c", "k"),
              ("w", "v"), ("y", "i"), ("ı", "i"), ("ş", "s"), ("ç", "c"), ("ğ", "g"), ("ö", "o"), ("ü", "u"))
# the endings Turkish derives adjectives and nouns with from a borrowed stem (elektrik-li,
# dijital-leş-, kimya-sal, organ-ik): the stem is the borrowed word
_TR_DERIVATIONS = ("sızlık", "sizlik", "lık", "lik", "luk", "lük", "lı", "li", "lu", "lü",
                   "sız", "siz", "suz", "süz", "sal", "sel", "cı", "ci", "cu", "cü", "çı", "çi")
BORROWED_MIN, BORROWED_RATIO = 5, 80
_SOURCE_WORD = re.compile(r"[^\W\d_]{5,}")


def _single_elsewhere(word: str, seg: str, end: int, text: str) -> bool:
    """Does the translation write doubled ``word`` (the pair ending at ``end`` of
    ``seg``) elsewhere once before the same next word, in any of its forms (a fixed
    phrase, "güneş paneli", "güneş panelleri": the reduplication is no figure of speech
    but a slip)?"""
    m = _NEXT_WORD.match(seg, end)
    if m is None:
        return False
    # (the next word's stem: Turkish puts its endings on it, paneli ~ panelleri)
    nxt = m.group(1)[:max(4, len(m.group(1)) - 2)]
    pat = re.compile(r"(?<![\w'’-])(?<!" + re.escape(word) + r" )" + re.escape(word) + r"\s+" + re.escape(nxt),
                     re.IGNORECASE)
    return pat.search(text) is not None


def _tr_sound(w: str) -> str:
    w = w.casefold()
    for a, b in _TR_SOUNDS:
        w = w.replace(a, b)
    return w


def _borrowed_term(word: str, source: str) -> bool:
    """Is Turkish ``word`` (doubled) a borrowed word of the aligned source sentence, or one
    derived from it (elektrikli ~ electric, dijital ~ digital, sistemsiz ~ system): a
    term, written as one word by the source, that Turkish never reduplicates the way it
    does its own bare words (yavaş yavaş, kapı kapı)?  A source in Latin letters only;
    the two compared as Turkish would spell the source's word, five letters at least."""
    if not source or not word.isalpha():
        return False
    stems = {word} | {word[:-len(e)] for e in _TR_DERIVATIONS if word.endswith(e) and len(word) - len(e) >= BORROWED_MIN}
    stems = {_tr_sound(x) for x in stems if len(x) >= BORROWED_MIN}
    if not stems:
        return False
    from rapidfuzz.fuzz import ratio
    for w in set(_SOURCE_WORD.findall(source)):
        if not w.isascii() and not all(c.isascii() or c in "äöüßéèàáíóúñçâêôû" for c in w.casefold()):
            continue
        f = _tr_sound(w)
        if any(f == x or (min(len(f), len(x)) >= BORROWED_MIN and f[:1] == x[:1] and ratio(f, x) >= BORROWED_RATIO)
               for x in stems):
            return True
    return False


# a phrase written twice in a row in a script without spaces between words (Japanese,
# Chinese): three characters or more, one of them a Han character (not the reduplicated
# words both languages make of one or two: 時々, いろいろ, 看看, 研究研究); not from a
# particle on (a phrase starts with its content word: 二酸化硫黄の, not の二酸化硫黄)
_DOUBLED_UNSPACED = re.compile(r"(?![\u3040-\u309f])([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\u30fc]{3,16}?)\1")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_UNSPACED_LANGS = frozenset({"ja", "zh"})


def _doubled_unspaced(text: str, lang: str | None = None) -> Iterator[re.Match]:
    spans = []
    for m in _DOUBLED_UNSPACED.finditer(text):
        if _HAN.search(m.group(1)):
            spans.append(m.span())
            yield m
    rx = _doubled_counted(lang) if lang else None
    if rx is not None:
        # a two-character word written twice right after a numeral or demonstrative and a
        # measure word (两台老化老化锅炉): a noun phrase follows there, where Chinese
        # reduplicates no verb or adjective
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
                yield m
    rx = _DOUBLED_LISTED.get(lang or "")
    if rx is not None:
        # a two-character word written twice after a list's mark, a conjunction joining
        # nouns or 的, and before the noun it modifies (温度和水位水位变化, 的屋顶屋顶材料):
        # a noun phrase, where Chinese reduplicates no verb (研究研究) or adjective
        for m in rx.finditer(text):
            if m.group(1)[0] != m.group(1)[1] and "一" not in m.group(1) \
                    and not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
                yield m
    rx = _doubled_short(lang) if lang else None
    if rx is not None:
        # a two-character word of the language's list written twice (居民可以可以通过): a
        # function word, modal or pronoun, which the language never reduplicates
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
                yield m
    rx = _DOUBLED_PARTICLE.get(lang or "")
    if rx is not None:
        # a one-character particle written twice after a word (東京のの大学, 新的的方法)
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
                yield m
    rx = _doubled_single(lang) if lang else None
    if rx is not None:
        # a one-character function word written twice (这项计划由由市政府负责), unless the two
        # are where two words meet (即将|将, 对|对方)
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans) \
                    and not _words_meet(text, m.start(), m.end(), lang):
                spans.append(m.span())
                yield m


# a one-character particle written twice: Japanese の or を right after a Han character or
# katakana (not ものの "although", ののしる "to abuse", whose の follow hiragana or open a
# word), Chinese 的 (not 的的确确 "truly", 目的的 "of the aim", the taxi 的士, the lake
# 的的喀喀)
_DOUBLED_PARTICLE = {
    "ja": re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fc])(?!ののし)([のを])\1"),
    "zh": re.compile(r"(?<![目靶])(的)\1(?![确確喀士])"),
}


# a two-character word written twice between a mark that opens a noun (the list comma 、,
# the conjunctions that join nouns 和 与 及 或, the attributive 的) and a Han character that
# goes on with the noun phrase (no particle or aspect marker after a reduplicated verb or
# adjective: 的 地 得 了 着 过 吧 呢 啊)
_DOUBLED_LISTED = {
    "zh": re.compile(r"(?<=[、和与與及或的])([\u3400-\u4dbf\u4e00-\u9fff]{2})\1"
                     r"(?=[\u3400-\u4dbf\u4e00-\u9fff])(?![的地得了着著过過吧呢啊嘛吗嗎])"),
}


# numerals and demonstratives before a measure word (两台, 这家, 每座, 30多家)
_COUNT_BEFORE = "0-9０-９一二两兩三四五六七八九十百千万萬几幾数數多这這那该該每各此"


@lru_cache(maxsize=8)
def _doubled_counted(lang: str) -> re.Pattern | None:
    words = load_list(f"classifiers.{lang}.txt")
    if not words:
        return None
    return re.compile(rf"(?<=[{_COUNT_BEFORE}][" + "".join(sorted(words)) + r"])"
                      r"([\u3400-\u4dbf\u4e00-\u9fff]{2})\1")


@lru_cache(maxsize=8)
def _doubled_short(lang: str) -> re.Pattern | None:
    words = sorted(load_list(f"doubled_short.{lang}.txt"))
    return re.compile("(" + "|".join(map(re.escape, words)) + r")\1") if words else None


@lru_cache(maxsize=8)
def _doubled_single(lang: str) -> re.Pattern | None:
    chars = "".join(sorted(w for w in load_list(f"doubled_single.{lang}.txt") if len(w) == 1))
    return re.compile(f"([{re.escape(chars)}])\\1") if chars else None


# a word of this frequency (Zipf) or more that the first of two doubled characters closes
# with the characters before it, or the second opens with those after it: two words meet
WORD_MEET_ZIPF = 3.0


def _words_meet(text: str, start: int, end: int, lang: str) -> bool:
    """Is the doubled character at ``start``..``end`` of ``text`` two words meeting: the
    first closes a word with the one or two characters before it (即将|将, 委员会|会), or
    the second opens one with the one or two after it (对|对方, 所|所长)?"""
    for k in (1, 2, 3):
        if start - k >= 0 and _HAN.fullmatch(text[start - k]) and \
                zipf(text[start - k:start + 1], lang) >= WORD_MEET_ZIPF:
            return True
        if end + k <= len(text) and _HAN.fullmatch(text[end + k - 1]) and \
                zipf(text[end - 1:end + k], lang) >= WORD_MEET_ZIPF:
            return True
    return False


def _count_token(text: str, tok: str) -> int:
    return len(re.findall(rf"(?<![\w.,]){re.escape(tok)}(?![\w]|[.,]\d)", text))


# ---------------------------------------------------------------------------------------
# S002 unbalanced-brackets-quotes
# ---------------------------------------------------------------------------------------
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {v: k for k, v in _BRACKETS.items()}
_ANY_MARK = re.compile(r"[()\[\]{}\"“”„«»‹›]")
_LIST_MARKER = re.compile(r"(?:^|(?<=\s))(?:[0-9]{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)$")
_DOUBLE_Q = set("\"“”„")


def _quote_role(text: str, i: int) -> str:
    """'open' or 'close' for an ambiguous double quote, from the characters around it."""
    ch = text[i]
    if ch == "„":
        return "open"
    if ch == "”":
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:;" or i == 0:
        return "open" if not after.isspace() else "close"
    return "close"


# two commas typed for the low opening quotation mark „ (German, Dutch, Polish …), closed
# by a straight or curly quote, two apostrophes or two backticks: ,,Rechte" / ,,Rechte'' /
# ,,Rechte`` (TeX)
# (,verängstigt genug' for ‚…‘: one comma, where an apostrophe after a word closes it)
_COMMA_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–/]))(,,?)(?=[^\W_])")
_SINGLE_MARK = re.compile(r"['’‘]")


_SINGLE_OF = {"„": "‚", "“": "‘", "«": "‹", "»": "›", '"': "'"}


def comma_quotes(text: str, single: bool = False) -> frozenset[int]:
    """Positions of ",," standing for an opening quotation mark in ``text`` (and, with
    ``single``, of a "," standing for the single one)."""
    if ",," not in text and not (single and " ," in text):
        return frozenset()
    return frozenset(m.start() for m in _COMMA_QUOTE.finditer(text)
                     if m.group(1) == ",," or (single and _closes_single(text, m.end())))


def _closes_single(text: str, start: int) -> bool:
    """Is the first single quotation mark or apostrophe after ``start``, on its line and
    within a short phrase's reach, a closing one: after a word (and its full stop), before
    no letter?"""
    end = text.find("\n", start)
    m = _SINGLE_MARK.search(text, start, min(start + 200, len(text) if end < 0 else end))
    if m is None:
        return False
    j = m.start()
    before = text[j - 1] if text[j - 1] not in ".!?" else text[j - 2]
    return before.isalpha() and not text[j + 1:j + 2].isalpha()


# feet and inches, minutes and seconds: a figure, a prime, one or two digits before the "
_SECONDS_MARK = re.compile(r"\d['′’]\d{1,2}$")


def imbalances(text: str) -> list[tuple[int, str, str]]:
    """Unmatched brackets and quote marks in ``text``: (position, character, class);
    an opening quotation mark typed as two commas is reported as ",,"."""
    out: list[tuple[int, str, str]] = []
    cq = comma_quotes(text)
    if not _ANY_MARK.search(text) and not cq:
        return out
    stack: list[tuple[int, str]] = []
    dq: list[int] = []  # open double quotes (any style: straight, “”, „“, ,,)
    g_open, g_close = [], []
    s_open, s_close = [], []
    for i, ch in enumerate(text):
        if cq and (i in cq or (ch in "'`" and text[i + 1:i + 2] == ch and dq and dq[-1] in cq)):
            if i in cq:
                dq.append(i)
            else:
                dq.pop()  # ,,…'' or ,,…`` (TeX's „…“): the closing pair
            continue
        if ch in _BRACKETS:
            stack.append((i, ch))
        elif ch in _CLOSERS:
            want = _CLOSERS[ch]
            if stack and stack[-1][1] == want:
                stack.pop()
            elif any(c == want for _, c in stack):
                # close the nearest matching opener; the ones above it are unmatched
                while stack and stack[-1][1] != want:
                    p, c = stack.pop()
                    out.append((p, c, "bracket"))
                stack.pop()
            else:
                if ch == ")" and (_LIST_MARKER.search(text[max(0, i - 5):i + 1])
                                  or (i > 0 and text[i - 1] in ":;")):
                    continue  # "a)", "2)" list markers, ":)" smileys
                out.append((i, ch, "bracket"))
        elif ch == '"' and gershayim_at(text, i):
            continue  # Hebrew gershayim typed as " inside an abbreviation (סנ"צ, עו"ד)
        elif ch == '"' and _SECONDS_MARK.search(text, max(0, i - 6), i):
            continue  # the inch or second mark: 6'1", a race time 1'52"48
        elif ch in _DOUBLE_Q:
            if ch == "“" and dq and (text[dq[-1]] == "„" or dq[-1] in cq):
                role = "close"  # „…“ closes so even when spaced („ Kein Borger … nicht “)
            elif ch == "“":
                role = "open" if not dq or text[dq[-1]] != "“" else _quote_role(text, i)
            elif ch == "”" and not dq:
                # Swedish and Finnish open with ” too (”Vi är redo”): an opener's place
                # with nothing open before it
                before = text[i - 1] if i > 0 else " "
                after = text[i + 1] if i + 1 < len(text) else " "
                role = "open" if (before.isspace() or before in "([{—–-/:;") and not after.isspace() \
                    else "close"
            else:
                role = _quote_role(text, i)
            if role == "open":
                dq.append(i)
            elif dq:
                dq.pop()
            else:
                out.append((i, ch, "quote"))
        elif ch == "«":
            g_open.append(i)
        elif ch == "»":
            g_close.append(i)
        elif ch == "‹":
            s_open.append(i)
        elif ch == "›":
            s_close.append(i)
    out.extend((p, c, "bracket") for p, c in stack)
    out.extend((p, ",," if p in cq else text[p], "quote") for p in dq)
    for opens, closes in ((g_open, g_close), (s_open, s_close)):
        if not opens and not closes:
            continue
        # «…» (French, Swiss) or »…« (German books): pair in text order either way
        reverse = bool(closes) and (not opens or closes[0] < opens[0])
        first, second = (closes, opens) if reverse else (opens, closes)
        events = sorted([(p, 0) for p in first] + [(p, 1) for p in second])
        depth: list[int] = []
        for p, kind in events:
            if kind == 0:
                depth.append(p)
            elif depth:
                depth.pop()
            else:
                out.append((p, text[p], "quote"))
        out.extend((p, text[p], "quote") for p in depth)
    out.sort()
    return out


def _balanced_classes(text: str) -> set[str]:
    """Which classes (a bracket character's opener, or 'quote') are unbalanced."""
    bad = set()
    for _, ch, cls in imbalances(text):
        bad.add(_CLOSERS.get(ch, ch) if cls == "bracket" else "quote")
    return bad


def _unbalanced_in_paragraph(ctx: CheckContext, pos: int, cache: dict[int, set[int]]) -> bool:
    """Is the mark at ``pos`` unbalanced in its whole paragraph too?"""
    tgt = ctx.target
    seg = tgt.segment_at(pos)
    if seg is None or not tgt.paragraphs or seg.paragraph >= len(tgt.paragraphs):
        return True
    if seg.paragraph not in cache:
        pg = tgt.paragraphs[seg.paragraph]
        cache[seg.paragraph] = {pg.start + p for p, _ch, _cls in imbalances(tgt.text[pg.start:pg.end])}
    return pos in cache[seg.paragraph]


@rule("S002", "unbalanced-brackets-quotes", "Fluency/Punctuation", "minor",
      artefact="unbalanced-punctuation",
      summary="A bracket or quotation mark opened and never closed (or closed and never opened) "
              "where the source is balanced.",
      why="A lost bracket or quote mark changes what reads as quoted or parenthetical and "
          "often marks a sentence the MT system cut or merged.",
      fail=("Der Präsident (im Amt seit 2019) sprach.", "The president (in office since 2019 spoke."),
      ok=("Der Präsident (im Amt seit 2019) sprach.", "The president (in office since 2019) spoke."))
def unbalanced(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    tgt = ctx.target
    seen_paras: set[int] = set()
    para_bad: dict[int, set[int]] = {}
    for bead in _bead_views(ctx):
        if bead.source:
            idx = [t.index for t in bead.target]
            if idx == list(range(idx[0], idx[0] + len(idx))):
                ttext = tgt.text[bead.target[0].start:bead.target[-1].end]
                at = lambda p, base=bead.target[0].start: base + p  # noqa: E731
            else:  # a debris line was taken out of the bead: judge its sentences only
                joined = Joined(bead.target)
                ttext, at = joined.text, joined.to_doc
            yield from _lone_strong_marks(ctx, bead, ttext, at)
            bad = imbalances(ttext)
            if not bad:
                continue
            src_bad = _balanced_classes(bead.source_text)
            for p, ch, cls in bad:
                key = _CLOSERS.get(ch, ch) if cls == "bracket" else "quote"
                if key in src_bad:
                    continue
                pos = at(p)
                if not _unbalanced_in_paragraph(ctx, pos, para_bad):
                    continue  # a quotation of two sentences, closed in the next one of its
                    # paragraph (a Norwegian dash quote rendered with quotation marks)
                yield ctx.flag(pos, pos + len(ch), _imbalance_message(ch, ttext, p) + "; the source is balanced",
                               evidence=[ctx.evidence(ctx.source, None, bead.source_text, note="source")])
        else:
            # no source to compare with: judge the whole paragraph, brackets and inner quotes
            para = bead.target[0].paragraph
            if para in seen_paras or not tgt.paragraphs or para >= len(tgt.paragraphs):
                continue
            seen_paras.add(para)
            pg = tgt.paragraphs[para]
            ptext = tgt.text[pg.start:pg.end]
            for p, ch, cls in imbalances(ptext):
                if cls == "quote" and (p == 0 or _quote_role(ptext, p) == "open"):
                    continue  # multi-paragraph quotations open each paragraph and close once
                yield ctx.flag(pg.start + p, pg.start + p + len(ch), _imbalance_message(ch, ptext, p))


# a Markdown strong-emphasis marker: the loader drops the ones that pair up, so one left
# in the text opens or closes nothing and a reader sees two asterisks
_STRONG = re.compile(r"(?<![*_])(?:\*\*|__)(?![*_])")


def _lone_strong_marks(ctx: CheckContext, bead: BeadView, ttext: str, at) -> Iterator[Finding]:
    """An odd number of "**" (or "__") in a bead's target and in its paragraph where the
    source's are even (none, or a pair of a plain-text source)."""
    if "**" not in ttext and "__" not in ttext:
        return
    marks = list(_STRONG.finditer(ttext))
    if len(marks) % 2 == 0 or len(_STRONG.findall(bead.source_text)) % 2:
        return
    m = marks[-1]
    pos = at(m.start())
    seg = ctx.target.segment_at(pos)
    if seg is not None and seg.paragraph < len(ctx.target.paragraphs):
        pg = ctx.target.paragraphs[seg.paragraph]
        if len(_STRONG.findall(ctx.target.text, pg.start, pg.end)) % 2 == 0:
            return  # bold over two sentences of one paragraph ("**One. Two.**")
    opens = m.end() < len(ttext) and not ttext[m.end()].isspace()
    what = "opens emphasis that nothing closes" if opens else "closes emphasis that nothing opened"
    yield ctx.flag(pos, pos + 2, f"“{m.group()}” {what} (a reader sees the two characters); "
                                 "the source is balanced",
                   evidence=[ctx.evidence(ctx.source, None, bead.source_text, note="source")])


def _imbalance_message(ch: str, text: str, p: int) -> str:
    if ch in _BRACKETS or ch in ("«", "‹", ",,") or (ch in _DOUBLE_Q and _quote_role(text, p) == "open"):
        return f"“{ch}” is opened but never closed"
    return f"“{ch}” closes nothing"


# ---------------------------------------------------------------------------------------
# S003 quote-style
# ---------------------------------------------------------------------------------------
# (an opening guillemet does not stand glued to the word or stop before it: "…lækatte,« siger
# han. »Det …" closes one »…« quote and opens the next, no «…» quote between)
_QUOTE_SPANS = [
    ("«»", re.compile(r"(?<![\w.,;:!?…])«[^«»\n]{1,400}»")),
    ("»«", re.compile(r"(?<![\w.,;:!?…])»[^«»\n]{1,400}«")),
    ("„“", re.compile(r"„[^„“”\n]{1,400}[“”]")),
    ("“”", re.compile(r"“[^“”„\n]{1,400}”")),
]
_STRAIGHT = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–/-]))\"[^\"\n]{1,400}\"")
_STYLE_NAMES = {"«»": "«…»", "»«": "»…«", "„“": "„…“", "“”": "“…”", '""': '"…"'}
# Styles each target language uses (straight quotes are accepted everywhere).
ALLOWED_STYLES = {
    "en": {"“”", '""'},
    "de": {"„“", "«»", "»«", '""'},
    "fr": {"«»", "“”", '""'},
    "it": {"«»", "“”", '""'},
    "es": {"«»", "“”", '""'},
    "pt": {"«»", "“”", '""'},
    "nl": {"“”", "„“", '""'},
}
# where a region's own style narrows its language's (a target tagged de-CH or de-DE): Swiss
# German quotes «…», German of Germany and Austria „…“ or »…« (never «…», the Swiss and
# French style)
REGION_STYLES = {("de", "CH"): {"«»", '""'}, ("de", "LI"): {"«»", '""'},
                 ("de", "DE"): {"„“", "»«", '""'}, ("de", "AT"): {"„“", "»«", '""'}}


_LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "it": "Italian", "es": "Spanish",
               "pt": "Portuguese", "nl": "Dutch"}


def quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """Quoted stretches of ``text`` with their style key («», »«, „“, “”, "")."""
    if not any(c in text for c in "«»„“”\""):
        return []
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for style, rx in _QUOTE_SPANS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            out.append((s, e, style))
            taken.append((s, e))
    if '"' in text:
        for m in _STRAIGHT.finditer(text):
            s, e = m.span()
            if not any(a < e and s < b for a, b in taken):
                out.append((s, e, '""'))
    out.sort()
    return out


def _norm_style(value: str) -> str | None:
    v = value.strip().replace("…", "")
    if len(v) == 2 and (v in _STYLE_NAMES or v == '""'):
        return v
    return None


@rule("S003", "quote-style", "Locale convention/Quotation marks", "minor", artefact="quote-style",
      summary="Quotation marks that are not the target language's style (e.g. «…» or „…“ in "
              "English; for a target tagged de-CH «…» only, for de-DE or de-AT never «…»), two "
              "typographic styles mixed in one document, or an opening mark typed "
              "as two commas (,,Rechte\" for „Rechte“) or a single one as a comma (,genug' for ‚genug‘).",
      why="MT carries the source's quotation marks over; readers see foreign typography and "
          "inconsistent quoting marks unedited copy.",
      fail=("Er nannte es «eine gute Idee».", "He called it «a good idea»."),
      ok=("Er nannte es «eine gute Idee».", "He called it “a good idea”."),
      options={"quote_style": ""})
def quote_style(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    text = ctx.target.text
    spans = quoted_spans(text)
    cq = comma_quotes(text, single=True)
    if not spans and not cq:
        return
    lang = base_lang(ctx.target.lang)
    forced = _norm_style(str(opts.get("quote_style") or ""))
    region = lang_region(ctx.target.lang)
    regional = REGION_STYLES.get((lang, region))
    allowed = {forced} if forced else regional or ALLOWED_STYLES.get(lang)
    if cq:
        opener = "„" if not allowed or "„“" in allowed else _first_style(allowed)[0]
        for p in sorted(cq):
            if text.startswith(",,", p):
                yield ctx.flag(p, p + 2, f"an opening quotation mark typed as two commas; write “{opener}”",
                               suggestion=opener)
            else:
                one = _SINGLE_OF[opener]
                yield ctx.flag(p, p + 1, f"an opening single quotation mark typed as a comma; write “{one}”",
                               suggestion=one)
    src_styles: set[str] = set()
    if ctx.source is not None:
        src_styles = {st for _, _, st in quoted_spans(ctx.source.text)}
    counts: dict[str, int] = {}
    for _, _, st in spans:
        counts[st] = counts.get(st, 0) + 1
    flagged: set[int] = set()
    if allowed:
        for s, e, st in spans:
            if st in allowed or (not forced and st == '""'):
                continue
            want = " or ".join(_STYLE_NAMES[a] for a in sorted(allowed, key=lambda a: (a == '""', a)))
            where = (f"the configured style is {_STYLE_NAMES[forced]}" if forced
                     else f"{lang}-{region} uses {want}" if regional
                     else f"{_LANG_NAMES.get(lang, lang)} uses {want}")
            carried = " (carried over from the source)" if st in src_styles else ""
            flagged.add(s)
            yield ctx.flag(s, e, f"{_STYLE_NAMES[st]} quotation marks{carried}; {where}",
                           suggestion=_requote(text[s:e], forced or _first_style(allowed)))
    # two typographic styles (straight quotes aside) mixed in one document: flag the minority
    typo = {st: n for st, n in counts.items() if st != '""' and (not allowed or st in allowed)}
    if len(typo) >= 2:
        major = max(typo, key=lambda st: (typo[st], st == _first_style(allowed or {st})))
        for s, e, st in spans:
            if st in typo and st != major and s not in flagged:
                yield ctx.flag(s, e, f"{_STYLE_NAMES[st]} quotation marks in a document that "
                                     f"otherwise uses {_STYLE_NAMES[major]} ({typo[major]}×)",
                               suggestion=_requote(text[s:e], major))


def _first_style(allowed: set[str]) -> str:
    typo = [a for a in allowed if a != '""']
    order = ["“”", "«»", "„“", "»«"]
    for o in order:
        if o in typo:
            return o
    return '""'


def _requote(span: str, style: str) -> str:
    inner = span[1:-1]
    return style[0] + inner + style[1] if len(style) == 2 else span


# ---------------------------------------------------------------------------------------
# S004 truncation
# ---------------------------------------------------------------------------------------
# (a space or a comma may stand before the ellipsis: "Kurzzeitvermietungen …", 詰めかけ、…)
# (Chinese writes its ellipsis doubled: 将于……)
_TRUNC_END = re.compile(r"([^\W_][\w'’-]*)[ \u00a0,、，]?(……|…|\.\.\.)[\s\"”»“]*$")
_TRUNC_LINK = re.compile(r"([^\W_][\w'’-]*)(…|\.\.\.)\s+(?=https?://|www\.|pic\.twitter\.com|t\.co/|bit\.ly/|[—–]\s)")
_ELLIPSIS = re.compile(r"…|\.\.\.|\[\.\.\.\]|\(\.\.\.\)")
# an ellipsis inside the sentence right before the opening of another one (an opening
# quotation mark, or a capital after a space): a sentence cut off and the next glued to it,
# which the segmenter then read as one ("… the new timetable…“We were never asked …”")
_TRUNC_MID = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0,、，]?(……|…|\.\.\.)"
                        r"(?=[ \u00a0]*[「『“„«\"‘‹]|[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩԱ-Ֆ])")
# (the full stops of other scripts too: the danda of Bengali and Hindi, Urdu's, Armenian's,
# Ethiopic's, Burmese's; Arabic's question mark)
_COMPLETE_END = re.compile(r"[.!?。！？।॥۔؟։።။][\s\"'”’»«“)\]]*$|[\"”»“][\s]*$")

# A sentence cut off without an ellipsis: the target stops, with no closing mark, on a word
# no sentence of its language ends in.  Per language, two tiers of closed-class words:
# "strong" ones never end a sentence (articles, possessive determiners, conjunctions,
# contracted prepositions); "weak" ones may (English stranded prepositions "the house she
# lives in", auxiliaries "yes, he is", pronoun-like "eine", "une"), so they count only
# where the target is also much shorter than the source.  Left out on purpose: words that
# double as separable prefixes or postpositions (German an/auf/zu/ab/nach/wegen/gemäss,
# Dutch prepositions; German "in" and "ohne" are none: the particle is "ein"), demonstratives (German das/die/dem, Dutch dat/het), French en/y/pour/
# contre/si/or, Spanish contra/sobre/entre, and German auxiliaries (verb-final clauses).
_CUT_WORDS: dict[str, tuple[str, str]] = {
    "en": ("the a an its my your our their every and or nor but because although whereas "
           "unless whether than among amid amongst despite during via including regarding "
           "versus unlike",
           "of to for from with into onto in on at by about upon between without as if "
           "is are was were be been has have had will would shall should can could may might "
           "must do does did whose concerning"),
    "de": ("des zum zur vom im ins beim am in ohne und oder sowie sondern dass weil obwohl ob falls "
           "sodass als von für seit zwischen bis trotz während mittels infolge aufgrund anhand "
           "seine seinen seinem seines ihre ihren ihrem ihres unsere unseren unserem unseres "
           "eure euren eurem deine deinen deinem",
           "eine einen einem einer eines diese dieser diesen diesem dieses jede jeden jedem "
           "jedes welche welchen welchem gegen hinter neben wenn"),
    "fr": ("le la les du des au aux de à ce cet cette ces mon ma mes ta tes sa ses "
           "notre votre nos vos et ou mais ni que dont lorsque puisque quoique comme "
           "dans par chez vers parmi sous sur dès malgré envers",
           "un une son ton car entre est sont était étaient ont avait pendant"),
    "es": ("el la los las un unos del al de a en con por sin hacia desde y e o u ni "
           "pero sino que porque aunque si mi tu su mis tus sus cuyo cuya cuyos cuyas",
           "una unas para hasta es son era fue ha han había"),
    "it": ("il lo la i gli le un del dello della dei degli delle al allo alla ai agli alle "
           "nel nello nella nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla "
           "dai dagli dalle di a da in con per tra fra e ed o od ma né che se",
           "una è sono era ha hanno aveva"),
    "pt": ("o a os as um uns umas do da dos das no na nos nas ao aos à às pelo pela pelos "
           "pelas num numa de em com por sem sobre e ou mas nem que porque cujo cuja",
           "uma para é são era foi tem têm tinha seu sua seus suas"),
    "nl": ("de des en of want omdat hoewel terwijl zodat als te uw jouw",
           "een mijn is zijn was waren heeft hebben had wordt werd"),
    # Hungarian: the article "a" (the pronoun is "az"), conjunctions; "az", "egy" and
    # "vagy" (also "that", "one", "you are") may end one
    "hu": ("a és de ha mint mert valamint illetve hanem miután mielőtt amikor ahol amely amelyet",
           "az egy hogy vagy"),
    # Finnish: conjunctions (no articles, and postpositions end sentences)
    "fi": ("ja sekä että mutta koska jotta kuin eli vaan kun jos",
           "tai"),
    # Czech: conjunctions and the prepositions that are no adverbs or postpositions (not
    # "se", also the reflexive pronoun: "Usmál se.")
    "cs": ("a i ani nebo ale avšak že protože aby když pokud než jestli zda "
           "v ve na do od z ze k ke o u s pro při před mezi bez přes",
           "jako"),
    # Slovak and Polish likewise (not "sa"/"się", the reflexive pronouns: "Usmial sa.")
    "sk": ("a i ani alebo ale avšak že pretože aby keď ak než či "
           "v vo na do od z zo k ku o u s so pre pri pred medzi bez cez",
           "ako"),
    "pl": ("i oraz lub albo ani ale lecz jednak że ponieważ aby żeby gdy jeśli niż czy "
           "w we na do od z ze k ku o u przy przed między bez przez dla",
           "jak"),
    # Indonesian and Malay: the relative "yang", conjunctions, prepositions (no postpositions:
    # a sentence ends on its noun, "di sini", "ke sana"), the noun markers "para", "sang" and
    # the copulas "adalah", "ialah", "merupakan", which need what follows; "dalam" (also
    # "deep"), "seperti", "antara", "karena"/"kerana" and "akan" may end one
    "id": ("yang dan atau tetapi serta maupun bahwa sebagai dengan di ke dari untuk pada oleh "
           "bagi tentang terhadap kepada agar supaya sehingga meskipun walaupun jika apabila "
           "para sang adalah ialah merupakan",
           "dalam seperti antara karena akan"),
    "ms": ("yang dan atau tetapi serta mahupun bahawa sebagai dengan di ke dari untuk pada oleh "
           "bagi tentang terhadap kepada agar supaya sehingga meskipun walaupun jika apabila "
           "para sang adalah ialah merupakan",
           "dalam seperti antara kerana akan"),
    # Korean: conjunctions and "약" (about, before a number); a sentence ends in its verb
    "ko": ("및 또는 혹은 그리고 그러나 하지만 약", ""),
    # Japanese: no spaces, so the run of letters the text ends on is tested by its ending
    # (_CUT_ENDINGS)
    "ja": ("", ""),
}
# the particles a sentence of a language written without spaces never ends on: the topic
# and object particles of Japanese (通常は, 計画を), the object particle of Korean
# (…리튬을 is a noun too: 마을, 가을; 를 follows a vowel and ends no noun)
_CUT_ENDINGS: dict[str, tuple[str, ...]] = {"ja": ("は", "を"), "ko": ("를",)}
# (Japanese greetings end in は: こんにちは, こんばんは)
_CUT_ENDING_WORDS_OK = frozenset({"こんにちは", "こんばんは"})
# articles that double as pronouns, and end no sentence right after a preposition
# (German "gegen die", Dutch "met het"; the pronoun would be "dagegen", "ermee")
_CUT_AFTER_PREP: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "de": (frozenset("an auf aus bei mit nach von zu vor über unter um durch für gegen ohne seit "
                     "zwischen hinter neben in wegen trotz während laut gemäss gemäß dank statt "
                     "anstatt innerhalb ausserhalb außerhalb".split()),
           frozenset("der die das den dem".split())),
    "nl": (frozenset("met van in op aan voor naar bij uit over door tegen om tot onder achter "
                     "naast tussen zonder volgens".split()),
           frozenset("het".split())),
}
# in a verb-final subordinate clause an article or pronoun right after the conjunction is
# its subject, and the verb must follow (German "…, wenn das", Dutch "…, omdat het")
_CUT_AFTER_CONJ: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "de": (frozenset("dass daß weil obwohl ob falls wenn sodass sobald solange bevor nachdem "
                     "damit während".split()),
           frozenset("der die das den dem er sie es man".split())),
    "nl": (frozenset("dat omdat hoewel terwijl zodat als wanneer of voordat nadat zodra "
                     "totdat".split()),
           frozenset("het hij zij ze men dit".split())),
}
# a word broken at its hyphen ("… have bear-"): the rest of the compound is lost
_HYPHEN_CUT = re.compile(r"(?<![\w'’-])([^\W\d_]{2,}-)$")
# a tag question may drop its "?" (", oder" for "..., right?")
_TAG_WORDS = {"de": frozenset({"oder"})}
# French and Italian elided forms (l', d', dell') end no sentence either
_ELIDED_END = {"fr": re.compile(r"(?<![^\W\d_])(?:[ldjcmnst]|qu|jusqu|lorsqu|puisqu)['’]$", re.I),
               "it": re.compile(r"(?<![^\W\d_])(?:[ld]|dell|all|nell|sull|dall|un|quell)['’]$", re.I)}
_CUT_SKIP_KINDS = frozenset({"caption", "credit", "ui", "embed", "byline", "metadata", "headline",
                             "subheading"})
_CUT_CLOSERS = "\"'»«”“’‘)]}›‹」』）】 \u00a0\t\r\n*"
_SRC_END_MARKS = ".!?。！？؟"
_UNSPACED_CUT = frozenset({"ja"})  # target languages written without spaces that _CUT_WORDS covers
_LAST_WORD = re.compile(r"(?<![\w'’.-])([^\W\d_]+)$")
_CUT_SHORT, _CUT_VERY_SHORT = 0.7, 0.5   # target/source letters where the source predicts ~1


@lru_cache(maxsize=None)
def _cut_words(lang: str) -> tuple[frozenset[str], frozenset[str]] | None:
    entry = _CUT_WORDS.get(lang)
    return (frozenset(entry[0].split()), frozenset(entry[1].split())) if entry else None


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


def cut_off_end(stext: str, ttext: str, sl: str | None, tl: str | None) -> tuple[int, int, str] | None:
    """(start, end, why) of where ``ttext`` breaks off mid-phrase without an ellipsis, given
    its aligned source ``stext``: the source ends a sentence with a mark, the target has no
    mark and stops on a word its language ends no sentence in, or is far shorter than the
    source.  None when the target is complete or the languages are not covered."""
    tl, sl = base_lang(tl), base_lang(sl)
    words = _cut_words(tl)
    s, t = stext.rstrip(_CUT_CLOSERS), ttext.rstrip(_CUT_CLOSERS)
    if words is None or not s or not t or s[-1] not in _SRC_END_MARKS or s.endswith("..."):
        return None
    if t[-1] not in _SRC_END_MARKS and len(t.split()) >= 3 and (h := _HYPHEN_CUT.search(t)):
        return h.start(1), h.end(1), f"“{h.group(1)}” stands at the end, a word cut at its hyphen"
    unspaced_t = tl in _UNSPACED_CUT
    if t[-1] in _SRC_END_MARKS or t[-1] in "…:;,–—-" or (len(t.split()) < 3 and not unspaced_t) or (
            unspaced_t and _letters(t) < 12) or (
            len(s.split()) < 4 and sum(1 for c in s if c.isalpha() and ord(c) >= 0x2E80) < 8):
        return None  # (a Chinese or Japanese sentence has no spaces: its characters)
    endings = _CUT_ENDINGS.get(tl)
    if endings:
        m = _LAST_WORD.search(t)
        if m is not None and m.group(1).endswith(endings) and m.group(1) not in _CUT_ENDING_WORDS_OK \
                and len(m.group(1)) > 1:
            k = len(next(e for e in endings if m.group(1).endswith(e)))
            return m.end() - k, m.end(), f"it stops on the particle “{m.group(1)[-k:]}”, which ends no sentence"
    elided = _ELIDED_END.get(tl)
    m = elided.search(ttext.rstrip()) if elided else None  # before closers take the apostrophe
    if m is not None:
        return m.start(), m.end(), f"“{m.group()}” stands at the end, its word cut off"
    m = _LAST_WORD.search(t)
    if m is None or _is_urlish(t.split()[-1]):
        return None
    word = m.group(1)
    strong, weak = words
    ratio = _letters(t) / max(1, _letters(s)) if sl in _CUT_WORDS else 1.0
    # lower case only: a capital is a name, a noun or an acronym (Plan A, aus Trotz, OR)
    if word in strong and not (word in _TAG_WORDS.get(tl, ()) and t[:m.start()].rstrip().endswith(",")):
        return m.start(), m.end(), f"it stops on “{word}”, which ends no sentence"
    after = _CUT_AFTER_PREP.get(tl)
    prev = t[:m.start()].split()[-1:] if after and word in after[1] else []
    if prev and prev[0].lower() in after[0]:
        return m.start(), m.end(), f"it stops on “{word}” after a preposition"
    conj = _CUT_AFTER_CONJ.get(tl)
    prev = t[:m.start()].split()[-1:] if conj and word in conj[1] else []
    if prev and prev[0].lower() in conj[0]:
        return m.start(), m.end(), f"it stops on “{word}” after “{prev[0]}”, before the clause's verb"
    if word in weak and ratio < _CUT_SHORT:
        return m.start(), m.end(), f"it stops on “{word}” at {ratio:.0%} of the source's length"
    if ratio < _CUT_VERY_SHORT and len(s.split()) >= 10 and len(t.split()) >= 4:
        return m.start(), m.end(), f"it stops at {ratio:.0%} of the source's length"
    return None


def _cut_beads(ctx: CheckContext) -> Iterator[tuple[BeadView, str, str]]:
    """Beads with body text on both sides (furniture and headlines drop their marks)."""
    for b in _bead_views(ctx):
        src = [s for s in b.source if s.kind not in _CUT_SKIP_KINDS]
        tgt = [s for s in b.target if s.kind not in _CUT_SKIP_KINDS]
        if src and tgt:
            yield b, " ".join(s.text for s in src), " ".join(s.text for s in tgt)


@rule("S004", "truncation", "Accuracy/Omission", "major", artefact="truncation",
      summary="A target sentence cut off where the aligned source sentence is complete: it "
              "stops in an ellipsis (or before a link; or before the opening quotation mark or "
              "capital of the next sentence, glued to it, where the bead pairs it with more source "
              "sentences: … the new timetable…“We were never asked …”); or, with no closing mark where the source "
              "has one, it ends on a word no sentence of its language ends in (an article, "
              "possessive, conjunction, a preposition that is no verb particle; in Indonesian and "
              "Malay yang, sebagai, dengan, bahwa …; in Korean a "
              "conjunction or 약 “about”, the object particle 를; in Japanese the particle は or を "
              "the text stops on: …通常は; a word that may "
              "end one, such as a stranded preposition or an auxiliary, only where the target is "
              "also much shorter than the source), or it stops at under half the source's length, "
              "on a word cut at its hyphen (bear-), or, in German and Dutch, right after a "
              "clause's conjunction and subject (wenn das, omdat het); or it runs on from a "
              "lower-case word into an opening quotation mark where the source ends a sentence "
              "and opens the next with a quotation (… could weaken \"When companies …,\" says …; "
              "also a quotation going on into the next sentence, and in languages with no list of "
              "words no sentence ends in), or "
              "into an article written with its capital before a lower-case word (… reopened last "
              "The renovation of …; not in German), where the source ends a sentence there and the "
              "part before is short for its source or the two parts split by the source sentences' "
              "figures and names (the next source sentence may stand in a bead of its own with no "
              "translation; where an added sentence gives the bead as many target sentences as source ones, "
              "only after a word no sentence ends in: … can no longer be The prefecture …); or, in a language that capitalises only names, into a common word "
              "written with its capital that the source does not have (… dit även Staden bygger …; "
              "the preposition of attribution that opens a sentence, Enligt, Selon, Según, also before a name "
              "and whatever the lengths: … för första gången Enligt Rautio …); "
              "or, in German, after an article into a capitalised article (… mit Vertretern des Der Verein fordert …); "
              "a capitalised place the source names in its own form (Misri ~ Egypt) is no such common word; "
              "or, in German, a sentence whose last clause opens with a subordinating conjunction (dass, nachdem, sodass) "
              "and ends on a noun with no verb and no coordination (…, dass an den steilen Hängen.); "
              "or into a pronoun or demonstrative written "
              "with its capital after a word no sentence ends in (… is estimated at That is "
              "roughly …; or a distributive determiner: … is due to be Each will hold …), where the "
              "source ends a sentence there; or, in a verb-final language "
              "written with capitals (Turkish) whose function words mtcheck knows, from a "
              "lower-case word that is none of them into a name the same sentence has already "
              "written and the source writes (not inside a name: Rüti bei Lyssach) ("
              "… Robert Morrison, mühendislerin gece gündüz Morrison, “…” dedi: the verb of a "
              "verb-final sentence lost), where the source has a sentence more than the "
              "translation and ends one there; or, at the end of its paragraph, it stops on a bare "
              "word (of any script: an Indic word may end on its vowel sign, कोलोराडो) inside a "
              "quotation the translation opened and never closes, where the source "
              "sentence closes its quotation and ends with a mark (… “Our staff live here, their "
              "children go to school here — the source going on “…, and we intend to stay,” she "
              "said.”: the rest of the quotation and the verb of saying lost). A sentence the aligner "
              "left unpaired beside its source sentence, also unpaired, in the same place of the same "
              "paragraph is judged against it by its last word (not by its length).",
      why="Teasers and embeds are often scraped in their shortened form, and MT output and "
          "copied text get cut at a length limit without any mark; the reader loses the end of "
          "the sentence the source gives in full.",
      fail=("Die Regierung kündigte am Montag neue Massnahmen gegen die Inflation an.",
            "The government announced on Monday new measures against the"),
      ok=("Die Regierung kündigte am Montag neue Massnahmen gegen die Inflation an.",
          "The government announced new measures against inflation on Monday."),
      needs_source=False)
def truncation(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    yield from _ellipsis_truncation(ctx)
    if ctx.source is None:
        return
    sl, tl = ctx.source.lang, ctx.target.lang
    if _cut_words(base_lang(tl)) is None:
        # (no list of the words no sentence ends in: only the run-on into a quotation, a
        # capitalised common word or a name again)
        for b, stext, ttext in _cut_beads(ctx):
            cq = _cut_in_open_quote(ctx, b, stext, ttext)
            if cq is not None:
                yield cq
                continue
            glued = list(_cut_before_quote(ctx, b))
            yield from glued
            if not glued:
                yield from _cut_before_capital(ctx, b)
            yield from _cut_before_repeated_name(ctx, b)
        return
    for b, stext, ttext in _cut_beads(ctx):
        cq = _cut_in_open_quote(ctx, b, stext, ttext)
        if cq is not None:
            yield cq
            continue
        yield from _cut_inside_bead(ctx, b, stext, tl)
        yield from _cut_before_quote(ctx, b)
        glued = list(_cut_before_article(ctx, b))
        yield from glued
        if not glued:
            yield from _cut_before_capital(ctx, b)
        yield from _cut_before_repeated_name(ctx, b)
        yield from _cut_verbless_clause(ctx, b, stext, tl)
        cut = cut_off_end(stext, ttext, sl, tl)
        if cut is None:
            cut = _cut_before_lost(ctx, b, stext, ttext)
        if cut is None:
            continue
        seg = [s for s in b.target if s.kind not in _CUT_SKIP_KINDS][-1]
        off = seg.start - (len(ttext) - len(seg.text))  # ttext ends with seg.text
        yield ctx.flag(off + cut[0], off + cut[1],
                       f"the sentence breaks off: {cut[2]}; the source ends in "
                       f"“{stext.rstrip(_CUT_CLOSERS)[-1]}”",
                       evidence=[ctx.evidence(ctx.source, None, stext, note="source, complete")],
                       suggestion="restore the end of the sentence from the source")
    yield from _cut_unpaired(ctx, sl, tl)


def _cut_unpaired(ctx: CheckContext, sl: str | None, tl: str | None) -> Iterator[Finding]:
    """A target sentence the aligner left unpaired beside a source sentence it also left
    unpaired, in the same place of the same paragraph: a sentence cut off short of its
    source no longer fits that source by length, so the two stand in beads of their own
    side by side.  Read as a pair, the target is judged as any other, but by its last word
    only (it stops on a word no sentence of its language ends in), not by its length."""
    beads = ctx.beads()
    for i, b in enumerate(beads):
        if b.source or len(b.target) != 1 or b.target[0].kind in _CUT_SKIP_KINDS:
            continue
        t = b.target[0]
        if not t.text.rstrip(_CUT_CLOSERS) or t.text.rstrip(_CUT_CLOSERS)[-1] in _SRC_END_MARKS:
            continue
        for k in (i - 1, i + 1):
            if not 0 <= k < len(beads):
                continue
            n = beads[k]
            if n.target or len(n.source) != 1 or n.source[0].kind in _CUT_SKIP_KINDS:
                continue
            s = n.source[0]
            if _para_place(ctx.source, s) != _para_place(ctx.target, t):
                continue
            cut = cut_off_end(s.text, t.text, sl, tl)
            if cut is None or cut[2].startswith("it stops at "):
                continue  # (not by its length alone: the two are no sure pair)
            yield ctx.flag(t.start + cut[0], t.start + cut[1],
                           f"the sentence breaks off: {cut[2]}; the source sentence in its place "
                           f"ends in “{s.text.rstrip(_CUT_CLOSERS)[-1]}”",
                           evidence=[ctx.evidence(ctx.source, s, note="source, complete")],
                           suggestion="translate the rest of the source sentence")
            break


def _para_place(doc, seg) -> tuple[int, int]:
    """(position of ``seg`` among the sentences of its paragraph, their number)."""
    mine = [x for x in doc.segments if x.paragraph == seg.paragraph]
    return next((j for j, x in enumerate(mine) if x is seg), -1), len(mine)


# a subordinate clause that closes its sentence and must end in its finite verb (German
# writes the verb last there and its nouns with a capital): "…, dass auf den gesperrten
# Straßen." lost the end of the clause with its verb
# (not "obwohl", "weil", which may stand before a phrase alone: "- obwohl in verschiedenen
# Geschwindigkeiten.")
_VERBLESS_CONJ = {"de": frozenset("dass daß nachdem sodass".split())}
# (a coordination may leave out the verb, "dass A Vorsitzender bleibt und B Stellvertreter",
# and a comparison follows the verb, "dass er mehr verdient als sein Chef"; an auxiliary
# with the rest put after it is the clause's verb, "dass die Preise gestiegen sind im Mai")
_VERBLESS_SKIP = {"de": frozenset(
    "und oder sowie sondern aber bzw beziehungsweise als wie weder noch je desto "
    "ist sind war waren sei seien wäre wären hat haben hatte hatten habe hätte hätten "
    "wird werden wurde wurden werde würde würden kann können konnte konnten könne könnte "
    "muss müssen musste mussten müsse müsste soll sollen sollte sollten will wollen wollte "
    "wollten darf dürfen durfte durften gibt gab geht ging gilt galt liegt lag steht stand "
    "bleibt blieb kommt kam".split())}
_VERBLESS_SPLIT = re.compile(r"[,;:–—()\[\].!?…]|\s-\s")
VERBLESS_MIN_WORDS = 5  # the clause, its conjunction included


def _cut_verbless_clause(ctx: CheckContext, b: BeadView, stext: str, tl: str | None) -> Iterator[Finding]:
    """A sentence whose last clause opens with a subordinating conjunction and ends, with
    the sentence's full stop, on a capitalised word (a noun) without any verb: the clause's
    end, where its verb stands, was cut off and the sentence closed (German "…, sagte,
    dass auf den gesperrten Straßen."), where the source sentence is complete."""
    conj = _VERBLESS_CONJ.get(base_lang(tl))
    if conj is None:
        return
    s = stext.rstrip(_CUT_CLOSERS)
    if not s or s[-1] not in _SRC_END_MARKS:
        return
    skip = _VERBLESS_SKIP[base_lang(tl)]
    for seg in b.target:
        if seg.kind in _CUT_SKIP_KINDS:
            continue
        t = seg.text.rstrip()
        if not t.endswith(".") or t.endswith("..") or any(q in t[-80:] for q in "\"„“”«»‚‘’"):
            continue
        body = t[:-1]
        clause = _VERBLESS_SPLIT.split(body)[-1]
        words = clause.split()
        if len(words) < VERBLESS_MIN_WORDS or words[0] not in conj:
            continue
        last = words[-1]
        if not (last.isalpha() and last[0].isupper() and last[1:].islower()) or last in ("Sie", "Ihnen"):
            continue
        if any(w.lower() in skip for w in words[1:]):
            continue
        end = seg.start + len(body)
        yield ctx.flag(end - len(last), end,
                       f"the sentence breaks off: its last clause opens with “{words[0]}” and "
                       f"ends on “{last}” without the verb it needs; the source sentence is complete",
                       evidence=[ctx.evidence(ctx.source, None, stext, note="source, complete")],
                       suggestion="restore the end of the clause from the source")


# (the vowel signs and nasal marks of the Indic scripts are no \w but inside a word:
# कोलोराडो; not their digits or the danda that ends a sentence)
_LETTER = re.compile(r"[^\W\d_]|(?![\d\u0964\u0965\u0970])[\u0900-\u0dff]")


def _open_end(text: str) -> tuple[int, int] | None:
    """Span of the run of letters ``text`` ends on (trailing white space aside), or None.
    Walked back from the end: an end-anchored pattern is tried at every position."""
    end = len(text.rstrip())
    j = end
    while j > 0 and _LETTER.match(text, j - 1):
        j -= 1
    return (j, end) if j < end else None


def _cut_before_lost(ctx: CheckContext, b: BeadView, stext: str, ttext: str) -> tuple[int, int, str] | None:
    """A paragraph's last target sentence that stops on a word without any closing mark,
    where its source sentence is complete and the source's paragraph goes on with
    sentences the translation has nowhere (the next bead has no target): the text was cut
    there, the end of the sentence and the rest of the paragraph lost, whatever the word
    it stops on."""
    s = stext.rstrip(_CUT_CLOSERS)
    if not s or s[-1] not in _SRC_END_MARKS:
        return None
    m = _open_end(ttext)
    if m is None or len(ttext.split()) < 6:
        return None
    last_t = [x for x in b.target if x.kind not in _CUT_SKIP_KINDS][-1]
    last_s = [x for x in b.source if x.kind not in _CUT_SKIP_KINDS][-1]
    tsegs = ctx.target.segments
    if last_t.index + 1 < len(tsegs) and tsegs[last_t.index + 1].paragraph == last_t.paragraph:
        return None  # the paragraph goes on in the translation
    beads = ctx.beads()
    i = next((k for k, x in enumerate(beads) if x is b), None)
    if i is None:
        return None

    def lost(k: int) -> bool:
        """Is bead ``k`` source sentences of the same paragraph the translation lacks?"""
        if not 0 <= k < len(beads):
            return False
        x = beads[k]
        return not x.target and bool(x.source) and all(
            y.kind not in _CUT_SKIP_KINDS and y.paragraph == last_s.paragraph for y in x.source)

    # the source's sentences after it lost (or, the cut sentence aligned with the
    # paragraph's last source sentence, those before it)
    # (or the aligner put them in this bead: more source sentences than target ones)
    more = len([x for x in b.source if x.kind not in _CUT_SKIP_KINDS]) > \
        len([x for x in b.target if x.kind not in _CUT_SKIP_KINDS])
    if not (more or lost(i + 1) or lost(i - 1)):
        return None
    return m[0], m[1], (f"it stops on “{ttext[m[0]:m[1]]}” without a closing mark, and the rest "
                                  f"of the source's paragraph is not rendered")


# the source sentence closes a quotation and ends with a mark: “…,” she said. / … here.” / „…“, sagte sie.
_Q_SRC_CLOSED = re.compile(r"[\"”“»«›」』’'][^\"“”„«»‹›「」『』]*[.!?。！？]\s*$|[.!?。！？][\"”»«›」』’']\s*$")
CUT_QUOTE_WORDS = 4  # words of the quotation the translation opened, at least


def _open_quote_at(text: str) -> int | None:
    """Where a quotation ``text`` opens and never closes starts, or None.  Each pair of
    marks as its languages write it: “…” and „…“ (German closes with “), «…» and »…«
    (German), 「…」, and straight quotes, which open after a space or the line's start."""
    open_ch, open_at = None, None
    for i, ch in enumerate(text):
        if ch == "„" or ch in "「『":
            opens = True
        elif ch == "“":
            opens = open_ch not in ("„", "“")
        elif ch == "«":
            opens = open_ch != "»"
        elif ch == "»":
            opens = open_ch is None
        elif ch == '"':
            opens = open_ch != '"' and open_ch is None and (i == 0 or text[i - 1] in " \t\n([—–-")
        elif ch in "”」』":
            opens = False
        else:
            continue
        open_ch, open_at = (ch, i) if opens else (None, None)
    return open_at


def _cut_in_open_quote(ctx: CheckContext, b: BeadView, stext: str, ttext: str) -> Finding | None:
    """A paragraph's last sentence that stops inside a quotation the translation opened and
    never closes, on a bare word with no closing mark, where the aligned source sentence
    closes its quotation and ends with a mark (“… “Our staff live here, their children go
    to school here” for “… here for the long haul," she said.”): the end of the quotation
    and what follows it (the verb of saying) were cut off, whatever the word it stops on.
    (A quotation running on into the next paragraph ends its paragraph with a mark.)"""
    s = stext.rstrip()
    if not s or not _Q_SRC_CLOSED.search(s):
        return None
    tgt = [x for x in b.target if x.kind not in _CUT_SKIP_KINDS]
    last = tgt[-1]
    tsegs = ctx.target.segments
    if last.index + 1 < len(tsegs) and tsegs[last.index + 1].paragraph == last.paragraph:
        return None  # the paragraph goes on
    m = _open_end(last.text)
    if m is None or m[1] < len(last.text.rstrip()):
        return None
    para = " ".join(x.text for x in tsegs if x.paragraph == last.paragraph and x.index <= last.index)
    q = _open_quote_at(para)
    if q is None or len(para[q + 1:].split()) < CUT_QUOTE_WORDS:
        return None
    return ctx.flag(last.start + m[0], last.start + m[1],
                    f"the sentence breaks off inside the quotation it opened: it stops on "
                    f"“{last.text[m[0]:m[1]]}” with no closing mark and no closing quotation mark, "
                    f"where the source closes the quotation and ends the sentence",
                    evidence=[ctx.evidence(ctx.source, None, stext, note="source, complete")],
                    suggestion="restore the end of the quotation from the source")


def _cut_inside_bead(ctx: CheckContext, b: BeadView, stext: str, tl: str | None) -> Iterator[Finding]:
    """A target sentence that closes its paragraph inside a bead going on into the next
    one (the aligner joined them), cut off on a word no sentence ends in: only the
    strong words, as the bead's source is longer than the sentence's own."""
    tgt = [s for s in b.target if s.kind not in _CUT_SKIP_KINDS]
    for seg, nxt in zip(tgt, tgt[1:]):
        if nxt.paragraph == seg.paragraph:
            continue
        cut = cut_off_end(stext, seg.text, None, tl)
        if cut is not None:
            yield ctx.flag(seg.start + cut[0], seg.start + cut[1],
                           f"the sentence breaks off at the end of its paragraph: {cut[2]}",
                           evidence=[ctx.evidence(ctx.source, None, stext, note="source, complete")],
                           suggestion="restore the end of the sentence from the source")


# a sentence cut off and run into the next one, a quotation: a lower-case word, a space,
# an opening quotation mark (or a quotation dash) and a capital
_GLUED_QUOTE = re.compile(r"(?<![\w'’.-])([^\W\d_]+) ([\"“„«‘»][ \u00a0\u202f]?|[–—] )(?=[^\W\d_])")
_QUOTE_OPENERS = "\"“„«‘»–—-"
GLUED_BEFORE_WORDS = 5   # words of the cut sentence …
GLUED_QUOTE_WORDS = 5    # … and of the quotation after it (a sentence, not a quoted title)


def _label_line(text: str) -> bool:
    t = text.strip()
    return len(t.split()) <= 2 and t[-1:] not in _SRC_END_MARKS


def _cut_before_quote(ctx: CheckContext, b: BeadView) -> Iterator[Finding]:
    """A target sentence cut off mid-phrase and glued to the quotation that follows it
    ("… the combined burden could weaken "When companies have to pay …," says …"): the
    bead's source has one sentence more, a complete one followed by a sentence that opens
    with a quotation mark or a quotation dash, and the target runs on from a lower-case
    word into an opening quotation mark with no closing mark between them.  The quotation
    must be a sentence (five words or more, ending in a mark before its closing quote),
    not a title quoted inside the sentence."""
    src = [s for s in b.source if s.kind not in _CUT_SKIP_KINDS]
    tgt = [s for s in b.target if s.kind not in _CUT_SKIP_KINDS]
    # (a line of one or two words with no closing mark is no sentence: a leaked label)
    if len(src) <= sum(1 for s in tgt if not _label_line(s.text)) or len(src) < 2:
        return
    opens = [k for k in range(1, len(src)) if src[k].text.lstrip()[:1] in _QUOTE_OPENERS
             and src[k - 1].text.rstrip(_CUT_CLOSERS)[-1:] in _SRC_END_MARKS]
    if not opens:
        return
    for seg in tgt:
        t = seg.text
        hits = []
        for m in _GLUED_QUOTE.finditer(t):
            w = m.group(1)
            if not w.islower() or len(t[:m.start()].split()) + 1 < GLUED_BEFORE_WORDS:
                continue
            rest = t[m.end(2):]
            q = m.group(2).strip()
            if q in "–—":
                close = re.search(r"[.!?,](?=\s+[–—]|\s*$)", rest)
            else:
                close = re.search(r"[.!?,][ \u00a0\u202f]?[\"”“»«’](?=\s|$)|[\"”“»«’][.,]", rest)
                if close is None and not re.search(r"[\"”“»«’]", rest):
                    # the quotation goes on in the next sentence: this one ends in its mark
                    close = re.search(r"[.!?](?=\s*$)", rest)
            if close is None or len(rest[:close.start()].split()) < GLUED_QUOTE_WORDS:
                continue
            hits.append(m)
        if len(hits) != 1:
            continue
        m = hits[0]
        k = opens[0]
        yield ctx.flag(seg.start + m.start(1), seg.start + m.end(1),
                       f"the sentence breaks off: it stops on “{m.group(1)}” and runs on into the "
                       f"quotation after it, with no closing mark; the source ends it in "
                       f"“{src[k - 1].text.rstrip(_CUT_CLOSERS)[-1]}”",
                       evidence=[ctx.evidence(ctx.source, src[k - 1], note="source, complete")],
                       suggestion="restore the end of the sentence from the source")


# a sentence cut off and run into the next one that opens with an article: the articles
# (and determiners) a language writes in lower case inside a sentence, so that one written
# with a capital after a lower-case word, a space between, and before a lower-case word,
# starts a sentence ("… que reabrió el año La renovación de la línea …").  A capital
# article before a capital word is a name (La Paz, El Paso, The Hague, Le Monde) and
# does not count.  German (capital nouns) is left out: "… am Montag Die Welt …".
_GLUED_ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset("The".split()),
    "es": frozenset("El La Los Las".split()),
    "fr": frozenset("Le La Les".split()),
    "it": frozenset("Il Lo La Gli".split()),
    "pt": frozenset("O Os A As".split()),
    "nl": frozenset("De Het".split()),
    "ca": frozenset("El La Els Les".split()),
    # (German writes its nouns with a capital: only after an article, which no article
    # follows, "… mit Vertretern des Der Verein fordert …")
    "de": frozenset("Der Die Das Ein Eine".split()),
}
# languages that capitalise their nouns: the capitalised article runs on after an article
# of the cut sentence, whatever the word after it
_GLUED_AFTER_ARTICLE = {"de": frozenset("der die das den dem des ein eine einen einem eines".split())}
_GLUED_PRONOUN_ARTICLES = frozenset("der die das den dem".split())


# pronouns, demonstratives and possessives that open a sentence, written with a capital
# only there: one after a word no sentence ends in (a preposition, an article: "… is
# estimated at That is roughly a tenth …") starts the next sentence run into a cut one.
# Only after such a word: a capitalised pronoun after any word may be a title (a film
# called It Follows, the song This is America).  The distributive and quantifying
# determiners (Each, Every, Both; Chaque, Cada, Ogni, Elke) open one the same way ("… is
# due to be Each will hold …").
_GLUED_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset("That This These Those It He She We They There His Her Its Our Their "
                    "Each Every Both Several Many Most Some".split()),
    "es": frozenset("Eso Esto Este Esta Estos Estas Ese Esa Esos Esas Ella Ellos Ellas Nosotros "
                    "Su Sus Cada Ambos Ambas Varios Varias Muchos Muchas".split()),
    "fr": frozenset("Il Elle Ils Elles Cela Ce Cette Ces On Nous Son Sa Ses Leur Leurs "
                    "Chaque Chacun Chacune Plusieurs".split()),
    "it": frozenset("Questo Questa Questi Queste Quello Quella Ciò Lui Lei Loro Esso Essa "
                    "Ogni Ciascuno Ciascuna Entrambi Entrambe".split()),
    "pt": frozenset("Isso Isto Este Esta Estes Estas Esse Essa Esses Essas Ele Ela Eles Elas "
                    "Cada Ambos Ambas".split()),
    "nl": frozenset("Dat Dit Deze Die Hij Zij Ze Wij We Er Zijn Haar Elke Ieder Iedere Beide".split()),
    "ca": frozenset("Això Aquest Aquesta Aquests Aquestes Ell Ella Ells Elles".split()),
}


@lru_cache(maxsize=None)
def _glued_article_re(lang: str) -> re.Pattern | None:
    arts = _GLUED_ARTICLES.get(lang)
    if not arts:
        return None
    arts = arts | _GLUED_OPENERS.get(lang, frozenset())
    alt = "|".join(sorted(arts, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.-])([^\W\d_]+) ({alt}) (?=([^\W\d_]+))")


GLUED_ARTICLE_BEFORE = 5   # words of the cut sentence …
GLUED_ARTICLE_AFTER = 5    # … and of the sentence run into it, up to its closing mark
_SENTENCE_CLOSE = re.compile(r"[.!?](?=[\s\"”»’)]*(?:\s|$))")


def _runs_on(rest: str) -> bool:
    """Is ``rest`` (the text from the capital a cut sentence runs into) a sentence of at
    least GLUED_ARTICLE_AFTER words up to its closing mark?"""
    close = _SENTENCE_CLOSE.search(rest)
    return close is not None and len(rest[:close.start()].split()) >= GLUED_ARTICLE_AFTER


GLUED_ARTICLE_SHORT = 0.8  # the cut part's length for its source, against the rest's


def _short_before(src: list, ends: list[int], before: str, after: str) -> int | None:
    """The source sentence the target's part ``before`` renders cut off: a complete one
    (index in ``ends``) whose sentences up to it the part before renders at under 0.8
    of the rate the part ``after`` renders the sentences after it (a sentence that lost
    its end is short for its source; a title or name inside a sentence falls anywhere)."""
    lb, la = _letters(before), _letters(after)
    for k in ends:
        sb = sum(_letters(x.text) for x in src[:k + 1])
        sa = sum(_letters(x.text) for x in src[k + 1:])
        if sb and sa and la and lb / sb < GLUED_ARTICLE_SHORT * (la / sa):
            return k
    return None


_ANCHOR_NUM = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?!\d)|\d(?:[\d.,\u00a0\u202f']*\d)?")
_ANCHOR_CAP = re.compile(r"(?<![\w'’.-])([^\W\d_a-zß-ÿ][^\W\d_]{2,})")


def _anchors(text: str, skip_first: bool) -> tuple[set[str], set[str]]:
    """Figures (digits only: 150,000 ~ 150.000 ~ 150 000) and capitalised words of ``text``
    (not the first word when ``skip_first``: a sentence's capital)."""
    nums = {re.sub(r"\D", "", m.group()) for m in _ANCHOR_NUM.finditer(text)}
    caps = {m.group(1).casefold() for m in _ANCHOR_CAP.finditer(text)
            if not (skip_first and not text[:m.start()].strip())}
    return nums, caps


def _anchor_split(src: list, ends: list[int], before: str, after: str) -> int | None:
    """The source sentence end (index in ``ends``) where the target's two parts split by
    their anchors: every figure and capitalised word of the part ``before`` that the bead's
    source writes stands only in the sentences up to it, and every one of the part
    ``after`` only in the sentences after it, with at least one on each side (a figure or
    name each; … Mayor Lena Ortiz said the council would have to The
    school board expects 240 new pupils by 2031 … against two source sentences, the
    name in the first, the figure in the second).  None when no end, or more than one,
    fits."""
    bn, bc = _anchors(before, True)
    an, ac = _anchors(after, True)
    fits = []
    for k in ends:
        ln, lc = _anchors(" ".join(x.text for x in src[:k + 1]), False)
        rn, rc = _anchors(" ".join(x.text for x in src[k + 1:]), False)
        lw = {w.casefold() for x in src[:k + 1] for w in re.findall(r"[^\W\d_]+", x.text)}
        rw = {w.casefold() for x in src[k + 1:] for w in re.findall(r"[^\W\d_]+", x.text)}
        left = [1 for n in bn if n in ln and n not in rn] + [1 for c in bc if c in lw and c not in rw]
        wrong_l = [1 for n in bn if n in rn and n not in ln] + [1 for c in bc if c in rw and c not in lw]
        right = [1 for n in an if n in rn and n not in ln] + [1 for c in ac if c in rw and c not in lw]
        wrong_r = [1 for n in an if n in ln and n not in rn] + [1 for c in ac if c in lw and c not in rw]
        if left and right and not wrong_l and not wrong_r:
            fits.append(k)
    return fits[0] if len(fits) == 1 else None


def _with_lost_next(ctx: CheckContext, b: BeadView, src: list) -> list:
    """The bead's source sentences and those of the beads right after it that have no
    target, in the same paragraph (two at most): where a sentence was cut and run into
    the next one, the aligner may give the next source sentence a bead of its own with
    nothing against it."""
    if not src:
        return src
    beads = ctx.beads()
    out = list(src)
    j = b.index + 1
    while j < len(beads) and j <= b.index + 2 and beads[j].source and not beads[j].target:
        more = [s for s in beads[j].source if s.kind not in _CUT_SKIP_KINDS]
        if not more or any(s.paragraph != src[-1].paragraph for s in more):
            break
        out.extend(more)
        j += 1
    return out


def _shorter_rate(src: list, k: int, before: str, after: str) -> bool:
    """Does the part ``before`` render source sentences up to ``k`` at a lower rate than
    the part ``after`` renders the rest?"""
    sb = sum(_letters(x.text) for x in src[:k + 1])
    sa = sum(_letters(x.text) for x in src[k + 1:])
    return bool(sb and sa) and _letters(before) / sb < _letters(after) / sa


def _cut_before_article(ctx: CheckContext, b: BeadView) -> Iterator[Finding]:
    """A target sentence cut off mid-phrase and run into the next one, which opens with an
    article written with its capital ("… que reabrió el año La renovación integral …"): a
    lower-case word, a space, a capitalised article the language writes in lower case
    inside a sentence, and a lower-case word.  Only where the bead's source has more
    sentences than its target, one of them complete and followed by another (the
    aligner put the two the target ran together against the one target sentence), the
    target has one such place, the parts on either side are five words or more, and the
    part before is short for the source sentences it renders (under 0.8 of the rate of
    the part after: it lost its end)."""
    tl = base_lang(ctx.target.lang) or ""
    pat = _glued_article_re(tl)
    if pat is None:
        return
    openers = _GLUED_OPENERS.get(tl, frozenset())
    words = _cut_words(tl) or (frozenset(), frozenset())
    src = [s for s in b.source if s.kind not in _CUT_SKIP_KINDS]
    tgt = [s for s in b.target if s.kind not in _CUT_SKIP_KINDS]
    if len(tgt) == 1:
        src = _with_lost_next(ctx, b, src)
    if len(src) < 2:
        return
    # (as many target sentences as source ones: another sentence of the bead may be an
    # addition; then only a place after a word no sentence ends in counts)
    if len(src) < len(tgt):
        return
    even = len(src) == len(tgt)
    ends = [k for k in range(len(src) - 1) if src[k].text.rstrip(_CUT_CLOSERS)[-1:] in _SRC_END_MARKS]
    if not ends:
        return
    for seg in tgt:
        t = seg.text
        hits = []
        for m in pat.finditer(t):
            w, nxt = m.group(1), m.group(3)
            if tl in _GLUED_AFTER_ARTICLE:
                if w not in _GLUED_AFTER_ARTICLE[tl] or (
                        w in _GLUED_PRONOUN_ARTICLES and t[:m.start(1)].rstrip().endswith(",")):
                    continue  # (", der Die Zeit gründete": a relative pronoun before a title)
            elif not w.islower() or not nxt.islower():
                continue
            dangling = w in words[0] or w in words[1]
            if m.group(2) in openers and m.group(2) not in _GLUED_ARTICLES[tl] and not dangling:
                continue  # a pronoun opens the next sentence only after a dangling word
            if even and not dangling:
                continue
            before = t[:m.start(2)]
            if len(before.split()) < GLUED_ARTICLE_BEFORE or re.search(r"[.!?:;«»\"“”„(]", before[-40:]):
                continue  # (a quotation or a parenthesis may open a title or a sentence)
            if not _runs_on(t[m.start(2):]):
                continue
            hits.append((m, dangling))
        if len(hits) != 1:
            continue
        m, dangling = hits[0]
        if even:
            # the sentence the cut one runs into renders the source sentence after the end
            if len(ends) == 1 and len(tgt) > 1:
                yield _run_on_flag(ctx, seg, m, src[ends[0]])
            continue
        k = _short_before(src, ends, t[:m.start(2)], t[m.start(2):])
        if k is None and dangling:
            # a word no sentence ends in before the capital is the cut itself: the part
            # before need not be short (a language pair's lengths vary by sentence)
            k = ends[0] if len(ends) == 1 else None
        if k is None:
            # the parts split where the source's sentences do by their figures and names,
            # and the part before is the shorter for its source (it lost its end)
            k = _anchor_split(src, ends, t[:m.start(2)], t[m.start(2):])
            if k is not None and not _shorter_rate(src, k, t[:m.start(2)], t[m.start(2):]):
                k = None
        if k is None:
            continue
        yield _run_on_flag(ctx, seg, m, src[k])


def _run_on_flag(ctx: CheckContext, seg, m: re.Match, src_seg) -> Finding:
    """S004's finding on a sentence cut at ``m`` (group 1: its last word, group 2: the next
    sentence's first) that runs on with no closing mark, where ``src_seg`` ends complete."""
    return ctx.flag(seg.start + m.start(1), seg.start + m.end(1),
                    f"the sentence breaks off: it stops on “{m.group(1)}” and runs on into the "
                    f"next sentence, which opens with “{m.group(2)}”, with no closing mark; the "
                    f"source ends it in “{src_seg.text.rstrip(_CUT_CLOSERS)[-1]}”",
                    evidence=[ctx.evidence(ctx.source, src_seg, note="source, complete")],
                    suggestion="restore the end of the sentence from the source")


# a common word written with its capital inside a sentence, between two lower-case words:
# the start of the next sentence run into a cut one (Swedish "… badplats som även
# Kommunen planerar också …": Kommunen "the municipality", a noun no name is), in a language that writes
# only names and a sentence's first word with a capital (not German, Luxembourgish)
_GLUED_CAP = re.compile(r"(?<![\w'’.-])([^\W\d_]+) ([^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ]{2,}) (?=([^\W\d_]+))")
_NOUN_CAPS = frozenset({"de", "lb"})
GLUED_CAP_ZIPF = 4.0   # the word, in lower case, at least this common in the language
# the preposition of attribution that opens a sentence ("Enligt Rautio …", "Selon le maire
# …"): written with its capital inside a sentence, after a lower-case word, it is the
# start of the next sentence whatever the lengths say (no name is one)
_GLUED_ATTRIBUTION = {
    "sv": frozenset({"enligt"}), "nb": frozenset({"ifølge"}), "da": frozenset({"ifølge"}),
    "nn": frozenset({"ifølgje"}), "fr": frozenset({"selon"}), "es": frozenset({"según"}),
    "it": frozenset({"secondo"}), "ca": frozenset({"segons"}), "nl": frozenset({"volgens"}),
    "en": frozenset({"according"}), "pl": frozenset({"według"}), "ro": frozenset({"potrivit"}),
}


def _names_source_place(word: str, stext: str) -> bool:
    """Is ``word`` a form of the exonym lexicon (a country, a city) whose place a word of
    ``stext`` names too, in the source's own form?"""
    from ._text import _exo_key, exonym_classes
    ids = exonym_classes(_exo_key(word))
    return bool(ids) and any(ids & exonym_classes(_exo_key(w)) for w in re.findall(r"[^\W\d_]{3,}", stext))


def _cut_before_capital(ctx: CheckContext, b: BeadView) -> Iterator[Finding]:
    """A target sentence cut off mid-phrase and run into the next one, which opens with a
    common word of the language written with its capital (a noun, an adverb: "… dit även
    Staden bygger också …"): a lower-case word, a space, a capitalised word that is common
    in lower case (Zipf 4+), that the source (written in the target's script) does not
    have, and that the translation nowhere else writes capitalised after a lower-case word
    (a name's use), and a lower-case word.  Only where the bead's source (with the next
    source sentence, left with no target) has more sentences than its one target
    sentence, a complete one among them, the parts on either side are five words or more,
    the place is the sentence's only one, and the part before is short for the source
    sentences it renders (``_short_before``) or stops on a word no sentence ends in."""
    from ._text import has_freq, zipf
    tl = base_lang(ctx.target.lang) or ""
    if tl in _NOUN_CAPS or not has_freq(tl):
        return
    src = [s for s in b.source if s.kind not in _CUT_SKIP_KINDS]
    tgt = [s for s in b.target if s.kind not in _CUT_SKIP_KINDS]
    if len(tgt) != 1:
        return
    src = _with_lost_next(ctx, b, src)
    if len(src) < 2:
        return
    ends = [k for k in range(len(src) - 1) if src[k].text.rstrip(_CUT_CLOSERS)[-1:] in _SRC_END_MARKS]
    if not ends:
        return
    stext = " ".join(x.text for x in src)
    latin = sum(1 for c in stext if c.isascii() and c.isalpha())
    if latin * 2 < sum(1 for c in stext if c.isalpha()):
        return  # (a source in another script transliterates names: nothing to look up)
    low_src = stext.casefold()
    skip = _GLUED_ARTICLES.get(tl, frozenset()) | _GLUED_OPENERS.get(tl, frozenset())
    words = _cut_words(tl) or (frozenset(), frozenset())
    attribution = _GLUED_ATTRIBUTION.get(tl, frozenset())
    seg = tgt[0]
    t = seg.text
    hits = []
    for m in _GLUED_CAP.finditer(t):
        w, cap, nxt = m.group(1), m.group(2), m.group(3)
        # (a name may follow the attribution's preposition: "… Enligt Rautio ska …")
        if not w.islower() or cap in skip or not (nxt.islower() or cap.casefold() in attribution):
            continue
        if zipf(cap, tl) < GLUED_CAP_ZIPF or cap[:4].casefold() in low_src:
            continue
        if _names_source_place(cap, stext):
            continue  # (a place's name the source writes in its own language: Misri ~ Egypt)
        before = t[:m.start(2)]
        if len(before.split()) < GLUED_ARTICLE_BEFORE or re.search(r"[.!?:;«»\"“”„(]", before[-40:]):
            continue
        if not _runs_on(t[m.start(2):]):
            continue
        hits.append(m)
    if len(hits) != 1:
        return
    m = hits[0]
    cap = m.group(2)
    here = seg.start + m.start(2)
    if any(x.start() != here for x in re.finditer(r"(?<=[^\W\d_] )" + re.escape(cap) + r"(?!\w)",
                                                  ctx.target.text)):
        return  # the translation writes it so elsewhere inside a sentence: a name
    k = _short_before(src, ends, t[:m.start(2)], t[m.start(2):])
    if k is None and (m.group(1) in words[0] or m.group(1) in words[1]
                      or cap.casefold() in attribution) and len(ends) == 1:
        k = ends[0]
    if k is None:
        return
    yield _run_on_flag(ctx, seg, m, src[k])


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“„«‘'(]?[^\W\d_a-zß-ÿ])")


class _Sent:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


# languages that end a sentence in its verb and write words apart with capitals: a name
# after a lower-case word is a new subject there, not an object or an inverted subject
_VERB_FINAL = frozenset({"tr", "az", "uz", "kk", "ky", "tk"})
_NAME_AGAIN = re.compile(r"(?<![\w'’.-])([^\W\d_]+) ([^\W\d_a-zß-ÿ][^\W\d_]{2,})(?=[\s,])")


def _cut_before_repeated_name(ctx: CheckContext, b: BeadView) -> Iterator[Finding]:
    """A target sentence cut off mid-phrase and run into the next one, which opens by
    naming again the person or thing the cut sentence named ("Robert Morrison, engineers
    worked day and Morrison, 'We are sorry' said."; a reporting verb lost at the end of a
    verb-final sentence, Turkish "… gece gündüz Morrison, …"): a lower-case word, then a
    capitalised word the same target sentence has already written, capitalised, and the
    bead's source writes too.  Only where the bead's source has more sentences than its
    target, one complete and followed by another, the parts on either side are five words
    or more, with no closing mark, quotation or parenthesis just before the place, and the
    part before is short for the source sentences it renders (``_short_before``)."""
    tgt = [s for s in b.target if s.kind not in _CUT_SKIP_KINDS]
    # (the source's sentences, a quotation opening after a full stop included: the
    # segmenter may keep "… the clock. \"We are sorry …\" he said." as one)
    src = [_Sent(x) for s in b.source if s.kind not in _CUT_SKIP_KINDS for x in _SENT_SPLIT.split(s.text)
           if x.strip()]
    ntgt = sum(len([x for x in _SENT_SPLIT.split(s.text) if x.strip()]) for s in tgt)
    if len(src) <= ntgt or len(src) < 2:
        return
    ends = [k for k in range(len(src) - 1) if src[k].text.rstrip(_CUT_CLOSERS)[-1:] in _SRC_END_MARKS]
    if not ends:
        return
    stext = " ".join(x.text for x in src)
    from ._text import stopwords
    if base_lang(ctx.target.lang) not in _VERB_FINAL:
        return  # (a verb-second or SVO language puts a name after its verb: so exportierte
        # Bangladesh, hofft Kim Jong-Il; told Morrison)
    stop = stopwords(base_lang(ctx.target.lang))
    if not stop:
        return  # (no function words known: "and Morrison" is not told from a cut)
    for seg in tgt:
        t = seg.text
        hits = []
        for m in _NAME_AGAIN.finditer(t):
            w, name = m.group(1), m.group(2)
            if not w.islower() or not name[:1].isupper() or name.isupper() or w in stop:
                continue  # (and Morrison …: two clauses joined, the name said again)
            before = t[:m.start(2)]
            if len(before.split()) < GLUED_ARTICLE_BEFORE or re.search(r"[.!?:;«»\"“”„(]", before[-40:]):
                continue
            prev = before[:m.start(1)].split()[-1:]
            if (prev and prev[0][:1].isupper()) or m.group() in stext:
                continue  # a name with a lower-case word inside (Rüti bei Lyssach, Frankfurt
                # am Main), or words the source writes so too
            if not re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", before) \
                    or not re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", stext):
                continue  # (the name written before in the sentence, and in the source)
            if not _runs_on(t[m.start(2):]):
                continue
            hits.append(m)
        if len(hits) != 1:
            continue
        m = hits[0]
        k = _short_before(src, ends, t[:m.start(2)], t[m.start(2):])
        if k is None and len(ends) == 1:
            k = ends[0]  # (one place the source ends a sentence: the run-on is there)
        if k is None:
            continue
        yield ctx.flag(seg.start + m.start(1), seg.start + m.end(1),
                       f"the sentence breaks off: it stops on “{m.group(1)}” and runs on into the "
                       f"next sentence, which names “{m.group(2)}” again, with no closing mark; the "
                       f"source ends it in “{src[k].text.rstrip(_CUT_CLOSERS)[-1]}”",
                       evidence=[ctx.evidence(ctx.source, None, src[k].text, note="source, complete")],
                       suggestion="restore the end of the sentence from the source")


def _ellipsis_truncation(ctx: CheckContext) -> Iterator[Finding]:
    embeds = None
    for bead in _bead_views(ctx):
        if not any("…" in seg.text or "..." in seg.text for seg in bead.target):
            continue
        src = bead.source_text.strip()
        src_complete = bool(src) and not _ELLIPSIS.search(src) and bool(_COMPLETE_END.search(src))
        for seg in bead.target:
            t = seg.text
            if "…" not in t and "..." not in t:
                continue
            m = _TRUNC_LINK.search(t)
            link = m is not None
            if m is None:
                m = _TRUNC_END.search(t)
            mid = False
            if m is None and len(bead.source) > len(bead.target):
                # a sentence cut off in an ellipsis, the next glued to it: the bead pairs
                # the one target sentence the segmenter saw with more source sentences
                m = _TRUNC_MID.search(t)
                mid = m is not None
            if m is None:
                continue
            if src and _ELLIPSIS.search(src):
                continue  # the source is shortened too
            if not link and not src_complete:
                continue
            s, e = seg.start + m.start(1), seg.start + m.end(2)
            if ctx.runs("F005"):
                if embeds is None:
                    from .furniture import truncated_embeds
                    embeds = [(a, z) for a, z, _m, _e in truncated_embeds(ctx)]
                if any(a < e and s < z for a, z in embeds):
                    continue  # a post cut off before its link: F005's finding, one artefact
            why = ("is cut off before a link" if link else
                   "breaks off in an ellipsis, the next sentence glued to it" if mid else "ends in an ellipsis")
            ev = [ctx.evidence(ctx.source, None, src, note="source, complete")] if src else []
            yield ctx.flag(s, e, f"the sentence {why}"
                                 + ("; the source gives it in full" if src else ""),
                           evidence=ev)


# ---------------------------------------------------------------------------------------
# S005 whitespace-punctuation
# ---------------------------------------------------------------------------------------
_SPACE_BEFORE = re.compile(r" +([,;:!?]|\.(?![.\d\w]))")
_SPACE_BEFORE_FR = re.compile(r" +([,]|\.(?![.\d\w]))")
_NO_SPACE_AFTER = re.compile(r"[.!?](?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])|[,;](?=[^\W\d_]{2})")
_DOUBLED_PUNCT = re.compile(r"(?<![.,;:!?])(,,|;;|::|\.\.|,\.|;\.|,;|;,)(?![.,;:!?])")
_FR_MISSING = re.compile(r"(?<=[^\s\d(\[«“\"'’])([;!?])|(?<=[^\W\d_])(:)(?=\s)|(«)(?=[^\W_])|(?<=[^\W_.!?])(»)")
_PUNCT_ANY = re.compile(r" [,;:!?.]|[.!?,;][^\W\d_]|[,;:.][,;:.]")
_MULTI_SPACE = re.compile(r"[ \u00a0\t]{2}")
_HTMLISH = (".html", ".htm", ".xhtml", ".xml")
# marks a region's French may write without the space France puts there: Quebec's OQLF
# sets no space before ; ! ?, and Swiss copy (RTS, the cantonal papers) writes ; ! ? and
# «…» tight; both keep the space before a colon
FR_REGION_TIGHT = {"CA": frozenset(";!?"), "CH": frozenset(";!?«»")}


SWISS_SS_MIN = 2  # Swiss ss forms of ß words (data/variety/de.txt) in a German source without ß


def _french_region(ctx: CheckContext) -> str:
    """The region of a French target: its tag's; without one, CH where the text writes what
    only Swiss French does (data/form/swiss_french.txt: huitante, CHF, le Conseil fédéral)
    or translates a German source written the Swiss way (Strasse, gemäss, and no ß): copy
    for a Swiss reader."""
    region = lang_region(ctx.target.lang) or ""
    if region:
        return region
    low = ctx.target.text.casefold()
    if any(re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", low) for w in load_list("swiss_french.txt")):
        return "CH"
    src = ctx.source
    if src is not None and base_lang(src.lang) == "de" and "ß" not in src.text and "ss" in src.text:
        from .variety import _swiss_form
        if sum(1 for w in re.findall(r"[^\W\d_]+", src.text) if "ss" in w and _swiss_form(w)) >= SWISS_SS_MIN:
            return "CH"
    return ""


def _is_markup(doc: Document) -> bool:
    return doc.path.lower().endswith(_HTMLISH) or doc.raw.lstrip()[:1] == "<"


@rule("S005", "whitespace-punctuation", "Fluency/Punctuation", "minor", artefact="whitespace",
      summary="Double spaces inside a sentence, a space before a comma or full stop, a missing "
              "space after sentence punctuation, doubled punctuation; French spacing before ; : ! ? » "
              "(fr-CA and fr-CH may write ; ! ? tight, fr-CH also «…»; an untagged French text counts as "
              "fr-CH when it uses Swiss-only words or translates a German source written with ss for ß); "
              "a Spanish question or exclamation without its opening ¿ or ¡.",
      why="Stray spaces and doubled marks are the tell-tale seams of machine output and "
          "post-editing; they look careless in print.",
      fail=("Er kam, sah und siegte.", "He came , saw and conquered."),
      ok=("Er kam, sah und siegte.", "He came, saw and conquered."),
      options={"french_spacing": True, "spanish_marks": True, "max_per_kind": 20})
def whitespace_punctuation(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    doc = ctx.target
    lang = base_lang(doc.lang)
    fr = lang == "fr"
    tight = FR_REGION_TIGHT.get(_french_region(ctx), frozenset()) if fr else frozenset()
    check_raw = not _is_markup(doc)
    raw = doc.raw
    if check_raw and ctx.one_string() and \
            len(_MULTI_SPACE.findall(ctx.source.raw)) >= len(_MULTI_SPACE.findall(raw)):
        check_raw = False  # a software string's spacing as the source lays it out
    cap = int(opts.get("max_per_kind", 20) or 0)
    per_kind: dict[str, int] = {}
    for seg in doc.segments:
        t = seg.text
        hits: list[tuple[int, int, str, str | None]] = []
        if check_raw and _MULTI_SPACE.search(raw, *doc.raw_span(seg.start, seg.end)):
            for i, ch in enumerate(t):
                if ch != " " or i == 0:
                    continue
                rp = doc.raw_offset(seg.start + i)
                if rp + 1 < len(raw) and raw[rp] in " \u00a0\t" and raw[rp + 1] in " \u00a0\t" \
                        and t[i - 1] not in ".!?:":
                    hits.append((i, i + 1, "double space inside a sentence", " "))
        if not _PUNCT_ANY.search(t) and not fr:
            pass
        else:
            urls = _url_spans(t)
            rx = _SPACE_BEFORE_FR if fr else _SPACE_BEFORE
            cq = comma_quotes(t, single=True)
            for m in rx.finditer(t):
                p = m.start()
                if p == 0 or not (t[p - 1].isalnum() or t[p - 1] in ")]”\"»’") or _inside(urls, m.start(1)) \
                        or m.start(1) in cq:
                    continue
                hits.append((m.start(), m.end(), f"space before “{m.group(1)}”", m.group(1)))
            for m in _NO_SPACE_AFTER.finditer(t):
                p = m.start()
                mark = t[p]
                need = 2 if mark in ".!?" else 1
                if p < need or not all(c.isalpha() for c in t[p - need:p]):
                    continue
                if _inside(urls, p) or _inside(urls, p - 1):
                    continue
                hits.append((p, p + 1, f"no space after “{mark}”", mark + " "))
            for m in _DOUBLED_PUNCT.finditer(t):
                if _inside(urls, m.start()) or m.start() in cq:
                    continue  # (,, for „ is S003's)
                hits.append((m.start(), m.end(), f"doubled punctuation “{m.group(1)}”", m.group(1)[-1]))
        if fr and opts.get("french_spacing", True):
            urls = _url_spans(t)
            for m in _FR_MISSING.finditer(t):
                p = m.start()
                if _inside(urls, p):
                    continue
                mark = next(g for g in m.groups() if g)
                if mark in tight:
                    continue
                if mark in ";!?" and t[p + 1:p + 2] in ("/", ")"):
                    continue
                if mark in "!?" and _name_with_mark(t, p, ctx.source):
                    continue
                sugg = ("« " if mark == "«" else "\u202f" + mark)
                hits.append((p, p + 1, f"French puts a (narrow no-break) space "
                                       f"{'after' if mark == '«' else 'before'} “{mark}”", sugg))
        if lang == "es" and opts.get("spanish_marks", True) and ("?" in t or "!" in t):
            hits += _unopened(t, ctx.source.text if ctx.source is not None else "")
        for s, e, msg, sugg in sorted(hits):
            kind = msg.split("“")[0]
            per_kind[kind] = per_kind.get(kind, 0) + 1
            if cap and per_kind[kind] > cap:
                continue  # a systematically tokenised text: the first few say it all
            yield ctx.flag(seg.start + s, seg.start + e, msg, suggestion=sugg)


_WORD_AND_MARK = re.compile(r"([^\W\d_][\w'’.&-]*)([!?])$")


def _name_with_mark(t: str, p: int, source: Document | None) -> bool:
    """Is the "?" or "!" at ``t[p]`` part of a name copied from the source with its own
    punctuation ("Which?", "Yahoo!", "Jeopardy!"): the word and mark stand in the source
    as they do here, the sentence going on after them in lower case on both sides (a
    question or exclamation ending there is the target's own, French spacing and all)."""
    m = _WORD_AND_MARK.search(t, 0, p + 1)
    if source is None or m is None or not _goes_on(t, p + 1):
        return False
    key = m.group()
    i = source.text.find(key)
    while i >= 0:
        before = source.text[i - 1:i]
        if not (before.isalnum() or before in "_-") and _goes_on(source.text, i + len(key)):
            return True
        i = source.text.find(key, i + 1)
    return False


def _goes_on(text: str, end: int) -> bool:
    """Does the sentence go on after ``text[:end]``: a space, then a lower-case word?"""
    rest = text[end:end + 40]
    return rest[:1] == " " and rest.lstrip()[:1].islower()


# a closing ? or ! that ends a clause: after a word, a figure, a closing quote or bracket,
# and before white space, the end, or closing marks (not "?q=" in a link, not "!=")
_CLOSING_MARK = re.compile(r"(?<=[^\W_]|[\"”»’)\]])([?!]+)(?=$|[\s\"”»’)\].,;:…])")
_OPENING = {"?": "¿", "!": "¡"}


_WORD_BEFORE_MARK = re.compile(r"[^\W_]+$")


def _unopened(t: str, source: str = "") -> list[tuple[int, int, str, str | None]]:
    """Spanish questions and exclamations whose opening ¿ or ¡ is missing: a closing mark
    with no opening one of its kind since the previous closing one (not one the source
    has after the same words: a title or quote kept in its language, "Help!")."""
    out = []
    urls = _url_spans(t)
    last = {"?": 0, "!": 0}
    for m in _CLOSING_MARK.finditer(t):
        if _inside(urls, m.start()):
            continue
        for mark in dict.fromkeys(m.group(1)):  # "?!" closes a question and an exclamation
            if _OPENING[mark] not in t[last[mark]:m.start()] and \
                    not (mark == "!" and "¿" in t[last["?"]:m.start()] and "?" in m.group(1)):
                word = _WORD_BEFORE_MARK.search(t, 0, m.start())
                if not (source and word and word.group() + mark in source):  # (a title kept)
                    out.append((m.start(), m.end(),
                                f"Spanish opens {'a question' if mark == '?' else 'an exclamation'} "
                                f"with “{_OPENING[mark]}”: the opening mark is missing", _OPENING[mark]))
            last[mark] = m.end()
    return out


# ---------------------------------------------------------------------------------------
# G001 agreement-calque (English targets)
# ---------------------------------------------------------------------------------------
_FOLLOW_OK = (r"(?=\s*(?:[.,;:!?)\]\"”»—–-]|$|(?:and|or|nor|but|in|at|for|on|to|left|available|"
              r"anymore|whatsoever|here|there|yet|either|about|of|from|that|which|with|regarding|"
              r"is|was|are|were)\b))")
_ADJ = (r"(?:(?:new|further|additional|reliable|official|more|other|such|sufficient|enough|adequate|"
        r"clear|concrete|precise|detailed|exact|specific|useful|good|bad|real|hard|solid|"
        r"sharp|plastic|metal|modern|heavy|old|personal|relevant|important|false|fake)\s+)?")


@lru_cache(maxsize=1)
def _g001_patterns() -> tuple[re.Pattern, ...]:
    mass = sorted(load_list("mass_nouns.en.txt"), key=len, reverse=True)
    plurals = sorted(load_list("mass_plurals.en.txt"), key=len, reverse=True)
    if not mass:
        return ()
    m = "|".join(map(re.escape, mass))
    p = "|".join(map(re.escape, plurals)) or "(?!x)x"
    there = re.compile(rf"\b(?:there|here)\s+(?:are|were)\s+(?:(?:no|many|few|several|some|any|"
                       rf"lots\s+of|plenty\s+of|still|also|not|hardly\s+any)\s+)*{_ADJ}({m})\b{_FOLLOW_OK}",
                       re.IGNORECASE)
    plural = re.compile(rf"\b({p})\b", re.IGNORECASE)
    article = re.compile(rf"\b(?:an?|one)\s+({m})\b{_FOLLOW_OK}", re.IGNORECASE)
    det = re.compile(rf"\b(?:these|those|many|several|numerous|various|few)\s+{_ADJ}({m})\b{_FOLLOW_OK}",
                     re.IGNORECASE)
    subj = re.compile(rf"(?:^|[.;:!?]\s+|,\s+|\b(?:and|but|because|since|while|if|as|that)\s+)"
                      rf"(?P<np>(?:the|this|that|such|all\s+the|all|some\s+of\s+the|much\s+of\s+the|no|further|"
                      rf"additional|more)\s+{_ADJ}({m}))\s+(?:are|were|have\s+been)\b", re.IGNORECASE)
    any_noun = re.compile(rf"\b(?:{m}|{p})\b", re.IGNORECASE)
    return there, plural, article, det, subj, any_noun


@lru_cache(maxsize=1)
def _g001_stems() -> tuple[str, ...]:
    """Substrings whose absence rules a sentence out at once (the mass nouns' stems)."""
    words = load_list("mass_nouns.en.txt") | load_list("mass_plurals.en.txt")
    return tuple(sorted(words))


_G001_PRE = re.compile(r"\b(?:there|here|an?|one|these|those|many|several|numerous|various|few|are|were|have)\b"
                       r"|s\b", re.IGNORECASE)


@rule("G001", "agreement-calque", "Fluency/Grammar", "minor", artefact="calque-grammar",
      summary="An English uncountable noun treated as countable, as the source language does: "
              "“There are no furniture”, “informations”, “an advice”, “the equipment are”.",
      why="Number agreement carried over from German, French, Spanish or Italian is a typical "
          "MT calque that reads as a learner's error. (English targets only.)",
      fail=("Es gibt keine Informationen dazu.", "There are no information about it."),
      ok=("Es gibt keine Informationen dazu.", "There is no information about it."))
def agreement_calque(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if base_lang(ctx.target.lang) != "en":
        return
    pats = _g001_patterns()
    if not pats:
        return
    there, plural, article, det, subj, any_noun = pats
    stems = _g001_stems()
    for seg in ctx.target.segments:
        t = seg.text
        low = t.lower()
        if not any(n in low for n in stems):
            continue
        hits: list[tuple[int, int, str, str | None]] = []
        for m in there.finditer(t):
            noun = m.group(1)
            verb = "is" if re.search(r"\bare\b", m.group(0), re.I) else "was"
            sugg = re.sub(r"\b(are|were)\b", lambda v: {"are": "is", "were": "was", "Are": "Is",
                                                       "Were": "Was"}.get(v.group(1), v.group(1)),
                          m.group(0), count=1)
            hits.append((m.start(), m.end(), f"“{noun}” is uncountable in English: “there {verb} "
                                             f"no {noun.lower()}”, not “{m.group(0).split()[0].lower()} "
                                             f"{'are' if verb == 'is' else 'were'} …”", sugg))
        for m in plural.finditer(t):
            w = m.group(1)
            hits.append((m.start(1), m.end(1), f"“{w}” has no plural in English "
                                               f"(uncountable noun)", _singular(w)))
        for m in article.finditer(t):
            hits.append((m.start(), m.end(), f"“{m.group(1)}” is uncountable in English and takes "
                                             f"no “a/an”", None))
        for m in det.finditer(t):
            hits.append((m.start(), m.end(), f"“{m.group(1)}” is uncountable in English "
                                             f"(“much/this {m.group(1).lower()}”)", None))
        for m in subj.finditer(t):
            # span from the determiner on
            hits.append((m.start("np"), m.end(), f"“{m.group(1)}” is uncountable in English and takes a "
                                                 f"singular verb", None))
        last_end = -1
        for s, e, msg, sugg in sorted(hits):
            if s < last_end:
                continue
            last_end = e
            yield ctx.flag(seg.start + s, seg.start + e, msg, suggestion=sugg)


def _singular(w: str) -> str:
    low = w.lower()
    if low.endswith("ies"):
        out = w[:-3] + ("Y" if w.isupper() else "y")
    else:
        out = w[:-1]
    return out


# ---------------------------------------------------------------------------------------
# G002 tense-calque (English targets)
# ---------------------------------------------------------------------------------------
_IRREGULAR_PP = ("known|seen|given|held|taken|built|made|sold|shown|written|done|found|hit|kept|"
                 "left|lost|paid|put|set|spent|told|thought|won|brought|bought|caught|chosen|driven|"
                 "eaten|fallen|forgotten|frozen|hidden|led|meant|run|sent|shot|shut|stolen|struck|"
                 "sworn|torn|thrown|worn|beaten|begun|broken|cut|drawn|flown|forbidden|grown|hung|"
                 "hurt|laid|lent|let|lit|ridden|risen|sung|sunk|spoken|stood|stuck|taught|understood|"
                 "said|fought|sought|overtaken|undertaken|withdrawn|arisen|forgiven|born|been|gone|come|become|"
                 "read|spread|quit|split|cast|slept|woken|bitten|blown|drunk|shaken|proven|"
                 "heard|felt|sat|met|fled|got|gotten|dealt|won|fed|bent|bled|bred|swept|dug|spun|sold|"
                 "cost|bet|burst|shed|forecast|broadcast|upset|offset|reset|wound|bound|sprung|swum|"
                 "lain|slid|sped|stung|swung|wept|clung|crept|knelt|leapt|learnt|burnt|overseen|"
                 "foreseen|withheld|upheld|mistaken|misled|rebuilt|rewritten|overcome|undergone")
_STATIVE = frozenset("""based located interested concerned involved married related supposed committed
dedicated convinced determined known used expected scheduled considered believed said thought
estimated reported alleged required allowed entitled designed intended aimed focused made
situated composed equipped qualified pleased surprised worried satisfied tired prepared
""".split())
_NOT_ING = frozenset("""something nothing anything everything thing king ring spring string evening
morning during ceiling wing sibling pudding viking bring sing sting swing cling fling sling
wring offspring outing""".split())
_ADV = (r"(?:(?:already|still|now|also|not|currently|even|only|again|increasingly|once|again|"
        r"reportedly|apparently|actually|just|really|all)\s+){0,3}")
_PRESENT = re.compile(rf"\b(am|is|are)\s+{_ADV}([a-z]+ing|[a-z]+ed|{_IRREGULAR_PP})\b", re.IGNORECASE)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept\\.|oct\\.|nov\\.|dec\\.")
_YEAR = r"(1[89]\d\d|20\d\d)"
# a day without its year ("on 3 March", "on March 3rd"): past or future, so only a perfect
# with it is read as a calque (see _finished_anyway)
_DAY_DATE = (rf"on\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})"
             rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?)(?!,?\s*\d)")
_TIME_FRONT = re.compile(
    rf"^(?:(?:back|already|as\s+early\s+as|even)\s+)?(?:in\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:{_MONTHS})\s+)?{_YEAR}|on\s+(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?{_YEAR}"
    rf"|{_DAY_DATE}"
    rf"|last\s+(?:year|week|month|summer|winter|spring|autumn|fall|weekend|night|monday|tuesday|"
    rf"wednesday|thursday|friday|saturday|sunday)|yesterday|the\s+day\s+before\s+yesterday"
    rf"|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:years?|months?|"
    rf"weeks?|days?)\s+ago)(?:\s*,\s*|\s+(?![(\[—–-]))", re.IGNORECASE)  # comma optional
_TIME_TAIL = re.compile(
    rf"^\s*(?:(?:already|back|even)\s+)?(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})\s+)?{_YEAR}"
    rf"|on\s+(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?{_YEAR}|{_DAY_DATE}"
    rf"|last\s+(?:year|week|month|summer|winter|spring|autumn|fall|weekend|night)|yesterday"
    rf"|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:years?|months?|"
    rf"weeks?|days?)\s+ago)\s*(?=[.,;:!?)—–]|$|(?:that|and|but|to|at|in|with|after|before|when|while|because|as|for|by|from|alone)\b)", re.IGNORECASE)
# words after a time that make it the subject ("Last year alone has seen …")
_FRONT_SUBJECT = frozenset({"alone", "itself", "also", "too", "already", "again", "again,", "has", "have",
                            "is", "are", "was", "were", "will", "would", "marks", "saw"})
_RECENT_FRONT = re.compile(r"^(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?"
                           r"(?:days|weeks|months|years)\s*,?\s*|^(?:so\s+far|to\s+date|"
                           r"recently)\s*,\s*", re.IGNORECASE)
# ("Until now, X had only been given to …" is no calque: "until now" closes a state that the
# news just ended, and English narrates it in the pluperfect, as the source's past does)
_PERFECT = re.compile(rf"\b(has|have)\s+{_ADV}(?:been\s+)?([a-z]+ed|{_IRREGULAR_PP})\b", re.IGNORECASE)
_PLUPERFECT = re.compile(rf"\bhad\s+{_ADV}([a-z]+ed|{_IRREGULAR_PP})\b", re.IGNORECASE)
_SUBORD = re.compile(r"\b(?:that|which|who|whom|whose|where|when|because|if|while|although|though|"
                     r"whether|what|how|why|after|before|until|since|as|so|than|said|says|told|"
                     r"reported|according|once)\b", re.IGNORECASE)
_PAST_WORD = re.compile(rf"\b(?:was|were|had|did|[a-z]{{3,}}ed|{_IRREGULAR_PP})\b", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"\s*(?:[;:—–]|\s-\s|\(|\))\s*")
_YEAR_ANY = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_G002_KEYS = ("last ", "yesterday", " ago", "recent", "past ", "so far", "to date", "until now",
              "day")  # "day" covers the weekdays
_G002_PRE = re.compile(r"\b(?:is|are|am|had|has|have)\s", re.IGNORECASE)


# -- present simple with "since" (German seit, French depuis: "He works here since 2010") --
# the source word that licenses the calque, per source language (a source bead without it
# has no seit/depuis to carry over)
_SINCE_SOURCE = {
    "de": re.compile(r"\bseit(?:dem|her)?\b", re.IGNORECASE),
    "fr": re.compile(r"\bdepuis\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:desde|hace)\b", re.IGNORECASE),
    "pt": re.compile(r"(?<!\w)(?:desde|há|faz)(?!\w)", re.IGNORECASE),
    "it": re.compile(r"(?<!\w)(?:dall['’]|da(?:l|lla|lle|i|gli|llo)?(?!\w))", re.IGNORECASE),
    "nl": re.compile(r"\b(?:sinds|sedert)\b", re.IGNORECASE),
}
_SINCE_NAMES = {"de": "seit", "fr": "depuis", "es": "desde", "pt": "desde/há", "it": "da", "nl": "sinds"}
_CAP_MONTHS = ("(?-i:January|February|March|April|May|June|July|August|September|October|November|"
               "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# a point in time or a bare length of time after "since" ("since then" is left out: in
# reported speech it follows a present of the reporting clause)
_SINCE_TIME = re.compile(
    rf"\bsince\s+(?:(?:(?:early|late|mid-?)\s*)?(?:{_CAP_MONTHS}\s+)?{_YEAR}(?![\d.,]\d)"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_CAP_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{_YEAR})?"
    rf"|the\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d0s|last\s+(?:year|week|month|summer|winter|spring|"
    rf"autumn|fall|weekend|night|{_WEEKDAYS})|yesterday|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
    rf"Saturday|Sunday)|years|months|decades|weeks|ages|long|a\s+long\s+time|some\s+time|childhood|birth"
    rf"|the\s+(?:beginning|start|end|middle|outbreak)\s+of\s+(?:the\s+)?(?:year|month|war|pandemic|"
    rf"season|\d{{4}})|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of\s+{_YEAR})?)(?!\w)",
    re.IGNORECASE)
_BE_NOW = {"is": "has been", "are": "have been", "am": "have been"}
_DO_NOT = re.compile(r"^(?:does|do)(?:n['’]t|\s+not)$")
_PRONOUN_PLURAL = frozenset("i we you they people children men women".split())
_NOT_SUBJECT_S = frozenset("""this his its us as is has was does thus less unless plus whose ours yours theirs
perhaps always sometimes nevertheless yes news series years months weeks days decades times""".split())
_NOUN_BEFORE = frozenset("""the a an their his her its our my your whose this that these those of for in on
at to by with from into about some any no every each many several new own other such""".split())
_STOP_BACK = frozenset("""was were had did will would could should can may might must shall been be being
to having not that which who whom whose where when because if while although though whether
what how why after before until as so than said says told according once and but or""".split())
# (had: the present perfect of main-verb have, "Since Monday, the town has had a new pier")
_HAVE_AUX_NEXT = frozenset("been got gotten had to".split())
# between the verb and "since": a superlative, a first/last, a change or comparison
# ("the highest level since 2008", "the first time since", "is up 5% since January")
_SINCE_TRAP = re.compile(r"\b(?:\w+est|most|least|best|worst|first|last|only|ever|record|time|up|down|"
                         r"higher|lower|more|less|fewer|greater|better|worse|than|ahead|behind|per|percent|"
                         r"years?|months?|weeks?|days?|decades?|ago|again)\b|%", re.IGNORECASE)
_NOT_SUPERLATIVE = frozenset("""interest west forest protest request guest test rest chest honest modest contest
harvest arrest manifest invest digest nest quest conquest pest vest inquest earnest behest unrest midwest
southwest northwest priest""".split())
_NEXT_FINITE = re.compile(r"^\s*(?:,\s*)?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                          r"must|should|do|does|did)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’%-]+")


@lru_cache(maxsize=None)
def _since_verbs() -> dict[str, tuple[str, str]]:
    """Present forms (base and -s) of the verbs in since_verbs.en.txt -> (base, participle)."""
    out: dict[str, tuple[str, str]] = {}
    for line in load_list("since_verbs.en.txt"):
        base, _, part = line.partition(" ")
        out[base] = (base, part or base + "ed")
        out[_s_form(base)] = (base, part or base + "ed")
    out["have"] = out["has"] = ("have", "had")  # main-verb have: "He has a house since 2010"
    return out


def _s_form(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _present_verb(words: list[str], i: int, caps: list[bool] | None = None) -> str | None:
    """The present-perfect form for the present-simple verb at words[i], or None."""
    w, prev = words[i], (words[i - 1] if i else "")
    if w in _BE_NOW:
        return None if prev in ("to", "will", "would", "can", "could", "may", "might", "must") else _BE_NOW[w]
    verbs = _since_verbs()
    if w not in verbs or prev in _NOUN_BEFORE or prev.endswith(("'s", "’s")):
        return None
    base, part = verbs[w]
    if w == "has" or w == _s_form(base) and w != base:
        if w == "has" and i + 1 < len(words) and _PARTICIPLE.match(words[i + 1]):
            return None  # auxiliary: "has worked since"
        return f"has {part}" if _subject_before(words, i, caps, plural=False) else None
    if _DO_NOT.match(" ".join(words[max(0, i - 2):i])) or prev in ("don't", "don’t", "doesn't", "doesn’t"):
        return f"has not {part}" if words[i - 1 if prev.startswith("doesn") else i - 2].startswith("does") \
            else f"have not {part}"
    return f"have {part}" if _subject_before(words, i, caps, plural=True) else None


_SUBJ_SINGULAR = frozenset("he she it who which that one everyone everybody someone somebody nobody".split())
_DETS = frozenset("""the a an his her its their our my your this that these those every each many most both
all some several few two three four five""".split())


def _subject_before(words: list[str], i: int, caps: list[bool] | None, plural: bool) -> bool:
    """Is words[i-1] a subject, so words[i] a verb? A pronoun, a name, or a noun right after
    the clause start or a determiner ("the company works", not "sharp increases")."""
    if i == 0:
        return False
    prev = words[i - 1]
    if prev in (_PRONOUN_PLURAL if plural else _SUBJ_SINGULAR):
        return True
    if plural and not (prev.endswith("s") and len(prev) > 3 and prev not in _NOT_SUBJECT_S):
        return False
    if caps is not None and caps[i - 1]:
        return True
    return i == 1 or words[i - 2] in _DETS or words[i - 2].endswith(("'s", "’s")) \
        or (i >= 3 and words[i - 3] in _DETS)


_PARTICIPLE = re.compile(rf"^(?:[a-z]+ed|{_IRREGULAR_PP})$")


def _verb_before_since(words: list[str], caps: list[bool]) -> tuple[int, str] | None:
    """Walk back from "since" to the clause's finite verb: (index, perfect form) if it is a
    present simple (or is/are + participle or -ing), None at a past, perfect, modal or clause edge."""
    for j in range(len(words) - 1, max(-1, len(words) - 9), -1):
        w = words[j]
        if w in _STOP_BACK:
            return None
        if w in ("has", "have"):  # main verb (has a house) or auxiliary (has worked): stop either way
            nxt = words[j + 1] if j + 1 < len(words) else ""
            if _PARTICIPLE.match(nxt) or nxt in _HAVE_AUX_NEXT or nxt in _ADV_WORDS:
                return None
            form = _present_verb(words, j, caps)
            return (j, form) if form else None
        if w in _BE_NOW:
            form = _present_verb(words, j)
            return (j, form) if form else None
        if _PARTICIPLE.match(w) or (w.endswith("ing") and len(w) > 4 and w not in _NOT_ING):
            k = j - 1
            while k >= 0 and words[k] in _ADV_WORDS:
                k -= 1
            if k >= 0 and words[k] in _BE_NOW:
                form = _present_verb(words, k)
                if form is None:
                    return None
                return k, form + " " + w  # is married -> has been married, is working -> has been working
            if _PARTICIPLE.match(w) and w not in _since_verbs():
                return None  # a past tense or a participle phrase: "contracts signed since 2010"
        if w in _since_verbs():
            form = _present_verb(words, j, caps)
            if form:
                return j, form
    return None


_ADV_WORDS = frozenset("already still now also not currently even only again just really all".split())


def _since_traps(gap: str) -> bool:
    for m in _SINCE_TRAP.finditer(gap):
        w = m.group(0).lower()
        if w.endswith("est") and (w in _NOT_SUPERLATIVE or len(w) < 5):
            continue
        return True
    return False


def _since_source_ok(ctx: CheckContext, seg) -> tuple[bool, str]:
    """Does the source (if any) hold a seit/depuis word? And how to name it in the message."""
    sl = base_lang(ctx.source.lang) if ctx.source is not None else ""
    name = _SINCE_NAMES.get(sl, "seit/depuis")
    if ctx.source is None:
        return True, name
    bead = ctx.bead_of_target(seg.index)
    if bead is None or not bead.source:
        return False, name
    rx = _SINCE_SOURCE.get(sl)
    return (rx is None or bool(rx.search(bead.source_text))), name


def _since_hits(text: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, verb, perfect form, since-phrase) of each present simple before "since <time>"."""
    for m in _SINCE_TIME.finditer(text):
        before = text[:m.start()]
        if re.search(r"\bever\s*$", before, re.IGNORECASE) or _NEXT_FINITE.match(text[m.end():]):
            continue
        clause_start = max(before.rfind(c) for c in ",;:—–()") + 1
        if before[clause_start:].strip():
            hit = _trailing_since(text, clause_start, m)
        else:
            hit = _fronted_since(text, m)
        if hit:
            yield hit


def _trailing_since(text: str, clause_start: int, m: re.Match) -> tuple[int, int, str, str, str] | None:
    spans = [(w.start(), w.group(0)) for w in _WORD.finditer(text, clause_start, m.start())]
    words = [w.lower() for _, w in spans]
    got = _verb_before_since(words, [w[0].isupper() for _, w in spans])
    if got is None:
        return None
    j, form = got
    gap = text[spans[j][0]:m.start()]
    if len(words) - j > 8 or _since_traps(gap) or "of" in words[j:]:
        return None  # "of": since belongs to a noun ("the result of its collapse since 1999")
    if words[j] in ("is", "are") and j and words[j - 1] in ("it", "there") and re.search(r"\d", gap):
        return None
    if "not" in form.split() and words[j] not in _BE_NOW:
        j -= 2 if words[j - 1] == "not" else 1  # start at does/don't
    return spans[j][0], m.end(), text[spans[j][0]:spans[j][0] + len(words[j])], form, m.group(0)


def _fronted_since(text: str, m: re.Match) -> tuple[int, int, str, str, str] | None:
    """"Since 2010, he works here": the first verb of the main clause after the time."""
    rest = text[m.end():]
    spans = [(w.start() + m.end(), w.group(0)) for w in _WORD.finditer(rest)][:8]
    words, caps = [w.lower() for _, w in spans], [w[0].isupper() for _, w in spans]
    for j, w in enumerate(words[:6]):
        if w in _STOP_BACK or _PARTICIPLE.match(w) and w not in _since_verbs():
            return None
        form = _present_verb(words, j, caps) if (w in _BE_NOW or w in _since_verbs()) else None
        if form is None:
            continue
        if j == 0:
            return None  # no subject: "since 2010 is the year …"
        nxt = words[j + 1] if j + 1 < len(words) else ""
        if w in ("has", "have") and (_PARTICIPLE.match(nxt) or nxt in _HAVE_AUX_NEXT or nxt in _ADV_WORDS):
            return None
        if _since_traps(" ".join(words[j:j + 4])):
            return None
        if w in _BE_NOW and (_PARTICIPLE.match(nxt) or nxt.endswith("ing") and nxt not in _NOT_ING):
            form += " " + nxt
        return m.start(), spans[j][0] + len(w), text[spans[j][0]:spans[j][0] + len(w)], form, m.group(0)
    return None


def article_year(ctx: CheckContext, opts: dict) -> int | None:
    """The article's year: the option, date metadata, or the latest year any version names."""
    if opts.get("article_year"):
        try:
            return int(opts["article_year"])
        except (TypeError, ValueError):
            return None

    def build() -> int | None:
        years: list[int] = []
        for d in [ctx.target, *ctx.versions]:
            for key in ("date", "published", "datePublished"):
                v = d.meta.get(key) if isinstance(d.meta, dict) else None
                if v:
                    years += [int(y) for y in _YEAR_ANY.findall(str(v))]
            years += [int(y) for y in _YEAR_ANY.findall(d.text)]
        return max(years) if years else None

    return ctx.cached("form.article_year", build)


@rule("G002", "tense-calque", "Fluency/Grammar", "minor", artefact="calque-tense",
      summary="A present-tense clause (is/are + -ing or participle) with an explicit past time "
              "(a year before the article's, “last year”, “yesterday”); a present perfect with a "
              "finished time (“has won three weeks ago”, “has been founded in 1998”, “on 3 March”); "
              "a present simple with “since” + a time where the source has seit/depuis/desde/da/"
              "sinds (“He works here since 2010”); or a pluperfect with “in recent months”: the "
              "source's tense carried over. (English targets only.)",
      why="German and French narrate past events in the present, use their perfect for finished "
          "events, and say “seit 2010” with a present; in English the same clause reads as a "
          "factual error about when something happens, or as non-native.",
      fail=("Menschenrechtsgruppen schlagen schon letztes Jahr Alarm.",
            "Human rights groups are sounding the alarm last year."),
      ok=("Menschenrechtsgruppen schlugen schon letztes Jahr Alarm.",
          "Human rights groups were sounding the alarm last year."),
      options={"article_year": 0})
def tense_calque(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if base_lang(ctx.target.lang) != "en":
        return
    year_cache: list[int | None] = []

    def art_year() -> int | None:
        if not year_cache:
            year_cache.append(article_year(ctx, opts))
        return year_cache[0]

    for seg in ctx.target.segments:
        t = seg.text
        low = t.lower()
        if "since" in low:
            yield from _since_findings(ctx, seg)
        if not any(k in low for k in _G002_KEYS) and not _YEAR_ANY.search(t) and not _DAY_DATE_RX.search(t):
            continue  # no past time expression at all
        if not _G002_PRE.search(t):
            continue
        pos = 0
        for clause in _CLAUSE_SPLIT.split(t):
            cstart = t.find(clause, pos)
            pos = cstart + len(clause)
            if not clause:
                continue
            # after ")" the clause goes on: its leading time belongs to what came before
            front = not t[:cstart].rstrip().endswith(")")
            for s, e, msg in _tense_hits(clause, art_year, front):
                yield ctx.flag(seg.start + cstart + s, seg.start + cstart + e, msg)


def _since_findings(ctx: CheckContext, seg) -> Iterator[Finding]:
    hits = list(_since_hits(seg.text))
    if not hits:
        return
    ok, name = _since_source_ok(ctx, seg)
    if not ok:
        return
    for s, e, verb, form, when in hits:
        fix = _DURATION.sub("for", when) if _BARE_DURATION.search(when) else when
        fix = f"{fix}, … {form}" if s == seg.text.find(when, s) else f"{form} … {fix}"
        yield ctx.flag(seg.start + s, seg.start + e,
                       f"present tense “{verb}” with “{when}”: the source's present with {name} "
                       f"carried over; English needs the present perfect (“{fix}”)")


_BARE_DURATION = re.compile(r"^since\s+(?:years|months|decades|weeks|ages|long|a\s+long\s+time|some\s+time)$",
                            re.IGNORECASE)
_DURATION = re.compile(r"^since", re.IGNORECASE)


def _past_time_ok(expr: str, art_year) -> bool:
    m = _YEAR_ANY.search(expr)
    if m is None:
        return not re.search(r"\d", expr)  # last year, yesterday, … ago; "on 3 March" may be ahead
    y = art_year()
    return y is not None and int(m.group(1)) < y


# a period that includes now or a running count: the perfect is English there
# ("has risen 5% so far in 2024", "has won three titles in 2024", "for the first time in 2024")
_CUMULATIVE = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|up\s+to\s+now|until\s+now|alone|this\s+year|"
                         r"already|yet|first\s+time|again|ever|only|more|several|many|some|few|dozens?|"
                         r"hundreds?|thousands?|millions?|two|three|four|five|six|seven|eight|nine|ten|"
                         r"and|but|or|will|to)\b|%|\d", re.IGNORECASE)


def _finished_anyway(expr: str, vm: re.Match, clause: str, art_year) -> bool:
    """A present perfect with a calendar time the article-year test leaves open (the year is
    the article's own, or the text names no later one): a named day ("on 3 March 2019") or a
    one-off event of a singular subject ("has been founded in 1998") is still a finished past."""
    if vm.re is not _PERFECT:
        return False
    m = _YEAR_ANY.search(expr)
    y = art_year()
    if m is not None and y is not None and int(m.group(1)) > y:
        return False  # a future year
    rest = _YEAR_ANY.sub(" ", clause.replace(expr, " "))
    if _CUMULATIVE.search(_DAY_NUM.sub(" ", rest)):
        return False
    if _DAY_DATE_RX.search(expr):
        return True
    return vm.group(1).lower() == "has" and vm.group(2).lower() in load_list("punctual_participles.en.txt")


_DAY_DATE_RX = re.compile(_DAY_DATE, re.IGNORECASE)
_DAY_NUM = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


_WEEKDAY_TAIL = re.compile(r"^\s*on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?=[.,;:!?)—–]|$|(?:that|and|but|to|at|in|with|after|before|when|while|because|as|for|by|from)\b)", re.IGNORECASE)
_GAP_TAIL = re.compile(r"((?:\s+[\w'’-]+){0,4}?)(\s+(?:already\s+|back\s+)?(?:in|on|last|yesterday|"
                       r"\w+\s+(?:years?|months?|weeks?|days?)\s+ago).*)", re.IGNORECASE | re.DOTALL)
_GAP_END = re.compile(r"\b(?:of|from|since|until|by|for|before|after|between|during|than)\s*$", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|told|reported|that)\b", re.IGNORECASE)


def _trailing_time(low: str, vm: re.Match, art_year, weekdays: bool) -> int | None:
    """End of a past-time expression following the verb (after at most four object words)."""
    rest = low[vm.end():]
    m = _GAP_TAIL.match(rest)
    if not m:
        return None
    gap, tail = m.group(1), m.group(2)
    if _SUBORD.search(gap) or _GAP_END.search(gap):
        return None
    tm = _TIME_TAIL.match(tail) or (_WEEKDAY_TAIL.match(tail) if weekdays else None)
    if not tm or not (_past_time_ok(tm.group(0), art_year)
                      or _finished_anyway(tm.group(0), vm, low, art_year)):
        return None
    before = low[:vm.start()]
    if _SUBORD.search(before.split(",")[-1]) and _REPORTED.search(before):
        return None
    return vm.end() + len(gap) + len(tail[:tm.end()].rstrip())


def _tense_hits(clause: str, art_year, front: bool = True) -> Iterator[tuple[int, int, str]]:
    low = clause
    fm = _TIME_FRONT.match(low) if front else None
    # fronted time: "In 2022, the law is being …", "Last year, prices are rising"
    for rx, what in ((_PRESENT, "present tense"), (_PERFECT, "present perfect")):
        if not fm:
            break
        vm = rx.search(low, fm.end())
        if vm and _good_present(vm) and (_past_time_ok(fm.group(0), art_year)
                                         or _finished_anyway(fm.group(0), vm, low, art_year)):
            between = low[fm.end():vm.start()]
            if "," not in fm.group(0) and (not between.strip()
                                           or between.split()[0].lower() in _FRONT_SUBJECT):
                continue  # without its comma the time may be the subject: "Last year (alone) has seen …"
            if not _SUBORD.search(between) and not _PAST_WORD.search(between) \
                    and len(between.split()) <= 8 and "," not in between:
                yield (fm.start(), vm.end(), f"{what} “{vm.group(0)}” with a past time "
                                             f"(“{fm.group(0).strip(' ,')}”): " + _ADVICE[what])
                return
    # trailing time: "are already sounding the alarm in 2024", "has won three weeks ago"
    for rx, what in ((_PRESENT, "present tense"), (_PERFECT, "present perfect")):
        for vm in rx.finditer(low):
            if not _good_present(vm):
                continue
            end = _trailing_time(low, vm, art_year, weekdays=(rx is _PERFECT))
            if end is None:
                continue
            tail = low[vm.end():end].strip()
            yield (vm.start(), end, f"{what} “{vm.group(0)}” with a past time (“…{tail[-30:]}”): "
                                    + _ADVICE[what])
            return
    # pluperfect with a time reaching up to now: "In recent months, X had already pushed"
    rm = _RECENT_FRONT.match(low)
    if rm:
        pm = _PLUPERFECT.search(low, rm.end())
        if pm:
            between = low[rm.end():pm.start()]
            if not _SUBORD.search(between) and len(between.split()) <= 6:
                yield (rm.end(), pm.end(), f"pluperfect “{pm.group(0)}” with “{rm.group(0).strip(' ,')}”: "
                                 f"English needs the present perfect (“has {pm.group(0).split()[-1]}”)")


_ADVICE = {
    "present tense": "the source's historical present carried over; English needs a past tense",
    "present perfect": "the source's perfect carried over; with a finished past time English "
                       "needs the simple past",
}


_MODAL_BEFORE = re.compile(r"\b(?:may|might|must|could|should|would|will|can|shall|to)(?:\s+not)?\s+$", re.IGNORECASE)


def _good_present(vm: re.Match) -> bool:
    if vm.group(1).lower() == "have" and _MODAL_BEFORE.search(vm.string[:vm.start()]):
        return False  # a modal or infinitive perfect: "may have grown in 2006"
    word = vm.group(2).lower()
    if word in _NOT_ING or word in _STATIVE:
        return False
    if word.endswith("ing") and len(word) < 5:
        return False
    return True


# ---------------------------------------------------------------------------------------
# G003 construction-calque (English targets)
# ---------------------------------------------------------------------------------------
_NUMWORD = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
            r"thirty|forty|fifty|many|several|a\s+few|few|some)")
# (pattern, message, suggestion or None): source-language constructions carried into English.
_HAVE = {"is": "has", "are": "have", "was": "had", "were": "had", "am": "have"}
_HAVE_RE = re.compile(r"^(?:is|are|was|were|am)\b", re.IGNORECASE)
_CONSTRUCTIONS = [
    (re.compile(rf"\bsince\s+{_NUMWORD}\s+(?:years|months|weeks|days|hours|minutes|decades|centuries)\b",
                re.IGNORECASE),
     "“since” with a length of time (German seit, French depuis, Spanish desde): English says "
     "“for …”", lambda m: "for" + m.group(0)[5:]),
    (re.compile(r"\bcomment(?:s|ed|ing)?\s+(?:on\s+)?[^.;:!?,]{1,40}?\s+as\s+(?:a|an|the|[\"“‘'])",
                re.IGNORECASE),
     "“comment on X as Y” (German kommentieren als, French commenter comme): English says "
     "“call X Y” or “describe X as Y”", None),
    (re.compile(r"\b(?:make|makes|made|making)\s+(?:a\s+|some\s+|many\s+|\d+\s+)?photos?\b", re.IGNORECASE),
     "“make a photo” (German ein Foto machen, French faire une photo): English says “take a photo”",
     None),
    (re.compile(r"\baccording\s+to\s+(?:me|us)\b", re.IGNORECASE),
     "“according to me” (French selon moi, Spanish según yo): English says “in my view”", None),
    (re.compile(r"(?:^|(?<=[.!?]\s))On\s+the\s+other\s+side,"),
     "“On the other side,” (German andererseits, French d'autre part): English says "
     "“On the other hand,”", lambda m: "On the other hand,"),
    (re.compile(r"\b(?:he|she|they|i|we|you|who)\s+(?:has|have|had)\s+(?:\d{1,3}|[a-z]+-?[a-z]*)\s+years"
                r"(?!\s+(?:of|in|to|left|ago|before|after|experience))\b", re.IGNORECASE),
     "“has N years” for an age (French avoir … ans, Spanish tener … años, Italian avere … anni): "
     "English says “is N (years old)”", None),
    # verbs that form their perfect with "be" in German, French and Italian (ist angekommen,
    # est arrivé, è arrivato) and cannot be passive in English: "is arrived" is a calque
    (re.compile(r"\b(?:is|are|was|were|am)\s+(?:(?:already|just|not|now|finally|also)\s+)?"
                r"(?:arrived|died|happened|occurred|existed|emerged|appeared)\b", re.IGNORECASE),
     "perfect with “be” (German ist angekommen, French est arrivé, Italian è arrivato): English "
     "forms it with “have” (has arrived, has died)", lambda m: _HAVE_RE.sub(
         lambda x: _HAVE[x.group(0).lower()], m.group(0), count=1)),
    # a singular verb with "police" (die Polizei ist, la police est, la polizia è)
    (re.compile(r"\b[Tt]he\s+police\s+(?:is|was|has)\b"),
     "“the police is” (German die Polizei ist, French la police est: singular there): English "
     "treats police as plural: “the police are”", None),
    # "be agree" (French être d'accord, Spanish estar de acuerdo, Italian essere d'accordo)
    (re.compile(r"\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|all|also|totally|fully|completely|"
                r"entirely|absolutely|quite)\s+)?agree\b|(?<=[a-z])['’](?:m|re|s)\s+(?:not\s+)?agree\b",
                re.IGNORECASE),
     "“be agree” (French être d'accord, Spanish estar de acuerdo, Italian essere d'accordo): "
     "English says “agree” (I agree, we agree)", None),
    # "have hunger / thirst" (German Hunger haben, French avoir faim, Spanish tener hambre)
    (re.compile(r"\b(?:have|has|had|having)\s+(?:(?:no|much|great|so\s+much|a\s+lot\s+of)\s+)?"
                r"(?:hunger|thirst)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:now|too|again|anymore|already|all\s+the\s+time)\b)",
                re.IGNORECASE),  # at the end of its clause: "have hunger under control" is English
     "“have hunger/thirst” (German Hunger haben, French avoir faim, Spanish tener hambre): English "
     "says “be hungry/thirsty”", None),
]
# per construction, the cue words one of which its text must hold (a cheap filter first)
_G003_KEYS = (("since",), ("comment",), ("photo",), ("according",), ("on the other side,",),
              (" years",), ("arrived", "died", "happened", "occurred", "existed", "emerged", "appeared"),
              ("police",), ("agree",), ("hunger", "thirst"))
_G003_CUES = tuple(k for key in _G003_KEYS for k in key)


@rule("G003", "construction-calque", "Fluency/Grammar", "minor", artefact="calque-grammar",
      summary="A source-language construction carried into English word for word: “since three "
              "years”, “comments on X as a good idea”, “make a photo”, “according to me”, "
              "“she has 30 years”, “he is arrived”, “the police is”, “I am agree”, “we have "
              "hunger”. (English targets only.)",
      why="Literal constructions from German, French, Spanish or Italian read as non-native English "
          "even when every word is right.",
      fail=("Er lebt seit drei Jahren in Bern.", "He has been living in Bern since three years."),
      ok=("Er lebt seit drei Jahren in Bern.", "He has been living in Bern for three years."))
def construction_calque(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if base_lang(ctx.target.lang) != "en":
        return
    for seg in ctx.target.segments:
        t = seg.text
        low = t.lower()
        if not any(k in low for k in _G003_CUES):
            continue
        for key, (rx, msg, sugg) in zip(_G003_KEYS, _CONSTRUCTIONS):
            if not any(k in low for k in key):
                continue
            for m in rx.finditer(t):
                if key == (" years",) and not re.search(r"\d|ty\b|teen\b|one|two|three|four|five|"
                                                                  r"six|seven|eight|nine|ten|eleven|twelve",
                                                                  m.group(0).split()[2], re.IGNORECASE):
                    continue
                yield ctx.flag(seg.start + m.start(), seg.start + m.end(), msg,
                               suggestion=sugg(m) if sugg else None)


# ---------------------------------------------------------------------------------------
# S008 dangling-article
# ---------------------------------------------------------------------------------------
# An article right before closing punctuation: the word it introduced was dropped (an
# entity or noun lost in translation).  Only languages whose articles are not also
# pronouns at the end of a clause (German "das", "die" are, so German counts only "des"
# and the contractions im, zum, vom …; French "le" before a comma
# is an OCR quote often enough to leave commas out there).  English "a" and "an" count in
# lower case only (Plan A, Vitamin A), and not in the list markers "(a)" and "a)".
# The possessives its/their/our/your count too: unlike his/her/my they are never pronouns
# at the end of a clause (theirs, ours, yours are).
_DANGLING = {
    "en": re.compile(r"(?<![\w'’.(-])((?:[Tt]he|THE|an|a|[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our)(?![\w'’-]))"
                     r"(?!(?<=a)\)|(?<=an)\))[ \t\u00a0]*(?=[,;:!?)]|\.(?![^\W\d_]))"),
    "fr": re.compile(r"(?<![\w'’.-])((?i:les|la|le|une|un|des|du|aux|au))[ \t\u00a0]+(?=[.;:!?)])"),
    # German: only the preposition-article contractions and "des", which are never pronouns
    # (der, die, das, dem, ein, eine are); ",," is an OCR low quote
    "de": re.compile(r"(?<![\w'’.-])((?:im|am|beim|zum|zur|vom|ins|ans|aufs|des|Im|Beim|Zum|Zur|Vom|Des)"
                     r"(?![\w'’-]))[ \t\u00a0]*(?=[;:!?)]|,(?!,)|\.(?![^\W\d_]))"),
    # (after "cada" a pronoun, "cada una" each one; after "la" the hour, "a la una")
    "es": re.compile(r"(?<![\w'’.-])(?<!(?i:cada) )(?<!(?i:la) )((?i:los|las|la|el|una|un|del|al))[ \t\u00a0]*"
                     r"(?=[,;:!?)]|\.(?![^\W\d_]))"),
    "it": re.compile(r"(?<![\w'’.-])((?i:gli|il|lo|la|le|un|una|uno|del|della|dei))[ \t\u00a0]*"
                     r"(?=[,;:!?)]|\.(?![^\W\d_]))"),
}


# brackets with nothing inside, not a call in code (f())
_EMPTY_BRACKETS = re.compile(r"(?<![\w)\]])(?:\([ \t\u00a0]*\)|\[[ \t\u00a0]*\])")


# English: a determiner right before a word no noun phrase starts with ("the of", "a that",
# "their with"): the noun between them was dropped.  On 18,412 human English sentences
# (CED and MQM sources, OpenLID) it matches none; hyphenated words (the in-crowd, the
# by-election) and capitals (The Who) are no such word
_EN_DETERMINER_GAP = re.compile(
    r"(?<![\w'’-])(?P<det>the|The|an?|An?|its|their|our|my|your|Its|Their|Our|My|Your)\s+"
    r"(?P<next>of|on|at|by|with|from|into|onto|during|between|among|through|for|to|and|or|but|nor|"
    r"that|which|who|whom|whose|than|is|are|was|were|has|have|had|in|against|around|despite|without|"
    r"because|although|unless|whether|as|about)(?![\w'’-])")

# French: le/la/les right before a preposition, conjunction or relative pronoun ("le de",
# "la pour"); as object pronouns they stand before verbs, never before these (0 matches in
# 1,053 human French sentences: Text+Berg, OpenLID fra, DEMETR sources). un/une are left
# out: they are pronouns before de/des (un des sommets)
_FR_ARTICLE_GAP = re.compile(
    r"(?<![\w'’-])(?P<det>le|la|les|Le|La|Les)\s+(?P<next>de|du|des|à|au|aux|dans|pour|avec|sur|sous|par|"
    r"et|ou|mais|qui|que|dont)(?![\w'’-])")


# German: "des" right before a conjunction or a finite verb ("die Sitzung des und der");
# before a preposition or an article it opens an extended attribute (des von ihm
# gegründeten Vereins, des der Partei nahestehenden), so those are not here
_DE_ARTICLE_GAP = re.compile(
    r"(?<![\w'’-])(?P<det>des|Des)\s+(?P<next>und|oder|aber|sowie|ist|sind|war|waren|hat|haben|hatte|wird|"
    r"werden|wurde|wurden|kann|können|muss|soll)(?![\w'’-])")


# "a" as a letter (plan a or b, vitamins a and c) is a label, "an in" an opening; "as a and
# started", "was a or" are holes: only "a"/"an" before and/or whose own next word is no
# single letter and whose word before is no label noun are flagged
_A_LABELS = frozenset("plan vitamin vitamins type class group option options point part section "
                      "paragraph grade category hepatitis exhibit appendix schedule article letter "
                      "model variant scenario column row list step phase level tier box".split())
_A_AND = re.compile(r"(?<![\w'’-])(an?)\s+(and|or)\s+(\S+)")


def _a_and_gap(det: str, nxt: str, t: str) -> bool:
    """Is "a"/"an" before "and"/"or" in ``t`` a hole, no letter label?"""
    for m in _A_AND.finditer(t):
        if m.group(1) != det or m.group(2) != nxt:
            continue
        after = m.group(3).strip(".,;:!?)\"'’”")
        before = t[:m.start()].split()[-1:] or [""]
        if len(after) == 1 or before[0].lower().strip("(\"'“‘") in _A_LABELS:
            continue
        return True
    return False


# a determiner right after "as"/"about" (the as a business, the about the): no "the as yet"
_EN_DET_NEXT = re.compile(r"\s+(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)(?![\w'’-])")
# a language's determiner-gap pattern and what it leaves alone: (det, next word, sentence,
# the sentence after the next word)
_DETERMINER_GAP = {
    # plan a or b, to have an in; our and their children; the as yet unnamed film, the
    # about page (but not "the as a": "as" and a determiner there have lost their noun)
    "en": (_EN_DETERMINER_GAP,
           lambda det, nxt, t, rest: (det in ("a", "an") and nxt in ("and", "or", "in")
                                      and not _a_and_gap(det, nxt, t))
           or (det not in ("the", "a", "an") and nxt in ("and", "or", "nor"))
           or (det not in ("a", "an") and nxt in ("as", "about") and not _EN_DET_NEXT.match(rest))),
    # le pour et le contre
    "fr": (_FR_ARTICLE_GAP, lambda det, nxt, t, rest: nxt in ("pour", "contre") and "contre" in t.lower()),
    "de": (_DE_ARTICLE_GAP, lambda det, nxt, t, rest: False),
}


# English: an adjective that is practically never a noun (data/form/stranded_adjectives.en.txt)
# after a determiner, a possessive or a small number, and then punctuation, a preposition,
# a relative pronoun or a verb: "the violent in", "a commercial.", "Europe's financial.": the
# noun after the adjective was dropped.  After "of", "by", "with", "despite", "according
# to" only punctuation counts ("with financial.").  A comma counts only when what follows
# cannot go on a list of adjectives ("a small, fringe country" and "the controversial,
# Oscar-winning film" are fine; "their northern, Norway" and "our economic, we"
# are not).  The list leaves out adjectives that name people or an abstraction after
# "the" (the poor, the skeptical, the subtle) and words that are also nouns or adverbs.
_INTENSIFIERS = "very|extremely|rather|quite|highly|relatively|fairly"
# what stands right before the adjective (the search ends where the adjective starts)
_ADJ_LEFT = re.compile(
    r"(?:(?<![\w'’-])(?P<det>the|The|an?|An?|its|their|our|my|your|Its|Their|Our|My|Your|these|These|"
    r"various|Various|several|Several|numerous|(?<![\d,.])\d{1,3}(?:,\d{3})*|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|twenty|hundred|thousand|million)"
    r"|(?<=\w)(?P<pos>[’']s)|(?<![\w'’-])(?P<prep>(?i:of|by|with|despite|according to)))"
    r"\s+(?:(?:" + _INTENSIFIERS + r")\s+)?$")
# hyphenated adjectives that are never nouns either (a week-long, the US-backed)
_HYPHENATED_ADJ = re.compile(r"(?<![\w'’-])[\w-]+-(?:long|based|related|style|wide|owned|led|backed|funded)"
                             r"(?![\w'’-])")
_ADJ_THEN = re.compile(r"\s+([a-z]+)(?![\w'’-])")
_ADJ_AFTER = re.compile(
    r"\s*[.;:!?)]"
    r"|\s*,\s+(?:the|a|an|this|that|these|those|it|they|we|he|she|I|you|his|her|their|our|its|my|your"
    r"|(?>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*))(?![\w'’-])"
    r"|(?P<word>\s+(?:of|in|on|at|by|with|from|into|onto|for|during|between|among|through|about|under|"
    r"over|against|without|within|via|despite|since|until|across|after|before|behind|beyond|around|"
    r"toward|towards|upon|that|which|who|whom|whose|is|are|was|were|has|have|had|would|could|should|"
    r"does|did)(?![\w'’-]))")
_WORD_EDGE = re.compile(r"[\w'’-]")
# "it's", "that's", "there's": a verb, not a possessive
_NOT_POSSESSORS = frozenset("it that there here what who he she where how let this everything "
                            "nothing something everyone one all why when which".split())
_POSSESSOR = re.compile(r"\w+$")

# English: a word that never ends a phrase, right before punctuation.  A preposition that is
# never left at the end of a clause ("According to, three people", "despite."), where
# "despite, or because of, X" and "before, during, and after" go on ("on behalf of", "in
# front of", "because of" can end a clause: the entity you act on behalf of); any common
# preposition with a space before the mark ("lives in .", "the capital of , which": a name or
# tag between them was taken out); a conjunction before a full stop ("bread and.").
# Anchored on the punctuation, which is rarer than the words.
_EN_HOLE_BEFORE = re.compile(
    r"(?<![\w'’/-])(?:(?P<fixed>(?i:according to|as for|such as|thanks to|in spite of|regardless of|"
    r"irrespective of|despite|amid|amidst|via|during|among|amongst|towards|toward))[ \t\u00a0]*"
    r"|(?P<spaced>in|on|at|of|to|from|for|with|by|about|into|onto|between|through|without|within|near|"
    r"outside|inside|against)[ \t\u00a0]+|(?P<conj>and|or|but|nor)[ \t\u00a0]*)$")
_PUNCT_MARK = re.compile(r"[.,;!?]")
_HOLE_LAST_WORDS = frozenset(
    "to for as of despite amid amidst via during among amongst towards toward in on at from with by "
    "about into onto between through without within near outside inside against and or but nor".split())
_COMMA_GOES_ON = re.compile(r",\s*(?:or|and|but|perhaps|if|say|not|indeed|notably|for example|for instance|"
                            r"e\.g|i\.e|in particular)(?![\w'’-])")
# English: "a"/"an" and a past participle, then punctuation, a preposition or a verb ("a
# revised in May"): after "the" such a participle names people (the accused, the injured
# in), after "a" it needs its noun; nouns in -ed (a hundred, a seabed, a watershed) excepted
_EN_A_PARTICIPLE = re.compile(
    r" an? (?!(?:hundred|red|hatred|kindred|moped|biped|quadruped|infrared|coed|shred|"
    r"(?:water|blood|wood|tool|cow)?shed|\w*(?:bed|bred|sled))(?![\w'’-]))(?P<p>[a-z]{2,}(?<!e)ed)"
    r"(?=\s*[.;:!?)]|\s+(?:in|on|at|by|with|from|for|during|that|which|who|is|was|are|were|has|had)(?![\w'’-]))")
# English: a word cut at its hyphen before punctuation or a function word ("semi-.",
# "anti- in"); "pre- and post-war", "two- or three-day" go on
_EN_BARE_PREFIX = re.compile(
    r"(?<![\w-])(?P<p>[A-Za-z]{2,}-)(?=[ \t]*[.;:!?)]|[ \t]+(?:in|on|at|of|by|with|from|for|the|a|an|is|are|"
    r"was|were|that|which|who)(?![\w'’-]))")
_HYPHEN_GAP = re.compile(r"-(?:[ \t]*[.;:!?)]|[ \t]+[a-z])")
# English: quotation marks with nothing inside, between lower-case words or before
# punctuation ("signed an "" with the city"); one such pair only, as some corpora write
# every quotation mark as a doubled "" (a title between "" and "")
_EN_EMPTY_QUOTES = re.compile(r"(?<=[a-z][ \t])(?P<p>\"\"|“”)(?=[ \t]+[a-z]|[.,;:!?])")
_TOKEN_EDGE = ".,;:!?)(\"“”"


def _word_spots(t: str, w: str) -> Iterator[tuple[int, str]]:
    """Where ``w`` stands in ``t`` as a whole word: (offset, w)."""
    i = t.find(w)
    while i >= 0:
        j = i + len(w)
        if not (i and _WORD_EDGE.match(t, i - 1)) and not _WORD_EDGE.match(t, j):
            yield i, w
        i = t.find(w, j)


def _en_noun_gaps(t: str) -> Iterator[tuple[int, int, str]]:
    """English holes a dropped noun leaves besides a bare determiner: (start, end, message)."""
    adjs = load_list("stranded_adjectives.en.txt")
    flagged: set[int] = set()
    words = t
    for c in _TOKEN_EDGE:  # str.replace runs in C: cheaper than a regex over the words
        words = words.replace(c, " ")
    cands = adjs.intersection(words.split())
    if "-" in t:
        cands = cands.union(m.group() for m in _HYPHENATED_ADJ.finditer(t))
    spots = sorted(i for w in cands for i in _word_spots(t, w))
    prev_end = -1
    for i, w in spots:
        if i < prev_end:
            continue  # inside a run judged already
        lm = _ADJ_LEFT.search(t, max(0, i - 30), i)
        if lm is None:
            continue
        if lm.group("pos") and _POSSESSOR.search(t, 0, lm.start("pos")).group().lower() in _NOT_POSSESSORS:
            continue
        end = i + len(w)
        while (n := _ADJ_THEN.match(t, end)) and n.group(1) in adjs:
            end = n.end()  # a run of such adjectives: what follows the last one counts
        prev_end = end
        a = _ADJ_AFTER.match(t, end)
        if a is None or (lm.group("prep") and a.group("word")):
            continue
        nxt = a.group("word").strip() if a.group("word") else a.group().strip()[0]
        flagged.add(i)
        yield (i, end, f"“{t[lm.start():end]}” is followed by “{nxt}”: the noun after the adjective is missing")
    for pm in _PUNCT_MARK.finditer(t):
        p, c = pm.start(), pm.group()
        j = p
        while j and t[j - 1] in " \t\u00a0":
            j -= 1
        if t[max(t.rfind(" ", 0, j), 0):j].strip().lower() not in _HOLE_LAST_WORDS:
            continue  # cheap test first: most marks follow a noun
        h = _EN_HOLE_BEFORE.search(t, max(0, p - 24), p)
        if h is None:
            continue
        glued = p + 1 < len(t) and (t[p + 1].isalnum() or t[p + 1] == "_")  # .NET, 3.5, a.m.
        if h.group("fixed"):
            hole = c != "," or not _COMMA_GOES_ON.match(t, p)
        elif h.group("spaced"):
            hole = c in ".,;" and not glued
        else:
            hole = c in ".;!" and not glued
        if hole:
            w = h.group("fixed") or h.group("spaced") or h.group("conj")
            yield (h.start(), h.start() + len(w),
                   f"“{w}” stands right before punctuation: the word it introduced is missing")
    if ('""' in t and t.count('"') == 2) or "“”" in t:
        for m in _EN_EMPTY_QUOTES.finditer(t):
            yield (m.start("p"), m.end("p"), "empty quotation marks: the words they held are missing")
    for m in _EN_A_PARTICIPLE.finditer(t):
        if m.start("p") in flagged:
            continue  # "a commercial." is on the adjective list too
        yield (m.start("p"), m.end("p"),
               f"“{t[m.start() + 1:m.end('p')]}” has no noun after it: the word it described is missing")
    if "-" in t and _HYPHEN_GAP.search(t):
        for m in _EN_BARE_PREFIX.finditer(t):
            yield (m.start("p"), m.end("p"),
                   f"“{m.group('p')}” is a word cut at its hyphen: the rest of it is missing")


@rule("S008", "dangling-article", "Accuracy/Omission", "minor", artefact="dangling-article",
      summary="An article right before punctuation (“at the .”, “in a ,”; German “im .”, “des ,”), or "
              "empty brackets: the word that stood there is missing; in English, French and German "
              "also a determiner right before a word no noun phrase starts with (“the of”, “a that”, "
              "“their with”; “le de”, “la pour”; “des und”). English also: an adjective that is never "
              "a noun left between its determiner and punctuation, a preposition or a verb (“the "
              "violent in”, “a commercial.”, “their northern, Norway”), “a” and a bare participle (“a "
              "revised in”), its/their/our/your before punctuation, a preposition that never ends "
              "a clause before punctuation (“According to, …”) or any preposition with a space "
              "before the mark (“lives in .”), a conjunction before a full stop, a word cut at its "
              "hyphen (“semi-.”), empty quotation marks between words.",
      why="MT and careless post-editing drop a name or noun and leave its article behind; "
          "the sentence still scans at a glance but has a hole where content was.",
      fail=("Er besuchte die Klinik in Bern.", "He visited the clinic in the."),
      ok=("Er besuchte die Klinik in Bern.", "He visited the clinic in Bern."))
def dangling_article(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    tl = base_lang(ctx.target.lang)
    pat = _DANGLING.get(tl)
    gap = _DETERMINER_GAP.get(tl)
    for seg in ctx.target.segments:
        t = seg.text
        if seg.kind in ("ui", "metadata", "credit"):
            continue
        if "(" in t or "[" in t:
            for m in _EMPTY_BRACKETS.finditer(t):
                yield ctx.flag(seg.start + m.start(), seg.start + m.end(),
                               "empty brackets: what they held is missing")
        if pat is None:
            continue
        urls = None
        for m in pat.finditer(t):
            if urls is None:
                urls = _url_spans(t)
            if _inside(urls, m.start()):
                continue
            yield ctx.flag(seg.start + m.start(1), seg.start + m.end(1),
                           f"“{m.group(1)}” stands right before punctuation: the word it "
                           f"introduced is missing")
        if gap is not None:
            gap_rx, fine = gap
            for m in gap_rx.finditer(t):
                det, nxt = m.group("det"), m.group("next")
                if fine(det.lower(), nxt, t, t[m.end():]) or (det in ("A", "An") and t[:m.start()].rstrip()[-1:].isalnum()):
                    continue  # capital A inside a sentence is a label: Exhibit A as, Appendix A of
                yield ctx.flag(seg.start + m.start("det"), seg.start + m.end("det"),
                               f"“{det}” stands right before “{nxt}”: the word it introduced is missing")
        if tl == "en":
            for a, b, msg in _en_noun_gaps(t):
                yield ctx.flag(seg.start + a, seg.start + b, msg)
