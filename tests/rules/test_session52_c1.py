"""Session 52 (c1): names rendered in Chinese, Japanese and Korean translations that N003
asked to check by eye, and a split sentence taken for an addition (C002).

* a name found in a neighbouring sentence of the bead is read back from the target's
  script there too (a quotation's attribution moved before it: 휫필드 장관은 "…");
* an l English leaves unsaid between a or o and m (Palmer ~ 파머, Holmes ~ 홈스);
* a Chinese transcription of a name of two consonants a word (Reyes ~ 雷耶斯, Hollis ~
  霍利斯) when a whole run of three characters or more reads exactly so and begins as
  the name does (a vowel, h, another consonant);
* a name of generic words only (the Isles of Northern Isles, Firth) rendered by its
  characters (群岛, 諸島, 湾: data/names/translit.zh.tsv), and firth, isles, loch ... as
  generic words (data/names/generic_kanji.txt);
* a ship's prefix (MV, HMS: data/names/ship_prefixes.txt) before the ship's name;
* a name of several words as one katakana word (Port Hedland ~ ポートヘッドランド, Grey
  Lady ~ グレイレディー, the title word after the name too), a small-y kana for English u
  (Hugo ~ ヒューゴ), a romanised Japanese word in hiragana (Sakura ~ さくら);
* a demonym noun of a place the source names, rendered with a word for its people
  (Aucklanders ~ 오클랜드 시민들; data/names/residents.txt);
* a later mention rendered as where the translation glosses the name in Latin letters in
  brackets (哈兰海事公司（Harland Marine）);
* C002: a sentence of a one-to-two bead that alone holds a figure of the source is part of
  the translation, not an addition.
"""
from __future__ import annotations

import mtcheck


def n003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N003" and not f.suppressed]


def codes(article, src, tgt, sl, tl, code):
    return [f.message for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- silent l ------------------------------------------------------------------------
def test_silent_l_korean():
    assert n003("The report was written by Sarah Holmes.", "보고서는 사라 홈스가 작성했다.", "en", "ko") == []
    assert n003("The factory is owned by James Palmer.", "공장은 제임스 파머 소유다.", "en", "ko") == []
    assert n003("Das Werk gehört James Palmer.", "공장은 제임스 파머 소유다.", "de", "ko") == []


def test_silent_l_kana_joined():
    assert n003("The flights from Palm Beach were cancelled.", "パームビーチ発の便が欠航した。", "en", "ja") == []


def test_silent_l_other_name_still_missing():
    assert n003("The factory is owned by James Palmer.", "공장은 제임스 패리스 소유다.", "en", "ko")


# -- Chinese names of two consonants a word -----------------------------------------------
def test_zh_short_names_read_back():
    assert n003("The report was written by Reyes and Hollis.", "报告由雷耶斯和霍利斯撰写。", "en", "zh") == []
    assert n003("Le rapport a été rédigé par Reyes et Hollis.", "报告由雷耶斯和霍利斯撰写。", "fr", "zh") == []
    assert n003("The report was written by Ayers.", "报告由艾尔斯撰写。", "en", "zh") == []


def test_zh_short_name_replaced_still_missing():
    # (霍利斯 reads as Reyes's consonants too, but begins with h as Hollis does)
    found = n003("The report was written by Reyes and Hollis.", "报告由米勒和霍利斯撰写。", "en", "zh")
    assert found and "Reyes" in found[0] and "Hollis" not in found[0]


# -- generic words rendered by characters ----------------------------------------------
def test_generic_words_rendered():
    assert n003("Residents of the Northern Isles are angry.", "北部群岛的居民很愤怒。", "en", "zh") == []
    assert n003("Residents of the Northern Isles are angry.", "北部諸島の住民は怒っている。", "en", "ja") == []
    assert n003("Trials will take place in the Firth of Forth.", "试航将在福斯湾进行。", "en", "zh") == []


# -- ship prefixes ---------------------------------------------------------------------
def test_ship_prefix():
    assert n003("The MV Caledonia broke down again.", "“加勒多尼亚”号再次发生故障。", "en", "zh") == []
    assert n003("The ship was larger than the HMS Belfast.", "그 배는 벨파스트호보다 컸다.", "en", "ko") == []
    assert n003("The ship was larger than the MV Caledonia.", "その船はカレドニア号より大きかった。", "en", "ja") == []


# -- katakana and hiragana ---------------------------------------------------------------
def test_kana_joined_words():
    assert n003("The flights from Port Hedland were cancelled.", "ポートヘッドランド発の便が欠航した。", "en", "ja") == []
    assert n003("Die Flüge ab Port Hedland fielen aus.", "ポートヘッドランド発の便が欠航した。", "de", "ja") == []
    assert n003("She owns the Grey Lady gallery.", "彼女はグレイレディー画廊を所有している。", "en", "ja") == []
    assert n003("Sie besitzt die Galerie Grey Lady.", "彼女はグレイレディー画廊を所有している。", "de", "ja") == []


def test_kana_joined_other_place_still_missing():
    assert n003("The flights from Port Hedland were cancelled.", "ポートモレスビー発の便が欠航した。", "en", "ja")


def test_kana_small_y_glide():
    assert n003("The award went to Hugo.", "賞はヒューゴに贈られた。", "en", "ja") == []
    assert n003("Der Preis ging an Hugo.", "賞はヒューゴに贈られた。", "de", "ja") == []


def test_hiragana_word():
    assert n003("The Sakura festival began on Friday.", "さくら祭りが金曜日に始まった。", "en", "ja") == []
    assert n003("Das Sakura-Fest begann am Freitag.", "さくら祭りが金曜日に始まった。", "de", "ja") == []
    assert n003("The Sakura festival began on Friday.", "桃祭りが金曜日に始まった。", "en", "ja")


# -- demonyms --------------------------------------------------------------------------
def test_demonym_with_people_word():
    assert n003("Auckland is growing. Aucklanders pay more for housing.",
                "오클랜드는 성장하고 있다. 오클랜드 시민들은 주택에 더 많은 돈을 낸다.", "en", "ko") == []
    assert n003("Auckland is growing. Aucklanders pay more for housing.",
                "奥克兰正在发展。奥克兰市民为住房支付更多。", "en", "zh") == []


def test_demonym_without_people_word_still_missing():
    assert n003("Auckland is growing. Aucklanders pay more for housing.",
                "奥克兰正在发展。人们为住房支付更多。", "en", "zh")


# -- document mode: a Latin gloss, a neighbouring sentence ---------------------------------
_GLOSS_SRC = ["Harland Marine in Belfast confirmed the order on Monday. The contract was signed in March.",
              "The yard said Harland Marine would report monthly."]


def test_glossed_rendering_zh(article):
    tgt = ["贝尔法斯特的哈兰海事公司（Harland Marine）周一确认了订单。合同于三月签署。",
           "船厂表示，哈兰海事公司将每月报告一次。"]
    assert codes(article, _GLOSS_SRC, tgt, "en", "zh", "N003") == []


def test_glossed_rendering_ko_ja(article):
    ko = ["벨파스트의 할랜드 해양(Harland Marine)은 월요일 주문을 확인했다. 계약은 3월에 체결됐다.",
          "조선소는 할랜드 해양이 매달 보고할 것이라고 밝혔다."]
    assert codes(article, _GLOSS_SRC, ko, "en", "ko", "N003") == []
    ja = ["ベルファストのハーランド海事（Harland Marine）は月曜日、受注を確認した。契約は3月に結ばれた。",
          "造船所によると、ハーランド海事は毎月報告する。"]
    assert codes(article, _GLOSS_SRC, ja, "en", "ja", "N003") == []


def test_glossed_rendering_absent_still_missing(article):
    tgt = ["贝尔法斯特的哈兰海事公司（Harland Marine）周一确认了订单。合同于三月签署。",
           "船厂表示，该公司将每月报告一次。"]
    assert codes(article, _GLOSS_SRC, tgt, "en", "zh", "N003")


_NEIGHBOUR_SRC = ['Transport Minister Alan Whitfield opened the bridge on Monday. "For years drivers have '
                  'queued here every single morning. That stops today," Mr Whitfield said.']


def test_name_in_neighbouring_sentence_ko(article):
    tgt = ['앨런 휫필드 교통부 장관이 월요일 다리를 개통했다. 휫필드 장관은 “수년 동안 운전자들은 매일 아침 '
           '이곳에서 줄을 서야 했다. 그런 일은 오늘로 끝난다”고 말했다.']
    assert codes(article, _NEIGHBOUR_SRC, tgt, "en", "ko", "N003") == []


def test_name_in_neighbouring_sentence_de_ko(article):
    src = ["Verkehrsminister Alan Whitfield eröffnete am Montag die Brücke. „Seit Jahren stehen die "
           "Autofahrer hier jeden einzelnen Morgen im Stau. Damit ist heute Schluss“, sagte Whitfield."]
    tgt = ['앨런 휫필드 교통부 장관이 월요일 다리를 개통했다. 휫필드 장관은 “수년 동안 운전자들은 매일 아침 '
           '이곳에서 줄을 서야 했다. 그런 일은 오늘로 끝난다”고 말했다.']
    assert codes(article, src, tgt, "de", "ko", "N003") == []


# -- C002: a split sentence holding the source's figure ---------------------------------------
def test_split_sentence_with_source_figure_zh(article):
    src = ["公园管理处表示，缆车恢复运营后将实行网上实名预约，往返票价维持120元不变。"]
    tgt = ["The park administration said that, once the cable car resumes operation, visitors will have "
           "to reserve online under their real names. The return fare will remain unchanged at 120 yuan."]
    assert codes(article, src, tgt, "zh", "en", "C002") == []


def test_split_sentence_with_source_figure_ja(article):
    src = ["運営会社は、運行再開後は時間帯ごとの事前予約制を導入し、片道運賃は1200円に据え置くと発表した。"]
    tgt = ["The operating company announced that, once services resume, passengers will have to book in "
           "advance for specific time slots. The one-way fare will remain unchanged at 1,200 yen."]
    assert codes(article, src, tgt, "ja", "en", "C002") == []


def test_added_sentence_without_figure_still_flagged(article):
    src = ["公园管理处表示，缆车恢复运营后往返票价维持120元不变。"]
    tgt = ["The park administration said that the return fare will remain unchanged at 120 yuan once the "
           "cable car resumes operation. Local hotel owners have long complained about the lack of tourists "
           "in the winter months."]
    found = codes(article, src, tgt, "zh", "en", "C002")
    assert found and "no counterpart" in found[0]
