"""Session 52 (s52 batch), group l1: language ID between close languages, Japanese in
Chinese and Korean, page furniture.

L001: a sentence in a close neighbour of the target language (Portuguese in Spanish,
Slovak in Czech, Norwegian in Swedish), where language ID wavers or the probe word lists
read every word as the target's, is told by the neighbour's own words.  L001/L002:
Japanese inside a Chinese or Korean text (kanji with kana and hiragana grammar) - a
quoted Japanese sentence in a Chinese one is no "kept quote" because a Chinese sentence
has no blanks to count its words by.  F003: a UI label glued to the start of a paragraph,
in an article whose source carries no page chrome, is major as one on a line of its own
(one glued to the end stays minor, as session 45 set); Croatian/Serbian "share this article" buttons.  F002: a credit is one the
source lacks unless the source has its words as whole words (Ana is not in semana; THE
is no name); Korean credits naming two agencies ("[AAP 연합뉴스 자료사진]")."""
import mtcheck
from mtcheck.model import Severity


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev]


def _of(findings, code, min_sev=0):
    return [f for f in findings if f.code == code and int(f.severity) >= min_sev]


MAJOR = int(Severity.MAJOR)


# -- L001: close neighbours ---------------------------------------------------------------
def test_pt_sentence_in_es_is_untranslated_segment():
    got = _codes("Instead, the water would remain at least four months in the reservoir before being "
                 "treated by the plant, a margin that allows an additional natural cleaning.",
                 "Em vez disso, a água permaneceria pelo menos quatro meses no reservatório antes de "
                 "ser tratada pela estação, uma margem que permite uma limpeza natural adicional.",
                 "en", "es", "L001", MAJOR)
    assert got and "Portuguese" in got[0].message


def test_sk_sentence_in_cs_flagged():
    got = _codes("He said the municipality does not have money to build the new school for another "
                 "two years, because the costs have risen.",
                 "Povedal, že obec nemá peniaze na stavbu novej školy ešte dva roky, pretože náklady "
                 "stúpli.", "en", "cs", "L001", MAJOR)
    assert got and "Slovak" in got[0].message


def test_sk_sentence_in_cs_from_german_flagged():
    assert _codes("Er sagte, die Gemeinde habe noch zwei Jahre lang kein Geld für den Bau der neuen "
                  "Schule, weil die Kosten gestiegen seien.",
                  "Povedal, že obec ešte dva roky nemá peniaze na stavbu novej školy, pretože náklady "
                  "stúpli.", "de", "cs", "L001", MAJOR)


def test_nb_sentence_in_sv_is_a_sentence_not_a_run():
    assert _codes("He said the municipality does not have money to build the new school for another "
                  "two years, because the costs have risen.",
                  "Han sa at kommunen ikke har penger til å bygge den nye skolen før om to år, fordi "
                  "kostnadene har steget.", "en", "sv", "L001", MAJOR)


def test_es_and_cs_translations_not_flagged():
    assert not _codes("Instead, the water would remain at least four months in the reservoir before "
                      "being treated by the plant, a margin that allows an additional natural cleaning.",
                      "En cambio, el agua permanecería al menos cuatro meses en el embalse antes de ser "
                      "tratada por la planta, un margen que permite una limpieza natural adicional.",
                      "en", "es", "L001")
    assert not _codes("He said the municipality does not have money to build the new school for "
                      "another two years, because the costs have risen.",
                      "Řekl, že obec nemá peníze na stavbu nové školy ještě dva roky, protože náklady "
                      "stouply.", "en", "cs", "L001")
    assert not _codes("He said the municipality does not have money to build the new school for "
                      "another two years, because the costs have risen.",
                      "Povedal, že obec nemá peniaze na stavbu novej školy ešte dva roky, pretože "
                      "náklady stúpli.", "en", "sk", "L001")


# -- L001/L002: Japanese in Chinese and Korean --------------------------------------------
def test_ja_quote_in_zh_sentence_flagged():
    assert _codes("She added: \"Nobody on the island trusts the ferry timetable any more.\"",
                  "她补充说：“島の人はもう誰もフェリーの時刻表を信じていない。”",
                  "en", "zh", "L001", MAJOR)


def test_ja_clause_in_ko_sentence_flagged():
    assert _codes("The chamber of commerce welcomed the decision, and local builders said they were "
                  "already hiring apprentices.",
                  "商工会議所は決定を歓迎し、 지역 건설업체들은 이미 견습생을 채용하고 있다고 밝혔다.",
                  "en", "ko", "L002", MAJOR)


def test_ja_clause_in_zh_sentence_flagged():
    assert _codes("The chamber of commerce welcomed the decision, and local builders said they were "
                  "already hiring apprentices.",
                  "商工会議所は決定を歓迎し、 当地建筑企业表示，他们已经开始招收学徒。",
                  "en", "zh", "L002", MAJOR)


def test_katakana_name_in_ko_and_zh_not_flagged():
    assert not _codes("The shop sells Pokemon cards and Uniqlo shirts to tourists.",
                      "이 가게는 관광객들에게 ポケモンカード 카드와 유니클로 셔츠를 판다.",
                      "en", "ko", "L002")
    assert not _codes("She added: \"The ferry is late again.\"",
                      "她补充说：“渡轮又晚点了。”", "en", "zh", "L001")


# -- F003: UI labels glued to a paragraph --------------------------------------------------
SRC_EN = ["The city council approved a new budget for the harbour on Tuesday.",
          "The works will start in spring and should take two years, the mayor said.",
          "Residents will be able to comment on the plans until the end of March."]


def test_ad_label_glued_to_paragraph_start_major_de(article):
    got = article(SRC_EN, ["Der Stadtrat hat am Dienstag ein neues Budget für den Hafen genehmigt.",
                           "ANZEIGE Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, "
                           "sagte die Bürgermeisterin.",
                           "Die Anwohner können die Pläne bis Ende März kommentieren."], "en", "de")
    assert _of(got, "F003", MAJOR)


def test_ad_label_glued_to_paragraph_start_major_it(article):
    got = article(SRC_EN, ["Il consiglio comunale ha approvato martedì un nuovo bilancio per il porto.",
                           "PUBBLICITÀ I lavori inizieranno in primavera e dureranno due anni, ha detto "
                           "la sindaca.",
                           "I residenti potranno commentare i progetti fino alla fine di marzo."],
                  "en", "it")
    assert _of(got, "F003", MAJOR)


def test_label_glued_to_paragraph_end_stays_minor_fr(article):
    got = article(SRC_EN, ["Le conseil municipal a approuvé mardi un nouveau budget pour le port.",
                           "Les travaux commenceront au printemps et devraient durer deux ans, a déclaré "
                           "la maire. Partager cet article",
                           "Les habitants pourront commenter les projets jusqu'à la fin du mois de mars."],
                  "en", "fr")
    # (session 53 r5: a full listed UI string glued to the end of a paragraph, where the
    # source carries no page furniture, is major too; one-word labels stay minor)
    assert _of(got, "F003", MAJOR)


def test_glued_label_stays_minor_where_source_has_ui(article):
    src = SRC_EN[:2] + ["Advertisement"] + SRC_EN[2:]
    got = article(src, ["Der Stadtrat hat am Dienstag ein neues Budget für den Hafen genehmigt.",
                        "ANZEIGE Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, "
                        "sagte die Bürgermeisterin.",
                        "Anzeige",
                        "Die Anwohner können die Pläne bis Ende März kommentieren."], "en", "de")
    assert _of(got, "F003") and not _of(got, "F003", MAJOR)


def test_hr_share_button_line_flagged(article):
    got = article(SRC_EN, ["Gradsko vijeće u utorak je odobrilo novi proračun za luku.",
                           "Podijelite ovaj članak",
                           "Radovi počinju u proljeće i trebali bi trajati dvije godine, rekla je "
                           "gradonačelnica.",
                           "Stanovnici mogu komentirati planove do kraja ožujka."], "en", "hr")
    assert _of(got, "F003", MAJOR)


def test_sr_share_button_line_flagged(article):
    got = article(SRC_EN, ["Gradsko veće je u utorak odobrilo novi budžet za luku.",
                           "Podelite ovaj članak",
                           "Radovi počinju na proleće i trebalo bi da traju dve godine, rekla je "
                           "gradonačelnica.",
                           "Stanovnici mogu da komentarišu planove do kraja marta."], "en", "sr")
    assert _of(got, "F003", MAJOR)


def test_hr_sentence_about_sharing_not_flagged(article):
    got = article(SRC_EN[:1] + ["Please share this article with your neighbours, the mayor said."],
                  ["Gradsko vijeće u utorak je odobrilo novi proračun za luku.",
                   "Podijelite ovaj članak sa susjedima, rekla je gradonačelnica."], "en", "hr")
    assert not _of(got, "F003")


# -- F002: credits the source lacks ---------------------------------------------------------
def test_credit_name_inside_source_word_is_not_the_source_credit(article):
    # "Ana" is inside "semana", "Ruiz" nowhere: the source has no such credit
    got = article(["El ayuntamiento aprobó esta semana un nuevo presupuesto para el puerto.",
                   "Las obras empezarán en primavera y durarán dos años, dijo la alcaldesa."],
                  ["Le conseil municipal a approuvé cette semaine un nouveau budget pour le port.",
                   "Photo : AFP/Ana Ruiz Les travaux commenceront au printemps et dureront deux ans, "
                   "a déclaré la maire."], "es", "fr")
    assert _of(got, "F002", MAJOR)


def test_credit_with_the_is_added_ro(article):
    got = article(SRC_EN, ["Consiliul local a aprobat marți un nou buget pentru port. "
                           "(Foto: THE CANADIAN PRESS/Darren Calabrese)",
                           "Lucrările vor începe în primăvară și vor dura doi ani, a spus primărița.",
                           "Locuitorii vor putea comenta planurile până la sfârșitul lui martie."],
                  "en", "ro")
    assert _of(got, "F002", MAJOR)


def test_ko_two_agency_credit_flagged(article):
    got = article(SRC_EN, ["시의회는 화요일 항구를 위한 새 예산을 승인했다. [EPA 연합뉴스 자료사진]",
                           "공사는 봄에 시작해 2년이 걸릴 것이라고 시장은 말했다.",
                           "주민들은 3월 말까지 계획에 의견을 낼 수 있다."], "en", "ko")
    assert _of(got, "F002", MAJOR)


def test_credit_named_in_source_stays_minor(article):
    src = ["The city council approved a new budget for the harbour on Tuesday, photographer "
           "Darren Calabrese reported.",
           "The works will start in spring and should take two years, the mayor said."]
    got = article(src, ["Consiliul local a aprobat marți un nou buget pentru port, a relatat fotograful "
                        "Darren Calabrese. (Foto: THE CANADIAN PRESS/Darren Calabrese)",
                        "Lucrările vor începe în primăvară și vor dura doi ani, a spus primărița."],
                  "en", "ro")
    assert not _of(got, "F002", MAJOR)
