"""Session 58 (helper misc).  C001 takes no short attribution the segmenter split off the
quotation before it ("……。"王建华说。) for an omission when the bead before translates the
quotation with an attribution after it.  S006 takes no listed rare form of a word's family for a slip
of another word: a short common word with an ending whose other inflected forms the lists
hold (Swedish läggen ~ lägg, not a slip of väggen), the slip being its first letter; a
rare listed case form of a Slavic stem the lists hold in other
forms (Ukrainian корові ~ корова, корову; Russian колотой ~ колотый, колотые), the slip
inside the stem.  Real slips stay slips."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules.spelling import misspellings


def s006(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, source_lang=sl, target_lang=tl) if f.code == "S006"]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a short word's family: the lists hold the stem and two inflected forms of it
    ("de", "sv", "Das Kind hatte sich beide Beine gebrochen.", "Barnet hade brutit båda läggen."),
    ("de", "en", "Der Hering wurde früher in großen Mengen gefangen.",
     "Herring, and tunny too, used to be caught in great numbers."),
    # a Slavic case form the lists hold rarely, its stem known in other forms
    ("en", "uk", "The farmer gave the cow some hay.", "Фермер дав корові трохи сіна."),
    ("en", "ru", "They served chopped ice with the fish.", "К рыбе подали лёд с колотой крошкой."),
])
def test_listed_family_form_is_no_slip(sl, tl, src, tgt):
    assert s006(src, tgt, sl, tl) == []


@pytest.mark.parametrize("text,lang", [
    # a slip whose would-be stem has no inflected forms listed stays a slip
    ("We will heet again next week.", "en"),
    ("He said hime was late.", "en"),
    ("On Monday the govenment announced new measures.", "en"),
    # a slip in the ending of a Slavic word is judged as before
    ("Вартість проєту становитиме 40 мільйонів євро.", "uk"),
])
def test_real_slips_stay(text, lang):
    assert misspellings(text, lang, set())


def test_slip_inside_an_unlisted_stem_stays():
    # the slip lies inside a stem the lists do not know in other forms
    assert misspellings("Депутати підтримали закнопроект у першому читанні.", "uk", set())
    assert misspellings("Уряд ухвалив нове рішення у віторок.", "uk", set())


# -- C001: an attribution split off its quotation ------------------------------------------
from types import SimpleNamespace as _NS  # noqa: E402

from mtcheck.rules.coverage import _split_attribution  # noqa: E402


def _seg(text: str, index: int, paragraph: int = 3):
    return _NS(text=text, index=index, paragraph=paragraph)


def _beads(quote_src: str, quote_tgt: str, attribution: str):
    return [_NS(source=[_seg("工程由市地铁集团负责建设。", 7)], target=[_seg("The metro group is building it.", 7)]),
            _NS(source=[_seg(quote_src, 8)], target=[_seg(quote_tgt, 8)]),
            _NS(source=[_seg(attribution, 9)], target=[])]


@pytest.mark.parametrize("quote_tgt", [
    '"We will make sure the whole project is finished on time," Wang said.',        # zh-en
    "„Wir sorgen dafür, dass das Projekt rechtzeitig fertig wird“, sagte Wang.",    # zh-de
    "« Nous veillerons à ce que le projet soit terminé à temps », a déclaré Wang.",  # zh-fr
])
def test_split_attribution_is_translated_in_its_neighbour(quote_tgt):
    beads = _beads('我们会确保整个工程按期完成。"', quote_tgt, "王建华说。")
    assert _split_attribution(None, beads, 2, beads[2].source[0])


def test_split_attribution_precision():
    # the translation drops the attribution: still missing
    beads = _beads('我们会确保整个工程按期完成。"', '"We will make sure the whole project is finished on time."', "王建华说。")
    assert not _split_attribution(None, beads, 2, beads[2].source[0])
    # a longer sentence after the quotation is no attribution
    beads = _beads('我们会确保整个工程按期完成。"', '"We will finish it on time," Wang said.',
                   "他还表示，明年将再开通两条新的地铁线路。")
    assert not _split_attribution(None, beads, 2, beads[2].source[0])
    # the sentence before is no quotation
    beads = _beads("整个工程将按期完成。", '"We will finish it on time," Wang said.', "王建华说。")
    assert not _split_attribution(None, beads, 2, beads[2].source[0])
