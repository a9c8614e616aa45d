"""Session 60 (helper nmb): name-rule false alarms of batch 32 (s67), by class.

1. N003: a Tagalog generic geographic word opening a place's name (Lawa ng Taal, Ilog
   Pasig) is translated when the place's own word is kept (Taal Lake); Tagalog writes
   Wednesday Miyerkoles as well as Miyerkules.
2. N003: Albanian declines a short name in a vowel with -t, -n (Vau ~ i Vaut, Vaun).
3. N003 into Thai: an English -dge is said j (Bridge ~ บริดจ์); an h inside a name that
   _en_sound drops, Thai writes ฮ (Foxhall); a body's title of common words only needs one
   word read back (Alberta Agriculture); a common word closing a title after "and"
   (... and Irrigation) is translated with it.
4. L002: Icelandic names change their stem in the oblique cases (Egilsstaðir ~ á
   Egilsstöðum, Seyðisfjörður ~ á Seyðisfirði): the base form is the name, not a copy.
5. N004: Estonian, Finnish and Hungarian name a country's quarter by a compass point
   joined to it by a hyphen (the South East ~ Kagu-Iirimaa).
6. N005: ض is read z as Persian and Urdu say it (رضایی‌نژاد ~ Rezaeinejad, رضوی ~ Razavi,
   رضا ~ Raza).
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.language import _name_form


def codes(src: str, tgt: str, sl: str, tl: str, code: str, about: str = "") -> list[str]:
    """The messages of ``code`` on the pair (``about``: those that name it)."""
    return [f.message for f in mtcheck.check_pair(src, tgt, source_lang=sl, target_lang=tl)
            if f.code == code and about in f.message]


# 1. generic place heads and a weekday spelling
def test_tagalog_lake_head_translated():
    assert not codes("Namatay ang mga isda sa Lawa ng Bulusan noong Lunes.",
                     "The fish died in Bulusan Lake on Monday.", "tl", "en", "N003", "Lawa")
    assert not codes("Umapaw kahapon ang tubig ng Lawa ng Bulusan, ayon sa mga opisyal.",
                     "Wasser aus dem Bulusan-See trat gestern über die Ufer, sagten Beamte.",
                     "tl", "de", "N003", "Lawa")


def test_lake_head_guard_place_dropped():
    # the place's own word is gone: the name is still missing
    assert codes("Umapaw kahapon ang tubig ng Lawa ng Bulusan, ayon sa mga opisyal.",
                 "Wasser aus dem See trat gestern über die Ufer, sagten Beamte.",
                 "tl", "de", "N003", "Bulusan")


def test_tagalog_wednesday_variant():
    assert not codes("Nagpulong ang konseho mula Lunes hanggang Miyerkoles sa bayan.",
                     "The council met from Monday to Wednesday in the town.", "tl", "en", "N003", "Miyerkoles")
    assert not codes("Nagpulong ang konseho mula Lunes hanggang Miyerkoles sa bayan.",
                     "Der Rat tagte von Montag bis Mittwoch in der Stadt.", "tl", "de", "N003", "Miyerkoles")


# 2. Albanian short names in a case
def test_albanian_short_name_definite():
    assert not codes("Uji i lumit arriti urën e Vaut mbrëmë, tha policia.",
                     "The river water reached the Vau bridge last night, police said.",
                     "sq", "en", "N003", "Vaut")
    assert not codes("Uji i lumit arriti urën e Vaut mbrëmë, tha policia.",
                     "Das Flusswasser erreichte gestern Abend die Brücke von Vau, sagte die Polizei.",
                     "sq", "de", "N003", "Vaut")


def test_albanian_short_name_guard():
    assert codes("Uji i lumit arriti urën e Vaut mbrëmë, tha policia.",
                 "The river water reached the bridge last night, police said.",
                 "sq", "en", "N003", "Vaut")


# 3. Thai read-back
def test_thai_dge_and_inner_h():
    assert not codes("The farmers met in Lethbridge on Monday to discuss water.",
                     "เกษตรกรประชุมกันที่เมืองเลทบริดจ์เมื่อวันจันทร์เพื่อหารือเรื่องน้ำ",
                     "en", "th", "N003")
    assert not codes("The farmers met in Foxhall on Monday to discuss water.",
                     "เกษตรกรประชุมกันที่เมืองฟอกซ์ฮอลล์เมื่อวันจันทร์เพื่อหารือเรื่องน้ำ",
                     "en", "th", "N003")


def test_thai_title_of_common_words():
    assert not codes("A spokesperson for Manitoba Agriculture and Fisheries said the plan was sound.",
                     "โฆษกกระทรวงเกษตรและประมงของแมนิโทบากล่าวว่าแผนนี้ดี",
                     "en", "th", "N003")


def test_thai_guard_place_not_read_back():
    assert codes("The farmers met in Lethbridge on Monday to discuss water.",
                 "เกษตรกรประชุมกันที่เมืองแคลกะรีเมื่อวันจันทร์เพื่อหารือเรื่องน้ำ",
                 "en", "th", "N003")


# 4. Icelandic stems
def test_icelandic_umlaut_name_not_copied():
    assert not codes("Fundurinn var haldinn á Egilsstöðum á þriðjudag og margir mættu.",
                     "The meeting was held in Egilsstaðir on Tuesday and many attended.",
                     "is", "en", "L002")
    assert not codes("Fundurinn var haldinn á Seyðisfirði á þriðjudag og margir mættu.",
                     "Das Treffen fand am Dienstag in Seyðisfjörður statt, und viele kamen.",
                     "is", "de", "L002")


def test_icelandic_name_form_guard():
    assert _name_form("egilsstöðum", "egilsstaðir")
    assert _name_form("seyðisfirði", "seyðisfjörður")
    assert not _name_form("egilsstöðum", "eskifjörður")
    assert not _name_form("höfn", "hafnir")  # (too short a stem to tell)


# 5. a quarter as a compass point joined to its country
def test_compass_quarter_hyphenated():
    assert not codes("Dr Ann Byrne, the medical director for the South East, welcomed it.",
                     "Kagu-Iirimaa meditsiinidirektor dr Ann Byrne tervitas seda.", "en", "et", "N004")
    assert not codes("Dr Ann Byrne, the medical director for the North West, welcomed it.",
                     "Loode-Iirimaa meditsiinidirektor dr Ann Byrne tervitas seda.", "en", "et", "N004")


def test_compass_quarter_guard():
    assert codes("Dr Ann Byrne, the medical director for Munster, welcomed it.",
                 "Kagu-Iirimaa meditsiinidirektor dr Ann Byrne tervitas seda.", "en", "et", "N004")


# 6. Persian names read back
def test_persian_name_with_zad():
    assert not codes("حمید رضایی‌نژاد، مدیر این اداره، آمار را اعلام کرد.",
                     "Hamid Rezaeinejad, head of the office, announced the figures.", "fa", "en", "N005")
    assert not codes("حمید رضایی‌نژاد، مدیر این اداره، آمار را اعلام کرد.",
                     "Hamid Rezaeinejad, Leiter des Amtes, gab die Zahlen bekannt.", "fa", "de", "N005")


def test_persian_zad_as_z():
    assert not codes("سازمان کشاورزی خراسان رضوی این آمار را اعلام کرد.",
                     "The Khorasan Razavi agriculture organisation announced the figures.",
                     "fa", "en", "N005")
    assert not codes("احمد رضا خان نے فیصلہ سنایا۔",
                     "Ahmad Raza Khan delivered the verdict.", "ur", "en", "N005")


def test_persian_guard_other_name():
    assert codes("حمید رضایی‌نژاد، مدیر این اداره، آمار را اعلام کرد.",
                 "Hamid Karimi, head of the office, announced the figures.", "fa", "en", "N005")
