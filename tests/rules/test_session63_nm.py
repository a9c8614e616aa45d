"""Session 63 (helper nm): misspelt names N001 missed or judged minor.

1. (_misspellings) a surname's slip after a given name both keep
   (_kept_given_surname_slips, major) now outweighs the rare-word search's unconfirmed
   minor verdict at the same word, as a kept name's slip already did (Gerd Obermaier ~
   "Obermair").
2. (_kept_given_surname_slips, _source_language_name) a surname the source's own language
   writes most (half a Zipf step above every other usual language: English names, which
   no language's texts favour by a full step) written one letter off into a form no text
   of the usual languages uses (Rachel Featherstone ~ "Featherstane").
3. (_rare_slips, _vowel_consonant_swapped) a vowel and a neighbouring consonant swapped
   inside a Latin-script name beside a name word both keep (Besa Gjini ~ "Gijni"):
   major, as two consonants swapped already were.
4. (_clipped_beside_full) a name word written without its last letter where the
   translation writes it in full elsewhere and the source has it more often, between
   languages that give names no ending (Helen Radcliffe ... "Mme Radcliff").
5. (_script_slips) out of Cyrillic, a name in a Slavic Latin alphabet (č, š, ž) is judged
   too, and a consonant whose rendering is one letter (в: v, whatever a final -ff) left out
   counts (Јанчевски ~ "Jančeski"); out of Cyrillic or Greek, a vowel moved across two
   letters (Παπαδόπουλος ~ "Papadoupolos").
6. (_hangul_name_slips) a Korean given name's syllable written with its last consonant
   doubled (만수 ~ "Mann-su"), minor like the other mixes.
7. (_han_slips) out of Japanese, one short vowel changed for another beside a name word
   that reads as the source (田村正夫 ~ "Masao Tamora"): major.
8. (kana_liquid_slips) into Japanese, the ス of an s before a consonant left out of a
   katakana name word (Kaminski ~ カミンキー).
9. (_kept_given_surname_slips, _slip_into_word) a surname with no home language, one
   consonant changed into a common word of the target language after a kept given name
   (Pablo Soler ~ "Pablo Sober").
"""
from __future__ import annotations

import mtcheck


def n001(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(f.severity.label, tgt[f.span[0]:f.span[1]])
            for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]


def names(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.label, tgt[f.span[0]:f.span[1]])
            for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")]


# -- 1. a kept given name's surname slip outweighs the unconfirmed one ------------------------

def test_german_surname_after_kept_given_name_into_dutch_is_major():
    src = "Der Stadtrat Gerd Obermaier kritisierte die Kosten des neuen Hallenbads scharf."
    assert n001(src, "Gemeenteraadslid Gerd Obermair had scherpe kritiek op de kosten van het nieuwe zwembad.",
                "de", "nl") == [("major", "Obermair")]
    assert n001(src, "Gemeenteraadslid Gerd Obermaier had scherpe kritiek op de kosten van het nieuwe zwembad.",
                "de", "nl") == []


def test_french_surname_after_kept_given_name_into_german_is_major():
    src = "La maire Sophie Vuillaume a présenté le nouveau plan de circulation mardi."
    assert n001(src, "Die Bürgermeisterin Sophie Vuillame stellte am Dienstag den neuen Verkehrsplan vor.",
                "fr", "de") == [("major", "Vuillame")]
    assert n001(src, "Die Bürgermeisterin Sophie Vuillaume stellte am Dienstag den neuen Verkehrsplan vor.",
                "fr", "de") == []


# -- 2. an English surname written into nobody's spelling --------------------------------------

def test_english_surname_vowel_changed_into_norwegian():
    src = "The inspector, Rachel Featherstone, said the accident could have been avoided."
    assert n001(src, "Inspektøren, Rachel Featherstane, sa at ulykken kunne vært unngått.", "en", "nb") \
        == [("major", "Featherstane")]
    assert n001(src, "Inspektøren, Rachel Featherstone, sa at ulykken kunne vært unngått.", "en", "nb") == []


def test_english_surname_vowel_dropped_into_french():
    src = "The site manager, Peter Ashcroft, said the work would finish in May."
    assert n001(src, "Le chef de chantier, Peter Ashcrft, a indiqué que les travaux se termineraient en mai.",
                "en", "fr") == [("major", "Ashcrft")]
    assert n001(src, "Le chef de chantier, Peter Ashcroft, a indiqué que les travaux se termineraient en mai.",
                "en", "fr") == []


def test_transliterated_name_in_english_keeps_its_variants():
    # a transliteration the target language's texts use is no slip (Rouhani ~ Rohani)
    src = "President Hassan Rouhani met the delegation in Tehran on Monday."
    assert [x for x in n001(src, "Le président Hassan Rohani a reçu la délégation lundi à Téhéran.", "en", "fr")
            if x[0] != "minor"] == []


# -- 3. a vowel and a consonant swapped -----------------------------------------------------

def test_albanian_surname_letters_swapped_into_english():
    src = "Drejtori Dritan Krasniqi tha se punimet do të përfundojnë në maj."
    assert n001(src, "The director, Dritan Karsniqi, said the work would be finished in May.", "sq", "en") \
        == [("major", "Karsniqi")]
    assert n001(src, "The director, Dritan Krasniqi, said the work would be finished in May.", "sq", "en") == []


def test_albanian_surname_letters_swapped_into_italian_and_spanish():
    src = "Zëvendësministrja Besa Gjini vizitoi Durrësin të enjten."
    assert n001(src, "La viceministra Besa Gijni ha visitato Durazzo giovedì.", "sq", "it") == [("major", "Gijni")]
    assert n001(src, "La viceministra Besa Gijni visitó Durrës el jueves.", "sq", "es") == [("major", "Gijni")]
    assert n001(src, "La viceministra Besa Gjini visitó Durrës el jueves.", "sq", "es") == []


def test_swap_among_the_last_letters_stays_a_case():
    # Croatian Karlovac ~ Karlovca: the fleeting vowel of a case, not a swap
    assert _swap("karlovca", "karlovac") is False
    assert _swap("centre", "center") is False
    assert _swap("gijka", "gjika") is True
    assert _swap("rahman", "rhaman") is False  # (an h: transliterations move it)


def _swap(a: str, b: str) -> bool:
    from mtcheck.rules.names import _vowel_consonant_swapped
    return _vowel_consonant_swapped(a, b)


# -- 4. a name clipped where the translation spells it in full ---------------------------------

def test_clipped_surname_beside_full_into_french():
    src = ("The chief executive, Helen Radcliffe, said the plant would hire 40 people. "
           "Ms Radcliffe said the first cheeses would be ready by Christmas.")
    tgt = ("La directrice générale, Helen Radcliffe, a déclaré que l'usine embaucherait 40 personnes. "
           "Mme Radcliff a indiqué que les premiers fromages seraient prêts pour Noël.")
    assert ("major", "Radcliff") in n001(src, tgt, "en", "fr")
    assert n001(src, tgt.replace("Radcliff ", "Radcliffe "), "en", "fr") == []


def test_clipped_surname_beside_full_into_spanish():
    # the short form is another real name (Clark): the translation's own full spelling
    # shows the slip
    src = ("The coach, Mark Clarke, praised the team. "
           "Clarke said the final would be hard.")
    tgt = ("El entrenador, Mark Clarke, elogió al equipo. "
           "Clark dijo que la final sería difícil.")
    assert ("major", "Clark") in n001(src, tgt, "en", "es")


def test_clipped_form_the_source_has_as_often_is_left_alone():
    # the source names the short form only once and the translation writes the full
    # form as often as the source: nothing to contradict
    src = "The coach, Mark Whitmore, praised the team."
    tgt = "El entrenador, Mark Whitmore, elogió al equipo."
    assert n001(src, tgt, "en", "es") == []


# -- 5. out of Cyrillic and Greek ----------------------------------------------------------------

def test_macedonian_consonant_dropped_in_slavic_latin():
    src = "Директорот Марјан Јанчевски најави нови термини за пензионерите."
    assert n001(src, "Director Marjan Jančeski announced new slots for pensioners.", "mk", "en") \
        == [("major", "Jančeski")]
    assert n001(src, "Director Marjan Jančevski announced new slots for pensioners.", "mk", "en") == []


def test_macedonian_consonant_dropped_ascii():
    src = "Градоначалникот Никола Богдановски ја отвори салата."
    assert n001(src, "Mayor Nikola Bogdanoski opened the hall.", "mk", "en") == [("major", "Bogdanoski")]
    assert n001(src, "Mayor Nikola Bogdanovski opened the hall.", "mk", "en") == []


def test_greek_vowel_moved_into_english_and_german():
    src = "Ο δήμαρχος Γιώργος Παπαδόπουλος εγκαινίασε το νέο πάρκο."
    assert n001(src, "Mayor Giorgos Papadoupolos opened the new park.", "el", "en") \
        == [("major", "Papadoupolos")]
    assert n001(src, "Bürgermeister Giorgos Papadoupolos eröffnete den neuen Park.", "el", "de") \
        == [("major", "Papadoupolos")]
    assert n001(src, "Mayor Giorgos Papadopoulos opened the new park.", "el", "en") == []


# -- 6. a Korean syllable's last consonant doubled ------------------------------------------------

def test_korean_given_name_final_doubled():
    src = "김만수 시장은 새 도서관이 내년에 문을 연다고 말했다."
    assert n001(src, "Mayor Kim Mann-su said the new library would open next year.", "ko", "en") \
        == [("minor", "Mann-su")]
    assert n001(src, "Le maire Kim Mann-su a déclaré que la nouvelle bibliothèque ouvrirait l'an prochain.",
                "ko", "fr") == [("minor", "Mann-su")]
    assert n001(src, "Mayor Kim Man-su said the new library would open next year.", "ko", "en") == []


# -- 7. a Japanese name's short vowel changed beside a name word read right ---------------------

def test_japanese_surname_vowel_changed_beside_given_name():
    src = "生産者の田村正夫さん（68）は「飼料価格が下がらなければ厳しい」と話す。"
    assert n001(src, "El productor Masao Tamora, de 68 años, dice que será difícil.", "ja", "es") \
        == [("major", "Tamora")]
    assert n001(src, "The farmer Masao Tamora, 68, says it will be hard.", "ja", "en") \
        == [("major", "Tamora")]
    assert n001(src, "The farmer Masao Tamura, 68, says it will be hard.", "ja", "en") == []


def test_japanese_vowel_slip_shape():
    from mtcheck.rules.names import _ja_vowel_slip
    assert _ja_vowel_slip("kimora", "kimura")
    assert not _ja_vowel_slip("satoo", "satou")  # a long vowel, the last letter
    assert not _ja_vowel_slip("nakada", "nakata")  # voicing, a reading


# -- 8. the kana of an s left out ---------------------------------------------------------------

def test_katakana_s_dropped():
    src = "\"The harvest is late,\" said Anna Kaminski, who grows grapes near the lake."
    assert n001(src, "「収穫が遅い」と、湖の近くでブドウを栽培するアンナ・カミンキーさんは話す。", "en", "ja") \
        == [("major", "カミンキー")]
    assert n001(src, "「収穫が遅い」と、湖の近くでブドウを栽培するアンナ・カミンスキーさんは話す。", "en", "ja") == []
    # a French name's silent s is no kana's (Descartes ~ デカルト), nor English's (Carlisle)
    assert n001(src.replace("Kaminski", "Descartes"),
                "「収穫が遅い」と、湖の近くでブドウを栽培するアンナ・デカルトさんは話す。", "en", "ja") == []


def test_katakana_s_dropped_before_t():
    src = "\"We were lucky,\" said Tom Preston, a farmer near the river."
    assert n001(src, "「運が良かった」と、川の近くの農家トム・プレトンさんは話す。", "en", "ja") \
        == [("major", "プレトン")]
    assert n001(src, "「運が良かった」と、川の近くの農家トム・プレストンさんは話す。", "en", "ja") == []


# -- 9. a surname with no home slipped into a common word --------------------------------------

def test_surname_slipped_into_common_word_after_kept_given_name():
    src = "El entrenador Pablo Soler elogió al equipo."
    assert n001(src, "Coach Pablo Sober praised the team.", "es", "en") == [("major", "Sober")]
    assert n001(src, "Coach Pablo Soler praised the team.", "es", "en") == []


def test_slip_into_word_shape():
    from mtcheck.rules.names import _slip_into_word
    assert _slip_into_word("sober", "soler", "en")
    assert not _slip_into_word("moral", "morel", "en")  # a vowel: other searches judge it
    assert not _slip_into_word("xqzt", "xqzs", "en")  # no word
