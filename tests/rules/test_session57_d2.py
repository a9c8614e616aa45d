"""Session 57 (helper d2): weekdays of Chinese, Japanese, Korean and Arabic for D003, and
the Vietnamese day/month date after a weekday (thứ Bảy (14/9)) read as a date.

D003 knew no weekday of zh, ja, ko or ar, so 星期五 → Thursday or الثلاثاء ← Thursday went
unseen; and Vietnamese "thứ Bảy (14/9)" was read as two bare numbers, so its month went
missing and the translation's "14 September" drew D001 and D003 false alarms."""
import pytest

import mtcheck
from mtcheck.rules.numbers import calendar_words, digit_months


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# -- CJK and Arabic weekdays ------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("市政府将于星期二召开新闻发布会。", "The city government will hold a press conference on Wednesday.", "zh", "en"),
    ("这座桥将在下周一重新开放。", "The bridge will reopen next Friday.", "zh", "en"),
    ("市長は金曜日に記者会見を開く予定だ。", "The mayor is due to hold a press conference on Monday.", "ja", "en"),
    ("시장은 화요일에 기자회견을 열 예정이다.", "The mayor will hold a press conference on Sunday.", "ko", "en"),
    ("The museum will reopen on Saturday after the repairs.", "سيعيد المتحف فتح أبوابه يوم الأحد بعد الإصلاحات.", "en", "ar"),
    ("The council will vote on Wednesday.", "市议会将于星期四投票。", "en", "zh"),
    ("سيصوت البرلمان يوم الأربعاء على الميزانية.", "Parliament will vote on the budget on Friday.", "ar", "en"),
])
def test_weekday_changed_is_flagged(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "D003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("市政府将于星期二召开新闻发布会。", "The city government will hold a press conference on Tuesday.", "zh", "en"),
    ("这座桥将在下周一重新开放。", "The bridge will reopen next Monday.", "zh", "en"),
    ("市長は金曜日に記者会見を開く予定だ。", "The mayor is due to hold a press conference on Friday.", "ja", "en"),
    ("시장은 화요일에 기자회견을 열 예정이다.", "The mayor will hold a press conference on Tuesday.", "ko", "en"),
    ("The museum will reopen on Saturday after the repairs.", "سيعيد المتحف فتح أبوابه يوم السبت بعد الإصلاحات.", "en", "ar"),
    ("The council will vote on Wednesday.", "市议会将于星期三投票。", "en", "zh"),
    # 每周一次 is "once a week", not Monday
    ("会议每周一次，周五除外。", "The meeting is held once a week, except on Fridays.", "zh", "en"),
])
def test_weekday_kept_is_silent(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "D003")


def test_cjk_weekday_forms():
    assert [n for _, n, _, _ in calendar_words("4月18日（星期五）和周日", "zh")] == [5, 7]
    assert not calendar_words("每周一次，两周一次，一周年", "zh")
    assert [n for _, n, _, _ in calendar_words("5月2日（金）と日曜日", "ja")] == [5, 7]
    assert [n for _, n, _, _ in calendar_words("목요일에 만나요", "ko")] == [4]


# -- Vietnamese day/month date after a weekday ------------------------------------------

@pytest.mark.parametrize("text,month", [
    ("Lễ hội sẽ khai mạc vào thứ Sáu (20/6) tại quảng trường.", 6),
    ("Chủ nhật, 3/8, trường sẽ tổ chức lễ khai giảng.", 8),
    ("Buổi họp diễn ra vào thứ 5 (11/4).", 4),
])
def test_vietnamese_weekday_day_month_is_a_date(text, month):
    assert [set(c) for c, _, _ in digit_months(text, "vi")] == [{month}]


def test_vietnamese_ordinal_fraction_is_no_date():
    # lowercase "thứ ba" is "third": 3/4 after it is no date
    assert not digit_months("Đây là lần thứ ba (3/4 số phiếu) được thông qua.", "vi")


def test_vietnamese_weekday_date_kept_is_silent():
    src = "Mùa thu hoạch sẽ kết thúc vào cuối tháng 11. Trước đó, vào thứ Sáu (18/10), hội nông dân sẽ họp."
    tgt = ("The harvest will end in late November. Before that, on Friday (18 October), "
           "the farmers' association will meet.")
    assert not _codes(src, tgt, "vi", "en", "D003")
    assert not _codes(src, tgt, "vi", "en", "D001")


def test_vietnamese_weekday_date_changed_is_flagged():
    src = "Trước đó, vào thứ Sáu (18/10), hội nông dân sẽ họp."
    tgt = "Before that, on Friday (18 November), the farmers' association will meet."
    assert _codes(src, tgt, "vi", "en", "D003") or _codes(src, tgt, "vi", "en", "D001")
