"""Session 46 (r3): T003 inconsistent rendering for sources written without word spaces
(Chinese, Japanese) or with a space between syllables (Vietnamese), written for mtcheck.

A Chinese source is read in whole runs of characters, so a term (a noun of three
characters inside a longer run) is no unit of its own; a Vietnamese source is read in
syllables, so a term of two or three syllables is no unit either.  Such a term is now a
repeated run of 2-4 characters or 2-3 syllables: where a rendering of several words is
found in every other sentence of the term and nowhere else, and one sentence has it with
one word swapped (reading hall ... reading room), that sentence is flagged.
"""

from __future__ import annotations

import mtcheck


def t003(src, tgt, sl, tl):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "T003" and not f.suppressed]


ZH = ("市政府今年新建了一座图书馆大楼。新馆阅览室可同时容纳三百名读者。周末阅览室开放到晚上九点。"
      "许多学生表示阅览室环境安静舒适。")
ZH_OK = ("The city government built a new library building this year. The new reading hall can "
         "seat three hundred readers at once. At weekends the reading hall is open until nine in "
         "the evening. Many students said the reading hall is quiet and comfortable.")
ZH_BAD = ZH_OK.replace("said the reading hall", "said the reading room")


def test_zh_en_character_term_swapped_word():
    assert t003(ZH, ZH_BAD, "zh", "en") == ["reading room"]


def test_zh_en_character_term_consistent():
    assert t003(ZH, ZH_OK, "zh", "en") == []


# trạm and sạc also stand apart (cổng sạc, trạm xe buýt): only the two syllables together are the term
VI = ("Thành phố sẽ lắp thêm trạm sạc cho xe điện. Mỗi trạm sạc có bốn cổng sạc nhanh. Tài xế có "
      "thể thanh toán tại trạm sạc bằng thẻ. Trạm xe buýt gần chợ cũng được sửa lại.")
VI_OK = ("The city will install more charging stations for electric cars. Each charging station has "
         "four fast charging ports. Drivers can pay at the charging station by card. The bus stop "
         "near the market was also repaired.")
VI_BAD = VI_OK.replace("pay at the charging station", "pay at the charging point")


def test_vi_en_syllable_term_swapped_word():
    assert t003(VI, VI_BAD, "vi", "en") == ["charging point"]


def test_vi_en_syllable_term_consistent():
    assert t003(VI, VI_OK, "vi", "en") == []


def test_swapped_out_word_elsewhere_in_sentence_is_no_swap():
    # the sentence says it otherwise: "the hall" stands beside "reading room"
    tgt = ZH_OK.replace("said the reading hall is quiet",
                        "said the hall, a reading room, is quiet")
    assert t003(ZH, tgt, "zh", "en") == []
