"""Session 55, n2: names read back from kana and Hangul (N003).

Each class: examples that were found missing before (N003, "a script mtcheck does not
read back") in two language pairs at least, and a name put in another's place that is
still reported (precision)."""
from __future__ import annotations

import pytest

import mtcheck


def _n003(src: str, tgt: str, sl: str, tl: str) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N003"]


# English c before e, i, y is s and gh after a vowel unsaid or f, in kana and Hangul
# alike (Florence ~ フローレンス, 플로렌스; McLaughlin ~ マクラフリン, 맥러플린)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Florence Vance spoke at the meeting on Monday.", "フローレンス・ヴァンスは月曜日の会合で発言した。", "en", "ja"),
    ("Florence Vance spoke at the meeting on Monday.", "플로렌스 밴스는 월요일 회의에서 발언했다.", "en", "ko"),
    ("Bürgermeisterin Lucy Prince sprach am Montag.", "ルーシー・プリンス市長は月曜日に話した。", "de", "ja"),
    ("Mayor Declan McLaughlin opened the new bridge.", "デクラン・マクラフリン市長が新しい橋を開通させた。", "en", "ja"),
    ("Mayor Declan McLaughlin opened the new bridge.", "데클런 맥러플린 시장이 새 다리를 개통했다.", "en", "ko"),
    ("Le maire Declan Vaughan a inauguré le pont.", "デクラン・ヴォーン市長が橋を開通させた。", "fr", "ja"),
])
def test_soft_c_and_gh_read_back(src, tgt, sl, tl):
    assert _n003(src, tgt, sl, tl) == []


# an unsaid p between m and s in Hangul (Simpson ~ 심슨)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Laut Gary Simpson stieg die Zahl der Besucher.", "게리 심슨에 따르면 방문객 수가 늘었다.", "de", "ko"),
    ("Selon Gary Simpson, le nombre de visiteurs a augmenté.", "게리 심슨에 따르면 방문객 수가 늘었다.", "fr", "ko"),
])
def test_silent_p_in_hangul(src, tgt, sl, tl):
    assert _n003(src, tgt, sl, tl) == []


# a hyphenated name written as Hangul words joined by a hyphen (Hamilton-Wentworth ~
# 해밀턴-웬트워스), and "Regional" a generic word translated (광역)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Funding comes from the Hamilton-Wentworth board.", "자금은 해밀턴-웬트워스 위원회에서 나온다.", "en", "ko"),
    ("Das Geld kommt vom Verband Hamilton-Wentworth.", "자금은 해밀턴-웬트워스 연합에서 나온다.", "de", "ko"),
])
def test_hyphenated_name_in_hangul(src, tgt, sl, tl):
    assert _n003(src, tgt, sl, tl) == []


# oceans and seas by their names in characters (Pacific ~ 太平洋, 태평양; Atlantik ~ 大西洋)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The ship crossed the Pacific in May.", "船は5月に太平洋を横断した。", "en", "ja"),
    ("The ship crossed the Pacific in May.", "배는 5월에 태평양을 횡단했다.", "en", "ko"),
    ("Das Schiff überquerte im Mai den Atlantik.", "该船于五月横渡大西洋。", "de", "zh"),
    ("Stocks of Atlantic cod fell again.", "大西洋鳕鱼的数量再次下降。", "en", "zh"),
])
def test_ocean_by_its_cjk_name(src, tgt, sl, tl):
    assert _n003(src, tgt, sl, tl) == []


# a name after an elided particle, transcribed with its consonant (D'Urville ~ デュルヴィル)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Boats left from D'Urville Island at dawn.", "ボートは夜明けにデュルヴィル島を出発した。", "en", "ja"),
    ("Les bateaux sont partis de l'île D'Urville à l'aube.", "ボートは夜明けにデュルヴィル島を出発した。", "fr", "ja"),
    ("Boats left from D'Arcy Island at dawn.", "배들은 새벽에 다시섬을 떠났다.", "en", "ko"),
])
def test_elided_particle_read_back(src, tgt, sl, tl):
    assert _n003(src, tgt, sl, tl) == []


# precision: another name in the name's place is still not found
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Florence Vance spoke at the meeting on Monday.", "フローレンス・ミラーは月曜日の会合で発言した。", "en", "ja"),
    ("Mayor Declan McLaughlin opened the new bridge.", "데클런 맥도널드 시장이 새 다리를 개통했다.", "en", "ko"),
    ("Laut Gary Simpson stieg die Zahl der Besucher.", "게리 톰슨에 따르면 방문객 수가 늘었다.", "de", "ko"),
    ("Das Geld kommt vom Verband Hamilton-Wentworth.", "자금은 해밀턴-케임브리지 연합에서 나온다.", "de", "ko"),
    ("The ship crossed the Pacific in May.", "船は5月に大西洋を横断した。", "en", "ja"),
    ("Les bateaux sont partis de l'île D'Urville à l'aube.", "ボートは夜明けにダンカン島を出発した。", "fr", "ja"),
])
def test_other_name_still_missing(src, tgt, sl, tl):
    assert _n003(src, tgt, sl, tl) != []
