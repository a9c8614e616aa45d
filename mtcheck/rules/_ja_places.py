"""Japanese places in kanji and their romanisation (session 47, g2): a place a Japanese
source names in kanji (長岡市, 新潟県) that a Latin-script translation renders by another
Japanese place the whole source never names (Nagaoka ~ Joetsu).  mtcheck cannot read kanji
back; the lexicon (data/names/places.ja.txt: the prefectures, their capitals and other
cities) gives each place's Hepburn romanisation and its common variants.

Matching: in the source, the lexicon's forms leftmost-longest (東京都 is Tokyo, not 京都,
Kyoto; 東大阪 is Higashiosaka, not Osaka); in the translation, a capitalised word whose
folded form is a romanisation (macrons folded: Jōetsu ~ Joetsu), maybe with up to three
letters of inflection (Niigatas, Tokioter)."""
from __future__ import annotations

import re
from functools import lru_cache

from ._text import DATA, fold

_MIN_LATIN = 4  # a romanisation of three letters or fewer (Ise, Tsu) is too easily a word


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, str], re.Pattern | None]:
    """kanji -> romanisations (folded); romanisation -> kanji; a regex of all kanji forms."""
    by_kanji: dict[str, set[str]] = {}
    by_latin: dict[str, str] = {}
    for line in (DATA / "places.ja.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "|" not in line:
            continue
        kanji, _, rest = (c.strip() for c in line.partition("|"))
        forms = {re.sub(r"[^a-z]", "", fold(f)) for f in rest.split(",") if f.strip()}
        forms = {f for f in forms if len(f) >= _MIN_LATIN}
        if len(kanji) < 2 or not forms:
            continue
        by_kanji.setdefault(kanji, set()).update(forms)
        for f in forms:
            by_latin[f] = kanji
    if not by_kanji:
        return {}, {}, None
    rx = re.compile("|".join(re.escape(k) for k in sorted(by_kanji, key=len, reverse=True)))
    return {k: frozenset(v) for k, v in by_kanji.items()}, by_latin, rx


def source_places(text: str) -> list[str]:
    """The lexicon places (kanji forms) of a Japanese ``text``, in order, leftmost-longest."""
    rx = _lexicon()[2]
    return [m.group() for m in rx.finditer(text)] if rx is not None else []


_LATIN_WORD = re.compile(r"[A-ZÀ-ÞŌŪ][A-Za-zÀ-ÿŌōŪū]+")


def _latin_places(text: str) -> list[tuple[str, int, int]]:
    """(kanji form, start, end) of each capitalised word of ``text`` that romanises a place."""
    by_latin = _lexicon()[1]
    out = []
    for m in _LATIN_WORD.finditer(text):
        w = re.sub(r"[^a-z]", "", fold(m.group()))
        for cut in range(0, 4):
            if len(w) - cut < _MIN_LATIN:
                break
            k = by_latin.get(w[:len(w) - cut] if cut else w)
            if k is not None:
                out.append((k, m.start(), m.end()))
                break
    return out


def place_swaps(src: str, tgt: str, whole_src: str) -> list[tuple[str, str, int, int]]:
    """For a sentence ``src`` in Japanese and its Latin-script translation ``tgt``: the one
    lexicon place of ``src`` the translation does not romanise, and the one place the
    translation romanises that the whole source ``whole_src`` never names in kanji, as
    (source kanji, the translation's word, start, end); else nothing."""
    if not _lexicon()[0] or not re.search("[\u3040-\u9fff]", src):
        return []
    here = _latin_places(tgt)
    have = {k for k, _s, _e in here}
    lost = list(dict.fromkeys(k for k in source_places(src) if k not in have))
    everywhere = set(source_places(whole_src))
    alien = [(k, s, e) for k, s, e in here if k not in everywhere]
    if len(lost) != 1 or len({k for k, _s, _e in alien}) != 1:
        return []
    k, s, e = alien[0]
    return [(lost[0], tgt[s:e], s, e)]
