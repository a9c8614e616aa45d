"""Session 69 (helper sg): sentences that look unpaired because the two texts cut them
differently.

1. (aligner) Where the programme leaves a sentence of one side unpaired beside a bead with
   more sentences of the other side (or an unpaired sentence of that side), a second
   programme with Chinese, Japanese and Korean characters counted at the language vote's
   weights (three, three, two) redoes the region when it pairs it one to one.  Counted one
   each, a Chinese text's ratio to English is near 4 and the model's spread a quarter of
   the true one: a few sentences each rendered somewhat longer than the article's average
   made the programme merge them and leave a translated sentence (or a source sentence)
   unpaired, reported as an addition or an omission.  (C001-C003) A dense source's
   sentence is as long, for the length model's growing spread, as its expected
   translation.
2. (C002) Out of Thai, whose sentences are set apart by blanks alone (one source
   "sentence" holds several), a translation's sentence that writes a full name read back
   from the Thai consonants of the source sentence beside it or in its bead, and that no
   other sentence there writes, renders part of that source: no addition.
"""
from __future__ import annotations

import mtcheck
from mtcheck.align import _reshaped, align_sentences
from mtcheck.align.length import char_len, dense_len
from mtcheck.rules._thai_readback import latin_skeleton, thai_names_read_back, thai_skeleton


def run(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, tgt[f.span[0]:f.span[1]]) for f in rep.findings if not f.suppressed]


def majors(found, code: str) -> list[str]:
    return [x for c, sev, x in found if c == code and sev in ("major", "critical")]


# -- 1. dense scripts in the aligner's length model ---------------------------------------
def test_dense_characters_weigh_as_the_language_vote_does():
    assert dense_len("abc  def") == char_len("abc  def") == 7
    assert dense_len("图书馆") == 9
    assert dense_len("としょかん") == 15
    assert dense_len("도서관") == 6
    assert dense_len("第3号馆") == 10  # the digit counts one


ZH = ["青柳市图书馆改造工程本月完工，馆内座位增加到860个。",
      "市文化局局长方晓燕说，新馆每天开放到晚上十点，周末还将举办亲子阅读活动。",
      "改造工程总投资为4200万元，历时14个月，由市财政和社会捐赠共同承担。",
      "据统计，去年该馆共接待读者约73万人次，外借图书超过110万册。",
      "不过，部分分馆的借阅量仍然偏低。",
      "师范学院教授韩立群指出，一些郊区分馆平日几乎没有读者。",
      "“有了馆舍，还得有人来。”",
      "她建议，各区应结合人口结构调整分馆布局。",
      "该馆计划明年上线电子借阅证。"]
EN = ["Renovation of the Qingliu City Library was completed this month, raising the number of seats to 860.",
      "Fang Xiaoyan, director of the municipal culture bureau, said the new library would stay open until "
      "10 p.m. every day and hold family reading events at weekends.",
      "The renovation cost 42 million yuan and took 14 months, paid for jointly by the city budget and donations.",
      "Last year the library received about 730,000 visits and lent out more than 1.1 million books.",
      "However, borrowing at some branch libraries remains low.",
      "Han Liqun, a professor at the teachers' college, pointed out that some suburban branches see almost "
      "no readers on weekdays and stand nearly empty.",
      "\"Having a building is not enough; people also have to want to come and use it.\"",
      "She suggested that each district should rethink where its branch libraries are located, given who "
      "lives there.",
      "The library plans to launch an electronic library card next year."]


def test_second_look_takes_a_region_cut_differently():
    # three source sentences merged against two, the third translation left unpaired:
    # the weighted programme's one-to-one reading of the region is taken
    assert _reshaped([(0, 3, 0, 2), (3, 3, 2, 3)], [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)])
    # a translation unpaired, the source sentence beside it unpaired too
    assert _reshaped([(0, 0, 0, 1), (0, 1, 1, 1)], [(0, 1, 0, 1)])


def test_second_look_leaves_an_addition_beside_pairs():
    # an added sentence beside one-to-one pairs: no surplus on the other side
    assert not _reshaped([(0, 1, 0, 1), (1, 1, 1, 2)], [(0, 1, 0, 2)])
    # a region the weighted programme does not read one to one (a 2-2 bead) is kept
    assert not _reshaped([(0, 1, 0, 0), (1, 2, 0, 1), (2, 2, 1, 2)], [(0, 2, 0, 2)])


def test_spaced_texts_keep_the_first_programme():
    # no dense script on either side: no second look, the lengths as before
    src = ["Die Brücke ist seit Montag gesperrt.", "Der Verkehr wird über die Altstadt umgeleitet.",
           "Die Arbeiten sollen bis Ende Mai dauern."]
    tgt = ["The bridge has been closed since Monday.", "Traffic is being diverted through the old town.",
           "A local bakery has opened a second shop.", "The work is expected to last until the end of May."]
    beads = align_sentences(src, tgt, "de", "en")
    assert ([], [2]) in beads


def test_chinese_sentence_left_out_is_still_left_unpaired():
    # precision of the other kind: a sentence the translation drops stays unpaired
    en = EN[:5] + EN[6:]
    beads = align_sentences(ZH, en, "zh", "en", source_breaks=[1, 4, 8], target_breaks=[1, 4, 7])
    assert ([5], []) in beads


def test_chinese_article_with_longer_renderings_draws_no_coverage_finding(tmp_path):
    src = "\n\n".join(["".join(ZH[:1]), "".join(ZH[1:4]), "".join(ZH[4:8]), ZH[8]]) + "\n"
    tgt = "\n\n".join([EN[0], " ".join(EN[1:4]), " ".join(EN[4:8]), EN[8]]) + "\n"
    found = run(tmp_path, src, tgt, "zh", "en")
    assert not majors(found, "C001") and not majors(found, "C002")


# -- 2. Thai names read back ---------------------------------------------------------------
TH_SENT = ('นายวรชัย บุญเรือง เกษตรกรในตำบลบ้านธิ เล่าว่า ปีนี้ผลผลิตดีแต่ขายไม่ได้ราคา '
           '"ค่าปุ๋ยกับค่าแรงสูงขึ้นทุกปี แต่ราคาลำไยกลับลดลง" '
           'ขณะที่สหกรณ์การเกษตรประจำอำเภอเตรียมรับซื้อลำไยเพิ่มอีก 500 ตันในสัปดาห์หน้า')


def test_thai_skeletons():
    # the silencing mark drops its letter; รร is a vowel; blanks between Thai words vanish
    assert thai_skeleton("วรชัย บุญเรือง") == "RCPnRG"
    assert thai_skeleton("สุวรรณ") == "Sn"
    assert latin_skeleton("Worachai") + latin_skeleton("Bunrueang") == "RCPnRG"


def test_thai_full_name_reads_back():
    got = thai_names_read_back(TH_SENT, "Worachai Bunrueang, a farmer in Ban Thi subdistrict, said so.")
    assert {"Worachai", "Bunrueang"} <= got


def test_thai_other_name_or_single_word_does_not_read_back():
    assert not thai_names_read_back(TH_SENT, "Anan Phromsri, a farmer, said so.")
    assert not thai_names_read_back(TH_SENT, "Worachai said so.")  # no full name
    assert not thai_names_read_back("The farmer said so.", "Worachai Bunrueang said so.")  # no Thai


TH_SRC = """ราคาลำไยตกต่ำ เกษตรกรลำพูนขาดทุน

ราคารับซื้อลำไยสดเกรดเอในจังหวัดลำพูนลดลงเหลือกิโลกรัมละ 18 บาท จากเดิม 32 บาทเมื่อเดือนที่แล้ว พ่อค้าคนกลางระบุว่าตลาดส่งออกชะลอตัวลงตั้งแต่ต้นเดือน

""" + TH_SENT + """

สำนักงานเกษตรจังหวัดคาดว่าราคาจะเริ่มฟื้นตัวในเดือนกันยายน เมื่อผลผลิตจากภาคเหนือออกสู่ตลาดน้อยลง
"""
EN_TGT = """Longan prices slump, leaving Lamphun farmers with losses

The buying price for grade-A fresh longan in Lamphun province has fallen to 18 baht a kilogram, from 32 baht last month. Middlemen said export markets had slowed since the start of the month.

Worachai Bunrueang, a farmer in Ban Thi subdistrict, said this year's harvest had been good but was not fetching a fair price. "Fertiliser and labour costs go up every year, but longan prices keep falling," he said. The district agricultural cooperative, meanwhile, is preparing to buy another 500 tonnes of longan next week.

The provincial agriculture office expects prices to start recovering in September, when less of the northern harvest reaches the market.
"""


def test_thai_sentence_translated_as_three_names_its_speaker_no_addition(tmp_path):
    found = run(tmp_path, TH_SRC, EN_TGT, "th", "en")
    assert not majors(found, "C002")


def test_thai_translation_naming_someone_else_is_still_an_addition(tmp_path):
    tgt = EN_TGT.replace("Worachai Bunrueang, a farmer", "Anan Phromsri, a farmer")
    found = run(tmp_path, TH_SRC, tgt, "th", "en")
    assert any(x.startswith("Anan Phromsri") for x in majors(found, "C002"))
