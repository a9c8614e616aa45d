"""Session 36: a percent sign written first, negation in Chinese and Korean, elided French
negative words, German and Spanish "than ever", anaphoric time adverbs."""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, prefix: str = "") -> list[str]:
    return [f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith(prefix)]


# -- Turkish writes the percent sign before the figure ------------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "tr", "Around 47% of the refugees live in Istanbul.", "Mültecilerin yaklaşık %47'si İstanbul'da yaşıyor."),
    ("tr", "en", "Limana uğrayan gemi sayısı %3 azaldı.", "The number of ships calling at the port fell 3%."),
    ("en", "tr", "Exports rose by 3.5 percent.", "İhracat %3,5 arttı."),
])
def test_a_percentage_written_sign_first_is_no_placeholder(sl, tl, src, tgt):
    assert [c for c in codes(src, tgt, sl, tl) if c in ("M001", "D001")] == []


def test_a_changed_sign_first_percentage_and_a_lost_placeholder_are_still_reported():
    assert "D001" in codes("Around 47% of the refugees live in Istanbul.",
                           "Mültecilerin yaklaşık %48'i İstanbul'da yaşıyor.", "en", "tr")
    assert "M001" in codes("Delete %1 files?", "Dosyalar silinsin mi?", "en", "tr")
    assert codes("Delete %1 files?", "%1 dosya silinsin mi?", "en", "tr") == []


# -- negation written without spaces (Chinese) and with conjugated words (Korean) ---------
@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    ("zh", "en", "我们不建议公众前往该地区。", "We recommend that the public travel to the area.", True),
    ("zh", "en", "我们不建议公众前往该地区。", "We do not recommend that the public travel to the area.", False),
    ("zh", "en", "事故没有造成人员伤亡。", "The accident caused casualties.", True),
    # 未来 (future), 非洲 (Africa), 不少 (many) hold a negator's character and negate nothing
    ("zh", "en", "未来五年，非洲的人口将增长不少。", "Over the next five years Africa's population will grow a lot.", False),
    ("en", "zh", "The company did not pay dividends.", "该公司支付了股息。", True),
    ("ko", "en", "회사는 배당금을 지급하지 않았다.", "The company paid a dividend.", True),
    ("ko", "en", "회사는 배당금을 지급하지 않았다.", "The company did not pay a dividend.", False),
    ("en", "ko", "The ministry did not approve the drug.", "보건부는 그 약을 승인했다.", True),
    # "not only ... but also" (뿐만 아니라) negates nothing
    ("ko", "en", "이것뿐만 아니라 저것도 중요하다.", "Not only this but also that matters.", False),
    # a negator glued to a verb the lists lack (Slovak nezvýšia, Latvian nepaaugstināt);
    # a common word that starts so (neskôr "later") is none
    ("sk", "en", "Platy sa v januári nezvýšia.", "Salaries will not go up in January.", False),
    ("sk", "en", "Platy sa v januári nezvýšia.", "Salaries will go up in January.", True),
    ("lv", "en", "Dome nolēmusi nepaaugstināt nodevu.", "The council has decided to raise the levy.", True),
    ("sk", "en", "Neskôr prišiel domov.", "Later he came home.", False),
    # a French negative word after an elided preposition (ne … d'aucune)
    ("ar", "fr", "لا يتوفرون على أي تغطية صحية.", "Ils ne disposent d'aucune couverture médicale.", False),
    # "so stark wie nie" is "stronger than ever"; "entfällt" says "no longer"
    ("fi", "de", "Lapin matkailu kasvoi ennätysvauhtia.", "Lapplands Tourismus wächst so stark wie nie.", False),
    ("de", "en", "Ab Juli entfällt die Gebühr für Studierende.", "From July students will no longer have to pay the fee.", False),
])
def test_negation_flips(sl, tl, src, tgt, flag):
    assert ("P001" in codes(src, tgt, sl, tl)) == flag


# -- an anaphoric "before that" in a sentence split in two is no flipped direction -------
def test_a_split_sentence_with_zuvor_keeps_the_order_of_events():
    src = "The restrictions will affect 5.5 million people from Friday after the driest spring since 1893."
    tgt = ("Die Einschränkungen betreffen ab Freitag 5,5 Millionen Menschen. "
           "Zuvor hatte die Region den trockensten Frühling seit 1893 erlebt.")
    assert "P003" not in codes(src, tgt, "en", "de")
    assert "P003" in codes("Er kam, bevor der Film begann.", "He came after the film began.", "de", "en")
