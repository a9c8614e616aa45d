"""F001/F002/F003/F007 (session 35): picture credits after a slash or equals sign
(圖／路透社, 사진=연합뉴스) and in Devanagari (फोटो: पीटीआई), a cookie notice of "we and our
partners", and a byline glued to the paragraph after a plain-text headline.  Sentences
written for mtcheck."""

from __future__ import annotations

import pytest

import mtcheck


def codes(src, tgt, sl, tl):
    return {f.code for f in mtcheck.check_pair(src, tgt, sl, tl)}


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The headquarters of TSMC in Hsinchu.", "台積電位於新竹的總部外觀。圖／路透社", "en", "zh"),
    ("The plane stood at Delhi airport.", "विमान दिल्ली हवाई अड्डे पर खड़ा था। फोटो: पीटीआई", "en", "hi"),
])
def test_credit_glued_to_caption(src, tgt, sl, tl):
    assert {"F001", "F002"} <= codes(src, tgt, sl, tl)


def test_label_alone_is_no_credit():
    assert not {"F001", "F002"} & codes("The chart shows the sales.", "图表显示了销售额。", "en", "zh")


def test_cookie_notice_of_site_and_partners():
    src = "Ein Tagesticket kostet 1,35 Euro."
    tgt = ("A day ticket costs €1.35.\n\nWe and our partners use cookies and similar technologies "
           "to improve our website and to tailor advertising to your interests.")
    assert "F003" in codes(src, tgt, "de", "en")
    assert "F003" not in codes(src, "A day ticket costs €1.35.", "de", "en")


def f007(article_src, article_tgt, tmp_path, sl, tl):
    s = tmp_path / f"src.{sl}.txt"
    t = tmp_path / f"mt.{tl}.txt"
    s.write_text(article_src, encoding="utf-8")
    t.write_text(article_tgt, encoding="utf-8")
    return [f for f in mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl).findings
            if f.code == "F007"]


def test_byline_after_a_plain_text_headline(tmp_path):
    src = ("Grève des conducteurs TCL jeudi\n\n"
           "Les conducteurs du réseau TCL feront grève jeudi 6 février, à l'appel de la CGT et de FO. "
           "Le trafic sera très perturbé.\n\nLe métro circulera toutes les dix minutes.")
    tgt = ("TCL drivers to strike on Thursday\n\n"
           "By Claire Roussel Drivers on the TCL network will strike on Thursday 6 February, called out "
           "by the CGT and FO unions. Traffic will be badly disrupted.\n\nThe metro will run every ten minutes.")
    assert len(f007(src, tgt, tmp_path, "fr", "en")) == 1
    ok = tgt.replace("By Claire Roussel ", "")
    assert f007(src, ok, tmp_path, "fr", "en") == []


@pytest.mark.parametrize("tgt,lang", [
    ("Автор: Олена КовальПрогресивні консерватори на чолі з прем'єркою отримали 43 з 55 місць у вівторок.", "uk"),
    ("Author: Jane SmithProgressive Conservatives led by the premier won 43 of 55 seats on Tuesday.", "en"),
])
def test_labelled_byline_glued_to_the_first_sentence(tgt, lang):
    src = "Progressive Conservatives led by the premier won 43 of 55 seats on Tuesday."
    assert "F007" in codes(src, tgt, "en", lang)
    assert "F007" not in codes(src, tgt.split("Коваль")[-1].split("Smith")[-1], "en", lang)
