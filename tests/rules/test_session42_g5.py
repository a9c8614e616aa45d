"""Session 42 (g5): coverage, language and spelling; misses and false alarms found by the
held-out articles of batch s42 (bench/articles), fixed as classes (written for mtcheck).

1. C001: a sentence dropped where a leaked picture caption stands (its own paragraph, or a
   line glued to the paragraph before, ending in a credit): the aligner pairs the caption
   with the dropped sentence in a many-to-many bead, in order, and the omission went
   unseen.  The bead's target without its page furniture is judged as a many-to-one bead.
2. L001: a sentence in a third language the word-level probes leave out (Dutch, Polish in
   a German or English translation): a short sentence gets less of the identifier's
   confidence (0.6-0.8), so its words decide; the document's quotation marks („…“, «…»)
   are no vote for its language; and the sentence's foreign words are counted against the
   identified language's own list.
3. L002: a loanword the target language inflects with a plural -s the source language
   does not have (English madrasahs, from Indonesian or Malay madrasah) is the target's
   own word.
4. S006: a name transcribed from another script with an ending of the target language
   (German die Nenzen ~ ненцы) is that name; a name particle of a naming tradition the
   lists do not know (bint, ould) between two capitalised words is no slip.
"""

from __future__ import annotations

import mtcheck


def doc_findings(tmp_path, src, tgt, sl, tl, code):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    r = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f.message for f in r.findings if f.code == code and not f.suppressed]


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# 1. a dropped sentence behind a leaked caption

EN_SRC = (
    "Town opens its first solar car park\n\n"
    "The town of Millbrook opened a car park covered by solar panels on Monday, the first of its kind "
    "in the county. The roof holds 2,400 panels and cost 3.1 million pounds.\n\n"
    "The mayor, Ruth Calloway, said the panels would supply the town hall and the library. "
    "Any surplus will be sold to the regional grid operator under a ten-year contract. "
    "Drivers will pay the same parking fees as before.\n\n"
    "Work on a second site near the railway station is due to start in the autumn.")

DE_CLEAN = (
    "Stadt eröffnet ihren ersten Solarparkplatz\n\n"
    "Die Stadt Millbrook hat am Montag einen mit Solarmodulen überdachten Parkplatz eröffnet, den ersten "
    "dieser Art in der Grafschaft. Das Dach trägt 2400 Module und hat 3,1 Millionen Pfund gekostet.\n\n"
    "Die Bürgermeisterin Ruth Calloway sagte, die Module würden das Rathaus und die Bibliothek versorgen. "
    "Überschüssiger Strom wird im Rahmen eines Zehnjahresvertrags an den regionalen Netzbetreiber verkauft. "
    "Autofahrer zahlen dieselben Parkgebühren wie bisher.\n\n"
    "Die Arbeiten an einem zweiten Standort beim Bahnhof sollen im Herbst beginnen.")

# the grid sentence dropped, a caption with its credit in its own paragraph before it
DE_CAPTION_PARA = (
    "Stadt eröffnet ihren ersten Solarparkplatz\n\n"
    "Die Stadt Millbrook hat am Montag einen mit Solarmodulen überdachten Parkplatz eröffnet, den ersten "
    "dieser Art in der Grafschaft. Das Dach trägt 2400 Module und hat 3,1 Millionen Pfund gekostet.\n\n"
    "Das neue Solardach über dem Parkplatz am Stadtrand. Bild: Keystone/Anna Weber\n\n"
    "Die Bürgermeisterin Ruth Calloway sagte, die Module würden das Rathaus und die Bibliothek versorgen. "
    "Autofahrer zahlen dieselben Parkgebühren wie bisher.\n\n"
    "Die Arbeiten an einem zweiten Standort beim Bahnhof sollen im Herbst beginnen.")


def test_sentence_dropped_behind_a_caption_paragraph(tmp_path):
    assert doc_findings(tmp_path, EN_SRC, DE_CLEAN, "en", "de", "C001") == []
    got = doc_findings(tmp_path, EN_SRC, DE_CAPTION_PARA, "en", "de", "C001")
    assert any("regional grid operator" in m for m in got)


ES_SRC = (
    "La biblioteca municipal amplía su horario\n\n"
    "La biblioteca municipal de Lorca abrirá también los domingos a partir de enero, según anunció ayer "
    "el ayuntamiento. La medida costará unos 90.000 euros al año.\n\n"
    "La concejala de Cultura, Marta Ibáñez, explicó que se contratará a cuatro bibliotecarios más. "
    "Los estudiantes podrán reservar salas de estudio por internet desde el próximo mes. "
    "El préstamo de libros seguirá siendo gratuito.\n\n"
    "La sala infantil se renovará durante el verano.")

FR_CLEAN = (
    "La bibliothèque municipale élargit ses horaires\n\n"
    "La bibliothèque municipale de Lorca ouvrira aussi le dimanche à partir de janvier, a annoncé hier "
    "la mairie. La mesure coûtera environ 90 000 euros par an.\n\n"
    "La conseillère à la culture, Marta Ibáñez, a expliqué que quatre bibliothécaires supplémentaires "
    "seront embauchés. Les étudiants pourront réserver des salles de travail en ligne dès le mois "
    "prochain. Le prêt de livres restera gratuit.\n\n"
    "La salle des enfants sera rénovée pendant l'été.")

# the study-room sentence dropped, a caption glued as a line to the paragraph before
FR_CAPTION_LINE = (
    "La bibliothèque municipale élargit ses horaires\n\n"
    "La bibliothèque municipale de Lorca ouvrira aussi le dimanche à partir de janvier, a annoncé hier "
    "la mairie. La mesure coûtera environ 90 000 euros par an.\n"
    "La salle de lecture principale de la bibliothèque. Photo : AFP / Jorge Ruiz\n\n"
    "La conseillère à la culture, Marta Ibáñez, a expliqué que quatre bibliothécaires supplémentaires "
    "seront embauchés. Le prêt de livres restera gratuit.\n\n"
    "La salle des enfants sera rénovée pendant l'été.")


def test_sentence_dropped_behind_a_caption_line(tmp_path):
    assert doc_findings(tmp_path, ES_SRC, FR_CLEAN, "es", "fr", "C001") == []
    got = doc_findings(tmp_path, ES_SRC, FR_CAPTION_LINE, "es", "fr", "C001")
    assert any("salas de estudio" in m for m in got)


# 2. a sentence in a third language outside the probes

def test_dutch_sentence_in_a_german_translation():
    src = "\"These works finally close the gap between the two districts,\" the minister said."
    ok = "„Diese Arbeiten schließen endlich die Lücke zwischen den beiden Bezirken“, sagte der Minister."
    bad = "„Deze werken dichten eindelijk het gat tussen de twee wijken“, zei de minister."
    assert codes(src, ok, "en", "de", "L001") == []
    assert codes(src, bad, "en", "de", "L001")
    # in the document's quotation marks, a short one the identifier is less sure of
    src = "\"Our trains will run more often.\""
    assert codes(src, "„Unsere Züge werden häufiger fahren.“", "en", "de", "L001") == []
    assert codes(src, "„Onze treinen zullen vaker rijden.“", "en", "de", "L001")


def test_dutch_sentence_in_an_english_translation():
    src = "« Nous allons vérifier chaque maison du quartier. »"
    ok = "“We will check every house in the district.”"
    bad = "“Wij gaan elk huis in de wijk controleren.”"
    assert codes(src, ok, "fr", "en", "L001") == []
    assert codes(src, bad, "fr", "en", "L001")


def test_polish_sentence_in_a_german_translation():
    src = "Les travaux commenceront au printemps prochain."
    ok = "Die Arbeiten beginnen im nächsten Frühjahr."
    bad = "Prace rozpoczną się wiosną przyszłego roku."
    assert codes(src, ok, "fr", "de", "L001") == []
    assert codes(src, bad, "fr", "de", "L001")


# 3. a loanword the target inflects

def test_loanword_with_the_targets_plural_is_no_copy():
    src = "Pemerintah membangun tiga madrasah baru di desa itu."
    assert codes(src, "The government built three new madrasahs in the village.", "id", "en", "L002") == []
    src = "Kerajaan membina tiga madrasah baharu di kampung itu."
    assert codes(src, "The government built three new madrasahs in the village.", "ms", "en", "L002") == []
    # a word with an -s the target's lists do not know is still judged (warungs, kampungs)
    assert codes("Banyak warung tutup selama banjir.", "Many warungs closed during the flood.", "id", "en", "L002")


# 4. spelling: transcribed names with the target's endings, name particles

def test_people_name_with_german_plural_ending_is_no_slip():
    src = "В тундре живут ненцы, которые занимаются оленеводством."
    assert codes(src, "In der Tundra leben die Nenzen, die Rentierzucht betreiben.", "ru", "de", "S006") == []
    # a slip of a common word in the same sentence is still one
    assert codes(src, "In der Tundra leben die Nenzen, die Rentierzucht betreiebn.", "ru", "de", "S006")


def test_people_name_with_german_plural_ending_other_sources():
    assert codes("У тундрі живуть ненці.", "In der Tundra leben die Nenzen.", "uk", "de", "S006") == []
    assert codes("В тундрата живеят ненци.", "In der Tundra leben die Nenzen.", "bg", "de", "S006") == []
    # the same skeleton with another first sound is no transcription of it
    assert codes("У тундрі живуть ненці.", "In der Tundra leben die Nenzen. Die Chanzen sind gut.", "uk", "de", "S006")


def test_name_particle_between_names_is_no_slip():
    src = "قالت الدكتورة فاطمة بنت سالم إن المشروع ضروري."
    assert codes(src, "Dr Fatima bint Salem said the project was necessary.", "ar", "en", "S006") == []
    src = "Le ministre Sidi ould Cheikh a inauguré le port."
    assert codes(src, "Minister Sidi ould Cheikh opened the port.", "fr", "en", "S006") == []
    # the same word outside a name is judged, and a lone letter between two nouns too
    assert codes("Il a mangé un peu.", "He ate a bint.", "fr", "en", "S006")
    assert codes("He drove to the seaside town of Nice.", "Er fuhr in den Ferienort e Nizza am Meer.",
                 "en", "de", "S006")
