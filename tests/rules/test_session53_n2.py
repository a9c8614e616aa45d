"""Session 53 (n2): names that legitimately change across languages and are no swap.

(a) a neighbouring country's exonym of a town rendered by its local name (Fiume ~ Rijeka,
    Agram ~ Zagreb, Kaschau ~ Košice: data/names/exonyms.txt), and a lexicon name
    with a particle inside it (Monaco di Baviera ~ München) read whole;
(b) a one-word Latin name written in Cyrillic as two words joined by a hyphen (Portlaoise ~
    Порт-Лиише), and Irish lenited bh/mh read as v (Siobhán ~ Шивон);
(c) Irish-language titles of Irish English (Cathaoirleach, Taoiseach, Tánaiste, Ceann
    Comhairle) are no names: they are translated, and no person's name takes their slot.
Examples written for mtcheck (names family)."""

import mtcheck


def names(src, tgt, sl, tl, codes=("N003", "N004", "N005", "N006")):
    return [(f.code, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in codes]


# (a) exonyms of towns of a neighbouring country

def test_italian_exonyms_of_croatian_towns_it_de():
    assert names("Il traghetto collega d'estate Fiume e Zara.",
                 "Die Fähre verkehrt im Sommer zwischen Rijeka und Zadar.", "it", "de") == []
    # another town in the slot is still a swap
    assert names("Il traghetto collega d'estate Fiume e Zara.",
                 "Die Fähre verkehrt im Sommer zwischen Rijeka und Šibenik.", "it", "de") != []


def test_german_exonyms_de_en():
    assert names("Der Nachtzug fährt von Laibach nach Agram.",
                 "The night train runs from Ljubljana to Zagreb.", "de", "en") == []
    assert names("Der Nachtzug fährt von Laibach nach Agram.",
                 "The night train runs from Ljubljana to Belgrade.", "de", "en") != []


def test_local_names_into_italian_en_it():
    assert names("The ferry leaves Rijeka for Zadar every morning.",
                 "Il traghetto parte da Fiume per Zara ogni mattina.", "en", "it") == []
    assert names("The ferry leaves Rijeka for Zadar every morning.",
                 "Il traghetto parte da Fiume per Spalato ogni mattina.", "en", "it") != []


def test_exonym_with_particle_read_whole_it_de():
    assert names("Il volo per Monaco di Baviera è stato cancellato.",
                 "Der Flug nach München wurde gestrichen.", "it", "de") == []


def test_exonym_with_particle_read_whole_en_it():
    assert names("Our office in Munich is closed today.",
                 "Il nostro ufficio di Monaco di Baviera oggi è chiuso.", "en", "it") == []


# (b) Cyrillic read-back: a hyphenated rendering of one Latin word; Irish bh, mh

def test_hyphenated_cyrillic_rendering_en_ru():
    assert names("The hearing took place in Portlaoise last week.",
                 "Слушания прошли на прошлой неделе в Порт-Лиише.", "en", "ru") == []
    assert names("Buses leave from the Portlaoise side of the square.",
                 "Автобусы отходят со стороны Порт-Лииша на площади.", "en", "ru") == []
    # a different town in the slot is still a swap
    assert names("The hearing took place in Portlaoise last week.",
                 "Слушания прошли на прошлой неделе в Порт-Артуре.", "en", "ru") != []


def test_hyphenated_cyrillic_rendering_en_uk():
    assert names("The hearing took place in Portlaoise last week.",
                 "Слухання відбулися минулого тижня в Порт-Лиші.", "en", "uk") == []


def test_irish_lenited_b_is_v_en_ru():
    assert names("The award went to Siobhán Kelly of Dublin.",
                 "Награду получила Шивон Келли из Дублина.", "en", "ru") == []


def test_irish_lenited_m_is_v_en_uk():
    assert names("The report was written by Niamh Walsh.",
                 "Звіт написала Нів Волш.", "en", "uk") == []


# (c) Irish-language titles

def test_irish_title_is_translated_en_ru():
    assert names('"A good day," said the Cathaoirleach of the board, Cllr Siobhán Kelly.',
                 "«Хороший день», — сказала председатель правления Шивон Келли.", "en", "ru") == []


def test_irish_titles_translated_en_de():
    assert names("The Taoiseach met the Tánaiste on Friday.",
                 "Der Premierminister traf am Freitag seinen Stellvertreter.", "en", "de") == []
    assert names("The Ceann Comhairle suspended the sitting.",
                 "Der Vorsitzende setzte die Sitzung aus.", "en", "de") == []


def test_title_no_partner_of_a_swapped_person_en_de():
    # the person swapped is paired with the person, not with the title
    found = names("The Cathaoirleach, Mary Byrne, opened the meeting.",
                  "Die Vorsitzende, Anna Schmidt, eröffnete die Sitzung.", "en", "de", codes=("N004",))
    assert found and all("Cathaoirleach" not in m for _, m in found)
    assert any("Mary Byrne" in m for _, m in found)


# precision: the new lexicon forms that are common words stay words opening a sentence,
# and the principality stays apart from Munich

def test_common_word_opening_sentence_is_no_place_it_de():
    assert names("Fiume in piena a Torino: evacuate cento famiglie.",
                 "Hochwasser in Turin: hundert Familien evakuiert.", "it", "de") == []


def test_common_word_opening_sentence_is_no_place_en_fr():
    assert names("Split shifts are common in hospitals.",
                 "Les horaires coupés sont fréquents dans les hôpitaux.", "en", "fr") == []


def test_principality_is_no_munich_it_de():
    assert names("Il principe di Monaco ha visitato la città.",
                 "Der Fürst von Monaco hat die Stadt besucht.", "it", "de") == []
