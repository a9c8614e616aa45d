"""Session 57 (n4): false alarms and misses of batch 27 (s62).

- F003: newsletter sign-up prompts in the Turkish polite imperative (Bültenimize abone
  olun) and Vietnamese link labels before a teaser (Đọc thêm: …) are page furniture.
- N003/N004: the nations of the United Kingdom in more languages (İskoçya, Szkocja,
  Galler, Walia): rendered, not missing; another country in their stead is a swap.
- Names across scripts: Arabic writes the English ch as ta and shin (تش), read as ch.
- German: a noun whose frequency abroad comes from one language where it is a common
  word of its own (Folie, French folie) is no name.
- Vietnamese: "Cơ quan" (agency) opening a body's name is its head, no name.
"""
from __future__ import annotations

import os

import pytest

import mtcheck
from mtcheck.model import Severity
from mtcheck.rules import _text as T


def findings(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[tuple[str, Severity]]:
    sp = os.path.join(tmp_path, f"source.{sl}.txt")
    tp = os.path.join(tmp_path, f"target.{tl}.txt")
    with open(sp, "w", encoding="utf-8") as f:
        f.write(src)
    with open(tp, "w", encoding="utf-8") as f:
        f.write(tgt)
    rep = mtcheck.compare(tp, source=sp, source_lang=sl, target_lang=tl, semantic=False)
    return [(tgt[slice(*(f.text_span or f.span))], f.severity) for f in rep.findings
            if f.code == code and not f.suppressed]


# -- F003: UI strings -------------------------------------------------------------
TR_SRC = ("The town opened a new library on Friday.\n\n"
          "It holds 40,000 books and a reading room for children.\n\n"
          "The mayor said it had cost less than planned.\n")
VI_SRC = TR_SRC


def _three(a: str, b: str, c: str, mid: str | None = None) -> str:
    parts = [a, b] + ([mid] if mid else []) + [c]
    return "\n\n".join(parts) + "\n"


TR = ("Kasaba cuma günü yeni bir kütüphane açtı.",
      "Kütüphanede 40.000 kitap ve çocuklar için bir okuma salonu bulunuyor.",
      "Belediye başkanı, maliyetin planlanandan düşük olduğunu söyledi.")
VI = ("Thị trấn đã khai trương một thư viện mới vào thứ Sáu.",
      "Thư viện có 40.000 cuốn sách và một phòng đọc cho trẻ em.",
      "Thị trưởng cho biết chi phí thấp hơn dự kiến.")

UI_LEAKS = [
    (_three(*TR, mid="E-bültenimize abone olun"), "tr", "E-bültenimize abone olun"),
    (_three(*TR, mid="Bültenimize kaydolun"), "tr", "Bültenimize kaydolun"),
    (_three(*VI, mid="Đọc thêm: Giá xăng tăng lần thứ ba trong tháng"), "vi", "Đọc thêm:"),
    (_three(*VI, mid="Tin liên quan: Hà Nội mở thêm hai tuyến xe buýt"), "vi", "Tin liên quan:"),
]


@pytest.mark.parametrize("tgt,tl,leak", UI_LEAKS, ids=["tr-ebulten", "tr-kaydolun", "vi-doc-them", "vi-tin-lien-quan"])
def test_ui_line_leaked(tmp_path, tgt, tl, leak):
    found = findings(tmp_path, TR_SRC, tgt, "en", tl, "F003")
    assert any(leak in t and sev >= Severity.MAJOR for t, sev in found), found


def test_ui_words_inside_a_sentence_stay_silent(tmp_path):
    # a sentence that asks readers to subscribe, and "đọc thêm" inside running text
    src = TR_SRC + "\nReaders can subscribe to the library's newsletter online.\n"
    tgt = _three(*TR) + "\nOkurlar kütüphanenin bültenine internetten abone olabilir.\n"
    assert findings(tmp_path, src, tgt, "en", "tr", "F003") == []
    src = TR_SRC + "\nChildren can read more books in the summer.\n"
    tgt = _three(*VI) + "\nTrẻ em có thể đọc thêm sách vào mùa hè.\n"
    assert findings(tmp_path, src, tgt, "en", "vi", "F003") == []


# -- N003 / N004: nations of the United Kingdom --------------------------------------
NATIONS_KEPT = [
    ("The report said Scotland had the most rain in March.",
     "Raporda mart ayında en çok yağışın İskoçya'ya düştüğü belirtildi.", "en", "tr"),
    ("The report said Scotland had the most rain in March.",
     "Raport wskazał, że najwięcej deszczu w marcu spadło w Szkocji.", "en", "pl"),
    ("The coach said Wales deserved the win.",
     "Teknik direktör, Galler'in galibiyeti hak ettiğini söyledi.", "en", "tr"),
    ("The coach said Wales deserved the win.",
     "Trener powiedział, że Walia zasłużyła na zwycięstwo.", "en", "pl"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", NATIONS_KEPT, ids=["tr-scotland", "pl-scotland", "tr-wales", "pl-wales"])
def test_uk_nation_rendered_in_its_language(tmp_path, src, tgt, sl, tl):
    assert findings(tmp_path, src, tgt, sl, tl, "N003") == []
    assert findings(tmp_path, src, tgt, sl, tl, "N004") == []


NATIONS_SWAPPED = [
    ("The report said Scotland had the most rain in March.",
     "Raporda mart ayında en çok yağışın İrlanda'ya düştüğü belirtildi.", "en", "tr", "İrlanda"),
    ("The coach said Wales deserved the win.",
     "Trener powiedział, że Irlandia zasłużyła na zwycięstwo.", "en", "pl", "Irlandia"),
]


@pytest.mark.parametrize("src,tgt,sl,tl,other", NATIONS_SWAPPED, ids=["tr", "pl"])
def test_uk_nation_swapped_for_another_country(tmp_path, src, tgt, sl, tl, other):
    assert [t for t, _ in findings(tmp_path, src, tgt, sl, tl, "N004")] == [other]


# -- Arabic ch ------------------------------------------------------------------------
@pytest.mark.parametrize("name,text", [
    ("Rachel", "وقالت رايتشل إن المشروع تأخر"),
    ("Mitchell", "وقال ميتشل إن المشروع تأخر"),
    ("Charles", "وقال تشارلز إن المشروع تأخر"),
    ("Richard", "وقال ريتشارد إن المشروع تأخر"),
])
def test_arabic_ta_shin_reads_as_ch(name, text):
    assert T.present_in_other_script(name, text)


@pytest.mark.parametrize("name,text", [
    ("Russell", "وقال ريتشارد إن المشروع تأخر"),
    ("Rachel", "وقالت راشد إن المشروع تأخر"),
])
def test_arabic_ta_shin_no_other_name(name, text):
    assert not T.present_in_other_script(name, text)


def test_arabic_name_with_ch_not_missing(tmp_path):
    src = "Rachel Dunmore, the head of planning, said the scheme was late."
    assert findings(tmp_path, src, "وقالت رايتشل دنمور، رئيسة قسم التخطيط، إن المشروع تأخر.",
                    "en", "ar", "N003") == []
    assert findings(tmp_path, src, "قالت رئيسة قسم التخطيط إن المشروع تأخر.", "en", "ar", "N003") != []


# -- German noun that is a word of one other language --------------------------------
FOREIGN_WORD_NOUNS = [
    ("Die Bauern decken die Beete mit Folie ab, sagte der Sprecher.",
     "Los agricultores cubren los bancales con plástico, dijo el portavoz.", "de", "es"),
    ("Die Bauern decken die Beete mit Folie ab, sagte der Sprecher.",
     "Gli agricoltori coprono le aiuole con la plastica, ha detto il portavoce.", "de", "it"),
    ("Die Bauern decken die Beete mit Folie ab, sagte der Sprecher.",
     "The farmers cover the beds with plastic sheeting, the spokesman said.", "de", "en"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", FOREIGN_WORD_NOUNS, ids=["de-es", "de-it", "de-en"])
def test_german_noun_that_is_a_french_word_is_no_name(tmp_path, src, tgt, sl, tl):
    assert findings(tmp_path, src, tgt, sl, tl, "N003") == []


@pytest.mark.parametrize("w", ["fischer", "koch", "wagner", "schmidt", "bauer"])
def test_german_surnames_that_are_nouns_stay_names(w):
    assert T.namelike(w, "de", "es") and T.namelike(w, "de", "en")


def test_german_surname_still_missing(tmp_path):
    src = "Die Bauern decken die Beete ab, sagte der Sprecher Thomas Fischer."
    tgt = "Los agricultores cubren los bancales, dijo el portavoz Thomas."
    assert findings(tmp_path, src, tgt, "de", "es", "N003") != []


# -- Vietnamese "Cơ quan" ------------------------------------------------------------
def test_vi_agency_head_is_no_added_name(tmp_path):
    src = "The minister said bids would open through the Regional Transport Authority next week."
    tgt = "Bộ trưởng cho biết việc nhận hồ sơ sẽ được mở qua Cơ quan Giao thông Khu vực vào tuần tới."
    assert findings(tmp_path, src, tgt, "en", "vi", "N005") == []


def test_vi_added_place_after_agency_still_flagged(tmp_path):
    src = "The minister said bids would open through the Regional Transport Authority next week."
    tgt = "Bộ trưởng cho biết việc nhận hồ sơ sẽ được mở qua Cơ quan Giao thông Khu vực ở Đà Nẵng vào tuần tới."
    assert [t for t, _ in findings(tmp_path, src, tgt, "en", "vi", "N005")] == ["Đà Nẵng"]
