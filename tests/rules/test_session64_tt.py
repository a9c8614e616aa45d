"""Session 64 (helper tt): T003 term-inconsistency misses and false alarms of batches 40-41.

* a Korean compound noun on the usual rendering's head of three syllables or more with
  another modifier (자동제세동기 / 심장제세동기) is the term's odd rendering, wherever the
  sentence puts it;
* a target word found in every sentence of a term that renders another source word found
  in all of them but one (swift boxes → refugios para vencejos; boxes alone → … para
  vencejos, spelled out by the translation) proves no consistent rendering, nor does
  the neighbour's absence make the odd sentence another term;
* an Arabic usual word behind a clitic (بلوحة) counts beside the shared neighbour in the
  variant path;
* a Japanese whole run of characters (between kana) that keeps the usual run's opening
  with another head (高圧蒸気タービン / 高圧蒸気発電機) is major, one that keeps its ending
  with another modifier minor;
* a source adposition (Hungarian szerint, "according to") is no term.
"""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(t, source=s, source_lang=sl, target_lang=tl, semantic=False)
    return [(f.message, f.severity.name) for f in rep.findings if f.code == "T003" and not f.suppressed]


# -- Korean: a compound on the usual head with another modifier --------------------------
EN_KO = ("The city has installed defibrillators in all subway stations.\n\n"
         "Defibrillators can restore a stopped heartbeat.\n\n"
         "Officials said the defibrillators had already saved two lives.\n\n"
         "Staff are being trained to use defibrillators this month.\n")
KO = ("시는 모든 지하철역에 자동제세동기를 설치했다.\n\n"
      "자동제세동기는 멈춘 심박을 되살릴 수 있다.\n\n"
      "관계자들은 자동제세동기가 이미 두 명의 생명을 구했다고 말했다.\n\n"
      "직원들은 이번 달 {} 사용법 교육을 받고 있다.\n")


def test_korean_compound_with_swapped_modifier(tmp_path):
    got = t003(tmp_path, EN_KO, KO.format("심장제세동기"), "en", "ko")
    assert any("심장제세동기" in m and "자동제세동기" in m for m, _ in got), got


def test_korean_compound_guards(tmp_path):
    assert t003(tmp_path, EN_KO, KO.format("자동제세동기"), "en", "ko") == []
    # the head alone (제세동기) is no swapped modifier
    assert t003(tmp_path, EN_KO, KO.format("제세동기"), "en", "ko") == []


# -- a neighbour's rendering spelled out in the odd sentence -----------------------------
EN_ES = ("Volunteers have put up 200 swift boxes in the park.\n\n"
         "Swifts are returning to the park after years of decline.\n\n"
         "Each of the swift boxes is checked twice a year.\n\n"
         "The survey counted more swifts than ever before.\n\n"
         "The swift boxes are made of untreated wood.\n\n"
         "One resident now counts 12 boxes along her street.\n")
ES = ("Los voluntarios han colocado 200 refugios para vencejos en el parque.\n\n"
      "Los vencejos vuelven al parque tras años de declive.\n\n"
      "Cada uno de los refugios para vencejos se revisa dos veces al año.\n\n"
      "El recuento registró más vencejos que nunca.\n\n"
      "Los refugios para vencejos son de madera sin tratar.\n\n"
      "Una vecina cuenta ya 12 {} para vencejos a lo largo de su calle.\n")


def test_neighbour_spelled_out_in_odd_sentence(tmp_path):
    got = t003(tmp_path, EN_ES, ES.format("nidales"), "en", "es")
    assert any("nidales" in m and "refugios" in m for m, _ in got), got


def test_neighbour_spelled_out_guard(tmp_path):
    assert t003(tmp_path, EN_ES, ES.format("refugios"), "en", "es") == []


# -- Arabic: the usual word behind a clitic beside the shared neighbour -------------------
EN_AR = ("The switchboard was installed in 1985 and has failed twice this year.\n\n"
         "The hospital's technicians inspected it in March.\n\n"
         "Engineers replaced the old switchboard with a digital one last week.\n\n"
         "The director said the new switchboard would serve the hospital for decades.\n")
AR = ("رُكّبت لوحة التحكم عام 1985 وتعطلت مرتين هذا العام.\n\n"
      "وقد فحصها فنيو المستشفى في مارس.\n\n"
      "واستبدل المهندسون الأسبوع الماضي بلوحة التحكم القديمة لوحةً رقمية.\n\n"
      "وقال المدير إن {} ستخدم المستشفى لعقود.\n")


def test_arabic_clitic_form_of_usual_word(tmp_path):
    got = t003(tmp_path, EN_AR, AR.format("جهاز التحكم الجديد"), "en", "ar")
    assert any("جهاز" in m for m, _ in got), got


def test_arabic_clitic_form_guard(tmp_path):
    assert t003(tmp_path, EN_AR, AR.format("لوحة التحكم الجديدة"), "en", "ar") == []


# -- Japanese: a whole run with its head or its modifier swapped ----------------------------
EN_JA = ("The plant ordered a high-pressure steam turbine from Germany.\n\n"
         "The high-pressure steam turbine weighs 80 tonnes.\n\n"
         "Engineers say the high-pressure steam turbine will run for 30 years.\n\n"
         "A spare high-pressure steam turbine costs about 4 million euros.\n\n"
         "The plant will open in 2027.\n")
JA = ("発電所はドイツから高圧蒸気タービンを発注した。\n\n"
      "高圧蒸気タービンの重さは80トンだ。\n\n"
      "技術者によると、高圧蒸気タービンは30年間稼働する。\n\n"
      "予備の{}は約400万ユーロかかる。\n\n"
      "発電所は2027年に開業する。\n")


def test_japanese_run_head_swapped_is_major(tmp_path):
    got = t003(tmp_path, EN_JA, JA.format("高圧蒸気発電機"), "en", "ja")
    assert any("高圧蒸気発電機" in m and "高圧蒸気タービン" in m and s.lower() == "major" for m, s in got), got


def test_japanese_run_modifier_swapped(tmp_path):
    got = t003(tmp_path, EN_JA, JA.format("超臨界式タービン"), "en", "ja")
    assert any("超臨界式タービン" in m for m, _ in got), got


def test_japanese_run_guards(tmp_path):
    assert t003(tmp_path, EN_JA, JA.format("高圧蒸気タービン"), "en", "ja") == []
    # a katakana word cut in two is no shared head or modifier (タービン / タービン翼 no cut
    # between katakana): the usual run whole inside a longer one is the term rendered alike
    assert t003(tmp_path, EN_JA, JA.format("高圧蒸気タービン本体"), "en", "ja") == []


# -- a source adposition is no term ---------------------------------------------------------
HU = ("A rendezők becslése szerint húszezren jártak a vásáron.\n\n"
      "A rendőrség szerint a tűz éjjel keletkezett a raktárban.\n\n"
      "A gazdák szerint aki a sajtot a hűtőben tartja, az elrontja az ízét.\n\n"
      "A polgármester szerint a kár jelentős.\n\n"
      "A rendezők szerint nő a külföldi vendégek száma.\n")
DE = ("Nach Schätzung der Organisatoren kamen zwanzigtausend Besucher auf den Markt.\n\n"
      "Nach Angaben der Polizei brach das Feuer in der Nacht im Lager aus.\n\n"
      "Wer den Käse im Kühlschrank lagert, verdirbt nach Ansicht der Bauern seinen Geschmack.\n\n"
      "Nach Angaben des Bürgermeisters ist der Schaden erheblich.\n\n"
      "Nach Angaben der Organisatoren steigt die Zahl der ausländischen Besucher.\n")


def test_source_adposition_is_no_term(tmp_path):
    # (szerint, "according to", rendered nach Angaben / nach Ansicht: no word here renders it)
    assert not any("szerint" in m for m, _ in t003(tmp_path, HU, DE, "hu", "de"))


# -- stems: Estonian -ne / -se-, Finnish -nen / -se-, a Nordic noun in -e with its article ----
def test_stem_swaps_group_case_forms():
    from mtcheck.rules.terminology import _stem_map
    et = _stem_map(["inimene", "inimese", "inimesed", "linnas"], "et")
    assert et.get("inimene") and et.get("inimene") == et.get("inimese") == et.get("inimesed"), et
    fi = _stem_map(["ihminen", "ihmisen", "ihmiset"], "fi")
    assert fi.get("ihminen") and fi.get("ihminen") == fi.get("ihmisen"), fi
    da = _stem_map(["hylde", "hylden", "hylder"], "da")
    assert da.get("hylde") and da.get("hylde") == da.get("hylden"), da
    # a stem of three letters left by the article is too short to trust (have / haven)
    assert "haven" not in _stem_map(["have", "haven"], "da")
