"""Session 53 (f1): leaked page furniture and untranslated text that went unflagged.

* F002: a labelled credit between two sentences of a paragraph whose body names listed
  agencies only (data/furniture/agencies.txt), one handing on another ("Kuva: Lehtikuva /
  AFP"), is a credit even where the next sentence opens with a rare word (a name), which
  the common-opener test could not use to tell where the credit stops;
* F003: share buttons naming the article ("Share this article", "Partager cet article",
  "Udostępnij artykuł" …) are strong markers, flagged between two sentences of a
  paragraph too; Turkish "Haberin devamı" and "Devamını oku" (read more) may be glued to
  a paragraph's start (data/furniture/ui.*.txt);
* L002: a run copied word for word from a source in a close neighbour of the target
  (a clause left in Portuguese in a Spanish sentence), told by the neighbour's own
  lower-case words in it (estão, não, também), which language ID reads as the target's.
"""
from __future__ import annotations

from mtcheck.model import Severity

MAJOR = Severity.MAJOR


def found(article, src, tgt, sl, tl, code):
    return [f for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- F002: an agency credit inside a paragraph, before a sentence opening with a name ----
def test_agency_credit_inside_paragraph_fi(article):
    # the next sentence opens with a name, no common word: only the agency list tells
    # where the credit stops
    src = ["The new bridge over the river opened on Monday after two years of work.",
           "Local residents welcomed the news. Virtanen, who runs a shop by the river, said "
           "the bridge would shorten the trip to the hospital by twenty minutes."]
    tgt = ["Uusi silta joen yli avattiin maanantaina kahden vuoden työn jälkeen.",
           "Paikalliset asukkaat ottivat uutisen ilolla vastaan. Kuva: Lehtikuva / AFP "
           "Virtanen, joka pitää kauppaa joen rannalla, sanoi, että silta lyhentää matkaa "
           "sairaalaan kahdellakymmenellä minuutilla."]
    hits = found(article, src, tgt, "en", "fi", "F002")
    assert hits and "Lehtikuva / AFP" in hits[0].message


def test_agency_credit_inside_paragraph_de(article):
    src = ["The ferry service to the island will resume in April.",
           "The operator confirmed the date on Tuesday. Kowalczyk, who runs the harbour "
           "café, said the winter had been long for everyone."]
    tgt = ["Der Fährbetrieb zur Insel wird im April wieder aufgenommen.",
           "Der Betreiber bestätigte das Datum am Dienstag. Foto: Keystone / Getty Images "
           "Kowalczyk, der das Hafencafé betreibt, sagte, der Winter sei für alle lang gewesen."]
    hits = found(article, src, tgt, "en", "de", "F002")
    assert hits and "Keystone / Getty Images" in hits[0].message


def test_source_label_before_a_sentence_going_on_not_a_credit(article):
    # the label's agency is the subject of a sentence that goes on in lower case
    src = ["The ministry did not comment. Source: STT reported the figures first on Monday."]
    tgt = ["Ministeriö ei kommentoinut asiaa. Lähde: STT kertoi luvuista ensimmäisenä maanantaina."]
    assert found(article, src, tgt, "en", "fi", "F002") == []


# -- F003: share buttons between two sentences ----------------------------------------
def test_share_button_between_sentences_en(article):
    src = ["Die Stadt plant einen neuen Radweg entlang des Kanals.",
           "Die Arbeiten beginnen im Mai, sagte die Sprecherin Anna Berger. Sie fügte hinzu, "
           "dass die Kosten bei zwei Millionen Euro liegen."]
    tgt = ["The city is planning a new cycle path along the canal.",
           "Work will start in May, said spokeswoman Anna Berger. Share this article She added "
           "that the cost would be two million euros."]
    hits = found(article, src, tgt, "de", "en", "F003")
    assert hits and "Share this article" in hits[0].message


def test_share_button_between_sentences_fr(article):
    src = ["The council approved the budget on Thursday.",
           "The vote was close, with 21 members in favour. Opposition members said the plan "
           "ignored the rural districts."]
    tgt = ["Le conseil a approuvé le budget jeudi.",
           "Le vote a été serré, avec 21 membres pour. Partager cet article Les élus de "
           "l'opposition ont estimé que le plan ignorait les districts ruraux."]
    hits = found(article, src, tgt, "en", "fr", "F003")
    assert hits and "Partager cet article" in hits[0].message


def test_share_sentence_going_on_not_flagged(article):
    src = ["Die Polizei bittet um Hinweise. Teilen Sie diesen Artikel mit Ihren Nachbarn, "
           "sagte der Sprecher."]
    tgt = ["The police are asking for information. Share this article with your neighbours, "
           "the spokesman said."]
    assert found(article, src, tgt, "de", "en", "F003") == []


# -- F003: Turkish read-more labels glued to a paragraph's start -------------------------
def test_turkish_read_more_glued_to_start_en_tr(article):
    src = ["The harvest began early this year.",
           "Farmers in the valley said the dry summer had reduced the yield by a third."]
    tgt = ["Hasat bu yıl erken başladı.",
           "Haberin Devamı Vadideki çiftçiler, kurak geçen yazın verimi üçte bir oranında "
           "düşürdüğünü söyledi."]
    hits = found(article, src, tgt, "en", "tr", "F003")
    assert hits and hits[0].severity == MAJOR


def test_turkish_read_more_glued_to_start_de_tr(article):
    src = ["Der Hafen wird ab Juni erweitert.",
           "Mehmet Yılmaz, der Leiter des Hafens, sagte, die Arbeiten dauerten zwei Jahre."]
    tgt = ["Liman haziran ayından itibaren genişletilecek.",
           "Devamını Oku Liman müdürü Mehmet Yılmaz, çalışmaların iki yıl süreceğini söyledi."]
    hits = found(article, src, tgt, "de", "tr", "F003")
    assert hits and "Devamını Oku" in hits[0].message


def test_turkish_sentence_opening_with_haberin_not_flagged(article):
    src = ["The rest of the report says the minister will visit the region next week."]
    tgt = ["Haberin devamında Bakan'ın gelecek hafta bölgeyi ziyaret edeceği belirtiliyor."]
    assert found(article, src, tgt, "en", "tr", "F003") == []


# -- L002: a clause copied from a close neighbour's source ------------------------------
def test_pt_clause_left_in_es_sentence(article):
    # every word but estão, há, à is Spanish too (décadas, espera, obras)
    src = ["A câmara aprovou ontem o novo plano de transportes, que custará 40 milhões de euros.",
           "As obras começam no verão e vão durar dois anos, segundo o calendário municipal.",
           "«O plano chega tarde. Belém e Ajuda estão há décadas à espera de obras», disse o "
           "vereador João Mendes na reunião."]
    tgt = ["El ayuntamiento aprobó ayer el nuevo plan de transportes, que costará 40 millones de euros.",
           "Las obras empezarán en verano y durarán dos años, según el calendario municipal.",
           "«El plan llega tarde. Belém e Ajuda estão há décadas à espera de obras», dijo el "
           "concejal João Mendes en la reunión."]
    hits = found(article, src, tgt, "pt", "es", "L002")
    assert hits and "estão há décadas" in hits[0].message and hits[0].severity == MAJOR


def test_sk_clause_left_in_cs_sentence(article):
    src = ["Mesto včera schválilo opravu mosta cez rieku.",
           "„Je to dobrá správa. Obyvatelia však ešte nevedia, kedy sa práce začnú“, povedal "
           "starosta Peter Novák na zasadnutí."]
    tgt = ["Město včera schválilo opravu mostu přes řeku.",
           "„Je to dobrá zpráva. Obyvatelia však ešte nevedia, kedy sa práce začnú“, řekl "
           "starosta Peter Novák na zasedání."]
    hits = found(article, src, tgt, "sk", "cs", "L002")
    assert hits and "ešte nevedia" in hits[0].message and hits[0].severity == MAJOR


def test_pt_institution_name_kept_in_es_not_flagged(article):
    src = ["O presidente do Instituto dos Vinhos do Douro e do Porto falou ontem aos jornalistas."]
    tgt = ["El presidente del Instituto dos Vinhos do Douro e do Porto habló ayer con los periodistas."]
    assert found(article, src, tgt, "pt", "es", "L002") == []
