"""Session 62 (helper nm): name misspellings of batches 36 and 37 (s71, s72), by class.

1. N001, a surname after a given name both keep (``_kept_given_surname_slips``): a final s
   more or less is a slip where the side that has it writes no genitive or plural -s on
   names (Catalan, French, Spanish, Italian …; before, any such s was excused as a German
   or Nordic genitive).
2. N001, the same search: a consonant (no glide, no doubled letter) left out inside a
   surname common in every language's texts, which no language claims as its own
   (_home_spelling), where the short form is no commoner in the target language.
3. N001, the same search out of a language that declines names: the surname after a
   given name in the same form, one consonant changed for another (no case ending does
   that), the name at home in the source's language; c written k out of a language
   that reads c as ts is no transliteration convention.  In a German translation the
   search reads every capitalised word, as a rare surname may be taken for a noun.
4. N001 out of Korean: a surname's conventional spelling (Park, Lee) opens the name, and
   a ㅓ or ㅕ written o, yo (McCune-Reischauer) beside one written u, yu (Sun, Hyun) is a
   mix, minor, as the Revised/McCune-Reischauer mix was.
5. N001 into Japanese: a name written word by word in katakana, one word with the kana
   of an l, or of an r before a vowel, left out (ウィキンソン for Wilkinson), major.
"""
from __future__ import annotations

import mtcheck


def codes(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str = "N001") -> list[tuple[str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.severity.name.lower(), f.message) for f in mtcheck.compare(t, source=s, semantic=False).findings
            if f.code == code and not f.suppressed]


def majors(got):
    return [m for sev, m in got if sev in ("major", "critical")]


# 1. a final s dropped or added, no genitive -s on either side
def test_final_s_dropped_ca_es(tmp_path):
    src = "La regidora de cultura, Núria Vilabertrans, va presentar el programa de la festa major."
    bad = "La concejala de cultura, Núria Vilabertran, presentó el programa de la fiesta mayor."
    good = "La concejala de cultura, Núria Vilabertrans, presentó el programa de la fiesta mayor."
    got = codes(tmp_path, src, bad, "ca", "es")
    assert any("Vilabertran" in m for m in majors(got)), got
    assert not codes(tmp_path, src, good, "ca", "es")


def test_final_s_dropped_es_fr(tmp_path):
    src = "El alcalde, Sergio Montalbós, anunció la reforma de la plaza mayor del pueblo."
    bad = "Le maire, Sergio Montalbó, a annoncé la rénovation de la grand-place du village."
    got = codes(tmp_path, src, bad, "es", "fr")
    assert any("Montalbó" in m for m in majors(got)), got


def test_genitive_s_stays_silent(tmp_path):
    # Swedish writes the genitive with a bare -s: the French translation's name without it is right
    src = "Enligt Anders Lindqvists förslag ska skolan byggas om under nästa år."
    tgt = "Selon la proposition d'Anders Lindqvist, l'école sera rénovée l'année prochaine."
    assert not majors(codes(tmp_path, src, tgt, "sv", "fr"))


# 2. a consonant left out of a surname no language claims
def test_consonant_dropped_common_surname_en_de(tmp_path):
    src = "Club secretary Nigel Thatcher said the new pitch would open in spring."
    bad = "Vereinssekretär Nigel Thacher sagte, der neue Platz werde im Frühjahr eröffnet."
    good = "Vereinssekretär Nigel Thatcher sagte, der neue Platz werde im Frühjahr eröffnet."
    got = codes(tmp_path, src, bad, "en", "de")
    assert any("Thacher" in m for m in majors(got)), got
    assert not codes(tmp_path, src, good, "en", "de")


def test_consonant_dropped_common_surname_en_fr(tmp_path):
    src = "The festival's director, Laura Armstrong, said ticket sales had doubled."
    bad = "La directrice du festival, Laura Amstrong, a indiqué que les ventes de billets avaient doublé."
    got = codes(tmp_path, src, bad, "en", "fr")
    assert any("Amstrong" in m for m in majors(got)), got


def test_glide_or_vowel_of_a_transliteration_stays_silent(tmp_path):
    src = "Colonel Muammar Ghaddafi ruled Libya for 42 years."
    tgt = "Oberst Muammar Gaddafi regierte Libyen 42 Jahre lang."
    assert not majors(codes(tmp_path, src, tgt, "en", "de"))


# 3. out of a language that declines names: one consonant changed for another
def test_declining_source_consonant_changed_hr_de(tmp_path):
    src = "Ravnatelj škole Ivan Kovač rekao je da će radovi trajati do jeseni."
    bad = "Schulleiter Ivan Kovak sagte, die Arbeiten würden bis zum Herbst dauern."
    good = "Schulleiter Ivan Kovač sagte, die Arbeiten würden bis zum Herbst dauern."
    got = codes(tmp_path, src, bad, "hr", "de")
    assert any("Kovak" in m for m in majors(got)), got
    assert not codes(tmp_path, src, good, "hr", "de")


def test_declining_source_consonant_changed_cs_en(tmp_path):
    src = "Starosta obce Pavel Kratochvíl uvedl, že most bude opraven do podzimu."
    bad = "Mayor Pavel Kratochvíp said the bridge would be repaired by autumn."
    got = codes(tmp_path, src, bad, "cs", "en")
    assert any("Kratochvíp" in m for m in majors(got)), got


def test_finnish_genitive_nen_stays_silent(tmp_path):
    # the source's genitive -sen of a -nen name: the translation's nominative is right
    src = "Antti Kaikkosen mukaan hanke valmistuu ensi vuonna."
    tgt = "According to Antti Kaikkonen, the project will be finished next year."
    assert not majors(codes(tmp_path, src, tgt, "fi", "en"))


# 4. Korean given names
def test_korean_popular_u_beside_mr_o(tmp_path):
    src = "김현영 시 환경국장은 \"내년까지 공원 세 곳을 새로 만들겠다\"고 말했다."
    bad = "\"We will build three new parks by next year,\" said Kim Hyun-yong, the city's environment director."
    good = "\"We will build three new parks by next year,\" said Kim Hyun-young, the city's environment director."
    got = codes(tmp_path, src, bad, "ko", "en")
    assert any("Hyun-yong" in m for _s, m in got), got
    assert not codes(tmp_path, src, good, "ko", "en")


def test_korean_conventional_surname_opens_the_name(tmp_path):
    src = "이성현 교장은 \"학생들이 새 도서관을 좋아한다\"고 말했다."
    bad = "Le directeur Lee Seong-hyon a déclaré que les élèves aimaient la nouvelle bibliothèque."
    good = "Le directeur Lee Seong-hyeon a déclaré que les élèves aimaient la nouvelle bibliothèque."
    got = codes(tmp_path, src, bad, "ko", "fr")
    assert any("Seong-hyon" in m for _s, m in got), got
    assert not codes(tmp_path, src, good, "ko", "fr")


def test_korean_yong_of_yong_stays_silent(tmp_path):
    # 용 is yong in every system: no mix
    src = "박선용 팀장은 \"공사가 예정대로 진행되고 있다\"고 말했다."
    tgt = "\"Construction is on schedule,\" said team leader Park Sun-yong."
    assert not codes(tmp_path, src, tgt, "ko", "en")


# 5. katakana: the kana of an l or r left out
def test_katakana_l_dropped_en_ja(tmp_path):
    src = "The museum's curator, Laura Wilkinson, said the exhibition would open in May."
    bad = "博物館の学芸員ローラ・ウィキンソン氏は、展覧会は5月に開幕すると述べた。"
    good = "博物館の学芸員ローラ・ウィルキンソン氏は、展覧会は5月に開幕すると述べた。"
    got = codes(tmp_path, src, bad, "en", "ja")
    assert any("ウィキンソン" in m for m in majors(got)), got
    assert not codes(tmp_path, src, good, "en", "ja")


def test_katakana_l_dropped_es_ja(tmp_path):
    src = "La entrenadora, Marta Salvador, dijo que el equipo estaba bien preparado."
    bad = "監督のマルタ・サバドール氏は、チームは十分に準備ができていると述べた。"
    good = "監督のマルタ・サルバドール氏は、チームは十分に準備ができていると述べた。"
    got = codes(tmp_path, src, bad, "es", "ja")
    assert any("サバドール" in m for m in majors(got)), got
    assert not codes(tmp_path, src, good, "es", "ja")


def test_katakana_unsaid_l_stays_silent(tmp_path):
    src = "Team manager Tom Walker and coach Guillaume Martin thanked the fans."
    tgt = "チームマネジャーのトム・ウォーカー氏とコーチのギヨーム・マルタン氏はファンに感謝した。"
    assert not codes(tmp_path, src, tgt, "en", "ja")


# 5. (session 62 merge) into German every capitalised word is read as a name: a common word
# of the source's language on both sides (a British / American spelling in a company name)
# is no surname slip, but a rare surname written as a common word still is
def test_rare_surname_written_as_a_common_word_en_de(tmp_path):
    src = "Magistrate Joanna Forde fined the landlord for the damp flats on Mill Lane."
    bad = "Richterin Joanna Ford verhängte gegen den Vermieter eine Geldstrafe wegen der feuchten Wohnungen."
    got = codes(tmp_path, src, bad, "en", "de")
    assert any("Ford" in m for m in majors(got)), got


def test_common_word_spelled_the_other_way_stays_silent_en_de(tmp_path):
    src = "The cinema chain Regal Theatres will reopen its screens in the old town next month."
    tgt = "Die Kinokette Regal Theaters öffnet im nächsten Monat ihre Säle in der Altstadt wieder."
    assert not majors(codes(tmp_path, src, tgt, "en", "de"))
