"""Native Chinese and Japanese names read back into Latin script (session 51, w1).

A Chinese source writes its own names in Hanzi, a Japanese one in kanji and kana; a
Latin-script translation romanises them (昌平 Changping, 富良野市 Furano, 石川 Ishikawa).  The
source is read as toneless Hanyu Pinyin (pypinyin: each character's readings, the phrase
reading among them) or as Hepburn romaji (pykakasi: each word's reading, and each kanji's
own for names read irregularly: 日暮里, ni-bo-ri, is written Nippori).  A capitalised
Latin word of the translation is *read back* when it spells the readings of consecutive
characters of the whole source, up to the differences of the other romanisations in use
(Wade-Giles Taipei ~ taibei; Hepburn long vowels Tōkyō ~ toukyou, Gunma ~ Gumma).

pypinyin (MIT) is a default dependency, pykakasi (GPL-3.0-or-later) the ``ja`` extra
(``pip install mtcheck[ja]``), kept out of the default install for its licence.  Each is
imported only when a Chinese or Japanese source meets a Latin-script translation; without
it nothing here reads that language and the names rules behave as before (``available``).

``misspelt``: a word of the translation that is not read back but is one letter (two in
a long word; two neighbouring letters swapped are one) from a romanised name of the
source sentence: a slip (Xiaoning for 晓明, Ishikwa for 石川, Guohau for 国华).  ``swapped``: a word shaped like a romanised name (it splits into Pinyin
or Hepburn syllables) that the whole source never reads as, in a sentence that leaves a
name of the source unrendered: the place's name written before a place suffix (富良野市),
or a run the translation renders elsewhere as a capitalised word (昌平 ~ Changping): another
name put in its stead (Shunyi, Nayoro).
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from ._text import DATA, fold

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")
_JA_KANA = re.compile(r"[\u3040-\u30ff]")
_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž]+(?:['’-][a-zà-ÿā-ž]+)*")

# a place suffix after a name, the name before it being one to three characters (省 province,
# 县 county, 町 town ...): the run before it is a name, rendered by its reading
_PLACE_SUFFIX = {"zh": "省市县縣區区镇鎮乡鄉村", "ja": "都道府県市区町村郡"}
# characters no name before a place suffix takes in: particles, pronouns, measure words
# the generic words between a name and its place suffix (澳门特区, 广西壮族自治区, 浦东新区)
_SUFFIX_LEAD = {"zh": ("特别行政", "壮族自治", "回族自治", "维吾尔自治", "自治", "特", "新", "开发", "高新"),
                "ja": ()}
_NOT_IN_NAME = {"zh": "的了在和与與及是将將从從对對为為等各个個该該这這那其至到由向于於和或共",
                "ja": ""}


@lru_cache(maxsize=1)
def _pinyin():
    try:
        import pypinyin  # noqa: PLC0415 (lazy: 0.5 s of import, only for a Chinese source)
    except ImportError:
        return None
    return pypinyin


@lru_cache(maxsize=1)
def _kakasi():
    try:
        import pykakasi  # noqa: PLC0415 (lazy: only for a Japanese source)
    except ImportError:
        return None
    return pykakasi.kakasi()


def available(lang: str | None) -> bool:
    """Can a source in ``lang`` be read back (its package installed)?"""
    if lang == "zh":
        return _pinyin() is not None
    if lang == "ja":
        return _kakasi() is not None
    return False


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """The Hanyu Pinyin syllables, toneless (data/names/pinyin.zh.txt); the names rules
    split romanised Chinese with them too."""
    text = (DATA / "pinyin.zh.txt").read_text(encoding="utf-8")
    return frozenset(w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split())


@lru_cache(maxsize=2)
def _syllables(lang: str) -> frozenset[str]:
    """The syllables a romanised name splits into: Pinyin's in a-z (nü, lüe never match a
    folded word) or Hepburn's (data/names/hepburn.ja.txt)."""
    if lang == "zh":
        return frozenset(w for w in pinyin_syllables() if w.isascii())
    text = (DATA / "hepburn.ja.txt").read_text(encoding="utf-8")
    return frozenset(w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split()
                     if w.isascii())


def latin(word: str) -> str:
    """A Latin word folded to letters only (Xi'an ~ xian, Tōkyō ~ tokyo)."""
    return re.sub(r"[^a-z]", "", fold(word))


def shaped(word: str, lang: str) -> bool:
    """Does Latin ``word`` split wholly into Pinyin (zh) or Hepburn (ja) syllables, two or
    more (Shunyi: shun-yi; Nayoro: na-yo-ro)?"""
    w = latin(word)
    syl = _syllables(lang)
    if lang == "ja":
        w = re.sub(r"tch", "cch", w)
    n = len(w)
    best = [None] * (n + 1)  # fewest syllables to reach i
    best[0] = 0
    for i in range(n):
        if best[i] is None:
            continue
        steps = [len(s) for s in syl if w.startswith(s, i)]
        if lang == "ja":
            if w[i] == "n" and (i + 1 == n or w[i + 1] not in "aiueoy"):
                steps.append(1)  # syllabic n (Gunma, Shin-)
            if i + 1 < n and w[i] == w[i + 1] and w[i] not in "aiueon":
                steps.append(1)  # a doubled consonant (Hokkaido, Sapporo)
            if w[i] == "c" and w.startswith("ch", i + 1):
                steps.append(1)
        for k in steps:
            if best[i + k] is None or best[i + k] > best[i] + 1:
                best[i + k] = best[i] + 1
    return best[n] is not None and best[n] >= 2

# (the letter merges of _loose, built once)
_ZH_MERGE = str.maketrans("ptkw", "bdgu")
_JA_VOICED = str.maketrans("gzdbpfh", "kstHHHH")


@lru_cache(maxsize=8192)
def _loose(s: str, lang: str) -> str:
    """A romanisation with the differences of the systems in use merged: Wade-Giles and
    Pinyin (hs/x/sh/s, ch/zh/j/q/ts/z/c, p/b, t/d, k/g) for Chinese; Hepburn and Kunrei and
    the long vowels (ou/oo/uu/ei written or left out, si/shi, ti/chi, tu/tsu, hu/fu, n/m
    before b, m, p) for Japanese."""
    if lang == "zh":
        s = s.replace("hs", "s").replace("sh", "s").replace("x", "s")
        s = re.sub(r"ts|zh|ch|[jqzc]", "s", s)
        return s.translate(_ZH_MERGE).replace("h", "")
    s = s.replace("tch", "cch")
    s = re.sub(r"oh(?![aiueo])", "o", s)  # a long o written oh (Ohtani, Ohno)
    s = s.replace("ou", "o").replace("oo", "o").replace("uu", "u").replace("ei", "e").replace("aa", "a")
    s = s.replace("sh", "s").replace("ch", "t").replace("ts", "t").replace("fu", "hu").replace("j", "z")
    s = re.sub(r"m(?=[bmp])", "n", s)
    # a compound's second part voiced (rendaku: shima ~ jima, kawa ~ gawa, hara ~ bara)
    s = s.translate(_JA_VOICED)
    return re.sub(r"(.)\1+", r"\1", s).replace("wo", "o")


def _units(text: str, lang: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, readings) of the characters (zh) or words (ja) of ``text``, in order;
    anything else (punctuation, figures, Latin) ends the units with an empty reading."""
    out: list[tuple[int, int, frozenset[str]]] = []
    if lang == "zh":
        pp = _pinyin()
        style = pp.Style.NORMAL
        phrase = pp.lazy_pinyin(text, style=style, errors=lambda s: [""] * len(s), v_to_u=False)
        if len(phrase) != len(text):
            return []
        for i, ch in enumerate(text):
            if not _HAN.match(ch):
                out.append((i, i + 1, frozenset()))
                continue
            reads = set(_char_pinyin(ch)) | ({latin(phrase[i])} if phrase[i] else set())
            out.append((i, i + 1, frozenset(r for r in reads if r)))
        return out
    kk = _kakasi()
    base = 0
    for line in text.split("\n"):
        i = 0
        for tok in kk.convert(line):
            orig = tok["orig"]
            j = line.find(orig, i)
            if j < 0 or not orig:
                continue  # a form the converter normalised: left unread
            if j > i:
                out.append((base + i, base + j, frozenset()))
            reads = frozenset({latin(tok["hepburn"])} - {""}) \
                if _HAN.search(orig) or _JA_KANA.search(orig) else frozenset()
            out.append((base + j, base + j + len(orig), reads))
            i = j + len(orig)
        out.append((base + len(line), base + len(line) + 1, frozenset()))
        base += len(line) + 1
    return out


@lru_cache(maxsize=256)
def _doc_units(text: str, lang: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    return tuple(_units(text, lang))


@lru_cache(maxsize=8192)
def _char_pinyin(ch: str) -> frozenset[str]:
    """Every reading of one Chinese character (行: xing, hang)."""
    pp = _pinyin()
    return frozenset(latin(r) for r in pp.pinyin(ch, style=pp.Style.NORMAL, heteronym=True)[0]) - {""}


@lru_cache(maxsize=4096)
def _kanji_readings(ch: str) -> frozenset[str]:
    """The readings of one kanji alone: pykakasi's, and every reading its dictionary has
    for the character (郷: sato, kyou, gou; 島: shima, jima, tou)."""
    kk = _kakasi()
    out = {latin(t["hepburn"]) for t in kk.convert(ch)}
    try:
        from pykakasi.kanji import Kanwa  # noqa: PLC0415 (the package's own dictionary)
        table = Kanwa().load(ch) or {}
        for kana, _cond in table.get(ch, ()):
            out.add(latin("".join(t["hepburn"] for t in kk.convert(kana))))
    except Exception:  # noqa: BLE001 (another version of the package: its reading alone)
        pass
    return frozenset(out - {""})


@lru_cache(maxsize=256)
def _char_units(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Each kanji of a Japanese ``text`` with all its readings (``_kanji_readings``), each
    kana with its own: a name read character by character (堺 sakai, 白川郷 shira-kawa-gou)."""
    out = []
    for i, ch in enumerate(text):
        if _HAN.match(ch):
            out.append((i, i + 1, _kanji_readings(ch)))
        elif _JA_KANA.match(ch):
            out.append((i, i + 1, frozenset(latin(t["hepburn"]) for t in _kakasi().convert(ch)) - {""}))
        else:
            out.append((i, i + 1, frozenset()))
    return tuple(out)


def _spells(w: str, units, i: int, lang: str, top: bool = True) -> bool:
    """Does ``w`` (loose) spell the readings of consecutive units from ``i`` on?"""
    if not w:
        return True
    if i >= len(units) or not units[i][2]:
        return False
    for r in units[i][2]:
        lr = _loose(r, lang)
        if lr and w.startswith(lr) and _spells(w[len(lr):], units, i + 1, lang, False):
            return True
        if top and lr and lr.startswith(w) and lang == "ja" and len(w) >= 3:
            return True  # a word's reading that runs on (富良野市 furanoshi ~ Furano): left to the tie
    return False


@lru_cache(maxsize=4096)
def read_back(word: str, text: str, lang: str) -> bool:
    """Is Latin ``word`` a romanisation of characters of ``text`` (a Chinese or Japanese
    source)?  Cached: the slip and swap searches ask it of the same word and whole source
    once per bead."""
    w = _loose(latin(word), lang)
    if len(w) < 2:
        return True
    units = _doc_units(text, lang)
    if any(_spells(w, units, i, lang) for i in range(len(units)) if units[i][2]):
        return True
    if lang == "ja":
        units = _char_units(text)
        return any(_spells(w, units, i, lang) for i in range(len(units)) if units[i][2])
    return False


def _spans(text: str, lang: str, longest: int = 4) -> list[tuple[int, int, set[str]]]:
    """Runs of one to ``longest`` units of ``text`` with their joined readings (the phrase
    reading and, for up to 3 characters, the others)."""
    units = _doc_units(text, lang)
    out = []
    for i in range(len(units)):
        acc = {""}
        for j in range(i, min(len(units), i + longest)):
            if not units[j][2]:
                break
            acc = {a + r for a in acc for r in units[j][2]}
            if len(acc) > 64:
                acc = set(sorted(acc)[:64])
            out.append((units[i][0], units[j][1], set(acc)))
    return out


def _tied(word: str, src: str, lang: str, last: bool = False) -> bool:
    """Does ``word`` begin as the first character of ``src`` reads, or end as its last
    does (an irregular reading: 日暮里 ni- ~ Nippori)?  With ``last``, the end only."""
    w = _loose(latin(word), lang)
    han = [c for c in src if _HAN.match(c)]
    if not han:
        return False
    if lang == "ja":
        first, end = _kanji_readings(han[0]), _kanji_readings(han[-1])
    else:
        first, end = _char_pinyin(han[0]), _char_pinyin(han[-1])
    if last:
        return any(len(r) >= 2 and w.endswith(_loose(r, lang)) for r in end)
    return any(len(r) >= 2 and w.startswith(_loose(r, lang)) for r in first) or \
        (len(han) > 1 and any(len(r) >= 2 and w.endswith(_loose(r, lang)) for r in end))


def _words(text: str) -> list[tuple[str, int, int]]:
    """Capitalised Latin words of ``text``, a possessive 's left off (Wang's)."""
    out = []
    for m in _WORD.finditer(text):
        w = re.sub(r"['’]s$", "", m.group())
        out.append((w, m.start(), m.start() + len(w)))
    return out


def _rendered(reads: set[str], tgt: str, lang: str, src: str, renders=None, tl: str | None = None,
              sent: str | None = None) -> bool:
    """Is a run ``src`` of the source read ``reads`` rendered by a capitalised word of
    ``tgt`` (the word begins as it reads, is tied to it, or ``renders(word, run)``: an
    exonym, 澳门 ~ Macau)?  Given the run's sentence ``sent``, a word beside the read-back
    other half of a person's name is tied by both ends only (``_beside_kept_half``)."""
    lr = {_loose(r, lang) for r in reads if len(r) >= 2}
    for w, _s, _e in _words(tgt):
        lw = _loose(latin(w), lang)
        if any(lw.startswith(r) or r.startswith(lw) and len(lw) >= 3 for r in lr) \
                or (_candidate(w, lang, tl) and _tied(w, src, lang)
                    and not (sent is not None and len(src) >= 2 and not _tied(w, src, lang, last=True)
                             and _beside_kept_half(sent, tgt, src, _s, _e, lang))) \
                or (renders is not None and renders(w, src)):
            return True
    return False


def _candidate(w: str, lang: str, tl: str | None) -> bool:
    """Could ``w`` be a romanised name of a Chinese or Japanese source (no word of the
    target language or of English, four letters or more)?"""
    from ._text import stopwords, zipf
    f = latin(w)
    return len(f) >= 4 and fold(w) not in stopwords(tl) and zipf(w.lower(), tl) < 3.0 \
        and zipf(w.lower(), "en") < 3.0


def _phrase_reading(text: str, a: int, b: int, lang: str) -> str | None:
    """How run ``text[a:b]`` reads in its sentence (pypinyin's reading in context, for
    Chinese); None for another language or where the run does not read letter for letter."""
    if lang != "zh":
        return None
    pp = _pinyin()
    phrase = pp.lazy_pinyin(text, style=pp.Style.NORMAL, errors=lambda s: [""] * len(s), v_to_u=False)
    if len(phrase) != len(text) or not all(phrase[a:b]):
        return None
    return latin("".join(phrase[a:b]))


def misspelt(src: str, tgt: str, whole_src: str, lang: str, tl: str | None) -> list[tuple[str, int, int, str, str]]:
    """Words of Latin ``tgt`` that no run of ``whole_src`` reads as but that are one letter
    (two in a word of eight or more; two neighbouring letters swapped count as one: Guohau
    for 国华 guohua) from how a run of source sentence ``src`` reads, a run
    no word of ``tgt`` renders: (word, start, end, the reading, the run)."""
    if not available(lang) or not _HAN.search(src):
        return []
    out = []
    spans = None
    for w, s, e in _words(tgt):
        if not _candidate(w, lang, tl) or read_back(w, whole_src, lang) \
                or _genitive_read_back(w, whole_src, lang, tl):
            continue
        if spans is None:
            spans = [(a, b, r) for a, b, r in _spans(src, lang) if any(_HAN.match(c) for c in src[a:b])]
        f = latin(w)
        tol = 1 if len(f) < 8 else 2
        near = set()
        for a, b, reads in spans:
            for r in reads:
                # (two neighbouring letters swapped count as one slip: Guohau for 国华)
                if len(r) >= 4 and r[0] == f[0] and abs(len(r) - len(f)) <= tol \
                        and OSA.distance(r, f) <= tol and _loose(r, lang) != _loose(f, lang):
                    near.add((OSA.distance(r, f), r, a, b))
        least = min((x[0] for x in near), default=None)
        best = [x for x in near if x[0] == least]
        # a run that holds a nearer-or-as-near shorter one runs on into the next word (晓明说)
        best = [x for x in best if not any(y[2] >= x[2] and y[3] <= x[3] and y[3] - y[2] < x[3] - x[2]
                                           for y in best)]
        if len({x[1] for x in best}) > 1 and len({(x[2], x[3]) for x in best}) == 1:
            # two readings of one run as near (国平 guoping, guopian ~ Guopin): the run's
            # reading in context tells the name the word misspells
            phrase = _phrase_reading(src, best[0][2], best[0][3], lang)
            best = [x for x in best if x[1] == phrase]
        if len({x[1] for x in best}) != 1:
            continue  # no reading, or two as near (the nearest tells the slip)
        _d, r, a, b = best[0]
        run = src[a:b]
        if lang == "zh" and len(r) != len(f) and re.sub("[aeiouvh]", "", r) == re.sub("[aeiouvh]", "", f):
            continue  # a vowel or h more or less: a name's conventional spelling (Shaanxi,
            # Harbin, Lhasa for shanxi, haerbin, lasa), no slip
        if any(_loose(latin(x), lang) == _loose(r, lang) for x, _a, _b in _words(tgt)):
            continue  # the run is rendered in the sentence: the word is something else
        out.append((w, s, e, r, run))
    if lang == "zh":
        out += _short_given_slips(src, tgt, whole_src, {x[1] for x in out})
    return out


_TITLE_CASE_NEXT = re.compile(r"[ \u00a0]+[A-Z]")


def _short_given_slips(src: str, tgt: str, whole_src: str, done: set[int]) -> list[tuple[str, int, int, str, str]]:
    """A one-syllable given name of two or three letters, right after a surname word that
    reads as one character of Chinese source sentence ``src``, one letter from how the
    character right after that one reads (周明 ~ Zhou Min for Zhou Ming), and that no run of
    ``whole_src`` reads as: the person's name misspelt.  Too short for ``misspelt``'s own
    words (any three letters are near some reading); the surname ties it to its character."""
    words = _words(tgt)
    out = []
    for (w1, _s1, e1), (w2, s2, e2) in zip(words, words[1:]):
        f = latin(w2)
        if s2 in done or tgt[e1:s2] != " " or not 2 <= len(f) <= 3 or not w1.isalpha() \
                or not w2.isalpha() or _TITLE_CASE_NEXT.match(tgt, e2) or read_back(w2, whole_src, "zh"):
            continue  # (a capitalised word after it: a heading in title case, Li Led Talks)
        sur = _loose(latin(w1), "zh")
        near = set()
        for i in range(len(src) - 1):
            if not (_HAN.match(src[i]) and _HAN.match(src[i + 1])) \
                    or not any(_loose(r, "zh") == sur for r in _char_pinyin(src[i])):
                continue
            for r in _char_pinyin(src[i + 1]):
                if len(r) >= 3 and r[0] == f[0] and abs(len(r) - len(f)) <= 1 and OSA.distance(r, f) == 1 \
                        and _loose(r, "zh") != _loose(f, "zh"):
                    near.add((r, src[i + 1]))
        if len({r for r, _c in near}) != 1:
            continue  # no reading, or two as near
        r, run = near.pop()
        if any(_loose(latin(x), "zh") == _loose(r, "zh") for x, _a, _b in words):
            continue  # the character is rendered in the sentence
        out.append((w2, s2, e2, r, run))
    return out


# target languages that write a name's genitive with a bare -s, no apostrophe (German
# Yulins Bürgermeister, Dutch Yulins fabrieken, Swedish, Danish, Norwegian Yulins fabriker)
GENITIVE_S = frozenset({"de", "nl", "sv", "da", "nb", "nn", "no", "lb", "af"})


def _genitive_read_back(word: str, whole_src: str, lang: str, tl: str | None) -> bool:
    """Is ``word`` a romanised name of the source with the genitive -s of a target language
    that writes it so (``GENITIVE_S``: German Yulins ~ 玉林 Yulin)?  A case form, no slip."""
    if tl not in GENITIVE_S or not word.endswith("s"):
        return False
    stem = word[:-1]
    return len(latin(stem)) >= 4 and read_back(stem, whole_src, lang)


def _source_names(src: str, lang: str, tgt_doc: str) -> list[tuple[int, int, set[str]]]:
    """Runs of source sentence ``src`` that are names: the one to three characters before
    a place suffix (富良野市: 富良野, 良野; 昌平区), and runs of two to four characters that read
    as a capitalised word of the translation ``tgt_doc`` (昌平 ~ Changping)."""
    out = []
    suffix = _PLACE_SUFFIX.get(lang, "")
    for i, ch in enumerate(src):
        if ch in suffix and i and _HAN.match(src[i - 1]):
            lead = next((x for x in _SUFFIX_LEAD.get(lang, ()) if src[:i].endswith(x)), "")
            i -= len(lead)
            k = i
            while k > 0 and i - k < 3 and _HAN.match(src[k - 1]) and src[k - 1] not in suffix \
                    and src[k - 1] not in _NOT_IN_NAME.get(lang, ""):
                k -= 1
            if i - k >= 2:
                out.append((k, i, None))
    doc_words = {_loose(latin(w), lang) for w, _s, _e in _words(tgt_doc) if len(latin(w)) >= 4}
    for a, b, reads in _spans(src, lang):
        if b - a >= 2 and all(_HAN.match(c) for c in src[a:b]) and \
                any(_loose(r, lang) in doc_words for r in reads):
            out.append((a, b, reads))
    return out


def swapped(src: str, tgt: str, whole_src: str, tgt_doc: str, lang: str, tl: str | None,
            explained=None, renders=None) -> tuple[str, int, int, str] | None:
    """The one word of Latin ``tgt`` shaped like a romanised name (``shaped``) that the
    whole source never reads as, in a sentence that leaves exactly one name of ``src``
    (``_source_names``) unrendered and not tied to the word: (word, start, end, the run);
    ``explained(word)`` tells a word read otherwise (a transcription, an exonym)."""
    if not available(lang) or not _HAN.search(src):
        return None
    alien = [(w, s, e) for w, s, e in _words(tgt)
             if _candidate(w, lang, tl) and shaped(w, lang) and latin(w) not in fold(whole_src)
             and not read_back(w, whole_src, lang) and not _genitive_read_back(w, whole_src, lang, tl)
             and not (explained and explained(w))]
    if not alien:
        return None
    lost = []
    for a, b, reads in _source_names(src, lang, tgt_doc):
        run = src[a:b]
        if reads is None:
            # before a place suffix: rendered when its last two or three characters are (one
            # character alone reads as too many words)
            rendered = any(_rendered(r, tgt, lang, run[k:], renders, tl) for k in range(len(run) - 1)
                           for _a, _b, r in [next(((x, y, rr) for x, y, rr in _spans(run[k:], lang)
                                                   if x == 0 and y == len(run) - k), (0, 0, set()))])
        else:
            rendered = _rendered(reads, tgt, lang, run, renders, tl, sent=src)
        if not rendered and not any(run in x or x in run for x in lost):
            lost.append(run)
    if len(lost) != 1:
        return None
    if len({latin(w) for w, _s, _e in alien}) > 1:
        # more than one: a word tied to another run of the sentence's characters by its first
        # or last character's reading is that run's irregular reading (米生小学校 ~ Kome-no-o
        # Elementary), no stranger; the one left over, if one is, is
        runs = [m.group() for m in _HAN_RUN.finditer(src) if lost[0] not in m.group()]
        alien = [(w, s, e) for w, s, e in alien if not any(_tied(w, r, lang) for r in runs)]
        if len({latin(w) for w, _s, _e in alien}) != 1:
            return None
    w, s, e = alien[0]
    if _beside_kept_half(src, tgt, lost[0], s, e, lang):
        # the other half of a person's name rendered right beside it (小沼健一 ~ Kenichi
        # Kobayashi): a word sharing only the first character's reading is another
        # surname; an irregular reading ties both ends
        if any(_tied(w, lost[0][k:], lang) and _tied(w, lost[0][:len(lost[0]) - j], lang, last=True)
               for k in range(len(lost[0])) for j in range(len(lost[0]) - k - 1)):
            return None
    elif any(_tied(w, lost[0][k:], lang) for k in range(len(lost[0]))):
        return None
    return w, s, e, lost[0]


def _beside_kept_half(src: str, tgt: str, run: str, s: int, e: int, lang: str) -> bool:
    """Is word ``tgt[s:e]`` joined by a space to a capitalised word that spells the Han run
    of ``src`` right after or right before ``run`` (小沼|健一 ~ Kenichi next to the word): the
    word stands in the other half of a person's name, whose kept half is read back?"""
    i = src.find(run)
    if i < 0:
        return False
    a, b = i, i + len(run)
    words = _words(tgt)
    for k, (_w, ws, we) in enumerate(words):
        if ws != s:
            continue
        near = [words[k - 1]] if k and tgt[words[k - 1][2]:s] == " " else []
        if k + 1 < len(words) and tgt[e:words[k + 1][1]] == " ":
            near.append(words[k + 1])
        for nw, _ns, _ne in near:
            lw = _loose(latin(nw), lang)
            if len(lw) < 3:
                continue
            for x, y, reads in _spans(src, lang):
                if (x == b or y == a) and all(_HAN.match(c) for c in src[x:y]) \
                        and any(_loose(r, lang) == lw for r in reads):
                    return True
    return False


# kanji and the iteration mark (野々村): the characters of a Japanese name's word
_KANJI_WORD = re.compile(r"[\u3005\u3400-\u9fff\uf900-\ufaff]+")


def half_swapped(src: str, tgt: str, whole_src: str, lang: str, tl: str | None,
                 explained=None) -> tuple[str, int, int, str] | None:
    """Out of Japanese: a person's name of the source, two words of kanji side by side
    (石井|健太), one rendered by a capitalised word of Latin ``tgt`` that reads as it
    exactly (Kenta, four letters or more), and joined to that word by a space, in the
    other word's slot, a word shaped like a romanised name (``shaped``, four letters or
    more, no stop word, Zipf under 4 in the target language) that the whole source never
    reads as, no word of ``tgt`` spelling the other word and the stand-in not tied to it
    by both its first and last characters' readings (an irregular reading ties both ends;
    one short reading at one end, 井 i or 木 ki, is no tie) nor one letter from its reading (a slip,
    Ishio for 石井): (word, start, end, the lost word).  Unlike ``swapped``, the lost half need not be said elsewhere: the kept half,
    read back beside the stand-in, marks the person."""
    from ._text import stopwords, zipf
    if lang != "ja" or not available(lang) or not _HAN.search(src):
        return None
    units = [u for u in _doc_units(src, lang) if u[2]]
    words = _words(tgt)
    hits, slips = [], set()
    for (a1, b1, r1), (a2, b2, r2) in zip(units, units[1:]):
        if b1 != a2 or not all(_KANJI_WORD.fullmatch(src, a, b) for a, b in ((a1, b1), (a2, b2))):
            continue
        for k in range(len(words) - 1):
            (w1, s1, e1), (w2, s2, e2) = words[k], words[k + 1]
            if tgt[e1:s2] != " ":
                continue
            for kept, (w, s, e), (la, lb, lr) in (((w1, r1), (w2, s2, e2), (a2, b2, r2)),
                                                  ((w1, r2), (w2, s2, e2), (a1, b1, r1)),
                                                  ((w2, r1), (w1, s1, e1), (a2, b2, r2)),
                                                  ((w2, r2), (w1, s1, e1), (a1, b1, r1))):
                kw = _loose(latin(kept[0]), lang)
                if len(kw) < 4 or not any(_loose(r, lang) == kw for r in kept[1]):
                    continue
                lost = src[la:lb]
                f = latin(w)
                if any(OSA.distance(_loose(f, lang), _loose(r, lang)) <= 1 for r in lr):
                    slips.add(s)  # a letter from a word's reading beside the kept one: a
                    # slip (N001's), whichever word it stands for
                    continue
                if len(f) < 4 or not shaped(w, lang) or fold(w) in stopwords(tl) \
                        or zipf(w.lower(), tl) >= 4.0 or f in fold(whole_src) \
                        or read_back(w, whole_src, lang) or (explained and explained(w)) \
                        or (_tied(w, lost[0], lang) and _tied(w, lost, lang, last=True)) \
                        or _spelt(lr, words, lang):
                    continue
                hits.append((la > a1, w, s, e, lost))
    hits = [h for h in hits if h[2] not in slips]
    # (a Japanese name is written surname first: of two readings, the kept word a given name
    # after the lost surname, 石井|健太, before a kept surname with a word after it, 健太|社長)
    return min(hits)[1:] if hits else None


def _spelt(reads, words, lang: str) -> bool:
    """Does a word of ``words`` (``_words``) spell one of ``reads``, or open it (the first
    clause of ``_rendered``, without its ties of one character's reading)?"""
    lr = {_loose(r, lang) for r in reads if len(r) >= 2}
    return any(lw.startswith(r) or (r.startswith(lw) and len(lw) >= 3)
               for w, _s, _e in words for lw in [_loose(latin(w), lang)] for r in lr)


# the characters of the commonest Chinese surnames, by which a person's name opens
_ZH_SURNAME_CHARS = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
                     "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
                     "毛郝龚邵万钱严覃武戴莫孔向汤")
_ZH_SURNAME_RUN = re.compile(f"[{_ZH_SURNAME_CHARS}]")
# the last character of a post or occupation written right before a person's name
# (检察官, 局长, 研究员, 律师, 教授, 记者, 专家, 主任, 经理, 书记, 主席, 总裁, 医生, 博士)
_ZH_ROLE_END = frozenset("官长员师授者家任理记席裁生士")
# a verb of saying right after a person's name (周明表示, 李华说)
_ZH_SAYS = ("表示", "说", "称", "介绍", "指出", "认为", "告诉", "透露", "坦言", "强调", "说道")


@lru_cache(maxsize=1)
def _zh_surname_readings() -> frozenset[str]:
    return frozenset(r for c in _ZH_SURNAME_CHARS for r in _char_pinyin(c))


def _zh_run_readings(run: str) -> set[str]:
    out = {""}
    for c in run:
        rs = _char_pinyin(c)
        if not rs:
            return set()
        out = {a + r for a in out for r in rs}
        if len(out) > 64:
            out = set(sorted(out)[:64])
    return out


def _zh_person_runs(src: str) -> list[tuple[str, set[str]]]:
    """The runs of Chinese ``src`` that a person's name fills: a surname's character and
    one or two characters after it, right after a post (检察官周明) or right before a verb
    of saying (周明表示), with the readings of the two- and three-character runs."""
    out = []
    for m in _ZH_SURNAME_RUN.finditer(src):
        i = m.start()
        role = i > 0 and src[i - 1] in _ZH_ROLE_END
        sized = [n for n in (2, 3) if i + n <= len(src) and all(_HAN.match(c) for c in src[i:i + n])
                 and src.startswith(_ZH_SAYS, i + n)]
        if not role and not sized:
            continue
        reads: set[str] = set()
        for n in sized or (2, 3):
            run = src[i:i + n]
            if len(run) == n and all(_HAN.match(c) for c in run):
                reads |= _zh_run_readings(run)
        if reads:
            out.append((src[i:i + (sized[0] if sized else 2)], reads))
    return out


def _zh_only_in_words(ch: str, text: str) -> bool:
    """Is Chinese character ``ch``, no common surname's, written in ``text`` only inside a
    common two-character word with a neighbour (晨 in 早晨, morning: Zipf 3.5 or more)?
    There it names no one, so its reading is no evidence the source says a stand-in."""
    from ._text import zipf
    if ch in _ZH_SURNAME_CHARS:
        return False
    at = [m.start() for m in re.finditer(re.escape(ch), text)]
    return bool(at) and all(any(zipf(w, "zh") >= 3.5 for w in (text[max(0, k - 1):k + 1], text[k:k + 2])
                                if len(w) == 2 and _HAN.match(w[0]) and _HAN.match(w[1]))
                            for k in at)


_MID_SENTENCE_END = re.compile(r"(?:[\w,;:]|[,;:][”\"’'])$")


def _zh_surname_mid_sentence(w: str, s: int, tgt: str, whole_tgt: str, tl: str | None) -> bool:
    """Is lone capitalised ``w`` at ``tgt[s]``, a common Chinese surname's reading that is
    fairly frequent in the target language's texts (Zipf under 4.5: Wang, Zhang, Yang,
    written there mostly as names), a name by its capital: inside the sentence (after a word,
    a comma or a quotation closed by a comma: “…,” Zhang said), after no article, and
    written nowhere in the translation in lower case (a common word, Fan, Song, stays out)?"""
    from ._text import zipf
    if zipf(w.lower(), tl) >= 4.5:
        return False
    before = tgt[:s].rstrip()
    if not _MID_SENTENCE_END.search(before) or re.search(r"(?i)(?<![\w'’-])(?:the|a|an)$", before):
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(w.lower())}(?![\w'’-])", whole_tgt) is None


def zh_surname_swapped(src: str, tgt: str, whole_src: str, whole_tgt: str,
                       tl: str | None) -> tuple[str, int, int, str] | None:
    """Out of Chinese: a person the source sentence names (``_zh_person_runs``: after a
    post, before a verb of saying: 唐立军说) whom the translation names in full elsewhere, the
    surname's reading before the given name's (Tang Lijun), while the translated sentence
    spells neither the surname nor the name, and has one lone capitalised word that is a
    common Chinese surname's reading (Gao said) and reads as no run of the whole source:
    another person, (name, start, end, the lost run).  ``zh_person_swapped`` for a stand-in
    of the surname alone, as a second mention writes it."""
    from ._text import exonym_classes, zipf
    if not available("zh") or not _HAN.search(src):
        return None
    words = _words(tgt)
    lost = []
    for run, reads in _zh_person_runs(src):
        sur = {_loose(r, "zh") for r in _char_pinyin(run[0])}
        if any(_loose(latin(w), "zh") in sur or any(_loose(latin(w), "zh") == _loose(r, "zh") for r in reads)
               for w, _s, _e in words):
            continue  # the surname or the name spelled: rendered
        lost.append((run, reads))
    if len(lost) != 1:
        return None
    run, _reads = lost[0]
    # the person named in full elsewhere in the translation: the surname's reading, then a
    # word reading as the characters after it (Tang Lijun ~ 唐立军)
    sur = {latin(r) for r in _char_pinyin(run[0])}
    given = {_loose(r, "zh") for r in _zh_run_readings(run[1:]) if r}
    all_words = _words(whole_tgt)
    if not any(latin(w1) in sur and _loose(latin(w2), "zh") in given and whole_tgt[e1:s2] == " "
               for (w1, _s1, e1), (w2, s2, _e2) in zip(all_words, all_words[1:])):
        return None
    surnames = _zh_surname_readings()
    # (a one-syllable surname reads as one character: no character of the source reads so)
    said = {r for c in set(_HAN.findall(whole_src)) if not _zh_only_in_words(c, whole_src)
            for r in _char_pinyin(c)}
    cands = []
    for k, (w, s, e) in enumerate(words):
        f = latin(w)
        joined = (k > 0 and tgt[words[k - 1][2]:s] == " ") or (k + 1 < len(words) and tgt[e:words[k + 1][1]] == " ")
        if joined or f not in surnames or len(f) < 3 \
                or (zipf(w.lower(), tl) >= 3.5 and not _zh_surname_mid_sentence(w, s, tgt, whole_tgt, tl)) \
                or exonym_classes(fold(w)) or f in said:
            continue
        cands.append((w, s, e))
    if len(cands) != 1:
        return None
    w, s, e = cands[0]
    return w, s, e, run


def zh_person_swapped(src: str, tgt: str, whole_src: str, tl: str | None) -> tuple[str, int, int, str] | None:
    """Out of Chinese: a person's name of Latin ``tgt`` in Pinyin, a common surname and a
    given name of Pinyin syllables (Li Hua, Zhang Xiaoming), that reads as no run of the
    whole source, where the source sentence names a person (``_zh_person_runs``: after a
    post, before a verb of saying) that no word or pair of words of ``tgt`` spells, nor
    the stand-in one or two letters from it (a slip, N001's): (name, start, end, the lost
    run).  A name the translator adds (the president, named) stands where no person's
    name is in the source."""
    from ._text import exonym_classes, zipf
    if not available("zh") or not _HAN.search(src):
        return None
    words = _words(tgt)
    pairs = [(words[k], words[k + 1]) for k in range(len(words) - 1) if tgt[words[k][2]:words[k + 1][1]] == " "]
    surnames = _zh_surname_readings()
    cands = []
    for (w1, s1, e1), (w2, s2, e2) in pairs:
        f1, f2 = latin(w1), latin(w2)
        if f1 not in surnames or len(f2) < 2 or not (f2 in _syllables("zh") or shaped(w2, "zh")) \
                or zipf(w2.lower(), tl) >= 4.0 \
                or exonym_classes(fold(f"{w1} {w2}")) or exonym_classes(fold(w2)) \
                or read_back(w1 + w2, whole_src, "zh"):
            continue
        cands.append((f"{w1} {w2}", s1, e2, _loose(f1 + f2, "zh")))
    if len(cands) != 1:
        return None
    spelled = {_loose(latin(w), "zh") for w, _s, _e in words} | \
        {_loose(latin(a[0]) + latin(b[0]), "zh") for a, b in pairs}
    lost = [(run, reads) for run, reads in _zh_person_runs(src)
            if not any(_loose(r, "zh") in spelled for r in reads)]
    if len(lost) != 1:
        return None
    name, s, e, full = cands[0]
    run, reads = lost[0]
    if any(OSA.distance(full, _loose(r, "zh")) <= 2 for r in reads):
        return None  # a slip of the source's name, N001's
    return name, s, e, run
