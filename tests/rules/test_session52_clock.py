"""Session 52: Chinese 点 after a word for the part of the day (晚上9点, 下午3点) is a clock
hour, read in the 12-hour day the word names (evening 9 = 21:00); alone, 点 may be a score
or a point, so it stays unread (written for mtcheck)."""

import mtcheck


def d001(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]


def test_evening_hour_with_dian_is_21_zh_de():
    assert d001("末班车在晚上9点发车。", "Der letzte Bus fährt um 21 Uhr ab.", "zh", "de") == []
    assert d001("末班车在晚上9点发车。", "Der letzte Bus fährt um 20 Uhr ab.", "zh", "de") != []


def test_afternoon_hour_with_dian_is_15_zh_en():
    assert d001("会议下午3点开始。", "The meeting starts at 15:00.", "zh", "en") == []
    assert d001("会议下午3点开始。", "The meeting starts at 16:00.", "zh", "en") != []


def test_morning_hour_with_dian_stays_morning_zh_fr():
    assert d001("商店上午10点开门。", "Le magasin ouvre à 10 heures.", "zh", "fr") == []
    assert d001("商店上午10点开门。", "Le magasin ouvre à 22 heures.", "zh", "fr") != []
