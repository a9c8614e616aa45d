"""Session 70 (nm): name slips and swaps (N001, N002, N004) on articles.

* Korean: one name with two Sino-Korean generic words joined to it (a castle and its
  city), or a verb's stem in two forms of 하다, is no name spelled two ways (N002);
* Korean out of Japanese: a Hangul name one onset off at one mention, the other spelling
  reading as a kanji run of the source (N002);
* Arabic letters: a name written alike twice or more and once with a consonant left out
  inside it (N002);
* Latin letters: a name copied with the source's marks, written once with some of its
  marks dropped and others kept (N002);
* Greek: two spellings one vowel apart, each written once, of one source name (N002,
  minor);
* Hebrew: a name word with a, e or i where the source word writes an inner vav (N001);
* between Latin-script languages, a surname that is also a common word of the source
  language replaced beside the kept given name (N004).

Examples invented."""

from __future__ import annotations

import mtcheck
from mtcheck.config import Config
from mtcheck.rules import names as N


def run(tmp_path, src: str, tgt: str, sl: str, tl: str, codes=("N001", "N002", "N004")) -> list:
    s = tmp_path / f"source.{sl}.txt"
    t = tmp_path / f"article.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False,
                          config=Config(select=list(codes)))
    return [f for f in rep.findings if not f.suppressed and f.document == str(t)]


def texts(fs, code=None) -> list[str]:
    return [f.text for f in fs if code is None or f.code == code]


# --- Korean: place generics and verb forms (precision) ---------------------------------

JA_CASTLE = ("岡山城の天守閣は来月から改修工事に入る。\n\n"
             "岡山市の担当者は、工事に二年かかる見込みだと話した。\n\n"
             "市は岡山城の庭園を引き続き公開する方針だ。\n\n"
             "岡山城を訪れる観光客は昨年、八十万人を超えた。\n")
KO_CASTLE = ("오카야마성 천수각은 다음 달부터 보수 공사에 들어간다.\n\n"
             "오카야마시 담당자는 공사에 2년이 걸릴 전망이라고 말했다.\n\n"
             "시는 오카야마성 정원을 계속 공개하며 길을 정비해 나갈 방침이다.\n\n"
             "오카야마성을 찾는 관광객은 지난해 80만 명을 넘었으며, 시는 주차장을 정비하는 계획도 세웠다.\n")


def test_korean_castle_and_city_are_two_places(tmp_path):
    assert texts(run(tmp_path, JA_CASTLE, KO_CASTLE, "ja", "ko"), "N002") == []


def test_korean_generic_and_verb_helpers():
    assert "성" in N._KO_PLACE_GENERICS and "시" in N._KO_PLACE_GENERICS
    assert any("해" in v and "하" in v for v in N._KO_VERB_FORMS)


# --- Korean out of Japanese: one onset off ----------------------------------------------

JA_DOCTOR = ("県立病院の北村医師は、夜間の救急外来が混雑していると話した。\n\n"
             "病院は来年度、当直の医師を二人増やす。\n\n"
             "北村医師によると、患者の三割は軽症だという。\n")
KO_DOCTOR_OK = ("현립병원의 기타무라 의사는 야간 응급실이 붐비고 있다고 말했다.\n\n"
                "병원은 내년도에 당직 의사를 두 명 늘린다.\n\n"
                "기타무라 의사에 따르면 환자의 30%는 경증이라고 한다.\n")
KO_DOCTOR_SLIP = KO_DOCTOR_OK.replace("기타무라 의사에", "기타무나 의사에")


def test_korean_onset_slip_out_of_japanese(tmp_path):
    fs = run(tmp_path, JA_DOCTOR, KO_DOCTOR_SLIP, "ja", "ko")
    assert any(f.code == "N002" and f.text == "기타무나" and f.severity.label == "major" for f in fs)


def test_korean_onset_kept_is_clean(tmp_path):
    assert texts(run(tmp_path, JA_DOCTOR, KO_DOCTOR_OK, "ja", "ko"), "N002") == []


# --- Arabic letters: a consonant left out at one mention --------------------------------

EN_COACH = ("Coach Nigel Pemberton has left the club after six seasons.\n\n"
            "Pemberton said he wanted to spend more time with his family.\n\n"
            "The board thanked Pemberton for two promotions.\n")
UR_COACH_OK = ("کوچ نائجل پیمبرٹن چھ سیزن کے بعد کلب چھوڑ گئے ہیں۔\n\n"
               "پیمبرٹن نے کہا کہ وہ اپنے خاندان کے ساتھ زیادہ وقت گزارنا چاہتے ہیں۔\n\n"
               "بورڈ نے دو ترقیوں پر پیمبرٹن کا شکریہ ادا کیا۔\n")
UR_COACH_SLIP = UR_COACH_OK.replace("پیمبرٹن نے کہا", "پیبرٹن نے کہا")


def test_arabic_script_consonant_dropped(tmp_path):
    fs = run(tmp_path, EN_COACH, UR_COACH_SLIP, "en", "ur")
    assert "پیبرٹن" in texts(fs, "N002")


def test_arabic_script_consistent_is_clean(tmp_path):
    assert texts(run(tmp_path, EN_COACH, UR_COACH_OK, "en", "ur"), "N002") == []


# --- Latin letters: some marks dropped at one mention -----------------------------------

LV_CHOIR = ("Koris Kļaviņš atklās vasaras festivālu Cēsīs.\n\n"
            "Diriģents Kļaviņš stāstīja, ka mēģinājumi sākās jau martā.\n\n"
            "Festivāla rīkotāji cer uz tūkstoš apmeklētājiem.\n")
EN_CHOIR_OK = ("The Kļaviņš choir will open the summer festival in Cēsis.\n\n"
               "Conductor Kļaviņš said rehearsals had begun in March.\n\n"
               "The organisers hope for a thousand visitors.\n")
EN_CHOIR_SLIP = EN_CHOIR_OK.replace("Conductor Kļaviņš", "Conductor Kļavinš")


def test_marks_half_dropped(tmp_path):
    fs = run(tmp_path, LV_CHOIR, EN_CHOIR_SLIP, "lv", "en")
    assert any(f.code == "N002" and f.text == "Kļavinš" for f in fs)


def test_marks_kept_or_all_dropped_is_clean(tmp_path):
    assert "Kļavinš" not in texts(run(tmp_path, LV_CHOIR, EN_CHOIR_OK, "lv", "en"))
    plain = EN_CHOIR_OK.replace("Kļaviņš", "Klavins")
    assert texts(run(tmp_path, LV_CHOIR, plain, "lv", "en"), "N002") == []


# --- Greek: one vowel apart, once each ---------------------------------------------------

EN_FARM = ("Farmer Ruth Langford has planted a vineyard on the old quarry site.\n\n"
           "The first harvest is expected in three years.\n\n"
           "Langford hopes to sell the wine locally.\n")
EL_FARM_OK = ("Η αγρότισσα Ρουθ Λάνγκφορντ φύτεψε αμπελώνα στο παλιό λατομείο.\n\n"
              "Ο πρώτος τρύγος αναμένεται σε τρία χρόνια.\n\n"
              "Η Λάνγκφορντ ελπίζει να πουλήσει το κρασί τοπικά.\n")
EL_FARM_SLIP = EL_FARM_OK.replace("Η Λάνγκφορντ", "Η Λάνγκφαρντ")


def test_greek_vowel_slip(tmp_path):
    fs = run(tmp_path, EN_FARM, EL_FARM_SLIP, "en", "el")
    assert "Λάνγκφαρντ" in texts(fs, "N002")


def test_greek_consistent_is_clean(tmp_path):
    assert texts(run(tmp_path, EN_FARM, EL_FARM_OK, "en", "el"), "N002") == []


# --- Hebrew: a vowel where the source writes vav ----------------------------------------

def test_hebrew_vav_vowel():
    assert N._hebrew_vav_slip("tzadak", "צדוק") == "Tzadok"
    assert N._hebrew_vav_slip("naham", "נחום") == "Nahom"
    assert N._hebrew_vav_slip("nahum", "נחום") is None
    assert N._hebrew_vav_slip("david", "דוד") is None  # (vav as v)


HE_MUSEUM = ("מנהל המוזיאון יעקב צדוק אמר כי התערוכה תיפתח בחודש הבא.\n\n"
             "התערוכה תציג כלי חרס מהתקופה הרומית.\n\n"
             "הכניסה תהיה חופשית בשבוע הראשון.\n")
EN_MUSEUM_OK = ("Museum director Yaakov Tzadok said the exhibition would open next month.\n\n"
                "The exhibition will show pottery from the Roman period.\n\n"
                "Entry will cost nothing during the opening days.\n")


def test_hebrew_vav_in_article(tmp_path):
    slip = EN_MUSEUM_OK.replace("Tzadok", "Tzadak")
    assert "Tzadak" in texts(run(tmp_path, HE_MUSEUM, slip, "he", "en"), "N001")
    assert texts(run(tmp_path, HE_MUSEUM, EN_MUSEUM_OK, "he", "en"), "N001") == []


# --- Latin: a surname that is a common word, replaced ----------------------------------

SL_BAKERY = ("Pekarna v središču mesta bo po prenovi spet odprta.\n\n"
             "Lastnik Tine Golob je povedal, da bodo peki začeli delati ob štirih zjutraj.\n\n"
             "Prenova je stala 80.000 evrov.\n")
EN_BAKERY_OK = ("The bakery in the town centre will reopen after renovation.\n\n"
                "Owner Tine Golob said the bakers would start work at four in the morning.\n\n"
                "The renovation cost 80,000 euros.\n")
EN_BAKERY_SWAP = EN_BAKERY_OK.replace("Tine Golob", "Tine Vrhovnik")


def test_common_word_surname_swapped(tmp_path):
    fs = run(tmp_path, SL_BAKERY, EN_BAKERY_SWAP, "sl", "en")
    assert any(f.code == "N004" and "Vrhovnik" in f.text for f in fs)


def test_common_word_surname_kept_is_clean(tmp_path):
    assert texts(run(tmp_path, SL_BAKERY, EN_BAKERY_OK, "sl", "en"), "N004") == []


def test_respelt_surname_is_no_swap():
    # a Latin-script respelling of the lost word (French Eltsine ~ English Yeltsin)
    fs = [f for f in mtcheck.check_pair("Boris Eltsine a quitté le pouvoir en décembre.",
                                        "Boris Yeltsin left office in December.", "fr", "en")
          if f.code == "N004" and not f.suppressed]
    assert fs == []


def test_lexicon_given_helper():
    assert N._lexicon_given("Paris", "de")
    assert not N._lexicon_given("Rajani", "de")


# --- Finnish: a case form's nominative in the strong grade (precision) -----------------

def test_finnish_graded_nominative_helper():
    assert N._fi_graded_nominative("koivukatu", "koivukadulla")
    assert N._fi_graded_nominative("ranta", "rannalla")
    assert not N._fi_graded_nominative("koivukata", "koivukadulla")


FI_STREET = ("Kaupunki kunnostaa kadun ensi kesänä.\n\n"
             "Työt alkavat kesäkuussa, ja liikenne ohjataan Vellamonkadulla yhdelle kaistalle.\n\n"
             "Kunnostus maksaa 1,4 miljoonaa euroa.\n")
EN_STREET = ("The city will renovate the street next summer.\n\n"
             "Work begins in June, and traffic on Vellamonkatu will be reduced to one lane.\n\n"
             "The renovation will cost 1.4 million euros.\n")


def test_finnish_street_nominative_is_no_slip(tmp_path):
    assert texts(run(tmp_path, FI_STREET, EN_STREET, "fi", "en", ("N001",))) == []
