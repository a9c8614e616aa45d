"""Session 45 (r4): coverage (C002), written for mtcheck.

1. C002 in a one-to-many bead: a bracketed gloss repeating the source's wording (a name
   in its original spelling after its transliteration, "노르드빅 에너지(Nordvik Energy)", or a
   source term after its translation, "the Federal Cartel Office (Bundeskartellamt)") adds
   no content, so it is left out of the lengths that decide whether one sentence of the
   bead is an addition (as _split_z already leaves it out): otherwise the sentence holding
   the gloss looks too long, an added sentence is missed (en-ko) or a split part of the
   translation is taken for one (de-en).
"""

from __future__ import annotations

import os
import tempfile

import mtcheck


def article(src, tgt, sl, tl, code="C002"):
    d = tempfile.mkdtemp()
    a, b = os.path.join(d, f"source.{sl}.txt"), os.path.join(d, f"target.{tl}.txt")
    with open(a, "w", encoding="utf-8") as fh:
        fh.write("\n\n".join(src) + "\n")
    with open(b, "w", encoding="utf-8") as fh:
        fh.write("\n\n".join(tgt) + "\n")
    rep = mtcheck.compare(b, source=a, source_lang=sl, target_lang=tl, semantic=False)
    return [f.text for f in rep.findings if f.code == code and not f.suppressed]


EN = ["Nordic utility buys two offshore wind farms",
 "Oslo-based Nordvik Energy has agreed to buy two offshore wind farms from Danish utility Vestkyst Power for about 900 million euros, sending its shares up 9 per cent on Monday.",
 "The farms, off the coast of Jutland, have a combined capacity of 740 megawatts and began operating in 2019.",
 "Chief executive Ingrid Solberg said the purchase would double the company's renewable output by the end of next year.",
 "The deal still needs the approval of competition authorities in Denmark and Norway.",
 "Vestkyst Power said it would use the proceeds to reduce its debt and invest in battery storage."]

KO = ["북유럽 전력회사, 해상풍력단지 두 곳 인수",
 "오슬로에 본사를 둔 노르드빅 에너지(Nordvik Energy)가 덴마크 전력회사 베스트퀴스트 파워(Vestkyst Power)로부터 해상풍력단지 두 곳을 약 9억 유로에 인수하기로 합의했다. 이 소식에 월요일 이 회사 주가는 9% 올랐다.",
 "유틀란트 해안에 있는 이 단지들의 총 설비용량은 740메가와트이며 2019년부터 가동됐다.",
 "잉그리드 솔베르그 최고경영자는 이번 인수로 내년 말까지 회사의 재생에너지 발전량이 두 배로 늘어날 것이라고 말했다.",
 "이번 거래는 아직 덴마크와 노르웨이 경쟁당국의 승인을 받아야 한다.",
 "베스트퀴스트 파워는 매각 대금을 부채 상환과 배터리 저장 설비 투자에 쓰겠다고 밝혔다."]

DE = ["Hamburger Reederei übernimmt Bremer Spedition",
 "Die Hamburger Reederei Elbwerft Logistik hat beim Bundeskartellamt die Übernahme der Bremer Spedition Weserland Transporte angemeldet, wie das Unternehmen am Mittwoch mitteilte.",
 "Weserland beschäftigt rund 1200 Mitarbeiter und betreibt 14 Standorte in Norddeutschland.",
 "Vorstandschef Jens Harmsen sagte, der Zukauf stärke das Geschäft mit dem Hinterlandverkehr.",
 "Über den Kaufpreis vereinbarten beide Seiten Stillschweigen.",
 "Die Gewerkschaft Verdi forderte eine Garantie für alle Arbeitsplätze."]

EN_DE = ["Hamburg shipping company to take over Bremen haulier",
 "Hamburg shipping company Elbwerft Logistik has notified the Federal Cartel Office (Bundeskartellamt) of its planned takeover of Bremen haulier Weserland Transporte, the company announced on Wednesday.",
 "Weserland employs around 1,200 people and operates 14 sites in northern Germany.",
 "Chief executive Jens Harmsen said the acquisition would strengthen the hinterland transport business.",
 "Both sides agreed not to disclose the purchase price.",
 "The trade union Verdi called for a guarantee for all jobs."]


def test_added_sentence_after_glossed_split_en_ko():
    assert article(EN, KO, "en", "ko") == []
    bad = list(KO)
    bad[1] += " 이는 이 회사가 설립된 이래 가장 큰 인수 거래로 기록될 전망이다."
    assert article(EN, bad, "en", "ko") == ["이는 이 회사가 설립된 이래 가장 큰 인수 거래로 기록될 전망이다."]


def test_glossed_split_is_no_addition_de_en():
    split = list(EN_DE)
    split[1] = split[1].replace(", the company announced on Wednesday.", ". The company announced this on Wednesday.")
    assert article(DE, split, "de", "en") == []
    bad = list(EN_DE)
    bad[1] += " Analysts expect the regulator to clear the deal within weeks."
    assert article(DE, bad, "de", "en") == ["Analysts expect the regulator to clear the deal within weeks."]
