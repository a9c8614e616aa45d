"""Session 54 (n3): misspelt names the held-out batch 20 missed, fixed as classes.

* N001: an acute written grave (or back) in a name the versions write with accents;
  every accent of a name dropped where each makes a letter of the target language's own
  alphabet (data/names/own_marked_letters.tsv: a Swedish ö in German, a Finnish ä in
  Swedish), not where the target language lacks the letter (English, or ó in German).
* N001: a consonant dropped inside a consonant cluster of a name kept from a source that
  declines names (Polish, Czech), beside a name word both keep.
* N002: of two spellings written once each, the one that is a Cyrillic or Greek source
  word's rendering with a consonant dropped inside the word.
* N001 out of Chinese or Japanese: two neighbouring letters swapped count as one slip.
* N002 in Japanese: one full-size kana dropped inside a katakana name written right
  elsewhere (a long-vowel mark, small kana or sokuon is house style).
"""
import pytest

import mtcheck


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- N001: accents ---------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("La directrice Gaëlle Lefèvre a présenté le projet aux élus.",
     "Die Direktorin Gaëlle Lefévre stellte den Gewählten das Projekt vor.", "fr", "de"),
    ("Le chef René Duprès a ouvert son restaurant à Lyon.",
     "Chef René Duprés opened his restaurant in Lyon.", "fr", "en"),
])
def test_acute_written_grave_is_a_slip(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Ordföranden Anna Sjöberg kritiserade beslutet.",
     "Die Vorsitzende Anna Sjoberg kritisierte die Entscheidung für das Werk.", "sv", "de"),
    ("Toimitusjohtaja Pekka Mäkinen kommentoi päätöstä.",
     "Vd Pekka Makinen kommenterade beslutet om fabriken i går, sade bolaget i ett pressmeddelande på måndag.", "fi", "sv"),
])
def test_accent_of_target_letter_dropped_is_a_slip(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # English has no ö: dropping it is a convention
    ("Ordföranden Anna Sjöberg kritiserade beslutet.",
     "The chair, Anna Sjoberg, criticised the decision.", "sv", "en"),
    # German has no ó: Wojcik is how German papers may write Wójcik
    ("Prezes Józef Wójcik skrytykował decyzję.",
     "Der Vorstandschef Józef Wojcik kritisierte die Entscheidung für das Werk.", "pl", "de"),
    # the translation strips the source's marks by convention (two names written plain)
    ("Ordföranden Anna Sjöberg och Per Åström kritiserade beslutet.",
     "Die Vorsitzende Anna Sjoberg und Per Astrom kritisierten die Entscheidung für das Werk.",
     "sv", "de"),
    # kept as written
    ("Ordföranden Anna Sjöberg kritiserade beslutet.",
     "Die Vorsitzende Anna Sjöberg kritisierte die Entscheidung für das Werk.", "sv", "de"),
    ("La directrice Gaëlle Lefèvre a présenté le projet aux élus.",
     "Die Direktorin Gaëlle Lefèvre stellte den Gewählten das Projekt vor.", "fr", "de"),
])
def test_accents_kept_or_dropped_by_convention_are_no_finding(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N001")


# --- N001: a consonant dropped from a declining source's name ---------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Umowę podpisał prezes spółki Piotr Zieliński.",
     "The contract was signed by the company's CEO, Piotr Zielińki.", "pl", "en"),
    ("Umowę podpisał prezes spółki Tomasz Jabłoński.",
     "Le contrat a été signé par le PDG Tomasz Jabłońki.", "pl", "fr"),
])
def test_consonant_dropped_from_declining_source_name_is_a_slip(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Umowę podpisał prezes spółki Piotr Zieliński.",
     "The contract was signed by the company's CEO, Piotr Zieliński.", "pl", "en"),
    ("Rozmawialiśmy z Piotrem Zielińskim o umowie.",
     "We spoke to Piotr Zieliński about the contract.", "pl", "en"),
])
def test_declining_source_name_kept_or_in_nominative_is_no_finding(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N001")


# --- N002: a Cyrillic or Greek rendering with a consonant dropped -----------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Губернатор Андрей Травников провёл совещание. «Мы справимся», — заявил Травников.",
     "Governor Andrei Travnikov held a meeting. \"We will cope,\" Tranikov said.", "ru", "en"),
    ("Губернатор Андрей Травников провёл совещание. «Мы справимся», — заявил Травников.",
     "Gouverneur Andrei Trawnikow hielt eine Sitzung ab. „Wir schaffen das“, sagte Tranikow.",
     "ru", "de"),
])
def test_cyrillic_rendering_with_consonant_dropped_is_a_slip(src, tgt, sl, tl):
    # N001 (major) since session 63, when в counts as a dropped letter; N002 before
    found = _codes(src, tgt, sl, tl, "N001") + _codes(src, tgt, sl, tl, "N002")
    assert found and "Tranikow"[:6] in found[0].message


def test_two_cyrillic_names_one_letter_apart_are_no_finding():
    src = "Иван Петров и его сестра Анна Петрова открыли кафе."
    tgt = "Ivan Petrov and his sister Anna Petrova opened a cafe."
    assert not _codes(src, tgt, "ru", "en", "N002")


# --- N001 out of Chinese / Japanese: two letters swapped --------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("项目经理王建国说，工程将于明年完工。",
     "The project will be completed next year, said project manager Wang Jinaguo.", "zh", "en"),
    ("市长李海涛表示，新桥将于明年通车。",
     "Die neue Brücke werde nächstes Jahr eröffnet, sagte Bürgermeister Li Haiato.", "zh", "de"),
])
def test_han_reading_with_two_letters_swapped_is_a_slip(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N001")


def test_han_reading_spelled_right_is_no_finding():
    src = "市长李海涛表示，新桥将于明年通车。"
    tgt = "Die neue Brücke werde nächstes Jahr eröffnet, sagte Bürgermeister Li Haitao."
    assert not _codes(src, tgt, "zh", "de", "N001")


# --- N002 in Japanese: a full-size kana dropped -----------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Mr Hollingsworth opened the plant. \"It is a good day,\" Hollingsworth said.",
     "ホリングスワース氏が工場を開設した。「良い日だ」とホリングワース氏は語った。", "en", "ja"),
    ("Bürgermeister Schellenberger eröffnete die Halle. „Ein guter Tag“, sagte Schellenberger.",
     "シェレンベルガー市長がホールを開いた。「良い日だ」とシェレンベガー市長は語った。", "de", "ja"),
])
def test_katakana_name_with_kana_dropped_is_a_slip(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N002")


def test_katakana_long_vowel_mark_dropped_is_no_finding():
    src = "Mr Hollingsworth opened the plant. \"It is a good day,\" Hollingsworth said."
    tgt = "ホリングスワース氏が工場を開設した。「良い日だ」とホリングスワス氏は語った。"
    assert not _codes(src, tgt, "en", "ja", "N002")
