"""Names and entities: misspelled, inconsistent, missing and replaced proper names.

A name is a run of capitalised words that a translation keeps (see ``_text.find_names``):
rare words, words about as frequent in the other language (Trump, Twitter, Texas),
acronyms, and exonyms from ``data/names/exonyms.txt`` (Spanien ~ Spain, Genf ~ Geneva).
Presence is checked inflection-, accent-, umlaut- and exonym-aware (``_text.NameIndex``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..model import Document, Evidence, Finding, Segment, Severity
from ._text import _nordic_definite, kana_spellings, kana_voicing_slips, kana_liquid_slips, voiced_consonants, _CLOSED_COMPOUNDS
from ._text import GREEK_CASES, _GREEK_PAN, softened_nominative, greek_nominatives, greek_romanisations, nen_nominative, _FLEETING_VOWELS, fleeting_case
from ._text import capital_mentions, _APOSTROPHE_SUFFIX_LANGS, DATA as _NAMES_DATA, _PLAIN_WORD_RE, _read_lines, lang_word_table as _lang_word_table, namelike, _skeletons, _squeeze, _consonants
from ._text import (present_in_hangul, in_hiragana, _CURRENCY_CODES, _EN_STREET_WORDS, _EXO_PERSONS, entity_openings, _given_names, de_proper, people_noun, _EXO_PLACES, _JOINERS, _OTHER_SCRIPT, _OWN_SCRIPT_LANGS, _SCRIPT_WORD, _ROMANCE, _NAME_CAPS,
                    Joined, Name, NameIndex, Part, _de_noun_form,
                    _index_word, _is_initial, _piece_cols, _pieces, _respellings, _respellings_from_en, _romanised_words, _TO_LATIN, _winfo, _zipf_abroad, _word_classes,
                    _world_name, common_prefix, _kanji_generic,
                    decomposable, demonym_stems, entity_echoes, entity_name, entity_stems, exonym_classes,
                    exonym_in_compound, exonym_listed, exonym_multi, exonym_name, find_names, fold, fold_umlaut,
                    has_freq, in_citation, is_exonym_adjective, kindred_entities, may_be_multi, metonym_entities, metonym_stands_for, misspelt_word,
                    norm_lang, place_mentions, find_numbers, reads_number_words,
                    present_in_other_script, related_entities, shortfall, skeleton, status, stem_of_place,
                    stopwords, transcribes_source, zipf)
from ._cjk_names import cjk_exonym_present, swapped_place
from ._han_readback import pinyin_syllables as _pinyin_syllables
from ._zh_translit import generic_rendered, present_in_zh, zh_swap, zh_rendering, zh_runs, zh_unread_runs
from .context import BeadView, CheckContext
from .registry import rule

# segments whose names are not translated text (credits, bylines, site furniture)
SKIP_KINDS = frozenset({"ui", "credit", "metadata", "byline"})
_COMMON_WORD = 4.5  # Zipf frequency of a word every text uses (bank 5.2, council 5.1)
REAL_WORD = 3.0  # Zipf frequency from which a spelling is a real word/name of its language


from rapidfuzz.fuzz import ratio as _fuzz_ratio  # noqa: E402
from rapidfuzz.process import extract as _extract  # noqa: E402
from rapidfuzz.process import extractOne as _extract_one  # noqa: E402
from rapidfuzz.distance.Levenshtein import distance as _levenshtein  # noqa: E402
from rapidfuzz.distance.OSA import distance as _osa  # noqa: E402


def _ratio(a: str, b: str) -> float:
    return _fuzz_ratio(a, b)


def _prefix_related(a: str, b: str) -> bool:
    """Inflected forms of one name (Trump/Trumps, Merkel/Merkels)."""
    if len(a) > len(b):
        a, b = b, a
    if not (len(a) >= 4 and b.startswith(a) and len(b) - len(a) <= 3):
        return False
    # a final consonant written twice (Merkel/Merkell) is a slip: no inflection adds it
    return not (len(b) == len(a) + 1 and b[-1] == a[-1] and a[-1] not in _VOWELS)


def _near_miss(a: str, b: str, min_ratio: float) -> bool:
    if a == b or len(a) < 4 or len(b) < 4 or _prefix_related(a, b):
        return False
    r = _ratio(a, b)
    if r < min_ratio or (a[0] != b[0] and r < 90):
        return False
    # a short name two edits from another is another name, not a slip of it (Tian ~
    # Tilman: the ratio counts two deletions from six letters as 80)
    return max(len(a), len(b)) > 6 or _osa(a, b, score_cutoff=1) <= 1


_VOWELS = frozenset("aeiouy")


def _stands_alone(text: str, s: str) -> bool:
    r"""Is ``s`` in ``text`` with no word character right before or after it?  The same as
    ``re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)``, whose pattern re compiles
    anew for most strings (its cache is small): a word character of re is one that
    ``str.isalnum`` accepts, or the underscore."""
    n, end = len(s), len(text)
    i = text.find(s)
    while i >= 0:
        j = i + n
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) \
                and (j == end or not (text[j].isalnum() or text[j] == "_")):
            return True
        i = text.find(s, i + 1)
    return False


def _same_skeleton(a: str, b: str) -> bool:
    """Transliteration variants (Bishkek/Bischkek, Navalny/Nawalny) are not misspellings."""
    sa, sb = skeleton(a), skeleton(b)
    return sa == sb or _prefix_related(sa, sb) or (len(sa) >= 4 and (sa.startswith(sb) or sb.startswith(sa)))


def _vowel_variant(a: str, b: str) -> bool:
    """Same consonants, other vowels (Mursi/Morsi, Belutschistan/Baluchistan): a known
    transliteration when the spelling is in use; Merkle/Merkel (same vowels) is not."""
    ca = "".join(c for c in skeleton(a) if c not in _VOWELS)
    cb = "".join(c for c in skeleton(b) if c not in _VOWELS)
    if ca != cb or len(ca) < 3:
        return False
    return sorted(c for c in a if c in _VOWELS) != sorted(c for c in b if c in _VOWELS)


def _langs(ctx: CheckContext) -> tuple[str | None, str | None]:
    tl = norm_lang(ctx.target.lang or ctx.target.lang_detected)
    sl = None
    if ctx.source is not None:
        sl = norm_lang(ctx.source.lang or ctx.source.lang_detected)
    return sl, tl


def _doc_name(doc: Document, ctx: CheckContext) -> str:
    if doc is ctx.source:
        return "source"
    if doc is ctx.target:
        return "the translation"
    return doc.path.replace("\\", "/").rsplit("/", 1)[-1]


# ----------------------------------------------------------------------------------
# per-bead analysis: source names missing from the target, target names not in the source
# ----------------------------------------------------------------------------------
@dataclass
class BeadNames:
    bead: BeadView
    tgt: Joined
    src: Joined
    missing: list[Name] = field(default_factory=list)
    replaced: list[tuple[Name, Name]] = field(default_factory=list)
    conf: dict[int, int] = field(default_factory=dict)  # id(source name) -> 0 weak .. 2 sure
    added: list[Name] = field(default_factory=list)  # target names with no source counterpart


def _misspelt_exonym(classes: frozenset[int], index: NameIndex) -> bool:
    """Has the text a word one slip (OSA distance 1) from a one-word lexicon form of six
    letters or more of these entities, and no lexicon form of another?  A misspelt name
    of the same place (Rusland for Russland) is a spelling error, not a swapped place;
    short forms are left out, where one letter makes another place (Iran ~ Iraq)."""
    stems = [s for e in classes for s in entity_stems(e) if len(s) >= 6]
    if not stems:
        return False
    for w in index.longs:
        if len(w) >= 6 and not exonym_classes(w) and any(_osa(w, s, score_cutoff=1) <= 1 for s in stems):
            return True
    return False


# compass points that compounding languages join to a place name (Ostdeutschland,
# Noord-Holland, Sydsverige, Pohjois-Suomi), folded, longest first
_DIRECTION_PREFIXES = {
    "de": ("nordost", "nordwest", "sudost", "sudwest", "mittel", "zentral", "nord", "sud", "ost", "west"),
    "nl": ("noordoost", "noordwest", "zuidoost", "zuidwest", "midden", "noord", "zuid", "oost", "west"),
    "sv": ("nordost", "nordvast", "sydost", "sydvast", "mellan", "norra", "sodra", "ostra", "vastra",
           "nord", "syd", "ost", "vast"),
    "da": ("nordost", "nordvest", "sydost", "sydvest", "midt", "nord", "syd", "ost", "vest"),
    "nb": ("nordost", "nordvest", "sorost", "sorvest", "midt", "nord", "sor", "ost", "vest"),
    "fi": ("pohjois", "etela", "ita", "lansi", "keski"),
    "is": ("nordur", "sudur", "austur", "vestur"),
}
_DIRECTION_PREFIXES["no"] = _DIRECTION_PREFIXES["nb"]


_SLAVIC_LANGS = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "be", "bg", "mk"})
# a Slavic possessive adjective made from a surname, with a case ending (Rihterovoj
# skali, Nobelovu nagradu, Нобелевской премии is _SLAVIC_PLACE_ADJ's): -ov-/-ev-/-in-
_POSSESSIVE = re.compile(r"^(.{4,}?)(?:ov|ev|in|ow|ew|ов|ев|ин)(?:oj|om|im|ih|ima|u|e|ej|ou|ého|ém|ým|ой|ом|ым|ых|ую|ого|ому)$")
_LOWER_NEXT = re.compile(r"\s+[^\W\d_A-ZÀ-ÞА-ЯЁ]")


# the head nouns of Greek institutions' names, after which Greek capitalises every word
# of the name, common words included (υπουργείο Αγροτικής Ανάπτυξης, Ταμείο Ανάκαμψης)
_EL_INSTITUTION = re.compile(
    r"(?:υπουργει|κεντρ|ταμει|επιτροπ|οργανισμ|ινστιτουτ|πανεπιστημι|συλλογ|αρχ|υπηρεσι|γραφει|"
    r"τραπεζ|ενωσ|συμβουλι|ιδρυμ|διευθυνσ|γενικ|εθνικ|ελληνικ|ομοσπονδι|σωματει|επιμελητηρι|"
    r"νοσοκομει|μουσει|φορε|σχολ|τμημ)\w*(?:\s+(?:[^\W\d_]+|και|&))*?\s+$")


# the nouns that head a Greek body's name when the name itself opens with a capital
# (Λιμενικό Σώμα, Ένωση Ακτοπλόων, Ελληνική Αστυνομία, Πυροσβεστική Υπηρεσία)
_EL_BODY_HEAD = re.compile(
    _EL_INSTITUTION.pattern.split(r")\w*", 1)[0] + r"|σωμ|συνδεσμ|ομιλ|αστυνομ|πυροσβεστ|δικαστηρι|"
    r"βουλ|λιμεν|ακαδημι|ναυτικ|στρατ|ενοπλ|περιφερει|δημ|κοινοτ|ομαδ|εταιρ|πρακτορει|"
    # (a cooperative, confederation, programme, organisation, network, laboratory,
    # observatory, ephorate, consortium, library, festival)
    r"συνεταιρισμ|συνομοσπονδι|προγραμμα|οργανωσ|δικτυ|εργαστηρι|παρατηρητηρι|εφορει|"
    r"κοινοπραξι|βιβλιοθηκ|φεστιβαλ)")


def _el_body(g: Name, sl: str | None) -> bool:
    """Is Greek source name ``g`` a body's name of two or more common words, one of them
    a head noun (Λιμενικό Σώμα, Ένωση Ακτοπλόων), no lexicon entity or given name in it?
    Greek capitalises such a name's words; a translation translates them."""
    if sl != "el" or len(g.parts) < 2 or g.classes:
        return False
    if any(p.classes or p.acronym or p.low in _given_names() for p in g.parts):
        return False
    return any(_EL_BODY_HEAD.match(p.fold) for p in g.parts)


# the head of a Greek law's or code's title (Νόμος, Κώδικας, Κανονισμός), folded
_EL_LAW_HEAD = re.compile(r"νομ(?:ος|ου|ο|οι|ων|ους)$|κωδικ|κανονισμ")
# the word for a law or code in the translation's language (German compounds it:
# Steuergesetz), lower-case folded
_LAW_WORDS = {
    "de": re.compile(r"gesetz|kodex|ordnung"), "nl": re.compile(r"wet(?:boek)?(?!\w)"),
    "en": re.compile(r"(?<!\w)(?:law|act|code)(?!\w)"), "fr": re.compile(r"(?<!\w)(?:loi|code)(?!\w)"),
    "es": re.compile(r"(?<!\w)(?:ley|codigo)(?!\w)"), "it": re.compile(r"(?<!\w)(?:legge|codice)(?!\w)"),
    "pt": re.compile(r"(?<!\w)(?:lei|codigo)(?!\w)"),
}


def _el_law_translated(g: Name, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is Greek source name ``g`` a law's or code's title of common words (a head, Νόμος,
    Κώδικας, Κανονισμός, and words the Greek word list knows from Zipf 3: Φορολογικός
    Κώδικας, Αναπτυξιακός Νόμος; no lexicon entity, acronym or given name) while the
    translation has its language's word for a law or code, alone or in a compound
    (Steuergesetzbuch, tax code)?  Greek capitalises such a title's words; the
    translation translated them, not lost."""
    if sl != "el" or len(g.parts) < 2 or g.classes or (rx := _LAW_WORDS.get(tl or "")) is None:
        return False
    if any(p.classes or p.acronym or p.low in _given_names() for p in g.parts):
        return False
    heads = [p for p in g.parts if _EL_LAW_HEAD.match(p.fold)]
    if not heads or any(zipf(p.low, sl) < REAL_WORD for p in g.parts if p not in heads):
        return False
    return rx.search(fold(tgt)) is not None


def _el_body_translated(g: Name, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is Greek source name ``g`` a body's name of common words (``_el_body``: Τμήμα
    Αναπτύξεως Υδάτων, Ομοσπονδίας Περιβαλλοντικών Οργανώσεων) while the translation
    writes a run of capitalised words headed by a body's head noun of its own language
    (Water Development Department, Federation of Environmental Organisations)?  The
    name was translated word by word, not lost."""
    if not _el_body(g, sl) or not _body_head_nouns().get(tl or ""):
        return False
    toks = list(_BODY_TOKEN.finditer(tgt))
    for i, m in enumerate(toks):
        w = m.group()
        if not w[:1].isupper() or not _body_head(w, tl, compound=True):
            continue
        prev = toks[i - 1].group() if i else ""
        after = toks[i + 1].group() if i + 1 < len(toks) else ""
        after2 = toks[i + 2].group() if i + 2 < len(toks) else ""
        if prev[:1].isupper() and i and tgt[toks[i - 1].end():m.start()] == " " \
                or after[:1].isupper() and tgt[m.end():toks[i + 1].start()] == " " \
                or len(after) <= 3 and after2[:1].isupper():
            return True  # (Water Development Department, Federation of Environmental …)
    return False


def _el_body_place_kept(g: Name, tgt: str, sl: str | None, tl: str | None = None) -> bool:
    """Is Greek source name ``g`` a body's name headed by a head noun or an acronym and
    closed by a place in the genitive (Δήμο Χερσονήσου, ΔΕΥΑ Χερσονήσου, Ένωσης
    Ξενοδόχων Χερσονήσου), whose place a capitalised word of the translation transcribes
    (Hersonissos, DEYA Hersonissos, Hersonissos Hoteliers' Association), in its nominative
    too (Ένωση Αλιέων Σάμου ~ Union des pêcheurs de Samos), the target's ending maybe for
    the nominative's last vowel and after a position word a compass point joined to it
    in a compounding language (Προγράμματος Δυτικής Θεσσαλίας ~ Westthessalien)?  The body's
    words are translated, abbreviated or dropped for the place alone; the name is
    rendered, not lost (a place put for another one still is: Δήμο Χερσονήσου ~ Malia)."""
    if sl != "el" or len(g.parts) < 2 or g.classes:
        return False
    last, rest = g.parts[-1], g.parts[:-1]
    if last.acronym or len(last.fold) < 4 or not _EL_GENITIVE.fullmatch(last.fold) \
            or _EL_BODY_HEAD.match(last.fold):
        return False
    if any(p.classes or p.low in _given_names() for p in rest):
        return False
    if not any(p.acronym or _EL_BODY_HEAD.match(p.fold) for p in rest):
        return False
    if len(last.fold) < 5:
        # a short place (Χίου, Κω): only a whole spelling of its nominative says it
        return not last.classes and _el_place_romanised(last, rest[-1], tgt, tl)
    if last.classes:
        # a lexicon place, which the translation may call by its own exonym (Δήμος
        # Ηρακλείου ~ la municipalité d'Héraklion): that place, by any of its names, in a
        # compounding language maybe after the compass point of the position word before
        # it (Δυτικής Θεσσαλίας ~ Westthessalien)
        prefixes = _DIRECTION_PREFIXES.get(tl or "", ()) if _EL_POSITION.fullmatch(rest[-1].fold) else ()
        for m in _SCRIPT_WORD.finditer(tgt):
            if not m.group()[:1].isupper():
                continue
            f = fold(m.group())
            if exonym_classes(f) & last.classes or any(
                    f.startswith(x) and len(f) - len(x) >= 4 and exonym_classes(f[len(x):].lstrip("-")) & last.classes
                    for x in prefixes):
                return True
        return False
    caps = _LOWER_WORD.sub(lambda m: " " * len(m.group()), tgt)
    return transcribes_source(last.text, caps) or _el_place_romanised(last, rest[-1], tgt, tl)


def _el_place_romanised(last: Part, before: Part, tgt: str, tl: str | None) -> bool:
    """Is Greek place word ``last`` (a genitive) a capitalised word of ``tgt`` in a Latin
    spelling of its nominative (Σάμου ~ Samos), the target's ending maybe for its last
    vowel (Θεσσαλίας ~ Thessalien), and, where position word ``before`` stands before it,
    maybe after a compass point joined to it (Δυτικής Θεσσαλίας ~ Westthessalien)?"""
    f = last.fold
    noms = [f[:-len(end)] + nom for end, ns in GREEK_CASES if f.endswith(end) and len(f) - len(end) >= 2
            for nom in ns]  # (a stem of two letters too: Χίου ~ Χίος)
    roms = {r for n in noms for r in greek_romanisations(n) if len(r) >= 4}
    if not roms:
        return False
    prefixes = _DIRECTION_PREFIXES.get(tl or "", ()) if _EL_POSITION.fullmatch(before.fold) else ()
    for m in _SCRIPT_WORD.finditer(tgt):
        w = m.group()
        if not w[:1].isupper():
            continue
        f = fold(w)
        forms = [f] + [f[len(x):].lstrip("-") for x in prefixes if f.startswith(x) and len(f) - len(x) >= 4]
        for c in forms:
            if any(c == r or (len(r) >= 6 and common_prefix(c, r) >= len(r) - 1 and abs(len(c) - len(r)) <= 2)
                   for r in roms):
                return True
    return False


def _head_place_kept(g: Name, tgt: str, tindex: NameIndex, sl: str | None, tl: str | None) -> bool:
    """Is source name ``g`` a body's head noun of data/names/body_heads.txt, capitalised
    (Serbian, Bulgarian, Czech … capitalise a body's first word), and a place after it
    (Општине Ивањица, Управа Чачка, Úřadu Prahy), whose place the translation writes,
    transcribed or as it stands (the Ivanjica municipal building)?  The head noun is a
    common word, translated or left out for the place; the name is rendered, not lost."""
    if len(g.parts) < 2 or g.classes or sl not in _body_heads():
        return False
    head, rest = g.parts[0], g.parts[1:]
    if head.acronym or head.classes or not _is_body_head(head.fold, sl) or head.zipf < 3.0 \
            or {head.low, head.fold.translate(_TO_LATIN)} & _given_names():
        return False  # (Влада, Vlada: a given name too)
    if any(p.acronym or p.low in _given_names() or _is_body_head(p.fold, sl) for p in rest):
        return False
    text = " ".join(p.text for p in rest)
    if _NON_LATIN_LETTER.search(text) and _LATIN_LETTER.search(tgt):
        caps = _LOWER_WORD.sub(lambda m: " " * len(m.group()), tgt)
        return transcribes_source(text, caps)
    rg = Name(text, rest[0].start, rest[-1].end, list(rest), frozenset(), False)
    return _group_present(rg, tindex, tl, sl)


def _el_head_alone(g: Name, src_doc: str, sl: str | None) -> bool:
    """Is Greek source name ``g`` a body's head noun alone, a common word (η Ομοσπονδία,
    το Υπουργείο), that the source article writes elsewhere inside the body's full name,
    beside another capitalised word (Πανελλήνια Ομοσπονδία Εργαζομένων)?  Greek keeps the
    capital when it refers back to the body by its head noun; a translation writes "the
    Federation", "the ministry"."""
    if sl != "el" or len(g.parts) != 1 or g.classes:
        return False
    p = g.parts[0]
    if p.acronym or p.classes or p.zipf < 3.0 or not _EL_BODY_HEAD.match(p.fold) or len(p.fold) < 5:
        return False
    stem = p.fold[:-1]  # (Ένωση ~ Ένωσης, Υπουργείο ~ Υπουργείου)
    words = [(fold(w), w[:1].isupper()) for w in _SCRIPT_WORD.findall(src_doc)]
    for k, (f, cap) in enumerate(words):
        if cap and f.startswith(stem) and (
                (k and words[k - 1][1] and words[k - 1][0] != f) or (k + 1 < len(words) and words[k + 1][1])):
            return True
    return False


def _body_title(g: Name, titles: list[Name], slen: int, tlen: int) -> Name | None:
    """The capitalised title words in the slot of Greek body ``g`` (Hellenic Coast
    Guard for Λιμενικό Σώμα) when they name no lexicon entity (a body replaced by the
    EU or NATO is another body)."""
    t = _title_in_slot(g, [x for x in titles if len(x.parts) >= 2], slen, tlen)
    if t is None or t.classes or any(p.classes or p.acronym for p in t.parts):
        return None
    return t


# a Greek adjective in -ικός, -ιακός in any case (folded): Νησιωτικής, Περιφερειακού
_EL_ADJECTIVE = re.compile(r"\w{3,}ικ(?:ος|ου|ο|ον|η|ης|ην|οι|ων|ους|α|ες)")
# Greek words for a compass point or a position that qualify a place's name (Νοτίου
# Αιγαίου ~ South Aegean, Κεντρικής Μακεδονίας ~ Central Macedonia), folded stems
_EL_POSITION = re.compile(r"(?:βορει|νοτι|ανατολικ|δυτικ|κεντρικ|βορειοανατολικ|βορειοδυτικ|"
                          r"νοτιοανατολικ|νοτιοδυτικ|ανω|κατω|μεσ)\w{0,3}")


def _el_region_of_place(g: Name, tindex: NameIndex, sl: str | None) -> bool:
    """Is Greek source name ``g`` a body's head noun or a position word (Περιφέρεια,
    Νοτίου) around lexicon places that the translation names (Περιφέρεια Νοτίου Αιγαίου ~
    Region of the South Aegean)?  The common words are translated, the place is there."""
    if sl != "el" or len(g.parts) < 2:
        return False
    places = [p for p in g.parts if p.classes]
    if not places or not all(p.classes & tindex.classes for p in places):
        return False
    return all(p.classes or (not p.acronym and (_EL_BODY_HEAD.match(p.fold) or _EL_POSITION.fullmatch(p.fold)))
               for p in g.parts)


def _institution_words(g: Name, src: str, sl: str | None) -> bool:
    """Is Greek source name ``g`` all common words (Zipf 4 or more) inside an institution's
    name: after one of its head nouns, maybe with other capitalised words or "και" between
    (υπουργείο Αγροτικής Ανάπτυξης και Τροφίμων)?"""
    if sl != "el" or not all((p.zipf >= 4.0 or (p.zipf >= 2.5 and _EL_ADJECTIVE.fullmatch(p.fold))
                              or _el_oblique_common(p))
                             and not p.classes for p in g.parts):
        return False  # (a rarer adjective too: Νησιωτικής Πολιτικής ~ Insular Policy)
    before = fold(src[max(0, g.start - 80):g.start])
    m = _EL_INSTITUTION.search(before)
    if m is None:
        return False
    # only capitalised words or "και" between the head and the name
    between = src[max(0, g.start - 80):g.start][m.start():].split()[1:]
    return all(w[:1].isupper() or fold(w) in ("και", "&") for w in between)


# the endings that only a Greek adjective in -ής, -ές takes (μεγαλοπρεπής: genitive
# μεγαλοπρεπούς, plural μεγαλοπρεπείς), accented as written, lower case
_EL_ADJ_CASES = ("ούς", "είς")


def _el_adjective_case(g: Name, sl: str | None) -> bool:
    """Is one-word Greek source name ``g`` an adjective in -ής in its genitive or plural
    (Ευγενούς, Ακριβείς ~ ευγενής, ακριβής), its nominative a word of the word list
    (Zipf 3 or more) and no given name?  Greek capitalises such an adjective in a name
    or a ruler's epithet (… του Ευσεβούς ~ the Pious); the translation translates it:
    no name lost or swapped."""
    if sl != "el" or len(g.parts) != 1 or g.classes:
        return False
    p = g.parts[0]
    low = p.text.lower()
    if p.classes or p.acronym or len(low) < 6 or not low.endswith(_EL_ADJ_CASES):
        return False
    base = low[:-3] + "ής"
    return zipf(base, sl) >= REAL_WORD and base not in _given_names() and low not in _given_names()


def _el_oblique_common(p: Part) -> bool:
    """Is Greek word ``p`` one the word list lacks as written (Zipf under 2) but knows in a
    nominative it may come from (Zipf 3 or more: Εξωστρέφειας ~ εξωστρέφεια), neither
    form a given name?  A common noun in an oblique case, as a body's title declines it."""
    low = p.text.lower()  # (not casefolded: a final ς stays ς)
    if p.zipf >= 2.0 or low in _given_names():
        return False
    return any(zipf(n, "el") >= 3.0 and n not in _given_names() for n in greek_nominatives(low))


# an academic post before the field it is in (ο καθηγητής Φυσικής, η λέκτορας Ιστορίας)
_EL_ACADEMIC = re.compile(r"(?:καθηγητ|λεκτορ|ερευνητ|υφηγητ)\w*\s+$")
# a Greek genitive ending of a field's words (Ιστορίας, Φυσικής, Οικονομικών, Δικαίου)
_EL_GENITIVE = re.compile(r"\w+(?:ας|ης|ων|ου)$")


def _el_field_of_post(g: Name, src: str, sl: str | None) -> bool:
    """Is Greek source name ``g`` the field of an academic post right before it, its
    words in the genitive and the last a common word (καθηγητής Ενάλιας Αρχαιολογίας ~
    professor of underwater archaeology, καθηγήτρια Φυσικής)?  Greek capitalises a
    field there; a translation translates it."""
    if sl != "el" or g.classes or any(p.classes or p.acronym or p.low in _given_names() for p in g.parts):
        return False
    if not all(_EL_GENITIVE.fullmatch(p.fold) for p in g.parts) or g.parts[-1].zipf < 3.0:
        return False
    return _EL_ACADEMIC.search(fold(src[max(0, g.start - 30):g.start])) is not None


# words for a compass point or a position that open a region's name, written as a word
# of their own (Turkish İç Anadolu "Central Anatolia", Güneydoğu Anadolu, Kuzey Kıbrıs),
# folded
_REGION_QUALIFIERS = {
    "tr": frozenset("kuzey guney dogu bati ic orta yukari asagi kuzeydogu kuzeybati guneydogu "
                    "guneybati".split()),
    # Finnish, Estonian and Hungarian position words joined to the region by a hyphen
    # (Sisä-Suomen ~ Inland Finland, Lõuna-Eesti ~ Southern Estonia, Észak-Magyarország)
    "fi": frozenset("pohjois etela ita lansi keski sisa yla ala vali kaakkois lounais koillis "
                    "luoteis".split()),
    "et": frozenset("pohja louna ida laane kesk kirde kagu edela loode".split()),
    "hu": frozenset("eszak del kelet nyugat kozep".split()),
}
# the region a position word qualifies, after a space or a hyphen (Sisä-Suomen), or
# the first of two hyphen-suspended (Länsi- ja Sisä-Suomen)
_QUALIFIED_NEXT = re.compile(r"(?:\s+|[-‐](?:\s+[^\W\d_]{1,4}\s+)?)([^\W\d_])")
_NEXT_CAPITAL = re.compile(r"\s+[^\W\d_a-zçğıöşü]")


def _region_qualifier(g: Name, src: str, sl: str | None) -> bool:
    """Is one-word source name ``g`` a compass point or position word of ``sl`` followed
    by a capitalised word, the region it qualifies (İç Anadolu'daki ~ in Central
    Anatolia)?  The translation translates it; the region's own name is looked for alone."""
    words = _REGION_QUALIFIERS.get(sl or "")
    if not words or len(g.parts) != 1 or g.parts[0].fold not in words:
        return False
    if _NEXT_CAPITAL.match(src, g.end) is not None:
        return True
    m = _QUALIFIED_NEXT.match(src, g.end)
    return m is not None and m.group(1).isupper()


def _compass_rendered(g: Name, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word source name ``g`` a compass word of ``sl`` capitalised as the first word
    of a name (Estonian Lõuna prefektuur, Finnish Etelä-Savo, Hungarian Dél-Alföld) while
    the translation has a word of the same compass point (Southern Prefecture)?  The
    compass word was translated with the name, not lost.  Compass words and their points
    are the direction lexicons' (data/direction, ``compass.*``)."""
    if len(g.parts) != 1 or g.classes or g.parts[0].classes:
        return False
    from .direction import _lookup, lexicon, poles
    lx = lexicon(sl)
    if lx is None:
        return False
    low = g.parts[0].text.casefold()
    points = {(c, pole) for c, pole, _ in _lookup(low, lx) if c.startswith("compass")}
    if not points and sl in _COMPASS_COMPOUNDS:
        points = _compass_head(low, sl, lx)
    if not points:
        return False
    tp = poles(tgt, tl) or {}
    return any(c in tp and tp[c].count[pole] > 0 for c, pole in points)


# languages that join a compass word to a common noun in one word, the noun often with
# its article as an ending (Danish Sydhavnen, "the south harbour"; Swedish Norrhamnen;
# German Nordbahnhof; Dutch Oosthaven)
_COMPASS_COMPOUNDS = frozenset({"da", "nb", "nn", "no", "sv", "de", "nl", "is"})


def _compass_head(low: str, sl: str | None, lx) -> set[tuple[str, int]]:
    """The compass points of a compound ``low`` (lower case) that opens with a compass word
    of ``sl`` (its direction lexicon's ``compass.*``) followed by a common word, not a
    place, of four letters or more (syd|havnen, nord|bahnhof); empty if none."""
    from .direction import _lookup
    for k in range(3, len(low) - 3):
        rest = low[k:]
        if zipf(rest, sl) < 3.0 or exonym_classes(fold(rest)):
            continue  # (Nord|sjælland: a place after the compass word, looked for itself)
        pts = {(c, pole) for c, pole, _ in _lookup(low[:k], lx) if c.startswith("compass")}
        if pts:
            return pts
    return set()


# a compass point opening a word of the translation (Westsibirien, Nordkaukasus)
_COMPASS_OPENING = re.compile(r"(?:nord|sud|ost|west|north|south|east|zapad|sever|vostok|iug|yug)(?:ost|west|east)?-?")


def _compass_compound_rendered(g: Name, index: NameIndex, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is ``g`` a Cyrillic compound adjective of a compass word and a place adjective
    (Западно-Сибирском, Северо-Кавказский, Южно-Уральского) whose compass point the
    translation has and whose place it names (West Siberian, the North Caucasus), or
    writes fused with the compass word (Westsibirien)?  The compound was translated: its
    compass half is a common word, its place half the name."""
    if sl not in _CYR_ADJ_LANGS or len(g.parts) != 2 or g.classes:
        return False
    a, b = g.parts
    if g.text[a.end - g.start:b.start - g.start] not in ("-", "‐"):
        return False
    from .direction import _lookup, lexicon, poles
    lx = lexicon(sl)
    if lx is None:
        return False
    points = {(c, pole) for c, pole, _ in _lookup(a.text.casefold(), lx) if c.startswith("compass")}
    tp = poles(tgt, tl) or {}
    if not points or not any(c in tp and tp[c].count[pole] > 0 for c, pole in points):
        return False
    if _cyrillic_place_adjective(b, index, tl):
        return True
    m = _CYR_PLACE_ADJ.search(b.fold)
    stem = (b.fold[:m.start()] if m else b.fold).translate(_TO_LATIN)
    if len(stem) < 4:
        return False
    for f in index.folds:
        c = _COMPASS_OPENING.match(f)
        if c is not None and f.startswith(stem[:4], c.end()):
            return True
    return False


def _possessive_stem(f: str) -> str | None:
    m = _POSSESSIVE.match(f)
    return m.group(1) if m else None


def _possessive_adjective(g: Name, src: str, sl: str | None) -> bool:
    """Is one-word source name ``g`` a Slavic possessive adjective (a surname with -ov-,
    -ev- or -in- and a case ending that no nominative surname has) before a common noun
    (po Rihterovoj skali, za Nobelovu nagradu)?"""
    if sl not in _SLAVIC_LANGS or len(g.parts) != 1 or _possessive_stem(g.parts[0].fold) is None:
        return False
    m = _LOWER_NEXT.match(src, g.end)
    return m is not None and src[m.end() - 1].islower()


def _direction_place(f: str, lang: str | None, index: NameIndex) -> bool:
    """Is folded name word ``f`` a compass point joined to a place of the lexicon that the
    indexed text names (Ostdeutschland ~ eastern Germany, Norditalien ~ nord de l'Italie,
    Pohjois-Suomi ~ northern Finland)?"""
    for pre in _DIRECTION_PREFIXES.get(lang or "", ()):
        if f.startswith(pre) and len(f) - len(pre) >= 4:
            cls = exonym_classes(f[len(pre):].lstrip("-"))
            if cls and cls & index.classes:
                return True
    return False


# Cyrillic case endings of a noun (folded: й is и) and the nominative endings a stem
# may take instead (Оку ~ Ока, Китая ~ Китай, Москвой ~ Москва)
_CYR_CASE_ENDINGS = ("ами", "ями", "ои", "еи", "ом", "ем", "ою", "ам", "ям", "ах", "ях",
                     "у", "ю", "ы", "и", "е", "а", "я",
                     # Ukrainian і, its genitive and locative (Азії, Англії ~ Азія, Англія; Одесі)
                     "і")
_CYR_NOMINATIVE = ("", "а", "я", "и", "ь", "о")
# ... and the neuter nominative in -е of the languages that decline it (Serbian a town in
# -е: у Врању, из Врања ~ Vranje; Russian -ье: в Заречье, из Заречья)
_CYR_NEUTER_E = frozenset({"sr", "ru", "uk", "be"})
# (read from the dative-locative and instrumental only: a genitive in -а is a feminine
# nominative as often, Јелена, a given name and no case of Јелене)
_CYR_NEUTER_OBLIQUE = ("у", "ем")
_CYR_LANGS = frozenset({"ru", "uk", "be", "bg", "sr"})
# ... and the languages whose place adjectives those tests read (Macedonian has no cases,
# but its adjectives take the definite article: Охридското Езеро ~ Lake Ohrid)
_CYR_ADJ_LANGS = _CYR_LANGS | {"mk"}
# Ukrainian adjective endings the Russian list lacks (folded, й to и), as their Russian
# twins: -ій, -ої, -ім, -і (Вінницькій, Львівської, Київськім)
_UK_ADJ_END = re.compile(r"(?<=ск|цк)(іи|оі|ім|і)$")
_UK_ADJ_TWIN = {"іи": "ои", "оі": "ои", "ім": "ом", "і": "ие"}


def _uk_adj_end(m: re.Match) -> str:
    return _UK_ADJ_TWIN[m.group(1)]
# a Cyrillic place adjective's suffix and case ending (Нижегородской, Московская), or its
# Bulgarian or Macedonian definite article (Мелнишкия, Струмската, Охридското, Охридскиот)
_CYR_PLACE_ADJ = re.compile(r"(?:ск|цк)(?:ои|ая|ое|ии|ыи|ого|ому|ую|ом|их|ых|ие|ые|ими|ыми|а|е|и|у|ою"
                            r"|иот|ата|ото|ите|ия|ият)$")


def _cyrillic_nominatives(f: str, lang: str | None = None) -> list[str]:
    """Folded ``f`` with its case ending replaced by each nominative ending (stem of
    two letters or more; in ``lang`` of ``_CYR_NEUTER_E`` the neuter -е too, after a stem
    of three letters or more)."""
    out = []
    neuter = lang in _CYR_NEUTER_E
    for end in _CYR_CASE_ENDINGS:
        if f.endswith(end) and len(f) - len(end) >= 2:
            stem = f[:-len(end)]
            out += [stem + e for e in _CYR_NOMINATIVE if stem + e != f]
            if neuter and end in _CYR_NEUTER_OBLIQUE and len(stem) >= 3:
                out.append(stem + "е")
    if len(f) >= 5 and (nom := softened_nominative(f, lang)):
        # a Ukrainian -ка, -га, -ха softened before its dative-locative і (у Вербівці ~
        # Verbivka, на Волозі ~ Voloha)
        out.append(nom)
    return out


# a region named after its city (Львівщина, Київщині, Харківщини ~ the Lviv region)
_CYR_REGION = re.compile(r"(.{3,}?)щин(?:а|и|і|у|ою|ой|е)")


_GREEK_CASES = GREEK_CASES


def _greek_case_present(p: Part, index: NameIndex, glang: str | None) -> bool:
    """Is Greek name word ``p``, in an oblique case, in ``index`` in its nominative: its
    exonym (Ευρωπαϊκής Ένωσης ~ Europäische Union) or its transliteration (Καμαρών ~
    Kamares)?"""
    if glang != "el" or p.acronym or not _NON_LATIN_LETTER.search(p.fold):
        return False
    forms = [p.fold[:-len(end)] + nom for end, noms in _GREEK_CASES
             if p.fold.endswith(end) and len(p.fold) - len(end) >= 3 for nom in noms]
    if _nominative_present(forms, index, glang, 0):
        return True
    # the nominative in a Latin spelling of its digraphs (των Γουβών ~ Gouves: ου is ou)
    return any(r in index.folds for c in forms for r in greek_romanisations(c))


def _cyrillic_case_present(p: Part, index: NameIndex, glang: str | None) -> bool:
    """Is Cyrillic name word ``p``, in an oblique case, in ``index`` in its nominative:
    its exonym (Китая ~ China) or its transliteration (Оку ~ Oka)?"""
    if glang not in _CYR_LANGS or p.acronym or not _NON_LATIN_LETTER.search(p.fold):
        return False
    region = _CYR_REGION.fullmatch(p.fold)
    noms = _cyrillic_nominatives(p.fold, glang)
    if _nominative_present(noms + ([region.group(1)] if region else []), index, glang, 4):
        return True
    # (the nominative in the Latin letters of the language's own alphabet, letter for
    # letter: у Врању ~ Vranje, Serbian's Latin ž, c, j, not the English zh, ts, y)
    return glang == "sr" and _transcribed_in([c for c in noms if c.endswith("е")
                                               and p.fold.endswith(_CYR_NEUTER_OBLIQUE)], index)


# the usual Latin spellings of a romanised Cyrillic word brought to one form (Щукино ~
# Shchukino, Ščukino; Жуково ~ Zhukovo, Jukovo; Ия ~ Iya, Ija): digraphs as one letter,
# y and j as i, a doubled letter as one
_ROMAN_DIGRAPHS = (("shch", "s"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"),
                   ("ts", "c"), ("tz", "c"), ("w", "v"), ("y", "i"), ("j", "i"))


def _roman_key(s: str) -> str:
    for a, b in _ROMAN_DIGRAPHS:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def _romanised_as_written(p: Part, index: NameIndex, glang: str | None) -> bool:
    """Is Greek or Cyrillic name word ``p``, as written (a nominative: Ίος, Αιανή, Ока), in
    ``index`` in a letter-by-letter Latin spelling, its vowels too (Ios, Aiani, Oka)?  The
    consonant skeleton reads a longer name; a word of one or two consonants it leaves
    unread, the whole spelling does not."""
    f = p.fold
    if p.acronym or len(f) < 3 or not _NON_LATIN_LETTER.search(f) or len(_consonants(f.translate(_TO_LATIN))) > 2:
        return False
    if f.translate(_TO_LATIN) in _given_names():
        return False  # (a given name says little alone: Анна Смирнова ~ Anna Petrova is
        # another person, the surname decides)
    if glang == "el" and "\u0370" <= f[:1] <= "\u03ff":
        # (in an oblique case too, its nominative: Αιανής ~ Aiani)
        forms = [f] + [f[:-len(end)] + nom for end, noms in _GREEK_CASES
                       if f.endswith(end) and len(f) - len(end) >= 2 for nom in noms]
        return any(r in index.folds for c in forms for r in greek_romanisations(c))
    if glang not in _CYR_ADJ_LANGS or not "\u0400" <= f[:1] <= "\u04ff":
        return False
    forms = [f] + _cyrillic_nominatives(f, glang)  # (an oblique case in its nominative: Оку ~ Oka)
    keys = {_roman_key(c.translate(_TO_LATIN)) for c in forms}
    if glang in ("uk", "be"):  # Ukrainian г is h (Гола ~ Hola)
        keys |= {_roman_key(c.replace("г", "х").translate(_TO_LATIN)) for c in forms}
    return any(len(w) <= len(f) + 4 and _roman_key(w) in keys for w in index.folds if w.isascii())


# the endings English puts on a Latin stem to make its adjective (papal, Roman, Arctic)
_EN_ADJ_ENDINGS = ("al", "an", "ian", "ic")


def _stem_romanised(stem: str, index: NameIndex) -> bool:
    """Is the short stem of a Cyrillic place adjective (тул of Тульском, folded), or that
    stem with a nominative -а, -о, -ы or -и, a word of ``index`` romanised letter by letter
    (Tula, Sumy), or the stem romanised with an English adjective's ending (папськ- ~
    Papal, as in a building's name: Папского дворца ~ Papal Palace)?  A place of a short
    stem is read whole, vowels too."""
    keys = {_roman_key((stem + v).translate(_TO_LATIN)) for v in ("", "а", "о", "ы", "и")}
    keys |= {_roman_key(stem.translate(_TO_LATIN) + e) for e in _EN_ADJ_ENDINGS}
    return any(len(w) <= len(stem) + 3 and _roman_key(w) in keys for w in index.folds if w.isascii())


# Albanian links a place's two words by an article that takes the case (Afrika e Jugut,
# genitive Afrikës së Jugut; Mali i Zi, Malit të Zi)
_SQ_LINK_AFTER = re.compile(r"[ \u00a0]+(?:së|të|e|i)[ \u00a0]+([^\W\d_]+)")
_SQ_LINK_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+(?:së|të|e|i)[ \u00a0]+$")
# folded Albanian case endings of a name's first word and its nominative's (definite) ending
_SQ_NOMINATIVE = (("ise", "ia"), ("es", "a"), ("es", "e"), ("it", "i"), ("ut", "u"), ("", ""))


def _sq_linked_place(g: Name, src: str, index: NameIndex, sl: str | None) -> bool:
    """Albanian source: is one-word group ``g`` a word of a place's name of two words
    linked by an article (Afrika e Jugut, Mali i Zi), here declined (Afrikës së Jugut),
    whose lexicon entity ``index`` names (South Africa)?  The name's words
    split at the lower-case article; read whole, in the nominative, the place is there."""
    if sl != "sq" or len(g.parts) != 1 or g.parts[0].acronym:
        return False
    m = _SQ_LINK_AFTER.match(src, g.end)
    if m is not None and m.group(1)[:1].isupper():
        first, second = g.parts[0].fold, fold(m.group(1))
    else:
        m = _SQ_LINK_BEFORE.search(src, max(0, g.start - 40), g.start)
        if m is None or not m.group(1)[:1].isupper():
            return False
        first, second = fold(m.group(1)), g.parts[0].fold
    for end, nom in _SQ_NOMINATIVE:
        if first.endswith(end) and len(first) - len(end) >= 3:
            base = first[:len(first) - len(end)] + nom
            if any((cls := exonym_classes(base + link + second)) and cls & index.classes for link in ("e", "i")):
                return True
    return False


def _nominative_present(forms: list[str], index: NameIndex, glang: str | None, min_len: int) -> bool:
    """Is one of ``forms`` (a name's nominatives) in ``index``: its exonym, or, for a form
    the lexicon lacks, its romanisation or (``min_len`` letters or more) its
    transliteration?"""
    for c in forms:
        cls = exonym_classes(c)
        if cls and cls & index.classes:
            return True
        if not cls and (c.translate(_TO_LATIN) in index.folds
                        or (len(c) >= min_len and index.transliterated(c, glang) is not None)):
            return True
    return False


def _cyrillic_place_adjective(p: Part, index: NameIndex, glang: str | None) -> bool:
    """Is ``p`` a Cyrillic adjective made from a place of two words (Нижегородской ~
    Nischni Nowgorod, Nizhny Novgorod) whose place the translation names: the same first
    letter and the same last four letters of the romanised stem, the place written as one
    word or two?"""
    if glang not in _CYR_ADJ_LANGS or p.acronym:
        return False
    f = p.fold
    if glang == "uk":
        # (Ukrainian softens the suffix and has endings of its own: Вінницькій, Харківської)
        f = _UK_ADJ_END.sub(_uk_adj_end, f.replace("ськ", "ск").replace("цьк", "цк"))
    m = _CYR_PLACE_ADJ.search(f)
    if m is not None and 3 <= m.start() < 5:
        # a short stem only with its consonant softened, the place transcribed in full
        # (Онежскому ~ Onega, Рижском ~ Riga), or the place itself romanised letter by
        # letter (Тульском ~ Tula, Сумской ~ Sumy)
        stem = f[:m.start()]
        return _transcribed_in(_unsoftened_places(stem), index) or _stem_romanised(stem, index)
    if m is None or m.start() < 5:
        return False
    cls = exonym_classes(f[:m.start()])
    if cls and (cls & index.classes or any(exonym_in_compound(x) & cls for x in index.longs if len(x) >= 7)):
        return True  # the place's exonym, alone or in a compound (Дунавском парку ~ Donaupark)
    # (the -цк- suffix keeps the ц of a place in -ця, -ца: Вінниця ~ вінницький)
    if _adjective_place_transcribed(f[:m.start()] + ("ц" if f[m.start()] == "ц" else ""), index):
        return True
    if _latin_c_adjective(f[:m.start()], index):
        return True
    stem = f[:m.start()].translate(_TO_LATIN)
    if len(stem) >= 5 and any(f.startswith(stem) for c in index.classes for f in entity_stems(c)):
        return True  # a place of the lexicon the translation names, one of whose forms
        # opens with the romanised stem (Сибирском ~ Siberian: Sibirien)
    # (the place's last vowel may drop before the suffix: Струмската ~ Struma)
    return any(len(x) >= len(stem) - 2 and x[0] == stem[0] and (
        x[-4:] == stem[-4:] or (x[-1] in "aeiouy" and len(x) == len(stem) + 1 and x[-5:-1] == stem[-4:]))
        for x in index.folds if x.isascii())


# the endings English and the Romance languages put on a place's Latin stem to make its
# adjective (Corsica ~ Corsican, Corse ~ corsicano)
_LATIN_ADJ_ENDINGS = ("", "s", "an", "ans", "ean", "ian", "en", "ens", "ienne", "iens", "ano", "ana",
                      "ani", "ane", "ien", "ico", "ica", "ique")


def _latin_c_adjective(stem: str, index: NameIndex) -> bool:
    """Is the folded stem of a Cyrillic place adjective (its -ск- ending cut: корсикан of
    Корсиканский, киликии of Киликийского) the Latin stem of a word of ``index`` that
    ends as an English or Romance adjective does (-an, -ian, -ien, -ano): the place as
    English and the Romance languages spell it from Latin, c for к, the linking -ий- read
    as their -i- (Корсиканский ~ Corsican, Киликийского ~ Cilician)?  Five letters of
    stem or more, so a short stem reads no other word."""
    base = stem[:-1] if stem.endswith("ии") else stem
    lat = base.translate(_TO_LATIN)
    if "k" not in lat or len(lat) < 5 or not lat.isascii():
        return False
    c = lat.replace("k", "c")
    for w in index.folds:
        if w.isascii() and w.startswith(c) and w[len(c):] in _LATIN_ADJ_ENDINGS:
            return True
        if w.isascii() and c.endswith("i") and w.startswith(c[:-1]) and w[len(c) - 1:] in _LATIN_ADJ_ENDINGS \
                and len(c) - 1 >= 5:
            return True
    return False


# plural endings of a Cyrillic place's name (folded: й to и), longest first: Bulgarian's
# definite -ите, the oblique cases (-ах, -ами, -ам, -ов, -ях), the nominative -и, -ы
_CYR_PLURAL_PLACE_ENDS = ("ите", "ами", "ями", "ах", "ях", "ам", "ям", "ов", "ев", "и", "ы")
# the plural endings the Latin-script languages give a mountain range's or islands' name
# (German and Dutch Karpaten, English the Tatras, French les Carpates)
_LATIN_PLURAL_PLACE_ENDS = ("en", "n", "es", "s", "e", "i", "y", "")


def _cyrillic_plural_place(g: Name, index: NameIndex, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is ``g`` a Cyrillic place's name in the plural (a mountain range or islands:
    Карпати, Карпатах, Карпатите), maybe after a compass adjective whose point the
    translation has (Южните Карпати ~ die Südlichen Karpaten), whose stem, romanised
    (four letters or more; its first r maybe written rh after Greek, Родос ~ Rhodos), opens a
    word of the translation that ends in a plural ending of the Latin-script languages
    (Karpaten, Carpates)?  The place, rendered."""
    if not g.parts or len(g.parts) > 2 or g.classes or any(p.acronym or p.classes for p in g.parts):
        return False
    if len(g.parts) == 2:
        first = g.parts[0]
        head = Name(first.text, first.start, first.end, [first], frozenset(), g.initial)
        if not _compass_rendered(head, tgt, sl, tl):
            return False
    f = g.parts[-1].fold
    if not "\u0400" <= f[:1] <= "\u04ff":
        return False
    end = next((e for e in _CYR_PLURAL_PLACE_ENDS if f.endswith(e)), None)
    if end is None or len(f) - len(end) < 4:
        return False
    stem = f[:-len(end)].translate(_TO_LATIN)
    if not stem.isascii():
        return False
    stems = {stem, "rh" + stem[1:] if stem[0] == "r" else stem}
    return any(w.isascii() and any(w.startswith(st) and w[len(st):] in _LATIN_PLURAL_PLACE_ENDS for st in stems)
               for w in index.folds)


# the links Russian and Ukrainian put between a place and its adjective's -ск- (Авача ~
# Авачинский, Лена ~ Ленский, Печора ~ Печорский; Камчатка ~ Камчатский, Находка ~
# Находкинский)
_CYR_ADJ_LINKS = ("ин", "ен", "ов", "ев", "")


# a place's last consonant as its adjective softens it before -ск- (Онега ~ Онежский,
# Рига ~ Рижский, Волга ~ Волжский)
_CYR_ADJ_MUTATIONS = (("ж", "г"), ("ш", "х"))


def _adjective_place_transcribed(stem: str, index: NameIndex) -> bool:
    """Is the place of a Cyrillic place adjective's ``stem`` (folded, its -ск- ending cut:
    авачин of Авачинском, камчат of Камчатского) written in ``index`` in a transliteration
    letter for letter (Awatscha in Awatscha-Fischkombinat, Kamtschatka in
    Kamtschatka-Filiale)?  The place is the stem without a linking -ин-/-ов-, then a
    nominative vowel or none, or, before a lost k, -ка (Камчатка); a softened ж or ш
    its place's г or х (Онежском ~ Onega); a place in -и, -ы, -е or -је too (Сочинском ~
    Sotschi, врањски ~ Vranje)."""
    cands = []
    for link in _CYR_ADJ_LINKS:
        if link and not stem.endswith(link):
            continue
        st = stem[:len(stem) - len(link)]
        if len(st) < 3:
            continue
        # (the stem itself a place in a consonant: Житомир ~ житомирський)
        cands += [st + "а", st + "я", st + "о", st + "ка", st]
        # (a plural place or one in -и, -ы, -е, -је: Мытищи ~ мытищинский, Сочи ~ сочинский,
        # Врање ~ врањски, Скопје ~ скопски)
        cands += [st + "и", st + "ы", st + "е", st + "је"]
    return _transcribed_in(cands + _unsoftened_places(stem), index)


def _unsoftened_places(stem: str) -> list[str]:
    """The places a Cyrillic adjective's ``stem`` ending in a softened consonant is made
    from (онеж ~ Онега, Онего; риж ~ Рига)."""
    return [stem[:-len(soft)] + hard + v for soft, hard in _CYR_ADJ_MUTATIONS
            if stem.endswith(soft) for v in ("а", "о")]


_ER_ADJ_LANGS = frozenset({"de", "nl"})


def _transcribed_in(cands: list[str], index: NameIndex) -> bool:
    """Is one of Cyrillic place names ``cands`` written in ``index`` in a transliteration
    letter for letter (four letters or more)?"""
    words = [x for x in index.folds if x.isascii() and len(x) >= 4]
    if index.lang in _ER_ADJ_LANGS:
        # (German and Dutch make a place's adjective with -er: the Kyjiwer Straße)
        words += [x[:-2] for x in words if x.endswith("er") and len(x) >= 7]
    for c in dict.fromkeys(cands):
        units = _renderings(c)
        if units is None or len(units) < 4:
            continue
        if any(_render_cost(x, units, 0)[0] == 0 for x in words):
            return True
    return False


def _cyrillic_people_adjective(p: Part, index: NameIndex, lang: str | None, glang: str | None) -> bool:
    """Is ``p`` a Cyrillic adjective made from a people's name (Хакасского, Бурятской,
    Бурятського) whose people the translation names: the adjective's stem, without the
    last vowels of a people in -и (-ийск-), opening a word of the translation at most
    three letters longer, romanised as English or the target language writes it
    (Chakassen, Khakas; Burjaten, Buryat)?  Russian names regions after their peoples
    (Бурятский автономный округ ~ Autonomer Kreis der Burjaten)."""
    if glang not in _CYR_ADJ_LANGS or p.acronym:
        return False
    f = p.fold.replace("ськ", "ск").replace("цьк", "цк")  # (Ukrainian: Бурятського)
    m = _CYR_PLACE_ADJ.search(f)
    if m is None or m.start() < 4:
        return False
    stem = f[:m.start()].rstrip("аеиоуыэюяьъіїє")
    en = stem.replace("х", "kh").translate(_TO_LATIN)
    if len(en) < 4 or not en.isascii():
        return False
    stems = {en} | _respellings_from_en(en, lang)
    return any(x.startswith(c) and len(x) - len(c) <= 3 for x in index.folds if x.isascii()
               for c in stems if len(c) >= 4)


_COMPOUND_SOURCE_LANGS = frozenset({"de", "nl", "sv", "da", "nb"})


# the generic words a place's compound ends in (Maastal, Rheinufer, Elbmündung, Maasvallei)
_PLACE_TAILS = ("tal", "tals", "tales", "gebiet", "gebiets", "ufer", "ufers", "region", "becken",
                "beckens", "delta", "deltas", "küste", "mündung", "brücke", "dal", "dalen", "vallei",
                "gebied", "oever", "streek", "kust", "bekken", "regio", "monding", "brug")


def _place_compound_kept(p: Part, index: NameIndex, glang: str | None) -> bool:
    """Is name word ``p`` a compound around a lexicon place (Maasvallei, Rheinufer) whose
    place the translation names, alone (the Rhine) or in a place compound of its own
    (Maastal; not Maastricht, another place that starts alike)?"""
    if glang not in _COMPOUND_SOURCE_LANGS or p.acronym or p.classes:
        return False
    cls = exonym_in_compound(p.fold)
    if not cls:
        return False
    if cls & index.classes:
        return True
    return any(x.endswith(_PLACE_TAILS) and exonym_in_compound(x) & cls
               for x in index.longs if len(x) >= 7)


def _from_place_adjective(t: Name, src_text: str, sl: str | None, tl: str | None) -> bool:
    """Is target name ``t`` the place of a Cyrillic place adjective of the source
    sentence (``_cyrillic_place_adjective``)?"""
    if sl not in _CYR_ADJ_LANGS:
        return False
    index = NameIndex(t.text, tl)
    if any(_cyrillic_place_adjective(p, index, sl) for g in find_names(src_text, sl, tl) for p in g.parts):
        return True
    # ... or of one the name finder passes over: opening a sentence before a capitalised
    # generic word (Охридското Езеро ~ Lake Ohrid), or in lower case (охридската пастрмка ~
    # Ohrid trout), as these languages write place adjectives
    return any(_cyrillic_place_adjective(_word_part(m), index, sl) for m in _CYR_WORD.finditer(src_text))


_CYR_WORD = re.compile(r"[Ѐ-ӿ]{7,}")


def _word_part(m: re.Match) -> Part:
    """A bare Part for one word of a text (for the tests that read a word's letters)."""
    w = m.group()
    return Part(w, m.start(), m.end(), fold(w), False, frozenset(), 0.0, w.lower())


def _generic_after_place_adjective(g: Name, text: str, lang: str | None) -> bool:
    """Is one-word group ``g`` a common noun (a lake, river, mountain, valley) after a
    Cyrillic place adjective, the generic head of a place's name that the adjective
    carries (Охридското Езеро ~ Lake Ohrid, Струмската Долина ~ Struma Valley)?  The
    translation translates the generic word; only its capital made it look a name."""
    if lang not in _CYR_ADJ_LANGS or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym or g.parts[0].zipf < 3.5:
        return False
    m = _WORD_BEFORE.search(text, max(0, g.start - 40), g.start)
    if m is None:
        return False
    m2 = _CYR_PLACE_ADJ.search(fold(m.group(1)))
    return m2 is not None and m2.start() >= 4


def _head_classes(form: str, index: NameIndex) -> frozenset[int]:
    """Lexicon entities of the word a joined form starts with ("iraqon" from "Iraq on")."""
    for w in sorted((w for w in index.folds if len(w) >= 4 and form.startswith(w) and w != form),
                    key=len, reverse=True):
        cls = exonym_classes(w)
        if cls:
            return cls
    return frozenset()


# case endings of the languages that decline names (Croatian Visa, Visu, Visom; Polish
# Gdańska's kin): what a three-letter name adds in its cases
_SHORT_CASE_ENDS = ("a", "u", "e", "i", "y", "om", "em", "ом", "а", "у", "е", "і", "и")


# Hungarian case suffixes (folded: -hoz/-hez/-höz, -ból/-ből are one each), longest first
_HU_CASES = ("ert", "kent", "hoz", "hez", "nak", "nek", "ban", "ben", "bol", "rol", "tol", "nal",
             "nel", "val", "vel", "ig", "ba", "be", "ra", "re", "on", "en", "ot", "et", "at", "ul")


def _hungarian_case_present(f: str, index: NameIndex) -> bool:
    """Is folded Hungarian name word ``f`` a case suffix after a stem of four letters or
    more that ``index`` has, inflected or in a near spelling (Kúriáig ~ Kurie: folded, the
    lengthened á is the nominative's a)?"""
    for suf in _HU_CASES:
        if f.endswith(suf) and len(f) - len(suf) >= 4:
            st = f[:-len(suf)]
            if index.inflected(st) is not None or index.near(st) is not None:
                return True
    return False


def _hungarian_stems(forms: list[str], sl: str | None) -> list[str]:
    """The stems (five letters or more) of the folded Hungarian name words ``forms`` that
    end in a case suffix (Miskolcrol ~ miskolc, Debrecenbol ~ debrecen): the nominative
    a translation writes.  Empty out of another language."""
    if sl != "hu":
        return []
    out: list[str] = []
    for f in forms:
        for suf in _HU_CASES:
            if f.endswith(suf) and len(f) - len(suf) >= 5:
                out.append(f[:-len(suf)])
                break
    return list(dict.fromkeys(out))


# a county named by a stem and a word for "land" written as one (Estonian Harjumaa, Tartumaa:
# Harju County, Kreis Tartu), with the case endings after it (folded, longest first)
_COUNTY_WORDS = {"et": ("maa", ("sse", "lt", "le", "st", "ks", "ni", "na", "ta", "ga", "l", "s", "d", ""))}


def _county_stem_present(f: str, lang: str | None, index: NameIndex) -> bool:
    """Is ``f`` a county of ``lang`` written with its land word (Harjumaal) whose stem
    alone the translation writes (Harju County)?"""
    county = _COUNTY_WORDS.get(lang or "")
    if county is None:
        return False
    word, ends = county
    for e in ends:
        if f.endswith(word + e):
            stem = f[:len(f) - len(word) - len(e)]
            return len(stem) >= 3 and stem in index.folds
    return False


@lru_cache(maxsize=1)
def _plural_place_cases() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """data/names/plural_place_cases.txt: language -> (nominative plural endings, oblique
    plural case endings), folded."""
    t = _lang_lists("plural_place_cases.txt")
    return {lang[:-4]: (tuple(fold(e) for e in t[lang]), tuple(fold(e) for e in t.get(lang[:-4] + ".obl", ())))
            for lang in t if lang.endswith(".nom")}


def _plural_case_stem(f: str, lang: str | None) -> str | None:
    """The stem of folded ``f`` written with an oblique plural case ending of ``lang``
    (lučah, lučami ~ luč), three letters or more; None where it has none."""
    cases = _plural_place_cases().get(lang or "")
    if cases is None:
        return None
    return next((f[:-len(e)] for e in cases[1] if f.endswith(e) and len(f) - len(e) >= 3), None)


def _plural_case_present(f: str, glang: str | None, index: NameIndex, lang: str | None) -> bool:
    """Is ``f`` (folded, written in ``glang``) a plural place name in one of its two
    forms and ``index`` (in ``lang``) the same name in the other: the source's oblique
    plural case (v Lučah, med Lučami; w Katowicach) for the nominative the translation
    keeps (Luče, Katowice), or that nominative for the oblique case?  The stem must be
    the same letter for letter, the ending one of the language's (data/names/
    plural_place_cases.txt)."""
    stem = _plural_case_stem(f, glang)
    if stem is not None:
        return any(stem + e in index.folds for e in _plural_place_cases()[glang][0])  # type: ignore[index]
    cases = _plural_place_cases().get(lang or "")
    if cases is None or glang == lang:
        return False
    return any(f.endswith(e) and len(f) - len(e) >= 3 and any(f[:len(f) - len(e)] + o in index.folds
                                                               for o in cases[1])
               for e in cases[0])


def _short_stem_case(f: str, index: NameIndex, lang: str | None = None) -> bool:
    """Is ``f`` a three-letter name of ``index`` (or of the exonym lexicon, its exonym in
    ``index``) with a case ending (visa, visu ~ vis; in Albanian, ``lang``, the definite
    or case ending of a name in a vowel too: Vaut, Vaun ~ Vau)?  The
    longer names' cases the index finds itself (``NameIndex.inflected``)."""
    ends = _SHORT_CASE_ENDS + _SHORT_CASE_ENDS_LANG.get(lang or "", ())
    return 4 <= len(f) <= 5 and any(f.endswith(e) and len(f) - len(e) == 3 and (
        f[:3] in index.folds or bool(exonym_classes(f[:3]) & index.classes))
        for e in ends)  # or its exonym there (w Ełku ~ in Lyck)


# a language's own case endings of a short name beyond _SHORT_CASE_ENDS (folded):
# Albanian's definite -t, -n after a stem in a vowel (Vau, Vaut, Vaun) and -it, -in, -es
_SHORT_CASE_ENDS_LANG = {"sq": ("t", "n", "it", "in", "es", "se", "ut", "un")}


# ---------------------------------------------------------------------------------
# phonetic transcription of English names (Latvian writes foreign names as they sound,
# with its own endings: Lee ~ Lī, Crowley ~ Kroulija, Daly ~ Deilija, Smith ~ Smits)
# ---------------------------------------------------------------------------------
# English spelling -> a rough sound, in one pass, longest first (C = ch, S = sh, J = j)
_EN_SOUND_RULES = (("tch", "C"), ("sch", "S"), ("ch", "C"), ("sh", "S"), ("ph", "f"), ("th", "t"),
                   ("ck", "k"), ("gh", ""), ("qu", "kv"), ("wh", "v"), ("x", "ks"), ("j", "J"),
                   ("ce", "se"), ("ci", "si"), ("cy", "si"), ("c", "k"), ("ee", "i"), ("ea", "i"),
                   ("ie", "i"), ("oo", "u"), ("aw", "o"), ("w", "v"), ("z", "s"), ("q", "k"))
_EN_SOUND_RE = re.compile("|".join(re.escape(a) for a, _ in _EN_SOUND_RULES))
_EN_SOUND = dict(_EN_SOUND_RULES)
# the target language's letters -> the same rough sound; its name endings (nominative
# and cases, longest first), which a transcribed name takes after its stem
_PHONETIC_LANGS = {
    "lv": ((("dž", "J"), ("č", "C"), ("š", "S"), ("ž", "s"), ("z", "s"), ("ķ", "k"), ("ģ", "g"),
            ("ļ", "l"), ("ņ", "n"), ("ā", "a"), ("ē", "e"), ("ī", "i"), ("ū", "u"), ("c", "ts"),
            ("w", "v")),
           ("ijām", "ijas", "ijai", "ijā", "iju", "ija", "iem", "am", "ai", "as", "es", "is", "us",
            "os", "ei", "em", "im", "um", "ij", "s", "a", "e", "i", "u", "ā", "ē", "ī", "ū", "š")),
}
_PHONETIC_RES = {lang: (re.compile("|".join(re.escape(a) for a, _ in letters)), dict(letters), ends)
                 for lang, (letters, ends) in _PHONETIC_LANGS.items()}
_SOUND_VOWELS = "aeiouyj"


@lru_cache(maxsize=4096)
def _en_sound(w: str) -> str:
    """A rough sound of English name word ``w`` (Crowley ~ krovli, Lee ~ li)."""
    f = fold(w)
    if f.endswith(("'s", "’s")):
        f = f[:-2]
    # a w or y after a vowel is part of it (Crowley, Shaw, Daly)
    f = re.sub(r"(?<=[aeiou])w", "u", f)
    s = _EN_SOUND_RE.sub(lambda m: _EN_SOUND[m.group()], f)
    s = s[:1] + s[1:].replace("h", "")  # (an h inside a name is mostly silent or a digraph's)
    return _squeeze(s)


def _sound_skeleton(s: str) -> str:
    return "".join(c for c in s if c not in _SOUND_VOWELS)


@lru_cache(maxsize=4096)
def _local_sounds(w: str, lang: str) -> tuple[str, ...]:
    """Rough sounds of the stems of ``w``, a name word of ``lang`` (_PHONETIC_LANGS), with
    each of the language's endings taken off (Kroulija ~ kroul, kroulij, krouli)."""
    pat, table, ends = _PHONETIC_RES[lang]
    low = w.lower()
    stems = [low] + [low[:-len(e)] for e in ends if low.endswith(e) and len(low) > len(e)]
    out = []
    for st in stems:
        s = _squeeze(pat.sub(lambda m: table[m.group()], st))
        if s and s not in out:
            out.append(s)
    return tuple(out)


def _sounds_alike(en: str, local: str, lang: str) -> bool:
    """Does ``local``, a name word of ``lang``, transcribe English name word ``en`` as it
    sounds: the same consonants in order (two or more; one only with the same vowels:
    Lee ~ Lī), the same first sound?"""
    if not en.isascii() or not en[:1].isupper() or not local[:1].isupper() or fold(local) == fold(en):
        return False
    es = _en_sound(en)
    ek = _sound_skeleton(es)
    if not ek:
        return False
    for ls in _local_sounds(local, lang):
        lk = _sound_skeleton(ls)
        if lk != ek or (es[0] != ls[0] and not (es[0] in _SOUND_VOWELS and ls[0] in _SOUND_VOWELS)):
            continue
        if len(ek) >= 2 or es == ls:
            return True
    return False


def _phonetic_present(p: Part, index: NameIndex, lang: str | None, glang: str | None) -> bool:
    """Is name word ``p`` (in ``glang``) in ``index`` (in ``lang``) transcribed as it
    sounds, one side English and the other a language that writes foreign names so
    (Latvian: Lee ~ Lī, Crowley ~ Kroulija; and back)?"""
    if p.acronym or len(p.text) < 2:
        return False
    if glang == "en" and lang in _PHONETIC_LANGS:
        return any(_sounds_alike(p.text, w, lang) for w in index.forms.values())
    if lang == "en" and glang in _PHONETIC_LANGS:
        return any(_sounds_alike(w, p.text, glang) for w in index.forms.values())
    return False


# Vietnamese abbreviations of common administrative words that open a body's or a
# place's name (UBND = Ủy ban nhân dân "People's Committee", HĐND, TP = thành phố "city",
# TX = thị xã, TT = thị trấn, BQL = Ban quản lý, KCN = khu công nghiệp, THPT = upper
# secondary school): translated as words, they are no name word a translation keeps
_VI_ADMIN_ABBREVIATIONS = frozenset("UBND HĐND TP TX TT MTTQ BQL BCH KCN THPT THCS CSGT".split())


def _group_present(g: Name, index: NameIndex, lang: str | None, glang: str | None = None, *,
                   expand: bool = False) -> bool:
    """Is name group ``g`` (written in ``glang``) in ``index`` (in ``lang``) in any
    recognisable form?  ``expand``: an acronym counts as present when the text writes
    out its words (see ``_expandable``)."""
    found = 0
    last_rarest_found = False
    short_first = last_found = False
    # an initial is no name word of its own (Joseph S. Nye ~ Nye: one of two words there)
    parts = [p for p in g.parts if not (p.acronym and len(p.fold) == 1)] or g.parts
    if glang == "vi" and len(parts) > 1:
        parts = [p for p in parts if p.text.rstrip(".") not in _VI_ADMIN_ABBREVIATIONS] or parts
    rarest = min(parts, key=lambda p: p.zipf) if len(parts) > 1 else None
    for p in parts:
        st, form = status(p, index, glang)
        ok = st in ("exact", "inflected")
        if not ok and 3 <= len(p.fold) <= 4 and not p.acronym:
            # an abbreviation spelled out (Fed ~ Federal Reserve)
            ok = any(x.startswith(p.fold) for x in index.longs)
        if not ok and expand and p.acronym and _spelled_out(p.text, index):
            ok = True  # an acronym whose words the translation writes (KP ~ Kyoto-Protokoll)
        if not ok and expand and p.acronym and _spelled_out_reordered(p.text, index):
            ok = True  # ... in the target language's word order (SPF ~ Federal Public Service)
        if not ok and p.acronym and len(p.text) >= 3 and glang and \
                _adapted_acronym(p.text, index, same_length=True, lang=glang):
            ok = True  # the target language's acronym (EMU ~ EWU, IMF ~ IWF)
        if not ok and not p.acronym and _derived(p.fold, index):
            ok = True  # a demonym or adjective made from the name (Nepal ~ népalais)
        if not ok and not p.acronym and _SLAVIC_PLACE_ADJ.search(p.fold, 3) and any(
                _place_adjective(p.fold, x) for x in index.folds):
            ok = True  # a Slavic place adjective, the place itself or its adjective there
            # (Pulskom ~ Pula, Istarsko ~ Istrische)
        if not ok and not p.acronym and glang in _SLAVIC_LANGS and (stem := _possessive_stem(p.fold)) \
                and any(len(w) >= 4 and _fuzz_ratio(stem, w) >= 80 for w in index.folds):
            ok = True  # the person of a possessive adjective (Rihterovoj ~ Richter)
        if not ok and _place_compound_kept(p, index, glang):
            ok = True  # a place inside a compound, the compound translated (Maasvallei ~
            # Maastal, Rheinufer ~ rive du Rhin)
        if not ok and (_cyrillic_case_present(p, index, glang) or _cyrillic_place_adjective(p, index, glang)
                       or _cyrillic_people_adjective(p, index, lang, glang)
                       or _greek_case_present(p, index, glang)):
            ok = True  # an oblique case of a name, or a place adjective, for the place
            # itself (через Оку ~ über die Oka, Нижегородской области ~ Gebiet Nischni Nowgorod)
        if not ok and _romanised_as_written(p, index, glang):
            ok = True  # a short name romanised letter by letter (Ίος ~ Ios, Ока ~ Oka)
            if len(parts) >= 2 and p is parts[0]:
                short_first = True  # (counted below only if the last word is there too)
        if not ok and not p.acronym and glang == "hu" and _hungarian_case_present(p.fold, index):
            ok = True  # a case suffix after the name, its last vowel lengthened before it
            # (a Kúriáig "up to the Kúria" ~ die Kurie, Szegedre ~ Szeged)
        if not ok and not p.acronym and glang in _ENDING_LANGS and _short_stem_case(p.fold, index, glang):
            ok = True  # a name of three letters with a case ending (iz Visa, na Visu ~ Vis)
        if not ok and not p.acronym and _plural_case_present(p.fold, glang, index, lang):
            ok = True  # a plural place name in an oblique case for its nominative (v Lučah,
            # med Lučami ~ in Luče; w Katowicach ~ Katowice), or back
        if not ok and not p.acronym and _county_stem_present(p.fold, glang, index):
            ok = True  # an Estonian county by its land word (Harjumaal ~ Harju County)
        if not ok and not p.acronym and _direction_place(p.fold, glang, index):
            ok = True  # a compass point joined to a place (Ostdeutschland ~ eastern Germany)
        if not ok and not p.acronym and _demonym_kept(p, glang, index):
            ok = True  # the place of a demonym, or another demonym of it (Bremer ~ Bremen)
        if not ok and glang == "en" and not p.acronym and any(
                r in index.folds or r + "s" in index.folds for r in _respellings_from_en(p.low, lang)):
            ok = True  # the target language's transliteration (Yeltsin ~ Jelzin, Jelzins)
        if not ok and _phonetic_present(p, index, lang, glang):
            ok = True  # an English name transcribed as it sounds, in a language that writes
            # foreign names so (Latvian Lee ~ Lī, Crowley ~ Kroulija)
        if not ok and p.classes and not p.acronym and lang not in _LEXICON_LANGS and _place_echoed(p, index):
            ok = True  # a people or adjective the lexicon cannot spell in this language (svenskarna)
        if not ok and p.classes and not p.acronym and lang == "vi" and _vi_short_country(p.classes, index):
            ok = True  # a Vietnamese country's short name (Britain ~ sang Anh)
        if not ok and p.classes and not p.acronym and _misspelt_exonym(p.classes, index):
            ok = True  # the place's own name, misspelt (Russland ~ Rusland): S006's case
        if st == "near" and form is not None:
            # a spelling variant counts as present (N001 judges it), unless both spellings
            # are distinct real names of the target language (Austria vs Australia);
            # one letter more or less is a variant (Labour/Labor)
            ok = (_indel(p.fold, form) <= 1 or p.classes
                  or not (zipf(p.low, lang) >= REAL_WORD and zipf(index.low(form), lang) >= REAL_WORD))
            if ok and _common_word_near(p, index.low(form), lang, glang):
                ok = False  # Leeds ~ "Lees ook" (read also): a common word, no variant
            if ok and p.classes:
                # a near spelling that is another place of the lexicon is that place
                # (Iran ~ Iraq), not a variant of this one
                other = exonym_classes(form) or _head_classes(form, index)
                ok = not other or bool(other & p.classes)
        if ok:
            found += 1
            last_found = last_found or p is parts[-1]
            if p is parts[-1] and (p is rarest or (
                    len(parts) >= 3 and not g.classes
                    and not any(q.classes or q.acronym for q in parts)
                    and p.zipf < _COMMON_WORD and all(q.zipf < REAL_WORD + 1 for q in parts))):
                # a person is named by the surname alone (Recep Tayyip Erdoğan ~ Erdogan):
                # the last of three rare words (not Federal Reserve Bank ~ Bank)
                last_rarest_found = True
    if short_first and not last_found:
        # a short first word read back whole, the last word of the name nowhere: most often a
        # given name with another surname after it (Олег Мельник ~ Oleh Kravets), no presence
        found -= 1
    if found * 2 >= len(parts) or last_rarest_found:
        return True
    # the whole group written as one word (Hong Kong ~ Hongkong)
    if len(g.parts) > 1:
        joined = "".join(p.fold for p in g.parts)
        if joined in index.folds or (g.classes and g.classes & index.classes):
            return True
    return False


@lru_cache(maxsize=1)
def _vi_short_countries() -> dict[int, tuple["re.Pattern[str]", ...]]:
    """Entity id -> patterns of its Vietnamese short name (data/names/short_countries.vi.txt)."""
    from ._text import _entity_index
    ix = _entity_index()
    out: dict[int, list] = {}
    for line in _read_lines(_NAMES_DATA / "short_countries.vi.txt"):
        name, _, short = (x.strip() for x in line.partition("|"))
        if name in ix and short:
            out.setdefault(ix[name], []).append(re.compile(rf"(?<![^\W\d_]){re.escape(short)}(?![^\W\d_])"))
    return {k: tuple(v) for k, v in out.items()}


def _vi_short_country(classes: frozenset[int], index: NameIndex) -> bool:
    """Does Vietnamese text ``index`` write the short name of a country of ``classes``
    (Anh for Britain), capitalised after a lower-case word and before no capitalised word
    (sang Anh, sang Nhật; not a sentence's opening pronoun, nor a given name, Lan Anh)?"""
    text = index._text
    for c in classes:
        for rx in _vi_short_countries().get(c, ()):
            for m in rx.finditer(text):
                before = text[:m.start()].rstrip()
                if len(before) == m.start() or not before:
                    continue  # no space before it: inside a word, or opening the text
                prev = before.split()[-1]
                nxt = text[m.end():].split(None, 1)
                if prev[:1].islower() and prev[-1:].isalpha() and not (nxt and nxt[0][:1].isupper()):
                    return True
    return False


def _common_word_near(p: Part, low: str, lang: str | None, glang: str | None) -> bool:
    """Is ``low``, a word of the indexed text near name word ``p`` in spelling, a very
    common word of ``lang`` (Zipf 4.5 or more) far commoner there than the name (by 1.5),
    no name there (``namelike``: not Gaddafi ~ Qaddafi) and no form of the name's lexicon
    entity (Dutch lees "read" ~ Leeds)?  That word, not a spelling variant of the name."""
    if p.acronym or not has_freq(lang):
        return False
    z = zipf(low, lang)
    return z >= _COMMON_WORD and z >= zipf(p.low, lang) + 1.5 \
        and not namelike(low, lang, glang, initial=False) and not (p.classes & exonym_classes(fold(low)))


def _adapted_acronym(acronym: str, index: NameIndex, same_length: bool = False,
                     lang: str | None = None) -> bool:
    """Has the indexed text the acronym adapted to its language: the same first letter,
    two thirds of the letters in order (IAEA ~ IAEO, EMU ~ EWU, ECB ~ EZB)?  With
    ``same_length``, of its length too (not NATO ~ NAFTA); with ``lang`` (the language
    ``acronym`` is written in), one the indexed language's texts know (not a slip: TTIP ~
    THIP) and that language's texts do not use as well: that is another body (WTO ~ WHO,
    WEF ~ WWF, UAV ~ USA), not an adaptation."""
    return any(a[:1] == acronym[:1] and (not same_length or len(a) == len(acronym))
               and _fuzz_ratio(a, acronym) >= 60
               and (lang is None or (zipf(a.lower(), lang) < REAL_WORD and zipf(a.lower(), index.lang) > 1.0))
               for a in index.acronyms)


def _spelled_out(acronym: str, index: NameIndex) -> bool:
    """Do consecutive capitalised words of the indexed text start with the letters of
    ``acronym``, in order (Kyoto-Protokoll ~ KP, National Rifle Association ~ NRA)?
    Two letters only in one hyphenated word, or when written with stops (L.A. ~ Los
    Angeles): two capitalised words in a row are common in German, a hyphenated compound
    that spells the letters is not."""
    letters = acronym.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    text = index.text
    words, starts, ends = _piece_cols(text)
    joins = ("-", "‐") if len(letters) == 2 and "." not in acronym else tuple(_JOINERS)
    n, k = len(words), len(letters)
    for i in range(n - k + 1):
        if words[i][:1] != letters[0]:
            continue
        for j in range(1, k):
            if words[i + j][:1] != letters[j] or text[ends[i + j - 1]:starts[i + j]] not in joins:
                break
        else:
            return True
    return False


def _spelled_out_reordered(acronym: str, index: NameIndex) -> bool:
    """Do consecutive capitalised words of the indexed text start with the letters of
    ``acronym`` in another order: a body's name translated into a language that orders
    its words differently (Service public fédéral, SPF ~ Federal Public Service, Bundesamt
    für ... ~ Federal Office of ...)?  Three to six distinct letters, every word of the run
    capitalised and no acronym itself, one letter for each word."""
    letters = acronym.replace(".", "")
    k = len(letters)
    if not (3 <= k <= 6 and letters.isalpha() and letters.isupper() and len(set(letters)) == k):
        return False
    want = sorted(letters)
    text = index.text
    words, starts, ends = _piece_cols(text)
    n = len(words)
    for i in range(n - k + 1):
        run = words[i:i + k]
        if not all(w[:1].isupper() and not w.isupper() and len(w) >= 3 for w in run):
            continue
        if any(text[ends[i + j]:starts[i + j + 1]] not in _JOINERS for j in range(k - 1)):
            continue
        if sorted(w[0] for w in run) == want:
            return True
    return False


def _expandable(g: Name, text: str) -> bool:
    """May source name ``g``'s acronym be written out by the translation instead
    (Non-KP ~ Kyoto-Protokoll)?  Not one the source gives in brackets after its words,
    "Welthandelsorganisation (WTO)": there the translation keeps the acronym too."""
    if not any(p.acronym for p in g.parts):
        return False
    return not (text[max(0, g.start - 1):g.start] == "(" and text[g.end:g.end + 1] == ")")


def _derived(f: str, index: NameIndex) -> bool:
    """Does the text have a lower-case word made from folded name ``f`` (an adjective or
    demonym: Himalaya ~ himalayenne, Nepal ~ népalais, Corsica ~ korsischer), maybe behind
    a prefix of position (``_PLACE_PREFIXES``: Atlantik ~ transatlantique)?

    Shared prefix of at least 4-5 letters, on folded forms or transliteration skeletons;
    only lower-case words count (a capitalised word sharing a prefix may be another
    name: Austria vs Australien)."""
    if len(f) < 4:
        return False
    need = 4 if len(f) <= 5 else 5
    sk = skeleton(f)
    p3 = f[:3]
    for w in index.longs:
        form = index.forms.get(w)
        if form is None or not form[:1].islower():
            continue
        if w[:3] == p3 and common_prefix(f, w) >= need:
            return True
        if w[:1] in (f[:1], sk[:1]) and common_prefix(sk, skeleton(w)) >= need:
            return True
        if len(f) >= 5 and w.startswith(_PLACE_PREFIXES):
            # behind a prefix of position (Sahel ~ subsahélien, Andes ~ transandina,
            # Amazonas ~ panamazónica): the place's adjective, the name's stem in it
            k = _PLACE_PREFIX_RE.match(w).end()
            if w[k:k + 3] == p3 and len(w) - k > need and common_prefix(f, w[k:]) >= need:
                return True
    return _derived_noun(f, index)


# prefixes of position or extent that make an adjective of a place's (subsaharien,
# transalpin, cisjordanien, panafricain, ultramontano): longest first.  Not pre-, post-,
# anti- or inter-, which make common words of common words far more often (predominant,
# international)
_PLACE_PREFIXES = ("circum", "trans", "ultra", "sub", "cis", "pan")
_PLACE_PREFIX_RE = re.compile("|".join(_PLACE_PREFIXES))


# what a noun made from a name adds after the name's stem (Bundesliga ~ Bundesligisten,
# Brandenburg ~ Brandenburger, Kosovo ~ Kosovaren), with a case or plural ending
_NOUN_DERIVATION = re.compile(r"(?:i?st|i?an|är|ar|er|es)(?:en|in|innen|e|er|ern|es|s|n)?")


def _derived_noun(f: str, index: NameIndex) -> bool:
    """Does the text have a capitalised noun made from folded name ``f`` (a language that
    capitalises its nouns: Bundesligában ~ Bundesligisten)?  The noun keeps all of the
    name's stem but its last four letters at most (a vowel and a case ending of the
    source: -ában), eight letters at least, and adds a derivation suffix only (not
    Niederlande ~ Niederlausitz)."""
    if len(f) < 9:
        return False
    for w in index.longs:
        k = common_prefix(f, w)
        if k >= 8 and k >= len(f) - 4 and len(w) > k and _NOUN_DERIVATION.fullmatch(w, k) \
                and index.forms.get(w, "")[:1].isupper():
            return True
    return False


def _place_echoed(p: Part, index: NameIndex) -> bool:
    """Does the text have a word of six letters or more that opens as a one-word name of
    the place ``p`` names or whose people or adjective it is, and that names no other
    place of the lexicon (Swedes ~ svenskarna by Sverige, Danes ~ danskerne by Danmark,
    Finns ~ suomalaiset by Suomi)?  For a language whose demonyms the lexicon lacks."""
    heads = _openings(p.classes)
    for w in index.longs:
        if w[:3] in heads and (len(w) >= 6 or (len(w) == 5 and index.forms.get(w, "")[:1].isupper())):
            other = exonym_classes(w)
            if not other or other & p.classes:
                return True
    return False


def _echoes_source_place(t: Name, sindex: NameIndex) -> bool:
    """Is target name ``t`` a people or adjective of a place the source names, in a
    language whose demonyms the lexicon lacks (Greeks ~ Έλληνες by Ελλάδα; Cyprus ~
    Παγκύπριος, the prefix "all-" set aside)?"""
    opening = {p.fold[:3] for p in t.parts if len(p.fold) >= 5 and not p.acronym}
    # (a Greek "all-" compound by the word after its prefix: Παγκύπριος ~ Κύπριος by Κύπρος)
    opening |= {p.fold[3:6] for p in t.parts if len(p.fold) >= 8 and p.fold.startswith(_GREEK_PAN)
                and p.text[:1].isupper()}
    if not opening:
        return False
    for w in sindex.longs:
        cs = exonym_classes(w)
        if cs and opening & _openings(cs):
            return True
    return False


def _openings(classes: frozenset[int]) -> set[str]:
    """The first three letters of the one-word names of the entities ``classes``."""
    return set().union(*(entity_openings(c) for c in classes))


def _demonym_kept(p: Part, plang: str | None, index: NameIndex) -> bool:
    """Does the indexed text name the place name word ``p`` (written in ``plang``) is a
    demonym or adjective of, have a demonym of the place ``p`` names, or another demonym
    of the same place (Bremer ~ Bremen, Texas ~ Texan, Berner ~ bernois, Marseille ~
    Marseiller)?  By each language's endings (``demonym_stems``), capitalised words too
    (unlike ``_derived``); a word that is a lexicon form of another place than ``p``'s
    is that place (Niger ~ Nigerianer)."""
    f = p.fold
    if len(f) < 4:
        return False
    own = demonym_stems(p.low, plang)
    p2 = f[:2]
    for w in index.longs:
        # a place and its demonym share their first letters (irregular pairs, Zürich ~
        # Zürcher, Wien ~ Viennese, are lexicon forms; a consonant alternation may come
        # third: Rīga ~ rīdziniece)
        if w[:2] != p2 or w == f or w not in index.forms:
            continue
        theirs = demonym_stems(index.low(w), index.lang)
        if not (any(stem_of_place(s, w) for s in own) or any(stem_of_place(s, f) for s in theirs)
                or any(s in own for s in theirs)):
            continue
        other = exonym_classes(w)
        if p.classes and other and not p.classes & other:
            continue
        return True
    # two demonyms of one place the lexicon names in each language (Litouwers ~ Litauer:
    # Litouwen ~ Litauen), sharing their first two letters
    own_c = _places_of_stems(own)
    if own_c:
        for w in index.longs:
            if w[:2] == f[:2] and w != f and w in index.forms and \
                    _places_of_stems(demonym_stems(index.low(w), index.lang)) & own_c:
                return True
    return False


_PLACE_ENDINGS = ("", "en", "e", "a", "ia", "ie", "o", "i", "y", "land")


def _places_of_stems(stems: tuple[str, ...]) -> frozenset[int]:
    """The lexicon places a demonym's stems name with a usual ending (litouw → Litouwen)."""
    out: frozenset[int] = frozenset()
    for s in stems:
        if len(s) >= 4:
            for e in _PLACE_ENDINGS:
                out |= exonym_classes(s + e)
    return out


def _indel(a: str, b: str) -> int:
    from rapidfuzz.distance import Indel
    return Indel.distance(a, b)


def strong(g: Name, lang: str | None, other: str | None = None, *, limit: float = 5.0) -> bool:
    """Is ``g`` surely a name (not a capitalised common word or a translatable acronym)?

    Exonyms are strong.  An acronym is strong when it is about as frequent in ``other``
    (CNN, FBI; not WM → World Cup, CEDH → ECHR).  Otherwise a group needs a word that is
    not a frequent word of its language: German capitalises nouns (a German word below
    Zipf 4.5 or one as frequent abroad, Twitter, Paris), English its institutions
    (``limit`` 4.5 for translations: Hospital, Navy, World Cup are not names).
    """
    parts = [p for p in g.parts if not p.acronym]
    if parts and all(p.adjective for p in parts):
        return False  # German, Asian, französisch: an adjective may be reworded
    if g.classes or any(p.classes for p in g.parts):
        return True
    if lang in _OWN_SCRIPT_LANGS and parts and not any(p.fold.isascii() for p in parts):
        # Cyrillic and Greek capitalise names only (the other scripts of the set have no
        # capitals): a capital is the evidence, save a lone word opening the sentence
        return not (g.initial and len(g.parts) == 1)
    if not parts:
        if limit < 5.0 or not has_freq(lang) or not has_freq(other):
            return False  # a translation's acronym may be the translated one (EWR for EEA)
        # kept abroad (CNN, FBI, ESPN), not a policy acronym that gets spelled out (CEOs)
        return any(zipf(p.low, other) >= max(2.0, p.zipf - 0.5) for p in g.parts)
    if g.initial and len(parts) == 1 and parts[0].zipf >= 3.0 and \
            (limit < 5.0 or lang not in ("de", "nl", "sv", "da", "nb")) and \
            not _world_name(parts[0].low, lang, parts[0].zipf):
        return False  # a sentence-initial common word (Skiing, Coordination, Police; not Obama)
    if lang in ("de", "nl", "sv", "da", "nb"):
        for p in parts:
            if p.zipf < 4.5 and lang == "de" and _DE_NOUN_END.search(p.low) and not de_proper(p.text, p.zipf):
                continue  # a rare word formed as a noun is one (Umschuldung, Velofahrende)
            if p.zipf < 4.5:
                return True
            others = [zipf(p.low, x) for x in ("en", "fr", "es", "it") if x != lang]
            if min(others) >= p.zipf - 0.8 - 1e-9:  # tenths: 4.9 - 0.8 must equal 4.1
                return True
        return False
    if _capital_marks_name(g, lang):
        return True  # however frequent at home (Erdoğan)
    return min(p.zipf for p in parts) < limit


def _capital_marks_name(g: Name, lang: str | None) -> bool:
    """Is ``g`` inside a sentence of a language whose capitals there mark names only?
    Polish, Turkish, Finnish … capitalise no nouns, institutions or titles (Romance
    languages do: el Gobierno), so a capital that find_names took for a name (as frequent
    abroad as a name is) is one, however frequent at home (Erdoğan, Fiala)."""
    return lang in _NAME_CAPS and lang not in _ROMANCE and not g.initial


_COMMON = 4.0  # Zipf from which a capitalised word is a common word of its language
_GERMANIC = ("de", "nl", "sv", "da", "nb")


def _international(p: Part, lang: str | None) -> bool:
    """Is a word of a language other than English (or German, which capitalises its
    nouns) used in English and in most of the big languages at Zipf 3 or more (Valencia,
    Utrecht, Berlín)?  A capitalised word of that kind is a place or a person, however
    frequent at home: a title word of a language is rare abroad (Cumbre, Kamer, Raad,
    Gobierno stay under 2.5)."""
    if lang in ("en", "de", "lb") or not has_freq(lang):
        return False
    if max(zipf(p.low, "en"), zipf(p.fold, "en")) < 3.0:
        return False
    others = sorted(max(zipf(p.low, x), zipf(p.fold, x)) for x in ("de", "en", "fr", "es", "it")
                    if x != lang)
    if others[-1] >= _HOMOGRAPH and others[-1] > p.zipf and p.low not in _given_names():
        # a common word of another big language, used there more than at home: its
        # frequency abroad is that word's, a homograph (French Grande ~ Italian grande,
        # Italian Gran ~ Spanish gran), not a name's
        return False
    return others[len(others) // 2] >= 3.0


_HOMOGRAPH = 4.5  # Zipf from which a word abroad is a common word there


def _common_part(p: Part, lang: str | None, other: str | None) -> bool:
    """A capitalised word that is a common word of its language and not one the other
    language uses as well (a translatable title word: Summit, Convention, Bang; a German
    noun: Tal, Bergen, Eispickel; not Trump, Berlin, China)."""
    if p.acronym or p.classes or _international(p, lang):
        return False
    if lang in _OWN_SCRIPT_LANGS and not p.fold.isascii():
        # Cyrillic and Greek capitalise names only; no Latin table can say what is common
        # there (Κυριάκος, Путин are names however frequent)
        return False
    if lang in _GERMANIC:
        # German capitalises every noun: frequent, a compound of frequent words, or
        # formed with a noun suffix (Torheiten, Neuberechnung); Dutch and the
        # Scandinavian languages compound like German but capitalise names only, so a
        # word there is common only as frequent as a common word elsewhere (not Rutte)
        common = p.zipf >= (3.0 if lang in _NOUN_CAPS else _COMMON) or decomposable(p.low, lang) \
            or _DE_NOUN_END.search(p.low) is not None
        if common and lang == "de" and de_proper(p.text, p.zipf):
            return False  # a German-only name no noun is spelled like (Steinmeier)
    else:
        common = p.zipf >= _COMMON
        if common and has_freq(lang):
            # a title word the target language happens to borrow (Empire, Convention,
            # Navy) is still a word of its language if most others use it much less
            others = sorted(zipf(p.low, x) for x in ("de", "en", "fr", "es", "it") if x != lang)
            if others[len(others) // 2] <= p.zipf - 1.0:
                return True
    return common and not _kept_abroad(p, other, lang)


_DE_NOUN_END = re.compile(r"(?:heit|keit|ung|schaft|tion|tät|ismus|erei|[^aeiouäöür]elei)(?:en|s)?$"
                          # a present participle used as a noun (Velofahrende, Mitarbeitenden)
                          r"|[a-zäöüß]{3}ende[nr]?$")


def _target_name(g: Name, tl: str | None, sl: str | None) -> bool:
    """Can target group ``g`` be a name that replaced a source name?

    In German, where every noun is capitalised, a word counts only if it is in the
    lexicon, an acronym, rare and not shaped like a noun, or used about as much in
    the other big languages (Berlin; not Reich, Juden, Boots)."""
    if tl not in _GERMANIC:
        return strong(g, tl, sl, limit=4.5)
    for p in g.parts:
        if p.classes or p.acronym:
            return True
        if p.low in _given_names() or (tl == "de" and de_proper(p.text, p.zipf)):
            return True  # Jürgen, Gauck: a person, however frequent the word
        if p.zipf < 3.0 and not decomposable(p.low, tl) and not _DE_NOUN_END.search(p.low):
            return True
        others = sorted(zipf(p.low, x) for x in ("en", "fr", "es", "it") if x != tl)
        # one of the most frequent German words (Tag, Teil, Land) must be about as frequent
        # abroad: its English homograph alone does not make it a name
        if others[len(others) // 2] >= (max(3.0, p.zipf - 1.5) if p.zipf < 5.0 else p.zipf - 1.0) \
                and not _romance_homograph(p, tl):
            return True
    return False


def _romance_homograph(p: Part, tl: str | None) -> bool:
    """Is a capitalised word of a noun-capitalising target (German Tante, Sorte) spelled
    like a frequent common word of the Romance languages (Zipf 4.5+ in one, commoner there
    than at home) that English hardly uses (Zipf < 2.5)?  Its frequency abroad is the
    homograph's, not a name's: a name used abroad is used in English too (Paris, Macron)."""
    if tl not in _NOUN_CAPS or p.low in _given_names():
        return False
    rom = max(zipf(p.low, x) for x in ("fr", "es", "it"))
    return rom >= _HOMOGRAPH and rom > p.zipf and zipf(p.low, "en") < 2.5


def _kept_abroad(p: Part, other: str | None, lang: str | None = None) -> bool:
    """Is the word about as frequent in the other language (Berlin, Trump, Twitter)?

    A German noun that happens to be an English word (Tag, Land, Hand) is frequent in
    one other language only: for German the typical other language must use it."""
    if lang in _GERMANIC:
        others = sorted(zipf(p.low, x) for x in ("en", "fr", "es", "it") if x != lang)
        return others[len(others) // 2] >= max(2.5, p.zipf - 2.0)
    if not has_freq(other):
        return False
    return zipf(p.low, other) >= max(2.5, p.zipf - 1.5)


def tier(g: Name, lang: str | None, other: str | None) -> int:
    """How sure it is that ``g`` must come back verbatim (or as an exonym): 2 a proper
    name (an exonym, or a word rare as a common word), 1 a likely name, 0 weak (a
    translatable title word, a demonym, a sentence-initial word, a policy acronym)."""
    parts = [p for p in g.parts if not p.acronym]
    classes = bool(g.classes) or any(p.classes for p in g.parts)
    if parts and all(p.adjective for p in parts):
        return 0
    if not parts:
        if classes:
            return 1  # US, EU, GDP ~ BIP: often rendered by a pronoun or spelled out
        # acronyms: kept abroad (CNN, FBI) or spelled out (GDP, QE): weak unless frequent abroad
        if has_freq(lang) and has_freq(other) and \
                any(zipf(p.low, other) >= max(2.0, p.zipf - 1.5) for p in g.parts):
            return 1
        return 0
    if classes:
        return 2
    if g.initial and len(parts) == 1 and len(g.parts) == 1 and parts[0].zipf >= 3.0 \
            and not _kept_abroad(parts[0], other, lang):
        return 0  # a sentence-initial common word (Skiing, Coordination)
    if g.initial and len(g.parts) == 1 and not has_freq(lang) and lang not in _OWN_SCRIPT_LANGS:
        return 0  # a lone word opening a sentence of a language with no word list (Estonian
        # Kui "if", Tagalog Hindi "not"): no telling it from a common word
    if _capital_marks_name(g, lang):
        common = [False] * len(parts)  # no title word, however frequent at home (Fiala)
    else:
        common = [_common_part(p, lang, other) for p in parts]  # (once a word: both tests ask)
    if all(common):
        return 0
    if any(len(p.fold) >= 3 and not c and p.zipf < 3.0 for p, c in zip(parts, common)):
        return 2
    return 1


# two or more capitalised words in a row after a word of the sentence: a name of words
_TITLE_RUN = re.compile(r"(?<=[^\W\d_] )(?:[A-Z][a-z]+ ){1,4}[A-Z][a-z]+")


# a name's acronym in brackets right after it, in any script: "(ZLTO)", "(ΕΛΚΕΘΕ)"
_NAME_ACRONYM = re.compile(r"[^()]{0,40}?\(\s*([^\W\d_][\w&.\-]{1,9})\s*\)")


# a model designation's number after its letters (Бе-200, Ил-76, A320, 歼-20)
_DESIGNATION_NUMBER = re.compile(r"[-\u2010\u2011]?(\d{1,5})(?!\d|[.,]\d)")


def _designation_kept(g: Name, src: str, tgt: str) -> bool:
    """Is source name ``g`` (one short word) the letters of a model designation (Бе-200,
    Ту-154) and the translation has a designation of the same number after letters of its
    own (Be-200, Tu-154): transliterated, not lost?"""
    if len(g.parts) != 1 or len(g.text) > 4:
        return False
    m = _DESIGNATION_NUMBER.match(src, g.end)
    if m is None:
        return False
    # (joined by a hyphen or nothing: "the Big Bang 13.8 billion years ago" is no model)
    return re.search(rf"(?<![^\W\d_])[^\W\d_]{{1,4}}[-\u2010\u2011]?{m.group(1)}(?!\d|[.,]\d)", tgt) is not None


_WORD_RUN = re.compile(r"[^\W\d_]+")


def _acronym_rendered(g: Name, tgt: str) -> bool:
    """Is source name ``g`` an acronym (two to five capitals) and has the translation a run
    of two to four words opening with its first letter and closing with its last, the words
    between short linking words or opening with its letters in order (TER ~ trenes
    regionales, TGV ~ trains à grande vitesse)?  The translator may have said what it
    stands for."""
    a = g.text.casefold()
    if len(g.parts) != 1 or not g.parts[0].acronym or not (2 <= len(a) <= 5) or not a.isalpha():
        return False
    words = [w.casefold() for w in _WORD_RUN.findall(tgt)]
    for i, w in enumerate(words):
        if w[:1] != a[0] or len(w) < 4:
            continue
        for n in range(2, 5):
            run = words[i:i + n]
            if len(run) < n or run[-1][:1] != a[-1] or len(run[-1]) < 4:
                continue
            k = 1
            for x in run[1:-1]:
                if k < len(a) - 1 and x[:1] == a[k]:
                    k += 1
                elif len(x) > 3:
                    break
            else:
                return True
    return False


def _acronym_compounded(g: Name, tgt: str, tl: str | None) -> bool:
    """Is source name ``g`` an acronym of two or three letters and has the translation one
    word whose parts, words of its language, open with its letters in order (CT ~
    Computer|tomograf, the closed compound of German or Dutch for the phrase)?"""
    a = g.text.casefold()
    if len(g.parts) != 1 or not g.parts[0].acronym or not (2 <= len(a) <= 3) or not a.isalpha() \
            or not has_freq(tl):
        return False

    def parts_open(w: str, letters: str) -> bool:
        if len(letters) == 1:
            return w[:1] == letters and len(w) >= 4  # (the head inflected: Tomografen)
        return w[:1] == letters[0] and any(
            zipf(w[:i], tl) >= REAL_WORD and parts_open(w[i:], letters[1:]) for i in range(4, len(w) - 3))
    return any(len(w) >= 8 and parts_open(w, a) for w in (x.casefold() for x in _WORD_RUN.findall(tgt)))


_OWNER_BEFORE = re.compile(r"(?<![^\W\d_])(?:my|your|his|her|its|our|their|a|an)\s+$", re.IGNORECASE)


def _owned_acronym(g: Name, src: str, sl: str | None) -> bool:
    """Is English source name ``g`` an acronym no lexicon lists after a possessive or the
    indefinite article (referred by their GP, a CT scan)?  A common noun's acronym, which a
    translation says in words (Hausarzt); a body's takes "the" (the FBI)."""
    if sl != "en" or len(g.parts) != 1 or not g.parts[0].acronym or g.classes or g.parts[0].classes:
        return False
    return _OWNER_BEFORE.search(src, max(0, g.start - 12), g.start) is not None


def _suffixed_common_word(g: Name, sl: str | None) -> bool:
    """Is one-word ``g`` a Turkish or Azerbaijani common word with a case ending after an
    apostrophe, as the generic word of a name takes it (Antik Kenti'nde, "in the Ancient
    City of")?  Its translation renders the word: minor."""
    if sl not in ("tr", "az") or len(g.parts) != 1:
        return False
    head = _APOS_SPLIT.split(g.parts[0].text, 1)
    # (a word English and German hardly use: not a famous name, Erdoğan'ın)
    return len(head) == 2 and len(head[0]) >= 3 and _local_word(head[0].lower(), sl)


_HEAD_COGNATE_LANGS = frozenset({"de", "nl", "sv", "da", "nb"})


def _compound_head_rendered(g: Name, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word ``g`` a compound of two common words of a compounding source language
    (Land|bus, Stadt|park, Kinder|zoo: each Zipf >= 3.5 there, no proper name among them)
    whose head the translation writes as a word of its own, spelled alike and a common
    word there too (Tal|bus ~ valley bus, Stadt|park ~ city park)?  A common noun, capitalised as the language
    writes nouns or as a service's name, translated: no name lost."""
    # (opening a sentence or a headline too: the compound's two common words decide, not
    # its place: "Talbus fährt ab Juli" ~ the valley bus)
    if sl not in _HEAD_COGNATE_LANGS or sl == tl or len(g.parts) != 1 or g.classes \
            or g.parts[0].classes or g.parts[0].acronym:
        return False
    w = g.parts[0].text
    if "-" in w or not w[1:].islower():
        return False
    f = w.lower()
    if f in _given_names() or zipf(f, tl) >= 3.0:
        return False  # (a word the target language itself knows: no compound to split)
    words = {m.group().lower() for m in re.finditer(r"[^\W\d_]+", tgt)}
    for i in range(3, len(f) - 2):
        mod, head = f[:i], f[i:]
        if head not in words or mod in words:
            continue  # (the modifier kept beside the head: Flixbus ~ Flix bus is no rendering)
        if zipf(head, sl) >= 3.5 and zipf(head, tl) >= 3.5 and zipf(mod, sl) >= 3.5 \
                and not de_proper(mod[:1].upper() + mod[1:], zipf(mod, sl)) \
                and not exonym_classes(fold(mod)):
            return True
    return False


# a run of two to four capitalised words, one space apart
_CAPITAL_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_a-z][^\W\d_]*(?:[ \u00a0][^\W\d_a-z][^\W\d_]*){1,3}")


def _compound_splits(f: str, lang: str | None, k: int) -> Iterator[list[str]]:
    """Ways to read lower-case ``f`` as ``k`` common words of ``lang`` (Zipf 3 or more,
    three letters or more; a linking s or e after a word but the last)."""
    if k == 1:
        if len(f) >= 3 and zipf(f, lang) >= 3.0:
            yield [f]
        return
    for i in range(3, len(f) - 2):
        left = f[:i]
        if zipf(left, lang) < 3.0 and not (left[-1] in "se" and len(left) >= 4 and zipf(left[:-1], lang) >= 3.0):
            continue
        for rest in _compound_splits(f[i:], lang, k - 1):
            yield [left] + rest


def _compound_words_rendered(g: Name, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word ``g`` a compound of common words of a compounding source language
    (no word of the target's own, no entity, no given name) that the translation writes
    as a run of as many capitalised common words, each sharing its first three letters
    with the compound's word in its place, one its first four (Ringmarked ~ Ring Market,
    Bondegårdfest ~ Bonde Garden Festival)?  A descriptive name rendered word by word."""
    if sl not in _NAME_COMPOUND_LANGS or sl == tl or not has_freq(tl) or len(g.parts) != 1 \
            or g.classes or g.parts[0].classes or g.parts[0].acronym:
        return False
    w = g.parts[0].text
    if "-" in w or not w[1:].islower() or len(w) < 7:
        return False
    f = w.lower()
    if f in _given_names() or zipf(f, tl) >= 3.0 or zipf(f, sl) >= REAL_WORD:
        return False
    for m in _CAPITAL_RUN.finditer(tgt):
        whole = m.group().split()
        ok = [zipf(x.lower(), tl) >= _COMMON and x.lower() not in _given_names() and not exonym_classes(fold(x))
              for x in whole]
        # (each stretch of two words or more of common words: the Kolding Ring Market)
        runs = [whole[i:j] for i in range(len(whole)) for j in range(i + 2, len(whole) + 1) if all(ok[i:j])]
        for run, parts in ((r, p) for r in runs for p in _compound_splits(f, sl, len(r))):
            if all(common_prefix(p, x.lower()) >= 3 for p, x in zip(parts, run)) \
                    and any(common_prefix(p, x.lower()) >= 4 for p, x in zip(parts, run)):
                return True
    return False


def _compound_of_article_words(g: Name, doc: str, sl: str | None) -> bool:
    """Is one-word ``g``, opening a sentence or a headline in a compounding language that
    writes common nouns in lower case (Dutch, Swedish, Danish, Norwegian, Icelandic), a
    compound of two words the word list knows (Zipf 2 or more) that the article itself
    writes in lower case as words of their own, the modifier maybe with a plural ending
    (Laxfiskarna opening a sentence, "lax" and "fiskarna" further on)?  A common noun
    capitalised by its place, no name."""
    if sl not in _NAME_COMPOUND_LANGS or sl in _NOUN_CAPS or not g.initial or len(g.parts) != 1 \
            or g.classes or g.parts[0].classes or g.parts[0].acronym:
        return False
    w = g.parts[0].text
    if "-" in w or not w[1:].islower() or len(w) < 8:
        return False
    f = w.lower()
    if f in _given_names():
        return False
    lows = {m.group() for m in _LOWER_RUN.finditer(doc)}
    for i in range(4, len(f) - 3):
        mod, head = f[:i], f[i:]
        if head not in lows or zipf(head, sl) < 2.0 or exonym_classes(fold(mod)):
            continue
        if any(m in lows and zipf(m, sl) >= 2.0 for m in (mod, mod + "s", mod + "n", mod + "en")):
            return True
    return False


_LOWER_RUN = re.compile(r"(?<![^\W\d_])[a-zß-ÿ]+(?![^\W\d_])")




def _name_compound_kept(g: Name, tgt: str, sl: str | None) -> bool:
    """In a compounding source language, is one-word ``g`` a name joined to a common head
    noun (Visby|området, Göteborg|s|regionen, Aarhus|området), the name written in the
    translation as a capitalised word of its own (the Visby area)?  The name is kept, the
    head noun translated: no name lost."""
    if sl not in _NAME_COMPOUND_LANGS or len(g.parts) != 1 or g.classes \
            or g.parts[0].classes or g.parts[0].acronym or g.initial:
        return False
    w = g.parts[0].text
    if "-" in w or not w[1:].islower() or len(w) < 8:
        return False
    for i in range(3, len(w) - 3):
        mod, head = w[:i], w[i:].lower()
        if head.startswith("s") and zipf(head, sl) < 3.5:
            head = head[1:]  # a linking s (Göteborgsregionen)
        zh = zipf(head, sl)
        if len(head) < 4 or zh < 3.0 or (zh < 3.5 and len(head) < 8):
            continue  # (a long head a little rarer too: laboratoriet, "the laboratory")
        if re.search(r"(?<![\w\-])" + re.escape(mod) + r"(?![\w\-])", tgt):
            return True
        for table in _NORDIC_PLAIN:
            plain = mod.translate(table)
            if plain != mod and re.search(r"(?<![\w\-])" + re.escape(plain) + r"s?(?![\w\-])", tgt):
                return True  # (a Nordic letter written plain outside the Nordic languages,
                # maybe with a plural s: Jølstravatnet ~ the Jolstra lake, Sæbøfjorden ~ Saebo)
    return False


# the Nordic letters as languages without them write a place's name, by one letter or two
# (Møn ~ Moen, Kjøge ~ Koge; Ærø ~ Aeroe, Sæby ~ Seby)
_NORDIC_PLAIN = (str.maketrans({"æ": "e", "Æ": "E", "ø": "o", "Ø": "O", "å": "a", "Å": "A"}),
                 str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa"}))


def _first_word_of_title(g: Name, src: str, sl: str | None) -> bool:
    """Is one-word ``g`` a common word that opens a name of lower-case words, as languages
    that capitalise a name's first word only write them (Lučke uprave = the port
    authority, Državni zavod za statistiku)?  The body's name was translated: minor."""
    if sl not in _FIRST_CAP_LANGS or len(g.parts) != 1 or g.initial or g.classes or g.parts[0].classes:
        return False
    p = g.parts[0]
    if p.acronym or not p.text[1:].islower() or (p.low or p.text.lower()) in _given_names():
        return False  # an acronym (les TER ont), a given name before a title (Kovács Péter igazgató)
    nxt = _NEXT_WORD.match(src, g.end)
    return nxt is not None and nxt.group(1).islower() and zipf(p.low or p.text.lower(), sl) >= 2.5 \
        and zipf(nxt.group(1), sl) >= 3.0


# languages that capitalise the first word of a body's name only
_FIRST_CAP_LANGS = _NAME_CAPS | frozenset({"bg", "ru", "uk", "be", "sr", "mk"})


def _named_place_kept(g: Name, tgt: str, sl: str | None) -> bool:
    """Is ``g`` a name of common words and a place (Accademia di Belle Arti di Venezia,
    Universität Wien) whose place the translation's sentence names (Kunstakademie
    Venedig)?  The institution's name was translated: for the reader to check, minor."""
    if len(g.parts) < 3:
        return False
    places = [c for p in g.parts for c in p.classes]
    common = [p for p in g.parts if not p.classes and zipf(p.low or p.text.lower(), sl) >= 3.0]
    return bool(places) and len(common) >= 2 and any(entity_echoes(tgt, c) for c in places)


_ACRONYM_WORD = re.compile(r"(?<![\w-])[^\W\d_a-zß-ÿ]{2,7}(?![\w-])")


def _acronym_localised(g: Name, src: str, tgt: str) -> bool:
    """Is source name ``g`` an acronym and has the translation's sentence an acronym the
    source sentence lacks (FEADER ~ ELER, UNESCO ~ ЮНЕСКО)?  Bodies have an acronym per
    language; the reader checks that it is the same body."""
    w = g.parts[0].text if len(g.parts) == 1 else ""
    if not (g.parts[0].acronym or (2 <= len(w) <= 7 and w.isupper() and w.isalpha())):
        return False
    own = {m.group() for m in _ACRONYM_WORD.finditer(src)}
    return any(m.group() not in own and m.group().isupper() for m in _ACRONYM_WORD.finditer(tgt))


# a plural abbreviation as Spanish writes it, each initial doubled and dotted (CC. OO.,
# EE. UU., FF. AA., JJ. OO., RR. HH.)
_PLURAL_ABBR = re.compile(r"(?<![\w.])(?:([A-ZÑ])\1\.?[ \u00a0]?){2,}(?!\w)")


def _plural_abbreviation_kept(g: Name, src: str, tgt: str) -> bool:
    """Is acronym ``g`` a piece of a plural abbreviation written with doubled, dotted
    initials (FF. AA. for Fuerzas Armadas), the translation writing its letters joined
    (FFAA) or its pieces as the source does?"""
    if len(g.parts) != 1 or not g.parts[0].acronym:
        return False
    for m in _PLURAL_ABBR.finditer(src):
        if m.start() <= g.start < m.end():
            run = m.group().strip()
            joined = re.sub(r"[.\s]", "", run)
            return bool(re.search(r"(?<!\w)(?:" + re.escape(joined) + "|" + re.escape(run) + r")(?!\w)", tgt))
    return False


def _bracket_acronym_kept(g: Name, src: str, tgt: str) -> bool:
    """Is source name ``g`` followed by its acronym in brackets, and that acronym in the
    translation?"""
    m = _NAME_ACRONYM.match(src, g.end)
    if m is None or not (m.group(1).isupper() or _syllabic_acronym(m.group(1), src[max(0, g.start - 80):m.start(1)])):
        return False
    if _stands_alone(tgt, m.group(1)):
        return True
    brackets = re.findall(r"\(([^()]{2,12})\)", tgt)
    if _NON_LATIN_LETTER.search(m.group(1)) is None:
        # a Latin acronym spelled out in brackets in the translation's script (PMC ~
        # (पीएमसी), FBI ~ (ФБР))
        return not _mostly_latin(tgt) and any(
            not _LATIN_LETTER.search(b) and present_in_other_script(m.group(1), b) for b in brackets)
    # an acronym in another script, transliterated in brackets (ΕΛΚΕΘΕ ~ ELKETHE, ФСБ ~ FSB),
    # letter by letter where its consonants are too few to read back (ΟΙΑΚ ~ OIAK), or
    # without brackets, as the name's short form (the Greek agency ELKETHE)
    words = brackets + [w for w in _CAPS_WORD.findall(tgt) if w not in brackets]
    return any(_LATIN_ACRONYM.fullmatch(b) and (transcribes_source(m.group(1), b)
                                                or _acronym_letters(m.group(1), b)) for b in words)


# a word of two to eight Latin capitals
_CAPS_WORD = re.compile(r"(?<![^\W\d_])[A-Z]{2,8}(?![^\W\d_])")


_LATIN_ACRONYM = re.compile(r"[A-Z][A-Z0-9.\-]{1,11}")


# a bracketed acronym of capitals and the run of capitalised words right before it, short
# linking words allowed among them (Council for Scientific Research (CSR), Conseil de la
# Recherche (CR))
_TITLE_BEFORE_ACRONYM = re.compile(
    r"((?:[^\W\d_][^\W\d_'’-]*[ \u00a0]+){1,8})\(([A-Z]{2,8})\)")
_ACRONYM_LINKS = frozenset({"of", "for", "and", "the", "on", "de", "des", "du", "la", "le", "les", "et",
                            "d", "l", "für", "und", "der", "die", "des", "van", "voor", "en", "het",
                            "di", "del", "della", "e", "y", "para", "do", "da", "dos", "das"})


def _bracket_acronym_translated(g: Name, src: str, tgt: str) -> bool:
    """Is one-word source name ``g`` a closed compound (ten letters or more: Afrikaans,
    Dutch, German, Nordic bodies' names) followed by its acronym in brackets, opening with
    the compound's letter, while the translation, which writes neither the compound nor
    that acronym, has title words whose initials spell the one acronym in brackets it
    adds (Visserykommissie (VK) ~ Fisheries Commission (FC))?  The body's name translated
    with its acronym: rendered, not lost."""
    if len(g.parts) != 1 or g.classes or g.parts[0].acronym or len(g.parts[0].text) < 10 \
            or not g.parts[0].text[1:].islower():
        return False
    m = _NAME_ACRONYM.match(src, g.end)
    if m is None or not m.group(1).isupper() or not m.group(1).isalpha() or m.group(1)[0] != g.parts[0].text[0] \
            or _stands_alone(tgt, m.group(1)):
        return False
    added = [t for t in _TITLE_BEFORE_ACRONYM.finditer(tgt) if not _stands_alone(src, t.group(2))]
    return len(added) == 1 and _title_spells_acronym(added[0]) is not None


def _title_spells_acronym(m: "re.Match") -> tuple[int, int] | None:
    """The span of the capitalised title words (short linking words among them) right
    before bracketed acronym match ``m`` of ``_TITLE_BEFORE_ACRONYM`` whose initials spell
    it (Fisheries Commission (FC)), through the bracket; None if they do not."""
    words = list(re.finditer(r"[^\W\d_][^\W\d_'’-]*", m.group(1)))
    acr = m.group(2)
    title = []
    for w in reversed(words):
        if w.group()[:1].isupper():
            title.append(w)
        elif w.group().lower() not in _ACRONYM_LINKS:
            break
        if len(title) == len(acr):
            break
    if not title or "".join(w.group()[0] for w in reversed(title)) != acr:
        return None
    return m.start(1) + title[-1].start(), m.end()


def _acronym_title_span(src: str, tgt: str) -> tuple[int, int] | None:
    """The span of the title with its acronym in brackets that ``tgt`` adds (no word of
    ``src``) and whose initials spell it (``_title_spells_acronym``), or None."""
    for m in _TITLE_BEFORE_ACRONYM.finditer(tgt):
        if not _stands_alone(src, m.group(2)):
            return _title_spells_acronym(m)
    return None
# Greek letters an acronym transliterates in more than one way (ΥΠΕΝ ~ YPEN, ΔΕΗ ~ DEI)
_ACRONYM_LETTER_ALTS = {"υ": ("y", "u", "i"), "η": ("i", "e", "h"), "χ": ("ch", "h", "x", "kh"),
                        "β": ("v", "b"), "γ": ("g", "y"), "φ": ("f", "ph"), "θ": ("th",),
                        "ξ": ("x", "ks"), "ψ": ("ps",), "ω": ("o",)}


def _acronym_letters(acr: str, latin: str) -> bool:
    """Is Latin acronym ``latin`` acronym ``acr`` (Greek or Cyrillic capitals)
    transliterated letter by letter (ΟΙΑΚ ~ OIAK, ΥΠΕΝ ~ YPEN, ФСБ ~ FSB)?"""
    pat = []
    for c in fold(acr):
        alts = set(_ACRONYM_LETTER_ALTS.get(c, ())) | {c.translate(_TO_LATIN)}
        if not all(a.isascii() and a.isalpha() for a in alts):
            return False
        pat.append("(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")")
    return re.fullmatch("".join(pat), fold(latin).replace(".", "").replace("-", "")) is not None


def _syllabic_acronym(acr: str, before: str) -> bool:
    """Is title-case ``acr`` a syllabic acronym of the capitalised words in ``before`` (the
    text up to its bracket): each piece the opening of a word, in order, two words or more
    (Perumda ~ PERusahaan UMum DAerah, Kemenkes ~ KEMENterian KESehatan, Kripo ~
    KRIminalPOlizei is one word: no)?"""
    low = acr.casefold()
    if not (acr[:1].isupper() and acr[1:].islower() and 4 <= len(acr) <= 9):
        return False
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", before) if w[:1].isupper()]

    def fits(i: int, k: int, used: int) -> bool:
        if i == len(low):
            return used >= 2
        for j in range(k, len(words)):
            w = words[j]
            n = common_prefix(w, low[i:])
            for cut in range(n, 0, -1):
                if fits(i + cut, j + 1, used + 1):
                    return True
        return False
    return bool(words) and fits(0, 0, 0)


def _group_classes(g: Name) -> frozenset[int]:
    """The lexicon entities of name group ``g``: its own (a multiword name), else its words'."""
    return g.classes or frozenset().union(*(p.classes for p in g.parts))


def _is_entity(g: Name) -> bool:
    return bool(_group_classes(g))


def _clipped_form(sk: str, wsk: str) -> bool:
    """Is transliteration key ``sk`` a clipped form of the longer ``wsk``: the same first
    three letters, and its other letters in order among the next ones of ``wsk``, at
    most two of them left out (Kantch ~ Kangchendzönga, both "kank…")?  Clipped names
    and nicknames are common in journalism.  A name only one or two letters longer is
    another name, not a clipping of it (Holmes ~ Hollande)."""
    n = len(sk)
    if n < 4 or len(wsk) < n + 3 or sk[:3] != wsk[:3]:
        return False
    it = iter(wsk[3 : n + 2])
    return all(c in it for c in sk[3:])


# a Slavic adjective made from a place (Pulski, Istarsko, pražský, Krakowskie): -sk-/-šk-/
# -ck-/-čk- and a short case ending; a German or English one (istrisch, Istrian)
_SLAVIC_PLACE_ADJ = re.compile(r"(?:[sšcč]k|ck)[a-zà-ž]{0,4}$")
_WESTERN_PLACE_ADJ = re.compile(r"(?:isch(?:e[nrsm]?)?|ian|ien)$")


def _adjective_stem(w: str) -> str:
    m = _SLAVIC_PLACE_ADJ.search(w, 3) or _WESTERN_PLACE_ADJ.search(w, 3)
    if m:
        return w[:m.start()]
    return w[:-1] if w[-1:] in "aeiouy" else w


def _place_adjective(a: str, b: str) -> bool:
    """Do a place and its adjective, or two adjectives of one place, share their stem
    (pula ~ pulskom, istrische ~ istarsko: Istra's stem with its fleeting a)?  One of the
    two must be such an adjective."""
    if not (_SLAVIC_PLACE_ADJ.search(a, 3) or _SLAVIC_PLACE_ADJ.search(b, 3)):
        return False
    sa, sb = _adjective_stem(a), _adjective_stem(b)
    if min(len(sa), len(sb)) < 3 or sa[:2] != sb[:2]:
        return False
    return sa == sb or (abs(len(sa) - len(sb)) <= 1 and re.sub("[aeiouy]", "", sa) == re.sub("[aeiouy]", "", sb))


def _echoes(p: Part, sk: str, w: str, lang: str | None) -> bool:
    """Does target name word ``p`` (transliteration key ``sk``) echo source word ``w``:
    a shared start of four letters, or a spelling close enough to be a transliteration
    or cognate?  Close enough is a similarity of 70 (75 with another first letter) for
    long words, one letter for words of up to six: at that length a 70 admits other
    words (Paris ~ Prince, Japan ~ Sapan).  A place of the lexicon echoes nothing by
    spelling: its own names are known, and a near one is another place (Irak ~ Iran)."""
    if p.classes:
        wc = exonym_classes(w)
        if wc and not wc & p.classes and not any(
                related_entities(a, b) for a in wc for b in p.classes):
            # two unrelated entities of the lexicon, however alike (Australien ~ Austria);
            # related ones may be one said as the other (Europaparlament ~ Europe)
            return False
    wsk = skeleton(w, lang)
    if common_prefix(sk, wsk) >= 4 or common_prefix(p.fold, w) >= 4:
        return True
    if _place_adjective(p.fold, w):  # Pula ~ Pulskom, Istrische ~ Istarsko
        return True
    if p.classes:
        return False
    if _clipped_form(sk, wsk):  # Kantch ~ Kangchendzönga
        return True
    if min(len(sk), len(wsk)) <= 6:
        # (a first letter changed: not into a frequent common word, York ~ work)
        return _levenshtein(sk, wsk, score_cutoff=1) <= 1 and (
            w[:1] == p.fold[:1] or zipf(w, lang) < _COMMON_WORD)
    return _fuzz_ratio(sk, wsk) >= (70 if w[:1] == p.fold[:1] else 75)


# a syllable of a romanised Korean name (Revised Romanization, McCune-Reischauer and the
# usual spellings of names: Chungnam, Baekje, Min-jun, Ji-hoon, Choi)
_KO_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?"
                r"(?:yae|yeo|wae|ae|eo|eu|ui|oe|oi|oo|ee|wa|wo|we|wi|ya|ye|yo|yu|ŏ|ŭ|a|e|i|o|u)"
                r"(?:ng|k|n|t|l|m|p)?")
_KO_ROMANISED = re.compile(rf"(?:{_KO_SYLLABLE})+")
_KO_SURNAMES = frozenset({"park", "lee", "kim", "roh", "noh", "rhee", "yoon", "choi", "kang", "shin"})


def _korean_romanised(text: str, lang: str | None) -> bool:
    """Does Latin name ``text`` have a capitalised word that reads as romanised Korean
    (Chungnam National University, Choi Min-jun)?  Only these are read back against a
    Hangul source: a foreign name heard in Hangul (Keir Starmer ~ 키어 스타머, Friedrich
    Merz ~ 프리드리히 메르츠) loses letters the read-back cannot restore."""
    words = [w.lower() for w in text.split() if w[:1].isupper() and len(w) >= 3]
    # (a word of the name's language is no Korean word: Stati Uniti, Amerika Serikat)
    return any(w in _KO_SURNAMES or (zipf(w, lang) < 3.0 and all(
        _KO_ROMANISED.fullmatch(x) for x in re.split(r"[-’']", w) if x)) for w in words)


_ABJAD_WORD = re.compile("[\u0590-\u05ff\u0600-\u06ff]+")


def _short_parts_read(t: Name, src_text: str) -> set[int]:
    """The ids of the short words (three or four letters) of Latin name ``t`` that are
    a whole Hebrew or Arabic word of ``src_text`` consonant for consonant (Dor ~ דור,
    two consonants at least), or one consonant where the source word follows the word
    the name's previous part reads as (Dor Yam ~ דור ים): a short name word a
    transcription keeps, which ``present_in_other_script`` reads back too loosely."""
    from ._text import _fold_sounds, _romanised_skeletons, _skeletons
    words = _ABJAD_WORD.findall(src_text)
    if not words:
        return set()
    sks = [set(_romanised_skeletons(w)) for w in words]
    out: set[int] = set()
    prev: set[int] = set()
    for p in t.parts:
        here: set[int] = set()
        if 3 <= len(p.text) <= 4 and not p.acronym and p.text.isascii():
            mine = set(_skeletons(_fold_sounds(p.low)))
            here = {i for i, sk in enumerate(sks) if any(len(k) >= 2 for k in mine & sk)}
            if not here and all(len(k) == 1 for k in mine):
                here = {i + 1 for i in prev if i + 1 < len(sks) and mine & sks[i + 1]}
        if here:
            out.add(id(p))
        prev = here
    return out


def _partly_read_back(t: Name, src_text: str, tl: str | None) -> bool:
    """Is Latin target name ``t`` of several words, from a source in another script, some
    of its words read back there (a transcription: Dubai ~ دبي, Haeundae ~ 해운대) and
    the others words of the target language, one at least a common one, no places or given
    names (Metro, Blue, Silicon, Oasis, Beach): a name part transcribed, part translated?"""
    if len(t.parts) < 2 or _mostly_latin(src_text) or not _mostly_latin(t.text) or not has_freq(tl):
        return False
    read = common = 0
    short = _short_parts_read(t, src_text)
    for p in t.parts:
        if p.acronym:
            return False
        if len(p.text) >= 5 and present_in_other_script(p.text, src_text):
            read += 1  # (five letters at least: a short one reads back too easily, Choi ~ 준)
        elif id(p) in short:
            read += 1  # Dor ~ דור: a short word, a whole source word consonant for consonant
        elif p.classes or p.low in _given_names() or zipf(p.low, tl) < 3.0:
            return False
        elif _common_part(p, tl, None) or (len(p.low) >= 5 and p.low.endswith("s") and not p.classes
                                            and zipf(p.low[:-1], tl) >= _COMMON):
            common += 1  # (or the plural of one: Resorts, Gardens, Towers)
    # (one translated word at least a common word of the language: Beach, Metro, Silicon;
    # not a person's other name, Mehta, Choi, which reads back or is missing)
    return read > 0 and common > 0


def _reads_as_other_place(t: Name, sindex: NameIndex, src_text: str) -> bool:
    """Is target name ``t`` a lexicon place the source does not name that reads back as a
    word of ``src_text`` in another script which the lexicon knows as another, unrelated
    place (Chernivtsi ~ Чернігова, the lexicon's Chernihiv)?"""
    own = set(_group_classes(t))
    if not own or own & sindex.classes or not _mostly_latin(t.text) or _mostly_latin(src_text):
        return False
    if not any(len(p.text) >= 4 and not p.acronym for p in t.parts):
        return False  # USA, Hoa Kỳ: too short to read back as anything (США ~ USA is no swap)
    for m in _SCRIPT_WORD.finditer(src_text):
        w = m.group()
        if not w[:1].isupper() or not _NON_LATIN_LETTER.search(w):
            continue
        cls = exonym_classes(fold(w))
        if cls and not cls & own and not any(related_entities(a, b) for a in cls for b in own) \
                and present_in_other_script(t.text, w):
            return True
    return False


def _explained(t: Name, sindex: NameIndex, src_text: str, tl: str | None) -> bool:
    """Is target name ``t`` a rendering of some source word (a transliteration, a
    cognate, an exonym the lexicon lacks)?"""
    if _reads_as_other_place(t, sindex, src_text):
        return False  # a lexicon place that reads like another place of the source (Chernivtsi ~
        # Чернігова, Chernihiv): swapped for it, not a transcription of it
    if _group_present(t, sindex, sindex.lang, tl):
        return True
    if len(t.parts) >= 2 and t.parts[0].fold in _person_titles().get(tl or "", ()) \
            and not t.parts[1].acronym and not t.classes:
        # a title of data/names/title_words.txt the name finder took in with the name
        # after it (Έπαρχος Πάφου Ανδρέας Κυριακίδης ~ Paphos District Officer Andreas
        # Kyriakides; Greek in Cyprus capitalises the office): the title translates the
        # source's, the name after it decides
        rest = Name(t.text[t.parts[1].start - t.start:], t.parts[1].start, t.end, t.parts[1:],
                    frozenset(), False)
        if _explained(rest, sindex, src_text, tl):
            return True
    titles = _person_titles().get(tl or "", frozenset())
    k = next((i for i, p in enumerate(t.parts) if 0 < i < len(t.parts) - 1 and p.fold in titles), None)
    if k is not None:
        # a title inside the group, between a body's name and a person's (Harbour Board CEO
        # Jane Doe): the name finder's one group is two names, each explained on its own
        a, b = t.parts[:k], t.parts[k + 1:]
        left = Name(t.text[:a[-1].end - t.start], t.start, a[-1].end, a, frozenset(), False)
        right = Name(t.text[b[0].start - t.start:], b[0].start, t.end, b, frozenset(), False)
        if (_explained(left, sindex, src_text, tl) or _post_words(left, src_text, tl)) \
                and _explained(right, sindex, src_text, tl):
            return True
    if _partly_read_back(t, src_text, tl):
        return True  # Dubai Silicon Oasis ~ واحة دبي للسيليكون, Haeundae Beach ~ 해운대해수욕장:
        # the name transcribed, its generic words translated
    if _NON_LATIN_LETTER.search(t.text):
        if transcribes_source(t.text, src_text) or (
                (noms := _softened_nominatives(t.text, tl)) and transcribes_source(noms, src_text)):
            return True  # a transcription into the target's script (Шольцем ~ Scholz; у
            # Вербівці ~ Verbivka, a Ukrainian place's nominative)
        if not _mostly_latin(src_text) and _script(src_text) != _script(t.text):
            return True  # between two other scripts (Борич from Arabic or Korean): unread
    elif present_in_other_script(t.text, src_text) or _spelled_from_source(t, src_text, tl, sindex.lang) \
            or ((noms := _softened_nominatives(src_text, sindex.lang)) and present_in_other_script(t.text, noms)):
        return True  # a transcription out of the source's script (Путин ~ Putin), maybe of
        # a Ukrainian place's nominative (у Вербівці ~ Verbivka)
    elif not _mostly_latin(src_text) and (_is_entity(t) or not (_OTHER_SCRIPT.search(src_text) or (
            _script(src_text) == "HANGUL" and _korean_romanised(t.text, tl)))):
        # a source in another script: a place of the lexicon, which lists no forms in that
        # script (Германия ~ Germany), or any name where mtcheck cannot read the script
        # back (Han, kana, Thai): no evidence of an added name
        return True
    if _is_entity(t) and sindex.lang not in _LEXICON_LANGS and not _person_by_ending(t):
        return True  # a place the lexicon cannot spell in the source language (ABD ~ United States)
    if not _is_entity(t) and tl not in _LEXICON_LANGS and _echoes_source_place(t, sindex):
        return True  # a people the lexicon cannot spell in the target language (Έλληνες)
    if any(p.acronym and _adapted_acronym(p.text, sindex) for p in t.parts):
        return True
    if _formed_from_source(t, sindex):
        return True
    # a source acronym written out (NRA ~ National Rifle Association)
    initials = "".join(p.text[:1] for p in t.parts if p.text[:1].isupper() and not p.acronym)
    if len(initials) >= 2 and any(initials == a or (len(initials) >= 3 and initials in a)
                                  for a in sindex.acronyms):
        return True
    # its distinctive words all echo source words (Mudschaheddin ~ Mujahideen)
    parts = [p for p in t.parts if not p.acronym and len(p.fold) >= 4
             and not _common_part(p, tl, sindex.lang)]
    if not parts:
        return False
    echoed = rendered = 0
    own = [w for w in _own_words(sindex) if len(w) <= 12] if has_freq(sindex.lang) else []
    for p in parts:
        if not p.classes and any(_other_known_name(w, p.fold, sindex.lang) for w in own):
            continue  # Hoffmeister ~ Hoffmann: another name of the stem, no rendering of it
        sk = skeleton(p.fold, tl)
        if any(_echoes(p, sk, w, sindex.lang) for w in sindex.longs) or _cognate_read_back(sk, src_text):
            echoed += 1
        elif _spelled_as_rendered(p.fold, src_text):
            rendered += 1
    # as for presence: half the words of a group suffice (Tien-Schan ~ Tian Chan); a word
    # spelled as a Devanagari word is transliterated only where every word is accounted
    # for (University Chowk ~ विद्यापीठ चौक; not Sanjay Mehta for संजय जोशी)
    return echoed * 2 >= len(parts) or echoed + rendered == len(parts)


def _softened_nominatives(text: str, lang: str | None) -> str:
    """The capitalised words of ``text`` whose dative-locative softened a nominative's
    -ка, -га, -ха (у Вербівці: ``softened_nominative``), in that nominative (Вербівка), one
    blank apart; empty where there is none."""
    if softened_nominative("ці", lang) is None:
        return ""  # (a language without such cases)
    return " ".join(nom for w in re.findall(r"[^\W\d_]{6,}", text)
                    if w[:1].isupper() and (nom := softened_nominative(w, lang)))


_COGNATE_PREFIX = 8  # skeleton letters an international word and its transliteration share


_RENDERED_WORD = re.compile(r"[\u0900-\u09ff]{2,}")


def _person_by_ending(t: Name) -> bool:
    """Is name ``t`` a lexicon person (a royal or religious figure's given name) only
    through an ending the lexicon's matching allows, no word of it a listed form: a
    patronymic surname built on the given name (Willems, Jacobs, Karels ~ Willem,
    Jacob, Karel), a person's name of its own, not the figure the lexicon lists?"""
    classes = _group_classes(t)
    return bool(classes) and classes <= _EXO_PERSONS and not t.classes \
        and not any(exonym_listed(p.fold) for p in t.parts if p.classes)


def _spelled_as_rendered(f: str, src_text: str) -> bool:
    """Is folded Latin word ``f`` (four letters or more) letter for letter one of the
    spellings the transliteration systems give a Devanagari word of ``src_text``
    (_renderings; its last letter may be an ending): the word transcribed, vowels and all
    (चौक ~ Chowk, पुणे ~ Pune), where a consonant skeleton is too short to tell?  (Cyrillic
    and Greek words are read back by their skeletons: present_in_other_script.)"""
    if len(f) < 4 or not f.isascii() or not f.isalpha():
        return False
    for m in _RENDERED_WORD.finditer(src_text):
        units = _renderings(m.group())
        if units is not None and len(units) >= 3 and _render_cost(f, units, 1)[0] == 0:
            return True
    return False


def _cognate_read_back(sk: str, src_text: str) -> bool:
    """Does a Cyrillic or Greek word of ``src_text``, transliterated, open with the same
    eight skeleton letters or more as Latin word skeleton ``sk``: an international word
    in both languages' endings (Хидробиолошкиот ~ Hydrobiological, Технолошкиот ~
    Technological), translated, not a name added?"""
    if len(sk) < _COGNATE_PREFIX or not sk.isascii():
        return False
    for m in _CYR_GREEK_WORD.finditer(src_text):
        w = skeleton(fold(m.group()).translate(_TO_LATIN))
        if len(w) >= _COGNATE_PREFIX and w[:_COGNATE_PREFIX] == sk[:_COGNATE_PREFIX]:
            return True
    return False


_CYR_GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]{8,}")


def _cjk_swap(ctx: CheckContext, bn: BeadNames, g: Name, tl: str | None) -> tuple[str, str] | None:
    """A source place missing from a sentence in Korean, Chinese or Japanese, where the
    sentence names one other place of its kind that the whole source never names
    (Perth ~ 브리즈번, Brisbane): its form there and English name (N004's, not N003's)."""
    if tl not in ("ko", "zh", "ja") or bn.conf.get(id(g)) == _SURNAME_DROPPED or not g.text.isascii() \
            or _mostly_latin(bn.tgt.text):
        return None
    return swapped_place(g.text, bn.tgt.text, ctx.source.text, tl)


def _zh_name_swap(ctx: CheckContext, bn: BeadNames, g: Name, tl: str | None) -> tuple[str, int, int] | None:
    """A Latin source name missing from a Chinese sentence, where the sentence has a name
    transcribed in its slot that reads as no name of the source (``zh_swap``)."""
    if tl != "zh" or bn.conf.get(id(g)) == _SURNAME_DROPPED or not g.text.isascii() \
            or _mostly_latin(bn.tgt.text) or _cjk_swap(ctx, bn, g, tl) is not None:
        return None
    # (the run read against the source sentence's capitalised words: the whole article's
    # hold sentence-opening common words and short skeletons that near readings match)
    return zh_swap(g.text, bn.tgt.text, bn.src.text, tl)


def _cjk_place_present(g: Name, tgt_text: str, tl: str | None) -> bool:
    """Is place ``g`` (a country, region or city, or its demonym: South Korean ~ 한국) in
    a translation written in Hangul, Han or kana by its name there (``_cjk_names``)?"""
    classes = g.classes or (g.parts[0].classes if len(g.parts) == 1 else frozenset())
    return cjk_exonym_present(g.text, classes, tgt_text, tl)


def _rendered_in_target(g: Name, tgt_text: str) -> bool:
    """Is each Cyrillic, Greek or Devanagari word of source name ``g`` letter for letter
    a transliteration (``_renderings``) of a capitalised Latin word of ``tgt_text``, up to
    two units of a case ending on the source side and two vowels on the target's (Ухту
    ~ Ukhta, Саха ~ Sakha: a skeleton of one consonant, h being left out, is too short
    for ``transcribes_source``)?"""
    units = [_renderings(p.text) for p in g.parts]
    if not units or any(u is None or len(u) < 3 for u in units):
        return False
    words = {w.casefold() for w in re.findall(r"\b[A-Z][a-z]{3,}\b", tgt_text)}
    return all(any(_transliterates(w, u) for w in words) for u in units)


def _transliterates(w: str, units: tuple[tuple[str, ...], ...]) -> bool:
    """Is Latin word ``w`` (folded) a spelling of ``units`` (``_renderings``), up to two
    units of a case ending left off and two vowels of another case added (Ухту ~ Ukhta)?"""
    return any(len(w) - k >= 4 and all(c in "aeiouy" for c in w[len(w) - k:])
               and _render_cost(w[:len(w) - k], units, 2)[0] == 0 for k in (0, 1, 2))


def _spelled_from_source(t: Name, src_text: str, tl: str | None = None, sl: str | None = None) -> bool:
    """Is each word of Latin name ``t`` letter for letter a transliteration of a
    capitalised Cyrillic, Greek or Devanagari word of ``src_text`` (``_renderings``: one
    of the systems in use; Саха ~ Sakha, whose consonant skeleton, h being left out, is
    one letter and too short for ``present_in_other_script``)?  Every letter accounted
    for, a case ending aside (``_transliterates``); the letters with marks of a Latin
    alphabet of the source's language folded (Serbian Врање ~ Vranje, Чачак ~ Čačak), and
    a common word of the target language (``tl``) beside the name left aside (Čačak
    City, the City of Čačak: the name's words decide)."""
    parts = [p for p in t.parts if not p.acronym]
    if tl is not None and len(parts) >= 2:
        parts = [p for p in parts if not _common_part(p, tl, sl)] or parts
    if not parts or not all(p.fold.isascii() and p.fold.isalpha() and len(p.fold) >= 4 for p in parts):
        return False
    words = [w for w in dict.fromkeys(_SCRIPT_WORD.findall(src_text))
             if _OTHER_SCRIPT.match(w) and not w[0].islower()]
    if not words:
        return False
    renders = [u for u in map(_renderings, words) if u is not None and len(u) >= 3]
    return all(any(_transliterates(p.fold, u) for u in renders) for p in parts)


_GLUED_HEAD = re.compile(r"([A-ZÄÖÜ]{2,})(?=[a-zäöüß])")


_OTHER_NAME_ZIPF = 2.5  # a spelling the source language uses this often is a name it writes


def _other_known_name(s: str, w: str, sl: str | None) -> bool:
    """Are name words ``s`` (of the source, folded) and ``w`` (of the translation) two
    names of one stem with different endings (Hoffmeister ~ Hoffmann, Petrenko ~
    Petrovsky), not one name's rendering: they share four letters or more, each goes on
    with three letters or more of its own, neither is long (no compound or derivation)
    nor a listed given name (a saint's or king's name is translated, Franciszek ~
    Francesco), the source language declines no names (a case form: Ikaalisiin ~
    Ikaalinen), and the source language itself writes ``w`` as a name of its own (Zipf
    2.5: Hoffmann in English; not Dostojewski, German's rendering of Dostoevsky)?"""
    if not sl or s == w or len(s) > 12 or len(w) > 12 or not has_freq(sl) or sl in _ENDING_LANGS:
        return False  # (a declining source's word may be the name in a case: Ikaalisiin ~ Ikaalinen)
    n = common_prefix(s, w)
    if n < 4 or len(s) - n < 3 or len(w) - n < 3:
        return False
    given = _given_names()
    return s not in given and w not in given and zipf(w, sl) >= _OTHER_NAME_ZIPF


def _name_form(s: str, s_text: str, w: str, w_text: str, w_rare: bool) -> bool:
    """Is capitalised word ``w`` (folded; ``w_text`` as written; ``w_rare``: under Zipf 3
    in its language) a form of the rare name word ``s`` (``s_text`` as written) that a
    comparison of spellings misses: the name glued to the next word, as in the other text
    (TESvermeldet ~ TESreports); a derivation or compound of it (Baathifizierung ~
    Baathification); the head of it (D-Mark ~ Deutschmark); or its letters in another
    order before an inflection (Uighuren ~ Ughuir)?"""
    if not w_text[:1].isupper():
        return False  # a name's form keeps its capital (not "initiative" ~ Obszönitätsinitiative)
    m = _GLUED_HEAD.match(w_text)
    if m is not None:
        n = _GLUED_HEAD.match(s_text)
        if n is not None and n.group(1) == m.group(1):
            return True
    if len(s) < 5:
        return False
    if w_rare and len(w) >= 6 and common_prefix(w, s) >= 5:
        return True
    if len(w) >= 4 and len(s) >= len(w) + 3 and s.endswith(w):
        return True
    return len(w) >= len(s) and w[0] == s[0] and w[len(s) - 1] == s[-1] and sorted(w[:len(s)]) == sorted(s)


def _own_words(index: NameIndex) -> list[str]:
    """The text's own words of four letters or more (not the index's joined pairs: Ullman
    Show is no "ullmanshow"), folded."""
    return [w for w in index.longs if w in index.forms and w.isalpha()]


def _formed_from_source(t: Name, sindex: NameIndex) -> bool:
    """Is target name ``t`` a form of a rare source word (a name) that spelling misses
    (``_name_form``), and not another name of its stem (``_other_known_name``)?"""
    rare = [w for w in _own_words(sindex) if zipf(sindex.low(w), sindex.lang) < 3.0]
    return any(_name_form(w, sindex.forms[w], p.fold, p.text, p.zipf < 3.0)
               and not _other_known_name(w, p.fold, sindex.lang)
               for p in t.parts if not (p.acronym or p.classes) for w in rare)


def _formed_in_target(g: Name, tindex: NameIndex, sl: str | None = None) -> bool:
    """Is source name ``g`` (in ``sl``) in the translation in a form spelling misses
    (``_name_form``: Ent-Baathifizierung ~ de-Baathification, D-Mark ~ Deutschmark), not
    another name of its stem (``_other_known_name``: Hoffmeister ~ Hoffmann)?  Every word of
    it must be rare (a name, not a title word) and have its form there."""
    parts = [p for p in g.parts if not p.acronym]
    if not parts or any(p.classes or p.zipf >= 3.0 for p in parts):
        return False
    words = _own_words(tindex)
    return all(any(_name_form(p.fold, p.text, w, tindex.forms[w], zipf(tindex.low(w), tindex.lang) < 3.0)
                   and not _other_known_name(p.fold, w, sl)
                   for w in words) for p in parts)


# languages that capitalise every noun: a capitalised word there is no evidence of a name,
# so N005 (which needs that evidence on its own) judges there only places of the lexicon
_NOUN_CAPS = frozenset({"de", "lb"})


def _may_add(src_text: str, tgt_text: str, tl: str | None) -> bool:
    """Cheap necessary test for an unexplained target name: a capitalised word inside a
    sentence of the translation that the source does not have as written and that is no
    function word."""
    sfolds = _token_sets(src_text)[1]
    stop = stopwords(tl)
    caps = tl in _NOUN_CAPS
    words, starts, _ = _piece_cols(tgt_text)
    for w, ps in zip(words, starts):
        if w[:1].isupper():
            f = w.lower() if w.isascii() else fold(w)  # (the same, without the cache look-up)
            if f not in sfolds and f not in stop and not _is_initial(tgt_text, ps) \
                    and (not caps or _place_word(f) or (tl == "de" and _german_name_word(w))
                         or (tl == "de" and _NON_GERMAN_LETTER.search(w) is not None)):
                return True
    return False


def _place_word(f: str) -> bool:
    """Is folded ``f`` a form of a place or organisation of the exonym lexicon?"""
    return bool(exonym_classes(f) & _EXO_PLACES)


def _added_kept(names: list[Name], tl: str | None) -> list[Name]:
    """N005's names for a target language: in one that capitalises every noun (German),
    where a capital is no evidence of a name, only a place of the lexicon (an added
    "und Paris")."""
    if tl not in _NOUN_CAPS:
        return names
    return [t for t in names if _group_classes(t) & _EXO_PLACES or _german_name(t) or _foreign_letters(t)]


# Latin letters German does not write in its own words (Timișoara, Łódź, Ålesund; not
# Göteborg: ö is German's own)
_NON_GERMAN_LETTER = re.compile(r"[^\W\d_a-zA-ZäöüÄÖÜß\u00e9\u00c9]")


def _foreign_letters(t: Name) -> bool:
    """Is group ``t`` of a German text written with a Latin letter German does not use
    (Timișoara, Łódź, Ålesund)?  No German noun is: a name, however every noun is
    capitalised."""
    return any(not p.acronym and len(p.text) >= 4 and _LATIN_LETTER.search(p.text)
               and _NON_GERMAN_LETTER.search(p.text) and not _OTHER_SCRIPT.search(p.text) for p in t.parts)


def _german_name(t: Name) -> bool:
    """Is group ``t`` of a German text a name by its words, though every noun is
    capitalised: a word German Wiktionary knows only as a name (Krasnodar, Bernhard:
    de_proper), with no noun reading in the declension lexicon either (Jungfrau is a
    mountain and a noun)?  (Not an acronym: German writes USD, NSA, SMS for the source's
    words.)"""
    return any(not p.acronym and _german_name_word(p.text) for p in t.parts)


@lru_cache(maxsize=4096)
def _german_name_word(w: str) -> bool:
    # (cached per word: N005's pre-test asks it of every capitalised word of a German
    # translation, and the same nouns come back pair after pair)
    from .declension import _noun_readings
    return de_proper(w, zipf(w.lower(), "de")) and _noun_readings().get(w) is None


def _added_names(src_text: str, tgt_text: str, sl: str | None, tl: str | None) -> list[Name]:
    """N005's names of a bead where no source name went missing (none can be a swap)."""
    if not _may_add(src_text, tgt_text, tl):
        return []
    return [t for t in _added_kept(_unexplained(tgt_text, NameIndex(src_text, sl), src_text, sl, tl), tl)
            if not _translated_title(t, tgt_text, src_text, sl, tl)
            and not _head_for_source_head(t, src_text, sl, tl)]


def _unexplained(tgt_text: str, sindex: NameIndex, src_text: str, sl: str | None,
                 tl: str | None) -> list[Name]:
    """Likely names of the translation that render no word of the source (not present,
    inflected, transliterated, an exonym, a cognate or an adapted acronym)."""
    out: list[Name] = []
    seen: set[str] = set()
    groups = find_names(tgt_text, tl, sl)
    places = _dateline_names(tgt_text, src_text, groups, tl, sl)
    for g in places + groups:
        if g.key in seen:
            continue
        seen.add(g.key)
        words = [p for p in g.parts if not p.acronym]
        # a dateline's word is a place by where it stands, however common it is
        if (g in places or tier(g, tl, sl) >= 1 and not (words and all(p.adjective for p in words))
                and _target_name(g, tl, sl)) and not _unit_after_figure(g, tgt_text) \
                and not _currency_qualifier(g, tgt_text) \
                and not _letter_compound(g, tgt_text, tl) and not _dollar_prefix(g, tgt_text) \
                and not _title_piece(g, tgt_text, tl) \
                and not _adjective_opening_a_name(g, tgt_text, tl, target=True) \
                and not _body_head_opening_a_name(g, tgt_text, tl) \
                and not _in_place_chain(g, tgt_text, sindex, src_text) \
                and not _explained(g, sindex, src_text, tl) \
                and not _from_place_adjective(g, src_text, sl, tl) \
                and not _saint_of_source(g, src_text, sl, tl, tgt_text) \
                and not _region_of_abbreviation(g, src_text):
            out.append(g)
    return out


_HYPHEN_CHAIN = re.compile(r"(?<![\w\-\u2010\u2011])[^\W\d_]+(?:[\-\u2010\u2011][^\W\d_]+)+")


def _in_place_chain(g: Name, text: str, sindex: NameIndex, src_text: str = "") -> bool:
    """Is target group ``g`` one piece of a hyphenated place name whose whole the exonym
    lexicon lists for a place the source names (Fribourg-en-Brisgau ~ Freiburg, Freiburger:
    the lower-case particle cut the name in two)?"""
    for m in _HYPHEN_CHAIN.finditer(text, max(0, g.start - 60), min(len(text), g.end + 60)):
        if m.start() <= g.start and g.end <= m.end() and m.group() != g.text:
            whole = fold(m.group()).replace("-", "").replace("\u2010", "").replace("\u2011", "")
            if exonym_classes(whole) & sindex.classes:
                return True
            # a source name of one word transcribed into another script as a hyphenated
            # chain with a lower-case link word (Penygroes ~ Пен-і-Гройса)
            return m.group().count("-") + m.group().count("\u2010") >= 2 \
                and bool(src_text) and bool(_OTHER_SCRIPT.search(whole)) and transcribes_source(whole, src_text)
    return False


def _dollar_prefix(g: Name, text: str) -> bool:
    """Is ``g`` an acronym written before a dollar sign (US$ 870 milhões, HK$, A$)? A
    currency's sign, no place (D002's business)."""
    return text[g.end:g.end + 1] == "$" and all(p.acronym for p in g.parts)


def _title_piece(g: Name, text: str, lang: str | None) -> bool:
    """Is ``g`` an ordinary word capitalised as one piece of a title-case phrase
    ("Institute for Snow and Avalanche Research" for "Institut für Schnee- und
    Lawinenforschung"; Spanish, Portuguese, Italian, French "Ministerio de Agua y Riego"
    for "وزارة المياه والري"): a translated title word, not a name?  In a Romance
    language the phrase must open with a body's head noun (data/names/body_head_nouns.txt:
    Ministerio, Federación), for a person's name links its words with de, y as well."""
    if lang not in _TITLE_LINKS or g.classes or len(g.parts) != 1:
        return False  # (English and Romance title-case their institutions; others do not)
    p = g.parts[0]
    return not p.acronym and not p.classes and p.zipf >= 3.0 and not _world_name(p.low, lang, p.zipf) \
        and p.low not in _given_names() and _linked_title(g, text, lang, head=lang != "en")


# the words that join an institution's title-case name (not "in Kent", "at")
_TITLE_LINKS = {"en": frozenset({"for", "of", "and", "on", "the"}),
                "es": frozenset({"de", "del", "y", "e", "para", "la", "las", "los", "el"}),
                "pt": frozenset({"de", "do", "da", "dos", "das", "e", "para"}),
                "it": frozenset({"di", "del", "della", "dello", "dei", "degli", "delle", "e", "per"}),
                "fr": frozenset({"de", "du", "des", "la", "le", "les", "et", "pour"})}
_TITLE_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _linked_title(g: Name, text: str, lang: str | None, head: bool = False) -> bool:
    """Does ``g`` stand in a title-case phrase of three capitalised words or more that a
    function word links ("Institute for Snow and Avalanche Research", "Office of Fair
    Trading")?  Such phrases name institutions by ordinary words; two capitalised words
    side by side ("White Lion", "Ashford District Court") are no evidence.  With
    ``head``, the phrase's first word must be a body's head noun (Ministerio de …)."""
    toks = [(m.start(), m.end(), m.group()) for m in _TITLE_TOKEN.finditer(text)]
    at = next((i for i, (a, b, _) in enumerate(toks) if a <= g.start < b), None)
    if at is None:
        return False
    links = _TITLE_LINKS.get(lang or "", _TITLE_LINKS["en"])

    def member(i: int) -> bool:
        w = toks[i][2]
        return w[:1].isupper() or w in links
    lo = at
    while lo > 0 and member(lo - 1) and not text[toks[lo - 1][1]:toks[lo][0]].strip(" "):
        lo -= 1
    hi = at
    while hi + 1 < len(toks) and member(hi + 1) and not text[toks[hi][1]:toks[hi + 1][0]].strip(" "):
        hi += 1
    run = [toks[i][2] for i in range(lo, hi + 1)]
    while run and not run[0][:1].isupper():
        run.pop(0)
    while run and not run[-1][:1].isupper():
        run.pop()
    caps = sum(1 for w in run if w[:1].isupper())
    linked = any(not w[:1].isupper() for w in run)
    if head and (not run or run[0] == g.text or not _body_head(run[0], lang)):
        return False
    return caps >= 3 and linked


# a dateline as a translation may write it: the place in capitals or as a name
# (Düsseldorf – , Frankfurt (Reuters) – )
_TGT_DATELINE = re.compile(r"\s*([A-ZÀ-Þ][^\W\d_]*(?:[ -][A-ZÀ-Þ][^\W\d_]*){0,2})\s*"
                           r"(?:\([^)]{1,30}\)\s*)?[–—-]\s")


def _dateline_names(tgt_text: str, src_text: str, groups: list[Name], tl: str | None,
                    sl: str | None) -> list[Name]:
    """The place of the translation's dateline where the source opens with one (LAGUNA
    BEACH – ~ Düsseldorf – ): in German a sentence's first capitalised word is no name
    by itself, but the word before a dateline's dash names the place of writing."""
    if not _DATELINE.match(src_text):
        return []
    m = _TGT_DATELINE.match(tgt_text)
    if m is None or any(g.start < m.end() for g in groups):
        return []
    out = []
    for g in find_names(tgt_text[:m.end(1)], tl, sl, all_capitalised=True):
        out.append(Name(g.text, g.start, g.end, g.parts, g.classes, False))
    return out


_LETTER_HYPHEN = re.compile(r"(?<![^\W\d_])[^\W\d_][-‐]$")


def _letter_compound(g: Name, text: str, lang: str | None) -> bool:
    """Is ``g`` the noun of a German compound whose first part is one letter (U-Boots,
    E-Mail, S-Bahn): a common noun, not a name?"""
    return lang in _GERMANIC and _LETTER_HYPHEN.search(text, max(0, g.start - 3), g.start) is not None


@lru_cache(maxsize=1024)
def _token_sets(text: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The words of ``text`` as written and folded (exact-presence look-ups), and its
    distinct capitalised words of four letters or more."""
    raw = frozenset(_piece_cols(text)[0])
    caps = tuple([w for w in raw if len(w) >= 4 and w[0].isupper()])
    # fold of an ASCII word is its lower case (no look-up in fold's big cache)
    return raw, frozenset([w.lower() if w.isascii() else fold(w) for w in raw]), caps


def _bead_texts(bv: BeadView) -> tuple[Joined, Joined] | None:
    """A bead's source and target text without furniture (UI strings, credits, metadata,
    bylines), or None when a side has nothing else."""
    src_segs = [s for s in bv.source if s.kind not in SKIP_KINDS]
    tgt_segs = [s for s in bv.target if s.kind not in SKIP_KINDS]
    if not src_segs or not tgt_segs:
        return None
    return Joined(src_segs), Joined(tgt_segs)


def _title_words(g: Name, lang: str | None, other: str | None) -> bool:
    """Are all words of source name ``g`` capitalised common words of its language, title
    words a translation renders (League, Red Guards, the Union, Convention): no acronym,
    no lexicon entity, and in English no name the world writes one way either (Trump,
    Obama, Google are about as frequent in every big language).  English is judged so,
    not by the target language alone (``_common_part``): the word lists of every language
    hold English words through the English names they quote (Champions League)."""
    if g.classes:
        return False
    for p in g.parts:
        if p.acronym or p.classes:
            return False
        if _common_part(p, lang, other):
            continue
        if lang == "en" and p.zipf >= _COMMON and not _world_name(p.low, lang, p.zipf):
            continue
        return False
    return True


_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_]+)")


# Russian, Ukrainian, Belarusian, Bulgarian and Macedonian capitalise the first word only of
# a descriptive name (Красная площадь, Большая кольцевая линия): its adjective endings
_RU_ADJ_END = re.compile(r"(?:ой|ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ій|ої|ою)$")
_ADJ_END = {"ru": _RU_ADJ_END, "uk": _RU_ADJ_END, "be": _RU_ADJ_END,
            "bg": re.compile(r"(?:ия|ата|ото|ите|ен|на|но|ни)$"), "mk": re.compile(r"(?:иот|ата|ото|ите)$"),
            # Serbian Cyrillic: the -ск-, -чк-, -шк-, -цк- and -н- adjectives in their long
            # forms and cases (Покрајински секретаријат, Културни центар, Градског већа)
            "sr": re.compile(r"(?:[сшчц]к|н)(?:и|а|о|е|у|ог|ога|ом|ому|ој|их|им|има)$"),
            # the same in Latin letters (Croatian, Bosnian: Maslinarska udruga, Hrvatski
            # zavod) and Slovene's (Kmetijsko gozdarska zbornica, Slovenskega društva)
            "hr": re.compile(r"(?:[sšcč]k|n)(?:i|a|o|e|u|og|oga|om|omu|oj|ih|im|ima)$"),
            "bs": re.compile(r"(?:[sšcč]k|n)(?:i|a|o|e|u|og|oga|om|omu|oj|ih|im|ima)$"),
            "sl": re.compile(r"(?:[sšcč]k|n)(?:i|a|o|e|ega|emu|em|im|ih|ima|imi)$")}
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")


# the Latin letters a Greek or Cyrillic capital of a code stands for: its look-alike
# (Α1 ~ A1, В2 ~ B2) and its transliteration (Β ~ V, Г ~ G, Н ~ N, Р ~ R)
_CODE_LETTERS = {
    "Α": "A", "Β": "BV", "Γ": "GC", "Δ": "D", "Ε": "E", "Ζ": "Z", "Η": "HI", "Θ": "", "Ι": "I",
    "Κ": "K", "Λ": "L", "Μ": "M", "Ν": "N", "Ξ": "X", "Ο": "O", "Π": "P", "Ρ": "PR", "Σ": "S",
    "Τ": "T", "Υ": "YU", "Φ": "F", "Χ": "XH", "Ω": "O",
    "А": "A", "Б": "B", "В": "BV", "Г": "G", "Д": "D", "Е": "E", "Є": "E", "Ж": "Z", "З": "Z",
    "И": "IY", "І": "I", "Й": "J", "К": "K", "Л": "L", "М": "M", "Н": "HN", "О": "O", "П": "P",
    "Р": "PR", "С": "CS", "Т": "T", "У": "YU", "Ф": "F", "Х": "XH", "Ц": "C", "Ш": "", "Э": "E",
}
_GR_CY_CODE = re.compile(r"[\u0391-\u03a9\u0400-\u042f]{1,3}-?\d{1,3}|\d{1,3}-?[\u0391-\u03a9\u0400-\u042f]{1,3}")


def _code_in_latin(g: Name, tgt_text: str) -> bool:
    """Is one-word source name ``g``, a code of one to three Greek or Cyrillic capitals and
    a figure (a league's or division's Α1, Β2, a road's М4, a vitamin's В12), in Latin-script
    ``tgt_text`` with each capital by its look-alike or its transliteration (Α1 ~ A1, Β2 ~
    B2 or V2, М4 ~ M4)?  A code keeps its figure: another figure is another code."""
    if len(g.parts) != 1 or not _GR_CY_CODE.fullmatch(g.text):
        return False
    options = [""]
    for ch in g.text:
        alts = _CODE_LETTERS.get(ch, ch) if not ch.isdigit() and ch != "-" else ch
        if not alts:
            return False
        options = [o + a for o in options for a in alts]
    for o in options:
        for v in {o, o.replace("-", "")}:
            if re.search(r"(?<![^\W_])" + re.escape(v) + r"(?![^\W_])", tgt_text):
                return True
    return False


def _half_transcribed(g: Name, tgt_text: str) -> bool:
    """Are the last word and half the words of a source name of three or more words in
    another script transcribed in the translation: a person's name after a title the
    source capitalises (Πολιτικής Προστασίας Βασίλης Κικίλιας ~ Civil Protection
    Vasilis Kikilias), as half the words suffice in one script?"""
    if len(g.parts) < 3 or not transcribes_source(g.parts[-1].text, tgt_text):
        return False
    return 2 * sum(transcribes_source(p.text, tgt_text) for p in g.parts) >= len(g.parts)


# heads of a school's, faculty's, library's, hospital's, museum's, theatre's or archive's
# name (data/names/body_heads.txt, session 64): a source's name with one is translated
# (Шумарског факултета ~ Faculty of Forestry); a translation's, where the source has none,
# may be a body it added (Економічному факультеті for "the university"), as before
_PLACE_OF_WORK_HEAD = re.compile(
    r"(?:факултет|факультет|школ|гимнази|гімназі|библиотек|бібліотек|больниц|болниц|лікарн|"
    r"театр|театър|театар|позоришт|архив|архів|музе|училищ|училиш|fakult|skol|gymnazi|gimnazij|"
    r"knihovn|kniznic|knjiznic|nemocnic|bolnic|bolnisnic|muze|divadl|kazalist|gledalisc|arhiv|"
    r"archiv|sola|sole|soli|solo|solah|solami)")


def _adjective_opening_a_name(g: Name, text: str, lang: str | None, target: bool = False) -> bool:
    """Is one-word group ``g`` a common adjective that opens a descriptive name, the
    words after it in lower case (Красной площади ~ Red Square, Большой кольцевой линии
    ~ Big Circle Line)?  A translation renders such a name; only its capital says it is one.
    ``target``: ``g`` is the translation's, where a rarer adjective before a school's or
    faculty's head (``_PLACE_OF_WORK_HEAD``) still counts as a name."""
    end = _ADJ_END.get(lang or "")
    if end is None or len(g.parts) != 1 or g.classes or g.parts[0].classes:
        return False
    p = g.parts[0]
    if not end.search(p.low):
        return False
    m = _LOWER_WORD_AFTER.match(text, g.end)
    # (a head noun of three letters too: суд, court)
    if m is None or not m.group(1)[:1].islower() or len(m.group(1)) < 4 \
            and not _is_body_head(fold(m.group(1)), lang):
        return False
    # a common adjective; or a rarer one before a body's head noun (Хидробиолошкиот завод
    # ~ Hydrobiological Institute, Национален институт): a descriptive name all the same;
    # or before more lower-case adjectives and then the head (Девятом окружном военном
    # суде ~ Ninth District Military Court)
    if p.zipf >= 4.0 or _is_body_head(fold(m.group(1)), lang) \
            and not (target and _PLACE_OF_WORK_HEAD.match(fold(m.group(1)))):
        return True
    for _ in range(3):
        if not end.search(m.group(1)):
            return False
        m = _LOWER_WORD_AFTER.match(text, m.end())
        if m is None or not m.group(1)[:1].islower():
            return False
        if _is_body_head(fold(m.group(1)), lang):
            return True
    return False


# the first half of a Slavic compound adjective, in its -o/-e linking form, before a hyphen
# and the lower-case second half (Научно-технолошком, Торгово-промышленная, Naukowo-badawczy)
_COMPOUND_ADJ_HALF = re.compile(r"-[^\W\d_]{4,}")


def _compound_adjective_opening(g: Name, text: str, lang: str | None) -> bool:
    """Is one-word group ``g`` the capitalised first half of a Slavic compound adjective
    that opens a descriptive name (Научно-технолошком парку ~ Science and Technology Park,
    Торгово-промышленная палата ~ Chamber of Commerce and Industry)?  Its linking -o/-e
    and the lower-case half after the hyphen say it is an adjective: a translation
    renders it with the name's other words, and only the capital made it look a name."""
    if lang not in _SLAVIC_LANGS or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym:
        return False
    low = g.parts[0].low
    if len(low) < 4 or low[-1] not in "оеoe":
        return False
    m = _COMPOUND_ADJ_HALF.match(text, g.end)
    return m is not None and m.group(0)[1].islower()


@lru_cache(maxsize=1)
def _body_heads() -> dict[str, tuple[str, ...]]:
    """Folded openings of the head nouns of descriptive names, by language
    (data/names/body_heads.txt)."""
    return {lang: opens for lang, (_, opens) in _lang_word_table("body_heads.txt").items()}


def _is_body_head(f: str, lang: str | None) -> bool:
    """Is folded word ``f`` a head noun of a descriptive name in ``lang`` (an opening or a
    whole word of data/names/body_heads.txt: a whole word where an opening would take in
    other words, Serbian град "city" and its cases, not Градишка)?"""
    return _head_of(f, _lang_word_table("body_heads.txt"), lang)


# the definite article Bulgarian and Macedonian glue to a noun (folded: й to и); Albanian's
# definite and case endings (folded: ë to e): Bashkia, Bashkisë, Fondit, Ministrisë, Këshillit
_ARTICLE_ENDS = {"bg": ("ът", "ят", "та", "то", "те", "а", "я"),
                 "mk": ("от", "ов", "он", "та", "ва", "на", "то", "во", "но", "те", "ве", "не"),
                 "sq": ("a", "ja", "i", "ri", "u", "se", "es", "it", "ut", "in", "un", "ne", "te",
                        "et", "ve", "ave")}


def _articled_body_head(g: Name, lang: str | None) -> bool:
    """Is one-word group ``g`` a body's head noun with the definite article glued on,
    capitalised as Bulgarian and Macedonian write a body named again by its head
    (Заводот ~ the institute, Асоциацията ~ the association, Министерството ~ the
    ministry): a common noun the translation translates, not a name?"""
    ends, heads = _ARTICLE_ENDS.get(lang or ""), _body_heads().get(lang or "")
    if ends is None or heads is None or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym:
        return False
    f = g.parts[0].fold
    # (a language mtcheck has no word list for, Albanian, is read by its endings alone)
    return f.startswith(heads) and f.endswith(ends) and (g.parts[0].zipf >= 2.0 or not has_freq(lang))


def _case_of_common_word(g: Name, text: str, lang: str | None, other: str | None) -> bool:
    """Is one-word group ``g``, a word the word list hardly knows as written, a case form
    of a common word of a language that declines nouns (Latvian Centrāltirgū,
    Centrāltirgu ~ centrāltirgus "central market"): its dictionary form frequent (Zipf 4
    or more) and no name (``namelike``), so the name finder passes it over when it
    stands in that form?  A common word (the place translated: Zentralmarkt), not a name
    lost or swapped.  Not after a capitalised word: a surname after its given name
    (Valdim Ozoliņam), many of them common words too (ozoliņš "little oak")."""
    if lang not in _CASE_LANGS or len(g.parts) != 1 or g.classes or not has_freq(lang):
        return False
    p = g.parts[0]
    if p.acronym or p.classes or p.zipf >= REAL_WORD or len(p.low) < 6 or p.low in _given_names():
        return False
    before = _WORD_BEFORE.search(text, max(0, g.start - 40), g.start)
    if before is not None and before.group(1)[:1].isupper():
        return False
    for k in (1, 2):
        stem = p.low[:-k]
        for e in _BASE_ENDINGS:
            base = stem + e
            if e and base != p.low and zipf(base, lang) >= _COMMON and not namelike(base, lang, other):
                return True
    return False


@lru_cache(maxsize=1)
def _syllabic_heads() -> dict[str, frozenset[str]]:
    """data/names/body_heads.syllabic.txt: language -> folded heads of a body's name, of
    one syllable or more (hop tac xa, chi cuc, so)."""
    return {lang: words for lang, (words, _) in _lang_word_table("body_heads.syllabic.txt").items()}


_SYLLABLES_AT = re.compile(r"[^\W\d_]+(?:[ \u00a0]+[^\W\d_]+){0,3}")


def _syllabic_body_head(g: Name, text: str, lang: str | None) -> bool:
    """Is group ``g`` the opening of a body's name in a language that capitalises the
    first syllable of each of its words only (Vietnamese Hợp tác xã, Chi cục Kiểm dịch,
    Sở Nông nghiệp): a head of ``_syllabic_heads`` at its start, the head's other
    syllables in lower case; a head of one syllable only with a word after it in the
    group whose next syllable is in lower case (Sở Nông|nghiệp: a word going on, where a
    name capitalises every syllable), or a head of one syllable alone before the Vietnamese
    syllable for its chief (Viện trưởng, the institute's director)?  The translation
    translates such a name."""
    heads = _syllabic_heads().get(lang or "")
    if not heads or g.classes or any(p.acronym or p.classes for p in g.parts):
        return False
    m = _SYLLABLES_AT.match(text, g.start)
    if m is None:
        return False
    syl = m.group().split()
    for k in range(min(4, len(syl)), 0, -1):
        if " ".join(fold(x) for x in syl[:k]) not in heads:
            continue
        if k > 1:
            return len(g.parts) == 1 and all(x[:1].islower() for x in syl[1:k])
        after = _LOWER_WORD_AFTER.match(text, g.end)
        if len(g.parts) < 2:
            # the head alone before the syllable for its chief (Cục trưởng, Viện trưởng):
            # the title of the person who heads such a body, translated
            return lang == "vi" and after is not None and after.group(1) == "trưởng"
        return after is not None and after.group(1)[:1].islower()
    return False


def _body_head_opening_a_name(g: Name, text: str, lang: str | None) -> bool:
    """Is one-word group ``g`` the head noun of a descriptive name in a language that
    capitalises a name's first word only, the word after it in lower case (Министерства
    транспорта ~ Department of Transportation, Празник на розата ~ Rose Festival)?  A
    translation translates such a name's words; only the capital says it is one."""
    if _syllabic_body_head(g, text, lang):
        return True
    if lang not in _body_heads() or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym:
        return False
    p = g.parts[0]
    if not _is_body_head(p.fold, lang) or p.zipf < 3.0:
        return False
    m = _LOWER_WORD_AFTER.match(text, g.end)
    return m is not None and m.group(1)[:1].islower() and len(m.group(1)) >= 2


# a body's head noun's opening this long (ministarstv-, veleucilist-, gimnazij-) takes in
# no name: the word is the head noun in a case, whether or not the word list knows it
_LONG_HEAD_OPENING = 7
_LOWER_AFTER = re.compile(r"[ \u00a0]+([^\W\d_])")


def _rare_body_head(g: Name, text: str, lang: str | None) -> bool:
    """Is one-word group ``g`` a body's head noun in a language that capitalises a name's
    first word only (data/names/body_heads.txt), by an opening of seven letters or more,
    that the word list does not know in this case (a Croatian polytechnic's name:
    Veleučilištem u …), a lower-case word after it (a preposition too, before the place
    it is in)?  The head of a descriptive name, which a
    translation translates (Hochschule, college): no name lost."""
    if lang not in _body_heads() or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym:
        return False
    p = g.parts[0]
    if not p.text[1:].islower() or not any(p.fold.startswith(h) for h in _body_heads()[lang]
                                           if len(h) >= _LONG_HEAD_OPENING):
        return False
    m = _LOWER_AFTER.match(text, g.end)
    return m is not None and m.group(1).islower()


def _in_title_phrase(g: Name, text: str, lang: str | None) -> bool:
    """Is group ``g`` next to a capitalised word that is not part of it and no function
    word (Veterinary Service, Test Ban Treaty; not "The League"): one piece of a
    title-case phrase?"""
    if lang == "vi":
        # Vietnamese capitalises every syllable of a name: a capitalised syllable beside
        # one the finder took is more of the same name (Phú Thọ), no title word; a
        # body's name, whose words only open with a capital, is _vi_body_word's
        return False
    stop = stopwords(lang)
    for m in (_WORD_BEFORE.search(text, max(0, g.start - 30), g.start), _WORD_AFTER.match(text, g.end)):
        if m is not None and m.group(1)[:1].isupper() and fold(m.group(1)) not in stop:
            return True
    return False


def _linked_title_word(g: Name, text: str, lang: str | None) -> bool:
    """Is English group ``g`` linked by of, for, and, on to a capitalised word that is no
    function word (Ministry of Defence, Department of Commerce, Office for National
    Statistics): the title words of an institution's or a landmark's name, which a
    translation translates (Verteidigungsministerium, Handelsministerium)?"""
    if lang != "en":
        return False
    stop = stopwords(lang)
    for m in (_LINKED_BEFORE.search(text, max(0, g.start - 40), g.start), _LINKED_AFTER.match(text, g.end)):
        if m is not None and fold(m.group(1)) not in stop:
            return True
    return False


_LINKED_BEFORE = re.compile(r"([A-Z][^\W\d_]+) (?:for|of|and|on) $")
_LINKED_AFTER = re.compile(r" (?:for|of|and|on) ([A-Z][^\W\d_]+)")


_BEFORE_BRACKET = re.compile(r"\s*\(\s*$")


def _letters(g: Name) -> str:
    return "".join(p.text.replace(".", "") for p in g.parts)


def _bracket_initials(g: Name, text: str) -> str | None:
    """The initials of the capitalised words before name ``g`` when ``g`` stands in
    brackets after them ("the EU Common Agricultural Policy (CAP)" -> "ECAP"), else None."""
    m = _BEFORE_BRACKET.search(text, max(0, g.start - 4), g.start)
    if m is None or text[g.end:g.end + 1] != ")":
        return None
    return "".join(w[0] for w, _, _ in _pieces(text[max(0, m.start() - 120):m.start()]) if w[:1].isupper())


def _localised_acronym(g: Name, src: str, t: Name, tgt: str) -> bool:
    """Is target acronym ``t`` the translation's own for source acronym ``g``, which the
    source spells out before it in brackets ("Common Agricultural Policy (CAP)")?  Its
    words are translated, and the acronym with them.  Not when the translation's
    capitalised words before ``t`` spell ``t`` or ``g`` (a name kept in the source's
    language: "Federal Bureau of Investigation (CIA)" or "Central Intelligence Agency
    (CIA)" for the FBI is a swap)."""
    letters = _letters(g)
    initials = _bracket_initials(g, src)
    if len(letters) < 2 or initials is None or not initials.endswith(letters):
        return False
    own = _bracket_initials(t, tgt) or ""
    return not own.endswith(letters) and not own.endswith(_letters(t))


def _related_groups(g: Name, t: Name) -> bool:
    """Are source name ``g`` and target name ``t`` places of the lexicon related to each
    other (Europe ~ EU, Sub-Saharan Africa ~ Africa)?"""
    return any(related_entities(a, b) for a in _group_classes(g) for b in _group_classes(t) if a != b)


# (a Swiss amount may end in a dash for no cents: 180.- SFr.)
_FIGURE_BEFORE = re.compile(r"\d[\d.,'’\u00a0\u202f]*-?\s*(?:[^\W\d_]+\.?\s+)?$")


# temperature words a unit table of symbols and currencies does not hold; capitalised
# German "Grad" reads as a name, and Celsius/Fahrenheit are one (D001/D002's business)
_DEGREE_WORDS = frozenset({"grad", "celsius", "fahrenheit", "kelvin", "degrees", "degree"})
_TWO_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s+$")


def _number_word(w: str) -> bool:
    from ._text import _WORD_NUMS
    low = w.casefold()
    return any(low in table for table in _WORD_NUMS.values())


_FIGURE_AFTER = re.compile(r"[ \u00a0\u202f]?\d")


_ASCII_LOWER_AFTER = re.compile(r"[ \u00a0]+([a-z][^\W\d_]*)")


@lru_cache(maxsize=1)
def _place_common_nouns() -> dict[str, tuple[str, ...]]:
    """data/names/place_common_nouns.txt: language -> folded phrases, a place or people
    word and a common noun (norway spruce, brussels sprout)."""
    table = _lang_word_table("place_common_nouns.txt")
    return {lang: tuple(sorted(words)) for lang, (words, _) in table.items()}


@lru_cache(maxsize=1)
def _place_common_heads() -> dict[str, frozenset[str]]:
    """Per language of ``_place_common_nouns``, every start of a phrase that ends in a
    space ("norway ", "new york "): a text ending in a space opens one of the phrases
    exactly when it is one of these (the look-up ``_place_in_common_noun`` makes
    for each name, in place of a scan of the phrases)."""
    return {lang: frozenset(ph[:i + 1] for ph in phrases for i, ch in enumerate(ph) if ch == " ")
            for lang, phrases in _place_common_nouns().items()}


def _place_in_common_noun(g: Name, text: str, sl: str | None) -> bool:
    """Is source name ``g`` the place or people word of a common noun of
    data/names/place_common_nouns.txt, its head in lower case right after it (Norway
    spruce, Brussels sprouts, German measles)?  Other languages name the tree, the food,
    the illness without the place (Fichte, Rosenkohl, Röteln): no name to keep."""
    phrases = _place_common_nouns().get(sl or "")
    if not phrases or len(g.parts) > 2:
        return False
    head = fold(g.text) + " "
    if head not in _place_common_heads()[sl or ""]:  # (no phrase opens with it)
        return False
    m = _ASCII_LOWER_AFTER.match(text, g.end)
    if m is None:
        return False
    phrase = head + fold(m.group(1))
    return any(phrase == ph or phrase in (ph + "s", ph + "es") for ph in phrases if ph.startswith(head))


def _number_word_name(g: Name, text: str, sl: str | None) -> bool:
    """Is one-word name ``g`` (seven letters or more, no lexicon entity) wholly a number
    that the numbers rules read in ``text``: a number word, or a compound adjective opening
    with one (Czech Pětačtyřicetiletý "forty-five-year-old", Polish Trzydziestoletni,
    Croatian Dvadesetogodišnji), capitalised where it opens a sentence?  A number (D001's
    business), no name."""
    if len(g.parts) != 1 or g.classes:
        return False
    p = g.parts[0]
    if p.classes or p.acronym or len(p.text) < 7 or not p.text.isalpha() or not reads_number_words(sl):
        return False
    return any(n.start <= g.start and g.end <= n.end for n in find_numbers(text, sl))


def _unit_after_figure(g: Name, text: str) -> bool:
    """Is the one-word name ``g`` a unit or currency written after a figure or a number
    word, maybe with a scale word between (5 Franken, 1,5 Mio. Franken, zehn Grad,
    14 degrees Fahrenheit)?"""
    if len(g.parts) != 1:
        return False
    from .numbers import unit_table  # numbers does not import names: no cycle
    t = unit_table()
    if _FIGURE_AFTER.match(text, g.end) and (g.text in _CURRENCY_CODES or any(
            t.dims.get(u) == "currency" for u in t.symbols.get(g.text, ()))):
        return True  # CHF 800,000 ~ 800'000 Franken, Rp 250.000: a code or sign before its amount
    if text.startswith(".", g.end) and _FIGURE_AFTER.match(text, g.end + 1) and any(
            t.dims.get(u) == "currency" for u in t.symbols.get(g.text + ".", ())):
        return True  # Rs. 500: an abbreviation with its dot before its amount
    low = g.parts[0].low
    degree = low in _DEGREE_WORDS
    if not degree and low not in t.words and g.text + "." not in t.symbols:
        # (a currency's abbreviation is a symbol with its dot: 180 SFr., 5 Rp.)
        return False  # the common case, decided without the look-behind searches
    if not _FIGURE_BEFORE.search(text, max(0, g.start - 24), g.start):
        m = _TWO_WORDS_BEFORE.search(text, max(0, g.start - 40), g.start) if degree else None
        if m is None or not any(w and _number_word(w) for w in m.groups()):
            return False
    return True


_NEXT_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_]+)")


def _currency_qualifier(g: Name, text: str) -> bool:
    """Is ``g`` a place of the lexicon or its people's adjective before a currency word,
    after a figure (12 million Swiss francs, 40 Hong Kong dollars): the currency's
    name, which the source may leave to the context (12 Millionen Franken); D002 judges
    the currency.  Also after the currency word, where the language puts it there (14
    juta dolar Australia ~ $14 million)."""
    if not _group_classes(g) & _EXO_PLACES or len(g.parts) > 3:
        return False
    from .numbers import unit_table  # numbers does not import names: no cycle
    t = unit_table()

    def currency(word: str) -> bool:
        return any(t.dims.get(u) == "currency" for u in t.words.get(word.lower(), ()))

    # after the currency word, where the language puts a noun's qualifier after it
    # (14 juta dolar Australia, 5 triệu đô la Úc): the figure before the currency word
    b = _CURRENCY_WORD_BEFORE.search(text, max(0, g.start - 24), g.start)
    if b is not None and not currency(b.group(1)):
        # a currency of two words (Vietnamese đô la: 5 triệu đô la Úc)
        b = _CURRENCY_WORDS_BEFORE.search(text, max(0, g.start - 32), g.start)
    if b is not None and currency(b.group(1)) \
            and _FIGURE_BEFORE.search(text, max(0, b.start(1) - 24), b.start(1)) is not None:
        return True
    m = _NEXT_WORD_AFTER.match(text, g.end)
    if m is None or not currency(m.group(1)):
        return False
    return _FIGURE_BEFORE.search(text, max(0, g.start - 24), g.start) is not None


_CURRENCY_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \u00a0]+$")
_CURRENCY_WORDS_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+[ \u00a0-][^\W\d_]+)[ \u00a0]+$")


@lru_cache(maxsize=1)
def _person_titles() -> dict[str, frozenset[str]]:
    """data/names/title_words.txt: language -> folded titles written before a name."""
    return {lang: words for lang, (words, _) in _lang_word_table("title_words.txt").items()}


def _titled_name_present(g: Name, tindex: NameIndex, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is ``g`` a title of data/names/title_words.txt that the name finder took in with the
    name after it (Reeve Darlene Kowalchuk: a rare title, or one a surname shares), and is
    that name in the translation (달린 코왈척 구청장)?  The title was translated, the
    person kept."""
    if len(g.parts) < 2 or g.parts[0].fold not in _person_titles().get(sl or "", ()) \
            or g.parts[1].acronym or g.classes:
        return False
    rest = Name(g.text[g.parts[1].start - g.start:], g.parts[1].start, g.end, g.parts[1:],
                frozenset(), False)
    return _group_present(rest, tindex, tl, sl) or present_in_other_script(rest.text, tgt) \
        or present_in_zh(rest.text, tgt, tl)


_CASED_NAME_WORD = re.compile("[\u0391-\u03a9\u0400-\u042f][\u03ac-\u03ce\u0430-\u045f]+")


def _script_given_kept(g: Name, t: Name, src: str, tl: str | None) -> bool:
    """Is two-word name ``g`` of a cased script (Cyrillic, Greek) rendered by two-word Latin
    name ``t`` whose first word transcribes ``g``'s first and whose second word, no common
    word of ``tl`` nor a lexicon name, transcribes no word of source sentence ``src``
    (Јелена Петровић ~ Jelena Marković)?  The given name kept, another surname after it."""
    if len(g.parts) != 2 or len(t.parts) != 2 or g.classes or t.classes \
            or not all(_CASED_NAME_WORD.fullmatch(p.text) for p in g.parts) \
            or not all(p.text[:1].isupper() and p.text[1:].islower() and p.text.isalpha() for p in t.parts):
        return False
    first, last = t.parts
    if last.classes or len(last.fold) < 4 or zipf(last.low, tl) >= 3.0 \
            or not present_in_other_script(first.text, g.parts[0].text) \
            or present_in_other_script(last.text, g.parts[1].text):
        return False
    return not any(present_in_other_script(last.text, w) for w in _CASED_NAME_WORD.findall(src))


# a capitalised word and one space right before a name (a sentence's first word)
_CAP_WORD_BEFORE = re.compile(r"(?<![^\W\d_'’.-])([^\W\d_][^\W\d_'’]+) $")


def _kept_word_opening(g: Name, kept: list[bool], tgt_text: str, tl: str | None,
                       sl: str | None) -> list[Name]:
    """The translation's names with the capitalised word right before them joined on
    where that word is a kept word of source name ``g`` as written (Grace ~ "Grace
    Mendoza, the town mayor, …"): a given name opening a sentence, which the name
    finder leaves out where it is also a word of the language (Grace, Hope), is the
    name's first word all the same when the source's name has it."""
    folds = {p.fold for p, k in zip(g.parts, kept) if k}
    out = []
    for t in find_names(tgt_text, tl, sl):
        m = _CAP_WORD_BEFORE.search(tgt_text, max(0, t.start - 40), t.start)
        if m is None or not m.group(1)[:1].isupper() or fold(m.group(1)) not in folds \
                or any(p.acronym for p in t.parts):
            continue
        w = m.group(1)
        part = Part(w, m.start(1), m.end(1), fold(w), False, frozenset(), zipf(w.lower(), tl), w.casefold(), False)
        out.append(Name(tgt_text[m.start(1):t.end], m.start(1), t.end, [part] + list(t.parts), t.classes, True))
    return out


def _part_swapped(g: Name, tgt_text: str, tindex: NameIndex, src_text: str,
                  sl: str | None, tl: str | None) -> Name | None:
    """The translation's name where a person's name ``g`` kept one part and another name
    stands in the slot of the part it lost (Anna Keller ~ "Anna Müller", Angela Merkel ~
    "Angela Schröder"): the group counts as present by half, but it is somebody else.
    Places (lexicon classes) and acronyms are left out; the stand-in must be a name word
    the source lacks, next to the kept part on the lost part's side; before the kept
    part (a first name's slot) no common word, which is where a translation puts a
    title (Councillor Keller).  An acronym opening the group before a listed given name
    (a body's, in the genitive: Prezes ZNP Anna Kowalska) is set aside: the person's name
    is the words after it."""
    if len(g.parts) >= 3 and g.parts[0].acronym and not g.classes and 2 <= len(g.parts) - 1 <= 3 \
            and g.parts[1].fold in _given_names():
        rest = g.parts[1:]
        g = Name(" ".join(p.text for p in rest), rest[0].start, rest[-1].end, rest, frozenset(), False)
    if len(g.parts) < 2 or g.classes or any(p.acronym or (p.classes and not _listed_given(p)) for p in g.parts):
        return None
    sts = [status(p, tindex, sl) for p in g.parts]
    kept = [st in ("exact", "inflected") for st, _ in sts]
    if all(kept) or not any(kept):
        return None
    if (sl == "hu") != (tl == "hu") and len(g.parts) == 2:
        # Hungarian writes the surname first (Nagy Ferenc ~ Ferenc Nagy): a two-word name
        # whose one listed given name is on the other side from the translation's order
        # is read in that order
        given = [p.low in _given_names() or p.fold in _given_names() for p in g.parts]
        first_given, last_given = given[0] and not given[1], given[1] and not given[0]
        if (sl == "hu" and last_given) or (tl == "hu" and first_given):
            g = Name(g.text, g.start, g.end, g.parts[::-1], g.classes, g.initial)
            sts, kept = sts[::-1], kept[::-1]
    src_folds = _token_sets(src_text)[1]
    for t in find_names(tgt_text, tl, sl) + _kept_word_opening(g, kept, tgt_text, tl, sl):
        tf = [p.fold for p in t.parts]
        for i, p in enumerate(g.parts):
            if not kept[i]:
                continue
            # the kept part as written, or in the form it has in the translation (Lucie
            # Vargovej, a Slovak genitive, ~ "Lucia Kováčová": Lucia is Lucie's nominative)
            # of a given name only: a place's stem inside a body's name (Viljandimaa
            # Ühistranspordikeskus ~ Viljandi County …) anchors no person
            form = p.fold if p.fold in tf else sts[i][1] if sts[i][0] == "inflected" and (
                p.fold in _given_names() or sts[i][1] in _given_names()) else None
            if form not in tf:
                continue
            j = tf.index(form)
            # the lost neighbour of part i in g, and what stands in its slot in t
            for di in (-1, 1):
                if not (0 <= i + di < len(g.parts)) or kept[i + di] or not (0 <= j + di < len(tf)):
                    continue
                lost, stand = g.parts[i + di], t.parts[j + di]
                if _body_head(lost.text, sl):
                    continue  # a body's head noun (Tartu Ülikooli, "of the university of
                    # Tartu"): a body's name translated, no person's name swapped
                if di < 0 and lost.fold in _person_titles().get(sl or "", ()):
                    continue  # a title the source capitalises (Konsehal ~ Councilor): the
                    # translation's own title in its slot, no other person
                # (a lexicon word right after a kept given name, in the same name, where
                # English and German put no adjective, is a surname: Ioana Moldovan)
                surname_demonym = di > 0 and tl in ("en", "de") and not lost.classes
                if stand.fold in src_folds or stand.acronym or (stand.classes and not surname_demonym) \
                        or len(stand.fold) < 3 \
                        or stand.fold in stopwords(tl):
                    continue
                if _osa(stand.fold, lost.fold) <= 1 or _near_miss(stand.fold, lost.fold, 80) \
                        or _same_skeleton(stand.fold, lost.fold):
                    continue  # the same name misspelt (Suu Kye, Rela Madrid): N001's case
                gap = tgt_text[t.parts[j].end:stand.start] if di > 0 else tgt_text[stand.end:t.parts[j].start]
                if "-" in gap:
                    continue  # a compound of the name (Swat Valley ~ Swat-Tal)
                if di < 0 and p.text not in _EN_STREET_WORDS \
                        and (zipf(stand.low, tl) >= REAL_WORD or zipf(stand.low, sl) >= REAL_WORD):
                    # before the kept part a translation puts titles (Councillor Keller);
                    # after a kept first name, only a surname stands (Anna Müller); before
                    # a street's generic, its name (Gasworks Lane ~ Station Lane)
                    continue
                return t
    return None


def _listed_given(p: Part) -> bool:
    """Is name word ``p`` a listed given name whose only lexicon entries are persons (Luís,
    Elizabeth: a monarch's name in the lexicon, Louis)?  A person's given name, which
    anchors a surname swapped beside it as any given name does."""
    return bool(p.classes) and p.classes <= _EXO_PERSONS and (p.fold in _given_names() or p.low in _given_names())


def _slot_swapped(g: Name, tgt_text: str, src_text: str, sl: str | None, tl: str | None) -> Name | None:
    """The translation's name where every word of a person's name ``g`` of two or three
    words is in the translation, but right after its first words stands another name word
    the source lacks, its last word only elsewhere (Fiona McLeod ~ "Fiona Campbell …
    McLeod said"; a Vietnamese name, whose last word is the one said alone: Trần Thị Mai ~
    "Trần Thị Hương … Mai said"): the full name given is somebody else's.  The stand-in
    passes ``_part_swapped``'s tests (no slip or inflection of the surname, no title)."""
    if len(g.parts) not in (2, 3) or g.classes or any(p.acronym or (p.classes and not _listed_given(p))
                                                      for p in g.parts):
        return None
    head, last = g.parts[:-1], g.parts[-1]
    lead = " ".join(p.text for p in head)
    i, n = tgt_text.find(lead + " "), len(lead) + 1
    while i >= 0 and (not tgt_text[i + n:i + n + 1].isupper() or tgt_text.startswith(last.text, i + n)):
        i = tgt_text.find(lead + " ", i + 1)
    if i < 0:
        return None  # (no capitalised word after the first name but the surname: cheap exit)
    src_folds = _token_sets(src_text)[1]
    heads = [p.fold for p in head]
    for t in find_names(tgt_text, tl, sl):
        if len(t.parts) != len(g.parts) or [p.fold for p in t.parts[:-1]] != heads:
            continue
        stand = t.parts[-1]
        if stand.fold == last.fold or stand.fold in src_folds or stand.acronym or stand.classes \
                or any(_prefix_related(stand.fold, f) for f in src_folds) \
                or len(stand.fold) < 3 or stand.fold in stopwords(tl) \
                or tgt_text[t.parts[-2].end:stand.start] != " ":
            continue
        if _osa(stand.fold, last.fold) <= 1 or _near_miss(stand.fold, last.fold, 80) \
                or _same_skeleton(stand.fold, last.fold) or _prefix_related(stand.fold, last.fold):
            continue  # the surname misspelt or inflected (N001's case)
        if (sl == "en" and tl in _PHONETIC_LANGS and _sounds_alike(last.text, stand.text, tl)) \
                or (tl == "en" and sl in _PHONETIC_LANGS and _sounds_alike(stand.text, last.text, sl)):
            continue  # the surname written as it sounds, with a case ending (Latvian
            # McAllister ~ Makalistera, the name as written in brackets after it)
        return t
    return None


# scripts whose words the read-back spells (present_in_other_script): Cyrillic and Greek
# capitalise a name, Arabic and Hebrew have no capitals
_READ_BACK_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff]")
_CASED_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
_SCRIPT_PIECE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff]+")
# an Arabic word with the article (al-, wa-l-, bi-l-, li-l-): a common noun or adjective,
# no transcribed foreign surname
_AR_ARTICLE = re.compile("(?:[\u0648\u0641\u0628\u0643]?\u0627\u0644|\u0644\u0644)")
# a word this frequent is a common word of the target, not a surname put in the slot
# (Arabic writes common foreign surnames often: Smith, Brown, Parker up to Zipf 4.3)
_SCRIPT_STAND_IN_ZIPF = 4.5
_HONORIFIC = r"(?:Mr|Ms|Mrs|Miss|Dr|Mx|Prof|Sir|Dame|Lady|Lord)\.?"


def _person_named(g: Name, src: str, doc: str, sl: str | None) -> bool:
    """Is ``g`` (two words) a person's given name and surname by the source's own
    evidence: a listed given name first, a title written right before it (Mayor, Judge:
    data/names/title_words.txt), or its surname after an honorific somewhere in the
    source (Ms Holloway)?"""
    if g.parts[0].low in _given_names():
        return True
    before = re.findall(r"[^\W\d_]+", src[max(0, g.start - 40):g.start])
    if before and fold(before[-1]) in _person_titles().get(sl or "", ()):
        return True
    return re.search(rf"\b{_HONORIFIC} {re.escape(g.parts[-1].text)}\b", doc) is not None


def _script_surname_swap(g: Name, src: str, tgt: str, doc: str, sl: str | None,
                         tl: str | None) -> Name | None:
    """Out of Latin letters into Cyrillic, Greek, Arabic or Hebrew: the translation's
    words where a person's two-word name ``g`` (``_person_named``) has its given name
    transcribed (read back) and right after it, in the surname's slot, a word of that
    script that reads as no word of the source, is no common word of the target language
    (Zipf 4.5), no Arabic word with the article, and capitalised where the script has
    capitals, while the surname reads back nowhere in the sentence (Laura Bennett ~
    لورا هاريسون, Лора Харрисон): another person's surname."""
    if len(g.parts) != 2 or g.classes or any(p.acronym or p.classes or not p.text.isascii() for p in g.parts) \
            or _mostly_latin(tgt) or not _READ_BACK_SCRIPT.search(tgt):
        return None
    first, last = g.parts
    # (in a script with capitals, the surname read back from a capitalised word: a short
    # skeleton meets common words, Venn ~ він)
    there = " ".join(w for w in re.findall(r"[^\W\d_]+", tgt) if w[0].isupper()) \
        if _CASED_SCRIPT.search(tgt) else tgt
    if len(last.fold) < 4 or present_in_other_script(last.text, there) or not _person_named(g, src, doc, sl):
        return None
    pieces = list(_SCRIPT_PIECE.finditer(tgt))
    need = min(len(sk) for sk in _skeletons(first.text)) + 1
    for a, b in zip(pieces, pieces[1:]):
        if tgt[a.end():b.start()] != " " or _AR_ARTICLE.match(a.group()) \
                or not present_in_other_script(first.text, a.group()) \
                or min((len(sk) for word in _romanised_words(a.group()) for sk in word), default=99) > need:
            continue  # (the given name transcribed as a word of its own, not read inside a
            # longer word with the article and a preposition, "with the batteries")
        w = b.group()
        cased = _CASED_SCRIPT.match(w) is not None
        if len(w) < 3 or (cased and not w[0].isupper()) or fold(w) in stopwords(tl) \
                or zipf(w, tl) >= _SCRIPT_STAND_IN_ZIPF or (not cased and _AR_ARTICLE.match(w)) \
                or transcribes_source(w, src) or present_in_other_script(first.text, w):
            continue
        parts = [Part(x.group(), x.start(), x.end(), fold(x.group()), False, frozenset(),
                      zipf(x.group(), tl), x.group().casefold(), False) for x in (a, b)]
        return Name(tgt[a.start():b.end()], a.start(), b.end(), parts)
    return None


_DATELINE = re.compile(r"\s*[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,30}?\s*(?:\([^)]{1,30}\)\s*)?[–—-]\s")


# a capitalised place name of one to three words, then a comma or an opening bracket,
# right before a name
_PLACE_BEFORE = re.compile(r"\b([A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2})(?:,|\s\()\s*$")


def _place_qualifier(g: Name, src: str, tgt: str) -> bool:
    """Is ``g``, a place of the lexicon, the country or region that qualifies the place
    named right before it ("in Davos, Switzerland, ...", "Lausanne (Schweiz)") and that
    the translation keeps?  Dropping the qualifier loses no referent."""
    if not _is_entity(g) or src[g.end:g.end + 2] in ("'s", "’s"):
        return False
    if g.end < len(src) and src[g.end] not in ",.;:)–—-!? ":
        return False
    m = _PLACE_BEFORE.search(src[:g.start])
    if m is None:
        return False
    last = fold(m.group(1).split()[-1].strip(".'’"))
    return len(last) >= 3 and any(fold(w) == last for w in _piece_cols(tgt)[0])


@lru_cache(maxsize=None)
def _country_words() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """data/names/country_words.txt: language -> (folded words, folded word openings)."""
    return _lang_word_table("country_words.txt")


def _government_rendered(g: Name, tgt: str, sl: str | None, tl: str | None, src: str = "") -> bool:
    """Is one-word source name ``g`` a government or council called by its generic name
    (la Junta, la Xunta, el Govern, la Regione: data/names/government_words.txt) where the
    translated sentence has the target language's word for a government or council (the
    regional government, die Landesregierung)?  The body rendered by what it is.  Not
    where a capitalised word follows it in source sentence ``src`` (Generalitat
    Valenciana): the region's word is part of the name and must come back."""
    if len(g.parts) != 1 or g.parts[0].acronym:
        return False
    if src and re.match(r"[\s\u00a0]+[^\W\d_]", src[g.end:]) and src[g.end:].lstrip()[:1].isupper():
        return False
    table = _lang_word_table("government_words.txt")
    names = table.get(f"name.{sl}")
    words = table.get(f"word.{norm_lang(tl)}")
    if not names or not words or fold(g.parts[0].text) not in names[0]:
        return False
    return any(f in words[0] or f.startswith(words[1]) for f in (fold(w) for w in _PLAIN_WORD_RE.findall(tgt)))


_SPACES = re.compile(r"[\s\u00a0]+")


def _town_hall_rendered(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is source name ``g`` the opening of a town hall's generic name (os Paços do Concelho,
    la Casa Consistorial, l'Hôtel de Ville: data/names/town_hall_words.txt) where the
    translated sentence has the target language's word for a town hall (the town hall, la
    mairie, das Rathaus)?  The building rendered by what it is, no name lost."""
    table = _lang_word_table("town_hall_words.txt")
    names = table.get(f"name.{sl}")
    words = table.get(f"word.{norm_lang(tl)}")
    if not names or not words or g.parts[0].acronym:
        return False
    head = fold(_SPACES.sub(" ", src[g.start:g.start + 40]))
    n = next((n for n in names[0] if head.startswith(n) and not head[len(n):len(n) + 1].isalpha()), None)
    if n is None:
        return False
    folds = [fold(w) for w in _LETTER_RUN.findall(tgt)]
    # the group's words after the town hall's (Casa Consistorial de Soria): its place,
    # which must come back
    end = g.start + len(_SPACES.sub(" ", src[g.start:g.end])[:len(n)])
    if any(p.start >= end and p.fold not in folds for p in g.parts):
        return False
    low = " " + " ".join(folds) + " "
    return any(f" {w} " in low for w in words[0]) or any(f" {w}" in low for w in words[1])


def _country_referred(g: Name, tgt: str, tl: str | None) -> bool:
    """Is ``g``, a place of the lexicon, referred to in the translated sentence by a word
    for "the country" or "nationwide" (di seluruh Indonesia ~ landesweit, northern Israel
    ~ צפון הארץ)?  Not where the sentence names another place of the lexicon instead."""
    entry = _country_words().get(norm_lang(tl) or "")
    if entry is None or not _is_entity(g):
        return False
    words, opens = entry
    if norm_lang(tl) in ("zh", "ja"):  # (unspaced: a word is found inside a run)
        if not any(w in tgt for w in words):
            return False
    elif not any(f in words or f.startswith(opens) for f in (fold(w) for w in _PLAIN_WORD_RE.findall(tgt))):
        return False
    return not any(True for _ in place_mentions(tgt, tl, None))


def _metonym_kept(g: Name, tgt: str, tl: str | None, sl: str | None) -> bool:
    """Does the translation mention a place that ``g``, a place of the lexicon, may stand
    for (its country, for a capital: data/names/metonyms.txt)?"""
    cls = _group_classes(g)
    return bool(cls) and any(metonym_entities(a, k) for k, _, _ in place_mentions(tgt, tl, sl)
                             for a in cls)


def _dateline_mention(text: str, mentions, entity: int) -> bool:
    """Is a mention of lexicon ``entity`` among ``mentions`` (entity, start, end) inside a
    dateline opening ``text`` ("PARIS – ")?  There a capital names the place of writing."""
    m = _DATELINE.match(text)
    return m is not None and any(k == entity and e <= m.end() for k, _, e in mentions)


def _in_dateline(g: Name, text: str) -> bool:
    """Is ``g`` inside a dateline opening the text ("BERLIN – ", "PARIS (AFP) - ")?  Page
    furniture a translation may drop; a place swapped there is still N004's."""
    m = _DATELINE.match(text)
    return m is not None and g.end <= m.end()


@lru_cache(maxsize=1)
def _region_abbreviations() -> dict[str, tuple[str, ...]]:
    """data/names/region_abbrev.*.txt (one file a country: ca, us, au, mx, br): a state's or
    province's abbreviation as written (N.S., Calif., Qld) -> the folded names of the
    state in English and other languages (Nova Scotia, Nouvelle-Écosse)."""
    out: dict[str, tuple[str, ...]] = {}
    for path in sorted(_NAMES_DATA.glob("region_abbrev.*.txt")):
        for line in _read_lines(path):
            if "|" not in line:
                continue
            abbr, *names = (x.strip() for x in line.split("|"))
            out[abbr] = tuple(dict.fromkeys(out.get(abbr, ()) + tuple(fold(n) for n in names if n)))
    return out


def _region_abbreviation_rendered(g: Name, tgt: str) -> bool:
    """Is source name ``g`` the usual abbreviation of a state or province (N.S., B.C.,
    Calif., Mass., Qld: data/names/region_abbrev.*.txt) whose name the translation writes
    in full, in any language (HALIFAX, N.S. ~ HALIFAX (Nouvelle-Écosse); Boston, Mass. ~
    Boston (Massachusetts))?  The abbreviation was read as its place: rendered, not lost."""
    table = _region_abbreviations()
    names = table.get(g.text) or table.get(g.text + ".")  # (the name without its full stop)
    if not names:
        return False
    t = fold(tgt)
    if any(_stands_alone(t, n) for n in names):
        return True
    words = _REGION_WORD.findall(t)
    return any(_declined_name_at(words, n) for n in names if " " in n)


_REGION_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _region_full_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The names of several words of data/names/region_abbrev.*.txt (folded), each with
    all the names of its state or province in the languages listed."""
    out = []
    for names in _region_abbreviations().values():
        for n in names:
            if " " in n or "-" in n:
                out.append((n, names))
    return tuple(out)


def _region_name_rendered(g: Name, src: str, tgt: str) -> bool:
    """Is source name ``g`` (part of) a state's or province's name of several words that
    the source writes whole (New South Wales; a word of it may be read as a title and left
    out of ``g``), and does the translation write that state's name in another language
    of data/names/region_abbrev.*.txt (Nueva Gales del Sur, Colombie-Britannique)?  The
    place rendered, not lost."""
    key = fold(g.text)
    if len(key) < 4:
        return False
    rows = [(n, names) for n, names in _region_full_names() if key in n]
    if not rows:
        return False
    s, t = fold(src), fold(tgt)
    return any(n in s and any(_stands_alone(t, x) for x in names if x != n) for n, names in rows)


def _declined_word(t: str, w: str) -> bool:
    """Is folded target word ``t`` name word ``w`` or ``w`` declined at its end, the
    languages that decline a name word by word changing its last three letters at most
    (Nový Južný Wales ~ Nového Južného Walesu, Naujasis ~ Naujajame, Kolumbija ~
    Kolumbijoje)?"""
    if t == w:
        return True
    if len(w) < 4:
        return False
    cp = common_prefix(t, w)
    return cp >= max(3, len(w) - 3) and len(t) - cp <= 4


def _declined_name_at(words: list[str], name: str) -> bool:
    """Does the list of folded words ``words`` hold the words of the several-word name
    ``name`` in a row, each as written or declined at its end (``_declined_word``)?"""
    ws = name.split()
    n = len(ws)
    return any(all(_declined_word(words[i + k], ws[k]) for k in range(n))
               for i in range(len(words) - n + 1))


def _region_of_abbreviation(t: Name, src: str) -> bool:
    """Is target name ``t`` a state's or province's name whose usual abbreviation the
    source writes (Oax. ~ Oaxaca, Calif. ~ California: data/names/region_abbrev.*.txt)?
    The abbreviation written out: rendered, not added."""
    f = fold(t.text)
    fw = _REGION_WORD.findall(f)
    for abbr, names in _region_abbreviations().items():
        if (f in names or any(len(n.split()) == len(fw) and _declined_name_at(fw, n)
                              for n in names if " " in n)) and re.search(r"(?<![\w.])" + re.escape(abbr) + r"(?!\w)", src):
            return True
    return False


def _literal(p: Part, index: NameIndex) -> bool:
    """Is name word ``p`` in ``index`` as written or inflected (not only as a lexicon
    entity written another way: Greece for Griechenland)?"""
    if p.acronym:
        return p.text.replace(".", "") in index.acronyms
    return p.fold in index.folds or index.inflected(p.fold) is not None


def _word_count(f: str, folds: list[str]) -> int:
    """How often folded word ``f`` or a form of it with up to three letters of inflection
    (Fleetwoods, Kanjars) stands in a text's list of folded words."""
    if len(f) < 4:
        return sum(1 for w in folds if w == f)
    return sum(1 for w in folds if w.startswith(f) and len(w) - len(f) <= 3)


def _demonym(f: str, w: str, english: str) -> bool:
    """Is word ``w`` (folded ``f``) of a mention an adjective or demonym of its entity,
    whose English name is ``english`` (folded): a lexicon adjective (albanais, Iraqi,
    South African), or in English a shorter word that starts like the name (Greek ~
    Greece, Swiss ~ Switzerland, Slovak ~ Slovakia)?"""
    if not w[:1].isupper() or is_exonym_adjective(f):
        return True
    return not w.isupper() and len(f) < len(english) and f[:3] == english[:3]


@lru_cache(maxsize=100_000)
def _compound_classes(f: str) -> frozenset[int]:
    """Lexicon entities inside a German compound: Griechenlandkrise, Europawahlen,
    Südirak (after a three-letter compass word too)."""
    out = exonym_in_compound(f)
    if len(f) >= 7:
        out = out | exonym_classes(f[3:])
    return out


@lru_cache(maxsize=256)
def _acronym_count(text: str) -> int:
    return sum(1 for w in _piece_cols(text)[0] if w.isupper() and len(w) >= 2)


@lru_cache(maxsize=256)
def _mention_counts(text: str, lang: str | None) -> dict[int, tuple[int, int]]:
    """Per lexicon entity, how many times ``text`` names it: in all, and by a name (not
    an adjective or demonym only: South African, Greek).  Adjacent words that make one
    multiword form are one mention (South African); a German compound with the name in
    it is a name (Griechenlandkrise)."""
    runs: dict[int, list[list[tuple[str, str]]]] = {}  # entity -> its mentions' words
    last: dict[int, int] = {}  # entity -> index of the word its last mention ended on
    n_compound: Counter = Counter()
    compound = lang in _GERMANIC
    prev_w, prev_f, prev_end = "", "", -10
    for k, (piece, ps, pe) in enumerate(zip(*_piece_cols(text))):
        f = _index_word(piece)[1]
        own = _word_classes(piece, lang)
        for c in own:
            runs.setdefault(c, []).append([(piece, f)])
            last[c] = k
        if prev_f and ps == prev_end + 1 and text[prev_end] in (" ", "-", "‐") and may_be_multi(prev_f, f):
            for c in exonym_multi((prev_f, f)) - own:
                if last.get(c) == k - 1 and runs[c][-1] == [(prev_w, prev_f)]:
                    runs[c][-1].append((piece, f))
                else:
                    runs.setdefault(c, []).append([(prev_w, prev_f), (piece, f)])
                last[c] = k
        if compound and not own and len(f) >= 7 and piece[:1].isupper():
            n_compound.update(_compound_classes(f))  # (cached per word)
        prev_w, prev_f, prev_end = piece, f, pe
    out: dict[int, tuple[int, int]] = {}
    for c, rs in runs.items():
        english = re.sub(r"[\s\-]+", "", fold(exonym_name(c))) if lang == "en" else ""
        if lang in _ROMANCE:  # the head first: Union européenne is a name, sud-africain is not
            names = sum(1 for r in rs if not all(_demonym(f, w, english) for w, f in r))
        else:  # the head last: Europäisches Parlament, not South African
            names = sum(1 for r in rs if not _demonym(r[-1][1], r[-1][0], english))
        out[c] = (len(rs), names)
    for c, n in n_compound.items():
        total, names = out.get(c, (0, 0))
        out[c] = (total + n, names + n)
    return out


def _hyphen_part_lost(g: Name, index: NameIndex, text: str, tl: str | None, sl: str | None) -> bool:
    """A place or body of the lexicon hyphenated to a common word (US-Imperialisten,
    Nato-Gipfel) that the translation does not name in any form (not even by an
    adjective: Himalaya-Expedition ~ expédition himalayenne), while the rest of the
    compound is there as a common word (imperialists): the name is what was dropped.
    Not when the rest is a name the translation writes (Karakorum-Himalaya ~ le
    Karakorum: one name of two for the place) or a currency (US-Dollar ~ $)."""
    if g.classes or len(g.parts) < 2:
        return False
    lost = False
    for i, p in enumerate(g.parts):
        if not p.classes or p.adjective or (p.acronym and p.fold in index.folds):
            continue  # (an acronym maybe lower-cased: us imperialists)
        if ((i and text[g.parts[i - 1].end:p.start] in ("-", "‐")) or
                (i + 1 < len(g.parts) and text[p.end:g.parts[i + 1].start] in ("-", "‐"))) \
                and not _group_present(Name(p.text, p.start, p.end, [p]), index, tl, sl):
            lost = True
    if not lost:
        return False
    from .numbers import unit_table  # numbers does not import names: no cycle
    if any(p.low in unit_table().words for p in g.parts):
        return False
    caps = {f[:5] for f in index.folds if index.forms.get(f, "")[:1].isupper()}
    return not any(q.fold[:5] in caps for q in g.parts if not q.classes)


def _lost_mentions(names: list[Name], present: list[Name], src: str, tgt: str,
                   tindex: NameIndex, sl: str | None, tl: str | None) -> list[Name]:
    """Source names that count as present (``present``: in part or in another form) but
    only through words or adjectives that other mentions in the source (``names``, all
    of them) account for: one mention was dropped.

    - a name that lacks its other words in the translation while the word it has there
      stands in another source name too, which the translation has fewer times (Baba
      Kanjar, Bhutha Kanjar ~ Bhutha Kanjar; Mick Fleetwood of Fleetwood Mac ~ Fleetwood
      Mac);
    - a place or organisation of the lexicon that the source names by name and by
      adjective (Griechenland, griechisch) where the translation has the adjective only,
      and fewer mentions (Greek for both): the name went.  A repeated name the
      translation names once (Jemen ... des Landes) is a pronoun, no finding."""
    out: list[Name] = []
    if len(names) > 1:
        tfolds: list[str] | None = None  # (folded on first need: most beads have no shared word)
        by_word: dict[str, list[Name]] = {}  # name word -> the source names that have it
        for g in names:
            for f in {p.fold for p in g.parts if not p.classes and len(p.fold) >= 3
                      and (p.acronym or not _common_part(p, sl, tl))}:
                by_word.setdefault(f, []).append(g)
        keys = {g.key for g in present if len(g.parts) > 1}
        for w, gs in by_word.items():
            if len(gs) < 2 or not any(g.key in keys for g in gs):
                continue
            if tfolds is None:
                tfolds = [fold(x) for x in _piece_cols(tgt)[0]]
            if not 1 <= _word_count(w, tfolds) < len(gs):
                continue
            out.extend(g for g in gs if g.key in keys and not all(_literal(p, tindex) for p in g.parts))
    for g in present:
        places = _group_classes(g) & _EXO_PLACES
        if not places or any(g is x for x in out) or all(p.adjective for p in g.parts if p.classes):
            continue
        for c in places & tindex.classes:  # (a mention in a compound only is a name)
            if not g.classes and entity_echoes(src, c) + _acronym_count(src) < 2:
                continue  # (cheap: at most one source mention, unless a multiword one)
            ns, ns_name = _mention_counts(src, sl).get(c, (0, 0))
            if ns < 2 or not ns_name:
                continue
            nt, nt_name = _mention_counts(tgt, tl).get(c, (0, 0))
            if nt and not nt_name and nt < ns and not any(_literal(p, tindex) for p in g.parts):
                out.append(g)
                break
    seen: set[str] = set()
    return [g for g in out if not (g.key in seen or seen.add(g.key)) and strong(g, sl, tl)]


_AFFILIATION = re.compile(r"\s*\(\s*$")


_SURNAME_DROPPED = 3  # (a conf value of its own: the given name kept, the surname gone)


def _surname_dropped(g: Name, tindex: NameIndex, src: str, tgt: str, sl: str | None) -> bool:
    """Has the translation kept a person's given name but lost the surname (Angela Merkel ~
    Angela, George W. Bush ~ George W.)?  A translator shortens a name to the surname,
    never to the given name, unless the source itself calls the person so elsewhere."""
    if len(g.parts) < 2 or g.classes or any(p.classes or (p.acronym and len(p.fold) > 1) for p in g.parts):
        return False  # (an initial is no acronym: George W. Bush)
    first, last = g.parts[0], g.parts[-1]
    given = _given_names()
    if first.low not in given or last.low in given or len(last.fold) < 3:
        return False
    if status(last, tindex, sl)[0] != "missing" or status(first, tindex, sl)[0] not in ("exact", "inflected"):
        return False
    # the source names the person by the given name alone elsewhere (Angela ... Angela)
    if len(re.findall(rf"\b{re.escape(first.text)}\b", src)) > len(
            re.findall(rf"\b{re.escape(last.text)}\b", src)):
        return False
    # a capitalised word after the given name (initials aside) may be another surname,
    # a swap N004 judges, or a German noun: no evidence either way
    m = re.search(rf"\b{re.escape(first.text)}\b(?:\s+[A-Z]\.)*\s*(\S?)", tgt)
    return m is not None and not m.group(1).isupper()


def _affiliation_lost(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is acronym ``g`` a person's affiliation in brackets (Markus Söder (CSU), Bernie
    Sanders (D-VT)) that the translation drops without a stand-in (no acronym or
    capitalised word the source lacks that starts with its letter)?  Outside that slot
    an acronym a translation may spell out or localise (FDI ~ Direktinvestitionen,
    CEDH ~ ECHR) is no evidence, and so is one in brackets after the body it abbreviates
    (Democratic Party of Japan (DPJ), JPMorgan Chase (JPM)), which a translation may drop."""
    if len(g.parts) != 1 or not g.parts[0].acronym or src[g.end:g.end + 1] != ")":
        return False
    a = g.parts[0].text.replace(".", "")
    m = _AFFILIATION.search(src, max(0, g.start - 3), g.start)
    if m is None or not a.isalpha() or fold(a) in _token_sets(tgt)[1]:
        return False
    # the capitalised words right before the bracket: a name, not the body's own
    run = []
    for w, _, e in reversed([x for x in _pieces(src) if x[2] <= m.start()]):
        if not w[:1].isupper() or (run and e < run[-1][1] - 2):
            break
        run.append((w, e - len(w)))
        if len(run) == 3:
            break
    if not run or any(w[:1] == a[:1] or _index_word(w)[2] for w, _ in run) \
            or any(exonym_classes(fold(w)) for w, _ in run):
        return False
    if stopwords(sl) & {fold(w) for w, _ in run}:
        return False
    sfolds = _token_sets(src)[1]
    stop = stopwords(tl)
    for w in _piece_cols(tgt)[0]:
        if w[:1].isupper():
            f = fold(w)
            if f not in sfolds and f not in stop and (_index_word(w)[2] or f[:1] == a[:1].casefold()):
                return False
    return True


# kinship and household words used as a name in address (Nanny said, "Granny, look!"):
# a translation renders the word (Kindermädchen, Mémé) or gives the person's name
_ADDRESS_WORDS = frozenset({
    "nanny", "nana", "granny", "grandma", "grandpa", "grandad", "granddad", "grandmother",
    "grandfather", "mum", "mummy", "mom", "mommy", "mama", "dad", "daddy", "papa", "auntie",
    "aunty", "nan", "gran",
    # German, French, Spanish, Italian
    "oma", "opa", "mutti", "vati", "mémé", "pépé", "mamie", "papi", "maman", "abuela",
    "abuelo", "abuelita", "abuelito", "nonna", "nonno"})


# capitalised prefixes of a title-case compound (the Non-Proliferation Treaty, the
# Anti-Corruption Bureau, a Post-War Order): the word after the hyphen carries the
# meaning, and a translation that fuses or rewords it keeps no "Non" to find
_PREFIXES = frozenset({"non", "anti", "pro", "pre", "post", "counter", "semi", "multi",
                       "self", "sub", "super", "inter", "intra", "ultra", "co",
                       # the same in the Romance languages (Anti-, Contre-, Sous-)
                       "contre", "sous", "contra", "sotto", "ante", "infra"})
_HYPHENS = "-\u2010\u2011"


_CJK_GLOSS_BEFORE = re.compile(r"(?:[^\s\d\W]{1,8} )?[^\s\d\W]{2,12}$")  # (Korean: two words, 할랜드 해양)


@lru_cache(maxsize=4096)
def _glossed_rendering(doc: str, name: str, tgt: str) -> bool:
    """Does ``tgt``, a sentence of translation ``doc`` in another script, hold the words
    that ``doc`` writes right before Latin name ``name`` in brackets where it glosses it
    (哈兰海事公司（Harland Marine）, 노키아(Nokia))?  Those words are the name's
    rendering; a later mention without the gloss renders it too.  The longest ending of
    those words (four characters or more, or all of them) found in ``tgt`` decides."""
    if not name.isascii() or _mostly_latin(tgt):
        return False
    for m in re.finditer(r"[（(]\s*" + re.escape(name) + r"\s*[）)]", doc):
        b = _CJK_GLOSS_BEFORE.search(doc, max(0, m.start() - 16), m.start())
        if b is None:
            continue
        words = b.group()
        need = min(4, len(words))
        for k in range(len(words), need - 1, -1):
            if words[-k:] in tgt:
                return True
    return False


@lru_cache(maxsize=None)
def _lang_lists(name: str) -> dict[str, tuple[str, ...]]:
    """A data/names table of "lang: word | word | …" lines: language -> its words as
    written (``lang_word_table`` folds them, which Hangul and å do not survive)."""
    out = {}
    for ln in (_NAMES_DATA / name).read_text(encoding="utf-8").splitlines():
        if ln.strip() and not ln.startswith("#") and ":" in ln:
            lang, words = ln.split(":", 1)
            out[lang.strip()] = tuple(w.strip() for w in words.split("|") if w.strip())
    return out


@lru_cache(maxsize=1)
def _federal_words() -> tuple[frozenset[int], dict[str, tuple[str, ...]]]:
    """data/names/federal_words.txt: the federations (lexicon entities) and, per
    language, the openings of its words for "federal" (folded)."""
    from ._text import _entity_index
    table = _lang_lists("federal_words.txt")
    ids = _entity_index()
    feds = frozenset(ids[n] for n in table.pop("federations", ()) if n in ids)
    return feds, {lang: tuple(fold(w.rstrip("*")) for w in ws) for lang, ws in table.items()}


_CJK_LANGS = frozenset({"zh", "ja", "ko"})


def _federal_office_rendered(g: Name, src: str, tgt: str, tl: str | None) -> bool:
    """Is ``g`` a federation's name (the United States, Germany, Canada) written before
    the capitalised title of one of its offices or courts (U.S. District Judge, U.S.
    Attorney), where the translation has its word for "federal" (judecătoarea federală,
    Bundesrichterin, 연방 판사)?  The country is rendered by the office's federal title,
    not lost (data/names/federal_words.txt)."""
    feds, words = _federal_words()
    opens = words.get(tl or "")
    if not opens or _NEXT_CAPITAL.match(src, g.end) is None:
        return False
    classes = g.classes or frozenset().union(*(p.classes for p in g.parts))
    if not classes or not classes <= feds:
        return False
    if tl in _CJK_LANGS:
        return any(w in tgt for w in opens)
    return any(fold(w).startswith(opens) for w in _TITLE_WORD.findall(tgt))


def _residents_words() -> dict[str, tuple[str, ...]]:
    """data/names/residents.txt: language -> its words for a place's people (주민, 居民, 住民)."""
    return _lang_lists("residents.txt")


def _demonym_rendered(g: Name, src_doc: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word source name ``g`` a demonym noun (Aucklanders, Glaswegians:
    ``demonym_stems``) of a place the source names (Auckland), where the
    translation has a word for a place's people (주민, 居民, 住民: ``_residents_words``)?
    Languages without such nouns say "the place's residents": rendered, not lost."""
    words = _residents_words().get(tl or "")
    if not words or len(g.parts) != 1 or g.parts[0].acronym or not any(w in tgt for w in words):
        return False
    stems = demonym_stems(g.parts[0].fold, sl)
    if not stems:
        return False
    places = {fold(w) for w in re.findall(r"(?<![\w])[A-Z][^\W\d_]{3,}", src_doc)} - {g.parts[0].fold}
    return any(stem_of_place(st, p) for st in stems for p in places)


@lru_cache(maxsize=1)
def _ship_prefixes() -> frozenset[str]:
    """data/names/ship_prefixes.txt: MV, HMS, RMS ... as written."""
    return frozenset(ln.strip() for ln in (_NAMES_DATA / "ship_prefixes.txt").read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#"))


_SHIP_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z]")


def _ship_prefix(g: Name, text: str) -> bool:
    """Is ``g`` a lone ship's prefix (MV, HMS, RMS: ``_ship_prefixes``) before a
    capitalised name (the MV Caledonia)?  The kind of vessel, which a translation may
    render after the name (“加勒多尼亚”号) or leave out: the name itself is what to keep."""
    return len(g.parts) == 1 and g.parts[0].text in _ship_prefixes() \
        and _SHIP_NAME_AFTER.match(text, g.end) is not None


_NAME_AFTER_TITLE = re.compile(r"\.?[ \u00a0]+[^\W\d_a-z\u00df-\u00ff]")


def _lone_person_title(g: Name, text: str, sl: str | None) -> bool:
    """Is ``g`` a title of data/names/title_words.txt alone (an abbreviated honorific, Bb.,
    Dr., or an office), right before a capitalised word: the person's name, which the name
    finder took as a group of its own?  The title is translated (Ms, the governor), the
    name after it is what to keep."""
    return len(g.parts) == 1 and not g.classes and not g.parts[0].classes \
        and g.parts[0].fold in _person_titles().get(sl or "", ()) \
        and _NAME_AFTER_TITLE.match(text, g.end) is not None


def _ship_named(g: Name, tfold: set[str], tgt: str, tl: str | None) -> bool:
    """Is ``g`` a ship's prefix and name (MV Isle of Lewis) whose name without the prefix
    is in ``tgt`` (“刘易斯岛”号, die Isle of Lewis)?"""
    if len(g.parts) < 2 or g.parts[0].text not in _ship_prefixes():
        return False
    rest = g.text[g.parts[1].start - g.start:]
    if all(p.fold in tfold for p in g.parts[1:]):
        return True
    return rest.isascii() and (present_in_other_script(rest, tgt) or present_in_zh(rest, tgt, tl)
                               or generic_rendered(rest, tgt, tl))


def _prefix_only(g: Name, text: str) -> bool:
    """Is ``g`` a lone capitalised prefix joined by a hyphen to the next word?"""
    return len(g.parts) == 1 and g.parts[0].fold in _PREFIXES and text[g.end:g.end + 1] in _HYPHENS \
        and g.end + 1 < len(text) and text[g.end + 1].isalpha()


# a word cut before its head, whose head a later compound of the coordination carries
# (Tee-, Silla- ja Sadamaameti; Agrár- és Vidékfejlesztési; Land- og
# Fiskeriministeriet): the piece's hyphen, then a comma or a short conjunction
_SUSPENDED_AFTER = re.compile(r"[-\u2010\u2011](?:,\s*|\s+[^\W\d_]{1,4}\s+)(?=[^\W\d_])")
_SUSPENDED_BEFORE = re.compile(r"[^\W\d_]{2}[-\u2010\u2011](?:,\s*|\s+[^\W\d_]{1,4}\s+)$")
# languages that write a body's name as compounds of common words, coordinated so
_SUSPENDING_LANGS = frozenset({"et", "fi", "hu", "nl", "sv", "da", "nb", "nn", "no", "is"})


def _suspended_compound_words(g: Name, text: str, sl: str | None) -> bool:
    """Is every word of source group ``g`` in a hyphen-suspended coordination of
    compounds (Estonian Tee-, Silla- ja Sadamaameti "Road, Bridge and
    Harbour Board", Hungarian Agrár- és Vidékfejlesztési, Danish Land- og
    Fiskeriministeriet): a piece cut before the head the last compound carries, or that
    last compound after one?  Common words of a descriptive name, which a translation
    renders word by word; no word of the lexicon (Nord- og Sydkorea: places)."""
    if sl not in _SUSPENDING_LANGS or g.classes:
        return False
    for p in g.parts:
        if p.acronym or p.classes:
            return False
        if _SUSPENDED_AFTER.match(text, p.end) is None \
                and _SUSPENDED_BEFORE.search(text, max(0, p.start - 12), p.start) is None:
            return False
    return True


def _post_words(t: Name, src_text: str, tl: str | None) -> bool:
    """Is ``t``, the words before a title inside a name group (Assistant Revenue
    in "Assistant Revenue Officer Jane Doe"), a post's qualifiers: words of the
    target language's word list each (Zipf 1.5 or more), no acronym, lexicon entity or
    given name, out of a source in a script of its own?  They translate the source's
    title words, which no read-back hears; a Latin-script source's are judged as words."""
    return not _mostly_latin(src_text) and has_freq(tl) and not _is_entity(t) and all(
        not p.acronym and not p.classes and p.low not in _given_names() and p.text[1:].islower()
        and zipf(p.low, tl) >= 1.5 for p in t.parts)


def _common_title_words(t: Name, tl: str | None) -> bool:
    """Is target group ``t`` all common words of ``tl`` (Zipf 3 or more), no acronym,
    lexicon entity or given name: title words?"""
    return has_freq(tl) and not _is_entity(t) and all(
        not p.acronym and not p.classes and p.low not in _given_names() and zipf(p.low, tl) >= 3.0
        for p in t.parts)


_TITLE_PREFIXES = _PREFIXES | {"ex", "vize", "vice", "ko", "alt"}


def _prefixed_noun(g: Name, text: str, lang: str | None) -> bool:
    """Is ``g`` a prefix joined by a hyphen to a common word, or to a compound of common
    words (Ex-Bankberater, Vize-Präsident, Ex-Minister)?"""
    if len(g.parts) != 2 or g.classes or g.parts[0].fold not in _TITLE_PREFIXES:
        return False
    p = g.parts[1]
    if p.classes or p.acronym or text[g.parts[0].end:p.start] not in tuple(_HYPHENS):
        return False
    return zipf(p.low, lang) >= REAL_WORD or (lang == "de" and decomposable(p.low, lang))


def _affiliation_split(names: list[Name], text: str, lang: str | None) -> list[Name]:
    """An English person joined by *of* to a rare name is two names (Anat Admati of
    Stanford, Kenneth Rogoff of Harvard): the group takes *of* as a particle for the Bank
    of England, and a group counts as present when half its words are, so a dropped or
    replaced affiliation would pass unseen.  Split where two or more words, none of them
    common (Zipf below ``_COMMON_WORD``), stand before *of* and one such word after it; an
    institution (Bank, University, Federal Reserve Bank) has a common word before *of* and
    stays whole."""
    if lang != "en":
        return names
    out: list[Name] = []
    for g in names:
        cut = next((i for i in range(2, len(g.parts))
                    if text[g.parts[i - 1].end:g.parts[i].start] in (" of ", " of the ")), None)
        if cut is None or any(p.zipf >= _COMMON_WORD or p.acronym for p in g.parts[:cut]) \
                or not any(p.zipf < _COMMON_WORD and not p.acronym for p in g.parts[cut:]):
            out.append(g)
            continue
        for side, initial in ((g.parts[:cut], g.initial), (g.parts[cut:], False)):
            st, en = side[0].start, side[-1].end
            cls = exonym_multi([p.fold for p in side]) if len(side) > 1 else frozenset()
            out.append(Name(text[st:en], st, en, list(side), cls, initial))
    return out


def _fi_place_genitive_split(names: list[Name], lang: str | None) -> list[Name]:
    """A Finnish known place's genitive before a one-word compound of common words
    (Tampereen Kalamarkkinoilla, an event of the place) is two names: the place, and the
    event or venue, whose generic words a translation renders (Tampere Fish Market) or
    drops.  Joined, the group would count as present by the place alone, so a dropped
    event beside the kept place would pass unseen; split, each half is checked as an
    unknown place's genitive and its compound already are (``_fi_compound_after_genitive``
    excuses the translated compound)."""
    if lang != "fi":
        return names
    out: list[Name] = []
    for g in names:
        if len(g.parts) == 2 and not g.classes:
            first, second = g.parts
            low = second.text.lower()
            if first.fold.endswith("n") and not first.acronym and not second.acronym \
                    and exonym_classes(first.fold) and len(low) >= 10 and second.text[1:].islower() \
                    and low not in _given_names() \
                    and any(zipf(low[:i], lang) >= REAL_WORD for i in range(4, len(low) - 5)):
                out.append(Name(first.text, first.start, first.end, [first], first.classes, g.initial))
                out.append(Name(second.text, second.start, second.end, [second], second.classes, False))
                continue
        out.append(g)
    return out


# Vietnamese weekdays and months: an ordinal after thứ (day) or tháng (month), capitalised
# (thứ Hai … thứ Bảy, tháng Một … tháng Mười Hai), and Sunday (Chủ nhật)
_VI_CALENDAR_BEFORE = re.compile(r"(?:^|\W)(?:thứ|tháng)\s+$", re.I)
_VI_CALENDAR_WORDS = frozenset({"hai", "ba", "tư", "năm", "sáu", "bảy", "một", "giêng", "chạp",
                                "mười", "bốn", "tám", "chín", "chủ", "nhật"})


def _doc_surnames(ctx: CheckContext, sl: str | None, tl: str | None) -> frozenset[str]:
    """Folded surnames the source article writes after a given name (Håkon Rustad), four
    letters or more: the article's own evidence that the word is a name where it stands
    alone later (… sa Rustad), though the word list knows it as a word at home."""
    out: set[str] = set()
    for seg in ctx.source.segments:
        for g in find_names(seg.text, sl, tl):
            if len(g.parts) == 2 and g.parts[0].low in _given_names() and not g.parts[1].classes:
                last = g.parts[1]
                if len(last.fold) >= 4 and last.low not in _given_names() and last.text[1:].islower():
                    out.add(last.fold)
    return frozenset(out)






_BREAK_BEFORE = frozenset(".!?:\"«»“”„—–-")


def _after_break(text: str, i: int) -> bool:
    """Does ``text[i]`` open the text, a sentence or a quotation: nothing but spaces before
    it, or a sentence end, colon, quotation mark or dash (where a common word is
    capitalised too)?  Looks back past spaces only, no copy of the text before."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j == 0 or text[j - 1] in _BREAK_BEFORE


def _kept_surnames(ctx: CheckContext, sl: str | None, tl: str | None) -> frozenset[str]:
    """Folded surnames of the source article that the translation shows to be a person's
    name, however common a word of the source language: two capitalised words inside a
    source sentence (a given name the list lacks and a surname, Joost Molenaar), that the
    translation, in another language, writes as they stand, and whose second word it also
    writes alone at another mention, no common word of its own language (a word of the
    source's language would be translated, not copied: a person named in full, then by
    the surname).  Such a surname is a name at every lone mention, opening a sentence too
    (Turkish Yüce, Dutch Molenaar: capitalised at a sentence's start as common words are)."""
    def build() -> frozenset[str]:
        tgt = ctx.target.text
        out: set[str] = set()
        for w1, w2, opening in _source_full_names(ctx, sl, tl):
            if opening:
                continue  # opening a sentence: its first word may be a common one
            pair = capital_mentions(tgt, f"{w1} {w2}")[0]
            if pair and capital_mentions(tgt, w2)[0] > pair:
                out.add(fold(w2))
        return frozenset(out)
    return ctx.cached("names.kept_surnames", build)


def _source_full_names(ctx: CheckContext, sl: str | None, tl: str | None) -> Iterator[tuple[str, str, bool]]:
    """(given name, surname, opens a sentence) for each pair of capitalised words of the
    source (Nina Kessler), in a Latin-script pair of two languages, neither word a stop
    word, the surname no exonym nor a word of the target's language: the candidates
    ``_kept_surnames`` and ``_paired_surnames`` then judge by the translation."""
    src, tgt = ctx.source.text, ctx.target.text
    if sl is None or tl is None or norm_lang(sl) == norm_lang(tl) \
            or not _mostly_latin(src) or not _mostly_latin(tgt):
        return
    stop = stopwords(sl) | stopwords(tl)
    for m in _CAP_PAIR.finditer(src):
        w1, w2 = m.group(1), m.group(2)
        if not (w1[0].isupper() and w1[1:].islower() and w2[0].isupper() and w2[1:].islower()):
            continue
        f2 = fold(w2)
        if fold(w1) in stop or f2 in stop or exonym_classes(f2) or zipf(w2.lower(), tl) >= REAL_WORD:
            continue
        yield w1, w2, _after_break(src, m.start())


def _paired_surnames(ctx: CheckContext, sl: str | None, tl: str | None) -> frozenset[str]:
    """Folded surnames of the source article that follow a given name there (two
    capitalised words inside a sentence, or opening one after a listed given name: Nina
    Kessler) and that the translation, in another language, writes after that given name
    as they stand: a person named in full, whose surname alone opening another source
    sentence is that person, not a common word capitalised there.  ``_kept_surnames``
    without its lone mention (the one lone mention may be the one swapped)."""
    def build() -> frozenset[str]:
        tgt = ctx.target.text
        out: set[str] = set()
        for w1, w2, opening in _source_full_names(ctx, sl, tl):
            if zipf(w2.lower(), sl) >= _ANCHOR_ZIPF:
                continue
            if opening and fold(w1) not in _given_names():
                continue  # opening a sentence: its first word may be a common one
            if capital_mentions(tgt, f"{w1} {w2}")[0]:
                out.add(fold(w2))
        return frozenset(out)
    return ctx.cached("names.paired_surnames", build)


def _written_full_surnames(ctx: CheckContext, sl: str | None, tl: str | None) -> frozenset[str]:
    """Folded surnames of the source article that follow a given name inside a sentence
    there (Marilena Vlădoianu) and that the translation, in another language, writes after that
    given name as they stand, accents aside (Đỗ Hữu Khiêm ~ Do Huu Khiem): a person
    named in full, whatever the surname's frequency as a word of the source language (a
    frequent surname, Turkish Ersin, Vietnamese Khiêm).  ``_paired_surnames`` without its
    frequency bar."""
    def build() -> frozenset[str]:
        tgt = fold(ctx.target.text)
        out: set[str] = set()
        for w1, w2, opening in _source_full_names(ctx, sl, tl):
            if opening and fold(w1) not in _given_names() and zipf(w1.lower(), tl) >= 2.5:
                continue  # opening a sentence: its first word may be a common one (but
                # copied into another language where it is no word, it is no common word)
            if re.search(rf"(?<![\w'’-]){re.escape(fold(w1))}[ \u00a0]{re.escape(fold(w2))}(?![\w-])", tgt):
                out.add(fold(w2))
        return frozenset(out)
    return ctx.cached("names.written_full_surnames", build)


# an Icelandic person's name: one or two given names and a patronymic (Ásgeir Hrafn Þorvaldsson)
_IS_FULL_NAME = re.compile(r"(?<![\w'’-])([A-ZÁÉÍÓÚÝÞÆÖ][a-záéíóúýþæöð]{2,})((?:[ \u00a0][A-ZÁÉÍÓÚÝÞÆÖ][a-záéíóúýþæöð]{2,})?"
                           r"[ \u00a0][A-ZÁÉÍÓÚÝÞÆÖ][a-záéíóúýþæöð]*?s?(?:son|sonar|syni|dóttir|dóttur))(?![\w'’-])")


def _is_kept_given_names(ctx: CheckContext, sl: str | None, tl: str | None) -> frozenset[str]:
    """Out of Icelandic into another Latin-script language: the folded first given names of
    the persons the source names with a patronymic (Ásgeir Hrafn Þorvaldsson, Sunna
    Ragnarsdóttir) that the translation writes beside the next word of that name as the
    source does, accents aside.  Icelanders are called by the given name at later
    mentions, however common a word it is there (Ásgeir segir …): the given name is the
    name of its lone mentions, as a surname elsewhere."""
    if sl != "is" or tl == "is" or ctx.source is None:
        return frozenset()

    def build() -> frozenset[str]:
        tgt = fold(ctx.target.text)
        out: set[str] = set()
        for m in _IS_FULL_NAME.finditer(ctx.source.text):
            first, rest = m.group(1), m.group(2).split()
            pair = fold(f"{first} {rest[0]}")
            if re.search(rf"(?<![\w'’-]){re.escape(pair)}(?![\w'’-])", tgt):
                out.add(fold(first))
        return frozenset(out)
    return ctx.cached("names.is_kept_given_names", build)


def _surnames_again(text: str, names: list[Name], doc_surnames: frozenset[str], sl: str | None,
                    kept: frozenset[str] = frozenset()) -> list[Name]:
    """The lone mentions, inside a sentence, of the article's surnames (``_doc_surnames``)
    that the name finder left out of ``text``, as one-word names; those the translation
    shows to be names (``_kept_surnames``) opening a sentence too."""
    out: list[Name] = []
    for m in _CAP_WORD.finditer(text):
        w = m.group()
        f = fold(w)
        if not w[0].isupper() or f not in doc_surnames or any(g.start <= m.start() < g.end for g in names):
            continue
        if f not in kept and _after_break(text, m.start()):
            continue  # opening a sentence or a quotation: the finder's judgement stands
        low = w.lower()
        out.append(Name(w, m.start(), m.end(), [Part(w, m.start(), m.end(), fold(w), False, frozenset(),
                                                     zipf(low, sl), low, False)]))
    return out


@lru_cache(maxsize=1)
def _fi_sv_generics() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """data/names/place_generics.fi-sv.tsv: (Finnish openings, Swedish endings) per row."""
    out = []
    for line in _read_lines(_NAMES_DATA / "place_generics.fi-sv.tsv"):
        fi, _, sv = line.partition("\t")
        if sv:
            out.append((tuple(fi.strip().split("/")), tuple(sv.strip().split("/"))))
    return tuple(out)




def _fi_sv_generic_name(t: Name, src: str, sl: str | None, tl: str | None) -> bool:
    """Is name ``t`` (one or two words) of a ``tl`` text a Finnish place's name in the
    other national language, its generic part said in its own word (Finnish -linna, a
    castle, ~ Swedish -borg), where the ``sl`` sentence ``src`` has a capitalised compound
    with that generic (data/names/place_generics.fi-sv.tsv)?  Finland's places have a
    Finnish and a Swedish name, the specific part often another name or a translation of
    its own (Olavi ~ Olof): the one renders the other (N005 asks it of a translation's
    name, N003 of a source's, the languages swapped)."""
    if {norm_lang(sl), norm_lang(tl)} != {"fi", "sv"} or len(t.parts) > 2 or t.classes:
        return False
    last = t.parts[-1].low
    caps = [w.lower() for w in _CAP_WORD.findall(src) if w[:1].isupper()]
    if not caps:
        return False

    def finnish(word: str, fi: tuple[str, ...]) -> bool:
        return any(word.find(x, 3) >= 3 for x in fi)

    def swedish(word: str, sv: tuple[str, ...]) -> bool:
        return any(word.endswith(x) and len(word) >= len(x) + 3 for x in sv)
    for fi, sv in _fi_sv_generics():
        if norm_lang(tl) == "sv":
            if swedish(last, sv) and any(finnish(w, fi) for w in caps):
                return True
        elif finnish(last, fi) and any(swedish(w, sv) for w in caps):
            return True
    return False


# Finnish has no native b, d, g: the Swedish name of a Finnish place often writes a voiced
# stop where the Finnish one has its plain one, or the other way round (a Finnish place
# Tapola, Swedish Tabola), the name's opening otherwise alike
_FI_SV_STOP_FOLD = str.maketrans("bdgw", "ptkv")


def _fi_sv_stop_variant(g: Name, t: Name, sl: str | None, tl: str | None) -> bool:
    """Out of Finnish into Swedish or back, is one-word target name ``t`` the place of
    one-word source name ``g`` in the other national language: their first four letters
    alike once doubled letters are written once and b, d, g read as p, t, k, and one of
    those stops voiced in the one name and plain in the other?  Not a lexicon entity, a
    given name or an acronym."""
    if {norm_lang(sl), norm_lang(tl)} != {"fi", "sv"} or len(g.parts) != 1 or len(t.parts) != 1:
        return False
    a, b = g.parts[0], t.parts[0]
    if g.classes or t.classes or a.classes or b.classes or a.acronym or b.acronym \
            or a.low in _given_names() or b.low in _given_names():
        return False

    def once(w: str) -> str:
        return re.sub(r"(.)\1", r"\1", w)
    x, y = once(a.low), once(b.low)
    if len(x) < 5 or len(y) < 5 or x[:4].translate(_FI_SV_STOP_FOLD) != y[:4].translate(_FI_SV_STOP_FOLD):
        return False
    return any({c, d} in ({"p", "b"}, {"t", "d"}, {"k", "g"}) for c, d in zip(x[:4], y[:4]))


def _vi_calendar_word(g: Name, src: str, sl: str | None) -> bool:
    """Is Vietnamese source name ``g`` a weekday or month (thứ Tư = Wednesday, tháng Mười
    Hai = December, Chủ nhật = Sunday)?"""
    if sl != "vi" or not all(p.low in _VI_CALENDAR_WORDS for p in g.parts):
        return False
    if g.parts[0].low == "chủ":
        return True
    return _VI_CALENDAR_BEFORE.search(src[max(0, g.start - 8):g.start]) is not None


# the head nouns that open a Vietnamese body's name (Bộ "ministry", Sở "department",
# Tổng cục "general department", Viện "institute", Ủy ban "committee", Ngân hàng "bank" …),
# lower case: after one, Vietnamese capitalises the first syllable of each word of the
# name only (Cục Lâm nghiệp "Forestry Department", Sở Kế hoạch và Đầu tư "Department of
# Planning and Investment"), where a person's or a place's name capitalises all its syllables
_VI_BODY_HEADS = frozenset("""tổng cục|cục|bộ|sở|viện|học viện|ủy ban|uỷ ban|ban|hội đồng|hiệp hội|hội|
ngân hàng|tổng công ty|công ty|tập đoàn|trường|trung tâm|văn phòng|tòa án|toà án|quỹ|bệnh viện|
liên đoàn|cơ quan|đài|thông tấn xã""".replace("\n", "").split("|"))
_VI_NEXT_LOWER = re.compile(r" ([^\W\d_]+)")
_CLAUSE_MARK = re.compile(r"[,.;:!?()\[\]“”\"«»–—]")


# languages that build a body's descriptive name as a head noun and its modifiers joined
# by an associative connective, each capitalised (Swahili Kituo cha Tatu cha Mizigo,
# Chama cha Wakulima wa Chai, Shirika la Ushirikiano wa Kimataifa): the connectives
_NAME_CONNECTIVES = {"sw": r"(?:wa|ya|la|cha|vya|za|kwa|pa|mwa)"}


def _connective_chain(t: Name, text: str, conn: str) -> str:
    """The run of capitalised words around target group ``t`` in ``text``, linked by
    spaces and the connectives ``conn`` (Ushirika wa Wavuvi wa Lamu)."""
    link = re.compile(r"[ \u00a0]+(?:" + conn + r"[ \u00a0]+)?([^\W\d_]+)")
    end = t.end
    while (m := link.match(text, end)) is not None and m.group(1)[:1].isupper():
        end = m.end()
    start = t.start
    back = re.compile(r"([^\W\d_]+)[ \u00a0]+(?:" + conn + r"[ \u00a0]+)?$")
    while (m := back.search(text, max(0, start - 40), start)) is not None and m.group(1)[:1].isupper():
        start = m.start()
    return text[start:end]


def _connective_name_word(t: Name, text: str, g: Name, sl: str | None, tl: str | None) -> bool:
    """Is one-word target group ``t`` a common word of a descriptive name the translation
    built in its own language, joined by a connective to a capitalised word beside it
    (Kituo cha Tatu, Chama cha Wakulima, Reli ya Kisasa) or right after a capitalised head
    noun of the stop list (Bandari Kavu), while source name ``g`` is a body's name with
    common words of its own language (Cargo Terminal, Tea Growers Association) or an
    acronym, whose own names the translation writes (Tanzania, Japan ~ Japani)?  The name was
    translated, its words with it: no name put in its place.  Not a lexicon entity, an
    acronym or a given name."""
    conn = _NAME_CONNECTIVES.get(tl or "")
    if conn is None or len(t.parts) != 1 or _is_entity(t) or t.parts[0].acronym \
            or t.parts[0].low in _given_names():
        return False
    if not (all(p.acronym for p in g.parts) or (has_freq(sl) and any(
            not p.acronym and not p.classes and zipf(p.low, sl) >= 3.5 for p in g.parts))):
        return False  # (a lone name of the source: Kipevu ~ Kilindini is a swap)
    # the source name's own names (Tanzania, Japan) are in the translation, whatever it did
    # with the common words (Japan ~ Japani); one missing is a swap (Port of Tanga ~
    # Bandari ya Mtwara)
    tfolds = [fold(w) for w in re.findall(r"[^\W\d_]+", text)]
    own = [p for p in g.parts if not p.acronym and (p.classes or zipf(p.low, sl) < 3.5)]
    # (a rarer word of the word list, Zipf 3 to 3.5, is as often a common word of the
    # name, Aquaculture, as a name: with a surer name of it there, Mwatate of Mwatate
    # Aquaculture Centre ~ Kituo cha Ufugaji wa Samaki cha Mwatate, it is a word
    # translated; alone it is looked for)
    sure = [p for p in own if p.classes or zipf(p.low, sl) < REAL_WORD]
    # words of the source's name kept in the very name the translation built around
    # ``t`` are its names; the others, words of the word list (Zipf 2 to 3: Potters),
    # were translated with it (Garissa Potters Cooperative Society ~ Ushirika wa
    # Wafinyanzi wa Garissa)
    # (the chain may run on across "and" too: Uvuaji wa Mito na Urithi ya Lamu, a body
    # of two coordinated fields and the place kept after them; and a word of ``own`` kept
    # there, a name of the word list's middling band, Zipf 3 to 3.5, says the same of a
    # single rarer common word beside it, Estuarine of Lamu Estuarine Fishing Board)
    if len(sure) >= 2 or (sure and len(own) >= 2):
        chain = [fold(w) for w in re.findall(r"[^\W\d_]+", _connective_chain(t, text, "(?:" + conn + "|na)"))]
        kept = [p for p in own if any(w.startswith(p.fold[:max(4, len(p.fold) - 2)]) for w in chain)]
        if kept and all(not p.classes and zipf(p.low, sl) >= 2.0 for p in sure if p not in kept):
            sure = kept
    for p in sure or own:
        stem = p.fold[:max(4, len(p.fold) - 2)]
        if not any(w.startswith(stem) for w in tfolds):
            return False
    stop = stopwords(tl)
    before = re.search(r"([^\W\d_]+)[ \u00a0]+(" + conn + r"[ \u00a0]+)?$", text[max(0, t.start - 40):t.start])
    if before is not None and before.group(1)[:1].isupper() and (
            before.group(2) or fold(before.group(1)) in stop):
        return True
    after = re.match(r"[ \u00a0]+" + conn + r"[ \u00a0]+([^\W\d_]+)", text[t.end:])
    return after is not None and after.group(1)[:1].isupper()


def _vi_body_word(g: Name, src: str, sl: str | None) -> bool:
    """Is Vietnamese source name ``g`` one capitalised common syllable inside a body's
    name, a lower-case syllable after it (Cục Lâm nghiệp, Viện Hải dương học): the first
    syllable of a word of the name (lâm nghiệp "forestry"), which a translation
    translates with it (Forstbehörde)?  The body's head opens the name with a
    capital, and the name's first word after it has one too (not "Bộ trưởng Lâm nói",
    the minister Lâm, nor "công ty của ông Lâm")."""
    if sl != "vi" or len(g.parts) != 1 or g.classes or g.parts[0].classes or g.parts[0].zipf < _COMMON:
        return False
    m = _VI_NEXT_LOWER.match(src, g.end)
    if m is None or not m.group(1)[0].islower():
        return False
    before = src[max(0, g.start - 60):g.start]
    cut = [x.end() for x in _CLAUSE_MARK.finditer(before)]
    words = before[cut[-1] if cut else 0:].split()
    if not cut and g.start > 60:
        words = words[1:]  # (the window's first word may be cut)
    for k in range(len(words) - 1, -1, -1):
        for n in (2, 1):
            head = " ".join(words[k:k + n]).lower()
            if k + n <= len(words) and head in _VI_BODY_HEADS and words[k][0].isupper() \
                    and (k + n == len(words) or words[k + n][0].isupper()):
                return True
    return False


def _body_head_nouns() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """data/names/body_head_nouns.txt: language -> (folded head nouns, folded openings)."""
    return _lang_word_table("body_head_nouns.txt")


# (Hungarian too: Méhészek Szövetségének, the head last with its case ending glued)
_HEAD_AFTER = frozenset({"tr", "hu"})
# a registered association's mark, written small right after its name (Finnish ry,
# rekisteröity yhdistys; Finland-Swedish rf, registrerad förening): the body's head
_LOWER_BODY_MARKS = {"fi": frozenset({"ry"}), "sv": frozenset({"rf"})}
_BODY_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_BODY_COMPOUNDS = frozenset({"de", "nl", "sv", "da", "nb"})


def _firm_head(w: str, lang: str | None) -> bool:
    """Is word ``w`` a head noun of a firm's name in ``lang`` (company, utility, Betrieb,
    entreprise: data/names/firm_head_nouns.txt)?"""
    return _head_of(w, _lang_word_table("firm_head_nouns.txt"), lang)


def _body_head(w: str, lang: str | None, compound: bool = False) -> bool:
    """Is word ``w`` a head noun of a body's name in ``lang`` (Birliği, Asociația,
    Association, Verband; in a compounding language also a compound's last part:
    Exporteurverband)?"""
    return _head_of(w, _body_head_nouns(), lang, compound)


# a short linking word after a body's head noun and the capitalised word after it
# (Institut for Havforskning, Society of Anglers, Institut für Bienenkunde)
_HEAD_LINK_NAME = re.compile(r"[ \u00a0]+(?:for|af|of|för|i|für|de|des|du|di|del|van|voor|på|ved|vid)"
                             r"[ \u00a0]+([^\W\d_][^\W\d_'’-]{3,})")


def _head_before_kept_name(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word source name ``g`` a body's head noun (data/names/body_head_nouns.txt:
    Institut, Forening) followed by a linking word and the body's own capitalised word
    (Institut for Havforskning), which the translation writes, in any case, within three
    words after a head noun of its own language (the Department of Havforskning, le
    département d'havforskning)?  The head translated, the body's word kept: no name
    lost."""
    if len(g.parts) != 1 or g.classes or g.parts[0].acronym or not _body_head(g.parts[0].text, sl) \
            or not _body_head_nouns().get(tl or ""):
        return False
    m = _HEAD_LINK_NAME.match(src, g.end)
    if m is None or not m.group(1)[:1].isupper():
        return False
    name = fold(m.group(1))
    toks = [re.split("['’]", t.group())[-1] for t in _BODY_TOKEN.finditer(tgt)]
    for i, w in enumerate(toks):
        if fold(w) == name and any(_body_head(x, tl, compound=True) for x in toks[max(0, i - 3):i]):
            return True
    return False


@lru_cache(maxsize=1)
def _generic_names() -> dict[str, tuple[str, ...]]:
    """data/names/generic_names.txt: folded form -> the folded forms of its line."""
    out: dict[str, tuple[str, ...]] = {}
    for line in (_NAMES_DATA / "generic_names.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            forms = tuple(fold(f.strip()) for f in line.split("|") if f.strip())
            for f in forms:
                out[f] = forms
    return out


def _generic_name_rendered(g: Name, tgt: str) -> bool:
    """Is source name ``g`` a generic name of a place every town has (City Hall, Old Town,
    Altstadt) of which the translation writes a form, in any case (l'hôtel de ville, el
    casco antiguo)?  Rendered, not lost."""
    forms = _generic_names().get(fold(g.text))
    if not forms:
        return False
    t = fold(tgt)
    return any(_stands_alone(t, f) for f in forms)


def _court_heads() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """data/names/court_heads.txt: language -> (folded head nouns, folded openings)."""
    return _lang_word_table("court_heads.txt")


def _head_of(w: str, table: dict[str, tuple[frozenset[str], tuple[str, ...]]], lang: str | None,
             compound: bool = False) -> bool:
    """Is word ``w`` a head noun of ``table`` in ``lang`` (in a compounding language, with
    ``compound``, also a compound's last part: Landgericht)?"""
    heads = table.get(lang or "")
    if not heads:
        return False
    f = fold(w)
    if f in heads[0] or f.startswith(heads[1]):
        return True
    if not compound or lang not in _BODY_COMPOUNDS or len(f) < 8:
        return False
    # (an opening may take a case or plural ending of up to three letters after it:
    # Weinbauernverbands, Winzervereins, Landbrugsforeningen)
    return any(f.endswith(h) and len(f) - len(h) >= 4 for h in heads[0] | set(heads[1]) if len(h) >= 4) \
        or any(0 < len(f) - (i := f.rfind(h)) - len(h) <= 3 and i >= 4 for h in heads[1] if len(h) >= 5)


# the word after a target name: a capitalised word one blank on
_WORD_AFTER_NAME = re.compile(r"[ \u00a0]+([^\W\d_][^\W\d_'’]*)")


def _lone_head_qualified(g: Name, t: Name, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is source name ``g`` a body's head noun alone (a regional ministry, a directorate:
    data/names/body_head_nouns.txt), and the one-word target name ``t`` in its slot right
    before a capitalised head noun of the translation's language (the Regional Department,
    the Coastal Directorate)?  The head was translated, the word before it a qualifier the
    translation adds (which body of the kind), no name put in the head's place.  Not a
    given name or acronym on either side."""
    if len(g.parts) != 1 or len(t.parts) != 1 or g.classes or g.parts[0].classes:
        return False
    p, q = g.parts[0], t.parts[0]
    if p.acronym or q.acronym or p.low in _given_names() or q.low in _given_names() \
            or not _body_head(p.text, sl):
        return False
    m = _WORD_AFTER_NAME.match(tgt, t.end)
    return m is not None and m.group(1)[:1].isupper() and _body_head(m.group(1), tl, compound=True)


def _headed_body_translated(g: Name, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is source name ``g`` a body's generic name: two words or more, all ordinary words
    of the source language (no lexicon entity nor given name), one of them a head noun of
    a court's or body's name (Tribunal Superior, Cour suprême, Consejo Rector), while the
    translation writes a head noun of the same kind in its own language with a capital
    (Oberster Gerichtshof, High Court, Verwaltungsrat)?  The name was translated with its
    head.  (A court for a court: Verband for Tribunal is no rendering.)"""
    if len(g.parts) < 2:
        return False
    if not _ordinary_words(g, sl) and not (
            # no word list (Albanian): the name's first word a head noun of the language,
            # no word of it a lexicon entity (Fondi Shqiptar i Zhvillimit ~ Albanian
            # Development Fund)
            not has_freq(sl) and not g.classes and not any(p.classes for p in g.parts)
            and _body_head(g.parts[0].text, sl)):
        return False
    if any(p.acronym or p.low in _given_names() for p in g.parts):
        return False
    for table in (_court_heads(), _body_head_nouns()):
        if table.get(tl or "") and any(_head_of(p.text, table, sl) for p in g.parts):
            return any(m.group()[:1].isupper() and _head_of(m.group(), table, tl, compound=True)
                       for m in _BODY_TOKEN.finditer(tgt))
    return False


# languages that write an office's generic name as one compound word with a case ending
# after it (Hungarian Földhivatalhoz, Estonian Ravimiameti; the Nordic ones with their
# article and genitive: Skatteministeriets, Socialstyrelsen)
_HEAD_COMPOUNDS = frozenset({"hu", "et", "da", "sv", "nb"})


def _head_compound(w: str, lang: str | None) -> bool:
    """Is ``w`` a compound of ``lang`` whose last part is a head noun of a body's name, at
    most four letters of case ending after it (Földhivatalhoz, Ravimiameti)?"""
    if lang not in _HEAD_COMPOUNDS:
        return False
    heads = _body_head_nouns().get(lang)
    if not heads:
        return False
    f = fold(w)
    for h in heads[0] | set(heads[1]):
        if len(h) < 4:
            continue
        i = f.find(h, 4)
        if i >= 4 and len(f) - i - len(h) <= 4:
            return True
    return False


# Polish, Czech and Slovak relational adjectives made from a noun (smog ~ smogowy,
# plyn ~ plynový), in their case forms
_RELATIONAL_ADJ = {
    "pl": re.compile(r"ow(?:y|a|e|ego|ej|emu|ym|ych|ymi|ą)$"),
    "cs": re.compile(r"ov(?:ý|á|é|ého|ému|ým|ých|ými|ou)$"),
    "sk": re.compile(r"ov(?:ý|á|é|ého|ému|om|ých|ými|ou)$"),
}


def _relational_adjective_kept(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word source name ``g`` a relational adjective (Smogowego, Plynového) whose
    noun, four letters or more and no word of the source language's own stock alone,
    the translation writes with a capital as a word of its own (Smog Alert)?  The name's
    word was translated by its noun."""
    rx = _RELATIONAL_ADJ.get(sl or "")
    if rx is None or len(g.parts) != 1 or g.classes or g.parts[0].classes:
        return False
    w = g.parts[0].text
    m = rx.search(w.lower())
    if m is None or m.start() < 4:
        return False
    stem = w[:m.start()]
    hit = re.search(r"(?<!\w)" + re.escape(stem[:1].upper() + stem[1:].lower()) + r"(?![\w-])", tgt)
    if hit is None:
        return False
    # the capitalised words before it are the source name's other words or common words
    # (Rybnik Smog Alert); a name the source lacks there (Kraków Smog Alert) is another body
    opens = {fold(x)[:3] for x in re.findall(r"[^\W\d_]+", src)}
    for x in reversed(re.findall(r"[^\W\d_]+", tgt[max(0, hit.start() - 40):hit.start()])):
        if not x[:1].isupper():
            break
        if fold(x)[:3] not in opens and zipf(x.lower(), tl) < 3.5:
            return False
    return True


# languages whose compound bodies' names (Väylä|virasto|n) count as translated only in a
# document that renders every mention alike (``_body_compound_rendered_alike``)
_HEAD_COMPOUNDS_DOC = frozenset({"fi"})
_TITLE_RUN_HEAD = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the|&)\s+)*)*[A-Z][\w'’-]*")


_GENITIVE_BEFORE = re.compile(r"([^\W\d_][^\W\d_]+)s\s+$")
_NORDIC_GENITIVE_LANGS = frozenset({"da", "sv", "nb"})


def _common_compound_after_genitive(g: Name, src: str, tgt: str, sl: str | None) -> bool:
    """Is one-word ``g`` a Danish, Swedish or Norwegian compound of common words
    (Dyre|park, Fri|lufts|museum) after a capitalised place's genitive in -s (Bornholms
    Dyrepark, Skånes Djurpark), while the translation's sentence names that place
    (le parc animalier de Bornholm)?  The name's generic words were translated: no name
    lost."""
    if sl not in _NORDIC_GENITIVE_LANGS or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym:
        return False
    m = _GENITIVE_BEFORE.search(src, max(0, g.start - 40), g.start)
    if m is None or not m.group(1)[:1].isupper() or m.end() != g.start:
        return False
    place = m.group(1)
    if not re.search(r"(?<![^\W\d_])" + re.escape(place) + r"(?![^\W\d_])", tgt):
        return False
    return _common_compound(g.parts[0].text.lower(), sl) >= 2


_FI_GENITIVE_BEFORE = re.compile(r"([^\W\d_]{3,}n)\s+$")
_CAP_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_][^\W\d_'’]*)")


def _fi_compound_after_genitive(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word ``g`` a Finnish compound of ten letters or more opening on a common
    word (Mansikka|juhlilla, Kala|markkinat), after a capitalised place's genitive in -n
    (Kuopion, Porin), while the translation writes that place (a word sharing its first
    five letters, or all but the genitive's -n) followed by one to three capitalised common
    words of its own language that the source lacks (Kuopio Fish Market)?  The name's
    generic words were translated word by word: no name lost."""
    if sl != "fi" or not has_freq(tl) or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym:
        return False
    low = g.parts[0].text.lower()
    if len(low) < 10 or not g.parts[0].text[1:].islower() or low in _given_names() \
            or not any(zipf(low[:i], sl) >= REAL_WORD for i in range(4, len(low) - 5)):
        return False
    m = _FI_GENITIVE_BEFORE.search(src, max(0, g.start - 40), g.start)
    if m is None or not m.group(1)[:1].isupper() or m.end() != g.start:
        return False
    stem = m.group(1)[:min(5, len(m.group(1)) - 1)]  # (Porin ~ Pori, Kokemäen ~ Kokemäki)
    fsrc = src.casefold()
    for t in re.finditer(r"(?<![^\W\d_])" + re.escape(stem) + r"[^\W\d_]*", tgt):
        pos, n = t.end(), 0
        while n < 3 and (w := _CAP_WORD_AFTER.match(tgt, pos)) is not None and w.group(1)[:1].isupper():
            x = w.group(1).rstrip("'’").lower()
            if x.endswith(("'s", "’s")):
                x = x[:-2]
            if x in _given_names() or zipf(x, tl) < REAL_WORD or x in fsrc:
                break
            n, pos = n + 1, w.end()
        if n:
            return True
    return False


def _body_compound(g: Name, sl: str | None) -> bool:
    """Is ``g`` a one-word name compounded on a body's head noun (Väylä|virasto|n,
    Miljø|forvaltningen)?  Finnish-like languages by the head-noun table, others by
    ``_head_compound``."""
    if len(g.parts) != 1 or g.classes or g.parts[0].classes or g.parts[0].acronym:
        return False
    if sl not in _HEAD_COMPOUNDS_DOC:
        return _head_compound(g.parts[0].text, sl)
    heads = _body_head_nouns().get(sl)
    f = fold(g.parts[0].text)
    return bool(heads) and any(len(h) >= 4 and (i := f.find(h, 4)) >= 4 and len(f) - i - len(h) <= 4
                               for h in heads[0] | set(heads[1]))


def _body_compound_rendered_alike(ctx: CheckContext, g: Name, tgt: str, sl: str | None,
                                  tl: str | None) -> bool:
    """Doc mode: is one-word source name ``g`` a compound ending in a body's head noun
    (Väyläviraston, Miljøforvaltningen), named more than once in the source, where this
    sentence of the translation has a run of capitalised words ending in a head noun of
    its own language (… Infrastructure Agency) that the translation writes at least twice?
    The body's name was translated, and alike at its mentions; a run written once, another
    body's name put in at one mention, is left to N003."""
    if not _body_compound(g, sl):
        return False
    src = fold(ctx.source.text)
    stem = fold(g.parts[0].text)[:-2]
    if len(re.findall(r"(?<!\w)" + re.escape(stem), src)) < 2 and \
            len(re.findall(re.escape(stem), src)) < 2:
        return False
    return any(ctx.target.text.count(m.group()) >= 2 for m in _head_runs(tgt, tl))


_WORD_THEN_WORD = re.compile(r"[^\W\d_]+(?=[ \t]+([^\W\d_]+))")


_WORD_BEFORE_NAME = re.compile(r"([^\W\d_][\w-]*)[ \u00a0]+$")


def _acronym_short_mention(ctx: CheckContext, bn: BeadNames, g: Name) -> bool:
    """Doc mode: is source name ``g`` an acronym after a capitalised word, a body's head
    (Správa KRKNAP, Uprava ZOO), that the translation writes elsewhere right after a word of
    five letters or more (Parkverwaltung KRKNAP, Park Authority ZOO), that word
    standing in this sentence of the translation without it?  A later mention of the body
    by its rendered head alone: not lost."""
    if len(g.parts) != 1 or not (g.parts[0].acronym or (g.text.isupper() and g.text.isalpha())) \
            or not 3 <= len(g.text) <= 8 or g.classes:
        return False
    m = _WORD_BEFORE_NAME.search(bn.src.text[max(0, g.start - 40):g.start])
    if m is None or not m.group(1)[:1].isupper() or m.group(1).isupper():
        return False
    tgt = bn.tgt.text
    for w in re.finditer(r"([^\W\d_][\w-]{4,}),?[ \u00a0]+" + re.escape(g.text) + r"(?![\w])", ctx.target.text):
        word = w.group(1)
        if word[:1].isupper() and not word.isupper() \
                and re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", tgt):
            return True
    return False


# an acronym and the lower-case word after it, which the acronym qualifies (an XYZ test)
_ACRONYM_THEN_WORD = r"(?<![\w-])%s[ \u00a0]+([^\W\d_]+)"


def _classifier_acronym_rendered(ctx: CheckContext, g: Name) -> bool:
    """Doc mode: is source name ``g`` one acronym of two to five capitals, no lexicon
    entity, that the source writes at two places or more, every time right before a
    lower-case common word it qualifies (a PQR test … the PQR certificate … its PQR
    history), while the translation writes it nowhere?  Most likely the acronym names a
    kind of thing the translation renders by its own words at every mention (a vehicle
    inspection): translated throughout, not a name lost at one of them (a body dropped at
    every mention looks the same: the caller keeps a minor finding at the first)."""
    if len(g.parts) != 1 or g.classes or g.parts[0].classes or not (2 <= len(g.text) <= 5) \
            or not g.text.isalpha() or not g.text.isupper():
        return False
    src = ctx.source.text
    whole = re.findall(r"(?<![\w-])" + re.escape(g.text) + r"(?![\w-])", src)
    after = re.findall(_ACRONYM_THEN_WORD % re.escape(g.text), src)
    if len(whole) < 2 or len(after) != len(whole) \
            or not all(w.islower() and len(w) >= 3 and w not in stopwords(ctx.source.lang) for w in after):
        return False
    return g.text not in ctx.target.text


def _first_mention(ctx: CheckContext, bn: BeadNames, g: Name) -> bool:
    """Does bead ``bn`` hold the source document's first mention of ``g`` as written?"""
    m = re.search(r"(?<![\w-])" + re.escape(g.text) + r"(?![\w-])", ctx.source.text)
    return m is not None and any(s.start <= m.start() < s.end for s in bn.bead.source)


def _body_short_mention(ctx: CheckContext, bn: BeadNames, g: Name, sl: str | None) -> bool:
    """Doc mode: is one-word source name ``g`` a compound ending in a body's head noun
    (Estonian Maksukeskuse, Finnish Väyläviraston: data/names/body_head_nouns.txt) that
    the source names in full elsewhere, after another capitalised word (Harjumaa
    Maksukeskus), while this sentence of the translation writes in lower case the last
    word of a run of capitalised words of that bead's translation (Harju County Tax
    Centre ~ the centre, the tax centre)?  A short mention of the body, rendered by its
    head noun: not lost."""
    if len(g.parts) != 1 or g.classes or g.parts[0].classes or g.parts[0].acronym:
        return False
    heads = _body_head_nouns().get(sl or "")
    f = fold(g.parts[0].text)
    if not heads or len(f) < 9 or not any(
            len(h) >= 4 and (i := f.find(h, 4)) >= 4 and len(f) - i - len(h) <= 4
            for h in heads[0] | set(heads[1])):
        return False
    stem = f[:-2]
    tgt = bn.tgt.text
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None or stem not in fold(texts[0].text):
            continue
        if not any(m.group()[:1].isupper() and m.group(1)[:1].isupper() and fold(m.group(1)).startswith(stem)
                   for m in _WORD_THEN_WORD.finditer(texts[0].text)):
            continue
        for r in _TITLE_RUN_HEAD.finditer(texts[1].text):
            ws = r.group().split()
            last = ws[-1].casefold()
            if len(ws) >= 2 and len(last) >= 4 and last.isalpha() and \
                    re.search(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", tgt):
                return True
    return False


def _head_runs(text: str, tl: str | None) -> list[re.Match]:
    """Runs of two or more capitalised words of ``text`` ending in a body's head noun of
    ``tl`` (Finnish Transport Infrastructure Agency)."""
    return [m for m in _TITLE_RUN_HEAD.finditer(text)
            if len(m.group().split()) >= 2 and _body_head(m.group().split()[-1], tl, compound=True)]


def _body_run_swapped(ctx: CheckContext, bn: BeadNames, g: Name, sl: str | None,
                      tl: str | None) -> "re.Match | None":
    """Doc mode: source body compound ``g`` (Väyläviraston, as ``_body_compound_rendered_alike``
    reads it) missing from this bead, whose translation has a run of capitalised words
    ending in a head noun written nowhere else in the translation, while an earlier bead
    whose source names the body renders it by another run (… Infrastructure Agency here,
    … Communications Agency there, not a shortening of it): the body's name as the
    document translates it, swapped for another body's at this mention.  The run, or None."""
    if not _body_compound(g, sl):
        return None
    runs = _head_runs(bn.tgt.text, tl)
    here = [m for m in runs if ctx.target.text.count(m.group()) == 1
            and fold(m.group()) not in fold(ctx.source.text)]
    if not here:
        return None
    stem = re.compile(r"(?<!\w)" + re.escape(fold(g.parts[0].text)[:-2]))
    earlier: list[set[str]] = []
    for bv in ctx.beads():
        if bv is bn.bead:
            break
        texts = _bead_texts(bv)
        if texts is not None and stem.search(fold(texts[0].text)):
            earlier += [set(r.group().casefold().split()) for r in _head_runs(texts[1].text, tl)]
    if not earlier:
        return None
    if any(set(m.group().casefold().split()) in earlier for m in runs):
        return None  # the body rendered here as before (… Coast Authority): the other run
        # is another body the sentence names (… the Flood Council), no swap
    def same(m: "re.Match") -> bool:
        # a tail of the run (its last words, a head noun at the end) rendered so earlier or
        # elsewhere: a person before "of the" body, not another body
        ws = m.group().casefold().split()
        return any(len(ws) - k >= 2 and (any(set(ws[k:]) <= w for w in earlier) or
                                          ctx.target.text.casefold().count(" ".join(ws[k:])) >= 2)
                   for k in range(len(ws)))
    return next((m for m in here if not same(m)), None)


def _beside_body_head(text: str, start: int, end: int, lang: str | None) -> bool:
    """Is the word at ``start``-``end`` of ``text`` right before or after a head noun of a
    body's name in ``lang`` (Üreticileri Derneği, Asociația Crescătorilor)?"""
    after = _BODY_TOKEN.match(text, end + 1) if text[end:end + 1] == " " else None
    before = re.search(r"([^\W\d_]+) $", text[max(0, start - 40):start])
    return any(m is not None and m.group(0 if m is after else 1)[:1].isupper()
               and _body_head(m.group(0 if m is after else 1), lang) for m in (after, before))


def _folded_homograph(p: Part) -> bool:
    """Is ``p`` a common word at home (Zipf 4.5 or more) written with letters that folding
    takes away, which abroad is frequent only once folded (a Romanian or Czech word
    whose breve or caron folding drops)?  Its frequency abroad is another word's, not a name's."""
    return p.low != p.fold and p.zipf >= 4.5 and zipf(p.low, "en") < 3.0


# a run of capitalised words in a source with no word list, each joined to the next by
# at most one short lower-case linking word (Swahili Chama cha Ushirika cha …, Hifadhi ya
# Taifa ya …): one name of several words, its common ones translated as a title
_LINKED_CAPS = re.compile(r"[^\W\d_][\w'’-]*(?:[ \u00a0]+(?:[^\W\d_A-Z][\w]{0,2}[ \u00a0]+)?[^\W\d_][\w'’-]*)+")
_TGT_CAPS_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)+")


def _linked_run_translated(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word source name ``g``, in a source language without a word list, one of the
    capitalised words of a run joined by short linking words (Chama cha Ushirika cha Mlima,
    Shamba la Miti la …) of which the translation keeps another word, inside a run of
    capitalised words whose other words are common words of the target language (Zipf 4
    or more), no given name, at most as many as the run's words it lacks (Mlima Cooperative
    Society)?  The name's common words translated as its title, not a name lost."""
    if has_freq(sl) or not has_freq(tl) or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym or (g.parts[0].low or g.parts[0].text.lower()) in _given_names():
        return False
    for m in _LINKED_CAPS.finditer(src):
        if not (m.start() <= g.start < m.end()):
            continue
        caps = [w for w in re.findall(r"[^\W\d_][\w'’-]*", m.group()) if w[:1].isupper()]
        if len(caps) < 2:
            return False
        for r in _TGT_CAPS_RUN.finditer(tgt):
            words = r.group().split()
            wf = {fold(w) for w in words}
            kept = [w for w in caps if fold(w) in wf]
            lost = [w for w in caps if fold(w) not in wf]
            new = [w for w in words if fold(w) not in {fold(c) for c in caps}]
            # (a common word of the title read without its possessive: Weavers' ~ weavers;
            # one of middling frequency where the run ends in a body's head noun of the
            # target language, the title then a body's: Growers' Association)
            least = 3.0 if _body_head(words[-1], tl) else 4.0
            if kept and lost and new and len(new) <= len(lost) and fold(g.text) not in wf \
                    and all(w.lower() not in _given_names()
                            and zipf(re.sub(r"['’]s?$", "", w.lower()), tl) >= least for w in new):
                return True
        return False
    return False


# a word with its offsets, for chaining a source's capitalised words across short links
_CHAIN_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _linked_chain(src: str, start: int) -> list[str]:
    """The capitalised words of ``src`` chained to the one at ``start`` by blanks and at
    most one short lower-case linking word between two (Mali i Bardhë, Kisima cha Maji),
    not counting a word that opens the sentence."""
    toks = [(m.start(), m.end(), m.group()) for m in _CHAIN_WORD.finditer(src)]
    k = next((i for i, t in enumerate(toks) if t[0] == start), None)
    if k is None or not toks[k][2][:1].isupper():
        return []

    def joined(a: int, b: int) -> bool:
        return src[toks[a][1]:toks[b][0]].strip(" \u00a0") == ""

    def step(i: int, d: int) -> int | None:
        j = i + d
        if 0 <= j < len(toks) and joined(min(i, j), max(i, j)):
            if toks[j][2][:1].isupper():
                return j
            w = toks[j][2]
            if len(w) <= 3 and w.islower() and 0 <= j + d < len(toks) \
                    and joined(min(j, j + d), max(j, j + d)) and toks[j + d][2][:1].isupper():
                return j + d
        return None
    lo = hi = k
    while (j := step(lo, -1)) is not None:
        lo = j
    while (j := step(hi, 1)) is not None:
        hi = j
    words = [t for t in toks[lo:hi + 1] if t[2][:1].isupper()]
    if words and _opens_sentence(src, words[0][0]):
        words = words[1:]
    return [t[2] for t in words]


def _linked_name_translated_whole(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word source name ``g``, in a source language without a word list, one of two
    to four capitalised words chained by blanks and short linking words (a name of common
    words: an eye, a blue, in the language's own order), none a given name, while the
    translation, inside its sentence, writes a run of as many capitalised words, none of
    them in the source sentence, each a frequent common word of its language (Zipf 4 or
    more), no given name and no lexicon entity?  The name's common words translated as its
    title (… the Red Rock spring): no name lost."""
    if has_freq(sl) or not has_freq(tl) or len(g.parts) != 1 or g.classes or g.parts[0].classes \
            or g.parts[0].acronym:
        return False
    caps = _linked_chain(src, g.start)
    if not 2 <= len(caps) <= 4 or g.text not in caps \
            or any(w.lower() in _given_names() or exonym_classes(fold(w)) for w in caps):
        return False
    sfold = {fold(w) for w in _CHAIN_WORD.findall(src)}
    titles = _person_titles().get(tl or "", frozenset())
    pos = g.start / max(1, len(src))
    for r in _TGT_CAPS_RUN.finditer(tgt):
        words = r.group().split()
        if len(words) != len(caps) or _opens_sentence(tgt, r.start()) \
                or abs(r.start() / max(1, len(tgt)) - pos) > 0.3:
            continue  # (as many words, inside the sentence, in the name's slot)
        if all(fold(w) not in sfold and w.lower() not in _given_names() and not exonym_classes(fold(w))
               and fold(w) not in titles and zipf(w.lower(), tl) >= 4.0 for w in words):
            return True  # (no title of a person's office: Prime Minister)
    return False


# languages that capitalise every word of an event's name, common words too (Hungarian
# Egri Tavaszi Fesztivál, Pécsi Virágkarnevál)
_EVENT_CAPS = frozenset({"hu"})
_NEXT_WORD_RUN = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _event_heads() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """data/names/event_heads.txt: language -> (folded head nouns, folded openings)."""
    return _lang_word_table("event_heads.txt")


def _event_name_translated(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is source name ``g``, in a language that capitalises every word of an event's
    name, the capitalised words of that name before its head noun (Tavaszi ~ Spring in
    Egri Tavaszi Fesztivál, the head the next word or the group's last), while the
    translation writes a head noun of an event in its own language, alone or ending a
    compound (Spring Festival, Sommerfest: data/names/event_heads.txt)?  The event's
    name was translated, its common words with it: no name is lost.  Not a lexicon
    entity, given name or acronym."""
    heads = _event_heads()
    if sl not in _EVENT_CAPS or not heads.get(sl or "") or not heads.get(tl or ""):
        return False
    if g.classes or any(p.classes or p.acronym or p.low in _given_names() for p in g.parts):
        return False
    if len(g.parts) >= 2 and _head_of(g.parts[-1].text, heads, sl):
        pass  # the head inside the group (… Tavaszi Fesztivál)
    else:
        m = _NEXT_WORD_RUN.match(src, g.end)
        if m is None or not m.group(1)[:1].isupper() or not _head_of(m.group(1), heads, sl):
            return False
    return any(_head_of(m.group(), heads, tl, compound=True) for m in _BODY_TOKEN.finditer(tgt))


def _body_name_translated(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is source name ``g`` a capitalised word of a body's name whose head noun is next to
    it in the same run of capitalised words (Ege Zeytin Üreticileri Derneği, Asociația
    Crescătorilor din Valea Jiului), while the translation writes a head noun of its own
    language with a capital (Aegean Olive Growers' Association, Verband der Züchter)?  The body's name was translated, its common words with it: no name is
    lost.  Not a lexicon entity, given name, acronym or name the world writes one way."""
    if not _body_head_nouns().get(sl or "") or not _body_head_nouns().get(tl or ""):
        return False
    if g.classes or any(p.classes or p.acronym or p.low in _given_names()
                        or (_international(p, sl) and not _folded_homograph(p))
                        for p in g.parts):
        return False
    if any(_body_head(p.text, sl) for p in g.parts):
        if len(g.parts) == 1 and ((sl in _HEAD_AFTER or sl in _ROMANCE) and g.parts[0].zipf < REAL_WORD
                                  or not has_freq(sl)):
            # the head alone, with a case ending the word list lacks (Müdürlüğünden, from
            # the Directorate; Turkish writes no apostrophe after a body's name), or a rare
            # head of a Romance language (a regional government's department: Viceconsejería),
            # or in a language with no word list, where any capital inside a sentence looks
            # like a name's (Swahili Vituo vya Afya, health centres): the translation's head
            # of its own language renders it
            return any(m.group()[:1].isupper() and _body_head(m.group(), tl, compound=True)
                       or _elided_capital_head(m.group(), tl)
                       for m in _BODY_TOKEN.finditer(tgt))
        return False  # (the head itself is rendered by the target's head)
    if len(g.parts) == 1 and _head_compound(g.parts[0].text, sl):
        # the name word is itself a compound ending in a body's head noun, maybe with a
        # case ending (Föld|hivatal|hoz, Ravimi|ameti): an office's generic name, translated
        # where the translation writes a head noun of its own (Vermessungsamt, State Agency
        # of Medicines; a Romance language in lower case: l'association des éleveurs de …)
        return any(m.group()[:1].isupper() and _body_head(m.group(), tl, compound=True)
                   or (tl in _ROMANCE and _body_head(re.split("['’]", m.group())[-1], tl))
                   for m in _BODY_TOKEN.finditer(tgt))
    toks = list(_BODY_TOKEN.finditer(src))
    idx = [i for i, m in enumerate(toks) if g.start <= m.start() < g.end]
    if not idx:
        return False
    found = False
    # where the head stands: after the name's words in Turkish (… Üreticileri Derneği),
    # before them in the Romance languages (Asociația …), either way elsewhere
    sides = ((1, idx[-1]),) if sl in _HEAD_AFTER else ((-1, idx[0]),) if sl in _ROMANCE \
        else ((-1, idx[0]), (1, idx[-1]))
    for step, edge in sides:
        i, gap = edge + step, 0
        while 0 <= i < len(toks):
            m = toks[i]
            between = src[toks[i - step].end():m.start()] if step > 0 else src[m.end():toks[i + 1].start()]
            if any(c in between for c in ".,;:!?()\"“”«»„"):
                break
            w = m.group()
            if w[:1].isupper():
                if _body_head(w, sl):
                    found = True
                    break
                gap = 0
            elif step > 0 and w in _LOWER_BODY_MARKS.get(sl or "", ()):
                found = True  # Suomen Kalatalousyhdistykset ry: a registered association's
                break  # mark, written small after the name, is its head (… Association)
            elif len(w) <= 3 and gap == 0:
                gap = 1  # a linking word inside the name (ve, din, și, de, and)
            else:
                break
            i += step
        if found:
            break
    if not found:
        return False
    return any(m.group()[:1].isupper() and _body_head(m.group(), tl, compound=True)
               or _elided_capital_head(m.group(), tl)
               for m in _BODY_TOKEN.finditer(tgt))


def _elided_capital_head(tok: str, tl: str | None) -> bool:
    """Is token ``tok`` a Romance article or preposition elided before a capitalised head
    noun of a body's name (l'Association, dell'Istituto, d'Agència)?"""
    if tl not in _ROMANCE:
        return False
    bits = re.split("['’]", tok)
    return len(bits) == 2 and 1 <= len(bits[0]) <= 4 and bits[0].islower() \
        and bits[1][:1].isupper() and _body_head(bits[1], tl)


# a word of lower-case letters (a common word of a Latin-script text, never a name)
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z\u00c0-\u00de]*[a-z\u00df-\u00ff][^\W\d_]*")


def _short_skeleton(name: str) -> bool:
    """Does every word of ``name`` (another script) read as two consonants or fewer?"""
    # (the name as written: its nominative's -s, read for a Latin name, adds no letter here)
    words = [ws for ws in ([w for w in word if w] for word in _romanised_words(name, False)) if ws]
    return bool(words) and all(max(map(len, ws)) <= 2 for ws in words)


def _transcribes(g: Name, tgt_text: str) -> bool:
    """``transcribes_source`` for source name ``g`` in another script, not counting a
    word of ``tgt_text`` that is a lexicon place other than ``g``'s (Чернігова, Chernihiv,
    reads near Chernivtsi, which the lexicon knows as another city: a swap, not a
    transcription).  A name whose every word reads as two consonants or fewer (Πάρο ~ p-r)
    is read back from the translation's capitalised words only: so short a skeleton is in
    many a common word (pour, some), and a Latin-script translation capitalises the name
    it transcribes."""
    if _short_skeleton(g.text):
        tgt_text = _LOWER_WORD.sub(lambda m: " " * len(m.group()), tgt_text)
    if not transcribes_source(g.text, tgt_text):
        return False
    own = set(g.classes).union(*(p.classes for p in g.parts))
    if not own:
        return True
    others = [m for m in _SCRIPT_WORD.finditer(tgt_text) if m.group()[:1].isupper()
              and (cls := exonym_classes(fold(m.group()))) and not cls & own
              and not any(related_entities(a, b) for a in cls for b in own)]
    if not others:
        return True
    for m in reversed(others):
        tgt_text = tgt_text[:m.start()] + " " * (m.end() - m.start()) + tgt_text[m.end():]
    return transcribes_source(g.text, tgt_text)


# the generic word of an English place's name, which a translation into another script
# translates while it transcribes the name proper (Regency Square ~ πλατεία Ρίτζενσι,
# Lake Placid ~ озеро Лейк-Плэсид)
_EN_GENERIC_PLACE = frozenset("""square street road avenue lane drive boulevard crescent terrace park
    bridge lake river bay island hill mountain valley pier harbour harbor beach garden gardens
    station airport port castle abbey cathedral palace priory forest moor vale loch""".split())


def _generic_word_translated_rest_transcribed(g: Name, tgt_text: str) -> bool:
    """Is Latin-script name ``g`` of two words or more a generic word of an English place
    name (Square, Street, Lake) and a name proper that ``tgt_text``, in another script,
    transcribes (Regency Square ~ πλατεία Ρίτζενσι)?  The generic word translated."""
    if len(g.parts) < 2 or not g.text.isascii():
        return False
    rest = [p for p in g.parts if p.fold not in _EN_GENERIC_PLACE]
    if not rest or len(rest) == len(g.parts) or any(p.acronym for p in rest):
        return False
    if any(max(map(len, _skeletons(p.fold))) < 3 for p in rest):
        # too few consonants to read back (Union ~ any word with an n): only spelled out
        # letter for letter, vowels too, a case ending aside (Otaki Beach ~ παραλία του
        # Οτάκι, Aurora Bridge ~ мост Аврора)
        return all(len(p.fold) >= 5 and _transliterated_in(p.fold, tgt_text) for p in rest)
    return present_in_other_script(" ".join(p.text for p in rest), tgt_text)


def _transliterated_in(low: str, text: str) -> bool:
    """Is Latin word ``low`` (folded) letter for letter a transliteration (``_renderings``)
    of a capitalised Cyrillic or Greek word of ``text``, a case ending aside?"""
    for w in dict.fromkeys(_SCRIPT_WORD.findall(text)):
        if _OTHER_SCRIPT.match(w) and not w[0].islower():
            u = _renderings(w)
            if u is not None and len(u) >= 3 and _transliterates(low, u):
                return True
    return False


# the next word of a capitalised run, right after a name group (… Slate | Railway Trust)
_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-Z][a-z]")


def _title_tail_translated_rest_transcribed(g: Name, src_text: str, tgt_text: str, sl: str | None) -> bool:
    """Is Latin-script name ``g`` the front of a longer capitalised name that goes on
    with capitalised words outside the group (Dyffryn Nantlle Slate | Railway Trust), its
    own last words common words of the source language (Zipf 3 or more: Slate) and its
    first words rare ones that ``tgt_text``, in another script, transcribes (Трастом
    сланцевої залізниці Диффрин-Нантлле)?  The body's name translated, its proper name
    transcribed: not lost."""
    if len(g.parts) < 2 or not g.text.isascii() or not has_freq(sl) or not _CAPITAL_NEXT.match(src_text, g.end):
        return False
    k = len(g.parts)
    while k and not g.parts[k - 1].acronym and zipf(g.parts[k - 1].low, sl) >= 3.0:
        k -= 1
    rest = g.parts[:k]
    if not rest or k == len(g.parts) or any(p.acronym or p.zipf >= 3.0 for p in rest):
        return False
    if any(max(map(len, _skeletons(p.fold))) < 3 for p in rest):
        return False  # too few consonants to read back
    return present_in_other_script(" ".join(p.text for p in rest), tgt_text)


_GENERIC_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _named_with_generic_word(g: Name, src_text: str, index: NameIndex) -> bool:
    """Is one-word source name ``g`` the capitalised adjective of a place whose lower-case
    generic word follows it (Тихого океана, Черного моря: the Pacific, the Black Sea) and
    whose lexicon entity the translation names, alone or in a compound (Pacific,
    Nordwestpazifik)?  The name is the two words, not the adjective alone."""
    if len(g.parts) != 1 or g.parts[0].acronym:
        return False
    m = _GENERIC_AFTER.match(src_text, g.end)
    if m is None or not m.group(1).islower():
        return False
    cls = exonym_classes(g.parts[0].fold + fold(m.group(1)))
    if not cls:
        return False
    return bool(cls & index.classes) or any(exonym_in_compound(x) & cls for x in index.longs if len(x) >= 7)


def _generic_suffix_rendered(g: Name, index: NameIndex, sl: str | None) -> bool:
    """Is one-word source name ``g`` a place's own name with a generic word joined to its
    end (data/names/generic_suffixes.txt: Swedish Luleälven "the Lule river", Finnish
    Oulujoki, Norwegian Sognefjorden) whose own name, three letters or more, the
    translation writes (the Lule River, the Sogne Fjord)?  The generic word translated."""
    heads = _generic_suffixes().get(sl or "")
    if heads is None or len(g.parts) != 1 or g.parts[0].acronym:
        return False
    low = g.parts[0].text.casefold()  # (not folded: å is no a, ån no -an)
    for suf in heads:
        if not low.endswith(suf):
            continue
        st = fold(low[:-len(suf)].rstrip("-"))
        if len(st) >= 3 and (st in index.folds or (
                len(st) >= 4 and st.endswith("s") and st[:-1] in index.folds)):
            return True  # (Swedish may join with a genitive s: Vänerns)
    return False


@lru_cache(maxsize=1)
def _generic_suffixes() -> dict[str, tuple[str, ...]]:
    """data/names/generic_suffixes.txt: language -> the generic words joined to a place's
    name, lower case with their letters as written, longest first."""
    return {lang: tuple(sorted((w.casefold() for w in words), key=len, reverse=True))
            for lang, words in _lang_lists("generic_suffixes.txt").items()}


@lru_cache(maxsize=1)
def _generic_place_tails() -> dict[str, frozenset[str]]:
    """data/names/generic_place_tails.txt: language -> generic words that end a place's
    name (Gorge, Canyon, Valley), folded."""
    return {lang: frozenset(fold(w) for w in words)
            for lang, words in _lang_lists("generic_place_tails.txt").items()}


# Turkish's apostrophe before a proper noun's case ending, and the ending (Ovası'nda)
_TR_CASE_ENDING = re.compile(r"['’][^\W\d_]+$")
# a word and the one space after it, right before a position
_RUN_WORD_BEFORE = re.compile(r"(?<![^\W_])([^\W\d_][^\W_]*)[ \u00a0]$")


def _generic_tail_rendered(g: Name, src: str, names: list[Name], tindex: NameIndex,
                           sl: str | None, tl: str | None) -> bool:
    """Is one-word source name ``g`` a generic geographic word (data/names/
    generic_place_tails.txt: Gorge, Canyon, Valley; in Turkish maybe with its case
    ending, Ovası'nda) ending a run of capitalised words (Snake River Canyon, Konya
    Ovası) of which another name, not itself generic, stands in the translation (kanion
    rzeki Snake)?  The generic word of the place's name was translated; the name proper
    was kept."""
    words = _generic_place_tails().get(sl or "")
    if not words or len(g.parts) != 1 or g.parts[0].acronym:
        return False
    key = g.parts[0].fold
    if sl in ("tr", "az"):
        key = _TR_CASE_ENDING.sub("", key)  # (the case ending after the name: Ovası'nda)
    if key not in words:
        return False
    start = g.start
    while True:  # back over the capitalised words right before it, one space apart
        m = _RUN_WORD_BEFORE.search(src, max(0, start - 40), start)
        if m is None or not m.group(1)[:1].isupper() or start - m.start() > 40:
            break
        start = m.start()
    if start == g.start:
        return False
    for h in names:
        if h is g or h.start < start or h.end > g.start:
            continue
        if all(p.fold in words for p in h.parts):
            continue
        if _group_present(h, tindex, tl, sl):
            return True
    # the word right before it, which no name of the sentence covers (Konya opening it:
    # Konya Ovası'nda), kept with its capital in the translation (the Konya Plain)
    m = _RUN_WORD_BEFORE.search(src, max(0, g.start - 40), g.start)
    if m is not None and m.group(1)[:1].isupper() and not any(h.start <= m.start() < h.end for h in names):
        f = fold(m.group(1))
        if len(f) >= 3 and f not in words and tindex.forms.get(f, "")[:1].isupper():
            return True
    return False


@lru_cache(maxsize=1)
def _generic_place_heads() -> dict[str, frozenset[str]]:
    """data/names/generic_place_heads.txt: language -> generic words that open a place's
    name (Val, Lago, Sierra, Lac), folded."""
    return {lang: frozenset(fold(w) for w in words)
            for lang, words in _lang_lists("generic_place_heads.txt").items()}


# a linking word (maybe) and the capitalised word after a place's generic word
_AFTER_HEAD = re.compile(r"[ \u00a0]+(?:(?:di|del|della|dello|dei|degli|delle|de|des|du|da|do|"
                         r"dos|das|la|le|lo|los|las|ng)[ \u00a0]+|(?:d|l)['’]){0,2}([^\W\d_][^\W\d_'’-]{2,})")


def _generic_head_rendered(g: Name, src: str, tindex: NameIndex, sl: str | None,
                           tl: str | None) -> bool:
    """Is one-word source name ``g`` a generic geographic word (data/names/
    generic_place_heads.txt: Val, Lago, Sierra) opening a place's name whose next
    capitalised word (after a linking word: Val di Non) the translation writes, alone or
    opening a compound (Nonstal, Gardasee)?  The generic word was translated."""
    words = _generic_place_heads().get(sl or "")
    if not words or len(g.parts) != 1 or g.parts[0].acronym or g.parts[0].fold not in words:
        return False
    m = _AFTER_HEAD.match(src, g.end)
    if m is None or not m.group(1)[:1].isupper():
        return False
    name = fold(m.group(1))
    if name in words:
        return False
    return any(f == name or (len(f) >= len(name) + 3 and f.startswith(name)) for f in tindex.folds)


# a Romance definite article right before a word, and "of" and a capitalised word after it
_ROMANCE_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:le|la|les|l['’]|il|lo|gli|i|el|los|las|o|os|a|as|"
                                     r"du|des|al|del|dei|della|dello|degli|delle|do|dos|da|das|au|aux)[ \u00a0]*$",
                                     re.IGNORECASE)
_OF_NAME_AFTER = re.compile(r"[ \u00a0]+(?:(?:di|de|du|des|da|do|dos|das|del|della|dello|dei|degli|delle)"
                            r"[ \u00a0]+(?:(?:la|le|lo|l['’])[ \u00a0]*)?|d['’])([^\W\d_][^\W\d_'’-]{2,})")


def _romance_head_noun_rendered(g: Name, src: str, tindex: NameIndex, sl: str | None) -> bool:
    """Is one-word ``g`` of a Romance source a common noun of that language (in its word
    list, ten times commoner there than in English; no given name, acronym or lexicon
    name) after a definite article and before "of" and a capitalised name (les Forges de
    Clabecq, la Fonderia di Lucca), that name written in the translation (the Clabecq
    forges)?  A site's or firm's descriptive head noun, capitalised as those languages
    write a name's first word and translated: no name lost."""
    if sl not in _ROMANCE or len(g.parts) != 1 or g.classes:
        return False
    p = g.parts[0]
    if p.acronym or p.classes or not p.text[1:].islower():
        return False
    low = p.low or p.text.lower()
    z = zipf(low, sl)
    if low in _given_names() or z < 1.5 or z < zipf(low, "en") + 1.0:
        return False
    if _ROMANCE_ARTICLE_BEFORE.search(src, max(0, g.start - 8), g.start) is None:
        return False
    m = _OF_NAME_AFTER.match(src, g.end)
    if m is None or not m.group(1)[:1].isupper() or m.group(1)[1:].isupper():
        return False
    name = fold(m.group(1))
    return any(f == name for f in tindex.folds)


_NEXT_CAP_WORD = re.compile(r"[ \u00a0]([^\W\d_a-zß-ÿ][^\W\d_]{2,})")


def _role_before_named_genitive(g: Name, src: str, sl: str | None) -> bool:
    """Is one-word ``g`` a word opening a sentence of a language that capitalises names
    only, a word of its word list (Zipf 1+) that none of the big languages knows (a
    surname or place is used abroad too, Nowak, Szeged), no given name, followed right
    away by a capitalised common word of the language (Ratownicy Urzędu Morskiego … ~ the
    rescuers of the Maritime Office …)?  A common noun heading a body's name in the
    genitive (its staff, its experts), capitalised as a sentence's first word."""
    if sl not in _NAME_CAPS or sl in _ROMANCE or not g.initial or len(g.parts) != 1 or g.classes:
        return False
    p = g.parts[0]
    if p.acronym or p.classes or not p.text[1:].islower():
        return False
    low = p.low or p.text.lower()
    if low in _given_names() or zipf(low, sl) < 1.0 or \
            max(zipf(w, x) for w in (low, fold(low)) for x in ("en", "de", "fr", "es", "it")) >= 1.0:
        return False
    m = _NEXT_CAP_WORD.match(src, g.end)
    return m is not None and m.group(1)[1:].islower() and zipf(m.group(1).lower(), sl) >= 3.0


# an acronym in brackets after the words it stands for: "liquefied natural gas (LNG)",
# "зрідженим природним газом (СПГ)" (capitals of any script, two to seven)
_SPELLED_ACRONYM = re.compile(r"\(([^\W\d_a-zß-ÿ]{2,7})\)")
_INITIAL_WORD = re.compile(r"[^\W\d_]+")


def _spells_before(text: str, start: int, acronym: str) -> bool:
    """Do the words right before ``start`` open with the letters of ``acronym`` in order,
    its last letter opening the last word (short linking words may come between:
    Ministry of Health ~ MH)?"""
    words = [w.casefold() for w in _INITIAL_WORD.findall(text[max(0, start - 160):start])]
    a = acronym.casefold()
    if not words or words[-1][:1] != a[-1]:
        return False
    k = len(a) - 2
    for w in reversed(words[max(0, len(words) - 2 * len(a)):-1]):
        if k < 0:
            break
        if w[:1] == a[k]:
            k -= 1
        elif len(w) > 3:
            return False
    return k < 0


def _bracket_acronyms(text: str, spelled: bool = True) -> list[str]:
    """The acronyms of ``text`` that stand in brackets (``spelled``: after the words they
    stand for)."""
    return [m.group(1) for m in _SPELLED_ACRONYM.finditer(text)
            if m.group(1).isupper() and (not spelled or _spells_before(text, m.start(), m.group(1)))]


def _doc_acronyms(ctx: CheckContext) -> dict[str, frozenset[str]]:
    """Source acronym -> the translation's own acronyms for it: where a sentence spells
    out one acronym in brackets (liquefied natural gas (LNG)) and its translation has one
    other in brackets (зрідженим природним газом (СПГ), gaz naturel liquéfié (GNL); its
    words need not spell it: the acronym is the language's own, the words the
    translator's), the translation's acronym renders the source's at every mention of
    the article."""
    out: dict[str, set[str]] = {}
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        a = [x for x in _bracket_acronyms(src.text) if x not in tgt.text]
        if len(a) != 1:
            continue
        t = [x for x in _bracket_acronyms(tgt.text, spelled=False) if x != a[0] and x not in src.text]
        if len(t) == 1:
            out.setdefault(a[0], set()).add(t[0])
    return {k: frozenset(v) for k, v in out.items()}


def _acronym_in_own_form(g: Name, text: str, acronyms: dict[str, frozenset[str]]) -> bool:
    """Is source name ``g`` an acronym whose own form in the translation
    (``_doc_acronyms``) stands in ``text``, maybe with a case ending after a hyphen?"""
    forms = acronyms.get(g.text) if len(g.parts) == 1 else None
    return bool(forms) and any(
        re.search(rf"(?<![^\W\d_]){re.escape(f)}(?![^\W\d_])", text) for f in forms)


def _analyse(ctx: CheckContext) -> list[BeadNames]:
    sl, tl = _langs(ctx)
    out: list[BeadNames] = []
    kept_surnames = _kept_surnames(ctx, sl, tl) if not _is_pair(ctx) else frozenset()
    base_surnames = _doc_surnames(ctx, sl, tl) if not _is_pair(ctx) else frozenset()
    doc_surnames = base_surnames | kept_surnames
    # (an article's evidence: one sentence pair alone leaves its acronym to the reader,
    # a minor at most, as N004 has it: Regional Aviation Board (RAB) ~ … (BAG))
    acronyms = _doc_acronyms(ctx) if not _is_pair(ctx) else {}
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        bn = BeadNames(bv, tgt, src)
        names = _fi_place_genitive_split(_affiliation_split(find_names(src.text, sl, tl), src.text, sl), sl)
        kept_only: set[int] = set()
        if doc_surnames:
            again = _surnames_again(src.text, names, doc_surnames, sl, kept_surnames)
            names = names + again
            if kept_surnames:
                # a surname known as one only by the translation's own usage is weaker
                # evidence than the finder's: its swap is at most major (Nair ~ Nari)
                kept_only = {id(g) for g in again if g.parts[0].fold not in base_surnames}
        if not names:
            bn.added = _added_names(src.text, tgt.text, sl, tl)
            if bn.added:
                out.append(bn)
            continue
        tindex: NameIndex | None = None
        tok, tfold, _ = _token_sets(tgt.text)
        missing: list[Name] = []
        present: list[Name] = []
        seen: set[str] = set()
        suspended = 0
        for g in names:
            if g.key in seen:
                continue
            seen.add(g.key)
            if _unit_after_figure(g, src.text):
                continue  # 1,5 Mio. Franken: the currency, not the region (D002's business)
            if _place_in_common_noun(g, src.text, sl):
                continue  # Norway spruce ~ Fichte: a place word fixed in a common noun
            if _number_word_name(g, src.text, sl):
                continue  # Pětačtyřicetiletý, opening a sentence: a number word or a
                # compound adjective made of one ("forty-five-year-old"), the numbers' business
            if _dollar_prefix(g, src.text):
                continue  # US$31 billion, HK$, A$: a dollar sign's prefix (D002's business)
            if len(g.parts) == 1 and g.parts[0].fold in _ADDRESS_WORDS:
                continue  # Nanny, Granny: a relative or carer named by role, no name to keep
            if _vi_calendar_word(g, src.text, sl):
                continue  # thứ Tư, tháng Mười, Chủ nhật: a weekday or month, no name
            if _vi_body_word(g, src.text, sl):
                continue  # Cục Lâm nghiệp: a word of a body's name, translated with it
            if _prefixed_noun(g, src.text, sl):
                continue  # Ex-Bankberater, Vize-Präsidentin: a common noun with a prefix
            if _prefix_only(g, src.text):
                continue  # Non-Proliferation Treaty ~ Atomwaffensperrvertrag: a prefix, no name
            if _suspended_compound_words(g, src.text, sl):
                suspended += 1
                continue  # Tee-, Silla- ja Sadamaameti ~ Road, Bridge and
                # Harbour Board: compounds of a body's name sharing their head, translated
            if _demonym_rendered(g, ctx.source.text if ctx.source else src.text, tgt.text, sl, tl):
                continue  # Aucklanders ~ 오클랜드 시민들: the place and a word for its people
            if _lone_person_title(g, src.text, sl):
                continue  # Bb. Reyes ~ Ms Reyes: an honorific alone before the name, translated
            if _ship_prefix(g, src.text):
                continue  # the MV Caledonia ~ “加勒多尼亚”号: a ship's prefix, the name after it decides
            if acronyms and _acronym_in_own_form(g, tgt.text, acronyms):
                continue  # LNG ~ СПГ, spelled out in brackets somewhere in the article:
                # the translation's own acronym for it
            # fast path: every word of the name is in the translation as written
            if all((p.text.replace(".", "") in tok or p.text in tok) if p.acronym else p.fold in tfold
                   for p in g.parts):
                if len(g.parts) in (2, 3) and _mostly_latin(g.text):
                    t = _slot_swapped(g, tgt.text, src.text, sl, tl)
                    if t is not None:
                        # Fiona McLeod ~ Fiona Campbell, "McLeod" in the next clause
                        bn.replaced.append((g, t))
                        bn.conf[id(g)] = 1
                continue
            if tindex is None:
                tindex = NameIndex(tgt.text, tl)
            if (not (_group_present(g, tindex, tl, sl, expand=_expandable(g, src.text))
                     or _formed_in_target(g, tindex, sl))
                    or _hyphen_part_lost(g, tindex, src.text, tl, sl)) \
                    and not present_in_other_script(g.text, tgt.text) \
                    and not ((noms := _softened_nominatives(tgt.text, tl)) and present_in_other_script(g.text, noms)) \
                    and not _company_core_in_other_script(g, tgt.text) \
                    and not present_in_zh(g.text, tgt.text, tl) \
                    and not generic_rendered(g.text, tgt.text, tl) \
                    and not _kana_with_next(g, src.text, tgt.text, tl) \
                    and not _with_elided_particle(g, src.text, tgt.text) \
                    and not _ship_named(g, tfold, tgt.text, tl) \
                    and not _titled_name_present(g, tindex, tgt.text, sl, tl) \
                    and not _cjk_place_present(g, tgt.text, tl) \
                    and not _rendered_in_target(g, tgt.text) \
                    and not _saint_rendered(g, src.text, tgt.text, sl, tl) \
                    and not _generic_word_translated_rest_transcribed(g, tgt.text) \
                    and not _title_tail_translated_rest_transcribed(g, src.text, tgt.text, sl) \
                    and not _named_with_generic_word(g, src.text, tindex) \
                    and not _generic_suffix_rendered(g, tindex, sl) \
                    and not _el_body_place_kept(g, tgt.text, sl, tl) \
                    and not _head_place_kept(g, tgt.text, tindex, sl, tl) \
                    and not _sq_linked_place(g, src.text, tindex, sl) \
                    and not _cyrillic_plural_place(g, tindex, tgt.text, sl, tl) \
                    and not (_NON_LATIN_LETTER.search(g.text) and (_transcribes(g, tgt.text)
                                                                   or _half_transcribed(g, tgt.text)
                                                                   or _code_in_latin(g, tgt.text))):
                if len(g.parts) == 1 and sl in _NOUN_CAPS and misspelt_word(g.parts[0].low, sl):
                    continue  # Jahrunderts: a frequent noun misspelt, not a name
                if _surname_dropped(g, tindex, src.text, tgt.text, sl):
                    bn.missing.append(g)  # George W. Bush ~ George W.
                    bn.conf[id(g)] = _SURNAME_DROPPED
                    continue
                if _generic_tail_rendered(g, src.text, names, tindex, sl, tl):
                    continue  # Snake River Canyon ~ kanion rzeki Snake: the generic word
                    # of a place's name translated, the name proper kept
                if _generic_head_rendered(g, src.text, tindex, sl, tl) \
                        or _romance_head_noun_rendered(g, src.text, tindex, sl) \
                        or _role_before_named_genitive(g, src.text, sl):
                    continue  # Val di Non ~ Nonstal, Lago di Garda ~ Gardasee: the same,
                    # with the generic word before the name
                if _region_qualifier(g, src.text, sl) or _el_region_of_place(g, tindex, sl) \
                        or _compass_rendered(g, tgt.text, sl, tl) \
                        or _compass_compound_rendered(g, tindex, tgt.text, sl, tl):
                    continue  # İç Anadolu ~ Central Anatolia, Lõuna prefektuur ~ Southern
                    # Prefecture: a position or compass word, translated
                if _compound_adjective_opening(g, src.text, sl):
                    continue  # Торгово-промышленная палата ~ Chamber of Commerce and Industry
                missing.append(g)
            else:
                present.append(g)
                t = _part_swapped(g, tgt.text, tindex, src.text, sl, tl)
                if t is None and _mostly_latin(src.text) and not _mostly_latin(tgt.text):
                    # read back as there by a short word's skeleton (Venn ~ він, "he"): the
                    # given name transcribed, another surname after it (Gudrun Venn ~
                    # Ґудрун Тремлетт)
                    t = _script_surname_swap(g, src.text, tgt.text,
                                             src.text if _is_pair(ctx) else ctx.source.text, sl, tl)
                if t is not None:
                    # half the name is there, the other half another name: another person
                    bn.replaced.append((g, t))
                    bn.conf[id(g)] = 1
                elif _surname_dropped(g, tindex, src.text, tgt.text, sl):
                    bn.missing.append(g)
                    bn.conf[id(g)] = _SURNAME_DROPPED
        if present and tindex is not None and _mostly_latin(tgt.text):
            # names there only in part or in another form (a name all of whose words are
            # there as written accounts for its own mention)
            for g in _lost_mentions(names, present, src.text, tgt.text, tindex, sl, tl):
                if any(g is x for x in bn.missing):
                    continue  # (already reported: its surname dropped)
                # a count is weaker evidence than a name gone in every form
                bn.missing.append(g)
                bn.conf[id(g)] = 0
        if not missing:
            bn.added = _added_names(src.text, tgt.text, sl, tl)
            out.append(bn)
            continue
        sindex = NameIndex(src.text, sl)
        extra = _unexplained(tgt.text, sindex, src.text, sl, tl)
        if suspended:
            # the title words that render the coordination's compounds (Maritime, Fisheries
            # and Aquaculture Fund) stand for no name another source name could claim
            extra = [x for x in extra if not _common_title_words(x, tl)]
        script_swaps = _mostly_latin(src.text) and not _mostly_latin(tgt.text)
        doc_text = src.text if _is_pair(ctx) else ctx.source.text
        slen, tlen = max(1, len(src.text)), max(1, len(tgt.text))
        tiers = {id(g): tier(g, sl, tl) for g in missing}
        titles: list[Name] | None = None  # (asked only for a name of ordinary words)
        # the surest source names choose their counterpart first (a name over a title
        # word of the same tier: Hamas before the Peace Plan)
        for g in sorted(missing, key=lambda g: (-tiers[id(g)], not strong(g, sl, tl))):
            tg = tiers[id(g)]
            if _el_field_of_post(g, src.text, sl):
                continue  # the field of an academic post (καθηγητής Φυσικής ~ Professor für Physik)
            if sl not in _NOUN_CAPS and (_body_head_opening_a_name(g, src.text, sl) or _articled_body_head(g, sl)
                                         or _ru_adjective_before_noun(src.text, g, sl)
                                         or _fi_attribute_before_noun(src.text, g, sl)
                                         or _institution_words(g, src.text, sl)
                                         or _case_of_common_word(g, src.text, sl, tl)
                                         or _el_adjective_case(g, sl)
                                         or _adjective_opening_a_name(g, src.text, sl)
                                         or _generic_after_place_adjective(g, src.text, sl)):
                # the capitalised first word of a descriptive name (Асоциацията на …,
                # Хидробиолошкиот завод) or the generic word after a place adjective
                # (Охридското Езеро): translated, so it claims no name of the translation
                # (its words are the translation's title words, not a name put in its place)
                continue
            if _bracket_acronym_translated(g, src.text, tgt.text):
                # Visserykommissie (VK) ~ Fisheries Commission (FC): the compound translated
                # with its acronym, its title words no name put in its place
                a = _acronym_title_span(src.text, tgt.text)
                extra = [x for x in extra if not (a is not None and x.start < a[1] and a[0] < x.end)]
                continue
            if _el_body(g, sl):
                if titles is None:
                    titles = _rendered_titles(tgt.text, src.text, sl, tl)
                t = _body_title(g, titles, slen, tlen)
                if t is not None:
                    # the body's name translated (Λιμενικό Σώμα ~ Hellenic Coast Guard):
                    # its words, and any name among them, render the source's
                    titles.remove(t)
                    extra = [x for x in extra if not (x.start < t.end and t.start < x.end)]
                    continue
            if script_swaps:
                t = _script_surname_swap(g, src.text, tgt.text, doc_text, sl, tl)
                if t is not None:
                    # Laura Bennett ~ لورا هاريسون: the given name transcribed, another
                    # surname after it
                    extra = [x for x in extra if not (x.start < t.end and t.start < x.end)]
                    bn.replaced.append((g, t))
                    bn.conf[id(g)] = 1
                    continue
            # title words of a longer capitalised name (Veterinary Service, the Limited Test
            # Ban Treaty): the phrase is translated, so a name gone is weak evidence
            phrase = tg <= 1 and _in_title_phrase(g, src.text, sl) and _title_words(g, sl, tl)
            if extra:
                # the same slot: an unexplained target name of the same kind (a place of
                # the lexicon for a place), nearest in relative position
                pos = g.start / slen
                kind = _is_entity(g)
                listed = _list_slot(g, names, extra, src.text, tgt.text, tl, sl)
                t = listed or min(extra, key=lambda x: (_is_entity(x) != kind, abs(x.start / tlen - pos)))
                d = 0.0 if listed else abs(t.start / tlen - pos)  # (a list's slot is its slot)
                if d <= 0.5 or len(extra) == 1:
                    extra.remove(t)
                    if _lone_head_qualified(g, t, tgt.text, sl, tl):
                        continue  # la Dirección de Pesca ~ the Coastal Fisheries Directorate: the
                        # body's head noun translated, a qualifier before it no name in its stead
                    if _fi_sv_stop_variant(g, t, sl, tl):
                        continue  # a Finnish place by its Swedish name, a stop voiced (Tapolaan ~
                        # Tabola): the place in the other national language
                    if _connective_name_word(t, tgt.text, g, sl, tl):
                        continue  # Tanzania Ports Authority ~ Mamlaka ya Bandari … Kituo cha Tatu:
                        # a word of a name the translation built with its connectives
                    if _title_of_words(g, tgt.text) and _translated_title(t, tgt.text, src.text, sl, tl):
                        continue  # Museum of Art ~ Μουσείο Τέχνης: the title words translated
                    if _compound_rendered(t, src.text, sl, tl, g):
                        continue  # Várfürdő ~ Castle Bath: a compound's words translated
                    if _source_name_acronym(g, t, src.text, tgt.text):
                        continue  # Fédération de l'industrie horlogère ~ Verband … FH: the
                        # body's own acronym, from its name in the source language
                    if tg <= 1 and sl not in _NOUN_CAPS and not _is_entity(t) \
                            and _in_title_phrase(g, src.text, sl) and _ordinary_words(g, sl):
                        if titles is None:
                            titles = _rendered_titles(tgt.text, src.text, sl, tl)
                        if len(t.parts) >= 2 and any(x.start <= t.start and t.end <= x.end for x in titles):
                            continue  # Great Barrier Reef ~ Grande Barriera Corallina: the
                            # ordinary title words of a longer name, translated as a title
                    # a likely name the lexicon lacks may be a place as well: one of the
                    # lexicon in its slot is no other kind (Port-au-Prince ~ Paris); not an
                    # acronym there (the Union ~ EU, the Fed ~ US-Notenbank: the same body,
                    # named the target's way)
                    same_kind = _is_entity(t) == kind or (
                        tg >= 1 and _is_entity(t) and not all(p.acronym for p in t.parts)) or (
                        # an acronym for the acronym of a body of the lexicon (RAB ~ BAG):
                        # had it been that body's, the lexicon would list the source's too
                        all(p.acronym for p in g.parts) and all(p.acronym for p in t.parts)
                        and bool(_group_classes(t) & _EXO_PLACES) and not _localised_acronym(g, src.text, t, tgt.text))
                    conf = 2 if (tg >= 1 and d <= 0.3 and same_kind) else (1 if tg >= 1 else 0)
                    if all(p.acronym for p in g.parts) and not kind and \
                            not any(p.acronym for p in t.parts):
                        conf = 0  # an acronym spelled out or translated (GCC ~ Golf-Kooperationsrat)
                    elif all(p.acronym for p in g.parts) and all(p.acronym for p in t.parts) \
                            and not kind and not _is_entity(t) \
                            and (zipf(t.parts[0].low, sl) < 4.0 or _localised_acronym(g, src.text, t, tgt.text)):
                        # a localised acronym (AI ~ KI, GDP ~ BSP, CIS ~ GUS), not one the
                        # source language uses itself (FBI ~ CIA is a swap), unless the
                        # source spells its own out: its words are translated, and the
                        # acronym with them (Common Agricultural Policy (CAP) ~ GAP)
                        conf = 0
                    elif not _is_entity(t) and not any(p.acronym for p in t.parts) and (
                            (kind and not _group_classes(g) & (_EXO_PLACES | _EXO_PERSONS)
                             and (bool(g.classes) or all(p.classes for p in g.parts)))
                            or (tier(t, tl, sl) == 1 and _title_words(g, sl, tl))):
                        # a people, faith or term of the lexicon, the whole name
                        # (Christian, Jews), for a word of no lexicon entity: reworded; and
                        # a title word of the source (League, Red Guards, the Union) for a
                        # frequent capitalised word of the translation: most likely the
                        # word translated (Liga, Rote Garden), not a name swapped
                        conf = 0
                    elif conf == 1 and tg == 1 and tier(t, tl, sl) == 1:
                        conf = 0  # two merely likely names in different slots: weak evidence
                    elif _related_groups(g, t):
                        conf = 0  # one entity for a related one (Europe ~ EU): a rewording
                    elif not _in_dateline(g, src.text) and any(
                            metonym_stands_for(a, b) for a in _group_classes(g) for b in _group_classes(t)):
                        # a capital for its country's government or people (Moscow ~ Russen);
                        # not the other way round (Germany ~ Berlin narrows the place)
                        conf = 0
                    elif kind and not _is_entity(t) and (
                            tl not in _LEXICON_LANGS or not _LATIN_LETTER.search(t.text)):
                        # a place's own name in a language the exonym lexicon does not
                        # spell (Chile ~ Şili, Estados Unidos ~ Соединённые Штаты)
                        conf = 0
                    elif not _LATIN_LETTER.search(t.text) and \
                            any(transcribes_source(w, g.text) for w in t.text.split()):
                        conf = 0  # a transcription that only partly reads back
                    elif not _LATIN_LETTER.search(g.text) and any(
                            len(p.text) >= 4 and not p.acronym and present_in_other_script(p.text, g.text)
                            for p in t.parts) and not _reads_as_other_place(t, sindex, g.text):
                        # a word of the source's name transcribed, the rest translated
                        # (Οργανισμός Λιμένος Πειραιώς ~ Piraeus Port Authority): no swap;
                        # but a person's given name transcribed in its place with a surname
                        # after it that reads as no word of the source sentence is half a
                        # swap (Јелена Петровић ~ Jelena Marković)
                        conf = 1 if _script_given_kept(g, t, src.text, tl) else 0
                    elif not _LATIN_LETTER.search(g.text) and not _LATIN_LETTER.search(t.text) \
                            and _script(g.text) != _script(t.text):
                        conf = 0  # between two other scripts (Μπόριτς ~ Борич): not read back
                    elif _LATIN_LETTER.search(g.text) and not _LATIN_LETTER.search(t.text) \
                            and not _is_entity(g) and has_freq(sl) \
                            and all(not p.acronym and p.zipf >= _COMMON for p in g.parts):
                        # a name of common words (Digital Services Act) for a capitalised
                        # phrase in another script (Κανονισμός για τις Ψηφιακές Υπηρεσίες):
                        # the name translated, as official names are
                        conf = 0
                    if conf and not _is_entity(t) and _quoted_group(t, tgt.text, sl, tl, src.text):
                        conf = 0  # People of Freedom ~ Popolo della Libertà: quoted as written
                    elif conf and not _is_entity(t) and len(t.parts) == 1 and tl in _NOUN_CAPS \
                            and _noun_slip(t.parts[0].low, tl):
                        conf = 0  # Erflog for Erfolg: a capitalised noun misspelt, no name
                    elif conf and not _is_entity(t) and len(t.parts) == 1 and tl in _NOUN_CAPS \
                            and _noun_before_noun(t, tgt.text):
                        conf = 0  # der Star-Filmemacher for David: a noun's first part, no name
                    if phrase and (not (_group_classes(t) & _EXO_PLACES)
                                   or all(people_noun(p.text) for p in t.parts)) \
                            and not any(p.acronym for p in t.parts) \
                            and (tl in _NOUN_CAPS or tier(t, tl, sl) < 2):
                        # ... and a capitalised word where every noun is one (German), or a
                        # likely name, is no evidence that a name took their place (a place
                        # or an acronym is: Migration ~ Luxemburg, Shell ~ CGL; a people is
                        # not: Test Ban ~ Russen)
                        conf = 0
                    if not has_freq(tl) and not _is_entity(t) and (t.initial or g.initial):
                        # no word list for the target (Swahili, Hausa): a capital opening a
                        # sentence may be any word ("Wanafunzi" = learners), so the swap is a
                        # guess; inside a sentence a capital still marks a name
                        conf = 0
                    bn.replaced.append((g, t))
                    bn.conf[id(g)] = conf
                    continue
            if sl not in _NOUN_CAPS and (phrase or (tg == 0 and _title_words(g, sl, tl))
                                         or _adjective_opening_a_name(g, src.text, sl)
                                         or _body_head_opening_a_name(g, src.text, sl)
                                         or (tg <= 1 and _linked_title_word(g, src.text, sl)
                                             and _title_words(g, sl, tl))):
                # translatable title words (the Navy, the Channel, Action Summit); not in
                # German, whose capitals are nouns and place adjectives (Grazer Polizei)
                continue
            if strong(g, sl, tl):
                bn.missing.append(g)
                # a title or author in a bibliographic reference: the translation may
                # cite its own edition instead
                bn.conf[id(g)] = 0 if phrase or in_citation(src.text, g.start, g.end) or (
                    tg == 1 and sl not in _NOUN_CAPS and _title_words(g, sl, tl)) else tg
                # (a title phrase of common words, Visual Arts, Mental Health, is often
                # translated: weak evidence, as a weak name is)
                if _common_noun_place(g, sl):
                    if titles is None:
                        titles = _rendered_titles(tgt.text, src.text, sl, tl)
                    t = _title_in_slot(g, titles, slen, tlen)
                    if t is not None and len(t.parts) == 1 and not t.initial \
                            and zipf(t.parts[0].low, tl) >= _COMMON:
                        # a place called by a common noun, capitalised (στο Λιμάνι, the
                        # town's harbour), where the translation has a capitalised common
                        # word of its own in its slot (the Harbour): the name translated
                        titles.remove(t)
                        bn.missing.pop()
                        del bn.conf[id(g)]
                        continue
                if tg <= 1 and sl not in _NOUN_CAPS and _in_title_phrase(g, src.text, sl) \
                        and _ordinary_words(g, sl):
                    if titles is None:
                        titles = _rendered_titles(tgt.text, src.text, sl, tl)
                    t = _title_in_slot(g, titles, slen, tlen)
                    if t is not None and len(t.parts) >= 2:
                        # title words of a longer name, all ordinary words (Great Barrier
                        # Reef, Reef Marine Park Authority), where the translation has title
                        # words no source word explains in their slot (Grande Barreira de
                        # Corais): the name translated, nothing lost
                        titles.remove(t)
                        bn.missing.pop()
                        del bn.conf[id(g)]
                        continue
                if bn.conf[id(g)] == 1 and sl in _ROMANCE and _partner_rendered(g, src.text, tgt.text, sl):
                    # a title word of an institution Romance languages capitalise, whose
                    # place word beside it the translation renders (Generalitat Valenciana ~
                    # Valencian regional government): the name reworded, not dropped
                    bn.conf[id(g)] = 0
                if bn.conf[id(g)] and _ordinary_words(g, sl):
                    if titles is None:
                        titles = _rendered_titles(tgt.text, src.text, sl, tl)
                    t = _title_in_slot(g, titles, slen, tlen)
                    if t is not None:
                        # an ordinary word of the source inside a name (Nemzetközi
                        # Űrállomáson, Ταμείο Ανάκαμψης, Skattestyrelsen) where the
                        # translation has title words no source word explains (International
                        # Space Station, Recovery Fund, Tax Agency): the name translated
                        titles.remove(t)
                        bn.conf[id(g)] = 0
                        if len(g.parts) == 1 and sl in _CLOSED_COMPOUNDS \
                                and (len(t.parts) >= 2 or _POSSESSIVE_TITLE.match(tgt.text, t.end)) \
                                and _words_compound(g.parts[0].low, sl) \
                                and _title_cognate(g.parts[0].fold, t, tgt.text):
                            # ... one closed compound of common words (Oester|veiling) for two
                            # or more title words, one a cognate of a word of it (Oyster
                            # Auction; also joined by a possessive: Producers' Organisation):
                            # the compound's words, each translated, no name lost
                            bn.missing.pop()
                            del bn.conf[id(g)]
                            continue
                    elif tl in _NOUN_CAPS and len(g.parts) == 1 and sl != "en" and sl not in _ROMANCE \
                            and _words_compound(g.parts[0].low, sl):
                        # ... a compound of common words (Kormányhivatalhoz "to the
                        # government office"), an institution's generic name, where every
                        # noun of the translation has a capital and no title words can be
                        # told: often translated (Regierungsamt), so not sure enough for
                        # critical
                        bn.conf[id(g)] = min(bn.conf[id(g)], 1)
                        if _compound_head_cognate(g.parts[0].low, sl, tgt.text):
                            # ... and the translation has a compound ending in the source
                            # head's cognate (Igazságügy|minisztérium ~ Justiz|ministerium): the
                            # institution's name, translated
                            bn.missing.pop()
                            del bn.conf[id(g)]
                            continue
            elif _affiliation_lost(g, src.text, tgt.text, sl, tl):
                bn.missing.append(g)
                bn.conf[id(g)] = 0
        bn.added = [t for t in _added_kept(extra, tl)  # what no missing source name claimed
                    if not _translated_title(t, tgt.text, src.text, sl, tl)
                    and not _head_for_source_head(t, src.text, sl, tl)]
        for g, _t in bn.replaced:
            if id(g) in kept_only:
                bn.conf[id(g)] = min(bn.conf.get(id(g), 2), 1)
        out.append(bn)
    return out


# target languages in their own script whose capitalised title words of a body's name
# no Latin table can tell from names (_common_part): Greek capitalises every title word
# (Μουσείο Τέχνης, Εθνικό Αρχαιολογικό Μουσείο), Cyrillic the first one (Інженерної школи)
_OWN_TITLE_LANGS = frozenset({"el", "ru", "uk", "be", "bg", "sr", "mk"})
_TITLE_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_ZIPF = 5.5  # a stop word this frequent is a function word (The, And), no title


def _source_title_words(src: str, tgt: str, sl: str | None) -> int:
    """How many title words of names ``src`` has: capitalised real words inside a sentence
    in a run of two or more (linked by function words: Ministry of Culture, District
    Attorney's Antiquities Trafficking Unit, National Archaeological Museum) or a title of
    the stop list on its own (Minister); not a place of the lexicon, a given name, a name
    the world writes as at home or one the translation ``tgt`` transcribes (Manhattan); an
    acronym the translation does not keep counts a word a letter (DA ~ Εισαγγελία)."""
    stop = stopwords(sl)
    n = 0
    run: list[tuple[int, bool]] = []  # per capitalised word of the run: its count, a stop-list title?
    last = -1

    def close() -> int:
        return sum(c for c, _ in run) if len(run) >= 2 or (run and run[0][1]) else 0

    for m in _TITLE_WORD.finditer(src):
        w = m.group()
        if not w[:1].isupper() or _is_initial(src, m.start()):
            if w[:1].isupper() or fold(w) not in stop or m.start() - last > 12:
                n += close()
                run = []
            continue  # (a function word inside a run goes on: Museum of Art)
        last = m.end()
        if w.isupper():
            run.append((len(w) if 2 <= len(w) <= 5 and w not in tgt and not exonym_classes(fold(w), w) else 0,
                        False))
            continue
        f = fold(w)
        z = zipf(w.lower(), sl)
        if (f in stop and z >= _FUNCTION_ZIPF) or exonym_classes(f) or w.lower() in _given_names() \
                or z < REAL_WORD or _world_name(w.lower(), sl, z) \
                or (z < 4.5 and present_in_other_script(w, tgt)):
            run.append((0, False))
        else:
            run.append((1, f in stop))
    n += close()
    return n


_LIST_GAP = re.compile(r"\s*(?:,|;|\s(?:and|und|et|y|e|i|en|och|og|és|a|ja|și|ve|и|і|και)\s)\s*")


def _list_slot(g: Name, names: list[Name], extra: list[Name], src: str, tgt: str,
               tl: str | None, sl: str | None) -> Name | None:
    """The unexplained target name of ``extra`` that stands where source name ``g`` stands
    in a list of names, beside the same neighbour (Harehills, Beeston and Seacroft ~
    Harehills, Headingley i Seacroft), if exactly one does: that item took its place,
    whatever else the sentence adds.  Neighbours are names joined by a comma or "and"."""
    def joined(a: Name, b: Name, text: str) -> bool:
        return a.end <= b.start <= a.end + 6 and _LIST_GAP.fullmatch(text[a.end:b.start]) is not None

    i = next((k for k, x in enumerate(names) if x is g), None)
    if i is None:
        return None
    before = fold(names[i - 1].text) if i > 0 and joined(names[i - 1], g, src) else None
    after = fold(names[i + 1].text) if i + 1 < len(names) and joined(g, names[i + 1], src) else None
    if before is None and after is None:
        return None
    tnames = find_names(tgt, tl, sl)
    hits = []
    for x in extra:
        j = next((k for k, y in enumerate(tnames) if y.start == x.start), None)
        if j is None:
            continue
        if (before is not None and j > 0 and fold(tnames[j - 1].text) == before
                and joined(tnames[j - 1], x, tgt)) or \
                (after is not None and j + 1 < len(tnames) and fold(tnames[j + 1].text) == after
                 and joined(x, tnames[j + 1], tgt)):
            hits.append(x)
    return hits[0] if len(hits) == 1 else None


def _title_of_words(g: Name, tgt: str) -> bool:
    """Is source name ``g`` made of capitalised common words (Ministry, Culture, Museum of
    Art), except for words the translation transcribes into its script (Cleveland ~
    Κλίβελαντ)?"""
    common = 0
    for p in g.parts:
        if p.acronym or p.classes:
            return False
        if p.zipf >= _COMMON and p.low not in _given_names():
            common += 1
        elif not present_in_other_script(p.text, tgt):
            return False
    return common > 0


# languages that write a descriptive name as one compound of common words (Várfürdő
# "Castle Bath", Stadtbad, Slottsparken), which a translation renders word by word
_NAME_COMPOUND_LANGS = frozenset({"hu", "de", "nl", "sv", "da", "nb", "fi", "et"})
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;«»\"“”„]\s*|\n\s*)$")
_NAME_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_a-zß-ÿ][^\W\d_]{6,}")


def _common_compound(low: str, lang: str | None) -> int:
    """How many common words of ``lang`` (Zipf 3 or more) lower-case ``low`` is written
    from, two at least (vár|fürdő, vár|fürdő|t with a case ending of up to three letters
    in a language that declines; a first word of three letters too), else 0."""
    if lang not in _NAME_COMPOUND_LANGS or not has_freq(lang) or zipf(low, lang) >= REAL_WORD:
        return 0
    n = len(low)
    for i in range(3, n - 3):
        if zipf(low[:i], lang) < REAL_WORD:
            continue
        right = low[i:]
        if zipf(right, lang) >= REAL_WORD or (lang in _CASE_LANGS and any(
                zipf(right[:-k], lang) >= REAL_WORD for k in (1, 2, 3) if len(right) - k >= 4)):
            return 2
        if (k := _common_compound(right, lang)) >= 2:
            return 1 + k
    return 0


def _compound_rendered(t: Name, src: str, sl: str | None, tl: str | None,
                       g: Name | None = None) -> bool:
    """Is target group ``t`` common words of the target language (each a frequent word,
    no lexicon entity, given name or acronym) rendering word by word a one-word name of
    the source that is a compound of common words (``g``, or any such capitalised word of
    ``src``'s names) with at least as many words as ``t`` (Várfürdő ~ Castle Bath,
    Slottsparken ~ Castle Park)?  A descriptive name translated, no name added or swapped."""
    if not has_freq(tl) or not 1 <= len(t.parts) <= 3 or t.classes:
        return False
    if any(p.acronym or p.classes or p.low in _given_names() or zipf(p.low, tl) < _COMMON
           for p in t.parts):
        return False
    if g is not None:
        words = [g.parts[0].text] if len(g.parts) == 1 and not g.classes else []
    elif sl in _NOUN_CAPS:  # (the source's names only: a German noun is capitalised too)
        words = [q.text for h in find_names(src, sl, tl) for q in h.parts
                 if _NAME_COMPOUND.fullmatch(q.text)]
    else:  # (a capital inside a sentence: a name, however common its words)
        words = [m.group() for m in _NAME_COMPOUND.finditer(src)
                 if not _SENTENCE_OPEN.search(src, 0, m.start())]
    return any(not exonym_classes(fold(w)) and _common_compound(w.lower(), sl) >= len(t.parts)
               for w in words)


_NAME_RUN_END = re.compile(r"[.;:!?()\[\]«»“”\"„]")
_RUN_WORD = re.compile(r"[^\W\d_]+")


def _source_name_acronym(g: Name, t: Name, src: str, tgt: str) -> bool:
    """Is target group ``t`` one acronym that the source does not write, whose letters are,
    in order, initials of the words of the source's name from ``g`` on, the first one
    ``g``'s (Fédération de l'industrie horlogère suisse ~ FH, Organisation mondiale de la
    santé ~ OMS)?  A body's own acronym, made from its name in the source language, that
    the translation adds to the translated name: no other body."""
    if len(t.parts) != 1 or not t.parts[0].acronym or g.classes:
        return False
    acr = t.parts[0].text.replace(".", "")
    if not 2 <= len(acr) <= 6 or not acr.isalpha() or _stands_alone(src, acr):
        return False
    # the run of the name's words around ``g``: capitalised words back to its first one,
    # over short function words (Federatie van Nederlandse Vakbeweging: g is Nederlandse)
    starts, end = [g.start], g.start
    for m in reversed(list(_RUN_WORD.finditer(src, max(0, g.start - 60), g.start))):
        if src[m.end():end].strip(" \u00a0'’") or not (m.group()[:1].isupper() or len(m.group()) <= 3):
            break
        end = m.start()
        if m.group()[:1].isupper():
            starts.append(m.start())
    want = [fold(c).upper() for c in acr]
    for start in starts:  # (the acronym may open at any capitalised word of the run)
        run = src[start:g.start + 120]
        if (m := _NAME_RUN_END.search(run)) is not None:
            run = run[:m.start()]
        initials = [fold(w[0]).upper() for w in _RUN_WORD.findall(run) if len(w) >= 3 or w[:1].isupper()]
        if not initials or initials[0] != want[0]:
            continue
        i = 0
        for c in initials:
            if i < len(want) and want[i] == c:
                i += 1
        if i == len(want):
            return True
    return False


def _head_for_source_head(t: Name, src: str, sl: str | None, tl: str | None) -> bool:
    """Is target group ``t`` one word, a body's head noun of the translation's language
    (Guild, Federation: data/names/body_head_nouns.txt), while the source sentence writes a
    capitalised head noun of its own language?  The body's head, translated: no name
    added.  Not a lexicon entity or acronym."""
    if len(t.parts) != 1 or t.classes or t.parts[0].classes or t.parts[0].acronym \
            or not _body_head(re.sub(r"['’]s?$", "", t.text), tl):
        return False
    return any(m.group()[:1].isupper() and _body_head(m.group(), sl) for m in _BODY_TOKEN.finditer(src))


def _translated_title(t: Name, tgt: str, src: str, sl: str | None, tl: str | None) -> bool:
    """Is target group ``t``, in a language of ``_OWN_TITLE_LANGS``, title words of a name
    translated from the source sentence: each word a frequent common word of the target
    language (no lexicon entity, given name or acronym) or a transcription of a source word
    (Πολιτισμού Νίκος Καράλης ~ Culture Minister Nikos Karalis), and the source sentence
    capitalising at least as many common words as title words as ``t`` has?  A body's
    name translated (National Archaeological Museum ~ Εθνικό Αρχαιολογικό Μουσείο), not
    a name added."""
    if _compound_rendered(t, src, sl, tl):
        return True  # a compound of common words rendered word by word (Várfürdő ~ Castle Bath)
    if _unlisted_title_word(t, tgt, src, sl, tl):
        return True  # Kituo cha Tatu cha Mizigo ~ Third Cargo Terminal
    if _listed_title_words(t, tgt, src, tl):
        return True  # Water Board of Governors ~ Consejo de Gobernadores del Agua
    if tl not in _OWN_TITLE_LANGS or not has_freq(tl) or not _OTHER_SCRIPT.search(t.text) \
            or t.classes or not _mostly_latin(src) and _script(src) == _script(t.text):
        return False
    title = []
    for p in t.parts:
        if p.acronym or p.classes:
            return False
        if transcribes_source(p.text, src):
            continue  # (a person's name after the title: Νίκος Καράλης ~ Nikos Karalis)
        if zipf(p.low, tl) < REAL_WORD or p.low in _given_names():
            return False
        if tl != "el" and not ((end := _ADJ_END.get(tl)) is not None and end.search(p.low)
                               or p.fold.startswith(_body_heads().get(tl, ("\0",)))):
            # Cyrillic capitalises a name's first word only: an adjective or a body's head
            # noun (Економічному факультеті); any other word is more likely a name
            # transcribed (Оксфорд-Хаус)
            return False
        title.append(p)
    return bool(title) and _source_title_words(src, tgt, sl) >= len(title)


# capitalised words linked by short lower-case words (Kituo cha Tatu cha Mizigo,
# Bwawa la Nyumba ya Mungu): one name's title words in a language that links them so
_TITLE_CHAIN = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]*[A-Z\u00c0-\u00de][^\W\d_]*"
                          r"(?:\s+(?:[a-z]{1,4}\s+)?[A-Z\u00c0-\u00de][^\W\d_]*)+(?![^\W\d_])")


def _unlisted_title_word(t: Name, tgt: str, src: str, sl: str | None, tl: str | None) -> bool:
    """Target language ``tl`` has no word list to tell a capitalised common word from a
    name (Swahili, Afrikaans, Albanian): is ``t`` a word of a chain of capitalised words
    in Latin letters (``_TITLE_CHAIN``: Kituo cha Tatu cha Mizigo), none of them a
    lexicon entity or given name, where all such chains of the sentence have no more
    words the source lacks than the source sentence has capitalised words in chains
    the translation does not keep (``_source_chain_words``: Third Cargo Terminal)?
    A body's name translated word by word, its ordinal or adjective with a capital (Tatu
    "third"), not a name added; a person's name added beside it (waziri Rehema Mushi)
    makes the target's chains outnumber the source's, and nothing is excused."""
    if has_freq(tl) or t.classes or not t.text.isascii():
        return False
    if any(p.acronym or p.classes or p.low in _given_names() for p in t.parts):
        return False
    inside, total = False, 0
    for m in _TITLE_CHAIN.finditer(tgt):
        words = [w for w in re.findall(r"[^\W\d_]+", m.group()) if w[0].isupper()]
        if any(w.lower() in _given_names() for w in words):
            if m.start() <= t.start and t.end <= m.end():
                return False  # (a given name makes the chain a person's name: waziri Rehema Mushi)
            continue
        if _SENTENCE_OPENING.fullmatch(tgt[:m.start()]):
            words = words[1:]  # (the sentence's first word, capitalised as such, as the
            # source's is left out: Wafanyakazi wa Kituo cha … "Staff of the … Centre")
        if words and (_body_head(words[0], tl) or _head_of(words[0], _court_heads(), tl)):
            words = words[1:]  # (a body's head noun opening the chain, Chama, Kituo, Jumuiya
            # of data/names/body_head_nouns.txt, or a court's, Mahakama of
            # data/names/court_heads.txt, renders the source's head or one word
            # Swahili says with two: Poultry Association ~ Jumuiya ya Wafugaji wa Kuku)
        # (a word the source has is a name kept inside the translated one: Chuo Kikuu
        # cha Nyerere ~ Nyerere University; the others are its title)
        total += sum(1 for w in words if not re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", src))
        inside = inside or (m.start() <= t.start and t.end <= m.end())
    return inside and _source_chain_words(src, tgt) >= total


_SENTENCE_OPENING = re.compile(r"\W*")


def _listed_title_words(t: Name, tgt: str, src: str, tl: str | None) -> bool:
    """A Latin-script target language with a word list: is ``t`` two capitalised words or
    more of a chain (``_TITLE_CHAIN``), the first a body's head noun of the language
    (data/names/body_head_nouns.txt: Junta, Consejo, Board), each other a common word of
    the language that the source does not write (``_local_common_word``: known to its word
    list and far rarer in the other big languages, as a surname or given name is not),
    none a lexicon entity, given name or acronym, where the chains of the sentence have
    no more words the source lacks than the source sentence has capitalised words in
    chains the translation does not keep (``_source_chain_words``)?  A body's title
    translated word by word (the Board of Visitors ~ la Junta de Visitadores), not a
    name added."""
    if not has_freq(tl) or t.classes or len(t.parts) < 2 or not _mostly_latin(t.text) \
            or not _body_head(t.parts[0].text, tl):
        return False
    if any(p.acronym or p.classes or p.low in _given_names() or _stands_alone(src, p.text)
           or not _local_common_word(p.low, tl) for p in t.parts[1:]):
        return False
    inside, total = False, 0
    for m in _TITLE_CHAIN.finditer(tgt):
        words = [w for w in re.findall(r"[^\W\d_]+", m.group()) if w[0].isupper()]
        if _SENTENCE_OPENING.fullmatch(tgt[:m.start()]):
            words = words[1:]  # (the sentence's first word, capitalised as such)
        total += sum(1 for w in words if not _stands_alone(src, w))
        inside = inside or (m.start() <= t.start and t.end <= m.end())
    return inside and _source_chain_words(src, tgt) >= total


def _kept_with_title_translated(t: Name, src: str, tl: str | None) -> bool:
    """Is target name ``t`` of several words one or more words that source sentence
    ``src`` writes as they are, inside a chain of capitalised words there
    (``_TITLE_CHAIN``), and besides them only frequent common words of ``tl`` (Zipf 3.5
    or more; no given name, lexicon entity or acronym), no more of them than that chain
    has capitalised words ``t`` does not keep (Lomba Perahu Naga Kuala ~ Kuala Dragon
    Boat Race)?  The source's name, its title translated: nothing added."""
    if len(t.parts) < 2 or t.classes or not has_freq(tl):
        return False
    kept = [p for p in t.parts if _stands_alone(src, p.text)]
    rest = [p for p in t.parts if p not in kept]
    if not kept or not rest or any(p.acronym or p.classes or p.low in _given_names()
                                   or zipf(p.low, tl) < 3.5 for p in rest):
        return False
    for m in _TITLE_CHAIN.finditer(src):
        words = [w for w in re.findall(r"[^\W\d_]+", m.group()) if w[0].isupper()]
        if not all(p.text in words for p in kept):
            continue
        if sum(1 for w in words if w not in {p.text for p in kept}) >= len(rest):
            return True
    return False


def _local_common_word(low: str, lang: str | None) -> bool:
    """Is lower-case ``low`` a word of ``lang``'s list (Zipf 2 or more) that the other big
    languages use far less (their median 1.5 lower: Spanish visitadores, consejo), as a
    name, which travels, is not (Quiroga, Anselmo)?"""
    z = zipf(low, lang)
    if z < _KNOWN_ITSELF:
        return False
    others = sorted(_zipf_abroad(low, x) for x in ("de", "en", "fr", "es", "it") if x != lang)
    return others[len(others) // 2] <= z - 1.5


def _source_chain_words(src: str, tgt: str) -> int:
    """How many capitalised words source sentence ``src`` has in chains of two or more
    (``_TITLE_CHAIN``, not counting the sentence's first word), less those translation
    ``tgt`` keeps: the title words a word-by-word translation of its names may have."""
    n = 0
    for m in _TITLE_CHAIN.finditer(src):
        words = [w for w in re.finditer(r"[^\W\d_]+", m.group()) if w.group()[0].isupper()
                 and not (m.start() + w.start() == 0 or re.fullmatch(r"\W*", src[:m.start() + w.start()]))]
        if len(words) < 2:
            continue
        # (a word the translation keeps is a name kept: Port of Tanga ~ Bandari ya Tanga)
        words = [w.group() for w in words
                 if not re.search(rf"(?<![^\W\d_]){re.escape(w.group())}(?![^\W\d_])", tgt)]
        if words:
            # (an acronym the translation spells out counts a word a letter: CEO ~ Afisa
            # Mkuu Mtendaji)
            n += sum(len(w) if 2 <= len(w) <= 5 and w.isupper() else 1 for w in words)
    return n


def _ordinary_word(p: Part, lang: str | None) -> bool:
    """Is name word ``p`` an ordinary word of its language: itself, its stem under a case
    ending (Űrállomáson ~ űrállomás, Üssü'nden ~ üssü, Γραμμής), or a compound of two
    (Skatte|styrelsen)?  Many names are too (Αθήνας, Ankara): only a translation's title
    words in its slot (``_title_in_slot``) make it a word translated."""
    if p.acronym or p.classes or p.low in _given_names():
        return False
    low = _APOS_SPLIT.split(p.low, 1)[0]  # Turkish writes a name's case ending after '
    if zipf(low, lang) >= REAL_WORD:
        return True
    if lang == "en" or lang in _ROMANCE:
        return False  # no case endings, no compounds: Entercom is no enter-, Ouchi no ouch
    if any(zipf(low[:-k], lang) >= REAL_WORD for k in (1, 2, 3) if len(low) - k >= 4):
        return True
    return _words_compound(low, lang)


def _words_compound(low: str, lang: str | None, depth: int = 3) -> bool:
    """Is ``low`` common words written as one, maybe with a linking -s- (hoogwater|
    bescherming|s|programma, kormány|hivatal|hoz: the last word may take a case ending of
    up to three letters in a language that declines)?"""
    n = len(low)
    if n < 8 or n > 64:
        return False
    for i in range(4, n - 3):
        left = low[:i]
        if zipf(left, lang) < REAL_WORD and not (
                i >= 5 and left[-1] == "s" and zipf(left[:-1], lang) >= REAL_WORD) \
                and not _linking_vowel(left, lang):
            continue
        right = low[i:]
        if zipf(right, lang) >= REAL_WORD or (
                lang in _CASE_LANGS and any(zipf(right[:-k], lang) >= REAL_WORD
                                            for k in (1, 2, 3) if len(right) - k >= 4)) \
                or (depth > 1 and _words_compound(right, lang, depth - 1)):
            return True
    return False


_APOS_SPLIT = re.compile("['’]")

# Scandinavian compounds put a linking vowel for a first word's final -a (kyrka ~
# kyrkoråd "church council", gata ~ gatubelysning "street lighting", vecka ~ veckotidning)
_LINKING_VOWEL_LANGS = frozenset({"sv"})
# Danish and Norwegian put a linking -e- after a first word's final consonant (barn ~
# barnehage "kindergarten", hest ~ hestesko "horseshoe")
_LINKING_E_LANGS = frozenset({"da", "nb", "nn", "no"})


def _linking_vowel(left: str, lang: str | None) -> bool:
    """Is ``left`` (a compound's first part) a common word of ``lang`` in -a written with
    its linking vowel -o or -u (kyrko-, gatu-, vecko-), or in Danish or Norwegian a common
    word of four letters or more, closed by a consonant, with its linking -e (heste-)?"""
    if lang in _LINKING_E_LANGS:
        return len(left) >= 5 and left[-1] == "e" and left[-2] not in "aeiouyæøå" \
            and zipf(left[:-1], lang) >= REAL_WORD
    return lang in _LINKING_VOWEL_LANGS and len(left) >= 4 and left[-1] in "ou" \
        and zipf(left[:-1] + "a", lang) >= REAL_WORD


# an English possessive joining two title words (Growers' Association, Fishermen's Union)
_POSSESSIVE_TITLE = re.compile(r"['’]s?[ \u00a0]+[A-Z]")
_POSSESSIVE_NEXT = re.compile(r"['’]s?[ \u00a0]+([A-Z][^\W\d_]+)")


def _title_cognate(compound: str, t: Name, tgt: str) -> bool:
    """Is a title word of ``t`` (or the one a possessive joins to it) of five letters or more
    spelled, once folded, at most two letters (three from eight) away from a stretch of folded source
    compound ``compound`` (oester|veiling ~ Oyster Auction, …|programma ~ Programme)?  A
    word of the compound translated into its cognate: the title words render it, not
    another body (Ruoka|virasto ~ National Health Agency, Nord|havnen ~ South Harbour)."""
    words = [p.fold for p in t.parts if not p.acronym]
    m = _POSSESSIVE_NEXT.match(tgt, t.end)
    if m is not None:
        words.append(fold(m.group(1)))
    n = len(compound)
    for w in words:
        k = len(w)
        if k < 5:
            continue
        most = 2 if k < 8 else 3  # (organisatie ~ organisation)
        for size in (k - 1, k, k + 1):
            for i in range(0, n - size + 1):
                if _indel(compound[i:i + size], w) <= most:
                    return True
    return False


def _compound_head_cognate(low: str, sl: str | None, tgt: str) -> bool:
    """Is ``low`` a compound of two common words of ``sl`` (``_words_compound``) whose head
    (six letters or more) ends a longer word of ``tgt`` in a spelling at most two letters
    away once accents are folded (igazságügy|minisztérium ~ Justiz|ministerium; a
    word alone is no compound's head)?"""
    n = len(low)
    if n < 10 or not _words_compound(low, sl):
        return False
    words = {fold(w) for w in _WORD_RUN.findall(tgt) if len(w) >= 9}
    if not words:
        return False
    for i in range(4, n - 5):
        left, right = low[:i], low[i:]
        if zipf(left, sl) < REAL_WORD and zipf(left[:-1], sl) < REAL_WORD \
                and not (len(left) >= 8 and _words_compound(left, sl)):
            continue  # (the modifier a word, or common words written as one: heste|sport)
        heads = [right] if zipf(right, sl) >= REAL_WORD else []
        # a Nordic head with its definite article (register|et ~ Register): the bare noun
        heads += [right[:-len(x)] for x in _nordic_definite().get(sl or "", ())
                  if right.endswith(x) and len(right) - len(x) >= 6 and zipf(right[:-len(x)], sl) >= REAL_WORD]
        for head in map(fold, heads):
            for w in words:
                for k in (len(head) - 1, len(head), len(head) + 1):
                    if len(w) >= k + 3 and _indel(w[-k:], head) <= 2:
                        return True
    return False


def _ordinary_words(g: Name, lang: str | None) -> bool:
    """Are all words of source name ``g`` ordinary words of its language (no lexicon entity)?"""
    return not g.classes and has_freq(lang) and all(_ordinary_word(p, lang) for p in g.parts)


def _common_noun_place(g: Name, sl: str | None) -> bool:
    """Is one-word source name ``g``, inside a sentence, a frequent common word of its
    language as written (Zipf 4+: Greek Λιμάνι, harbour; Romanian Deal, hill), no lexicon entity,
    given name or word the world writes as a name, in a language that capitalises names
    only?  A place called by a common noun, which a translation translates."""
    if len(g.parts) != 1 or g.initial or g.classes or sl in _NOUN_CAPS or sl == "vi" or not has_freq(sl):
        return False  # (Vietnamese names are syllables that are common words: Đồng, field)
    p = g.parts[0]
    return not (p.acronym or p.classes or p.low in _given_names() or _international(p, sl)) \
        and zipf(p.low, sl) >= _COMMON


def _rendered_titles(tgt_text: str, src_text: str, sl: str | None, tl: str | None) -> list[Name]:
    """Capitalised groups of the translation with an ordinary word of its language that
    the source does not write (Line, Recovery Fund, Space Force Base; not a name, a
    lexicon entity or a word kept from the source): title words of a name translated."""
    if not has_freq(tl) or tl in _NOUN_CAPS:
        return []  # (where every noun has a capital, one says nothing of a title)
    stop = stopwords(tl)
    src_folds = _token_sets(src_text)[1]
    out = []
    for t in find_names(tgt_text, tl, sl, all_capitalised=True):
        if any(not p.acronym and not p.classes and p.fold not in stop and p.fold not in src_folds
               and zipf(p.low, tl) >= REAL_WORD and not _world_name(p.low, tl, zipf(p.low, tl))
               for p in t.parts):
            out.append(t)
    return out


def _partner_rendered(g: Name, src_text: str, tgt_text: str, sl: str | None) -> bool:
    """Is one-word source name ``g`` beside a capitalised word of five letters or more,
    not part of it, whose first five letters open a word of the translation (Valenciana ~
    Valencian)?"""
    if len(g.parts) != 1:
        return False
    stop = stopwords(sl)
    tfolds = _token_sets(tgt_text)[1]
    for m in (_WORD_BEFORE.search(src_text, max(0, g.start - 30), g.start), _WORD_AFTER.match(src_text, g.end)):
        if m is None or not m.group(1)[:1].isupper() or len(m.group(1)) < 5:
            continue
        f = fold(m.group(1))
        if f not in stop and any(w[:5] == f[:5] for w in tfolds if len(w) >= 5):
            return True
    return False


def _title_in_slot(g: Name, titles: list[Name], slen: int, tlen: int) -> Name | None:
    """The title group of ``titles`` nearest source name ``g`` in relative position, if
    near enough to stand in its slot."""
    if not titles:
        return None
    pos = g.start / slen
    t = min(titles, key=lambda x: abs(x.start / tlen - pos))
    d = abs(t.start / tlen - pos)
    # (the only one farther off: word order moves a phrase, "via het X 90 procent" ~ "90 per
    # cent through the X")
    return t if d <= 0.3 or (len(titles) == 1 and d <= 0.6) else None


def bead_names(ctx: CheckContext) -> list[BeadNames]:
    return ctx.cached("names.beads", lambda: _analyse(ctx))


def _present_near(ctx: CheckContext, g: Name, bead_index: int, tl: str | None, swap: bool = False) -> bool:
    """Doc mode: the name is in a neighbouring target bead (alignment slack).  ``swap``
    (N004, another name in its slot): not by some of its words only, each a word the
    neighbours' own source writes (``_only_own_words_near``)."""
    segs: list[Segment] = [s for bv in ctx.neighbours(bead_index) for s in bv.target]
    if not segs:
        return False
    text = " ".join(s.text for s in segs)
    index = NameIndex(text, tl)
    if _group_present(g, index, tl, _langs(ctx)[0]):
        if swap and len(g.parts) >= 2 and _only_own_words_near(ctx, g, bead_index, index, tl):
            return False
        if len(g.parts) == 2 and not g.classes and not any(p.acronym for p in g.parts):
            return not _first_word_in_other_name(g, index, text, tl, _langs(ctx)[0])
        return True
    # a name the translation transcribes into its own script, in a neighbouring sentence
    # (a quotation's attribution moved before it: "…," Mr Whitfield said. ~ 휫필드 장관은
    # "…"): read back as in the bead itself
    return g.text.isascii() and not _mostly_latin(text) and _read_back(g, text, tl)


def _only_own_words_near(ctx: CheckContext, g: Name, bead_index: int, index: NameIndex,
                         tl: str | None) -> bool:
    """Is name ``g`` of several words in the neighbouring sentences' translation
    (``index``) by some of its words only, each a word their own source writes too (the
    Coastal Survey Office … a Coastal Protection Zone ~ Zon Perlindungan Pesisir)?  Those
    render their own sentences' words, not ``g`` slipped out of its sentence."""
    sl = _langs(ctx)[0]
    found = [p for p in g.parts
             if _group_present(Name(p.text, p.start, p.end, [p], p.classes, False), index, tl, sl)]
    if not found or len(found) == len(g.parts):
        return False
    own = _word_folds(" ".join(s.text for bv in ctx.neighbours(bead_index) for s in bv.source))
    return all(p.fold in own for p in found)


def _first_word_in_other_name(g: Name, index: NameIndex, text: str, tl: str | None,
                              sl: str | None) -> bool:
    """Is two-word name ``g`` in ``text`` (``index``) by its first word alone, its last
    word nowhere, and that first word only inside names of several words that have words
    ``g`` lacks (barrio San Blas ~ Calle San Martín, bairro Santo Antônio ~ Avenida Santos
    Dumont)?  Another name that shares a word, not ``g`` (a place's own word with its
    generic one translated, Galwayské ~ Galway Bay, still is ``g``)."""
    first, last = g.parts

    def there(p: Part) -> bool:
        return _group_present(Name(p.text, p.start, p.end, [p], p.classes, False), index, tl, sl)

    if there(last) or not there(first):
        return False
    heads = {p.fold[:4] for p in g.parts}
    holders = [t for t in find_names(text, tl, sl) if any(q.fold[:4] == first.fold[:4] for q in t.parts)]
    return bool(holders) and all(len(t.parts) >= 2 and any(q.fold[:4] not in heads for q in t.parts)
                                 for t in holders)


_KANA_NEXT_WORD = re.compile(r"[ \u00a0-]+([A-Za-z]{2,})(?![\w'’-])")


def _kana_with_next(g: Name, src: str, tgt: str, tl: str | None) -> bool:
    """Japanese translation ``tgt``: is Latin name ``g`` there in katakana joined with the
    source word after it into one word (Grey Lady ~ グレイレディー, the title word Lady
    outside the name) or before it (Ice Arena ~ アイスアリーナ), or, a romanised Japanese word, in hiragana (Sakura ~ さくら:
    ``in_hiragana``)?"""
    if tl != "ja" or not g.text.isascii():
        return False
    if len(g.parts) == 1 and in_hiragana(g.parts[0].fold, tgt):
        return True
    m = _KANA_NEXT_WORD.match(src, g.end)
    if m is not None and present_in_other_script(f"{g.text} {m.group(1)}", tgt):
        return True
    # or joined with the capitalised source word before it, a common word outside the name (Ice
    # Arena ~ アイスアリーナ, the name Arena alone)
    m = _KANA_PREV_WORD.search(src[:g.start])
    return m is not None and present_in_other_script(f"{m.group(1)} {g.text}", tgt)


_KANA_PREV_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \u00a0-]+$")


# a particle elided before a name (D'Urville, D'Arcy, L'Aquila): the name grouping
# leaves it out, a transcription keeps its consonant (デュルヴィル, 다시)
_ELIDED_PARTICLE = re.compile(r"(?<![^\W\d_])([DdLl])['’]$")


def _with_elided_particle(g: Name, src: str, tgt: str) -> bool:
    """Is Latin name ``g``, after an elided particle in ``src``, in ``tgt`` (another
    script) transcribed with the particle's consonant (D'Urville Island ~ デュルヴィル島)?"""
    m = _ELIDED_PARTICLE.search(src, max(0, g.start - 3), g.start)
    if m is None or not g.text.isascii() or _mostly_latin(tgt):
        return False
    return present_in_other_script(m.group(1) + g.text, tgt)


def _read_back(g: Name, text: str, tl: str | None) -> bool:
    """Is Latin-script name ``g`` in ``text``, a translation in another script, read back
    from its transcription (kana, Hangul, Chinese characters, Cyrillic ...) or by its
    name there (``_cjk_place_present``)?"""
    return (present_in_other_script(g.text, text) or present_in_zh(g.text, text, tl)
            or generic_rendered(g.text, text, tl)
            or _cjk_place_present(g, text, tl) or _generic_word_translated_rest_transcribed(g, text))


def _opening_word(g: Name) -> Part | None:
    """The one word of group ``g`` when it opens a sentence and is no lexicon name."""
    return g.parts[0] if len(g.parts) == 1 and g.initial and not g.classes else None


def _bead_places(text: str, lang: str | None, other: str | None) -> set[int]:
    """The places of the lexicon ``text`` mentions: in names and adjectives, and inside a
    compound where the language writes them so (Venedigreise, Griechenlandkrise)."""
    out = {e for e, _, _ in place_mentions(text, lang, other)}
    if lang in _COMPOUND_SOURCE_LANGS:
        for w in _CAP_WORD.findall(text):
            if len(w) >= 7 and w[0].isupper():
                out |= exonym_in_compound(fold(w)) & _EXO_PLACES
    return out


def _renamed_places(ctx: CheckContext) -> frozenset[str]:
    """Document mode: the keys of source names that no lexicon holds which the
    translation renders, at every mention (two or more), by a place of the lexicon that
    the source bead does not name and the source article names elsewhere (la Serenissima
    … ~ Venice …, beside Venezia ~ Venice; Helvetien … ~ Switzerland …): that place's
    other name, not a name lost or swapped.  One swap is one mention; a name rendered
    right elsewhere is not renamed."""
    def build() -> frozenset[str]:
        sl, tl = _langs(ctx)
        found: dict[str, list] = {}
        for bn in bead_names(ctx):
            for g in bn.missing + [g for g, _ in bn.replaced]:
                if not _is_entity(g) and not any(p.classes or p.acronym for p in g.parts):
                    found.setdefault(g.key, []).append((g, bn))
        found = {k: v for k, v in found.items() if len(v) >= 2}
        if not found:
            return frozenset()
        article = {e for e, _, _ in place_mentions(ctx.source.text, sl, tl)}
        out = set()
        for key, hits in found.items():
            g = hits[0][0]
            if len({id(bn) for _, bn in hits}) != len(hits) or _source_count(ctx, g.text) != len(hits):
                continue  # (every mention of it in the source, one a bead)
            common: set[int] | None = None
            for _, bn in hits:
                new = _bead_places(bn.tgt.text, tl, sl) - _bead_places(bn.src.text, sl, tl)
                common = new if common is None else common & new
                if not common:
                    break
            if common and common & article:
                out.add(key)
        return frozenset(out)
    return ctx.cached("names.renamed_places", build)


def _renamed_throughout(ctx: CheckContext) -> frozenset[str]:
    """Document mode: the keys of one-word source names, no lexicon entity, that the
    translation renders at every mention (two or more) by one and the same one-word name
    of the same first letter, no lexicon entity either, which the source article never
    writes (Domleschg … Domleschg ~ Domigliasca … Domigliasca, Bergell ~ Bregaglia): the
    place's own name in the target language, which no lexicon lists.  A swap is made at
    one mention; a name rendered right elsewhere is not renamed."""
    def build() -> frozenset[str]:
        found: dict[str, list] = {}
        for bn in bead_names(ctx):
            for g, t in bn.replaced:
                if len(g.parts) == 1 and len(t.parts) == 1 and not _is_entity(g) and not _is_entity(t) \
                        and not any(p.classes or p.acronym for p in g.parts + t.parts):
                    found.setdefault(g.key, []).append((g, t, bn))
        out = set()
        for key, hits in found.items():
            g, t = hits[0][0], hits[0][1]
            if len(hits) < 2 or len({id(bn) for _, _, bn in hits}) != len(hits) \
                    or _source_count(ctx, g.text) != len(hits) or len({x.key for _, x, _ in hits}) != 1:
                continue  # (every mention of it in the source, one a bead, one rendering)
            if g.parts[0].fold[:1] != t.parts[0].fold[:1] or _source_count(ctx, t.text) \
                    or len(t.parts[0].fold) < 4:
                continue
            out.add(key)
        return frozenset(out)
    return ctx.cached("names.renamed_throughout", build)


def _source_count(ctx: CheckContext, word: str) -> int:
    """How often ``word`` stands as a whole word in the source document (case kept)."""
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", ctx.source.text))


# a German article or determiner right before a capitalised word
_DE_ARTICLE_WORD = re.compile(r"(?<![^\W\d_])(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|"
                              r"eines|kein|keine|keinen|keinem|keiner|jeder|jede|jedes|jeden|jedem)"
                              r"[ \u00a0]+([A-ZÄÖÜ][^\W\d_]+)(?![\w-])")


def _de_noun_with_article(ctx: CheckContext, g: Name) -> bool:
    """Is one-word ``g`` of a German source a noun German Wiktionary lists (no lexicon
    entity, acronym or given name) that the source document writes right after an
    article or determiner at two places or more (ein Dachs, der Dachs)?  German
    capitalises its nouns: the article itself says the word is a common noun, which
    stands bare inside a name too (Hilfsfonds Dachs ~ the badger fund)."""
    if ctx.source.lang != "de" or len(g.parts) != 1 or g.classes:
        return False
    p = g.parts[0]
    if p.acronym or p.classes or len(p.text) < 4 or p.low in _given_names() or not _de_noun_form(p.text):
        return False
    hits = ctx.cached("names.de_article_nouns", lambda: Counter(
        m.group(1) for m in _DE_ARTICLE_WORD.finditer(ctx.source.text)))
    return hits.get(p.text, 0) >= 2


def _written_lower(ctx: CheckContext, g: Name) -> bool:
    """Is one-word ``g``, opening a sentence, written in lower case elsewhere in the source
    document?  A word of three letters must be written so twice and be no given name
    (Sap flows … the sap … more sap; not Ray … a ray of hope)."""
    p = _opening_word(g)
    if p is None or p.classes or len(p.text) < 3 or (len(p.text) == 3 and p.low in _given_names()):
        return False
    low = p.text.lower()
    if low == p.text:
        return False
    # (a word of three letters, more often a name's or a title's (May, Ray, Art), only
    # where the article writes it in lower case at least twice: Sap opening a sentence,
    # "sap" in three others)
    if _source_count(ctx, low) > (0 if len(p.text) >= 4 else 1):
        return True
    if len(p.text) < 4:
        return False
    if ctx.source.lang not in _SUFFIX_LANGS and ctx.source.lang not in ("tr", "az"):
        return False  # (Turkish glues endings to common words only: Randıman ~ randımanlı)
    # the same word with another ending, in a language whose nouns take their article or
    # case as an ending (Mutorna opening a sentence, "mutor" elsewhere: the bribes, bribes)
    for w in set(re.findall(r"(?<!\w)" + re.escape(low[:4]) + r"\w*", ctx.source.text)):
        cp = common_prefix(w, low)
        if w != low and len(w) >= 4 and cp >= 4 and len(w) - cp <= 2 and (
                len(low) - cp <= 3 or low[cp:] in _LONG_ARTICLE_ENDINGS):
            return True
        if ctx.source.lang in ("tr", "az") and w != low and cp >= 6 and len(w) - cp <= 5 \
                and len(low) - cp <= 5 and not low.endswith(("oğlu", "oglu")):
            return True  # Turkish stacks its endings on a common word with no apostrophe,
            # which a name takes before them (Rekoltedeki … rekoltenin, not Ankara'da)
    return False


# the Nordic definite plural endings (Danish hest-ene, bil-erne; Swedish bil-arna,
# häst-arna, bok-orna; Norwegian hest-ene), which no surname ends in
_NORDIC_DEF_PLURAL = {"da": ("erne", "ene"), "nb": ("ene", "ane"), "nn": ("ane", "ene", "one"),
                      "no": ("ene", "ane"), "sv": ("arna", "orna", "erna", "ena")}


def _nordic_definite_plural(ctx: CheckContext, g: Name, sl: str | None) -> bool:
    """Is one-word ``g``, opening a sentence of a Danish, Norwegian or Swedish article, a
    noun in its definite plural whose stem (five letters or more) the article writes in
    lower case, alone or with another ending (Hestene … to heste, hestenes)?"""
    ends = _NORDIC_DEF_PLURAL.get(sl or "")
    p = _opening_word(g) if ends else None
    if p is None or p.acronym or not p.text[1:].islower():
        return False
    low = p.text.lower()
    end = next((e for e in ends if low.endswith(e)), None)
    if end is None or len(low) - len(end) < 5:
        return False
    stem = low[:-len(end)]
    return re.search(r"(?<![\w\-])" + re.escape(stem) + r"\w{0,5}(?![\w\-])", ctx.source.text) is not None


def _target_written_lower(ctx: CheckContext, t: Name, min_len: int = 4) -> bool:
    """Is one-word target name ``t`` written in lower case elsewhere in the translation
    (Hermeliner opening a sentence, "hermeliner" further on)?"""
    if len(t.parts) != 1 or t.parts[0].classes or len(t.text) < min_len:
        return False
    low = t.text.lower()
    return low != t.text and _stands_alone(ctx.target.text, low)


# a capitalised word right after a name's word: the rest of a title run (Hop Research ...)
_TITLE_RUN_NEXT = re.compile(r"[ \u00a0]+([^\W\d_])")


def _title_common_word(ctx: CheckContext, t: Name, text: str, lang: str | None) -> bool:
    """Is one-word target name ``t`` a common word of ``lang`` opening a run of capitalised
    words (the Hop Research Institute, the Hop Growers Union), which the translation
    writes in lower case elsewhere (hop gardens, hop-growing)?  The capital is the title
    of a name of common words, translated with the rest, not a name of its own."""
    if len(t.parts) != 1 or t.parts[0].acronym or not t.text.isalpha() or not has_freq(lang) \
            or zipf(t.text.lower(), lang) < 3.0:
        return False
    m = _TITLE_RUN_NEXT.match(text, t.end)
    if m is None or not m.group(1).isupper():
        return False
    return _target_written_lower(ctx, t, min_len=3)


# the Nordic definite plural endings longer than three letters (afgift-erne, mut-orna);
# a longer tail is another word (Berg ~ Berglund)
_LONG_ARTICLE_ENDINGS = frozenset({"erne", "arna", "orna", "erna", "rna", "ene"})



# endings a stem of an inflecting language may take in its dictionary form (Teretnim ~
# teretni, Zajtrajšia ~ zajtrajší, laumojen ~ lauma, kupongen ~ kupong)
_BASE_ENDINGS = ("", "a", "e", "i", "o", "u", "y", "s", "t", "n", "í", "é", "á", "ý", "ie", "ia",
                 "as", "is", "us", "os", "es", "ai", "ei", "en", "et", "er", "ar", "ja", "je", "ji")
# languages whose nouns and adjectives take case endings (a stem re-ended is a word)
_CASE_LANGS = _SLAVIC_LANGS | {"lv", "lt", "fi", "et", "hu"}
_KNOWN_ITSELF = 2.0  # Zipf from which a word list knows the word as written (Virtanen 4.4)
_ABROAD = ("en", "de")


def _local_word(w: str, lang: str | None) -> bool:
    """Is ``w`` a word of ``lang`` (Zipf 3+) that English and German hardly use?  A
    people's name travels (Novak, Horvat, Strand are read abroad), a common word of a
    smaller language does not (lauma, teretni)."""
    return zipf(w, lang) >= REAL_WORD and all(zipf(w, x) <= 1.0 for x in _ABROAD if x != lang)


def _travels(stem: str, lang: str | None) -> bool:
    """Does a form of ``stem`` that ``lang`` uses appear in English or German texts too
    (horvat-, wiśniewsk-, panevėž-: a name's stem, whatever its case ending)?"""
    return any(zipf(stem + e, lang) >= _KNOWN_ITSELF and
               max(_zipf_abroad(stem + e, x) for x in _ABROAD) >= 1.5 for e in _BASE_ENDINGS)


def _base_form(w: str, lang: str | None, min_stem: int) -> str | None:
    """A local word made from ``w`` by replacing its last one to four letters with a
    dictionary ending (Preliminariais ~ preliminariai), if any, and no form of that stem
    a name's (``_travels``)."""
    for k in range(1, 5):
        stem = w[:-k]
        if len(stem) < min_stem:
            break
        if _travels(stem, lang):
            return None
        for e in _BASE_ENDINGS:
            if _local_word(stem + e, lang):
                return stem + e
    return None


@lru_cache(maxsize=4096)
def _inflected_common(low: str, lang: str | None) -> bool:
    """Is lower-case ``low``, a word no word list knows as written, an inflected form of a
    common word of ``lang`` (Teretnim, Zajtrajšia) or a compound of a word and a common
    word with a case ending (Susilaumojen ~ susi + lauma, Kilkuminutowymi ~ kilku +
    minutowy)?  The inflected word must be local (``_local_word``): a name is not."""
    if lang == "en" or lang in _ROMANCE or lang in _NOUN_CAPS or not has_freq(lang):
        return False  # (no case endings; German capitalises every noun anyway)
    if len(low) < 8 or zipf(low, lang) >= _KNOWN_ITSELF:
        return False
    if lang in _CASE_LANGS and _base_form(low, lang, 5):
        return True  # (Danish or Swedish endings are the article's: Besparelserne is left
        # to the word-list test, as a lone opening word)
    if lang in _CASE_LANGS and _local_paradigm(low, lang):
        return True
    return len(low) >= 9 and any(
        zipf(low[:i], lang) >= REAL_WORD and (_local_word(low[i:], lang) or _base_form(low[i:], lang, 3))
        for i in range(3, len(low) - 4))


# case and agreement endings of the Slavic and Baltic languages, for the forms of one stem
_PARADIGM_ENDINGS = ("a", "e", "i", "o", "u", "y", "ą", "ę", "á", "é", "í", "ý", "ej", "ym", "ych",
                     "ymi", "ego", "emu", "ie", "iej", "ich", "im", "imi", "ou", "ého", "ému", "ých",
                     "ými", "om", "ami", "ach", "ów", "ой", "ая", "ое", "ые", "ого", "ому", "ых", "ым")


# the stems of Polish, Czech and Slovak present active participles, often used as nouns
# (Zamawiający "the ordering party", pracující "the working"): -ąc-, -íc-, -ouc-, -úc-
_ACTIVE_PARTICIPLE_STEMS = ("ąc", "íc", "ouc", "úc")


def _local_paradigm(low: str, lang: str | None) -> bool:
    """Is rare word ``low`` one form of a participle's stem (in -n-, -t-) the word list
    knows in two other forms or more (one of them from Zipf 2), none of them used in
    English or German texts, and no form of it a name's (``_travels``)?  A participle or adjective of a rare verb opening a
    sentence (Zasądzona ~ zasądzone, zasądzonej: "the awarded"; an active participle used
    as a noun, Zamawiającym ~ zamawiający, zamawiającego: "the ordering party"); a surname's forms
    travel (Nowak, Nowaka) or the article names the person again."""
    for k in (1, 2, 3):
        stem = low[:-k]
        if len(stem) < 5:
            break
        if _travels(stem, lang):
            return False
        if stem[-1] not in "nt" and not stem.endswith(_ACTIVE_PARTICIPLE_STEMS):
            continue  # a passive participle's stem (zasądzon-, przyjęt-) or an active one's
            # (zamawiając-, pracujíc-), not a surname's case (Šimečkovi)
        forms = [z for z in (zipf(stem + e, lang) for e in _PARADIGM_ENDINGS if stem + e != low) if z >= 1.0]
        if len(forms) >= 2 and max(forms) >= _KNOWN_ITSELF and all(
                _zipf_abroad(stem + e, x) < 1.0 for e in _PARADIGM_ENDINGS for x in _ABROAD
                if zipf(stem + e, lang) >= 1.0):
            return True
    return False


def _stem_written_lower(text: str, low: str) -> bool:
    """Does a lower-case word of ``text`` open ``low`` but for its last letter or two
    (skogsägare, skogsägarna ~ Skogsägarföreningen): a compound of a common word?"""
    for m in re.finditer(r"(?<!\w)" + re.escape(low[:5]) + r"\w*", text):
        w = m.group()
        if any(len(w) - k >= 6 and len(low) >= len(w) - k + 4 and low.startswith(w[:len(w) - k])
               for k in (1, 2)):
            return True
    return False


def _named_again(text: str, p: Part, lang: str | None) -> bool:
    """Is opening word ``p`` written again in ``text``, or another form of it capitalised
    (Leinonen … Leinoselle, Panevėžys … Panevėžiu: most of the shorter word shared), as a
    name the article is about recurs?  A capitalised common word (Vinnere) is no form."""
    seen = 0
    for m in re.finditer(r"(?<!\w)" + re.escape(p.text[:5]) + r"\w*", text):
        w = m.group()
        if w != p.text and _beside_body_head(text, m.start(), m.end(), lang):
            continue  # a word of a body's name (Üreticileri Derneği): common, not named
        if w == p.text:
            seen += 1
        elif zipf(w.lower(), lang) < REAL_WORD and \
                common_prefix(w, p.text) >= 0.6 * min(len(w), len(p.text)) and \
                not _stands_alone(text, w.lower()) and \
                not _tr_case_form(w.lower(), lang):
            # (a form the text also writes in lower case is a common word opening another
            # sentence: Hyvinvointialueen … hyvinvointialueen, "of the welfare region"; nor
            # a Turkish common noun with a case ending glued on: Fındıkta … Fındığımızı)
            return True
    return seen > 1


def _common_opening(text: str, g: Name, lang: str | None) -> bool:
    """Is ``g`` one word opening a sentence, named nowhere else in ``text``
    (``_named_again``), that is a common word inflected or compounded (Susilaumojen,
    Teretnim, Skogsägarföreningen)?"""
    p = _opening_word(g)
    if p is None or p.acronym or p.low in _given_names():
        return False
    if _written_lower_too(text, p):
        return True  # Winegrowers … the winegrowers: the same word in lower case
    if _case_form_written_lower(text, p, lang):
        return True  # Augštecē … no augšteces: another case of the word, in lower case
    if _named_again(text, p, lang):
        return False
    return _inflected_common(p.low, lang) or _stem_written_lower(text, p.low) or _unshared_compound(p, lang) \
        or _suffixed_local_word(p.low, lang) or _ro_articled_plural(p.low, lang) \
        or _en_spelling_variant(p.low, lang) or _tr_case_form(p.low, lang) \
        or _en_prefixed_verb_form(p.low, lang) or _pl_past_personal(p.low, lang) \
        or _nordic_definite_singular(p.low, lang) or _nordic_definite_plural_word(p.low, lang)


# the Nordic definite plural endings after which the bare noun stands in the word list
# (Norwegian and Danish hest-ene, jente-ne, lærer-ne; Swedish bil-arna, flick-orna)
_NORDIC_DEF_PLURAL_WORD = {"sv": ("arna", "orna", "erna"), "da": ("ene", "ne"), "nb": ("ene", "ne"),
                           "no": ("ene", "ne"), "nn": ("ane", "ene", "ne")}


def _nordic_definite_plural_word(low: str, lang: str | None) -> bool:
    """Is lower-case ``low`` (a Swedish, Danish or Norwegian word opening a sentence, rare
    as written) a common noun in its definite plural, its bare singular (five letters or
    more; before -ne, a stem in -e or -er: lærer|ne) a word of the language's word list
    (Zipf 2 or more; a stem of three or four letters before a whole plural ending, Zipf
    3.5: ulv|ene) at least as frequent as the plural, the plural unknown to English and
    German texts and the stem rare there, neither a given name nor a lexicon place?  No
    surname or place ends so (the places that do, island groups and ranges, are the
    lexicon's)."""
    ends = _NORDIC_DEF_PLURAL_WORD.get(lang or "")
    if not ends or low in _given_names() or exonym_classes(fold(low)):
        return False
    z = zipf(low, lang)
    if z >= REAL_WORD or any(_zipf_abroad(low, x) >= 1.0 for x in _ABROAD):
        return False
    for e in ends:
        if not low.endswith(e) or (e == "ne" and not low[:-2].endswith(("e", "er"))):
            continue
        stem = low[:-len(e)]
        # (Swedish -are nouns drop their -e before -arna: lärare ~ lärarna)
        for st in (stem, stem + "are") if e == "arna" else (stem,):
            # (a short stem only a frequent noun, before a whole plural ending: ulv|ene)
            least = 2.0 if len(st) >= 5 else 3.5 if len(st) >= 3 and e != "ne" else None
            if least is not None and zipf(st, lang) >= max(least, z) \
                    and all(_zipf_abroad(st, x) < 2.0 for x in _ABROAD) \
                    and st not in _given_names() and not exonym_classes(fold(st)):
                return True
    return False


# the Nordic definite singular endings (Swedish bil-en, hus-et, skola-n, äpple-t; Danish and
# Norwegian bil-en, hus-et); -n and -t alone only after a stem's vowel
_NORDIC_DEF_SINGULAR = {"sv": ("en", "et", "n", "t"), "da": ("en", "et"), "nb": ("en", "et"),
                        "no": ("en", "et"), "nn": ("en", "et")}


def _nordic_definite_singular(low: str, lang: str | None) -> bool:
    """Is lower-case ``low`` (a Swedish, Danish or Norwegian word opening a sentence, rare
    as written: Zipf under 3) a common noun in its definite singular, the stem (five
    letters or more) a word of the language's word list (Zipf 2.5 or more) at least as
    frequent as the definite form, neither of them used in English or German texts nor a
    given name or lexicon place (Avskrivningen ~ avskrivning "the write-off")?  A name
    made of a definite noun is commoner than the bare noun (a square, a quarter) or
    travels (Hansen, Holmen); a noun opening a sentence does not."""
    ends = _NORDIC_DEF_SINGULAR.get(lang or "")
    if not ends or low in _given_names():
        return False
    z = zipf(low, lang)
    if z >= REAL_WORD or any(_zipf_abroad(low, x) >= 1.0 for x in _ABROAD):
        return False
    for e in ends:
        stem = low[:-len(e)]
        if not low.endswith(e) or len(stem) < 5 or (len(e) == 1 and stem[-1] not in "aeiouyåäöæø"):
            continue
        zs = zipf(stem, lang)
        if zs >= max(2.5, z) and all(_zipf_abroad(stem, x) < 1.0 for x in _ABROAD) \
                and stem not in _given_names() and not exonym_classes(fold(stem)):
            return True
    return False


# the word after a Czech word opening a sentence: a lower-case word of letters only
_CS_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)(?![\w'’-])")
# Czech long adjective endings (nominative) and how a noun that agrees with each ends, with
# the forms of that noun the word list must know beside it (its paradigm: a noun, not a
# verb or adverb).  A past-tense verb (-l, -la, -lo) after a surname is ruled out, and so
# are the feminine -e and neuter -í nouns, which present-tense verbs share (vede, patří),
# and the masculine -ý, whose inanimate noun is its own accusative (a surname before its
# object: Novotný projekt podpořil).
_CS_AGREEMENT = (
    ("á", "a", ("y", "u")),        # feminine: kapalná voda ~ vody, vodu
    ("é", "o", ("a", "em")),       # neuter: městské divadlo ~ divadla, divadlem
    ("é", "ní", ("ním",)),         # neuter verbal noun: automatické zavlažování ~ -ním
)


def _cs_adjective_before_noun(text: str, g: Name, lang: str | None) -> bool:
    """Is ``g``, one Czech word opening a sentence of ``text`` (a long adjective: -á, -é) followed by a lower-case
    noun it agrees with, a noun by its paradigm (two other case forms the word list knows)
    and no frequent function word (Zipf under 5: not sama, ráda, však)?  An adjective and
    its noun opening a sentence (Kapalná hnojiva …, Mlžná clona …), not a surname: a
    feminine surname in -ová is followed by a verb or adverb (… uvedla, … dnes), never by
    a noun in its case.  (A past-tense verb, -l, -la, -lo, never counts as the noun.)"""
    p = _opening_word(g) if lang == "cs" else None
    if p is None or p.acronym or len(p.low) < 5 or not p.text[1:].islower() or text[g.start:g.end] != p.text:
        return False
    m = _CS_NEXT_WORD.match(text, g.end)
    if m is None:
        return False
    nxt = m.group(1)
    if len(nxt) < 4 or not nxt.islower() or nxt.endswith(("l", "la", "lo", "ly", "li")):
        return False
    zn = zipf(nxt, lang)
    if not (_KNOWN_ITSELF <= zn < 5.0):
        return False
    for adj_end, noun_end, forms in _CS_AGREEMENT:
        if not p.low.endswith(adj_end) or not nxt.endswith(noun_end):
            continue
        if noun_end == "" and nxt[-1] in "aeiouyáéíóúůýě":
            continue  # a masculine noun ends in a consonant
        stem = nxt[:len(nxt) - len(noun_end)] if noun_end else nxt
        if all(zipf(stem + e, lang) >= 1.0 for e in forms):
            return True
    return False


# Russian, Ukrainian and Belarusian long adjective endings (nominative) and how a noun that
# agrees with each ends, with two other case forms of that noun the word list must know
# (its paradigm: a noun, not a verb; a past-tense verb, -л, -ла, -ло, never counts)
_RU_AGREEMENT = (
    (("ое", "ее"), "о", (("а", "ом"),)),                 # neuter: рыбное хозяйство ~ -а, -ом
    (("ое", "ее"), "е", (("я", "ем"),)),                 # neuter: водное управление ~ -я, -ем
    (("ая", "яя"), "а", (("ы", "у"), ("и", "у"))),       # feminine: лесная школа ~ -ы, -у
    (("ая", "яя"), "я", (("и", "ю"),)),                  # feminine: пахотная земля ~ -и, -ю
    (("ая", "яя"), "ь", (("и", "ью"),)),                 # feminine: рыболовная сеть ~ -и, -ью
    (("ый", "ий", "ой"), "", (("а", "ом"),)),            # masculine: рыбный завод ~ -а, -ом
)
_RU_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)(?![\w'’-])")


def _ru_adjective_before_noun(text: str, g: Name, lang: str | None) -> bool:
    """Is ``g``, one Russian, Ukrainian or Belarusian word opening a sentence (a long
    adjective the word list does not know as written), followed by a lower-case noun it
    agrees with, a noun by its paradigm (two other case forms the word list knows) and no
    frequent function word?  An adjective and its noun opening a sentence or headline
    (Пчеловодное товарищество …), not a name: a surname is followed by a verb, whose
    forms no noun paradigm has."""
    p = _opening_word(g) if lang in ("ru", "uk", "be") else None
    if p is None or p.acronym or len(p.low) < 6 or not p.text[1:].islower() or text[g.start:g.end] != p.text:
        return False
    m = _RU_NEXT_WORD.match(text, g.end)
    if m is None:
        return False
    nxt = m.group(1)
    if len(nxt) < 4 or not nxt.islower() or nxt.endswith(("л", "ла", "ло", "ли")):
        return False
    if not (_KNOWN_ITSELF <= zipf(nxt, lang) < 5.5):
        return False
    for adj_ends, noun_end, paradigms in _RU_AGREEMENT:
        if not p.low.endswith(adj_ends):
            continue
        if noun_end and not nxt.endswith(noun_end):
            continue
        if not noun_end and nxt[-1] in "аеёиоуыэюяьй":
            continue  # a masculine noun ends in a hard consonant
        stem = nxt[:len(nxt) - len(noun_end)] if noun_end else nxt
        if any(all(zipf(stem + e, lang) >= 1.0 for e in forms) for forms in paradigms):
            return True
    return False


# Finnish case endings an attribute shares with the noun it agrees with (the locative,
# essive and translative cases, both vowel harmonies), and the plural's -i- before them
_FI_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä")
# what a Finnish participle or adjective ends in before the plural -i- and a case ending
# (kunnostettu ~ kunnostetuissa, toiminut ~ toimineissa, toimiva ~ toimivissa, pieni ~
# pienissä, suomalainen ~ suomalaisissa, parempi ~ paremmissa), and before a singular case
# (kunnostetussa, toimineessa, suomalaisessa): no plural place's stem ends so (Yhdysvallo-,
# Alpe-, Kanariansaar-)
_FI_PLURAL_ATTR = ("tu", "ty", "ne", "v", "s", "mm")
_FI_SINGULAR_ATTR = ("tu", "ty", "nee", "ise")
_FI_BACK = str.maketrans("äöy", "aou")
_FI_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)(?![\w'’:-])")


def _fi_attribute_before_noun(text: str, g: Name, lang: str | None) -> bool:
    """Is ``g``, one Finnish word opening a sentence, a participle or adjective in a case
    (a plural's -i- and the case ending after a participle's or adjective's stem,
    Korjatuissa …, or a past participle's singular, Korjatussa …) followed by a lower-case
    noun the word list knows in the same case and number (… taloissa): an attribute
    agreeing with its noun, no name?  A Finnish name before a noun stands in the genitive,
    and a place's locative before a participle (Turussa asuvissa) shares no plural -i-."""
    p = _opening_word(g) if lang == "fi" else None
    if p is None or p.acronym or len(p.low) < 7 or not p.text[1:].islower() or text[g.start:g.end] != p.text:
        return False
    case = next((c for c in _FI_CASES if p.low.endswith(c)), None)
    if case is None:
        return False
    m = _FI_NEXT_WORD.match(text, g.end)
    if m is None:
        return False
    nxt = m.group(1)
    if len(nxt) < 5 or not nxt.islower() or zipf(nxt, lang) < 1.0 \
            or not nxt.translate(_FI_BACK).endswith(case.translate(_FI_BACK)):
        return False  # (each word takes the case's vowel by its own harmony: -issa ~ -issä)
    stem = p.low[:-len(case)]
    if stem.endswith("i") and nxt[:-len(case)].endswith(("i", "j")):
        ok = stem[:-1].endswith(_FI_PLURAL_ATTR)
    else:
        ok = stem.endswith(_FI_SINGULAR_ATTR)
    if not ok or _travels(stem, lang):
        return False
    return all(_zipf_abroad(p.low, x) < 1.0 for x in _ABROAD)


# Polish past-tense endings of the first and second person plural (-liśmy "we …-ed",
# -łyście "you …-ed"), glued to the verb's -l-/-ł- stem: no name declines this way
_PL_PAST_PERSONAL = (("liśmy", "li"), ("łyśmy", "ły"), ("liście", "li"), ("łyście", "ły"))


def _pl_past_personal(low: str, lang: str | None) -> bool:
    """Is Polish ``low`` (a word opening a sentence, often a quote) a verb's past tense in
    the first or second person plural (Wstydziliśmy ~ wstydzili "they were ashamed",
    Czekałyście ~ czekały): its third-person form, the same stem, a word the Polish word
    list knows and English and German texts do not use?"""
    if lang != "pl":
        return False
    for end, third in _PL_PAST_PERSONAL:
        if low.endswith(end) and len(low) - len(end) >= 3:
            form = low[:-len(end)] + third
            if zipf(form, lang) >= 1.5 and all(_zipf_abroad(form, x) < 1.0 for x in _ABROAD):
                return True
    return False


# English prefixes that make a verb of a verb (rewet, unlock, overfill, predate)
_EN_VERB_PREFIXES = ("re", "un", "pre", "de", "dis", "mis", "over", "under", "out", "co")


def _en_prefixed_verb_form(low: str, lang: str | None) -> bool:
    """Is English ``low``, which the word list does not know, a prefix and a participle the
    word list knows (Rewetted ~ re + wetted, Unrestocked ~ un + restocked): a verb form
    opening a sentence or a headline, no name?"""
    if lang != "en" or zipf(low, "en") >= REAL_WORD or not low.endswith(("ed", "ing")):
        return False
    return any(low.startswith(x) and len(low) - len(x) >= 5 and zipf(low[len(x):], "en") >= 2.0
               for x in _EN_VERB_PREFIXES)


def _written_lower_too(text: str, p: Part) -> bool:
    """Does ``text`` write opening word ``p`` in lower case as well, exactly as spelled
    (Winegrowers could … the winegrowers said): a common word, which capitalises only where
    it opens a sentence or stands in a title, not a name?  (Not a word of three letters or
    less, nor one whose lower case is a word far commoner than the name could be: Hope,
    Bill, Mark are given names, which the caller rules out.)"""
    if len(p.low) < 5 or not p.text[1:].islower():
        return False
    return re.search(r"(?<![\w\-])" + re.escape(p.low) + r"(?![\w\-])", text) is not None



def _lower_opening(text: str, g: Name, lang: str | None) -> bool:
    """Is ``g`` one word opening a sentence, no given name, that ``text`` also writes in
    lower case, as spelled or in another case (``_written_lower_too``,
    ``_case_form_written_lower``): a common noun capitalised where it opens a sentence?"""
    p = _opening_word(g)
    if p is None or p.acronym or p.low in _given_names():
        return False
    return _written_lower_too(text, p) or _case_form_written_lower(text, p, lang)


def _case_form_written_lower(text: str, p: Part, lang: str | None) -> bool:
    """In a language that declines its nouns by their ending (_CASE_LANGS), does ``text``
    write opening word ``p`` (seven letters or more) in lower case in another case: the
    same stem of five letters or more, the two endings three letters at most (Augštecē …
    no augšteces, "upstream"; Žemupyje … iš žemupio; Sprawozdaniu … sprawozdania)?  A common word; a name keeps its capital in every case."""
    if lang not in _CASE_LANGS or len(p.low) < 7 or not p.text[1:].islower():
        return False
    for m in re.finditer(r"(?<![\w\-])" + re.escape(p.low[:5]) + r"\w*(?![\w\-])", text):
        w = m.group()
        cp = common_prefix(w, p.low)
        if w != p.low and cp >= 5 and len(w) - cp <= 3 and len(p.low) - cp <= 3:
            return True
    if lang == "fi" and p.low.endswith(_FI_S_NOUN):
        # a Finnish noun in -us, -ys, -os, -ös, whose other cases take the stem -ukse-
        # (Koulutus … koulutuksella, Tutkimus … tutkimuksen): the same word declined
        stem = p.low[:-1] + "kse"
        return re.search(r"(?<![\w\-])" + re.escape(stem) + r"\w{0,4}(?![\w\-])", text) is not None
    return False


_FI_S_NOUN = ("us", "ys", "os", "ös")


def _en_spelling_variant(low: str, lang: str | None) -> bool:
    """Is English ``low`` the British spelling of a common word, in the plural or not
    (Visualisations ~ visualization, Organisations ~ organization): an -isation noun the word
    list knows in its -ization spelling?"""
    if lang != "en" or "isation" not in low:
        return False
    us = low.replace("isation", "ization")
    return any(zipf(w, "en") >= REAL_WORD for w in (us, us[:-1] if us.endswith("s") else us))


# endings a common word takes where a name would not, or only after an apostrophe:
# Turkish plural -ler/-lar with a case after it (a name's suffixes follow an apostrophe:
# Kayseri'deki), Romanian's enclitic article (purtătoare-a, ministr-ul, copii-lor)
_WORD_SUFFIXES = {
    "tr": ("lerinden", "larından", "lerinde", "larında", "lerini", "larını", "lerin", "ların",
           "leri", "ları", "lerde", "larda", "lerden", "lardan", "lere", "lara", "lerle", "larla",
           "ler", "lar"),
    "ro": ("ului", "ilor", "elor", "lui", "lor", "ul", "le", "a"),
}


def _suffixed_local_word(low: str, lang: str | None) -> bool:
    """Is lower-case ``low`` (a word opening a sentence) a common word of ``lang`` of six
    letters or more, one English and German hardly use (``_local_word``), with an ending
    of ``_WORD_SUFFIXES`` (Seferlerin ~ sefer + lerin "of the services", Purtătoarea ~
    purtătoare + a "the spokeswoman")?  A name keeps its own ending or, in Turkish, takes
    one after an apostrophe."""
    ends = _WORD_SUFFIXES.get(lang or "")
    if not ends or zipf(low, lang) >= REAL_WORD:
        return False
    for e in ends:
        if low.endswith(e) and len(low) - len(e) >= (5 if lang == "tr" else 6):
            stem = low[:-len(e)]
            z = zipf(stem, lang)
            # (Turkish puts a name's endings after an apostrophe: a known word of the
            # language with its plural glued on is a common noun, Üreticiler "producers")
            if z >= (REAL_WORD if lang == "tr" else 3.5) and not exonym_classes(fold(stem)) \
                    and all(zipf(stem, x) <= z - 2.0 for x in _BIG_LISTS if x != lang):
                return True
    return False


_BIG_LISTS = ("en", "de", "fr", "es", "it", "nl")

# Turkish (and Azerbaijani) possessive and case endings, glued to a common noun (fındık-ta
# "in hazelnuts", fındığ-ımızı "our hazelnuts"); a name takes them after an apostrophe
# (Giresun'da).  Endings in every vowel-harmony variant, a possessive before a case.
_TR_POSS = ("", "ım", "im", "um", "üm", "ımız", "imiz", "umuz", "ümüz", "ın", "in", "un", "ün",
            "ınız", "iniz", "unuz", "ünüz", "ı", "i", "u", "ü", "sı", "si", "su", "sü",
            # "our", "your" after a stem's final vowel (bahçe-miz-in "of our garden")
            "mız", "miz", "muz", "müz", "nız", "niz", "nuz", "nüz")
_TR_CASE = ("", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü", "a", "e", "ya",
            "ye", "na", "ne", "da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan", "ten",
            "ndan", "nden", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "la", "le", "yla",
            "yle", "daki", "deki", "taki", "teki", "ndaki", "ndeki")
_TR_ENDINGS = tuple(sorted({a + b for a in _TR_POSS for b in _TR_CASE if a + b}, key=len, reverse=True))
# the same after the plural -lar/-ler (ün-ler-i-ni "their fame", ev-ler-i-nde "in their
# houses"): the plural's own syllable makes an ending long enough to take a short stem
_TR_PLURAL_ENDINGS = tuple(sorted({p + a + b for p in ("lar", "ler") for a in _TR_POSS for b in _TR_CASE},
                                  key=len, reverse=True))
# a stem's last consonant voiced before a vowel (fındık ~ fındığı, kitap ~ kitabı)
_TR_UNVOICE = {"ğ": "k", "b": "p", "c": "ç", "d": "t", "g": "k"}


def _tr_case_form(low: str, lang: str | None) -> bool:
    """Is lower-case ``low`` (a word opening a sentence) a Turkish or Azerbaijani common
    noun, one English and German hardly use, with a possessive or
    case ending glued on (Fındıkta, Fındığımızı)?  A name would take it after an
    apostrophe.  (The stem of four letters or more.)"""
    if lang not in ("tr", "az") or zipf(low, lang) >= REAL_WORD:
        return False
    for e in _TR_PLURAL_ENDINGS:
        # a plural with its endings after a short common noun of two or three letters
        # (Ünlerini ~ ün "fame", Evlerinde ~ ev): the noun very common at home, far rarer
        # in English and German texts (a short string any list has)
        if low.endswith(e) and 2 <= len(low) - len(e) <= 3:
            st = low[:-len(e)]
            z = zipf(st, lang)
            if z >= 4.0 and all(zipf(st, x) <= z - 1.5 for x in _ABROAD) and not exonym_classes(fold(st)):
                return True
    for e in _TR_ENDINGS:
        if low.endswith(e) and len(low) - len(e) >= 4:
            stem = low[:-len(e)]
            for st in {stem, stem[:-1] + _TR_UNVOICE.get(stem[-1], stem[-1])}:
                if _local_word(st, lang) and not exonym_classes(fold(st)):
                    return True
    return False


# Romanian plural nouns with the enclitic definite article: masculine -i + -i (morari ~
# morarii "the millers"), feminine/neuter -e + -le (spice ~ spicele "the ears")
_RO_PLURAL_ARTICLE = (("ii", 1), ("le", 2))


def _ro_articled_plural(low: str, lang: str | None) -> bool:
    """Is lower-case ``low`` (a Romanian word opening a sentence, six letters or more)
    unknown to every word list as written, but a known Romanian word (Zipf 3 or more)
    once its plural article is cut off or its bare stem is (Morarii ~ morar, Spicele ~
    spice)?  A name takes no article in the plural."""
    if lang != "ro" or len(low) < 6 or zipf(low, lang) >= 1.0 or low in _given_names():
        return False
    if any(zipf(low, x) >= 1.0 for x in _BIG_LISTS):
        return False
    for end, cut in _RO_PLURAL_ARTICLE:
        if not low.endswith(end):
            continue
        for stem in {low[:-cut], low[:-2]}:
            if len(stem) >= 4 and zipf(stem, lang) >= REAL_WORD and not exonym_classes(fold(stem)):
                return True
    return False


def _unshared_compound(p: Part, lang: str | None) -> bool:
    """Is name word ``p``, rare as written (Zipf under 2.5), common words of ``lang``
    written as one (Groundstaff ~ ground|staff, Hyvinvointialuejohtaja ~ hyvinvointi|alue|
    johtaja) that no other big language's word list knows at all?  A name made of words
    travels (Springfield, Goodman, Whitehouse are read abroad); a compound common noun
    opening a sentence does not.  Not German, which capitalises every noun anyway."""
    if lang in _NOUN_CAPS or not has_freq(lang) or p.zipf >= 2.5 or p.classes:
        return False
    if not (_words_compound(p.low, lang) or _rare_modifier_compound(p.low, lang)):
        return False
    return all(zipf(p.low, x) < 0.5 for x in _BIG_LISTS if x != lang)


def _rare_modifier_compound(low: str, lang: str | None) -> bool:
    """Is ``low`` two words of ``lang`` written as one, a rarer word of its word list
    before a frequent head (Zipf 2 and 3.5, four letters each: a trade's term, raat|
    monsters "comb samples", plock|analyser "sorting analyses")?"""
    n = len(low)
    if n < 9 or n > 40:
        return False
    return any(zipf(low[:i], lang) >= 2.0 and zipf(low[i:], lang) >= 3.5 and low[i:] not in _given_names()
               for i in range(4, n - 3))


# a list's joints: a comma, "and" in the languages that capitalise a portfolio's words
_LIST_JOINT = r"(?:,\s*|\s+(?:en|and|och|og|und|et|y|e|i|a|ja|és)\s+)"
_LIST_BEFORE = re.compile(r"([^\W\d_]+)" + _LIST_JOINT + r"$")
_LIST_AFTER = re.compile(_LIST_JOINT + r"([^\W\d_]+)")


def _portfolio_word(g: Name, src: str, sl: str | None) -> bool:
    """Is one-word source name ``g`` a common word or a compound of two in a list of
    capitalised common words (a ministry's portfolio: Landbouw, Visserij,
    Voedselzekerheid en Natuur), which a translation translates?"""
    if sl in _NOUN_CAPS or len(g.parts) != 1 or g.classes:
        return False
    p = g.parts[0]
    if not _ordinary_word(p, sl):
        return False
    for m in (_LIST_BEFORE.search(src, max(0, g.start - 40), g.start), _LIST_AFTER.match(src, g.end)):
        if m is not None and m.group(1)[:1].isupper() and _local_word(m.group(1).lower(), sl):
            return True
    return False


_NAME_TOKEN_BEFORE = re.compile(r"([^\W\d_]+|&|,)[ \u00a0]*$")


def _portfolio_of_body(g: Name, src: str, sl: str | None) -> bool:
    """Is one-word source name ``g`` a common word of its language (Zipf 3+) in the
    capitalised run of a body's name that opens with a head noun of the language
    (Department of Health and Wellness, Ministry of Agriculture, Fisheries and Food):
    the body's field, which a translation translates (heaoluministeerium) or writes in
    lower case?  Only capitalised words, commas and short function words between the
    head and ``g``."""
    if len(g.parts) != 1 or g.classes or sl in _NOUN_CAPS or not _body_head_nouns().get(sl or ""):
        return False
    p = g.parts[0]
    if p.acronym or p.classes or p.low in _given_names() or zipf(p.low, sl) < REAL_WORD:
        return False
    stop = stopwords(sl)
    end = g.start
    for _ in range(8):
        m = _NAME_TOKEN_BEFORE.search(src, max(0, end - 40), end)
        if m is None:
            return False
        w = m.group(1)
        if w[:1].isupper():
            if _body_head(w, sl):
                return True
        elif not (w in ("&", ",") or (len(w) <= 4 and fold(w) in stop)):
            return False
        end = m.start(1)
    return False


def _kept_in_latin(g: Name, tgt: str) -> bool:
    """Is every word of Latin-script name ``g`` in ``tgt`` as written, maybe glued to a
    figure (256GB, GB의), where the token look-up did not see it?"""
    if not _LATIN_LETTER.search(g.text):
        return False
    return all(re.search(r"(?<![^\W\d_])" + re.escape(p.text) + r"(?![a-z])", tgt) for p in g.parts)


_SYLLABLE_TAIL = re.compile(r"[-\u2010\u2011][a-z]{2,4}(?![\w-])")


def _whole_text(g: Name, src: str) -> str:
    """Name ``g`` as the reader should look for it: a given name of two syllables joined
    by a hyphen, which the grouping cut after the first (Park Ji-hoon, not Park Ji)."""
    m = _SYLLABLE_TAIL.match(src, g.end) if len(g.parts[-1].text) <= 3 else None
    return g.text + m.group() if m else g.text


def _lone_opening(ctx: CheckContext, g: Name) -> bool:
    """Is ``g`` one word no word list knows, opening a sentence, and written nowhere else
    in the source document?"""
    p = _opening_word(g)
    return p is not None and p.zipf < 1.0 and _source_count(ctx, p.text) <= 1


def _in_document(ctx: CheckContext, g: Name, tl: str | None) -> bool:
    # one answer per name: a long document asks again for every bead that lacks it
    def build() -> bool:
        idx = ctx.cached("names.target_index", lambda: NameIndex(ctx.target.text, tl))
        return _group_present(g, idx, tl, _langs(ctx)[0])
    return ctx.cached(f"names.in_document.{g.text}", build)


def _parallel_evidence(ctx: CheckContext, bv: BeadView, g: Name) -> tuple[list[Evidence], bool]:
    """Evidence from parallel versions; second value: some parallel also lacks the name."""
    ev: list[Evidence] = []
    lacking = False
    for doc in ctx.parallels:
        segs = ctx.counterparts(doc, [s.index for s in bv.source])
        if not segs:
            continue
        text = " ".join(s.text for s in segs)
        present = _group_present(g, NameIndex(text, norm_lang(doc.lang)), norm_lang(doc.lang),
                                 _langs(ctx)[0])
        lacking = lacking or not present
        name = _doc_name(doc, ctx)
        ev.append(ctx.evidence(doc, text=text, note=(f"{name} has {g.text}" if present
                                                     else f"{name} lacks {g.text} too")))
    return ev, lacking


def _document_evidence(ctx: CheckContext, bn: BeadNames, g: Name, tl: str | None,
                       swap: bool = False) -> list[Evidence] | None:
    """Document mode: the parallel versions' evidence about source name ``g``, or None
    when there is no finding (the name is in a neighbouring bead: alignment slack; or
    another translation lacks it too: a legitimate rewording)."""
    if _present_near(ctx, g, bn.bead.index, tl, swap):
        return None
    pev, lacking = _parallel_evidence(ctx, bn.bead, g)
    return None if lacking else pev


def _severity_cap(ctx: CheckContext, cap: Severity) -> Severity:
    assert ctx.rule is not None
    base = ctx.severities.get(ctx.rule.code, ctx.rule.severity)
    return min(base, cap)


# evidence strength (``tier``, slot agreement) -> the most a finding may weigh
_CONF_SEVERITY = {0: Severity.MINOR, 1: Severity.MAJOR, 2: Severity.CRITICAL}
# the languages whose forms the exonym lexicon lists (data/names/exonyms.txt); its
# Portuguese and Dutch forms cover the main countries and cities only, so a place's name
# there that the lexicon lacks (Cazaquistão) is no evidence of a swap: pt, nl stay out
_LEXICON_LANGS = frozenset({"en", "de", "fr", "es", "it"})


_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


@lru_cache(maxsize=1024)
def _mostly_latin(text: str) -> bool:
    """Is ``text`` written in Latin letters (at least half of its letters)?  (Cached: the
    name rules ask it of the same two texts several times a pair.)"""
    other = len(_NON_LATIN_LETTER.findall(text))
    return other == 0 or len(_LATIN_LETTER.findall(text)) >= other


def _script(text: str) -> str:
    """The script most of the letters of ``text`` are in: LATIN, GREEK, CYRILLIC, CJK,
    HANGUL ... (the first word of the Unicode character names; kana count as CJK)."""
    counts: Counter = Counter()
    for c in text:
        if c.isalpha():
            n = unicodedata.name(c, "?").split(" ", 1)[0]
            counts["CJK" if n in ("HIRAGANA", "KATAKANA") else n] += 1
    return counts.most_common(1)[0][0] if counts else ""


# scripts a Latin name is transcribed into that mtcheck has no reading of (Cyrillic, Greek, Hangul,
# Arabic, Hebrew and the Indic scripts it romanises: present_in_other_script)
_UNREAD_SCRIPTS = frozenset({"CJK", "THAI", "LAO", "KHMER", "MYANMAR", "ETHIOPIC", "GEORGIAN",
                             "ARMENIAN", "TIBETAN", "SINHALA"})


# Thai letters -> the rough sound _en_sound gives English spelling (k and g one, as Thai
# writes both ก; j, ch and sh one, จ ช; the vowel carrier อ, the glides ย ว and the vowel
# signs none); a letter under the silencing mark (ร์ ส์) is still a letter of the source's
# spelling (เจนนิเฟอร์ ~ Jennifer, ไฮตส์ ~ Heights)
_THAI_SOUND = {**{c: "k" for c in "กขฃคฅฆ"}, "ง": "N", **{c: "C" for c in "จฉชฌ"}, "ซ": "s",
               **{c: "d" for c in "ฎด"}, **{c: "t" for c in "ฏฐฑฒตถทธ"}, **{c: "n" for c in "ณน"},
               "บ": "b", **{c: "p" for c in "ปผพภ"}, **{c: "f" for c in "ฝฟ"}, "ม": "m",
               "ร": "r", **{c: "l" for c in "ลฬ"}, **{c: "s" for c in "ศษส"}, "ฮ": "h"}
# titles Thai writes glued to a name (นายลิม "Mr Lim", นางรอสนาห์ "Mrs Rosnah")
_THAI_TITLES = ("นางสาว", "นาย", "นาง", "ดร.")
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")


def _thai_skeleton(w: str) -> str:
    """The consonants of Thai ``w`` as _THAI_SOUND hears them (ฮ is a foreign name's h;
    ห marks a tone as often as it says h: none)."""
    s = "".join(_THAI_SOUND.get(c, "") for c in w)
    return _squeeze(s)


def _en_skeleton_for_thai(word: str) -> str:
    s = _sound_skeleton(_en_sound(word)).replace("J", "C").replace("S", "C").replace("ng", "N")
    s = s.replace("g", "k").replace("v", "")  # (v and w are ว, a glide Thai also writes vowels with: none)
    return _squeeze(s)


# a name's -tia, -cia, -tio, -cio, -tian at its end, said with "sh" (Scotia, Patricia,
# Horatio: สโกเชีย, แพทริเชีย), and a French -nc whose c is silent (Leblanc: เลอบลอง)
_SH_ENDING = re.compile(r"(?<=[a-z])[tc]i(?=(?:a|o|an)$)")
_SILENT_C = re.compile(r"(?<=[aeiou]n)c$")
# an English -dge said j (Bridge, Hodges: บริดจ์, ฮอดจ์)
_DGE = re.compile(r"dge")
# a ch said k, as in names from Greek, Dutch, German or Gaelic (Christopher, Dordrecht,
# Auchterarder: คริสโตเฟอร์, ดอร์เดรคต์), not after t or s (Fletcher, Fischer)
_CH_AS_K = re.compile(r"(?<![ts])ch")


def _en_skeletons_for_thai(word: str) -> set[str]:
    """The consonant skeletons a Thai transcription of ``word`` may have: the one of its
    English sound, and where its ending is said otherwise (``_SH_ENDING``, ``_SILENT_C``)
    the one of that sound too."""
    out = {_en_skeleton_for_thai(word)}
    low = word.lower()
    for pat, rep in ((_SH_ENDING, "sh"), (_SILENT_C, "g"), (_DGE, "j"), (_DGE, "dj"), (_CH_AS_K, "k")):
        if pat.search(low):
            out.add(_en_skeleton_for_thai(pat.sub(rep, low)))
    return out


@lru_cache(maxsize=1)
def _thai_exonyms() -> dict[int, tuple[str, ...]]:
    """Lexicon entity -> its keyed forms in Thai script (three letters or more)."""
    from . import _text as T
    if T._EXO_WORDS is None:
        T._load_exonyms()
    out: dict[int, list[str]] = {}
    for key, ids in T._EXO_WORDS.items():
        if len(key) >= 3 and _THAI_RUN.fullmatch(key):
            for i in ids:
                out.setdefault(i, []).append(key)
    return {i: tuple(v) for i, v in out.items()}


def _thai_exonym_present(g: Name, tgt_text: str) -> bool:
    """Is ``g``, a place of the lexicon, in the Thai translation ``tgt_text`` by one of its
    Thai forms (Asia ~ เอเชีย, Europe ~ ยุโรป), found inside a run of Thai, which leaves no
    blanks between words (ผู้ซื้อในเอเชียและยุโรป)?"""
    classes = _group_classes(g)
    if not classes:
        return False
    forms = _thai_exonyms()
    keyed = None
    for k in classes:
        for f in forms.get(k, ()):
            if keyed is None:
                from ._text import _exo_key
                keyed = " ".join(_exo_key(m.group()) for m in _THAI_RUN.finditer(tgt_text))
            if f in keyed:
                return True
    return False


def _thai_read_back(g: Name, tgt_text: str) -> bool:
    """Does the Thai translation ``tgt_text`` transcribe source name ``g``: each of its
    words (not acronyms, not common English words a name's title translates: Centres,
    Programme) read back, consonant for consonant, as a word of the translation (after a
    title glued to it: นายลิม), closing a run of Thai after its generic word (ภาษามลายู,
    "the language" ~ Malay), or,
    three consonants or more, inside one (โครงการมารีนพาเหรด ~ Parade)?  A word of one
    consonant says nothing either way; one word spelled otherwise (คีด for Keat) leaves
    the name for the reader to check."""
    words = [p for p in g.parts if not p.acronym and p.text.isascii() and p.text.isalpha()]
    sks = [(p, alts) for p in words
           if (alts := {sk for sk in _en_skeletons_for_thai(p.text) if len(sk) >= 2})]
    # (a name's common words, translated with its title, unless nothing else is left:
    # Jennifer of Jennifer Goh, whose Goh is one consonant)
    # (every word common, Alberta Agriculture: a body's title, whose common words the Thai
    # translates and whose place it transcribes: one word read back is enough)
    # (nor a generic word of a place's name beside a name word, which Thai translates
    # before the name it transcribes: Loch, Lake, Valley; data/names/generic_kanji.txt)
    rare = [(p, alts) for p, alts in sks if not (p.zipf >= 3.5 and len(g.parts) > 1)
            and not (len(g.parts) > 1 and p.low in _kanji_generic())]
    enough = all if rare else any
    sks = rare or sks
    if not sks:
        return False
    runs = []
    for m in _THAI_RUN.finditer(tgt_text):
        w = m.group()
        runs.append(w)
        for ti in _THAI_TITLES:
            if w.startswith(ti) and len(w) > len(ti) + 1:
                runs.append(w[len(ti):])
    inside = [_thai_skeleton(w) for w in runs]
    # (ฮ inside a word is an English h _en_sound drops, where the name says it: ฟอกซ์ฮอลล์
    # ~ Foxhall; read without it too)
    inside += [k[:1] + k[1:].replace("h", "") for k in inside if "h" in k[1:]]
    whole = set(inside)
    return enough(any(sk in whole or any(x.endswith(sk) for x in inside)
                      or (len(sk) >= 3 and any(sk in x for x in inside)) for sk in alts) for _, alts in sks)


# "<Capitalised word> and " right before a name: the name closes a title joined by "and"
_TITLE_AND_BEFORE = re.compile(r"[A-Z][a-z]+ (?:and|&) $")


# two capitalised words or more right before a name, one space apart
_TITLE_RUN_BEFORE = re.compile(r"(?:[A-Z][a-z]+ ){2,}$")


def _title_tail_word(g: Name, src: str, runs: bool = False) -> bool:
    """Is ``g`` one common English word (Irrigation, Fisheries, Timber) closing a title
    after a capitalised word and "and" (Alberta Agriculture and Irrigation), or after two
    capitalised words or more that are no name of their own (Northern Coast Timber): a
    body's or a firm's title whose common words a translation into a script mtcheck does
    not read back translates?"""
    if len(g.parts) != 1 or g.parts[0].acronym or g.parts[0].zipf < 3.5 or exonym_classes(g.parts[0].fold) \
            or g.parts[0].low in _given_names():
        return False
    before = src[max(0, g.start - 40):g.start]
    return _TITLE_AND_BEFORE.search(before) is not None or (runs and _TITLE_RUN_BEFORE.search(before) is not None)


def _is_pair(ctx: CheckContext) -> bool:
    return len(ctx.beads()) <= 1 and not ctx.others


# ----------------------------------------------------------------------------------
# N003 / N004
# ----------------------------------------------------------------------------------
@rule("N003", "name-missing", "Accuracy/Omission", "critical", artefact="missing-name",
      summary="A proper name of the source sentence has no counterpart in the translation "
              "(in any spelling, inflection or exonym), or a person keeps only the given "
              "name (Angela Merkel ~ Angela: major even in one pair, since no pronoun "
              "explains it). In Thai a name reads back consonant for consonant, an ending said "
              "\"sh\" (Scotia, Patricia) or a French silent -c (Leblanc) either way, and a place by "
              "its Thai name inside a run of Thai (ยุโรป); Hangul hears ch as k or German h (Reich ~ 라이크, Heinrich ~ 하인리히), Cyrillic the old Spanish x as х (Texas ~ Техас), a French name's unsaid final consonant and its ch as ш (Blanchard ~ Бланшар). Not missing: a name compounded with a common head noun in a compounding language, the name kept as a word of its own (Visbyområdet ~ the Visby area); a Turkish word opening a sentence that the article writes in lower case with other stacked endings (Randımandaki … randımanın), or a Turkish title's abbreviation (Doç., Uzm.); the compounds of a hyphen-suspended coordination in a body's name, translated word by word (Tee-, Silla- ja Sadamaameti ~ Road, Bridge and Harbour Board); an acronym in its plural with a small s (LED ~ LEDs), a Cyrillic place adjective whose place the translation "
              "transliterates (Авачинском ~ Awatscha-Fischkombinat; a stem's softened ж or ш the "
              "place's г or х: Онежскому ~ Lake Onega, Рижский ~ Riga; a place in -и, -ы, -е or -је "
              "in a Latin spelling of its own: Лучанските ~ Lučani), an adjective whose place with "
              "the generic word after it is a lexicon entity the translation names (Тихого океана "
              "~ Pacific), a Nordic or Finnish place whose joined generic word the translation "
              "translates (Luleälven ~ the Lule River, Oulujoki ~ the Oulu River), the "
              "generic word ending a place's name where the name proper is kept (Snake River "
              "Canyon ~ kanion rzeki Snake), a compass word compounded with a common noun "
              "where the translation has that compass point (Nordhavnen ~ North Harbour), a "
              "common word of a body's title beside its head noun, or a compound ending in one "
              "(Administrația Aeroportuară ~ Airport Administration, Vagyonkezelő ~ Asset Fund). "
              "A German preposition or adverb opening a sentence (Pro Kopf, Je Kilo: "
              "data/names/lower.de.txt) is no name. "
              "Not missing either: a state's or province's usual abbreviation whose name the "
              "translation writes out (N.S. ~ Nouvelle-Écosse, Calif. ~ Kalifornien, Qld ~ "
              "Queensland: data/names/region_abbrev.*.txt, one file a country; declined word by "
              "word too, Nového Južného Walesu), a compound "
              "of two common words of a compounding language whose head the translation writes "
              "as its own word (Talbus ~ valley bus; opening a sentence or headline too), an Estonian institution's compound "
              "(-keskus, -kassa, -kool, -haigla: data/names/body_head_nouns.txt) translated "
              "alike at its mentions, or, named in full elsewhere, by the lower-case head noun "
              "of its translated name at a short mention (Maksukeskuse ~ the centre). "
              "Nor is: a federation's name before the title of its office or court where the "
              "translation has its word for federal (U.S. District Judge ~ judecătoarea "
              "federală: data/names/federal_words.txt), a title before a person the "
              "translation keeps (Reeve Darlene Kowalchuk ~ 달린 코왈척 구청장: "
              "data/names/title_words.txt), a Cyrillic compass word and place adjective "
              "joined by a hyphen where the translation has the compass point and the place "
              "(Западно-Сибирском ~ West Siberian). No name at all: a German compound of "
              "common words, its first word one of three letters before two more (Nah|wärme|"
              "netz; not Alt|meyer), a Swedish, Danish, "
              "Norwegian or Dutch compound's first part before a conjunction and the compound "
              "that supplies its head (Mark- och miljööverdomstolen), a Polish, Czech or "
              "Slovak participle opening a sentence (Zamawiającym), a Polish verb in the past tense, "
              "first or second person plural, whose third-person form is a Polish word "
              "(Wstydziliśmy ~ wstydzili), a frequent word opening a "
              "sentence that meets a lexicon place only once both their accents are folded "
              "away (Croatian Više, more, is no Visé), or once the place's own letters are, "
              "in a language whose spellings the lexicon does not list (Dutch Elk, each, is no "
              "Ełk), and a word opening a sentence that the article writes in lower case too "
              "(Sap … the sap … more sap: a word of three letters twice, and no given name). "
              "Rendered, not missing: a Greek body's name of a head noun or an acronym and a "
              "place in the genitive, by that place transcribed (Δήμος Αποκορώνου ~ "
              "Apokoronas, ΔΕΥΑ Μαλεβιζίου ~ DEYA Malevizi), the front of a longer English "
              "name whose common words are translated into another script and whose proper "
              "name is transcribed (Cwm Rheidol Steam Railway Trust ~ Траст парової "
              "залізниці Кум-Рейдол); a Ukrainian apostrophe inside a word is part of it "
              "(Г'юз ~ Hughes). "
              "A neighbouring country's exonym of a town counts as its local name (Fiume ~ "
              "Rijeka, Agram ~ Zagreb), a lexicon name with a particle is read whole (Monaco di "
              "Baviera ~ München); Irish-language titles of Irish English (Cathaoirleach, "
              "Taoiseach, Tánaiste) are translated, no names. "
              "In a translation in another script a name is read back from "
              "its transcription (kana, Hangul, Chinese characters; one Latin word as two "
              "Cyrillic ones joined by a hyphen, Portlaoise ~ Порт-Лиише; Irish bh, mh as v, "
              "Siobhán ~ Шивон; several words as one "
              "katakana word, or with the common word before it, Ice Arena ~ アイスアリーナ, "
              "a romanised Japanese word in hiragana; English ph as f in kana, Randolph ~ "
              "ランドルフ; English c before e, i, y as s "
              "and gh unsaid or f, Florence ~ フローレンス, McLaughlin ~ マクラフリン; a p unsaid "
              "between m and s in Hangul, Simpson ~ 심슨, an s voiced between a vowel and m or n as "
              "ㅈ, Disney ~ 디즈니; a place before a compass word whose characters transcribe "
              "sounds too, Cornwall ~ 康沃尔东北部; a hyphenated name as Hangul words "
              "joined by a hyphen, Hamilton-Wentworth ~ 해밀턴-웬트워스; a name after an elided "
              "particle with its consonant, D'Urville ~ デュルヴィル), here or in a "
              "neighbouring sentence; a name of generic words rendered by their characters "
              "(Northern Isles ~ 北部群岛), an ocean or sea by its name in characters (Pacific ~ "
              "太平洋, 태평양: data/names/exonyms.cjk.short.txt), a ship's prefix (MV, HMS), a demonym rendered "
              "with a word for the place's people (Aucklanders ~ 오클랜드 시민들) and a "
              "rendering the translation glosses with the name in brackets elsewhere "
              "(…公司（Harland Marine）) count as rendered. So do a generic geographic word "
              "opening a place's name whose next capitalised word the translation writes, "
              "alone or opening a compound (Val di Non ~ Nonstal, Sierra de la Culebra ~ "
              "Culebra range), and a Turkish body's head noun with a case ending (Genel "
              "Müdürlüğünden) where the translation writes a head noun of its own; a Turkish "
              "place's generic word with its case ending (Konya Ovası'nda, Van Gölü'nde) is "
              "translated where the word before it stands capitalised in the translation. "
              "Czech, Slovak, Croatian and Slovene capitalise a body's head noun only (Fond "
              "rozvoje bydlení ~ Housing Development Fund: data/names/body_heads.txt), a head "
              "translated; a Slavic place in an oblique case is its nominative, a stem's softened "
              "consonant hardened back (iz Vele Luke ~ Vela Luka, v Nové Pace ~ Nová Paka). "
              "Arabic تش reads as ch (رايتشل ~ Rachel), and a German noun frequent abroad only as "
              "a common word of one other language (Folie, French folie) is no name. "
              "Not missing either: a name whose bracketed acronym the translation keeps in its own "
              "script or letter by letter (PMC ~ (पीएमसी), ΟΙΑΚ ~ OIAK), a body's head noun before a "
              "place the translation writes (Општине Ивањица ~ the Ivanjica municipal building), "
              "a place called by a frequent common noun with a capitalised common word of the "
              "translation in its slot (Deal ~ the Hill), a capitalised portfolio word of a Malay or "
              "Indonesian body (Jawatankuasa … Hal Ehwal Wanita), and a frequent word opening a "
              "sentence that meets the lexicon only as a foreign form with an ending (Lithuanian "
              "Vienas, one, is no Viena). "
              "Nor: a Finnish association's words before its small mark ry (rf in Finland Swedish), "
              "the translation writing a head of its own (… Growers' Association); a Finnish -us noun "
              "opening a sentence that the article declines in lower case on -ukse- (Tarkastus … "
              "tarkastuksella); a Finnish compound after a place's genitive in -n whose place the "
              "translation writes with capitalised common words after it (Lahden Marjamarkkinoilla ~ "
              "Lahti Berry Market); and a government called by its generic name where the "
              "translation has its word for one (la Junta ~ the regional government: "
              "data/names/government_words.txt). "
              "A Latin person's name written word by word with middle dots, as many pieces as words and in their order, each read exactly, is there, one-character pieces too (丹·柯比, 玛丽·埃伦·肖, ハンナ・ロウ). "
              "Into Thai an English -dge reads as j and an h inside a name as ฮ (Cambridge ~ เคมบริดจ์, Foxhall ~ ฟอกซ์ฮอลล์), a body's title of common words only is there by one word read back (Alberta Agriculture), and a common word closing a title after and is translated with it (… and Irrigation); a Tagalog generic word before ng and a place the translation keeps (Lawa ng Taal ~ Taal Lake) and an Albanian three-letter name with its definite -t, -n (Vaut ~ Vau) are not missing either. "
              "Nor are: a Romance common noun after a definite article and before \"of\" and a name the translation keeps (les Briqueteries d'Ittre ~ the Ittre brickworks), a word opening a sentence, known at home and to no big language, before a body's name in the genitive (Ratownicy Urzędu Morskiego ~ the Maritime Office's rescuers), a compound of common words whose head's cognate heads a compound of a German translation (Igazságügyminisztérium ~ Justizministerium), a closed compound rendered by two or more title words (Vissersorganisatie ~ Fishermen's Organisation, a cognate among them), and a state's or province's name of several words written in the target's language (New South Wales ~ Nueva Gales del Sur: data/names/region_abbrev.*.txt); a frequent word that meets the lexicon only as a rare place with an ending (Spanish gente ~ Ghent) and a German plural after a figure or a quantifier are no places. Nor missing: a Hungarian body's head with its case ending, or a word before it, where the translation has a head of its own, maybe with a case ending (Gépészeti Centrumnak, Méhészek Szövetségének ~ Weinbauernverbands), a Croatian or Slovene adjective opening a name before its lower-case head (Maslinarska udruga), a Nordic body compound rendered by a Romance head in lower case (l'association des éleveurs), a word of a name linked by short lower-case words in a language with no word list whose other word the translation keeps in a title (Chama cha Ushirika cha Gikanda ~ Gikanda Cooperative Society), a body's acronym dropped where the translation writes the word it puts before that acronym elsewhere (Správa KRKNAP ~ die Parkverwaltung), a Vietnamese administrative abbreviation (UBND, TP), and a German noun after a declined common adjective (in neues Gärhaus). "
              "A Greek or Cyrillic name of one or two consonants is read back by its whole "
              "romanisation, vowels too (Ίος ~ Ios, Ока ~ Oka; a given name alone not), as is a short "
              "place adjective's stem (Тульском ~ Tula) and an Albanian place of two words linked by a "
              "declined article (Afrikës së Jugut ~ South Africa); and no names are a Greek oblique "
              "common noun the word list knows in its nominative in an institution's title (… και "
              "Εξωστρέφειας), a Russian or Ukrainian adjective reaching its body's head or court (суд) "
              "through lower-case adjectives (Девятом окружном военном суде), a Macedonian "
              "or Bulgarian municipality with its article (Общината) and a Dutch or Nordic "
              "compound opening a sentence whose two words the article writes in lower case "
              "(Laxfiskarna … fiskarna … lax). "
              "Rendered too: an Albanian name in another case than the translation's (Korçës, "
              "Korçën ~ Korça, Beratit ~ Berat, Shkodrës ~ Shkodër; into Albanian the other way "
              "round); a Philippine council or government by its generic Tagalog name (Sangguniang "
              "Panlalawigan ~ Provincial Board: data/names/generic_names.txt); a Tagalog body's "
              "common words around a place the translation keeps, its title's common words of "
              "middling frequency (Zipf 3) where a body's head noun closes it (… ng mga Panadero ng "
              "Malabon ~ Malabon Bakers' Association); a Macedonian or Serbian adjective before "
              "the three-letter head суд (Прекршочниот суд ~ Misdemeanour Court); a Ukrainian place "
              "adjective in -ськ-, -цьк- with its own endings, its place in a consonant or in -ця "
              "transliterated, in German or Dutch as an -er adjective (Полтавській ~ Poltawaer); a "
              "German noun the source article writes after an article at two places or more, bare "
              "in a body's name (ein Wiesel … Förderverein Wiesel ~ la asociación de apoyo a la "
              "comadreja); a sea or country whose Central European name declines both words "
              "(Stredozemnom mori, Velké Británii). Read back: a Polish name's sz, cz and w in kana "
              "(Waszak ~ ヴァシャク), and an English th as s in Chinese characters (Thornton ~ 桑顿). "
              "Also present: a Slavic plural place in its genitive plural or another oblique case "
              "whose nominative the translation spells its own way (iz Apeninov ~ the Apennines), "
              "a Slovene, Croatian, Serbian or Bosnian possessive of a surname or a woman called by "
              "it, an r-stem with its j (Zidarjeva ~ Zidar), an Estonian name with its case ending, "
              "the linking i of a foreign name or the partitive -t after a vowel (Sahhalinil ~ "
              "Sakhalin), and a Serbian neuter place in -е in an oblique case, read in Serbian Latin "
              "letters (у Пријепољу ~ Prijepolje). Translated, not missing: an Estonian body "
              "compound rendered alike at its mentions by English title words ending in Board, "
              "Office, Authority, Service, Commission, Committee or Bureau (data/names/"
              "body_head_nouns.txt), a Slavic adjective opening a name before a lower-case faculty, "
              "school, library, hospital, museum, theatre or archive (Шумарског факултета ~ Faculty "
              "of Forestry: data/names/body_heads.txt), and a capitalised word of a Hungarian "
              "event's name before its head (… Fesztivál) where the translation writes an event "
              "head of its own, alone or ending a compound (Gebäckfestival: data/names/event_heads.txt). "
              "Not missing either: a country by its Vietnamese short name, "
              "capitalised after a lower-case word (Britain ~ sang Anh: data/names/short_countries.vi.txt); "
              "a compound of common words rendered as a run of as many capitalised words, each sharing "
              "its first letters with the compound's word (Ringmarked ~ Ring Market); a common word closing "
              "a firm's title after two capitalised words, into Chinese or Japanese characters "
              "(Southern Plains Textiles ~ 南部平原纺织公司); an English place in -cester said -ster, a Greek "
              "γου opening a word read as w, μπ, ντ inside a word as mb, nd (Leicester ~ Λέστερ, Wilton ~ "
              "Γουίλτον, Randhawa ~ Ραντάουα); a French name in katakana heard the French way, -iers as ié, "
              "des- before a consonant as de (Deslauriers ~ デローリエ). "
              "Nor missing: a league's, division's or road's code of Greek or Cyrillic capitals and a "
              "figure written with their Latin look-alikes or transliterations (Α2 ~ A2, В3 ~ B3 or V3; "
              "another figure is another code); a Greek body's head before a lexicon place in the "
              "genitive rendered with the place's exonym (Δήμος Ζακύνθου ~ la municipalité de Zante); a "
              "town hall called by its generic name (Paços do Concelho, Casa Consistorial, Palazzo "
              "Comunale, Hôtel de Ville) where the translation has its word for a town hall, a place "
              "inside the name still written (data/names/town_hall_words.txt). No names: an Afrikaans "
              "word capitalised after the 'n opening a sentence ('n Groot span), a Spanish or Italian "
              "verb opening a sentence with its object pronouns joined on (Vigilarla, Ripararlo), a "
              "Vietnamese syllable opening a sentence that meets a lexicon form only with another tone "
              "mark (bị is no Bỉ, Belgium), and a German noun after a quantifying adjective (zwei "
              "weitere Wiesenbrüter, andere, zahlreiche, verschiedene). "
              "No name either: a Czech adjective opening a sentence before the lower-case noun it "
              "agrees with, a noun by its other cases (-á before a feminine noun in -a, -é before a "
              "neuter one in -o or a verbal noun in -ní: Rašelinová půda, Kapénkové zavlažování; a "
              "surname in -ová before a verb still is one). Rendered: a place by its adjective behind a "
              "prefix of position (sub-, trans-, cis-, circum-, pan-, ultra-: Atlantik ~ "
              "transatlantique), a Brazilian state's two-letter abbreviation by the state's name "
              "(Londrina (PR) ~ Londrina, Paraná: data/names/region_abbrev.br.txt), and, in katakana, "
              "an English or French th heard as t (Thomas ~ トーマス) and a short name's a before one "
              "consonant and a vowel as ei (Bayo ~ ベイヨー); a Greek law's or code's title of common "
              "words (Επενδυτικός Νόμος, Φορολογικός Κώδικας) where the translation has its word for a "
              "law or code, alone or in a compound (Investitionsgesetz, tax code). "
              "No name either: a Russian, Ukrainian or Belarusian adjective opening a sentence or "
              "headline before a lower-case noun it agrees with, a noun by two other case forms the "
              "word list knows (Пчеловодное товарищество, Бортническая артель); a Swahili adjective "
              "inside a body's or place's name (Kuu, Ndogo, Mpya, Maalum: Barabara Kuu ~ Main Road); "
              "a German noun that meets the exonym lexicon only with an ending, listed beside a plain "
              "noun (Hühner, Enten und Ganter). Rendered: a Cyrillic place adjective whose place "
              "English and the Romance languages spell from Latin, c for к (Киликийского ~ Cilician); "
              "a Cyrillic place in the plural, maybe after a compass adjective whose point the "
              "translation has, by a Latin plural of its romanised stem, a first r maybe rh "
              "(Карпатах ~ Karpaten, Южните Карпати ~ Südlichen Karpaten, Рагопите ~ Rhagopes); a "
              "Nordic compound of a place and a head noun in its definite form (a long head a little "
              "rarer too: Hanölaboratoriet ~ le laboratoire de Hanö), the place kept, its Nordic "
              "letters maybe written plain and with a plural s (Ærøhavet ~ the Aeroe Sea); a closed "
              "compound body's name with its acronym in brackets, where the translation adds one "
              "acronym in brackets that its title words before it spell (Visserykommissie (VK) ~ "
              "Fisheries Commission (FC)); a body's head noun before a linking word and the body's "
              "own word, which the translation keeps after a head noun of its own language "
              "(Institut for Bioscience ~ département de bioscience). No name either: a number "
              "word or a compound adjective made of one, opening a sentence (Czech Dvaašedesátiletý, "
              "sixty-two-year-old; Croatian Pedesetogodišnji), the numbers' business; a Greek "
              "adjective in -ής in its genitive or plural (… του Ευγενούς ~ the Noble); the place "
              "word of a common noun other languages say without the place, its head in lower "
              "case after it (Norway spruce ~ Fichten, Brussels sprouts ~ Rosenkohl: "
              "data/names/place_common_nouns.txt). Rendered: a Czech or Slovak surname in its "
              "dative in -ovi, Polish -owi, without its nominative's fleeting vowel (Hájkovi ~ "
              "Hájek, Wróblowi ~ Wróbel); a Greek body's name (a cooperative, programme, "
              "organisation, network, laboratory …) closed by a place in the genitive, by that "
              "place's nominative in Latin letters, the target's ending maybe for its last vowel, "
              "in a compounding language maybe joined to the compass point before it (Οργάνωση "
              "Αλιέων Νάξου ~ Naxos, … Δυτικής Θεσσαλίας ~ Westthessalien); a company whose legal "
              "form the translation writes out in another script (Ltd ~ Лимитед), by its "
              "other words read back; the Sun and the planets by their names in Korean, Chinese "
              "or Japanese characters (Saturn ~ 토성, 土星: data/names/exonyms.cjk.short.txt)."
              " Out of Finnish into Swedish or back, a place the sentence names in the other national language, its generic part in that language's own word (Kuninkaankartano ~ Kungsgården, Myllysaari ~ Kvarnholmen: data/names/place_generics.fi-sv.tsv), is rendered."
              " Nor lost: a Finnish participle or adjective opening a sentence in the case and number of the lower-case noun after it (Kalkituissa järvissä ~ in the limed lakes); a lexicon form that is a common word of the source's language, which writes the place otherwise (Finnish Asia, a matter, Latvian Viena, one: data/names/exonyms.not.txt); a body's head noun of a language that capitalises a name's first word only, by an opening of seven letters or more, in a case the word list lacks (Croatian Veleučilištem u …), and a court (sud, in its cases) after its adjective (data/names/body_heads.txt); an English place of a generic word and a name of two consonants, the generic word translated and the name spelled out letter for letter in Greek or Cyrillic (Otaki Beach ~ παραλία του Οτάκι); an English compound name of five consonants or more written as two Urdu or Persian words (Stonebridge ~ اسٹون برج); in Chinese an m before b or p written with a character in -n (Kemp ~ 肯普), a French final x after two vowels unsaid (Bordeaux ~ 波尔多), the -mouth of English towns as 茅斯."
              " Nor missing: a Swedish, Danish or Norwegian common noun in its definite singular opening a sentence, its bare form a word of the language at least as frequent and neither used abroad (Avskrivningen ~ the write-off); a frequent Vietnamese syllable opening a sentence with a tone mark where the lexicon's form of a place has a plain letter; a body's head noun in a language with no word list, alone or in its plural (Swahili Vituo), where the translation writes a head noun of its own, and a capitalised word beside such a head across one linking word (Vituo vya Afya ~ Health Centres), and, as in every language, a capital chained to the head across linking words; an acronym of a kind of thing written before a lower-case common word at every mention (a PQR test, the PQR certificate) that the translation writes nowhere: minor at its first mention, nothing at the others. Read back: a Polish transliteration of a Ukrainian or Russian name, cz for ч, c for ц and ch for х in one word (Kaczynce ~ Качинці). Translated: a Vietnamese body's name opening with its head (hạt, a district station: data/names/body_heads.syllabic.txt), a head alone before the syllable for its chief (Đài trưởng), and a Cyrillic descriptive name of police (an adjective before полиция, поліція: data/names/body_heads.txt)."
              " No name either: a word of the language's commonest few hundred (Zipf 6) opening a sentence that meets the lexicon only once a form's own letters are folded away (Romanian Au, an auxiliary, as a Vietnamese word for a continent), nor the Greek weekend and the days' plurals, capitalised as the days are (Σαββατοκύριακο, Κυριακές: data/names/stop.el.txt). Read back: in katakana an English -re after a vowel, a b unsaid after m and an s voiced between d, m, n and a closing -ey (Ashmore ~ アシュモア, Holcombe ~ ホルコム, Ramsey ~ ラムジー), Vale by the characters for a valley (渓谷, 溪谷); into Thai a ch said k (Dordrecht ~ ดอร์เดรคต์) and, beside a name word read back, a generic place word Thai translates (Carron Loch ~ ทะเลสาบแคร์รอน: data/names/generic_kanji.txt); a Ukrainian place in -ка, -га, -ха in its dative or locative -ці, -зі, -сі, by its nominative (у Вербівці ~ Verbivka), either way; and an English landmark's generic word (Castle, Abbey, Cathedral, Palace, Priory, Forest, Moor, Vale, Loch) translated into another script beside its name transcribed (Kelmscott Castle ~ замъка Келмскот); a name whose acronym in another script the translation keeps transliterated without brackets too (… (ΕΟΠΦ) ~ the Greek agency EOPF); and no name either, a word opening a sentence that is a rarer word of the word list (Zipf 2) and a frequent head (Zipf 3.5) written as one, known to no other big language (Kiezelmonsters, gravel samples)."
              " Not missing either: a word of a body's name where the translation writes its head after an elided article (l'Association, dell'Associazione); a Danish or Norwegian noun in its definite plural opening a sentence (Tømrerne, the carpenters); a Nordic compound in its definite form whose bare head ends a compound of the translation, its first part maybe two words joined by a linking -e- (Hestesportregisteret ~ Pferdesportregister); a rare head noun of a body alone, rendered by the translation's head (Viceconsejería ~ the Regional Department); a value added tax by its acronym (DDV, IVA ~ VAT, Mehrwertsteuer, in a German compound too: data/names/exonyms.txt); in a language with no word list, a name of common words chained by short linking words, translated as a title of as many frequent words in its slot (Mali i Bardhë ~ White Mountain); a person's title alone before the name (Bb. ~ Ms.: data/names/title_words.txt); and a name in a Finnish case after a linking i (Hebden ~ Hebdenissä).",
      why="A dropped name changes who did what: the reader cannot tell it is missing. MT "
          "systems drop or hallucinate away names more often than other words.",
      fail=("Schon beim ersten Turnier hatte Werth alle vier Prüfungen gewonnen.",
            "Had already won all four tests at the first tournament."),
      ok=("Schon beim ersten Turnier hatte Werth alle vier Prüfungen gewonnen.",
          "At the first tournament, Werth had already won all four tests."),
      needs_source=True)
def name_missing(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    sl, tl = _langs(ctx)
    pair = _is_pair(ctx)
    for bn in bead_names(ctx):
        if bn.missing and _garbled(bn.tgt.text):
            continue  # a name garbled by mojibake cannot be found, only S013 can say why
        latin = _mostly_latin(bn.tgt.text) if bn.missing else True
        eye: list[tuple[Name, list, Severity]] = []
        for g in bn.missing:
            if _in_dateline(g, bn.src.text):
                continue
            if not pair and g.key in _renamed_places(ctx):
                continue  # a lexicon place's other name, rendered by the place throughout
            conf = bn.conf.get(id(g), 1)
            if conf == _SURNAME_DROPPED:
                # no pronoun either: the person is still named, by the given name alone
                ev = [ctx.evidence(ctx.source, text=bn.src.text, note=f"source names {g.text}")]
                if not pair:
                    pev = _document_evidence(ctx, bn, g, tl)
                    if pev is None:
                        continue  # the whole name in a neighbouring sentence: alignment slack
                    ev += pev
                s, e = bn.tgt.whole
                yield ctx.flag(s, e, f"“{g.text}” (source) keeps only its given name "
                               f"“{g.parts[0].text}” in the translation: the surname "
                               f"“{g.parts[-1].text}” is missing",
                               evidence=ev, suggestion=None,
                               severity=_severity_cap(ctx, Severity.MAJOR))
                continue
            if _cjk_swap(ctx, bn, g, tl) is not None or _zh_name_swap(ctx, bn, g, tl) is not None:
                continue  # another place of its kind in its stead (N004's)
            if _name_compound_kept(g, bn.tgt.text, sl):
                continue  # Visbyområdet ~ the Visby area: the name kept, the head noun
                # compounded to it translated
            if _compound_words_rendered(g, bn.tgt.text, sl, tl):
                continue  # Weinmarkt ~ Wine Market: a compound of common words rendered
                # word by word, each a cognate, as a name of capitalised words
            if _compound_head_rendered(g, bn.tgt.text, sl, tl) or _compound_of_article_words(g, ctx.source.text, sl):
                continue  # Talbus ~ valley bus: a compound of common words, its head
                # kept as the translation's own word: a common noun translated
            if _federal_office_rendered(g, bn.src.text, bn.tgt.text, tl):
                continue  # U.S. District Judge ~ judecătoarea federală: the federation
                # rendered by its office's federal title
            if _region_abbreviation_rendered(g, bn.tgt.text) or _region_name_rendered(g, bn.src.text, bn.tgt.text):
                continue  # a state's or province's abbreviation written out (N.S. ~
                # Nouvelle-Écosse, Calif. ~ Kalifornien), or its name in the target's
                # language: the place, rendered
            if _fi_sv_generic_name(g, bn.tgt.text, tl, sl):
                continue  # Naantalin satama ~ Nådendals hamn: a Finnish place's other
                # name, its generic in the other language
            if _saint_rendered(g, bn.src.text, bn.tgt.text, sl, tl):
                continue  # a saint's name in the translation's own form (san Matteo ~ der
                # heilige Matthäus): rendered, not lost
            if _body_name_translated(g, bn.src.text, bn.tgt.text, sl, tl) \
                    or _head_before_kept_name(g, bn.src.text, bn.tgt.text, sl, tl) \
                    or _linked_run_translated(g, bn.src.text, bn.tgt.text, sl, tl) \
                    or _linked_name_translated_whole(g, bn.src.text, bn.tgt.text, sl, tl) \
                    or _event_name_translated(g, bn.src.text, bn.tgt.text, sl, tl):
                continue  # a common word of a body's name, translated with its head noun
                # (Asociația Crescătorilor ~ Verband der Züchter): not lost
            if _common_compound_after_genitive(g, bn.src.text, bn.tgt.text, sl) \
                    or _fi_compound_after_genitive(g, bn.src.text, bn.tgt.text, sl, tl):
                continue  # a place's genitive and a compound of common
                # words (Roskilde Dyrehave, Bornholms Dyrepark ~ le parc animalier de
                # Bornholm): the place kept, the common words translated
            if _relational_adjective_kept(g, bn.src.text, bn.tgt.text, sl, tl):
                continue  # Alarm Smogowy ~ Smog Alert: a Polish or Czech adjective made from
                # a noun the translation writes as the name's word: rendered, not lost
            if _generic_name_rendered(g, bn.tgt.text):
                continue  # City Hall ~ l'hôtel de ville: a generic place's name in common words
            if _headed_body_translated(g, bn.tgt.text, sl, tl) or _rare_body_head(g, bn.src.text, sl):
                continue  # a body's generic name with its head noun (Tribunal Superior ~
                # Oberster Gerichtshof): translated with its head, not lost
            if _institution_words(g, bn.src.text, sl) or _el_field_of_post(g, bn.src.text, sl) \
                    or _el_head_alone(g, ctx.source.text, sl) or _el_body_translated(g, bn.tgt.text, sl, tl) \
                    or _el_law_translated(g, bn.tgt.text, sl, tl):
                continue  # common words of an institution's name, which Greek capitalises
                # (υπουργείο Αγροτικής Ανάπτυξης και Τροφίμων ~ Ministry of Rural
                # Development and Food): translated, not lost
            if _possessive_adjective(g, bn.src.text, sl):
                conf = 0  # a Slavic adjective made from a surname (po Rihterovoj skali):
                # often rendered without the person (a magnitude 5.1 earthquake)
            if _government_rendered(g, bn.tgt.text, sl, tl, bn.src.text):
                continue  # la Junta ~ the regional government: a government called by its
                # generic name, rendered by the translation's word for it
            if _town_hall_rendered(g, bn.src.text, bn.tgt.text, sl, tl):
                continue  # os Paços do Concelho ~ the town hall: a town hall called by its
                # generic name, rendered by the translation's word for one
            if _country_referred(g, bn.tgt.text, tl):
                continue  # "the country" or "nationwide" stands for it (di seluruh Indonesia
                # ~ landesweit): referred to, not lost
            if _kept_in_latin(g, bn.tgt.text):
                continue  # written as in the source inside a token (256GB ~ 256GB 모델)
            if not pair and _glossed_rendering(ctx.target.text, g.text, bn.tgt.text):
                continue  # rendered as where the translation glosses it in Latin letters
                # (哈兰海事公司（Harland Marine） … later 哈兰海事公司): not lost
            if _portfolio_word(g, bn.src.text, sl) or (
                    _portfolio_of_body(g, bn.src.text, sl) and not shortfall(bn.src.text, bn.tgt.text, sl, tl)):
                continue  # a title word in a list of capitalised common words (Minister van
                # Landbouw, Visserij, Voedselzekerheid en Natuur): a portfolio translated
            if _cs_adjective_before_noun(bn.src.text, g, sl) or _ru_adjective_before_noun(bn.src.text, g, sl) \
                    or _fi_attribute_before_noun(bn.src.text, g, sl):
                continue  # a Czech adjective opening a sentence before the noun it agrees
                # with (Mlžná clona …): the phrase's first word, no surname
            if _common_opening(ctx.source.text, g, sl):
                continue  # an inflected common word opening a sentence (Teretnim vozilima,
                # Susilaumojen määrä): the word list lacks the form, no name is lost
            if _designation_kept(g, bn.src.text, bn.tgt.text):
                continue  # a model designation, its letters transliterated (Бе-200 ~ Be-200)
            if _acronym_rendered(g, bn.tgt.text) or _acronym_localised(g, bn.src.text, bn.tgt.text) \
                    or _acronym_compounded(g, bn.tgt.text, tl) or _owned_acronym(g, bn.src.text, sl) \
                    or _named_place_kept(g, bn.tgt.text, sl) or _first_word_of_title(g, bn.src.text, sl) \
                    or _suffixed_common_word(g, sl) or _el_body(g, sl):
                conf = 0  # an acronym said in words that start with its letters (TER ~ trenes
                # regionales), or the target language's own acronym for the body (FEADER ~
                # ELER, OTAN ~ NATO): maybe its meaning rendered, for the reader to check
            if _plural_abbreviation_kept(g, bn.src.text, bn.tgt.text):
                continue  # a Spanish plural abbreviation written in pieces (FF. AA.) and
                # joined in the translation (FFAA): kept, not lost
            if _bracket_acronym_kept(g, bn.src.text, bn.tgt.text) \
                    or _bracket_acronym_translated(g, bn.src.text, bn.tgt.text):
                continue  # the name's acronym in brackets is kept (… Tuinbouworganisatie
                # (ZLTO) ~ … Gartenbauverbands ZLTO): the name itself was translated
            if _place_qualifier(g, bn.src.text, bn.tgt.text) or _metonym_kept(g, bn.tgt.text, tl, sl):
                # "Davos, Switzerland" -> in Davos: the place itself is kept;
                # "Moscow's assent" -> mit russischer Zustimmung: the government is
                conf = 0
            unread = not latin and (g.text.isascii() or _script(g.text) != _script(bn.tgt.text))
            if unread:
                # written in the target's own script (课励彼, Βισμπάντεν ~ ヴィースバーデン),
                # which mtcheck cannot read back
                conf = 0
            if _is_entity(g) and tl not in _LEXICON_LANGS and _may_add(bn.src.text, bn.tgt.text, tl):
                # a place the exonym lexicon cannot spell in this language, and the
                # translation has a capitalised word the source lacks: likely its name
                # there (Wenen, Wiedniu, Almanya)
                conf = 0
            if pair:
                # one sentence pair is weak evidence: translators turn names into pronouns
                # ("the country"); a sure name missing from a translation that is also
                # markedly shorter than expected was dropped with its clause
                # (the length test only when it decides: most beads miss no name)
                conf = 2 if (conf == 2 and shortfall(bn.src.text, bn.tgt.text, sl, tl)) else 0
            if conf == 2 and not has_freq(sl):
                # no word list for the source language (Swahili, Estonian): mtcheck cannot
                # tell a name from an ordinary word of a translated name (Hifadhi ya Taifa ~
                # National Park, Statistikaamet ~ Statistics Estonia); major at most
                conf = 1
            if conf and not has_freq(sl) and len(g.parts) >= 2 and _TITLE_RUN.search(bn.tgt.text):
                # ... and a name of several words where the translation has a run of
                # capitalised words: most likely the name translated (Andmekaitse
                # Inspektsioon ~ Data Protection Inspectorate): minor
                conf = 0
            sev = _severity_cap(ctx, _CONF_SEVERITY[conf])
            ev = [ctx.evidence(ctx.source, text=bn.src.text, note=f"source names {g.text}")]
            if not pair:
                pev = _document_evidence(ctx, bn, g, tl)
                if pev is None:
                    continue
                ev += pev
                if _in_document(ctx, g, tl):
                    sev = min(sev, Severity.MAJOR)  # maybe a pronoun here
                if _body_run_swapped(ctx, bn, g, sl, tl) is not None:
                    continue  # N004's: another body's name at this mention
                if _body_compound_rendered_alike(ctx, g, bn.tgt.text, sl, tl):
                    continue  # Väyläviraston ~ the Finnish Transport Infrastructure Agency,
                    # rendered alike at every mention: translated, not lost
                if _body_short_mention(ctx, bn, g, sl) or _acronym_short_mention(ctx, bn, g):
                    continue  # Maksukeskuse (Harjumaa Maksukeskus elsewhere) ~ the centre:
                    # a short mention of a body, rendered by its head noun
                if _classifier_acronym_rendered(ctx, g):
                    # an acronym of a kind of thing before a common noun at every mention (a
                    # PQR test), which the translation renders by words throughout: one minor
                    # finding at its first mention, for the reader to check, none at the others
                    if not _first_mention(ctx, bn, g):
                        continue
                    sev = min(sev, Severity.MINOR)
                if _written_lower(ctx, g):
                    continue  # the article writes the word in lower case too: a common noun
                    # that opens a sentence (Malaria kills … beside "new malaria vaccine")
                if _de_noun_with_article(ctx, g):
                    continue  # a German noun the article writes after an article elsewhere
                    # (ein Dachs … der Dachs): a common noun where it stands bare too
                if _lone_opening(ctx, g) and not has_freq(sl) and len(g.parts) == 1:
                    continue  # no word list at all (Estonian, Tagalog): a verb or adverb
                    # opening a sentence (Kui, Dinala) looks no different from a name
                if _lone_opening(ctx, g):
                    # a word the word list lacks that opens a sentence and is nowhere else
                    # in the article: as likely an inflected common word (Besparelserne,
                    # Contracandidatul) as a name, which an article names more than once
                    sev = Severity.MINOR
            s, e = bn.tgt.whole
            tscript = _script(bn.tgt.text)
            if unread and tscript == "THAI" and (_thai_read_back(g, bn.tgt.text)
                                                 or _thai_exonym_present(g, bn.tgt.text)
                                                 or _title_tail_word(g, bn.src.text)):
                continue  # its words transcribed into Thai (Lim Boon Keat ~ ลิม บุน คีต), or
                # a place by its Thai name (Europe ~ ยุโรป)
            if unread and tl == "zh" and _title_tail_word(g, bn.src.text, runs=True):
                continue  # a common word closing a firm's title (Northern Coast Timber), the
                # title translated word by word into characters
            if unread and sev <= Severity.MINOR and (tscript in _UNREAD_SCRIPTS or (
                    tscript == "HANGUL" and not (_mostly_latin(g.text) and _korean_romanised(g.text, sl)))):
                # (Hangul read back finds most names, but a name it does not find is sure to
                # be missing only when romanised Korean: Keir Starmer ~ 키어 스타머 loses its
                # r's, and Cyrillic or Greek names (Маниле ~ 마닐라) are not read against it)
                eye.append((g, ev, sev))  # (one finding for the sentence: see below)
                continue
            yield ctx.flag(s, e, f"“{_whole_text(g, bn.src.text)}” (source) is missing from the translation",
                           evidence=ev, suggestion=None, severity=sev)
        if eye:
            # the names of a sentence that mtcheck cannot look for in the translation's
            # script: one finding telling the reader where to check by eye, not one a name
            s, e = bn.tgt.whole
            eye.sort(key=lambda x: x[0].start)
            said = ", ".join(f"“{_whole_text(g, bn.src.text)}”" for g, _, _ in eye)
            one = len(eye) == 1
            yield ctx.flag(s, e, f"{said} (source) {'is' if one else 'are'} not found in the translation, "
                           f"which writes names in a script mtcheck does not read back (check by eye)",
                           evidence=[x for _, ev, _ in eye for x in ev], suggestion=None,
                           severity=max(sev for _, _, sev in eye))


@lru_cache(maxsize=1)
def _saint_words() -> dict[str, frozenset[str]]:
    """data/names/saint_words.txt: language -> folded words for "saint" (san, heiligen, św)."""
    return {lang: words for lang, (words, _) in _lang_word_table("saint_words.txt").items()}


_SAINT_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \u00a0]+$")
_SAINT_AND_NAME = re.compile(r"(?<![\w])([^\W\d_]+)(?=\.?[ \u00a0]+([^\W\d_][\w'’-]*))")


def _saint_rendered(g: Name, src: str, tgt: str, sl: str | None, tl: str | None) -> bool:
    """Is one-word source name ``g`` a saint's name after a word for "saint" (san
    Matteo, saint Barthélemy), where the translation writes its own word for "saint"
    before a capitalised word of the same first letter (des heiligen Matthäus, Saint
    Bartholomew)?  The languages write the saints' names each their own way."""
    words = _saint_words()
    sw, tw = words.get(sl or ""), words.get(tl or "")
    if not sw or not tw or g.parts[-1].acronym:
        return False
    if len(g.parts) == 2 and fold(g.parts[0].text) in sw:
        pass  # the word for "saint" inside the name (Свети Наум, Άγιος Νικόλαος)
    elif len(g.parts) != 1:
        return False
    else:
        m = _SAINT_BEFORE.search(src, max(0, g.start - 30), g.start)
        if m is None or fold(m.group(1)) not in sw:
            return False
    # (first letters compared in Latin letters: Наум ~ St Naum, Νικόλαος ~ Saint Nicholas)
    first = fold(g.parts[-1].text).translate(_TO_LATIN)[:1]
    for t in _SAINT_AND_NAME.finditer(tgt):
        if fold(t.group(1)) in tw and t.group(2)[:1].isupper() \
                and _saint_initials(fold(t.group(2)).translate(_TO_LATIN)[:1], first):
            return True
    return False


def _saint_of_source(t: Name, src: str, sl: str | None, tl: str | None, tgt_text: str = "") -> bool:
    """Is target group ``t`` a word for "saint" and a name (Saint Naum, Sankt Nikolaus)
    where the source has its own word for "saint" before a capitalised word of the same
    first letter (Свети Наум, Αγίου Νικολάου), or, a vowel or glide opening both, another
    (Св. Илия ~ St Elijah: the word for "saint" may stand outside the group ``t``, just
    before it in ``tgt_text``): the saint in the translation's form?"""
    words = _saint_words()
    sw, tw = words.get(sl or ""), words.get(tl or "")
    if not sw or not tw or t.parts[-1].acronym:
        return False
    if len(t.parts) == 1:
        # the word for "saint" before the name, left out of it (St Elijah, Saint-Élie)
        m = _SAINT_BEFORE.search(tgt_text, max(0, t.start - 30), t.start) if tgt_text else None
        if m is None or fold(m.group(1)) not in tw:
            return False
    elif len(t.parts) != 2 or fold(t.parts[0].text) not in tw:
        return False
    first = fold(t.parts[-1].text).translate(_TO_LATIN)[:1]
    return any(fold(m.group(1)) in sw and m.group(2)[:1].isupper()
               and _saint_initials(fold(m.group(2)).translate(_TO_LATIN)[:1], first)
               for m in _SAINT_AND_NAME.finditer(src))


# a saint's name opening with a vowel or a glide is spelled with another one in another
# language (Илия ~ Elijah, Ilie ~ Elias, Иоанн ~ John, Iakovos ~ Jacob)
_SAINT_OPEN_VOWELS = frozenset("aeiouyj")


def _saint_initials(a: str, b: str) -> bool:
    """Do two first letters (in Latin letters) open the same saint's name in two languages:
    the same letter, or each a vowel or glide?"""
    return a == b or (a in _SAINT_OPEN_VOWELS and b in _SAINT_OPEN_VOWELS)


def _generic_word_translated(g: Name, t: Name, sl: str | None, tl: str | None) -> bool:
    """Does ``t`` keep the rarest word of source name ``g`` (the name proper), while the
    words of ``g`` it lacks are common words of the source language that the target
    language uses far less (Honister Pass ~ Honister Geçidi; not Bethnal Green ~ Bethnal
    Capitals: an English target keeps "Green")?"""
    if len(g.parts) < 2:
        return False
    tf = {p.fold for p in t.parts}
    if not has_freq(sl) and has_freq(tl):
        return _generic_words_translated_unlisted(g, t, tf, tl)
    rarest = min(g.parts, key=lambda p: p.zipf)
    if rarest.fold not in tf or rarest.zipf >= 3.0 or any(
            (p.low or p.text.lower()) in _given_names() for p in g.parts):
        return False  # (a person's name: Anna Keller ~ Anna Müller is a swap)
    rest = [p for p in g.parts if p.fold not in tf]
    gf = {p.fold for p in g.parts}
    if len(t.parts) == len(g.parts) and any(
            zipf(w := p.low or p.text.lower(), tl) < 3.5 and zipf(w, sl) >= zipf(w, tl)
            for p in t.parts if p.fold not in gf):
        return False  # the word in its stead is no common word of the target language but
        # one of the source's (Laia Campos ~ Laia Moreno): a surname put for a surname that
        # happens to be a word, not a generic word translated
    return bool(rest) and all(zipf(w := p.low or p.text.lower(), sl) >= 3.5
                              and zipf(w, sl) - zipf(w, tl) >= 1.0 for p in rest)


@lru_cache(maxsize=1)
def _generic_place_words() -> dict[str, frozenset[str]]:
    """Language -> the generic words of places' names it writes beside the name proper
    (folded): data/names/generic_place_tails.txt, generic_place_heads.txt,
    street_heads.txt and generic_urban_words.txt together (street, lake, Caddesi, Gölü)."""
    out: dict[str, set[str]] = {}
    for name in ("generic_place_tails.txt", "generic_place_heads.txt", "street_heads.txt",
                 "generic_urban_words.txt"):
        for lang, words in _lang_lists(name).items():
            out.setdefault(lang, set()).update(fold(w) for w in words)
    return {k: frozenset(v) for k, v in out.items()}


def _generic_place_word_translated(g: Name, t: Name, sl: str | None, tl: str | None) -> bool:
    """Is ``t`` source name ``g`` with its one generic place word (data:
    ``_generic_place_words``: Street, Lake, Square) written as a generic place word of the
    target language, every other word of ``g`` kept (Elm Street ~ Elm Caddesi'nde, Lake
    Ontario ~ Ontario Gölü, Union Square ~ Union-Platz)?  However common the name proper
    (_generic_word_translated asks for a rare one), that is the name rendered."""
    gen = _generic_place_words()
    sw, tw = gen.get(norm_lang(sl) or ""), gen.get(norm_lang(tl) or "")
    if not sw or not tw or len(g.parts) < 2 or len(t.parts) != len(g.parts) \
            or any(p.acronym for p in g.parts) or any(p.acronym for p in t.parts):
        return False
    strip = norm_lang(tl) in ("tr", "az")

    def tkey(p: Part) -> str:
        return _TR_CASE_ENDING.sub("", p.fold) if strip else p.fold

    tf = [tkey(p) for p in t.parts]
    gf = [p.fold for p in g.parts]
    lost = [f for f in gf if f not in tf]
    new = [f for f in tf if f not in gf]
    return len(lost) == 1 and len(new) == 1 and lost[0] in sw and new[0] in tw \
        and all(f in sw or len(f) >= 3 for f in gf)


def _generic_words_translated_unlisted(g: Name, t: Name, tf: set[str], tl: str | None) -> bool:
    """``_generic_word_translated`` for a source language with no word list (Afrikaans,
    Swahili, Estonian), where the source's words cannot be told common: ``t`` keeps a word
    of source name ``g`` (Stellenbosch Wynroete ~ Stellenbosch Wine Routes, Rustenhof
    Landgoed ~ Rustenhof Estate) and writes in place of the others at most three words, all
    common words of the target language (Zipf >= 4) and no given name; ``g`` has no given
    name (Anna Keller ~ Anna Young is a person swapped) nor acronym."""
    if any(p.acronym or (p.low or p.text.lower()) in _given_names() for p in g.parts):
        return False
    gf = {p.fold for p in g.parts}
    kept = [p for p in g.parts if p.fold in tf]
    new = [p for p in t.parts if p.fold not in gf]
    if not kept or len(kept) == len(g.parts) or not new or len(new) > 3:
        return False
    return all(not p.acronym and (w := p.low or p.text.lower()) not in _given_names()
               and zipf(w, tl) >= 4.0 for p in new)


def _institution_title_translated(g: Name, t: Name, sl: str | None, tl: str | None) -> bool:
    """Is source name ``g`` a place or a name proper kept in ``t`` and, for the rest, one
    word that is a compound ending in the head noun of an institution's title
    (data/names/body_head_nouns.txt: Estonian Kutseharidus|keskus, Töötu|kassa, Hungarian
    Föld|hivatal), where ``t`` writes for it up to four capitalised common words of the
    target language (Zipf >= 3), no given name among them (Pärnu Kutsehariduskeskus ~
    Pärnu Vocational Education Centre)?  The institution's title translated, the place kept."""
    if len(g.parts) < 2 or any(p.acronym for p in g.parts) or any(p.acronym for p in t.parts):
        return False
    tf = {p.fold for p in t.parts}
    gf = {p.fold for p in g.parts}
    kept = [p for p in g.parts if p.fold in tf]
    lost = [p for p in g.parts if p.fold not in tf]
    new = [p for p in t.parts if p.fold not in gf]
    if not kept or len(lost) != 1 or not new or len(new) > 4:
        return False
    if not (_head_compound(lost[0].text, sl) or _body_head(lost[0].text, sl, compound=True)):
        return False
    return all((w := p.low or p.text.lower()) not in _given_names() and not p.classes
               and zipf(w, tl) >= 3.0 for p in new)


def _other_place_for_place(ctx: CheckContext, g: Name, t: Name) -> bool:
    """Doc mode: is ``t`` a lexicon place that no version of the article names, put for
    source place ``g``, another and unrelated one (Чернігова ~ Chernivtsi, Chernihiv
    named in the sentence before)?  The source's place nearby is then no alignment slack."""
    a, b = _group_classes(g), _group_classes(t)
    if not a or not b or a & b or not (a & _EXO_PLACES) or not (b & _EXO_PLACES) \
            or any(related_entities(x, y) for x in a for y in b):
        return False
    docs = [(ctx.source, _langs(ctx)[0])] + [(d, norm_lang(d.lang)) for d in ctx.others]
    return not any(Counter(m[0] for m in place_mentions(d.text, lang, None))[y]
                   for d, lang in docs for y in b)


def _half_swapped(ctx: CheckContext, g: Name, t: Name) -> bool:
    """Doc mode: is ``t`` source name ``g`` with one of its words replaced by a word that no
    version of the article has (Paolo Mancuso ~ Paolo Ricci), a lone surname put for a
    lone surname (Ferreira ~ Pereira), or a lone place for a place of up to three words
    (Matosinhos ~ Viana do Castelo)?  The source name in a neighbouring sentence (…
    Mancuso told reporters) is then no alignment slack: this sentence names someone else."""
    gf = {p.fold for p in g.parts}
    tf = [p.fold for p in t.parts]
    if _other_place_for_place(ctx, g, t):
        return True
    if len(g.parts) == 1 and len(tf) <= 3:
        # a lone surname for a lone surname, both in the source's Latin script (… said
        # Ferreira ~ … Pereira said, "Joaquim Ferreira" in the sentence before): a
        # transliteration or an exonym would be in another script or in the lexicon; a
        # lone place for a place of up to three words (… in Viana do Castelo), the
        # source's place named in the next sentence of both
        if g.classes or t.classes or not (_mostly_latin(g.text) and _mostly_latin(t.text)) \
                or len(tf[0]) < 4 or (len(tf) > 1 and any(p.acronym for p in t.parts)):
            return False
    elif len(g.parts) < 2 or len(tf) < 2 or gf.isdisjoint(tf):
        return False
    # (a word of three letters only as the last of a name whose other words are the
    # source's, in order: a Vietnamese given name, Trần Thị Mai ~ Trần Thị Hương; it must
    # then be absent as a whole word, not as the start of one)
    slot = len(tf) == len(g.parts) and tf[:-1] == [p.fold for p in g.parts[:-1]]
    new = [f for f in tf if f not in gf and (len(tf) == 1 or len(f) >= 4
                                             or (slot and len(f) == 3 and f == tf[-1]))]
    if not new:
        return False
    texts = ctx.cached("names.folded_versions",
                       lambda: [fold(ctx.source.text)] + [fold(d.text) for d in ctx.others])
    return all(re.search(rf"(?<!\w){re.escape(f)}" + (r"(?!\w)" if len(f) == 3 else ""), x) is None
               for f in new for x in texts)


def _company_core_in_other_script(g: Name, tgt: str) -> bool:
    """Is Latin-script company name ``g`` closed by legal forms (Ltd, Pvt Ltd, Inc) in
    ``tgt`` by its words before them, transcribed into another script, where the
    translation writes the legal form out (Harbinger Textiles Ltd ~ Харбингер Текстайлс
    Лимитед)?  The form is said in full, which no read-back of its abbreviation meets;
    the name is there."""
    k = len(g.parts)
    while k > 1 and fold(g.parts[k - 1].text.replace(".", "")) in _legal_forms():
        k -= 1
    if k == len(g.parts) or not _mostly_latin(g.text) or _mostly_latin(tgt):
        return False
    return present_in_other_script(" ".join(p.text for p in g.parts[:k]), tgt)


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """data/names/legal_forms.txt: companies' legal-form designations (AG, SA, GmbH, Oy),
    folded without their dots."""
    return frozenset(fold(w.replace(".", "")) for w in (_NAMES_DATA / "legal_forms.txt")
                     .read_text(encoding="utf-8").split("\n") if w.strip() and not w.startswith("#"))


_LEGAL_FORM_NEXT = re.compile(r"[ \u00a0]+([^\W\d_][\w.]*)")


def _company_only(text: str, form: str) -> bool:
    """Does ``form`` stand in ``text`` (as a whole word) only right before a company's
    legal form (Kalatek Oy, Nordtrans AB: data/names/legal_forms.txt)?  A company's name."""
    hits = 0
    for m in re.finditer(r"(?<![^\W\d_])" + re.escape(form) + r"(?![^\W\d_])", text):
        n = _LEGAL_FORM_NEXT.match(text, m.end())
        if n is None or fold(n.group(1).rstrip(".").replace(".", "")) not in _legal_forms():
            return False
        hits += 1
    return hits > 0


def _is_legal_form(p: Part) -> bool:
    return fold(p.text.replace(".", "")) in _legal_forms()


def _legal_form_for_legal_form(g: Name, t: Name) -> bool:
    """Is source name ``g`` nothing but a company's legal form (… Postauto AG, the noun
    before it no name) and target name ``t`` ends in one (AutoPostale SA, … Sàrl)?  The
    target country's designation of the same or a like form, with the company's own name
    there: no name replaced (data/names/legal_forms.txt)."""
    return all(_is_legal_form(p) for p in g.parts) and _is_legal_form(t.parts[-1])


def _target_common_word_suffixed(g: Name, t: Name, sl: str | None, tl: str | None) -> bool:
    """Is the one word target name ``t`` has in place of source name ``g``'s, its last
    one, a Turkish or Azerbaijani common word with its case ending after an apostrophe,
    as the generic word of a name takes it (Belediye Salonu'na, "to the Town Hall";
    Ellison Salonu'nda), where ``g``'s own last word is a common word of the source
    language (Hall) and no word of ``g`` a lexicon name or given name?  The generic word
    translated, no other name in its stead (the target-side twin of
    ``_suffixed_common_word``)."""
    if tl not in ("tr", "az") or t.classes or g.classes or any(p.acronym or p.classes for p in g.parts):
        return False
    gf = {p.fold for p in g.parts}
    tf = {p.fold for p in t.parts}
    lost = [p for p in g.parts if p.fold not in tf]
    new = [p for p in t.parts if p.fold not in gf]
    if len(lost) != 1 or len(new) != 1 or lost[0] is not g.parts[-1] or new[0] is not t.parts[-1] \
            or new[0].classes:
        return False
    head, sep, suf = new[0].text.replace("’", "'").partition("'")
    if not sep or len(head) < 3 or not suf.isalpha() or not suf.islower() \
            or not _local_word(head.lower(), tl):
        return False
    if any((p.low or p.text.lower()) in _given_names() for p in g.parts):
        return False  # (Anna Hall: a person)
    return zipf(lost[0].low or lost[0].text.lower(), sl) >= 3.5


def _stem_in_other_form(g: Name, t: Name) -> bool:
    """Are one-word source name ``g`` and one-word target name ``t`` (Latin letters, no
    lexicon entity, no given name) the same place in two languages' forms: the source
    word's first six letters (its stem, before any case ending) inside the target word
    after a prefix of its own (Trans-, Ober-, Ost-: Sylvania ~ Transsylvanien; not
    Pomorze ~ Hinterpommern)?"""
    if len(g.parts) != 1 or len(t.parts) != 1 or g.classes or t.classes \
            or g.parts[0].classes or t.parts[0].classes or g.parts[0].acronym or t.parts[0].acronym:
        return False
    a, b = g.parts[0], t.parts[0]
    if (a.low or a.text.lower()) in _given_names() or (b.low or b.text.lower()) in _given_names():
        return False
    fa, fb = a.fold, b.fold
    if not (fa.isalpha() and fb.isalpha()) or not _mostly_latin(a.text) or not _mostly_latin(b.text):
        return False
    stem = fa[:6]
    i = fb.find(stem)
    return len(fa) >= 7 and i >= 2


@rule("N004", "name-replaced", "Accuracy/Mistranslation", "critical", artefact="wrong-name",
      summary="A source name is missing from the translation while the translation has a "
              "name the source does not: the name was replaced (also half of a person's "
              "name: Anna Keller ~ Anna Müller). Out of Chinese or Japanese into a Latin "
              "script (pypinyin and pykakasi installed): a source name left unrendered (a place "
              "before its suffix, 富良野市; a run the translation renders elsewhere, 昌平 ~ Changping) "
              "and in the sentence the one word shaped like a romanised name (Pinyin or Hepburn "
              "syllables) that no run of the source reads as, nor tied to the lost name by its "
              "first or last character's reading (日暮里 ni- ~ Nippori; of several such words, "
              "those tied so to another run of the sentence, 米生 ~ Kome-no-o, set aside): major out of Chinese, "
              "minor out of Japanese (irregular readings). Out of Korean: a Hangul name of a surname "
              "and two syllables (김민수) written with that surname and a hyphenated given name "
              "neither syllable of which spells the source's, no name of the source reading as it "
              "(Kim Ji-hoon): major. Transcribed foreign names and "
              "exonyms (特朗普 ~ Trump, 澳门 ~ Macau) are read as such. No swap: a state's "
              "abbreviation written out (N.S. ~ Nouvelle-Écosse), a generic name every town has "
              "rendered by the target's (City Chambers ~ Paços do Concelho), a place kept with the "
              "institution's generic compound beside it translated in common words (Pärnu "
              "Kutsehariduskeskus ~ Pärnu Vocational Education Centre), a Slavic plural place in an "
              "oblique case for its nominative (v Lučah ~ in Luče; Slovak genitive v okolí Rysov ~ "
              "around Rysy), a Slavic place in a case without the nominative's fleeting vowel, or "
              "in a genitive plural with one (s Komnom ~ Komen, iz Krepelj ~ Kreplje), a Greek place in an oblique case "
              "for its nominative in Latin letters (των Γουβών ~ Gouves), a one-word name "
              "transcribed as a hyphenated chain (Penygroes ~ Пен-і-Гройса), a Slavic place in an "
              "oblique case for its nominative, its stem's softened consonant hardened back (u Veloj "
              "Luci ~ Vela Luka, v Nové Pace ~ Nová Paka), or back, a "
              "company's legal form for another's (Postauto AG ~ AutoPostale SA), a Turkish "
              "common word with its ending after an apostrophe for a common word of a name (Town "
              "Hall ~ Belediye Salonu'na). Nor, in an article, a one-word "
              "name rendered at every mention (two or more) by one and the same one-word name of "
              "the same first letter that no lexicon holds and the source never writes (Prättigau "
              "~ Prettigovia): the place's name in the target language (a swap at one mention is "
              "still one). In a document, a two-word name is not said in a "
              "neighbouring sentence by its first word inside another name there (Santo Antônio, "
              "not by Avenida Santos Dumont). Into Lithuanian or Latvian, which respell foreign "
              "names, a rare surname right after a name word is still a name, its half swapped "
              "too (Mark Gagnon ~ Mark Fischer). A person's two-word name given in full with "
              "another surname is a swap even where the source's surname is said alone "
              "elsewhere in the sentence (Laura Ferrante ~ Laura Bellucci … Ferrante said), and "
              "a surname two edits from the source's in a short spelling is another name, not "
              "a transliteration of it (Molina ~ Molnar). A kept part found in its inflected form "
              "still anchors the swap (Lucie Vargovej ~ Lucia Kováčová), and into Latvian or "
              "Lithuanian a listed given name before a capitalised word opens a person's name "
              "(Andrew Keogh ~ Andrew Kelly); English gh after a vowel reads as silent or f in "
              "another script (McLaughlin ~ Маклафлин), the old Spanish x before a vowel reads as Cyrillic х (Texas ~ Техас), and a quarter named by its compass point may be said with its country (the North West ~ le nord-ouest de l'Angleterre; joined by a hyphen in Estonian, Finnish or Hungarian: the South West ~ Lounais-Suomi). "
              "A surname that shares its first letters with the source's but ends otherwise, itself "
              "a name the source language writes (Hoffmeister ~ Hoffmann), is another name, not a "
              "rendering; a name of three words (Lê Thị Mai) given in full with another last word "
              "is a swap too; and out of Latin letters into Cyrillic, Greek, Arabic or Hebrew, a "
              "person's given name transcribed with a word in the surname's slot that reads as no "
              "source word and is no common word (Laura Bennett ~ لورا هاريسون) is a swap: "
              "major (in Cyrillic or Greek, the surname read back from a capitalised word "
              "only: a short skeleton meets common words, Venn ~ він \"he\"). No swap either: a common noun opening a sentence, which the source "
              "writes in lower case elsewhere, rendered by a word the translation writes in "
              "lower case elsewhere in another case (Corncrakes ~ Derkacze … derkaczy); nor a place whose stem "
              "the target's form has after a prefix (Sylvania ~ Transsylvanien), nor a German noun spelled "
              "like a frequent Romance word English hardly uses (Tante, Sorte), which is no name. "
              "A surname that is a common word of the source's language (Campos) put for a word that is no common word of the target language is a swap, not a generic word translated (Nerea Campos ~ Nerea Navarro); an acronym opening the source's name before a listed given name is set aside (Prezes PZPN Anna Kowalska ~ Anna Nowakowska), and a Vietnamese name after ông, bà, anh, chị is a name (ông Trần Quốc Hưng). A listed given name inside a sentence opens a person's name in every language (Susan Thorn ~ Susan Baxter), Hungarian's surname-first order is read as such (Kovács János ~ János Horváth), a Cyrillic or Greek given name transcribed before another surname is a swap at major (Милица Петровић ~ Milica Marković), and out of Japanese or Chinese a stand-in beside the kept half of a person's name that shares only the lost half's first character's reading is another name (小川健二 ~ Kenji Kobayashi)."
              " A Vietnamese administrative abbreviation opening a name (UBND TP …) is no name word a translation keeps."
              " A kept word of the source's name opening the translation's sentence anchors the swap though the name finder leaves it out there (Grace Castillo ~ Grace Mendoza);"
              " out of a caseless script (Devanagari, Tamil, Hebrew) the given name or initials read back with a surname beside them that reads as none of the source's words there, the source's surname unrendered, is a swap (राजेश वर्मा ~ Rajesh Khanna, major; a surname after the Arabic article written in lower case with its hyphen too, سالم الحارثي ~ Salim al-Mahrouqi, not after a place's generic word, Ras al-…, Wadi …, nor beside one that names no person, article or not, Bab …, Souk …; the source's surname said elsewhere by its consonants, not by a function word or verb of the source's language; read back, Bengali's ja, which has no nukta, and a ja with its nukta are z too, বাজার, बाज़ार ~ Bazar, and Bengali's ba after a virama w, স্বর্ণকার ~ Swarnakar);"
              " and out of Japanese a kanji word of a person's name rendered beside a Hepburn-shaped word that no run of the source reads as and that is no one-letter slip of the other word is a swap at major (石井健太 ~ Kenta Mori)."
              " Not replaced either: a body's generic name whose head the name in its slot translates by a head of the same kind (Agjencia Kombëtare ~ National Agency), nor, in an article, a venue's compound whose modifier each article writes in lower case (Kalastajatalolla ~ Fiskarhuset), nor a place's generic word (Street, Lake, Square: data/names/generic_urban_words.txt and the generic place lists) written as the target's own, every other word kept, however common the name proper (Franklin Street ~ Franklin Caddesi'ni); nor, into Swahili, a capitalised word joined by a connective to another of a body's name the translation built in its own words (Kituo cha Mafunzo ya Misitu cha Kilifi ~ Kilifi Forestry Training Centre), the source name's own names there (a rarer word of the word list, Zipf 3 to 3.5, Aquaculture, looked for only where the name has no surer one)."
              " In an article: a name word the translation writes the same way at every other mention of its source word (read back from a caseless script, אבי כהן ~ Avi Cohen; as written from Latin letters, a short surname after a capitalised particle too, De Groot; into Chinese by its transcription, Pemberton ~ 彭伯顿), missing from one sentence that says that word, with a capitalised name word there that renders no word of the whole source (no common word, place or read-back; a surname the lexicon knows only as another language's place adjective counts mid-sentence, Tedesco): another name at that mention, major (a pronoun in its stead adds no name). Into Chinese, a transcription that reads as a capitalised word of the whole source is that name, no stand-in, and a source word of two consonants (Hollis, Weiss) has its transcription only as a whole run of three characters or more, read exactly: nearer readings are ordinary words as often as names. A title glued after a transcription whose first character is one of its sounds too (博士 doctor, 夫人 Mrs) is no part of the name, and a run that reads exactly as a word of the lost name too short to read near (Anna ~ 安娜) is that word, no stand-in."
              " A listed given name that the lexicon holds as a monarch's (Luís ~ Louis) anchors a surname swapped beside it (Luís Barreto ~ Luís Tavares)."
              " Out of Chinese: a Pinyin name, a common surname and given-name syllables, that reads as no run of the whole source, where the source names a person after a post or before a verb of saying (局长李华, 李华表示) that no word of the sentence spells, nor the name one or two letters from it (Zhang Wei for 李华): major."
              " Out of Korean into English: a university or hospital the source names by a stem and its head (한빛대, 한빛병원) that no word of the sentence reads as, another romanised Korean word before University or Hospital that reads as no Hangul of the source (Dasan University): major."
              " Out of Japanese into English: a public university named by its place and owner (静岡県立大学, X市立大学) rendered as “X University” with no word of the owner (Prefectural, Prefecture, City, Municipal) in the sentence: the place's national university, another institution, major."
              " Out of Korean: a person the source marks as such (an age in brackets, 씨, 님 after the name: 박서준(22) 씨; or else a post or job title of news copy after a name whose first syllable is a common surname: 박서준 과장은) whom the sentence writes as the one Korean name there (Surname Given-name, each a spelling in use) with neither the surname nor a given-name syllable of the source's, reading as no name of the source (Choi Min-ho): major. Out of a caseless script, a given name of one consonant (אלי ~ Eli), which read-back cannot tell from other words, is found by that consonant, so the surname beside it is judged (Eli Ashkenazi for אלי מזרחי). In an article, a quotation's speaker the source names before the quotation, where the aligner pairs the quotation's first sentence with the source's and the translation names another at its end (Hollweck: „…. …“ ~ “… …,” Brandstetter said): the stand-in above, anchored in the neighbouring sentence. A name of several words counted in a neighbouring sentence only by words that sentence's own source writes (Marine Science Institute beside a Marine Nature Reserve ~ Rizab Alam Marin) is not there by alignment slack. In an article, a surname the translation writes beside the given name as the source does (two capitalised words kept in another language) and alone at another mention is a name at each of its lone mentions, however common a word of the source's language (Dutch Molenaar, Turkish Yüce'nin; opening a sentence too, and with a case ending after an apostrophe): another name in its slot is a swap, major at most (the evidence is the translation's own usage); a patronymic surname on a lexicon given name (Willems ~ Willem) is no lexicon person the source's language could not spell. Out of Hebrew, a geresh typed as an apostrophe is part of its word (צ'פמן ~ Chapman), so the surname after a kept given name is judged (Kayla Fowler for קיילה צ'פמן). In a Latin-script pair, a company named before the legal form the source writes after its company (… Ltd ~ … Ltd), one a side, that shares no word with the source's, whose words are words of the source's language, not the target's, and that neither sentence otherwise has (Brackwater Survey Ltd ~ Coastline Mapping Ltd in French): major. Into Chinese, a source name before a generic word (Durham Police ~ …警察局) whose slot holds a transcription that reads as no capitalised word of the source sentence (萨福克警察局): major; a compass word translated and run on into the transcription is no sound of it (East Sussex ~ 东萨塞克斯). In an article, the stand-in may open the sentence where the source's sentence opens with the lost surname, a person the source names in full elsewhere after a given name and the translation keeps as written there (Chiara Fabbri … Fabbri ha detto ~ Bertolazzi said): the opening word no word the translation writes in lower case, a name by its frequency (into a language of case endings, none of its lower-case words sharing its first letters), and not the respelling the translation writes where the source names the person (Latvian Geithauss for Gatehouse). Out of Chinese, a quotation's speaker named between its two sentences (“…。”王丽华说，“…。”) whom the translation names otherwise after the first: the speaker of the neighbouring source sentence, lost from both translated sentences, major. No swap either, in an article: a Danish, Norwegian or Swedish noun opening a sentence in its definite plural (-ene, -erne, -arna, -orna), its stem written in lower case elsewhere in the source (Kronhjortene … kronhjorte), which is a common noun; a Russian adjective opening a sentence before a noun it agrees with (Пчеловодное товарищество); a closed compound body's name with its acronym, translated with an acronym its title words spell (Visserykommissie (VK) ~ Fisheries Commission (FC))."
              " Nor, into Swahili, a common word of a body's name the translation built with connectives around the words of the source's name it keeps, the source's other words being words of the word list (Zipf 2 to 3) translated with it (Garissa Potters Cooperative Society ~ Ushirika wa Wafinyanzi wa Garissa); nor a Greek body's name closed by a place in the genitive, rendered by the place alone (see N003), nor a Czech or Slovak surname in its dative in -ovi, Polish -owi, rendered in its nominative with the fleeting vowel (Hájkovi ~ Hájek)."
              " Out of Icelandic, a person is named by given names and a patronymic in -son or -dóttir (in any case), the given names found however common a word (Ásgeir Hrafn Þorvaldsson ~ Ásgeir Hrafn Eyjólfsson; Þ is th: Thorvaldsson renders it). In an article out of Cyrillic or Greek, the stand-in search reads the source's capitalised words back as it reads a caseless script's (Дмитриев … Dmitrijew at the other mentions, Lapschin at one). Out of a script of its own the stand-in may open the sentence too, a word no more frequent than a name (Zipf under 3.5) that the translation writes nowhere in lower case (रस्तोगी ने कहा ~ “Bhadauria said …” where Rastogi renders it elsewhere); a frequent word of the source (Zipf 5) whose read-back skeleton is three letters long is no evidence the stand-in is said in the source. Out of Thai into English: a person the sentence names with a title, given name and surname (นายพงศกร มีสุข) and again by the given name, whom the translation names in full fewer times than the source, while a quotation's speaker there (\"…,\" Kittisak said) is neither word of that name and reads as no run of the whole source: major. Out of Chinese into English: a government department the sentence names by its stem and head (商务局, 审计厅: data/names/bodies.zh.tsv) that the translation renders by no word of it, while a Bureau, Department, Commission … there bears every word of another department the whole source never names (Audit Bureau for 商务局): major."
              " In an article, a surname the translation writes after the given name as the source does, accents aside (Đỗ Hữu Khiêm ~ Do Huu Khiem), is a name at its lone mentions however frequent a word of the source's language (a frequent Romanian, Turkish or Vietnamese surname), the pair opening a sentence too where its given name is listed or no word of the target language; where the name's pair finding at that mention is lower, the stand-in's major outranks it. Into Chinese, the stand-in anchored in the neighbouring source sentence where both hold quotation marks (\"… . …,\" Quennell said ~ 昆内尔说：“…。…。”). Out of Korean: a person named in full elsewhere (서지안), called by the surname and a post (서 교수), whose surname the translation writes at the full name (Seo Ji-an) and not in this sentence, which has instead another Korean surname alone (Bae's team) that spells the first syllable of no name of the source: major. Out of Chinese: a person the sentence names after a post or before a verb of saying (潘永新说), named in full elsewhere in the translation (Pan Yongxin), whom the sentence calls by another common Chinese surname alone (…, Cai said) that no character of the source reads as (a character read so only inside a common word, 晨 of 早晨, says no name): major; a surname that the target language's texts write often, mostly as a name (Wang, Zhang; not Long, Fan, nor a word the translation writes in lower case), counts inside a sentence, and a speaker's clause the source closes after the quotation (“…。”潘永新说。) is read with it."
              " Between two Latin-script languages that write common nouns in lower case (not out of English, German or Luxembourgish): a person named by two capitalised words, the surname also a common word of the source language that the name finder reads as a word (Slovene Golob, pigeon; Czech Kovář, smith), one word kept as written and the other nowhere in the translated sentence, beside the kept word on the lost word's side (either side out of Hungarian, surname first, the surname opening the sentence too before a listed given name: Fehér István polgármester) a capitalised word no word of the whole source writes, no respelling of the lost word (Jelzin for Yeltsin), no title, common word (Zipf 2.5 or more, a possessive's 's set aside), German noun or compound closed by a frequent noun, or lexicon place (Tine Golob ~ Tine Vrhovnik; not Aabenraa Kommune ~ Aabenraa Municipality's, a body's generic word translated): major. Out of a caseless script, a given name that is a word of the lexicon only as another language's form of a faith or people, rare in the target language, is still a given name."
              " No swap either: a common noun opening a sentence that the source article writes in lower case too (Croatian Pilana … najveća pilana), in a translation that capitalises its nouns (German), a body's name out of a caseless script whose English head noun (Association, Cooperative, Manufacturers: data/names/body_head_nouns.txt, firm_head_nouns.txt) the translation keeps after the given name's slot, a Cyrillic adjective of a short stem rendered as the English adjective of that stem (Папского дворца ~ Papal Palace), a Finnish attribute opening a sentence before its noun (see N003), nor a person's name that Chinese writes with a character in -n for an m before b or p (Kemp ~ 肯普)."
              " Nor a swap: out of Finnish into Swedish or back, a place by its name in the other national language, a stop voiced in the one and plain in the other (Tapola ~ Tabola); a body's head noun alone, rendered by a head the translation puts a qualifier before (Viceconsejería ~ the Asturian Department)."
              " Nor, out of English into Latvian or back, a surname written as it sounds with a case ending beside the same given name (McAllister ~ Makalistera), nor, into Swahili, the common words of a body's name of two fields joined by na (and), translated, a source name of the word list's middling band kept after them in the chain (… ya Uvuaji wa Mito na Urithi ya <place>)."
              " Out of Icelandic, the first given name of a person the source names with a patronymic, which the translation writes beside the next word of the name as the source does, is the name of the person's later mentions, however common a word (Stefán … Stefán segir ~ Ragnar says): another name in its slot is a stand-in, opening the sentence too. Out of Vietnamese, a stand-in may be a word written without marks that folds to a lower-case word of the source elsewhere (chứng minh ~ Minh), and into German a Vietnamese syllable that is no German noun outside a speaker's slot, where the lost word is a person's name the translation writes in full as the source does, the stand-in written once and no word of its own source sentence (not a currency's name beside its lower-case word); a translated word written alike for another word of the source with other tones is no other rendering (Hòa … Hoa). Out of a caseless script, a surname that is a frequent word of the target language too anchors the search where the translation writes it after a given name that renders the source word before it (मीरा बेल ~ Meera Bell), counted by its capitalised mentions inside a sentence. Out of Japanese into Korean: a person the sentence calls by a kanji surname and a post (山田理事長), whose reading the translation writes in Hangul elsewhere but not in this sentence, where instead a Hangul word before a Korean post (… 이사장은) in the vowels and finals Korean spelling of Japanese writes reads as no kanji run of the source and is no frequent Korean word (스즈키): another person, major.",
      why="A swapped entity (another person, country or organisation) is a critical "
          "meaning error that reads fluently and survives proofreading.",
      fail=("US-Präsident Donald Trump schrieb auf Twitter, er beobachte die Stürme.",
            "US President Erwin Huber wrote on Twitter that he was watching the storms."),
      ok=("US-Präsident Donald Trump schrieb auf Twitter, er beobachte die Stürme.",
          "US President Donald Trump wrote on Twitter that he was watching the storms."),
      needs_source=True)
def name_replaced(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    replaced = list(_name_replaced(ctx))
    done: list[tuple[int, int]] = [f.text_span for f in replaced if f.text_span is not None]
    for f in _lost_name_stand_ins(ctx):
        s, e = f.text_span or (-1, -1)
        over = [k for k, r in enumerate(replaced) if r.text_span is not None
                and r.text_span[0] < e and s < r.text_span[1]]
        if not over:
            done.append((s, e))
            replaced.append(f)
        elif len(over) == 1 and replaced[over[0]].severity < f.severity:
            # the pair's finding at a lower severity (a name the source's language writes
            # as a common word, paired with little confidence), where the article shows
            # the name lost at this mention and another in its slot: the article's finding
            replaced[over[0]] = f
    yield from replaced
    for f in _company_swaps(ctx):
        s, e = f.text_span or (-1, -1)
        if not any(a < e and s < b for a, b in done):
            done.append((s, e))
            yield f
    for f in list(_zh_body_swaps(ctx)) + list(_thai_speaker_swaps(ctx)) + list(_word_surname_swaps(ctx)):
        s, e = f.text_span or (-1, -1)
        if not any(a < e and s < b for a, b in done):
            done.append((s, e))
            yield f


# two capitalised words side by side (a person's given name and surname), one blank apart
_CAP_PAIR = re.compile(r"(?<![^\W\d_'’.-])([A-Z\u00c0-\u00de\u0100-\u017f][^\W\d_A-Z]{2,})(?= "
                       r"([A-Z\u00c0-\u00de\u0100-\u017f][^\W\d_A-Z]{2,})(?![^\W\d_'’-]))")
_CAP_TOKEN = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _common_stand_in(w: str, tl: str) -> bool:
    """Is ``w``, beside a kept word of a source's two capitalised words, a word of the
    target language rather than another surname: a word of its word list (Zipf 2.5+, a
    possessive's 's set aside: Municipality's, Biosphere, Kellerei), or, into a language
    that capitalises its nouns, a long compound closed by a frequent noun (Imkerverbands,
    Kreiskrankenhaus)? Then the source's pair was a place or a body with its generic word
    translated (Aabenraa Kommune ~ Aabenraa Municipality's), no person."""
    low = w.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    if zipf(low, tl) >= 2.5:
        return True
    if tl in _NOUN_CAPS and len(low) >= 9:
        for k in range(3, len(low) - 3):
            tail = low[k:]
            if zipf(tail, tl) >= 3.0 or (tail.endswith("s") and zipf(tail[:-1], tl) >= 3.0):
                return True
    return False


def _word_surname_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 between two Latin-script languages that write common nouns in lower case (not
    out of English, which capitalises a title before a name: Hurricane Sandy): a
    person's two-word name in the source sentence whose surname is also a common word of
    the source's language (which the name finder reads as a word, not as a name: Slovene
    Golob "pigeon", Czech Kovář "smith"), one word of which the translated sentence keeps as written
    while the other is nowhere in it, and right beside the kept word, on the lost word's
    side (a Hungarian source's surname-first order read either way), a capitalised word
    that no word of the whole source writes, no near miss of the lost word (N001's), no
    title and no common word of either language, nor a lexicon place: another person's
    name word in its slot (Tine Golob ~ Tine Vrhovnik), major."""
    if ctx.source is None:
        return
    sl, tl = _langs(ctx)
    if sl is None or tl is None or sl == tl or sl in _NOUN_CAPS or sl == "en" \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return
    if not _CAP_PAIR.search(ctx.source.text):
        return
    src_doc = {fold(w) for w in _CAP_TOKEN.findall(ctx.source.text)}
    titles = _person_titles().get(sl, frozenset()) | _person_titles().get(tl, frozenset())
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        pairs = [m for m in _CAP_PAIR.finditer(src.text)]
        if not pairs:
            continue
        toks = list(_CAP_TOKEN.finditer(tgt.text))
        tfolds = [fold(m.group()) for m in toks]
        for m in pairs:
            w1, w2 = m.group(1), m.group(2)
            f1, f2 = fold(w1), fold(w2)
            if f1 == f2 or f1 in titles or f2 in titles or f1 in stopwords(sl) or f2 in stopwords(sl):
                continue
            k1, k2 = f1 in tfolds, f2 in tfolds
            if k1 == k2:
                continue
            kept, lost = (w1, w2) if k1 else (w2, w1)
            if lost == w1 and _sentence_initial(src.text, m.start(1)) and not (
                    sl == "hu" and kept.lower() in _given_names()):
                continue  # (a word capitalised as the sentence's first, no name; but a
                # Hungarian surname opens the sentence before a listed given name:
                # Fehér István polgármester)
            full = f"{w1} {w2}"
            fl = fold(lost)
            if len(fl) < 4 or zipf(lost.lower(), sl) < 2.5:
                continue  # (a surname the name finder reads as a name is N004's main search's)
            if any(_prefix_related(fl, t) or _osa(fl, t) <= 2 or _same_skeleton(fl, t) for t in tfolds if len(t) >= 3):
                continue  # the lost word there in another form or misspelt (N001's)
            fk = fold(kept)
            for i, t in enumerate(toks):
                if tfolds[i] != fk or not t.group()[:1].isupper():
                    continue
                # the lost word's side: the same as in the source, or either for a
                # Hungarian name read in the other order
                sides = (1,) if k1 else (-1,)
                if (sl == "hu") != (tl == "hu"):
                    sides = (1, -1)
                for d in sides:
                    j = i + d
                    if not 0 <= j < len(toks):
                        continue
                    z = toks[j]
                    a, b = (t, z) if d > 0 else (z, t)
                    if tgt.text[a.end():b.start()] != " ":
                        continue
                    w, fz = z.group(), tfolds[j]
                    if not (w[:1].isupper() and w[1:].islower()) or len(fz) < 4 or fz in src_doc \
                            or any(_prefix_related(fz, x) for x in src_doc if len(x) >= 4) \
                            or fz in titles or fz in stopwords(tl) \
                            or _common_stand_in(w, tl) \
                            or exonym_classes(fz) or _osa(fz, fl) <= 2 or _same_skeleton(fz, fl) \
                            or _ratio(fz, fl) >= 50 or _ratio(_consonants(fz), _consonants(fl)) >= 60 \
                            or _sentence_initial(tgt.text, z.start()) or (tl in _NOUN_CAPS and _de_noun_form(w)) \
                            or re.search(rf"(?<![^\W\d_]){re.escape(w.lower())}(?![^\W\d_])", tgt.text):
                        continue  # (the lost word respelt, Jelzin for Yeltsin; a noun)
                    s0, e0 = tgt.span(z.start(), z.end())
                    if _in_furniture(ctx, s0, e0):
                        continue
                    ts, te = tgt.span(a.start(), b.end())
                    yield ctx.flag(ts, te, f"source “{full}” rendered as “{tgt.text[a.start():b.end()]}”: "
                                           f"“{lost}” is not in the translation, and “{w}” names no one "
                                           f"the source does", suggestion=full,
                                   evidence=[ctx.evidence(ctx.source, text=src.text, note=f"source names {full}")],
                                   severity=_severity_cap(ctx, Severity.MAJOR))
                    break


# a Thai person named with a title, given name and surname (นายสมชาย ใจดี): the title glued
# to the given name, a blank before the surname
# (not นายก "the mayor, the head" of a body: นายกองค์การ…, นายกรัฐมนตรี, นายกเทศมนตรี)
_TH_TITLED_NAME = re.compile("(?:นางสาว|นาย(?!ก(?:องค์|รัฐ|เทศ|สมาคม))|นาง|ดร\\.)[ ]?([\u0e01-\u0e4e]{2,}) ([\u0e01-\u0e4e]{2,})")
# an English quotation's speaker: "…," X said / "…," said X / X added …
_EN_SPEAKER = re.compile(r"[,\"”’]\s*([A-Z][a-z]{2,})\s+(?:said|says|added|explained|noted|stressed)\b"
                         r"|[,\"”’]\s*(?:said|says|added|explained)\s+([A-Z][a-z]{2,})\b")
_RTGS = (("ng", "N"), ("ch", "C"), ("th", "t"), ("ph", "p"), ("kh", "k"), ("j", "C"))
_RTGS_CLASSES = str.maketrans({"d": "t", "b": "p", "g": "k", "c": "k", "q": "k", "z": "s", "v": "", "w": "",
                               "y": "", "h": "", "a": "", "e": "", "i": "", "o": "", "u": ""})


def _rtgs_skeleton(word: str) -> str:
    """The consonants of a Thai name romanised (Royal Thai General System and the usual
    spellings: th, ph, kh for the aspirates, ch, ng), in the classes ``_thai_plain`` keeps."""
    w = fold(word)
    for a, b in _RTGS:
        w = w.replace(a, b)
    return _squeeze(w.translate(_RTGS_CLASSES))


def _thai_plain(w: str) -> str:
    """``_thai_skeleton`` with voiced and plain stops merged (ด/ต, บ/ป), as romanisations
    write them either way."""
    return _squeeze(_thai_skeleton(w).replace("d", "t").replace("b", "p"))


def _thai_speaker_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Thai into English: a person the source's sentence names with a title,
    given name and surname (นายสมชาย ใจดี) and names again by the given name (Thai refers to
    people so), whom the translation's sentence names in full (its given name reading as
    the source's) fewer times than the source, while a quotation's speaker there ("…,"
    X said) is a name word that is neither word of that full name and reads as no run of
    the whole source: another person at the source's mention, major."""
    if ctx.source is None:
        return
    sl, tl = _langs(ctx)
    if sl != "th" or tl != "en" or not _TH_TITLED_NAME.search(ctx.source.text):
        return
    whole = _thai_plain(ctx.source.text)
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        speakers = [(m.group(1) or m.group(2), m.start(1) if m.group(1) else m.start(2))
                    for m in _EN_SPEAKER.finditer(tgt.text)]
        if not speakers:
            continue
        for m in _TH_TITLED_NAME.finditer(src.text):
            given = m.group(1)
            gsk = _thai_plain(given)
            n_src = src.text.count(given)
            if n_src < 2 or len(gsk) < 3:
                continue
            full = [(a, b) for a, b in re.findall(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b", tgt.text)
                    if _osa(_rtgs_skeleton(a), gsk) <= 1 or _rtgs_skeleton(a).startswith(gsk)]
            if len(full) != 1:
                continue
            a, b = full[0]
            if len(re.findall(rf"\b{re.escape(a)}\b", tgt.text)) >= n_src:
                continue  # (the given name rendered at every mention)
            for x, at in speakers:
                if x in (a, b) or zipf(x.lower(), tl) >= 3.0 or exonym_classes(fold(x)) \
                        or x.lower() in stopwords(tl):
                    continue
                xsk = _rtgs_skeleton(x)
                if len(xsk) < 3 or (xsk[:-1] if len(xsk) >= 4 else xsk) in whole or _osa(xsk, gsk) <= 1:
                    continue  # (a run of the source reads as it: maybe another person)
                s, e = tgt.span(at, at + len(x))
                if _in_furniture(ctx, s, e):
                    continue
                yield ctx.flag(s, e, f"source “{given}” (“{a}” where the sentence names the person in "
                                     f"full) is not rendered here, and “{x}” reads as no name of the "
                                     f"source: another name in its stead", suggestion=a,
                               evidence=[ctx.evidence(ctx.source, text=src.text, note=f"source names {given}")],
                               severity=_severity_cap(ctx, Severity.MAJOR))
                break


@lru_cache(maxsize=1)
def _zh_bodies() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """data/names/bodies.zh.tsv: (Chinese stems, English word openings) per department."""
    out = []
    for line in _read_lines(_NAMES_DATA / "bodies.zh.tsv"):
        zh, _, en = line.partition("\t")
        if en:
            out.append((tuple(zh.strip().split("/")), tuple(w.strip() for w in en.split(","))))
    return tuple(out)


# a department's head character in Chinese (局 bureau, 厅 provincial department, 委/委员会
# commission, 部 ministry, 署 administration) right after its stem
_ZH_BODY_HEAD = "局厅委部署"
# an English body's name: capitalised words (and, of, the, &) around its head noun
_EN_BODY_NAME = re.compile(
    r"(?:[A-Z][a-z]+[ \u00a0](?:(?:and|&)[ \u00a0])?)*"
    r"(?:Bureau|Department|Administration|Commission|Office|Agency|Ministry|Authority)"
    r"(?:[ \u00a0]of(?:[ \u00a0]the)?(?:[ \u00a0](?:and|&))?(?:[ \u00a0][A-Z][a-z]+(?:[ \u00a0](?:and|&))?)+)?")


def _en_word_opens(words: list[str], opening: str) -> bool:
    return any(w.startswith(opening) for w in words)


def _zh_body_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Chinese into English: a government department the source's sentence
    names by its stem and head (审计局, 商务厅: data/names/bodies.zh.tsv) that the
    translation's sentence renders by no word of the table, while it names a body (Bureau,
    Department, Commission …) by every word of another department whose Chinese stem the
    whole source never writes (Water Resources Bureau for a source's 林业局): another body,
    major."""
    if ctx.source is None:
        return
    sl, tl = _langs(ctx)
    if sl != "zh" or tl != "en":
        return
    whole = ctx.source.text
    if not any(h in whole for h in _ZH_BODY_HEAD):
        return
    table = _zh_bodies()
    in_doc = [any(z in whole for z in zh) for zh, _ in table]
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        # the source's departments: a stem right before a head character
        here = [k for k, (zh, _) in enumerate(table)
                if any(re.search(re.escape(z) + "[" + _ZH_BODY_HEAD + "]", src.text) for z in zh)]
        if not here:
            continue
        twords = [w.lower() for w in _LETTER_RUN.findall(tgt.text)]
        if any(_en_word_opens(twords, o) for k in here for o in table[k][1]):
            continue  # (the source's department rendered, by one of its words at least)
        for m in _EN_BODY_NAME.finditer(tgt.text):
            bwords = [w.lower() for w in _LETTER_RUN.findall(m.group())]
            others = [k for k, (_, en) in enumerate(table) if all(_en_word_opens(bwords, o) for o in en)]
            if not others or any(in_doc[k] for k in others):
                continue
            s, e = tgt.span(m.start(), m.end())
            if _in_furniture(ctx, s, e):
                continue
            lost = table[here[0]][0][0]
            yield ctx.flag(s, e, f"source “{lost}” (a department) is not rendered here, and "
                                 f"“{m.group()}” names a department the source never mentions: "
                                 f"another body in its stead",
                           evidence=[ctx.evidence(ctx.source, text=src.text, note=f"source names {lost}")],
                           severity=_severity_cap(ctx, Severity.MAJOR))
            break


# a company's name: a run of capitalised words (the first a letter's, then letters,
# digits, &, hyphens) right before a word that may be its legal form (Ltd, GmbH, SA)
_COMPANY_RUN = re.compile(r"(?<![\w&'’.-])((?:[A-Z][\w&'’-]*[ \u00a0]+){1,5})([A-Za-zÀ-ÿ][\w.]*)")


def _companies(text: str) -> list[tuple[int, int, tuple[str, ...], str]]:
    """(start, end, the folded words of the name, the folded legal form) of each company
    ``text`` writes with its legal form after its name (Hollins Marine Ltd)."""
    out = []
    for m in _COMPANY_RUN.finditer(text):
        form = fold(m.group(2).rstrip(".").replace(".", ""))
        if form not in _legal_forms():
            continue
        words = tuple(fold(w) for w in m.group(1).split())
        if any(w in _legal_forms() for w in words):
            continue
        end = m.end(2) - (m.group(2).endswith(".") and "." not in m.group(2)[:-1])
        out.append((m.start(1), end, words, form))  # (Ltd. closing a sentence: its dot)
    return out


def _company_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 in a Latin-script pair: the translation's sentence names a company before the
    legal form the source's sentence writes after its company (… Ltd ~ … Ltd), with no word
    of the source's name and words of the source's language that its sentence does not
    have (Brackwater Survey Ltd ~ "Coastline Mapping Ltd" in a French translation): a
    name the source's language coined, not the translation's rendering, in place of the
    source's, which the sentence leaves out.  One company a side; a name in the target
    language's own words (the company's own name there, Postauto AG ~ AutoPostale SA) is no
    swap."""
    if ctx.source is None:
        return
    sl, tl = _langs(ctx)
    if sl is None or tl is None or norm_lang(sl) == norm_lang(tl) or not has_freq(sl) or not has_freq(tl) \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return
    if not _companies(ctx.target.text) or not _companies(ctx.source.text):
        return
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        tc, sc = _companies(tgt.text), _companies(src.text)
        if len(tc) != 1 or len(sc) != 1 or tc[0][3] != sc[0][3]:
            continue
        (ts, te, twords, _), (ss, se, swords, _) = tc[0], sc[0]
        if set(twords) & set(swords):
            continue
        tfold = fold(tgt.text)
        scaps = {fold(w) for w in _LETTER_RUN.findall(src.text) if w[:1].isupper()}
        if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", tfold) for w in swords if len(w) >= 3) \
                or any(w in scaps for w in twords if len(w) >= 3):
            continue  # (a word of the source's name in the translation's sentence, or one of
            # the translation's capitalised in the source's: rendered, or said apart)
        long_ = [w for w in twords if len(w) >= 3]
        if not long_ or any(zipf(w, tl) > zipf(w, sl) - 0.5 for w in long_) \
                or not any(zipf(w, sl) >= 3.0 for w in long_):
            continue  # (a word of the target language's own: a name rendered, or its own)
        s, e = tgt.span(ts, te)
        if _in_furniture(ctx, s, e):
            continue
        name, sname = tgt.text[ts:te], src.text[ss:se]
        ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {sname}")]
        yield ctx.flag(s, e, f"“{name}” stands where the source names “{sname}”: another company's "
                             f"name, in the source's language, that the source does not have",
                       evidence=ev, severity=_severity_cap(ctx, Severity.MAJOR))


def _name_replaced(ctx: CheckContext) -> Iterator[Finding]:
    sl, tl = _langs(ctx)
    pair = _is_pair(ctx)
    for bn in bead_names(ctx):
        for g, t in bn.replaced:
            if not pair and g.key in _renamed_places(ctx):
                continue  # a lexicon place's other name, rendered by the place throughout
            if not pair and g.key in _renamed_throughout(ctx):
                continue  # Domleschg ~ Domigliasca at every mention: the place's name in
                # the target language, where a swap is made at one mention
            ev = [ctx.evidence(ctx.source, text=bn.src.text, note=f"source names {g.text}")]
            if not pair:
                pev = _document_evidence(ctx, bn, g, tl, swap=True)
                if pev is None and not _half_swapped(ctx, g, t):
                    continue
                ev += pev or []
            s, e = bn.tgt.span(t.start, t.end)
            if _in_furniture(ctx, s, e):
                continue  # a UI label glued to the text ("… next week. Lire la suite"): F003's
            if _garbled(t.text):
                continue  # "Jürgen MÃ¼ller": the encoding is damaged, not the name (S013's)
            if not pair and _nordic_definite_plural(ctx, g, sl):
                continue  # a Nordic noun opening a sentence in its definite plural, the
                # article writing its stem in lower case (Hestene … to heste): a common
                # noun, no name another could take the place of
            if not pair and _written_lower(ctx, g) and (_target_written_lower(ctx, t) or (
                    len(t.parts) == 1 and _case_form_written_lower(ctx.target.text, t.parts[0], tl))):
                continue  # a common noun opening a sentence, both articles writing it in
                # lower case elsewhere (Polecats … polecats ~ Iltere … iltere): no name
            if _langs(ctx)[0] not in _NOUN_CAPS and tl in _NOUN_CAPS \
                    and _lower_opening(ctx.source.text, g, _langs(ctx)[0]):
                continue  # a common noun opening a sentence, which the source article writes
                # in lower case too (Pilana … najveća pilana, "the biggest sawmill"), and a
                # translation that capitalises its nouns (German): a capital in its slot is no
                # evidence of a name put in its place
            if _title_common_word(ctx, t, bn.tgt.text, tl):
                continue  # Chmelařského institutu ~ Hop Research Institute, "hop gardens"
                # elsewhere: a common word titling a translated name, no name in its stead
            if _generic_place_word_translated(g, t, *_langs(ctx)):
                continue  # Elm Street ~ Elm Caddesi'nde: the name kept, its generic word
                # (street, lake, square) the target's own, however common the name proper
            if _generic_word_translated(g, t, *_langs(ctx)):
                continue  # Honister Pass ~ Honister Geçidi: the name kept, its generic word
                # (pass, lake, street) in the target language
            if _region_abbreviation_rendered(g, bn.tgt.text):
                continue  # N.S. ~ Nouvelle-Écosse: a state's abbreviation written out
            if _generic_name_rendered(g, bn.tgt.text):
                continue  # City Chambers ~ Paços do Concelho: a generic name every town has
                # (data/names/generic_names.txt), the target's form capitalised as a name
            if _legal_form_for_legal_form(g, t):
                continue  # Postauto AG ~ AutoPostale SA: one legal form for another
            if _target_common_word_suffixed(g, t, sl, tl):
                continue  # Town Hall ~ Belediye Salonu'na: the generic word translated
            if all(_compass_word(p.text) for p in g.parts) and _compass_country_added(t, bn.tgt.text, bn.src.text):
                continue  # the North West ~ le nord-ouest de l'Angleterre: the quarter said by
                # a compass word, the country it is of said outright
            if _institution_title_translated(g, t, sl, tl):
                continue  # Pärnu Kutsehariduskeskus ~ Pärnu Vocational Education Centre: the place
                # kept, the institution's generic compound (-keskus, centre) translated
            if _stem_in_other_form(g, t):
                continue  # Sylvania ~ Transsylvanien: the place's stem inside the target
                # language's form of its name, after a prefix
            if not pair and _descriptive_compound_translated(ctx, g, t, sl, tl):
                continue  # Kalastajatalo ~ Fiskarhuset, "kalastaja" and "fiskaren" in lower case
                # in the articles: a descriptive name of common words, translated
            if _headed_body_translated(g, t.text, sl, tl):
                continue  # Agjencia Kombëtare ~ National Agency: a body's generic name,
                # its head noun translated by a head of the same kind in the name in its slot
            sev = _severity_cap(ctx, _CONF_SEVERITY[bn.conf.get(id(g), 2)])
            if _langs(ctx)[0] == "el" and len(g.parts) == 1 and not g.classes and not g.parts[0].classes \
                    and _EL_BODY_HEAD.match(g.parts[0].fold):
                sev = min(sev, Severity.MINOR)  # a Greek body's head noun capitalised as its
                # name (Περιφέρεια, "the Region"): as likely translated as swapped
            yield ctx.flag(s, e, f"source “{g.text}” rendered as “{t.text}”", evidence=ev,
                           suggestion=g.text if not any(p.classes for p in g.parts) else None,
                           severity=sev)
        for g in bn.missing:
            zs = _zh_name_swap(ctx, bn, g, tl)
            if zs is not None:
                # a name transcribed into Chinese in the slot of a source name it does
                # not read as, reading as no name of the source (Oneida Lake ~ 奥奈达湖
                # for Skaneateles Lake): another name (_zh_translit)
                form, a, b = zs
                s, e = bn.tgt.span(a, b)
                ev = [ctx.evidence(ctx.source, text=bn.src.text, note=f"source names {g.text}")]
                yield ctx.flag(s, e, f"source “{g.text}” rendered as “{form}”, which reads as another name",
                               evidence=ev, suggestion=None, severity=_severity_cap(ctx, Severity.MAJOR))
                continue
            swap = _cjk_swap(ctx, bn, g, tl)
            if swap is None:
                continue
            # a place swapped in a translation into Korean, Chinese or Japanese, read by
            # the places' names there (CLDR): major, the names being read, not spelled
            form, other = swap
            i = bn.tgt.text.find(form)
            s, e = bn.tgt.span(i, i + len(form))
            ev = [ctx.evidence(ctx.source, text=bn.src.text, note=f"source names {g.text}")]
            yield ctx.flag(s, e, f"source “{g.text}” rendered as “{form}” ({other})", evidence=ev,
                           suggestion=None, severity=_severity_cap(ctx, Severity.MAJOR))
    if not pair:
        yield from _body_run_swaps(ctx)
    if _langs(ctx)[0] in _PATRONYMIC_LANGS:
        for bv in ctx.beads():
            texts = _bead_texts(bv)
            if texts is None:
                continue
            src, tgt = texts
            for whole, y, a, b in _patronym_swaps(src.text, tgt.text):
                s, e = tgt.span(a, b)
                ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {whole}")]
                yield ctx.flag(s, e, f"source “{whole}” (… son of …) rendered by the father's name "
                               f"“{y}” alone: another person", evidence=ev, suggestion=None,
                               severity=_severity_cap(ctx, Severity.MAJOR))
    if _langs(ctx)[0] == "ja" and tl not in ("ja", "zh", "ko"):
        yield from _ja_place_swaps(ctx)
    yield from _han_swaps(ctx)
    yield from _hangul_given_swaps(ctx)
    yield from _hangul_titled_surname_swaps(ctx)
    yield from _ja_hangul_titled_swaps(ctx)
    yield from _ko_body_swaps(ctx)
    yield from _ja_public_university_swaps(ctx)
    yield from _caseless_surname_swaps(ctx)


def _descriptive_compound_translated(ctx: CheckContext, g: Name, t: Name, sl: str | None,
                                     tl: str | None) -> bool:
    """Doc mode: are one-word source name ``g`` and one-word target name ``t`` (no lexicon
    entity, no given name) each a compound opening with a common word its own article
    writes in lower case, a word the language's word list knows (Kalastaja|talolla ~
    Fiskar|huset, "kalastaja" and "fiskaren" elsewhere in lower case)?  A venue's name of
    common words, translated word by word, not another name put in its stead."""
    if len(g.parts) != 1 or len(t.parts) != 1 or _is_entity(g) or _is_entity(t) \
            or any(p.classes or p.acronym for p in g.parts + t.parts):
        return False
    if any((p.low or p.text.lower()) in _given_names() for p in g.parts + t.parts):
        return False

    def modifier_written_lower(word: str, text: str, lang: str | None) -> bool:
        f = word.lower()
        if len(f) < 8 or not has_freq(lang):
            return False
        for m in _LOWER_RUN.finditer(text):
            w = m.group()
            k = common_prefix(w, f)
            if k >= 5 and len(f) - k >= 3 and zipf(w, lang) >= 2.0 and f != w:
                return True
        return False

    return modifier_written_lower(g.parts[0].text, ctx.source.text, sl) \
        and modifier_written_lower(t.parts[0].text, ctx.target.text, tl)


def _body_run_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 (doc mode): a body compound of the source rendered at one mention by another
    body's name than the document's rendering of it elsewhere (``_body_run_swapped``): major."""
    sl, tl = _langs(ctx)
    for bn in bead_names(ctx):
        for g in bn.missing:
            m = _body_run_swapped(ctx, bn, g, sl, tl)
            if m is None:
                continue
            s, e = bn.tgt.span(m.start(), m.end())
            ev = [ctx.evidence(ctx.source, text=bn.src.text, note=f"source names {g.text}")]
            yield ctx.flag(s, e, f"source “{g.text}” rendered as “{m.group()}”, where the "
                           f"translation names it otherwise elsewhere", evidence=ev, suggestion=None,
                           severity=_severity_cap(ctx, Severity.MAJOR))


def _ja_place_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Japanese: a place the source sentence names in kanji, rendered in the
    translation by another Japanese place the whole source never names (長岡市 ~ die Stadt
    Joetsu), the two read by the lexicon of Japanese places (``_ja_places``): major."""
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        for kanji, word, a, b in _ja_pair_place_swaps(ctx, src, tgt):
            s, e = tgt.span(a, b)
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {kanji}")]
            yield ctx.flag(s, e, f"source “{kanji}” rendered as “{word}”, another place",
                           evidence=ev, suggestion=None, severity=_severity_cap(ctx, Severity.MAJOR))


def _ja_pair_place_swaps(ctx: CheckContext, src: Joined, tgt: Joined) -> list[tuple[str, str, int, int]]:
    """``_ja_places.place_swaps`` of a bead's texts against the whole source, computed once
    per pair (``_ja_place_swaps`` and ``_han_swaps`` both ask)."""
    from ._ja_places import place_swaps
    memo = ctx.cached("names.ja_place_swaps", dict)
    key = (src.text, tgt.text)
    if key not in memo:
        memo[key] = place_swaps(src.text, tgt.text, ctx.source.text)
    return memo[key]


def _han_beads(ctx: CheckContext) -> Iterator[tuple[Joined, Joined, str, str | None]]:
    """The beads of a Chinese or Japanese source with a Latin-script translation whose
    source can be read back (``_han_readback``: the package installed), with the
    source's language."""
    from ._han_readback import available
    sl, tl = _langs(ctx)
    if sl not in ("zh", "ja") or tl in ("zh", "ja", "ko") or ctx.source is None or not available(sl):
        return
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None or not _mostly_latin(texts[1].text):
            continue
        yield texts[0], texts[1], sl, tl


def _han_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Chinese or Japanese: a name of the source sentence (a place before its
    suffix, 富良野市; a run the translation renders elsewhere, 昌平 ~ Changping) the translation
    does not render, and in its stead the one word shaped like a romanised name that the
    whole source never reads as (``_han_readback.swapped``: Shunyi, Nayoro).  Major out
    of Chinese, whose readings Pinyin gives; minor out of Japanese, whose names may be
    read irregularly."""
    from ._han_readback import half_swapped, swapped, zh_person_swapped, zh_surname_swapped
    whole = ctx.source.text if ctx.source is not None else ""
    doc = ctx.target.text

    beads = list(_han_beads(ctx))
    for i, (src, tgt, sl, tl) in enumerate(beads):
        def explained(w: str, sl: str = sl) -> bool:
            classes = exonym_classes(fold(w))
            return (sl == "zh" and present_in_zh(w, whole, "zh")) or \
                (sl == "ja" and present_in_other_script(w, whole)) or \
                bool(classes and cjk_exonym_present(w, classes, whole, sl))
        def renders(w: str, run: str, sl: str = sl) -> bool:
            classes = exonym_classes(fold(w))
            return bool(classes and cjk_exonym_present(w, classes, run, sl))
        if sl == "ja" and _ja_pair_place_swaps(ctx, src, tgt):
            continue  # the lexicon's places tell it (_ja_place_swaps)
        hit = swapped(src.text, tgt.text, whole, doc, sl, tl, explained, renders)
        half = False
        if hit is None:
            hit = half_swapped(src.text, tgt.text, whole, sl, tl, explained)
            half = True
        if hit is None and sl == "zh":
            hit = zh_person_swapped(src.text, tgt.text, whole, tl)
            half = False
        src_says = src
        if hit is None and sl == "zh" and _QUOTE_MARK.search(tgt.text):
            # a quotation's speaker named between its two sentences in the source (“…。”
            # 李华说，“…。”) and after the first in the translation, the aligner pairing the
            # sentences at the quotation's end: the speaker in the neighbouring source
            # sentence, lost from both translated sentences
            for k in (i + 1, i - 1):
                if not (0 <= k < len(beads)) or not _QUOTE_MARK.search(beads[k][0].text):
                    continue
                nsrc, ntgt = beads[k][0], beads[k][1]
                joined = f"{tgt.text} {ntgt.text}" if k > i else f"{ntgt.text} {tgt.text}"
                off = 0 if k > i else len(ntgt.text) + 1
                got = zh_person_swapped(nsrc.text, joined, whole, tl)
                if got is not None and off <= got[1] and got[2] <= off + len(tgt.text):
                    hit, src_says = (got[0], got[1] - off, got[2] - off, got[3]), nsrc
                    break
        says_text = src_says.text
        if hit is None and sl == "zh":
            hit = zh_surname_swapped(src.text, tgt.text, whole, doc, tl)
            tail = _zh_speaker_tail(whole, src) if hit is None else None
            if tail is not None:
                # a quotation closed before its speaker's clause (“…。”王丽华说。), the
                # segmenter cutting the clause off as a sentence of its own that pairs with
                # nothing: the speaker read with the quotation
                hit = zh_surname_swapped(src.text + tail, tgt.text, whole, doc, tl)
                says_text = src.text + tail
        if hit is None:
            continue
        word, a, b, run = hit
        s, e = tgt.span(a, b)
        if _in_furniture(ctx, s, e):
            continue
        ev = [ctx.evidence(ctx.source, text=says_text, note=f"source names {run}")]
        sev = Severity.MAJOR if sl == "zh" or half else Severity.MINOR
        yield ctx.flag(s, e, f"source “{run}” is not rendered, and “{word}” reads as no name of the "
                       f"source: another name" + (" beside the other half of the person's name" if half else ""),
                       evidence=ev, suggestion=None, severity=_severity_cap(ctx, sev))


# a short clause closing a Chinese quotation's paragraph, no quotation mark in it (王丽华说。)
_ZH_SPEAKER_TAIL = re.compile(r"[ \u3000]*([^。！？“”\"「」\n]{2,12}[。！？])")


def _zh_speaker_tail(whole: str, src: Joined) -> str | None:
    """The short clause right after Chinese source sentence ``src`` where ``src`` ends with a
    closing quotation mark (“…。”王丽华说。): the quotation's speaker, cut off as a sentence of
    its own; None otherwise."""
    if not src.text.rstrip().endswith(("”", "」", "\"")):
        return None
    m = _ZH_SPEAKER_TAIL.match(whole, src.whole[1])
    return m.group(1) if m is not None else None


# consonants a Japanese reading may voice (rendaku) or not: k/g, s/z, t/d, h/b/p
_JA_VOICING_PAIRS = frozenset({("k", "g"), ("s", "z"), ("t", "d"), ("h", "b"), ("h", "p"), ("b", "p")})


def _ja_voicing_pair(a: str, b: str) -> bool:
    """Do romaji words ``a`` and ``b`` differ only in one consonant voiced in one and plain in
    the other (Takada ~ Takata, Kaneko ~ Kanego)?"""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and (diff[0] in _JA_VOICING_PAIRS or diff[0][::-1] in _JA_VOICING_PAIRS)


def _han_voicing_slips(ctx: CheckContext, done: set[int]) -> Iterator[Finding]:
    """N001 out of Japanese: a surname written once, alone, that reads as a name of its
    source sentence only by a reading's voicing (rendaku: a kanji read kuchi or guchi),
    where the translation writes the same name with that one consonant the other way
    beside a given name read back from the source (Koji Takada … “Takata said”): both
    read as the source, so the reading cannot tell the slip, but a name is spelled one way
    through an article; the lone mention is the misprint, major."""
    from ._han_readback import _candidate, latin, read_back
    whole = ctx.source.text if ctx.source is not None else ""
    doc = ctx.target.text
    words = list(_CAP_LATIN_WORD.finditer(doc))
    if not words:
        return
    count: dict[str, int] = {}
    for m in words:
        count[m.group()] = count.get(m.group(), 0) + 1
    for src, tgt, sl, tl in _han_beads(ctx):
        if sl != "ja":
            continue
        here = {m.group() for m in _CAP_LATIN_WORD.finditer(tgt.text)}
        for m in _CAP_LATIN_WORD.finditer(tgt.text):
            w = m.group()
            if count.get(w, 0) != 1 or not w.isascii() or not _candidate(w, sl, tl) \
                    or _NAME_WORD_BEFORE.search(tgt.text, 0, m.start()) \
                    or _NAME_WORD_AFTER.match(tgt.text, m.end()) \
                    or not read_back(w, src.text, sl):
                continue
            others = sorted(x for x in count if x not in here and _ja_voicing_pair(x.lower(), w.lower())
                            and read_back(x, src.text, sl))
            if len(others) != 1:
                continue
            right = others[0]
            # the other spelling beside a given name read back from the source: the person
            # introduced in full
            full = None
            for n in re.finditer(rf"(?<![\w'’-])([A-Z][a-z]{{2,}})[ \u00a0]+{right}(?![\w'’-])", doc):
                if read_back(n.group(1), whole, sl) and latin(n.group(1)) != latin(right):
                    full = (n.start(), n.end())
                    break
            if full is None:
                continue
            s, e = tgt.span(m.start(), m.end())
            if s in done or _in_furniture(ctx, s, e):
                continue
            ev = [ctx.evidence(ctx.target, text=_snippet(ctx.target, full),
                               note=f"the translation spells it {right} where it names the person in full")]
            yield ctx.flag(s, e, f"“{w}” looks like a misspelling of “{right}”, which the translation writes "
                                 f"elsewhere for the same name of the source",
                           evidence=ev, suggestion=right, severity=_severity_cap(ctx, Severity.MAJOR))


def _han_slips(ctx: CheckContext, done: set[int]) -> Iterator[Finding]:
    """N001 out of Chinese or Japanese: a word of the translation no run of the source
    reads as, one letter (two in a long word) from how a run of the source sentence reads
    (``_han_readback.misspelt``: Xiaoning for 晓明, Ishikwa for 石川): minor, the reading
    being the machine's; major where the translation writes, at another mention, the one
    word one letter from it that reads as the source (``_han_right_elsewhere``: Chen Haiyan
    … Chen Haiyun), a misprint of fact whose fix is that spelling; out of Chinese major too right
    after a surname word that reads as the character before the run (Wei Chuyan for 韦春燕).  Out of Japanese major for one vowel changed for another after a
    consonant, not the last letter, beside a name word that reads as the source (Masao
    Tamura ~ "Masao Tamora"): readings of a name differ in voicing and long vowels
    (Nakata/Nakada, Sato/Satou), not in a short vowel."""
    from ._han_readback import misspelt, read_back
    whole = ctx.source.text if ctx.source is not None else ""
    for src, tgt, sl, tl in _han_beads(ctx):
        for word, a, b, reading, run in misspelt(src.text, tgt.text, whole, sl, tl):
            s, e = tgt.span(a, b)
            if s in done or _in_furniture(ctx, s, e):
                continue
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {run}")]
            expected = reading[:1].upper() + reading[1:]
            sev = Severity.MINOR
            msg = f"“{word}” looks like a misspelling of “{expected}” (the source's “{run}”)"
            right = _han_right_elsewhere(ctx, word, whole, sl)
            if right is not None:
                # the translation spells the name right at another mention (Li Jianguo …
                # Li Jianguon): a misprint of fact, major, and that spelling is the fix
                sev, expected = Severity.MAJOR, right
                k = ctx.target.text.find(right)
                ev = [ctx.evidence(ctx.target, text=_snippet(ctx.target, (k, k + len(right))),
                                   note=f"the translation spells it {right} elsewhere, as the source reads")]
                msg = f"“{word}” looks like a misspelling of “{right}”, which the translation writes elsewhere"
            elif sl == "ja" and _ja_vowel_slip(word.lower(), reading):
                before = _NAME_WORD_BEFORE.search(tgt.text, 0, a)
                after = _NAME_WORD_AFTER.match(tgt.text, b)
                if any(m is not None and read_back(m.group(1), whole, sl) for m in (before, after)):
                    sev = Severity.MAJOR
            elif sl == "zh" and _zh_given_after_surname(src.text, tgt.text, a, b, run):
                sev = Severity.MAJOR
            yield ctx.flag(s, e, msg, evidence=ev, suggestion=expected, severity=_severity_cap(ctx, sev))


_CAP_LATIN_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w'’-])")


def _zh_given_after_surname(src: str, tgt: str, a: int, b: int, run: str) -> bool:
    """Out of Chinese: is the misspelt word ``tgt[a:b]`` (one letter off the reading of
    source ``run``, two characters or more, five letters or more), unhyphenated, right after a surname word that is the Pinyin of the
    character right before ``run`` in the source sentence (王秀兰 ~ Wang Xiulan … "Wang
    Xiulai")?  The given name's place fixed by its surname beside it: major."""
    from ._han_readback import _char_pinyin, latin
    if "-" in tgt[a:b] or tgt[b:b + 1] == "-" or len(run) < 2 or b - a < 5:
        return False  # (a one-syllable given name, 周明 ~ Zhou Min, stays minor: a short
        # reading is one letter from too many others)
    before = _NAME_WORD_BEFORE.search(tgt, 0, a)
    k = src.find(run)
    if before is None or k < 1:
        return False
    return latin(before.group(1)) in _char_pinyin(src[k - 1])


def _han_right_elsewhere(ctx: CheckContext, word: str, whole: str, sl: str) -> str | None:
    """A capitalised word of the translation one letter from romanised name ``word`` (one
    changed, added or dropped, or two neighbours swapped) that reads exactly as characters
    of the Chinese or Japanese source ``whole``: the name spelled right at another
    mention; None without one, or with two such words (two names, no telling)."""
    from ._han_readback import read_back
    w = word.lower()
    cands = {m.group() for m in _CAP_LATIN_WORD.finditer(ctx.target.text)
             if m.group() != word and _osa(m.group().lower(), w, score_cutoff=1) <= 1}
    right = [c for c in sorted(cands) if read_back(c, whole, sl)]
    return right[0] if len(right) == 1 else None


# a capitalised word right before a name word (a space between), or right after one
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})[ \u00a0]+$")
_NAME_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]{2,})(?![\w'’-])")


def _ja_vowel_slip(w: str, reading: str) -> bool:
    """Is romaji ``w`` ``reading`` with one vowel changed for another, after a consonant
    and not the last letter (nakano ~ "nakeno"), no long vowel's (Satou ~ Satoo)?"""
    if len(w) != len(reading) or not w.isascii():
        return False
    diff = [k for k in range(len(w)) if w[k] != reading[k]]
    if len(diff) != 1 or diff[0] in (0, len(w) - 1):
        return False
    k = diff[0]
    return w[k] in "aeiou" and reading[k] in "aeiou" and w[k - 1] not in "aeiouyh" \
        and w[k + 1] not in "aeiouhy"


# a person's name in Arabic script with its patronymic: X bin Y, "X son of Y" (محمد بن زايد),
# the article "ال" of a word (الشيخ) set aside; a word of letters only on each side
_PATRONYMIC = re.compile(r"(?<![\w\u0600-\u06ff])([\u0621-\u064a]{3,})\s+(?:بن|ابن|بنت)\s+([\u0621-\u064a]{3,})")
_PATRONYMIC_LANGS = frozenset({"ar", "fa", "ur"})
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ'’]+")


def _patronym_swaps(src: str, tgt: str) -> Iterator[tuple[str, str, int, int]]:
    """Arabic-script names X bin Y of source ``src`` whose father Y the Latin translation
    ``tgt`` transcribes while X, the person's own name, is nowhere in it (Sheikh Mohammed bin
    Zayed Road ~ Sheikh Zayed Road): the father named for the son, another person.
    Yields X bin Y, the word for Y and its span in ``tgt``."""
    if not _mostly_latin(tgt):
        return
    words = [m for m in _LATIN_WORD.finditer(tgt) if m.group()[:1].isupper() and len(m.group()) >= 3]
    for m in _PATRONYMIC.finditer(src):
        x, y = (w[2:] if w.startswith("ال") and len(w) >= 5 else w for w in m.groups())
        if x == y:
            continue
        ys = [w for w in words if present_in_other_script(w.group(), y)]
        if ys and not any(present_in_other_script(w.group(), x) for w in words):
            yield m.group(), ys[0].group(), ys[0].start(), ys[0].end()


# a word and a bracket of one to four letters after it, the first a capital: a party's
# or group's abbreviation after a person's name (Holm (V), Larsen (SF), Solberg (H))
_ABBR_BRACKET = re.compile(r"([^\W\d_]{2,})[ \u00a0]*\(([^\W\d_][^\W\d_]{0,3})\.?\)")


def _bracket_abbreviation_spelled(t: Name, tgt: str, src: str) -> bool:
    """Does target name ``t`` stand alone in brackets right after a word (Dahl (Radikale))
    where the source writes that same word before a bracketed abbreviation of one to four
    letters opening with ``t``'s first letter (Holm (V), Jensen (SF) ~ Jensen (Socialistisk
    Folkeparti))?  A party's or group's abbreviation written out, no name added."""
    if t.start < 2 or tgt[t.start - 1] != "(" or tgt[t.end:t.end + 1] != ")":
        return False
    before = re.search(r"([^\W\d_]{2,})[ \u00a0]*\($", tgt[max(0, t.start - 60):t.start])
    if before is None:
        return False
    first = fold(t.text)[:1]
    return any(m.group(1) == before.group(1) and m.group(2)[:1].isupper()
               and fold(m.group(2))[:1] == first and fold(m.group(2)) != fold(t.text)
               for m in _ABBR_BRACKET.finditer(src))


@rule("N005", "name-added", "Accuracy/Addition", "minor", artefact="added-name",
      summary="A name in the translation that renders nothing in the source sentence (not the "
              "same name, an inflection, transliteration, exonym or cognate of any source word); "
              "in German, where every noun is capitalised, only a place of the exonym lexicon or a "
              "word German Wiktionary knows as a name and not as a noun (Krasnodar, Bernhard). "
              "A Hungarian relational adjective of two common words no word list holds "
              "(Közlekedésügyi Minisztérium) is a title word, no name. Not "
              "an acronym the translation defines in brackets beside a place the source names "
              "(BWDB Sylhet for পাউবো সিলেটের, after “Bangladesh Water Development Board (BWDB)”), nor "
              "a name before a Latin acronym in brackets that the source spells by its letters' names in "
              "brackets too (Research Organisation (NHRO) ~ (एनएचआरओ); Indic read-back hears the vowel r "
              "and the flapped ड़, ড়: कृषि ~ Krishi, ল্যাংড়া ~ Langra; Arabic-script read-back hears ض as z too, as Persian and Urdu say it: رضا ~ Reza), nor "
              "a name one of whose words (five letters or more) is one letter off a "
              "spelling of a capitalised source word in Cyrillic, Greek or an Indic script "
              "(Mereu Mare for Мяреу): it renders that word (a slip is N001's); nor a people's name whose stem "
              "the source writes in its own script (the Nabataeans ~ הנבטים), nor a Vietnamese "
              "weekday or month (thứ Ba, tháng Mười), or a Vietnamese body's head noun opening its name "
              "(Cơ quan, Sở: data/names/body_heads.syllabic.txt); nor a saint's name after the translation's word "
              "for saint where the source has its own before a name of the same first letter, "
              "or each opening with a vowel or glide (Св. Илия ~ St Elijah, Sf. Ilie ~ St. Elias), "
              "nor a state's or province's name whose usual abbreviation the source writes (Oax. "
              "~ Oaxaca, Calif. ~ California: data/names/region_abbrev.*.txt); "
              "nor a title of data/names/title_words.txt "
              "before a name the source has (Έπαρχος Πάφου Ανδρέας Κυριακίδης ~ Paphos District "
              "Officer Andreas Kyriakides); a Hebrew ח׳ is kh (סח'נין ~ Sakhnin), a Latin tz is "
              "צ, a Hebrew place in -ית reads as its base too (ציפורית ~ Tzipori), a Greek "
              "\"all-\" compound names the place of its adjective (Παγκύπριος ~ Cyprus); two Latin "
              "words read as one word of another script render it (Ali-Akbar ~ علی‌اکبر); nor a lexicon "
              "place after a compass word where the source names a quarter by its compass point "
              "(in the North West ~ i nordvästra England); nor, into a language with no word list "
              "(Swahili), the capitalised words of a body's name translated word by word where the "
              "source has as many title words (Kituo cha Tatu cha Mizigo ~ Third Cargo Terminal; a "
              "body's head noun opening the chain, Chama, Kituo, Jumuiya, not counted: it renders the source's "
              "head or one word that Swahili says with two, Poultry Association ~ Jumuiya ya "
              "Wafugaji wa Kuku); "
              "nor a party's name in brackets after a person where the source has a bracketed "
              "abbreviation of its first letter there (Larsen (S) ~ Larsen (Socialdemokratiet)). "
              "Maghrebi French spellings read back from Arabic: the article assimilated to a sun letter and ch as ش (Essaouira ~ الصويرة, Chefchaouen ~ شفشاون). "
              "A Latin name that a capitalised Cyrillic or Greek source word spells letter for letter, "
              "its marks folded (Žiča ~ Жича), renders that word, a common word of the translation "
              "beside it aside (Prijepolje City ~ Градска управа Пријепоље). "
              "A title inside one name group (data/names/title_words.txt: Haifa Port CEO Yossi Mizrahi) parts two names, each explained on its own; a short Greek word is read with its vowels (Ίλι ~ Ely). "
              "Out of Cyrillic or Greek, a person's given name and surname where the sentence has the "
              "surname alone and the article both side by side elsewhere (Сам Петров ~ Nikolaï Petrov, "
              "beside Николая Петрова) is the person named in full; a feminine title's abbreviation "
              "(Dre, Dra, Profa) is no part of the name. Nor, into a Latin-script language with a "
              "word list, a body's title translated word by word: a head noun of the language "
              "(data/names/body_head_nouns.txt: Junta, Consejo) and common words of it that the other "
              "big languages hardly use, where the source sentence capitalises as many title words "
              "the translation does not keep (Board of Visitors ~ Junta de Visitadores); a name "
              "beside it (Anselmo Quiroga) travels abroad and is still added. Nor a source name word "
              "kept with the title words of its name translated into frequent common words, no more "
              "of them than the source's capitalised words around it (Lomba Perahu Naga Sematan ~ "
              "Sematan Dragon Boat Race)."
              " Out of a script of its own, a post's title of words of the word list closed by a title word (Divisional Sericulture Officer), alone or before the person's name in one group, is no name. Out of Finnish into Swedish or back, a place's name in the other national language, its generic part in that language's own word (Kuninkaankartanossa ~ Kungsgården: data/names/place_generics.fi-sv.tsv), renders the source's compound. Devanagari read-back hears an anusvara before a labial as m (कुंभारी ~ Kumbhari) and a closing गाव, गांव as -gaon (शिरगाव ~ Shirgaon); Indic read-back hears Bengali's ja and a ja with its nukta as z too (বাজার, बाज़ार ~ Bazar), Bengali's ba after a virama as w (স্বপন ~ Swapan). Into Swahili, a court's head noun (Mahakama: data/names/court_heads.txt) opening a court's translated name counts as a body's head. Out of Greek or Cyrillic, a name before an acronym in brackets that the source writes as an acronym of its own script anywhere in the sentence (ΟΠΑΚ ~ … Agency (OPAK)) glosses it; a Ukrainian place's softened dative or locative (у Вербівці) renders its nominative's transcription (Verbivka). A compound of a rarer word and a frequent head opening a sentence (Kiezelmonsters: see N003) is no name added. Nor is a body's head noun of the translation where the source sentence writes a capitalised head of its own language (Cofradía ~ Guild).",
      why="MT hallucinates entities and swaps a common noun for a name (the ministry becomes "
          "a sports league, a street a city); a name nobody wrote reads as a fact.",
      fail=("Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss.",
            "The mayor of Lyon opened the new bridge over the river on Monday."),
      ok=("Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss.",
          "The mayor opened the new bridge over the river on Monday."),
      needs_source=True)
def name_added(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    sl, tl = _langs(ctx)
    pair = _is_pair(ctx)
    for bn in bead_names(ctx):
        for t in bn.added:
            if not pair:
                # alignment slack and other wording: the source document or another
                # version having the name anywhere is enough
                if _group_present(t, ctx.cached("names.source_index",
                                                lambda: NameIndex(ctx.source.text, sl)), sl, tl):
                    continue
                if any(_group_present(t, ctx.cached(f"names.version_index.{d.path}",
                                                    lambda d=d: NameIndex(d.text, norm_lang(d.lang))),
                                      norm_lang(d.lang), tl) for d in ctx.others):
                    continue
                if _whole_name_elsewhere(t, bn.src.text, ctx.source.text):
                    continue  # a person's whole name out of Cyrillic or Greek where the
                    # sentence has the surname (Сам Петров ~ Ivan Petrov), the name whole
                    # at the article's other mention (Ивана Петрова)
            if _spells_out_acronym(bn.tgt.text, t, bn.src.text):
                continue
            if _kept_with_title_translated(t, bn.src.text, tl):
                continue  # Lomba Perahu Naga Kuala ~ Kuala Dragon Boat Race: the source's
                # name word kept, the title words of its name translated
            if _defined_acronym_with_place(ctx.target.text, t, bn.src.text):
                continue  # BWDB Sylhet for পাউবো সিলেটের: the body's acronym the translation
                # defines, and a place the source names
            if _from_place_adjective(t, bn.src.text, sl, tl):
                continue  # Gebiet Nischni Nowgorod for Нижегородской области: the place of
                # the source's adjective
            if _common_opening(ctx.target.text, t, tl):
                continue  # an inflected common word opening a sentence (Kilkuminutowymi)
            if _title_common_word(ctx, t, bn.tgt.text, tl):
                continue  # the Hop Growers Union beside "hop gardens": a title word
            if _near_rendering(t, bn.src.text, sl):
                continue  # Teceu Mare for Тячеу: a word of the name one letter off a spelling
                # of a source word in another script renders it (a slip is N001's)
            if _vi_calendar_word(t, bn.tgt.text, tl):
                continue  # thứ Ba "Tuesday", tháng Mười "October": a weekday or month
            if _fi_sv_generic_name(t, bn.src.text, sl, tl):
                continue  # Nådendals hamn ~ Naantalin satama: a Finnish place's other name,
                # its generic in the other language
            if len(t.parts) >= 2 and t.parts[-1].fold in _person_titles().get(tl or "", ()) \
                    and _post_words(Name(t.text, t.start, t.parts[-2].end, t.parts[:-1], frozenset(), False),
                                    bn.src.text, tl):
                continue  # the Divisional Forest Officer: a post's title of words of the
                # word list, closed by a title word, out of a script of its own
            if _people_transcribed(t, bn.src.text):
                continue  # the Nabataeans for הנבטים: a people the source names in its script
            if _compass_country_added(t, bn.tgt.text, bn.src.text):
                continue  # in the North West ~ i nordvästra England: the country of a region
                # the source names by its compass point, said outright
            if _bracket_abbreviation_spelled(t, bn.tgt.text, bn.src.text):
                continue  # Lars Dahl (Radikale) for Lars Dahl (R): a party's letter
                # after a person, spelled out
            s, e = bn.tgt.span(t.start, t.end)
            if _in_furniture(ctx, s, e):
                continue  # an agency in a glued credit ("Photo: Reuters"): F002's finding
            yield ctx.flag(s, e, f"“{t.text}” renders no name or word of the source sentence",
                           evidence=[ctx.evidence(ctx.source, text=bn.src.text, note="source")])


_CASED_NAME_PAIR = re.compile("[\u0391-\u03a9\u0400-\u042f][\u03ac-\u03ce\u0430-\u045f]+"
                              "[ \u00a0][\u0391-\u03a9\u0400-\u042f][\u03ac-\u03ce\u0430-\u045f]+")


def _whole_name_elsewhere(t: Name, src: str, doc: str) -> bool:
    """Is Latin target name ``t`` of two words a person's given name and surname where
    source sentence ``src`` (Cyrillic or Greek) has the surname alone and the source
    article ``doc`` has both, side by side, at another mention (Сам Петров ~ Nikolaï
    Petrov beside Николая Петрова)?  The translation names the person in full."""
    if len(t.parts) != 2 or t.classes or _NON_LATIN_LETTER.search(t.text) \
            or not all(p.text[:1].isupper() and p.text[1:].islower() for p in t.parts):
        return False
    first, last = t.parts
    words = _CASED_NAME_WORD.findall(src)
    if not any(present_in_other_script(last.text, w) for w in words) \
            or any(present_in_other_script(first.text, w) for w in words):
        return False
    return any(present_in_other_script(t.text, m.group()) for m in _CASED_NAME_PAIR.finditer(doc))


# a word for a compass point or quarter, in the languages of Europe (north-west,
# northwestern, nordvästra, Nordwesten, nord-ouest, noroeste, nordovest, sydöstra):
# a point, or two joined, and an adjective's or case's ending
_COMPASS_WORD = re.compile(
    r"(?:(?P<a>north|south|nord|norr|noord|n[öo]rd|s[üu]d|sued|syd|s[öo]der|zuid)|(?P<b>nor|sur))?[-‐]?"
    r"(?P<c>east|west|[öøo]st|v[äa]st|vest|ouest|ovest|oeste|este|oost|est)?"
    r"(?:ern|erly|ra|re|en|ens|er|lich|liche|lichen|licher|lichem|liga|lige|ligen|a|e|o|s)?",
    re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_][^\W\d_\-‐]*)([\s\u00a0]+(?:(?:of|de|del|della|di|du|des|von|van|af|the|la|le)[\s\u00a0]+|l['’])*)$",
                          re.IGNORECASE)
_SOURCE_COMPASS = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_\-‐]*(?![^\W\d_])")


# the compass points (folded) that Estonian, Finnish and Hungarian join to a place's name
# by a hyphen to name its quarter (Lõuna-Rootsi, Lounais-Suomi, Délkelet-Anglia)
_COMPASS_PREFIXES = frozenset({
    "pohja", "louna", "ida", "laane", "kirde", "kagu", "edela", "loode",
    "pohjois", "etela", "ita", "lansi", "koillis", "kaakkois", "lounais", "luoteis",
    "eszak", "del", "kelet", "nyugat", "eszakkelet", "eszaknyugat", "delkelet", "delnyugat"})


def _compass_word(w: str) -> bool:
    """Is ``w`` a word for a compass point or quarter (``_COMPASS_WORD``): a point, not
    this (Spanish este), is (French est) or on (French sur) alone?"""
    m = _COMPASS_WORD.fullmatch(w)
    if m is None or not (m.group("a") or m.group("c")) or (m.group("b") and not m.group("c")):
        return False
    return bool(m.group("a")) or m.group("c").casefold() not in ("este", "est") or bool(m.group("b"))


def _compass_country_added(t: Name, tgt: str, src: str) -> bool:
    """Is target name ``t``, a lexicon place (a country, a region), said right after a
    word for a compass point (maybe with of, de, von between: i nordvästra England,
    im Nordwesten Englands, nord-ouest de l'Angleterre) where the source sentence names a
    quarter by its compass point alone (in the North West, im Nordwesten)?  The
    translation says outright whose quarter it is: no name added in its stead."""
    if not (t.classes or any(p.classes for p in t.parts)):
        return False
    if len(t.parts) >= 2 and t.parts[0].fold in _COMPASS_PREFIXES and any(p.classes for p in t.parts[1:]) \
            and t.text[len(t.parts[0].text):len(t.parts[0].text) + 1] in ("-", "‐"):
        # the point joined to the place by a hyphen, as Estonian, Finnish and Hungarian
        # write a quarter (Lõuna-Rootsi, Lounais-Suomi, Délkelet-Anglia)
        return any(_compass_word(w.group()) for w in _SOURCE_COMPASS.finditer(src))
    m = _WORD_BEFORE.search(tgt[max(0, t.start - 60):t.start])
    if m is None or not _compass_word(m.group(1)):
        return False
    return any(_compass_word(w.group()) for w in _SOURCE_COMPASS.finditer(src))


def _near_rendering(t: Name, src: str, sl: str | None) -> bool:
    """Is a word of target name ``t`` (five letters or more, in Latin letters) one letter
    off a spelling of a capitalised word of source sentence ``src`` written in Cyrillic,
    Greek or an Indic script (Тячеу ~ Teceu, for Tiacheu)?  The name renders that word, a
    slip in it being N001's to judge, not an added name."""
    if not _OTHER_SCRIPT.search(src):
        return False
    words = [w for w in dict.fromkeys(_SCRIPT_WORD.findall(src)) if _OTHER_SCRIPT.match(w) and not w[0].islower()]
    if sl == "uk":
        words += _uk_nominatives(words)
    drop = 3 if sl in _ENDING_LANGS else 1
    for p in t.parts:
        if p.acronym or len(p.fold) < 5 or not p.text.isascii():
            continue
        for w in words:
            units = _renderings(w)
            if units is not None and len(units) >= 3 and _render_cost(p.fold, units, drop)[0] == 1:
                return True  # (one spelled right renders its word, and the name may still
                # add another: Petar Kostov for Петър Маринов)
    return False


# the endings of a people's name in a Latin-script translation (Nabataeans, Canaanites,
# Philistines, Edomites), longest first: what is left is the people's or place's stem
_PEOPLE_ENDINGS = ("aeans", "eans", "ians", "ites", "ines", "ans", "ean", "ian", "ite", "ine", "an", "s")


def _people_transcribed(t: Name, src: str) -> bool:
    """Is one-word name ``t`` of a Latin-script translation a people's name (Nabataeans,
    Canaanites) whose stem, four letters or more, the source sentence writes in its own
    script (הנבטים, the Hebrew plural of the same stem)?  A people's name renders the
    source's word for the people: not a name added."""
    if len(t.parts) != 1 or t.parts[0].acronym or _mostly_latin(src) or not _mostly_latin(t.text):
        return False
    low = t.parts[0].text.lower()
    for end in _PEOPLE_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 4:
            stem = t.parts[0].text[:-len(end)]
            if present_in_other_script(stem, src):
                return True
    return False


def _defined_acronym_with_place(tgt: str, t: Name, src: str) -> bool:
    """Is name ``t`` an acronym and a name beside it (BWDB Sylhet, the board's Sylhet
    office), the acronym one the translation defines in brackets after its written-out
    name ("Bangladesh Water Development Board (BWDB)") and every other word rendered from
    the source sentence (সিলেটের ~ Sylhet)?  A source in a script without capitals writes
    its own acronym (পাউবো), which no Latin acronym reads back: the body is the one the
    translation named, not a name added."""
    acr = [p for p in t.parts if p.acronym]
    rest = [p for p in t.parts if not p.acronym]
    if len(acr) != 1 or not rest or len(acr[0].text) < 2:
        return False
    if re.search(r"[^\W\d_]{3,}[^()\n]{0,80}\(\s*" + re.escape(acr[0].text) + r"\s*\)", tgt) is None:
        return False
    sfold = set(_token_sets(src)[1])
    return all(p.fold in sfold or present_in_other_script(p.text, src) for p in rest)


# a bracketed acronym after a name: "(ELTE)", "(ETH)"
_BRACKET_ACRONYM = re.compile(r"[^()]{0,40}?\(\s*([A-ZÀ-Þ][A-ZÀ-Þ0-9&.\-]{1,9})\s*\)")


def _spells_out_acronym(tgt: str, t: Name, src: str) -> bool:
    """Is name ``t`` of the translation part of a source acronym's spelled-out name, the
    acronym in brackets after it (ELTE ~ Eötvös Loránd University (ELTE)): a gloss of a
    name the source has, not a name added?"""
    m = _BRACKET_ACRONYM.match(tgt, t.end)
    if m is None:
        # a short form written as a word (Kela, Luke, Tukes), in brackets after the name in
        # the source too: Luonnonvarakeskuksen (Luke) ~ Naturresursinstitutets (Luke)
        m = _BRACKET_SHORT.match(tgt, t.end)
        if m is None or re.search(rf"\(\s*{re.escape(m.group(1))}\s*\)", src) is None:
            return False
    if "." in tgt[t.end:m.start(1)] or "," in tgt[t.end:m.start(1)]:
        return False
    if _stands_alone(src, m.group(1)):
        return True
    # or the source spells the Latin acronym in its own script, in brackets too (MMFPO ~
    # (एमएमएफपीओ), BBC ~ (ВВС)): the letters' names read back
    acr = m.group(1)
    # (or, out of Greek or Cyrillic, anywhere as an acronym of that script's capitals, the
    # translation glossing it with its spelled-out name: ΟΠΑΚ ~ … Agency (OPAK))
    return acr.isupper() and len(acr) >= 3 and not _mostly_latin(src) and (any(
        not _LATIN_LETTER.search(b) and (present_in_other_script(acr, b) or spells_letters(acr, b))
        for b in _SCRIPT_BRACKET.findall(src))
        or any(present_in_other_script(acr, w) for w in _CASED_SCRIPT_ACRONYM.findall(src)))


_SCRIPT_BRACKET = re.compile(r"\(\s*([^()\s][^()]{1,20}?)\s*\)")
# an acronym of three to eight Greek or Cyrillic capitals
_CASED_SCRIPT_ACRONYM = re.compile(r"(?<![^\W\d_])[\u0391-\u03a9\u0386-\u038f\u0400-\u042f]{3,8}(?![^\W\d_])")

# the names of the Latin letters as Hindi and Bengali write them, spelling an English
# acronym (एनएचआरओ ~ NHRO, বিডব্লিউডিবি ~ BWDB); the nukta is left out on both sides
_LETTER_NAMES = {
    "A": "ए এ", "B": "बी বি", "C": "सी সি", "D": "डी ডি", "E": "ई ই", "F": "एफ এফ",
    "G": "जी জি", "H": "एच एचएच এইচ", "I": "आई আই", "J": "जे জে", "K": "के কে", "L": "एल এল",
    "M": "एम এম", "N": "एन এন", "O": "ओ ও", "P": "पी পি", "Q": "क्यू কিউ", "R": "आर আর",
    "S": "एस এস", "T": "टी টি", "U": "यू ইউ", "V": "वी ভি", "W": "डब्ल्यू डब्लू ডব্লিউ ডাব্লিউ",
    "X": "एक्स এক্স", "Y": "वाई ওয়াই ওযাই", "Z": "जेड জেড"}
_NUKTA = str.maketrans("", "", "\u093c\u09bc")


def spells_letters(acr: str, text: str) -> bool:
    """Is ``text`` Latin acronym ``acr`` spelled by its letters' names in Devanagari or
    Bengali (एमएमएफपीओ ~ MMFPO)?"""
    text = unicodedata.normalize("NFD", text).translate(_NUKTA).replace(" ", "").replace("-", "")
    if not text or len(acr) > 12:
        return False

    def fits(i: int, k: int) -> bool:
        if k == len(acr):
            return i == len(text)
        names = _LETTER_NAMES.get(acr[k])
        if names is None:
            return False
        return any(text.startswith(n, i) and fits(i + len(n), k + 1) for n in names.split())
    return fits(0, 0)


# a bracketed short form written as a title-case word after a name: "(Luke)", "(Kela)"
# (not a mixed-case one, SANParks: that is read as an acronym, which must be all capitals)
_BRACKET_SHORT = re.compile(r"[^()]{0,40}?\(\s*([A-ZÀ-Þ][a-zß-ÿ]{1,9})\s*\)")


def _garbled(text: str) -> bool:
    """Has ``text`` mojibake (UTF-8 read as Latin-1: Ã¼ for ü)?  S013 reports it."""
    from .encoding import _MOJIBAKE_PROBE
    return _MOJIBAKE_PROBE.search(text) is not None


def _in_furniture(ctx: CheckContext, s: int, e: int) -> bool:
    from .furniture import glued_byline_spans, tail_furniture_spans
    return any(a <= s and e <= z for a, z in tail_furniture_spans(ctx)) or (
        ctx.runs("F007") and any(a <= s < z for a, z in glued_byline_spans(ctx)))


def _n004_swaps(ctx: CheckContext) -> dict[int, tuple[set[int], set[int]]]:
    """By bead index, the source and target entities of the swaps N004 reports at major
    or above."""
    n004: dict[int, tuple[set[int], set[int]]] = {}
    for bn in bead_names(ctx):
        for g, t in bn.replaced:
            if bn.conf.get(id(g), 2) < 1:
                continue
            srcs, tgts = n004.setdefault(bn.bead.index, (set(), set()))
            srcs.update(g.classes, *(p.classes for p in g.parts))
            tgts.update(t.classes, *(p.classes for p in t.parts))
    return n004


def _place_counts(text: str, lang: str | None, other: str | None) -> Counter:
    return Counter(m[0] for m in place_mentions(text, lang, other))


_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{3,6}\b")


# German titles of federal offices (Bundeskanzlerin, Bundesregierung, Bundestag) name the
# state without its name: "German Chancellor Merkel" is "Bundeskanzlerin Merkel". They
# echo Germany, Austria or Switzerland, whichever the source has.
_FEDERAL = re.compile(r"\bBundes[a-zäöüß]{3,}", re.I)
_FEDERAL_LANGS = frozenset({"de"})


@lru_cache(maxsize=1)
def _federal_states() -> frozenset[int]:
    return frozenset().union(*(exonym_classes(w) for w in ("germany", "austria", "switzerland")))


def _federal_echoes(text: str, entity: int, lang: str | None) -> int:
    """How many federal titles of ``text`` may stand for lexicon entity ``entity``."""
    if lang not in _FEDERAL_LANGS or entity not in _federal_states():
        return 0
    return len(_FEDERAL.findall(text))


def _far_from(sm, tm, a: int, b: int, slen: int, tlen: int) -> bool:
    """Does no mention of ``b`` in the translation stand within a third of the sentence of
    where the source mentions ``a``?  A place put for another takes its slot; a second
    mention of a place the source names elsewhere (its programme → das iranische Programm,
    a subject repeated after a dropped clause) does not, and the missing place was merely
    left out, N003's business."""
    sa = [m[1] / slen for m in sm if m[0] == a]
    tb = [m[1] / tlen for m in tm if m[0] == b]
    return all(abs(x - y) > 0.3 for x in sa for y in tb)


def _acronym_spelled_out(src: str, tgt: str) -> bool:
    """Has the source an acronym (three to six capitals, no place of the lexicon: not the
    dateline PARIS) that the translation lacks in any case?  It may be spelled out there,
    and its words may name a place (SSAF -> Fondation suisse pour explorations alpines)."""
    low = tgt.casefold()
    return any(m.group().casefold() not in low and not exonym_classes(fold(m.group()), m.group())
               for m in _ACRONYM.finditer(src))


def _resolved(mentions: tuple[tuple[int, int, int], ...], source: Counter) -> list[tuple[int, int, int]]:
    """``mentions`` with a word that names several places (Dunaj: the Danube in Slovak,
    Vienna in Slovene) read as the one the source names, where it names one of them."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for k, s, e in mentions:
        by_span.setdefault((s, e), []).append(k)
    out = []
    for (s, e), ks in by_span.items():
        if len(ks) > 1 and any(source[k] for k in ks):
            ks = [k for k in ks if source[k]]
        out.extend((k, s, e) for k in ks)
    return out


@rule("N006", "place-swapped", "Accuracy/Mistranslation", "major", artefact="wrong-name",
      summary="The translation mentions a place or organisation of the lexicon less often than "
              "the source sentence and another one more often: one was put for the other. "
              "Counts mentions in names and in adjectives, so it also sees swaps no name "
              "check does (afrikanische → Chinese; Africa … Africa → Britain … Africa).",
      why="A swapped country or institution is a critical meaning error that reads "
          "fluently; MT makes it with adjectives and with a second mention of a place the "
          "sentence already has, where a name-by-name comparison finds everything present.",
      fail=("Heute dominieren Frauen die afrikanische Landwirtschaft.",
            "Today, women dominate Chinese agriculture."),
      ok=("Heute dominieren Frauen die afrikanische Landwirtschaft.",
          "Today, women dominate African agriculture."),
      needs_source=True)
def place_swapped(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    sl, tl = _langs(ctx)
    pair = _is_pair(ctx)
    # swaps N004 already reports at major or above, by bead: source and target entities
    # (one it reports as minor, on weak evidence of a name, N006 may still grade major:
    # a place of the lexicon on both sides is no weak evidence)
    # (built on first need: in most pairs no bead gets that far, and the whole name
    # analysis behind it is N003-N005's, which a run of N006 alone need not pay for)
    n004: dict[int, tuple[set[int], set[int]]] | None = None
    beads = ctx.beads()
    whole = None if pair else _place_counts(ctx.source.text, sl, tl)
    for bv in beads:
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        sm = place_mentions(src.text, sl, tl)
        if not sm:
            continue
        cs = Counter(m[0] for m in sm)
        # what the lexicon does not list (a compound, another adjective: Innerasien,
        # nepalische) still echoes the place: a count of such words bounds the mentions.
        # Tested first, on the source's places alone: in most pairs every one is echoed
        # and the translation's mentions (a name search) need not be read
        missing = [a for a in cs
                   if cs[a] > entity_echoes(tgt.text, a) + _federal_echoes(tgt.text, a, tl)]
        if not missing:
            continue
        tm = _resolved(place_mentions(tgt.text, tl, sl), cs)
        ct = Counter(m[0] for m in tm)
        missing = [a for a in missing if cs[a] > ct[a]]
        extra = [b for b in ct if ct[b] > cs[b] and ct[b] > entity_echoes(src.text, b)]
        if not missing or not extra or _acronym_spelled_out(src.text, tgt.text):
            continue
        if n004 is None:
            n004 = _n004_swaps(ctx)
        done_s, done_t = n004.get(bv.index, (set(), set()))
        if not pair:
            # document mode: the alignment may cut a sentence where the translator did not;
            # a place the source names anywhere, or one the neighbouring translated
            # sentences mention, is no swap
            near = Counter()
            for nb in ctx.neighbours(bv.index):
                near.update(_place_counts(" ".join(s.text for s in nb.target), tl, sl))
            extra = [b for b in extra if not whole[b]]
            missing = [a for a in missing if cs[a] > ct[a] + near[a]]
        if extra and missing and _LATIN_LETTER.search(tgt.text) and not _mostly_latin(src.text):
            # a place the lexicon knows in one script only, transcribed (Києва ~ Kiew, Львова
            # ~ Lwiw): the translation's place reads back as a word of the source, the
            # source's as a word of the translation
            extra = [b for b in extra if not any(
                m[0] == b and present_in_other_script(tgt.text[m[1]:m[2]], src.text) for m in tm)]
            missing = [a for a in missing if not any(
                m[0] == a and transcribes_source(src.text[m[1]:m[2]], tgt.text) for m in sm)]
        for b in extra:
            if b in done_t:
                continue
            cands = [a for a in missing if a not in done_s and not kindred_entities(a, b)
                     and not (metonym_entities(a, b) and not _dateline_mention(src.text, sm, a))
                     and not (cs[b] and _far_from(sm, tm, a, b, len(src.text) or 1,
                                                  len(tgt.text) or 1))]
            if not cands:
                continue
            a = cands[0]
            _, ms, me = next(m for m in tm if m[0] == b)
            start, end = tgt.span(ms, me)
            written = tgt.text[ms:me]
            said = f"“{written}”" if written.casefold() == entity_name(b).casefold() \
                else f"“{written}” ({entity_name(b)})"
            yield ctx.flag(start, end, f"{said} where the source has {entity_name(a)}",
                           evidence=[ctx.evidence(ctx.source, text=src.text,
                                                  note=f"source: {entity_name(a)} ×{cs[a]}, "
                                                       f"{entity_name(b)} ×{cs[b]}; translation: "
                                                       f"{entity_name(a)} ×{ct[a]}, "
                                                       f"{entity_name(b)} ×{ct[b]}")])


# ----------------------------------------------------------------------------------
# N001 / N002: spelling
# ----------------------------------------------------------------------------------
@dataclass
class Inventory:
    """Name words of one version: folded form → count, display form, first segment."""

    doc: Document
    counts: Counter = field(default_factory=Counter)
    forms: dict[str, str] = field(default_factory=dict)
    where: dict[str, tuple[int, int]] = field(default_factory=dict)
    umlaut: dict[str, str] = field(default_factory=dict)
    raw: dict[str, set[str]] = field(default_factory=dict)  # every spelling of a folded form

    def has(self, f: str) -> bool:
        return f in self.counts or f in self.umlaut

    def related(self, f: str) -> bool:
        """Same name up to inflection (Merkels/Merkel) or umlaut spelling (Müller/Mueller)."""
        if f in self.counts or f in self.umlaut:
            return True
        if len(f) < 4:
            return False
        return any(_prefix_related(f, g) for g in self.counts if g[:3] == f[:3])


def _inventory(doc: Document, lang: str | None, other: str | None,
               all_capitalised: bool) -> Inventory:
    inv = Inventory(doc)
    text = doc.text
    segs = [s for s in doc.segments if s.kind not in SKIP_KINDS] if doc.segments else None
    chunks = [(s.start, s.text) for s in segs] if segs is not None else [(0, text)]
    for base, chunk in chunks:
        for g in find_names(chunk, lang, other, all_capitalised=all_capitalised):
            for p in g.parts:
                if p.acronym or len(p.fold) < 4:
                    continue
                inv.counts[p.fold] += 1
                inv.forms.setdefault(p.fold, p.text)
                inv.raw.setdefault(p.fold, set()).add(p.text)
                inv.where.setdefault(p.fold, (base + p.start, base + p.end))
                u = fold_umlaut(p.text)
                if u != p.fold:
                    inv.umlaut[u] = p.fold
    return inv


def _target_inventory(ctx: CheckContext) -> Inventory:
    def build() -> Inventory:
        sl, tl = _langs(ctx)
        return _inventory(ctx.target, tl, sl, False)
    return ctx.cached("names.target_inventory", build)


def _version_inventories(ctx: CheckContext) -> list[Inventory]:
    def build() -> list[Inventory]:
        _, tl = _langs(ctx)
        out = []
        for doc in ctx.versions:
            if not doc.text:
                continue
            out.append(_inventory(doc, norm_lang(doc.lang or doc.lang_detected), tl, True))
        return out
    return ctx.cached("names.version_inventories", build)


def _inventories(ctx: CheckContext) -> tuple[Inventory, list[Inventory]]:
    return _target_inventory(ctx), _version_inventories(ctx)


def _snippet(doc: Document, span: tuple[int, int]) -> str:
    seg = doc.segment_at(span[0])
    if seg is not None:
        return seg.text
    a, b = span
    return doc.text[max(0, a - 60):b + 60]


def _spelling_evidence(ctx: CheckContext, f: str, vinv: list[Inventory], tinv: Inventory,
                       exclude: str) -> list[Evidence]:
    ev: list[Evidence] = []
    for inv in vinv:
        if f in inv.counts:
            n = inv.counts[f]
            ev.append(ctx.evidence(inv.doc, text=_snippet(inv.doc, inv.where[f]),
                                   note=f"{_doc_name(inv.doc, ctx)} spells it {inv.forms[f]} ({n}×)"))
    if f in tinv.counts:
        n = tinv.counts[f]
        ev.append(ctx.evidence(ctx.target, text=_snippet(ctx.target, tinv.where[f]),
                               note=f"the translation spells it {tinv.forms[f]} elsewhere ({n}×)"))
    return ev


# letters transliteration systems add, drop or double between languages (Pobjeda/Pobeda,
# Berdimuhammedow/Berdymukhammedov, Mohamed/Mohammed): no evidence of a slip
_GLIDES = frozenset("hjwy")


def _consonant_slip(a: str, b: str) -> bool:
    """Is ``a`` ``b`` with one consonant dropped, added or doubled (Keler/Keller, Bernake/
    Bernanke), or two neighbouring letters swapped, one a consonant (Consesnus)?  The
    slips of typing and of MT subword pieces; vowels and glides vary between
    transliterations (Rohani/Rouhani, Transdniester/Transdneister), so they do not count."""
    if abs(len(a) - len(b)) == 1:
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
        if short[i:] != long_[i + 1:]:
            return False
        c = long_[i]
        return c.isalpha() and c.isascii() and c not in _VOWELS and c not in _GLIDES
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
                and a[diff[1]] == b[diff[0]]:
            pair = a[diff[0]] + a[diff[1]]
            return pair.isascii() and any(c not in _VOWELS and c not in _GLIDES for c in pair)
    return False


def _consonants_swapped(a: str, b: str, gap: int = 1) -> bool:
    """Is ``a`` ``b`` with two letters ``gap`` apart swapped (neighbours by default), both
    consonants and no glide (Bilsky ~ Bilksy; not Lifeng ~ Lifneg, a vowel among them),
    neither the first letter?"""
    if len(a) != len(b) or len(a) < 5:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 2 or diff[1] != diff[0] + gap or diff[0] == 0 \
            or a[diff[0]] != b[diff[1]] or a[diff[1]] != b[diff[0]]:
        return False
    pair = a[diff[0]] + a[diff[1]]
    return pair.isascii() and pair.isalpha() and all(c not in _VOWELS and c not in _GLIDES for c in pair)


def _vowel_consonant_swapped(a: str, b: str) -> bool:
    """Is ``a`` ``b`` (five letters or more) with two neighbouring letters swapped, a vowel
    and a consonant (no h, w or y, which transliterations move: Rahman, Shoigu), neither
    the first letter nor among the last two, where endings and fleeting vowels change
    (Centre ~ Center, Karlovac ~ Karlovca): Gjini ~ "Gijni", Krasniqi ~ "Karsniqi"?  The
    consonant skeleton is the same, but no spelling convention moves a vowel across a
    consonant inside a name."""
    if len(a) != len(b) or len(a) < 5:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 2 or diff[1] != diff[0] + 1 or diff[0] == 0 or diff[1] > len(a) - 3 \
            or a[diff[0]] != b[diff[1]] or a[diff[1]] != b[diff[0]]:
        return False
    pair = a[diff[0]] + a[diff[1]]
    if not (pair.isascii() and pair.isalpha()):
        return False
    vowels = [ch for ch in pair if ch in "aeiou"]
    return len(vowels) == 1 and not set(pair) & set("hwy")


def _undoubled(a: str, b: str) -> bool:
    """Is one of ``a`` and ``b`` the other with a doubled consonant written once (Keler/
    Keller)?  Transliterations do that too (Mohamed/Mohammed), so it is only a candidate:
    a spelling in use in the target language is no slip (see _misspellings)."""
    short, long_ = sorted((a, b), key=len)
    return _consonant_slip(a, b) and any(
        long_[k] == long_[k + 1] and long_[:k] + long_[k + 1:] == short for k in range(len(long_) - 1))


_HYPHEN_NOUN = re.compile(r"[-‐]([A-ZÄÖÜ][a-zäöüß]+)\b")


def _noun_before_noun(t: Name, text: str) -> bool:
    """Is German name candidate ``t`` a common noun joined by a hyphen to a noun after it
    (Star-Filmemacher, Top-Manager): a compound's first part, spelled like a form of a
    German noun and no name of the German-only name list (not Merkel-Regierung)?"""
    from .declension import noun_mask
    m = _HYPHEN_NOUN.match(text, t.end)
    w = t.parts[0].text
    return m is not None and bool(noun_mask(w)) and bool(noun_mask(m.group(1))) \
        and not de_proper(w, t.parts[0].zipf) and not exonym_classes(t.parts[0].fold)


def _noun_slip(f: str, lang: str) -> bool:
    """Is lower-case ``f`` (five letters or more, Zipf under 2) a very frequent word of
    ``lang`` (Zipf 4 and 2.5 above ``f``'s) with two letters swapped, one left out or
    one added?  Shorter than ``misspelt_word`` allows: said of a word already taken for
    another name's counterpart, to weigh that swap, not to call the word no name."""
    if len(f) < 5 or not f.isalpha():
        return False
    z = zipf(f, lang)
    if z >= 2.0:
        return False
    floor = max(4.0, z + 2.5)
    n = len(f)
    for i in range(n):
        if zipf(f[:i] + f[i + 1:], lang) >= floor:
            return True
        if i + 1 < n and f[i] != f[i + 1] and zipf(f[:i] + f[i + 1] + f[i] + f[i + 2:], lang) >= floor:
            return True
    return any(zipf(f[:i] + c + f[i:], lang) >= floor
               for i in range(1, n) for c in "abcdefghijklmnopqrstuvwxyzäöüß")


# big Latin-script languages whose names a translation may quote as written (Alleanza
# Nazionale, Lega Nord, Popolo della Libertà)
_QUOTED_LANGS = ("it", "es", "fr", "pt", "nl", "ca", "ro", "de", "en")
_WORD_AT = re.compile(r"[^\W\d_]+")


def _quoted_foreign(text: str, start: int, end: int, sl: str | None, tl: str | None,
                    src: str | None = None) -> bool:
    """Is the word at ``text[start:end]`` a common word of a third language, next to
    another one of that language (two words either side)?  Then it is part of a name the
    translation quotes in its own language (Alleanza Nazionale for National Alliance,
    Popolo della Libertà for People of Freedom), no slip and no other name.  Words the
    target language uses as much do not count (Nord), nor a word the source ``src``
    writes alike: a name copied from it (Barneveld, Ede a Arnhem: places of one country
    in a list, frequent in its language as its places are, not a phrase quoted in it)."""
    if not has_freq(tl):
        return False  # no word list for the target: every word would seem foreign
    w = text[start:end].casefold()
    own = _own_language(w, sl, tl)
    if not own:
        return False
    before = _WORD_AT.findall(text[max(0, start - 40):start])[-2:]
    after = _WORD_AT.findall(text[end:end + 40])[:2]
    for x in before + after:
        if src is not None and re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", src):
            continue  # (copied from the source)
        x = x.casefold()
        if len(x) < 2:
            continue
        zx = zipf(x, tl)
        if zipf(x, own) >= 3.5 and zipf(x, own) > zx + 1.0:
            return True
    return False


def _own_language(w: str, sl: str | None, tl: str | None) -> str | None:
    """The third language of ``_QUOTED_LANGS`` (not ``sl``, not ``tl``) whose common word
    ``w`` is (Zipf 4 or more), clearly more than in any other of them or in ``tl``: not a
    name the world writes one way (Obama, Merkel are frequent everywhere)."""
    zs = {lang: zipf(w, lang) for lang in _QUOTED_LANGS}
    best = max((lang for lang in _QUOTED_LANGS if lang != sl and lang != tl),
               key=lambda lang: zs[lang])
    z = zs[best]
    if z < 4.0:
        return None
    rest = [v for lang, v in zs.items() if lang != best]
    if tl not in zs:
        rest.append(zipf(w, tl))
    return best if z >= max(rest) + 1.0 else None


def _quoted_group(t: Name, text: str, sl: str | None, tl: str | None, src: str | None = None) -> bool:
    """Is target name ``t`` made of common words of one third language (Popolo della
    Libertà), or one such word next to another (della Libertà, not one the source ``src``
    writes alike)?"""
    words = [p for p in t.parts if not p.acronym]
    if not words:
        return False
    if len(words) == 1:
        return _quoted_foreign(text, t.start, t.end, sl, tl, src)
    if not has_freq(tl):
        return False
    langs = {_own_language(p.low, sl, tl) for p in words}
    return len(langs) == 1 and None not in langs


def _misspellings(ctx: CheckContext, min_ratio: float) -> list[tuple[Part, str, int, Severity | None]]:
    """(target name part, expected folded form, target offset, severity: None for the
    rule's own) for N001."""
    def build() -> list[tuple[Part, str, int, Severity | None]]:
        if not ctx.versions:
            return []
        sl, tl = _langs(ctx)
        kept = _kept_name_slips(ctx, sl, tl) + _script_slips(ctx, sl, tl)
        kept += [k for k in _dropped_letter_slips(ctx, sl, tl) if k[2] not in {x[2] for x in kept}]
        kept += [k for k in _phrase_slips(ctx, sl, tl) if k[2] not in {x[2] for x in kept}]
        kept += [k for k in _hebrew_element_slips(ctx, sl, tl) if k[2] not in {x[2] for x in kept}]
        kept += [k for k in _marked_copy_slips(ctx, sl, tl) if k[2] not in {x[2] for x in kept}]
        starts = {k[2] for k in kept}
        # (a kept name's slip outweighs the rare-word search's unconfirmed one: Kuhnka; so
        # does a surname's slip after a given name both keep: Gerd Obermaier ~ "Obermair")
        kept += [k for k in _kept_given_surname_slips(ctx, sl, tl) if k[2] not in starts]
        starts = {k[2] for k in kept}
        found = kept + [k for k in _rare_slips(ctx, sl, tl, min_ratio) + _real_name_slips(ctx, sl, tl)
                        + _accent_slips(ctx, sl, tl) + _added_mark_slips(ctx, sl, tl)
                        + _swapped_letter_slips(ctx, sl, tl) + _gap_swapped_slips(ctx, sl, tl)
                        if k[2] not in starts]
        # (the minor one-mention search last: any other search's verdict outweighs it)
        starts = {k[2] for k in found}
        found += [k for k in _clipped_beside_full(ctx, sl, tl) if k[2] not in starts]
        starts = {k[2] for k in found}
        found += [k for k in _home_name_clipped(ctx, sl, tl) if k[2] not in starts]
        # (a German name's adjective in another case is no slip: see _de_adjective_case)
        src = ctx.source.text if ctx.source is not None else ""
        return [k for k in found if not _de_adjective_case(k[0].fold, k[1], sl)
                and not _source_adjective_capitalised(k[0], src)
                and not (tl in _SINGLE_CONSONANT_LANGS and k[3] is Severity.MINOR and _undoubled(k[0].fold, k[1])
                         and len(k[0].fold) < len(k[1]) and not _copied_as_written(ctx, k[2], len(k[0].text)))]
    return ctx.cached(f"names.misspellings.{min_ratio}", build)


# languages that respell a foreign name with its doubled consonants written once (Latvian
# Mančestra, Lithuanian Kenedis): an unconfirmed slip of that shape is their spelling
_SINGLE_CONSONANT_LANGS = frozenset({"lv", "lt"})
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w'’-]*)")
_PREV_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+$")


def _copied_as_written(ctx: CheckContext, start: int, n: int) -> bool:
    """Does the name at ``start`` (``n`` letters) of the translation stand in the source's
    own form, not respelt: an apostrophe's ending after it (an English possessive kept,
    St Albert's Gate), or a capitalised word beside it that the source writes as it stands
    and the translation's language does not (the rest of a name copied: … Gate)?"""
    text, src = ctx.target.text, ctx.source.text if ctx.source is not None else ""
    if text[start + n:start + n + 1] in ("'", "’"):
        return True
    tl = _langs(ctx)[1]
    for m in (_NEXT_WORD.match(text, start + n), _PREV_WORD.search(text, max(0, start - 40), start)):
        if m is not None and m.group(1)[:1].isupper() and zipf(m.group(1).lower(), tl) < REAL_WORD \
                and _stands_alone(src, m.group(1)):
            return True
    return False


def _source_adjective_capitalised(p: Part, src: str) -> bool:
    """Is target word ``p`` (six letters or more, capitalised) a word the source writes in
    lower case, as is or with an ending of two letters at most (asturiana ~ Asturian,
    andaluzas ~ Andaluz, bretonne ~ Breton)?  A demonym or adjective of a place that the
    source language writes in lower case and the target capitalises: rendered, no slip of
    the place's name.  In another case too, the last two letters changed, the stem six
    letters or more (w województwie podkarpackim ~ Podkarpackie province)."""
    w = p.text
    if len(w) < 6 or not w[:1].isupper() or not w[1:].islower() or not src:
        return False
    if re.search(r"(?<![\w\-])" + re.escape(w.lower()) + r"\w{0,2}(?![\w\-])", src) is not None:
        return True
    return len(w) >= 8 and re.search(r"(?<![\w\-])" + re.escape(w[:-2].lower()) + r"\w{1,2}(?![\w\-])",
                                     src) is not None


# German adjective endings (strong and weak declension) and the suffixes that make an
# adjective of a stem (wirtschaftlich, bayerisch, gemeinnützig, unabhängig)
_DE_ADJ_ENDINGS = ("en", "er", "es", "em", "e")
_DE_ADJ_SUFFIXES = ("lich", "isch", "ig", "bar", "sam", "haft")


def _de_adjective_case(t: str, f: str, sl: str | None) -> bool:
    """Are folded ``t`` (the translation's) and ``f`` (a German source's) one adjective of
    a name in two cases, the stem an adjective's (des Alpwirtschaftlichen Vereins ~
    l'Alpwirtschaftlicher Verein, der Bayerischen Staatsoper ~ die Bayerische Staatsoper):
    the translation keeps the name in its nominative, no slip?"""
    if sl != "de" or t == f:
        return False
    def stem(w: str) -> str | None:
        for e in _DE_ADJ_ENDINGS:
            if w.endswith(e) and w[:-len(e)].endswith(_DE_ADJ_SUFFIXES) and len(w) - len(e) >= 6:
                return w[:-len(e)]
        return None
    st = stem(t)
    return st is not None and st == stem(f)


def _marks(word: str) -> tuple[str, tuple[bool, ...]]:
    """A word's base letters (lower case) and, letter by letter, whether it carries a
    diacritic (Sánchez: sanchez, the a marked)."""
    base: list[str] = []
    marks: list[bool] = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch):
            if marks:
                marks[-1] = True
        else:
            base.append(ch.lower())
            marks.append(False)
    return "".join(base), tuple(marks)


def _accent_slips(ctx: CheckContext, sl: str | None,
                  tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's accent slips: a name the versions write with diacritics, which the
    translation writes with one where none of them has any (Sánchez ~ Sanchéz, Québec ~
    Quebéc), without one of theirs while it keeps another (Dvořáková ~ Dvoráková), with
    an acute turned grave or back (Kerhervé ~ Kerhervè, Niccolò ~ Niccoló), or without a
    mark that makes a letter of the target language's own alphabet (Nyström ~ Nystrom in
    German, Hervé ~ Herve in Italian: data/names/own_marked_letters.tsv; not where the
    translation writes another marked name plain too, a convention: Phiên ~ Phien beside
    Nguyen in French).  Folding accents
    away makes both the same name, so no near miss sees it; dropping accents the target
    language does not write (Sanchez in English, Wałęsa ~ Walesa) or adding them to a plain
    name (Zurich ~ Zürich, an exonym) is no slip."""
    # (cheap first: most versions, English ones above all, write no accent at all)
    if not any(_ACCENTED.search(d.text) for d in ctx.versions):
        return []
    accented: dict[str, set[str]] = {}
    for inv in _version_inventories(ctx):
        for f, ws in inv.raw.items():
            if any(not w.isascii() for w in ws):
                accented.setdefault(f, set()).update(ws)
    if not accented:
        return []
    own = _own_marked_letters().get(norm_lang(tl) or "", frozenset())
    # (a translation that writes none of its language's marked letters strips them all)
    own_written = bool(own) and any(c in own for c in ctx.target.text.lower())
    out: list[tuple[Part, str, int, Severity | None]] = []
    plain_written: set[str] = set()  # names the versions mark, written with no mark
    stripped: list[tuple[Part, str, int, Severity | None]] = []
    # names the versions mark, written with their marks as the versions write them, and
    # names written plain where only the translation's convention could excuse it (a
    # target language with no marked letters of its own, English: Wróbel ~ Wrobel)
    kept: set[str] = set()
    unmarked: list[tuple[Part, str, int, Severity | None]] = []
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS or (seg.text.isascii() and own_written):
            continue
        for g in find_names(seg.text, tl, sl):
            for p in g.parts:
                forms = accented.get(p.fold)
                if forms is None or p.acronym:
                    continue
                if any(w.casefold() == p.text.casefold() for w in forms):
                    if not p.text.isascii() and not p.classes:
                        kept.add(p.fold)
                    continue
                base, marks = _marks(p.text)
                if not any(marks):
                    plain_written.add(p.fold)
                if not any(marks) and not own_written and not p.classes and not own \
                        and _marks_dropped(p, forms, tl):
                    unmarked.append((p, p.fold, seg.start + p.start, Severity.MINOR))
                if not any(marks) and (not own_written or p.classes):
                    continue
                slip = True
                for w in forms:
                    wb, wm = _marks(w)
                    # a mark where the version has none, or one of its marks dropped while
                    # others are kept (Dvořáková ~ Dvoráková: no convention drops one), not
                    # in the ending, where a case is marked (Pārdaugavā ~ Pārdaugava)
                    added = any(m and not n for m, n in zip(marks, wm))
                    dropped = any(n and not m for m, n in zip(marks[:-2], wm[:-2]))
                    if not any(marks):
                        # every mark dropped: a slip only where each is a letter of the
                        # target language's own alphabet (Nyström ~ Nystrom in German),
                        # not on the last letter, where a case ending is marked
                        dropped = any(n for n in wm[:-1]) and not wm[-1] and all(
                            unicodedata.normalize("NFC", c).lower() in own
                            for c, n in zip(_letters_marked(w), wm) if n) \
                            and zipf(p.low, tl) < REAL_WORD and not _spanish_form(p.low, sl)
                    elif wb == base and marks == wm and not added:
                        dropped = _acute_grave_swapped(p.text, w) and zipf(p.low, tl) < REAL_WORD
                        # (not the target language's own word with its own accent: Catalan
                        # Càceres ~ Spanish Cáceres, a language without the grave)
                    if wb != base or not any(wm) or not (added or dropped):
                        slip = False
                        break
                if slip:
                    (out if any(marks) else stripped).append((p, p.fold, seg.start + p.start, Severity.MINOR))
    if len(plain_written) == 1:
        # (two names or more the versions mark written plain: the translation strips the
        # source's marks by convention, as French and English papers do Vietnamese ones)
        out += stripped
        if len(kept) >= 2:
            # a translation into a language with no marked letters of its own that keeps
            # the source's marks on two names or more but drops every mark of one
            # (Węgorzewo, Giżycko … Wrobel for Wróbel): no convention, a slip
            out += unmarked
    return out


# Spain's languages besides Spanish, whose names of the state's bodies and places have a
# Spanish form a translation abroad may write (Catalan Agència ~ Agencia)
_SPANISH_CO_OFFICIAL = frozenset({"ca", "gl", "eu"})


def _spanish_form(low: str, sl: str | None) -> bool:
    """Out of Catalan, Galician or Basque, is name word ``low`` (plain) a common word of
    Spanish (Zipf 3.5): the Spanish form of the source's name, not its marks dropped?"""
    return sl in _SPANISH_CO_OFFICIAL and has_freq("es") and zipf(low, "es") >= 3.5


def _marks_dropped(p: Part, forms: set[str], tl: str | None) -> bool:
    """Is plain name word ``p`` each of the versions' marked ``forms`` with every mark
    dropped, none of them on the last letter (a case ending's), and no word of ``tl``?"""
    if zipf(p.low, tl) >= REAL_WORD:
        return False
    base = _marks(p.text)[0]
    for w in forms:
        wb, wm = _marks(w)
        if wb != base or not any(wm[:-1]) or wm[-1]:
            return False
    return True


@lru_cache(maxsize=1)
def _own_marked_letters() -> dict[str, frozenset[str]]:
    """data/names/own_marked_letters.tsv: language -> the marked letters of its alphabet
    its press keeps in foreign names."""
    out: dict[str, frozenset[str]] = {}
    for ln in _read_lines(_NAMES_DATA / "own_marked_letters.tsv"):
        lang, _, letters = ln.partition("\t")
        out[lang.strip()] = frozenset(letters.strip())
    return out


def _letters_marked(word: str) -> list[str]:
    """``word``'s letters, each with its combining marks (NFD groups), as _marks counts them."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and out:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _acute_grave_swapped(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ only in an acute written grave or a grave written acute on
    one letter or more (Kerhervé ~ Kerhervè)?  No convention turns one into the other; a
    circumflex, a caron or a double acute for another mark is left alone (Antônio ~
    António, Erdős ~ Erdös are spellings in use)."""
    la, lb = _letters_marked(a), _letters_marked(b)
    if len(la) != len(lb):
        return False
    swapped = False
    for x, y in zip(la, lb):
        if x == y:
            continue
        if x[0].lower() != y[0].lower() or {x[1:], y[1:]} != {"\u0301", "\u0300"}:
            return False
        swapped = True
    return swapped


def _added_mark_slips(ctx: CheckContext, sl: str | None,
                      tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's marks added to a plain name: a name every version writes without a
    diacritic, which the translation writes so too, but at another mention with one
    (Steinbacher … Steinbächer, Dupont … Düpont): two spellings of one name, the
    marked one made up.  Not an exonym (Zurich ~ Zürich), not a name a version writes with
    marks (``_accent_slips``' business)."""
    # cheap pre-test: a capitalised word the translation writes both with and without
    # marks (most pairs have none, and the inventories and name search below cost)
    words = {w for w in _CAP_WORD.findall(ctx.target.text) if len(w) >= 4}
    # (an ASCII word has no mark: every letter _ACCENTED finds is beyond ASCII)
    plain_words = {fold(w) for w in words if w.isascii() or not _ACCENTED.search(w)}
    if not any(fold(w) in plain_words for w in words if not w.isascii() and _ACCENTED.search(w)):
        return []
    plain: set[str] = set()
    marked: set[str] = set()
    for inv in _version_inventories(ctx):
        for f, ws in inv.raw.items():
            for w in ws:
                (marked if any(_marks(w)[1]) else plain).add(f)
    if not plain:
        return []
    mentions: dict[str, list[tuple[Part, int, bool]]] = {}
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        for g in find_names(seg.text, tl, sl):
            for p in g.parts:
                if p.acronym or len(p.fold) < 4 or p.fold not in plain or p.fold in marked:
                    continue
                mentions.setdefault(p.fold, []).append((p, seg.start + p.start, any(_marks(p.text)[1])))
    out: list[tuple[Part, str, int, Severity | None]] = []
    for f, ms in mentions.items():
        if all(m for _, _, m in ms) or not any(m for _, _, m in ms) \
                or any(p.classes for p, _, m in ms if m):
            continue  # (a marked form that is a lexicon form in the text's language: Zürich)
        out += [(p, f, at, Severity.MINOR) for p, at, m in ms if m]
    return out


def _gap_swapped_slips(ctx: CheckContext, sl: str | None,
                       tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's slips of a Latin-script name a version writes, two of its consonants one
    letter apart swapped (Pataki ~ "Pakati"), beside a name word the version's name has
    too (its given name, on either side: Hungarian puts the surname first).  The
    translation's form is a word neither language's texts know."""
    if not ctx.versions:
        return []
    # (cheap first: a capitalised word of the translation no text of either language knows,
    # a version's capitalised word, a name part of four letters or more of the inventories
    # at most, and a name word so, the test below without the inventories, which cost a
    # name search of each version)
    if not any(w[0].isupper() and len(w) >= 5 and w.isascii() and "." not in w
               and not zipf(w.casefold(), tl) > 0.0 and not (sl and zipf(w.casefold(), sl) > 0.0)
               for seg in ctx.target.segments if seg.kind not in SKIP_KINDS
               for w in _piece_cols(seg.text)[0]):
        return []
    if not any(w[0].isupper() and (len(w) >= 4 or len(fold(w)) >= 4)
               for doc in ctx.versions if doc.text
               for chunk in ([s.text for s in doc.segments if s.kind not in SKIP_KINDS]
                             if doc.segments else [doc.text])
               for w in _piece_cols(chunk)[0]):
        return []
    if not any(not p.acronym and not p.classes and len(p.fold) >= 5 and p.text.isascii()
               and not zipf(p.low, tl) > 0.0 and not (sl and zipf(p.low, sl) > 0.0)
               for seg in ctx.target.segments if seg.kind not in SKIP_KINDS
               for g in find_names(seg.text, tl, sl) for p in g.parts):
        return []
    vinv = _version_inventories(ctx)
    backed = {f for inv in vinv for f in inv.counts}
    stems = dict.fromkeys(_hungarian_stems(sorted(backed), sl))
    choices = backed | set(stems)
    if not choices:
        return []
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        for g in find_names(seg.text, tl, sl):
            for i, p in enumerate(g.parts):
                f = p.fold
                if p.acronym or p.classes or len(f) < 5 or not p.text.isascii() or f in choices \
                        or zipf(p.low, tl) > 0.0 or (sl and zipf(p.low, sl) > 0.0):
                    continue
                hit = None
                for k in range(1, len(f) - 2):
                    c = f[:k] + f[k + 2] + f[k + 1] + f[k] + f[k + 3:]
                    if c in choices and _consonants_swapped(f, c, gap=2):
                        hit = c
                        break
                if hit is None:
                    continue
                nbrs = {g.parts[i + d].fold for d in (-1, 1) if 0 <= i + d < len(g.parts)
                        and not g.parts[i + d].acronym and len(g.parts[i + d].fold) >= 3
                        and g.parts[i + d].fold not in stopwords(tl)}
                if not nbrs:
                    continue
                ok = False
                for _doc, groups in _version_groups(ctx):
                    for vg in groups:
                        vf = [q.fold for q in vg.parts]
                        if any(q == hit or q.startswith(hit) and len(q) - len(hit) <= 3 for q in vf) \
                                and any(q.startswith(n) and len(q) - len(n) <= 3 for q in vf for n in nbrs):
                            ok = True
                            break
                    if ok:
                        break
                if ok:
                    out.append((p, p.text[:1] + hit[1:], seg.start + p.start, None))
    return out


def _swapped_letter_slips(ctx: CheckContext, sl: str | None,
                          tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's slips of a well-known name where the source writes it in another script
    (深圳 ~ Shenzehn for Shenzhen): a name word of six letters or more that the target
    language's word list does not know, two neighbouring letters of which swapped make a
    name it knows well (Zipf 2, as places and people the press names are), the first
    letter kept.  No version writes the name in Latin letters to compare with."""
    if ctx.source is None or not has_freq(tl) or _mostly_latin(ctx.source.text) \
            or any(_mostly_latin(d.text) for d in ctx.versions if d is not ctx.source and d.text):
        return []
    out: list[tuple[Part, str, int, Severity | None]] = []
    written = _target_inventory(ctx).counts  # (spelled right elsewhere: N002's, at major)
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS or not _mostly_latin(seg.text):
            continue
        for g in find_names(seg.text, tl, sl):
            for p in g.parts:
                w = p.low
                if p.acronym or p.classes or len(w) < 6 or not w.isalpha() or zipf(w, tl) >= 1.0:
                    continue
                for i in range(1, len(w) - 1):
                    if w[i] == w[i + 1]:
                        continue
                    c = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                    if zipf(c, tl) >= 2.0 and c not in _given_names() and fold(c) not in written:
                        out.append((p, p.text[:1] + c[1:], seg.start + p.start, Severity.MINOR))
                        break
    return out


# a Latin letter with a diacritic (precomposed), or a lone combining mark
_ACCENTED = re.compile("[À-ÖØ-öø-ɏḀ-ỿ\u0300-\u036f]")
# (session 73: each of these four opens with its first letter, the look-behind for a letter
# before it checked after that one: the engine skips to such letters at C speed instead of
# looking behind every character; the same matches)
_CAP_WORD = re.compile(r"[^\W\d_a-zß-ÿ](?<![^\W\d_].)[^\W\d_]+")


def _rare_slips(ctx: CheckContext, sl: str | None, tl: str | None,
                min_ratio: float) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates that are rare words: near misses and clipped names."""
    # cheapest filter: a capitalised word of the translation rare in both languages
    # and spelled so in no other version (a superset of the candidates below)
    if not _rare_capitalised(ctx, tl, sl, min_ratio):
        return []
    # cheap filter first: rare, unexplained name words of the translation
    cands: list[tuple[Part, int, Name, int]] = []
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        for g in find_names(seg.text, tl, sl):
            for i, p in enumerate(g.parts):
                if p.acronym or len(p.fold) < 4 or p.classes:
                    continue
                if zipf(p.low, tl) >= REAL_WORD or (sl and zipf(p.low, sl) >= REAL_WORD):
                    continue
                if _quoted_foreign(seg.text, p.start, p.end, sl, tl):
                    continue  # Alleanza Nazionale ~ National Alliance: quoted, not misspelt
                cands.append((p, seg.start + p.start, g, i))
    if not cands:
        return []
    # a word spelled exactly so in another version is backed: no inventories needed
    vfolds = set()
    for doc in ctx.versions:
        vfolds |= _token_sets(doc.text)[1]
    cands = [c for c in cands if c[0].fold not in vfolds]
    if not cands:
        return []
    vinv = _version_inventories(ctx)
    backed: Counter = Counter()
    for inv in vinv:
        for f, n in inv.counts.items():
            backed[f] += n
    choices = list(backed)
    # a Hungarian source's name in a case (Miskolcról, Szegeden): its stem, the nominative a
    # translation writes, is a form to compare with too (Miskolc ~ "Miskloc")
    choices += [st for st in _hungarian_stems(choices, sl) if st not in backed]
    out = []
    for p, start, g, i in cands:
        f = p.fold
        known = zipf(p.low, tl) >= 1.5  # a spelling in use in the target language
        # a name clipped by its last letter (Jinping ~ "Jinpin") looks like an inflection's
        # stem: a slip unless that letter is an ending of the version's language
        clip = None if known or zipf(p.low, sl) > 0.0 else (_clipped(f, vinv) or _lengthened(f, vinv, tl))
        if clip is None and any(inv.related(f) for inv in vinv) and not _geminate_written(f, backed):
            continue  # (an inflection's stem, unless a version writes the name itself with
            # that consonant doubled: Kitti ~ "Kiti", Kitin being Kitti's genitive)
        best, best_key = clip, (0.0, 0)
        if f.endswith("s") and len(f) > 4:  # genitive (Rohanis)
            known = known or zipf(p.low[:-1], tl) >= 1.5
            if any(inv.related(f[:-1]) for inv in vinv):
                continue
        for c, r, _ in ([] if clip else
                        _extract(f, choices, scorer=_fuzz_ratio, score_cutoff=min_ratio, limit=8)):
            if known and (_vowel_variant(f, c) or (f.endswith("s") and _vowel_variant(f[:-1], c))) \
                    and not (_home_spelling(c) and c not in _given_names() and _same_slot(g, i, c, ctx, tl)):
                continue  # (a transliteration in use; not a surname at home in a Latin-script
                # language, beside a name word both keep: Katrin Oldenburg ~ "Katrin Oldenberg")
            # (a surname after a name word both keep, in a source language that gives it
            # no ending there, is in no case: Adrian Bodea ~ "Adrian Bodia" out of Romanian)
            fixed = sl in _SURNAME_FIXED_AFTER_GIVEN and _after_kept_given(g, i, c, ctx, tl)
            if sl in _ENDING_LANGS and len(f) == len(c) and f[:-2] == c[:-2] and not fixed:
                continue  # another case of the source's name (Bystrzycy ~ Bystrzyca)
            stem = _undoubled_stem(f, c) if sl in _ENDING_LANGS else None
            if stem is not None:
                # the source's name in a case, a doubled consonant of its stem written
                # once (Lillehammerē ~ "Lilehammer"): a slip of the stem, judged as one
                # (no case ending drops a letter inside the stem)
                key = (r, backed[c])
                if key > best_key:
                    best, best_key = stem, key
                continue
            if f != c and nen_nominative(c, sl) == f:
                continue  # a Finnish name in -nen for the source's case of it (Sattasen ~
                # Sattanen: the cases change -nen to -se-)
            if f != c and sl == "fi" and _fi_graded_nominative(f, c):
                continue  # the nominative of a Finnish case form whose last syllable takes
                # the weak grade of its consonant (Koivukadulla ~ Koivukatu, Rannalla ~ Ranta)
            if _adjective_rendered(f, c, tl, sl):
                continue  # a learned adjective in the target's own form (Dendrological ~
                # Dendrológiai, Geologisches ~ Geological): one stem, two suffixes
            if sl in _ENDING_LANGS and not fixed and (_case_of(f, c, sl) or _fleeting_vowel(f, c, sl)
                                                      or _consonant_stem_case(f, c, sl)
                                                      or fleeting_case(f, sl, c)):
                continue  # the base form of the source's inflected name (Tomášovce ~
                # Tomášovcami, Gronostajowa ~ Gronostajowej, Pühajärv ~ Pühajärve;
                # Karlovac ~ Karlovca: a vowel the other cases drop; Kreplje ~ iz
                # Krepelj: a vowel the genitive plural puts between the last consonants)
            if tl != sl and _case_forms(f, c, tl):
                continue  # the source's name in a case of a target language that declines
                # names by Latin endings (Dunvara ~ do Dunvary, Victoria ~ u Victoriji)
            if _near_miss(f, c, min_ratio) and (not _same_skeleton(f, c) or _undoubled(f, c)
                                                or _vowel_consonant_swapped(f, c)
                                                or _unknown_slip(p, c, known, sl, tl)
                                                or _home_slip(f, c, sl, g, i, ctx, tl)):
                key = (r, backed[c])
                if key > best_key:
                    best, best_key = c, key
        if best is None or (f, best) in _glosses(ctx):
            continue
        if _target_own_form(p.low, best, sl, tl):
            continue  # the target language's own spelling of a source word (a sport's name)
        home = _home_slip(f, best, sl, g, i, ctx, tl) and not _undoubled(f, best)
        if known and zipf(p.low, tl) > zipf(best, tl) and not _undoubled(f, best) and not home:
            # the target language's own, more common spelling (Rohani for Rouhani in
            # German): no slip, even where the translation also copies the source's
            # (that is N002's inconsistency); a doubled consonant written once is judged
            # below (Atal, another man's name, for Attal)
            continue
        if _spelling_backed(ctx, best, vinv, tl) or home:
            out.append((p, best, start, None))
        elif p.text.isascii() and best.isascii() and not known and zipf(p.low, sl) == 0.0 \
                and zipf(best, tl) > 0.0 and _consonant_slip(f, best):
            # no version in the target's language backs the spelling, but the target
            # language's own texts know it, not the translation's form, and that form
            # drops, adds or swaps a consonant of a Latin-script name: a slip (Anna
            # Keller ~ "Anna Keler", Ben Bernanke ~ "Ben Bernake")
            out.append((p, best, start, None))
        elif p.text.isascii() and best.isascii() and not known and zipf(p.low, sl) == 0.0 \
                and (_consonants_swapped(f, best) or _vowel_consonant_swapped(f, best)) \
                and _same_slot(g, i, best, ctx, tl):
            # two neighbouring consonants of a Latin-script name swapped, beside a name
            # word both keep (Jason Bilsky ~ "Jason Bilksy"): no spelling convention of
            # any language swaps two consonants, so no confirmation is needed; nor a vowel
            # across a consonant inside the word (Besa Gjini ~ "Besa Gijni")
            out.append((p, best, start, None))
        elif not known or (p.text.isascii() and best.isascii() and _undoubled(f, best)
                           and (_home_spelling(best) or _rarer_both(f, best, sl, tl))
                           and _same_slot(g, i, best, ctx, tl)):
            # a spelling neither the versions nor the target language's texts use, but
            # another language may spell the name so (Pobjeda/Pobeda): worth a look;
            # one in use in the target language (Rouhani for Rohani) is its spelling,
            # unless it writes a doubled consonant of a name at home in a Latin-script
            # language once (or a single one twice) beside a name word both keep: such a
            # name is written the same way abroad (Gabriel Attal ~ "Gabriel Atal", where
            # Atal is another man's name; not Fattah ~ Fatah, a transliteration); so too
            # where both languages' texts write the name double more than single (Sarah
            # Hollis ~ "Sarah Holis"): no convention of the target's respells it
            out.append((p, best, start, Severity.MINOR))
    return out


def _target_own_form(low: str, c: str, sl: str | None, tl: str | None) -> bool:
    """``low``, the translation's word, is the target language's own form of ``c``, a
    common word of the source language that the target's texts never write as the source
    does, while they do write ``low``; a compound whose head the target writes as its own
    word, the rest alike (Dutch handbal ~ English "handball": hand|bal ~ hand|ball, each
    head a common word on its side).  A word the target borrowed and adapted, no slip of a
    name: a name travels as it is written (Keller ~ "Keler" stays a slip), and a slip
    changes no common head word for another (Sindal ~ "Sindall": al, all are no heads of
    three letters)."""
    if not sl or not tl or norm_lang(sl) == norm_lang(tl) or low == c:
        return False
    if not (zipf(c, tl) == 0.0 and zipf(low, tl) >= 1.0 and zipf(c, sl) >= 3.0):
        return False
    for i in range(3, min(len(c), len(low)) - 2):
        if c[:i] != low[:i]:
            break
        head, own = c[i:], low[i:]
        if head != own and zipf(head, sl) >= 4.0 and zipf(own, tl) >= 4.0:
            return True
    return False


def _undoubled_stem(f: str, c: str) -> str | None:
    """The stem of ``c``, a version's form, where it is ``f`` (five letters or more) with
    one consonant doubled and a case ending of one to three letters after it
    (lillehammere for "lilehammer": lillehammer), else None."""
    if len(f) < 5 or not 2 <= len(c) - len(f) <= 4:
        return None
    for k in range(1, len(f)):
        ch = f[k]
        if not ch.isalpha() or ch in "aeiouyåäöü" or f[k - 1] == ch or f[k + 1:k + 2] == ch:
            continue
        st = f[:k + 1] + ch + f[k + 1:]
        if c.startswith(st) and c[len(st):].isalpha():
            return st
    return None


def _geminate_written(f: str, backed: Counter) -> bool:
    """Is a form the versions write ``f`` with one of its consonants doubled (kitti for
    "kiti")?  Then ``f`` looking like the stem of an inflected form of theirs proves
    nothing: a language with consonant gradation writes the single consonant in the
    cases (Finnish Kitti, Kitin; Estonian Sepp, Sepa), the name itself with both."""
    return len(f) >= 4 and any(
        f[k].isalpha() and f[k] not in "aeiouyåäöü" and (c := f[:k + 1] + f[k] + f[k + 1:]) in backed
        and _undoubled(f, c) for k in range(1, len(f)))


def _after_kept_given(g: Name, i: int, c: str, ctx: CheckContext, tl: str | None) -> bool:
    """Is part ``i`` of target name ``g`` its last word, a surname right after a name word
    (a given name of the list, or no place of the lexicon) that a version writes before
    ``c`` too (Adrian Bodea, Mihai Gherman)?"""
    before = g.parts[i - 1] if i > 0 else None
    return before is not None and i == len(g.parts) - 1 and not g.parts[i].classes \
        and (before.low in _given_names() or not before.classes) and _same_slot(g, i, c, ctx, tl)


def _rarer_both(f: str, c: str, sl: str | None, tl: str | None) -> bool:
    """Is the translation's form ``f``, the source's ``c`` with a doubled consonant written
    once, rarer than ``c`` in the texts of both languages, by half a Zipf step in the
    source's and at all in the target's (Hollis ~ "Holis")?  Then the target language
    has no spelling of its own that ``f`` follows (Mohamed, commoner than Mohammed in
    Spanish, is a respelling)."""
    if sl == tl or len(c) != len(f) + 1 or not has_freq(sl) or not has_freq(tl):
        return False  # (a single consonant doubled, Fatah ~ "Fattah", is a transliteration's)
    return zipf(c, sl) >= zipf(f, sl) + 0.5 and zipf(c, tl) > zipf(f, tl)


# the last letters an inflection or derivation adds to a name, by language (Merkels,
# Kenyan, Israeli; Milano, Bidena, Obaman, Bident): a version's name that is the
# translation's plus one of them may be the inflected one.  Languages not listed count
# every letter as an ending (no clipped names there)
_NAME_END = {
    "en": "sni", "de": "sner", "nl": "sner", "af": "sner", "sv": "sne", "da": "sne", "nb": "sne",
    "fr": "sen", "es": "saoei", "pt": "saoei", "it": "saoei", "ca": "saoei",
    "pl": "aeiouymh", "cs": "aeiouymh", "sk": "aeiouymh", "hr": "aeioumh", "sr": "aeioumh",
    "sl": "aeioumh", "bs": "aeioumh", "fi": "nat", "et": "sdtaeiul", "hu": "tknli",
}  # (Hungarian -i makes an adjective of a place: Szegedi, "of Szeged")


# the suffixes (folded, longest first) that make an adjective of a learned noun, per
# language: English dendrolog-ical, German geolog-ische, Hungarian dendrológi-ai, Finnish
# geologi-nen
_LEARNED_ADJ = {
    "en": ("ical", "ic", "al", "ian", "an"),
    "de": ("ischen", "ischer", "isches", "ischem", "ische", "isch"),
    "nl": ("ische", "isch"),
    "fr": ("iques", "ique", "iennes", "ienne", "iens", "ien"),
    "es": ("icos", "icas", "ico", "ica"), "pt": ("icos", "icas", "ico", "ica"),
    "it": ("ici", "iche", "ico", "ica"),
    "hu": ("iai", "ai", "ei", "i"),
    "fi": ("isen", "inen", "isten"),
    "sv": ("iska", "iskt", "isk"), "da": ("iske", "isk"), "nb": ("iske", "isk"),
}


# the same for a learned noun, which a translation gives its own language's ending
# (es vitivinicult-ura ~ en vitivinicult-ure, universi-dad ~ universi-ty, fr -ion ~ de -ion)
_LEARNED_NOUN = {
    "en": ("ure", "ion", "ity", "ty", "ism", "y"),
    "de": ("ur", "ion", "itat", "ismus", "ie"),
    "nl": ("uur", "ie", "iteit", "isme"),
    "fr": ("ure", "ion", "ite", "isme", "ie"),
    "es": ("ura", "ion", "idad", "dad", "ismo", "ia"), "pt": ("ura", "ao", "idade", "dade", "ismo", "ia"),
    "it": ("ura", "ione", "ita", "ismo", "ia"),
}


def _learned_stem(w: str, lang: str | None) -> str | None:
    for suf in _LEARNED_ADJ.get(lang or "", ()) + _LEARNED_NOUN.get(lang or "", ()):
        if w.endswith(suf) and len(w) - len(suf) >= 6:
            return w[:-len(suf)]
    return None


def _adjective_rendered(f: str, c: str, tl: str | None, sl: str | None) -> bool:
    """Is translation word ``f`` the adjective of source word ``c`` with the target
    language's own suffix (dendrological ~ dendrologiai, geologisches ~ geological): the two
    stems, six letters or more, one the start of the other and at most a letter apart?"""
    if tl == sl:
        return False
    a, b = _learned_stem(f, tl), _learned_stem(c, sl)
    if a is None or b is None:
        return False
    if len(a) > len(b):
        a, b = b, a
    return b.startswith(a) and len(b) - len(a) <= 1


def _end_letter_form(f: str, vinv: list[Inventory],
                     fits: Callable[[str, str], bool]) -> str | None:
    """The versions' name that folded ``f`` differs from by one letter at the end, when
    ``fits(g, ends)`` says the letter is no ending (``ends``: the version's language's
    name endings) and no version has ``f`` itself or another form of it."""
    hit = None
    for inv in vinv:
        if f in inv.counts or f in inv.umlaut:
            return None
        ends = _NAME_END.get(norm_lang(inv.doc.lang or inv.doc.lang_detected) or "")
        for g in inv.counts:
            if g[:3] != f[:3] or not _prefix_related(f, g):
                continue
            if ends is None or not fits(g, ends):
                return None
            hit = g
    return hit


def _clipped(f: str, vinv: list[Inventory]) -> str | None:
    """The versions' name that folded ``f`` is with its last letter cut off (Jinping ~
    "Jinpin"), when that letter is no ending of the version's language and no version
    has ``f`` itself or another form of it."""
    return _end_letter_form(f, vinv, lambda g, ends: len(g) == len(f) + 1
                            and g[-1] not in ends and g[-1].isalpha())


def _lengthened(f: str, vinv: list[Inventory], tl: str | None) -> str | None:
    """The versions' name that folded ``f`` is with a letter added at the end (Bokn ~
    "Bokna", Höör ~ "Höörk"), when that letter is an ending of neither the version's
    language nor the translation's (``_NAME_END``: no inflection of either makes the
    form) and no version has ``f`` itself or another form of it.  The mirror of
    ``_clipped``."""
    t_ends = _NAME_END.get(tl or "")
    if t_ends is None:
        return None
    return _end_letter_form(f, vinv, lambda g, ends: len(f) == len(g) + 1
                            and f[-1] not in ends and f[-1] not in t_ends and f[-1].isalpha())


def _real_name_slips(ctx: CheckContext, sl: str | None,
                     tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates that are real words or names (Olaf Scholz ~ "Olaf Schulz"),
    which the rare-word search leaves alone: one letter off a version's name word, next
    to a name word both keep or, a surname alone, in the slot of the source's name (see
    _respelt, _same_slot and _lone_slip).  Where the translation spells the name right
    elsewhere, that spelling is the target language's own: the slip needs no word list
    to tell it from a transliteration, only the slot."""
    pairs = _one_off_caps(ctx)
    if not pairs:
        return []
    vinv: list[Inventory] | None = None  # (the inventories on first need: most pairs' name
    tinv: Inventory | None = None  # words have no one-letter counterpart)
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        for g in find_names(seg.text, tl, sl):
            for i, p in enumerate(g.parts):
                c = pairs.get(p.fold)
                if c is None or p.acronym or p.classes:
                    continue
                # (or a four-letter word that is no word either: the rare-word search's ratio
                # cannot reach it, one letter being a quarter of it: Musk ~ "Mosk")
                real = _real_word(p.low, sl, tl)
                if not (real or len(p.fold) == 4):
                    continue
                if vinv is None:
                    vinv, tinv = _version_inventories(ctx), _target_inventory(ctx)
                if any(inv.related(p.fold) for inv in vinv):
                    continue
                if tinv.related(c):
                    # the translation writes the name right elsewhere: a slip where its
                    # slot has the name fewer times than the source's (Tony Abbott and
                    # Abbott's ~ "Tony Abbot and Abbotts")
                    if _elsewhere_slip(p, c, sl, tl) and _slot_short(ctx, seg, g, c, sl, tl):
                        out.append((p, c, seg.start + p.start, None))
                    continue
                if real and zipf(p.low, tl) == 0.0 and _undoubled(p.fold, c) and p.text.isalpha() \
                        and _mostly_latin(ctx.source.text) and _same_slot(g, i, c, ctx, tl) \
                        and not _stands_alone(fold(ctx.source.text), p.fold):
                    # a word of the source language only (Finnish riika, "Riga"), which the
                    # source does not have, put for its Latin-script name with a double
                    # consonant written once beside a name word both keep (Riikka
                    # Virtanen ~ "Riika Virtanen"): a slip, not a transliteration
                    out.append((p, c, seg.start + p.start, Severity.MINOR))
                    continue
                if real and not _respelt(p.low, c, sl, tl):
                    continue
                if not real and not (zipf(p.low, tl) < 1.5 and zipf(c, tl) >= 2.0 and not _same_skeleton(p.fold, c)):
                    continue  # a four-letter form in use, or a transliteration of the name
                if _same_slot(g, i, c, ctx, tl) or (
                        _lone_slip(p, c, sl, tl) and _slot_short(ctx, seg, g, c, sl, tl)):
                    out.append((p, c, seg.start + p.start, None))
    return out


# one letter that spelling systems write differently for one sound, source letter ->
# target letters, whatever the languages: Nawalny ~ Navalny, Sergej ~ Sergei, Tatjana ~
# Tatyana.  Pairs that hold for some languages only are in _convention
_LETTER_VARIANTS = {"w": "v", "v": "w", "j": "iy", "i": "j", "y": "j"}


def _convention(c: str, f: str, i: int, sl: str | None, tl: str | None) -> bool:
    """May source name ``c`` be spelled ``f`` in the target language by a convention of
    transliteration, ``f`` being ``c`` with letter ``i`` replaced?  Besides the
    letters of _LETTER_VARIANTS: an s may be written z (Selenskyj ~ Zelensky; an s between
    vowels is said so: Hauser ~ "Hauzer" stays the rare-word search's unconfirmed slip), and
    others' z German s, but for a name at home in a Latin-script source's own language
    (English aside: Vuillermoz ~ "Vuillermos" out of French is a slip); a final y is i elsewhere (Dmitry ~ Dmitri, Tchaikovsky ~ Tschaikowski);
    c and k stand for one sound (Victor ~ Viktor, Nicolai ~ Nikolai).  German z is no
    one's s (Kretz ~ "Krets"), German y no one's i (Zbyd ~ "Zbid"), and a vowel is no
    one's other vowel in a name both languages write in Latin letters (Kuhnke ~ "Kuhnka")."""
    a, b = c[i], f[i]
    if b in _LETTER_VARIANTS.get(a, ""):
        return True
    if {a, b} == {"s", "z"}:
        # German s for others' z is a transliteration's (Zelensky ~ Selenskyj); a name at
        # home in the source's own Latin-script language, English aside (it transliterates
        # with z), is no transliteration: German keeps its z (Vuillermoz, Ruiz)
        return a == "s" or (tl == "de" and not (sl not in (None, "en") and _home_lang(c) == sl))
    if {a, b} == {"i", "y"}:
        # a glide, or a final y (Tatyana ~ Tatiana, Maya ~ Maia); not a vowel between
        # consonants (Zbyd ~ "Zbid")
        return i == len(c) - 1 or any(0 <= k < len(c) and c[k] in "aeiou" for k in (i - 1, i + 1))
    return {a, b} == {"c", "k"}


def _kept_name_slips(ctx: CheckContext, sl: str | None,
                     tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates in a Latin-script pair where the translation keeps the source's
    name as written, one letter changed into a form no text of the target language uses
    (Sabine Kretz ~ "Sabine Krets", Ursula Zbinden ~ "Ursula Zbindan").
    A name the source writes in Latin letters is written so in the translation; only a
    convention of transliteration (_convention, _respellings) changes a letter of it, so
    the rare-word search's caution about spellings varying between languages does not
    apply.  Where the translation spells the name right elsewhere (Jankovic ~ "Jankovik"),
    that spelling is its own: no convention excuses the slip.  Not for a source language
    that inflects names by their endings (Bystrzyca ~ Bystrzycy), nor for a word
    the rare-word search cannot see because the target language capitalises nouns and
    knows it as one."""
    if sl is None or tl is None or sl in _ENDING_LANGS or not has_freq(sl) or not has_freq(tl) \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return []
    pairs = _one_off_caps(ctx)
    if not pairs:
        return []
    from .declension import noun_mask
    snames = _source_name_words(ctx, sl, tl)
    # (every slip below is a source name's word with a target word it passes the two-word
    # tests for: no such pair, no name search of the translation nor inventory)
    if not any(c in snames and _kept_slip_shape(f, c, tl) for f, c in pairs.items()):
        return []
    tinv = _target_inventory(ctx)
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg, g in _target_name_groups(ctx, tl, sl):
        for p in g.parts:
            f = p.fold
            c = pairs.get(f)
            if c is not None and c in snames and len(f) != len(c) and not p.acronym \
                    and not p.classes and f.isalpha() and _doubling_slip(ctx, p, c, tl, tinv):
                out.append((p, c, seg.start + p.start, None))
                continue
            if c is None or c not in snames or p.acronym or len(f) != len(c) or not f.isalpha():
                continue  # (accents are folded away: _accent_slips judges them)
            guessed = bool(p.classes) and _inflection_guess(ctx, p, c, sl, tl)
            if p.classes and not guessed:
                continue
            if _polish_sky_slip(f, c, tl) and _slot_has(ctx, seg, c):
                out.append((p, c, seg.start + p.start, None))
                continue
            if zipf(p.low, tl) > 0.0 or (exonym_classes(f) and not guessed) or exonym_classes(c) \
                    or f in stopwords(tl) or (tl == "de" and noun_mask(p.text)):
                continue  # a form the target language uses, or a place, a word, a noun
            if _adjective_rendered(f, c, tl, sl):
                continue  # a learned word with the target's own ending (Vitivinicultura ~
                # Vitiviniculture): a translated word of the name, not a slip
            if _case_forms(f, c, tl):
                continue  # the name in a case of the target language (Dunvara ~ Dunvary)
            diff = [k for k in range(len(f)) if f[k] != c[k]]
            if len(diff) != 1 or diff[0] == 0:
                continue  # (two letters swapped: _consonant_slip's; ie ~ ei varies)
            i = diff[0]
            elsewhere = c in tinv.counts
            if not elsewhere and (_convention(c, f, i, sl, tl) or f in _respellings(c, tl)
                                  or f in _respellings_from_en(c, tl)):
                continue
            if not elsewhere and f[i] in "aeiou" and c[i] in "aeiou" \
                    and not (len(g.parts) > 1 and _home_spelling(c)):
                # a vowel changed: a slip in a person's name at home in a Latin-script
                # language (Jörg Kuhnke ~ "Jörg Kuhnka"); a transliterated name
                # varies its vowels (Husein ~ Husain), and a word alone may be the
                # target language's adaptation (Xenophobia ~ Xenophobie)
                continue
            if not _slot_has(ctx, seg, c):
                continue
            out.append((p, c, seg.start + p.start, None))
    return out


# target languages that write a person's surname as the source does, with no case
# ending after a given name (a German or Nordic genitive -s aside)
_SURNAME_AS_WRITTEN = frozenset({"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "no",
                                 "nn", "ca"})


_LETTER_RUN = re.compile(r"[^\W\d_]+")
# a letter run of three letters or more (from its start) and the run after it, with only
# whitespace (str.isspace, as \s reads it) between them; the second run in a look-ahead, so
# that it may open the next match
_RUN3_THEN_RUN = re.compile(r"([^\W\d_](?<![^\W\d_].)[^\W\d_]{2,})(?=\s+([^\W\d_]+))")  # (see _CAP_WORD)


# languages that write a name's genitive (or a family's plural) with a bare -s (Merkels
# Rede, the Kennedys): a name with an s more or less on that side is no slip
_GENITIVE_S_LANGS = frozenset({"en", "de", "nl", "sv", "da", "nb", "no", "nn", "is", "af", "lb", "fy"})


def _consonant_dropped(f: str, c: str, tl: str | None) -> bool:
    """Is target word ``f`` the source's surname ``c`` (both folded) with one consonant
    left out inside the word, no glide nor a doubled letter written once (Matchett ~
    "Machett", Ferrandis ~ "Ferrandi"), where the target language's texts write the
    short form no more often than the source's?  A name a Latin-script source writes is
    copied letter for letter; transliterations vary their vowels, glides and doubled
    letters, not their other consonants, so a surname with no language of its own
    (Pritchard, common in every language's texts) counts too."""
    if len(c) != len(f) + 1 or len(f) < 4:
        return False
    k = next((k for k in range(len(f)) if f[k] != c[k]), len(f))
    if c[:k] + c[k + 1:] != f or k == 0:
        return False
    ch = c[k]
    if ch in "aeiouy" or ch in _GLIDES or not ch.isalpha() or c[k - 1] == ch or c[k + 1:k + 2] == ch:
        return False
    return zipf(f, tl) <= zipf(c, tl)


# Latin-script languages that read c as ts (or ch, Albanian ç aside) wherever it stands:
# a name at home there writes no k as c
_C_AS_TS = frozenset({"cs", "sk", "pl", "hr", "sl", "bs", "sr", "hu", "lv", "lt", "sq"})


def _consonant_changed(f: str, c: str, sl: str | None) -> bool:
    """Is target word ``f`` the source's name word ``c`` (both folded, same length) with
    one consonant changed for another (Hronec ~ "Hronek")?  Out of a language that
    declines names, where the source's given name stands in the same form as the
    translation's, the surname after it is in that case too, and no case ending changes
    one consonant for another; not a Finnish -nen's genitive -sen (Korpinen ~ Korpisen)."""
    if len(f) != len(c):
        return False
    diff = [k for k in range(len(f)) if f[k] != c[k]]
    if len(diff) != 1:
        return False
    a, b = c[diff[0]], f[diff[0]]
    cons = "bcdfgklmnpqrstvxz"
    return a in cons and b in cons and {a, b} != {"n", "s"}


def _home_in(c: str, sl: str | None) -> bool:
    """Is folded ``c`` at home in language ``sl``: its texts use it a Zipf step or more
    above the median of the usual home languages' (Hronec in Slovak or Czech)?"""
    if not sl or not has_freq(sl):
        return False
    zs = sorted(zipf(c, x) for x in _HOME_LANGS if x != sl and has_freq(x))
    return bool(zs) and zipf(c, sl) - zs[len(zs) // 2] >= 1.0


def _kept_pair_words(ctx: CheckContext) -> frozenset[str]:
    """Folded words of two capitalised words side by side in the source (a person's given
    name and surname, two surnames: Carmen Cordero Ruiz) that the translation writes
    side by side as the source does: a name it keeps letter for letter."""
    def build() -> frozenset[str]:
        src, tgt = ctx.source.text, ctx.target.text
        words = list(_LETTER_RUN.finditer(src))
        out: set[str] = set()
        for m, n in zip(words, words[1:]):
            a, b = m.group(), n.group()
            if len(a) >= 3 and len(b) >= 3 and a[:1].isupper() and b[:1].isupper() \
                    and a[1:].islower() and b[1:].islower() and src[m.end():n.start()] == " " \
                    and _stands_alone(tgt, f"{a} {b}"):
                out.update((fold(a), fold(b)))
        return frozenset(out)
    return ctx.cached("names.kept_pair_words", build)


def _kept_name_changed(f: str, c: str) -> bool:
    """Is folded target word ``f`` the folded source name ``c`` with one letter changed,
    added or dropped (the first kept), no ending either language gives a name: not an s
    added or dropped at the end (a genitive, a family's plural), nor a letter dropped
    at the end (a clipped name is _clipped_beside_full's)?"""
    if len(f) < 4 or len(c) < 4 or f[0] != c[0] or _osa(f, c, score_cutoff=1) > 1:
        return False
    if f == c + "s" or c == f + "s" or (len(f) == len(c) - 1 and c.startswith(f)):
        return False
    if len(f) == len(c) + 1 and f.startswith(c):
        return f[-1] not in _VOWELS and f[-1] != "s"  # (Reinhard ~ "Reinhardt")
    return True


def _kept_full_name_slips(ctx: CheckContext, sl: str | None,
                          tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N002's last candidates in a Latin-script pair: a name the translation keeps letter for
    letter where the source writes it beside another name word (Goran Novotny, Carmen
    Cordero Ruiz ~ the same), written one letter off at a mention whose source sentence
    has it more often than the translation's sentence (… sagte "Nowotny", assinala
    "Cordeiro", … "Reinhardt" said), even where the slip is a real name or a respelling
    another language uses.  The translation's own spelling of the person is the source's:
    no convention of the target language changes it at one mention only.  Not into a
    language that gives names case endings, not a genitive or plural s, a letter dropped at
    the end, a vowel added there, a place or word of the lexicon, a word any version
    has, a word the translation writes in lower case or at two mentions or more (its own
    form: an exonym, a common word of a body's name translated), a German noun, nor a word
    opening a sentence."""
    if sl is None or tl is None or ctx.source is None or norm_lang(sl) == norm_lang(tl) \
            or tl in _ENDING_LANGS or tl in _CASE_SUFFIX_LANGS \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return []
    pairs = _one_off_caps(ctx)
    if not pairs:
        return []
    kept = _kept_pair_words(ctx)
    if not any(c in kept and _kept_name_changed(f, c) for f, c in pairs.items()):
        return []
    from .declension import noun_mask
    lower = {w for w in _STAND_IN_WORD.findall(ctx.target.text) if w.islower()}
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg, g in _target_name_groups(ctx, tl, sl):
        for p in g.parts:
            f = p.fold
            c = pairs.get(f)
            if c is None or c not in kept or not _kept_name_changed(f, c) or p.acronym or p.classes \
                    or not p.text.isalpha() or not p.text[1:].islower() or exonym_classes(f) \
                    or exonym_classes(c) or f in stopwords(tl) or p.low in lower \
                    or _opens_sentence(seg.text, p.start) or (tl in _NOUN_CAPS and noun_mask(p.text)):
                continue
            if _source_count_in(ctx.target.text, p.text) >= 2:
                continue  # the translation's own word at each of its mentions (a place's
                # exonym, Sevilla ~ Sevilha; a common word of a body's name it translates),
                # the kept form only inside a longer name
            if not _kept_slot_short(ctx, seg, c, f):
                continue
            out.append((p, c, seg.start + p.start, None))
    return out


_CLOSING_QUOTE = re.compile(r"[.,!?…]\s*[\"”»“„’']$")


def _opens_sentence(text: str, i: int) -> bool:
    """Does the word at ``text[i]`` open a sentence or a quotation (a common word is
    capitalised there)?  Not after a closing quotation mark: a quotation's speaker ("…,"
    Novotny said)."""
    before = text[:i].rstrip()
    if not before:
        return True
    if _CLOSING_QUOTE.search(before):
        return False
    return before[-1] in ".!?…:;\"“”„«»'‘’(—–-"


def _kept_slot_short(ctx: CheckContext, seg: Segment, c: str, f: str) -> bool:
    """Has the source side of target segment ``seg``'s bead the name word ``c`` (as
    written, or with a case ending of the source's) more often than the target side has
    it (as written, or with a genitive s)?"""
    bv = ctx.bead_of_target(seg.index)
    texts = _bead_texts(bv) if bv is not None else None
    if texts is None:
        return False
    src, tgt = texts
    ns = sum(1 for w in _LETTER_RUN.findall(src.text) if w[:1].isupper()
             and ((x := fold(w)) == c or (x != f and x[:len(c)] == c and len(x) - len(c) <= 3)))
    nt = sum(1 for w in _LETTER_RUN.findall(tgt.text) if w[:1].isupper() and fold(w) in (c, c + "s"))
    return ns > nt


def _kept_given_surname_slips(ctx: CheckContext, sl: str | None,
                              tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates in a Latin-script pair: a person's name whose given name the
    translation's sentence keeps, right before a surname one letter (added, dropped,
    changed, or two neighbours swapped) off the source sentence's surname after that same
    given name, even where the slip is a real word or name (Helen Marsh ~ "Helen Mash",
    Petra Vogt ~ "Petra Voght"), which the other searches leave alone.  Only for a
    surname of four letters or more at home in a Latin-script language (_home_spelling): a
    transliterated name varies between languages (Rouhani ~ Rohani); not where the
    translation spells it right elsewhere (N002's).  Not out of a language that declines names, nor into one; not a German or
    Nordic genitive -s on either side (Merkels Rede ~ Merkel's speech), a glide the target
    language's texts prefer without (or with: Ghaddafi ~ Gaddafi), a transliteration convention (_convention, _respellings), a
    doubled letter written once (the doubling searches judge it), a place of the lexicon,
    nor a word any version has."""
    if sl is None or tl not in _SURNAME_AS_WRITTEN or ctx.source is None \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return []
    ending = sl in _ENDING_LANGS
    vfolds: set[str] = set()
    for doc in ctx.versions:
        vfolds |= _token_sets(doc.text)[1]
    tfolds = _token_sets(ctx.target.text)[1]
    out: list[tuple[Part, str, int, Severity | None]] = []
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        # the source's capitalised words -> the capitalised word right after each, read from
        # the text, not its name groups: a surname that is a common word of the source's
        # language is no name part there (Portuguese Oliveira, "olive tree")
        # (each letter run of three letters or more with the next run right after it,
        # spaces only between them: _RUN3_THEN_RUN, the pairs of consecutive _LETTER_RUN
        # matches, found in one regex pass)
        after: dict[str, set[str]] = {}
        for a, b in _RUN3_THEN_RUN.findall(src.text):
            if a[:1].isupper() and b[:1].isupper() and not b.isupper() and not a.isupper():
                after.setdefault(fold(a), set()).add(fold(b))
        if not after:
            continue
        # (a given name the sentence keeps must be in it: most sentences have none of the
        # source's, and their name groups need not be found; fold is character-wise, so a
        # part's fold is in the sentence's; uncached: a sentence is no word to keep)
        ft = fold.__wrapped__(tgt.text)
        if not any(a in ft for a in after):
            continue
        bead_folds = _token_sets(tgt.text)[1]
        # (a given name whose every surname after it the sentence writes as the source
        # does is skipped below: with no other, the name groups need not be found)
        if all(any(c in bead_folds for c in cs) for a, cs in after.items() if a in ft):
            continue
        # (every capitalised word where the target language capitalises its nouns: a rare
        # surname there may be read as a noun and left out of the name after its given
        # name, Owen "Machett")
        for g in find_names(tgt.text, tl, sl, all_capitalised=tl in _NOUN_CAPS):
            for a, p in zip(g.parts, g.parts[1:]):
                cands = after.get(a.fold)
                f = p.fold
                if not cands or p is not g.parts[-1] or p.acronym or not p.text.isalpha() \
                        or f in vfolds or f in cands or any(c in bead_folds for c in cands):
                    continue
                near = [c for c in cands if _osa(f, c, score_cutoff=1) <= 1 and c[:1] == f[:1]]
                if len(near) != 1:
                    continue
                c = near[0]
                if len(c) < 4 or c in tfolds:
                    continue  # (a short name: one letter makes another name; one the
                    # translation spells right elsewhere is N002's)
                if tl in _NOUN_CAPS and zipf(p.low, sl) >= 3.0 and zipf(c, sl) >= 3.0:
                    continue  # (a common word of the source's language on both sides, left
                    # in a German sentence and read as a name only because every capitalised
                    # word is, not a rare surname written as a common word: Forde ~ "Ford")
                if ending and not _consonant_changed(f, c, sl):
                    continue  # (out of a language that declines names, only a consonant
                    # changed for another: its endings add or change vowels)
                if not (_home_spelling(c) or _consonant_dropped(f, c, tl) or (ending and _home_in(c, sl))
                        or _source_language_name(c, f, sl, tl) or _slip_into_word(f, c, tl)
                        or _slip_into_source_word(f, c, sl)) \
                        or exonym_classes(f) or exonym_classes(c) or p.classes or f in stopwords(tl) \
                        or zipf(p.low, tl) >= 4.5:
                    continue
                if _source_count_in(ctx.target.text, p.text) >= 2:
                    continue  # a spelling the translation keeps at every mention: its own
                if (f == c + "s" and tl in _GENITIVE_S_LANGS) or (c == f + "s" and sl in _GENITIVE_S_LANGS) \
                        or _undoubled(f, c) or f in _respellings(c, tl) or f in _respellings_from_en(c, tl):
                    continue
                if len(f) == len(c):
                    diff = [k for k in range(len(f)) if f[k] != c[k]]
                    if len(diff) == 1 and _convention(c, f, diff[0], sl, tl) \
                            and not (ending and {c[diff[0]], f[diff[0]]} == {"c", "k"} and sl in _C_AS_TS):
                        continue  # (c is no k where the source's language reads it ts: Hronec ~ "Hronek")
                    changed = {f[k] for k in diff} | {c[k] for k in diff}
                else:
                    short, long_ = sorted((f, c), key=len)
                    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
                    changed = {long_[k]}
                if changed & _GLIDES and zipf(f, tl) > zipf(c, tl) and not _slip_into_source_word(f, c, sl):
                    continue  # a glide of a transliteration's digraph the target language's
                    # texts write more often so (Ghaddafi ~ Gaddafi in German); not a rare
                    # name made a common word of its own language (Whyte ~ "White")
                out.append((p, c, tgt.span(p.start, p.end)[0], None))
    return out


def _source_language_name(c: str, f: str, sl: str | None, tl: str | None) -> bool:
    """Is folded ``c`` a name the source's own language writes most (its texts use it half
    a Zipf step or more above every other usual language's: Featherstone, Ashcroft in
    English, where every name of the world is printed and no language stands a full step
    above the median), while ``f`` is a form no text of the usual languages, the source's
    or the target's uses (Zipf 1 at most)?  Not a common word (Zipf 3.5 in the source's
    language: a title's word, Diseases).  A name of the source's own language written
    one letter off into nobody's spelling: no transliteration convention of a name in
    use makes a form no text has (Rouhani ~ Ruhani, German's)."""
    if sl not in _HOME_LANGS or not has_freq(sl):
        return False
    mine = zipf(c, sl)
    others = [zipf(c, x) for x in _HOME_LANGS if x != sl and has_freq(x)]
    if len(others) < 3 or not 1.5 <= mine < 3.5 or mine - max(others) < 0.45:
        return False  # (a common word of the source's language is no name: Diseases)
    return all(zipf(f, x) <= 1.0 for x in {*_HOME_LANGS, sl, tl} if x and has_freq(x))


def _slip_into_source_word(f: str, c: str, sl: str | None) -> bool:
    """Is ``f`` the source's surname ``c`` one letter off (changed, dropped or added) into
    a common word of the source's own language (Zipf 4.5 there, ``c`` rare, Zipf 3.5 at
    most and a step and a half below: Ellen Reade ~ "Ellen Read", Hugh Browne ~ "Hugh Brown"
    out of English)?  A rare spelling of a name corrected into the familiar word it
    resembles, the slip MT makes; the source, which writes the name, is the proof of its
    spelling, and a Latin-script name is copied as written."""
    if sl is None or not has_freq(sl) or f in _given_names():
        return False
    zf, zc = zipf(f, sl), zipf(c, sl)
    return zf >= 4.5 and zc <= 3.5 and zf - zc >= 1.5


def _slip_into_word(f: str, c: str, tl: str | None) -> bool:
    """Is ``f`` the source's surname ``c`` with one consonant changed for another into a
    common word of the target language (Zipf 3.5 and a step above the name there: Pablo
    Soler ~ "Pablo Sober" in English), ``c`` a name Latin-script texts use (Zipf 2.5
    somewhere)?  No transliteration makes a name a common word; a surname is not
    translated.  The capital letter after a kept given name shows it is meant as the name."""
    if not _consonant_changed(f, c, None) or not has_freq(tl) or f in _given_names():
        return False  # (a given name is no common word: Reinhart ~ Reinhard)
    zf = zipf(f, tl)
    return zf >= 3.5 and zf - zipf(c, tl) >= 1.0 \
        and max(zipf(c, x) for x in _HOME_LANGS if has_freq(x)) >= 2.5


def _lexicon_guess_only(f: str) -> bool:
    """Is folded ``f`` no form of the lexicon itself, only read as an inflection of one?"""
    from . import _text as _t
    if _t._EXO_WORDS is None:
        _t._load_exonyms()
    return not _t._EXO_WORDS.get(f)


def _inflection_guess(ctx: CheckContext, p: Part, c: str, sl: str | None, tl: str | None) -> bool:
    """Are the lexicon entities of target name word ``p`` only the lexicon's guess that it
    inflects a lexicon name (Carlou read as Carlo + u, Charles), where ``p`` is the
    source's name word ``c`` with a letter changed (Cariou ~ "Carlou")?  Its own form is
    no lexicon form, neither language's texts use it, ``c`` is no lexicon name, and the
    source names none of those entities: a slip that happens to end like an inflection,
    not a name of the lexicon."""
    if not _lexicon_guess_only(p.fold) or exonym_classes(c) or zipf(p.low, tl) > 0.0 \
            or (sl and zipf(p.low, sl) > 0.0):
        return False
    snamed = ctx.cached(f"names.source_name_classes:{sl}:{tl}", lambda: frozenset(
        k for seg in ctx.source.segments if seg.kind not in SKIP_KINDS
        for h in find_names(seg.text, sl, tl) for q in h.parts for k in q.classes))
    return not (p.classes & snamed)


# spellings of a Polish name's stem that no transliteration of Russian (English -sky,
# French and Spanish -ski with v, German -wski/-wsky) writes: w outside German, and the
# digraphs cz, sz, rz (Kowalski, Szymański, Krzyżanowski)
_POLISH_STEM = re.compile(r"w|cz|sz|rz")


def _polish_sky_slip(f: str, c: str, tl: str | None) -> bool:
    """Is target word ``f`` the source's Polish surname ``c`` (both folded) with its
    -ski/-cki written -sky/-cky (Kowalski ~ "Kowalsky", Nowicki ~ "Nowicky")?  The
    Slavic -sky is English for a Russian -ский, spelled with Russian's v; a stem the
    translation keeps in Polish spelling (w; cz, sz, rz) is the Polish name, which ends
    in -i in every language.  Not for a German translation, which writes the Russian
    names with w and -sky too (Tschaikowsky)."""
    if tl == "de" or len(f) < 6 or f[:-1] != c[:-1] or not c.endswith(("ski", "cki")) \
            or f[-1] != "y":
        return False
    return _POLISH_STEM.search(c[:-3]) is not None


def _target_name_groups(ctx: CheckContext, tl: str | None, sl: str | None):
    """(segment, name group) of every capitalised name in the translation's text segments
    (furniture kinds skipped): the walk N001's candidate searches share."""
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        for g in find_names(seg.text, tl, sl, all_capitalised=True):
            yield seg, g


@lru_cache(maxsize=1)
def _hebrew_elements() -> dict[str, tuple[str, ...]]:
    """data/names/hebrew_elements.tsv: a Hebrew name element -> its usual Latin spellings,
    the commonest first."""
    out: dict[str, tuple[str, ...]] = {}
    for ln in _read_lines(_NAMES_DATA / "hebrew_elements.tsv"):
        he, _, sp = ln.partition("\t")
        out[he.strip()] = tuple(dict.fromkeys(out.get(he.strip(), ()) + tuple(
            x.strip() for x in sp.split(",") if x.strip())))
    return out


_HEBREW_WORD = re.compile("[\u05d0-\u05ea]+")


def _hebrew_element_slips(ctx: CheckContext, sl: str | None,
                          tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates (minor) in a Latin-script translation from Hebrew: a name word
    one letter off a usual Latin spelling of a common Hebrew name element its source
    sentence writes (דוד ~ David, כהן ~ Cohen: ``_hebrew_elements``) and none of them
    (בן-דוד ~ "Ben-Dvid").  Hebrew writes few vowels, so a letter-by-letter read-back
    allows the slip; a name element is spelled in a few ways only.  Not a word of the
    target language, nor any listed spelling of any element (Levi ~ Levy)."""
    if sl != "he" or tl is None or not _mostly_latin(ctx.target.text) \
            or not _HEBREW_WORD.search(ctx.source.text):
        return []
    table = _hebrew_elements()
    known = frozenset(x for sps in table.values() for x in sps)
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        spellings: dict[str, tuple[str, ...]] | None = None
        for g in find_names(seg.text, tl, sl):
            for p in g.parts:
                f = p.fold.replace("'", "").replace("’", "")
                if p.acronym or len(f) < 4 or not f.isalpha() or not p.text.isascii() or f in known \
                        or zipf(p.low, tl) >= 1.0:
                    continue
                if spellings is None:
                    bv = ctx.bead_of_target(seg.index)
                    texts = _bead_texts(bv) if bv is not None else None
                    spellings = {}
                    for w in _HEBREW_WORD.findall(texts[0].text) if texts else ():
                        for k in (w, w[1:] if w[0] in _JOINED_PREFIX and len(w) >= 3 else ""):
                            if k in table:
                                spellings[k] = table[k]
                # (one element of the source's, one letter off some spelling of it)
                hits = {k: [x for x in sps if len(x) >= 4 and _levenshtein(f, x) == 1]
                        for k, sps in spellings.items()}
                hits = {k: v for k, v in hits.items() if v}
                if len(hits) == 1:
                    out.append((p, next(iter(hits.values()))[0].capitalize(), seg.start + p.start, Severity.MINOR))
                elif not hits and len(f) >= 5 and texts:
                    w = _hebrew_vav_slip(f, texts[0].text)
                    if w is not None:
                        out.append((p, w, seg.start + p.start, Severity.MINOR))
    return out


# how a Latin transcription writes each Hebrew letter (final forms alike); a vowel may
# stand between any two, Hebrew writing few; ו inside a word is a vowel o or u (ou in
# French) or the consonant v, w, never a, e, i
_HE_LATIN = {"א": "", "ב": "b|v", "ג": "g|j", "ד": "d", "ה": "h|", "ז": "z", "ח": "ch|h|kh", "ט": "t",
             "י": "y|i|e|ei|", "כ": "k|ch|kh", "ך": "k|ch|kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n",
             "ן": "n", "ס": "s", "ע": "", "פ": "p|f|ph", "ף": "f|p", "צ": "tz|ts|z|c", "ץ": "tz|ts|z",
             "ק": "k|q|c|ck", "ר": "r", "ש": "sh|s", "ת": "t|th"}
_HE_VAV_STRICT = "o|u|ou|v|w|ov|uv"
_HE_VAV_LOOSE = "[aeiou]|ou|v|w"


@lru_cache(maxsize=4096)
def _hebrew_patterns(word: str) -> tuple["re.Pattern[str]", "re.Pattern[str]"] | None:
    """Full-match patterns of Latin transcriptions of Hebrew ``word``: with each ו inside it
    read as o, u, v or w, and with it read as any vowel; None for a word with no inner ו
    or a letter the table lacks."""
    if len(word) < 4 or "ו" not in word[1:] or "וו" in word:
        return None
    strict, loose = [], []
    for k, ch in enumerate(word):
        if ch == "ו" and k > 0:
            a, b = _HE_VAV_STRICT, _HE_VAV_LOOSE
        elif ch in _HE_LATIN:
            a = b = _HE_LATIN[ch] if ch != "ו" else "v|w|o|u"
        else:
            return None
        strict.append(f"(?:{a})")
        loose.append(f"(?:{b})")
    gap = "[aeiou]{0,2}"
    return (re.compile(gap + gap.join(strict) + "[aeiouh]{0,2}"), re.compile(gap + gap.join(loose) + "[aeiouh]{0,2}"))


# Finnish case endings (longest first) and the consonant grades a case's stem takes, weak
# to strong (katu ~ kadulla, lupa ~ luvan, ranta ~ rannalla, kukka ~ kukan)
_FI_CASE_ENDS = tuple(sorted("ssa ssä sta stä lla llä lta ltä lle ksi tta ttä na nä ta tä n a ä".split(),
                             key=len, reverse=True))
_FI_GRADES = (("d", "t"), ("v", "p"), ("nn", "nt"), ("ll", "lt"), ("rr", "rt"), ("ng", "nk"),
              ("t", "tt"), ("p", "pp"), ("k", "kk"))


def _fi_graded_nominative(f: str, c: str) -> bool:
    """Is folded ``f`` the nominative of Finnish case form ``c``: ``c`` without its case
    ending, the consonant opening its stem's last syllable in the strong grade (Koivukadulla
    ~ koivukatu, Lahdessa ~ lahti is not: e ~ i)?"""
    for e in _FI_CASE_ENDS:
        if not c.endswith(e) or len(c) - len(e) < 4:
            continue
        stem = c[:-len(e)]
        for weak, strong in _FI_GRADES:
            k = stem.rfind(weak)
            if k < 1 or k + len(weak) != len(stem) - 1:
                continue  # (the consonant before the stem's last vowel only)
            if stem[:k] + strong + stem[k + len(weak):] == f:
                return True
    return False


def _hebrew_vav_slip(f: str, src: str) -> str | None:
    """A Hebrew source word of the sentence (a joined prefix aside) that Latin name word
    ``f`` (folded) transcribes but for a vowel a, e or i where the word writes ו, its o or
    u (עמוס ~ Amas for Amos): that word, with ``f``'s vowel there made o; else None (also
    where any source word reads as ``f`` as written)."""
    found = None
    for w in _HEBREW_WORD.findall(src):
        for k in (w, w[1:] if w[0] in _JOINED_PREFIX and len(w) >= 4 else ""):
            pats = _hebrew_patterns(k) if k else None
            if pats is None:
                continue
            if pats[0].fullmatch(f):
                return None  # (read as written)
            if pats[1].fullmatch(f) and found is None:
                found = k
    if found is None:
        return None
    # the suggestion: each of f's a, e, i in turn made o, the first that reads as written
    pats = _hebrew_patterns(found)
    for i, c in enumerate(f):
        if c in "aei":
            g = f[:i] + "o" + f[i + 1:]
            if pats[0].fullmatch(g):
                return g.capitalize()
    return None


def _source_name_words(ctx: CheckContext, sl: str | None, tl: str | None) -> set[str]:
    """The folded words of the source's own names (not every capitalised word: German
    capitalises nouns), for the slip searches that compare a target word with them; built
    once a pair (callers only read it)."""
    return ctx.cached(f"names.source_name_words:{sl}:{tl}", lambda: {
        q.fold for seg in ctx.source.segments if seg.kind not in SKIP_KINDS
        for h in find_names(seg.text, sl, tl) for q in h.parts})


def _dropped_letter_slips(ctx: CheckContext, sl: str | None,
                          tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates in a Latin-script pair where the translation keeps a name of the
    source as written but one consonant short (Anna Behrendt ~ "Anna Berendt", Jordi Bosch
    ~ "Jordi Bosh", Pieter Steenkamp ~ "Pieter Steenkam"), beside a name word both keep
    (``_same_slot``), and the source's bead has the name more often than the translation's.
    A name a Latin-script source writes is copied letter for letter; the form may be
    another real name or word (Berendt, bosh): the kept neighbour and the slot fix it as
    that name.  Not a transliteration convention: no doubled consonant written once
    (Mohammed ~ Mohamed: _undoubled's), no vowel (Moubarak ~ Mubarak, Poetin ~ Putin), a
    glide (h, j, w, y) only after a vowel in a name at home in the source's language
    (the h of a digraph, Ghaddafi ~ Gaddafi, is a transliteration's), nothing of an
    English source's name the target language respells or of an h digraph of one (sh,
    kh, th: Bashar ~ Baschar; a letter the respelling does not touch is judged: Chadwick ~
    "Chadwik"), no German transliteration respelt (Scharon ~ Sharon), nor a form
    the target language's texts prefer to the source's; not the last letter where it
    may be an ending of the source language (Merkels ~ Merkel), not a given name, and not
    a form the translation writes throughout while never writing the source's.  A name
    alone, with no name word beside it, is judged where the translation writes the
    source's spelling elsewhere (as a name word, or inside a longer name it keeps: a
    hospital's English name) and the slot has it fewer times than the source's sentence
    (``_slot_short``: "nannte Hathwik" for "Mrs Hathwick said")."""
    if sl is None or tl is None or sl == tl or not has_freq(tl) \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return []
    declining = sl in _ENDING_LANGS
    pairs = {f: c for f, c in _one_off_caps(ctx).items()
             if len(c) == len(f) + 1 and len(c) >= 5 and not _undoubled(f, c)}
    if not pairs:
        return []
    from .declension import noun_mask
    snames = _source_name_words(ctx, sl, tl)
    if not any(c in snames for c in pairs.values()):
        return []
    sfold = fold(ctx.source.text)
    ends = _NAME_END.get(sl)
    tinv = _target_inventory(ctx)
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg, g in _target_name_groups(ctx, tl, sl):
        for i, p in enumerate(g.parts):
            f = p.fold
            c = pairs.get(f)
            if c is None or c not in snames or p.acronym or p.classes or not p.text.isalpha():
                continue
            k = next((j for j in range(len(f)) if f[j] != c[j]), len(f))
            if k == 0 or f[k:] != c[k + 1:]:
                continue
            x = c[k]
            if not x.isascii() or not x.isalpha() or x in _VOWELS:
                continue  # (a vowel varies between transliterations: Moubarak ~ Mubarak)
            if declining and (k + 2 > len(f) or x in _GLIDES or c[k - 1] in _VOWELS
                              or c[k + 1] in _VOWELS):
                continue  # (a source that declines names: only a consonant inside a
                # consonant cluster, two letters or more before the end, no
                # case ending's or fleeting vowel's: Wiśniewski ~ "Wiśniewki")
            if x in _GLIDES and (c[k - 1] not in _VOWELS or _home_lang(c) != sl):
                continue  # (a glide of a transliteration's digraph, Ghaddafi ~ Gaddafi,
                # Bashar ~ Bahar: only a vowel's h in a name at home in the source's
                # language, Behrendt, Kuhlmann, is a slip)
            if sl == "en" and (k + 1 < len(c) and c[k + 1] == "h" or _respelt_near(c, k, tl)):
                continue  # (an English transliteration, which the target language may
                # respell: its digraph's first letter, Bashar ~ Baschar, not judged;
                # a letter no respelling touches is kept: Chadwick ~ "Chadwik")
            if k == len(f) and (ends is None or x in ends):
                continue  # (the source's name with an ending: Merkels ~ Merkel)
            if exonym_classes(f) or exonym_classes(c) or f in stopwords(tl) \
                    or c in _given_names() or p.low in _given_names() \
                    or (tl == "de" and noun_mask(p.text)):
                continue  # a place of the lexicon, a function word, a given name, a noun
            if sl == "de" and f in _respellings(c, tl):
                continue  # a German transliteration respelt (Scharon ~ Sharon)
            if zipf(p.low, tl) > zipf(c, tl):
                continue  # the target language's own spelling of the name
            if _stands_alone(sfold, f):
                continue  # the source has that form too: another name
            if tinv.counts.get(f, 0) > 1 and c not in tinv.counts:
                continue  # written so throughout: the translation's chosen spelling
            if not _slot_has(ctx, seg, c):
                continue
            if not _same_slot(g, i, c, ctx, tl) and not (
                    (c in tinv.counts or c in _token_sets(ctx.target.text)[1])
                    and len(f) >= 6 and _slot_short(ctx, seg, g, c, sl, tl)):
                continue  # (alone, the name needs the translation's own right spelling
                # elsewhere and a slot short of it: Mrs Hathwick ~ "nannte Hathwik")
            out.append((p, c, seg.start + p.start, None))
    return out


def _clipped_beside_full(ctx: CheckContext, sl: str | None,
                         tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates in a Latin-script pair of languages that give a name no ending
    (an -s aside): a name word of the translation that is a source's name word of six
    letters or more without its last letter, not an s (Helen Radcliffe … "Mme Radcliff",
    Whitmore ~ "Whitmor"), where the translation itself writes the full name elsewhere and
    fewer times than the source does, and no version writes the short form.  Neither
    language has an ending that makes one from the other, so the translation contradicts
    itself; major, even where the short form is another real name.  Not a given name
    (Daniel ~ Daniele), a place of the lexicon (Rome ~ Rom), nor a people's or place
    adjective in -n (Korea ~ Korean)."""
    if sl is None or tl is None or sl == tl or sl not in _UNINFLECTED_NAMES \
            or tl not in _UNINFLECTED_NAMES or ctx.source is None \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return []
    pairs = {f: c for f, c in _one_off_caps(ctx).items()
             if len(c) >= 6 and c[:-1] == f and c[-1].isalpha() and c[-1] not in "sn"}
    if not pairs:
        return []
    tinv = _target_inventory(ctx)
    given = _given_names()
    sraw = {fold(w): w for w in _CAP_WORD.findall(ctx.source.text)}
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg, g in _target_name_groups(ctx, tl, sl):
        for p in g.parts:
            c = pairs.get(p.fold)
            if c is None or p.acronym or p.classes or not p.text.isalpha() or c not in tinv.counts:
                continue
            full = tinv.forms[c]
            if c in given or p.fold in given or exonym_classes(c) or exonym_classes(p.fold) \
                    or p.fold in stopwords(tl) or zipf(p.low, tl) >= 4.0:
                continue
            if _source_count_in(ctx.source.text, sraw.get(c, full)) <= _source_count_in(ctx.target.text, full):
                continue  # (the translation has the full name as often as the source)
            out.append((p, c, seg.start + p.start, None))
    return out


def _home_name_clipped(ctx: CheckContext, sl: str | None,
                       tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates in a Latin-script pair where the translation writes a name of the
    source that is at home in the source's language one letter short, at a mention with
    no name word beside it to confirm it (Ortsteile Neukirch und Rohrbach ~ "Neukirch et
    de Rorbach", Mette Søndergaard ~ "Mette Søndergard" in English): a name of the
    source's own language is copied letter for letter, vowels and h included, so a form
    one letter short that no text of either language uses is a slip, minor (one mention,
    no kept neighbour).  The name must be commoner in the source language's texts than in
    the target language's by a Zipf step (Zipf 2 or more there: Rohrbach in German,
    Søndergaard in Danish), the source's bead must have it more often than the
    translation's, and the short form must be in neither language's word list nor in the
    source.  Not the last letter (an ending of the source's), not a doubled letter written
    once (``_dropped_letter_slips``' and ``_undoubled``' business), not a given name, a
    place of the lexicon, a function word or a German noun, and no pair where either side
    declines names.  A source word the source's name search misses counts where the
    translation, in a language that does not capitalise nouns, writes it capitalised
    mid-sentence."""
    if sl is None or tl is None or sl == tl or sl in _ENDING_LANGS or tl in _ENDING_LANGS \
            or not has_freq(sl) or not has_freq(tl) \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return []
    pairs = {f: c for f, c in _one_off_caps(ctx).items()
             if len(c) == len(f) + 1 and len(c) >= 6 and not _undoubled(f, c)}
    if not pairs:
        return []
    snames = _source_name_words(ctx, sl, tl)
    # the source's name search may leave out a name it does not know (a German source
    # capitalises its nouns: Rohrbach; direktør Kjærgaard); a translation that writes the
    # word capitalised mid-sentence, in a language that does not capitalise nouns, shows
    # it is a name
    loose = tl != "de"
    if not loose and not any(c in snames for c in pairs.values()):
        return []
    from .declension import noun_mask
    sfold = fold(ctx.source.text)
    # the source's own spelling of a folded word, letters such as ø kept (søndergaard)
    raw = {fold(w): w.lower() for w in _CAP_WORD.findall(ctx.source.text)}
    tinv = _target_inventory(ctx)
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg, g in _target_name_groups(ctx, tl, sl):
        for p in g.parts:
            f = p.fold
            c = pairs.get(f)
            if c is None or p.acronym or p.classes or not p.text.isalpha():
                continue
            if c not in snames and not (loose and p.start > 0 and not re.search(
                    r"[.!?:;\"«»„“”]\s*$", seg.text[:p.start])):
                continue
            k = next((j for j in range(len(f)) if f[j] != c[j]), len(f))
            if k == 0 or k >= len(f) or f[k:] != c[k + 1:] or not c[k].isalpha():
                continue  # (the first letter, or the last: an ending of the source's)
            cr = raw.get(c, c)
            zs, zt = max(zipf(c, sl), zipf(cr, sl)), max(zipf(c, tl), zipf(cr, tl))
            if zs < 2.0 or zs - zt < 1.0:
                continue  # (not a name at home in the source's language)
            if zipf(p.low, tl) > 0.0 or zipf(p.low, sl) > 0.0 or zipf(f, tl) > 0.0 \
                    or zipf(f, sl) > 0.0:
                continue  # (a form in use: another name, or a spelling convention)
            if exonym_classes(f) or exonym_classes(c) or f in stopwords(tl) \
                    or c in _given_names() or p.low in _given_names() \
                    or (tl == "de" and noun_mask(p.text)):
                continue
            if _stands_alone(sfold, f) or c in tinv.counts:
                continue  # (the source has that form too; the translation writes the
                # name right elsewhere: N002's and _dropped_letter_slips' case)
            if not _slot_has(ctx, seg, c):
                continue
            out.append((p, c, seg.start + p.start, Severity.MINOR))
    return out


def _marked_copy_slips(ctx: CheckContext, sl: str | None,
                       tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates in a Latin-script pair where the translation copies a source
    name in the source's own spelling, its diacritics and all, but one letter dropped,
    added or changed (Gábor Horváth ~ "Gábor Horvát", Jiménez ~ "Jiménes"): a name
    written with the source language's marked letters is no transliteration, so no
    convention (a digraph's h, a vowel) accounts for the letter; the form is a slip even
    where it is a word of the source's language (Hungarian horvát, Croat).  The
    translation's word must carry every marked letter of the source's word, in order,
    be unknown to the target language's texts, stand beside a name word the source
    writes too (in either order: Horváth Gábor ~ Gábor Horváth), and the source's bead
    must have the name more often than the translation's.  Not the first letter; not a
    doubled letter written once or a single one doubled (``_undoubled``'s; Danish aa ~ a
    is a spelling: ``_home_name_clipped``'s minor), but for a doubled consonant two
    letters or more before the end written once, out of a language without consonant
    gradation (Hollósy ~ "Holósy"); at the end, only a consonant that
    no ending of the source's language is (Horváth ~ "Horvát", not Dvořáka ~ Dvořák)
    and no letter an ending of the target's adds; out of a language that declines names,
    no change in the last two letters, but for the vowel before a Slavic name's last
    consonant (``_stem_vowel_changed``).  Not a given name, a place of the lexicon, a
    function word."""
    if sl is None or tl is None or sl == tl or not has_freq(tl) \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return []
    raw: dict[str, set[str]] = {}
    for w in _CAP_WORD.findall(ctx.source.text):
        if not w.isascii():
            raw.setdefault(fold(w), set()).add(w.lower())
    if not raw:
        return []
    pairs = {f: c for f, c in _one_off_caps(ctx).items() if c in raw and len(f) >= 5}
    if not pairs:
        return []
    declining = sl in _ENDING_LANGS
    s_ends, t_ends = _NAME_END.get(sl), _NAME_END.get(tl, "")
    tinv = _target_inventory(ctx)
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg, g in _target_name_groups(ctx, tl, sl):
        if len(g.parts) < 2:
            continue
        for i, p in enumerate(g.parts):
            f = p.fold
            c = pairs.get(f)
            if c is None or p.acronym or p.classes or not p.text.isalpha() or p.text.isascii():
                continue
            marks = [ch for ch in p.low if not ch.isascii()]
            if not any([ch for ch in cr if not ch.isascii()] == marks for cr in raw[c]):
                continue  # (not the source's word with its own marks copied)
            short, long_ = sorted((f, c), key=len)
            undoubled = len(c) == len(f) + 1 and sl not in _GRADATION_LANGS and any(
                c[j] == c[j + 1] and c[j] not in _VOWELS and c[:j] + c[j + 1:] == f
                and j + 2 < len(c) - 1 for j in range(1, len(c) - 1))
            if not undoubled and len(long_) == len(short) + 1 and any(
                    long_[j] == long_[j + 1] and long_[:j] + long_[j + 1:] == short
                    for j in range(len(long_) - 1)):
                continue  # (a doubled letter written once, or a single one doubled:
                # _undoubled's, and Danish aa ~ a is a spelling: Kjærgaard ~ Kjærgard; but a
                # doubled consonant inside the word, two letters or more before its end, of
                # a source language without consonant gradation is copied so: Hollósy ~ "Holósy")
            k = next((j for j in range(min(len(f), len(c))) if f[j] != c[j]), min(len(f), len(c)))
            if k == 0:
                continue
            if len(c) == len(f) + 1:  # a letter dropped
                if f[k:] != c[k + 1:]:
                    continue
                x = c[k]
                if k == len(f) and (s_ends is None or x in s_ends or x in _VOWELS):
                    continue  # (the source's name with an ending: Dvořáka ~ Dvořák)
                if declining and len(f) - 2 <= k < len(f) and not undoubled:
                    continue
            elif len(f) == len(c) + 1:  # a letter added
                if f[k + 1:] != c[k:]:
                    continue
                if k == len(c) and (f[-1] in t_ends or s_ends is None or f[-1] in s_ends):
                    continue  # (an ending: Horváths, a genitive)
                if declining and k >= len(c) - 2:
                    continue
            else:  # a letter changed
                if sum(a != b for a, b in zip(f, c)) != 1 or (declining and k >= len(f) - 2
                                                               and not _stem_vowel_changed(f, c, sl)):
                    continue
            if zipf(p.low, tl) > 0.0 or exonym_classes(f) or exonym_classes(c) or f in stopwords(tl) \
                    or c in _given_names() or p.low in _given_names():
                continue
            if tinv.counts.get(f, 0) > 1 and c not in tinv.counts:
                continue  # written so throughout: the translation's chosen spelling
            bv = ctx.bead_of_target(seg.index)
            texts = _bead_texts(bv) if bv is not None else None
            if texts is None:
                continue
            sbead = fold(texts[0].text)
            if not any(0 <= i + d < len(g.parts) and not g.parts[i + d].acronym
                       and len(g.parts[i + d].fold) >= 3 and g.parts[i + d].fold not in stopwords(tl)
                       and _stands_alone(sbead, g.parts[i + d].fold) for d in (-1, 1)):
                continue  # (no name word beside it that the source writes too)
            if _stands_alone(sbead, f) or not _slot_has(ctx, seg, c):
                continue
            out.append((p, c, seg.start + p.start, None))
    return out


# the Latin-script Slavic languages, and the two last letters (folded) of their case
# endings (and possessive suffixes) that are a vowel and a consonant: -em, -om, -ým, -ou,
# -ej, -ov, -ův ...  Any other vowel before a name's last consonant is its stem's
_SLAVIC_LATIN = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs"})
_SLAVIC_VC_ENDS = frozenset({"am", "em", "im", "om", "um", "ym", "ou", "aj", "ej", "ij", "oj", "uj",
                             "ah", "eh", "ih", "oh", "uh", "yh", "ow", "ov", "ev", "iv", "uv", "in",
                             "yn"})


def _stem_vowel_changed(f: str, c: str, sl: str | None) -> bool:
    """Is folded ``f`` Latin-script Slavic source name word ``c`` (five letters or more)
    with the vowel before its last consonant changed into another vowel, neither form
    ending in a case ending or possessive suffix of those languages (Horvatić ~
    "Horvatać", Vondráček ~ "Vondráčik"; not Šimunovićom ~ Šimunovićem, a Croatian
    instrumental as a Slovene one)?  No ending of a Slavic language replaces that vowel
    alone: the stem is misspelt."""
    if sl not in _SLAVIC_LATIN or len(f) != len(c) or len(f) < 5 or f[-1] != c[-1] \
            or f[-1] in _VOWELS or not f[-1].isalpha() or f[:-2] != c[:-2]:
        return False
    return f[-2] != c[-2] and f[-2] in _VOWELS and c[-2] in _VOWELS \
        and f[-2:] not in _SLAVIC_VC_ENDS and c[-2:] not in _SLAVIC_VC_ENDS


def _respelt_near(c: str, k: int, tl: str | None) -> bool:
    """Does a respelling of English transliteration ``c`` in ``tl`` (_respellings_from_en:
    Gorbachev ~ Gorbatschow) change its letters at or next to position ``k``?  Only there
    can the target language's respelling account for a letter gone."""
    for r in _respellings_from_en(c, tl):
        pre = next((j for j in range(min(len(c), len(r))) if c[j] != r[j]), min(len(c), len(r)))
        suf = 0
        while suf < min(len(c), len(r)) - pre and c[-1 - suf] == r[-1 - suf]:
            suf += 1
        if pre - 1 <= k <= len(c) - suf:
            return True
    return False


def _kept_slip_shape(f: str, c: str, tl: str | None) -> bool:
    """The tests of ``_kept_name_slips`` (and ``_doubling_slip``) that need no more than
    target word ``f`` and source name word ``c`` (both folded): letters only, no place of
    the lexicon nor function word, and a consonant doubled or undoubled (five letters or
    more) or one letter changed.  A necessary condition of either slip."""
    if not f.isalpha() or (exonym_classes(f) and not _lexicon_guess_only(f)) or exonym_classes(c) \
            or f in stopwords(tl):
        return False
    if len(f) != len(c):
        return len(f) >= 5 and _undoubled(f, c)
    return sum(x != y for x, y in zip(f, c)) == 1


def _doubling_slip(ctx: CheckContext, p: Part, c: str, tl: str | None, tinv: Inventory) -> bool:
    """Is target name word ``p`` the source's Latin-script name ``c`` (folded) kept with a
    consonant doubled or a double one written once (Barceló ~ "Barcello", Rossetti ~
    "Rosetti"), a form no text of the target language uses, while the translation writes
    ``c`` right elsewhere?  A name kept as written keeps its letters; the translation's own
    right spelling shows no convention is at work (not Mohamed ~ Mohammed)."""
    f = p.fold
    if len(f) < 5 or not _undoubled(f, c) or c not in tinv.counts:
        return False
    if zipf(p.low, tl) > 0.0 or exonym_classes(f) or exonym_classes(c) or f in stopwords(tl):
        return False
    # a name at home in a Latin-script language, by its frequencies or its own accents
    # (Barceló); a transliterated one doubles its letters variously (Ravana ~ Ravanna)
    return _home_spelling(c) or _ACCENTED.search(tinv.forms.get(c, "")) is not None


def _phrase_slips(ctx: CheckContext, sl: str | None,
                  tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates in a Latin-script pair whose target language does not inflect
    names: a word of a multiword source name the translation keeps as written elsewhere
    (Casa Grande ... Casa Grande), here with its other words as written but this word one
    letter off (``_one_off_caps``: "Casa Grand", "Puerto Rica"), though the slip is a real
    word of its own.  The name's other words fix it as that name; no inflection of the
    target language makes the form (Casa Grandes, a genitive, is one)."""
    if sl is None or tl not in _UNINFLECTED_NAMES or sl in _ENDING_LANGS \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return []
    pairs = _one_off_caps(ctx)
    if not pairs:
        return []
    ttext = fold(ctx.target.text)
    # (a slip needs its name written right elsewhere in the translation, the version's
    # word inside it: with no such word standing alone there, no phrase need be read)
    if not any(_stands_alone(ttext, c) for c in pairs.values()):
        return []
    ends = _NAME_END.get(tl or "", "")
    phrases = {tuple(q.fold for q in h.parts) for seg in ctx.source.segments
               if seg.kind not in SKIP_KINDS for h in find_names(seg.text, sl, tl)
               if 2 <= len(h.parts) <= 4 and not any(q.acronym for q in h.parts)}
    phrases |= _kept_phrases(ctx, sl, tl)
    if not phrases:
        return []
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg, g in _target_name_groups(ctx, tl, sl):
        folds = [q.fold for q in g.parts]
        for i, p in enumerate(g.parts):
            c = pairs.get(p.fold)
            if c is None or p.acronym or p.classes or len(p.fold) < 4 \
                    or (len(p.fold) == len(c) + 1 and p.fold.startswith(c) and p.fold[-1] in ends):
                continue
            for ph in phrases:
                k = next((j for j, w in enumerate(ph) if w == c), None)
                if k is None or i - k < 0 or i - k + len(ph) > len(folds):
                    continue
                lo = i - k
                if any(folds[lo + j] != w for j, w in enumerate(ph) if j != k):
                    continue
                if not _stands_alone(ttext, " ".join(ph)):
                    continue  # (the translation writes the whole name right elsewhere)
                if _slot_has(ctx, seg, c):
                    out.append((p, c, seg.start + p.start, None))
                    break
    return out


def _kept_phrases(ctx: CheckContext, sl: str | None, tl: str | None) -> set[tuple[str, ...]]:
    """Folded words of the translation's multiword names (2-4 words, no acronym) that the
    source writes verbatim: a name kept as written, though the source language's own
    reading takes its words for common nouns (Danish Islands Brygge, Sønder Boulevard:
    a genitive and a capitalised noun, one name only in the translation's reading)."""
    sfold = fold(ctx.source.text)
    out: set[tuple[str, ...]] = set()
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        for h in find_names(seg.text, tl, sl, all_capitalised=True):
            if 2 <= len(h.parts) <= 4 and not any(q.acronym for q in h.parts):
                ws = tuple(q.fold for q in h.parts)
                if _stands_alone(sfold, " ".join(ws)):
                    out.add(ws)
    return out


def _slot_has(ctx: CheckContext, seg: Segment, c: str) -> bool:
    """Has the source side of target segment ``seg``'s bead the name word ``c`` (folded)
    more often than the target side?"""
    bv = ctx.bead_of_target(seg.index)
    texts = _bead_texts(bv) if bv is not None else None
    if texts is None:
        return False
    src, tgt = texts
    return sum(fold(w) == c for w in _piece_cols(src.text)[0]) \
        > sum(fold(w) == c for w in _piece_cols(tgt.text)[0])


# every Latin spelling the transliteration systems in use (ISO, BGN, the English,
# German and French press) give a letter of the Cyrillic or Greek alphabet, so that a
# rendering none of them can give is told from a variant (Шойгу ~ Shoigu, Shoygu,
# Schoigu; Μητσοτάκης ~ Mitsotakis, Mitsotakes)
_ROMAN_CYR = {
    "а": "a", "б": "b", "в": "v w f ff", "г": "g h gh", "ґ": "g", "д": "d", "е": "e ye ie je o yo io jo",
    "ё": "e o yo io jo", "є": "e ye ie je", "ж": "zh j g sch ž z", "з": "z s", "и": "i y ee", "і": "i y",
    "ї": "i yi ji", "й": "y i j _", "к": "k c ck q", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s ss c z", "т": "t", "у": "u ou oo w", "ў": "u w", "ф": "f ph ff", "х": "h kh ch x",
    "ц": "ts tz c z tc", "ч": "ch tch tsch c cz", "ш": "sh sch ch s sz", "щ": "shch sch sh shtsch chtch sc",
    "ъ": "_ y a u", "ы": "y i _", "ь": "_ y i j", "э": "e a", "ю": "yu iu ju u you ou", "я": "ya ia ja a",
    "ђ": "dj d gj", "ј": "j y i", "љ": "lj l ly", "њ": "nj n ny", "ћ": "c ch tj", "џ": "dz dzh dj j",
    "ѓ": "g gj", "ќ": "k kj", "ѕ": "dz"}
_ROMAN_GREEK = {
    "α": "a", "β": "v b", "γ": "g gh y", "δ": "d dh th", "ε": "e", "ζ": "z", "η": "i e", "θ": "th",
    "ι": "i y j", "κ": "k c", "λ": "l", "μ": "m", "ν": "n", "ξ": "x ks", "ο": "o", "π": "p", "ρ": "r rh",
    "σ": "s ss", "ς": "s ss", "τ": "t", "υ": "i y u v f", "φ": "f ph", "χ": "ch h kh", "ψ": "ps",
    "ω": "o", "ου": "ou u oo", "αι": "ai e", "ει": "ei i", "οι": "oi i", "υι": "yi i", "αυ": "av af au",
    "ευ": "ev ef eu", "μπ": "b mp mb", "ντ": "d nt nd", "γκ": "g gk nk ng", "γγ": "ng gg", "τσ": "ts",
    "τζ": "tz dz j", "γχ": "nch nkh nh", "γι": "gi yi y gy j", "γε": "ge ye"}
# Devanagari by offset in its block: consonants, dependent vowel signs, vowels
_DEVA_CONS = ("k c q", "kh k", "g", "gh g", "n ng", "ch c", "chh ch", "j", "jh j", "n ny", "t", "th t",
              "d r", "dh d rh", "n", "t", "th t", "d", "dh d", "n", "n", "p", "ph f p", "b", "bh b",
              "m", "y", "r", "r", "l", "l", "l", "v w b", "sh s", "sh s", "s", "h")  # 0x15-0x39
_DEVA_NUKTA = ("q k", "kh", "g gh", "z j", "r d", "rh r", "f ph", "y")  # 0x58-0x5f
_DEVA_SIGNS = {0x3E: "a aa", 0x3F: "i", 0x40: "i ee", 0x41: "u", 0x42: "u oo", 0x43: "ri ru r",
               0x45: "e ai a", 0x46: "e", 0x47: "e ay ai", 0x48: "ai e ei", 0x49: "o a au", 0x4A: "o",
               0x4B: "o", 0x4C: "au ou o ow"}
_DEVA_VOWELS = {0x05: "a", 0x06: "a aa", 0x07: "i", 0x08: "i ee", 0x09: "u", 0x0A: "u oo", 0x0B: "ri ru",
                0x0D: "e ai", 0x0E: "e", 0x0F: "e ai", 0x10: "ai e", 0x11: "o au", 0x12: "o", 0x13: "o",
                0x14: "au ou"}


def _alts(spec: str) -> tuple[str, ...]:
    return tuple("" if a == "_" else a for a in spec.split())


# Bengali read as Devanagari, letter for letter (the two blocks share the ISCII layout,
# 0x80 apart), with the spellings Bengali romanisations add, by Devanagari offset: the
# inherent vowel also o (রবীন্দ্রনাথ ~ Robindronath), অ also o, য also j (যশোর ~ Jessore),
# য় also w or nothing (নোয়াখালী ~ Noakhali), স also sh (সাহা ~ Shaha), জ also z (হজরত ~
# Hazrat), ব also v (বিবেকানন্দ ~ Vivekananda), ং also ng (বাংলা ~ Bangla)
_BENGALI_EXTRA = {0x05: "o", 0x2F: "j", 0x5F: "w _", 0x38: "sh", 0x1C: "z", 0x2C: "v", 0x02: "ng"}
_BENGALI_INHERENT = ("a", "o", "")
# a consonant with a nukta -> the letter of the nukta row (0x58-0x5f) it stands for
_NUKTA_OF = {0x15: 0x58, 0x16: 0x59, 0x17: 0x5A, 0x1C: 0x5B, 0x21: 0x5C, 0x22: 0x5D, 0x2B: 0x5E, 0x2F: 0x5F}


def _bengali_as_devanagari(word: str) -> str | None:
    """Bengali ``word`` in the Devanagari letters of the same offsets (ৎ, the khanda ta,
    as त्); None for a letter outside the Bengali block or with no Devanagari twin."""
    out = []
    for ch in word:
        o = ord(ch) - 0x980
        if not 0 <= o < 0x80 or o == 0x57:
            return None  # (the au length mark, ৗ, has no twin)
        out.append("\u0924\u094d" if o == 0x4E else chr(0x900 + o))
    return "".join(out)


@lru_cache(maxsize=4096)
def _renderings(word: str) -> tuple[tuple[str, ...], ...] | None:
    """The letters of a Cyrillic, Greek, Devanagari or Bengali word as units, each with
    its Latin spellings (a Devanagari consonant without a vowel sign has its inherent a,
    or none: आदित्यनाथ ~ Adityanath; a Bengali one also o, _BENGALI_EXTRA); None for
    other scripts and unknown letters."""
    units: list[tuple[str, ...]] = []
    bengali = "\u0980" <= word[0] <= "\u09ff"
    if bengali:
        word = _bengali_as_devanagari(word)
        if word is None:
            return None

    def alts(spec: str, o: int) -> tuple[str, ...]:
        if bengali and o in _BENGALI_EXTRA:
            spec += " " + _BENGALI_EXTRA[o]
        return _alts(spec)
    if "\u0900" <= word[0] <= "\u097f":
        i, n = 0, len(word)
        while i < n:
            o = ord(word[i]) - 0x900
            if not 0 <= o < 0x80:
                return None
            if 0x15 <= o <= 0x39 or 0x58 <= o <= 0x5F:
                i += 1
                if i < n and word[i] == "\u093c":  # nukta
                    i += 1
                    if bengali and o in _NUKTA_OF:
                        o = _NUKTA_OF[o]  # (Bengali writes ড়, ঢ়, য় as a letter and a nukta)
                base = alts(_DEVA_CONS[o - 0x15] if o <= 0x39 else _DEVA_NUKTA[o - 0x58], o)
                nxt = ord(word[i]) - 0x900 if i < n else -1
                if nxt == 0x4D:  # virama: no vowel
                    units.append(base)
                    i += 1
                elif nxt in _DEVA_SIGNS:
                    units.append(base)
                    units.append(_alts(_DEVA_SIGNS[nxt]))
                    i += 1
                else:
                    units.append(base)
                    # the inherent vowel, often silent (Dharmendra)
                    units.append(_BENGALI_INHERENT if bengali else ("a", ""))
            elif o in _DEVA_VOWELS:
                units.append(alts(_DEVA_VOWELS[o], o))
                i += 1
            elif o in (0x01, 0x02):  # candrabindu, anusvara
                units.append(alts("n m _", o))
                i += 1
            elif o == 0x03:  # visarga
                units.append(("h", ""))
                i += 1
            else:
                return None
        return tuple(units)
    low = word.lower()
    if "\u0370" <= low[0] <= "\u03ff" or "\u1f00" <= low[0] <= "\u1fff":
        from ._text import unaccented
        low = unaccented(low)
        table = _ROMAN_GREEK
    elif "\u0400" <= low[0] <= "\u04ff":
        table = _ROMAN_CYR
    else:
        return None
    i = 0
    while i < len(low):
        two = low[i:i + 2]
        if len(two) == 2 and two in table:  # a digraph, also read letter by letter
            a, b = _alts(table[two[0]]), _alts(table[two[1]])
            units.append(tuple(dict.fromkeys(_alts(table[two]) + tuple(x + y for x in a for y in b))))
            i += 2
            continue
        spec = table.get(low[i])
        if spec is None:
            return None
        units.append(_alts(spec))
        i += 1
    return tuple(units)


# the -юк of a Slavic surname (its case endings after it) after a consonant other than
# the hushing ones, which take a plain u (Жюль ~ Jules), at the end of a word of five
# letters or more: ю there is written with its glide (y, i or j) by every system
_SLAVIC_YUK = re.compile(r"(?<=..)[бвгґдзклмнпрстфх]юк(?:а|у|ом|ові|ів|и|ам|ах|ами|е)?$")


def _render_cost(w: str, units: tuple[tuple[str, ...], ...], drop: int) -> tuple[int, str]:
    """The fewest letters of ``w`` to change for it to be one of the spellings of
    ``units`` (up to ``drop`` units left off the end: an inflection's ending, Воробьёва ~
    Vorobyov), and the spelling it comes closest to."""
    n, m = len(w), len(units)
    INF = 99
    # best[i][j]: (cost, spelling) of w[:i] as units[:j]
    best: list[list[tuple[int, str]]] = [[(INF, "")] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0, "")
    for j in range(m):
        for i in range(n + 1):
            c0, sp = best[i][j]
            if c0 >= 2:
                continue  # (one change is all that is asked about)
            for a in units[j]:
                k = i + len(a)
                if k > n:
                    continue
                c = c0 + sum(x != y for x, y in zip(a, w[i:k]))
                if c < best[k][j + 1][0]:
                    best[k][j + 1] = (c, sp + a)
    return min(best[n][j] for j in range(max(0, m - drop), m + 1))


def _script_slips(ctx: CheckContext, sl: str | None,
                  tl: str | None) -> list[tuple[Part, str, int, Severity | None]]:
    """N001's candidates in a translation into Latin letters from Cyrillic, Greek or
    Devanagari: a name word one letter off a spelling of a source word that every
    transliteration system in use can give, and that none gives (Κολοκοτρώνης ~
    "Kolokotrenis", Воробьёв ~ "Verobyov", आदित्यनाथ ~ "Adityanoth"), or, out of Cyrillic
    or Greek, a spelling of one with a written vowel between two consonants left out
    (Коновалова ~ "Konovlova": _vowel_dropped_rendering).  These alphabets write their vowels, so a vowel
    changed is no variant.  Not a spelling the target language's texts use (Трамп is
    Trump, not a slip for Tramp), nor one any version has."""
    if tl is None or not _mostly_latin(ctx.target.text) or not _OTHER_SCRIPT.search(ctx.source.text):
        return []
    vfolds: set[str] = set()
    for doc in ctx.versions:
        vfolds |= _token_sets(doc.text)[1]
    drop = 3 if sl in _ENDING_LANGS else 1
    cyr = _CYRILLIC_LETTER.search(ctx.source.text) is not None
    out: list[tuple[Part, str, int, Severity | None]] = []
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        bv = None
        for g in find_names(seg.text, tl, sl):
            for p in g.parts:
                f = p.fold
                if p.acronym or p.classes or len(f) < 5 or f in vfolds \
                        or not (p.text.isascii() or (cyr and _SLAVIC_LATIN_WORD.fullmatch(p.text))) \
                        or zipf(p.low, tl) >= 1.5 or exonym_classes(f):
                    continue  # (out of Cyrillic, the Latin of the Slavic languages' own
                    # alphabets too: Јанчевски ~ Jančevski)
                if bv is None:
                    bv = ctx.bead_of_target(seg.index)
                    texts = _bead_texts(bv) if bv is not None else None
                    # (a name is capitalised in the cased alphabets; Devanagari has no case)
                    words = [w for w in dict.fromkeys(_SCRIPT_WORD.findall(texts[0].text))
                             if _OTHER_SCRIPT.match(w) and not w[0].islower()] if texts else []
                    # (a Ukrainian place's nominative stands for its oblique case: one word)
                    alias = {n: w for w in words for n in _uk_nominatives([w])} if sl == "uk" else {}
                    words += list(alias)
                costs = []
                for w in words:
                    units = _renderings(w)
                    if units is None or len(units) < 3:
                        continue
                    cost, spelling = _render_cost(f, units, drop)
                    costs.append((cost, alias.get(w, w), spelling))
                if costs and min(costs)[0] == 0 and sl in ("uk", "ru", "be"):
                    glide = _glide_dropped_rendering(f, words, alias, drop)
                    if glide is not None and not (
                            _source_count_in(ctx.target.text, p.text) >= 2
                            and _source_count_in(ctx.source.text, glide) >= 2):
                        # the -юк of a Slavic surname written -uk (Гнатюк ~ "Hnatuk"): no
                        # system drops the glide of its ю (the loose table's plain u is for
                        # foreign names, Мюнхен ~ Munchen); not a spelling kept throughout
                        out.append((p, glide, seg.start + p.start, None))
                        continue
                if costs and min(costs)[0] == 0 and sl == "ru" and tl in _MIXED_SYSTEM_UNITS:
                    mixed = _mixed_system_rendering(f, words, tl, drop)
                    if mixed is not None and _source_count_in(ctx.target.text, p.text) < 2:
                        # one sibilant of a Russian name in another language's system, the
                        # rest in the translation's (Кузнецова ~ "Kuznetzova" in English)
                        out.append((p, mixed, seg.start + p.start, Severity.MINOR))
                        continue
                if costs and min(costs)[0] >= 1 and _genitive_s_rendering(f, words, tl, drop):
                    continue  # a source word's spelling with the target's genitive -s
                    # (Новосибирск ~ Nowosibirsks Bevölkerung): a case form, no slip
                if costs and min(costs)[0] >= 1:
                    swap = _swapped_rendering(f, words, alias, drop) or _vowel_moved_rendering(f, words, drop)
                    if swap is not None:
                        # two neighbouring consonants swapped (कमला ~ "Kalma" for Kamla):
                        # no transliteration system reorders consonants
                        out.append((p, p.text[:1] + swap[1:], seg.start + p.start, None))
                        continue
                    lost = _vowel_dropped_rendering(f, words, alias, drop) \
                        or _consonant_dropped_rendering(f, words, alias, drop)
                    if lost is not None and not (
                            _source_count_in(ctx.target.text, p.text) >= 2
                            and _source_count_in(ctx.source.text, lost) >= 2):
                        # a vowel the source writes between two consonants left out
                        # (Коновалова ~ "Konovlova"): no transliteration drops a written
                        # vowel; not where the name is spelled so at every mention (two or
                        # more, the source writing it at two or more: its own Latin spelling)
                        out.append((p, lost, seg.start + p.start, None))
                        continue
                if not costs or min(costs)[0] != 1:
                    continue  # a spelling of a source word, or none close to one
                hits = {w for cost, w, _ in costs if cost == 1}
                if len(hits) == 1:
                    sp = next(spelling for cost, _, spelling in costs if cost == 1)
                    k = next((k for k in range(min(len(f), len(sp))) if f[k] != sp[k]), None)
                    # a vowel these alphabets write is no variant; a consonant may be another
                    # system's, or the name's own in a third language (Клаудиньо ~ Claudinho,
                    # Ζενγκάνγκ ~ Zenggang, Μπόριτς ~ Boric, Висбадене ~ Wiesbaden): not judged
                    # (nor the last letter, where the source declines: Мукачеві ~ Mukatschewo)
                    # (nor the last vowel of an Indic name, whose final inherent vowel is
                    # silent and spelled by custom: इंदौर ~ Indore, मैसूर ~ Mysore)
                    last = k is not None and k >= min(len(f), len(sp)) - 1
                    if zipf(sp, tl) >= REAL_WORD and _source_count_in(ctx.target.text, p.text) >= 2:
                        # the "right" spelling a common word of the translation's language
                        # (Сплин ~ spleen) and the name spelled one way throughout
                        # (Splean): the name's own Latin spelling, chosen to differ
                        continue
                    if _source_count_in(ctx.target.text, p.text) >= 2 \
                            and _source_count_in(ctx.source.text, next(iter(hits))) >= 2:
                        # the name spelled one way at two mentions or more, the source writing
                        # the word at two or more: the name's own Latin spelling, a place of a
                        # third language transcribed into the source's script (Тячеу ~ Romanian
                        # Teceu), where a slip is made at one mention
                        continue
                    if _BENGALI_LETTER.search(next(iter(hits))):
                        continue  # (Bengali names keep old spellings whose vowels no system
                        # gives: কুমিল্লা ~ Comilla, চট্টগ্রাম ~ Chittagong)
                    if k is not None and f[k] in "aeiou" and sp[k] in "aeiou" and not (
                            (sl in _ENDING_LANGS or _INDIC_LETTER.search(next(iter(hits)))) and last):
                        if _schwa_variant(f, next(iter(hits)), drop):
                            continue  # the unwritten vowel of a Devanagari consonant as "e"
                            # (हिंजवडी ~ Hinjewadi beside Hinjawadi): a spelling in use
                        out.append((p, next(iter(hits)), seg.start + p.start, None))
    return out


# (session 59) the Cyrillic letters whose spelling in a target language's own system of
# Russian (_CYR_SYSTEMS) another system changes by one letter, and the spellings that no
# text in that language uses for them: the tz, tc of ц, the cz of ч, the sz of ш (German,
# Polish and old spellings) in English
_MIXED_SYSTEM_UNITS = {"en": {"ц": ("tz", "tc"), "ч": ("cz",), "ш": ("sz",)}}


def _mixed_system_rendering(f: str, words: list[str], tl: str | None, drop: int) -> str | None:
    """The spelling in ``tl``'s own transliteration system (``_CYR_SYSTEMS``) of the one
    Russian source word that folded ``f`` spells in that system but for one letter of a
    ``_MIXED_SYSTEM_UNITS`` letter, written as another system writes it (Воронцова ~
    "vorontzova" in English: tz for ts); None if no such word or more than one."""
    odd = _MIXED_SYSTEM_UNITS.get(tl or "")
    if not odd:
        return None
    hit = None
    for w in words:
        if not "\u0400" <= w[0] <= "\u04ff":
            continue
        strict = _system_units(w, tl)
        if strict is None or len(strict) < 4 or _render_cost(f, strict, drop)[0] != 1:
            continue
        # the word with each such letter spelled the other way in turn: one spells f
        low = w.lower()
        for k, c in enumerate(low):
            for alt in odd.get(c, ()):
                units = strict[:k] + ((alt,),) + strict[k + 1:]
                if _render_cost(f, units, drop)[0] == 0:
                    sp = _render_cost(f, strict, drop)[1]
                    if hit is not None and hit != sp:
                        return None
                    hit = sp
    return hit[:1].upper() + hit[1:] if hit else None


def _genitive_s_rendering(f: str, words: list[str], tl: str | None, drop: int) -> bool:
    """Is folded ``f``, in a target language that writes a name's genitive with a bare -s
    (German, Dutch, the Scandinavian languages), a spelling of a source word (Cyrillic,
    Greek, Devanagari) with that -s after it (Новосибирск ~ Nowosibirsks)?"""
    from ._han_readback import GENITIVE_S
    if tl not in GENITIVE_S or not f.endswith("s") or len(f) < 6:
        return False
    for w in words:
        units = _renderings(w)
        if units is not None and len(units) >= 3 and _render_cost(f[:-1], units, drop)[0] == 0:
            return True
    return False


# out of Cyrillic: a name word in the Latin alphabet of a Slavic language (Jančevski)
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_SLAVIC_LATIN_WORD = re.compile("[A-Za-zČčŠšŽžĆćĐđ]+")
_CYR_GREEK_START = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]")
# a Devanagari or Bengali h with a vowel of its own (its sign or the inherent a), no
# virama on either side: a syllable, never read before the consonant it stands after
_FREE_H = re.compile("(?<![\u094d\u09cd])[\u0939\u09b9](?![\u094d\u09cd])")
# any Devanagari or Bengali ha: without one, an h of a spelling is an aspirate's (ठ, th), never
# written before its consonant (Pathak ~ "Pahtak")
_ANY_H = re.compile("[\u0939\u09b9]")
# Latin digraphs with h that render one letter (kh, gh, ch, jh, th, dh, ph, bh, sh)
_H_DIGRAPHS = frozenset({"kh", "gh", "ch", "jh", "th", "dh", "ph", "bh", "sh", "zh"})


def _swapped_rendering(f: str, words: list[str], alias: dict[str, str], drop: int) -> str | None:
    """The spelling of the one source word (Cyrillic, Greek, Devanagari) of which folded
    ``f`` is a spelling with two neighbouring consonants swapped (कमला ~ "kalma" for kamla, Петров ~
    "petorv"), the first letter kept; None if no such word or more than one.  Not y, w or
    j, which glides put on either side of a letter, nor an h of a digraph (kh, sh) or one
    out of a conjunct (ब्रह्मा, Brahma ~ Bramha): only an Indic h with a vowel of its own
    (रहमान ~ "ramhan" for Rahman), or an aspirate's h put before its consonant in a word
    with no ha at all (पाठक ~ "pahtak": no system writes th as ht).  Out
    of Cyrillic or Greek, which write their vowels, a written vowel swapped with a
    neighbouring consonant inside the word counts too (Карамфилов ~ "karamfliov"), not
    among the last two letters, where a case ending is (nor Devanagari's unwritten vowel)."""
    hit = None
    for k in range(1, len(f) - 1):
        a, b = f[k], f[k + 1]
        if a == b or not (a.isalpha() and b.isalpha()) or a in "jwy" or b in "jwy":
            continue
        hswap = "h" in (a, b)
        if hswap and (f[k - 1] + a if a == "h" else a + b) in _H_DIGRAPHS:
            continue  # (an h of a digraph, kh, sh, bh: read on either side of its consonant)
        vowel = a in _VOWELS or b in _VOWELS
        if vowel and ((a in _VOWELS) == (b in _VOWELS) or k + 2 >= len(f) - 1 or len(f) < 7):
            continue  # (two vowels, a glide's or a diphthong's; an ending; a short name)
        c = f[:k] + b + a + f[k + 2:]
        for w in words:
            if vowel and not _CYR_GREEK_START.match(w):
                continue
            if hswap and not _FREE_H.search(w) and not (
                    a == "h" and b + a in _H_DIGRAPHS and not _ANY_H.search(w)):
                continue  # (an h out of a conjunct, ह्म, is read on either side of its
                # consonant, Brahma ~ Bramha; a syllable's own ह is not: रहमान ~ "Ramhan")
            units = _renderings(w)
            if units is None or len(units) < 3:
                continue
            cost, spelling = _render_cost(c, units, drop)
            if cost == 0:
                if hit is not None and hit[0] != alias.get(w, w):
                    return None
                hit = (alias.get(w, w), c)
    return None if hit is None else hit[1]

def _vowel_moved_rendering(f: str, words: list[str], drop: int) -> str | None:
    """The spelling of the one Cyrillic or Greek source word of which folded ``f`` (seven
    letters or more) is a spelling with one vowel letter moved across two letters beside
    it, a consonant among them, inside the word (Παπαδόπουλος ~ "Papadoupolos" for
    Papadopoulos, Николаева ~ "Nikoalaeva"); not among the last two letters, where a case
    ending is.  These alphabets write their vowels in place: no transliteration moves
    one.  None if no such word or more than one."""
    if len(f) < 7:
        return None
    cands = []
    for i in range(1, len(f) - 2):
        if f[i] not in "aeiou":
            continue
        for j in (i - 2, i + 2):
            if j < 1 or j > len(f) - 3:
                continue
            lo, hi = min(i, j), max(i, j)
            crossed = f[lo + 1:hi + 1] if j > i else f[j:i]
            if not crossed.isalpha() or all(ch in _VOWELS for ch in crossed) or f[i] in crossed:
                continue
            g = f[:i] + f[i + 1:]
            c = g[:j] + f[i] + g[j:]
            if c != f:
                cands.append(c)
    hit = None
    for w in words:
        if not _CYR_GREEK_START.match(w):
            continue
        units = _renderings(w)
        if units is None or len(units) < 5:
            continue
        for c in cands:
            if _render_cost(c, units, drop)[0] == 0:
                if hit is not None and hit[0] != w:
                    return None
                hit = (w, c)
                break
    return None if hit is None else hit[1]


def _vowel_unit(u: tuple[str, ...]) -> bool:
    """Is a rendering unit a written vowel: every spelling of it has letters and the
    first is vowels only (а, о, и, η, ου; not й, ы, ь, ъ, which some systems leave out)?"""
    return all(u) and all(ch in _VOWELS for ch in u[0])


def _consonant_unit(u: tuple[str, ...]) -> bool:
    """Is a rendering unit a consonant: every spelling of it has letters, none a vowel,
    and the first no glide (в, л, к, τ; not й, ь, ъ, ю, ј, γι)?"""
    return all(u) and not any(ch in _VOWELS for a in u for ch in a) \
        and not any(ch in "jw" for ch in u[0])


def _vowel_dropped_rendering(f: str, words: list[str], alias: dict[str, str], drop: int) -> str | None:
    """The one source word (Cyrillic or Greek) of which folded ``f`` is a spelling with
    a written vowel between two consonants left out inside the word (Коновалова ~
    "Konovlova", Παπαδόπουλος ~ "Papdopoulos"): two units or more before it, and before
    the last letters a case ending may change (``drop`` units, one at least); None if no
    such word or more than one.  These alphabets write their vowels and no
    transliteration system drops one; not Devanagari or Bengali, whose inherent vowel is
    unwritten and whose romanisations shorten vowels by custom."""
    hit = None
    for w in words:
        if _INDIC_LETTER.search(w):
            continue
        units = _renderings(w)
        if units is None or len(units) < 5:
            continue
        for j in range(2, len(units) - 1 - max(drop, 1)):
            if not (_vowel_unit(units[j]) and _consonant_unit(units[j - 1])
                    and _consonant_unit(units[j + 1])):
                continue
            if _render_cost(f, units[:j] + units[j + 1:], drop)[0] == 0:
                if hit is not None and hit != alias.get(w, w):
                    return None
                hit = alias.get(w, w)
                break
    return hit


def _consonant_dropped_rendering(f: str, words: list[str], alias: dict[str, str], drop: int) -> str | None:
    """The one Cyrillic source word of which folded ``f`` is a spelling with a consonant
    the word writes as one Latin letter left out inside it (Белозёрова ~ "Beozyorova",
    Сметанин ~ "Smeanin", Богдановски ~ "Bogdanoski": в too, whatever a German -ff may
    write at the end; not с, which ss may write, often before a case ending: Зајечарском ~
    Zaječar); two units or more before it, and before the last letters a
    case ending may change; not a doubled consonant (Кирилл ~ Kiril), nor й, ь, ъ.  No
    transliteration system drops a written consonant.  None if no such word or more than
    one."""
    hit = None
    for w in words:
        if not "\u0400" <= w[0] <= "\u04ff":
            continue
        units = _renderings(w)
        if units is None or len(units) < 5:
            continue
        for j in range(2, len(units) - max(drop, 1)):
            u = units[j]
            if not _consonant_unit(u) or any(len(a) != 1 for a in u if a != "ff") \
                    or units[j - 1] == u or units[j + 1] == u:
                continue
            if _render_cost(f, units[:j] + units[j + 1:], drop)[0] == 0:
                if hit is not None and hit != alias.get(w, w):
                    return None
                hit = alias.get(w, w)
                break
    return hit


def _glide_dropped_rendering(f: str, words: list[str], alias: dict[str, str], drop: int) -> str | None:
    """The one Cyrillic source word of which folded ``f`` is a spelling with the ю of a
    Slavic surname's -юк (``_SLAVIC_YUK``) written u alone (Гнатюк ~ "Hnatuk",
    Костюка ~ "Kostuk"); None if no such word or more than one."""
    hit = None
    for w in words:
        m = _SLAVIC_YUK.search(w.lower()) if "ю" in w else None
        if m is None:
            continue
        units = _renderings(w)
        j = m.start() + 1  # (no Cyrillic digraph: a unit a letter)
        if units is None or len(units) != len(w):
            continue
        if _render_cost(f, units[:j] + (("u",),) + units[j + 1:], drop)[0] == 0 and \
                _render_cost(f, units[:j] + (("yu", "iu", "ju", "you", "iou"),) + units[j + 1:], drop)[0] > 0:
            if hit is not None and hit != alias.get(w, w):
                return None
            hit = alias.get(w, w)
    return hit


def _schwa_variant(f: str, word: str, drop: int) -> bool:
    """Is ``f`` a spelling of Devanagari ``word`` once an inherent vowel (the a no sign
    writes, which Indic languages say as a schwa) is spelled "e", as Marathi and Hindi
    romanisations in use do (हिंजवडी ~ Hinjawadi, Hinjewadi)?  Not a vowel a sign
    writes: those are spelled one way (आदित्यनाथ ~ Adityanath, not Aditynoth)."""
    units = _renderings(word)
    if units is None or not _INDIC_LETTER.search(word):
        return False
    wide = tuple(u + ("e",) if u == ("a", "") else u for u in units)
    return wide != units and _render_cost(f, wide, drop)[0] == 0


# a Ukrainian oblique case of a place in -ів/-їв, whose і is о or е before an ending
# (Львова, Могилева, Харкові, Києва)
_UK_IV_OBLIQUE = re.compile(r"(.{2,}?)[оеє]в(?:а|у|і|ом|ові|и)")


def _uk_nominatives(words: list[str]) -> list[str]:
    """The nominatives in -ів/-їв of Ukrainian words in an oblique case (Могилева ~
    Могилів, Києва ~ Київ), as the translation writes the place (Mohyliw, Kiew)."""
    out = []
    for w in words:
        m = _UK_IV_OBLIQUE.fullmatch(w)
        if m:
            stem = m.group(1)
            out.append(stem + ("ї" if stem[-1].lower() in "аеєиіїоуюя'’" else "і") + "в")
    return out


def _source_count_in(text: str, word: str) -> int:
    """How often ``word`` stands as a whole word in ``text`` (case kept)."""
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text))


_INDIC_LETTER = re.compile("[\u0900-\u0dff]")
_BENGALI_LETTER = re.compile("[\u0980-\u09ff]")


# languages that inflect a name by changing its last letters (Duda ~ Dudy, Wałęsa ~
# Wałęsy, Τσίπρας ~ Τσίπρα), not only by adding some (Merkels, Obamas)
_ENDING_LANGS = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "be", "bg", "mk",
                           "lt", "lv", "el", "is", "fi", "et", "hu", "ro", "la", "sq"})


# languages whose nouns take their article or case as an ending (mutorna, besparelserne,
# spicele, Китая)
_SUFFIX_LANGS = _ENDING_LANGS | {"da", "sv", "nb", "nn", "no", "bg", "mk"}


def _elsewhere_slip(p: Part, c: str, sl: str | None, tl: str | None) -> bool:
    """Is the translation's real name ``p`` a slip for the versions' ``c`` that the
    translation itself writes elsewhere (Yvette Cooper ~ "Yvette Copper" beside Ellie
    Cooper, "Abbot" beside "Abbotts")?  The translation's own spelling of the name is
    ``c`` then, and no version has ``p``: no transliteration to allow for, unless ``p``
    is one (same skeleton) that the target language prefers (Michail beside Mikhail).
    Not an inflection (prefix, or a changed ending in a language that changes them),
    not a place of the lexicon, five letters or more (four with one letter changed, where
    the target language has no such word: Sala ~ "Sola", Díaz ~ "Díez"), and not a common
    word of the target language."""
    f = p.fold
    if len(f) < 4 or len(c) != len(f) and min(len(f), len(c)) < 5 or _prefix_related(f, c) \
            or exonym_classes(f) or exonym_classes(c) \
            or (tl in _ENDING_LANGS and f[-2:] != c[-2:]) or f in stopwords(tl) or _common_part(p, tl, sl):
        return False
    if len(f) == 4 and zipf(p.low, tl) >= 2.0:
        return False  # four letters, one changed: a word of the language as often as a slip
    if _same_skeleton(f, c) or _vowel_variant(f, c):
        return has_freq(sl) and has_freq(tl) and _odds_kept(p.low, c, sl, tl)
    return True


def _odds_kept(low: str, c: str, sl: str | None, tl: str | None) -> bool:
    """Do the target language's texts prefer ``low`` to ``c`` no more than the source
    language's texts do (half a Zipf step of slack)?  A language's own spelling of a
    name is preferred there (Mursi ~ Morsi, Michail ~ Mikhail); two names keep their
    odds everywhere (Schulz is commoner than Scholz in German and English alike)."""
    return (zipf(low, tl) - zipf(c, tl)) - (zipf(low, sl) - zipf(c, sl)) < 0.5


def _lone_slip(p: Part, c: str, sl: str | None, tl: str | None) -> bool:
    """May the translation's real name ``p`` be a slip for the source's ``c`` with no
    name word beside it to anchor it ("Schulz said" for "Scholz sagte")?  Five letters
    or more (one letter off a four-letter name is another word as often as not), the
    last two letters kept (a case ending swapped is an inflection: Wałęsa/Wałęsy,
    Duda/Dudy), and not a common word of the target language (Hunger for Hunter)."""
    f = p.fold
    if len(f) < 5 or len(c) < 5 or f[-2:] != c[-2:]:
        return False
    return f not in stopwords(tl) and not _common_part(p, tl, sl)


def _slot_short(ctx: CheckContext, seg: Segment, g: Name, c: str, sl: str | None,
                tl: str | None) -> bool:
    """Has the source side of target segment ``seg``'s bead the name ``c`` more often
    than the target side has any form of it, and is it surely a name there, or the
    translation's group ``g`` surely one (see ``strong``)?"""
    bv = ctx.bead_of_target(seg.index)
    texts = _bead_texts(bv) if bv is not None else None
    if texts is None:
        return False
    src, tgt = texts

    def count(text: str) -> int:
        return sum(1 for w in _piece_cols(text)[0] if w[:1].isupper()
                   and ((f := fold(w)) == c or (f[:3] == c[:3] and _prefix_related(f, c))))
    if count(src.text) <= count(tgt.text):
        return False
    groups = [h for h in find_names(src.text, sl, tl, all_capitalised=True) if any(q.fold == c for q in h.parts)]
    return bool(groups) and (any(strong(h, sl, tl) for h in groups) or _target_name(g, tl, sl))


def _one_off_caps(ctx: CheckContext) -> dict[str, str]:
    """Cheap filter: capitalised words of the translation (4+ letters, no version has
    them) one letter (OSA) from a capitalised word of a version, with the same first
    letter: folded target word -> folded version word.  A version word the translation
    lacks is preferred (the only one such), else the only one it has."""
    return ctx.cached("names.one_off_caps", lambda: _find_one_off_caps(ctx))


def _find_one_off_caps(ctx: CheckContext) -> dict[str, str]:
    tfolds = _token_sets(ctx.target.text)[1]
    vfolds: set[str] = set()
    vcaps: set[str] = set()
    for doc in ctx.versions:
        _raw, folds, caps = _token_sets(doc.text)
        vfolds |= folds
        vcaps.update(fold(w) for w in caps)
    choices = sorted(vcaps)
    if not choices:
        return {}
    out: dict[str, str] = {}
    firsts = {c[0] for c in choices}  # a hit must open with the word's letter
    for w in _token_sets(ctx.target.text)[2]:
        f = fold(w)
        if f[:1] not in firsts or f in vfolds or _NON_LATIN_LETTER.search(w):
            continue
        hits = [c for c, _d, _ in _extract(f, choices, scorer=_osa, score_cutoff=1, limit=6)
                if c[0] == f[0] and not _NON_LATIN_LETTER.search(c)]
        lacked = [c for c in hits if c not in tfolds]
        if len(lacked) == 1:
            out[f] = lacked[0]
        elif not lacked and len(hits) == 1:
            out[f] = hits[0]
    return out


def _real_word(low: str, sl: str | None, tl: str | None) -> bool:
    """Is ``low`` a real word or name of either language (the rare-word search skips it)?"""
    return zipf(low, tl) >= REAL_WORD or (sl is not None and zipf(low, sl) >= REAL_WORD)


# Latin-script languages with word lists, for a name's home (see _home_spelling)
_HOME_LANGS = ("de", "en", "fr", "es", "it", "pt", "nl", "pl", "sv")


def _home_spelling(c: str) -> bool:
    """Is folded ``c`` a name at home in a Latin-script language: one language's texts
    use it a Zipf step or more above the others' median (Scholz, Macron, Keller)?  Such
    a name is written the same way abroad; a transliterated one has no home and varies
    (Hossein/Hussein, Rouhani/Rohani), and so do given names (Jeffrey/Jeffery)."""
    return _home_lang(c) is not None


def _home_slip(f: str, c: str, sl: str | None, g: Name, i: int, ctx: CheckContext,
               tl: str | None) -> bool:
    """Is target name word ``f`` a slip for ``c``, a surname at home in the source's own
    language, beside a name word both keep?  Such a name is written the same way abroad:
    no transliteration convention (s/z, vowels) nor the target language's liking for
    another real name excuses a changed letter (António Domingues ~ "António Dominguez")."""
    return sl is not None and (_home_lang(c) == sl or _source_home(c, sl)) \
        and (_own_surname(c, sl) or _rare_home_surname(f, c, sl)) \
        and c not in _given_names() and f not in _given_names() and _same_slot(g, i, c, ctx, tl)


def _source_home(c: str, sl: str) -> bool:
    """Is folded ``c`` at home in source language ``sl``, a Latin-script language with a
    word list that ``_HOME_LANGS`` leaves out (Romanian, Danish, Czech, Indonesian):
    its texts use ``c`` a Zipf step or more above the median of those languages' (Bodea,
    a Romanian surname)?  The same test as ``_home_lang``, with the source's language
    among the candidates."""
    if sl in _HOME_LANGS or sl not in _LATIN_WORDLIST_LANGS or not has_freq(sl):
        return False
    zs = sorted(zipf(c, x) for x in _HOME_LANGS if has_freq(x))
    if len(zs) < 3:
        return False
    return zipf(c, sl) - zs[len(zs) // 2] >= 1.0


# Latin-script languages with word lists besides _HOME_LANGS, whose names a source in
# them writes as they are at home (see _source_home)
_LATIN_WORDLIST_LANGS = frozenset({"ro", "da", "nb", "no", "cs", "sk", "sl", "hr", "bs", "fi",
                                   "hu", "lt", "lv", "id", "ms", "ca", "tr"})


# source languages whose surname takes no ending of its own after a given name: a
# woman's given name takes the genitive-dative (Mariei Popescu), a man's the article
# before it (lui Ion Popescu), the surname is written as in the nominative
_SURNAME_FIXED_AFTER_GIVEN = frozenset({"ro"})


def _vowel_syncope(f: str, c: str) -> bool:
    """Is ``f`` ``c`` with one vowel dropped, or one added, between two consonants inside
    the word (Valadas ~ "Valdas")?  Not a vowel of a digraph (ou, oe, ie: Moubarak ~
    Mubarak), which transliterations write variously, nor the first or last letter."""
    if abs(len(f) - len(c)) != 1:
        return False
    short, long_ = (f, c) if len(f) < len(c) else (c, f)
    k = next((j for j in range(len(short)) if short[j] != long_[j]), len(short))
    if k == 0 or k >= len(short) or short[k:] != long_[k + 1:]:
        return False
    x, before, after = long_[k], long_[k - 1], long_[k + 1]
    return x in "aeiou" and all(ch.isascii() and ch.isalpha() and ch not in _VOWELS
                                and ch not in _GLIDES for ch in (before, after))


def _rare_home_surname(f: str, c: str, sl: str) -> bool:
    """Is ``c`` a rarer surname of the source's language (Zipf 1.5 to 2.5) that ``f``
    writes with one consonant dropped or added (Busetta for Buscetta), or one vowel
    dropped or added between consonants (Valadas ~ "Valdas"), ``f`` no common word or
    name there (Zipf under 3; rarer than ``c`` for a vowel)?  A rare name is copied letter
    by letter, as a common one is, even where its language knows the slip as a commoner
    spelling of the name (Langon ~ "Langdon"): that is another family's name."""
    if not (1.5 <= zipf(c, sl) < 2.5 and zipf(f, sl) < 3.0):
        return False
    return _consonant_slip(f, c) or (_vowel_syncope(f, c) and zipf(f, sl) < zipf(c, sl))


def _own_surname(c: str, lang: str, cap: float = 4.0) -> bool:
    """Is folded ``c`` in common use in ``lang`` (Zipf 2.5 or more: not a transliterated
    name that only news in that language mentions, Sechin, Krastev) but no common word
    (below Zipf ``cap``, 4 unless a caller has other evidence of a name; a German noun is
    no name Wiktionary knows: Massiv, Organisation)?"""
    z = zipf(c, lang)
    if not 2.5 <= z < 4.5:
        return False
    if lang == "de":
        return de_proper(c.capitalize(), z)
    return z < cap


def _home_lang(c: str) -> str | None:
    """The language ``c`` is at home in (see _home_spelling), if any."""
    zs = sorted((zipf(c, x), x) for x in _HOME_LANGS if has_freq(x))
    if len(zs) < 3:
        return None
    rest = zs[:-1]
    return zs[-1][1] if zs[-1][0] - rest[len(rest) // 2][0] >= 1.0 else None


def _respelt(low: str, c: str, sl: str | None, tl: str | None) -> bool:
    """Is the translation's real word ``low`` a slip for the source's name ``c`` rather
    than the target language's spelling of it?  Not a transliteration variant (same
    skeleton: Mohammed/Mohamed, Hussein/Husein, Elisabeth/Elizabeth), nor an inflection
    or a place of the lexicon; the target language's texts write ``c`` (Zipf 2+), and
    they prefer ``low`` to ``c`` no more than the source language's texts do (half a
    Zipf step of slack): a language's own spelling of a name is preferred there, not in
    the source language (Mursi/Morsi, Rohani/Rouhani), while two names keep their odds
    everywhere (Schulz is commoner than Scholz in German and English alike)."""
    f = fold(low)
    if not has_freq(sl) or not has_freq(tl) or _prefix_related(f, c) \
            or exonym_classes(f) or exonym_classes(c) or not _home_spelling(c):
        return False
    if _home_lang(c) == sl and c not in _given_names() and f not in _given_names() and (
            _own_surname(c, sl) or (_own_surname(c, sl, 4.5) and _home_lang(f) == sl)):
        # (a surname as common as a word, Cardoso, Barbosa in Portuguese: still a name
        # where the slip is a surname at home in the same language, Cardozo, no word)
        # a surname at home in the source's own language is written so abroad: another
        # real name one letter off is a slip, whatever the spelling conventions and the
        # target language's odds (António Domingues ~ "António Dominguez")
        return True
    if _same_skeleton(f, c):
        return False
    return zipf(c, tl) >= 2.0 and _odds_kept(low, c, sl, tl)


def _same_slot(g: Name, i: int, c: str, ctx: CheckContext, tl: str | None) -> bool:
    """Does a version have ``c`` in a name whose neighbouring word is the neighbour of
    part ``i`` of target name ``g``, on the same side (Olaf Scholz ~ Olaf Schulz)?  The
    neighbour must be a name word of three letters or more, not an acronym or numeral."""
    for di in (-1, 1):
        if not 0 <= i + di < len(g.parts):
            continue
        n = g.parts[i + di]
        if n.acronym or len(n.fold) < 3 or n.fold in stopwords(tl):
            continue
        for _doc, groups in _version_groups(ctx):
            for vg in groups:
                vf = [q.fold for q in vg.parts]
                for k, q in enumerate(vf):
                    if q == c and 0 <= k + di < len(vf) and vf[k + di] == n.fold:
                        return True
    return False


def _version_groups(ctx: CheckContext) -> list[tuple[Document, list[Name]]]:
    """The name groups of every version (all capitalised words, as in the inventories)."""
    def build() -> list[tuple[Document, list[Name]]]:
        _, tl = _langs(ctx)
        out = []
        for doc in ctx.versions:
            lang = norm_lang(doc.lang or doc.lang_detected)
            segs = [s for s in doc.segments if s.kind not in SKIP_KINDS] if doc.segments else None
            chunks = [s.text for s in segs] if segs is not None else [doc.text]
            out.append((doc, [g for t in chunks for g in find_names(t, lang, tl, all_capitalised=True)]))
        return out
    return ctx.cached("names.version_groups", build)


def _unknown_slip(p: Part, c: str, known: bool, sl: str | None, tl: str | None) -> bool:
    """A transliteration variant by skeleton (Sholz/Scholz: sh ~ sch) that is still a
    slip: the translation's form is a Latin-script word no text of either language uses,
    one consonant off a form the target language's texts do use.  A real variant is in
    use somewhere (Scharif for Sharif is common in German), so it never gets here."""
    return (not known and p.text.isascii() and c.isascii() and zipf(p.low, tl) == 0.0
            and (not sl or zipf(p.low, sl) == 0.0) and zipf(c, tl) >= 2.0
            and (_consonant_slip(p.fold, c) or _consonant_swap(p.fold, c)))


def _consonant_swap(a: str, b: str) -> bool:
    """Is ``a`` ``b`` with one consonant typed as another (Hauzer/Hauser, Biner/Binet)?
    Only for _unknown_slip, where the translation's form is used nowhere and the
    versions' form is common in the target language: a transliteration's s ~ z is then
    no variant in use but a slip."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 1:
        return False
    x, y = a[diff[0]], b[diff[0]]
    return all(ch.isalpha() and ch.isascii() and ch not in _VOWELS and ch not in _GLIDES for ch in (x, y))


def _rare_capitalised(ctx: CheckContext, tl: str | None, sl: str | None,
                      min_ratio: float = 0.0) -> bool:
    """Has the translation a capitalised word of 4+ letters, rare in both languages,
    spelled so in no other version but close (``min_ratio``) to a capitalised word of
    one (else N001 has nothing to look at: its expected spellings are the versions'
    capitalised words)?"""
    caps = _token_sets(ctx.target.text)[2]
    if not caps:
        return False
    vs = [_token_sets(doc.text)[1] for doc in ctx.versions]
    vall = vs[0] if len(vs) == 1 else frozenset().union(*vs)  # one look-up a word
    vcaps: list[str] | None = None
    for w in caps:
        f = fold(w)
        if f in vall:
            continue
        low = w.casefold()
        if zipf(low, tl) < REAL_WORD and not (sl and zipf(low, sl) >= REAL_WORD):
            if vcaps is None:
                vcaps = sorted({fold(c) for doc in ctx.versions for c in _token_sets(doc.text)[2]})
                vcaps += _hungarian_stems(vcaps, sl)  # (Miskolcról's stem, Miskolc)
            # cheapest necessary test first (C code): some version word close enough
            if min_ratio and _extract_one(f, vcaps, scorer=_fuzz_ratio, score_cutoff=min_ratio) is None \
                    and not (f.endswith("s") and _extract_one(f[:-1], vcaps, scorer=_fuzz_ratio,
                                                              score_cutoff=min_ratio)):
                continue
            info = _winfo(w, tl, sl)  # the word-level part of find_names' decision
            if info is not None and not info[2] and (info[7] or info[8]):
                return True
    return False


@lru_cache(maxsize=256)
def _similar_capitalised(text: str, min_ratio: float) -> bool:
    """Has ``text`` two different capitalised words close enough to be one name spelled
    two ways (else N002 has nothing to look at)?"""
    caps = sorted({fold(w) for w in _token_sets(text)[2]})
    for i, a in enumerate(caps):
        for b in caps[i + 1:]:
            if abs(len(a) - len(b)) <= 3 and (_fuzz_ratio(a, b) >= min_ratio
                                              or (len(a) == len(b) and _metathesis(a, b))):
                return True
    return False


def _metathesis(a: str, b: str) -> bool:
    """Are folded ``a`` and ``b`` (five letters or more) one name with two consonants
    swapped across the letter between them, the first letter kept (salehi ~ saheli)?  The
    fuzzy ratio counts that as far apart; a typist's or MT's slip, no variant spelling."""
    if len(a) != len(b) or len(a) < 5 or a[0] != b[0] or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 2 or diff[1] - diff[0] != 2:
        return False
    i, j = diff
    return a[i] == b[j] and a[j] == b[i] and a[i].isalpha() and a[j].isalpha() \
        and a[i] not in _VOWELS and a[j] not in _VOWELS


def _spelling_backed(ctx: CheckContext, f: str, vinv: list[Inventory], tl: str | None) -> bool:
    """Is the expected spelling ``f`` binding on the translation?

    Across languages a letter or two of difference is what transliteration does
    (Pobeda/Pobjeda, Sochi/Sotchi): the spelling binds only when a version in the
    target's language has it (or the target language's word list knows it well), the
    translation itself has it elsewhere, or two versions (the source and a parallel)
    agree on it letter for letter."""
    if f in _target_inventory(ctx).counts:
        return True
    form = next((inv.forms[f] for inv in vinv if f in inv.forms), f)
    if zipf(form.casefold(), tl) >= REAL_WORD:
        return True  # the target language's own texts spell it so (Merkel)
    n = 0
    for inv in vinv:
        if f not in inv.counts:
            continue
        if norm_lang(inv.doc.lang or inv.doc.lang_detected) == tl:
            return True
        n += 1
    return n >= 2


@rule("N001", "name-near-miss", "Fluency/Spelling", "major", artefact="misspelled-name",
      summary="A name in the translation that no other version spells that way, but that is "
              "one or two letters away from a name the source (or a parallel) has. Across "
              "languages, where no version in the translation's language confirms the "
              "spelling: still major for a consonant dropped, doubled or swapped in a "
              "Latin-script name the target language knows (Keler for Keller), minor for "
              "other unknown forms (spellings vary: Pobjeda/Pobeda) and for a doubled "
              "consonant written once in a name at home in a Latin-script language, beside a "
              "name word both keep (Gabriel Attal ~ Gabriel Atal). Out of Chinese or Japanese "
              "(their readings as toneless Pinyin or Hepburn romaji, pypinyin and pykakasi "
              "installed): minor for a word no run of the source reads as, one letter (two in a "
              "long word; two neighbouring letters swapped are one) from how a run of the "
              "sentence reads (Xiaoning for 晓明, Ishikwa for 石川, Guohau for 国华; where two readings of the run are as near, the one in context: Guopin for "
              "国平 guoping, not guopian; major where the translation writes, at another mention, the one word one letter from it that reads as the source: Chen Haiyan … Chen Haiyun; so too out of Chinese for an unhyphenated word of five letters or more, reading two characters or more, right after a surname word that is the Pinyin of the source character before the run: 韦春燕 ~ Wei Chuyan), and out of Chinese a one-syllable given name of two or "
              "three letters after a surname that reads as the source's surname character, one "
              "letter from the reading of the character after it (周明 ~ Zhou Min); not another romanisation (Wade-Giles Taipei, Tōkyō, Ohtani, rendaku "
              "Sakurajima), a Chinese name's conventional vowel or h (Shaanxi, Harbin), nor the "
              "bare genitive -s of German, Dutch or the Scandinavian languages on a name read "
              "back or transliterated (Yulins, Nowosibirsks). Also "
              "a slip that makes another real name, for a name at home in a Latin-script language: beside a name "
              "word both keep (Olaf Scholz ~ Olaf Schulz) or alone in the slot of the source's "
              "name (Scholz sagte ~ Schulz said), a surname as common as a word in the source's "
              "language too where the slip is a surname at home there (Ana Sousa ~ Ana Souza); for any name where the translation spells it "
              "right elsewhere and has it in that slot fewer times than the source (Tony Abbott "
              "~ Tony Abbot beside Abbotts); and a name cut short by a letter no inflection of "
              "the source language adds (Jinping ~ Jinpin). Not a case form: the target "
              "language's ending on the source's name (Dunvara ~ do Dunvary, Victoria ~ u "
              "Victoriji, a five-letter name's last vowel: Menlo ~ kod Menla), the nominative of "
              "a Slavic source's -ým/-im instrumental (Gerlachovským ~ Gerlachovský), the source's case without the nominative's fleeting vowel "
              "(Brezovlja ~ Brezovelj, Karlovca ~ Karlovac), or its genitive plural with a "
              "fleeting vowel the nominative lacks (Krepelj ~ Kreplje); a consonant doubled before the "
              "source's own ending is no case form (Radola ~ Radolla). Major too: two consonants one letter "
              "apart swapped in a name a version writes, beside its given name (Pataki ~ Pakati), and an "
              "aspirate's h put before its consonant in a name out of Devanagari with no ha (Pathak ~ Pahtak). "
              "Major too: one letter changed in a "
              "name a Latin-script source writes as the target language keeps it, into a form "
              "the target language never uses and no transliteration convention gives (Sabine "
              "Kretz ~ Sabine Krets, Ursula Zbinden ~ Ursula Zbindan, Jörg Kuhnke ~ Jörg "
              "Kuhnka; so too where the lexicon reads the slip only as an inflection of one "
              "of its names the source does not mention: Claire Bernot ~ Claire Bernou, read "
              "as Bern + ou; a German s for the z of a name at home in a Latin-script source's own "
              "language, English aside, Vuillermoz ~ Vuillermos; not Pawel ~ Pavel, a case form "
              "of a declining source language, or a "
              "vowel of a transliterated name, Husein ~ Husain), and a rendering one "
              "letter off every transliteration of a Cyrillic, Greek or Devanagari source word "
              "(Κολοκοτρώνης ~ Kolokotrenis, Воробьёв ~ Verobyov; not the unwritten vowel of a "
              "Devanagari consonant spelled e, as romanisations in use do: हिंजवडी ~ Hinjewadi), "
              "or with two neighbouring consonants swapped (कमला ~ Kalma for Kamla; an h too where "
              "the Indic source writes it as a syllable of its own, no conjunct: रहमान ~ Ramhan; out of Cyrillic "
              "or Greek also a written vowel and its neighbouring consonant, not among the last "
              "two letters: Тимофеева ~ Timfoeeva), or, out "
              "of Cyrillic or Greek, with a vowel the source writes between two consonants "
              "left out inside the word (Коновалова ~ Konovlova; not among the last letters, "
              "where a case ending changes, nor Devanagari's unwritten vowel); and a "
              "consonant dropped from a name a Latin-script source writes, beside a name word "
              "both keep, where the source's sentence has the name more often (Petra Kuhlmann ~ "
              "Petra Kulmann, Jordi Bosch ~ Jordi Bosh, Thomas Schmidt ~ Thomas Schmid; out of a "
              "language that declines names, a consonant between two consonants two letters or "
              "more before the end: Krzysztof Wiśniewski ~ Krzysztof Wiśniewki), even "
              "where the short form is another name or word, or alone where the translation "
              "spells the name right elsewhere, inside a longer name it keeps too (Mrs Hathwick ~ nannte Hathwik; Hartwick General Hospital … in Hartwik); an English "
              "name's respelling in the target language excuses only the letters it changes "
              "(Gorbachev ~ Gorbatschow; not Chadwick ~ Chadwik); a rarer surname at home in "
              "the source's language written as a commoner relative beside a kept name word is "
              "major too (Pierre Langon ~ Pierre Langdon), as is such a surname with a vowel "
              "dropped or added between consonants (Ulrike Bergemann ~ Ulrike Beregemann); a "
              "surname is at home in a Latin-script source language with a word list outside "
              "the usual ones too (Danish, Romanian: Lars Frandsen ~ Lars Frandsan), and out of "
              "Romanian one after a name word both keep takes no case ending (Mihai Gherman ~ "
              "Mihai Ghermen). Major also: a name copied with the source's own diacritics, one "
              "letter dropped, added or changed into a form the target language's texts never "
              "use, beside a name word the source writes too, in either order (Németh Ferenc ~ "
              "Ferenc Német; so too a doubled consonant inside the word, out of a language without consonant gradation, written once: Hollósy ~ Holósy; out of a Latin-script Slavic language, the vowel before the name's last consonant changed where neither form ends in a case ending: Horvatić ~ Horvatać; not the first letter, another doubled letter written once, a letter an "
              "ending of either language makes: Dvořáka ~ Dvořák, Brückners); not a vowel or a digraph's glide "
              "(Moubarak ~ Mubarak, Ghaddafi ~ Gaddafi), a German or English transliteration "
              "respelt (Scharon ~ Sharon, Bashar ~ Baschar), an ending of the source language "
              "(Hendriks ~ Hendrik), a German name's adjective in another case (des "
              "Alpwirtschaftlichen Vereins ~ l'Alpwirtschaftlicher Verein), a given name, or a spelling the translation keeps "
              "throughout. Minor: a double consonant written once beside a name word both keep, "
              "where the slip is a word of the source language only that the source lacks "
              "(Anneli Korhonen ~ Aneli Korhonen), or where the texts of both languages write "
              "the name double more than single (Sarah Hollis ~ Sarah Holis; not Mohammed ~ "
              "Mohamed, commoner in Spanish); an accent where the "
              "versions' accented spelling has none (Sánchez ~ Sanchéz), an acute written grave "
              "or back (Kerhervé ~ Kerhervè; not into a common word of the target language "
              "with its own accent, Catalan Càceres ~ Spanish Cáceres), or every accent dropped "
              "where each makes a letter "
              "of the target language's own alphabet, not on the last letter, where the "
              "translation writes no other marked name plain (Nyström ~ Nystrom in German, not "
              "in English: data/names/own_marked_letters.tsv; not, out of Catalan, Galician or "
              "Basque, a common Spanish word, the name's Spanish form: Catalan Agència ~ "
              "Comisiones in French), or, into a language with no "
              "marked letters of its own, where the translation keeps the marks of two names "
              "or more as the versions write them and writes only this one plain (Giżycko, "
              "Węgorzewo … Wróbel ~ Wrobel in English); a name at home in the "
              "source's language (a Zipf step commoner in its texts than in the target "
              "language's) written one letter short, vowel or h included, at a mention with "
              "nothing else to confirm it, the short form used in neither language (Ortsteil "
              "Rohrbach ~ Rorbach, Mette Søndergaard ~ Søndergard; not the first or last "
              "letter, a doubled letter, a pair that declines names); out of Korean, a "
              "hyphenated given name after its surname that writes ㅓ or ㅕ as o, yo "
              "(McCune-Reischauer) beside eo, yeo (Revised) for the other syllable (김선영 ~ "
              "Kim Seon-yong; Seon-young, Son-yong, Seon-yeong are spellings); out of Hebrew, a "
              "name word one letter off every usual Latin spelling of a common name element "
              "its source sentence writes (בן-דוד ~ Ben-Dvid; the table data/names/"
              "hebrew_elements.tsv); out of Korean into Japanese, a katakana given name after "
              "its surname (キム・ソンボ) one kana off every reading of the source's Hangul "
              "name (김성호: ソンホ; a plain stop voiced or not is a reading). Major: a Polish "
              "surname kept as written but for its -ski/-cki as -sky/-cky (Kowalski ~ "
              "Kowalsky), its stem in Polish spelling (w, cz, sz, rz), into any language but "
              "German (Tschaikowsky). Accents dropped (but for the target language's own letters, "
              "above), or added to a plain name (Zurich ~ Zürich), are no slip; nor a Finnish word "
              "in -nen for a case of its -se- stem (Korpisen ~ Korpinen), nor, in an article, a "
              "name one vowel off a spelling of a source word in Cyrillic or Greek written so at "
              "every mention (two or more, the source writing the word at two or more: Тячеу ~ "
              "Teceu): a place of a third language transcribed, its own Latin spelling. A name that "
              "looks like the stem of the source's inflected form is still a slip where a "
              "version writes it with that consonant doubled (Kitti ~ Kiti beside the genitive "
              "Kitin). Out of Korean: minor for a word one letter off the Revised Romanization "
              "of a run of the source sentence that spells no run in any romanisation in use "
              "(영동 ~ Yeondong; not Yongdong); and minor for a hyphenated given name after its "
              "surname (현창훈 ~ Hyun Chang-hon) one syllable of which spells its own, the other one "
              "letter short of every spelling in use of its syllable (훈: hun, hoon) and the Revised "
              "Romanization of another syllable (혼, hon); not a family's own spelling that is no "
              "syllable's (Yeon-koung). Out of Hungarian, a name is compared with the stem of the "
              "source's form in a case too (Miskolcról ~ Miskloc). Major, unconfirmed or not: two "
              "neighbouring consonants swapped in a Latin-script name beside a name word both "
              "keep (Jason Bilsky ~ Jason Bilksy). Also a doubled consonant of the stem of a "
              "source's name in a case written once (Hallstattā ~ Halstatt), and the -юк of a "
              "Slavic surname after a hard consonant written -uk, the glide of its ю dropped "
              "(Костюк ~ Kostuk; not Мюнхен ~ Munchen, nor Кравчук). Minor: a Russian name spelled in "
              "the English system but for one ц, ч or ш written tz, cz or sz, at a single mention "
              "(Кузнецова ~ Kuznetzova). No slip: a place's adjective the source writes in lower "
              "case, capitalised by the target (asturiano ~ Asturian beside Asturias; N002 alike; in another case too, "
              "w województwie podkarpackim ~ Podkarpackie province)."
              " Into Ukrainian: a name with і after a vowel where Ukrainian spelling writes ї (Каіра ~ Каїра; not the o of a compound's seam, Новоіванівка, nor a у that may write an English w)."
              " Into Japanese: a katakana name written word by word that reads as a source name but for a plain stop written voiced (ピーター・ライド for Peter Wright; minor at the word's first consonant). "
              "Major too: a surname of four letters or more at home in a Latin-script language, one letter off the source's after a given name both keep and spelled right nowhere in the translation, even where the slip is a real word or name (Petra Vogt ~ Petra Voght), and out of Cyrillic a consonant the source writes as one Latin letter left out inside the word (Белозёрова ~ Beozyorova; not a doubled one, Кирилл ~ Kiril). "
              "Also after a kept given name a consonant left out of a surname no language claims where the short form is no commoner (Matchett ~ Machett), a final s dropped or added where that side writes no genitive -s (Ferrandis ~ Ferrandi), and out of a language that declines names one consonant changed for another, c for k where the source reads c as ts (Hronec ~ Hronek); out of Korean a surname's conventional spelling (Park, Lee) counts and a ㅓ/ㅕ written o beside one written u is a mix (정현 ~ Jung-hyon, minor); into Japanese a katakana name word missing the kana of an l or of an r before a vowel (Gilmore ~ ギモア), major, not an l English leaves unsaid (Walker ~ ウォーカー), nor the ス of an s before a consonant (Kaminski ~ カミンキー). "
              "Major too: after a kept given name, a surname the source's own language writes most, one letter off into a form no usual language's texts use (Rachel Featherstone ~ Featherstane; this verdict outweighs the rare-word search's minor one); a vowel and a consonant swapped inside a name beside a kept name word (Besa Gjini ~ Gijni), or one consonant changed into a common word of the target language (Pablo Soler ~ Pablo Sober), or one letter changed, dropped or added into a common word of the source's own language where the name is rare there (Hugh Browne ~ Hugh Brown, Ellen Reade ~ Ellen Read); a surname after another capitalised particle than the source's, the particle part of the name (Lucia Da Ponte ~ Lucia De Ponte, Pieter Van Gorp ~ Pieter Von Gorp; not after a common word's capital, Museo Del Prado, nor opening a sentence, where an article is capitalised); a name word without its last letter where the translation writes it in full elsewhere, between languages that give names no ending (Radcliffe … Mme Radcliff); out of Cyrillic a name in a Slavic Latin alphabet with a consonant left out (Јанчевски ~ Jančeski), and out of Cyrillic or Greek a vowel moved across two letters (Παπαδόπουλος ~ Papadoupolos); out of Japanese one short vowel changed beside a name word read right (Masao Tamura ~ Tamora); minor: a Korean given name's syllable with its last consonant doubled (김만수 ~ Kim Mann-su), major where two neighbouring letters of its syllable's spelling are swapped into letters no romanisation of any Hangul syllable gives (김해나 ~ Kim Hea-na). No slip either: the target language's own form of a common compound of the source whose head it writes as its own word, the source's spelling unknown to the target's texts (Dutch handbal ~ English handball; N002 alike). Into Korean out of English: a name whose wh the Hangul writes with no ㅎ, its first syllable a bare w-glide vowel (Wheaton ~ 위턴 for 휘턴): minor (a few names have a conventional spelling without it, Wharton ~ 와튼), major where the translation writes it with its ㅎ at another mention."
              " Into Latvian or Lithuanian, which respell a foreign name with its doubled consonants written once, an unconfirmed slip of that shape is no slip (Kinnaird ~ Kinaird; not a name copied in the source's own form, an English possessive or a kept word of the name beside it: Pennick's Wharf ~ Penick's Wharf). "
              "Major also: into Hindi, Marathi or Nepali out of Latin letters, a word no word list of the language has that reads back as a name of the source sentence, one vowel sign short of a frequent word of the language reading back as it too (Bhatia ~ भटिया for भाटिया): the name's usual spelling with its long vowel's sign dropped or written short; "
              "into German, whose nouns are capitalised, a source surname after a title, honorific or given name that the translation keeps as written at the source's other mentions, written one letter off at this one after a title or given name (no ending added), the slip found nowhere else in either text, even where it is a German noun (Prof. Rust … Prof. Rost); "
              "in Thai, which leaves no blanks between words, a transcription of a source name word the translation writes alike at two mentions or more (read back consonant for consonant), written at one more mention with a letter and its marks dropped inside it (เพมเบอร์ตัน … เพมเบอตัน), the source naming it at least as often."
              " Out of Hebrew, a name word that reads back letter for letter as a source word of the sentence but for an a, e or i where the word writes an inner ו (its o or u; not the consonant v): minor (עמוס ~ Amas for Amos). No slip: the nominative of a Finnish case form whose stem's last consonant is in the weak grade (Koivukadulla ~ Koivukatu, Rannalla ~ Ranta). Major too: out of Japanese, a surname written once, alone, that reads as the source only through a reading's voicing, where the translation writes it beside a given name read back from the source with that one consonant the other way (Koji Takada … Takata said): the name spelled one way through an article; out of Korean, a surname at a mention by surname and post (박 관장 ~ Mme Pakr), one letter off the spelling the translation gives it before a hyphenated given name (Park Seo-yun), written once and spelling no Hangul syllable.",
      why="MT and post-editors misspell names (Merkle for Merkel); spell checkers do not "
          "know names, so the error reaches print.",
      fail=("Bundeskanzlerin Angela Merkel reiste nach Paris.",
            "Chancellor Angela Merkle travelled to Paris."),
      ok=("Bundeskanzlerin Angela Merkel reiste nach Paris.",
          "Chancellor Angela Merkel travelled to Paris."),
      options={"min_ratio": 80})
def name_near_miss(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    # N004's stand-in check (run after this rule) leaves a run N001 flagged to it: one
    # artefact, one finding; a near miss N001 lets pass stays N004's
    flagged = ctx.cache.setdefault(_N001_FLAGGED, [])
    for f in _name_near_miss(ctx, opts):
        if f.document == ctx.target.path and f.text_span is not None:
            flagged.append(f.text_span)
        yield f


_N001_FLAGGED = "names.N001.flagged"

# the word right before a name's slot (a title, an honorific, a given name)
_SLOT_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \u00a0]+$")


def _slot_opener(w: str, titles: frozenset[str]) -> str | None:
    """``w`` folded, its dot dropped, where it is a title, an honorific or a listed given
    name (a word that opens a person's name); else None."""
    f = fold(w.rstrip("."))
    if f in titles or re.fullmatch(_HONORIFIC, w) or (w[:1].isupper() and f in _given_names()):
        return f
    return None


def _noun_slot_slips(ctx: CheckContext, done: set[int]) -> Iterator[Finding]:
    """N001 into German (whose nouns are capitalised, so that the name finder leaves a
    name slipped into a noun alone) out of a Latin-script language: a source name word
    after a title, honorific or given name (Dr Lena Fisk), that the translation keeps
    letter for letter at every other mention of it in the source, written at this mention
    one letter off (not an ending added: a genitive -s) in the same slot, after the same
    title or given name, the slip nowhere else in the translation nor in the source
    (Prof. Fisch for Prof Fisk … Fisk): a misspelling, major."""
    if ctx.source is None:
        return
    sl, tl = _langs(ctx)
    if tl not in _NOUN_CAPS or sl in _NOUN_CAPS or not _mostly_latin(ctx.source.text):
        return
    beads = [x for x in (_bead_texts(bv) for bv in ctx.beads()) if x is not None]
    if len(beads) < 2:
        return
    pt = _person_titles()
    titles = pt.get(tl or "", frozenset()) | pt.get(sl or "", frozenset())
    whole_src, whole_tgt = ctx.source.text, ctx.target.text
    for i, (src, tgt) in enumerate(beads):
        for m in _cap_words(src.text):
            x = m.group()
            if _stands_alone(tgt.text, x):
                continue
            before = _SLOT_BEFORE.search(src.text, max(0, m.start() - 30), m.start())
            opener = before and _slot_opener(before.group(1), titles)
            if not opener:
                continue
            others = [j for j, (s2, _) in enumerate(beads) if j != i and _stands_alone(s2.text, x)]
            if not others or not all(_stands_alone(beads[j][1].text, x) for j in others):
                continue  # (kept as written wherever else the source says it)
            for y in _cap_words(tgt.text):
                w = y.group()
                if w.startswith(x) or fold(w)[:1] != fold(x)[:1] or _osa(fold(w), fold(x), score_cutoff=1) != 1:
                    continue
                if _stands_alone(whole_src, w) or capital_mentions(whole_tgt, w)[0] != 1:
                    continue
                tb = _SLOT_BEFORE.search(tgt.text, max(0, y.start() - 30), y.start())
                if tb is None or _slot_opener(tb.group(1), titles) is None:
                    continue
                s, e = tgt.span(y.start(), y.end())
                if s in done or _in_furniture(ctx, s, e):
                    continue
                k = whole_tgt.find(x)
                ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {x}"),
                      ctx.evidence(ctx.target, text=_snippet(ctx.target, (k, k + len(x))),
                                   note=f"the translation writes {x} at the source's other mentions")]
                yield ctx.flag(s, e, f"“{w}” looks like a misspelling of “{x}”, which the source has here "
                                     f"and the translation writes at its other mentions",
                               evidence=ev, suggestion=x, severity=_severity_cap(ctx, Severity.MAJOR))


# Thai vowel signs and marks written above or below a consonant (a silencing mark, a tone)
_THAI_COMBINING = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_THAI_LEADING = frozenset("เแโใไ")


def _thai_transcriptions(text: str, sks: set[str]) -> Counter:
    """The stretches of Thai ``text`` (a consonant or leading vowel opening each, a
    consonant or its marks closing it) whose consonants read back as one of skeletons
    ``sks`` (``_thai_skeleton``), counted."""
    out: Counter = Counter()
    top = max(map(len, sks))
    for m in _THAI_RUN.finditer(text):
        run = m.group()
        for a in range(len(run)):
            if run[a] not in _THAI_SOUND and run[a] not in _THAI_LEADING:
                continue
            if a > 0 and run[a - 1] in _THAI_LEADING:
                continue  # (a leading vowel belongs with the consonant after it)
            for b in range(a + 1, len(run) + 1):
                if b < len(run) and run[b] in _THAI_COMBINING:
                    continue  # (a consonant's marks go with it)
                sk = _thai_skeleton(run[a:b])
                if len(sk) > top:
                    break
                if sk in sks and run[b - 1] not in _THAI_LEADING:
                    out[run[a:b]] += 1
    return out


def _thai_drops(t: str) -> set[str]:
    """Thai ``t`` with one letter dropped inside it (not the first), with its marks."""
    out = set()
    for k in range(1, len(t)):
        if t[k] in _THAI_COMBINING:
            continue
        e = k + 1
        while e < len(t) and t[e] in _THAI_COMBINING:
            e += 1
        out.add(t[:k] + t[e:])
    return out


def _thai_dropped_slips(ctx: CheckContext) -> Iterator[Finding]:
    """N001 in a Thai translation (no blanks between words, so no name is found as a
    word) out of Latin letters: a source name word (five letters or more, no common word)
    whose Thai transcription, read back consonant for consonant (``_thai_skeleton``), the
    translation writes alike at two mentions or more, written at one more mention with a
    letter dropped inside it (with its marks: a silenced ร์ left out), the source
    writing the name at least as often as the translation writes both: major."""
    if ctx.source is None:
        return
    sl, tl = _langs(ctx)
    text = ctx.target.text
    if tl != "th" or not _mostly_latin(ctx.source.text) or not _THAI_RUN.search(text):
        return
    src_counts = Counter(m.group() for m in re.finditer(r"(?<![\w'’-])[A-Z][a-z]{4,}(?![\w'’-])", ctx.source.text))
    for x, n in src_counts.items():
        if n < 3 or zipf(x.lower(), sl) >= 3.5:
            continue
        sks = {sk for sk in _en_skeletons_for_thai(x) if len(sk) >= 4}
        if not sks:
            continue
        found = _thai_transcriptions(text, sks)
        kept = [t for t, c in found.items() if c >= 2 and len(t) >= 6]
        if not kept:
            continue
        t = max(kept, key=lambda t: (found[t], len(t)))
        spots = [m.start() for m in re.finditer(re.escape(t), text)]
        for v in sorted(_thai_drops(t)):
            if len(v) < 6 or any(v in u for u in kept):
                continue
            for m in re.finditer(re.escape(v), text):
                if any(a <= m.start() < a + len(t) for a in spots):
                    continue
                if len(spots) + 1 > n or _in_furniture(ctx, m.start(), m.end()):
                    continue
                ev = [ctx.evidence(ctx.target, text=_snippet(ctx.target, (spots[0], spots[0] + len(t))),
                                   note=f"the translation writes {t} for the source's {x} at {len(spots)} mentions")]
                yield ctx.flag(m.start(), m.end(), f"“{v}” looks like a misspelling of “{t}”, the translation's "
                                                   f"spelling of the source's “{x}” elsewhere (a letter dropped)",
                               evidence=ev, suggestion=t, severity=_severity_cap(ctx, Severity.MAJOR))


# a Devanagari word of four characters or more
_DEVANAGARI_WORD = re.compile("(?<![\u0900-\u097f])[\u0900-\u097f]{4,}(?![\u0900-\u097f])")
_DEV_VOWEL_SIGNS = "ािीुूेैोौ"
_DEV_LONG_SIGN = {"ि": "ी", "ु": "ू"}
_DEV_SIGN_LANGS = frozenset({"hi", "mr", "ne"})


def _dev_consonant(c: str) -> bool:
    return "\u0915" <= c <= "\u0939" or "\u0958" <= c <= "\u095f"


def _dev_sign_variants(w: str) -> set[str]:
    """Devanagari word ``w`` with one vowel sign put after a consonant that has none (its
    inherent vowel written out), or a short i or u sign made long."""
    out = set()
    for k in range(1, len(w) + 1):
        if not _dev_consonant(w[k - 1]) or (k < len(w) and not (_dev_consonant(w[k]) or w[k] in "ंँ")):
            continue
        out.update(w[:k] + v + w[k:] for v in _DEV_VOWEL_SIGNS)
    out.update(w[:k] + _DEV_LONG_SIGN[c] + w[k + 1:] for k, c in enumerate(w) if c in _DEV_LONG_SIGN)
    return out


def _devanagari_sign_slips(ctx: CheckContext, done: set[int]) -> Iterator[Finding]:
    """N001 into Hindi, Marathi or Nepali out of Latin letters: a word of the translation
    that is no word of the language (its word list has it not at all) and that reads back
    as a capitalised Latin word of the source sentence (``present_in_other_script``), one
    vowel sign short of a frequent word of the language (Zipf 3 or more) that reads back as
    it too: that name's usual spelling, its long vowel's sign dropped or written short
    (a surname's -वा- as -व-), major."""
    if ctx.source is None:
        return
    tl = _langs(ctx)[1]
    if tl not in _DEV_SIGN_LANGS or not has_freq(tl) or _DEVANAGARI_WORD.search(ctx.target.text) is None:
        return
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        words = list(dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", src.text)))
        if not words:
            continue
        for m in _DEVANAGARI_WORD.finditer(tgt.text):
            w = m.group()
            if zipf(w, tl) > 0:
                continue  # (a word of the language as written)
            said = [x for x in words if present_in_other_script(x, w)]
            if not said:
                continue
            best = max(sorted(_dev_sign_variants(w)), key=lambda v: zipf(v, tl), default=None)
            if best is None or zipf(best, tl) < 3.0:
                continue
            said = [x for x in said if present_in_other_script(x, best)]
            if not said:
                continue
            s, e = tgt.span(m.start(), m.end())
            if s in done or _in_furniture(ctx, s, e):
                continue
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {said[0]}")]
            yield ctx.flag(s, e, f"“{w}” looks like a misspelling of “{best}”, the usual spelling of the "
                                 f"source's “{said[0]}” (“{w}” is no word of the language)",
                           evidence=ev, suggestion=best, severity=_severity_cap(ctx, Severity.MAJOR))


def _n001_flagged(ctx: CheckContext, s: int, e: int) -> bool:
    """Did N001 flag a span overlapping ``s``..``e`` of the target (it runs before N004)?"""
    return any(a < e and s < b for a, b in ctx.cache.get(_N001_FLAGGED, ()))


def _name_near_miss(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    found = _misspellings(ctx, float(opts.get("min_ratio", 80)))
    yield from _han_slips(ctx, {start for _p, _f, start, _s in found})
    yield from _han_voicing_slips(ctx, {start for _p, _f, start, _s in found})
    yield from _hangul_name_slips(ctx, {start for _p, _f, start, _s in found})
    yield from _hangul_surname_slips(ctx, {start for _p, _f, start, _s in found})
    yield from _hangul_place_slips(ctx, {start for _p, _f, start, _s in found})
    yield from _hangul_katakana_slips(ctx)
    yield from _katakana_voicing_slips(ctx)
    yield from _katakana_liquid_slips(ctx)
    yield from _hangul_wh_slips(ctx)
    yield from _uk_vowel_i_slips(ctx)
    yield from _particle_slips(ctx)
    yield from _devanagari_sign_slips(ctx, {start for _p, _f, start, _s in found})
    yield from _noun_slot_slips(ctx, {start for _p, _f, start, _s in found})
    yield from _thai_dropped_slips(ctx)
    if not found:
        return
    tinv, vinv = _inventories(ctx)
    for p, f, start, sev in found:
        if _garbled(p.text):
            continue  # "PÃ¼nktlichkeit": the encoding is damaged, not the name (S013's)
        expected = next((inv.forms[f] for inv in vinv if f in inv.forms), None) \
            or next((inv.forms[x][:len(f)] for inv in vinv for x in inv.forms
                     if x.startswith(f) and len(inv.forms[x]) == len(x)), f)
        # (a stem of a version's inflected form, Miskolc of Miskolcról, as the version writes it)
        ev = _spelling_evidence(ctx, f, vinv, tinv, p.fold)
        msg = f"“{p.text}” looks like a misspelling of “{expected}”"
        if _OTHER_SCRIPT.search(f) and not _OTHER_SCRIPT.search(p.text):
            # a source word in another script (_script_slips): name its rendering
            ev = _spelling_evidence(ctx, fold(f), vinv, tinv, p.fold)
            cost, spelling = _render_cost(p.fold, _renderings(f) or (), 3)
            if cost > 1 or not spelling:  # (a written letter left out: the spelling with it put back)
                spelling = next((p.fold[:k] + v + p.fold[k:] for k in range(1, len(p.fold))
                                 for v in "aeioulrnmkgdtbpvszfh"
                                 if _render_cost(p.fold[:k] + v + p.fold[k:], _renderings(f) or (), 3)[0] == 0),
                                spelling)
            elif cost == 0 and _SLAVIC_YUK.search(f.lower()) is not None:
                # (the -юк's ю written u alone, _glide_dropped_rendering: the glide put back,
                # i as the Ukrainian national system writes it, y as the others)
                k = max((x.start() for x in re.finditer(r"u(?=[kcq])", spelling)), default=0)
                if k > 0:
                    spelling = spelling[:k] + ("i" if _langs(ctx)[0] == "uk" else "y") + spelling[k:]
            expected = spelling[:1].upper() + spelling[1:]
            msg = f"“{p.text}” looks like a misspelling of “{expected}” (the source's “{f}”)"
        if f == p.fold:
            dropped = any(n and not m for m, n in zip(_marks(p.text)[1], _marks(expected)[1]))
            if _acute_grave_swapped(p.text, expected):
                msg = f"“{p.text}” writes an accent of “{expected}” the other way"
            elif dropped and not any(_marks(p.text)[1]) and not _own_marked_letters().get(norm_lang(_langs(ctx)[1]) or ""):
                msg = (f"“{p.text}” drops the accents of “{expected}”, where the translation "
                       f"keeps those of other names")
            elif dropped and not any(_marks(p.text)[1]):
                msg = (f"“{p.text}” drops the accents of “{expected}”, letters the "
                       f"translation's language writes")
            else:
                msg = (f"“{p.text}” drops an accent of “{expected}” and keeps the others" if dropped
                       else f"“{p.text}” puts an accent where “{expected}” has none")
        elif sev is not None:
            msg += (" (unconfirmed: no version in the translation's language spells it, "
                    "and spellings vary between languages)")
        yield ctx.flag(start, start + len(p.text), msg, evidence=ev, suggestion=expected,
                       severity=_severity_cap(ctx, sev) if sev is not None else None)


@rule("N002", "name-inconsistent", "Fluency/Spelling", "major", artefact="misspelled-name",
      summary="One name spelled two ways inside the translation; the minority spelling is "
              "flagged (no source needed). Written as often each way, the later one is "
              "flagged, minor, where the letters show a slip (two swapped) or both render one "
              "source word in another script (Παπαθανασίου ~ Papathanasiou … Papathanassiou); "
              "major, the later, where the earlier follows a given name at each of its mentions "
              "and the later none (Dr Einav Shteinberg … Dr Shtainberg: the person introduced in "
              "full, then called by the surname spelled otherwise). "
              "Major, the later or not, where one is a letter-for-letter rendering of a "
              "Devanagari or Bengali source word (its case ending aside) and the other one "
              "letter off every rendering (নারায়ণগঞ্জ ~ Narayanganj … Narayangaj); Bengali is "
              "read as Devanagari with the spellings its romanisations add (inherent o, য় as "
              "w); so where one spells a Cyrillic or Greek source word letter for letter and the "
              "other is it with a consonant dropped inside the word (Кудрявцев ~ Kudryavtsev … "
              "Kudryatsev); so too where one is the other with a vowel between two consonants left "
              "out and a Tamil, Telugu, Kannada or Malayalam source word, whose consonants say "
              "their a, has as many vowels as the longer (முருகன் ~ Murugan … Murgan); so too where "
              "one spells a Cyrillic or Greek source word letter for letter and the other is it "
              "with two neighbouring letters swapped, spelling none (Дячук ~ Diachuk … Daichuk). "
              "In a Japanese translation, two katakana spellings one kana apart "
              "(one changed, or a full-size kana dropped inside the word: ウィットフィールド … "
              "ウィットフィード; not a long-vowel mark, small kana or sokuon) that both read back "
              "as one source name: the rarer (or later), major, the name being spelled right at "
              "another mention; so in a Korean translation two Hangul spellings of a name of three "
              "syllables or more one vowel or final apart (펨버턴 … 펨버톤; of two syllables, minor), "
              "and in Arabic letters (Arabic, Persian, Urdu) two spellings with a long vowel's "
              "letter and a neighbouring consonant swapped, of two as frequent the one whose "
              "letters the source's Latin word does not follow (Wilson ~ ويلسون … ويلوسن); and two "
              "spellings one consonant apart (not the first letter), one read back as a Latin "
              "word of the source, the other's changed consonant writing no letter of that word "
              "where its own does: the other, no word of the language and written no more "
              "often, is the slip (Benson ~ بنسن … بنسل). Into "
              "Korean from Japanese, a name written at one mention with a long vowel spelled out "
              "as a bare vowel syllable and elsewhere without it, as Korean spelling of Japanese "
              "writes it (오오사카부 … 오사카시): major. Not two cases of one name in a declining language (Victorija ~ Victoriji), a "
              "form kept inside a longer name copied from the source (Fundação de Serralves e "
              "do Porto beside Oporto), two names of a Chinese source that differ "
              "in a whole Pinyin syllable (Wuhan ~ Wuchang), nor a place beside a Slavic "
              "adjective made from it and kept in transliteration (Melnik ~ Melnishki; a -ka "
              "place whose k the adjective's -sk- takes: Kamtschatka ~ Petropawlowsk-Kamtschatski), "
              "a German place's genitive beside its -er adjective (Breslaus ~ Breslauer), nor a "
              "name with an acronym joined to it (KamtschatNIRO), another name. In a "
              "translation into an Indic script, which has no capitals, two spellings one vowel "
              "sign apart inside the word that both read back as one source name are flagged, "
              "minor (रामास्वामी … रामस्वामी ~ Ramaswamy). Also a name spelled one way more often "
              "and once with two consonants swapped across the letter between them (Zamora … "
              "Zaroma), which the fuzzy ratio counts as far apart. Not a place's adjective the "
              "source writes in lower case (asturiano ~ Asturian beside Asturias), in another case too (w województwie podkarpackim ~ Podkarpackie province). "
              "Nor a Slavic adjective's gender forms in Latin letters (Kubansky ~ Kubanskaya ~ Kubanskoye), a Serbian or Croatian place whose stem ends in c beside its adjective, which keeps the c before -k- (Vinice ~ Vinički), a German place in -a beside its -er adjective (Kachowka ~ Kachowker), a company's name written before its legal form at every mention beside a word that never is (Nordtrans AB ~ Nordland), nor in Korean two one-syllable nouns with one particle (문을 ~ 면을); a Korean particle of two syllables is set aside whole (곳으로 ~ 곳). Nor the target's own form of a source compound beside the source's spelling kept inside a name (handball … the club Handbal Team). "
              "Major too, written as often each way: where one spells a capitalised Cyrillic or Greek source word letter for letter and the other is one letter off every rendering, not in the last two letters (but a vowel before a last consonant no case ending has: Ковальчук ~ Kowalczuk … Kowalczyk; Белкина ~ Belkina … Belkna), the slip a common surname of the target language too, a capitalised word inside a sentence that the translation never writes in lower case; and out of Chinese where one is the Pinyin of a run of the source and the other, one letter off, of none (王志强 ~ Zhiqiang … Ziqiang), out of Japanese alike by the runs' Hepburn readings (北川 ~ Kitagawa … Kitakawa, a consonant voiced or not). Out of Japanese into Korean, two Hangul spellings of a name of three syllables or more one vowel apart, each written once, that both read as the romaji reading of a kanji run of the source: the one whose vowels are not the reading's is the slip, major, first or later (北川 ~ 기타가와 … 기토가와); so too where one writes a vowel Korean spelling of Japanese never uses (ㅐ, ㅚ) and the other's vowels are a kanji run's reading's (長崎市 ~ 나가사키시 … 나개사키시). Major too, in an article: a name the translation keeps letter for letter beside another name word as the source writes them (Sabine Reinhard, Carmen Cordero Ruiz), one letter off at a lone mention whose source sentence has it more often than the translated one, even where the slip is a real name or another language's respelling (Reinhard ~ Reinhardt, Novotny ~ Nowotny, Cordero ~ Cordeiro), where N001 says nothing; not into a language that gives names case endings, nor a genitive or plural s, a letter dropped at the end, a vowel added there, a word opening a sentence, a German noun, a word the translation writes in lower case, nor one it writes at two mentions or more (its own form of a place or of a body's common word: Real Betis Sevilla … Sevilha). Major too, into a language that gives names no case endings (German aside, whose nouns are capitalised): a surname after one name word (not a common word, unless a given name) written one way at two mentions or more and one letter off at a single mention the source does not have, the letter neither the first nor among the last two (Ines Fabbro … Ines Fabro … Ines Fabbro), found by the words around it even where the name finder reads the spelling as a rare word of the language; not out of Chinese, Japanese, Korean or Vietnamese, whose word before is a surname many people share."
              " In a Korean translation a name of three syllables or more written at one mention with one syllable's onset traded for one said at the same place (a sibilant for a sibilant, a stop for its partner: 헤이스팅스 … 헤이스팅즈) is a slip too, major; not a word with a final Korean spelling of foreign names never writes (샀어 … 샀을: ㅆ, a verb's). In a Hebrew translation, two spellings of a name one letter apart, the two letters said alike (ק … ך, ט … ת, ס … ש, א … ע, ו … ב, כ … ח; not a joined prefix's letter), both reading back as one Latin source word and not both words of the language: the rarer, or of two as frequent the later, major. In an Indic script two frequent words of the language (a verb's genders, करेगा … करेगी) are no name, and a danda is no letter of the word. "
              "A name of several words glossed word for word by the source's spelling in brackets after it (Latvian Mateušs Vujciks (Mateusz Wójcik)) is spelled on purpose both ways."
              " In a Chinese translation of a Latin-script article, a transcription of three characters or more written alike at two mentions or more and with one character changed at one more (彭伯利 … 彭博利), both read back as one capitalised source word the source says more often than the usual spelling stands, the odd one reading as no other: major."
              " In a Korean translation, not two spellings: one name with two one-syllable Sino-Korean generic words joined to it (a castle and its city: 오카야마성 … 오카야마시), nor a verb's stem in two forms of 하다 or 되다 (정비해 … 정비하는); out of Japanese, two Hangul spellings of three syllables or more one onset apart, one reading as a kanji run of the source, the other as none and no common word (北村 ~ 기타무라 … 기타무나): the other, major. In Arabic letters, a name written alike at two mentions or more, reading back as a capitalised source word the source writes twice or more, and once with one consonant of that word left out inside it (not the first or last letter), no frequent word (or, if a word of the language, where the source's sentence there names it): the short one, major. In a Latin-script translation, a name copied with the source's marks as the source writes it, written at one mention with some marks dropped and others kept (Ģērmanis … Ģermanis): major. In a Greek translation of a Latin-script source, two spellings written as often, one vowel apart, ending in a consonant (no case ending), both transcribing one source word the source writes twice or more: the later, minor."
              " In a Cyrillic or Greek translation of a Latin-script source, a name one form of which spells letter for letter (a case ending aside) a capitalised source word the source writes at two mentions or more, written at another mention, no more often, one letter off that form's stem (a consonant changed, a letter dropped or added inside it, not the first: Hallgrim ~ Халлгрим … Халгрима), reading back as no source word, no common word of the language and never written in lower case, the source writing the word as often as the translation writes both: the odd form, major.",
      why="Two spellings of one person or place confuse readers and are almost always a "
          "typo or an MT slip in one of them.",
      fail=("Präsident Selenskyj traf Selenskyjs Berater.",
            "President Zelenskyy met Zelenskky's adviser and Zelenskyy's staff."),
      ok=("Präsident Selenskyj traf Selenskyjs Berater.",
          "President Zelenskyy met Zelenskyy's adviser."),
      options={"min_ratio": 80})
def name_inconsistent(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    flagged: set[str] = set()
    for f in _name_inconsistent(ctx, opts):
        if f.document == ctx.target.path and f.text:
            flagged.add(fold(f.text))
        yield f
    yield from _kept_name_inconsistent(ctx, float(opts.get("min_ratio", 80)), flagged)
    yield from _marks_half_dropped(ctx, flagged)
    yield from _after_given_inconsistent(ctx, flagged, float(opts.get("min_ratio", 80)))
    yield from _read_back_slips(ctx, flagged)


_SURNAME_FIRST_LANGS = frozenset({"zh", "ja", "ko", "vi"})
_MARKED_WORD = re.compile(r"[^\W\d_](?<![^\W\d_].)[^\W\d_]{3,}(?![^\W\d_])")  # (see _CAP_WORD)


def _marks_half_dropped(ctx: CheckContext, flagged: set[str]) -> Iterator[Finding]:
    """N002: a capitalised name the translation copies with the source's marks, as the
    source writes it, and writes at one mention (no more often) with some of its marks
    dropped and others kept (Ģērmanis … Ģermanis): no spelling policy, which drops every
    mark, but a slip, major; the half-marked form no word of the source."""
    if ctx.source is None or not _mostly_latin(ctx.target.text) or not _mostly_latin(ctx.source.text):
        return
    text = unicodedata.normalize("NFC", ctx.target.text)
    if len(text) != len(ctx.target.text) or text.isascii():
        return
    src = unicodedata.normalize("NFC", ctx.source.text)
    spots: dict[str, list[int]] = {}
    for m in _MARKED_WORD.finditer(text):
        w = m.group()
        if w[0].isupper() and w[1:].islower() and not w.isascii():
            spots.setdefault(w, []).append(m.start())
    if len(spots) < 2:
        return
    by_fold: dict[str, list[str]] = {}
    for w in spots:
        by_fold.setdefault(fold(w), []).append(w)
    src_words = set(_MARKED_WORD.findall(src))
    for forms in by_fold.values():
        if len(forms) < 2:
            continue
        full = max(forms, key=lambda w: (sum(not c.isascii() for c in w), len(spots[w])))
        if full not in src_words:
            continue
        for o in forms:
            if o == full or len(o) != len(full) or o in src_words or fold(o) in flagged \
                    or len(spots[o]) > len(spots[full]):
                continue
            diff = [(x, y) for x, y in zip(full, o) if x != y]
            if not diff or any(x.isascii() or not y.isascii() or fold(x) != y for x, y in diff):
                continue  # (marks only dropped, none changed or added)
            for st in spots[o]:
                if _in_furniture(ctx, st, st + len(o)):
                    continue
                yield ctx.flag(st, st + len(o), f"“{o}” is spelled “{full}” elsewhere in the translation, "
                                                f"as the source writes it: a mark dropped at this mention only",
                               suggestion=full, severity=_severity_cap(ctx, Severity.MAJOR))
_GIVEN_THEN_NAME = re.compile(r"(?<![^\W\d_])([A-Z][a-z]{2,})(?=[ \u00a0]([A-Z][a-z]{4,})(?![^\W\d_'’-]))")


def _after_given_inconsistent(ctx: CheckContext, flagged: set[str], min_ratio: float = 80) -> Iterator[Finding]:
    """N002's search by the words around a name, not by the name finder (which may read
    a rare surname as a word of the language and leave it out, so that the main search
    sees one spelling only): a surname after one name word written one way at two mentions
    or more and one letter off at a single mention (Ines Fabbro … Ines Fabro … Ines
    Fabbro), the letter not among the last two (a case ending, a genitive s), into a
    language that gives names no case endings.  The word before is a name too: not a
    common word of the language (a title's: Minister, Doktor), unless a given name; not out
    of a language that writes the surname first (Chen Haiyan, Chen Haiyun: two people)."""
    if ctx.source is None:
        return
    sl, tl = _langs(ctx)
    if tl is None or tl in _ENDING_LANGS or tl in _CASE_SUFFIX_LANGS or tl in _NOUN_CAPS \
            or sl in _SURNAME_FIRST_LANGS or not _mostly_latin(ctx.target.text):
        return  # (out of Chinese, Japanese, Korean or Vietnamese the word before is a
        # surname many people share, and two given names one letter apart two people)
    text = ctx.target.text
    seen: dict[str, Counter] = {}
    where: dict[tuple[str, str], list[re.Match]] = {}
    for m in _GIVEN_THEN_NAME.finditer(text):
        g, n = m.group(1), m.group(2)
        seen.setdefault(g, Counter())[n] += 1
        where.setdefault((g, n), []).append(m)
    src = ctx.source.text
    n001: set[int] | None = None
    for g, names in seen.items():
        if len(names) < 2:
            continue
        lg = g.casefold()
        if lg not in _given_names() and (zipf(lg, tl) >= 3.5 or (sl and zipf(lg, sl) >= 3.5)):
            continue
        for major, nmaj in names.items():
            if nmaj < 2:
                continue
            for minor, nmin in names.items():
                if nmin != 1 or minor == major or fold(minor) in flagged or _levenshtein(major, minor) != 1:
                    continue
                k = next((i for i in range(min(len(major), len(minor))) if major[i] != minor[i]),
                         min(len(major), len(minor)))
                if k == 0 or k >= min(len(major), len(minor)) - 2:
                    continue  # (the first letter; an ending, a genitive)
                if _source_count_in(text, minor) != 1 or _source_count_in(src, minor):
                    continue  # (a word the translation writes elsewhere too, or the source has)
                m = where[(g, minor)][0]
                s, e = m.start(2), m.start(2) + len(minor)
                if _in_furniture(ctx, s, e):
                    continue
                if n001 is None:
                    n001 = {start for _p, _f, start, _s in _misspellings(ctx, min_ratio)}
                if s in n001:
                    continue  # (N001 reports this slip already: one artefact, one finding)
                flagged.add(fold(minor))
                yield ctx.flag(s, e, f"“{minor}” after “{g}” is spelled “{major}” at {nmaj} other "
                                     f"mentions in the translation", suggestion=major)


def _kept_name_inconsistent(ctx: CheckContext, min_ratio: float, flagged: set[str]) -> Iterator[Finding]:
    """N002's last search (``_kept_full_name_slips``): a name the translation keeps letter
    for letter beside another name word, as the source writes them, one letter off at a
    lone mention the main search leaves alone (a real name, another language's
    respelling, a consonant added at the end), where N001 flags nothing there.  Its spans
    join N001's for N004's stand-in search: one artefact, one finding."""
    if ctx.source is None or not ctx.versions:
        return
    sl, tl = _langs(ctx)
    found = _kept_full_name_slips(ctx, sl, tl)
    if not found:
        return
    n001 = {start for _p, _f, start, _s in _misspellings(ctx, min_ratio)}
    tinv = _target_inventory(ctx)
    spans = ctx.cache.setdefault(_N001_FLAGGED, [])
    for p, c, start, _sev in found:
        if p.fold in flagged or start in n001:
            continue
        right = tinv.forms.get(c) or c[:1].upper() + c[1:]
        spans.append((start, start + len(p.text)))
        yield ctx.flag(start, start + len(p.text),
                       f"“{p.text}” is spelled “{right}” elsewhere in the translation, as the "
                       f"source writes it here", suggestion=right)


def _name_inconsistent(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    sl, tl = _langs(ctx)
    min_ratio = float(opts.get("min_ratio", 80))
    if tl == "ja" and ctx.source is not None:
        yield from _katakana_inconsistent(ctx)
    if tl == "ko" and ctx.source is not None:
        yield from _hangul_inconsistent(ctx)
    if ctx.source is not None and _INDIC_NAME_WORD.search(ctx.target.text):
        yield from _indic_inconsistent(ctx)
    if tl in _ARABIC_SCRIPT_LANGS and ctx.source is not None:
        yield from _arabic_inconsistent(ctx)
    if tl == "he" and ctx.source is not None:
        yield from _hebrew_inconsistent(ctx)
    if tl == "zh" and ctx.source is not None and not _is_pair(ctx):
        yield from _zh_inconsistent(ctx)
    if not _similar_capitalised(ctx.target.text, min_ratio):
        return
    tinv = _target_inventory(ctx)
    counts = tinv.counts
    yield from _script_word_slips(ctx, tinv, sl, tl, set())
    if len(counts) < 2:
        return
    forms = sorted(counts, key=lambda f: (-counts[f], f))
    pairs = [(a, b) for i, a in enumerate(forms) for b in forms[i + 1:]
             if abs(len(a) - len(b)) <= 3 and (_near_miss(a, b, min_ratio)
                                               or (counts[a] > counts[b] and _metathesis(a, b)))]
    if tl in _UNINFLECTED_NAMES:
        pairs += _clipped_pairs(forms, counts)
    if pairs:
        glossed = _glosses(ctx)
        pairs = [(a, b) for a, b in pairs if (a, b) not in glossed]
    if pairs and ctx.source is not None:
        # a form kept inside a longer name the source writes alike (Foz do Iguaçu beside
        # the Iguazu Falls): a city's own name, not the shorter one spelled two ways
        pairs = [(a, b) for a, b in pairs if not (_in_kept_name(ctx, tinv.forms[a])
                                                  or _in_kept_name(ctx, tinv.forms[b]))]
        # a place's exonym beside its own name kept only inside names the source writes
        # alike (Perpiñán ~ Perpignan, and the club Perpignan Rugby): one way for the place
        pairs = [(a, b) for a, b in pairs if not (
            (ca := exonym_classes(a)) and ca == exonym_classes(b)
            and (_only_in_copied_names(ctx, tinv.forms[a]) or _only_in_copied_names(ctx, tinv.forms[b])))]
    if not pairs:
        return
    yield from _exonym_mix(ctx, pairs, tinv, tl, sl)
    vinv = _version_inventories(ctx)
    flagged_by_n001 = {p.fold for p, _f, _s, _v in _misspellings(ctx, min_ratio)} if vinv else set()
    done: set[str] = set()
    for a, b in pairs:
        # a: at least as frequent as b
        ba = any(inv.related(a) for inv in vinv)
        bb = any(inv.related(b) for inv in vinv)
        sev = None
        odd = None
        if counts[a] == counts[b]:
            odd = (_off_system(ctx, a, b, sl, tl) or _off_rendering(ctx, a, b, sl)
                   or _dropped_from_rendering(ctx, a, b) or _dravidian_vowel_dropped(ctx, a, b)
                   or _swapped_from_rendering(ctx, a, b, sl) or _off_pinyin(ctx, a, b, sl)) \
                if ba == bb and not ba else None
            if odd is not None:
                # one spelling in the target language's transliteration of the source's
                # word, the other not (Tkatschow … Tkachow for Ткачёв): the other is the slip
                major, minor = (b, a) if odd == a else (a, b)
            elif ba == bb:
                known = None if ba else _known_transposition(a, b, tl)
                rr = None if ba else _hangul_spelling(ctx, a, b)
                if rr is not None:
                    # a Korean source: one spelling is its Revised Romanization (해운대 ~
                    # Haeundae), the other not (Haeundea): that one is the slip, surely
                    major, minor = rr, (b if rr == a else a)
                elif known is not None:
                    # a short name with two letters swapped, one spelling in use in the
                    # target language's texts, the other in none (Hanoi ~ Hanio): the slip
                    major, minor = known, (b if known == a else a)
                    sev = Severity.MINOR
                elif not ba and (_one_source_word(ctx, tinv, a, b, sl) or _one_rendered_word(ctx, a, b)
                                 or _one_transcribed_word(ctx, tinv, a, b, tl)):
                    # one word of a source in another script, the same at every mention,
                    # written two ways (בן-שושן ~ Ben-Shoshan … Ben-Shosan): one of them a
                    # slip; which one the letters cannot tell: the later is reported, minor
                    # (so for two spellings of one Greek or Cyrillic word that each follow a
                    # transliteration system: Παπαθανασίου ~ Papathanasiou … Papathanassiou)
                    major, minor = sorted((a, b), key=lambda f: tinv.where[f][0])
                    sev = None if _introduced_in_full(ctx, tinv, major, minor, tl) \
                        else Severity.MINOR
                elif ba or not _transposed_slip(a, b):
                    continue  # no way to tell which spelling is right
                else:
                    # two letters swapped in a long name written once each way (Lifeng ~
                    # Lifneg): a slip in one of them; the later one is reported, minor
                    major, minor = sorted((a, b), key=lambda f: tinv.where[f][0])
                    sev = Severity.MINOR
            else:
                major, minor = (a, b) if ba else (b, a)
        else:
            major, minor = a, b
            if bb and not ba:
                continue  # the versions back the rarer spelling: not for this rule
        if (zipf(tinv.forms[minor].casefold(), tl) >= REAL_WORD and not (
                odd == minor and _never_lower(ctx.target.text, tinv.forms[minor]))) \
                or minor in done or minor in flagged_by_n001:
            continue  # (a real word, but a surname the source's own spelling shows slipped
            # into, never written in lower case: Ковальчук ~ Kowalczuk … Kowalczyk)
        if ctx.source is not None and (_target_own_form(tinv.forms[minor].casefold(), major, sl, tl)
                                       or _target_own_form(tinv.forms[major].casefold(), minor, sl, tl)):
            continue  # the target's own word for a common word of the source, beside the
            # source's spelling kept inside a name (handball … the club Handbal Team)
        if tl == "de" and _de_noun_form(tinv.forms[minor]) and (
                _de_noun_form(tinv.forms[major]) or zipf(tinv.forms[major].casefold(), sl) >= REAL_WORD):
            # a German noun's other form or compound (Teleskopen ~ Teleskops), or a noun
            # beside a common word of the source kept (Inspektoren ~ Inspector); a name
            # spelled like a noun stays a slip (Boccia for Boccio)
            continue
        if any(inv.related(minor) for inv in vinv):
            continue  # both spellings backed by other versions (two people)
        if _agreement_forms(major, minor, sl, tl) or _case_forms(major, minor, tl):
            continue  # one adjective agreeing with its noun (Slowakisches / Slowakischen),
            # one name in two cases (в Манчестере / из Манчестера, του Βόλου / ο Βόλος,
            # McAllisterin / McAllisterista)
        if _place_and_adjective(major, minor, tl) or _slavic_place_adjective(major, minor, sl, tl) \
                or _slavic_ka_adjective(major, minor, sl, tl) or _de_place_forms(major, minor, tl) \
                or _slavic_adjective_genders(major, minor, sl, tl):
            continue  # Galicien / galicischen; Melnik / Melnishki (a Slavic place adjective
            # kept in transliteration inside a name: Melnishki Rid, Ohridski Biser);
            # Kamtschatka / Kamtschatski; Breslaus / Breslauer; Kubansky / Kubanskaya
        if _company_only(ctx.target.text, tinv.forms[major]) != _company_only(ctx.target.text, tinv.forms[minor]):
            continue  # a company's name, written before its legal form at every mention
            # (Nordtrans AB), beside a word that never is (Nordland): two names
        if _acronym_tailed(tinv.forms[major]) != _acronym_tailed(tinv.forms[minor]):
            continue  # a name with an acronym joined to it (KamtschatNIRO, a body named
            # after the place) beside a word without one: another name, not the place
            # spelled another way (two such names, KamtschatNIRO ~ KamchatNIRO, still are)
        if sl == "zh" and _other_pinyin_syllable(major, minor):
            continue  # two names of a Chinese source sharing a syllable (Wuhan, a city, and
            # Wuchang, its district), not one spelled two ways
        done.add(minor)
        ev = [ctx.evidence(ctx.target, text=_snippet(ctx.target, tinv.where[major]),
                           note=f"the translation spells it {tinv.forms[major]} "
                                f"{counts[major]}× and {tinv.forms[minor]} {counts[minor]}×")]
        ev += [e for e in _spelling_evidence(ctx, major, vinv, tinv, minor)
               if e.document != ctx.target.path]
        yield from _flag_all(ctx, minor, tinv.forms[minor], tinv.forms[major], ev, tl, sl, severity=sev)


_CAP_WORD_ANY = re.compile(r"(?<![\w'’-])[^\W\d_][^\W\d_]{4,}(?![\w'’-])")


def _script_word_slips(ctx: CheckContext, tinv: Inventory, sl: str | None, tl: str | None,
                       done: set[str]) -> Iterator[Finding]:
    """N002's ``_off_rendering`` for a slip that makes a common word or name of the
    target language, which the name finder leaves out of the translation's names (a
    Polish surname, frequent in Polish texts: Ковальчук ~ Kowalczuk … "Kowalczyk"): a
    capitalised word inside a sentence, never written in lower case, one letter from a
    capitalised word of the translation that spells a Cyrillic or Greek source word letter
    for letter, written no more often than it, and itself no rendering of a source word."""
    if ctx.source is None or not re.search("[\u0370-\u03ff\u0400-\u04ff]", ctx.source.text):
        return
    text = ctx.target.text
    caps: Counter = Counter()
    seen: dict[str, list[re.Match]] = {}
    for m in _CAP_WORD_ANY.finditer(text):
        w = m.group()
        if not (w[0].isupper() and w[1:].islower()):
            continue
        fw = fold(w)
        if not fw.isascii():
            continue
        caps[fw] += 1
        if fw not in tinv.counts and fw not in done and not _sentence_initial(text, m.start()):
            seen.setdefault(w, []).append(m)
    for w, ms in seen.items():
        fw = fold(w)
        for f, n in caps.items():
            if f == fw or abs(len(f) - len(fw)) > 1 or len(ms) > n or _levenshtein(f, fw) != 1:
                continue
            if _off_rendering(ctx, f, fw, sl) != fw or not _never_lower(text, w) \
                    or _case_forms(f, fw, tl) or _agreement_forms(f, fw, sl, tl) \
                    or (tl == "de" and _de_noun_form(w)):
                continue  # (a German noun, capitalised as every noun is: no name)
            done.add(fw)
            right = next(m.group() for m in _CAP_WORD_ANY.finditer(text) if fold(m.group()) == f)
            k = text.find(right)
            ev = [ctx.evidence(ctx.target, text=_snippet(ctx.target, (k, k + len(right))),
                               note=f"the translation spells it {right} {n}×, as the source's word reads")]
            for m in ms:
                yield ctx.flag(m.start(), m.end(),
                               f"“{w}” is spelled “{right}” elsewhere in the translation, "
                               f"as the source's word reads", evidence=ev, suggestion=right)
            break


# the Latin letters each language's own transliteration of Russian (and the Cyrillic
# letters they share) gives where the systems differ: German (Duden), English (BGN and
# the press), French; the other letters as every system writes them (_ROMAN_CYR)
_CYR_SYSTEMS = {
    "de": {"в": "w v", "ж": "sch", "з": "s", "й": "i j _", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
           "щ": "schtsch", "ы": "y", "ь": "_", "ъ": "_", "ю": "ju", "я": "ja", "е": "e je", "ё": "jo o",
           "э": "e", "у": "u", "с": "s ss", "к": "k"},
    "en": {"в": "v", "ж": "zh", "з": "z", "й": "y i _", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
           "щ": "shch", "ы": "y", "ь": "_", "ъ": "_", "ю": "yu", "я": "ya", "е": "e ye", "ё": "yo e o",
           "э": "e", "у": "u", "с": "s", "к": "k"},
    "fr": {"в": "v", "ж": "j", "з": "z", "й": "ï i y _", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
           "щ": "chtch", "ы": "y", "ь": "_", "ъ": "_", "ю": "iou you", "я": "ia", "е": "e ie", "ё": "io e",
           "э": "e", "у": "ou", "с": "s ss", "к": "k"},
}


def _system_units(word: str, lang: str | None) -> tuple[tuple[str, ...], ...] | None:
    """The letters of Cyrillic ``word`` as units with the spellings of ``lang``'s own
    transliteration system only (``_CYR_SYSTEMS``); None without one."""
    table = _CYR_SYSTEMS.get(lang or "")
    if table is None:
        return None
    units = []
    for c in word.lower():
        spec = table.get(c) or _ROMAN_CYR.get(c)
        if spec is None:
            return None
        units.append(tuple(fold(x) for x in _alts(spec)))
    return tuple(units)


def _off_system(ctx: CheckContext, a: str, b: str, sl: str | None, tl: str | None) -> str | None:
    """Of two spellings ``a``, ``b`` (folded) of one name in the translation, written as
    often, the one that does not follow the target language's transliteration of the
    source's Cyrillic word when the other does (Ткачёв ~ Tkatschow … Tkachow in German:
    ch is the English ч): both are renderings some system gives, but a translation keeps to
    its language's, so the odd one is the slip."""
    if tl not in _CYR_SYSTEMS or ctx.source is None:
        return None
    words = ctx.cached("names.cyrillic_source_words", lambda: [
        w for w in dict.fromkeys(_SCRIPT_WORD.findall(ctx.source.text))
        if "\u0400" <= w[0] <= "\u04ff" and w[0].isupper()])
    drop = 3 if sl in _ENDING_LANGS else 1
    for w in words:
        units, strict = _renderings(w), _system_units(w, tl)
        if units is None or strict is None or len(units) < 3:
            continue
        ca, cb = _render_cost(a, strict, drop)[0], _render_cost(b, strict, drop)[0]
        if (ca == 0) == (cb == 0):
            continue
        wrong = b if ca == 0 else a
        if _render_cost(wrong, units, drop)[0] <= 1:
            return wrong
    return None


def _dropped_from_rendering(ctx: CheckContext, a: str, b: str) -> str | None:
    """Of two spellings ``a``, ``b`` (folded) of one name in the translation, written as
    often, the shorter where the longer spells a Cyrillic or Greek source word letter for
    letter (``_renderings``) and the shorter is it with one consonant dropped inside the
    word, which spells no source word (Кудрявцев ~ Kudryavtsev … "Kudryatsev"): these
    alphabets write every consonant, and no system leaves one out.  Not a doubled
    consonant written once, nor a letter of the last three, where the source's case
    endings are."""
    if ctx.source is None or abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 5 \
            or not a.isascii() or not b.isascii():
        return None
    long, short = (a, b) if len(a) > len(b) else (b, a)
    k = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    if k == 0 or k > len(short) - 3 or short[k:] != long[k + 1:]:
        return None
    x = long[k]
    if not x.isalpha() or x in _VOWELS or x in (long[k - 1], long[k + 1]):
        return None
    words = ctx.cached("names.cased_script_source_words", lambda: [
        w for w in dict.fromkeys(_SCRIPT_WORD.findall(ctx.source.text))
        if ("\u0400" <= w[0] <= "\u04ff" or "\u0370" <= w[0] <= "\u03ff") and w[0].isupper()])
    spelled = False
    for w in words:
        units = _renderings(w)
        if units is None or len(units) < 4:
            continue
        if _render_cost(short, units, 3)[0] == 0:
            return None  # (the shorter spells a source word too: two names)
        spelled = spelled or _render_cost(long, units, 3)[0] == 0
    return short if spelled else None


def _swapped_from_rendering(ctx: CheckContext, a: str, b: str, sl: str | None) -> str | None:
    """Of two spellings ``a``, ``b`` (folded, five letters or more) of one name in the
    translation, written as often, the one that is the other with two neighbouring letters
    swapped where the other spells a Cyrillic or Greek source word letter for letter
    (``_renderings``, a case ending left off) and it spells none (Кравець ~ Kravets …
    "Karvets"): no transliteration system moves a letter across its neighbour, so the
    translation's own right spelling shows the slip."""
    if ctx.source is None or len(a) != len(b) or len(a) < 5 or not a.isascii() or not b.isascii():
        return None
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 2 or diff[1] != diff[0] + 1 or a[diff[0]] != b[diff[1]] or a[diff[1]] != b[diff[0]]:
        return None
    words = ctx.cached("names.cased_script_source_words", lambda: [
        w for w in dict.fromkeys(_SCRIPT_WORD.findall(ctx.source.text))
        if ("\u0400" <= w[0] <= "\u04ff" or "\u0370" <= w[0] <= "\u03ff") and w[0].isupper()])
    drop = 3 if sl in _ENDING_LANGS else 1
    right = {x: False for x in (a, b)}
    for w in words:
        units = _renderings(w)
        if units is None or len(units) < 4:
            continue
        for x in (a, b):
            right[x] = right[x] or _render_cost(x, units, drop)[0] == 0
    if right[a] == right[b]:
        return None
    return b if right[a] else a


# a word of a Dravidian script (Telugu, Kannada, Malayalam, Tamil: blocks 0x0B80-0x0D7F),
# whose consonants say their inherent a unless a virama or a vowel sign follows: no
# schwa deletion, unlike Devanagari (कमला ~ Kamla)
_DRAVIDIAN_WORD = re.compile("[\u0b80-\u0d7f]+")
_LATIN_VOWELS = re.compile("[aeiou]+")


def _dravidian_vowels(w: str) -> int:
    """The vowels (syllables) Dravidian-script word ``w`` says: an independent vowel, a
    vowel sign, or a consonant's inherent a (no virama or vowel sign after it)."""
    n = 0
    for k, ch in enumerate(w):
        off = ord(ch) & 0x7F
        if 0x05 <= off <= 0x14:
            n += 1
        elif 0x15 <= off <= 0x39:
            nxt = ord(w[k + 1]) & 0x7F if k + 1 < len(w) else None
            if nxt is None or not (0x3E <= nxt <= 0x4D or nxt in (0x62, 0x63)):
                n += 1  # (the inherent a)
        elif 0x3E <= off <= 0x4C or off in (0x62, 0x63):
            n += 1
    return n


def _dravidian_vowel_dropped(ctx: CheckContext, a: str, b: str) -> str | None:
    """Of two spellings ``a``, ``b`` (folded, six letters or more) of one name in the
    translation, written as often, the shorter where it is the longer with a vowel
    between two consonants left out, and a source word in a Dravidian script (Tamil,
    Telugu, Kannada, Malayalam) with their consonants says as many vowels as the longer
    (முருகன் ~ Murugan … "Murgan"): these scripts say every consonant's inherent a,
    so the shorter renders no source word."""
    if ctx.source is None or abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 6 \
            or not a.isascii() or not b.isascii():
        return None
    long, short = (a, b) if len(a) > len(b) else (b, a)
    k = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    if not 0 < k < len(short) or short[k:] != long[k + 1:] or long[k] not in "aeiou" \
            or long[k - 1] in _VOWELS or long[k + 1] in _VOWELS:
        return None
    words = ctx.cached("names.dravidian_source_words",
                       lambda: list(dict.fromkeys(_DRAVIDIAN_WORD.findall(ctx.source.text))))
    if not words:
        return None
    sks = _skeletons(long)
    n = len(_LATIN_VOWELS.findall(long))
    for w in words:
        if len(w) >= 4 and any(sk in sks for r in _romanised_words(w) for sk in r) \
                and _dravidian_vowels(w) == n:
            return short
    return None


# the case endings a Bengali noun takes (-er, -e, -ke, -te, -r: নারায়ণগঞ্জের), as
# rendering units to leave off a source word's end
_INDIC_DROP = {"bn": 3}


def _off_rendering(ctx: CheckContext, a: str, b: str, sl: str | None) -> str | None:
    """Of two spellings ``a``, ``b`` (folded, one letter apart, five letters or more) of
    one name in the translation, written as often, the one that is no rendering of an
    Indic source word (Devanagari, Bengali: ``_renderings``, a case ending left off) when
    the other is one, letter for letter (নারায়ণগঞ্জ ~ Narayanganj … "Narayangaj"): the
    translation's own right spelling shows the name, the other drops or changes a
    letter no system does.  So for a capitalised Cyrillic or Greek source word (Ковальчук
    ~ Kovalchuk … "Kovalchyk", Белова ~ Belova … "Belva"), the last letters aside, where
    the source's case endings are."""
    if ctx.source is None or min(len(a), len(b)) < 5 or _levenshtein(a, b) != 1 \
            or not a.isascii() or not b.isascii():
        return None
    words = ctx.cached("names.indic_source_words", lambda: [
        w for w in dict.fromkeys(_SCRIPT_WORD.findall(ctx.source.text))
        if ("\u0900" <= w[0] <= "\u09ff" and len(w) >= 3)
        or (("\u0400" <= w[0] <= "\u04ff" or "\u0370" <= w[0] <= "\u03ff") and w[0].isupper() and len(w) >= 5)])
    indic_drop = _INDIC_DROP.get(sl or "", 1)
    cased_drop = 3 if sl in _ENDING_LANGS else 1
    odd = None
    for w in words:
        units = _renderings(w)
        if units is None or len(units) < 4:
            continue
        indic = "\u0900" <= w[0] <= "\u09ff"
        drop = indic_drop if indic else cased_drop
        ca, cb = _render_cost(a, units, drop)[0], _render_cost(b, units, drop)[0]
        if (ca == 0) == (cb == 0) or min(ca, cb) != 0 or (indic and max(ca, cb) > 1):
            continue
        if not indic:
            # (one letter apart already; not in the last two letters, where a case
            # ending of the source or the target language is: Белова ~ Belova, Belovoy)
            # (the vowel before a last consonant no ending has, -om/-em, -oj/-ej, -ov/-ev,
            # -as/-is aside, may count: Ковальчук ~ Kovalchuk … "Kovalchyk")
            k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
            n = max(len(a), len(b))
            if k == 0 or k > n - 2 or (k == n - 2 and not (
                    len(a) == len(b) and a[-1] not in _VOWELS and a[-1] not in "mjvhsw"
                    and a[k] in _VOWELS and b[k] in _VOWELS)):
                continue
        wrong = b if ca == 0 else a
        if odd is not None and odd != wrong:
            return None  # (each a rendering of some source word: two names)
        odd = wrong
    return odd


def _never_lower(text: str, form: str) -> bool:
    """Is ``form`` (a capitalised word) never written in lower case in ``text``?"""
    low = form.lower()
    return low == form or re.search(r"(?<![\w'’-])" + re.escape(low) + r"(?![\w'’-])", text) is None


def _off_pinyin(ctx: CheckContext, a: str, b: str, sl: str | None) -> str | None:
    """Out of Chinese: of two spellings ``a``, ``b`` (folded, one letter apart, five
    letters or more) of one name in the translation, written as often, the one that is
    the Pinyin of no run of the source where the other is the Pinyin of one, letter for
    letter (李志强 ~ Zhiqiang … "Ziqiang"): the slip reading's merged systems (z ~ zh)
    would let pass, the translation's own spelling shows.  Out of Japanese alike, by the
    runs' Hepburn readings (北川 ~ Kitagawa … "Kitakawa": a consonant voiced or not that the loose
    reading merges, one name read two ways in one article)."""
    if sl not in ("zh", "ja") or ctx.source is None or min(len(a), len(b)) < 5 or _levenshtein(a, b) != 1 \
            or not a.isascii() or not b.isascii():
        return None

    def build() -> frozenset[str]:
        from ._han_readback import _spans
        return frozenset(r for _s, _e, rs in _spans(ctx.source.text, sl, 4) for r in rs)
    readings = ctx.cached(f"names.{sl}_runs", build)
    ra, rb = a in readings, b in readings
    if ra == rb:
        return None
    wrong = b if ra else a
    from ._han_readback import read_back
    # (a word the loose read-back rejects is N001's slip: _han_slips reports it)
    return wrong if read_back(wrong, ctx.source.text, sl) else None


# languages whose names take no ending but a genitive -s (English, German, Dutch, the
# Scandinavian and Romance languages): a name short of its last letter is no inflection
_UNINFLECTED_NAMES = frozenset({"en", "de", "nl", "sv", "da", "nb", "fr", "es", "it", "pt", "ca"})


def _clipped_pairs(forms: list[str], counts: Counter) -> list[tuple[str, str]]:
    """(name, clipped) pairs of the translation's name words: a name of six letters or more
    written twice or more, and once without its last letter, not an -s (Sejong … Sejon):
    in a language that adds no other ending to a name, the short form is a slip (the
    Jinping ~ Jinpin ``_clipped`` of N001, for a source in a script with no Latin names).
    Not a given name (Adrian ~ Adriana are two)."""
    given = _given_names()
    out = []
    for a in forms:
        if counts[a] < 2 or len(a) < 6 or a[-1] == "s" or a in given or exonym_classes(a):
            continue
        if a[-1] == "n" and a[-2] in "aeiou":
            continue  # a people's or place adjective (Bavaria ~ Bavarian, Korea ~ Korean)
        b = a[:-1]
        if counts.get(b) == 1 and b not in given:
            out.append((a, b))
    return out


# the one-letter prefixes Hebrew and Arabic write joined to a word (and, the, in, to, from)
_JOINED_PREFIX = frozenset("והבלמכשفلبك")


# Revised Romanization of Korean, syllable by syllable (no sound changes across syllables:
# a name it misses is left undecided): initials, vowels and finals in Unicode's order
_HANGUL_SYLLABLES = re.compile("[\uac00-\ud7a3]+")
_RR_INITIAL = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split()
_RR_VOWEL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_RR_FINAL = "_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def _rr(run: str) -> str:
    """The Revised Romanization of a run of Hangul syllables, syllable by syllable."""
    out = []
    for ch in run:
        c = ord(ch) - 0xAC00
        ini, rest = divmod(c, 588)
        vow, fin = divmod(rest, 28)
        out.append(_RR_INITIAL[ini].strip("_") + _RR_VOWEL[vow] + _RR_FINAL[fin].strip("_"))
    return "".join(out)


# the Latin spellings of a Hangul syllable's parts in use for Korean personal names: the
# Revised Romanization, McCune-Reischauer without its breves and apostrophes, and the
# spellings families choose (Young for 영, Sung for 성, Hoon for 훈, Chul for 철); a vowel's
# spellings tagged "rr" where only the Revised Romanization writes them (eo, yeo), "mr"
# where only McCune-Reischauer does (o, yo for ㅓ, ㅕ)
_KO_INITIAL = [x.split("/") for x in
               "g/k kk/gg/k n d/t tt/dd r/l/n m b/p pp/bb s/sh ss/s _ j/ch jj/tch/j ch k t p h".split()]
_KO_VOWEL = [x.split("/") for x in (
    "a/ah ae/ai/e ya yae eo/o/u/ou e yeo/yo/you/yu ye o/oh wa wae oe/oi/we yo u/oo/woo/wu "
    "wo/weo we wi/wee yu/yoo eu/u/ui ui/eui/i/ee i/ee/y/yi").split()]
_KO_FINAL = [x.split("/") for x in
             "_ k/g k/kk k n n n t/d l/r k/l m/lm l/lb l/l l/l p/lp l/lh m p/b p t/s t/ss ng t/j t/ch k t p t/h".split()]
_KO_RR_ONLY = frozenset({"eo", "yeo"})
_KO_MR_ONLY = {4: frozenset({"o"}), 6: frozenset({"yo"})}  # ㅓ, ㅕ


def _ko_spellings(syl: str) -> dict[str, str]:
    """Spellings of one Hangul syllable in a personal name (``_KO_INITIAL`` …) -> the
    system their vowel shows: "rr", "mr" or ""."""
    c = ord(syl) - 0xAC00
    ini, rest = divmod(c, 588)
    vow, fin = divmod(rest, 28)
    out: dict[str, str] = {}
    for i in _KO_INITIAL[ini]:
        for v in _KO_VOWEL[vow]:
            tag = "rr" if v in _KO_RR_ONLY else "mr" if v in _KO_MR_ONLY.get(vow, ()) else ""
            if i == "_" and v[:1] == "u":
                out.setdefault("w" + v if v[:2] != "uu" else v, tag)
            for f in _KO_FINAL[fin]:
                sp = i.strip("_") + v + f.strip("_")
                out.setdefault(sp, tag)
            if vow == 6 and fin == 21:
                out.setdefault(i.strip("_") + "young", "")  # ㅕ before ㅇ: Young
    return out


def _ko_u_spellings(syl: str) -> frozenset[str]:
    """Spellings of Hangul syllable ``syl`` whose ㅓ or ㅕ is written u, yu, as families
    spell it (선 Sun, 현 Hyun; not the ou of Young)."""
    c = ord(syl) - 0xAC00
    if not 0 <= c < 11172:
        return frozenset()
    ini, rest = divmod(c, 588)
    vow, fin = divmod(rest, 28)
    if vow not in (4, 6):
        return frozenset()
    return frozenset(i.strip("_") + v + f.strip("_") for i in _KO_INITIAL[ini]
                     for v in _KO_VOWEL[vow] if v in ("u", "yu") for f in _KO_FINAL[fin])


# conventional spellings of common Korean surnames that no syllable-by-syllable spelling
# gives (이 Lee, Rhee; 박 Park; 노 Roh; 최 Choi: the initial r or l of the old reading, an
# added r or h)
_KO_SURNAME_SPELLINGS = {"이": ("lee", "rhee", "yi"), "리": ("lee", "rhee"), "박": ("park",),
                         "노": ("roh", "noh"), "최": ("choi", "choe"), "류": ("ryu", "yoo", "yu"),
                         "유": ("yoo", "yu"), "임": ("lim", "im"), "나": ("na", "ra"),
                         "라": ("ra", "la")}
# a name of a surname and a two-syllable given name standing alone in the source, or before
# a particle or an honorific (이정훈은, 김민수 씨)
_KO_NAME_TOKEN = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3})"
                            r"(?:[은는이가을를의도와과]|에게|님)?(?![\uac00-\ud7a3])")


def _ko_surname(sur: str, syl: str) -> bool:
    """Does romanised surname ``sur`` (lower case) spell Hangul syllable ``syl``?"""
    return sur in _KO_SURNAME_SPELLINGS.get(syl, ()) or sur in _ko_spellings(syl)


def _hangul_given_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Korean: a person the source names in Hangul, a surname and a
    two-syllable given name (김민수), whom the translation writes with that surname and a
    hyphenated given name neither syllable of which spells the source's (Kim Ji-hoon),
    where no name of the whole source reads as that given name and no name of the sentence
    with the surname has a syllable spelt by a hyphenated given name of the translation:
    another person's given name, major."""
    if ctx.source is None or _langs(ctx)[0] != "ko" or not _HANGUL_SYLLABLES.search(ctx.source.text):
        return
    whole = [m.group(1) for m in _KO_NAME_TOKEN.finditer(ctx.source.text)]
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None or not _mostly_latin(texts[1].text):
            continue
        src, tgt = texts
        # (a bare token first: a common word of three syllables opening with a surname's,
        # 이용객이, mostly carries a particle)
        names = sorted((m.group(1) for m in _KO_NAME_TOKEN.finditer(src.text)),
                       key=lambda x: x + " " not in src.text)
        if not names:
            continue
        given = [(m, m.group(1).lower(), m.group(2).lower(), m.group(3).lower())
                 for m in _KO_GIVEN.finditer(tgt.text)]
        for m, sur, g1, g2 in given:
            if any(g1 in _ko_spellings(n[1]) and g2 in _ko_spellings(n[2]) for n in whole):
                continue  # a name of the source reads as it (named elsewhere)
            same = [n for n in names if _ko_surname(sur, n[0])]
            if not same:
                yield from _hangul_whole_swap(ctx, src, tgt, m, given, whole)
                continue
            if any(x in _ko_spellings(n[1]) or y in _ko_spellings(n[2])
                   for n in same for _m, _s, x, y in given):
                continue  # no name with the surname, or a syllable of one spelt: a slip
                # (N001's), or rendered
            n = same[0]
            s, e = tgt.span(m.start(), m.end())
            if _in_furniture(ctx, s, e):
                continue
            rr = _rr(n[1:])
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {n}")]
            yield ctx.flag(s, e, f"source “{n}” rendered as “{m.group()}”: the given name is not "
                                 f"the source's ({rr[:1].upper() + rr[1:]} in the Revised Romanization)",
                           evidence=ev, suggestion=None, severity=_severity_cap(ctx, Severity.MAJOR))


# a name of a surname and a two-syllable given name that the source marks as a person's: an
# age in brackets or the honorific 씨, 님 after it (이정훈(34) 씨, 박민수 씨는)
_KO_PERSON_MARKED = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3})(?:[ \u00a0]?\(\d{1,3}(?:세)?\)|[ \u00a0]?[씨님](?:[은는이가을를의도와과께]|에게|께서)?(?![\uac00-\ud7a3]))")


# a name of a surname and a two-syllable given name before a post or job title (박민호
# 과장은, 정수아 교수는): a person's name, as the age and the honorific mark one; the title
# a closed class of news copy's, the name's first syllable a common surname
# (_KO_HANGUL_SURNAMES: a common noun of three syllables before a title, 수산과 과장, is
# no person)
_KO_TITLES = ("교수 연구관 연구원 연구위원 선임연구원 책임연구원 수석연구원 연구사 과장 부장 차장 국장 실장 팀장 "
              "소장 원장 센터장 본부장 대표 대표이사 사장 부사장 회장 부회장 이사장 이사 위원장 위원 의원 "
              "시장 군수 구청장 도지사 지사 장관 차관 총리 청장 처장 대변인 기자 교사 교장 변호사 검사 "
              "판사 감독 코치 주무관 사무관 서기관 조합장 총장 학장 관장 주임 교육감 회계사 세무사 "
              "노무사 연구교수 조교수 부교수 명예교수 박사").split()
_KO_PERSON_TITLED = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3})[ \u00a0](?:"
                               + "|".join(sorted(_KO_TITLES, key=len, reverse=True))
                               + r")(?:[은는이가을를의도와과께]|에게|께서|으로|로|이라|이다|이며)?(?![\uac00-\ud7a3])")
_KO_HANGUL_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주"
                                "우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용")


# a surname alone before a post or job title (한 교수는, 윤 과장이): a person named in
# full elsewhere, called by the surname and the post again, as Korean news copy does
_KO_SURNAME_TITLED = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3])[ \u00a0](?:"
                                + "|".join(sorted(_KO_TITLES, key=len, reverse=True))
                                + r")(?:[은는이가을를의도와과께]|에게|께서|으로|로|이라|이다|이며)?(?![\uac00-\ud7a3])")
_LATIN_SURNAME_SLOT = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,5})(?:['’]s)?(?![\w-])")


def _hangul_titled_surname_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Korean into Latin letters: a person the source names in full elsewhere
    (윤서하), called in this sentence by the surname and a post (윤 교수는), whose surname
    the translation writes one way at every mention of the full name (Yoon Seo-ha) and not
    in this sentence, which has instead another Korean surname alone (Kang's team) that
    spells the first syllable of no name of the whole source: another person, major."""
    if ctx.source is None or _langs(ctx)[0] != "ko" or not _HANGUL_SYLLABLES.search(ctx.source.text):
        return
    tl = _langs(ctx)[1]
    whole = [m.group(1) for m in _KO_NAME_TOKEN.finditer(ctx.source.text)]
    firsts = {n[0] for n in whole}
    titled_all = {m.group(1) for m in _KO_SURNAME_TITLED.finditer(ctx.source.text)}
    beads = [x for x in (_bead_texts(bv) for bv in ctx.beads()) if x is not None]
    for src, tgt in beads:
        if not _mostly_latin(tgt.text):
            continue
        titled = {m.group(1) for m in _KO_SURNAME_TITLED.finditer(src.text) if m.group(1) in _KO_HANGUL_SURNAMES}
        if len(titled) != 1:
            continue
        syl = titled.pop()
        people = {n for n in whole if n[0] == syl}
        if len(people) != 1:
            continue  # (two people of that surname: which one is meant is unclear)
        person = people.pop()
        # the surname as the translation writes it before the person's given name
        spelt = {m.group(1) for _s, t in beads for m in _KO_GIVEN.finditer(t.text)
                 if _ko_surname(m.group(1).lower(), syl) and m.group(2).lower() in _ko_spellings(person[1])}
        if len(spelt) != 1:
            continue
        sur = spelt.pop()
        words = [m for m in _LATIN_SURNAME_SLOT.finditer(tgt.text)]
        if any(m.group(1) == sur for m in words):
            continue  # (rendered)
        cands = []
        for m in words:
            w = m.group(1).lower()
            # (no common word of the target language: Park, Song, Moon; mid-sentence)
            if not _sentence_initial(tgt.text, m.start()) and zipf(w, tl) < 4.0 \
                    and re.search(rf"(?<![\w'’-]){w}(?![\w'’-])", tgt.text) is None \
                    and _KO_GIVEN.match(tgt.text, m.start()) is None \
                    and any(_ko_surname(w, x) for x in _KO_HANGUL_SURNAMES) \
                    and not any(_ko_surname(w, x) for x in firsts | titled_all):
                cands.append(m)
        if len(cands) != 1:
            continue
        m = cands[0]
        s, e = tgt.span(m.start(1), m.end(1))
        if _in_furniture(ctx, s, e):
            continue
        ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {syl} ({person})")]
        yield ctx.flag(s, e, f"source “{syl}” ({person}, “{sur}” at the full name in the translation) "
                             f"rendered as “{m.group(1)}”: another surname, no name of the source",
                       evidence=ev, suggestion=sur, severity=_severity_cap(ctx, Severity.MAJOR))


def _hangul_whole_swap(ctx: CheckContext, src: Joined, tgt: Joined, m: re.Match,
                       given: list, whole: list[str]) -> Iterator[Finding]:
    """``_hangul_given_swaps`` where the surname differs too: the source sentence marks one
    name as a person's (an age in brackets, 씨, 님: 최수빈(41) 씨; or else a post or job title
    after it, 최수빈 과장은), the translated sentence
    writes one Korean name (Surname Given-name, each syllable a spelling in use), which reads
    as no name of the whole source and shares neither the surname nor a given-name syllable
    with the marked one (Choi Su-bin ~ Han Jae-won): another person, major."""
    if len(given) != 1:
        return
    _m, sur, g1, g2 = given[0]
    if not (_ko_any_spelling(sur) or any(sur in v for v in _KO_SURNAME_SPELLINGS.values())) \
            or not _ko_any_spelling(g1) or not _ko_any_spelling(g2):
        return
    marked = [x.group(1) for x in _KO_PERSON_MARKED.finditer(src.text)] \
        or [x.group(1) for x in _KO_PERSON_TITLED.finditer(src.text) if x.group(1)[0] in _KO_HANGUL_SURNAMES]
    if len(marked) != 1:
        return
    n = marked[0]
    if _ko_surname(sur, n[0]) or g1 in _ko_spellings(n[1]) or g2 in _ko_spellings(n[2]) \
            or any(_ko_surname(sur, w[0]) and (g1 in _ko_spellings(w[1]) or g2 in _ko_spellings(w[2])) for w in whole):
        return  # (a syllable of it spelt: a slip, or a name of the source)
    if _rr(n[1:]) in fold(tgt.text).replace("-", ""):
        return  # (the source's given name written there after all)
    s, e = tgt.span(m.start(), m.end())
    if _in_furniture(ctx, s, e):
        return
    rr = f"{_rr(n[0]).capitalize()} {_rr(n[1:]).capitalize()}"
    ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {n}")]
    yield ctx.flag(s, e, f"source “{n}” ({rr} in the Revised Romanization) rendered as "
                         f"“{m.group()}”: neither the surname nor the given name is the source's",
                   evidence=ev, suggestion=None, severity=_severity_cap(ctx, Severity.MAJOR))


# a caseless script whose words the read-back spells (Hebrew, Arabic, the Indic scripts):
# its names have no capital, so the name finder sees none in a source written in it
# (a Hebrew geresh typed as an apostrophe after the letter it marks, ג' ז' צ' ת' ח' for j,
# zh, ch, th, kh, is inside the word: צ'פמן, Chapman, is one word, not צ and פמן)
_CASELESS_PIECE = re.compile("(?:[\u0590-\u06ff\u0900-\u0dff]|(?<=[\u05d2\u05d6\u05e6\u05e5\u05ea\u05d7])['’](?=[\u05d0-\u05ea]))+")
# a person's name in Latin letters: one to three initials or one or two capitalised words,
# then a capitalised word (the surname), the name ending there (no capitalised word after
# it: Pune Cotton Traders is a body's name); the surname may follow the Arabic article
# written in lower case with its hyphen, as transliterations write it (Mounir al-Jlassi,
# Ahmed el-Masri, Nura as-Sayegh), the surname the word after it
_LATIN_PERSON = re.compile(r"(?<![^\W\d_.’'-])((?:[A-Z]\.[ \u00a0]?){1,3}|(?:[A-Z][a-z]{2,}[ \u00a0]){1,2})"
                           r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ez|es|et|er|ed)-)?"
                           r"([A-Z][a-z]{3,})(?![^\W\d_’'-])(?![ \u00a0]+[A-Z])")
# the generic words of Arabic places' names, written before the article (Ras al-Hadd,
# Wadi Rum, Bab el-Oued, Deir al-Balah): no given name
_AR_PLACE_GENERICS = frozenset("""ras wadi oued wad bab tell tel tal khan dar sharm jabal jebel djebel
bir ain ein deir dayr qasr ksar beit bayt bani beni kafr jisr marsa souk suq hay mina khor jazirat
jazira madinat medinat qalat qalaat burj birket sabkhat nahr sidi umm hammam bahr ard tall""".split())
# those of them that are no given name or title of a person in any language a caseless
# script writes (not Tal, Khan, Mina, Sidi, Umm, Beni, Wad: "son of" in Sudan): a place's
# generic word, with the article after it or not (Bab Nakhla, Souk Tarfi: invented)
_AR_PLACE_ONLY_GENERICS = frozenset("""ras wadi oued bab jabal jebel djebel deir dayr qasr ksar beit
bayt kafr jisr marsa souk suq khor jazirat jazira madinat medinat qalat qalaat burj birket sabkhat
sharm""".split())
# the source's given name or initial, then the word after it (initials end with a dot)
_PIECE_GAP = re.compile(r"\.?[ \u00a0]+")


# the one-letter prefixes of Hebrew (the, in, to, from, and, that, as) and Arabic (and, in,
# to, so, as)
_CASELESS_PREFIXES = frozenset("הבלמושכ" "وبلفك")


def _reads_as_piece(w: str, piece: str) -> bool:
    """Does Latin word ``w`` read as caseless-script word ``piece``
    (``present_in_other_script``)?  A word of one consonant (Avi, Eli, Ali), too short for
    that test, which says yes to every word, reads as a word whose romanised consonants are
    its own (אבי ~ Avi: v), nothing more."""
    from ._text import _fold_sounds, _romanised_skeletons
    sks = [sk for sk in _skeletons(_fold_sounds(w)) if len(sk) >= 2]
    if sks or len(w) < 2:
        return present_in_other_script(w, piece)
    own = set(_skeletons(_fold_sounds(w)))
    if len(piece) > 2 and (piece[0] in _CASELESS_PREFIXES or piece.startswith("ال")):
        return False  # (a prefix read off leaves one consonant of many words: המועצה ~ ms, s)
    return bool(own) and any(sk in own for sk in _romanised_skeletons(piece))


def _lexicon_given(w: str, tl: str | None) -> bool:
    """Is ``w`` a word of the exonym lexicon that cannot be a given name here: a place, or
    a people, faith or term the target language writes (Zipf 2); not another language's
    form of a faith or people that is a given name too, which the target hardly writes?"""
    classes = exonym_classes(fold(w))
    return bool(classes) and (bool(classes & _EXO_PLACES) or zipf(w.lower(), tl) >= 2.0)


def _caseless_surname_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of a caseless script (Hebrew, Arabic, Devanagari, Tamil …) into Latin
    letters: a person's name of the translation, a given name or initials that read back
    in a word of the source sentence, then a surname that is no common word of the target
    (Zipf 4) and reads back in no word of the whole source, where the source word right
    after the given name's is a word of that script no capitalised word of the translated
    sentence reads as (राजेश वर्मा ~ Rajesh Khanna, எஸ். முருகன் ~ S. Anandan): the
    surname of another person, major.  The name finder, which reads capitals, sees no name
    in such a source, so N003 and the swaps of the Latin, Cyrillic and Greek scripts do not."""
    from ._text import _fold_sounds
    if ctx.source is None or not _CASELESS_PIECE.search(ctx.source.text):
        return
    sl, tl = _langs(ctx)
    whole = ctx.source.text
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        if not _mostly_latin(tgt.text) or _mostly_latin(src.text):
            continue
        pieces = list(_CASELESS_PIECE.finditer(src.text))
        if len(pieces) < 2:
            continue
        caps = None
        pos = 0
        while (m := _LATIN_PERSON.search(tgt.text, pos)) is not None:
            pos = m.start() + 1  # (a later word may open the next try: Minister Rajesh Khanna)
            given = [w.rstrip(".") for w in m.group(1).split()]
            sur = m.group(2)
            low = sur.lower()
            if any(w.lower() in (_AR_PLACE_GENERICS if m.end(1) != m.start(2) else _AR_PLACE_ONLY_GENERICS)
                   for w in given):
                continue  # (a place's generic word before the article, no given name: Wadi
                # al-Hitan, Bab el-Wad; one that is no person's word before a name too:
                # Bab Nakhla, Souk Tarfi)
            if zipf(low, tl) >= 4.5 or low in stopwords(tl) or exonym_classes(fold(sur)) or sur in src.text \
                    or sur in _EN_STREET_WORDS or low in _kanji_generic() or not namelike(low, tl, sl) \
                    or any(len(w) > 1 and (_lexicon_given(w, tl) or zipf(w.lower(), tl) >= 4.0
                                           or not namelike(w.lower(), tl, sl)) for w in given):
                continue  # (a surname and given names: no common word, place or generic word
                # of a place, Ramla Municipality, Herzl Boulevard)
            if any(_head_of(w, _body_head_nouns(), x) or _head_of(w, _lang_word_table("firm_head_nouns.txt"), x)
                   for w in (sur, *given) for x in {"en", tl}):
                continue  # (a body's or firm's name, its English head noun kept in the
                # translation as the source transcribes it: Pune Weavers Cooperative)
            # the given name's word in the source (an initial: a short word with its dot),
            # and the words around it: the one after it is the source's surname
            initial = len(given[-1]) == 1
            cands = []
            for k in range(len(pieces) - 1):
                a, b = pieces[k], pieces[k + 1]
                gap = src.text[a.end():b.start()]
                if _PIECE_GAP.fullmatch(gap) is None or ("." in gap) != initial \
                        or (initial and len(a.group()) > 3) or len(b.group()) < 3 \
                        or not _reads_as_piece(given[-1], a.group()):
                    continue
                cands.append((b.group(), [x.group() for x in pieces[max(0, k - 1):k + 3]]))
            short = not [sk for sk in _skeletons(_fold_sounds(given[-1])) if len(sk) >= 2]
            if short and zipf(low, tl) >= 3.0:
                continue  # a given name of one consonant, found by it only: a common word
                # after it is no surname (Dor Beach Resorts)
            if not cands or any(present_in_other_script(sur, w) for _, near in cands for w in near):
                continue  # the surname there, before or after the given name (another order)
            lost = cands[0][0]
            sks = {sk.lower() for sk in _skeletons(sur) if len(sk) >= 3}
            if sks and sks & ctx.cached("names.caseless_skeletons", lambda: frozenset(
                    sk for x in set(_CASELESS_PIECE.findall(whole))
                    if zipf(x.translate(_CASELESS_PUNCT).strip(), sl) < _ANCHOR_CASELESS_ZIPF
                    for word in _romanised_words(x) for sk in word)):
                continue  # the surname said elsewhere in the source (its skeleton, no less;
                # not by a function word or verb of the language, Arabic كانت "was" ~ knt)
            if caps is None:
                caps = [w for w in _LATIN_WORD.findall(tgt.text) if w[:1].isupper() and len(w) >= 3]
            others = [x.group() for x in pieces if x.group() != lost]
            if any(_reads_as_piece(w, lost) and not any(_reads_as_piece(w, q) for q in others) for w in caps):
                continue  # the source's word rendered elsewhere in the sentence (not by a
                # word that renders another source word of it, a place: Ma'ale Adumim ~ במעלה אדומים)
            s, e = tgt.span(m.start(2), m.end(2))
            if _in_furniture(ctx, s, e):
                continue
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {lost}")]
            yield ctx.flag(s, e, f"“{m.group().strip()}”: the given name renders the source's, but "
                                 f"“{sur}” reads as none of the source's words around it, whose name goes on “{lost}”: "
                                 f"another person's surname", evidence=ev, suggestion=None,
                           severity=_severity_cap(ctx, Severity.MAJOR))


# a capitalised word of Latin letters (accents, an inner hyphen or apostrophe kept)
_STAND_IN_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_]{2,}(?:[\-'’][^\W\d_]+)*(?![\w'’\-])")
# a word this frequent is a common word, not a surname put in the slot (English Malik 3.6)
_STAND_IN_ZIPF = 3.5
_ANCHOR_ZIPF = 4.0
# a caseless source's word this frequent is a function word or verb (Hebrew אמר "said"
# 5.8); names there are often common words too (אלמוג "coral" 4.0, Hindi मलिक 4.4)
_ANCHOR_CASELESS_ZIPF = 5.0


# the punctuation, digits and signs of the caseless scripts' blocks (the Arabic comma ،,
# the danda।): a word's edge, as a space is
_CASELESS_PUNCT = {c: " " for c in range(0x0590, 0x0E00) if unicodedata.category(chr(c))[0] in "PNSZ"}


def _caseless_words(text: str) -> frozenset[str]:
    """The words of a caseless script (Hebrew, Arabic, Devanagari …) in ``text``."""
    return frozenset(w for piece in _CASELESS_PIECE.findall(text)
                     for w in piece.translate(_CASELESS_PUNCT).split())


# a capitalised Cyrillic or Greek word (a name, or a sentence's first word)
_CASED_SCRIPT_WORD = re.compile("[\u0391-\u03a9\u0386-\u038f\u0400-\u042f\u0490\u0404\u0406\u0407]"
                                "[\u0370-\u03ff\u0400-\u04ff'\u2019\u02bc-]*[\u0370-\u03ff\u0400-\u04ff]")


def _cased_words(text: str) -> frozenset[str]:
    """The capitalised Cyrillic or Greek words of ``text``: its names (and the first word
    of each sentence, which no other sentence's name renders)."""
    return frozenset(_CASED_SCRIPT_WORD.findall(text))


_SLAVIC_STAND_IN_LANGS = frozenset({"hr", "sr", "bs", "sl", "cs", "sk", "pl"})


# one Vietnamese syllable written without its marks (Nguyen, Khanh, Hoa): out of Vietnamese,
# such a capitalised word that no German noun is, is a person's name word in any slot
_VI_NAME_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
                               r"(?:[aeiou]{1,2}y?|y)(?:ng|nh|ch|[cmnpt])?")


_GIVEN_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})[ \u00a0]$")


def _caseless_full_name(src: str, tgt: str, m: re.Match, q: str, tl: str | None) -> bool:
    """Out of a caseless script: is capitalised word ``m`` of ``tgt`` the surname of a
    person named in full, right after a capitalised word no commoner than a name (Zipf
    under 4) that renders the source word right before ``q`` in ``src`` (मीरा बेल ~
    Meera Bell), however common a word of the target language the surname is?"""
    b = _GIVEN_WORD_BEFORE.search(tgt, max(0, m.start() - 30), m.start())
    if b is None or zipf(b.group(1).lower(), tl) >= _ANCHOR_ZIPF:
        return False
    k = src.find(q)
    while k > 0:
        prev = re.search(r"(\S+)\s+$", src[:k])
        if prev is not None and present_in_other_script(b.group(1), prev.group(1)):
            return True
        k = src.find(q, k + 1)
    return False


def _stand_in_not_noun(w: str, tl: str | None, sl: str | None) -> bool:
    """In a language that capitalises its nouns (German): is ``w`` no noun the
    declension tables know and no compound of common words?"""
    from .declension import _noun_readings
    return _noun_readings().get(w) is None and namelike(w.lower(), tl, sl)


def _sentence_initial(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \u00a0\"“‘'«„(")
    return not before or before[-1] in ".!?:;…"


# a surname's particle written capitalised (De Vries, Van Dijk, Da Costa): the word after
# it is a surname however short or common (Dutch wit "white")
# (not opening a sentence, where an article is capitalised too: La Commission)
_NAME_PARTICLE = re.compile(r"(?<![\w'’-])(?:De|Van|Von|Da|Di|Del|Della|Du|Dos|Ten|Ter|Van der|Van den)[ \u00a0]$")


def _after_particle(text: str, i: int) -> bool:
    m = _NAME_PARTICLE.search(text, max(0, i - 9), i)
    return m is not None and not _sentence_initial(text, m.start())


def _cap_words(text: str) -> list[re.Match]:
    """The capitalised Latin words of ``text`` of four letters or more, or three after a
    capitalised surname particle (De Wit), no all-capitals acronym."""
    return [m for m in _STAND_IN_WORD.finditer(text)
            if (len(m.group()) >= 4 or (len(m.group()) == 3 and _after_particle(text, m.start())))
            and m.group()[0].isupper() and not m.group().isupper()
            and _LATIN_LETTER.match(m.group()) is not None]


_APOSTROPHE_ENDING = re.compile(r"([^\W\d_]{3,})['’][^\W\d_]{1,4}")


def _word_folds(text: str) -> frozenset[str]:
    """The folded words of ``text``; a name with an ending after an apostrophe (Novotny's,
    Turkish Yüce'nin) counts as the name too."""
    out = {fold(w) for w in _STAND_IN_WORD.findall(text)}
    if "'" in text or "’" in text:
        out.update(fold(m.group(1)) for m in _APOSTROPHE_ENDING.finditer(text))
    return frozenset(out)


_STAND_IN_INITIAL_ZIPF = 2.5
# languages that put case endings on nouns: a rare form opening a sentence is as likely a
# common noun in a case (Turkish Ünlerini) as a name
_CASE_SUFFIX_LANGS = frozenset({"tr", "fi", "et", "hu", "cs", "sk", "pl", "hr", "sr", "sl", "bs", "lt", "lv",
                                "ru", "uk", "bg", "mk", "be", "az", "kk", "uz"})
_DE_SPEAKER_SLOT = re.compile(r"(?:\b(?:so|laut|sagte|sagt|erklärte|betonte|meinte|Herr|Frau|Dr\.?) \|)"
                              r"|(?:\|[ ,]*(?:sagte|sagt|erklärte|betonte|meinte|zufolge)\b)")
_NEXT_CAP = re.compile(r" ([^\W\d_][\w'’\-]*)")
_PREV_CAP = re.compile(r"([^\W\d_][\w'’\-]*) $")


def _stand_in_runs(ys: list[re.Match], text: str, tl: str | None,
                   renders: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The stand-in words ``ys`` of ``text`` joined into runs (a given name and a surname
    in a row: Rajesh Khanna), each kept only where no other capitalised word is joined to it
    by a space, but a title or honorific before it (Professor, Mr), a listed given name,
    or a word that ``renders`` a source word (the kept half of a person's name): a run
    inside a longer name (the People's Procuratorate) is a translated body's word, no
    stand-in."""
    runs: list[list[int]] = []
    for m in sorted(ys, key=lambda m: m.start()):
        if runs and text[runs[-1][1]:m.start()] == " ":
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
    titles = _person_titles().get(tl or "", ())

    def fits(w: str, at: int, before: bool) -> bool:
        if not w[:1].isupper():
            return True
        if before and _sentence_initial(text, at) and zipf(w.lower(), tl) >= _STAND_IN_ZIPF:
            return True  # a common word opening the sentence (Selon, According)
        f = fold(w.rstrip(".'’"))
        if before and (f in titles or re.fullmatch(_HONORIFIC, w) or f in ("de", "van", "von", "da", "di", "du", "del")):
            return True
        return f in _given_names() or renders(w)

    out = []
    for a, b in runs:
        prev, nxt = _PREV_CAP.search(text, 0, a), _NEXT_CAP.match(text, b)
        if prev is not None and not fits(prev.group(1), prev.start(1), True):
            continue
        if nxt is not None and not fits(nxt.group(1), nxt.start(1), False):
            continue
        out.append((a, b))
    return out


def _said_in(f: str, folds: frozenset[str]) -> bool:
    """Is folded name word ``f`` among ``folds``, as written or with an ending (Keller,
    Kellers, Kellerin: the first letters of the word but two, four at least)?"""
    if f in folds:
        return True
    k = max(4, len(f) - 2)
    return any(w[:k] == f[:k] and abs(len(w) - len(f)) <= 3 for w in folds)


_QUOTE_MARK = re.compile("[\"“”„«»「」『』]")


def _lost_name_stand_ins(ctx: CheckContext) -> Iterator[Finding]:
    """N004 (doc mode, into Latin letters): a name word the article renders the same way
    at every other mention of its source word (Laila Ferrante … Ferrante; אבי כהן ~ Avi
    Cohen … Cohen) missing from one sentence whose source says that word, while the
    sentence has a capitalised name word that renders no word of the whole source (no
    common word, no place, no spelling, inflection or read-back of a source word): the
    article's person or body replaced by another name at this mention, major.  The
    source's word is read back from a caseless script (Hebrew, Arabic, Persian,
    Devanagari) by ``present_in_other_script``; from Latin letters it is the word as
    written.  A pronoun for the lost name adds no name, and a name the source says
    anywhere in the article (an alignment's slack) is no stand-in.  Where the sentence has
    a stand-in but no anchor, and it and the source's neighbouring sentence both hold
    quotation marks, the anchor may be that neighbour's (a quotation's speaker named before
    it in the source, after it in the translation, the aligner pairing the first
    sentences), the name missing from both translated sentences."""
    if _is_pair(ctx) or ctx.source is None:
        return
    sl, tl = _langs(ctx)
    whole = ctx.source.text
    latin_src = _mostly_latin(whole)
    # out of Cyrillic or Greek the source's words are read back as out of a caseless
    # script, its capitalised words only (the names: Ярошук ~ Yaroshuk)
    cased_src = not latin_src and _CASELESS_PIECE.search(whole) is None and _CASED_SCRIPT.search(whole) is not None
    if not latin_src and not cased_src and not _CASELESS_PIECE.search(whole):
        return
    src_words = _cased_words if cased_src else _caseless_words
    beads = [x for x in (_bead_texts(bv) for bv in ctx.beads()) if x is not None]
    if len(beads) < 3:
        return
    src_folds = _word_folds(whole)
    stop = stopwords(tl)
    tfolds = [_word_folds(t.text) for _, t in beads]
    kept = _kept_surnames(ctx, sl, tl) if latin_src else frozenset()
    full = _written_full_surnames(ctx, sl, tl) if latin_src else frozenset()
    # (out of Icelandic the given name of a person named with a patronymic, called so at
    # later mentions: a name however common a word, as a kept surname)
    is_given = _is_kept_given_names(ctx, sl, tl) if latin_src else frozenset()
    full = full | is_given
    # out of Vietnamese, whose syllables differ by their marks, a lower-case word of the
    # source (minh of chứng minh, prove) is no evidence that a capitalised word written
    # without marks (Minh) renders it: such a stand-in counts, but only against the lost given name of a
    # person the translation names in full as the source does (``weak``)
    vi_caps = frozenset(fold(w) for w in _STAND_IN_WORD.findall(whole) if w[:1].isupper()) \
        if sl == "vi" and latin_src else None
    vi_src_folds = [_word_folds(s.text) for s, _ in beads] if vi_caps is not None else []
    suffix = r"(?:['’][^\W\d_]+)?" if sl in _APOSTROPHE_SUFFIX_LANGS else ""
    pieces: list[frozenset[str]] | None = None
    skels: frozenset[str] | None = None

    def lower_words() -> frozenset[str]:
        return ctx.cached("names.stand_in_lower", lambda: frozenset(
            fold(w) for w in _STAND_IN_WORD.findall(ctx.target.text) if w.islower()))

    def src_places() -> frozenset[int]:
        return ctx.cached("names.stand_in_places", lambda: frozenset(
            e for e, _, _ in place_mentions(whole, sl, tl)))
    for i, (src, tgt) in enumerate(beads):
        if tl == "zh" and latin_src and _mostly_latin(src.text) and not _mostly_latin(tgt.text):
            yield from _zh_stand_ins(ctx, beads, i)
            continue
        if not _mostly_latin(tgt.text) or _mostly_latin(src.text) != latin_src:
            continue
        # the stand-ins: name words of the sentence that render no word of the source
        ys: list[re.Match] = []
        # (a word opening the sentence that only its place there keeps from being one:
        # a stand-in only in the slot of a person's surname opening the source's sentence)
        ys_opening: list[re.Match] = []
        weak: set[int] = set()
        for m in _cap_words(tgt.text):
            w = m.group()
            f, low = fold(w), w.lower()
            particle = _after_particle(tgt.text, m.start())
            if (zipf(low, tl) >= _STAND_IN_ZIPF and not particle) or low in stop:
                continue
            if f in src_folds:
                # (weak: written once in the whole translation, and no word of its own
                # source sentence: a currency's name beside its lower-case word is neither)
                if vi_caps is None or f in vi_caps or _sentence_initial(tgt.text, m.start()) \
                        or not _VI_NAME_SYLLABLE.fullmatch(f) or f in _word_folds(src.text) \
                        or capital_mentions(ctx.target.text, w)[0] != 1:
                    continue
                weak.add(m.start())
            opening = False
            if _sentence_initial(tgt.text, m.start()) and (zipf(low, tl) >= _STAND_IN_INITIAL_ZIPF
                                                          or _said_in(f, lower_words())
                                                          or tl in _CASE_SUFFIX_LANGS):
                # a rarer word opening the sentence (Subsequently), or a word the
                # translation writes in lower case elsewhere: no name, but where it opens
                # the sentence as a name would, no word of the translation's in lower case
                # (in a language of case endings, none with its first letters but two)
                if f in lower_words() or (
                        _said_in(f, lower_words()) if tl in _CASE_SUFFIX_LANGS
                        else not namelike(low, tl, sl, initial=True)) or (
                        not latin_src and (zipf(low, tl) >= _STAND_IN_ZIPF or _said_in(f, lower_words()))):
                    continue  # (out of another script too, a name opening the sentence
                    # where the source's says a name the translation renders elsewhere:
                    # "Bhadauria said …" for the article's Rastogi)
                opening = True
            if "-" in w and any(zipf(x.lower(), tl) >= 3.0 or fold(x) in src_folds or _said_in(fold(x), src_folds)
                                for x in w.split("-") if x):
                continue  # a compound with a common word or a source word (Dartmouth-Centre)
            if tl in _NOUN_CAPS and not particle and not (_stand_in_not_noun(w, tl, sl) and _DE_SPEAKER_SLOT.search(
                    tgt.text[max(0, m.start() - 12):m.start()] + "|" + tgt.text[m.end():m.end() + 12])):
                if vi_caps is not None and _VI_NAME_SYLLABLE.fullmatch(f) and _stand_in_not_noun(w, tl, sl) \
                        and not _sentence_initial(tgt.text, m.start()) and capital_mentions(ctx.target.text, w)[0] == 1:
                    weak.add(m.start())  # out of Vietnamese, a name word in any slot (weak)
                else:
                    continue  # a German noun, capitalised as every noun is; a name only in a
                    # speaker's slot (so X, laut X, X sagte)
            if tl in _SLAVIC_STAND_IN_LANGS and any(
                    (c := exonym_classes(f[:-k] + e)) and c <= _EXO_PLACES
                    for k in (2, 3) if len(f) - k >= 4 for e in ("a", "", "o", "e")):
                continue  # a lexicon place's adjective in a case form (u Škotskom ~ Škotska,
                # Scottish): the place's word, no other name
            classes = exonym_classes(f)
            if classes and (not classes <= _EXO_PLACES or _sentence_initial(tgt.text, m.start())
                            or classes & src_places()):
                continue  # a place, people or body of the lexicon, or a place's adjective
                # opening a sentence; mid-sentence a word the lexicon holds only as
                # another language's adjective is a surname (Greco, Romano)
            if latin_src and m.start() not in weak:
                if _said_in(f, src_folds) and not (zipf(low, sl) >= REAL_WORD and not any(
                        x.startswith(f) for x in src_folds)):
                    continue  # a source word with another ending (but a word of the source
                    # language as written, a surname that is a common word there, Turkish
                    # Yıldırım, is no other ending of a word it shares four letters
                    # with, yıldı: its own forms would open with all of it)
            else:
                if pieces is None:
                    pieces = [src_words(s.text) for s, _ in beads]
                if any(present_in_other_script(w, q) for q in pieces[i]):
                    continue  # a transcription of a word of the sentence
                if skels is None:
                    # (a skeleton of three letters is shared by many words: a frequent
                    # word's proves nothing said)
                    skels = ctx.cached("names.stand_in_skeletons", lambda: frozenset(
                        sk for x in set(_CASELESS_PIECE.findall(whole) or _CASED_SCRIPT_WORD.findall(whole))
                        for word in _romanised_words(x)
                        for sk in word if len(sk) > 3 or zipf(x, sl) < _ANCHOR_CASELESS_ZIPF))
                sks = {sk.lower() for sk in _skeletons(w) if len(sk) >= 3}
                if sks & skels:
                    continue  # said elsewhere in the source (its skeleton, no less)
            (ys_opening if opening else ys).append(m)
        ys = _stand_in_runs(ys, tgt.text, tl, lambda w: (fold(w) in src_folds) if latin_src else any(
            present_in_other_script(w, q) for q in (pieces[i] if pieces else ())))
        if not ys:
            if not ys_opening:
                continue
            ys = _stand_in_runs(ys_opening, tgt.text, tl, lambda w: fold(w) in src_folds)
            if not ys:
                continue
            opening_only = True
        else:
            opening_only = False
        # the anchors: a source word of the sentence that every other sentence saying it
        # renders by one name word, which this sentence lacks
        anchors: list[tuple[float, str, str, float]] = []
        if latin_src:
            def latin_anchors(k: int) -> list[tuple[float, str, str, float]]:
                # the source words of sentence k, said by neither sentence i nor k of the
                # translation, that every other sentence saying them renders as written
                out = []
                here = {i, k}
                stext = beads[k][0].text
                for m in _cap_words(stext):
                    p = m.group()
                    f = fold(p)
                    # (a surname the translation keeps as a person's, however common a
                    # word of the source language: Turkish Yüce, Dutch Molenaar)
                    # (or one it writes after the given name as the source does,
                    # however frequent a word of the source's language: Vietnamese Khiêm)
                    known = f in kept or f in full
                    if (zipf(p.lower(), sl) >= _ANCHOR_ZIPF and not known and not _after_particle(stext, m.start())) \
                            or any(_said_in(f, tfolds[x]) for x in here):
                        continue
                    if opening_only and not (k == i and _sentence_initial(stext, m.start())
                                             and (f in _paired_surnames(ctx, sl, tl) or f in is_given)):
                        continue  # (a stand-in opening the sentence: in the slot of a
                        # person's surname that opens the source's, named in full elsewhere)
                    if _sentence_initial(stext, m.start()) and zipf(p.lower(), sl) >= _STAND_IN_INITIAL_ZIPF \
                            and not known and f not in _paired_surnames(ctx, sl, tl):
                        continue  # a common noun opening the sentence (Growers say …; not
                        # the surname of a person named in full elsewhere, Nina Kessler)
                    # (with its case ending after an apostrophe, in Turkish: Yüce'ye)
                    said = re.compile(rf"(?<![\w'’-]){re.escape(p)}{suffix}(?![\w'’-])")
                    others = [j for j, (s2, _) in enumerate(beads) if j not in here and said.search(s2.text)]
                    # (and every other sentence of the translation saying it renders the source's)
                    # (or, out of Vietnamese, a word of that sentence's source with the same
                    # letters but another tone: Hòa … Hoa, each rendered Hoa)
                    if others and all(f in tfolds[j] for j in others) \
                            and all(said.search(beads[j][0].text) or (vi_caps is not None and f in vi_src_folds[j])
                                    for j in range(len(beads)) if j not in here and f in tfolds[j]):
                        out.append((0.0, p, p, m.start() / max(1, len(stext)) if k == i else 0.5))
                return out
            anchors = latin_anchors(i)
            if not anchors:
                # a quotation's attribution moved across the sentence's end (Novak: "…
                # and …" ~ "… and …," Novak said, the aligner pairing the first
                # sentences): the speaker's name lost from the neighbouring sentence
                for k in (i - 1, i + 1):
                    if 0 <= k < len(beads) and (_QUOTE_MARK.search(beads[k][0].text)
                                                and _QUOTE_MARK.search(tgt.text)):
                        anchors = latin_anchors(k)
                        if anchors:
                            break
        else:
            assert pieces is not None
            caps_i = [m.group() for m in _cap_words(tgt.text)]
            for q in pieces[i]:
                qz = zipf(q, sl)
                if len(q) < 3 or qz >= _ANCHOR_CASELESS_ZIPF:
                    continue  # (a frequent word, said, told: its read-back proves nothing)
                others = [j for j in range(len(beads)) if j != i and q in pieces[j]]
                if not others:
                    continue
                cands: set[str] | None = None
                for j in others:
                    # (a frequent word of the target language too, where it follows a given
                    # name that renders the source word right before this one: Meera Bell)
                    here = {m.group() for m in _cap_words(beads[j][1].text)
                            if (zipf(m.group().lower(), tl) < _ANCHOR_ZIPF
                                or _caseless_full_name(beads[j][0].text, beads[j][1].text, m, q, tl))
                            and present_in_other_script(m.group(), q)}
                    cands = here if cands is None else cands & here
                    if not cands:
                        break
                if not cands:
                    continue
                if any(present_in_other_script(w, q) for w in caps_i):
                    continue  # rendered in this sentence too
                for x in sorted(cands):
                    # (a surname that is a frequent word too, Meera Bell: its capitalised
                    # mentions inside a sentence)
                    xfolds = tfolds if zipf(x.lower(), tl) < _ANCHOR_ZIPF else [
                        frozenset({fold(x)} if any(not _sentence_initial(t.text, c.start()) for c in re.finditer(
                            rf"(?<![\w'’-]){re.escape(x)}(?![\w'’-])", t.text)) else ()) for _, t in beads]
                    if any(fold(x) in xfolds[j] and q not in pieces[j] for j in range(len(beads)) if j != i):
                        continue  # the translation says it where the source does not say the word
                    if not _said_in(fold(x), xfolds[i]):
                        anchors.append((qz, q, x, src.text.find(q) / max(1, len(src.text))))
                        break
        if not anchors:
            continue
        # (of the caseless source's words, one whose rendering has a skeleton of two
        # letters or more first: a word of one reads back as almost anything)
        _, p, x, pos = min(anchors, key=lambda a: (not latin_src and not any(
            len(sk) >= 2 for sk in _skeletons(a[2].lower())), a))
        if weak and fold(p) not in full:
            # (a weak stand-in, out of Vietnamese: only for a person named in full)
            ys = [r for r in ys if not any(r[0] <= k < r[1] for k in weak)]
            if not ys:
                continue
        if opening_only:
            # (a respelling the translation writes where its source says the lost name,
            # a Latvian respelling of an English surname, renders it)
            said = [tfolds[j] for j, (s2, _) in enumerate(beads) if j != i and _stands_alone(s2.text, p)]
            ys = [r for r in ys if not any(_said_in(fold(w), t) for w in _LETTER_RUN.findall(tgt.text[r[0]:r[1]])
                                           for t in said)]
        ys = [r for r in ys if fold(x)[:4] not in fold(tgt.text[r[0]:r[1]])]
        if not ys:
            continue  # the name inside a compound (Coromandel-halvøen): rendered
        xs = [fold(w) for w in _LETTER_RUN.findall(x) if len(w) >= 4]
        ys = [r for r in ys if not (_n001_flagged(ctx, *tgt.span(*r)) and any(
            _osa(fold(w), v, score_cutoff=2) <= 2 for w in _LETTER_RUN.findall(tgt.text[r[0]:r[1]])
            for v in xs))]
        if not ys:
            continue  # the name misspelt (Bakker ~ Bakkar's) and N001 says so: no other name
        f = _stand_in_finding(ctx, src, tgt, ys, pos, p, x, "renders no word")
        if f is not None:
            yield f



def _zh_stand_ins(ctx: CheckContext, beads: list[tuple[Joined, Joined]], i: int) -> Iterator[Finding]:
    """``_lost_name_stand_ins`` into Chinese out of Latin letters: a source name word that
    every other sentence saying it renders by one transcription (Whitfield ~ 惠特菲尔德),
    not transcribed in sentence ``i``, which has a transcribed name of three characters or
    more that reads as no capitalised word of the source (``zh_unread_runs``)."""
    src, tgt = beads[i]
    sl = _langs(ctx)[0]
    ys: list[tuple[int, int]] | None = None
    # the lost word is looked for in the sentence's own source, then, where both the
    # sentence and a neighbouring source sentence hold quotation marks, in that neighbour
    # (a quotation's speaker named after it in the source, before it in the translation:
    # "… . …," Quennell said ~ 昆内尔说：“…。…。”, the aligner pairing the first sentences),
    # the name rendered in neither translated sentence
    ks = [i] + [k for k in (i - 1, i + 1) if 0 <= k < len(beads)
                and _QUOTE_MARK.search(tgt.text) and _QUOTE_MARK.search(beads[k][0].text)]
    for k in ks:
        here = {i, k}
        stext = beads[k][0].text
        for m in _cap_words(stext):
            p = m.group()
            if not p.isascii() or zipf(p.lower(), sl) >= _ANCHOR_ZIPF:
                continue
            others = [j for j, (s2, _) in enumerate(beads)
                      if j not in here and re.search(rf"(?<![\w'’-]){re.escape(p)}(?![\w'’-])", s2.text)]
            if not others or any(present_in_zh(p, beads[x][1].text, "zh") for x in here):
                continue
            if k != i and _sentence_initial(stext, m.start()):
                continue  # (a neighbour's opening word: a common word as often as a name)
            if ys is None:
                ys = zh_unread_runs(tgt.text, ctx.source.text)
            if not ys:
                return
            forms = {zh_rendering(p, beads[j][1].text) for j in others}
            if len(forms) != 1 or None in forms:
                continue  # (rendered by one transcription at every other mention)
            x = forms.pop()
            if any(x in beads[j][1].text for j in here):
                continue  # the transcription there, inside a longer run: rendered
            pos = m.start() / max(1, len(stext)) if k == i else 0.0
            f = _stand_in_finding(ctx, src, tgt, ys, pos, p, x, "reads as no name")
            if f is not None:
                yield f
            return


def _stand_in_finding(ctx: CheckContext, src: Joined, tgt: Joined, ys: list[tuple[int, int]], pos: float,
                      p: str, x: str, how: str) -> Finding | None:
    """N004's finding for a stand-in: of the runs ``ys``, the one nearest the lost source
    word's relative place ``pos``; None where page furniture holds it."""
    a, b = min(ys, key=lambda r: abs(r[0] / max(1, len(tgt.text)) - pos))
    s, e = tgt.span(a, b)
    if _in_furniture(ctx, s, e):
        return None
    ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {p}")]
    return ctx.flag(s, e, f"source “{p}” (“{x}” at its other mentions in the translation) is not "
                          f"rendered here, and “{tgt.text[a:b]}” {how} of the source: "
                          f"another name in its stead", evidence=ev, suggestion=x,
                    severity=_severity_cap(ctx, Severity.MAJOR))



# a Korean body's name: a stem of two or three syllables, a head (대학교, 대학, 대 university,
# 병원 hospital), a particle after it maybe (한빛대의)
_KO_BODY = re.compile(r"(?<![가-힣])([가-힣]{2,3}?)(대학교|대학|대|병원)(?:은|는|이|가|을|를|의|에서|에|와|과|도|로|으로)?(?![가-힣])")
_KO_BODY_HEAD = {"대학교": "University", "대학": "University", "대": "University", "병원": "Hospital"}
_EN_BODY_SLOT = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}(?:-[a-z]+)?) (University|Hospital)\b")


def _ko_body_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Korean into English: a university or hospital the source names by a
    stem and its head (한빛대, 한빛대학교, 한빛병원) that no word of the translated
    sentence reads as, and in the translation's slot of its name, before University or
    Hospital, a romanised Korean word that reads as no Hangul of the whole source (Hanbit
    University ~ Dasan University): another body, major."""
    if ctx.source is None or not _HANGUL_SYLLABLES.search(ctx.source.text):
        return
    sl, tl = _langs(ctx)
    if tl != "en":
        return
    whole = ctx.source.text
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None or not _mostly_latin(texts[1].text):
            continue
        src, tgt = texts
        bodies = [(m.group(1), _KO_BODY_HEAD[m.group(2)]) for m in _KO_BODY.finditer(src.text)]
        if not bodies:
            continue
        caps = [w for w in _LATIN_WORD.findall(tgt.text) if w[:1].isupper() and len(w) >= 3]
        for m in _EN_BODY_SLOT.finditer(tgt.text):
            y, head = m.group(1), m.group(2)
            lost = [stem for stem, h in bodies if h == head
                    and not any(present_in_hangul(w, stem) for w in caps)]
            if len(lost) != 1 or exonym_classes(fold(y)) or zipf(y.lower(), tl) >= 3.0 \
                    or not _korean_romanised(y, tl) or present_in_hangul(y, whole):
                continue
            s, e = tgt.span(m.start(1), m.end(1))
            if _in_furniture(ctx, s, e):
                continue
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {lost[0]}")]
            yield ctx.flag(s, e, f"source “{lost[0]}” ({_rr(lost[0]).capitalize()}) is not rendered, and "
                                 f"“{y} {head}” reads as no name of the source: another {head.lower()}",
                           evidence=ev, suggestion=None, severity=_severity_cap(ctx, Severity.MAJOR))



# a Japanese public university: its place, the owner (県立 prefectural, 府立, 都立, 道立, 市立
# municipal) and 大学; the national university of that place is named without the owner
_JA_PUBLIC_UNIVERSITY = re.compile(r"([\u4e00-\u9fff]{1,4}?)(県立|府立|都立|道立|市立)大学")
_EN_OWNER_WORDS = re.compile(r"\b(?:Prefecture|Prefectural|Municipal|City|Metropolitan|Public)\b")


def _ja_public_university_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Japanese into English: a public university the source names by its
    place and owner (X県立大学, X市立大学) rendered as "X University", no word of the
    sentence saying the owner (Prefectural, Prefecture, City, Municipal): that is the
    national university of the place, another institution (X大学), major."""
    from ._han_readback import read_back
    if ctx.source is None or _langs(ctx) != ("ja", "en"):
        return
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None or not _mostly_latin(texts[1].text):
            continue
        src, tgt = texts
        for m in _JA_PUBLIC_UNIVERSITY.finditer(src.text):
            if _EN_OWNER_WORDS.search(tgt.text):
                break
            place = m.group(1)
            for t in re.finditer(r"(?<![\w'’-])([A-Z][a-z]{2,}) University\b", tgt.text):
                if not read_back(t.group(1), place, "ja"):
                    continue
                s, e = tgt.span(t.start(), t.end())
                if _in_furniture(ctx, s, e):
                    continue
                ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {m.group()}")]
                yield ctx.flag(s, e, f"source “{m.group()}” (a public university of {t.group(1)}) rendered as "
                                     f"“{t.group()}”, the name of another university", evidence=ev,
                               suggestion=None, severity=_severity_cap(ctx, Severity.MAJOR))
                break


@lru_cache(maxsize=1)
def _ko_any_rr() -> frozenset[str]:
    """The Revised Romanization of every Hangul syllable alone (혼 hon, 헌 heon)."""
    return frozenset(_rr(chr(c)) for c in range(0xAC00, 0xD7A4))


_KO_GIVEN = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)-([a-z]+)\b")


_KO_PIECES = tuple(frozenset(x.strip("_") for alts in table for x in alts)
                   for table in (_KO_INITIAL, _KO_VOWEL, _KO_FINAL))


@lru_cache(maxsize=4096)
def _ko_any_spelling(w: str) -> bool:
    """Is lower-case ``w`` a spelling in use (``_ko_spellings``) of some Hangul syllable:
    an initial's, a vowel's and a final's spelling in a row (every Hangul syllable joins
    any of the three; a vowel's u written wu, ㅕ before ㅇ as young)?"""
    ini, vow, fin = _KO_PIECES
    if w.endswith("young") and w[:-5] in ini:
        return True
    for i in range(len(w)):
        if w[:i] not in ini:
            continue
        for j in range(i + 1, len(w) + 1):
            if w[i:j] in vow and w[j:] in fin:
                return True
            if i == 0 and w[0] == "w" and w[1:j] in vow and w[1:2] == "u" and w[j:] in fin:
                return True
    return False


_LATIN_CAP3 = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})(?![\w'’-])")


def _hangul_surname_slips(ctx: CheckContext, done: set[int]) -> Iterator[Finding]:
    """N001 out of Korean: a person the source names in full (박서윤) and the translation
    writes surname first with a hyphenated given name (Park Seo-yun), called by the
    surname and a post in a sentence whose source says so (박 관장은: ``_KO_SURNAME_TITLED``), where the
    translated sentence lacks that spelling and writes, once in the whole translation, a
    capitalised word one letter off it (one changed, added or dropped, or two neighbours
    swapped: "Pakr"; not "Pak", which spells the syllable) that spells no Hangul
    syllable: the surname misspelt, major (the translation's own spelling tells it)."""
    if ctx.source is None or not _HANGUL_SYLLABLES.search(ctx.source.text):
        return
    doc = ctx.target.text
    # the surnames the translation confirms: its spelling before a hyphenated given name,
    # that syllable opening a Hangul name of three syllables in the source
    confirmed: dict[str, set[str]] = {}
    runs = {r for r in _HANGUL_SYLLABLES.findall(ctx.source.text) if len(r) >= 3}
    for m in _KO_GIVEN.finditer(doc):
        sur = m.group(1)
        for syl in {r[0] for r in runs}:
            if _ko_surname(sur.lower(), syl):
                confirmed.setdefault(syl, set()).add(sur)
    if not confirmed:
        return
    count: dict[str, int] = {}
    for m in _LATIN_CAP3.finditer(doc):
        count[m.group(1)] = count.get(m.group(1), 0) + 1
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None or not _mostly_latin(texts[1].text):
            continue
        src, tgt = texts
        lone = {m.group(1) for m in _KO_SURNAME_TITLED.finditer(src.text)} & set(confirmed)
        if len(lone) != 1:
            continue
        syl = lone.pop()
        if len(confirmed[syl]) != 1:
            continue
        right = next(iter(confirmed[syl]))
        words = [m for m in _LATIN_CAP3.finditer(tgt.text)]
        if any(m.group(1) == right for m in words):
            continue  # the surname spelled right in the sentence
        near = [m for m in words if count.get(m.group(1)) == 1 and m.group(1).isascii()
                and _osa(m.group(1).lower(), right.lower(), score_cutoff=1) == 1
                and not _ko_surname(m.group(1).lower(), syl) and not _ko_any_spelling(m.group(1).lower())]
        if len(near) != 1:
            continue
        m = near[0]
        s, e = tgt.span(m.start(1), m.end(1))
        if s in done or _in_furniture(ctx, s, e):
            continue
        k = doc.find(right)
        ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {syl}"),
              ctx.evidence(ctx.target, text=_snippet(ctx.target, (k, k + len(right))),
                           note=f"the translation spells the surname {right} where it names the person in full")]
        yield ctx.flag(s, e, f"“{m.group(1)}” looks like a misspelling of “{right}”, the translation's "
                             f"spelling of the source's surname “{syl}” elsewhere",
                       evidence=ev, suggestion=right, severity=_severity_cap(ctx, Severity.MAJOR))


def _hangul_name_slips(ctx: CheckContext, done: set[int]) -> Iterator[Finding]:
    """N001 out of Korean: a person's name the source writes in Hangul as a surname and a
    two-syllable given name (김선영) that the translation writes surname first with the
    given name's syllables joined by a hyphen (Kim Seon-young), where the surname spells
    its syllable and the given name's two syllables each spell theirs (the Revised
    Romanization, McCune-Reischauer, a family's Young, Sung, Hoon: ``_ko_spellings``) but
    one writes ㅓ or ㅕ the McCune-Reischauer way (o, yo) beside one the Revised way (eo,
    yeo): Seon-yong for 선영.  A name writes ㅓ and ㅕ one way, so the mix is a slip
    (for 용, yong); minor, as people choose their spelling.  A syllable no spelling in
    use gives (Yeon-koung) is left alone."""
    if ctx.source is None or not _HANGUL_SYLLABLES.search(ctx.source.text):
        return
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None or not _mostly_latin(texts[1].text):
            continue
        src, tgt = texts
        runs = [r for r in _HANGUL_SYLLABLES.findall(src.text) if len(r) >= 3]
        if not runs:
            continue
        for m in _KO_GIVEN.finditer(tgt.text):
            sur, g1, g2 = m.group(1).lower(), m.group(2).lower(), m.group(3).lower()
            hits = []
            for run in runs:
                for k in range(len(run) - 2):
                    if not _ko_surname(sur, run[k]):
                        continue  # (a surname's conventional spelling too: Park, Lee, Choi)
                    s1, s2 = _ko_spellings(run[k + 1]), _ko_spellings(run[k + 2])
                    hits.append((run[k:k + 3], s1, s2))
            if len(hits) != 1:
                continue  # no Hangul name with that surname, or two
            name, s1, s2 = hits[0]
            if (g1 in s1) != (g2 in s2):
                # one syllable spells its own, the other is one letter short of every
                # spelling of its syllable but one (훈 hoon ~ "hon"), the Revised Romanization
                # of another syllable (혼): a slip into another name (a family's own spelling,
                # Yeon-koung, is no syllable's Revised Romanization: left alone); minor
                k, bad, sps = (2, g2, s2) if g1 in s1 else (1, g1, s1)
                # (or a spelling of its syllable with the final consonant written twice,
                # 만 man ~ "Mann-su": no romanisation doubles a syllable's last letter)
                # (major: two neighbouring letters of a spelling of its syllable swapped
                # into letters that spell no Hangul syllable in any system, 해 hae ~ "hea":
                # no family writes its name so)
                swapped = len(bad) >= 3 and not _ko_any_spelling(bad) and any(
                    len(sp) == len(bad) and _osa(bad, sp) == 1 and _levenshtein(bad, sp) == 2 for sp in sps)
                if swapped or (len(bad) >= 3 and bad in _ko_any_rr()
                               and any(len(sp) == len(bad) + 1 and _osa(bad, sp) == 1 for sp in sps)) \
                        or (len(bad) >= 4 and bad[-1] == bad[-2] and bad[-1] in "nlmkp" and bad[:-1] in sps):
                    s, e = tgt.span(m.start(2), m.end(3))
                    if s in done or _in_furniture(ctx, s, e):
                        continue
                    rr = _rr(name[1:])
                    ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {name}")]
                    yield ctx.flag(s, e, f"“{m.group(2)}-{m.group(3)}” looks like a misspelling of the "
                                         f"source's “{name[1:]}” ({rr[:1].upper() + rr[1:]} in the Revised "
                                         f"Romanization; “{bad}” is no spelling of {name[k]})",
                                   evidence=ev, severity=_severity_cap(
                                       ctx, Severity.MAJOR if swapped else Severity.MINOR))
                continue
            if g1 not in s1 or g2 not in s2 or ({s1[g1], s2[g2]} != {"rr", "mr"} and not (
                    (s1[g1] == "mr" and g2 in _ko_u_spellings(name[2]))
                    or (s2[g2] == "mr" and g1 in _ko_u_spellings(name[1])))):
                continue  # not both spellings of the syllables (a family's own spelling,
                # Yeon-koung, is no read-back's to judge), or one system, or either's; a
                # ㅓ or ㅕ written o, yo (McCune-Reischauer) beside one written u, yu (Sun,
                # Hyun) is a mix too (정현 ~ Jung-hyon; Jung-hyun, Jong-hyon are spellings)
            s, e = tgt.span(m.start(2), m.end(3))
            if s in done or _in_furniture(ctx, s, e):
                continue
            rr = _rr(name[1:])
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {name}")]
            yield ctx.flag(s, e, f"“{m.group(2)}-{m.group(3)}” looks like a misspelling of the "
                                 f"source's “{name[1:]}” ({rr[:1].upper() + rr[1:]} in the Revised "
                                 f"Romanization)", evidence=ev,
                           severity=_severity_cap(ctx, Severity.MINOR))


_LATIN_NAME_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]{4,})(?![\w'’-])")


def _ko_parses(w: str, run: str) -> bool:
    """Can lower-case ``w`` be split into spellings in use of the Hangul syllables of
    ``run``, one after the other (``_ko_spellings``: the Revised Romanization,
    McCune-Reischauer, a family's own)?"""
    ends = {0}
    for syl in run:
        sps = _ko_spellings(syl)
        ends = {e + len(sp) for e in ends for sp in sps if w.startswith(sp, e)}
        if not ends:
            return False
    return len(w) in ends


def _hangul_place_slips(ctx: CheckContext, done: set[int]) -> Iterator[Finding]:
    """N001 out of Korean into a Latin script: one capitalised word of the translation,
    five letters or more and no word of the target language, one letter (OSA) from the
    Revised Romanization of two to four Hangul syllables of the source sentence (영동
    yeongdong ~ "Yeondong"), where it spells no run of the source sentence in any
    romanisation in use (the Revised Romanization, McCune-Reischauer, a family's own:
    ``_ko_spellings``).  Minor: a name's own spelling may differ."""
    if ctx.source is None or not _HANGUL_SYLLABLES.search(ctx.source.text):
        return
    sl, tl = _langs(ctx)
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None or not _mostly_latin(texts[1].text):
            continue
        src, tgt = texts
        runs = _HANGUL_SYLLABLES.findall(src.text)
        subs = {r[i:i + n] for r in runs for n in (2, 3, 4) for i in range(len(r) - n + 1)}
        if not subs:
            continue
        rrs = {sub: _rr(sub) for sub in subs}
        for m in _LATIN_NAME_WORD.finditer(tgt.text):
            w = m.group(1).lower()
            if zipf(w, tl) >= 1.5 or zipf(w, "en") >= 1.5 or w in _given_names():
                continue
            near = {sub for sub, rr in rrs.items() if len(rr) >= 6 and rr != w and _osa(w, rr) == 1}
            if not near:
                continue
            if any(_ko_parses(w, r[i:j]) for r in runs for i in range(len(r))
                   for j in range(i + 1, min(len(r), i + 4) + 1)):
                continue  # a spelling in use of a run of the sentence (Yongdong, Youngdong)
            s, e = tgt.span(m.start(1), m.end(1))
            if s in done or _in_furniture(ctx, s, e):
                continue
            sub = min(near, key=len)
            rr = rrs[sub]
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {sub}")]
            yield ctx.flag(s, e, f"“{m.group(1)}” looks like a misspelling of the source's “{sub}” "
                                 f"({rr[:1].upper() + rr[1:]} in the Revised Romanization)",
                           evidence=ev, suggestion=rr[:1].upper() + rr[1:],
                           severity=_severity_cap(ctx, Severity.MINOR))


# a Hangul syllable's sounds as Japanese writes a Korean name in katakana (김 キム, 성 ソン,
# 호 ホ, 정 チョン/ジョン): the initial consonants (a plain stop may be voiced: 대 テ/デ),
# the vowels as (glide, vowel), the finals as the kana after the syllable
_KO_KANA_INITIAL = [x.split("/") for x in
                    "k/g k n t/d t r m p/b p s s _ ch/j ch ch k t p h".split()]
_KO_KANA_VOWEL = [x.split("/") for x in (
    "_a _e ya ye _o _e yo ye _o wa we we/_e yo _u wo we wi yu _u _i/wi _i").split()]
_KO_KANA_FINAL = [x.split("/") for x in
                  "_ ク/ッ ク/ッ ク ン ン ン ッ/ト ル ク/ル ム/ル ル/プ ル ル ル ル ム プ/ッ プ/ッ ッ/ス/ト ッ/ト "
                  "ン ッ/ト ッ/ト ク ッ/ト プ ッ/ト".split()]
_KANA_ROWS = {
    "_": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "t": "タチツテト",
    "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ", "p": "パピプペポ",
    "m": "マミムメモ", "r": "ラリルレロ", "y": "ヤイユエヨ", "w": "ワイウエオ"}
_KANA_SMALL = {"a": "ャ", "u": "ュ", "o": "ョ", "e": "ェ"}
_KANA_SMALL_W = {"a": "ァ", "i": "ィ", "e": "ェ", "o": "ォ"}


def _ko_kana(con: str, glide: str, vow: str) -> set[str]:
    """Katakana of one Korean consonant (Latin, "_" none), glide ("_", "y", "w") and
    vowel (a, i, u, e, o): 호 ho ホ, 현 hyo ヒョ, 화 hwa ファ, 제 che チェ, 티 ti ティ."""
    k = "aiueo".index(vow)
    out: set[str] = set()
    if con in ("ch", "j"):
        base = "チ" if con == "ch" else "ジ"
        out.add(base if vow == "i" else base + _KANA_SMALL.get(vow, "ュ"))
        if glide == "w":
            out.add(("チュ" if con == "ch" else "ジュ") + _KANA_SMALL_W.get(vow, ""))
        return out
    if glide == "_":
        if con in ("t", "d") and vow in "iu":
            out.add(("テ" if con == "t" else "デ") + "ィ" if vow == "i" else ("ト" if con == "t" else "ド") + "ゥ")
            if vow == "u":
                return out
        if con == "s" and vow == "i":
            out.add("シ")
            return out
        out.add(_KANA_ROWS[con][k])
        return out
    if glide == "y":
        if con == "_":
            out.add({"a": "ヤ", "u": "ユ", "o": "ヨ", "e": "イェ"}.get(vow, "イ"))
            if vow == "e":
                out.add("エ")
            return out
        row = {"t": "チ", "d": "ジ", "s": "シ"}.get(con) or _KANA_ROWS[con][1]
        out.add(row + _KANA_SMALL.get(vow, ""))
        if vow == "e":
            out.add(_KANA_ROWS[con][3] if con in _KANA_ROWS else row)
        return out
    # glide w: ワ ウィ ウェ ウォ; after a consonant its u-kana with a small vowel (ファ, クァ)
    if con == "_":
        out.add({"a": "ワ", "i": "ウィ", "e": "ウェ", "o": "ウォ"}.get(vow, "ウ"))
        return out
    u = "フ" if con == "h" else _KANA_ROWS[con][2]
    out.add(u + _KANA_SMALL_W.get(vow, ""))
    out.add(_KANA_ROWS[con][k])  # (회 フェ or ヘ, 관 クァン or カン)
    return out


@lru_cache(maxsize=4096)
def _ko_syllable_kana(syl: str) -> frozenset[str]:
    """The katakana spellings Japanese gives Hangul syllable ``syl`` in a name."""
    c = ord(syl) - 0xAC00
    ini, rest = divmod(c, 588)
    vow, fin = divmod(rest, 28)
    out: set[str] = set()
    for con in _KO_KANA_INITIAL[ini]:
        for gv in _KO_KANA_VOWEL[vow]:
            for kana in _ko_kana(con, gv[0], gv[1]):
                for f in _KO_KANA_FINAL[fin]:
                    out.add(kana + f.strip("_"))
    return frozenset(out)


def _ko_run_kana(run: str) -> set[str]:
    """The katakana spellings of a run of Hangul syllables, syllable by syllable."""
    out = {""}
    for syl in run:
        out = {a + b for a in out for b in _ko_syllable_kana(syl)}
        if len(out) > 4000:
            return set()
    return out


_KANA_NAME = re.compile(r"([\u30a1-\u30fa]{1,4})・([\u30a1-\u30fa]{2,6})(?![\u30a1-\u30fc・])")


def _hangul_katakana_slips(ctx: CheckContext) -> Iterator[Finding]:
    """N001 out of Korean into Japanese: a Korean person's name the translation writes in
    katakana, surname ・ given name (キム・ソンホ), the source in Hangul (김성호): the
    surname a reading of a name's first syllable, the given name one kana off every
    reading of its other syllables and of no other Hangul word (キム・ソンボ: 호 is ホ,
    never ボ).  A plain stop read voiced or not (대 テ/デ, 준 チュン/ジュン) is a
    reading; minor, as families choose their spelling."""
    if ctx.source is None or not _HANGUL_SYLLABLES.search(ctx.source.text) \
            or not _KANA_NAME.search(ctx.target.text):
        return
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        runs = list(dict.fromkeys(r for r in _HANGUL_SYLLABLES.findall(src.text) if 2 <= len(r) <= 5))
        if not runs:
            continue
        for m in _KANA_NAME.finditer(tgt.text):
            sur, given = m.group(1), m.group(2)
            near: set[str] = set()
            read = False
            for run in runs:
                for k in range(len(run) - 2):
                    if sur not in _ko_syllable_kana(run[k]):
                        continue
                    for n in (2, 3):
                        if k + 1 + n > len(run) + (0 if n == 2 else 0):
                            continue
                        spell = _ko_run_kana(run[k + 1:k + 1 + n])
                        if given in spell:
                            read = True
                        elif any(len(x) == len(given) and sum(a != b for a, b in zip(x, given)) == 1
                                 for x in spell):
                            near.add(run[k:k + 1 + n])
            if read or len(near) != 1:
                continue
            name = next(iter(near))
            s, e = tgt.span(m.start(2), m.end(2))
            if _in_furniture(ctx, s, e):
                continue
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {name}")]
            yield ctx.flag(s, e, f"“{given}” is no katakana reading of the source's “{name[1:]}” "
                                 f"(one kana off)", evidence=ev,
                           severity=_severity_cap(ctx, Severity.MINOR))


def _katakana_beads(ctx: CheckContext) -> Iterator[tuple]:
    """(source, target) sentence texts of the beads of a pair into Japanese whose target
    has katakana words joined by a middle dot (a name written word by word)."""
    if ctx.source is None or _langs(ctx)[1] != "ja" or "\u30fb" not in ctx.target.text:
        return
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is not None and "\u30fb" in texts[1].text:
            yield texts


def _katakana_voicing_slips(ctx: CheckContext) -> Iterator[Finding]:
    """N001 out of a Latin-script language into Japanese: a name written in katakana word
    by word (ピーター・ライド) that reads as a source name of its sentence, one word with
    a plain stop written voiced (ライド for Wright, ト written ド: ``kana_voicing_slips``).
    Major inside the word; minor at its first consonant, which a romanised Korean given
    name voices in katakana (Lee Kangin ~ イ・ガンイン)."""
    for src, tgt in _katakana_beads(ctx):
        for a, b, word in kana_voicing_slips(src.text, tgt.text):
            s, e = tgt.span(a, b)
            if _in_furniture(ctx, s, e):
                continue
            kana = tgt.text[a:b]
            kv = voiced_consonants(kana.translate(_TO_LATIN))
            first = not any(voiced_consonants(x)[:1] == kv[:1] for x in kana_spellings(word))
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {word.capitalize()}")]
            yield ctx.flag(s, e, f"“{kana}” is no katakana reading of the source's “{word.capitalize()}”: "
                                 f"a plain stop written voiced", evidence=ev,
                           severity=_severity_cap(ctx, Severity.MINOR if first else Severity.MAJOR))


def _katakana_liquid_slips(ctx: CheckContext) -> Iterator[Finding]:
    """N001 out of a Latin-script language into Japanese: a name written in katakana word
    by word (ジェーン・ギモア) that reads as a source name of its sentence, one word
    with the kana of an l or of an r before a vowel left out inside it (ギモア for
    Gilmore, ギルモア: ``kana_liquid_slips``), or of an s before a consonant (カミンキー for
    Kaminski, カミンスキー); major, as katakana writes every such consonant (not an l
    English leaves unsaid, Walker ~ ウォーカー, nor a doubled one)."""
    for src, tgt in _katakana_beads(ctx):
        for a, b, word in kana_liquid_slips(src.text, tgt.text):
            s, e = tgt.span(a, b)
            if _in_furniture(ctx, s, e):
                continue
            kana = tgt.text[a:b]
            ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {word.capitalize()}")]
            yield ctx.flag(s, e, f"“{kana}” is no katakana reading of the source's “{word.capitalize()}”: "
                                 f"the kana of its l, r or s is left out", evidence=ev,
                           severity=_severity_cap(ctx, Severity.MAJOR))


# a capitalised Ukrainian word with і after a vowel (a hyphen, apostrophe or word start
# ends a piece: Буенос-Айрес is two)
_UK_VOWEL_I = re.compile(r"(?<![\w'’ʼ-])[А-ЯЄІЇҐ][а-яєіїґ'’ʼ]*[аеєиоуюя]і[а-яєіїґ'’ʼ]*(?![\w-])")
_UK_SENTENCE_END = re.compile(r"(?:^|[.!?…:;«»„(\"“”]\s*|\n)\s*$")


# the particles that open a surname (Di Stefano, Van Dijk, Dos Santos), each a part of
# the name a translation copies as written; not the articles (Le, La, El, Al), which
# some languages translate or transliterate their own way (El-Sisi ~ al-Sisi)
_SURNAME_PARTICLES = frozenset("""da dal dalla dalle dallo de del della delle dello dei degli di
do dos das du des van von vom der den ter ten zu zur""".split())
_PARTICLE_NAME = re.compile(r"([A-Z](?<![^\W\d_].)[a-z]{1,4})(?=[ \u00a0]+([A-Z][^\W\d_]{2,})(?![^\W\d_]))")  # (see _CAP_WORD)
_PARTICLE_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _particle_slips(ctx: CheckContext) -> Iterator[Finding]:
    """N001 in a Latin-script pair: a surname the translation's sentence writes after
    another capitalised particle than the source's sentence does (Lucia Da Ponte ~
    "Lucia De Ponte", Pieter Van Gorp ~ "Pieter Von Gorp"): the particle is part of the
    name, copied as written; one changed makes another family's name.  Both particles
    capitalised inside a sentence (a lower-case de, di is a preposition of the sentence;
    a sentence's first word may be an article: De Waterschap ~ Der Waterschap), the source's
    pairing nowhere in the translation's sentence, the translation's nowhere in the
    source's."""
    if ctx.source is None or not ctx.versions:
        return
    sl, tl = _langs(ctx)
    if sl is None or tl is None or norm_lang(sl) == norm_lang(tl) \
            or not _mostly_latin(ctx.source.text) or not _mostly_latin(ctx.target.text):
        return
    if not any(m.group(1).casefold() in _SURNAME_PARTICLES for m in _PARTICLE_NAME.finditer(ctx.target.text)):
        return
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        # (not a sentence's first word, where an article is capitalised: De Waterschap ~ Der Waterschap)
        spairs = {(m.group(1).casefold(), fold(m.group(2))) for m in _PARTICLE_NAME.finditer(src.text)
                  if m.group(1).casefold() in _SURNAME_PARTICLES and not _sentence_initial(src.text, m.start())}
        if not spairs:
            continue
        tms = [m for m in _PARTICLE_NAME.finditer(tgt.text) if m.group(1).casefold() in _SURNAME_PARTICLES
               and not _sentence_initial(tgt.text, m.start())]
        tpairs = {(m.group(1).casefold(), fold(m.group(2))) for m in tms}
        for m in tms:
            part, sur = m.group(1).casefold(), fold(m.group(2))
            if (part, sur) in spairs or sur in _SURNAME_PARTICLES:
                continue
            b = _PARTICLE_WORD_BEFORE.search(tgt.text, max(0, m.start() - 40), m.start())
            if b is not None and b.group(1)[:1].isupper() and b.group(1).casefold() not in _given_names() \
                    and zipf(b.group(1).casefold(), tl) >= 3.5:
                continue  # (a common word's capital before it, a title's: Museo Del Prado,
                # the particle a preposition of the name, which a translation may render)
            other = [q for q, n in spairs if n == sur and q != part and (q, n) not in tpairs]
            if len(other) != 1:
                continue
            right = next(x.group(1) for x in _PARTICLE_NAME.finditer(src.text)
                         if x.group(1).casefold() == other[0] and fold(x.group(2)) == sur)
            end = m.end() + len(tgt.text[m.end():]) - len(tgt.text[m.end():].lstrip()) + len(m.group(2))
            s, e = tgt.span(m.start(), end)
            if _in_furniture(ctx, s, e):
                continue
            fixed = f"{right} {m.group(2)}"
            yield ctx.flag(s, e, f"“{m.group(1)} {m.group(2)}” has the particle “{m.group(1)}” where the source's "
                                 f"name has “{right}” (“{fixed}”)",
                           suggestion=fixed, severity=_severity_cap(ctx, Severity.MAJOR))


def _uk_vowel_i_slips(ctx: CheckContext) -> Iterator[Finding]:
    """N001 into Ukrainian: a name written with і after a vowel (Раіса, Каір, Руіс for
    Ruiz), where Ukrainian spelling writes ї (Раїса, Каїр, Руїс): the ї spelling is a Zipf
    half-step commoner in the language's texts, or, inside a sentence, neither spelling is
    used and the vowel is neither the o of a compound's seam (Новоіванівка, Староігнатівка)
    nor a у that may stand for an English w (Гуінед for Gwynedd: writers vary)."""
    if _langs(ctx)[1] != "uk" or _langs(ctx)[0] in ("uk", None):
        return
    text = ctx.target.text
    for m in _UK_VOWEL_I.finditer(text):
        w = m.group(0)
        if w.isupper():
            continue
        low = w.lower()
        fixed = re.sub(r"(?<=[аеєиоуюя])і", "ї", low)
        v, vj = zipf(low, "uk"), zipf(fixed, "uk")
        unknown = v < 1.5 and vj < 1.5 and re.search(r"[аеєиюя]і", low) is not None \
            and not _UK_SENTENCE_END.search(text[max(0, m.start() - 4):m.start()])
        if not (vj >= v + 0.5 or unknown):
            continue
        if ctx.source is not None and w in ctx.source.text:
            continue
        s, e = m.span()
        if _in_furniture(ctx, s, e):
            continue
        right = fixed[:1].upper() + fixed[1:]
        yield ctx.flag(s, e, f"“{w}” writes і after a vowel, where Ukrainian spelling has ї (“{right}”)",
                       suggestion=right, severity=_severity_cap(ctx, Severity.MAJOR))


def _hangul_spelling(ctx: CheckContext, a: str, b: str) -> str | None:
    """Of two folded spellings ``a`` and ``b`` of one name in a translation from Korean,
    the one that is the Revised Romanization of a Hangul word of the source (Haeundae ~
    해운대해수욕장) when the other is not (Haeundea); else None."""
    if ctx.source is None or not _HANGUL_SYLLABLES.search(ctx.source.text) or min(len(a), len(b)) < 5:
        return None
    roman = ctx.cached("names.hangul_rr", lambda: " ".join(_rr(r) for r in _HANGUL_SYLLABLES.findall(ctx.source.text)))
    ina, inb = a in roman, b in roman
    return (a if ina else b) if ina != inb else None


# a capitalised word right before a name word (a given name or a title), a blank between
_GIVEN_SLOT_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*\.?)[ \u00a0]$")


def _introduced_in_full(ctx: CheckContext, tinv: Inventory, first: str, later: str, tl: str | None) -> bool:
    """Of two spellings of one source word written as often (``_one_source_word``), is
    ``first`` written at its every mention after a given name (Dr Amina Rashed: a listed
    given name or a capitalised word that reads back as a word of the source, no title),
    ``later`` at its every mention after none (Dr Rasheed, … said Rasheed)?  The person
    introduced in full, then called by the surname spelled otherwise: the later spelling
    is the slip."""
    titles = _person_titles().get(tl or "", ())
    text = ctx.target.text
    pieces = _caseless_words(ctx.source.text) if ctx.source is not None else frozenset()

    def befores(f: str) -> list[str]:
        out = []
        for form in tinv.raw.get(f, {tinv.forms[f]}):
            for m in re.finditer(r"(?<![\w'’-])" + re.escape(form) + r"(?![\w'’-])", text):
                p = _GIVEN_SLOT_BEFORE.search(text, max(0, m.start() - 40), m.start())
                out.append(p.group(1) if p is not None else "")
        return out

    def given(w: str) -> bool:
        f = fold(w.rstrip("."))
        return bool(w) and w[0].isupper() and not w.endswith(".") and f not in titles \
            and not re.fullmatch(_HONORIFIC, w) and (f in _given_names() or any(
                present_in_other_script(w, q) for q in pieces))
    fb, lb = befores(first), befores(later)
    return bool(fb) and bool(lb) and all(given(w) for w in fb) and not any(given(w) for w in lb)


def _one_source_word(ctx: CheckContext, tinv: Inventory, a: str, b: str, sl: str | None) -> bool:
    """Are name words ``a`` and ``b`` of a Latin translation, one letter apart, the one
    word of a source in another script (Hebrew, Arabic …)?  The source
    side of every sentence that writes either has a word of that script, no common one, (a joined
    prefix aside) as many times as the translation writes the two: one name, spelled
    two ways."""
    if ctx.source is None or _levenshtein(a, b) != 1 or min(len(a), len(b)) < 5 \
            or not _mostly_latin(ctx.target.text) or not _OTHER_SCRIPT.search(ctx.source.text):
        return False
    text = ctx.target.text
    beads: dict[int, str] = {}
    mentions = 0
    for f in (a, b):
        for form in tinv.raw.get(f, {tinv.forms[f]}):
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                mentions += 1
                seg = ctx.target.segment_at(m.start())
                bv = ctx.bead_of_target(seg.index) if seg is not None else None
                texts = _bead_texts(bv) if bv is not None else None
                if texts is None:
                    return False
                beads[id(bv)] = texts[0].text
    if mentions < 2:
        return False
    counts: list[Counter] = []
    for src in beads.values():
        c: Counter = Counter()
        for w in _SCRIPT_WORD.findall(src):
            if not _OTHER_SCRIPT.match(w) or len(w) < 3:
                continue
            keys = {w}
            if w[0] in _JOINED_PREFIX and len(w) >= 4:
                keys.add(w[1:])
            for k in keys:
                c[k] += 1
        counts.append(c)
    shared = set.intersection(*(set(c) for c in counts))
    # (not a Cyrillic, Greek or Devanagari word: there each spelling is judged against
    # the transliteration systems, and two that both follow one are not judged)
    return any(sum(c[w] for c in counts) >= mentions and zipf(w, sl) < 4.0 and _renderings(w) is None
               for w in shared)


@lru_cache(maxsize=4096)
def _pinyin_splits(w: str) -> tuple[tuple[str, ...], ...]:
    """Every way to write folded ``w`` as Pinyin syllables (a few at most: xian ~ xi-an)."""
    if not w:
        return ((),)
    syl = _pinyin_syllables()
    out = []
    for k in range(min(len(w), 6), 0, -1):
        if w[:k] in syl:
            out += [(w[:k],) + rest for rest in _pinyin_splits(w[k:])]
    return tuple(out[:8])


def _other_pinyin_syllable(a: str, b: str) -> bool:
    """Are folded ``a`` and ``b`` Pinyin names that differ in one whole syllable by two
    letters or more (Wu-han ~ Wu-chang: 武汉, 武昌)?  Each is a name of its own, of
    another character; a slip changes a letter, not a syllable (Lifeng ~ Lifang is
    still judged)."""
    for sa in _pinyin_splits(a):
        for sb in _pinyin_splits(b):
            if len(sa) != len(sb) or len(sa) < 2:
                continue
            diff = [(x, y) for x, y in zip(sa, sb) if x != y]
            if len(diff) == 1 and _levenshtein(*diff[0]) >= 2:
                return True
    return False


def _one_rendered_word(ctx: CheckContext, a: str, b: str) -> bool:
    """Are folded ``a`` and ``b`` (six letters or more, one letter apart, not in their
    last two, where a case ending may differ) each a whole rendering of one and the
    same Cyrillic, Greek or Devanagari name word of the source, by the letters some
    transliteration system gives (Παπαθανασίου ~ Papathanasiou, Papathanassiou)?  Either is a
    right spelling, but a translation writes one name one way: the two are a slip."""
    if ctx.source is None or min(len(a), len(b)) < 6 or a[-2:] != b[-2:] or _levenshtein(a, b) != 1 \
            or not a.isascii() or not b.isascii():
        return False
    words = ctx.cached("names.rendered_source_words", lambda: [
        w for w in dict.fromkeys(_SCRIPT_WORD.findall(ctx.source.text))
        if _OTHER_SCRIPT.match(w) and not w[0].islower() and len(w) >= 4])
    for w in words:
        units = _renderings(w)
        if units is None or len(units) < 4:
            continue
        if _render_cost(a, units, 0)[0] == 0 and _render_cost(b, units, 0)[0] == 0:
            return True
    return False


_GREEK_VOWELS = frozenset("αεηιουω")


def _one_transcribed_word(ctx: CheckContext, tinv: Inventory, a: str, b: str, tl: str | None) -> bool:
    """In a Greek translation of a Latin-script source: are folded ``a`` and ``b`` (six
    letters or more, as long) one vowel apart, both transcriptions of one capitalised
    source word (``present_in_other_script``) that the source writes at two mentions or
    more, neither ending in a vowel, s or n, where a Greek case ending goes (Λάνγκφορντ …
    Λάνγκφαρντ for Langford)?  One name written two ways: a slip in one of them."""
    if tl != "el" or ctx.source is None or len(a) != len(b) or len(a) < 6 \
            or not _mostly_latin(ctx.source.text):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1 or diff[0][0] not in _GREEK_VOWELS or diff[0][1] not in _GREEK_VOWELS \
            or a[-1] in _GREEK_VOWELS or a[-1] in "σςν" or a[-1] != b[-1]:
        return False
    fa, fb = tinv.forms[a], tinv.forms[b]
    for w in dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", ctx.source.text)):
        if len(re.findall(rf"\b{w}\b", ctx.source.text)) >= 2 and present_in_other_script(w, fa) \
                and present_in_other_script(w, fb):
            return True
    return False


def _transposed_slip(a: str, b: str) -> bool:
    """Are folded ``a`` and ``b`` (six letters or more) one name with two neighbouring
    letters swapped (lifeng ~ lifneg), the first letter kept: one transposition apart,
    two edits by Levenshtein?  Two people's names differ otherwise (Jansen ~ Janssen,
    Petersen ~ Pedersen)."""
    return len(a) == len(b) >= 6 and a[0] == b[0] and _osa(a, b) == 1 and _levenshtein(a, b) == 2


def _known_transposition(a: str, b: str, tl: str | None) -> str | None:
    """Of folded ``a`` and ``b`` (five letters or more) one name with two neighbouring
    letters swapped, the first kept, the one the target language's texts use (Zipf 1.5 or
    more) when they never use the other: e.g. Hanoi ~ Hanio.  None otherwise."""
    if not (len(a) == len(b) >= 5 and a[0] == b[0] and _osa(a, b) == 1 and _levenshtein(a, b) == 2):
        return None
    za, zb = zipf(a, tl), zipf(b, tl)
    if za >= 1.5 and zb == 0.0:
        return a
    if zb >= 1.5 and za == 0.0:
        return b
    return None


_PARTICLE = re.compile(r"\s[a-zà-ÿ]{1,3}\s")
_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][^\W\d_]+\s+(?:[a-zà-ÿ]{1,3}\s+){0,2}){1,2}$")


def _in_kept_name(ctx: CheckContext, form: str) -> bool:
    """Is every mention of ``form`` in the translation the last word of a longer place
    name written the same in the source, its words joined by a particle or two (Foz do
    Iguaçu, Santiago de Compostela, a foundation "de Serralves e do Porto")?"""
    text, src = ctx.target.text, ctx.source.text
    hits = list(re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text))
    if not hits:
        return False
    for m in hits:
        b = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if b is None:
            return False
        # (the name may start at any capitalised word of the run: Tourism in Foz do)
        run = b.group()
        starts = [b.start() + k for k, c in enumerate(run) if c.isupper() and (k == 0 or run[k - 1].isspace())]
        # (joined by a particle, as places are: Foz do Iguaçu; a person's given name and
        # surname, Rachel Ruysch, is the person's one name, whose slips N002 reports)
        if not any(text[k:m.end()] in src and _PARTICLE.search(text, k, m.start()) for k in starts):
            return False
    return True


def _case_of(f: str, c: str, lang: str | None = None) -> bool:
    """Is folded ``f`` folded ``c`` with another case ending: one stem of four letters or
    more, at most two letters after it in ``f`` and three in ``c`` (Tomášovce ~
    Tomášovcami, Pühajärv ~ Pühajärve)?  Not ``c`` with its stem's last consonant doubled
    before the same ending (Radola ~ Radolla): no case ending does that, a typo does; nor,
    out of a language without consonant gradation (``lang``), ``c``'s doubled consonant
    written once before the same ending (Bergmannová ~ Bergmanová)."""
    k = common_prefix(f, c)
    if len(f) == len(c) + 1 and 0 < k < len(f) and f[k] == f[k - 1] and f[k] not in _VOWELS \
            and f[k + 1:] == c[k:]:
        return False
    if lang is not None and lang not in _GRADATION_LANGS and len(c) == len(f) + 1 and 0 < k < len(c) \
            and c[k] == c[k - 1] and c[k] not in _VOWELS and c[k + 1:] == f[k:]:
        return False
    return k >= 4 and k < max(len(f), len(c)) and len(f) - k <= 2 and len(c) - k <= 3


# languages whose case forms write a doubled consonant of the stem once (consonant
# gradation: Finnish Kitti ~ Kitin, Estonian Sepp ~ Sepa)
_GRADATION_LANGS = frozenset({"fi", "et", "se", "smn", "sms", "sma", "smj"})

# the languages whose nouns in -s take a consonant before the case endings, and that
# consonant: Finnish yhdistys ~ yhdistyksen, rakennus ~ rakennuksessa
_S_STEM_CONSONANT = {"fi": "k"}


def _consonant_stem_case(f: str, c: str, lang: str | None) -> bool:
    """Is one of folded ``f`` and ``c`` a nominative in -s of ``lang`` and the other a
    case of it, the s turned into the stem's consonant and s before an ending of up to
    four letters (Lammasyhdistys ~ Lammasyhdistyksen)?  The stem of six letters or more."""
    k = _S_STEM_CONSONANT.get(lang or "")
    if k is None:
        return False
    for a, b in ((f, c), (c, f)):
        if a.endswith("s") and len(a) >= 7 and b.startswith(a[:-1] + k + "s") \
                and len(b) - len(a) <= 5:
            return True
    return False


# the Slavic languages whose nouns drop a vowel of their last syllable in every case but
# the nominative (Slovene Brezovelj ~ Brezovlja, Croatian Karlovac ~ Karlovca, Polish
# Grodziec ~ Grodźca, Czech Kolínec ~ Kolínce): the vowels, folded
# (the fleeting vowels: _text._FLEETING_VOWELS, which the name look-ups share)


def _fleeting_vowel(f: str, c: str, sl: str | None) -> bool:
    """Is folded ``f`` the nominative of the source's folded ``c``, a case form that drops
    the fleeting vowel of the nominative's last syllable (Brezovelj ~ Brezovlja, Karlovac ~
    Karlovca, Grodziec ~ Grodźca)?  The vowel stands before the last consonant or two of
    ``f``; without it ``f`` is ``c``'s stem of four letters or more, ``c`` adding a case
    ending of one to three letters."""
    for v in _FLEETING_VOWELS.get(sl or "", ()):
        for tail in (1, 2):
            i = len(f) - tail - len(v)
            if i < 3 or f[i:i + len(v)] != v or any(ch in _VOWELS for ch in f[i + len(v):]):
                continue
            stem = f[:i] + f[i + len(v):]
            if len(stem) >= 4 and c.startswith(stem) and 1 <= len(c) - len(stem) <= 3:
                return True
    return False


_DE_ADJ_END = re.compile(r"(?:e|en|em|er|es)$")
_VOWEL_END = "aeiouyáéíóúýàèìòùäëïöü"


def _agreement_forms(a: str, b: str, sl: str | None, tl: str | None) -> bool:
    """Are folded ``a`` and ``b`` one adjective of a name in two agreeing forms: German
    endings on one stem (Slowakisches Paradies / im Slowakischen Paradies), or, in a
    language that inflects by its last vowel (or a name kept from one), two vowel endings
    of one stem (Spišská Nová Ves / Spišské Tomášovce: two towns, one adjective)?"""
    if tl == "de":
        ma, mb = _DE_ADJ_END.search(a), _DE_ADJ_END.search(b)
        if ma and mb and a[:ma.start()] == b[:mb.start()] and ma.start() >= 5:
            return True
    if (sl in _ENDING_LANGS or tl in _ENDING_LANGS) and len(a) == len(b) >= 5 and a[:-1] == b[:-1] \
            and a[-1] in _VOWEL_END and b[-1] in _VOWEL_END and {a[-1], b[-1]} != {"i", "y"}:
        return True  # (not i for y: Grabowski ~ "Grabowsky" is a slip)
    return False


# the case endings (folded: й is и, accents dropped) a name takes in a target language
# that declines names in its own script; "" is the nominative of a stem ending in a
# consonant (Берлин ~ Берлина, Берлином; Πειραιάς ~ Πειραιά; Μαδρίτη ~ Μαδρίτης)
_SCRIPT_CASE_ENDINGS = {
    "ru": ("", "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "ои", "еи", "ом", "ем", "ою", "ею", "ью",
           "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев", "ии", "ия", "ию", "ие", "иеи", "иеи"),
    "uk": ("", "а", "я", "и", "і", "у", "ю", "е", "є", "о", "ь", "ои", "еи", "ом", "ем", "ою", "ею", "ью",
           "ам", "ям", "ах", "ях", "ами", "ями", "ів", "ії", "ія", "ію"),
    "be": ("", "а", "я", "ы", "і", "у", "ю", "е", "о", "ь", "аи", "ои", "ом", "ам", "ям", "ах", "ях"),
    "sr": ("", "а", "е", "и", "у", "о", "ом", "ем", "ама", "има"),
    "el": ("", "ς", "α", "ας", "η", "ης", "ο", "ος", "ου", "ων", "ες", "οι", "ι", "ιου", "ια", "ιας"),
}


# the Slavic languages in Latin letters decline a foreign name too, by endings that replace
# its last vowel or follow its last consonant (Czech Dunvara ~ do Dunvary, Dublin ~
# v Dublinu; Polish Malaga ~ w Maladze is a stem change, not judged); the South Slavic ones
# and Slovene join an -ia name's endings with j (Croatian Victoria ~ Victorija, u
# Victoriji; Slovene Kalifornija ~ v Kaliforniji)
_WEST_SLAVIC_ENDINGS = frozenset({"", "a", "e", "i", "o", "u", "y", "ou", "em", "om", "ovi", "um", "ach",
                                  "ami", "ech", "ich", "im", "ym", "ie", "iu", "ow", "ego", "emu", "ej"})
_SOUTH_SLAVIC_ENDINGS = frozenset({"", "a", "e", "i", "o", "u", "om", "em", "ima", "ama", "ih", "im",
                                   "ja", "je", "ji", "jo", "ju", "jom", "jem", "jama", "jah"})
# the case endings (folded) a name takes in a target language that declines names in Latin
# letters by suffixes: Finnish (after a consonant with a linking i: Brestin,
# Brestissä, Brestiin), Estonian, Hungarian (its adjective -i too: Szegedi), and the Slavic ones above
_LATIN_CASE_ENDINGS = {
    "fi": frozenset({"", "n", "a", "ta", "tta", "ssa", "sta", "lla", "lta", "lle", "na", "ksi",
                     "an", "en", "in", "on", "un", "yn", "han", "hin", "seen", "ne", "t",
                     "ia", "issa", "ista", "iin", "illa", "ilta", "ille", "ina", "iksi", "itta",
                     "ineen", "ja", "iden", "ihin"}),
    "et": frozenset({"", "i", "a", "e", "u", "s", "st", "sse", "l", "lt", "le", "ks", "ni", "na", "ta", "ga",
                     "d", "t", "is", "ist", "isse", "il", "ilt", "ile", "iks", "ini", "ina", "ita", "iga"}),
    "hu": frozenset({"", "i", "t", "ot", "et", "at", "on", "en", "ban", "ben", "ba", "be", "bol", "rol",
                     "tol", "ra", "re", "hoz", "hez", "nak", "nek", "nal", "nel", "val", "vel", "ig",
                     "ert", "kent", "ul"}),
    "cs": _WEST_SLAVIC_ENDINGS, "sk": _WEST_SLAVIC_ENDINGS, "pl": _WEST_SLAVIC_ENDINGS,
    "hr": _SOUTH_SLAVIC_ENDINGS, "sr": _SOUTH_SLAVIC_ENDINGS, "bs": _SOUTH_SLAVIC_ENDINGS,
    "sl": _SOUTH_SLAVIC_ENDINGS,
}


def _case_forms(a: str, b: str, tl: str | None) -> bool:
    """Are folded ``a`` and ``b`` one name in two cases of a target language that declines
    names: one stem and a case ending after it on each side, in Cyrillic or Greek letters
    (stem of four letters or more: Манитоба ~ Манитобы ~ Манитобе, Λαύριο ~ Λαυρίου) or by
    Latin-letter suffixes (five or more: Finnish Brestin ~ Brestissä, Hungarian Szegeden ~
    Szegedre, Croatian Victorija ~ Victoriji, Czech Dunvara ~ Dunvary)?  Two spellings of one name differ inside the stem (Манитоба ~ Монитоба)."""
    ends, least = _SCRIPT_CASE_ENDINGS.get(tl or ""), 4
    if ends is not None:
        if a.isascii() or b.isascii():
            return False
    else:
        ends, least = _LATIN_CASE_ENDINGS.get(tl or ""), 5
        if ends is None:
            return False
    k = common_prefix(a, b)
    if least == 5 and k == 4 and len(a) == len(b) == 5 and a[4] in ends and b[4] in ends:
        return True  # a name of five letters, its last vowel the case's (Croatian Menlo ~
        # kod Menla, Marko ~ Marka)
    return any(k - j >= least and a[k - j:] in ends and b[k - j:] in ends for j in (0, 1, 2))


# the suffix (with its endings) that makes an adjective of a place name, per language:
# German/Dutch galicisch(en), Swedish/Danish/Norwegian galicisk(a)
_PLACE_ADJ_SUFFIX = {
    "de": re.compile(r"isch(?:e[nrsm]?)?$"), "nl": re.compile(r"isch(?:e)?$"),
    "sv": re.compile(r"isk(?:a|t)?$"), "da": re.compile(r"isk(?:e)?$"), "nb": re.compile(r"isk(?:e)?$"),
}


def _place_and_adjective(a: str, b: str, tl: str | None) -> bool:
    """Is one of folded ``a``, ``b`` the adjective the target language makes of the other,
    a place (German Galicien ~ galicischen, Swedish Galicien ~ galiciska): the
    adjective's stem, five letters or more, starts the place, whose rest is a short ending
    (-ien, -ia, -en, -a)?  An adjective, not a second spelling of the name."""
    rx = _PLACE_ADJ_SUFFIX.get(tl or "")
    if rx is None:
        return False
    for x, y in ((a, b), (b, a)):
        m = rx.search(x, 5)
        if m and not rx.search(y, 5):
            st = x[:m.start()]
            if len(st) >= 5 and y.startswith(st) and len(y) - len(st) <= 3:
                return True
    return False


# a Slavic place adjective, folded and in any romanisation: its suffix (-sk-, after the
# stem's last consonant softened: Melnik ~ melnishki, Zagreb ~ zagrebacki) and ending
_SLAVIC_ADJ_ROMAN = re.compile(r"(?:a|e|i)?(?:s|sh|ch|c|z|zh|ts)k(?:i|a|o|e|u|y|ih|ij|iy|ii|ogo|ega|oga"
                               r"|aya|aja|oye|oje|oj|om|ite|ata|oto|iot|iya|iyat|ija|ijat)$")


def _slavic_place_adjective(a: str, b: str, sl: str | None, tl: str | None) -> bool:
    """Is one of folded ``a``, ``b`` a Slavic adjective made from the other, a place, as
    a translation keeps it inside a name (Melnik ~ Melnishki Rid, Ohrid ~ Ohridski Biser,
    Struma ~ Strumska): the place opens with the adjective's stem (four letters or more)
    and is at most two letters longer, the adjective two or more longer than the place (not
    Nowicki ~ Nowiki, a letter dropped)?  An adjective, not a second spelling of the place."""
    if sl not in _SLAVIC_LANGS and tl not in _SLAVIC_LANGS:
        return False
    for x, y in ((a, b), (b, a)):
        for m in _SLAVIC_ADJ_ROMAN.finditer(x, 4):
            st = x[:m.start()]
            if len(st) >= 4 and y.startswith(st) and len(y) - len(st) <= 2 and len(x) - len(y) >= 2:
                return True
        # a place whose stem ends in c keeps it (as č, folded c) before the adjective's -k-
        # (Serbian, Croatian: Vinice ~ Vinički, Subotac ~ Subotački): the place without its
        # last vowel, four letters or more, then k and an adjective ending
        base = y[:-1] if y[-1:] in "aeiou" else y
        if len(base) >= 4 and base[-1] == "c" and x.startswith(base) \
                and _SLAVIC_C_ADJ_TAIL.fullmatch(x, len(base)):
            return True
    return False


_SLAVIC_C_ADJ_TAIL = re.compile(r"k(?:i|a|o|e|u|ih|im|ima|og|oga|om|omu|oj|ega|emu|em|iy|ij|aya|aja)")


def _slavic_ka_adjective(a: str, b: str, sl: str | None, tl: str | None) -> bool:
    """Is one of folded ``a``, ``b`` the Slavic adjective of the other, a place in -ka or
    -ko whose k the adjective's -sk- takes over (Kamtschatka ~ Kamtschatski as in
    Petropawlowsk-Kamtschatski, Kamchatka ~ Kamchatsky, Slovenska ~ Slovensko are no
    case): the place is the stem (five letters or more) and k with -a or -o, the adjective
    the stem and s, k and an adjective ending?  Not Nowicki ~ Nowiki (the shorter one is no
    -ka place)."""
    if sl not in _SLAVIC_LANGS and tl not in _SLAVIC_LANGS:
        return False
    for x, y in ((a, b), (b, a)):
        if len(y) < 7 or y[-2:] not in ("ka", "ko"):
            continue
        st = y[:-2]
        if x.startswith(st) and re.fullmatch(r"(?:s|sh)k(?:i|ij|iy|ii|y|ogo|ego|om|oj|aja|aya|iye|oye|oe)",
                                             x[len(st):]):
            return True
    return False


_DE_PLACE_ADJ = re.compile(r"er(?:e|en|em|er|es|s)?$")


def _de_place_forms(a: str, b: str, tl: str | None) -> bool:
    """In German, are folded ``a``, ``b`` forms of one place: its genitive in -s and its
    adjective in -er (Breslaus ~ Breslauer, Wiens ~ Wiener Straße), or the place and its
    -er adjective (Breslau ~ Breslauer)?  The stem (five letters or more) is the same on
    both sides; the adjective is never a second spelling of the place."""
    if tl != "de":
        return False
    for x, y in ((a, b), (b, a)):
        m = _DE_PLACE_ADJ.search(x)
        if m is None:
            continue
        st = x[:m.start()]
        if len(st) >= 5 and y in (st, st + "s", st + "a") and not st.endswith("er"):
            return True  # (a place in -a drops it before -er: Kachowka ~ Kachowker)
    return False


# a Slavic adjective's ending in Latin letters after its -sk-, by gender (a name's
# masculine, feminine and neuter forms: Kubansky, Kubanskaya, Kubanskoye), and the
# oblique forms a translation keeps in a name (Kubanskogo)
_SLAVIC_SK_ENDING = re.compile(r"(?:s|sh|ts|c|z|zh|ch)k(iy|ii|ij|yi|yy|yj|y|i|aya|aja|aia|a|oye|oje|oe|o|"
                               r"ogo|oy|oi|oj|om|ikh|ykh)$")
_SLAVIC_SK_GENDER = {**dict.fromkeys(("iy", "ii", "ij", "yi", "yy", "yj", "y", "i", "oy", "oi", "oj"), "m"),
                     **dict.fromkeys(("aya", "aja", "aia", "a"), "f"),
                     **dict.fromkeys(("oye", "oje", "oe", "o"), "n"),
                     **dict.fromkeys(("ogo", "om", "ikh", "ykh"), "x")}


def _slavic_adjective_genders(a: str, b: str, sl: str | None, tl: str | None) -> bool:
    """Are folded ``a``, ``b`` one Slavic adjective in Latin letters, one stem (four
    letters or more) and its -sk- with the endings of two genders or cases (Kubansky ~
    Kubanskaya ~ Kubanskoye, a cheese, a dairy and a village named after one place;
    Kowalski ~ Kowalska, husband and wife)?  Two words, not one spelled two ways; an ending
    of the same gender written two ways (Kowalski ~ Kowalsky) still is."""
    if sl not in _SLAVIC_LANGS and tl not in _SLAVIC_LANGS:
        return False
    ma, mb = _SLAVIC_SK_ENDING.search(a), _SLAVIC_SK_ENDING.search(b)
    if ma is None or mb is None or ma.start() < 4 or a[:ma.start()] != b[:mb.start()]:
        return False
    return _SLAVIC_SK_GENDER[ma.group(1)] != _SLAVIC_SK_GENDER[mb.group(1)]


def _acronym_tailed(form: str) -> bool:
    """Is ``form`` a word that ends in an acronym joined to a lower-case name (KamtschatNIRO,
    SachalinNIRO, GazpromNeft is not: one capital)?  A body named after a place."""
    return re.search(r"[^\W\d_][a-zà-ÿ]{2,}[A-ZÀ-Þ]{2,}$", form) is not None


# what a bracket holds, and the word right before it: "Kangchenjunga (Kangchendzönga)",
# "Mykolaiv [Mykolajiw]" (the bracket is found first and the word looked for in the 80
# characters before it: a word pattern tried at every position of a long token is quadratic)
_GLOSS_RE = re.compile(r"[(\[]\s*([^()\[\]\n]{1,80}?)\s*[)\]]")
_GLOSS_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s*$")
_GLOSS_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# the last n capitalised words before a bracket, a space between each (n = 2 … 4)
_GLOSS_RUN = {n: re.compile(r"(?<![\w'’-])((?:[^\W\d_a-z][\w'’-]*[ \u00a0]+){%d}[^\W\d_a-z][\w'’-]*)\s*$" % (n - 1))
              for n in (2, 3, 4)}


def _glosses(ctx: CheckContext) -> frozenset[tuple[str, str]]:
    """Folded word pairs the translation gives side by side, one in brackets after the
    other (both orders): a translator who writes "Kangchenjunga (Kangchendzönga)" knows
    both spellings and shows them on purpose, so neither is a slip of the other."""
    def build() -> frozenset[tuple[str, str]]:
        text = ctx.target.text
        if "(" not in text and "[" not in text:
            return frozenset()
        out: set[tuple[str, str]] = set()
        for m in _GLOSS_RE.finditer(text):
            before = _GLOSS_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if before is None:
                continue
            a = fold(before.group(1))
            inside = _GLOSS_WORD.findall(m.group(1))
            for w in inside:
                b = fold(w)
                out.add((a, b))
                out.add((b, a))
            # a name of several words glossed by the source's spelling word for word
            # (Latvian “Jānis Kalniņš (John Kellins)” style, each word respelt): each
            # word with its own
            if 2 <= len(inside) <= 4 and all(w[:1].isupper() for w in inside):
                run = _GLOSS_RUN[len(inside)].search(text, max(0, m.start() - 120), m.start())
                if run is not None and all(x[:1].isupper() for x in run.group(1).split()):
                    for x, w in zip(run.group(1).split(), inside):
                        out.add((fold(x), fold(w)))
                        out.add((fold(w), fold(x)))
        return frozenset(out)
    return ctx.cached("names.glosses", build)


def _exonym_mix(ctx: CheckContext, pairs: list[tuple[str, str]], tinv, tl: str | None,
                sl: str | None) -> Iterator[Finding]:
    """A place written in the target's form and in the source's within one translation
    (Hanover 2×, Hannover 1×): the versions back both forms, so the main loop leaves the
    pair alone; the lexicon says they are one place, so the rarer form is flagged, minor."""
    src = ctx.cached("names.exo_mix_source", lambda: {fold(w) for w in re.findall(r"[^\W\d_]+", ctx.source.text)}
                     if ctx.source is not None else set())
    for a, b in pairs:
        if common_prefix(a, b) >= min(len(a), len(b)) - 2:
            continue  # forms that differ in their ending only: inflections, a people or an
            # adjective of the place (Israels ~ Israelis, Asien ~ Asian, Amerika ~ America)
        ca, cb = exonym_classes(a), exonym_classes(b)
        if not (ca and ca == cb) or _swapped_neighbours(a, b, src):
            continue
        if tinv.counts[a] == tinv.counts[b]:
            # no majority: the form copied from the source is the odd one in a translation
            # that has its own (Hanover … Hannover ~ Hannover … Hannover)
            if (a in src) == (b in src):
                continue
            if a in src:
                a, b = b, a
        ev = [ctx.evidence(ctx.target, text=_snippet(ctx.target, tinv.where[a]),
                           note=f"the translation writes {tinv.forms[a]} {tinv.counts[a]}× and "
                                f"{tinv.forms[b]} {tinv.counts[b]}×: one place")]
        assert ctx.rule is not None
        minor = min(ctx.severities.get(ctx.rule.code, ctx.rule.severity), Severity.MINOR)
        # (only where the form names the place alone: Team Danmark is a club's name)
        yield from _flag_all(ctx, b, tinv.forms[b], tinv.forms[a], ev, tl, sl, minor, alone=True)


def _swapped_neighbours(a: str, b: str, src: set[str]) -> bool:
    """Are folded ``a`` and ``b`` (five letters or more) one place with two neighbouring
    letters swapped, the first kept, neither form copied from the source (Delhi … Dehli
    in a translation from Hindi)?  Exonyms differ otherwise (Hanover ~ Hannover); a swap
    is a slip, judged by N002's main loop at its own severity, not the exonym mix's."""
    return (len(a) == len(b) >= 5 and a[0] == b[0] and _osa(a, b) == 1
            and _levenshtein(a, b) == 2 and a not in src and b not in src)


_CAP_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*[ \u00a0]$")
_CAP_AFTER = re.compile(r"[ \u00a0][^\W\d_][\w'’-]*")


def _only_in_copied_names(ctx: CheckContext, form: str) -> bool:
    """Is every mention of ``form`` in the translation joined to a capitalised word beside
    it, the two written alike in the source (an organisation's name kept as it is: Perpignan
    Rugby, Grand Perpignan)?"""
    text, src = ctx.target.text, ctx.source.text
    hits = list(re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text))
    if not hits:
        return False
    for m in hits:
        spans = []
        b = _CAP_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if b is not None and b.group()[0].isupper():
            spans.append(text[b.start():m.end()])
        a = _CAP_AFTER.match(text, m.end())
        if a is not None and a.group()[1].isupper():
            spans.append(text[m.start():a.end()])
        r = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if r is not None:
            # ... or through a particle or two (Consorzio … Vini del Monferrato beside
            # the Montferrat: a body's name kept, the region named the target's way)
            run = r.group()
            spans += [text[r.start() + k:m.end()] for k, c in enumerate(run)
                      if c.isupper() and (k == 0 or run[k - 1].isspace())
                      and _PARTICLE.search(text, r.start() + k, m.start())]
        if not any(sp in src for sp in spans):
            return False
    return True


_KATAKANA_WORD = re.compile("[\u30a1-\u30fa\u30fc]{4,}")


def _katakana_inconsistent(ctx: CheckContext) -> Iterator[Finding]:
    """N002 in a Japanese translation: one name in two katakana spellings of the same
    length, one kana apart (カートライト … カートライド), both read back as one Latin name
    word of the source (``present_in_other_script``): the rarer is a slip (of two written
    once each, the later), major: the name is spelled right at another mention; so too
    one full-size kana dropped inside the word (ウィットフィールド … ウィットフィード).  (A long-vowel mark more or less, コンピュータ ~
    コンピューター, a small kana or the sokuon is a house style, not judged.)"""
    text = unicodedata.normalize("NFC", ctx.target.text)
    if len(text) != len(ctx.target.text):
        return
    spots: dict[str, list[int]] = {}
    for m in _KATAKANA_WORD.finditer(text):
        spots.setdefault(m.group(), []).append(m.start())
    if len(spots) < 2:
        return
    yield from _uncased_slips(ctx, spots, lambda a, b: len(a) == len(b)
                              and sum(x != y for x, y in zip(a, b)) == 1 or _kana_dropped(a, b), major=True)


# katakana a spelling may write or leave out by house style (a long-vowel mark, a small
# kana, the sokuon: ウィトフィールド, エンタテインメント): no slip when one is dropped
_KANA_STYLE = frozenset("ーッァィゥェォャュョヮヵヶ・")


def _kana_dropped(a: str, b: str) -> bool:
    """Are katakana words ``a`` and ``b`` one full-size kana apart inside the word, one
    dropped from the other, neither the first nor the last (ウィットフィールド …
    ウィットフィード)?  A long-vowel mark, a small kana or the sokuon is house style."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) != len(b) + 1 or len(b) < 4:
        return False
    i = next((k for k in range(len(b)) if a[k] != b[k]), len(b))
    return 0 < i < len(b) and a[i] not in _KANA_STYLE and a[i + 1:] == b[i:]


def _uncased_slips(ctx: CheckContext, spots: dict[str, list[int]],
                   slip: Callable[[str, str], bool], major: bool = False,
                   decide: Callable[[str, str, list[str]], str | None] | None = None) -> Iterator[Finding]:
    """N002 for a script without capitals: of two spellings in ``spots`` (word -> offsets)
    that ``slip`` calls one slip apart and that both read back as one capitalised Latin
    word of the source, the rarer (of two as frequent, the one ``decide`` calls off the
    source's word, else the later) is the slip.  Minor, unless ``major``: then a name
    spelled right at another mention is a misprint of fact, major."""
    src_words = list(dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", ctx.source.text)))
    if not src_words:
        return
    forms = sorted(spots, key=lambda w: (-len(spots[w]), spots[w][0]))
    done: set[str] = set()
    sev = _severity_cap(ctx, Severity.MAJOR if major else Severity.MINOR)
    for i, a in enumerate(forms):
        for b in forms[i + 1:]:
            if b in done or a in done or not slip(a, b):
                continue
            words = [w for w in src_words if present_in_other_script(w, a) and present_in_other_script(w, b)]
            if not words:
                continue
            right, wrong = a, b
            if decide is not None and len(spots[a]) == len(spots[b]) and decide(a, b, words) == a:
                right, wrong = b, a  # (the earlier spelling is the one off the source's word)
            done.add(wrong)
            for s in spots[wrong]:
                yield ctx.flag(s, s + len(wrong), f"“{wrong}” is spelled “{right}” elsewhere in the translation",
                               suggestion=right, severity=sev)


def _zh_inconsistent(ctx: CheckContext) -> Iterator[Finding]:
    """N002 in a Chinese translation of a Latin-script article: a transcribed name of three
    characters or more written alike at two mentions or more and at one more mention with
    one character changed (惠勒顿 … 惠乐顿), both spellings read back as one capitalised
    word of the source (``zh_rendering``), which the source says at least once more than
    the usual spelling stands (the slip renders a mention of it), and the odd spelling
    reads as no other capitalised word of the source (two people with near names): the
    name is spelled right at the other mentions, the odd one is a slip, major."""
    src = ctx.source.text
    if not _mostly_latin(src):
        return
    text = ctx.target.text
    spots: dict[str, list[int]] = {}
    for s, e in zh_runs(text):
        w = text[s:e]
        if len(w) >= 3 and "-" not in w and "‐" not in w:
            spots.setdefault(w, []).append(s)
    many = [w for w, v in spots.items() if len(v) >= 2]
    if not many:
        return
    src_words = list(dict.fromkeys(re.findall(r"(?<![^\W\d_])[A-Z][a-z]{3,}(?![^\W\d_])", src)))
    sev = _severity_cap(ctx, Severity.MAJOR)
    for b, where in spots.items():
        if len(where) != 1:
            continue
        for a in many:
            if len(a) != len(b) or sum(x != y for x, y in zip(a, b)) != 1:
                continue
            reads_b = [w for w in src_words if zh_rendering(w, b) == b]
            words = [w for w in reads_b if zh_rendering(w, a) == a]
            if not words or len(reads_b) != len(words):
                continue  # (the odd spelling reads as another source word too: maybe another name)
            said = max(len(re.findall(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", src)) for w in words)
            if said < len(spots[a]) + 1:
                continue
            s = where[0]
            if _in_furniture(ctx, s, s + len(b)):
                continue
            yield ctx.flag(s, s + len(b), f"“{b}” is spelled “{a}” elsewhere in the translation "
                                          f"(“{words[0]}” in the source)", suggestion=a, severity=sev)
            break


# a Hebrew word of three letters or more (a geresh or an apostrophe inside it kept)
_HEBREW_NAME_WORD = re.compile("(?<![\u05d0-\u05ea'\u05f3])[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3]{2,}(?![\u05d0-\u05ea'\u05f3])")
# Hebrew letters said alike (k, t, s, a glottal stop or none, v, kh), final forms as their base
_HE_FINAL = str.maketrans("ךםןףץ", "כמנפצ")
_HE_ALIKE = (frozenset("קכ"), frozenset("טת"), frozenset("סש"), frozenset("אע"), frozenset("וב"), frozenset("כח"))
# the one-letter prefixes Hebrew joins to a word (and, the, in, to, from, that, as)
_HE_PREFIXES = frozenset("והבלמשכ")


def _hebrew_alike_slip(a: str, b: str) -> bool:
    """Are Hebrew words ``a`` and ``b`` one letter apart, the two letters said alike (ק … ך
    for k, ט … ת for t), not in a joined prefix's place (the first letter, nor the second
    after a prefix's letter)?"""
    if len(a) != len(b) or len(a) < 3:
        return False
    fa, fb = a.translate(_HE_FINAL), b.translate(_HE_FINAL)
    diff = [k for k in range(len(fa)) if fa[k] != fb[k]]
    if len(diff) != 1 or diff[0] == 0 or (diff[0] == 1 and fa[0] in _HE_PREFIXES):
        return False
    x, y = fa[diff[0]], fb[diff[0]]
    return any(x in g and y in g for g in _HE_ALIKE)


def _hebrew_inconsistent(ctx: CheckContext) -> Iterator[Finding]:
    """N002 in a Hebrew translation (no capitals to tell a name): one name written at one
    mention with a letter changed for one said alike (ק … ך, ט … ת, ס … ש, א … ע, ו … ב,
    כ … ח; not a joined prefix's letter), both spellings read back as one capitalised Latin
    word of the source (``present_in_other_script``), not both words of the language: the
    rarer (of two as frequent, the later) is the slip, major, the name being spelled right
    at another mention."""
    spots: dict[str, list[int]] = {}
    for m in _HEBREW_NAME_WORD.finditer(ctx.target.text):
        spots.setdefault(m.group(), []).append(m.start())
    if len(spots) < 2:
        return
    yield from _uncased_slips(ctx, spots, lambda a, b: _hebrew_alike_slip(a, b) and min(
        zipf(a, "he"), zipf(b, "he")) < 3.0 and max(zipf(a, "he"), zipf(b, "he")) < 4.0, major=True)


_ARABIC_SCRIPT_LANGS = frozenset({"ar", "fa", "ur", "ps", "ckb"})
# a word of Arabic letters (Persian and Urdu ones too), five letters or more
_ARABIC_NAME_WORD = re.compile("(?<![\u0621-\u064a\u0671-\u06d3])[\u0621-\u064a\u0671-\u06d3]{5,}"
                               "(?![\u0621-\u064a\u0671-\u06d3])")
_ARABIC_LONG_VOWELS = frozenset("اويىیآ")
# the Latin letters a transcription of a Latin-script name into Arabic letters writes
# each Arabic letter for (a long vowel's letter for a vowel, or a glide)
_ARABIC_LATIN = {
    "ا": "a|e|o|aa", "آ": "a", "أ": "a|e|o|u", "إ": "i|e", "ب": "b|bb|p", "ت": "t|tt|th|d",
    "ث": "th|s", "ج": "j|g|dg|dj|ge|gi", "ح": "h", "خ": "kh|ch|h", "د": "d|dd", "ذ": "th|dh|z",
    "ر": "r|rr|rh", "ز": "z|s|zz", "س": "s|ss|c|sc", "ش": "sh|ch|sch|s", "ص": "s", "ض": "d",
    "ط": "t|tt", "ظ": "z", "ع": "", "غ": "g|gh", "ف": "f|ff|ph|v", "ق": "q|k|c|ck", "ك": "k|c|ck|ch|q|kk",
    "ل": "l|ll", "م": "m|mm", "ن": "n|nn", "ه": "h|", "ة": "a|ah|e", "و": "w|wh|o|u|oo|ou|ow|v",
    "ي": "y|i|e|ee|ie|ei|ey|ai|ay", "ى": "a|y|i", "ی": "y|i|e|ee|ie|ei|ey|ai|ay", "ئ": "i|e|y",
    "ؤ": "o|u", "ء": "", "پ": "p", "چ": "ch|tch", "ژ": "zh|j|s|g", "ک": "k|c|ck|ch|q", "گ": "g|gh",
    "ڤ": "v",
}


def _arabic_swap(a: str, b: str) -> bool:
    """Are Arabic words ``a`` and ``b`` one with two neighbouring letters swapped, a long
    vowel's letter and a consonant, neither the first letter (a joined prefix's) nor the
    last (an ending's): ويلسون … ويلوسن?"""
    if len(a) != len(b) or len(a) < 5:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 2 or diff[1] != diff[0] + 1 or diff[0] == 0 or diff[1] == len(a) - 1 \
            or a[diff[0]] != b[diff[1]] or a[diff[1]] != b[diff[0]]:
        return False
    return (a[diff[0]] in _ARABIC_LONG_VOWELS) != (a[diff[1]] in _ARABIC_LONG_VOWELS)


@lru_cache(maxsize=512)
def _arabic_pattern(w: str) -> re.Pattern | None:
    """A pattern a Latin name word (folded) matches where Arabic-script word ``w`` writes
    it letter for letter: each letter a spelling of it, unwritten short vowels (and a
    silent h or w, a final e) between."""
    parts = []
    for ch in w:
        spec = _ARABIC_LATIN.get(ch)
        if spec is None:
            return None
        parts.append("(?:" + spec + ")")
    return re.compile("[aeiouyhw]*" + "[aeiouyhw]*".join(parts) + "[aeiouyhw]*")


def _arabic_off_source(a: str, b: str, words: list[str]) -> str | None:
    """Of two spellings ``a``, ``b`` of one name in Arabic letters, the one whose long
    vowel's letter stands where the source's Latin name word has none, the other matching
    it letter for letter (Wilson ~ ويلسون, not ويلوسن); None where the letters cannot tell."""
    pa, pb = _arabic_pattern(a), _arabic_pattern(b)
    if pa is None or pb is None:
        return None
    for w in words:
        f = fold(w)
        ma, mb = pa.fullmatch(f) is not None, pb.fullmatch(f) is not None
        if ma != mb:
            return b if ma else a
    return None


def _arabic_inconsistent(ctx: CheckContext) -> Iterator[Finding]:
    """N002 in a translation into Arabic letters (Arabic, Persian, Urdu: no capitals to tell
    a name): one name written at one mention with a long vowel's letter and a neighbouring
    consonant swapped (ويلسون … ويلوسن), both spellings read back as one capitalised Latin
    word of the source (``present_in_other_script``), not both frequent words (a well-known
    name may be one: ويلسون): the rarer is the slip, or of two as frequent the one whose
    letters the source's word does not follow (else the later); major, the name being
    spelled right at another mention."""
    tl = _langs(ctx)[1]
    spots: dict[str, list[int]] = {}
    for m in _ARABIC_NAME_WORD.finditer(ctx.target.text):
        spots.setdefault(m.group(), []).append(m.start())
    if len(spots) < 2:
        return
    yield from _uncased_slips(ctx, spots, lambda a, b: _arabic_swap(a, b) and min(
        zipf(a, tl), zipf(b, tl)) < 3.0, major=True, decide=_arabic_off_source)
    yield from _arabic_consonant_slips(ctx, spots, tl)
    yield from _arabic_consonant_drops(ctx, spots, tl)


# a capitalised word of Cyrillic or Greek letters (four letters or more)
_CYR_GREEK_NAME4 = re.compile("(?<![\\w'\u2019-])[\u0400-\u04ff\u0370-\u03ff\u1f00-\u1fff]{4,}(?![\\w'\u2019-])")
_CYR_GREEK_VOWELS = frozenset("аеёиоуыэюяіїєαεηιουωάέήίόύώ")
# the endings of a Slavic surname declined as an adjective (Зеленский ~ Зеленского)
_CYR_ADJ_ENDINGS = frozenset("ий ый ой ей ого его ому ему ым им ую юю ая яя ое ее ые ие ых их ыми ими "
                             "ій ої ою ім ої".split())
# the languages that give a name no case ending (a stem is the whole word)
_CASELESS_CYRILLIC = frozenset({"bg", "mk"})


def _cyr_key(w: str) -> str:
    """Cyrillic or Greek word ``w`` in lower case, ё as е, Greek accents dropped."""
    low = w.lower().replace("ё", "е")
    if re.search("[\u0370-\u03ff\u1f00-\u1fff]", low):
        from ._text import unaccented
        low = unaccented(low)
    return low


def _stem_edit(a: str, b: str) -> tuple[int, str, str] | None:
    """Are stems ``a`` and ``b`` one letter apart (changed, dropped or added), not the first
    letter?  (index, letter of ``a`` or "", letter of ``b`` or ""), else None."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    if k == 0:
        return None
    if len(a) == len(b):
        return (k, a[k], b[k]) if a[k + 1:] == b[k + 1:] else None
    if len(a) > len(b):
        return (k, a[k], "") if a[k + 1:] == b[k:] else None
    return (k, "", b[k]) if a[k:] == b[k + 1:] else None


def _read_back_slips(ctx: CheckContext, flagged: set[str]) -> Iterator[Finding]:
    """N002 in a Cyrillic or Greek translation of a Latin-script source: a capitalised
    source word the source writes at two mentions or more, that one form of the translation
    spells letter for letter (``_renderings``; a case ending aside: Hallgrim ~ Халлгрим,
    Халлгрима), and another form of it, written no more often, one letter off that form's
    stem (a consonant changed, a letter dropped or added inside the stem, not the first
    letter: Халгрима; Брандхорск for Брандхорст), reading back letter for letter as no capitalised source
    word, no common word of the language, never in lower case: the name is spelled right at
    another mention, the odd form a slip, major.  The source writes the word at least as
    often as the translation writes both forms (the slip renders one of its mentions)."""
    if ctx.source is None or _mostly_latin(ctx.target.text) or not _mostly_latin(ctx.source.text):
        return
    sl, tl = _langs(ctx)
    text = ctx.target.text
    spots: dict[str, list[int]] = {}
    for m in _CYR_GREEK_NAME4.finditer(text):
        w = m.group()
        if w[0].isupper() and w[1:].islower():
            spots.setdefault(w, []).append(m.start())
    if len(spots) < 2:
        return
    src = ctx.source.text
    src_count = Counter(fold(w) for w in re.findall(r"(?<![^\W\d_])[A-Z][a-z]{3,}(?![^\W\d_])", src))
    if not src_count:
        return
    ends = ("",) if tl in _CASELESS_CYRILLIC else tuple(sorted(
        {_cyr_key(e) for e in _SCRIPT_CASE_ENDINGS.get(tl or "", ("", "а", "у", "е", "ом", "ς", "α", "η", "ου"))}
        | _CYR_ADJ_ENDINGS, key=len, reverse=True))
    drop = 0 if tl in _CASELESS_CYRILLIC else 2

    def cost(sw: str, w: str) -> int:
        units = _renderings(w)
        if units is None:
            return 99
        # one letter for one: a doubled Latin consonant is written twice (Hallgrim ~
        # Халлгрим, not Халгрим)
        units = tuple(tuple(a for a in u if not (len(a) == 2 and a[0] == a[1])) or u for u in units)
        return _render_cost(sw, units, drop)[0]

    def stems(w: str) -> set[str]:
        k = _cyr_key(w)
        return {k[:len(k) - len(e)] for e in ends if k.endswith(e) and len(k) - len(e) >= 3}
    lower = {m.group() for m in _CYR_GREEK_NAME4.finditer(text) if m.group()[0].islower()}
    keys = {w: _cyr_key(w) for w in spots}
    sev = _severity_cap(ctx, Severity.MAJOR)
    done: set[str] = set()
    for sw, n_src in src_count.items():
        if n_src < 2 or not sw.isascii():
            continue
        good = [w for w in spots if cost(sw, w) == 0]
        if not good:
            continue
        n_good = sum(len(spots[w]) for w in good)
        good_stems = {st: w for w in good for st in stems(w)}
        for b in spots:
            if b in good or b in done or fold(b) in flagged or len(spots[b]) > n_good \
                    or n_good + len(spots[b]) > n_src:
                continue
            hit = None
            for st in stems(b):
                for gs, a in good_stems.items():
                    e = _stem_edit(gs, st)
                    if e is None:
                        continue
                    k, x, y = e
                    if x and y:
                        # a letter changed: consonant for consonant anywhere after the
                        # first; a vowel only inside the stem, before its last two letters
                        if (x in _CYR_GREEK_VOWELS or y in _CYR_GREEK_VOWELS) and k >= min(len(gs), len(st)) - 2:
                            continue
                    elif k >= min(len(gs), len(st)) or ((x or y) in _CYR_GREEK_VOWELS
                                                         and k >= min(len(gs), len(st)) - 1):
                        continue  # (a letter added at the stem's end, a vowel before its
                        # last letter: an ending's)
                    hit = a
                    break
                if hit:
                    break
            if hit is None:
                continue
            kb = keys[b]
            if any(cost(w2, b) == 0 for w2 in src_count if w2.isascii()) \
                    or zipf(kb, tl) >= 2.5 or any(_cyr_key(lw) == kb for lw in lower):
                continue  # (another name of the source, or a word of the language)
            done.add(b)
            for st in spots[b]:
                if _in_furniture(ctx, st, st + len(b)):
                    continue
                yield ctx.flag(st, st + len(b), f"“{b}” is spelled “{hit}” elsewhere in the translation, "
                                                f"as the source's {sw.capitalize()} reads", suggestion=hit, severity=sev)


def _source_has_at(ctx: CheckContext, st: int, n: int, word: str) -> bool:
    """Does the source side of the bead whose translation holds ``ctx.target.text[st:st+n]``
    have ``word`` as a word of its own?"""
    frag = ctx.target.text[st:st + n]
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        i = tgt.text.find(frag)
        while i >= 0:
            if tgt.span(i, i + n)[0] == st:
                return re.search(rf"\b{re.escape(word)}\b", src.text) is not None
            i = tgt.text.find(frag, i + 1)
    return False


_ARABIC_WORD4 = re.compile("(?<![\u0621-\u064a\u0671-\u06d3])[\u0621-\u064a\u0671-\u06d3]{4,}"
                           "(?![\u0621-\u064a\u0671-\u06d3])")


def _arabic_consonant_drops(ctx: CheckContext, spots: dict[str, list[int]], tl: str | None) -> Iterator[Finding]:
    """N002 in Arabic letters: a name written alike at two mentions or more and once with
    one consonant left out inside it (not the first or last letter, no long vowel's letter,
    hamza or ain), the full spelling reading back as a capitalised Latin word of the source
    that has that consonant and that the source writes at two mentions or more, the short
    one no word of the language (Rushbrook ~ رشبروک … رشروک): the short one, major."""
    src_words = list(dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", ctx.source.text)))
    longs = [w for w, at in spots.items() if len(at) >= 2 and zipf(w, tl) < 3.0]
    if not src_words or not longs:
        return
    shorts: dict[str, list[int]] = {}
    for m in _ARABIC_WORD4.finditer(ctx.target.text):
        shorts.setdefault(m.group(), []).append(m.start())
    sev = _severity_cap(ctx, Severity.MAJOR)
    for a in longs:
        for k in range(1, len(a) - 1):
            ch = a[k]
            if ch in _ARABIC_LONG_VOWELS or ch in "ءئؤعةه" or ch == a[k - 1] or ch == a[k + 1]:
                continue
            la = _arabic_letter_latin(ch)
            b = a[:k] + a[k + 1:]
            if not la or len(shorts.get(b, ())) != 1 or zipf(b, tl) >= 3.5:
                continue
            w = next((w for w in src_words if any(c in fold(w) for c in la)
                      and len(re.findall(rf"\b{w}\b", ctx.source.text)) >= 2
                      and present_in_other_script(w, a)), None)
            if w is None:
                continue
            st = shorts[b][0]
            if zipf(b, tl) >= 2.0 and not _source_has_at(ctx, st, len(b), w):
                continue  # (a word of the language, unless the source's sentence there names it)
            yield ctx.flag(st, st + len(b), f"“{b}” is spelled “{a}” elsewhere in the translation "
                                            f"({len(spots[a])}×), as the source's {w} is", suggestion=a, severity=sev)
            break


def _arabic_consonant_change(a: str, b: str) -> int | None:
    """The index of the one letter Arabic-script words ``a`` and ``b`` (same length) differ
    in, both consonants (no long vowel's letter, hamza or ain), not the first (a joined
    prefix's); else None."""
    if len(a) != len(b) or len(a) < 5:
        return None
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) != 1 or diff[0] == 0:
        return None
    x, y = a[diff[0]], b[diff[0]]
    if x in _ARABIC_LONG_VOWELS or y in _ARABIC_LONG_VOWELS or x in "ءئؤعةه" or y in "ءئؤعةه":
        return None
    return diff[0]


def _arabic_letter_latin(ch: str) -> set[str]:
    """The Latin consonants that Arabic-script letter ``ch`` writes (``_ARABIC_LATIN``)."""
    return {c for alt in _ARABIC_LATIN.get(ch, "").split("|") for c in alt if c not in "aeiouyhw"}


def _arabic_consonant_slips(ctx: CheckContext, spots: dict[str, list[int]], tl: str | None) -> Iterator[Finding]:
    """N002 in Arabic letters: two spellings of a name one consonant apart (not the first
    letter), one read back as a capitalised Latin word of the source
    (``present_in_other_script``), its changed consonant a letter of that word: the other,
    whose consonant writes none of its letters, no word of the language, is the slip
    (Benson ~ بنسن … بنسل), major, written no more often than the other."""
    src_words = list(dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", ctx.source.text)))
    if not src_words:
        return
    forms = sorted(spots, key=lambda w: (-len(spots[w]), spots[w][0]))
    sev = _severity_cap(ctx, Severity.MAJOR)
    done: set[str] = set()
    for i, a in enumerate(forms):
        for b in forms[i + 1:]:
            if a in done or b in done:
                continue
            k = _arabic_consonant_change(a, b)
            if k is None or min(zipf(a, tl), zipf(b, tl)) >= 3.0:
                continue
            la, lb = _arabic_letter_latin(a[k]), _arabic_letter_latin(b[k])
            if not la or not lb or la & lb:
                continue
            verdicts = set()
            for w in src_words:
                ra, rb = present_in_other_script(w, a), present_in_other_script(w, b)
                if not (ra or rb):
                    continue
                f = fold(w)
                ina, inb = any(c in f for c in la), any(c in f for c in lb)
                if ina != inb and (ra if ina else rb):
                    verdicts.add(b if ina else a)  # (the right one reads back as the word)
            if len(verdicts) != 1:
                continue
            wrong = verdicts.pop()
            right = a if wrong == b else b
            if len(spots[wrong]) > len(spots[right]) or zipf(wrong, tl) >= 2.0:
                continue  # (the slip no word of the language: two words, one a name's)
            done.add(wrong)
            for st in spots[wrong]:
                yield ctx.flag(st, st + len(wrong), f"“{wrong}” is spelled “{right}” elsewhere in the translation, "
                                                    f"as the source's name is", suggestion=right, severity=sev)


# a word of an Indic script (Devanagari to Malayalam), its vowel signs and virama too
_INDIC_NAME_WORD = re.compile("(?<![\u0900-\u0d7f])[\u0900-\u0d7f]{5,}(?![\u0900-\u0d7f])")


def _indic_sign(c: str) -> bool:
    """Is ``c`` a dependent vowel sign of an Indic script (offsets 0x3E-0x4C of its block)?"""
    return "\u0900" <= c <= "\u0d7f" and 0x3E <= (ord(c) & 0x7F) <= 0x4C


def _indic_vowel_slip(a: str, b: str) -> bool:
    """Are Indic words ``a`` and ``b`` one vowel sign apart inside the word (one added,
    dropped or changed, not at the word's end, where a case or gender ending goes):
    रामास्वामी ~ रामस्वामी?"""
    if len(a) < len(b):
        a, b = b, a
    if len(a) == len(b) + 1:
        i = next((k for k in range(len(b)) if a[k] != b[k]), len(b))
        return i < len(b) - 1 and _indic_sign(a[i]) and a[i + 1:] == b[i:]
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 and diff[0] < len(a) - 1 and _indic_sign(a[diff[0]]) and _indic_sign(b[diff[0]])
    return False


def _indic_inconsistent(ctx: CheckContext) -> Iterator[Finding]:
    """N002 in a translation into an Indic script (which has no capitals to tell a name):
    one name in two spellings one vowel sign apart inside the word (रामास्वामी …
    रामस्वामी), both read back as one capitalised Latin name word of the source
    (``present_in_other_script``): the rarer is a slip (minor; of two written once each,
    the later).  Not two words of the language's word list (a verb's genders, करेगा …
    करेगी); a danda closing the sentence is no part of the word."""
    spots: dict[str, list[int]] = {}
    for m in _INDIC_NAME_WORD.finditer(ctx.target.text):
        w = m.group().rstrip("\u0964\u0965")  # (a danda closing the sentence is no letter)
        if len(w) >= 4:
            spots.setdefault(w, []).append(m.start())
    if len(spots) < 2:
        return
    tl = _langs(ctx)[1]
    yield from _uncased_slips(ctx, spots, lambda a, b: abs(len(a) - len(b)) <= 1 and _indic_vowel_slip(a, b)
                              and not (has_freq(tl) and min(zipf(a, tl), zipf(b, tl)) >= _INDIC_WORD_ZIPF))


# two spellings this frequent are words of the language (a verb's two genders, करेगा …
# करेगी), no name written two ways
_INDIC_WORD_ZIPF = 3.0


_HANGUL_WORD = re.compile("(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,6}(?![\uac00-\ud7a3])")
# the one-syllable particles a Korean noun takes (topic, subject, object, genitive, ...)
_KO_PARTICLES = frozenset("은는이가을를의에와과도로")
# particles of two syllables, whose second syllable is no particle of its own to strip
# alone (으로 would leave 으: 곳으로 ~ "곳으")
_KO_LONG_PARTICLES = frozenset("으로 에서 에게 까지 부터 처럼 보다 이나 에는 에도".split())


# a Hangul word this frequent in the word list is a common word, no name's transcription
_KO_WORD_ZIPF = 4.0
# one-syllable Sino-Korean generic words of places and buildings that Korean writes joined
# to a name (市 시, 城 성, 県 현, 郡 군, 区 구, 町 정, 村 촌, 駅 역, 山 산, 港 항, 寺 사, 宮 궁,
# 橋 교, 湾 만, 湖 호, 川 천, 島 도, 邑 읍, 面 면, 洞 동, 里 리): two of them after one name
# are two places (a castle and its city), no name spelled two ways
_KO_PLACE_GENERICS = frozenset("시성현군구정촌역산항사궁교만호천도읍면동리섬")
# the forms of the verbs 하다 and 되다 a stem takes (정비하는, 정비해, 정비한, 정비했다): a
# verb's one stem, its last syllable changing with its ending
_KO_VERB_FORMS = (frozenset("하해한할함했합"), frozenset("되돼된될됨됐됩"))


# Hangul onsets said at one place, as a transcription's slip trades them (ㅅ ㅆ ㅈ ㅉ ㅊ;
# ㄷ ㄸ ㅌ; ㅂ ㅃ ㅍ; ㄱ ㄲ ㅋ), by their index in a syllable
_KO_ONSET_GROUPS = (frozenset({9, 10, 12, 13, 14}), frozenset({3, 4, 16}), frozenset({7, 8, 17}),
                    frozenset({0, 1, 15}))


def _onset_variant(x: str, y: str) -> bool:
    """Are Hangul syllables ``x`` and ``y`` one vowel and final with two onsets said at one
    place (스 … 즈, 터 … 더)?"""
    if not ("\uac00" <= x <= "\ud7a3" and "\uac00" <= y <= "\ud7a3"):
        return False
    ix, iy = _hangul_initial(x), _hangul_initial(y)
    return (ord(x) - 0xAC00) % 588 == (ord(y) - 0xAC00) % 588 and ix != iy \
        and any(ix in g and iy in g for g in _KO_ONSET_GROUPS)


# the finals (their index in a syllable) Korean spelling of foreign words writes: none,
# ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ
_KO_LOAN_FINALS = frozenset({0, 1, 4, 8, 16, 17, 19, 21})


def _ko_loan_finals(w: str) -> bool:
    """Does Hangul word ``w`` write only finals a transcription of a foreign name may have?"""
    return all(not "\uac00" <= ch <= "\ud7a3" or (ord(ch) - 0xAC00) % 28 in _KO_LOAN_FINALS for ch in w)


def _hangul_initial(syllable: str) -> int:
    """The initial consonant's index of a Hangul syllable (ㅅ of 시 and 쉬)."""
    return (ord(syllable) - 0xAC00) // (21 * 28)


def _hangul_inconsistent(ctx: CheckContext) -> Iterator[Finding]:
    """N002 in a Korean translation: one name in two Hangul spellings of the same length,
    one syllable apart in its vowel or final, not its onset (마시 … 마쉬 for Marsh), a
    particle after either set aside (one of two syllables too: 으로, 에서), both read back as one Latin name word of the source (``present_in_hangul``):
    the rarer is a slip (of two written once each, the later): major for a name of three
    syllables or more, spelled right at another mention, minor for two (a syllable reads
    back as too many words).  Not two common
    words of the word list (지난 … 재난), one noun with two particles (명이 … 명을), nor two
    one-syllable nouns with one particle (문을 … 면을), nor a word with a final that Korean
    spelling of foreign names never writes (샀어 … 샀을: ㅆ).  In a name of three syllables
    or more, an onset said at one place as the other's is a slip too (헤이스팅스 … 헤이스팅즈)."""
    text = unicodedata.normalize("NFC", ctx.target.text)
    if len(text) != len(ctx.target.text):
        return
    src_words = list(dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", ctx.source.text)))
    spots: dict[str, list[int]] = {}
    for m in _HANGUL_WORD.finditer(text):
        w = m.group()
        if len(w) >= 3 and w[-2:] in _KO_LONG_PARTICLES:
            w = w[:-2]  # a particle of two syllables (곳으로, 서울에서: 곳, 서울)
        elif len(w) >= 3 and w[-1] in _KO_PARTICLES:
            w = w[:-1]
        spots.setdefault(w, []).append(m.start())
    forms = sorted(spots, key=lambda w: (-len(spots[w]), spots[w][0]))
    done: set[str] = set()
    yield from _hangul_long_vowel_slips(ctx, spots, done)
    ja = _langs(ctx)[0] == "ja"
    if not src_words and not ja:
        return
    ja_reads: list[frozenset[str]] = []  # (a Japanese source's kanji runs' readings, on need)
    for i, a in enumerate(forms):
        for b in forms[i + 1:]:
            if len(a) != len(b) or b in done or a in done:
                continue
            diff = [(x, y) for x, y in zip(a, b) if x != y]
            onset_odd = None
            if len(diff) == 1 and ja and len(a) >= 3 and _hangul_initial(diff[0][0]) != _hangul_initial(diff[0][1]) \
                    and not _onset_variant(*diff[0]):
                if not ja_reads:
                    ja_reads.append(_ja_kanji_readings(ctx.source.text))
                onset_odd = _ja_hangul_onset_slip(a, b, ja_reads[0])
            if len(diff) != 1 or (_hangul_initial(diff[0][0]) != _hangul_initial(diff[0][1])
                                  and not (len(a) >= 3 and _onset_variant(*diff[0])) and onset_odd is None):
                continue  # (a transcription varies a vowel or a final, not the syllable's
                # onset; in a name of three syllables or more, one onset said alike, a
                # sibilant for a sibilant or a stop for its voiced or aspirated partner;
                # out of Japanese, any onset where one reads as a kanji run and the other
                # as none: 北村 ~ 기타무라 … 기타무나)
            if a[-1] != b[-1] and a[-1] in _KO_PARTICLES and b[-1] in _KO_PARTICLES:
                continue  # one noun with two particles (명이 … 명을): no spelling at all
            if a[-1] != b[-1] and ((len(a) >= 3 and a[-1] in _KO_PLACE_GENERICS and b[-1] in _KO_PLACE_GENERICS)
                                   or any(a[-1] in v and b[-1] in v for v in _KO_VERB_FORMS)):
                continue  # one name with two generic words after it (오카야마성 "castle" …
                # 오카야마시 "city"), or one verb's stem in two forms (준비해 … 준비하는): no
                # spelling of a name at all
            if len(a) == 2 and a[-1] == b[-1] and a[-1] in _KO_PARTICLES:
                continue  # two one-syllable nouns with one particle (문을 "the door" … 벽을 "the
                # wall"): a syllable reads back as too many names to be one of them
            if min(zipf(a, "ko"), zipf(b, "ko")) >= _KO_WORD_ZIPF:
                continue  # two common words (지난 "last" … 재난 "disaster"), no name's spellings
            if not (_ko_loan_finals(a) and _ko_loan_finals(b)):
                continue  # a final Korean spelling of a foreign name never writes (샀어 … 샀을:
                # ㅆ, a verb's, no transcription's)
            if onset_odd is not None:
                if onset_odd == a:
                    a, b = b, a
            elif not any(present_in_hangul(w, a) and present_in_hangul(w, b) for w in src_words):
                if not ja:
                    continue
                # out of Japanese: the kanji name read as romaji, which Korean spells vowel
                # for vowel (北川 kitagawa ~ 기타가와); of two spellings that both read back
                # as it, the one whose vowels are not the reading's is the slip (기토가와)
                if not ja_reads:
                    ja_reads.append(_ja_kanji_readings(ctx.source.text))
                odd = _ja_hangul_vowel_slip(a, b, ja_reads[0])
                if odd is None:
                    continue
                if odd == a:
                    a, b = b, a
            done.add(b)
            # a name of three syllables or more spelled right at another mention: a misprint
            # of fact, major; two syllables read back as too many words to be sure
            sev = _severity_cap(ctx, Severity.MAJOR if len(a) >= 3 else Severity.MINOR)
            for st in spots[b]:
                yield ctx.flag(st, st + len(b), f"“{b}” is spelled “{a}” elsewhere in the translation",
                               suggestion=a, severity=sev)


_JA_KANJI_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{1,4}")
# Hangul vowels (their index in a syllable) as Korean spelling of Japanese writes the five
# vowels, alone or after a y (ㅏ ㅑ a, ㅣ i, ㅜ ㅠ ㅡ u, ㅔ e, ㅗ ㅛ o)
_KO_JA_VOWEL = {0: "a", 2: "a", 20: "i", 13: "u", 17: "u", 18: "u", 5: "e", 8: "o", 12: "o"}


# a Japanese surname of one to three kanji before a post or an honorific (山田理事長は, 佐藤さん)
_JA_TITLED_SURNAME = re.compile(r"(?<![\u3400-\u9fff\uf900-\ufaff])([\u3400-\u9fff\uf900-\ufaff]{2,3}?)(?:"
                                r"会長|社長|副社長|部長|課長|市長|町長|村長|知事|教授|監督|代表|理事長|組合長|"
                                r"校長|院長|所長|局長|館長|園長|議員|委員長|店主|氏|さん)")
# a Hangul word before a post or an honorific of Korean news copy (… 이사장은, … 씨가)
_KO_WORD_TITLED = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3,5})[ \u00a0](?:"
                             + "|".join(sorted(_KO_TITLES + ["씨"], key=len, reverse=True))
                             + r")(?:[은는이가을를의도와과께]|에게|께서|으로|로|이라|이다|이며)?(?![\uac00-\ud7a3])")


def _ja_hangul_may_read(r: str, w: str) -> bool:
    """May Hangul word ``w`` spell romaji reading ``r`` as a whole: read back so or, where
    the read-back cannot tell, not ruled out, with the reading's vowels its own and its
    length about two letters a syllable (カズオ kazuo ~ 가즈오; not a short reading found inside a
    longer word by its consonants only)?"""
    return abs(len(r) - 2 * len(w)) <= 3 and _hangul_vowels(w) in _ja_vowels(r) \
        and present_in_hangul(r, w) is not False


def _ja_hangul_rendered(r: str, text: str) -> bool:
    """Does a Hangul word of ``text``, a particle after it or not, spell romaji reading ``r``
    as a whole (``_ja_hangul_may_read``)?"""
    for w in _HANGUL_SYLLABLES.findall(text):
        if any(len(x) >= 2 and _ja_hangul_may_read(r, x) for x in (w, w[:-1])):
            return True
    return False


def _ja_hangul_titled_swaps(ctx: CheckContext) -> Iterator[Finding]:
    """N004 out of Japanese into Korean: a person the source sentence calls by a surname of
    kanji and a post (山田理事長は), whose reading (yamada) the translation writes in Hangul
    elsewhere (야마다) and not in this sentence, which has instead, before a Korean post
    (… 이사장은), a Hangul name of three syllables or more in the vowels and finals Korean
    spelling of Japanese writes that reads as no kanji run of the whole source and is no
    frequent Korean word (스즈키): another person, major."""
    from ._han_readback import _spans, available
    sl, tl = _langs(ctx)
    if sl != "ja" or tl != "ko" or ctx.source is None or not available("ja"):
        return
    whole = ctx.source.text
    doc = ctx.target.text
    if not _JA_TITLED_SURNAME.search(whole):
        return
    all_reads: set[str] = set()
    for a, b, reads in _spans(whole, "ja"):
        if _JA_KANJI_RUN.fullmatch(whole[a:b]):
            all_reads.update(r for r in reads if len(r) >= 3 and r.isascii() and r.isalpha())
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        lost = []
        for m in _JA_TITLED_SURNAME.finditer(src.text):
            run = m.group(1)
            reads = {r for a, b, rs in _spans(run, "ja") if (a, b) == (0, len(run)) for r in rs
                     if len(r) >= 4 and r.isascii() and r.isalpha()}
            if not reads or any(_ja_hangul_rendered(r, tgt.text) for r in reads):
                continue  # no reading, or the surname rendered in the sentence
            if not any(_ja_hangul_rendered(r, doc) for r in reads):
                continue  # the translation renders it nowhere: no telling its spelling
            lost.append(run)
        if len(lost) != 1:
            continue
        cands = []
        for m in _KO_WORD_TITLED.finditer(tgt.text):
            w = m.group(1)
            if _hangul_vowels(w) is None or zipf(w, "ko") >= 4.0 \
                    or any((ord(c) - 0xAC00) % 28 not in (0, 4, 19) for c in w) \
                    or any(_ja_hangul_may_read(r, w) for r in all_reads):
                continue  # (the finals Korean spelling of Japanese writes: none, ㄴ, ㅅ;
                # a common word of Korean is no transcription, and a word that may read as
                # a run of the source is that run)
            cands.append(m)
        if len(cands) != 1:
            continue
        m = cands[0]
        s, e = tgt.span(m.start(1), m.end(1))
        if _in_furniture(ctx, s, e):
            continue
        ev = [ctx.evidence(ctx.source, text=src.text, note=f"source names {lost[0]}")]
        yield ctx.flag(s, e, f"source “{lost[0]}” is not rendered, and “{m.group(1)}” reads as no name "
                             f"of the source: another person", evidence=ev, suggestion=None,
                       severity=_severity_cap(ctx, Severity.MAJOR))


def _ja_kanji_readings(src: str) -> frozenset[str]:
    """The romaji readings of the kanji runs (one to four characters) of a Japanese source,
    five letters or more (a name's: 北川 kitagawa), or none where pykakasi is missing."""
    from ._han_readback import _spans, available
    if not available("ja"):
        return frozenset()
    out: set[str] = set()
    for a, b, reads in _spans(src, "ja"):
        if _JA_KANJI_RUN.fullmatch(src[a:b]):
            out.update(r for r in reads if len(r) >= 5 and r.isascii() and r.isalpha())
    return frozenset(out)


def _ja_vowels(reading: str) -> set[str]:
    """The vowels of a romaji reading as Korean spelling writes them: a long vowel once (ou,
    uu, oo ~ o, u), ei as e or as e and i."""
    v = "".join(c for c in reading if c in "aeiou")
    out = set()
    for ei in ("e", "ei"):
        w = v.replace("ou", "o").replace("uu", "u").replace("oo", "o").replace("aa", "a") \
             .replace("ii", "i").replace("ei", ei)
        out.add(w)
    out.add(v)
    return out


def _hangul_vowels(word: str) -> str | None:
    """The vowels of a Hangul word as Japanese vowels (None for a vowel Korean spelling of
    Japanese does not write)."""
    out = []
    for ch in word:
        if not "\uac00" <= ch <= "\ud7a3":
            return None
        v = _KO_JA_VOWEL.get(_hangul_vowel(ch))
        if v is None:
            return None
        out.append(v)
    return "".join(out)


def _ja_hangul_onset_slip(a: str, b: str, reads: frozenset[str]) -> str | None:
    """Of Hangul spellings ``a`` and ``b`` (three syllables or more, one syllable's onset
    apart, the vowels those Korean spelling of Japanese writes), the one that is a slip
    for a Japanese source's name: the other reads as the reading of a kanji run of the
    source (``present_in_hangul``), it reads as none and is no common Korean word
    (北村 kitamura ~ 기타무라 … 기타무나)."""
    va, vb = _hangul_vowels(a), _hangul_vowels(b)
    if va is None or vb is None:
        return None

    def read(w: str, v: str, n: int = 6) -> bool:
        return any(len(r) >= n and abs(len(r) - 2 * len(w)) <= 3 and v in _ja_vowels(r)
                   and present_in_hangul(r, w) for r in reads)
    ra, rb = read(a, va), read(b, vb)
    if ra == rb:
        return None
    odd, vo = (b, vb) if ra else (a, va)
    if zipf(odd, "ko") >= 3.0 or read(odd, vo, 0):
        return None
    return odd


def _ja_hangul_vowel_slip(a: str, b: str, reads: frozenset[str]) -> str | None:
    """Of Hangul spellings ``a`` and ``b`` (three syllables or more, one vowel apart), the
    one that is a slip for a Japanese source's name: both read back as a reading of a kanji
    run (``present_in_hangul``), the other's vowels are that reading's, its own are not; or
    its vowel is none Korean spelling of Japanese writes (ㅐ for e), the other's vowels a
    reading's."""
    if len(a) < 3:
        return None
    va, vb = _hangul_vowels(a), _hangul_vowels(b)
    if (va is None) != (vb is None):
        # one with a vowel Korean spelling of Japanese never writes (ㅐ, ㅚ: 나개사키시 beside
        # 나가사키시), the other's vowels those of a reading of the source's kanji: that one
        good, vg = (a, va) if va is not None else (b, vb)
        if any(abs(len(r) - 2 * len(a)) <= 3 and vg in _ja_vowels(r) for r in reads):
            return b if good == a else a
        return None
    if va is None or vb is None or va == vb:
        return None
    for r in reads:
        if abs(len(r) - 2 * len(a)) > 3:
            continue
        vs = _ja_vowels(r)
        if (va in vs) == (vb in vs):
            continue
        if present_in_hangul(r, a) and present_in_hangul(r, b):
            return b if va in vs else a
    return None


# an English name opening with wh before a vowel said as such (Wheaton, Wheatley; not who-)
_WH_WORD = re.compile(r"(?<![^\W\d_])Wh[aeiy][a-z]{2,}(?![^\W\d_])")
# the Hangul vowels with a w glide (ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ), by their index in a syllable
_KO_W_GLIDES = frozenset({9, 10, 11, 14, 15, 16})


def _hangul_wh_slips(ctx: CheckContext) -> Iterator[Finding]:
    """N001 out of English into Korean: a name whose wh the Hangul writes with no ㅎ, its
    first syllable a bare w-glide vowel (Wheaton ~ 위턴 for 휘턴, Wheatley ~ 위틀리):
    Korean spelling of English writes wh as ㅎ and the glide (휘, 화, 훼).  Minor, as a few
    names have a conventional spelling without it (Wharton ~ 와튼); major where the
    translation writes the name with its ㅎ at another mention.  Not a common English word
    opening a sentence (When, Which), nor a common Korean word."""
    if ctx.source is None or _langs(ctx) != ("en", "ko") or not _WH_WORD.search(ctx.source.text):
        return
    text = ctx.target.text
    for bv in ctx.beads():
        texts = _bead_texts(bv)
        if texts is None:
            continue
        src, tgt = texts
        names = {w for w in _WH_WORD.findall(src.text) if zipf(w.lower(), "en") < 4.0}
        if not names:
            continue
        for m in _HANGUL_WORD.finditer(tgt.text):
            w = m.group()
            core = w[:-2] if len(w) >= 4 and w[-2:] in _KO_LONG_PARTICLES else \
                w[:-1] if len(w) >= 3 and w[-1] in _KO_PARTICLES else w
            code = ord(core[0]) - 0xAC00
            if code // 588 != 11 or (code % 588) // 28 not in _KO_W_GLIDES or len(core) < 2 \
                    or zipf(core, "ko") >= 3.0:
                continue  # (ㅇ opening it: 11; a w-glide vowel after it)
            name = next((x for x in sorted(names) if present_in_hangul(x, core)), None)
            if name is None:
                continue
            right = chr(0xAC00 + 18 * 588 + code % 588) + core[1:]  # (ㅎ: 18)
            s, e = tgt.span(m.start(), m.start() + len(core))
            if _in_furniture(ctx, s, e):
                continue
            sev = Severity.MAJOR if right in text else Severity.MINOR
            yield ctx.flag(s, e, f"“{core}” writes the wh of “{name}” without its ㅎ: Korean "
                                 f"spells it “{right}”", suggestion=right, severity=_severity_cap(ctx, sev))


def _hangul_vowel(syllable: str) -> int:
    """The vowel's index of a Hangul syllable (ㅣ of 니 and 이)."""
    return (ord(syllable) - 0xAC00) % (21 * 28) // 28


def _bare_vowel_after(prev: str, syl: str) -> bool:
    """Is Hangul syllable ``syl`` a bare vowel (silent ㅇ, no final) that says again the
    vowel of ``prev``, which has no final either (니이, 오오, 토오, 유우): a long vowel
    written out?"""
    if not ("\uac00" <= prev <= "\ud7a3" and "\uac00" <= syl <= "\ud7a3"):
        return False
    c, d = ord(prev) - 0xAC00, ord(syl) - 0xAC00
    return d // 588 == 11 and d % 28 == 0 and c % 28 == 0 and _hangul_vowel(prev) == _hangul_vowel(syl)


def _hangul_long_vowel_slips(ctx: CheckContext, spots: dict[str, list[int]],
                             done: set[str]) -> Iterator[Finding]:
    """N002 in a Korean translation from Japanese: a name written at one mention with a
    long vowel spelled out as a bare vowel syllable (도오야마), at another without it (도야마,
    maybe before another word: 도야마시, 도야마역), sharing three syllables or more.  Korean
    spelling of Japanese writes no long vowel, so the longer form is the slip: major, the
    name being spelled right at another mention.  Not a frequent word of the word list."""
    if _langs(ctx)[0] != "ja":
        return
    forms = list(spots)
    for w in forms:
        for k in range(1, len(w) - 1):
            if not _bare_vowel_after(w[k - 1], w[k]):
                continue
            short = w[:k] + w[k + 1:]
            stem = short[:k + 2]  # (two syllables after the dropped one at least)
            if len(stem) < 3 or len(short) < k + 2 or zipf(w, "ko") >= 3.0:
                continue
            if not any(x != w and x.startswith(stem) and not any(
                    _bare_vowel_after(x[j - 1], x[j]) for j in range(1, min(len(x), k + 2)))
                    for x in forms):
                continue
            done.add(w)
            for st in spots[w]:
                yield ctx.flag(st, st + len(w),
                               f"“{w}” writes out a long vowel the translation leaves unwritten "
                               f"elsewhere (“{stem}”), as Korean spelling of Japanese does",
                               suggestion=short, severity=_severity_cap(ctx, Severity.MAJOR))
            break


def _flag_all(ctx: CheckContext, f: str, form: str, expected: str, ev: list[Evidence],
              tl: str | None, sl: str | None, severity: Severity | None = None,
              alone: bool = False) -> Iterator[Finding]:
    for seg in ctx.target.segments:
        if seg.kind in SKIP_KINDS:
            continue
        for g in find_names(seg.text, tl, sl):
            if alone and len(g.parts) > 1:
                continue
            for p in g.parts:
                if p.fold == f:
                    if ctx.source is not None and _source_adjective_capitalised(p, ctx.source.text):
                        continue  # asturiana ~ Asturian beside Asturias: an adjective the
                        # source writes in lower case, no second spelling of the place
                    s = seg.start + p.start
                    yield ctx.flag(s, s + len(p.text),
                                   f"“{p.text}” is spelled “{expected}” elsewhere in the translation",
                                   evidence=ev, suggestion=expected, severity=severity)


__all__ = ["BeadNames", "bead_names", "name_inconsistent", "name_missing", "name_near_miss",
           "name_replaced", "place_swapped", "strong"]
