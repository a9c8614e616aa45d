"""Session 39: false alarms of N003 and L002 found by fresh held-out articles
(bench/articles), fixed as classes (written for mtcheck).  Each: correct renderings in two
language pairs or more, reported at major or above before the fix, and the real error of
the class, which stays reported.

1. a word opening a sentence that the article writes in lower case with another ending
   (Swedish Mutorna beside "mutor", Danish Afgifterne beside "afgifter"): an inflected
   common word, in languages whose nouns take their article or case as an ending;
2. a source acronym where the translation's sentence has another acronym (FEADER ~ ELER,
   ONU ~ UN): the target language's own acronym for the body, minor at most;
3. a Turkish demonym with a case ending (Bursalıların) where the translation names the
   place (Bursa);
4. a Polish or Czech name whose ó or ů becomes o in the oblique cases (Sokół ~ Sokoła)
   is the article's name when the target keeps it (L002).
"""

from __future__ import annotations

import pytest

from mtcheck.model import Severity


def major_codes(fs, codes=("N003", "L002")):
    return [(f.code, f.text[:40]) for f in fs if f.code in codes and f.severity >= Severity.MAJOR]


CORRECT = [
    # 1. an inflected common word opening a sentence
    ("sv", "de",
     "Kommunen granskar mutbrott\n\nEn tjänsteman tog emot mutor från ett byggföretag i flera år, enligt domen.\n\n"
     "Mutorna bestod bland annat av resor och kontanta betalningar.",
     "Gemeinde prüft Bestechung\n\nEin Beamter nahm laut Urteil jahrelang Zuwendungen einer Baufirma an.\n\n"
     "Die Zuwendungen bestanden unter anderem aus Reisen und Barzahlungen."),
    ("da", "en",
     "Kommunen hæver priserne\n\nByrådet vil opkræve nye afgifter på vand og varme fra januar.\n\n"
     "Afgifterne skal dække et underskud på 12 millioner kroner.",
     "Council raises prices\n\nThe council will charge new fees for water and heating from January.\n\n"
     "The fees are meant to cover a deficit of 12 million kroner."),
    # 2. the target language's own acronym
    ("es", "de",
     "Ayuda para la cooperativa\n\nLa Junta de Andalucía ha concedido a la cooperativa una ayuda de 640.000 euros "
     "con cargo a los fondos FEADER.\n\nLa cooperativa tiene 900 socios.",
     "Förderung für die Genossenschaft\n\nDie Junta de Andalucía hat der Genossenschaft eine Förderung von "
     "640.000 Euro aus Mitteln des ELER gewährt.\n\nDie Genossenschaft hat 900 Mitglieder."),
    ("fr", "en",
     "Une mission de paix\n\nL'ONU a envoyé 300 observateurs dans la région mardi.\n\nLa mission durera six mois.",
     "A peace mission\n\nThe UN sent 300 observers to the region on Tuesday.\n\nThe mission will last six months."),
    # 3. a Turkish demonym with a case ending
    ("tr", "de",
     "Tarihi hamam müze oldu\n\nBursa'daki tarihi hamam yeniden açıldı.\n\n"
     "Başkan Selim Aydemir, \"Bu yapı yüzyıllar boyunca Bursalıların buluşma noktası oldu\" dedi.",
     "Historisches Hamam wird Museum\n\nDas historische Hamam in Bursa ist wieder geöffnet.\n\n"
     "Bürgermeister Selim Aydemir sagte: „Dieses Gebäude war jahrhundertelang ein Treffpunkt der Menschen in Bursa.“"),
    # 4. a Polish name in another case
    ("pl", "en",
     "Puchar dla Kalisza\n\nSokół Kalisz pokonał Górnika 3:2 w finale.\n\nTrener Sokoła Krzysztof Nowicki był dumny.\n\n"
     "Sokół zajmuje obecnie czwarte miejsce w tabeli.",
     "Cup for Kalisz\n\nSokół Kalisz beat Górnik 3-2 in the final.\n\nSokół coach Krzysztof Nowicki was proud.\n\n"
     "Sokół are currently fourth in the table."),
]


@pytest.mark.parametrize("sl,tl,src,tgt", [(a, b, c, d) for a, b, c, d in CORRECT])
def test_correct_article_has_no_major_name_finding(article, sl, tl, src, tgt):
    assert major_codes(article(src, tgt, sl, tl)) == []


def test_a_name_dropped_is_still_reported(article):
    # a real name opening its sentences beside a lower-case word it starts with (mutor ~
    # Mutorsson: "sson" is no ending): reported, not excused as an inflected word
    src = ("Kommunen granskar mutbrott\n\nEn tjänsteman tog emot mutor, enligt domen.\n\n"
           "Mutorsson nekar till brott, och Mutorsson ska överklaga.")
    tgt = ("Gemeinde prüft Bestechung\n\nEin Beamter nahm laut Urteil Zuwendungen an.\n\n"
           "Er bestreitet jede Straftat und wird Berufung einlegen.")
    assert [f.code for f in article(src, tgt, "sv", "de") if f.code == "N003"] == ["N003"]


def test_an_acronym_dropped_without_another_is_still_major(article):
    src = ("Ayuda para la cooperativa\n\nLa Junta de Andalucía ha concedido una ayuda de 640.000 euros "
           "con cargo a los fondos FEADER.\n\nLa cooperativa tiene 900 socios.")
    tgt = ("Förderung für die Genossenschaft\n\nDie Junta de Andalucía hat eine Förderung von "
           "640.000 Euro aus europäischen Mitteln gewährt.\n\nDie Genossenschaft hat 900 Mitglieder.")
    fs = [f for f in article(src, tgt, "es", "de") if f.code == "N003" and "FEADER" in f.message]
    assert fs and fs[0].severity >= Severity.MAJOR


def test_a_copied_common_word_is_still_l002():
    import mtcheck
    fs = mtcheck.check_pair("Sokół siedział na drzewie przez godzinę.", "The sokół sat in the tree for an hour.",
                            "pl", "en")
    assert "L002" in [f.code for f in fs]


# 5. a surname that is also a common word, after a given name (Tomáš Vlček): still a name,
# so its replacement is N004
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("cs", "en", "Obhájce Tomáš Vlček oznámil, že se jeho klient odvolá.",
     "Defence lawyer Tomáš Novák announced that his client would appeal."),
    ("cs", "de", "Obhájce Tomáš Vlček oznámil, že se jeho klient odvolá.",
     "Verteidiger Tomáš Beneš kündigte an, dass sein Mandant Berufung einlegen werde."),
])
def test_common_word_surname_replaced(sl, tl, src, tgt):
    import mtcheck
    assert "N004" in [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)]


def test_common_word_surname_kept_is_clean():
    import mtcheck
    assert [f.code for f in mtcheck.check_pair(
        "Obhájce Tomáš Vlček oznámil, že se jeho klient odvolá.",
        "Defence lawyer Tomáš Vlček announced that his client would appeal.", "cs", "en")] == []


# 6. half of a person's name replaced in an article, the source's other half in the next
# sentence (Paolo Mancuso ~ Paolo Ricci ... Mancuso told reporters): no alignment slack
def test_half_swapped_name_in_an_article(article):
    src = ("Processo appalti\n\nLa difesa ha reagito. L'avvocato di Ferrante, Paolo Mancuso, ha annunciato "
           "ricorso in appello. «Il mio assistito non ha mai preso un euro», ha detto Mancuso ai giornalisti.\n\n"
           "Il processo d'appello inizierà a marzo.")
    wrong = ("Contracts trial\n\nThe defence reacted. Ferrante's lawyer, Paolo Ricci, announced an appeal. "
             "\"My client never took a single euro,\" Mancuso told reporters.\n\nThe appeal trial will begin in March.")
    right = wrong.replace("Paolo Ricci", "Paolo Mancuso")
    assert "N004" in [f.code for f in article(src, wrong, "it", "en")]
    assert [f.code for f in article(src, right, "it", "en") if f.code.startswith("N")] == []


# 7. function words that meet a name (Indonesian Dari, "from"); Vietnamese châu Âu
# (Europe); the Italian centuries of art history (Trecento); an institution of common
# words and a place, translated with the place kept (Accademia di Belle Arti di Venezia ~
# Kunstakademie Venedig): no major N003
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("id", "en", "Dari 50 anggota dewan yang hadir, 41 orang menyetujui rencana itu.",
     "Of the 50 council members present, 41 approved the plan."),
    ("vi", "en", "Một số nhà rang xay ở châu Âu đã cắt giảm lượng mua.",
     "Some roasters in Europe have cut their purchases."),
    ("it", "de", "Si tratta di una delle testimonianze più importanti della pittura del Trecento.",
     "Es ist eines der bedeutendsten Zeugnisse der Malerei des 14. Jahrhunderts."),
])
def test_no_name_lost(sl, tl, src, tgt):
    import mtcheck
    assert [f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


def test_translated_institution_with_its_place_is_minor(article):
    src = ("Restauro a Monselice\n\nI lavori sono iniziati lunedì.\n\nNei prossimi mesi il cantiere ospiterà "
           "dodici studenti dell'Accademia di Belle Arti di Venezia.")
    tgt = ("Restaurierung in Monselice\n\nDie Arbeiten begannen am Montag.\n\nIn den kommenden Monaten werden "
           "zwölf Studierende der Kunstakademie Venedig auf der Baustelle arbeiten.")
    assert major_codes(article(src, tgt, "it", "de")) == []
    dropped = tgt.replace(" der Kunstakademie Venedig", "")
    assert major_codes(article(src, dropped, "it", "de"))


# 8. a three-letter name in its cases (iz Visa, na Visu ~ Vis); a Ukrainian region named
# after its city (на Львівщині ~ in the Lviv region)
@pytest.mark.parametrize("sl,tl,src,right,wrong", [
    ("hr", "de", "Otočani s Visa godinama su čekali bržu vezu s kopnom.",
     "Die Bewohner von Vis haben jahrelang auf eine schnellere Verbindung gewartet.",
     "Die Bewohner von Hvar haben jahrelang auf eine schnellere Verbindung gewartet."),
    ("uk", "en", "Це одна з найбільших справ про шахрайство на Львівщині за останні роки.",
     "This is one of the largest fraud cases in the Lviv region in recent years.",
     "This is one of the largest fraud cases in the Kyiv region in recent years."),
])
def test_place_in_a_case_form(sl, tl, src, right, wrong):
    import mtcheck
    src_name = "Visa" if sl == "hr" else "Львівщині"
    said = lambda t: [f.code for f in mtcheck.check_pair(src, t, sl, tl) if src_name in f.message]  # noqa: E731
    assert said(right) == []
    assert said(wrong)


# 9. a common word opening a body's name whose other words are lower case, as Croatian
# writes names (Lučke uprave = of the port authority), translated: minor, in an article
def test_translated_body_name_of_lower_case_words_is_minor(article):
    src = ("Novi katamaran\n\nJadrolinija uvodi novi katamaran na liniji Split – Vis.\n\n"
           "Prema podacima Lučke uprave prošle je godine prevezeno 2 milijuna putnika.")
    tgt = ("Neuer Katamaran\n\nJadrolinija setzt auf der Linie Split – Vis einen neuen Katamaran ein.\n\n"
           "Nach Angaben der Hafenbehörde wurden im vergangenen Jahr 2 Millionen Passagiere befördert.")
    assert major_codes(article(src, tgt, "hr", "de")) == []


# 10. a Nordic surname the word list knows at home, after a given name (Håkon Rustad):
# its replacement is N004; two neighbouring letters swapped in a long name written once
# each way in the translation (Lifeng ~ Lifneg): the later one is N002, minor
def test_nordic_surname_replaced():
    import mtcheck
    src = "Gruppeleder Håkon Rustad stemte mot garantien."
    assert "N004" in [f.code for f in mtcheck.check_pair(src, "Group leader Håkon Hovland voted against the guarantee.",
                                                          "nb", "en")]
    assert [f.code for f in mtcheck.check_pair(src, "Group leader Håkon Rustad voted against the guarantee.",
                                               "nb", "en")] == []


def test_swapped_letters_in_a_name_written_once_each_way(article):
    src = ("无锡地铁6号线开通\n\n无锡地铁集团董事长周立峰在开通仪式上表示，全自动驾驶让线路更安全。\n\n"
           "周立峰透露，7号线也将采用全自动驾驶。")
    tgt = ("Wuxi Metro Line 6 opens\n\nSpeaking at the opening ceremony, Zhou Lifeng, chairman of Wuxi Metro Group, "
           "said driverless operation makes the line safer.\n\nZhou Lifneg revealed that Line 7 will also be driverless.")
    fs = [f for f in article(src, tgt, "zh", "en") if f.code == "N002"]
    assert [(f.text, f.severity) for f in fs] == [("Lifneg", Severity.MINOR)]
    # two people whose names differ otherwise (Jansen, Janssen) are no slip
    src2 = ("Twee wethouders\n\nWethouder Jansen opende de brug.\n\nWethouder Janssen sprak de raad toe.")
    tgt2 = ("Two aldermen\n\nAlderman Jansen opened the bridge.\n\nAlderman Janssen addressed the council.")
    assert [f for f in article(src2, tgt2, "nl", "en") if f.code == "N002"] == []


# 11. third batch: a country's adjective in Scandinavian and Slavic languages (UK councils ~
# brittiska kommuner); a Turkish generic word with its case ending (Antik Kenti'nde);
# a name kept with its generic word translated (Honister Pass ~ Honister Geçidi), while a
# person's name half swapped stays N004; Greek oblique cases (λιμάνι των Καμαρών ~ Hafen
# von Kamares, Ευρωπαϊκής Ένωσης); a Greek body of common words translated is minor
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "sv", "Orders from UK councils fell.", "Beställningarna från brittiska kommuner minskade."),
    ("en", "tr", "Rescuers reached walkers stranded on the Honister Pass on Sunday.",
     "Kurtarma ekipleri pazar günü Honister Geçidi'ndeki yürüyüşçülere ulaştı."),
    ("el", "de", "Θα κατασκευαστεί κοντά στο λιμάνι των Καμαρών.", "Sie wird in der Nähe des Hafens von Kamares gebaut."),
    ("el", "de", "Το 70% του κόστους καλύπτεται από πόρους της Ευρωπαϊκής Ένωσης.",
     "70 Prozent der Kosten werden aus Mitteln der Europäischen Union gedeckt."),
])
def test_third_batch_names_kept(sl, tl, src, tgt):
    import mtcheck
    assert [f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


def test_third_batch_swaps_still_caught():
    import mtcheck
    got = lambda s, t, sl, tl: [f.code for f in mtcheck.check_pair(s, t, sl, tl)]  # noqa: E731
    assert "N004" in got("Bürgermeisterin Anna Keller eröffnete die Brücke.", "Mayor Anna Müller opened the bridge.",
                         "de", "en")
    assert "N004" in got("Rescuers reached walkers stranded on the Honister Pass on Sunday.",
                         "Kurtarma ekipleri pazar günü Kirkstone Geçidi'ndeki yürüyüşçülere ulaştı.", "en", "tr")
    assert "N003" in got("Θα κατασκευαστεί κοντά στο λιμάνι των Καμαρών.", "Sie wird in der Nähe des Hafens gebaut.",
                         "el", "de")


def test_turkish_generic_word_and_greek_body_are_minor(article):
    src = ("Antik kentte mozaik bulundu\n\nMuğla'daki Stratonikeia Antik Kenti'nde 140 metrekarelik bir mozaik "
           "bulundu.\n\nKazı ekibi çalışmalara devam ediyor.")
    tgt = ("Mosaic found in ancient city\n\nA mosaic of 140 square metres was found in the ancient city of "
           "Stratonikeia in Muğla.\n\nThe excavation team is continuing its work.")
    assert major_codes(article(src, tgt, "tr", "en"), codes=("N003", "N004")) == []
    src2 = ("Αφαλάτωση στη Σίφνο\n\nΣύμφωνα με την Εθνική Μετεωρολογική Υπηρεσία, οι βροχοπτώσεις μειώθηκαν "
            "κατά 38%.\n\nΤο έργο θα ολοκληρωθεί το 2026.")
    tgt2 = ("Entsalzung auf Sifnos\n\nNach Angaben des Griechischen Wetterdienstes gingen die Niederschläge um "
            "38 Prozent zurück.\n\nDas Projekt soll 2026 abgeschlossen sein.")
    assert major_codes(article(src2, tgt2, "el", "de"), codes=("N003", "N004")) == []


def test_a_kept_common_word_replaced_is_still_a_swap():
    # the target language writes the source's generic word as it is (Bethnal Green in
    # English): another word in its place is a swap, not a translation
    import mtcheck
    got = [f.code for f in mtcheck.check_pair(
        "Green wurde 1946 im Londoner Stadtteil Bethnal Green geboren.",
        "Capitals was born in 1946 in London's Bethnal Capitals.", "de", "en")]
    assert "N004" in got


# 12. an English name opening with w, in Cyrillic (Wakefield ~ Уэйкфилд, в Уэйкфилде):
# the w is a vowel there; another town is still a swap
def test_english_w_in_cyrillic():
    import mtcheck
    src = "The court in Wakefield passed sentence."
    assert [f.code for f in mtcheck.check_pair(src, "Суд в Уэйкфилде вынес приговор.", "en", "ru")] == []
    assert "N004" in [f.code for f in mtcheck.check_pair(src, "Суд в Лидсе вынес приговор.", "en", "ru")]


# 13. a name from a German source (all nouns capitalised, so no capital tells a name) that
# the translation writes capitalised inside its sentences twice: a name kept, no copy (L002)
def test_german_name_kept_in_an_article(article):
    src = ("Rekordschwund an der Pasterze\n\nDie Pasterze hat im vergangenen Jahr 203 Meter an Länge verloren.\n\n"
           "Laut dem Alpenverein schmilzt die Pasterze schneller als erwartet.")
    tgt = ("Ritiro record della Pasterze\n\nL'anno scorso la Pasterze ha perso 203 metri di lunghezza.\n\n"
           "Secondo il Club alpino, la Pasterze si scioglie più in fretta del previsto.")
    assert [f for f in article(src, tgt, "de", "it") if f.code == "L002"] == []
    # a German common noun copied twice is still a copy
    src2 = ("Neue Regeln\n\nDer Bürgermeister hat die Regeln geändert.\n\nDer Bürgermeister will mehr Kontrollen.")
    tgt2 = ("Nuove regole\n\nIl Bürgermeister ha cambiato le regole.\n\nIl Bürgermeister vuole più controlli.")
    assert [f for f in article(src2, tgt2, "de", "it") if f.code == "L002"]


# 14. a lone surname put for a lone surname while the source's full name stands in the
# sentence before (… Brennan … "…," Callahan said): no alignment slack either
def test_lone_surname_swapped_in_an_article(article):
    src = ("Restauro a Monselice\n\nLa restauratrice Giulia Moretti ha illustrato il cantiere lunedì. «È un lavoro di "
           "pazienza», ha spiegato Moretti durante un sopralluogo.\n\nI lavori dureranno due anni.")
    wrong = ("Restaurierung in Monselice\n\nDie Restauratorin Giulia Moretti stellte die Baustelle am Montag vor. "
             "„Das ist Geduldsarbeit“, erklärte Ferraro bei einer Besichtigung.\n\nDie Arbeiten dauern zwei Jahre.")
    right = wrong.replace("Ferraro", "Moretti")
    assert "N004" in [f.code for f in article(src, wrong, "it", "de")]
    assert [f.code for f in article(src, right, "it", "de") if f.code.startswith("N")] == []


# 15. a surname the article first writes after a given name (Håkon Rustad) is a name where
# it stands alone later (… sa Rustad), though the word list knows it as a word at home
def test_surname_alone_after_its_full_name(article):
    src = ("Lillehammer søker VM\n\nIkke alle er begeistret. Gruppeleder Håkon Rustad i Miljølista stemte mot "
           "garantien.\n\n«Vi risikerer å bruke millioner på kunstsnø», sa Rustad.")
    wrong = ("Lillehammer bids for the World Championships\n\nNot everyone is enthusiastic. Group leader Håkon Rustad "
             "of Miljølista voted against the guarantee.\n\n\"We risk spending millions on artificial snow,\" Hovland said.")
    right = wrong.replace("Hovland", "Rustad")
    assert "N004" in [f.code for f in article(src, wrong, "nb", "en")]
    assert [f.code for f in article(src, right, "nb", "en") if f.code.startswith("N")] == []
