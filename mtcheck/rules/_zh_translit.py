"""Latin names read back from Chinese transliterations (session 47, r1).

Chinese writes a foreign name with a fairly closed set of characters, each standing for
a syllable (data/names/translit.zh.tsv: 锡 si, 拉 la, 丘 chu/ku, 兹 z).  A run of them
(bounded by other characters or the middle dot ·) is read back as consonant skeletons,
vowels left out and the sounds Chinese does not tell apart merged (r/l, b/p, d/t, g/k,
f/v/w, the sibilants); a Latin source word is found when its skeleton is near one of a
span of a run (Syracuse ~ 锡拉丘兹, Marcus Feld ~ 马库斯·费尔德).  A generic word of the
name (Lake, River, University) is translated, not transcribed, and left aside.

``present_in_zh`` tells whether a source name is there; ``zh_swap`` finds, for a name
that is not, a transcribed name in its slot (the same generic word after it, or a
person's name joined by ·) that reads as no name of the source sentence: another name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from rapidfuzz.distance import Levenshtein

from ._text import DATA, _fold_sounds, _kanji_generic

_CLASSES = str.maketrans({"p": "b", "t": "d", "c": "k", "g": "k", "q": "k", "v": "f", "w": "f",
                          "z": "s", "j": "s", "x": "s", "r": "l", "h": None, "y": None,
                          "a": None, "e": None, "i": None, "o": None, "u": None})


def _squeeze(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _plain(sound: str) -> str:
    """The consonant classes of a sound of the table's plain notation (sh, ch, ts: s)."""
    s = sound.replace("sh", "s").replace("ch", "s").replace("ts", "s").replace("ng", "n")
    return _squeeze(s.translate(_CLASSES))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """character -> its skeletons; generic word (characters) -> the Latin words it renders;
    character -> the onsets (``_onset``) of the sounds it stands for."""
    chars: dict[str, frozenset[str]] = {}
    generic: dict[str, tuple[str, ...]] = {}
    onsets: dict[str, frozenset[str]] = {}
    for line in (DATA / "translit.zh.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if line.startswith("="):
            for form in cells[0][1:].split("/"):
                generic[form] = tuple(w.strip() for w in cells[1].split(","))
            continue
        sks = frozenset(_plain(s.strip()) for s in cells[2].split(","))
        kinds = frozenset(_onset(x.strip()) for x in cells[2].split(",") if x.strip())
        for c in cells[0].split("/"):
            chars[c] = sks
            onsets[c] = kinds
    return chars, generic, onsets


def _word_skeletons(word: str) -> set[str]:
    """Consonant skeletons of a Latin word (folded) as it sounds, in the classes of
    ``_plain``; with and without an r before a consonant or at the end, which Chinese
    leaves unsaid (Marcus ~ 马库斯, Martin ~ 马丁)."""
    forms = set()
    for th in ("t", "s"):  # English th is s as often as t (Heath ~ 希思, Smith ~ 史密斯)
        if th == "s" and "th" not in word.lower():
            continue
        low = word.lower()
        # (a French final x after two vowels is unsaid: Bordeaux ~ 波尔多, Giroux ~ 吉鲁)
        for w in {low, _SILENT_X.sub("", low)}:
            w = re.sub(r"(?<!n)gh", "", w)
            w = w.replace("tsch", "s").replace("sch", "s").replace("sh", "s").replace("ph", "f") \
                .replace("th", th).replace("ck", "k").replace("qu", "k").replace("x", "ks")
            forms.add(re.sub(r"c(?=[eiy])", "s", w))
    out = set()
    for f in forms:
        for ch in ({"s", "k"} if "ch" in f else {"s"}):
            for g in ({"s", "k"} if re.search(r"g(?=[eiy])", f) else {"k"}):
                v = re.sub(r"g(?=[eiy])", "j" if g == "s" else "g", f.replace("ch", ch))
                for x in {v, _M_BEFORE_LABIAL.sub("n", v)}:
                    # (Mandarin ends no syllable in m: an m before b or p is written with a
                    # character in -n, Hampton ~ 汉普顿, Lambert ~ 兰伯特)
                    out.add(_squeeze(x.translate(_CLASSES)))
                    out.add(_squeeze(re.sub(r"r(?![aeiouy])", "", x).translate(_CLASSES)))
    return out


_M_BEFORE_LABIAL = re.compile(r"m(?=[bp])")
_SILENT_X = re.compile(r"(?<=[aeiou][aeiou])x$")



# titles written right after a name whose first character is a transcription character
# too (博 bo, 夫 fu, 伯 bo, 修 xiu, 法 fa): 博士 doctor, 夫人 Mrs or Lady, 夫妇 the couple,
# 伯爵 count or earl, 修女 sister, 修士 brother, 法官 judge
_TITLES_AFTER = ("博士", "夫人", "夫妇", "夫婦", "伯爵", "修女", "修士", "法官")


def _title_cut(text: str, s: int, e: int) -> int:
    """The end of the run ``text[s:e]`` with a title glued after the name (``_TITLES_AFTER``)
    left out, where the run takes the title's first character and the rest of the title
    follows it (温克勒博士 "Dr Winkler": the run 温克勒博 is the name 温克勒 and 博 of 博士)."""
    for t in _TITLES_AFTER:
        for k in range(1, len(t)):
            if e - k > s and text.startswith(t, e - k):
                return e - k
    return e


def _runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of two or more transcription characters in ``text``
    (a hyphen inside kept: 鲁伊斯-哈特利)."""
    chars = _table()[0]
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i] in chars:
            j = i
            while j < n and (text[j] in chars or (text[j] in "-‐" and j + 1 < n and text[j + 1] in chars)):
                j += 1
            k = _title_cut(text, i, j)
            if len(text[i:k].replace("-", "").replace("‐", "")) >= 2:
                out.append((i, k))
            i = j
        else:
            i += 1
    return out


def _span_skeletons(chunk: str) -> set[str]:
    chars = _table()[0]
    alts = [chars[c] for c in chunk if c in chars]
    n = 1
    for a in alts:
        n *= len(a)
    if n > 512:
        alts = [frozenset([min(a)]) for a in alts]
    return {_squeeze("".join(p)) for p in product(*alts)}


def _tolerance(sk: str) -> int:
    return 0 if len(sk) <= 3 else 1 if len(sk) <= 6 else 2


def _pieces(text: str, run: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans a name word may take in ``run``: the whole run and each of its pieces
    between hyphens (鲁伊斯-哈特利: Ruiz, Hartley)."""
    s, e = run
    spans = {(s, e)}
    i = s
    for piece in re.split(r"([-‐])", text[s:e]):
        if piece not in ("-", "‐"):
            spans.add((i, i + len(piece)))
        i += len(piece)
    for k in (1, 2):
        # a compass word before a place, translated and run on into its transcription
        # (East Sussex ~ 东萨塞克斯, 东 "east" being dong too): the place is the run after it
        # (three characters at least: 西蒙, Simon, is no compass word and a name)
        if e - s - k >= 3 and all(c in _COMPASS_CHARS for c in text[s:s + k]):
            spans.add((s + k, e))
    if _POSITION_AFTER.match(text, e):
        # a compass word after a place, the run going on through it because its
        # characters transcribe sounds too (康沃尔东北部 "north-east Cornwall", 巴西南部
        # "southern Brazil"): the place is the run without it (one character or two)
        for k in (1, 2):
            if e - k - s >= 2 and all(c in _COMPASS_CHARS for c in text[e - k:e]):
                spans.add((s, e - k))
    return sorted(spans)


# compass characters that are transcription characters too (西 xi, 南 nan, 东 dong); what
# follows a compass word that says a part of a place (部 part, 区 district, 郊 suburbs, 岸
# coast, 边/侧/面 side, 端 end), 北 or 中 maybe between
_COMPASS_CHARS = frozenset("东東西南")
_POSITION_AFTER = re.compile("[北中]?[部区區郊岸边邊侧側面端]")


def _close(ssk: str, sk: str) -> bool:
    tol = _tolerance(sk)
    if ssk[:1] != sk[:1]:
        return False  # a name keeps its first consonant (Brookhouse is no 锡拉丘兹, slks)
    if len(sk) >= 3 and ssk == sk[:-1]:
        return True  # a final consonant left unsaid (David ~ 戴维)
    return abs(len(ssk) - len(sk)) <= tol and Levenshtein.distance(ssk, sk) <= tol


def _word_in(sks: set[str], text: str, run: tuple[int, int]) -> bool:
    """Does ``run`` in ``text`` (or a piece of it: ``_pieces``) read as one of skeletons ``sks``?"""
    for a, b in _pieces(text, run):
        chunk = re.sub(r"[-‐]", "", text[a:b])
        if any(_close(ssk, sk) for ssk in _span_skeletons(chunk) for sk in sks):
            return True
    return False


def _onset(sound: str) -> str:
    """How a Latin word or a character's sound begins: a vowel (v), h (h) or another
    consonant (c); the skeletons leave the first two out."""
    if sound[:1] in "aeiouy":
        return "v"
    return "h" if sound[:1] == "h" else "c"


def _whole_run(word: str, sks: set[str], text: str, run: tuple[int, int]) -> bool:
    """Does the whole of ``run`` in ``text``, three characters or more, read exactly as
    one of skeletons ``sks`` of Latin ``word``, its first character beginning as the word
    does (a vowel, h, another consonant: Hollis ~ 霍利斯 is no Reyes)?  (Two transcription
    characters make ordinary words as often as names: too short to say.)"""
    chunk = re.sub(r"[-‐]", "", text[run[0]:run[1]])
    if len(chunk) < 3 or _onset(word) not in _table()[2].get(chunk[0], frozenset()):
        return False
    return bool(_span_skeletons(chunk) & sks)


def _name_words(name: str) -> list[tuple[str, set[str]]]:
    """The words of Latin name ``name`` that say something (a skeleton of two consonants
    or more, no generic word), with their skeletons."""
    out = []
    for w in re.findall(r"[^\W\d_]+", _fold_sounds(name)):
        if not w.isascii() or w in _kanji_generic():
            continue
        sks = {sk for sk in _word_skeletons(w) if len(sk) >= 2}
        if sks:
            out.append((w, sks))
    return out


def _zh(lang: str | None, text: str) -> bool:
    return (lang or "").split("-")[0].split("_")[0] == "zh" and bool(_runs(text))


def present_in_zh(name: str, text: str, lang: str | None) -> bool:
    """Is Latin-script ``name`` in ``text``, a Chinese translation, transcribed (each of
    its words that says anything, one of three consonants or more among them)?"""
    if not _zh(lang, text) or not name.isascii():
        return False
    if _dotted_present(name, text):
        return True
    words = _name_words(name)
    if not words:
        return False
    runs = _runs(text)
    if max(len(sk) for _, sks in words for sk in sks) < 3:
        # a name of two consonants a word (Reyes ~ 雷耶斯, Hollis ~ 霍利斯): near
        # readings say nothing, so each word must be a whole run, read exactly
        return all(any(_whole_run(w, sks, text, r) for r in runs) for w, sks in words)
    if all(any(_word_in(sks, text, r) for r in runs) for _, sks in words):
        return True
    if len(words) < 2:
        return False
    # the words of the name written as one run (Lostock Gralam ~ 洛斯托克格拉勒姆), not a
    # run the text goes on from with a middle dot: that is a name written word by word
    whole = {_squeeze("".join(c)) for c in product(*(sorted(sks) for _, sks in words))}
    return any(_word_in(whole, text, r) for r in runs
               if text[r[1]:r[1] + 1] not in _DOTS and text[r[0] - 1:r[0]] not in _DOTS)


_DOTS = frozenset("·・‧•")


def _dotted_present(name: str, text: str) -> bool:
    """Is Latin person's name ``name`` (two words or more) in ``text`` as transcriptions
    joined by middle dots, as many as its words and in their order, each piece read
    exactly, one character pieces too (Dan Kirby ~ 丹·柯比, Mary Ellen Shaw ~ 玛丽·埃伦·肖)?"""
    words = [w for w in re.findall(r"[^\W\d_]+", _fold_sounds(name))]
    if len(words) < 2 or not all(w.isascii() for w in words) or not any(d in text for d in _DOTS):
        return False
    sks = [{sk for sk in _word_skeletons(w) | _word_skeletons(_SILENT_W.sub("", w)) if sk} for w in words]
    chars = _table()[0]
    for m in _DOTTED.finditer(text):
        pieces = re.split("[·・‧•]", m.group())
        if len(pieces) != len(words) or not all(all(c in chars for c in p) for p in pieces[1:-1]):
            continue
        # the first piece ends at its dot, the last starts at its own: each as long as
        # the characters around let it be, read at each length
        first = [pieces[0][i:] for i in range(len(pieces[0])) if all(c in chars for c in pieces[0][i:])]
        last = [pieces[-1][:i] for i in range(len(pieces[-1]), 0, -1) if all(c in chars for c in pieces[-1][:i])]
        if not all(sk & _span_skeletons(p) for sk, p in zip(sks[1:-1], pieces[1:-1])):
            continue
        if any(sks[0] & _span_skeletons(a) for a in first[-4:]) and any(sks[-1] & _span_skeletons(b) for b in last[-4:]):
            return True
    return False


_DOTTED = re.compile(r"[\u3400-\u9fff]+(?:[·・‧•][\u3400-\u9fff]+)+")
# w after a vowel, before a consonant or at the end, is unsaid (Shaw ~ 肖, Lawson ~ 劳森)
_SILENT_W = re.compile(r"(?<=[aeo])w(?![aeiouy])")


def generic_rendered(name: str, text: str, lang: str | None) -> bool:
    """Is Latin name ``name``, all of whose words are generic words of a place (Isles of
    Northern Isles, whose compass word is translated apart: 北部群岛), rendered in ``text``,
    a Chinese or Japanese translation, by the characters for each of them (岛, 湾:
    data/names/translit.zh.tsv)?"""
    if (lang or "").split("-")[0] not in ("zh", "ja") or not name.isascii():
        return False
    words = re.findall(r"[^\W\d_]+", _fold_sounds(name))
    generic = _table()[1]
    if not words or any(w not in _kanji_generic() for w in words):
        return False
    return all(any(w in latins and form in text for form, latins in generic.items()) for w in words)


def _source_reads(text: str, run: tuple[int, int], source: str) -> bool:
    """Does ``run`` read as a capitalised word (or two) of ``source``?"""
    return _word_in(_source_caps_skeletons(source), text, run)


@lru_cache(maxsize=8)
def _source_caps_skeletons(source: str) -> frozenset[str]:
    """The skeletons of the capitalised words of ``source`` (found before folding, which
    lowers the case: folded first, no word is capitalised and every run reads as none)."""
    caps = {_fold_sounds(w) for w in re.findall(r"\b[A-Z][^\W\d_]+", source)}
    return frozenset(sk for w in caps for sk in _word_skeletons(w) if len(sk) >= 2)


def zh_swap(name: str, text: str, source_doc: str, lang: str | None) -> tuple[str, int, int] | None:
    """For source name ``name`` not found in ``text`` (a Chinese sentence), the
    transcribed name in its slot that reads as no capitalised word of ``source_doc`` (the source sentence): (its text,
    start, end).  Its slot: the name's generic word rendered after it (Oneida Lake ~
    …湖 for a source … Lake), or, for a person of two words or more, a name joined by ·
    one of whose pieces reads as a word of the source name and another as none."""
    if not _zh(lang, text) or not name.isascii():
        return None
    runs = _runs(text)
    words = re.findall(r"[^\W\d_]+", _fold_sounds(name))
    generic = _table()[1]
    heads = {w for w in words if w in _kanji_generic()}
    if not heads:
        # the generic word right after the name in the source, a common word the name
        # finder leaves out of it (Durham Police ~ …警察局): the name's slot is before its
        # rendering too
        m = re.search(r"(?<![^\W\d_])" + re.escape(name) + r"[ \u00a0]+([^\W\d_]+)", source_doc)
        if m is not None:
            nxt = _fold_sounds(m.group(1))
            if any(nxt in ws for ws in generic.values()):
                heads = {nxt}
    hits = []
    if heads:
        for s, e in runs:
            after = next((g for g in sorted(generic, key=len, reverse=True) if text.startswith(g, e)), None)
            if after and heads & set(generic[after]) and not _source_reads(text, (s, e), source_doc) \
                    and e - s >= 2:
                hits.append((text[s:e], s, e))
    elif len(words) >= 2:
        parts = _name_words(name)
        # (a word of one consonant, Anna, says nothing read near; read exactly, the whole
        # run, it is that word: 安娜 ~ Anna, no stand-in beside the surname)
        exact = {sk for w in words if w.isascii() for sk in _word_skeletons(w) if sk}
        for i, (s, e) in enumerate(runs):
            nxt = runs[i + 1] if i + 1 < len(runs) else None
            prv = runs[i - 1] if i else None
            linked = [r for r in (prv, nxt) if r and (text[r[1]:s] == "·" if r == prv else text[e:r[0]] == "·")]
            if not linked or _source_reads(text, (s, e), source_doc):
                continue
            if _span_skeletons(re.sub(r"[-‐]", "", text[s:e])) & exact:
                continue
            if any(_word_in(sks, text, r) for r in linked for _, sks in parts):
                hits.append((text[s:e], s, e))
    return hits[0] if len(hits) == 1 else None


def zh_unread_runs(text: str, source_doc: str, min_len: int = 3) -> list[tuple[int, int]]:
    """The runs of ``min_len`` transcription characters or more in ``text`` (Chinese)
    that read as no capitalised word of ``source_doc``: names transcribed from nothing
    the source says."""
    if not _zh("zh", text):
        return []
    return [(s, e) for s, e in _runs(text)
            if len(text[s:e].replace("-", "")) >= min_len and not _source_reads(text, (s, e), source_doc)]


def zh_rendering(name: str, text: str) -> str | None:
    """The run of ``text`` (Chinese) that transcribes Latin word ``name`` (Whitfield ~
    惠特菲尔德), or None."""
    if not name.isascii():
        return None
    words = _name_words(name)
    if not words:
        return None
    short = max(len(sk) for _, sks in words for sk in sks) < 3
    for r in _runs(text):
        # (a word of two consonants, as in ``present_in_zh``: a whole run of three
        # characters or more, read exactly; near readings of two characters are
        # ordinary words as often as names: Bass is no 比赛 "match")
        if all(_whole_run(w, sks, text, r) if short else _word_in(sks, text, r) for w, sks in words):
            return text[r[0]:r[1]]
    return None


def zh_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of two or more transcription characters in ``text``."""
    return _runs(text)
