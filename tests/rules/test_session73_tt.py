"""Session 73 helper tt: T003 recall. A near-synonym of two words (a modifier and its
noun) swapped in once for a term rendered by one word at five other mentions or more
(pass ×5, fare voucher once) is major where the source says the term bare there."""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.severity.label, f.text) for f in mtcheck.compare(t, source=s).findings
            if f.code == "T003" and not f.suppressed]


PT_SRC = ("Um passe novo em Barcelos\n\n"
          "A câmara de Barcelos aprovou ontem o passe para os idosos do concelho.\n\n"
          "O passe custa dez euros por mês.\n\n"
          "Com o passe, os idosos podem usar todas as linhas da cidade.\n\n"
          "Muitos idosos pediram o passe{} e a câmara ouviu-os.\n\n"
          "A câmara paga o resto do passe com o orçamento municipal.\n\n"
          "O presidente apresentou o passe na feira de sexta-feira.\n")
EN_PT = ("A new pass in Barcelos\n\n"
         "Barcelos council yesterday approved the pass for the elderly of the municipality.\n\n"
         "The pass costs ten euros a month.\n\n"
         "With the pass, elderly people can use every line in the town.\n\n"
         "Many elderly people asked for the {} and the council listened.\n\n"
         "The council pays the rest of the pass from the municipal budget.\n\n"
         "The mayor presented the pass at the Friday fair.\n")


def test_modifier_and_noun_for_one_word_is_major_pt_en(tmp_path):
    assert t003(tmp_path, PT_SRC.format(""), EN_PT.format("pass"), "pt", "en") == []
    assert t003(tmp_path, PT_SRC.format(""), EN_PT.format("fare voucher"), "pt", "en") \
        == [("major", "fare")]


def test_source_word_beside_the_term_keeps_the_pair_minor_pt_en(tmp_path):
    # the source says "passe dourado" there: the pair may render the phrase, no certain swap
    assert t003(tmp_path, PT_SRC.format(" dourado"), EN_PT.format("fare voucher"), "pt", "en") \
        == [("minor", "fare")]


def test_a_longer_phrase_stays_minor_pt_en(tmp_path):
    # three content words (fare voucher booklet): the phrase may render more than the term
    assert [s for s, _ in t003(tmp_path, PT_SRC.format(""), EN_PT.format("fare voucher booklet"),
                               "pt", "en")] == ["minor"]


ES_SRC = ("Un nuevo puente para Tolosa\n\n"
          "El puente se abrirá al tráfico el lunes.\n\n"
          "Los obreros pasaron dos años construyendo el puente sobre el río.\n\n"
          "El ayuntamiento pagó cuatro millones de euros por el puente.\n\n"
          "Los ciclistas podrán cruzar el puente{} en ambos sentidos.\n\n"
          "El puente tiene luces para la noche.\n\n"
          "El alcalde cruzará el puente a pie con los constructores.\n")
EN_ES = ("A new bridge for Tolosa\n\n"
         "The bridge will open to traffic on Monday.\n\n"
         "Workers spent two years building the bridge over the river.\n\n"
         "The council paid four million euros for the bridge.\n\n"
         "Cyclists will be able to cross the {} in both directions.\n\n"
         "The bridge has lights for the night.\n\n"
         "The mayor will walk across the bridge with the builders.\n")


def test_modifier_and_noun_for_one_word_is_major_es_en(tmp_path):
    assert t003(tmp_path, ES_SRC.format(""), EN_ES.format("bridge"), "es", "en") == []
    assert t003(tmp_path, ES_SRC.format(""), EN_ES.format("steel viaduct"), "es", "en") \
        == [("major", "steel")]


def test_source_word_beside_the_term_keeps_the_pair_minor_es_en(tmp_path):
    # "puente metálico": the source's own word after the term may be what the modifier renders
    assert "major" not in [s for s, _ in t003(tmp_path, ES_SRC.format(" metálico"),
                                              EN_ES.format("steel viaduct"), "es", "en")]


# a Finnish noun in -us takes -ukse- in its other cases (kirjastorakennus /
# kirjastorakennuksen / kirjastorakennukselle): one term; a Swedish or Norwegian compound
# with its suffixed article at one mention only is that compound with one part swapped
# (biblioteksbyggnad / kulturbyggnaden), and a Finnish word after a term of one word is its
# verb (kirjastorakennuksen piti), no word of the term's own
FI_SRC = ("Kirjastorakennus valmistuu Kuopiossa\n\n"
          "Kirjastorakennus maksaa kaupungille noin yhdeksän miljoonaa euroa.\n\n"
          "Arkkitehti Leena Koivisto suunnitteli kirjastorakennuksen kolme vuotta sitten.\n\n"
          "{} piti valmistua jo toukokuussa, mutta työt viivästyivät.\n\n"
          "Kaupunki myöntää kirjastorakennukselle lisärahaa ensi vuonna.\n")
SV_FI = ("Biblioteksbyggnaden i Kuopio blir klar\n\n"
         "Biblioteksbyggnaden kostar staden omkring nio miljoner euro.\n\n"
         "Arkitekten Leena Koivisto ritade biblioteksbyggnaden för tre år sedan.\n\n"
         "{} skulle ha varit klar redan i maj, men arbetet försenades.\n\n"
         "Staden beviljar biblioteksbyggnaden mer pengar nästa år.\n")
NB_FI = ("Bibliotekbygningen i Kuopio blir ferdig\n\n"
         "Bibliotekbygningen koster byen rundt ni millioner euro.\n\n"
         "Arkitekten Leena Koivisto tegnet bibliotekbygningen for tre år siden.\n\n"
         "{} skulle vært ferdig allerede i mai, men arbeidet ble forsinket.\n\n"
         "Byen gir bibliotekbygningen mer penger neste år.\n")


def test_finnish_us_noun_compound_part_swapped_fi_sv(tmp_path):
    src = FI_SRC.format("Kirjastorakennuksen")
    assert t003(tmp_path, src, SV_FI.format("Biblioteksbyggnaden"), "fi", "sv") == []
    assert t003(tmp_path, src, SV_FI.format("Kulturbyggnaden"), "fi", "sv") == [("minor", "Kulturbyggnaden")]
    assert t003(tmp_path, src, SV_FI.format("Kulturbyggnad"), "fi", "sv") == [("minor", "Kulturbyggnad")]


def test_finnish_us_noun_compound_part_swapped_fi_nb(tmp_path):
    src = FI_SRC.format("Kirjastorakennuksen")
    assert t003(tmp_path, src, NB_FI.format("Bibliotekbygningen"), "fi", "nb") == []
    assert t003(tmp_path, src, NB_FI.format("Kulturbygning"), "fi", "nb") == [("minor", "Kulturbygning")]


def test_another_source_word_there_is_no_swap_fi_sv_fi_nb(tmp_path):
    # the source says another word at that mention (kulttuuritalo): the compound renders it
    src = FI_SRC.format("Kulttuuritalon")
    assert t003(tmp_path, src, SV_FI.format("Kulturbyggnaden"), "fi", "sv") == []
    assert t003(tmp_path, src, NB_FI.format("Kulturbygningen"), "fi", "nb") == []


# a word spelled like the source term (its cognate: apparatus, appareil → Apparat) found
# only in the odd sentence renders the term wherever the sentence puts it, and in German,
# which capitalises its nouns, it is a noun, no name kept as written
EN_APP = ("A new apparatus for the Kelby clinic\n\n"
          "The apparatus arrived at the Kelby clinic in March.\n\n"
          "Nurses were trained for two weeks before the apparatus was switched on.\n\n"
          "The apparatus measures lung function in under a minute.\n\n"
          "A charity paid for the apparatus with money from a summer fete.\n\n"
          "Doctors expect the apparatus to shorten waiting lists considerably, the manager said.\n")
FR_APP = ("Un nouvel appareil pour la clinique de Kelby\n\n"
          "L'appareil est arrivé à la clinique de Kelby en mars.\n\n"
          "Les infirmières ont été formées pendant deux semaines avant la mise en marche de l'appareil.\n\n"
          "L'appareil mesure la fonction pulmonaire en moins d'une minute.\n\n"
          "Une association a payé l'appareil avec l'argent d'une fête d'été.\n\n"
          "Les médecins s'attendent à ce que l'appareil raccourcisse nettement les listes "
          "d'attente, a dit la directrice.\n")
DE_APP = ("Ein neues Gerät für die Klinik in Kelby\n\n"
          "Das Gerät kam im März in der Klinik in Kelby an.\n\n"
          "Pflegekräfte wurden zwei Wochen geschult, bevor das Gerät eingeschaltet wurde.\n\n"
          "Das Gerät misst die Lungenfunktion in weniger als einer Minute.\n\n"
          "Ein Wohltätigkeitsverein bezahlte das Gerät mit dem Erlös eines Sommerfests.\n\n"
          "Die Ärzte erwarten, dass {} die Wartelisten deutlich verkürzt, sagte die Leiterin.\n")


def test_cognate_once_against_the_usual_word_en_de(tmp_path):
    assert t003(tmp_path, EN_APP, DE_APP.format("das Gerät"), "en", "de") == []
    assert t003(tmp_path, EN_APP, DE_APP.format("der Apparat"), "en", "de") == [("major", "Apparat")]


def test_cognate_once_against_the_usual_word_fr_de(tmp_path):
    assert t003(tmp_path, FR_APP, DE_APP.format("das Gerät"), "fr", "de") == []
    assert t003(tmp_path, FR_APP, DE_APP.format("der Apparat"), "fr", "de") == [("major", "Apparat")]
