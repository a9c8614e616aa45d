"""Session 51 (s51 batch), group u3: P003 poles of production and curbing in Japanese and
the -zc- subjunctive in Spanish; L002 a street's head kept with a capital and a generic
word kept before its place; N003 a German compound's suspended first part (Rad- und …)
and Welsh in the Slavic languages; N004 German nouns joined by hyphens; D001 "100%"
before a word said as "fully"."""
import mtcheck


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev]


# P003: a cause and its effect in one sentence (stocks piling up, output cut): both poles
def test_ja_production_cut_is_a_fall_es():
    assert not _codes("在庫が積み上がったため、組合は来年度に減産する。",
                      "Debido a la acumulación de existencias, la cooperativa recortará la producción "
                      "el próximo año.", "ja", "es", "P003")


def test_ja_production_cut_is_a_fall_en():
    assert not _codes("在庫が積み上がったため、組合は来年度に減産する。",
                      "Because stocks have piled up, the cooperative will cut output next year.",
                      "ja", "en", "P003")


def test_ja_curbing_blocks_the_rise_en():
    assert not _codes("バター在庫の積み上がりで、生乳生産を３％抑制へ。",
                      "Dairy cooperative to reduce milk output by 3% as butter stocks accumulate.",
                      "ja", "en", "P003")


def test_ja_production_raised_flipped_caught_es():
    assert _codes("農協は来年度、生乳を５％増産する。",
                  "La cooperativa reducirá un 5 % la producción de leche el próximo año.",
                  "ja", "es", "P003", 2)


def test_ja_production_cut_flipped_caught_en():
    assert _codes("農協は来年度、生乳を５％減産する。",
                  "The cooperative will increase milk output by 5% next year.", "ja", "en", "P003", 2)


def test_ja_production_raised_ok_en():
    assert not _codes("農協は来年度、生乳を５％増産する。",
                      "The cooperative will raise milk output by 5% next year.", "ja", "en", "P003")


def test_es_subjunctive_reducir_flipped_caught_en():
    assert _codes("El Gobierno pidió que reduzcamos las emisiones un 10 %.",
                  "The government asked us to increase emissions by 10%.", "es", "en", "P003", 2)


def test_es_subjunctive_crecer_flipped_caught_fr():
    assert _codes("Se espera que la economía crezca un 2 % este año.",
                  "L'économie devrait reculer de 2 % cette année.", "es", "fr", "P003", 2)


def test_es_subjunctive_both_poles_ja():
    # the source asks for more, then for less: the translation has both poles too
    assert not _codes("以前は増産を求められたが、今は減らせと言われる。",
                      "Antes nos pedían que aumentáramos la producción; ahora, que la reduzcamos.",
                      "ja", "es", "P003")


def test_es_subjunctive_ok_en():
    assert not _codes("El Gobierno pidió que reduzcamos las emisiones un 10 %.",
                      "The government asked us to reduce emissions by 10%.", "es", "en", "P003")


# L002: a street's head kept whole, capitalised as the target writes a street's name
def test_ca_street_head_capitalised_en():
    assert not _codes("La llibreria és al carrer de Sant Pau des del 1990, explica la propietària.",
                      "The bookshop has been on Carrer de Sant Pau since 1990, the owner says.",
                      "ca", "en", "L002")


def test_ca_street_head_with_elided_article_en():
    assert not _codes("La llibreria és al carrer de l'Hospital des del 1990, explica la propietària.",
                      "The bookshop has been on Carrer de l'Hospital since 1990, the owner says.",
                      "ca", "en", "L002")


def test_ca_street_head_with_elided_article_fr():
    assert not _codes("La llibreria és al carrer de l'Hospital des del 1990, explica la propietària.",
                      "La librairie est au carrer de l'Hospital depuis 1990, explique la propriétaire.",
                      "ca", "fr", "L002")


def test_ca_street_head_with_elided_article_de():
    assert not _codes("La llibreria és al carrer de l'Hospital des del 1990, explica la propietària.",
                      "Die Buchhandlung liegt seit 1990 in der Carrer de l'Hospital, sagt die Besitzerin.",
                      "ca", "de", "L002")


def test_es_street_head_capitalised_de():
    assert not _codes("La librería está en la calle de Toledo desde 1990, según su dueña.",
                      "Die Buchhandlung liegt seit 1990 in der Calle de Toledo, sagt die Besitzerin.",
                      "es", "de", "L002")


def test_ca_street_head_alone_still_copied_en():
    assert _codes("La llibreria és al carrer de Sant Pau des del 1990, explica la propietària.",
                  "The bookshop has been on the Carrer since 1990, the owner says.", "ca", "en", "L002", 2)


# L002: a generic word of a building's name kept, its place moved beside it
def test_de_name_word_before_place_kept_en():
    assert not _codes("Das Konzert findet am Freitag im Kulturhaus Lindenthal statt.",
                      "The concert takes place on Friday at the Kulturhaus in Lindenthal.", "de", "en", "L002")


def test_de_name_word_before_place_kept_fr():
    assert not _codes("Das Konzert findet am Freitag im Kulturhaus Lindenthal statt.",
                      "Le concert aura lieu vendredi au Kulturhaus de Lindenthal.", "de", "fr", "L002")


def test_de_name_word_after_place_possessive_en():
    assert not _codes("Das Konzert findet am Freitag im Kulturhaus Lindenthal statt.",
                      "The concert takes place on Friday at Lindenthal's Kulturhaus.", "de", "en", "L002")


def test_de_name_word_without_place_still_copied_en():
    assert _codes("Das Konzert findet am Freitag im Kulturhaus Lindenthal statt.",
                  "The concert takes place on Friday at the Kulturhaus.", "de", "en", "L002", 2)


def test_de_title_before_person_still_copied_en():
    assert _codes("Bürgermeister Trümper sagte am Freitag, das Projekt sei wichtig.",
                  "Bürgermeister Trümper said on Friday that the project was important.", "de", "en", "L002", 2)


# N003: a German compound's first part before "und" and its partner is a common noun
def test_de_suspended_compound_part_en():
    assert not _codes("Die Gemeinde plant neue Rad- und Wanderwege am See.",
                      "The municipality is planning new cycle paths and hiking trails by the lake.",
                      "de", "en", "N003")


def test_de_suspended_compound_part_fr():
    assert not _codes("Die Gemeinde plant neue Rad- und Wanderwege am See.",
                      "La commune prévoit de nouvelles pistes cyclables et de nouveaux sentiers de "
                      "randonnée au bord du lac.", "de", "fr", "N003")


def test_de_suspended_compound_part_headline_en():
    assert not _codes("Stadtrat gibt grünes Licht für neue Rad- und Fußgängerbrücke",
                      "Council approves new cycling and pedestrian bridge", "de", "en", "N003")


def test_de_suspended_compound_real_name_still_missing_en():
    found = _codes("Der Konzern Siemens baut eine neue Rad- und Fußgängerbrücke über den Fluss.",
                   "The group is building a new cycling and pedestrian bridge over the river.",
                   "de", "en", "N003")
    assert any("Siemens" in f.message for f in found)
    assert not any("Rad" in f.message for f in found)


# N003: Welsh in the Slavic languages' own words
def test_welsh_language_sl():
    assert not _codes("The museum offers guided tours in both Welsh and English.",
                      "Muzej ponuja vodene oglede v valižanščini in angleščini.", "en", "sl", "N003")


def test_welsh_adjective_hr():
    assert not _codes("Welsh farmers protested outside the parliament in Cardiff.",
                      "Velški poljoprivrednici prosvjedovali su ispred parlamenta u Cardiffu.",
                      "en", "hr", "N003")


def test_welsh_language_cs():
    assert not _codes("The museum offers guided tours in both Welsh and English.",
                      "Muzeum nabízí prohlídky s průvodcem ve velštině i v angličtině.", "en", "cs", "N003")


# N004: German nouns joined by hyphens are a compound, no name put in
def test_de_hyphenated_nouns_no_name_en():
    assert not _codes("Maplemakers in the north reported a poor season after a warm spell broke "
                      "the freeze-thaw cycle in March.",
                      "Ahornsirupproduzenten im Norden meldeten eine schlechte Saison, nachdem eine "
                      "Wärmeperiode im März den Frost-Tau-Wechsel unterbrochen hatte.", "en", "de", "N004")


def test_de_hyphenated_nouns_no_name_es():
    assert not _codes("Los Acericultores del norte tuvieron una mala temporada porque el deshielo de "
                      "marzo interrumpió el ciclo de congelación y descongelación.",
                      "Die Ahornsirupproduzenten im Norden hatten eine schlechte Saison, weil das "
                      "Tauwetter im März den Frost-Tau-Wechsel unterbrochen hatte.", "es", "de", "N004")


def test_de_hyphenated_name_still_a_name():
    from mtcheck.rules._text import find_names
    names = [g.text for g in find_names("Die Forscher des Max-Planck-Instituts reisten nach "
                                        "Baden-Württemberg.", "de", "en")]
    assert any("Planck" in n for n in names) and "Baden-Württemberg" in names


# D001: "100%" before a word said as "fully" / "entirely"
def test_pt_hundred_percent_fully_en():
    assert not _codes("A empresa comprou 30 camiões 100% elétricos este ano.",
                      "The company bought 30 fully electric lorries this year.", "pt", "en", "D001")


def test_en_hundred_percent_vollelektrisch_de():
    assert not _codes("The new ferry is 100% electric and carries 200 cars.",
                      "Die neue Fähre ist vollelektrisch und befördert 200 Autos.", "en", "de", "D001")


def test_en_hundred_per_cent_entierement_fr():
    assert not _codes("The packaging is 100 per cent recyclable, the firm says.",
                      "L'emballage est entièrement recyclable, selon l'entreprise.", "en", "fr", "D001")


def test_hundred_percent_dropped_still_caught_fr():
    assert _codes("The packaging is 100 per cent recyclable, the firm says.",
                  "L'emballage est recyclable, selon l'entreprise.", "en", "fr", "D001")


def test_hundred_percent_changed_still_caught_de():
    assert _codes("The firm sold 100% of its shares to a fund.",
                  "Die Firma verkaufte 10 % ihrer Anteile an einen Fonds, ganz im Stillen.", "en", "de", "D001", 2)
