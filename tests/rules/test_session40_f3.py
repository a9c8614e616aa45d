"""Session 40 (f3): false alarms and misses of the language and form rules found by
held-out articles (bench/articles), fixed as classes (written for mtcheck).

1. L002: a German proper name no German noun is spelled like (data/names/de_proper.txt),
   or such a name after a word naming a part of it (Ober-, Süd-, Hoch- …), is a name kept
   in the translation, not a noun left untranslated;
2. L002: two capitalised words with only short lower-case particles between them, copied
   as the source has them (Puerto de la Cruz), are a name, in a source language that
   capitalises names only;
3. X001: capitalised English words in a German translation (a company's English name,
   Hokkaido Advanced Battery Technologies) are a name kept in English, whatever the source's language,
   not nouns strung in the source's order;
4. alignment (C002's false addition): a sentence left unaligned that closes a quotation the
   sentence before it opens is the rest of that quotation, which the source wrote as one
   sentence: it joins the bead before (attach_continuations);
5. S001: German "…, die die Kinder" is licensed by a clause boundary right before the pair
   or one word (a preposition) before it; two words after the comma the relative clause
   has its pronoun already (", das auf dem dem Gelände" is a slip);
6. S001: an English phrasal verb's particle before the same preposition ("the frost sets
   in in March", "carried on on Monday"), data/form/reduplication.en.txt "@prev";
7. F003: a one-word ad marker (Advertisement, Anzeige, Publicité …) glued to the start of
   a paragraph before a capitalised word;
8. F002: a labelled picture credit between two sentences inside a paragraph, where the
   next sentence opens with a common word of the language;
9. C002 without the sentence encoder: a target sentence the aligner absorbed into a
   one-to-many bead that is too long, which shares no anchor with the source (number, name,
   word spelled alike) while the rest of the bead carries the source's;
10. S008: Spanish "una"/"uno" after "cada" (each one) or "la" (the hour) is a pronoun, not
    an article that lost its noun;
11. S010: a Japanese sentence closed by a corner bracket (「…」) needs no 。;
12. S006: an English form that doubles a common short word's last consonant before -ing,
    -ed (pup → pupping; not -er: maller ~ smaller) is a word, not a slip of a commoner neighbour;
13. P001: French "personne"/"jamais" before its "ne" also starts a clause after a word
    that opens one (que, qui, où, quand …): "une tombe que personne n'a touchée".
"""

from __future__ import annotations

import mtcheck
from mtcheck.align import attach_continuations


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def test_german_region_names_are_kept_not_copied():
    assert codes("Im Sauerland wurden am Montag drei Straßen gesperrt.",
                 "Three roads were closed in the Sauerland on Monday.", "de", "en", "L002") == []
    assert codes("Im Hochsauerland wurden am Montag drei Straßen gesperrt.",
                 "Three roads were closed in the Hochsauerland on Monday.", "de", "en", "L002") == []
    # a German noun left untranslated is still a copy
    assert codes("Der Bürgermeister hat am Montag drei Straßen gesperrt.",
                 "The Bürgermeister closed three roads on Monday.", "de", "en", "L002")
    assert codes("Die Feuerwehr hat am Montag drei Straßen gesperrt.",
                 "The Feuerwehr closed three roads on Monday.", "de", "en", "L002")
    # a place with a name of its own in the target language is left untranslated, whole or
    # after a part word (Nordkorea ~ North Korea)
    assert codes("In Argentinien wurden am Montag drei Straßen gesperrt.",
                 "Three roads were closed in Argentinien on Monday.", "de", "en", "L002")
    assert codes("In Nordkorea wurden am Montag drei Straßen gesperrt.",
                 "Three roads were closed in Nordkorea on Monday.", "de", "en", "L002")


def test_place_name_with_two_particles_is_no_copy():
    assert codes("El ferry sale cada mañana del puerto de Santa Cruz de la Palma hacia el norte.",
                 "The ferry leaves the port of Santa Cruz de la Palma every morning heading north.",
                 "es", "en", "L002") == []
    assert codes("La feria se celebra en Villanueva de los Infantes desde hace un siglo.",
                 "The fair has been held in Villanueva de los Infantes for a century.",
                 "es", "en", "L002") == []
    # the same particles copied between ordinary words are still copies
    assert codes("El precio de los alquileres subió un diez por ciento.",
                 "The price de los rents rose by ten percent.", "es", "en", "L002")


def test_english_company_name_in_german_is_no_noun_chain():
    src = "北海道先端電池技術（HABT）は、毎日約3000個の電池を出荷している。"
    tgt = ("Die Firma Hokkaido Advanced Battery Technologies (HABT) liefert täglich rund 3000 Batterien "
           "aus, die in Elektroautos verbaut werden.")
    assert codes(src, tgt, "ja", "de", "X001") == []
    # German nouns strung in the source's order still are
    src = "La police de Lyon a annoncé que l'enquête interne n'a trouvé aucune faute de procédure ou de formation."
    tgt = "Lyon Polizei kündigte an, die interne Untersuchung fand keine Verfahren oder Ausbildung Fehler."
    assert codes(src, tgt, "fr", "de", "X001")


def test_a_sentence_closing_a_quotation_joins_the_bead_before():
    src = ['도서관장은 "운영 시간을 새로 조정했다"며 "학생 반응이 좋다"고 말했다.']
    tgt = ['The library director said: "We have rearranged the opening hours.',
           'Students have responded well."']
    assert attach_continuations([([0], [0]), ([], [1])], src, tgt) == [([0], [0, 1])]
    # German quotation marks, the source's side split
    src = ["„Wir haben die Öffnungszeiten neu geregelt.", "Die Studenten reagieren gut“, sagte der Leiter."]
    tgt = ["« Nous avons réorganisé les horaires et les étudiants réagissent bien », a dit le directeur."]
    assert attach_continuations([([0], [0]), ([1], [])], src, tgt) == [([0, 1], [0])]
    # a sentence after a closed quotation (or opening its own) stays unaligned
    tgt2 = ['The library director said: "We have rearranged the opening hours."',
            'Students have responded well.']
    assert attach_continuations([([0], [0]), ([], [1])], ["x"], tgt2) == [([0], [0]), ([], [1])]
    tgt3 = [tgt[0], '"Students have responded well," he added.']
    assert attach_continuations([([0], [0]), ([], [1])], ["x"], tgt3) == [([0], [0]), ([], [1])]


def test_german_doubled_article_after_a_relative_pronoun_is_a_slip():
    assert codes("The school, which stands on the edge of the park, will reopen.",
                 "Die Schule, die am Rand des des Parks steht, wird wieder eröffnet.", "en", "de", "S001")
    assert codes("The hall, which stands on the site of a former mill, will reopen.",
                 "Die Halle, die auf dem dem Grundstück einer früheren Mühle steht, wird wieder eröffnet.",
                 "en", "de", "S001")
    # the relative pronoun and the article (right after the comma, or after a preposition)
    assert codes("The city where the mayor lives.", "Die Stadt, in der der Bürgermeister wohnt.",
                 "en", "de", "S001") == []
    assert codes("The women the children saw left.", "Die Frauen, die die Kinder sahen, gingen.",
                 "en", "de", "S001") == []


def test_english_particle_before_the_same_preposition_is_no_doubling():
    assert codes("Når frosten setter inn i mars, stenger veien.",
                 "When the frost sets in in March, the road closes.", "nb", "en", "S001") == []
    assert codes("De fortsatte arbeidet på mandag.", "They carried on on Monday.", "nb", "en", "S001") == []
    # after any other word it is a slip
    assert codes("Hun bor i Bergen.", "She lives in in Bergen.", "nb", "en", "S001")
    assert codes("Hun satt på benken.", "She sat on on the bench.", "nb", "en", "S001")


_FERRY_DE = ("Neue Fähre für die Inseln\n\nDie Gemeinde bestellt eine neue Fähre.\n\n"
             "Nicht alle sind überzeugt. Ein Anwohner sagt, die Fähre sei zu klein für den Winter.\n\n"
             "Die Fähre soll 2027 in Betrieb gehen.\n")
_FERRY_EN = ("New ferry for the islands\n\nThe municipality is ordering a new ferry.\n\n"
             "Advertisement Not everyone is convinced. One resident says the ferry is too small for winter.\n\n"
             "The ferry is due to enter service in 2027.\n")


def test_ad_marker_glued_to_a_paragraph_start(article):
    found = [f.text for f in article(_FERRY_DE, _FERRY_EN, "de", "en") if f.code == "F003"]
    assert found == ["Advertisement"]
    assert [f for f in article(_FERRY_DE, _FERRY_EN.replace("Advertisement Not", "Not"), "de", "en")
            if f.code == "F003"] == []
    # a sentence about advertising is no marker
    tgt = _FERRY_EN.replace("Advertisement Not everyone is convinced.", "Advertisement revenue is falling.")
    assert [f for f in article(_FERRY_DE, tgt, "de", "en") if f.code == "F003"] == []


_LAWYER_DE = ("Urteil im Streit um die Deponie\n\nDas Gericht hat am Montag entschieden.\n\n"
              "„Das Urteil ist falsch“, sagte der Anwalt. Er fügte hinzu, dass alle Kontrollen bestanden "
              "worden seien.\n\nDie Stadt will nun prüfen, ob sie Berufung einlegt.\n")
_LAWYER_EN = ("Ruling in the landfill dispute\n\nThe court ruled on Monday.\n\n"
              "\"The ruling is wrong,\" the lawyer said. {}He added that all inspections had been passed."
              "\n\nThe city now wants to examine whether to appeal.\n")


def test_credit_between_two_sentences_of_a_paragraph(article):
    fs = article(_LAWYER_DE, _LAWYER_EN.format("Photo: Anna Berg/Reuters "), "de", "en")
    assert [f.text for f in fs if f.code == "F002"] == ["Photo: Anna Berg/Reuters"]
    assert [f for f in fs if f.code == "F001"] == []  # the sentence before it is body text
    assert [f for f in article(_LAWYER_DE, _LAWYER_EN.format(""), "de", "en") if f.code in ("F001", "F002")] == []


_CLINIC_PT = ("Prefeitura amplia horário dos postos de saúde\n\n"
              "A prefeitura de Campinas vai ampliar o horário de funcionamento de 12 postos de saúde a partir "
              "de segunda-feira.\n\n"
              "De acordo com ele, a expectativa é que o número de atendimentos continue subindo pelo menos até "
              "meados de maio.\n\nOs postos vão funcionar até as 22 horas durante pelo menos um mês.\n")
_CLINIC_ES = ("La Alcaldía amplía el horario de los centros de salud\n\n"
              "La Alcaldía de Campinas ampliará el horario de atención de 12 centros de salud a partir del "
              "lunes.\n\n{}\n\nLos centros funcionarán hasta las 22 horas durante al menos un mes.\n")


def test_added_sentence_absorbed_by_the_aligner(article):
    added = ("Según él, se espera que el número de atenciones siga aumentando al menos hasta mediados de "
             "mayo. Las autoridades descartan por ahora decretar la emergencia sanitaria.")
    fs = [f.text for f in article(_CLINIC_PT, _CLINIC_ES.format(added), "pt", "es") if f.code == "C002"]
    assert fs == ["Las autoridades descartan por ahora decretar la emergencia sanitaria."]
    # the same sentence split in two, each half with words of the source, adds nothing
    split = ("Según él, se espera que el número de atenciones siga aumentando. Esa tendencia debería "
             "continuar al menos hasta mediados de mayo.")
    assert [f for f in article(_CLINIC_PT, _CLINIC_ES.format(split), "pt", "es") if f.code == "C002"] == []


def test_spanish_pronoun_una_after_cada():
    src = "A cidade vai instalar duas tendas com 50 lugares cada uma."
    assert codes(src, "La ciudad instalará dos carpas con 50 plazas cada una.", "pt", "es", "S008") == []
    assert codes("A reunião começa à uma.", "La reunión empieza a la una.", "pt", "es", "S008") == []
    assert codes("Ele mora em uma casa.", "Vive en una.", "pt", "es", "S008")


def test_japanese_quotation_closes_the_sentence():
    src = 'He said: "We will rebuild the bridge." "It will take a year."'
    assert codes(src, "彼は「橋を再建する」と述べた。「1年かかる」", "en", "ja", "S010") == []
    assert codes(src, "彼は「橋を再建する」と述べた。「1年かかる", "en", "ja", "S010")


def test_english_doubled_consonant_form_of_a_short_word():
    src = "Im Frühjahr waren die Bedingungen für die Geburt der Jungen ideal."
    assert codes(src, "In spring, conditions for pupping were ideal.", "de", "en", "S006") == []
    assert codes(src, "In spring, conditions for poping were ideal.", "de", "en", "S006")
    # not before -er: a rare form there is a slip (maller ~ smaller), not a comparative
    assert codes("Kleinere Boote bieten ein anderes Erlebnis.",
                 "Maller boats offer a different experience.", "de", "en", "S006")


def test_french_negative_pronoun_after_que():
    src = "Entrarono in una grotta che nessuno aveva visitato da secoli."
    assert codes(src, "Ils sont entrés dans une grotte que personne n'avait visitée depuis des siècles.",
                 "it", "fr", "P001") == []
    assert codes(src, "Ils sont entrés dans une grotte que tout le monde avait visitée depuis des siècles.",
                 "it", "fr", "P001")
