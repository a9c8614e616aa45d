"""Session 63 helper tb: T003 (inconsistent-rendering) misses of batch 39 (term variants).

* A hyphened compound on the usual compound's head with another modifier
  (Bezirksheizungs-Wärmenetz beside Fernwärmenetz) is a swapped modifier, not the head
  alone (Wärmenetz), which stays one rendering.
* In a compounding language, a term rendered by a compound in some sentences and by its
  head alone in others (Kettensäge ... Säge) and in the odd one by a compound on the same
  modifier with another head (Kettenfräse) is flagged.
* In a Chinese or Japanese translation, a run that keeps half of the usual run or more and
  puts other characters for the rest (太陽光パネル beside ソーラーパネル, 土壤热泵 beside
  地源热泵) is another rendering where it stands in place of a mention: in the one sentence
  without the usual run, or in a sentence that says the term more often than the run stands.
"""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# -- a hyphened compound with another modifier ------------------------------------------------
EN_HEAT = ("The district heating network was completed in May after two years of work.\n\n"
           "The district heating network burns wood chips from the forests around the town.\n\n"
           "The district heating network will reach the harbour and the old mill next year.\n")
DE_HEAT = ("Das Fernwärmenetz wurde im Mai nach zweijähriger Bauzeit fertiggestellt.\n\n"
           "Das Fernwärmenetz verbrennt Holzhackschnitzel aus den Wäldern rund um die Stadt.\n\n"
           "Das {} soll im nächsten Jahr den Hafen und die alte Mühle erreichen.\n")
NL_HEAT = ("Het stadswarmtenet werd in mei na twee jaar werk voltooid.\n\n"
           "Het stadswarmtenet verbrandt houtsnippers uit de bossen rond de stad.\n\n"
           "Het {} zal volgend jaar de haven en de oude molen bereiken.\n")


def test_hyphened_modifier_swap_en_de(tmp_path):
    msgs = t003(tmp_path, EN_HEAT, DE_HEAT.format("Bezirksheizungs-Wärmenetz"), "en", "de")
    assert any("Bezirksheizungs-Wärmenetz" in m for m in msgs), msgs


def test_hyphened_modifier_swap_en_nl(tmp_path):
    msgs = t003(tmp_path, EN_HEAT, NL_HEAT.format("wijkverwarmings-warmtenet"), "en", "nl")
    assert any("wijkverwarmings-warmtenet" in m for m in msgs), msgs


def test_hyphened_same_compound_and_head_alone_stay_silent(tmp_path):
    for v in ("Fernwärmenetz", "Fern-Wärmenetz", "Wärmenetz"):
        assert t003(tmp_path, EN_HEAT, DE_HEAT.format(v), "en", "de") == [], v
    for v in ("stads-warmtenet", "warmtenet"):
        assert t003(tmp_path, EN_HEAT, NL_HEAT.format(v), "en", "nl") == [], v


# -- a compound or its head alone, and once another head on the same modifier ---------------------
FR_SAW = ("Le bûcheron a acheté une nouvelle tronçonneuse au printemps.\n\n"
          "Selon lui, la tronçonneuse coupe un chêne en dix minutes.\n\n"
          "Il nettoie la tronçonneuse chaque soir dans son atelier.\n")
DE_SAW = ("Der Holzfäller hat im Frühjahr eine neue Kettensäge gekauft.\n\n"
          "Ihm zufolge schneidet die {} eine Eiche in zehn Minuten.\n\n"
          "Er reinigt die {} jeden Abend in seiner Werkstatt.\n")
EN_MOW = ("The council bought a new lawnmower for the park in March.\n\n"
          "According to the gardener, the lawnmower cuts the whole park in two hours.\n\n"
          "Every evening he cleans the lawnmower in the shed.\n")
NL_MOW = ("De gemeente kocht in maart een nieuwe grasmaaier voor het park.\n\n"
          "Volgens de tuinman maait de {} het hele park in twee uur.\n\n"
          "Elke avond maakt hij de {} schoon in de schuur.\n")


def test_head_swapped_after_compound_and_head_fr_de(tmp_path):
    for a, b in (("Kettenfräse", "Säge"), ("Säge", "Kettenfräse")):
        msgs = t003(tmp_path, FR_SAW, DE_SAW.format(a, b), "fr", "de")
        assert any("Kettenfräse" in m for m in msgs), (a, b, msgs)


def test_head_swapped_after_compound_and_head_en_nl(tmp_path):
    msgs = t003(tmp_path, EN_MOW, NL_MOW.format("grasschaar", "maaier"), "en", "nl")
    assert any("grasschaar" in m for m in msgs), msgs


def test_head_swap_needs_the_shared_modifier(tmp_path):
    # another word with no part of the usual compound (Maschine, machine): said otherwise
    assert not any("Maschine" in m for m in t003(tmp_path, FR_SAW, DE_SAW.format("Maschine", "Säge"), "fr", "de"))
    assert t003(tmp_path, EN_MOW, NL_MOW.format("machine", "maaier"), "en", "nl") == []
    assert t003(tmp_path, EN_MOW, NL_MOW.format("maaier", "maaier"), "en", "nl") == []


# -- Chinese and Japanese: a run with half of the usual one and other characters for the rest -----
EN_SOLAR = ("The city installed solar panels on the roof of the library in May.\n\n"
            "The solar panels produce about 40 percent of the building's electricity.\n\n"
            "Officials said more solar panels would be added to schools next year.\n\n"
            "The library also holds workshops on how solar panels work.\n\n"
            "Solar panels are still rare in the old town, where solar panels on historic roofs need a permit.\n")
JA_SOLAR = ("市は5月、図書館の屋根にソーラーパネルを設置した。\n\n"
            "{}は建物の電力の約40%を賄う。\n\n"
            "当局者によると、来年は学校にもソーラーパネルが追加される。\n\n"
            "図書館ではソーラーパネルの仕組みを学ぶ講座も開いている。\n\n"
            "旧市街では{}はまだ珍しく、歴史的な屋根の{}には許可が必要だ。\n")
EN_PUMP = ("The city installed a ground-source heat pump under the library in May.\n\n"
           "The ground-source heat pump provides about 40 percent of the building's heating.\n\n"
           "Officials said schools would also get a ground-source heat pump next year.\n\n"
           "The library also holds talks on how a ground-source heat pump works.\n\n"
           "A ground-source heat pump is still rare in the old town, and a ground-source heat pump "
           "in a historic building needs a permit.\n")
ZH_PUMP = ("市政府五月在图书馆屋顶安装了地源热泵。\n\n"
           "{}提供了大楼约40%的供暖。\n\n"
           "官员说，明年学校也将安装地源热泵。\n\n"
           "图书馆还举办讲座，介绍地源热泵的工作原理。\n\n"
           "老城区的地源热泵仍然很少，历史建筑安装{}需要许可。\n")


def test_cjk_second_mention_en_ja(tmp_path):
    msgs = t003(tmp_path, EN_SOLAR, JA_SOLAR.format("ソーラーパネル", "ソーラーパネル", "太陽光パネル"), "en", "ja")
    assert any("太陽光パネル" in m for m in msgs), msgs


def test_cjk_one_sentence_and_second_mention_en_zh(tmp_path):
    for v in (("土壤热泵", "地源热泵"), ("地源热泵", "土壤热泵")):
        msgs = t003(tmp_path, EN_PUMP, ZH_PUMP.format(*v), "en", "zh")
        assert any("土壤热泵" in m for m in msgs), (v, msgs)


def test_cjk_consistent_pronoun_or_other_word_stay_silent(tmp_path):
    assert t003(tmp_path, EN_SOLAR, JA_SOLAR.format(*("ソーラーパネル",) * 3), "en", "ja") == []
    # a pronoun for the second mention: no other rendering
    assert t003(tmp_path, EN_SOLAR, JA_SOLAR.format("ソーラーパネル", "ソーラーパネル", "それ"), "en", "ja") == []
    # other characters that render another word of the sentence (屋根, roofs)
    assert t003(tmp_path, EN_SOLAR, JA_SOLAR.format("ソーラーパネル", "ソーラーパネル", "屋根パネル"), "en", "ja") == []
    assert t003(tmp_path, EN_PUMP, ZH_PUMP.format("地源热泵", "地源热泵"), "en", "zh") == []
