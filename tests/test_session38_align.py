"""Session 38: figures glued to the letters of scripts written without spaces between a
figure and its counter (7월 22일부터, 13万人, 2024年) anchor the alignment as figures do
elsewhere: a dropped sentence is the one that was dropped."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.align.anchors import extract_numbers

_EN = ["The phone weighs 215 grams and has a 4,400 mAh battery.",
       "Pre-orders will run from July 22 to 28, and early customers get a free case worth 59,000 won.",
       "Market research firm Counterpoint estimates that foldable phones accounted for 1.5% of shipments.",
       "Hanbit said it does not plan to launch the phone in the United States this year.",
       "Its shares closed up 2.7% at 84,300 won."]
_KO = ["휴대전화 무게는 215g이며 배터리 용량은 4400mAh다.",
       "사전 예약은 7월 22일부터 28일까지 진행되며, 사전 예약 고객에게는 5만9000원 상당의 케이스를 무료로 증정한다.",
       "한빛모바일은 올해 미국에는 이 휴대전화를 출시할 계획이 없다고 밝혔다.",
       "한빛모바일 주가는 2.7% 오른 8만4300원에 거래를 마쳤다."]
_ZH = ["这款手机重215克，电池容量为4400毫安时。",
       "预购将于7月22日至28日进行，早期顾客可免费获得价值59000韩元的手机壳。",
       "韩彬表示，今年没有在美国推出这款手机的计划。",
       "该公司股价上涨2.7%，收于84300韩元。"]


@pytest.mark.parametrize("text,want", [
    ("사전 예약은 7월 22일부터 28일까지", ["7", "22", "28"]),
    ("主办方预计今年将有约13万名观众，2024年", ["13", "2024"]),
    ("ราคา 25 บาท", ["25"]),
    ("M5 and 3D and 4,400 mAh", ["4400"]),  # a figure glued to Latin letters is part of a word
])
def test_figures_glued_to_unspaced_scripts_are_figures(text, want):
    assert extract_numbers(text) == want


@pytest.mark.parametrize("tl,tgt", [("ko", _KO), ("zh", _ZH)])
def test_the_dropped_sentence_is_the_one_reported(tmp_path, tl, tgt):
    s, t = tmp_path / "s.en.txt", tmp_path / f"t.{tl}.txt"
    s.write_text("\n\n".join(_EN) + "\n", encoding="utf-8")
    t.write_text("\n\n".join(tgt) + "\n", encoding="utf-8")
    r = mtcheck.compare(t, source=s)
    c001 = [f.message for f in r.findings if f.code == "C001"]
    assert len(c001) == 1 and "Counterpoint" in c001[0], [(f.code, f.message) for f in r.findings]
