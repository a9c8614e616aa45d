"""German adjective declension against the article before it: G006 declension-slip.

After an article that shows the case itself (dem, den, des, einem, einen, eines, zum, zur,
im, and dies-/jen-/kein-/mein-/sein-/ihr-/unser-… with the same endings), an
attributive adjective takes the weak ending -en: "mit dem großen Haus", "des neuen
Gesetzes". After "das" and ins/ans/aufs/… it takes -e: "für das neue Modell"; after
ein/kein/mein/unser (no ending) -er or -es: "ein neues Modell", never "ein neue Modell".
Machine translation slips here ("mit dem große Haus", "des neue Gesetzes", "für das
neuen Modell"), and a German reader sees it at once.

Where the case, gender or number is certain without a lexicon, more is checked:

- -er after those -en determiners (mit einem großer Hund), except adverbs and decades
  (später, weiter, zwanziger) and before an adjective used as a noun (dem früher Gesagten).
- der, einer, dieser, seiner … right after a preposition that makes them dative or
  genitive (mit, von, aus, bei, zu, trotz, wegen, aufgrund …, in, an, auf, unter, über …):
  -en (mit der neuen Regierung). Not after seit, während, außer, statt, nach, vor (also
  conjunctions or postpositions: "seit der griechische Dichter schrieb", "nach wie vor
  der beste"), not a superlative (mit der wichtigste Punkt, "one of the most …"), not
  "…, in der große Teile …" (a relative clause).
- The noun's ending as the only gender and number lexicon: -ung, -heit, -keit, -schaft,
  -tion, -tät are feminine singular (not Sprung, Schwung, Schaft, Scheit), -ungen, -heiten,
  -nisse, -innen, -ismen … plural. die/eine/keine/seine … + -en + a feminine singular
  noun wants -e ("die türkischen Delegation"): an -en adjective and such a noun cannot
  stand without an article, so even a pronoun "die" does not excuse it. die/diese/keine …
  + -e + a plural noun wants -en ("keine formale Mechanismen"), but only where "die" is
  no relative or demonstrative pronoun: not after a comma, a conjunction (weil die große
  Sorgen haben) or a capitalised word (Menschen die große Hoffnungen haben), and
  die/diese/jene only after a preposition or at the start of a sentence (dadurch haben
  diese große Sorgen).
- A preposition with no article before an adjective and a feminine singular noun: -er
  after a dative or genitive one (mit großer Klarheit, not großen), -e after für, durch,
  gegen, ohne, um, wider (ohne große Mühe). Not zu ("eine zu große Belastung": the
  adverb "too"), not "was für" (the clause sets the case).

What keeps the rule precise (data: ``mtcheck/data/declension/de.txt``):

- Only an article directly before a lower-case word directly before a capitalised word
  (the noun), at most one degree adverb between (dem sehr große Haus); no line break,
  quote or bracket between them. A capitalised adjective is part of a name (dem Weißen
  Haus) and is left alone; so is any word that is not shaped like a declinable adjective
  in the word-frequency list: the right form must be frequent and the -e, -en, -em and
  -er forms of the stem must all be listed (großem, großer), which leaves out adverbs
  (zufolge, bitte), nouns, verbs, numbers, quantifiers and determiners (listed stems:
  all-, viel-, dies-, ein-), invariable adjectives (lila, rosa, beige) and city
  adjectives (Berliner, capitalised).
- Articles that are also pronouns are read as articles only where a pronoun cannot
  stand: dem/den/welchem/welchen not after a comma, bracket or dash (nor a comma and a
  preposition: "…, in dem große Teile …" is a relative clause whose own noun phrase has
  strong endings) and not at the start of a sentence (Dem folgten …); einem/einen/
  keinem/keinen/meinen and "das" only right after a preposition (das macht einem große
  Sorgen; …, das neuen Lesern gefällt; weil das großen Mut erfordert), eines/keines
  also after a noun (die Folgen eines …, a genitive). jedem/jeden are not checked
  ("everyone": bringt jedem große Vorteile); "sein" (a verb) and "ihr" (a pronoun) are
  not read as ein-words.
- An adjective whose adverb ends in -e (lange, leise, müde) before an adjective or
  participle used as a noun is that adverb (dem lange Erwarteten): skipped.
- Fixed adverbials are skipped ("den lange Zeit umstrittenen Plan", "letzten Endes"),
  and so is an adjective + noun followed by another inflected adjective and a noun
  ("den großes Aufsehen erregenden Fall"): the pair is then an inserted phrase, not the
  article's noun.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from ..model import Finding
from ._text import norm_lang, zipf
from .context import CheckContext
from ._data import lang_file
from .registry import rule


_LOWER = "a-zäöüß"
_UPPER = "A-ZÄÖÜ"
# a word (a hyphenated compound is one), after spaces or tabs only: no line break,
# quote or bracket between the article and its adjective and noun
_WORD = re.compile(rf"[ \t\u00a0]+([{_LOWER}{_UPPER}]+(?:-\w+)*)(?![\w'’])")
# marks before a relative pronoun (or a preposition and a relative pronoun)
_RELATIVE_OPEN = frozenset(",;:([–—-")
_CLAUSE_OPEN = frozenset(",;:([{–—-\"„“”«»‚‘’'‹›")


class DeclensionLexicon(NamedTuple):
    en_article: frozenset[str]
    en_relative: frozenset[str]
    en_pronoun: frozenset[str]
    e_article: frozenset[str]
    e_pronoun: frozenset[str]
    strong: frozenset[str]
    preposition: frozenset[str]
    degree: frozenset[str]
    not_adjective: frozenset[str]
    not_adjective_stem: frozenset[str]
    adverb_e: frozenset[str]
    adverbial: frozenset[tuple[str, str]]
    adverb_er: frozenset[str]
    der_preposition: frozenset[str]
    er_article: frozenset[str]
    plural_article: frozenset[str]
    fem_article: frozenset[str]
    fem_suffix: tuple[str, ...]
    plural_suffix: tuple[str, ...]
    plural_noun: frozenset[str]
    conjunction: frozenset[str]
    bare_dative: frozenset[str]
    bare_accusative: frozenset[str]
    determiners: re.Pattern
    fem_end: re.Pattern | None


def _grouped_alt(words: list[str], ignorecase: bool = False) -> str:
    """``"|".join(map(re.escape, words))`` with the words grouped by their first letter
    ("d(?:ie|er)|e(?:in)"): the same matches, but a place whose letter opens none of them
    fails once, not once per word.  Words of different first letters never match at one
    place, and the order of those of one letter is kept; where two first letters are the
    same letter in another case and the pattern ignores case, the words stay ungrouped."""
    firsts = list(dict.fromkeys(w[0] for w in words))
    if ignorecase and any(a != b and re.fullmatch(re.escape(a), b, re.I) for a in firsts for b in firsts):
        return "|".join(map(re.escape, words))
    groups: dict[str, list[str]] = {c: [] for c in firsts}
    for w in words:
        groups[w[0]].append(re.escape(w[1:]))
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


@lru_cache(maxsize=None)
def declension_lexicon(lang: str | None) -> DeclensionLexicon | None:
    """The determiner and word lists of ``lang`` (None: the language is not covered)."""
    text = lang_file("declension", lang)
    if text is None:
        return None
    lists: dict[str, list[str]] = {}
    key = None
    for line in text.splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if body[0].isspace() and key is not None:  # a continuation line
            lists[key].extend(body.split())
            continue
        if ":" not in body:
            continue
        key, rest = (p.strip() for p in body.split(":", 1))
        lists.setdefault(key, []).extend(rest.split())

    def get(k: str) -> frozenset[str]:
        return frozenset(lists.get(k, ()))

    dets = (get("en_article") | get("en_relative") | get("en_pronoun") | get("e_article")
            | get("e_pronoun") | get("strong"))
    if not dets:
        return None
    dets |= get("plural_article") | get("fem_article") | get("er_article")
    if get("der_preposition"):
        dets |= {"der"}
    order = sorted(dets, key=lambda d: len(re.escape(d)), reverse=True)
    alt, alt_i = _grouped_alt(order), _grouped_alt(order, ignorecase=True)
    # a determiner in lower case, or capitalised (the start of a sentence: checked later);
    # the case-blind branch is slow and cannot match a word of plain lower-case letters
    # that the exact one missed, so such a word skips it
    # (a lower-case word must follow: the adjective or a degree adverb; most determiners
    # stand right before their noun, and this skips them in the pattern)
    pat = re.compile(rf"(?<![\w\-'’.])(?:{alt}|(?![{_LOWER}]+\s)(?i:{alt_i}))(?=[ \t\u00a0]+[{_LOWER}])")
    adverbial = frozenset(tuple(p.split(":", 1)) for p in lists.get("adverbial", ()) if ":" in p)
    # a preposition, no article, an adjective and a feminine singular noun (by its
    # ending): "mit großen Klarheit", "ohne großen Anstrengung"; not "zu", also the adverb
    # "too" ("einer zu großen Belastung"), nor the two-way prepositions, which take the
    # accusative too ("in große Not", "in großer Not"). Found from the noun's ending: a
    # pattern that starts at every preposition is slower.
    fem = "|".join(sorted(get("feminine_suffix"), key=len, reverse=True))
    fem_end = re.compile(rf"(?:{fem})(?![\w'’\-])") if fem else None
    return DeclensionLexicon(get("en_article"), get("en_relative"), get("en_pronoun"),
                             get("e_article"), get("e_pronoun"), get("strong"), get("preposition"),
                             get("degree"), get("not_adjective"), get("not_adjective_stem"),
                             get("adverb_e"), adverbial, get("adverb_er"),
                             get("der_preposition") | get("two_way_preposition"),
                             get("er_article"),
                             get("plural_article"), get("fem_article"),
                             tuple(sorted(get("feminine_suffix"), key=len, reverse=True)),
                             tuple(sorted(get("plural_suffix"), key=len, reverse=True)),
                             get("plural_noun"), get("conjunction"),
                             frozenset(get("der_preposition") - {"zu"}), get("acc_preposition"),
                             pat, fem_end)


@lru_cache(maxsize=20_000)
def _adjective_stem(word: str, lang: str, er: bool = False) -> str | None:
    """The stem of ``word`` if it is shaped like an inflected attributive adjective
    (groß-e, wichtig-es, dritt-en; groß-er if ``er``): its -en and -e forms are listed,
    one of them frequent, and so are its -em and -er forms (which nouns and verbs lack)."""
    for end in (("en", "es", "er", "e") if er else ("en", "es", "e")):
        if word.endswith(end):
            stem = word[: -len(end)]
            break
    else:
        return None
    if len(stem) < 3:  # neu-, gut-, alt- are the shortest stems (di-e is no adjective)
        return None
    forms = {e: zipf(stem + e, lang) for e in ("e", "en", "em", "er")}
    if min(forms.values()) <= 0.0 or max(forms["e"], forms["en"]) < 2.5:
        return None
    return stem


def _feminine(noun: str, lex: DeclensionLexicon) -> bool:
    """Is ``noun`` feminine singular by its ending (Regelung, Freiheit, Nation)? Not the
    masculine Sprung, Schwung, Schaft, nor the neuter Scheit."""
    return (noun.endswith(lex.fem_suffix) and len(noun) > 4 and noun != "Schaft"
            and not noun.lower().endswith(("sprung", "schwung", "scheit")))


def _only_feminine(noun: str) -> bool:
    """Does German Wiktionary read ``noun`` as feminine singular only (Frau, Regierung)?"""
    m = noun_mask(noun)
    return bool(m) and not m & ~_FEMININE_ALL


def _only_plural(noun: str) -> bool:
    """... as plural only (Kinder, Mechanismen)?"""
    m = noun_mask(noun)
    return bool(m) and not m & ~_PLURAL_ALL


def _next_word(text: str, pos: int) -> "re.Match | None":
    """The word after spaces at ``pos`` (group 1), or None."""
    return _WORD.match(text, pos)


def _before(text: str, i: int) -> tuple[str, int]:
    """The word or mark that ends right before offset ``i`` (skipping spaces), and where
    it starts; ("", 0) at the start of the text."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0:
        return "", 0
    k = j
    while k > 0 and (text[k - 1].isalpha()):
        k -= 1
    if k == j:  # a mark, not a word
        return text[j - 1], j - 1
    return text[k:j], k


def _clause_start(text: str, i: int) -> bool:
    """Does a clause (or the text) begin right before offset ``i``?"""
    prev, _ = _before(text, i)
    return prev == "" or prev in _CLAUSE_OPEN or prev in ".!?…"


def slips(text: str, lang: str | None) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, determiner, adjective, right form) of each declension slip in
    ``text``; ``start``/``end`` delimit the adjective. After a preposition with no
    article the "determiner" is "preposition … noun"."""
    lex = declension_lexicon(lang)
    if lex is None:
        return
    base = norm_lang(lang) or ""
    for m in lex.determiners.finditer(text):
        det = m.group(0)
        low = det.lower()
        if det != low:  # capitalised: only at the start of a sentence, and only an article
            if not _clause_start(text, m.start()) or det[1:] != low[1:]:
                continue
            if low not in lex.en_article and low not in lex.e_article and low not in lex.strong:
                if ((low not in lex.plural_article and low not in lex.fem_article)
                        or _before(text, m.start())[0] not in ("", ".", "!", "?", "…")):
                    continue
        # the adjective (after at most one degree adverb) and the noun; most determiners
        # stand right before their noun, so look at one word first
        w = _next_word(text, m.end())
        if w is None or not w.group(1)[0].islower():
            continue
        if (low == "der" or low in lex.er_article) and (
                _before(text, m.start())[0].lower() not in lex.der_preposition):
            # read as dative or genitive only after a preposition: after a noun "der" may
            # be a genitive or a relative pronoun whose comma is missing ("ein Mann der
            # große Veränderungen bewirkt")
            continue
        words = [w]
        pos = w.end()
        for _ in range(2):
            w = _next_word(text, pos)
            if w is None:
                break
            words.append(w)
            pos = w.end()
        if len(words) >= 3 and words[0].group(1) in lex.degree:
            words = words[1:]
        if len(words) < 2:
            continue
        adj, noun = words[0], words[1]
        a, n = adj.group(1), noun.group(1)
        if not a.islower() or "-" in a or a in lex.not_adjective:
            continue
        if not n[0].isupper() or n in ("Sie", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihres", "Ihnen"):
            continue
        er = False  # an -er form is checked (its stem is then looked up with -er)
        if low == "der" or low in lex.er_article:  # a preposition's dative or genitive: -en
            if a.endswith("en"):
                continue
            er = a.endswith("er") and a not in lex.adverb_er
            want = "en"
        elif low in lex.fem_article or low in lex.plural_article:
            if low in lex.fem_article and a.endswith("en") and (_feminine(n, lex) or _only_feminine(n)):
                want = "e"  # die, eine … + a feminine singular noun
            elif (low in lex.plural_article and a.endswith("e")
                  and (n.endswith(lex.plural_suffix) or n in lex.plural_noun or _only_plural(n))):
                want = "en"  # die, diese … + a plural noun
            else:
                continue
        elif low in lex.strong:  # ein, kein …: -er or -es, never -e or -en
            if not a.endswith(("e", "en")):
                continue
            want = "er|es"
        elif low in lex.e_article or low in lex.e_pronoun:
            if not a.endswith(("en", "es")):
                continue
            want = "e"
        else:
            er = a.endswith("er") and a not in lex.adverb_er
            if not er and not a.endswith(("e", "es")):
                continue
            want = "en"
        stem = _adjective_stem(a, base, er)
        if stem is None or stem in lex.not_adjective_stem:
            continue
        right = "/".join(stem + w for w in want.split("|"))
        if max(zipf(stem + w, base) for w in want.split("|")) < 2.5:
            continue
        if (a, n) in lex.adverbial:
            continue
        if (a in lex.adverb_e or er) and _adjective_stem(n.lower(), base) is not None:
            continue  # an adverb before a participle used as a noun: "dem lange Erwarteten"
        # context: may the determiner be a pronoun here?
        prev, pstart = _before(text, m.start())
        if low == "der" or low in lex.er_article:  # only where a preposition makes it dative
            if det != low or prev.lower() not in lex.der_preposition:
                continue
            if low == "der" and _before(text, pstart)[0] in _RELATIVE_OPEN:
                continue  # "…, mit der große Hoffnungen verbunden sind"
            if stem.endswith(("st", "ßt")):
                continue  # "das ist mit der wichtigste Punkt" (one of the most …)
        elif low in lex.fem_article and want == "e":
            pass  # -en and a feminine singular noun need an article: "die" is one
        elif low in lex.plural_article:
            pl = prev.lower()
            if prev in _CLAUSE_OPEN or pl in lex.conjunction:
                continue  # "…, die große Sorgen haben", "weil die große Sorgen haben"
            if pl in lex.preposition:
                if _before(text, pstart)[0] in _RELATIVE_OPEN:
                    continue  # "…, für die große Summen gezahlt wurden"
            elif prev[:1].isupper():
                continue  # a relative pronoun after its noun, the comma left out
            elif low in ("die", "diese", "jene") and prev:
                continue  # a pronoun after a verb: "dadurch haben diese große Sorgen"
        elif low in lex.en_relative:
            if det != low or prev == "" or prev in _CLAUSE_OPEN or prev in ".!?…":
                continue
            if prev.lower() in lex.preposition and _before(text, pstart)[0] in _RELATIVE_OPEN:
                continue  # "…, in dem große Teile …"
        elif low in lex.en_pronoun or low in lex.e_pronoun:
            if prev.lower() in lex.preposition:
                if low in lex.e_pronoun and _before(text, pstart)[0] in _RELATIVE_OPEN:
                    continue  # "…, in das große Teile …"
            elif not (low.endswith("es") and prev[:1].isupper() and not _clause_start(text, pstart)):
                continue  # a genitive after its noun ("die Folgen eines …") is an article too
        # an inserted phrase: "den lange Zeit umstrittenen Plan", "dem zwei Tage alten …"
        nxt = _next_word(text, noun.end())
        if nxt is not None and nxt.group(1).islower():
            after = _next_word(text, nxt.end())
            w = nxt.group(1)
            if (after is not None and after.group(1)[0].isupper() and len(w) > 3
                    and w.endswith(("en", "em", "er", "es", "e")) and w not in lex.preposition):
                continue  # an inflected word and a noun after the noun: an inserted phrase
        yield adj.start(1), adj.end(1), det, a, right
    if lex.fem_end is None:
        return
    for m in lex.fem_end.finditer(text):
        # words split at single spaces (str.rfind is much faster than walking back)
        s1 = text.rfind(" ", 0, m.start())
        n = text[s1 + 1:m.end()]
        if s1 < 1 or not n[:1].isupper() or not n.isalpha() or not _feminine(n, lex):
            continue
        s2 = text.rfind(" ", 0, s1)
        a = text[s2 + 1:s1]
        if (s2 < 1 or not a.isalpha() or not a.islower() or not a.endswith(("en", "er", "es", "e"))
                or a in lex.not_adjective or a in lex.adverb_er):
            continue
        s3 = text.rfind(" ", 0, s2)
        prep = text[s3 + 1:s2]
        pl = prep.lower()
        if pl in lex.bare_dative:
            want = "er"
        elif pl in lex.bare_accusative:
            want = "e"
        else:
            continue
        if prep != pl and (prep[1:] != pl[1:] or not _clause_start(text, s3 + 1)):
            continue
        if a.endswith(want) and not (want == "e" and a.endswith(("en", "es", "er"))):
            continue  # the right ending
        stem = _adjective_stem(a, base, True)
        if stem is None or stem in lex.not_adjective_stem or zipf(stem + want, base) < 2.5:
            continue
        if _before(text, s3 + 1)[0].lower() == "was":
            continue  # "mit was für großer Freude": the case is the clause's
        yield s2 + 1, s1, f"{prep} … {n}", a, stem + want


@rule("G006", "declension-slip", "Fluency/Grammar", "minor", artefact="calque-grammar",
      summary="A German attributive adjective whose ending contradicts the article before it: "
              "-e, -es or -er after dem, den, des, einem, zum, zur, im, seinem … (“mit dem große "
              "Haus”, “des neue Gesetzes”, “mit einem großer Hund”) and after a preposition's "
              "der, einer, dieser (“mit der neue Regierung”); -en or -es after ins or a "
              "preposition's das (“für das neuen Modell”); -e or -en after ein, kein, unser "
              "(“ein neue Modell”); where the noun's ending or German Wiktionary's noun forms "
              "(data/declension/de_nouns.tsv) show feminine singular or plural only, "
              "-en after die, eine (“die türkischen Delegation”), -e after die, keine before a "
              "plural (“keine formale Mechanismen”), and the wrong strong ending after a "
              "preposition with no article (“mit großen Klarheit”). (German targets only.)",
      why="After an article that shows the case, the adjective takes a fixed ending; machine "
          "translation often keeps the ending of another case or gender, which any German "
          "reader notices. Relative and demonstrative pronouns that look like articles "
          "(“…, dem große Teile gehören”), invariable adjectives (lila, rosa) and words "
          "that are no declinable adjective are left alone.",
      fail=("They met in the small village.", "Sie trafen sich in dem kleine Dorf."),
      ok=("They met in the small village.", "Sie trafen sich in dem kleinen Dorf."))
def declension_slip(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    lang = ctx.target.lang
    if norm_lang(lang) != "de":
        return
    lex = declension_lexicon(lang)
    for seg in ctx.target.segments:
        for start, end, det, adj, right in slips(seg.text, lang):
            if " … " in det:  # a preposition with no article: or an article is missing
                yield ctx.flag(seg.start + start, seg.start + end,
                               f"“{adj}” does not agree with “{det}” (no article): there an "
                               f"attributive adjective ends like “{right}” (or an article is "
                               f"missing)")
                continue
            # -es or -er after dem/einen … (einen langwieriges Verfahren), -e/-en after
            # ein, and -en after die before a feminine noun (der türkischen Delegation?)
            # may as well be a wrong article: no single fix to suggest
            one = "/" not in right and not (adj.endswith(("es", "er")) and right.endswith("en"))
            if lex is not None and det.lower() in lex.fem_article and right.endswith("e"):
                one = False
            yield ctx.flag(seg.start + start, seg.start + end,
                           f"“{adj}” does not agree with “{det}”: after it an attributive "
                           f"adjective ends like “{right}”" + ("" if one else " (or the article is wrong)"),
                           suggestion=right if one else None)


# ----------------------------------------------------------------------------------
# G007: a determiner that fits no reading of its noun (German)
# ----------------------------------------------------------------------------------
# readings as bits: gender or plural (m, f, n, p) x case (nominative, genitive, dative,
# accusative); bit g*4+c, as in data/declension/de_nouns.tsv
def _bits(spec: str) -> int:
    g = {"m": 0, "f": 1, "n": 2, "p": 3}
    c = {"N": 0, "G": 1, "D": 2, "A": 3}
    return sum(1 << (g[x[0]] * 4 + c[x[1]]) for x in spec.split())


_DER, _DIE, _DAS = _bits("mN fG fD pG"), _bits("fN fA pN pA"), _bits("nN nA")
_DEN, _DEM, _DES = _bits("mA pD"), _bits("mD nD"), _bits("mG nG")
_EIN, _EINE, _EINEN = _bits("mN nN nA"), _bits("fN fA"), _bits("mA")
_EINER_ART, _EINES = _bits("fG fD"), _bits("mG nG")
# ein-words with a plural (kein, mein, unser …): -e, -er and -en have plural readings too
_KEIN_FORMS = {"": _EIN, "e": _EINE | _bits("pN pA"), "er": _EINER_ART | _bits("pG"),
               "en": _EINEN | _bits("pD"), "em": _DEM, "es": _EINES}
# dies-: also "diesen Jahres", "dieses Monats" (genitive, common in news copy)
_DIES_FORMS = {"er": _DER, "e": _DIE, "es": _DAS | _DES, "em": _DEM, "en": _DEN | _DES}
_JED_FORMS = {"er": _bits("mN fG fD"), "e": _EINE, "es": _DAS | _DES, "em": _DEM, "en": _EINEN | _DES}


def _determiner_masks() -> dict[str, int]:
    out = {"der": _DER, "die": _DIE, "das": _DAS, "den": _DEN, "dem": _DEM, "des": _DES,
           "ein": _EIN, "eine": _EINE, "einen": _EINEN, "einem": _DEM, "einer": _EINER_ART,
           "eines": _EINES}
    for w in ("im", "am", "vom", "zum", "beim"):
        out[w] = _DEM
    out["zur"] = _bits("fD")
    for w in ("ins", "ans", "aufs", "durchs", "fürs", "ums", "übers"):
        out[w] = _DAS
    # possessives and kein; not bare "sein" (a verb) nor "ihr" (a pronoun: gab ihr Blumen)
    for stem in ("kein", "mein", "dein", "sein", "ihr", "unser", "eur", "euer"):
        for end, mask in _KEIN_FORMS.items():
            w = stem + end
            if w in ("sein", "ihr", "eur"):
                continue
            if stem == "euer" and end:
                continue  # eure, eurer … (euere is rare)
            if w == "meinen":
                continue  # also the verb: "damit meinen Aufsichtsräte …"
            out[w] = mask
    for end, mask in _DIES_FORMS.items():
        out["dies" + end] = mask  # (jen- is more often a pronoun: "nur jenen, die …")
    for end, mask in _JED_FORMS.items():
        out["jed" + end] = mask
    return out


_DET_MASK = _determiner_masks()
# lower case, or capitalised (a sentence's start: checked later); case-sensitive, which
# is several times faster than an IGNORECASE alternation
_DET_RE = re.compile(r"(?<![\w\-'’.])(" + _grouped_alt(sorted(
    {x for d in _DET_MASK for x in (d, d[0].upper() + d[1:])}, key=len, reverse=True))
    + r")(?=[ \t\u00a0]+[A-ZÄÖÜa-zäöüß])")
# articles that are also relative or demonstrative pronouns: not after a clause mark,
# nor after a clause mark and a preposition ("…, in dem Kinder spielen")
_PRONOUN_LIKE = frozenset("der die das den dem".split())
_READING_NAMES = ("masculine", "feminine", "neuter", "plural")


class _Readings:
    """Form -> mask, parsed from hex on first use (the file has 250,000 forms; a CLI
    run reads a few hundred).  A plain str -> str dict inside, not a dict subclass: the
    garbage collector leaves such a dict untracked, while it walks a subclass's 250,000
    entries at every full collection."""

    __slots__ = ("_d",)

    def __init__(self, items=()) -> None:
        self._d: dict[str, str] = dict(items)

    def __contains__(self, key) -> bool:
        return key in self._d

    def __len__(self) -> int:
        return len(self._d)

    def get(self, key, default=None):
        v = self._d.get(key)
        if v is None:
            return default
        return v if isinstance(v, int) else int(v, 16)


@lru_cache(maxsize=1)
def _noun_readings() -> _Readings:
    from ._data import DATA
    try:
        text = (DATA / "declension" / "de_nouns.tsv").read_text(encoding="utf-8")
    except OSError:
        return _Readings()
    # the comment lines first, then "form<TAB>mask" lines: one split is the fastest parse
    start = text.index("\n", text.rindex("\n#")) + 1 if "\n#" in text else 0
    tokens = iter(text[start:].split())
    return _Readings(zip(tokens, tokens))


# derivational endings that fix gender and number where the lexicon lacks the word
# (Beanstandung, Umschuldung): feminine singular, or their plurals
_FEM_END = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät")
_FEM_PLURAL_END = tuple(e + "en" for e in _FEM_END)
_FEMININE_ALL, _PLURAL_ALL = 0xF0, 0xF000
_NEUTER_NDA = _bits("nN nD nA")
_NOMINATIVE = _bits("mN fN nN pN")


def _head(word: str, table: dict[str, int]) -> tuple[int, int]:
    """Readings and length of the longest known head of compound ``word``
    (Zeitungsartikel ~ Artikel), where what comes before it is a German word too
    (zeitung-s), and the head has a nominative reading; (0, 0) if none."""
    if len(word) < 8:
        return 0, 0
    for i in range(4, len(word) - 3):
        head = word[i].upper() + word[i + 1:]
        m = table.get(head)
        if m is None:
            continue
        if not m & _NOMINATIVE or head.lower() in _STOP_WORDS or head == "Eins":
            continue  # an old dative (Fache), a dative plural or a number (Willkommen-s-eins)
            # is no compound's head
        left = word[:i].lower()
        if any(zipf(x, "de") >= 3.0 for x in (left, left[:-1] if left.endswith("s") else "",
                                              left + "e", left + "en") if len(x) >= 4):
            return m | _linking_s_head(word, i, table), len(head)
    return 0, 0


# endings of a German noun that joins a compound with a linking -s whatever its gender
# (Wohnungsamt, Gesundheitsamt, Gemeinschaftsraum, Lieferantensitz is no such)
_LINKING_S_END = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ling", "tum")


def _linking_s_head(word: str, i: int, table) -> int:
    """The readings of the other head of compound ``word`` whose head found at ``i``
    opens with an s: the s taken as the linking -s of the part before it and a shorter
    head after it (Verkehr-s-amt ~ Amt, not Verkehr-samt ~ Samt), where the part before
    takes that -s (its genitive in -s, Verkehrs; or a feminine suffix that links with it,
    Gesundheit-s-amt); 0 if none.  Both readings count: either split may be the word's."""
    if word[i] != "s" or len(word) - i - 1 < 3:
        return 0
    left = word[:i]
    alt = word[i + 1].upper() + word[i + 2:]
    am = table.get(alt)
    if not am or not am & _NOMINATIVE or alt.lower() in _STOP_WORDS:
        return 0
    if table.get(left + "s", 0) & _GENITIVE or left.lower().endswith(_LINKING_S_END):
        return am
    return 0


@lru_cache(maxsize=50_000)
def noun_mask(word: str) -> int:
    """The readings of capitalised German noun ``word``: its own (Wiktionary's forms), an
    old dative in -e of a masculine or neuter noun (dem Jahre), a nominalised infinitive
    (das Entstehen, beim Messen), a feminine ending (-ung, -heit, -tion …) or a compound's
    head (Zeitungsartikel ~ Artikel, EU-Kommission ~ Kommission); 0 if unknown."""
    table = _noun_readings()
    if "-" in word:
        first, word = word.split("-", 1)[0], word.rsplit("-", 1)[1]
        if not word[:1].isupper() or not (first.isupper() or first in table):
            return 0  # a name's compound (Austria-Peak, Tien-Schan) keeps its own forms
    m = table.get(word)
    if m is None and "ss" in word:
        m = table.get(word.replace("ss", "ß"))  # Swiss spelling (Fusstapfen)
    if m is not None and len(word) >= 8:
        # a compound takes its head's gender; where Wiktionary's entry for the compound
        # says otherwise (Grundschulsystem m), either may be right: both readings count
        m |= _head(word, table)[0]
    low = word.lower()
    if m is None:
        if low.endswith(("ste", "sten", "fache", "fachen")):
            return 0  # das Mindeste, das Zehnfache: adjectives used as nouns
        head, hlen = _head(word, table)
        fem = next((e for e in _FEM_END if low.endswith(e)), None) if len(word) > 5 else None
        fem_pl = next((e for e in _FEM_PLURAL_END if low.endswith(e)), None) if len(word) > 7 else None
        suffix = fem or fem_pl
        if head and (suffix is None or hlen > len(suffix) + 2):
            m = head  # Investitionsabschwung: the head Abschwung, no -ung noun
        elif fem:
            m = _FEMININE_ALL  # Regentschaft, Beanstandung
        elif fem_pl:
            m = _PLURAL_ALL
        else:
            return 0  # unknown (an adjective or participle used as a noun, die Beamten,
            # des Möglichen, takes any gender, number and case)
    if word.endswith("s") and word[-2:-1] in "aeiouy" and not m & _NOMINATIVE \
            and table.get(word[:-1], 0) & _NOMINATIVE:
        m |= _PLURAL_ALL  # a loanword's plural in -s (die Ibos, die Kameras)
    if word.endswith(("er", "el", "en")) and m & 0x0F0F and not m & _PLURAL_ALL:
        # a masculine or neuter noun in -er, -el, -en has its plural in the same form
        # (die Lehrer, die Gemeinwesen), which Wiktionary does not always list
        m |= _bits("pN pG pA") | (_bits("pD") if word.endswith("en") else 0)
    if low.endswith(("e", "en", "er", "es", "em")) and _adjective_stem(low, "de") is not None:
        return 0  # maybe an adjective used as a noun (die Armen, der Vorsitzende): any reading
    if word.endswith("e") and len(word) > 3:
        base = table.get(word[:-1], 0)
        # dem Jahre, im Falle, am Rande: the old dative of a masculine or neuter noun
        m |= (base & 0x1) << 2 | (base & 0x100) << 2
    if word.endswith(("en", "ern", "eln")) and len(word) > 4:
        m |= _NEUTER_NDA  # das Entstehen, zum Reden: any infinitive can be a noun
    return m


_GENITIVE = _bits("mG fG nG pG")
# the genders or plural a relative pronoun of this form refers to (der Mann, der …; die
# Frau, der …): bits of m, f, n, p as in the noun masks, any case
_RELATIVE_OF = {"der": 0x00FF, "die": 0xF0F0, "das": 0x0F00, "den": 0x000F, "dem": 0x0F0F}


def _may_refer(det: str, noun: str) -> bool:
    """May ``det`` be a relative pronoun for ``noun`` right before it (an unknown noun, a
    name: yes)?"""
    m = noun_mask(noun)
    return not m or bool(m & _RELATIVE_OF[det])


class _EmptyLex:
    conjunction: frozenset[str] = frozenset()
    not_adjective_stem: frozenset[str] = frozenset()


_EMPTY_LEX = _EmptyLex()


def _genitive_only(dmask: int, nmask: int) -> bool:
    """Is the clash only a genitive ending: the determiner is genitive for a gender the
    noun has in another case (des Auftritt, des Brexit)?"""
    return any(dmask >> (g * 4 + 1) & 1 and nmask >> (g * 4) & 0xF for g in range(3))


def _describe(mask: int) -> str:
    kinds = [_READING_NAMES[g] for g in range(4) if mask >> (g * 4) & 0xF]
    sing = [k for k in kinds if k != "plural"]
    parts = []
    if sing:
        parts.append("/".join(sing) + " singular")
    if "plural" in kinds:
        parts.append("plural")
    return " or ".join(parts)


def agreement_slips(text: str) -> Iterator[tuple[int, int, str, str, int]]:
    """(start, end, determiner, noun, noun readings) where a German determiner, with at
    most three adjectives between, stands before a noun none of whose readings it has."""
    lex = None
    for m in _DET_RE.finditer(text):
        det = m.group(1)
        low = det.lower()
        dmask = _DET_MASK[low]
        pos = m.end()
        noun = None
        for k in range(4):
            w = _WORD.match(text, pos)
            if w is None:
                break
            word = w.group(1)
            if word[0].isupper():
                noun = w
                break
            if lex is None:
                lex = declension_lexicon("de") or _EMPTY_LEX
            stem = None if word in _DEGREE else _adjective_stem(word, "de", True)
            if word not in _DEGREE and (word in _STOP_WORDS or word in _DET_MASK or stem is None
                                        or stem in lex.not_adjective_stem):
                break  # no adjective: "die in der Schweiz lebenden", "ein mehrere …", "ein oder",
                # "das aller Wahrscheinlichkeit nach"
            if k == 0 and low == "am" and word.endswith("sten"):
                break  # a superlative: "am meisten betroffenen Länder"
            pos = w.end()
        if noun is None:
            continue
        n = noun.group(1)
        # the noun first (most determiners agree: one cached look-up), the context after
        nmask = noun_mask(n) if n.isalpha() or n.replace("-", "").isalpha() else 0
        if not nmask or nmask & dmask:
            continue
        slip = _slip_in_context(text, m, det, low, dmask, noun, n, nmask)
        if slip:
            yield m.start(), noun.end(), det, n, nmask


def _slip_in_context(text: str, m: "re.Match", det: str, low: str, dmask: int,
                     noun: "re.Match", n: str, nmask: int) -> bool:
    """Is a determiner that fits no reading of its noun a slip here, not a pronoun, a
    name, a title or an inserted phrase?"""
    from ._text import de_proper, exonym_classes, fold
    if det != low and (det[1:] != low[1:] or not _clause_start(text, m.start())):
        return False  # a capital inside a sentence: part of a name or a title (Die Zeit)
    after = text[noun.end():noun.end() + 2]
    if after[:1] in ("-", "‐", "/") or n.isupper() or len(n) < 3:
        return False  # a compound cut at its hyphen (Kinder- und Jugendhilfe), an acronym
    if n in _ADVERBIAL_NOUNS:
        return False  # "die Ende vergangenen Jahres veröffentlichte Studie"
    lex = declension_lexicon("de") or _EMPTY_LEX
    nxt = _WORD.match(text, noun.end())
    if nxt is not None:
        w2 = nxt.group(1)
        if after[:1] == " " and w2[0].isupper():
            return False  # a name or title of several words (am Roten Meer, die First Lady,
            # des Major N. Jayal): German writes two nouns of one phrase as one word
        if w2 in _ENGLISH_LINKS:
            return False  # an English title (das Statute of Monopolies)
        if w2.islower() and w2 not in _DET_MASK and _adjective_stem(w2, "de", True) not in (
                None, *lex.not_adjective_stem):
            after2 = _WORD.match(text, nxt.end())
            if after2 is not None and after2.group(1)[0].isupper():
                return False  # an inserted phrase: "in den Erdöl produzierenden Ländern"
    prev, pstart = _before(text, m.start())
    pl = prev.lower()
    if pl in _DET_MASK:
        return False  # "auf der einen Seite": the determiner is an adjective here
    if de_proper(n, zipf(n.lower(), "de")) or exonym_classes(fold(n)) or (
            n.endswith("s") and exonym_classes(fold(n[:-1]))):
        return False  # a name (die Gauck-Behörde is read by its head)
    if _genitive_only(dmask, nmask) and zipf(n.lower(), "en") >= zipf(n.lower(), "de") - 1.0:
        return False  # a word of English without the genitive -s (des Brexit, des Crowdfunding)
    if low.startswith("dies") and pl in lex.conjunction:
        return False  # "wo diese Anklang findet": a pronoun
    if low in _PRONOUN_LIKE or det[0].isupper():
        if prev in _RELATIVE_OPEN:
            return False  # "…, der Geld fehlt": a relative pronoun
        if pl in _PREPOSITIONS and _before(text, pstart)[0] in _RELATIVE_OPEN:
            return False  # "…, in dem Kinder spielen"
        if prev[:1].isupper() and not _clause_start(text, pstart) and low != "des" \
                and _may_refer(low, prev):
            return False  # after a noun: maybe its relative pronoun, the comma missing
            # (die Frau der Geld fehlt); not one of another gender (die Reform den Regelung)
    return True


# words that end like an adjective but open a noun phrase of their own or count it
# nouns of time that open an adverbial inside an extended attribute
_ADVERBIAL_NOUNS = frozenset("Anfang Ende Mitte Beginn".split())
_ENGLISH_LINKS = frozenset("of for and the on at by to".split())
_STOP_WORDS = frozenset("mehrere einige etliche viele wenige manche sämtliche zwei drei vier fünf "
                        "sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig "
                        "hundert tausend".split())
_DEGREE = frozenset("sehr besonders äußerst extrem ziemlich relativ überaus höchst recht ganz "
                    "noch so".split())
_PREPOSITIONS = frozenset(
    "an auf aus außer bei durch entgegen gegenüber für gegen hinter in mit nach neben ohne seit "
    "über um unter von vor während wegen zu zwischen trotz statt".split())


@rule("G007", "article-noun-agreement", "Fluency/Grammar", "minor", artefact="calque-grammar",
      summary="A German determiner before a noun it cannot belong to: no gender, number and "
              "case the determiner can stand for is one the noun has (“des neuen Regelung”, "
              "“mit den Kinder”, “ein Frau”), by the noun forms of German Wiktionary "
              "(data/declension/de_nouns.tsv; a compound by its head, EU-Kommission by "
              "Kommission; a head that may open with the linking -s counts both ways, "
              "Verkehrsamt by Amt as well as Samt). (German targets only.)",
      why="Machine translation keeps the article of another gender or case when it rebuilds a "
          "noun phrase; a German reader sees the slip at once, and it can hide which noun "
          "an adjective or genitive belongs to. Articles that are also relative pronouns "
          "(“…, der Geld fehlt”), names, acronyms and nouns declined like adjectives (der "
          "Abgeordnete) are left alone; unknown nouns are not judged.",
      fail=("The reform of the new rule was postponed.",
            "Die Reform des neuen Regelung wurde verschoben."),
      ok=("The reform of the new rule was postponed.",
          "Die Reform der neuen Regelung wurde verschoben."))
def article_noun_agreement(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if norm_lang(ctx.target.lang) != "de":
        return
    for seg in ctx.target.segments:
        if seg.kind in ("ui", "metadata", "credit"):
            continue
        for start, end, det, noun, nmask in agreement_slips(seg.text):
            right = fitting_determiner(det, nmask)
            span = seg.text[start:end]
            # a fix only where the determiner shows one case (des, dem, einem): where it
            # stands for two (unser: nominative or accusative) the case may be the slip too
            one_case = sum(1 for c in _CASES if _DET_MASK.get(det.lower(), 0) & c) == 1
            yield ctx.flag(seg.start + start, seg.start + end,
                           f"“{det}” does not fit “{noun}” ({_describe(nmask)}): "
                           + (f"in the same case it takes “{right}”" if right else
                              "the article or the noun's form is wrong"),
                           suggestion=right + span[len(det):] if right and one_case else None)


# the forms of one determiner word: the definite article, and the endings of the ein-,
# dies- and jed- words (contractions such as zum, im have no single alternative)
_DEFINITE = ("der", "die", "das", "den", "dem", "des")
_CASES = (0x1111, 0x2222, 0x4444, 0x8888)  # nominative, genitive, dative, accusative bits


def fitting_determiner(det: str, nmask: int) -> str | None:
    """The one form of ``det``'s determiner that fits the noun's readings in a case
    ``det`` itself can stand for (des Regelung: genitive, so der), or None when there is
    none or more than one, or when the determiner's gender or number is the noun's (den
    Kinder: the noun's form may be wrong, den Kindern)."""
    low = det.lower()
    dmask = _DET_MASK.get(low, 0)
    if any(dmask >> (g * 4) & 0xF and nmask >> (g * 4) & 0xF for g in range(4)):
        return None  # the gender or number agree: the noun's case form may be the slip
        # (mit den Kinder: den Kindern)
    if low in _DEFINITE:
        forms = {d: _DET_MASK[d] for d in _DEFINITE}
    else:
        stem = next((st for st in ("dies", "jed", "kein", "mein", "dein", "sein", "ihr", "unser",
                                   "eur", "ein") if low.startswith(st)), None)
        if stem is None:
            return None
        table = {"dies": _DIES_FORMS, "jed": _JED_FORMS}.get(stem, _KEIN_FORMS)
        # (ein has no plural: its forms are the articles'; bare sein, ihr, unser count here)
        forms = {stem + e: (_DET_MASK.get(stem + e, 0) if stem == "ein" else m) for e, m in table.items()}
    cases = sum(c for c in _CASES if dmask & c)
    fits = {f for f, m in forms.items() if f != low and m & nmask & cases}
    if len(fits) != 1:
        return None
    right = fits.pop()
    return right[0].upper() + right[1:] if det[0].isupper() else right
