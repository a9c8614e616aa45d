"""Page furniture in the running text: captions, credits, UI labels, social-media embed
residue, truncated posts, scraper metadata and bylines (rules F001–F007).

A scraped page flattened to text, or a machine translation of one, carries the page's
furniture into the body: "… in Bern. KEYSTONE", "… criticism. Show more",
"pic.twitter.com/… — Name (@handle) November 6, 2024", "date 2024-11-06 …".  Two kinds of
evidence find it:

* structure: when the source (or a parallel version) is HTML, its paragraphs carry kinds
  (caption, credit, ui, byline …); a target sentence aligned to such a paragraph but
  standing as body text is leaked furniture;
* content: credit, UI, embed, metadata and byline formats, from general lexicons under
  ``mtcheck/data/furniture/`` (one entry per line, per language where it matters), matched
  only where furniture sits: a line of its own, or glued to the start or end of a
  paragraph, never inside the grammar of a sentence ("as reported by the Keystone-SDA news
  agency" is prose, "… in Bern. KEYSTONE" is a credit).

Everything here is cheap on a single sentence pair (check_pair): the lexicons and
regular expressions are built once, and each paragraph is only looked at near its edges.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from ..model import Document, Evidence, Finding, Segment, Severity
from .context import CheckContext
from .registry import rule
from ._text import INDIC_BLOCKS, has_freq, norm_lang, zipf

_DATA = Path(__file__).resolve().parent.parent / "data" / "furniture"
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "sv", "da", "nb", "fi", "tr", "ro", "hu", "ru", "el",
         "ca", "sk", "sl", "hr", "sr", "bg", "uk", "lt", "lv", "et", "ja", "zh", "ko", "ar", "he",
         "id", "ms", "vi", "hi", "bn", "ur", "fa", "ta", "th", "sw")
FURNITURE_KINDS = frozenset({"caption", "credit", "ui", "embed", "byline", "metadata"})
HEADING_KINDS = frozenset({"headline", "subheading"})

# --------------------------------------------------------------------------------------
# lexicons
# --------------------------------------------------------------------------------------


def _read(name: str) -> dict[str, list[str]]:
    """A lexicon file as {section: entries}; entries before any [section] go to ''."""
    out: dict[str, list[str]] = {"": []}
    sec = ""
    path = _DATA / name
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("[") and s.endswith("]") and len(s) > 2 and " " not in s:
            sec = s[1:-1]
            out.setdefault(sec, [])
            continue
        out.setdefault(sec, []).append(s)
    return out


def _alt(words, *, boundary: bool = True) -> str:
    """A regex alternation of literal entries, longest first."""
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ws)
    return f"(?:{body})" if not boundary else rf"(?<![\w@])(?:{body})(?![\w@])"


def _expand_nets(entries: list[str], networks: list[str]) -> Iterator[str]:
    """UI entries with "{net}" stand for one entry per social network."""
    for e in entries:
        if "{net}" in e and not e.startswith("re:"):
            yield from (e.replace("{net}", n) for n in networks)
        else:
            yield e


@dataclass(frozen=True)
class _UIEntry:
    phrase: str
    lang: str
    kind: str  # "ui" | "label" (ends in a colon) | "strong" (also between sentences) | "caseless"/"asked" (F003 asks the source)
    start: bool = False  # may be glued to the start of a paragraph
    ask: bool = False  # … there only before a word that is no name (F003 asks: _sentence_after)


_UIW_VERB, _UIW_OBJECT, _UIW_GLUE = 1, 2, 4


class _Lex:
    """All furniture lexicons, compiled once."""

    def __init__(self) -> None:
        # -- UI strings -------------------------------------------------------------------
        self.ui: dict[str, _UIEntry] = {}
        self.ui_labels: dict[str, _UIEntry] = {}
        strong: list[str] = []
        ui_res: list[tuple[str, str]] = []
        nets = _read("networks.txt")
        self.row_words = {w.casefold() for w in nets.get("row-words", [])}
        # (session 73) the words a share line joins its last two networks with ("Share on
        # Facebook, X and WhatsApp"): skipped in a row only between two networks
        self.net_names = {w.casefold() for w in nets.get("networks", [])}
        self.row_links = {w.casefold() for line in nets.get("row-links", []) for w in line.split()}
        for lang in LANGS:
            for e in _expand_nets(_read(f"ui.{lang}.txt")[""], nets.get("networks", [])):
                if e.startswith("re:"):
                    kw, _sp, pat = e[3:].partition(" ")
                    ui_res.append((kw.casefold(), pat))
                    continue
                kind, start, ask = "ui", False, False
                if e.startswith("~"):
                    e, start, ask = e[1:], True, True
                if e.startswith("^"):
                    e, start = e[1:], True
                if e.startswith("!"):
                    e, kind = e[1:], "strong"
                    strong.append(e)
                if e.endswith(":") and len(e) > 1:
                    self.ui_labels.setdefault(e[:-1].rstrip().casefold(), _UIEntry(e, lang, "label"))
                    continue
                self.ui.setdefault(e.casefold(), _UIEntry(e, lang, kind, start, ask))
        self.ui_max_words = max((len(k.split()) for k in self.ui), default=1)
        self.ui_label_max_words = max((len(k.split()) for k in self.ui_labels), default=1)
        self.strong_re = re.compile(
            r"(?<=[.!?…»\"”'’।؟۔])\s+(" + _alt(strong, boundary=False) + r")(?=\s+\S)") if strong else None
        # a strong marker of a script without capitals (إعلان, विज्ञापन) is an everyday word
        # too (an announcement, advertising): its senses in source languages, to ask the source
        self.ui_senses: dict[str, dict[str, tuple[str, ...]]] = {}
        for sec, lines in _read("ui-senses.txt").items():
            by_lang = {}
            for line in lines:
                lang, _sep, forms = line.partition(":")
                by_lang[lang.strip()] = tuple(f.strip().casefold() for f in forms.split("|") if f.strip())
            for lang, forms in by_lang.items():
                for f in forms:
                    self.ui_senses.setdefault(f, {}).update(by_lang)
        # banner patterns, each behind a literal keyword that must occur (cheap pre-test)
        self.ui_res = [(kw, re.compile(pat, re.I)) for kw, pat in ui_res]
        # strong markers of scripts written without spaces, glued after a sentence's full
        # stop ("。記事の続きを読む…"); four characters at least
        unspaced = [w for w in strong if len(w) >= 4 and _UNSPACED_RE.fullmatch(w)]
        self.strong_unspaced_re = re.compile(
            r"(?<=[。！？])(" + _alt(unspaced, boundary=False) + r")") if unspaced else None
        # related-reading labels of several words, with their colon, after a sentence's end
        between = [e.phrase[:-1].rstrip() for e in self.ui_labels.values() if len(e.phrase[:-1].split()) >= 2]
        self.label_between_re = re.compile(
            r"(?<=[.!?…»\"”'’])\s+(" + _alt(between, boundary=False) + r")(\s*:\s+)", re.I) if between else None
        self.ui_heads = {k.split()[0] for k, v in self.ui.items() if v.start and len(k.split()) >= 2}
        # one-word markers glued to a paragraph's start (an ad slot's "Advertisement Not
        # everyone agrees."): strong markers only, which no sentence opens with a capital after
        self.ui_start_words = {k for k, v in self.ui.items() if v.start and v.kind == "strong" and " " not in k}
        # one-word labels a sentence may open with too (Reklama, Publicitat, 広告): glued to a
        # paragraph's start only where ui-senses.txt lists the word's senses, to ask the source
        self.ui_asked_starts = {k for k, v in self.ui.items()
                                if v.start and v.kind == "ui" and " " not in k and k in self.ui_senses}
        self.ui_tails = {k.split()[-1] for k in self.ui} | self.row_words
        # words UI labels are composed of, for labels the lists lack (_ui_composed)
        self.ui_words: dict[str, int] = {}
        words = _read("ui-words.txt")
        for sec, bit in (("verbs", _UIW_VERB), ("objects", _UIW_OBJECT), ("glue", _UIW_GLUE)):
            for line in words.get(sec, []):
                for w in line.split():
                    self.ui_words[w.casefold()] = self.ui_words.get(w.casefold(), 0) | bit
        for n in nets.get("networks", []):
            if len(n) > 1:
                self.ui_words[n.casefold()] = self.ui_words.get(n.casefold(), 0) | _UIW_OBJECT
        self.ui_tails |= {w for w, k in self.ui_words.items() if k & (_UIW_VERB | _UIW_OBJECT)}
        # (session 71) an ad slot's line of its own, its one-word label, a dash and a line
        # saying the story goes on in words the lists lack ("Advertisement – Scroll down to
        # keep reading"): the one-word labels that say advertising (ui-senses.txt), and the
        # words of the listed ad-break lines (Article continues below advertisement, La
        # suite après la publicité) but their ad words and function words
        forms = tuple(f.strip().casefold() for line in _read("ui-senses.txt").get("advertising", [])
                      for f in line.partition(":")[2].split("|") if f.strip())

        def ad_word(w: str) -> bool:
            return any(w == f or (f.endswith("*") and w.startswith(f[:-1])) for f in forms)

        function = {w.casefold() for ws in _read("function-words.txt").values() for w in ws}
        self.ad_labels = frozenset(k for k in self.ui if " " not in k and _UI_WORD_RE.fullmatch(k) and ad_word(k))
        self.ad_break_words: frozenset[str] = frozenset(
            w for k in self.ui for ws in [_ad_words(k)] if len(ws) >= 3 and any(map(ad_word, ws))
            for w in ws if len(w) >= 3 and not ad_word(w) and w not in function
            and not self.ui_words.get(w, 0) & _UIW_GLUE)

        # -- embeds -----------------------------------------------------------------------
        emb = _read("embed.txt")
        self.embed_phrases = {p.casefold(): p for p in emb.get("phrases", [])}
        self.embed_max_words = max((len(k.split()) for k in self.embed_phrases), default=1)
        self.embed_heads = {k.split()[0] for k in self.embed_phrases}
        self.embed_tails = {k.split()[-1] for k in self.embed_phrases}
        self.shared_re = re.compile(
            r"(?<![\w])(?:" + _alt(emb.get("shared", []), boundary=False) + r")\s+"
            r"(?:[^\s()@][^()\n@]{0,60}?\s*)?\(?@[\w.]{1,40}(?:@[\w.-]+)?\)?", re.I)
        hosts = emb.get("hosts", [])
        self.hosts = hosts

        # -- dates ------------------------------------------------------------------------
        dates = _read("dates.txt")
        months = dates.get("months", [])
        month = r"(?:" + "|".join(re.escape(m) for m in sorted(set(months), key=len, reverse=True)) + r")\.?"
        weekday = _alt(dates.get("weekdays", []), boundary=False)
        day = r"(?:[12]\d|3[01]|0?[1-9])"
        year = r"(?:1[89]\d\d|2\d\d\d)"
        date = (
            rf"(?:{year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"  # ISO
            rf"|{day}\.\s?(?:0?[1-9]|1[0-2])\.\s?{year}"  # 04.02.2025 / 4. 2. 2025
            rf"|{day}/(?:0?[1-9]|1[0-2])/{year}"  # 4/2/2025
            rf"|{month}\s+{day}(?:st|nd|rd|th)?,?\s+{year}"  # February 4, 2025
            rf"|{day}(?:\.|er|º|°|st|nd|rd|th)?\s+(?:de\s+)?{month}\s+(?:de\s+|del\s+)?{year}"  # 4. Februar 2025
            r")"
        )
        time_ = (r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
                 r"(?:\s*(?:Uhr|h|a\.m\.|p\.m\.|am|pm|AM|PM|UTC|GMT|MEZ|MESZ|CET|CEST|ET|EST|EDT)(?!\w))?)")
        stamp = (rf"(?:(?:{weekday}),?\s+)?{date}"
                 rf"(?:(?:T|\s*,?\s*(?:um|à|às|a las|alle|at|ore|-|–|\|)?\s*){time_})?")
        self.date_re = date
        self.stamp = stamp
        self.date_sig_re = re.compile(rf"\s*(?:{stamp})", re.I)

        # -- metadata ---------------------------------------------------------------------
        meta = _read("metadata.txt")
        labels = [l.rstrip(":") for l in meta.get("date-labels", [])]
        label = _alt(labels, boundary=False)
        prep = r"(?:am|le|el|il|on|du|del|at|a las|alle|the|em|a)"
        one = rf"(?:(?:{label})\s*:?\s*(?:{prep}\s+)?)?{stamp}"
        self.meta_labelled = re.compile(rf"(?:{label})\s*:?\s*(?:{prep}\s+)?{stamp}", re.I)
        self.meta_head = re.compile(rf"(?:{one})(?:\s*[,;|·•/]?\s*(?:{one}))*", re.I)
        minutes = _alt(meta.get("minutes", []), boundary=False)
        after = _alt(meta.get("after-minutes", []), boundary=False)
        rt_label = _alt(meta.get("reading-time", []), boundary=False)
        self.reading_labels = tuple({l.casefold() for l in meta.get("reading-time", [])})
        self.reading_label_re = re.compile(
            rf"(?<!\w)(?:{rt_label})\s*:\s*(?:ca\.\s*|env\.\s*|approx\.\s*)?\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?\s*"
            rf"(?:{minutes})(?!\w)\.?", re.I)
        self.reading_after_re = re.compile(
            rf"\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?[\s-]*(?:{minutes})\.?\s+(?:{after})", re.I)
        self.prefilter_meta = re.compile(r"\d")
        # a player's duration after a read-aloud button glued to a paragraph's start
        # ("Listen to the article · 3 min Donald …")
        self.ui_duration_re = re.compile(
            rf"\s*[·•|–—-]?\s*\d{{1,2}}(?::\d\d)?\s*(?:{minutes})(?!\w)\.?(?=\s+\S)", re.I)
        # … and after one standing on its own line ("Listen to this article · 4 min")
        self.ui_duration_end_re = re.compile(
            rf"\s*[·•|–—-]?\s*\d{{1,2}}(?::\d\d)?\s*(?:{minutes})(?!\w)\.?\s*$", re.I)
        self.widget_re = _widget_re(meta, label, rt_label, minutes, after, self.meta_labelled.pattern)
        self.unit_abbrevs = {u.casefold() for u in meta.get("time-units", []) + meta.get("minutes", [])
                             if u.endswith(".")}

        # -- credits ----------------------------------------------------------------------
        ag = _read("agencies.txt")
        agencies = set(ag.get("agencies", []))
        agencies |= {a.upper() for a in agencies}
        self.agencies = agencies
        # an agency's name with a word in lower case, as a translated credit writes it
        # ("Канадска преса", "Асошиейтед прес"): whole, it is one of the credit's names
        lowered = [a for a in agencies if " " in a and any(not _cap(w) for w in a.split())]
        self.agency_lowered_re = re.compile(_alt(lowered)) if lowered else None
        self.agency_caps = {a for a in agencies if a.isupper() and len(a.replace("-", "")) >= 4}
        clabels = ag.get("labels", [])
        self.credit_label_words = {l.casefold() for l in clabels if " " not in l}
        symbols = ag.get("symbols", [])
        self.credit_lower = {w.casefold() for w in ag.get("lowercase", [])}
        # (with the vowel signs of Indic scripts, पीटीआई, and of Thai, รอยเตอร์)
        # (and the middle dot between the parts of a name in katakana, ブルームバーグ・ニュース)
        # (and the middle dot Chinese writes between the parts of a foreign name, 彼得·格林)
        tok = rf"[^\W_][\w'’.&+\-{INDIC_BLOCKS}\u0e00-\u0e7f\u30fb\u00b7]*"
        # (names joined by a slash, or by a spaced dash: "Foto: SITA – Ján Novák")
        # (a full-width slash between the names, as Chinese and Japanese credits write it)
        body = rf"{tok}(?:[ ]{tok}){{0,5}}(?:(?:\s*[/／]\s*|[ ][–-][ ]){tok}(?:[ ]{tok}){{0,4}}){{0,4}}"
        agency = _alt(agencies)
        # a photographer's names and then, after a comma, the agency ("Foto: Jan Novák, ČTK")
        body = rf"{body}(?:,[ ](?-i:{agency}))?"
        self.wires = set(ag.get("wires", []))
        self.wires_folded = {w.casefold() for w in self.wires}
        # one credit handed on by another: "AFP via Getty Images", "Keystone/EPA"
        link = r"(?:\s*[/／]\s*|\s+via\s+)"
        chain = rf"(?:{link}{tok}(?:[ ]{tok}){{0,4}}){{0,4}}"
        # a photographer's name before the agency, capitalised as written (Sean Gallup/Getty Images)
        person = r"(?-i:[A-ZÀ-Þ][\w'’\-]+(?:[ ](?:[A-ZÀ-Þ][\w'’\-]+|de|van|von|di|da|del|le|la)){0,3})"
        caps_word = r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž0-9'’&.\-]+"
        caps_names = rf"(?-i:{caps_word}(?:(?:[ ]|\s*/\s*){caps_word}){{0,5}})"
        self.credit_re = re.compile(
            r"(?P<open>[(\[（【［])?\s*(?:"
            rf"(?P<label>{_alt(clabels, boundary=False)})\s*[:：／=＝]\s*(?P<lbody>{body}(?:\s+via\s+{body})?)"
            rf"|(?P<blabel>{_alt(ag.get('by-labels', []), boundary=False)})\s+(?P<bbody>{body})"
            rf"|(?P<nlabel>{_alt(clabels, boundary=False)})\s+(?P<nagency>{agency})(?P<nchain>{chain})"
            # the agency before its label ("AFP Photo", "Reuters Pictures / Jim Watson")
            # (two agencies, the second handing on the first's picture: "[AAP 연합뉴스 자료사진]")
            # (or the source agency and the one handing it on, as Korean credits write them:
            # "[AP=연합뉴스 자료사진]")
            rf"|(?P<aagency>{agency}(?:(?:[ ]|[ ]?[=＝][ ]?){agency})?)\s+(?P<alabel>{_alt(clabels, boundary=False)})(?P<achain>{chain})"
            rf"|(?P<sym>{_alt(symbols, boundary=False)})\s*(?P<sbody>{body})"
            rf"|(?P<agency>{agency})(?P<chain>{chain})"
            rf"|(?P<person>{person})\s*/\s*(?P<pagency>{agency})(?P<pchain>{chain})"
            # a spaced dash, a picture label and the names in capitals, no colon ("- Foto
            # AGENCY NAME", "- Gambar FAIL/AGENCY"), as Malay papers print their credits
            rf"|[–-][ ](?P<dlabel>{_alt(clabels, boundary=False)})[ ]+(?P<dbody>{caps_names})"
            r")\s*(?(open)[)\]）】］])\.?", re.I)
        self.credit_agency_cs = re.compile(rf"{agency}")  # case-sensitive agency check
        # an agency's picture label before the photographer's names ("AP Photo/Jane Doe")
        self.agency_label_re = re.compile(
            rf"(?P<ag>{agency})[ ](?:{_alt(clabels, boundary=False)})[ ]?/[ ]?(?=[^\W\d_])")
        # abbreviated labels that take a stop, not a colon, before the names ("Fot. Name")
        self.credit_abbrev_labels = tuple(sorted({l for l in ag.get("by-labels", []) if l.endswith(".")}))
        # a credit's body made of listed agencies only, as written, one handing on another
        # ("Lehtikuva / The Canadian Press", "AFP via Getty Images"): where its names stop
        self.credit_agency_chain = re.compile(rf"{agency}(?:{link}{agency}){{0,3}}")
        # where a labelled credit can start: a copyright sign, or a label and its colon
        self.credit_label_re = re.compile(
            rf"(?:{_alt(symbols, boundary=False)})|(?<!\w)(?:{_alt(clabels, boundary=False)})\s*[:：／=＝]", re.I)
        # its cheap test: every match of it holds a match of this from where it starts (a sign,
        # or the colon after a label), and this one tries a few strings, not every label
        self.credit_label_hint = re.compile(rf"(?:{_alt(symbols, boundary=False)})|[:：／=＝]", re.I)

        # -- bylines ----------------------------------------------------------------------
        by = _read("byline.txt")
        self.by_markers = by.get("by", [])
        self.by_labels = by.get("labels", [])
        self.joiners = set(by.get("joiners", []))
        self.particles = set(by.get("particles", []))
        self.by_re = re.compile(
            rf"(?:(?P<by>{_alt(self.by_markers, boundary=False)})\s+|(?P<lab>{_alt(self.by_labels, boundary=False)})\s*:\s*)"
            r"(?P<names>.+)")
        # "By Anna …", or a label and its colon ("Автор: Олена …", "Text: Anna …"), then a
        # capital of any cased script
        self.by_start_re = re.compile(rf"(?:(?:{_alt(self.by_markers, boundary=False)})\s+|"
                                      rf"(?:{_alt(self.by_labels, boundary=False)})[ \t]*[:：][ \t]*)"
                                      r"(?=[A-ZÀ-ÞА-ЯЁЄІЇҐЂЈЉЊЋЏΑ-ΩΆ-Ώ])")
        # a byline's agency with the sentence glued on ("…, ANPNederlandse", "…/TTDen globala")
        self.agency_glued_re = re.compile(
            rf"(?:\s*,\s*|\s*/\s*)(?:{_alt(sorted(a for a in agencies if a.isupper()), boundary=False)})"
            r"(?=[A-ZÀ-Þ][a-zß-ÿ])")

        # -- function words -----------------------------------------------------------------
        fw = _read("function-words.txt")
        self.function = {lang: {w.casefold() for w in fw.get(lang, [])} for lang in LANGS}
        self.function_all = set().union(*self.function.values()) if self.function else set()


def _widget_re(meta: dict[str, list[str]], label: str, rt_label: str, minutes: str, after: str,
               dated: str) -> re.Pattern:
    """One widget of the strip under a headline or an article: a relative timestamp
    ("Updated 3 hours ago", "vor 3 Stunden", "há 3 horas"), a reading time ("5 min read",
    "Lesezeit 3 Min."), a comment counter ("12 comments"), a gallery position ("Photo 1
    of 12", "1 / 12") or a labelled date; the named group says which."""
    num = r"\d{1,3}"
    unit = _alt(meta.get("time-units", []), boundary=False)
    before = _alt(meta.get("ago-before", []), boundary=False)
    ago = _alt(meta.get("ago-after", []), boundary=False)
    counters = _alt(meta.get("counters", []), boundary=False)
    gallery = _alt(meta.get("gallery", []), boundary=False)
    of = _alt(meta.get("gallery-of", []), boundary=False)
    rng = rf"{num}(?:\s*[-–]\s*{num})?"
    return re.compile(
        rf"(?:(?P<rlab>{label})\s*:?\s*)?(?P<rel>(?:{before})\s+{num}\s*(?:{unit})(?!\w)\.?"
        rf"|{num}\s*(?:{unit})(?!\w)\.?\s+(?:{ago})(?!\w))"
        rf"|(?P<rt>(?:{rt_label})\s*:?\s*(?:ca\.\s*|env\.\s*|approx\.\s*)?{rng}\s*(?:{minutes})(?!\w)\.?"
        rf"|{rng}[\s-]*(?:{minutes})\.?\s+(?:{after})(?!\w))"
        rf"|(?P<cnt>\d{{1,3}}(?:[.,\u00a0\u202f]\d{{3}})*\s+(?:{counters})(?!\w))"
        rf"|(?P<gal>(?:(?P<glab>{gallery})\s+)?(?P<gn>{num})(?P<gsep>\s*/\s*|\s+(?:{of})\s+)(?P<gm>{num})(?![\w/]))"
        rf"|(?P<date>{dated})", re.IGNORECASE)


_WIDGET_SEP_RE = re.compile(r"\s*[|·•,–—]?\s*")
_WIDGET_WHY = {"rel": "relative timestamp", "rt": "reading time", "cnt": "comment counter",
               "gal": "photo-gallery counter", "date": "date line"}


def _widgets(text: str, lx: _Lex) -> str | None:
    """What a strip of page widgets is, if ``text`` is one or several of them and nothing
    else ("Updated 3 hours ago | 5 min read"), else None.  A full stop may end it only
    after a labelled widget ("Lesezeit: 3 Min.") or an abbreviated unit ("vor 3 Std."):
    "vor 3 Stunden." may be a sentence."""
    body = text.rstrip()
    whys = _widget_chain(body, lx)
    if whys is None and body.endswith("."):
        whys = _widget_chain(body[:-1], lx)
    if whys is None:
        return None
    kinds, labelled = whys
    if body.endswith(".") and not labelled and body.rsplit(None, 1)[-1].casefold() not in lx.unit_abbrevs:
        return None
    return _WIDGET_WHY[kinds[0]] if len(set(kinds)) == 1 else "page widgets"


def _widget_chain(body: str, lx: _Lex) -> tuple[list[str], bool] | None:
    """The kinds of the widgets ``body`` consists of, and whether the last one is
    labelled; None if anything else stands in it."""
    pos, kinds = 0, []
    while True:
        m = lx.widget_re.match(body, pos)
        if m is None or m.end() == pos or not _widget_ok(m):
            return None
        kinds.append(next(k for k in _WIDGET_WHY if m.group(k) is not None))
        pos = m.end()
        if pos >= len(body):
            return kinds, _labelled(m)
        sep = _WIDGET_SEP_RE.match(body, pos)
        if sep.end() == pos or sep.end() >= len(body):
            return None
        pos = sep.end()


def _widget_ok(m: re.Match) -> bool:
    """A gallery counter is a position within a total ("3 / 12"), with a label or with
    spaces around its slash ("1/12" may be a date)."""
    if m.group("gal") is None:
        return True
    n, k = int(m.group("gn")), int(m.group("gm"))
    return 1 <= n <= k and k >= 2 and (m.group("glab") is not None or m.group("gsep").strip() == "/"
                                       and m.group("gsep") != "/")


def _labelled(m: re.Match) -> bool:
    """Does a widget say what it is (a label, "read", a date's label)?"""
    return m.group("rt") is not None or m.group("date") is not None or m.group("rlab") is not None


@lru_cache(maxsize=1)
def lex() -> _Lex:
    return _Lex()


# --------------------------------------------------------------------------------------
# blocks: lines of paragraphs, with their place in the document
# --------------------------------------------------------------------------------------


@dataclass
class Block:
    start: int
    end: int
    text: str
    para: int  # index into the target's paragraph list (not Paragraph.index)
    line: int  # line number within the paragraph
    kind: str
    lower: str = ""
    _tails: list[int] | None = None

    def tails(self) -> list[int]:
        """Where the last sentences start (within the last 130 characters), last first."""
        if self._tails is None:
            self._tails = _boundaries(self.text, 4, 130)
        return self._tails

    def __post_init__(self) -> None:
        if not self.lower:
            self.lower = self.text.casefold()

    def first_words(self, n: int) -> list[re.Match]:
        return list(_NONSPACE_RE.finditer(self.text, 0, min(len(self.text), 25 * n)))[:n + 1]


def _blocks(doc: Document) -> list[Block]:
    out: list[Block] = []
    t = doc.text
    for pi, p in enumerate(doc.paragraphs):
        s = p.start
        for li, line in enumerate(t[p.start:p.end].split("\n")):
            e = s + len(line)
            ls = s + (len(line) - len(line.lstrip()))
            le = e - (len(line) - len(line.rstrip()))
            if le > ls:
                out.append(Block(ls, le, t[ls:le], pi, li, p.kind))
            s = e + 1
    return out


def blocks(ctx: CheckContext) -> list[Block]:
    return ctx.cached("furniture.blocks", lambda: _blocks(ctx.target))


_FINAL = ".!?…"
_CLOSERS = "»\"”“'’)]"
_SENT_END_RE = re.compile(r"[.!?…]+[»\"”“'’)\]]*(?=\s|$)")
_WORD_RE = re.compile(r"[^\W_][\w'’\-]*")


_NONSPACE_RE = re.compile(r"\S+")


def _boundaries(text: str, limit: int = 4, window: int | None = None) -> list[int]:
    """Positions where a new sentence could start, last ones first (at most ``limit``),
    looking only at the last ``window`` characters if given."""
    out = []
    lo = max(0, len(text) - window) if window else 0
    for m in _SENT_END_RE.finditer(text, lo):
        j = m.end()
        while j < len(text) and text[j].isspace():
            j += 1
        if j < len(text):
            out.append(j)
    return out[::-1][:limit]


def _sentences(text: str) -> int:
    n = len(_SENT_END_RE.findall(text))
    return n + (0 if text.rstrip()[-1:] in _FINAL + _CLOSERS else 1)


def _words(text: str) -> int:
    return len(text.split())


def _cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _caseless(c: str) -> bool:
    """Is ``c`` a letter of a script without capitals (Han, kana, Hangul, Thai, Arabic)?"""
    return c.isalpha() and c.lower() == c.upper()


def _ui_cap(word: str) -> bool:
    """Capitalised as a UI label is, or written in a script without capitals (続きを読む,
    더 보기, اقرأ المزيد), where only the lists can tell a label."""
    c = word[:1]
    return bool(c) and (c.isupper() or _caseless(c))


_COUNT_TAIL_RE = re.compile(r"\s*(?:\(\d{1,6}\)|\d{1,6})$")


def _strip_tail(s: str) -> str:
    s = s.rstrip(" \t›»>→…:|·•▸►").rstrip()
    if s[-1:] in ")0123456789":  # "Kommentare (12)", "Comments 12"
        s = _COUNT_TAIL_RE.sub("", s)
    return s


def _q(s: str, n: int = 80) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


# --------------------------------------------------------------------------------------
# structure: what the source (or a parallel) says a target sentence is
# --------------------------------------------------------------------------------------


def _structured(doc: Document | None) -> bool:
    return doc is not None and any(p.kind != "body" for p in doc.paragraphs)


def _counterpart_kinds(ctx: CheckContext, seg: Segment) -> tuple[set[str], list[tuple[Document, Segment]]]:
    """Kinds of the source/parallel segments aligned with a target segment."""
    bead = ctx.bead_of_target(seg.index)
    if bead is None or not bead.source:
        return set(), []
    pairs: list[tuple[Document, Segment]] = []
    if _structured(ctx.source):
        pairs += [(ctx.source, s) for s in bead.source]
    else:
        idx = [s.index for s in bead.source]
        for d in ctx.parallels:
            if _structured(d) and d.scope == "full":
                pairs += [(d, s) for s in ctx.counterparts(d, idx)]
    return {s.kind for _d, s in pairs}, pairs


def _structural(ctx: CheckContext, kinds: set[str], max_words: int) -> list[tuple[Segment, list[tuple[Document, Segment]]]]:
    """Target body segments whose every aligned counterpart is of one of ``kinds``."""
    def build():
        out = {}
        if ctx.source is None or not ctx.alignments.get(ctx.target.path):
            return out
        if not _structured(ctx.source) and not any(_structured(d) for d in ctx.parallels):
            return out
        for seg in ctx.target.segments:
            if seg.kind in FURNITURE_KINDS:
                continue
            ks, pairs = _counterpart_kinds(ctx, seg)
            if ks and len(ks) == 1:
                out.setdefault(next(iter(ks)), []).append((seg, pairs))
            elif ks and ks <= {"caption", "credit"}:
                out.setdefault("caption+credit", []).append((seg, pairs))
        return out

    table = ctx.cached("furniture.structural", build)
    res = []
    for k in kinds:
        for seg, pairs in table.get(k, []):
            if _words(seg.text) <= max_words and _at_edge(ctx, seg):
                res.append((seg, pairs))
    return res


def _at_edge(ctx: CheckContext, seg: Segment) -> bool:
    """Furniture stands as a paragraph of its own or glued to a paragraph's start or end;
    a sentence inside a long paragraph is not taken for it on the aligner's word alone."""
    segs = ctx.cached("furniture.para_segs", lambda: _para_segs(ctx.target))
    mine = segs.get(seg.paragraph, [seg])
    return len(mine) <= 3 or seg is mine[0] or seg is mine[-1]


def _para_segs(doc: Document) -> dict[int, list[Segment]]:
    out: dict[int, list[Segment]] = {}
    for s in doc.segments:
        out.setdefault(s.paragraph, []).append(s)
    return out


def _len_ok(t: str, s: str) -> bool:
    a, b = len(t), len(s)
    return b > 0 and 0.33 <= a / b <= 3.0


# --------------------------------------------------------------------------------------
# credits (F002) and captions (F001)
# --------------------------------------------------------------------------------------


@dataclass
class Credit:
    block: Block
    start: int  # offsets into doc.text
    end: int
    text: str
    standalone: bool
    glued: bool  # glued to a sentence without final punctuation
    inside: bool = False  # between two sentences of a paragraph


def _credit_ok(m: re.Match, lx: _Lex) -> bool:
    """Is a credit-shaped match a credit (names, not a sentence)?"""
    if m.group("agency") is not None:
        ag = m.group("agency")
        if ag not in lx.agencies:  # matched case-insensitively only: "keystone" in prose
            return False
        return _names_ok(_unlinked(m.group("chain")), lx, allow_lower=True)
    if m.group("nlabel") is not None:
        return m.group("nagency") in lx.agencies and _names_ok(_unlinked(m.group("nchain")), lx, allow_lower=True)
    if m.group("alabel") is not None:
        return all(a in lx.agencies for a in _agency_pair(m.group("aagency"), lx)) \
            and _names_ok(_unlinked(m.group("achain")), lx, allow_lower=True)
    if m.group("person") is not None:
        return m.group("pagency") in lx.agencies and _names_ok(_unlinked(m.group("pchain")), lx, allow_lower=True)
    if m.group("blabel") is not None:
        return _cap(m.group("bbody") or "") and _names_ok(m.group("bbody"), lx, allow_lower=True)
    if m.group("dlabel") is not None:
        return True  # (its names are in capitals, as the pattern takes them)
    body = m.group("lbody") if m.group("label") is not None else m.group("sbody")
    body = _unlinked(body)
    if lx.agency_lowered_re is not None:
        body = lx.agency_lowered_re.sub("Agency", body)
    return _names_ok(body, lx, allow_lower=True)


def _agency_pair(s: str, lx: _Lex) -> list[str]:
    """``s`` as the agency it is, or as the two agencies it joins with a space ("AAP
    연합뉴스"); an agency's own name may hold a space (Getty Images)."""
    m = re.fullmatch(r"(.+?)[ ]?[=＝][ ]?(.+)", s)
    if m is not None:
        return [m.group(1), m.group(2)]
    if s in lx.agencies or " " not in s:
        return [s]
    for i in [k for k, ch in enumerate(s) if ch == " "]:
        if s[:i] in lx.agencies and s[i + 1:] in lx.agencies:
            return [s[:i], s[i + 1:]]
    return [s]


def _unlinked(chain: str | None) -> str:
    """The names of a credit chain without its links ("/", "via")."""
    return re.sub(r"\s+via\s+|[/／]|\s[–-]\s", " ", chain or "")


# the lower-case words inside an institution's name ("City of Zurich", "Museum für Gestaltung")
_NAME_LINKS = frozenset("of the for für der des de du di del della van".split())


def _names_ok(body: str, lx: _Lex, *, allow_lower: bool) -> bool:
    toks = [t for t in re.split(r"[\s/／]+", body) if t]
    if len(toks) > 8:
        return False
    for i, t in enumerate(toks):
        w = t.strip(".,;'’")
        if not w:
            continue
        if w[0].isdigit():
            if not re.fullmatch(r"\d{4}", w):
                return False
            continue
        if _cap(w):
            continue
        if _ui_cap(w) and len(w) <= 10 and len(toks) <= 4:
            continue  # a name in a script without capitals (新华社, ロイター, رويترز), a short credit
        lw = w.casefold()
        if allow_lower and (lw in lx.credit_lower or lw in lx.particles):
            continue
        if lw in _NAME_LINKS and 0 < i < len(toks) - 1 and _cap(toks[i + 1]):
            continue
        if allow_lower and _DOMAIN_RE.fullmatch(w):
            continue  # a news site's own credit by its address ("Photo: Jane Doe / example.com")
        if allow_lower and i == 0 and len(toks) > 2 and toks[1].casefold() in _NAME_LINKS and _cap(toks[2]):
            continue  # an institution's name in lower case ("city of Porto", "ville de Lyon")
        return False
    return True


_DOMAIN_RE = re.compile(r"[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}")


_PREV_WORD_RE = re.compile(r"([^\W\d_][\w'’\-]*)\W*$")


# a copyright notice's closing words after an agency's credit ("Copyright 2025 Keystone-SDA.
# All rights reserved."): the page's footer, one line with the credit
_RIGHTS_WORDS = (
    "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos "
    "reservados|tutti i diritti riservati|alle rechten voorbehouden|todos os direitos reservados|"
    "wszelkie prawa zastrzeżone|všechna práva vyhrazena|alla rättigheter förbehållna|alle rettigheder "
    "forbeholdes|alle rettigheter reservert|toate drepturile rezervate|minden jog fenntartva|tüm hakları "
    "saklıdır|все права защищены|всі права захищені|με επιφύλαξη παντός δικαιώματος")
_RIGHTS_TAIL = re.compile(rf"[.,;]?\s*(?:{_RIGHTS_WORDS})\.?$", re.I)
# its cheap test, tried only where the words can start: plain letters, each matches one
# letter in any case, so the words take their own length, and then at most "." and "\n"
_RIGHTS_END = re.compile(rf"(?:{_RIGHTS_WORDS})\.?$", re.I)
_RIGHTS_REACH = max(map(len, _RIGHTS_WORDS.split("|"))) + 2


def _rights_tail_off(text: str) -> str:
    """``text`` without a copyright notice's closing words (``_RIGHTS_TAIL``)."""
    if _RIGHTS_END.search(text, max(0, len(text) - _RIGHTS_REACH)) is None:
        return text  # (every match of _RIGHTS_TAIL holds one of _RIGHTS_END in that reach)
    return _RIGHTS_TAIL.sub("", text)


_CJK_PHOTO_LABELS = ("写真", "画像", "撮影", "图片", "圖片", "图源", "摄影", "攝影", "圖", "图", "사진")


def _find_credit(b: Block, lx: _Lex) -> Credit | None:
    text = b.text
    if len(text) <= 120:
        core = _rights_tail_off(text)
        m = lx.credit_re.fullmatch(core) if core else None
        if m and _credit_ok(m, lx) and _credit_plausible_alone(m, core, lx):
            return Credit(b, b.start, b.end, text, True, False)
    # after a sentence end (or an opening parenthesis) near the end of the block
    starts = list(b.tails()[:3])
    i = text.rfind(" (", max(0, len(text) - 60))
    if i >= 0:
        starts.append(i + 1)
    # (a bracketed credit with an agency handing a picture on: "… [AP=연합뉴스 자료사진]")
    i = text.rfind(" [", max(0, len(text) - 60))
    if i >= 0 and ("=" in text[i:] or "＝" in text[i:]):
        starts.append(i + 1)
    for s in sorted(set(starts), reverse=True):
        cand = text[s:]
        if len(cand) > 100 or s == 0:
            continue
        m = lx.credit_re.fullmatch(cand)
        if m and _credit_ok(m, lx):
            if m.group("agency") is not None and m.group("open") and _all_wires(m, lx):
                continue  # "(AFP)", "(dpa/AFP)", "(ats/afp)": an agency sign-off, not a picture credit
            return Credit(b, b.start + s, b.end, cand, False, False)
    # a labelled credit glued without a sentence end: "… im Parlament © AFP", "… in Bern
    # Foto: Keystone/Peter Klaunzer": the label or sign says where the credit starts
    tail_at = max(0, len(text) - 80)
    for m0 in (lx.credit_label_re.finditer(text, tail_at) if lx.credit_label_hint.search(text, tail_at) else ()):
        s = m0.start()
        # (Chinese and Japanese glue the label on with no space: …磨西鎮）写真：ロイター)
        # only a picture's label: 出典, 来源 may name a table's data source
        if s == 0 or not (text[s - 1].isspace() or text.startswith(_CJK_PHOTO_LABELS, s)):
            continue
        # (with the bracket it opens in: …新庁舎（写真：ロイター）)
        if text[s - 1] in "(（【［" and text.startswith(_CJK_PHOTO_LABELS, s):
            s -= 1
        m = lx.credit_re.fullmatch(text[s:])
        if m and (m.group("label") or m.group("sym") or m.group("nlabel")) and _credit_ok(m, lx):
            return Credit(b, b.start + s, b.end, text[s:], False, True)
    # glued without punctuation: "… in Bern KEYSTONE", "… in Bern KEYSTONE/EPA/NAME"
    cut = text.rfind(" ")
    if cut > 0:
        last = text[cut + 1:].rstrip(".")
        head = last.split("/")[0]
        if (head in lx.agency_caps or (head in lx.agencies and "/" in last)) and last == last.upper() \
                and lx.credit_re.fullmatch(last):
            pw = _PREV_WORD_RE.search(text[max(0, cut - 40): cut])
            prev = pw.group(1) if pw else ""
            # an agency that closes the sentence after a lower-case word is the sentence's
            # own ("he told TASS."): a glued credit has no full stop after it
            said = text.rstrip().endswith(".") and prev.islower()
            if prev and prev.casefold() not in lx.function_all and not prev.isupper() and not said:
                return Credit(b, b.start + cut + 1, b.start + cut + 1 + len(last), last, False, True)
    return None


def _all_wires(m: re.Match, lx: _Lex) -> bool:
    """Is a credit-shaped match only news agencies, one or several joined by slashes
    ("dpa/AFP", "sda/ats"): the sign-off of agency copy, not a picture credit?"""
    chain = m.group("chain") or ""
    if "via" in chain.split():
        return False
    parts = [m.group("agency")] + [p.strip() for p in chain.split("/") if p.strip()]
    return all(p.casefold() in lx.wires_folded for p in parts)


def _credit_plausible_alone(m: re.Match, text: str, lx: _Lex) -> bool:
    """A block that is only a credit: an agency alone needs to look like one."""
    if m.group("agency") is not None and not m.group("chain") and not m.group("open"):
        ag = m.group("agency")
        # a lone lower-case word ("zvg", "dpa") or a mixed-case one-word agency is still a
        # credit when it stands alone; multi-word ones too
        return ag in lx.agencies
    return True


# before a labelled credit inside a paragraph: the end of a sentence (maybe of a quotation)
_SENTENCE_BEFORE = re.compile(r"[.!?…][\"”“»’']?\s+$")
_CREDIT_NEXT_MIN_WORDS = 4  # the sentence after a credit inside a paragraph: words at least
# the next sentence may open with a quotation ("Foto: Kyodo „Bisher …", "… ANSA/NAME “People …")
_OPEN_QUOTE = "(?:[\"“„«»‚‘'「『][ \u00a0\u202f]?)?"  # (French « with its space)
_OPENER_ZIPF = 4.5          # … opening with a common word of the language (Er, The, Il)


def _credit_inside(b: Block, lx: _Lex, lang: str | None) -> Credit | None:
    """A labelled credit between two sentences of a paragraph ("… he said. Photo: Name
    Surname/Agency He added …"), where a picture was cut out of the text: it follows a
    sentence's end, and the next sentence opens with a common word of the language, which
    tells where the credit's names stop."""
    text = b.text
    if lang is None or not has_freq(lang) or not lx.credit_label_hint.search(text) \
            or not lx.credit_label_re.search(text):
        return None
    for m0 in lx.credit_label_re.finditer(text):
        s = m0.start()
        if s != 0 and not _SENTENCE_BEFORE.search(text, 0, s):
            continue
        # the body names listed agencies only and a capitalised word follows: the lexicon
        # says where the credit stops, whatever word opens the next sentence (a name: "Kuva:
        # Lehtikuva / The Canadian Press Main Streetillä …")
        ch = lx.credit_agency_chain.match(text, m0.end() + len(text[m0.end():]) - len(text[m0.end():].lstrip(" ")))
        if ch is not None:
            rest = text[ch.end():]
            first = re.match(rf"\s+{_OPEN_QUOTE}([^\W\d_])", rest)
            # (or a letter of a script without capitals after an agency in Latin letters:
            # "… הסרט. צילום: AP "אנחנו …", "… تصوير: AFP وقال …"; the change of script says
            # where the credit stops)
            if first is not None and (first.group(1).isupper()
                                      or (_caseless(first.group(1)) and ch.group().isascii())) \
                    and len(rest.split()) >= _CREDIT_NEXT_MIN_WORDS:
                cand = text[s:ch.end()]
                m = lx.credit_re.fullmatch(cand)
                if m and (m.group("label") or m.group("sym")) and _credit_ok(m, lx):
                    return Credit(b, b.start + s, b.start + s + len(cand), cand, False, False, True)
        prev_e = None  # where the last capitalised word after the label starts
        for sp in re.finditer(r"\s+", text[m0.end():m0.end() + 100]):
            e, nxt_at = m0.end() + sp.start(), m0.end() + sp.end()
            if e <= m0.end():
                continue
            rest = text[nxt_at:]
            first = re.match(rf"{_OPEN_QUOTE}([^\W\d_]+)", rest)
            if first is not None and first.group(1)[:1].islower() and prev_e is not None \
                    and first.group(1) != "via" and first.group(1) not in _NAME_LINKS:
                # the names ran into a lower-case word: the capitalised word before it opened
                # the next sentence ("Foto: PA Wire/Jan Nowak Finanziert wurde …", "Photo: AA /
                # Name Agricultural engineers …"); only a body that names a listed agency
                cand = text[s:prev_e].rstrip()
                m = lx.credit_re.fullmatch(cand)
                if m and (m.group("label") or m.group("sym")) and _credit_ok(m, lx) and _agency_body(m, lx) \
                        and len(text[prev_e:].split()) >= _CREDIT_NEXT_MIN_WORDS:
                    return Credit(b, b.start + s, b.start + s + len(cand), cand, False, False, True)
                prev_e = None
                continue
            if first is None or not first.group(1)[:1].isupper() or len(rest.split()) < _CREDIT_NEXT_MIN_WORDS:
                continue
            if text[m0.end():e].endswith((" –", " -")):
                continue  # (a name after a spaced dash goes on the credit: "Foto: SITA – Peter Novák")
            prev_e = e
            if zipf(first.group(1).casefold(), lang) < _OPENER_ZIPF:
                continue
            cand = text[s:e].rstrip()
            m = lx.credit_re.fullmatch(cand)
            # (glued to the paragraph's start, "Foto: AP Podul …", only an agency's credit:
            # "Photo: Anna Berg Park …" may be a caption's own words)
            if m and (m.group("label") or m.group("sym")) and _credit_ok(m, lx) \
                    and (s > 0 or _agency_body(m, lx)):
                return Credit(b, b.start + s, b.start + s + len(cand), cand, False, False, True)
            break  # (the names stop at the first common word)
    return None


_SENTENCE_GAP_RE = re.compile(r"[.!?…][\"”“»’']?\s+")
_CREDIT_RUN_MAX = 6  # a credit's names between two sentences: words at most


def _next_sentence(rest: str) -> bool:
    """Does ``rest`` (after a credit) open a sentence: a capital, maybe after an opening
    quotation mark, and a few words?"""
    first = re.match(rf"\s+{_OPEN_QUOTE}([^\W\d_])", rest)
    return first is not None and first.group(1).isupper() and len(rest.split()) >= _CREDIT_NEXT_MIN_WORDS


def _credit_between(b: Block, lx: _Lex, lang: str | None) -> Credit | None:
    """A credit without a colon between two sentences of a paragraph, where a picture was
    cut out of the text: (a) an agency's credit in capitals with its photographer or a
    second agency ("… in the old town. ANSA/MARIO ROSSI “We …", "… KEYSTONE/EPA/NAME The
    …"): every word in capitals, which tells where it stops; (b) an abbreviated label
    with a stop instead of a colon, the Polish "Fot." ("… przy rynku. Fot. Jan Kowalski
    Burmistrz powiedział …"): its capitalised names run up to the next sentence's first
    word, a function word of the language or the capitalised word before the first
    lower-case one."""
    text = b.text
    for s in [0] + [g.end() for g in _SENTENCE_GAP_RE.finditer(text)]:
        c = _caps_agency_label(text, s, lx)
        if c is not None:
            return Credit(b, b.start + s, b.start + s + len(c), c, False, False, True)
    caps = "/" in text
    abbrevs = [l for l in lx.credit_abbrev_labels if l in text]
    if not caps and not abbrevs:
        return None
    for g in _SENTENCE_GAP_RE.finditer(text):
        s = g.end()
        if caps and text[s:s + 1].isupper():
            toks = []
            for w in re.finditer(r"\S+", text[s:s + 160]):
                if not w.group().isupper() or len(toks) >= _CREDIT_RUN_MAX:
                    break
                toks.append(w)
            cand = text[s:s + toks[-1].end()] if toks else ""
            head = cand.split("/")[0].strip()
            if "/" in cand and head in lx.agencies and head.isupper() and not cand.endswith("/") \
                    and _next_sentence(text[s + len(cand):]):
                m = lx.credit_re.fullmatch(cand)
                if m and _credit_ok(m, lx):
                    return Credit(b, b.start + s, b.start + s + len(cand), cand, False, False, True)
        if caps:
            c = _agency_label_between(text, s, lx, lang)
            if c is not None:
                return Credit(b, b.start + s, b.start + s + len(c), c, False, False, True)
        for lab in abbrevs:
            if not text.startswith(lab + " ", s):
                continue
            at = s + len(lab) + 1
            run = []
            for w in re.finditer(r"\S+", text[at:at + 160]):
                if len(run) > _CREDIT_RUN_MAX:
                    break
                run.append(w)
            names, opener = [], False
            for w in run:
                word = w.group()
                if _cap(word) and word[-1:] == "." and len(word) > 2 and not opener:
                    names.append(w)  # the credit's own full stop ("Fot. Jan Nowak. Burmistrz …")
                    break
                if not _cap(word) or word[-1:] in _FINAL + ",;:":
                    # the names ran into a lower-case word: the last capitalised one opened
                    # the next sentence ("… Service Przewodnicząca grupy …")
                    opener = word[:1].islower()
                    break
                if names and word.casefold() in lx.function.get(lang or "", ()):
                    break  # the next sentence's first word, a function word (W, Na, Die, The)
                names.append(w)
            if opener and len(names) >= 2:
                names = names[:-1]
            elif opener:
                continue
            if not names or len(names) > _CREDIT_RUN_MAX - 1:
                continue
            cand = text[s:at + names[-1].end()]
            if not _next_sentence(text[at + names[-1].end():]):
                continue
            if _names_ok(cand[len(lab):], lx, allow_lower=False):
                return Credit(b, b.start + s, b.start + s + len(cand), cand, False, False, True)
    return None




def _caps_agency_label(text: str, s: int, lx: _Lex) -> str | None:
    """(d) of ``_credit_between``: an agency's credit all in capitals, the agency, its picture
    label and the photographer's names, without a slash ("BELGA PHOTO JAN PEETERS The …"),
    at a paragraph's start or between two sentences: every word in capitals tells where it
    stops, and the next sentence opens with a capital."""
    if not text[s:s + 1].isupper():
        return None
    toks: list[re.Match] = []
    for w in _NAME_TOKEN_RE.finditer(text, s, min(len(text), s + 120)):
        word = w.group()
        if not (word.isupper() and word.replace("-", "").replace("'", "").isalpha()):
            break
        toks.append(w)
        if len(toks) > _CREDIT_RUN_MAX:
            return None
        if len(toks) == 1 and word not in lx.agencies:
            return None
        if len(toks) == 2 and word.casefold() not in lx.credit_label_words:
            return None
    if len(toks) < 3 or not _next_sentence(text[toks[-1].end():]):
        return None
    return text[s:toks[-1].end()]


def _agency_label_between(text: str, s: int, lx: _Lex, lang: str | None) -> str | None:
    """(c) of ``_credit_between``: an agency, its picture label and a slash, then the
    photographer's capitalised names ("… before the vote. AP Photo/Jane Doe “But …",
    "… Reuters Pictures / Jim Watson The …"): the agency and label say it is a credit; the
    names stop at an opening quotation mark, at a function word of the language (The, Die,
    Il), or else at the capitalised word before the first lower-case one, which opens the
    next sentence."""
    m = lx.agency_label_re.match(text, s)
    if m is None or m.group("ag") not in lx.agencies:
        return None
    func = lx.function.get(lang or "", ())
    toks: list[re.Match] = []
    stop = None
    for w in _NAME_TOKEN_RE.finditer(text, m.end(), min(len(text), m.end() + 160)):
        word = w.group()
        if word[:1] in "\"“„«»‚‘'「『":
            stop = len(toks)  # the next sentence opens with a quotation
            break
        if toks and word.casefold() in func:
            stop = len(toks)  # the next sentence's first word, a function word
            break
        if not _cap(word):
            stop = len(toks) - 1  # the capitalised word before it opened the sentence
            break
        toks.append(w)
        if len(toks) > _CREDIT_RUN_MAX:
            return None
    if stop is None or not 1 <= stop <= 4 or any(t.group()[-1:] in ",;:" for t in toks[:stop]):
        return None
    end = toks[stop - 1].end()
    if not _next_sentence(text[end:]):
        return None
    cand = text[s:end]
    mm = lx.credit_re.fullmatch(cand)
    if mm is None or not _credit_ok(mm, lx):
        return None
    return cand


def _agency_body(m: re.Match, lx: _Lex) -> bool:
    """Does a labelled credit name agencies only, or a person and then an agency ("AP",
    "Reuters/Jim Watson"... "Jim Watson/AFP")?"""
    body = m.group("lbody") if m.group("label") is not None else m.group("sbody")
    parts = [p.strip() for p in re.split(r"/|,|\s+via\s+|\s[–-]\s", body or "") if p.strip()]
    # (or a person's names and then, after the slash, an agency's acronym in capitals the
    # list lacks: "Jane Doe/PIXA", "Name Surname/ABC")
    return bool(parts) and (parts[-1] in lx.agencies or parts[0] in lx.agencies
                            or (len(parts) >= 2 and "/" in body and _caps_acronym(parts[-1])))


def _caps_acronym(s: str) -> bool:
    """An agency's acronym in capitals: one word, letters only, three to eight of them."""
    return 3 <= len(s) <= 8 and s.isalpha() and s.isupper()


_BRACKET_LINE = re.compile(r"(?m)^[ \t]*[(\[（【]")
_WIRE_START = re.compile(r"[(\[]([^\W\d_][\w\-]*(?: [\w\-]+){0,2})[)\]][ \u00a0]+")


def _wire_at_start(b: Block, lx: _Lex) -> Credit | None:
    """A news agency's sign-off in brackets glued to a paragraph's start, before its first
    sentence ("(Petra) Mayor Ali Hassan said …", "(WAM) The ministry …"): the agency's name
    as the list of wires writes it, then a sentence opening with a capital."""
    m = _WIRE_START.match(b.text)
    if m is None or m.group(1) not in lx.wires or not _next_sentence(b.text[m.end() - 1:]):
        return None
    cand = b.text[:m.end()].rstrip()
    return Credit(b, b.start, b.start + len(cand), cand, False, False, True)


def credits(ctx: CheckContext) -> list[Credit]:
    def build():
        lx = lex()
        out = []
        lang = norm_lang(ctx.target.lang)
        # (a wire's sign-off opening a paragraph only where no source paragraph opens with a
        # bracket: a source that writes "(AFP) …" there is mirrored)
        src_unbracketed = ctx.source is not None and _BRACKET_LINE.search(ctx.source.text or "") is None
        for b in blocks(ctx):
            if b.kind in FURNITURE_KINDS:
                continue
            c = _find_credit(b, lx) or _credit_inside(b, lx, lang) or _credit_between(b, lx, lang) \
                or (_wire_at_start(b, lx) if src_unbracketed else None)
            if c and not _source_abbreviation(ctx, c):
                out.append(c)
        return out
    return ctx.cached("furniture.credits", build)


_PAREN_TOKEN_RE = re.compile(r"[(\[]([^\W\d_][\w\-]{1,15})[)\]]\.?")


def _source_abbreviation(ctx: CheckContext, c: Credit) -> bool:
    """Is credit ``c`` one bracketed word at the end of a paragraph ("… Walesu (EPA).")
    that the source writes in brackets inside its text, where no source credit starts (a
    name's abbreviation: "The NSW Environment Protection Authority (EPA) will …")?  Then it
    translates the source's abbreviation, moved to the sentence's end by the word order."""
    if c.standalone or ctx.source is None or not ctx.source.text:
        return False
    m = _PAREN_TOKEN_RE.fullmatch(c.text.strip())
    if m is None:
        return False
    starts = set(_source_credit_starts(ctx))
    src = ctx.source.text
    for sm in re.finditer(r"[(\[]" + re.escape(m.group(1)) + r"[)\]]", src):
        if sm.start() in starts:
            continue
        # inside a sentence of the source: more words of the same paragraph follow it
        rest = src[sm.end():sm.end() + 40].split("\n", 1)[0]
        if re.match(r"\s*[,;:]?\s*[^\W\d_]", rest):
            return True
    return False


def _source_evidence(ctx: CheckContext, pairs: list[tuple[Document, Segment]], note: str) -> list[Evidence]:
    out, seen = [], set()
    for d, s in pairs:
        if (d.path, s.index) in seen:
            continue
        seen.add((d.path, s.index))
        out.append(ctx.evidence(d, s, note=f"{note} ({d.role}, {s.kind})"))
    return out[:3]


def _near_source(ctx: CheckContext, pos: int, kinds: set[str], radius: int = 1) -> list[tuple[Document, Segment]]:
    """Source/parallel segments of ``kinds`` aligned at or next to the target position."""
    seg = ctx.target.segment_at(pos)
    if seg is None:
        return []
    beads = ctx.beads()
    b = ctx.bead_of_target(seg.index)
    if b is None:
        return []
    out = []
    for j in range(max(0, b.index - radius), min(len(beads), b.index + radius + 1)):
        idx = [s.index for s in beads[j].source]
        if _structured(ctx.source):
            out += [(ctx.source, s) for s in beads[j].source if s.kind in kinds]
        else:
            for d in ctx.parallels:
                if _structured(d):
                    out += [(d, s) for s in ctx.counterparts(d, idx) if s.kind in kinds]
    # unaligned source segments sitting between the neighbouring beads
    if ctx.source is not None and _structured(ctx.source) and not out:
        lo = min((s.index for s in beads[max(0, b.index - radius)].source), default=None)
        hi = max((s.index for s in beads[min(len(beads) - 1, b.index + radius)].source), default=None)
        if lo is not None and hi is not None:
            out += [(ctx.source, s) for s in ctx.source.segments[lo:hi + 1] if s.kind in kinds]
    return out


@rule("F002", "leaked-credit", "Markup/Boilerplate", "minor", artefact="leaked-credit",
      summary="A photo or agency credit (KEYSTONE, Foto: AFP, © Reuters, Getty Images …) stands "
              "in the running text, on its own line, glued to the end of a paragraph, or labelled "
              "between two of its sentences (“… he said. Photo: Name/Agency He added …”; a body of "
              "listed agencies only, one handing on another, ends where the list says, whatever "
              "word opens the next sentence: “… Photo: AFP / Getty Images Kowalski said …”, or one in "
              "a script without capitals after agencies in Latin letters: “… הסרט. צילום: AP "
              "\"אנחנו …”) or, naming "
              "an agency, glued to a paragraph's start (“Photo: AP The bridge …”); the next sentence "
              "may open with a quotation mark (“… Photo: Kyodo „We …”). Between two sentences also "
              "without a colon: an agency's credit all in capitals with its photographer or a second "
              "agency (“… the old town. ANSA/MARIO ROSSI “We …”), and an abbreviated label with a "
              "stop (Polish “Fot. Name Surname”), its names running up to the next sentence's first "
              "word (a function word, or the capitalised word before the first lower-case one); "
              "and an agency with its picture label and a slash before the photographer's "
              "capitalised names (“… before the vote. AP Photo/Jane Doe “But …”), the names "
              "stopping at an opening quotation mark or the next sentence's first common word; "
              "and an agency's credit all in capitals, agency, picture label and names, also at a "
              "paragraph's start (“BELGA PHOTO JAN PEETERS The works …”). A photographer's names may be "
              "followed by a comma and a listed agency (“Photo: Jan Novák, ČTK”), or joined to it by a spaced dash (“Foto: SITA – Ján Novák”); a labelled credit's names may hold a news site's address or an institution's name in lower case (“Photo: Jane Doe / example.com”, “Photo : ville de Lyon / AFP”); a Chinese or Japanese label may open inside a full-width bracket glued to the caption (…新庁舎（写真：ロイター）), and its names may be a foreign name with the middle dot between its parts and a full-width slash before the agency (…菜园。摄影：彼得·格林/路透社, 撮影：ピーター・グリーン／ロイター); at a paragraph's "
              "start, names ending after a slash in an agency's acronym in capitals count as an "
              "agency's credit (“Photo: Name Surname/ABCD The mayor …”). A labelled credit naming a "
              "listed agency whose names run on with no common word after them stops at the "
              "capitalised word before the first lower-case one (“Foto: PA Wire/Jane Doe Finanziert "
              "wurde …”). A news agency's sign-off in brackets glued to a paragraph's start (“(Petra) "
              "Mayor … said”, “(WAM) The ministry …”) where no source paragraph opens with a bracket. "
              "Archive labels (Archivfoto, Arkivfoto) count as labels. A spaced dash, a picture label and names in capitals, with no colon, is a credit (“… pada waktu pagi. - Foto NAMA AGENSI”, as Malay papers print them). A Korean bracketed credit of an agency "
              "handing its picture on to another (“… [로이터=연합뉴스 자료사진]”) glued to a caption is one. A bracketed word closing a "
              "paragraph that the source writes in brackets inside a sentence is a name's abbreviation, "
              "no credit (“… Agencia de Protección Ambiental (EPA).”). A listed agency's "
              "name as a translated credit writes it, with a word in lower case (“Снимка: Канадска "
              "преса / Name”), is one of the credit's names. Major when "
              "it is glued into a body paragraph, or stands on a line of its own between two body "
              "paragraphs, and the source has no credit and none of its names, or not the full name "
              "of the photographer it names (“Photo: Jane Doe/Acme” in an article about Acme) "
              "(as whole words; a word as common as “the” is no name; a name of several words, a "
              "photographer's or a paper's, only written whole: the mayor “Silva” or the town "
              "“Shepparton” in the source do not make “Rogério da Silva” or “Shepparton News” the "
              "source's).",
      why="Credits belong under pictures; flattened into the text they read as stray words "
          "and show that the page was scraped with its furniture.",
      fail=("Der Bundesrat an seiner Medienkonferenz in Bern. KEYSTONE",
            "The Federal Council at its press conference in Bern. KEYSTONE"),
      ok=("Der Bundesrat hat informiert, wie die Nachrichtenagentur Keystone-SDA berichtet.",
          "The Federal Council gave a briefing, as reported by the Keystone-SDA news agency."))
def leaked_credit(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    seen: list[tuple[int, int]] = []
    for c in credits(ctx):
        ev = _source_evidence(ctx, _near_source(ctx, c.start, {"credit"}), "source has it as a credit")
        where = ("on a line of its own" if c.standalone else
                 "glued to the end of the sentence" if c.glued else
                 ("glued to the start of the paragraph" if c.start == c.block.start else "between two sentences")
                 if c.inside else "at the end of the paragraph")
        seen.append((c.start, c.end))
        what = "copyright notice" if c.standalone and _RIGHTS_TAIL.search(c.text) else \
            "agency sign-off" if c.text[:1] in "([" and c.start == c.block.start else "photo credit"
        # (a credit on a line of its own between two body paragraphs, the same: the source
        # has no picture there to credit)
        added = (not c.standalone or (0 < c.start and c.end < len(ctx.target.text.rstrip())
                                      and not _RIGHTS_TAIL.search(c.text))) and _credit_added(ctx, c)
        yield ctx.flag(c.start, c.end, f"{what} “{_q(c.text)}” {where} in the running text"
                       + (" (the source has no credit)" if added else ""),
                       evidence=ev, suggestion="", severity=Severity.MAJOR if added else None)
    for seg, pairs in _structural(ctx, {"credit"}, 8):
        if any(s < seg.end and seg.start < e for s, e in seen):
            continue
        if not _len_ok(seg.text, " ".join(s.text for _d, s in pairs)):
            continue
        yield ctx.flag(seg.start, seg.end, f"“{_q(seg.text)}” is a picture credit in the source, body text here",
                       evidence=_source_evidence(ctx, pairs, "credit"), suggestion="")


def _credit_added(ctx: CheckContext, c: Credit) -> bool:
    """Is credit ``c``, glued into a body paragraph, one the source lacks: the source has
    no picture credit at all, nor the credit's words?  Then it is no furniture carried
    over with the text but words from elsewhere run into a paragraph of the article (major;
    a credit the source has too, spilled the same way, stays minor)."""
    if ctx.source is None or _source_credit_starts(ctx):
        return False
    src = ctx.cached("furniture.source_words",
                     lambda: frozenset(w.casefold() for w in re.findall(r"[^\W\d_]+", ctx.source.text)))
    sl = norm_lang(ctx.source.lang)
    names = re.sub(r"^[^:]{1,20}:", "", c.text)  # (not the label: Photo:, Foto:)
    # the credit's names one by one (a photographer, an agency: "Jan Novák/ČTK", "Jan Novák,
    # ČTK"); a name of several words counts as the source's only where the source writes it
    # whole: a surname or a town the article mentions anyway (the mayor Silva, a paper named
    # after the town it covers, "Shepparton News") says nothing about the credit
    src_words = ctx.cached("furniture.source_word_seq",
                           lambda: " " + " ".join(w.casefold() for w in re.findall(r"[^\W\d_]+", ctx.source.text)) + " ")
    # a photographer's full name the source never writes makes the credit one from elsewhere,
    # whatever agency or body it hands the picture on to: an article about a company names
    # it anyway, and "Photo: Jane Doe/<company>" is still no part of it
    named_one = False
    for part in re.split(r"/|,|;|\s+via\s+|[()\[\]]", names):
        # whole words of the source, not parts of them (Ana in semana), and no function word
        # the source writes anyway (THE CANADIAN PRESS beside the source's "the")
        words = [w for w in re.findall(r"[^\W\d_]{3,}", part) if w[:1].isupper()
                 and not (sl and zipf(w.casefold(), sl) >= _CREDIT_COMMON_ZIPF)]
        if not words:
            continue
        if len(words) == 1:
            if words[0].casefold() in src:
                named_one = True
            continue
        seq = " ".join(w.casefold() for w in re.findall(r"[^\W\d_]+", part))
        if f" {seq} " in src_words:
            return False
        if _person_name(part, words):
            return True
    return not named_one


def _person_name(part: str, words: list[str]) -> bool:
    """Is a credit's part a person's name: two or three capitalised words, none in
    capitals throughout (an agency, KEYSTONE), nothing else in it (Jane Doe)?"""
    toks = re.findall(r"\S+", part.strip())
    return 2 <= len(toks) <= 3 and len(toks) == len(words) and all(
        w[:1].isupper() and not w.isupper() and w[1:].islower() for w in toks)


_CREDIT_COMMON_ZIPF = 6.0  # a credit's word this common in the source language says nothing


def _source_credit_starts(ctx: CheckContext) -> list[int]:
    """Where the source's picture credits start (plain text too: KEYSTONE, Foto: …)."""
    def build() -> list[int]:
        if ctx.source is None:
            return []
        lx = lex()
        return [c.start for b in _blocks(ctx.source) if b.kind not in FURNITURE_KINDS
                for c in [_find_credit(b, lx)] if c is not None]
    return ctx.cached("furniture.source_credits", build)


def _source_credit_follows(ctx: CheckContext, start: int, end: int) -> bool | None:
    """Does a source picture credit follow (within 120 characters) the source sentences
    aligned with target text [start, end)?  None when that cannot be told: no source or
    alignment, or a target sentence there the source lacks (maybe a caption added with
    its photo)."""
    if ctx.source is None or not ctx.alignments.get(ctx.target.path):
        return None
    aligned = []
    for seg in ctx.target.segments:
        if seg.start < end and start < seg.end:
            bead = ctx.bead_of_target(seg.index)
            if bead is None or not bead.source:
                return None
            aligned += bead.source
    if not aligned:
        return None
    credits_at = _source_credit_starts(ctx)
    return any(s.start <= c <= s.end + 120 for s in aligned for c in credits_at)


def _source_body_uncredited(ctx: CheckContext, start: int, end: int) -> bool:
    """Is target text [start, end) aligned with source sentences that no picture credit
    follows in the source?  Then it translates body text, and a credit line after it in
    the translation came from elsewhere (the credit itself is F002's finding); a caption
    spilled in the source too has the source's credit right after it."""
    return _source_credit_follows(ctx, start, end) is False


def _caption_candidates(ctx: CheckContext) -> list[tuple[int, int, str, list[Evidence]]]:
    """(start, end, why, evidence) of caption text standing in the body."""
    def build():
        lx = lex()
        out: list[tuple[int, int, str, list[Evidence]]] = []
        bl = blocks(ctx)
        by_para: dict[int, list[Block]] = {}
        for b in bl:
            by_para.setdefault(b.para, []).append(b)
        structured_src = _structured(ctx.source) and bool(ctx.alignments.get(ctx.target.path))
        n_paras = len(ctx.target.paragraphs)

        def source_says_body(start: int, end: int) -> bool:
            if not structured_src:
                return False
            for seg in ctx.target.segments:
                if seg.start < end and start < seg.end:
                    ks, _p = _counterpart_kinds(ctx, seg)
                    if ks and not (ks & {"caption", "credit"}):
                        return True
            return False

        # (a) a short text ending in a credit, or a short block right before a lone credit
        for c in credits(ctx):
            b = c.block
            if c.inside:
                continue  # between two sentences: the text before it is the paragraph's body
            if not c.standalone:
                cap = ctx.target.text[b.start:c.start].rstrip()
                cs, ce = b.start, b.start + len(cap)
                cs = _past_translated_body(ctx, cs, ce)
                cap = ctx.target.text[cs:ce]  # (the caption, past the paragraph's body)
                if cap and _words(cap) <= 60 and _sentences(cap) <= 3 and not source_says_body(cs, ce):
                    ev = _source_evidence(ctx, _near_source(ctx, cs, {"caption"}), "source has it as a caption")
                    out.append((cs, ce, f"it ends in the picture credit “{_q(c.text, 40)}”", ev))
            elif not _RIGHTS_TAIL.search(c.text):  # (a copyright notice ends a page, no picture)
                blist = by_para[b.para]
                k = blist.index(b)
                prev = blist[k - 1] if k > 0 else None
                if prev is None and b.para > 0 and by_para.get(b.para - 1):
                    pb = by_para[b.para - 1][-1]
                    if len(by_para[b.para - 1]) == 1 and pb.kind not in FURNITURE_KINDS | HEADING_KINDS \
                            and _words(pb.text) <= 25 and _sentences(pb.text) <= 2 and b.para - 1 > 0:
                        prev = pb
                if prev is not None and prev.kind not in FURNITURE_KINDS and _words(prev.text) <= 40 \
                        and _sentences(prev.text) <= 3 and not _find_credit(prev, lx) \
                        and not _opens_with_teaser(ctx, prev) \
                        and not source_says_body(prev.start, prev.end) \
                        and not _source_body_uncredited(ctx, prev.start, prev.end):
                    ev = _source_evidence(ctx, _near_source(ctx, prev.start, {"caption"}), "source has it as a caption")
                    out.append((prev.start, prev.end, f"the picture credit “{_q(c.text, 40)}” follows it", ev))

        # (b) structure: aligned with a source/parallel caption
        for seg, pairs in _structural(ctx, {"caption", "caption+credit"}, 60):
            src_text = " ".join(s.text for d, s in pairs if d is ctx.source) or " ".join(s.text for _d, s in pairs)
            if not _len_ok(seg.text, src_text):
                continue
            if lx.credit_re.fullmatch(seg.text.strip()):
                continue
            s, e = seg.start, seg.end
            for c in credits(ctx):  # leave the credit itself to F002
                if s <= c.start < e:
                    e = len(ctx.target.text[:c.start].rstrip())
            if e > s:
                out.append((s, e, "the source has it as a picture caption",
                            _source_evidence(ctx, pairs, "caption")))

        # (c) content: a short paragraph between body paragraphs repeating a subheading
        if n_paras >= 5:
            out.extend(_caption_by_repetition(ctx, by_para, lx))
        return _merge(out, ctx.target.text)
    return ctx.cached("furniture.captions", build)


def _past_translated_body(ctx: CheckContext, start: int, end: int) -> int:
    """Where a caption glued to the end of a body paragraph starts: past the paragraph's
    first sentences when they translate source sentences no credit follows and the rest
    has no counterpart ("… exempt. Tourists at the Rialto. Photo: AFP" -> "Tourists …").
    Every sentence aligned is no proof of body text: a caption that repeats a body
    sentence is often aligned in its place."""
    if ctx.source is None or not ctx.alignments.get(ctx.target.path):
        return start
    from .coverage import _added_in_bead

    segs = [g for g in ctx.target.segments if start <= g.start < end]
    k = 0
    while k < len(segs):
        bead = ctx.bead_of_target(segs[k].index)
        if bead is None or not bead.source:
            break
        if all(x.kind in ("caption", "credit") for x in bead.source):
            break  # it translates the source's caption: the caption starts here
        if len(bead.target) > 1:
            # the aligner may have put the caption in with the sentence before it: the
            # sentence of the bead that translates nothing of its source starts it
            j = _added_in_bead(ctx, bead)
            if j is None and _caption_tail(ctx, bead, segs, end):
                k = len(segs) - 1  # the bead's last sentence, right before the credit
                break
            if j is None or bead.target[j].index == segs[k].index:
                break
        k += 1
    if 0 < k < len(segs) and _source_body_uncredited(ctx, segs[0].start, segs[k - 1].end):
        return segs[k].start
    return start


_CAPTION_TAIL_WORDS = 12  # a caption's sentence before its credit: words at most


def _caption_tail(ctx: CheckContext, bead, segs: list[Segment], end: int) -> bool:
    """Is the last of ``segs`` (the one the credit follows) a short caption the aligner put
    in with the body sentence before it ("… own capital. The renovated hall. Photo: MTI/…"):
    the bead's last sentence, the bead's source fitting the rest of it by length at least
    as well as the whole?"""
    from .coverage import _clen, _spread, expected_ratio, length_z

    last = segs[-1]
    if len(segs) < 2 or bead.target[-1].index != last.index or bead.target[0].index == last.index:
        return False
    if _words(ctx.target.text[last.start:end]) > _CAPTION_TAIL_WORDS or _sentences(last.text) > 1:
        return False
    c, sp, ls = expected_ratio(ctx), _spread(ctx), _clen(bead.source_text)
    whole = _clen(bead.target_text)
    rest = _clen(" ".join(t.text for t in bead.target[:-1]))
    return abs(length_z(ls, rest, c, sp)) <= abs(length_z(ls, whole, c, sp))


def _merge(items: list[tuple[int, int, str, list[Evidence]]], text: str) -> list[tuple[int, int, str, list[Evidence]]]:
    """Overlapping caption spans, or ones only a space apart (one caption of several
    sentences), become one."""
    items = sorted(items, key=lambda x: (x[0], -x[1]))
    out: list[list] = []
    for s, e, why, ev in items:
        if out and (s < out[-1][1] or (s - out[-1][1] <= 2 and not text[out[-1][1]:s].strip())):
            last = out[-1]
            last[1] = max(last[1], e)
            if why not in last[2]:
                last[2] = last[2] + "; " + why
            have = {(x.document, x.text) for x in last[3]}
            last[3] = last[3] + [x for x in ev if (x.document, x.text) not in have]
        else:
            out.append([s, e, why, list(ev)])
    return [tuple(x) for x in out]


def _content(text: str, lang: str | None, lx: _Lex) -> set[str]:
    fw = lx.function.get(lang or "", lx.function_all) or lx.function_all
    out = set()
    for w in _WORD_RE.findall(text):
        lw = w.casefold()
        if len(lw) < 3 or lw in fw:
            continue
        out.add(lw[:6])
    return out


def _heading_like(b: Block) -> bool:
    t = b.text
    return (b.kind in HEADING_KINDS or (b.kind not in FURNITURE_KINDS and _words(t) <= 10
                                       and t[-1:] not in _FINAL + ":;," + _CLOSERS))


def _caption_by_repetition(ctx: CheckContext, by_para: dict[int, list[Block]], lx: _Lex):
    lang = ctx.target.lang
    paras = sorted(by_para)
    single = {p: by_para[p][0] for p in paras if len(by_para[p]) == 1}
    headings = [(p, b, _content(b.text, lang, lx)) for p, b in single.items() if _heading_like(b)]
    headings = [(p, b, c) for p, b, c in headings if len(c) >= 2]
    if not headings:
        return []
    rank = {p: i for i, p in enumerate(paras)}
    out = []
    for i, p in enumerate(paras):
        b = single.get(p)
        if b is None or b.kind not in ("body", "quote") or i == 0 or i == len(paras) - 1:
            continue
        t = b.text
        if _words(t) > 30 or _sentences(t) > 2 or t[-1:] not in _FINAL + _CLOSERS:
            continue
        prev_b, next_b = by_para[paras[i - 1]][-1], by_para[paras[i + 1]][0]
        if any(x.kind != "body" or _words(x.text) < 20 or _heading_like(x) for x in (prev_b, next_b)):
            continue
        cont = _content(t, lang, lx)
        for hp, hb, hc in headings:
            if abs(rank[hp] - i) < 2:
                continue
            if hc <= cont:
                if _source_body_uncredited(ctx, b.start, b.end):
                    break  # it translates a body paragraph of the source, where no credit follows
                    # it: the repetition is the wording's (untersucht ~ Untersuchung), no caption
                out.append((b.start, b.end, f"it repeats the subheading “{_q(hb.text, 50)}” and sits between "
                            "two body paragraphs, as a caption does", []))
                break
    return out


@rule("F001", "leaked-caption", "Markup/Boilerplate", "major", artefact="leaked-caption",
      summary="An image caption stands inside the running text: a short text ending in a picture "
              "credit, aligned with a caption of the source, or a short paragraph between body "
              "paragraphs that repeats a subheading. Minor where a plain-text source has the "
              "same caption and credit in its own text (the translation mirrors it).",
      why="Captions describe pictures the reader no longer sees; in the body they interrupt "
          "the story, repeat or contradict it, and often read as a non sequitur.",
      fail=("Der Bundesrat an seiner Medienkonferenz in Bern.",
            "The Federal Council at its press conference in Bern. KEYSTONE"),
      ok=("Der Bundesrat an seiner Medienkonferenz in Bern.",
          "The Federal Council at its press conference in Bern."))
def leaked_caption(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    from .captions import body_echo  # captions reads this module's candidates

    for s, e, why, ev in _caption_candidates(ctx):
        sev = None
        echo = body_echo(ctx, s, e)
        if echo is not None:
            why += f"; it repeats the body ({echo.note.rsplit('(', 1)[-1].rstrip(')')})"
            ev = [*ev, echo]
        if _spilled_in_source_too(ctx, s, e):
            # the translation mirrors its source: the spill is the source's, the reader of
            # the translation still sees it
            assert ctx.rule is not None
            sev = min(ctx.severities.get(ctx.rule.code, ctx.rule.severity), Severity.MINOR)
            why += "; the source has it in its text too"
        yield ctx.flag(s, e, f"image caption “{_q(ctx.target.text[s:e], 60)}” in the running text: {why}",
                       evidence=ev, suggestion="", severity=sev)


def _spilled_in_source_too(ctx: CheckContext, start: int, end: int) -> bool:
    """Is target text [start, end) aligned with plain source text that ends in a picture
    credit as well (the caption was in the source's body: a scraped pair, a corpus line)?"""
    return not _structured(ctx.source) and _source_credit_follows(ctx, start, end) is True


# --------------------------------------------------------------------------------------
# UI strings (F003)
# --------------------------------------------------------------------------------------


def _label_key(s: str) -> str | None:
    """The look-up key of a short capitalised line (its tail stripped), or None."""
    s = _strip_tail(s)
    return s.casefold() if s and _ui_cap(s) and len(s) <= 60 else None


def _ui_lookup(s: str, lx: _Lex) -> _UIEntry | None:
    k = _label_key(s)
    return None if k is None else lx.ui.get(k)


def _label_alone(s: str, lx: _Lex) -> _UIEntry | None:
    """A teaser label of several words standing alone, its colon and headline lost by the
    scraper ("Read also", "Lesen Sie auch"); one word ("Video", "Related") may head a
    section."""
    k = _label_key(s)
    return None if k is None or " " not in k else lx.ui_labels.get(k)


_UI_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?")


def _player_alone(s: str, lx: _Lex) -> _UIEntry | None:
    """A read-aloud button with its player's duration on a line of its own ("Listen to
    this article · 4 min"): an entry that may open a paragraph (^), then the minutes."""
    # (the duration has a digit: without one, the search, which tries every place, finds none)
    d = lx.ui_duration_end_re.search(s) if lx.prefilter_meta.search(s) else None
    if d is None or d.start() == 0:
        return None
    e = _ui_lookup(s[:d.start()], lx)
    return e if e is not None and e.start else None


def _ad_words(s: str) -> list[str]:
    """The case-folded words of ``s``, an elided article's word without it (l'article)."""
    return [re.split(r"['’]", w)[-1] for w in _UI_WORD_RE.findall(s.casefold())]


_AD_BREAK_RE = re.compile(r"([^\W\d_]+)[ \u00a0]*[-–—|:·][ \u00a0]*(\S.*)")
_AD_BREAK_MAX_WORDS = 8  # the line after the label: words at most …
_AD_BREAK_TELLING = 2    # … of them words of the listed ad-break lines at least


def _ad_break_line(text: str, lx: _Lex) -> _UIEntry | None:
    """An ad slot's line of its own the lists lack: a one-word label that says advertising
    (Advertisement, Publicité, Реклама), a dash, bar or colon, then a few words without a
    sentence's stop, two of them words of the listed ad-break lines ("Advertisement –
    Scroll down to keep reading", "Publicité : l'article se poursuit ci-dessous")."""
    t = text.strip()
    if len(t) > 90 or "\n" in t or t[-1:] in ".!?:;" or not lx.ad_labels:
        return None
    m = _AD_BREAK_RE.fullmatch(t)
    if m is None or m.group(1).casefold() not in lx.ad_labels or not _ui_cap(m.group(1)):
        return None
    ws = _ad_words(m.group(2))
    if not 2 <= len(ws) <= _AD_BREAK_MAX_WORDS or any(ch.isdigit() for ch in m.group(2)):
        return None
    if len(set(ws) & lx.ad_break_words) < _AD_BREAK_TELLING:
        return None
    return _UIEntry(t, "", "ui")


def _ui_composed(s: str, lx: _Lex) -> _UIEntry | None:
    """A UI label the lists lack, composed of UI words: 2-6 words, capitalised, nothing
    but words and spaces, each a verb, object or glue word of a button (ui-words.txt) or a
    network's name, one of them a verb and another an object ("Weitere Kommentare laden",
    "Charger plus de commentaires", "Click here to subscribe", "Follow us on Instagram")."""
    s = _strip_tail(s)
    if not s or len(s) > 60 or not _cap(s):
        return None
    toks = _UI_WORD_RE.findall(s)
    if not 2 <= len(toks) <= 6 or len("".join(toks)) != len(s.replace(" ", "")):
        return None  # digits, quotes, commas or stops: a sentence or a heading, no button
    verbs, objects = set(), set()
    for i, t in enumerate(toks):
        k = lx.ui_words.get(t.casefold().replace("’", "'"))
        if k is None:  # l'application, Suivez-nous: the parts
            parts = re.split(r"(?<=')|-", t.casefold().replace("’", "'"))
            ks = [lx.ui_words.get(p) for p in parts if p]
            if not ks or None in ks:
                return None
            k = 0
            for x in ks:
                k |= x
        if k & _UIW_VERB:
            verbs.add(i)
        if k & _UIW_OBJECT:
            objects.add(i)
    # one word a verb, another an object (Antworten alone is either, not both)
    if not verbs or not objects or (len(verbs | objects) == 1):
        return None
    return _UIEntry(s, "", "ui")


def _ui_exclaimed(text: str, lx: _Lex) -> _UIEntry | None:
    """A call to action of several words standing alone with an exclamation mark
    ("Subscribe to our newsletter!", "Kövessen minket a Facebookon!", "Follow us on
    Instagram!"): a listed entry of two words or more, or a label composed of UI words."""
    t = text.rstrip()
    if not t.endswith("!") or t.endswith("!!") or len(t.split()) < 2:
        return None
    t = t[:-1].rstrip()
    e = _ui_lookup(t, lx)
    if e is not None and (e.kind not in ("ui", "strong") or len(e.phrase.split()) < 2):
        e = None
    return e or _ui_composed(t, lx)


def _short_label(text: str, target: str) -> bool:
    """A software string that is a label itself: a few words, no sentence ("comment",
    "%d comments"), whatever the UI lists hold, about as long as the target label."""
    t = text.strip()
    return 0 < len(t.split()) <= 4 and t[-1:] not in ".!?…:" and re.search(r"[^\W\d_]{3}", t) is not None \
        and len(t) * 3 >= len(target.strip()) and len(target.strip()) * 3 >= len(t)


def _is_label(text: str, lx: _Lex) -> bool:
    """A UI label of its own (Next, Learn more, Mehr anzeigen): listed, or a few capitalised
    words without a sentence's end."""
    t = text.strip()
    if _ui_lookup(t, lx) is not None:
        return True
    return bool(t) and t[0].isupper() and len(t.split()) <= lx.ui_max_words and t[-1] not in ".!?:;"


_ROW_SPLIT_RE = re.compile(r"[\s|·•,;:/–—▼▲▶►↓：｜、，]+")  # (and the full-width marks of CJK rows)
_ROW_COUNT_RE = re.compile(r"\(?\d{1,6}\)?")
_ROW_MAX_WORDS = 24


def _ui_row(text: str, lx: _Lex) -> _UIEntry | None:
    """A row of buttons: two or more UI strings or network names one after the other
    ("Share on Facebook Share on X", "Facebook | X | WhatsApp | E-Mail"), each maybe with
    its count, at least one of them a network or an entry of several words (two short
    words, "Home Video", may be a heading)."""
    toks = [x for x in _ROW_SPLIT_RE.split(text.strip()) if x]
    if not 2 <= len(toks) <= _ROW_MAX_WORDS or text.rstrip()[-1:] in ".!?…":
        return None
    i = items = 0
    telling = False
    while i < len(toks):
        if items and _ROW_COUNT_RE.fullmatch(toks[i]):
            i += 1
            continue
        if items and i + 1 < len(toks) and toks[i].casefold() in lx.row_links \
                and toks[i - 1].casefold() in lx.net_names and toks[i + 1].casefold() in lx.net_names:
            i += 1  # "… Facebook, X und WhatsApp": the last two networks joined by "and"
            continue
        for k in range(min(lx.ui_max_words, len(toks) - i), 0, -1):
            key = " ".join(toks[i:i + k]).casefold()
            if key in lx.ui or key in lx.row_words:
                break
        else:
            return None
        # (after the first item, a listed string of several words may go on in lower case:
        # "Advertisement – scroll to continue")
        if not _ui_cap(toks[i]) and not (items and k > 1 and key in lx.ui):
            return None
        items += 1
        ent = lx.ui.get(key)
        # (a strong marker tells a row too: 廣告 ▼ 繼續閱讀下文, an ad slot's label and its
        # "continue reading below", one unspaced word each)
        telling = telling or k > 1 or key in lx.row_words or (ent is not None and ent.kind == "strong")
        i += k
    return _UIEntry(text.strip(), "", "row") if items >= 2 and telling else None


@lru_cache(maxsize=1)
def _cta_firsts(lx: _Lex) -> frozenset[str]:
    """First words of the UI strings of three words or more (subscribe, melden, abonnez)."""
    return frozenset(k.split()[0] for k in lx.ui if len(k.split()) >= 3)


# what goes on after a call to action: a conjunction or "to", "for" ("… and never miss a
# story"), Arabic's purpose or "and" prefix on the next word (اشترك … لتحصل, وتابع), or a
# colon or dash before its pitch ("Sign up for our newsletter: five stories, every weekday")
_CTA_GO_ON = re.compile(r"\s+(?:and|to|for|und|um|et|pour|y|para|e|per|en|om|og|och)\s"
                        r"|\s+[لو](?=[\u0621-\u064a]{2})|\s*[:：]\s+|\s+[–—]\s+", re.I)


_LABEL_NEXT_MIN_WORDS = 6  # the sentence after a related-reading label between two: words at least
# a label in brackets at a paragraph's start: [Advertisement], (Anzeige), 【広告】, ［광고］
# the arrows and bullets news sites set before a related-link slot ("▶ Read also: …")
_LINK_MARKERS = "▶►▷▸▹➤➢➔→☞•·■□◆◇●○※>»"
_BRACKETED_RE = re.compile(r"\s*[\[(【［〔]([^\[\]()【】［］〔〕\n]{1,40})[\])】］〕]\s*")


# the arrows (not the bullets, which open list items too) a site sets before a link slot
_LINK_ARROWS = "▶►▷▸▹➤➢➔→☞"


def _arrowed_ui(text: str, lx: _Lex) -> _UIEntry | None:
    """A line of its own that a link slot's arrow opens, then nothing but listed UI strings
    ("▶ Related articles  More", "► Read more"): the arrow says it is a link, not a heading,
    so a row of two short entries tells too (without it: _ui_row)."""
    rest = text.strip().lstrip(_LINK_ARROWS).strip()
    if not rest or rest[-1:] in ".!?…:：" or len(rest) > 60:
        return None
    e = _ui_lookup(rest, lx)
    if e is not None:
        return e
    toks = [x for x in _ROW_SPLIT_RE.split(rest) if x]
    if not 2 <= len(toks) <= 4:
        return None
    i = 0
    while i < len(toks):
        for k in range(min(lx.ui_max_words, len(toks) - i), 0, -1):
            key = " ".join(toks[i:i + k]).casefold()
            if key in lx.ui and _ui_cap(toks[i]):
                break
        else:
            return None
        i += k
    return _UIEntry(rest, "", "row")


def find_ui(b: Block, lx: _Lex) -> list[tuple[int, int, _UIEntry]]:
    """UI strings in a block: (start, end) relative to the block."""
    text = b.text
    out: list[tuple[int, int, _UIEntry]] = []
    # a line of its own
    e = _ui_lookup(text, lx) or (_ui_row(text, lx) if len(text) <= 200 else None) or _ui_composed(text, lx) \
        or _label_alone(text, lx) or _player_alone(text, lx) or _ui_exclaimed(text, lx) \
        or _ad_break_line(text, lx)
    if e is None and text[:1] in _LINK_ARROWS:
        e = _arrowed_ui(text, lx)
    if e is not None:
        return [(0, len(text.rstrip()), e)]
    # a teaser label at the start: "Read more: <headline>", or with a bar as sites set
    # their related-link slots ("ALSO READ | <headline>")
    c = min((i for i in (text.find(ch) for ch in ":：|｜") if i > 0), default=-1)
    if 0 < c <= 40:
        # (after the arrow or bullet a site sets before its link slots: "▶ Read also: …",
        # "☞ 관련기사: …")
        lab = text[:c].strip().lstrip(_LINK_MARKERS).strip()
        if _ui_cap(lab) and lab.casefold() in lx.ui_labels and len(text) > c + 1:
            out.append((0, len(text), lx.ui_labels[lab.casefold()]))
            return out
    # glued to the end, after the last sentence
    words = _strip_tail(text).rsplit(None, 1)
    last = words[-1].casefold() if words else ""
    for s in (b.tails()[:2] if last in lx.ui_tails else ()):
        tail = text[s:]
        if _words(tail) > _ROW_MAX_WORDS:
            break
        e = (_ui_lookup(tail, lx) if _words(tail) <= lx.ui_max_words else None) or _ui_row(tail, lx) \
            or _ui_composed(tail, lx)
        if e is not None:
            out.append((s, s + len(tail.rstrip()), e))
            break
    # glued to the end of a paragraph in a script without spaces, after its last full
    # stop: "…可決した。続きを読む", "…生效。更多" (no space marks the sentence's end there)
    if not out:
        body = text.rstrip()
        cut = max(body.rfind(c) for c in "。！？")
        if 0 < cut < len(body) - 1:
            tail = body[cut + 1:]
            e = _ui_lookup(tail, lx) or (_ui_row(tail, lx) if len(tail) <= 200 else None)
            if e is not None:
                out.append((cut + 1, len(body), e))
    # a teaser glued to the end, after the last sentence: "… misure. Leggi anche: Il governo …"
    if not out and ":" in text[-160:]:
        for s in b.tails()[:3]:
            tail = text[s:]
            c = tail.find(":")
            if c <= 0 or c > 40 or _words(tail) > 18:
                continue
            lab, rest = tail[:c].strip(), tail[c + 1:].strip()
            ent = lx.ui_labels.get(lab.casefold())
            # a teaser is a headline: capitalised, a few words, no sentence's final stop
            # ("See also: Annex A and B." is a cross-reference of the text)
            if ent is not None and _cap(lab) and rest[:1].isupper() and _words(rest) >= 2 \
                    and rest.rstrip(_CLOSERS)[-1:] not in _FINAL + ";:":
                out.append((s, len(text.rstrip()), ent))
                break
    # glued to the start (several words, then a capital)
    first = text.split(None, 1)[0].casefold() if text.strip() else ""
    if (not out or out[0][0] != 0) and first in lx.ui_heads:
        ws = b.first_words(lx.ui_max_words)
        for k in range(min(len(ws) - 1, lx.ui_max_words), 1, -1):
            head = text[: ws[k - 1].end()]
            e = lx.ui.get(head.casefold())
            if e is not None and e.start and _cap(head) and ws[k].group()[:1].isupper():
                out.append((0, len(head), e))
                break
            # in a script without capitals (이 기사를 SNS로 공유하기 다음 달부터 …) nothing
            # shows the next sentence's start: only a string whose senses ui-senses.txt
            # lists, F003 asking the source (kind "asked")
            if e is not None and e.start and _caseless(head.rstrip()[-1:]) and _caseless(ws[k].group()[:1]) \
                    and head.casefold() in lx.ui_senses and len(text) - len(head) >= 12:
                out.append((0, len(head), _UIEntry(e.phrase, e.lang, "asked", True)))
                break
            dur = lx.ui_duration_re.match(text, len(head)) if e is not None and e.start and _cap(head) else None
            if dur is not None and text[dur.end():].lstrip()[:1].isupper():
                out.append((0, dur.end(), e))
                break
    if (not out or out[0][0] != 0) and first in lx.ui_start_words:
        ws = b.first_words(1)
        e = lx.ui.get(first)
        if e is not None and len(ws) == 2 and _cap(ws[0].group()) and ws[0].group() == text[:ws[0].end()] \
                and ws[1].group()[:1].isupper() and _words(text) >= 4:
            out.append((0, ws[0].end(), e))
    if (not out or out[0][0] != 0) and first in lx.ui_asked_starts:
        # a one-word ad label glued to the first sentence ("Reklama Radny Kowalski …",
        # "広告 一方、…"): the label alone, then a capital (or, in a script without capitals,
        # a space where the script has none between words); F003 asks the source (kind "asked")
        ws = b.first_words(1)
        e = lx.ui[first]  # (ui_asked_starts holds keys of lx.ui only)
        if len(ws) == 2 and ws[0].group() == text[:ws[0].end()]:
            w, nxt = ws[0].group(), ws[1].group()[:1]
            caseless = _caseless(w[:1])
            if (_cap(w) and nxt.isupper() and _words(text) >= 4) or \
                    (caseless and _caseless(nxt) and len(text) >= 12):
                out.append((0, ws[0].end(), _UIEntry(e.phrase, e.lang, "asked", True)))
    # a call to action that goes on ("Subscribe to our newsletter and never miss a story."):
    # the whole line is the promotion
    if not out and first in _cta_firsts(lx) and _words(text) <= 16 and _sentences(text) == 1 \
            and not any(ch.isdigit() for ch in text):
        ws = b.first_words(lx.ui_max_words)
        for k in range(min(len(ws) - 1, lx.ui_max_words), 2, -1):
            head = text[: ws[k - 1].end()].rstrip(":：")  # (its colon goes with the pitch)
            e = lx.ui.get(head.casefold())
            if e is not None and _ui_cap(head) and _CTA_GO_ON.match(text, len(head)):
                out.append((0, len(text.rstrip()), e))
                break
    # a UI label in brackets glued to the start of a paragraph ("[Advertisement] The …",
    # "[광고] 앨버타주는 …", "【広告】…"): the brackets set it apart from the sentence; only a
    # label that opens a paragraph (an ad slot's, a player's) or a full UI string
    if not out or out[0][0] != 0:
        m = _BRACKETED_RE.match(text)
        if m is not None and len(text) - m.end() >= 12:
            ent = lx.ui.get(m.group(1).strip().casefold())
            if ent is not None and (ent.start or _full_ui(ent)) and _ui_cap(m.group(1).strip()):
                nxt = text[m.end():].lstrip()[:1]
                if nxt.isupper() or nxt.isdigit() or _caseless(nxt) or nxt in "«\"“„":
                    out.insert(0, (0, m.end(), ent))
    # a related-reading label of several words and its colon between two sentences, before
    # the next one ("… frequency. Read also: The company said …", "… Leggi anche: Il …")
    if lx.label_between_re is not None and ":" in text:
        for m in lx.label_between_re.finditer(text):
            lab = m.group(1)
            ent = lx.ui_labels.get(lab.casefold())
            nxt = text[m.end():m.end() + 1]
            if ent is None or not _cap(lab) or not (nxt.isupper() or nxt in "«\"“„"):
                continue
            # the next sentence is a sentence of the text (six words or more, up to its
            # final stop), not a cross-reference ("See also: Annex A and B.")
            close = _SENT_END_RE.search(text, m.end())
            if len(text[m.end():close.start() if close else len(text)].split()) < _LABEL_NEXT_MIN_WORDS:
                continue
            if not any(a <= m.start(1) < z for a, z, _ in out):
                out.append((m.start(1), m.end(1) + len(m.group(2)), ent))
    # a strong marker of a script without spaces glued between two sentences
    # ("…と述べた。記事の続きを読む同氏によると…"): the full stop says where it starts
    if lx.strong_unspaced_re is not None and any(c in text for c in "。！？"):
        for m in lx.strong_unspaced_re.finditer(text):
            if m.end() >= len(text.rstrip()):
                continue  # (glued to the end: the tail check above)
            ent = lx.ui.get(m.group(1).casefold())
            if ent is not None and not any(a <= m.start(1) < z for a, z, _ in out):
                out.append((m.start(1), m.end(1), ent))
    # strong markers between sentences
    # (no substring pre-test over the ~1,500 markers: it cost ~185 us a block, where the
    # regex, anchored by its look-behind on a sentence's end, rejects a block in ~3)
    if lx.strong_re is not None:
        for m in lx.strong_re.finditer(text):
            nxt = text[m.end():].lstrip()[:1]
            caseless = _caseless(nxt)
            if nxt.isupper() or nxt.isdigit() or nxt in "«\"“„" or caseless:
                ent = lx.ui.get(m.group(1).casefold())
                if ent and caseless:
                    # no capital tells where the next sentence starts: the source decides
                    # (leaked_ui), and only for a marker whose senses are listed
                    ent = _UIEntry(ent.phrase, ent.lang, "caseless", ent.start) \
                        if ent.phrase.casefold() in lx.ui_senses else None
                if ent and not any(a <= m.start(1) < z for a, z, _ in out):
                    out.append((m.start(1), m.end(1), ent))
    return out


def _source_has_ui(ctx: CheckContext) -> bool:
    """Does the source article carry a UI string or page-furniture segment anywhere (a
    scrape with its page chrome)?"""
    def build() -> bool:
        src = ctx.source
        if src is None:
            return False
        if any(seg.kind == "ui" for seg in src.segments):
            return True
        lx = lex()
        lines = ctx.cached("furniture.source_blocks", lambda: _blocks(src))
        return any(find_ui(sb, lx) for sb in lines if sb.kind not in FURNITURE_KINDS)
    return ctx.cached("furniture.source_has_ui", build)


def _source_has_line(ctx: CheckContext, pos: int) -> bool:
    """Is the source sentence aligned with the target one at ``pos`` page furniture itself
    (a "Related:" line the source article carries, translated with it)?"""
    seg = ctx.target.segment_at(pos)
    b = ctx.bead_of_target(seg.index) if seg is not None and ctx.source is not None else None
    if b is None or not b.source:
        return False
    src = ctx.source
    lines = ctx.cached("furniture.source_blocks", lambda: _blocks(src))
    s0 = b.source[0].start
    for sb in lines:
        if sb.start <= s0 < sb.end:
            return any(s == 0 and ent.kind == "label" for s, _e, ent in find_ui(sb, lex()))
    return False


def _sentence_around(text: str, s: int, e: int) -> tuple[int, int]:
    a = 0
    for m in _SENT_END_RE.finditer(text, 0, s):
        a = m.end()
    while a < len(text) and text[a].isspace():
        a += 1
    m = _SENT_END_RE.search(text, e)
    z = m.end() if m else len(text)
    return a, z


_BANNER_LINE_WORDS = 40  # a cookie or paywall banner's line: words at most


def _marker_unsaid(ctx: CheckContext, pos: int, ent: _UIEntry, lx: _Lex) -> bool:
    """Is a marker of a script without capitals between two sentences (إعلان, विज्ञापन) no
    word of the text: the source sentences aligned at and next to it have none of its
    everyday senses in the source's language (data/furniture/ui-senses.txt)?  Without a
    source, or senses listed for its language, it may be a word of the text."""
    src = ctx.source
    senses = lx.ui_senses.get(ent.phrase.casefold(), {}).get(norm_lang(src.lang) or "") if src is not None else None
    if not senses:
        return False
    seg = ctx.target.segment_at(pos)
    b = ctx.bead_of_target(seg.index) if seg is not None else None
    if b is None:
        return False
    beads = ctx.beads()
    near = " ".join(s.text for j in range(max(0, b.index - 1), min(len(beads), b.index + 2))
                    for s in beads[j].source).casefold()
    if not near.strip():
        return False
    for f in senses:
        stem = f.rstrip("*")
        if "\u3040" <= stem[:1] <= "\u9fff" or "\uac00" <= stem[:1] <= "\ud7af":
            if stem in near:  # (Han, kana and Hangul compounds: 新聞広告, 광고비)
                return False
            continue
        pat = r"(?<!\w)" + re.escape(stem) + (r"" if f.endswith("*") else r"(?!\w)")
        if re.search(pat, near):
            return False
    return True


_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_INNER_CAP_RE = re.compile(r"(?<=[^\W\d_])[^\W\d_]*?[-'’]?[A-ZÀ-ÞĀ-Ž]")


def _sentence_after(ctx: CheckContext, text: str, e: int, start: int) -> bool:
    """Does a sentence start after a one-word label glued to a paragraph's start ("Reklama
    Radny Kowalski …", "Publicitat La …"), rather than a name the word governs ("Reklama
    Coca-Coli …", an advertisement of a brand)?  The next word is no name: no capital inside
    it (Coca-Coli, McDonald's), not capitalised inside a sentence elsewhere in the
    translation, and no capitalised word of the source starts as it does.  In a script
    without capitals nothing tells a name: the source alone decides (_marker_unsaid).
    ``e``: the label's end in the block ``text``, which starts at ``start`` in the target."""
    m = _NEXT_WORD_RE.match(text, e)
    if m is None:
        return False
    w = m.group(1)
    if not w[:1].isupper():
        return _caseless(w[:1])
    if _INNER_CAP_RE.search(w[1:]) and any(c.isupper() for c in w[1:]):
        return False
    here = start + m.start(1)
    if any(x.start() != here for x in re.finditer(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_], ))" + re.escape(w)
                                                  + r"(?!\w)", ctx.target.text)):
        return False
    src = ctx.source.text if ctx.source is not None else ""
    # (a name's first four letters, inflected or transliterated: Coca-Coli ~ Coca-Cola; a
    # shorter word whole: La, El)
    pat = re.escape(w[:4]) if len(w) >= 4 else re.escape(w) + r"(?!\w)"
    return re.search(r"(?<!\w)" + pat, src) is None


def _full_ui(ent: _UIEntry) -> bool:
    """Is a UI entry a full string of the lists, telling on its own: a strong marker, an
    entry of several words, or one of four characters or more in a script without spaces
    (続きを読む, 閱讀全文)?  Not a string composed from UI words (no language), a row, a
    teaser label or an entry the source is asked about."""
    if not ent.lang or ent.kind not in ("ui", "strong"):
        return False
    p = ent.phrase.strip()
    return ent.kind == "strong" or len(p.split()) >= 2 or (len(p) >= 4 and _UNSPACED_RE.fullmatch(p) is not None)


_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t\u00a0\u3000]*$")
_LINE_AFTER = re.compile(r"[ \t\u00a0\u3000]*(?:\r?\n|$)")


def _line_starts(doc, start: int) -> bool:
    """Does ``start`` of ``doc``'s text open a line of the file?"""
    a, _b = doc.raw_span(start, start + 1)
    return _LINE_BEFORE.search(doc.raw, max(0, a - 40), a) is not None


def _own_line(doc, start: int, end: int) -> bool:
    """Does the UI hit ``start:end`` of ``doc``'s text fill a line of its own in the file,
    between line breaks?  (The normalised text reads a single line break as a blank.)"""
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    if start >= end:
        return False
    raw = doc.raw
    a, b = doc.raw_span(start, end)
    return _LINE_BEFORE.search(raw, max(0, a - 40), a) is not None and _LINE_AFTER.match(raw, b) is not None


# a string in a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar)
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]+")


@rule("F003", "leaked-ui", "Markup/Boilerplate", "minor", artefact="leaked-ui",
      summary="A web UI string (Show more, Weiterlesen, Lire la suite, Share, Advertisement, "
              "cookie-banner text …; or a label made of a button's words, “Weitere Kommentare laden”, "
              "in any of the languages whose button words ui-words.txt lists, “Подпишитесь на нашу рассылку”) "
              "or a row of share buttons (“Share on Facebook Share on X”, "
              "a share button printed on a line of its own as its label, a separator and the network, "
              "“Share - Telegram”, “Teilen | Pinterest”, "
              "“Facebook | WhatsApp | E-Mail”, the last two networks maybe joined by “and”: “Share this "
              "article on Facebook, Telegram and X”) leaked into the text, on its own line or glued to a "
              "paragraph, or an ad slot's or related-links label or a share button naming the article "
              "or a network (“Share on Facebook”, “Partager sur X”) "
              "between two sentences (“… a kg. Also Read Small vendors …”, “… he said. Share this "
              "article She added …”; in a script without capitals, إعلان or विज्ञापन, only "
              "where the aligned source says none of the word's everyday senses: an announcement, "
              "advertising; a Korean share button of several words, 이 기사를 SNS로 공유하기, likewise "
              "where the source says no sharing, also glued to a paragraph's start, and major where "
              "it opens a line of the file after a sentence's end); a one-word ad label glued to a paragraph's first sentence (“Reklama "
              "Radny …”, “広告 一方、…”) likewise only where the aligned source says no advertising; "
              "a “read more” button glued to a paragraph's start before a word that is no name "
              "(“Read more The council …”, “Skaitykite daugiau Projekto …”; not “Read more "
              "Shakespeare …”, a name the text or the source writes); an ad slot's line of "
              "several words saying the article goes on after the advertisement glued to a "
              "paragraph's start before a capitalised word (“Continua após a publicidade Segundo …”, "
              "“Continue reading below the advertisement The …”); "
              "a teaser label at a paragraph's start before a headline, with a colon or a bar "
              "(“Read more: …”, “ALSO READ | …”, also after the arrow or bullet sites set before "
              "their link slots: “▶ 관련기사: …”); "
              "a listed label in brackets glued to a paragraph's start (“[Advertisement] The …”, "
              "“[광고] …”); a related-reading label of several words and its colon between two "
              "sentences, before the next one (“… frequency. Read also: The company …”); a strong "
              "marker of a script without spaces glued after a sentence's full stop "
              "(“…述べた。記事の続きを読む同氏は…”); a listed entry of several words, or a label of "
              "button words, on a line of its own with an exclamation mark (“Kövessen minket a "
              "Facebookon!”, “Abonnieren Sie unseren Newsletter!”); a call to action of three words or more "
              "on a line of its own going on with a conjunction, a colon or a dash, or in Arabic a "
              "purpose or “and” prefix (“Sign up for our newsletter: five stories, every weekday”); "
              "in a row, a listed string of several words after the first may go on in lower case "
              "(“Advertisement – keep reading”); a line of its own of a one-word ad label "
              "(Advertisement, Publicité, Реклама), a dash, bar or colon and up to eight words "
              "with no sentence's stop, two of them words of the listed ad-break lines, other "
              "than their ad and function words (“Advertisement – Keep scrolling, the story "
              "continues below”, “Publicité – La suite de votre article ci-dessous”); a line of "
              "its own that a link slot's arrow opens "
              "(▶ ► ➤ ☞ …, not a list's bullet) before nothing but listed UI strings, also two "
              "short ones (“▶ Comments Share”); the consent notice an embed blocked by a cookie "
              "banner leaves, addressed to the reader (“To view this content, please accept "
              "cookies”, “Pour afficher ce contenu, acceptez …”; not a sentence reporting on "
              "one: “… users had to accept cookies, the authority said”). Major when it stands on a line of its own (also one between single line breaks inside a paragraph) or is glued to a "
              "paragraph's start, or is a full listed UI string (a strong marker, an entry of several "
              "words, or one of four characters or more in a script without spaces: “Share this "
              "article”, “Advertisement”, “続きを読む”) glued to the end of a paragraph after its last "
              "sentence or standing between two of its sentences (or a related-reading label of "
              "several words there, or a one-word ad label glued after the paragraph's last full stop "
              "where the aligned source says no advertising: “… року. Реклама”), and the source "
              "article carries no page furniture anywhere (the scrape or "
              "the pipeline added it), minor otherwise (a one-word label glued to the end, “… Share”, "
              "stays minor).",
      why="Button labels and banners are not part of the story; translated along with it they "
          "read as stray words, and an untranslated one shows the scrape carried page chrome.",
      fail=("Der Zug fährt um acht Uhr ab.", "The train leaves at eight o'clock. Show more"),
      ok=("Er möchte mehr darüber lesen.", "He wants to read more about it."))
def leaked_ui(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    lx = lex()
    credit_spans = [(c.start, c.end) for c in credits(ctx)]
    seen: list[tuple[int, int]] = []
    one = ctx.one_string()
    for b, hits in ui_hits(ctx):
        for s, e, ent in hits:
            S, E = b.start + s, b.start + e
            if any(a < E and S < z for a, z in credit_spans):
                continue
            if one and s == 0 and e >= len(b.text.rstrip()) and (
                    _is_label(ctx.source.text, lx)
                    or (ent.kind != "label" and _short_label(ctx.source.text, b.text))):
                continue  # a catalogue's button string: a label translating a label ("comment")
            if ent.kind == "label" and _source_has_line(ctx, S):
                continue  # the source has its teaser line too: a faithful translation of it
            if ent.kind == "asked" and not _sentence_after(ctx, b.text, e, b.start):
                continue  # "Reklama Coca-Coli …": the word governs a name, a sentence of its own
            if ent.ask and s == 0 and e < len(b.text.rstrip()) and not _sentence_after(ctx, b.text, e, b.start):
                continue  # "Read more Shakespeare …": an imperative sentence, its object a name
            if ent.kind in ("caseless", "asked") and not _marker_unsaid(ctx, S, ent, lx):
                continue  # the source's sentence may say it (an announcement, advertising)
            ev = _source_evidence(ctx, _near_source(ctx, S, {"ui"}), "source has it as a button/UI label")
            # (a line of its own inside the paragraph, its single line breaks kept in the
            # text: "… he said.\nShare on Facebook\n" is as much a line of chrome)
            alone = (s == 0 and e >= len(b.text.rstrip())) or _own_line(ctx.target, S, E)
            # an audio player's label with its duration glued to a paragraph's start
            # ("Listen to this article 3 min According to …") is a widget, not prose
            player = s == 0 and ent.start and any(ch.isdigit() for ch in b.text[s:e])
            # a line or paragraph of page chrome added to an article whose source carries
            # none: the scrape or the pipeline put it there (major); where the source has
            # furniture too, both carry the page (minor, as before)
            # a label glued to the start of a paragraph, before its first sentence, is as
            # much an added line of chrome ("Advertisement The opposition …", "ANZEIGE Nach
            # Angaben …"): the scrape lost the line break (one glued to the end stays minor)
            # a full UI string of the lists glued to the end of a paragraph after its last
            # sentence ("… he said. Share this article", "…した。続きを読む", "… ANZEIGE"
            # whose line break the scrape lost) is as much added chrome; a weak one (one
            # word of a spaced script: "Share", "More", "Comments") stays minor
            tail = s > 0 and e >= len(b.text.rstrip()) and _full_ui(ent) \
                and b.text[:s].rstrip()[-1:] in _FINAL + _CLOSERS + "。！？"
            # a one-word ad label (Реклама, Mainos, Reklama) glued to the end of a paragraph
            # after its last sentence's full stop, where the aligned source says no
            # advertising (ui-senses.txt): the ad slot's line, its line break lost, as a full
            # UI string there
            tail = tail or (s > 0 and e >= len(b.text.rstrip()) and ent.kind == "ui"
                            and ent.phrase.casefold() in lx.ui_asked_starts
                            and b.text[:s].rstrip()[-1:] in _FINAL + _CLOSERS + "。！？"
                            and _marker_unsaid(ctx, S, ent, lx))
            # … and one between two sentences of a paragraph ("… he said. Advertisement The
            # …", "… frequency. Read also: The …", "…述べた。記事の続きを読む同氏…"): a line of
            # chrome whose line breaks the scrape lost on both sides
            mid = 0 < s and e < len(b.text.rstrip()) and b.text[:s].rstrip()[-1:] in _FINAL + _CLOSERS + "。！？" \
                and (_full_ui(ent) or (ent.kind == "label" and len(ent.phrase[:-1].split()) >= 2))
            # a marker of several words in a script without capitals that the source does not
            # say (asked above), opening a line of the file after a sentence's end (이 기사를
            # SNS로 공유하기 다음 달부터 …): a line of chrome that lost its line break after it
            mid = mid or (0 < s and ent.kind == "caseless" and len(ent.phrase.split()) >= 2
                          and b.text[:s].rstrip()[-1:] in _FINAL + _CLOSERS + "。！？"
                          and _line_starts(ctx.target, S))
            sev = Severity.MAJOR if (alone or player or s == 0 or tail or mid) and not ev and not one \
                and ctx.source is not None and not _source_has_ui(ctx) else None
            if ent.kind == "label":
                msg = f"related-article teaser “{_q(ctx.target.text[S:E], 60)}” (web UI) in the running text"
            elif ent.kind == "row":
                where = "on a line of its own" if s == 0 or alone else "glued to the paragraph"
                msg = f"row of web UI buttons “{_q(ctx.target.text[S:E], 60)}” {where}"
            else:
                shown = ctx.target.text[S:E]
                where = "on a line of its own" if alone else "glued to the paragraph"
                msg = f"web UI label “{_q(shown, 50)}” {where}"
            seen.append((S, E))
            yield ctx.flag(S, E, msg, evidence=ev, suggestion="", severity=sev)
        low = b.lower
        for kw, rx in lx.ui_res:
            if kw not in low:
                continue
            for m in rx.finditer(b.text):
                a, z = _sentence_around(b.text, m.start(), m.end())
                S, E = b.start + a, b.start + z
                if any(x < E and S < y for x, y in seen):
                    continue
                seen.append((S, E))
                # a banner opening a short line or paragraph of its own, in an article whose
                # source has no page chrome: added furniture, as a UI line of its own
                sev = Severity.MAJOR if a == 0 and _words(b.text) <= _BANNER_LINE_WORDS \
                    and _sentences(b.text) <= 3 and not one and ctx.source is not None \
                    and not _near_source(ctx, S, {"ui"}) and not _source_has_ui(ctx) else None
                yield ctx.flag(S, E, f"cookie/paywall banner text “{_q(ctx.target.text[S:E], 60)}” in the running text",
                               suggestion="", severity=sev)
    for seg, pairs in _structural(ctx, {"ui"}, 6):
        if any(s < seg.end and seg.start < e for s, e in seen):
            continue
        if not _len_ok(seg.text, " ".join(s.text for _d, s in pairs)):
            continue
        yield ctx.flag(seg.start, seg.end, f"“{_q(seg.text)}” is a button/UI label in the source, body text here",
                       evidence=_source_evidence(ctx, pairs, "UI label"), suggestion="")


# --------------------------------------------------------------------------------------
# social-media embeds (F004) and truncated posts (F005)
# --------------------------------------------------------------------------------------

_MEDIA_LINK_RE = re.compile(r"(?<![\w/.])(?:https?://)?(?:www\.)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/[A-Za-z0-9]{4,}")
_POST_LINK_RE = re.compile(
    r"(?<![\w/.])(?:https?://)?(?:www\.|mobile\.|m\.)?(?:"
    r"(?:twitter|x)\.com/\w{1,30}/status(?:es)?/\d+"
    r"|instagram\.com/(?:p|reel|tv)/[\w-]+|instagr\.am/p/[\w-]+"
    r"|youtu\.be/[\w-]{6,}|youtube\.com/(?:watch\?v=|shorts/|embed/)[\w-]{6,}"
    r"|(?:vm\.)?tiktok\.com/(?:@[\w.]+/video/\d+|[\w]{6,})"
    r"|facebook\.com/[\w.]+/(?:posts|videos)/[\w.]+|fb\.watch/[\w-]+"
    r"|threads\.net/@[\w.]+/post/[\w-]+|bsky\.app/profile/[\w.:-]+/post/\w+"
    r"|truthsocial\.com/@\w+/(?:posts/)?\d+"
    r")[^\s]*")
_HANDLE = r"@[\w.]{1,40}(?:@[\w.-]+)?"
_LINK_HINTS = ("twitter.", "x.com", "t.co/", "instagr", "youtu", "tiktok", "facebook.", "fb.watch",
               "threads.net", "bsky.app", "truthsocial")


@lru_cache(maxsize=1)
def _sig_res() -> tuple[re.Pattern, re.Pattern]:
    lx = lex()
    # the dash may follow the post's last mark with no space: a blockquote flattened by
    # its text content ("… our community abroad.— Name (@handle) March 10, 2025")
    dash = re.compile(
        r"(?:^|(?<=[\s.!?…\"“”»«'‘’)]))(?:[—–―]{1,2}|--?)\s*(?P<name>[^\s()—–―@][^()\n—–―]{0,60}?)?\s*\((?P<handle>" + _HANDLE + r")\)"
        r"(?P<date>\s*(?:" + lx.stamp + r"))?", re.I)
    nodash = re.compile(
        r"(?:^|(?<=\s))(?P<name>[^\W\d_][^()\n—–―]{0,60}?)\s*\((?P<handle>" + _HANDLE + r")\)"
        r"(?P<date>\s*(?:" + lx.stamp + r"))", re.I)
    return dash, nodash


def find_embeds(b: Block, lx: _Lex) -> list[tuple[int, int, str]]:
    text = b.text
    spans: list[tuple[int, int, str]] = []
    low = b.lower
    if "/" in text and any(map(low.__contains__, _LINK_HINTS)):
        for m in _MEDIA_LINK_RE.finditer(text):
            spans.append((m.start(), m.end(), "embed media link"))
        for m in _POST_LINK_RE.finditer(text):
            rest = text[m.end():].strip()
            before = text[:m.start()].rstrip()
            if not rest or not before or before[-1:] in _FINAL + _CLOSERS or rest[:1] in "—–―":
                spans.append((m.start(), m.end(), "link to a social-media post"))
    if "(@" in text:
        dash, nodash = _sig_res()
        for m in dash.finditer(text):
            rest = text[m.end():].strip()
            if m.group("date") or not rest or _MEDIA_LINK_RE.match(rest) or _POST_LINK_RE.match(rest):
                spans.append((m.start(), m.end(), "embed signature"))
        for m in nodash.finditer(text):
            pre = text[:m.start()].rstrip()
            if m.group("name") is None:
                continue
            if (not pre or pre[-1:] in _FINAL + _CLOSERS or _MEDIA_LINK_RE.search(pre[-40:])) \
                    and _names_ok(m.group("name"), lx, allow_lower=False) and _words(m.group("name")) <= 5:
                spans.append((m.start(), m.end(), "embed signature"))
    if "@" in text:
        for m in lx.shared_re.finditer(text):
            if _cap(m.group()):
                spans.append((m.start(), m.end(), "embed signature"))
    # "View this post on Instagram" and the like: alone, or at a paragraph edge
    stripped = _strip_tail(text)
    e = lx.embed_phrases.get(stripped.casefold()) if len(stripped) <= 60 else None
    last = stripped.rsplit(None, 1)[-1].casefold() if stripped else ""
    first = text.split(None, 1)[0].casefold() if stripped else ""
    if e is not None and _cap(text):
        spans.append((0, len(stripped), "embed label"))
    else:
        for s in (b.tails()[:2] if last in lx.embed_tails else ()):
            tail = _strip_tail(text[s:])
            if _words(tail) <= lx.embed_max_words and tail.casefold() in lx.embed_phrases and _cap(tail):
                spans.append((s, s + len(tail), "embed label"))
                break
        ws = b.first_words(lx.embed_max_words) if first in lx.embed_heads else []
        for k in range(min(len(ws) - 1, lx.embed_max_words), 2, -1):
            head = text[: ws[k - 1].end()]
            if head.casefold() in lx.embed_phrases and _cap(head) and ws[k].group()[:1].isupper():
                spans.append((0, len(head), "embed label"))
                break
    if not spans:
        return []
    # merge adjacent pieces ("pic.twitter.com/x — Name (@h) date")
    spans.sort()
    out = [list(spans[0])]
    for s, e, why in spans[1:]:
        if s <= out[-1][1] + 3 and not text[out[-1][1]:s].strip(" —–―"):
            out[-1][1] = max(out[-1][1], e)
            if why not in out[-1][2]:
                out[-1][2] += " and " + why
        else:
            out.append([s, e, why])
    return [tuple(x) for x in out]


def _embed_hits(ctx: CheckContext) -> list[tuple[int, int, str]]:
    """(start, end, what) of the embed residue in the target's body (F004's findings)."""
    def build() -> list[tuple[int, int, str]]:
        lx = lex()
        return [(b.start + s, b.start + e, why) for b in blocks(ctx) if b.kind not in FURNITURE_KINDS
                for s, e, why in find_embeds(b, lx)]
    return ctx.cached("furniture.embeds", build)


def embed_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans of embed residue F004 reports (media links, signatures)."""
    return [(a, z) for a, z, _why in _embed_hits(ctx)]


@rule("F004", "leaked-embed", "Markup/Boilerplate", "minor", artefact="leaked-embed",
      summary="Social-media embed residue in the text: pic.twitter.com / t.co links, "
              "“— Name (@handle) date” signatures, “A post shared by …”, “View this post on Instagram”.",
      why="An embed flattened to text leaves its media link and signature line behind, which "
          "read as garbage in the body and break the quoted post.",
      fail=("Wir eröffnen die neue Brücke nächstes Jahr.",
            "We open the new bridge next year. pic.twitter.com/AbC123xyz — Jane Roe (@janeroe) March 3, 2024"),
      ok=("Sie schrieb auf X, die Brücke werde nächstes Jahr eröffnet.",
          "She wrote on X that the bridge would open next year."))
def leaked_embed(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    for S, E, why in _embed_hits(ctx):
        near = _near_source(ctx, S, {"embed"})
        near.sort(key=lambda p: ("@" not in p[1].text and "pic." not in p[1].text))
        ev = _source_evidence(ctx, near, "source has it inside an embed")
        yield ctx.flag(S, E, f"{why} “{_q(ctx.target.text[S:E], 70)}” left in the running text",
                       evidence=ev[:1], suggestion="")


_TRUNC_RE = re.compile(r"(?P<word>[^\W_][\w'’\-]*)?(?P<ell>…|\.\.\.)(?=\s*(?P<after>\S))")


def _continuation(ctx: CheckContext, before: str) -> list[Evidence]:
    """Versions that carry the text on past the cut."""
    words = before.split()
    if len(words) < 3:
        return []
    probe = " ".join(words[-8:]).lower()
    out = []
    for d in ctx.versions:
        flat = ctx.cached(f"furniture.flat:{id(d)}", lambda d=d: " ".join(d.text.split()))
        low = ctx.cached(f"furniture.low:{id(d)}", lambda: flat.lower())
        if len(low) != len(flat):
            continue
        i = low.find(probe)
        if i < 0:
            continue
        rest = low[i + len(probe): i + len(probe) + 200]
        cont = rest.strip()
        if not cont or cont[0] in "…." or cont.startswith(("pic.", "http", "—")):
            continue
        orig = flat[i: i + len(probe) + 200]
        tail = " ".join(orig.split()[: len(probe.split()) + 14])
        out.append(ctx.evidence(d, text="… " + tail + " …",
                                note=f"the {d.role} has the complete text"))
    return out


@rule("F005", "truncated-embed", "Accuracy/Omission", "major", artefact="truncation",
      summary="A quoted post's text is cut off with “…” right before its media link, signature "
              "or a “Show more” label, or, quoted after its network's name and a colon (on X: “…), "
              "at the end of its paragraph with its quotation never closed: the rest of the post is missing.",
      why="Embeds flattened by a scraper keep only the preview of a post; the reader gets a "
          "statement cut mid-sentence. It is an omission of content (Accuracy), not just "
          "markup: the complete text is usually in the source or a parallel version.",
      fail=("We open the new bridge next year. It will cut travel times for thousands of commuters. "
            "pic.twitter.com/AbC123xyz",
            "We open the new bridge next year. It will cut travel times for… pic.twitter.com/AbC123xyz"),
      ok=("We open the new bridge next year. It will cut travel times for thousands of commuters. "
          "pic.twitter.com/AbC123xyz",
          "We open the new bridge next year. It will cut travel times for thousands of commuters. "
          "pic.twitter.com/AbC123xyz"))
def truncated_embed(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    for S, E, msg, ev in truncated_embeds(ctx):
        yield ctx.flag(S, E, msg, evidence=ev)


def truncated_embeds(ctx: CheckContext) -> list[tuple[int, int, str, list[Evidence]]]:
    """(start, end, message, evidence) of each post cut off before its link, signature,
    handle or "Show more" (F005's findings; S004 leaves them to it)."""
    return ctx.cached("furniture.truncated", lambda: list(_truncated_embeds(ctx)))


def _truncated_embeds(ctx: CheckContext) -> Iterator[tuple[int, int, str, list[Evidence]]]:
    lx = lex()
    dash, _nodash = _sig_res()
    for b in blocks(ctx):
        t = b.text
        if "…" not in t and "..." not in t:
            continue
        for m in _TRUNC_RE.finditer(t):
            rest = t[m.end():].lstrip()
            what = None
            if _MEDIA_LINK_RE.match(rest) or _POST_LINK_RE.match(rest):
                what = "its media link"
            elif rest[:1] in "—–―" and dash.match(rest):
                what = "its signature"
            elif rest[:1] in "([" and re.match(r"[(\[]\s*" + _HANDLE, rest):
                what = "its @handle"
            else:
                ui = _ui_lookup(rest, lx)
                if ui is not None and ui.kind == "ui":
                    what = f"“{_strip_tail(rest)}”"
            if what is None:
                continue
            s = m.start("word") if m.group("word") else m.start("ell")
            if m.group("word") is None and s > 0 and t[s - 1].isalnum():
                continue
            S, E = b.start + s, b.start + m.end("ell")
            ev = _continuation(ctx, t[:m.end("word") if m.group("word") else m.start("ell")])
            msg = f"text cut off with “{m.group('ell')}” right before {what}: the rest of the post is missing"
            if ev:
                msg += f" ({ev[0].note})"
            yield S, E, msg, ev[:2]
        # a post quoted after its network's name and a colon, cut off with "…" at the end
        # of the paragraph, its quotation mark never closed (… on X: "Due to the … rail…")
        tail = t.rstrip()
        if tail.endswith(("…", "...")) and (pm := _post_intro_re().search(t)) is not None \
                and not any(c in t[pm.end():] for c in _QUOTE_CLOSERS):
            m = _LAST_WORD_ELL.search(tail)
            if m is None:
                continue
            S, E = b.start + m.start(), b.start + m.end()
            ev = _continuation(ctx, tail[:m.start("ell")])
            msg = (f"post quoted from {pm.group('net')} cut off with “{m.group('ell')}” at its end, its quotation "
                   f"never closed: the rest of the post is missing")
            if ev:
                msg += f" ({ev[0].note})"
            yield S, E, msg, ev[:2]


_QUOTE_CLOSERS = "\"”»“"  # (not ’: an apostrophe inside the post)
_LAST_WORD_ELL = re.compile(r"[^\W_][\w'’\-]*(?P<ell>…|\.\.\.)$")


@lru_cache(maxsize=1)
def _post_intro_re() -> "re.Pattern[str]":
    """A network's name, a colon and an opening quotation mark: a post quoted in the text."""
    nets = _read("networks.txt").get("networks", [])
    return re.compile(rf"(?<![^\W\d_])(?P<net>{_alt(nets, boundary=False)})\s*:\s*[\"“„«‘]")


# --------------------------------------------------------------------------------------
# scraper metadata (F006)
# --------------------------------------------------------------------------------------

_BREADCRUMB_RE = re.compile(r"[^\W\d_][\w'’.\-]*(?: [\w'’.\-&]+){0,3}(?:\s*(?:>|›|»|\||→)\s*[^\W\d_][\w'’.\-]*(?: [\w'’.\-&]+){0,3}){2,}")
_URL_LINE_RE = re.compile(r"(?:https?://|www\.)\S+")
_CLOCK_AFTER_DATE_RE = re.compile(r"\d(?:[\s,|·•–—-]+|\s+(?:um|à|às|a las|alle|at|ore)\s+)\d{1,2}(?::|h|\.)\d{2}"
                                  r"(?:\s*(?:Uhr|[ap]\.?m\.?|[AP]M))?$")
_ISO_HEAD_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def find_metadata(b: Block, lx: _Lex, first: bool) -> list[tuple[int, int, str]]:
    text = b.text
    out: list[tuple[int, int, str]] = []
    digits = lx.prefilter_meta.search(text) is not None
    if len(text) <= 160:
        if digits:
            m = lx.meta_head.fullmatch(text.rstrip(" .,;|"))
            if m:
                return [(0, len(text.rstrip(" .,;|")), "date line")]
            m = lx.reading_label_re.fullmatch(text) or lx.reading_after_re.fullmatch(text.rstrip(". "))
            if m:
                return [(0, len(text), "reading time")]
            why = _widgets(text, lx)
            if why:
                return [(0, len(text.rstrip()), why)]
        if _BREADCRUMB_RE.fullmatch(text) and _breadcrumb_ok(text):
            return [(0, len(text), "breadcrumb trail")]
        if _URL_LINE_RE.fullmatch(text) and not _POST_LINK_RE.fullmatch(text):
            return [(0, len(text), "URL line")]
    if not digits:
        return out
    # a header glued to the start of the text
    if first:
        m = lx.meta_head.match(text)
        if m and m.end() < len(text):
            labelled = lx.meta_labelled.match(text) is not None
            head = m.group()
            nxt = text[m.end():].lstrip()
            sep = text[m.end():m.end() + 3].strip()[:1]
            # unlabelled, a date is a header when the clock time of its posting follows it
            # ("04.03.2021 | 14:05 Das Parlament …"); a bare date may open a sentence
            # (a figure may follow a labelled or timed header: "… 14:05 Uhr 30 Jahre Haft für …")
            clock = _CLOCK_AFTER_DATE_RE.search(head) is not None
            if (labelled or _ISO_HEAD_RE.match(head) or clock) \
                    and (nxt[:1].isupper() or nxt[:1] in "«\"“„" or sep in "|·•–—"
                         or (nxt[:1].isdigit() and (labelled or clock))):
                out.append((0, len(head.rstrip()), "date header"))
    # a date stamp glued to the end of the headline ("New law comes into force 04.02.2025
    # 14:32", "… in force date 2025-02-04"): a scraper joined the header line to it
    if first and len(text) <= 200:
        tail = _trailing_stamp(text, lx)
        if tail is not None:
            out.append((tail, len(text.rstrip(" .,;|")), "date stamp after the headline"))
    # reading time anywhere ("Lesezeit: 3 Min.")
    low = b.lower
    if any(map(low.__contains__, lx.reading_labels)):
        for m in lx.reading_label_re.finditer(text):
            if not any(a <= m.start() < z for a, z, _ in out):
                out.append((m.start(), m.end(), "reading time"))
    # a date line glued to the end of the last sentence ("… said. Updated 04.02.2025, 10:12")
    for s in b.tails()[:1]:
        tail = text[s:].rstrip(" .")
        if lx.meta_labelled.fullmatch(tail):
            out.append((s, s + len(tail), "date line"))
    # or widgets: "… said. Updated 3 hours ago", "… said. 5 Min. Lesezeit | 12 comments"
    # (an abbreviation's dot may look like a sentence end: two starts are tried)
    for s in b.tails()[:2]:
        if any(a <= s < z for a, z, _ in out):
            break
        why = _widgets(text[s:], lx)
        if why:
            out.append((s, len(text.rstrip()), why))
            break
    return out


def _trailing_stamp(text: str, lx: _Lex) -> int | None:
    """Start of a date stamp that ends a headline-like block, or None.  The headline has
    no sentence end and the word before the stamp is no function word ("… on 4 February
    2025" is the text's own date)."""
    body = text.rstrip(" .,;|")
    for m in re.finditer(r"\s(?=\S)", body):
        start = m.end()
        if start < 12:
            continue
        st = lx.meta_head.fullmatch(body, start)
        if st is None:
            continue
        head = body[:m.start()].rstrip()
        words = head.split()
        if len(words) < 2 or not head[:1].isupper() or head[-1:] in ".!?:;,…" or len(words) > 18:
            return None
        prev = words[-1].casefold().strip("«»\"“”„'’()")
        if prev in lx.function_all or prev.isdigit():
            return None
        return start
    return None


def _breadcrumb_ok(text: str) -> bool:
    if _ui_row(text, lex()) is not None:
        return False  # "Facebook | X | WhatsApp": share buttons, F003's
    parts = [p.strip() for p in re.split(r"\s*(?:>|›|»|\||→)\s*", text) if p.strip()]
    return len(parts) >= 3 and all(_cap(p) and _words(p) <= 4 for p in parts) and not text.rstrip()[-1:] in _FINAL


@rule("F006", "leaked-metadata", "Markup/Boilerplate", "minor", artefact="leaked-metadata",
      summary="Scraper metadata in the text: a date header glued to the start (“date 2024-11-06 …”, "
              "“Aktualisiert am 04.02.2025, 10:12 Uhr”), reading times, breadcrumbs, URL lines, and "
              "the widgets glued to a paragraph's end or on a line of their own: relative timestamps "
              "(“Updated 3 hours ago”, “vor 3 Stunden”), comment and photo-gallery counters "
              "(“12 comments”, “1 / 12”).",
      why="Page metadata is not part of the article; glued to the lead it garbles the first "
          "sentence a reader sees.",
      fail=("Der Bundesrat hat am Mittwoch neue Regeln beschlossen.",
            "date 2024-11-06 The Federal Council adopted new rules on Wednesday."),
      ok=("Am 6. November 2024 hat der Bundesrat neue Regeln beschlossen.",
          "On 6 November 2024, the Federal Council adopted new rules."))
def leaked_metadata(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    date = ctx.source.meta.get("date") if ctx.source is not None else None
    whole = ctx.one_string() and _source_is_metadata(ctx)
    for S, E, why in metadata_spans(ctx):
        if whole and not ctx.target.text[:S].strip() and not ctx.target.text[E:].strip(" ."):
            continue  # a catalogue's string: a timestamp translating a timestamp ("%d hours ago")
        if why == "date line" and _source_keeps_metadata(ctx, S, E):
            continue  # the plain-text source has its date line there: its layout, kept
        ev = []
        if date and why in ("date header", "date line"):
            ev = [ctx.evidence(ctx.source, text=date, note="page metadata of the source (not article text)")]
        verb = "are" if why == "page widgets" else "is"
        yield ctx.flag(S, E, f"{why} “{_q(ctx.target.text[S:E], 50)}” {verb} page metadata, not article text",
                       evidence=ev, suggestion="")


def _source_is_metadata(ctx: CheckContext) -> bool:
    """Is the whole source one piece of page metadata ("3 hours ago", "5 min read")?"""
    lx = lex()
    bl = _blocks(ctx.source)
    if len(bl) != 1:
        return False
    spans = find_metadata(bl[0], lx, True)
    return any(s == 0 and e >= len(bl[0].text.rstrip(" .")) for s, e, _why in spans)


def metadata_spans(ctx: CheckContext) -> list[tuple[int, int, str]]:
    """Scraper metadata in the target as (start, end, what), in text offsets; other rules
    read it too (a date header glued to the lead is no lower-case sentence start)."""
    def build() -> list[tuple[int, int, str]]:
        lx = lex()
        out = []
        first_done = False
        for b in blocks(ctx):
            if b.kind in FURNITURE_KINDS:
                first_done = True
                continue
            out += [(b.start + s, b.start + e, why) for s, e, why in find_metadata(b, lx, not first_done)]
            first_done = True
        return out
    return ctx.cached("furniture.metadata", build)


# --------------------------------------------------------------------------------------
# bylines (F007)
# --------------------------------------------------------------------------------------

_NAME_TOKEN_RE = re.compile(r"[^\W\d_][\w'’.\-]*")


def _opens_with_teaser(ctx: CheckContext, b: Block) -> bool:
    """Does block ``b`` open with a related-article teaser label ("Read also: …"): F003's,
    no caption, though a picture's credit follows it."""
    return any(h is b and any(s == 0 and ent.kind == "label" for s, _e, ent in hits) for h, hits in ui_hits(ctx))


def ui_hits(ctx: CheckContext) -> list[tuple[Block, list[tuple[int, int, _UIEntry]]]]:
    """Each running-text block of the target with its UI strings (find_ui), found once
    for F003 and the rules that leave those spans to it."""
    return ctx.cached("furniture.ui", lambda: [(b, find_ui(b, lex())) for b in blocks(ctx)
                                               if b.kind not in FURNITURE_KINDS])


def number_free_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans whose figures are no figures of the article: page metadata (dates,
    relative timestamps, reading times, counters) and the counts of UI labels ("Comments
    (12)", "Facebook 34"). For the numbers rules, which today read metadata_spans only."""
    def build() -> list[tuple[int, int]]:
        lx = lex()
        out = [(a, z) for a, z, _why in metadata_spans(ctx)]
        for b, hits in ui_hits(ctx):
            if hits and lx.prefilter_meta.search(b.text) is not None:
                out += [(b.start + s, b.start + e) for s, e, _ent in hits
                        if lx.prefilter_meta.search(b.text, s, e)]
        if ctx.runs("F007"):
            # the date of a byline glued to the story ("By Marco Villa | 8 June 2026, 09:12Voters"):
            # F007's finding, not figures the source lacks
            out += glued_byline_spans(ctx)
        return sorted(out)
    return ctx.cached("furniture.number_free", build)


def tail_furniture_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans of furniture that may end a paragraph: metadata, UI strings and rows,
    credits. The end-of-sentence rules leave a sentence that ends in one to the F rules
    ("… the man. Read more" has no missing full stop)."""
    def build() -> list[tuple[int, int]]:
        out = [(a, z) for a, z, _why in metadata_spans(ctx)]
        out += [(c.start, c.end) for c in credits(ctx)]
        out += [(b.start + s, b.start + e) for b, hits in ui_hits(ctx) for s, e, _ent in hits]
        return sorted(out)
    return ctx.cached("furniture.tail_spans", build)


def banner_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans of the sentences F003 reports as cookie or paywall banner text (C001
    reads a bead without them: no omission hides behind a banner's length)."""
    lx = lex()
    out: list[tuple[int, int]] = []
    for b, _hits in ui_hits(ctx):
        low = b.lower
        for kw, rx in lx.ui_res:
            if kw in low:
                for m in rx.finditer(b.text):
                    a, z = _sentence_around(b.text, m.start(), m.end())
                    out.append((b.start + a, b.start + z))
    return out


def claimed_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans a running F rule reports as page furniture: captions (F001), credits
    (F002), UI labels (F003), date lines (F006), bylines (F007).  Coverage rules leave
    them alone: one artefact, one finding (a leaked caption is no second "addition")."""
    def build() -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        if ctx.runs("F001"):
            out += [(a, z) for a, z, _why, _ev in _caption_candidates(ctx)]
        if ctx.runs("F002"):
            out += [(c.start, c.end) for c in credits(ctx)]
        if ctx.runs("F003"):
            out += [(b.start + a, b.start + z) for b, hits in ui_hits(ctx) for a, z, _ent in hits]
        if ctx.runs("F006"):
            out += [(a, z) for a, z, _why in metadata_spans(ctx)]
        if ctx.runs("F007"):
            out += byline_spans(ctx)
        return sorted(out)
    return ctx.cached("furniture.claimed", build)


def glued_byline_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans of bylines glued to the start of one of the first paragraphs (F007's);
    the name rules leave the names in them alone (By Elena RuizMADRID – … is no name)."""
    def build() -> list[tuple[int, int]]:
        lx = lex()
        bl = blocks(ctx)
        rank = {p: i for i, p in enumerate(sorted({b.para for b in bl}))}
        credit_spans = {(c.block.start, c.block.end) for c in credits(ctx) if c.standalone}
        out = []
        for b in bl:
            if b.kind in FURNITURE_KINDS or b.kind in HEADING_KINDS or (b.start, b.end) in credit_spans:
                continue
            if b.line == 0 and rank[b.para] <= 3 and _words(b.text) > 4:
                end = glued_byline(b.text, lx, ctx.target.lang)
                if end is None and rank[b.para] <= 1:
                    # (the first paragraph, or the one after a plain-text headline)
                    end = _spaced_byline(ctx, b.text, lx)
                if end is not None and not _source_keeps_byline(ctx, b):
                    out.append((b.start, b.start + end))
        return out
    return ctx.cached("furniture.glued_bylines", build)


def byline_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target blocks (not marked furniture by the file) that are explicit bylines."""
    def build() -> list[tuple[int, int]]:
        lx = lex()
        return [(b.start, b.end) for b in blocks(ctx)
                if b.kind not in FURNITURE_KINDS and find_byline(b, lx, ctx.target.lang)]
    return ctx.cached("furniture.bylines", build)


def _source_keeps_byline(ctx: CheckContext, b: Block) -> bool:
    """Is target block ``b`` aligned with a line of a plain-text source that is itself a
    byline of its own ("By Jane Smith" → "Von Jane Smith")?  Then the translation keeps the
    source's layout; a byline the source marks as one (HTML) or lacks is a leak.  Articles
    only: a lone pair has no layout to keep (the rule's own example is one)."""
    return _source_keeps(ctx, b.start, b.end, lambda line: bool(find_byline(line, lex(), ctx.source.lang)))


def _source_keeps_metadata(ctx: CheckContext, start: int, end: int) -> bool:
    """Is target text [start, end) aligned with a line of a plain-text source that is itself
    a line of page metadata ("Publié le 5 décembre 2024" → "Published on 5 December
    2024")?  The translation keeps the source's layout then, as with a byline."""
    return _source_keeps(ctx, start, end, lambda line: any(
        s == 0 and e >= len(line.text.rstrip(" .,;|")) for s, e, _w in find_metadata(line, lex(), True)))


def _source_keeps(ctx: CheckContext, start: int, end: int, test: Callable[[Block], bool]) -> bool:
    """Is target text [start, end) aligned with a running-text line of the source that
    ``test`` accepts?  Articles only."""
    if len(ctx.beads()) <= 1 or ctx.source is None:
        return False
    lines = ctx.cached("furniture.source_blocks", lambda: _blocks(ctx.source))
    for seg in ctx.target.segments:
        if seg.start >= end or seg.end <= start:
            continue
        bead = ctx.bead_of_target(seg.index)
        if bead is None:
            continue
        for s in bead.source:
            line = next((x for x in lines if x.start <= s.start and s.end <= x.end), None)
            if line is not None and line.kind not in FURNITURE_KINDS and test(line):
                return True
    return False


def source_line_is_furniture(ctx: CheckContext, start: int, end: int) -> bool:
    """Is source text [start, end) inside a line that is page furniture by the F rules'
    own tests: an explicit byline, a credit or a web UI label on a line of its own?  A
    translation that leaves such a line out omits nothing (C001).  Only the lines asked
    about are read."""
    src = ctx.source
    if src is None:
        return False
    lines = ctx.cached("furniture.source_blocks", lambda: _blocks(src))
    verdicts = ctx.cached("furniture.source_verdicts", dict)
    lx = lex()
    for k, b in enumerate(lines):
        if b.end <= start:
            continue
        if b.start > start or end > b.end:
            return False
        if k not in verdicts:
            c = _find_credit(b, lx)
            # the file's own kinds are read by the coverage rules themselves
            verdicts[k] = b.kind not in FURNITURE_KINDS and bool(
                (c is not None and c.standalone) or find_byline(b, lx, src.lang) or _ui_lookup(b.text, lx))
        return verdicts[k]
    return False


def page_furniture_spans(ctx: CheckContext) -> list[tuple[int, int]]:
    """Target spans that are page furniture in any language: metadata (date lines),
    credit lines of their own, explicit bylines, and the web UI labels a running F003
    reports. The language rules leave them to the F rules ("Publié le 14 février 2025"
    atop an Italian text is no untranslated French, "Leer más" under an English one no
    Spanish copied from the source: one artefact, one finding)."""
    def build() -> list[tuple[int, int]]:
        out = [(a, b) for a, b, _why in metadata_spans(ctx)]
        # a credit of its own block, and one that is a sentence of its own at a block's
        # end (a caption's "... 27 September 2019. REUTERS/Piroschka van de Wouw")
        out += [(c.block.start, c.block.end) if c.standalone else (c.start, c.end) for c in credits(ctx)]
        out += byline_spans(ctx)
        if ctx.runs("F003"):
            out += [(b.start + a, b.start + z) for b, hits in ui_hits(ctx) for a, z, _ent in hits]
        return sorted(out)
    return ctx.cached("furniture.page_spans", build)


def _name_tokens(s: str, lx: _Lex, lang: str | None, caps: bool = False) -> list[str] | None:
    """The name tokens of ``s`` if it reads as one or more person names, else None.
    ``caps``: names may be written in capitals ("By ANNA KELLER")."""
    toks = s.replace(",", " , ").split()
    if caps and s.isupper():
        toks = [t if t in (",",) else t[:1] + t[1:].lower() for t in toks]
    names: list[str] = []
    cur = 0
    for t in toks:
        if t == ",":
            if cur == 1:
                return None
            cur = 0
            continue
        if t in lx.joiners:
            if cur < 2:
                return None
            cur = 0
            continue
        if t in lx.particles:
            continue
        if not _NAME_TOKEN_RE.fullmatch(t) or not _cap(t):
            return None
        if t.casefold() in lx.function_all and len(t) > 1 and not t.endswith("."):
            return None
        if t.isupper() and len(t) > 2:
            return None
        names.append(t)
        cur += 1
    if cur == 1 or not names:
        return None
    return names


_DATE_ARTICLE_RE = re.compile(r"^(?:le|am|el|il|on|the|du|del|den)\s+", re.IGNORECASE)  # "le 14 février"


def find_byline(b: Block, lx: _Lex, lang: str | None) -> str | None:
    """An explicit byline: "By Anna Keller", "Von Anna Keller, Zürich", "Text: Anna Keller",
    also with the date after it, as scrapers glue them ("By Anna Keller, February 14,
    2025 at 10:32 am", "di Marco Rossi, 14 febbraio 2025 alle 10:32")."""
    text = b.text.rstrip(" .")
    if _words(text) > 14 or len(text) > 120:
        return None
    m = lx.by_re.fullmatch(text)
    if m and _byline_names(m.group("names"), lx, lang):
        return "byline"
    if "," in text and lx.prefilter_meta.search(text):
        for k in (i for i, c in enumerate(text) if c == ","):
            if lx.meta_head.fullmatch(_DATE_ARTICLE_RE.sub("", text[k + 1:].strip(" .,;|"))):
                m = lx.by_re.fullmatch(text[:k].rstrip())
                return "byline" if m and _byline_names(m.group("names"), lx, lang) else None
    return None


# a word glued to the next, capitalised one (SittenDie, BerlijnDe, ViennaThe)
_LETTERS = re.compile(r"[^\W\d_]{4,}")


def _glued_capital(s: str) -> int | None:
    """Where a capitalised word is glued to the lower-case end of the word before it
    (Anna KellerDie, Анна СмирноваЦентральная, Marie DupontL'Autorité), in any cased
    script; three lower-case letters first (not McDonald, DiCaprio)."""
    for m in _LETTERS.finditer(s):
        w = m.group()
        for i in range(3, len(w)):
            if w[i].isupper() and w[i - 3:i].islower():  # (w is letters only)
                after = s[m.start() + i + 1:m.start() + i + 2]
                if after.islower() or after in ("'", "’"):
                    return m.start() + i
    return None


# or glued to the dateline in capitals that opens the story (By Elena RuizMADRID – …)
_GLUED_DATELINE = re.compile(r"(?<=[a-zß-ÿ]{3})(?=[A-ZÀ-Þ]{3,}\b)")


def glued_byline(text: str, lx: _Lex, lang: str | None) -> int | None:
    """The end of a byline glued to the start of a paragraph ("Von Martin Imboden,
    SittenDie Walliser …", "By Anna Gruber The opening …"): a byline marker, two or three
    names (and a place after a comma), then the sentence: glued on without a space, or
    after one where it opens with a capitalised function word (The, Die, De, Le)."""
    m = lx.by_start_re.match(text)
    if m is None:
        return None
    rest = text[m.end():m.end() + 80]
    g = _glued_capital(rest)
    if g is None:
        d = _GLUED_DATELINE.search(rest)
        g = d.start() if d else None
    if g is not None and _words(rest[:g]) <= 5 and _byline_names(rest[:g], lx, lang):
        return m.end() + g
    dated = _dated_byline_end(rest, lx, lang)
    if dated is not None:
        return m.end() + dated
    a = lx.agency_glued_re.search(rest)
    if a is not None and _words(rest[:a.start()]) <= 3 and _name_tokens(rest[:a.start()], lx, lang, caps=True):
        return m.end() + a.end()
    fw = lx.function.get(norm_lang(lang) or "", lx.function_all) or lx.function_all
    toks = list(re.finditer(r"\S+", rest))
    calendar = _calendar_words(lang)
    for k in (2, 3):
        if len(toks) > k + 1:
            nxt = toks[k].group()
            if _cap(nxt) and nxt.casefold() in fw and _name_tokens(rest[:toks[k - 1].end()], lx, lang) is not None \
                    and "," not in rest[:toks[k - 1].end()] \
                    and not any(t.group().casefold() in calendar for t in toks[:k]):  # By Sunday Evening The
                return m.end() + toks[k - 1].end()
    return None


# the separator between a byline's names and its date ("Marco Villa | 8 June 2026")
_BYLINE_DATE_SEP = re.compile(r"\s*(?:,|\s[|·•–—/]|[|·•])\s*")


def _dated_byline_end(rest: str, lx: _Lex, lang: str | None) -> int | None:
    """The end of the date of a byline's names with their date, the sentence glued on
    ("Marco Villa | 8 June 2026, 09:12Voters in …", "Anna Keller, 4. Februar 2025 Die …"):
    the names, a separator, a date (and time), then a capital.  ``rest`` starts after
    the byline marker."""
    sep = _BYLINE_DATE_SEP.search(rest, 0, 60)
    if sep is None:
        return None
    head = rest[:sep.start()]
    if _words(head) > 4 or not _byline_names(head, lx, lang):
        return None
    calendar = _calendar_words(lang)
    if any(w.casefold() in calendar for w in head.split()):
        return None  # "By Sunday Evening, 8 June": a time, no name
    d = lx.date_sig_re.match(rest, sep.end())
    if d is None or d.end() == sep.end():
        return None
    after = rest[d.end():d.end() + 3].lstrip()
    return d.end() if after[:1].isupper() else None


def _spaced_byline(ctx: CheckContext, text: str, lx: _Lex) -> int | None:
    """The end of a byline that a space, not a function word, parts from the sentence it
    opens, at the start of the first paragraph: "By Mette Holm Danish skier …", "Par
    Claire Martin, à Londres Un homme …", or with no marker where the name is glued on
    ("Анна СмирноваЦентральная …").  The name must be missing from the source: spelled as
    written where the source is in the same script; where it is not, the words must read as
    a person's name (_looks_like_name), since a name cannot be looked up across scripts."""
    lang = ctx.target.lang
    m = lx.by_start_re.match(text)
    toks = list(re.finditer(r"\S+", text[:160]))
    if m is None:
        # no marker: two names, the second glued to the sentence's first word
        if len(toks) < 6:
            return None
        g = _glued_capital(toks[1].group())
        if g is None or not _cap(toks[0].group()):
            return None
        names = [toks[0].group(), toks[1].group()[:g]]
        if _name_tokens(" ".join(names), lx, lang) is None or _absent_from_source(ctx, names) is not True:
            return None
        return toks[1].start() + g
    toks = [t for t in toks if t.start() >= m.end()]
    calendar = _calendar_words(lang)
    for k in (2, 3):
        if len(toks) < k + 5:
            return None
        names = [t.group() for t in toks[:k]]
        last = names[-1]
        comma = last.endswith(",")
        names[-1] = last.rstrip(",")
        if _name_tokens(" ".join(names), lx, lang) is None or any(n.casefold() in calendar for n in names):
            continue
        j = k
        if comma:  # a place or the writer's agency: lower-case particles, then one word
            while j < k + 3 and len(toks) > j + 5 and not _cap(toks[j].group()):
                j += 1
            if not _cap(toks[j].group()):
                continue
            j += 1
        if not _cap(toks[j].group()):
            continue
        absent = _absent_from_source(ctx, names)
        if absent is False or (absent is None and not _looks_like_name(" ".join(names), lx, lang)):
            continue
        return toks[j - 1].end()
    return None


def _calendar_words(lang: str | None) -> dict:
    """The weekday and month words of ``lang`` (no name in a byline: By Sunday Evening)."""
    from .numbers import calendar_table  # (numbers imports no F rule: no cycle)
    return calendar_table().get(norm_lang(lang) or "", {})


def _absent_from_source(ctx: CheckContext, names: list[str]) -> bool | None:
    """Are all ``names`` missing from the source (as written, accents aside, any case
    ending)?  None where the source is in another script or absent: it cannot tell."""
    src = ctx.source
    if src is None or not src.text.strip():
        return None
    from .names import _script  # (names imports this module's spans lazily: no cycle)
    main = ctx.cached("furniture.source_script", lambda: _script(src.text[:2000]))
    if not main or any(_script(c) != main for n in names for c in n if c.isalpha()):
        return None
    from ._text import fold
    # (a name the source has only in its own byline or date line is no name of its text)
    folded = ctx.cached("furniture.folded_source", lambda: fold("\n".join(
        s.text for s in src.segments if s.kind not in ("byline", "metadata", "credit"))))
    for n in names:
        f = fold(n)
        # a declined name (Smirnova ~ Smirnovoj, Smirnovou); a short one as a word of its own
        stem, tail = (f[:-1], r"\w{0,4}") if len(f) > 4 else (f, r"")
        if re.search(r"(?<!\w)" + re.escape(stem) + tail + r"(?!\w)", folded):
            return False
    return True


# the last separator before a byline's place or agency
_BYLINE_PLACE_SEP = re.compile(r"\s*(?:,|\s[|·•–—/])\s*(?=[^,|·•–—/]*$)")


def _byline_names(names: str, lx: _Lex, lang: str | None) -> bool:
    """Are the words after "By"/"Von" names, with an optional place after the last comma
    ("Anna Keller, Zürich")?"""
    if _name_tokens(names, lx, lang, caps=True) is not None:
        return True
    m = _BYLINE_PLACE_SEP.search(names)
    if m:
        head, place = names[:m.start()], names[m.end():]
        # a place or the agency the writer works for ("Anna Keller, dpa"; "…, Reuters";
        # a page's "Anna Keller | Zürich", "Anna Keller · Reuters")
        if (_words(place) <= 3 and all(_cap(w) for w in place.split())) or place.strip() in lx.agencies:
            return _name_tokens(head, lx, lang, caps=True) is not None
    return False


_zipf = None


def _zipf_fn():
    global _zipf
    if _zipf is None:
        try:
            from wordfreq import zipf_frequency
            _zipf = zipf_frequency
        except ImportError:  # pragma: no cover - optional
            _zipf = False
    return _zipf


# a given name is about as common in all of them (Anna, Tom, Jean); a word is not
_GIVEN_NAME_LANGS = ("en", "de", "fr", "es", "it")


def _looks_like_name(text: str, lx: _Lex, lang: str | None) -> bool:
    toks = _name_tokens(text, lx, lang)
    if toks is None or not 2 <= len(toks) <= 3 or any(len(t) < 2 for t in toks):
        return False
    from ._text import has_freq
    z = _zipf_fn()
    if not z or not has_freq(lang):  # wordfreq answers a language it lacks with English
        return False
    zs = [z(t.casefold(), lang) for t in toks]
    rare = sum(1 for x in zs if x < 3.5)
    if rare * 2 < len(toks) or max(zs) >= 4.5:
        # a given name every big language writes (Anna, Hans, Jean) before a surname that
        # is also a word of the text's language (Keller, Baker): a name all the same
        return max(zs[1:]) < 5.0 and all(_cap(t) for t in toks[1:]) \
            and all(z(toks[0].casefold(), x) >= 3.0 for x in _GIVEN_NAME_LANGS)
    # given names travel across languages, words of the text's language mostly do not
    other = "de" if lang == "en" else "en"
    return z(toks[0].casefold(), other) >= 2.0


@rule("F007", "leaked-byline", "Markup/Boilerplate", "minor", artefact="leaked-byline",
      summary="An author's byline stands in the running text as a paragraph of its own (“By Anna "
              "Keller”, “Von …”, “Text: …”, or a bare name near the start that the source marks as byline).",
      why="Bylines are page furniture; glued into the body they read as a stray name between "
          "the lead and the story.",
      fail=("Von Anna Keller", "By Anna Keller"),
      ok=("Anna Keller berichtet aus Bern.", "Anna Keller reports from Bern."))
def leaked_byline(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    lx = lex()
    lang = ctx.target.lang
    bl = blocks(ctx)
    paras = sorted({b.para for b in bl})
    rank = {p: i for i, p in enumerate(paras)}
    per_para = Counter(b.para for b in bl)
    n = len(paras)
    seen: list[tuple[int, int]] = []
    credit_spans = {(c.block.start, c.block.end) for c in credits(ctx) if c.standalone}
    glued = {a: z - a for a, z in glued_byline_spans(ctx)}
    for b in bl:
        if b.kind in FURNITURE_KINDS or b.kind in HEADING_KINDS or (b.start, b.end) in credit_spans:
            continue
        end = glued.get(b.start)
        if end is not None:
            seen.append((b.start, b.start + end))
            yield ctx.flag(b.start, b.start + end, f"byline “{_q(b.text[:end], 50)}” glued to the start "
                           "of a paragraph of the running text", suggestion="")
            continue
        if b.text[-1:] in "!?" or _words(b.text) > 14:
            continue
        if find_byline(b, lx, lang):
            if _source_keeps_byline(ctx, b):
                continue  # the source's own text has the byline there: its layout, kept
            ev = _source_evidence(ctx, _near_source(ctx, b.start, {"byline"}), "source has it as a byline")
            seen.append((b.start, b.end))
            yield ctx.flag(b.start, b.end, f"byline “{_q(b.text, 50)}” as a paragraph of the running text",
                           evidence=ev, suggestion="")
            continue
        # a bare name of its own, near the start of an article
        if n < 3 or b.line != 0 or per_para[b.para] != 1:
            continue
        pos = rank[b.para]
        if pos not in (1, 2) or b.text[-1:] in _FINAL + ":;,":
            continue
        if _ui_lookup(b.text, lx) is not None:
            continue
        if _name_tokens(b.text, lx, lang) is None or not 2 <= _words(b.text) <= 4:
            continue
        kinds = set()
        for seg in ctx.target.segments:
            if seg.start < b.end and b.start < seg.end:
                kinds |= _counterpart_kinds(ctx, seg)[0]
        if kinds and "byline" not in kinds:
            continue  # the source says what it is, and it is not a byline
        verbatim = _verbatim_elsewhere(ctx, b.text)
        if verbatim or _looks_like_name(b.text, lx, lang):
            ev = _source_evidence(ctx, _near_source(ctx, b.start, {"byline"}, radius=2), "source has it as a byline")
            if not ev and verbatim:
                ev = [ctx.evidence(d, text=b.text, note=f"the {d.role} has the same name as a line of its own")
                      for d in verbatim[:1]]
            seen.append((b.start, b.end))
            yield ctx.flag(b.start, b.end, f"byline “{_q(b.text, 50)}” (a name on its own, no sentence) "
                           "between the lead and the story", evidence=ev, suggestion="")
    for seg, pairs in _structural(ctx, {"byline"}, 8):
        if any(s < seg.end and seg.start < e for s, e in seen):
            continue
        if not _len_ok(seg.text, " ".join(s.text for _d, s in pairs)):
            continue
        yield ctx.flag(seg.start, seg.end, f"“{_q(seg.text)}” is the byline in the source, body text here",
                       evidence=_source_evidence(ctx, pairs, "byline"), suggestion="")


def _verbatim_elsewhere(ctx: CheckContext, text: str) -> list[Document]:
    """Versions where the same words stand as a line/paragraph of their own (or a byline)."""
    out = []
    key = " ".join(text.split())
    for d in ctx.versions:
        if d.scope != "full":
            continue
        t = d.text
        for p in d.paragraphs:
            if p.end - p.start > len(key) + 40:
                continue
            pt = " ".join(t[p.start:p.end].split())
            if pt == key or (p.kind == "byline" and key in pt):
                out.append(d)
                break
    return out
