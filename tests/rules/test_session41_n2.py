"""Session 41 (n2): N003/N005 false alarms on common words and exonyms.

- a sentence-opening compound of common words no other language's word list knows
  (Groundstaff, Hyvinvointialuejohtaja) is a common noun, not a name;
- a capitalised form opening another sentence that the text also writes in lower case
  is no recurring name (Hyvinvointialueen ... hyvinvointialueen);
- Turkish circumflex spellings are the word list's plain ones (sanatkâr ~ sanatkar);
- a sentence-opening common word with a Turkish plural or a Romanian article ending
  (Seferlerin, Purtătoarea) is no name;
- peninsulas and regions in the exonym lexicon (Ιβηρική Χερσόνησο ~ Iberian Peninsula,
  Brisgau ~ Breisgau), and a piece of a hyphenated place name (Fribourg-en-Brisgau).
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules._text import zipf


def codes(src: str, tgt: str, sl: str, tl: str, code: str = "N003") -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def doc_n003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    """N003 messages on a short article (paragraphs split by blank lines): document mode."""
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f.message for f in rep.findings if f.code == "N003" and not f.suppressed]


# a sentence-opening compound of common words or an opening common word with a plural
# or article ending: translated, not a name lost; a name there dropped is still reported
@pytest.mark.parametrize("src,ok,bad,word,sl,tl", [
    ("The festival opened on Friday, said Tom Whitlock.\n\nFieldstaff had marked out 40 pitches for the tents the week before. "
     "Tickets sold out in two hours.\n\nThe organisers expect 9,000 visitors.\n",
     "Het festival begon vrijdag, zei Tom Whitlock.\n\nTerreinpersoneel had de week ervoor 40 plekken voor de tenten uitgezet. "
     "De kaartjes waren in twee uur uitverkocht.\n\nDe organisatoren verwachten 9000 bezoekers.\n",
     "Het festival begon vrijdag, zei hij.\n\nDe week ervoor waren 40 plekken voor de tenten uitgezet. "
     "De kaartjes waren in twee uur uitverkocht.\n\nDe organisatoren verwachten 9000 bezoekers.\n",
     "Fieldstaff", "en", "nl"),
    ("Kirjasto avataan maanantaina, sanoi Anna Korhonen.\n\nKulttuuripalvelupäällikkö kertoi uudesta kirjastosta lehdistölle. "
     "Rakennus maksoi neljä miljoonaa euroa.\n\nKävijöitä odotetaan paljon.\n",
     "Die Bibliothek öffnet am Montag, sagte Anna Korhonen.\n\nDie Stadtteilleiterin berichtete der Presse über die neue Bibliothek. "
     "Das Gebäude kostete vier Millionen Euro.\n\nMan erwartet viele Besucher.\n",
     "Die Bibliothek öffnet am Montag, sagte sie.\n\nSie berichtete der Presse über die neue Bibliothek. "
     "Das Gebäude kostete vier Millionen Euro.\n\nMan erwartet viele Besucher.\n",
     "Kulttuuripalvelupäällikkö", "fi", "de"),
    ("Noua linie de autobuz pornește luni, a spus Maria Popescu.\n\nConsiliera a prezentat traseul marți la primărie. "
     "Biletul costă trei lei.\n\nPrimele curse pleacă la ora șase.\n",
     "The new bus line starts on Monday, said Maria Popescu.\n\nThe director presented the route at the town hall on Tuesday. "
     "A ticket costs three lei.\n\nThe first buses leave at six.\n",
     "The new bus line starts on Monday, she said.\n\nThe director presented the route at the town hall on Tuesday. "
     "A ticket costs three lei.\n\nThe first buses leave at six.\n",
     "Consiliera", "ro", "en"),
    ("Yeni otobüs hattı pazartesi açılıyor, dedi Selin Aydoğdu.\n\nSeferlerin çoğu sabah saatlerinde yapılacak. "
     "Bilet üç lira olacak.\n\nİlk otobüsler saat altıda kalkıyor.\n",
     "The new bus line opens on Monday, said Selin Aydoğdu.\n\nMost services will run in the morning. "
     "A ticket will cost three lira.\n\nThe first services start at six.\n",
     "The new bus line opens on Monday, he said.\n\nMost services will run in the morning. "
     "A ticket will cost three lira.\n\nThe first services start at six.\n",
     "Seferlerin", "tr", "en"),
])
def test_opening_common_word_is_no_name(tmp_path, src, ok, bad, word, sl, tl):
    assert not any(word in m for m in doc_n003(tmp_path, src, ok, sl, tl))
    # (the failing case: the person of the first sentence dropped is still missing)
    assert doc_n003(tmp_path, src, bad, sl, tl)


def test_turkish_circumflex_reads_plain_spelling():
    assert zipf("sanatkâr", "tr") == zipf("sanatkar", "tr") > 0
    assert zipf("hâlâ", "tr") > 0


@pytest.mark.parametrize("src,ok,bad,sl,tl", [
    # a common noun with a circumflex inside an organisation's name
    ("Konya Esnaf ve Sanatkârlar Odası Başkanı Selin Aydoğdu yeni bir bina açtı.",
     "Selin Aydoğdu, president of the Konya Chamber of Tradesmen and Craftsmen, opened a new building.",
     "The president of the Konya chamber opened a new building.", "tr", "en"),
    ("İzmir Esnaf ve Sanatkârlar Odası Başkanı Selin Aydoğdu toplantı yaptı.",
     "Selin Aydoğdu, Präsidentin der Kammer der Händler und Handwerker von İzmir, hielt eine Sitzung ab.",
     "Die Präsidentin der Kammer von İzmir hielt eine Sitzung ab.", "tr", "de"),
])
def test_circumflex_word_in_name_not_missing(src, ok, bad, sl, tl):
    found = [f.text for f in codes(src, ok, sl, tl)]
    assert not any("Sanatk" in f for f in [x.message for x in codes(src, ok, sl, tl)]), found
    # the person dropped is still missing
    assert any("Aydoğdu" in f.message or "Selin" in f.message for f in codes(src, bad, sl, tl))


@pytest.mark.parametrize("src,ok,bad,sl,tl", [
    ("Τα εμπορεύματα έφταναν από την Ιβηρική Χερσόνησο με πλοία.",
     "The goods arrived from the Iberian Peninsula by ship.",
     "The goods arrived from Sicily by ship.", "el", "en"),
    ("Οι έμποροι ταξίδευαν σε όλη την Ιβηρική Χερσόνησο.",
     "Die Händler reisten über die ganze Iberische Halbinsel.",
     "Die Händler reisten durch ganz Sizilien.", "el", "de"),
])
def test_peninsula_exonyms(src, ok, bad, sl, tl):
    assert not codes(src, ok, sl, tl)
    assert codes(src, bad, sl, tl) or codes(src, bad, sl, tl, "N004")


@pytest.mark.parametrize("src,ok,bad,sl,tl", [
    ("Die Firma aus Freiburg baut eine neue Halle.",
     "L'entreprise de Fribourg-en-Brisgau construit un nouveau hall.",
     "L'entreprise de Fribourg-en-Brisgau et de Lyon construit un nouveau hall.", "de", "fr"),
    ("The firm from Freiburg is building a new hall.",
     "L'entreprise de Fribourg-en-Brisgau construit un nouveau hall.",
     "L'entreprise de Fribourg-en-Brisgau et de Lyon construit un nouveau hall.", "en", "fr"),
])
def test_hyphenated_place_piece_is_explained(src, ok, bad, sl, tl):
    assert not any("Brisgau" in f.message for f in codes(src, ok, sl, tl, "N005"))
    assert any("Lyon" in f.message for f in codes(src, bad, sl, tl, "N005"))


# Greek capitalises the field of an academic post (καθηγήτρια Θαλάσσιας Βιολογίας): a
# translation translates it; the person of the sentence dropped is still reported
@pytest.mark.parametrize("src,ok,bad,field,person,tl", [
    ("Η Ελένη Μαυρίδου, καθηγήτρια Θαλάσσιας Βιολογίας στο Πανεπιστήμιο Κρήτης, μίλησε χθες.",
     "Eleni Mavridou, professor of marine biology at the University of Crete, spoke yesterday.",
     "A professor of marine biology at the University of Crete spoke yesterday.",
     "Βιολογίας", "Μαυρίδου", "en"),
    ("Ο Νίκος Καραγιάννης, καθηγητής Νεότερης Ιστορίας στο Πανεπιστήμιο Πατρών, μίλησε χθες.",
     "Nikos Karagiannis, Professor für Neuere Geschichte an der Universität Patras, sprach gestern.",
     "Ein Professor für Neuere Geschichte an der Universität Patras sprach gestern.",
     "Ιστορίας", "Καραγιάννης", "de"),
])
def test_greek_field_of_academic_post(src, ok, bad, field, person, tl):
    fs = [f for f in mtcheck.check_pair(src, ok, "el", tl) if f.code in ("N003", "N004")]
    assert not any(field in f.message for f in fs)
    assert any(person in f.message for f in mtcheck.check_pair(src, bad, "el", tl)
               if f.code in ("N003", "N004"))


# an Indic nasal sign before a consonant reads as n (রাঁচি ~ Ranchi, डेंगू ~ Dengue) and
# ja as English j (जोशी ~ Joshi): the transcription is found; a name the source lacks is
# still one added
@pytest.mark.parametrize("src,ok,bad,added,sl", [
    ("रांची में डेंगू के मामले बढ़े।", "Dengue cases rise in Ranchi.", "Dengue cases rise in Patna.",
     "Patna", "hi"),
    ("রাঁচিতে ডেঙ্গুর রোগী বেড়েছে।", "Dengue patients are rising in Ranchi.",
     "Dengue patients are rising in Patna.", "Patna", "bn"),
    ("संजय जोशी म्हणाले की अर्थसंकल्प वाढेल.", "Sanjay Joshi said the budget would grow.",
     "Sanjay Mehta said the budget would grow.", "Mehta", "mr"),
    ("संजय जोशी ने कहा कि बजट बढ़ेगा।", "Sanjay Joshi said the budget would grow.",
     "Sanjay Mehta said the budget would grow.", "Mehta", "hi"),
])
def test_indic_nasal_and_ja_read_back(src, ok, bad, added, sl):
    assert not codes(src, ok, sl, "en", "N005")
    assert any(added in f.message for f in codes(src, bad, sl, "en", "N005"))


# a Turkish compass or position word opening a region's name (İç Anadolu ~ Central
# Anatolia) is translated, not a name lost; the region itself dropped is still missing
@pytest.mark.parametrize("src,ok,bad,region,tl", [
    ("Proje, İç Anadolu'daki en büyük yatırımlardan biri.",
     "The project is one of the largest investments in Central Anatolia.",
     None, None, "en"),
    ("Proje, İç Anadolu'daki en büyük yatırımlardan biri.",
     "Das Projekt ist eine der größten Investitionen in Zentralanatolien.",
     None, None, "de"),
    ("Balıkçılar Orta Karadeniz'de yeni bir liman istiyor.",
     "Fishermen want a new port on the central Black Sea coast.",
     "Fishermen want a new port on the coast.", "Karadeniz", "en"),
    ("Balıkçılar Doğu Karadeniz'de yeni bir liman istiyor.",
     "Die Fischer wollen einen neuen Hafen am östlichen Schwarzen Meer.",
     "Die Fischer wollen einen neuen Hafen an der Küste.", "Karadeniz", "de"),
])
def test_turkish_region_qualifier(src, ok, bad, region, tl):
    assert not codes(src, ok, "tr", tl)
    if bad:
        assert any(region in f.message for f in codes(src, bad, "tr", tl))


# a smaller Romance language's given names and surnames are found as names though they
# are frequent at home and only modest abroad (Andreea Popescu, Mihaela Dumitru), so a
# surname swapped behind the kept given name is reported; and a lexicon word in the
# surname's slot (Moldovan, Russian) is a surname there, not a demonym
@pytest.mark.parametrize("src,ok,bad,sl,tl", [
    ("Proiectul a fost prezentat marți de Andreea Popescu, directoarea fundației.",
     "The project was presented on Tuesday by Andreea Popescu, the foundation's director.",
     "The project was presented on Tuesday by Andreea Ionescu, the foundation's director.", "ro", "en"),
    ("Proiectul a fost prezentat marți de Mihaela Dumitru, directoarea fundației.",
     "Das Projekt wurde am Dienstag von Mihaela Dumitru, der Direktorin der Stiftung, vorgestellt.",
     "Das Projekt wurde am Dienstag von Mihaela Vasilescu, der Direktorin der Stiftung, vorgestellt.", "ro", "de"),
    ("O projeto foi apresentado na terça-feira por Joana Carvalho, diretora da fundação.",
     "The project was presented on Tuesday by Joana Carvalho, the foundation's director.",
     "The project was presented on Tuesday by Joana Russian, the foundation's director.", "pt", "en"),
])
def test_small_romance_surname_swapped(src, ok, bad, sl, tl):
    assert not codes(src, ok, sl, tl, "N004")
    assert codes(src, bad, sl, tl, "N004")


def test_romanian_institution_words_stay_common():
    from mtcheck.rules._text import find_names
    names = [g.text for g in find_names("Consiliul Județean și Primăria au decis ieri.", "ro", "en")]
    assert not any("Primăria" in n or "Consiliul" in n for n in names)
