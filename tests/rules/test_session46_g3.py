"""Session 46 (g3): page furniture, code-mix and truncation classes found by the held-out
articles of batch s46 (bench/articles), fixed as classes (written for mtcheck).

1. plain text: a line break after a line too wide for any wrapping, at a sentence's end
   before a capitalised line, is a paragraph break (a caption, a "Read also" link or an ad
   label on a line of its own under a paragraph);
2. F001: a short caption glued to the end of a long paragraph is found past the
   paragraph's body (its own sentence, not the whole paragraph);
3. F003: an audio player's label with its duration glued to a paragraph's start, and a
   cookie banner line of its own, are major where the source has no page chrome;
4. L002: a capitalised part after a hyphen (Sør-Rogaland, Nord-Trøndelag) is a name; a
   measure's name after a number that the target language knows (600 Acres) is no copy;
5. S004: a word cut at its hyphen at a sentence's end; German and Dutch subordinate
   clauses that stop on their subject after the conjunction ("…, wenn das").
"""

from __future__ import annotations

import mtcheck


def pair(src, tgt, sl, tl, *prefixes):
    return [(f.code, f.severity.label, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefixes) and not f.suppressed]


def doc(tmp_path, src, tgt, sl, tl, *prefixes):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    r = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, f.text) for f in r.findings
            if f.code.startswith(prefixes) and not f.suppressed]


# 1.-2. captions and UI lines under a long paragraph, a caption glued to one

SRC_DE = """Neue Brücke über den Rhein eröffnet

Die neue Rheinbrücke zwischen Basel und Weil am Rhein ist am Montag nach drei Jahren Bauzeit für den Verkehr freigegeben worden. Die Baukosten beliefen sich auf 84 Millionen Franken, wie der Kanton mitteilte.

Die alte Brücke aus dem Jahr 1962 hatte den Anforderungen des heutigen Verkehrs nicht mehr genügt. Täglich überqueren rund 21 000 Fahrzeuge den Fluss an dieser Stelle, davon etwa zehn Prozent Lastwagen, die bisher lange Umwege fahren mussten.

Die Behörden erwarten, dass sich die Staus in den Stosszeiten deutlich verringern. Ein Radweg auf beiden Seiten soll zudem mehr Pendler zum Umsteigen bewegen.

Die Eröffnung wurde mit einem Volksfest gefeiert, an dem mehrere tausend Menschen teilnahmen."""

TGT_EN = """New bridge over the Rhine opens

The new Rhine bridge between Basel and Weil am Rhein was opened to traffic on Monday after three years of construction. The construction costs amounted to 84 million francs, the canton announced.

The old bridge from 1962 no longer met the demands of today's traffic. Every day around 21,000 vehicles cross the river at this point, about ten per cent of them lorries, which until now had to take long detours.{X}

The authorities expect congestion at peak times to fall markedly. A cycle path on both sides is also meant to persuade more commuters to switch.

The opening was celebrated with a street festival attended by several thousand people."""


def test_clean_bridge_article_de_en(tmp_path):
    assert doc(tmp_path, SRC_DE, TGT_EN.replace("{X}", ""), "de", "en", "F") == []


def test_caption_line_under_long_paragraph_de_en(tmp_path):
    tgt = TGT_EN.replace("{X}", "\nThe new bridge seen from the Basel bank at dusk. Photo: Keystone/Georgios Kefalas")
    assert ("F001", "major", "The new bridge seen from the Basel bank at dusk.") in doc(tmp_path, SRC_DE, tgt, "de", "en", "F")


def test_ad_label_line_under_long_paragraph_de_en(tmp_path):
    tgt = TGT_EN.replace("{X}", "\nADVERTISEMENT")
    assert ("F003", "major", "ADVERTISEMENT") in doc(tmp_path, SRC_DE, tgt, "de", "en", "F")


def test_caption_glued_to_long_paragraph_is_its_own_sentence_de_en(tmp_path):
    tgt = TGT_EN.replace("{X}", " Workers on the bridge deck. Photo: Keystone/Georgios Kefalas")
    assert [x for x in doc(tmp_path, SRC_DE, tgt, "de", "en", "F001")] == [("F001", "major", "Workers on the bridge deck.")]


# 3. a player label glued to a paragraph's start, a cookie banner line

SRC_ES = """El Ayuntamiento amplía el horario de las bibliotecas

El Ayuntamiento de Zaragoza ampliará a partir de octubre el horario de apertura de sus bibliotecas municipales durante la época de exámenes, según anunció este martes la concejala de Cultura.

Las salas de estudio abrirán hasta la medianoche de lunes a viernes y también los sábados por la mañana. La medida costará unos 120.000 euros al año.

Los estudiantes llevaban meses pidiendo más plazas de estudio en los barrios.

La concejala recordó que el año pasado las bibliotecas recibieron más de 900.000 visitas."""

TGT_ES_EN = """City Council extends library opening hours

Zaragoza City Council will extend the opening hours of its municipal libraries during the exam period from October, the councillor for culture announced on Tuesday.

{X}The study rooms will open until midnight from Monday to Friday and on Saturday mornings. The measure will cost around 120,000 euros a year.
{Y}
Students had been asking for more study places in the neighbourhoods for months.

The councillor recalled that the libraries received more than 900,000 visits last year."""


def test_clean_library_article_es_en(tmp_path):
    assert doc(tmp_path, SRC_ES, TGT_ES_EN.replace("{X}", "").replace("{Y}", ""), "es", "en", "F") == []


def test_player_label_glued_to_paragraph_start_es_en(tmp_path):
    tgt = TGT_ES_EN.replace("{X}", "Listen to this article 2 min ").replace("{Y}", "")
    assert ("F003", "major", "Listen to this article 2 min") in doc(tmp_path, SRC_ES, tgt, "es", "en", "F")


def test_cookie_banner_line_es_en(tmp_path):
    tgt = TGT_ES_EN.replace("{X}", "").replace(
        "{Y}", "\nWe use cookies to improve your experience on our website. Accept all | Settings\n")
    assert ("F003", "major", "We use cookies to improve your experience on our website.") \
        in doc(tmp_path, SRC_ES, tgt, "es", "en", "F")


# 4. L002: names after a hyphen, a measure's name after its number

def test_hyphen_part_is_a_name_nb_en():
    src = "Rogaland fylkesting møtes i dag. Veien mellom Nord- og Sør-Rogaland er stengt."
    assert pair(src, "Rogaland County Council meets today. The road between northern and southern "
                "Rogaland is closed.", "nb", "en", "L002") == []
    assert pair(src, "Rogaland fylkesting meets today. The road between northern and southern "
                "Rogaland is closed.", "nb", "en", "L002") == [("L002", "major", "fylkesting")]


def test_hyphen_part_is_a_name_nb_fr():
    src = "Veien mellom Nord- og Sør-Rogaland er stengt etter raset."
    assert pair(src, "La route entre le nord et le sud du Rogaland est fermée après le glissement.",
                "nb", "fr", "L002") == []
    assert pair(src, "La route entre le nord et le sud du Rogaland est stengt après le glissement.",
                "nb", "fr", "L002") != []


def test_hyphen_part_is_a_name_fi_en():
    src = "Maakuntaliitto Etelä-Karjalassa hyväksyi suunnitelman eilen."
    assert pair(src, "The regional council in southern Karjala approved the plan yesterday.", "fi", "en", "L002") == []


def test_unit_name_after_number_en_de():
    assert pair("The company bought a 300-acre farm near the river.",
                "Das Unternehmen kaufte eine Farm von 300 Acres am Fluss.", "en", "de", "L002") == []
    assert pair("The company bought acres of farmland near the river.",
                "Das Unternehmen kaufte Acres Ackerland am Fluss.", "en", "de", "L002") == [("L002", "minor", "Acres")]



# 5. S004: a word cut at its hyphen; a verb-final clause stopping on its subject

def test_word_cut_at_hyphen_ro_en():
    src = "Autoritățile au instalat coșuri de gunoi rezistente la urși în zece sate."
    assert pair(src, "The authorities have installed bear-proof bins in ten villages.", "ro", "en", "S004") == []
    assert pair(src, "The authorities have installed in ten villages bins that are bear-", "ro", "en", "S004") \
        == [("S004", "major", "bear-")]


def test_word_cut_at_hyphen_fr_de():
    src = "Les autorités ont installé des poubelles anti-ours dans dix villages."
    assert pair(src, "Die Behörden haben in zehn Dörfern bärensichere Mülltonnen aufgestellt.", "fr", "de", "S004") == []
    assert pair(src, "Die Behörden haben in zehn Dörfern Mülltonnen aufgestellt, die bären-", "fr", "de", "S004") \
        == [("S004", "major", "bären-")]


def test_clause_stops_on_its_subject_es_de():
    src = "Los precios subirán de nuevo cuando termine la moratoria el próximo año."
    assert pair(src, "Die Preise werden wieder steigen, wenn das Moratorium im nächsten Jahr endet.", "es", "de", "S004") == []
    assert pair(src, "Die Preise werden im nächsten Jahr wieder steigen, wenn das", "es", "de", "S004") \
        == [("S004", "major", "das")]


def test_clause_stops_on_its_subject_en_nl():
    src = "The council says the works will continue until the bridge is safe again."
    assert pair(src, "De gemeente zegt dat de werkzaamheden doorgaan tot de brug weer veilig is.", "en", "nl", "S004") == []
    assert pair(src, "De gemeente zegt dat de werkzaamheden weer doorgaan, omdat het", "en", "nl", "S004") \
        == [("S004", "major", "het")]
