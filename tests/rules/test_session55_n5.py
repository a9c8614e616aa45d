"""Session 55 (n5): names (N001, N003, N004, N005) on legal forms, translated generic
words, people's names, weekdays, and misspellings hidden by an inflected source form.

* a source name that is nothing but a company's legal form (… die Postauto AG, the noun
  before it no name) rendered by a name ending in another legal form (AutoPostale SA,
  CarPostal SA): one designation for another, no swap (N004, data/names/legal_forms.txt);
* a Turkish common word with its case ending after an apostrophe (Belediye Salonu'na)
  put for a common English or German word of a name (Hall): the generic word translated
  (N004);
* "Pacific" inside a Swedish or Norwegian compound (stillahavstorsk, stillehavssild):
  the ocean's Nordic forms in the exonym lexicon (N003);
* a people's name whose stem the source writes in Hebrew or Arabic letters (the
  Nabataeans ~ הנבטים, الأنباط), and a Vietnamese weekday or month (thứ Ba, tháng Mười):
  no name added (N005);
* a name written with a doubled consonant once (Kitti ~ "Kiti"), where the source's
  genitive (Kitin, Finnish consonant gradation) looked like the stem of the slip (N001);
* a place romanised from Korean one letter off its Revised Romanization and no spelling
  in use (영동 ~ "Yeondong"): N001 minor;
* in a document, a two-word source name "said in a neighbouring sentence" only by its
  first word, inside another name (barrio San Blas ~ calle San Martín nearby): no
  alignment slack, the swap in its own sentence is reported (N004).
"""
from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, prefix="N"):
    return [(f.code, f.severity.name) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


def found(article, src, tgt, sl, tl, prefix="N00"):
    return [(f.code, f.severity.name) for f in article(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


# -- a legal form for a legal form ------------------------------------------------------

def test_legal_form_for_legal_form_de_it():
    assert codes("Den Bus übernimmt künftig die Postauto AG auf einer anderen Linie.",
                 "In futuro l'autobus sarà gestito da AutoPostale SA su un'altra linea.",
                 "de", "it") == []


def test_legal_form_for_legal_form_de_fr():
    assert codes("Das Fahrzeug will die Postauto AG im Kanton einsetzen.",
                 "CarPostal SA veut utiliser le véhicule dans le canton.", "de", "fr") == []


def test_company_swapped_beside_legal_form_still_caught():
    # the company's own name is there and another put in its place: a swap
    assert ("N004", "CRITICAL") in codes(
        "US-Präsident Donald Trump lobte die Siemens AG für ihre Investitionen.",
        "Il presidente americano Erwin Huber ha lodato Siemens SA per i suoi investimenti.",
        "de", "it")


# -- a Turkish generic word with its ending after an apostrophe --------------------------

def test_turkish_generic_word_en_tr():
    assert codes("On Friday hundreds of residents streamed into the Kelby Community Hall.",
                 "Cuma günü yüzlerce sakin Kelby Toplum Salonu'na akın etti.", "en", "tr") == []


def test_turkish_generic_word_de_tr():
    assert codes("Am Dienstag zogen mehr als 200 Menschen in die Ellison Hall.",
                 "Salı günü 200'den fazla kişi Ellison Salonu'na akın etti.", "de", "tr") == []


def test_turkish_generic_word_other_name_still_caught():
    assert [c for c, _ in codes("Dozens of families gathered at the Ellison Hall on Monday.",
                                "Pazartesi günü düzinelerce aile Morrison Salonu'na toplandı.",
                                "en", "tr")] == ["N004"]


# -- an ocean inside a Nordic compound ----------------------------------------------------

def test_pacific_in_swedish_compound():
    assert codes("The boats returned with Pacific halibut and rockfish.",
                 "Båtarna återvände med stillahavshälleflundra och kungsfisk.", "en", "sv") == []


def test_pacific_in_norwegian_compound():
    assert codes("The boats returned with Pacific halibut and rockfish.",
                 "Båtene kom tilbake med stillehavskveite og uer.", "en", "nb") == []


def test_pacific_dropped_still_missing():
    assert [c for c, _ in codes("Fishermen caught mostly Pacific herring this spring.",
                                "Fiskarna fångade mest sill i våras.", "en", "sv")] == ["N003"]


# -- a people's name transcribed by the source; a Vietnamese weekday ----------------------

def test_people_name_from_hebrew():
    assert codes("\"הנבטים עסקו בחקלאות במדבר כבר לפני אלפיים שנה\", אמר החוקר.",
                 "\"The Nabataeans were farming in the desert 2,000 years ago,\" the researcher said.",
                 "he", "en") == []


def test_people_name_from_arabic():
    assert codes("قال الباحث إن الأنباط زرعوا الصحراء قبل ألفي عام.",
                 "The researcher said the Nabataeans farmed the desert 2,000 years ago.",
                 "ar", "en") == []


def test_vietnamese_weekday_is_no_name():
    assert codes("The new clinic opened on Tuesday with twelve doctors.",
                 "Phòng khám mới đã khai trương vào thứ Ba với mười hai bác sĩ.", "en", "vi") == []
    assert codes("The market reopened on Saturday after the storm.",
                 "Chợ đã mở cửa trở lại vào thứ Bảy sau cơn bão.", "en", "vi") == []


def test_vietnamese_name_added_still_caught():
    assert codes("The market reopened on Saturday after the storm.",
                 "Chợ Bến Thành đã mở cửa trở lại vào thứ Bảy sau cơn bão.", "en", "vi") \
        == [("N005", "MINOR")]


# -- a doubled consonant written once, the source's genitive single ----------------------

FI_SRC = ["Kuljettaja ei näe sitä ennen kuin on liian myöhäistä, sanoo poroisäntä Jouni Kitti.",
          "Kitin mukaan kolarit ovat kalliita."]


def test_gradation_genitive_hides_no_slip_fi_en(article):
    tgt = ["The driver doesn't see it until it's too late, says Jouni Kiti, head of the cooperative.",
           "According to Kitti, the collisions are expensive."]
    assert ("N001", "MAJOR") in found(article, FI_SRC, tgt, "fi", "en")


def test_gradation_genitive_hides_no_slip_fi_de(article):
    tgt = ["Der Fahrer sieht es erst, wenn es zu spät ist, sagt Jouni Kiti, der Vorsteher der Genossenschaft.",
           "Laut Kitti sind die Unfälle teuer."]
    assert "N001" in [c for c, _ in found(article, FI_SRC, tgt, "fi", "de")]


def test_gradation_genitive_correct_translation_clean(article):
    tgt = ["The driver doesn't see it until it's too late, says Jouni Kitti, head of the cooperative.",
           "According to Kitti, the collisions are expensive."]
    assert found(article, FI_SRC, tgt, "fi", "en") == []


# -- a Korean place romanised one letter off ----------------------------------------------

KO_SRC = "특히 영동 지역에서는 강한 바람이 불면서 불이 빠르게 번졌다."


def test_korean_place_slip_ko_de():
    assert ("N001", "MINOR") in codes(
        KO_SRC, "Vor allem in der Region Yeondong breitete sich das Feuer wegen der starken Winde rasch aus.",
        "ko", "de")


def test_korean_place_slip_ko_en():
    assert ("N001", "MINOR") in codes(
        "경찰은 지난주 춘천시 외곽에서 남성을 체포했다.",
        "Police arrested a man on the outskirts of Chuncheo last week.", "ko", "en")


def test_korean_place_spellings_in_use_clean():
    assert codes(KO_SRC, "Vor allem in der Region Yeongdong breitete sich das Feuer wegen der "
                         "starken Winde rasch aus.", "ko", "de") == []
    assert codes(KO_SRC, "The fire spread quickly in the Yongdong region because of the strong winds.",
                 "ko", "en") == []
    assert codes("경찰은 지난주 춘천시 외곽에서 남성을 체포했다.",
                 "Police arrested a man on the outskirts of Chunchon last week.", "ko", "en") == []


# -- a two-word name "near" by its first word alone, in another name ----------------------

def test_two_word_place_swapped_beside_namesake_es_en(article):
    src = ("Los vecinos de la calle San Martín protestan por las obras. \"No podemos aparcar\", "
           "dijo Ana López, dueña de un bar en el barrio San Blas.")
    tgt = ("Residents of Calle San Martín are protesting about the works. \"We cannot park,\" "
           "said Ana López, who owns a bar in the Chamberí district.")
    assert ("N004", "CRITICAL") in found(article, src, tgt, "es", "en")


def test_two_word_place_swapped_beside_namesake_it_en(article):
    src = ("I negozianti di via Santa Croce protestano contro i lavori. \"Le vendite sono calate\", "
           "ha detto Marco Bruni, titolare di un bar nel quartiere Santa Maria.")
    tgt = ("Shopkeepers on Via Santa Croce are protesting against the works. \"Sales have fallen,\" "
           "said Marco Bruni, who runs a bar in the Testaccio district.")
    assert ("N004", "CRITICAL") in found(article, src, tgt, "it", "en")


def test_two_word_place_kept_beside_namesake_clean(article):
    src = ("Os comerciantes da Avenida Santos Dumont reclamam das obras. \"As vendas caíram\", "
           "disse João Silva, dono de uma loja no bairro Santo Amaro.")
    tgt = ("Shopkeepers on Avenida Santos Dumont complain about the works. \"Sales have fallen,\" "
           "said João Silva, who owns a shop in the Santo Amaro neighbourhood.")
    assert found(article, src, tgt, "pt", "en") == []
