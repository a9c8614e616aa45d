"""Numbers, dates, times, amounts: every number of the source sentence must come back
(D001), with its unit or currency (D002), and so must its weekdays and months (D003).

Numbers are compared by value across locale formats (70'000 = 70.000 = 70,000 = 70 000,
3,5 = 3.5), scale words (1,5 Mio. = 1.5 million, 2 Md€ = 2 billion euros), number words
(zwei = two = deux = twee = dois), dates (4. Februar 2025 = February 4, 2025 = 04.02.2025
= 2025-02-04) and times (14.30 Uhr = 2:30 pm; 15 Uhr, 2 h 30 and 2 Uhr nachts are not
the afternoon's); see ``_text.find_numbers``.  A figure converted to another unit of its
dimension (10 km = 6.2 miles, −5 °C = 23 °F, minus zehn Grad = 14 °F; data/units/units.tsv)
is the same quantity, also when one side writes it in two units (1,85 m = 6 ft 1 in), and
so is an amount with its hundredths (5 Franken 50 = 5.50 francs).  A figure after a noun
that it labels (Linie 4, line 4) is not the count before its plural (four lines).
D001 reads more than ``find_numbers`` (``_read``): the hours of a range after an hour
marker (od godz. 7 do 21 = 7am to 9pm), multiplicative words (plus du triple = more than
three times; data/numbers/multiples.tsv), the hour said in words in Arabic and Thai
(الساعة السادسة, ตีสี่); a scale word said once for two figures (248 milioni di euro, di
cui 190) covers both, and "below zero" in Chinese, Japanese and Korean (零下) is a minus;
a century said in one word (ottocentesco, oitocentista; data/numbers/centuries.tsv) or by
its first year (1800-talet, 1800-luvulla) is the century (19th), and a CJK fraction
(3分の1, 3分之1, 3분의 1) one share (a third, 33 %).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from rapidfuzz.distance import Levenshtein

from ..model import Evidence, Finding, Severity
from ._text import (_ANY_DIGIT, _ORD_SUFFIX, _SCALE_SUFFIX, INDIC_BLOCKS, Joined, Num, _split_forms, find_numbers,
                    has_qt_placeholder, in_citation, match_numbers, month_number, norm_lang, reads_number_words,
                    rand_amount, shortfall, undated_day_month, unit_rows, exonym_classes, _exo_key)
from .context import BeadView, CheckContext
from .registry import rule

SKIP_KINDS = frozenset({"ui", "credit", "metadata", "byline"})


def _langs(ctx: CheckContext) -> tuple[str | None, str | None]:
    tl = norm_lang(ctx.target.lang or ctx.target.lang_detected)
    sl = norm_lang(ctx.source.lang or ctx.source.lang_detected) if ctx.source else None
    return sl, tl


def _fmt(v: float, lang: str | None, written: str = "") -> str:
    """A value written the way ``lang`` writes numbers (for suggestions); ``written`` is
    the source's form: four bare digits there (a year, a model number) stay bare."""
    if v != int(v):
        s = f"{v:g}"
        return s.replace(".", ",") if lang in ("de", "fr", "es", "it") else s
    n = int(v)
    if abs(n) < 10000 and (lang not in ("en",) or written.isdigit()):
        return str(n)
    if abs(n) < 1000:
        return str(n)
    s = f"{n:,}"
    if lang == "de":
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    if lang in ("es", "it"):
        return s.replace(",", ".")
    return s


def _values(nums: list[Num]) -> set:
    out: set = set()
    for n in nums:
        if not n.soft:
            out |= n.values
    return out


def _all_values(nums: list[Num]) -> set:
    out: set = set()
    for n in nums:
        out |= n.values
    return out


# soft readings that count when both sides have one and they differ: fractions (die
# Hälfte ~ a quarter), ordinals (second ~ Dritter), Roman numerals after a name
# (Benedikt XVI. ~ Benedict XV), the second figure of a ratio (neun von zehn ~ nine out
# of twelve); see _text._word_class, _text._regnal and _text._with_ratios
# (an ordinal and a denominator conflict too: jeder Sechste ~ one in seven); a
# multiplicative word and another one or a figure said "N times" (triple ~ three times;
# double ~ three times is a change; see _with_multiples)
_CONFLICT_TAGS = (("frac",), ("ord", "den"), ("regnal",), ("scale",), ("mult",))
# a scale word of a million or more in a language mtcheck reads (cheap test, any case)
_BIG_SCALE = re.compile(r"(?i)mill|billi|bilió|billó|trilli|miliar|milion|miljo|miljar|mrd|mio\b|mln|bn\b")


def _placeholder_twin(text: str, x: Num, other: str) -> bool:
    return text[x.start - 1:x.start] == "%" and has_qt_placeholder(other, x.text)


_COLON_SCORE = re.compile(r"(\d{1,3}):(\d{1,3})")
_SCORE_DASH = re.compile(r"\s?[-–—]\s?")
# (a score the other way round, beside a Hebrew or Arabic text: 11:3, 11-3, 11–3)
_SCORE_GAP_RTL = re.compile(r"\s?[-–—:]\s?")
_RTL_SCRIPT = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]")


def _shares(text: str, nums: list[Num]) -> set[int]:
    """Indices of the percentages among ``nums`` that a fraction word may stand for (50 % ~
    half)."""
    return {i for i, n in enumerate(nums) if n.tag != "frac" and n.kind != "word"
            and "percent" in units_of(text, n)[0]}


class _BeadNums:
    __slots__ = ("bead", "src", "tgt", "sn", "tn", "ma", "mb", "us", "ut", "langs")

    def __init__(self, bead: BeadView, src: Joined, tgt: Joined, sn: list[Num], tn: list[Num],
                 langs: tuple[str | None, str | None] = (None, None)):
        self.bead, self.src, self.tgt, self.sn, self.tn = bead, src, tgt, sn, tn
        self.langs = langs  # (the units a conversion reads in one language alone: 9 mil ~ 90 km)
        # (the unit look-up only where a fraction word may take another partner)
        fracs = any(n.tag == "frac" for n in sn) and any(n.tag == "frac" for n in tn)
        ma, mb = match_numbers(sn, tn, (_shares(src.text, sn), _shares(tgt.text, tn)) if fracs else None)
        self.ma = ma  # partner in tn of each source number (the sign check reads it)
        self.mb = mb  # partner in sn of each target number (neighbours' slack reads it)
        self.us = [x for x, j in zip(sn, ma) if j is None and not x.soft]
        self.ut = [y for y, i in zip(tn, mb) if i is None and not y.soft]
        if "%" in src.text and "%" in tgt.text:
            # a "%1" read as a percentage in Turkish is the other side's placeholder "%1"
            self.us = [x for x in self.us if not _placeholder_twin(src.text, x, tgt.text)]
            self.ut = [y for y in self.ut if not _placeholder_twin(tgt.text, y, src.text)]
        # codes with the same letters and another number (Covid-19 → Covid-22)
        sc = {x.tag: x for x, j in zip(sn, ma) if j is None and x.kind == "code" and x.tag}
        if sc:
            for yy, i in zip(tn, mb):
                if i is None and yy.kind == "code" and yy.tag in sc:
                    self.us.append(sc.pop(yy.tag))
                    self.ut.append(yy)
        for tags in _CONFLICT_TAGS:
            xs = [x for x, j in zip(sn, ma) if j is None and x.tag in tags and x.kind != "code"]
            ys = [y for y, i in zip(tn, mb) if i is None and y.tag in tags and y.kind != "code"]
            for x, y in zip(xs, ys):
                # a pair at one index of us and ut: number_mismatch reports them together
                self.us = [u for u in self.us if u is not x]
                self.ut = [u for u in self.ut if u is not y]
                k = min(len(self.us), len(self.ut))
                self.us.insert(k, x)
                self.ut.insert(k, y)
        if self.us and self.ut:
            self._drop_scores()
        if self.us and self.ut:
            self._drop_shared_scales()
        if self.us or self.ut:
            self._drop_conversions(ma, mb)

    def _drop_scores(self) -> None:
        """A score written with a colon (16:14, 24:23, as Polish, German or Russian write
        it) reads as a clock time; the other side's 16-14 or 16–14 is the same score.  A
        Hebrew or Arabic text writes a score in its own reading order, right to left (an
        11–3 run is ריצה של 3:11): where either side is in those scripts, the other side's
        score may stand the other way round (11:3, 11-3)."""
        rtl = bool(_RTL_SCRIPT.search(self.src.text) or _RTL_SCRIPT.search(self.tgt.text))
        for flip in (False, True):
            one, other = (self.ut, self.us) if flip else (self.us, self.ut)
            text2 = self.src.text if flip else self.tgt.text
            for x in [x for x in one if x.kind == "time"]:
                m = _COLON_SCORE.fullmatch(x.text)
                if m is None:
                    continue
                a, b = float(m.group(1)), float(m.group(2))
                for y1, y2 in zip(other, other[1:]):
                    if (y1.end < y2.start and ((a in y1.values and b in y2.values
                                                and _SCORE_DASH.fullmatch(text2[y1.end:y2.start]))
                                               or (rtl and b in y1.values and a in y2.values
                                                   and _SCORE_GAP_RTL.fullmatch(text2[y1.end:y2.start])))):
                        one = [u for u in one if u is not x]
                        other = [u for u in other if u is not y1 and u is not y2]
                        break
                else:
                    if not rtl:
                        continue
                    for y in other:  # (both sides colon scores: 3:11 ~ 11:3 read as times)
                        r = _COLON_SCORE.fullmatch(y.text) if y.kind == "time" else None
                        if r is not None and float(r.group(1)) == b and float(r.group(2)) == a:
                            one = [u for u in one if u is not x]
                            other = [u for u in other if u is not y]
                            break
            if flip:
                self.ut, self.us = one, other
            else:
                self.us, self.ut = one, other

    def _drop_shared_scales(self) -> None:
        """One scale word for two figures on one side (248 milioni di euro, di cui 190), said
        with each on the other (€248 million, of which €190 million): the bare figure is the
        other's figure before its scale, when the bare one's side scales another figure so
        in the same currency or unit (not "3 million users and 40 employees" ~ "40 million
        employees"); a scaled figure without its unit takes its partner's (Dei 7,8 milioni,
        4,5 ... ~ Of the €7.8 million, €4.5 million: the euro said a sentence before)."""
        for flip in (False, True):
            bare_side = self.tn if flip else self.sn
            bare_text, scaled_text = (self.tgt.text, self.src.text) if flip else (self.src.text, self.tgt.text)
            pending_b, pending_s = (self.ut, self.us) if flip else (self.us, self.ut)
            scaled = [(y, said) for y in pending_s if (said := _scale_said(y)) is not None]
            partners = self.mb if flip else self.ma
            other_side, other_text = (self.sn, self.src.text) if flip else (self.tn, self.tgt.text)
            scales = [(z, said[0], units_of(bare_text, z)[0] or (
                        units_of(other_text, other_side[j])[0] if (j := partners[k]) is not None else frozenset()))
                      for k, z in enumerate(bare_side) if (said := _scale_said(z)) is not None]
            if not scaled or not scales:
                continue
            for x in [x for x in pending_b if x.kind == "number" and not any(c.isalpha() for c in x.text)]:
                for y, (step, figure) in scaled:
                    if not any(u is y for u in pending_s) or not any(
                            isinstance(v, float) and abs(v - figure) < 1e-9 for v in x.values):
                        continue
                    uy = units_of(scaled_text, y)[0]
                    if uy and any(z is not x and sz == step and uz & uy for z, sz, uz in scales):
                        pending_b = [u for u in pending_b if u is not x]
                        pending_s = [u for u in pending_s if u is not y]
                        break
            if flip:
                self.ut, self.us = pending_b, pending_s
            else:
                self.us, self.ut = pending_b, pending_s

    def _drop_conversions(self, ma: list, mb: list) -> None:
        """A figure converted to another unit of its dimension (10 km ~ 6.2 miles, −5 °C ~
        23 °F, anderthalb Stunden ~ 90 minutes) is the same quantity: no mismatch."""
        if self.us and self.ut:
            self._drop_compounds()  # first: 6 ft 1 in is 1,85 m, not 6 ft alone
        if self.us and self.ut:
            self._drop_minor_units()
        self._drop_given_twice()
        xs = [x for x, j in zip(self.sn, ma) if j is None and x.kind in UNIT_KINDS]
        ys = [y for y, i in zip(self.tn, mb) if i is None and y.kind in UNIT_KINDS]
        if not xs or not ys:
            return
        reported_s = {id(x) for x in self.us}
        reported_t = {id(y) for y in self.ut}
        sl, tl = self.langs
        su = [(x, _units_or_degrees(self.src.text, x, sl)) for x in xs]
        su = [(x, u) for x, u in su if u]
        if not su:
            return
        used: set[int] = set()
        for y in ys:
            uy = _units_or_degrees(self.tgt.text, y, tl)
            if not uy:
                continue
            for x, ux in su:
                if id(x) in used or (id(x) not in reported_s and id(y) not in reported_t):
                    continue
                if _converts(x, ux, _sign(self.src.text, x), y, uy, _sign(self.tgt.text, y)):
                    used.add(id(x))
                    self.us = [u for u in self.us if u is not x]
                    self.ut = [u for u in self.ut if u is not y]
                    break

    def _drop_given_twice(self) -> None:
        """A quantity one side gives in two units (95 °F (35 °C), 10 km (6 miles)) and the
        other in one of them: the conversion left out or added is no changed figure, when
        its twin on the same side has its counterpart."""
        for flip in (False, True):
            pending = self.ut if flip else self.us
            nums, text = (self.tn, self.tgt.text) if flip else (self.sn, self.src.text)
            cands = [x for x in pending if x.kind in UNIT_KINDS]
            if not cands:
                continue
            pend = {id(u) for u in pending}  # a set: a text of thousands of figures is no O(n²)
            kept = [(y, _units_or_degrees(text, y)) for y in nums
                    if y.kind in UNIT_KINDS and id(y) not in pend]
            kept = [(y, u) for y, u in kept if u]
            if not kept:
                continue
            other = self.us if flip else self.ut
            otext = self.src.text if flip else self.tgt.text
            dims = unit_table().dims
            open_dims = {dims.get(u) for y in other if y.kind in UNIT_KINDS for u in _units_or_degrees(otext, y)}
            for x in cands:
                ux = _units_or_degrees(text, x)
                if {dims.get(u) for u in ux} & open_dims:
                    continue  # the other side has a figure of that dimension left: a change
                if ux and any(not (ux & uy) and _converts(x, ux, _sign(text, x), y, uy, _sign(text, y))
                              for y, uy in kept):
                    pending = [u for u in pending if u is not x]
            if flip:
                self.ut = pending
            else:
                self.us = pending

    def _drop_minor_units(self) -> None:
        """An amount in a currency's hundredths (99 cents, 50 Rappen, 20p) and the same amount
        in the currency itself (0,99 Dollar, CHF 0.50, £0.20): one amount."""
        for flip in (False, True):
            one, other = (self.ut, self.us) if flip else (self.us, self.ut)
            text1, text2 = (self.tgt.text, self.src.text) if flip else (self.src.text, self.tgt.text)
            for x in [x for x in one if x.kind in UNIT_KINDS and (
                    _minor_unit().match(text1, x.end) or _GLUED_PENCE.fullmatch(x.text))]:
                v = next((v for v in x.values if isinstance(v, float)), None)
                if v is None:
                    continue
                for y in other:
                    if y.kind not in UNIT_KINDS or not any(
                            unit_table().dims.get(u) == "currency" for u in units_of(text2, y)[0]):
                        continue
                    if any(isinstance(w, float) and abs(w - v / 100) < 0.005 for w in y.values):
                        one = [u for u in one if u is not x]
                        other = [u for u in other if u is not y]
                        break
            if flip:
                self.ut, self.us = one, other
            else:
                self.us, self.ut = one, other

    def _drop_compounds(self) -> None:
        """A quantity written in two units on one side (6 ft 1 in, 7 lb 8 oz, 1 Stunde 30
        Minuten, 6'1"; 5 Franken 50, 3 Euro 20 Cent, $2 and 50 cents) and in one on the
        other (1,85 m; 3,4 kg; 90 minutes; 5.50 francs, 3,20 €, $2.50): the same quantity
        when the parts add up to the other side's figure, converted."""
        for one, other, flip in ((self.sn, self.tn, False), (self.tn, self.sn, True)):
            text1 = (self.tgt if flip else self.src).text
            text2 = (self.src if flip else self.tgt).text
            pending1 = self.ut if flip else self.us
            pending2 = self.us if flip else self.ut
            for n1, n2, base, dim in _compounds(text2, other) + _money_compounds(text2, other):
                if not any(n1 is u for u in pending2) and not any(n2 is u for u in pending2):
                    continue
                for x in one:
                    if not any(x is u for u in pending1):
                        continue
                    if _single_matches(x, units_of(text1, x)[0], base, dim) or _duration_as_time(x, base, dim):
                        pending1 = [u for u in pending1 if u is not x]
                        pending2 = [u for u in pending2 if u is not n1 and u is not n2]
                        break
            if flip:
                self.ut, self.us = pending1, pending2
            else:
                self.us, self.ut = pending1, pending2


_SCALE_STEPS = (1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e12)
_FIGURE_PART = re.compile(r"\d(?:[\d.,'’\u00a0\u202f ]*\d)?")


def _scale_said(n: Num) -> tuple[float, float] | None:
    """(scale, figure before it) of a figure written with a scale word or sign (190 million,
    248 milioni, 1,5 Mio., 3万): the scale that makes the written figure its value; None for
    a figure without one."""
    if n.kind != "number" or not any(c.isalpha() for c in n.text):
        return None
    m = _FIGURE_PART.search(n.text)
    if m is None:
        return None
    written = _written_readings(m.group())
    for v in n.values:
        if isinstance(v, float):
            for step in _SCALE_STEPS:
                if any(abs(v / step - r) <= 1e-9 * max(1.0, r) for r in written):
                    return step, v / step
    return None


def _written_readings(figure: str) -> set[float]:
    """The values a figure's digits may have: a space or apostrophe groups thousands; a
    point or comma is a decimal mark, or groups thousands before three digits (1.250)."""
    f = re.sub(r"[\s'’\u00a0\u202f]", "", figure)
    marks = [i for i, c in enumerate(f) if c in ".,"]
    whole = float(re.sub(r"\D", "", f))
    if not marks:
        return {whole}
    last = marks[-1]
    decimal = float(re.sub(r"\D", "", f[:last]) + "." + f[last + 1:])
    return {decimal, whole} if len(f) - last - 1 == 3 else {decimal}


def _duration_as_time(x: Num, base: float, dim: str) -> bool:
    """A duration written with the hour mark (French "après 2 h 17 de jeu", read as a
    clock time) against hours and minutes on the other side (2 hours 17 minutes); a race
    time (26:41.3, Nordic 48.12,45) against minutes and seconds (48 minutes 12.45 seconds)."""
    if dim == "time" and any(isinstance(v, tuple) and v[0] == "d" and abs(v[1] - base) < 0.01
                             for v in x.values):
        return True
    if dim != "time" or x.kind != "time" or "h" not in x.text.lower():
        return False
    minutes = base / 60
    hours = re.match(r"\d+", x.text)
    return (minutes == int(minutes) and hours is not None and int(hours.group()) == int(minutes) // 60
            and ("t", int(minutes) % 720) in x.values)


# "degrees" without a scale (minus zehn Grad, 35 degrés, 95 degrees): a temperature in
# Celsius or Fahrenheit, as the reader's country reads it; the other side's figure decides
_BARE_DEGREES = re.compile(r"[\s\u00a0\u202f]*(?:°(?![CFK])|(?:grad|degrees?|degr[ée]s?|grados?|gradi|"
                           r"graden|graus?)\b(?![\s\u00a0]+(?:celsius|fahrenheit|kelvin)))", re.IGNORECASE)
_EITHER_SCALE = frozenset({"celsius", "fahrenheit"})


def _units_or_degrees(text: str, n: Num, lang: str | None = None) -> frozenset[str]:
    """The units of ``n`` for a conversion; bare degrees are either temperature scale.  With
    ``lang``, a unit word of that language alone is read too (units_of)."""
    u = units_of(text, n, lang)[0]
    if not u and (n.text.endswith(("°", "º")) or _BARE_DEGREES.match(text, n.end)):
        return _EITHER_SCALE
    if not u:
        # the first figure of a range takes the unit said after the second (10 to 15 feet,
        # entre 3 y 4,5 metros)
        m = _RANGE_TO_FIGURE.match(text, n.end)
        if m is not None and m.group("j").strip().lower() in _RANGE_JOIN:
            nxt = next((y for y in find_numbers(text, None, False) if y.start == m.end()), None)
            if nxt is not None:
                return units_of(text, nxt, lang)[0]
    return u


_RANGE_TO_FIGURE = re.compile(r"(?P<j>\s*(?:[-–]|\w+)\s*)(?=[\d−-])")


def _analyse(ctx: CheckContext) -> list[_BeadNums]:
    sl, tl = _langs(ctx)
    out = []
    for bv in ctx.beads():
        ss = [s for s in bv.source if s.kind not in SKIP_KINDS]
        ts = [s for s in bv.target if s.kind not in SKIP_KINDS]
        if not ss or not ts:
            continue
        src, tgt = Joined(ss), Joined(ts)
        # a sentence left untranslated (L001's) is read as the source's language: its
        # "12 мільйонів" is no 12 of the translation's language
        tlb = sl if src.text.split() == tgt.text.split() else tl
        sn = _read(src.text, sl, False)
        tn = _read(tgt.text, tlb, False)
        if sl != tl and tlb == tl:
            sn = _names_dropped(sn, tgt.text)
            tn = _names_dropped(tn, src.text)
        if not sn and not tn:
            if not (_BIG_SCALE.search(src.text) and _BIG_SCALE.search(tgt.text)):
                continue
            # only article-like words on both sides ("eine Milliarde" ~ "one million"):
            # the second pass reads them, and two such scales that differ conflict
            b = _BeadNums(bv, src, tgt, _read(src.text, sl), _read(tgt.text, tlb), (sl, tlb))
            if b.us or b.ut:
                out.append(b)
            continue
        b = _BeadNums(bv, src, tgt, sn, tn, (sl, tlb))
        if b.us or b.ut:  # second pass with article-like words (a million, beide)
            sn, tn = _read(src.text, sl), _read(tgt.text, tlb)
            if sl != tl and tlb == tl:
                sn, tn = _names_dropped(sn, tgt.text), _names_dropped(tn, src.text)
            b = _BeadNums(bv, src, tgt, sn, tn, (sl, tlb))
        out.append(b)
    return out


# a capitalised word that the other side (another language) keeps as it is, joined by a
# space or hyphen to another capitalised word: part of a name (Dokuz Eylül Üniversitesi ~
# Dokuz-Eylül-Universität, Cinque Terre, Drei Zinnen), no figure
_NAME_JOIN = "[ \u00a0\\-\u2010]"


def _kept_in_name(word: str, other: str) -> bool:
    """Does ``other`` (the other side, another language) have the capitalised ``word`` as
    written, next to another capitalised word (Dokuz-Eylül-Universität, die Drei Zinnen)?"""
    if not word[:1].isupper() or not word.isalpha():
        return False
    for m in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", other):
        nxt = re.match(_NAME_JOIN + r"+([^\W\d_])", other[m.end():m.end() + 3])
        if nxt and nxt.group(1).isupper():
            return True
        prev = re.search(r"([^\W\d_])[^\W\d_]*" + _NAME_JOIN + "+$", other[max(0, m.start() - 40):m.start()])
        if prev and prev.group(1).isupper() and other[m.start() - 1] != " ":
            return True  # Tel-Dokuz: joined by a hyphen to the name before it
    return False


def _names_dropped(nums: list[Num], other: str) -> list[Num]:
    """``nums`` without the number words the other side keeps as part of a name."""
    if not any(n.kind == "word" and n.text[:1].isupper() for n in nums):
        return nums
    return [n for n in nums if not (n.kind == "word" and _kept_in_name(n.text, other))]


def _read(text: str, lang: str | None, soft_words: bool = True) -> list[Num]:
    """``find_numbers`` with the readings D001 adds: clock hours of a range (od godz. 7 do
    21), multiplicative words (triple, dreifach) and figures said "N times", and the hours
    of the Arabic and Thai clocks said in words (الساعة السادسة, ตีสี่)."""
    nums = find_numbers(text, lang, soft_words)
    if lang in _NUMBER_IDIOMS and nums:
        nums = _idioms_soft(text, lang, nums)
    if lang == "ja" and nums and ("当" in text or "あたり" in text):
        # the one of a measure a price is counted per (1キロ当たり95円 ~ 95 yen per kilo)
        ones = {m.start() for m in _JA_ONE_PER.finditer(text)}
        if ones:
            nums = [Num(n.text, n.start, n.end, n.values, True, n.kind, n.tag)
                    if n.start in ones and n.text in ("1", "１") else n for n in nums]
    nums = _clock_hours(text, nums)
    nums = _with_centuries(text, lang, nums)
    if "分" in text or "분의" in text:
        nums = _cjk_fractions(text, nums)
    if lang == "tr":
        nums = _tr_fractions(text, nums)
    if len(nums) > 1 and _CENTURY_WORD.search(text):
        nums = _decades_of_centuries(text, nums)
    if lang in _DECADE_SAID:
        nums = _decades_said(text, lang, nums)
    if soft_words:
        nums = _with_multiples(text, lang, nums)
        nums = _with_word_hours(text, lang, nums)
        if lang == "it" and "enn" in text:
            nums = _italian_ages(text, nums)
    return _times_said(text, nums)


# sayings with a number word that counts nothing (in seventh heaven, cloud nine,
# on all fours, in private "under four eyes"): their number word is soft, so a translation
# that renders the saying by another without the number (over the moon, in private)
# drops no figure, and one that uses such a saying adds none
_NUMBER_IDIOMS = {lang: re.compile(p, re.IGNORECASE) for lang, p in {
    "pt": r"\ba\s+sete\s+chaves\b|\bsete\s+palmos\b|\bsete\s+vidas\b|\bpintar\s+o\s+sete\b"
          r"|\baos\s+quatro\s+ventos\b|\ba\s+quatro\s+patas\b|\bno\s+s[ée]timo\s+c[ée]u\b"
          r"|\bseis\s+por\s+meia\s+d[úu]zia\b",
    "es": r"\bbajo\s+siete\s+llaves\b|\bsiete\s+vidas\b|\ba\s+los\s+cuatro\s+vientos\b"
          r"|\ben\s+un\s+dos\s+por\s+tres\b|\btres\s+pies\s+al\s+gato\b|\ba\s+cuatro\s+patas\b"
          r"|\bs[ée]ptimo\s+cielo\b",
    "it": r"\bsette\s+chiavi\b|\bsettimo\s+cielo\b|\bin\s+quattro\s+e\s+quattr['’]?\s?otto\b"
          r"|\b(?:fa|fai|fanno|fare|far(?:si|mi|ti|ci|vi)|fatt[oaie]|fece|fecero|farà|faranno)\s+in\s+quattro\b"
          r"(?!\s+(?:anni|mesi|giorni|settimane|ore|minuti|parti|rate|tappe|volte|gare|partite)\b)"
          r"|\ba\s+quattr['’]\s?occhi\b|\bquattro\s+passi\b|\bsette\s+camicie\b"
          r"|\bai\s+quattro\s+venti\b|\ba\s+quattro\s+zampe\b|\bdirne\s+quattro\b",
    "fr": r"\bsept\s+cl[ée]s\b|\bseptième\s+ciel\b|\bm(?:et|is)\w*\s+en\s+quatre\b|\bentre\s+quat(?:re|['’]z['’])\s?yeux\b|\bà\s+quatre\s+épingles\b"
          r"|\bquatre\s+cents\s+coups\b|\btrente-six\s+(?:chandelles|du\s+mois)\b"
          r"|\bbottes\s+de\s+sept\s+lieues\b|\bà\s+quatre\s+pattes\b|\bpar\s+quatre\s+chemins\b"
          r"|\bcheveux\s+en\s+quatre\b",
    "de": r"\bsiebten\s+himmel\b|\bauf\s+allen\s+vieren\b|\bunter\s+vier\s+augen\b"
          r"|\bsieben\s+siegeln\b|\bsieben\s+sachen\b|\bfünfte\s+rad\b|\bfünfe\s+gerade\b",
    "en": r"\bcloud\s+nine\b|\bseventh\s+heaven\b|\bsixes\s+and\s+sevens\b|\bto\s+the\s+nines\b"
          r"|\bwhole\s+nine\s+yards\b|\bon\s+all\s+fours\b|\bof\s+two\s+minds\b|\bin\s+two\s+minds\b"
          r"|\bseven\s+seas\b|\bfour\s+winds\b",
    "nl": r"\bzevende\s+hemel\b|\bonder\s+vier\s+ogen\b|\bop\s+alle\s+vieren\b",
}.items()}


def _idioms_soft(text: str, lang: str, nums: list[Num]) -> list[Num]:
    """``nums`` with the number words inside a saying of _NUMBER_IDIOMS soft."""
    spans = [m.span() for m in _NUMBER_IDIOMS[lang].finditer(text)]
    if not spans:
        return nums
    return [Num(n.text, n.start, n.end, n.values, True, n.kind, n.tag)
            if not n.soft and n.kind == "word" and any(a <= n.start and n.end <= b for a, b in spans) else n
            for n in nums]


# Italian says an age in one word, the number word's stem and -enne (trentenne,
# diciottenne, ventiseienne, quarantacinquenne: 30, 18, 26, 45 years old; plural -enni):
# soft, a reading of the figure the other side writes (de treinta años, 26-year-old).  Not
# ottenne, also "obtained"
_IT_AGE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}?)enn[ei](?![^\W\d_])", re.IGNORECASE)
_IT_AGE_NOT = frozenset({"ott"})


@lru_cache(maxsize=256)
def _italian_age_value(stem: str) -> float | None:
    """The number an Italian age word's stem names (trent → trenta 30, diciott → diciotto
    18, ventitre → 23), or None."""
    if stem in _IT_AGE_NOT:
        return None
    for end in ("", "i", "o", "a", "e"):
        word = stem + end
        found = find_numbers(word, "it")
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(word) and len(found[0].values) == 1:
            v = next(iter(found[0].values))
            if isinstance(v, float) and 10 <= v < 120 and v == int(v):
                return v
    return None


def _italian_ages(text: str, nums: list[Num]) -> list[Num]:
    out = list(nums)
    for m in _IT_AGE.finditer(text):
        if any(n.start < m.end() and m.start() < n.end for n in nums):
            continue
        v = _italian_age_value(m.group(1).lower())
        if v is not None:
            out.append(Num(m.group(), m.start(), m.end(), frozenset({v}), True, "word", ""))
    return sorted(out, key=lambda n: n.start) if len(out) > len(nums) else nums


# ---------------------------------------------------------------------------------------
# decades said in words that words.tsv cannot list: Chinese and Japanese tens of Han
# numerals before 年代, two of them sharing it (八十年代, 六七十年代: the 1980s; the 1960s and
# 1970s), the Lithuanian ordinal of a century's decade (dešimtasis dešimtmetis, the tenth
# decade: the 1990s; 9-ajame dešimtmetyje) and the Arabic plural of the tens (السبعينيات,
# سبعينات: the seventies).  Soft: each reads as its tens and as the year of the 20th century
# that starts it (70, 1970), the 20s and 30s also of the 21st (2020)
# ---------------------------------------------------------------------------------------
_HAN_TENS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DECADE_SAID = {
    "zh": re.compile(r"(?P<h>[二三四五六七八九]{1,2})十年代"),
    "ja": re.compile(r"(?P<h>[二三四五六七八九]{1,2})十年代"),
    "lt": re.compile(r"[\s\u00a0]+dešimtme(?:t|č)\w*", re.I),
    "ar": re.compile(r"(?<![\u0600-\u06ff])(?:و?(?:ب|ل)?(?:ال|ل)?)(?P<t>عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)"
                     r"(?:يات|ات)(?![\u0600-\u06ff])"),
}
_AR_TENS = {"عشرين": 20, "ثلاثين": 30, "أربعين": 40, "اربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70,
            "ثمانين": 80, "تسعين": 90}


def _decade_num(text: str, a: int, b: int, tens: int) -> Num:
    vals = {float(tens), float(1900 + tens)} | ({float(2000 + tens)} if tens <= 30 else set())
    return Num(text[a:b], a, b, frozenset(vals), True, "word", "")


def _decades_said(text: str, lang: str, nums: list[Num]) -> list[Num]:
    """``nums`` with the decades of _DECADE_SAID read (soft: 1960s ~ 六十年代 ~ the sixties)."""
    rx = _DECADE_SAID[lang]
    if lang == "lt":
        if "dešimtme" not in text.lower():
            return nums
        out = list(nums)
        for i, n in enumerate(nums):
            m = rx.match(text, n.end)
            if m is None:
                m = re.match(r"-?(?:a|o)?(?:jame|jo|asis|ąjį|ajam|uoju)?" + rx.pattern, text[n.end:], re.I)
                if m is None or not n.text[:1].isdigit():
                    continue
            k = next((int(v) for v in n.values if isinstance(v, float) and v == int(v)), 0)
            if 1 <= k <= 10:
                out[i] = _decade_num(text, n.start, n.end, (k - 1) * 10 if k > 1 else 0)
        return out
    hits = []
    for m in rx.finditer(text):
        if lang == "ar":
            hits.append(_decade_num(text, m.start(), m.end(), _AR_TENS[m.group("t")]))
            continue
        h = m.group("h")
        for j, c in enumerate(h):
            a = m.start("h") + j
            hits.append(_decade_num(text, a, m.end() if j == len(h) - 1 else a + 1, _HAN_TENS[c] * 10))
    if not hits:
        return nums
    keep = [n for n in nums if not any(n.start < x.end and x.start < n.end for x in hits)]
    return sorted(keep + hits, key=lambda n: n.start)


# ---------------------------------------------------------------------------------------
# a decade said with its century: v 60. letech 20. století, 60-ih godina 20. stoljeća,
# 60-е годы 20 века, a 20. század 60-as éveiben = the 1960s
# ---------------------------------------------------------------------------------------
_CENTURY_WORDS = (r"(?:století|stol\.|storočia|stor\.|stoletja|stoljeća|stoljeću|vijeka|veka|века|век|віку|"
                  r"століття|ст\.|wieku|w\.|század\w*|sajandi|amžiaus|gadsimta|century|siècle|secolo|"
                  r"siglo|século|segle|jahrhunderts|jh\.|世纪|世紀|세기)")
_CENTURY_WORD = re.compile(r"(?<![^\W\d_])" + _CENTURY_WORDS, re.I)
# after the decade's figure: its mark (60. letech, 60-ih, 60-е, 60-as, 60s), a few words
# (the decade noun, "of the"), the century's figure and the word for a century
_DECADE_THEN_CENTURY = re.compile(
    r"(?:\.|[-‐](?:е|х|ые|ых|ті|тих|те|тите|ih|ies|as|es)|s|['’]s)(?:[\s\u00a0]+[^\W\d_]+){0,3}[\s\u00a0]+"
    r"(?P<c>\d{1,2})(?:\.|[-‐]?(?:th|st|nd|rd|e|ème|er|го|ого))?[\s\u00a0]*" + _CENTURY_WORDS
    + r"(?![^\W\d_])", re.I)
# Hungarian names the century first: a 20. század 60-as éveiben; so do Chinese, Japanese
# and Korean: 20世纪90年代, 20世紀80年代, 20세기 70년대 (the 1990s, 1980s, 1970s)
_CENTURY_THEN_DECADE = re.compile(r"\.?[\s\u00a0]*század\w*(?:[\s\u00a0]+[^\W\d_]+)?[\s\u00a0]+"
                                  r"(?=\d0[-‐]?(?:as|es)(?![^\W\d_]))"
                                  r"|[\s\u00a0]?(?:世纪|世紀|세기)[\s\u00a0]?(?=\d0[\s\u00a0]?(?:年代|년대))", re.I)


def _decade_value(n: Num) -> int | None:
    """The decade of a figure that may name one (60, '60): 10 to 90."""
    return int(n.text) if n.text.isdigit() and len(n.text) == 2 and n.text.endswith("0") else None


# a hundred years said by their first year (2000-luvulla, 1900-talet, the 1900s): a century
_CENTURY_BY_YEAR = re.compile(r"[-‐]?(?:luv\w*|luku\w*|tal(?:et|let|lets)|s|['’]s|er|ern|es|as)(?![^\W\d_])", re.I)
_CENTURY_NAMED = re.compile(r"(?<![^\W\d_])(?:" + _CENTURY_WORDS[3:-1] + r"|jahrhundert\w*|vuosisa\w*|"
                            r"århundrad\w*|århundre\w*|eeuw\w*|centur\w*|secol\w*|sigl\w*|"
                            r"stolet\w*|stoleć\w*|stulec\w*|столет\w*|sajand\w*)(?![^\W\d_])", re.I)


def _century_said(text: str, n: Num, other: str) -> bool:
    """Is ``n`` a century said by its first year (2000-luvulla, the 1900s) where ``other``
    names a century in words ("in diesem Jahrhundert")?  Which one is not read: no
    evidence of a changed figure, at most of a lost one."""
    return n.text.isdigit() and len(n.text) == 4 and n.text.endswith("00") \
        and (_CENTURY_BY_YEAR.match(text, n.end) is not None or _suspended_century(text, n.end)) \
        and _CENTURY_NAMED.search(other) is not None


# a year said from the writer's own time: this year, last spring, im vergangenen Jahr, l'an
# dernier, el año pasado, quest'anno, в этом году
_SEASONS_EN = r"(?:year|spring|summer|autumn|fall|winter)(?:['’]s)?"
_YEAR_DEICTIC = re.compile(
    r"\b(?:(?:this|last|next)\s+" + _SEASONS_EN + r"|(?:earlier|later)\s+this\s+year"
    r"|(?:dies|vergangen|letzt|kommend|nächst|laufend)\w*\s+(?:Jahr|Frühling|Frühjahr|Sommer|Herbst|Winter)\w*"
    r"|Vorjahr\w*|heuer|cette\s+année|l['’]année\s+(?:dernière|prochaine|passée)"
    r"|l['’]an\s+(?:dernier|prochain|passé)|ce\s+(?:printemps|été)|cet\s+(?:été|automne|hiver)"
    r"|(?:este|esta|el\s+próximo)\s+(?:año|primavera|verano|otoño|invierno)|el\s+año\s+(?:pasado|próximo|que\s+viene)"
    r"|quest['’]\s*(?:anno|estate|inverno|autunno)|questa\s+primavera|l['’]\s*anno\s+(?:scorso|prossimo)"
    r"|(?:este|esta|neste|nesta)\s+(?:ano|primavera|verão|outono|inverno)|o\s+ano\s+(?:passado|que\s+vem)"
    r"|(?:dit|vorig|volgend)\w*\s+(?:jaar|voorjaar|lente|zomer|najaar|herfst|winter)"
    r"|(?:в\s+)?(?:этом|прошлом|следующем|текущем|нынешнем)\s+году|(?:этой|прошлой)\s+(?:весной|зимой)"
    r"|(?:этим|прошлым)\s+(?:летом|весной)|(?:этой|прошлой)\s+осенью)(?!\w)", re.IGNORECASE)


def _year_said_deictically(n: Num, other: str) -> bool:
    """Is ``n`` a year where ``other`` says a year from the writer's time (2024 ~ this year,
    весной 2024 года ~ this spring)?  The year is not read: no evidence of a changed figure."""
    return n.kind == "year" and _YEAR_DEICTIC.search(other) is not None


_CENTURIES = Path(__file__).resolve().parent.parent / "data" / "numbers" / "centuries.tsv"


def _lang_value_forms(path: Path, conv) -> dict[str, dict[str, "int | float"]]:
    """lang -> form -> value from a data table of rows "lang, value, forms" (centuries.tsv,
    multiples.tsv)."""
    out: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, value, forms = (c.strip() for c in line.split("\t"))
        for f in _split_forms(forms):
            out.setdefault(lang, {})[f] = conv(value)
    return out


@lru_cache(maxsize=1)
def _century_words() -> dict[str, tuple["re.Pattern[str]", dict[str, int]]]:
    """lang -> (a regex of its century adjectives, form -> century), from centuries.tsv."""
    forms = _lang_value_forms(_CENTURIES, int)
    return {lang: (re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, fs), key=len, reverse=True))
                              + r")(?![^\W\d_])", re.I), fs) for lang, fs in forms.items()}


# the first of two centuries said by their first year whose ending is written once, on
# the second, the first keeping only the hyphen (1500- ja 1600-luvuilla, 1600- och
# 1700-talet: the 17th and 18th centuries)
_SUSPENDED_CENTURY = re.compile(r"[-‐][\s\u00a0]+[^\W\d_]{1,5}[\s\u00a0]+\d\d00(?=[-‐]?(?:luv|luku|tal))", re.I)


def _suspended_century(text: str, end: int) -> bool:
    """Is the year ending at ``end`` a century whose ending the next one carries (1500- ja
    1600-luvuilla)?"""
    m = _SUSPENDED_CENTURY.match(text, end)
    return m is not None and _CENTURY_BY_YEAR.match(text, m.end()) is not None


def _with_centuries(text: str, lang: str | None, nums: list[Num]) -> list[Num]:
    """``nums`` with the centuries said otherwise than by their ordinal: an adjective made
    of the century (ottocentesco, oitocentista, decimonónico, dziewiętnastowieczny: the
    19th century; centuries.tsv), a soft figure; and a century said by its first year
    (1800-talet, 1800-tallet, 1800-luvulla, the 1800s: the 19th century), which reads as
    the century too."""
    out = None
    entry = _century_words().get(lang or "")
    if entry is not None:
        for m in entry[0].finditer(text):
            a, b = m.span()
            if any(n.start < b and a < n.end for n in nums):
                continue
            out = out if out is not None else list(nums)
            out.append(Num(m.group(), a, b, frozenset({float(entry[1][m.group().lower()])}), True, "word", ""))
    for i, n in enumerate(nums):
        if n.kind == "year" and len(n.text) >= 4 and n.text[:4].isdigit() and n.text[2:4] == "00" \
                and (_CENTURY_BY_YEAR.match(text, n.start + 4) or _suspended_century(text, n.start + 4)):
            out = out if out is not None else list(nums)
            out[i] = Num(n.text, n.start, n.end, n.values | {float(int(n.text[:2]) + 1)}, n.soft, n.kind, n.tag)
    return nums if out is None else sorted(out, key=lambda n: n.start)


# a fraction said as "N parts of which M" in Chinese, Japanese and Korean (3分之1, 3分の1,
# 3분의 1: a third; 三分之一, 三分の一)
_CJK_FRACTION = re.compile(r"(?<![\d.,])(?P<d>\d{1,3}|[一二三四五六七八九十]{1,2})\s?(?:分之|分の|분의)\s?"
                           r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,2})(?![\d.,])")
_CJK_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def _cjk_value(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _CJK_DIGITS[s]
    if s[0] == "十":
        return 10 + _CJK_DIGITS[s[1]] if s[1] != "十" else None
    return _CJK_DIGITS[s[0]] * 10 if s[1] == "十" else None


# Turkish says a fraction denominator first, in the locative, as the CJK languages do:
# üçte biri (a third), dörtte üçü (three quarters), 5'te 1'i; the numerator carries the
# possessive its noun phrase asks for (biri, birini, üçü): a bare one is the indefinite
# article or a count after a time or year said in the locative (2024'te bir önceki yıl,
# beşte iki kişi "at five, two people"), and onda is also "in him", ikide bir "now and then"
_TR_FRACTION_WORDS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "dörd": 4, "beş": 5, "altı": 6, "yedi": 7,
                      "sekiz": 8, "dokuz": 9}
_TR_NUMERATOR = r"(?:biri|ikisi|üçü|dördü|beşi|altısı|yedisi|sekizi|dokuzu)"
_TR_CASE = r"(?:n[iıuü]|n[ea]|nd[ea]n?|yl[ea]|n[iıuü]n)?"
_TR_FRACTION = re.compile(
    r"(?:(?<![^\W\d_])(?P<d>üç|dört|beş|altı|yedi|sekiz|dokuz)(?:te|de|ta|da)"
    r"|(?<![\w.,'’])(?P<dd>\d{1,2})['’](?:te|de|ta|da))"
    r"[ \u00a0]+(?:(?P<n>" + _TR_NUMERATOR + r")" + _TR_CASE +
    r"|(?P<nd>\d{1,2})['’](?:s?[iıuü])" + _TR_CASE + r")(?![^\W\d_])", re.I)
_TR_CLOCK_BEFORE = re.compile(r"(?<![^\W\d_])saat[ \u00a0]+$", re.I)


def _tr_fractions(text: str, nums: list[Num]) -> list[Num]:
    """A Turkish fraction (üçte biri, dörtte üçü, 5'te 1'i) is one figure, as a CJK one is."""
    out = nums
    for m in _TR_FRACTION.finditer(text):
        d = int(m.group("dd")) if m.group("dd") else _TR_FRACTION_WORDS[m.group("d").lower()]
        k = int(m.group("nd")) if m.group("nd") else \
            next(v for w, v in _TR_FRACTION_WORDS.items() if m.group("n").lower().startswith(w))
        if not k or d < 2 or k >= d or _TR_CLOCK_BEFORE.search(text, 0, m.start()):
            continue  # (saat üçte ikisi: at three, two of them)
        p = k / d * 100
        vals = {float(f"{k / d:.9g}"), float(f"{p:.9g}"), float(round(p)), float(int(p)), float(round(p, 1)),
                float(d)}
        a, b = m.span()
        out = [n for n in out if not (n.start < b and a < n.end)]
        out.append(Num(m.group(), a, b, frozenset(vals), m.group("dd") is None, "number", "frac"))
    return sorted(out, key=lambda n: n.start)


def _cjk_fractions(text: str, nums: list[Num]) -> list[Num]:
    """A CJK fraction (3分之1, 3分の1, 3분의 1, 三分之一) is one figure, the share (a third,
    33 %) and its denominator (as "a third" reads 3), not the two figures 3 and 1; said in
    digits it is hard, in numerals soft."""
    out = nums
    for m in _CJK_FRACTION.finditer(text):
        d, k = _cjk_value(m.group("d")), _cjk_value(m.group("n"))
        if not d or not k or k >= d:
            continue
        p = k / d * 100
        vals = {float(f"{k / d:.9g}"), float(f"{p:.9g}"), float(round(p)), float(int(p)), float(round(p, 1)),
                float(d)}
        a, b = m.span()
        out = [n for n in out if not (n.start < b and a < n.end)]
        out.append(Num(m.group(), a, b, frozenset(vals), not m.group("d").isdigit(), "number", "frac"))
    return sorted(out, key=lambda n: n.start)


def _century_value(n: Num) -> bool:
    return n.text.isdigit() and len(n.text) <= 2 and 1 <= int(n.text) <= 21


def _decades_of_centuries(text: str, nums: list[Num]) -> list[Num]:
    """The figure of a century that says which decade (the 60s of the 20th century) is
    part of the decade: the decade reads as its year too (1960), the century is no figure
    of its own (the 1960s has no 20)."""
    out = list(nums)
    for i in range(len(nums) - 1):
        x, y = nums[i], nums[i + 1]
        if _decade_value(x) is not None and _century_value(y) \
                and (m := _DECADE_THEN_CENTURY.match(text, x.end)) and m.start("c") == y.start:
            decade, century, keep = x, y, i
        elif _decade_value(y) is not None and _century_value(x) \
                and (m := _CENTURY_THEN_DECADE.match(text, x.end)) and m.end() == y.start:
            decade, century, keep = y, x, i + 1
        else:
            continue
        year = (int(century.text) - 1) * 100 + _decade_value(decade)
        out[keep] = Num(decade.text, decade.start, decade.end, decade.values | {float(year)}, decade.soft,
                        decade.kind, decade.tag)
        out = [n for n in out if n is not century]
    return out


# ---------------------------------------------------------------------------------------
# clock times: the hour marker before a figure (godz., kl., klo, alle ore, a las) or the
# word after it (Uhr, h, heures), and the other end of a range (von 7 bis 21 Uhr)
# ---------------------------------------------------------------------------------------
_HOUR_MARK = re.compile(
    r"(?<![^\W\d_])(?:godz\.|godzin(?:a|ie|y)|kl\.|klo|kello|klockan|klokken|klokka|klukkan|kell|kella|"
    r"plkst\.|ore|saat|ساعت|(?P<article>(?:alle|dalle|fino\s+alle|verso\s+le)|(?:a|de|desde|hasta|entre|"
    r"sobre|hacia)\s+las|às|ás|pelas))\s*$", re.I)
# after an article that stands for "the hour" (a las 21, às 21, alle 21), the figure ends its
# phrase: "a las 15 personas", "alle 15 persone" count people
# (the article of the hour also joins the two ends: dalle 14 alle 19, das 14 às 19)
_HOUR_END = re.compile(r"\s*(?:[.,;:!?)»”\"]|$|(?:[-–—]|y|e|a|al|hasta|à|to|och|og|do)\s*"
                       r"(?:las\s+|às\s+|alle\s+)?\d|(?:alle|às|ás)\s+\d)")
# (Persian ساعت before the figure as Turkish saat: ساعت ۸ = at 8 o'clock; تا joins a range)
# (Hungarian óra with its case endings of a time: -kor at, -ig until, -tól from, -ra by)
# (Croatian, Bosnian and Serbian sati and sata: od 6 do 22 sata = from 6 a.m. to 10 p.m.;
# in Cyrillic сати, сата, часова, and Macedonian часот "the hour": од 7 до 22 часот)
_HOUR_WORD = re.compile(r"[\s\u00a0]*(?:Uhr|uur|h|heures?|horas?|hrs?|óra(?:kor)?|órá(?:ig|tól|ra)|val\.|godz\.|ч\.|"
                        r"час(?:а|ов|от|ова)?|hod\.|sat[ia]|сат[иа])(?![^\W\d_])", re.I)
# between the two ends of a range of hours (7-21, von 7 bis 21, od 7 do 21, de las 7 a las 21;
# Latvian līdz, Lithuanian iki, Estonian kuni: until)
_HOUR_JOIN = re.compile(
    r"\s*(?:[-–—]|(?:to|till?|until|bis|do|til|à|a|al|hasta|jusqu['’]à|tot|até|e|en|y|und|and|et|og|och|ja|līdz|iki|kuni|"
    r"és|i|и|до|по|تا)\s+(?:(?:las|às|ás|alle|godz\.|kl\.|klokken|klockan|klokka)\s*)?|(?:alle|às|ás)\s+)\s*")
_HOUR_FORM = re.compile(r"(\d{1,2})(?:[.:](\d\d))?")


def _hour_like(n: Num) -> bool:
    """Could ``n`` be a time of day: a time, or a whole hour or H.MM (H:MM) of the clock?"""
    if n.kind == "time":
        return True
    m = _HOUR_FORM.fullmatch(n.text)
    return m is not None and int(m.group(1)) <= 24 and int(m.group(2) or 0) < 60


def _hour_marked(text: str, x: Num) -> bool:
    m = _HOUR_MARK.search(text, max(0, x.start - 25), x.start)
    return m is not None and (not m.group("article") or _HOUR_END.match(text, x.end) is not None)


def clock_times(text: str, nums: list[Num]) -> list[bool]:
    """For each of ``nums``: is it a time of day?  A time (9pm, 21 Uhr, a las 16.00), an
    hour after an hour marker (od godz. 7, kl. 06.30, alle ore 9) or before an hour word
    (6.30 Uhr, 21 h), and the other end of a range with one (od godz. 7 do 21, von 6.30
    bis 9 Uhr, fra klokken 06.30 til 09.00)."""
    out = []
    for x in nums:
        out.append(x.kind == "time" or x.tag.isdigit() or (_hour_like(x) and (
            _hour_marked(text, x) or _HOUR_WORD.match(text, x.end) is not None)))
    if len(nums) > 1 and any(out):
        for _ in range(2):  # a range of three (7-12, 14-18 Uhr): twice is enough
            for i in range(len(nums) - 1):
                x, y = nums[i], nums[i + 1]
                if out[i] != out[i + 1] and _hour_like(x) and _hour_like(y) \
                        and _HOUR_JOIN.fullmatch(text, x.end, y.start):
                    out[i] = out[i + 1] = True
    return out


def _clock_hours(text: str, nums: list[Num]) -> list[Num]:
    """A whole hour after noon that the words around it make a time of day (od godz. 7 do
    21, kl. 21) reads as that time, as "21 Uhr" does: 9pm is its figure, 8pm or 9am is not."""
    cands = [i for i, x in enumerate(nums) if x.kind == "number" and not x.tag and x.text.isdigit()
             and 13 <= int(x.text) <= 23]
    if not cands:
        return nums
    clock = clock_times(text, nums)
    out = list(nums)
    for i in cands:
        if clock[i] and (not units_of(text, nums[i])[0] or _past_midnight(text, nums, i)):
            x, h = nums[i], int(nums[i].text)
            out[i] = Num(x.text, x.start, x.end, x.values | {("t", (h - 12) * 60)}, x.soft, "time", str(h * 60))
    return out


def _past_midnight(text: str, nums: list[Num], i: int) -> bool:
    """Is ``nums[i]`` (an hour after noon, 13-23) the first end of a range of hours that
    runs past midnight (tussen 22 uur en 6 uur, van 23 tot 5 uur, 22-6 Uhr)?  Hours that
    are counted (tussen 20 en 30 uur) rise from the first end to the second: a range whose
    second end is the smaller says the hours of the clock, though its word for the hour
    (Dutch uur) is also the word for a count of hours."""
    if i + 1 >= len(nums):
        return False
    x, y = nums[i], nums[i + 1]
    w = _HOUR_WORD.match(text, x.end)
    end = w.end() if w is not None else x.end
    m = _HOUR_FORM.fullmatch(y.text)
    return m is not None and y.kind in ("number", "time") and _hour_like(y) \
        and int(m.group(1)) < int(x.text) and _HOUR_JOIN.fullmatch(text, end, y.start) is not None


# ---------------------------------------------------------------------------------------
# multiplicative words (triple ~ three times), data/numbers/multiples.tsv
# ---------------------------------------------------------------------------------------
_MULTIPLES = Path(__file__).resolve().parent.parent / "data" / "numbers" / "multiples.tsv"
_LETTERS = re.compile(r"[^\W\d_]+")
# the word after a figure that says "N times" (three times, drei Mal, trois fois, tres veces)
_TIMES_WORD = (r"(?:times|mal|fois|veces|volte|vezes|keer|maal|razy|krát|krat|raz[ay]?|раз[аи]?|разів|"
               r"gånger|gange|ganger|kertaa|korda|reizes|kartus|kartų|φορές|φορες|sinnum|puta|пъти|пута|katı|"
               r"alkalommal)(?![^\W\d_])")
_TIMES_AFTER = re.compile(r"[\s\u00a0]*" + _TIMES_WORD, re.I)
# (the cheap test: without the leading spaces, which a search would try at every space)
_TIMES_PROBE = re.compile(r"(?<![^\W\d_])" + _TIMES_WORD, re.I)


@lru_cache(maxsize=1)
def _multiples() -> dict[str, dict[str, float]]:
    """lang -> form -> the figure the word multiplies by."""
    return _lang_value_forms(_MULTIPLES, float)


def _with_multiples(text: str, lang: str | None, nums: list[Num]) -> list[Num]:
    """``nums`` with the multiplicative words of ``text`` (plus du triple, se triplicó,
    verdoppelt): soft figures tagged "mult"; a reading of the same word is replaced."""
    table = _multiples().get(lang or "")
    if not table:
        return nums
    low = text.lower()
    hits = [m for m in _LETTERS.finditer(low) if m.group() in table]
    if not hits:
        return nums
    out = list(nums)
    for m in hits:
        a, b = m.span()
        same = [i for i, n in enumerate(out) if n.start == a and n.end == b]
        if not same and any(n.start < b and a < n.end for n in out):
            continue  # part of a figure read otherwise
        mult = Num(text[a:b], a, b, frozenset({table[m.group()]}), True, "word", "mult")
        if same:
            out[same[0]] = mult
        else:
            out.append(mult)
    return sorted(out, key=lambda n: n.start)


def _times_said(text: str, nums: list[Num]) -> list[Num]:
    """A figure said "N times" (three times, drei Mal) is tagged "mult": where the other side
    has another multiplicative word (double), the two are a changed figure."""
    # (the loop below only retags a plain figure: with none, the probe's search is not needed)
    if not any(x.kind in ("number", "word") and not x.tag and not x.soft for x in nums) \
            or not _TIMES_PROBE.search(text):
        return nums
    out = list(nums)
    for i, x in enumerate(nums):
        if x.kind in ("number", "word") and not x.tag and not x.soft and _TIMES_AFTER.match(text, x.end):
            out[i] = Num(x.text, x.start, x.end, x.values, x.soft, x.kind, "mult")
    return out


# ---------------------------------------------------------------------------------------
# the hour said in words: Arabic الساعة السادسة (the sixth hour: 6 o'clock), the Thai
# traditional clock of the small hours, ตี and its number (ตีสี่: 4 am)
# ---------------------------------------------------------------------------------------
_AR_HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
             "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11,
             "الحادية عشر": 11, "الثانية عشرة": 12, "الثانية عشر": 12}
_AR_CLOCK = re.compile(r"الساعة\s+(" + "|".join(sorted(map(re.escape, _AR_HOURS), key=len, reverse=True))
                       + r")(?![\w\u064b-\u065f])")
# the part of the day said after it: صباحا (in the morning), مساء (in the evening), ليلا
_AR_HALF = re.compile(r"\s+(?:(?P<am>صباح[اًا]*|فجرا)|(?P<pm>مساء[ًا]*|ليلا|ظهرا|عصرا))")
_TH_HOURS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
# (not ตีสองหน้า, "two-faced", nor a longer number or a count: สี่สิบ, ห้าครั้ง)
_TH_CLOCK = re.compile(r"ตี(หนึ่ง|สอง|สาม|สี่|ห้า)"
                       r"(?!หน้า|สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน|ครั้ง|ที|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")


# the first day of a month said in a word (Maghrebi Arabic فاتح مارس, مستهل يناير, "the
# opening of March" = 1 March; the ordinal, الأول من أكتوبر, أول مارس): a soft 1
_AR_MONTHS = ("يناير|فبراير|مارس|أبريل|ابريل|ماي|مايو|يونيو|يونيه|يوليوز|يوليو|غشت|أغسطس|اغسطس|شتنبر|"
              "سبتمبر|أكتوبر|اكتوبر|نونبر|نوفمبر|دجنبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|"
              "أيلول|تشرين|جانفي|فيفري|أفريل|جوان|جويلية|أوت|شهر")
_AR_FIRST_OF = re.compile(r"(?<![\w\u064b-\u065f])(?:فاتح|مستهل|الأول\s+من|أول)\s+(?:شهر\s+)?(?:" + _AR_MONTHS
                          + r")(?![\w\u064b-\u065f])")


def _with_word_hours(text: str, lang: str | None, nums: list[Num]) -> list[Num]:
    """``nums`` with the hours said in words of Arabic and Thai: soft times (they may match
    the other side's 6 a.m. or 4am, and are never reported alone); and the Arabic first of
    a month said in a word (فاتح مارس ~ 1 March), a soft 1."""
    found: list[Num] = []
    if lang == "ar" and "الساعة" in text:
        for m in _AR_CLOCK.finditer(text):
            h = _AR_HOURS[m.group(1)]
            half = _AR_HALF.match(text, m.end())
            tag = "" if half is None or h == 12 else str((h + (12 if half.group("pm") else 0)) * 60)
            found.append(Num(m.group(), m.start(), m.end(), frozenset({float(h), ("t", h % 12 * 60)}),
                             True, "time", tag))
    if lang == "ar" and ("فاتح" in text or "مستهل" in text or "أول" in text):
        for m in _AR_FIRST_OF.finditer(text):
            e = m.start() + len(m.group().split()[0])
            found.append(Num(text[m.start():e], m.start(), e, frozenset({1.0}), True, "word", ""))
    if lang == "th" and "ตี" in text:
        for m in _TH_CLOCK.finditer(text):
            h = _TH_HOURS[m.group(1)]
            found.append(Num(m.group(), m.start(), m.end(), frozenset({float(h), ("t", h * 60)}),
                             True, "time", str(h * 60)))
    found = [f for f in found if not any(n.start < f.end and f.start < n.end for n in nums)]
    return sorted(nums + found, key=lambda n: n.start) if found else nums


def _doc_values(ctx: CheckContext, which: str) -> set:
    def build() -> set:
        sl, tl = _langs(ctx)
        doc = ctx.source if which == "source" else ctx.target
        lang = sl if which == "source" else tl
        vals: set = set()
        if doc is None:
            return vals
        for s in doc.segments:
            for n in find_numbers(s.text, lang):
                # a fraction word (a tenth, en tiondel) excuses a lost share, not a lost
                # count its percent reading equals (10 terawatt hours; a quarter ~ 25):
                # one figure does not stand for two
                vals |= {v for v in n.values if v < 1} if n.tag == "frac" else n.values
        return vals
    return ctx.cached(f"numbers.values.{which}", build)


_AFTER_FIGURE = re.compile(r"[\s\u00a0\u202f-]*([^\W\d_]+)")
_ANY_LETTER = re.compile(r"[^\W\d_]+")
_CENTURY_AFTER = re.compile(r"(?:\.|st|nd|rd|th|e|er|ème|º|ª)?[\s\u00a0-]*(?:世纪|世紀|世|century|centuries|"
                            r"jahrhundert|siècle|siglo|secolo|século|eeuw|århundrade|århundrede|wiek|"
                            r"stolet|век|yüzyıl)", re.IGNORECASE)


_COUNTED_WORD = re.compile(r"[^\W\d_]{3,}")


def _counted_noun(text: str, end: int, lang: str | None) -> frozenset[str]:
    """What a figure ending at ``end`` of ``text`` counts, as keys: the first four letters
    of the words of three letters or more among the three after it (18 public schools:
    publ, scho), or, in a language written without spaces, the pairs of characters among
    the four after it (个月 ~ 个台, 台电, 电脑)."""
    m = _AFTER_FIGURE.match(text, end)
    if m is None:
        return frozenset()
    if lang in _COUNTING_LANGS:
        run = text[m.start(1):m.start(1) + 4]
        return frozenset(run[i:i + 2] for i in range(len(run) - 1) if _ANY_LETTER.fullmatch(run[i:i + 2]))
    words = text[m.start(1):].split()[:3]
    return frozenset(w.lower()[:4] for x in words for w in _COUNTED_WORD.findall(x))


def _spent_elsewhere(ctx: CheckContext, b: "_BeadNums", y: Num, tl: str | None) -> bool:
    """Is figure ``y`` of bead ``b``, which no number of its source has, one that the
    source has elsewhere only as often as the translation renders it elsewhere, each time
    paired in its own bead and counting something else there (18 months ~ 18 Monate,
    while ``y`` counts 18 Computerplätze)?  Then it is no figure the aligner moved: an added clause
    with a figure of its own, which the source's other figure does not excuse."""
    if y.kind != "number":
        return False
    key = _counted_noun(b.tgt.text, y.end, tl)
    if not key or _CENTURY_AFTER.match(b.tgt.text, y.end):
        return False  # (20世纪80年代 ~ the 1980s: a century, no count)
    def doc_numbers() -> list:
        sl = _langs(ctx)[0]
        return [n.values for s in ctx.source.segments for n in find_numbers(s.text, sl)] \
            if ctx.source is not None else []
    n_src = sum(1 for v in ctx.cached("numbers.source_list", doc_numbers) if v & y.values)
    n_used = 0
    for o in ctx.cached("numbers.beads", lambda: _analyse(ctx)):
        if o is b:
            continue
        for z, i in zip(o.tn, o.mb):
            if z.values & y.values:
                if i is None or _counted_noun(o.tgt.text, z.end, tl) & key:
                    return False  # (unpaired there too, or counting the same thing)
                n_used += 1
    return 0 < n_src <= n_used


def _leftovers(ctx: CheckContext) -> dict[int, tuple[set, set]]:
    """Per bead with numbers on both sides: the values of the source's and of the
    target's numbers that bead leaves unmatched."""
    def build() -> dict[int, tuple[set, set]]:
        out = {}
        for b in ctx.cached("numbers.beads", lambda: _analyse(ctx)):
            out[b.bead.index] = (_all_values([x for x, j in zip(b.sn, b.ma) if j is None]),
                                 _all_values([y for y, i in zip(b.tn, b.mb) if i is None]))
        return out
    return ctx.cached("numbers.leftovers", build)


def _neighbour_values(ctx: CheckContext, index: int, side: str) -> set:
    """Values a neighbouring bead may have taken from this one (alignment slack): all the
    numbers of a bead with one side empty, only the unmatched ones of a bead that has
    both; a number its own bead matches (tres ~ drei) excuses nothing here (dos ~ drei)."""
    sl, tl = _langs(ctx)
    left = _leftovers(ctx)
    k = 0 if side == "source" else 1
    vals: set = set()
    for bv in ctx.neighbours(index):
        if bv.source and bv.target and bv.index in left:
            vals |= left[bv.index][k]
            continue
        for s in (bv.source if side == "source" else bv.target):
            vals |= _all_values(find_numbers(s.text, sl if side == "source" else tl))
    return vals


def _parallel_evidence(ctx: CheckContext, bv: BeadView, s: Num | None, t: Num | None) -> list[Evidence]:
    ev = []
    for doc in ctx.parallels + ctx.references:
        segs = ctx.counterparts(doc, [x.index for x in bv.source])
        if not segs:
            continue
        text = " ".join(x.text for x in segs)
        vals = _all_values(find_numbers(text, norm_lang(doc.lang)))
        notes = []
        if s is not None:
            notes.append(f"has {s.text} like the source" if s.values & vals
                         else f"lacks the source's {s.text}")
        if t is not None:
            notes.append(f"has {t.text} like the translation" if t.values & vals
                         else f"does not have the translation's {t.text}")
        ev.append(ctx.evidence(doc, text=text, note=f"{_short(doc.path)} " + " and ".join(notes)))
    return ev


def _short(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _cap(ctx: CheckContext, cap: Severity) -> Severity:
    assert ctx.rule is not None
    return min(ctx.severities.get(ctx.rule.code, ctx.rule.severity), cap)


def _aside(text: str, a: int, b: int) -> bool:
    """Is text[a:b] inside brackets (a unit conversion, a page reference, a code)?"""
    o = text.rfind("(", max(0, a - 40), a)
    if o < 0 or ")" in text[o:a]:
        return False
    c = text.find(")", b, b + 40)
    return c >= 0 and "(" not in text[b:c]


# languages that put a figure before a counter word where others use an article
_COUNTING_LANGS = frozenset({"zh", "ja", "ko", "th", "vi"})
# a word for someone's age in years made of number words (Croatian dvadesetšestogodišnji,
# Czech šestadvacetiletý, Slovene šestindvajsetletni, Russian двадцатишестилетний)
_AGE_WORD = re.compile(r"[^\W\d_]{6,}(?:godišnj|godisnj|годишњ|letý|letá|letého|leté|letou|letni|letn|летн|річн)"
                       r"[^\W\d_]{0,4}(?![^\W\d_])", re.IGNORECASE)

_RANGE_JOIN = frozenset({"-", "–", "bis", "to", "or", "oder", "à", "ou", "a", "o", "y", "e", "und",
                         "and", "et"})


def _next_to_number(nums: list[Num], y: Num, text: str) -> bool:
    """Is ``y`` one end of a range or pair with another number (zwei bis drei, 2-3)?"""
    for n in nums:
        if n is y or n.soft:
            continue
        if 0 <= y.start - n.end <= 6:
            gap = text[n.end:y.start]
        elif 0 <= n.start - y.end <= 6:
            gap = text[y.end:n.start]
        else:
            continue
        if gap.strip().lower() in _RANGE_JOIN:
            return True
    return False


# (the en dash too, as typesetters write a minus: līdz –12 grādiem; 5–10 stays a range)
_MINUS = "-\u2212\u2013"
# a sign said in words, on the side without the minus (-5 °C ~ "minus 5", "5 below zero")
# (mínus: Slovak, mínusz/minusz: Hungarian, mīnus: Latvian, miinus: Estonian and Finnish,
# menys: Catalan, eksi: Turkish, μείον: Greek, мінус: Ukrainian)
_MINUS_WORDS = r"minus|mínusz|minusz|mínus|mīnus|miinus|moins|meno|menos|menys|минус|мінус|eksi|μείον"
_SIGN_WORDS = re.compile(
    r"\b(?:" + _MINUS_WORDS + r")\b|below zero|unter null|unter dem "
    r"gefrierpunkt|sous zéro|au-dessous de zéro|en dessous de zéro|bajo cero|sotto (?:lo )?zero|"
    r"abaixo de zero|onder nul|poniżej zera|ниже нуля|нижче нуля|pod nulou|pod ničlo|"
    r"تحت الصفر|دون الصفر|מתחת לאפס|"
    r"零下|氷点下|영하|マイナス|마이너스", re.IGNORECASE)
# "below zero" (and "minus") of Chinese, Japanese and Korean, written before the figure:
# 零下230摄氏度, 氷点下5度, 영하 10도 are −230, −5, −10
_CJK_BELOW = re.compile(r"(?:零下|氷点下|영하|マイナス|마이너스)\s?$")


_MINUS_WORD = re.compile(r"\b(?:" + _MINUS_WORDS + r")\s+$", re.IGNORECASE)
_NOT_A_SIGN = re.compile(r"\b(?:au|du|le|lo|al|ao|pelo|o|or|ou|plus|più|pas|tout|mehr oder)$", re.IGNORECASE)
_MINUS_ANY = re.compile(r"\b(?:" + _MINUS_WORDS + r")\s+\d|"
                        r"(?:零下|氷点下|영하|マイナス|마이너스)\s?\d", re.IGNORECASE)
_BELOW_ZERO = re.compile(r"[^.;!?]{0,25}?\b(?:below zero|unter null|sous zéro|au-dessous de zéro|"
                         r"en dessous de zéro|bajo cero|sotto (?:lo )?zero|abaixo de zero|onder nul|"
                         # (Arabic and Hebrew "under zero": 5 درجات تحت الصفر, 4 מעלות מתחת לאפס)
                         r"ниже нуля|нижче нуля|poniżej zera|pod nulou|pod ničlo|تحت الصفر|دون الصفر|מתחת לאפס)",
                         re.IGNORECASE)


# "less" said before the figure of a comparison (Portuguese menos 8 % do que em 2023 = 8%
# less than in 2023, Spanish menos 5 grados que ayer): no sign
_LESS_THAN = re.compile(r"[^.;:!?,\d]{0,30}?(?<![^\W\d_])(?:do\s+que|que|than|di\s+quanto|che|face\s+a|"
                        r"em\s+relação|relativamente|rispetto|en\s+comparación|frente\s+a)(?![^\W\d_])",
                        re.IGNORECASE)


def _said_minus(text: str, a: int, b: int | None = None) -> bool:
    """A sign said in a word right before the figure at ``a`` (minus 0,4; moins 5), not
    the operator between two numbers (10 minus 3); "below zero" before it (零下230).
    ``b``: where the figure ends; a comparison after it makes the word "less" (menos 8 %
    do que em 2023)."""
    if _CJK_BELOW.search(text, max(0, a - 6), a):
        return True
    m = _MINUS_WORD.search(text, max(0, a - 12), a)
    if m is None:
        return False
    if b is not None and _LESS_THAN.match(text, b):
        return False
    before = text[max(0, m.start() - 12):m.start()].rstrip()
    # 10 minus 3; au moins 100, al menos, pelo menos, più o meno, plus or minus: no sign
    return not before[-1:].isdigit() and not _NOT_A_SIGN.search(before)


def _sign(text: str, n: Num) -> int:
    """−1 for a figure with a minus sign or said to be negative (−5 °C, minus 5 Grad,
    8 degrees below zero), else 1."""
    if _signed(text, n.start) or _said_minus(text, n.start, n.end) or _BELOW_ZERO.match(text, n.end):
        return -1
    return 1


def _signed(text: str, a: int) -> bool:
    """Does a minus sign stand right before the figure at ``a`` (−5 °C, (-1.2%), at -20)?
    Not a hyphen inside a code or a range (Covid-19, 5-10, a loose "5 -10"), nor a list
    dash (it has a space after it)."""
    if a == 0 or text[a - 1] not in _MINUS:
        return False
    i = a - 2
    if i < 0:
        return True
    if text[i].isspace():
        while i >= 0 and text[i].isspace():
            i -= 1
        return i < 0 or not (text[i].isdigit() or text[i] in "%°")
    return text[i] in "([{=:;,/≈~"


def _sign_slips(ctx: CheckContext, b: "_BeadNums") -> Iterator[Finding]:
    """Figures of equal value where one side has a minus sign and the other has neither
    it nor the sign in words: minor, since prose may carry it ("fell 1.2%")."""
    if not any(c in t for c in _MINUS for t in (b.src.text, b.tgt.text)) \
            and not any(_MINUS_ANY.search(t) for t in (b.src.text, b.tgt.text)):
        return
    for i, j in enumerate(b.ma):
        if j is None:
            continue
        x, y = b.sn[i], b.tn[j]
        if x.kind != "number" or y.kind != "number":
            continue
        sx = _signed(b.src.text, x.start) or _said_minus(b.src.text, x.start, x.end)
        sy = _signed(b.tgt.text, y.start) or _said_minus(b.tgt.text, y.start, y.end)
        if sx == sy or _SIGN_WORDS.search(b.tgt.text if sx else b.src.text):
            continue
        s, e = b.tgt.span(y.start, y.end)
        what = "lost its minus sign" if sx else "gained a minus sign"
        yield ctx.flag(s, e, f"source has {'−' if sx else ''}{x.text}, translation has "
                             f"{'−' if sy else ''}{y.text}: the figure {what}",
                       evidence=[ctx.evidence(ctx.source, text=b.src.text, note="source")],
                       suggestion=("−" + y.text) if sx else y.text, severity=_cap(ctx, Severity.MINOR))


# A change said with two figures: "from A to B" (the from-word before A, the to-word
# between) or "to B from A" (the to-word before B, the from-word between), per language.
# Between a figure and the joining word only its unit may stand (%, percent, Prozent,
# pour cent, a currency, a scale word).
_CHANGE_WORDS: dict[str, tuple[str, str, str, str]] = {
    # (from before A, to between A and B, to before B, from between B and A)
    "en": (r"from", r"to", r"to", r"(?:,\s*)?(?:(?:up|down)\s+)?from|compared\s+with|against"),
    "de": (r"von", r"auf", r"auf", r"(?:,\s*)?(?:nach|von|gegenüber|verglichen\s+mit)"),
    "fr": (r"de|d'|d’", r"à", r"à", r"(?:,\s*)?(?:contre|après|au\s+lieu\s+de)"),
    "es": (r"de|del", r"a|al", r"a|al", r"(?:,\s*)?(?:frente\s+a|desde|tras)"),
    "it": (r"da|dal|dall'|dall’", r"a|al", r"a|al", r"(?:,\s*)?(?:contro|rispetto\s+a|dal|da)"),
    "nl": (r"van", r"naar|tot|op", r"naar|tot|op", r"(?:,\s*)?(?:van|tegen|vergeleken\s+met)"),
    "pt": (r"de|do|da", r"para|a|ao", r"para|a|ao", r"(?:,\s*)?(?:contra|face\s+a)"),
}
_UNIT_GAP = (r"(?:[\s\u00a0\u202f]*(?:%|‰|€|\$|£|¥|percent|per\s+cent|prozent|pour\s+cent|por\s+ciento|"
             r"per\s+cento|procent|por\s+cento|punkte?|points?|punti|puntos|pontos|punten|"
             r"mio\.?|mrd\.?|million|millions|milliard|milliards|billion|billions|millionen|milliarden|"
             r"millones|milioni|miliardi|miljoen|miljard|milhões|mil\s+millones))?")


def _word_before(words: str) -> "re.Pattern[str]":
    """One of ``words`` ending the text searched (the text before a figure)."""
    return re.compile(rf"(?<![^\W\d_])(?:{words})\s*$", re.IGNORECASE)


def _word_between(words: str) -> "re.Pattern[str]":
    """The whole gap between two figures: the first one's unit, then one of ``words``."""
    return re.compile(rf"{_UNIT_GAP}\s*(?:{words})\s+$", re.IGNORECASE)


@lru_cache(maxsize=16)
def _change_res(lang: str) -> tuple["re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]"] | None:
    w = _CHANGE_WORDS.get(lang)
    if w is None:
        return None
    return _word_before(w[0]), _word_between(w[1]), _word_before(w[2]), _word_between(w[3])


def changes(text: str, nums: list[Num], lang: str | None) -> list[tuple[Num, Num]]:
    """(from, to) of each change ``text`` says with two figures in a row: "from 5.2% to
    5.6%", "to 5.6% from 5.2%", "von 5,2 auf 5,6 Prozent", "de 5,2 % à 5,6 %",
    "à 5,6 % contre 5,2 %".  Two equal figures, or figures of other kinds than plain
    numbers and amounts, are none."""
    res = _change_res(lang or "")
    if res is None or len(nums) < 2:
        return []
    from_b, to_mid, to_b, from_mid = res
    out = []
    for x, y in zip(nums, nums[1:]):
        if x.kind not in ("number", "word") or y.kind not in ("number", "word") or x.values & y.values:
            continue
        gap = text[x.end:y.start]
        if len(gap) > 24 or any(c.isdigit() for c in gap):
            continue
        head = text[max(0, x.start - 20):x.start]
        if from_b.search(head) and to_mid.match(gap):
            out.append((x, y))
        elif to_b.search(head) and from_mid.match(gap):
            out.append((y, x))
    return out


def _swapped_changes(ctx: CheckContext, b: "_BeadNums", sl: str | None, tl: str | None) -> Iterator[Finding]:
    """A change whose two figures the translation swaps: "rose to 5.6% from 5.2%" ->
    "passée de 5,6 % à 5,2 %" (the same figures, so the value check sees nothing)."""
    tc = changes(b.tgt.text, b.tn, tl)
    if not tc:
        return
    for a, z in changes(b.src.text, b.sn, sl):
        for c, d in tc:
            if c.values & z.values and d.values & a.values and not (c.values & a.values or d.values & z.values):
                s, e = b.tgt.span(min(c.start, d.start), max(c.end, d.end))
                yield ctx.flag(s, e, f"source goes from {a.text} to {z.text}, translation from {c.text} "
                                     f"to {d.text}: the two figures of the change are swapped",
                               evidence=[ctx.evidence(ctx.source, text=b.src.text, note="source")],
                               severity=_cap(ctx, Severity.MAJOR))
                break


def _metadata(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans whose figures are page furniture, from the furniture rules: metadata
    (date lines, timestamps, counters) and the counts of UI labels ("Comments (12)")."""
    from .furniture import number_free_spans
    return number_free_spans(ctx)


@rule("D001", "number-mismatch", "Accuracy/Mistranslation", "critical", artefact="wrong-number",
      summary="A number, date, time or amount of the source has no equal value in the "
              "translation (or the translation has one the source lacks); locale formats, "
              "scale words, number words (en, de, fr, es, it, nl, pt), the South Asian "
              "fraction words before a figure (Hindi, Urdu, Bengali saṛhe 3 lakh = 350,000, "
              "sawa 2 = 2.25, paune 4 = 3.75), one of a unit and a half of it in words (a year "
              "and a half, un an et demi, un año y medio ~ दीड वर्ष, anderthalb Jahre: 1.5, soft) "
              "and all-digit or written dates are compared by value, and a figure converted to another unit of "
              "its dimension (10 km → 6.2 miles, −5 °C → 23 °F, 1.5 hours → 90 minutes, "
              "1,85 m → 6 ft 1 in, 3,4 kg → 7 lb 8 oz; "
              "degrees without a scale are either, minus zehn Grad → 14 °F) is the same "
              "quantity, a hundred percent before a word may come back as \"wholly\" (100% elétricos → "
              "fully electric, 100 % recyclable → entièrement recyclable), "
              "and a share may come back in percent (zwei Drittel → 67 percent, "
              "neun von zehn → 90 %, one in three → 33 %, près du tiers → almost a third; "
              "en, de, fr, es, it, nl, pt); Hebrew number words (לפני אלפיים שנה → 2,000 "
              "years ago, בשנתיים → in two years) and numbers glued to an adjective "
              "(двуетажна → two-storey, пятилетний → five-year, Estonian kaheksakohaline → eight-seat; "
              "Norwegian toetasjes, Swedish tvåvånings-, Greek τριώροφο; the nouns of a building's "
              "storeys, девятиэтажка → nine-storey block), the word for a thousand alone (Persian هزار, "
              "Hindi हज़ार → tausend) and numbers in Han characters before a counter (千棵 → 1,000 trees, "
              "三头牛 → three cows) match a figure but are "
              "never reported alone; a 24 that says \"around the clock\" (24-hour, 24/7) matches "
              "the other side's words for it (døgnåben, rund um die Uhr); "
              "an amount and its hundredths is one figure (5 Franken 50 → 5.50 francs, "
              "$2 and 50 cents → 2,50 $), and so is a figure in thousands with the word "
              "for thousand between its digit groups (Mexican Spanish 8 mil 500 → 8,500, "
              "6 mil 480 millones → 6,480 million, mil 120 → 1,120); a whole hour said with "
              "a word for the hour is a time of day (po 18. hodině, klo 18, kella 7–19, 18 órakor "
              "→ 6 p.m.; od 6 do 22 sata → from 6 a.m. to 10 p.m.; Arabic السادسة صباحاً → 6 a.m.; dalle 14 alle 19, das 14 às 19, whose article of the hour joins the range → from 2 to 7 p.m.), and so is the first end of a range "
              "of hours that runs past midnight, though its word for the hour also counts "
              "hours (tussen 22 uur en 6 uur → between 10 p.m. and 6 a.m.); a span of ten "
              "said as a range is the decade the other side names (the 40s → 40 bis 50 "
              "Grad); a vague count (several dozen, mehrere Dutzend, a few hundred) matches "
              "but is never reported alone, and hours and minutes with abbreviated units "
              "(1 hr 52 min, 1 Std. 52 Min.) are the duration the hour mark writes (1 h 52). "
              "A figure that names something on one side and "
              "counts it on the other (Linie 4 → four lines, article 5 → 5 Artikel; en, de, "
              "fr) is major. A number word the translation keeps as written inside a name "
              "(Dokuz Eylül Üniversitesi → Dokuz-Eylül-Universität, Cinque Terre) is part "
              "of the name, no figure. A figure with its time unit that is half a larger unit the "
              "other side says with a word for half (six months → poole aasta, half a year; 30 "
              "minutes → half an hour) is no added figure, and an ISO currency code glued to a "
              "figure (VND38.5 billion, NGN5 billion) is money, not a code. "
              "Two different fractions, ordinals, regnal numbers or scales after an article (die "
              "Hälfte → a quarter, second → Dritter, Benedikt XVI. → Benedict XV, un billón → "
              "one billion, eine Milliarde → one million) are major; "
              "clock times 12 hours apart (15 Uhr → 3 am; 2 h 30 or 2:30 Uhr → 2:30 pm; "
              "2:30 de la tarde → 2:30 am) are changed figures, and so are the two figures of a "
              "change the translation swaps (rose to 5.6% from 5.2% → passée de 5,6 % à 5,2 %; "
              "en, de, fr, es, it, nl, pt; major). A figure that "
              "loses or gains its minus sign (−5 °C → 5 °C, minus 0,4 → 0.4) is minor: prose "
              "may carry the sign. Where mtcheck cannot read the source language's number words "
              "(Polish, Turkish, Russian …), a small count or a scaled figure only the "
              "translation has (trzy miliony ~ 3 million) is minor."
              " A dozen as a counter glued to the figure (1800ダース, 1800打, 30다스) is twelve of them."
              " Thousands run on into a myriad sign are one figure (4천680만, 4千680万 → 46.8 million)."
              " A capitalised number word that is the names lexicon's form of a place the other side"
              " names (Trente → Trento) is no figure."
              " A span of two to five years said in one word (biennale, trienal, quinquennal) renders"
              " the figure of a two- to five-year span (a five-year plan → un piano quinquennale)."
              " A dozen after a figure is twelve of them in more languages too (सहा डझन, दो दर्जन,"
              " две дюжины, dwa tuziny, två dussin → six dozen), a whole hour before Macedonian"
              " часот or Serbian часова, сата is a time of day (од 7 до 22 часот → to 10 pm), and the"
              " words of a span of years (une crue centennale, bicentenary, décennale) match its"
              " figure but are never reported alone."
              " The minus said in Hungarian, Catalan, Turkish or Greek (mínusz, menys, eksi, μείον) is a sign."
              " A thousand said with \u201cand\u201d before a larger scale is thousands of it (۶ هزار و ۸۰۰"
              " میلیارد → 6,800 billion), and a rank word (primary, secondary, tertiary, tertiaire,"
              " tertiär) matches the figure Korean, Chinese or Japanese say it with (3차 처리, 3次処理)."
              " Decades said in words match their figures softly: Chinese and Japanese tens before 年代"
              " (九十年代, 五六十年代 → the 1950s and 1960s), the Lithuanian ordinal of a decade"
              " (aštuntasis dešimtmetis, 8-ojo dešimtmečio → the 1970s) and the Arabic plural of the tens"
              " (الثمانينيات → the 1980s); so does an Arabic century with its ordinal in words (القرن"
              " السادس عشر → 16th century), and half a year or an hour said in one word (полгода,"
              " Halbjahr, 半年 → six months; полчаса → 30 minutes)."
              " A bare figure joined by the \u201cfrom\u201d of the languages of India to a scaled one"
              " shares its scale (60 से 80 हज़ार, 60 থেকে 80 হাজার → 60,000 to 80,000); beside a Hebrew or"
              " Arabic text a score may stand the other way round (ריצה של 3:11 → an 11-3 run); Hebrew"
              " ordinals (החמישי, השביעית) and Italian ages in one word (trentenne, trentaduenne → 30,"
              " 32 years old) match a figure but are never reported alone (after יום a Hebrew ordinal is"
              " a weekday, no figure); and the number word of a saying that counts nothing (bajo siete"
              " llaves, im siebten Himmel, cloud nine, se mettre en quatre) is never reported either."
              " In an article, a figure a sentence"
              " adds that the source writes only in other sentences is still an added figure where"
              " each of the source's is rendered in its own place counting something else (18"
              " months ~ 18 Monate there, 18 Computerplätze here): no figure the aligner moved."
              " A decade Chinese, Japanese or Korean say with its century (20世纪80年代, 20세기 70년대)"
              " is that decade (the 1980s, the 1970s), the century no figure of its own; Han numerals"
              " with a word for \u201codd\u201d before the counter (四十多年, 二十余人, 十几天) and"
              " Korean native numerals before a counter (두 차례, 세 명, 서른두 마리) match a figure"
              " but are never reported alone; Urdu number words are read (تین, پچاس; ڈیڑھ ارب ="
              " 1.5 billion; یکم, the first of a month, soft). A whole hour of the 12-hour clock"
              " with the part of the day right after it is that time of day (7 in the evening, 7 το"
              " βράδυ, 7 del vespre, 7 wieczorem, 7 مساءً → 19 Uhr; 6 το πρωί → 6 am), and an amount"
              " followed by “of” with the definite article (Spanish and Italian del, Portuguese da:"
              " 12 millones del año pasado) has no unit in the noun after it. An hour said as a"
              " number word with the word for o'clock after it (elf Uhr abends, douze heures,"
              " twaalf uur, twelve o'clock) or its article before it (a las once, alle dieci) is a"
              " time of day as its figure is (douze heures ~ noon, elf Uhr abends ~ 11 pm); Tagalog"
              " cardinals and ordinals (walong, ikaanim, ikawalong araw) match a figure but are never"
              " reported alone."
              " The Indian lakh and crore kept as loan words in a translation (12 Crore Rupien,"
              " 3 lakhs de roupies) are their scale; the first of two centuries said by their first"
              " year whose ending only the second carries (1500- ja 1600-luvuilla, 1600- och"
              " 1700-talet) is a century too; Greek nouns of a span of twelve to a hundred years"
              " (δωδεκαετία, εικοσαετία, πεντηκονταετία) match its figure as those of two to ten do;"
              " Finnish sataa (100; also \u201cit rains\u201d) and Russian семью (7; also"
              " \u201cfamily\u201d) match a figure but are never reported alone. A figure of tens after"
              " the word for years (anos 70, les années 70, gli anni '70) is a decade, and a decade's"
              " year there (les années 1970) is that decade too (~ anos 70, the 1970s); hours, minutes"
              " and seconds said in Hindi, Urdu or Bengali words (7 मिनट 35 सेकंड, ৭ মিনিট ৩৫ সেকেন্ডে)"
              " are one duration; a Turkish fraction, its denominator in the locative and its"
              " numerator with a possessive (üçte biri, dörtte üçü, 5'te 1'i), is the share. Latvian"
              " līdz, Lithuanian iki and Estonian kuni join a range of hours (no plkst. 9 līdz 17 → 9am"
              " to 5pm); a Swahili clock time with minutes between saa and a part of the day counts"
              " its hours from six (saa 1:45 asubuhi → 7.45am, saa 2:20 usiku → 8.20pm); a South"
              " Asian number whose first part is said in words and the rest in figures (एक करोड़ 27"
              " लाख, ایک کروڑ 27 لاکھ → 12.7 million) is one number; Arabic and Hebrew “below zero”"
              " (تحت الصفر, מתחת לאפס) is a minus, and half a year or an hour said in two words"
              " (ein halbes Jahr, et halvt år, eine halbe Stunde) is six months or 30 minutes.",
      why="A changed figure is the costliest MT error: it reads fluently, survives "
          "proofreading and readers act on it.",
      fail=("Bisher wurden mehr als 28.000 Tote registriert.",
            "So far, more than 24,000 deaths have been registered."),
      ok=("Bisher wurden mehr als 28.000 Tote registriert.",
          "So far, more than 28,000 deaths have been registered."),
      needs_source=True)
def number_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    sl, tl = _langs(ctx)
    pair = len(ctx.beads()) <= 1 and not ctx.others
    for b in ctx.cached("numbers.beads", lambda: _analyse(ctx)):
        yield from _sign_slips(ctx, b)
        if len(b.sn) >= 2 and len(b.tn) >= 2:
            yield from _swapped_changes(ctx, b, sl, tl)
        if sl in _LABEL_NOUNS and tl in _LABEL_NOUNS:
            yield from _label_counted(ctx, b, sl, tl)
        us, ut = list(b.us), list(b.ut)
        # a number word has no counterpart to find where mtcheck cannot read the other
        # side's number words (third ~ 第三, drei ~ три): not evidence of a lost figure
        if us and not reads_number_words(tl):
            us = [x for x in us if x.kind != "word"]
        if ut and not reads_number_words(sl):
            ut = [y for y in ut if y.kind != "word"]
        if not us and not ut:
            continue
        if ut:
            # a scraper's date stamp (F006's finding) holds no figure of the article
            meta = _metadata(ctx)
            if meta:
                ut = [y for y in ut if not any(a <= b.tgt.span(y.start, y.end)[0] < z for a, z in meta)]
                if not us and not ut:
                    continue
        if not pair:
            # alignment slack: a number in a neighbouring bead is not an error here
            nt = _neighbour_values(ctx, b.bead.index, "target")
            ns = _neighbour_values(ctx, b.bead.index, "source")
            us = [x for x in us if not (x.values & nt)]
            ut = [y for y in ut if not (y.values & ns)]
            if us and not ut:
                tv = _doc_values(ctx, "target")
                us = [x for x in us if not (x.values & tv)]
            if ut and not us:
                sv = _doc_values(ctx, "source")
                ut = [y for y in ut if not (y.values & sv) or _spent_elsewhere(ctx, b, y, tl)]
        src_ev = ctx.evidence(ctx.source, text=b.src.text, note="source") if ctx.source else None
        pairs, lone_s, lone_t = _pair_up(us, ut, b.src.text, b.tgt.text)
        if lone_s or lone_t:
            lone_s, lone_t = _round_clock_figures(lone_s, lone_t, b.src.text, b.tgt.text)
        lone_t = [y for y in lone_t if not _said_as_unit(b.tgt.text, y, b.src.text, sl)
                  and not _wholly_said(b.tgt.text, y, b.src.text, sl)
                  and not _place_named(y, b.src.text)
                  and not _night_first_day(b.tgt.text, y, b.src.text)
                  and not _decade_top(b.tgt.text, y, b.tn, b.sn)]
        lone_s = [x for x in lone_s if not _night_first_day(b.src.text, x, b.tgt.text)
                  and not _decade_top(b.src.text, x, b.sn, b.tn)]
        for x, y in pairs + [(None, y) for y in lone_t]:
            ev = [src_ev] if src_ev else []
            if not pair:
                ev += _parallel_evidence(ctx, b.bead, x, y)
            s, e = b.tgt.span(y.start, y.end)
            if x is not None:
                sug = None
                if len(x.values) == 1 and x.kind in ("number", "year", "date"):
                    v = next(iter(x.values))
                    if isinstance(v, float):
                        sug = _fmt(v, tl, x.text)
                # page and issue numbers of a reference differ between editions: minor
                cited = (in_citation(b.src.text, x.start, x.end)
                         and in_citation(b.tgt.text, y.start, y.end))
                # two soft readings that differ (die Hälfte ~ a quarter, second ~ Dritter,
                # XVI. ~ XV): a wrong figure, read from words that may mean something else
                rounded = not cited and _rounded(x, y) and (_approximate(b.src.text, x.start)
                                                            or _approximate(b.tgt.text, y.start))
                sev = _cap(ctx, Severity.MINOR) if cited or rounded else \
                    _cap(ctx, Severity.MAJOR) if x.soft or y.soft else None
                # (a figure rounded to fewer digits, 2,487,000 ~ rund 2,5 Millionen, 2조 132억 ~
                # 2.01 trillion: the translator's choice, minor)
                yield ctx.flag(s, e, f"source has {x.text}, translation has {y.text}"
                               + (" (rounded)" if rounded else ""),
                               evidence=ev, suggestion=sug, severity=sev)
            else:
                # a number word alone (three, zehn) is often reworded: minor, unless it
                # turns a number into a range (two thirds -> zwei bis drei Drittel);
                # a converted unit in brackets (3 yards (2,75 m)) is an aside: minor
                if _aside(b.tgt.text, y.start, y.end) or in_citation(b.tgt.text, y.start, y.end):
                    cap = Severity.MINOR
                elif y.kind == "word":
                    cap = Severity.MAJOR if _next_to_number(b.tn, y, b.tgt.text) else Severity.MINOR
                elif y.text == "1" and tl in _COUNTING_LANGS:
                    # a 1 where the source has an article (a kilogram ~ 1キロ, 1킬로그램):
                    # these languages count with a figure
                    cap = Severity.MINOR
                elif (not reads_number_words(sl) and (
                        any(c.isalpha() for c in y.text) or _sayable(y, whole=False))) \
                        or (_sayable(y) and _AGE_WORD.search(b.src.text)):
                    # a source language whose number words mtcheck cannot read (Icelandic,
                    # Indonesian; an article ~ 1), or an age the source says in one compound
                    # word (dvadesetšestogodišnji ~ 26-year-old): a small or round count or a
                    # scaled figure may be written there in words, so no evidence of an addition
                    cap = Severity.MINOR
                elif y.kind == "year" and any(
                        z.kind in ("date", "number") and z not in ut and z.end <= y.start
                        and _year_of_date(b.tgt.text, z.end, y.start) for z in b.tn):
                    # a year added to a date the source gives as day and month (19 December
                    # ~ 19.12.1999): an explicitation, no figure changed
                    cap = Severity.MINOR
                elif any(y.values & z.values for z in b.sn):
                    # a figure of the source said once more (a gloss, a repeated subject):
                    # an addition, no figure changed
                    cap = Severity.MINOR
                elif _weekday_dated(b.src.text, sl, b.tgt.text, tl, y):
                    # a weekday of the source given as its date (on Saturday ~ 12日,
                    # samedi ~ samedi 12 avril): a figure the reader needs, none changed
                    cap = Severity.MINOR
                elif _score_at(b.tgt.text, y.start, y.end) and not any(
                        _score_at(b.src.text, z.start, z.end) for z in b.sn):
                    # a match score the source tells in words (doubled the lead ~ auf 2:0,
                    # بهدفين مقابل هدف ~ 2-1): the reader's figure, none changed
                    cap = Severity.MINOR
                elif _century_said(b.tgt.text, y, b.src.text) or _year_said_deictically(y, b.src.text):
                    # the 2000s said "this century" (2000-luvulla ~ in diesem Jahrhundert);
                    # a year said "this year", "l'an dernier" (in 2024 ~ this spring)
                    cap = Severity.MINOR
                elif _age_rating(b.src.text, b.tgt.text, y.start, y.end):
                    # a film's rating put as the target country's age limit (R-rated ~ ab
                    # 16 Jahren, interdit aux moins de 16 ans): localised, no figure added
                    cap = Severity.MINOR
                else:
                    cap = Severity.MAJOR
                yield ctx.flag(s, e, f"translation has {y.text}, the source has no such number",
                               evidence=ev, severity=_cap(ctx, cap))
        short = None
        for x in lone_s:
            if _said_as_unit(b.src.text, x, b.tgt.text, tl):
                continue  # "the previous 12 months" ~ "des Vorjahres"
            if _wholly_said(b.src.text, x, b.tgt.text, tl):
                continue  # "100% elétricos" ~ "fully electric"
            if x.kind == "word" and sl != tl and _kept_as_written(x.text, b.tgt.text):
                continue  # a number word the translation keeps as it is: part of a name (ten Hag)
            if _place_named(x, b.tgt.text):
                continue  # a number word that is a place's name in this language (Trente ~ Trento)
            ev = [src_ev] if src_ev else []
            if not pair:
                ev += _parallel_evidence(ctx, b.bead, x, None)
            s, e = b.tgt.whole
            if x.kind == "word" or _aside(b.src.text, x.start, x.end) \
                    or _century_said(b.src.text, x, b.tgt.text) or _year_said_deictically(x, b.tgt.text) \
                    or in_citation(b.src.text, x.start, x.end) or x.text == "1" \
                    or (not reads_number_words(tl) and (
                        (x.text[-1:].isalpha() and x.text[:1].isdigit()) or _sayable(x))):
                # a number word, a conversion in brackets, a reference, a year said "this
                # year" (весной 2024 года ~ this spring); a 1, which many
                # languages say by the singular alone (supistui prosentin = shrank by 1%);
                # an ordinal (13th) or a small or round count the translation may write in
                # words mtcheck cannot read (الثالثة عشرة, dua persen, seribu)
                cap = Severity.MINOR
            elif pair:
                # one pair is weak evidence of an omission (a repeated figure said once,
                # a conversion dropped); a translation markedly shorter than expected
                # lost content with it
                if short is None:
                    short = shortfall(b.src.text, b.tgt.text, sl, tl)
                cap = Severity.MAJOR if short else Severity.MINOR
            else:
                cap = Severity.MAJOR
            yield ctx.flag(s, e, f"source has {x.text}, the translation has no such number",
                           evidence=ev, severity=_cap(ctx, cap))


# a night named by the two days it spans (the night of 4 to 5 June, dans la nuit du 4 au 5
# juin, in der Nacht vom 4. auf den 5. Juni) or by the day it runs into (в ночь на 5 июня,
# у ніч на 5 червня, in der Nacht zum 5. Juni, w nocy z 4 na 5 czerwca)
_NIGHT_WORD = re.compile(
    r"(?<![^\W\d_])(?:night|overnight|nacht|nuit|noche|notte|noite|natt|natten|nat|nætter|noc[iy]?|"
    r"nocą|ночь|ночи|ніч|ночі|нощта|нощ|yö|yön|yönä|yöllä|éjszak\w*|éjjel|νύχτα|νύχτας|gece\w*|noapte\w*|"
    r"ليلة|夜|夜间|夜間|晚|밤|새벽)(?![^\W\d_])", re.I)
_NIGHT_TO = re.compile(r"\.?\s*(?:[-–/]|to|into|and|au|zum|auf(?:\s+den)?|bis|al|a|na|на|до|på|til|till|és|şi|la|"
                       r"προς|にかけて|から)\s*(\d{1,2})(?!\d)", re.I)


def _decade_top(text: str, y: Num, nums: list[Num], other: list[Num]) -> bool:
    """Is figure ``y`` the top of a span of ten said as a range (40 bis 50, 30 to 39) where
    the other side names that span by its decade (the 40s, die 40er, in their 30s): the
    same span, its upper end spelt out, no figure added."""
    if not y.text.isdigit():
        return False
    v = int(y.text)
    for z in nums:
        if z.end <= y.start and z.text.isdigit() and len(z.text) == 2 and z.text.endswith("0") \
                and v - int(z.text) in (9, 10) and _HOUR_JOIN.fullmatch(text, z.end, y.start):
            d = float(z.text)
            return any(n.text[:2] == z.text and len(n.text) > 2 and not n.text[2].isdigit()
                       and {d, 1900 + d} <= n.values for n in other)
    return False


def _night_first_day(text: str, y: Num, other: str) -> bool:
    """Is figure ``y`` the first of the two days a night spans (the night of 4 to 5 June)
    where the other side names a night too (в ночь на 5 июня): a reading of the same night,
    no figure added or lost?"""
    if y.values - set(range(1, 32)) or not _NIGHT_WORD.search(text, max(0, y.start - 30), y.start):
        return False
    m = _NIGHT_TO.match(text, y.end)
    if not m or not any(int(m.group(1)) == v + 1 for v in y.values):
        return False
    return bool(_NIGHT_WORD.search(other))


def _digits(v: float) -> int:
    """How many significant digits ``v`` has (2,500,000: 2; 2.013: 4)."""
    return len(f"{abs(v):.12g}".replace(".", "").split("e")[0].strip("0")) or 1


# a word that makes the figure after it approximate (about, rund, environ, 약 …)
_APPROX_BEFORE = re.compile(
    r"(?:\b(?:about|around|approximately|roughly|nearly|almost|some|circa|ca\.|rund|etwa|ungefähr|gut|knapp|"
    r"fast|beinahe|annähernd|environ|près\s+de|quelque|presque|alrededor\s+de|cerca\s+de|unos|unas|casi|"
    r"aproximadamente|quasi|intorno\s+a|quase|ongeveer|bijna|"
    r"rond\s+de|около|почти|примерно|приблизно|майже|około|prawie|přibližně|asi|téměř|cirka|omkring|nästan|"
    r"noin|lähes|yaklaşık|nerdeyse|körülbelül|mintegy|közel|aproximativ|aproape|περίπου|σχεδόν|sekitar|hampir|"
    r"khoảng|gần)\s+|(?:약|대략|約|约|大约|およそ|حوالي|نحو|حدود|قرابة|כ-?|लगभग|करीब)\s*)"
    r"(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


def _approximate(text: str, start: int) -> bool:
    """Is the figure at ``start`` said to be approximate (about, rund, 약 ...)?"""
    return _APPROX_BEFORE.search(text, max(0, start - 40), start) is not None


def _rounded(x: Num, y: Num) -> bool:
    """Is ``y`` figure ``x`` rounded to fewer significant digits, two at least, and within
    5% of it (2,487,000 ~ 2.5 million; not 1,500 ~ 2,000, a changed figure)?  Years,
    dates and times are never rounded."""
    if x.kind in ("year", "date", "time") or y.kind in ("year", "date", "time"):
        return False
    for vx in x.values:
        for vy in y.values:
            if not (isinstance(vx, float) and isinstance(vy, float)) or vx == vy or not vx:
                continue
            k = _digits(vy)
            if 2 <= k < _digits(vx) and float(f"{vx:.{k}g}") == vy and abs(vy - vx) / abs(vx) < 0.05:
                return True
    return False


def _sayable(n: Num, whole: bool = True) -> bool:
    """Is every reading of figure ``n`` a count a text may as well write in words: up to
    100 (``whole``: a whole number), or a round number of one significant figure (300,
    1,000, 5 million)?"""
    vals = [v for v in n.values if isinstance(v, float)]
    return bool(vals) and all((0 <= v <= 100 and (v == int(v) or not whole))
                              or (v == int(v) and _digits(v) == 1) for v in vals)


def _related(x: Num, y: Num, stext: str, ttext: str) -> bool:
    """Could ``y`` be ``x`` changed: a figure near it (a typo, a miscount, rounding, a
    wrong conversion: at most 20 times apart, in one unit where both have units of one
    dimension: 1.5 hours ~ 60 Minuten) or the same digits at another scale (5 million ~
    5,000)?  Two figures orders of magnitude apart with other digits (8848 m ~ 2e,
    18,29 ~ 7315) are two events, a figure lost and one added, and are reported so."""
    xs = [v for v in x.values if isinstance(v, float) and v]
    ys = [v for v in y.values if isinstance(v, float) and v]
    if not xs or not ys:
        return True  # a date, a time, a zero: nothing to compare by size
    if x.kind in UNIT_KINDS and y.kind in UNIT_KINDS:
        t = unit_table()
        ux = [u for u in units_of(stext, x)[0] if u in t.sizes]
        uy = [u for u in units_of(ttext, y)[0] if u in t.sizes]
        sx = {t.sizes[u] for u in ux if any(t.dims[u] == t.dims[w] for w in uy)}
        sy = {t.sizes[w] for w in uy if any(t.dims[u] == t.dims[w] for u in ux)}
        if sx and sy:
            xs = [a * k for a in xs for k in sx]
            ys = [c * k for c in ys for k in sy]
    for a in xs:
        for c in ys:
            r = abs(a / c)
            if 1 / 20 <= r <= 20:
                return True
            e = math.log10(r)
            if abs(e - round(e)) < 1e-9:
                return True
    # a typo: one digit changed, or two in a long figure (500,000 ~ 550.00)
    dx, dy = _DIGITS.sub("", x.text), _DIGITS.sub("", y.text)
    if dx and dy:
        d = Levenshtein.distance(dx, dy)
        return d <= 1 or (d <= 2 and min(len(dx), len(dy)) >= 4)
    return False


_DIGITS = re.compile(r"\D+")


def _pair_up(us: list[Num], ut: list[Num], stext: str,
             ttext: str) -> tuple[list[tuple[Num, Num]], list[Num], list[Num]]:
    """Changed figures (us[i] ~ ut[i], by position: ``_BeadNums`` puts clashing
    ordinals and fractions at one index), then the source and target figures left alone.
    A pair of unrelated figures is split; its figures may pair with other split ones."""
    pairs: list[tuple[Num, Num]] = []
    split_s: list[Num] = []
    split_t: list[Num] = []
    for x, y in zip(us, ut):
        if _related(x, y, stext, ttext):
            pairs.append((x, y))
        else:
            split_s.append(x)
            split_t.append(y)
    for x in list(split_s):
        y = next((y for y in split_t if _related(x, y, stext, ttext)), None)
        if y is not None:
            pairs.append((x, y))
            split_s.remove(x)
            split_t.remove(y)
    return pairs, split_s + us[len(ut):], split_t + ut[len(us):]


# "around the clock" said in words (round-the-clock, rund um die Uhr, jour et nuit,
# круглосуточно, całą dobę, dygnet runt, 昼夜, 全天候, 밤낮, على مدار الساعة ...)
_ROUND_CLOCK_WORDS = re.compile(
    r"(?<![^\W\d_])(?:a?round[- ]the[- ]clock|day\s+and\s+night|night\s+and\s+day|non-?stop|"
    r"rund[\s-]+um[\s-]+die[\s-]+uhr|tag\s+und\s+nacht|jour\s+et\s+nuit|nuit\s+et\s+jour|"
    r"d[ií]a\s+y\s+noche|noche\s+y\s+d[ií]a|giorno\s+e\s+notte|notte\s+e\s+giorno|"
    r"dia\s+e\s+noite|noite\s+e\s+dia|dia\s+i\s+nit|nit\s+i\s+dia|(?:de\s+)?klok\s+rond|"
    r"dag\s+en\s+nacht|dag\s+och\s+natt|dag\s+og\s+nat(?:t)?|(?:dygnet|døgnet|døgeret)\s+r(?:unt|undt)|"
    # (a Scandinavian compound on the word for a day of 24 hours: døgndrift "round-the-clock
    # operation", døgnåben, døgnåpen, dygnsöppen, døgnbemandet, døgnvagt)
    r"(?:døgn|dygns?|dygnetrunt)(?:drift|åben|åbent|åpen|åpent|öppe[nt]?|bemand|bemann|vagt|vakt|"
    r"kontinuerlig|service|tjeneste|tjänst)\w*|"
    r"ympäri\s+vuorokauden|kellon\s+ympäri|yötä\s+päivää|ööpäevaringselt|"
    r"(?:przez\s+)?cał[ąa]\s+dobę|całodobow\w*|dzień\s+i\s+noc|"
    r"nepřetržit\w*|nonstop|ve\s+dne\s+v\s+noci|nepretržit\w*|"
    r"круглосуточн\w*|днём\s+и\s+ночью|днем\s+и\s+ночью|день\s+и\s+ночь|цілодобов\w*|"
    r"вдень\s+і\s+вночі|денонощно|danonoćn\w*|даноноћн\w*|noč\s+in\s+dan|"
    r"éjjel-nappal|éjjel\s+nappal|gece\s+gündüz|visą\s+parą|zi\s+și\s+noapte|"
    r"μέρα\s+νύχτα|όλο\s+το\s+24ωρο|على\s+مدار\s+الساعة|ليلا?\s+ونهارا?|מסביב\s+לשעון|יומם\s+ולילה|"
    r"siang\s+(?:dan\s+)?malam|suốt\s+ngày\s+đêm|ngày\s+đêm)(?![^\W\d_])"
    r"|昼夜|日夜|全天候|不眠不休|밤낮", re.I)
# the same said with figures: 24 hours (a day), 24/7, 24 heures sur 24, 24h/24, 7j/7,
# 24時間態勢, 24小时, 24시간, 7/24
_ROUND_CLOCK_FIGURES = re.compile(
    r"(?<![\d.,])(?:24\s?(?:/|x)\s?7|7\s?/\s?24|24\s?h?\s?/\s?24|7\s?[jdg]?\s?/\s?7"
    r"|24\s?(?:時間|小时|小時|個小時|个小时|시간)"
    r"|24(?:[\s\u00a0]*|-)(?:h|heures?|ore|horas?|hores|stunden|hours?|uur|timer|timmar|tuntia|saat|jam|giờ|"
    r"godzin\w*|hodin\w*|час\w*|годин\w*|óra\w*|ώρες|sati|ur)(?![^\W\d_])"
    r"(?:[\s\u00a0]+(?:sur|su|sobre|de|par|per)[\s\u00a0]+24(?!\d))?"
    r"|7[\s\u00a0]*(?:j|jours|days|d[ií]as|giorni|tage|dagen|dni|дней|днів|dias)(?![^\W\d_])"
    r"(?:[\s\u00a0]+(?:sur|su|sobre|de|par|per|a|in\s+der|w|na)[\s\u00a0]+7|"
    r"[\s\u00a0]+(?:(?:a\s+la|a|per|por|pro|la|in\s+der|alla|na|em|op)[\s\u00a0]+)?(?:week|semaine|semana|settimana|woche|tydzień|tygodniu)))"
    r"(?!\d)", re.I)


def _round_the_clock(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that say "around the clock": in words (an empty span at 0 stands
    for them) or with figures (24 heures sur 24, 24時間態勢, 24/7)."""
    spans = [m.span() for m in _ROUND_CLOCK_FIGURES.finditer(text)]
    if _ROUND_CLOCK_WORDS.search(text):
        spans.append((0, 0))
    return spans


def _round_clock_figures(us: list[Num], ut: list[Num], stext: str, ttext: str) -> tuple[list[Num], list[Num]]:
    """Figures left alone that only say "around the clock" (24時間態勢, 24 heures sur 24,
    24/7) where the other side says it too, in words or figures: no figure lost or
    added.  A changed figure (48 hours ~ 24時間) pairs before it gets here."""
    ss, ts = _round_the_clock(stext), _round_the_clock(ttext)
    if not ss or not ts:
        return us, ut

    def inside(n: Num, spans: list[tuple[int, int]]) -> bool:
        return any(a <= n.start and n.end <= b for a, b in spans)
    return [x for x in us if not inside(x, ss)], [y for y in ut if not inside(y, ts)]


# "wholly" in words: what a translation may put for "100 percent" before a word (100%
# elétricos ~ fully electric, 100 % recyclable ~ entièrement recyclable); an English "all-"
# compound (all-electric) too
_WHOLLY = {
    "en": r"fully|entirely|completely|totally|wholly|purely|all-[^\W\d_]+",
    "de": r"vollständig|komplett|völlig|vollkommen|gänzlich|ganz|rein|voll|hundertprozentig|voll[^\W\d_]{4,}",
    "fr": r"entièrement|totalement|complètement|intégralement|purement|tout",
    "es": r"totalmente|completamente|enteramente|íntegramente|puramente|plenamente",
    "pt": r"totalmente|completamente|inteiramente|integralmente|puramente|plenamente",
    "it": r"completamente|totalmente|interamente|integralmente|puramente|pienamente|tutto",
    "ca": r"totalment|completament|enterament|íntegrament|purament|plenament",
    "nl": r"volledig|geheel|helemaal|compleet|volkomen|puur|volle?[^\W\d_]{4,}",
}
_WHOLLY_RE = {k: re.compile(rf"(?<![^\W\d_])(?:{v})(?![^\W\d_])", re.IGNORECASE) for k, v in _WHOLLY.items()}
# a hundred percent before a word (100% elétricos, 100 % recyclable, 100 per cent natural)
_HUNDRED_PERCENT_BEFORE_WORD = re.compile(
    r"(?:\s?%|\s?-?\s?(?:per ?cent|percent|prozent|por ?cento|por ?ciento|pour ?cent|per ?cento|procent))"
    r"\s+(?!(?:of|der|des|du|de|del|della|dos|das|van)\b)[^\W\d_]", re.IGNORECASE)


def _wholly_said(text: str, n: Num, other: str, olang: str | None) -> bool:
    """Is figure ``n`` a hundred percent before a word (100% elétricos, 100 % recyclable)
    that ``other`` says in a word for "wholly" of its language (fully electric, entièrement
    recyclable)?  The share is all of it: no figure lost."""
    pat = _WHOLLY_RE.get(olang or "")
    if pat is None or n.values != frozenset({100.0}) or not n.text.isdigit():
        return False
    return _HUNDRED_PERCENT_BEFORE_WORD.match(text, n.end) is not None and pat.search(other) is not None


def _said_as_unit(text: str, n: Num, other: str, olang: str | None = None) -> bool:
    """Is figure ``n`` with its time unit exactly one larger unit (12 months, 24 hours, 7 days,
    10 years) that ``other`` names without a figure ("im Vorjahr", "a day", "une décennie"),
    or half of one that ``other`` says with a word for half right by the unit's word (six
    months ~ "half a year", "poole aasta", "ein halbes Jahr"; 30 minutes ~ "half an hour")?"""
    units = units_of(text, n)[0]
    if not units:
        return False
    t = unit_table()
    v = next((v for v in n.values if isinstance(v, float)), None)
    if v is None or v < 2:
        return False
    for u in units:
        if t.dims.get(u) != "time" or u not in t.sizes:
            continue
        whole = v * t.sizes[u]
        for w, size in t.sizes.items():
            if w == u or t.dims.get(w) != "time":
                continue
            if abs(whole - size) <= 0.01 * size and _names_unit(other, w):
                return True
            if abs(whole - size / 2) <= 0.005 * size and _half_unit(other, w, olang):
                return True
    return False


# half of a unit of time said in one word (полгода, півроку, półrocze, Halbjahr, halfjaar,
# halvår, félév, pusmetis, 半年, 반년; полчаса, півгодини, 半小时, 半時間): six months, thirty
# minutes
_GLUED_HALF = {
    "year": re.compile(r"(?<![^\W\d_])(?:полгода|полугод\w*|полгодика|півроку|півріччя|półrocz\w*|pololet\w*|"
                       r"polrok\w*|halbjahr\w*|halfjaar\w*|halvår\w*|halvåret|pusmeč\w*|pusmet\w*|pusgad\w*|"
                       r"félév\w*|"
                       # (and said in two words where the word for half is no number word of the
                       # table: ein halbes Jahr, einem halben Jahr, et halvt år, ett halvt år)
                       r"halbe[sn]?\s+jahr\w*|halvt\s+år\w*)(?![^\W\d_])|半年|반년", re.I),
    "hour": re.compile(r"(?<![^\W\d_])(?:полчаса|получаса|півгодини|півгодинки|półgodzin\w*|"
                       r"halbstündig\w*|halvtimme\w*|halvtime\w*|puolituntia|puolen\s+tunnin|"
                       r"halbe[n]?\s+stunde|halv\s+time[n]?|halv\s+timme)(?![^\W\d_])"
                       r"|半(?:个|個)?小[时時]|半時間|반시간", re.I),
}


def _half_unit(text: str, unit: str, lang: str | None) -> bool:
    """Does ``text`` say half of ``unit`` (a number word for one half within a short word of
    the unit's word: "half a year", "poole aasta", "un demi-siècle"... "ein halbes Jahr"; or
    one word for it: полгода, Halbjahr, 半年)?"""
    glued = _GLUED_HALF.get(unit)
    if glued is not None and glued.search(text):
        return True
    if lang is None:
        return False
    halves = [h for h in find_numbers(text, lang) if h.kind == "word" and 0.5 in h.values]
    if not halves:
        return False
    for m in _unit_word_pattern(unit).finditer(text):
        if any(0 <= m.start() - h.end <= 4 or 0 <= h.start - m.end() <= 4 for h in halves):
            return True
    return False


@lru_cache(maxsize=None)
def _unit_word_pattern(unit: str) -> re.Pattern:
    """A unit's word forms, alone or (four letters or more) ending a compound (Vorjahres,
    Lebensjahr; not "Montag" for "Tag")."""
    forms = sorted((f for f, ids in unit_table().words.items() if unit in ids and " " not in f),
                   key=len, reverse=True)
    alts = [re.escape(f) if len(f) >= 4 else r"(?<![^\W\d_])" + re.escape(f) for f in forms]
    return re.compile(r"(?:" + "|".join(alts) + r")(?![^\W\d_])", re.IGNORECASE)


def _names_unit(text: str, unit: str) -> bool:
    return _unit_word_pattern(unit).search(text) is not None


# between the day of a date and its year: 19.12.1999, 19. Dezember 1999, December 19, 1999
_DAY_TO_YEAR = re.compile(r"[./-]?\s*(?:(?P<month>[^\W\d_]{3,12})\.?\s*)?,?\s*")


def _year_of_date(text: str, end: int, start: int) -> bool:
    """Is the year at ``start`` the year of the date whose day ends at ``end``?"""
    m = _DAY_TO_YEAR.fullmatch(text, end, start)
    return m is not None and (m.group("month") is None or month_number(m.group("month")) is not None)

# nouns a figure after them names one of (Linie 4, line 4, ligne 4) and a figure before
# them counts (vier Linien, four lines): one row a noun, singular and plural in en, de, fr
_LABEL_ROWS = (
    "line lines|Linie Linien|ligne lignes", "track tracks|Gleis Gleise|voie voies",
    "platform platforms|Bahnsteig Bahnsteige|quai quais", "gate gates|Gate Gates|porte portes",
    "terminal terminals|Terminal Terminals|terminal terminaux",
    "article articles|Artikel Artikel|article articles",
    "paragraph paragraphs|Absatz Absätze|alinéa alinéas",
    "section sections|Abschnitt Abschnitte|section sections",
    "chapter chapters|Kapitel Kapitel|chapitre chapitres", "room rooms|Zimmer Zimmer|chambre chambres",
    "room rooms|Raum Räume|salle salles", "hall halls|Halle Hallen|hall halls",
    "exit exits|Ausfahrt Ausfahrten|sortie sorties", "stage stages|Etappe Etappen|étape étapes",
    "building buildings|Gebäude Gebäude|bâtiment bâtiments", "level levels|Stufe Stufen|niveau niveaux",
    "round rounds|Runde Runden|manche manches", "game games|Spiel Spiele|match matchs",
    "episode episodes|Folge Folgen|épisode épisodes", "page pages|Seite Seiten|page pages",
    "lane lanes|Spur Spuren|voie voies", "route routes|Route Routen|route routes",
    "zone zones|Zone Zonen|zone zones",
)


def _label_table() -> dict[str, tuple[dict[str, set[int]], dict[str, set[int]]]]:
    out: dict[str, tuple[dict[str, set[int]], dict[str, set[int]]]] = {}
    for i, row in enumerate(_LABEL_ROWS):
        for lang, forms in zip(("en", "de", "fr"), row.split("|")):
            sg, pl = forms.lower().split()
            one, many = out.setdefault(lang, ({}, {}))
            one.setdefault(sg, set()).add(i)
            many.setdefault(pl, set()).add(i)
    return out


_LABEL_NOUNS = _label_table()
_WORDS_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)(?:[ \u00a0]+([^\W\d_]+))?")


def _labelled(text: str, n: Num, lang: str) -> set[int]:
    """The rows of the noun right before ``n`` in the singular (Linie 4, line 4)."""
    m = _WORD_BEFORE.search(text, max(0, n.start - 30), n.start)
    if not m:
        return set()
    w, one = m.group(1).lower(), _LABEL_NOUNS[lang][0]
    if lang == "de" and w not in one:  # Straßenbahnlinie 4
        return {i for p, r in one.items() if len(w) > len(p) + 2 and w.endswith(p) for i in r}
    return one.get(w, set())


def _counted(text: str, n: Num, lang: str) -> tuple[set[int], int]:
    """The rows of a plural noun right after ``n``, or after one more word (four lines,
    four tram lines, vier Straßenbahnlinien), and where that noun ends."""
    m = _WORDS_AFTER.match(text, n.end)
    if not m:
        return set(), 0
    many = _LABEL_NOUNS[lang][1]
    for g in (1, 2):
        w = (m.group(g) or "").lower()
        rows = many.get(w, set())
        if not rows and lang == "de" and g == 1:
            rows = {i for p, r in many.items() if len(w) > len(p) + 2 and w.endswith(p) for i in r}
        if rows:
            return rows, m.end(g)
    return set(), 0


def _label_counted(ctx: CheckContext, b: "_BeadNums", sl: str, tl: str) -> Iterator[Finding]:
    """A figure that names something in the source (Linie 4, line 4) and counts it in the
    translation (four lines), or the other way round: D001 major."""
    for one, other, t1, t2, l1, l2, flip in (
            (b.sn, b.tn, b.src.text, b.tgt.text, sl, tl, False),
            (b.tn, b.sn, b.tgt.text, b.src.text, tl, sl, True)):
        for x in one:
            if x.kind != "number" or not x.text.isdigit() or x.soft:
                continue
            v = float(x.text)
            if v < 2:
                continue
            rows = _labelled(t1, x, l1)
            if not rows or any(v in z.values and _counted(t1, z, l1)[0] for z in one):
                continue
            same = [y for y in other if v in y.values and y.kind in UNIT_KINDS]
            if not same or any(_labelled(t2, y, l2) for y in same):
                continue
            for y in same:
                rows2, end = _counted(t2, y, l2)
                if not rows2 & rows or units_of(t2, y)[0]:
                    continue
                a = _WORD_BEFORE.search(t1, max(0, x.start - 30), x.start).start()
                label, count = t1[a:x.end], t2[y.start:end]
                if flip:
                    s, e = b.tgt.span(x.start, x.end)
                    msg = f"source counts {x.text} ({count}), the translation has {x.text} as a label ({label})"
                else:
                    s, e = b.tgt.span(y.start, end)
                    msg = f"source has {x.text} as a label ({label}), the translation counts {x.text} ({count})"
                ev = [ctx.evidence(ctx.source, text=b.src.text, note="source")] if ctx.source else []
                yield ctx.flag(s, e, msg, evidence=ev, severity=_cap(ctx, Severity.MAJOR))
                return


# ---------------------------------------------------------------------------------------
# D002 unit-mismatch
# ---------------------------------------------------------------------------------------
_UNITS = Path(__file__).resolve().parent.parent / "data" / "units" / "units.tsv"
UNIT_KINDS = frozenset({"number", "word"})  # dates, times, years and codes carry no unit


class UnitTable(NamedTuple):
    words: dict[str, frozenset[str]]  # word form -> unit ids
    symbols: dict[str, frozenset[str]]  # symbol or code -> unit ids
    dims: dict[str, str]  # unit id -> dimension
    sizes: dict[str, float]  # unit id -> size in its dimension's base unit
    longest: int  # longest word form, in words
    offsets: dict[str, float]  # unit id -> base value of its zero (°F: −17.78 °C)


@lru_cache(maxsize=1)
def unit_table() -> UnitTable:
    """The units, currencies and their spellings of mtcheck/data/units/units.tsv."""
    words: dict[str, set[str]] = {}
    symbols: dict[str, set[str]] = {}
    dims: dict[str, str] = {}
    sizes: dict[str, float] = {}
    offsets: dict[str, float] = {}
    longest = 1
    for cols in unit_rows():
        uid, dim, size = cols[0].strip(), cols[1].strip(), cols[2].strip()
        dims[uid] = dim
        if size:
            sizes[uid] = float(size)
        if cols[5].strip():
            offsets[uid] = float(cols[5])
        for f in cols[3].split(","):
            f = " ".join(f.lower().split())
            if f:
                words.setdefault(f, set()).add(uid)
                longest = max(longest, f.count(" ") + 1)
        for sym in cols[4].split(","):
            if sym.strip():
                symbols.setdefault(sym.strip(), set()).add(uid)
    return UnitTable({k: frozenset(v) for k, v in words.items()},
                     {k: frozenset(v) for k, v in symbols.items()}, dims, sizes, longest, offsets)


def _in_unit(v: float, a: str, b: str) -> float:
    """``v`` of unit ``a`` expressed in unit ``b`` of the same dimension."""
    t = unit_table()
    base = v * t.sizes[a] + t.offsets.get(a, 0.0)
    return (base - t.offsets.get(b, 0.0)) / t.sizes[b]


def _half_step(v: float) -> float:
    """Half the last written digit's step (6.2 → 0.05, 26 → 0.5): how far rounding moves it."""
    if v == int(v):
        return 0.5
    return 0.5 * 10.0 ** -len(f"{v:.6g}".split(".")[1])


def _fortnight(x: Num, a: str, y: Num) -> bool:
    """Romance languages count a week as eight days and two as fifteen (quinze jours,
    quince días, quindici giorni, cada quinze dies ~ every two weeks)."""
    days, weeks = (x, y) if a == "day" else (y, x)
    return any((d, w) in ((15.0, 2.0), (8.0, 1.0)) for d in days.values for w in weeks.values)


def _converts(x: Num, ua: frozenset[str], sx: int, y: Num, ub: frozenset[str], sy: int) -> bool:
    """Is the target figure ``y`` (unit ``ub``, sign ``sy``) the source's ``x`` converted to
    another unit of its dimension, within the rounding of either figure or 3%?  (10 km ~
    6.2 miles, −5 °C ~ 23 °F, 1,5 Stunden ~ 90 minutes; not 10 km ~ 9 miles.)"""
    t = unit_table()
    for a in ua:
        for b in ub:
            if a == b or t.dims[a] != t.dims[b] or a not in t.sizes or b not in t.sizes:
                continue
            if {a, b} == {"day", "week"} and _fortnight(x, a, y):
                return True
            for v in x.values:
                if not isinstance(v, float):
                    continue
                c = _in_unit(sx * v, a, b)
                if x.soft or y.soft:
                    # "an hour", "a mile" are no figure rounded to the unit: 38 minutes is
                    # no "an hour", though 0.6 rounds to 1 (60 minutes is, and a mile 1.6 km)
                    tol, step = 0.03 * abs(c), 0.0
                else:
                    tol, step = max(_half_step(v) * t.sizes[a] / t.sizes[b], 0.03 * abs(c)), None
                for w in y.values:
                    if isinstance(w, float) and abs(c - sy * w) <= max(tol, _half_step(w) if step is None else step):
                        return True
    return False


def _fixed_point(x: Num, ua: frozenset[str], sx: int, y: Num, ub: frozenset[str], sy: int) -> bool:
    """Does a value both figures share, signed as each side signs it, convert from ``ua``
    to itself in ``ub``?  Only scales with an offset have such a point (−40 °C = −40 °F);
    a reading one side alone allows converts nothing (1.500 m³ is no 1 500 litres)."""
    t = unit_table()
    for a in ua:
        for b in ub:
            if a == b or t.dims[a] != t.dims[b] or a not in t.sizes or b not in t.sizes:
                continue
            for v in x.values & y.values:
                if isinstance(v, float) and abs(_in_unit(sx * v, a, b) - sy * v) <= _half_step(v):
                    return True
    return False


# between the two parts of a compound quantity: nothing, a comma or "and" (6 feet and 1 inch,
# 1 Stunde und 30 Minuten, 2 heures et 30 minutes), or the hyphen of "6-foot-1"
_COMPOUND_GAP = re.compile(r"[\s\u00a0\u202f]*(?:,|-|(?:and|und|et|y|e|en)\b)?[\s\u00a0\u202f]*$", re.IGNORECASE)
# feet and inches written with primes (6'1", 5′11″) or with a bare "in" after feet (6 ft 1 in):
# "in" alone is no unit anywhere else ("3 in a row")
_PRIMES = re.compile(r"['′’]\s?(\d{1,2}(?:[.,]\d+)?)\s?(?:\"|″|”|'')")
_BARE_INCH = re.compile(r"[\s\u00a0]*in\b\.?")


def _compounds(text: str, nums: list[Num]) -> list[tuple[Num, Num, float, str]]:
    """Adjacent figures that write one quantity in a unit and a smaller one of its dimension
    (6 ft 1 in, 7 lb 8 oz, 1 Stunde 30 Minuten, 6'1"): (first, second, size in the
    dimension's base unit, dimension)."""
    t = unit_table()
    out = []
    for n1, n2 in zip(nums, nums[1:]):
        if n1.kind not in UNIT_KINDS or n2.kind not in UNIT_KINDS and n2.kind != "code":
            continue
        v1 = next((v for v in n1.values if isinstance(v, float)), None)
        v2 = next((v for v in n2.values if isinstance(v, float)), None)
        if v1 is None or v2 is None:
            continue
        p = _PRIMES.match(text, n1.end)
        if p and p.start(1) == n2.start:
            out.append((n1, n2, v1 * t.sizes["foot"] + v2 * t.sizes["inch"], "length"))
            continue
        u1, _, b1 = units_of(text, n1)
        if u1 and text.startswith(".", b1) and text[n1.end:b1].strip() in t.symbols:
            b1 += 1  # an abbreviation's dot (1 Std. 52 Min.), not a sentence's full stop
        if not u1 or not _COMPOUND_GAP.match(text[b1:n2.start]):
            continue
        u2 = units_of(text, n2)[0]
        if not u2 and "foot" in u1 and _BARE_INCH.match(text, n2.end):
            u2 = frozenset({"inch"})
        if not u2 and "foot" in u1 and text[b1:n2.start] == "-" and v2 < 12:
            u2 = frozenset({"inch"})  # 6-foot-1
        for a in u1:
            b = next((b for b in u2 if b in t.sizes and a in t.sizes and t.dims[b] == t.dims[a]
                      and t.sizes[b] < t.sizes[a] and b not in t.offsets), None)
            if b is not None and v2 * t.sizes[b] < t.sizes[a]:
                out.append((n1, n2, v1 * t.sizes[a] + v2 * t.sizes[b], t.dims[a]))
                break
    return out


@lru_cache(maxsize=1)
def _minor_unit() -> re.Pattern:
    """The hundredth of a currency after a figure (3 Euro 20 Cent, 5 francs 50 centimes,
    2 dollars and 50 cents, 50 Rp.; 99 cents alone): the forms of units.tsv's "hundredth",
    so the table is the one list of them."""
    t = unit_table()
    forms = sorted((f for f, ids in t.words.items() if "hundredth" in ids), key=len, reverse=True)
    forms += sorted((s for s, ids in t.symbols.items() if "hundredth" in ids), key=len, reverse=True)
    alts = "|".join(re.escape(f) + (r"\b" if f[-1].isalnum() else r"(?!\w)") for f in forms)
    return re.compile(r"[\s\u00a0\u202f]*(?:" + alts + ")", re.IGNORECASE)


_GLUED_PENCE = re.compile(r"\d+p")  # 20p
# what may follow a bare hundredths figure (5 Franken 50): the end, a stop or a comma
_AMOUNT_END = re.compile(r"[\s\u00a0\u202f]*(?:$|[.,;:!?)\]\u2013\u2014-](?!\d))")


def _money_compounds(text: str, nums: list[Num]) -> list[tuple[Num, Num, float, str]]:
    """Amounts written as a currency figure and its hundredths (5 Franken 50, 3 Euro 20
    Cent, $2 and 50 cents, cinq francs cinquante): (first, second, value, "money:" and the
    currencies, comma-separated), for ``_single_matches``."""
    t = unit_table()
    out = []
    for n1, n2 in zip(nums, nums[1:]):
        if n1.kind not in UNIT_KINDS or n2.kind not in UNIT_KINDS:
            continue
        v1 = next((v for v in n1.values if isinstance(v, float)), None)
        v2 = next((v for v in n2.values if isinstance(v, float)), None)
        if v1 is None or v2 is None or v1 != int(v1) or v2 != int(v2) or not 0 < v2 < 100:
            continue
        u1, _, b1 = units_of(text, n1)
        cur = sorted(u for u in u1 if t.dims.get(u) == "currency")
        if not cur or not _COMPOUND_GAP.match(text[b1:n2.start]):
            continue
        if not _minor_unit().match(text, n2.end):
            # no hundredths named: two digits (or a number word) that end the amount
            if n2.kind == "number" and not re.fullmatch(r"\d\d", n2.text):
                continue
            if not _AMOUNT_END.match(text, n2.end) or units_of(text, n2)[0]:
                continue
        out.append((n1, n2, v1 + v2 / 100, "money:" + ",".join(cur)))
    return out


def _single_matches(x: Num, ux: frozenset[str], base: float, dim: str) -> bool:
    """Is the figure ``x`` (units ``ux``) the compound quantity ``base`` of ``dim``,
    within the rounding of a decimal ``x`` or 3%?  An amount of money (``dim`` "money:"
    and its currencies) is the same figure in one of those currencies."""
    t = unit_table()
    if dim.startswith("money:"):
        return bool(ux & set(dim[6:].split(","))) and any(
            isinstance(v, float) and abs(v - base) < 0.001 for v in x.values)
    for a in ux:
        if t.dims.get(a) != dim or a not in t.sizes or a in t.offsets:
            continue
        for v in x.values:
            if isinstance(v, float) and v > 0:
                c = v * t.sizes[a]
                # a whole figure is not read as rounded here: "2 Stunden" is not 1 h 30 min
                step = _half_step(v) * t.sizes[a] if v != int(v) else 0.0
                if abs(c - base) <= max(step, 0.03 * c):
                    return True
    return False


def _same_digits(x: Num, y: Num) -> bool:
    """Are ``x`` and ``y`` written with the same digits (1.500 ~ 1 500, 3,5 ~ 3.5)?"""
    dx, dy = _DIGITS.sub("", x.text), _DIGITS.sub("", y.text)
    return bool(dx) and dx == dy


# units of the imperial and US systems (a source's yards may become metres, not back)
_IMPERIAL = frozenset({"mile", "foot", "inch", "yard", "nmile", "acre", "sqft", "sqmile", "lb", "oz",
                       "gallon", "barrel", "fahrenheit", "mph"})


def _same_quantity(xv: frozenset, us: frozenset[str], yv: frozenset, ut: frozenset[str],
                   same_figure: bool = False) -> bool:
    """Do value and unit on both sides name one quantity?  The same unit (any shared
    spelling), or units of one dimension that convert ("three decades" = "dreißig Jahre",
    30 °C = 86 °F) or nearly coincide ("hundred yards" ~ "hundert Meter", within 10%; a
    source's metric unit is not rounded to an imperial one: 300 metres is no 300 yards).
    A shared unit with no shared value is another quantity of that unit (4,2 Millionen
    Euro is not the 1,1 million d'euros of the next clause).  ``same_figure``: both sides
    write the figure with the same digits (1.500 ~ 1 500): only a reading they share
    converts (1.500 metros cúbicos is no 1 500 litres, though 1.5 m³ would be)."""
    if us & ut and xv & yv:
        return True
    if same_figure and xv & yv:
        xv = yv = xv & yv
    t = unit_table()
    for a in us:
        for b in ut:
            if a == b or t.dims[a] != t.dims[b] or a not in t.sizes or b not in t.sizes:
                continue
            if abs(t.sizes[a] / t.sizes[b] - 1) <= 0.1 and a not in t.offsets and b not in t.offsets \
                    and (a in _IMPERIAL or b not in _IMPERIAL):
                # (a translation may round yards to metres for its readers, never metres to
                # yards: 300 metres ~ 300 yards is another quantity)
                return True
            qa = {_in_unit(v, a, b) for v in xv if isinstance(v, float)}
            qb = {v for v in yv if isinstance(v, float)}
            if any(abs(p / q - 1) <= 0.02 for p in qa for q in qb if q):
                return True
    return False


_GLUED_SYMBOL = re.compile(r"°[CF]$")
_SQUARED_UNIT = re.compile(r"[\u3380-\u33df\u2113]")
_GLUED_UNIT = re.compile(r"(?<=\d)[^\W\d_]+$")
# a unit word or symbol and the rest of a hyphenated compound after it (Kilometer-Strecke, m-Lauf)
_UNIT_THEN_COMPOUND = re.compile(r"([^\W\d_]+)-[^\W\d_]")
_AFTER = re.compile(r"[\s\u00a0\u202f]*\.?[\s\u00a0\u202f]*-?[\s\u00a0\u202f]*")
_LATIN_THEN_CJK = re.compile(r"[A-Za-z²³]+(?:/[A-Za-z²³]+)?(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")
# (a word of an Indic or Thai script runs on through its vowel signs, which are no \w: টাকা)
# (Vietnamese spells a borrowed unit by syllables: ki-lô-mét, mi-li-mét, ki-lô-gam)
# (not the danda that ends a sentence there: ২১৮ মিলিমিটার।)
# (the Catalan middle dot of l·l is inside a word: 35 mil·límetres)
# (a Hebrew abbreviation holds its gershayim, typed as " or ״: 5 ק"מ, 30 ס״מ, 90 קמ"ש)
_UNIT_TOKEN = re.compile(rf"[\u05d0-\u05ea]{{1,3}}[\"\u05f4][\u05d0-\u05ea](?![\u05d0-\u05ea])|[^\W\d_](?:[\w²{INDIC_BLOCKS}\u0e00-\u0e7f\u064b-\u065f]|·(?=l))*(?<![\u0964\u0965])"
                         r"(?:[-/][^\W\d_][\w²]*)?(?:-[^\W\d_]\w*){0,2}\.?|[%°][CF]?|[$€£¥₽₹৳]")
# (a dollar with its country's letters: US$, C$, A$, NZ$, HK$, S$; R$ is the Brazilian real;
# the dirham and riyal of the Gulf press glued to the figure: Dh20, Dhs500, QR5; the
# Malaysian ringgit and Indonesian rupiah as their press writes them: RM1.2 juta, RM 500,
# Rp1,5 miliar, Rp 20.000)
_BEFORE = re.compile(r"((?<![A-Za-z])[A-Z]{1,3}\$|[A-Z]{3}|S?Fr\.|sFr\.|[$€£¥₽₹]"
                     r"|(?<![A-Za-z])(?:Dhs?|QR)(?![\s\u00a0\u202f])|(?<![A-Za-z])(?:Tk|Rs)\.?|(?<![A-Za-z])(?:RM|Rp)"
                     r"|(?<![\u0b80-\u0bff])ரூ\.?)[\s\u00a0\u202f]*$")
# (Tk 3,500, Tk. 500: the Bangladeshi taka as the English press of Bangladesh writes it;
# Rs 18, Rs. 500, Rs865 million and Tamil ரூ.18: the rupee of the South Asian press)
# "of" between a scale or number word and its unit (3 milliards d'euros, 5 millones de
# dólares, 3 miliardi di euro, 5 milhões de reais); not "of" with the definite article
# (Spanish and Italian del, Portuguese da: 12 millones del mes pasado is "12 million of
# the month before", whose month is no unit of the figure)
_OF = re.compile(r"(?:d['’]|(?:de|di)[\s\u00a0]+)", re.IGNORECASE)
# a comparative word between a figure and its unit: English "90,000 fewer gallons", "5 more
# miles", "3 extra kilos", German "2 weitere Kilometer" (the unit is the figure's all the same)
_COMPARATIVE_BEFORE_UNIT = re.compile(
    r"(?:fewer|more|less|extra|additional|further|weitere|weiteren|zusätzliche|zusätzlichen)[\s\u00a0]+",
    re.IGNORECASE)


_WORD_BEFORE = re.compile(r"(?<![\w.,])([^\W\d_]+)[\s\u00a0]+$")


@lru_cache(maxsize=1)
def _units_before() -> frozenset[str]:
    """The unit words of data/units/before.tsv, written before their figure (Swahili mita 350)."""
    out: set[str] = set()
    for line in _UNITS.with_name("before.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            out |= {f.strip().lower() for f in line.split("\t", 1)[1].split(",") if f.strip()}
    return frozenset(out)


# suffixes that make a unit word "an amount of" the unit, read off it to find the unit:
# Hungarian -nyi, Turkish -lık/-lik/-luk/-lük (with its vowel harmony)
_UNIT_AMOUNT_SUFFIXES = ("nyi", "lık", "lik", "luk", "lük")
# an Arabic word of three letters or more with the alif of the accusative (and its tanween
# mark on either side): درهماً, درهمًا, درهما ~ درهم
_ARABIC_ACCUSATIVE = re.compile("([\u0621-\u064a]{3,}?)\u064b?\u0627\u064b?")
# the metric prefixes Persian may write apart from their unit (میلی متر, سانتی متر): no
# adjective of a unit in -ی (میلی is no میل "mile")
_FA_APART_PREFIXES = frozenset({"میلی", "سانتی", "دسی"})

# the Germanic languages that write a unit of length as the head of a compound noun (96
# Laufmeter "120 running metres", 1.200 Höhenmeter, 40 hyllmeter, 300 Streckenkilometer)
_LENGTH_COMPOUND_LANGS = frozenset({"de", "nl", "sv", "da", "nb", "nn", "no", "lb"})
# first parts after which a head "meter" is no length: a volume (Festmeter, Raummeter:
# cubic metres of wood, and the compounds ending in them), an area or volume the table
# spells whole (kubik-, quadrat-, kvadrat-) and the instruments (Barometer, Voltmeter,
# Ohmmeter: a vowel ends the first part, it is a unit of its own or one listed here)
_NOT_LENGTH_FIRST = ("fest", "raum", "kubik", "quadrat", "kvadrat", "kubiek", "vierkant", "volt", "ohm",
                     "lux")
_LENGTH_HEADS = ("m", "km")


def _length_compound(key: str, words: dict) -> frozenset[str] | None:
    """The unit of length a Germanic compound ends in (laufmeter, höhenmeter, hyllmeter,
    streckenkilometer: metres, kilometres), or None: its head a form of the metre or the
    kilometre, its first part three letters at least, no vowel at its end (barometer,
    zentimeter), no unit of its own (voltmeter) and no first part of a volume or area."""
    for i in range(3, len(key) - 4):
        head = words.get(key[i:])
        if head is None:
            continue
        first = key[:i]
        if not head <= frozenset(_LENGTH_HEADS) or first[-1] in "aeiouyäöüåæø" \
                or first.endswith(_NOT_LENGTH_FIRST) or first in words or not first.isalpha():
            return None
        return head
    return None


# the case endings Estonian and Finnish add to a noun's vowel stem: adessive -l/-lla, allative
# -le/-lle, ablative -lt/-lta, inessive -s/-ssa, elative -st/-sta, illative -sse, translative
# -ks/-ksi, terminative -ni, essive -na, abessive -ta, comitative -ga, genitive -n,
# partitive -t (hektari-l, aakri-le, hehtaari-lla); tried only on a word the table lacks
_FINNIC_CASE = re.compile(r"(?<=[aeiouõäöüy])(?:sse|l[lt][aä]|lle|s[st][aä]|ksi|le|lt|st|ks|ni|n[aä]|ta|ga|l|s|n|t)$")


# a match score: 2:0 (a clock time has two digits after its colon), 2-1, 3–2
_SCORE = re.compile(r"(?<![\d.,:])(\d{1,2})(?::(\d)|[–-](\d{1,2}))(?![\d.,:]\d|\d)")


def _score_at(text: str, a: int, b: int) -> bool:
    """Is the figure at [a, b) one side of a match score?"""
    for m in _SCORE.finditer(text, max(0, a - 4), min(len(text), b + 4)):
        if m.start() <= a and b <= m.end() and int(m.group(1)) <= 20 and int(m.group(2) or m.group(3)) <= 20:
            return True
    return False


# Tamil case endings (and the plural கள் before them) on a noun: locative -il, dative -ukku,
# accusative -ai, genitive -in, instrumental -aal, -aaka "as", -um "and"; a stem ending in a
# vowel takes a glide (கிலோவில், கிலோவை)
# the case endings and postpositions Marathi writes glued to a noun, longest first
_DEVANAGARI_ENDINGS = ("पर्यंतच्या", "पर्यंत", "पेक्षा", "पासून", "मध्ये", "साठी", "च्या", "ने", "ला", "चा",
                       "ची", "चे", "नी", "त")
_TA_CASE = re.compile(r"(?:ிலிருந்து|ிலும்|ில்|ுக்கும்|ுக்கு|ையும்|ை|ின்|ால்|ாகும்|ாக|ும்|ோடு|ுடன்)$")
_TA_SIGNS = frozenset(chr(c) for c in range(0x0bbe, 0x0bce))


def _tamil_stems(word: str) -> list[str]:
    """The spellings a Tamil noun with a case ending may have without it (ஏக்கரில் → ஏக்கர்,
    டன்னுக்கு → டன், கிலோவில் → கிலோ, ஏக்கர்களில் → ஏக்கர்)."""
    out: list[str] = []
    m = _TA_CASE.search(word)
    if m is not None and m.start() > 1:
        base = word[:m.start()]
        if base[-1] in "வய" and base[-2] in _TA_SIGNS:
            out.append(base[:-1])  # (the glide after a vowel: கிலோ-வ்-இல்)
        stem = base + "\u0bcd"
        out += [stem, _TA_DOUBLED.sub(lambda d: d.group(1) + "\u0bcd", stem)]
    out += [w[:-3] for w in [word] + out if w.endswith("கள்") and len(w) > 4]
    return out


_BY_LANG = _UNITS.with_name("by_lang.tsv")


@lru_cache(maxsize=1)
def _units_by_lang() -> dict[str, dict[str, frozenset[str]]]:
    """lang -> unit word -> unit ids, from data/units/by_lang.tsv."""
    out: dict[str, dict[str, set[str]]] = {}
    for line in _BY_LANG.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, uid, forms = line.split("\t")
        for f in forms.split(","):
            if f.strip():
                out.setdefault(lang.strip(), {}).setdefault(f.strip().lower(), set()).add(uid.strip())
    return {lang: {k: frozenset(v) for k, v in d.items()} for lang, d in out.items()}


# Turkish endings a unit takes after its figure, longest first: plural, possessive, the
# cases (dative -(y)e, accusative -(y)i, locative -de/-te, ablative -den/-ten, genitive
# -(n)in, instrumental -(y)le) and -lik "of so much" (3 günlük, 20 kilometrelik)
_TR_ENDINGS = tuple(sorted({pl + e for pl in ("", "ler", "lar") for e in (
    "", "yle", "yla", "le", "la", "ye", "ya", "yi", "yı", "yu", "yü", "nin", "nın", "nun", "nün",
    "in", "ın", "un", "ün", "den", "dan", "ten", "tan", "de", "da", "te", "ta", "e", "a", "i", "ı",
    "u", "ü", "si", "sı", "su", "sü", "lik", "lık", "luk", "lük", "likte", "lıkta")} - {""},
    key=len, reverse=True))


def _lang_unit(key: str, lang: str | None) -> frozenset[str] | None:
    """The units a word names in ``lang`` alone (by_lang.tsv), or, in Turkish, a unit with
    a case ending glued on (kilometreyle, milde, günde, yılda): None when it names none."""
    own = _units_by_lang().get(lang or "", {})
    if key in own:
        return own[key]
    if lang != "tr":
        return None
    words = unit_table().words
    for e in _TR_ENDINGS:
        if key.endswith(e) and len(key) > len(e):
            stem = key[:-len(e)]
            if stem in own:
                return own[stem]
            if len(stem) >= 4 and stem in words:
                # (a stem of four letters at least: yeni "new" is no yen with an ending)
                return words[stem]
    return None


# Turkish "per hour" before a speed's figure (saatte 90 kilometre, saatte en çok 50
# kilometreye), up to two words between; a count before it makes it "in so many hours"
_TR_HOURLY = re.compile(r"(?<![^\W\d_])saatte(?:[\s\u00a0]+[^\W\d_]+){0,2}[\s\u00a0]+$", re.I)
_TR_HOURS_COUNTED = re.compile(r"(?:\d|(?<![^\W\d_])(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|"
                               r"otuz|yarım|birkaç|kaç))[\s\u00a0]+$", re.I)


def _tr_hourly(text: str, start: int) -> bool:
    """Does Turkish "saatte" ("per hour") say the figure at ``start`` is a speed?"""
    m = _TR_HOURLY.search(text, max(0, start - 40), start)
    return m is not None and not _TR_HOURS_COUNTED.search(text, max(0, m.start() - 16), m.start())


def units_of(text: str, n: Num, lang: str | None = None) -> tuple[frozenset[str], int, int]:
    """The units written with number ``n`` of ``text`` (a word or symbol right after it,
    "5 Millionen Franken", "10-km", "30 Grad Celsius"; a currency sign or code before it,
    "$5", "CHF 20") and the span of the unit text; empty when it has none.  With ``lang``,
    the unit words of that language alone (data/units/by_lang.tsv) and Turkish case
    endings on a unit (40 kilometreyle) are read too."""
    t = unit_table()
    words, symbols, longest = t.words, t.symbols, t.longest
    units: set[str] = set()
    a, b = n.start, n.end
    glued = _GLUED_SYMBOL.search(n.text)
    if glued and glued.group() in symbols:
        # a symbol the number token took along ("95°F", "35°C"): it is the unit
        return frozenset(symbols[glued.group()]), a, b
    pos = _AFTER.match(text, n.end).end()
    starts = [pos]
    tail = _GLUED_UNIT.search(n.text)
    if tail and tail.group().lower() not in _SCALE_SUFFIX and tail.group().lower() not in _ORD_SUFFIX:
        # a unit the number token took along (84mph, 5km, 120km/h, 3kg): read it where it
        # starts, then after the token (2억 화소: the glued part is a scale)
        starts = [n.start + tail.start(), pos]
    comp = _COMPARATIVE_BEFORE_UNIT.match(text, pos)
    if comp:
        starts.append(comp.end())
    if n.text[-1:].isalpha():
        of = _OF.match(text, pos)
        if of:
            starts.append(of.end())
    elif text.startswith("de ", pos) and n.kind == "number":
        # Romanian counts 20 and over with "de": 380 de milimetri, 1.500 de tone (a unit
        # word must follow: 5 de mayo is a date)
        starts.append(pos + 3)
    if _SQUARED_UNIT.match(text, pos):
        # a unit symbol of one character, as CJK fonts set them (5㎏, 640㎡, 3㎞, 2ℓ): the
        # symbol its compatibility form spells out (kg, m2, km, l)
        spelt = unicodedata.normalize("NFKC", text[pos])
        hit = symbols.get(spelt) or words.get(spelt.lower())
        if hit:
            units |= hit
            b = pos + 1
            starts = []
    for pos in starts:
        toks = []
        p = pos
        for _ in range(longest):
            m = _UNIT_TOKEN.match(text, p)
            if not m:
                break
            toks.append(m)
            p = m.end()
            sp = re.match(r"[ \u00a0]+", text[p:p + 3])
            if not sp:
                break
            p += sp.end()
        for k in range(len(toks), 0, -1):
            raw = text[toks[0].start():toks[k - 1].end()]
            key = " ".join(raw.lower().rstrip(".").split())
            hit = words.get(key) or symbols.get(raw) or symbols.get(raw.rstrip("."))
            if not hit and "\u064b" in key:
                # Arabic writes the accusative's tanween or leaves it out (12 كيلومتراً مربعاً,
                # كيلومترا مربعا): the table's spelling without it
                hit = words.get(key.replace("\u064b", ""))
            if not hit and "-" in key and k == 1:
                # an English compound adjective hyphenates a unit of two words (a
                # 9,500-square-foot centre, a 40-cubic-metre tank): the unit spelled apart
                hit = words.get(key.replace("-", " "))
            if not hit and k == 1 and (head := _UNIT_THEN_COMPOUND.match(raw)) is not None \
                    and text[n.end:toks[0].start()] == "-":
                # a figure, a unit and a noun hyphenated into one compound (eine 12-Kilometer-Strecke,
                # der 100-m-Lauf, a 30-metre-long wall): the unit is
                # its first part
                part = head.group(1)
                hit = words.get(part.lower()) or symbols.get(part)
                if hit:
                    units |= hit
                    b = toks[0].start() + len(part)
                    break
            if not hit and key.endswith(_UNIT_AMOUNT_SUFFIXES):
                # a suffix that makes the unit "an amount of" it: Hungarian "-nyi" (két
                # méternyi hó), Turkish "-lık" (140 dönümlük bağ, 20 kilometrelik yol)
                hit = words.get(key[:-3])
            if not hit and k == 1 and key[-1:] == "s" and lang is not None and norm_lang(lang) == "hu":
                # Hungarian makes a unit an adjective with -s after a linking vowel (30 méteres
                # pálya "a 30-metre track", 400 kilowattos, 5 literes): the unit's own word, not
                # a unit of time (5 éves, 10 perces: an age, a length of time said otherwise)
                hit = next((words[key[:-len(e)]] for e in ("es", "os", "ös", "as", "s")
                            if key.endswith(e) and key[:-len(e)] in words
                            and not any(t.dims.get(u) == "time" for u in words[key[:-len(e)]])), None)
            if not hit and "\u0b80" <= key[-1:] <= "\u0bff":
                # Tamil glues its case endings to the unit (5.2 லட்சம் ஏக்கரில் "on 5.2 lakh
                # acres", 40 கிலோமீட்டருக்கு, 300 டன்னை): the unit's own word
                hit = next((words[w] for w in _tamil_stems(key) if w in words), None)
            if not hit and k == 1 and "\u0900" <= key[-1:] <= "\u097f":
                # Marathi glues its case endings and postpositions to the unit (६५ डॉलरने
                # "by 65 dollars", ५० किलोमीटरपर्यंत): the unit's own word
                hit = next((words[key[:-len(e)]] for e in _DEVANAGARI_ENDINGS
                            if key.endswith(e) and key[:-len(e)] in words), None)
            if not hit and k == 1 and (fin := _FINNIC_CASE.search(key)) is not None and fin.start() >= 4:
                # Estonian and Finnish glue a case ending to the unit's vowel stem (180
                # hektaril "on 180 hectares", 20 kilomeetrile, 5 hehtaarilla): the stem's unit
                hit = words.get(key[:fin.start()])
            if not hit and k == 1 and lang is not None:
                # a unit word of this language alone (Croatian 14 dana), or with a Turkish
                # case ending on it (12 milden, 3 günde, 40 kilometreyle)
                hit = _lang_unit(key, norm_lang(lang))
            if not hit and k == 1 and lang is not None and norm_lang(lang) in _LENGTH_COMPOUND_LANGS \
                    and key[-5:] in ("meter", "etern", "eters", "etrar"):
                # a unit of length at the head of a compound (120 Laufmeter, 40 hyllmeter)
                hit = _length_compound(key, words)
            if not hit and k == 1 and key[-1:] == "\u06cc" and len(key) > 3 and key not in _FA_APART_PREFIXES \
                    and lang is not None and norm_lang(lang) == "fa":
                # Persian makes a unit an adjective with -ی (یک ظرف ۲۵ لیتری "a 25-litre
                # bag", جادهٔ ۱۲ متری) and after a vowel with -یی (۵ کیلویی): the unit's own word
                hit = words.get(key[:-1]) or (words.get(key[:-2]) if key.endswith("\u06cc\u06cc") else None)
            if not hit and k == 1 and key[-1:] in "ا\u064b" and (acc := _ARABIC_ACCUSATIVE.fullmatch(key)):
                # the accusative Arabic counts 11 to 99 with, its alif of tanween written or
                # not (90 درهماً, 15 دولارا, 40 طنا): the unit's own word
                hit = words.get(acc.group(1))
            if hit:
                units |= hit
                # a sentence's full stop is not part of the unit ("Fr." keeps its dot)
                b = toks[k - 1].end() - (raw.endswith(".") and raw not in symbols)
                break
        if not units and toks and "\u3040" <= toks[0].group()[0] <= "\ud7af":
            # kana, Han and Hangul run on into the next word (18メートルの, 4.5킬로그램이었다):
            # the unit is the run's longest start the table knows
            run = toks[0].group()
            for k in range(min(len(run), 8), 0, -1):
                hit = words.get(run[:k])
                if hit and not run.startswith(_HAN_NOT_UNITS):
                    units |= hit
                    b = toks[0].start() + k
                    break
        elif not units and toks and (latin := _LATIN_THEN_CJK.match(toks[0].group())) is not None:
            # a Latin unit symbol with a kana, Han or Hangul particle glued on (50km를,
            # 3kgの, 20km/h로, 5km的): the symbol before the particle
            raw = latin.group()
            hit = symbols.get(raw) or words.get(raw.lower())
            if hit:
                units |= hit
                b = toks[0].start() + len(raw)
        elif not units and toks and "\u0e01" <= toks[0].group()[0] <= "\u0e4e":
            # Thai writes no space between words (300 หลาบนถนน, 5 กิโลเมตรจาก): the run's
            # longest start the table knows, where a syllable ends (no vowel or tone mark
            # follows) and no longer word opens with it (หลาย "several" is no หลา "yard")
            run = toks[0].group()
            for k in range(min(len(run), 14), 0, -1):
                hit = words.get(run[:k])
                if hit and not _THAI_MARK.match(run, k) and not run.startswith(_THAI_NOT_UNITS):
                    units |= hit
                    b = toks[0].start() + k
                    break
        if units:
            break
    if not units and (deg := _CJK_DEGREE_AFTER.match(text, n.end)) is not None \
            and (scale := _CJK_SCALE_BEFORE.search(text, max(0, n.start - 12), n.start)) is not None:
        # the scale said before the figure and the degree after it (摄氏100度, 華氏95度,
        # 섭씨 35도, 华氏零下4度): a temperature in that scale
        return frozenset({_CJK_SCALES[scale.group(1)]}), scale.start(), deg.end()
    if not units:
        # a unit word written before its figure (Swahili mita 350, futi 15): data/units/before.tsv
        wb = _WORD_BEFORE.search(text, max(0, n.start - 16), n.start)
        if wb is not None and wb.group(1).lower() in _units_before() and words.get(wb.group(1).lower()):
            units |= words[wb.group(1).lower()]
            a = wb.start(1)
    hourly = None
    m = _BEFORE.search(text, max(0, n.start - 8), n.start)
    sym = m.group(1) if m else ""
    if sym not in symbols and sym.endswith("$"):
        sym = "$"  # a dollar of a country the table does not name apart (MX$): a dollar
    if sym in symbols:
        units |= symbols[sym]
        a = m.start()
    elif n.start > 0 and text[n.start - 1] == "R" and n.kind != "code" and not n.soft \
            and rand_amount(text, n.start - 1):
        units.add("zar")  # R486m, R1,500: the rand's sign glued to its amount
        a = n.start - 1
    if units & {"km", "mile"} and norm_lang(lang) == "tr" and _tr_hourly(text, a):
        # Turkish says "per hour" before the figure: saatte 90 kilometre (90 km/h), saatte
        # en çok 50 kilometreye; not "iki saatte 12 kilometre" (12 km in two hours)
        return frozenset({"kmh"} if "km" in units else {"mph"}), a, b
    if units & {"km", "mile"} and (per_hour := _PER_HOUR.match(text, b)):
        # a unit of length counted per hour in words the table does not list whole
        # (110 kilometri pe oră, 60 miles an hour, 90 km por hora, 80 км в час): a speed
        return frozenset({"kmh"} if "km" in units else {"mph"}), a, per_hour.end()
    if units & {"km", "mile"} and (_HOURLY_SPEED.search(text, max(0, n.start - 8), n.start)
                                   or _HOURLY_ASIDE.search(text, max(0, n.start - 30), n.start)
                                   or (hourly := _HOURLY_AFTER.match(text, b))):
        # 时速100公里, 時速95キロ, 시속 100킬로미터: "hourly speed, 100 km" is 100 km/h (and
        # 時速84マイル 84 mph); so is the figure in brackets after one (時速84マイル（約135キロ）),
        # and the figure before it (350公里时速, 350公里/小时, 每小时350公里)
        if hourly is not None:
            b = hourly.end()
        return frozenset({"kmh"} if "km" in units else {"mph"}), a, b
    if "l" in units and (per := _PER_SQUARE_METRE.match(text, b)):
        # rain: a litre on each square metre is a millimetre (46,5 Liter pro Quadratmeter ~
        # 46.5 mm); the litres stay a reading too, so the same figure in litres with the
        # square metre said further on (48 litres of rain fell per square metre) or left
        # out is no other unit
        return frozenset({"mm", "l"}), a, per.end()
    return frozenset(units), a, b


# the temperature scale written before the figure in Chinese, Japanese and Korean (摄氏,
# 攝氏, 摂氏 Celsius; 华氏, 華氏 Fahrenheit; Korean 섭씨, 화씨), "below zero" between them,
# and the degree after it (度, 도)
_CJK_SCALES = {"摄氏": "celsius", "攝氏": "celsius", "摂氏": "celsius", "섭씨": "celsius",
               "华氏": "fahrenheit", "華氏": "fahrenheit", "화씨": "fahrenheit"}
_CJK_SCALE_BEFORE = re.compile(r"(摄氏|攝氏|摂氏|섭씨|华氏|華氏|화씨)\s?(?:(?:零下|氷点下|영하|マイナス|마이너스)\s?)?"
                               r"[−-]?$")
_CJK_DEGREE_AFTER = re.compile(r"\s?[度도]")


# words of Han characters that open with a unit of time but are none: 十周年 is a tenth
# anniversary, 十周岁 ten years of age, 周末 a weekend, 周边 surroundings, 天然气 natural gas
_HAN_NOT_UNITS = ("周年", "週年", "周岁", "周歲", "週歲", "周边", "周邊", "週邊", "周围", "周圍", "周末",
                  "週末", "周刊", "週刊", "周报", "週報", "天然", "天气", "天氣", "天津", "天下", "天空",
                  "天文", "天主", "天才", "天使", "天堂", "時間帯",
                  # (元 is the yuan; 元旦 New Year's Day, 元素 an element, 元年 a first year, 元首 a
                  # head of state, 元月 January are not)
                  "元旦", "元素", "元年", "元首", "元月", "元宵", "元老", "元帅", "元帥", "元件", "元气",
                  "元氣", "元凶", "元兇", "元代", "元朝",
                  # (年 after a figure is years: 11年, 3年前; 年级 a school grade, 年代 a decade,
                  # 年度 a fiscal year, 年底 a year's end are not; nor Korean 년생 "born in", 년도)
                  "年级", "年級", "年代", "年度", "年底", "年初", "年末", "年中", "年生", "년생", "년도",
                  "年龄", "年齡", "年纪", "年紀", "年轻", "年輕")


# Thai vowel signs and tone marks that go on a syllable (no new word starts with one), and
# the words that open with a unit's spelling but are no unit (several, football)
_THAI_MARK = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
_THAI_NOT_UNITS = ("หลาย", "ฟุตบอล", "ฟุตซอล")


# "per hour" after a unit of length, in the languages' words for "per" (with an article
# where one goes: a la hora, την ώρα, in der Stunde) and for "hour" (hour, hora, heure,
# Stunde, oră, ora, óra, sat, uro, godzinę, hodinu, час, годину, timmen, timen, uur, jam,
# ώρα, valandą, stundā; Urdu فی گھنٹہ, Arabic في الساعة, Persian در ساعت); "an hour's" is no
# rate (30 miles, an hour's drive)
_PER_HOUR = re.compile(
    r"[\s\u00a0]*(?:(?:per|pro|por|par|pe|la|na|za|в|на|an|a|al|i|in|each|every|à|την|فی|في|در)[\s\u00a0]+"
    r"(?:(?:the|der|la|l['’]|την|a)[\s\u00a0]*)?|all['’]|l['’]|/[\s\u00a0]?)"
    r"(?:hour|hora|heure|stunde|oră|ora|óra|órában|sat|uro|godzinę|godzine|hodinu|час|годину|"
    r"timmen|timen|uur|jam|ώρα|valandą|stundā|گھنٹہ|گھنٹے|گھنٹا|ساعت|الساعة|ساعة)(?![^\W\d_]|['’]s)"
    # (Latvian, Estonian and Finnish say "per hour" with a case of "hour" alone, no word for
    # "per": 30 kilometriem stundā, 50 kilomeetrit tunnis, 80 kilometriä tunnissa)
    r"|[\s\u00a0]+(?:stundā|tunnis|tunnissa)(?![^\W\d_])"
    # (Thai glues "per hour" to the unit, no space between words: 65 ไมล์ต่อชั่วโมง, 90
    # กิโลเมตรต่อชั่วโมง, 90 กม./ชม.)
    r"|[\s\u00a0]*(?:ต่อ[\s\u00a0]*|/[\s\u00a0]?)(?:ชั่วโมง|ชม\.)",
    re.IGNORECASE)
# (Marathi ताशी and Bengali ঘণ্টায় "per hour" before the figure: ताशी २५ किलोमीटर; not
# ৩ ঘণ্টায় "in three hours")
# (a speed named before the figure says its kilometres are per hour too: 最高速度100キロ,
# 制限速度は40キロ, 限速80公里, 제한속도 50킬로미터 ~ 50 km/h)
_HOURLY_SPEED = re.compile(r"(?:(?:时速|時速|시속|每小时|每小時|毎時)\s?(?:[为為约約达達到可고최]{1,3}\s?)?"
                           r"|(?:速度|限速|속도)\s?(?:[はがをも为為是约約达達到은는이가도]{1,3}\s?)?"
                           r"|(?<!\d)(?<!\d\s)(?:ताशी|ঘণ্টায়|ঘণ্টায়)\s)$")
_HOURLY_AFTER = re.compile(r"\s?(?:的\s?)?(?:时速|時速|시속|/\s?(?:小时|小時|時間?|h\b)|每小时|每小時)")
_HOURLY_ASIDE = re.compile(r"(?:时速|時速|시속)\s?(?:[为為约約达達到可고최]{1,3}\s?)?\d[\d.,]*\s?[^\W\d_]{1,8}\s?"
                           r"[（(]\s?(?:[约約]|약|およそ)?\s?$")


# (a few words may stand between, in every language alike: 46,5 Liter Regen pro
# Quadratmeter, 90 de litri de apă pe metru pătrat, 48 litres of rain fell per square metre)
_PER_SQUARE_METRE = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}?\s*(?:/\s*m[²2]|(?:pro|per|je|par|al|por|a|na|pe|po|на|по)\s+(?:m[²2]|quadratmeter|"
    r"square\s+met(?:re|er)|mètre\s+carré|metro\s+quadr[oa]t?o|metro\s+cuadrado|metro\s+quadrado|metre\s+quadrat|"
    r"vierkante\s+meter|kvadratmeter|neliömetri\w*|metrul?\s+pătrat|mp|metr\s+kwadratowy|metr\s+čtvereční|"
    r"čtvereční\s+metr|meter\s+štvorcový|štvorcový\s+meter|(?:četvorn|kvadratn)om\s+metru|"
    r"квадратный\s+метр|кв\.\s?м|m\s?kw\.?))(?!\w)", re.I)


def _with_unit_ones(text: str, nums: list, lang: str | None) -> list:
    """``nums`` and the soft "one"s of ``text`` that count a unit of measure (the first
    reading leaves article-like words out when every figure found its partner)."""
    if any(x.soft for x in nums):
        return nums  # the second pass read them already
    if not _may_name_measure(text):
        return nums  # no word of a unit of measure: no "one" counts one (most sentences)
    ones = [x for x in _read(text, lang) if x.soft and _unit_counted(text, x)]
    return sorted(nums + ones, key=lambda x: x.start) if ones else nums


@lru_cache(maxsize=1)
def _measure_openings() -> frozenset[str]:
    """The first words (lower case) of every unit of measure the table knows, and its
    symbols: a cheap superset test for ``_with_unit_ones``."""
    t = unit_table()
    out = {k.split()[0] for k, us in t.words.items() if k and any(t.dims[u] != "currency" for u in us)}
    out |= {k.lower().rstrip(".") for k, us in t.symbols.items() if any(t.dims[u] != "currency" for u in us)}
    return frozenset(out)


def _may_name_measure(text: str) -> bool:
    """Might a unit of measure stand in ``text``?  (A token that opens one; a run of
    kana, Han or Hangul, where units run on into the next word, always might.)"""
    opens = _measure_openings()
    for m in _UNIT_TOKEN.finditer(text):
        w = m.group()
        if w.lower().rstrip(".") in opens or "\u3040" <= w[0] <= "\ud7af":
            return True
    return False


_HAN_NUMERAL = re.compile(r"[〇零二两兩三四五六七八九十百千]+|[一〇零二两兩三四五六七八九十百千]{2,}")


def _unit_counted(text: str, x) -> bool:
    """Does figure ``x`` count a unit for D002?  A hard figure does; so does a soft "one"
    (bir, ein, one, un: also an article or a pronoun) with a unit of measure right after it:
    "bir kilogram fındık" is one kilogram whichever it is, and "one pound" is another unit."""
    if not x.soft:
        return True
    if x.kind == "word" and _HAN_NUMERAL.fullmatch(x.text):
        # a number in Han characters with a unit right after it (十周, 三个月, 五公里): a
        # count of that unit, soft only because 一 may be "a" and 十分 "very"
        us = units_of(text, x)[0]
        return bool(us) and any(unit_table().dims[u] != "currency" for u in us)
    if x.values != frozenset({1.0}):
        return False
    us = units_of(text, x)[0]
    dims = unit_table().dims
    return any(dims[u] != "currency" for u in us)


# the time a rate is counted in, after its unit: 0,35 m³ per second, 5 euros an hour, pro
# Tag, par jour, por día, al giorno, per minut, na godzinę, за сутки, в секунду, /s, pe an,
# pr. år; the Scandinavian "i" and "om" before a definite form only (i timen, om året)
_PER_WORDS = r"(?:per|pro|je|par|por|al|a|an|each|every|na|za|в|на|ao|pe|pr\.)"
_PER_TIME = re.compile(r"[\s\u00a0]*(?:" + _PER_WORDS + r"[\s\u00a0]+"
                       r"(?:(?:la|le|the|der|die|das|el|il|o|a|an)[\s\u00a0]+)?|/[\s\u00a0]?|(?:i|om)[\s\u00a0]+)"
                       r"([^\W\d_]+)(?![^\W\d_])", re.IGNORECASE)
# (the same without an article: "par an pour": the "an" is the time, not an article)
_PER_TIME_BARE = re.compile(r"[\s\u00a0]*" + _PER_WORDS + r"[\s\u00a0]+([^\W\d_]+)(?![^\W\d_])", re.IGNORECASE)
_SCANDINAVIAN_PER = re.compile(r"[\s\u00a0]*(?:i|om)[\s\u00a0]", re.IGNORECASE)
_PER_TIME_FILE = _UNITS.with_name("per_time.tsv")
# (the definite forms the Scandinavian "i" and "om" take: i timen, om året, i døgnet)
_SCANDINAVIAN_DEFINITE = frozenset({"sekundet", "sekunden", "minuttet", "minuten", "timmen", "timen", "døgnet",
                                    "dygnet", "dagen", "veckan", "ugen", "uken", "månaden", "måneden", "året"})


@lru_cache(maxsize=1)
def _per_time_words() -> dict[str, frozenset[str]]:
    """Time words read only after a "per" (data/units/per_time.tsv): word -> unit ids."""
    out: dict[str, set[str]] = {}
    for line in _PER_TIME_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        uid, forms = line.split("\t")
        for f in forms.split(","):
            if f.strip():
                out.setdefault(f.strip().lower(), set()).add(uid.strip())
    return {k: frozenset(v) for k, v in out.items()}


def _per_time_match(text: str, end: int) -> tuple[frozenset[str], int]:
    """The time unit of a rate whose unit ends at ``end`` (per second, par jour, /h, na
    godzinę, om året) and the end of its words; (empty, end) when no time unit follows.
    A few words of what is counted may stand before the "per" (1,000 litres of water per
    minute, 2 Milliarden Euro Fördermittel pro Jahr)."""
    found = _per_time_at(text, end)
    if not found[0] and (g := _COUNTED_GAP.match(text, end)) is not None:
        found = _per_time_at(text, g.end())
        if not found[0]:
            return frozenset(), end
    return found


def _per_time_at(text: str, end: int) -> tuple[frozenset[str], int]:
    """_per_time_match with its "per" right at ``end``."""
    t = unit_table()
    for rx in (_PER_TIME, _PER_TIME_BARE):
        m = rx.match(text, end)
        if m is None:
            continue
        word = m.group(1)
        low = word.lower()
        if _SCANDINAVIAN_PER.match(text, end) and low not in _SCANDINAVIAN_DEFINITE:
            return frozenset(), end
        units = t.words.get(low) or t.symbols.get(word) or frozenset()
        found = frozenset(u for u in units if t.dims.get(u) == "time") or _per_time_words().get(low, frozenset())
        if found:
            return found, m.end()
    return frozenset(), end


def _per_time(text: str, end: int) -> frozenset[str]:
    """The time unit of a rate whose unit ends at ``end`` (per second, par jour, /h);
    empty when no time unit follows."""
    return _per_time_match(text, end)[0]


# the measure a price or rate is counted per, after its unit: 11 euros por metro cuadrado,
# 5 Franken pro Quadratmeter, $3 per square foot, 2 € le kilo, 1,20 € al litro, /m², the
# South Slavic по and за (7,5 тони по хектар, 32 денари за килограм)
_PER_MEASURE = re.compile(r"[\s\u00a0]*(?:(?:per|pro|je|par|por|al|a|an|each|every|na|za|в|на|по|за|ao|le|la|el|לכל|لكل)"
                          r"[\s\u00a0]+(?:(?:la|le|the|der|die|das|el|il|o|a|an)[\s\u00a0]+)?|/[\s\u00a0]?)")
# Hebrew and Arabic join their "per" to the measure as a prefix: 3.5 טונות לדונם (tonnes per
# dunam), 40 ש"ח לקילו, 5 أطنان للهكتار (ل with the article)
_PER_PREFIX = re.compile(r"[\s\u00a0]+(?:ל|لل)(?=[^\W\d_])")


# what is counted, between a rate's unit and its "per" (40 kilograms of tea leaves per
# hectare, 40 Kilogramm frische Teeblätter pro Hektar): up to four words, no figure or stop
_COUNTED_GAP = re.compile(r"(?:[\s\u00a0]+[^\W\d_]+){1,4}?(?=[\s\u00a0]+(?:per|pro|je|par|por|na|za|по|за|ao)[\s\u00a0])",
                          re.IGNORECASE)


# (the same before the "per" Hebrew and Arabic glue to the measure: 6 טונות עגבניות לדונם)
_COUNTED_GAP_PREFIX = re.compile(r"(?:[\s\u00a0]+[^\W\d_]+){1,4}?(?=" + _PER_PREFIX.pattern + ")")


def _per_measure(text: str, end: int, gap: bool = False) -> tuple[frozenset[str], int]:
    """The unit of length, area, volume or weight a rate whose unit ends at ``end`` is
    counted per (por metro cuadrado, pro Quadratmeter, per square foot, /m², le kilo) and
    the end of its text; (empty, end) when none follows.  With ``gap``, a few words of what
    is counted may stand before the "per" (40 kilograms of tea leaves per hectare)."""
    m = _PER_MEASURE.match(text, end)
    if m is None and gap:
        g = _COUNTED_GAP.match(text, end)
        m = _PER_MEASURE.match(text, g.end()) if g else None
    if m is None:
        m = _PER_PREFIX.match(text, end)
    if m is None and gap and (g := _COUNTED_GAP_PREFIX.match(text, end)) is not None:
        m = _PER_PREFIX.match(text, g.end())  # 8 טונות עגבניות לדונם (tonnes of tomatoes per dunam)
    if m is None:
        return frozenset(), end
    t = unit_table()
    toks = []
    p = m.end()
    for _ in range(t.longest):
        w = _UNIT_TOKEN.match(text, p)
        if not w:
            break
        toks.append(w)
        sp = re.match(r"[ \u00a0]+", text[w.end():w.end() + 3])
        if not sp:
            break
        p = w.end() + sp.end()
    for k in range(len(toks), 0, -1):
        raw = text[toks[0].start():toks[k - 1].end()]
        key = " ".join(raw.lower().rstrip(".").split())
        hit = t.words.get(key) or t.symbols.get(raw) or t.symbols.get(raw.rstrip("."))
        if hit:
            hit = frozenset(u for u in hit if t.dims.get(u) in _PER_DIMS)
            # (a sentence's full stop is no part of the unit)
            stop = toks[k - 1].end() - (raw.endswith(".") and raw not in t.symbols)
            return (hit, stop) if hit else (frozenset(), end)
    return frozenset(), end


_PER_DIMS = frozenset({"length", "area", "volume", "mass"})


# languages that say the measure of a price before it: প্রতি মণ ... ৩ হাজার টাকা (per maund
# ... Tk 3,000), प्रति किलो ... 40 रुपये; the measure is the nearest one before the figure in
# its clause
_PER_BEFORE = {"bn": re.compile(r"(?<![^\W\d_])প্রতি[ \u00a0]+"), "hi": re.compile(r"(?<![^\W\d_])प्रति[ \u00a0]+")}
_CLAUSE_END = re.compile(r"[.;:!?।。；！？]")
# Chinese and Japanese say "each" glued before the measure, and the measure before the
# figure: 每公斤20元, 毎キロ300円 (per kilogram 20 yuan); the measure is the longest start of
# the Han or kana run after 每 that the table knows
_PER_EACH_CJK = re.compile(r"[每毎](?=[\u3040-\u30ff\u3400-\u9fff])")
# languages that put "per" after the measure, before the figure (Turkish dekar başına 40
# kilogram, per decare 40 kilograms): the measure is the word before the postposition
# (Tamil glues its dative "for each" to the measure: கிலோவுக்கு ரூ.18, per kilo Rs 18;
# டன்னுக்கு, லிட்டருக்கு: the stem's final consonant takes the ு, doubled after a short
# syllable)
_PER_AFTER = {"tr": re.compile(r"(?<![^\W\d_])(?P<u>[^\W\d_]+)[ \u00a0]+başına(?![^\W\d_])"),
              # (Korean glues 당 "per" to the measure: 킬로그램당 5천 원, kg당)
              "ko": re.compile(r"(?<![^\W\d_])(?P<u>[^\W\d_]+?)당(?![^\W\d_])"),
              "ta": re.compile(r"(?<![\u0b80-\u0bff])(?P<u>[\u0b80-\u0bff]+?)(?P<s>வுக்கு|யுக்கு|ுக்கு)"
                               r"(?![\u0b80-\u0bff])")}
_TA_DOUBLED = re.compile(r"([\u0b95-\u0bb9])\u0bcd\1\u0bcd$")


def _post_measure_stems(m: "re.Match[str]") -> tuple[str, ...]:
    """The spellings of the measure word a _PER_AFTER match names (Tamil: the stem without
    its dative; டன்னுக்கு → டன், லிட்டருக்கு → லிட்டர், கிலோவுக்கு → கிலோ)."""
    u = m.group("u").lower()
    if "s" not in m.groupdict() or m.group("s") != "ுக்கு":
        return (u,)
    stem = u + "\u0bcd"
    return (_TA_DOUBLED.sub(lambda d: d.group(1) + "\u0bcd", stem), stem)


def _per_measure_before(text: str, start: int, lang: str | None) -> tuple[frozenset[str], int, int]:
    """The unit of length, area, volume or weight said before the figure at ``start`` as
    the measure a price is counted per (প্রতি মণ, प्रति किलो), its start and end; (empty,
    start, start) when none is."""
    post = _PER_AFTER.get(lang or "")
    if post is not None:
        t = unit_table()
        best = None
        for m in post.finditer(text, 0, start):
            if not _CLAUSE_END.search(text, m.end(), start) and not _ANY_DIGIT.search(text, m.end(), start):
                best = m
        if best is None:
            return frozenset(), start, start
        hit = frozenset(u for w in _post_measure_stems(best) for u in (t.words.get(w) or ())
                        if t.dims.get(u) in _PER_DIMS)
        return (hit, best.start(), best.end()) if hit else (frozenset(), start, start)
    if lang in ("zh", "ja"):
        found = _per_each_cjk(text, start)
        if not found[0] and lang == "ja" and ("当" in text or "あたり" in text):
            found = _per_measure_ja(text, start)
        return found
    pat = _PER_BEFORE.get(lang or "")
    if pat is None:
        return frozenset(), start, start
    best = None
    for m in pat.finditer(text, 0, start):
        if not _CLAUSE_END.search(text, m.end(), start):
            best = m
    if best is None:
        return frozenset(), start, start
    w = _UNIT_TOKEN.match(text, best.end())
    t = unit_table()
    hit = frozenset(u for u in (t.words.get(w.group().lower()) or ()) if t.dims.get(u) in _PER_DIMS) if w else ()
    return (frozenset(hit), best.start(), w.end()) if hit else (frozenset(), start, start)


def _per_each_cjk(text: str, start: int) -> tuple[frozenset[str], int, int]:
    """_per_measure_before for Chinese and Japanese: 每公斤 right before the figure at
    ``start``, or earlier in its clause with no other figure between (每吨价格为300元)."""
    best = None
    for m in _PER_EACH_CJK.finditer(text, max(0, start - 40), start):
        if not _CLAUSE_END.search(text, m.end(), start) and not _ANY_DIGIT.search(text, m.end(), start):
            best = m
    if best is None:
        return frozenset(), start, start
    t = unit_table()
    for k in range(min(8, start - best.end()), 0, -1):
        hit = frozenset(u for u in (t.words.get(text[best.end():best.end() + k]) or ()) if t.dims.get(u) in _PER_DIMS)
        if hit:
            return hit, best.start(), best.end() + k
    return frozenset(), start, start


# Japanese also says "per" after the measure, with or without a one before it, and the
# measure before the figure: 1キロ当たり300円, キロあたり300円, 1トン当り (per kilogram ¥300)
_JA_PER_AFTER = re.compile(r"(?:当たり|あたり|当り)")
_JA_ONE_PER = re.compile(r"(?<![\d.,０-９])[1１][ \u00a0]?[^\W\d_]{1,8}?(?:当たり|あたり|当り)")


def _per_measure_ja(text: str, start: int) -> tuple[frozenset[str], int, int]:
    """_per_measure_before for Japanese 当たり: the longest unit the table knows right
    before the last 当たり of the figure's clause, no other figure between it and the figure
    (a one before the unit is the measure's own: 1キロ当たり95円)."""
    best = None
    for m in _JA_PER_AFTER.finditer(text, max(0, start - 40), start):
        if not _CLAUSE_END.search(text, m.end(), start) and not _ANY_DIGIT.search(text, m.end(), start):
            best = m
    if best is None:
        return frozenset(), start, start
    t = unit_table()
    p = best.start()
    for k in range(min(8, p), 0, -1):
        hit = frozenset(u for u in (t.words.get(text[p - k:p]) or ()) if t.dims.get(u) in _PER_DIMS)
        if hit:
            a = p - k
            one = re.search(r"(?:[1１一][ \u00a0]?)$", text[max(0, a - 2):a])
            return hit, a - (len(one.group()) if one else 0), best.end()
    return frozenset(), start, start


def _rate_measures_clash(a: set[str], b: set[str]) -> bool:
    """May measures of dimensions ``a`` and ``b`` stand for each other's changed measure?
    Those of one dimension (per hectare ~ per decare), and a weight against a length, area
    or volume (1,20 € al litro ~ 1,20 € pro Kilogramm): no figure converts a weight into
    a volume.  Length, area and volume against each other are left alone: one of them is
    often a compound the table reads only in part (za metr čtvereční ~ per square metre)."""
    if a & b:
        return True
    return ("mass" in a) != ("mass" in b)


def _target_per_measure(text: str, ta: int, tb: int, tlang: str | None) -> tuple[frozenset[str], int]:
    """The measure a target figure is counted per, after it (_per_measure) or, in the
    languages that say it first, before it (每磅, 킬로그램당): (units, end of the rate)."""
    p, end = _per_measure(text, tb, gap=True)
    if not p and (tlang in ("zh", "ja") or tlang in _PER_AFTER or tlang in _PER_BEFORE):
        p, _, _ = _per_measure_before(text, ta, tlang)
        end = tb
    return p, end


def _rates_changed(ctx: CheckContext, b, src: list, tgt: list, lang: str | None = None,
                   tlang: str | None = None) -> Iterator[Finding]:
    """A rate of the source whose figure and unit come back counted in another time
    (0.35 cubic metres per second → 0,35 Kubikmeter pro Minute) or per another measure of
    one dimension (11 euros por metro cuadrado → 11 Euro pro Quadratfuß): where both sides
    name it and the target names it differently for every figure of the same value and unit."""
    for x, (us, sa, sb) in src:
        if not us:
            continue
        sper = _per_time(b.src.text, sb)
        if sper:
            same = [(y, ut, ta, tb) for y, (ut, ta, tb) in tgt if ut & us and y.values & x.values]
            pers = [(y, ta, tb, _per_time(b.tgt.text, tb)) for y, ut, ta, tb in same]
            if not pers or any(not p or p & sper for _, _, _, p in pers):
                continue  # no counterpart, or one that keeps the time or names none
            y, ta, tb, _p = pers[0]
            tend = _per_time_match(b.tgt.text, tb)[1]
            s, e = b.tgt.span(ta, tend)
            said = b.src.text[sa:_per_time_match(b.src.text, sb)[1]]
            yield ctx.flag(s, e, f"source has {said}, translation has {b.tgt.text[ta:tend]}: "
                                 f"same figure, counted in another time",
                           evidence=[ctx.evidence(ctx.source, text=b.src.text, note="source")]
                           if ctx.source else [])
            continue
        sper, send = _per_measure(b.src.text, sb, gap=True)
        if not sper:
            sper, pa, pend = _per_measure_before(b.src.text, sa, lang)
            if not sper:
                continue
            sa, send = min(sa, pa), max(sb, pend)  # (the measure and the figure)
        dims = {unit_table().dims[u] for u in sper}
        same = [(y, ut, ta, tb) for y, (ut, ta, tb) in tgt if ut & us and y.values & x.values]
        pers = [(y, ta, tb, *_target_per_measure(b.tgt.text, ta, tb, tlang)) for y, ut, ta, tb in same]
        if not pers or any(not p or p & sper or not _rate_measures_clash({unit_table().dims[u] for u in p}, dims)
                           for _, _, _, p, _ in pers):
            continue  # no counterpart, or one that keeps the measure, names none or another kind
        y, ta, tb, _p, tend = pers[0]
        s, e = b.tgt.span(ta, tend)
        yield ctx.flag(s, e, f"source has {b.src.text[sa:send]}, translation has {b.tgt.text[ta:tend]}: "
                             f"same figure, counted per another unit",
                       evidence=[ctx.evidence(ctx.source, text=b.src.text, note="source")]
                       if ctx.source else [])


# languages whose bare "$" is a dollar, never a peso: an English text writes MX$, ₱ or
# "pesos" for the pesos that Spanish and Filipino write with "$" at home
_DOLLAR_SIGN_LANGS = frozenset({"en"})


def _bare_dollar(found: tuple[frozenset[str], int, int], lang: str | None) -> tuple[frozenset[str], int, int]:
    """``units_of``'s reading of a figure, with the peso taken from a bare "$" in a
    language that writes "$" only for dollars (_DOLLAR_SIGN_LANGS)."""
    units, a, b = found
    if "peso" in units and norm_lang(lang) in _DOLLAR_SIGN_LANGS and units == unit_table().symbols.get("$"):
        return units - {"peso"}, a, b
    return found


def _glued_m(n: Num, u: tuple) -> bool:
    """Is ``n`` a figure with a glued lower-case "m" (300m, 3,500m) and no other unit?"""
    return not u[0] and n.text[-1:] == "m" and n.text[-2:-1].isdigit()


def _metres_against(side: list, other: list) -> list:
    """``side`` with each glued-"m" figure read as metres where ``other`` has its value
    with a unit of length and none of another dimension."""
    t = unit_table()
    out = []
    for x, u in side:
        if _glued_m(x, u):
            dims = {t.dims[v] for y, (uy, _, _) in other if y.values & x.values for v in uy}
            if dims == {"length"}:
                u = (frozenset({"m"}), x.start, x.end)
        out.append((x, u))
    return out


def _measured_year(text: str, n: Num) -> bool:
    """Is ``n``, read as a year for its four digits (1200, 1500), a quantity: a figure with a
    unit of measure right after it (1200 ton, 1500 Meter, 2000 kilograms)?"""
    if n.kind != "year":
        return False
    us, a, _ = units_of(text, n)
    if us and a == n.start and "\u3400" <= text[n.end:n.end + 1] <= "\u9fff" \
            and all(unit_table().dims[u] == "currency" for u in us):
        return True  # a Han currency glued on (1640元, 1980美分): an amount (a year takes 年)
    return bool(us) and a == n.start and not any(unit_table().dims[u] in ("time", "currency") for u in us)


@rule("D002", "unit-mismatch", "Accuracy/Mistranslation", "major", artefact="wrong-number",
      summary="A number of the source comes back with the same value but another unit or "
              "currency (10 Kilometer → 10 miles, 5 Franken → 5 euros, 3 milliards d'euros → "
              "3 Milliarden Franken, R$ 5 milhões → 5 million dollars, 5 Jahre → 5 months, "
              "Prozent → percentage points, 300 metres → 300 yards). A value converted with its "
              "unit (10 km → 6.2 miles) keeps the quantity; so do yards rounded to metres (a "
              "hundred yards → hundert Meter), not metres to yards. A figure with a glued “m” "
              "(300m) is metres against another unit of length only (£300m may be millions). "
              "A unit word written before its figure, as Swahili writes it (mita 15, futi 15: "
              "data/units/before.tsv), is read too, as is the temperature scale Chinese, Japanese and Korean write before the figure (摄氏100度, 華氏95度, 섭씨 35도). A four-digit figure with a unit "
              "right after it (1200 ton, 1500 Meter) is a quantity, not a year. Lithuanian, Latvian and Estonian metres, kilometres and feet (15 metrų, 15 pėdų, 12 kilomeetrit, 46 sentimeetriks, 5 aastat) are units, as are the Indonesian and Malay feet (45 kaki), and so are Slavic gallons, feet and temperature scales (galona, stopy, \u0433\u0440\u0430\u0434\u0443\u0441\u043e\u0432 \u043f\u043e \u0426\u0435\u043b\u044c\u0441\u0438\u044e). A unit of length followed by \u201cper hour\u201d "
              "in words (110 kilometri pe or\u0103, 60 miles an hour, 90 km por hora, \u0924\u093e\u0936\u0940 "
              "\u0968\u096b \u0915\u093f\u0932\u094b\u092e\u0940\u091f\u0930, or a case of \u201chour\u201d alone: "
              "Latvian 30 kilometriem stund\u0101, Estonian 40 kilomeetrit tunnis) is a speed; a unit "
              "hyphenated into a compound after its figure is that unit (eine 12-Kilometer-Strecke, der "
              "100-m-Lauf); a number in "
              "Han characters with a unit right after it (\u5341\u5468, \u4e09\u4e2a\u6708) counts that unit. "
              "Rain in litres per square metre (a few words may stand between, in any language: "
              "90 de litri de ap\u0103 pe metru p\u0103trat) is millimetres or litres. A unit word with "
              "Hungarian \u201c-nyi\u201d or Turkish \u201c-l\u0131k\u201d (140 d\u00f6n\u00fcml\u00fck) is that unit, and so is an Arabic unit word in the accusative with its alif (90 درهماً, 15 ريالا). "
              "A rate counted per another measure is a changed unit too (40 kg per decare \u2192 per "
              "hectare), with a few words of what is counted between the unit and its \u201cper\u201d "
              "(40 kilograms of tea per hectare; also before the \u201cper\u201d Hebrew and Arabic glue to the "
              "measure: 6 \u05d8\u05d5\u05e0\u05d5\u05ea \u05e2\u05d2\u05d1\u05e0\u05d9\u05d5\u05ea \u05dc\u05d3\u05d5\u05e0\u05dd), the South Slavic \u201c\u043f\u043e\u201d and \u201c\u0437\u0430\u201d "
              "(7,5 \u0442\u043e\u043d\u0438 \u043f\u043e \u0445\u0435\u043a\u0442\u0430\u0440) or, in Turkish and Tamil, the measure before the figure "
              "(dekar ba\u015f\u0131na 40 kilogram, \u0b95\u0bbf\u0bb2\u0bcb\u0bb5\u0bc1\u0b95\u0bcd\u0b95\u0bc1 \u0bb0\u0bc2.18); "
              "a source that writes every dollar with a bare $ against a translation that names two "
              "countries' dollars for them (Canadian, then US dollars) is flagged where the country changes; a price per a weight against one per a volume, length or area (al litro \u2192 pro Kilogramm) is changed, length, area and volume against each other are not judged. The rand's sign glued to an amount that is plainly "
              "money (R486m, R2.3bn, R75 million, R1,500) is rand; a bare R before a plain figure "
              "(the R61 road) is a code. The ringgit and rupiah signs before a figure (RM1.2 juta, Rp 500) are "
              "currencies, \u201cper hour\u201d said in Urdu, Arabic or Persian (میل فی گھنٹہ, في الساعة, در ساعت) "
              "makes a speed, and the Hebrew and Arabic \u201cper\u201d joined to the measure (טונות לדונם, أطنان للهكتار) "
              "makes a rate. A Latin unit symbol with a kana, Han or Hangul particle glued on "
              "(50km를, 30kmを), a Tagalog unit with its linker (2.8 kilometrong) and a Tamil unit "
              "with a case ending (லட்சம் ஏக்கரில்) are that unit. The Chinese 元 is the yuan (and a "
              "Taiwan or Hong Kong dollar said with its name or sign, never a bare \u201cdollars\u201d; 元旦 "
              "is no yuan), a Han currency glued to a four-digit figure makes it an amount (1640美分), "
              "the Persian rial and toman are two currencies, a figure with 年 or 년 (징역 7년, 9年) "
              "or 개월 counts years or months (not 年级, 年代, 년생), and a price per a measure said "
              "before the figure in Chinese, Japanese and Korean (每公斤, 毎キロ, 킬로그램당) is a rate. "
              "An Arabic unit of two words is read with or without the accusative's tanween "
              "(45 مترًا مربعًا). Arabic and Hebrew days, weeks, months and years after a figure are "
              "units of time (14 شهراً, 3 أسابيع, 12 שנים, 6 חודשים; not the bare Arabic يوم, شهر, عام), "
              "and a Japanese price per a measure said with 当たり after it (1キロ当たり95円, トンあたり) is a "
              "rate, whose one is the measure's own. The time a rate is counted in is read after more "
              "words for “per” and in the case they ask for (na godzinę, za sekundu, в минуту, pe an, "
              "par an, om året, i timen: data/units/per_time.tsv), so 4 m³ za sekundu → 4 m³ pro Minute "
              "is flagged; knots and nautical miles are units in more languages (14 knob, 12 węzłów, "
              "200 hải lý, 50 sjömil, 80 海里 against km/h or kilometres). A unit with an Estonian or "
              "Finnish case ending on its stem (60 hektaril, 60 aakrile, 60 hehtaarilla) is that unit; "
              "the Czech, Slovak and Polish genitive a decimal takes (1,5 miligramu, 1,5 mikrograma) "
              "is read; Hindi, Urdu and Bengali days, weeks, months and years after a figure are "
              "units of time (12 महीने, 12 हफ्तों, 12 مہینے); Thai currency names run on into the next "
              "word (ยูโร, ปอนด์, เยน, หยวน) are currencies. Icelandic units (3.000 fermetrar, 12 kílómetrar, "
              "5 klukkustundir), the Russian and Ukrainian units of time (6 часов, 20 минут, 5 лет; 3 години, "
              "10 хвилин), Albanian cubic and square metres (metra kub, metra katrorë) and the are (12 ares, "
              "12 Ar, 12 arów: 100 m²) are read, and so is a Marathi unit with its case ending or "
              "postposition glued on (१,२०० डॉलरने, ५० किलोमीटरपर्यंत). A unit of length against its "
              "own square or cube (4,000 metres → 4,000 cubic metres) differs by a dimension word alone, "
              "which the source may say where the reader does not see it: not flagged. "
              "A rate's time is read with a few words of what is counted before its \u201cper\u201d "
              "too (1,000 litres of water per minute, 2 Millionen Euro Fördermittel pro Jahr), and "
              "the units of time a figure counts in Indonesian and Malay, Slovene, Croatian, Czech, "
              "Slovak, Polish, Finnish, Hungarian, Romanian and the Scandinavian languages are read "
              "(3 hari, v petih dneh, 14 tjedana, 5 let, 3 viikkoa, 2 hónap, 4 ani, 5 år; short forms "
              "and those that are another word elsewhere, as Croatian dana, in their own language only: "
              "data/units/by_lang.tsv). Turkish units with a case ending glued on (20 kilometreyle, "
              "12 milden, 3 günde, 5 yılda) are that unit, and Turkish \u201csaatte\u201d (per hour) "
              "before the figure makes a speed (saatte 90 kilometreye ~ 90 km/h; not iki saatte, "
              "in two hours); a speed named before the figure in Chinese, Japanese and Korean "
              "(最高速度100キロ, 限速80公里, 제한속도 50킬로미터) makes its kilometres per hour. "
              "A length in a sentence whose other figure in that unit is a speed (시속 42㎞로 ... "
              "10㎞ 낮았다, 10 km slower) is a difference of speeds: km/h for it is no other unit. "
              "Swahili pauni before its figure is a pound, of weight or money (pauni 60), and square "
              "feet, metres, kilometres and miles are read in Urdu, Hindi, Bengali and Persian "
              "(مربع فٹ, वर्ग फुट, বর্গফুট, فوت مربع). Thai “per hour” glued to the unit (ไมล์ต่อชั่วโมง, "
              "กิโลเมตรต่อชั่วโมง) makes a speed; Hebrew unit abbreviations with their gershayim (ק\"מ, "
              "ס״מ, קמ\"ש) and the mile (מייל), the Hindi foot with its nukta (फ़ुट, फ़ीट) and a Hungarian "
              "unit made an adjective (30 méteres, 400 kilowattos; not a unit of time) are read, and the "
              "second side of a size hyphenated as one adjective (a 40-by-25-metre hall) is a figure "
              "with that unit. A Persian unit made an adjective with -ی (۲۵ لیتری; ۵ کیلویی) "
              "is that unit (a metric prefix written apart, میلی متر, no mile); a metre or kilometre "
              "at the head of a compound in German, Dutch and the Scandinavian languages (96 "
              "Laufmeter, 600 Höhenmeter, 40 hyllmeter) is that unit, not an instrument "
              "(Barometer, Voltmeter) nor a volume of wood (Festmeter); the English mile said in "
              "Swedish, Norwegian or Danish (engelska mil) is a mile, and Swedish and Norwegian "
              "“mil” alone the Scandinavian mile of ten kilometres (9 mil ~ 90 km; 9 km → 9 mil "
              "is flagged).",
      why="The figure survives, so D001 and proofreaders see nothing, but the quantity is "
          "wrong: a swapped currency or time unit changes the story as much as a wrong number.",
      fail=("Die Strecke ist 10 Kilometer lang und kostet 5 Millionen Franken.",
            "The route is 10 miles long and costs 5 million euros."),
      ok=("Die Strecke ist 10 Kilometer lang und kostet 5 Millionen Franken.",
          "The 10-kilometre route costs CHF 5 million."),
      needs_source=True)
def unit_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    dims = unit_table().dims
    sl, tl = (ctx.source.lang if ctx.source else None), ctx.target.lang
    read: list = []  # (bead, source figures, target figures) with their units
    yield from _unit_mismatch_beads(ctx, dims, sl, tl, read)
    yield from _dollars_split(ctx, read)


# the dollars a bare "$" may be
_DOLLARS = frozenset({"usd", "cad", "aud", "nzd", "hkd", "sgd"})


def _dollars_split(ctx: CheckContext, read: list) -> Iterator[Finding]:
    """A source that writes every dollar amount alike, with a bare "$" or "dollars", means
    one dollar throughout; a translation that names the country of the dollar for them names
    one country.  Where it names two (38 ล้านดอลลาร์แคนาดา ... 22.8 ล้านดอลลาร์สหรัฐ, 38
    millions de dollars canadiens ... 22,8 millions de dollars américains), the amounts
    whose country differs from the first one named are flagged.  Not where the source names
    a country for any dollar (US$, C$, Canadian dollars): it tells its dollars apart."""
    named: list[tuple] = []  # (bead, target figure, its dollar, its span)
    for b, src, tgt in read:
        for x, (us, _, _) in src:
            dol = us & _DOLLARS
            if len(dol) == 1:
                return  # a country said in the source
            if len(dol) < 2:
                continue
            for y, (ut, ta, tb) in tgt:
                if len(ut) == 1 and ut <= _DOLLARS and y.values & x.values:
                    named.append((b, y, next(iter(ut)), ta, tb))
    if len({d for _, _, d, _, _ in named}) < 2:
        return
    first = named[0]
    seen = set()
    for b, y, d, ta, tb in named[1:]:
        if d == first[2] or (id(b), ta) in seen:
            continue
        seen.add((id(b), ta))
        s, e = b.tgt.span(ta, tb)
        yield ctx.flag(s, e, f"“{b.tgt.text[ta:tb]}” names another dollar than "
                             f"“{first[0].tgt.text[first[3]:first[4]]}” before it, where the source writes "
                             f"every dollar amount alike (a bare $): one of the two countries is wrong",
                       evidence=[ctx.evidence(ctx.source, text=b.src.text, note="source")]
                       if ctx.source else [])


# a unit of length and the units of area and volume built on it (metre: square and cubic
# metre): a figure read with the bare length on one side and its square or cube on the
# other differs by a dimension word alone
_POWERS_OF = {"m": frozenset({"m2", "m3"}), "km": frozenset({"km2"}), "foot": frozenset({"sqft", "ft3"}),
              "mile": frozenset({"sqmile"})}


def _dimension_word_only(us: frozenset[str], ut: frozenset[str]) -> bool:
    """Is the source's unit a length and the translation's its square or cube (8.000 metra
    → 8,000 cubic metres)?  The word that makes it an area or a volume is one the unit
    reader may not know in the source language (a case form, a word after the unit) or
    one the source says once for several figures: no other unit, so no evidence."""
    return bool(us) and bool(ut) and all(u in _POWERS_OF for u in us) \
        and ut <= frozenset().union(*(_POWERS_OF[u] for u in us))


# a unit of length and its speed per hour
_SPEED_OF = {"km": "kmh", "mile": "mph"}


def _speed_elided(us: frozenset[str], ut: frozenset[str], src: list) -> bool:
    """Is the source's unit a length, the translation's that length per hour, and another
    figure of the source's sentence a speed in that unit (시속 42㎞로 ... 10㎞ 이상 낮았다,
    at 90 km/h, 10 km faster than before)?  The sentence says "per hour" once for its
    speeds and leaves it out of a difference between them: the translation writing it out
    is no other unit."""
    speeds = {_SPEED_OF[u] for u in us if u in _SPEED_OF}
    return bool(speeds) and ut <= speeds and any(uz and uz <= speeds for _, (uz, _, _) in src)


def _unit_mismatch_beads(ctx: CheckContext, dims: dict, sl: str | None, tl: str | None,
                         read: list) -> Iterator[Finding]:
    for b in ctx.cached("numbers.beads", lambda: _analyse(ctx)):
        sn, tn = _with_unit_ones(b.src.text, b.sn, sl), _with_unit_ones(b.tgt.text, b.tn, tl)
        src = [(x, _bare_dollar(units_of(b.src.text, x, sl), sl)) for x in sn
               if (x.kind in UNIT_KINDS or _measured_year(b.src.text, x)) and _unit_counted(b.src.text, x)]
        if not any(u[0] for _, u in src) and not any(_glued_m(x, u) for x, u in src):
            continue
        tgt = [(y, units_of(b.tgt.text, y, tl)) for y in tn
               if (y.kind in UNIT_KINDS or _measured_year(b.tgt.text, y)) and _unit_counted(b.tgt.text, y)]
        read.append((b, src, tgt))
        yield from _rates_changed(ctx, b, src, tgt, sl, tl)
        # a figure with a glued "m" (300m, 3500m) is metres or millions: metres where the
        # other side has the figure in another unit of length (300m ~ 300 yards, 3500m ~
        # 3500フィート), no unit against anything else (£300m, 300m people ~ 300 millions)
        if any(_glued_m(x, u) for x, u in src) or any(_glued_m(y, u) for y, u in tgt):
            src = _metres_against(src, tgt)
            tgt = _metres_against(tgt, src)
        # a target figure that renders some source quantity is spoken for: it is no
        # evidence against another source figure of the same value ("ten years" and "10%")
        taken = {id(y) for y, (ut, _, _) in tgt for x, (us, _, _) in src
                 if ut and us and x.values & y.values
                 and _same_quantity(x.values, us, y.values, ut, _same_digits(x, y))}
        for x, (us, sa, sb) in src:
            if not us:
                continue
            same = [(y, u) for y, u in tgt if y.values & x.values or _same_quantity(x.values, us, y.values, u[0])]
            if x.soft:  # "a kilo" is evidence only against a one of the same dimension ("one pound")
                same = [(y, u) for y, u in same if {dims[v] for v in u[0]} & {dims[v] for v in us}]
            if not same or any(_same_quantity(x.values, us, y.values, u[0], _same_digits(x, y)) for y, u in same):
                continue  # the quantity is kept (or the figure has no counterpart: D001's case)
            if any(_dimension_word_only(us, u[0]) for y, u in same if y.values & x.values):
                continue  # (8,000 metres ~ 8,000 cubic metres: the source's "cubic" unread)
            if any(_speed_elided(us, u[0], src) for y, u in same if y.values & x.values):
                continue  # (시속 42㎞로 ... 10㎞ 낮았다 ~ 42 km/h, 10 km/h lower)
            sx = _sign(b.src.text, x)
            if any(u[0] and _fixed_point(x, us, sx, y, u[0], _sign(b.tgt.text, y)) for y, u in same):
                continue  # (−40 °C = −40 °F)
            bare = sum(1 for _, u in same if not u[0])
            if bare and bare > sum(1 for z, (uz, _, _) in src if not uz and z.values & x.values):
                # a counterpart without a unit next to it: moved or elided, no evidence (unless
                # as many figures of the value stand bare in the source: a date's day, March 30)
                continue
            free = [(y, u) for y, u in same if id(y) not in taken and y.values & x.values and u[0]]
            if not free:
                continue
            y, (ut, ta, tb) = free[0]
            s, e = b.tgt.span(ta, tb)
            ds, dt = {dims[u] for u in us}, {dims[u] for u in ut}
            what = "currency" if ds == dt == {"currency"} else "unit"
            yield ctx.flag(s, e, f"source has {b.src.text[sa:sb]}, translation has "
                                 f"{b.tgt.text[ta:tb]}: same figure, another {what}",
                           evidence=[ctx.evidence(ctx.source, text=b.src.text, note="source")]
                           if ctx.source else [])


# ---------------------------------------------------------------------------------------
# D003 calendar-mismatch
# ---------------------------------------------------------------------------------------
_CALENDAR = _UNITS.with_name("calendar.tsv")
_CAPITALISED = frozenset({"en", "de", "tr", "id", "ms", "el", "af", "sw", "tl"})  # (Turkish dates: 12 Mart 2025; Greek 20 Μαΐου)
_DE_DAY_PARTS = ("", "s", "abend", "abends", "morgen", "morgens", "nachmittag", "nachmittags", "mittag",
                 "vormittag", "vormittags", "nacht", "nachts", "früh")
# (Devanagari and Tamil write their vowel signs and nasal marks inside a word: मंगलवार,
# सितंबर, ஜூலை)
_CAL_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
                       r"\u0b82\u0bbe-\u0bcd\u0bd7])+"
                       r"(?:-feira)?")  # Portuguese weekdays: terça-feira
# (session 73) the same for a text without those marks (nearly every one), where it finds
# the same words: a letter or a mark at every step is twice the work of a run of letters
_CAL_MARK = re.compile(r"[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0b82\u0bbe-\u0bcd\u0bd7]")
_CAL_WORD_PLAIN = re.compile(r"[^\W\d_]+(?:-feira)?")


def _cal_word_re(text: str) -> re.Pattern:
    """``_CAL_WORD``, or the plain one that finds the same words in a ``text`` without
    the marks (see ``_CAL_WORD_PLAIN``)."""
    return _CAL_WORD if _CAL_MARK.search(text) else _CAL_WORD_PLAIN
_DE_DAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag")
# Dutch, Afrikaans and the Scandinavian languages glue a part of the day to the weekday as
# German does (zaterdagavond, vrijdagochtend, Saterdagaand, lördagskvällen,
# søndagsmorgen): the compound is that weekday, written the way the weekday alone is
_DAY_PART_COMPOUNDS = {
    "nl": ("avond", "ochtend", "middag", "morgen", "nacht", "namiddag", "voormiddag", "avonden",
           "ochtenden", "middagen", "nachten", "s"),
    "af": ("aand", "oggend", "middag", "môre", "more", "nag", "aande", "oggende", "middae"),
    "sv": ("kväll", "kvällen", "skväll", "skvällen", "morgon", "morgonen", "smorgon", "smorgonen",
           "eftermiddag", "eftermiddagen", "seftermiddag", "seftermiddagen", "förmiddag",
           "förmiddagen", "sförmiddag", "sförmiddagen", "natt", "natten", "snatt", "snatten"),
    "da": ("aften", "aftenen", "saften", "saftenen", "morgen", "morgenen", "smorgen", "smorgenen",
           "eftermiddag", "eftermiddagen", "seftermiddag", "seftermiddagen", "formiddag",
           "formiddagen", "sformiddag", "sformiddagen", "nat", "natten", "snat", "snatten"),
    "nb": ("kveld", "kvelden", "skveld", "skvelden", "morgen", "morgenen", "smorgen", "smorgenen",
           "ettermiddag", "ettermiddagen", "settermiddag", "settermiddagen", "formiddag",
           "formiddagen", "sformiddag", "sformiddagen", "natt", "natten", "snatt", "snatten"),
}


@lru_cache(maxsize=None)
def _compound_days(lang: str) -> tuple[tuple[str, int], ...]:
    """(weekday form, number) of ``lang``: the stems of _DAY_PART_COMPOUNDS."""
    return tuple((f, n) for f, (k, n) in calendar_table().get(lang, {}).items() if k == "weekday")


def _day_part_compound(low: str, lang: str) -> tuple[str, int] | None:
    """The weekday a compound of a weekday and a part of the day is (zaterdagavond: Saturday)."""
    parts = _DAY_PART_COMPOUNDS[lang]
    for day, n in _compound_days(lang):
        if low.startswith(day) and low[len(day):] in parts:
            return ("weekday", n)
    return None


@lru_cache(maxsize=1)
def calendar_table() -> dict[str, dict[str, tuple[str, int]]]:
    """lang -> word form -> (weekday or month, number), from data/units/calendar.tsv."""
    out: dict[str, dict[str, tuple[str, int]]] = {}
    for line in _CALENDAR.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, kind, num, forms = line.split("\t")
        for f in forms.split(","):
            out.setdefault(lang, {})[f.strip()] = (kind, int(num))
    return out


@lru_cache(maxsize=None)
def _first_forms(lang: str) -> dict[tuple[str, int], str]:
    """(weekday or month, number) -> the first form calendar.tsv lists for ``lang``."""
    if lang in _CJK_DAY_FIRST:
        return _CJK_DAY_FIRST[lang]
    if lang in _RTL_DAY_FIRST:
        return {**{k: f for f, k in reversed(list(calendar_table()[lang].items()))}, **_RTL_DAY_FIRST[lang]}
    # (Romanian Monday and May, Malay March and June, which the table leaves out: luni, mai,
    # mac, jun of _DATED_WEEKDAYS and _DATED_MONTHS)
    out: dict[tuple[str, int], str] = {("weekday", n): f for f, n in _DATED_WEEKDAYS.get(lang, {}).items()}
    out.update({("month", n): f for f, n in _DATED_MONTHS.get(lang, ({}, ()))[0].items()})
    for form, key in calendar_table()[lang].items():
        out.setdefault(key, form)
    return out


def _may_name_a_date(text: str, lang: str, table: dict) -> bool:
    """The cheap first test: a word that is a weekday or month form (or, in German, starts
    with a weekday: Dienstagabend) anywhere, in any case.  Substring tests and a word set:
    a case-blind regex alternation of the hundred forms took 80 µs a sentence."""
    low = text.lower()
    if lang == "de" and any(d in low for d in _DE_DAYS):
        return True
    if lang in _GLUED_ENDINGS:
        return any(f in low for f in table)
    if lang in _DAY_PART_COMPOUNDS and any(d in low for d, _ in _compound_days(lang)):
        return True
    return not table.keys().isdisjoint(_cal_word_re(low).findall(low))


# Abbreviated months (Dec. 10, Sept. 2025, 10. Dez. 2024): a month only with its dot and a
# day or year figure next to it ("Jan." alone may be a name ending a sentence)
_MONTH_ABBREVIATIONS = {
    "en": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
           "oct": 10, "nov": 11, "dec": 12},
    "de": {"jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
           "okt": 10, "nov": 11, "dez": 12},
}
_ABBR_MONTH_RE = {lang: re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(forms, key=len, reverse=True)).title()
                                   + r")\.(?=[ \u00a0]?\d)|(?<=\d)(?:\.?[ \u00a0])(?:"
                                   + "|".join(sorted(forms, key=len, reverse=True)).title() + r")\.")
                  for lang, forms in _MONTH_ABBREVIATIONS.items()}


def _abbreviated_months(text: str, lang: str) -> list[tuple[str, int, int, int]]:
    out = []
    for m in _ABBR_MONTH_RE[lang].finditer(text):
        word = m.group().strip(". \u00a0")
        a = m.end() - 1 - len(word)
        out.append(("month", _MONTH_ABBREVIATIONS[lang][word.lower()], a, a + len(word)))
    return out


# Month names that are also a common word (Romanian "mai" is "more" too), left
# out of calendar.tsv: a month only inside a date, after a day figure (1 mai, 15 mai 2024) or
# before a year (mai 2024), with nothing of the sentence running on from it but punctuation, a
# year or a conjunction ("cele 3 mai mari", the three biggest, is no date).
_DATED_MONTHS = {"ro": ({"mai": 5}, ("și", "şi", "si", "sau", "iar", "până", "pana", "dar", "când", "cand")),
                 # Malay March and June are also the computer and a name (Mac, Jun)
                 "ms": ({"mac": 3, "jun": 6}, ("dan", "atau", "hingga", "sehingga", "lalu", "ini", "depan",
                                               "tahun", "sebelum", "selepas", "nanti", "yang", "lepas")),
                 # Arabic March (the Maghreb's and Egypt's name) is also "he practised" (مارس
                 # ضغوطا): a month only beside a day figure or a year (15 مارس, في مارس 2025)
                 # (so are the Maghreb's May, also the name May, and Algerian June, also a name)
                 "ar": ({"مارس": 3, "بمارس": 3, "لمارس": 3, "ومارس": 3, "ماي": 5, "بماي": 5, "لماي": 5,
                         "وماي": 5, "جوان": 6, "بجوان": 6, "لجوان": 6, "وجوان": 6},
                        ("الماضي", "المقبل", "القادم", "الجاري", "المنصرم", "من", "حتى", "إلى", "الى"))}


@lru_cache(maxsize=None)
def _dated_month_re(lang: str) -> re.Pattern:
    forms, joins = _DATED_MONTHS[lang]
    w = "|".join(sorted(forms, key=len, reverse=True))
    after = (r"(?=[ \u00a0]*(?:$|[,.;:!?)\]–—\"”»«،؛]|(?:19|20)\d\d(?!\d|[.,]\d|[ \u00a0]+de\b)|(?:"
             + "|".join(joins) + r")(?![^\W\d_])))")
    return re.compile(r"(?:(?<![\d.,])(?:[1-9]|[12]\d|3[01])[ \u00a0]+(?P<d>" + w + r")"
                      r"|(?<![^\W\d_])(?P<y>" + w + r")(?=[ \u00a0]+(?:19|20)\d\d(?!\d|[.,]\d|[ \u00a0]+de\b)))"
                      r"(?![^\W\d_])" + after, re.I)


# Weekday names that are also a common word (Romanian "luni" is "months" too), left out of
# calendar.tsv: a weekday only right before a date of a day figure and a month name (luni,
# 3 martie; luni 3 martie): "ultimele luni, 3 companii" (the last months, 3 firms) is none.
_DATED_WEEKDAYS = {"ro": {"luni": 1}}


@lru_cache(maxsize=None)
def _dated_weekday_re(lang: str) -> re.Pattern:
    months = {f for f, (k, _) in calendar_table().get(lang, {}).items() if k == "month"}
    months |= set(_DATED_MONTHS.get(lang, ({}, ()))[0])
    w = "|".join(sorted(_DATED_WEEKDAYS[lang], key=len, reverse=True))
    mo = "|".join(sorted(months, key=len, reverse=True))
    return re.compile(r"(?<![^\W\d_])(?:" + w + r")(?=[ \u00a0]*,?[ \u00a0]*\(?(?:[1-9]|[12]\d|3[01])\.?[ \u00a0]+(?:"
                      + mo + r")(?![^\W\d_]))", re.I)


def _dated_weekdays(text: str, lang: str | None) -> list[tuple[str, int, int, int]]:
    """The weekdays of _DATED_WEEKDAYS named right before a date in ``text`` (luni, 3 martie)."""
    forms = _DATED_WEEKDAYS[lang]  # type: ignore[index]
    return [("weekday", forms[m.group().lower()], m.start(), m.end())
            for m in _dated_weekday_re(lang).finditer(text)]  # type: ignore[arg-type]


def _dated_months(text: str, lang: str | None) -> list[tuple[str, int, int, int]]:
    """The months of _DATED_MONTHS named inside a date in ``text`` (începând cu 1 mai)."""
    if lang not in _DATED_MONTHS:
        return []
    forms = _DATED_MONTHS[lang][0]
    return [("month", forms[m.group(g).lower()], m.start(g), m.end(g))
            for m in _dated_month_re(lang).finditer(text) for g in ("d", "y") if m.group(g)]


# Weekdays of Chinese, Japanese and Korean, written without spaces around them: 星期五,
# 礼拜天, 周五 (not after a count or 每 "every": 每周一次 is "once a week", 两周一次 "once
# a fortnight"; nor before 次/年: 一周年), 金曜日, 金曜, 4月18日（金）, 금요일.  Months are read
# from their digits (digit_months).
_CJK_DAY_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_JA_DAY_NUM = {"月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6, "日": 7}
_KO_DAY_NUM = {"월": 1, "화": 2, "수": 3, "목": 4, "금": 5, "토": 6, "일": 7}
_CJK_WEEKDAY_RE = {
    "zh": re.compile(r"(?:星期|礼拜|禮拜)([一二三四五六日天])"
                     r"|(?<![每一二两兩三四五六七八九十几幾数數多个個第\d])[周週]([一二三四五六日])(?![次遍回趟年])"),
    "ja": re.compile(r"([月火水木金土日])曜日?|(?<=日)[（(]([月火水木金土日])[）)]"),
    "ko": re.compile(r"([월화수목금토일])요일"),
}
_CJK_DAY_FIRST = {
    "zh": {("weekday", n): "星期" + d for d, n in _CJK_DAY_NUM.items() if d != "天"},
    "ja": {("weekday", n): d + "曜日" for d, n in _JA_DAY_NUM.items()},
    "ko": {("weekday", n): d + "요일" for d, n in _KO_DAY_NUM.items()},
}


# Weekdays of Hebrew and Persian, written as more than one word or with a prefix glued on.
# Hebrew counts its days: יום ראשון ... יום שישי (Sunday ... Friday, also abbreviated יום ג׳)
# and שבת (Saturday), with the one-letter prefixes ב, ו, ל, מ, ה before them (ביום שלישי "on
# Tuesday", ובשבת); "a second day in a row", "the third day of/to the war" (יום שני
# ברציפות, יום שלישי למלחמה, יום ראשון של) are counts, no weekday.  Persian counts from
# Saturday: شنبه, یکشنبه, دوشنبه, سه‌شنبه, چهارشنبه, پنجشنبه (glued, with a zero-width
# non-joiner or a space) and جمعه (Friday).
_HE_DAY_NUM = {"ראשון": 7, "שני": 1, "שלישי": 2, "רביעי": 3, "חמישי": 4, "שישי": 5, "ששי": 5,
               "א": 7, "ב": 1, "ג": 2, "ד": 3, "ה": 4, "ו": 5}
_FA_DAY_NUM = {"": 6, "یک": 7, "يک": 7, "دو": 1, "سه": 2, "چهار": 3, "پنج": 4}
_RTL_WEEKDAY_RE = {
    "he": re.compile(r"(?<![\u05d0-\u05ea])[ובלמהש]{0,3}(?:(?:יום|ימי)\s+(?:(?P<d>ראשון|שני|שלישי|רביעי|חמישי|שישי|ששי)"
                     r"(?![\u05d0-\u05ea])(?!\s+(?:ברציפות|רצוף|רצופים|של|ל[\u05d0-\u05ea]))"
                     r"|(?P<a>[אבגדהו])['\u05f3](?![\u05d0-\u05ea]))|(?P<s>שבת)(?![\u05d0-\u05ea]))"),
    "fa": re.compile(r"(?<![\u0600-\u06ff])(?:(?:(?P<n>[یي]ک|دو|سه|چهار|پنج)[\u200c \u00a0]?)?(?P<w>شنبه)"
                     r"|(?P<f>جمعه|آدینه))(?![\u0600-\u06ff])"),
    # Urdu Monday, Wednesday and Saturday are also "saint" or "foot", the Buddha and "week"
    # (پیر, بدھ, ہفتہ): a weekday only before "on" or a part of that day (پیر کو, بدھ کی
    # شام, ہفتے کے روز); "week" after "this", "next", "last", "every" or a count is none
    # (اگلے ہفتے کو)
    "ur": re.compile(r"(?<![\u0600-\u06ff])(?:(?:(?P<m>پیر|پير)|(?P<w>بدھ))(?=\s+(?:کو|کی\s+(?:صبح|شام|رات|دوپہر|سہ\s?پہر)"
                     r"|کے\s+(?:روز|دن))(?![\u0600-\u06ff]))"
                     r"|(?P<s>ہفت[ہهة]|ہفتے)(?=\s+(?:کو|کی\s+(?:صبح|شام|رات|دوپہر|سہ\s?پہر)"
                     r"|کے\s+روز)(?![\u0600-\u06ff])))"),
}
_RTL_DAY_FIRST = {
    "he": {("weekday", n): ("שבת" if n == 6 else "יום " + d) for d, n in _HE_DAY_NUM.items()
           if len(d) > 1 and d != "ששי"} | {("weekday", 6): "שבת"},
    "fa": {("weekday", n): (d + "شنبه" if d != "سه" else "سه\u200cشنبه") for d, n in _FA_DAY_NUM.items()
           if d != "يک"} | {("weekday", 5): "جمعه"},
    "ur": {("weekday", 1): "پیر", ("weekday", 3): "بدھ", ("weekday", 6): "ہفتہ"},
}


# (the words that make Urdu ہفتہ "week": this, that, next, last, every, a, current, coming, a count)
_UR_WEEK_BEFORE = re.compile(r"(?:(?<![\u0600-\u06ff])(?:اس|اسی|اُس|اگلے|پچھلے|گزشتہ|گذشتہ|ہر|ایک|رواں|آئندہ|دو|تین|چار"
                             r"|پانچ|چند|کئی)|[\d۰-۹])\s+$")
# (the words that make Urdu پیر a foot or a saint: a possessive or genitive before it)
_UR_FOOT_BEFORE = re.compile(r"(?<![\u0600-\u06ff])(?:اپنے|اپنا|اپنی|کے|کا|کی|میرے|ہمارے|تمہارے|آپ|دائیں|بائیں|دونوں)\s+$")


# (the days a Hebrew weekday runs on to: בימי שני וחמישי, Mondays and Thursdays)
_HE_DAY_AND = re.compile(r"\s*,?\s*ו?(?:ב?יום\s+)?(ראשון|שני|שלישי|רביעי|חמישי|שישי|ששי)(?![\u05d0-\u05ea])")


def _rtl_weekdays(text: str, lang: str) -> list[tuple[str, int, int, int]]:
    out = []
    for m in _RTL_WEEKDAY_RE[lang].finditer(text):
        if lang == "he":
            n = 6 if m.group("s") else _HE_DAY_NUM[m.group("d") or m.group("a")]
            out.append(("weekday", n, m.start(), m.end()))
            end = m.end()
            while m.group("d") and (more := _HE_DAY_AND.match(text, end)):
                out.append(("weekday", _HE_DAY_NUM[more.group(1)], more.start(1), more.end(1)))
                end = more.end()
            continue
        if lang == "ur":
            if m.group("s") and (_UR_WEEK_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                continue  # اگلے ہفتے کو: "next week", no Saturday
            if m.group("m") and (_UR_FOOT_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                continue  # اپنے پیر کو, مریض کے پیر کو: a foot
            out.append(("weekday", 1 if m.group("m") else 3 if m.group("w") else 6, m.start(), m.end()))
            continue
        n = 5 if m.group("f") else _FA_DAY_NUM[m.group("n") or ""]
        out.append(("weekday", n, m.start(), m.end()))
    return out


def _cjk_weekdays(text: str, lang: str) -> tuple[tuple[str, int, int, int], ...]:
    nums = _JA_DAY_NUM if lang == "ja" else _KO_DAY_NUM if lang == "ko" else _CJK_DAY_NUM
    out = []
    for m in _CJK_WEEKDAY_RE[lang].finditer(text):
        d = m.group(1) or m.group(2)
        out.append(("weekday", nums[d], m.start(), m.end()))
    return tuple(out)


# a lower-case language's month or weekday capitalised as a sentence's first word, with a
# figure right after it (Lithuanian "Kovo 3 d." March 3rd): a date, not a name
_FIGURE_NEXT = re.compile(r"[ \u00a0]*\d")
_SENTENCE_OPEN = frozenset(".!?:\"“”«»\n")


def _dated_sentence_start(text: str, a: int, b: int) -> bool:
    before = text[:a].rstrip()
    return (not before or before[-1] in _SENTENCE_OPEN) and _FIGURE_NEXT.match(text, b) is not None


# case endings and postpositions glued to a month or weekday (Marathi एप्रिलपर्यंत "until
# April", जानेवारीत "in January", सोमवारी "on Monday"), longest first; the stem must be a
# form of three letters or more (मे, May, is also the start of other words)
_GLUED_ENDINGS = {"mr": ("पर्यंतच्या", "पासूनच्या", "पर्यंत", "पासून", "मध्ये", "नंतर", "पूर्वी", "अखेरीस",
                         "अखेर", "साठी", "च्या", "तील", "ला", "चा", "ची", "चे", "ने", "ही", "त", "ी")}


def _glued_ending(low: str, lang: str, table: dict) -> tuple[str, int] | None:
    for end in _GLUED_ENDINGS[lang]:
        if low.endswith(end) and len(low) - len(end) >= 3:
            hit = table.get(low[:-len(end)])
            if hit is not None:
                return hit
    return None


# Thai months and weekdays inside a run of letters (Thai writes no space between words), and
# the abbreviated months with a day figure before them (9 ส.ค. 2567)
_TH_ABBREVIATED = {"ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7, "ส.ค.": 8,
                   "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12}


_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")


@lru_cache(maxsize=1)
def _thai_calendar_re() -> re.Pattern:
    forms = sorted(calendar_table().get("th", {}), key=len, reverse=True)
    abbr = "|".join(re.escape(f) for f in sorted(_TH_ABBREVIATED, key=len, reverse=True))
    return re.compile("(" + "|".join(map(re.escape, forms)) + r")|(?<=\d)[ \u00a0]?(" + abbr + ")")


def _thai_calendar(text: str) -> tuple[tuple[str, int, int, int], ...]:
    if _THAI_LETTER.search(text) is None:
        return ()
    table = calendar_table().get("th", {})
    out = []
    for m in _thai_calendar_re().finditer(text):
        if m.group(1):
            k, n = table[m.group(1)]
            out.append((k, n, m.start(1), m.end(1)))
        else:
            out.append(("month", _TH_ABBREVIATED[m.group(2)], m.start(2), m.end(2)))
    return tuple(out)


@lru_cache(maxsize=2048)
def calendar_words(text: str, lang: str | None) -> tuple[tuple[str, int, int, int], ...]:
    """(kind, number, start, end) for the weekdays and months named in ``text`` (and, in
    English and German, the abbreviated months next to a figure: Dec. 10, 10. Dez.; and the
    months that are also a common word, Romanian "mai", inside a date: 1 mai, mai 2024;
    the weekdays only of Chinese, Japanese and Korean: 星期五, 金曜日, 금요일)."""
    if lang in _CJK_WEEKDAY_RE:
        return _cjk_weekdays(text, lang)
    if lang == "th":
        return _thai_calendar(text)
    table = calendar_table().get(lang or "")
    abbr = _abbreviated_months(text, lang) if lang in _ABBR_MONTH_RE and "." in text else []
    if lang in _DATED_MONTHS and any(f in text.lower() for f in _DATED_MONTHS[lang][0]):
        abbr = sorted(abbr + _dated_months(text, lang), key=lambda c: c[2])
    if lang in _DATED_WEEKDAYS and any(f in text.lower() for f in _DATED_WEEKDAYS[lang]):
        abbr = sorted(abbr + _dated_weekdays(text, lang), key=lambda c: c[2])
    if lang in _RTL_WEEKDAY_RE:
        abbr = sorted(abbr + _rtl_weekdays(text, lang), key=lambda c: c[2])
    if not table or not _may_name_a_date(text, lang, table):
        return tuple(abbr)
    out = abbr
    for m in _cal_word_re(text).finditer(text):
        w = m.group()
        low = w.lower()
        hit = None
        if lang == "de" and low.startswith(_DE_DAYS):
            # Dienstag, Dienstagabend, dienstags: a weekday at the start of a compound
            hit = next(((k, n) for day, (k, n) in table.items()
                        if k == "weekday" and low.startswith(day) and low[len(day):] in _DE_DAY_PARTS), None)
        if hit is None:
            if w[0].isupper() != (lang in _CAPITALISED) and not (
                    w[0].isupper() and _dated_sentence_start(text, m.start(), m.end())):
                continue  # "may", "Mars": not a month written the way the language writes one
            hit = table.get(low)
            if hit is None and lang in _DAY_PART_COMPOUNDS:
                hit = _day_part_compound(low, lang)
            if hit is None and lang in _GLUED_ENDINGS:
                hit = _glued_ending(low, lang, table)
        if hit is not None:
            out.append((hit[0], hit[1], m.start(), m.end()))
    return tuple(sorted(out, key=lambda c: c[2])) if abbr else tuple(out)


_DIGIT_DATE = re.compile(r"\d[./-]\s?\d{1,2}[./-]|\d{4}[-/.]\d{1,2}[-/.]\d|\d\s?[月월]|tháng \d")


def digit_months(text: str, lang: str | None) -> list[tuple[frozenset[int], int, int]]:
    """(possible months, start, end) of the all-digit dates of ``text``: 04.02.2025 → {2},
    2025-02-04 → {2}; 4/2/2025 → {2, 4} (day/month or month/day).  D001 reads such a
    month as soft (a written month has no figure to match); D003 compares it."""
    if not _DIGIT_DATE.search(text) and not undated_day_month(text, lang):
        return []
    out: list[tuple[frozenset[int], int, int]] = []
    for n in find_numbers(text, lang, False):
        if n.kind != "date" or n.tag not in ("month", "month?"):
            continue
        cands = frozenset(int(v) for v in n.values if isinstance(v, float) and 1 <= v <= 12)
        if n.tag == "month?" and out and out[-1][0] == cands and n.start - out[-1][2] <= 2:
            continue  # the other half of the same day/month pair
        if cands:
            out.append((cands, n.start, n.end))
    return out


# the months of the Iranian solar calendar (Solar Hijri) that Persian dates are written in,
# with a day before them (۱۵ خرداد, ۲۰ اردیبهشت‌ماه); alone, several are also common words
# (تیر an arrow, مهر a seal, بهمن an avalanche), so only a dated one counts.  Farvardin 1
# falls on 20 or 21 March; months 1-6 have 31 days, 7-11 30, the last 29 or 30
_SOLAR_MONTHS = {"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
                 "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}
_SOLAR_DATE = re.compile(r"(?<![\d\u0600-\u06ff])(\d{1,2})(?:\s*ام)?\s*("
                         + "|".join(sorted((k.replace("ی", "[یي]") for k in _SOLAR_MONTHS), key=len, reverse=True))
                         + r")(?=[\s\u200c.,،؛:)]|$)")


@lru_cache(maxsize=512)
def _solar_to_months(month: int, day: int) -> frozenset[int]:
    """The Gregorian months a Solar Hijri day may fall in (its first day on 20 or 21 March,
    of a leap year or not; a day either way for the year's own count)."""
    import datetime
    offset = sum(31 if m <= 6 else 30 for m in range(1, month)) + day - 1
    out = set()
    for year in (2023, 2024):
        for first in (20, 21):
            for slack in (-1, 0, 1):
                d = datetime.date(year, 3, first) + datetime.timedelta(days=offset + slack)
                out.add(d.month)
    return frozenset(out)


def _solar_dates(text: str) -> list[tuple[frozenset[int], int, int]]:
    """(the Gregorian months it may be, start, end) for each dated Solar Hijri month."""
    out = []
    for m in _SOLAR_DATE.finditer(text):
        day = int(m.group(1))
        mo = _SOLAR_MONTHS.get(m.group(2).replace("ي", "ی"))
        if mo is not None and 1 <= day <= (31 if mo <= 6 else 30):
            out.append((_solar_to_months(mo, day), m.start(2), m.end(2)))
    return out


def _month_mentions(text: str, lang: str | None, written: bool) -> list[tuple[frozenset[int], int, int]]:
    out = [(frozenset({n}), a, b) for k, n, a, b in calendar_words(text, lang) if k == "month"] \
        if written else []
    if lang == "fa" and any(k in text for k in _SOLAR_MONTHS):
        # (a Persian date of the solar calendar rendered as the Gregorian date it is: ۱۵
        # خرداد ~ 5 June, 4 or 6 June in some years)
        out += _solar_dates(text)
    return sorted(out + digit_months(text, lang), key=lambda m: m[1])


@rule("D003", "calendar-mismatch", "Accuracy/Mistranslation", "major", artefact="wrong-number",
      summary="A weekday, month or season of the source rendered as another one (Dienstag → "
              "Thursday, im März → in May, im Frühling → in autumn), where no digits let D001 "
              "see it, also as a month the sentence names again (1 September … end of October "
              "→ 1 October … end of October); the month of an all-digit or a CJK date counts too (04.02.2025 → March 4, "
              "2025; 4 février → 04.03.2025; 2021年3月 → May 2021). Seasons of en, de, fr, es, it, "
              "pt and nl; “spring”, “fall”, “été” only where a context word or a year says they "
              "are seasons. Weekdays and months of bg, bs, ca, cs, da, de, el, en, es, et, fi, fr, "
              "hi (Devanagari), hr, hu, id, it, lt, lv, mk, nb, nl, oc, pl, pt, ro, ru, sk, sl, sr (Latin and "
              "Cyrillic), sv, ta (with கிழமை), tr and uk, months also of ar, fa, he and ur (with منگل, "
              "جمعرات, جمعہ, اتوار), in the case forms dates use and with the prefixes "
              "Arabic and Hebrew join to them (1. märtsist, 30. septembrini, 12 marca, 12 марта, 11 квітня, 1. septembrī, "
              "12 Mart, 1. svibnja, ביולי; Finnish also in the cases a sentence puts them in: "
              "maaliskuun lopussa, huhtikuusta, torstaihin); English and German abbreviated months with their dot "
              "next to a figure (Dec. 10, Sept. 2025, 10. Dez. 2024); Romanian \u201cmai\u201d (also "
              "\u201cmore\u201d) only inside a date (1 mai, 15 mai 2025, mai 2024), not in "
              "\u201ccele 3 mai mari\u201d, and \u201cluni\u201d (also \u201cmonths\u201d) only right before a date (luni, 3 martie); "
              "Malay weekdays and months, its Mac and Jun inside a date only. Weekdays also of ar (يوم الخميس) and of zh, ja and ko "
              "(星期五, 周五 but not 每周一次, 金曜日, 4月18日（金）, 금요일), and weekdays and months of "
              "tl (capitalised: linggo is also a week). Weekdays of he (יום רביעי, ביום ה׳, שבת; not a "
              "count: יום שלישי ברציפות) and fa (چهارشنبه, سه‌شنبه, جمعه); a night or eve named by the day it runs "
              "into (ערב שבת, شب جمعه, ليلة الجمعة) may be the day before. A weekday with a part of the day glued on "
              "in nl, af, sv, da and nb as in de (dinsdagochtend, fredagskvällen, søndagsmorgen) is that "
              "weekday. A day next to its month that the "
              "translation changes (3월 3일 → March 13, le 7 mai → May 17) is flagged where the new "
              "day is no figure of the source sentence and the old one is gone from the translation. "
              "A month the source names more often than the translation, where the translation names "
              "one the source does not (3 March … 20 March → 3 April … 20 March), is flagged too. "
              "The Urdu weekdays that are also other words (پیر a saint or a foot, بدھ the Buddha, "
              "ہفتہ a week) count before “on” or a part of that day (پیر کو, بدھ کی شام, ہفتے کے روز), "
              "not after a possessive or, for the week, after “next”, “this” or a count. Latvian "
              "months in the dative and accusative (līdz 10. septembrim, uz septembri) are months. A "
              "Persian date of the solar calendar with its day (۱۲ مهر, ۳ آبان) is read as the "
              "Gregorian months it may fall in (12 Mehr is 3 or 4 October), so a translation that "
              "converts it to a Gregorian date in another month is flagged. Weekdays and months of "
              "Icelandic (í október, á fimmtudaginn), Marathi (with the case ending or postposition "
              "glued on: एप्रिलपर्यंत, जानेवारीत, सोमवारी; मे, May, only alone) and Thai (inside a run of "
              "letters: ในเดือนตุลาคม; abbreviated next to a day figure: 9 ส.ค.); a month or weekday of a "
              "lower-case language capitalised as a sentence's first word with a figure right after it "
              "(Lithuanian Kovo 3 d.) is a date, not a name. Seasons also of zh and ja (two-character "
              "forms inside a run of Han: 今年秋季, 明春, 来春; not 春节) and ko (a word that starts with "
              "봄, 여름, 가을, 겨울). The Maghreb's Arabic months are read (يوليوز, دجنبر, جانفي, أوت); Arabic "
              "مارس (March, also “he practised”), the Maghreb's ماي (May, also the name May) and جوان (June) "
              "are months only beside a day figure or a year (15 مارس, في مارس 2025, 3 ماي).",
      why="A wrong day or month is a wrong fact: readers plan by it, and it reads as fluently "
          "as the right one.",
      fail=("Die Abstimmung findet am Dienstag statt, die Ergebnisse folgen im März.",
            "The vote takes place on Thursday, the results follow in May."),
      ok=("Die Abstimmung findet am Dienstag statt, die Ergebnisse folgen im März.",
          "The vote takes place on Tuesday, the results follow in March."),
      needs_source=True)
def calendar_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    sl, tl = _langs(ctx)
    table = calendar_table()
    # written weekdays and months where both languages' names are known; the months of
    # all-digit dates in any pair
    written = (sl in table or sl in _CJK_WEEKDAY_RE) and (tl in table or tl in _CJK_WEEKDAY_RE)
    seasons = sl in _season_table() and tl in _season_table()
    for stext, seg in ctx.aligned_segments():
        if seasons:
            yield from _seasons_changed(ctx, stext, seg, sl, tl)
        tw = calendar_words(seg.text, tl) if written else ()
        # (a side whose month names are known reads them against the other's digits:
        # 2021年3月 ~ March 2021)
        tm = _month_mentions(seg.text, tl, tl in table)
        if not tw and not tm:
            continue
        if any(k == "weekday" for k, _, _, _ in tw):
            yield from _weekdays_changed(ctx, stext, seg, tw, sl, tl)
        if tm:
            sm = _month_mentions(stext, sl, sl in table)
            if sm:
                yield from _months_changed(ctx, stext, seg, sm, tm, tl if tl in table else None)
                yield from _days_changed(ctx, stext, seg, sl, tl, table)


_SEASONS = _UNITS.with_name("seasons.tsv")
_SEASON_NAMES = {1: "spring", 2: "summer", 3: "autumn", 4: "winter"}
_YEAR_AFTER = re.compile(r"\W{0,2}\s*(?:of\s+)?(?:1[89]|20)\d\d\b")
_WORD_END_BEFORE = re.compile(r"([^\W\d_]+)(?:\W{1,3}|\s+)$")


@lru_cache(maxsize=1)
def _season_table() -> dict[str, tuple[dict[str, tuple[int, bool]], frozenset[str]]]:
    """lang -> (form -> (season, needs context), context words), from data/units/seasons.tsv."""
    forms: dict[str, dict[str, tuple[int, bool]]] = {}
    ctx_words: dict[str, frozenset[str]] = {}
    for line in _SEASONS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, key, words = line.split("\t")
        ws = [w.strip() for w in words.split(",") if w.strip()]
        if key == "context":
            ctx_words[lang] = frozenset(ws)
            continue
        for w in ws:
            forms.setdefault(lang, {})[w.lstrip("?")] = (int(key), w.startswith("?"))
    return {lang: (f, ctx_words.get(lang, frozenset())) for lang, f in forms.items()}


@lru_cache(maxsize=None)
def _season_probe(lang: str) -> tuple[str, ...] | None:
    """The season forms of ``lang`` for the cheap test of ``season_words``; None when a form
    has a sigma (the one letter whose lower case depends on its neighbours, so that a word's
    lower case need not stand in the text's)."""
    forms = _season_table()[lang][0]
    return None if any(c in f for f in forms for c in "σς") else tuple(forms)


# languages that write no space between words (Chinese, Japanese: a form inside a run of
# Han) or glue particles to them (Korean 봄에, 가을철: a word that starts with the form)
_RUN_ON_SEASONS = frozenset({"zh", "ja", "ko"})


@lru_cache(maxsize=None)
def _run_on_season_re(lang: str) -> re.Pattern:
    forms = "|".join(sorted(_season_table()[lang][0], key=len, reverse=True))
    if lang == "ko":
        return re.compile(r"(?<![\uac00-\ud7af])(?:" + forms + ")")
    return re.compile("(?:" + forms + ")")


def season_words(text: str, lang: str | None, loose: bool = False) -> list[tuple[int, int, int]]:
    """(season, start, end) of the seasons ``text`` names: written as the language writes
    them (capitalised in German, lower case elsewhere unless a sentence starts with one), a
    German compound that starts with one (Frühjahrssession), and a form that is also
    another word (spring, fall, été) only after a context word or before a year."""
    entry = _season_table().get(lang or "")
    if entry is None:
        return []
    if lang in _RUN_ON_SEASONS:
        return [(entry[0][m.group()][0], m.start(), m.end()) for m in _run_on_season_re(lang).finditer(text)]
    # the cheap test: every hit below is a word whose lower case starts with a form, and a
    # word's lower case stands in the text's (but for a sigma): no form there, no hit
    probe = _season_probe(lang)  # type: ignore[arg-type]
    if probe is not None:
        low_text = text.lower()
        if not any(f in low_text for f in probe):
            return []
    forms, context = entry
    out = []
    for m in _cal_word_re(text).finditer(text):
        w = m.group()
        low = w.lower()
        hit = forms.get(low)
        if hit is None and lang == "de" and w[0].isupper():
            # Sommers, Herbstes (case endings); Frühjahrssession, Sommerferien (compounds)
            hit = next((forms[f] for f in forms if low.startswith(f) and (
                low[len(f):] in ("s", "es", "n", "en") or len(low) - len(f) >= 4)), None)
        if hit is None:
            continue
        if lang == "de":
            if not w[0].isupper():
                continue
        elif w[0].isupper() and text[:m.start()].strip() and text[:m.start()].rstrip()[-1:] not in ".!?:\"“”«»":
            continue  # a capital inside a sentence: a name (Donna Summer, Winter Olympics)
        season, needs = hit
        if needs and not loose:
            before = _WORD_END_BEFORE.search(text, 0, m.start())
            if not ((before and before.group(1).lower() in context) or _YEAR_AFTER.match(text, m.end())):
                continue
        out.append((season, m.start(), m.end()))
    return out


def _seasons_changed(ctx: CheckContext, stext: str, seg, sl: str | None,
                     tl: str | None) -> Iterator[Finding]:
    """A season of the target the source has none of, where some season of the source is
    missing from the target (Frühling → autumn)."""
    tw = season_words(seg.text, tl)
    if not tw:
        return
    sw = season_words(stext, sl)
    src, kept = {n for n, _, _ in sw}, {n for n, _, _ in tw}
    if not src or not src - kept:
        return  # the source names none, or every season of the source is kept
    # a form of the source that is also another word counts as that season here, in any
    # context ("Europe's encouraging spring" → "Frühling" is no change)
    near = {n for n, _, _ in season_words(stext, sl, loose=True)}
    said = ", ".join(stext[a:b] for n, a, b in sw if n not in kept)
    for n, a, b in tw:
        if n not in near:
            yield ctx.flag(seg.start + a, seg.start + b, f"“{seg.text[a:b]}” where the source has “{said}”",
                           suggestion=" or ".join(_SEASON_NAMES[x] for x in sorted(src)) if tl == "en" else None,
                           evidence=[ctx.evidence(ctx.source, text=stext, note="source")])


def _weekdays_changed(ctx: CheckContext, stext: str, seg, tw: tuple, sl: str | None,
                      tl: str | None) -> Iterator[Finding]:
    sw = calendar_words(stext, sl)
    src = {n for k, n, _, _ in sw if k == "weekday"}
    # "die Nacht auf Montag" is Sunday night: a night named by the day it runs into is
    # the day before it too
    kept = {m for k, n, a, _ in tw if k == "weekday" for m in _night_days(seg.text, a, n, tl)}
    src_all = {m for k, n, a, _ in sw if k == "weekday" for m in _night_days(stext, a, n, sl)}
    gone = src - kept
    if not gone or not kept - src_all:
        return  # the source names none (a date turned into a weekday), all are kept, or
        # every weekday of the translation is one of the source's (or its night's)
    first = _first_forms(tl)
    said = ", ".join(stext[a:b] for k, n, a, b in sw if k == "weekday" and n in gone)
    want = " or ".join(first[("weekday", n)] for n in sorted(gone))
    if tl in _CAPITALISED:
        want = " or ".join(x.capitalize() for x in want.split(" or "))
    for k, n, a, b in tw:
        if k == "weekday" and not set(_night_days(seg.text, a, n, tl)) & src_all:
            yield ctx.flag(seg.start + a, seg.start + b,
                           f"“{seg.text[a:b]}” where the source has “{said}”", suggestion=want,
                           evidence=[ctx.evidence(ctx.source, text=stext, note="source")])


_NIGHT_INTO = {
    "de": re.compile(r"Nacht\s+(?:auf|zum|zu)\s+(?:den\s+)?$"),
    # (Hebrew ערב שבת is Friday evening, ליל שישי Thursday night; Persian شب جمعه is Thursday
    # night, بامداد دوشنبه the small hours of Monday; Arabic ليلة الجمعة either night)
    "he": re.compile(r"(?<![\u05d0-\u05ea])[ובל]{0,2}(?:ערב|ליל)\s+$"),
    "fa": re.compile(r"(?<![\u0600-\u06ff])(?:شب|بامداد|نیمه\s*شب)\s+$"),
    "ar": re.compile(r"(?<![\u0600-\u06ff])[وف]?(?:ليلة|ليل|فجر)\s+(?:يوم\s+)?$"),
    "en": re.compile(r"(?:overnight|night)\s+(?:into|to)\s+$", re.I),
}


def _night_days(text: str, start: int, n: int, lang: str | None) -> tuple[int, ...]:
    """The weekday ``n`` at ``start``, and the day before where a night runs into it."""
    rx = _NIGHT_INTO.get(lang or "")
    if rx is not None and rx.search(text, max(0, start - 24), start):
        return (n, 7 if n == 1 else n - 1)
    return (n,)


def _months_repeated(sm: list, tm: list, gone: list) -> set[tuple[int, int]]:
    """Target mentions of a source month that the target names more often than the source
    does, where a source month is gone (1 September ... end of October → 1 жовтня ...
    наприкінці жовтня): one such mention a gone month, the one whose place among the
    target's months is nearest the gone month's place among the source's.  Only months of
    one reading count (4/2/2025 may be either)."""
    out: set[tuple[int, int]] = set()
    ones = [(c, a, b) for c, a, b in gone if len(c) == 1]
    if not ones:
        return out
    scount = Counter(next(iter(c)) for c, _, _ in sm if len(c) == 1)
    tcount = Counter(next(iter(c)) for c, _, _ in tm if len(c) == 1)
    extra = {m: k - scount[m] for m, k in tcount.items() if scount[m] and k > scount[m]}
    for g in ones:
        gi = sm.index(g) / max(1, len(sm) - 1)
        cands = [(abs(i / max(1, len(tm) - 1) - gi), a, b, next(iter(c))) for i, (c, a, b) in enumerate(tm)
                 if len(c) == 1 and extra.get(next(iter(c)), 0) > 0 and (a, b) not in out]
        if cands:
            _, a, b, m = min(cands)
            extra[m] -= 1
            out.add((a, b))
    return out


def _months_changed(ctx: CheckContext, stext: str, seg, sm: list, tm: list,
                    tl: str | None) -> Iterator[Finding]:
    """Months, written (März) or in an all-digit date (04.03.2025), of the target that the
    source has none of, where some month of the source is missing from the target."""
    src = frozenset().union(*(c for c, _, _ in sm))
    tgt = frozenset().union(*(c for c, _, _ in tm))
    gone = [(c, a, b) for c, a, b in sm if not c & tgt]
    if not gone:
        # every month of the source is kept (or has a reading that is); but one the source
        # names twice may come back once, and a month the source never names in the other
        # mention's place (from 3 March to 20 March → from 3 April to 20 March)
        yield from _month_mention_changed(ctx, stext, seg, sm, tm, src, tl)
        return
    said = ", ".join(stext[a:b] for _, a, b in gone)
    want = sorted(frozenset().union(*(c for c, _, _ in gone)))
    first = _first_forms(tl) if tl else {}
    repeated = _months_repeated(sm, tm, gone)
    for c, a, b in tm:
        if c & src and (a, b) not in repeated:
            continue
        text = seg.text[a:b]
        if text.isdigit():
            sug = " or ".join(f"{n:0{len(text)}d}" for n in want)
        else:
            sug = " or ".join(first.get(("month", n), str(n)) for n in want)
            if tl in _CAPITALISED:
                sug = " or ".join(x.capitalize() for x in sug.split(" or "))
        yield ctx.flag(seg.start + a, seg.start + b, f"“{text}” where the source has “{said}”",
                       suggestion=sug, evidence=[ctx.evidence(ctx.source, text=stext, note="source")])


def _month_mention_changed(ctx: CheckContext, stext: str, seg, sm: list, tm: list, src: frozenset,
                           tl: str | None) -> Iterator[Finding]:
    """_months_changed where no month of the source is gone: a target month of one reading
    that the source never names, where the source names some month (of one reading) more
    often than the target does: one mention of it changed (3 March … 20 March → 3
    April … 20 March)."""
    scount = Counter(next(iter(c)) for c, _, _ in sm if len(c) == 1)
    tcount = Counter(next(iter(c)) for c, _, _ in tm if len(c) == 1)
    short = sorted(m for m, k in scount.items() if k > tcount[m])
    if not short:
        return
    new = [(c, a, b) for c, a, b in tm if len(c) == 1 and not c & src]
    if not new or len(new) > sum(scount[m] - tcount[m] for m in short):
        return
    said = ", ".join(stext[a:b] for c, a, b in sm if len(c) == 1 and next(iter(c)) in short)
    first = _first_forms(tl) if tl else {}
    for _, a, b in new:
        text = seg.text[a:b]
        if text.isdigit():
            sug = " or ".join(f"{n:0{len(text)}d}" for n in short)
        else:
            sug = " or ".join(first.get(("month", n), str(n)) for n in short)
            if tl in _CAPITALISED:
                sug = " or ".join(x.capitalize() for x in sug.split(" or "))
        yield ctx.flag(seg.start + a, seg.start + b,
                       f"“{text}” where the source has “{said}”, a month it names more often than the translation does",
                       suggestion=sug, evidence=[ctx.evidence(ctx.source, text=stext, note="source")])


# a day of the month next to its month: 3월 3일, 3月3日 (CJK); 13 March, 13. März, 13 de marzo,
# 1er mars before a written month, March 13, March 13th after it
_CJK_MONTH_DAY = re.compile(r"(?<![\d.,])(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일号]")
_DAY_BEFORE_MONTH = re.compile(r"(?<![\d.,:/-])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?[ \u00a0]?"
                               r"(?:(?:de|of)[ \u00a0]+|d['’])?$")
_DAY_AFTER_MONTH = re.compile(r"[ \u00a0]?(\d{1,2})(?:st|nd|rd|th)?(?![\d.,:/-]?\d)")


def _month_days(text: str, lang: str | None, written: bool) -> list[tuple[int, int, int, int]]:
    """(month, day, start, end) of the dates of ``text`` that give a day with their month."""
    out = []
    if "月" in text or "월" in text:
        out += [(int(m.group(1)), int(m.group(2)), m.start(), m.end()) for m in _CJK_MONTH_DAY.finditer(text)]
    for k, n, a, b in calendar_words(text, lang) if written else ():
        if k != "month":
            continue
        before = _DAY_BEFORE_MONTH.search(text, max(0, a - 16), a)
        after = _DAY_AFTER_MONTH.match(text, b)
        if before is not None:
            out.append((n, int(before.group(1)), before.start(), b))
        elif after is not None:
            out.append((n, int(after.group(1)), a, after.end()))
    return [d for d in out if 1 <= d[0] <= 12 and 1 <= d[1] <= 31]


def _days_changed(ctx: CheckContext, stext: str, seg, sl: str | None, tl: str | None,
                  table: dict) -> Iterator[Finding]:
    """A date of the target whose month the source dates with another day (3월 3일 → March
    13): flagged where the target's day is no figure of the source sentence (not the other
    end of a range, 3월 3일부터 13일까지) and some day the source gives that month is no
    figure of the translation (the figure itself moved: 3 March → on the 3rd, March)."""
    td = _month_days(seg.text, tl, tl in table)
    if not td:
        return
    sd = _month_days(stext, sl, sl in table)
    if not sd:
        return
    sfig = {int(n.text) for n in find_numbers(stext, sl, False) if n.text.isdigit() and len(n.text) <= 2}
    tfig = [int(n.text) for n in find_numbers(seg.text, tl, False) if n.text.isdigit() and len(n.text) <= 2]
    for mo, d, a, b in td:
        days = {sdd for smo, sdd, _, _ in sd if smo == mo}
        if not days or d in days or d in sfig or days <= set(tfig) - {d}:
            continue
        said = ", ".join(stext[x:y] for smo, _, x, y in sd if smo == mo)
        yield ctx.flag(seg.start + a, seg.start + b, f"“{seg.text[a:b]}” where the source has “{said}”: "
                                                     f"another day of the month",
                       evidence=[ctx.evidence(ctx.source, text=stext, note="source")])


__all__ = ["number_mismatch", "unit_mismatch", "units_of", "unit_table", "calendar_mismatch",
           "calendar_words", "digit_months"]


# a film or game rating of the source (R-rated, rated PG-13, NC-17) and an age limit in
# the translation (ab 16 Jahren, à partir de 16 ans, moins de 16 ans, mayores de 16 años)
_RATING_SRC = re.compile(r"(?<![\w-])(?:(?:PG-13|NC-17|PG|R|X|M|MA)-rated|rated\s+(?:PG-13|NC-17|PG|R|X|M|G)(?![\w-])"
                         r"|(?:PG-13|NC-17|TV-MA|TV-14)(?![\w-]))")
_AGE_BEFORE = re.compile(r"(?:\bab|à partir de|\bdès|moins de|mayores de|menores de|minori di|\bvanaf"
                         r"|\bover|\bunder|\bFSK|\bUSK)\s*$", re.I)
_AGE_AFTER = re.compile(r"\s*(?:Jahren|Jahre|J\.|ans|años|anni|jaar|years?)(?!\w)", re.I)


# a day of the month in Chinese, Japanese and Korean: 12日, 12号, 12일
_DAY_MARK = re.compile(r"\s?(?:日|号|일)")


def _weekday_dated(src: str, sl: str | None, tgt: str, tl: str | None, y) -> bool:
    """Is the translation's figure ``y`` a day of the month (12日, 12 avril, 12. April,
    April 12) in a sentence whose source names a weekday instead?"""
    if not y.values or not all(isinstance(v, float) and v.is_integer() and 1 <= v <= 31
                               for v in y.values):
        return False
    if not any(k == "weekday" for k, _, _, _ in calendar_words(src, sl)):
        return False
    if _DAY_MARK.match(tgt, y.end):
        return True
    return any(k == "month" and (0 <= a - y.end <= 3 or 0 <= y.start - z <= 3)
               for k, _, a, z in calendar_words(tgt, tl))


_CAPITALISED_WORD = re.compile(r"(?<![\w\-])[^\W\d_][\w'’]*")


def _place_named(x: Num, other: str) -> bool:
    """Is number word ``x``, capitalised, the form of a name in the names lexicon
    (data/names/exonyms.txt) whose form in the other language stands in ``other``:
    French Trente for Trento, Thirty-something never."""
    if x.kind != "word" or not x.text[:1].isupper() or " " in x.text:
        return False
    ids = exonym_classes(_exo_key(x.text))
    if not ids:
        return False
    return any(w[:1].isupper() and exonym_classes(_exo_key(w)) & ids
               for w in _CAPITALISED_WORD.findall(other))


def _kept_as_written(word: str, tgt: str) -> bool:
    """Does the translation (another language) have ``word`` as it is, between two
    capitalised words (Erik ten Hag)?"""
    return re.search(rf"\b[A-ZÀ-Þ]\w*\s+{re.escape(word)}\s+[A-ZÀ-Þ]", tgt) is not None


def _age_rating(src: str, tgt: str, start: int, end: int) -> bool:
    """Is the translation's figure at ``start:end`` an age limit that renders a rating
    of the source?"""
    if not _RATING_SRC.search(src):
        return False
    if _AGE_BEFORE.search(tgt[max(0, start - 16):start]) is None:
        return False
    # "ab 16 Jahren", or a rating board's own figure ("FSK 16")
    return _AGE_AFTER.match(tgt, end) is not None or tgt[max(0, start - 4):start].strip().upper() in ("FSK", "USK")
