"""Garble rule: a target sentence that is not a usable translation of its source.

MT systems sometimes produce output that is neither an untranslated copy nor a
translation with an isolated error: word salad that keeps the source's word order,
renders a compound or noun phrase word by word and leaves source words in ("Stadtrat
Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag" for "City council
housing committee backs rent cap proposal").  MQM raters mark such output
``Non-translation!``: it cannot be annotated error by error.

X001 adds up cheap, independent kinds of evidence on each aligned pair and flags the
target sentence at a score of 2 (one slip alone is a grammar or spelling error, not a
non-translation):

* **copied words**: target words spelt as in the source that are common in the
  source language (Zipf >= 3) and rare in the target language (< 3.5, and 1.5 lower):
  one word scores 1, two score 2.  Left out: names (capitalised inside a source
  sentence, or with an inner capital), a word the target capitalises where the source
  does not (a term kept on purpose: "Due Diligence"), words in quotation marks,
  acronyms outside a run of copied capitals, and sentence-opening words unless another
  copied word stands beside them;
* **split noun chain** (only target languages that capitalise nouns, e.g. German):
  two capitalised words side by side inside a sentence, the second a noun of the
  target that the source does not contain ("Wohnungsbau Ausschuss", "Berlin Polizei":
  German writes "Wohnungsbauausschuss", "Berliner Polizei").
  One pair scores 1; a run of three words, or two pairs that each open their phrase
  (at the start of the sentence with a source name, or after a comma or "und"/"oder":
  "Sacramento Polizei … oder Ausbildung Verstöße"), score 2.  Left out: names as the
  source writes them or transliterated ("Netanjahu"), calendar words and titles,
  source-language terms ("Soft Power"), adjective and genitive endings ("Europäische
  Zentralbank", "Chinas Wachstum", "Präsident Frankreichs"), the words of a place's name
  in the target's own form (data/names/exonyms.txt, and German proper names no noun is
  spelt like: "die Region Friaul-Julisch Venetien", "der Inselstaat Kap Verde"), two
  unknown words (names),
  an English name, maybe opening with a romanised name of its own, and the noun that
  introduces it ("die Werft Hanbit Heavy Industries"),
  a title before a name ("Ministerpräsident Viktor Orbán"), a noun repeated across a
  preposition ("Jahr für Jahr");
* **English word order** (German targets): a reporting clause not inverted after the
  reported words ("…, Ruben Jones sagte CNN."), a clock time before the day ("14 Uhr
  Donnerstag"), a finite auxiliary right after the pronoun subject of a subordinate
  clause that goes on ("dass sie ist nicht abgedeckt"): 1 each;
* **scrambled order** (English and French targets): two function words in an order the
  language never has, 1 each ("the is", "a had", "in they", "of .", "and or"; in English
  also "in of", "of with", "they the", "he for", "a than", "than ."; "le de"):
  edited prose has one at most (a stranded preposition), a shuffled or garbled sentence
  several.

A first pass on whitespace tokens and a few regular expressions rules out nearly every
pair; the rest is word-list look-ups (``wordfreq`` tables through ``mtcheck.langid``).
No model is loaded.  Cross-lingual sentence similarity (the ``semantic`` extra) was
measured and not used: word salad keeps the source's words, so its similarity to the
source is as high as that of good translations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from rapidfuzz import fuzz, process

from ..model import Finding
from ._text import _given_names
from ._text import common_prefix as _common_prefix
from ._text import fold as _fold
from ._text import stopwords
from .context import CheckContext
from .language import _clean, code_mix_spans, kept_name_spans, reported_untranslated
from .registry import rule

# Languages that capitalise every noun: two capitalised words in a row are a noun
# chain there (a compound split into words), a name or a headline elsewhere.
NOUN_CAPS = frozenset({"de", "lb"})

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# three capitalised words in a row (the only way a split noun chain scores alone)
_CAP_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][^\s,.;:!?]*[ \u00a0][A-ZÀ-ÖØ-Þ][^\s,.;:!?]*[ \u00a0][A-ZÀ-ÖØ-Þ]")
_PUNCT = ".,;:!?\"'“”„‚‘’«»‹›()[]{}–—-…*/"
_BREAK = frozenset(".!?…:;«»\"“”„‹›()[]—–|/")
_QUOTES = frozenset("«»\"“”„‹›")
# what may stand between two copied capitals of one run: spaces, and short capitalised
# words the target language happens to know ("STRIPS TO NOTHING": "to" is in German's
# word list, from English quotes, so it is no copied word itself)
_CAPS_GAP = re.compile(r"\s+(?:[A-Z]{1,3}\s+)?")

# two capitalised words side by side inside a sentence (a first pass for split_chains)
_CAP_PAIR = re.compile(r"(?:^|(?<=[^\W\d_] ))[A-ZÄÖÜ][^\W\d_]+[ \u00a0][A-ZÄÖÜ][^\W\d_]+")

# English word order kept in German (word_order)
_REPORT_VERB = (r"(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|schrieb|schrieben|schreibt|"
                r"berichtete|berichteten|berichtet|teilte|teilten|meinte|betonte|bestätigte|"
                r"twitterte|antwortete|warnte|fügte)")
_AUX = (r"(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|"
        r"konnte|konnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|will|wollen|"
        r"wollte|wollten|darf|dürfen|durfte|würde|würden|sei|seien|habe|hätte|hätten|wäre|wären)")
_CLAUSE_WORD = r"(?!(?:und|oder|aber|sondern|denn)\b)[^\s,.;:!?\"“”„«»()–—]+"
_ORDER = (
    # after the reported words German puts the verb first ("…, sagte Jones CNN."); a
    # comma, names, the verb and a short tail to the end of the sentence is English order
    # (with an article first it may be a relative clause: "…, die Anna sagte.")
    ("reporting", re.compile(r"(?:,[\"“”»«]?|[\"“”»«],)\s+(?!Sie\s)"
                             r"(?:[A-ZÄÖÜ][\w.’'-]*\s+){1,6}" + _REPORT_VERB +
                             r"\b(?:\s+[^\s,;:]+){0,5}\s*[.!?]?[\"“”»«]?\s*$")),
    # "2 p.m. Thursday" kept: German says "Donnerstag um 14 Uhr" or "um 14 Uhr am Donnerstag"
    ("time before day", re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s+Uhr\s+(?:Montag|Dienstag|Mittwoch|"
                                   r"Donnerstag|Freitag|Samstag|Sonntag)")),
    # a subordinate clause puts its finite verb last: "dass sie ist nicht abgedeckt" keeps
    # the English order (the clause goes on after the auxiliary, up to a comma or "und")
    ("subordinate", re.compile(r"\b(?:dass|weil|ob|obwohl|falls|nachdem|sodass)\s+"
                               r"(?:ich|du|er|sie|es|wir|ihr|man)\s+" + _AUX + r"\s+(?:"
                               + _CLAUSE_WORD + r"\s+)+" + _CLAUSE_WORD)),
)

# thresholds (Zipf frequencies)
Z_SOURCE_COMMON = 3.0   # a copied word is a common word of the source language …
Z_MARGIN = 1.5          # … and this much rarer in the target language
Z_TARGET_MAX = 3.5      # … and not common in the target language either
Z_KNOWN = 2.0           # a capitalised word in the target's word list (a noun) …
MIN_UNKNOWN = 8         # … or a long word not in it (a compound)

NAME_SIMILARITY = 70    # rapidfuzz ratio of a transliterated name to the source's
STRONG, WEAK = 2, 1
NAME, SPELT, NOUN, UNKNOWN = 1, 2, 3, 4  # kinds of capitalised words in a chain
_ratio = fuzz.ratio
_extract_one = process.extractOne

# A capitalised adjective ("Europäische", "Weißen") or genitive ("Deutschlands")
# legitimately stands before a noun in German names and phrases: a first word with one
# of these endings starts no chain (nouns that merely end so are given up for it).
_ADJ_OR_GENITIVE = ("e", "en", "er", "es", "em", "s")


def _base(lang: str | None) -> str | None:
    return lang.replace("_", "-").split("-")[0].lower() if lang else None


@lru_cache(maxsize=None)
def _table(lang: str | None) -> dict[str, float]:
    """Case-folded word → Zipf frequency for ``lang`` (wordfreq's small list), or {}."""
    if not lang:
        return {}
    try:
        from ..langid import _zipf_table
        return _zipf_table(lang, "small") or {}
    except Exception:  # no word list for this language
        return {}


def _best_table(lang: str | None) -> dict[str, float]:
    """Case-folded word → Zipf frequency for ``lang`` (wordfreq's large list), or {}."""
    if not lang:
        return {}
    try:
        from ..langid import _zipf_table
        return _zipf_table(lang, "large") or {}
    except Exception:  # no word list for this language
        return {}


@lru_cache(maxsize=None)
def _calendar(lang: str | None) -> frozenset[str]:
    """Capitalisable function words, days, months and titles of ``lang`` (folded)."""
    try:
        return frozenset(stopwords(lang or ""))
    except Exception:  # no list for this language
        return frozenset()


def _tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """(word, start, end, initial) — initial: first word of a sentence, quote or bracket."""
    out = []
    prev = 0
    first = True
    for m in _WORD.finditer(text):
        s = m.start()
        gap = text[prev:s]
        initial = first or (gap != " " and not _BREAK.isdisjoint(gap))
        out.append((m.group(), s, m.end(), initial))
        prev = m.end()
        first = False
    return out


def _in_quotes(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is directly wrapped in quotation marks."""
    i = start - 1
    while i >= 0 and start - i <= 2 and text[i] in " \u00a0'‘‚" + "".join(_QUOTES):
        if text[i] in _QUOTES:
            return True
        i -= 1
    return False


def copied_words(src_toks, tgt_toks, sl: str, tl: str, text: str,
                 wanted: set[str] | None = None) -> list[tuple[int, int]]:
    """Target words copied from the source that belong to the source language only.

    Names stay as they are: a word capitalised inside a source sentence, or with a
    capital inside it ("McConnell"), is never counted; a capitalised word that opens
    a source sentence may be a name too, so it counts only beside a surely copied
    word.  Acronyms (all capitals) count only in a run of copied capitals ("STRIPS TO
    NOTHING"); words in quotation marks are left alone.
    """
    ts, tt = _table(sl), _table(tl)
    if not ts or not tt:
        return []
    names, opening, seen = set(), set(), set()
    for w, _s, _e, initial in src_toks:
        f = w.casefold()
        if wanted is not None and f not in wanted:
            continue
        seen.add(f)
        if w.isupper():
            continue
        if any(c.isupper() for c in w[1:]) or (w[0].isupper() and not initial):
            names.add(f)
        elif w[0].isupper():
            opening.add(f)
    # a lower-case particle between two capitalised words of a name (Palazzo delle Acque)
    particles = {(a[0].casefold(), b[0].casefold(), c[0].casefold())
                 for a, b, c in zip(src_toks, src_toks[1:], src_toks[2:])
                 if a[0][:1].isupper() and c[0][:1].isupper() and b[0].islower() and len(b[0]) <= 5
                 and ts.get(b[0].casefold(), 0.0) >= 5.0}  # (a function word: not Frampton würdigten Green)
    currencies = _currency_words()
    cands = []
    for k, (w, s, e, initial) in enumerate(tgt_toks):
        f = w.casefold()
        if len(f) < 2 or f not in seen or f in names or f in currencies:
            continue  # (a currency keeps its name abroad: 4,2 miliardi di lire ~ 4.2 billion lire)
        if particles and 0 < k < len(tgt_toks) - 1 and _between_name_parts(
                tgt_toks[k - 1][0], f, tgt_toks[k + 1][0], particles):
            continue
        if not initial and w[0].isupper() and not w.isupper():
            continue  # capitalised on purpose: a term kept as a noun ("Due Diligence")
        zs = ts.get(f, 0.0)
        if zs < Z_SOURCE_COMMON:
            continue
        zt = tt.get(f, 0.0)
        if zt >= Z_TARGET_MAX or zs - zt < Z_MARGIN or _in_quotes(text, s, e):
            continue
        if w.islower() and zs - _best_table(tl).get(f, zt) < Z_MARGIN:
            continue  # a word the target language knows nearly as well, below its short list:
            # a loanword of the source's culture (palenque, a mezcal distillery, in English);
            # (not a run in capitals, a headline copied: RUSHES TO CHURCH in French)
        cands.append((s, e, w.isupper(), f in opening))
    out = []
    for i, (s, e, caps, _op) in enumerate(cands):
        if caps:  # an acronym unless a copied capital stands next to it
            near = [c for c in (cands[i - 1] if i else None, cands[i + 1] if i + 1 < len(cands) else None)
                    if c is not None and c[2] and _CAPS_GAP.fullmatch(text[min(c[1], e):max(c[0], s)])]
            if not near:
                continue
        out.append((s, e, caps, _op))
    if "(" in text:
        from .language import in_acronym_expansion
        out = [x for x in out if not in_acronym_expansion(text, x[0], x[1])]
        # (an acronym's expansion kept in parentheses beside it: CCS – commercial cane sugar)
    if all(op for *_x, op in out):
        return []  # only sentence-opening words: perhaps names
    return [(s, e) for s, e, _c, _o in out]


def _between_name_parts(a: str, f: str, c: str, particles: set[tuple[str, str, str]]) -> bool:
    """Is particle ``f`` between capitalised ``a`` and ``c`` a word of a name the source
    has around it, maybe in another case (Kostrzyn nad Odrą ~ Polish locative Kostrzynie
    nad Odrą, Frankfurt nad Odrą ~ Frankfurcie nad Odrą): the names' words share all but
    their last two letters with the source's?"""
    if not (a[:1].isupper() and c[:1].isupper()):
        return False
    a, c = a.casefold(), c.casefold()
    if (a, f, c) in particles:
        return True

    def same(x: str, y: str) -> bool:
        n = min(len(x), len(y))
        return n >= 4 and _common_prefix(x, y) >= max(3, n - 2)
    return any(pf == f and same(a, pa) and same(c, pc) for pa, pf, pc in particles)


def _currency_words() -> frozenset[str]:
    from .language import _currency_words as words
    return words()


def _compound(f: str, table: dict[str, float]) -> bool:
    """True if an unknown word ends in a known word: a compound ("mietpreisbremse")
    rather than a transliterated name ("rafsandschani")."""
    for i in range(3, len(f) - 3):
        if table.get(f[i:], 0.0) >= Z_SOURCE_COMMON:
            return True
    return False


Z_ENGLISH_MARGIN = 1.0  # an English word kept in a name: this much commoner in English …


def _english_word(f: str, te: dict[str, float], tt: dict[str, float]) -> bool:
    """Is case-folded ``f`` a common English word (Advanced, Semiconductor, Manufacturing)
    that the target language uses clearly less and not commonly (not Service, Team, Job,
    which German writes as its own)?  Companies and bodies everywhere take English names."""
    zt = tt.get(f, 0.0)
    ze = te.get(f, 0.0)
    return ze >= Z_SOURCE_COMMON and zt < Z_TARGET_MAX and ze - zt >= Z_ENGLISH_MARGIN


def _transliterated(word: str, src_names: list[str]) -> bool:
    """True if ``word`` is a spelling of a capitalised source word ("Netanjahu" for
    "Netanyahu", "Medwedew" for "Medvedev")."""
    return bool(src_names) and _extract_one(word, src_names, scorer=_ratio,
                                            score_cutoff=NAME_SIMILARITY) is not None


def split_chains(src_words: set[str], src_names: list[str], tgt_toks, sl: str, tl: str,
                 text: str, src_text: str = "") -> list[tuple[int, int, int, bool]]:
    """Pairs of adjacent capitalised words in a noun-capitalising target language, the
    second a noun of the target that the source does not contain ("Wohnungsbau
    Ausschuss", "Berlin Polizei"): (start, end, index of the first word, bare).

    *bare*: nothing before the first word opens a noun phrase of its own: it starts
    the sentence and is a name from the source ("Sacramento Polizei"), or follows a
    conjunction or comma ("oder Ausbildung Verstöße").  After an article, adjective
    or preposition the second noun is usually a new phrase ("der Volkswirtschaft
    Geschäftsfelder erschließen").

    Left alone: names (as the source writes them, or transliterated), calendar words
    and titles, source-language terms ("Soft Power"), a first word with an adjective or
    genitive ending ("Europäische Zentralbank", "Chinas Wachstum"), a second word that
    may be a genitive ("Präsident Frankreichs"), and pairs of two unknown words
    (transliterated names: "Akbar Haschemi").
    """
    tt, ts = _table(tl), _table(sl)
    te = _table("en") if _base(tl) != "en" and _base(sl) != "en" else None
    te_all = _table("en")
    text_src = src_text or " ".join(sorted(src_words))
    # a source in another script (Hebrew, Arabic, Cyrillic, Greek …) has no capitals to
    # hand its names over: they are read back from its letters
    latin = sum(1 for x in src_words if _LATIN_LETTER.search(x))
    latin_src = 2 * latin >= len(src_words)
    cal = _calendar(tl)
    places = _place_tokens(tgt_toks, text, tl)
    out = []
    prev = None  # previous capitalised word: (token, index, kind)
    for i, tok in enumerate(tgt_toks):
        w, s, e, initial = tok
        kind = None  # NAME, SPELT, NOUN, UNKNOWN or nothing that can chain
        if w[0].isupper() and not w.isupper() and _fold(w) not in cal \
                and not _reduplicated(tgt_toks, i, text):
            f = w.casefold()
            if w in src_words:
                kind = NAME  # a name (or word) as the source writes it
            elif i in places:
                kind = None  # a word of a place's name in the target's own form (die
                # Region Friaul-Julisch Venetien, die Petersburger Firma): chains with nothing
            elif f in _given_names():
                kind = None  # a person's given name (data/names/given.txt): with the words
                # around it a name and the title before it (die Saisonarbeiterin Olga
                # Weretennikowa), whatever script the source wrote it in
            elif _transliterated(w, src_names):
                kind = SPELT  # a name spelt the target's way
            elif latin_src is False and _read_back_name(w, f, te_all, tt, text_src):
                kind = SPELT  # a name of a source in another script, spelt in Latin letters
                # (the Hebrew or Russian source's city of two words): no noun of the target
            elif ts.get(f, 0.0) > tt.get(f, 0.0) + 0.5:
                kind = None  # a source-language term ("Soft Power", "Federal Reserve")
            elif te is not None and _english_word(f, te, tt):
                kind = None  # an English word in a name or term kept in English, whatever the
                # source's language ("Nordic Precision Optics" for a Finnish company's
                # name): no source word order
            elif tt.get(f, 0.0) >= Z_KNOWN or (f not in tt and len(f) >= MIN_UNKNOWN and _compound(f, tt)):
                kind = NOUN
            elif f not in tt and len(f) >= MIN_UNKNOWN:
                kind = UNKNOWN  # a compound or a name: counts beside a known noun
        if (kind in (NOUN, UNKNOWN) and prev is not None and not initial
                and NOUN in (kind, prev[2]) and text[prev[0][2]:s].isspace()
                and not _inflected(w, ("s",)) and not _NUMERAL_GENITIVE.fullmatch(w)
                and _may_precede(prev[0], prev[2], src_words)):
            if te is None or not _english_run(tgt_toks, i, text, te, tt):
                out.append((prev[0][1], e, prev[1], _bare(tgt_toks, prev[1], prev[2], text)))
        prev = (tok, i, kind) if kind is not None else None
    return out


# a numeral noun in the genitive plural (die Rettung Hunderter Menschen, der Zug Tausender
# Pilger): an attribute of the noun before it, not a noun strung beside it
_NUMERAL_GENITIVE = re.compile(r"Hunderter|Tausender|Dutzender|(?:Zehn|Hundert)tausender")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
Z_NAME_LEAN = 0.5  # a name: about as common in English as in the target (a noun of the target is its own)


def _read_back_name(w: str, f: str, te: dict[str, float], tt: dict[str, float], src: str) -> bool:
    """Is capitalised ``w`` (folded ``f``) a name that a source in another script writes
    (Tel Aviv ~ תל אביב, Nowosibirsk ~ Новосибирск): its letters read back in the
    source's, and the word is no noun of the target, which the target's list knows far
    better than the English one (a name travels: both lists know it about as well, or
    neither does)?"""
    zt, ze = tt.get(f, 0.0), te.get(f, 0.0)
    if zt - ze > Z_NAME_LEAN or len(f) < 3:
        return False
    return _reads_back(w, src)


@lru_cache(maxsize=4096)
def _reads_back(w: str, src: str) -> bool:
    from ._text import present_in_other_script
    return present_in_other_script(w, src)


PLACE_RUN_MAX = 4  # words of a place's name, at most (Friaul-Julisch Venetien: two)


def _place_tokens(toks, text: str, tl: str | None) -> set[int]:
    """Indices of the capitalised words that make up a place's or organisation's name of
    the names lexicon (data/names/exonyms.txt: Friaul-Julisch Venetien, Nordrhein-
    Westfalen, Vereinigte Staaten) or, in German, a proper name no German noun is spelt
    like (data/names/de_proper.txt).  A name of several capitalised words is one name,
    not nouns strung together, and a noun before it is the name's apposition (die Region
    Venetien, das Land Brandenburg), not a split compound."""
    from ._text import _EXO_PLACES, de_proper, exonym_classes, exonym_multi
    out: set[int] = set()
    n = len(toks)
    i = 0
    while i < n:
        if not toks[i][0][:1].isupper():
            i += 1
            continue
        j = i + 1  # a run of capitalised words joined by single spaces
        while j < n and toks[j][0][:1].isupper() and text[toks[j - 1][2]:toks[j][1]] in (" ", "\u00a0"):
            j += 1
        for a in range(i, j):
            for b in range(min(j, a + PLACE_RUN_MAX), a, -1):
                folds = [_fold(t[0]) for t in toks[a:b]]
                hit = exonym_multi(folds) if b - a > 1 else exonym_classes(_fold(toks[a][0]).replace("-", ""))
                if any(k in _EXO_PLACES for k in hit):
                    out.update(range(a, b))
                    break
        if _base(tl) == "de":
            tt = _table(tl)
            out.update(k for k in range(i, j) if "-" not in toks[k][0]
                       and de_proper(toks[k][0], tt.get(toks[k][0].casefold(), 0.0)))
        i = j
    return out


Z_ENGLISH_RUN_LEAN = 0.5  # two words of a capitalised run this much commoner in English …


def _english_run(toks, i: int, text: str, te: dict[str, float], tt: dict[str, float]) -> bool:
    """Is word ``i`` inside a run of capitalised words (joined by spaces only) that is an
    English name (China International Capital Corporation in a German sentence from a
    Chinese source): every word at least as common in English as in the target, two of
    them clearly commoner (a German noun chain, Stadtrat Wohnungsbau Ausschuss, is not)?
    The name may open with words neither language knows, a company's own name
    romanised (Dongbaek Heavy Industries), and stand after a noun of the target that
    introduces it (die Werft Dongbaek Heavy Industries, der Konzern Daewoo Shipbuilding):
    the run is then the words from ``i``'s side that are English or unknown.  A word of
    English words joined by a hyphen is English (Shanghai Hi-Tech Park)."""
    def kind(k: int) -> int:  # 2 English, 1 unknown to both (a name), 0 neither
        f = toks[k][0].casefold()
        ze, zt = te.get(f, 0.0), tt.get(f, 0.0)
        if ze >= Z_SOURCE_COMMON and ze >= zt:
            return 2
        if english_parts(f):
            return 2  # English words joined by a hyphen (Hi-Tech, Bio-Med)
        return 1 if ze < Z_UNKNOWN_BOTH and zt < Z_UNKNOWN_BOTH else 0

    def english_parts(f: str) -> bool:
        """Is hyphenated ``f``, unknown as a whole to both, of English words only, each at
        least as common in English as in the target, one clearly commoner?"""
        parts = f.split("-")
        if len(parts) < 2 or te.get(f, 0.0) or tt.get(f, 0.0) \
                or not all(te.get(p, 0.0) >= Z_SOURCE_COMMON and te.get(p, 0.0) >= tt.get(p, 0.0) for p in parts):
            return False
        return max(te.get(p, 0.0) - tt.get(p, 0.0) for p in parts) >= Z_ENGLISH_RUN_LEAN

    if not kind(i):
        return False
    a = b = i
    while a > 0 and toks[a - 1][0][:1].isupper() and text[toks[a - 1][2]:toks[a][1]].isspace() and kind(a - 1):
        a -= 1
    while b + 1 < len(toks) and toks[b + 1][0][:1].isupper() and text[toks[b][2]:toks[b + 1][1]].isspace() \
            and kind(b + 1):
        b += 1
    lean = 0
    english = [k for k in range(a, b + 1) if kind(k) == 2]
    if not english or any(kind(k) == 1 for k in range(english[0], b + 1)):
        return False  # (the unknown words open the name; English words end it)
    for w, *_x in (toks[k] for k in english):
        f = w.casefold()
        lean += te.get(f, 0.0) - tt.get(f, 0.0) >= Z_ENGLISH_RUN_LEAN or english_parts(f)
    return lean >= 2


Z_UNKNOWN_BOTH = 2.0  # a word rarer than this in English and in the target: a name


# words after which a noun starts a phrase of its own: coordinating conjunctions
_CONJ = frozenset({"und", "oder", "sowie", "bzw"})


def _bare(toks, i: int, kind: int, text: str) -> bool:
    """Does word ``i`` (the first of a chain) open its phrase with nothing before it
    that could govern the second noun?  At the start of a sentence only a name from
    the source ("Sacramento Polizei"; an opener like "Laut" or "Drei" is no noun);
    inside, after a comma or a conjunction ("oder Ausbildung Verstöße")."""
    if toks[i][3]:
        return kind in (NAME, SPELT)
    before = text[toks[i - 1][2]:toks[i][1]]
    return "," in before or (before.isspace() and toks[i - 1][0] in _CONJ)


def _inflected(word: str, endings: tuple[str, ...]) -> bool:
    """True if ``word`` may be an adjective or genitive form ("Europäische",
    "Frankreichs", "Browns"): it ends in one of ``endings`` (a double s, as in
    "Ausschuss", is no genitive)."""
    return word.endswith(endings) and not word.endswith("ss")


# German titles and offices stand before a name ("Ministerpräsident Viktor Orbán",
# "Trainer Hansi Flick"): a word ending so starts no chain
_TITLE_HEADS = ("präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin",
                "chef", "chefin", "sprecher", "sprecherin", "direktor", "direktorin", "senator",
                "senatorin", "gouverneur", "gouverneurin", "meister", "meisterin", "könig",
                "königin", "prinz", "prinzessin", "papst", "bischof", "professor", "professorin",
                "trainer", "trainerin", "kommissar", "kommissarin", "botschafter",
                "botschafterin", "vorsitzende", "vorsitzender", "general", "oberst", "kapitän",
                "kapitänin", "abgeordnete", "abgeordneter", "richter", "richterin", "anwalt",
                "anwältin", "kollege", "kollegin", "autor", "autorin", "regisseur", "regisseurin",
                "sänger", "sängerin", "moderator", "moderatorin", "ökonom", "ökonomin")
# "Jahr für Jahr", "Schritt um Schritt", "Seite an Seite": a noun repeated across a
# preposition is an adverbial, not part of a noun chain
_REDUPLICATING = frozenset({"für", "um", "an", "zu", "in", "nach", "auf", "gegen"})


def _reduplicated(toks, i: int, text: str) -> bool:
    """Is word ``i`` the first of "W für W" (or the last)?"""
    w = toks[i][0]
    for a, b in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= b < len(toks) and toks[a][0] in _REDUPLICATING and toks[b][0] == w:
            return True
    return False


def _may_precede(tok, kind: int, src_words: set[str]) -> bool:
    """Can this capitalised word stand first in a split noun chain?"""
    w, _s, _e, initial = tok
    if w.endswith(("'s", "’s")):
        return False  # "Trump's Erklärung": a genitive
    if w.casefold().endswith(_TITLE_HEADS):
        return False  # "Präsident Macron": a title before a name
    if kind == NAME:  # "Berlin Polizei", but not a genitive "Browns Politik"
        return not (w.endswith("s") and w[:-1] in src_words)
    return not _inflected(w, _ADJ_OR_GENITIVE)


def _copy_candidates(source: str, target: str, sl: str, tl: str) -> tuple[set[str], int]:
    """Cheap first pass on whitespace tokens: (the case-folded words spelt the same on
    both sides that are common in the source language and rare in the target's, how
    many of them are not capitalised).  A capitalised copied word is a name or a
    sentence opener, which copied_words counts only beside an uncapitalised one; a
    word capitalised only in the target is a term kept on purpose, so an exact token
    match is enough."""
    ts, tt = _table(sl), _table(tl)
    out = set()
    sure = 0
    for tok in set(source.split()).intersection(target.split()):
        w = tok.strip(_PUNCT)
        f = w.casefold()
        zs = ts.get(f, 0.0)
        if len(f) > 1 and zs >= Z_SOURCE_COMMON and tt.get(f, 0.0) < min(Z_TARGET_MAX, zs - Z_MARGIN):
            out.add(f)
            sure += not w[0].isupper() or w.isupper()
    return out, sure


def assess(source: str, target: str, sl: str | None,
           tl: str | None) -> tuple[int, list[tuple[str, int, int]]]:
    """(score, signals) of one pair; a signal is (kind, start, end) in ``target``."""
    signals: list[tuple[str, int, int]] = []
    score = 0
    if not target or not source:
        return 0, signals
    sl, tl = _base(sl), _base(tl)
    if not sl or not tl or sl == tl or target.strip() == source.strip():
        return score, signals  # a copy of the source is untranslated text (L001)
    # placeholders ({name}, %(object)s), tags and identifiers are kept on purpose: no
    # source words left in (blanked, same length, so signal offsets stay right)
    source, target = _clean(source), _clean(target)
    if not _table(sl) or not _table(tl):
        return score, signals  # no word list: no evidence either way
    wanted, sure = _copy_candidates(source, target, sl, tl)
    order = word_order(target, tl)
    nouns = tl in NOUN_CAPS
    cap_run = nouns and _CAP_RUN.search(target) is not None
    pairs = nouns and len(_CAP_PAIR.findall(target)) >= 2
    if not (cap_run or pairs or order) and sure < (1 if nouns else 2):
        return score, signals  # the common case: nothing that could score 2
    tgt_toks = _tokens(target)
    if len(tgt_toks) < 3:
        return score, signals
    copied = copied_words(_tokens(source), tgt_toks, sl, tl, target, wanted) if sure else []
    if copied:
        run = longest = 1
        for (a, b), (c, _d) in zip(copied, copied[1:]):
            run = run + 1 if target[b:c].strip() == "" else 1
            longest = max(longest, run)
        score += STRONG if longest >= 3 else min(len(copied), 2) * WEAK
        signals.extend(("copied from the source", s, e) for s, e in copied)
    if nouns and (copied or cap_run or pairs or order):
        src_words = set(_WORD.findall(source))
        src_names = [w for w in src_words if w[0].isupper()]
        chains = split_chains(src_words, src_names, tgt_toks, sl, tl, target, source)
        if chains:
            linked = any(b[2] == a[2] + 1 for a, b in zip(chains, chains[1:]))
            # two pairs that each open their phrase ("Sacramento Polizei … oder Ausbildung
            # Verstöße") are as strong as a run of three
            bare = sum(1 for c in chains if c[3])
            score += STRONG if linked or bare >= 2 else WEAK
            signals.extend(("split noun chain", s, e) for s, e, *_x in chains)
    if order:
        score += len(order) * WEAK
        signals.extend(order)
    return score, signals


# Function words whose neighbours are few.  A determiner opens a noun phrase, so no
# function word or mark follows it; a preposition takes no auxiliary, subject pronoun or
# full stop after it (clause-final prepositions are rare in edited prose, and one alone
# never scores 2); a conjunction links two things, so no conjunction or stop follows it.
# English: "to" takes infinitives (to be); after, before and since are conjunctions too
# (before they left); these and those are pronouns (those on the list); a capital "A"
# may be a label (Exhibit A of).  French: le, la, les and leur are object pronouns before
# an auxiliary too (il les a vus), "en" a pronoun (il en a), "son" as often a noun (au son
# de: no determiner here), and "le notre" a common slip for "le nôtre".
@dataclass(frozen=True)
class _Order:
    det: frozenset[str]
    prep: frozenset[str]
    conj: frozenset[str]
    aux: frozenset[str]
    subject: frozenset[str]
    det_before_aux_ok: frozenset[str] = frozenset()  # object pronouns: les a, leur ont
    prep_before_aux_ok: frozenset[str] = frozenset()  # to be, en a
    prep_before_subject_ok: frozenset[str] = frozenset()  # conjunctions: before they
    never_second: frozenset[str] = frozenset()  # also a noun or pronoun: au son, le notre
    # English "of" links two noun phrases, so no preposition stands on either side of it
    # ("in of", "of with"), bar the ones that take a quantity ("of about", "of at least")
    # and "instead of in"; "than" takes a phrase, so no stop follows it and no determiner
    # comes before it
    linker: str = ""
    linker_then_ok: frozenset[str] = frozenset()
    linker_after_ok: frozenset[str] = frozenset()
    comparer: str = ""
    # a subject pronoun is followed by its verb ("they the" is no English); French object
    # clitics follow the subject ("il les voit"), so not there
    subject_first: bool = False


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_ORDER_WORDS = {
    "en": _Order(
        det=_words("the a an its their our my your every"),
        prep=_words("of in on at by for with from to into onto upon about against between "
                    "through during without within under over after before since toward "
                    "towards among across"),
        conj=_words("and or but nor"),
        aux=_words("is are was were be been being am has have had do does did will would "
                   "can could shall should may might must"),
        subject=_words("he she they we i"),
        prep_before_aux_ok=_words("to"),
        prep_before_subject_ok=_words("after before since"),
        linker="of",
        linker_then_ok=_words("about over under between after before since to at"),
        linker_after_ok=_words("instead"),
        comparer="than",
        subject_first=True),
    "fr": _Order(
        det=_words("le la les un une du au aux ce cet cette ces sa ses leur leurs mon ma "
                   "mes notre nos votre vos"),
        prep=_words("de à dans par pour sur avec sans sous chez entre vers contre"),
        conj=_words("et ou mais ni"),
        aux=_words("est sont était étaient a ont avait avaient sera seront serait seraient "
                   "fut été être avoir"),
        subject=_words("je tu il ils on"),
        det_before_aux_ok=_words("le la les leur"),
        prep_before_aux_ok=_words("en"),
        never_second=_words("son notre votre")),
}
_ORDER_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*%?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[.,;:!?()\"“”«»$€£]")
# l'homme, d'un: two words (the elided article is no determiner of the table)
_ELIDED = re.compile(r"(?<=\b[dlDLjJnNsScCmMtTqu])['’](?=[^\W\d_])")
_STOPS = frozenset(".;:!?")
_AM = re.compile(r"\.\s?m\b\.?", re.I)


def scrambled(target: str, lang: str = "en") -> list[tuple[str, int, int]]:
    """Pairs of function words in an order the language never has ("the is", "a had",
    "in they", "of .", "and or"; "le de", "pour il"): one signal each.  Shuffled or
    garbled output has several in one sentence; edited prose has none or one."""
    o = _ORDER_WORDS.get(lang)
    if o is None:
        return []
    text = _ELIDED.sub(" ", target) if lang == "fr" else target  # same length: spans hold
    toks = [(m.group(), m.group().lower(), m.start(), m.end()) for m in _ORDER_TOKEN.finditer(text)]
    out = []
    for i, ((a, la, s, _e), (_b, lb, _s2, e)) in enumerate(zip(toks, toks[1:])):
        if lb in o.never_second:
            continue
        if lang == "fr" and la == "ce" and lb in o.prep and i + 2 < len(toks) and toks[i + 2][1] == "quoi":
            continue  # "ce" as a pronoun: ce contre quoi, ce à quoi
        if la in o.det:
            if lang == "en" and a in ("A", "An") and s > 0 and target[:s].rstrip()[-1:].isalnum():
                continue  # Exhibit A of, Appendix A and
            if lang == "en" and la == "a" and _AM.match(text, _e):
                continue  # the a of a.m. (8 a.m. and 8 p.m.)
            bad = lb in o.det or lb in o.prep or lb in o.conj or lb in o.subject \
                or lb in _STOPS or lb in (",", ")") or (lb in o.aux and la not in o.det_before_aux_ok)
        elif la in o.prep:
            bad = (lb in o.aux and la not in o.prep_before_aux_ok) or lb in _STOPS or (
                lb in o.subject and la not in o.prep_before_subject_ok)
        elif la in o.conj:
            bad = lb in o.conj or lb in _STOPS
        elif o.subject_first and la in o.subject:
            # a subject pronoun is followed by its verb, not by a determiner (unless
            # inverted after an auxiliary: "is he a good soldier") or a preposition
            # ("they of"; "they in turn" is an aside)
            if a == "I" and lb in _STOPS:
                continue
            bad = (lb in o.det and (i == 0 or toks[i - 1][1] not in o.aux)) \
                or (lb in o.prep and lb != "in")
        elif la == o.comparer:
            bad = lb in _STOPS
        else:
            continue
        if la == o.linker and lb in o.prep and lb not in o.linker_then_ok \
                and (i == 0 or toks[i - 1][1] not in o.linker_after_ok):
            bad = True
        if not bad and ((o.linker and lb == o.linker and la in o.prep)
                        or (o.comparer and lb == o.comparer and la in o.det)):
            bad = True
        if bad:
            out.append(("scrambled", s, e))
    return out


def word_order(target: str, tl: str) -> list[tuple[str, int, int]]:
    """English word order kept in a German sentence, one signal per kind (each also a
    grammar slip on its own, so each scores 1): a reporting clause not inverted after
    the reported words ("…, Ruben Jones sagte CNN."), a clock time before the day
    ("14 Uhr Donnerstag"), and a finite auxiliary right after the subject of a
    subordinate clause that goes on ("dass sie ist nicht abgedeckt").  In English and
    French, function words in an order the language never has, one signal per pair
    (``scrambled``)."""
    out = []
    if tl in _ORDER_WORDS:
        return scrambled(target, tl)
    if tl != "de":
        return out
    for kind, pat in _ORDER:
        m = pat.search(target)
        if m is None:
            continue
        if kind == "subordinate" and m.group().rsplit(None, 1)[-1] in _DOUBLE_INFINITIVE:
            continue
        if kind == "reporting" and len(target[:m.start()].split()) < 3:
            continue  # "Nein, Anna sagte nichts.": a word before the comma, not a clause
        out.append((kind, m.start(), m.end()))
    return out


# "dass sie hat kommen wollen": before two infinitives the auxiliary goes first
_DOUBLE_INFINITIVE = frozenset({"können", "müssen", "wollen", "sollen", "dürfen", "mögen",
                                "lassen", "sehen", "hören", "helfen", "brauchen"})


def _without_kept_names(ctx: CheckContext, seg, s_text: str, sl, tl, score: int,
                        signals: list[tuple[str, int, int]]) -> tuple[int, list[tuple[str, int, int]]]:
    """The sentence assessed again with the lower-case words of names L002 keeps whole
    blanked (Latvijas valsts meži: "valsts" is no source word left in), when a copied
    word is one of them; else as it was."""
    copies = [(a, b) for k, a, b in signals if k == "copied from the source"]
    if not copies:
        return score, signals
    kept = [(a - seg.start, b - seg.start) for a, b in kept_name_spans(ctx, seg)]
    if not any(x <= a and b <= y for a, b in copies for x, y in kept):
        return score, signals
    text = seg.text
    for x, y in kept:
        text = text[:x] + " " * (y - x) + text[y:]
    return assess(s_text, text, sl, tl)


_KIND_TEXT = {"copied from the source": "source-language words left in",
              "split noun chain": "nouns strung side by side in source word order",
              "reporting": "reporting clause in English word order",
              "time before day": "clock time before the day, as in English",
              "subordinate": "verb second in a subordinate clause",
              "scrambled": "function words in an order the language never has"}


@rule("X001", "not-a-translation", "Accuracy/Non-translation", "major", artefact="non-translation",
      summary="A target sentence that is not a usable translation of its source: word salad "
              "in source word order, a compound split into separate words, source words "
              "left in, English word order kept in German; in English and French, a sentence "
              "whose function words stand in orders the language never has (a shuffled "
              "sentence: “the is”, “a had”, “in they”, “and or”, “of .”; “le de”). A given name "
              "is no noun of a split chain (die Saisonarbeiterin Olga Weretennikowa), nor a name of a "
              "source in another script that reads back in its letters and is no noun of the target "
              "(as common in English as in the target or more: die Universität Nowosibirsk from Russian), "
              "nor a numeral noun in the genitive plural (die Rettung Tausender Menschen); a loanword the "
              "target's large word list knows nearly as well as the source's list (palenque, "
              "trattoria in English) is no source word left in.",
      why="Such output cannot be corrected error by error; it has to be retranslated. "
          "MQM raters mark it 'Non-translation' (the heaviest penalty, 25 points), yet each "
          "of its faults alone looks minor to a single-error rule.",
      fail=("City council housing committee backs rent cap proposal",
            "Stadtrat Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag"),
      ok=("City council housing committee backs rent cap proposal",
          "Der Wohnungsausschuss des Stadtrats unterstützt den Vorschlag einer Mietobergrenze"),
      options={"min_score": 2}, needs_source=True)
def not_a_translation(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    if src is None:
        return
    min_score = int(opts.get("min_score", 2))
    sl, tl = src.lang, ctx.target.lang
    untranslated: set[int] | None = None  # asked only when a sentence scores
    for bead in ctx.beads():
        if not bead.source or not bead.target:
            continue
        s_text = bead.source_text
        for seg in bead.target:
            score, signals = assess(s_text, seg.text, sl, tl)
            if score < min_score:
                continue
            score, signals = _without_kept_names(ctx, seg, s_text, sl, tl, score, signals)
            if score < min_score:
                continue
            if untranslated is None:
                untranslated = reported_untranslated(ctx)
            if seg.index in untranslated:
                continue  # left in another language: L001's finding
            if all(k == "copied from the source" for k, _a, _b in signals):
                mixed = code_mix_spans(ctx, seg)
                if mixed and all(any(a <= seg.start + s and seg.start + e <= b for a, b in mixed)
                                 for _k, s, e in signals):
                    continue  # every source word left in is L002's finding already
            spans: dict[str, list[str]] = {}
            for k, a, b in signals:
                spans.setdefault(k, []).append(repr(seg.text[a:b]))
            shown = "; ".join(f"{_KIND_TEXT[k]} ({', '.join(v[:3])})" for k, v in spans.items())
            yield ctx.flag(seg.start, seg.end,
                           f"Not a usable translation of the source sentence: {shown}.",
                           evidence=[ctx.evidence(src, text=s_text, note="aligned source")],
                           suggestion="Retranslate the sentence.")
