"""Session 64 (helper nq): false name findings on correct translations out of Slovene,
Hungarian, Estonian and Serbian (N003, N004, N005, N002), by class.

1. A plural place of a Slavic language in Latin letters in its genitive plural (Slovene
   -ov/-ev, Slovak -ov, Polish -ów) or another oblique case is its nominative, which the
   translation may write in its own spelling (iz Apeninov ~ the Apennines) (N003).
2. A Slovene, Croatian, Serbian or Bosnian possessive adjective of a surname, or a woman
   called by it, with the j an r-stem takes before -ev (Zidarjeva ~ Zidar), is the
   surname (N003).
3. An Estonian name word with its case ending, the linking i of a foreign name, or the
   partitive -t after a vowel, is its stem as the translation spells it (Sahhalinil ~
   Sakhalin, Kamtšatkal ~ Kamchatka) (N003).
4. An Estonian body compound on -amet rendered alike at its mentions by a run of
   capitalised words ending in an English head noun the list lacked (Board, Office,
   Authority, Service, Commission, Committee, Bureau) is translated (N003).
5. A Serbian Cyrillic neuter place in -е in an oblique case (у Пријепољу) is its
   nominative, read in Serbian Latin letters (Prijepolje); a Latin name a capitalised
   Cyrillic source word spells letter for letter with its marks folded (Žiča), a common
   word of the target beside it aside (Prijepolje Municipality), renders that word (N003, N004, N005).
6. A Slavic adjective opening a name before a lower-case faculty, school, library,
   hospital, museum, theatre or archive (Шумарског факултета, Agronomskog fakulteta) is
   the name's common words, translated (N003).
7. A Serbian or Croatian place adjective whose place's stem ends in c keeps the c before
   -k- (Vinice ~ Vinički), the adjective kept in a title the translation copies, is no
   second spelling of the place (N002).
8. A capitalised word of a Hungarian event's name before its head (… Fesztivál), the
   translation writing an event head of its own, alone or ending a compound, is the
   event's name translated (N003).
9. A Nordic, Finnish, Estonian or Hungarian body compound that the translation renders
   in a sentence as it did before is not swapped for the other body's name the same
   sentence has (… Roads Directorate … the Ferry Council) (N004; a guard for the head
   nouns of class 4, which made such a second run look like a swap).
"""
from __future__ import annotations

from mtcheck.rules import names as N
from mtcheck.rules._text import NameIndex, find_names, status


def msgs(findings, code):
    return [f.message for f in findings if f.code == code]


def names_msgs(findings):
    return [f.message for f in findings if f.code in ("N002", "N003", "N004", "N005")]


def _status(src, tgt, sl, tl, word):
    idx = NameIndex(tgt, tl)
    part = next(p for g in find_names(src, sl, tl) for p in g.parts if p.text == word)
    return status(part, idx, sl)[0]


# 1. a Slavic plural place in its genitive plural ----------------------------------------

SL_BEAR = ["Jeseni so v gozdu opazili medveda.",
           "Medved je prišel iz Apeninov, je povedala biologinja Irena Tratnik."]


def test_slovene_genitive_plural_place_transliterated(article):
    tgt = ["In the autumn a bear was spotted in the forest.",
           "The bear came from the Apennines, said biologist Irena Tratnik."]
    assert not any("Apeninov" in m for m in msgs(article(SL_BEAR, tgt, "sl", "en"), "N003"))


def test_slovene_genitive_plural_place_dropped_still_flagged(article):
    tgt = ["In the autumn a bear was spotted in the forest.",
           "The bear came from the Alps, said biologist Irena Tratnik."]
    assert any("Apeninov" in m for m in msgs(article(SL_BEAR, tgt, "sl", "en"), "N003"))


def test_slovak_genitive_plural_status():
    assert _status("Medveď prišiel z Apeninov.", "The bear came from the Apennines.",
                   "sk", "en", "Apeninov") == "inflected"


# 2. a Slovene possessive adjective or woman's surname of an r-stem ----------------------

SL_KOLAR = ["Biologinja Irena Zidar je jeseni v gozdu opazila medveda.",
            "Medved je bil star okoli pet let in je tehtal 180 kilogramov.",
            "Lovci so ga spremljali več tednov, nato pa je odšel proti jugu.",
            "Pozimi so ga znova videli ob reki.",
            "»To je dober znak za populacijo,« je dejala Zidarjeva."]
EN_KOLAR = ["In the autumn biologist Irena Zidar spotted a bear in the forest.",
            "The bear was about five years old and weighed 180 kilograms.",
            "Hunters followed it for several weeks before it moved south.",
            "In winter it was seen again by the river.",
            "\"This is a good sign for the population,\" Zidar said."]


def test_slovene_woman_by_surname_with_j(article):
    assert not any("Zidarjeva" in m for m in msgs(article(SL_KOLAR, EN_KOLAR, "sl", "en"), "N003"))


def test_slovene_woman_by_surname_other_person_still_flagged(article):
    tgt = EN_KOLAR[:-1] + ["\"This is a good sign for the population,\" Novak said."]
    found = names_msgs(article(SL_KOLAR, tgt, "sl", "en"))
    assert any("Zidarjeva" in m for m in found)


def test_slovene_possessive_long_case_status():
    assert _status("Ob Zidarjevem predlogu so molčali.", "They were silent on Zidar's proposal.",
                   "sl", "en", "Zidarjevem") == "inflected"


# 3. Estonian case endings ---------------------------------------------------------------

def test_estonian_case_ending_and_linking_i():
    src = "Kalurid elasid Sahhalinil ja Kamtšatkal ning mängisid Šostakovitšit."
    tgt = "The fishermen lived on Sakhalin and Kamchatka and played Shostakovich."
    for w in ("Sahhalinil", "Kamtšatkal", "Šostakovitšit"):
        assert _status(src, tgt, "et", "en", w) == "inflected", w


def test_estonian_case_ending_other_place_missing():
    src = "Kalurid elasid Sahhalinil."
    tgt = "The fishermen lived on Okinawa."
    assert _status(src, tgt, "et", "en", "Sahhalinil") == "missing"


ET_BOARD = ["Järve puhastamist korraldas Jahiamet koos kohaliku kalamehega.",
            "Töö kestis kolm suve ja maksis 80 000 eurot.",
            "Jahiameti spetsialisti sõnul paranes vee kvaliteet kiiresti."]


def test_estonian_body_compound_board_rendered_alike(article):
    tgt = ["The cleaning of the lake was organised by the Hunting Board together with a local fisherman.",
           "The work lasted three summers and cost 80,000 euros.",
           "According to a specialist at the Hunting Board, the water quality improved quickly."]
    assert not any("Jahiamet" in m for m in msgs(article(ET_BOARD, tgt, "et", "en"), "N003"))


def test_estonian_body_compound_rendered_once_still_flagged(article):
    tgt = ["The cleaning of the lake was organised together with a local fisherman.",
           "The work lasted three summers and cost 80,000 euros.",
           "According to a specialist at the Hunting Board, the water quality improved quickly."]
    assert any("Jahiamet" in m for m in msgs(article(ET_BOARD, tgt, "et", "en"), "N003"))


# 5. Serbian neuter places in -е, Latin renderings of short names ------------------------

SR_TOWN = ["Општина Пријепоље објавила је конкурс за нове станове.",
           "Према речима начелника Бојана Јовића, станови ће бити изграђени у Пријепољу до краја године.",
           "Историчар Бојан Лукић са Шумарског факултета у Пријепољу каже да је то добра вест."]


def test_serbian_neuter_town_oblique_case(article):
    tgt = ["Prijepolje Municipality has announced a tender for new flats.",
           "According to department head Bojan Jović, the flats will be built in Prijepolje by the end of the year.",
           "Historian Bojan Lukić of the Faculty of Forestry in Prijepolje says this is good news."]
    assert names_msgs(article(SR_TOWN, tgt, "sr", "en")) == []


SR_FLATS = ["Општина је објавила конкурс за нове станове.",
            "Према речима начелника Бојана Јовића, станови ће бити изграђени у Пријепољу до краја године.",
            "Конкурс траје месец дана."]


def test_serbian_neuter_town_oblique_case_alone(article):
    tgt = ["The municipality has announced a tender for new flats.",
           "According to department head Bojan Jović, the flats will be built in Prijepolje by the end of the year.",
           "The tender runs for a month."]
    assert names_msgs(article(SR_FLATS, tgt, "sr", "en")) == []


def test_serbian_neuter_town_swapped_still_flagged(article):
    tgt = ["The municipality has announced a tender for new flats.",
           "According to department head Bojan Jović, the flats will be built in Sombor by the end of the year.",
           "The tender runs for a month."]
    assert any("Пријепољу" in m for m in names_msgs(article(SR_FLATS, tgt, "sr", "en")))


def test_serbian_cyrillic_neuter_case_present():
    idx = NameIndex("They live in Prijepolje.", "en")
    g = find_names("Живе у Пријепољу.", "sr", "en")[0]
    assert N._group_present(g, idx, "en", "sr")


def test_latin_marks_spelled_from_cyrillic_source():
    src = "Манастир Жича обновљен је прошле године."
    t = find_names("The Žiča Monastery was renovated last year.", "en", "sr")[0]
    assert N._spelled_from_source(t, src, "en", "sr")


def test_latin_spelling_of_another_word_not_spelled_from_source():
    src = "Манастир Жича обновљен је прошле године."
    t = find_names("The Sopoćani Monastery was renovated last year.", "en", "sr")[0]
    assert not N._spelled_from_source(t, src, "en", "sr")


# 6. an adjective before a lower-case faculty, school, library ---------------------------

def test_croatian_adjective_before_faculty(article):
    src = ["Studenti Agronomskog fakulteta posadili su tisuću stabala.",
           "Akcija je trajala tri dana."]
    tgt = ["Students of the Faculty of Agriculture planted a thousand trees.",
           "The campaign lasted three days."]
    assert not any("Agronomskog" in m for m in msgs(article(src, tgt, "hr", "en"), "N003"))


def test_body_heads_cover_schools_and_faculties():
    for w, lang in (("факултета", "sr"), ("fakulteta", "hr"), ("knjižnice", "sl"), ("школы", "ru")):
        assert N._is_body_head(w.casefold(), lang), (w, lang)


# 7. a Serbo-Croatian place adjective on a stem in c -------------------------------------

def test_c_stem_place_adjective_is_no_second_spelling():
    assert N._slavic_place_adjective("vinice", "vinicke", "sr", "en")
    assert N._slavic_place_adjective("subotac", "subotacki", "hr", "en")
    assert not N._slavic_place_adjective("vinice", "vinicko", "de", "en")  # no Slavic language
    assert not N._slavic_place_adjective("vinice", "vinicer", "sr", "en")


# 8. a Hungarian event's name translated ------------------------------------------------

HU_FEST = ["A 15. Soproni Pogácsasütő Fesztivál idén is sok látogatót vonzott.",
           "A szervezők szerint mintegy húszezer látogató jött el."]


def test_hungarian_event_words_translated_de(article):
    tgt = ["Das 15. Gebäckfestival von Sopron lockte auch in diesem Jahr viele Besucher an.",
           "Laut den Organisatoren kamen rund zwanzigtausend Gäste."]
    assert not any("Pogácsasütő" in m for m in msgs(article(HU_FEST, tgt, "hu", "de"), "N003"))


def test_hungarian_event_words_translated_en(article):
    tgt = ["The 15th Sopron Scone Baking Festival again drew many visitors this year.",
           "According to the organisers, some twenty thousand people came to the town."]
    assert not any("Pogácsasütő" in m for m in msgs(article(HU_FEST, tgt, "hu", "en"), "N003"))


def test_hungarian_event_head_not_rendered_still_flagged(article):
    tgt = ["In Sopron kamen auch in diesem Jahr viele Besucher an.",
           "Laut den Organisatoren kamen rund zwanzigtausend Gäste."]
    assert any("Pogácsasütő" in m for m in msgs(article(HU_FEST, tgt, "hu", "de"), "N003"))


def test_hungarian_name_before_other_word_not_an_event():
    src = "A Pogácsasütő Egyesület elnöke beszélt."
    g = next(g for g in find_names(src, "hu", "de") if "Pogácsasütő" in g.text)
    assert not N._event_name_translated(g, src, "Der Vorsitzende des Festivalvereins sprach.", "hu", "de")


# 9. a body compound rendered alike in a sentence that names another body too ------------

DA_ROAD = ["I går oplyste Vejdirektoratet, at broen lukkes i tre uger.",
           "Arbejdet koster 40 millioner kroner.",
           "Vejdirektoratets projektleder Mette Lund siger, at bilister kan søge om godtgørelse "
           "gennem Færgerådet, som behandler sagerne."]
EN_ROAD = ["Yesterday the Danish Roads Directorate announced that the bridge will close for three weeks.",
           "The work costs 40 million kroner.",
           "Mette Lund, project manager at the Danish Roads Directorate, says that motorists can apply "
           "for compensation through the Ferry Council, which handles the cases."]


def test_body_compound_rendered_beside_another_body_no_swap(article):
    found = names_msgs(article(DA_ROAD, EN_ROAD, "da", "en"))
    assert not any("Vejdirektoratets" in m for m in found)

