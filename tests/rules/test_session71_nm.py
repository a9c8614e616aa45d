"""Session 71 (nm): a person's name replaced or misspelt at one mention of an article,
found by held-out articles (bench/articles), fixed as classes (written for mtcheck; every
example is invented).

1. N004: a surname the translation writes after the given name as the source does is a
   name at its lone mentions however frequent a word of the source's language it is
   (Romanian Georgescu, Turkish Erdem, Vietnamese Hùng), so a stand-in there is another
   name; a given name opening a sentence counts where the translation copies it and it is
   no word of the target language;
2. N004 into Chinese: a quotation's speaker named after it in the source, before it in
   the translation, the aligner pairing the first sentences: the stand-in anchored in the
   neighbouring source sentence;
3. N004 out of Korean: a person named in full elsewhere, called by the surname and a post
   (서 교수), whose surname the translation writes as another Korean surname that spells
   no name of the source;
4. N004 out of Chinese: a person named in full elsewhere, called by the whole name before a
   verb of saying, whom the translation calls by another Chinese surname alone, one no
   character of the source reads as.
"""

from __future__ import annotations

import mtcheck


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.severity.label}:{f.text}" for f in rep.findings if f.code == code and not f.suppressed]


# -- 1. a frequent-word surname written in full is a name at its lone mentions ---------------
RO_SRC = ("Podul de pe strada Morii va fi redeschis\n\n"
          "Primarul Valeriu Georgescu a anunțat că podul va fi redeschis în luna mai.\n\n"
          "Lucrările au costat trei milioane de lei și au durat un an.\n\n"
          "„Am respectat termenul stabilit la început”, a spus Georgescu.\n")
RO_DE = ("Die Brücke in der Mühlenstraße wird wieder geöffnet\n\n"
         "Bürgermeister Valeriu Georgescu kündigte an, dass die Brücke im Mai wieder geöffnet werde.\n\n"
         "Die Arbeiten kosteten drei Millionen Lei und dauerten ein Jahr.\n\n"
         "„Wir haben die zu Beginn festgelegte Frist eingehalten“, sagte {}.\n")


def test_romanian_frequent_surname_swapped_at_its_lone_mention(tmp_path):
    found = doc(tmp_path, RO_SRC, RO_DE.format("Vlăsceanu"), "ro", "de", "N004")
    assert "major:Vlăsceanu" in found


def test_romanian_frequent_surname_kept_stays_clean(tmp_path):
    assert not doc(tmp_path, RO_SRC, RO_DE.format("Georgescu"), "ro", "de", "N004")


TR_SRC = ("Yeni kütüphane eylülde açılıyor\n\n"
          "Belediye Başkanı Nurhan Erdem, yeni kütüphanenin eylülde açılacağını söyledi.\n\n"
          "Kütüphane kırk bin kitaba ev sahipliği yapacak.\n\n"
          "Giderleri belediyenin karşılayacağını belirten Erdem, bağışların da kabul edileceğini ekledi.\n")
TR_EN = ("New library opens in September\n\n"
         "Mayor Nurhan Erdem said the new library would open in September.\n\n"
         "The library will hold forty thousand books.\n\n"
         "Noting that the municipality would cover the running costs, {} added that donations "
         "would also be accepted.\n")


def test_turkish_frequent_surname_swapped_at_its_lone_mention(tmp_path):
    found = doc(tmp_path, TR_SRC, TR_EN.format("Tekinalp"), "tr", "en", "N004")
    assert "major:Tekinalp" in found


def test_turkish_frequent_surname_kept_stays_clean(tmp_path):
    assert not doc(tmp_path, TR_SRC, TR_EN.format("Erdem"), "tr", "en", "N004")


VI_SRC = ("Khánh thành cầu mới ở xã Tân Phú\n\n"
          "Kỹ sư Lý Quốc Hùng, người phụ trách thiết kế, cho biết cây cầu dài 40 mét.\n\n"
          "Tổng kinh phí xây dựng là 9 tỷ đồng.\n\n"
          "\"Cây cầu giúp học sinh đi học an toàn hơn\", ông Hùng nói.\n")
VI_DE = ("Neue Brücke in der Gemeinde Tan Phu eröffnet\n\n"
         "Der Ingenieur Ly Quoc Hung, der die Planung leitete, sagte, die Brücke sei 40 Meter lang.\n\n"
         "Die Baukosten betrugen insgesamt 9 Milliarden Dong.\n\n"
         "„Die Brücke macht den Schulweg der Kinder sicherer“, sagte {}.\n")


def test_vietnamese_given_name_swapped_after_ong(tmp_path):
    found = doc(tmp_path, VI_SRC, VI_DE.format("Khoi"), "vi", "de", "N004")
    assert "major:Khoi" in found or "critical:Khoi" in found


def test_vietnamese_given_name_kept_stays_clean(tmp_path):
    assert not doc(tmp_path, VI_SRC, VI_DE.format("Hung"), "vi", "de", "N004")


# -- 2. into Chinese: the speaker named in the neighbouring source sentence -----------------
EN_SRC = ("Town to plant 300 new trees\n\n"
          "The plan was praised by Rosalind Ellsworth, 64, who chairs the residents' association.\n\n"
          "\"When we moved here there was no park at all. Now the children have somewhere to play,\" "
          "Ellsworth said.\n\n"
          "Planting will begin in November.\n")
EN_ZH = ("镇上将种植300棵新树\n\n"
         "64岁的居民协会主席罗莎琳德·埃尔斯沃思对该计划表示赞扬。\n\n"
         "{}说：“我们刚搬来时，这里根本没有公园。现在孩子们有地方玩了。”\n\n"
         "植树将于11月开始。\n")


def test_english_to_chinese_speaker_swapped_across_sentences(tmp_path):
    found = doc(tmp_path, EN_SRC, EN_ZH.format("彭德尔顿"), "en", "zh", "N004")
    assert "major:彭德尔顿" in found


def test_english_to_chinese_speaker_kept_stays_clean(tmp_path):
    assert not doc(tmp_path, EN_SRC, EN_ZH.format("埃尔斯沃思"), "en", "zh", "N004")


DE_SRC = ("Stadt pflanzt 300 neue Bäume\n\n"
          "Den Plan begrüßte Rosalind Ellsworth, 64, die den Anwohnerverein leitet.\n\n"
          "„Als wir hierherzogen, gab es gar keinen Park. Jetzt können die Kinder draußen spielen“, "
          "sagte Ellsworth.\n\n"
          "Gepflanzt wird ab November.\n")


def test_german_to_chinese_speaker_swapped_across_sentences(tmp_path):
    found = doc(tmp_path, DE_SRC, EN_ZH.format("彭德尔顿"), "de", "zh", "N004")
    assert "major:彭德尔顿" in found
    assert not doc(tmp_path, DE_SRC, EN_ZH.format("埃尔斯沃思"), "de", "zh", "N004")


# -- 3. out of Korean: surname and post, another surname in the translation -----------------
KO_SRC = ("미세먼지 농도 5년 새 30% 줄어\n\n"
          "서울 지역 미세먼지 농도가 5년 사이 30% 줄었다.\n\n"
          "새별대 환경공학과 서지안 교수는 \"차량 배출가스 규제가 효과를 냈다\"고 말했다.\n\n"
          "서 교수는 지난해 하천 12곳에서 시료를 채취했다.\n")
KO_EN = ("Fine dust down 30% in five years\n\n"
         "Fine dust levels in Seoul fell by 30% over five years.\n\n"
         "\"Rules on vehicle exhaust have had an effect,\" said Seo Ji-an, a professor of environmental "
         "engineering at Saebyeol University.\n\n"
         "{} collected samples from 12 rivers last year.\n")
KO_FR = ("Les particules fines en baisse de 30 % en cinq ans\n\n"
         "Les concentrations de particules fines à Séoul ont baissé de 30 % en cinq ans.\n\n"
         "« Les règles sur les gaz d'échappement ont eu un effet », a déclaré Seo Ji-an, professeure "
         "de génie de l'environnement à l'université Saebyeol.\n\n"
         "La professeure {} a prélevé l'an dernier des échantillons dans 12 rivières.\n")


def test_korean_surname_and_post_swapped(tmp_path):
    assert any(f.startswith("major:Bae") for f in doc(tmp_path, KO_SRC, KO_EN.format("When Bae"), "ko", "en", "N004")) \
        or any(f.startswith("major:Bae") for f in doc(tmp_path, KO_SRC, KO_EN.format("Bae"), "ko", "en", "N004"))
    assert any(f.startswith("major:Bae") for f in doc(tmp_path, KO_SRC, KO_FR.format("Bae"), "ko", "fr", "N004"))


def test_korean_surname_and_post_kept_stays_clean(tmp_path):
    assert not doc(tmp_path, KO_SRC, KO_EN.format("Seo"), "ko", "en", "N004")
    assert not doc(tmp_path, KO_SRC, KO_FR.format("Seo"), "ko", "fr", "N004")


# -- 4. out of Chinese: another surname alone for a person named in full elsewhere ----------
ZH_SRC = ("市图书馆新馆开放\n\n"
          "市图书馆馆长潘永新介绍，新馆藏书30万册，每天开放12小时。\n\n"
          "新馆位于河东区，建筑面积约2万平方米。\n\n"
          "“我们希望更多年轻人走进图书馆”，潘永新说。\n")
ZH_EN = ("City library opens new building\n\n"
         "Pan Yongxin, director of the city library, said the new building holds 300,000 books and "
         "opens 12 hours a day.\n\n"
         "The new building is in Hedong district and has a floor area of about 20,000 square metres.\n\n"
         "\"We hope more young people will come into the library,\" {} said.\n")
ZH_ES = ("La biblioteca municipal abre su nueva sede\n\n"
         "Pan Yongxin, director de la biblioteca municipal, explicó que la nueva sede tiene 300.000 "
         "libros y abre 12 horas al día.\n\n"
         "La nueva sede está en el distrito de Hedong y tiene una superficie de unos 20.000 metros "
         "cuadrados.\n\n"
         "«Esperamos que más jóvenes entren en la biblioteca», dijo {}.\n")


def test_chinese_person_called_by_another_surname(tmp_path):
    assert "major:Cai" in doc(tmp_path, ZH_SRC, ZH_EN.format("Cai"), "zh", "en", "N004")
    assert "major:Cai" in doc(tmp_path, ZH_SRC, ZH_ES.format("Cai"), "zh", "es", "N004")


def test_chinese_person_called_by_own_surname_stays_clean(tmp_path):
    assert not doc(tmp_path, ZH_SRC, ZH_EN.format("Pan"), "zh", "en", "N004")
    assert not doc(tmp_path, ZH_SRC, ZH_ES.format("Pan"), "zh", "es", "N004")


# -- 5. N002: one Japanese name read two ways, one of them no reading of the source ---------
JA_SRC = ("市民センターで陶芸教室\n\n"
          "中学校で美術を教える北川恵美子教諭は「生徒たちは夏までに器を20個作った」と話した。\n\n"
          "教室は毎週土曜日に開かれる。\n\n"
          "北川教諭によると、参加者は昨年より2割増えた。\n")
JA_EN = ("Pottery classes at the civic centre\n\n"
         "\"By the summer the pupils had made 20 bowls,\" said Emiko {}, who teaches art at a "
         "secondary school.\n\n"
         "The classes are held every Saturday.\n\n"
         "According to {}, the number of participants rose by a fifth on last year.\n")
JA_DE = ("Töpferkurse im Bürgerzentrum\n\n"
         "„Bis zum Sommer hatten die Schüler 20 Schalen gefertigt“, sagte Emiko {}, die an einer "
         "Mittelschule Kunst unterrichtet.\n\n"
         "Die Kurse finden jeden Samstag statt.\n\n"
         "Laut {} ist die Zahl der Teilnehmer gegenüber dem Vorjahr um ein Fünftel gestiegen.\n")


def test_japanese_name_read_two_ways_the_voiced_slip_flagged(tmp_path):
    for tmpl, tl in ((JA_EN, "en"), (JA_DE, "de")):
        found = doc(tmp_path, JA_SRC, tmpl.format("Kitakawa", "Kitagawa"), "ja", tl, "N002")
        assert "major:Kitakawa" in found, (tl, found)


def test_japanese_name_read_one_way_stays_clean(tmp_path):
    for tmpl, tl in ((JA_EN, "en"), (JA_DE, "de")):
        assert not doc(tmp_path, JA_SRC, tmpl.format("Kitagawa", "Kitagawa"), "ja", tl, "N002")


# -- 6. N002: a surname out of Hebrew introduced in full, then spelled otherwise -------------
HE_SRC = ("גינה קהילתית חדשה נפתחה בעיר\n\n"
          "מנהלת הגינה, ד\"ר עינב שטיינברג, אמרה כי התושבים יגדלו בה ירקות.\n\n"
          "בגינה יש מאה ערוגות.\n\n"
          "לדברי שטיינברג, מספר הערוגות יוכפל בשנה הבאה.\n")
HE_EN = ("New community garden opens in the city\n\n"
         "Dr Einav {}, who runs the garden, said residents would grow vegetables there.\n\n"
         "The garden has a hundred beds.\n\n"
         "According to Dr {}, the number of beds will double next year.\n")
HE_FR = ("Un nouveau jardin partagé ouvre en ville\n\n"
         "La responsable du jardin, Dr Einav {}, a indiqué que les habitants y cultiveraient des légumes.\n\n"
         "Le jardin compte cent carrés de culture.\n\n"
         "Selon {}, le nombre de carrés doublera l'an prochain.\n")


def test_surname_introduced_in_full_then_spelled_otherwise(tmp_path):
    for tmpl, tl in ((HE_EN, "en"), (HE_FR, "fr")):
        found = doc(tmp_path, HE_SRC, tmpl.format("Shteinberg", "Shtainberg"), "he", tl, "N002")
        assert "major:Shtainberg" in found, (tl, found)


def test_surname_spelled_one_way_stays_clean(tmp_path):
    for tmpl, tl in ((HE_EN, "en"), (HE_FR, "fr")):
        assert not doc(tmp_path, HE_SRC, tmpl.format("Shteinberg", "Shteinberg"), "he", tl, "N002")


# -- 7. N001 out of Chinese: a given name one letter off, beside its surname read right ------
ZH2_SRC = ("社区合唱团迎来新成员\n\n"
           "今年合唱团共招收了40名新团员。\n\n"
           "68岁的退休教师韦春燕说，她每周参加两次排练。\n")
ZH2_EN = ("Community choir welcomes new members\n\n"
          "The choir took on 40 new members this year.\n\n"
          "{}, a 68-year-old retired teacher, said she attends rehearsals twice a week.\n")
ZH2_DE = ("Gemeindechor begrüßt neue Mitglieder\n\n"
          "Der Chor nahm in diesem Jahr 40 neue Mitglieder auf.\n\n"
          "{}, eine 68-jährige pensionierte Lehrerin, sagte, sie gehe zweimal pro Woche zur Probe.\n")


def test_chinese_given_name_slip_beside_its_surname_is_major(tmp_path):
    for tmpl, tl in ((ZH2_EN, "en"), (ZH2_DE, "de")):
        found = doc(tmp_path, ZH2_SRC, tmpl.format("Wei Chuyan"), "zh", tl, "N001")
        assert "major:Chuyan" in found, (tl, found)


def test_chinese_given_name_read_right_stays_clean(tmp_path):
    for tmpl, tl in ((ZH2_EN, "en"), (ZH2_DE, "de")):
        assert not doc(tmp_path, ZH2_SRC, tmpl.format("Wei Chunyan"), "zh", tl, "N001")
