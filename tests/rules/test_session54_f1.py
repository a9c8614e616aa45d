"""Session 54 (f1): page furniture between sentences, and sentences cut off on a word no
sentence ends in, in more languages.

* F002: an agency's credit with its picture label and a slash before the photographer's
  names ("AP Photo/Jane Doe", "Reuters Pictures/John Smith") between two sentences of a
  paragraph; the names stop at an opening quotation mark or at the next sentence's first
  common word.
* F003: a listed UI label in brackets glued to a paragraph's start ("[Advertisement] The
  …", "[광고] …"); a related-reading label of several words and its colon between two
  sentences ("… Read also: The council …"); a strong marker of a script without spaces
  glued after a full stop ("…述べた。記事の続きを読む市によると…").  Major between two
  sentences as at a paragraph's start, where the source carries no page furniture.
* S004: a Japanese sentence that stops on the particle は or を, a Korean one on a
  conjunction or 약 "about", a Czech one on a conjunction or preposition; a Portuguese one
  on a possessive run on into the next sentence opening with "A".
"""
from __future__ import annotations

import mtcheck


def pair(src: str, tgt: str, sl: str, tl: str, *cs: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.name, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in cs and not f.suppressed]


def doc(tmp_path, src: list[str], tgt: list[str], sl: str, tl: str, *cs: str) -> list[tuple[str, str, str]]:
    """Findings of codes ``cs`` on a target document of the given paragraphs."""
    s, t = tmp_path / f"source.{sl}.txt", tmp_path / f"target.{tl}.txt"
    s.write_text("\n\n".join(src) + "\n", encoding="utf-8")
    t.write_text("\n\n".join(tgt) + "\n", encoding="utf-8")
    rep = mtcheck.compare(str(t), str(s), semantic=False)
    return [(f.code, f.severity.name, f.message) for f in rep.findings if f.code in cs and not f.suppressed]


# -- F002: "AGENCY Photo/Name Surname" between two sentences ------------------------------

def test_f002_agency_label_credit_between_sentences_de():
    src = ("“We did not want to end up here,” the mayor said before the vote. "
           "“But the river is why people live here.”")
    tgt = ("„Wir wollten nicht hier landen“, sagte der Bürgermeister vor der Abstimmung. "
           "AP Photo/Maria Lopez „Aber der Fluss ist der Grund, warum die Menschen hier leben.“")
    got = pair(src, tgt, "en", "de", "F002")
    assert got and "AP Photo/Maria Lopez" in got[0][2]
    assert "„Aber" not in got[0][2]


def test_f002_agency_label_credit_between_sentences_en():
    src = ("Der Gemeinderat hat den Plan am Dienstag genehmigt. Die Arbeiten beginnen im "
           "Frühjahr und dauern zwei Jahre.")
    tgt = ("The council approved the plan on Tuesday. Reuters Pictures/John Smith The work "
           "starts in the spring and will take two years.")
    got = pair(src, tgt, "de", "en", "F002")
    assert got and "Reuters Pictures/John Smith" in got[0][2]
    assert "The work" not in got[0][2]


def test_f002_agency_label_credit_major_in_document(tmp_path):
    src = ["The council approved the plan on Tuesday. The work starts in the spring and will "
           "take two years, officials said."]
    tgt = ["Der Gemeinderat hat den Plan am Dienstag genehmigt. AP Photo/Jane Doe Die Arbeiten "
           "beginnen im Frühjahr und dauern nach Angaben der Behörden zwei Jahre."]
    got = doc(tmp_path, src, tgt, "en", "de", "F002")
    assert got and got[0][1] == "MAJOR"


def test_f002_agency_label_prose_is_no_credit():
    # the agency and the word "Photo" in a sentence, with no slash and no names: prose
    src = ("The agency confirmed the report. AP Photo and Reuters supplied the pictures for "
           "the weekend edition.")
    tgt = ("Die Agentur bestätigte den Bericht. AP Photo und Reuters lieferten die Bilder für "
           "die Wochenendausgabe.")
    assert pair(src, tgt, "en", "de", "F002") == []


# -- F003: a bracketed label at a paragraph's start ----------------------------------------

def test_f003_bracketed_label_at_start_ko(tmp_path):
    src = ["The city has promoted tourism as a way to diversify its economy. The council said "
           "the plan met all requirements."]
    tgt = ["[광고] 시는 경제를 다각화할 수단으로 관광을 적극 홍보해 왔다. 시의회는 이 계획이 모든 요건을 "
           "충족했다고 밝혔다."]
    got = doc(tmp_path, src, tgt, "en", "ko", "F003")
    assert got and got[0][1] == "MAJOR" and "[광고]" in got[0][2]


def test_f003_bracketed_label_at_start_en(tmp_path):
    src = ["Die Stadt wirbt seit Jahren für den Tourismus, um ihre Wirtschaft breiter "
           "aufzustellen. Der Rat sagte, der Plan erfülle alle Anforderungen."]
    tgt = ["[Advertisement] The city has promoted tourism for years to broaden its economy. "
           "The council said the plan met all the requirements."]
    got = doc(tmp_path, src, tgt, "de", "en", "F003")
    assert got and got[0][1] == "MAJOR"


def test_f003_bracketed_plain_word_is_no_label(tmp_path):
    # one word of the lists that opens no paragraph ("Share") in brackets: no finding
    src = ["Die Aktie stieg am Montag stark an, nachdem das Unternehmen seine Zahlen "
           "vorgelegt hatte."]
    tgt = ["(Share) prices rose sharply on Monday after the company had presented its "
           "figures."]
    assert doc(tmp_path, src, tgt, "de", "en", "F003") == []


# -- F003: a related-reading label between two sentences -----------------------------------

def test_f003_label_between_sentences_nl(tmp_path):
    src = ["Critics asked whether the money would have been better spent on more frequent "
           "services. The operator said fares would not rise because of the investment."]
    tgt = ["Critici vroegen zich af of het geld niet beter aan een hogere frequentie had kunnen "
           "worden besteed. Lees ook: De vervoerder zei dat de tarieven door de investering niet "
           "zullen stijgen."]
    got = doc(tmp_path, src, tgt, "en", "nl", "F003")
    assert got and got[0][1] == "MAJOR" and "Lees ook" in got[0][2]


def test_f003_label_between_sentences_it(tmp_path):
    src = ["Residents asked whether the money would have been better spent on schools. "
           "The mayor said taxes would not rise because of the project."]
    tgt = ["I residenti si sono chiesti se il denaro non sarebbe stato speso meglio per le "
           "scuole. Leggi anche: Il sindaco ha detto che le tasse non aumenteranno a causa del "
           "progetto."]
    got = doc(tmp_path, src, tgt, "en", "it", "F003")
    assert got and got[0][1] == "MAJOR" and "Leggi anche" in got[0][2]


def test_f003_label_before_lower_case_is_prose():
    src = "Further details are in the annex. See also the table of costs attached to the report."
    tgt = ("Weitere Einzelheiten stehen im Anhang. Siehe auch: die Kostentabelle, die dem "
           "Bericht beiliegt.")
    assert pair(src, tgt, "en", "de", "F003") == []


# -- F003: a strong marker of a script without spaces between two sentences ----------------

def test_f003_unspaced_marker_between_sentences_en_ja(tmp_path):
    src = ["The mayor said the city would appeal the ruling. According to the city, the "
           "project would have created 40 jobs."]
    tgt = ["市長は、市は判決を不服として上訴すると述べた。記事の続きを読む市によると、この事業で40人の雇用が"
           "生まれるはずだった。"]
    got = doc(tmp_path, src, tgt, "en", "ja", "F003")
    assert got and got[0][1] == "MAJOR" and "記事の続きを読む" in got[0][2]


def test_f003_unspaced_marker_between_sentences_de_ja(tmp_path):
    src = ["Der Bürgermeister kündigte an, die Stadt werde Berufung einlegen. Nach Angaben der "
           "Stadt hätte das Projekt 40 Arbeitsplätze geschaffen."]
    tgt = ["市長は、市が控訴すると発表した。記事の続きを読む市によると、この事業で40人の雇用が生まれるはずだった。"]
    got = doc(tmp_path, src, tgt, "de", "ja", "F003")
    assert got and "記事の続きを読む" in got[0][2]


def test_f003_unspaced_reading_in_prose_is_no_marker(tmp_path):
    # "続きを読むと" (reading on, one finds …): a sentence of the text, not the button
    src = ["The report is long. Reading on, one finds that the costs doubled."]
    tgt = ["報告書は長い。続きを読むと、費用が倍増したことが分かる。"]
    assert doc(tmp_path, src, tgt, "en", "ja", "F003") == []


# -- S004: cut off on a word no sentence ends in -------------------------------------------

def test_s004_japanese_particle_end():
    src = "Under state law, a new plan must go through a full review, which usually takes at least 18 months."
    tgt = "州法により、新たな計画は改めて全面的な審査を経る必要があり、通常は"
    got = pair(src, tgt, "en", "ja", "S004")
    assert got and got[0][1] == "MAJOR" and "は" in got[0][2]


def test_s004_japanese_particle_end_de_ja():
    src = "Die Gemeinde will den Plan im Herbst dem Parlament vorlegen."
    tgt = "町は秋にこの計画を議会に提出する方針で、その計画を"
    assert pair(src, tgt, "de", "ja", "S004")


def test_s004_japanese_complete_sentence_is_not_cut():
    src = "Under state law, a new plan must go through a full review."
    tgt = "州法により、新たな計画は改めて全面的な審査を経る必要がある。"
    assert pair(src, tgt, "en", "ja", "S004") == []


def test_s004_korean_cut_on_about():
    src = "The company says the process recovers about 85 percent of the lithium in the brine."
    tgt = "회사는 이 공정으로 염수에 든 리튬의 약"
    got = pair(src, tgt, "en", "ko", "S004")
    assert got and "약" in got[0][2]


def test_s004_korean_cut_on_conjunction_de_ko():
    src = "Die Stadt will Schulen und Krankenhäuser bauen."
    tgt = "시는 학교와 병원을 짓고 도로 및"
    assert pair(src, tgt, "de", "ko", "S004")


def test_s004_korean_complete_sentence_is_not_cut():
    src = "The company says the process recovers about 85 percent of the lithium."
    tgt = "회사는 이 공정으로 리튬의 약 85%를 회수한다고 밝혔다."
    assert pair(src, tgt, "en", "ko", "S004") == []


def test_s004_czech_cut_on_conjunction():
    src = "Similar rules are reportedly being considered by Overijssel and North Brabant."
    tgt = "Podobná pravidla údajně zvažují také Overijssel a"
    got = pair(src, tgt, "en", "cs", "S004")
    assert got and "“a”" in got[0][2]


def test_s004_czech_cut_on_preposition_de_cs():
    src = "Die Regierung will das Gesetz noch in diesem Jahr verabschieden."
    tgt = "Vláda chce zákon schválit ještě v"
    assert pair(src, tgt, "de", "cs", "S004")


def test_s004_czech_reflexive_end_is_not_cut():
    src = "He smiled."
    tgt = "Starosta se na konci schůze jen usmál se"
    assert pair(src, tgt, "en", "cs", "S004") == []


def test_s004_portuguese_possessive_run_on(tmp_path):
    src = ["Existing owners with a valid licence may continue until it is renewed, usually after "
           "three years. The council expects at least 300 flats to return to long-term rental "
           "by 2028."]
    tgt = ["Os proprietários que já possuem uma licença válida poderão continuar a atividade até "
           "à sua A câmara estima que, até 2028, pelo menos 300 apartamentos regressem ao "
           "arrendamento de longa duração."]
    got = doc(tmp_path, src, tgt, "en", "pt", "S004")
    assert got and got[0][1] == "MAJOR" and "sua" in got[0][2]


def test_s004_portuguese_possessive_run_on_es_pt(tmp_path):
    src = ["Los vecinos podrán seguir en sus casas hasta que termine su contrato, normalmente "
           "a los cinco años. El ayuntamiento calcula que al menos 200 viviendas volverán al "
           "alquiler de larga duración."]
    tgt = ["Os moradores poderão continuar nas suas casas até ao fim do seu A câmara calcula que "
           "pelo menos 200 habitações voltem ao arrendamento de longa duração."]
    got = doc(tmp_path, src, tgt, "es", "pt", "S004")
    assert got and "seu" in got[0][2]


def test_s004_portuguese_article_inside_a_sentence_is_no_run_on(tmp_path):
    src = ["The hotel keeps its class A rating and will reopen in May after a long renovation."]
    tgt = ["O hotel mantém a classificação de categoria A e vai reabrir em maio depois de uma "
           "longa renovação."]
    assert doc(tmp_path, src, tgt, "en", "pt", "S004") == []
