"""Places named in Korean, Chinese and Japanese (session 45, g2): a source name of a
country, world region or city found as its exonym in a target written in Hangul, Han
or kana (Australia ~ 호주, 澳洲, オーストラリア; United States ~ 미국, 美國, 米国), which
mtcheck cannot read back letter by letter.  The forms are in data/names/exonyms.cjk.txt
(Unicode CLDR, generated) and exonyms.cjk.short.txt (the press's short forms, by hand).

Matching: a Hangul form opens a word (Korean writes spaces; a particle or suffix may
follow: 호주의, 미국인), after at most one compass syllable (서호주, Western Australia);
a Han or kana form anywhere in the text (Chinese and Japanese write no spaces), unless
only inside a longer form of the lexicon (印度 inside 印度尼西亚, インド inside
インドネシア: Indonesia, not India)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import _text as _T
from ._text import DATA, exonym_classes, fold

_FILES = ("exonyms.cjk.txt", "exonyms.cjk.short.txt")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]")


def _entity_ids(name: str) -> frozenset[int]:
    """The exonym lexicon's entities whose form ``name`` is, exactly (no inflection)."""
    key = _T._JOIN_RE.sub("", fold(name))
    hit = exonym_classes(key)
    return hit if hit and key in (_T._EXO_WORDS or {}) else frozenset()


def _rows() -> list[tuple[list[str], list[tuple[str, set[str]]]]]:
    """The lines of both files: (English names, [(language, forms of 2+ characters)])."""
    rows = []
    for name in _FILES:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("|") if c.strip()]
            by_lang = []
            for cell in cells:
                lang, colon, rest = cell.partition(":")
                if colon:
                    by_lang.append((lang.strip(), {f.strip() for f in rest.split(",") if len(f.strip()) >= 2}))
            rows.append(([c for c in cells if ":" not in c], by_lang))
    return rows


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[dict[int, frozenset[str]], dict[str, frozenset[str]], tuple[str, ...]]]:
    """Per language (ko, zh, ja): entity id -> forms, English key -> forms, all forms."""
    raw: dict[str, tuple[dict[int, set[str]], dict[str, set[str]], set[str]]] = {}
    for latin, by_lang in _rows():
        for lang, forms in by_lang:
            by_entity, by_key, every = raw.setdefault(lang, ({}, {}, set()))
            every |= forms
            for en in latin:
                by_key.setdefault(_T._JOIN_RE.sub("", fold(en)), set()).update(forms)
                for i in _entity_ids(en):
                    by_entity.setdefault(i, set()).update(forms)
    return {lang: ({k: frozenset(v) for k, v in e.items()}, {k: frozenset(v) for k, v in k_.items()},
                   tuple(sorted(a, key=len, reverse=True))) for lang, (e, k_, a) in raw.items()}


def cjk_forms(text: str, classes: frozenset[int], lang: str) -> frozenset[str]:
    """The forms in ``lang`` (ko, zh, ja) of the place named ``text`` (Latin letters) or
    of the lexicon entities ``classes``."""
    lex = _lexicon().get(lang)
    if lex is None:
        return frozenset()
    by_entity, by_key, _ = lex
    out = set(by_key.get(_T._JOIN_RE.sub("", fold(text)), ()))
    for i in classes:
        out |= by_entity.get(i, frozenset())
    return frozenset(out)


def _found(form: str, text: str, lang: str) -> bool:
    if _HANGUL.match(form):
        return re.search(r"(?<![\uac00-\ud7a3])[동서남북]?" + re.escape(form), text) is not None
    if form not in text:
        return False
    for f in _lexicon()[lang][2]:
        if len(f) > len(form) and form in f and f in text:
            text = text.replace(f, "\0")
    return form in text


def cjk_exonym_present(text: str, classes: frozenset[int], target: str, lang: str | None) -> bool:
    """Is the place named ``text`` (or lexicon entities ``classes``) in ``target``, a
    text in ``lang`` (Korean, Chinese or Japanese), by one of its forms in that language
    (a sentence left in another of the three is no rendering of it)?"""
    lang = (lang or "").split("-")[0].split("_")[0]
    if lang not in ("ko", "zh", "ja") or not _CJK.search(target):
        return False
    return any(_found(f, target, lang) for f in cjk_forms(text, classes, lang))


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """English key -> "country" or "city", from the sections of the CLDR file."""
    kinds: dict[str, str] = {}
    kind = ""
    for line in (DATA / _FILES[0]).read_text(encoding="utf-8").splitlines():
        if line.startswith("# --"):
            kind = "city" if "cities" in line else "country"
        elif line.strip() and not line.startswith("#"):
            kinds[_T._JOIN_RE.sub("", fold(line.split("|")[0]))] = kind
    return kinds


@lru_cache(maxsize=1)
def _places() -> dict[str, dict[str, tuple[str, str, frozenset[str]]]]:
    """Per language: form -> (English key, kind, English names) of the places of one
    kind (a country, a city), each form belonging to one place only."""
    kinds = _kinds()
    out: dict[str, dict[str, tuple[str, str, frozenset[str]]]] = {}
    owners: dict[tuple[str, str], set[str]] = {}
    names: dict[str, set[str]] = {}
    for latin, by_lang in _rows():
        key = next((_T._JOIN_RE.sub("", fold(en)) for en in latin
                    if _T._JOIN_RE.sub("", fold(en)) in kinds), None)
        if key is None:
            continue
        names.setdefault(key, set()).update(latin)
        for lang, forms in by_lang:
            for f in forms:
                owners.setdefault((lang, f), set()).add(key)
    for (lang, form), keys in owners.items():
        if len(keys) == 1:
            key = next(iter(keys))
            out.setdefault(lang, {})[form] = (key, kinds[key], frozenset(names[key]))
    return out


def swapped_place(text: str, target: str, source_doc: str, lang: str | None) -> tuple[str, str] | None:
    """For a place named ``text`` in the source and missing from ``target`` (a sentence
    in Korean, Chinese or Japanese), the one place of the same kind (city, country)
    that ``target`` names instead and the whole source never names: (its form there,
    its English name); else None (Perth ~ 브리즈번, Brisbane)."""
    lang = (lang or "").split("-")[0].split("_")[0]
    key = _T._JOIN_RE.sub("", fold(text))
    kind = _kinds().get(key)
    places = _places().get(lang)
    if kind is None or not places or not _CJK.search(target):
        return None
    low = fold(source_doc)
    hits = {(form, en) for form, (k, kd, ens) in places.items()
            if kd == kind and k != key and _found(form, target, lang)
            and not any(fold(e) in low for e in ens)
            for en in [min(ens, key=len)]}
    if len({en for _, en in hits}) != 1:
        return None
    return max(hits, key=lambda h: len(h[0]))
