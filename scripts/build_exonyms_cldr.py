"""Build mtcheck/data/names/exonyms.cldr.txt: the names of the countries, world regions and cities of the
exonym lexicon (data/names/exonyms.txt, written by hand in English, German, French,
Spanish, Italian, Portuguese and Dutch) in the other languages mtcheck reads, from the
Unicode CLDR territory names and time-zone exemplar cities that Babel ships (Unicode
License v3).  Each output line starts with the hand lexicon's first form of the country or
city, so it adds forms to that entity; a territory or city whose English CLDR name is no
form of the hand lexicon is left out (no new entities).
Only the short names CLDR gives for running text (Rosja, not Federacja Rosyjska); forms
with a comma or a bracket are left out.  For the languages that decline a name by
changing its last vowel (Rosja ~ Rosji, Rosją; Niemcy ~ Niemcami), a one-word name also
gives its stem (Rosj, Niemc), five letters or more or four that are no word of the hand
lexicon's languages (wordfreq): the lexicon's matching adds the case endings; a Polish or
Czech locative that changes the stem's last consonant (Polsce, Niemczech) is written out.

    pip install babel==2.19.0 wordfreq==3.1.1
    python scripts/build_exonyms_cldr.py
"""
from __future__ import annotations

import pathlib
import re
import sys
import unicodedata

from babel import Locale
from wordfreq import zipf_frequency

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from mtcheck.load.normalize import normalize_text  # noqa: E402
HAND = ROOT / "mtcheck" / "data" / "names" / "exonyms.txt"
OUT = ROOT / "mtcheck" / "data" / "names" / "exonyms.cldr.txt"
# languages the hand lexicon lacks (Serbian in both scripts)
LANGS = ("pl cs sk sl hr sr sr_Latn bs hu ro bg ru uk el tr sv da nb nn fi et lv lt ca "
         "is mk "
         # (session 33) Swahili, Indonesian, Malay, Vietnamese, Filipino, Afrikaans, Albanian,
         # and Arabic, Persian, Hebrew, Hindi, Bengali, Urdu, Tamil, Thai
         "sw id ms vi fil af sq ar fa he hi bn ur ta th").split()
SECTIONS = ("countries", "more countries")
CITY_SECTIONS = ("cities", "more cities")
# (session 36) world regions by their UN M49 codes (Eastern Europe, Southeast Asia, Africa)
REGION_SECTIONS = ("regions", "more regions")
# languages whose case endings replace a name's last vowel
STEMMED = frozenset("pl cs sk sl hr sr sr_Latn bs ru uk lt lv mk el".split())
VOWELS = "aeiouyąęěůóáéíúýаеиоуыюяэєіїьαεηιουωάέήίόύώ"


HAND_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl")


def stem(form: str, own: set[str]) -> str | None:
    """The form without its last vowel(s), when that leaves a safe stem: four letters or
    more, and neither it nor it with a common ending a word of the hand lexicon's
    languages other than a form of its own entity (Chin ~ China is an English word,
    Franc ~ France gives Franco)."""
    if " " in form or "-" in form:
        return None
    st = form.rstrip(VOWELS + VOWELS.upper())
    if st == form or len(st) < 4:
        return None
    return st if safe(st, own, 2.0) else None


# Polish and Czech locatives that change the stem's last consonant (Polska ~ w Polsce,
# Ameryka ~ w Ameryce, Niemcy ~ w Niemczech, Włochy ~ we Włoszech, Amerika ~ v Americe)
# and the genitives of plural names with a vowel put in (Niemcy ~ z Niemiec, Węgry ~ z Węgier)
ALTERNATIONS = {"pl": (("ka", "ce"), ("cy", "czech"), ("chy", "szech"), ("cy", "iec"), ("gry", "gier")),
                "cs": (("ka", "ce"), ("ha", "ze")), "sk": (("ka", "ke"),)}  # (Praha ~ v Praze)


def alternations(form: str, lang: str) -> list[str]:
    """The locative (and genitive) of a one-word name whose ending changes, if any."""
    if " " in form or "-" in form:
        return []
    return [form[:-len(end)] + loc for end, loc in ALTERNATIONS.get(lang, ())
            if form.endswith(end) and len(form) - len(end) >= 2]


def safe(form: str, own: set[str], common: float = 3.0) -> bool:
    """Is ``form``, alone or with a common ending, no word of the hand lexicon's languages
    other than a form of its own entity (the lexicon's matching adds up to three letters
    of inflection: Icelandic Spánn would take Dutch and German spannen for Spain)?  A
    name is written in other languages' texts too (Sverige has Zipf 2.4 in German):
    only a common word (``common``) counts; for a stem a rarer one does."""
    low = form.lower()
    for w in (low, low + "o", low + "e", low + "a", low + "i", low + "s", low + "en", low + "er"):
        if fold(w) not in own and any(zipf_frequency(x, lang) >= common for x in {w, fold(w)} for lang in HAND_LANGS):
            return False
    return True


def fold(s: str) -> str:
    d = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    return "".join(c for c in d if not unicodedata.combining(c)).casefold()


def hand_entities(sections: tuple[str, ...]) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Folded form -> the line's first form; first form -> its folded forms, for the
    lines in the lexicon's sections named ``sections``."""
    first_of: dict[str, str] = {}
    forms_of: dict[str, set[str]] = {}
    keep = False
    for raw in HAND.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# -- "):
            keep = raw[5:].startswith(sections)
        line = raw.split("#", 1)[0].strip()
        if not keep or not line:
            continue
        forms = [f.strip() for f in line.split("|") if f.strip()]
        forms_of.setdefault(forms[0], set()).update(fold(f) for f in forms)
        for f in forms:
            first_of.setdefault(fold(f), forms[0])
    return first_of, forms_of


def cities() -> dict[str, str]:
    """Time zone -> its exemplar city's English name (CLDR gives English ones only where
    they differ from the zone's id: Europe/Copenhagen -> Copenhagen)."""
    zones: set[str] = set()
    for lang in LANGS:
        zones.update(z for z, v in Locale.parse(lang).time_zones.items() if "city" in v)
    en = Locale.parse("en").time_zones
    return {z: en.get(z, {}).get("city") or z.rsplit("/", 1)[-1].replace("_", " ") for z in sorted(zones)}


def add_forms(out: dict[str, list[str]], first: str, seen: set[str], lang: str, local: str | None) -> None:
    """Add ``local``, the name of ``first`` in ``lang``, with its stem and locative."""
    if not local or re.search(r"[,()&/]", local):
        return
    # as a document's text has it: a Persian name's zero-width non-joiner dropped
    local = normalize_text(local)
    if fold(local) not in seen:
        if " " not in local and not safe(local, seen):
            return
        seen.add(fold(local))
        out.setdefault(first, []).append(local)
    # (a name spelled as in English declines too: Bratislava ~ Bratislavy)
    st = stem(local, seen) if lang in STEMMED else None
    if st and fold(st) not in seen:
        seen.add(fold(st))
        out.setdefault(first, []).append(st)
    for alt in alternations(local, lang):
        if fold(alt) not in seen and safe(alt, seen):
            seen.add(fold(alt))
            out.setdefault(first, []).append(alt)


def main() -> int:
    first_of, forms_of = hand_entities(SECTIONS)
    en = Locale.parse("en").territories
    out: dict[str, list[str]] = {}
    for code, name in sorted(en.items()):
        if not re.fullmatch(r"[A-Z]{2}", code):
            continue  # regions (001, 150) and the unknown region
        first = first_of.get(fold(name)) or first_of.get(fold(re.sub(r"\s*\(.*\)", "", name)))
        if first is None:
            continue
        seen = set(forms_of[first])
        for lang in LANGS:
            add_forms(out, first, seen, lang, Locale.parse(lang).territories.get(code))
    region_first_of, region_forms_of = hand_entities(REGION_SECTIONS)
    out_regions: dict[str, list[str]] = {}
    for code, name in sorted(en.items()):
        if not re.fullmatch(r"\d{3}", code) or code == "001":
            continue
        first = region_first_of.get(fold(name))
        if first is None:
            continue
        seen = set(region_forms_of[first])
        for lang in LANGS:
            local = Locale.parse(lang).territories.get(code)
            if local and " " not in local and len(local) < 4:
                continue  # Albanian Azi (Asia) is Romanian "today"
            add_forms(out_regions, first, seen, lang, local)
    city_first_of, city_forms_of = hand_entities(CITY_SECTIONS)
    out_cities: dict[str, list[str]] = {}
    for zone, name in cities().items():
        first = city_first_of.get(fold(name))
        if first is None:
            continue
        seen = set(city_forms_of[first]) | {fold(f) for f in out_cities.get(first, ())}
        for lang in LANGS:
            add_forms(out_cities, first, seen, lang, Locale.parse(lang).time_zones.get(zone, {}).get("city"))
    lines = [
        "# Country and city names of the exonym lexicon in more languages, from Unicode CLDR",
        "# territory names and time-zone exemplar cities via Babel (Unicode License v3;",
        "# generated by scripts/build_exonyms_cldr.py, do not edit by hand). Each line adds",
        "# forms to the entity its first form names in exonyms.txt.",
        "# -- countries (CLDR)",
    ]
    for first in sorted(out):
        lines.append(" | ".join([first] + out[first]))
    lines.append("# -- regions (CLDR)")
    for first in sorted(out_regions):
        lines.append(" | ".join([first] + out_regions[first]))
    lines.append("# -- cities (CLDR)")
    for first in sorted(out_cities):
        lines.append(" | ".join([first] + out_cities[first]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(out)} countries, {sum(map(len, out.values()))} forms; {len(out_regions)} regions, "
          f"{sum(map(len, out_regions.values()))} forms; {len(out_cities)} cities, "
          f"{sum(map(len, out_cities.values()))} forms -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
