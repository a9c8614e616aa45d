"""Session 69 (cx): coverage (C001, C002, C003) on articles.

* a document's headline, written telegraphically, translated far longer is minor (C002);
* the edge sentence of a many-to-many bead that fits the source sentence at that edge, the
  rest fitting the rest, is no addition (C002);
* a figure from 1,000 to 9,999 said with a scale word anchors by its value (C002);
* an added and a dropped sentence side by side, paired in order across a paragraph break
  of the translation, are an addition (C002) and an omission (C001);
* a source sentence the segmenter kept whole, split where the translation is, is measured
  part by part (C003).

Examples invented."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config


def run(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list:
    s = tmp_path / f"source.{sl}.txt"
    t = tmp_path / f"article.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False,
                          config=Config(select=["C001", "C002", "C003"]))
    return [f for f in rep.findings if not f.suppressed]


body_en = ("The county council has received an audit of last winter's storm repairs.\n\n"
           "According to the audit office, the repairs cost 6.2 million pounds, about a fifth more than planned. "
           "Most of the extra money went on rebuilding two coastal footpaths.\n\n"
           "The council said it would publish its own figures in the spring.\n")
body_fr = ("Le conseil du comté a reçu un audit des réparations effectuées après les tempêtes de l'hiver dernier.\n\n"
           "Selon la Cour des comptes, les réparations ont coûté 6,2 millions de livres, soit environ un cinquième de plus que prévu. "
           "L'essentiel du surcoût a servi à reconstruire deux sentiers côtiers.\n\n"
           "Le conseil a indiqué qu'il publierait ses propres chiffres au printemps.\n")
HEAD_OK = ("Coastal storm repair bill overshoots council budget\n\n" + body_en,
                 "La facture des réparations après les tempêtes sur la côte dépasse largement le budget prévu par le conseil du comté\n\n" + body_fr, "en", "fr")
src_tr = ("Liman kentinde müzik festivali sona erdi\n\n"
          "Üç gün süren festival pazar akşamı bir konserle kapandı. "
          "Festivale bu yıl 7 bin kişi katıldı ve biletlerin tamamı iki günde satıldı.\n\n"
          "Organizatörler gelecek yıl için yeni bir sahne planlıyor.\n")
de_head = "Musikfestival in der Hafenstadt zu Ende gegangen\n\n"
de_p1 = "Das dreitägige Festival endete am Sonntagabend mit einem Konzert. "
de_p3 = "\n\nDie Veranstalter planen für das nächste Jahr eine neue Bühne.\n"
TR_ADD = (src_tr, de_head + de_p1 + "Zum Festival kamen in diesem Jahr 7.000 Besucher, und alle Karten waren innerhalb von zwei Tagen verkauft. Der Parkplatz am Hafen bleibt bis Oktober gesperrt." + de_p3, "tr", "de")
TR_OK = (src_tr, de_head + de_p1 + "Zum Festival kamen in diesem Jahr 7.000 Besucher, und alle Karten waren innerhalb von zwei Tagen verkauft." + de_p3, "tr", "de")
TR_SPLIT = (src_tr, de_head + de_p1 + "Zum Festival kamen in diesem Jahr 7.000 Besucher. Alle Karten waren innerhalb von zwei Tagen verkauft." + de_p3, "tr", "de")
src_de = ("Neue Brücke über den Fluss eröffnet\n\n"
          "Die Gemeinde hat am Samstag die neue Fußgängerbrücke über den Fluss eröffnet. "
          "Zur Feier kamen mehrere hundert Menschen aus den umliegenden Dörfern.\n\n"
          "Die Brücke ist 48 Meter lang und besteht aus Holz aus der Region. "
          "Sie ersetzt einen alten Steg, der bei einem Hochwasser schwer beschädigt worden war. "
          "Der Bau dauerte knapp ein Jahr.\n\n"
          "Der Bürgermeister dankte den Handwerkern für ihre Arbeit.\n")
es_head = "Inaugurado un nuevo puente sobre el río\n\n"
es_p1 = ("El municipio inauguró el sábado la nueva pasarela peatonal sobre el río. "
         "A la celebración acudieron varios cientos de personas de los pueblos vecinos.")
es_p2 = ("El puente mide 48 metros de largo y está hecho de madera de la región. "
         "Sustituye a una antigua pasarela que había quedado muy dañada en una crecida. "
         "La construcción duró casi un año.")
es_end = "\n\nEl alcalde agradeció su trabajo a los artesanos.\n"
CROSS_BAD = (src_de, es_head + es_p1 + " Por la noche hubo fuegos artificiales en la orilla.\n\n"
                   + "El puente mide 48 metros de largo y está hecho de madera de la región. La construcción duró casi un año." + es_end, "de", "es")
CROSS_OK = (src_de, es_head + es_p1 + "\n\n" + es_p2 + es_end, "de", "es")
CROSS_MOVED = (src_de, es_head + es_p1 + " El puente mide 48 metros de largo y está hecho de madera de la región.\n\n"
                     "Sustituye a una antigua pasarela que había quedado muy dañada en una crecida. La construcción duró casi un año." + es_end, "de", "es")
src_fi = ("Kirjaston lainausmäärät kasvoivat\n\n"
          "Kaupunginkirjastosta lainattiin viime vuonna yhteensä 212 000 kirjaa. "
          "Uusia kirjastokortteja tehtiin tammikuussa yli 600, mikä on enemmän kuin yhdessäkään aiemmassa kuussa, ja niistä lapsille myönnettiin 37. Kolmannes lainoista tehtiin sovelluksella, ja moni uutuuskirja oli koko ajan varattuna.\n\n"
          "Kirjasto aikoo pidentää aukioloaikojaan syksyllä.\n")
sv_head = "Bibliotekets utlåning ökade\n\n"
sv_p1 = "Från stadsbiblioteket lånades förra året sammanlagt 212 000 böcker. "
sv_mid = "I januari gjordes över 600 nya bibliotekskort, fler än under någon tidigare månad, och av dem gick 37 till barn. "
sv_end = "\n\nBiblioteket planerar att förlänga sina öppettider i höst.\n"
FI_BAD = (src_fi, sv_head + sv_p1 + sv_mid + "En tredjedel av lånen gjordes via appen." + sv_end, "fi", "sv")
FI_OK = (src_fi, sv_head + sv_p1 + sv_mid + "En tredjedel av lånen gjordes via appen, och många nya böcker var hela tiden reserverade." + sv_end, "fi", "sv")
src_ko = ("미술관, 19세기 풍경화 복원 마쳐\n\n"
          "서울의 한 시립미술관이 2년에 걸친 19세기 풍경화 복원 작업을 마치고 오는 5월 3일부터 일반에 공개한다. 그림은 1950년대 화재로 표면 절반가량이 그을린 상태였다.\n\n"
          "복원은 국립문화유산연구원과 고려대학교가 맡았다. 학예사 오세린 씨는 \"물감층 아래에서 화가가 처음 그린 밑그림과 나중에 고쳐 그린 흔적까지 모두 찾아냈다\"며 \"빛에 약한 작품이라 전시실에는 한 번에 20명까지만 들어갈 수 있다\"고 설명했다.\n\n"
          "입장료는 성인 3천 원이다.\n")
en_ko_head = "Museum finishes restoring 19th-century landscape\n\n"
en_ko_p1 = ("A municipal art museum in Seoul has completed a two-year restoration of a 19th-century landscape painting and will put it on public display from May 3. "
            "About half of the picture's surface had been blackened by a fire in the 1950s.\n\n")
en_ko_end = "\n\nAdmission for adults is 3,000 won.\n"
KO_EDGE = (src_ko, en_ko_head + en_ko_p1 +
                 "The restoration was the work of the Conservation Science Center of the National Research Institute of Cultural Heritage and Korea University. "
                 "\"Beneath the paint layers we found the painter's first sketch and even the traces of his later corrections,\" curator Oh Se-rin explained. "
                 "\"Because the work is sensitive to light, no more than 20 visitors at a time will be allowed into the gallery where it hangs.\"" + en_ko_end, "ko", "en")
KO_EDGE_ADD = (src_ko, en_ko_head + en_ko_p1 +
                 "The work was carried out jointly by a state conservation centre and a university. "
                 "\"Beneath the paint layers we found the painter's first sketch and even the traces of his later corrections,\" curator Oh Se-rin explained. "
                 "\"Because the work is sensitive to light, no more than 20 visitors at a time will be allowed into the gallery where it hangs.\" "
                 "A second canvas by the same artist is due to arrive from a private collection in Busan before autumn." + en_ko_end, "ko", "en")
FI_BAD2 = (src_fi.replace("Kolmannes lainoista tehtiin sovelluksella, ja moni uutuuskirja oli koko ajan varattuna.", "Kolmannes kaikista lainoista tehtiin kirjaston uudella sovelluksella, ja moni uutuus oli varattuna."),
                 sv_head + sv_p1 + sv_mid + "En tredjedel av alla lån gjordes med bibliotekets nya app." + sv_end, "fi", "sv")
FI_OK2 = (FI_BAD2[0], sv_head + sv_p1 + sv_mid + "En tredjedel av alla lån gjordes med bibliotekets nya app, och många nyheter var reserverade." + sv_end, "fi", "sv")


def _codes(fs, code: str, severity: str | None = None) -> list[str]:
    return [f.text for f in fs if f.code == code and (severity is None or f.severity.label == severity)]


# -- C002: a telegraphic headline translated in full ------------------------------------

def test_headline_spelled_out_is_minor(tmp_path):
    fs = run(tmp_path, *HEAD_OK)
    assert _codes(fs, "C002", "major") == []
    assert [f.severity.label for f in fs if f.code == "C002"] in ([], ["minor"])


def test_headline_alone_as_a_pair_stays_major():
    # a segment pair is no document: nothing says it is a headline
    src, tgt = HEAD_OK[0].split("\n")[0], HEAD_OK[1].split("\n")[0]
    fs = mtcheck.check_pair(src, tgt, "en", "fr", config=Config(select=["C002"]))
    assert [f.severity.label for f in fs if f.code == "C002"] == ["major"]


# -- C002: a figure said with a scale word anchors by its value -------------------------

def test_added_sentence_beside_scale_word_figure(tmp_path):
    fs = run(tmp_path, *TR_ADD)
    assert _codes(fs, "C002", "major") == ["Der Parkplatz am Hafen bleibt bis Oktober gesperrt."]


@pytest.mark.parametrize("case", [TR_OK, TR_SPLIT])
def test_scale_word_figure_translations_stay_clean(tmp_path, case):
    assert [f for f in run(tmp_path, *case) if f.severity.label in ("major", "critical")] == []


def test_small_scaled_figures():
    from mtcheck.rules.coverage import _small_scaled_figures as f
    assert f("yaklaşık 6 bin fidan", "tr") == {"6": "6000"}
    assert f("about 2 thousand people", "en") == {"2": "2000"}
    assert f("rund 6.000 Menschen", "de") == {}
    assert f("im Jahr 2019", "de") == {}
    assert f("15 bin kişi", "tr") == {}  # 15,000: _scaled_figures' own


# -- C001/C002: an added and a dropped sentence paired in order -------------------------

def test_crossed_pair_is_addition_and_omission(tmp_path):
    fs = run(tmp_path, *CROSS_BAD)
    assert _codes(fs, "C002", "major") == ["Por la noche hubo fuegos artificiales en la orilla."]
    assert any(f.code == "C001" and "Hochwasser" in f.message for f in fs)


@pytest.mark.parametrize("case", [CROSS_OK, CROSS_MOVED])
def test_crossed_pair_guards(tmp_path, case):
    # a faithful translation, and one whose paragraph break the translator moved
    assert [f for f in run(tmp_path, *case) if f.code in ("C001", "C002")] == []


# -- C003: a source sentence the segmenter kept whole -----------------------------------

def test_unsplit_source_part_too_short(tmp_path):
    fs = run(tmp_path, *FI_BAD2)
    assert _codes(fs, "C003") == ["En tredjedel av alla lån gjordes med bibliotekets nya app."]


def test_unsplit_source_part_far_too_short(tmp_path):
    fs = run(tmp_path, *FI_BAD)
    assert [f.text for f in fs if f.code == "C001"] == ["En tredjedel av lånen gjordes via appen."]


@pytest.mark.parametrize("case", [FI_OK, FI_OK2])
def test_unsplit_source_translated_in_full(tmp_path, case):
    assert run(tmp_path, *case) == []


# -- C002: the edge sentence of a many-to-many bead --------------------------------------

def test_edge_sentence_fitting_its_source_sentence(tmp_path):
    assert _codes(run(tmp_path, *KO_EDGE), "C002") == []


def test_added_sentence_after_the_edge_pair_still_reported(tmp_path):
    fs = run(tmp_path, *KO_EDGE_ADD)
    assert _codes(fs, "C002", "major") == [
        "A second canvas by the same artist is due to arrive from a private collection in Busan "
        "before autumn."]
