"""Session 51 (s51 batch), group v1: units and page furniture.

D002: units of length in Slovene (čevljev, milj), Thai (เมตร, หลา, ฟุต, written without a
space before the next word), yards in more languages, megalitres and gigalitres; a figure
with a glued "m" (300m, 3500m) is metres against another unit of length; metres are not
rounded to yards (300 metres -> 300 yards is another quantity, yards -> metres still is
one).  F003: a one-word ad label (Reklama, Publicitat, 広告) glued to the start of a
paragraph's first sentence, where the aligned source says no advertising."""
import mtcheck


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev]


# D002: more unit words
def test_en_metres_to_slovene_feet():
    assert _codes("The well is about 40 metres deep and still holds water.",
                  "Vodnjak je globok približno 40 čevljev in v njem je še vedno voda.", "en", "sl", "D002")


def test_de_kilometres_to_slovene_miles():
    assert _codes("Die Strecke ist 12 Kilometer lang.",
                  "Proga je dolga 12 milj.", "de", "sl", "D002")


def test_en_metres_kept_slovene():
    assert not _codes("The well is about 40 metres deep and still holds water.",
                      "Vodnjak je globok približno 40 metrov in v njem je še vedno voda.", "en", "sl", "D002")


def test_en_metres_to_thai_feet_glued():
    assert _codes("The tower is 120 metres tall.",
                  "หอคอยสูง 120 ฟุตจากพื้นดิน", "en", "th", "D002")


def test_en_kilometres_kept_thai_glued():
    assert not _codes("The road is 8 kilometres long.",
                      "ถนนยาว 8 กิโลเมตรจากตัวเมือง", "en", "th", "D002")


def test_en_gigalitres_to_megalitres_es():
    assert _codes("The dam holds 40 gigalitres of water.",
                  "La presa almacena 40 megalitros de agua.", "en", "es", "D002")


def test_de_megalitres_to_gigalitres_en():
    assert _codes("Das Becken fasst 15 Megaliter Wasser.",
                  "The basin holds 15 gigalitres of water.", "de", "en", "D002")


def test_en_gigalitres_kept_ca():
    assert not _codes("The dam holds 40 gigalitres of water.",
                      "La presa emmagatzema 40 gigalitres d'aigua.", "en", "ca", "D002")


# D002: metres are no yards; a glued "m" is metres against a unit of length
def test_en_metres_to_yards_de():
    assert _codes("The bus stop is 200 metres from the school.",
                  "Die Bushaltestelle ist 200 Yards von der Schule entfernt.", "en", "de", "D002")


def test_en_glued_m_to_thai_yards():
    assert _codes("The stall is about 150m from the station.",
                  "แผงขายของอยู่ห่างจากสถานีประมาณ 150 หลา", "en", "th", "D002")


def test_ko_glued_m_to_ja_feet():
    assert _codes("다리의 길이는 2400m이다.", "橋の長さは2400フィートだ。", "ko", "ja", "D002")


def test_ko_glued_m_kept_ja():
    assert not _codes("다리의 길이는 2400m이다.", "橋の長さは2400メートルだ。", "ko", "ja", "D002")


def test_en_yards_rounded_to_metres_de_kept():
    assert not _codes("He ran a hundred yards to the gate.",
                      "Er lief hundert Meter bis zum Tor.", "en", "de", "D002")


def test_en_glued_m_millions_kept_fr():
    assert not _codes("The club spent £80m on new players.",
                      "Le club a dépensé 80 millions de livres pour de nouveaux joueurs.", "en", "fr", "D002")


def test_en_glued_m_people_kept_es():
    assert not _codes("Some 45m people watched the final.",
                      "Unos 45 millones de personas vieron la final.", "en", "es", "D002")


# F003: a one-word ad label glued to a paragraph's first sentence
def test_ad_label_glued_pl():
    assert _codes("The mayor said the bridge would reopen in June.",
                  "Reklama Burmistrz powiedział, że most zostanie ponownie otwarty w czerwcu.", "en", "pl", "F003")


def test_ad_label_glued_ca():
    assert _codes("The minister said the hospital would open next year.",
                  "Publicitat El ministre va dir que l'hospital obriria l'any vinent.", "en", "ca", "F003")


def test_ad_label_glued_ja():
    assert _codes("시장은 다리가 6월에 다시 개통될 것이라고 말했다.",
                  "広告 市長は、橋が6月に再開通すると述べた。", "ko", "ja", "F003")


def test_ad_word_opens_sentence_pl_kept():
    # a sentence about an advertisement: the source says so
    assert not _codes("The Coca-Cola advert was banned in May.",
                      "Reklama Coca-Coli została zakazana w maju.", "en", "pl", "F003")


def test_ad_word_lowercase_next_ca_kept():
    assert not _codes("Misleading advertising is punished with fines.",
                      "Publicitat enganyosa es castiga amb multes.", "en", "ca", "F003")


def test_ad_word_opens_sentence_ko_kept():
    assert not _codes("新聞広告は年々減っている。", "광고 시장은 해마다 줄고 있다.", "ja", "ko", "F003")


def test_ad_word_before_source_name_ca_kept():
    # the word governs a name the source carries (an ad of a brand), no label
    assert not _codes("Nike's new campaign angered many runners.",
                      "Publicitat Nike va enfadar molts corredors.", "en", "ca", "F003")
