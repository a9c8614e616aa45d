"""Language tags as people write them (de, de-CH, en_GB, deu, ger, German) → the codes
mtcheck works with (ISO 639-1, with any script and region in BCP 47 case: ``de-CH``).

A tag mtcheck does not know would switch off every language-specific check without a
word (``--source-lang german`` made "Er" a name), so the command line and manifests
refuse it in one line; the Python API passes unknown tags through unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "languages.tsv"
_TAG = r"^([a-z]{2,3})((?:-[a-z0-9]{1,8})*)$"  # compiled on first use, as the table is read


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], dict[str, str]]:
    """(codes, alias -> code), read on first use (the CLI's start-up does not pay for it)."""
    codes: set[str] = set()
    alias: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) == 2:  # an old or other code and the code it stands for
            alias[cols[0]] = cols[1]
            continue
        code, a3, a3b, name = cols
        codes.add(code)
        for other in (a3, a3b, name.casefold()):
            alias.setdefault(other, code)
    return frozenset(codes), alias


def is_iso639_1(code: str) -> bool:
    """A two-letter ISO 639-1 code (lower case): what a corpus header or a resource file
    name is recognised by."""
    return len(code) == 2 and code in _table()[0]


@lru_cache(maxsize=512)
def canonical(tag: str | None) -> str | None:
    """The tag as mtcheck's code, or None for an empty one; raises ValueError (with a
    hint) for a tag it does not know."""
    if tag is None:
        return None
    t = str(tag).strip().replace("_", "-").lower()
    if not t:
        return None
    codes, alias = _table()
    m = re.match(_TAG, t)
    if m:  # a code, with any script and region subtags after it (zh-Hant-TW)
        code = m.group(1) if m.group(1) in codes else alias.get(m.group(1))
        if code:
            return code + "".join(f"-{_subtag(x)}" for x in m.group(2).split("-") if x)
    code = alias.get(t)  # an English name: "German", "Serbo-Croatian"
    if code:
        return code
    raise ValueError(f"unknown language {tag!r}: give an ISO 639 code (de, de-CH, deu) "
                     "or an English name (German)")


def _subtag(x: str) -> str:
    """BCP 47 case: regions upper (CH), scripts title (Hant), the rest lower."""
    if len(x) == 2 and x.isalpha():
        return x.upper()
    if len(x) == 4 and x.isalpha():
        return x.title()
    return x


# wordfreq's code where it differs from ours: Croatian, Serbian and Bosnian share its
# Serbo-Croatian list (asked for 'hr', it answers with 'sh' and a warning on stderr)
WORDFREQ_CODE = {"hr": "sh", "sr": "sh", "bs": "sh", "tl": "fil"}  # (wordfreq files Tagalog under "fil")


def lenient(tag: str | None) -> str | None:
    """:func:`canonical`, or the tag as given where mtcheck does not know it."""
    try:
        return canonical(tag)
    except ValueError:
        return tag


def lang_arg(value: str) -> str | None:
    """argparse type of --source-lang/--target-lang: a tag mtcheck knows, or one error line."""
    import argparse
    try:
        return canonical(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
