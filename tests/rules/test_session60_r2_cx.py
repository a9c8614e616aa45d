"""Session 60 round 2 (helper cx): D001/D002/F003 on batch 33 (s68), by class.

1. A range of clock hours whose two ends both carry the article of the hour (Italian
   "dalle 14 alle 19", Portuguese "das 14 às 19"): the article before the second end joins
   the range, so the first end is an hour too (2pm ~ 14).
2. The temperature scale written before the figure in Chinese, Japanese and Korean
   (摄氏100度, 華氏95度, 섭씨 35도): a temperature in that scale (95 °F → 摄氏95度 is
   another unit).
3. A UI string on a line of its own inside a paragraph (one line break before and after
   it): as much a line of page chrome as one in a paragraph of its own (major); and general
   UI entries (Korean share buttons with a particle, 페이스북으로 공유하기; Spanish "Enviar por
   correo").
"""
from __future__ import annotations

import mtcheck
from mtcheck import check_pair


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label}:{f.message}" for f in check_pair(src, tgt, sl, tl) if f.code == code]


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.severity.label}:{f.message}" for f in rep.findings if f.code == code and not f.suppressed]


# 1. clock ranges with the article on both ends
def test_article_range_of_hours_it_pt():
    assert not codes("The shop is open from 3pm to 6pm.", "Il negozio è aperto dalle 15 alle 18.", "en", "it", "D001")
    assert not codes("The shop is open from 3pm to 6pm.", "A loja abre das 15 às 18.", "en", "pt", "D001")
    assert not codes("Il negozio è aperto dalle 15 alle 18.", "The shop is open from 3pm to 6pm.", "it", "en", "D001")


def test_article_range_of_hours_still_flags_changed_hour():
    assert codes("The shop is open from 1pm to 6pm.", "Il negozio è aperto dalle 15 alle 18.", "en", "it", "D001")
    assert codes("The shop is open from 1pm to 6pm.", "A loja abre das 15 às 18.", "en", "pt", "D001")


def test_article_range_counts_stay_counts():
    # a range of counts, no hours: "alle 18 persone" is no time of day
    assert codes("The number of cases rose from 15 to 18 in a week.",
                 "I casi sono passati dalle 3 alle 18 persone in una settimana.", "en", "it", "D001")


# 2. the CJK temperature scale before the figure
def test_cjk_scale_before_figure_changed_unit():
    src = "Temperatures in the warehouse often exceeded 95 degrees Fahrenheit."
    for tgt, tl in (("仓库里的温度经常超过摄氏95度。", "zh"), ("倉庫の気温はしばしば摂氏95度を超えた。", "ja"),
                    ("창고 온도는 종종 섭씨 95도를 넘었다.", "ko")):
        assert any(m.startswith("major:") for m in codes(src, tgt, "en", tl, "D002")), tl


def test_cjk_scale_before_figure_same_unit_silent():
    src = "Temperatures in the warehouse often exceeded 95 degrees Fahrenheit."
    for tgt, tl in (("仓库里的温度经常超过华氏95度。", "zh"), ("倉庫の気温はしばしば華氏95度を超えた。", "ja"),
                    ("창고 온도는 종종 화씨 95도를 넘었다.", "ko"), ("창고 온도는 종종 섭씨 35도를 넘었다.", "ko"),
                    ("仓库里的温度经常超过摄氏35度。", "zh")):
        assert not codes(src, tgt, "en", tl, "D002") and not codes(src, tgt, "en", tl, "D001"), tgt
    # bare degrees are either scale
    assert not codes("It was 35 degrees in the shade.", "树荫下气温达到摄氏35度。", "en", "zh", "D002")
    # the reverse direction
    assert codes("仓库里的温度经常超过摄氏35度。", "Temperatures often exceeded 35 degrees Fahrenheit.", "zh", "en", "D002")
    assert not codes("仓库里的温度经常超过摄氏35度。", "Temperatures often exceeded 35 degrees Celsius.", "zh", "en", "D002")


def test_cjk_degree_without_scale_unread():
    # 度 alone (also an angle, a kilowatt-hour) stays no temperature
    assert not codes("The slope is 30 degrees.", "坡度为30度。", "en", "zh", "D002")


# 3. a UI line of its own inside a paragraph
EN = ("The council approved the new budget on Monday.\n\n"
      "The mayor said the vote was a turning point for the town.\n\n"
      "Work on the bridge will start in spring.\n")
ES = ("El ayuntamiento aprobó el nuevo presupuesto el lunes.\n{x}\n\n"
      "El alcalde dijo que la votación fue un punto de inflexión para la ciudad.\n\n"
      "Las obras del puente empezarán en primavera.\n")
ZH = "市议会周一批准了新预算。\n{x}\n\n市长说，这次投票是该镇的转折点。\n\n大桥工程将于春季开工。\n"
KO = ("시의회는 월요일 새 예산안을 승인했다.\n{x}\n\n시장은 이번 표결이 도시의 전환점이라고 말했다.\n\n"
      "다리 공사는 봄에 시작된다.\n")
DE = ("Der Gemeinderat hat am Montag den neuen Haushalt beschlossen.\n\n"
      "Der Bürgermeister nannte die Abstimmung einen Wendepunkt.\n\nDie Arbeiten an der Brücke beginnen im Frühjahr.\n")
EN_T = ("The council approved the new budget on Monday.\n{x}\n\n"
        "The mayor called the vote a turning point.\n\nWork on the bridge will start in spring.\n")


def test_ui_line_inside_paragraph_major(tmp_path):
    assert any(m.startswith("major:") for m in doc(tmp_path, EN, ES.format(x="Compartir en Facebook Compartir en X"),
                                                  "en", "es", "F003"))
    assert any(m.startswith("major:") for m in doc(tmp_path, EN, ZH.format(x="分享到：微信 微博"), "en", "zh", "F003"))
    assert any(m.startswith("major:") for m in doc(tmp_path, DE, EN_T.format(x="Share on Facebook Share on X"),
                                                  "de", "en", "F003"))


def test_ui_glued_to_sentence_stays_minor(tmp_path):
    # the same row glued after the sentence on the same line stays minor
    tgt = ("El ayuntamiento aprobó el nuevo presupuesto el lunes. Compartir en Facebook Compartir en X\n\n"
           "El alcalde dijo que la votación fue un punto de inflexión para la ciudad.\n\n"
           "Las obras del puente empezarán en primavera.\n")
    got = doc(tmp_path, EN, tgt, "en", "es", "F003")
    assert got and not any(m.startswith("major:") for m in got)


def test_ko_share_button_with_particle(tmp_path):
    for x in ("페이스북으로 공유하기", "트위터로 공유하기"):
        got = doc(tmp_path, EN, KO.format(x=x), "en", "ko", "F003")
        assert any(m.startswith("major:") for m in got), x
    # a sentence that says it shares on a network is no button
    tgt = KO.format(x="그는 사진을 페이스북으로 공유했다고 말했다.")
    assert not doc(tmp_path, EN, tgt, "en", "ko", "F003")


def test_es_send_by_mail_button_row(tmp_path):
    tgt = ES.replace("\n{x}\n", "\n\n{x}\n").format(x="Compartir en Facebook Enviar por correo")
    assert any(m.startswith("major:") for m in doc(tmp_path, EN, tgt, "en", "es", "F003"))
    tgt = ES.replace("\n{x}\n", "\n\n{x}\n").format(x="Enviar por correo la solicitud antes del lunes.")
    assert not doc(tmp_path, EN, tgt, "en", "es", "F003")
