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
    alt = "|".join(sorted((re.escape(d) for d in dets), key=len, reverse=True))
    # a determiner in lower case, or capitalised (the start of a sentence: checked later);
    # the case-blind branch is slow and cannot match a word of plain lower-case letters
    # that the exact one missed, so such a word skips it
    # (a lower-case word must follow: the adjective or a degree adverb; most determiners
    # stand right before their noun, and this skips them in the pattern)
    pat = re.compile(rf"(?<![\w\-'’.])(?:{alt}|(?![{_LOWER}]+\s)(?i:{alt}))(?=[ \t\u00a0]+[{_LOWER}])")
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
            if low in lex.fem_article and a.endswith("en") and _feminine(n, lex):
                want = "e"  # die, eine … + a feminine singular noun
            elif (low in lex.plural_article and a.endswith("e")
                  and (n.endswith(lex.plural_suffix) or n in lex.plural_noun)):
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
              "(“ein neue Modell”); where the noun's ending shows feminine singular or plural, "
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
