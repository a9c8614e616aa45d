"""Session 59 round 2 (helper ad): additions, omissions and truncations missed, by class.

(C002) A figure said with a scale is anchored by its value across scripts
   (1億2000万円 ~ ¥120 million, 1亿2000万元 ~ 120 million yuan): the rest of a bead that
   holds the source's figure this way anchors it, and an added sentence beside it is found.
"""
from __future__ import annotations

import mtcheck


def run(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, tgt[f.span[0]:f.span[1]]) for f in rep.findings if not f.suppressed]


def codes(found) -> set[str]:
    return {c for c, _, _ in found}


# -- 2. scaled figures anchor the rest of a bead across scripts ------------------------

JA = ("新工場が完成\n\n"
      "県北部の食品会社は10日、新しい工場の完成式を開いた。総事業費は約42億円で、うち約9億円を県の補助金で賄った。\n\n"
      "これまで市内の2カ所の工場で行っていた作業を1カ所に集約することで、年間約1億2000万円の経費を削減できる見込みだ。\n\n"
      "新工場では約80人が働き、来年春から本格的に稼働する。\n")
EN_JA = ("New factory completed\n\n"
         "A food company in the north of the prefecture held a completion ceremony for its new factory on the "
         "10th. The project cost about ¥4.2 billion in total, of which about ¥900 million was covered by "
         "prefectural subsidies.\n\n"
         "By bringing together in one place work previously done at two of the company's plants in the city, "
         "the company expects to cut costs by about ¥120 million a year.\n\n"
         "About 80 people will work at the new factory, which will start full operation next spring.\n")
ZH = ("新工厂竣工\n\n"
      "省北部一家食品公司10日为新工厂举行竣工仪式。项目总投资约4.2亿元，其中约9000万元由省级补贴承担。\n\n"
      "公司将原本分散在市内两处工厂的工作集中到一处，预计每年可节省约1亿2000万元的成本。\n\n"
      "新工厂将雇用约80人，明年春天全面投产。\n")
EN_ZH = ("New factory completed\n\n"
         "A food company in the north of the province held a completion ceremony for its new factory on the "
         "10th. The project cost about 420 million yuan in total, of which about 90 million yuan came from "
         "provincial subsidies.\n\n"
         "By bringing together in one place work previously done at two of the company's plants in the city, "
         "the company expects to save about 120 million yuan a year.\n\n"
         "About 80 people will work at the new factory, which will start full production next spring.\n")
ADDED = " The two old plants will be closed."


def test_scaled_figure_anchors_added_sentence(tmp_path):
    for src, tgt, sl, end in ((JA, EN_JA, "ja", "¥120 million a year."), (ZH, EN_ZH, "zh", "120 million yuan a year.")):
        assert "C002" not in codes(run(tmp_path, src, tgt, sl, "en")), sl
        found = run(tmp_path, src, tgt.replace(end, end + ADDED), sl, "en")
        assert ("C002", "major", ADDED.strip()) in found, (sl, found)
