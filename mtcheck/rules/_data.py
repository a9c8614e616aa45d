"""Per-language data files of the rule families (data/<family>/<lang>.txt)."""

from __future__ import annotations

import re
from pathlib import Path

from ._text import norm_lang

DATA = Path(__file__).resolve().parent.parent / "data"


def lang_file(family: str, lang: str | None) -> str | None:
    """The text of data/<family>/<lang>.txt for the base language of ``lang`` (de-CH → de),
    or None where the language has no file (the family does not judge it)."""
    base = norm_lang(lang)
    if not base or not re.fullmatch(r"[a-z]{2,3}", base):
        return None
    try:
        text = (DATA / family / f"{base}.txt").read_text(encoding="utf-8")
    except OSError:
        return None
    # "@same-as id": a language that shares the other's words (Malay and Indonesian) keeps
    # one list, not a copy to keep in step
    m = _SAME_AS.match(text)
    if m and m.group(1) != base:
        return lang_file(family, m.group(1))
    return text


_SAME_AS = re.compile(r"(?:#[^\n]*\n|\s*\n)*@same-as ([a-z]{2,3})\s*$")
