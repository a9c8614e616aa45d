"""Session 53, r6: name slips the read-backs let through.

* A Polish surname's -ski/-cki written -sky/-cky (Kowalski ~ "Kowalsky"): the final
  y ~ i convention of Russian transliteration excused it, but a stem kept in Polish
  spelling (w, cz, sz, rz) is the Polish name, -i in every language (N001).
* A Hebrew name element one letter off each of its usual Latin spellings (דוד ~ "Dvid"):
  Hebrew writes few vowels, so the letter-by-letter read-back allowed it; a small table
  of common elements (data/names/hebrew_elements.tsv) gives the spellings in use (N001,
  minor).
* A Korean name's katakana one kana off every reading of the Hangul source (성호 ~
  "ソンボ" for ソンホ) (N001, minor).
"""
import pytest

import mtcheck


def _n001(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]


# --- Polish -ski written -sky --------------------------------------------------------
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("O treinador Tomasz Lewandowski elogiou a equipe depois do jogo.",
     "Coach Tomasz Lewandowsky praised the team after the match.", "pt", "en"),
    ("Die Architektin Agnieszka Wiśniewski stellte den Entwurf vor.",
     "Architect Agnieszka Wisniewsky presented the design.", "de", "en"),
    ("El alcalde Piotr Szymański inauguró la biblioteca.",
     "Le maire Piotr Szymansky a inauguré la bibliothèque.", "es", "fr"),
])
def test_polish_ski_written_sky_is_a_slip(src, tgt, sl, tl):
    found = _n001(src, tgt, sl, tl)
    assert found and found[0].text.endswith("y")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("O treinador Tomasz Lewandowski elogiou a equipe depois do jogo.",
     "Coach Tomasz Lewandowski praised the team after the match.", "pt", "en"),
    # a Russian name: English writes -sky (with v), no Polish spelling in the stem
    ("Le compositeur Igor Stravinski a vécu à Paris.",
     "The composer Igor Stravinsky lived in Paris.", "fr", "en"),
    # German writes Russian names with w and -sky itself
    ("O compositor Piotr Tchaikowski escreveu o bailado em 1876.",
     "Der Komponist Pjotr Tschaikowsky schrieb das Ballett 1876.", "pt", "de"),
])
def test_ski_sky_conventions_are_no_finding(src, tgt, sl, tl):
    assert not [f for f in _n001(src, tgt, sl, tl) if f.text.lower().endswith("sky")]


# --- Hebrew name elements --------------------------------------------------------------
@pytest.mark.parametrize("src,tgt,tl,slip", [
    ("כך אמר שמואל בן-דוד, דובר העירייה.", "said Shmuel Ben-Dvid, the city spokesman.", "en", "Dvid"),
    ("כך אמר שמואל בן-דוד, דובר העירייה.", "a déclaré Shmuel Ben-Dvid, porte-parole de la ville.", "fr", "Dvid"),
    ("לדברי ד\"ר מרים כהן, החוקרת הראשית.", "according to Dr Miriam Cohem, the lead researcher.", "en", "Cohem"),
    ("לדברי אברהם לוי, מנהל בית הספר.", "laut Avrahm Levi, dem Schulleiter.", "de", "Avrahm"),
])
def test_hebrew_name_element_one_letter_off_is_a_slip(src, tgt, tl, slip):
    found = _n001(src, tgt, "he", tl)
    assert [f for f in found if f.text == slip]


@pytest.mark.parametrize("src,tgt,tl", [
    ("כך אמר שמואל בן-דוד, דובר העירייה.", "said Shmuel Ben-David, the city spokesman.", "en"),
    ("לדברי ד\"ר מרים כהן, החוקרת הראשית.", "according to Dr Miriam Kohn, the lead researcher.", "en"),
    ("לדברי אברהם לוי, מנהל בית הספר.", "laut Abraham Levy, dem Schulleiter.", "de"),
    ("כך אמר יוסף כהן, ראש העירייה.", "a déclaré Yossef Cohen, le maire.", "fr"),
])
def test_hebrew_usual_spellings_are_no_finding(src, tgt, tl):
    assert not _n001(src, tgt, "he", tl)


# --- Korean names in katakana ------------------------------------------------------------
@pytest.mark.parametrize("src,tgt,slip", [
    ("최민호 사장은 새 공장 계획을 발표했다.", "チェ・ミンボ社長は新工場の計画を発表した。", "ミンボ"),
    ("박지훈 장관은 회의에 참석했다.", "パク・チプン長官は会議に出席した。", "チプン"),
    ("이수진 교수는 연구 결과를 설명했다.", "イ・スミン教授は研究結果を説明した。", "スミン"),
])
def test_katakana_of_hangul_name_one_kana_off_is_a_slip(src, tgt, slip):
    found = _n001(src, tgt, "ko", "ja")
    assert [f for f in found if f.text == slip]


@pytest.mark.parametrize("src,tgt", [
    ("최민호 사장은 새 공장 계획을 발표했다.", "チェ・ミンホ社長は新工場の計画を発表した。"),
    ("박지훈 장관은 회의에 참석했다.", "パク・チフン長官は会議に出席した。"),
    ("김대중 전 대통령이 방문했다.", "キム・デジュン元大統領が訪問した。"),
    ("김연아 선수가 우승했다.", "キム・ヨナ選手が優勝した。"),
])
def test_katakana_readings_of_hangul_names_are_no_finding(src, tgt):
    assert not _n001(src, tgt, "ko", "ja")


# --- a sentence cut off and run into the next, which names its subject again (S004) --------
def _s004(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "S004"]


@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    ("Mayor Ayşe Demir said the new bridge would open in June. \"We thank everyone for their patience,\" she added.",
     "Belediye Başkanı Ayşe Demir, yeni köprünün haziran ayında Demir, “Herkese sabrı için teşekkür ederiz” diye ekledi.",
     "en", "tr", "ayında"),
    ("Die Ministerin Eva Brandt erklärte, die neue Bahnlinie werde im Herbst eröffnet. „Wir liegen im Zeitplan“, sagte sie.",
     "Bakan Eva Brandt, yeni demiryolu hattının sonbaharda Brandt, “Takvime uygun ilerliyoruz” dedi.",
     "de", "tr", "sonbaharda"),
])
def test_cut_sentence_run_into_the_name_again_is_truncation(src, tgt, sl, tl, word):
    assert [f for f in _s004(src, tgt, sl, tl) if f.text == word]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Mayor Ayşe Demir said the new bridge would open in June. \"We thank everyone for their patience,\" she added.",
     "Belediye Başkanı Ayşe Demir, yeni köprünün haziran ayında açılacağını söyledi. Demir, “Herkese sabrı için teşekkür ederiz” diye ekledi.",
     "en", "tr"),
    # two source sentences joined by a conjunction, the name said again: no cut
    ("Bürgermeisterin Anna Keller sagte, die Sanierung der Brücke sei fast abgeschlossen. Keller dankte allen für ihre Geduld.",
     "Mayor Anna Keller said the renovation of the bridge was nearly complete and Keller thanked everyone for their patience.",
     "de", "en"),
    # a verb-second language puts the subject after its verb: no cut (German)
    ("Consider Norway. Measured by value, Norway exported more gas in 2010 than in any year before.",
     "Nehmen wir Norwegen: Gemessen am Wert exportierte Norway im Jahr 2010 mehr Gas als je zuvor.",
     "en", "de"),
])
def test_complete_or_joined_sentences_are_no_truncation(src, tgt, sl, tl):
    assert not _s004(src, tgt, sl, tl)
