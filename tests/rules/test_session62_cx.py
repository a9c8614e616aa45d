"""Session 62 (helper cx): doubled-word, truncation, credit and UI classes from batches 36
and 37 (s71, s72), each on examples of its own.

1. S001: German "die die" after a comma and one word only where that word is a
   preposition or conjunction (not a verb after a quotation: "…“, meinte der der Trainer"),
   and not before a zu-infinitive (", die die Schulden bis Juni zurückzuzahlen.").
2. S004: a place the source names in its own form (Misri, Mesir ~ Egypt) is no common
   word written with its capital that a cut sentence runs into.
3. S004: German, a sentence run on after an article into a capitalised article ("… und des
   Der Verband fordert …").
4. S004: German, a sentence whose last clause opens with a subordinating conjunction and
   ends on a noun without its verb ("…, dass an den gerodeten Hängen.").
5. F002: a credit whose agency and photographer a spaced dash joins ("Foto: TASR – Name");
   a Chinese or Japanese label inside a full-width bracket glued to a caption.
6. F003: UI strings: Urdu "مزید پڑھیں:" (Read more:), French "Partagez cet article sur
   {net}", English "Follow us on {net} for more news"; WeChat and Weibo as networks.
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
            if f.code == code and not f.suppressed]


# 1. S001 German "die die"

def test_s001_doubled_article_after_reporting_verb():
    got = pair("“We are satisfied,” the coach said after the match.",
               "„Wir sind zufrieden“, meinte der der Trainer nach dem Spiel.", "en", "de", "S001")
    assert got and "der der" in got[0]
    got = pair("« Nous sommes satisfaits », a déclaré la présidente du club.",
               "„Wir sind zufrieden“, erklärte die die Präsidentin des Vereins.", "fr", "de", "S001")
    assert got and "die die" in got[0]


def test_s001_doubled_article_before_zu_infinitive():
    got = pair("The city has promised to repay the debts by June.",
               "Die Stadt hat versprochen, die die Schulden bis Juni zu bezahlen.", "en", "de", "S001")
    assert got
    got = pair("La société s'est engagée à rembourser les dettes avant juin.",
               "Das Unternehmen hat sich verpflichtet, die die Schulden vor Juni zu begleichen.",
               "fr", "de", "S001")
    assert got


def test_s001_relative_pronoun_and_article_stay_silent():
    src = "The rules are strict."
    assert not pair(src, "Die Regeln, die die Kinder zu befolgen haben, sind streng.", "en", "de", "S001")
    assert not pair(src, "Gelobt wurden die Frauen, die die Kinder betreuen.", "en", "de", "S001")
    assert not pair(src, "Gelobt wurde die Stadt, in der der Markt stattfindet.", "en", "de", "S001")
    assert not pair(src, "Gelobt wurde der Verein, mit dem dem Bürgermeister ein Abkommen gelang.", "en", "de", "S001")
    assert not pair(src, "Zwei sind Hardliner, und die die meisten anderen folgen, schweigen.", "en", "de", "S001")


# 2. S004: a place's name the source writes in its own form

SW_SRC = ("Wakulima wa chai wamelipwa malipo ya ziada.\n\nMwenyekiti wa bodi, Bw. John Kamau, aliwaomba "
          "wakulima kuwa na subira, akisema bodi imeanza mazungumzo na wanunuzi kutoka Pakistan na Misri "
          "ili kuuza chai moja kwa moja bila kupitia mnada. Alisema pia kwamba kiwanda kitapunguza gharama "
          "za umeme kwa kujenga kituo kidogo cha umeme.\n\nBei ya chai imepanda mwaka huu.")
ID_SRC = ("Para petani teh menerima pembayaran tambahan.\n\nKetua dewan, Bpk. Budi Santoso, meminta petani "
          "bersabar, dengan mengatakan dewan telah memulai pembicaraan dengan pembeli dari Pakistan dan Mesir "
          "untuk menjual teh langsung tanpa melalui lelang. Ia juga mengatakan pabrik akan memangkas biaya "
          "listrik dengan membangun pembangkit kecil.\n\nHarga teh naik tahun ini.")
EN_TGT = ("Tea farmers have received an extra payment.\n\nThe board chairman, Mr {name}, asked farmers to be "
          "patient, saying the board had begun talks with buyers from Pakistan and Egypt to sell tea directly "
          "without going through the auction. He also said the factory would cut its power costs by building "
          "a small power station.\n\nThe price of tea has risen this year.")


def test_s004_place_named_in_source_is_no_run_on(tmp_path):
    assert not doc(tmp_path, SW_SRC, EN_TGT.format(name="John Kamau"), "sw", "en", "S004")
    assert not doc(tmp_path, ID_SRC, EN_TGT.format(name="Budi Santoso"), "id", "en", "S004")


def test_s004_place_helper_needs_the_source_place():
    from mtcheck.rules.form import _names_source_place
    assert _names_source_place("Egypt", "wanunuzi kutoka Pakistan na Misri")
    assert not _names_source_place("Egypt", "wanunuzi kutoka Pakistan na Kenya")
    assert not _names_source_place("Council", "Baraza la mji")


# 3. S004: German article run into a capitalised article

def test_s004_german_article_into_article(tmp_path):
    src = ("The farmers met on Monday.\n\nThey will meet representatives of the ministry and the county "
           "on Friday in the town hall. The association wants the deadline for payments limited to 60 days "
           "by law.\n\nThe next meeting is in July.")
    tgt = ("Die Landwirte trafen sich am Montag.\n\nSie wollen sich am Freitag im Rathaus mit Vertretern des "
           "Ministeriums und des Der Verband fordert, die Frist für Zahlungen gesetzlich auf 60 Tage zu "
           "begrenzen.\n\nDas nächste Treffen ist im Juli.")
    got = doc(tmp_path, src, tgt, "en", "de", "S004")
    assert got and got[0].split(":")[1] == "des"
    src_fr = ("Les agriculteurs se sont réunis lundi.\n\nIls rencontreront vendredi à la mairie des représentants "
              "du ministère et de la région. L'association demande que le délai de paiement soit limité à 60 "
              "jours par la loi.\n\nLa prochaine réunion aura lieu en juillet.")
    tgt_fr = ("Die Landwirte trafen sich am Montag.\n\nSie wollen sich am Freitag im Rathaus mit Vertretern eines "
              "Ministeriums und einer Region treffen, und mit einem Die Vereinigung fordert, dass die Zahlungsfrist "
              "gesetzlich auf 60 Tage begrenzt wird.\n\nDas nächste Treffen findet im Juli statt.")
    got = doc(tmp_path, src_fr, tgt_fr, "fr", "de", "S004")
    assert got and got[0].split(":")[1] == "einem"


def test_s004_german_relative_pronoun_before_title_stays_silent(tmp_path):
    src = ("The farmers met on Monday.\n\nThey will meet the journalist who founded Die Zeit's farming page "
           "on Friday in the town hall. The association wants the deadline for payments limited to 60 days "
           "by law.\n\nThe next meeting is in July.")
    tgt = ("Die Landwirte trafen sich am Montag.\n\nSie treffen am Freitag im Rathaus die Journalistin, die Die "
           "Zeit mit ihrer Agrarseite bekannt machte. Der Verband fordert, die Frist für Zahlungen gesetzlich "
           "auf 60 Tage zu begrenzen.\n\nDas nächste Treffen ist im Juli.")
    assert not doc(tmp_path, src, tgt, "en", "de", "S004")


# 4. S004: German clause without its verb

def test_s004_german_verbless_clause(tmp_path):
    src = ("The slopes were cleared last year.\n\nThe agency then warned that landslides threaten the cleared "
           "slopes. According to experts, the area was home to rare birds.\n\nThe company denies this.")
    tgt = ("Die Hänge wurden im vergangenen Jahr gerodet.\n\nDie Behörde warnte daraufhin, dass an den gerodeten "
           "Hängen. Nach Angaben von Experten lebten in dem Gebiet seltene Vögel.\n\nDas Unternehmen bestreitet das.")
    got = doc(tmp_path, src, tgt, "en", "de", "S004")
    assert got and got[0].split(":")[1] == "Hängen"
    src_it = ("Il ponte è chiuso da marzo.\n\nIl comune ha spiegato che il traffico è stato deviato perché "
              "i lavori sul ponte durano più a lungo. Secondo il sindaco, la riapertura è prevista a maggio.\n\n"
              "I commercianti protestano.")
    tgt_it = ("Die Brücke ist seit März gesperrt.\n\nDie Gemeinde erklärte, der Verkehr sei umgeleitet worden, "
              "nachdem die Arbeiten an der alten Brücke. Laut dem Bürgermeister ist die Wiedereröffnung im Mai "
              "geplant.\n\nDie Händler protestieren.")
    got = doc(tmp_path, src_it, tgt_it, "it", "de", "S004")
    assert got and got[0].split(":")[1] == "Brücke"


def test_s004_german_complete_clauses_stay_silent(tmp_path):
    src = ("The slopes were cleared last year.\n\nThe agency then warned that landslides threaten the cleared "
           "slopes. He earns more than his boss. Prices rose in May.\n\nThe company denies this.")
    tgt = ("Die Hänge wurden im vergangenen Jahr gerodet.\n\nDie Behörde warnte daraufhin, dass an den gerodeten "
           "Hängen Erdrutsche drohen. Sie sagte, dass er mehr verdiene als sein Chef. Sie meinte, dass die "
           "Preise gestiegen sind im Mai.\n\nDas Unternehmen bestreitet das.")
    assert not doc(tmp_path, src, tgt, "en", "de", "S004")


# 5. F002 credits

def test_f002_credit_joined_by_dash(tmp_path):
    src = ("Die Gemeinde plant einen neuen Park. Der Bürgermeister stellte die Pläne am Montag vor und "
           "sprach von einem wichtigen Projekt.\n\nDie Arbeiten beginnen im Herbst.")
    tgt = ("Obec plánuje nový park. Pohled na pozemek. Foto: TASR – Peter Novák Starosta představil plány "
           "v pondělí a mluvil o důležitém projektu.\n\nPráce začnou na podzim.")
    got = doc(tmp_path, src, tgt, "de", "cs", "F002")
    assert got and "TASR – Peter Novák" in got[0]
    src_sk = ("Obec plánuje nový park. Starosta predstavil plány v pondelok a hovoril o dôležitom projekte.\n\n"
              "Práce sa začnú na jeseň.")
    tgt_de = ("Die Gemeinde plant einen neuen Park. Blick auf das Grundstück. Foto: ČTK – Jana Horáková Der "
              "Bürgermeister stellte die Pläne am Montag vor und sprach von einem wichtigen Projekt.\n\n"
              "Die Arbeiten beginnen im Herbst.")
    got = doc(tmp_path, src_sk, tgt_de, "sk", "de", "F002")
    assert got and "ČTK – Jana Horáková" in got[0]


def test_f002_dash_in_prose_stays_silent(tmp_path):
    src = "Laut Reuters kam es zu Protesten.\n\nDie Polizei griff ein."
    tgt = "Laut Reuters – einer Nachrichtenagentur – kam es zu Protesten.\n\nDie Polizei griff ein."
    assert not doc(tmp_path, src, tgt, "de", "de", "F002")


def test_f002_bracketed_cjk_label(tmp_path):
    src = ("The hall opened on Wednesday in the city centre after two years of work.\n\nPatients were "
           "moved by air to other hospitals until now.\n\nThe average transfer took two hours.")
    tgt = ("同施設は2年間の工事を経て、水曜日に市中心部で開設された。\n\n新しい手術室の様子（写真：共同通信）\n\n"
           "これまで患者は空路で他の病院に搬送されていた。\n\n搬送には平均2時間かかっていた。")
    got = doc(tmp_path, src, tgt, "en", "ja", "F002")
    assert got and "（写真：共同通信）" in got[0]
    tgt_zh = ("该设施经过两年施工，于周三在市中心启用。\n\n新手术室一景（图片：新华社）\n\n此前患者被空运到其他医院。\n\n"
              "转运平均需要两个小时。")
    got = doc(tmp_path, src, tgt_zh, "en", "zh", "F002")
    assert got and "（图片：新华社）" in got[0]


def test_f002_bracket_without_label_stays_silent(tmp_path):
    src = ("The hall opened on Wednesday in the city centre after two years of work.\n\nPatients were "
           "moved by air to other hospitals until now.")
    tgt = ("同施設は2年間の工事を経て、水曜日に市中心部（駅の北側）で開設された。\n\n"
           "これまで患者は空路で他の病院に搬送されていた。")
    assert not doc(tmp_path, src, tgt, "en", "ja", "F002")


# 6. F003 UI strings

def test_f003_new_ui_strings(tmp_path):
    src = ("The storm damaged 40 homes on Monday.\n\nThe mayor said repairs would take weeks.\n\n"
           "Schools will reopen on Thursday.")
    ur = ("طوفان نے پیر کو 40 گھروں کو نقصان پہنچایا۔\n\nمیئر نے کہا کہ مرمت میں ہفتے لگیں گے۔\n\n"
          "مزید پڑھیں: شہر میں بارش کا نیا ریکارڈ\n\nاسکول جمعرات کو دوبارہ کھلیں گے۔")
    assert doc(tmp_path, src, ur, "en", "ur", "F003")
    fr = ("La tempête a endommagé 40 maisons lundi.\n\nLe maire a déclaré que les réparations prendraient "
          "des semaines.\n\nPartagez cet article sur WhatsApp\n\nLes écoles rouvriront jeudi.")
    assert doc(tmp_path, src, fr, "en", "fr", "F003")
    src_zh = "风暴周一损坏了40所房屋。\n\n市长说修复需要数周。\n\n学校将于周四重新开放。"
    en = ("The storm damaged 40 homes on Monday.\n\nThe mayor said repairs would take weeks.\n\n"
          "Follow us on Weibo for the latest news\n\nSchools will reopen on Thursday.")
    assert doc(tmp_path, src_zh, en, "zh", "en", "F003")


def test_f003_sentences_with_the_words_stay_silent(tmp_path):
    src = ("The storm damaged 40 homes on Monday.\n\nReaders can share the article on Facebook, the mayor said.")
    fr = ("La tempête a endommagé 40 maisons lundi.\n\nLes lecteurs peuvent partager cet article sur Facebook, "
          "a dit le maire.")
    assert not doc(tmp_path, src, fr, "en", "fr", "F003")
    en_src = "风暴周一损坏了40所房屋。\n\n他说，市民可以在微信上关注我们获取更多新闻。"
    en = ("The storm damaged 40 homes on Monday.\n\nResidents can follow us on WeChat for more news, he said.")
    assert not doc(tmp_path, en_src, en, "zh", "en", "F003")


def test_s001_relative_clause_between_dashes_stays_silent():
    got = pair("The law forbids poorer regions, which are the largest markets, to raise taxes.",
               "Das Gesetz verbietet ärmeren Regionen – die die größten Märkte bilden – die Steuern zu erhöhen.",
               "en", "de", "S001")
    assert not got


def test_s004_german_clause_split_by_dash_or_sentence_stays_silent():
    assert not pair("He found that more books improved results, but only the best pupils gained.",
                    "Er stellte fest, dass mehr Bücher die Ergebnisse verbessern - allerdings profitierten davon "
                    "nur die besten Schüler.", "en", "de", "S004")
    assert not pair("He said they knew that they were small. Too many states fall into that group.",
                    "Er sagte, sie wüssten, dass sie klein sind. Leider fallen zu viele Staaten in diese Gruppe.",
                    "en", "de", "S004")


def test_s004_german_elliptic_obwohl_stays_silent():
    assert not pair("Differences have narrowed everywhere, though at different rates.",
                    "Überall verringerten sich die Unterschiede - obwohl durchaus in ganz verschiedenen Tempi.",
                    "en", "de", "S004")
