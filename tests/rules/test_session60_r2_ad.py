"""Session 60 round 2 (helper ad): C002 additions the aligner hides, a quotation's sentence.

1. (C002) A 0-1 target sentence that is one sentence of a quotation running on into the
   neighbouring bead's translation, whose source quotes more sentences than that
   translation does without it (…は「A。B」と述べた → "A. B," the mayor said., the aligner
   leaving "A." unpaired): no addition.
2. (C002) The aligner pairs a source sentence closing its paragraph with the added sentence
   closing the target's, leaving the translation beside it unpaired: where the unpaired
   sentence fits that source by length and the paired one does not, the finding points at
   the added one.
3. (C002) Several figureless target sentences of a one-to-many bead share nothing with its
   source: one at the bead's edge beside a 1-1 pair that fits its source is the addition,
   one inside the bead part of a split translation.
4. (C002) A figureless sentence at the edge of a bead 2.0 long, the rest holding every
   figure of the source: the rest may be up to 1.5 (not 1.0) long (an explicit translation).
"""
from __future__ import annotations

import mtcheck


def run(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, tgt[f.span[0]:f.span[1]]) for f in rep.findings if not f.suppressed]


def c002(found) -> list[str]:
    return [x for c, _, x in found if c == "C002"]


QUOTE_JA_EN = ('高知県の山あいの町で、先週の大雨により古い吊り橋が流された。\n\n町によると、この橋は1958年に架けられ、流されたのは初めてだという。\n\n山田町長は会見で「生活の橋だ。県と協力して早く架け直したい」と述べた。町は国の災害復旧事業の適用を申請する方針で、採択されれば事業費の約3分の2が国費で賄われる。\n\n橋の向こう側には約20世帯が暮らしている。', 'A old suspension bridge in a mountain town in Kochi Prefecture was swept away by heavy rain last week.\n\nAccording to the town, the bridge was built in 1958 and this is the first time it has been washed away.\n\n"It is a bridge that the people who live on the far side rely on in their everyday lives. We want to work with the prefecture to rebuild it as quickly as possible," Mayor Yamada told the press conference. The town plans to apply for the national government\'s disaster recovery scheme; if the application is approved, about two-thirds of the project cost will be covered by the state.\n\nAbout 20 households live on the other side of the bridge.', 'ja', 'en')
QUOTE_GUARD_JA_EN = ('高知県の山あいの町で、先週の大雨により古い吊り橋が流された。\n\n町によると、この橋は1958年に架けられ、流されたのは初めてだという。\n\n山田町長は会見で「生活の橋だ。県と協力して早く架け直したい」と述べた。町は国の災害復旧事業の適用を申請する方針で、採択されれば事業費の約3分の2が国費で賄われる。\n\n橋の向こう側には約20世帯が暮らしている。', 'A old suspension bridge in a mountain town in Kochi Prefecture was swept away by heavy rain last week.\n\nAccording to the town, the bridge was built in 1958 and this is the first time it has been washed away.\n\nThe mayor has been in office since the spring of last year and grew up in the town. "We want to work with the prefecture to rebuild it as quickly as possible," Mayor Yamada told the press conference. The town plans to apply for the national government\'s disaster recovery scheme; if the application is approved, about two-thirds of the project cost will be covered by the state.\n\nAbout 20 households live on the other side of the bridge.', 'ja', 'en')
SWAP_EN_PL = ('Fewer red squirrels counted in the northern forests\n\nA survey published on Tuesday found 1,240 red squirrels in the northern forests, down from 1,890 five years ago.\n\nBreeding success also remains low. The survey recorded an average of 1.2 young per female, well below the 2.0 that scientists consider necessary. Cold, wet springs and competition from grey squirrels are thought to be the main reasons.\n\nThe forestry agency said it would expand its feeding programme next year.', 'Mniej wiewiórek rudych w północnych lasach\n\nW badaniu opublikowanym we wtorek naliczono 1240 wiewiórek rudych w północnych lasach, wobec 1890 pięć lat temu.\n\nSukces rozrodczy również pozostaje niski. W badaniu odnotowano średnio 1,2 młodego na samicę, znacznie poniżej poziomu 2,0, który naukowcy uznają za niezbędny. Za główne przyczyny uważa się zimne, mokre wiosny oraz konkurencję ze strony wiewiórek szarych. Podobny spadek liczebności odnotowano ostatnio także w Irlandii i Walii.\n\nAgencja leśna zapowiedziała, że w przyszłym roku rozszerzy program dokarmiania.', 'en', 'pl')
SWAP_EQUAL_EN_ES = ('Fewer red squirrels counted in the northern forests\n\nA survey published on Tuesday found 1,240 red squirrels in the northern forests, down from 1,890 five years ago.\n\nBreeding success also remains low. The survey recorded an average of 1.2 young per female, well below the 2.0 that scientists consider necessary. Cold, wet springs and competition from grey squirrels are thought to be the main reasons.\n\nThe forestry agency said it would expand its feeding programme next year.', 'Menos ardillas rojas en los bosques del norte\n\nUn estudio publicado el martes contó 1240 ardillas rojas en los bosques del norte, frente a 1890 hace cinco años.\n\nEl éxito reproductivo también sigue siendo bajo. El estudio registró una media de 1,2 crías por hembra, muy por debajo de las 2,0 que los científicos consideran necesarias. Se cree que las primaveras frías y húmedas y la competencia de las ardillas grises son las principales causas. Un descenso parecido se ha observado en los últimos años también en Irlanda y Gales.\n\nLa agencia forestal anunció que ampliará su programa de alimentación el año que viene.', 'en', 'es')
TIE_EN_JA = ('Portland bakery chain ordered to repay $212,000 to 41 drivers\n\nA Multnomah County judge on Monday ordered a bakery chain to repay $212,000 in unpaid wages to 41 delivery drivers.\n\nThe judge found that the company had failed to pay for waiting time between March 2020 and June 2022.\n\nThe judge ordered the money to be paid within 60 days. Drivers who have since moved away will receive their payments through the state agency, which said it had found 35 of the 41 claimants so far.\n\nThe company said it would not appeal.', 'ポートランドのパン店チェーン、運転手41人に21万2000ドルの返還命令\n\nマルトノマ郡の裁判官は月曜日、パン店チェーンに対し、配送運転手41人に未払い賃金計21万2000ドルを返還するよう命じた。\n\n裁判官は、同社が2020年3月から2022年6月まで待機時間の賃金を支払っていなかったと認定した。\n\n裁判官は60日以内の支払いを命じた。同社は以前から従業員による苦情が絶えなかった。すでに転居した運転手は州の機関を通じて支払いを受ける。同機関によると、これまでに請求者41人のうち35人の所在を確認したという。\n\n同社は控訴しないと述べた。', 'en', 'ja')
TIE_EN_ZH = ('Portland bakery chain ordered to repay $212,000 to 41 drivers\n\nA Multnomah County judge on Monday ordered a bakery chain to repay $212,000 in unpaid wages to 41 delivery drivers.\n\nThe judge found that the company had failed to pay for waiting time between March 2020 and June 2022.\n\nThe judge ordered the money to be paid within 60 days. Drivers who have since moved away will receive their payments through the state agency, which said it had found 35 of the 41 claimants so far.\n\nThe company said it would not appeal.', '波特兰一面包连锁店被判向41名司机返还21.2万美元\n\n马尔特诺马县一名法官周一判令一家面包连锁店向41名送货司机返还共计21.2万美元的欠薪。\n\n法官认定，该公司在2020年3月至2022年6月期间未支付等候时间的工资。\n\n法官判令上述款项须在60天内付清。该公司此前已多次因拖欠工资被员工投诉。已搬离当地的司机将通过州政府机构领取款项。该机构表示，目前已找到41名索赔人中的35人。\n\n该公司表示不会上诉。', 'en', 'zh')
EDGE_EN_KO = ("Record crowd at Tromsø light festival\n\nAbout 48,000 people visited the Tromsø Light Festival over the weekend of January 17 and 18, the organisers said on Monday.\n\nFestival director Ingrid Olsen said the event had brought an estimated 30 million kroner into the local economy.\n\nThe festival's lantern boats will return for a smaller spring event on March 21, Olsen said.", '트롬쇠 빛 축제에 역대 최다 인파\n\n1월 17~18일 주말 열린 트롬쇠 빛 축제에 약 4만8000명이 찾았다고 주최 측이 월요일 밝혔다.\n\n잉그리드 올센 축제 총감독은 이번 행사로 지역 경제에 약 3000만 크로네가 유입된 것으로 추산된다고 말했다.\n\n올센 총감독은 축제의 등불 배들이 3월 21일 열리는 소규모 봄 축제 행사에 다시 돌아와 참여할 것이라고 말했다. 봄 행사 입장권은 다음 달부터 온라인으로 판매된다.', 'en', 'ko')
EDGE_EN_KO_PLAIN = ("Record crowd at Tromsø light festival\n\nAbout 48,000 people visited the Tromsø Light Festival over the weekend of January 17 and 18, the organisers said on Monday.\n\nFestival director Ingrid Olsen said the event had brought an estimated 30 million kroner into the local economy.\n\nThe festival's lantern boats will return for a smaller spring event on March 21, Olsen said.", '트롬쇠 빛 축제에 역대 최다 인파\n\n1월 17~18일 주말 열린 트롬쇠 빛 축제에 약 4만8000명이 찾았다고 주최 측이 월요일 밝혔다.\n\n잉그리드 올센 축제 총감독은 이번 행사로 지역 경제에 약 3000만 크로네가 유입된 것으로 추산된다고 말했다.\n\n올센 총감독은 축제의 등불 배들이 3월 21일 열리는 소규모 봄 행사에 다시 참여할 것이라고 말했다. 봄 행사 입장권은 다음 달부터 온라인으로 판매된다.', 'en', 'ko')


# -- 1. a quotation's sentence ----------------------------------------------------------

def test_quote_sentence_left_unpaired_is_no_addition(tmp_path):
    assert c002(run(tmp_path, *QUOTE_JA_EN)) == []


def test_added_sentence_before_quote_still_flagged(tmp_path):
    found = c002(run(tmp_path, *QUOTE_GUARD_JA_EN))
    assert found and found[0].startswith("The mayor has been in office")


# -- 2. the aligner's pair at the paragraph's end ----------------------------------------

def test_added_sentence_closing_paragraph_is_pointed_at(tmp_path):
    found = c002(run(tmp_path, *SWAP_EN_PL))
    assert len(found) == 1 and found[0].startswith("Podobny spadek"), found


def test_no_swap_without_length_evidence(tmp_path):
    # the added sentence as long as the translation: the finding stays where it was
    found = c002(run(tmp_path, *SWAP_EQUAL_EN_ES))
    assert len(found) == 1 and found[0].startswith("Se cree que"), found


# -- 3. the edge sentence of a long bead ------------------------------------------------

def test_edge_sentence_beside_fitting_pair(tmp_path):
    found = c002(run(tmp_path, *TIE_EN_JA))
    assert found == ["同社は以前から従業員による苦情が絶えなかった。"], found
    found = c002(run(tmp_path, *TIE_EN_ZH))
    assert found == ["该公司此前已多次因拖欠工资被员工投诉。"], found


def test_clean_split_bead_stays_silent(tmp_path):
    src, tgt, sl, tl = TIE_EN_JA
    assert c002(run(tmp_path, src, tgt.replace("同社は以前から従業員による苦情が絶えなかった。", ""), sl, tl)) == []
    src, tgt, sl, tl = TIE_EN_ZH
    assert c002(run(tmp_path, src, tgt.replace("该公司此前已多次因拖欠工资被员工投诉。", ""), sl, tl)) == []


# -- 4. a figureless sentence after an explicit translation ------------------------------

def test_figureless_edge_sentence_after_long_translation(tmp_path):
    found = c002(run(tmp_path, *EDGE_EN_KO))
    assert found == ["봄 행사 입장권은 다음 달부터 온라인으로 판매된다."], found
    found = c002(run(tmp_path, *EDGE_EN_KO_PLAIN))
    assert found == ["봄 행사 입장권은 다음 달부터 온라인으로 판매된다."], found


def test_split_sentence_rendering_the_source_stays_silent(tmp_path):
    src, tgt, sl, tl = EDGE_EN_KO
    src = src.replace("on March 21, Olsen said.", "on March 21, Olsen said, adding that tickets would go on sale online next month.")
    assert c002(run(tmp_path, src, tgt, sl, tl)) == []
