"""Session 51 (s50 batch), group t3: Serbian Cyrillic descriptive names whose first word
only is capitalised (an -ски/-ни adjective or a head noun: Културни центар, Градског већа,
Академије уметности, Тргу слободе, Град as the city's government) are translated, no name
lost (N003/N004); Spanish j read as Arabic and Persian kh (Jalifa ~ خليفة) when a
transcription is read back (N005); a Romance language's title-case body name opened by a
head noun (Ministerio de Recursos Hídricos y Riego) has title words, no added name (N005)."""
import mtcheck


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev]


def _names(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004", "N005")]


# Serbian: the capitalised first word of a descriptive name
def test_sr_head_noun_and_adjective_translated_de():
    assert not _names("Члан Градског већа рекао је да Град планира нови буџет.",
                      "Ein Mitglied des Stadtrats sagte, die Stadt plane ein neues Budget.", "sr", "de")


def test_sr_city_government_translated_en():
    assert not _names("Члан Градског већа рекао је да Град планира нови буџет.",
                      "A member of the City Council said the City plans a new budget.", "sr", "en")


def test_sr_academy_translated_de():
    assert not _names("Жири је наградило студенте Академије уметности на Тргу слободе.",
                      "Die Jury zeichnete Studierende der Kunstakademie auf dem Freiheitsplatz aus.",
                      "sr", "de")


def test_sr_adjective_opening_name_en():
    assert not _names("Филмови су пребачени у Културни центар, рекао је Милан Јовановић.",
                      "The films were moved to the Cultural Centre, said Milan Jovanović.", "sr", "en")


def test_sr_person_lost_still_caught():
    assert _codes("Члан Градског већа Дејан Поповић рекао је да Град планира нови буџет.",
                  "A member of the City Council said the City plans a new budget.", "sr", "en", "N003")


# Spanish j for Arabic and Persian kh
def test_ar_es_kh_as_j_read_back():
    assert not _codes("وقال الشيخ خليفة بن زايد إن المشروع مهم.",
                      "El jeque Jalifa bin Zayed dijo que el proyecto es importante.", "ar", "es", "N005")


def test_fa_es_kh_as_j_read_back():
    assert not _codes("گفت علی خامنه‌ای امروز در تهران.", "Dijo hoy Alí Jamenei en Teherán.", "fa", "es", "N005")


def test_ar_es_other_person_still_added():
    assert _codes("وقال المهندس خالد الخطيب إن الموسم جيد.",
                  "El ingeniero Jaled al Masri dijo que la temporada es buena.", "ar", "es", "N005")


# Romance title-case body names opened by a head noun
def test_ru_es_ministry_title_words():
    assert not _codes("Представитель Министерства водных ресурсов и мелиорации заявил об этом.",
                      "Un portavoz del Ministerio de Recursos Hídricos y Riego lo anunció.", "ru", "es", "N005")


def test_ru_pt_ministry_title_words():
    assert not _codes("Представитель Министерства водных ресурсов и мелиорации заявил об этом.",
                      "Um porta-voz do Ministério dos Recursos Hídricos e Rega anunciou isso.", "ru", "pt", "N005")


def test_es_person_after_ministry_still_added():
    assert _codes("Представитель министерства заявил об этом.",
                  "Un portavoz del Ministerio de Economía, Pedro Riego, lo anunció.", "ru", "es", "N005")
