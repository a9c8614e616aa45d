"""Session 64 helper nr: N004 (name-replaced) misses of batches s75/s76, a name replaced
by another name of the same kind.

* In an article, a name word the translation writes the same way at every other
  mention of its source word, missing from one sentence that says that word, with a
  capitalised name word there that renders no word of the whole source: another person
  at that mention (major).  Read back from a caseless script (Hebrew, Persian,
  Devanagari) or, from Latin letters, the word as written (a surname the lexicon holds
  as another language's place adjective too; a short surname after a capitalised
  particle, De Groot); into Chinese, by the transcription the article uses elsewhere.
* A listed given name that the lexicon holds as a monarch's name (Luís ~ Louis) anchors
  a surname swapped beside it, as any given name does.
* Out of Chinese: a Pinyin person's name (common surname, given name) that reads as no
  run of the source, where the source names a person after a post or before a verb of
  saying that the translation does not spell.
* Out of Korean into English: a university or hospital named by a stem and its head
  (한빛대) rendered as another romanised name before University or Hospital.
* Out of Japanese into English: a public university (X県立大学) rendered as "X University",
  the name of the place's national university.

All examples are invented.
"""
from __future__ import annotations

import pytest

import mtcheck


def findings(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str = "N004") -> list:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f for f in mtcheck.compare(t, source=s, semantic=False).findings
            if f.code == code and not f.suppressed]


def major(fs: list) -> list:
    return [f for f in fs if f.severity >= mtcheck.Severity.MAJOR]


# -- a caseless source: the article's rendering of a surname lost at one mention --------------
HE_SRC = ("יו\"ר ועד העובדים, דני שמיר, אמר כי השביתה במפעל תימשך גם בשבוע הבא.\n\n"
          "\"לא נחזור לעבודה עד שנקבל תשובה ברורה מההנהלה,\" אמר שמיר.\n\n"
          "ההנהלה מסרה כי היא מקיימת שיחות עם נציגי העובדים.\n\n"
          "לדברי שמיר, כ־300 עובדים משתתפים בשביתה.\n")
HE_EN = ("The chairman of the workers' committee, Danny Shamir, said the strike at the plant would "
         "continue next week.\n\n"
         "\"We will not go back to work until we get a clear answer from management,\" said {}.\n\n"
         "Management said it was holding talks with the workers' representatives.\n\n"
         "According to Shamir, around 300 workers are taking part in the strike.\n")


def test_caseless_surname_replaced_he_en(tmp_path):
    fs = major(findings(tmp_path, HE_SRC, HE_EN.format("Kaplan"), "he", "en"))
    assert any(f.text == "Kaplan" for f in fs), fs


@pytest.mark.parametrize("said", ["Shamir", "he"])
def test_caseless_surname_kept_or_pronoun_he_en(tmp_path, said):
    assert not major(findings(tmp_path, HE_SRC, HE_EN.format(said), "he", "en"))


# -- a Latin source: a surname the lexicon holds as an adjective of a place ---------------
IT_SRC = ("La direttrice tecnica Giulia Ferrante ha presentato ieri il nuovo impianto di Cremona.\n\n"
          "Secondo Ferrante, la produzione crescerà del 30 per cento entro la fine dell'anno.\n\n"
          "Ferrante ha aggiunto che l'azienda assumerà venti tecnici.\n")
IT_FR = ("La directrice technique Giulia Ferrante a présenté hier la nouvelle usine de Crémone.\n\n"
         "Selon {}, la production augmentera de 30 % d'ici la fin de l'année.\n\n"
         "Ferrante a ajouté que l'entreprise embaucherait vingt techniciens.\n")


@pytest.mark.parametrize("other", ["Tedesco", "Galvani"])  # (Galvani: caught before, a guard)
def test_latin_surname_replaced_it_fr(tmp_path, other):
    fs = major(findings(tmp_path, IT_SRC, IT_FR.format(other), "it", "fr"))
    assert any(f.text == other for f in fs), fs


@pytest.mark.parametrize("said", ["Ferrante", "elle"])
def test_latin_surname_kept_it_fr(tmp_path, said):
    assert not major(findings(tmp_path, IT_SRC, IT_FR.format(said), "it", "fr"))


# -- a short surname after its particle, a frequent common word of the source (groot "big") --
NL_SRC = ("Econoom Marieke de Groot van de Rabobank verwacht dat de prijzen in het voorjaar dalen. "
          "'De markt koelt af. Kopers die nu wachten, betalen straks minder', aldus De Groot.\n\n"
          "De bank publiceert haar volgende prognose in juni.\n")
NL_DE = ("Die Rabobank-Ökonomin Marieke de Groot erwartet, dass die Preise im Frühjahr sinken. "
         "„Der Markt kühlt sich ab. Käufer, die jetzt warten, zahlen später weniger“, so {}.\n\n"
         "Die Bank veröffentlicht ihre nächste Prognose im Juni.\n")


def test_particle_surname_replaced_nl_de(tmp_path):
    fs = major(findings(tmp_path, NL_SRC, NL_DE.format("De Graaf"), "nl", "de"))
    assert any("Graaf" in f.text for f in fs), fs


def test_particle_surname_kept_nl_de(tmp_path):
    assert not major(findings(tmp_path, NL_SRC, NL_DE.format("De Groot"), "nl", "de"))


# -- into Chinese: the article's transcription lost at one mention -------------------------
EN_SRC = ("Ms Pemberton, who runs the town's food bank, said demand had doubled since March.\n\n"
          "\"We are seeing families who have never needed help before,\" Ms Pemberton said.\n\n"
          "The food bank opens three days a week.\n\n"
          "Ms Pemberton said volunteers were also needed.\n")
EN_ZH = ("负责该镇食物银行的彭伯顿女士说，自三月以来需求翻了一番。\n\n"
         "“我们看到一些以前从未需要帮助的家庭，”{}女士说。\n\n"
         "食物银行每周开放三天。\n\n"
         "彭伯顿女士说，他们也需要志愿者。\n")


def test_transcription_replaced_en_zh(tmp_path):
    fs = major(findings(tmp_path, EN_SRC, EN_ZH.format("哈里森"), "en", "zh"))
    assert any(f.text == "哈里森" for f in fs), fs


def test_transcription_kept_en_zh(tmp_path):
    assert not major(findings(tmp_path, EN_SRC, EN_ZH.format("彭伯顿"), "en", "zh"))


# -- a given name the lexicon holds as a monarch's ------------------------------------------
PT_SRC = "O presidente da câmara, Luís Barreto, disse que a obra termina em maio."


def test_given_name_of_lexicon_anchors_swap_pt_en(tmp_path):
    fs = major(findings(tmp_path, PT_SRC, "Mayor Luís Tavares said the work would end in May.", "pt", "en"))
    assert any("Tavares" in f.text for f in fs), fs


@pytest.mark.parametrize("tgt", ["Mayor Luís Barreto said the work would end in May.",
                                 "Mayor Luis Barreto said the work would end in May."])
def test_given_name_of_lexicon_kept_pt_en(tmp_path, tgt):
    assert not major(findings(tmp_path, PT_SRC, tgt, "pt", "en"))


# -- out of Chinese: a Pinyin name for the person after a post ------------------------------
ZH_SRC = "市场监管局局长李华表示，今年已查处违法案件120起。"


def test_pinyin_person_replaced_zh_en(tmp_path):
    pytest.importorskip("pypinyin")
    tgt = "Zhang Wei, director of the market regulation bureau, said 120 illegal cases had been dealt with this year."
    fs = major(findings(tmp_path, ZH_SRC, tgt, "zh", "en"))
    assert any(f.text == "Zhang Wei" for f in fs), fs


@pytest.mark.parametrize("name", ["Li Hua", "The director"])
def test_pinyin_person_kept_zh_en(tmp_path, name):
    pytest.importorskip("pypinyin")
    tgt = f"{name} of the market regulation bureau said 120 illegal cases had been dealt with this year."
    assert not major(findings(tmp_path, ZH_SRC, tgt, "zh", "en"))


# -- out of Korean: another university ----------------------------------------------------
KO_SRC = "한빛대 경영학과 박서준 교수는 \"지역 기업의 투자가 줄고 있다\"고 말했다."


def test_korean_university_replaced_ko_en(tmp_path):
    tgt = "Park Seo-jun, a professor of business at Dasan University, said: \"Investment by local firms is falling.\""
    fs = major(findings(tmp_path, KO_SRC, tgt, "ko", "en"))
    assert any(f.text == "Dasan" for f in fs), fs


def test_korean_university_kept_ko_en(tmp_path):
    tgt = "Park Seo-jun, a professor of business at Hanbit University, said: \"Investment by local firms is falling.\""
    assert not major(findings(tmp_path, KO_SRC, tgt, "ko", "en"))


# -- out of Japanese: a public university named as the national one ---------------------------
JA_SRC = "一方、静岡県立大学の山本健教授は、対策が必要だと指摘する。"


def test_public_university_as_national_ja_en(tmp_path):
    pytest.importorskip("pykakasi")
    tgt = "Meanwhile, Professor Ken Yamamoto of Shizuoka University points out that measures are needed."
    fs = major(findings(tmp_path, JA_SRC, tgt, "ja", "en"))
    assert any(f.text == "Shizuoka University" for f in fs), fs


@pytest.mark.parametrize("uni", ["the University of Shizuoka Prefecture", "Shizuoka Prefectural University"])
def test_public_university_kept_ja_en(tmp_path, uni):
    pytest.importorskip("pykakasi")
    tgt = f"Meanwhile, Professor Ken Yamamoto of {uni} points out that measures are needed."
    assert not major(findings(tmp_path, JA_SRC, tgt, "ja", "en"))


# -- guards: a translated body's word beside a pronoun, a rare word opening a sentence --------
IT_SRC2 = ("Il procuratore Marco Bellini ha aperto un'indagine sulla società.\n\n"
           "Secondo Bellini, i fondi sono stati trasferiti alla procura distrettuale.\n\n"
           "Bellini ha chiesto il sequestro dei beni.\n")


@pytest.mark.parametrize("second", [
    "According to him, the funds were transferred to the District Public Procuratorate.",
    "Subsequently, he said, the funds were transferred to the district prosecutor's office.",
])
def test_no_stand_in_without_a_name(tmp_path, second):
    tgt = ("Prosecutor Marco Bellini has opened an investigation into the company.\n\n"
           f"{second}\n\n"
           "Bellini has asked for the assets to be seized.\n")
    assert not [f for f in major(findings(tmp_path, IT_SRC2, tgt, "it", "en"))
                if "another name in its stead" in f.message]
