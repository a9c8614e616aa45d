"""Session 51 (s50 batch), group t1: numbers, units and page furniture.

D002: a unit symbol set as one CJK compatibility character (㎏, ㎡, ㎞) is read as its
unit; square metres and square feet written in more languages (Polish, Czech, Slovak,
Ukrainian, Dutch, Swedish, Korean, Japanese ...).  D001: Polish collective numerals in
every case (piętnaściorga), Russian and Ukrainian collectives (восьмеро, п'ятнадцятеро).
S006: a rare plural of a listed singular in Spanish, Portuguese, Catalan and French
(sosos, dongs) is a real word.  F003: "the article continues below the advertisement"
markers in more languages."""
import mtcheck


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev]


# D002: CJK compatibility unit symbols
def test_ko_squared_kg_changed_to_pounds_fr():
    assert _codes("시장에서 사과 10㎏ 한 상자가 팔렸다.",
                  "Au marché, une caisse de 10 livres de pommes a été vendue.", "ko", "fr", "D002")


def test_ja_squared_m2_changed_to_sqft_en():
    assert _codes("新しい倉庫の面積は850㎡だ。",
                  "The new warehouse covers 850 square feet.", "ja", "en", "D002")


def test_ko_squared_kg_kept_de():
    assert not _codes("시장에서 사과 10㎏ 한 상자가 팔렸다.",
                      "Auf dem Markt wurde eine Kiste mit 10 Kilogramm Äpfeln verkauft.", "ko", "de", "D002")


def test_ko_squared_km_converted_en():
    assert not _codes("두 마을은 16㎞ 떨어져 있다.",
                      "The two villages are 10 miles apart.", "ko", "en", "D002")


# D002: square metres and square feet in more languages
def test_uk_square_metres_to_square_feet_pl():
    assert _codes("Площа складу становить 850 квадратних метрів.",
                  "Powierzchnia magazynu wynosi 850 stóp kwadratowych.", "uk", "pl", "D002")


def test_en_square_metres_to_square_feet_cs():
    assert _codes("The hall has an area of 420 square metres.",
                  "Sál má rozlohu 420 čtverečních stop.", "en", "cs", "D002")


def test_de_square_metres_to_square_feet_nl():
    assert _codes("Die Wohnung hat 75 Quadratmeter.",
                  "Het appartement is 75 vierkante voet groot.", "de", "nl", "D002")


def test_en_square_metres_kept_sk_sv():
    assert not _codes("The hall has an area of 420 square metres.",
                      "Sála má rozlohu 420 štvorcových metrov.", "en", "sk", "D002")
    assert not _codes("The hall has an area of 420 square metres.",
                      "Salen har en yta på 420 kvadratmeter.", "en", "sv", "D002")


# D001: collective numerals
def test_pl_collective_fifteen_genitive_uk():
    assert not _codes("У кожній групі не більше дванадцяти учнів.",
                      "W każdej grupie jest nie więcej niż dwanaściorga uczniów.", "uk", "pl", "D001")


def test_pl_collective_changed_still_caught_en():
    assert _codes("Each class has at most eleven children.",
                  "W każdej klasie jest najwyżej siedemnaściorga dzieci.", "en", "pl", "D001", 2)


def test_uk_collective_teens_en():
    assert not _codes("На екскурсію поїхали шістнадцятеро школярів.",
                      "Sixteen pupils went on the trip.", "uk", "en", "D001")


def test_ru_collective_nine_de():
    assert not _codes("В семье девятеро детей.",
                      "In der Familie gibt es neun Kinder.", "ru", "de", "D001")


# S006: a rare plural of a listed singular, or of a currency, is a real word
def test_es_plural_adjective_not_slip():
    assert not _codes("The dishes were bland and the soups cold.",
                      "Los platos eran sosos y las sopas frías.", "en", "es", "S006")


def test_fr_currency_plural_not_slip():
    assert not _codes("Một bát phở giá 45.000 đồng.",
                      "Un bol de pho coûte 45 000 dongs.", "vi", "fr", "S006")


def test_fr_es_real_slips_still_caught():
    assert _codes("We are here.", "Nous sosmmes ici.", "en", "fr", "S006")
    assert _codes("The children are playing.", "Los niñoss están jugamdo.", "en", "es", "S006")


# F003: ad-break markers left inside a paragraph
def test_sk_ad_break_marker_flagged():
    assert _codes("The plant will open next year. The council approved the plan on Monday.",
                  "Závod sa otvorí budúci rok. Článok pokračuje pod reklamou Zastupiteľstvo plán "
                  "schválilo v pondelok.", "en", "sk", "F003")


def test_pl_ad_break_marker_flagged():
    assert _codes("The plant will open next year. The council approved the plan on Monday.",
                  "Zakład zostanie otwarty w przyszłym roku. Dalsza część artykułu pod reklamą Rada "
                  "zatwierdziła plan w poniedziałek.", "en", "pl", "F003")


def test_ru_ad_break_marker_flagged():
    assert _codes("The plant will open next year. The council approved the plan on Monday.",
                  "Завод откроется в следующем году. Продолжение статьи после рекламы Совет утвердил "
                  "план в понедельник.", "en", "ru", "F003")


def test_cs_prose_about_ads_not_flagged():
    assert not _codes("The article says that advertising revenue fell sharply.",
                      "Článek uvádí, že příjmy z reklamy prudce klesly.", "en", "cs", "F003")
