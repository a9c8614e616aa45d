"""Session 73 (po): P003 direction-flipped, one false alarm and recall found by held-out
articles (bench/articles), fixed as classes (written for mtcheck; every example is invented).

1. Korean 올리다 (raise a price, a fee) is weak evidence of the rise: a translation that says
   the price was not raised and something else was cut (줄이다) has both poles, no flip.
"""

from __future__ import annotations

import pytest

import mtcheck


def p003(src, tgt, sl, tl):
    return [f"{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


def major(src, tgt, sl, tl):
    return [x for x in p003(src, tgt, sl, tl) if not x.startswith(("minor", "info"))]


# -- 1. Korean 올리다: a price not raised, a season cut --------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("パン店は「値上げはしない。その代わり営業時間を1時間短くする」と話した。",
     "빵집은 “가격은 올리지 않겠다. 대신 영업시간을 1시간 줄이겠다”고 말했다.", "ja", "ko"),
    ("The bakery said it would not raise prices but would cut its opening hours by one hour.",
     "빵집은 가격을 올리지 않는 대신 영업시간을 1시간 줄이겠다고 밝혔다.", "en", "ko"),
    ("빵집은 가격을 올리지 않는 대신 영업시간을 1시간 줄이겠다고 밝혔다.",
     "The bakery said it would keep its prices and shorten its opening hours by one hour.", "ko", "en"),
])
def test_korean_raise_not_done_beside_a_cut_is_no_flip(src, tgt, sl, tl):
    assert not major(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("パン店は来月から値上げする。", "빵집은 다음 달부터 가격을 낮춘다.", "ja", "ko"),
    ("The bakery raised its prices last month.", "빵집은 지난달 가격을 낮췄다.", "en", "ko"),
])
def test_korean_fall_for_a_rise_still_flipped(src, tgt, sl, tl):
    assert major(src, tgt, sl, tl)
