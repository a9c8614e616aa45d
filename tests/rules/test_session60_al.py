"""Session 60 (helper al): page furniture next to omissions, Urdu sentence ends, UI strings.

1. (aligner) The caption/credit furniture kinds of session 59 r2 (ad), narrowed: a credit
   line without a caption before it changes no kind (release_debris already frees it, and
   its kind only moved the programme's other null beads); a caption riding at one end of a
   bead whose other side keeps more sentences leaves the sentence at that end unpaired
   (it was the caption's partner); a caption's partner goes to no neighbour where a
   sentence of the other side is left unpaired next to it; "Photo by Name / Agency" is a
   labelled credit too.
2. (segment) The Urdu full stop ۔ and the Arabic question mark ؟ end a sentence.
3. (F003 / F002 data) a Latvian newsletter sign-up line, a Thai share line naming the
   network, Icelandic/Tagalog/Albanian/Marathi credit labels.
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.align import free_furniture, furniture_kinds, is_labelled_credit
from mtcheck.segment import split_sentences


def run(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, tgt[f.span[0]:f.span[1]]) for f in rep.findings if not f.suppressed]


def codes(found) -> set[str]:
    return {c for c, _, _ in found}


# -- 1. the aligner's caption and credit kinds ----------------------------------------------

def test_labelled_credit_lines():
    for line in ("Photo: Anna Weber / dpa", "Kuva: Mikko Laine / Lehtikuva", "Foto: Jan Novák, ČTK",
                 "Zdjęcie: Piotr Nowak / PAP", "写真：共同通信", "Photo by Ana Cruz / PNA",
                 "Foto di Marco Bianchi / ANSA", "Mynd: Jón Jónsson / RÚV"):
        assert is_labelled_credit(line), line
    for line in ("Photos show the damage to the roof.", "Photo of the year: a fox in the snow at dawn near "
                 "the old mill on the hill above the town", "Photo by the author", "Photos by night are hard."):
        assert not is_labelled_credit(line), line


def test_furniture_kinds_need_a_caption():
    texts = ["Title", "A long body sentence of the article.", "Apple trees in May.",
             "Photo: Anna Weber / dpa", "Next paragraph."]
    assert furniture_kinds(texts, [0, 1, 2, 4], None) == ["body", "body", "caption", "credit", "body"]
    # a credit closing a long paragraph, or alone on its line: no kind changes
    texts2 = ["Title", "One.", "Two sentences here in the same paragraph.", "Three more words here.",
              "Photo: Anna Weber / dpa"]
    assert furniture_kinds(texts2, [0, 1], None) is None
    assert furniture_kinds(["Title", "Body one.", "Photo: Anna Weber / dpa", "Body two."], [0, 1, 2, 3], None) is None
    # by-label credit with its caption
    texts3 = ["Title", "Body one.", "Workers clear the road near the pass.", "Photo by Ana Cruz / PNA", "Two."]
    assert furniture_kinds(texts3, [0, 1, 2, 4], None) == ["body", "body", "caption", "credit", "body"]


def test_riding_caption_leaves_its_partner_unpaired():
    # the programme put the caption (target 2, credit 3) with the next paragraph's first
    # sentence: the source sentence at the caption's end is unpaired, not merged
    paras = ([0, 1, 2, 2], [0, 1, 2, 2, 3])
    beads = [([0], [0]), ([1], [1]), ([2, 3], [2, 4]), ([], [3])]
    assert free_furniture(beads, (set(), {2, 3}), paras) == \
        [([0], [0]), ([1], [1]), ([2], []), ([3], [4]), ([], [2]), ([], [3])]
    # the caption at the bead's other end: the last sentence is the unpaired one
    beads = [([0], [0]), ([1, 2], [1, 2]), ([], [3]), ([3], [4])]
    assert free_furniture(beads, (set(), {2, 3}), ([0, 1, 1, 2], [0, 1, 2, 2, 3])) == \
        [([0], [0]), ([1], [1]), ([2], []), ([], [2]), ([], [3]), ([3], [4])]
    # as many sentences left on both sides: only the caption goes
    beads = [([0], [0]), ([1], [1, 2]), ([], [3])]
    assert free_furniture(beads, (set(), {2, 3}), ([0, 1], [0, 1, 2, 2])) == \
        [([0], [0]), ([1], [1]), ([], [2]), ([], [3])]


def test_caption_partner_stays_next_to_an_unpaired_sentence():
    # the caption (target 1) paired with source 1; source 2 is unpaired beside it: the
    # pair stays as it is, no neighbour takes source 1
    beads = [([0], [0]), ([1], [1]), ([], [2]), ([2], []), ([3], [3])]
    assert free_furniture(beads, (set(), {1, 2}), ([0, 1, 1, 1], [0, 1, 1, 2])) == beads
    # with none unpaired there, the next bead of its paragraph takes it
    beads = [([0], [0]), ([1], [1]), ([], [2]), ([2], [3])]
    assert free_furniture(beads, (set(), {1, 2}), ([0, 1, 1], [0, 1, 1, 2])) == \
        [([0], [0]), ([], [1]), ([], [2]), ([1, 2], [3])]


# (the end-to-end cases of session 59 r2 (ad), kept with the narrowed kinds)
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


# -- 2. Urdu, Arabic and Persian sentence ends ---------------------------------------------

@pytest.mark.parametrize("text,lang,n", [
    ("حکومت نے نئی سڑک کا اعلان کیا۔ کام اگلے ماہ شروع ہوگا۔", "ur", 2),
    ("کیا یہ منصوبہ وقت پر مکمل ہوگا؟ وزیر نے کہا کہ ہاں۔", "ur", 2),
    ("هل سيكتمل المشروع في موعده؟ قال الوزير إنه سيكتمل.", "ar", 2),
    ("آیا این طرح به موقع تمام می‌شود؟ وزیر گفت بله.", "fa", 2),
    # one sentence: a question mark inside, no space after it
    ("حکومت نے نئی سڑک کا اعلان کیا۔", "ur", 1),
])
def test_urdu_and_arabic_terminals(text, lang, n):
    assert len(split_sentences(text, lang)) == n


# -- 3. UI strings and credit labels ----------------------------------------------------------

SRC_EN = ("Landslide closes mountain road\n\n"
          "A landslide closed the mountain road on Tuesday after heavy rain, the road authority said.\n\n"
          "Engineers will inspect the slope on Wednesday.\n")
LV = ("Zemes nogruvums slēdz kalnu ceļu\n\n"
      "Zemes nogruvums otrdien pēc stipra lietus slēdza kalnu ceļu, paziņoja ceļu pārvalde.\n\n"
      "{ui}\n\n"
      "Inženieri trešdien apsekos nogāzi.\n")
TH = ("ดินถล่มปิดถนนบนภูเขา\n\n"
      "ดินถล่มทำให้ถนนบนภูเขาถูกปิดเมื่อวันอังคารหลังฝนตกหนัก หน่วยงานดูแลถนนระบุ\n\n"
      "{ui}\n\n"
      "วิศวกรจะตรวจสอบลาดเขาในวันพุธ\n")


def _f(found, code):
    return [span for c, _sev, span in found if c == code]


@pytest.mark.parametrize("tpl,tl,ui", [
    (LV, "lv", "Pierakstieties mūsu jaunumu vēstulei"),
    (TH, "th", "แชร์ข่าวนี้ทาง Facebook"),
    (TH, "th", "แชร์ผ่าน LINE"),
])
def test_ui_lines(tmp_path, tpl, tl, ui):
    assert _f(run(tmp_path, SRC_EN, tpl.format(ui=ui), "en", tl), "F003") == [ui]


@pytest.mark.parametrize("tpl,tl,line", [
    # a sentence about a letter, a sentence about sharing: no UI string
    (LV, "lv", "Ceļu pārvalde nosūtīja vēstuli iedzīvotājiem."),
    (TH, "th", "ชาวบ้านแชร์ภาพดินถล่มกันอย่างกว้างขวาง"),
])
def test_ui_words_in_sentences_stay_silent(tmp_path, tpl, tl, line):
    assert _f(run(tmp_path, SRC_EN, tpl.format(ui=line), "en", tl), "F003") == []


EN_T = ("Landslide closes mountain road\n\n"
        "A landslide closed the mountain road on Tuesday after heavy rain, the road authority said.\n\n"
        "{c}\n\n"
        "Engineers will inspect the slope on Wednesday.\n")


@pytest.mark.parametrize("credit", ["Mynd: Jón Jónsson / RÚV", "Larawan: Ana Cruz / PNA", "Burimi: Arben Hoxha / ATA"])
def test_credit_labels(tmp_path, credit):
    assert _f(run(tmp_path, SRC_EN, EN_T.format(c="The road near the pass. " + credit), "en", "en"),
              "F002") == [credit]


def test_credit_label_words_in_a_sentence_stay_silent(tmp_path):
    line = "The picture was taken by a resident, the authority said."
    assert _f(run(tmp_path, SRC_EN, EN_T.format(c=line), "en", "en"), "F002") == []
