"""Session 53 (r5): leaked page furniture and credits found by the held-out articles of
batch s54 (bench/articles), fixed as classes (written for mtcheck).

1. F002: a labelled credit between two sentences is found when the next sentence opens
   with a quotation mark ("… Foto: Kyodo „Wir …");
2. F002: an agency's credit all in capitals with a photographer or a second agency,
   between two sentences without a label ("… ANSA/NAME SURNAME “We …");
3. F002: the Polish abbreviated label "Fot." with a stop, not a colon, between two
   sentences ("… Fot. Name Surname Burmistrz powiedział …");
4. F002: archive labels (Archivfoto, Arkivfoto, Arkivbild, Arkistokuva …), the Greek
   short label ΦΩΤΟ and more national agencies (ΚΥΠΕ, Jiji, BTA, Lusa …) in the data;
5. F003: a full listed UI string (a strong marker, an entry of several words, or one of
   four characters or more in a script without spaces) glued to the end of a paragraph
   after its last sentence is major where the source carries no page furniture; a
   one-word label stays minor; "Follow us on Google News" and an ad slot's "Continue
   reading after the advertisement" are listed.
"""

from __future__ import annotations


def found(article, src, tgt, sl, tl, code):
    return [(f.text, f.severity.label) for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


_EN = ["The town council approved the new harbour plan on Tuesday after a long debate.",
       "The mayor said the work would start in spring. Residents had asked for a new quay for years.",
       "The plan also includes a cycle path along the water, officials said."]


# 1. a credit before a quotation

def test_credit_before_quotation_en_de(article):
    tgt = ["Der Stadtrat hat den neuen Hafenplan am Dienstag nach langer Debatte gebilligt.",
           "Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen. Foto: Reuters „Die Anwohner "
           "wünschen sich seit Jahren einen neuen Kai“, sagte er.",
           "Der Plan umfasst auch einen Radweg am Wasser, sagten Beamte."]
    src = list(_EN)
    src[1] = ("The mayor said the work would start in spring. \"Residents have wanted a new quay for years,\" "
              "he said.")
    assert found(article, src, tgt, "en", "de", "F002") == [("Foto: Reuters", "major")]
    tgt[1] = ("Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen. „Die Anwohner wünschen sich "
              "seit Jahren einen neuen Kai“, sagte er.")
    assert found(article, src, tgt, "en", "de", "F002") == []


def test_credit_before_quotation_en_fr(article):
    src = list(_EN)
    src[1] = ("The mayor said the work would start in spring. \"Residents have wanted a new quay for years,\" "
              "he said.")
    tgt = ["Le conseil municipal a approuvé mardi le nouveau plan du port après un long débat.",
           "Le maire a indiqué que les travaux commenceraient au printemps. Photo : AFP « Les habitants "
           "réclament un nouveau quai depuis des années », a-t-il dit.",
           "Le plan prévoit aussi une piste cyclable le long de l'eau, selon les responsables."]
    assert found(article, src, tgt, "en", "fr", "F002") == [("Photo : AFP", "major")]


# 2. an agency's credit in capitals between two sentences

def test_caps_agency_credit_between_sentences_it_en(article):
    src = ["Il consiglio comunale ha approvato martedì il nuovo piano del porto dopo un lungo dibattito.",
           "Il sindaco ha detto che i lavori inizieranno in primavera. «I residenti chiedono un nuovo molo da "
           "anni», ha detto.",
           "Il piano prevede anche una pista ciclabile lungo l'acqua."]
    tgt = ["The town council approved the new harbour plan on Tuesday after a long debate.",
           "The mayor said the work would start in spring. ANSA/LUCA BERTOLINI “Residents have been asking "
           "for a new quay for years,” he said.",
           "The plan also includes a cycle path along the water."]
    assert found(article, src, tgt, "it", "en", "F002") == [("ANSA/LUCA BERTOLINI", "major")]
    # capitals that are no agency's credit: no finding
    tgt[1] = ("The mayor said the work would start in spring. EU/NATO TALKS on the harbour will resume in "
              "May, he said.")
    assert found(article, src, tgt, "it", "en", "F002") == []


def test_caps_agency_credit_between_sentences_de_fr(article):
    src = ["Der Stadtrat hat den neuen Hafenplan am Dienstag nach langer Debatte gebilligt.",
           "Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen. Die Anwohner wünschen sich "
           "seit Jahren einen neuen Kai.",
           "Der Plan umfasst auch einen Radweg am Wasser."]
    tgt = ["Le conseil municipal a approuvé mardi le nouveau plan du port après un long débat.",
           "Le maire a indiqué que les travaux commenceraient au printemps. KEYSTONE/MARTIN RUETSCHI Les "
           "habitants réclament un nouveau quai depuis des années.",
           "Le plan prévoit aussi une piste cyclable le long de l'eau."]
    assert found(article, src, tgt, "de", "fr", "F002") == [("KEYSTONE/MARTIN RUETSCHI", "major")]


# 3. the Polish "Fot." between two sentences

def test_polish_fot_between_sentences_en_pl(article):
    tgt = ["Rada miasta zatwierdziła we wtorek nowy plan portu po długiej debacie.",
           "Burmistrz powiedział, że prace rozpoczną się wiosną. Fot. Tomasz Wierzbicki Mieszkańcy od lat "
           "domagali się nowego nabrzeża.",
           "Plan obejmuje także ścieżkę rowerową wzdłuż wody, poinformowali urzędnicy."]
    assert found(article, _EN, tgt, "en", "pl", "F002") == [("Fot. Tomasz Wierzbicki", "major")]
    # "Fot. 3" refers to a figure of the text: no credit
    tgt[1] = ("Burmistrz powiedział, że prace rozpoczną się wiosną. Fot. 3 przedstawia plan nowego nabrzeża "
              "od strony wody.")
    assert found(article, _EN, tgt, "en", "pl", "F002") == []


def test_polish_fot_between_sentences_de_pl(article):
    src = ["Der Stadtrat hat den neuen Hafenplan am Dienstag nach langer Debatte gebilligt.",
           "Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen. Die Anwohner wünschen sich "
           "seit Jahren einen neuen Kai.",
           "Der Plan umfasst auch einen Radweg am Wasser."]
    tgt = ["Rada miasta zatwierdziła we wtorek nowy plan portu po długiej debacie.",
           "Burmistrz powiedział, że prace rozpoczną się wiosną. Fot. Anna Zielińska W mieście od lat "
           "czekano na nowe nabrzeże.",
           "Plan obejmuje także ścieżkę rowerową wzdłuż wody."]
    assert found(article, src, tgt, "de", "pl", "F002") == [("Fot. Anna Zielińska", "major")]


# 4. archive labels, the Greek short label, more agencies

def test_archive_label_credit_en_da(article):
    tgt = ["Byrådet godkendte tirsdag den nye havneplan efter en lang debat. Havnen i Aarhus. "
           "(Arkivfoto: Ritzau Scanpix)",
           "Borgmesteren sagde, at arbejdet begynder til foråret. Beboerne har i årevis ønsket en ny kaj.",
           "Planen omfatter også en cykelsti langs vandet, oplyste embedsmænd."]
    assert ("(Arkivfoto: Ritzau Scanpix)", "major") in found(article, _EN, tgt, "en", "da", "F002")
    tgt[0] = "Byrådet godkendte tirsdag den nye havneplan efter en lang debat."
    assert found(article, _EN, tgt, "en", "da", "F002") == []


def test_archive_label_credit_en_de(article):
    tgt = ["Der Stadtrat hat den neuen Hafenplan am Dienstag nach langer Debatte gebilligt. Der Hafen von "
           "Kiel. (Archivfoto: Imago)",
           "Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen. Die Anwohner wünschen sich "
           "seit Jahren einen neuen Kai.",
           "Der Plan umfasst auch einen Radweg am Wasser, sagten Beamte."]
    assert ("(Archivfoto: Imago)", "major") in found(article, _EN, tgt, "en", "de", "F002")


def test_greek_short_label_and_agency_en_el(article):
    tgt = ["Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το νέο σχέδιο του λιμανιού μετά από μακρά συζήτηση.",
           "Ο δήμαρχος είπε ότι οι εργασίες θα ξεκινήσουν την άνοιξη. ΦΩΤΟ: ΚΥΠΕ Οι κάτοικοι ζητούν εδώ "
           "και χρόνια μια νέα προβλήτα.",
           "Το σχέδιο περιλαμβάνει επίσης έναν ποδηλατόδρομο κατά μήκος του νερού."]
    assert found(article, _EN, tgt, "en", "el", "F002") == [("ΦΩΤΟ: ΚΥΠΕ", "major")]


def test_jiji_credit_between_sentences_ja_en(article):
    src = ["市議会は火曜日、長い議論の末に新しい港湾計画を承認した。",
           "市長は工事は春に始まると述べた。住民は何年も前から新しい岸壁を求めてきた。",
           "計画には水辺の自転車道も含まれる。"]
    tgt = ["The city council approved the new harbour plan on Tuesday after a long debate.",
           "The mayor said the work would start in spring. Photo: Jiji Press Residents have been asking for "
           "a new quay for years.",
           "The plan also includes a cycle path along the water."]
    assert found(article, src, tgt, "ja", "en", "F002") == [("Photo: Jiji Press", "major")]


# 5. full UI strings glued to the end of a paragraph

def test_full_ui_string_at_paragraph_end_major_de_en(article):
    src = ["Der Stadtrat hat den neuen Hafenplan am Dienstag nach langer Debatte gebilligt.",
           "Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen.",
           "Der Plan umfasst auch einen Radweg am Wasser, sagten Beamte."]
    tgt = ["The town council approved the new harbour plan on Tuesday after a long debate.",
           "The mayor said the work would start in spring. Share this article",
           "The plan also includes a cycle path along the water, officials said."]
    assert found(article, src, tgt, "de", "en", "F003") == [("Share this article", "major")]
    tgt[1] = "The mayor said the work would start in spring. Follow us on Google News"
    assert found(article, src, tgt, "de", "en", "F003") == [("Follow us on Google News", "major")]
    tgt[1] = "The mayor said the work would start in spring. Advertisement"
    assert found(article, src, tgt, "de", "en", "F003") == [("Advertisement", "major")]
    # a one-word label glued to the end stays minor
    tgt[1] = "The mayor said the work would start in spring. Share"
    assert found(article, src, tgt, "de", "en", "F003") == [("Share", "minor")]
    tgt[1] = "The mayor said the work would start in spring."
    assert found(article, src, tgt, "de", "en", "F003") == []


def test_full_ui_string_at_paragraph_end_major_en_ja(article):
    tgt = ["市議会は火曜日、長い議論の末に新しい港湾計画を承認した。",
           "市長は工事は春に始まると述べた。住民は何年も前から新しい岸壁を求めてきた。続きを読む",
           "計画には水辺の自転車道も含まれると当局者は述べた。"]
    assert found(article, _EN, tgt, "en", "ja", "F003") == [("続きを読む", "major")]


def test_google_news_follow_en_el(article):
    tgt = ["Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το νέο σχέδιο του λιμανιού μετά από μακρά συζήτηση.",
           "Ο δήμαρχος είπε ότι οι εργασίες θα ξεκινήσουν την άνοιξη. Ακολουθήστε μας στο Google News",
           "Το σχέδιο περιλαμβάνει επίσης έναν ποδηλατόδρομο κατά μήκος του νερού."]
    assert found(article, _EN, tgt, "en", "el", "F003") == [("Ακολουθήστε μας στο Google News", "major")]


def test_continue_reading_after_ad_pt_en(article):
    src = ["A câmara municipal aprovou na terça-feira o novo plano do porto após um longo debate.",
           "O prefeito disse que as obras começarão na primavera.",
           "O plano inclui também uma ciclovia ao longo da água."]
    tgt = ["The city council approved the new harbour plan on Tuesday after a long debate.",
           "The mayor said the work would start in spring. Continue reading after the advertisement",
           "The plan also includes a cycle path along the water."]
    assert found(article, src, tgt, "pt", "en", "F003") == [("Continue reading after the advertisement", "major")]


def test_full_ui_string_minor_where_source_has_furniture_de_en(article):
    # the source carries page chrome itself: both carry the page, minor as before
    src = ["Der Stadtrat hat den neuen Hafenplan am Dienstag nach langer Debatte gebilligt.",
           "Der Bürgermeister sagte, die Arbeiten würden im Frühjahr beginnen. Artikel teilen",
           "Der Plan umfasst auch einen Radweg am Wasser, sagten Beamte."]
    tgt = ["The town council approved the new harbour plan on Tuesday after a long debate.",
           "The mayor said the work would start in spring. Share this article",
           "The plan also includes a cycle path along the water, officials said."]
    assert found(article, src, tgt, "de", "en", "F003") == [("Share this article", "minor")]
