"""Session 47 (g1): names in Latin script; false alarms found by the held-out articles of
batch s47 (bench/articles), fixed as classes (written for mtcheck).

1. a country acronym that a language writes for another entity than the lexicon's reading
   (Spanish EU = Estados Unidos, Dutch VS = Verenigde Staten) names that entity too
   (data/names/acronyms.lang.txt);
2. Turkish glues case and possessive endings to common nouns only (a name takes them
   after an apostrophe): a capitalised opening word that is a common noun with such an
   ending, or written in lower case with one elsewhere, is no name;
3. a CLDR name of several words matched by its words' first four letters (declension)
   must not go on past them by more than a declension ending (Kepulauan Karimata is not
   Kepulauan Karibia, the Caribbean);
4. exonyms as data: Swiss towns with a German and a French name (Burgdorf ~ Berthoud),
   US states the languages adapt (Florida ~ Flórida).
"""

from __future__ import annotations

import mtcheck


def names(src, tgt, sl, tl, *prefixes):
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefixes or ("N",)) and not f.suppressed]


def doc_names(article, src, tgt, sl, tl):
    return [(f.code, f.text, f.message) for f in article(src, tgt, sl, tl)
            if f.code.startswith("N") and not f.suppressed]


# 1. language-specific country acronyms

def test_spanish_eu_is_the_united_states_es_en():
    src = "El peso cayó frente al dólar tras los aranceles anunciados por EU el lunes."
    assert names(src, "The peso fell against the dollar after tariffs announced by the US on Monday.",
                 "es", "en") == []
    assert ("N004", "China") in names(src, "The peso fell against the dollar after tariffs announced "
                                      "by China on Monday.", "es", "en")
    # the English EU is still the European Union
    assert ("N004", "EU") in names("The US announced new tariffs on steel on Monday.",
                                   "Die EU kündigte am Montag neue Zölle auf Stahl an.", "en", "de")


def test_dutch_vs_is_the_united_states_nl_en():
    src = "De VS kondigden maandag nieuwe heffingen op staal aan."
    assert names(src, "The US announced new tariffs on steel on Monday.", "nl", "en") == []
    assert names(src, "Japan announced new tariffs on steel on Monday.", "nl", "en") != []


# 2. Turkish common nouns with case endings glued on

_TR_SRC = [
    "Üzümde rekolte düşüşü: Manisa çiftçileri fiyatlara tepkili",
    "Manisa'da bu yıl üzüm rekoltesinin yüzde 20 düşmesi bekleniyor.",
    "Çiftçi Mehmet Yıldırımoğlu, \"Üzümümüzü bağda bırakırız ama bu fiyata satmayız\" dedi.",
    "Yıldırımoğlu, maliyetlerin geçen yıla göre iki katına çıktığını söyledi.",
]
_TR_TGT = [
    "Grape harvest falls: Manisa farmers angered by prices",
    "The grape harvest in Manisa is expected to fall by 20 percent this year.",
    "Farmer Mehmet Yıldırımoğlu said: \"We will leave our grapes in the vineyard, but we will not "
    "sell at this price.\"",
    "Yıldırımoğlu said costs had doubled compared with last year.",
]


def test_turkish_case_forms_of_common_nouns_tr_en(article):
    assert [x for x in doc_names(article, _TR_SRC, _TR_TGT, "tr", "en") if x[0] == "N003"] == []
    # a name dropped is still missing
    tgt = list(_TR_TGT)
    tgt[3] = "He said costs had doubled compared with last year."
    tgt[2] = "A farmer said: \"We will leave our grapes in the vineyard, but we will not sell at this price.\""
    assert any(x[0] == "N003" and "Yıldırımoğlu" in x[2] for x in doc_names(article, _TR_SRC, tgt, "tr", "en"))


def test_turkish_case_form_rule_keeps_names():
    from mtcheck.rules.names import _tr_case_form
    assert _tr_case_form("buğdayda", "tr") and _tr_case_form("üzümümüzü", "tr")
    assert _tr_case_form("kitabımızı", "tr")  # kitap, its p voiced before a vowel
    assert not _tr_case_form("ankara", "tr") and not _tr_case_form("buğdayda", "de")


def test_turkish_rare_word_written_lower_with_ending_tr_de(article):
    # a rare common noun opening two sentences, in lower case with an ending elsewhere
    src = ["Tütün üreticileri nem ölçümüne itiraz ediyor",
           "Üreticiler, tüccarların rutubetli tütüne düşük fiyat verdiğini söylüyor.",
           "Rutubet, yaprakların içindeki su oranını gösteriyor ve fiyat buna göre belirleniyor.",
           "Kooperatif başkanı Ali Demirtaş, \"Rutubet ölçümlerinde ciddi farklar var\" dedi."]
    tgt = ["Tabakbauern wehren sich gegen die Feuchtigkeitsmessung",
           "Die Bauern sagen, die Händler zahlten für feuchten Tabak niedrige Preise.",
           "Der Feuchtigkeitsgehalt gibt den Wasseranteil der Blätter an, und der Preis richtet sich danach.",
           "Genossenschaftschef Ali Demirtaş sagte: \"Bei den Feuchtigkeitsmessungen gibt es große Unterschiede.\""]
    assert [x for x in doc_names(article, src, tgt, "tr", "de") if x[0] == "N003"] == []
    # the same article with the lower-case form gone: the capitalised word is all there is
    src[1] = "Üreticiler, tüccarların nemli tütüne düşük fiyat verdiğini söylüyor."
    assert any(x[0] == "N003" for x in doc_names(article, src, tgt, "tr", "de"))


# 3. multiword CLDR names matched by their words' openings

def test_island_group_is_no_caribbean_id_en():
    src = "Ribuan nelayan di Kepulauan Karimata terdampak badai pekan lalu."
    assert names(src, "Thousands of fishermen in the Karimata Islands were hit by the storm last week.",
                 "id", "en") == []
    # a CLDR name declined word by word is still read (Stany Zjednoczone ~ Stanach Zjednoczonych)
    src = "Wielu imigrantów mieszka w Stanach Zjednoczonych od dekad."
    assert names(src, "Many immigrants have lived in the United States for decades.", "pl", "en") == []
    assert ("N006", "Canada") in names(src, "Many immigrants have lived in Canada for decades.", "pl", "en")


# 4. exonyms as data

def test_swiss_french_exonym_de_fr():
    src = "Der Bahnhof von Burgdorf wird ab Juni umgebaut, teilte die Gemeinde mit."
    assert names(src, "La gare de Berthoud sera transformée dès juin, a indiqué la commune.", "de", "fr") == []
    assert ("N004", "Morges") in names(src, "La gare de Morges sera transformée dès juin, a indiqué "
                                       "la commune.", "de", "fr")


def test_swiss_german_exonym_fr_de():
    src = "La Gruyère et la Broye attirent de nombreux touristes, selon Payerne."
    assert names(src, "Das Greyerzerland und die Broye ziehen viele Touristen an, so Peterlingen.",
                 "fr", "de") == []
    assert names(src, "Das Emmental und die Broye ziehen viele Touristen an, so Peterlingen.",
                 "fr", "de") != []


def test_us_state_exonym_en_pt():
    from mtcheck.rules._text import exonym_classes, fold
    assert exonym_classes(fold("Flórida")) == exonym_classes(fold("Florida")) != frozenset()
    assert exonym_classes(fold("Pensilvânia")) == exonym_classes(fold("Pennsylvania")) != frozenset()
    assert ("N004", "Geórgia") in names("Orange juice prices rose after hurricanes hit Florida last year.",
                                        "Os preços do suco de laranja subiram depois que furacões "
                                        "atingiram a Geórgia no ano passado.", "en", "pt")


# 5. a body's name that is one compound ending in its head noun, translated alike at
#    every mention (Finnish -virasto, Danish -forvaltningen)

_FI_SRC = ["Ruokavirasto varoittaa salmonellasta",
           "Ruokaviraston mukaan tartuntoja on todettu tänä vuonna jo 40.",
           "”Tilanne on vakava”, sanoo Ruokaviraston johtaja Liisa Mäkelä.",
           "Mäkelän mukaan kuluttajien kannattaa kuumentaa broilerinliha huolellisesti."]
_FI_TGT = ["Finnish Food Agency warns of salmonella",
           "According to the Finnish Food Agency, 40 infections have been found this year already.",
           "“The situation is serious,” says Liisa Mäkelä, director at the Finnish Food Agency.",
           "According to Mäkelä, consumers should heat chicken meat thoroughly."]


def test_compound_body_translated_alike_fi_en(article):
    assert [x for x in doc_names(article, _FI_SRC, _FI_TGT, "fi", "en") if x[0] == "N003"] == []
    # another body put in at one mention: still flagged there (since session 47 r4 as the
    # swap it is, N004, the document rendering the body otherwise elsewhere)
    tgt = list(_FI_TGT)
    tgt[2] = "“The situation is serious,” says Liisa Mäkelä, director at the National Health Agency."
    assert any(x[0] in ("N003", "N004") for x in doc_names(article, _FI_SRC, tgt, "fi", "en"))


def test_compound_body_translated_alike_da_en(article):
    src = ["Kommunen lukker to badezoner efter regnvejr",
           "Badevandet er forurenet efter weekendens regn, oplyser Sundhedsforvaltningen.",
           "»Vi tager ingen chancer,« siger Mette Holm, der er afdelingschef i Sundhedsforvaltningen.",
           "Holm venter, at badezonerne kan åbne igen på onsdag."]
    tgt = ["Municipality closes two bathing zones after rain",
           "The bathing water is polluted after the weekend's rain, the Health Administration says.",
           "\"We are not taking any chances,\" says Mette Holm, head of department at the Health "
           "Administration.",
           "Holm expects the bathing zones to reopen on Wednesday."]
    assert [x for x in doc_names(article, src, tgt, "da", "en") if x[0] == "N003"] == []


# 6. a Polish or Czech relational adjective of a body's name rendered by its noun

def _rel(src, tgt, sl):
    from mtcheck.rules._text import find_names
    from mtcheck.rules.names import _relational_adjective_kept
    g = next(g for g in find_names(src, sl, "en") if "Blues" in g.text)
    return _relational_adjective_kept(g, src, tgt, sl, "en")


def test_relational_adjective_rendered_by_noun_pl_en():
    src = "Członkowie Opolskiego Klubu Bluesowego zagrają w sobotę na rynku."
    assert _rel(src, "Members of the Opole Blues Club will play on the market square on Saturday.", "pl")
    assert not _rel(src, "Members of the Gdańsk Blues Club will play on the market square on Saturday.", "pl")


def test_relational_adjective_rendered_by_noun_cs_en():
    src = "Členové Brněnského Klubu Bluesového zahrají v sobotu na náměstí."
    assert _rel(src, "Members of the Brno Blues Club will play on the square on Saturday.", "cs")
    assert not _rel(src, "Members of the Ostrava Blues Club will play on the square on Saturday.", "cs")
