"""Session 71 helper tt: T003 major where a term rendered alike at four other mentions or
more is swapped once for a near-synonym that shares nothing with the usual rendering."""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.severity.label, f.text) for f in mtcheck.compare(t, source=s).findings
            if f.code == "T003" and not f.suppressed]


DE_SRC = ("Neue Werkstatt in Brunnhof\n\n"
          "Die Werkstatt öffnet am Montag in der Hauptstraße.\n\n"
          "In der Werkstatt arbeiten zwölf Mechaniker aus der Region.\n\n"
          "Die Stadt hat die Werkstatt mit 40.000 Euro gefördert.\n\n"
          "Kunden können ihre Räder direkt in die Werkstatt bringen.\n\n"
          "Die Werkstatt hat auch samstags bis zum Mittag geöffnet.\n\n"
          "Der Besitzer will die Werkstatt im Herbst vergrößern.\n")
EN_DE = ("New workshop in Brunnhof\n\n"
         "The workshop opens on Monday in the high street.\n\n"
         "Twelve mechanics from the region work in the workshop.\n\n"
         "The town has subsidised the workshop with 40,000 euros.\n\n"
         "Customers can bring their bikes straight to the workshop.\n\n"
         "The {} is also open on Saturdays until noon.\n\n"
         "The owner wants to enlarge the workshop in the autumn.\n")

FR_SRC = ("Le port de Saint-Brévin\n\n"
          "Le phare du port a été repeint en juin.\n\n"
          "Les touristes peuvent visiter le phare le dimanche.\n\n"
          "Le gardien du phare vit sur place depuis vingt ans.\n\n"
          "La commune veut transformer le phare en musée.\n\n"
          "Le phare a été construit en 1882 par des ouvriers bretons.\n\n"
          "Une exposition sur le phare ouvrira en août.\n")
EN_FR = ("The port of Saint-Brévin\n\n"
         "The harbour lighthouse was repainted in June.\n\n"
         "Tourists can visit the lighthouse on Sundays.\n\n"
         "The keeper of the {} has lived on site for twenty years.\n\n"
         "The town wants to turn the lighthouse into a museum.\n\n"
         "The lighthouse was built in 1882 by Breton workers.\n\n"
         "An exhibition on the lighthouse will open in August.\n")


def test_near_synonym_once_against_five_is_major_de_en(tmp_path):
    assert t003(tmp_path, DE_SRC, EN_DE.format("workshop"), "de", "en") == []
    assert t003(tmp_path, DE_SRC, EN_DE.format("garage"), "de", "en") == [("major", "garage")]


def test_near_synonym_once_against_five_is_major_fr_en(tmp_path):
    assert t003(tmp_path, FR_SRC, EN_FR.format("lighthouse"), "fr", "en") == []
    assert t003(tmp_path, FR_SRC, EN_FR.format("beacon"), "fr", "en") == [("major", "beacon")]


def test_a_rendering_sharing_a_stem_or_a_part_stays_minor(tmp_path):
    # a first part of four letters shared (work-), or a head shared (shop): a variant of
    # the same words, not another thing
    assert t003(tmp_path, DE_SRC, EN_DE.format("workroom"), "de", "en") == [("minor", "workroom")]
    assert [s for s, _ in t003(tmp_path, DE_SRC, EN_DE.format("repair shop"), "de", "en")] == ["minor"]


EN_SRC = ("A new bridge for Tolosa\n\n"
          "The bridge will open to traffic on Monday.\n\n"
          "Workers spent two years building the bridge over the river.\n\n"
          "The council paid four million euros for the bridge.\n\n"
          "Cyclists will be able to cross the bridge in both directions.\n\n"
          "The bridge has lights for the night.\n\n"
          "The mayor will walk across the bridge with the builders.\n")
ES_EN = ("Un nuevo puente para Tolosa\n\n"
         "El puente se abrirá al tráfico el lunes.\n\n"
         "Los obreros pasaron dos años construyendo el puente sobre el río.\n\n"
         "El ayuntamiento pagó cuatro millones de euros por el puente.\n\n"
         "Los ciclistas podrán cruzar el {} en ambos sentidos.\n\n"
         "El puente tiene luces para la noche.\n\n"
         "El alcalde cruzará el puente a pie con los constructores.\n")


def test_near_synonym_once_against_five_is_major_en_es(tmp_path):
    assert t003(tmp_path, EN_SRC, ES_EN.format("puente"), "en", "es") == []
    assert t003(tmp_path, EN_SRC, ES_EN.format("viaducto"), "en", "es") == [("major", "viaducto")]


FR_NURSES = ("Le centre de santé de Vernac\n\n"
             "Le centre emploie désormais six infirmières à plein temps.\n\n"
             "Les infirmières assurent aussi des visites à domicile.\n\n"
             "Deux infirmières puéricultrices rejoindront l'équipe en mars.\n\n"
             "La commune loge gratuitement les infirmières pendant un an.\n\n"
             "Selon le maire, les infirmières ont évité la fermeture du centre.\n\n"
             "Les infirmières seront formées à la télémédecine.\n")
EN_NURSES = ("The Vernac health centre\n\n"
             "The centre now employs six full-time nurses.\n\n"
             "The nurses also make home visits.\n\n"
             "Two {} will join the team in March.\n\n"
             "The town houses the nurses free of charge for a year.\n\n"
             "According to the mayor, the nurses have prevented the centre from closing.\n\n"
             "The nurses will be trained in telemedicine.\n")


def test_a_word_before_another_content_word_may_be_its_modifier_fr_en(tmp_path):
    # the finding's word stands before the noun that renders the term (extra / specialised
    # before it): a modifier read as the rendering is no certain swap, minor
    assert t003(tmp_path, FR_NURSES, EN_NURSES.format("midwives"), "fr", "en") == [("major", "midwives")]
    assert t003(tmp_path, FR_NURSES, EN_NURSES.format("extra midwives"), "fr", "en") == [("minor", "extra")]
    assert t003(tmp_path, FR_NURSES, EN_NURSES.format("specialised childcare workers"), "fr", "en") \
        == [("minor", "specialised")]


def test_fewer_than_five_other_mentions_stay_minor_en_es(tmp_path):
    # the term rendered alike at four other mentions only (the headline one of them)
    src = EN_SRC.split("The bridge has lights")[0]
    tgt = ES_EN.format("viaducto").split("El puente tiene luces")[0]
    assert t003(tmp_path, src, tgt, "en", "es") == [("minor", "viaducto")]


def test_a_term_with_a_word_of_its_own_beside_it_stays_minor_en_es(tmp_path):
    # the source says "bridge walkway" there and "bridge" bare elsewhere: one word may render
    # the phrase, no certain swap
    src = EN_SRC.replace("cross the bridge in", "cross the bridge walkway in")
    assert t003(tmp_path, src, ES_EN.format("viaducto"), "en", "es") == [("minor", "viaducto")]
