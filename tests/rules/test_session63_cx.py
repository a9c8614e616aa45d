"""Session 63 (helper cx): omission/addition/form/leak/truncation false alarms and misses of
batches 38 and 39 (s73, s74), each class on examples of its own.

1. F003: a share button naming its network in Japanese, Chinese and the Scandinavian
   languages ("Xでシェアする", "分享到X", "Dela på X" between two sentences), an article's
   share line ("この記事をシェアする"), and a teaser label set off by a bar rather than a
   colon ("ALSO READ | <headline>") or a bare "READ:".
2. F002/F001: a labelled picture credit whose names hold a news site's address ("Photo:
   Jane Doe / example.com") or an institution's name in lower case ("Photo: city of Porto
   / Lusa").
3. S004 run-ons: a cut sentence run into the next one after a word no sentence ends in,
   in a bead where an added sentence evens the counts; into the preposition of attribution
   that opens the next sentence (… i centrum av Enligt borgmästaren …); into a quotation
   that goes on into the next sentence, a leaked one-word label beside it, and in
   languages with no list of words no sentence ends in (ca, nb).
4. C002: an unpaired sentence that renders the spare source sentence of the bead beside it
   (same place in paragraphs of as many sentences), no addition; a Chinese quotation of
   comma-spliced clauses split into sentences; a short figureless sentence added at a
   bead's edge in a denser target (en-zh) or one a little under 25 characters (ko-ja).
"""
from __future__ import annotations

from types import SimpleNamespace

import mtcheck
from mtcheck.model import Segment
from mtcheck.rules import coverage
from mtcheck.rules.context import BeadView


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


# 3. run-ons --------------------------------------------------------------------------------

SRC_DE3 = ("Die Gemeinde hat am Montag den neuen Spielplatz eröffnet. Die Kinder können die Geräte "
           "ab sofort nutzen.\n\nDer Bau wurde durch eine Spende eines örtlichen Unternehmens finanziert, "
           "die 80.000 Euro betrug. Die Stadt übernahm die übrigen Kosten von 20.000 Euro für die "
           "Planung.\n\nDer Bürgermeister dankte allen Helfern.\n")
TGT_EN3 = ("The municipality opened the new playground on Monday. The children can use the equipment "
           "straight away.\n\nThe construction was financed by a donation from a local company, which "
           "{X} The city covered the remaining costs of 20,000 euros for the planning. The project was "
           "praised by many parents in the neighbourhood.\n\nThe mayor thanked all the helpers.\n")


def test_run_on_with_added_sentence_in_bead(tmp_path):
    got = doc(tmp_path, SRC_DE3, TGT_EN3.replace("{X}", "amounted to"), "de", "en", "S004")
    assert any(g.startswith("S004:major:to") for g in got), got


def test_run_on_with_added_sentence_needs_dangling_word(tmp_path):
    # "… a local company last The …" ends on no dangling word: with the counts even, silent
    got = doc(tmp_path, SRC_DE3, TGT_EN3.replace("{X}", "paid the bill last"), "de", "en", "S004")
    assert got == [], got


SRC_FI = ("Kaupunki avasi maanantaina uuden kirjaston keskustassa. Pormestarin mukaan hanke maksoi "
          "kaksi miljoonaa euroa ja valmistui ajallaan.\n\nKirjasto on auki joka päivä.\n")
SRC_EN4 = ("The town opened a new library in the centre on Monday. According to the mayor, the project "
           "cost two million euros and was finished on time.\n\nThe library is open every day.\n")


def test_run_on_into_attribution_sv_es(tmp_path):
    tgt = ("Staden öppnade på måndagen ett nytt bibliotek i de centrala kvarteren Enligt borgmästaren "
           "kostade projektet två miljoner euro och blev klart i tid.\n\nBiblioteket är öppet varje dag.\n")
    got = doc(tmp_path, SRC_FI, tgt, "fi", "sv", "S004")
    assert any(g.startswith("S004:major:kvarteren") for g in got), got
    tgt = ("La ciudad inauguró el lunes una nueva biblioteca en el centro histórico Según el alcalde, "
           "el proyecto costó dos millones de euros y se terminó a tiempo.\n\nLa biblioteca abre todos "
           "los días.\n")
    got = doc(tmp_path, SRC_EN4, tgt, "en", "es", "S004")
    assert any(g.startswith("S004:major:histórico") for g in got), got


def test_attribution_inside_one_sentence_stays_silent(tmp_path):
    # the source has one sentence: nothing was run together
    src = "Kaupunki avasi maanantaina uuden kirjaston keskustassa pormestarin mukaan ajallaan.\n"
    tgt = "Staden öppnade på måndagen ett nytt bibliotek i de centrala kvarteren Enligt borgmästaren i tid.\n"
    assert doc(tmp_path, src, tgt, "fi", "sv", "S004") == []


SRC_EN5 = ("The councillor said she supported the plan but was worried about the cost. \"Last year "
           "they told us it would cost five million.\n\nNow nobody knows,\" she said.\n")


def test_run_on_into_quotation_going_on_ca_nb(tmp_path):
    tgt = ("La regidora va dir que donava suport al pla però «L'any passat ens van dir que costaria "
           "cinc milions.\n\nAra ningú no ho sap», va dir.\n")
    got = doc(tmp_path, SRC_EN5, tgt, "en", "ca", "S004")
    assert any(g.startswith("S004:major:però") for g in got), got
    tgt = ("Rådmannen sa at hun støttet planen, men at hun var «I fjor fikk vi høre at det ville "
           "koste fem millioner.\n\nNå vet ingen det», sa hun.\n")
    got = doc(tmp_path, SRC_EN5, tgt, "en", "nb", "S004")
    assert any(g.startswith("S004:major:var") for g in got), got


def test_complete_sentence_before_quotation_stays_silent_ca(tmp_path):
    tgt = ("La regidora va dir que donava suport al pla però que li preocupava el cost. «L'any passat "
           "ens van dir que costaria cinc milions.\n\nAra ningú no ho sap», va dir.\n")
    assert doc(tmp_path, SRC_EN5, tgt, "en", "ca", "S004") == []


# 4. additions ------------------------------------------------------------------------------

def _seg(i, para, text):
    return Segment(index=i, paragraph=para, kind="body", start=0, end=len(text), text=text)


def _ctx(src, tgt, beads):
    docs = (SimpleNamespace(segments=src, lang="ja"), SimpleNamespace(segments=tgt, lang="es"))
    return SimpleNamespace(source=docs[0], target=docs[1], beads=lambda: beads,
                           cached=lambda key, fn: fn())


def test_unpaired_sentence_completes_neighbour(monkeypatch):
    monkeypatch.setattr(coverage, "_spread", lambda ctx: 1.0)
    s = [_seg(0, 1, "市は新しい橋の建設を終え、十日に開通式を行った。"),
         _seg(1, 1, "総工費は十二億円で、県が一部を負担した。"),
         _seg(2, 1, "工事には二年余りの期間がかかった。")]
    t = [_seg(0, 1, "La ciudad ha terminado de construir el nuevo puente y el día diez celebró la "
                    "ceremonia de inauguración con los vecinos."),
         _seg(1, 1, "Su coste total fue de mil doscientos millones de yenes, en parte a cargo de la prefectura."),
         _seg(2, 1, "Las obras de construcción del puente duraron en total unos dos años.")]
    beads = [BeadView(0, s, t[:2]), BeadView(1, [], t[2:])]
    assert coverage._completes_neighbour(_ctx(s, t, beads), beads[1], t[2])
    # a sentence more in the translation's paragraph than in the source's: an addition
    t4 = t + [_seg(3, 1, "Los vecinos lo celebraron.")]
    beads = [BeadView(0, s, t4[:2]), BeadView(1, [], t4[2:3]), BeadView(2, [], t4[3:])]
    assert not coverage._completes_neighbour(_ctx(s, t4, beads), beads[2], t4[3])
    # a figure the spare source sentence lacks
    t5 = t[:2] + [_seg(2, 1, "Las obras de construcción del puente duraron en total unos 14 años.")]
    beads = [BeadView(0, s, t5[:2]), BeadView(1, [], t5[2:])]
    assert not coverage._completes_neighbour(_ctx(s, t5, beads), beads[1], t5[2])


def test_quoted_clauses_split_zh():
    assert coverage._quoted_clauses("李女士说：“以前排队要半个小时，现在方便多了。”") == 2
    assert coverage._quoted_clauses("李女士说：“现在方便多了。”") == 0
    assert coverage._quoted_clauses("He said: \"It was long, and now it is short.\"") == 0


SRC_EN6 = ("The club launched an appeal on Sunday to rebuild its pavilion after a fire.\n\n"
           "The new pavilion would have a floor area of 240 square metres, accessible changing rooms "
           "and a kitchen that could be used by other groups.\n\n"
           "A councillor said the authority would do everything to speed up the planning process.\n")


def test_short_added_sentence_dense_target_zh(tmp_path):
    tgt = ("该俱乐部周日发起募捐，以便在火灾后重建会所。\n\n"
           "新会所的建筑面积将达240平方米，设有无障碍更衣室，以及一个可供其他团体使用的厨房。工程预计明年夏季结束。\n\n"
           "一名议员表示，市政当局将尽一切努力加快规划审批。\n")
    got = doc(tmp_path, SRC_EN6, tgt, "en", "zh", "C002")
    assert any(g.startswith("C002:major:工程预计明年夏季结束") for g in got), got


def test_split_translation_dense_target_stays_silent_zh(tmp_path):
    tgt = ("该俱乐部周日发起募捐，以便在火灾后重建会所。\n\n"
           "新会所的建筑面积将达240平方米，设有无障碍更衣室。厨房也可供其他团体使用。\n\n"
           "一名议员表示，市政当局将尽一切努力加快规划审批。\n")
    assert doc(tmp_path, SRC_EN6, tgt, "en", "zh", "C002") == []


def test_place_gloss_of_other_script_source():
    src = "충북 괴산군 칠성면 달천 제방이 복구됐다."
    tgt = "La digue du Dalcheon, dans le district de Goesan (province du Chungcheong du Nord), a été reconstruite."
    assert coverage._gloss_len(src, tgt) == len("(province du Chungcheong du Nord)") + 1
    src = "湖北省宜昌市的新桥昨天通车。"
    tgt = "The new bridge in Yichang (Hubei province) opened to traffic yesterday."
    assert coverage._gloss_len(src, tgt) == len("(Hubei province)") + 1
    # a figure in the bracket, or a source in Latin letters: no such gloss
    assert coverage._gloss_len(src, "The new bridge in Yichang (opened in 2024) opened to traffic.") == 0
    assert coverage._gloss_len("Die neue Brücke in Yichang wurde gestern eröffnet.",
                               "The new bridge in Yichang (Hubei province) opened yesterday.") == 0


SRC_KO = ("군은 올해 도서관 신축에 모두 24억 원을 투입했다.\n\n"
          "도서관은 다음 달 1일 문을 연다.\n\n새 도서관에는 열람실 3개와 강당이 갖춰졌다.\n")


def test_short_added_edge_sentence_ko_ja(tmp_path):
    tgt = ("郡は今年、図書館の新築に計24億ウォンを投じた。同事業には道の予算も使われる予定だ。\n\n"
           "図書館は来月1日に開館する。\n\n新しい図書館には閲覧室3室と講堂が整備された。\n")
    got = doc(tmp_path, SRC_KO, tgt, "ko", "ja", "C002")
    assert any(g.startswith("C002:major:同事業には道の予算も使われる予定だ。") for g in got), got


def test_no_added_sentence_ko_ja_stays_silent(tmp_path):
    # the translation without the addition
    tgt = ("郡は今年、図書館の新築に計24億ウォンを投じた。\n\n"
           "図書館は来月1日に開館する。\n\n新しい図書館には閲覧室3室と講堂が整備された。\n")
    assert doc(tmp_path, SRC_KO, tgt, "ko", "ja", "C002") == []


def test_split_of_two_clauses_stays_silent_ko_ja_en_zh(tmp_path):
    src = ("군은 올해 도서관 신축에 모두 24억 원을 투입했고 주민 의견을 반영해 설계했다.\n\n"
           "도서관은 다음 달 1일 문을 연다.\n\n새 도서관에는 열람실 3개와 강당이 갖춰졌다.\n")
    tgt = ("郡は今年、図書館の新築に計24億ウォンを投じた。設計には住民の意見を反映した。\n\n"
           "図書館は来月1日に開館する。\n\n新しい図書館には閲覧室3室と講堂が整備された。\n")
    assert doc(tmp_path, src, tgt, "ko", "ja", "C002") == []
    src = ("The club said the new pavilion would cost 240,000 pounds and was designed with help from "
           "members.\n\nWork will start in May.\n")
    tgt = "俱乐部表示，新会所将耗资24万英镑。设计得到了会员帮助。\n\n工程将于五月开工。\n"
    assert doc(tmp_path, src, tgt, "en", "zh", "C002") == []


def test_quotation_split_in_two_ja_zh():
    src = [_seg(0, 1, "\"A family that cannot pay a $3 fee simply stays at home, and that's a loss for the town.\"")]
    ja = [_seg(0, 1, "「3ドルの料金を払えない家族は、ただ家にとどまってしまう。"), _seg(1, 1, "それは町全体にとっての損失だ」")]
    zh = [_seg(0, 1, "“付不起3美元费用的家庭只能待在家里。"), _seg(1, 1, "这对全镇都是损失。”")]
    for tgt in (ja, zh):
        assert coverage._quote_goes_on(BeadView(0, src, tgt), 1)
    # an added sentence after the closed quotation: no part of it
    added = [_seg(0, 1, "「3ドルの料金を払えない家族は、ただ家にとどまってしまう」"), _seg(1, 1, "町は来年も調査を続ける。")]
    assert not coverage._quote_goes_on(BeadView(0, src, added), 1)
    # a source with no quotation
    plain = [_seg(0, 1, "A family that cannot pay a $3 fee simply stays at home.")]
    assert not coverage._quote_goes_on(BeadView(0, plain, ja), 1)
