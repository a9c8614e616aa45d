"""Session 46 (r1): alignment of a source sentence framing quotations that the translation
splits into a frame sentence and a bare quotation (written for mtcheck).

1. attach_continuations: an unaligned translated sentence holding a quotation joins the
   bead before it when that bead's source quotes more often than its target (Korean
   "…"이라며 "…"고 말했다, Chinese …指出，「…」), and not otherwise;
2. C002 (_added_in_bead): a target sentence of a one-to-many bead that holds the
   quotation the rest of the bead lacks renders the source's quotation: no addition.
"""

from __future__ import annotations

from types import SimpleNamespace

from mtcheck.align import attach_continuations
from mtcheck.rules.coverage import _needed_quote


def _attach(src, tgt, beads):
    return attach_continuations(beads, src, tgt)


# 1. an unaligned bare quotation joins the bead whose source holds it

def test_second_quotation_joins_bead_ko_en():
    src = ['김민수 서울시 환경국장은 "공기가 깨끗해야 한다"라며 "비용은 문제가 아니다"고 말했다.']
    tgt = ['"The air must be clean," said Kim Min-su, head of the Seoul city government\'s environment bureau.',
           '"The cost is not the problem."']
    assert _attach(src, tgt, [([0], [0]), ([], [1])]) == [([0], [0, 1])]


def test_quotation_joins_bead_zh_en():
    src = ["清华大学教授王志明指出，「这不是市场失灵，而是监管缺位」。"]
    tgt = ["Wang Chih-ming, a professor at Tsinghua University, pointed to the regulators.",
           "\"This is not a market failure but a lack of oversight,\" he said."]
    assert _attach(src, tgt, [([0], [0]), ([], [1])]) == [([0], [0, 1])]


def test_quotation_joins_bead_ja_de():
    src = ["田中教授は「市場の失敗ではない」と述べた。"]
    tgt = ["Das sagte Professor Kenichi Tanaka von der Universität Tokio.",
           "„Das ist kein Marktversagen.“"]
    assert _attach(src, tgt, [([0], [0]), ([], [1])]) == [([0], [0, 1])]


def test_unquoted_sentence_stays_alone_zh_en():
    src = ["清华大学教授王志明指出，「这不是市场失灵」。"]
    tgt = ["\"This is not a market failure,\" said Wang Chih-ming, a professor at Tsinghua University.",
           "He also called for new rules on short selling."]
    assert _attach(src, tgt, [([0], [0]), ([], [1])]) == [([0], [0]), ([], [1])]


def test_quotation_beyond_source_count_stays_alone_ko_en():
    # the bead's target already quotes as often as its source: a further quotation is not its
    src = ['김민수 국장은 "비용은 문제가 아니다"고 말했다.']
    tgt = ['"The cost is not the problem," said Kim Min-su.', '"We will never give up."']
    assert _attach(src, tgt, [([0], [0]), ([], [1])]) == [([0], [0]), ([], [1])]


# 2. C002: the quotation of a split bead is needed, an unquoted sentence is not

def _bead(src, tgts):
    return SimpleNamespace(source_text=src, target=[SimpleNamespace(text=t) for t in tgts])


def test_needed_quotation_zh_en():
    b = _bead("国立台湾大学教授张志明指出，「这不是天灾，而是规划问题」。",
              ["Chang Chih-ming, a professor at National Taiwan University, said demand could be forecast.",
               "\"This is not a natural disaster; it is a planning problem,\" he said."])
    assert _needed_quote(b, 1)
    assert not _needed_quote(b, 0)


def test_needed_quotation_ko_fr():
    b = _bead('이 교수는 "예측할 수 있었다"고 말했다.',
              ["Le professeur Lee Jae-won, de l'université nationale de Séoul, a commenté la panne.",
               "« On pouvait le prévoir », a-t-il dit."])
    assert _needed_quote(b, 1)


def test_quotation_not_in_source_not_needed_de_en():
    b = _bead("Der Minister sprach am Montag in Berlin.",
              ["The minister spoke in Berlin on Monday.", "\"We will win,\" he added."])
    assert not _needed_quote(b, 1)
