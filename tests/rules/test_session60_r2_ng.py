"""Session 60 round 2 (helper ng): P001 negation-flipped, false alarms and a miss of batch 33.

1. "Not … until X at the earliest" said "X at the earliest" without a negator (早くても,
   frühestens, earliest, tidigast): an `only_then` word, as "erst", "ようやく" are.
2. Chinese "must" said with two negators around a short verb (不改不行, 非去不可, 不能不) is
   no negation.
3. Chinese 不计 (not counting, excluding: 不计利息 before interest) is a preposition of
   exclusion, a negative word, no negator of its clause.
"""
import pytest

import mtcheck


def _p001(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P001" and not f.suppressed]


# 1. "at the earliest"
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("新しい駅の開業は早くても2030年になる見込みだ。",
     "The new station is not expected to open until 2030 at the earliest.", "ja", "en"),
    ("The new station is not expected to open until 2030 at the earliest.",
     "Der neue Bahnhof wird frühestens 2030 eröffnet.", "en", "de"),
    ("Der neue Bahnhof soll nicht vor 2030 eröffnet werden.",
     "The new station will open in 2030 at the earliest.", "de", "en"),
    ("The new station will not open until 2030.",
     "Den nya stationen öppnar tidigast 2030.", "en", "sv"),
])
def test_at_the_earliest_is_not_until(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # a second negator without its "until" is still dropped
    ("The council will not raise fees, and the station will not open until 2030.",
     "Der Rat wird die Gebühren erhöhen, und der Bahnhof öffnet frühestens 2030.", "en", "de"),
    # no "until": "not open in 2030" is not "2030 at the earliest"
    ("The new station will not open in 2030.",
     "Der neue Bahnhof wird frühestens 2030 eröffnet.", "en", "de"),
])
def test_at_the_earliest_guards(src, tgt, sl, tl):
    assert _p001(src, tgt, sl, tl)


# 2. Chinese "must" with two negators
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("这座桥已经太旧了，不修不行。", "The bridge is too old now; it has to be repaired.", "zh", "en"),
    ("The bridge is too old now; it has to be repaired.", "这座桥已经太旧了，非修不可。", "en", "zh"),
    ("这座桥已经太旧了，我们不能不修。", "Die Brücke ist zu alt, wir müssen sie reparieren.", "zh", "de"),
])
def test_zh_must_is_no_negation(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # a plain negation stays one
    ("这座桥已经太旧了，但市政府不修。", "The bridge is too old now, but the city will repair it.", "zh", "en"),
    # 不可能 (impossible) closes no "must"
    ("The bridge can be repaired.", "这座桥不修不可能。", "en", "zh"),
])
def test_zh_must_guards(src, tgt, sl, tl):
    assert _p001(src, tgt, sl, tl)


# 3. Chinese 不计 (not counting)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The loan will cost the town 2 million dollars, before interest.",
     "这笔贷款将花费该镇200万美元，不计利息。", "en", "zh"),
    ("不计利息，这笔贷款将花费该镇200万美元。",
     "Before interest, the loan will cost the town 2 million dollars.", "zh", "en"),
    ("不计利息，这笔贷款将花费该镇200万美元。",
     "Ohne Zinsen kostet der Kredit die Stadt 2 Millionen Dollar.", "zh", "de"),
])
def test_zh_not_counting_is_no_negator(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)


def test_zh_not_counting_guard():
    # 不计 shields no other negator of its sentence
    assert _p001("Before interest, the town will take the loan.", "不计利息，该镇不会接受这笔贷款。", "en", "zh")
