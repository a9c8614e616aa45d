"""Session 63 (helper cx): omission/addition/form/leak/truncation false alarms and misses of
batches 38 and 39 (s73, s74), each class on examples of its own.

1. F003: a share button naming its network in Japanese, Chinese and the Scandinavian
   languages ("Xでシェアする", "分享到X", "Dela på X" between two sentences), an article's
   share line ("この記事をシェアする"), and a teaser label set off by a bar rather than a
   colon ("ALSO READ | <headline>") or a bare "READ:".
2. F002/F001: a labelled picture credit whose names hold a news site's address ("Photo:
   Jane Doe / example.com") or an institution's name in lower case ("Photo: city of Porto
   / Lusa").
"""
from __future__ import annotations

import mtcheck


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str | None = None) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.code}:{f.severity.label}:{f.text}" for f in rep.findings
            if (code is None or f.code == code) and not f.suppressed]


# 1. share buttons and teaser labels ----------------------------------------------------

SRC_EN = ("The city council approved a new budget for the public library on Tuesday.\n\n"
          "The library will extend its opening hours from March.\n\n"
          "The mayor said the decision was long overdue.\n")
TGT_JA = ("市議会は火曜日、公共図書館の新しい予算を承認した。\n\n"
          "図書館は3月から開館時間を延長する。\n\n{X}\n\n"
          "市長は、この決定は遅すぎたくらいだと述べた。\n")
TGT_ZH = ("市议会周二批准了公共图书馆的新预算。\n\n"
          "图书馆将从三月起延长开放时间。\n\n{X}\n\n"
          "市长表示，这一决定早就该做出。\n")


def test_share_button_ja(tmp_path):
    got = doc(tmp_path, SRC_EN, TGT_JA.replace("{X}", "LINEでシェアする"), "en", "ja", "F003")
    assert any(g.startswith("F003:major:LINEでシェアする") for g in got), got
    got = doc(tmp_path, SRC_EN, TGT_JA.replace("{X}", "この記事をシェアする"), "en", "ja", "F003")
    assert any(g.startswith("F003:major:この記事をシェアする") for g in got), got


def test_share_button_zh(tmp_path):
    got = doc(tmp_path, SRC_EN, TGT_ZH.replace("{X}", "分享到Facebook"), "en", "zh", "F003")
    assert any(g.startswith("F003:major:分享到Facebook") for g in got), got


def test_share_sentence_stays_silent_ja(tmp_path):
    # a sentence about sharing on a network is no button
    tgt = TGT_JA.replace("{X}", "市は会議の映像をLINEでシェアすると発表した。")
    assert doc(tmp_path, SRC_EN, tgt, "en", "ja", "F003") == []


SRC_DE = ("Die Stadt hat am Dienstag ein neues Budget für die Bibliothek beschlossen. "
          "Die Bibliothek verlängert ab März ihre Öffnungszeiten.\n\n"
          "Der Bürgermeister sagte, der Schritt sei überfällig.\n")


def test_share_button_between_sentences_sv_nb(tmp_path):
    tgt = ("Staden antog på tisdagen en ny budget för biblioteket. Dela på Facebook "
           "Biblioteket förlänger sina öppettider från mars.\n\n"
           "Borgmästaren sade att beslutet var efterlängtat.\n")
    got = doc(tmp_path, SRC_DE, tgt, "de", "sv", "F003")
    assert any(g.startswith("F003:major:Dela på Facebook") for g in got), got
    tgt = ("Byen vedtok tirsdag et nytt budsjett for biblioteket. Del artikkelen på Facebook "
           "Biblioteket utvider åpningstidene fra mars.\n\n"
           "Ordføreren sa at beslutningen var på overtid.\n")
    got = doc(tmp_path, SRC_DE, tgt, "de", "nb", "F003")
    assert any(g.startswith("F003:major:Del artikkelen på Facebook") for g in got), got


def test_share_words_inside_sentence_stay_silent_sv(tmp_path):
    # "dela på" as a verb inside a sentence: no capital after it, no marker
    tgt = ("Staden antog på tisdagen en ny budget för biblioteket. Kommunerna ska dela på Facebook "
           "och andra kanaler.\n\nBorgmästaren sade att beslutet var efterlängtat.\n")
    assert doc(tmp_path, SRC_DE, tgt, "de", "sv", "F003") == []


SRC_FR = ("Le conseil municipal a adopté mardi un nouveau budget pour la bibliothèque.\n\n"
          "La bibliothèque prolongera ses horaires à partir de mars.\n\n"
          "Le maire a déclaré que la décision arrivait tard.\n")
TGT_EN = ("The city council adopted a new budget for the library on Tuesday.\n\n"
          "The library will extend its opening hours from March.\n\n{X}\n\n"
          "The mayor said the decision came late.\n")


def test_teaser_label_with_bar_and_bare_read(tmp_path):
    got = doc(tmp_path, SRC_FR, TGT_EN.replace("{X}", "ALSO READ | Rural schools face teacher shortage"),
              "fr", "en", "F003")
    assert any(g.startswith("F003:major:ALSO READ") for g in got), got
    got = doc(tmp_path, SRC_FR, TGT_EN.replace("{X}", "READ: Rural schools face teacher shortage"),
              "fr", "en", "F003")
    assert any(g.startswith("F003:major:READ:") for g in got), got


def test_bar_without_label_stays_silent(tmp_path):
    tgt = TGT_EN.replace("{X}", "Culture | Rural schools face teacher shortage")
    assert doc(tmp_path, SRC_FR, tgt, "fr", "en", "F003") == []


# 2. credits with a site's address or an institution in lower case -------------------------

SRC_PT = ("A ponte foi inaugurada no sábado pelo presidente da câmara.\n\n"
          "A obra custou 4 milhões de euros e demorou dois anos.\n")
TGT_EN2 = ("The bridge was opened on Saturday by the mayor.\n\n{X}\n\n"
           "The work cost 4 million euros and took two years.\n")
TGT_FR = ("Le pont a été inauguré samedi par le maire.\n\n{X}\n\n"
          "Les travaux ont coûté 4 millions d'euros et ont duré deux ans.\n")


def test_credit_with_site_address(tmp_path):
    got = doc(tmp_path, SRC_PT, TGT_EN2.replace("{X}", "The new bridge. Photo: Ana Costa / jn.pt"), "pt", "en")
    assert any(g.startswith("F002:major:Photo: Ana Costa / jn.pt") for g in got), got
    got = doc(tmp_path, SRC_PT, TGT_FR.replace("{X}", "Le nouveau pont. Photo : Ana Costa / jn.pt"), "pt", "fr")
    assert any(g.startswith("F002:major:Photo : Ana Costa / jn.pt") for g in got), got


def test_credit_with_lowercase_institution(tmp_path):
    got = doc(tmp_path, SRC_PT, TGT_FR.replace("{X}", "Le nouveau pont. Photo : ville de Porto / Lusa"), "pt", "fr")
    assert any(g.startswith("F002:major:Photo : ville de Porto / Lusa") for g in got), got
    got = doc(tmp_path, SRC_PT, TGT_EN2.replace("{X}", "The new bridge. Photo: city of Porto"), "pt", "en")
    assert any(g.startswith("F002:major:Photo: city of Porto") for g in got), got


def test_lowercase_description_is_no_credit(tmp_path):
    got = doc(tmp_path, SRC_PT, TGT_EN2.replace("{X}", "The new bridge. Photo: view of the river"), "pt", "en", "F002")
    assert got == [], got
