"""Forms of address: a translation that speaks to its reader both formally and informally
(S015).

Languages with a T–V distinction (German du/Sie, French tu/vous, Spanish tú/usted, Dutch
jij/u, Italian tu/Lei) choose one register for a text; machine translation picks one per sentence, so a
text or a UI string can switch ("Klicken Sie hier, um dein Profil zu bearbeiten"). Each
language's forms are data under ``mtcheck/data/register/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..model import Finding
from ._data import lang_file
from ._text import _is_initial
from .context import CheckContext
from .form import quoted_spans
from .registry import rule
from .sentence import word_pattern

_WORD = re.compile(r"[^\W\d_]+")
_MAX_FLAGS = 10  # per document: the rest are the same finding


@dataclass(frozen=True)
class Forms:
    informal: frozenset[str]
    formal: frozenset[str]
    formal_capitalised: bool  # German: "Sie" is formal only with a capital, mid-sentence
    # formal forms that are also the informal plural subject before its verb ("Ihr habt")
    plural_subject: frozenset[str] = frozenset()
    plural_verbs: frozenset[str] = frozenset()  # verb forms only that plural has ("habt")
    # do the pronouns show a text's register (False: mostly verb forms do, as in Spanish)?
    catalogue: bool = True
    # every form of either register, as whole words in any case: the only words looked at
    pattern: "re.Pattern[str] | None" = None


@lru_cache(maxsize=None)
def forms(lang: str | None) -> Forms | None:
    """The address forms of ``lang`` (None: the language is not checked)."""
    text = lang_file("register", lang)
    if text is None:
        return None
    kv: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" in line:
            k, v = line.split(":", 1)
            kv[k.strip()] = v.strip()
    informal = kv.get("informal", "").casefold().split()
    formal = kv.get("formal", "").casefold().split()
    alts = sorted(informal + formal, key=lambda w: len(re.escape(w)), reverse=True)
    return Forms(frozenset(informal),
                 frozenset(kv.get("formal", "").casefold().split()),
                 kv.get("formal_capitalised", "").lower() in ("yes", "true"),
                 frozenset(kv.get("plural_subject", "").casefold().split()),
                 frozenset(kv.get("plural_verbs", "").casefold().split()),
                 kv.get("catalogue", "yes").lower() not in ("no", "false"),
                 word_pattern(alts) if alts else None)


def _plural_verb_follows(text: str, end: int, fm: Forms) -> bool:
    """Does a verb of the informal plural follow: right after ("Ihr macht") or within a
    few words in a form no other person has ("Ihr Erfolg habt")?"""
    words = [m.group() for _, m in zip(range(4), _WORD.finditer(text, end))]
    if words and words[0].islower() and words[0].endswith(("t", "d")):
        return True
    return any(w in fm.plural_verbs for w in words)


def address(text: str, lang: str | None) -> list[tuple[int, int, str, str]]:
    """The forms of address in ``text`` outside quotation marks, in order:
    (start, end, word, "formal" | "informal")."""
    fm = forms(lang)
    if fm is None or fm.pattern is None:
        return []
    quoted: list | None = None
    out = []
    for m in fm.pattern.finditer(text):
        w = m.group()
        f = w.casefold()
        if f in fm.informal:
            kind = "informal"
        elif f in fm.formal:
            if fm.formal_capitalised and (not w[0].isupper() or _is_initial(text, m.start())):
                continue  # "sie" (she, they), or a sentence-initial "Sie"
            if f in fm.plural_subject and _plural_verb_follows(text, m.end(), fm):
                out.append((m.start(), m.end(), w, "informal"))  # "Ihr habt": informal plural
                continue
            if text[max(0, m.start() - 2):m.start()].strip()[-1:].isdigit():
                continue  # Dutch "20 u" (uur)
            kind = "formal"
        else:
            continue
        if quoted is None:
            quoted = quoted_spans(text)
        if any(a <= m.start() < b for a, b, _ in quoted):
            continue  # quoted speech keeps its speaker's register
        out.append((m.start(), m.end(), w, kind))
    return out


@rule("S015", "register-mix", "Style/Register", "minor", artefact="register-mix",
      summary="The translation addresses its reader both formally and informally (German Sie "
              "and du, French vous and tu, Spanish usted and tú, Dutch u and jij, Italian Lei "
              "and tu) in one text or one string; the forms in the minority are flagged. Quoted "
              "speech, German "
              "sentence-initial “Sie” (also “she”, “they”) and a source that mixes the two "
              "itself are left alone. With the option register = \"formal\" (or \"informal\"), the "
              "house style, every form of the other register is flagged.",
      why="A text keeps one register; machine translation chooses one sentence by sentence, "
          "so copy and UI strings switch between “Sie” and “du” and read as careless or rude.",
      fail=("Click here to edit your profile.", "Klicken Sie hier, um dein Profil zu bearbeiten."),
      ok=("Click here to edit your profile.", "Klicken Sie hier, um Ihr Profil zu bearbeiten."),
      options={"register": ""})
def register_mix(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    tgt = ctx.target
    found = address(tgt.text, tgt.lang)
    kinds = {k for *_, k in found}
    # a house style ("register = 'formal'") makes every form of the other register a slip
    wanted = str(opts.get("register") or "").strip().lower()
    if wanted in ("formal", "informal"):
        if not kinds - {wanted}:
            return
        minority, major = ({"formal", "informal"} - {wanted}).pop(), wanted
        reason = f"the house style is {major}"
    else:
        if len(kinds) < 2:
            return
        src = ctx.source
        if src is not None and len({k for *_, k in address(src.text, src.lang)}) == 2:
            return  # the source mixes them too: perhaps on purpose (a form letter, a quotation)
        n = {k: sum(1 for *_, kk in found if kk == k) for k in kinds}
        # the minority is the slip; at a tie, the register the text turns to second
        minority = min(kinds, key=lambda k: (n[k], -next(i for i, f in enumerate(found) if f[3] == k)))
        major = ({"formal", "informal"} - {minority}).pop()
        example = next(w for *_, w, k in found if k == major)
        reason = f"the rest of the translation is {major} (“{example}”, {n[major]}×)"
    flagged = 0
    for s, e, w, k in found:
        if k != minority:
            continue
        yield ctx.flag(s, e, f"“{w}” addresses the reader {minority}ly; {reason}",
                       suggestion=f"keep to the {major} register")
        flagged += 1
        if flagged >= _MAX_FLAGS:
            break
