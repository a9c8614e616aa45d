"""Number format of the target locale (S007): a figure copied with the source's decimal
or thousands separator (also before a scale word: "1,5 million"), or with a Swiss
apostrophe (70'000) in a language that does not use it.

"70,000" is seventy thousand to an English reader and seventy to a German one; "3.5"
in a French text is a typo at best.  MT systems and copy-paste keep the source's
punctuation.  The rule looks only at numbers with a single separator whose value the
source sentence has (read with the source's own convention), so times (14.30 Uhr),
dates, codes and versions (Web 2.0) are never judged; nor is an H.MM time of day that
its words (a las 16.00, von 6.30 bis 9 Uhr) or the source's clock time (klokken 06.30)
make one.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Finding, Severity
from ._text import _MONTHS, _scale_of, find_numbers, lang_region, norm_lang
from .context import CheckContext
from .registry import rule

# languages writing a decimal comma (and grouping thousands with . or a space) ...
DECIMAL_COMMA = frozenset({"de", "fr", "es", "it", "pt", "nl", "da", "sv", "nb", "fi", "pl", "cs",
                           "sk", "ru", "uk", "ro", "hu", "tr", "ca", "el", "bg", "hr", "sl", "sr",
                           "lt", "lv", "et", "is", "id"})
# ... and those writing a decimal point (and grouping with ,)
DECIMAL_POINT = frozenset({"en", "zh", "ja", "ko", "he", "th", "ms", "hi"})

# regions whose decimal mark is not their language's (CLDR, read with Babel 2.19): Mexican, Central American,
# Caribbean, Peruvian and US Spanish write 3,450.50; Maghreb Arabic, South African English
# and Brunei Malay write a decimal comma.  (Swiss German and Italian keep their own rules.)
_REGION_DECIMAL = {
    "es": ({"419", "BZ", "CU", "DO", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "SV", "US"}, "."),
    "ar": ({"DZ", "LB", "LY", "MA", "MR", "TN"}, ","),
    "en": ({"ZA"}, ","),
    "ms": ({"BN"}, ","),
}


def decimal_comma(lang: str | None, region: str = "") -> bool | None:
    """Does ``lang`` (in ``region``) write a decimal comma?  None where it is not known."""
    regions, mark = _REGION_DECIMAL.get(lang or "", (set(), ""))
    if region in regions:
        return mark == ","
    return True if lang in DECIMAL_COMMA else False if lang in DECIMAL_POINT else None


# the text's own decimal mark, where its language's regions differ (_REGION_DECIMAL): a
# decimal part of one or two digits (magnitud 7.1, 2,5 %) or a figure grouped twice (1,250,000)
_POINT_SIGNS = re.compile(r"(?<![\d.,])(?:\d+\.\d{1,2}|\d{1,3}(?:,\d{3}){2,})(?![\d.,]?\d)")
_COMMA_SIGNS = re.compile(r"(?<![\d.,])(?:\d+,\d{1,2}|\d{1,3}(?:\.\d{3}){2,})(?![\d.,]?\d)")


def text_decimal_comma(text: str, lang: str | None, region: str = "") -> bool | None:
    """``lang``'s decimal mark in ``text`` (decimal_comma), where no region is declared and
    its regions write it differently: read from the text itself when every figure that shows
    it agrees (Mexican Spanish: sismo de magnitud 7.1, 1,240 escuelas), else the language's."""
    default = decimal_comma(lang, region)
    if region or (lang or "") not in _REGION_DECIMAL:
        return default
    point = any(not _CLOCK_FORM.fullmatch(m.group()) for m in _POINT_SIGNS.finditer(text))  # (not 16.30)
    comma = bool(_COMMA_SIGNS.search(text))
    if point != comma:
        return comma
    return default


# languages whose readers are split between the two marks by large regions (Spanish: Mexico,
# Central America, the Caribbean and the US write 3,450.50, Spain and South America 3.450,50;
# Arabic: the Maghreb against the Mashriq), so that a target not tagged with a region may
# write either; English (South Africa) and Malay (Brunei) are not: a consistently foreign
# mark there is the slip itself
_SPLIT_DECIMAL = frozenset({"es", "ar"})
# the figures that show a text's mark: a decimal part of one or two digits (2.4, 2,4), or a
# thousands group (15,000, 15.000; a three-digit decimal part is rare in running text)
_POINT_FIGURES = re.compile(r"(?<![\d.,])(?:\d+\.\d{1,2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\d.,]?\d)")
_COMMA_FIGURES = re.compile(r"(?<![\d.,])(?:\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+(?:,\d+)?)(?![\d.,]?\d)")
_CONSISTENT = 3  # distinct figures that must agree before a text's own mark is believed


def target_decimal_comma(text: str, lang: str | None, region: str = "") -> bool | None:
    """The decimal mark of a target in a language of _SPLIT_DECIMAL not tagged with a region:
    the text's own where at least _CONSISTENT distinct figures show it and none the other
    (a Mexican article: 2.4 millones, 15,000 camiones, 4.5 kilómetros), else the language's
    (decimal_comma).  A figure copied from the source into a text that otherwise writes the
    target's mark, or mixed marks, stay the language's and are judged."""
    default = decimal_comma(lang, region)
    if region or (lang or "") not in _SPLIT_DECIMAL:
        return default
    point = {m.group() for m in _POINT_FIGURES.finditer(text) if not _CLOCK_FORM.fullmatch(m.group())}
    comma = {m.group() for m in _COMMA_FIGURES.finditer(text)}
    if point and comma:
        return default
    if len(point) >= _CONSISTENT:
        return False
    if len(comma) >= _CONSISTENT:
        return True
    return default


_ONE_SEP = re.compile(r"(\d{1,3})([.,])(\d+)")
# Swiss grouping (70'000): right in de, fr, it (Swiss usage), a copied slip elsewhere
_APOS_GROUP = re.compile(r"\d{1,3}(?:['’]\d{3})+")
_APOS_OK = frozenset({"de", "fr", "it", "rm"})
# grouped twice or more with one mark (1,250,000 / 1.250.000), with an optional decimal part
_MULTI_GROUP = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})+(?:(?!\1)[.,]\d+)?")
# how a locale groups thousands, for suggestions
_GROUP = {"de": ".", "fr": "\u202f", "es": ".", "it": ".", "pt": ".", "nl": ".", "da": ".",
          "sv": "\u00a0", "nb": "\u00a0", "fi": "\u00a0", "pl": "\u00a0", "cs": "\u00a0", "ru": "\u00a0"}


def _value(text: str, lang: str | None, comma: bool | None = None) -> float | None:
    """The value of a one-separator number read with ``lang``'s convention (None when the
    language's convention is unknown or the form has none); ``comma`` overrides it."""
    m = _ONE_SEP.fullmatch(text)
    if m is None:
        return None
    whole, sep, frac = m.groups()
    if comma is None:
        comma = decimal_comma(lang)
    if comma is None:
        return None
    decimal_sep = "," if comma else "."
    if sep == decimal_sep:
        return float(f"{whole}.{frac}")
    return float(whole + frac) if len(frac) == 3 else None


# one separator before a group of three digits (170,000, 4.500): a thousands group in
# either convention, as a decimal part of three digits is rare in running text
_THOUSANDS_ONCE = re.compile(r"\d{1,3}[.,]\d{3}")


def source_mark_unknown(text: str, lang: str | None, region: str = "") -> bool:
    """Is the decimal mark of a source in a language of _SPLIT_DECIMAL (Spanish, Arabic)
    tagged with no region unknown: no figure of the text shows it (text_decimal_comma
    falls back on the language's)?  A Mexican article writing only 170,000 and 4,500
    groups thousands with a comma as a Spanish one groups them with a point."""
    if region or (lang or "") not in _SPLIT_DECIMAL:
        return False
    point = any(not _CLOCK_FORM.fullmatch(m.group()) for m in _POINT_SIGNS.finditer(text))
    return point == bool(_COMMA_SIGNS.search(text))


def _source_values(text: str, lang: str | None, comma: bool | None = None,
                   grouped: bool = False) -> set[float]:
    """The values of the figures of a source sentence; ``grouped``: the source's mark is
    unknown (source_mark_unknown), and a figure of one separator before three digits
    (170,000 / 170.000) is a thousands group whichever the separator."""
    out: set[float] = set()
    for n in find_numbers(text, lang, False):
        if n.kind not in ("number", "year"):
            continue
        if grouped and _THOUSANDS_ONCE.fullmatch(n.text.strip()):
            out.add(float(re.sub(r"\D", "", n.text)))
            continue
        v = _value(n.text.strip(), lang, comma)
        if v is not None:
            out.add(v)
        else:
            out |= {x for x in n.values if isinstance(x, float)}
    return out


# a version number: after "version" in the languages of the tables, "v", "release"
_VERSION_BEFORE = re.compile(
    r"(?:\b(?:[Vv]ersions?|versión|versione|versão|versie|wersj[ai]|verze|verzió|versiyon|"
    r"версии|версия|версія|[Rr]elease|[Uu]pdate|[Pp]ython|[Aa]ndroid|i?OS)|\bv)\s*$")


def _version_before(text: str, end: int) -> bool:
    """Does a version word ("Version", "v") stand right before ``end``?  Searched in the
    few letters before the space run only: from the text's start it cost a pass over the
    text per number (minutes on a page of 30,000 figures)."""
    k = end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return _VERSION_BEFORE.search(text, max(0, k - 12), end) is not None


# H.MM, the way many languages write a time of day (16.00, 6.30): an hour and two digits
# of minutes
_CLOCK_FORM = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")


def _clock_readings(source: str, target: str, sl: str | None, tl: str | None) -> tuple:
    """The target's figures that are times of day (by the words around them: a las 16.00,
    von 6.30 bis 9 Uhr), and the minutes of the source's times of day (klokken 06.30)."""
    from .numbers import clock_times, units_of  # (numbers reads this module's tables)
    tn = find_numbers(target, tl, False)
    spans = {(n.start, n.end) for n, c in zip(tn, clock_times(target, tn)) if c and not units_of(target, n)[0]}
    sn = find_numbers(source, sl, False)
    minutes = {v for n, c in zip(sn, clock_times(source, sn)) if c for v in n.values
               if isinstance(v, tuple) and v[0] == "t"}
    return spans, minutes, target


def _is_clock(n, clocks: tuple) -> bool:
    """Is the target's H.MM figure ``n`` a time of day: one by its own words (a las 16.00,
    6.30 Uhr, von 6.30 bis 9 Uhr), or a time of the source's (klokken 06.30 ~ um 6.30) with
    no unit after it (3.50 euros stays a decimal)?"""
    spans, minutes, target = clocks
    if n.tag.isdigit() or (n.start, n.end) in spans:
        return True
    if not any(v in minutes for v in n.values if isinstance(v, tuple)):
        return False
    from .numbers import units_of
    return not units_of(target, n)[0]


def format_slips(source: str, target: str, sl: str | None, tl: str | None,
                 apos_ok: bool | None = None, comma: bool | None = None,
                 source_comma: bool | None = None,
                 source_grouped: bool = False) -> list[tuple[int, int, str, str, str]]:
    """(start, end, number as written, suggestion, slip) for the numbers of ``target``
    written with the wrong separator for ``tl``; slip is "decimal" (the source's decimal
    separator), "reads-decimal" (the source's thousands separator, which ``tl`` reads as a
    decimal one: the value changes), "grouping" (a Swiss apostrophe) or "foreign-grouping"
    (1,250,000 in German: grouped more than once with ``tl``'s decimal mark).  ``apos_ok``:
    whether the target writes the Swiss apostrophe (default: ``tl`` is a language of
    Switzerland).  ``comma``/``source_comma``: the target's/source's decimal mark where a
    region sets it (decimal_comma), else the language's; ``source_grouped``: the source's
    mark is unknown (source_mark_unknown): its 170,000 and 170.000 are thousands."""
    if apos_ok is None:
        apos_ok = tl in _APOS_OK
    if comma is None:
        comma = decimal_comma(tl)
    if comma is None:
        return []
    if not any(c in target for c in ".,'’"):
        return []
    svals: set[float] | None = None
    clocks: tuple | None = None
    out = []
    for n in find_numbers(target, tl, False):
        if n.kind != "number" or n.soft:
            continue
        text = n.text.strip()
        if not apos_ok and _APOS_GROUP.fullmatch(text):
            if svals is None:
                svals = _source_values(source, sl, source_comma, source_grouped)
            value = float(re.sub(r"\D", "", text))
            if value in svals:  # the source's Swiss grouping kept
                group = _GROUP.get(tl, ".") if comma else ","
                out.append((n.start, n.start + len(text), text, re.sub(r"['’]", group, text), "grouping"))
            continue
        mg = _MULTI_GROUP.fullmatch(text)
        if mg is not None:
            # 1,250,000 in German, 1.250.000 in English: grouped with the mark the target
            # language reserves for decimals (unambiguous: a decimal mark comes once)
            right_decimal = "," if comma else "."
            parts = re.split(r"[.,]", text)
            ipv4 = "," not in text and len(parts) == 4 and all(int(x) <= 255 for x in parts)
            if mg.group(1) == right_decimal and not ipv4:
                if svals is None:
                    svals = _source_values(source, sl, source_comma, source_grouped)
                if n.values & svals:
                    group = _GROUP.get(tl, ".") if comma else ","
                    other = "." if right_decimal == "," else ","
                    fixed = "".join(group if c == right_decimal else right_decimal if c == other else c
                                    for c in text)
                    out.append((n.start, n.start + len(text), text, fixed, "foreign-grouping"))
            continue
        m = _ONE_SEP.match(text)
        if m is None:
            continue
        # "1,5 million": the separator of the figure before a scale word is judged too
        scale = _scale_of(text[m.end():].strip(), tl) if m.end() < len(text) else 1.0
        if scale is None or (m.end() < len(text) and not text[m.end()].isspace()):
            continue
        if svals is None:
            svals = _source_values(source, sl, source_comma, source_grouped)
        whole, sep, frac = m.groups()
        if frac == "0":
            continue  # a version or a name (Web 2.0, Industrie 4.0), not a measured value
        after = n.start + len(text)
        if _version_before(target, n.start) or target[after:after + 1] in (".", "-") \
                and target[after + 1:after + 2].isdigit():
            continue  # a software version (Version 0.15, v2.5, 0.18.0-beta): never localised
        if sep == "." and _CLOCK_FORM.fullmatch(m.group()):
            if clocks is None:
                clocks = _clock_readings(source, target, sl, tl)
            if _is_clock(n, clocks):
                continue  # a time of day (a las 16.00, von 6.30 bis 9 Uhr): no decimal
        decimal = float(f"{whole}.{frac}") * scale
        thousand = float(whole + frac) * scale if len(frac) == 3 else None
        text = m.group()
        comma_locale = comma
        right_decimal = "," if comma_locale else "."
        if sep != right_decimal and decimal in svals and thousand not in svals:
            # the source's decimal separator kept (3.5 in German)
            out.append((n.start, n.start + len(text), text, f"{whole}{right_decimal}{frac}", "decimal"))
        elif sep == right_decimal and thousand is not None and thousand in svals and decimal not in svals:
            # the source's thousands separator kept, which is the target's decimal one:
            # 70,000 reads as seventy in German, 70.000 as seventy in English
            group = _GROUP.get(tl, ".") if comma_locale else ","
            out.append((n.start, n.start + len(text), text, f"{whole}{group}{frac}", "reads-decimal"))
    return out


@rule("S007", "number-format", "Locale convention/Number format", "minor", artefact="number-format",
      summary="A number written with the source's decimal or thousands separator instead of "
              "the target locale's (70,000 in German reads as seventy; 3.5 in French; the Swiss "
              "70'000 outside Swiss German, French and Italian, or in a target tagged de-DE, fr-FR, "
              "it-IT …).",
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
    # the Swiss apostrophe (70'000) is Swiss: a target tagged with another region (de-DE,
    # fr-FR, it-IT) groups its own way
    region = lang_region(ctx.target.lang)
    apos_ok = tl in _APOS_OK and region in ("", "CH", "LI")
    where = f"{tl}-{region}" if region else tl
    comma = target_decimal_comma(ctx.target.text, tl, region)
    source_comma = text_decimal_comma(src.text, sl, lang_region(src.lang))
    grouped = source_mark_unknown(src.text, sl, lang_region(src.lang))
    for stext, seg in ctx.aligned_segments():
        for s, e, text, sug, slip in format_slips(stext, seg.text, sl, tl, apos_ok, comma, source_comma,
                                                  grouped):
            changes = slip == "reads-decimal"
            msg = (f"“{text}” uses the source's thousands separator: read in {where} it is a "
                   f"decimal number" if changes else
                   (f"“{text}” keeps the source's Swiss thousands separator; {where} writes “{sug}”"
                    if text in stext else f"“{text}” groups thousands the Swiss way; {where} writes “{sug}”")
                   if slip == "grouping" else
                   f"“{text}” groups thousands with the decimal separator of {where}; {where} writes “{sug}”"
                   if slip == "foreign-grouping" else
                   f"“{text}” uses the source's decimal separator; {where} writes “{sug}”")
            # a changed reading weighs more, unless the user re-graded the rule
            sev = configured if configured is not None else (Severity.MAJOR if changes else None)
            yield ctx.flag(seg.start + s, seg.start + e, msg, suggestion=sug, severity=sev,
                           evidence=[ctx.evidence(src, text=stext, note="source")])


# ---------------------------------------------------------------------------------------
# S009 date-time-format
# ---------------------------------------------------------------------------------------
# Languages that write a day of the month without the German/Nordic ordinal dot.
NO_DAY_DOT = frozenset({"en", "fr", "es", "it", "pt", "nl", "ro", "ca"})
_MONTH_ALT = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_DAY_DOT = re.compile(rf"(?<![\d.,])(\d{{1,2}})\.\s*({_MONTH_ALT})\b", re.IGNORECASE)
_OCLOCK = re.compile(r"(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))?\s*o['’]clock\b", re.IGNORECASE)
_HEURES = re.compile(r"(?<![\d.,:])(\d{1,2})[.:](\d{2})\s*heures?\b", re.IGNORECASE)


# Languages that read an all-digit date day first (3/12/2024 is the 3rd of December), and
# how each writes one.
DAY_FIRST = {"de": "{d}.{m}.{y}", "fr": "{d}/{m}/{y}", "es": "{d}/{m}/{y}", "it": "{d}/{m}/{y}",
             "pt": "{d}/{m}/{y}", "nl": "{d}-{m}-{y}", "ca": "{d}/{m}/{y}", "ro": "{d}.{m}.{y}",
             "pl": "{d}.{m}.{y}", "cs": "{d}. {m}. {y}", "da": "{d}.{m}.{y}", "nb": "{d}.{m}.{y}",
             "sv": "{d}/{m} {y}", "fi": "{d}.{m}.{y}", "ru": "{d}.{m}.{y}", "tr": "{d}.{m}.{y}"}
_SLASH_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


# how a day-first language writes a date with the month in words (the month as the
# calendar table's first form, capitalised where the language capitalises months)
_WRITTEN_DATE = {"de": "{d}. {M} {y}", "fr": "{d} {m} {y}", "es": "{d} de {m} de {y}",
                 "it": "{d} {m} {y}", "pt": "{d} de {m} de {y}", "nl": "{d} {m} {y}"}
_MONTH_FIRST = re.compile(r"(?<![\w.])([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})(?!\d)")


def _written_month_first(target: str, tl: str) -> list[tuple[int, int, str, str, Severity | None]]:
    """An English date order carried into a day-first language: the month's name, the day
    and a comma before the year ("am März 4, 2025", "le March 4, 2025")."""
    from .numbers import calendar_table, _first_forms
    table = calendar_table()
    own, english = table.get(tl, {}), table.get("en", {})
    fmt = _WRITTEN_DATE.get(tl)
    out = []
    for m in _MONTH_FIRST.finditer(target):
        word, day, year = m.group(1), int(m.group(2)), m.group(3)
        hit = own.get(word.lower()) or english.get(word.lower())
        if hit is None or hit[0] != "month" or not 1 <= day <= 31:
            continue
        sug = ""
        if fmt and tl in table:
            month = _first_forms(tl).get(("month", hit[1]), word)
            sug = fmt.format(d=day, m=month, M=month.capitalize(), y=year)
        out.append((m.start(), m.end(), f"“{m.group()}” puts the month before the day, as English "
                                        f"does; {tl} writes the day first"
                                        + (f": “{sug}”" if sug else ""), sug, None))
    return out


def _us_dates(source: str, target: str, tl: str | None,
              sl: str | None) -> list[tuple[int, int, str, str, Severity | None]]:
    """A month-first date of an English source copied as it stands into a language that
    reads the day first: 12/25/2024 (month 25 there), or 3/12/2024 from a source tagged
    en-US (the 3rd of December there)."""
    fmt = DAY_FIRST.get(tl or "")
    if fmt is None or not (sl or "").lower().startswith("en") or "/" not in target:
        return []
    us = (sl or "").lower().replace("_", "-") in ("en-us", "en-ph")
    out = []
    for m in _SLASH_DATE.finditer(target):
        a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
        if m.group() not in source or not (1 <= a <= 12 and 1 <= b <= 31):
            continue
        if b <= 12 and not us:
            continue  # 3/12/2024 from a source that may be British: the same order
        sug = fmt.format(d=f"{b:02d}" if tl == "de" else str(b), m=f"{a:02d}" if tl == "de" else str(a), y=y)
        if b > 12:
            # a month 25 shows the slip to every reader: a convention error
            out.append((m.start(), m.end(), f"“{m.group()}” keeps the English month-first order; "
                        f"{tl} reads the day first (a month {b}): write “{sug}”", sug, None))
        else:
            # read day first it is another, valid date: a wrong date, silently
            out.append((m.start(), m.end(), f"“{m.group()}” is month-first in the en-US source; "
                        f"{tl} reads it day first, as day {a} of month {b}: write “{sug}”", sug,
                        Severity.MAJOR))
    return out


_EN_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
              "December")
# 4 February 2025 (British order) and February 4, 2025 (American order), full month names
_EN_DAY_FIRST = re.compile(rf"(?<![\w.,])([1-9]|[12]\d|3[01]) ({_EN_MONTHS}),? (\d{{4}})(?![\w])")
_EN_MONTH_FIRST = re.compile(rf"(?<![\w])({_EN_MONTHS}) ([1-9]|[12]\d|3[01]),? (\d{{4}})(?![\w])")
_US_REGIONS = frozenset({"US"})
_GB_REGIONS = frozenset({"GB", "UK", "IE", "AU", "NZ", "ZA", "IN"})


def _en_date_order(target: str, region: str) -> list[tuple[int, int, str, str, Severity | None]]:
    """Full dates in the other variety's order in English tagged with a region: 4 February
    2025 in American English (February 4, 2025), February 4, 2025 in British English."""
    out: list[tuple[int, int, str, str, Severity | None]] = []
    if region in _US_REGIONS:
        for m in _EN_DAY_FIRST.finditer(target):
            sug = f"{m.group(2)} {m.group(1)}, {m.group(3)}"
            out.append((m.start(), m.end(), f"“{m.group()}” puts the day first, the British way; "
                                            f"en-{region} writes “{sug}”", sug, None))
    elif region in _GB_REGIONS:
        for m in _EN_MONTH_FIRST.finditer(target):
            sug = f"{m.group(2)} {m.group(1)} {m.group(3)}"
            out.append((m.start(), m.end(), f"“{m.group()}” puts the month first, the American way; "
                                            f"en-{region} writes “{sug}”", sug, None))
    return out


def date_time_slips(source: str, target: str, tl: str | None, sl: str | None = None,
                    region: str = "") -> list[tuple[int, int, str, str, Severity | None]]:
    """(start, end, message, suggestion, severity) for dates and times of ``target`` written in the
    source's convention: "4. February" (the ordinal dot, where the source has it), a 24-hour
    or minute time with "o'clock" (the calque of "Uhr"), "14.30 heures" for "14 h 30", an
    English month-first date copied into a day-first language (12/25/2024; severity: None
    for the rule's own, or a grade of its own); in English tagged with a ``region``, a full
    date in the other variety's order."""
    out = _us_dates(source, target, tl, sl)
    if tl in DAY_FIRST and "," in target:
        out += _written_month_first(target, tl)
    if tl == "en" and region and any(c.isdigit() for c in target):
        out += _en_date_order(target, region)
    if tl in NO_DAY_DOT and "." in target:
        for m in _DAY_DOT.finditer(target):
            day, month = m.group(1), m.group(2)
            if not re.search(rf"(?<![\d.,]){day}\.\s*(?:{_MONTH_ALT})\b", source, re.IGNORECASE):
                continue  # not carried over: "… in chapter 4. March came …" stays alone
            sep = " de " if tl in ("es", "pt") else " "
            out.append((m.start(), m.end(), f"“{m.group()}” keeps the source's ordinal dot after the "
                                            f"day; {tl} writes “{day}{sep}{month}”", f"{day}{sep}{month}", None))
    if tl == "en" and "clock" in target:
        for m in _OCLOCK.finditer(target):
            h, mm = int(m.group(1)), m.group(2)
            if h <= 12 and not mm:
                continue  # "5 o'clock" is English
            if h > 24 or (mm and int(mm) > 59):
                continue
            if 12 < h < 24:
                sug = f"{h - 12}{':' + mm if mm else ''} pm"
            else:
                sug = f"{h}:{mm or '00'}"
            out.append((m.start(), m.end(), f"“{m.group()}” is the source's 24-hour time with "
                                            f"“o'clock” (a calque of “Uhr”); English writes “{sug}”", sug, None))
    if tl in DAY_FIRST and _MERIDIEM_PROBE.search(target):
        out += _twelve_hour(source, target, tl)
    if tl == "fr" and "heure" in target:
        for m in _HEURES.finditer(target):
            sug = f"{int(m.group(1))} h {m.group(2)}"
            out.append((m.start(), m.end(), f"“{m.group()}” keeps the source's way of writing the "
                                            f"time; French writes “{sug}”", sug, None))
    return out


# a 12-hour clock time: 3:30 pm, 11 a.m., 9.15 PM (lower-case "am" alone is German "am")
_MERIDIEM_PROBE = re.compile(r"\d\s*(?:[ap]\.\s?m\.|[AP]M\b|pm\b)")
_MERIDIEM = re.compile(r"(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.\s?m\.|[AP]M\b|pm\b|am\b)")
_CLOCK_WORD = {"de": "{h}:{m} Uhr", "fr": "{h} h {m}", "es": "{h}:{m}", "it": "{h}:{m}", "pt": "{h}h{m}",
               "nl": "{h}.{m} uur"}


def _twelve_hour(source: str, target: str, tl: str) -> list[tuple[int, int, str, str, Severity | None]]:
    """Clock times with am/pm in a language that writes the 24-hour clock, where the source
    writes the time so too (carried over, not a quotation of its own)."""
    out = []
    for m in _MERIDIEM.finditer(target):
        h, mm, mer = int(m.group(1)), m.group(2) or "00", m.group(3)
        if mer == "am" and tl == "de":
            continue  # "Platz 3 am Ende": the preposition
        if not 1 <= h <= 12 or int(mm) > 59:
            continue
        if not re.search(rf"(?<![\d.,:]){h}(?:[:.]{mm})?\s*(?:[ap]\.?\s?m\.?|[AP]M)", source, re.IGNORECASE):
            continue
        pm = mer.lower().startswith("p")
        h24 = (h % 12) + (12 if pm else 0)
        sug = _CLOCK_WORD.get(tl, "{h}:{m}").format(h=h24, m=mm)
        out.append((m.start(), m.end(), f"“{m.group()}” keeps the source's 12-hour clock; {tl} writes the "
                                        f"24-hour clock: “{sug}”", sug, None))
    return out


# every character str.isdigit accepts is a decimal digit (\d) or one of these (superscripts,
# subscripts, circled and Ethiopic digits, …) or beyond the BMP: a superset, searched at C
# speed, so that the exact test runs only on the few texts it leaves
_MAYBE_DIGIT = re.compile("[\\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070-\u2089\u2460-\u24ff"
                          "\u2776-\u2793\U00010000-\U0010ffff]")


def has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``, fast on text without digits."""
    m = _MAYBE_DIGIT.search(text)
    return m is not None and (m.group().isdigit() or any(c.isdigit() for c in text[m.end():]))


@rule("S009", "date-time-format", "Locale convention/Date format", "minor", artefact="date-format",
      summary="A date or time written in the source's convention: the German ordinal dot after "
              "the day (“4. February”), a 24-hour time with “o'clock” (“14.30 o'clock”), "
              "“14.30 heures” for “14 h 30”, an English month-first date copied into a language "
              "that reads the day first (12/25/2024 in German; 3/12/2024 too when the source is "
              "tagged en-US), or with the month in words (am März 4, 2025); the source's 12-hour "
              "clock in a language of the 24-hour clock (um 3:30 pm → 15:30 Uhr); in English tagged "
              "en-US a day-first date (4 February 2025), in en-GB a month-first one (February 4, 2025).",
      why="MT carries the punctuation of dates and times over; the result reads as a foreign "
          "convention (or, for “4. February”, as a sentence break) to readers of the target.",
      fail=("Am 4. Februar 2025 um 14.30 Uhr begann die Sitzung.",
            "On 4. February 2025 at 14.30 o'clock the meeting began."),
      ok=("Am 4. Februar 2025 um 14.30 Uhr begann die Sitzung.",
          "On 4 February 2025 at 2.30 pm the meeting began."),
      needs_source=True)
def date_time_format(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    tl = norm_lang(ctx.target.lang or ctx.target.lang_detected)
    if tl not in NO_DAY_DOT and tl not in DAY_FIRST:
        return
    sl = ctx.source.lang if ctx.source is not None else None  # region kept: en-US
    region = lang_region(ctx.target.lang)
    for stext, seg in ctx.aligned_segments():
        if not has_digit(seg.text):
            continue
        for s, e, msg, sug, sev in date_time_slips(stext, seg.text, tl, sl, region):
            yield ctx.flag(seg.start + s, seg.start + e, msg, suggestion=sug, severity=sev,
                           evidence=[ctx.evidence(ctx.source, text=stext, note="source")])


# ---------------------------------------------------------------------------------------
# S014 currency-format
# ---------------------------------------------------------------------------------------
# Languages whose standard writes the currency sign after the amount (37,50 $, 5 €, 20 £).
# Not Dutch or Brazilian Portuguese (€ 5,00, R$ 5,00), nor English, Chinese, Japanese.
SIGN_AFTER = frozenset({"de", "fr", "es", "it", "ca", "sv", "da", "nb", "nn", "no", "fi", "is",
                        "pl", "cs", "sk", "ru", "uk", "be", "bg", "ro", "hu", "hr", "sl", "sr",
                        "lt", "lv", "et", "el"})
# a sign right before an amount, not part of a longer symbol ("US$", "R$") or a word
_SIGN_FIRST = re.compile(r"(?<![\w$€£¥])([$€£¥])[ \u00a0\u202f]?"
                         r"(\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)")


@rule("S014", "currency-format", "Locale convention/Currency format", "minor",
      artefact="currency-format",
      summary="A currency sign written before the amount ($120, £250.000, € 5) in a language "
              "whose standard puts it after (120 $, 250.000 £, 5 €): German, French, Spanish, "
              "Italian, the Nordic and Slavic languages and others.",
      why="MT keeps the English order of sign and figure; readers of the target see a foreign "
          "convention, and style guides of newsrooms and software alike ask for the local one.",
      fail=("The fine is $120.", "Die Busse beträgt $120."),
      ok=("The fine is $120.", "Die Busse beträgt 120 $."))
def currency_format(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    tl = norm_lang(ctx.target.lang or ctx.target.lang_detected)
    if tl not in SIGN_AFTER:
        return
    text = ctx.target.text
    if not any(c in text for c in "$€£¥"):
        return
    for m in _SIGN_FIRST.finditer(text):
        sign, amount = m.group(1), m.group(2)
        if m.end() < len(text) and text[m.end()] == "/":
            continue  # a rate or a path ("$5/month", "€1/kWh"): left alone
        yield ctx.flag(m.start(), m.end(), f"“{m.group()}”: {tl} writes the currency sign after "
                       f"the amount", suggestion=f"{amount}\u00a0{sign}")


__all__ = ["DAY_FIRST", "DECIMAL_COMMA", "DECIMAL_POINT", "NO_DAY_DOT", "SIGN_AFTER", "date_time_slips",
           "format_slips", "has_digit", "number_format", "date_time_format", "currency_format"]
