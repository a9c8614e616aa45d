"""Session 47 (g3): language, furniture, form and spelling; false alarms and misses found
by the held-out articles of batch s47 (bench/articles), fixed as classes (written for
mtcheck).

1. S006: an English word with a regular ending (-s, -ing, -ed, agent -r) whose base is a
   listed word (heller-s, ply-ing, bathe-r) is a real word, no slip of a common neighbour;
2. L002: the source's term in parentheses after its translation is a translator's gloss
   ("места, субсидируемые бюджетом (Commonwealth supported places)"), not a copied run;
3. S001: a two-character Chinese or Japanese function word, modal or pronoun written twice
   (可以可以, 他们他们, 現在現在), which these languages never reduplicate;
4. F003: a share-button row of Korean or Chinese sites (이 기사를 공유합니다 페이스북
   카카오톡 링크복사; 分享到：微信 | 微博 | QQ空间);
5. S005: a French target without a region tag that is Swiss (huitante, CHF, le Conseil
   fédéral; or a German source written the Swiss way, Strasse and gemäss without ß) may
   write «…» and ; ! ? tight as fr-CH does;
6. F002: a photo credit glued into a body paragraph that the source lacks altogether is
   words from elsewhere run into the text: major;
7. S004: a paragraph's last sentence stopping on a word without a closing mark, where the
   source's paragraph goes on with sentences the translation has nowhere.
"""

from __future__ import annotations

import mtcheck
from mtcheck.model import Severity


def found(src, tgt, sl, tl, code):
    return [(f.code, f.text, f.severity) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


def in_article(findings, code):
    return [(f.code, f.text, f.severity) for f in findings if f.code == code and not f.suppressed]


# 1. S006: regular forms of listed bases

def test_regular_forms_are_no_slips_de_en():
    src = "Der Badegast Jens kam mit seinen Kindern."
    assert found(src, "Bather Jens came with his children.", "de", "en", "S006") == []
    assert [x[1] for x in found(src, "Bathr Jens came with his children.", "de", "en", "S006")] == ["Bathr"]


def test_regular_forms_are_no_slips_cs_en():
    src = "Cena se zvýší o 19 haléřů a lodě dál plují po řece."
    assert found(src, "The price will rise by 19 hellers, and boats keep plying the river.",
                 "cs", "en", "S006") == []
    assert [x[1] for x in found(src, "The price will rise by 19 hellers, and boats keep plying the rivr.",
                                "cs", "en", "S006")] == ["rivr"]


# 2. L002: a gloss in parentheses

def test_gloss_in_parentheses_en_ru():
    src = "Tenants can apply for the housing choice voucher programme from March."
    assert found(src, "Арендаторы могут с марта подать заявку на жилищные сертификаты (housing choice voucher).",
                 "en", "ru", "L002") == []
    assert found(src, "Арендаторы могут с марта подать заявку на housing choice voucher.",
                 "en", "ru", "L002") != []


def test_gloss_in_parentheses_de_ru():
    src = "Die Stadt zahlt ab März das neue Bürgergeld für arbeitslose Familien aus."
    assert found(src, "С марта город выплачивает новое пособие для безработных семей (neue Bürgergeld für "
                      "arbeitslose).", "de", "ru", "L002") == []
    assert found(src, "С марта город выплачивает neue Bürgergeld für arbeitslose семей.",
                 "de", "ru", "L002") != []


def test_gloss_in_parentheses_en_tr():
    src = "Tenants can apply for the housing choice voucher programme from March."
    assert found(src, "Kiracılar marttan itibaren konut seçim kuponu (housing choice voucher) programına "
                      "başvurabilir.", "en", "tr", "L002") == []


# 3. S001: doubled two-character function words in Chinese and Japanese

def test_doubled_function_word_en_zh():
    src = "Residents can apply online for a free water filter."
    assert [x[1] for x in found(src, "居民可以可以在网上申请免费的滤水器。", "en", "zh", "S001")] == ["可以可以"]
    assert found(src, "居民可以在网上申请免费的滤水器。", "en", "zh", "S001") == []


def test_doubled_pronoun_de_zh_and_verb_reduplication_kept():
    assert [x[1] for x in found("Wir werden das morgen besprechen, sagten sie.", "他们他们说明天会讨论这件事。",
                                "de", "zh", "S001")] == ["他们他们"]
    assert found("Die Experten wollen das Problem gründlich untersuchen.", "专家们想把这个问题研究研究。",
                 "de", "zh", "S001") == []


def test_doubled_function_word_en_ja():
    src = "The number of visitors is currently about 3,000."
    assert [x[1] for x in found(src, "来場者数は現在現在約3000人です。", "en", "ja", "S001")] == ["現在現在"]
    assert found(src, "来場者数は現在約3000人です。", "en", "ja", "S001") == []


# 4. F003: share rows of Korean and Chinese sites

def test_share_row_en_ko():
    src = "The council approved the plan on Tuesday.\n\nThe works will start in May."
    assert [x[1] for x in found(src, "시의회는 화요일 계획을 승인했다.\n\n이 기사를 공유합니다 페이스북 카카오톡 링크복사\n\n"
                                     "공사는 5월에 시작된다.", "en", "ko", "F003")] \
        == ["이 기사를 공유합니다 페이스북 카카오톡 링크복사"]
    assert found(src, "시의회는 화요일 계획을 승인했다.\n\n공사는 5월에 시작된다.", "en", "ko", "F003") == []


def test_share_row_en_zh_and_de_zh():
    src = "The council approved the plan on Tuesday.\n\nThe works will start in May."
    assert [x[1] for x in found(src, "市议会周二批准了该计划。\n\n分享到：微信 | 微博 | QQ空间\n\n工程将于5月开工。",
                                "en", "zh", "F003")] == ["分享到：微信 | 微博 | QQ空间"]
    assert found("Der Stadtrat hat den Plan am Dienstag gebilligt.\n\nDie Arbeiten beginnen im Mai.",
                 "市议会周二批准了该计划。\n\n分享到：微信｜豆瓣\n\n工程将于5月开工。", "de", "zh", "F003") != []
    assert found(src, "市议会周二批准了该计划。\n\n工程将于5月开工。", "en", "zh", "F003") == []


# 5. S005: Swiss French

def test_swiss_french_from_swiss_german_source():
    fr = "Selon le plan, la commune de la rue de la Gare veut construire une grande halle. «Nous sommes prêts», a-t-il dit."
    swiss = "Die Gemeinde an der Bahnhofstrasse will gemäss dem Plan eine grosse Halle bauen. «Wir sind bereit», sagte er."
    german = "Die Gemeinde an der Bahnhofstraße will gemäß dem Plan eine große Halle bauen. «Wir sind bereit», sagte er."
    assert found(swiss, fr, "de", "fr", "S005") == []
    assert [x[1] for x in found(german, fr, "de", "fr", "S005")] == ["«", "»"]


def test_swiss_french_by_its_own_words_en_fr():
    src = "The project will cost 80 million francs, the government said. \"We are ready,\" he said."
    assert found(src, "Le projet coûtera quatre-vingts millions de CHF, a indiqué le gouvernement. "
                      "«Nous sommes prêts», a-t-il dit.", "en", "fr", "S005") == []
    assert [x[1] for x in found(src, "Le projet coûtera quatre-vingts millions d'euros, a indiqué le gouvernement. "
                                     "«Nous sommes prêts», a-t-il dit.", "en", "fr", "S005")] == ["«", "»"]


# 6. F002: a credit the source lacks, glued into a paragraph

def test_added_credit_is_major_de_en():
    src = "Der Stadtrat hat den Plan am Dienstag gebilligt. Die Arbeiten beginnen im Mai."
    assert found(src, "The city council approved the plan on Tuesday. The works will begin in May. "
                      "Photo: Keystone/Anna Meier", "de", "en", "F002") \
        == [("F002", "Photo: Keystone/Anna Meier", Severity.MAJOR)]


def test_added_credit_is_major_fr_de_kept_credit_minor():
    src = "Le conseil municipal a approuvé le plan mardi. Les travaux commenceront en mai."
    assert found(src, "Der Stadtrat hat den Plan am Dienstag gebilligt. Die Arbeiten beginnen im Mai. "
                      "Foto: dpa/Jens Krüger", "fr", "de", "F002") \
        == [("F002", "Foto: dpa/Jens Krüger", Severity.MAJOR)]
    src2 = src + " Photo: AFP/Jean Dupont"
    assert found(src2, "Der Stadtrat hat den Plan am Dienstag gebilligt. Die Arbeiten beginnen im Mai. "
                       "Foto: AFP/Jean Dupont", "fr", "de", "F002") \
        == [("F002", "Foto: AFP/Jean Dupont", Severity.MINOR)]


# 7. S004: a paragraph cut before the rest of the source's paragraph

_SRC_DE = [
    "Neue Gebühr für Besucher des Nationalparks",
    "Die Gemeinde erhebt ab Juli eine Gebühr von fünf Franken für jeden Besucher des Nationalparks. "
    "Kinder unter zwölf Jahren zahlen nichts.",
    "Bisher verlangte die Parkverwaltung nur einen Eintritt von zwei Franken. Die Gemeinde bestätigt, "
    "dass die neue Gebühr das Ticket des Nationalparks nicht ersetzt, die Besucher zahlen also beide. "
    "Sie will die Höhe der Gebühr nach einem Jahr überprüfen.",
]


def test_paragraph_cut_before_lost_sentences_de_en(article):
    head = ["New fee for visitors to the national park",
            "From July the municipality will charge a fee of five francs for every visitor to the national park. "
            "Children under twelve pay nothing."]
    cut = head + ["So far the park administration has charged only an entrance fee of two francs. The municipality "
                  "confirms that the new fee will not replace the national park"]
    full = head + ["So far the park administration has charged only an entrance fee of two francs. The municipality "
                   "confirms that the new fee does not replace the national park ticket, so visitors pay both. "
                   "It plans to review the amount after one year."]
    hits = in_article(article(_SRC_DE, cut, "de", "en"), "S004")
    assert [(c, t) for c, t, _ in hits] == [("S004", "park")]
    assert in_article(article(_SRC_DE, full, "de", "en"), "S004") == []


def test_paragraph_cut_before_lost_sentences_id_en(article):
    src = ["Pungutan baru untuk wisatawan taman nasional",
           "Pemerintah kabupaten akan memungut retribusi Rp50.000 dari setiap wisatawan mulai Juli. "
           "Anak-anak di bawah 12 tahun dibebaskan.",
           "Balai taman nasional sudah memungut tiket masuk Rp5.000 per orang. Pemerintah kabupaten memastikan "
           "retribusi baru tidak menggantikan tiket taman nasional, sehingga wisatawan tetap membayar keduanya. "
           "Besaran retribusi akan dievaluasi setelah satu tahun."]
    head = ["New levy for national park visitors",
            "The regency will charge a levy of Rp50,000 on every tourist from July. Children under 12 are exempt."]
    cut = head + ["The national park office already charges an entrance fee of Rp5,000 per person. The regency "
                  "has confirmed that the new levy will not replace the park entrance"]
    hits = in_article(article(src, cut, "id", "en"), "S004")
    assert [(c, t) for c, t, _ in hits] == [("S004", "entrance")]
