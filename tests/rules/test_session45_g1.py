"""Session 45 (g1): names in Latin script; false alarms found by the held-out articles of
batch s45 (bench/articles), fixed as classes (written for mtcheck).

1. official bilingual names of places in bilingual regions (South Tyrol and Trentino,
   Aosta Valley, Friuli, Alsace-Moselle, Belgium, Switzerland) are exonym pairs of the
   lexicon (Selva di Val Gardena ~ Wolkenstein in Gröden, Vinschgau ~ Val Venosta,
   Tirlemont ~ Tienen), and German names of Czech towns (Plzeň ~ Pilsen);
2. an English or German demonym noun of the lexicon that is a far commoner word of the
   source language (Polish "Dane", data) opening a sentence is no name;
3. N001: a learned noun of a name given the target language's ending (Vitivinicultura ~
   Vitiviniculture, -ura ~ -ure) is no misspelling;
4. N003: a name followed by its syllabic acronym in brackets (Perusahaan Umum Daerah …
   (Perumda)), the acronym kept in the translation, was translated, not lost.
"""

from __future__ import annotations

import mtcheck


def names(src, tgt, sl, tl, *prefixes):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefixes or ("N",)) and not f.suppressed]


# 1. official bilingual names

def test_south_tyrol_bilingual_village_it_de():
    src = "La strada tra Bressanone e Selva di Val Gardena è chiusa da lunedì per una frana."
    assert names(src, "Die Straße zwischen Brixen und Wolkenstein in Gröden ist seit Montag wegen "
                 "eines Murenabgangs gesperrt.", "it", "de") == []
    assert ("N004", "Sterzing") in names(src, "Die Straße zwischen Brixen und Sterzing ist seit Montag "
                                         "wegen eines Murenabgangs gesperrt.", "it", "de")


def test_south_tyrol_bilingual_valleys_de_it():
    src = "Im Vinschgau und im Pustertal wurden am Sonntag neue Radwege eröffnet."
    assert names(src, "In Val Venosta e in Val Pusteria domenica sono state inaugurate nuove piste "
                 "ciclabili.", "de", "it") == []
    assert ("N004", "Val Badia") in names(src, "In Val Venosta e in Val Badia domenica sono state "
                                          "inaugurate nuove piste ciclabili.", "de", "it")


def test_belgian_bilingual_town_fr_nl():
    src = "Le marché de Tirlemont a attiré 3000 visiteurs samedi."
    assert names(src, "De markt van Tienen trok zaterdag 3000 bezoekers.", "fr", "nl") == []
    assert ("N004", "Leuven") in names(src, "De markt van Leuven trok zaterdag 3000 bezoekers.", "fr", "nl")


def test_czech_town_german_name_cs_de():
    src = "Pivovar v Plzni letos uvaří více ležáku než loni."
    assert names(src, "Die Brauerei in Pilsen braut heuer mehr Lagerbier als im Vorjahr.", "cs", "de") == []
    assert names(src, "Die Brauerei in Budweis braut heuer mehr Lagerbier als im Vorjahr.", "cs", "de",
                 "N003", "N006")


# 2. a demonym noun of another language that is a common word of the source's

def test_polish_data_is_no_dane_pl_de():
    src = "Sprzęt zamontowano w Gdańsku. Dane z niego trafią do urzędu."
    assert names(src, "Die Geräte wurden in Danzig installiert. Ihre Daten gehen an das Amt.", "pl", "de") == []
    # the place left out is still missing, the common word is not
    got = names(src, "Die Geräte wurden installiert. Ihre Daten gehen an das Amt.", "pl", "de", "N003")
    assert len(got) == 1


def test_polish_data_is_no_dane_pl_en():
    src = "Dane z Krakowa pokazują wzrost cen mieszkań o 9 procent."
    assert names(src, "Data from Krakow show a 9 percent rise in flat prices.", "pl", "en") == []
    assert ("N006", "Warsaw") in names(src, "Data from Warsaw show a 9 percent rise in flat prices.", "pl", "en")


# 3. a learned noun with the target's own ending

def test_learned_noun_ending_es_en():
    src = "El Instituto Nacional de Vitivinicultura publicó el informe el lunes."
    assert names(src, "The National Institute of Vitiviniculture published the report on Monday.",
                 "es", "en", "N001") == []
    assert names(src, "The National Institute of Vitivinicultora published the report on Monday.",
                 "es", "en", "N001") == [("N001", "Vitivinicultora")]


def test_learned_noun_ending_pt_en():
    src = "O Instituto Brasileiro de Vitivinicultura divulgou o relatório na segunda-feira."
    assert names(src, "The Brazilian Institute of Vitiviniculture released the report on Monday.",
                 "pt", "en", "N001") == []


# 4. a syllabic acronym in brackets, kept

def test_syllabic_acronym_kept_id_en():
    src = "Perusahaan Umum Daerah Air Minum (Perumda) Tirta Sari akan memperluas jaringan."
    assert names(src, "The municipal water company Perumda Tirta Sari will extend its network.",
                 "id", "en", "N003") == []
    # the acronym dropped as well: the name is lost
    assert names(src, "The municipal water company Tirta Sari will extend its network.", "id", "en", "N003")


def test_syllabic_acronym_kept_id_de():
    src = "Perusahaan Umum Daerah Air Minum (Perumda) Tirta Sari akan memperluas jaringan."
    assert names(src, "Die städtischen Wasserwerke Perumda Tirta Sari werden ihr Netz erweitern.",
                 "id", "de", "N003") == []
    assert names(src, "Die städtischen Wasserwerke Tirta Sari werden ihr Netz erweitern.", "id", "de", "N003")


# 5. Japan's big cities are lexicon places: one swapped for Tokyo is a swapped place

def test_japanese_city_swapped_tr_en():
    src = "Denizli'deki kooperatif, Nagoya merkezli bir şirketle 2 milyon dolarlık anlaşma imzaladı."
    assert names(src, "The cooperative in Denizli signed a 2 million dollar deal with a Nagoya-based "
                 "company.", "tr", "en") == []
    assert ("N006", "Tokyo") in names(src, "The cooperative in Denizli signed a 2 million dollar deal "
                                       "with a Tokyo-based company.", "tr", "en")


def test_japanese_city_exonym_and_swap_es_en():
    src = "La feria de Kioto recibió 40.000 visitantes el fin de semana."
    assert names(src, "The Kyoto fair drew 40,000 visitors at the weekend.", "es", "en") == []
    assert ("N004", "Tokyo") in names(src, "The Tokyo fair drew 40,000 visitors at the weekend.", "es", "en")
