"""Session 65 (helper cx): coverage, code-mix, wrong-language, UI-link and doubled-word
classes from batches s77 and s78, each on examples of its own.

1. F003: a related-link slot's label after the arrow or bullet sites set before it
   ("▶ 관련기사: …", "► Read also: …"), and the Korean label written solid (관련기사:).
2. L001: a sentence in Tagalog inside a Malay translation (wordfreq files Tagalog's word
   list under "fil": language ID's "tl" now has one to back it).
3. L002: a species' name kept after the Malay or Indonesian noun of its kind (ikan tench,
   burung plover) is no word left untranslated.
4. L002: in a source language that goes on in lower case after a colon (Romanian, French …),
   a capital right after a colon is a name's (…: Pitești a terminat …), not a sentence's.
5. S001: Chinese, a two-character word written twice between a list's mark, a conjunction
   joining nouns or 的 and the noun it modifies (温度和水位水位变化).
6. S001: German "die die" after a conjunction in a clause that ends on a participle and a
   form of "sein" (", sobald die die Naht verheilt ist"): no role for the first article.
7. C001: a short source sentence with a figure dropped from a two-to-one bead that is short
   by z <= -1.5 and fits without it.
8. C001/C002: a quotation's attribution moved from the start of one sentence to the end of the
   next; the two pairs together judged at C003's bar.
9. C003: a passage of as many target as source sentences, short as a whole, one sentence far
   too short against the source sentence in its place.
"""
from __future__ import annotations

import mtcheck
from mtcheck import check_pair


def pair(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label}:{f.text}:{f.message}" for f in check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.severity.label}:{f.text}:{f.message}" for f in rep.findings
            if f.code == code and not f.suppressed and f.document == str(t)]


# 1. F003 link-slot label after an arrow or bullet

KO_SRC = ("The observatory found a new comet on Monday.\n\n"
          "Volunteers built the telescope in 2011.\n\n"
          "The club has 180 members.\n")


def _ko(line: str) -> str:
    return ("천문대는 월요일에 새로운 혜성을 발견했다.\n\n"
            "자원봉사자들이 2011년에 망원경을 만들었다.\n\n"
            f"{line}\n\n"
            "이 동호회의 회원은 180명이다.\n")


def test_f003_korean_link_label_after_arrow(tmp_path):
    for line in ("▶ 관련기사: 북쪽 하늘을 지키는 사람들", "☞ 관련 기사: 북쪽 하늘을 지키는 사람들",
                 "관련기사: 북쪽 하늘을 지키는 사람들"):
        got = doc(tmp_path, KO_SRC, _ko(line), "en", "ko", "F003")
        assert got and "major" in got[0], line


def test_f003_english_link_label_after_bullet(tmp_path):
    src = ("The council approved the budget on Tuesday.\n\n"
           "The vote was 31 to 12.\n")
    tgt = ("The council approved the budget on Tuesday.\n\n"
           "► Read also: Five things to know about the new tram line\n\n"
           "The vote was 31 to 12.\n")
    assert doc(tmp_path, src, tgt, "en", "en", "F003")


def test_f003_arrow_before_no_label_stays_clean(tmp_path):
    assert not doc(tmp_path, KO_SRC, _ko("▶ 북쪽 하늘: 사람들이 지키는 별"), "en", "ko", "F003")


# 2. L001 Tagalog in Malay

MS_SRC = ("The town opened a new library on Saturday.\n\n"
          "The building has three floors and a garden on the roof. "
          "It is one of only four public libraries in the district that open on Sundays. "
          "The mayor said the project cost 2 million ringgit.\n")


def test_l001_tagalog_sentence_in_malay(tmp_path):
    tgt = ("Bandar itu membuka sebuah perpustakaan baharu pada hari Sabtu.\n\n"
           "Bangunan itu mempunyai tiga tingkat dan sebuah taman di atas bumbung. "
           "Ito ay isa sa apat na pampublikong aklatan lamang sa distrito na bukas tuwing Linggo. "
           "Datuk bandar berkata projek itu menelan belanja 2 juta ringgit.\n")
    got = doc(tmp_path, MS_SRC, tgt, "en", "ms", "L001")
    assert got and "Ito ay isa" in got[0]


def test_l001_malay_translation_stays_clean(tmp_path):
    tgt = ("Bandar itu membuka sebuah perpustakaan baharu pada hari Sabtu.\n\n"
           "Bangunan itu mempunyai tiga tingkat dan sebuah taman di atas bumbung. "
           "Ia merupakan satu daripada hanya empat perpustakaan awam di daerah itu yang dibuka pada hari Ahad. "
           "Datuk bandar berkata projek itu menelan belanja 2 juta ringgit.\n")
    assert not doc(tmp_path, MS_SRC, tgt, "en", "ms", "L001")


# 3. L002 species after the Malay noun of its kind

def test_l002_species_after_kind_noun_is_kept():
    src = "The lake is home to perch, tench and several kinds of plover."
    tgt = "Tasik itu menjadi habitat ikan perch, ikan tench dan beberapa jenis burung plover."
    assert not pair(src, tgt, "en", "ms", "L002")


def test_l002_species_after_kind_noun_alone():
    src = "The volunteers counted the perch in the lake."
    assert not pair(src, "Sukarelawan mengira ikan perch di tasik itu.", "en", "ms", "L002")


def test_l002_word_without_kind_noun_still_flagged():
    src = "The volunteers counted the perch in the lake."
    assert pair(src, "Sukarelawan mengira perch di tasik itu.", "en", "ms", "L002")


# 4. L002 a capital after a colon in a Romanian source is a name's

def test_l002_name_after_colon_in_romanian_source():
    src = ("Orașul nu este primul din regiune care introduce sistemul: Pitești a finalizat anul "
           "trecut un program similar.")
    tgt = ("La ville n'est pas la première de la région à introduire ce système : Pitești a achevé "
           "l'an dernier un programme similaire.")
    assert not pair(src, tgt, "ro", "fr", "L002")


def test_l002_copied_common_word_still_flagged_after_colon():
    src = "Primăria a anunțat noul program: autobuzele circulă gratuit duminica."
    tgt = "La mairie a annoncé le nouveau programme : autobuzele circulent gratuitement le dimanche."
    assert pair(src, tgt, "ro", "fr", "L002")


# 5. S001 Chinese doubled two-character word in a noun phrase

ZH_SRC = "The sensors will record humidity, temperature and water level changes every hour."


def test_s001_zh_doubled_noun_after_conjunction():
    got = pair(ZH_SRC, "传感器将每小时记录湿度、温度和水位水位变化。", "en", "zh", "S001")
    assert got and "水位" in got[0]


def test_s001_zh_doubled_noun_after_de():
    got = pair("The roof material of the old school is worn.", "老学校的屋顶屋顶材料已经磨损。", "en", "zh", "S001")
    assert got


def test_s001_zh_reduplications_stay_clean():
    assert not pair("We should look into this problem.", "我们应该研究研究这个问题。", "en", "zh", "S001")
    assert not pair("The walls were snow-white.", "墙壁是雪白雪白的。", "en", "zh", "S001")
    assert not pair("They discussed it and then left.", "大家和讨论讨论了方案。", "en", "zh", "S001")


# 6. S001 German "die die" in a clause that leaves the first article no role

def test_s001_de_doubled_article_before_intransitive_perfect():
    src = "The stitches are removed as soon as the seam has healed."
    got = pair(src, "Die Fäden werden gezogen, sobald die die Naht verheilt ist.", "en", "de", "S001")
    assert got and "die die" in got[0]
    got = pair("The funds flow once the permit has been granted.",
               "Die Mittel fließen, nachdem das das Gesuch bewilligt worden ist.", "en", "de", "S001")
    assert got


def test_s001_de_doubled_article_still_licensed():
    src = "The aid reaches those for whom it is intended."
    assert not pair(src, "Die Hilfe erreicht jene, für die die Unterstützung bestimmt ist.", "en", "de", "S001")
    assert not pair("They leave before they have picked up the children.",
                    "Sie gehen, bevor die die Kinder abgeholt haben.", "en", "de", "S001")
    assert not pair("The women who looked after the children left.",
                    "Die Frauen, die die Kinder betreut haben, gingen.", "en", "de", "S001")
    assert not pair("Runners who have run the stairs are tired.",
                    "Läufer, die die Treppe hinaufgelaufen sind, sind müde.", "en", "de", "S001")


# 7. C001 a short sentence dropped with its figure

DE_SRC = ("Die Stadtbibliothek in Talheim öffnet in diesem Winter nur noch an vier Tagen.\n\n"
          "Für den vollen Betrieb bräuchte die Bibliothek laut Leiterin Karla Brenner "
          "mindestens neun Fachkräfte. Momentan seien jedoch nur vier Fachkräfte beschäftigt. "
          "„Wir inserieren seit August in Zeitungen und im Netz, aber es melden sich kaum "
          "Leute“, sagte Brenner.\n\n"
          "Die Gebühren für Leseausweise bleiben gleich.\n")


def test_c001_short_sentence_with_figure_dropped(tmp_path):
    tgt = ("The Talheim town library will open on only four days this winter.\n\n"
           "According to director Karla Brenner, the library would need at least nine "
           "specialists for full operation. \"We have been advertising in newspapers and online "
           "since August, but hardly anyone applies,\" Brenner said.\n\n"
           "Fees for library cards stay the same.\n")
    got = doc(tmp_path, DE_SRC, tgt, "de", "en", "C001")
    assert got and "vier Fachkräfte" in got[0]


def test_c001_full_translation_stays_clean(tmp_path):
    tgt = ("The Talheim town library will open on only four days this winter.\n\n"
           "According to director Karla Brenner, the library would need at least nine "
           "specialists for full operation. At the moment, however, only four specialists are "
           "employed. \"We have been advertising in newspapers and online since August, but hardly "
           "anyone applies,\" Brenner said.\n\n"
           "Fees for library cards stay the same.\n")
    assert not doc(tmp_path, DE_SRC, tgt, "de", "en", "C001")


# 9. C003 a short many-to-many passage

EN_SRC = ("The health board opened a new clinic on Monday.\n\n"
          "No blood test can yet confirm the illness, which some 20,000 residents of the region have. "
          "Doctors go by signs such as fever, rash and joint pain, and by then the "
          "infection has often reached several organs.\n\n"
          "The clinic will open five days a week.\n")


def _de(passage: str) -> str:
    return ("Die Gesundheitsbehörde hat am Montag eine neue Klinik eröffnet.\n\n" + passage +
            "\n\nDie Klinik wird an fünf Tagen pro Woche geöffnet sein.\n")


def test_c003_short_passage_of_two_sentences(tmp_path):
    tgt = _de("Rund 20.000 Einwohner der Region haben die Krankheit, doch noch kann kein Bluttest "
              "sie sicher nachweisen. Man stützt sich "
              "auf Fieber und Ausschlag.")
    got = doc(tmp_path, EN_SRC, tgt, "en", "de", "C003")
    assert got and "Man stützt sich" in got[0] and got[0].startswith("minor")


def test_c003_complete_passage_stays_clean(tmp_path):
    tgt = _de("Rund 20.000 Einwohner der Region haben die Krankheit, doch noch kann kein Bluttest "
              "sie sicher nachweisen. Ärzte richten sich "
              "nach Anzeichen wie Fieber, Ausschlag und Gelenkschmerzen, und bis dahin hat "
              "die Infektion oft schon mehrere Organe erreicht.")
    assert not doc(tmp_path, EN_SRC, tgt, "en", "de", "C003")
    assert not doc(tmp_path, EN_SRC, tgt, "en", "de", "C001")


def test_c003_passage_with_quotation_frame_moved_stays_clean(tmp_path):
    src = ("Die Klinik in Talheim hat am Montag ihre neue Abteilung eröffnet.\n\n"
           "Chefarzt Peter Lange sagte dem Regionalradio: „Früher reisten Patienten mehr als 300 "
           "Kilometer bis in die Großstadt und warteten monatelang auf einen Termin. Jetzt behandeln "
           "wir sie direkt vor Ort, und zwar sofort.“\n\n"
           "Die Abteilung hat zwölf Betten.\n")
    tgt = ("The clinic in Talheim opened its new department on Monday.\n\n"
           "\"Patients used to travel over 300 kilometres to the city and wait months for an "
           "appointment. Now we treat them right here, straight away,\" chief physician Peter Lange "
           "told regional radio.\n\n"
           "The department has twelve beds.\n")
    assert not doc(tmp_path, src, tgt, "de", "en", "C003")
    assert not doc(tmp_path, src, tgt, "de", "en", "C001")


# 10. C002 a dense source's sentence quoting two remarks, split into two quoted sentences

KO2_SRC = ("강릉시, 다음 달부터 공공자전거 유료 전환\n\n"
           "강릉시는 다음 달 1일부터 공공자전거를 유료로 운영한다고 밝혔다. "
           "요금은 1시간에 1천 원이다. "
           "시내에는 대여소 40곳이 있다. "
           "자전거는 모두 300대다.\n\n"
           "김영수 강릉시 교통과장은 \"시민들이 더 편하게 이용하도록 하겠다\"며 \"내년에는 대여소를 늘리겠다\"고 말했다.\n\n"
           "지난해 이용객은 5만 명이었다.\n")


def _ko_de(para: str) -> str:
    return ("Gangneung: Leihfahrräder ab nächstem Monat kostenpflichtig\n\n"
            "Die Stadt Gangneung hat angekündigt, ihre öffentlichen Leihfahrräder ab dem 1. des nächsten "
            "Monats gegen Gebühr anzubieten. Die Gebühr beträgt 1.000 Won pro Stunde. In der Stadt gibt "
            "es 40 Ausleihstationen. Insgesamt stehen 300 Fahrräder bereit.\n\n" + para +
            "\n\nIm vergangenen Jahr wurden 50.000 Nutzer gezählt.\n")


def test_c002_dense_source_two_quotes_split_is_minor(tmp_path):
    tgt = _ko_de("„Wir werden alles daransetzen, dass die Bürgerinnen und Bürger das Angebot künftig noch "
                 "bequemer und unkomplizierter im Alltag nutzen können“, sagte Kim Young-soo, der Leiter "
                 "der Verkehrsabteilung der Stadt Gangneung. „Im kommenden Jahr wollen wir dann auch die "
                 "Zahl der Ausleihstationen im gesamten Stadtgebiet deutlich erhöhen.“")
    got = doc(tmp_path, KO2_SRC, tgt, "ko", "de", "C002")
    assert got and all(g.startswith("minor") for g in got)


def test_c002_dense_source_split_with_unquoted_sentence_stays_major(tmp_path):
    tgt = _ko_de("„Wir werden alles daransetzen, dass die Bürgerinnen und Bürger das Angebot künftig noch "
                 "bequemer und unkomplizierter im Alltag nutzen können“, sagte Kim Young-soo, der Leiter "
                 "der Verkehrsabteilung der Stadt Gangneung. Zudem prüfe die Stadt eine Verlängerung des "
                 "Netzes bis zum Hafen und zum Bahnhof im Norden der Stadt.")
    got = doc(tmp_path, KO2_SRC, tgt, "ko", "de", "C002")
    assert got and got[0].startswith("major")
