"""Number format of the target locale (S007): a figure copied with the source's decimal
or thousands separator.

"70,000" is seventy thousand to an English reader and seventy to a German one; "3.5"
in a French text is a typo at best.  MT systems and copy-paste keep the source's
punctuation.  The rule looks only at numbers with a single separator whose value the
source sentence has (read with the source's own convention), so times (14.30 Uhr),
dates, codes and versions (Web 2.0) are never judged.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Finding, Severity
from ._text import find_numbers, norm_lang
from .context import CheckContext
from .registry import rule

# languages writing a decimal comma (and grouping thousands with . or a space) ...
DECIMAL_COMMA = frozenset({"de", "fr", "es", "it", "pt", "nl", "da", "sv", "nb", "fi", "pl", "cs",
                           "sk", "ru", "uk", "ro", "hu", "tr", "ca", "el", "bg", "hr", "sl", "sr",
                           "lt", "lv", "et", "is", "id"})
# ... and those writing a decimal point (and grouping with ,)
DECIMAL_POINT = frozenset({"en", "zh", "ja", "ko", "he", "th", "ms", "hi"})

_ONE_SEP = re.compile(r"(\d{1,3})([.,])(\d+)")
# how a locale groups thousands, for suggestions
_GROUP = {"de": ".", "fr": "\u202f", "es": ".", "it": ".", "pt": ".", "nl": ".", "da": ".",
          "sv": "\u00a0", "nb": "\u00a0", "fi": "\u00a0", "pl": "\u00a0", "cs": "\u00a0", "ru": "\u00a0"}


def _value(text: str, lang: str | None) -> float | None:
    """The value of a one-separator number read with ``lang``'s convention (None when the
    language's convention is unknown or the form has none)."""
    m = _ONE_SEP.fullmatch(text)
    if m is None:
        return None
    whole, sep, frac = m.groups()
    decimal_sep = "," if lang in DECIMAL_COMMA else ("." if lang in DECIMAL_POINT else None)
    if decimal_sep is None:
        return None
    if sep == decimal_sep:
        return float(f"{whole}.{frac}")
    return float(whole + frac) if len(frac) == 3 else None


def _source_values(text: str, lang: str | None) -> set[float]:
    out: set[float] = set()
    for n in find_numbers(text, lang, False):
        if n.kind not in ("number", "year"):
            continue
        v = _value(n.text.strip(), lang)
        if v is not None:
            out.add(v)
        else:
            out |= {x for x in n.values if isinstance(x, float)}
    return out


def format_slips(source: str, target: str, sl: str | None, tl: str | None) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, number as written, suggestion, meaning changes) for the numbers of
    ``target`` written with the wrong separator for ``tl``."""
    if tl not in DECIMAL_COMMA and tl not in DECIMAL_POINT:
        return []
    if not any(c in target for c in ".,"):
        return []
    svals: set[float] | None = None
    out = []
    for n in find_numbers(target, tl, False):
        if n.kind != "number" or n.soft:
            continue
        text = n.text.strip()
        m = _ONE_SEP.fullmatch(text)
        if m is None:
            continue
        if svals is None:
            svals = _source_values(source, sl)
        whole, sep, frac = m.groups()
        if frac == "0":
            continue  # a version or a name (Web 2.0, Industrie 4.0), not a measured value
        decimal = float(f"{whole}.{frac}")
        thousand = float(whole + frac) if len(frac) == 3 else None
        comma_locale = tl in DECIMAL_COMMA
        right_decimal = "," if comma_locale else "."
        if sep != right_decimal and decimal in svals and thousand not in svals:
            # the source's decimal separator kept (3.5 in German)
            out.append((n.start, n.start + len(text), text, f"{whole}{right_decimal}{frac}", False))
        elif sep == right_decimal and thousand is not None and thousand in svals and decimal not in svals:
            # the source's thousands separator kept, which is the target's decimal one:
            # 70,000 reads as seventy in German, 70.000 as seventy in English
            group = _GROUP.get(tl, ".") if comma_locale else ","
            out.append((n.start, n.start + len(text), text, f"{whole}{group}{frac}", True))
    return out


@rule("S007", "number-format", "Locale convention/Number format", "minor", artefact="number-format",
      summary="A number written with the source's decimal or thousands separator instead of "
              "the target locale's (70,000 in German reads as seventy; 3.5 in French).",
      why="A copied separator is a localisation slip at best and a wrong figure at worst: a "
          "German reader takes '70,000' for 70 and an English one '70.000' for 70.",
      fail=("About 70,000 people were detained.", "Etwa 70,000 Menschen wurden festgenommen."),
      ok=("About 70,000 people were detained.", "Etwa 70.000 Menschen wurden festgenommen."),
      needs_source=True)
def number_format(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    if src is None:
        return
    sl = norm_lang(src.lang or src.lang_detected)
    tl = norm_lang(ctx.target.lang or ctx.target.lang_detected)
    if sl == tl:
        return
    configured = ctx.severities.get("S007")
    for b in ctx.beads():
        if not b.source or not b.target:
            continue
        stext = b.source_text
        for seg in b.target:
            for s, e, text, sug, changes in format_slips(stext, seg.text, sl, tl):
                msg = (f"“{text}” uses the source's thousands separator: read in {tl} it is a "
                       f"decimal number" if changes else
                       f"“{text}” uses the source's decimal separator; {tl} writes “{sug}”")
                # a changed reading weighs more, unless the user re-graded the rule
                sev = configured if configured is not None else (Severity.MAJOR if changes else None)
                yield ctx.flag(seg.start + s, seg.start + e, msg, suggestion=sug, severity=sev,
                               evidence=[ctx.evidence(src, text=stext, note="source")])


__all__ = ["DECIMAL_COMMA", "DECIMAL_POINT", "format_slips", "number_format"]
