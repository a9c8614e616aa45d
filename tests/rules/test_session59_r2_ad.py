"""Session 59 round 2 (helper ad): additions, omissions and truncations missed, by class.

1. (aligner) A leaked picture caption with its labelled credit ("… in May. Photo: Name /
   Agency") as a paragraph of its own: the aligner paired the caption with a short body
   sentence of the source, so the sentence dropped next to it went unreported (an omission
   inside a quotation) and a truncated sentence run into the quotation after it had no
   two-sentence bead for S004.  Labelled credit lines and the short lines before one in
   their paragraph are now furniture kinds for the aligner, and a bead that still pairs
   them with text alone gives that text to its paragraph's neighbouring bead.
2. (C002) A figure said with a scale is anchored by its value across scripts
   (1億2000万円 ~ ¥120 million, 1亿2000万元 ~ 120 million yuan): the rest of a bead that
   holds the source's figure this way anchors it, and an added sentence beside it is found.
"""
from __future__ import annotations

import mtcheck
from mtcheck.align import align_sentences, furniture_kinds, is_labelled_credit


def run(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, tgt[f.span[0]:f.span[1]]) for f in rep.findings if not f.suppressed]


def codes(found) -> set[str]:
    return {c for c, _, _ in found}


# -- 1. captions and credits kept out of the article's beads ----------------------------

def test_labelled_credit_lines():
    for line in ("Photo: Anna Weber / dpa", "Kuva: Mikko Laine / Lehtikuva", "Foto: Jan Novák, ČTK",
                 "Zdjęcie: Piotr Nowak / PAP", "写真：共同通信"):
        assert is_labelled_credit(line), line
    # prose that opens with a label's word, a credit too long to be one
    for line in ("Photos show the damage to the roof.", "Photo of the year: a fox in the snow at dawn near "
                 "the old mill on the hill above the town"):
        assert not is_labelled_credit(line), line


def test_furniture_kinds():
    texts = ["Title", "A long body sentence of the article.", "Apple trees in May.",
             "Photo: Anna Weber / dpa", "Next paragraph."]
    kinds = furniture_kinds(texts, [0, 1, 2, 4], None)
    assert kinds == ["body", "body", "caption", "credit", "body"]
    # a credit after a long paragraph: the credit only
    texts2 = ["Title", "One.", "Two sentences here in the same paragraph.", "Three more words here.",
              "Photo: Anna Weber / dpa"]
    assert furniture_kinds(texts2, [0, 1], None) == ["body", "body", "body", "body", "credit"]
    assert furniture_kinds(["Nothing here.", "Photos show it."], [0, 1], None) is None


DE = ("Weniger Äpfel am Bodensee\n\n"
      "Die Obstbauern am Bodensee haben in diesem Jahr rund ein Viertel weniger Äpfel geerntet als im "
      "Durchschnitt, teilte der Verband am Montag mit.\n\n"
      "Verbandspräsident Markus Keller nennt als Grund die späten Fröste im April und den nassen Sommer.\n\n"
      "„Der Frost hat auf vielen Flächen fast alle Blüten zerstört. Danach kam der Regen, und die Früchte "
      "begannen an den Bäumen zu faulen“, sagt Keller.\n\n"
      "Die Preise für Tafeläpfel stiegen im Herbst auf durchschnittlich 1,20 Euro pro Kilo.\n")
EN = ("Fewer apples at Lake Constance\n\n"
      "Fruit growers at Lake Constance harvested around a quarter fewer apples than average this year, "
      "the association said on Monday.\n\n"
      "The association's president, Markus Keller, blames the late frosts in April and the wet summer.\n\n"
      "\"The frost destroyed almost all the blossom on many plots. Then the rain came, and the fruit began "
      "to rot on the trees,\" Keller says.\n\n"
      "Prices for dessert apples rose to an average of €1.20 a kilo in the autumn.\n")
CAP_EN = "Apple trees near Friedrichshafen in May. Photo: Anna Weber / dpa\n\n"
DROP_EN = (" Then the rain came, and the fruit began to rot on the trees,\"", "\"")


def _with_caption(text: str, cap: str, before: str) -> str:
    return text.replace(before, cap + before)


def test_caption_hides_no_omission_de_en(tmp_path):
    cap = _with_caption(EN, CAP_EN, "\"The frost")
    # the caption alone: F001/F002, no coverage finding
    assert not codes(run(tmp_path, DE, cap, "de", "en")) & {"C001", "C002", "C003"}
    dropped = cap.replace(*DROP_EN).replace("many plots.\"", "many plots,\"")
    assert "C001" in codes(run(tmp_path, DE, dropped, "de", "en"))


FI = ("Mustikkasato jäi pieneksi\n\n"
      "Pohjois-Karjalan mustikkasato jäi tänä kesänä noin kolmanneksen tavallista pienemmäksi, arvioi "
      "Luonnonvarakeskus torstaina.\n\n"
      "Tutkija Sanna Heikkinen kertoo, että syynä olivat kevään hallat ja heinäkuun helle.\n\n"
      "– Halla vei kukat monelta suolta kokonaan. Sen jälkeen helle kuivatti marjat varvuille, Heikkinen "
      "sanoo.\n\n"
      "Mustikan kilohinta nousi toreilla keskimäärin 12 euroon.\n")
EN_FI = ("Small bilberry harvest\n\n"
         "The bilberry harvest in North Karelia was about a third smaller than usual this summer, the Natural "
         "Resources Institute estimated on Thursday.\n\n"
         "Researcher Sanna Heikkinen says the reasons were the spring frosts and the July heat.\n\n"
         "\"The frost took the flowers completely on many bogs. After that the heat dried the berries on "
         "the bushes,\" Heikkinen says.\n\n"
         "The price of bilberries at markets rose to an average of €12 a kilo.\n")
CAP_FI = "Bilberry pickers near Joensuu in July. Kuva: Mikko Laine / Lehtikuva\n\n"


def test_caption_hides_no_omission_fi_en(tmp_path):
    cap = _with_caption(EN_FI, CAP_FI, "\"The frost")
    assert not codes(run(tmp_path, FI, cap, "fi", "en")) & {"C001", "C002", "C003"}
    dropped = cap.replace(" After that the heat dried the berries on the bushes,\"", "\"") \
        .replace("many bogs.\"", "many bogs,\"")
    assert "C001" in codes(run(tmp_path, FI, dropped, "fi", "en"))


ES = ("Menos castañas en el Bierzo\n\n"
      "La cosecha de castañas en el Bierzo rondará este año las 2.000 toneladas, la mitad de una campaña "
      "normal, según la asociación de productores.\n\n"
      "Su presidente, Luis Prieto, atribuye la caída a la sequía y a la avispa del castaño, una plaga que "
      "deforma los brotes e impide que se formen los erizos. «Hay sotos donde no se va a recoger ni una "
      "sola castaña», lamentó.\n\n"
      "El precio pagado a los productores subió a 3 euros por kilo.\n")
EN_ES = ("Fewer chestnuts in El Bierzo\n\n"
         "The chestnut harvest in El Bierzo will come to about 2,000 tonnes this year, half of a normal season, "
         "according to the growers' association.\n\n"
         "Its president, Luis Prieto, blames the drop on the drought and the chestnut gall wasp, a pest that "
         "deforms the shoots and stops the burrs from forming. \"There are groves where not a single chestnut "
         "will be picked,\" he lamented.\n\n"
         "The price paid to growers rose to €3 a kilo.\n")
CAP_ES = "Chestnut groves near Ponferrada hit by the wasp. Photo: Marta Gil / EFE\n\n"


def test_caption_truncation_into_quote_es_en(tmp_path):
    cap = _with_caption(EN_ES, CAP_ES, "The price paid")
    assert "S004" not in codes(run(tmp_path, ES, cap, "es", "en"))
    cut = cap.replace("deforms the shoots and stops the burrs from forming. \"There", "deforms the \"There")
    found = run(tmp_path, ES, cut, "es", "en")
    assert any(c == "S004" and sev == "major" and span == "the" for c, sev, span in found), found


def test_caption_paired_alone_leaves_source_to_neighbour():
    src = ["Titel", "Erster Satz des Artikels mit vielen Wörtern hier.", "– Kurz gesagt.",
           "Danach kam der Regen, und alles verfaulte auf den Feldern, sagt er."]
    tgt = ["Title", "First sentence of the article with many words here.", "Pickers at work in July.",
           "Photo: Anna Weber / dpa", "\"Briefly put,\" he says."]
    beads = align_sentences(src, tgt, "de", "en", source_breaks=[0, 1, 2], target_breaks=[0, 1, 2, 4],
                            source_kinds=["body"] * 4, target_kinds=["body"] * 5, semantic=False)
    # the caption and its credit translate nothing of the source
    assert ([], [2]) in beads and ([], [3]) in beads, beads


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
